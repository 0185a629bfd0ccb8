# Hand-written gold labels for news5/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md and news4/en/README.md (hedges/bounds keep the stated number as the value).

# ---------------------------------------------------------------- en09 Hong Kong close (Business Standard, no year in text)
HSI = "Hang Seng Index|Hang Seng|HSI"
HSCE = "Hang Seng China Enterprises Index|China Enterprises Index|HSCEI|H-share index"
G["en09"] = ([
    m("index_change", 458.21, "points", HSI), m("index_change", 2.34, "%", HSI), m("index_level", 20049.64, "points", HSI),
    m("index_change", 196.47, "points", HSCE), m("index_change", 2.96, "%", HSCE), m("index_level", 6836.46, "points", HSCE),
    m("price_change", 7.5, "%", "Tencent"), m("price", 373.20, "HKD", "Tencent"),
    m("price_change", 3.9, "%", "Alibaba Group|Alibaba"), m("price", 86.05, "HKD", "Alibaba Group|Alibaba"),
    m("price_change", 5.4, "%", "Sunny Optical"), m("price", 97.05, "HKD", "Sunny Optical"),
    m("price_change", 16.3, "%", "Orient Overseas International|OOIL"), m("price", 151.80, "HKD", "Orient Overseas International|OOIL"),
    m("price_change", 11.4, "%", "Lenovo Group|Lenovo"),
    m("price_change", 8.3, "%", "Meituan"),
    m("price_change", -7.3, "%", "CSPC Pharmaceutical Group|CSPC"),
    m("price_change", 0.4, "%", "Sun Hung Kai Properties|SHKP"), m("price", 106.60, "HKD", "Sun Hung Kai Properties|SHKP"),
    m("price_change", 1.1, "%", "Henderson Land"), m("price", 27, "HKD", "Henderson Land"),
    m("price_change", 0.1, "%", "HSBC"), m("price", 53.55, "HKD", "HSBC"),
], [])

# ---------------------------------------------------------------- en10 London close (Energy Voice, no year in text)
# pence are scaled to pounds (299.9p -> 2.999 GBP), as news2/news4 do.
FT = "FTSE 100|FTSE 100 Index"
PRU, G4S, RBS = "Prudential", "G4S", "Royal Bank of Scotland|RBS"
G["en10"] = ([
    m("index_level", 6500, "points", FT, opt=True),                   # "under the 6,500 barrier" (threshold)
    m("index_change", -29.1, "points", FT), m("index_level", 6481.5, "points", FT),
    m("index_change", -70, "points", FT, opt=True),                   # earlier intraday fall, "more than 70 points"
    m("retail_sales_growth|retail_sales_growth_mom", 1.1, "%", "US|United States"),
    m("operating_profit_growth", 25, "%", PRU), m("operating_profit", 2.5e9, "GBP", PRU),
    m("price_change", 9, "%", PRU), m("price_change", 0.96, "GBP", PRU), m("price", 11.25, "GBP", PRU),
    m("net_profit_growth|profit_growth", -32, "%", G4S), m("net_profit|profit", 175e6, "GBP", G4S),
    m("price_change", -0.076, "GBP", G4S), m("price", 2.999, "GBP", G4S),
    m("price_change", -0.062, "GBP", RBS), m("price", 3.001, "GBP", RBS),
    m("stake_sale_value|share_sale_value", 500e6, "GBP", RBS + "|Direct Line Group"),
    m("stake|ownership_stake", 50, "%", RBS + "|Direct Line Group", opt=True),   # "to below 50%" (state-aid threshold)
    m("price_change", 0.025, "GBP", "French Connection"), m("price", 0.27, "GBP", "French Connection"),
    m("net_profit|net_income|net_loss", -10.5e6, "GBP", "French Connection"),
    m("price_change", 0.088, "GBP", "Sainsbury's|Sainsbury"), m("price", 3.58, "GBP", "Sainsbury's|Sainsbury"),
    m("price_change", 0.008, "GBP", "Lloyds Banking Group|Lloyds"), m("price", 0.514, "GBP", "Lloyds Banking Group|Lloyds"),
    m("price_change", 0.018, "GBP", "ITV"), m("price", 1.299, "GBP", "ITV"),
    m("price_change", -0.675, "GBP", "Standard Chartered"), m("price", 17.21, "GBP", "Standard Chartered"),
    m("price_change", -0.097, "GBP", "Evraz"), m("price", 2.51, "GBP", "Evraz"),
    m("price_change", -1.22, "GBP", "British American Tobacco|BAT"), m("price", 34.91, "GBP", "British American Tobacco|BAT"),
    m("price_change", -0.185, "GBP", "Kazakhmys"), m("price", 5.335, "GBP", "Kazakhmys"),
    m("price_change", 4.8, "%", "Xcite Energy"), m("price", 1.20875, "GBP", "Xcite Energy"),
    m("price_change", 4.6, "%", "Parkmead Group|Parkmead"), m("price", 0.1425, "GBP", "Parkmead Group|Parkmead"),
    m("price_change", -2.5, "%", "Aggreko"), m("price", 18.39, "GBP", "Aggreko"),
    m("price_change", -1.9, "%", "Hunting"), m("price", 9.2275, "GBP", "Hunting"),
], [])

# ---------------------------------------------------------------- en11 RBA cut (CNBC; no year in text -> no period)
RBA = "Reserve Bank of Australia|RBA|Australia"
AUD = "AUD/USD|Australian dollar"
G["en11"] = ([
    m("rate_change", -25, "bp", RBA, opt=True),                      # headline repeat
    m("cash_rate|rate", 1.75, "%", RBA, opt=True),                   # headline repeat
    m("rate_change", -25, "bp", RBA),
    m("cash_rate|rate", 1.75, "%", RBA),
    m("analysts_expecting_cut|analyst_count", 18, "analysts", RBA, opt=True),
    m("analysts_polled|analyst_count", 51, "analysts", RBA, opt=True),
    m("index_change", 1.53, "%", "ASX 200|S&P/ASX 200"),
    m("index_change", 0.55, "%", "ASX 200|S&P/ASX 200", opt=True),  # gain before the decision
    m("fx_rate|intraday_low", 0.7572, "USD", AUD, opt=True),          # "as low as" intraday extreme
    m("fx_rate", 0.77, "USD", AUD, opt=True),                        # "a tad above $0.77" before the decision
    m("fx_rate", 0.7585, "USD", AUD),
], [])

# ---------------------------------------------------------------- en12 oil, metals and Apple (ShareCafe; year only in trivia)
WTI = "WTI|West Texas Intermediate|October West Texas Intermediate crude|US crude"
BRT = "Brent|Brent crude|November Brent crude"
GOLD = "gold|Comex gold|gold futures"
AUD = "AUD/USD|Australian dollar|Aussie dollar"
G["en12"] = ([
    m("price_change", 20, "%", WTI, opt=True),            # "more than 20% from its June lows" (bull-market definition)
    m("price_change", 1.56, "USD", WTI), m("price_change", 3.1, "%", WTI),
    m("price|oil_price|settlement_price", 52.22, "USD", WTI),
    m("price_change_from_low|price_change", 22, "%", WTI),  # 22% above the June lows
    m("price_change", 2.16, "USD", BRT), m("price_change", 3.8, "%", BRT),
    m("price|oil_price|settlement_price", 59.02, "USD", BRT),
    m("price_change", 14, "USD", GOLD), m("price|gold_price|settlement_price", 1311.50, "USD", GOLD),
    m("fx_rate", 0.794, "USD", AUD),                       # "under 79.40 US cents"
    m("price_change", 1, "%", "silver|Comex silver|December silver"),
    m("price|silver_price", 17.147, "USD", "silver|Comex silver|December silver"),
    m("price_change", -0.2, "%", "copper|Comex copper|December copper"),
    m("price|copper_price", 2.938, "USD", "copper|Comex copper|December copper"),
    m("price_change", -0.50, "USD", "iron ore|Metal Bulletin iron ore"),
    m("price|iron_ore_price", 63.06, "USD", "iron ore|Metal Bulletin iron ore"),
    m("price_change", -0.9, "%", "Apple"),
    m("price", 150, "USD", "Apple", opt=True),             # "towards the $US150 mark"
    m("price|close_price", 150.55, "USD", "Apple"),        # printed "$US150,55"
], [])

# ---------------------------------------------------------------- en13 Morgan Stanley downgrades Greentown China (Investing.com)
GT = "Greentown China Holdings|Greentown China|Greentown"
G["en13"] = ([
    m("unbooked_sales|attributable_unbooked_sales", 144e9, "CNY", GT, "2025H1", basis="attributable"),
    m("earnings_estimate_change|earnings_forecast_change", -15, "%", GT, "2025"),
    m("earnings_estimate_change|earnings_forecast_change", -35, "%", GT, "2026"),
    m("earnings_estimate_change|earnings_forecast_change", -22, "%", GT, "2027"),
    m("pe_ratio|forward_pe", 11, "x", GT, "2026", opt=True),
    m("pb_ratio|price_to_book", 0.7, "x", GT, opt=True),
    m("pe_ratio|industry_pe", 8.9, "x", "property industry|industry average", opt=True),
    m("pb_ratio|industry_pb", 0.5, "x", "property industry|industry average", opt=True),
], [
    ra("Morgan Stanley", GT, "downgrade", "underweight", "overweight", 8.55, 11.62, "HKD"),
])

# ---------------------------------------------------------------- en14 Citi cuts Chinese developers' targets (Futu/Gelonghui, HK$)
# "$1.5" for Agile is HKD (Hong Kong stock context).
CITI = "Citi|Citigroup"
G["en14"] = ([], [
    ra(CITI, "Times China Holdings|Times China", "cut_target", "neutral", None, 0.85, 1.7, "HKD"),
    ra(CITI, "Agile|Agile Group", "cut_target", "neutral", None, 1.5, 1.85, "HKD"),
    ra(CITI, "Yuzhou Group|Yuzhou", "cut_target", "neutral", None, 0.28, 0.52, "HKD"),
    ra(CITI, "Ocean Group|Sino-Ocean Group|Sino-Ocean", "cut_target", "neutral", None, 0.63, 1.15, "HKD"),
    ra(CITI, "R&F Real Estate|R&F Properties|Guangzhou R&F", "cut_target", "sell", None, 1.2, 1.65, "HKD"),
    ra(CITI, "Hop Sen Innovation|Hopson Development|Hopson", "cut_target", "sell", None, 6, None, "HKD"),
])

# ---------------------------------------------------------------- en15 24/7 Wall St. upgrades (2017), first call only
# Share prices, price moves and 52-week ranges in rating passages are optional (as news3 en05).
BB = "BlackBerry|BlackBerry Ltd.|BBRY"
G["en15"] = ([
    m("index_change", 5, "%", "Dow Jones Industrial Average|Dow", "2017Q1"),
    m("index_change", 5.9, "%", "S&P 500", "2017Q1"),
    m("index_change", 12, "%", "Nasdaq 100", "2017Q1"),          # "almost 12%"
    m("implied_upside|upside", None, "%", "Dow and S&P 500 stocks", rng=(8, 15), opt=True),  # generic rule of thumb
    m("price|close_price", 7.75, "USD", BB, opt=True),
    m("implied_upside|upside", 16, "%", BB),
    m("implied_upside|upside", 16, "%", BB, opt=True),            # repeat
    m("price_change", -1.6, "%", BB, opt=True),
    m("price", 7.63, "USD", BB, opt=True),
    m("price_range_52w|price_range", None, "USD", BB, rng=(6.23, 8.46), opt=True),
], [
    ra("Macquarie", BB, "upgrade", "outperform", "neutral", 9, None, "USD"),
])

# ---------------------------------------------------------------- en16 China official manufacturing PMI (Chinanews via Teller Report)
# No year in the text ("October 31", "in October"), so no period. Sub-indices and enterprise-size PMIs are their own entities.
MFG = "China|China manufacturing|manufacturing PMI"
G["en16"] = ([
    m("pmi|manufacturing_pmi", 51.4, "%", MFG, opt=True),                 # headline repeat
    m("pmi|manufacturing_pmi", 51.4, "%", MFG), m("pmi_change", -0.1, "pp", MFG, basis="mom"),
    m("pmi|manufacturing_pmi", 52.6, "%", "large enterprises"), m("pmi_change", 0.1, "pp", "large enterprises", basis="mom"),
    m("pmi|manufacturing_pmi", 50.6, "%", "medium-sized enterprises|medium enterprises"),
    m("pmi_change", -0.1, "pp", "medium-sized enterprises|medium enterprises", basis="mom"),
    m("pmi|manufacturing_pmi", 49.4, "%", "small enterprises"), m("pmi_change", -0.7, "pp", "small enterprises", basis="mom"),
    m("production_index|pmi_subindex", 53.9, "%", "production index"),
    m("production_index_change|pmi_subindex_change", -0.1, "pp", "production index", basis="mom"),
    m("new_orders_index|pmi_subindex", 52.8, "%", "new order index|new orders index"),
    m("new_orders_index_change|pmi_subindex_change", 0, "pp", "new order index|new orders index", basis="mom", opt=True),  # "the same as last month"
    m("raw_materials_inventory_index|pmi_subindex", 48.0, "%", "raw material inventory index|raw materials inventory index"),
    m("raw_materials_inventory_index_change|pmi_subindex_change", -0.5, "pp", "raw material inventory index|raw materials inventory index", basis="mom"),
    m("employment_index|pmi_subindex", 49.3, "%", "employment index|employee index"),
    m("employment_index_change|pmi_subindex_change", -0.3, "pp", "employment index|employee index", basis="mom"),
    m("supplier_delivery_times_index|pmi_subindex", 50.6, "%", "supplier delivery time index|supplier delivery times index"),
    m("supplier_delivery_times_index_change|pmi_subindex_change", -0.1, "pp", "supplier delivery time index|supplier delivery times index", basis="mom"),
], [])
