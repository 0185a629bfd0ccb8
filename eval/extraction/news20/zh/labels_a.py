# Hand labels for news20/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 = CNY (a bare "亿" market value on an A-share data sheet too).
# No year is taken from outside the text: a period written without a year ("今年上半年", "1—8月份", "6月份") has
# period None or "H1" with the months in `basis` (news16/news17). Labels were written from the texts alone (no extractor
# run, no extractor output seen, no extractor code read).

# zh01: 中财网 repost of 利亚德 (300296) 2022 third-quarter report (公告编号 2022-074), the main-figures table.
# 本报告期 = 2022Q3, 年初至报告期末 = 2022Q1-Q3 (the report is the "2022年第三季度报告", so the year is stated);
# 本报告期末 = 2022-09-30, with 上年度末 as the prior of the same quantity (project rule: prior, not a row of its own).
# Figures are in full 元 as printed (2,071,488,667.07 -> 2071488667.07). The "增减" column gives yoy changes in %; for
# 加权平均净资产收益率 the change column is printed "-0.92%" but is a change of a ratio, i.e. percentage points -> unit
# "pp" (judgement call, see README). The operating-cash-flow cells for the quarter are "--" (no figure). 扣非 net profit
# is its own metric with 'net_profit' as an alternative name. The 公告编号, 证券代码 and dates are not metrics.
LYD = "利亚德|300296|利亚德光电|利亚德光电股份有限公司|Leyard"
Q3, YTD, E = "2022Q3", "2022Q1-Q3", "2022-09-30"
ATT = "attributable"
KF = "net_profit_excl_nonrecurring|recurring_net_profit|net_profit"
KFG = "net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth"
G["zh01"] = ([
    m("revenue", 2071488667.07, "CNY", LYD, Q3),
    m("revenue_growth", -7.25, "%", LYD, Q3, basis="yoy"),
    m("revenue", 5772994487.89, "CNY", LYD, YTD),
    m("revenue_growth", -1.05, "%", LYD, YTD, basis="yoy"),
    m("net_profit", 164473351.60, "CNY", LYD, Q3, basis=ATT),
    m("net_profit_growth", -30.38, "%", LYD, Q3, basis="yoy, " + ATT),
    m("net_profit", 431986349.72, "CNY", LYD, YTD, basis=ATT),
    m("net_profit_growth", -17.07, "%", LYD, YTD, basis="yoy, " + ATT),
    m(KF, 151002967.21, "CNY", LYD, Q3, basis=ATT + ", excluding non-recurring items (扣非)"),
    m(KFG, -34.63, "%", LYD, Q3, basis="yoy, " + ATT + ", 扣非"),
    m(KF, 391252137.59, "CNY", LYD, YTD, basis=ATT + ", excluding non-recurring items (扣非)"),
    m(KFG, -20.48, "%", LYD, YTD, basis="yoy, " + ATT + ", 扣非"),
    m("operating_cash_flow", -150956664.73, "CNY", LYD, YTD, basis="net cash flow from operating activities"),
    m("operating_cash_flow_growth", -184.84, "%", LYD, YTD, basis="yoy"),
    m("eps", 0.0647, "CNY", LYD, Q3, basis="basic"),
    m("eps_growth", -30.36, "%", LYD, Q3, basis="yoy, basic"),
    m("eps", 0.1699, "CNY", LYD, YTD, basis="basic"),
    m("eps_growth", -17.04, "%", LYD, YTD, basis="yoy, basic"),
    m("diluted_eps|eps", 0.0624, "CNY", LYD, Q3, basis="diluted"),
    m("diluted_eps_growth|eps_growth", -28.85, "%", LYD, Q3, basis="yoy, diluted"),
    m("diluted_eps|eps", 0.1643, "CNY", LYD, YTD, basis="diluted"),
    m("diluted_eps_growth|eps_growth", -16.17, "%", LYD, YTD, basis="yoy, diluted"),
    m("roe", 2.04, "%", LYD, Q3, basis="weighted average"),
    m("roe_change", -0.92, "pp", LYD, Q3, basis="yoy, printed '-0.92%' in the 增减 column"),
    m("roe", 5.42, "%", LYD, YTD, basis="weighted average"),
    m("roe_change", -1.34, "pp", LYD, YTD, basis="yoy, printed '-1.34%' in the 增减 column"),
    m("total_assets", 15310663320.67, "CNY", LYD, E, prior=15848259875.44, basis="period end vs 上年度末"),
    m("total_assets_growth|total_assets_change", -3.39, "%", LYD, E, basis="vs 上年度末"),
    m("equity|shareholders_equity|net_assets", 8195708607.86, "CNY", LYD, E, prior=7773885643.94,
      basis=ATT + ", period end vs 上年度末"),
    m("equity_growth|shareholders_equity_growth|net_assets_growth", 5.43, "%", LYD, E, basis="vs 上年度末, " + ATT),
], [])

# zh02: reportify digest (" - " bullets, citation markers) of a GF Securities (广发证券) report on 雅迪控股 (01585),
# dated 2024-11-07. "给予'增持'评级" with no change stated -> maintain overweight (news7/news9/news16 "给予" rule); the
# 合理价值17.14港元/股 is the target (news12: 合理价值 = target) -> a target_price row and the action's target, HKD.
# The 15倍 2025 P/E is the valuation multiple behind it (key, FY2025). Forecast growth 2024-2026 ("增长 - 0.1%" with a
# spaced minus -> -0.1). Company figures in 元 are CNY (mainland broker, RMB reporting). The summary's "销量超1600万辆,
# 营收348亿元,归母净利润超26亿元" round the body's 1652万辆 / 347.6亿元 / 26.4亿元 -> optional (bounds as open ranges).
# Capacity, distributor and store counts and country counts (超过 / 多个) are incidental bounds -> optional; 八大产研基地,
# the founding year and listing month are not metrics. CAGR periods FY2016-FY2023. "电动自动车" is the source's typo
# for 电动自行车 (kept in the text; both names given).
YD = "雅迪控股|雅迪|01585|Yadea"
GF = "广发证券|GF Securities"
VEH = "电动两轮车|electric two-wheelers"
EB = "电动自行车|电动自动车|electric bicycles"
ES = "电动踏板车|electric scooters"
G["zh02"] = ([
    m("target_price|fair_value", 17.14, "HKD", YD, basis="合理价值, per share"),
    m("pe_ratio|target_pe", 15, "x", YD, "FY2025", basis="target valuation multiple"),
    m("net_profit_growth_forecast|net_profit_growth", -0.1, "%", YD, "FY2024", basis="forecast, yoy, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", 21.7, "%", YD, "FY2025", basis="forecast, yoy, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", 15.2, "%", YD, "FY2026", basis="forecast, yoy, attributable"),
    m("sales_volume", None, "vehicles", YD + "|" + VEH, "FY2023", rng=(1.6e7, None), opt=True, basis="超, rounded"),
    m("revenue", 3.48e10, "CNY", YD, "FY2023", opt=True, basis="rounded restatement of 347.6亿元"),
    m("net_profit", None, "CNY", YD, "FY2023", rng=(2.6e9, None), opt=True, basis="超, attributable, rounded"),
    m("production_capacity|capacity", None, "units", YD + "|" + VEH, rng=(2e7, None), opt=True, basis="annual, 超过"),
    m("distributors|distributor_count", None, "distributors", YD, rng=(4000, None), opt=True,
      basis="domestic distributors and sub-distributors, 超过"),
    m("stores|store_count", None, "stores", YD, rng=(4e4, None), opt=True, basis="exclusive retail stores, 超过"),
    m("countries|country_count", None, "countries", YD, rng=(90, None), opt=True, basis="overseas distribution, 多个"),
    m("countries|country_count", None, "countries", YD, rng=(100, None), opt=True, basis="products sold, 多个"),
    m("revenue_cagr|cagr", 22.9, "%", YD, "FY2016-FY2023", basis="CAGR, revenue"),
    m("net_profit_cagr|earnings_cagr|cagr", 25.5, "%", YD, "FY2016-FY2023", basis="CAGR, attributable net profit"),
    m("revenue", 3.476e10, "CNY", YD, "FY2023"),
    m("revenue_growth", 11.9, "%", YD, "FY2023", basis="yoy"),
    m("net_profit", 2.64e9, "CNY", YD, "FY2023", basis="attributable"),
    m("net_profit_growth", 22.2, "%", YD, "FY2023", basis="yoy, attributable"),
    m("revenue", 1.441e10, "CNY", YD, "2024H1"),
    m("revenue_growth", -15.4, "%", YD, "2024H1", basis="yoy"),
    m("revenue_share|share_of_revenue", 43.3, "%", YD + "|" + EB, "2024H1"),
    m("revenue_share|share_of_revenue", 24.6, "%", YD + "|" + ES, "2024H1"),
    m("revenue_share|share_of_revenue", 28.2, "%", YD + "|电池及充电器|batteries and chargers", "2024H1"),
    m("sales_volume", 1.652e7, "vehicles", YD + "|" + VEH, "FY2023", basis="约"),
    m("sales_volume", 1.156e7, "vehicles", YD + "|" + EB, "FY2023"),
    m("sales_share|share_of_sales_volume", 70.0, "%", YD + "|" + EB, "FY2023"),
    m("sales_volume", 4.96e6, "vehicles", YD + "|" + ES, "FY2023"),
    m("sales_share|share_of_sales_volume", 30.0, "%", YD + "|" + ES, "FY2023"),
], [
    ra(GF, YD, "maintain", "overweight", None, 17.14, None, "HKD"),
])

# zh03: Xinhua (新华社, dateline "北京10日电", no year printed) on China's first-half trade, Sohu business repost. The text
# never prints the year ("今年上半年") -> half-year rows period "H1", June rows period None with "June" in basis. Values
# in 亿美元 -> USD. "净减少132.1亿美元" / "净减少55.4亿美元" are the surplus's yoy changes (negative). "增速比去年同期低5.7个
# 百分点" / "高12.4个百分点" are changes of the growth rate against a year earlier -> pp rows (sign from 低/高). The
# "连续3个月超过千亿美元" monthly imports is an incidental bound -> optional. General trade (一般贸易) owns its figures.
CN = "中国|我国|全国|China"
GT = "一般贸易|general trade"
JUN = "June (6月份当月)"
G["zh03"] = ([
    m("trade_surplus|trade_balance", 9.903e10, "USD", CN, "H1", basis="cumulative"),
    m("trade_surplus_growth|trade_balance_growth", -11.8, "%", CN, "H1", basis="yoy"),
    m("trade_surplus_change|trade_balance_change", -1.321e10, "USD", CN, "H1", basis="yoy, 净减少"),
    m("trade_surplus|trade_balance", 2.135e10, "USD", CN, None, basis=JUN),
    m("trade_surplus_growth|trade_balance_growth", -20.6, "%", CN, None, basis="yoy, " + JUN),
    m("trade_surplus_change|trade_balance_change", -5.54e9, "USD", CN, None, basis="yoy, 净减少, " + JUN),
    m("exports", 6.666e11, "USD", CN, "H1"),
    m("exports_growth|export_growth", 21.9, "%", CN, "H1", basis="yoy"),
    m("exports_growth_change|export_growth_change", -5.7, "pp", CN, "H1", basis="vs growth a year earlier"),
    m("imports", 5.6757e11, "USD", CN, "H1"),
    m("imports_growth|import_growth", 30.6, "%", CN, "H1", basis="yoy"),
    m("imports_growth_change|import_growth_change", 12.4, "pp", CN, "H1", basis="vs growth a year earlier"),
    m("exports", 1.2153e11, "USD", CN, None, basis=JUN),
    m("exports_growth|export_growth", 17.6, "%", CN, None, basis="yoy, " + JUN),
    m("imports", 1.0018e11, "USD", CN, None, basis=JUN),
    m("imports_growth|import_growth", 31, "%", CN, None, basis="yoy, " + JUN),
    m("imports", None, "USD", CN, None, rng=(1e11, None), opt=True, basis="monthly, 3 consecutive months, 超过千亿美元"),
    m("trade_value|total_trade", 5.9686e11, "USD", GT, "H1", basis="imports and exports"),
    m("trade_value_growth|total_trade_growth", 35.4, "%", GT, "H1", basis="yoy"),
    m("exports", 3.0642e11, "USD", GT, "H1"),
    m("exports_growth|export_growth", 24.8, "%", GT, "H1", basis="yoy"),
    m("imports", 2.9044e11, "USD", GT, "H1"),
    m("imports_growth|import_growth", 48.7, "%", GT, "H1", basis="yoy"),
], [])

# zh04: 北京青年报 client (2020-06-10) on CAICT's (中国信通院) May 2020 handset report. 2020年5月 -> 2020-05; 1-5月 (of
# 2020) -> 2020-01..05. 万部 / 亿部 scaled to units. The headline and the lead repeat the body's 3375.9万部, 46.3%,
# 1564.3万部, 16款 and 50.0% -> one row each. Key: shipments, their yoy growth and their share of all handset
# shipments for the whole market, 5G phones, domestic brands and smartphones. New-model launch counts (款), their growth
# and their share of launches are secondary detail of the release -> optional throughout (judgement call, README). The
# 1-5月 5G "占比分别37.0%和47.9%" belong to shipments and new models in turn. Byline / editor lines are no metrics.
HS = "国内手机市场|国内市场|国内手机|China handset market"
G5 = "5G手机|5G phones"
DB = "国产品牌手机|国产品牌|domestic brands"
SP = "智能手机|smartphones"
M5, YTD4 = "2020-05", "2020-01..05"
SH = "share_of_shipments|market_share"
NM, NMG, NMS = "new_models|model_launches", "new_models_growth|model_launches_growth", "share_of_new_models"
G["zh04"] = ([
    m("shipments", 3.3759e7, "units", HS, M5),
    m("shipments_growth", -11.8, "%", HS, M5, basis="yoy"),
    m("shipments", 1.24e8, "units", HS, YTD4, basis="cumulative"),
    m("shipments_growth", -18.0, "%", HS, YTD4, basis="yoy"),
    m(NM, 32, "models", HS, M5, opt=True),
    m(NMG, -22.0, "%", HS, M5, opt=True, basis="yoy"),
    m(NM, 169, "models", HS, YTD4, opt=True, basis="cumulative"),
    m(NMG, -18.8, "%", HS, YTD4, opt=True, basis="yoy"),
    m("shipments", 1.5643e7, "units", G5, M5),
    m(SH, 46.3, "%", G5, M5, basis="share of all handset shipments"),
    m(NM, 16, "models", G5, M5, opt=True),
    m(NMS, 50.0, "%", G5, M5, opt=True, basis="share of new models launched"),
    m("shipments", 4.6084e7, "units", G5, YTD4, basis="cumulative"),
    m(SH, 37.0, "%", G5, YTD4, basis="share of all handset shipments"),
    m(NM, 81, "models", G5, YTD4, opt=True, basis="cumulative"),
    m(NMS, 47.9, "%", G5, YTD4, opt=True, basis="share of new models launched"),
    m("shipments", 3.097e7, "units", DB, M5),
    m("shipments_growth", -11.4, "%", DB, M5, basis="yoy"),
    m(SH, 91.7, "%", DB, M5, basis="share of all handset shipments"),
    m(NM, 29, "models", DB, M5, opt=True),
    m(NMG, -21.6, "%", DB, M5, opt=True, basis="yoy"),
    m(NMS, 90.6, "%", DB, M5, opt=True, basis="share of new models launched"),
    m("shipments", 1.12e8, "units", DB, YTD4, basis="cumulative"),
    m("shipments_growth", -19.9, "%", DB, YTD4, basis="yoy"),
    m(SH, 90.0, "%", DB, YTD4, basis="share of all handset shipments"),
    m(NM, 152, "models", DB, YTD4, opt=True, basis="cumulative"),
    m(NMG, -17.4, "%", DB, YTD4, opt=True, basis="yoy"),
    m(NMS, 89.9, "%", DB, YTD4, opt=True, basis="share of new models launched"),
    m("shipments", 3.2661e7, "units", SP, M5),
    m("shipments_growth", -10.4, "%", SP, M5, basis="yoy"),
    m(SH, 96.7, "%", SP, M5, basis="share of all handset shipments"),
    m("shipments", 1.21e8, "units", SP, YTD4, basis="cumulative"),
    m("shipments_growth", -16.0, "%", SP, YTD4, basis="yoy"),
    m(SH, 97.4, "%", SP, YTD4, basis="share of all handset shipments"),
    m(NM, 25, "models", SP, M5, opt=True),
    m(NMG, -24.2, "%", SP, M5, opt=True, basis="yoy"),
    m(NMS, 78.1, "%", SP, M5, opt=True, basis="share of new models launched"),
    m(NM, 131, "models", SP, YTD4, opt=True, basis="cumulative"),
    m(NMG, -20.6, "%", SP, YTD4, opt=True, basis="yoy"),
    m(NMS, 77.5, "%", SP, YTD4, opt=True, basis="share of new models launched"),
], [])

# zh05: chaogb.com "新股上市提示" data sheet for N华芯 (688048, STAR Market), listing day 2022-04-01. IPO figures carry no
# period (news15). The headline's 发行价80.80元/股 repeats the body -> one row; the industry P/E 42.57 is printed twice ->
# one row. Key: offer price, reference industry P/E, actual proceeds (27.39亿元), total shares offered, market value,
# dynamic P/E, float market value (bare "亿" on an A-share sheet -> CNY) and the offline subscription multiple
# (网下配售认购倍数, oversubscription, unit x). Optional (allotment statistics, minor share counts, trivia): par value,
# online / offline tranche sizes, the per-account subscription cap, the market-value thresholds (5.50万元, 1000.00万元),
# the two 中签率 and the shares bid in the initial inquiry (6317530.00万股). "-" fields (发行市盈率, 老股转让, 参考个股
# 平均市值/市盈率) have no figure. Stock, subscription codes and dates are not metrics.
HX = "N华芯|华芯|688048"
IND = "计算机、通信和其他电子设备制造业|computer, communication and other electronic equipment manufacturing"
G["zh05"] = ([
    m("ipo_price|offer_price", 80.80, "CNY", HX, basis="per share"),
    m("industry_pe|pe_ratio", 42.57, "x", IND, basis="reference industry P/E, latest"),
    m("ipo_proceeds|funds_raised", 2.739e9, "CNY", HX, basis="actual gross proceeds"),
    m("offer_shares|ipo_shares", 3.39e7, "shares", HX, basis="total shares offered"),
    m("market_cap|market_value", 1.0956e10, "CNY", HX),
    m("pe_ratio", 95.01, "x", HX, basis="dynamic P/E"),
    m("float_market_cap|free_float_market_value", 2.363e9, "CNY", HX),
    m("oversubscription|subscription_multiple", 1713.07, "x", HX, basis="offline placement subscription multiple"),
    m("par_value", 1, "CNY", HX, opt=True),
    m("offer_shares|ipo_shares", 8885500, "shares", HX, opt=True, basis="online tranche"),
    m("offer_shares|ipo_shares", 22337484, "shares", HX, opt=True, basis="offline tranche"),
    m("subscription_cap", 5500, "shares", HX, opt=True, basis="per-account online subscription limit"),
    m("required_market_value", 5.5e4, "CNY", HX, opt=True, basis="market value needed for a full online subscription"),
    m("required_market_value", 1e7, "CNY", HX, opt=True, basis="market value needed for offline subscription"),
    m("allotment_rate|lottery_rate", 0.038326, "%", HX, opt=True, basis="online"),
    m("allotment_rate|lottery_rate", 0.0584, "%", HX, opt=True, basis="offline"),
    m("bid_shares", 6.31753e10, "shares", HX, opt=True, basis="cumulative shares bid in the initial inquiry"),
], [])

# zh06: jczj.net repost of the statistics bureau's property figures for 1—8月份 (the passage prints no year -> period
# None, "Jan-Aug" in basis). 亿元 -> CNY, 万平方米 -> m2 (unit "m2" as news16). Every 下降 is negative. Residential (住宅)
# owns its figures (parts own their figures, news14/news16); residential sales area and sales value print only growth.
NAT = "全国|China"
RES = "住宅|residential"
B = "Jan-Aug (1—8月份), cumulative"
BY = "yoy, Jan-Aug (1—8月份)"
G["zh06"] = ([
    m("real_estate_investment|property_investment", 9.0809e12, "CNY", NAT, None, basis=B),
    m("real_estate_investment_growth|property_investment_growth", -7.4, "%", NAT, None, basis=BY),
    m("real_estate_investment|property_investment", 6.8878e12, "CNY", RES, None, basis=B),
    m("real_estate_investment_growth|property_investment_growth", -6.9, "%", RES, None, basis=BY),
    m("construction_area|floor_space_under_construction", 8.68649e9, "m2", NAT, None, basis=B),
    m("construction_area_growth|floor_space_under_construction_growth", -4.5, "%", NAT, None, basis=BY),
    m("construction_area|floor_space_under_construction", 6.13604e9, "m2", RES, None, basis=B),
    m("construction_area_growth|floor_space_under_construction_growth", -4.8, "%", RES, None, basis=BY),
    m("new_construction_area|new_starts", 8.5062e8, "m2", NAT, None, basis=B),
    m("new_construction_area_growth|new_starts_growth", -37.2, "%", NAT, None, basis=BY),
    m("new_construction_area|new_starts", 6.2414e8, "m2", RES, None, basis=B),
    m("new_construction_area_growth|new_starts_growth", -38.1, "%", RES, None, basis=BY),
    m("completed_area|completions", 3.6861e8, "m2", NAT, None, basis=B),
    m("completed_area_growth|completions_growth", -21.1, "%", NAT, None, basis=BY),
    m("completed_area|completions", 2.6737e8, "m2", RES, None, basis=B),
    m("completed_area_growth|completions_growth", -20.8, "%", RES, None, basis=BY),
    m("sales_area|floor_space_sold", 8.789e8, "m2", NAT + "|商品房|commercial housing", None, basis=B),
    m("sales_area_growth|floor_space_sold_growth", -23.0, "%", NAT + "|商品房|commercial housing", None, basis=BY),
    m("sales_area_growth|floor_space_sold_growth", -26.8, "%", RES, None, basis=BY),
    m("property_sales|sales_value", 8.587e12, "CNY", NAT + "|商品房|commercial housing", None, basis=B),
    m("property_sales_growth|sales_value_growth", -27.9, "%", NAT + "|商品房|commercial housing", None, basis=BY),
    m("property_sales_growth|sales_value_growth", -30.3, "%", RES, None, basis=BY),
], [])
