# Hand-written gold labels for news48/en en01-en06 (batch a: US and Latin American company and market news). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news47/en/README.md, with the labels of news46/en as the model: values fully scaled ("$1.09 billion" -> 1.09e9,
# "62 cents" -> 0.62 USD, "23 cents" -> 0.23 USD, "1.93 billion pesos" -> 1.93e9 MXN, "149,600 tonnes" -> 149600
# tonnes, "1.4 million jobs" -> 1.4e6 jobs); declines negative ("slipped about 3.5 percent" -> -3.5, "lost 41 cents" ->
# -0.41 USD, "revised down by 10,000" -> -10000 jobs, "decline 6% to 7.5%" -> a range (-7.5, -6)); currency codes ("$"
# on US pages -> USD, "pesos" on a Mexican page -> MXN, "$700 million" on the same page -> USD); production in count
# nouns (tonnes, ounces), payrolls in jobs; hedges keep the number with the hedge in the basis ("about", "around");
# a same-sentence "X from Y" / "up from Y" / "compared with Y" / "against Y" value of the same quantity is the prior and
# the earlier value also an optional row (news30 batch b, news36-news47); a revised guidance range carries the old
# range as prng and the old range also an optional row (news41 batch a, news47 batch b); periods only where the text
# states or clearly implies the year (news24; market moves, prices and ratings none; "the second quarter of 2023" ->
# 2023Q2, "the same period in 2022" for a first half -> 2022H1); brokers' targets and ratings only in rating actions; the
# source's own oddities labelled as printed ("S13.18" -> 13.18 USD); spans, dates, ranks ("sixth-largest", "No.2"),
# windows ("a month and a half", "past four years", "12-month") not labelled; quotes rendered as reported speech (the
# set never copies third-party sentences), their figures labelled like any other; ratings lower-case.

PC = "price_change|share_price_change"
PX = "share_price|price"

# ---------------------------------------------------------------- en01 U.S. Bancorp first-quarter results (IBTimes, ibtimes.com; Tuesday April 15, 2008, no year printed): profit -3.5% (about), $1.09 billion / 62 cents vs $1.13 billion / 63 cents, beat by a penny, shares +23 cents to $31.90, revenue +14% to $3.87 billion, expenses +14% to $1.8 billion, consensus 61 cents, $492 million Visa IPO gain, credit-loss provision $485 million vs $177 million, NII +10% to $1.83 billion, noninterest income +19% to $2.04 billion, NIM 3.55% from 3.51% (USD, %)
# A US bank's quarterly results with net interest income, provisions and the share reaction. The stored page breaks off
# mid-word ("... Given our company's overall credit risk prof"): the passage stops after the sentence on home prices
# ("... through the balance of the year."), a sentence boundary. The stored text has no headline (the address slug is
# not page text; none added). The chief executive's two statements (printed without quote marks) and the closing
# unattributed sentence on home prices are rendered as reported speech (no figures). Source oddity kept as printed:
# "what the banks earns on loans".
# Periods: none ("first-quarter", "a year earlier", "in March" print no year).
# Decided: "fell about 3.5 percent" -> key profit growth -3.5 (hedge in the basis). "Beat earnings estimates by a penny"
# restates the 62-cent EPS against the 61-cent consensus printed later -> optional 0.01 USD surprise (a figure written
# as words). "$1.09 billion, or 62 cents per share down from $1.13 billion, or 63 cents" -> key profit and EPS with the
# year-earlier values as priors, and optional year-earlier rows. "Rising 23 cents to $31.90" -> key move and key price.
# Revenue and expenses each "rose 14 percent" -> two key growth rows and two key levels (expenses among the noninterest
# expense alternatives). The Thomson Financial average (61 cents) a key consensus row. The $492 million Visa IPO gain
# key. "Set aside $485 million for credit losses, up from $177 million" -> key provision with prior and an optional
# old-provision row. NII and noninterest income: growth and level key. NIM 3.55 % with prior 3.51 % and an optional
# 3.51 % row. Not labelled: "sixth-largest" (a rank), "in March" (a date).
USB = "U.S. Bancorp|US Bancorp|USB|U.S. Bank"
NI = "net_income|net_profit|profit|earnings"
EPS = "eps|earnings_per_share|diluted_eps"
G["en01"] = ([
    m("net_income_growth|net_profit_growth|profit_growth|earnings_growth", -3.5, "%", USB, basis="about; first quarter"),
    m("eps_surprise|eps_beat|earnings_beat", 0.01, "USD", USB, opt=True,
      basis="beat estimates by a penny; restates 62 cents against the 61-cent consensus"),
    m(NI, 1.09e9, "USD", USB, prior=1.13e9, basis="first quarter"),
    m(EPS, 0.62, "USD", USB, prior=0.63, basis="first quarter"),
    m(NI, 1.13e9, "USD", USB, opt=True, basis="same period a year earlier"),
    m(EPS, 0.63, "USD", USB, opt=True, basis="same period a year earlier"),
    m(PC, 0.23, "USD", USB, basis="recently, early morning trading"),
    m(PX, 31.90, "USD", USB, basis="recently, early morning trading"),
    m("revenue_growth|sales_growth", 14, "%", USB),
    m("revenue|net_revenue|total_revenue", 3.87e9, "USD", USB),
    m("expense_growth|expenses_growth|noninterest_expense_growth|operating_expense_growth", 14, "%", USB),
    m("expenses|noninterest_expense|operating_expenses|total_expenses", 1.8e9, "USD", USB),
    m("eps_consensus|eps_estimate|consensus_eps", 0.61, "USD", USB, basis="Thomson Financial average"),
    m("gain|one_time_gain|ipo_gain|visa_gain", 492e6, "USD", USB, basis="gain related to Visa's initial public offering"),
    m("provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision", 485e6, "USD", USB,
      prior=177e6),
    m("provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision", 177e6, "USD", USB, opt=True,
      basis="a year earlier"),
    m("net_interest_income_growth|nii_growth", 10, "%", USB, basis="from a year earlier"),
    m("net_interest_income|nii", 1.83e9, "USD", USB),
    m("noninterest_income_growth|non_interest_income_growth|fee_income_growth", 19, "%", USB),
    m("noninterest_income|non_interest_income|fee_income", 2.04e9, "USD", USB),
    m("net_interest_margin|nim", 3.55, "%", USB, prior=3.51),
    m("net_interest_margin|nim", 3.51, "%", USB, opt=True, basis="earlier margin"),
], [])

# ---------------------------------------------------------------- en02 Macy's cuts its full-year outlook with first-quarter results (InvestingChannel, investingchannel.com; Thursday May 18, 2023, no date printed): sales $22.8-$23.2 billion (from $23.7-$24.2 billion), comparable owned-plus-licensed sales -6% to -7.5% (from -2% to -4%), adjusted EPS $2.70-$3.20 (from $3.67-$4.11), net income $155 million / 56 cents vs $286 million / 98 cents, revenue -7% (about) to $4.98 billion from $5.35 billion, shares -41 cents (-3%) to S13.18 (USD, %)
# A US retailer's guidance cut with its same-store sales outlook and quarterly results. Whole as stored. The stored text
# has no headline (the address slug "macys-slashes-full-year-outlook-shares-topple" is not page text; none added). The
# chief executive's remarks are reported speech in the source already (rewritten; no figures). Source oddity kept as
# printed: "S13.18" (for $13.18).
# Periods: none ("for the year", "first-quarter", "a year earlier" print no year).
# Decided: each revised outlook "X to Y, down from a previous range of ..." / "worse than its previous outlook of ..." /
# "a major reduction from the previous ..." -> a key guidance range with the old range as prng and an optional old-range
# row. "Comparable owned-plus-licensed sales will fall 6% to 7.5%" -> a negative range (-7.5, -6), the old "2% to 4%
# decline" (-4, -2). Net income and EPS key with the year-earlier values as priors (optional year-earlier rows).
# "Revenue fell about 7% to $4.98 billion from $5.35 billion" -> key growth -7 (hedge in the basis) and key revenue
# with prior, the year-ago revenue an optional row. "Sales missed analysts' forecast" prints no figure. "Fell 41 cents,
# or 3%, to begin Thursday at S13.18" -> key -0.41 USD, key -3 %, key opening price 13.18 USD (the "S" as printed in the
# basis). Not labelled: "(NYSE:M)", "late March".
MAC = "Macy's|Macy's Inc|Macy’s|M"
G["en02"] = ([
    m("guidance_revenue|revenue_guidance|sales_guidance|guidance_sales", None, "USD", MAC, rng=(22.8e9, 23.2e9),
      prng=(23.7e9, 24.2e9), basis="full year; lowered"),
    m("guidance_revenue|revenue_guidance|sales_guidance|guidance_sales", None, "USD", MAC, rng=(23.7e9, 24.2e9),
      opt=True, basis="previous range"),
    m("guidance_comparable_sales_growth|guidance_same_store_sales_growth|comparable_sales_guidance|guidance_comparable_sales",
      None, "%", MAC, rng=(-7.5, -6), prng=(-4, -2), basis="comparable owned-plus-licensed sales; fall"),
    m("guidance_comparable_sales_growth|guidance_same_store_sales_growth|comparable_sales_guidance|guidance_comparable_sales",
      None, "%", MAC, rng=(-4, -2), opt=True, basis="previous outlook of a decline"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance", None, "USD", MAC, rng=(2.70, 3.20), prng=(3.67, 4.11),
      basis="adjusted; full year"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance", None, "USD", MAC, rng=(3.67, 4.11), opt=True,
      basis="previous guidance"),
    m("net_income|net_profit", 155e6, "USD", MAC, prior=286e6, basis="first quarter"),
    m("eps|earnings_per_share", 0.56, "USD", MAC, prior=0.98, basis="first quarter"),
    m("net_income|net_profit", 286e6, "USD", MAC, opt=True, basis="a year earlier"),
    m("eps|earnings_per_share", 0.98, "USD", MAC, opt=True, basis="a year earlier"),
    m("revenue_growth|sales_growth", -7, "%", MAC, basis="about"),
    m("revenue|sales|net_sales", 4.98e9, "USD", MAC, prior=5.35e9),
    m("revenue|sales|net_sales", 5.35e9, "USD", MAC, opt=True, basis="year-ago period"),
    m(PC, -0.41, "USD", MAC, basis="to begin Thursday"),
    m(PC, -3, "%", MAC, basis="to begin Thursday"),
    m(PX + "|opening_price|open_price", 13.18, "USD", MAC, basis="to begin Thursday; printed S13.18"),
], [])

# ---------------------------------------------------------------- en03 JPMorgan downgrades Amazon in a market story (Yahoo Finance blog "The Exchange", finance.yahoo.com; a Thursday in 2013, no date printed): neutral from overweight, target $300 from $333, shares -3.1%, -$8.59 to $266.51, Jan. 29 -5.7%, +51% in a year, +300% since March 2009 against the S&P 500's 105% and the Nasdaq Composite's 127%, record close $283.99, Wednesday close $275.10, around $9 from the peak, consensus target $316.13 (+15%), low $245, high $370, twice as many buy ratings (USD, %, x)
# An analyst's downgrade with a new price target in a market story, with the stock's performance against the indexes and
# the consensus targets. Whole as stored (page furniture aside): the blog label "The Exchange" above the headline, the
# "View photo" and "Amazon.com Stock Chart" chart captions, and the closing "Rates" and "View Comments (23)" dropped.
# Headline kept (rewritten: "Amazon Falls as Downgrade Weighs on the Stock").
# Periods: none (market moves, prices and targets; "Jan. 29", "January" and "March 2009" are dates).
# Decided: one rating action: "cut its rating on the stock to neutral from overweight and reduced its price target from
# $333 to $300" -> downgrade with both ratings and both targets. The -3.1 % and -$8.59 moves and the $266.51 price in
# recent trading key (a "dropping X to Y" move and level). "The last time it fell more in a session was Jan. 29, when it
# lost 5.7%" -> an optional historic move. The 51 % one-year gain and the 300 % gain since March 2009 key moves of the
# stock; the S&P 500's 105 % and the Nasdaq Composite's 127 % over the same rebound key on the indexes. The record close
# ($283.99) and Wednesday's close ($275.10) key; "only around $9 from that peak" restates the gap between the two
# printed prices (rounded) -> optional. The FactSet average target ($316.13) and its 15 % upside key
# (consensus_target_price / implied_upside, as the development corpus); the low ($245) and high ($370) targets key rows
# of the consensus spread, not rating actions (no broker named). "Around twice as many buy or overweight ratings" ->
# optional 2 x. Not labelled: "(AMZN)", "a month and a half", "past four years", "a couple of its Kindle Fire HD readers".
AMZN = "Amazon.com|Amazon|Amazon.com Inc|AMZN"
G["en03"] = ([
    m(PC, -3.1, "%", AMZN, basis="Thursday"),
    m(PC, -8.59, "USD", AMZN, basis="recent trading"),
    m(PX, 266.51, "USD", AMZN, basis="recent trading"),
    m(PC, -5.7, "%", AMZN, opt=True, basis="Jan. 29; last bigger one-session fall"),
    m("price_change_1y|one_year_change|price_change|share_price_change", 51, "%", AMZN, basis="going back one year"),
    m("price_change|share_price_change|gain_since_2009", 300, "%", AMZN, basis="since the rebound began in March 2009"),
    m("index_change|price_change|gain_since_2009", 105, "%", "S&P 500|stocks overall",
      basis="since the rebound began in March 2009"),
    m("index_change|price_change|gain_since_2009", 127, "%", "Nasdaq Composite|Nasdaq",
      basis="since the rebound began in March 2009"),
    m("record_close|all_time_high|closing_price|close|share_price", 283.99, "USD", AMZN, basis="record close in January"),
    m("closing_price|close|share_price", 275.10, "USD", AMZN, basis="end of trading Wednesday"),
    m("gap_to_record|distance_from_high|price_difference", 9, "USD", AMZN, opt=True,
      basis="around; below the record close (restates 283.99 against 275.10)"),
    m("consensus_target_price|target_price_consensus|average_target_price|target_price", 316.13, "USD", AMZN,
      basis="average of Wall Street analysts; FactSet"),
    m("implied_upside|upside", 15, "%", AMZN, basis="from the prior close"),
    m("low_target_price|target_price_low|consensus_target_low|target_price", 245, "USD", AMZN, basis="lowest target"),
    m("high_target_price|target_price_high|consensus_target_high|target_price", 370, "USD", AMZN, basis="highest target"),
    m("buy_to_hold_ratio|ratings_ratio", 2, "x", AMZN, opt=True,
      basis="around twice as many buy or overweight ratings as holds or neutrals"),
], [
    ra("JPMorgan|J.P. Morgan|JP Morgan|JPMorgan Chase", AMZN, "downgrade", "neutral", "overweight", target=300,
       prior_target=333, cur="USD"),
])

# ---------------------------------------------------------------- en04 Grupo Carso fourth-quarter results (Reuters, in.reuters.com; "MEXICO CITY Feb 26", 2014 by the address and the store's date, no year printed): profit -24% to 1.93 billion pesos from 2.54 billion, 20 percent Philip Morris Mexico stake sold for around $700 million, revenue flat at 24.74 billion pesos, same-store sales Sanborns -1.6% and Sears +0.5%, CICSA sales -2.8%, Condumex sales +2.8% (MXN, USD, %)
# A Mexican conglomerate's quarterly results in pesos with its divisions. Whole as stored; the dateline "MEXICO CITY Feb
# 26" kept as printed (no dash after it). The stored text has no headline (none added). No quotes. "Latin America's No.2
# economy" kept as printed.
# Periods: none ("fourth quarter", "the three months to end-December", "in September" and "in December" print no year).
# Decided: "profit fell 24 percent" -> key growth -24; "dropped to 1.93 billion pesos ... down from 2.54 billion pesos a
# year earlier" -> key profit in MXN with prior and an optional year-earlier row. The Philip Morris Mexico sale: the 20
# percent stake sold (key, % on Grupo Carso with Philip Morris Mexico among the alternatives) and the price "around $700
# million" (key deal value in USD, hedge in the basis). "Revenue ... was flat at 24.74 billion pesos" -> key revenue
# and an optional 0 % change (news41 batch a's "flat"). Same-store sales at Sanborns (-1.6 %) and Sears (+0.5 %) and the
# division sales moves (CICSA -2.8 %, Condumex +2.8 %) are key on the unit, with Grupo Carso among the entity
# alternatives. Mexico's December retail sales print no figure. Not labelled: "No.2" (a rank), "Feb 26".
GC = "Grupo Carso|Carso|GCARSO"
G["en04"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", -24, "%", GC, basis="fourth quarter"),
    m("net_profit|net_income|profit", 1.93e9, "MXN", GC, prior=2.54e9, basis="three months to end-December"),
    m("net_profit|net_income|profit", 2.54e9, "MXN", GC, opt=True, basis="a year earlier"),
    m("stake_sold|stake|ownership_stake", 20, "%", GC + "|Philip Morris Mexico", basis="stake in Philip Morris Mexico sold"),
    m("deal_value|sale_price|proceeds|transaction_value", 700e6, "USD", GC + "|Philip Morris Mexico",
      basis="around; sale of the stake in September"),
    m("revenue|sales", 24.74e9, "MXN", GC),
    m("revenue_growth|sales_growth", 0, "%", GC, opt=True, basis="flat"),
    m("same_store_sales_growth|same_store_sales|comparable_sales_growth", -1.6, "%",
      "Sanborns|Grupo Sanborns|" + GC, basis="retail arm; in the quarter"),
    m("same_store_sales_growth|same_store_sales|comparable_sales_growth", 0.5, "%", "Sears|Sears chain|" + GC,
      basis="in the quarter"),
    m("sales_growth|revenue_growth", -2.8, "%", "CICSA|Carso Infraestructura y Construcción|" + GC,
      basis="construction arm"),
    m("sales_growth|revenue_growth", 2.8, "%", "Condumex|Grupo Condumex|" + GC, basis="manufacturing division"),
], [])

# ---------------------------------------------------------------- en05 Antofagasta second-quarter and first-half 2023 output with a guidance cut (Alliance News via MarketScreener, marketscreener.com; Wednesday July 19, 2023): copper +2.5% to 149,600 tonnes from 145,900, H1 +10% to 295,500 from 268,600, Los Pelambres throughput +24%, gold +4.3% to 44,000 ounces from 42,200, H1 +17% to 86,200 from 73,800, molybdenum -4% to 2,400 tonnes from 2,500, H1 +23% to 4,900 from 4,000, 2023 copper guidance 640,000-670,000 tonnes from 670,000-710,000 (tonnes, ounces, %)
# A copper miner's quarterly output report with a production guidance cut. The stored page breaks off mid-word ("...
# in the second half. The revised guidance wo"): the passage stops after the guidance sentence, a sentence boundary.
# The stored text has no headline (the address slug "Antofagasta increases copper output but lowers 2023 guidance" is
# not page text; none added); the "(Alliance News) -" credit kept as page text. Source oddities kept as printed: "commission
# phase" (for commissioning) and "concentration expansion project" (for concentrator).
# Periods: "the second quarter of 2023" -> 2023Q2 and "the first quarter" -> 2023Q1 (the same year); "the first half
# year ... the same period in 2022" -> 2023H1 and 2022H1; the gold and molybdenum quarters and halves share these
# ("a year before" / "a year prior" -> 2022H1); "full-year 2023" -> 2023. The throughput rise prints no period of its
# own -> none.
# Decided: each "increased X% to Y from Z" gives a key % change, a key level with the earlier level as prior and an
# optional earlier-level row; the quarter's changes are quarter on quarter, the halves' year on year (in the basis).
# Production in count nouns ("tonnes", "ounces"), keyed on Antofagasta with the metal among the entity alternatives.
# "Throughput rates increased 24%" -> key on Los Pelambres (Antofagasta among the alternatives). "Lowered guidance to
# between 640,000 and 670,000 tonnes from 670,000 to 710,000 tonnes" -> a key 2023 guidance range with the old range as
# prng and an optional old-range row. Not labelled: "north of Santiago", "quarter on quarter" (no figure).
ANTO = "Antofagasta|Antofagasta PLC|Antofagasta plc"
CU, AU, MO = ANTO + "|copper", ANTO + "|gold", ANTO + "|molybdenum"
PRD = "production|output"
PRDG = "production_growth|output_growth|production_change"
G["en05"] = ([
    m("copper_production_growth|" + PRDG, 2.5, "%", CU, "2023Q2", basis="from the first quarter"),
    m("copper_production|" + PRD, 149600, "tonnes", CU, "2023Q2", prior=145900),
    m("copper_production|" + PRD, 145900, "tonnes", CU, "2023Q1", opt=True),
    m("copper_production_growth|" + PRDG, 10, "%", CU, "2023H1", basis="first half against the same period in 2022"),
    m("copper_production|" + PRD, 295500, "tonnes", CU, "2023H1", prior=268600, basis="first half year"),
    m("copper_production|" + PRD, 268600, "tonnes", CU, "2022H1", opt=True, basis="same period in 2022"),
    m("throughput_growth|throughput_change", 24, "%", "Los Pelambres|Los Pelambres desalination plant|" + ANTO,
      basis="throughput rates"),
    m("gold_production_growth|" + PRDG, 4.3, "%", AU, "2023Q2", basis="from the first quarter"),
    m("gold_production|" + PRD, 44000, "ounces", AU, "2023Q2", prior=42200),
    m("gold_production|" + PRD, 42200, "ounces", AU, "2023Q1", opt=True),
    m("gold_production_growth|" + PRDG, 17, "%", AU, "2023H1", basis="half year against a year before"),
    m("gold_production|" + PRD, 86200, "ounces", AU, "2023H1", prior=73800),
    m("gold_production|" + PRD, 73800, "ounces", AU, "2022H1", opt=True, basis="a year before"),
    m("molybdenum_production_growth|" + PRDG, -4, "%", MO, "2023Q2", basis="from the first quarter"),
    m("molybdenum_production|" + PRD, 2400, "tonnes", MO, "2023Q2", prior=2500),
    m("molybdenum_production|" + PRD, 2500, "tonnes", MO, "2023Q1", opt=True),
    m("molybdenum_production_growth|" + PRDG, 23, "%", MO, "2023H1", basis="half year against a year prior"),
    m("molybdenum_production|" + PRD, 4900, "tonnes", MO, "2023H1", prior=4000),
    m("molybdenum_production|" + PRD, 4000, "tonnes", MO, "2022H1", opt=True, basis="a year prior"),
    m("guidance_copper_production|guidance_production|production_guidance|copper_production_guidance", None, "tonnes",
      CU, "2023", rng=(640000, 670000), prng=(670000, 710000), basis="full year; lowered"),
    m("guidance_copper_production|guidance_production|production_guidance|copper_production_guidance", None, "tonnes",
      CU, "2023", rng=(670000, 710000), opt=True, basis="previous guidance"),
], [])

# ---------------------------------------------------------------- en06 US August jobs report with forecast ranges and revisions (People's Pundit Daily, peoplespunditdaily.com; Friday September 4, 2020, no year printed): payrolls +1.4 million, unemployment 8.4%, forecasts 435,000-2,000,000 (consensus 1,400,000) and 8.5%-10.4% (consensus 9.8%), participation +0.3 to 61.7% (forecasts 61.5%-61.7%, consensus 61.6%), employment-population ratio +1.4 to 56.5%, AHE +11 cents to $29.47, production and nonsupervisory AHE +18 cents to $24.81 after -10 cents, wage growth forecasts 4.2%-4.6% (consensus 4.6%) and 4.7% actual, June revised -10,000 from +4,791,000 to +4,781,000, July -29,000 from +1,763,000 to +1,734,000, combined -39,000 (jobs, %, pp, USD)
# A US jobs release with forecast ranges, wage data and revisions. Whole as stored (page furniture aside): the four
# teaser lines for unrelated stories after the revisions paragraph ("The most damning journalistic sin ...", "The first
# ecological study ...", two '"What Are the Odds?"' lines) dropped. The stored text has no headline (the address slug is
# not page text; none added); the "Washington, D.C. (PPD) —" dateline kept. Source oddity kept as printed: "from a low
# 4.2%" (no "of").
# Periods: none (the text names August, June and July but prints no year; the address's 2020 is not page text).
# Decided: the headline figures (payrolls +1.4 million, unemployment 8.4 %) key. Each "Forecasts ... ranged from a low of
# X to a high of Y" -> a key forecast range (news27 batch a's range of forecasts) and each consensus a key row. "The
# labor force participation rate rose 0.3 to 61.7%" -> key rate and a key +0.3 pp change (printed without a unit; a
# change in a % rate read as pp); likewise the employment-population ratio's +1.4 to 56.5 %. Average hourly earnings:
# "rose by 11 cents to $29.47" -> key +0.11 USD and key 29.47 USD; the production and nonsupervisory series +0.18 USD to
# 24.81 USD key, and "following a decrease of 10 cents in the prior month" a key -0.10 USD row of its own (the earlier
# month's change in its own clause, basis "prior month"). Wage growth 4.7 % key with its forecast range and consensus.
# Revisions: "revised down by 10,000, from +4,791,000 to +4,781,000" -> a key -10,000 revision and the key revised June
# change with the earlier estimate as prior (an optional earlier-estimate row); the same for July; the combined 39,000
# "less than previously reported" a key -39,000 net revision. Not labelled: "12-month" (a window), the months.
US = "US|U.S.|United States|U.S. economy"
G["en06"] = ([
    m("nonfarm_payrolls|payrolls|jobs_added|employment_change", 1.4e6, "jobs", US, basis="August"),
    m("unemployment_rate|jobless_rate", 8.4, "%", US, basis="August; fell more than expected"),
    m("payrolls_forecast_range|payrolls_estimate_range|payrolls_forecast|payrolls_estimate", None, "jobs", US,
      rng=(435000, 2000000), basis="range of forecasts for total nonfarm employment"),
    m("payrolls_consensus|payrolls_estimate|payrolls_forecast", 1400000, "jobs", US),
    m("unemployment_rate_forecast_range|unemployment_rate_estimate|unemployment_rate_forecast", None, "%", US,
      rng=(8.5, 10.4), basis="range of forecasts"),
    m("unemployment_rate_consensus|unemployment_rate_estimate|unemployment_rate_forecast", 9.8, "%", US),
    m("participation_rate|labor_force_participation_rate", 61.7, "%", US),
    m("participation_rate_change|labor_force_participation_rate_change|participation_rate", 0.3, "pp", US,
      basis="rose 0.3; printed without a unit"),
    m("participation_rate_forecast_range|participation_rate_estimate|participation_rate_forecast", None, "%", US,
      rng=(61.5, 61.7), basis="range of forecasts"),
    m("participation_rate_consensus|participation_rate_estimate|participation_rate_forecast", 61.6, "%", US),
    m("employment_population_ratio|employment_to_population_ratio", 56.5, "%", US),
    m("employment_population_ratio_change|employment_population_ratio", 1.4, "pp", US,
      basis="rose by 1.4; printed without a unit"),
    m("average_hourly_earnings_change|wage_change", 0.11, "USD", US, basis="all employees on private nonfarm payrolls"),
    m("average_hourly_earnings|hourly_earnings|wages", 29.47, "USD", US, basis="all employees on private nonfarm payrolls"),
    m("average_hourly_earnings_change|wage_change", 0.18, "USD", US,
      basis="private-sector production and nonsupervisory employees"),
    m("average_hourly_earnings|hourly_earnings|wages", 24.81, "USD", US,
      basis="private-sector production and nonsupervisory employees"),
    m("average_hourly_earnings_change|wage_change", -0.10, "USD", US,
      basis="production and nonsupervisory employees; prior month"),
    m("wage_growth_forecast_range|wage_growth_estimate|wage_growth_forecast", None, "%", US, rng=(4.2, 4.6),
      basis="range of forecasts for 12-month wage growth"),
    m("wage_growth_consensus|wage_growth_estimate|wage_growth_forecast", 4.6, "%", US, basis="12-month"),
    m("wage_growth|average_hourly_earnings_growth|wage_growth_yoy", 4.7, "%", US, basis="12-month; August"),
    m("payrolls_revision|revision|net_revision", -10000, "jobs", US, basis="June"),
    m("nonfarm_payrolls|payrolls|employment_change", 4781000, "jobs", US, prior=4791000, basis="June; revised"),
    m("nonfarm_payrolls|payrolls|employment_change", 4791000, "jobs", US, opt=True, basis="June; previously reported"),
    m("payrolls_revision|revision|net_revision", -29000, "jobs", US, basis="July"),
    m("nonfarm_payrolls|payrolls|employment_change", 1734000, "jobs", US, prior=1763000, basis="July; revised"),
    m("nonfarm_payrolls|payrolls|employment_change", 1763000, "jobs", US, opt=True, basis="July; previously reported"),
    m("payrolls_revision|net_revision|revision", -39000, "jobs", US, basis="June and July combined"),
], [])
