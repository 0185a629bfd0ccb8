# Hand-written gold labels for news49/en en01-en06 (batch a: European company and market news in English). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news48/en/README.md, with the labels of news47/en as the model: values fully scaled ("5.2 billion euros" ->
# 5.2e9 EUR, "€456 million" -> 456e6 EUR, "12.67 billion francs" -> 12.67e9 CHF, "7.87 billion crowns" -> 7.87e9 SEK,
# "104,000 vehicles" -> 104000 vehicles); declines, falls, misses and cuts negative ("declined 6 per cent" -> -6, "was
# down 0.4%" -> -0.4, "1.4% ... below consensus" -> -1.4, "fall by approximately 2 billion Swiss francs" -> -2e9 CHF, "a
# negative 1.71 billion crowns" -> -1.71e9 SEK); currency codes ("euros" and "€" -> EUR, "$" and "US$" conversions ->
# USD, "Swiss francs" / "francs" -> CHF, "crowns" -> SEK); index levels and point moves in "points"; figures written as
# words labelled with their numeric value ("by a fifth" -> 20 %, "by a third" -> 33.33 %, "one euro" -> 1 EUR, "two
# analysts" -> 2); guidance ranges as rng with a revised range's old ends as prng and the old range an optional row
# (news45 en01, news46 en10, news47 en12); hedges keep the number with the hedge in the basis ("at least", "about",
# "more than", "under", "around", "approximately", "roughly"); a same-sentence "X from Y" value of the same quantity is the
# prior and the earlier value an optional row (news30 batch b, news36-news48); bracketed conversions and the closing
# "($1 = ... euros)" rate optional (news10, news17); a rounded or repeated restatement of a key figure optional; periods
# only where the text states or clearly implies the year (news24; market moves, prices and share reactions none; "For
# 2022" / "the current year" beside a first half -> 2022H1, news47 en12's "fiscal 2024"; "from 2025" / "the 2024
# accounting year" beside a first quarter -> 2025Q1; "targets for 2025" / "entering 2025" beside a fourth quarter ->
# 2024Q4; a balance "at end of the quarter ... March 31" -> the month); the source's own errors and oddities labelled as
# printed (news44-news48); quotes rendered as reported speech (the set never copies third-party sentences), their
# figures labelled like any other text; dates, times ("0827 GMT"), spans ("two weeks"), page and stock codes ("(ST:TELIA)",
# "(ROG.SW, RO.SW)") and numbers inside names ("365. bank", "COVID-19", "CAC 40") not labelled. No passage of this batch
# names a broker's rating or target, so there are no rating actions (en06's "positive recommendation from UBS Bank"
# names no rating and no target and is not labelled as one).

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Mercedes-Benz raises its cars-division margin outlook after the third quarter (Reuters text on STL.News, stl.news; Wednesday October 26, 2022, no date printed): cars adjusted return on sales outlook 13-15% from 12-14%, Q3 earnings 5.2 billion euros ($5.18 billion), full-year earnings up at least 15%, revenue up by a fifth to 37.7 billion euros, adjusted returns 14.5% (cars) and 12.7% (vans), vans outlook 9-11% from 8-10%, van sales 104,000 from 88,000, electric van sales up by a third, top-end 15% of car sales, ($1 = 1.0047 euros) (%, EUR, USD, vehicles)
# A German carmaker's quarter in euros with raised margin outlooks for two divisions. Whole as stored apart from the
# photo caption above the text ("(c) Reuters. FILE PHOTO: The Mercedes Benz star is seen on the bonnet ... REUTERS/Arnd
# Wiegmann/File Photo"), dropped as furniture; the "BERLIN (Reuters) -" dateline (no space before "Mercedes-Benz") and
# the closing "($1 = 1.0047 euros)" kept. No headline in the stored text (the address slug is not page text; none added).
# The two quoted words "significantly above" are rendered as reported speech ("well above"). Periods: none; no year is
# printed ("the full year", "the third quarter", "last year", "this year so far"), so no row takes one.
# Decided: the cars division's outlook "to 13-15% from 12-14%" -> a key range with the old ends as prng and an optional
# old-range row; the vans' "9-11% from 8-10% previously" likewise. "Third-quarter earnings rose to 5.2 billion euros"
# -> a key group earnings row (earnings / EBIT / operating profit among the names), "$5.18 billion" optional. "Which
# means an increase of at least 15%" -> a key full-year earnings-growth outlook of 15 with "at least" in the basis.
# Revenue "up by a fifth" -> a key 20 % growth row and the 37.7 billion euros a key level; the later "sales grew by a
# fifth in the third quarter" restates it -> an optional 20 % repeat. The two divisional adjusted returns key. Van unit
# sales "to 104,000 vehicles ... from 88,000 a year earlier" -> key with prior and an optional earlier row; electric van
# sales "up by a third" -> key 33.33 %; the top-end share of car sales 15 % key. The closing exchange rate optional.
MB = "Mercedes-Benz|Mercedes-Benz Group|Mercedes"
CARS = "Mercedes-Benz Cars|cars division|" + MB
VANS = "Mercedes-Benz Vans|vans|" + MB
GROS = "guidance_return_on_sales|return_on_sales_guidance|guidance_adjusted_return_on_sales|guidance_margin|margin_guidance"
ROS = "adjusted_return_on_sales|return_on_sales|adjusted_ros|margin|operating_margin"
G["en01"] = ([
    m(GROS, None, "%", CARS, rng=(13, 15), prng=(12, 14), basis="adjusted return on sales, full year; raised"),
    m(GROS, None, "%", CARS, rng=(12, 14), opt=True, basis="previous forecast"),
    m("earnings|ebit|operating_profit|profit", 5.2e9, "EUR", MB, basis="third-quarter earnings rose to"),
    m("earnings|ebit|operating_profit|profit", 5.18e9, "USD", MB, opt=True, basis="conversion in brackets"),
    m("guidance_earnings_growth|earnings_growth_forecast|guidance_ebit_growth|profit_growth_guidance", 15, "%", MB,
      basis="at least; full-year group earnings well above last year's"),
    m("revenue_growth|sales_growth", 20, "%", MB, basis="printed 'by a fifth'; third quarter"),
    m("revenue|sales", 37.7e9, "EUR", MB, basis="group revenue, third quarter"),
    m(ROS, 14.5, "%", CARS, basis="adjusted return, third quarter"),
    m(ROS, 12.7, "%", VANS, basis="adjusted return, third quarter"),
    m(GROS, None, "%", VANS, rng=(9, 11), prng=(8, 10), basis="returns; raised"),
    m(GROS, None, "%", VANS, rng=(8, 10), opt=True, basis="previous forecast"),
    m("vehicle_sales|unit_sales|sales_volume|deliveries|sales", 104000, "vehicles", VANS, prior=88000,
      basis="third quarter"),
    m("vehicle_sales|unit_sales|sales_volume|deliveries|sales", 88000, "vehicles", VANS, opt=True, basis="a year earlier"),
    m("ev_sales_growth|electric_van_sales_growth|sales_growth", 33.33, "%", "electric vans|" + VANS,
      basis="printed 'by a third'; so far this year"),
    m("sales_share|share_of_sales|top_end_share", 15, "%", "top-end luxury|top end of the luxury range|" + CARS,
      basis="share of all car sales, third quarter"),
    m("revenue_growth|sales_growth", 20, "%", MB, opt=True, basis="repeat: sales grew by a fifth in the third quarter"),
    m("exchange_rate|fx_rate", 1.0047, "EUR", "EUR/USD|USD/EUR|euro", opt=True, basis="($1 = 1.0047 euros)"),
], [])

# ---------------------------------------------------------------- en02 Hermes' sales by region (Inside Retail Australia, insideretail.com.au; October 25, 2024, no date printed): "third-quarter" sales +11.4% to €11.21 billion (US$12.13 billion), Asia +6% to €6.16 billion, Japan +12.1% to €1.05 billion, Asia Pacific ex-Japan +4.8% to €5.12 billion, Europe +15.9% to €2.60 billion, France +14.2% to €1.05 billion, rest of Europe +17.1% to €1.55 billion, Americas +11.7% to €2.0 billion, Middle East +104.4% to €456 million, watches -6%, Gucci -26% (%, EUR, USD)
# A French luxury group's sales by region. Whole as stored (no headline in the stored text; the address slug is not page
# text; none added). The company's quoted sentence is rendered as reported speech (no figure in it). Kept as printed:
# "Hermes" without its accent, "the watches metier", and "third-quarter sales" for a total (€11.21 billion) that the
# regional figures add up to (the source's own wording, labelled as printed). Periods: none ("third-quarter", "a year
# earlier", "the most recent quarter" print no year).
# Decided: the group's growth and level key, the US$ conversion optional. Each region's "rose / jumped / climbed /
# soared / surged X per cent to €Y" -> a key growth row and a key sales row, keyed on the region with Hermes among the
# entity alternatives (France and "the rest of the region" under Europe likewise). The watches metier's "fell 6 per
# cent" -> key -6 on the category; Gucci's "dropped 26 per cent" -> key -26 on Gucci (the rival, entity Gucci).
H = "Hermes|Hermès|Hermes International"
GR = "revenue_growth|sales_growth|regional_sales_growth"
SL = "revenue|sales|regional_sales"
regions02 = [("Asia", 6, 6.16e9), ("Japan", 12.1, 1.05e9), ("Asia Pacific excluding Japan|Asia Pacific", 4.8, 5.12e9),
             ("Europe", 15.9, 2.60e9), ("France", 14.2, 1.05e9), ("rest of Europe|rest of the region|Europe excluding France", 17.1, 1.55e9),
             ("Americas|the Americas", 11.7, 2.0e9), ("Middle East", 104.4, 456e6)]
G["en02"] = ([
    m(GR, 11.4, "%", H, basis="printed 'third-quarter sales'"),
    m(SL, 11.21e9, "EUR", H, basis="printed 'third-quarter sales'"),
    m(SL, 12.13e9, "USD", H, opt=True, basis="conversion in brackets"),
] + [x for r, g, v in regions02 for x in (m(GR, g, "%", r + "|" + H), m(SL, v, "EUR", r + "|" + H))] + [
    m(GR, -6, "%", "watches|watches metier|" + H, basis="fell; high comparison base"),
    m(GR, -26, "%", "Gucci", basis="dropped; most recent quarter"),
], [])

# ---------------------------------------------------------------- en03 KBC's first quarter of 2025 with a deal, a new payout policy and its CET1 ratio (Reuters text on Global Banking and Finance Review, globalbankingandfinance.com; Thursday May 15, 2025): headline +8% profit, over 380 billion euros ($425.87 billion) managed, net profit 546 million euros against a 529 million euros poll, shares +2%, STOXX -0.4%, 98.5% of 365. bank on a 761 million euros market value, 87% of regional lenders beating, payout 50% to 65% from 2025, interim dividend one euro, 4.85 euros for 2024 (1.93 billion euros in total), 13% CET1 minimum, 14.5% at March 31 (%, EUR, USD)
# A Belgian bank's quarterly results with a share reaction, an acquisition, a dividend and capital policy and its CET1
# ratio. Cut: the stored page breaks off mid-word ("... might make KBC consider additional sha"); the passage stops
# after the CET1 sentence, before the ING analysts' sentence. Dropped as furniture: the headline's second copy, the
# twice-printed "Published by Global Banking and Finance Review / Posted on May 15, 2025" widget and the byline "By Jakob
# Van Calster and Mateusz Rabiega". Headline kept (rewritten: "reports ... beating estimates" -> "posts ... ahead of
# estimates"). The "(Reuters) -" credit kept, with no space before "KBC". The chief executive's two quoted sentences are
# rendered as reported speech (the 13% kept). Kept as printed: "Belgian's largest lender", "365. bank", "At end of the
# quarter". Periods: "from 2025" and "Last week it paid a dividend ... for the 2024 accounting year" clearly imply that
# the first quarter reported is 2025Q1 (news48 batch b's "up from 87 per cent in 2018"); the CET1 ratio at the end of
# the quarter "that ended March 31" -> 2025-03; the payout range and the November interim dividend 2025; the 4.85 euros
# and the 1.93 billion euros 2024; the assets under management, the share and index moves and the deal none.
# Decided: the headline's "8% rise in quarterly profit" -> a key net-profit growth row (printed once). Net profit and the
# bank-compiled poll's average key. "More than 380 billion euros ... in assets" managed -> key with the hedge in the
# basis, the US$ conversion optional. The shares' +2 % and the STOXX index's -0.4 % key. The deal: the 98.5 % stake and
# the 761 million euros total market value key, keyed on 365. bank with KBC among the alternatives. Morgan Stanley's
# 87 % of regional lenders beating estimates key (a share of banks). The payout "50% to 65%" a key range; "one euro" a
# key 1 EUR dividend per share; the 4.85 euros and the 1.93 billion euros key. The 13 % minimum CET1 ratio key (a capital
# target); the 14.5 % actual key (no prior printed).
KBC = "KBC Group|KBC|KBC Groep"
BANK365 = "365. bank|365.bank|365 bank|" + KBC
G["en03"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 8, "%", KBC, "2025Q1", basis="headline; quarterly profit"),
    m("assets_under_management|aum|managed_assets", 380e9, "EUR", KBC, basis="more than; assets managed"),
    m("assets_under_management|aum|managed_assets", 425.87e9, "USD", KBC, opt=True, basis="conversion in brackets"),
    m("net_profit|net_income", 546e6, "EUR", KBC, "2025Q1", basis="first quarter; beat estimates"),
    m("net_profit_consensus|net_profit_estimate|net_income_estimate", 529e6, "EUR", KBC, "2025Q1",
      basis="average of a poll compiled by the bank"),
    m(PC, 2, "%", KBC, basis="at 0827 GMT"),
    m("index_change_pct|index_change|pct_change", -0.4, "%", "STOXX 600|STOXX|pan-European STOXX index",
      basis="was down"),
    m("stake|stake_acquired|ownership_stake", 98.5, "%", BANK365, basis="agreed to acquire"),
    m("deal_value|market_value|valuation|total_market_value", 761e6, "EUR", BANK365,
      basis="total market value on which the deal is based"),
    m("share_of_banks_beating_estimates|beat_rate|share", 87, "%", "European banks|regional lenders|lenders in the region",
      basis="Morgan Stanley analysts; beat pre-provision operating profit estimates"),
    m("dividend_payout_ratio|payout_ratio|payout_ratio_target", None, "%", KBC, "2025", rng=(50, 65),
      basis="of consolidated earnings, from 2025"),
    m("interim_dividend|dividend_per_share|dps", 1, "EUR", KBC, "2025", basis="printed 'one euro'; due in November"),
    m("dividend_per_share|dividend|dps", 4.85, "EUR", KBC, "2024", basis="paid last week for the 2024 accounting year"),
    m("total_dividend|dividend_payout|shareholder_distribution|dividends_paid", 1.93e9, "EUR", KBC, "2024",
      basis="total distributed to shareholders"),
    m("cet1_ratio_target|minimum_cet1_ratio|cet1_ratio|common_equity_ratio", 13, "%", KBC,
      basis="un-floored, fully loaded; regarded as the minimum"),
    m("cet1_ratio|common_equity_ratio", 14.5, "%", KBC, "2025-03", basis="at end of the quarter that ended March 31"),
], [])

# ---------------------------------------------------------------- en04 Roche's first half of 2022 with its confirmed outlook (RTTNews text on finanzen.at; July 2022, no date printed): core EPS +11% to 11.76 Swiss francs, core operating profit 12.67 billion francs (+9%), IFRS net income 9.16 billion francs (+12%), EPS 10.54 francs "for the quarter", sales +5% to 32.3 billion Swiss francs, Pharmaceuticals +3% to 22.3 billion francs, 2022 COVID-19 sales down approximately 2 billion Swiss francs to around 5 billion francs, biosimilar sales losses roughly 2.5 billion francs (CHF, %)
# A Swiss pharma group's half-year results in francs with the year's outlook. Whole as stored (no headline in the stored
# text; the address slug is not page text; none added); the opening "(RTTNews) -" credit and the tickers "(ROG.SW,
# RO.SW)" kept. Kept as printed: "Earnings per share was 10.54 francs, for the quarter" (a half-year figure called the
# quarter's; rendered "came to 10.54 francs, for the quarter"). Periods: "For 2022" and "in the current year" date the
# outlook 2022 and clearly imply that the first half reported is 2022H1 (news47 en12); the 10.54 francs takes no period
# (the text calls it the quarter's, the paragraph the first half's).
# Decided: each "rose X% to Y" / "Y, up X%" gives a key growth row and a key level (core EPS, core operating profit, IFRS
# net income, sales, Pharmaceuticals Division sales; the division with Roche among the entity alternatives). The
# qualitative outlook ("stable or ... low-single digits", "low- to mid-single digit", "high-single digit") carries no
# number and is not labelled. COVID-19 sales "will fall by approximately 2 billion Swiss francs to around 5 billion
# francs" -> a key -2e9 change and a key 5e9 level (no prior printed); "sales lost to biosimilars ... roughly 2.5 billion
# francs" -> a key -2.5e9 impact on sales (a loss of sales, negative like other declines).
R = "Roche|Roche Group|Roche Holding"
P04 = "2022H1"
G["en04"] = ([
    m("core_eps_growth|eps_growth", 11, "%", R, P04, basis="core"),
    m("core_eps|eps", 11.76, "CHF", R, P04, basis="core earnings per share"),
    m("core_operating_profit|operating_profit", 12.67e9, "CHF", R, P04, basis="core"),
    m("core_operating_profit_growth|operating_profit_growth", 9, "%", R, P04, basis="core"),
    m("net_income|net_profit", 9.16e9, "CHF", R, P04, basis="IFRS"),
    m("net_income_growth|net_profit_growth", 12, "%", R, P04, basis="IFRS"),
    m("eps|earnings_per_share", 10.54, "CHF", R, basis="printed 'for the quarter'"),
    m("revenue_growth|sales_growth", 5, "%", R, P04),
    m("revenue|sales", 32.3e9, "CHF", R, P04),
    m("revenue_growth|sales_growth|segment_sales_growth", 3, "%", "Pharmaceuticals Division|Pharmaceuticals|" + R, P04),
    m("revenue|sales|segment_sales", 22.3e9, "CHF", "Pharmaceuticals Division|Pharmaceuticals|" + R, P04),
    m("covid_sales_change|sales_change|revenue_change", -2e9, "CHF", "COVID-19 medicines and diagnostics|" + R, "2022",
      basis="approximately; projected decrease"),
    m("covid_sales|sales_forecast|revenue_forecast|sales", 5e9, "CHF", "COVID-19 medicines and diagnostics|" + R, "2022",
      basis="around; projected"),
    m("biosimilar_impact|sales_impact|sales_loss|biosimilar_erosion", -2.5e9, "CHF", "biosimilars|" + R, "2022",
      basis="roughly; sales lost to biosimilars in the current year"),
], [])

# ---------------------------------------------------------------- en05 Telia's fourth quarter against the consensus, with its 2025 targets kept (Investing.com, ng.investing.com; a January 2025 page, no date printed): shares -5%, two analysts, 2025 service revenue growth about 2%, EBITDA growth at least 5%, capex under 14 billion crowns ($1.27 billion), Q4 adjusted EBITDA 7.87 billion crowns from 7.49 billion, consensus 7.92 billion, Sweden 1.4% and Norway 5.3% below consensus at 3.49 and 1.61 billion crowns, service revenue +0.6% to 19.73 billion crowns against 19.81 billion expected, operational free cash flow 826 million crowns against a forecast of negative 1.71 billion (%, SEK, USD)
# A Scandinavian telecom operator's quarter in crowns against the analysts' poll, with its targets kept and the share
# reaction. Cut: the stored page breaks off mid-word in the dividend sentence ("... which aligns with the dividend paid on
# its 2023 results and m"); the passage stops after the free-cash-flow forecast, before it. Dropped as furniture: the
# teaser for another story above the text ("Robinhood shares gain on Q2 beat, as user and crypto growth accelerate").
# No headline in the stored text (the address slug is not page text; none added); the "Investing.com --" credit kept.
# The company's quoted "well-positioned to meet these targets" is rendered as reported speech (no figure). Kept as
# printed: "declined less than expected, to 826 million crowns" beside a forecast of "a negative 1.71 billion crowns"
# (the level printed without a minus; labelled as printed, positive). Periods: "targets for 2025", "entering 2025" ->
# the targets 2025, and the fourth quarter reported just before is clearly 2024Q4 ("a year earlier" 2023Q4); the share
# move none; "since October 2022" (a date) not labelled.
# Decided: the shares' -5 % key; "two analysts" an optional count. The 2025 targets: service revenue growth "about 2%",
# EBITDA growth "at least 5%", capex "capped under 14 billion crowns" -> three key rows with the hedges in the basis;
# "$1.27 billion" optional. Q4 adjusted EBITDA "rose to 7.87 billion crowns from 7.49 billion crowns a year earlier" ->
# key with prior and an optional 2023Q4 row; the analysts' average 7.92 billion a key consensus row. Sweden and Norway
# "1.4% and 5.3% below consensus at 3.49 billion crowns and 1.61 billion crowns" -> two key EBITDA levels and two key
# negative misses against consensus, keyed on the country with Telia among the alternatives. Service revenue +0.6 % and
# 19.73 billion key, the expected 19.81 billion a key consensus row. Operational free cash flow 826 million key (as
# printed) and the forecast -1.71 billion a key estimate row.
T = "Telia|Telia Company"
EB = "adjusted_ebitda|ebitda"
G["en05"] = ([
    m(PC, -5, "%", T, basis="by 0842 GMT; worst day since October 2022"),
    m("analysts|analyst_count", 2, "analysts", T, opt=True, basis="printed 'two analysts'"),
    m("guidance_service_revenue_growth|service_revenue_growth_target|guidance_revenue_growth", 2, "%", T, "2025",
      basis="about; kept"),
    m("guidance_ebitda_growth|ebitda_growth_target", 5, "%", T, "2025", basis="at least; kept"),
    m("guidance_capex|capex_target|capex_guidance|capex", 14e9, "SEK", T, "2025", basis="capped under"),
    m("guidance_capex|capex_target|capex_guidance|capex", 1.27e9, "USD", T, "2025", opt=True,
      basis="conversion in brackets"),
    m(EB, 7.87e9, "SEK", T, "2024Q4", prior=7.49e9, basis="adjusted"),
    m(EB, 7.49e9, "SEK", T, "2023Q4", opt=True, basis="a year earlier"),
    m("ebitda_consensus|ebitda_estimate|adjusted_ebitda_consensus", 7.92e9, "SEK", T, "2024Q4",
      basis="average analyst forecast provided by Telia"),
    m(EB + "|segment_ebitda", 3.49e9, "SEK", "Sweden|Telia Sweden|" + T, "2024Q4"),
    m("ebitda_vs_consensus|consensus_miss|ebitda_surprise|surprise_pct", -1.4, "%", "Sweden|Telia Sweden|" + T, "2024Q4",
      basis="below consensus"),
    m(EB + "|segment_ebitda", 1.61e9, "SEK", "Norway|Telia Norway|" + T, "2024Q4"),
    m("ebitda_vs_consensus|consensus_miss|ebitda_surprise|surprise_pct", -5.3, "%", "Norway|Telia Norway|" + T, "2024Q4",
      basis="below consensus"),
    m("service_revenue_growth|revenue_growth", 0.6, "%", T, "2024Q4", basis="group service revenue"),
    m("service_revenue|revenue", 19.73e9, "SEK", T, "2024Q4", basis="group service revenue"),
    m("service_revenue_consensus|service_revenue_estimate|revenue_consensus", 19.81e9, "SEK", T, "2024Q4",
      basis="anticipated"),
    m("operational_free_cash_flow|free_cash_flow|ofcf", 826e6, "SEK", T, "2024Q4",
      basis="declined less than expected to; printed without a minus"),
    m("operational_free_cash_flow_estimate|free_cash_flow_estimate|ofcf_forecast|free_cash_flow_consensus", -1.71e9,
      "SEK", T, "2024Q4", basis="the forecast; a negative"),
], [])

# ---------------------------------------------------------------- en06 Paris close (AFP text on Teller Report, tellerreport.com; Monday January 16, 2023, no date printed): CAC 40 +19.81 points to 7,043.31 points, +2.37% the previous week, around 7,050 points in the afternoon, French 10-year at 2.63% (steady), Vivendi's 23.75% of Telecom Italia, Vivendi +0.86% to 9.65 euros, Carrefour +4.59% to 17.33 euros (points, %, EUR)
# A European stock market close with the bond market and two movers. Whole as stored apart from the closing "(c) 2023 AFP"
# copyright line, dropped as furniture (news45 en01's copyright lines); the two crossheads kept (rewritten: "Link cut
# between Vivendi and Telecom Italia" -> "Vivendi cuts its link with Telecom Italia", "Priority to Carrefour on the CAC"
# -> "Carrefour out in front on the CAC"). No headline in the stored text (the address slug is not page text; none
# added). The Oddo BHF broker's quoted phrases and Vivendi's quoted phrase are rendered as reported speech (no figures),
# as is UBS's quoted "healthy". Kept as printed (a machine translation): "the Parisian rating" (for the Paris market),
# "the cost of the French 10-year loan" (for its yield), "The Carrefour brand", the double full stop "figures. .".
# Periods: none (market levels and moves; "February 10", "early February", "Friday", "Monday" print no year).
# Decided: the index's point move and close key; "Over the previous week, it had gained 2.37%" a key weekly move;
# "hovering around 7,050 points" a key intraday level with the hedge in the basis. The French 10-year at 2.63 % key,
# "ended steady" an optional 0 bp change. Vivendi's 23.75 % stake in Telecom Italia key (entity Vivendi with Telecom
# Italia among the alternatives). Each mover's % move and closing price in euros key. UBS's "positive recommendation"
# names no rating and no target: no rating action. Not labelled: "two weeks" (a span).
CAC = "CAC 40|CAC40|Paris Bourse|Paris stock exchange|Parisian rating"
G["en06"] = ([
    m("index_change|index_change_points|price_change", 19.81, "points", CAC, basis="close"),
    m("index_level|close|index_close", 7043.31, "points", CAC, basis="close; highest since February 10"),
    m("index_change_pct|weekly_change|pct_change|index_change", 2.37, "%", CAC, basis="over the previous week"),
    m("index_level|intraday_level|index_intraday", 7050, "points", CAC, basis="around; from early afternoon"),
    m("bond_yield|yield|10y_yield", 2.63, "%", "French 10-year|France|French 10-year loan|OAT", basis="ended steady"),
    m("yield_change|bond_yield_change", 0, "bp", "French 10-year|France|French 10-year loan|OAT", opt=True,
      basis="ended steady"),
    m("stake|shareholding|ownership_stake", 23.75, "%", "Vivendi|Telecom Italia", basis="main shareholder"),
    m(PC, 0.86, "%", "Vivendi", basis="gained"),
    m(PX, 9.65, "EUR", "Vivendi"),
    m(PC, 4.59, "%", "Carrefour", basis="biggest rise in the CAC 40; UBS positive recommendation"),
    m(PX, 17.33, "EUR", "Carrefour"),
], [])
