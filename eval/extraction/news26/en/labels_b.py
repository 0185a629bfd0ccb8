# Hand-written gold labels for news26/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news25/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("around £202,859" -> 202859), a
# same-sentence "X from Y" / "X against Y" / "X compared with Y" value of the same quantity is the prior, an
# earlier-period figure in a sentence of its own is its own row, periods only where the text states or clearly implies
# the year (a dateline year dates the month it reports, news25), market levels and moves and the terms of a bond sale
# carry no period (news23), a passage with no printed year has no period (news24), guidance ranges as rng=(low, high)
# with a revised-from range in prng (news18), company currency assumptions key rows (news25), repeats, headline repeats
# and rounded restatements optional, a word figure for a flat move an optional 0 (news24), divisions, mines and
# platforms their own entities with the group as an alternative (news5, news21), Indian FY26 -> FY2026 (dev corpus),
# sen and paise as fractions of the ringgit and rupee ("12.5 sen" -> 0.125 MYR), an estimate change printed as one range
# for several years one key range row with period None (news-set precedent for "FY23 and FY24 ... by 3-6%")).

# ---------------------------------------------------------------- en07 Star Publications full year 2002 and fourth quarter: pre-tax and after-tax profit, sen dividends, EPS, revenue, depreciation (The Star, Malaysia, 2003)
# A Malaysian company's annual result in ringgit ("RM102.9mil" -> 102.9e6 MYR) with dividends and EPS in sen (1 sen =
# 0.01 MYR: "12.5 sen" -> 0.125, "25.14 sen" -> 0.2514). Period: "the year ended Dec 31, 2002" -> 2002 (the text never
# says "fiscal" and the year ends in December -> calendar year, news24 batch a); "the fourth quarter to end-Dec 2002" ->
# 2002Q4; "previously" / "a year earlier" / "last year" values sit in the same sentence as the new ones -> priors.
# Headline: "pre-tax profit up 19.2%" and "dividend of 12.5 sen" are repeated in the first sentence -> one key row each
# (body) and an optional headline repeat; the 12.5 sen's third mention ("With the 12.5 sen payout") is a second optional
# repeat (news24: a figure printed three times is one key row and two optional repeats). Pre-tax profit RM102.9mil is
# printed twice: "climbed 19.2% to RM102.9mil" and "rose to RM102.9mil from RM86.3mil previously" -> one key level row
# with the prior and the first mention an optional repeat (news24 Fletcher rule); the 19.2 % growth is key. Dividends:
# the 12.5 sen (second interim) key; "total dividends come to 20 sen, against 15 sen a year earlier" -> key with prior
# 0.15, and "a 33% increase" key; the split "7.5 sen tax exempt portion and a 5 sen special dividend less tax" -> two
# key rows (a special dividend is a figure an analyst keeps; the tax-exempt portion is the rest of the same payout). "No
# final dividend" prints no figure -> not labelled. After-tax profit +13.6 % key and RM77.6mil with prior RM68.3mil key;
# basic EPS 25.14 sen (prior 22.48) and diluted EPS 24.23 sen (prior 22.18) key with basis. Revenue +11.2 % key and
# RM521.3mil with prior RM468.9mil key. Depreciation "more than doubled to RM38mil, from RM18mil last year" -> level
# with prior key, and "more than doubled" an optional 100 % (a bound in words). Fourth quarter: pre-tax profit RM30.4mil
# "up 43.6% from RM21.2mil" -> level with prior and growth key; "higher tax charges of RM10mil" -> key tax (no prior
# printed); after-tax profit "slipped marginally to RM20.3mil from RM20.4mil" -> key with prior (no % printed). Not
# labelled: "April 15", "March 31" (dates), "in 2002" (date of the new plant).
STAR = "Star Publications (Malaysia) Bhd|Star Publications|Star|STAR|Star Publications (Malaysia) Berhad"
Y, Q4 = "2002", "2002Q4"
PBT = "pretax_profit|profit_before_tax|pbt|pre_tax_profit"
PAT = "net_profit|profit_after_tax|after_tax_profit|net_income"
G["en07"] = ([
    m("pretax_profit_growth|pbt_growth|profit_before_tax_growth", 19.2, "%", STAR, Y),
    m("pretax_profit_growth|pbt_growth|profit_before_tax_growth", 19.2, "%", STAR, Y, opt=True),   # headline
    m(PBT, 102.9e6, "MYR", STAR, Y, prior=86.3e6),
    m(PBT, 102.9e6, "MYR", STAR, Y, opt=True),                                                    # first mention
    m("dividend_per_share|dps|interim_dividend|second_interim_dividend", 0.125, "MYR", STAR, Y),
    m("dividend_per_share|dps|interim_dividend|second_interim_dividend", 0.125, "MYR", STAR, Y, opt=True),  # headline
    m("dividend_per_share|dps|interim_dividend|second_interim_dividend", 0.125, "MYR", STAR, Y, opt=True),  # "With the 12.5 sen"
    m("total_dividend|total_dividend_per_share|annual_dividend|dps", 0.20, "MYR", STAR, Y, prior=0.15),
    m("dividend_growth|total_dividend_growth|dps_growth", 33, "%", STAR, Y),
    m("tax_exempt_dividend|dividend_per_share|interim_dividend", 0.075, "MYR", STAR, Y, basis="tax exempt portion"),
    m("special_dividend|special_dividend_per_share", 0.05, "MYR", STAR, Y, basis="less tax"),
    m("net_profit_growth|profit_after_tax_growth|after_tax_profit_growth", 13.6, "%", STAR, Y),
    m(PAT, 77.6e6, "MYR", STAR, Y, prior=68.3e6),
    m("eps|basic_eps|earnings_per_share", 0.2514, "MYR", STAR, Y, prior=0.2248, basis="basic"),
    m("eps|diluted_eps|earnings_per_share", 0.2423, "MYR", STAR, Y, prior=0.2218, basis="diluted"),
    m("revenue_growth|sales_growth", 11.2, "%", STAR, Y),
    m("revenue|sales|revenues", 521.3e6, "MYR", STAR, Y, prior=468.9e6),
    m("depreciation|depreciation_charges", 38e6, "MYR", STAR, Y, prior=18e6),
    m("depreciation_growth|depreciation_change", 100, "%", STAR, Y, opt=True, basis="more than doubled"),
    m(PBT, 30.4e6, "MYR", STAR, Q4, prior=21.2e6),
    m("pretax_profit_growth|pbt_growth|profit_before_tax_growth", 43.6, "%", STAR, Q4),
    m("tax|tax_charge|tax_expense|income_tax", 10e6, "MYR", STAR, Q4),
    m(PAT, 20.3e6, "MYR", STAR, Q4, prior=20.4e6),
], [])

# ---------------------------------------------------------------- en08 JPMorgan upgrades TCS to overweight: target, implied upside, share move, underperformance, FY26/FY27 growth and margin estimates (Business Upturn; no calendar year printed)
# An analyst note on one Indian company in rupees ("Rs 3,132.30", "₹3,800" -> INR). Rating action: "lifted its rating on
# TCS to "overweight" from "neutral" and raised its price target to ₹3,800 per share from ₹3,650" -> one upgrade with both
# ratings and both targets (dev corpus: a rating change with a target change is an upgrade with both targets); the
# targets are not repeated as metric rows. Share move: "rose more than 2%" (rounded) and "2.56% higher at Rs 3,132.30"
# -> the 2.56 % move and the Rs 3,132.30 price key, the "more than 2%" an optional rounded restatement; the move is
# intraday ("At 9:51 AM") and, as a market move, has no period. "upside of nearly 24.4% from Friday's close of ₹3,054.7"
# -> key upside (hedge keeps 24.4) and the previous close key (basis "Friday's close"). "underperforming the Nifty 50 by
# 29% and the Nifty IT index by 6%" this year -> two key relative-performance rows, negative (underperformance), period
# None ("this year" names no year). Estimates: "growth assumptions to 0% and 5% in FY26 and FY27" -> two key revenue
# growth estimate rows (constant currency, year on year), FY2026 and FY2027 (Indian FY26 -> FY2026); "moderated" gives
# no old value -> no prior. "lifted its margin estimates by 55 basis points for FY26 and 57 basis points for FY27" -> two
# key estimate-change rows in bp. "a 2–3% earnings-per-share (EPS) upgrade over the next three years" -> one key range
# row, period None, the span in the basis. Not labelled: "9:51 AM" (time), "second half of FY26" (timing of a recovery),
# "Nifty 50" (index name).
TCS = "Tata Consultancy Services|TCS|Tata Consultancy Services Ltd"
JPM = "JPMorgan|JP Morgan|J.P. Morgan|JPMorgan Chase"
G["en08"] = ([
    m("price_change|share_price_change|stock_change", 2.56, "%", TCS, basis="at 9:51 AM"),
    m("price_change|share_price_change|stock_change", 2, "%", TCS, opt=True, basis="more than"),   # rounded repeat
    m("share_price|price|stock_price", 3132.30, "INR", TCS, basis="at 9:51 AM"),
    m("upside|implied_upside|upside_potential|target_upside", 24.4, "%", TCS, basis="JPMorgan target vs Friday's close"),
    m("close_price|closing_price|previous_close|share_price", 3054.7, "INR", TCS, basis="Friday's close"),
    m("relative_performance|underperformance|outperformance", -29, "%", TCS, basis="versus Nifty 50, this year"),
    m("relative_performance|underperformance|outperformance", -6, "%", TCS, basis="versus Nifty IT index, this year"),
    m("revenue_growth_estimate|revenue_growth_forecast|growth_assumption", 0, "%", TCS, "FY2026",
      basis="JPMorgan, international constant currency, yoy"),
    m("revenue_growth_estimate|revenue_growth_forecast|growth_assumption", 5, "%", TCS, "FY2027",
      basis="JPMorgan, international constant currency, yoy"),
    m("margin_estimate_change|ebit_margin_estimate_change|estimate_change", 55, "bp", TCS, "FY2026", basis="JPMorgan"),
    m("margin_estimate_change|ebit_margin_estimate_change|estimate_change", 57, "bp", TCS, "FY2027", basis="JPMorgan"),
    m("eps_estimate_change|eps_upgrade|earnings_estimate_change", None, "%", TCS, rng=(2, 3),
      basis="JPMorgan, over the next three years"),
], [
    ra(JPM, TCS, "upgrade", "overweight", prior_rating="neutral", target=3800, prior_target=3650, cur="INR"),
])

# ---------------------------------------------------------------- en09 Halifax house price index for September: annual and monthly change, average price, August home sales, approvals (FTAdviser, 2015)
# A UK housing-market release. The dateline "Oct 6 2015" and "released today (6 October)" date the index month ->
# September 2015 (2015-09); the sales and approvals months are August 2015 (2015-08). Annual growth "eased from 9 per
# cent to 8.6 per cent in September" -> key 8.6 % with prior 9, and the 9 % (August's annual rate) also an optional row
# (news25: a previous reading named in the same sentence is the prior and an optional row). "average house price at
# around £202,859" -> key (hedge keeps the number). Monthly "falling ... by 0.9 per cent" -> key -0.9 %. Home sales "rose
# by 3 per cent between July and August to 106,480" -> growth and level key (unit "sales"); "since February 2014, when
# 109,030 sales were recorded" -> a historic comparison, optional (2014-02). "In the three months to August, sales were
# 6.5 per cent higher than in the previous three months" -> key, period None with the span in the basis (news25: rolling
# three-month periods carry no period). Approvals for house purchase "up 3 per cent" in August -> key (no level printed).
# Not labelled: "third month in a row", "seventh month running" (counts of months), "January 2014"
# (date), "next 12 months" (horizon); the quoted statement and the price-tracker paragraph print no figures.
UK = "UK|United Kingdom|UK house prices|Halifax house price index|Halifax"
UKS = "UK home sales|home sales|UK|United Kingdom"
UKM = "UK mortgage approvals|mortgage approvals|UK|United Kingdom"
G["en09"] = ([
    m("house_price_growth_yoy|house_price_growth|annual_house_price_growth|hpi_yoy", 8.6, "%", UK, "2015-09", prior=9),
    m("house_price_growth_yoy|house_price_growth|annual_house_price_growth|hpi_yoy", 9, "%", UK, "2015-08", opt=True),
    m("average_house_price|house_price|average_price", 202859, "GBP", UK, "2015-09"),
    m("house_price_mom|house_price_change|monthly_house_price_change|hpi_mom", -0.9, "%", UK, "2015-09"),
    m("home_sales_growth|sales_growth|home_sales_change", 3, "%", UKS, "2015-08", basis="mom, July to August"),
    m("home_sales|sales|housing_transactions", 106480, "sales", UKS, "2015-08"),
    m("home_sales|sales|housing_transactions", 109030, "sales", UKS, "2014-02", opt=True, basis="February 2014 high"),
    m("home_sales_growth|sales_growth|home_sales_change", 6.5, "%", UKS,
      basis="three months to August vs preceding three months"),
    m("mortgage_approvals_growth|mortgage_approvals_change|approvals_growth", 3, "%", UKM, "2015-08",
      basis="house purchase"),
], [])

# ---------------------------------------------------------------- en10 TSMC second quarter 2024 and third-quarter guidance: revenue, gross and operating margin ranges, HPC and smartphone, NT$ results, full-year growth (ChinaFlashMarket, 2024)
# A chipmaker's quarter with next-quarter guidance ranges. Period: "the second quarter ended June 30, 2024" -> 2024Q2; the
# third-quarter guidance given on that call -> 2024Q3; "the whole of 2024" -> 2024. Guidance: revenue "between $22.4
# billion and $23.2 billion" -> key range USD; "a sequential rise of 7.6% to 11.4%" -> key range of q/q growth (the
# company's own restatement of the range in growth terms, a different quantity); gross margin 53.5-55.5 % and operating
# margin 42.5-44.5 % -> key ranges. "$20.82 billion booked in the second quarter" -> key 2024Q2 revenue in USD (stated in
# its own clause as the base, not a prior of the guidance). The exchange-rate assumption "1 US dollar to 32.5 New Taiwan
# dollars" -> key (news25: a company's currency assumption is key), unit TWD, period 2024Q3 (the guidance quarter it
# underlies). HPC revenue "+28% quarter-over-quarter" -> key, HPC its own entity with TSMC as alternative; "Smartphones
# made up 33% of revenue" -> key (TSMC's platform mix is a reported metric an analyst keeps; cf. news25's optional
# share of group sales for a retailer's division, decided differently here). NT$ results: revenue NT$673.51 billion, net
# profit NT$247.85 billion, diluted EPS NT$9.56 -> key (TWD). Full-year revenue growth "between 24% and 26%" -> key range,
# 2024. Not labelled: "July 18" (date), "3nm" (process name), "1 US dollar" (the unit side of the rate), "record high"
# (no figure).
TSMC = "TSMC|Taiwan Semiconductor Manufacturing|Taiwan Semiconductor Manufacturing Co|Taiwan Semiconductor|2330.TW|TSM"
HPC = "TSMC HPC|high-performance computing|HPC|" + TSMC
SMP = "TSMC smartphone|smartphone|smartphones|" + TSMC
Q2, Q3 = "2024Q2", "2024Q3"
G["en10"] = ([
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", TSMC, Q3, rng=(22.4e9, 23.2e9)),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_qoq", None, "%", TSMC, Q3, rng=(7.6, 11.4),
      basis="qoq"),
    m("revenue|sales", 20.82e9, "USD", TSMC, Q2),
    m("exchange_rate_assumption|fx_assumption|currency_assumption|exchange_rate", 32.5, "TWD",
      "USD/TWD|New Taiwan dollar|" + TSMC, Q3, basis="guidance assumption"),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast", None, "%", TSMC, Q3, rng=(53.5, 55.5)),
    m("guidance_operating_margin|operating_margin_guidance|operating_margin_forecast", None, "%", TSMC, Q3,
      rng=(42.5, 44.5)),
    m("segment_revenue_growth|revenue_growth|platform_revenue_growth", 28, "%", HPC, Q2, basis="qoq"),
    m("revenue_share|share_of_revenue|platform_revenue_share", 33, "%", SMP, Q2),
    m("revenue|sales", 673.51e9, "TWD", TSMC, Q2),
    m("net_profit|net_income|profit", 247.85e9, "TWD", TSMC, Q2),
    m("eps|diluted_eps|earnings_per_share", 9.56, "TWD", TSMC, Q2, basis="diluted"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_forecast", None, "%", TSMC, "2024", rng=(24, 26)),
], [])

# ---------------------------------------------------------------- en11 Spanish two-, five- and seven-year bond auction: sizes, average yields, bid-to-cover, total vs target range, 10-year yield, euro, European stocks (Forexpros via TraderPlanet; no year printed)
# A sovereign bond auction report. No year is printed ("Thursday", "in June", "last month") -> no periods (auction terms
# and market levels carry none anyway, news23). Each tenor is its own entity with Spain as an alternative. Per tenor:
# size (EUR) key; "average yield of X, up from Y at a comparable auction a month earlier" / "against Y" -> key yield with
# the prior; bid-to-cover "1.90 times, against ... 4.26 in June" / "2.10, down from 3.44" / "2.90, compared with 3.27"
# -> key x with the prior. The five-year size is printed "EUR1.07 billion million" (the source's doubled scale word): it
# is labelled 1.07e9, the reading the text itself confirms (1.36 + 1.07 + 0.548 = the printed EUR2.978billion total);
# the literal product of both scale words is not a plausible amount (decided here; the ECB "3.3-billion-euro" case in
# the dev corpus was a plausible but wrong figure). Total "EUR2.978billion" key; "top of its target range of EUR2-3
# billion" -> key range (the bare "2" takes the billions of "3 billion"). Secondary market: 10-year yield "climbed to
# 7.0%" key (no prior printed). FX: EUR/USD -0.12 % and 1.2270 key (unit USD per euro). Stocks: EURO STOXX 50 +0.2, CAC
# 40 +0.2, DAX +0.4, FTSE 100 +0.1 key; IBEX 35 "little changed" -> optional 0 % (a word figure for a flat move).
# Not labelled: "two, five and seven-year", "10-year" (tenor names), "fourth largest" (rank), "IBEX 35", "EURO STOXX
# 50", "CAC 40", "FTSE 100" (index names).
ES = "Spain|Spanish Treasury|Spanish government bonds"
ES2 = "Spanish 2-year bonds|Spain two-year government bonds|two-year|" + ES
ES5 = "Spanish 5-year bonds|Spain five-year debt|five-year|" + ES
ES7 = "Spanish 7-year bonds|Spain seven-year debt|seven-year|" + ES
ES10 = "Spanish 10-year bonds|Spain 10-year|10-year|" + ES
SIZE = "auction_size|amount_sold|issue_size|amount_issued"
AY = "auction_yield|average_yield|yield"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
IX = "index_change|price_change"
G["en11"] = ([
    m(SIZE, 1.36e9, "EUR", ES2),
    m(AY, 5.204, "%", ES2, prior=4.706),
    m(BTC, 1.90, "x", ES2, prior=4.26),
    m(SIZE, 1.07e9, "EUR", ES5, basis="printed 'EUR1.07 billion million'"),
    m(AY, 6.456, "%", ES5, prior=6.072),
    m(BTC, 2.10, "x", ES5, prior=3.44),
    m(SIZE, 548e6, "EUR", ES7),
    m(AY, 6.701, "%", ES7, prior=4.832),
    m(BTC, 2.90, "x", ES7, prior=3.27),
    m("total_auction_size|amount_sold|total_issuance|auction_size", 2.978e9, "EUR", ES),
    m("auction_target|target_amount|target_range", None, "EUR", ES, rng=(2e9, 3e9)),
    m("bond_yield|yield|10y_yield", 7.0, "%", ES10),
    m("exchange_rate_change|fx_change|price_change", -0.12, "%", "EUR/USD|euro"),
    m("exchange_rate|fx_rate", 1.2270, "USD", "EUR/USD|euro"),
    m(IX, 0, "%", "IBEX 35|IBEX|Spain's IBEX 35 Index", opt=True),                          # little changed
    m(IX, 0.2, "%", "EURO STOXX 50|Euro Stoxx 50|STOXX50E"),
    m(IX, 0.2, "%", "CAC 40|CAC|France's CAC 40"),
    m(IX, 0.4, "%", "DAX|Germany's DAX"),
    m(IX, 0.1, "%", "FTSE 100|FTSE|London's FTSE 100"),
], [])

# ---------------------------------------------------------------- en12 First Quantum third quarter 2024: copper output and sales, C1 cash cost, Kansanshi copper, gold and raised 2024 guidance ranges (Min-Met blog, 2024)
# A mining company's production report. Period: "Q3 2024" -> 2024Q3; "Production guidance for 2024" -> 2024. Units:
# copper in tonnes ("116,088 tonnes"; the headline's "116kt" -> 116e3, a rounded repeat, optional), gold in ounces,
# C1 cash cost in USD with "per lb" in the basis (news18: unit costs in the currency with the physical unit in basis).
# Group: production 116,088 t and +13 % q/q key (headline "13% increase" an optional repeat); "C1 cash cost fell $0.16
# per lb quarter-over-quarter to $1.57 per lb" -> level key and the -0.16 change key (the old level is not printed and
# is not computed); sales 112,094 t key; "about 3,994 tonnes below production because of the timing of shipments" -> a
# printed difference of two labelled figures, optional. Kansanshi (its own entity, group as alternative): copper
# 49,810 t key and "8,303 tonnes above the previous quarter" key (a q/q change in tonnes); gold 31,659 oz key; C1 $1.29
# per lb and "$0.22 lower" key. Guidance (inside the Kansanshi bullet, so Kansanshi's): copper "raised to 155,000 –
# 165,000 tonnes ... from 130,000 – 150,000 tonnes" and gold "90,000 – 100,000 ounces from 65,000 – 75,000 ounces" ->
# key ranges with the old ranges in prng. The passage stops before the half-stored Sentinel bullet; a footnote marker
# after "C1 cash cost" in the Kansanshi bullet was dropped as page furniture. Not labelled: "fourth quarter of 2021",
# "first quarter of 2022" (dates of earlier highs), "Q2 2024" (comparison date).
FQ = "First Quantum|First Quantum Minerals|First Quantum Minerals Ltd|FM"
KAN = "Kansanshi|Kansanshi mine|" + FQ
Q, FY = "2024Q3", "2024"
CU = "copper_production|production|copper_output"
C1 = "c1_cash_cost|c1_cost|cash_cost|unit_cost"
C1C = "c1_cash_cost_change|c1_cost_change|cash_cost_change"
G["en12"] = ([
    m(CU, 116088, "tonnes", FQ, Q),
    m(CU, 116e3, "tonnes", FQ, Q, opt=True),                                                      # headline "116kt"
    m("copper_production_growth|production_growth|copper_output_growth", 13, "%", FQ, Q, basis="qoq"),
    m("copper_production_growth|production_growth|copper_output_growth", 13, "%", FQ, Q, opt=True),  # headline
    m(C1, 1.57, "USD", FQ, Q, basis="per lb"),
    m(C1C, -0.16, "USD", FQ, Q, basis="per lb, qoq"),
    m("copper_sales|sales_volume|copper_sales_volume", 112094, "tonnes", FQ, Q),
    m("sales_vs_production|inventory_change|sales_shortfall", -3994, "tonnes", FQ, Q, opt=True,
      basis="sales below production, timing of shipments"),
    m(CU, 49810, "tonnes", KAN, Q),
    m("copper_production_change|production_change", 8303, "tonnes", KAN, Q, basis="qoq"),
    m("gold_production|gold_output|production", 31659, "ounces", KAN, Q),
    m(C1, 1.29, "USD", KAN, Q, basis="per lb"),
    m(C1C, -0.22, "USD", KAN, Q, basis="per lb, qoq"),
    m("guidance_copper_production|production_guidance|copper_production_guidance", None, "tonnes", KAN, FY,
      rng=(155e3, 165e3), prng=(130e3, 150e3)),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", KAN, FY,
      rng=(90e3, 100e3), prng=(65e3, 75e3)),
], [])
