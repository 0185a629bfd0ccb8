# Hand labels for news38/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of the development corpus's README and scorer, and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news28 / news33-news37 in particular): values fully scaled (亿元 / 亿 -> CNY; mainland
# 元 = CNY; 万辆 -> vehicles, news16 / news17); declines negative (下降 / 下调 / 缩量 / 跌); 百分点 = pp; 同比 = yoy and
# 环比 = mom in basis; "A-B" ranges as rng; a figure printed twice (headline and body, dek and body, heading and body) is
# one key row plus an optional twin so that a second emission is absorbed; "下调至X, 原预测值为Y" gives Y as prior and Y
# as an optional row of its own (news32 / news34 / news37); PE at the current price is optional (news32 / news34 /
# news36) while the target's PE multiple is key (news33); broker targets are target_price metric rows besides the
# rating action (news34); citation markers "[1]" and footnote markers are not labelled (news34). Periods only where the
# text states or clearly implies the year: zh01 2019H1; zh02 FY2025-FY2027 for the forecasts, None for the months (the
# year of "11月" / "1-11月" / "全年" is not printed; news-set precedent "11月 print no year -> None"); zh03 2024-01..02
# and 2024-02 (the dateline 2024-03-20 fixes the year of "1—2月份"); zh04 None ("3月18日", no year); zh05 None ("今年1月份",
# no year); zh06 2018-01..08 (headline). Stock codes are entity aliases, never values.

# zh01: A-share (A+H) company's 半年报 highlights (营收, 归母净利润, 扣非, 毛利率, 经营现金流, 同比): 上海医药 (02607) first half
# of 2019 (智通财经; headline and dek kept as printed in substance). Period 2019H1. Key: revenue 925.75亿元 and +22.00% (body;
# the dek's restatements optional twins); 医药工业 / 医药商业 segment revenue with growth (segment entity, company alias,
# news35); attributable net profit 22.86亿元 and +12.45% (body key, headline twins optional); the three profit
# contributions (医药工业 / 医药商业 主营业务, 参股企业) with growth; 扣非 attributable profit 20.95亿 (printed without 元,
# read as CNY from context) and +10.66%; the growth 12.11% after adding back R&D and excluding non-recurring items (key,
# "adjusted" in basis); basic EPS 0.8045元; the overall gross margin 14.05% and -0.05 pp; the segment margin moves
# 医药工业 +0.10 pp and 医药分销 -0.19 pp (医药分销 is the distribution business, an alias of 医药商业); the operating margin
# after 管理、销售及研发费用 3.98% and -0.20 pp; 经营性现金流 net inflow 20.23亿元. "(币种为人民币,下同)" is a note.
SP = "上海医药|上海医药集团|上海医药集团股份有限公司|Shanghai Pharmaceuticals|Shanghai Pharma|SPH|02607|2607.HK|601607"
H19 = "2019H1"
IND = "医药工业|pharmaceutical manufacturing|pharmaceutical industry|" + SP
COM = "医药商业|医药分销|pharmaceutical distribution|pharmaceutical commerce|" + SP
ASSOC = "参股企业|associates|joint ventures and associates|" + SP
REV, REVG = "revenue|operating_revenue|segment_revenue", "revenue_growth|operating_revenue_growth|segment_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"
CON, CONG = "profit_contribution|segment_profit|profit|net_profit", "profit_contribution_growth|segment_profit_growth|profit_growth|net_profit_growth"
G["zh01"] = ([
    m(REV, 9.2575e10, "CNY", SP, H19, basis="营业收入 (body)"),
    m(REV, 9.2575e10, "CNY", SP, H19, opt=True, basis="dek, repeat"),
    m(REVG, 22.00, "%", SP, H19, basis="yoy"),
    m(REVG, 22.00, "%", SP, H19, opt=True, basis="dek, repeat"),
    m(REV, 1.1942e10, "CNY", IND, H19, basis="segment revenue 医药工业"),
    m(REVG, 24.05, "%", IND, H19, basis="yoy"),
    m(REV, 8.0633e10, "CNY", COM, H19, basis="segment revenue 医药商业"),
    m(REVG, 21.71, "%", COM, H19, basis="yoy"),
    m(NP, 2.286e9, "CNY", SP, H19, basis="attributable to shareholders (归属于上市公司股东), body"),
    m(NP, 2.286e9, "CNY", SP, H19, opt=True, basis="headline 股东应占净利, repeat"),
    m(NPG, 12.45, "%", SP, H19, basis="yoy"),
    m(NPG, 12.45, "%", SP, H19, opt=True, basis="headline, repeat"),
    m(CON, 1.085e9, "CNY", IND, H19, basis="profit contributed by 医药工业 主营业务"),
    m(CONG, 19.82, "%", IND, H19, basis="yoy"),
    m(CON, 1.028e9, "CNY", COM, H19, basis="profit contributed by 医药商业 主营业务"),
    m(CONG, 12.76, "%", COM, H19, basis="yoy"),
    m(CON, 5.32e8, "CNY", ASSOC, H19, basis="profit contributed by 参股企业"),
    m(CONG, 50.66, "%", ASSOC, H19, basis="yoy"),
    m("net_profit_excl_nonrecurring|deducted_net_profit|adjusted_net_profit|net_profit", 2.095e9, "CNY", SP, H19,
      basis="attributable, excluding non-recurring items (扣非), printed 20.95亿"),
    m("net_profit_excl_nonrecurring_growth|deducted_net_profit_growth|adjusted_net_profit_growth|net_profit_growth",
      10.66, "%", SP, H19, basis="yoy"),
    m("adjusted_net_profit_growth|net_profit_growth", 12.11, "%", SP, H19,
      basis="yoy, adjusted: R&D expense added back and non-recurring items excluded"),
    m("eps|basic_eps", 0.8045, "CNY", SP, H19, basis="basic"),
    m("gross_margin", 14.05, "%", SP, H19, basis="综合毛利率"),
    m("gross_margin_change", -0.05, "pp", SP, H19, basis="yoy"),
    m("gross_margin_change|segment_gross_margin_change", 0.10, "pp", IND, H19, basis="yoy (上升)"),
    m("gross_margin_change|segment_gross_margin_change", -0.19, "pp", COM, H19, basis="yoy (医药分销 下降)"),
    m("operating_margin|operating_profit_margin", 3.98, "%", SP, H19, basis="after administrative, selling and R&D expenses"),
    m("operating_margin_change|operating_profit_margin_change", -0.20, "pp", SP, H19, basis="yoy"),
    m("operating_cash_flow|net_operating_cash_flow", 2.023e9, "CNY", SP, H19, basis="net inflow (净流入)"),
], [])

# zh02: broker note (digest) on an auto company with multi-year 盈利预测 and 评级 / 目标价: 东吴证券 on 比亚迪 ("研报掘金"
# digest; headline and section labels kept, "[1]" markers kept and not labelled). The note prints attributable-profit
# forecasts with the earlier ones, forecast growth and PE, but no revenue or EPS forecast. Key: target 140元 (one key
# row, the core-view and valuation-section repeats optional twins; the headline's 140元 is the same row); November sales
# 48.0万辆 with yoy -5.3% and mom +8.7%; January-November 418.2万辆 and +11%; the full-year forecast 470-490万辆 and 10-15%
# (ranges); 本土 and 海外 November sales with yoy / mom and January-November totals with yoy; the overseas share 22% of the
# total; the full-year export forecast 105万辆 and +152%; November battery installations +23%; attributable profit
# forecasts FY2025-FY2027 350 / 509 / 664亿元 with the earlier 450 / 589 / 710亿元 as priors (and optional rows of their
# own); forecast growth -13% / +45% / +30%; the target multiple 25x on 2026 (key, news33). Optional: PE 25x / 17x / 13x
# at the current price (the 25x for FY2025 is a separate row from the FY2026 target multiple). Months take period None
# (no year printed) with the month in basis; the forecasts take FY2025-FY2027 as printed. Rating action: 东吴证券
# maintains buy (买入, "维持") on 比亚迪 with target 140 CNY, no earlier target printed.
BYD = "比亚迪|比亚迪股份|比亚迪股份有限公司|BYD|BYD Company|002594|002594.SZ|1211|01211.HK"
DW = "东吴证券|Soochow Securities|Dongwu Securities"
DOM = "本土市场|比亚迪本土市场|domestic market|China market|" + BYD
OVS = "海外市场|比亚迪海外市场|overseas market|overseas|" + BYD
SV, SVG = "sales_volume|sales|vehicle_sales", "sales_volume_growth|sales_growth|vehicle_sales_growth"
NPF = "net_profit_forecast|net_profit|net_profit_attributable"
NOV, YTD = "November (11月, no year printed)", "January-November (1-11月, no year printed), cumulative"
G["zh02"] = ([
    m("target_price", 140, "CNY", BYD, None, basis="目标价140元 (headline / core view), rating 买入"),
    m("target_price", 140, "CNY", BYD, None, opt=True, basis="core-view repeat"),
    m("target_price", 140, "CNY", BYD, None, opt=True, basis="valuation-section repeat"),
    m(SV, 4.8e5, "vehicles", BYD, None, basis=NOV + ", total sales"),
    m(SVG, -5.3, "%", BYD, None, basis=NOV + ", yoy"),
    m(SVG, 8.7, "%", BYD, None, basis=NOV + ", mom"),
    m(SV, 4.182e6, "vehicles", BYD, None, basis=YTD),
    m(SVG, 11, "%", BYD, None, basis=YTD + ", yoy"),
    m(SV, None, "vehicles", BYD, None, rng=(4.7e6, 4.9e6), basis="full year (全年), broker forecast 470-490万辆"),
    m(SVG, None, "%", BYD, None, rng=(10, 15), basis="full year, broker forecast, yoy 10-15%"),
    m(SV, 3.48e5, "vehicles", DOM, None, basis=NOV),
    m(SVG, -27, "%", DOM, None, basis=NOV + ", yoy"),
    m(SVG, -3, "%", DOM, None, basis=NOV + ", mom"),
    m(SV, 3.269e6, "vehicles", DOM, None, basis=YTD),
    m(SVG, 1.1, "%", DOM, None, basis=YTD + ", yoy"),
    m(SV, 1.32e5, "vehicles", OVS, None, basis=NOV),
    m(SVG, 326, "%", OVS, None, basis=NOV + ", yoy (大幅增长)"),
    m(SVG, 57, "%", OVS, None, basis=NOV + ", mom"),
    m(SV, 9.13e5, "vehicles", OVS, None, basis=YTD),
    m(SVG, 182, "%", OVS, None, basis=YTD + ", yoy"),
    m("sales_share|share|overseas_share", 22, "%", OVS, None, basis=YTD + ", share of total sales"),
    m("export_volume|exports|sales_volume", 1.05e6, "vehicles", OVS, None, basis="full year, broker forecast, exports (出口销量)"),
    m("export_volume_growth|export_growth|sales_volume_growth", 152, "%", OVS, None, basis="full year, broker forecast, yoy"),
    m("battery_installation_growth|installed_capacity_growth|battery_installations_growth", 23, "%", BYD, None,
      basis=NOV + ", battery installations (电池装机量), yoy"),
    m(NPF, 3.5e10, "CNY", BYD, "FY2025", prior=4.5e10, basis="broker forecast, attributable (归母), cut (下调至) from 450亿元"),
    m(NPF, 5.09e10, "CNY", BYD, "FY2026", prior=5.89e10, basis="broker forecast, attributable, cut from 589亿元"),
    m(NPF, 6.64e10, "CNY", BYD, "FY2027", prior=7.1e10, basis="broker forecast, attributable, cut from 710亿元"),
    m(NPF, 4.5e10, "CNY", BYD, "FY2025", opt=True, basis="earlier forecast (原预测值)"),
    m(NPF, 5.89e10, "CNY", BYD, "FY2026", opt=True, basis="earlier forecast"),
    m(NPF, 7.1e10, "CNY", BYD, "FY2027", opt=True, basis="earlier forecast"),
    m("net_profit_growth|net_profit_forecast_growth", -13, "%", BYD, "FY2025", basis="broker forecast, yoy (下降)"),
    m("net_profit_growth|net_profit_forecast_growth", 45, "%", BYD, "FY2026", basis="broker forecast, yoy"),
    m("net_profit_growth|net_profit_forecast_growth", 30, "%", BYD, "FY2027", basis="broker forecast, yoy"),
    m("target_pe|pe_ratio", 25, "x", BYD, "FY2026", basis="target multiple: 2026年25倍市盈率 behind the 140元 target"),
    m("pe_ratio", 25, "x", BYD, "FY2025", opt=True, basis="at the current price (对应市盈率)"),
    m("pe_ratio", 17, "x", BYD, "FY2026", opt=True, basis="at the current price"),
    m("pe_ratio", 13, "x", BYD, "FY2027", opt=True, basis="at the current price"),
], [
    ra(DW, BYD, "maintain", "buy", None, 140, None, "CNY"),
])

# zh03: 国家统计局 工业增加值 release (当月环比, 累计同比, 分门类, 分经济类型, 分行业) as reposted by an industry site
# (中国镁质材料网; headline and the "发布时间" dateline kept, the poster / view-count lines left out; cut before the 分产品
# paragraph). Period 2024-01..02 (the dateline fixes the year), 2月份 mom 2024-02. Key: industrial value added +7.0% yoy
# (body key, headline twin optional) and +0.56% mom in February; the three sectors (采矿业 / 制造业 / 电力、热力、燃气及水生产和
# 供应业); the sixteen industries named, each with its own entity. Optional: the ownership-type breakdown (corpus zh17 /
# news34) and the counts "41个大类行业中有39个" (lenient unit "count"). "(各项增加值增速均已扣除价格因素…)" is a note.
CN = "中国|China|全国|规模以上工业|industrial enterprises above designated size|industry"
IPG = "industrial_production_growth|industrial_value_added_growth|value_added_growth"
P12 = "2024-01..02"
def ind(name, v, opt=False, note="yoy"):
    return m(IPG, v, "%", name, P12, opt=opt, basis=note)
G["zh03"] = ([
    m(IPG, 7.0, "%", CN, P12, basis="yoy, real (实际增长)"),
    m(IPG, 7.0, "%", CN, P12, opt=True, basis="headline, repeat"),
    m(IPG, 0.56, "%", CN, "2024-02", basis="mom (环比, 2月份比上月)"),
    ind("采矿业|mining", 2.3),
    ind("制造业|manufacturing", 7.7),
    ind("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", 7.9),
    ind("国有控股企业|state-controlled enterprises|SOEs", 5.8, True),
    ind("股份制企业|joint-stock enterprises", 7.3, True),
    ind("外商及港澳台投资企业|foreign-invested enterprises", 6.2, True),
    ind("私营企业|private enterprises", 6.5, True),
    m("industries|industry_count", 41, "count", CN, P12, opt=True, basis="大类行业 total"),
    m("industries_growing|industry_count", 39, "count", CN, P12, opt=True, basis="industries with yoy growth"),
    ind("煤炭开采和洗选业|coal mining and washing", 1.4),
    ind("石油和天然气开采业|oil and gas extraction", 3.0),
    ind("农副食品加工业|agricultural and sideline food processing", 2.3),
    ind("酒、饮料和精制茶制造业|liquor, beverages and refined tea", 8.1),
    ind("纺织业|textiles", 6.6),
    ind("化学原料和化学制品制造业|chemical raw materials and chemical products", 10.0),
    ind("非金属矿物制品业|non-metallic mineral products", 3.9),
    ind("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling", 8.7),
    ind("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", 12.5),
    ind("通用设备制造业|general equipment", 4.1),
    ind("专用设备制造业|special equipment", 2.0),
    ind("汽车制造业|automobile manufacturing|autos", 9.8),
    ind("铁路、船舶、航空航天和其他运输设备制造业|railway, ship, aerospace and other transport equipment", 11.0),
    ind("电气机械和器材制造业|electrical machinery and equipment", 4.6),
    ind("计算机、通信和其他电子设备制造业|computers, communications and other electronic equipment", 14.6),
    ind("电力、热力生产和供应业|power and heat production and supply", 7.8),
], [])

# zh04: A股 market close (上证指数, 深证成指, 创业板指, 成交额, 涨跌家数, sector moves, 北向资金): a market-commentary post on
# a Friday session "3月18日" (headline kept; the blog's series line left out; cut before the "股情聚焦" section). Period None
# (no year printed) with the date in basis. Key: the three indices' closes and % moves; two-market turnover 9905亿元 and
# its change vs the previous session -2849亿元 (缩量, negative); 3478 advancers, 130 limit-up, 1113 decliners ("stocks");
# northbound net inflow 84.57亿元. Optional: ChiNext's intraday "超跌1.5%" (an intraday move, as a bound) and the two
# northbound channels' net buying (沪股通 82.93亿元, 深股通 1.64亿元; channel split optional as in an earlier set). The
# "3200点附近" battle line and the sector lists carry no figure to label.
SH = "上证指数|上证综指|沪指|Shanghai Composite|SSE Composite"
SZ = "深圳成指|深证成指|深成指|Shenzhen Component"
CY = "创业板指|创业板指数|创业板|ChiNext"
MKT = "两市|沪深两市|A股|A-shares|Shanghai and Shenzhen markets"
D = "3月18日 (Friday; no year printed)"
G["zh04"] = ([
    m("index_level", 3251.07, "points", SH, None, basis="close, " + D),
    m("index_change", 1.12, "%", SH, None, basis=D),
    m("index_level", 12328.65, "points", SZ, None, basis="close, " + D),
    m("index_change", 0.31, "%", SZ, None, basis=D),
    m("index_level", 2713.79, "points", CY, None, basis="close, " + D),
    m("index_change", 0.11, "%", CY, None, basis=D),
    m("index_change", None, "%", CY, None, rng=(None, -1.5), opt=True, basis="intraday, 一度超跌1.5%"),
    m("turnover", 9.905e11, "CNY", MKT, None, basis="两市成交额, " + D),
    m("turnover_change", -2.849e11, "CNY", MKT, None, basis="vs previous session (缩量)"),
    m("advancing_stocks|advancers", 3478, "stocks", MKT, None, basis=D),
    m("limit_up_stocks|stocks_limit_up", 130, "stocks", MKT, None, basis=D),
    m("declining_stocks|decliners", 1113, "stocks", MKT, None, basis=D),
    m("northbound_net_inflow|northbound_flow|net_inflow", 8.457e9, "CNY", "北向资金|northbound|Stock Connect northbound", None,
      basis="net inflow, " + D),
    m("net_buy|northbound_net_inflow|net_inflow", 8.293e9, "CNY", "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect", None,
      opt=True, basis="成交净买额"),
    m("net_buy|northbound_net_inflow|net_inflow", 1.64e8, "CNY", "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect", None,
      opt=True, basis="成交净买额"),
], [])

# zh05: 中汽协 monthly data (产量, 销量, 出口, 同比, 占比) as reported by 人民日报海外版 (peopleweekly.cn; dateline and byline
# kept, the editor line kept as printed). "今年1月份" prints no year -> period None, "January" in basis. Key: vehicle output
# 245万辆 (+1.7%) and sales 242.3万辆 (-0.6%); passenger-vehicle output 215.1万辆 (+3.3%) and sales 213.3万辆 (+0.8%); NEV
# output 101.5万辆 (+29%) and sales 94.4万辆 (+29.4%); the NEV share of new-vehicle sales 38.9%; exports 47万辆 (+6.1%) and
# NEV exports 15.0万辆 (+49.6%). "同比分别增长A和B" pairs in order with output and sales. No mom or cumulative figure is
# printed.
AUTO = "汽车|汽车行业|我国汽车行业|中国汽车|China auto industry|China|中国汽车工业协会|CAAM"
PV = "乘用车|passenger vehicles|passenger cars"
NEV = "新能源汽车|NEV|NEVs|new energy vehicles"
J = "January (今年1月份, no year printed)"
PRD, PRDG = "production|output|vehicle_production", "production_growth|output_growth|vehicle_production_growth"
SLS, SLSG = "sales_volume|sales|vehicle_sales", "sales_volume_growth|sales_growth|vehicle_sales_growth"
EXP, EXPG = "exports|export_volume|vehicle_exports", "export_growth|export_volume_growth|vehicle_exports_growth"
G["zh05"] = ([
    m(PRD, 2.45e6, "vehicles", AUTO, None, basis=J),
    m(SLS, 2.423e6, "vehicles", AUTO, None, basis=J),
    m(PRDG, 1.7, "%", AUTO, None, basis=J + ", yoy"),
    m(SLSG, -0.6, "%", AUTO, None, basis=J + ", yoy (下降)"),
    m(PRD, 2.151e6, "vehicles", PV, None, basis=J),
    m(SLS, 2.133e6, "vehicles", PV, None, basis=J),
    m(PRDG, 3.3, "%", PV, None, basis=J + ", yoy"),
    m(SLSG, 0.8, "%", PV, None, basis=J + ", yoy"),
    m(PRD, 1.015e6, "vehicles", NEV, None, basis=J),
    m(SLS, 9.44e5, "vehicles", NEV, None, basis=J),
    m(PRDG, 29, "%", NEV, None, basis=J + ", yoy"),
    m(SLSG, 29.4, "%", NEV, None, basis=J + ", yoy"),
    m("market_share|penetration_rate|sales_share|share", 38.9, "%", NEV, None, basis=J + ", share of total new-vehicle sales"),
    m(EXP, 4.7e5, "vehicles", AUTO, None, basis=J),
    m(EXPG, 6.1, "%", AUTO, None, basis=J + ", yoy"),
    m(EXP, 1.5e5, "vehicles", NEV, None, basis=J + ", NEV exports"),
    m(EXPG, 49.6, "%", NEV, None, basis=J + ", yoy"),
], [])

# zh06: 保险 industry release (原保险保费收入, 同比) by type of insurer and line of business: 2018年1-8月保险统计数据报告
# (保险资产管理业协会 site; headline and date line kept; the release's section 一 only, cut before section 二 on sums
# insured). Period 2018-01..08. Key: total 原保险保费收入 27449.58亿元 and -0.74% (the section heading is the only statement);
# 产险公司 / 人身险公司 premiums with growth (insurer type as entity, industry alias); 产险 / 寿险 / 健康险 / 意外险 business
# premiums with growth (line of business as entity); 交强险 and 农业保险 premiums with growth; 人身险公司's new contributions
# to policyholder investment and independent accounts (保户投资款和独立账户本年新增交费) 5717.04亿元 and +27.32%. The "[1]"
# after 19639.27亿元 is a footnote marker, not a figure.
INS = "保险业|全国保险业|中国保险业|China insurance industry|insurance industry"
P8 = "2018-01..08"
PREM, PREMG = "premium_income|original_premium_income|premiums", "premium_income_growth|premium_growth|original_premium_income_growth"
def prem(ent, v, g, note):
    e = ent + "|" + INS
    return [m(PREM, v, "CNY", e, P8, basis="原保险保费收入, " + note), m(PREMG, g, "%", e, P8, basis="yoy")]
G["zh06"] = ([
    m(PREM, 2.744958e12, "CNY", INS, P8, basis="原保险保费收入, industry total (section heading)"),
    m(PREMG, -0.74, "%", INS, P8, basis="yoy (下降)"),
    *prem("产险公司|property insurers|P&C insurers|property and casualty insurance companies", 7.81026e11, 13.17, "by insurer type"),
    *prem("人身险公司|life insurers|life and health insurers|personal insurance companies", 1.963927e12, -5.37, "by insurer type"),
    *prem("产险业务|property insurance business|property insurance|P&C business", 7.10607e11, 11.24, "by line of business"),
    *prem("寿险业务|life insurance business|life insurance", 1.583256e12, -9.35, "by line of business"),
    *prem("健康险业务|health insurance business|health insurance", 3.79643e11, 18.83, "by line of business"),
    *prem("意外险业务|accident insurance business|accident insurance", 7.1451e10, 17.98, "by line of business"),
    *prem("交强险|compulsory motor insurance|compulsory traffic accident liability insurance", 1.2819e11, 9.59, "within property business"),
    *prem("农业保险|agricultural insurance|crop insurance", 4.6238e10, 18.77, "within property business"),
    m("new_contributions|policyholder_investment_contributions|premium_income", 5.71704e11, "CNY",
      "人身险公司 保户投资款和独立账户|policyholder investment and independent accounts|人身险公司|life insurers|" + INS, P8,
      basis="保户投资款和独立账户本年新增交费 (not in insurance-contract accounting)"),
    m("new_contributions_growth|premium_income_growth", 27.32, "%",
      "人身险公司 保户投资款和独立账户|policyholder investment and independent accounts|人身险公司|life insurers|" + INS, P8,
      basis="yoy"),
], [])
