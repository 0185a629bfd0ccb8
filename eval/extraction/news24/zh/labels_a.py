# Hand labels for news24/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY, 万股 scaled to shares, 台 / 辆 = vehicles;
# 个百分点 = pp. No year is taken from outside the text (URLs and page metadata are never used): a period written
# without a year ("6月17日", "10月", "截至6月底") has period None with the day or month in `basis`; a year is used when
# the text prints it or its own dated references pin it down (zh03's printed dateline). A figure printed twice in the
# same sense (headline and body) is one row. Stock codes are used only as entity aliases, never as values; where the
# text prints no code, the common code is added as an alias only. Labels were written from the texts alone (no
# extractor run, no extractor output seen, no extractor code, test or docs page read).

# zh01: 长城网 (hebei.com.cn) short report on 国药股份's 2013 annual results, with a headline ("营收过百亿元") and a
# subheading ("净利增超两成"). The year is printed (2013年, 截至2013年12月底) -> FY2013 for the year's flows and
# 2013-12-31 for the balance-sheet items. Revenue 100.81亿元 and its +17.34%, net profit 4.12亿元 (written "公司年度净利
# 润", no 归母 qualifier) and +22.54%, EPS 0.8595元, the proposed dividend "拟每10股派发现金股利2.6元(含税)" (labelled as
# printed, per 10 shares, pre-tax, news3/news12 convention), total assets, equity attributable to shareholders and ROE
# are key. "昨日" close 21.14元 and "下挫1.58%" are key with period None (the day is not dated). The headline's "过百亿元"
# and the subheading's "增超两成" restate the body's 100.81亿元 and 22.54% as bounds -> optional open ranges (成 = 10%).
# Segment growth: 化学药品 sales revenue +17.92% (key) and 中药饮片 "同比1.4倍增长" read as growth of 1.4 times = +140%
# (as the README's "增長逾3倍 -> 300%"; key, a judgement call on the word order "1.4倍增长"). 中成药 "保持稳定增长" has no
# figure. The reporters' names and the strategy sentence carry no figures.
GY = "国药股份|China National Medicines|600511"
Y13 = "FY2013"
G["zh01"] = ([
    m("revenue|operating_revenue", 1.0081e10, "CNY", GY, Y13),
    m("revenue|operating_revenue", None, "CNY", GY, Y13, rng=(1e10, None), opt=True, basis="headline 营收过百亿元 (restated bound)"),
    m("revenue_growth|operating_revenue_growth", 17.34, "%", GY, Y13, basis="yoy"),
    m("net_profit", 4.12e8, "CNY", GY, Y13, basis="年度净利润"),
    m("net_profit_growth", 22.54, "%", GY, Y13, basis="yoy"),
    m("net_profit_growth", None, "%", GY, Y13, rng=(20, None), opt=True, basis="subheading 净利增超两成 (restated bound)"),
    m("eps", 0.8595, "CNY", GY, Y13),
    m("dividend|dividend_per_share", 2.6, "CNY", GY, Y13, basis="per 10 shares, pre-tax (含税), proposed (拟)"),
    m("share_price|close|closing_price", 21.14, "CNY", GY, None, basis="close, 昨日"),
    m("price_change|share_price_change", -1.58, "%", GY, None, basis="昨日, 下挫"),
    m("total_assets", 5.079e9, "CNY", GY, "2013-12-31", basis="截至2013年12月底"),
    m("shareholders_equity|equity|net_assets", 2.107e9, "CNY", GY, "2013-12-31",
      basis="归属于上市公司股东的所有者权益 (attributable)"),
    m("roe|return_on_equity", 21.12, "%", GY, Y13),
    m("segment_revenue_growth|sales_growth|revenue_growth", 17.92, "%", "化学药品|chemical drugs|" + GY, Y13,
      basis="sales revenue, full year"),
    m("segment_revenue_growth|sales_growth|revenue_growth", 140, "%", "中药饮片|TCM decoction pieces|" + GY, Y13,
      basis="yoy, 同比1.4倍增长 (1.4 times)"),
], [])

# zh02: stock story on 宁德时代 (CATL) with two brokers' notes (the stored page is an automatic Traditional-script mirror,
# with pinyin residue, of a mainland Simplified report; the passage is written in Simplified, the script of the
# original report and of this batch). "6月17日早盘" prints no year on the day -> the quote rows have period None with
# the day in basis; the quote at press time (489.46元, 涨6.34%) is the story's own price and is key (stated exactly);
# the lead's "大涨超6%" restates it as a bound -> optional. Forecast years: 国金 "22/23/24年" and 开源 "2022-2024年" ->
# FY2022..FY2024 with basis "forecast" (news10/news23). 国金证券: 归母净利润 267/383/533亿元 and PE 37/26/19x (paired in
# order); 开源证券: 归母净利润 258.22/398.50/589.70亿元, EPS 11.08/17.10/25.30元/股, P/E 41.0/26.6/17.9倍; each broker's
# forecasts are metric rows of the company with the broker in basis (news21-news23). Both "维持“买入”评级" -> maintain buy,
# no target printed. "继续推荐" is 国金's wording of the same maintained call (no second action). "CTP3.0" (a product
# name), "2022世界动力电池大会" (an event) and "一季度" / "二季度" (no figures) are not labelled.
CATL = "宁德时代|CATL|300750|Contemporary Amperex Technology"
GJ = "国金证券|Sinolink Securities"
KY = "开源证券|Kaiyuan Securities"
D17 = "6月17日 early trading (早盘), at press time"


def fc2(metric, vals, unit, what, broker):
    return [m(metric, v, unit, CATL, f"FY{y}", basis=f"forecast, {what}, {broker}") for y, v in zip((2022, 2023, 2024), vals)]


NPF = "net_profit_forecast|net_profit"
G["zh02"] = (
    [
        m("share_price|price", 489.46, "CNY", CATL, None, basis="intraday quote, " + D17),
        m("price_change|share_price_change", 6.34, "%", CATL, None, basis=D17),
        m("price_change|share_price_change", None, "%", CATL, None, rng=(6, None), opt=True, basis="大涨超6% (restated bound)"),
    ]
    + fc2(NPF, [2.67e10, 3.83e10, 5.33e10], "CNY", "归母净利润 (attributable)", "国金证券")
    + fc2("pe_ratio|pe", [37, 26, 19], "x", "PE", "国金证券")
    + fc2(NPF, [2.5822e10, 3.985e10, 5.897e10], "CNY", "归母净利润 (attributable)", "开源证券")
    + fc2("eps_forecast|eps", [11.08, 17.10, 25.30], "CNY", "EPS per share", "开源证券")
    + fc2("pe_ratio|pe", [41.0, 26.6, 17.9], "x", "市盈率 at current price", "开源证券"),
    [
        ra(GJ, CATL, "maintain", "buy", None, None, None, None),
        ra(KY, CATL, "maintain", "buy", None, None, None, None),
    ],
)

# zh03: news-site report (cfgw.net.cn, "本网讯", reporter's byline) on the statistics bureau's March CPI/PPI, with its headline and
# printed dateline "2021-04-12 10:43:27": the bureau released the data "4月9日" and the text's "3月" is therefore
# 2021-03 (a printed dateline dates the passage, as news3 / news19 zh06 / news23 zh09); "上月" = 2021-02. Rows follow the
# CPI conventions of the earlier sets: the whole CPI / PPI / core CPI with entity China, components as price_change|cpi
# with the component as entity. "CPI由上月下降0.2%转为上涨0.4%" -> value 0.4, prior -0.2 (one row with the lead's 0.4);
# core CPI "由上月持平转为上涨0.3%" -> value 0.3, prior 0 (持平 stated as the earlier reading, news19); non-food "由上月的
# 同比下降0.2%转为同比上涨0.7%" -> 0.7, prior -0.2. The earlier readings are also optional rows of their own (2021-02,
# news23). Changes against the previous month are pp rows: PPI "涨幅比上月扩大2.7个百分点" +2.7; food and pork "降幅扩大"
# -> negative (-0.5, -3.5 pp, news15/news19). Pork's -18.4% is printed in the headline and body -> one row.
# Industrial consumer goods +1% (key), gasoline and diesel +11.9% / +12.8% (分别, in order). "近一年来" is a duration,
# "4月9日" a date, "10:43:27" a time -> not labelled.
CN = "中国|全国|China"
M3, M2 = "2021-03", "2021-02"
FOOD = "食品|食品价格|food"; NONFOOD = "非食品|非食品价格|non-food"; PORK = "猪肉|猪肉价格|pork"
CORE = "核心CPI|core CPI"
G["zh03"] = ([
    m("cpi", 0.4, "%", CN, M3, prior=-0.2, basis="yoy"),
    m("cpi", -0.2, "%", CN, M2, opt=True, basis="yoy, previous month (上月下降0.2%)"),
    m("core_cpi|cpi", 0.3, "%", CORE, M3, prior=0, basis="yoy, excluding food and energy; from 持平"),
    m("core_cpi|cpi", 0, "%", CORE, M2, opt=True, basis="yoy, previous month, 持平"),
    m("ppi", 4.4, "%", CN, M3, basis="yoy"),
    m("ppi_change|ppi", 2.7, "pp", CN, M3, basis="yoy rise widened vs previous month"),
    m("price_change|cpi", -0.7, "%", FOOD, M3, basis="yoy"),
    m("price_change_change|cpi_change", -0.5, "pp", FOOD, M3, basis="yoy decline widened vs previous month"),
    m("price_change|cpi", -18.4, "%", PORK, M3, basis="yoy; headline and body"),
    m("price_change_change|cpi_change", -3.5, "pp", PORK, M3, basis="yoy decline widened vs previous month"),
    m("price_change|cpi", 0.7, "%", NONFOOD, M3, prior=-0.2, basis="yoy"),
    m("price_change|cpi", -0.2, "%", NONFOOD, M2, opt=True, basis="yoy, previous month"),
    m("price_change|cpi", 1, "%", "工业消费品|工业消费品价格|industrial consumer goods", M3, basis="yoy, first rise in about a year"),
    m("price_change|cpi", 11.9, "%", "汽油|汽油价格|gasoline|petrol", M3, basis="yoy"),
    m("price_change|cpi", 12.8, "%", "柴油|柴油价格|diesel", M3, basis="yoy"),
], [])

# zh04: wire-style story (zgjrw.com copy, dateline "北京4月27日讯") on 三元生物 (301206.SZ), a ChiNext IPO trading
# below its offer price. The unrelated page headline above the story was left out. "4月27日" prints no year (the
# listing is dated 2022年2月10日 but nothing pins the trading day's year) -> the day's market rows have period None with
# the day in basis. Key: close 71.00元, 跌幅12.89% (negative), turnover 2.71亿元, market value 95.77亿元. The intraday low
# 65.57元 (a new low since listing) and 2月18日's intraday low 107.40元 are intraday figures -> optional; 振幅 11.57% and
# 换手率 12.22% are secondary trading statistics -> optional. IPO (period None: an offering, not a reporting period;
# news23 zh06): offer price 109.30元/股, shares offered 3372.10万股 -> 3.3721e7 shares, gross proceeds 36.86亿元, net
# proceeds 35.47亿元, the excess of net proceeds over the plan 26.47亿元 and the planned raise 9.00亿元 are key; the
# issue expenses 1.39亿元 and the sponsor's underwriting fee 1.21亿元 are optional (fees, development-corpus README).
# "年产50000吨" is part of a project's name, "301206" a code, 2022年2月10日 / 2022年1月28日 dates -> not labelled.
SY = "三元生物|301206.SZ|301206|Sanyuan Biotechnology"
D27 = "4月27日"
G["zh04"] = ([
    m("share_price|close|closing_price", 71.00, "CNY", SY, None, basis="close, " + D27),
    m("price_change|share_price_change", -12.89, "%", SY, None, basis=D27 + ", 跌幅"),
    m("turnover|trading_value", 2.71e8, "CNY", SY, None, basis=D27 + ", 成交额"),
    m("market_cap|market_value", 9.577e9, "CNY", SY, None, basis=D27 + ", 总市值"),
    m("share_price|intraday_low|price", 65.57, "CNY", SY, None, opt=True, basis=D27 + ", intraday low, lowest since listing"),
    m("amplitude|price_range", 11.57, "%", SY, None, opt=True, basis=D27 + ", 振幅"),
    m("turnover_rate|turnover_ratio", 12.22, "%", SY, None, opt=True, basis=D27 + ", 换手率"),
    m("offer_price|ipo_price", 109.30, "CNY", SY, None, basis="per share, ChiNext IPO"),
    m("share_price|intraday_low|price", 107.40, "CNY", SY, None, opt=True, basis="2月18日 intraday low, below offer price"),
    m("offer_shares|shares_offered", 3.3721e7, "shares", SY, None, basis="公开发行, IPO"),
    m("ipo_proceeds|gross_proceeds|proceeds", 3.686e9, "CNY", SY, None, basis="募集资金总额, gross"),
    m("net_proceeds|ipo_proceeds", 3.547e9, "CNY", SY, None, basis="募集资金净额, net of issue expenses"),
    m("excess_proceeds|overraise|proceeds_vs_plan", 2.647e9, "CNY", SY, None, basis="net proceeds above the original plan"),
    m("planned_proceeds|ipo_proceeds_target|proceeds", 9.00e8, "CNY", SY, None, basis="拟募集资金, prospectus plan"),
    m("issue_expenses|ipo_fees|fees", 1.39e8, "CNY", SY, None, opt=True, basis="发行费用总额"),
    m("underwriting_fee|sponsor_fee|fees", 1.21e8, "CNY", SY, None, opt=True,
      basis="保荐及承销费用, 中信建投证券"),
], [])

# zh05: 中国质量新闻网 (cqn.com.cn) report on the EV start-ups' October deliveries; "10月", "前10个月", "今年3月" print no
# year -> period None, "October" / "January-October" in basis. 台 and 辆 are both "vehicles". Deliveries (蔚来, 理想,
# 小鹏) and sales (威马, 零跑: the text says 销量 / 销售) are labelled as printed with alternatives covering both (news18
# zh04). 蔚来's 5055 is printed in the lead and the body -> one row; 理想's 3692 and 小鹏's 3040 likewise (lead "分别为"
# and body). Model deliveries (ES6, ES8, EC6, P7, G3) are key rows with the model as entity. "同比上涨111.4%" is the
# cumulative growth (January-October). 零跑 "1743辆,相比9月份的1050辆环比增长达66%" -> value 1743 with prior 1050 (the
# same quantity a month earlier) and a key mom row of 66%; the September level is also an optional row of its own
# (news23). The text's typo "领跑汽车" (for 零跑汽车) is kept and added to the 零跑 aliases; its "占今年累计销量的27.5%" is a
# key share. "连续两个月达到3000台以上" -> optional open bound; "第10000辆P7…下线" (a cumulative production milestone) ->
# optional. Counts of months ("连续第8个月", "4个月的连续增长", "连续三次") are durations / counts -> not labelled.
NIO = "蔚来|蔚来汽车|蔚来品牌|NIO"
LI = "理想汽车|理想|Li Auto"
XP = "小鹏汽车|小鹏|XPeng"
WM = "威马汽车|威马|WM Motor|Weltmeister"
LP = "零跑汽车|零跑|领跑汽车|Leapmotor"
OCT, YTD10 = "October", "January-October, cumulative"
DV = "vehicle_deliveries|deliveries|vehicle_sales"
DG = "vehicle_deliveries_growth|deliveries_growth|vehicle_sales_growth"
SV = "vehicle_sales|sales_volume|vehicle_deliveries"
SG = "vehicle_sales_growth|sales_growth|vehicle_deliveries_growth"
G["zh05"] = ([
    m(DV, 5055, "vehicles", NIO, None, basis=OCT + "; record month; lead and body"),
    m(DG, 100, "%", NIO, None, basis="yoy, " + OCT),
    m(DV, 31430, "vehicles", NIO, None, basis=YTD10),
    m(DG, 111.4, "%", NIO, None, basis="yoy, " + YTD10),
    m(DV, 2695, "vehicles", "蔚来ES6|ES6|" + NIO, None, basis=OCT),
    m(DV, 1477, "vehicles", "蔚来ES8|ES8|" + NIO, None, basis=OCT),
    m(DV, 883, "vehicles", "蔚来EC6|EC6|" + NIO, None, basis=OCT + ", first large-scale month"),
    m(DV, 3692, "vehicles", LI, None, basis=OCT + "; lead and body"),
    m(DV, 3040, "vehicles", XP, None, basis=OCT + "; lead and body"),
    m(DG, 229, "%", XP, None, basis="yoy, " + OCT),
    m(DV, None, "vehicles", XP, None, rng=(3000, None), opt=True, basis="September and October, 3000台以上"),
    m(DV, 2104, "vehicles", "小鹏P7|P7|" + XP, None, basis=OCT),
    m(DV, 936, "vehicles", "小鹏G3|G3|" + XP, None, basis=OCT),
    m("cumulative_production|production", 10000, "vehicles", "小鹏P7|P7|" + XP, None, opt=True,
      basis="the 10000th P7 rolled off the line in October (milestone)"),
    m(SV, 3003, "vehicles", WM, None, basis=OCT + "; monthly high this year"),
    m(SG, 46, "%", WM, None, basis="yoy, " + OCT),
    m(SG, 42.5, "%", WM, None, basis="mom (环比), " + OCT),
    m(SV, 1743, "vehicles", LP, None, prior=1050, basis=OCT + ", vs September"),
    m(SV, 1050, "vehicles", LP, None, opt=True, basis="September"),
    m(SG, 66, "%", LP, None, basis="mom (环比), " + OCT),
    m("sales_share|share_of_cumulative_sales", 27.5, "%", LP, None,
      basis="October's sales as a share of this year's cumulative sales"),
], [])

# zh06: fund-industry story (dmkb.net copy of a 基金报-style report) on public funds' mid-year size; no year printed
# ("截至6月底", "去年底", "今年上半年") -> stocks at end-June have period None with "end of June" in basis, the half-year
# changes and the figures "截至今年上半年" period "H1" (development-corpus README: "H1" when the half is stated but
# the year is not). Key: all public
# funds' total size 12.76万亿元 and its increase from last year-end 1.14万亿元 (a change row, CNY); the non-money-market
# fund size (非货基规模) of 易方达 2989.77亿元, 中银 2705亿元 and 广发 2398亿元 (广发's 2398 is printed twice -> one row);
# the 15 largest managers' combined 2.8万亿元; their lead over the other 108 managers 6081.33亿元 with "去年底这一数据为
# 4405.73亿元" as its prior (same quantity, year-end), the year-end figure also an optional row; 广发's H1 increase
# 509.82亿元 (key; the stored page's later rounded "509亿元" lies after the passage's cut, so no row). Bounds are optional open ranges (news23 zh04): 华夏,
# 汇添富, 嘉实, 博时 "跻身2000亿元俱乐部" -> rng=(2e11, None); 南方, 招商, 建信 "千亿元规模以上" -> rng=(1e11, None);
# H1 increases of 中银, 汇添富, 交银施罗德 "300亿元以上", of 民生加银, 光大保德信, 永赢 "超过200亿元", of 兴全 and 上海东方证券
# "超过100亿元" -> lower bounds. Ranks (第一 … 第七, 第二到第四位) and counts of managers (8家, 15家, 108家, 52家, 14家,
# 7家) are ranks / counts -> not labelled. "QDII", "FOF" are fund types.
PF = "公募基金|public funds|mutual funds"
NM = "non_money_fund_aum|non_money_market_fund_size|fund_aum|aum"
NMC = "non_money_fund_aum_change|non_money_market_fund_size_change|fund_aum_change|aum_change"
EJ = "end of June (截至6月底)"
YFD = "易方达基金|易方达|E Fund"
BOC = "中银基金|中银|BOC Fund|Bank of China Investment Management"
GF = "广发基金|广发|GF Fund"
def bound(ent, lo, what, metric=NMC, period="H1"):
    return m(metric, None, "CNY", ent, period, rng=(lo, None), opt=True, basis=what)
G["zh06"] = ([
    m("fund_aum|aum|total_aum", 1.276e13, "CNY", PF, None, basis="all public funds, " + EJ),
    m("fund_aum_change|aum_change", 1.14e12, "CNY", PF, "H1", basis="increase vs last year-end (比去年底增长)"),
    m(NM, 2.98977e11, "CNY", YFD, None, basis="非货基规模, ranked first, " + EJ),
    m(NM, 2.705e11, "CNY", BOC, None, basis="非货基规模, second, " + EJ),
    m(NM, 2.398e11, "CNY", GF, None, basis="非货基规模, third, " + EJ + "; printed twice"),
    bound("华夏基金|华夏|China AMC", 2e11, "非货基规模, 跻身2000亿元俱乐部", NM, None),
    bound("汇添富基金|汇添富|China Universal", 2e11, "非货基规模, 跻身2000亿元俱乐部", NM, None),
    bound("嘉实基金|嘉实|Harvest Fund", 2e11, "非货基规模, 跻身2000亿元俱乐部", NM, None),
    bound("博时基金|博时|Bosera", 2e11, "非货基规模, 跻身2000亿元俱乐部", NM, None),
    bound("南方基金|南方|China Southern", 1e11, "非货基规模, 千亿元规模以上", NM, None),
    bound("招商基金|招商|China Merchants Fund", 1e11, "非货基规模, 千亿元规模以上", NM, None),
    bound("建信基金|建信|CCB Principal", 1e11, "非货基规模, 千亿元规模以上", NM, None),
    m(NM, 2.8e12, "CNY", "15家非货基规模超千亿元的基金公司|top 15 fund managers", "H1",
      basis="combined 非货基规模 of the managers above 千亿元, as of H1 (截至今年上半年)"),
    m("aum_gap|non_money_fund_aum_gap|aum_difference", 6.08133e11, "CNY",
      "15家非货基规模超千亿元的基金公司|top 15 fund managers", "H1", prior=4.40573e11,
      basis="lead over the other 108 managers (below 千亿元), as of H1; prior = last year-end"),
    m("aum_gap|non_money_fund_aum_gap|aum_difference", 4.40573e11, "CNY",
      "15家非货基规模超千亿元的基金公司|top 15 fund managers", None, opt=True, basis="the same gap at last year-end"),
    m(NMC, 5.0982e10, "CNY", GF, "H1", basis="非货基规模增长, largest"),
    bound(BOC, 3e10, "H1 increase, 300亿元以上"),
    bound("汇添富基金|汇添富|China Universal", 3e10, "H1 increase, 300亿元以上"),
    bound("交银施罗德基金|交银施罗德|Bank of Communications Schroder", 3e10, "H1 increase, 300亿元以上"),
    bound("民生加银基金|民生加银|Minsheng Royal", 2e10, "H1 increase, 超过200亿元"),
    bound("光大保德信基金|光大保德信|Everbright Pramerica", 2e10, "H1 increase, 超过200亿元"),
    bound("永赢基金|永赢|Maxwealth", 2e10, "H1 increase, 超过200亿元"),
    bound("兴全基金|兴全|Aegon-Industrial", 1e10, "H1 increase, 超过100亿元"),
    bound("上海东方证券|东方证券资管|Orient Securities Asset Management", 1e10, "H1 increase, 超过100亿元"),
], [])
