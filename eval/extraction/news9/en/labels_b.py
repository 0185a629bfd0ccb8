# Hand-written gold labels for news9/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md, news4/en/README.md (hedges/bounds keep the stated number as the value), news4-news8 labels.

# ---------------------------------------------------------------- en09 Hong Kong close with Tencent target raises (SCMP; no year in text)
HSI = "Hang Seng Index|HSI|Hang Seng"
HSC = "Hang Seng China Enterprises Index|HSCEI|H-shares index"
TC = "Tencent|Tencent Holdings"
G["en09"] = ([
    m("index_change", 0.5, "%", HSI, opt=True), m("index_level|index_close", 27690.36, "points", HSI, opt=True),   # headline repeat
    m("price_change", 1.3, "%", TC),                                     # sub-headline figure (differs from body 2.95)
    m("index_change", 0.5, "%", HSI), m("index_change", 127.68, "points", HSI),
    m("index_level|index_close", 27690.36, "points", HSI),
    m("index_change", 0.5, "%", HSC), m("index_change", 51.33, "points", HSC),
    m("index_level|index_close", 11054.41, "points", HSC),
    m("turnover|market_turnover", 80.23e9, "HKD", "Hong Kong stock market|Hong Kong stocks|Hang Seng Index|HSI"),
    m("index_forecast_range|expected_trading_range", None, "points", HSI, rng=(27000, 28000), opt=True),  # analyst's expected range
    m("price_change", 2.95, "%", TC), m("price|close_price", 320.60, "HKD", TC),
    m("price_change", 1.3, "%", "Bank of China"), m("price|close_price", 4, "HKD", "Bank of China"),
    m("price_change", 0.8, "%", "China Construction Bank|CCB"), m("price|close_price", 6.65, "HKD", "China Construction Bank|CCB"),
    m("price_change", 0.4, "%", "Industrial and Commercial Bank of China|ICBC"), m("price|close_price", 5.65, "HKD", "Industrial and Commercial Bank of China|ICBC"),
    m("price_change", 0.8, "%", "Manulife"), m("price|close_price", 160.70, "HKD", "Manulife"),
    m("price_change", 0.3, "%", "Ping An"), m("price|close_price", 59.05, "HKD", "Ping An"),
    m("price_change", 0.3, "%", "China Mobile"), m("price|close_price", 83.60, "HKD", "China Mobile"),
    m("price_change", 0.2, "%", "Cathay Pacific"), m("price|close_price", 12.26, "HKD", "Cathay Pacific"),
], [
    ra("Morgan Stanley", TC, "raise_target", None, target=370, cur="HKD"),
    ra("Deutsche Bank", TC, "raise_target", None, target=327, cur="HKD"),
])

# ---------------------------------------------------------------- en10 Goldman Sachs downgrades CATL, HK$ and RMB targets (Investing.com, 2025)
CATL = "CATL|Contemporary Amperex Technology Co Ltd|Contemporary Amperex Technology"
G["en10"] = ([
    m("earnings_forecast_change|earnings_estimate_change", -1, "%", CATL, "2025"),
    m("earnings_forecast_change|earnings_estimate_change", -5, "%", CATL, "2026"),
    m("earnings_forecast_change|earnings_estimate_change", -3, "%", CATL, "2027"),
    m("target_pe|pe_ratio|valuation_multiple", 16.5, "x", CATL, prior=15.6),
    m("h_share_premium|premium", 20, "%", CATL, prior=15),
    m("h_share_pct_of_total_shares|share_of_total_shares", 3.4, "%", CATL),
    m("price_change", 41, "%", CATL),                                    # H-shares since added to Buy list
    m("index_change", 4, "%", "Hang Seng Index|HSI"),
], [
    ra("Goldman Sachs", CATL, "downgrade", "neutral", "buy", target=436.00, prior_target=411.00, cur="HKD"),
    ra("Goldman Sachs", CATL + "|CATL A-shares", "raise_target", None, target=328, prior_target=323, cur="CNY"),
])

# ---------------------------------------------------------------- en11 New York close with S&P 500 earnings-season statistics (Xinhua, 2018)
DJ = "Dow Jones Industrial Average|Dow|DJIA"
SP = "S&P 500"
NQ = "Nasdaq Composite Index|Nasdaq Composite|Nasdaq"
G["en11"] = ([
    m("index_change", -64.10, "points", DJ), m("index_change", -0.27, "%", DJ), m("index_level|index_close", 24099.05, "points", DJ),
    m("index_change", 6.75, "points", SP), m("index_change", 0.25, "%", SP), m("index_level|index_close", 2654.80, "points", SP),
    m("index_change", 64.44, "points", NQ), m("index_change", 0.91, "%", NQ), m("index_level|index_close", 7130.70, "points", NQ),
    m("earnings_growth_estimate|earnings_growth_forecast|eps_growth_estimate", 24.6, "%", SP, "2018Q1"),
    m("companies_reported|reported_companies", 274, "companies", SP, "2018Q1", opt=True),
    m("earnings_beat_rate|beat_rate|pct_beating_estimates", 79.2, "%", SP, "2018Q1"),
    m("earnings_beat_rate|beat_rate|pct_beating_estimates", 64, "%", SP, opt=True),           # long-term average
    m("earnings_beat_rate|beat_rate|pct_beating_estimates", 72, "%", SP, opt=True),           # prior four quarters average
    m("revenue_growth_estimate|revenue_growth_forecast", 8.1, "%", SP, "2018Q1"),
    m("revenue_beat_rate|beat_rate|pct_beating_estimates", 73.6, "%", SP, "2018Q1"),
    m("price_change", -3.31, "%", "Pfizer"), m("price|close_price", 35.4, "USD", "Pfizer"),
], [])

# ---------------------------------------------------------------- en12 US metals settlement with dollar index and NAHB index (RTTNews/dpa-AFX, 2023)
DXY = "dollar index|US dollar index|DXY|U.S. dollar"
GOLD = "gold futures|gold|June gold"
G["en12"] = ([
    m("index_level|fx_index_level", 102.23, "points", DXY, opt=True),          # level around noon
    m("index_level|fx_index_level", 102.16, "points", DXY),
    m("index_change|fx_change", 0.6, "%", DXY),
    m("commodity_price_change|price_change", -8.80, "USD", GOLD),
    m("commodity_price|price|settlement_price", 2007.00, "USD", GOLD),
    m("commodity_price|price|intraday_high", 2028.00, "USD", GOLD, opt=True),  # session high
    m("commodity_price|price|intraday_low", 1993.40, "USD", GOLD, opt=True),   # session low
    m("commodity_price|price|settlement_price", 25.088, "USD", "silver futures|silver|May silver"),
    m("commodity_price_change|price_change", -0.372, "USD", "silver futures|silver|May silver"),
    m("commodity_price_change|price_change", -0.0405, "USD", "copper futures|copper|May copper"),
    m("commodity_price|price|settlement_price", 4.0660, "USD", "copper futures|copper|May copper"),
    m("housing_market_index|nahb_index|index_level", 45, "points", "NAHB/Wells Fargo Housing Market index|US|United States", "2023-04"),
], [])

# ---------------------------------------------------------------- en13 London morning report, BT upgraded by BofA-Merrill Lynch (This is Money; no year in text)
# pence scaled to GBP, as news2-news8 do.
FTSE = "FTSE 100|FTSE|Footsie"
BT = "BT Group|BT"
G["en13"] = ([
    m("index_change", -19.92, "points", FTSE), m("index_level", 4441.95, "points", FTSE),
    m("index_change", 20, "%", FTSE),                                    # up around 20% since the March trough
    m("index_trading_range|trading_range", None, "points", FTSE, rng=(4400, 4500), opt=True),
    m("price_change", 4, "%", BT), m("price", 0.968, "GBP", BT),
    m("price_change", 0.016, "GBP", "Cable & Wireless"), m("price", 1.292, "GBP", "Cable & Wireless"),
    m("price_change", 0.0005, "GBP", "Vodafone"), m("price", 1.147, "GBP", "Vodafone"),
    m("price_change", 1.12, "GBP", "AstraZeneca"), m("price", 26.29, "GBP", "AstraZeneca"),
    m("price_change", 0.57, "GBP", "GlaxoSmithKline|GSK"), m("price", 11.155, "GBP", "GlaxoSmithKline|GSK"),
], [
    ra("Bank of America-Merrill Lynch|Merrill Lynch|BofA Merrill Lynch", BT, "upgrade", "buy", "neutral", target=1.30, prior_target=1.10, cur="GBP"),
    ra("UBS", "AstraZeneca", "raise_target", None),
])

# ---------------------------------------------------------------- en14 Bank of Japan holds rates and yield curve control (Anadolu Agency; no year in text)
BOJ = "Bank of Japan|BoJ|BOJ|Japan"
JGB = "10-year Japanese government bond|10-year JGB|Japan 10-year yield|Japan"
YEN = "yen|JPY|USD/JPY|Japanese yen"
G["en14"] = ([
    m("policy_rate|short_term_interest_rate|interest_rate", -0.1, "%", BOJ),
    m("yield_target|bond_yield_target", 0, "%", BOJ),                    # around 0%
    m("yield_cap|bond_yield_cap", 0.5, "%", BOJ),
    m("yield_band|yield_fluctuation_range", None, "%", BOJ, rng=(-0.5, 0.5), prng=(-0.25, 0.25)),
    m("fx_change|currency_change", 2, "%", YEN),                         # more than 2%
    m("fx_rate|exchange_rate", 133, "JPY", YEN),
    m("fx_rate|exchange_rate", 131, "JPY", YEN),                         # around 131 by the afternoon
    m("bond_yield|yield", 0.41, "%", JGB),
    m("cpi_yoy|inflation_rate|consumer_inflation", 3.8, "%", "Japan"),   # November, no year in text
], [])

# ---------------------------------------------------------------- en15 China March trade data (AFP via Korea Herald)
# The text gives "March 2015" as the year-ago base of the March year-on-year comparison, so the current month is
# read as 2016-03 (and the preceding February as 2016-02).
CN = "China"
G["en15"] = ([
    m("export_growth|exports_yoy", 11.5, "%", CN, "2016-03"),
    m("exports", 160.8e9, "USD", CN, "2016-03"),
    m("import_growth|imports_yoy", -7.6, "%", CN, "2016-03"),
    m("imports", 131e9, "USD", CN, "2016-03"),
    m("trade_surplus|trade_balance", 29.9e9, "USD", CN, "2016-03"),
    m("trade_surplus_multiple|trade_surplus_change", 10, "x", CN, "2016-03", opt=True),     # nearly 10 times a year earlier
    m("export_growth_forecast|export_growth_consensus|exports_yoy_forecast", 10, "%", CN, "2016-03"),
    m("export_growth|exports_yoy", -25, "%", CN, "2016-02"),             # plunge of more than 25 percent
    m("export_growth|exports_yoy", -15, "%", CN, "2015-03"),
], [])

# ---------------------------------------------------------------- en16 Xiaomi third-quarter results, yuan with S$ conversion, HK$ share price (Reuters via Business Times repost; no year in text)
XM = "Xiaomi"
G["en16"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 81, "%", XM, opt=True),            # rounded headline repeat of 80.9
    m("net_profit|net_income", 11.3e9, "CNY", XM, opt=True, basis="adjusted"),                # sub-headline repeat
    m("net_profit|net_income", 2.1e9, "SGD", XM, opt=True, basis="adjusted"),                 # S$ conversion (sub-headline)
    m("net_profit_consensus|net_profit_estimate|net_income_estimate", 10.3e9, "CNY", XM, opt=True, basis="adjusted"),  # sub-headline repeat
    m("net_profit_growth|net_income_growth|profit_growth", 80.9, "%", XM),
    m("net_profit|net_income", 11.3e9, "CNY", XM, basis="adjusted"),
    m("net_profit|net_income", 2.1e9, "SGD", XM, opt=True, basis="adjusted"),                 # S$ conversion
    m("net_profit_consensus|net_profit_estimate|net_income_estimate", 10.3e9, "CNY", XM, basis="adjusted"),
    m("revenue_growth", 22.3, "%", XM), m("revenue", 113.1e9, "CNY", XM),
    m("revenue_consensus|revenue_estimate", 116.5e9, "CNY", XM),
    m("price_change", -2.81, "%", XM), m("price|close_price", 41, "HKD", XM),
    m("price_change_ytd|price_change", 18.2, "%", XM),
    m("ev_revenue|segment_revenue|revenue", 28.3e9, "CNY", XM + "|Xiaomi EV business", prior=20.6e9),
    m("ev_revenue|segment_revenue|revenue", 20.6e9, "CNY", XM + "|Xiaomi EV business", opt=True),   # second quarter
    m("ev_revenue|segment_revenue|revenue", 18.1e9, "CNY", XM + "|Xiaomi EV business", opt=True),   # first quarter
], [])
