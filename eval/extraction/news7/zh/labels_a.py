# Hand labels for news7/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Changjiang Securities note on Zhongmin Energy Q3 2025 (reportify digest), Simplified; maintain buy, no target
ZM = "中闽能源|600163|Zhongmin Energy"
CJ = "长江证券|Changjiang Securities"
Q3, M9 = "2025Q3", "2025Q1-Q3"
ATT = "attributable"
G["zh01"] = ([
    m("on_grid_power|power_generation", 4.99e8, "kWh", ZM, Q3), m("on_grid_power_growth|power_generation_growth", 7.30, "%", ZM, Q3, basis="yoy"),
    m("revenue", 2.86e8, "CNY", ZM, Q3), m("revenue_growth", 3.17, "%", ZM, Q3, basis="yoy"),
    m("operating_cost", 1.80e8, "CNY", ZM, Q3), m("operating_cost_growth", 7.82, "%", ZM, Q3, basis="yoy"),
    m("period_expenses_change|expenses_change", 4.03e6, "CNY", ZM, Q3, basis="yoy"),
    m("period_expenses|expenses", 4.392e7, "CNY", ZM, Q3),
    m("impairment_loss|asset_impairment", 6.344e7, "CNY", "富锦热电|" + ZM, Q3),
    m("net_profit", 1.35529e7, "CNY", ZM, Q3, basis=ATT), m("net_profit_growth", -79.78, "%", ZM, Q3, basis="yoy, " + ATT),
    m("eps_forecast|eps", 0.28, "CNY", ZM, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 0.49, "CNY", ZM, "FY2026", basis="forecast"),
    m("eps_forecast|eps", 0.69, "CNY", ZM, "FY2027", basis="forecast"),
    m("on_grid_power|power_generation", 1.865e9, "kWh", ZM, M9), m("on_grid_power_growth|power_generation_growth", 1.32, "%", ZM, M9, basis="yoy"),
    m("on_grid_power|power_generation", 4.44e8, "kWh", "福建风电|福建|Fujian wind", Q3),
    m("on_grid_power_growth|power_generation_growth", 4.74, "%", "福建风电|福建|Fujian wind", Q3, basis="yoy"),
    m("on_grid_power|power_generation", 3.29757e7, "kWh", "黑龙江风电|黑龙江|Heilongjiang wind", Q3),
    m("on_grid_power_growth|power_generation_growth", -2.19, "%", "黑龙江风电|黑龙江|Heilongjiang wind", Q3, basis="yoy"),
    m("power_generation", 1.68322e7, "kWh", "生物质发电|黑龙江|biomass", Q3),
    m("on_grid_power|power_generation", 5.5174e6, "kWh", "新疆光伏|新疆|Xinjiang solar", Q3),
    m("on_grid_power_growth|power_generation_growth", -28.64, "%", "新疆光伏|新疆|Xinjiang solar", Q3, basis="yoy"),
    m("operating_cost", 5.17e8, "CNY", ZM, M9), m("operating_cost_growth", 2.42, "%", ZM, M9, basis="yoy"),
    m("gross_profit_change", -4.24e6, "CNY", ZM, Q3, basis="yoy"),
    m("financial_expense|financial_expenses", 1.816e7, "CNY", ZM, Q3),
    m("financial_expense_change|financial_expenses_change", -5.35e6, "CNY", ZM, Q3, basis="yoy"),
    m("net_profit", 3.28e8, "CNY", ZM, M9, basis=ATT), m("net_profit_growth", -19.82, "%", ZM, M9, basis="yoy, " + ATT),
], [
    ra(CJ, ZM, "maintain", "buy", None, None, None, None),
])

# zh02: NBS retail sales, October 2018 (epsnet repost), Simplified; 吃/穿/用 online growth optional as in news5 zh01
CN = "中国|China|全国"
P10, P110 = "2018-10", "2018-01..10"
RS, RSG = "retail_sales", "retail_sales_growth"
ABOVE = "限额以上单位|above-designated-size units"
G["zh02"] = ([
    m(RS, 3.5534e12, "CNY", CN, P10), m(RSG, 8.6, "%", CN, P10, basis="yoy, nominal"),
    m("real_retail_sales_growth|retail_sales_growth", 5.6, "%", CN, P10, basis="yoy, real"),
    m(RS, 1.2479e12, "CNY", ABOVE, P10), m(RSG, 3.7, "%", ABOVE, P10, basis="yoy"),
    m(RS, 3.09834e13, "CNY", CN, P110), m(RSG, 9.2, "%", CN, P110, basis="yoy"),
    m(RS, 1.17177e13, "CNY", ABOVE, P110), m(RSG, 6.6, "%", ABOVE, P110, basis="yoy"),
    m(RS, 3.0601e12, "CNY", "城镇|urban", P10), m(RSG, 8.4, "%", "城镇|urban", P10, basis="yoy"),
    m(RS, 4.934e11, "CNY", "乡村|rural", P10), m(RSG, 9.7, "%", "乡村|rural", P10, basis="yoy"),
    m(RS, 2.65318e13, "CNY", "城镇|urban", P110), m(RSG, 9.0, "%", "城镇|urban", P110, basis="yoy"),
    m(RS, 4.4516e12, "CNY", "乡村|rural", P110), m(RSG, 10.3, "%", "乡村|rural", P110, basis="yoy"),
    m(RS, 3.1528e12, "CNY", "商品零售|goods retail", P10), m(RSG, 8.5, "%", "商品零售|goods retail", P10, basis="yoy"),
    m("catering_revenue|retail_sales", 4.006e11, "CNY", "餐饮|catering", P10), m("catering_revenue_growth|retail_sales_growth", 8.8, "%", "餐饮|catering", P10, basis="yoy"),
    m(RS, 2.76064e13, "CNY", "商品零售|goods retail", P110), m(RSG, 9.1, "%", "商品零售|goods retail", P110, basis="yoy"),
    m("catering_revenue|retail_sales", 3.3769e12, "CNY", "餐饮|catering", P110), m("catering_revenue_growth|retail_sales_growth", 9.6, "%", "餐饮|catering", P110, basis="yoy"),
    m(RS, 1.163e12, "CNY", "限额以上单位商品零售|above-size goods retail", P10), m(RSG, 3.6, "%", "限额以上单位商品零售|above-size goods retail", P10, basis="yoy"),
    m(RS, 1.09637e13, "CNY", "限额以上单位商品零售|above-size goods retail", P110), m(RSG, 6.6, "%", "限额以上单位商品零售|above-size goods retail", P110, basis="yoy"),
    m("online_retail_sales", 7.0539e12, "CNY", CN, P110), m("online_retail_sales_growth", 25.5, "%", CN, P110, basis="yoy"),
    m("online_retail_sales", 5.4141e12, "CNY", "实物商品网上零售|online sales of physical goods", P110),
    m("online_retail_sales_growth", 26.7, "%", "实物商品网上零售|online sales of physical goods", P110, basis="yoy"),
    m("online_share|share", 17.5, "%", "实物商品网上零售|online sales of physical goods", P110, basis="of total retail sales"),
    m("online_retail_sales_growth", 36.1, "%", "吃类商品|food", P110, opt=True, basis="yoy"),
    m("online_retail_sales_growth", 22.5, "%", "穿类商品|clothing", P110, opt=True, basis="yoy"),
    m("online_retail_sales_growth", 27.2, "%", "用类商品|daily-use goods", P110, opt=True, basis="yoy"),
], [])

# zh03: weekly A-share lock-up expiry roundup (gucheng, Oct 2017), Simplified; no period (week not dated with a year)
MK = "沪深两市|两市|A股|Shanghai and Shenzhen markets"
SHM, SZM = "沪市|Shanghai market", "深市|Shenzhen market"
SGMG, JTL = "三钢闽光|Sansteel Minguang", "京天利"
G["zh03"] = ([
    m("unlocked_companies|companies", 56, "companies", MK, opt=True),
    m("unlock_value|lockup_expiry_value", 1.042e11, "CNY", MK, opt=True, basis="headline, approximate"),
    m("unlock_shares|lockup_expiry_shares", 1.0908e10, "shares", MK),
    m("unlock_share_ratio|share", 1.28, "%", MK, basis="of locked A shares"),
    m("unlock_shares|lockup_expiry_shares", 5.673e9, "shares", SHM),
    m("unlock_share_ratio|share", 1.45, "%", SHM, basis="of locked shares"),
    m("unlock_shares|lockup_expiry_shares", 5.235e9, "shares", SZM),
    m("unlock_share_ratio|share", 1.13, "%", SZM, basis="of locked shares"),
    m("unlock_value|lockup_expiry_value", 1.04207e11, "CNY", MK, basis="at 9月29日 close"),
    m("unlock_value_ratio|share", 0.84, "%", MK, basis="of locked A-share market value"),
    m("unlocked_companies|companies", 14, "companies", SHM, opt=True),
    m("unlock_value|lockup_expiry_value", 4.6602e10, "CNY", SHM),
    m("unlock_value_ratio|share", 0.17, "%", SHM, basis="of tradable A-share market value"),
    m("unlocked_companies|companies", 42, "companies", SZM, opt=True),
    m("unlock_value|lockup_expiry_value", 5.7604e10, "CNY", SZM),
    m("unlock_value_ratio|share", 0.34, "%", SZM, basis="of tradable A-share market value"),
    m("unlocked_companies|companies", 51, "companies", MK, opt=True, basis="previous week"),
    m("unlock_shares|lockup_expiry_shares", 6.935e9, "shares", MK, basis="previous week"),
    m("unlock_shares_change|lockup_expiry_shares_change", 3.973e9, "shares", MK, basis="wow"),
    m("unlock_shares_growth|lockup_expiry_shares_change", 57.29, "%", MK, basis="wow"),
    m("unlock_value|lockup_expiry_value", 6.8173e10, "CNY", MK, basis="previous week"),
    m("unlock_value_change|lockup_expiry_value_change", 3.6034e10, "CNY", MK, basis="wow"),
    m("unlock_value_growth|lockup_expiry_value_change", 52.86, "%", MK, basis="wow"),
    m("unlocked_companies|companies", 22, "companies", "定向增发限售股份|private-placement shares", opt=True),
    m("unlocked_companies|companies", 14, "companies", "首发原股东限售股份|IPO original-shareholder shares", opt=True),
    m("unlocked_companies|companies", 6, "companies", "股权激励一般股份|equity-incentive shares", opt=True),
    m("unlock_shares|lockup_expiry_shares", 4.56e8, "shares", SGMG),
    m("price|share_price", 15.66, "CNY", SGMG, basis="close, 9月29日"),
    m("unlock_value|lockup_expiry_value", 7.14e9, "CNY", SGMG),
    m("unlock_value_ratio|share", 12.39, "%", SGMG, basis="of Shenzhen weekly unlock value"),
    m("unlock_share_ratio|share", 228.31, "%", JTL, basis="of tradable A shares before unlock"),
], [])

# zh04: Ping An Securities note on Yanjing Beer H1 2025 (reportify digest), Simplified; 推荐 -> outperform (as news6);
# the rating's definition band (强于市场10%至20%) is an optional range; forecast raise carries the old values as prior
YJ = "燕京啤酒|000729|Yanjing Beer"
PA = "平安证券|Ping An Securities"
H1, Q2 = "2025H1", "2025Q2"
ATT, XNR = "attributable", "attributable, excluding non-recurring items"
G["zh04"] = ([
    m("expected_relative_return|relative_performance", None, "%", YJ, rng=(10, 20), opt=True, basis="rating definition, 6 months vs market"),
    m("revenue", 8.56e9, "CNY", YJ, H1), m("revenue_growth", 6.4, "%", YJ, H1, basis="yoy"),
    m("net_profit", 1.10e9, "CNY", YJ, H1, basis=ATT), m("net_profit_growth", 45.4, "%", YJ, H1, basis="yoy, " + ATT),
    m("net_profit", 1.04e9, "CNY", YJ, H1, basis=XNR), m("net_profit_growth", 39.9, "%", YJ, H1, basis="yoy, " + XNR),
    m("revenue", 4.73e9, "CNY", YJ, Q2), m("revenue_growth", 6.1, "%", YJ, Q2, basis="yoy"),
    m("net_profit", 9.4e8, "CNY", YJ, Q2, basis=ATT), m("net_profit_growth", 43.0, "%", YJ, Q2, basis="yoy, " + ATT),
    m("net_profit", 8.8e8, "CNY", YJ, Q2, basis=XNR), m("net_profit_growth", 38.4, "%", YJ, Q2, basis="yoy, " + XNR),
    m("net_profit_forecast|net_profit", 1.47e9, "CNY", YJ, "FY2025", prior=1.46e9, basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.77e9, "CNY", YJ, "FY2026", prior=1.77e9, basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 2.04e9, "CNY", YJ, "FY2027", prior=2.03e9, basis="forecast, attributable"),
    m("sales_volume|beer_sales_volume", 2.352e6, "kilolitres", YJ, H1), m("sales_volume_growth", 2.0, "%", YJ, H1, basis="yoy"),
    m("sales_volume_growth", -0.3, "%", "啤酒行业|行业|beer industry", H1, basis="yoy"),
    m("average_price|price_per_unit", 3358, "CNY/kilolitre", YJ, H1), m("average_price_growth|price_per_unit_growth", 4.8, "%", YJ, H1, basis="yoy"),
    m("revenue", 5.54e9, "CNY", "中高档产品|mid-to-high-end products", H1), m("revenue_growth", 9.3, "%", "中高档产品|mid-to-high-end products", H1, basis="yoy"),
    m("revenue", 2.36e9, "CNY", "普通产品|mainstream products", H1), m("revenue_growth", 1.6, "%", "普通产品|mainstream products", H1, basis="yoy"),
    m("revenue", 4.85e9, "CNY", "华北|North China", H1), m("revenue_growth", 5.6, "%", "华北|North China", H1, basis="yoy"),
    m("revenue", 9.0e8, "CNY", "华东|East China", H1), m("revenue_growth", 20.5, "%", "华东|East China", H1, basis="yoy"),
    m("gross_margin", 47.7, "%", YJ, Q2), m("gross_margin_change", -0.6, "pp", YJ, Q2, basis="yoy"),
    m("net_margin", 19.8, "%", YJ, Q2, basis=ATT), m("net_margin_change", 5.1, "pp", YJ, Q2, basis="yoy, " + ATT),
    m("selling_expense_ratio", 6.0, "%", YJ, Q2), m("selling_expense_ratio_change", -4.0, "pp", YJ, Q2, basis="yoy"),
    m("admin_expense_ratio", 9.2, "%", YJ, Q2), m("admin_expense_ratio_change", -1.9, "pp", YJ, Q2, basis="yoy"),
    m("gross_margin", 43.1, "%", YJ, "FY2025", basis="forecast"), m("net_margin", 9.5, "%", YJ, "FY2025", basis="forecast"),
    m("roe", 9.6, "%", YJ, "FY2025", basis="forecast"),
    m("gross_margin_change", 2.4, "pp", YJ, "FY2025", basis="forecast, vs 2024A"),
    m("net_margin_change", 2.3, "pp", YJ, "FY2025", basis="forecast, vs 2024A"),
    m("roe_change", 2.4, "pp", YJ, "FY2025", basis="forecast, vs 2024A"),
], [
    ra(PA, YJ, "maintain", "outperform", None, None, None, None),
])

# zh05: Huatai note on Daimay Automotive H1 2025 (reportify digest), Simplified; maintain buy, target 7.40 CNY;
# 上半年/第二季度 take the year from the printed dateline (2025-09-01) and the 2025 forecasts
DM = "岱美股份|603730|Daimay"
HT = "华泰证券|Huatai Securities"
H1, Q2 = "2025H1", "2025Q2"
ATT = "attributable"
def _cl(name, yoy, qoq):
    return [m("production_growth|output_growth", yoy, "%", name, Q2, basis="yoy"),
            m("production_growth|output_growth", qoq, "%", name, Q2, basis="qoq")]
G["zh05"] = ([
    m("target_price", 7.40, "CNY", DM),
    m("revenue", 3.17e9, "CNY", DM, H1), m("revenue_growth", -3.4, "%", DM, H1, basis="yoy"),
    m("net_profit", 2.4e8, "CNY", DM, H1, basis=ATT), m("net_profit_growth", -42.6, "%", DM, H1, basis="yoy, " + ATT),
    m("revenue", 1.58e9, "CNY", DM, Q2), m("revenue_growth", -6.7, "%", DM, Q2, basis="yoy"),
    m("revenue_growth", -0.7, "%", DM, Q2, basis="qoq"),
    m("net_profit", 3e7, "CNY", DM, Q2, basis=ATT), m("net_profit_growth", -85.6, "%", DM, Q2, basis="yoy, " + ATT),
    m("net_profit_growth", 84.5, "%", DM, Q2, basis="qoq, " + ATT),
    m("gross_margin", 28.6, "%", DM, Q2), m("gross_margin_change", 0.44, "pp", DM, Q2, basis="yoy"),
    m("gross_margin_change", 0.88, "pp", DM, Q2, basis="qoq"),
    m("selling_expense_ratio", 1.8, "%", DM, Q2), m("selling_expense_ratio_change", -0.1, "pp", DM, Q2, basis="yoy"),
    m("selling_expense_ratio_change", -0.01, "pp", DM, Q2, basis="qoq"),
    m("admin_expense_ratio", 7.2, "%", DM, Q2), m("admin_expense_ratio_change", -0.7, "pp", DM, Q2, basis="yoy"),
    m("admin_expense_ratio_change", 0.4, "pp", DM, Q2, basis="qoq"),
    m("rd_expense_ratio", 3.4, "%", DM, Q2), m("rd_expense_ratio_change", 0.3, "pp", DM, Q2, basis="yoy"),
    m("rd_expense_ratio_change", 0.2, "pp", DM, Q2, basis="qoq"),
] + _cl("通用集团|通用|General Motors|GM", 2, 10) + _cl("克莱斯勒|Chrysler", -45, -21)
  + _cl("福特|Ford", 5, 11) + _cl("宝马|BMW", -9, 1) + [
    m("non_operating_expense|fire_loss", 2.4e8, "CNY", DM, basis="Mexico plant fire"),
    m("net_profit_forecast|net_profit", 9.3e8, "CNY", DM, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.11e9, "CNY", DM, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.29e9, "CNY", DM, "FY2027", basis="forecast, attributable"),
    m("pe_ratio", 17.2, "x", "可比公司|comparable companies", "FY2025", basis="average"),
    m("target_pe|pe_ratio", 17.2, "x", DM, "FY2025", basis="target multiple"),
    m("price|share_price", 5.97, "CNY", DM),
    m("market_cap", 1.2827e10, "CNY", DM),
], [
    ra(HT, DM, "maintain", "buy", None, 7.40, None, "CNY"),
])

# zh06: daily broker target/rating digest (reportify, 12月24日, no year), Simplified; 强推 -> buy, 推荐 -> outperform,
# 跑赢行业 -> outperform (as news6); targets given without a change are maintain; counts optional as in news6 zh07
HG = "海光信息|688041|Hygon"
HC = "华创证券|Huachuang Securities"
XF = "兴福电子|688545|Xingfu Electronics"
DS = "大商股份|600694|Dashang"
CICC = "中国国际金融|中金公司|中金|CICC"
G["zh06"] = ([
    m("target_upside|upside", 52, "%", HG, opt=True, basis="headline, approximate"),
    m("recommended_companies|count", 24, "companies", None, opt=True),
    m("target_price_count|count", 6, "target prices", None, opt=True),
    m("target_upside|upside", 52.80, "%", HG, basis="vs latest close"),
    m("target_upside|upside", 39.48, "%", XF, basis="vs latest close"),
    m("target_upside|upside", 33.19, "%", DS, basis="vs latest close"),
    m("target_price", 336.00, "CNY", HG), m("target_price", 52.00, "CNY", XF), m("target_price", 24.60, "CNY", DS),
    m("broker_recommendations|count", 1, "brokers", "健康元|Joincare", opt=True),
    m("broker_recommendations|count", 1, "brokers", "燕京啤酒|Yanjing Beer", opt=True),
    m("broker_recommendations|count", 1, "brokers", "博迈科|Bomesc", opt=True),
    m("target_upside|upside", 17.13, "%", "五粮液|Wuliangye", basis="vs latest close"),
    m("target_upside|upside", 15.01, "%", "飞龙股份|Feilong", basis="vs latest close"),
    m("target_upside|upside", 8.74, "%", "九丰能源|Jiufeng Energy", basis="vs latest close"),
    m("rating_upgrades|count", 1, "upgrades", None, opt=True),
    m("initiations|count", 12, "initiations", None, opt=True),
], [
    ra(HC, HG, "upgrade", "buy", "outperform", 336.00, None, "CNY"),
    ra("中信证券|CITIC Securities", XF, "maintain", "buy", None, 52.00, None, "CNY"),
    ra(CICC, DS, "maintain", "outperform", None, 24.60, None, "CNY"),
    ra("西部证券|Western Securities", "健康元|Joincare", "initiate", "buy"),
    ra("爱建证券|Aijian Securities", "燕京啤酒|Yanjing Beer", "initiate", "buy"),
    ra("中银国际证券|中银国际|BOCI Securities", "赛轮轮胎|Sailun", "initiate", "buy"),
    ra("渤海证券|Bohai Securities", "西部矿业|Western Mining", "initiate", "overweight"),
    ra("东北证券|Northeast Securities", "数据港|Shanghai Data Port|AtHub", "initiate", "buy"),
])

# zh07: FY2024 results analysis of stock 301300 (shidaotec digest), Simplified; company named only by its code;
# dividend per 10 shares as printed (basis per 10 shares, pre-tax), 约31.2% payout -> 31.2
C7 = "301300"
FY, Q4 = "FY2024", "2024Q4"
ATT, XNR = "attributable", "excluding non-recurring items"
G["zh07"] = ([
    m("revenue", 4.71e8, "CNY", C7, FY), m("revenue_growth", 19.68, "%", C7, FY, basis="yoy"),
    m("net_profit", 4.82224e7, "CNY", C7, FY, basis=ATT), m("net_profit_growth", 40.15, "%", C7, FY, basis="yoy, " + ATT),
    m("net_profit", 4.78301e7, "CNY", C7, FY, basis=XNR), m("net_profit_growth", 48.89, "%", C7, FY, basis="yoy, " + XNR),
    m("eps", 0.77, "CNY", C7, FY, basis="basic"),
    m("roe", 5.94, "%", C7, FY, basis="weighted average"), m("roe_change", 1.79, "pp", C7, FY, basis="yoy"),
    m("revenue", 1.24e8, "CNY", C7, Q4), m("revenue_growth", 11.44, "%", C7, Q4, basis="yoy"),
    m("net_profit", 1.49093e7, "CNY", C7, Q4, basis=ATT), m("net_profit_growth", 159.44, "%", C7, Q4, basis="yoy, " + ATT),
    m("net_profit", 1.49684e7, "CNY", C7, Q4, basis=XNR), m("net_profit_growth", 214.69, "%", C7, Q4, basis="yoy, " + XNR),
    m("operating_cash_flow", 3.03586e7, "CNY", C7, FY), m("operating_cash_flow_growth", -24.25, "%", C7, FY, basis="yoy"),
    m("financing_cash_flow", -1.02e8, "CNY", C7, FY), m("financing_cash_flow_change", -7.61076e7, "CNY", C7, FY, basis="yoy"),
    m("investing_cash_flow", -1.22e8, "CNY", C7, FY), m("investing_cash_flow_change", 1.45e8, "CNY", C7, FY, basis="yoy"),
    m("cash_change|cash_growth", -38.52, "%", C7, FY, basis="monetary funds"),
    m("cash_share_change|share_change", -18.21, "pp", C7, FY, basis="monetary funds, of total assets"),
    m("asset_share|share", 8.18, "%", C7, FY, prior=0, basis="other non-current assets, of total assets"),
    m("asset_share|share", 5.01, "%", C7, opt=True, basis="trading financial assets, prior year"),
    m("gross_margin", 22.23, "%", C7, FY),
    m("net_margin", 10.24, "%", C7, FY), m("net_margin_change", 1.5, "pp", C7, FY, basis="yoy"),
    m("roic", 4.92, "%", C7, FY), m("roic_change", 1.86, "pp", C7, FY, basis="yoy"),
    m("debt_to_asset_ratio|debt_ratio", 17.07, "%", C7, FY),
    m("rd_expense|rd_spending", 1.81473e7, "CNY", C7, FY), m("rd_expense_ratio|rd_ratio", 3.85, "%", C7, FY, basis="of revenue"),
    m("dividend|dividend_per_share", 4, "CNY", C7, FY, basis="per 10 shares, pre-tax"),
    m("payout_ratio", 31.2, "%", C7, FY),
    m("dividend_to_financing_ratio", 0.13, "x", C7, opt=True, basis="cumulative since listing"),
    m("pe_ratio", 41.78, "x", C7, basis="TTM"), m("pb_ratio", 2.53, "x", C7, basis="LF"), m("ps_ratio", 4.27, "x", C7, basis="TTM"),
], [])

# zh08: Shanghai Securities News on Shenzhen-listed shareholder share purchases (yunxiqiu repost, Aug 2024), Simplified;
# 不低于X且不超过Y plans are ranges; company counts optional; 约 values as printed; the 5% holder threshold is optional
SZ = "深市|深市上市公司|Shenzhen market"
YB = "云南白药|Yunnan Baiyao"
GY = "国有股权管理公司|云南省国有股权运营管理有限公司"
JF = "锦富技术|Jinfu Technology"
XS = "香山股份|Xiangshan"
JS = "均胜电子|宁波均胜电子股份有限公司|Joyson Electronics"
YTD = "2024-01..08"
G["zh08"] = ([
    m("companies|count", 211, "companies", SZ, YTD, opt=True, basis="share-purchase plans disclosed"),
    m("share_purchase_plan_amount|planned_purchase_amount", 9.297e9, "CNY", SZ, YTD, basis="sum of plan upper limits"),
    m("companies|count", 495, "companies", SZ, YTD, opt=True, basis="share-purchase progress disclosed"),
    m("share_purchase_amount|purchase_amount", 1.429e10, "CNY", SZ, YTD, basis="actual"),
    m("shares_purchased|share_purchase", 7.887e5, "shares", YB + "|" + GY),
    m("stake|share_of_total", 0.0442, "%", YB + "|" + GY, basis="of total share capital"),
    m("share_purchase_amount|purchase_amount", 4.00168e7, "CNY", YB + "|" + GY),
    m("share_purchase_plan_amount|planned_purchase_amount", None, "CNY", YB + "|" + GY, rng=(5e8, 1e9), basis="cumulative, 6 months"),
    m("share_purchase_plan_amount|planned_purchase_amount", None, "CNY", JF + "|智成投资", rng=(5e7, 8e7), basis="controlling shareholder, 6 months"),
    m("share_purchase_plan_amount|planned_purchase_amount", None, "CNY", JF, rng=(1.2e7, 1.8e7), basis="directors and executives, 3 months"),
    m("buyback_shares|shares_repurchased", 2.52529e7, "shares", JF, "2024-07-31"),
    m("buyback_ratio|stake", 1.94, "%", JF, "2024-07-31", basis="of total share capital"),
    m("buyback_price_high|price", 4.28, "CNY", JF, basis="per share, highest"),
    m("buyback_price_low|price", 2.80, "CNY", JF, basis="per share, lowest"),
    m("buyback_amount", 8.96890e7, "CNY", JF, "2024-07-31"),
    m("stake", None, "%", JS + "|" + XS, rng=(5, None), opt=True, basis="holder threshold"),
    m("share_purchase_plan_amount|planned_purchase_amount", None, "CNY", XS + "|" + JS, rng=(5e7, 1e8), basis="6 months"),
], [])
