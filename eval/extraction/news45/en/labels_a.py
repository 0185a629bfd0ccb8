# Hand-written gold labels for news45/en en01-en06 (batch a: European and Australian stories). Read from texts/enNN.txt
# only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels
# or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching), news3/en/README.md, news4-news44/en/README.md
# (values fully scaled ("2.359 billion euros" -> 2.359e9 EUR, "A$1.5 billion" -> 1.5e9 AUD, "A$350 million" -> 350e6 AUD,
# "71.20 US cents" -> 0.7120 USD, "half a US cent" -> 0.005 USD), declines and falls negative ("losing 2.83%" -> -2.83,
# "lowered interest rates by 0.25%" -> -0.25, "dropped nearly 6 per cent" -> -6, "slumped by more than half a US cent"
# -> -0.005 USD), currency codes ("euros" and "€" -> EUR, "A$" and "$A" -> AUD, an unprefixed "$" conversion on an
# Australian Reuters page -> USD, "US cents" -> USD), index levels and point moves in "points", ranges as rng ("27 billion
# euros - 28 billion euros", "19%-20%", "A$6.16 to A$6.39", "2 to 3 per cent"), hedges and conditions in the basis
# ("about", "around", "as much as", "up to", "a maximum", "just over", "nearly", "more than"), a same-sentence "X from /
# against / compared to Y" value of the same quantity is the prior and the earlier reading also an optional row (news30
# batch b, news36-news44), a revised figure whose old value stands in the next sentence takes it as prior and keeps it as
# a key row (news42 batch a), a previous period's reading in its own clause a key row without prior (news36 batch b),
# consensus and poll figures key (news23), a headline's first printing key and the body's repeats optional (news41 batch
# a, news44 batch a), the same move restated in another unit optional (dev corpus), bracketed conversions optional,
# periods only where the text states or clearly implies the year (news24; market moves and levels none; "fiscal year
# 2024" -> FY2024), rate moves printed in "%" kept in "%" (news39 batch a, news41 batch b), brokers' targets and ratings
# only in rating actions (an upgrade with no prior rating printed has prior_rating None), quotes rendered as reported
# speech labelled like any other text (news38 batch a), dates, times, stock codes, spans ("lowest in three weeks") and
# counts of regions or segments not labelled, ratings lower-case.

PC = "price_change|share_price_change"
PX = "share_price|price|close"

# ---------------------------------------------------------------- en01 EssilorLuxottica's fiscal 2024 results (RTTNews/dpa-AFX via finanznachrichten.de, February 13, 2025): net profit +3% to 2.359 billion euros from 2.289 billion, adjusted 3.122 billion vs 2.946 billion, operating profit 3.448 billion from 3.176 billion, revenue 26.508 billion (+4.4%) from 25.395 billion, Q4 revenue 6.781 billion (+9.2% constant currency, +8.5% current), 2026 targets 27-28 billion euros revenue and 19%-20% adjusted operating margin, dividend 3.95 euros (EUR)
# A European company's full-year results with confirmed long-term targets and a proposed dividend. Whole as stored apart
# from furniture: the RTTNews promotion line ("For more earnings news, ... visit rttnews.com") and the two copyright
# lines are dropped; the "PARIS (dpa-AFX) -" dateline kept. The stored text has no headline (the address slug and the
# store's date line are not page text; none added). Kept as printed: the missing space after the full stop at each
# paragraph join ("years to come.On", "prior year.Operating", "the year before.Revenues", "diversified.For", "current
# term.The", "period.The Board"), "(ESLOF.PK, ESLOY.PK)", "in current term", "27 billion euros - 28 billion euros",
# "19%-20%". Periods: "fiscal year 2024" -> FY2024 (so the prior-year figures FY2023 and the fourth quarter FY2024Q4);
# the targets "from 2022 to 2026 ... by the end of that period" -> 2026; the dividend none (its year is not printed).
# Decided: each "X from / compared to Y" line -> key FY2024 row with the prior and an optional FY2023 row (net profit,
# adjusted net profit, operating profit, revenue). The net profit growth (3 %) and revenue growth (4.4 %) key. Q4 revenue
# and both growth rates (constant exchange rates, current terms) key, the basis naming which. The revenue target a key
# range (27-28 billion euros) and the adjusted operating margin target a key range (19-20 %), both "confirmed" targets
# for 2026. The proposed 3.95-euro dividend key. Not labelled: "mid-single-digit" (no figure), "four regions", "two
# segments" (counts), "April 30, 2025", "May 7, 2025", "June 5, 2025" (dates).
ESL = "EssilorLuxottica|EssilorLuxottica SA|Essilor Luxottica|ESLOF.PK|ESLOY.PK"
NP = "net_profit|net_income|net_profit_attributable|net_income_attributable"
ANP = "adjusted_net_profit|adjusted_net_income|net_profit|net_income"
OP = "operating_profit|operating_income|ebit"
REV = "revenue|revenues|sales"
G["en01"] = ([
    m(NP, 2.359e9, "EUR", ESL, "FY2024", prior=2.289e9, basis="attributable to owners of the parent"),
    m("net_profit_growth|net_income_growth|profit_growth", 3, "%", ESL, "FY2024"),
    m(NP, 2.289e9, "EUR", ESL, "FY2023", opt=True, basis="attributable to owners of the parent; last year"),
    m(ANP, 3.122e9, "EUR", ESL, "FY2024", prior=2.946e9, basis="adjusted; attributable to owners of the parent"),
    m(ANP, 2.946e9, "EUR", ESL, "FY2023", opt=True, basis="adjusted; prior year"),
    m(OP, 3.448e9, "EUR", ESL, "FY2024", prior=3.176e9),
    m(OP, 3.176e9, "EUR", ESL, "FY2023", opt=True, basis="prior year"),
    m(REV, 26.508e9, "EUR", ESL, "FY2024", prior=25.395e9),
    m("revenue_growth|sales_growth", 4.4, "%", ESL, "FY2024"),
    m(REV, 25.395e9, "EUR", ESL, "FY2023", opt=True, basis="previous year"),
    m(REV, 6.781e9, "EUR", ESL, "FY2024Q4", basis="fourth quarter"),
    m("revenue_growth|revenue_growth_constant_currency|sales_growth", 9.2, "%", ESL, "FY2024Q4",
      basis="year-on-year at constant exchange rates"),
    m("revenue_growth|revenue_growth_reported|sales_growth", 8.5, "%", ESL, "FY2024Q4",
      basis="in current term (reported)"),
    m("guidance_revenue|revenue_target|revenue_guidance|revenue_outlook", None, "EUR", ESL, "2026", rng=(27e9, 28e9),
      basis="confirmed target; end of 2022-2026 period; constant exchange rates"),
    m("guidance_adjusted_operating_margin|adjusted_operating_margin_target|operating_margin_target|"
      "guidance_operating_margin", None, "%", ESL, "2026", rng=(19, 20),
      basis="adjusted operating profit as a percentage of revenue by the end of the period"),
    m("dividend_per_share|dividend|dps", 3.95, "EUR", ESL, basis="proposed; Annual Meeting April 30, 2025"),
], [])

# ---------------------------------------------------------------- en02 Siemens Energy and Commerzbank upgraded, DAX +1.65% (ts2.tech, Monday November 10, 2025): Jefferies upgrades Siemens Energy to buy, target €55 -> €134, stock up as much as 5.5% to €107.40, late around €107 (+5%); Deutsche Bank Research upgrades Commerzbank to buy from hold, target €37, high €33.34; DAX +1.65% to 23,959.99 (EUR, points)
# Two analysts' rating changes with price targets on German stocks, within a Frankfurt close. The address holds two
# stored snapshots of the page: one opens with a teaser for another article ("Siemens Energy Hits Record Highs as Analysts
# Boost Targets: ... 10 November 2025 / 2 mins read", dropped as furniture) and the page's headline, then breaks off
# mid-word ("capital generatio"); the other omits the headline and runs further. The headline is taken from the first
# (rewritten) and the body from the second. Cut: the second breaks off mid-sentence under the crosshead "Market backdrop:
# Risk-on mood lifts the DAX" ("The DAX advanced 1.65% to 23,959.99"); the passage stops after the Commerzbank
# price-board sentence, before that crosshead (its figures are those of the lead). Dropped as furniture: the bracketed
# citation markers "[1]" to "[8]" (in the other snapshot the source names "Investing.com Deutsch", "Finanzen", "OnVista",
# "DIE WELT" in their place). Kept: the "Published: Monday, 10 November 2025" line, the "Key takeaways" list and the two
# crossheads (rewritten), "(Xetra: ENR)", "(Xetra: CBK)", "(Nov 10, 2025)". Periods: none (market moves and levels).
# Decided: rating actions only for the brokers: Jefferies on Siemens Energy -> upgrade to buy with no earlier rating
# printed (prior_rating None), target 134 with prior 55 (the headline, the takeaway and the body repeat one action);
# Deutsche Bank Research on Commerzbank -> upgrade to buy from hold, target 37, no earlier target printed. The DAX's
# +1.65 %: the headline's first printing key, the lead's and the takeaway's repeats optional; the close 23,959.99 key.
# Siemens Energy: "as much as 5.5% intraday" key, the €107.40 intraday high key (takeaway first), its body repeat
# optional; the late-afternoon "around €107 (about +5%)" -> two key rows (another time of day). Commerzbank's €33.34 high
# key (takeaway first), its body repeat optional. Not labelled: "more than doubled" (no figure), the dates.
SIE = "Siemens Energy|Siemens Energy AG|ENR"
CBK = "Commerzbank|Commerzbank AG|CBK"
DAX = "DAX|DAX 40|German DAX|DAX index"
HI = "intraday_high|day_high|share_price|price"
G["en02"] = ([
    m("index_change|price_change", 1.65, "%", DAX, basis="headline 'DAX Ends +1.65%'"),
    m("index_change|price_change", 1.65, "%", DAX, opt=True, basis="lead repeat; close"),
    m("index_change|price_change", 1.65, "%", DAX, opt=True, basis="key-takeaways repeat"),
    m("index_level|close|index_close", 23959.99, "points", DAX, basis="close"),
    m(HI, 107.40, "EUR", SIE, basis="intraday high (key takeaways)"),
    m(HI, 107.40, "EUR", SIE, opt=True, basis="body repeat; as much as 5.5% intraday"),
    m(PC, 5.5, "%", SIE, basis="as much as; intraday"),
    m(PX, 107, "EUR", SIE, basis="around; late afternoon in Frankfurt"),
    m(PC, 5, "%", SIE, basis="about; late afternoon in Frankfurt"),
    m(HI, 33.34, "EUR", CBK, basis="the day's high (key takeaways)"),
    m(HI, 33.34, "EUR", CBK, opt=True, basis="body repeat"),
], [
    ra("Jefferies|Jefferies Financial Group", SIE, "upgrade", "buy", None, target=134, prior_target=55, cur="EUR"),
    ra("Deutsche Bank Research|Deutsche Bank", CBK, "upgrade", "buy", "hold", target=37, cur="EUR"),
])

# ---------------------------------------------------------------- en03 Paris close with movers (AFP via France 24, tellerreport.com; Tuesday August 3, 2021, no date printed): CAC 40 +0.72%, +47.91 points to 6,723.81, intraday 6,749.88, +0.95% the day before; Societe Generale +6.37% to 26.45 euros after a 1.44 billion euro Q2 net profit; Stellantis 11.4% margin, +4.10% to 17.05 euros; Atos -2.83% to 39.42 euros (points, %, EUR)
# A Paris market close with movers and the results behind them. Cut: the stored text breaks off mid-sentence in the tech
# section ("Safran (-1.78% to 109.50 euros), A"); the passage stops after the Atos sentence, a sentence boundary. The
# stored text has no headline (the address slug is not page text; none added); the "Paris (AFP)" dateline and the three
# crossheads kept (rewritten). The Myria AM manager's two quoted phrases are rendered as reported speech (no figures in
# them). Kept as printed: the space before the full stop in "since the beginning of the year .", both spellings
# "Société Générale" and "Societe Generale". Periods: the index, the stocks and Stellantis's "first half" none (no year
# printed for them); Societe Generale's "net profit of 1.44 billion euros in the second quarter" -> 2021Q2, the year
# clearly implied by the same sentence's "revenue forecast for 2021". Decided: the CAC 40's % move, point move and close
# key; the midday 6,749.88 a key intraday high; "the day before ... by 0.95%" a key row of its own (no prior). Each mover's
# % move and euro price key; Stellantis's "margin equivalent to 11.4% of sales" a key margin; Societe Generale's quarterly
# net profit key. Not labelled: "September 11, 2000", "since 2016" (dates), "dozens of cities".
CAC = "CAC 40|CAC 40 index|CAC|Paris Bourse|Paris"
SG = "Societe Generale|Société Générale|SocGen|Societe Generale SA"
STLA = "Stellantis|Stellantis NV"
ATO = "Atos|Atos SE"
G["en03"] = ([
    m("index_change|price_change", 0.72, "%", CAC, basis="close, Tuesday"),
    m("index_change|price_change", 47.91, "points", CAC),
    m("index_level|close|index_close", 6723.81, "points", CAC),
    m("intraday_high|index_high|index_level", 6749.88, "points", CAC,
      basis="midday; highest in a session since September 11, 2000"),
    m("index_change|price_change", 0.95, "%", CAC, basis="the day before; climbed markedly"),
    m(PC, 6.37, "%", SG, basis="top of the CAC 40"), m(PX, 26.45, "EUR", SG),
    m("net_profit|net_income", 1.44e9, "EUR", SG, "2021Q2", basis="second quarter; best performance since 2016"),
    m("operating_margin|margin|adjusted_operating_margin|profit_margin", 11.4, "%", STLA,
      basis="first half; margin equal to 11.4% of sales; record"),
    m(PC, 4.10, "%", STLA), m(PX, 17.05, "EUR", STLA),
    m(PC, -2.83, "%", ATO, basis="bottom of the CAC 40"), m(PX, 39.42, "EUR", ATO),
], [])

# ---------------------------------------------------------------- en04 The SNB cuts by 0.25% to 1% (swissinfo.ch, Thursday September 26, 2024; no date printed): policy rate 1% from 1.25%, the Fed's 0.5% cut, inflation forecasts 1.2% this year (June 1.3%) and 0.6% in 2025 (June 1.1%), growth 1% this year, 0.25 pp cuts in March and June, earlier hikes from -0.75% to 1.75% in five steps (%, pp)
# A central-bank decision with revised inflation forecasts. Whole as stored; headline kept (rewritten); the closing credit
# "Translated from German by DeepL/mga" kept as a credit line (as the earlier sets keep credits). The bank's quoted
# sentence on growth is rendered as reported speech, keeping its "[GDP]" insertion (no figure in it; the figure stands in
# the narrative clause "it forecast 1% economic growth this year"). Kept as printed: "said the central bank of Thursday"
# (rendered "the central bank said of Thursday"), the rate moves printed in "%" ("by 0.25%", "a 0.5% cut") beside the
# earlier cuts printed in "percentage points". Periods: "1.2% this year and 0.6% in 2025" -> the first 2024 (clearly
# implied by the next year's 2025), the second 2025; the June forecasts likewise; "1% economic growth this year" -> 2024;
# the decision, the Fed's cut and the earlier moves none ("March", "June", "from June 2022" in the basis).
# Decided: the headline's "lowers interest rate by 0.25%" is the first printing of the cut -> key -0.25 in "%" (as
# printed), the body's repeat optional; "to 1% from the previous target of 1.25%" -> key policy rate 1 % with prior 1.25
# and an optional 1.25 % row. The Fed's "0.5% cut" key on the Fed, -0.5 %. "Reduced its inflation forecast to 1.2% this
# year and 0.6% in 2025, which is lower than the 1.3% and 1.1% predictions in June" -> two key forecasts with the June
# figures as priors and optional June rows. The 1 % growth forecast key. "By 0.25 percentage points in both March and
# June" -> two key -0.25 pp rows (two decisions). "Raised the key interest rate from -0.75% to 1.75% in just five steps"
# -> key 1.75 % with prior -0.75 and an optional -0.75 % row; the five steps an optional count (unit "hikes"). Not
# labelled: "left it unchanged twice" (a count of decisions, no financial value), "June 2022" (a date).
SNB = "Swiss National Bank|SNB|Swiss central bank"
CH = "Switzerland|Swiss National Bank|SNB|Swiss economy"
FED = "Federal Reserve|United States Federal Reserve|US Federal Reserve|Fed"
RC = "rate_change|policy_rate_change|rate_cut|interest_rate_change"
RL = "policy_rate|interest_rate|key_rate|key_interest_rate"
INF = "inflation_forecast|cpi_forecast|inflation_rate_forecast"
G["en04"] = ([
    m(RC, -0.25, "%", SNB, basis="headline 'lowers interest rate by 0.25%' (printed in %)"),
    m(RC, -0.25, "%", SNB, opt=True, basis="body repeat"),
    m(RL, 1, "%", SNB, prior=1.25, basis="policy rate after the cut"),
    m(RL, 1.25, "%", SNB, opt=True, basis="previous target"),
    m(RC, -0.5, "%", FED, basis="last week; printed 'a 0.5% cut'"),
    m(INF, 1.2, "%", CH, "2024", prior=1.3, basis="this year; lowered"),
    m(INF, 1.3, "%", CH, "2024", opt=True, basis="June forecast for this year"),
    m(INF, 0.6, "%", CH, "2025", prior=1.1, basis="lowered"),
    m(INF, 1.1, "%", CH, "2025", opt=True, basis="June forecast for 2025"),
    m("gdp_growth_forecast|gdp_forecast|growth_forecast|economic_growth_forecast", 1, "%", CH, "2024",
      basis="this year"),
    m(RC, -0.25, "pp", SNB, basis="March cut"),
    m(RC, -0.25, "pp", SNB, basis="June cut"),
    m(RL, 1.75, "%", SNB, prior=-0.75, basis="after raising it in five steps from June 2022"),
    m(RL, -0.75, "%", SNB, opt=True, basis="level before the hikes from June 2022"),
    m("rate_hikes|number_of_hikes|hikes", 5, "hikes", SNB, opt=True, basis="in just five steps"),
], [])

# ---------------------------------------------------------------- en05 Boral backs Seven Group's improved offer (Reuters text via mnacritique.mergersindia.com; a Friday in 2024, no year printed): up to A$1.5 billion ($980.70 million), stake 78.8% from 71.6%, 0.1116 Seven Group shares plus A$1.70 per share (earlier A$1.50), A$6.16-A$6.39 per share, $A0.13 franking credits, Boral +1.8% to A$6.14, Seven Group +0.05% to A$40.05, buyback of up to A$350 million (AUD)
# An Australian takeover by the target's largest shareholder, recommended after a sweetened cash component. Whole as
# stored; the closing "Source: Reuters.com" credit kept. The stored text has no headline (the address slug is not page
# text; none added). Kept as printed: "A$" beside "$A0.13", the unprefixed "($980.70 million)", "0200 GMT". Periods:
# none ("on Friday", "in February"; no year printed). Decided: "an up to A$1.5 billion ... takeover offer" -> key deal
# value with "up to" in the basis (a value, not an open range), its bracketed conversion an optional USD row. "Lifted its
# stake ... to 78.8% from 71.6%" -> key stake with prior and an optional 71.6 % row. The 0.1116 Seven Group shares per
# Boral share a key exchange ratio (unit "shares"). "A$1.70 per share in cash and dividends" key with the next sentence's
# "earlier offer with a cash component of A$1.50 a share" as its prior, and the A$1.50 a key row of its own (news42 batch
# a). "The equivalent of A$6.16 to A$6.39 per Boral share" a key range; "$A0.13 per share in franking credits" key. Each
# stock's % move and price key. The option to buy back "a maximum A$350 million of shares" key (hedge in the basis). Not
# labelled: "0200 GMT" (a time), "February" (a date).
BOR = "Boral|Boral Ltd|Boral Limited"
SGH = "Seven Group Holdings|Seven Group|SGH"
DV = "deal_value|offer_value|takeover_value|transaction_value"
CASH = "cash_component|cash_per_share|offer_cash_per_share|offer_price"
G["en05"] = ([
    m(DV, 1.5e9, "AUD", BOR + "|" + SGH, basis="up to; takeover offer recommended by Boral"),
    m(DV, 980.70e6, "USD", BOR + "|" + SGH, opt=True, basis="conversion in brackets"),
    m("stake|ownership_stake|shareholding", 78.8, "%", SGH + "|" + BOR, prior=71.6,
      basis="Seven Group's stake in Boral"),
    m("stake|ownership_stake|shareholding", 71.6, "%", SGH + "|" + BOR, opt=True,
      basis="Seven Group's stake before its February attempt"),
    m("exchange_ratio|share_ratio|offer_ratio|shares_per_share", 0.1116, "shares", BOR + "|" + SGH,
      basis="Seven Group shares per Boral share"),
    m(CASH, 1.70, "AUD", BOR + "|" + SGH, prior=1.50, basis="per share in cash and dividends; revised offer"),
    m(CASH, 1.50, "AUD", BOR + "|" + SGH, basis="earlier offer's cash component a share"),
    m("offer_value_per_share|implied_value_per_share|offer_price|value_per_share", None, "AUD", BOR,
      rng=(6.16, 6.39), basis="equivalent per Boral share including dividends from both companies"),
    m("franking_credits|franking_credit_per_share|franking_credit", 0.13, "AUD", BOR,
      basis="printed $A0.13 per share"),
    m(PC, 1.8, "%", BOR, basis="as of 0200 GMT Friday"), m(PX, 6.14, "AUD", BOR),
    m(PC, 0.05, "%", SGH), m(PX, 40.05, "AUD", SGH),
    m("buyback|share_buyback|buyback_amount|buyback_size", 350e6, "AUD", BOR,
      basis="a maximum; on-market buy-back option"),
], [])

# ---------------------------------------------------------------- en06 Australian September-quarter CPI (ABC News via 1015fm.com.au; an October 2015 page, no year printed): CPI +0.5% q/q and 1.5% y/y vs 0.7% and 1.7% expected, trimmed mean 0.3% / 2.1%, weighted median 0.3% / 2.2%, target band 2-3%, June quarter 0.7% / 1.5%, components, the Australian dollar down more than half a US cent to 71.20 US cents, now around 71.33 US cents (%, USD)
# A macro data release against the Bloomberg survey, with the central bank's underlying measures and the currency
# reaction. Whole as stored; headline kept (rewritten); the closing "Source: ABC News" credit kept. Kept as printed:
# the headline's "half a percentage point" for the body's 0.5 per cent, "per cent", "US cents". Periods: none (the
# "September quarter", "June quarter" and "the year to September" print no year; the quarter in the basis).
# Decided: the body's 0.5 per cent quarterly rise is key in "%"; the headline's "half a percentage point" is the same move
# in another unit -> optional 0.5 pp. The annual 1.5 % key; the Bloomberg survey's 0.7 % and 1.7 % key consensus rows.
# Trimmed mean and weighted median: quarterly and annual rates key (four rows). The target range "2 to 3 per cent" a key
# range on the Reserve Bank. "Prices rose 0.7 per cent in the June quarter and 1.5 per cent over the year to June" -> two
# key rows of their own (no prior). Components: international holidays and accommodation +4.6 %, fruit +8 % ("just
# over"), property rates and charges +4.6 %, vegetables -6 % ("nearly"), petrol -1.7 %, keyed on the component with
# Australia among the alternatives. The Australian dollar: "plunged more than half a US cent" -> key -0.005 USD (hedge
# in the basis); the 71.20 US cents low and the "around 71.33 US cents" level key in USD. Not labelled: "Melbourne Cup day
# next week" (a date), "lowest in three weeks" (a span), Brisbane and Canberra (no figure).
AU = "Australia|Australian Bureau of Statistics|ABS|Bureau of Statistics|Australian economy"
RBA = "Reserve Bank of Australia|Reserve Bank|RBA"
AUD = "Australian dollar|AUD|AUD/USD|Aussie dollar"
QQ = "cpi_change_qoq|cpi_qoq|cpi_change|inflation_qoq|cpi"
YY = "cpi_yoy|cpi_change_yoy|inflation_rate|annual_inflation|cpi"
CMP = "price_change|cpi_component_change|component_price_change"
G["en06"] = ([
    m(QQ, 0.5, "%", AU, basis="September quarter"),
    m(QQ, 0.5, "pp", AU, opt=True, basis="headline 'up by half a percentage point'"),
    m(YY, 1.5, "%", AU, basis="over the year to September"),
    m("cpi_qoq_consensus|cpi_consensus|cpi_forecast|cpi_estimate", 0.7, "%", AU,
      basis="Bloomberg survey; September quarter"),
    m("cpi_yoy_consensus|cpi_consensus|cpi_forecast|cpi_estimate", 1.7, "%", AU,
      basis="Bloomberg survey; year to September"),
    m("trimmed_mean_cpi_qoq|trimmed_mean|core_inflation_qoq|underlying_inflation", 0.3, "%", AU + "|trimmed mean",
      basis="trimmed mean, over the quarter"),
    m("trimmed_mean_cpi_yoy|trimmed_mean|core_inflation|underlying_inflation", 2.1, "%", AU + "|trimmed mean",
      basis="trimmed mean, over the year"),
    m("weighted_median_cpi_qoq|weighted_median|core_inflation_qoq|underlying_inflation", 0.3, "%",
      AU + "|weighted median", basis="weighted median, over the quarter"),
    m("weighted_median_cpi_yoy|weighted_median|core_inflation|underlying_inflation", 2.2, "%",
      AU + "|weighted median", basis="weighted median, over the year"),
    m("inflation_target|inflation_target_range|inflation_target_band", None, "%", RBA, rng=(2, 3)),
    m(QQ, 0.7, "%", AU, basis="June quarter"),
    m(YY, 1.5, "%", AU, basis="over the year to June"),
    m(CMP, 4.6, "%", "international holidays and accommodation|international holidays|travel|Australia",
      basis="June to September; most significant rise"),
    m(CMP, 8, "%", "fruit|fruit prices|Australia", basis="just over"),
    m(CMP, 4.6, "%", "property rates and charges|property rates|Australia"),
    m(CMP, -6, "%", "vegetables|vegetable prices|Australia", basis="nearly"),
    m(CMP, -1.7, "%", "petrol|petrol prices|automotive fuel|Australia", basis="weaker global oil prices"),
    m("fx_change|currency_change|exchange_rate_change|price_change", -0.005, "USD", AUD,
      basis="more than half a US cent"),
    m("fx_rate|exchange_rate|fx_low|price", 0.7120, "USD", AUD, basis="low of 71.20 US cents; lowest in three weeks"),
    m("fx_rate|exchange_rate|price", 0.7133, "USD", AUD, basis="around 71.33 US cents; now trading"),
], [])
