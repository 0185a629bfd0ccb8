# Hand-written gold labels for news7/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md, news4/en/README.md, news5/en/README.md, news6/en/README.md (hedges/bounds keep the stated number).

# ---------------------------------------------------------------- en09 Bank of England hold 7-1 with forecasts (Seeking Alpha; "this year" has no stated year -> None)
BOE = "Bank of England|BoE|UK|United Kingdom"
G["en09"] = ([
    m("policy_rate|bank_rate|interest_rate", 0.25, "%", BOE),
    m("policy_rate_proposal|proposed_rate|bank_rate", 0.5, "%", BOE + "|Kristin Forbes"),  # dissenter's preferred rate (key, as news4)
    m("policy_rate|bank_rate|interest_rate", 0.25, "%", BOE, opt=True),                   # repeat
    m("gdp_growth_forecast|growth_forecast", 1.9, "%", BOE, prior=2.0),
    m("gdp_growth_forecast|growth_forecast", 1.7, "%", BOE, "2018", prior=1.6),
    m("inflation_forecast|cpi_forecast", 2.7, "%", BOE, prior=2.4),
    m("inflation_target", 2, "%", BOE, opt=True),
    m("inflation_forecast|cpi_forecast|inflation_peak_forecast", 3, "%", BOE),            # peaking a little below 3% in Q4
    m("earnings_growth_forecast|wage_growth_forecast|average_earnings_growth_forecast", 2, "%", BOE, prior=3),
], [])

# ---------------------------------------------------------------- en10 Tokyo close on strong yen (Business Recorder / AFP; no year)
NK = "Nikkei|Nikkei 225"
TP = "Topix|Topix index"
JPY = "USD/JPY|dollar|yen"
G["en10"] = ([
    m("index_change", -1.68, "%", NK), m("index_change", -550.45, "points", NK), m("index_level|index_close", 32307.86, "points", NK),
    m("index_change", -1.50, "%", TP), m("index_change", -35.44, "points", TP), m("index_level|index_close", 2324.47, "points", TP),
    m("fx_change|currency_change", 2, "%", "yen|JPY|USD/JPY"),                       # yen strengthened more than two percent
    m("fx_rate", 143.88, "JPY", JPY, prior=144.10),
    m("fx_rate", 147.31, "JPY", JPY, opt=True),                                       # Wednesday's level, second comparison
    m("fx_rate", 144.10, "JPY", JPY, opt=True),
    m("price_change", -4.08, "%", "Toyota"), m("price|close_price", 2680.5, "JPY", "Toyota"),
    m("price_change", -2.57, "%", "Honda"), m("price|close_price", 1458, "JPY", "Honda"),
    m("price_change", -3.65, "%", "Kawasaki Kisen"), m("price|close_price", 5012, "JPY", "Kawasaki Kisen"),
    m("price_change", -2.00, "%", "Nippon Yusen"), m("price|close_price", 3863, "JPY", "Nippon Yusen"),
], [])

# ---------------------------------------------------------------- en11 CMB Securities raises Meituan target, HKD / RMB (Longbridge PortAI, dateline 2024.06.11)
# The dateline states 2024: "first quarter" results discussed in June -> 2024Q1; "second quarter of this year" -> 2024Q2.
MT = "Meituan"
CMB = "CMB Securities|CMB International|CMBI"
G["en11"] = ([
    m("revenue_growth", 25, "%", MT, "2024Q1"),
    m("revenue", 73e9, "CNY", MT, "2024Q1"),
    m("revenue_surprise|revenue_beat", 6, "%", MT, "2024Q1"),
    m("net_profit|net_income", 7.5e9, "CNY", MT, "2024Q1", basis="adjusted"),
    m("net_profit_growth|net_income_growth", 36, "%", MT, "2024Q1", basis="adjusted"),
    m("net_profit_surprise|net_profit_beat", 25, "%", MT, "2024Q1", basis="adjusted"),
    m("revenue_growth_forecast|revenue_growth_estimate", 18, "%", MT, "2024Q2"),
    m("revenue_growth_forecast|core_local_commerce_revenue_growth_forecast", 16, "%", "Meituan core local commerce|core local commerce|Meituan", "2024Q2"),
    m("revenue_growth_forecast|flash_purchase_growth_forecast", 39, "%", "Meituan flash purchase|flash purchase|Meituan", "2024Q2"),
    m("revenue_growth_forecast|in_store_travel_growth_forecast", 22, "%", "in-store travel|Meituan in-store travel|Meituan", "2024Q2"),
    m("revenue_growth_forecast|instant_delivery_revenue_growth_forecast", 14, "%", "instant delivery|Meituan instant delivery|Meituan", "2024Q2"),
    m("net_profit_growth_forecast|net_profit_growth_estimate", 29, "%", MT, "2024Q2", basis="adjusted"),
    m("net_margin_forecast|net_profit_margin|net_margin", 12.4, "%", MT, "2024Q2"),
    m("net_margin_change|net_profit_margin_change", 1.1, "pp", MT, "2024Q2"),
], [
    ra(CMB, MT, "raise_target", "hold", target=151, prior_target=148, cur="HKD"),
])

# ---------------------------------------------------------------- en12 Seoul close with won and bond yields (Yonhap via Myanmar News Gazette; no year)
KS = "Kospi|KOSPI|Korea Composite Stock Price Index"
KRW = "USD/KRW|won|Korean won"
G["en12"] = ([
    m("index_change", -34.22, "points", KS), m("index_change", -1.3, "%", KS), m("index_level|index_close", 2570.70, "points", KS),
    m("net_selling|net_sales|net_flow", -602e9, "KRW", "institutions and foreigners|Kospi|KOSPI"),   # sold a combined 602 billion won
    m("net_selling|net_sales|net_flow", -436e6, "USD", "institutions and foreigners|Kospi|KOSPI", opt=True),  # bracketed conversion
    m("net_buying|net_purchases|net_flow", 582e9, "KRW", "individuals|retail investors|Kospi|KOSPI"),
    m("trading_volume|volume", 337.43e6, "shares", KS),
    m("turnover|trading_value", 8.75e12, "KRW", KS),
    m("losers|decliners", 688, "stocks", KS, opt=True), m("gainers|advancers", 195, "stocks", KS, opt=True),
    m("index_change", -0.8, "%", "Dow Jones Industrial Average|Dow|DJIA"), m("index_level|index_close", 42931.60, "points", "Dow Jones Industrial Average|Dow|DJIA"),
    m("index_change", 0.3, "%", "Nasdaq Composite|Nasdaq"), m("index_level|index_close", 18540.01, "points", "Nasdaq Composite|Nasdaq"),
    m("price_change", -2.2, "%", "Samsung Electronics|Samsung Electronics Co."), m("price|close_price|52_week_low", 57700, "KRW", "Samsung Electronics|Samsung Electronics Co."),
    m("price_change", -1.1, "%", "Hyundai Motor|Hyundai Motor Co."), m("price|close_price", 234500, "KRW", "Hyundai Motor|Hyundai Motor Co."),
    m("price_change", -2.1, "%", "LG Energy Solution|LG Energy Solution Ltd."), m("price|close_price", 381500, "KRW", "LG Energy Solution|LG Energy Solution Ltd."),
    m("price_change", -0.2, "%", "Korean Air|Korean Air Co."), m("price|close_price", 23550, "KRW", "Korean Air|Korean Air Co."),
    m("price_change", 2.6, "%", "Korea Electric Power|Korea Electric Power Corp.|KEPCO"), m("price|close_price", 21800, "KRW", "Korea Electric Power|Korea Electric Power Corp.|KEPCO"),
    m("price_change", 2.1, "%", "SK Telecom|SK Telecom Co."), m("price|close_price", 57500, "KRW", "SK Telecom|SK Telecom Co."),
    m("price_change", 1.4, "%", "Hyundai Mobis|Hyundai Mobis Co."), m("price|close_price", 247500, "KRW", "Hyundai Mobis|Hyundai Mobis Co."),
    m("fx_rate", 1380.10, "KRW", KRW),
    m("fx_change|currency_change", -4.9, "KRW", KRW),                 # won down 4.9 won (weaker won)
    m("yield_change|bond_yield_change", 4.1, "bp", "three-year Treasury|3-year Korean Treasury|South Korea 3-year bond"),
    m("bond_yield|yield", 2.943, "%", "three-year Treasury|3-year Korean Treasury|South Korea 3-year bond"),
    m("yield_change|bond_yield_change", 5.1, "bp", "five-year government bond|5-year Korean government bond|South Korea 5-year bond"),
    m("bond_yield|yield", 3.014, "%", "five-year government bond|5-year Korean government bond|South Korea 5-year bond"),
], [])

# ---------------------------------------------------------------- en13 four US downgrades (Investing.com via a repost; no year in text)
# Morgan Stanley's Tesla target goes to $250 "(from $200.00)": labelled as printed, prior 200.
TS = "Tesla|TSLA"
G["en13"] = ([
    m("price_change|ytd_change", 111, "%", TS),                       # up 111% YTD
    m("index_change|ytd_change", 14, "%", "S&P 500|S&P"),
    m("price_change", -2, "%", "Equinix|EQIX"),                       # fell more than 2% yesterday
    m("price_change", -1, "%", "Planet Fitness|PLNT"),                # down more than 1% pre-market
], [
    ra("Morgan Stanley", TS, "downgrade", "equal-weight", "overweight", target=250, prior_target=200, cur="USD"),
    ra("Oppenheimer", "Equinix|EQIX", "downgrade", "perform", "outperform"),
    ra("BofA Securities|BofA|Bank of America", "Celanese|CE", "downgrade", "neutral", "buy", target=116, prior_target=123, cur="USD"),
    ra("Exane BNP Paribas|Exane|BNP Paribas Exane", "Planet Fitness|PLNT", "downgrade", "underperform", "neutral"),
])

# ---------------------------------------------------------------- en14 US October payrolls with revisions (MarketWatch via Fox Business)
# "from October 2015 to October 2016" fixes the year: October -> 2016-10, September -> 2016-09, August -> 2016-08.
US = "US|U.S.|United States"
G["en14"] = ([
    m("nonfarm_payrolls|payrolls|jobs_added", 161000, "jobs", US, "2016-10"),
    m("nonfarm_payrolls|payrolls|jobs_added", 161000, "jobs", US, "2016-10", opt=True),   # headline repeat
    m("nonfarm_payrolls_consensus|payrolls_estimate|nonfarm_payrolls_forecast", 175000, "jobs", US, "2016-10"),
    m("unemployment_rate", 4.9, "%", US, "2016-10", prior=5),
    m("unemployment_rate", 4.9, "%", US, "2016-10", opt=True),                            # headline repeat
    m("average_hourly_earnings_growth|wage_growth", 0.4, "%", US, "2016-10"),
    m("average_hourly_earnings|hourly_wage", 25.92, "USD", US, "2016-10"),
    m("average_hourly_earnings_growth|wage_growth", 2.8, "%", US, "2016-10", basis="year-on-year"),
    m("average_workweek|hours_worked", 34.4, "hours", US, "2016-10"),
    m("payroll_revision|nonfarm_payrolls_revision", 44000, "jobs", US),                   # Aug + Sep combined
    m("nonfarm_payrolls|payrolls|jobs_added", 191000, "jobs", US, "2016-09", prior=156000),
    m("nonfarm_payrolls|payrolls|jobs_added", 176000, "jobs", US, "2016-08", prior=167000),
], [])

# ---------------------------------------------------------------- en15 Hong Kong close with first-half results and HK$ targets (SCMP, 21 August 2018)
# The dateline states 2018 and the results are first-half results reported in August -> 2018H1.
# "grew 1.7 times" / "profit alert of over 1.5 times" are labelled as multiples (x), as printed.
HSI = "Hang Seng Index|Hang Seng|HSI"
HSCEI = "Hang Seng China Enterprises Index|HSCEI|H-shares index"
CSPC = "CSPC Pharmaceutical Group|CSPC Pharmaceutical|CSPC"
WX = "Wuxi Biologics|WuXi Biologics"
CG = "Country Garden Holdings|Country Garden"
G["en15"] = ([
    m("price_change|sector_change", 9, "%", "health care counters|health care stocks|Hong Kong health care", opt=True),  # headline summary
    m("price_change|sector_change", 4, "%", "developers|Chinese property developers|Hong Kong developers", opt=True),   # "4pc and more"
    m("index_change", 0.6, "%", HSI), m("index_change", 154.77, "points", HSI), m("index_level|index_close", 27752.79, "points", HSI),
    m("index_change", 1, "%", HSCEI), m("index_change", 105.27, "points", HSCEI), m("index_level|index_close", 10737.63, "points", HSCEI),
    m("price_change", 9.9, "%", CSPC), m("price|close_price", 19.58, "HKD", CSPC),
    m("net_profit_growth|net_income_growth", 41, "%", CSPC, "2018H1"),
    m("revenue_growth", 50, "%", CSPC, "2018H1"),
    m("price_change", 9.1, "%", WX), m("price|close_price", 70.50, "HKD", WX),
    m("trading_volume|volume", 9.1e6, "shares", WX, opt=True),
    m("net_profit_growth|net_income_growth", 1.7, "x", WX, "2018H1"),
    m("profit_alert|net_profit_growth_guidance|guidance_net_profit_growth", 1.5, "x", WX, "2018H1"),
    m("price_change", 7.9, "%", CG), m("price|close_price", 12.24, "HKD", CG),
    m("core_net_profit|net_profit", 12.9e9, "CNY", CG, "2018H1"),
    m("core_net_profit|net_profit", 1.9e9, "USD", CG, "2018H1", opt=True),           # bracketed conversion
    m("core_net_profit_growth|net_profit_growth", 80, "%", CG, "2018H1"),
], [
    ra("Nomura", CSPC, "raise_target", None, target=30, cur="HKD"),
    ra("JPMorgan|JP Morgan|J.P. Morgan", CSPC, "maintain", "overweight", target=29, cur="HKD"),
])

# ---------------------------------------------------------------- en16 Bank of Japan hold with median forecasts (Action Forex; "fiscal 2023" etc. stated -> FY2023...)
# "plus and minus 0.50%" band: the stated number as the value (0.5 %). "unchanged" forecasts carry no prior.
BOJ = "Bank of Japan|BoJ|BOJ|Japan"
CORE = "Japan CPI core|core CPI|Japan core CPI|Bank of Japan|BoJ|Japan"
CC = "Japan CPI core-core|core-core CPI|Bank of Japan|BoJ|Japan"
G["en16"] = ([
    m("policy_rate|short_term_policy_rate|interest_rate", -0.10, "%", BOJ),
    m("yield_target|jgb_yield_target|10_year_yield_target", 0, "%", BOJ),
    m("yield_band|ycc_band|yield_fluctuation_band", 0.5, "%", BOJ),
    m("gdp_growth_forecast|real_gdp_growth_forecast", 1.3, "%", BOJ, "FY2023", prior=1.4),
    m("gdp_growth_forecast|real_gdp_growth_forecast", 1.2, "%", BOJ, "FY2024"),
    m("gdp_growth_forecast|real_gdp_growth_forecast", 1.0, "%", BOJ, "FY2025"),
    m("inflation_forecast|core_cpi_forecast|cpi_forecast", 2.5, "%", CORE, "FY2023", prior=1.8),
    m("inflation_forecast|core_cpi_forecast|cpi_forecast", 1.9, "%", CORE, "FY2024", prior=2.0),
    m("inflation_forecast|core_cpi_forecast|cpi_forecast", 1.6, "%", CORE, "FY2025"),
    m("inflation_forecast|core_core_cpi_forecast|cpi_forecast", 3.2, "%", CC, "FY2023", prior=2.5),
    m("inflation_forecast|core_core_cpi_forecast|cpi_forecast", 1.7, "%", CC, "FY2024"),
    m("inflation_forecast|core_core_cpi_forecast|cpi_forecast", 1.8, "%", CC, "FY2025"),
], [])
