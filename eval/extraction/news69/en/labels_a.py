# Hand-written gold labels for news69/en en01-en06 (batch a: English news from the US, Canada and Europe — American
# Airlines' third quarter with adjusted EPS against the analyst average, adjusted net income, revenue against the
# consensus, traffic, load factor and yield, and its cut full-year adjusted EPS range against the consensus; Atlas
# Copco's fourth quarter and full year 2017 in Swedish crowns (MSEK) with orders, revenues, operating profit and margins,
# profit before tax, EPS, cash flow and the proposed dividend and extra distribution; a US industrial-production release
# with the poll, a revised month, mining, manufacturing and utilities output and capacity utilization; the Swiss
# National Bank's 25 bp cut with its conditional inflation forecasts for 2025-2027 and growth forecasts; Galderma's
# Zurich IPO and first day beside Douglas's slide; and six brokers' calls on Walt Disney with a MarketBeat-style consensus).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news68/en/README.md, with: news61 en01 / news67 en02 (a US quarter against the consensus, a guidance range cut from an
# earlier range as rng with prng plus an optional earlier-range row), news40 en10 (US airline traffic: ASMs in
# "available seat miles", load factor in %), news67 en08 and news68 en01 (bracketed or "compared to" year-ago figures
# as priors plus optional year-ago rows), news67 en02 (a table's repeats of the bullets optional), news67 en03 and
# news68 en03 (a US macro release: no year printed -> no periods, the month in the basis, a revised month with its first
# reading as prior, the previous month's readings key rows of their own, the poll as key consensus rows), news45 en04
# (the SNB: revised forecasts with priors and optional earlier rows, the earlier hiking cycle key with prior), news14
# en05 / news21 en06 / news66 en05 (IPO: price, proceeds, shares, first-day move, valuation) and news19 en07 (a
# MarketBeat-style broker round: each dated broker action a key rating action, the consensus target key, analyst counts
# and stock boilerplate optional).
# Currencies: en01 "$" and "cents" -> USD ("38 cents" -> 0.38, "+20.18 cents" -> 0.2018); en02 "MSEK" -> SEK in
# millions ("MSEK 30 372" -> 30.372e9; table figures in MSEK as the header says; margins and percentages in %), "SEK"
# per share -> SEK; en03 none (%); en04 none (%, bp); en05 "francs" / "Swiss francs" -> CHF, "$" -> USD (the bracketed
# dollar conversion optional, Galderma's 2023 net sales printed in dollars -> USD, key); en06 "$" -> USD.
# Scaling: values fully scaled ("$263 million" -> 263e6, "$13.48 billion" -> 13.48e9, "$12.42B" -> 12.42e9, "73.29B" ->
# 73.29e9, "MSEK 123 431" -> 123.431e9, "15 billion Swiss francs" -> 15e9, "37.2 million new shares" -> 37.2e6); declines
# negative ("a 45% decrease" -> -45, "a 4.8% decline" -> -4.8, "slumping by 3.2 percent" -> -3.2, "cut ... by 25 basis
# points" -> -25 bp, "minus 0.75%" -> -0.75, "tumbled 11%" -> -11); hedges in the basis ("more than", "almost", "over",
# "around").
# Periods decided: en01 prints no year ("third-quarter", "full year", "Thursday") -> none. en02 "Q4 and full-year
# summary 2017" with the release dated January 26, 2018 -> the bullets' figures 2017Q4 with the bracketed figures
# 2016Q4; the table's first pair of columns (the bullets' figures) 2017Q4 / 2016Q4, its second pair 2017 / 2016 (the
# full-year summary of the title; the header prints "2017 2016 2017 2016"); "annual dividend for 2017" -> 2017 with the
# bracketed 6.80 as 2016; the total and extra distributions none (proposals, no period printed). en03 prints no year
# ("Tuesday", "February", "January") -> none, the month in the basis. en04: the forecasts "for 2025", "for 2026 and
# 2027", "by 2026" -> 2025 / 2026 / 2027; the decision, the November / February inflation readings (no year printed)
# and the earlier hiking cycle ("between the second quarter of 2022 and the second quarter of 2023", in the basis) none.
# en05: the IPO and the share moves (Thursday, Friday, no year) none; "record 2023 net sales" -> 2023 (and the growth
# rates of the same sentence pair). en06: dated broker notes ("Monday, June 22nd" ...) print no year -> none.
# Not labelled: dates and times ("January 26, 2018", "June 22nd", "May 19th", "August 5th", "August 14th", "Tuesday"),
# tickers and exchange codes ("NASDAQ:AAL", "NYSE:DIS"), "the past two decades", "the past two years", "since early
# 2022", "the second quarter" (of share-sale plans), the Road Construction Equipment divestment and the Epiroc split
# (no figures), Disney's consensus rating word "Buy" (no broker, no figure).

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 American Airlines' third quarter (Investing.com, ca.investing.com; no year printed): adjusted EPS 38 cents vs 32 cents; adjusted net income $263 million, -45%; revenue $13.48 billion vs $13.53 billion; passenger revenue $12.42B, +0.2%; ASMs 73.29B, +6.9%; RPMs 61.56B, +5.2%; load factor 84% from 85.3%; yield +20.18 cents, -4.8%; full-year adjusted EPS $2.25-$2.50 (initial $3-$3.75) vs $2.34 estimated; shares flat (USD, %)
# A US airline's quarter (the kind's revenue, unit measures — passenger yield, load factor, ASMs and RPMs; no RASM is
# printed —, EPS against estimates and guidance). Whole as stored; no headline in the stored text (the address slug is
# not page text; none added). The chief executive's two quoted sentences rendered as reported speech (no figures).
# Kept as printed: "$12.42B", "73.29B", "61.56B" (B without a currency on the two traffic counts) and the plus sign in
# "+20.18 cents".
# Decided: adjusted EPS key with "adjusted" in the basis; "the average analyst estimate of 32 cents" key as a consensus
# row. "Adjusted net income ... $263 million, representing a 45% decrease" -> key level and key -45 % change (no year-ago
# level printed). Revenue against "the consensus estimate" -> key level and key consensus. Passenger revenue, ASMs and
# RPMs key levels with their key growth rates (ASMs in "available seat miles" as news64; RPMs in "revenue passenger
# miles"). "Stood at 84%, down from 85.3% in the same quarter of the previous year" -> key with prior and an optional
# year-ago row (no pp change computed). Yield "+20.18 cents" -> 0.2018 USD key, its -4.8 % key. "Full-year adjusted EPS
# to fall in the range of $2.25 to $2.50 ... lower than the initial guidance ... $3 to $3.75" -> key rng with prng and
# an optional row for the initial range; "Analysts had estimated full-year adjusted EPS at $2.34" a key consensus row.
# "Flat" shares an optional zero (a word, as news67's "flat sequentially").
AA = "American Airlines|American Airlines Group|American|AAL"
Q3 = "third quarter"
G["en01"] = ([
    m("adjusted_eps|eps", 0.38, "USD", AA, basis=Q3 + ", adjusted"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 0.32, "USD", AA,
      basis=Q3 + ", average analyst estimate"),
    m("adjusted_net_income|net_income|adjusted_net_profit", 263e6, "USD", AA, basis=Q3 + ", adjusted"),
    m("adjusted_net_income_growth|net_income_growth|net_income_change", -45, "%", AA, basis=Q3 + ", y/y"),
    m("revenue|revenues|total_revenue", 13.48e9, "USD", AA, basis=Q3),
    m("revenue_consensus|revenue_estimate", 13.53e9, "USD", AA, basis=Q3 + ", consensus estimate"),
    m("passenger_revenue|revenue", 12.42e9, "USD", AA, basis=Q3),
    m("passenger_revenue_growth|revenue_growth", 0.2, "%", AA, basis=Q3 + ", y/y"),
    m("available_seat_miles|asm|asms|capacity", 73.29e9, "available seat miles", AA, basis=Q3),
    m("asm_growth|capacity_growth|available_seat_miles_growth", 6.9, "%", AA, basis=Q3 + ", y/y"),
    m("revenue_passenger_miles|rpm|rpms|traffic", 61.56e9, "revenue passenger miles", AA, basis=Q3),
    m("rpm_growth|traffic_growth|revenue_passenger_miles_growth", 5.2, "%", AA, basis=Q3 + ", y/y"),
    m("load_factor|passenger_load_factor", 84, "%", AA, prior=85.3, basis=Q3),
    m("load_factor|passenger_load_factor", 85.3, "%", AA, opt=True, basis="same quarter of the previous year"),
    m("passenger_yield|yield|yield_per_passenger_mile", 0.2018, "USD", AA, basis=Q3 + ", printed '+20.18 cents'"),
    m("passenger_yield_change|yield_change|passenger_yield_growth", -4.8, "%", AA, basis=Q3 + ", y/y"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance|adjusted_eps_guidance", None, "USD", AA, rng=(2.25, 2.50),
      prng=(3, 3.75), basis="full year, adjusted; lowered"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance|adjusted_eps_guidance", None, "USD", AA, rng=(3, 3.75),
      opt=True, basis="full year, initial guidance"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 2.34, "USD", AA,
      basis="full year, adjusted, analysts' estimate"),
    m(PC, 0, "%", AA, opt=True, basis="flat in early trading on Thursday"),
], [])

# ---------------------------------------------------------------- en02 Atlas Copco's fourth quarter and full-year summary 2017 (the company's release as stored on documents.pub, January 26, 2018): orders MSEK 30 372 (27 617), +10%, organic +14%; revenues MSEK 30 865 (28 495), +8%, organic +11%; adjusted operating profit MSEK 6 640 (5 849), margin 21.5% (20.5); operating profit MSEK 6 233 (5 785), +8%, margin 20.2% (20.3); profit before tax MSEK 5 946 (5 618); basic EPS SEK 3.49 (3.49); operating cash flow MSEK 5 500 (6 537); distribution SEK 15.00 = dividend SEK 7.00 (6.80) + extra SEK 8.00; table with full-year orders MSEK 123 431 (102 812) +20%, revenues MSEK 116 421 (101 356) +15%, operating profit MSEK 24 200 (19 798) +22%, margin 20.8 (19.5) (SEK, %)
# A Nordic company's results in crowns (the kind's sales, order intake, EBIT margin and dividend). Cut: the stored text
# breaks off inside the table's profit-before-tax row ("Profit before tax 5 946 5 618 6% 23 "), so the passage stops
# after the margin row, a row boundary; the full-year profit before tax and the rest of the table go with the cut (the
# quarter's profit before tax is in the bullets). Furniture dropped: "+ All Categories", "Home > Documents > ...", the
# store's title lines, "Date post", "Category", "Upload", "View", "Download", "Share this document with a friend", the page
# count and the letterhead (addresses, telephone, registration numbers, "Reg. Office Nacka"). The release title kept
# (reworded) as the headline and its date as the dateline. The flattened bullets set out one a line, the two parts of
# the distribution indented under it; the flattened table set out one row a line with " | " between cells (its figures,
# spaces as thousands separators and unlabelled change columns as printed).
# Decided: "MSEK X (Y)" -> key level in SEK (millions scaled) with the bracketed figure as prior and an optional 2016Q4
# row; each "increased N%" and "organic growth of N%" key (organic in the metric name and basis). "Corresponding to a
# margin of 21.5% (20.5)" -> key with prior and optional year-ago row, for the adjusted and the reported margin (two
# measures, the basis tells them apart). EPS "SEK 3.49 (3.49)" key with prior 3.49 and an optional 2016Q4 row (same
# value). "Annual dividend for 2017 of SEK 7.00 (6.80)" -> key 2017 with prior and an optional 2016 row; the total
# distribution SEK 15.00 and the extra distribution SEK 8.00 key without a period. Table: the quarter's columns repeat the
# bullets (optional rows, changes included); the full-year columns are new (key levels with the 2016 figure as prior,
# optional 2016 rows, key changes; the full-year margin 20.8 with prior 19.5 and an optional 2016 row).
AC = "Atlas Copco|Atlas Copco Group|Atlas Copco AB"
ORD = "orders|orders_received|order_intake|new_orders"
ORDG = "orders_growth|order_intake_growth|orders_received_growth"
REV = "revenue|revenues|sales"
REVG = "revenue_growth|revenues_growth|sales_growth"
ADJOP = "adjusted_operating_profit|operating_profit|adjusted_ebit"
OP = "operating_profit|ebit|reported_operating_profit"
OPG = "operating_profit_growth|ebit_growth"
OM = "operating_margin|ebit_margin|operating_profit_margin"
G["en02"] = ([
    m(ORD, 30.372e9, "SEK", AC, "2017Q4", prior=27.617e9),
    m(ORD, 27.617e9, "SEK", AC, "2016Q4", opt=True),
    m(ORDG, 10, "%", AC, "2017Q4"),
    m("organic_orders_growth|organic_growth|organic_order_growth", 14, "%", AC, "2017Q4", basis="orders, organic"),
    m(REV, 30.865e9, "SEK", AC, "2017Q4", prior=28.495e9),
    m(REV, 28.495e9, "SEK", AC, "2016Q4", opt=True),
    m(REVG, 8, "%", AC, "2017Q4"),
    m("organic_revenue_growth|organic_growth|organic_sales_growth", 11, "%", AC, "2017Q4", basis="revenues, organic"),
    m(ADJOP, 6.640e9, "SEK", AC, "2017Q4", prior=5.849e9, basis="adjusted, excluding items affecting comparability"),
    m(ADJOP, 5.849e9, "SEK", AC, "2016Q4", opt=True, basis="adjusted"),
    m("adjusted_operating_margin|operating_margin|adjusted_ebit_margin", 21.5, "%", AC, "2017Q4", prior=20.5,
      basis="adjusted"),
    m("adjusted_operating_margin|operating_margin|adjusted_ebit_margin", 20.5, "%", AC, "2016Q4", opt=True,
      basis="adjusted"),
    m(OP, 6.233e9, "SEK", AC, "2017Q4", prior=5.785e9, basis="reported"),
    m(OP, 5.785e9, "SEK", AC, "2016Q4", opt=True, basis="reported"),
    m(OPG, 8, "%", AC, "2017Q4", basis="reported"),
    m(OM, 20.2, "%", AC, "2017Q4", prior=20.3, basis="reported"),
    m(OM, 20.3, "%", AC, "2016Q4", opt=True, basis="reported"),
    m("profit_before_tax|pretax_profit|pbt", 5.946e9, "SEK", AC, "2017Q4", prior=5.618e9),
    m("profit_before_tax|pretax_profit|pbt", 5.618e9, "SEK", AC, "2016Q4", opt=True),
    m("basic_eps|eps|earnings_per_share", 3.49, "SEK", AC, "2017Q4", prior=3.49, basis="basic"),
    m("basic_eps|eps|earnings_per_share", 3.49, "SEK", AC, "2016Q4", opt=True, basis="basic"),
    m("operating_cash_flow|cash_flow_from_operations", 5.500e9, "SEK", AC, "2017Q4", prior=6.537e9,
      basis="including discontinued operations"),
    m("operating_cash_flow|cash_flow_from_operations", 6.537e9, "SEK", AC, "2016Q4", opt=True),
    m("distribution_per_share|total_distribution|dividend_per_share|shareholder_distribution", 15.00, "SEK", AC,
      basis="proposed, total distribution per share"),
    m("dividend_per_share|dps|annual_dividend|dividend", 7.00, "SEK", AC, "2017", prior=6.80,
      basis="proposed annual dividend"),
    m("dividend_per_share|dps|annual_dividend|dividend", 6.80, "SEK", AC, "2016", opt=True),
    m("extra_distribution|special_dividend|extra_dividend|redemption_per_share", 8.00, "SEK", AC,
      basis="extra distribution per share through mandatory redemption of shares"),
    # table: the quarter's columns repeat the bullets
    m(ORD, 30.372e9, "SEK", AC, "2017Q4", opt=True, basis="table repeat"),
    m(ORDG, 10, "%", AC, "2017Q4", opt=True, basis="table repeat"),
    m(REV, 30.865e9, "SEK", AC, "2017Q4", opt=True, basis="table repeat"),
    m(REVG, 8, "%", AC, "2017Q4", opt=True, basis="table repeat"),
    m(OP, 6.233e9, "SEK", AC, "2017Q4", opt=True, basis="table repeat"),
    m(OPG, 8, "%", AC, "2017Q4", opt=True, basis="table repeat"),
    m(OM, 20.2, "%", AC, "2017Q4", opt=True, basis="table repeat"),
    # table: full-year columns
    m(ORD, 123.431e9, "SEK", AC, "2017", prior=102.812e9),
    m(ORD, 102.812e9, "SEK", AC, "2016", opt=True),
    m(ORDG, 20, "%", AC, "2017"),
    m(REV, 116.421e9, "SEK", AC, "2017", prior=101.356e9),
    m(REV, 101.356e9, "SEK", AC, "2016", opt=True),
    m(REVG, 15, "%", AC, "2017"),
    m(OP, 24.200e9, "SEK", AC, "2017", prior=19.798e9),
    m(OP, 19.798e9, "SEK", AC, "2016", opt=True),
    m(OPG, 22, "%", AC, "2017"),
    m(OM, 20.8, "%", AC, "2017", prior=19.5, basis="as a percentage of revenues"),
    m(OM, 19.5, "%", AC, "2016", opt=True, basis="as a percentage of revenues"),
], [])

# ---------------------------------------------------------------- en03 US industrial production for February (dpa-AFX/RTTNews on finanznachrichten.de; no year printed): +0.7 percent after a downwardly revised +0.3 percent in January (first reported +0.5 percent), forecast +0.2 percent; mining +2.8 percent after -3.2 percent; manufacturing +0.9 percent after +0.1 percent, motor vehicles and parts +8.5 percent; utilities -2.5 percent after +6.1 percent; capacity utilization 78.2 percent from a revised 77.7 percent, forecast unchanged at the first-reported 77.8 percent; mining 90.3, manufacturing 77.0, utilities 73.9 percent (%)
# A US industrial-production release (the kind's month-on-month %, manufacturing, revisions and the poll). Whole as
# stored apart from the copyright lines ("Copyright(c) 2025 RTTNews.com. All Rights Reserved", "Copyright RTT
# News/dpa-AFX"), dropped as furniture (so the year they print is not page text). The stored text runs its sentences
# together without spaces ("January.The report ..."); one sentence a paragraph here. No headline in the stored text (the
# slug is not page text; none added). Kept as printed: the lead's "in the month of January" for a release about February,
# "a 8.5 percent" and the dateline "WASHINGTON (dpa-AFX) -". No quotes.
# Decided: February's readings key, the month in the basis. January's "downwardly revised 0.3 percent" -> a key row of
# its own (the previous month, news68 en03) with the first reading 0.5 (printed in the next sentence, "originally
# reported for the previous month") as prior, and the 0.5 an optional row. The economists' 0.2 key as a consensus row.
# Each sector's February and January moves key (January's as rows of their own, not priors); the motor-vehicle surge key
# on the industry with US manufacturing among the alternatives. Capacity utilization "rose to 78.2 percent ... from a
# downwardly revised 77.7 percent" -> key with prior and an optional January row; the expectation of "unchanged" at
# "the 77.8 percent originally reported" -> key consensus 77.8, January's first reading 77.8 an optional row. The three
# sector utilization rates key on the sector.
US = "United States|U.S.|US|USA|U.S. industrial sector"
IP = "industrial_production_mom|industrial_production|industrial_production_growth|industrial_output_growth"
CU = "capacity_utilization|capacity_utilization_rate|utilization_rate"
G["en03"] = ([
    m(IP, 0.7, "%", US, basis="February, m/m"),
    m(IP, 0.3, "%", US, prior=0.5, basis="January, m/m, downwardly revised"),
    m(IP, 0.5, "%", US, opt=True, basis="January, m/m, originally reported"),
    m("industrial_production_consensus|industrial_production_forecast|industrial_production_mom_consensus", 0.2, "%", US,
      basis="February, m/m, economists' expectation"),
    m("mining_output_growth|mining_output|mining_production_growth", 2.8, "%", "US mining|mining|" + US,
      basis="February, m/m"),
    m("mining_output_growth|mining_output|mining_production_growth", -3.2, "%", "US mining|mining|" + US,
      basis="January, m/m"),
    m("manufacturing_output_growth|manufacturing_output|manufacturing_production_growth", 0.9, "%",
      "US manufacturing|manufacturing|" + US, basis="February, m/m"),
    m("manufacturing_output_growth|manufacturing_output|manufacturing_production_growth", 0.1, "%",
      "US manufacturing|manufacturing|" + US, basis="January, m/m"),
    m("motor_vehicle_production_growth|production_growth|output_growth", 8.5, "%",
      "motor vehicles and parts|US motor vehicles|US manufacturing|" + US, basis="February, m/m"),
    m("utilities_output_growth|utilities_output|utility_output_growth", -2.5, "%", "US utilities|utilities|" + US,
      basis="February, m/m"),
    m("utilities_output_growth|utilities_output|utility_output_growth", 6.1, "%", "US utilities|utilities|" + US,
      basis="January, m/m"),
    m(CU, 78.2, "%", US, prior=77.7, basis="February, industrial sector"),
    m(CU, 77.7, "%", US, opt=True, basis="January, downwardly revised"),
    m("capacity_utilization_consensus|capacity_utilization_forecast", 77.8, "%", US,
      basis="February, economists' expectation (unchanged)"),
    m(CU, 77.8, "%", US, opt=True, basis="January, originally reported"),
    m(CU, 90.3, "%", "US mining|mining|" + US, basis="February, mining sector"),
    m(CU, 77.0, "%", "US manufacturing|manufacturing|" + US, basis="February, manufacturing sector"),
    m(CU, 73.9, "%", "US utilities|utilities|" + US, basis="February, utilities sector"),
], [])

# ---------------------------------------------------------------- en04 The SNB cuts by 25 basis points to 0.25% (Anadolu's report on usmuslims.com; no decision date printed): inflation 0.7% in November to 0.3% in February; forecasts 0.4% for 2025 (earlier 1.1%), 0.8% for 2026 (revised up from 0.3%) and 2027 (unchanged); GDP growth 1% to 1.5% for 2025, around 1.5% by 2026; earlier hikes from minus 0.75% to 1.75% (%, bp)
# A European central bank's rate decision with its conditional inflation forecasts. Whole as stored apart from the
# byline ("By Tuba Ongun"), dropped. No headline in the stored text (the slug is not page text; none added). No quotes.
# Kept as printed: the forecast revisions exactly as the report states them ("0.4% for 2025, down from a previous
# estimate of 1.1%"; "2026's forecast revised up from 0.3%"), and "maintained that rate through 2024, and began lowering
# it continuously at the start of 2024" (rendered "kept that rate through 2024 and began cutting it continuously at the
# start of 2024"), though the two clauses clash.
# Decided: "reduced its policy rate by 25 basis points to 0.25%" -> key -25 bp change and key 0.25 % level (no earlier
# level printed, no prior). Inflation "dropping from 0.7% in November to 0.3% in February" -> key 0.3 with prior 0.7 and
# an optional November row (months in the basis, no year printed). Forecasts: 2025 0.4 with prior 1.1 and an optional
# earlier-forecast row; 2026 0.8 with prior 0.3 and an optional row; 2027 0.8 key with no prior ("remains unchanged" in
# the basis; the earlier figure is not printed as a number), "inflation expectations for 2026 and 2027 are now 0.8%" read
# as the bank's forecasts. GDP growth "1% to 1.5% for 2025" a key rng; "around 1.5% by 2026" key. "Raised the rate from
# minus 0.75% to 1.75%" -> key 1.75 % with prior -0.75 and an optional -0.75 % row (as news45 en04), the quarters in the
# basis.
SNB = "Swiss National Bank|SNB|Swiss central bank"
CH = "Switzerland|Swiss National Bank|SNB|Swiss economy"
RL = "policy_rate|interest_rate|key_rate|key_interest_rate"
INF = "inflation_forecast|cpi_forecast|inflation_rate_forecast"
GDPF = "gdp_growth_forecast|gdp_forecast|growth_forecast|economic_growth_forecast"
G["en04"] = ([
    m("rate_change|policy_rate_change|rate_cut|interest_rate_change", -25, "bp", SNB),
    m(RL, 0.25, "%", SNB),
    m("inflation|inflation_rate|cpi_yoy", 0.3, "%", CH, prior=0.7, basis="February"),
    m("inflation|inflation_rate|cpi_yoy", 0.7, "%", CH, opt=True, basis="November"),
    m(INF, 0.4, "%", CH, "2025", prior=1.1, basis="down from a previous estimate"),
    m(INF, 1.1, "%", CH, "2025", opt=True, basis="previous estimate"),
    m(INF, 0.8, "%", CH, "2026", prior=0.3, basis="revised up"),
    m(INF, 0.3, "%", CH, "2026", opt=True, basis="previous forecast"),
    m(INF, 0.8, "%", CH, "2027", basis="unchanged"),
    m(GDPF, None, "%", CH, "2025", rng=(1, 1.5)),
    m(GDPF, 1.5, "%", CH, "2026", basis="around, by 2026"),
    m(RL, 1.75, "%", SNB, prior=-0.75, basis="raised gradually between the second quarter of 2022 and the second "
      "quarter of 2023"),
    m(RL, -0.75, "%", SNB, opt=True, basis="level before the hikes from the second quarter of 2022"),
], [])

# ---------------------------------------------------------------- en05 Galderma's Zurich IPO and first day (Bloomberg on swissinfo.ch; no year printed for the listing): +21% on the first day, close 64 francs, value more than 15 billion Swiss francs ($16.7 billion), IPO price 53 francs at the top of the range; Douglas -11% on its debut, -3.6% Friday; almost 2 billion francs raised by selling 37.2 million new shares; 2023 net sales over $4 billion, +8.5%, international markets +12.3% (CHF, USD, %, shares)
# A European IPO and its first-day move (the kind's shares sold, amount raised, valuation and first-day move; the
# stored text names the price as "the top end of a marketed range" but prints no range). Cut: the stored text breaks
# off inside a quotation after the crosshead paragraph ("In markets like China, we"), so the passage stops after the
# international-markets sentence, a sentence boundary (no figure goes with the cut). Furniture dropped: "Swiss
# perspectives in 10 languages". Headline kept (rewritten); the crosshead "China Growth" kept (as "China growth").
# Mirabaud's John Plassard's three quoted sentences rendered as reported speech (no figures). Kept as printed: "53
# francs share" (no "a"), "francs" beside "Swiss francs", "(Bloomberg) —".
# Decided: the 21% first-day gain, the 64-franc close, the valuation ("more than" in the basis) and the 53-franc IPO
# price key on Galderma; the bracketed dollar conversion optional. Douglas's -11% debut and -3.6% Friday key on Douglas.
# "Raised almost 2 billion francs by selling 37.2 million new shares" -> key proceeds ("almost" in the basis) and key
# share count. "Record 2023 net sales of over $4 billion, up 8.5% year-on-year" -> key 2023 level (USD, "over" in the
# basis) and key growth; "International markets grew 12.3% ... on a constant currency basis" key on the international
# markets with Galderma among the alternatives.
GALD = "Galderma|Galderma Group|Galderma Group AG"
DOU = "Douglas|Douglas AG"
G["en05"] = ([
    m("first_day_gain|price_change|debut_change|share_price_change", 21, "%", GALD, basis="first day of trading"),
    m("closing_price|share_price|price", 64, "CHF", GALD, basis="first-day close in Zurich"),
    m("market_cap|market_value|valuation|market_capitalisation", 15e9, "CHF", GALD, basis="more than"),
    m("market_cap|market_value|valuation|market_capitalisation", 16.7e9, "USD", GALD, opt=True,
      basis="bracketed conversion"),
    m("ipo_price|offer_price", 53, "CHF", GALD, basis="per share, top end of a marketed range"),
    m("first_day_change|price_change|debut_change|share_price_change", -11, "%", DOU, basis="first session, Thursday"),
    m(PC, -3.6, "%", DOU, basis="Friday, a further fall"),
    m("ipo_proceeds|amount_raised|proceeds", 2e9, "CHF", GALD, basis="almost; from new shares"),
    m("shares_sold|new_shares|shares_offered", 37.2e6, "shares", GALD, basis="new shares"),
    m("net_sales|revenue|sales", 4e9, "USD", GALD, "2023", basis="over; record"),
    m("net_sales_growth|revenue_growth|sales_growth", 8.5, "%", GALD, "2023", basis="y/y"),
    m("international_sales_growth|revenue_growth|sales_growth|growth", 12.3, "%", "Galderma international markets|"
      "international markets|" + GALD, "2023", basis="y/y, constant currency"),
], [])

# ---------------------------------------------------------------- en06 Brokers on Walt Disney (MarketBeat-style note on tickerreport.com; no year printed): Deutsche Bank upgrade hold -> buy, $163.00 from $128.00, upside 23.49%; Imperial Capital sell reissued, $105.00; Loop Capital downgrade buy -> hold, $120.00; Guggenheim upgrade neutral -> buy, $140.00; Wells Fargo equal weight, $136.00 from $120.00; BMO outperform, $150.00 from $140.00; 1 sell, 12 hold, 17 buy; consensus target $131.37; opened $131.99; 52-week $79.07-$153.41; debt-to-equity 0.60, quick 1.29, current 1.34 (USD, %, x)
# Analysts' calls on a US media stock, several brokers with upgrades and downgrades. Cut: the stored text breaks off
# inside the market-capitalisation sentence ("The firm has a market capitalization of $238.51 billion, a P/E ratio"), so
# the passage stops after the ratio sentence, a sentence boundary; the market capitalisation goes with the cut. No
# headline in the stored text (the slug is not page text; none added). No quotes. Kept as printed: the stray full stop in
# "set a $120.00 price target on the stock. in a research note on Tuesday, May 19th", "price objective" beside "price
# target", "Wells Fargo & Co", "52 week" unhyphenated, the ratings in quotation marks.
# Decided (news19 en07): Deutsche Bank "upgraded ... from hold to buy ... $163.00 price objective ... up from ...
# $128.00" -> upgrade with both targets; its "potential upside of 23.49%" a key implied-upside row. Imperial Capital
# "reissued a sell rating and set a $105.00 price target" -> reiterate sell with the target (no prior printed). Loop
# Capital "cut ... from buy to hold and set a $120.00 price target" -> downgrade, target without prior. Guggenheim
# "raised ... from neutral to buy and set a $140.00 price target" -> upgrade. Wells Fargo and BMO "increased their price
# target ... from X to Y and gave ... a rating" -> raise_target with the rating and both targets. Each dated action key
# (news19 en07). The consensus target key; the analyst counts, the opening price, the 52-week range and the balance-sheet
# ratios optional (stock boilerplate, news19 en07).
DIS = "Walt Disney|Walt Disney Company|The Walt Disney Company|Disney|DIS|NYSE:DIS"
G["en06"] = ([
    m("implied_upside|upside|upside_potential", 23.49, "%", DIS, basis="Deutsche Bank target vs current price"),
    m("analyst_count|sell_ratings", 1, "analysts", DIS, opt=True, basis="sell"),
    m("analyst_count|hold_ratings", 12, "analysts", DIS, opt=True, basis="hold"),
    m("analyst_count|buy_ratings", 17, "analysts", DIS, opt=True, basis="buy"),
    m("consensus_target_price|target_price|consensus_price_target", 131.37, "USD", DIS),
    m("open_price|opening_price|price", 131.99, "USD", DIS, opt=True, basis="opened Tuesday"),
    m("price_range_52w|52_week_range|twelve_month_range", None, "USD", DIS, rng=(79.07, 153.41), opt=True),
    m("debt_to_equity|debt_to_equity_ratio", 0.60, "x", DIS, opt=True),
    m("quick_ratio", 1.29, "x", DIS, opt=True),
    m("current_ratio", 1.34, "x", DIS, opt=True),
], [
    ra("Deutsche Bank|Deutsche", DIS, "upgrade", "buy", "hold", target=163.00, prior_target=128.00, cur="USD"),
    ra("Imperial Capital", DIS, "reiterate", "sell", target=105.00, cur="USD"),
    ra("Loop Capital", DIS, "downgrade", "hold", "buy", target=120.00, cur="USD"),
    ra("Guggenheim", DIS, "upgrade", "buy", "neutral", target=140.00, cur="USD"),
    ra("Wells Fargo & Co|Wells Fargo", DIS, "raise_target", "equal-weight", target=136.00, prior_target=120.00,
       cur="USD"),
    ra("BMO Capital Markets|BMO|BMO Capital", DIS, "raise_target", "outperform", target=150.00, prior_target=140.00,
       cur="USD"),
])
