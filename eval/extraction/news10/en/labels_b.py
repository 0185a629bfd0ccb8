# Hand-written gold labels for news10/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md, news4/en/README.md (hedges/bounds keep the stated number as the value), news4-news9 labels.

# ---------------------------------------------------------------- en09 US midday with November payrolls, yields, WTI (MT Newswires, 2025)
DJ = "Dow Jones Industrial Average|Dow|DJIA"
SP = "S&P 500"
NQ = "Nasdaq Composite|Nasdaq Composite Index|Nasdaq"
US = "US|United States|U.S."
T10 = "10-year Treasury|US 10-year Treasury|10-year yield"
T2 = "two-year Treasury|US 2-year Treasury|two-year yield"
WTI = "WTI|West Texas Intermediate|West Texas Intermediate crude oil futures|US crude"
G["en09"] = ([
    m("index_change", -0.5, "%", DJ), m("index_level|index_close", 48198.9, "points", DJ),
    m("index_change", -0.5, "%", SP), m("index_level|index_close", 6781.2, "points", SP),
    m("index_change", -0.4, "%", NQ), m("index_level|index_close", 22976.5, "points", NQ),
    m("nonfarm_payrolls|payrolls|jobs_added", 64000, "jobs", US, "2025-11"),
    m("nonfarm_payrolls_consensus|payrolls_estimate|nonfarm_payrolls_forecast", 50000, "jobs", US, "2025-11"),
    m("private_payrolls|private_jobs_added", 69000, "jobs", US, "2025-11"),
    m("service_jobs_added|services_payrolls", 50000, "jobs", US + "|service industry", "2025-11"),
    m("unemployment_rate", 4.6, "%", US, "2025-11"),
    m("unemployment_rate_consensus|unemployment_rate_estimate", 4.5, "%", US, "2025-11"),
    m("rate_cut_forecast|expected_rate_change|rate_change_forecast", -50, "bp", "Federal Reserve|Fed|US", "2026H1"),   # Jefferies expects 50 bp of reductions
    m("yield_change|bond_yield_change", -2.9, "bp", T10), m("bond_yield|yield", 4.15, "%", T10),
    m("yield_change|bond_yield_change", -2.5, "bp", T2), m("bond_yield|yield", 3.48, "%", T2),
    m("price_change", -2.4, "%", WTI), m("price|oil_price", 55.44, "USD", WTI),
    m("price|52_week_low|oil_price", 54.98, "USD", WTI, opt=True),        # intraday 52-week low
], [])

# ---------------------------------------------------------------- en10 Hong Kong and mainland close (RTHK, 2026; market-wrap levels carry no period)
HSI = "Hang Seng Index|HSI|Hang Seng"
HSC = "China enterprises index|Hang Seng China Enterprises Index|HSCEI"
HST = "tech index|Hang Seng Tech Index|Hang Seng TECH"
SH = "Shanghai Composite Index|Shanghai Composite"
SZ = "Shenzhen Component Index|Shenzhen Component"
CN = "ChiNext Index|ChiNext"
G["en10"] = ([
    m("index_change", 119, "points", HSI), m("index_change", 0.45, "%", HSI), m("index_level|index_close", 26749, "points", HSI),
    m("index_change", 46, "points", HSC), m("index_change", 0.51, "%", HSC), m("index_level|index_close", 9160, "points", HSC),
    m("index_change", 35, "points", HST), m("index_change", 0.62, "%", HST), m("index_level|index_close", 5798, "points", HST),
    m("index_change", 13, "points", SH), m("index_change", 0.33, "%", SH), m("index_level|index_close", 4136, "points", SH),
    m("index_change", 112, "points", SZ), m("index_change", 0.79, "%", SZ), m("index_level|index_close", 14439, "points", SZ),
    m("index_change", 20, "points", CN), m("index_change", 0.63, "%", CN), m("index_level|index_close", 3349, "points", CN),
    m("turnover|market_turnover", 3.09e12, "CNY", "Shanghai and Shenzhen|Shanghai and Shenzhen markets|China A-shares", prior=2.69e12),
    m("index_change", 1.85, "%", "Star Composite Index|STAR Composite"), m("index_level|index_close", 1899, "points", "Star Composite Index|STAR Composite"),
    m("index_change", 0.78, "%", "Star 50 Index|STAR 50"), m("index_level|index_close", 1553, "points", "Star 50 Index|STAR 50"),
], [])

# ---------------------------------------------------------------- en11 Cogent Communications downgrades and target cuts (Tiger Brokers news; no year)
CG = "Cogent Communications|Cogent|CCOI"
G["en11"] = ([
    m("price_change", -5.41, "%", CG),                                   # pre-market
], [
    ra("Wells Fargo", CG, "downgrade", "equal-weight", "overweight", target=27, prior_target=45, cur="USD"),
    ra("TD Cowen", CG, "cut_target", None, target=55, prior_target=62, cur="USD"),
    ra("UBS", CG, "downgrade", "neutral", "buy"),
])

# ---------------------------------------------------------------- en12 Hong Kong midday movers with Morgan Stanley upgrade of SMIC (minichart, 2025 in address only)
SMIC = "SMIC|Semiconductor Manufacturing International Corp|Semiconductor Manufacturing International"
HSI = "Hang Seng Index|HSI|Hang Seng|Hangseng Index"
BILI = "Bilibili|Bilibili-W"
BABA = "Alibaba|Alibaba Group"
MST = "leveraged CSI Master ETF|XI2CSOPMSTR"
G["en12"] = ([
    m("price_change", 5, "%", SMIC),                                     # surged over 5% (hedge keeps the number)
    m("index_change", 427, "points", HSI), m("index_change", 1.7, "%", HSI), m("index_level", 26286, "points", HSI),
    m("index_change", 1.8, "%", "HSCEI|Hang Seng China Enterprises Index"),
    m("index_change", 2.6, "%", "HSTECH|Hang Seng Tech Index|Hang Seng TECH"),
    m("price_change", 10, "%", BILI),
    m("price_change", 10, "%", BILI, opt=True),                          # repeated in its own item
    m("price_change", 3.8, "%", BABA + "|BABA"),                         # US listing
    m("price_change", 3, "%", BABA + "|09988"),                          # Hong Kong line, over 3%
    m("price_change", 3, "%", "Ping An|Ping An Insurance"),
    m("price_change", 6.1, "%", MST), m("price|close_price", 30.78, "HKD", MST),
    m("price_change", 5.6, "%", "XL2 BOS CHINEXT"), m("price|close_price", 7.32, "HKD", "XL2 BOS CHINEXT"),
    m("price_change", 5.5, "%", "CSOP CSI 5G"), m("price|close_price", 11.28, "HKD", "CSOP CSI 5G"),
    m("price_change", 5.3, "%", "XL2CSOPHSTECH"), m("price|close_price", 6.415, "HKD", "XL2CSOPHSTECH"),
    m("price_change", 5.0, "%", "XI2CSOPMSTR-U|" + MST), m("price|close_price", 3.948, "USD", "XI2CSOPMSTR-U|" + MST),
], [
    ra("Morgan Stanley", SMIC, "upgrade", "overweight", None, target=80, cur="HKD"),
])

# ---------------------------------------------------------------- en13 Reserve Bank of Australia cuts to 3.60% (Azzet; no year in text)
RBA = "Reserve Bank of Australia|RBA|Australia"
G["en13"] = ([
    m("rate_change|policy_rate_change", -25, "bp", RBA),
    m("policy_rate|cash_rate|interest_rate", 3.60, "%", RBA),
    m("inflation_target", None, "%", RBA, rng=(2, 3)),
    m("rate_change|cumulative_rate_cut", -75, "bp", RBA),                 # decline since the start of the year
    m("rate_change_expected|rate_change_priced_in", -25, "bp", RBA),      # July: markets had priced in a 25 bp cut
], [])

# ---------------------------------------------------------------- en14 European close with Nutreco takeover and German PPI (CNBC; no year in text)
NUT = "Nutreco"
G["en14"] = ([
    m("price_change", 40, "%", NUT),                                     # headline figure (body says 39)
    m("index_change", -0.4, "%", "Euro Stoxx 600 Index|Stoxx 600|STOXX Europe 600|pan-European index"),
    m("index_change", -1.4, "%", "DAX|German DAX"),
    m("price_change", -4, "%", "SAP"),
    m("price_change", -20, "%", "Portugal Telecom"),
    m("price_change", -3.5, "%", "Philips"),
    m("price_change", -1, "%", "Shire"),
    m("price_change", -8, "%", "Bolloré|Bollore"),
    m("price_change", 39, "%", NUT),
    m("deal_value|acquisition_price|offer_value", 2.69e9, "EUR", NUT + "|SHV Holdings"),
    m("deal_value|acquisition_price|offer_value", 3.43e9, "USD", NUT + "|SHV Holdings", opt=True),   # bracketed conversion
    m("price_change", 4, "%", "Adidas"),
    m("ppi_mom|producer_prices_mom|ppi_change", 0, "%", "Germany|German producer prices"),          # flat on the month
    m("ppi_yoy|producer_prices_yoy|ppi_change", -1.0, "%", "Germany|German producer prices"),
], [])

# ---------------------------------------------------------------- en15 China January-July 2019 trade data (customs, via lankachinajf)
CN = "China|Chinese economy|China foreign trade"
P7 = "2019-01..07"
EU = "EU|European Union|China-EU trade"
AS = "ASEAN|China-ASEAN trade"
USC = "US|United States|China-US trade"
BRI = "Belt and Road Initiative countries|Belt and Road|China-Belt and Road trade"
PRV = "private businesses|China private businesses|private enterprises"
G["en15"] = ([
    m("trade_growth|foreign_trade_growth|total_trade_growth", 4.2, "%", CN, P7),
    m("total_trade|foreign_trade|trade_volume", 17.41e12, "CNY", CN, P7),
    m("total_trade|foreign_trade|trade_volume", 2.47e12, "USD", CN, P7, opt=True),   # bracketed conversion, about
    m("export_growth|exports_growth", 6.7, "%", CN, P7), m("exports", 9.48e12, "CNY", CN, P7),
    m("import_growth|imports_growth", 1.3, "%", CN, P7), m("imports", 7.93e12, "CNY", CN, P7),
    m("trade_surplus|trade_balance", 1.55e12, "CNY", CN, P7),
    m("trade_surplus_growth|trade_balance_growth", 47.4, "%", CN, P7),
    m("trade_growth|foreign_trade_growth|total_trade_growth", 5.7, "%", CN, "2019-07"),
    m("total_trade|foreign_trade|trade_volume", 2.74e12, "CNY", CN, "2019-07"),
    m("export_growth|exports_growth", 10.3, "%", CN, "2019-07"), m("exports", 1.53e12, "CNY", CN, "2019-07"),
    m("import_growth|imports_growth", 0.4, "%", CN, "2019-07"), m("imports", 1.21e12, "CNY", CN, "2019-07"),
    m("share_of_total_trade|trade_share", 15.6, "%", EU, P7),
    m("share_of_total_trade|trade_share", 13.5, "%", AS, P7),
    m("share_of_total_trade|trade_share", 12, "%", USC, P7),
    m("trade_growth|bilateral_trade_growth", 10.8, "%", EU, P7), m("trade_volume|bilateral_trade|total_trade", 2.72e12, "CNY", EU, P7),
    m("trade_growth|bilateral_trade_growth", 11.3, "%", AS, P7), m("trade_volume|bilateral_trade|total_trade", 2.35e12, "CNY", AS, P7),
    m("trade_growth|bilateral_trade_growth", -8.1, "%", USC, P7), m("trade_volume|bilateral_trade|total_trade", 2.1e12, "CNY", USC, P7),
    m("trade_surplus_growth|trade_balance_growth", 11.1, "%", USC, P7),
    m("export_growth|exports_growth", -2.1, "%", USC, P7), m("exports", 1.62e12, "CNY", USC, P7),
    m("import_growth|imports_growth", -24, "%", USC, P7), m("imports", 473.93e9, "CNY", USC, P7),
    m("trade_volume|bilateral_trade|total_trade", 5.03e12, "CNY", BRI, P7),
    m("trade_growth|bilateral_trade_growth", 10.2, "%", BRI, P7),
    m("share_of_total_trade|trade_share", 28.9, "%", BRI, P7),
    m("share_of_total_trade_change|trade_share_change", 1.6, "pp", BRI, P7),
    m("trade_growth|foreign_trade_growth", 11.8, "%", PRV, P7),
    m("trade_volume|foreign_trade|total_trade", 7.31e12, "CNY", PRV, P7),
    m("share_of_total_trade|trade_share", 42, "%", PRV, P7),
    m("share_of_total_trade_change|trade_share_change", 2.9, "pp", PRV, P7),
], [])

# ---------------------------------------------------------------- en16 HSBC jumps on Morgan Stanley target raise, Hong Kong close (SCMP; no year in text)
HSBC = "HSBC|HSBC Holdings"
HSI = "Hang Seng Index|HSI|Hang Seng"
HSC = "Hang Seng China Enterprises Index|HSCEI|H-shares index"
CCB = "Hang Seng Index|HSI|Hang Seng|China Construction Bank"
G["en16"] = ([
    m("price_change", 6, "%", HSBC, opt=True),                           # rounded headline repeat of 6.3
    m("price_change", 6.3, "%", HSBC),
    m("index_change", 1.1, "%", HSI), m("index_change", 281.92, "points", HSI), m("index_level|index_close", 25965.42, "points", HSI),
    m("index_change", 0.2, "%", HSC), m("index_level|index_close", 10432.02, "points", HSC),
    m("index_change|ytd_change", 18, "%", HSI),                          # this year
    m("valuation_discount|discount", 21, "%", "Hong Kong stocks|Hong Kong equities|Hong Kong"),
    m("index_forecast|index_target|target_level", 29000, "points", CCB),            # as high as 29,000 in the fourth quarter
    m("index_forecast|index_target|target_level", 29000, "points", CCB, opt=True),  # repeat: year-high target
    m("implied_upside|upside|index_change_forecast", 11, "%", CCB),
], [
    ra("Morgan Stanley", HSBC, "raise_target", None, target=84, cur="HKD"),
])
