# Hand labels for news23/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿(元) = CNY, 万股 / 万平方米 / 万手 scaled to shares / m2 / lots;
# 美元/吨 = USD/tonne. 个百分点 = pp. No year is taken from outside the text (URLs and page metadata are never used): a
# period written without a year ("3月1日", "4月") has period None with the day or month in `basis`; a year is used
# when the text prints it or its own dated references pin it down (zh01, see there). A figure printed twice in the
# same sense (headline and body, subheading and body, prose and table) is one row. Stock codes and tickers are used
# only as entity aliases, never as values. Labels were written from the texts alone (no extractor run, no extractor
# output seen, no extractor code read).

# zh01: 证券日报-style story (ce.cn) on listed brokers' first-half results, byline "■本报见习记者", no headline in the
# stored page. The year: the text says the H1 results come "after the 2015 boom" and are compared with "去年上半年同期的
# 高基数" -> last year's H1 is the 2015 boom half, so 今年上半年 = 2016H1 (the text's own references pin the year; the
# same reading as news23 zh07 of batch b). The 24 listed brokers' combined revenue and net profit and their yoy falls
# ("同比分别下降51.75%、61.57%", in order) are key, entity the group. 中信证券's 52.42亿元 is printed twice and its -57.96%
# twice (subheading "同比下降57.96%" and body) -> one row each. Segment revenue: 投行业务营收 (中信证券) and 资产管理业务
# 营业收入 (国泰君安) with yoy growth are key rows of their own metrics. Every named broker's net profit and yoy fall is
# key (下降 / 降低 -> negative). "降幅超过80%" restates 山西证券's and 太平洋证券's falls as a bound -> optional open ranges
# rng=(None, -80). "24家上市券商" is the count of the group -> optional; "8月30日", "2015年" and "(下转B2版)" are dates /
# page furniture, not labelled. 方正证券 has no figure (smallest fall, no number) -> no row.
LB = "24家上市券商|上市券商|listed brokers|listed securities firms"
CS = "中信证券|CITIC Securities|600030"
GTJA = "国泰君安|Guotai Junan|601211"
HT = "海通证券|Haitong Securities|600837"
SX = "山西证券|Shanxi Securities|002500"
TPY = "太平洋证券|Pacific Securities|601099"
DF = "东方证券|Orient Securities|600958"
H16 = "2016H1"
REV = "revenue|operating_revenue|operating_income"
REVG = "revenue_growth|operating_revenue_growth|operating_income_growth"
NP, NPG = "net_profit", "net_profit_growth"
G["zh01"] = ([
    m(REV, 1.12941e11, "CNY", LB, H16, basis="combined, 24 listed brokers"),
    m(NP, 4.078e10, "CNY", LB, H16, basis="combined, 24 listed brokers"),
    m(REVG, -51.75, "%", LB, H16, basis="yoy"),
    m(NPG, -61.57, "%", LB, H16, basis="yoy"),
    m("broker_count|company_count", 24, "brokers", LB, H16, opt=True, basis="listed brokers reporting"),
    m(NP, 5.242e9, "CNY", CS, H16, basis="highest among listed brokers; printed twice"),
    m(NPG, -57.96, "%", CS, H16, basis="yoy; subheading and body"),
    m("investment_banking_revenue|ib_revenue", 2.964e9, "CNY", CS, H16, basis="投行业务营收, highest"),
    m("investment_banking_revenue_growth|ib_revenue_growth", 59.84, "%", CS, H16, basis="yoy"),
    m("asset_management_revenue|am_revenue", 1.46e9, "CNY", GTJA, H16, basis="资产管理业务营业收入, highest"),
    m("asset_management_revenue_growth|am_revenue_growth", 36.4, "%", GTJA, H16, basis="yoy"),
    m(NP, 5.02e9, "CNY", GTJA, H16), m(NPG, -47.91, "%", GTJA, H16, basis="yoy"),
    m(NP, 4.264e9, "CNY", HT, H16), m(NPG, -58.01, "%", HT, H16, basis="yoy"),
    m(NP, 1.81e8, "CNY", SX, H16), m(NPG, -84.93, "%", SX, H16, basis="yoy"),
    m(NP, 1.46e8, "CNY", TPY, H16), m(NPG, -84.05, "%", TPY, H16, basis="yoy"),
    m(NP, 1.283e9, "CNY", DF, H16), m(NPG, -78.16, "%", DF, H16, basis="yoy"),
    m(NPG, None, "%", SX, H16, rng=(None, -80), opt=True, basis="yoy, 降幅超过80% (restated bound)"),
    m(NPG, None, "%", TPY, H16, rng=(None, -80), opt=True, basis="yoy, 降幅超过80% (restated bound)"),
], [])

# zh02: eastmoney (东方财富 guba) broker-note item on 星湖科技: 国泰海通 "给予…增持评级, 目标价位9.09元" with its
# 2025E-2027E forecast table, then a table of the month's three broker reports. The headline was rephrased and repeats
# the body's rating and 9.09 (one row). The note date: prose "4月30日" with the table's "2025-04-30" for the same report
# -> the close 7.56元 "截至报告日" is dated 2025-04-30. "给予" a rating with no change word -> maintain (news7/news9/
# news16 "给予" rule), rating 增持 = overweight, target 9.09 CNY, no prior target. The table rows of 华泰证券 (买入, 9.6)
# and 民生证券 (推荐, no target "-") are a broker table listing ratings -> maintain (推荐 = outperform, news6/news10/
# news11). Target prices are also metric rows of the company with the broker in basis (news21/news22 zh02); the
# consensus-style average target 9.35元 over "3份" reports is optional, the report count not labelled. Upside 20.24% is
# optional (news12/news19/news22). Forecast years 2025E..2027E -> FY2025..FY2027 with basis "forecast" (news10); the
# prose 2025 net profit 13.18亿元 equals the table's 2025E cell (one row); its "+39.74%" is a forecast yoy growth row.
# 净资产收益率 / 总资产收益率 "(%)" rows -> ROE / ROA in %; 市盈率 / 市净率 -> "x". The 57.07% inside 国泰海通's report
# title (扣非后净利润同比增长, period not stated: the title covers "2024年&2025Q1") is optional, period None. "24年",
# "25Q1" in titles are not figures.
XH = "星湖科技|600866|Xinghu Technology"
GTHT = "国泰海通|国泰海通证券|Guotai Haitong"
HTS = "华泰证券|Huatai Securities"
MSS = "民生证券|Minsheng Securities"
F = "forecast"


def fc(metric, vals, unit, what):
    return [m(metric, v, unit, XH, f"FY{y}", basis=f"{F}, {what}, 国泰海通") for y, v in zip((2025, 2026, 2027), vals)]


G["zh02"] = (
    [
        m("target_price", 9.09, "CNY", XH, None, basis="国泰海通, 2025-04-30; headline, body and table"),
        m("share_price|close|closing_price", 7.56, "CNY", XH, "2025-04-30", basis="latest close at report date"),
        m("target_upside|upside", 20.24, "%", XH, None, opt=True, basis="国泰海通 target vs close"),
        m("net_profit_growth_forecast|net_profit_growth", 39.74, "%", XH, "FY2025", basis=F + ", yoy, attributable"),
    ]
    + fc("revenue_forecast|revenue|total_revenue", [1.8881e10, 2.0305e10, 2.1755e10], "CNY", "营业总收入")
    + fc("net_profit_forecast|net_profit", [1.318e9, 1.433e9, 1.601e9], "CNY", "归母净利润 (attributable)")
    + fc("eps_forecast|eps", [0.79, 0.86, 0.96], "CNY", "每股收益")
    + fc("pe_ratio|pe", [9.63, 8.86, 7.93], "x", "市盈率")
    + fc("pb_ratio|pb", [1.45, 1.31, 1.18], "x", "市净率")
    + fc("roe|return_on_equity", [15, 14.8, 14.8], "%", "净资产收益率")
    + fc("roa|return_on_assets", [8.6, 8.5, 8.7], "%", "总资产收益率")
    + [
        m("target_price", 9.6, "CNY", XH, None, basis="华泰证券, 2025-04-22, broker table"),
        m("average_target_price|target_price", 9.35, "CNY", XH, None, opt=True, basis="average of 3 broker reports, past month"),
        m("net_profit_growth", 57.07, "%", XH, None, opt=True, basis="扣非后, yoy, in 国泰海通's report title (2024 & 2025Q1 review)"),
    ],
    [
        ra(GTHT, XH, "maintain", "overweight", None, 9.09, None, "CNY"),
        ra(HTS, XH, "maintain", "buy", None, 9.6, None, "CNY"),
        ra(MSS, XH, "maintain", "outperform", None, None, None, None),
    ],
)

# zh03: news story (yunxiqiu.com copy, reporter 胡艳明, page dateline "2024-08-14 08:08") on the PBOC's July 2024 money
# and credit data. The text prints "2024年7月份主要金融数据", so 7月份 flows = 2024-07, 前7个月 = 2024-01..07, month-end
# growth rates dated as month-end stocks (news18 zh05): 7月末 2024-07-31, 6月末 2024-06-30, 5月末 2024-05-31, 4月末
# 2024-04-30 (the earlier months are the same year: the paragraph traces the scissors gap back from July). The headline
# (rephrased) prints no figure. Cumulative social financing 18.87万亿元 and its "比上年同期少3.22万亿元" (negative yoy change
# in CNY), cumulative new RMB loans 13.53万亿元; July's new social financing 7708亿元 (Wind) with "多增2342亿元" (+) and new
# RMB loans 2600亿元 with "少增859亿元" (-). M2 / M1 yoy growth for July and each earlier month-end are key rows of their
# own (M1 "同比下降" -> negative). The earlier months are printed as their own data points, not as "from" values, so the
# July rows carry no prior (the June figures are separate rows). "8月13日" (release date), "4月以来" and the M0/M1/M2
# definitions carry no figure.
CN = "中国|全国|China"
SF = "social_financing|social_financing_increment|total_social_financing"
SFC = "social_financing_change|social_financing_yoy_change"
NL = "new_rmb_loans|new_loans|rmb_loans_increase"
NLC = "new_rmb_loans_change|new_loans_change"
YTD7, JUL = "2024-01..07", "2024-07"
G["zh03"] = ([
    m(SF, 1.887e13, "CNY", CN, YTD7, basis="社会融资规模增量累计, first 7 months"),
    m(SFC, -3.22e12, "CNY", CN, YTD7, basis="vs same period a year earlier, 少"),
    m(NL, 1.353e13, "CNY", CN, YTD7, basis="first 7 months"),
    m(SF, 7.708e11, "CNY", CN, JUL, basis="new social financing in July, Wind data"),
    m(SFC, 2.342e11, "CNY", CN, JUL, basis="yoy, 多增"),
    m(NL, 2.6e11, "CNY", CN, JUL, basis="July"),
    m(NLC, -8.59e10, "CNY", CN, JUL, basis="yoy, 少增"),
    m("m2_growth", 6.3, "%", CN, "2024-07-31", basis="yoy, 7月末"),
    m("m1_growth", -6.6, "%", CN, "2024-07-31", basis="yoy, 7月末, 下降"),
    m("m2_growth", 6.2, "%", CN, "2024-06-30", basis="yoy, 6月末"),
    m("m1_growth", -5, "%", CN, "2024-06-30", basis="yoy, 6月末, 下降"),
    m("m2_growth", 7.0, "%", CN, "2024-05-31", basis="yoy, 5月末"),
    m("m1_growth", -4.2, "%", CN, "2024-05-31", basis="yoy, 5月末, 下降"),
    m("m2_growth", 6.8, "%", CN, "2024-04-30", basis="yoy, 4月末"),
    m("m1_growth", -1.4, "%", CN, "2024-04-30", basis="yoy, 4月末, 下降"),
], [])

# zh04: news story (ccv168.com copy) on developers' January-April sales, subheading "万科掉队" (rephrased, no figure).
# The text prints "2018年前四月" -> 前四月 / 1-4月份 = 2018-01..04, 4月 / 4月单月 = 2018-04. 1.43万亿 (no 元) is the 28
# listed developers' combined sales, CNY. "2017年前4月龙头房企…超过60%" is a year-earlier comparison given as a bound ->
# optional open range (2017-01..04). "双双突破2000亿元" (碧桂园, 中国恒大) and "突破1000亿元" (万科, 保利地产, 融创中国) are
# lower bounds (突破, README hedge list) restating or rounding sales -> optional rows rng=(X, None), also for 保利地产 and
# 融创中国 whose only figures they are; "5家房企跻身千亿俱乐部" is a count, not labelled. 约 figures take the printed value.
# Each developer owns its contracted sales, area (万平方米 -> m2) and growth rates; 恒大's "分别同比增长31.1%、29.4%、
# 5.97%" pair in order with sales, area and average price (每平方米10372元 -> CNY/m2). 碧桂园's April 695.3亿元 is derived
# by the writer ("按此计算") but printed -> key. 万科: "同比分别增长-2.07%和2.08%" pairs area then amount (printed order:
# 面积, 金额); April "同比变动分别为0和-11.11%" pairs amount then area (printed order 金额与面积), 0 is a key value;
# "环比分别下降17.34%和29.17%" -> qoq (month-on-month) -17.34 (amount) and -29.17 (area). "5月9日" (filing date) and
# "近两年" are not labelled.
YTD4, APR = "2018-01..04", "2018-04"
G28 = "28家上市房企|内地及香港上市房企|28 listed developers"
BGY = "碧桂园|碧桂园集团|Country Garden"
EG = "中国恒大|恒大|China Evergrande|Evergrande"
VK = "万科|万科A|Vanke|000002"
PL = "保利地产|Poly Developments|Poly Real Estate"
SUN = "融创中国|融创|Sunac"
CSL = "contracted_sales|sales|sales_amount"
CSG = "contracted_sales_growth|sales_growth|sales_amount_growth"
GFA = "contracted_gfa|sales_area|gfa_sold"
GFAG = "contracted_gfa_growth|sales_area_growth|gfa_sold_growth"
ASP = "average_selling_price|asp|average_price"
G["zh04"] = ([
    m(CSL, 1.43e12, "CNY", G28, YTD4, basis="combined, 28 companies"),
    m(CSG, 34, "%", G28, YTD4, basis="yoy"),
    m(CSG, None, "%", "龙头房企|leading developers", "2017-01..04", rng=(60, None), opt=True, basis="yoy, 超过60%"),
    m(CSL, None, "CNY", BGY, YTD4, rng=(2e11, None), opt=True, basis="突破2000亿元 (restated bound)"),
    m(CSL, None, "CNY", EG, YTD4, rng=(2e11, None), opt=True, basis="突破2000亿元 (restated bound)"),
    m(CSL, None, "CNY", VK, YTD4, rng=(1e11, None), opt=True, basis="突破1000亿元 (restated bound)"),
    m(CSL, None, "CNY", PL, YTD4, rng=(1e11, None), opt=True, basis="突破1000亿元"),
    m(CSL, None, "CNY", SUN, YTD4, rng=(1e11, None), opt=True, basis="突破1000亿元"),
    m(CSL, 2.5752e11, "CNY", BGY, YTD4, basis="合同销售金额, 约"),
    m(CSG, 26.14, "%", BGY, YTD4, basis="yoy, 约"),
    m(GFA, 2.739e7, "m2", BGY, YTD4, basis="合同销售建筑面积, 约"),
    m(GFAG, 21.4, "%", BGY, YTD4, basis="yoy, 约"),
    m(CSL, 6.953e10, "CNY", BGY, APR, basis="April alone, derived (按此计算); best month this year"),
    m(GFA, 7e6, "m2", BGY, APR, basis="April alone"),
    m(CSL, 2.1226e11, "CNY", EG, YTD4, basis="累计合约销售金额, 约"),
    m(GFA, 2.0465e7, "m2", EG, YTD4, basis="累计合约销售面积, 约"),
    m(ASP, 10372, "CNY/m2", EG, YTD4, basis="合约销售均价, 约"),
    m(CSG, 31.1, "%", EG, YTD4, basis="yoy"),
    m(GFAG, 29.4, "%", EG, YTD4, basis="yoy"),
    m(ASP + "_growth|average_price_growth", 5.97, "%", EG, YTD4, basis="yoy"),
    m(CSL, 5.039e10, "CNY", EG, APR, basis="April, 约"),
    m(GFA, 4.647e6, "m2", EG, APR, basis="April, 约"),
    m(ASP, 10844, "CNY/m2", EG, APR, basis="April"),
    m(GFA, 1.3058e7, "m2", VK, YTD4, basis="1-4月份 cumulative"),
    m(CSL, 1.9615e11, "CNY", VK, YTD4, basis="1-4月份 cumulative"),
    m(GFAG, -2.07, "%", VK, YTD4, basis="yoy, printed as 增长-2.07%"),
    m(CSG, 2.08, "%", VK, YTD4, basis="yoy"),
    m(CSL, 4.189e10, "CNY", VK, APR, basis="April"),
    m(GFA, 2.576e6, "m2", VK, APR, basis="April"),
    m(CSG, 0, "%", VK, APR, basis="yoy, April"),
    m(GFAG, -11.11, "%", VK, APR, basis="yoy, April"),
    m(CSG, -17.34, "%", VK, APR, basis="mom (环比), April"),
    m(GFAG, -29.17, "%", VK, APR, basis="mom (环比), April"),
], [])

# zh05: Shanghai Futures Exchange daily market summary ("我所", Mysteel copy), "周四(3月1日)", no year -> period None,
# day in basis. The opening list "期、期螺纹钢热轧卷板" has product names missing in the source (kept as published); it
# holds no figure. Exchange totals (volume 670.47万手 -> 6.7047e6 lots, turnover 5195.50亿元, open interest 900.13万手)
# are key, entity the exchange. The SHFE non-ferrous index: level in points, change in points and % (下跌 -> negative).
# Per metal (copper, aluminium, zinc; the main contract month in basis): close CNY/tonne, change CNY/tonne and % vs the
# previous day (sign from 下跌/上涨), the 15:00 LME three-month quote in USD/tonne (entity the LME contract), the
# Shanghai/London price ratio (内外比值, unit "x") with "高于上一交易日7.55" as its prior (same quantity, previous day),
# whole-market (全部合约) volume, open-interest change and open interest, and main-contract volume, open-interest change
# and open interest (手 -> lots; "持仓量增加8348手至855760手" -> level 855760 and change +8348, no prior printed beyond
# the change; 减少 -> negative change). All key: the summary's figures are the point of the passage. "15:00" is a time,
# "5月合约" / "4月合约" contract months, not labelled. The lead's qualitative 跌幅小于/涨幅大于伦敦 carries no figure.
D = "3月1日"
SHFE = "上海期货交易所|上期所|SHFE|Shanghai Futures Exchange"
IDX = "上期有色金属指数|SHFE non-ferrous metals index"
FP = "futures_price|close|price|closing_price"
FC = "price_change|futures_price_change"
VOL = "trading_volume|volume"
OI, OIC = "open_interest|open_positions", "open_interest_change|open_positions_change"
RAT = "price_ratio|shanghai_london_ratio|import_ratio"


def metal(ent, lme_ent, mth, close, chg, pct, lme, ratio, pratio, vall, oicall, oiall, vmain, oicmain, oimain):
    mc = f"main {mth} contract; {D}"
    return [
        m(FP, close, "CNY/tonne", ent, None, basis="close, " + mc),
        m(FC, chg, "CNY/tonne", ent, None, basis=mc),
        m(FC, pct, "%", ent, None, basis=mc),
        m("lme_price|futures_price|price", lme, "USD/tonne", lme_ent, None, basis="15:00 quote, " + D),
        m(RAT, ratio, "x", ent, None, prior=pratio, basis="上海与伦敦内外比值, vs previous trading day; " + D),
        m(VOL, vall, "lots", ent, None, basis="all contracts; " + D),
        m(OIC, oicall, "lots", ent, None, basis="all contracts; " + D),
        m(OI, oiall, "lots", ent, None, basis="all contracts; " + D),
        m(VOL, vmain, "lots", ent, None, basis=mc),
        m(OIC, oicmain, "lots", ent, None, basis=mc),
        m(OI, oimain, "lots", ent, None, basis=mc),
    ]


CU = "沪铜|上海期铜|期铜|铜|SHFE copper|copper futures"
AL = "沪铝|上海期铝|期铝|铝|SHFE aluminium|aluminium futures"
ZN = "沪锌|上海期锌|期锌|锌|SHFE zinc|zinc futures"
G["zh05"] = (
    [
        m(VOL, 6.7047e6, "lots", SHFE, None, basis="total, all listed products; " + D),
        m("turnover|trading_value", 5.1955e11, "CNY", SHFE, None, basis="total; " + D),
        m(OI, 9.0013e6, "lots", SHFE, None, basis="total; " + D),
        m("index_level|close", 3162.55, "points", IDX, None, basis="close; " + D),
        m("index_change", -16.05, "points", IDX, None, basis=D),
        m("index_change_pct|index_change", -0.51, "%", IDX, None, basis=D),
    ]
    + metal(CU, "伦敦三月铜|LME 3-month copper|LME copper", "May (5月)", 52470, -470, -0.89, 6943.50, 7.56, 7.55,
            373664, 8348, 855760, 118938, 10062, 245266)
    + metal(AL, "伦敦三月铝|LME 3-month aluminium|LME aluminium", "May (5月)", 14460, 95, 0.66, 2152.00, 6.72, 6.70,
            406836, -1234, 793618, 147718, 12916, 302728)
    + metal(ZN, "伦敦三月锌|LME 3-month zinc|LME zinc", "April (4月)", 26430, 15, 0.06, 3465.00, 7.63, 7.59,
            423390, -11138, 420122, 252760, -7942, 155998),
    [],
)

# zh06: 格科微 (688728, STAR Market) buyback progress notice (sina filing page), Simplified; the "重要内容提示" table is an
# image placeholder in the source and was left out. The plan (board meeting 2024-03-05): amount band "不低于…15,000万元
# (含), 不超过…30,000万元(含)" -> range rng=(1.5e8, 3e8) CNY; price "不超过25元/股(含)" -> cap rng=(None, 25) (news10 zh01
# conventions); the plan rows carry no period (a plan, its 12-month window not a reporting period). Progress: "2024年3
# 月" -> 2024-03: cumulative shares bought 141.95万股 -> 1.4195e6 shares, 0.0546% of total share capital, highest and
# lowest price paid 18.00 / 16.90 元/股, amount paid 2,499.05万元 -> 2.49905e7 CNY; all key. Dates (2024年3月5日 / 6日),
# "12个月", "前3个交易日", 第二届 / 第7号 and the notice numbers 2024-012 / 2024-008 are not metrics.
GK = "格科微|格科微有限公司|688728|GalaxyCore"
M3 = "2024-03"
G["zh06"] = ([
    m("buyback_amount|buyback|buyback_size", None, "CNY", GK, None, rng=(1.5e8, 3e8), basis="plan, own funds, 含"),
    m("buyback_price_cap|buyback_price", None, "CNY", GK, None, rng=(None, 25), basis="per share, upper limit, 含"),
    m("buyback_shares|shares_repurchased", 1.4195e6, "shares", GK, M3, basis="cumulative, centralised bidding"),
    m("buyback_share_pct|buyback_pct_of_shares", 0.0546, "%", GK, M3, basis="of total share capital"),
    m("buyback_price_high|price", 18.00, "CNY", GK, M3, basis="per share, highest"),
    m("buyback_price_low|price", 16.90, "CNY", GK, M3, basis="per share, lowest"),
    m("buyback_amount_paid|buyback_amount", 2.49905e7, "CNY", GK, M3, basis="amount paid"),
], [])
