# Hand labels for news57/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page or other
# batch's file was read; of the earlier sets' gold files only the "unit" values were grepped (to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# zh README.md of news55 and news56 and the labels files of news55/zh (plus news7 zh09 for index targets as metric rows
# with a prior and a market-level rating as an optional rating action, news22 / news41 for breadth counts and "20CM涨停"
# limit-up moves as optional rows, news55 zh08 for "由A…至B" giving B with prior A and an optional A).
# Values fully scaled (亿元 -> x1e8, 万元 -> x1e4, 万辆 -> x1e4 vehicles, 万张 -> x1e4); mainland 元 = CNY; declines
# negative (下降, 减少, 跌); 同比 = yoy, 环比 = mom in basis; 约 / 左右 / 近 X -> X; 逾 / 超 / 超过 / 超高 / 以上 X are open
# bounds (rng=(X, None), or (None, -X) for falls), optional unless the figure is a result in its own right. A figure printed
# twice is one key row plus an optional twin; the old level of a "由A…至B" move is the prior and also an optional row.
# Prices per gram are labelled in the currency alone with the per-gram basis in `basis` (the development corpus's rule for
# per-tonne prices). Round index levels regained, intraday moves, breadth counts, limit-up streaks and "20%涨停" moves are
# optional. Brokers' targets and ratings only in rating actions; index targets are metric rows (news7 zh09) and a broker's
# market or sector call is an optional rating action (not a company rating). Counts of companies are "companies", of
# stocks "stocks", of vehicles "vehicles", GPU cards the lenient "units", streaks "sessions".
# Periods only where the text states or clearly implies the year: zh01 2023Q1 and FY2022 (printed); zh02 None (5月份,
# 1-5月 with no year printed); zh03 2025-09-23 for the day's moves (the printed dateline) and 2025Q1-Q3 for the forecast;
# zh04 None (12-month targets, moves "自9月中旬" / "年内"); zh05 2021Q1 (一季度 beside "与2019年同期相比…两年平均增长":
# two years after 2019); zh06 None (3月11日, 2月6日至2月12日 with no year printed).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a research column ranking A-share food-and-beverage companies' first quarter of 2023 (shijiezz.com paihangbang/
# shipinyinliao/111390; the title kept as the headline, reworded around "2023Q1"; the byline "研究员|李珍蒙" kept; the stored
# text breaks off inside "遭平台压价、金种子酒艰难争取话语权 / 2023年一季报披露,金种子酒营业总收入为4.32亿元," (a sub-head and
# a cut sentence), so the passage ends with the sentence before the sub-head).
# Key: the sector's 124 companies, combined revenue 2929.71亿元 and net profit 700.79亿元; 91 with revenue growth, 77 with
# profit growth, 17 loss-making, 26 with both falling; 营业总收入 of 贵州茅台 393.79亿元, 伊利股份 334.41亿元, 五粮液 311.39亿元;
# 双塔食品's revenue 5.24亿元 (+16.63%), net profit -0.61亿元 (-217.73%), 2022 revenue growth 9.97% and profit change
# -216.23%, operating costs +56.86% (vs the start of the period), export business 35.47% (from 43.23%).
# Optional: "上述124家" (twin), the "超高300%" falls of 品渥食品 and 麦趣尔 (a bound; "超高" kept as printed), "以上4家" (the
# four companies named), the old 43.23% as a row.
# Judgement calls: 双塔食品's "归母净利润0.61亿元,同比下降217.73%" is printed without a minus sign, but the text lists it among
# the biggest loss-makers, heads its section "连年亏损" and says "亏损却没有改善" (and a 217.73% fall from a profit must end in a
# loss), so the value is -6.1e7; "对照2022全年收入增长9.97%、利润减少216.23%" are the full year 2022's changes (FY2022);
# "出口业务由43.23%下降至35.47%" is a share level with its prior (no "占比" printed; metric alternatives cover it), dated 2022.
FB = "A股食品饮料行业|食品饮料行业|食品饮料|food and beverage sector|food & beverage|food and beverage"
ST = "双塔食品|Shuangta Food|Shuangta"
Q1 = "2023Q1"
CO = "companies|count|number_of_companies"
REV = "revenue|total_revenue|operating_revenue"
NP = "net_profit|net_profit_attributable|net_income"
G["zh01"] = ([
    m(CO, 124, "companies", FB, Q1, basis="listed companies in the sector (申万2014)"),
    m(REV, 2.92971e11, "CNY", FB, Q1, basis="combined, 124 companies"),
    m(NP, 7.0079e10, "CNY", FB, Q1, basis="combined, attributable to the parent"),
    m(CO, 91, "companies", FB, Q1, basis="revenue grew (营收录得正增长)"),
    m(REV, 3.9379e10, "CNY", "贵州茅台|茅台|Kweichow Moutai|Moutai", Q1, basis="营业总收入, the sector's highest (达到)"),
    m(REV, 3.3441e10, "CNY", "伊利股份|伊利|Yili", Q1, basis="收入 (分别, first)"),
    m(REV, 3.1139e10, "CNY", "五粮液|Wuliangye", Q1, basis="收入 (分别, second)"),
    m(CO, 77, "companies", FB, Q1, basis="net profit grew"),
    m(CO, 17, "companies", FB, Q1, basis="loss-making (仍陷于亏损)"),
    m(CO, 124, "companies", FB, Q1, opt=True, basis="twin (上述124家)"),
    m(CO, 26, "companies", FB, Q1, basis="revenue and profit both fell"),
    m("net_profit_growth|net_profit_change", None, "%", "品渥食品|Pinwo Food|Pinwo", Q1, rng=(None, -300), opt=True,
      basis="净利润降幅超高300% (bound; 超高 as printed)"),
    m("net_profit_growth|net_profit_change", None, "%", "麦趣尔|Maiquer", Q1, rng=(None, -300), opt=True,
      basis="净利润降幅超高300% (bound)"),
    m(CO, 4, "companies", "双塔食品、金种子酒、品渥食品、麦趣尔|" + FB, Q1, opt=True, basis="以上4家 (the four named)"),
    m(REV, 5.24e8, "CNY", ST, Q1, basis="营业收入"),
    m("revenue_growth|operating_revenue_growth", 16.63, "%", ST, Q1, basis="yoy"),
    m(NP + "|net_loss", -6.1e7, "CNY", ST, Q1,
      basis="归母净利润 printed 0.61亿元 without a sign; a loss (亏损最多, 连年亏损, 同比下降217.73%)"),
    m("net_profit_growth|net_profit_change", -217.73, "%", ST, Q1, basis="yoy (同比下降)"),
    m("revenue_growth|operating_revenue_growth", 9.97, "%", ST, "FY2022", basis="2022全年"),
    m("net_profit_growth|profit_growth|net_profit_change", -216.23, "%", ST, "FY2022", basis="2022全年 (利润减少)"),
    m("operating_cost_growth|cost_growth|operating_cost_change", 56.86, "%", ST, Q1,
      basis="营业成本较期初增加 (vs the start of the period)"),
    m("export_share|export_business_share|export_ratio|export_business", 35.47, "%", ST, "FY2022", prior=43.23,
      basis="出口业务由43.23%下降至35.47% (2022)"),
    m("export_share|export_business_share|export_ratio|export_business", 43.23, "%", ST, None, opt=True,
      basis="the earlier level"),
], [])


# zh02: the passenger-car association's May sales by body type, from an EV news site (evpointer.com News/Details?Id=16899;
# no headline in the stored text and none composed; the list of table titles after the note — 厂商榜单, 轿车榜单, MPV榜单,
# SUV榜单, 高端轿车榜单, 高端SUV榜单, 新能源乘用车榜单, with the two table notes "注:起步市场指导价30万元以上。" — is left out as
# the captions of tables the stored text does not hold).
# Key: 狭义乘用车 158.2万辆 (-12.5% yoy, +4.8% mom), 1-5月 818.7万辆 (-11.9%); 轿车 80.5万辆 (-13.2%, +5.1%), 407.5万辆
# (-10.6%); MPV 10.8万辆 (-22.9%, +6.5%), 58.0万辆 (-21.4%); SUV 66.9万辆 (-9.6%, +4.2%), 353.2万辆 (-11.7%); 新能源狭义
# 乘用车 9.4万辆 (+1.6%, +9.5%), 42.8万辆 (+56.3%).
# Optional: the ranking's counts 五家 日系厂商 and 四家 自主品牌企业 (members of a top-10 / top-15 list).
# Judgement calls: period None throughout (5月份 and 1-5月 print no year; "国五车型库存" hints at 2019 but does not state it);
# 综合销量 is the association's retail sales (the note says so), so the metric alternatives include retail_sales; the ranks
# "第4-第10" and "前15" carry no row; the brands' qualitative moves (大幅增长, 微涨, 微负) carry no figure.
PC = "狭义乘用车|国内狭义乘用车市场|乘用车|passenger cars|passenger vehicles|passenger car market"
SED = "轿车|sedans|cars"
MPV = "MPV|MPVs"
SUV = "SUV|SUVs"
NEV = "新能源狭义乘用车|新能源乘用车|新能源|NEV|new energy passenger cars|new energy vehicles"
S = "vehicle_sales|sales|car_sales|retail_sales|sales_volume"
SG = "vehicle_sales_growth|sales_growth|retail_sales_growth"
G["zh02"] = ([
    m(S, 1.582e6, "vehicles", PC, None, basis="May (5月份), 综合销量 (达)"),
    m(SG, -12.5, "%", PC, None, basis="May, yoy"),
    m(SG, 4.8, "%", PC, None, basis="May, mom"),
    m(S, 8.187e6, "vehicles", PC, None, basis="1-5月 cumulative (达)"),
    m(SG, -11.9, "%", PC, None, basis="1-5月, yoy"),
    m(S, 8.05e5, "vehicles", SED, None, basis="May"),
    m(SG, -13.2, "%", SED, None, basis="May, yoy"),
    m(SG, 5.1, "%", SED, None, basis="May, mom"),
    m(S, 4.075e6, "vehicles", SED, None, basis="1-5月 cumulative"),
    m(SG, -10.6, "%", SED, None, basis="1-5月, yoy"),
    m(S, 1.08e5, "vehicles", MPV, None, basis="May"),
    m(SG, -22.9, "%", MPV, None, basis="May, yoy"),
    m(SG, 6.5, "%", MPV, None, basis="May, mom"),
    m(S, 5.80e5, "vehicles", MPV, None, basis="1-5月 cumulative (58.0万辆)"),
    m(SG, -21.4, "%", MPV, None, basis="1-5月, yoy"),
    m(S, 6.69e5, "vehicles", SUV, None, basis="May"),
    m(SG, -9.6, "%", SUV, None, basis="May, yoy"),
    m(SG, 4.2, "%", SUV, None, basis="May, mom"),
    m(S, 3.532e6, "vehicles", SUV, None, basis="1-5月 cumulative"),
    m(SG, -11.7, "%", SUV, None, basis="1-5月, yoy"),
    m(S, 9.4e4, "vehicles", NEV, None, basis="May"),
    m(SG, 1.6, "%", NEV, None, basis="May, yoy"),
    m(SG, 9.5, "%", NEV, None, basis="May, mom"),
    m(S, 4.28e5, "vehicles", NEV, None, basis="1-5月 cumulative"),
    m(SG, 56.3, "%", NEV, None, basis="1-5月, yoy"),
    m("companies|count|manufacturers", 5, "companies", "日系厂商|Japanese carmakers", None, opt=True,
      basis="五家 日系厂商 in places 4-10 of the May ranking"),
    m("companies|count|manufacturers", 4, "companies", "自主品牌企业|Chinese brands|domestic brands", None, opt=True,
      basis="四家 自主品牌企业 in the top 15"),
], [])


# zh03: 证券时报网's A-share close of 2025-09-23, as a bulleted digest on reportify.cn (news/1167929497987715072; the
# headline kept and reworded without figures; the dateline "证券时报网·2025-09-23 17:45", the section labels and the citation
# markers "[2]" … "[12]" kept; a whole stored item).
# Key: 沪指 3812.83点 (-0.18%), 深证成指 -0.29%, 创业板指 +0.21%; turnover 25188亿元; 南京银行 近5%, 厦门银行 近4%; the banks'
# dividend yield 4.3% and PB 0.61倍 (中信证券); 概伦电子 近17%; 长川科技's forecast profit growth 131.39%—145.38% (2025Q1-Q3);
# China's GPU-card capacity gap 约300万张; 天普股份's close 111.28元/股; 云智汇科技's two-day 近400%.
# Optional: the round level 3800点 regained; "放大超3700亿元" and "超4200只个股收跌" (bounds, breadth); 恒生指数 跌逾1% and 恒生
# 科技指数 一度跌超2% (intraday bounds); 工商银行 / 建设银行 涨逾3%, 中微公司 涨超9%, 云智汇科技 涨超100% (bounds); 长川科技 /
# 矽电股份 "20%涨停" (limit-up on the 20% band, as news41's "20CM涨停"); the streaks 3连板 (德明利) and 15连板 (天普股份).
# Judgement calls: the day's moves take the printed dateline 2025-09-23; the 中信证券 bank statistics ("已回升至" / "回落至")
# take period None (no date of their own); "华为全联接大会2025" is an event name, no row; "两日内暴涨近400%" is a two-day
# change, key with period None; 摩尔线程's IPO hearing carries no figure.
D = "2025-09-23"
SH = "上证指数|沪指|上证综指|Shanghai Composite|SSE Composite"
MKT = "沪深北三市|A股|两市|A-share market|A shares"
PCH = "price_change|share_price_change|stock_change"
BK = "A股上市银行|上市银行|银行板块|A-share listed banks|listed banks|banks"
CC = "长川科技|Changchuan Technology|Hangzhou Changchuan"
TP = "天普股份|Tianpu"
YZH = "云智汇科技|云智汇"
G["zh03"] = ([
    m("index_level|index_close|close", 3812.83, "points", SH, D, basis="close"),
    m("index_change|index_change_pct", -0.18, "%", SH, D, basis="close"),
    m("index_level", 3800, "points", SH, D, opt=True, basis="重新站上3800点 late in the day (round level)"),
    m("index_change|index_change_pct", -0.29, "%", "深证成指|深成指|Shenzhen Component|SZSE Component", D),
    m("index_change|index_change_pct", 0.21, "%", "创业板指|创业板指数|ChiNext|ChiNext Index", D),
    m("turnover|trading_value|turnover_value", 2.5188e12, "CNY", MKT, D, basis="沪深北三市合计"),
    m("turnover_change|turnover_increase", None, "CNY", MKT, D, rng=(3.7e11, None), opt=True,
      basis="比前一日放大超3700亿元 (bound)"),
    m("decliners|stocks_down|declining_stocks", None, "stocks", MKT, D, rng=(4200, None), opt=True,
      basis="超4200只个股收跌 (breadth bound)"),
    m("index_change|index_change_pct", None, "%", "恒生指数|恒指|Hang Seng Index|HSI", D, rng=(None, -1), opt=True,
      basis="intraday (盘中跌逾1%)"),
    m("index_change|index_change_pct", None, "%", "恒生科技指数|恒生科指|Hang Seng TECH Index", D, rng=(None, -2),
      opt=True, basis="intraday (一度跌超2%)"),
    m(PCH, 5, "%", "南京银行|Bank of Nanjing", D, basis="涨近5%, the sector's leader"),
    m(PCH, 4, "%", "厦门银行|Xiamen Bank", D, basis="涨近4%"),
    m(PCH, None, "%", "工商银行|工行|ICBC", D, rng=(3, None), opt=True, basis="涨逾3% (bound)"),
    m(PCH, None, "%", "建设银行|建行|CCB|China Construction Bank", D, rng=(3, None), opt=True, basis="涨逾3% (bound)"),
    m("dividend_yield|static_dividend_yield", 4.3, "%", BK, None,
      basis="静态股息率, arithmetic mean, 已回升至 (中信证券's analysis)"),
    m("pb|price_to_book|pb_ratio", 0.61, "x", BK, None, basis="静态PB, arithmetic mean, 回落至 (中信证券)"),
    m(PCH, 20, "%", CC, D, opt=True, basis="20%涨停 (limit-up on the 20% band)"),
    m(PCH, 20, "%", "矽电股份", D, opt=True, basis="20%涨停 (limit-up on the 20% band)"),
    m(PCH, 17, "%", "概伦电子|Primarius", D, basis="涨近17%"),
    m(PCH, None, "%", "中微公司|AMEC", D, rng=(9, None), opt=True, basis="涨超9% (bound)"),
    m("limit_up_streak|consecutive_limit_ups", 3, "sessions", "德明利", D, opt=True, basis="3连板"),
    m("net_profit_growth_forecast|net_profit_growth|profit_growth_forecast", None, "%", CC, "2025Q1-Q3",
      rng=(131.39, 145.38), basis="业绩预告, 归母净利润, yoy (forecast range)"),
    m("gpu_capacity_gap|capacity_gap|supply_gap", 3e6, "units", "中国|China|GPU卡|GPU cards", None,
      basis="约300万张 GPU cards (an institution's estimate)"),
    m("limit_up_streak|consecutive_limit_ups", 15, "sessions", TP, D, opt=True, basis="15连板"),
    m("price|close|share_price|closing_price", 111.28, "CNY", TP, D, basis="close, per share, record high"),
    m(PCH, None, "%", YZH, D, rng=(100, None), opt=True, basis="Hong Kong-listed, 涨超100% (bound)"),
    m(PCH, 400, "%", YZH, None, basis="两日内暴涨近400% (two-day change)"),
], [])


# zh04: 上证报中国证券网's report on Goldman Sachs raising Chinese equities to overweight (app.bjtitle.com 8816 newshow
# newsid=6587796; the headline kept and reworded; the dateline "中国证券网 2024-10-07 12:59", the lead "上证报中国证券网讯" and
# the byline "(记者 汪友若)" kept; the editor line "编辑/田野" and the page's "最新评论" left out).
# Key: MSCI中国指数 +34% from the mid-September low and +31% this year; its forward P/E 11.3倍 and the 12倍 it may expand
# to; targets MSCI中国指数 84点 (from 66点) and 沪深300指数 4600点 (from 4000点); total-return upside 约15%-18% (a closed
# range); the MXAPJ target 690.
# Optional: the old targets 66点 and 4000点 as rows; "低于标准差0.4" (-0.4 standard deviations, unit "count").
# Rating actions (all optional, as news7 zh09: a strategist's market and sector calls are not company ratings): 高盛
# upgrades 中国股票 to 超配 (overweight); 保险和其他金融 up to 超配; 金属和矿业 up to 平配 (equal-weight, no prior printed);
# 电信服务 down to 低配 (underweight).
# Judgement calls: period None for the 12-month targets and for the moves "自9月中旬的低位起" and "年内" (no end date is
# printed beside them; the dateline is 2024-10-07); the MXAPJ target "上调至690" has no prior and no unit printed, labelled
# in points; the targets are index-level metric rows, not rating-action targets.
GS = "高盛|高盛研究部|Goldman Sachs|Goldman"
MC = "MSCI中国指数|MSCI China|MSCI China Index"
CSI = "沪深300指数|沪深300|CSI 300|CSI300"
IT = "index_target|target_level|index_forecast"
G["zh04"] = ([
    m("index_change|price_change|gain", 34, "%", MC, None, basis="from the mid-September low (自9月中旬的低位起)"),
    m("index_change|ytd_change|ytd_return|gain", 31, "%", MC, None, basis="year to date (年内, 今年以来)"),
    m("forward_pe|pe_ratio|forward_pe_ratio|pe", 11.3, "x", MC, None, basis="预期市盈率 after the rally (达到)"),
    m("valuation_z_score|pe_std_dev|standard_deviation", -0.4, "count", MC, None, opt=True,
      basis="低于标准差0.4 (standard deviations below the average)"),
    m("forward_pe|pe_ratio|valuation|pe", 12, "x", MC, None, basis="may expand to, with policy support (forecast)"),
    m(IT, 84, "points", MC, None, prior=66, basis="12-month target raised (从66点提高到84点)"),
    m(IT, 66, "points", MC, None, opt=True, basis="the old target"),
    m(IT, 4600, "points", CSI, None, prior=4000, basis="12-month target raised (从4000点提高到4600点)"),
    m(IT, 4000, "points", CSI, None, opt=True, basis="the old target"),
    m("upside|potential_upside|total_return|expected_return", None, "%", MC + "|" + CSI, None, rng=(15, 18),
      basis="约15%-18% total-return upside implied by the targets"),
    m(IT, 690, "points", "MSCI除日本外亚太区指数|MXAPJ|MSCI Asia Pacific ex-Japan|MSCI AC Asia Pacific ex Japan", None,
      basis="target raised to (上调至), no prior or unit printed"),
], [
    ra(GS, "中国股票|中国股市|中国市场|China equities|Chinese equities|Chinese stocks", "upgrade", "overweight", opt=True),
    ra(GS, "保险和其他金融|保险|insurance and other financials|insurance", "upgrade", "overweight", opt=True),
    ra(GS, "金属和矿业|metals and mining", "upgrade", "equal-weight", opt=True),
    ra(GS, "电信服务|telecom services|telecommunication services", "downgrade", "underweight", opt=True),
])


# zh05: Xinhua's report on the Ministry of Finance's first-quarter fiscal data (ashea.com.cn kuaibao/2021/0421/257512; no
# headline in the stored text and none composed; the dateline and byline "新华社北京4月21日电(记者魏玉坤、申铖)" and the
# end mark "(完)" kept; the editor credit "(李显杰 )" after it left out; otherwise the whole stored item).
# Key (all 2021Q1): 全国一般公共预算收入 57115亿元 (+24.2% yoy, +6.4% vs 2019, two-year average +3.2%); 中央 26902亿元 (+27.2%),
# 地方本级 30213亿元 (+21.7%); 税收收入 48723亿元 (+24.8%), 非税收入 8392亿元 (+20.7%); 国内增值税 +23.9% (vs 2019 -5.3%,
# adjusted 4%左右); 国内消费税 +18.5% / 企业所得税 +12.7% (vs 2019 -0.9% / -1.7%); 个人所得税 +19% (vs 2019 +23.1%);
# 支出 58703亿元 (+6.2%), 中央本级 6676亿元 (-6.9%), 地方 52027亿元 (+8.1%); 教育 +13.8%, 卫生健康 +8.3%, 社会保障和就业
# +6.1%; 政府性基金预算收入 18605亿元 (+47.9%), 支出 17331亿元 (-12.2%).
# Judgement calls: period 2021Q1 — the text prints no year beside 一季度, but compares it with "2019年同期" and gives a
# "两年平均增长", which fixes the year as 2021; the comparisons with 2019 are growth rows with "vs 2019Q1" in basis;
# "4%左右" -> 4; the PPI is named without a figure.
Q = "2021Q1"
REV = "fiscal_revenue|budget_revenue|general_public_budget_revenue|revenue"
REVG = "fiscal_revenue_growth|budget_revenue_growth|revenue_growth"
EXP = "fiscal_expenditure|budget_expenditure|general_public_budget_expenditure|expenditure|spending"
EXPG = "fiscal_expenditure_growth|expenditure_growth|spending_growth"
TAXG = "tax_revenue_growth|tax_growth|revenue_growth"
NR = "全国一般公共预算收入|一般公共预算收入|全国财政收入|national general public budget revenue|fiscal revenue|China"
CR = "中央一般公共预算收入|中央|central government"
LR = "地方一般公共预算本级收入|地方|local governments"
TX = "全国税收收入|税收收入|tax revenue"
NT = "非税收入|non-tax revenue"
VAT = "国内增值税|增值税|domestic VAT|VAT"
CT = "国内消费税|消费税|consumption tax"
CIT = "企业所得税|corporate income tax"
PIT = "个人所得税|个税|personal income tax"
NE = "全国一般公共预算支出|一般公共预算支出|national general public budget expenditure|fiscal expenditure|China"
CE = "中央一般公共预算本级支出|中央|central government"
LE = "地方一般公共预算支出|地方|local governments"
GFR = "全国政府性基金预算收入|政府性基金预算收入|government fund revenue|government-managed funds revenue"
GFE = "全国政府性基金预算支出|政府性基金预算支出|government fund expenditure|government-managed funds expenditure"
G["zh05"] = ([
    m(REV, 5.7115e12, "CNY", NR, Q),
    m(REVG, 24.2, "%", NR, Q, basis="yoy"),
    m(REVG, 6.4, "%", NR, Q, basis="vs 2019Q1 (与2019年同期比较)"),
    m(REVG + "|average_growth|two_year_average_growth", 3.2, "%", NR, Q, basis="two-year average (两年平均)"),
    m(REV, 2.6902e12, "CNY", CR, Q),
    m(REVG, 27.2, "%", CR, Q, basis="yoy"),
    m(REV, 3.0213e12, "CNY", LR, Q, basis="本级"),
    m(REVG, 21.7, "%", LR, Q, basis="yoy"),
    m("tax_revenue|" + REV, 4.8723e12, "CNY", TX, Q),
    m(TAXG, 24.8, "%", TX, Q, basis="yoy"),
    m("non_tax_revenue|" + REV, 8.392e11, "CNY", NT, Q),
    m("non_tax_revenue_growth|" + REVG, 20.7, "%", NT, Q, basis="yoy"),
    m(TAXG, 23.9, "%", VAT, Q, basis="yoy"),
    m(TAXG, -5.3, "%", VAT, Q, basis="vs 2019Q1"),
    m(TAXG, 4, "%", VAT, Q, basis="vs 2019Q1 excluding the non-comparable rate (4%左右)"),
    m(TAXG, 18.5, "%", CT, Q, basis="yoy (分别, first)"),
    m(TAXG, 12.7, "%", CIT, Q, basis="yoy (分别, second)"),
    m(TAXG, -0.9, "%", CT, Q, basis="vs 2019Q1 (first)"),
    m(TAXG, -1.7, "%", CIT, Q, basis="vs 2019Q1 (second)"),
    m(TAXG, 19, "%", PIT, Q, basis="yoy"),
    m(TAXG, 23.1, "%", PIT, Q, basis="vs 2019Q1"),
    m(EXP, 5.8703e12, "CNY", NE, Q),
    m(EXPG, 6.2, "%", NE, Q, basis="yoy"),
    m(EXP, 6.676e11, "CNY", CE, Q, basis="本级"),
    m(EXPG, -6.9, "%", CE, Q, basis="yoy"),
    m(EXP, 5.2027e12, "CNY", LE, Q),
    m(EXPG, 8.1, "%", LE, Q, basis="yoy"),
    m(EXPG, 13.8, "%", "教育支出|教育|education", Q, basis="依次, first"),
    m(EXPG, 8.3, "%", "卫生健康支出|卫生健康|health", Q, basis="依次, second"),
    m(EXPG, 6.1, "%", "社会保障和就业支出|社会保障和就业|social security and employment", Q, basis="依次, third"),
    m(REV, 1.8605e12, "CNY", GFR, Q),
    m(REVG, 47.9, "%", GFR, Q, basis="yoy"),
    m(EXP, 1.7331e12, "CNY", GFE, Q),
    m(EXPG, -12.2, "%", GFE, Q, basis="yoy"),
], [])


# zh06: a jewellery trade paper's item on Shanghai's gold and platinum jewellery price rises and the Spring Festival sales
# (chinagemnews.com html/zysc/20080317/110411; "本报综合讯" kept; no headline in the stored text and none composed; the
# stored text breaks off at "与此同时,镶嵌", so the passage ends with the sentence before it; the stored text's paragraph
# breaks as single spaces kept).
# Key: PT950铂金 618 (from 596, +22 per gram); the association's 测算价 千足金 269 (from 262) and 铂金 614 (from 596);
# retailers' 千足金 275 (from 268), 足金 274.5 (from 267.5), 18K金 206 (from 201); 金Au(T+N2) close 222.04 (+2.04 per gram);
# Spring Festival sales 约2.65亿元 (+39.47%); 老凤祥 and 老庙黄金's 56% share; 东华美钻 1720万元.
# Optional: the old prices (596 twice, 262, 268, 267.5, 201) as rows; the twin 618 (历史新高) and its "涨幅超过3%" (bound);
# the futures' 3-session fall; the bounds 城隍珠宝 + 亚一金店 超过4000万元, 周大福 / 周生生 均超1000万元 and gold's 50%以上.
# Judgement calls: prices per gram in CNY with "per gram" in basis (the brief's rule); 222.04 is printed without a unit and
# labelled CNY (per gram, as its 2.04元/克 change); period None throughout (no year printed; 3月11日 / 3月12日 / 2月6日至2月12日
# in basis); "第二次调价" and "两大名企" carry no row; the two associations keep the names printed (上海黄金饰品协会 / 上海黄金饰品
# 行业协会).
PT = "PT950铂金|PT950|铂金|platinum|PT950 platinum"
AU = "金Au(T+N2)|Au(T+N2)|上海黄金交易所|Shanghai Gold Exchange"
RP = "retail_price|price|jewellery_price"
REF = "reference_price|benchmark_price|price|retail_price"
SL = "sales|sales_value|retail_sales|revenue"
SHJ = "上海市场金饰品|上海市场|上海|Shanghai gold jewellery market|Shanghai"
G["zh06"] = ([
    m(RP, 618, "CNY", PT, None, prior=596, basis="per gram (元/克), Shanghai brand retailers, 3月11日"),
    m(RP, 596, "CNY", PT, None, opt=True, basis="per gram, before the rise"),
    m("price_change|retail_price_change|price_increase", 22, "CNY", PT, None, basis="per gram (上涨了22元/克)"),
    m(REF, 269, "CNY", "千足金饰品|千足金|pure gold jewellery", None, prior=262,
      basis="per gram, 测算价 of 上海黄金饰品协会, 3月12日"),
    m(REF, 262, "CNY", "千足金饰品|千足金|pure gold jewellery", None, opt=True, basis="per gram, old 测算价"),
    m(REF, 614, "CNY", "铂金饰品|铂金|platinum jewellery|platinum", None, prior=596, basis="per gram, 测算价, 3月12日"),
    m(REF, 596, "CNY", "铂金饰品|铂金|platinum jewellery|platinum", None, opt=True, basis="per gram, old 测算价"),
    m(RP, 275, "CNY", "千足金|pure gold", None, prior=268, basis="per gram, at 老凤祥银楼, 老庙黄金 etc. (上调至)"),
    m(RP, 268, "CNY", "千足金|pure gold", None, opt=True, basis="per gram, before"),
    m(RP, 274.5, "CNY", "足金|gold", None, prior=267.5, basis="per gram (上调至)"),
    m(RP, 267.5, "CNY", "足金|gold", None, opt=True, basis="per gram, before"),
    m(RP, 206, "CNY", "18K金|18K gold|18K", None, prior=201, basis="per gram (上调至)"),
    m(RP, 201, "CNY", "18K金|18K gold|18K", None, opt=True, basis="per gram, before"),
    m(RP, 618, "CNY", PT, None, opt=True, basis="twin: record high (历史新高, 达到了)"),
    m("price_change|retail_price_change", None, "%", PT, None, rng=(3, None), opt=True, basis="涨幅超过3% (bound)"),
    m("losing_streak|decline_streak", 3, "sessions", "期货市场|黄金期货|futures market", None, opt=True,
      basis="连续3个交易日 small broad falls"),
    m("close|price|closing_price", 222.04, "CNY", AU, None, basis="close on 3月11日, per gram (printed without a unit)"),
    m("price_change|change", 2.04, "CNY", AU, None, basis="per gram (上涨2.04元/克)"),
    m(SL, 2.65e8, "CNY", SHJ, None, basis="约达, 2月6日至2月12日 Spring Festival"),
    m("sales_growth|revenue_growth", 39.47, "%", SHJ, None, basis="yoy"),
    m("market_share|share_of_sales|sales_share", 56, "%", "老凤祥和老庙黄金|老凤祥|老庙黄金|Lao Feng Xiang|Laomiao", None,
      basis="combined share of Shanghai's jewellery sales"),
    m(SL, None, "CNY", "城隍珠宝和亚一金店|城隍珠宝|亚一金店", None, rng=(4e7, None), opt=True, basis="两家合计超过4000万元 (bound)"),
    m(SL, 1.72e7, "CNY", "东华美钻", None, basis="Spring Festival sales"),
    m(SL, None, "CNY", "周大福|Chow Tai Fook", None, rng=(1e7, None), opt=True, basis="均超1000万元 (bound)"),
    m(SL, None, "CNY", "周生生|Chow Sang Sang", None, rng=(1e7, None), opt=True, basis="均超1000万元 (bound)"),
    m("market_share|share_of_sales|sales_share", None, "%", "黄金|gold", None, rng=(50, None), opt=True,
      basis="占总体销售额的50%以上 (bound)"),
], [])
