# Hand-written gold labels for news58/en en07-en12 (batch b: Asia-Pacific and Africa in English: an Australian iron ore
# miner's quarterly shipments in tonnes with C1 costs per wet metric tonne, a Japanese carmaker's operating-profit
# forecast in yen billion with the year just ended and its exchange-rate assumptions, an Indian IT company's quarter in
# crore with constant-currency growth and margin guidance, the Reserve Bank of Australia's cut to a record-low cash rate
# with bond purchases and its growth and unemployment forecasts, a South African grocer's half-year in rand with diluted
# headline earnings per share in cents, and a Philippine stock market close with movers in pesos and centavos). Read
# from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py,
# to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the
# unit words "tonnes", "vehicles", "analysts", "deals", "cuts", "outlets", "stocks" and "count" were checked against
# the unit strings of the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news57/en/README.md, with the labels of news55/en, news56/en and news57/en as the model (news50 en11 for an Indian IT
# quarter, news45 en12 for an Asian market close, news23 and news55 for a currency devaluation): values fully scaled
# ("47.7 million tonnes (Mt)" / "47.7Mt" -> 47.7e6 tonnes, "150 billion yen" -> 150e9 JPY, "Rs 3,142 crore" -> 3142e7
# INR with crore = 1e7, "$2,507 million" -> 2.507e9 USD, "AU$100 billion" -> 100e9 AUD, "($70,340 million)" -> 70.34e9
# USD, "75.8 billion rand" -> 75.8e9 ZAR, "P8.48 billion" -> 8.48e9 PHP); cents and centavos scaled to the currency
# ("398.5 cents" -> 3.985 ZAR, "20 centavos" -> 0.20 PHP, "a centavo" -> 0.01 PHP, "a peso" -> 1 PHP); declines, falls,
# cuts, losses and devaluations negative ("down almost 2%" -> -2, "12% below" -> -12, "fell 45 percent" -> -45, "4.34
# percent lower" -> -4.34, "fell by 2.7 percent" -> -2.7, "an 85.1 percent devaluation" -> -85.1 as news23 and news55,
# "a trading loss of 61.8 million rand" -> -61.8e6, "slipped 20 centavos" -> -0.20); rises and widenings positive
# ("widened by 110 bps" -> +110 bp); currency codes ("$" on an ASX share price -> AUD, "US$" -> USD, "yen" -> JPY, the
# bracketed "$" beside yen and rand and "$" on HCL's dollar revenue -> USD, "Rs" and the bare "3,660 crore" -> INR, "AU$"
# -> AUD, "rand" and "cents" on a South African page -> ZAR, "P" -> PHP); unit costs and prices per tonne in the
# currency with the measure in the basis (the development corpus's per-unit rule: "US$20.16 per wet metric tonne" ->
# 20.16 USD, basis per wmt); index levels and point moves in "points"; shipments in "tonnes", vehicles in "vehicles",
# deals in "deals", breadth counts in "stocks" (optional, news45 en12), analyst counts in "analysts" (optional); hedges
# keep the number with the hedge in the basis ("almost", "around", "a little below", "more than"); a same-sentence "X
# from Y" / "X, against Y" / "X, versus Y" / "X rather than the Y predicted previously" value of the same quantity is the
# prior and the earlier value an optional row (news30 batch b, news36-news57), while an earlier-period figure in a
# sentence of its own is a key row of its own; guidance ranges as key ranges (rng) and a previous guidance range as prng
# with an optional row; the first printing of a figure key and a later repeat optional (a headline's figure key and its
# body repeat optional; a figure repeated inside reported remarks optional, news50-news57); bracketed currency
# conversions and the closing "($1 = ... yen)" rate optional; fractions in words ("by a third", "more than half")
# optional; periods only where the text states or clearly implies the year (news24; "the three months ended 30
# September" beside "start to FY 2025" and "record first quarter" -> FY2025Q1 with the previous quarter FY2024Q4 and
# "the FY 2024 final dividend" FY2024; "the quarter ended September 2020" with "FY21" -> FY2021Q2 with the previous
# quarter FY2021Q1, "Q3 & Q4" FY2021Q3 / FY2021Q4 and the FY21 margin guidance FY2021, as news47's Indian fiscal years
# named by the year they end; "in 2020" -> the year's opening rate 2020-01 and March's cuts 2020-03, "over the year to
# June 2021" -> FY2021 (a year ending in June, news39), "in 2022" -> 2022, "at the end of 2022" -> 2022-12; Mazda's "year
# to March" / "the year just ended", Shoprite's "26-weeks to Dec. 30" and the Philippine session print no year -> none;
# share prices, market moves and balances with no date of their own none); no broker rating action occurs in these six
# stories; the source's own oddities labelled as printed (news44-news57); quotes rendered as reported speech (the set
# never copies third-party sentences), their figures labelled like any other; dates and times ("30 September", "April
# 28", "Nov 3", "9:45 am", "Dec. 30", "the end of June"), spans ("three months", "six months", "three months earlier",
# "26-weeks", "five to 10 years" of bond maturities, "5-year high"), ordinals and ranks ("No. 5 automaker", "third time"
# aside, "second most active"), index and product names with numbers ("Platts 62% CFR Index", "CX-5") and "Q3"-style
# labels not labelled.

PC = "price_change_pct|price_change|share_price_change|pct_change"
PCA = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en07 Fortescue's first quarter of FY2025 (The Motley Fool Australia, fool.com.au; Thursday October 24, 2024, the date only in the address): shares down almost 2% to $19.42; shipments 47.7 million tonnes (Mt) incl. 1.6Mt from Iron Bridge, +4% on the prior corresponding period, -12% from 53.5Mt in the previous quarter, consensus 47.8Mt; hematite C1 costs US$20.16/wmt, +9% q/q, +12% y/y, consensus US$19.20/wmt; average hematite revenue US$82.96/dmt, 83% realisation; cash US$3.4 billion, down from US$4.9 billion; FY 2024 final dividend US$1.9 billion; capex and investments US$780 million; the CEO's 47.7Mt, 1.6Mt and Group TRIFR of 1.2 (AUD, USD, %, tonnes, count)
# An Australian iron ore miner's quarterly operations update with shipments in tonnes and C1 costs per wet metric tonne
# (news18 en09 had Fortescue's 2022-23 guidance from Argus; this is its September quarter of 2024 and the share move).
# Cut: the stored page breaks off mid-sentence in the chief executive's quote ("We also celebrated a"), so the passage
# stops after "... on track to meet our FY25 market guidance." (rendered as reported speech), a sentence boundary. No
# headline in the stored text (it opens with its first paragraph; the slug "fortescue-shares-fall-on-disappointing-
# quarterly-update" is not page text; none added). The crossheads "Fortescue shares fall on quarterly update" and
# "Management commentary" kept as page text (rewritten). The CEO's quoted block (two paragraphs) is rendered as
# reported speech (figures kept: "47.7Mt", "1.6Mt", "TRIFR of 1.2"). Kept as printed: "(ASX: FMG)", "47.7 million tonnes
# (Mt)" beside "1.6Mt" / "47.7Mt" / "53.5Mt" / "47.8Mt", "FY 2024" and "FY 2025" with a space beside "FY25", "US$20.16
# per wet metric tonne (wmt)" beside "US$19.20 per wmt", "Fortescue Ltd" beside "Fortescue Metals CEO"; the page's "a the
# end of June" is rendered "at the end of June" (no figure affected).
# Periods: "the three months ended 30 September" is called the "record first quarter" and the CEO's "start to FY 2025"
# -> FY2025Q1 (clearly implied) for shipments, costs, revenue, realisation, consensus and capex; the previous quarter's
# 53.5Mt FY2024Q4; "the FY 2024 final dividend" FY2024. The share move and price none; the cash balances ("at the end
# of the period", "at the end of June") none (no year beside them).
# Decided: "down almost 2% to $19.42" -> key -2 % (hedge in the basis) and key 19.42 AUD (an ASX price). Total shipments
# 47.7e6 tonnes key with the previous quarter's 53.5Mt as prior ("12% below the 53.5Mt" is the same quantity's earlier
# value; the repeat "The 47.7Mt ..." optional, the 53.5Mt an optional FY2024Q4 row); Iron Bridge's 1.6Mt key on Iron
# Bridge with Fortescue among the alternatives; +4 % on the prior corresponding period and -12 % on the previous quarter
# key; the consensus 47.8Mt key. C1 costs 20.16 USD per wmt key with +9 % q/q and +12 % y/y key; the consensus US$19.20
# key. Average hematite revenue US$82.96 per dry metric tonne key (per-unit basis); "a realisation of 83%" of the index
# key. Cash US$3.4 billion key with prior US$4.9 billion ("down from") and an optional earlier row; the FY 2024 final
# dividend (US$1.9 billion, paid in the quarter) and capex and investments (US$780 million) key as cash outflows. The
# CEO's 47.7Mt and 1.6Mt repeats optional; "a Group TRIFR of 1.2" (a safety injury-frequency rate) optional in "count".
FMG = "Fortescue|Fortescue Ltd|Fortescue Metals|Fortescue Metals Group|FMG"
IB = "Iron Bridge|Iron Bridge magnetite project|" + FMG
Q, PQ = "FY2025Q1", "FY2024Q4"
SHIP = "iron_ore_shipments|shipments|total_shipments"
C1 = "c1_cost|c1_cash_cost|hematite_c1_cost|cash_cost|unit_cost"
CASH = "cash|cash_balance|cash_and_equivalents"
G["en07"] = ([
    m(PC, -2, "%", FMG, basis="almost; morning trade on Thursday"),
    m(PX, 19.42, "AUD", FMG, basis="printed '$'; ASX share price"),
    m(SHIP, 47.7e6, "tonnes", FMG, Q, prior=53.5e6, basis="three months ended 30 September; printed 47.7 million tonnes (Mt)"),
    m(SHIP, 1.6e6, "tonnes", IB, Q, basis="from Iron Bridge; more than in the whole of FY 2024; printed 1.6Mt"),
    m(SHIP, 47.7e6, "tonnes", FMG, Q, opt=True, basis="repeat: a first-quarter record"),
    m("shipments_growth|iron_ore_shipments_growth|shipments_change", 4, "%", FMG, Q,
      basis="over the prior corresponding period"),
    m("shipments_growth_qoq|shipments_change|shipments_growth", -12, "%", FMG, Q,
      basis="a sizeable 12% below the previous quarter"),
    m(SHIP, 53.5e6, "tonnes", FMG, PQ, opt=True, basis="shipped in the previous quarter; printed 53.5Mt"),
    m("shipments_consensus|shipments_estimate|iron_ore_shipments_consensus", 47.8e6, "tonnes", FMG, Q,
      basis="consensus estimate; a touch above the actual"),
    m(C1, 20.16, "USD", FMG, Q, basis="per wet metric tonne (wmt); hematite C1 costs"),
    m("c1_cost_growth_qoq|c1_cost_change|c1_cost_growth", 9, "%", FMG, Q, basis="quarter on quarter"),
    m("c1_cost_growth|c1_cost_change|c1_cost_growth_yoy", 12, "%", FMG, Q, basis="year on year"),
    m("c1_cost_consensus|c1_cost_estimate", 19.20, "USD", FMG, Q, basis="per wmt; consensus estimate, missed"),
    m("average_realised_price|average_revenue|realised_price|average_hematite_revenue", 82.96, "USD", FMG, Q,
      basis="average hematite revenue per dry metric tonne"),
    m("price_realisation|realisation|realisation_rate", 83, "%", FMG, Q,
      basis="of the average Platts 62% CFR Index"),
    m(CASH, 3.4e9, "USD", FMG, prior=4.9e9, basis="at the end of the period"),
    m(CASH, 4.9e9, "USD", FMG, opt=True, basis="at the end of June"),
    m("final_dividend|dividend_paid|dividend_payment|dividend", 1.9e9, "USD", FMG, "FY2024",
      basis="FY 2024 final dividend, a cash outflow in the quarter"),
    m("capex|capital_expenditure|capital_expenditure_and_investments", 780e6, "USD", FMG, Q,
      basis="capital expenditure and investments, a cash outflow in the quarter"),
    m(SHIP, 47.7e6, "tonnes", FMG, Q, opt=True, basis="repeat in the CEO's remarks: record first-quarter shipments"),
    m(SHIP, 1.6e6, "tonnes", IB, Q, opt=True, basis="repeat in the CEO's remarks: from Iron Bridge"),
    m("trifr|injury_frequency_rate|safety_rate", 1.2, "count", FMG, opt=True, basis="Group TRIFR, in the CEO's remarks"),
], [])

# ---------------------------------------------------------------- en08 Mazda's forecast for the year to March and the year just ended (Reuters, in.reuters.com; Friday April 28, 2017, the year only in the address and the store's date line): operating profit forecast +19% to 150 billion yen ($1.35 billion) vs 180.4 billion yen from 19 analysts; the year just ended -45% to 125.69 billion yen; global sales forecast +2.6% to 1.6 million vehicles, North America +5.9%; zero currency impact; dollar 108 yen (unchanged), euro 118 yen vs 119 yen; ($1 = 111.1600 yen) (JPY, USD, %, vehicles, analysts)
# A Japanese carmaker's annual results and full-year forecast in yen billion with its sales-volume outlook and exchange
# rate assumptions (news54 en09 had a Japanese company's raised forecast; Mazda appears in no earlier text). Whole as
# stored apart from furniture: the credit line "(Reporting by Naomi Tajitsu; Editing by Muralikumar Anantharaman)"
# dropped. No headline in the stored text (it opens with the store's date line and the dateline "TOKYO, April 28", kept
# as page text; the slug "mazda-results" is not page text; none added). No quotes. Kept as printed: "TOKYO, April 28"
# without "(Reuters) -", "Japan's No. 5 automaker", "Thomson Reuters I/B/E/S", "SUVs and pickup trucks", "($1 =
# 111.1600 yen)" with four decimals.
# Periods: none. "The current financial year", "the year to March", "the year just ended", "last year" and "earlier
# this year" print no year (the store's date line 2017-04-28 is not page text).
# Decided: the forecast "19 percent jump in operating profit" key as a guidance growth row, and the forecast 150 billion
# yen key (the $1.35 billion conversion optional); "an average forecast for 180.4 billion yen from 19 analysts" -> key
# consensus row (the 19 analysts optional). The year just ended: -45 % and 125.69 billion yen key (a sentence of its own,
# not a prior of the forecast). Global sales forecast +2.6 % and 1.6 million vehicles key; North America's "strongest
# sales growth, at 5.9 percent" key on North America with Mazda among the alternatives. "Zero impact" of currencies on
# operating profit -> an optional 0 JPY row (a number in words). Exchange-rate assumptions: the dollar's 108 yen key
# ("the same as last year" prints no earlier figure: no prior); the euro's 118 yen key with "against 119 yen last year"
# as prior and an optional earlier row. The closing "($1 = 111.1600 yen)" optional.
MZ = "Mazda|Mazda Motor|Mazda Motor Corp"
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance"
OP = "operating_profit|operating_income"
FXA = "fx_assumption|exchange_rate_assumption|assumed_exchange_rate|exchange_rate"
G["en08"] = ([
    m("guidance_operating_profit_growth|operating_profit_growth_forecast|operating_profit_growth", 19, "%", MZ,
      basis="forecast jump for the current financial year"),
    m(GOP, 150e9, "JPY", MZ, basis="year to March"),
    m(GOP, 1.35e9, "USD", MZ, opt=True, basis="bracketed conversion"),
    m("operating_profit_consensus|operating_profit_estimate|analyst_forecast", 180.4e9, "JPY", MZ,
      basis="average forecast of 19 analysts polled by Thomson Reuters I/B/E/S"),
    m("analysts|analyst_count", 19, "analysts", MZ, opt=True, basis="analysts polled"),
    m("operating_profit_growth|operating_income_growth|operating_profit_change", -45, "%", MZ,
      basis="year just ended"),
    m(OP, 125.69e9, "JPY", MZ, basis="year just ended"),
    m("guidance_global_sales_growth|global_sales_growth_forecast|sales_volume_growth_forecast|global_sales_growth", 2.6,
      "%", MZ, basis="year to March"),
    m("guidance_global_sales|global_sales_forecast|sales_volume_forecast|global_sales", 1.6e6, "vehicles", MZ,
      basis="year to March"),
    m("guidance_sales_growth|sales_growth_forecast|sales_volume_growth_forecast|sales_growth", 5.9, "%",
      "North America|Mazda North America|" + MZ, basis="strongest sales growth expected"),
    m("fx_impact|currency_impact|guidance_fx_impact", 0, "JPY", MZ, opt=True,
      basis="zero impact of currencies on operating profit this year (a number in words)"),
    m(FXA, 108, "JPY", "USD/JPY|dollar|US dollar|" + MZ, basis="average dollar rate assumed; the same as last year"),
    m(FXA, 118, "JPY", "EUR/JPY|euro|" + MZ, prior=119, basis="average euro rate assumed"),
    m(FXA, 119, "JPY", "EUR/JPY|euro|" + MZ, opt=True, basis="last year"),
    m("exchange_rate|fx_rate", 111.16, "JPY", "USD/JPY|dollar|yen", opt=True, basis="($1 = 111.1600 yen)"),
], [])

# ---------------------------------------------------------------- en09 HCL Technologies' September quarter of FY2021 (CNBC-TV18, cnbctv18.com; October 2020, the store's date line): net profit +7.4% to Rs 3,142 crore vs Rs 2,925 crore, poll Rs 3,046 crore; revenue +4.2% to Rs 18,594 crore from Rs 17,841 crore, poll Rs 18,536 crore; dollar revenue +6.4% to $2,507 million; constant currency +4.5%; EBIT +9.7% to Rs 4,016 crore from 3,660 crore; EBIT margin +110 bps to 21.6%; Q3 & Q4 cc growth guidance 1.5-2.5%; FY21 EBIT margin guidance 20-21% from 19.5-20.5%; 15 transformational deals; US +4.9%, Europe +2.2%, rest of the world +9% QoQ; interim dividend Rs 4; shares -4.34% at Rs 822.15 (INR, USD, %, bp, deals)
# An Indian IT services company's quarter in crore with constant-currency growth, sequential comparisons, the
# analysts' poll and raised margin guidance (news50 en11 had Wipro's December quarter; HCL appears in no earlier text).
# Whole as stored. No headline in the stored text (it opens with the store's date line "date 2020-10"; the slug
# "hcl-technologies-q2fy21-net-profit-rises-74-qoq-to-rs-3142-crore-revenue-at-rs-18594-crore" is not page text; none
# added). No quotes. Kept as printed: "rose 7.4 percent for at Rs 3,142 crore" (a stray "for"), "3,660 crore" without
# "Rs", "110 bps", "QoQ", "a 5-year high", "Q3 & Q4", "1.5-2.5%", "20-21% from 19.5-20.5%", "the rest of the world
# business was rose 9 percent", "9:45 am".
# Periods: "the quarter ended September 2020" with "FY21" -> FY2021Q2 for the quarter's figures (Indian fiscal year to
# March 2021, named by the year it ends, news47); "the previous quarter" -> FY2021Q1 for the earlier rows; "Q3 & Q4" ->
# FY2021Q3 and FY2021Q4; "FY21 EBIT margin guidance" -> FY2021. The share move none.
# Decided: net profit +7.4 % key and Rs 3,142 crore key with "against Rs 2,925 crore in the previous quarter" as prior
# and an optional FY2021Q1 row; the CNBC-TV18 poll's Rs 3,046 crore key (consensus). Rupee revenue +4.2 % and Rs 18,594
# crore key with prior Rs 17,841 crore (optional earlier row); the poll's Rs 18,536 crore key. Dollar revenue growth 6.4 %
# and $2,507 million key; constant-currency growth 4.5 % key. EBIT +9.7 % and Rs 4,016 crore key with prior 3,660 crore
# (read as INR crore; optional earlier row); the EBIT margin's "widened by 110 bps" key +110 bp and 21.6 % key (no prior
# printed, none computed). Guidance: "1.5-2.5% in constant currency in Q3 & Q4" printed once for two quarters -> a key
# range for FY2021Q3 and an optional range for FY2021Q4 (news56's figure for several entities); the FY21 EBIT margin
# guidance 20-21 % key range with the previous 19.5-20.5 % as prng and an optional row. "15 transformational deals" key
# ("deals"). Regions' QoQ growth key on each region with HCL among the alternatives. Interim dividend Rs 4 key. Shares
# -4.34 % and Rs 822.15 key. Not labelled: "9:45 am", "5-year high".
HCL = "HCL Technologies|HCL Tech|HCLTech|HCL"
Q, PQ = "FY2021Q2", "FY2021Q1"
CR = 1e7
NP = "net_profit|net_income"
REV = "revenue|rupee_revenue|sales"
EBIT = "ebit|operating_profit|earnings_before_interest_and_tax"
GCC = "guidance_revenue_growth|revenue_growth_guidance|guidance_cc_revenue_growth|guidance"
GEM = "guidance_ebit_margin|ebit_margin_guidance|operating_margin_guidance"
RG = "revenue_growth_qoq|revenue_growth|segment_revenue_growth"
G["en09"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 7.4, "%", HCL, Q, basis="September quarter, QoQ"),
    m(NP, 3142 * CR, "INR", HCL, Q, prior=2925 * CR, basis="September quarter; printed 'for at Rs 3,142 crore'"),
    m(NP, 2925 * CR, "INR", HCL, PQ, opt=True, basis="previous quarter"),
    m("net_profit_consensus|net_profit_estimate|net_profit_poll", 3046 * CR, "INR", HCL, Q,
      basis="CNBC-TV18 analysts' poll estimate, beaten"),
    m("revenue_growth|sales_growth|rupee_revenue_growth", 4.2, "%", HCL, Q, basis="rupee revenue, QoQ"),
    m(REV, 18594 * CR, "INR", HCL, Q, prior=17841 * CR, basis="rupee revenue"),
    m(REV, 17841 * CR, "INR", HCL, PQ, opt=True, basis="previous quarter"),
    m("revenue_consensus|revenue_estimate|revenue_poll", 18536 * CR, "INR", HCL, Q, basis="CNBC-TV18 poll"),
    m("dollar_revenue_growth|usd_revenue_growth|revenue_growth", 6.4, "%", HCL, Q, basis="revenue in dollars"),
    m("dollar_revenue|usd_revenue|revenue", 2.507e9, "USD", HCL, Q, basis="printed $2,507 million"),
    m("cc_revenue_growth|constant_currency_revenue_growth|revenue_growth", 4.5, "%", HCL, Q,
      basis="constant currency"),
    m("ebit_growth|operating_profit_growth", 9.7, "%", HCL, Q, basis="QoQ"),
    m(EBIT, 4016 * CR, "INR", HCL, Q, prior=3660 * CR, basis="earnings before interest and tax (EBIT)"),
    m(EBIT, 3660 * CR, "INR", HCL, PQ, opt=True, basis="previous quarter; printed '3,660 crore' without Rs"),
    m("ebit_margin_change|operating_margin_change|margin_change", 110, "bp", HCL, Q, basis="widened, QoQ"),
    m("ebit_margin|operating_margin", 21.6, "%", HCL, Q, basis="at a 5-year high"),
    m(GCC, None, "%", HCL, "FY2021Q3", rng=(1.5, 2.5), basis="constant currency revenue growth in Q3 & Q4, sequential"),
    m(GCC, None, "%", HCL, "FY2021Q4", rng=(1.5, 2.5), opt=True, basis="the same printed range for Q4"),
    m(GEM, None, "%", HCL, "FY2021", rng=(20, 21), prng=(19.5, 20.5), basis="FY21 EBIT margin guidance, raised"),
    m(GEM, None, "%", HCL, "FY2021", rng=(19.5, 20.5), opt=True, basis="the earlier FY21 EBIT margin guidance"),
    m("deals|transformational_deals|deal_wins|deal_count", 15, "deals", HCL, Q,
      basis="transformational deals signed in the quarter ended September 2020"),
    m(RG, 4.9, "%", "US business|United States|HCL US|" + HCL, Q, basis="QoQ"),
    m(RG, 2.2, "%", "Europe|HCL Europe|" + HCL, Q, basis="QoQ"),
    m(RG, 9, "%", "rest of the world|rest of the world business|RoW|" + HCL, Q, basis="QoQ; printed 'was rose'"),
    m("interim_dividend|dividend_per_share|dps|dividend", 4, "INR", HCL, basis="Rs 4 per share"),
    m(PC, -4.34, "%", HCL, basis="at 9:45 am on the BSE"),
    m(PX, 822.15, "INR", HCL, basis="on the BSE, apiece"),
], [])

# ---------------------------------------------------------------- en10 the Reserve Bank of Australia's cut to 0.1% (EFE-EPA text on La Prensa Latina, laprensalatina.com; Tuesday November 3, 2020, "Nov 3" printed with "in 2020"): cash rate 0.1% (headline) from 0.25; third cut in 2020; 0.75 at the start of the year, 0.50 in early March, 0.25 by the end of March; AU$100 billion ($70,340 million) of government bonds; GDP around 6% over the year to June 2021 and 4% in 2022; unemployment peak a little below 8% rather than 10%; around 6% at the end of 2022 (%, AUD, USD, cuts)
# A central-bank rate cut with quantitative easing and the bank's growth and unemployment forecasts (news47 en05 had
# the RBA's 2022 hike to 2.35 per cent, news2, news5 and news10 other cuts; this is the November 2020 cut to 0.1 per
# cent with the AU$100 billion bond purchases). Cut: the stored page breaks off mid-word ("Lowe said that given the
# outlook for both employment and inf"), so the passage stops after the Governor's remarks on the September quarter and
# the pre-pandemic level of output (rendered as reported speech), a sentence boundary. Headline kept (rewritten:
# "Australia cuts interest rates to historic low 0.1%" -> "Australia lowers interest rates to record low of 0.1%").
# The Governor's three quoted passages and his quoted phrase on the recovery are rendered as reported speech (no
# figures in them; "three months ago" a span). Kept as printed: the dateline "Sydney, Australia, Nov 3 (efe-epa).-",
# "0.1 percent from 0.25" with the earlier rate bare, "0.50" and "0.25" bare, "AU$100 billion ($70,340 million)", "five
# to 10 years", "a little below 8 percent".
# Periods: "in 2020" -> the third cut 2020 (optional row), "The year began with 0.75 percent" 2020-01, "At the beginning
# of March ... and by the month-end" 2020-03 for both March levels; "over the year to June 2021" -> FY2021 (a year to
# June, news39); "4 percent in 2022" -> 2022; "At the end of 2022" -> 2022-12. The cut itself ("Nov 3", "on Tuesday")
# none: the headline level carries no period, nor the bond purchases ("over the next six months") or the unemployment
# peak (undated).
# Decided: the headline's 0.1 % key with prior 0.25 (the body states the move "to 0.1 percent from 0.25"), the body's
# 0.1 % an optional repeat with the same prior, and the earlier 0.25 an optional row; no change row (no bp figure
# printed). The 2020 path: 0.75 % (2020-01), 0.50 % and 0.25 % (2020-03) key rows (separate clauses; "to 0.50, and by the
# month-end to 0.25" has no "from"). "The third time ... in 2020" -> optional 3 in "cuts". Bond purchases AU$100 billion
# key (AUD), the ($70,340 million) conversion optional (USD); the maturities' "five to 10 years" and "six months" are
# spans, not labelled. GDP growth forecasts around 6 % (FY2021) and 4 % (2022) key; the unemployment peak "a little
# below 8 percent, rather than the 10 percent forecast before" -> key 8 % with prior 10 (a revised forecast) and an
# optional earlier row; around 6 % at the end of 2022 key.
RBA = "Reserve Bank of Australia|RBA|Reserve Bank|Australia's central bank|Australia"
AU = "Australia|Australian economy|Reserve Bank of Australia|RBA"
CASHR = "cash_rate|policy_rate|interest_rate|cash_rate_target"
GDPF = "gdp_growth_forecast|gdp_growth_projection|gdp_forecast|gdp_growth"
URF = "unemployment_rate_forecast|unemployment_rate_projection|unemployment_rate|unemployment_peak_forecast"
G["en10"] = ([
    m(CASHR, 0.1, "%", RBA, prior=0.25, basis="headline: record low"),
    m(CASHR, 0.1, "%", RBA, opt=True, prior=0.25, basis="body repeat: lowered to 0.1 percent from 0.25"),
    m(CASHR, 0.25, "%", RBA, opt=True, basis="the rate before the cut ('from 0.25')"),
    m("rate_cuts|cuts|number_of_cuts", 3, "cuts", RBA, "2020", opt=True, basis="the third cut in 2020"),
    m(CASHR, 0.75, "%", RBA, "2020-01", basis="when the year began"),
    m(CASHR, 0.50, "%", RBA, "2020-03", basis="cut at the start of March; printed 0.50"),
    m(CASHR, 0.25, "%", RBA, "2020-03", basis="by the end of March"),
    m("bond_purchases|asset_purchases|bond_purchase_programme|qe_size", 100e9, "AUD", RBA,
      basis="government bonds, maturities of about five to 10 years, over the next six months; printed AU$100 billion"),
    m("bond_purchases|asset_purchases|bond_purchase_programme|qe_size", 70.34e9, "USD", RBA, opt=True,
      basis="bracketed conversion ($70,340 million)"),
    m(GDPF, 6, "%", AU, "FY2021", basis="around; over the year to June 2021"),
    m(GDPF, 4, "%", AU, "2022", basis="in 2022"),
    m(URF, 8, "%", AU, prior=10, basis="peak at a little below 8 percent"),
    m(URF, 10, "%", AU, opt=True, basis="the peak forecast before"),
    m(URF, 6, "%", AU, "2022-12", basis="around; at the end of 2022"),
], [])

# ---------------------------------------------------------------- en11 Shoprite's first half to Dec. 30 in rand (Reuters text on MarketScreener, marketscreener.com; Tuesday February 26, 2019, the date only in the address and the store's date line): more than 2,800 outlets; diluted HEPS 398.5 cents from 525.6 cents, Refinitiv poll 419 cents; sales +0.2% to 75.8 billion rand ($5.47 billion); like-for-like -2.7%; trading profit -19% to 3.3 billion rand; more than half of the business on a new IT system; lost store sales over 1 billion rand; Angola's 85.1% devaluation; Rest of Africa trading loss 61.8 million rand vs a profit of 552.7 million rand (ZAR, USD, %, outlets)
# A South African grocer's half-year results in rand with diluted headline earnings per share in cents against the
# analysts' poll (news55 en08 had a South African gold miner, news33 en08 Mr Price's 2017 interim; Shoprite appears in
# no earlier text). Cut: the stored page breaks off mid-word in the sentence on the share move ("Shoprite shares were up
# 1.76 percent by 0823 GMT as the market had already priced in the earnings and sales decline following a trading update
# and profit warni"), so the passage stops after the Rest of Africa sentence, a sentence boundary (the 1.76 percent goes
# with the cut). No headline in the stored text (it opens with the store's date line and its first paragraph; the slug
# "Shoprite-has-first-half-year-profit-drop-in-more-than-a-decade" is not page text; none added). The chief executive's
# quoted sentence is rendered as reported speech (no figures). Kept as printed: "the 26-weeks to Dec. 30" with a hyphen,
# "398.5 cents from 525.6 cents", "419 cents", "75.8 billion rand ($5.47 billion)", "Rest of Africa" capitalised, "more
# than 2,800 outlets".
# Periods: none. "The 26-weeks to Dec. 30", "the comparable period", "the six months" and "the period" print no year
# ("since the beginning of 2018" dates only the Angolan devaluation; the half is 2018's second half by inference only).
# Decided: diluted HEPS 398.5 cents -> key 3.985 ZAR with prior 5.256 ("from 525.6 cents in the comparable period") and
# an optional earlier row; the Refinitiv poll's 419 cents key (4.19 ZAR, consensus). Sales +0.2 % and 75.8 billion rand
# key ($5.47 billion optional); like-for-like sales -2.7 % key; trading profit -19 % and 3.3 billion rand key. "More than
# 2,800 outlets" in the company's description optional ("outlets"); "more than half of the business" going live on the
# IT system an optional 50 % share (fraction in words, hedge in the basis). Lost store sales "more than 1 billion rand"
# key (hedge in the basis). The Angolan currency's "85.1 percent devaluation against the dollar" -> key -85.1 % (news23,
# news55). Rest of Africa "a trading loss of 61.8 million rand, versus a trading profit of 552.7 million rand" -> key
# -61.8e6 ZAR with prior 552.7e6 and an optional earlier row (news31 en08's trading loss against year-ago gains).
SHP = "Shoprite|Shoprite Holdings|Shoprite Holdings Ltd"
ROA = "Rest of Africa|Shoprite Rest of Africa|Rest of Africa business|" + SHP
HEPS = "diluted_heps|heps|headline_earnings_per_share|diluted_headline_earnings_per_share"
TP = "trading_profit|trading_loss|trading_result|operating_profit"
G["en11"] = ([
    m("store_count|outlets|stores", 2800, "outlets", SHP, opt=True, basis="more than; across Africa"),
    m(HEPS, 3.985, "ZAR", SHP, prior=5.256, basis="diluted; 26-weeks to Dec. 30; printed 398.5 cents"),
    m(HEPS, 5.256, "ZAR", SHP, opt=True, basis="comparable period; printed 525.6 cents"),
    m("heps_consensus|heps_estimate|diluted_heps_consensus", 4.19, "ZAR", SHP,
      basis="analysts in a Refinitiv poll expected a drop to 419 cents"),
    m("sales_growth|revenue_growth", 0.2, "%", SHP, basis="just"),
    m("sales|revenue", 75.8e9, "ZAR", SHP, basis="printed 75.8 billion rand"),
    m("sales|revenue", 5.47e9, "USD", SHP, opt=True, basis="bracketed conversion"),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth|comparable_sales_growth", -2.7, "%", SHP),
    m("trading_profit_growth|trading_profit_change|operating_profit_growth", -19, "%", SHP),
    m(TP, 3.3e9, "ZAR", SHP, basis="printed 3.3 billion rand"),
    m("it_rollout_share|share_of_business|business_share", 50, "%", SHP, opt=True,
      basis="more than half of the business went live on an IT system in the six months"),
    m("lost_sales|estimated_lost_sales|lost_store_sales", 1e9, "ZAR", SHP,
      basis="estimated; more than; store sales lost to stock problems in the period"),
    m("currency_change|devaluation|fx_change|currency_devaluation", -85.1, "%",
      "Angola|Angolan currency|Angolan kwanza|kwanza|USD/AOA|Angolan operation",
      basis="devaluation against the dollar since the beginning of 2018"),
    m(TP, -61.8e6, "ZAR", ROA, prior=552.7e6, basis="trading loss"),
    m(TP, 552.7e6, "ZAR", ROA, opt=True, basis="the earlier trading profit ('versus')"),
], [])

# ---------------------------------------------------------------- en12 the Philippine Stock Exchange index's close with movers (The Financial District, thefinancialdistrict.com.ph; Monday September 25, 2023, the date only in a dropped photo caption): PSE index +30.05 points or +0.49% to 6,172.84; volume up by a third; SM Investments +2.92% or +P23.50 to P827.50; Aboitiz Equity -20 centavos to P46.10, Ayala Corp -P10 to P602, JG Summit -40 centavos to P35.95; sub-indices holdings +0.81%, financials +0.35%, industrials +0.21%, services +0.23%, property +0.51%, mining and oil -0.03%; Semirara -5 centavos to P35; total trades up by a third to P8.48 billion; 85 gainers, 89 losers, 47 unchanged; Aboitiz Power +4.39% or +P1.35 to P32.10 on P2.47 billion; Bloomberry +18 centavos to P10.78 on P2.06 billion; nine other movers; Philex P2.77, Converge P9 unchanged (points, %, PHP, stocks)
# A Philippine market close with sub-indices and movers in pesos and centavos (no earlier set has a PSE close; Manila
# stocks appear in none). Cut: the stored page breaks off inside the foreign-flows sentence ("Net foreign selling
# amounted to P316 million, with foreign buying at P3.66 billion"), without its end, so the passage stops after the
# Philex and Converge sentence, a sentence boundary (the flows go with the cut). Dropped as furniture: the photo caption
# "Photo Insert: The Philippine Stock Exchange (PSE) Index, September 25, 2023". No headline in the stored text (it
# opens with its first paragraph; the slug "pse-index-gains-ground" is not page text; none added). No quotes. Kept as
# printed: "today", "P827.50" and the other prices with a bare "P", "20 centavos", "1 centavo" beside "a centavo", "a
# peso", "P1,165", "P1,800", "holdings firms" / "Holdings", "47 shares remaining unchanged"; the source's run-on "Trading
# volume increased by a third, closing the day close to a higher milestone level at 6,172.84 points" (the volume
# "closing" at the index level) is rewritten as two clauses (no figure affected).
# Periods: none (a market session; the date is only in the dropped caption).
# Decided: the index's close (points), point move and % move key. "By a third" for volume and for total trades ->
# optional 33.33 % rows (fractions in words); total trades P8.48 billion key (value turnover). Each mover's peso or
# centavo change (centavos scaled: "20 centavos" -> 0.20 PHP, "a centavo" -> 0.01, "a peso" -> 1) and price key in PHP;
# SM Investments' and Aboitiz Power's % moves key as well; their stock turnovers (Aboitiz Power P2.47 billion, Bloomberry
# P2.06 billion) key. Sub-indices' % moves key on each sector. Breadth (85 gainers, 89 losers, 47 unchanged) optional in
# "stocks". Philex Mining and Converge "unchanged at P2.77 and P9" -> key prices, no 0 change rows (no figure printed).
PSE = "PSE index|PSEi|Philippine Stock Exchange index|Philippine Stock Exchange|PSE"
SUB = "index_change_pct|sector_change|sub_index_change|pct_change"
TV = "turnover|value_turnover|trading_value|total_trades"
movers = [
    ("Aboitiz Equity|Aboitiz Equity Ventures|AEV", -0.20, 46.10),
    ("Ayala Corp|Ayala Corporation|Ayala", -10, 602),
    ("JG Summit|JG Summit Holdings", -0.40, 35.95),
    ("Semirara Mining|Semirara|Semirara Mining and Power", -0.05, 35),
    ("Bloomberry|Bloomberry Resorts", 0.18, 10.78),
    ("BDO Unibank|BDO", 2, 133),
    ("Ayala Land|Ayala Land Inc", 0.60, 28.45),
    ("PLDT|PLDT Inc", 11, 1165),
    ("Globe Telecom|Globe", 22, 1800),
    ("ICTSI|International Container Terminal Services", 0.20, 204),
    ("Nickel Asia|Nickel Asia Corp", 0.01, 5.27),
    ("Atlas Mining|Atlas Consolidated Mining", 0.01, 3.02),
    ("Century Food|Century Pacific Food", -0.05, 29.70),
    ("Bank of the Philippine Islands|BPI", -1, 107.50),
    ("SM Prime|SM Prime Holdings", -0.20, 30),
    ("Global Ferronickel|Global Ferronickel Holdings", -0.01, 2.65),
]
G["en12"] = ([
    m("index_level|index_close|close", 6172.84, "points", PSE, basis="close to a higher milestone"),
    m("index_change|index_change_points|points_change", 30.05, "points", PSE),
    m("index_change_pct|index_change|pct_change", 0.49, "%", PSE),
    m("volume_change|trading_volume_change|volume_growth", 100 / 3, "%", PSE, opt=True, basis="by a third (in words)"),
    m(PC, 2.92, "%", "SM Investments|SMIC|SM Investments Corp", basis="market bellwether"),
    m(PCA, 23.50, "PHP", "SM Investments|SMIC|SM Investments Corp"),
    m(PX, 827.50, "PHP", "SM Investments|SMIC|SM Investments Corp"),
    m(SUB, 0.81, "%", "holding firms|holdings|holdings sub-index|holding firms sub-index"),
    m(SUB, 0.35, "%", "financials|financials sub-index"),
    m(SUB, 0.21, "%", "industrials|industrials sub-index"),
    m(SUB, 0.23, "%", "services|services sub-index"),
    m(SUB, 0.51, "%", "property|property sub-index"),
    m(SUB, -0.03, "%", "mining and oil|mining and oil sub-index|mining and oil sector"),
    m(TV, 8.48e9, "PHP", PSE, basis="total trades"),
    m("turnover_change|trading_value_change|turnover_growth", 100 / 3, "%", PSE, opt=True,
      basis="total trades up by a third (in words)"),
    m("gainers|advancers", 85, "stocks", PSE, opt=True),
    m("losers|decliners", 89, "stocks", PSE, opt=True),
    m("unchanged|unchanged_stocks", 47, "stocks", PSE, opt=True, basis="shares left unchanged"),
    m(PC, 4.39, "%", "Aboitiz Power|AboitizPower", basis="helped by a buy-back strategy"),
    m(PCA, 1.35, "PHP", "Aboitiz Power|AboitizPower"),
    m(PX, 32.10, "PHP", "Aboitiz Power|AboitizPower"),
    m("stock_turnover|turnover|trading_value|value_traded", 2.47e9, "PHP", "Aboitiz Power|AboitizPower",
      basis="trades worth"),
    m("stock_turnover|turnover|trading_value|value_traded", 2.06e9, "PHP", "Bloomberry|Bloomberry Resorts",
      basis="trades worth; second most active stock"),
] + [x for c, chg, px in movers for x in (m(PCA, chg, "PHP", c), m(PX, px, "PHP", c))] + [
    m(PX, 2.77, "PHP", "Philex Mining|Philex", basis="unchanged"),
    m(PX, 9, "PHP", "Converge|Converge ICT", basis="unchanged"),
], [])
