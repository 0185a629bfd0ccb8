# Hand labels for news43/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's text was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news40 / news41 / news42 in particular).
# Values fully scaled (亿元 -> x1e8, 万元 -> x1e4, 亿美元 -> x1e8); mainland 元 = CNY, 港元 = HKD, 美元 = USD; declines
# negative (下跌 / 收跌 / 下调 / 垫底 at a negative return); 同比 = yoy in basis; 个百分点 -> pp; 倍 (a multiple) -> "x".
# Forecast ranges ("70.4亿元至76.8亿元", "增长10%至20%") are closed rng=(low, high) with value None and "company forecast"
# in basis; bounds (超 / 超过 / 低于 / 以下) are open ranges, key only where they are the figure's only printing (news41
# zh01), optional where they restate an exact figure or only mark a screening threshold. A figure printed twice (headline
# or sub-heading and body, or a repeated paragraph) is one key row plus optional twins. Brokers' targets and ratings are in
# rating actions, the targets also key target_price rows (news40 zh02), the old targets optional rows (news42 zh08).
# Stock and index codes are entity aliases, never values. Counts of companies / funds / IPOs are key where they are the
# story's headline statistic and optional where they break a total down or count members of a screen (news41 zh03/zh04).
# Periods only where the text states or clearly implies the year: zh01 "2023Q1-Q3" (printed "2023年前三季度", "今年前三
# 季度" in the same story); zh02 None; zh03 None ("今年1~8月", "8月当月", no year printed); zh04 None ("今年以来", "10月20日",
# no year printed); zh05 "2023-08-21" (printed "截至2023年8月21日") and "2023-07-31" for the index weights; zh06 "2025H1"
# (printed "2025年上半年"). URL dates, page stamps and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)

NP = "net_profit|net_profit_attributable|net_profit_forecast"
NPG = "net_profit_growth|net_profit_attributable_growth|net_profit_forecast_growth"
NPX = "net_profit_excl_nonrecurring|deducted_net_profit|net_profit_attributable_excl_nonrecurring"
NPXG = "net_profit_excl_nonrecurring_growth|deducted_net_profit_growth"
CNT = "companies|count|number_of_companies"


# zh01: A-share forecast season round-up (前三季度业绩预告 statistics with named companies' forecast ranges) on a Suzhou
# property portal reposting a securities-paper item (suzhou.eeju.com; the photo tag "(资料图片)" dropped; no headline in
# the stored text, none composed; the stored text breaks off inside the 双良节能 sentence ("…预计公司2023年前三季度实现归"),
# so the passage ends with the 秦安股份 sentence before it). The forecast figures are ranges: 立讯精密 70.4亿元至76.8亿元
# (+10% to +20%), 盛科通信-U +4756.83% to +5247.02%, 泰凌微 +65.57% to +102.36%, 秦安股份 attributable profit 1.9亿元至2.01亿元
# (+84.61% to +95.30%) and 扣非 profit 1.98亿元至2.09亿元 (+200.35% to +217.04%): all key closed ranges, period 2023Q1-Q3.
# Key statistics: 59 companies disclosed, 36 positive, 61.02% positive ratio, 13 negative. Optional: the breakdown (10 预增,
# 4 续盈, 21 略增, 1 扭亏, 7 预减, 6 预亏, 10 不确定, "4类"), the screens (26 companies with an upper growth bound above 30%,
# 21 with an upper profit bound above 1亿元) and their thresholds, "上限都超过100%" for the top three (bounds on the upper
# end of a forecast range, two of them restated by the exact ranges), the industry counts 7 / 6 / 5. Counts take period
# None ("截至9月24日" in basis). The rewrite says 归母净利润 / 扣非归母净利润 where the source spells the line items out.
A01 = "A股上市公司|A股|上市公司|A-share listed companies"
ASOF = "as of 9月24日 (Wind)"
Q = "2023Q1-Q3"
LX = "立讯精密|Luxshare|Luxshare Precision"
SK = "盛科通信-U|盛科通信|Centec"
GN = "冠农股份|冠农"
TL = "泰凌微|Telink"
QA = "秦安股份|秦安"
G["zh01"] = ([
    m(CNT + "|forecasts_disclosed", 59, "companies", A01, None, basis="disclosed Q1-Q3 forecasts, " + ASOF),
    m(CNT + "|positive_forecasts", 36, "companies", "预喜公司|" + A01, None, basis="预喜, " + ASOF),
    m("categories|count", 4, "categories", "预喜公司|" + A01, None, opt=True, basis="预增、续盈、略增、扭亏这4类"),
    m("positive_forecast_ratio|share|ratio", 61.02, "%", "预喜公司|" + A01, None, basis="预喜比例, " + ASOF),
    m(CNT, 10, "companies", "预增|" + A01, None, opt=True, basis="预增"),
    m(CNT, 4, "companies", "续盈|" + A01, None, opt=True, basis="续盈"),
    m(CNT, 21, "companies", "略增|" + A01, None, opt=True, basis="略增"),
    m(CNT, 1, "companies", "扭亏|" + A01, None, opt=True, basis="扭亏"),
    m(CNT, 7, "companies", "预减|" + A01, None, opt=True, basis="预减"),
    m(CNT, 6, "companies", "预亏|" + A01, None, opt=True, basis="预亏"),
    m(CNT + "|negative_forecasts", 13, "companies", "报忧公司|" + A01, None, basis="报忧 (预减 + 预亏), " + ASOF),
    m(CNT, 10, "companies", "不确定|" + A01, None, opt=True, basis="预告类型为不确定"),
    m(CNT, 26, "companies", A01, None, opt=True, basis="upper bound of forecast profit growth above 30% (含)"),
    m(NPG, None, "%", "26家公司|" + A01, Q, rng=(30, None), opt=True, basis="screen threshold, upper end of the range"),
    m(NPG, None, "%", SK, Q, rng=(100, None), opt=True, basis="上限都超过100% (upper end of the forecast range)"),
    m(NPG, None, "%", GN, Q, rng=(100, None), opt=True, basis="上限都超过100% (upper end of the forecast range)"),
    m(NPG, None, "%", TL, Q, rng=(100, None), opt=True, basis="上限都超过100% (upper end of the forecast range)"),
    m(CNT, 21, "companies", A01, None, opt=True, basis="upper bound of forecast profit above 1亿元"),
    m(NP, None, "CNY", "21家公司|" + A01, Q, rng=(1e8, None), opt=True, basis="screen threshold, upper end of the range"),
    m(NP, None, "CNY", LX, Q, rng=(7.04e9, 7.68e9), basis="company forecast, 70.4亿元至76.8亿元, highest upper bound"),
    m(NPG, None, "%", LX, Q, rng=(10, 20), basis="company forecast, yoy, 增长10%至20%"),
    m(CNT, 7, "companies", "机械|machinery|预喜公司", None, opt=True, basis="positive forecasters by industry"),
    m(CNT, 6, "companies", "汽车零配件|auto parts|预喜公司", None, opt=True, basis="positive forecasters by industry"),
    m(CNT, 5, "companies", "电子设备、仪器和元件|electronic equipment|预喜公司", None, opt=True,
      basis="positive forecasters by industry"),
    m(NPG, None, "%", SK, Q, rng=(4756.83, 5247.02), basis="company forecast, yoy, 增长4756.83%至5247.02%"),
    m(NPG, None, "%", TL, Q, rng=(65.57, 102.36), basis="company forecast, yoy, 65.57%至102.36%"),
    m(NP, None, "CNY", QA, Q, rng=(1.9e8, 2.01e8), basis="company forecast (9月22日), 累计归母净利润"),
    m(NPG, None, "%", QA, Q, rng=(84.61, 95.30), basis="company forecast, yoy"),
    m(NPX, None, "CNY", QA, Q, rng=(1.98e8, 2.09e8), basis="company forecast, 扣非归母净利润"),
    m(NPXG, None, "%", QA, Q, rng=(200.35, 217.04), basis="company forecast, yoy"),
], [])

# zh02: broker rating action news item (智通财经, whole stored item; no headline in the stored text, none composed; the
# notation "评级由“与大市同步”升至“增持”", "目标价由12.4港元上调至17港元", "目标价则由14.5港元下调至9.8港元" kept as printed).
# 大摩 (Morgan Stanley) upgrades 中国重汽 from 与大市同步 (equal-weight) to 增持 (overweight) and raises its target from 12.4
# to 17 HKD -> `upgrade` with prior rating and both targets; keeps 潍柴动力 at 与大市同步 and cuts the target from 14.5 to 9.8
# HKD -> `cut_target` (rating field holds the maintained equal-weight). Key: the two new targets (target_price rows with the
# old target as prior); optional: the old targets as rows of their own. "明年年中" and "beta" carry no figure. Period None
# (no date printed). Stock codes are aliases. 中国重汽 appears in news13 zh07 under another broker's earlier downgrade
# (瑞信); this is a different note.
MS = "大摩|摩根士丹利|Morgan Stanley|MS"
ZZ = "中国重汽|中國重汽|Sinotruk|China National Heavy Duty Truck|03808|3808"
WC = "潍柴动力|濰柴動力|Weichai Power|Weichai|02338|2338"
G["zh02"] = ([
    m("target_price", 17, "HKD", ZZ, None, prior=12.4, basis="大摩, rating 与大市同步 -> 增持, 上调"),
    m("target_price", 12.4, "HKD", ZZ, None, opt=True, basis="大摩 previous target"),
    m("target_price", 9.8, "HKD", WC, None, prior=14.5, basis="大摩, 与大市同步 maintained, 下调"),
    m("target_price", 14.5, "HKD", WC, None, opt=True, basis="大摩 previous target"),
], [
    ra(MS, ZZ, "upgrade", "overweight", "equal-weight", 17, 12.4, "HKD"),
    ra(MS, WC, "cut_target", "equal-weight", None, 9.8, 14.5, "HKD"),
])

# zh03: 海关总署 foreign-trade release as a 新华社 item (钱江晚报 page; whole stored item; the lead-in "据新华社消息" kept as
# printed, "11日", "1~8月" with its tilde, "前8个月", "8月当月" kept). No year is printed anywhere ("今年1~8月", "比去年提前
# 1个月") -> period None on every row, the span in basis ("1~8月" cumulative, "8月" single month). Key: January-August trade
# 11046.1亿美元 (+23.9%), exports 5996.3亿美元 (+25.9%), imports 5049.8亿美元 (+21.6%), surplus 946.5亿美元; August trade
# 1627.4亿美元 (+29%), exports 907.7亿美元 (+32.8%), imports 719.7亿美元 (+24.6%), surplus 188亿美元. Optional: the
# thresholds crossed ("突破万亿美元大关", "900亿美元台阶", "700亿美元门槛", open lower bounds restating exact figures) and the
# "提前1个月" lead. Values in USD (亿美元 x1e8).
CN = "中国|全国|我国|China"
YTD, AUG = "1~8月 cumulative (no year printed)", "8月 single month (no year printed)"
TV, TVG = "trade_value|total_trade|imports_and_exports|foreign_trade", "trade_growth|total_trade_growth|foreign_trade_growth"
G["zh03"] = ([
    m(TV, 1.10461e12, "USD", CN, None, basis=YTD),
    m(TVG, 23.9, "%", CN, None, basis="yoy, " + YTD),
    m(TV, None, "USD", CN, None, rng=(1e12, None), opt=True, basis="突破万亿美元大关, restates 11046.1亿美元"),
    m("lead_time|months", 1, "months", CN, None, opt=True, basis="crossed 1 trillion 1个月 earlier than last year"),
    m("exports", 5.9963e11, "USD", CN, None, basis=YTD),
    m("export_growth|exports_growth", 25.9, "%", CN, None, basis="yoy, " + YTD),
    m("imports", 5.0498e11, "USD", CN, None, basis=YTD),
    m("import_growth|imports_growth", 21.6, "%", CN, None, basis="yoy, " + YTD),
    m(TV, 1.6274e11, "USD", CN, None, basis=AUG + ", record"),
    m(TVG, 29, "%", CN, None, basis="yoy, " + AUG),
    m("exports", None, "USD", CN, None, rng=(9e10, None), opt=True, basis="首度站上900亿美元台阶, " + AUG),
    m("exports", 9.077e10, "USD", CN, None, basis=AUG + ", record"),
    m("export_growth|exports_growth", 32.8, "%", CN, None, basis="yoy, " + AUG),
    m("imports", None, "USD", CN, None, rng=(7e10, None), opt=True, basis="跨过700亿美元门槛, " + AUG),
    m("imports", 7.197e10, "USD", CN, None, basis=AUG + ", record"),
    m("import_growth|imports_growth", 24.6, "%", CN, None, basis="yoy, " + AUG),
    m("trade_surplus|trade_balance", 1.88e10, "USD", CN, None, basis=AUG + ", monthly record"),
    m("trade_surplus|trade_balance", 9.465e10, "USD", CN, None, basis=YTD),
], [])

# zh04: A-share IPO story — a STAR Market debut and the year-to-date STAR IPO statistics (m.cwan.com, byline "(文/陈蒙蒙)"
# kept; whole stored item, including the source's repeated paragraph on 130 IPOs / 1080.84亿元 / 8.31亿元, which is kept
# and labelled as optional twins; the typo "发行价位2.87元/股" kept). No year is printed ("今年以来", "10月20日", "9月7日")
# -> period None. Key: 高铁电气 first-day close +48.33% at 10.65元/股, next day -7.79% at 9.82元/股; 130 STAR IPOs with
# net proceeds 1080.84亿元 and an average 8.31亿元; issue prices 中望软件 150.5, 普冉股份 148.9, 极米科技 133.73, 奥泰生物
# 133.67, 正元地信 1.97, 和辉光电 2.65, 铁建重工 2.87元/股 (CNY per share in basis); net proceeds 时代电气 74.43亿元, 和辉光电
# 69.77亿元, 大全能源 60.67亿元; 工大高科 / 华依科技 "低于2亿元" (their only figure, a key upper bound, one row for the
# group the text names). Optional: the repeats (130 ×3, 1080.84, 8.31), the screens' counts (四只 above 百元, 31 below 10元,
# 三家 / 22 / 105 by proceeds band, 8 below 2亿元) and thresholds, the counts by region (江苏 23, 广东 23, 上海 14, 北京 13,
# 浙江 12) and by GICS industry (30 / 27 / 17 / 16). Ranks (第一 / 第三 / 第四) not labelled.
GT = "高铁电气"
STAR = "科创板|科创板新股|STAR Market|STAR Market IPOs"
PS = "per share (元/股)"
IP = "issue_price|ipo_price|offer_price"
NPR = "net_proceeds|ipo_proceeds|fundraising"
IPOS = "ipos|ipo_count|listings|new_listings"
G["zh04"] = ([
    m("price_change|first_day_gain", 48.33, "%", GT, None, basis="first-day close (10月20日)"),
    m("price|share_price|close_price", 10.65, "CNY", GT, None, basis="first-day close, " + PS),
    m("price_change", -7.79, "%", GT, None, basis="second day (10月21日), 收跌"),
    m("price|share_price|close_price", 9.82, "CNY", GT, None, basis="second-day close, " + PS),
    m(IPOS, 130, "ipos", STAR, None, basis="今年以来, incl. 高铁电气"),
    m(NPR, 1.08084e11, "CNY", STAR, None, basis="total net proceeds, 今年以来"),
    m(NPR + "|average_proceeds", 8.31e8, "CNY", STAR, None, basis="average per IPO (均募资)"),
    m(IPOS, 130, "ipos", STAR, None, opt=True, basis="issue-price paragraph repeat"),
    m(IPOS, 130, "ipos", STAR, None, opt=True, basis="repeated paragraph"),
    m(NPR, 1.08084e11, "CNY", STAR, None, opt=True, basis="repeated paragraph"),
    m(NPR + "|average_proceeds", 8.31e8, "CNY", STAR, None, opt=True, basis="repeated paragraph"),
    m(IPOS, 130, "companies", STAR, None, opt=True, basis="130家 in the industry paragraph"),
    m(IPOS, 4, "ipos", STAR, None, opt=True, basis="四只 with issue price above 百元"),
    m(IP, None, "CNY", STAR, None, rng=(100, None), opt=True, basis="超过百元 screen"),
    m(IP, 150.5, "CNY", "中望软件|ZWSOFT", None, basis="highest issue price this year, " + PS),
    m(IP, 148.9, "CNY", "普冉股份|普冉|Puya", None, basis=PS),
    m(IP, 133.73, "CNY", "极米科技|极米|XGIMI", None, basis=PS),
    m(IP, 133.67, "CNY", "奥泰生物", None, basis=PS),
    m(IPOS, 31, "ipos", STAR, None, opt=True, basis="issue price 低于10元"),
    m(IP, None, "CNY", STAR, None, rng=(None, 10), opt=True, basis="低于10元 screen"),
    m(IP, 1.97, "CNY", "正元地信", None, basis=PS),
    m(IP, 2.65, "CNY", "和辉光电|EverDisplay", None, basis=PS),
    m(IP, 2.87, "CNY", "铁建重工", None, basis=PS + ", printed 发行价位"),
    m(IPOS, 3, "companies", STAR, None, opt=True, basis="三家 with net proceeds 50亿元-100亿元"),
    m(IPOS, 22, "companies", STAR, None, opt=True, basis="net proceeds 10亿-50亿"),
    m(IPOS, 105, "companies", STAR, None, opt=True, basis="net proceeds 10亿元以下"),
    m(NPR, 7.443e9, "CNY", "时代电气|Times Electric", None, basis="highest net proceeds, listed 9月7日"),
    m(NPR, 6.977e9, "CNY", "和辉光电|EverDisplay", None, basis="second highest"),
    m(NPR, 6.067e9, "CNY", "大全能源|Daqo New Energy", None, basis="third highest"),
    m(NPR, None, "CNY", "工大高科|华依科技|8家企业", None, rng=(None, 2e8), basis="低于2亿元 (only printing)"),
    m(IPOS, 8, "companies", "工大高科|华依科技|" + STAR, None, opt=True, basis="8家 below 2亿元"),
    m(IPOS, 23, "ipos", "江苏|Jiangsu|" + STAR, None, opt=True, basis="by region"),
    m(IPOS, 23, "ipos", "广东|Guangdong|" + STAR, None, opt=True, basis="by region"),
    m(IPOS, 14, "ipos", "上海|Shanghai|" + STAR, None, opt=True, basis="by region"),
    m(IPOS, 13, "companies", "北京|Beijing|" + STAR, None, opt=True, basis="by region"),
    m(IPOS, 12, "companies", "浙江|Zhejiang|" + STAR, None, opt=True, basis="by region"),
    m(IPOS, 30, "companies", "技术硬件与设备|technology hardware|" + STAR, None, opt=True, basis="by GICS level-2 industry"),
    m(IPOS, 27, "companies", "资本品|capital goods|" + STAR, None, opt=True, basis="by GICS level-2 industry"),
    m(IPOS, 17, "companies", "原材料|materials|" + STAR, None, opt=True, basis="by GICS level-2 industry"),
    m(IPOS, 16, "companies", "制药、生物科技和生命科学|pharmaceuticals|" + STAR, None, opt=True,
      basis="by GICS level-2 industry"),
], [])

# zh05: ETF daily with the A-share close (界面新闻 item reposted on waihuigu.net; headline and the time line
# "2023-08-22 07:08:38 来源:界面新闻" kept as printed; the picture tag "(相关资料图)" dropped; the stored text breaks off inside
# the 东莞证券 sentence ("…本周出现"), so the passage ends at the index-weight sentence before it; stock and index codes
# kept and not labelled). Session date printed "截至2023年8月21日" -> period 2023-08-21 for the close and the ETF's
# session figures; the index weights "截至2023年7月31日" -> 2023-07-31. Key: 上证指数 3092.98 (-1.24%), 深证成指 10320.39
# (-1.32%), 创业板指 2084.97 (-1.60%), turnover 6782.62亿元; 医药ETF(159929) -0.69%, 1.44元, turnover 6559.27万元, turnover
# rate 3.38%, latest net inflow 2041.89万元, five-day net inflow 5127.21万元, size 19.48亿元, margin buying 717.50万元, margin
# balance 5999.24万元; 中证医药卫生指数 PE-TTM 25.61倍 at the 1.65% one-year percentile; top-ten weight 44.47%. Optional: the
# headline's "超5127万元" (bound twin of 5127.21万元), "近5个交易日内有4日" (headline and body: 5 days / 4 days), "低于近1年
# 98.35%以上的时间" (restates the percentile), the 11 / 35 industry counts of the index family. "三大指数" and "前十大" are
# not figures. The five-day inflow carries period None (a window ending on the session) with the window in basis.
S = "2023-08-21"
SSE = "上证指数|沪指|上证综指|Shanghai Composite|SSE Composite"
SZ = "深证成指|深成指|Shenzhen Component"
CY = "创业板指|创业板指数|ChiNext|ChiNext Index"
MKT = "沪深两市|两市|A股|A-share market"
ETF = "医药ETF|159929|pharma ETF"
IDX = "中证医药卫生指数|000933|CSI Healthcare Index|CSI 800 Health Care"
IL, IC = "index_level|index_close", "index_change|price_change"
FI = "net_inflow|fund_flow|net_fund_inflow"
G["zh05"] = ([
    m(FI, None, "CNY", ETF, None, rng=(5.127e7, None), opt=True, basis="headline 超5127万元, bound twin of 5127.21万元"),
    m("days|trading_days", 5, "days", ETF, None, opt=True, basis="headline 近5个交易日"),
    m("days|inflow_days", 4, "days", ETF, None, opt=True, basis="headline 4日获资金净流入"),
    m(IC, -1.24, "%", SSE, S, basis="close, 收跌"),
    m(IL, 3092.98, "points", SSE, S, basis="close"),
    m(IC, -1.32, "%", SZ, S, basis="close, 收跌"),
    m(IL, 10320.39, "points", SZ, S, basis="close"),
    m(IC, -1.60, "%", CY, S, basis="close, 收跌"),
    m(IL, 2084.97, "points", CY, S, basis="close"),
    m("turnover|market_turnover|trading_value", 6.78262e11, "CNY", MKT, S, basis="two-market turnover"),
    m("price_change", -0.69, "%", ETF, S, basis="close, 下跌"),
    m("price|nav|etf_price", 1.44, "CNY", ETF, S, basis="latest quote"),
    m("turnover|trading_value", 6.55927e7, "CNY", ETF, S, basis="成交额"),
    m("turnover_rate|turnover_ratio", 3.38, "%", ETF, S, basis="换手率"),
    m(FI, 2.04189e7, "CNY", ETF, S, basis="latest single-day net inflow"),
    m("days|trading_days", 5, "days", ETF, None, opt=True, basis="body 近5个交易日"),
    m("days|inflow_days", 4, "days", ETF, None, opt=True, basis="body 4日资金净流入"),
    m(FI, 5.12721e7, "CNY", ETF, None, basis="cumulative over the last 5 trading days to 2023-08-21"),
    m("fund_size|aum|etf_size", 1.948e9, "CNY", ETF, S, basis="latest size (规模)"),
    m("margin_buying|financing_purchases", 7.175e6, "CNY", ETF, S, basis="最新融资买入额"),
    m("margin_balance|financing_balance", 5.99924e7, "CNY", ETF, S, basis="最新融资余额"),
    m("pe_ratio|pe_ttm|valuation_multiple", 25.61, "x", IDX, S, basis="PE-TTM, latest"),
    m("valuation_percentile|pe_percentile|percentile", 1.65, "%", IDX, S, basis="one-year percentile (近1年1.65%的分位)"),
    m("valuation_percentile|percentile", None, "%", IDX, S, rng=(98.35, None), opt=True,
      basis="cheaper than 98.35%以上 of the past year, restates the percentile"),
    m("industries|count", 11, "industries", "中证800行业指数|CSI 800 industry indices", None, opt=True,
      basis="一级行业"),
    m("industries|count", 35, "industries", "中证800行业指数|CSI 800 industry indices", None, opt=True,
      basis="二级行业"),
    m("index_weight|top10_weight|weight", 44.47, "%", IDX, "2023-07-31", basis="combined weight of the top ten holdings"),
], [])

# zh06: half-year fund league-table story (an Eastmoney 股吧 财经评论 post on a numeric mirror host, 61.152.230.22; no
# headline and no byline in the stored text, none composed; the two sub-headings with figures "上半年收益率前30名基金盘点:"
# and "汇添富香港优势精选A收益率86.48%登顶" kept as printed, the one without a figure reworded; the stored text breaks off at
# "紧随其后的是中", which is left out; "港股通创新药 ETF" with its stray spaces kept). "2025年上半年" printed -> period 2025H1
# for the half-year returns and index moves. Key: average fund return 4.13%; "超87%" of funds positive (its only printing,
# a key lower bound); 45 funds above 50% and 12 above 60% (the story's headline counts; the thresholds optional);
# 汇添富香港优势精选A +86.48% (body key, the sub-heading and the closing paragraph optional twins); 前海开源人工智能A -20.57%;
# the top-bottom gap 107个百分点 (pp); 北证50指数 +约39.45%; 万得创新药指数 +24.83%; 港股通创新药指数 +60.87%; 港股通创新药ETF
# average 超57% (only printing, key lower bound); 汇添富国证港股通创新药ETF 58.77%; 银华国证港股通创新药ETF 58.01%; 荣昌生物 and
# 科伦博泰生物-B "年内涨幅超200%" (one key lower-bound row each, period None for "年内"); manager 张韡's 146.01亿元 across 6
# funds (AUM key, the 6 optional). Optional: "前30名" / "前30" / "前20强" list sizes, "八席" of the top ten.
H = "2025H1"
MF = "全市场公募基金|公募基金|public funds|mutual funds"
HT = "汇添富香港优势精选A|汇添富香港优势精选"
FR = "fund_return|return|ytd_return|nav_growth"
IX = "index_change|price_change|return"
G["zh06"] = ([
    m(FR + "|average_return", 4.13, "%", MF, H, basis="全市场 average (Wind), to 6月30日"),
    m("positive_return_share|share", None, "%", MF, H, rng=(87, None), basis="超87%的基金实现正收益"),
    m("funds|count", 45, "funds", MF, H, basis="return above 50%"),
    m(FR, None, "%", "45只基金|" + MF, H, rng=(50, None), opt=True, basis="screen threshold 超50%"),
    m("funds|count", 12, "funds", MF, H, basis="return above 60%"),
    m(FR, None, "%", "12只基金|" + MF, H, rng=(60, None), opt=True, basis="screen threshold 超60%"),
    m(FR, 86.48, "%", HT, H, basis="top fund (登顶)"),
    m(FR, -20.57, "%", "前海开源人工智能A|前海开源人工智能|Qianhai Kaiyuan AI A", H, basis="bottom fund (垫底)"),
    m("return_gap|performance_gap|spread", 107, "pp", "汇添富香港优势精选A|前海开源人工智能A|" + MF, H,
      basis="首尾差距, top minus bottom"),
    m("funds|count|rank", 30, "funds", MF, H, opt=True, basis="sub-heading 前30名"),
    m(FR, 86.48, "%", HT, H, opt=True, basis="sub-heading twin"),
    m("funds|count|rank", 30, "funds", MF, H, opt=True, basis="body 前30"),
    m(IX, 39.45, "%", "北证50指数|北证50|BSE 50|BSE 50 Index", H, basis="上半年累计上涨约39.45%"),
    m("funds|count", 8, "funds", "北交所主题基金|" + MF, H, opt=True, basis="八席 of the top ten"),
    m(IX, 24.83, "%", "万得创新药指数|Wind Innovative Drug Index", H, basis="年内 (to 6月30日)"),
    m(IX, 60.87, "%", "港股通创新药指数|HK Connect Innovative Drug Index", H, basis="年内 (to 6月30日)"),
    m("funds|count|rank", 20, "funds", "港股通创新药ETF|" + MF, H, opt=True, basis="前20强"),
    m(FR + "|average_return", None, "%", "港股通创新药ETF|HK Connect innovative drug ETFs", H, rng=(57, None),
      basis="average return 超57% (only printing)"),
    m(FR, 58.77, "%", "汇添富国证港股通创新药ETF|汇添富港股通创新药ETF", H, basis="half-year return"),
    m(FR, 58.01, "%", "银华国证港股通创新药ETF|银华港股通创新药ETF", H, basis="half-year return"),
    m(FR, 86.48, "%", HT, H, opt=True, basis="closing paragraph twin (摘得桂冠)"),
    m("price_change|ytd_return", None, "%", "荣昌生物|RemeGen", None, rng=(200, None),
      basis="年内涨幅超200% (top holding of 汇添富香港优势精选A)"),
    m("price_change|ytd_return", None, "%", "科伦博泰生物-B|科伦博泰|Kelun-Biotech", None, rng=(200, None),
      basis="年内涨幅超200% (top holding of 汇添富香港优势精选A)"),
    m("aum|assets_under_management|fund_size", 1.4601e10, "CNY", "张韡|Zhang Wei", None,
      basis="6只基金总规模, current"),
    m("funds|count", 6, "funds", "张韡|Zhang Wei", None, opt=True, basis="funds under management"),
], [])
