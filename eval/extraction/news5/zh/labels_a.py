# Hand labels for news5/zh passages zh01-zh08 (batch a). Loaded by gold_build.py (m, ra, G provided).

# zh01: NBS retail sales, July 2019 (China Quality News repost), Simplified; 吃/穿/用 category growth optional
CN = "中国|China|全国"
P7, P17 = "2019-07", "2019-01..07"
RS, RSG = "retail_sales", "retail_sales_growth"
G["zh01"] = ([
    m(RS, 3.3073e12, "CNY", CN, P7), m(RSG, 7.6, "%", CN, P7, basis="yoy, nominal"),
    m("real_retail_sales_growth|retail_sales_growth", 5.7, "%", CN, P7, basis="yoy, real"),
    m(RS, 3.0017e12, "CNY", "除汽车以外的消费品|retail sales excluding autos", P7), m(RSG, 8.8, "%", "除汽车以外的消费品|retail sales excluding autos", P7, basis="yoy"),
    m(RS, 2.28283e13, "CNY", CN, P17), m(RSG, 8.3, "%", CN, P17, basis="yoy"),
    m(RS, 2.06136e13, "CNY", "除汽车以外的消费品|retail sales excluding autos", P17), m(RSG, 9.2, "%", "除汽车以外的消费品|retail sales excluding autos", P17, basis="yoy"),
    m(RS, 2.8354e12, "CNY", "城镇|urban", P7), m(RSG, 7.4, "%", "城镇|urban", P7, basis="yoy"),
    m(RS, 4.719e11, "CNY", "乡村|rural", P7), m(RSG, 8.6, "%", "乡村|rural", P7, basis="yoy"),
    m(RS, 1.95277e13, "CNY", "城镇|urban", P17), m(RSG, 8.2, "%", "城镇|urban", P17, basis="yoy"),
    m(RS, 3.3005e12, "CNY", "乡村|rural", P17), m(RSG, 9.0, "%", "乡村|rural", P17, basis="yoy"),
    m(RS, 2.9415e12, "CNY", "商品零售|goods retail", P7), m(RSG, 7.4, "%", "商品零售|goods retail", P7, basis="yoy"),
    m("catering_revenue|retail_sales", 3.658e11, "CNY", "餐饮|catering", P7), m("catering_revenue_growth|retail_sales_growth", 9.4, "%", "餐饮|catering", P7, basis="yoy"),
    m(RS, 2.03345e13, "CNY", "商品零售|goods retail", P17), m(RSG, 8.2, "%", "商品零售|goods retail", P17, basis="yoy"),
    m("catering_revenue|retail_sales", 2.4937e12, "CNY", "餐饮|catering", P17), m("catering_revenue_growth|retail_sales_growth", 9.4, "%", "餐饮|catering", P17, basis="yoy"),
    m("online_retail_sales", 5.5972e12, "CNY", CN, P17), m("online_retail_sales_growth", 16.8, "%", CN, P17, basis="yoy"),
    m("online_retail_sales", 4.4233e12, "CNY", "实物商品网上零售|online sales of physical goods", P17),
    m("online_retail_sales_growth", 20.9, "%", "实物商品网上零售|online sales of physical goods", P17, basis="yoy"),
    m("online_share|share", 19.4, "%", "实物商品网上零售|online sales of physical goods", P17, basis="of total retail sales"),
    m("online_retail_sales_growth", 29.9, "%", "吃类商品|food", P17, opt=True, basis="yoy"),
    m("online_retail_sales_growth", 20.4, "%", "穿类商品|clothing", P17, opt=True, basis="yoy"),
    m("online_retail_sales_growth", 20.2, "%", "用类商品|daily-use goods", P17, opt=True, basis="yoy"),
], [])

# zh02: Huatai note on China Railway Group Q3 2025 (reportify digest), Simplified; targets "调整至" without direction -> maintain
CR = "中国中铁|601390|390 HK|China Railway Group"
HT = "华泰证券|华泰研究|Huatai Securities"
RS5 = "资源利用业务|资源业务|resource utilisation"
G["zh02"] = ([
    m("target_price", 7.41, "CNY", CR, basis="A share"),
    m("target_price", 5.08, "HKD", CR, basis="H share"),
    m("new_contracts_growth", 6.0, "%", CR, "2025Q3", basis="yoy"),
    m("new_contracts_growth", 35.2, "%", CR, "2025Q3", basis="overseas, yoy"),
    m("gross_margin", 59.45, "%", RS5),
    m("gross_margin_change", 5.20, "pp", RS5, basis="yoy"),
    m("revenue", 7.76059e11, "CNY", CR, "2025Q1-Q3"), m("revenue_growth", -5.39, "%", CR, "2025Q1-Q3", basis="yoy"),
    m("net_profit", 1.749e10, "CNY", CR, "2025Q1-Q3", basis="attributable"), m("net_profit_growth", -14.97, "%", CR, "2025Q1-Q3", basis="yoy"),
    m("revenue", 2.63557e11, "CNY", CR, "2025Q3"), m("revenue_growth", -4.43, "%", CR, "2025Q3", basis="yoy"),
    m("revenue_growth", 0.13, "%", CR, "2025Q3", basis="qoq"),
    m("net_profit", 5.664e9, "CNY", CR, "2025Q3", basis="attributable"), m("net_profit_growth", -9.98, "%", CR, "2025Q3", basis="yoy"),
    m("net_profit_growth", -2.38, "%", CR, "2025Q3", basis="qoq"),
    m("gross_margin", 8.85, "%", CR, "2025Q3"),
    m("gross_margin_change", 0.13, "pp", CR, "2025Q3", basis="yoy"), m("gross_margin_change", 0.24, "pp", CR, "2025Q3", basis="qoq"),
    m("operating_cash_flow", 6.748e9, "CNY", CR, "2025Q3"),
    m("operating_cash_flow_change", 8.7e9, "CNY", CR, "2025Q3", basis="yoy"),
    m("cash_collection_ratio", 111, "%", CR, "2025Q3", opt=True), m("cash_payment_ratio", 104, "%", CR, "2025Q3", opt=True),
    m("net_profit_forecast|net_profit", 2.38e10, "CNY", CR, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 2.29e10, "CNY", CR, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 2.26e10, "CNY", CR, "FY2027", basis="forecast, attributable"),
], [
    ra(HT, CR, "maintain", "overweight", None, 7.41, None, "CNY"),
    ra(HT, CR, "maintain", "overweight", None, 5.08, None, "HKD"),
])

# zh03: SDIC Securities note on Red Star Macalline Q3 2025 (reportify digest), Simplified; losses negative
MK = "美凯龙|601828|Red Star Macalline"
GT = "国投证券|SDIC Securities"
G["zh03"] = ([
    m("target_price", 3.35, "CNY", MK, basis="12-month"),
    m("price|share_price", 2.77, "CNY", MK, "2025-11-06", opt=True),
    m("market_cap", 1.206261e10, "CNY", MK), m("free_float_market_cap|market_cap", 1.000925e10, "CNY", MK, opt=True),
    m("revenue", 4.969e9, "CNY", MK, "2025Q1-Q3"), m("revenue_growth", -18.62, "%", MK, "2025Q1-Q3", basis="yoy"),
    m("net_profit", -3.143e9, "CNY", MK, "2025Q1-Q3", basis="attributable"),
    m("net_profit", -9.59e8, "CNY", MK, "2025Q1-Q3", basis="attributable, excluding non-recurring items"),
    m("revenue", 1.632e9, "CNY", MK, "2025Q3"), m("revenue_growth", -13.24, "%", MK, "2025Q3", basis="yoy"),
    m("net_profit", -1.243e9, "CNY", MK, "2025Q3", basis="attributable"),
    m("net_profit", -3.56e8, "CNY", MK, "2025Q3", basis="attributable, excluding non-recurring items"),
    m("gross_margin", 61.89, "%", MK, "2025Q1-Q3"), m("gross_margin_change", 2.47, "pp", MK, "2025Q1-Q3", basis="yoy"),
    m("gross_margin", 62.69, "%", MK, "2025Q3"), m("gross_margin_change", 6.07, "pp", MK, "2025Q3", basis="yoy"),
    m("fair_value_loss|fair_value_change", -3.33e9, "CNY", MK, "2025Q1-Q3", basis="investment property"),
    m("occupancy_rate", 84.7, "%", "美凯龙自营商场|self-operated malls", "2025-09-30", prior=83.0),
    m("store_count", None, "stores", "智能电器生活馆|smart appliance stores", rng=(150, None), opt=True),
    m("floor_area", 2.6e5, "square metres", "汽车业态|auto business", opt=True),
    m("operating_cash_flow", 6.4e8, "CNY", MK, "2025Q1-Q3"), m("operating_cash_flow_change", 1.17e9, "CNY", MK, "2025Q1-Q3", basis="yoy"),
    m("operating_cash_flow", -1.12e8, "CNY", MK, "2025Q1"), m("operating_cash_flow", 3.14e8, "CNY", MK, "2025Q2"),
    m("operating_cash_flow", 4.41e8, "CNY", MK, "2025Q3"),
], [
    ra(GT, MK, "maintain", "overweight", None, 3.35, None, "CNY"),
])

# zh04: Huatai note on China Hongqiao (reportify digest), Simplified; placing, capacity, buybacks, payout ratios
HQ = "中国宏桥|01378|China Hongqiao"
G["zh04"] = ([
    m("target_price", 35.22, "HKD", HQ),
    m("placing_shares|shares_placed", None, "shares", HQ, rng=(None, 4e8)),
    m("placing_price|offer_price", 29.2, "HKD", HQ),
    m("placing_discount|discount", 9.6, "%", HQ, basis="vs previous close"),
    m("placing_proceeds|proceeds", None, "HKD", HQ, rng=(None, 1.168e10)),
    m("placing_share_pct|stake", 4.2, "%", HQ, basis="of existing issued share capital"),
    m("placing_share_pct|stake", 4.03, "%", HQ, basis="of enlarged share capital"),
    m("capacity", 6.46e6, "tonnes", "中国宏桥 电解铝|China Hongqiao aluminium", "2025-06-30", basis="domestic"),
    m("capacity", 1.9e7, "tonnes", "中国宏桥 氧化铝|China Hongqiao alumina", "2025-06-30", basis="domestic"),
    m("capacity", 2e6, "tonnes", "印尼氧化铝|Indonesia alumina", basis="overseas"),
    m("buyback_amount|buyback", 2.6e9, "HKD", HQ, "2025H1"), m("buyback_shares", 1.87e8, "shares", HQ, "2025H1"),
    m("buyback_plan|buyback", None, "HKD", HQ, rng=(3e9, None)),
    m("buyback_shares", 866500, "shares", HQ, basis="since October, cumulative"),
    m("buyback_amount|buyback", 2.27046e7, "HKD", HQ, basis="since October, cumulative"),
    m("buyback_price", 26.2, "HKD", HQ, basis="average"),
    m("payout_ratio|dividend_payout_ratio", 46.8, "%", HQ), m("payout_ratio|dividend_payout_ratio", 47.0, "%", HQ),
    m("payout_ratio|dividend_payout_ratio", 63.4, "%", HQ),
    m("payout_ratio|dividend_payout_ratio", None, "%", HQ, rng=(45, None), opt=True, basis="every year since 2020"),
], [
    ra("华泰证券|Huatai Securities", HQ, "maintain", "buy", None, 35.22, None, "HKD"),
])

# zh05: Sina Finance, launch day of the CSI 300 index with A-share open / midday / close (2005-04-08), Simplified;
# opening and midday levels and moves optional (intraday), closes key; the full date is printed in the dateline
D5 = "2005-04-08"
HS3 = "沪深300|沪深300指数|沪深300统一指数|CSI 300"; SH = "上证综指|Shanghai Composite"; SZ = "深成指|深证成指|Shenzhen Component"
G["zh05"] = ([
    m("index_level", 984.66, "points", HS3, D5, opt=True, basis="open"), m("index_change", -0.07, "points", HS3, D5, opt=True, basis="open"),
    m("index_change_pct", -0.01, "%", HS3, D5, opt=True, basis="open"), m("volume", 36459, "lots", HS3, D5, opt=True, basis="opening auction"),
    m("index_level", 1225.05, "points", SH, D5, opt=True, basis="open"), m("index_change", -0.44, "points", SH, D5, opt=True, basis="open"),
    m("index_level", 3345.33, "points", SZ, D5, opt=True, basis="open"), m("index_change", 1.56, "points", SZ, D5, opt=True, basis="open"),
    m("index_level", 986.43, "points", HS3, D5, opt=True, basis="midday"), m("index_change", 1.70, "points", HS3, D5, opt=True, basis="midday"),
    m("index_change_pct", 0.17, "%", HS3, D5, opt=True, basis="midday"),
    m("index_level", 1228.14, "points", SH, D5, opt=True, basis="midday"), m("index_change", 2.65, "points", SH, D5, opt=True, basis="midday"),
    m("index_change_pct", 0.22, "%", SH, D5, opt=True, basis="midday"),
    m("index_level", 3352.13, "points", SZ, D5, opt=True, basis="midday"), m("index_change", -1.45, "points", SZ, D5, opt=True, basis="midday"),
    m("index_change_pct", -0.04, "%", SZ, D5, opt=True, basis="midday"),
    m("turnover", 7.5e9, "CNY", "沪深两市|Shanghai and Shenzhen markets", D5, opt=True, basis="midday"),
    m("index_level", 1003.45, "points", HS3, D5, basis="close"), m("index_change", 18.71, "points", HS3, D5, basis="close"),
    m("index_change_pct", 1.90, "%", HS3, D5, basis="close"),
    m("volume", 14762526, "lots", HS3, D5, opt=True), m("turnover", 9.15135e9, "CNY", HS3, D5),
    m("index_level", 1248.52, "points", SH, D5, basis="close"), m("index_change", 23.03, "points", SH, D5, basis="close"),
    m("index_change_pct", 1.88, "%", SH, D5, basis="close"),
    m("index_level", 3397.32, "points", SZ, D5, basis="close"), m("index_change", 53.55, "points", SZ, D5, basis="close"),
    m("index_change_pct", 1.60, "%", SZ, D5, basis="close"),
    m("turnover", 1.7375e10, "CNY", "沪深两市|Shanghai and Shenzhen markets", D5),
    m("index_base_level", 1000, "points", HS3, "2004-12-31", opt=True),
    m("market_cap_share|share", 64.55, "%", HS3, basis="sample total market cap, of Shanghai and Shenzhen markets"),
    m("float_market_cap_share|share", 58.29, "%", HS3, basis="sample free-float market cap, of Shanghai and Shenzhen markets"),
    m("pe_ratio", 19.05, "x", HS3),
], [])

# zh06: Tianshan Aluminum buyback progress notice (reportify filing digest), Simplified; high/low trade prices as ranges
TS = "天山铝业|002532|Tianshan Aluminum"
D6 = "2025-05-28"; P2223 = "2022..2023"
G["zh06"] = ([
    m("buyback", None, "CNY", TS, rng=(2e8, 3e8)),
    m("buyback_shares", 3e7, "shares", TS, basis="estimated, at upper funding limit"),
    m("buyback_share_pct", 0.64, "%", TS, basis="estimated, at upper funding limit, of total share capital"),
    m("buyback_shares", 2e7, "shares", TS, basis="estimated, at lower funding limit"),
    m("buyback_share_pct", 0.43, "%", TS, basis="estimated, at lower funding limit, of total share capital"),
    m("buyback_shares", 9.2065e6, "shares", TS, D6, basis="current programme, cumulative"),
    m("buyback_share_pct", 0.2, "%", TS, D6, basis="current programme, cumulative"),
    m("buyback_amount|buyback", 7.02212e7, "CNY", TS, D6, basis="current programme, cumulative"),
    m("buyback_shares", 1.515530e7, "shares", TS, "2024"), m("buyback_share_pct", 0.33, "%", TS, "2024"),
    m("buyback_amount|buyback", 1.0000240e8, "CNY", TS, "2024"),
    m("buyback_shares", 2.31480e7, "shares", TS, P2223), m("buyback_share_pct", 0.50, "%", TS, P2223),
    m("buyback_amount|buyback", 1.4999830e8, "CNY", TS, P2223),
    m("buyback_shares", 4.750980e7, "shares", TS, D6, basis="all programmes, cumulative"),
    m("buyback_share_pct", 1.02, "%", TS, D6, basis="all programmes, cumulative"),
    m("buyback_amount|buyback", 3.2022190e8, "CNY", TS, D6, basis="all programmes, cumulative"),
    m("buyback_price", None, "CNY", TS, D6, rng=(7.41, 7.89), basis="current programme, trade price range"),
    m("buyback_price", None, "CNY", TS, "2024", rng=(4.86, 8.17), basis="trade price range"),
    m("buyback_price", None, "CNY", TS, P2223, rng=(6.22, 6.72), basis="trade price range"),
], [])

# zh07: Sohu broker-rating page, Capital Securities (群益) initiation on Jinhong Gas with its table row, Simplified;
# the broker's hit-rate statistics and the 20/60-day evaluation highs are optional
JH = "金宏气体|Jinhong Gas"
TG = "金宏气体 特种气体|特种气体|特气业务|specialty gases"
G["zh07"] = ([
    m("hit_rate", 20, "%", "群益证券(香港)有限公司|群益证券|Capital Securities", opt=True, basis="20-day short-term"),
    m("hit_rate", 26.67, "%", "群益证券(香港)有限公司|群益证券|Capital Securities", opt=True, basis="60-day medium-term"),
    m("price", 23.40, "CNY", JH, "2024-01-01", basis="price at rating date"),
    m("target_price", 28.00, "CNY", JH),
    m("upside|target_upside", 47.45, "%", JH, basis="vs current price"),
    m("price", 24.18, "CNY", JH, opt=True, basis="20-day high"), m("price_change", 3.33, "%", JH, opt=True, basis="20-day max gain"),
    m("price", 24.18, "CNY", JH, opt=True, basis="60-day high"), m("price_change", 3.33, "%", JH, opt=True, basis="60-day max gain"),
    m("segment_revenue|revenue", 7.44e8, "CNY", TG, "FY2022"), m("segment_revenue_growth|revenue_growth", 12.94, "%", TG, "FY2022", basis="yoy"),
    m("revenue_share", 38, "%", TG, "FY2022", basis="of total revenue"),
    m("gross_margin", 41.23, "%", TG, "FY2022"),
    m("revenue", 1.780e9, "CNY", JH, "2023Q1-Q3"), m("revenue_growth", 23.87, "%", JH, "2023Q1-Q3", basis="yoy"),
    m("revenue_share", 50.50, "%", TG, "2023Q1-Q3", basis="of total revenue"),
], [
    ra("群益证券(香港)有限公司|群益证券|Capital Securities", JH, "initiate", "buy", None, 28.00, None, "CNY"),
])

# zh08: Caitong Securities note on XCMG Q3 2025 (reportify digest), Simplified; maintain overweight without a target;
# network counts (50多家, 300多个 ...) optional open ranges
XC = "徐工机械|000425|XCMG"
G["zh08"] = ([
    m("net_profit_forecast|net_profit", 7.356e9, "CNY", XC, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 9.554e9, "CNY", XC, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.1995e10, "CNY", XC, "FY2027", basis="forecast, attributable"),
    m("pe|pe_ratio", 17.0, "x", XC, "FY2025", basis="forecast"), m("pe|pe_ratio", 13.1, "x", XC, "FY2026", basis="forecast"),
    m("pe|pe_ratio", 10.4, "x", XC, "FY2027", basis="forecast"),
    m("revenue", 7.8157e10, "CNY", XC, "2025Q1-Q3"), m("revenue_growth", 11.61, "%", XC, "2025Q1-Q3", basis="yoy"),
    m("net_profit", 5.977e9, "CNY", XC, "2025Q1-Q3", basis="attributable"), m("net_profit_growth", 11.67, "%", XC, "2025Q1-Q3", basis="yoy"),
    m("revenue", 2.3349e10, "CNY", XC, "2025Q3"), m("revenue_growth", 20.99, "%", XC, "2025Q3", basis="yoy"),
    m("net_profit", 1.619e9, "CNY", XC, "2025Q3", basis="attributable"), m("net_profit_growth", 0.21, "%", XC, "2025Q3", basis="yoy"),
    m("operating_cash_flow", 5.692e9, "CNY", XC, "2025Q1-Q3"), m("operating_cash_flow_growth", 210.47, "%", XC, "2025Q1-Q3", basis="yoy"),
    m("revenue_forecast|revenue", 1.02849e11, "CNY", XC, "FY2025", basis="forecast"),
    m("revenue_growth_forecast|revenue_growth", 12.2, "%", XC, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 23.1, "%", XC, "FY2025", basis="forecast, yoy"),
    m("eps_forecast|eps", 0.63, "CNY", XC, "FY2025", basis="forecast"),
    m("roe", 12.0, "%", XC, "FY2025", basis="forecast"),
    m("receivables_turnover", 1.75, "x", XC, "2025Q1-Q3"), m("receivables_turnover_change", 0.12, "x", XC, "2025Q1-Q3", basis="yoy"),
    m("inventory_turnover", 1.72, "x", XC, "2025Q1-Q3"), m("inventory_turnover_change", 0.08, "x", XC, "2025Q1-Q3", basis="yoy"),
    m("guarantee_balance_change", -2.0545e10, "CNY", XC, "2025-09-30", basis="mortgage and finance-lease guarantees, vs start of year"),
    m("gross_margin_forecast|gross_margin", 22.9, "%", XC, "FY2025", basis="forecast"),
    m("operating_margin_forecast|operating_margin", 7.7, "%", XC, "FY2025", basis="forecast"),
    m("overseas_revenue|revenue", 3.7594e10, "CNY", XC, "2025Q1-Q3", basis="overseas"),
    m("overseas_revenue_share|revenue_share", 48.1, "%", XC, "2025Q1-Q3", basis="overseas"),
    m("overseas_revenue_share_change|revenue_share_change", 2.3, "pp", XC, "2025Q1-Q3", basis="overseas, yoy"),
    m("localisation_rate", 50, "%", XC, opt=True, basis="main overseas plants"),
    m("subsidiaries", None, "subsidiaries", XC, rng=(50, None), opt=True, basis="overseas"),
    m("dealers", None, "dealers", XC, rng=(300, None), opt=True, basis="overseas"),
    m("service_outlets", None, "outlets", XC, rng=(2000, None), opt=True, basis="overseas"),
    m("countries", None, "countries", XC, rng=(190, None), opt=True),
], [
    ra("财通证券|Caitong Securities", XC, "maintain", "overweight", None, None, None, None),
])
