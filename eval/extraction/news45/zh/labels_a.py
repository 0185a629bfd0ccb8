# Hand labels for news45/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news43 / news44 in particular, with the labels
# files of news43/zh). Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万辆 -> x1e4, 亿份 -> x1e8, 万亿份 -> x1e12);
# mainland 元 = CNY (also for Hong Kong-listed mainland developers in a mainland outlet); declines negative (下降 / 减少 /
# 下滑 / 压降 / a printed minus sign); 同比 = yoy and 环比 = mom in basis; 个百分点 -> pp; PE multiples -> "x"; fund units (份)
# -> "units", 只 (funds) -> "funds", 只 (stocks) -> "stocks", 份 (reports) -> "reports", 家 (brokers) -> "brokers", 家
# (companies) -> "companies", 辆 -> "vehicles". A figure printed twice (headline or sub-heading and body) is one key row
# plus optional twins. A prior-period comparative printed beside the current figure is the key row's prior and also an
# optional row of its own with the earlier period. Bounds (超过 / 超 / 不低于 / 以下 / 破) are open ranges, key where they
# are the figure's only printing, optional where they restate an exact figure or mark a screening threshold. Brokers'
# targets and ratings are in rating actions, the target also a key target_price row. Stock codes are entity aliases,
# never values. Ranks (首位, 第一名, 第五名) carry no row.
# Periods only where the text states or clearly implies the year: zh01 2020Q3 / 2020H1 / 2020Q1-Q3 (printed "2020年第三季度
# 报告") and 2019Q1-Q3 for "去年同期"; zh02 FY2019-FY2022 for the printed forecast and incentive years, None for the
# coverage statistics ("9月初迄今", "9月份"; the byline date 2020-10-06 is printed but the window runs into October) and for
# the target and close; zh03 None ("5月份", "6月12日", no year printed); zh04 2025H1 ("2025年行至年中", "上半年"), FY2016-
# FY2024 for the printed years, 2025-05 for "截至5月底" (year printed in the lead); zh05 2017-12-31 / FY2017 ("截至2017年
# 底", "2017年"), 2016-12-31 for "上年末", 2014-12-31, 2017-03-31, 2018-03-31 as printed; zh06 2020-01 (printed "2020年
# 1月"). URL dates, page stamps and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: A-share company's third-quarter report read against its half-year report (扣非归母净利润 by period, a single
# quarter derived by subtraction vs the one reported, 归母净利润, 非经常性损益) on a forex-portal repost (809030.com; no
# headline in the stored text, none composed; the page's first paragraph is printed twice — the first copy, a lead
# summary, was dropped — and the trailing image credits "图片来源:老板电器2020年第三季度报告" / "图片来源:老板电器2020年半年报"
# / "封面图片来源:摄图网", the "全球新型肺炎疫情实时查询" link and the author / reprint line were dropped; the quote-link
# label "(行情002508,诊股)" kept as printed). 老板电器, "2020年第三季度报告" -> 2020Q3 single quarter, 2020Q1-Q3 cumulative,
# 2020H1 for 上半年 / 半年报. Key: 扣非 Q1-Q3 10.57亿元, H1 5.51亿元, derived Q3 5.06亿元 (+约23% yoy, the derived growth),
# reported Q3 4.48亿元 (+9.17%), recomputed Q1-Q3 9.99亿元 (-3.3%) against the reported +2.28%; 归母净利润 Q1-Q3 11.23亿元,
# H1 6.12亿元, Q3 5.11亿元 (derived, matching the report); non-recurring items Q1-Q3 0.66亿元 with prior 0.52亿元. Optional:
# the 0.52亿元 comparative as a 2019Q1-Q3 row. Two figures for the same line and period (5.06 derived vs 4.48 reported;
# 9.99 recomputed vs 10.57 reported; -3.3% vs +2.28%) are all key, with "derived" / "reported" in basis.
RB = "老板电器|杭州老板电器|Robam|Robam Appliances|Hangzhou Robam|002508"
NPX = "net_profit_excl_nonrecurring|deducted_net_profit|net_profit_attributable_excl_nonrecurring"
NPXG = "net_profit_excl_nonrecurring_growth|deducted_net_profit_growth|net_profit_attributable_excl_nonrecurring_growth"
NPA = "net_profit_attributable|net_profit|profit_attributable"
NRI = "non_recurring_items|non_recurring_gains|non_recurring_profit_and_loss"
G["zh01"] = ([
    m(NPX, 1.057e9, "CNY", RB, "2020Q1-Q3", basis="扣非归母净利润, 前三季度, as reported"),
    m(NPX, 5.51e8, "CNY", RB, "2020H1", basis="扣非归母净利润, 半年报"),
    m(NPX, 5.06e8, "CNY", RB, "2020Q3", basis="single quarter derived: 10.57亿 - 5.51亿"),
    m(NPXG, 23, "%", RB, "2020Q3", basis="yoy, 约, derived single quarter"),
    m(NPX, 4.48e8, "CNY", RB, "2020Q3", basis="single quarter as reported in the Q3 report"),
    m(NPXG, 9.17, "%", RB, "2020Q3", basis="yoy, reported single quarter"),
    m(NPX, 9.99e8, "CNY", RB, "2020Q1-Q3", basis="recomputed: reported Q3 + H1"),
    m(NPXG, -3.3, "%", RB, "2020Q1-Q3", basis="yoy, recomputed (同比下降3.3%)"),
    m(NPXG, 2.28, "%", RB, "2020Q1-Q3", basis="yoy as reported (报告所列)"),
    m(NPA, 1.123e9, "CNY", RB, "2020Q1-Q3", basis="归母净利润, 前三季度"),
    m(NPA, 6.12e8, "CNY", RB, "2020H1", basis="归母净利润, 上半年"),
    m(NPA, 5.11e8, "CNY", RB, "2020Q3", basis="single quarter derived, matches the report"),
    m(NRI, 6.6e7, "CNY", RB, "2020Q1-Q3", prior=5.2e7, basis="年初至报告期末; prior = 上年同期"),
    m(NRI, 5.2e7, "CNY", RB, "2019Q1-Q3", opt=True, basis="上年同期 comparative"),
], [])

# zh02: broker-initiation statistics story with one named initiation (中国证券报 via a WeChat mirror, freewechat.com;
# headline "券商:25只个股上涨空间仍超50%!9月券商研报首次覆盖198只个股", byline "周璐璐 郭梦迪 中国证券报 2020-10-06" and the
# sub-heading "机构预计25只个股上涨空间超50%" kept as printed; the mirror's "查看原文 / 其他" and the "天天财经独家,速关注"
# prompt dropped; the stored text breaks off inside the valuation sentence ("参考相关可比公司,给予公司2021年32倍PE,6-12月目标
# 市值为53亿元,目标价"), so the passage ends with the forecast sentence before it). Key: 4056 listed companies; 43 brokers,
# 246 initiation reports, 198 stocks (9月初迄今); 25 stocks with upside above 50%; 23 stocks initiated twice or more; 96
# stocks given a target or range; 3 already above target (稳健医疗 / 晶澳科技 / C爱美客); 93 with upside; 中山金马 upside
# 超过90% (a key lower bound, its only printing), 浙商证券's target 52元 (target_price row and an `initiate` rating action
# with rating None — the stored text names no rating word) and the last close 27.17元; the share-incentive profit floors
# for 2019-2021 "分别不低于1.08亿、1.18亿、1.37亿元" (key lower bounds, their only printing); 浙商证券's 2020~2022 net-profit
# forecasts 0.56亿 / 1.65亿 / 2.35亿元, growth -49% / 194% / 42% and PE 59 / 20 / 14倍 (in order). Optional: the headline's
# 25 and 198, the sub-heading's 25 and the repeats of 246 / 198 / 25 in the body; the 50% threshold at each printing
# (headline, lead, sub-heading, 中证君 paragraph); "两次及以上" (threshold 2), "前10只" (list size 10). Coverage counts take
# period None with the window in basis ("9月初迄今" runs past September; the byline date is not turned into a period).
A01 = "沪深两市|A股|A-share market|A股上市公司"
COV = "券商首次覆盖|首次覆盖研究报告|券商研报|broker initiations|A股|A-share market"
W9 = "9月初迄今 (byline 2020-10-06)"
ZSJM = "中山金马|金马游乐|Zhongshan Jinma|Jinma Amusement"
ZS = "浙商证券|Zheshang Securities|Zheshang"
STK = "stocks|count|number_of_stocks"
UP = "upside|price_upside|upside_potential"
FC = "浙商证券 forecast"
G["zh02"] = ([
    m("listed_companies|companies|count", 4056, "companies", A01, None, basis="沪深两市上市公司总数"),
    m("brokers|count|number_of_brokers", 43, "brokers", COV, None, basis=W9),
    m("reports|initiation_reports|count", 246, "reports", COV, None, basis="首次覆盖研究报告, " + W9),
    m(STK + "|stocks_covered", 198, "stocks", COV, None, basis="stocks initiated, " + W9),
    m(STK + "|stocks_covered", 198, "stocks", COV, None, opt=True, basis="headline twin"),
    m(STK, 25, "stocks", COV, None, basis="upside above 50%"),
    m(STK, 25, "stocks", COV, None, opt=True, basis="headline twin"),
    m(UP, None, "%", "25只个股|" + COV, None, rng=(50, None), opt=True, basis="headline threshold 超50%"),
    m(UP, None, "%", "25只个股|" + COV, None, rng=(50, None), opt=True, basis="lead threshold 超过50%"),
    m(STK, 23, "stocks", COV, None, basis="initiated 两次及以上, " + W9),
    m("initiations|count", None, "reports", "23只个股|" + COV, None, rng=(2, None), opt=True, basis="两次及以上 threshold"),
    m(STK, 10, "stocks", COV, None, opt=True, basis="前10只 list size"),
    m(STK, 25, "stocks", COV, None, opt=True, basis="sub-heading twin"),
    m(UP, None, "%", "25只个股|" + COV, None, rng=(50, None), opt=True, basis="sub-heading threshold 超50%"),
    m("reports|initiation_reports|count", 246, "reports", COV, None, opt=True, basis="9月份 paragraph twin"),
    m(STK + "|stocks_covered", 198, "stocks", COV, None, opt=True, basis="9月份 paragraph twin"),
    m(STK, 96, "stocks", COV, None, basis="given a target price or target range"),
    m(STK, 3, "stocks", "稳健医疗|晶澳科技|C爱美客|" + COV, None, basis="already above target (涨过目标价或区间)"),
    m(STK, 93, "stocks", COV, None, basis="remaining stocks with upside"),
    m(STK, 25, "stocks", COV, None, opt=True, basis="中证君 paragraph twin"),
    m(UP, None, "%", "25只个股|" + COV, None, rng=(50, None), opt=True, basis="中证君 paragraph threshold 超过50%"),
    m(UP, None, "%", ZSJM, None, rng=(90, None), basis="上涨空间超过90% (only printing)"),
    m("target_price", 52, "CNY", ZSJM, None, basis="浙商证券, initiation"),
    m("price|share_price|close_price", 27.17, "CNY", ZSJM, None, basis="最新收盘价"),
    m("net_profit_target|net_profit", None, "CNY", ZSJM, "FY2019", rng=(1.08e8, None),
      basis="share-incentive performance floor (不低于)"),
    m("net_profit_target|net_profit", None, "CNY", ZSJM, "FY2020", rng=(1.18e8, None),
      basis="share-incentive performance floor (不低于)"),
    m("net_profit_target|net_profit", None, "CNY", ZSJM, "FY2021", rng=(1.37e8, None),
      basis="share-incentive performance floor (不低于)"),
    m("net_profit_forecast|net_profit", 5.6e7, "CNY", ZSJM, "FY2020", basis=FC),
    m("net_profit_forecast|net_profit", 1.65e8, "CNY", ZSJM, "FY2021", basis=FC),
    m("net_profit_forecast|net_profit", 2.35e8, "CNY", ZSJM, "FY2022", basis=FC),
    m("net_profit_growth_forecast|net_profit_growth", -49, "%", ZSJM, "FY2020", basis=FC + ", 增速"),
    m("net_profit_growth_forecast|net_profit_growth", 194, "%", ZSJM, "FY2021", basis=FC + ", 增速"),
    m("net_profit_growth_forecast|net_profit_growth", 42, "%", ZSJM, "FY2022", basis=FC + ", 增速"),
    m("pe|pe_ratio|p/e", 59, "x", ZSJM, "FY2020", basis=FC + ", 对应PE"),
    m("pe|pe_ratio|p/e", 20, "x", ZSJM, "FY2021", basis=FC + ", 对应PE"),
    m("pe|pe_ratio|p/e", 14, "x", ZSJM, "FY2022", basis=FC + ", 对应PE"),
], [
    ra(ZS, ZSJM, "initiate", None, None, 52, None, "CNY"),
])

# zh03: monthly passenger-car retail release with new-energy penetration (乘联会 data in the 海南日报 auto channel,
# auto.newshainan.com; whole stored item; no headline in the stored text, none composed). No year printed ("5月份", "6月12日")
# -> period None on every row, "5月份" in basis. Key: passenger-car retail 171万辆 (-1.9% yoy, +11.4% mom); new-energy retail
# 80.4万辆 (+38.5% yoy, +18.7% mom); domestic new-energy penetration 47.0% with last year's 33% as prior and +14 pp;
# penetration within 自主品牌 71.2%, 豪华品牌 28.4%, 主流合资品牌 7.5%. Optional: the 33% comparative as a row of its own
# (period None: no year printed), the "每卖出10辆…超过7辆" restatement (10 vehicles; the bound 超过7辆).
PC = "乘用车|全国乘用车市场|乘用车市场|passenger cars|passenger vehicles|China passenger car market"
NEV = "新能源车|新能源乘用车|新能源车市场|NEV|NEVs|new energy vehicles"
M5 = "5月份 (no year printed)"
RS = "retail_sales|sales_volume|retail_volume|sales"
RSG = "retail_sales_growth|sales_growth|sales_volume_growth"
PEN = "penetration_rate|nev_penetration|nev_penetration_rate|market_share"
G["zh03"] = ([
    m(RS, 1.71e6, "vehicles", PC, None, basis="零售, " + M5),
    m(RSG, -1.9, "%", PC, None, basis="yoy, " + M5),
    m(RSG + "|retail_sales_mom", 11.4, "%", PC, None, basis="mom (环比), " + M5),
    m(RS, 8.04e5, "vehicles", NEV, None, basis="零售, " + M5),
    m(RSG, 38.5, "%", NEV, None, basis="yoy, " + M5),
    m(RSG + "|retail_sales_mom", 18.7, "%", NEV, None, basis="mom (环比), " + M5),
    m(PEN, 47.0, "%", NEV + "|国内零售市场", None, prior=33, basis="domestic retail penetration, " + M5 + "; prior = 去年同期"),
    m(PEN, 33, "%", NEV + "|国内零售市场", None, opt=True, basis="去年同期 (no year printed)"),
    m("penetration_rate_change|penetration_change", 14, "pp", NEV + "|国内零售市场", None, basis="提高了14个百分点, yoy"),
    m(PEN, 71.2, "%", "自主品牌|中国品牌|Chinese brands|domestic brands", None, basis="NEV penetration within the group, " + M5),
    m("vehicles|count", 10, "vehicles", "自主品牌|中国品牌|Chinese brands", None, opt=True, basis="每卖出10辆"),
    m("vehicles|count", None, "vehicles", "自主品牌|中国品牌|Chinese brands", None, rng=(7, None), opt=True,
      basis="超过7辆 of every 10 are NEVs (restates 71.2%)"),
    m(PEN, 28.4, "%", "豪华品牌|luxury brands", None, basis="NEV penetration within the group, " + M5),
    m(PEN, 7.5, "%", "主流合资品牌|合资品牌|joint-venture brands|mainstream JV brands", None,
      basis="NEV penetration within the group, " + M5),
], [])

# zh04: half-year fund-issuance story (发行成立基金数量, 发行份额, 平均发行份额, yearly series, largest new fund, industry AUM)
# (中国基金报, chnfund.com; byline "中国基金报记者 张燕北" and the sub-heading "平均发行份额降至7.96亿份" kept as printed; no
# headline in the stored text, none composed; the stored text breaks off inside the next paragraph ("从基金公司的角度看,
# 大小基金公司之间的"), so the passage ends with the AUM paragraph). "2025年行至年中" and "上半年" -> 2025H1 for the year-
# to-date issuance figures (截至6月27日 in basis); the printed years take FY; "截至5月底" -> 2025-05. Key: 661 funds, 5261亿份,
# average 7.96亿份 (record low); +37 funds (+5.93%) and -1338.55亿份 (-20.28%) against last year; 2020/2021 "3万亿份左右"
# (one row, period None, both years in basis); FY2022 1.49万亿份, FY2023 1.15万亿份, FY2024 "1.18亿份" (printed so — the series
# suggests 1.18万亿份 — labelled as printed, 1.18e8 units); yearly averages 9.08 / 9.03 / 8.11 / 9.27亿份 for 2023 / 2018 /
# 2017 / 2016 (分别, in order); the largest new fund (a FOF) 65.73亿份; total AUM 33.74万亿元. Optional: the twins of 661,
# 5261亿份 and 7.96亿份 (sub-heading and body repeats); "缩减一半" (-50%); "4个年度" and the "10亿份以下" threshold; "近四年"
# (a 4-year window). "6个月持有" is part of the fund's name, no row.
MF = "公募基金|新基金|基金|新发基金|mutual funds|new funds|China mutual funds"
H = "2025H1"
ASOF = "截至6月27日 (year to date)"
FU = "fund_units_raised|issue_size|fundraising|fund_issuance"
AV = "average_issue_size|average_fund_units_raised|fund_units_raised"
G["zh04"] = ([
    m("funds|count|new_funds", 661, "funds", MF, H, basis="发行成立, " + ASOF),
    m(FU, 5.261e11, "units", MF, H, basis="合计发行份额, " + ASOF),
    m(AV, 7.96e8, "units", MF, H, basis="平均发行份额, record low"),
    m("years|window", 4, "years", "股票型基金|equity funds|" + MF, None, opt=True,
      basis="近四年同期新高 (equity funds' new issuance, best in four years)"),
    m(AV, 7.96e8, "units", MF, H, opt=True, basis="sub-heading twin (降至7.96亿份)"),
    m("funds|count|new_funds", 661, "funds", MF, H, opt=True, basis="body twin"),
    m("funds_change|new_funds_change|count_change", 37, "funds", MF, H, basis="较去年同期增加37只"),
    m("funds_growth|new_funds_growth|growth", 5.93, "%", MF, H, basis="yoy, 增幅"),
    m(FU, 5.261e11, "units", MF, H, opt=True, basis="body twin (上半年合计)"),
    m("fund_units_raised_change|issue_size_change|fundraising_change", -1.33855e11, "units", MF, H,
      basis="较去年同期减少1338.55亿份"),
    m("fund_units_raised_growth|issue_size_growth|fundraising_growth", -20.28, "%", MF, H, basis="yoy, 降幅"),
    m(FU, 3e12, "units", MF, None, basis="annual issuance in each of 2020 and 2021, 左右"),
    m("fund_units_raised_growth|issue_size_growth|fundraising_growth", -50, "%", MF, "FY2022", opt=True,
      basis="缩减一半 (halved)"),
    m(FU, 1.49e12, "units", MF, "FY2022", basis="总发行份额"),
    m(FU, 1.15e12, "units", MF, "FY2023", basis="总发行份额"),
    m(FU, 1.18e8, "units", MF, "FY2024", basis="printed 1.18亿份 (the series suggests 1.18万亿份); as printed"),
    m(AV, 7.96e8, "units", MF, H, opt=True, basis="body twin (刷新行业最低纪录)"),
    m("years|count", 4, "years", MF, None, opt=True, basis="4个年度 with averages below 10亿份"),
    m(AV, None, "units", MF, None, rng=(None, 1e9), opt=True, basis="10亿份以下 threshold"),
    m(AV, 9.08e8, "units", MF, "FY2023", basis="平均份额 (分别, first)"),
    m(AV, 9.03e8, "units", MF, "FY2018", basis="平均份额 (分别, second)"),
    m(AV, 8.11e8, "units", MF, "FY2017", basis="平均份额 (分别, third)"),
    m(AV, 9.27e8, "units", MF, "FY2016", basis="平均份额 (分别, fourth)"),
    m(FU, 6.573e9, "units", "东方红盈丰稳健配置6个月持有|东方红盈丰稳健配置|东方红盈丰|FOF", H,
      basis="largest new fund of the half-year (a FOF)"),
    m("aum|total_aum|fund_size|assets_under_management", 3.374e13, "CNY", MF, "2025-05",
      basis="公募基金总规模, 截至5月底, record"),
], [])

# zh05: rural commercial banks' 2017 results and asset quality (资产规模, 同业负债, 净利润 and growth, 不良贷款率) (中国县域经济报
# epaper, xyshjj.cn, page id "zgxyjjb"; no headline in the stored text, none composed; the stored text breaks off inside
# the 重庆农商行 asset-quality sentence ("…不良贷款余额33.01亿元,较上年的28.72亿"), so the passage ends with the sentence
# before it and that sentence's 0.98% / 0.02个百分点 / 33.01亿元 are not in the passage). Periods: "截至2017年底" -> 2017-12-31
# for the asset levels, "上年末" -> 2016-12-31, FY2017 for 2017 profits and the 同业负债 reduction; "去年" = 2017 (the story
# says 2017年 for the same figures) so "今年" is 2018 and "到去年末" is 2017-12-31; "2014年末" 2014-12-31, "2017年一季度末"
# 2017-03-31, "2018年一季度末" 2018-03-31. Key: 重庆农商行 total assets 9087.78亿元 (prior 8031.57亿元, +1056亿元); 北京 /
# 上海 / 广州 / 成都 8163.03 / 8020.57 / 7357 / 7055.62亿元 (分别, in order); 上海 as a share of 成都 73% (2014) and 113%
# (2017); 成都 同业负债 -393.49亿元 (-26.43%); 成都 net profit 45.53亿元 (+4.03%), 重庆 90.08亿元; profit growth 北京 16.66%,
# 广州 15.37%, 上海 14.68%, 重庆 12.59%; rural commercial banks' NPL ratio 3.16% (2017 end), 2.55% (2017Q1 end), 3.26% (2018Q1
# end), commercial banks 1.75% (2018Q1 end). Optional: the 8031.57亿元 comparative (2016-12-31); "有望破万亿元" (an open
# bound, FY2018 expectation, no digit beyond 万亿); "两位数增长" (≥10%, the four banks named later with exact figures);
# "五大" (5 banks); "一半" (成都's profit as 50% of 重庆's); "连续八年" (8 years).
CQ = "重庆农商行|重庆农村商业银行|重庆农商银行|Chongqing Rural Commercial Bank|CQRCB"
BJ = "北京农商银行|北京农村商业银行|北京农商行|Beijing Rural Commercial Bank|BJRCB"
SH = "上海农商银行|上海农商行|上海农村商业银行|Shanghai Rural Commercial Bank|SRCB"
GZ = "广州农商银行|广州农商行|广州农村商业银行|Guangzhou Rural Commercial Bank"
CD = "成都农商银行|成都农商行|成都农村商业银行|Chengdu Rural Commercial Bank"
RCB = "农商行|农村商业银行|农商银行|rural commercial banks"
CBK = "商业银行|commercial banks"
TA = "total_assets|assets|asset_size"
NP = "net_profit"
NPG = "net_profit_growth|profit_growth"
NPL = "npl_ratio|non_performing_loan_ratio|nonperforming_loan_ratio"
E17 = "2017-12-31"
G["zh05"] = ([
    m("banks|count", 5, "banks", RCB, None, opt=True, basis="五大农商银行"),
    m(NPG, None, "%", BJ + "|" + CQ + "|" + SH + "|" + GZ, "FY2017", rng=(10, None), opt=True,
      basis="两位数增长 (all but 成都)"),
    m(TA, 9.08778e11, "CNY", CQ, E17, prior=8.03157e11, basis="资产规模, largest; prior = 上年末"),
    m(TA, 8.03157e11, "CNY", CQ, "2016-12-31", opt=True, basis="上年末 comparative"),
    m("total_assets_change|asset_growth", 1.056e11, "CNY", CQ, "FY2017", basis="较上年末增加"),
    m(TA, None, "CNY", CQ, "FY2018", rng=(1e12, None), opt=True, basis="今年有望破万亿元 (expectation)"),
    m(TA, 8.16303e11, "CNY", BJ, E17, basis="资产规模 (分别, first)"),
    m(TA, 8.02057e11, "CNY", SH, E17, basis="资产规模 (分别, second)"),
    m(TA, 7.357e11, "CNY", GZ, E17, basis="资产规模 (分别, third)"),
    m(TA, 7.05562e11, "CNY", CD, E17, basis="资产规模 (分别, fourth)"),
    m("asset_ratio|relative_size|ratio", 73, "%", SH + "|" + CD, "2014-12-31", basis="上海农商银行 assets as % of 成都农商行's"),
    m("asset_ratio|relative_size|ratio", 113, "%", SH + "|" + CD, E17, basis="到去年末, same ratio"),
    m("interbank_liabilities_change|interbank_liabilities", -3.9349e10, "CNY", CD, "FY2017",
      basis="同业负债 2017年末较年初压降"),
    m("interbank_liabilities_growth|interbank_liabilities_change", -26.43, "%", CD, "FY2017", basis="降幅, vs start of year"),
    m(NP, 4.553e9, "CNY", CD, "FY2017", basis="去年净利润"),
    m(NPG, 4.03, "%", CD, "FY2017", basis="增长"),
    m(NP, 9.008e9, "CNY", CQ, "FY2017", basis="净利润"),
    m("ratio|share", 50, "%", CD + "|" + CQ, "FY2017", opt=True, basis="成都's profit 一半 of 重庆's"),
    m(NPG, 16.66, "%", BJ, "FY2017", basis="highest growth"),
    m(NPG, 15.37, "%", GZ, "FY2017", basis="分别, first"),
    m(NPG, 14.68, "%", SH, "FY2017", basis="分别, second"),
    m(NPG, 12.59, "%", CQ, "FY2017", basis="分别, third"),
    m(NPL, 3.16, "%", RCB, E17, basis="监管数据, 2017年末"),
    m(NPL, 2.55, "%", RCB, "2017-03-31", basis="2017年一季度末"),
    m(NPL, 3.26, "%", RCB, "2018-03-31", basis="2018年一季度末, 上升至"),
    m(NPL, 1.75, "%", CBK, "2018-03-31", basis="商业银行平均, 2018年一季度末"),
    m("years|streak", 8, "years", BJ, None, opt=True, basis="连续八年不良“双降”"),
], [])

# zh06: developers' January contracted-sales round-up (销售额 / 合约销售额 and yoy changes) (财新网 mobile, m.caixin.com;
# the credit "【财新网】(记者 牛牧江曲)" kept as printed; whole stored item; no headline in the stored text, none composed).
# "2020年1月" -> period 2020-01 on every row. 元 = CNY (mainland outlet; the developers report contracted sales in RMB).
# Key: 碧桂园 329.2亿元 (-0.44%), 中国恒大 405.5亿元 (-6%), 融创中国 186.3亿元 (-22.2%) (分别, in order); 万科 +12.23% (no level
# printed); 雅居乐集团 50.2亿元 (-18.5%), 阳光城 101.55亿元 (-14%), 富力地产 61.8亿元 (-10.3%). Optional: "前五名" (5) and
# "四家" (4) developers. The source's doubled "发布业绩1月业绩" was not reproduced (no figure in it).
J = "2020-01"
SL = "contracted_sales|sales|sales_value"
SLG = "contracted_sales_growth|sales_growth"
CG = "碧桂园|Country Garden|02007.HK|02007"
EG = "中国恒大|恒大|China Evergrande|Evergrande|03333.HK|03333"
SU = "融创中国|融创|Sunac|Sunac China|01918.HK|01918"
VK = "万科|万科A|China Vanke|Vanke|000002.SZ|02202.HK"
AG = "雅居乐集团|雅居乐|Agile|Agile Group|03383.HK|03383"
YG = "阳光城|Yango|Yango Group|000671.SZ|000671"
RF = "富力地产|富力|R&F Properties|R&F|02777.HK|02777"
DEV = "房企|房地产企业|developers|property developers"
G["zh06"] = ([
    m("developers|companies|count", 5, "companies", DEV, None, opt=True, basis="行业前五名"),
    m("developers|companies|count", 4, "companies", DEV, None, opt=True, basis="四家 have reported January"),
    m(SL, 3.292e10, "CNY", CG, J, basis="销售额 (分别, first)"),
    m(SL, 4.055e10, "CNY", EG, J, basis="销售额 (分别, second)"),
    m(SL, 1.863e10, "CNY", SU, J, basis="销售额 (分别, third)"),
    m(SLG, -0.44, "%", CG, J, basis="yoy, 减少"),
    m(SLG, -6, "%", EG, J, basis="yoy, 减少"),
    m(SLG, -22.2, "%", SU, J, basis="yoy, 减少"),
    m(SLG, 12.23, "%", VK, J, basis="yoy, 上升 (业绩)"),
    m(SL, 5.02e9, "CNY", AG, J, basis="合约销售额 (依次, first)"),
    m(SL, 1.0155e10, "CNY", YG, J, basis="合约销售额 (依次, second)"),
    m(SL, 6.18e9, "CNY", RF, J, basis="合约销售额 (依次, third)"),
    m(SLG, -18.5, "%", AG, J, basis="yoy, 下滑"),
    m(SLG, -14, "%", YG, J, basis="yoy, 下滑"),
    m(SLG, -10.3, "%", RF, J, basis="yoy, 下滑"),
], [])
