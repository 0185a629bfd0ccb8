# Hand labels for news17/zh passages zh01-zh06 (batch a; all mainland, Simplified), written from the texts alone
# (no extractor run, no extractor code or output seen). Loaded by build_labels.py (m, ra, G provided). Mainland context:
# 元 / 万元 / 亿元 = CNY, scaled to units. No year is taken from outside the text (URLs included).

# Decisions shared by the house-price passages (zh01, zh06), where the conventions are silent: each city tier and each
# city owns its figures (as the categories of a price release, news14/news16); new homes (新建商品住宅) and second-hand
# homes (二手住宅) are told apart by the metric name and basis, and the entity lists the tier/city with the housing
# type as an alternative spelling. Month-on-month (环比) and year-on-year (同比) in basis. A change against the previous
# month's rate is a pp row of its own (news15): a widened decline is negative, a narrowed rise ("涨幅回落") negative.
# "持平" carries no printed figure -> no row (news15 zh03 "由涨转平"); no year printed -> period None, month in basis.
NEW = "new_home_price_change|home_price_change|price_change"
USED = "second_hand_home_price_change|used_home_price_change|home_price_change|price_change"
NEWC = "new_home_price_change_change|home_price_change_change"
USEDC = "second_hand_home_price_change_change|home_price_change_change"
T1 = "一线城市|一线城市新建商品住宅|一线城市二手住宅|first-tier cities"
T2 = "二线城市|31个二线城市|second-tier cities"
T3 = "三线城市|35个三线城市|third-tier cities"
BJ, SHA, GZ, SZ = "北京|Beijing", "上海|Shanghai", "广州|Guangzhou", "深圳|Shenzhen"

# zh01: statistics bureau's 70-city home prices for September, first-tier detail (sxyongwei repost of the NBS reading),
# Simplified. No year printed anywhere -> period None, "September" in basis. The source page has no headline in the
# stored text; the first line is a figure-free headline written for the passage. Every city's mom and yoy move is key;
# "降幅比上月扩大X个百分点" -> -X pp rows (the decline widened); the tier-2 and tier-3 rows share "均扩大0.4" -> one
# -0.4 pp row each.
S = "September"
G["zh01"] = ([
    m(NEW, -0.5, "%", T1, None, basis="new homes, mom, " + S),
    m(NEWC, -0.2, "pp", T1, None, basis="new homes, mom decline widened vs previous month"),
    m(NEW, 0.6, "%", SHA, None, basis="new homes, mom, " + S),
    m(NEW, -0.7, "%", BJ, None, basis="new homes, mom, " + S),
    m(NEW, -0.9, "%", GZ, None, basis="new homes, mom, " + S),
    m(NEW, -1.0, "%", SZ, None, basis="new homes, mom, " + S),
    m(USED, -1.2, "%", T1, None, basis="second-hand homes, mom, " + S),
    m(USEDC, -0.3, "pp", T1, None, basis="second-hand homes, mom decline widened vs previous month"),
    m(USED, -1.3, "%", BJ, None, basis="second-hand homes, mom, " + S),
    m(USED, -1.2, "%", SHA, None, basis="second-hand homes, mom, " + S),
    m(USED, -1.1, "%", GZ, None, basis="second-hand homes, mom, " + S),
    m(USED, -1.3, "%", SZ, None, basis="second-hand homes, mom, " + S),
    m(NEW, -4.7, "%", T1, None, basis="new homes, yoy, " + S),
    m(NEWC, -0.5, "pp", T1, None, basis="new homes, yoy decline widened vs previous month"),
    m(NEW, 4.9, "%", SHA, None, basis="new homes, yoy, " + S),
    m(NEW, -4.6, "%", BJ, None, basis="new homes, yoy, " + S),
    m(NEW, -10.3, "%", GZ, None, basis="new homes, yoy, " + S),
    m(NEW, -8.6, "%", SZ, None, basis="new homes, yoy, " + S),
    m(NEW, -5.7, "%", T2, None, basis="new homes, yoy, " + S),
    m(NEWC, -0.4, "pp", T2, None, basis="new homes, yoy decline widened vs previous month"),
    m(NEW, -6.6, "%", T3, None, basis="new homes, yoy, " + S),
    m(NEWC, -0.4, "pp", T3, None, basis="new homes, yoy decline widened vs previous month"),
    m(USED, -10.7, "%", T1, None, basis="second-hand homes, yoy, " + S),
    m(USEDC, -1.3, "pp", T1, None, basis="second-hand homes, yoy decline widened vs previous month"),
    m(USED, -10.3, "%", BJ, None, basis="second-hand homes, yoy, " + S),
    m(USED, -7.6, "%", SHA, None, basis="second-hand homes, yoy, " + S),
    m(USED, -12.8, "%", GZ, None, basis="second-hand homes, yoy, " + S),
    m(USED, -12.0, "%", SZ, None, basis="second-hand homes, yoy, " + S),
], [])

# zh02: newspaper report on China Life's and Ping An Life's monthly premium announcements (xinlingchuangfu repost of a
# 2007 press report), Simplified. "2007年1月1日至7月31日" -> period 2007-01..07; Ping An's "今年前7个月" is the same
# year in the same report -> 2007-01..07; "今年7月/6月" -> 2007-07 / 2007-06; "去年同期" -> 2006-01..07 and "去年7月"
# -> 2006-07. Year-earlier amounts are rows of their own (development/news10-news16 practice for 上年同期 figures), not
# priors; last year's growth rates ("去年同期同比增幅为22.1%") are growth rows for 2006-01..07. Chinese mixed numerals
# resolved: 1221亿6553万元 -> 1.2216553e11; 190亿1194万元 -> 1.901194e10; 416亿4937万元 -> 4.164937e10;
# 43亿2984万元 -> 4.32984e9. "约106亿元" -> 1.06e10 (约X -> X). China Life's total is 未经审核 (unaudited, in basis).
# The figure-free headline was written for the passage (the stored page has none). The dates 8月16日/17日 not labelled.
CL = "中国人寿|国寿|China Life"
PA = "平安人寿|中国平安|平安|Ping An Life|Ping An"
PI = "premium_income|original_premium_income|premiums"
PG = "premium_income_growth|premium_growth"
G["zh02"] = ([
    m(PI, 1.319e11, "CNY", CL, "2007-01..07", basis="cumulative original insurance premiums, unaudited"),
    m(PI, 1.2216553e11, "CNY", CL, "2006-01..07", basis="cumulative, same period a year earlier"),
    m(PG, 8, "%", CL, "2007-01..07", basis="yoy, cumulative"),
    m(PG, 22.1, "%", CL, "2006-01..07", basis="yoy, cumulative, a year earlier"),
    m(PI, 1.06e10, "CNY", CL, "2007-07", basis="single month, 约"),
    m(PI, 1.901194e10, "CNY", CL, "2007-06", basis="single month"),
    m(PI, 4.726e10, "CNY", PA, "2007-01..07", basis="cumulative original insurance premiums"),
    m(PI, 4.164937e10, "CNY", PA, "2006-01..07", basis="cumulative, same period a year earlier"),
    m(PG, 13.4, "%", PA, "2007-01..07", basis="yoy, cumulative"),
    m(PG, 21.6, "%", PA, "2006-01..07", basis="yoy, cumulative, a year earlier"),
    m(PI, 5.05e9, "CNY", PA, "2007-07", basis="single month"),
    m(PI, 4.32984e9, "CNY", PA, "2006-07", basis="single month, a year earlier"),
], [])

# zh03: Chinese commodity-futures close (Chinanews mirror), excerpt: the lead and the PTA/copper/cotton and base-metals
# paragraphs; the petrochemical and farm-product paragraphs are left out for length. The stored excerpt has no
# headline; the first line is a figure-free headline written for the passage. The dateline "13日" prints no month or
# year -> period None ("13日" in basis). Prices per tonne keep their "per" (news11: CNY/kg) -> "CNY/tonne";
# "每吨7.24万元" -> 72400. Each contract's close, its move in CNY/tonne and in % are key (moves are against the
# previous settlement price, as printed). The commodity index's +1.67% is key. The source's "期铝" printed twice (once
# +0.84%, once among the big risers) is kept as printed; only the 0.84% carries a figure. "月内新高" thresholds are not
# figures.
D = "13日"
CI = "商品指数|国内商品指数|commodity index"
PTA = "PTA|PTA期货|郑州商品交易所PTA期货主力合约|PTA futures"
CU = "期铜|铜|上海期货交易所期铜主力合约|copper futures"
CF = "棉花|棉花期货|郑州商品交易所棉花期货主力合约|cotton futures"
AL = "期铝|铝|aluminium futures"
ZN = "期锌|锌|zinc futures"
PB = "期铅|铅|lead futures"
FP = "futures_price|price|settlement_price"
FC = "price_change|futures_price_change"
B = "main contract, close; " + D
BC = "vs previous settlement; " + D
G["zh03"] = ([
    m("index_change|price_change", 1.67, "%", CI, None, basis=D),
    m(FP, 9220, "CNY/tonne", PTA, None, basis=B), m(FC, 478, "CNY/tonne", PTA, None, basis=BC),
    m(FC, 5.47, "%", PTA, None, basis=BC),
    m(FP, 72400, "CNY/tonne", CU, None, basis=B), m(FC, 1360, "CNY/tonne", CU, None, basis=BC),
    m(FC, 1.91, "%", CU, None, basis=BC),
    m(FP, 21700, "CNY/tonne", CF, None, basis=B), m(FC, 285, "CNY/tonne", CF, None, basis=BC),
    m(FC, 1.33, "%", CF, None, basis=BC),
    m(FC, 0.84, "%", AL, None, basis="main contract; " + D),
    m(FP, 18300, "CNY/tonne", ZN, None, basis=B), m(FC, 2.55, "%", ZN, None, basis="main contract; " + D),
    m(FP, 17600, "CNY/tonne", PB, None, basis=B), m(FC, 3.27, "%", PB, None, basis="main contract; " + D),
], [])

# zh04: Hubei Huaqiang Technology (华强科技, 688151, STAR Market) correction of its 2023 preliminary results (业绩快报更正公告,
# Sina filing page), Simplified, amounts in 万元 scaled to CNY. The source table was flattened on the page (cells run
# together); the rewrite separates the cells with " | " and states each column's header in full — every figure kept.
# The balance-sheet half of the table (total assets, equity, share capital, book value per share) is left out for
# length. 本报告期 -> FY2023 (the notice names 2023年度); 上年同期 -> FY2022 rows of their own (year-earlier column,
# news11/news12). A corrected figure is the value and the figure before the correction its prior (revision rule:
# value new, prior old, as the target and forecast revisions of the development corpus / news7). The growth column
# (更正后的增减变动幅度) is key; "减少1.41个百分点" -> roe_change -1.41 pp. EPS 0.02 unchanged by the correction -> prior
# 0.02 (news15: an unchanged figure has itself as prior). The filing date and the 2024-02-23 disclosure date are not
# labelled.
HQ = "华强科技|湖北华强科技股份有限公司|688151|Huaqiang Technology"
F3, F2 = "FY2023", "FY2022"
ATT, XNR, COR = "attributable to owners of the parent", "attributable, excluding non-recurring items", "corrected"
G["zh04"] = ([
    m("revenue|total_revenue", 5.7275310e8, "CNY", HQ, F3, prior=5.9215130e8, basis="营业总收入, " + COR),
    m("revenue|total_revenue", 5.8567940e8, "CNY", HQ, F2, prior=6.0888060e8, basis="year-earlier, " + COR),
    m("revenue_growth", -2.21, "%", HQ, F3, basis="yoy, " + COR),
    m("operating_profit", 4.7745e6, "CNY", HQ, F3, prior=3.7443e6, basis=COR),
    m("operating_profit", 6.38720e7, "CNY", HQ, F2, prior=7.11836e7, basis="year-earlier, " + COR),
    m("operating_profit_growth", -92.52, "%", HQ, F3, basis="yoy, " + COR),
    m("pretax_profit|total_profit|profit_before_tax", 4.1426e6, "CNY", HQ, F3, prior=3.1124e6, basis=COR),
    m("pretax_profit|total_profit|profit_before_tax", 6.287889e7, "CNY", HQ, F2, prior=7.019060e7, basis="year-earlier, " + COR),
    m("pretax_profit_growth|total_profit_growth", -93.41, "%", HQ, F3, basis="yoy, " + COR),
    m("net_profit", 7.9251e6, "CNY", HQ, F3, prior=6.9490e6, basis=ATT + ", " + COR),
    m("net_profit", 6.807260e7, "CNY", HQ, F2, prior=7.243360e7, basis=ATT + ", year-earlier, " + COR),
    m("net_profit_growth", -88.36, "%", HQ, F3, basis="yoy, " + ATT),
    m("net_profit_ex_items|recurring_net_profit|net_profit", -7.602740e7, "CNY", HQ, F3, prior=-7.345030e7, basis=XNR + ", " + COR),
    m("net_profit_ex_items|recurring_net_profit|net_profit", -1.292020e7, "CNY", HQ, F2, prior=-8.55910e6,
      basis=XNR + ", year-earlier, " + COR),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", -488.44, "%", HQ, F3, basis="yoy, " + XNR),
    m("eps", 0.02, "CNY", HQ, F3, prior=0.02, basis="basic, unchanged by the correction"),
    m("eps", 0.20, "CNY", HQ, F2, prior=0.21, basis="basic, year-earlier, " + COR),
    m("eps_growth", -90.00, "%", HQ, F3, basis="yoy, basic"),
    m("roe", 0.19, "%", HQ, F3, prior=0.17, basis="weighted average, " + COR),
    m("roe", 1.60, "%", HQ, F2, prior=1.70, basis="weighted average, year-earlier, " + COR),
    m("roe_change", -1.41, "pp", HQ, F3, basis="yoy, weighted average"),
], [])

# zh05: Ministry of Agriculture weekly livestock and feed price monitor (zhujiage.com.cn repost), Simplified, excerpt:
# the regional highest/lowest-price sentences and the corn sub-region sentences are left out for length. "2月份第3周
# (采集日为2月16日)" prints no year -> period None, week in basis. Prices per kg keep their "per" (news11) -> "CNY/kg".
# Each national average price, its week-on-week change and its yoy change are key; changes are signed by their
# direction words (下降 negative). Corn "与前一周持平" has no printed figure -> no wow row (news15 zh03). The province
# counts (5, 24, 30 monitored provinces) and the 500 monitored county markets are optional. The figure-free headline
# was written for the passage.
W = "February week 3 (collected 2月16日)"
PIG = "仔猪|piglets"; HOG = "生猪|live hogs|hogs"; PORK = "猪肉|pork"
CORN = "玉米|corn"; SBM = "豆粕|soybean meal"; FEED = "育肥猪配合饲料|hog finishing feed|compound feed for finishing pigs"
AP = "average_price|price"
def _p(ent, price, wow, yoy):
    r = [m(AP, price, "CNY/kg", ent, None, basis="national average, " + W)]
    if wow is not None:
        r.append(m("price_change", wow, "%", ent, None, basis="week-on-week, " + W))
    r.append(m("price_change", yoy, "%", ent, None, basis="yoy, " + W))
    return r
G["zh05"] = (
    _p(PIG, 25.27, -1.6, -72.0) + _p(HOG, 13.67, -5.9, -57.0) + _p(PORK, 24.80, -4.1, -51.4)
    + _p(CORN, 2.87, None, -2.7) + _p(SBM, 4.07, 3.6, 3.0) + _p(FEED, 3.69, 0.5, 2.2)
    + [
        m("markets_monitored", 500, "counties", "全国集贸市场|county markets", None, opt=True),
        m("provinces_rising|provinces", 5, "provinces", PIG, None, opt=True, basis="piglet prices up"),
        m("provinces_falling|provinces", 24, "provinces", PIG, None, opt=True, basis="piglet prices down"),
        m("provinces_monitored|provinces", 30, "provinces", HOG + "|" + PORK, None, opt=True, basis="all monitored provinces down"),
    ], [])

# zh06: statistics bureau's 70-city home prices for September with tier detail (cfbond repost of a wire report),
# Simplified. "20日" / "9月份" with no year printed -> period None, "September" in basis. "由上月上涨0.3%转为下降0.1%" ->
# value -0.1, prior 0.3 (a level that moved from A to B); "由上月持平转为下降0.1%" -> value -0.1, prior 0 (持平 stated as
# the earlier reading). Rises that narrowed ("涨幅比上月分别回落0.2和0.5个百分点") -> negative pp rows, one per tier and
# housing type. 北京/深圳 "持平" carry no printed figure -> no row. The counts of cities (4, 31, 35, 15, 70) are optional.
# The 前三季度 cumulative yoy line and the hot-city line give no figure -> not labelled. Headline written for the passage.
G["zh06"] = ([
    m(NEW, -0.1, "%", T1, None, prior=0.3, basis="new homes, mom, " + S + "; prior = August"),
    m(NEW, -0.1, "%", SHA, None, basis="new homes, mom, " + S),
    m(NEW, -0.2, "%", SZ, None, basis="new homes, mom, " + S),
    m(NEW, 0.4, "%", GZ, None, basis="new homes, mom, " + S),
    m(USED, -0.1, "%", T1, None, prior=0, basis="second-hand homes, mom, " + S + "; prior = August, flat"),
    m(USED, -0.2, "%", BJ, None, basis="second-hand homes, mom, " + S),
    m(USED, -0.2, "%", SHA, None, basis="second-hand homes, mom, " + S),
    m(USED, 0.2, "%", GZ, None, basis="second-hand homes, mom, " + S),
    m(NEW, 1.1, "%", T2, None, basis="new homes, mom, " + S),
    m(NEWC, -0.2, "pp", T2, None, basis="new homes, mom rise narrowed vs previous month"),
    m(USED, 0.8, "%", T2, None, basis="second-hand homes, mom, " + S),
    m(USEDC, -0.5, "pp", T2, None, basis="second-hand homes, mom rise narrowed vs previous month"),
    m(NEW, 0.9, "%", T3, None, basis="new homes, mom, " + S),
    m(NEWC, -1.1, "pp", T3, None, basis="new homes, mom rise narrowed vs previous month"),
    m(USED, 0.8, "%", T3, None, basis="second-hand homes, mom, " + S),
    m(USEDC, -0.6, "pp", T3, None, basis="second-hand homes, mom rise narrowed vs previous month"),
    m("cities|city_count", 70, "cities", "70个大中城市|70 large and medium-sized cities", None, opt=True),
    m("cities|city_count", 4, "cities", T1, None, opt=True),
    m("cities|city_count", 31, "cities", T2, None, opt=True),
    m("cities|city_count", 35, "cities", T3, None, opt=True),
    m("cities|city_count", 15, "cities", "热点城市|15个热点城市|hot cities", None, opt=True),
], [])
