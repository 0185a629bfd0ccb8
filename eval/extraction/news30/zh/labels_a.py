# Hand labels for news30/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of shared/corpora/news-text/zh/README.md and of the earlier sets' zh/README.md (news28 /
# news29 "Conventions decided"), in particular: values fully scaled (万元 / 亿元 / 万亿元 -> CNY; 万平方米 -> square
# metres; 万股 -> shares); mainland 元 = CNY; declines and net selling negative (下降 / 下跌 / 跌 / 净卖出 / 净流出 /
# 回落); 个百分点 = pp; 倍 (PE) = "x"; "持平" = 0 as a level (news28), with a 0 pp change row optional; 近X -> X; 约X -> X;
# bounds (突破 / 站上 / 逾) optional unless a headline figure; a figure printed twice in the same sense is one row (a
# 万元 restatement of a 元 table figure is the same value within 0.5 %); a rounded restatement of a printed figure is
# optional; round index levels optional. No year is taken from outside the text (URLs, page metadata): zh01, zh03 and
# zh05 print their years; zh02's "2021Q2" / "2021年春节后" date "今年" (2021); zh04 ("3月2日") and zh06 ("7 月份") print
# no year -> period None with the day / month in basis. Stock codes are entity aliases only, never values.

# zh01: A-share company's annual (preliminary) results filing: 西部建设 (002302) 2019 年度业绩快报 (aijingu.com copy of
# the announcement; the filing's table layout with its wrapped row labels is kept). Period FY2019 for the year's flows
# and ratios; "本报告期末" balances -> 2019-12-31. Each table row gives the current figure (key) with the 上年同期 /
# 本报告期初 figure as prior (a results table's "X vs Y" of the same quantity, like news28's "from Y to X"), the prior
# also an optional row of its own (FY2018 / opening 2019-01-01, adjusted under the new financial-instrument standard),
# and the 增减变动幅度 as a key growth row. The narrative paragraph restates revenue, operating profit, total profit
# and attributable profit in 万元 with the same growth rates -> the same rows (values equal within 0.5 %; the
# narrative calls the revenue 营业收入, the table 营业总收入). Judgement calls: the ROE row's "4.94%" in the
# 增减变动幅度(%) column is the difference 9.68 - 4.74, i.e. percentage points printed as "%": optional, labelled
# twice (as printed in "%", and as "pp") so that either reading is neither rewarded nor punished; 股本 (unchanged
# share capital, printed twice) and its 0.00% change are optional. Not labelled: 公告编号 2020—007, 注 1.
XB = "西部建设|中建西部建设|中建西部建设股份有限公司|002302|002302.SZ|China West Construction"
Y, Y0 = "FY2019", "FY2018"
BS, BS0 = "2019-12-31", "2019-01-01"
G["zh01"] = ([
    m("revenue|operating_revenue|total_revenue", 2.289638505498e10, "CNY", XB, Y, prior=1.884886240144e10,
      basis="营业总收入 (table, 元); narrative 营业收入 2,289,638.51 万元; vs 上年同期"),
    m("revenue_growth|operating_revenue_growth", 21.47, "%", XB, Y, basis="yoy; table and narrative"),
    m("revenue|operating_revenue|total_revenue", 1.884886240144e10, "CNY", XB, Y0, opt=True, basis="上年同期"),
    m("operating_profit", 8.7995231796e8, "CNY", XB, Y, prior=5.0275975248e8,
      basis="营业利润; narrative 87,995.23 万元"),
    m("operating_profit_growth", 75.02, "%", XB, Y, basis="yoy; table and narrative"),
    m("operating_profit", 5.0275975248e8, "CNY", XB, Y0, opt=True, basis="上年同期"),
    m("total_profit|pretax_profit|profit_before_tax", 8.9708619865e8, "CNY", XB, Y, prior=4.8956922684e8,
      basis="利润总额; narrative 89,708.62 万元"),
    m("total_profit_growth|pretax_profit_growth|profit_before_tax_growth", 83.24, "%", XB, Y,
      basis="yoy; table and narrative"),
    m("total_profit|pretax_profit|profit_before_tax", 4.8956922684e8, "CNY", XB, Y0, opt=True, basis="上年同期"),
    m("net_profit|net_profit_attributable", 6.6540049407e8, "CNY", XB, Y, prior=3.0339486147e8,
      basis="归属于上市公司股东的净利润 (attributable); narrative 66,540.05万元"),
    m("net_profit_growth", 119.32, "%", XB, Y, basis="yoy, attributable; table and narrative"),
    m("net_profit|net_profit_attributable", 3.0339486147e8, "CNY", XB, Y0, opt=True, basis="上年同期"),
    m("eps|basic_eps", 0.53, "CNY", XB, Y, prior=0.24, basis="基本每股收益"),
    m("eps_growth|basic_eps_growth", 120.83, "%", XB, Y, basis="yoy"),
    m("eps|basic_eps", 0.24, "CNY", XB, Y0, opt=True, basis="上年同期"),
    m("roe|weighted_roe", 9.68, "%", XB, Y, prior=4.74, basis="加权平均净资产收益率"),
    m("roe|weighted_roe", 4.74, "%", XB, Y0, opt=True, basis="上年同期"),
    m("roe_change", 4.94, "%", XB, Y, opt=True, basis="增减变动幅度 printed 4.94% (= 9.68 - 4.74, a pp difference)"),
    m("roe_change", 4.94, "pp", XB, Y, opt=True, basis="the same 4.94 read as percentage points"),
    m("total_assets", 2.246369176858e10, "CNY", XB, BS, prior=1.988169935177e10, basis="本报告期末 vs 本报告期初"),
    m("total_assets_growth", 12.99, "%", XB, BS, basis="vs 本报告期初"),
    m("total_assets", 1.988169935177e10, "CNY", XB, BS0, opt=True, basis="本报告期初 (adjusted)"),
    m("shareholders_equity|equity|net_assets", 7.96724803416e9, "CNY", XB, BS, prior=6.58058800274e9,
      basis="归属于上市公司股东的所有者权益"),
    m("shareholders_equity_growth|equity_growth|net_assets_growth", 21.07, "%", XB, BS, basis="vs 本报告期初"),
    m("shareholders_equity|equity|net_assets", 6.58058800274e9, "CNY", XB, BS0, opt=True, basis="本报告期初"),
    m("share_capital", 1.262354304e9, "CNY", XB, BS, opt=True, basis="股本, unchanged (printed twice)"),
    m("share_capital_change|share_capital_growth", 0.0, "%", XB, BS, opt=True, basis="0.00%"),
    m("bvps|book_value_per_share|net_assets_per_share", 6.31, "CNY", XB, BS, prior=5.21,
      basis="归属于上市公司股东的每股净资产"),
    m("bvps_growth|book_value_per_share_growth", 21.11, "%", XB, BS, basis="vs 本报告期初"),
    m("bvps|book_value_per_share|net_assets_per_share", 5.21, "CNY", XB, BS0, opt=True, basis="本报告期初"),
], [])

# zh02: 北京青年报 story (app.bjtitle.com) on 中信证券's notes on 贵州茅台, with the broker's other targets appended.
# Years: "2021Q2", "2021年春节后" and "今年2月10日" make "今年" 2021; the half-year growth rates take 2021Q2 as printed;
# "对应2022年64倍PE" / "对应2021年PE为72倍" -> FY2022 / FY2021 target multiples (key). The 1-year target 3000元 is
# printed five times (the 8月1日 maintained target, the 2月10日 raise to it, the story's recaps and the table) -> one
# target_price row. Rating actions: 8月1日 "维持1年期目标价3000元…维持“买入”评级" -> maintain buy 3000 CNY (key); the
# 2月10日 "上调公司1年目标价至3000元…维持“买入”评级" -> raise_target buy 3000 CNY, no prior printed: optional (an earlier
# action recounted, identical in broker / company / rating / target to the key one, so it would only double-count).
# Prices: "由年初的2608元跌至上周五的收盘价1678元,跌幅已达35%" -> price 1678 with prior 2608 (key), -35 % (key), 2608 an
# optional row; the table's 现价1678.99元 restates the 1678 close -> optional; "还要再涨近100%" -> required upside 100 %
# (近X -> X, key). The appended table gives each stock's 目标价 and 现价 (key metric rows) and, for the stocks other than
# 茅台, a rating action with the target and no rating (none printed), action "maintain" (broker table, corpus
# convention; the action is not scored); 税友股份's 67元 target (07月13日 note, repeated in the table) and its 上周五
# close 36.76元 (repeated as 现价) are one row each; 中远海控's 40元 is "送股前" (basis). Optional: "市值站上3万亿" (a bound;
# the report title's 三万亿 is the same figure). Not labelled: 8月1日 / 2月10日 / 07月13日 (dates), 两周 (a duration),
# the analysts' names.
MT = "贵州茅台|茅台|Kweichow Moutai|600519"
CS = "中信证券|CITIC Securities"
SY = "税友股份|Servyou"
COS = "中远海控|COSCO Shipping Holdings|COSCO SHIPPING"
ZJ = "紫金矿业|Zijin Mining"
MY = "牧原股份|Muyuan Foods|Muyuan"
PX = "share_price|price|close"
G["zh02"] = ([
    m("revenue_growth|operating_revenue_growth", 11.6, "%", MT, "2021Q2", basis="yoy (同增), per 中信证券's review"),
    m("net_profit_growth", 12.5, "%", MT, "2021Q2", basis="yoy, attributable (归母)"),
    m("target_price", 3000, "CNY", MT, None,
      basis="1-year target, 中信证券: maintained 8月1日, raised to 3000 on 2月10日; printed five times"),
    m("target_pe|pe_ratio|valuation_multiple", 64, "x", MT, "FY2022", basis="multiple behind the 3000元 target (8月1日)"),
    m("target_pe|pe_ratio|valuation_multiple", 72, "x", MT, "FY2021", basis="multiple behind the 3000元 target (2月10日)"),
    m("market_cap|market_value", None, "CNY", MT, None, rng=(3e12, None), opt=True,
      basis="市值站上3万亿 (report title 三万亿从头越)"),
    m(PX, 1678, "CNY", MT, None, prior=2608, basis="上周五收盘价, down from 年初的2608元"),
    m(PX, 2608, "CNY", MT, None, opt=True, basis="年初 (start of 2021)"),
    m("price_change|share_price_change", -35, "%", MT, None, basis="跌幅35%, 年初 to 上周五 close"),
    m("upside|target_upside|required_gain", 100, "%", MT, None, basis="上涨近100% needed to reach the 3000元 target"),
    m(PX, 1678.99, "CNY", MT, None, opt=True, basis="现价 in the appended table (restates the 1678 close)"),
    m("target_price", 67, "CNY", SY, None, basis="中信证券 note of 07月13日; table repeats"),
    m(PX, 36.76, "CNY", SY, None, basis="上周五收盘价 after two weeks of falls; table 现价 repeats"),
    m("target_price", 40, "CNY", COS, None, basis="送股前 (before the bonus-share issue), 中信证券"),
    m(PX, 17.66, "CNY", COS, None, basis="现价"),
    m("target_price", 21, "CNY", ZJ, None, basis="中信证券"),
    m(PX, 10.25, "CNY", ZJ, None, basis="现价"),
    m("target_price", 145, "CNY", MY, None, basis="中信证券"),
    m(PX, 42.27, "CNY", MY, None, basis="现价"),
], [
    ra(CS, MT, "maintain", "buy", None, 3000, None, "CNY"),
    ra(CS, MT, "raise_target", "buy", None, 3000, None, "CNY", opt=True),
    ra(CS, SY, "maintain", None, None, 67, None, "CNY"),
    ra(CS, COS, "maintain", None, None, 40, None, "CNY"),
    ra(CS, ZJ, "maintain", None, None, 21, None, "CNY"),
    ra(CS, MY, "maintain", None, None, 145, None, "CNY"),
])

# zh03: 国家统计局 CPI / PPI statement for 2019H1 and June 2019 (中国政府网 page with its headline and time line
# "2019-07-15 11:10"; the press-conference lead and the speaker tag kept; page chrome left out). Periods: 上半年 ->
# 2019H1, 6月份 -> 2019-06. Key: CPI 2.2 % and its +0.4 pp widening vs Q1; the eight CPI categories (交通和通信 下降
# -> -1.0); grain, pork and fresh-vegetable prices (the food items the release names); core CPI 1.8 % and -0.1 pp
# (回落); June CPI 2.7 % yoy and -0.1 % mom; PPI 0.3 % and +0.1 pp; June PPI "同比持平" -> 0 % (a level, key) and -0.3 %
# mom; purchase prices (工业生产者购进价格) 0.1 % for H1, June -0.3 % yoy and -0.1 % mom. Optional: urban and rural CPI
# ("城市、农村两者均上涨2.2%": a breakdown, corpus "secondary detail"), and the zero changes "涨幅和上月持平" (June CPI)
# and "涨幅同一季度持平" (purchase prices) as 0 pp rows. No prior is derived from "持平" (the earlier rate is not printed
# as a figure). Not labelled: 2019-07-15 11:10, 7月15日 上午10时 (dates / times).
CN = "全国|中国|China"
CPI = "居民消费价格|CPI|consumer prices|" + CN
PPI = "工业生产者出厂价格|PPI|producer prices|" + CN
PUR = "工业生产者购进价格|purchase prices|PPIRM|" + CN
H1, JUN = "2019H1", "2019-06"
CP = "cpi|cpi_yoy|inflation|price_change"
G["zh03"] = ([
    m("cpi|cpi_yoy|inflation", 2.2, "%", CPI, H1, basis="yoy"),
    m("cpi_change|inflation_change", 0.4, "pp", CPI, H1, basis="涨幅较一季度扩大 (vs 2019Q1)"),
    m(CP, 2.2, "%", "城市|urban|" + CN, H1, opt=True, basis="yoy, urban CPI"),
    m(CP, 2.2, "%", "农村|rural|" + CN, H1, opt=True, basis="yoy, rural CPI"),
    m(CP, 3.9, "%", "食品烟酒|food, tobacco and liquor", H1, basis="yoy, CPI category"),
    m(CP, 1.8, "%", "衣着|clothing", H1, basis="yoy, CPI category"),
    m(CP, 2.0, "%", "居住|housing|residence", H1, basis="yoy, CPI category"),
    m(CP, 1.1, "%", "生活用品及服务|household articles and services", H1, basis="yoy, CPI category"),
    m(CP, -1.0, "%", "交通和通信|transport and communication", H1, basis="yoy, CPI category, 下降"),
    m(CP, 2.5, "%", "教育文化和娱乐|education, culture and recreation", H1, basis="yoy, CPI category"),
    m(CP, 2.6, "%", "医疗保健|health care|medical care", H1, basis="yoy, CPI category"),
    m(CP, 2.2, "%", "其他用品和服务|other goods and services", H1, basis="yoy, CPI category"),
    m(CP, 9.2, "%", "鲜菜|fresh vegetables", H1, basis="yoy, within food, tobacco and liquor"),
    m(CP, 7.7, "%", "猪肉|pork", H1, basis="yoy, within food, tobacco and liquor"),
    m(CP, 0.5, "%", "粮食|grain", H1, basis="yoy, within food, tobacco and liquor"),
    m("core_cpi|cpi", 1.8, "%", "核心CPI|core CPI|" + CN, H1, basis="yoy, excluding food and energy"),
    m("core_cpi_change|cpi_change", -0.1, "pp", "核心CPI|core CPI|" + CN, H1, basis="涨幅较一季度回落"),
    m("cpi|cpi_yoy|inflation", 2.7, "%", CPI, JUN, basis="yoy"),
    m("cpi_change|inflation_change", 0, "pp", CPI, JUN, opt=True, basis="涨幅和上月持平 (vs May)"),
    m("cpi_mom|cpi", -0.1, "%", CPI, JUN, basis="mom (环比), 下降"),
    m("ppi|ppi_yoy", 0.3, "%", PPI, H1, basis="yoy"),
    m("ppi_change", 0.1, "pp", PPI, H1, basis="涨幅较一季度扩大"),
    m("ppi|ppi_yoy", 0, "%", PPI, JUN, basis="yoy, 与上年同月持平"),
    m("ppi_mom|ppi", -0.3, "%", PPI, JUN, basis="mom, 下降"),
    m("purchase_price_index|ppirm|ppi", 0.1, "%", PUR, H1, basis="yoy"),
    m("purchase_price_index_change|ppirm_change|ppi_change", 0, "pp", PUR, H1, opt=True, basis="涨幅同一季度持平"),
    m("purchase_price_index|ppirm|ppi", -0.3, "%", PUR, JUN, basis="yoy, 下降"),
    m("purchase_price_index_mom|ppirm_mom|ppi_mom", -0.1, "%", PUR, JUN, basis="mom, 下降"),
], [])

# zh04: 21世纪经济报道 A-share close with northbound flows (ashea.com.cn copy; the trailing "文章来源" line left out; the
# page has no headline, none composed). "3月2日", no year -> period None, day in basis. Key: the three indices' %
# falls (no levels printed); northbound net selling 67.90亿元 and its 沪股通 / 深股通 parts (净卖出 -> negative); the six
# named stocks' northbound flows (分别 pairs in order; 净卖出 negative, 净买入 positive; entity = the stock, with the
# northbound channel as an alias, news28 zh05). Optional: "险守3500点" (a round level held, not a close). Not labelled:
# "逾4个月" (a duration: the largest net selling in over four months), stock codes.
D = "3月2日"
NB = "北向资金|北上资金|northbound|Stock Connect northbound"
NBUY = "net_buy|net_inflow|fund_flow|northbound_net_buy"
G["zh04"] = ([
    m("index_change|index_change_pct", -1.21, "%", "沪指|上证指数|上证综指|Shanghai Composite", None, basis=D + ", close"),
    m("index_level", 3500, "points", "沪指|上证指数|上证综指|Shanghai Composite", None, opt=True,
      basis="险守3500点 (round level held)"),
    m("index_change|index_change_pct", -0.71, "%", "深证成指|深成指|Shenzhen Component", None, basis=D + ", close"),
    m("index_change|index_change_pct", -0.93, "%", "创业板指|创业板指数|ChiNext", None, basis=D + ", close"),
    m(NBUY, -6.79e9, "CNY", NB, None, basis=D + ", 合计净卖出67.90亿元, largest in over 4 months"),
    m(NBUY, -3.313e9, "CNY", "沪股通|Shanghai Connect|" + NB, None, basis=D + ", 净卖出"),
    m(NBUY, -3.477e9, "CNY", "深股通|Shenzhen Connect|" + NB, None, basis=D + ", 净卖出"),
    m(NBUY, -4.83e8, "CNY", "中国中免|China Tourism Group Duty Free|601888.SH|601888", None, basis=D + ", northbound 净卖出"),
    m(NBUY, -4e8, "CNY", "立讯精密|Luxshare Precision|002475.SZ|002475", None, basis=D + ", northbound 净卖出"),
    m(NBUY, -3.75e8, "CNY", "比亚迪|BYD|002594.SZ|002594", None, basis=D + ", northbound 净卖出"),
    m(NBUY, 5.57e8, "CNY", "美的集团|Midea Group|000333.SZ|000333", None, basis=D + ", northbound 净买入 (逆势)"),
    m(NBUY, 4.78e8, "CNY", "泸州老窖|Luzhou Laojiao|000568.SZ|000568", None, basis=D + ", northbound 净买入"),
    m(NBUY, 3.74e8, "CNY", "药明康德|WuXi AppTec|603259.SH|603259", None, basis=D + ", northbound 净买入"),
], [])

# zh05: property developers' sales report: 碧桂园 January-June 2018 (pangtui.com item citing company announcements and
# 中商产业研究院; the two chart captions and their 数据来源 lines are left out; no headline in the stored text). 亿元 ->
# CNY (mainland developers, RMB figures); 万平方米 -> square metres. Periods: 上半年 / 1-6月 -> 2018H1, 1-5月 ->
# 2018-01..05, 6月 -> 2018-06 (the June figures are the reporter's own difference, "据此推算": key, as printed). Key:
# contracted sales and GFA (约X -> X), the attributable sales and GFA, the January-May and June figures, 恒大's and 万科's
# January-June sales (分别 pairs in order). Optional: "均突破3000亿元" (a bound restating the two exact figures, one row
# per company) and "领先…1000亿元" (a rounded gap derived from the printed figures). Not labelled: 三大 / 三四五线 (counts,
# city tiers), 未来几个月.
BGY = "碧桂园|Country Garden"
EG = "恒大|中国恒大|Evergrande|China Evergrande"
VK = "万科|Vanke|China Vanke"
H18 = "2018H1"
SAL, GFA = "contracted_sales|sales|sales_value", "contracted_gfa|contracted_sales_area|sales_area|gfa_sold"
G["zh05"] = ([
    m(SAL, 4.1249e11, "CNY", BGY, H18, basis="合同销售金额, 约"),
    m(GFA, 4.389e7, "square metres", BGY, H18, basis="合同销售建筑面积 4389万平方米, 约"),
    m("attributable_contracted_sales|" + SAL, 3.1082e11, "CNY", BGY, H18, basis="归属本公司股东权益, 约"),
    m("attributable_contracted_gfa|" + GFA, 3.389e7, "square metres", BGY, H18, basis="归属本公司股东权益, 约"),
    m(SAL, 3.3468e11, "CNY", BGY, "2018-01..05", basis="1-5月, 约"),
    m(GFA, 3.529e7, "square metres", BGY, "2018-01..05", basis="1-5月, 约"),
    m(SAL, 7.781e10, "CNY", BGY, "2018-06", basis="6月, derived by the reporter (据此推算)"),
    m(GFA, 8.6e6, "square metres", BGY, "2018-06", basis="6月 销售面积 860万平方米"),
    m(SAL, 3.0418e11, "CNY", EG, H18, basis="1-6月累计销售额"),
    m(SAL, 3.0466e11, "CNY", VK, H18, basis="1-6月累计销售额"),
    m(SAL, None, "CNY", EG, H18, rng=(3e11, None), opt=True, basis="突破3000亿元"),
    m(SAL, None, "CNY", VK, H18, rng=(3e11, None), opt=True, basis="突破3000亿元"),
    m("sales_gap|sales_lead", 1e11, "CNY", BGY, H18, opt=True, basis="碧桂园领先恒大、万科1000亿元 (rounded gap)"),
], [])

# zh06: 经济日报 report on the 中国人民银行 monthly financial-market data for July (bond issuance, custody balances,
# cash-bond turnover, the interbank bond index; ce.cn page; the byline "(经济日报记者 姚进)" kept, the 责任编辑 line left
# out). "7 月份" / "7 月末" with no year -> period None, month in basis. Key: total issuance and the six instrument
# types; total custody and the six types (分别 pairs in order); interbank cash-bond turnover, daily average and its yoy /
# mom growth (the growth rates follow 日均成交, basis says so); exchange-market turnover, daily average and growth; the
# interbank bond index level (points) and its -0.8 point change (下降). Odd spacing ("4.7 万亿元", "0.8点") kept in
# the text. Not labelled: nothing else carries a figure.
BM = "债券市场|bond market|China bond market"
GB = "国债|government bonds|treasury bonds"
LG = "地方政府债券|local government bonds"
FB = "金融债券|financial bonds"
CB = "公司信用类债券|corporate credit bonds|corporate bonds"
AB = "资产支持证券|asset-backed securities|ABS"
CD = "同业存单|interbank certificates of deposit|NCDs"
IB = "银行间债券市场|interbank bond market"
EX = "交易所债券市场|exchange bond market"
ISS, CUS = "bond_issuance|issuance", "custody_balance|bonds_outstanding|outstanding_balance"
JUL, JULE = "7月份", "7月末"
G["zh06"] = ([
    m(ISS, 4.7e12, "CNY", BM, None, basis=JUL + ", all bonds (各类债券)"),
    m(ISS, 9.0059e11, "CNY", GB, None, basis=JUL),
    m(ISS, 2.7224e11, "CNY", LG, None, basis=JUL),
    m(ISS, 8.5924e11, "CNY", FB, None, basis=JUL),
    m(ISS, 8.4657e11, "CNY", CB, None, basis=JUL),
    m(ISS, 7.253e10, "CNY", AB, None, basis=JUL),
    m(ISS, 1.7e12, "CNY", CD, None, basis=JUL),
    m(CUS, 1.094e14, "CNY", BM, None, basis=JULE + ", 托管余额"),
    m(CUS, 1.77e13, "CNY", GB, None, basis=JULE),
    m(CUS, 2.39e13, "CNY", LG, None, basis=JULE),
    m(CUS, 2.58e13, "CNY", FB, None, basis=JULE),
    m(CUS, 2.51e13, "CNY", CB, None, basis=JULE),
    m(CUS, 3.9e12, "CNY", AB, None, basis=JULE),
    m(CUS, 1.07e13, "CNY", CD, None, basis=JULE),
    m("turnover|trading_value", 2.64e13, "CNY", IB, None, basis=JUL + ", 现券成交"),
    m("daily_turnover|average_daily_turnover|turnover", 1.15e12, "CNY", IB, None, basis=JUL + ", 日均成交"),
    m("daily_turnover_growth|turnover_growth", 38.4, "%", IB, None, basis="yoy, daily average turnover"),
    m("daily_turnover_growth|turnover_growth", 2.5, "%", IB, None, basis="mom (环比), daily average turnover"),
    m("turnover|trading_value", 2e12, "CNY", EX, None, basis=JUL + ", 现券成交"),
    m("daily_turnover|average_daily_turnover|turnover", 8.86e10, "CNY", EX, None, basis=JUL + ", 日均成交"),
    m("daily_turnover_growth|turnover_growth", 167, "%", EX, None, basis="yoy, daily average turnover"),
    m("daily_turnover_growth|turnover_growth", 28.8, "%", EX, None, basis="mom (环比), daily average turnover"),
    m("index_level", 201.7, "points", "银行间债券总指数|interbank bond index|ChinaBond composite", None, basis=JULE),
    m("index_change", -0.8, "points", "银行间债券总指数|interbank bond index|ChinaBond composite", None,
      basis="vs 上月末, 下降"),
], [])
