# Hand labels for news4/zh passages zh01-zh08 (batch a). Loaded by gold_build.py (m, ra, G provided).

# zh01: Binhua buyback progress notice (cfi.net.cn), Simplified
BH = "滨化股份|滨化集团股份有限公司|滨化"
G["zh01"] = ([
    m("buyback", None, "CNY", BH, rng=(7.5e7, 1.5e8)),
    m("buyback_shares", 20592200, "shares", BH, basis="cumulative"),
    m("buyback_share_pct", 1.001, "%", BH, basis="cumulative, of total share capital"),
    m("buyback_amount|buyback", 80457115.00, "CNY", BH, basis="cumulative"),
    m("buyback_price", None, "CNY", BH, rng=(3.19, 4.28), basis="actual price range"),
    m("buyback_max_price|price", 5.00, "CNY", BH),
    m("dividend", 0.10, "CNY", BH, "2024Q1-Q3", basis="per 10 shares"),
], [])

# zh02: Guotai Haitong note on Haoneng (reportify digest), Simplified
HN = "豪能股份|603809"
GTHT = "国泰海通证券|国泰海通|Guotai Haitong"
G["zh02"] = ([
    m("target_price", 23.64, "CNY", HN),
    m("revenue", 1.25e9, "CNY", HN, "2025H1"), m("revenue_growth", 10, "%", HN, "2025H1", basis="yoy"),
    m("net_profit", 1.8e8, "CNY", HN, "2025H1", basis="attributable"), m("net_profit_growth", 13, "%", HN, "2025H1", basis="yoy"),
    m("net_margin", 14.6, "%", HN, "2025H1"),
    m("revenue", 6.3e8, "CNY", HN, "2025Q2"), m("revenue_growth", 7, "%", HN, "2025Q2", basis="yoy"),
    m("revenue_growth", 2, "%", HN, "2025Q2", basis="qoq"),
    m("net_profit", 8e7, "CNY", HN, "2025Q2", basis="attributable"), m("net_profit_growth", -3, "%", HN, "2025Q2", basis="yoy"),
    m("net_profit_growth", -23, "%", HN, "2025Q2", basis="qoq"),
    m("net_margin", 12.6, "%", HN, "2025Q2"),
    m("revenue", 2.36e9, "CNY", HN, "FY2024", basis="total operating revenue"), m("revenue_growth", 21.3, "%", HN, "FY2024", basis="yoy"),
    m("net_profit", 3.22e8, "CNY", HN, "FY2024", basis="attributable"), m("net_profit_growth", 76.9, "%", HN, "FY2024", basis="yoy"),
    m("revenue_forecast|revenue", 2.922e9, "CNY", HN, "FY2025", basis="forecast"), m("revenue_growth_forecast|revenue_growth", 23.8, "%", HN, "FY2025", basis="forecast, yoy"),
    m("net_profit_forecast|net_profit", 4.33e8, "CNY", HN, "FY2025", basis="forecast, attributable"), m("net_profit_growth_forecast|net_profit_growth", 34.4, "%", HN, "FY2025", basis="forecast, yoy"),
    m("revenue_forecast|revenue", 3.524e9, "CNY", HN, "FY2026", basis="forecast"), m("revenue_growth_forecast|revenue_growth", 20.6, "%", HN, "FY2026", basis="forecast, yoy"),
    m("net_profit_forecast|net_profit", 5.43e8, "CNY", HN, "FY2026", basis="forecast, attributable"), m("net_profit_growth_forecast|net_profit_growth", 25.5, "%", HN, "FY2026", basis="forecast, yoy"),
    m("revenue_forecast|revenue", 4.201e9, "CNY", HN, "FY2027", basis="forecast"), m("revenue_growth_forecast|revenue_growth", 19.2, "%", HN, "FY2027", basis="forecast, yoy"),
    m("net_profit_forecast|net_profit", 6.69e8, "CNY", HN, "FY2027", basis="forecast, attributable"), m("net_profit_growth_forecast|net_profit_growth", 23.1, "%", HN, "FY2027", basis="forecast, yoy"),
], [
    ra(GTHT, HN, "maintain", "overweight", None, 23.64, None, "CNY"),
])

# zh03: Huaan Securities note on Wus Printed Circuit / Huadian (reportify digest), Simplified; FY2024 results + forecasts
HD = "沪电股份|002463"
G["zh03"] = ([
    m("revenue", 1.3342e10, "CNY", HD, "FY2024"), m("revenue_growth", 49.26, "%", HD, "FY2024", basis="yoy"),
    m("net_profit", 2.587e9, "CNY", HD, "FY2024", basis="attributable"), m("net_profit_growth", 71.05, "%", HD, "FY2024", basis="yoy"),
    m("segment_revenue|revenue", 1.2839e10, "CNY", "沪电股份 PCB业务|PCB业务|PCB business", "FY2024"),
    m("segment_revenue_growth|revenue_growth", 49.78, "%", "沪电股份 PCB业务|PCB业务|PCB business", "FY2024", basis="yoy"),
    m("gross_margin", 35.85, "%", "沪电股份 PCB业务|PCB业务|PCB business", "FY2024"),
    m("gross_margin_change", 3.56, "pp", "沪电股份 PCB业务|PCB业务|PCB business", "FY2024", basis="yoy"),
    m("revenue_forecast|revenue", 1.5771e10, "CNY", HD, "FY2025", basis="forecast"),
    m("revenue_forecast|revenue", 1.918e10, "CNY", HD, "FY2026", basis="forecast"),
    m("revenue_forecast|revenue", 2.2153e10, "CNY", HD, "FY2027", basis="forecast"),
    m("net_profit_forecast|net_profit", 3.32e9, "CNY", HD, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 4.252e9, "CNY", HD, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 4.917e9, "CNY", HD, "FY2027", basis="forecast, attributable"),
    m("pe|pe_ratio", 17.83, "x", HD, "FY2025", basis="forecast"),
    m("pe|pe_ratio", 13.92, "x", HD, "FY2026", basis="forecast"),
    m("pe|pe_ratio", 12.04, "x", HD, "FY2027", basis="forecast"),
    m("pcb_value_multiple", None, "x", "纯电动车|battery electric vehicles", None, rng=(5, 6), opt=True, basis="vs ICE vehicles"),
    m("segment_revenue|revenue", 1.0093e10, "CNY", "企业通讯市场板|企业通讯板|enterprise communications boards", "FY2024"),
    m("segment_revenue_growth|revenue_growth", 71.94, "%", "企业通讯市场板|企业通讯板|enterprise communications boards", "FY2024", basis="yoy"),
    m("gross_margin_change", 4.09, "pp", "企业通讯市场板|企业通讯板|enterprise communications boards", "FY2024", basis="yoy"),
    m("revenue_growth", None, "%", "高速网络交换机及配套路由相关PCB产品|switch and router PCB", "2024H2", rng=(90, None), opt=True, basis="qoq"),
    m("revenue_share", 29.48, "%", "AI服务器与HPC相关PCB产品|AI server and HPC PCB", "FY2024", basis="of enterprise communications board revenue"),
    m("revenue_share", 38.56, "%", "高速网络交换机及配套路由相关PCB产品|switch and router PCB", "FY2024", basis="of enterprise communications board revenue"),
], [
    ra("华安证券|Huaan Securities", HD, "maintain", "buy", None, None, None, None),
])

# zh04: statistics-bureau first-half release (GDP, agriculture, industry) via fjsen; year not stated in the passage -> "H1"/"Q1"/"Q2"
CN = "中国|China|全国"
IPG = "industrial_production_growth|industrial_value_added_growth"
G["zh04"] = ([
    m("gdp", 3.40637e13, "CNY", CN, "H1"), m("gdp_growth", 6.7, "%", CN, "H1", basis="yoy, comparable prices"),
    m("gdp_growth", 6.7, "%", CN, "Q1", basis="yoy"), m("gdp_growth", 6.7, "%", CN, "Q2", basis="yoy"),
    m("value_added", 2.2097e12, "CNY", "第一产业|primary industry", "H1"), m("value_added_growth", 3.1, "%", "第一产业|primary industry", "H1", basis="yoy"),
    m("value_added", 1.3425e13, "CNY", "第二产业|secondary industry", "H1"), m("value_added_growth", 6.1, "%", "第二产业|secondary industry", "H1", basis="yoy"),
    m("value_added", 1.8429e13, "CNY", "第三产业|tertiary industry", "H1"), m("value_added_growth", 7.5, "%", "第三产业|tertiary industry", "H1", basis="yoy"),
    m("gdp_growth", 1.8, "%", CN, "Q2", basis="qoq"),
    m("grain_output", 1.3926e8, "tonnes", "全国夏粮|summer grain", opt=True),
    m("grain_output_change", -1.62e6, "tonnes", "全国夏粮|summer grain", opt=True),
    m("grain_output_growth", -1.2, "%", "全国夏粮|summer grain", opt=True),
    m("meat_output", 3.853e7, "tonnes", "猪牛羊禽肉|meat", "H1", opt=True), m("meat_output_growth", -1.3, "%", "猪牛羊禽肉|meat", "H1", opt=True, basis="yoy"),
    m("pork_output|meat_output", 2.473e7, "tonnes", "猪肉|pork", "H1", opt=True), m("pork_output_growth|meat_output_growth", -3.9, "%", "猪肉|pork", "H1", opt=True, basis="yoy"),
    m("hog_inventory", 4.0203e8, "head", "生猪存栏|hog inventory", opt=True), m("hog_inventory_growth", -3.7, "%", "生猪存栏|hog inventory", opt=True, basis="yoy"),
    m("hog_slaughter", 3.1959e8, "head", "生猪出栏|hogs slaughtered", opt=True), m("hog_slaughter_growth", -4.4, "%", "生猪出栏|hogs slaughtered", opt=True, basis="yoy"),
    m(IPG, 6.0, "%", CN, "H1", basis="yoy, comparable prices"),
    m("industrial_production_growth_change", 0.2, "pp", CN, "H1", basis="vs Q1"),
    m(IPG, -0.2, "%", "国有控股企业|state-controlled enterprises", "H1", opt=True, basis="yoy"),
    m(IPG, 2.6, "%", "集体企业|collective enterprises", "H1", opt=True, basis="yoy"),
    m(IPG, 7.2, "%", "股份制企业|joint-stock enterprises", "H1", opt=True, basis="yoy"),
    m(IPG, 3.2, "%", "外商及港澳台商投资企业|foreign-invested enterprises", "H1", opt=True, basis="yoy"),
    m(IPG, 0.1, "%", "采矿业|mining", "H1", basis="yoy"),
    m(IPG, 6.9, "%", "制造业|manufacturing", "H1", basis="yoy"),
    m(IPG, 2.6, "%", "电力、热力、燃气及水生产和供应业|utilities", "H1", basis="yoy"),
    m(IPG, 10.2, "%", "高技术产业|high-tech industry", "H1", basis="yoy"),
    m(IPG, 8.1, "%", "装备制造业|equipment manufacturing", "H1", basis="yoy"),
    m("industrial_production_growth_gap", 4.2, "pp", "高技术产业|high-tech industry", "H1", opt=True, basis="vs all industry"),
    m("industrial_production_growth_gap", 2.1, "pp", "装备制造业|equipment manufacturing", "H1", opt=True, basis="vs all industry"),
    m("share_of_industrial_value_added|share", 12.1, "%", "高技术产业|high-tech industry", "H1"),
    m("share_of_industrial_value_added|share", 32.6, "%", "装备制造业|equipment manufacturing", "H1"),
    m("share_change", 0.7, "pp", "高技术产业|high-tech industry", "H1", opt=True, basis="yoy"),
    m("share_change", 1.2, "pp", "装备制造业|equipment manufacturing", "H1", opt=True, basis="yoy"),
    m(IPG, 6.2, "%", CN, None, basis="June, yoy"),
], [])

# zh05: statistics-bureau industrial profits, Jan-Jul 2018 (repost), Simplified; ownership breakdown optional
P5 = "2018-01..07"
IP = "industrial_profit|total_profit"
IPGR = "industrial_profit_growth|total_profit_growth"
G["zh05"] = ([
    m(IP, 3.90381e12, "CNY", "规模以上工业企业|全国规模以上工业企业|China industrial enterprises", P5),
    m(IPGR, 17.1, "%", "规模以上工业企业|全国规模以上工业企业|China industrial enterprises", P5, basis="yoy, comparable"),
    m("industrial_profit_growth_change", -0.1, "pp", "规模以上工业企业|全国规模以上工业企业|China industrial enterprises", P5, basis="vs Jan-Jun"),
    m(IP, 1.19132e12, "CNY", "国有控股企业|state-controlled enterprises", P5, opt=True), m(IPGR, 30.5, "%", "国有控股企业|state-controlled enterprises", P5, opt=True, basis="yoy"),
    m(IP, 1.252e10, "CNY", "集体企业|collective enterprises", P5, opt=True), m(IPGR, 4.1, "%", "集体企业|collective enterprises", P5, opt=True, basis="yoy"),
    m(IP, 2.7801e12, "CNY", "股份制企业|joint-stock enterprises", P5, opt=True), m(IPGR, 21.3, "%", "股份制企业|joint-stock enterprises", P5, opt=True, basis="yoy"),
    m(IP, 9.4224e11, "CNY", "外商及港澳台商投资企业|foreign-invested enterprises", P5, opt=True), m(IPGR, 7.5, "%", "外商及港澳台商投资企业|foreign-invested enterprises", P5, opt=True, basis="yoy"),
    m(IP, 1.02151e12, "CNY", "私营企业|private enterprises", P5, opt=True), m(IPGR, 10.3, "%", "私营企业|private enterprises", P5, opt=True, basis="yoy"),
    m(IP, 3.3667e11, "CNY", "采矿业|mining", P5), m(IPGR, 53.4, "%", "采矿业|mining", P5, basis="yoy"),
    m(IP, 3.30844e12, "CNY", "制造业|manufacturing", P5), m(IPGR, 14.3, "%", "制造业|manufacturing", P5, basis="yoy"),
    m(IP, 2.587e11, "CNY", "电力、热力、燃气及水生产和供应业|utilities", P5), m(IPGR, 17.8, "%", "电力、热力、燃气及水生产和供应业|utilities", P5, basis="yoy"),
], [])

# zh06 (sub-indices are their own entities, as in the development corpus): NBS/CFLP manufacturing PMI, June 2017 (data portal copy of the release), Simplified; readings in %, changes in pp (mom)
P6 = "2017-06"
MFG = "中国制造业|China manufacturing|制造业"
G["zh06"] = ([
    m("pmi|manufacturing_pmi", 51.7, "%", MFG, P6), m("pmi_change", 0.5, "pp", MFG, P6, basis="mom"),
    m("pmi|manufacturing_pmi", 52.7, "%", "大型企业|large enterprises", P6), m("pmi_change", 1.5, "pp", "大型企业|large enterprises", P6, basis="mom"),
    m("pmi|manufacturing_pmi", 50.5, "%", "中型企业|medium enterprises", P6), m("pmi_change", -0.8, "pp", "中型企业|medium enterprises", P6, basis="mom"),
    m("pmi|manufacturing_pmi", 50.1, "%", "小型企业|small enterprises", P6), m("pmi_change", -0.9, "pp", "小型企业|small enterprises", P6, basis="mom"),
    m("production_index|pmi_subindex", 54.4, "%", "生产指数|production index", P6), m("production_index_change|pmi_subindex_change", 1.0, "pp", "生产指数|production index", P6, basis="mom"),
    m("new_orders_index|pmi_subindex", 53.1, "%", "新订单指数|new orders index", P6), m("new_orders_index_change|pmi_subindex_change", 0.8, "pp", "新订单指数|new orders index", P6, basis="mom"),
    m("raw_materials_inventory_index|pmi_subindex", 48.6, "%", "原材料库存指数|raw materials inventory index", P6), m("raw_materials_inventory_index_change|pmi_subindex_change", 0.1, "pp", "原材料库存指数|raw materials inventory index", P6, basis="mom"),
    m("employment_index|pmi_subindex", 49.0, "%", "从业人员指数|employment index", P6), m("employment_index_change|pmi_subindex_change", -0.4, "pp", "从业人员指数|employment index", P6, basis="mom"),
    m("supplier_delivery_times_index|pmi_subindex", 49.9, "%", "供应商配送时间指数|supplier delivery times index", P6), m("supplier_delivery_times_index_change|pmi_subindex_change", -0.3, "pp", "供应商配送时间指数|supplier delivery times index", P6, basis="mom"),
], [])

# zh07: Bank of Shanghai 1H25 margin, loans, asset quality and interim dividend (reportify digest of a Sina note; headline + excerpt), Simplified
BS = "上海银行|601229|Bank of Shanghai"
H = "2025H1"
G["zh07"] = ([
    m("net_interest_margin|nim", 1.15, "%", BS, H), m("nim_change", -4, "bp", BS, H, basis="yoy"),
    m("nim_change", -17, "bp", BS, "FY2024"),
    m("asset_yield", 2.91, "%", BS, H, basis="interest-earning assets"), m("asset_yield_change", -50, "bp", BS, H, basis="yoy"),
    m("funding_cost|liability_cost", 1.76, "%", BS, H, basis="interest-bearing liabilities"), m("funding_cost_change|liability_cost_change", -40, "bp", BS, H, basis="yoy"),
    m("funding_cost_change|liability_cost_change", -15, "bp", BS, "FY2024", opt=True),
    m("loans", 1.437e12, "CNY", BS, "2025-06-30"), m("loan_growth", 0.9, "%", BS, "2025-06-30", basis="yoy"),
    m("loan_change|net_new_loans", 1.6e10, "CNY", BS, H, basis="corporate loans"),
    m("loan_change|net_new_loans", 1.26e10, "CNY", BS, H, basis="manufacturing loans"),
    m("loan_share_change", 0.71, "pp", BS, H, basis="manufacturing loans, vs prior year-end"),
    m("loan_change|net_new_loans", -2.44e10, "CNY", BS, H, basis="personal loans"),
    m("loan_change|net_new_loans", -2.7e9, "CNY", BS, H, basis="consumer loans"),
    m("loan_change|net_new_loans", -2.07e10, "CNY", BS, H, basis="business loans"),
    m("loan_change|net_new_loans", -2.3e9, "CNY", BS, H, basis="credit cards"),
    m("loan_change|net_new_loans", 1.3e9, "CNY", BS, H, basis="mortgages"),
    m("npl_ratio", 1.18, "%", BS, "2025-06-30"),
    m("npl_ratio", 1.36, "%", BS, "2025-06-30", basis="corporate"), m("npl_ratio_change", -1, "bp", BS, "2025-06-30", basis="corporate, qoq"),
    m("npl_ratio", 1.30, "%", BS, "2025-06-30", basis="retail"), m("npl_ratio_change", 16, "bp", BS, "2025-06-30", basis="retail, qoq"),
    m("dividend|dps", 0.3, "CNY", BS, H, basis="interim, per share"),
    m("payout_ratio", 32.22, "%", BS, H), m("payout_ratio", 31.22, "%", BS, "FY2024"),
], [])

# zh08: Caixin A-share close (Monday 23 March; year not printed in the passage -> no period), Simplified
SHC = "沪指|上证综指|上证指数|Shanghai Composite"
SZC = "深成指|深证成指|Shenzhen Component"
SME = "中小板指|中小板指数|SME Board"
CYB = "创业板指|创业板指数|ChiNext"
G["zh08"] = ([
    m("index_change", None, "%", SME, rng=(3, None), opt=True), m("index_change", None, "%", CYB, rng=(3, None), opt=True),
    m("index_level", 3687.81, "points", SHC, basis="close"), m("index_change", 70.49, "points", SHC), m("index_change", 1.95, "%", SHC),
    m("index_level", 3688.25, "points", SHC, opt=True, basis="intraday high"),
    m("index_level", 12780.32, "points", SZC, basis="close"), m("index_change", 235.87, "points", SZC), m("index_change", 1.88, "%", SZC),
    m("index_level", 7671.22, "points", SME, basis="close"), m("index_change", 247.41, "points", SME), m("index_change", 3.33, "%", SME),
    m("index_level", 2293.65, "points", CYB, basis="close"), m("index_change", 79.88, "points", CYB), m("index_change", 3.61, "%", CYB),
], [])
