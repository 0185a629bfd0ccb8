# Hand labels for news6/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Great Wall Securities note on Shouxiangu H1 2024 (reportify digest), Simplified; maintain buy, no target
SXG = "寿仙谷|Shouxiangu"
GW = "长城证券|Great Wall Securities"
H1, Q2 = "2024H1", "2024Q2"
ATT, XNR = "attributable", "attributable, excluding non-recurring items"
G["zh01"] = ([
    m("revenue", 3.5e8, "CNY", SXG, H1), m("revenue_growth", -5.1, "%", SXG, H1, basis="yoy"),
    m("net_profit", 1.0e8, "CNY", SXG, H1, basis=ATT), m("net_profit_growth", 11.8, "%", SXG, H1, basis="yoy, " + ATT),
    m("net_profit", 8.5e7, "CNY", SXG, H1, basis=XNR), m("net_profit_growth", 9.8, "%", SXG, H1, basis="yoy, " + XNR),
    m("revenue", 1.3e8, "CNY", SXG, Q2), m("revenue_growth", -20.4, "%", SXG, Q2, basis="yoy"),
    m("net_profit", 2.4e7, "CNY", SXG, Q2, basis=ATT), m("net_profit_growth", -14.1, "%", SXG, Q2, basis="yoy, " + ATT),
    m("net_profit", 1.7e7, "CNY", SXG, Q2, basis=XNR), m("net_profit_growth", -22.1, "%", SXG, Q2, basis="yoy, " + XNR),
    m("gross_margin", 81.3, "%", SXG, H1), m("gross_margin_change", -0.8, "pp", SXG, H1, basis="yoy"),
    m("selling_expense_ratio_change", -0.2, "pp", SXG, H1, basis="yoy"),
    m("admin_expense_ratio_change", 0.5, "pp", SXG, H1, basis="yoy"),
    m("financial_expense_ratio_change", -2.9, "pp", SXG, H1, basis="yoy"),
    m("asset_disposal_gain_change", 8.6e6, "CNY", SXG, H1, basis="yoy"),
    m("net_margin", 28.6, "%", SXG, H1), m("net_margin_change", 4.3, "pp", SXG, H1, basis="yoy"),
    m("new_stores", 7, "stores", SXG, H1), m("new_channels", 14, "channels", SXG, H1),
    m("new_channels", 4, "channels", "OTC渠道|OTC channels", H1, opt=True),
    m("new_channels", 8, "channels", "医疗渠道|medical channels", H1, opt=True),
    m("new_channels", 1, "channels", "招商渠道|distributor channels", H1, opt=True),
    m("new_channels", 1, "channels", "异业渠道|cross-industry channels", H1, opt=True),
    m("net_profit_forecast|net_profit", 2.8e8, "CNY", SXG, "FY2024", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 3.1e8, "CNY", SXG, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 3.5e8, "CNY", SXG, "FY2026", basis="forecast, attributable"),
    m("pe_ratio", 14, "x", SXG, "FY2024"), m("pe_ratio", 13, "x", SXG, "FY2025"), m("pe_ratio", 11, "x", SXG, "FY2026"),
], [
    ra(GW, SXG, "maintain", "buy", None, None, None, None),
])

# zh02: Shenwan Hongyuan note on Juhua (600160), April 2025 (reportify digest), Simplified; forecast table
JH = "巨化股份|600160|Juhua"
SW = "申万宏源证券|申万宏源|Shenwan Hongyuan"
def _jh(period, rev, rg, np_, npg, eps, gm, roe, pe, fc):
    b = "forecast" if fc else None
    rows = [m("revenue", rev, "CNY", JH, period, basis=b), m("revenue_growth", rg, "%", JH, period, basis=("forecast, yoy" if fc else "yoy")),
            m("net_profit", np_, "CNY", JH, period, basis=("forecast, attributable" if fc else "attributable")),
            m("net_profit_growth", npg, "%", JH, period, basis=("forecast, yoy" if fc else "yoy")),
            m("eps", eps, "CNY", JH, period, basis=b), m("gross_margin", gm, "%", JH, period, basis=b),
            m("roe", roe, "%", JH, period, basis=b)]
    if pe is not None:
        rows.append(m("pe_ratio", pe, "x", JH, period, basis=b))
    return rows
G["zh02"] = ([
    m("price|share_price", 23.63, "CNY", JH, "2025-04-08", opt=True, basis="close"),
    m("52_week_high|price", 26.72, "CNY", JH, opt=True), m("52_week_low|price", 14.25, "CNY", JH, opt=True),
    m("pb_ratio", 3.7, "x", JH, opt=True), m("dividend_yield", 0.47, "%", JH, opt=True),
    m("free_float_market_cap|market_cap", 6.3795e10, "CNY", JH),
    m("index_level|close", 3145.55, "points", "上证指数|Shanghai Composite", "2025-04-08", opt=True),
    m("index_level|close", 9424.68, "points", "深证成指|Shenzhen Component", "2025-04-08", opt=True),
    m("book_value_per_share|bvps", 6.32, "CNY", JH, "2024-09-30"),
    m("debt_to_asset_ratio", 33.87, "%", JH, "2024-09-30"),
    m("total_shares", 2.7e9, "shares", JH, "2024-09-30", opt=True), m("float_shares", 2.7e9, "shares", JH, "2024-09-30", opt=True),
] + _jh("FY2023", 2.0655e10, -3.9, 9.44e8, -60.4, 0.35, 13.2, 5.9, 68, False)
  + _jh("2024Q1-Q3", 1.7906e10, 11.8, 1.258e9, 68.4, 0.47, 16.9, 7.4, None, False)
  + _jh("FY2024", 2.1237e10, 2.8, 1.95e9, 106.7, 0.72, 18.9, 10.9, 33, True)
  + _jh("FY2025", 2.5432e10, 19.8, 4.163e9, 113.5, 1.54, 27.2, 19.4, 15, True)
  + [m("eps", 2.01, "CNY", JH, "FY2026", basis="forecast"), m("pe_ratio", 12, "x", JH, "FY2026", basis="forecast")], [
    ra(SW, JH, "maintain", "overweight", None, None, None, None),
])

# zh03: Huachuang Securities note on Budweiser APAC Q3 2025 (reportify digest), Simplified; 推荐 normalised to outperform
BA = "百威亚太|01876|Budweiser APAC"
HC = "华创证券|Huachuang Securities"
Q3, Q13 = "2025Q3", "2025Q1-Q3"
ORG, REP = "yoy, organic", "yoy, reported"
WEST = "亚太西部|APAC West"; CHN = "中国区|百威亚太中国区|China"; EAST = "亚太东部|APAC East"
G["zh03"] = ([
    m("target_price", 10, "HKD", BA),
    m("revenue", 4.691e9, "USD", BA, Q13), m("revenue_growth", -6.6, "%", BA, Q13, basis=ORG),
    m("ebitda", 1.421e9, "USD", BA, Q13, basis="normalised"), m("ebitda_growth", -7.7, "%", BA, Q13, basis=ORG),
    m("net_profit", 6.78e8, "USD", BA, Q13, basis="normalised, attributable"), m("net_profit_growth", -12.7, "%", BA, Q13, basis=REP),
    m("revenue", 1.555e9, "USD", BA, Q3), m("revenue_growth", -8.4, "%", BA, Q3, basis=ORG),
    m("ebitda", 4.38e8, "USD", BA, Q3, basis="normalised"), m("ebitda_growth", -6.9, "%", BA, Q3, basis=ORG),
    m("net_profit", 2.04e8, "USD", BA, Q3, basis="normalised, attributable"), m("net_profit_growth", -9.3, "%", BA, Q3, basis=REP),
    m("volume_growth|sales_volume_growth", -8.6, "%", BA, Q3, basis=ORG),
    m("price_per_tonne_growth|price_growth", 0.1, "%", BA, Q3, basis=ORG),
    m("ebitda_margin", 28.2, "%", BA, Q3, basis="normalised"), m("ebitda_margin_change", 0.46, "pp", BA, Q3, basis="yoy"),
    m("net_margin", 12.5, "%", BA, Q3, basis="reported"), m("net_margin_change", 0.2, "pp", BA, Q3, basis="yoy"),
    m("revenue_growth", -12.0, "%", WEST, Q3, basis=ORG), m("ebitda_growth", -11.9, "%", WEST, Q3, basis=ORG),
    m("revenue_growth", -15.1, "%", CHN, Q3, basis=ORG),
    m("volume_growth|sales_volume_growth", -11.4, "%", CHN, Q3, basis=ORG),
    m("price_per_tonne_growth|price_growth", -4.1, "%", CHN, Q3, basis=ORG),
    m("ebitda_growth", -17.4, "%", CHN, Q3, basis=ORG + ", normalised"),
    m("revenue_growth", 3.9, "%", EAST, Q3, basis=ORG),
    m("volume_growth|sales_volume_growth", -0.6, "%", EAST, Q3, basis=ORG),
    m("price_per_tonne_growth|price_growth", 4.5, "%", EAST, Q3, basis=ORG),
    m("ebitda_growth", 8.7, "%", EAST, Q3, basis=ORG),
    m("ebitda_margin_change", 1.4, "pp", EAST, Q3, basis="yoy"),
], [
    ra(HC, BA, "maintain", "outperform", None, 10, None, "HKD"),
])

# zh04: Changjiang Securities initiation on JNBY (03306), Sept 2025 (reportify digest), Simplified; company figures in CNY
JN = "江南布衣|03306|JNBY"
CJ = "长江证券|Changjiang Securities"
G["zh04"] = ([
    m("target_pe|pe_ratio", 9, "x", JN, basis="target"),
    m("payout_ratio", 75, "%", JN, "FY2026", basis="assumption"),
    m("dividend_yield", 8, "%", JN, "FY2026", basis="forecast"),
    m("net_profit_forecast|net_profit", 9.2e8, "CNY", JN, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 9.6e8, "CNY", JN, "FY2027", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 9.9e8, "CNY", JN, "FY2028", basis="forecast, attributable"),
    m("pe_ratio", 9, "x", JN, None, opt=True, basis="forecast, FY2026-FY2028"),
    m("pe_ratio", 9.9, "x", JN, basis="current"),
    m("pe_ratio", 12.6, "x", "行业|行业平均|industry average", basis="current, industry average"),
    m("market_share", 9.6, "%", JN, "2016", basis="domestic designer brands"),
    m("market_share", 10.4, "%", JN, "2016", basis="women's designer brands"),
    m("revenue_cagr", 13, "%", JN, "FY2014-FY2025"),
    m("net_profit_cagr", 18, "%", JN, "FY2014-FY2025", basis="attributable"),
    m("revenue", 5.55e9, "CNY", JN, "FY2025"), m("revenue_growth", 6, "%", JN, "FY2025", basis="yoy"),
    m("net_profit", 8.9e8, "CNY", JN, "FY2025", basis="attributable"), m("net_profit_growth", 5, "%", JN, "FY2025", basis="yoy"),
    m("price_band|price", None, "CNY", JN, rng=(500, 2000), opt=True),
    m("revenue_share", 54, "%", "JNBY|成熟品牌JNBY|mature brand JNBY", "FY2025"),
    m("revenue_share", 39, "%", "成长品牌|growth brands", "FY2025"),
    m("sustainable_material_share", 30, "%", JN, "FY2025", prior=6.3),
], [
    ra(CJ, JN, "initiate", "buy", None, None, None, None),
])

# zh05: PBOC financial statistics, H1 2024 (China News Service repost), Simplified; headline repeats have one row
CN = "中国|China|全国"
D6, H24 = "2024-06", "2024H1"
HH = "住户|households"; CORP = "企(事)业单位|企业|corporates"; NBFI = "非银行业金融机构|non-bank financial institutions"
G["zh05"] = ([
    m("m2", 3.0502e14, "CNY", CN, D6), m("m2_growth", 6.2, "%", CN, D6, basis="yoy"),
    m("m1", 6.606e13, "CNY", CN, D6), m("m1_growth", -5, "%", CN, D6, basis="yoy"),
    m("m0", 1.177e13, "CNY", CN, D6), m("m0_growth", 11.7, "%", CN, D6, basis="yoy"),
    m("net_cash_injection", 4.292e11, "CNY", CN, H24),
    m("loans_outstanding|total_loans", 2.5532e14, "CNY", CN, D6, basis="RMB and foreign currency"),
    m("loan_growth", 8.3, "%", CN, D6, basis="RMB and foreign currency, yoy"),
    m("rmb_loans_outstanding|loans_outstanding", 2.5085e14, "CNY", CN, D6),
    m("rmb_loan_growth|loan_growth", 8.8, "%", CN, D6, basis="yoy"),
    m("new_rmb_loans|new_loans", 1.327e13, "CNY", CN, H24),
    m("household_loans|new_loans", 1.46e12, "CNY", HH, H24),
    m("household_short_term_loans|new_loans", 2.764e11, "CNY", HH, H24),
    m("household_medium_long_term_loans|new_loans", 1.18e12, "CNY", HH, H24),
    m("corporate_loans|new_loans", 1.1e13, "CNY", CORP, H24),
    m("corporate_short_term_loans|new_loans", 3.11e12, "CNY", CORP, H24),
    m("corporate_medium_long_term_loans|new_loans", 8.08e12, "CNY", CORP, H24),
    m("bill_financing|new_loans", -3.44e11, "CNY", CORP, H24),
    m("nbfi_loans|new_loans", 3.889e11, "CNY", NBFI, H24),
    m("fx_loans_outstanding", 6.272e11, "USD", CN, D6), m("fx_loan_growth", -12, "%", CN, D6, basis="yoy"),
    m("new_fx_loans|fx_loans_change", -2.92e10, "USD", CN, H24),
    m("deposits_outstanding|total_deposits", 3.0168e14, "CNY", CN, D6, basis="RMB and foreign currency"),
    m("deposit_growth", 6, "%", CN, D6, basis="RMB and foreign currency, yoy"),
    m("rmb_deposits_outstanding|deposits_outstanding", 2.9572e14, "CNY", CN, D6),
    m("rmb_deposit_growth|deposit_growth", 6.1, "%", CN, D6, basis="yoy"),
    m("new_rmb_deposits|new_deposits", 1.146e13, "CNY", CN, H24),
    m("household_deposits|new_deposits", 9.27e12, "CNY", HH, H24),
    m("corporate_deposits|new_deposits", -1.45e12, "CNY", "非金融企业|non-financial corporates", H24),
    m("fiscal_deposits|new_deposits", -2.434e11, "CNY", "财政性存款|fiscal deposits", H24),
    m("nbfi_deposits|new_deposits", 2.21e12, "CNY", NBFI, H24),
    m("fx_deposits_outstanding", 8.365e11, "USD", CN, D6), m("fx_deposit_growth", -0.1, "%", CN, D6, basis="yoy"),
    m("new_fx_deposits|fx_deposits_change", 3.87e10, "USD", CN, H24),
], [])

# zh06: Tianchuang Fashion (603608) share-reduction plan notice, 2021 (sohu filing), Simplified; 不超过 caps as open ranges
TC = "天创时尚|603608|Tianchuang Fashion"
HKGC = "香港高创|高创有限公司|Gaochuang"
G["zh06"] = ([
    m("shares_held|shareholding", 69797322, "shares", HKGC, basis="in " + "天创时尚"),
    m("stake|shareholding_pct", 16.27, "%", HKGC, basis="of total share capital"),
    m("total_shares", 428924090, "shares", TC),
    m("shares_held|shareholding", 63000, "shares", "梁耀华|Liang Yaohua", opt=True),
    m("stake|shareholding_pct", 0.01, "%", "梁耀华|Liang Yaohua", opt=True),
    m("shares_held|shareholding", 69860322, "shares", HKGC + "|香港高创及一致行动人", basis="with concert party"),
    m("stake|shareholding_pct", 16.28, "%", HKGC + "|香港高创及一致行动人", basis="with concert party"),
    m("shares_held|shareholding", 36200229, "shares", "平潭尚见|Pingtan Shangjian"),
    m("stake|shareholding_pct", 8.44, "%", "平潭尚见|Pingtan Shangjian"),
    m("share_sale_plan|shares_to_sell", None, "shares", HKGC, rng=(None, 15000000)),
    m("share_sale_plan_pct|stake_to_sell", None, "%", HKGC, rng=(None, 3.50), basis="of total share capital"),
    m("share_sale_limit_pct", None, "%", HKGC, rng=(None, 1), opt=True, basis="any 90 consecutive days, centralised bidding"),
    m("share_sale_limit|shares_to_sell", None, "shares", HKGC, rng=(None, 4289240), opt=True, basis="any 90 consecutive days"),
], [])

# zh07: weekly broker-rating roundup (南财投研通 data, Traditional-script repost), 2025-08; 强推 -> buy, 推荐 -> outperform
MT = "貴州茅臺|贵州茅台|600519|Kweichow Moutai"
TF = "天風證券|天风证券|601162|Tianfeng Securities"
BQ = "北汽藍谷|北汽蓝谷|600733|BAIC BluePark"
YJ = "燕京啤酒|000729|Yanjing Brewery"
G["zh07"] = ([
    m("target_price_count|count", 217, "target prices", None, opt=True),
    m("target_upside|upside", None, "%", MT, rng=(82, None), opt=True, basis="headline"),
    m("target_upside|upside", 82.83, "%", MT, basis="vs latest close"),
    m("target_upside|upside", 59.38, "%", "云天化|雲天化|600096|Yuntianhua", basis="vs latest close"),
    m("target_upside|upside", 54.93, "%", "晶晨股份|Amlogic", basis="vs latest close"),
    m("recommended_companies|count", 294, "companies", None, opt=True),
    m("broker_recommendations|count", 34, "brokers", MT, opt=True),
    m("broker_recommendations|count", 21, "brokers", YJ, opt=True),
    m("broker_recommendations|count", 21, "brokers", "萬華化學|万华化学|600309|Wanhua Chemical", opt=True),
    m("rating_upgrades|count", 12, "upgrades", None, opt=True),
    m("rating_downgrades|count", 8, "downgrades", None, opt=True),
    m("initiations|count", 95, "initiations", None, opt=True),
], [
    ra(TF, BQ, "upgrade", "buy", "overweight"),
    ra("開源證券|开源证券|Kaiyuan Securities", "雙匯發展|双汇发展|000895|Shuanghui", "upgrade", "buy", "overweight"),
    ra("信達證券|信达证券|Cinda Securities", "聯影醫療|联影医疗|United Imaging", "upgrade", "buy", "overweight"),
    ra("華泰證券|华泰证券|Huatai Securities", "德邦股份|603056|Deppon", "downgrade", "hold", "overweight"),
    ra("華創證券|华创证券|Huachuang Securities", "甘源食品|002991|Ganyuan Foods", "downgrade", "outperform", "buy"),
    ra("東吳證券|东吴证券|Soochow Securities", "健盛集團|健盛集团|603558|Jiansheng", "downgrade", "overweight", "buy"),
    ra("西部證券|西部证券|002673|Western Securities", "天山股份|000877|Tianshan", "initiate", "buy"),
    ra(TF, BQ, "initiate", "buy"),
    ra("華源證券|华源证券|Huayuan Securities", YJ, "initiate", "overweight"),
    ra("國泰海通證券|国泰海通|Guotai Haitong", "海容冷鏈|海容冷链|603187|Hiron", "initiate", "overweight"),
    ra("華金證券|华金证券|Huajin Securities", "新洋豐|新洋丰|000902|Xinyangfeng", "initiate", "buy"),
])

# zh08: Shanxi Securities note on Sinotruk (A-share) H1 2023 with CAAM heavy-truck sales (sohu research page), Simplified; no rating stated
ZZ = "中国重汽|公司|Sinotruk"
H1, Q2 = "2023H1", "2023Q2"
ATT, XNR = "attributable", "attributable, excluding non-recurring items"
G["zh08"] = ([
    m("revenue", 2.0187e10, "CNY", ZZ, H1), m("revenue_growth", 31.67, "%", ZZ, H1, basis="yoy"),
    m("net_profit", 4.96e8, "CNY", ZZ, H1, basis=ATT), m("net_profit_growth", 54.79, "%", ZZ, H1, basis="yoy, " + ATT),
    m("net_profit", 4.93e8, "CNY", ZZ, H1, basis=XNR), m("net_profit_growth", 63.56, "%", ZZ, H1, basis="yoy, " + XNR),
    m("revenue", 1.0974e10, "CNY", ZZ, Q2), m("revenue_growth", 40.07, "%", ZZ, Q2, basis="yoy"),
    m("revenue_growth", 19.10, "%", ZZ, Q2, basis="qoq"),
    m("net_profit", 2.72e8, "CNY", ZZ, Q2, basis=ATT), m("net_profit_growth", 38.53, "%", ZZ, Q2, basis="yoy, " + ATT),
    m("net_profit_growth", 21.49, "%", ZZ, Q2, basis="qoq, " + ATT),
    m("net_profit", 2.71e8, "CNY", ZZ, Q2, basis=XNR), m("net_profit_growth", 48.68, "%", ZZ, Q2, basis="yoy, " + XNR),
    m("net_profit_growth", 22.52, "%", ZZ, Q2, basis="qoq, " + XNR),
    m("sales_volume|heavy_truck_sales", 4.88e5, "vehicles", "重卡市场|heavy-truck market|中国", "2023-01..06", basis="CAAM, cumulative"),
    m("sales_volume_growth|heavy_truck_sales_growth", 28.6, "%", "重卡市场|heavy-truck market|中国", "2023-01..06", basis="yoy"),
    m("sales_volume|heavy_truck_sales", 1.089e5, "vehicles", "中国重汽集团|中国重汽(03808.HK)|Sinotruk Group", H1, basis="cumulative"),
    m("sales_volume_growth|heavy_truck_sales_growth", 45.1, "%", "中国重汽集团|中国重汽(03808.HK)|Sinotruk Group", H1, basis="yoy"),
    m("sales_volume|heavy_truck_sales", 60925, "vehicles", ZZ + "|A股上市主体", H1, basis="cumulative"),
    m("sales_volume_growth|heavy_truck_sales_growth", 23.22, "%", ZZ + "|A股上市主体", H1, basis="yoy"),
], [])
