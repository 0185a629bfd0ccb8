# Hand labels for news21/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY; 万吨 scaled to tonnes, 万千瓦 to kW.
# No year is taken from outside the text: a period written without a year ("1—7月份", "7月末", "5日") has period None
# with the months in `basis` (news16/news17/news20). Labels were written from the texts alone (no extractor run, no
# extractor output seen, no extractor code read).

# zh01: reportify digest (" - " bullets) of a 长江证券 (Changjiang Securities) results note on 四方股份 (601126.SH), dated
# 2025-11-16: the 2025 third-quarter report. 2025年前三季度 = 2025Q1-Q3, 2025年第三季度(单季) = 2025Q3, 第三季度末 =
# 2025-09-30. "维持'买入'评级" with no target -> maintain buy, target None. 同比 changes are yoy rows, 环比 changes are
# rows of the same growth metric with basis "qoq" (sign from 上升/下降). Margin and expense-ratio changes in 个百分点 ->
# "pp". 扣非净利润 is its own metric with net_profit as an alternative (news20). "对应市盈率约为28倍" -> 28 x (约X = X),
# a forecast multiple for 2025. The quarter's 经营净现金流 equals the nine-month figure (4.28亿元 twice, as the source
# prints it): two rows with different periods. "环比则已转正" carries no figure. 四项费用率 = the four expense items'
# ratio (selling, admin, R&D, finance), labelled as expense_ratio.
SF = "四方股份|601126|601126.SH|Sifang|北京四方继保自动化股份有限公司"
CJ = "长江证券|Changjiang Securities"
Q3, YTD, E = "2025Q3", "2025Q1-Q3", "2025-09-30"
ATT = "attributable"
KF = "net_profit_excl_nonrecurring|recurring_net_profit|net_profit"
KFG = "net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth"
EXR = "expense_ratio|period_expense_ratio|opex_ratio"
DAR = "debt_to_asset_ratio|asset_liability_ratio|liability_ratio"
G["zh01"] = ([
    m("revenue", 6.13e9, "CNY", SF, YTD),
    m("revenue_growth", 20.4, "%", SF, YTD, basis="yoy"),
    m("net_profit", 7.0e8, "CNY", SF, YTD, basis=ATT),
    m("net_profit_growth", 15.6, "%", SF, YTD, basis="yoy, " + ATT),
    m(KF, 6.8e8, "CNY", SF, YTD, basis="扣非, excluding non-recurring items"),
    m(KFG, 14.5, "%", SF, YTD, basis="yoy, 扣非"),
    m("revenue", 2.11e9, "CNY", SF, Q3),
    m("revenue_growth", 30.6, "%", SF, Q3, basis="yoy"),
    m("revenue_growth", -3.7, "%", SF, Q3, basis="qoq (环比)"),
    m("net_profit", 2.3e8, "CNY", SF, Q3, basis=ATT),
    m("net_profit_growth", 22.8, "%", SF, Q3, basis="yoy, " + ATT),
    m("net_profit_growth", -2.9, "%", SF, Q3, basis="qoq (环比), " + ATT),
    m(KF, 2.2e8, "CNY", SF, Q3, basis="扣非, excluding non-recurring items"),
    m(KFG, 18.5, "%", SF, Q3, basis="yoy, 扣非"),
    m(KFG, -3.3, "%", SF, Q3, basis="qoq (环比), 扣非"),
    m("gross_margin", 30.77, "%", SF, YTD),
    m("gross_margin_change", -2.93, "pp", SF, YTD, basis="yoy"),
    m("gross_margin", 31.24, "%", SF, Q3),
    m("gross_margin_change", -2.97, "pp", SF, Q3, basis="yoy"),
    m("gross_margin_change", 1.83, "pp", SF, Q3, basis="qoq (环比)"),
    m(EXR, 17.64, "%", SF, YTD, basis="四项费用率 (four expense items)"),
    m(EXR.replace("ratio", "ratio_change"), -2.53, "pp", SF, YTD, basis="yoy, 四项费用率"),
    m(EXR, 17.71, "%", SF, Q3, basis="四项费用率 (four expense items)"),
    m(EXR.replace("ratio", "ratio_change"), -4.76, "pp", SF, Q3, basis="yoy, 四项费用率"),
    m("net_profit_forecast|net_profit", 8.44e8, "CNY", SF, "2025", basis="forecast, attributable, 可达"),
    m("pe_ratio", 28, "x", SF, "2025", basis="forecast P/E, 约"),
    m("inventory", 2.129e9, "CNY", SF, E, basis="period end"),
    m("inventory_growth", 16.2, "%", SF, E, basis="yoy"),
    m("inventory_growth", 11.0, "%", SF, E, basis="qoq (环比)"),
    m("contract_liabilities", 1.369e9, "CNY", SF, E, basis="period end"),
    m("contract_liabilities_growth", -1.6, "%", SF, E, basis="yoy"),
    m("contract_liabilities_growth", 6.0, "%", SF, E, basis="qoq (环比)"),
    m(DAR, 60.10, "%", SF, E, basis="period end"),
    m(DAR.replace("ratio", "ratio_change"), 3.13, "pp", SF, E, basis="yoy"),
    m("operating_cash_flow", 4.28e8, "CNY", SF, YTD, basis="net cash flow from operating activities"),
    m("operating_cash_flow_growth", -25.4, "%", SF, YTD, basis="yoy"),
    m("operating_cash_flow", 4.28e8, "CNY", SF, Q3, basis="net operating cash flow, single quarter"),
    m("operating_cash_flow_growth", -16.5, "%", SF, Q3, basis="yoy"),
], [
    ra(CJ, SF, "maintain", "buy"),
])

# zh02: 搜狐证券 "买入研报" analyst page (肖扬, 国泰君安), entry for 国电清新 dated 2014-12-12 (起评日). The listing row's
# price columns (起评价, a site-adjusted 目标价 and 目标空间, 20/60-day highs) are page chrome computed by the site and were
# left out of the passage; the headline line is composed from the listing fields and prints no figure. The note:
# EPS forecasts for 2014-2016 (years stated), upward revisions of 14% / 49% against the previous forecast for 2015 / 2016
# (eps_forecast_change, %), a 2015 35倍PE target multiple, target 31.5元 "较前次目标价20元上调58%" -> target_price 31.5
# with prior 20 and a key target_price_change of 58 %, and "上调评级为'增持'" -> upgrade to overweight; the previous
# rating is not stated (prior_rating None). "新增150~575亿元改造需求" is a forecast market size for desulfurisation and
# dust-removal retrofits -> range (1.5e10, 5.75e10) CNY, key. "2014年底...运营规模分别为1336、414万千瓦" -> the
# company's desulfurisation and denitrification operating capacity in kW at 2014-12-31 (forecast). Stock code not
# printed; 002573 added as an alternative only.
GD = "国电清新|002573|Guodian Qingxin|北京国电清新环保技术股份有限公司"
GTJA = "国泰君安|Guotai Junan|国泰君安证券|GTJA"
FC = "forecast"
G["zh02"] = ([
    m("eps_forecast|eps", 0.49, "CNY", GD, "2014", basis=FC),
    m("eps_forecast|eps", 0.91, "CNY", GD, "2015", basis=FC),
    m("eps_forecast|eps", 1.36, "CNY", GD, "2016", basis=FC),
    m("eps_forecast_change|eps_revision", 14, "%", GD, "2015", basis="upward revision vs previous forecast"),
    m("eps_forecast_change|eps_revision", 49, "%", GD, "2016", basis="upward revision vs previous forecast"),
    m("target_pe|pe_ratio", 35, "x", GD, "2015", basis="target valuation multiple"),
    m("target_price", 31.5, "CNY", GD, prior=20),
    m("target_price_change", 58, "%", GD, basis="vs previous target (前次目标价20元)"),
    m("market_size|addressable_market|demand", None, "CNY", "脱硫、除尘改造|desulfurization and dust-removal retrofits",
      rng=(1.5e10, 5.75e10), basis="forecast new retrofit demand, 150~575亿元"),
    m("operating_capacity|capacity", 1.336e7, "kW", GD + "|脱硫|desulfurization", "2014-12-31",
      basis="forecast, desulfurization operating scale"),
    m("operating_capacity|capacity", 4.14e6, "kW", GD + "|脱硝|denitrification", "2014-12-31",
      basis="forecast, denitrification operating scale"),
], [
    ra(GTJA, GD, "upgrade", "overweight", None, 31.5, 20, "CNY"),
])

# zh03: aijingu.com copy of 中铝国际 (601068) 2022 half-year earnings pre-announcement (业绩预增公告, 临 2022-048).
# Every forecast is printed twice (重要内容提示 and 一、(二)) -> one row each. 2022 年 1 至 6 月 = 2022H1. Forecast ranges
# are rng=(low, high) with value None; the year-earlier figures printed under 二、上年同期业绩情况 (336.59 万元 and
# -1,700.46万元) are the priors of the two forecast ranges (project rule: prior, not a row of its own), and are also
# given as optional 2021H1 rows so that an extractor listing them separately is not penalised (judgement call, README).
# The year-earlier EPS (-0.01 元) has no forecast beside it -> a key 2021H1 row. "将增加...万元到...万元" are changes
# (ranges, CNY); "同比增加 1,385.49%到 2,098.52%" the growth range. "上升50%以上" is the exchange's disclosure
# threshold, kept as an optional open lower bound on growth. 公告编号, 证券代码 and dates are not metrics.
ZL = "中铝国际|中铝国际工程股份有限公司|601068|Chalieco|China Aluminum International Engineering"
H1, H1P = "2022H1", "2021H1"
FA = "forecast, attributable, 2022 年 1 至 6 月"
G["zh03"] = ([
    m("net_profit", None, "CNY", ZL, H1, prior=3.3659e6, rng=(5e7, 7.4e7), basis=FA),
    m("net_profit_change", None, "CNY", ZL, H1, rng=(4.663e7, 7.063e7), basis="forecast yoy increase, attributable"),
    m("net_profit_growth", None, "%", ZL, H1, rng=(1385.49, 2098.52), basis="forecast, yoy, attributable"),
    m(KF, None, "CNY", ZL, H1, prior=-1.70046e7, rng=(5e7, 7.4e7), basis=FA + ", 扣非"),
    m("net_profit_excl_nonrecurring_change|recurring_net_profit_change|net_profit_change", None, "CNY", ZL, H1,
      rng=(6.7e7, 9.1e7), basis="forecast yoy increase, 扣非"),
    m("eps", -0.01, "CNY", ZL, H1P, basis="year-earlier (上年同期) EPS"),
    m("net_profit", 3.3659e6, "CNY", ZL, H1P, opt=True, basis="year-earlier (上年同期), attributable; prior of the forecast"),
    m(KF, -1.70046e7, "CNY", ZL, H1P, opt=True, basis="year-earlier (上年同期), 扣非; prior of the forecast"),
    m("net_profit_growth", None, "%", ZL, H1, rng=(50, None), opt=True, basis="disclosure threshold, 上升50%以上"),
], [])

# zh04: 人民网 dispatch (dateline "北京8月27日电", no year printed) on the statistics bureau's industrial-profit release for
# 1—7月份, stored on a repost page whose metadata line was left out (news20: page metadata is not part of a passage).
# No year in the text -> period None, "Jan-Jul (1—7月份)" / "end-July (7月末)" in basis. 亿元 / 万亿元 -> CNY. Every 下降
# is negative. The headline line was composed for the passage and prints no figure. The ownership-type breakdown
# (国有控股, 股份制, 外商及港澳台投资, 私营) is secondary detail of a macro release -> optional (development corpus); the three
# 门类 and the named industries own their figures (news14/news16) -> key. The two industries that "由盈转亏" carry no
# figure. 营业收入利润率 is a margin level (%) with its change in pp; 资产负债率 likewise.
IND = "全国规模以上工业企业|规模以上工业企业|全国|China|industrial enterprises above designated size"
B, BY, EM = "Jan-Jul (1—7月份), cumulative", "yoy, Jan-Jul (1—7月份)", "end-July (7月末)"
PR, PRG = "industrial_profits|total_profits|profits", "industrial_profits_growth|total_profits_growth|profits_growth"
G["zh04"] = ([
    m(PR, 4.09917e12, "CNY", IND, None, basis=B),
    m(PRG, 3.6, "%", IND, None, basis=BY + ", comparable basis"),
    m(PR, 1.39173e12, "CNY", "国有控股企业|state-holding enterprises", None, opt=True, basis=B),
    m(PRG, 1.0, "%", "国有控股企业|state-holding enterprises", None, opt=True, basis=BY),
    m(PR, 3.05146e12, "CNY", "股份制企业|shareholding enterprises", None, opt=True, basis=B),
    m(PRG, 1.9, "%", "股份制企业|shareholding enterprises", None, opt=True, basis=BY),
    m(PR, 1.01849e12, "CNY", "外商及港澳台投资企业|foreign-funded enterprises", None, opt=True, basis=B),
    m(PRG, 9.9, "%", "外商及港澳台投资企业|foreign-funded enterprises", None, opt=True, basis=BY),
    m(PR, 1.1031e12, "CNY", "私营企业|private enterprises", None, opt=True, basis=B),
    m(PRG, 7.3, "%", "私营企业|private enterprises", None, opt=True, basis=BY),
    m(PR, 7.1792e11, "CNY", "采矿业|mining", None, basis=B),
    m(PRG, -9.5, "%", "采矿业|mining", None, basis=BY),
    m(PR, 2.90454e12, "CNY", "制造业|manufacturing", None, basis=B),
    m(PRG, 5.0, "%", "制造业|manufacturing", None, basis=BY),
    m(PR, 4.7671e11, "CNY", "电力、热力、燃气及水生产和供应业|utilities", None, basis=B),
    m(PRG, 20.1, "%", "电力、热力、燃气及水生产和供应业|utilities", None, basis=BY),
    m(PRG, 79.3, "%", "有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", None, basis=BY),
    m(PRG, 25.1, "%", "计算机、通信和其他电子设备制造业|computer, communication and other electronic equipment", None,
      basis=BY),
    m(PRG, 23.9, "%", "农副食品加工业|agricultural and sideline food processing", None, basis=BY),
    m(PRG, 23.2, "%", "电力、热力生产和供应业|electricity and heat production and supply", None, basis=BY),
    m(PRG, 18.4, "%", "纺织业|textiles", None, basis=BY),
    m(PRG, 6.7, "%", "汽车制造业|automobile manufacturing", None, basis=BY),
    m(PRG, 5.3, "%", "石油和天然气开采业|oil and gas extraction", None, basis=BY),
    m(PRG, 4.8, "%", "化学原料和化学制品制造业|chemical raw materials and products", None, basis=BY),
    m(PRG, 4.3, "%", "通用设备制造业|general equipment", None, basis=BY),
    m(PRG, -2.9, "%", "专用设备制造业|special equipment", None, basis=BY),
    m(PRG, -8.1, "%", "电气机械和器材制造业|electrical machinery and equipment", None, basis=BY),
    m(PRG, -21.7, "%", "煤炭开采和洗选业|coal mining and washing", None, basis=BY),
    m(PRG, -48.8, "%", "非金属矿物制品业|non-metallic mineral products", None, basis=BY),
    m("revenue|operating_revenue", 7.593e13, "CNY", IND, None, basis=B),
    m("revenue_growth|operating_revenue_growth", 2.9, "%", IND, None, basis=BY),
    m("operating_costs|operating_cost", 6.479e13, "CNY", IND, None, basis=B),
    m("operating_costs_growth|operating_cost_growth", 3.0, "%", IND, None, basis=BY),
    m("profit_margin|revenue_profit_margin", 5.40, "%", IND, None, basis="营业收入利润率, Jan-Jul (1—7月份)"),
    m("profit_margin_change|revenue_profit_margin_change", 0.04, "pp", IND, None, basis=BY),
    m("total_assets", 1.7276e14, "CNY", IND, None, basis=EM),
    m("total_assets_growth", 5.3, "%", IND, None, basis="yoy, " + EM),
    m("total_liabilities|liabilities", 9.951e13, "CNY", IND, None, basis=EM),
    m("total_liabilities_growth|liabilities_growth", 5.1, "%", IND, None, basis="yoy, " + EM),
    m("equity|owners_equity", 7.325e13, "CNY", IND, None, basis=EM),
    m("equity_growth|owners_equity_growth", 5.7, "%", IND, None, basis="yoy, " + EM),
    m(DAR, 57.6, "%", IND, None, basis=EM),
    m(DAR.replace("ratio", "ratio_change"), -0.1, "pp", IND, None, basis="yoy, " + EM),
    m("accounts_receivable|receivables", 2.51e13, "CNY", IND, None, basis=EM),
    m("accounts_receivable_growth|receivables_growth", 8.1, "%", IND, None, basis="yoy, " + EM),
    m("inventory|finished_goods_inventory", 6.47e12, "CNY", IND, None, basis="产成品存货, " + EM),
    m("inventory_growth|finished_goods_inventory_growth", 5.2, "%", IND, None, basis="yoy, " + EM),
], [])

# zh05: 中新社 market close (dateline "北京12月5日电", no year printed), stored on a repost page. Wraps that give only a
# day carry no period (news3/news17). Index closes in points (basis close), moves in %; 跌 negative. The Shanghai
# clause's "成交6392亿元" is the Shanghai market's turnover, the Shenzhen clause's 4348亿元 Shenzhen's; "两市合计成交
# 10740亿元" the combined turnover. "逾1万亿元" (lead) and "超万亿" (analyst quote) restate the 10740亿元 as a bound ->
# one optional open range. "一度跌逾2%" is an intraday move given as a bound -> optional. "四连涨" is a run of days (not
# labelled). The headline line was composed for the passage and prints no figure.
SH = "上证综指|上证指数|沪指|沪市|Shanghai Composite|SSE Composite"
SZ = "深成指|深证成指|深市|Shenzhen Component"
SME = "中小板指|中小板指数|SME index"
CY = "创业板指|创业板指数|ChiNext"
MKT = "沪深两市|两市|沪深股指|中国a股|A股|China A-shares"
CL = "close, 12月5日"
G["zh05"] = ([
    m("index_level|close", 2937, "points", SH, None, basis=CL),
    m("index_change|index_change_pct", 1.32, "%", SH, None, basis=CL),
    m("turnover|trading_value", 6.392e11, "CNY", SH, None, basis="Shanghai market turnover"),
    m("index_level|close", 10067, "points", SZ, None, basis=CL),
    m("index_change|index_change_pct", 0.37, "%", SZ, None, basis=CL),
    m("turnover|trading_value", 4.348e11, "CNY", SZ, None, basis="Shenzhen market turnover"),
    m("turnover|trading_value", 1.074e12, "CNY", MKT, None, basis="combined turnover, 两市合计"),
    m("index_level|close", 5697, "points", SME, None, basis=CL),
    m("index_change|index_change_pct", -1.98, "%", SME, None, basis=CL),
    m("index_level|close", 1581, "points", CY, None, basis=CL),
    m("index_change|index_change_pct", -2.46, "%", CY, None, basis=CL),
    m("turnover|trading_value", None, "CNY", MKT, None, rng=(1e12, None), opt=True,
      basis="逾1万亿元 / 超万亿, restatement of 10740亿元 as a bound"),
    m("index_change|index_change_pct", None, "%", MKT, None, rng=(None, -2), opt=True, basis="intraday, 一度跌逾2%"),
], [])

# zh06: 中国冶金报 (paper edition, 2021-03-23) carrying the CISA (中国钢铁工业协会) statistics for 3月上旬. The year comes
# from the paper's date line printed at the end of the passage (news6: periods from a dateline printed in the
# passage) -> period "2021-03" with the dekad (上旬) in basis; the month-to-date averages (本月累计平均日产) are 2021-03
# too, basis "month-to-date". 万吨 -> tonnes. Daily output (日产) is a rate labelled in tonnes with basis "daily
# average" (the text prints 万吨, judgement call, README). 环比 here is against the previous dekad. Product is part of
# the metric name (crude steel / pig iron / steel products); the producer group is the entity: 重点统计钢铁企业 (key mills
# reporting to CISA) or 全国 (the national estimate). Inventory changes: vs previous dekad, vs start of year, vs a year
# earlier (减少 -> negative). The headline line was composed for the passage and prints no figure.
KM = "重点统计钢铁企业|重点统计钢企|重点钢企|key steel enterprises"
NAT = "全国|China"
P = "2021-03"
DK = "3月上旬 (first ten days of March)"
DA = "daily average (日产), " + DK
MTD = "month-to-date average daily output (本月累计平均日产)"
CS, PI, SP = "crude_steel", "pig_iron", "steel_products|finished_steel"


def nm(prod, kind):
    return "|".join(f"{p}_{kind}" for p in prod.split("|")) + f"|{kind}"


G["zh06"] = ([
    m(nm(CS, "output"), 2.27129e7, "tonnes", KM, P, basis=DK),
    m(nm(PI, "output"), 1.98776e7, "tonnes", KM, P, basis=DK),
    m(nm(SP, "output"), 2.13014e7, "tonnes", KM, P, basis=DK),
    m(nm(CS, "daily_output"), 2.2713e6, "tonnes", KM, P, basis=DA),
    m(nm(CS, "daily_output_growth"), -2.08, "%", KM, P, basis="vs previous dekad (环比), " + DA),
    m(nm(CS, "daily_output_growth"), 25.58, "%", KM, P, basis="yoy, " + DA),
    m(nm(PI, "daily_output"), 1.9878e6, "tonnes", KM, P, basis=DA),
    m(nm(PI, "daily_output_growth"), -3.0, "%", KM, P, basis="vs previous dekad (环比), " + DA),
    m(nm(PI, "daily_output_growth"), 17.26, "%", KM, P, basis="yoy, " + DA),
    m(nm(SP, "daily_output"), 2.1301e6, "tonnes", KM, P, basis=DA),
    m(nm(SP, "daily_output_growth"), -10.97, "%", KM, P, basis="vs previous dekad (环比), " + DA),
    m(nm(SP, "daily_output_growth"), 27.05, "%", KM, P, basis="yoy, " + DA),
    m(nm(CS, "output"), 2.92914e7, "tonnes", NAT, P, basis="estimate, " + DK),
    m(nm(CS, "daily_output"), 2.9291e6, "tonnes", NAT, P, basis="estimate, " + DA),
    m(nm(CS, "daily_output_growth"), -1.83, "%", NAT, P, basis="vs previous dekad (环比), " + DA),
    m(nm(CS, "daily_output_growth"), 18.59, "%", NAT, P, basis="yoy, " + DA),
    m(nm(PI, "output"), 2.40394e7, "tonnes", NAT, P, basis="estimate, " + DK),
    m(nm(PI, "daily_output"), 2.4039e6, "tonnes", NAT, P, basis="estimate, " + DA),
    m(nm(PI, "daily_output_growth"), -2.50, "%", NAT, P, basis="vs previous dekad (环比), " + DA),
    m(nm(PI, "daily_output_growth"), 13.80, "%", NAT, P, basis="yoy, " + DA),
    m(nm(SP, "output"), 3.59797e7, "tonnes", NAT, P, basis="estimate, " + DK),
    m(nm(SP, "daily_output"), 3.598e6, "tonnes", NAT, P, basis="estimate, " + DA),
    m(nm(SP, "daily_output_growth"), -2.73, "%", NAT, P, basis="vs previous dekad (环比), " + DA),
    m(nm(SP, "daily_output_growth"), 19.28, "%", NAT, P, basis="yoy, " + DA),
    m(nm(CS, "daily_output_growth"), -0.40, "%", NAT, P, basis="vs previous month (环比), " + MTD),
    m(nm(CS, "daily_output_growth"), 18.59, "%", NAT, P, basis="yoy, " + MTD),
    m(nm(PI, "daily_output_growth"), -1.12, "%", NAT, P, basis="vs previous month (环比), " + MTD),
    m(nm(PI, "daily_output_growth"), 13.98, "%", NAT, P, basis="yoy, " + MTD),
    m(nm(SP, "daily_output_growth"), -4.88, "%", NAT, P, basis="vs previous month (环比), " + MTD),
    m(nm(SP, "daily_output_growth"), 19.28, "%", NAT, P, basis="yoy, " + MTD),
    m("steel_inventory|inventory", 1.78839e7, "tonnes", KM, P, basis="steel products inventory, " + DK),
    m("steel_inventory_change|inventory_change", 1.473e6, "tonnes", KM, P, basis="vs previous dekad"),
    m("steel_inventory_growth|inventory_growth", 8.98, "%", KM, P, basis="vs previous dekad"),
    m("steel_inventory_change|inventory_change", 6.2628e6, "tonnes", KM, P, basis="vs start of year (年初)"),
    m("steel_inventory_growth|inventory_growth", 53.89, "%", KM, P, basis="vs start of year (年初)"),
    m("steel_inventory_change|inventory_change", -3.5248e6, "tonnes", KM, P, basis="yoy, 减少"),
    m("steel_inventory_growth|inventory_growth", -16.46, "%", KM, P, basis="yoy, 下降"),
], [])
