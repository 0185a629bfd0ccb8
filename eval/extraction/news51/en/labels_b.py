# Hand-written gold labels for news51/en en07-en12 (batch b: British and Irish company and market news in English).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read,
# and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news50/en/README.md, with the labels of news49/en as the model: values fully scaled ("£914.9m" -> 914.9e6 GBP,
# "£2.18bn" -> 2.18e9 GBP, "€663m" -> 663e6 EUR, "50.4 million" passengers -> 50.4e6, "675p" -> 6.75 GBP: pence scaled
# to GBP as in news18 en01); declines, cuts, falls and losses negative ("down 59% year-on-year" -> -59, "a £660m loss"
# -> -660e6, "lowered interest rates from 4.25 percent to 4 percent" -> a -0.25 pp change, "trimmed ... by about 2-3%" ->
# range (-3, -2)); currency codes ("£" -> GBP, "€" -> EUR); "pc" is per cent (%); "bp" / "basis-point" in bp and
# "percentage points" in pp; figures written as words labelled with their numeric value ("two per cent" -> 2, "more
# than halved" -> an optional -50); hedges keep the number with the hedge in the basis ("around", "about", "over",
# "just"); a same-sentence "X from Y" / "X compared with Y" / "up from Y" value of the same quantity is the prior and the
# earlier value an optional row (news30 batch b, news36-news50), while an earlier-period figure in a sentence of its own
# is a key row of its own (news50 batch a); a headline figure key and its body repeat optional (news50 batch b);
# periods only where the text states or clearly implies the year (news24; market moves, share reactions and rate levels
# none; company fiscal periods written FY.. when the text speaks of the financial year, named by the year they end, as
# news31 en07's British Airways FY2008H1); brokers' targets and ratings only in rating actions, a target with an
# unchanged rating raise_target / cut_target, a rating change with a target change upgrade / downgrade carrying both
# targets, an unchanged target kept as the target without a prior (news18 en01); the source's own errors and oddities
# labelled as printed (news44-news50); quotes rendered as reported speech (the set never copies third-party sentences),
# their figures labelled like any other text; dates ("31 December", "9 October", "June 30"), spans ("six weeks", "the
# next 12 months", "three months"), committee sizes and votes ("nine-person committee", "five to four", "four members")
# and numbers inside names ("Waitrose 1", "Mm02") not labelled.

PC = "price_change|share_price_change"

# ---------------------------------------------------------------- en07 John Lewis Partnership's Christmas trading (KamCity / namnews, kamcity.com; the statement of early January 2017 on the six weeks to 31 December 2016, no year printed): Waitrose total sales +4.8% to £914.9m, like-for-likes +2.8%, Waitrose 1 +21.4%, hospitality +4.9%, convenience like-for-likes +4.8%, online grocery +0.8%; John Lewis total sales +4.9% to £998.1m, like-for-likes +2.7%, online +11.8% and 40% of sales; home +2.7%, fashion +7.2%, electricals +4.8% (GBP, %)
# A UK retailer's Christmas trading update with like-for-like sales for its two chains. Cut: the stored page breaks off
# mid-sentence ("It warned that as a result"); the passage stops after the sentence before it ("... will be affected by
# margin pressure."). No headline in the stored text (the address slug "waitrose-and-john-lewis-report-strong-christmas-
# trading-but-warn-of-tough-times-ahead" is not page text; none added). The chairman's five quoted sentences are rendered
# as reported speech (only the span "the next 12 months" in them, not labelled). Kept as printed: "expected to be a
# more challenging" (the stray "a"), "saying that that" (the doubled "that"), "weaker Sterling" with a capital.
# Periods: none ("the six weeks to 31 December" and "last year" print no year).
# Decided: each chain's "total sales rose X% to £Y" -> a key growth row and a key sales row, keyed on the chain with the
# Partnership among the entity alternatives; each like-for-like figure key. Sub-lines are their own entities with the
# chain among the alternatives (news31 batch b's "part|parent"): the Waitrose 1 range's "21.4% uplift" a key sales-growth
# row, hospitality +4.9 %, convenience outlets' like-for-likes +4.8 %, online grocery +0.8 %; John Lewis online +11.8 %
# and its 40 % share of the chain's sales key; the three product departments' growth key. No figure for profits (the
# expected rise on last year prints none).
JLP = "John Lewis Partnership|John Lewis Partnership plc|JLP"
WR = "Waitrose|" + JLP
JL = "John Lewis|John Lewis division|John Lewis department stores|" + JLP
SG = "sales_growth|revenue_growth|total_sales_growth"
SL = "sales|revenue|total_sales|gross_sales"
LFL = "like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth|like_for_like_sales"
G["en07"] = ([
    m(SG, 4.8, "%", WR, basis="total sales, six weeks to 31 December"),
    m(SL, 914.9e6, "GBP", WR, basis="total sales, six weeks to 31 December"),
    m(LFL, 2.8, "%", WR, basis="like-for-likes"),
    m(SG + "|range_sales_growth", 21.4, "%", "Waitrose 1|Waitrose 1 premium range|" + WR, basis="uplift"),
    m(SG + "|hospitality_sales_growth", 4.9, "%", "hospitality|Waitrose hospitality|" + WR),
    m(LFL, 4.8, "%", "convenience outlets|Waitrose convenience|convenience|" + WR, basis="a strong"),
    m("online_sales_growth|online_grocery_sales_growth|" + SG, 0.8, "%", "online grocery|Waitrose online|" + WR),
    m(SG, 4.9, "%", JL, basis="total sales, John Lewis division"),
    m(SL, 998.1e6, "GBP", JL, basis="total sales, John Lewis division"),
    m(LFL, 2.7, "%", JL, basis="a robust"),
    m("online_sales_growth|" + SG, 11.8, "%", "John Lewis online|online|" + JL),
    m("online_sales_share|online_share|share_of_sales", 40, "%", "John Lewis online|online|" + JL,
      basis="of the chain's sales"),
    m(SG + "|department_sales_growth", 2.7, "%", "home|John Lewis home|" + JL),
    m(SG + "|department_sales_growth", 7.2, "%", "fashion|John Lewis fashion|" + JL),
    m(SG + "|department_sales_growth", 4.8, "%", "electricals|John Lewis electricals|" + JL),
], [])

# ---------------------------------------------------------------- en08 Barratt Developments' first-half trading update (City A.M., cityam.com; Thursday January 11, 2018, no date printed): completions +2% ("two per cent") to 7,324 from 7,180, private 5,715, affordable 1,229; average selling price +6.5% to £281,000 from £263,800; net cash around £165m at 31 December 2017 from £196.7m in 2016; £348m of dividends paid in November; special dividend £175m for the current year; shares -1.2% (homes, GBP, %)
# A UK housebuilder's half-year completions and average selling price. Whole as stored apart from the byline "Caitlin
# Morrison" (dropped as furniture). No headline in the stored text (the address slug "barratt-developments-share-price-
# dips-unveils-uptick" is not page text; none added). The company's quoted outlook ("good demand and (its) healthy
# forward order book ..."), its quoted "success in land purchasing" and the chief executive's two quoted sentences are
# rendered as reported speech (no figures in them). Kept as printed: "two per cent" in words beside "6.5 per cent";
# private and affordable completions (5,715 + 1,229) that do not add up to the 7,324 total (labelled as printed).
# Periods: "the six months to 31 December", "the second half of the financial year", "the 2018 financial year", "the
# current financial year" and "Net cash at 31 December 2017" -> the half is the first half of the financial year 2018
# (FY2018H1; the preceding year's first half FY2017H1), the special dividend "for the current financial year" FY2018,
# the net cash balances 2017-12 and 2016-12; the £348m paid "in November" and the share move none.
# Decided: completions "a two per cent increase ... up to 7,324 compared with 7,180" -> a key growth row (words -> 2)
# and a key level with prior 7,180 plus an optional FY2017H1 row; private and affordable completions key (unit homes).
# The average selling price "jumped 6.5 per cent to £281,000 from £263,800" -> key growth, key level with prior and an
# optional earlier row. Net cash "around £165m ... down from £196.7m at the same point in 2016" -> key with prior and an
# optional 2016-12 row ("around" in the basis). The £348m dividends paid and the proposed £175m special dividend key.
# The outlook's "modest growth in wholly owned completions" prints no figure (not labelled).
BDEV = "Barratt Developments|Barratt|Barratt Developments plc|BDEV"
H, H0 = "FY2018H1", "FY2017H1"
CMP = "completions|home_completions|housing_completions|legal_completions"
ASP = "average_selling_price|asp|average_price"
G["en08"] = ([
    m("completions_growth|completions_change|volume_growth", 2, "%", BDEV, H,
      basis="printed 'two per cent'; six months to 31 December"),
    m(CMP, 7324, "homes", BDEV, H, prior=7180, basis="six months to 31 December"),
    m(CMP, 7180, "homes", BDEV, H0, opt=True, basis="first half of the preceding year"),
    m("private_completions|" + CMP, 5715, "homes", BDEV, H, basis="private"),
    m("affordable_completions|affordable_housing_completions|" + CMP, 1229, "homes", BDEV, H, basis="affordable housing"),
    m("average_selling_price_growth|asp_growth|average_price_growth", 6.5, "%", BDEV, H, basis="jumped"),
    m(ASP, 281000, "GBP", BDEV, H, prior=263800),
    m(ASP, 263800, "GBP", BDEV, H0, opt=True, basis="earlier average selling price"),
    m("net_cash|net_cash_position", 165e6, "GBP", BDEV, "2017-12", prior=196.7e6, basis="around; at 31 December 2017"),
    m("net_cash|net_cash_position", 196.7e6, "GBP", BDEV, "2016-12", opt=True, basis="at the same point in 2016"),
    m("dividends_paid|dividend_payment|dividends", 348e6, "GBP", BDEV, basis="paid in November"),
    m("special_dividend|dividend|special_dividend_proposed", 175e6, "GBP", BDEV, "FY2018",
      basis="proposed for the current financial year, to be paid in November"),
    m(PC, -1.2, "%", BDEV, basis="slipped in early trading"),
], [])

# ---------------------------------------------------------------- en09 Lloyds Banking Group's first quarter of 2015 (Sharecast, sharecast.com; April 2015, no date printed): headline +21% underlying profit; underlying profit £2.18bn (+21% y/y, +22% on Q4 2014) against a £1.87bn consensus; impairment charges more than halved; total income +3% to £4.64bn; banking NIM +33bp to 2.65%; full-year NIM above the original ~2.55% guidance; impairments £177m (-59% y/y, -3% q/q); £660m loss on the TSB sale; statutory pre-tax profit -11% at £1.21bn; CET1 +60bp to 13.4%; PPI complaint volumes -11% (GBP, %, bp)
# A UK bank's quarterly results with its net interest margin and margin guidance. Whole as stored apart from the
# "Updated : 07:40" time stamp under the headline (dropped as furniture). Headline kept (rewritten: "Lloyds beats
# forecasts with 21% jump in first-quarter underlying profits" -> "Lloyds tops forecasts as first-quarter underlying
# profits jump 21%"). The chief executive's two quoted sentences are rendered as reported speech (no figures); the
# closing quoted "due to seasonality" rendered "because of seasonality". Kept as printed: "The group now expected" (past
# tense), the "(bp)" gloss after "basis-point", "TSB" unexplained.
# Periods: "the first three months of 2015" -> 2015Q1 for the quarter's figures, the ratio at the quarter's end and the
# PPI complaint comparison; the full-year NIM guidance 2015.
# Decided: the headline's 21 % key and the body's "up 21% on the year before" an optional repeat. Underlying profit key;
# the "22% higher than in the fourth quarter of 2014" a key quarter-on-quarter growth row (no prior level printed); the
# consensus £1.87bn key. "Impairment charges fell by more than half" -> an optional -50 % (a hedged word fraction; the
# -59 % is printed later). Total income growth and level key; the NIM's "33 basis-point (bp) improvement ... to 2.65%"
# -> key +33 bp change and key 2.65 % level (no prior printed). "Expected the full-year NIM to beat its original
# guidance of around 2.55%" -> one key guidance row 2.55 % with "to exceed; around" in the basis (the new guidance is
# open-ended above the old figure, so no prior). Impairments £177m, -59 % year-on-year and -3 % quarter-on-quarter key.
# "A £660m loss relating to the sale of TSB" -> key -660e6 (a loss negative), entity TSB with Lloyds among the
# alternatives. Statutory pre-tax profit -11 % and £1.21bn key. CET1 "rising 60bp ... to 13.4%" -> key +60 bp and key
# 13.4 %. PPI reactive complaint volumes -11 % key. "No further provisions" prints no figure (not labelled).
LLOY = "Lloyds Banking Group|Lloyds|Lloyds Banking Group plc|LLOY"
Q = "2015Q1"
UPG = "underlying_profit_growth|profit_growth|underlying_pre_tax_profit_growth"
IMP = "impairment_change|impairment_growth|impairment_charges_change"
G["en09"] = ([
    m(UPG, 21, "%", LLOY, Q, basis="headline; first-quarter underlying profits"),
    m(UPG, 21, "%", LLOY, Q, opt=True, basis="body repeat: up 21% on the year before"),
    m("underlying_profit|underlying_pre_tax_profit|profit", 2.18e9, "GBP", LLOY, Q),
    m("underlying_profit_growth_qoq|" + UPG, 22, "%", LLOY, Q, basis="vs the fourth quarter of 2014"),
    m("underlying_profit_consensus|underlying_profit_estimate|profit_consensus", 1.87e9, "GBP", LLOY, Q,
      basis="consensus forecast; just"),
    m(IMP, -50, "%", LLOY, Q, opt=True, basis="impairment charges fell by more than half"),
    m("total_income_growth|income_growth|revenue_growth", 3, "%", LLOY, Q),
    m("total_income|income|revenue", 4.64e9, "GBP", LLOY, Q),
    m("net_interest_margin_change|nim_change", 33, "bp", LLOY, Q, basis="banking NIM improvement"),
    m("net_interest_margin|nim|banking_nim", 2.65, "%", LLOY, Q, basis="banking NIM"),
    m("guidance_net_interest_margin|nim_guidance|guidance_nim|net_interest_margin_guidance", 2.55, "%", LLOY, "2015",
      basis="full-year NIM now expected to exceed the original guidance of around 2.55%"),
    m("impairments|impairment_charges|impairment", 177e6, "GBP", LLOY, Q, basis="just"),
    m(IMP, -59, "%", LLOY, Q, basis="year-on-year"),
    m("impairment_change_qoq|" + IMP, -3, "%", LLOY, Q, basis="quarter-on-quarter"),
    m("loss_on_sale|loss|one_off_loss|disposal_loss", -660e6, "GBP", "TSB|" + LLOY, Q,
      basis="loss relating to the sale of TSB"),
    m("statutory_pre_tax_profit_growth|pre_tax_profit_growth|profit_growth", -11, "%", LLOY, Q,
      basis="statutory, year-on-year"),
    m("statutory_pre_tax_profit|pre_tax_profit|pretax_profit", 1.21e9, "GBP", LLOY, Q, basis="statutory"),
    m("cet1_ratio_change|capital_ratio_change", 60, "bp", LLOY, Q, basis="over the quarter"),
    m("cet1_ratio|common_equity_tier_1_ratio|capital_ratio", 13.4, "%", LLOY, Q),
    m("ppi_complaint_volume_change|complaint_volumes_change|complaints_change", -11, "%", LLOY, Q,
      basis="reactive PPI complaint volumes vs last year"),
], [])

# ---------------------------------------------------------------- en10 Bank of England cuts Bank Rate to 4% after a first-ever second vote (DPA text in The Korea Herald, koreaherald.com; Thursday August 7, 2025, no date printed): 4.25% -> 4%, first round four for a 0.25 pp cut, four for no change, one for 0.5 pp; second vote five to four; CPI peak 4% in September (from 3.5%), CPI 2.5% in 2026 and 2% in 2027 (from 2% and 1.75%), GDP 1.25% over 2025 (from 1%) (%, pp)
# A central-bank rate decision with its vote split and new forecasts. Whole as stored; the closing "(DPA - Yonhap)"
# credit kept. No headline in the stored text (none added). The governor's quoted phrase and quoted sentence are
# rendered as reported speech (no figures). Kept as printed: "percent" spelt as one word throughout, "2 percent"
# printed twice (the new 2027 average and the old 2026 one), the forecasts "last set out ... in May" with no year.
# Periods: rate levels none (dev corpus en20); the forecasts by their printed years (2026, 2027, "over 2025" -> 2025);
# the CPI peak "in September", printed beside the 2025 growth forecast and ahead of the 2026 and 2027 averages, -> 2025-09
# (decided: clearly implied).
# Decided: "lowered interest rates from 4.25 percent to 4 percent" -> key Bank Rate 4 % with prior 4.25 and an optional
# 4.25 row; the two later "to 4 percent" repeats optional. The size of the cut is printed only as the first-round
# majority's "reduction of 0.25 percentage points to 4 percent", which is the move adopted -> key -0.25 pp; the one
# member's "bigger 0.5 percentage point cut" is a dissent -> optional -0.5 pp (news16, news32). Vote counts ("four",
# "five to four", "nine-person", "vote twice") are committee counts (not labelled). Forecasts "X, up from Y" -> key with
# prior and an optional earlier row each: CPI peak 4 (prior 3.5), 2026 average 2.5 (prior 2), 2027 average 2 (prior 1.75),
# 2025 GDP growth 1.25 (prior 1). Entity for the forecasts: the UK economy with the Bank among the alternatives.
BOE = "Bank of England|BoE|BOE|Monetary Policy Committee|MPC"
UK = "UK|United Kingdom|Britain|UK economy|" + BOE
RATE = "bank_rate|policy_rate|interest_rate|base_rate|rate"
CPIF = "cpi_inflation_forecast|inflation_forecast|cpi_forecast|inflation_projection"
G["en10"] = ([
    m(RATE, 4, "%", BOE, prior=4.25, basis="lowered on Thursday"),
    m(RATE, 4.25, "%", BOE, opt=True, basis="previous rate"),
    m("rate_change|policy_rate_change|bank_rate_change|rate_cut", -0.25, "pp", BOE,
      basis="the cut adopted; favoured by four members in the first round"),
    m(RATE, 4, "%", BOE, opt=True, basis="repeat: first-round proposal to 4 percent"),
    m(RATE, 4, "%", BOE, opt=True, basis="repeat: second vote, five to four, to cut to 4 percent"),
    m("rate_change|dissent_rate_change|proposed_rate_change", -0.5, "pp", BOE, opt=True,
      basis="one member's preferred bigger cut"),
    m(CPIF + "|inflation_peak_forecast", 4, "%", UK, "2025-09", prior=3.5, basis="projected CPI peak in September"),
    m(CPIF + "|inflation_peak_forecast", 3.5, "%", UK, "2025-09", opt=True, basis="earlier estimate of the peak"),
    m(CPIF, 2.5, "%", UK, "2026", prior=2, basis="average"),
    m(CPIF, 2, "%", UK, "2026", opt=True, basis="average; May forecast"),
    m(CPIF, 2, "%", UK, "2027", prior=1.75, basis="average"),
    m(CPIF, 1.75, "%", UK, "2027", opt=True, basis="average; May forecast"),
    m("gdp_growth_forecast|gdp_forecast|gdp_growth|growth_forecast", 1.25, "%", UK, "2025", prior=1),
    m("gdp_growth_forecast|gdp_forecast|gdp_growth|growth_forecast", 1, "%", UK, "2025", opt=True,
      basis="previously projected"),
], [])

# ---------------------------------------------------------------- en11 Ryanair's first quarter of the financial year 2024 (Sunday World, sundayworld.com; Monday July 24, 2023, no date printed): profit after tax €663m (around €170m a year earlier); passengers +11pc to 50.4 million, load factor 95pc; revenue +40pc to €3.65bn; revenue per passenger +27pc; average fare around €49, +42pc; ancillary revenue +4pc to €1.18bn (around €23.30 per passenger); operating costs +23pc to €2.94bn; fuel +30pc to €1.34bn; over 3,200 flights daily (EUR, %, passengers, flights)
# An Irish company's quarterly results in euros. Cut: the stored page breaks off mid-word ("Wild fires on the
# Mediterranean island have caused the evacuation of tens of thousands from aff"); the passage stops after the chief
# financial officer's quote before it. No headline in the stored text (the address slug "ryanair-reports-663m-profit-and-
# 11pc-rise-in-passengers-in-first-quarter-of-2023" is not page text; none added); its opening sentence on the Rhodes
# flights kept as page text. The chief financial officer's quoted passage is rendered as reported speech (no figures).
# Kept as printed: "pc" for per cent, "is now currently" (doubled time word), "June 30" beside "the end of June".
# Periods: "the first quarter of its financial year" = "the three months to the end of June", with the fares compared
# "to the same period in 2022" -> April-June 2023, the first quarter of the financial year that ends in March 2024 ->
# FY2024Q1 (decided: named by the year the financial year ends, as news31 en07's British Airways FY2008H1); "the
# corresponding period last year" -> FY2023Q1. The daily flights of the summer schedule none.
# Decided: profit after tax €663m key; "In the corresponding period last year ... profits were around €170m" is an
# earlier figure in a sentence of its own -> a key FY2023Q1 row, no prior on the current row (news50 batch a). Each
# "up X pc to Y" -> a key growth row and a key level; the load factor, revenue-per-passenger growth, average fare
# ("around", key, EUR) and fare growth key; ancillary revenue per passenger "around €23.30" key. "Over 3,200 flights
# daily" is an incidental operational count (optional, as news50 batch a's well counts).
RYA = "Ryanair|Ryanair Holdings|Ryanair Holdings plc|RYA"
Q, Q0 = "FY2024Q1", "FY2023Q1"
PAT = "net_profit|profit_after_tax|net_income|profit"
G["en11"] = ([
    m(PAT, 663e6, "EUR", RYA, Q, basis="three months to the end of June"),
    m(PAT, 170e6, "EUR", RYA, Q0, basis="around; corresponding period last year"),
    m("passenger_growth|traffic_growth|passengers_growth", 11, "%", RYA, Q),
    m("passengers|passenger_numbers|traffic", 50.4e6, "passengers", RYA, Q),
    m("load_factor", 95, "%", RYA, Q),
    m("revenue_growth|total_revenue_growth", 40, "%", RYA, Q),
    m("revenue|total_revenue", 3.65e9, "EUR", RYA, Q),
    m("revenue_per_passenger_growth|yield_growth", 27, "%", RYA, Q),
    m("average_fare|fare|average_fares", 49, "EUR", RYA, Q, basis="around"),
    m("average_fare_growth|fare_growth|average_fares_growth", 42, "%", RYA, Q,
      basis="compared to the same period in 2022"),
    m("ancillary_revenue_growth", 4, "%", RYA, Q),
    m("ancillary_revenue", 1.18e9, "EUR", RYA, Q),
    m("ancillary_revenue_per_passenger|ancillary_spend_per_passenger", 23.30, "EUR", RYA, Q, basis="around"),
    m("operating_costs_growth|operating_cost_growth|opex_growth", 23, "%", RYA, Q, basis="three months to June 30"),
    m("operating_costs|operating_expenses|opex|costs", 2.94e9, "EUR", RYA, Q),
    m("fuel_cost_growth|fuel_costs_growth", 30, "%", RYA, Q, basis="jumped"),
    m("fuel_costs|fuel_cost|fuel_bill", 1.34e9, "EUR", RYA, Q),
    m("daily_flights|flights_per_day|flights", 3200, "flights", RYA, opt=True,
      basis="over; largest summer schedule to date"),
], [])

# ---------------------------------------------------------------- en12 This is Money's "Buys and sells from top analysts" for 9 October (thisismoney.co.uk; October 2003 by the companies named, no year printed): UBS lifts Amersham's target to 675p from 600p (neutral); Collins Stewart raises NHP profit forecasts 8% and 12%; ABN Amro cuts RBS to hold from add (target 1670p) and Lloyds TSB to add from buy (fair value 519p); UBS cuts BAA's target to 565p from 590p (buy) and its 2004 earnings forecast by about 2-3%; Lehman upgrades Dixons to equal weight from under weight (target 155p from 140p); ING cuts Amersham to sell from hold; JP Morgan cuts Carphone Warehouse to underweight from neutral (fair value 126p from 120p) (GBP, %)
# A UK broker round-up of upgrades, downgrades and target changes in pence. Cut: the stored page breaks off mid-word
# ("Credit Suisse First Bost"); the passage stops after the JP Morgan item before it. Headline kept ("Buys and sells from
# top analysts", as printed: a column title with nothing to rewrite), with its list of companies (rewritten in the lead
# words only; the names as printed, "Llods TSB" and "Mm02" included) and the "9 October" date line. The single-word
# quotes ('overdone') are rendered without quote marks; the ratings keep theirs. Kept as printed: "it put the upgrades
# down" with a lower-case "it" (the source's "it said"), "Llods TSB" in the list beside "Lloyds TSB" in the body,
# "'under weight'" as two words, "1670p" without a thousands comma.
# Periods: none for the rating actions; Collins Stewart's "this year" / "next year" print no year (no period); UBS's
# "2004 earnings forecast" -> 2004.
# Decided: seven rating actions, pence scaled to GBP (news18 en01). UBS on Amersham: target raised with the 'neutral'
# kept -> raise_target 6.75 from 6.00. ABN Amro (dealers' account): RBS downgraded to hold from add with the target cut to
# 16.70 (no prior printed); Lloyds TSB downgraded to add from buy "keeping a fair value estimate at 519p" -> target 5.19,
# no prior (unchanged, news18 en01's "fair value stayed"). UBS on BAA: target cut with 'buy' kept -> cut_target 5.65 from
# 5.90. Lehman on Dixons: upgrade to equal-weight from underweight ("under weight" normalised) with the target raised to
# 1.55 from 1.40. ING Financial Markets on Amersham: downgrade to sell from hold (no target). JP Morgan on Carphone
# Warehouse: downgrade to underweight from neutral with its fair value raised to 1.26 from 1.20 (a rating change with a
# target change carries both targets, even when they move the other way). Metrics: Collins Stewart's NHP profit forecast
# rises (8 % this year, 12 % next year) key; UBS's 2004 earnings forecast "trimmed ... by about 2-3%" a key negative
# range (-3, -2) with "about" in the basis. The list of companies and "9 October" carry no figure to label.
AMS = "Amersham|Amersham plc"
NHP = "NHP|NHP plc"
RBS = "Royal Bank of Scotland|RBS|Royal Bank of Scotland Group"
LTSB = "Lloyds TSB|Lloyds|Llods TSB|Lloyds TSB Group"
BAA = "BAA|BAA plc"
DIX = "Dixons|Dixons Group"
CPW = "Carphone Warehouse|Carphone Warehouse Group|Carphone"
ABN = "ABN Amro|ABN AMRO|ABN"
G["en12"] = ([
    m("profit_forecast_change|profit_estimate_change|earnings_forecast_change", 8, "%", NHP,
      basis="Collins Stewart raised its profit forecasts; this year"),
    m("profit_forecast_change|profit_estimate_change|earnings_forecast_change", 12, "%", NHP,
      basis="Collins Stewart raised its profit forecasts; next year"),
    m("earnings_forecast_change|earnings_estimate_change|profit_forecast_change", None, "%", BAA, "2004", rng=(-3, -2),
      basis="about; UBS trimmed its 2004 earnings forecast"),
], [
    ra("UBS", AMS, "raise_target", "neutral", target=6.75, prior_target=6.00, cur="GBP"),
    ra(ABN, RBS, "downgrade", "hold", "add", target=16.70, cur="GBP"),
    ra(ABN, LTSB, "downgrade", "add", "buy", target=5.19, cur="GBP"),
    ra("UBS", BAA, "cut_target", "buy", target=5.65, prior_target=5.90, cur="GBP"),
    ra("Lehman|Lehman Brothers", DIX, "upgrade", "equal-weight", "underweight", target=1.55, prior_target=1.40,
       cur="GBP"),
    ra("ING Financial Markets|ING", AMS, "downgrade", "sell", "hold"),
    ra("JP Morgan|JPMorgan", CPW, "downgrade", "underweight", "neutral", target=1.26, prior_target=1.20, cur="GBP"),
])
