# Hand-written gold labels for news18/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news2/news3/en/README.md, news4-news17/en/README.md (values fully
# scaled, pence scaled to GBP, declines negative, a hedge keeps the stated number, a same-sentence earlier value is the
# prior, periods only where the text states or implies the year or from a printed dateline, market-wrap levels and moves
# carry no period, share prices in rating/results passages optional, repeats optional, broker targets only in rating
# actions, a target said to be unchanged has no prior, a bracketed currency conversion is no row).

# ---------------------------------------------------------------- en01 Daily Mail "Buys and sells from top analysts" (UK broker roundup, pence; no year)
# Ten broker lines; nine are rating actions. Pence targets scaled to GBP; "e4.3" (Ryanair) is EUR. JP Morgan's "fair
# value" is its target: raised with the 'neutral' kept -> raise_target; its "by 10%" is a percentage target change (key
# metric, news2). Goldman: downgrade outperform -> in-line (normalised "in-line", as the corpus writes it); "Its fair
# value stayed at 300p" is an unchanged target -> no prior. Morgan Stanley's four targets "from X to Y" with the rating
# stated and unchanged: three cut_target, Xstrata raise_target (650p -> 700p); "540" and "1,500" carry no "p" but sit
# in a pence list (news8: a target with no currency printed is in the listing's currency) -> 5.40 and 15.00 GBP;
# "equal weight" -> "equal-weight". UBS B&B downgrade neutral -> reduce with the target cut; Numis upgrade sell -> hold
# with the target raised; UBS Ryanair upgrade reduce -> neutral with the target trimmed (rating up, target down ->
# still an upgrade with both targets). Deutsche Bank taking Vodafone off a focus list is no rating action of the
# vocabulary and carries no figure (not labelled); Morgan Stanley's EPS-forecast cuts carry no figure. M&B's 15%
# year-to-date rise is a key share move (news15); its 16% outperformance of the market is an incidental relative
# statistic the bank cites (optional). "Thursday, 3 June" etc. are dates; no year in the text -> no periods.
BL = "British Land"
MAB = "Mitchells & Butlers|Mitchells and Butlers"
G["en01"] = ([
    m("target_price_change|fair_value_change", 10, "%", BL),
    m("price_change|ytd_change", 15, "%", MAB),
    m("relative_performance|outperformance", 16, "%", MAB, opt=True),
], [
    ra("JP Morgan|JPMorgan", BL, "raise_target", "neutral", target=6.60, prior_target=6.00, cur="GBP"),
    ra("Goldman Sachs|Goldman", MAB, "downgrade", "in-line", "outperform", target=3.00, cur="GBP"),
    ra("Morgan Stanley", "BHP Billiton|BHP", "cut_target", "overweight", target=5.40, prior_target=5.70, cur="GBP"),
    ra("Morgan Stanley", "Rio Tinto", "cut_target", "overweight", target=15.00, prior_target=16.00, cur="GBP"),
    ra("Morgan Stanley", "Antofagasta", "cut_target", "equal-weight", target=10.00, prior_target=11.40, cur="GBP"),
    ra("Morgan Stanley", "Xstrata", "raise_target", "underweight", target=7.00, prior_target=6.50, cur="GBP"),
    ra("UBS", "Bradford & Bingley|Bradford and Bingley", "downgrade", "reduce", "neutral", target=2.50, prior_target=3.10, cur="GBP"),
    ra("Numis|Numis Securities", "Northern Foods", "upgrade", "hold", "sell", target=1.50, prior_target=1.40, cur="GBP"),
    ra("UBS", "Ryanair", "upgrade", "neutral", "reduce", target=4.3, prior_target=4.4, cur="EUR"),
])

# ---------------------------------------------------------------- en02 Apple: three brokers raise targets after the quarter and June-quarter guidance (Reuters via Financial Mirror, 2010)
# US results follow-up with three broker target raises. "All three brokerages kept their top rating" -> raise_target
# for each; the rating is not named ("top rating"), so rating None (news13: an action that names no rating has rating
# None). Deutsche Bank and Thomas Weisel "to X from Y" -> prior target; Barclays "by $15 to $315" states no prior
# (news10: a prior the text does not state is not derived) -> no prior, and the $15 target change is a key metric (as
# news2 makes a percentage target change key). Guidance for "the June quarter" is two key ranges (revenue, EPS). No
# year is stated for the March/June quarters ("Q2", "third-quarter" are fiscal, the year is never printed) -> no
# period; Deutsche Bank's iPhone unit estimates name their years (2010, 2011) and carry their "from" values as priors.
# "more than double the figure of a year ago" keeps 2 (x, key; news14 "more than five-fold is 5 in x"). "At least
# three brokerages" is an analyst count (optional). The share moves (16% this year, 5% pre-market) are key; the
# pre-market and closing prices optional (prices in a rating/results passage).
AAPL = "Apple|Apple Inc|AAPL"
G["en02"] = ([
    m("brokerages_raising_targets|analyst_count", 3, "brokerages", AAPL, opt=True),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", AAPL, rng=(13e9, 13.4e9)),
    m("guidance_eps|eps_guidance|eps_forecast", None, "USD", AAPL, rng=(2.28, 2.39)),
    m("iphone_units|iphone_sales|units_sold", 8.75e6, "units", AAPL),
    m("iphone_units_growth|iphone_sales_growth", 2, "x", AAPL),
    m("iphone_units_estimate|iphone_estimate|iphone_units_forecast", 41e6, "units", AAPL, "2010", prior=37.8e6),
    m("iphone_units_estimate|iphone_estimate|iphone_units_forecast", 50e6, "units", AAPL, "2011", prior=46e6),
    m("target_price_change", 15, "USD", AAPL),
    m("price_change|ytd_change", 16, "%", AAPL),
    m("price_change|premarket_change", 5, "%", AAPL),
    m("price|share_price|premarket_price", 257, "USD", AAPL, opt=True),
    m("close_price|price", 244.59, "USD", AAPL, opt=True),
], [
    ra("Deutsche Bank", AAPL, "raise_target", None, target=350, prior_target=325, cur="USD"),
    ra("Barclays Capital|Barclays", AAPL, "raise_target", None, target=315, cur="USD"),
    ra("Thomas Weisel Partners|Thomas Weisel", AAPL, "raise_target", None, target=320, prior_target=300, cur="USD"),
])

# ---------------------------------------------------------------- en03 US June payrolls, wages, unemployment with a data table (Haver Analytics, Jul 06 2018)
# Macro release with a printed dateline (Jul 06 2018) -> June is 2018-06, May 2018-05, April 2018-04 (news7: periods
# from a printed dateline). The table is "(SA, M/M Change, 000s)" -> thousands scaled to jobs (213 -> 213000). Its
# "Previous Estimate" row gives the earlier prints of May (223) and April (159): the revised figures carry them as
# priors (news8-style "X (earlier: Y)"). The two-month revision (+37,000) is key with no single month (period None,
# basis names the months). The survey's expected payrolls, AHE and jobless rate are consensus rows. AHE "0.2% (2.7%
# y/y)" -> m/m and y/y rows; "an unrevised 0.3% rise" is May's m/m (key once; its table repeat optional). Table
# columns: Jun/May/Apr monthly changes; "Jun Y/Y" the year-on-year % change; 2017/2016/2015 annual figures (periods
# 2017, 2016, 2015). Table repeats of prose figures are optional (one key row per figure). For the weekly-hours and
# unemployment-rate rows the "Jun Y/Y" column holds a level, read as June a year earlier (2017-06) -> optional (the
# column heading does not fit a level). Sectors are entities of their own (news5: sub-indices are their own entities).
# "1.6% y/y" for payrolls is key (growth rate).
US = "US|United States|U.S."
J, My, A = "2018-06", "2018-05", "2018-04"
MF = "US manufacturing|manufacturing"
CO = "US construction|construction"
PS = "US private service-producing|private service-producing"
GV = "US government|government"
G["en03"] = ([
    m("nonfarm_payrolls|payrolls", 213000, "jobs", US, J),
    m("payrolls_growth_yoy|payrolls_growth|employment_growth", 1.6, "%", US, J),
    m("nonfarm_payrolls|payrolls", 244000, "jobs", US, My, prior=223000),
    m("nonfarm_payrolls|payrolls", 175000, "jobs", US, A, prior=159000),
    m("payrolls_revision|net_revision", 37000, "jobs", US, basis="April and May combined"),
    m("payrolls_consensus|payrolls_estimate|payrolls_forecast", 191000, "jobs", US, J),
    m("average_hourly_earnings_growth|wage_growth|ahe_mom", 0.2, "%", US, J, basis="m/m"),
    m("average_hourly_earnings_growth_yoy|wage_growth|ahe_yoy", 2.7, "%", US, J, basis="y/y"),
    m("average_hourly_earnings_growth|wage_growth|ahe_mom", 0.3, "%", US, My, basis="m/m"),
    m("average_hourly_earnings_consensus|wage_growth_estimate|ahe_consensus", 0.3, "%", US, J, basis="m/m"),
    m("unemployment_rate|jobless_rate", 4.0, "%", US, J),
    m("unemployment_rate_consensus|unemployment_rate_estimate", 3.8, "%", US, J),
    m("u6_unemployment_rate|total_unemployment_rate|u6", 7.8, "%", US, J),
    # table: payroll employment (repeats optional), annual growth
    m("nonfarm_payrolls|payrolls", 213000, "jobs", US, J, opt=True),
    m("nonfarm_payrolls|payrolls", 244000, "jobs", US, My, opt=True),
    m("nonfarm_payrolls|payrolls", 175000, "jobs", US, A, opt=True),
    m("payrolls_growth_yoy|payrolls_growth|employment_growth", 1.6, "%", US, J, opt=True),
    m("payrolls_growth|employment_growth", 1.6, "%", US, "2017"),
    m("payrolls_growth|employment_growth", 1.8, "%", US, "2016"),
    m("payrolls_growth|employment_growth", 2.1, "%", US, "2015"),
    # manufacturing
    m("manufacturing_payrolls|payrolls|employment_change", 36000, "jobs", MF, J),
    m("manufacturing_payrolls|payrolls|employment_change", 19000, "jobs", MF, My),
    m("manufacturing_payrolls|payrolls|employment_change", 28000, "jobs", MF, A),
    m("employment_growth_yoy|employment_growth", 2.3, "%", MF, J),
    m("employment_growth", 0.7, "%", MF, "2017"),
    m("employment_growth", 0.1, "%", MF, "2016"),
    m("employment_growth", 1.2, "%", MF, "2015"),
    # construction
    m("construction_payrolls|payrolls|employment_change", 13000, "jobs", CO, J),
    m("construction_payrolls|payrolls|employment_change", 29000, "jobs", CO, My),
    m("construction_payrolls|payrolls|employment_change", 16000, "jobs", CO, A),
    m("employment_growth_yoy|employment_growth", 3.9, "%", CO, J),
    m("employment_growth", 2.4, "%", CO, "2017"),
    m("employment_growth", 4.1, "%", CO, "2016"),
    m("employment_growth", 5.0, "%", CO, "2015"),
    # private service-producing
    m("service_payrolls|payrolls|employment_change", 149000, "jobs", PS, J),
    m("service_payrolls|payrolls|employment_change", 188000, "jobs", PS, My),
    m("service_payrolls|payrolls|employment_change", 122000, "jobs", PS, A),
    m("employment_growth_yoy|employment_growth", 1.7, "%", PS, J),
    m("employment_growth", 1.8, "%", PS, "2017"),
    m("employment_growth", 2.2, "%", PS, "2016"),
    m("employment_growth", 2.4, "%", PS, "2015"),
    # government
    m("government_payrolls|payrolls|employment_change", 11000, "jobs", GV, J),
    m("government_payrolls|payrolls|employment_change", 5000, "jobs", GV, My),
    m("government_payrolls|payrolls|employment_change", 1000, "jobs", GV, A),
    m("employment_growth_yoy|employment_growth", 0.0, "%", GV, J),
    m("employment_growth", 0.4, "%", GV, "2017"),
    m("employment_growth", 0.9, "%", GV, "2016"),
    m("employment_growth", 0.7, "%", GV, "2015"),
    # average weekly hours, private sector
    m("average_weekly_hours|workweek", 34.5, "hours", US, J),
    m("average_weekly_hours|workweek", 34.5, "hours", US, My),
    m("average_weekly_hours|workweek", 34.5, "hours", US, A),
    m("average_weekly_hours|workweek", 34.4, "hours", US, "2017-06", opt=True),      # "Jun Y/Y" column, a level
    m("average_weekly_hours|workweek", 34.4, "hours", US, "2017"),
    m("average_weekly_hours|workweek", 34.4, "hours", US, "2016"),
    m("average_weekly_hours|workweek", 34.5, "hours", US, "2015"),
    # private sector average hourly earnings (%)
    m("average_hourly_earnings_growth|wage_growth|ahe_mom", 0.2, "%", US, J, basis="m/m", opt=True),
    m("average_hourly_earnings_growth|wage_growth|ahe_mom", 0.3, "%", US, My, basis="m/m", opt=True),
    m("average_hourly_earnings_growth|wage_growth|ahe_mom", 0.2, "%", US, A, basis="m/m"),
    m("average_hourly_earnings_growth_yoy|wage_growth|ahe_yoy", 2.7, "%", US, J, basis="y/y", opt=True),
    m("average_hourly_earnings_growth|wage_growth", 2.5, "%", US, "2017"),
    m("average_hourly_earnings_growth|wage_growth", 2.6, "%", US, "2016"),
    m("average_hourly_earnings_growth|wage_growth", 2.3, "%", US, "2015"),
    # unemployment rate (%)
    m("unemployment_rate|jobless_rate", 4.0, "%", US, J, opt=True),
    m("unemployment_rate|jobless_rate", 3.8, "%", US, My),
    m("unemployment_rate|jobless_rate", 3.9, "%", US, A),
    m("unemployment_rate|jobless_rate", 4.3, "%", US, "2017-06", opt=True),          # "Jun Y/Y" column, a level
    m("unemployment_rate|jobless_rate", 4.4, "%", US, "2017"),
    m("unemployment_rate|jobless_rate", 4.9, "%", US, "2016"),
    m("unemployment_rate|jobless_rate", 5.3, "%", US, "2015"),
], [])

# ---------------------------------------------------------------- en04 BP second quarter 2021: buyback, dividend, production (StockMarketWire.com)
# Oil major's quarter. The text names 2021 ("full year 2021", "same period of 2020") -> Q2 is 2021Q2. Underlying RC
# profit "$2.8 billion, against a loss of $6.68 billion in the prior-year period" (same sentence) -> prior -6.68e9 (a
# loss is a negative profit, news5); revenue "to $37.60 billion from $20.78 billion" -> prior. The year-ago values are
# also optional rows of their own (2020Q2), as news16 did for a year-ago revenue. "875mboe per day" = 875,000 barrels of
# oil equivalent per day (unit "boe/d", a count noun per day). The $1.4 billion buyback is key (headline "$1.4B"
# repeat optional); no period (a programme, like news15's buyback). Dividend "by 4% to 5.46 cents" -> growth 4 % and
# DPS 0.0546 USD (2021Q2: a quarterly dividend). Quoted outlook: buybacks "around $1.0 billion per quarter" and an
# annual dividend increase "around 4%" "through 2025" at "around $60 per barrel" -> key guidance rows (hedges keep the
# number), the $60/bbl price assumption key; the horizon "through 2025" is no reporting period -> None. Divestment
# proceeds "$5-6 billion" (range) and capex "around $13 billion" are 2021 guidance (key). Production direction
# statements without figures are not labelled.
BP = "BP|BP plc"
Q = "2021Q2"
G["en04"] = ([
    m("buyback|share_buyback", 1.4e9, "USD", BP, opt=True),                              # headline
    m("buyback|share_buyback", 1.4e9, "USD", BP),
    m("underlying_replacement_cost_profit|underlying_profit|net_profit|profit", 2.8e9, "USD", BP, Q, prior=-6.68e9,
      basis="underlying replacement cost"),
    m("underlying_replacement_cost_profit|underlying_profit|net_profit|profit", -6.68e9, "USD", BP, "2020Q2",
      basis="underlying replacement cost", opt=True),
    m("revenue", 37.60e9, "USD", BP, Q, prior=20.78e9),
    m("revenue", 20.78e9, "USD", BP, "2020Q2", opt=True),
    m("production|oil_and_gas_production|reported_production", 875000, "boe/d", BP, Q),
    m("dividend_growth|dps_growth", 4, "%", BP),
    m("quarterly_dividend|dividend_per_share|dps", 0.0546, "USD", BP, Q),
    m("buyback_guidance|expected_buyback|buyback", 1.0e9, "USD", BP, basis="per quarter, at around $60 per barrel"),
    m("oil_price_assumption|brent_assumption|oil_price", 60, "USD", BP),
    m("guidance_dividend_growth|dividend_growth_guidance|dividend_growth", 4, "%", BP, basis="annual, through 2025"),
    m("guidance_divestment_proceeds|divestment_proceeds", None, "USD", BP, "2021", rng=(5e9, 6e9)),
    m("guidance_capex|capex_guidance|capital_expenditure", 13e9, "USD", BP, "2021"),
], [])

# ---------------------------------------------------------------- en05 Next raises its profit forecast on full-price sales (Irish Independent, 2019; no year in text)
# UK retailer trading update in "pc" and £m. Next's comparable-sales measure is full-price sales (no "like-for-like"
# wording in the text); labelled as full_price_sales_growth with like_for_like alternatives. The new pre-tax profit
# forecast "£725m (€796m), up from £715m" -> guidance 725e6 GBP with prior 715e6; the bracketed euro conversion is no
# row (news17). "growth of 0.3pc ..., against a previously expected decline of 1.1pc" (same sentence) -> 0.3 with prior
# -1.1. "26 weeks to July 27" fits no period format and the text gives no year -> period None, span in basis (news16);
# "the whole year" and "the first half" carry no year -> None. Full-year full-price sales guidance "3.6pc, rather than
# the 1.7pc it had guided before" -> prior 1.7. "1pc less surplus stock" -> -1 % (key). Shops -3.9pc and online
# 11.9pc are first-half channel growth rates (key). The 7.5pc share jump is key.
NXT = "Next|Next plc"
G["en05"] = ([
    m("price_change", 7.5, "%", NXT),
    m("guidance_pretax_profit|pretax_profit_guidance|profit_before_tax_guidance|pretax_profit_forecast", 725e6, "GBP",
      NXT, prior=715e6),
    m("guidance_pretax_profit_growth|pretax_profit_growth_guidance|profit_growth", 0.3, "%", NXT, prior=-1.1),
    m("full_price_sales_growth|like_for_like_sales_growth|sales_growth", 4.3, "%", NXT, basis="26 weeks to July 27"),
    m("guidance_full_price_sales_growth|full_price_sales_growth_guidance|full_price_sales_growth", 3.6, "%", NXT,
      prior=1.7),
    m("surplus_stock_change|stock_change|inventory_change", -1, "%", NXT),
    m("store_sales_growth|retail_sales_growth|shop_sales_growth", -3.9, "%", NXT, basis="first half"),
    m("online_sales_growth", 11.9, "%", NXT, basis="first half"),
], [])

# ---------------------------------------------------------------- en06 Gold, ICE dollar index and Treasury yields (Marketforces Africa; no year in text)
# Market wrap: levels and moves carry no period. Gold futures (December delivery) "up US$3.10 to US$1,918.30 per ounce"
# -> change 3.10 USD and price 1918.30 USD (per ounce; unit USD as the corpus labels commodity prices). "dropped by
# US$100 over the past month" -> -100 USD (key, basis "past month"). ICE dollar index "up 0.03 points to 103.6" ->
# change and level in points. Two-year note "paying 4.94%, down 0.9 basis points" and 10-year "down 1.1 basis points to
# 4.275%" -> yield levels in % and changes in bp. "nine losing sessions", "fourth weekly decline" and "highest since
# June 12" are counts/dates (not labelled). The Saxo Bank quote carries no figure.
GOLD = "gold|gold futures|December gold|COMEX gold"
DXY = "ICE dollar index|dollar index|US dollar|DXY"
T2 = "two-year Treasury|US two-year note|2-year Treasury|two-year yield"
T10 = "10-year Treasury|US 10-year note|10-year yield"
G["en06"] = ([
    m("price_change|gold_price_change", 3.10, "USD", GOLD),
    m("price|gold_price", 1918.30, "USD", GOLD),
    m("price_change|gold_price_change", -100, "USD", GOLD, basis="past month"),
    m("index_change", 0.03, "points", DXY),
    m("index_level", 103.6, "points", DXY),
    m("bond_yield|yield", 4.94, "%", T2),
    m("yield_change|bond_yield_change", -0.9, "bp", T2),
    m("yield_change|bond_yield_change", -1.1, "bp", T10),
    m("bond_yield|yield", 4.275, "%", T10),
], [])
