# Hand labels for news10/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Shangfeng Cement buyback plan (iewzx repost), Simplified; caps "不超过X" are upper-bound ranges rng=(None, X)
# as in the development corpus; the amount band "不低于…不超过…" is a range; the table repeats the caps (one row each);
# "拟回购股份数量上限占总股本比例 1.47%" is a plain value (printed without a bound word)
SF = "上峰水泥|000672|Shangfeng Cement"
G["zh01"] = ([
    m("buyback_price_cap|buyback_price", None, "CNY", SF, None, rng=(None, 25.00), basis="per share, upper limit"),
    m("buyback_cap|buyback_amount", None, "CNY", SF, None, rng=(None, 3e8), basis="upper limit"),
    m("buyback_shares", None, "shares", SF, None, rng=(None, 1.2e7), basis="upper limit, estimated"),
    m("buyback_share_pct", 1.47, "%", SF, None, basis="upper limit, of total share capital"),
    m("buyback_amount|buyback", None, "CNY", SF, None, rng=(2e8, 3e8), basis="own funds"),
], [])

# zh02: SDIC Securities note on Guobo Electronics Q3 2025 (reportify digest), Simplified, A-share (元 = CNY);
# "维持买入-A" with a target and no earlier target -> maintain, rating buy; 25/26/27年 figures are forecasts;
# "超100万只" shipments an optional bound; "上年同期 1.47亿元" operating cash flow -> 2024Q1-Q3
GB = "国博电子|688375|Guobo Electronics"
SDIC = "国投证券|SDIC Securities"
Q13 = "2025Q1-Q3"; Q3 = "2025Q3"
G["zh02"] = ([
    m("target_price", 82.42, "CNY", GB, basis="12-month"),
    m("price|share_price", 72.50, "CNY", GB, "2025-10-30"),
    m("net_profit_forecast|net_profit", 5.13e8, "CNY", GB, "FY2025", basis="forecast"),
    m("net_profit_forecast|net_profit", 7.02e8, "CNY", GB, "FY2026", basis="forecast"),
    m("net_profit_forecast|net_profit", 8.98e8, "CNY", GB, "FY2027", basis="forecast"),
    m("net_profit_growth_forecast|net_profit_growth", 5.87, "%", GB, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 36.77, "%", GB, "FY2026", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 27.96, "%", GB, "FY2027", basis="forecast, yoy"),
    m("revenue", 1.569e9, "CNY", GB, Q13), m("revenue_growth", -13.51, "%", GB, Q13, basis="yoy"),
    m("net_profit", 2.47e8, "CNY", GB, Q13, basis="attributable"), m("net_profit_growth", -19.35, "%", GB, Q13, basis="yoy, attributable"),
    m("revenue", 5.0e8, "CNY", GB, Q3), m("revenue_growth", -2.5, "%", GB, Q3, basis="yoy"),
    m("net_profit", 4.6e7, "CNY", GB, Q3, basis="attributable"), m("net_profit_growth", -26.0, "%", GB, Q3, basis="yoy, attributable"),
    m("gross_margin", 36.0, "%", GB, Q3), m("gross_margin_change", -3.6, "pp", GB, Q3, basis="yoy"),
    m("net_margin", 9.2, "%", GB, Q3), m("net_margin_change", -2.9, "pp", GB, Q3, basis="yoy"),
    m("credit_impairment_loss|impairment_loss", 5.194e7, "CNY", GB, Q13),
    m("credit_impairment_loss_change|impairment_loss_change", 6.5e7, "CNY", GB, Q13, basis="yoy"),
    m("shipments|deliveries", None, "units", "硅基氮化镓功率放大器芯片|GaN-on-Si PA chips", None, rng=(1e6, None), opt=True, basis="cumulative"),
    m("receivables", 3.56e9, "CNY", GB, "2025-09-30"),
    m("receivables_growth", 8.9, "%", GB, "2025-09-30", basis="vs end of Q2"),
    m("inventory_growth", 39.0, "%", GB, "2025-09-30", basis="vs end of Q2"),
    m("operating_cash_flow", -3.5e7, "CNY", GB, Q13),
    m("operating_cash_flow", 1.47e8, "CNY", GB, "2024Q1-Q3"),
    m("eps_forecast|eps", 0.86, "CNY", GB, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 1.18, "CNY", GB, "FY2026", basis="forecast"),
    m("eps_forecast|eps", 1.51, "CNY", GB, "FY2027", basis="forecast"),
    m("pe_ratio", 84.2, "x", GB, "FY2025", basis="forecast"),
    m("pe_ratio", 61.6, "x", GB, "FY2026", basis="forecast"),
    m("pe_ratio", 48.1, "x", GB, "FY2027", basis="forecast"),
], [
    ra(SDIC, GB, "maintain", "buy", None, 82.42, None, "CNY"),
])

# zh03: Everbright Securities note on Rainbow Agro (润丰股份) Q3 2025 (reportify digest), Simplified, A-share;
# "维持增持" with no target -> maintain overweight, target None; forecast revisions "X(前值Y)" -> value X, prior Y;
# share-of-revenue changes in 个百分点 -> pp
RF = "润丰股份|301035|301035.SZ|Rainbow Agro"
EB = "光大证券|Everbright Securities"
Q13 = "2025Q1-Q3"; Q3 = "2025Q3"
G["zh03"] = ([
    m("net_profit", 8.90e8, "CNY", RF, Q13, basis="attributable"),
    m("net_profit_growth", 160.49, "%", RF, Q13, basis="yoy, attributable"),
    m("net_profit", 8.83e8, "CNY", RF, Q13, basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", 159.21, "%", RF, Q13, basis="yoy, attributable, excluding non-recurring items"),
    m("revenue", 1.0911e10, "CNY", RF, Q13), m("revenue_growth", 11.51, "%", RF, Q13, basis="yoy"),
    m("revenue", 4.381e9, "CNY", RF, Q3), m("revenue_growth", 6.76, "%", RF, Q3, basis="yoy"),
    m("revenue_growth", 13.95, "%", RF, Q3, basis="qoq"),
    m("gross_margin", 23.1, "%", RF, Q3),
    m("gross_margin_change", 2.5, "pp", RF, Q3, basis="yoy"), m("gross_margin_change", 0.2, "pp", RF, Q3, basis="qoq"),
    m("finance_expense_ratio_change|expense_ratio_change", 4.0, "pp", RF, Q3, basis="qoq"),
    m("revenue_share", 43.3, "%", "Mode C|Mode C(To C)", Q3),
    m("revenue_share_change", 5.2, "pp", "Mode C|Mode C(To C)", Q3, basis="yoy"),
    m("revenue_share_change", 1.9, "pp", "Mode C|Mode C(To C)", Q3, basis="qoq"),
    m("gross_margin", 31.8, "%", "Mode C|Mode C(To C)", Q3),
    m("gross_margin_change", 2.2, "pp", "Mode C|Mode C(To C)", Q3, basis="yoy"),
    m("gross_margin_change", 0.3, "pp", "Mode C|Mode C(To C)", Q3, basis="qoq"),
    m("revenue_share", 28.64, "%", "杀虫杀菌剂|insecticides and fungicides", Q13),
    m("revenue_share_change", 3.18, "pp", "杀虫杀菌剂|insecticides and fungicides", Q13, basis="yoy"),
    m("revenue_share", 11.35, "%", "欧盟、北美|EU and North America", Q13),
    m("revenue_share_change", 2.82, "pp", "欧盟、北美|EU and North America", Q13, basis="yoy"),
    m("net_profit_forecast|net_profit", 1.141e9, "CNY", RF, "FY2025", prior=9.79e8, basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.338e9, "CNY", RF, "FY2026", prior=1.228e9, basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.626e9, "CNY", RF, "FY2027", prior=1.520e9, basis="forecast, attributable"),
    m("eps_forecast|eps", 4.06, "CNY", RF, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 4.76, "CNY", RF, "FY2026", basis="forecast"),
    m("eps_forecast|eps", 5.79, "CNY", RF, "FY2027", basis="forecast"),
], [
    ra(EB, RF, "maintain", "overweight", None, None, None, None),
])

# zh04: Guotai Junan note on NARI Technology H1 2018 (Sohu analyst page), Simplified, A-share; "维持目标价20.03元，维持增持"
# -> maintain overweight with target; EPS forecasts maintained (no prior); the adjusted growth "25%" printed twice
# (once "约25%") has one row; adjustment items (0.4亿元, 1.89亿元, 2.63亿元) and the 2009-11 CAGR optional;
# equipment life "8-10年" not labelled
NR = "国电南瑞|NARI Technology|NARI"
GTJA = "国泰君安|Guotai Junan"
H1 = "2018H1"
G["zh04"] = ([
    m("revenue", 1.05e10, "CNY", NR, H1), m("revenue_growth", 20, "%", NR, H1, basis="yoy"),
    m("net_profit", 1.35e9, "CNY", NR, H1, basis="attributable"), m("net_profit_growth", 50.7, "%", NR, H1, basis="yoy, attributable"),
    m("eps_forecast|eps", 0.84, "CNY", NR, "FY2018", basis="forecast"),
    m("eps_forecast|eps", 0.99, "CNY", NR, "FY2019", basis="forecast"),
    m("eps_forecast|eps", 1.13, "CNY", NR, "FY2020", basis="forecast"),
    m("target_price", 20.03, "CNY", NR),
    m("net_profit_growth", 25, "%", NR, H1, basis="yoy, attributable, adjusted (excluding consolidation and accounting changes)"),
    m("consolidation_effect|minority_interest_effect", 4e7, "CNY", NR, H1, opt=True),
    m("accounting_change_effect", 1.89e8, "CNY", NR, H1, opt=True),
    m("accounting_change_effect|total_profit_effect", 2.63e8, "CNY", NR, H1, opt=True, basis="on total profit"),
    m("net_profit", 1.122e9, "CNY", NR, H1, basis="attributable, adjusted"),
    m("revenue", 6.65e9, "CNY", "电网自动化及工控|grid automation and industrial control", H1),
    m("revenue_growth", 36, "%", "电网自动化及工控|grid automation and industrial control", H1, basis="yoy"),
    m("revenue", 1.43e9, "CNY", "信息通信|information and communications", H1),
    m("revenue_growth", 49.6, "%", "信息通信|information and communications", H1, basis="yoy"),
    m("revenue", 1.385e9, "CNY", "继电保护及柔性输电|relay protection and flexible transmission", H1),
    m("revenue_growth", -22, "%", "继电保护及柔性输电|relay protection and flexible transmission", H1, basis="yoy"),
    m("earnings_cagr|cagr", 90, "%", NR, "FY2009-FY2011", opt=True),
], [
    ra(GTJA, NR, "maintain", "overweight", None, 20.03, None, "CNY"),
])

# zh05: broker comment on Anhui Expressway FY2010 results and dividend (Sohu research page), Simplified, A-share;
# "去年" = 2010 (the text says 2010年年报); the broker's earlier EPS estimate and the counts of road projects optional;
# 约85.5% combined share key (约 -> value); 2011 traffic growth and the price-rise effects are forecasts
WT = "皖通高速|Anhui Expressway"
HN = "合宁高速|Hening Expressway"; GJ = "高界高速|Gaojie Expressway"; XG = "宣广高速|Xuanguang Expressway"
FY = "FY2010"
G["zh05"] = ([
    m("revenue", 2.1e9, "CNY", WT, FY), m("revenue_growth", 19.08, "%", WT, FY, basis="yoy"),
    m("net_profit", 7.83e8, "CNY", WT, FY, basis="attributable"), m("net_profit_growth", 16.25, "%", WT, FY, basis="yoy, attributable"),
    m("eps", 0.47, "CNY", WT, FY, basis="basic"),
    m("eps_estimate|eps_forecast", 0.44, "CNY", WT, FY, opt=True, basis="broker's earlier estimate"),
    m("dividend|dps", 0.21, "CNY", WT, FY, basis="per share, pre-tax, proposed"),
    m("payout_ratio", 53.79, "%", WT, FY, basis="of distributable profit"),
    m("project_count", 5, "expressway projects", WT, opt=True), m("project_count", 1, "national highway projects", WT, opt=True),
    m("toll_revenue|revenue", 2.07e9, "CNY", WT, FY), m("toll_revenue_growth|revenue_growth", 21.25, "%", WT, FY, basis="yoy"),
    m("revenue", 8.6e8, "CNY", HN, FY),
    m("revenue_share", 40.67, "%", HN, FY), m("revenue_share", 25.48, "%", GJ, FY), m("revenue_share", 19.37, "%", XG, FY),
    m("revenue_share", 85.5, "%", "合宁、高界、宣广高速|three expressways", FY, basis="combined"),
    m("traffic_growth", 27.7, "%", HN, FY, basis="yoy"), m("traffic_growth", 16.6, "%", GJ, FY, basis="yoy"),
    m("traffic_growth", 19.5, "%", XG, FY, basis="yoy"),
    m("traffic_growth_forecast|traffic_growth", 18, "%", HN, "FY2011", basis="forecast"),
    m("traffic_growth_forecast|traffic_growth", 15, "%", GJ, "FY2011", basis="forecast"),
    m("traffic_growth_forecast|traffic_growth", 12, "%", XG, "FY2011", basis="forecast"),
    m("eps_impact", 0.10, "CNY", WT, "FY2011", basis="forecast, toll increase, per share"),
    m("gross_margin_change", 8, "pp", WT, "FY2011", basis="forecast, toll increase"),
    m("net_margin_change", 6, "pp", WT, "FY2011", basis="forecast, toll increase"),
], [])

# zh06: China GDP, first three quarters of 2013, preliminary accounting tables (repost of the NBS release on a local
# site), Simplified; amounts at current prices (亿元 -> CNY), growth yoy at constant prices; 第一产业 and 农林牧渔业 carry
# identical figures -> one row with both names as entity alternatives; the quarter-on-quarter table (seasonally
# adjusted) is labelled row by row with the year the table prints for each block (incl. the wrapped "3季度 4季度 /
# 2.0 1.9" line of 2012)
CN = "中国|全国|国内生产总值|China"
P = "2013Q1-Q3"
def _va(ent, v, g):
    return [m("value_added|gdp", v, "CNY", ent, P), m("value_added_growth|gdp_growth", g, "%", ent, P, basis="yoy, constant prices")]
mt6 = [m("gdp", 3.86762e13, "CNY", CN, P), m("gdp_growth", 7.7, "%", CN, P, basis="yoy, constant prices")]
for ent, v, g in [("第一产业|农林牧渔业|primary industry|agriculture", 3.5669e12, 3.4),
                  ("第二产业|secondary industry", 1.75118e13, 7.8), ("工业|industry", 1.49e13, 7.6),
                  ("建筑业|construction", 2.6118e12, 9.7), ("第三产业|tertiary industry", 1.75975e13, 8.4),
                  ("交通运输、仓储和邮政业|transport, storage and post", 2.1449e12, 7.2),
                  ("批发和零售业|wholesale and retail", 3.5067e12, 10.4), ("住宿和餐饮业|hotels and catering", 7.727e11, 5.1),
                  ("金融业|finance", 2.6238e12, 10.4), ("房地产业|real estate", 2.4546e12, 7.3),
                  ("其他服务业|other services", 6.0948e12, 7.6)]:
    mt6 += _va(ent, v, g)
for per, g in [("2011Q1", 2.3), ("2011Q2", 2.6), ("2011Q3", 2.2), ("2011Q4", 1.8), ("2012Q1", 1.4), ("2012Q2", 2.2),
               ("2012Q3", 2.0), ("2012Q4", 1.9), ("2013Q1", 1.5), ("2013Q2", 1.9), ("2013Q3", 2.2)]:
    mt6.append(m("gdp_growth", g, "%", CN, per, basis="qoq, seasonally adjusted"))
G["zh06"] = (mt6, [])

# zh07: monthly roundup of A-share rating changes (Wind data, finance portal), Simplified; no year printed -> no period;
# counts of upgraded / downgraded / initiated / buy-rated stocks optional (as news6 zh roundup); 强烈推荐 = buy and
# 推荐 = outperform (news5/news6); upgrades whose broker the text does not name have broker None; the two targets
# given "among the 28 upgraded stocks" are upgrades with rating None; 妙可蓝多 "谨慎推荐 -> 推荐" is optional because
# 谨慎推荐 has no agreed normalisation (labelled neutral as the step below 推荐)
FC = "富创精密|Foxsemicon"; JF = "九丰能源|Jovo Energy"
G["zh07"] = ([
    m("rating_upgrades|count", 28, "stocks", None, opt=True),
    m("rating_downgrades|count", 40, "stocks", None, opt=True),
    m("initiations|count", 296, "stocks", None, opt=True),
    m("buy_ratings|count", 924, "stocks", None, opt=True),
    m("rating_upgrades|count", 3, "stocks", None, opt=True, basis="to 强烈推荐"),
    m("rating_upgrades|count", 18, "stocks", None, opt=True, basis="增持 to 买入"),
    m("rating_upgrades|count", 2, "stocks", None, opt=True, basis="中性 to 优大于市"),
    m("rating_upgrades|count", 2, "stocks", None, opt=True, basis="中性 to 增持"),
    m("target_count|count", 8, "stocks", None, opt=True),
    m("target_price", 74.23, "CNY", FC),
    m("price|share_price", 68.69, "CNY", FC, basis="close"),
    m("target_price", 36.82, "CNY", JF),
], [
    ra("招商证券|China Merchants Securities|CMS", "万华化学|Wanhua Chemical", "upgrade", "buy", "overweight"),
    ra("方正证券|Founder Securities", "三棵树|Skshu Paint", "upgrade", "buy", "outperform"),
    ra("华创证券|Huachuang Securities", "九号公司|Segway-Ninebot|Ninebot", "upgrade", "buy", "outperform"),
    ra(None, "上汽集团|SAIC Motor|SAIC", "upgrade", "buy", "sell"),
    ra(None, "莱特光电|Laite Optoelectronics", "upgrade", "buy", "hold"),
    ra(None, "妙可蓝多|Milkground", "upgrade", "outperform", "neutral", opt=True),
    ra("广发证券|GF Securities", FC, "upgrade", None, None, 74.23, None, "CNY"),
    ra("国泰海通|国泰海通证券|Guotai Haitong", JF, "upgrade", None, None, 36.82, None, "CNY"),
])

# zh08: A-share close from a local newspaper (本报综合消息, "昨日"), Simplified; no year or date printed -> no period;
# open / intraday high / low optional; the close and fall restated "截至收盘…1863.80点，跌1.76%" have one row;
# "跌幅超4%", "跌幅逾2%", "下跌超3%" are optional open bounds; turnover per exchange in CNY; "连续3个交易日" not labelled
SH = "上证综指|沪指|上证指数|Shanghai Composite"
SZC = "深证成指|深成指|Shenzhen Component"
G["zh08"] = ([
    m("index_level", 1873.58, "points", SH, opt=True, basis="open"),
    m("index_level", 1887.31, "points", SH, opt=True, basis="intraday high"),
    m("index_level", 1850.86, "points", SH, opt=True, basis="intraday low"),
    m("index_level", 1863.80, "points", SH, basis="close"),
    m("index_change", -33.43, "points", SH), m("index_change", -1.76, "%", SH),
    m("turnover|market_turnover", 4.8334e10, "CNY", SH),
    m("index_level", 6871.29, "points", SZC, opt=True, basis="open"),
    m("index_level", 6932.05, "points", SZC, opt=True, basis="intraday high"),
    m("index_level", 6794.28, "points", SZC, opt=True, basis="intraday low"),
    m("index_level", 6845.60, "points", SZC, basis="close"),
    m("index_change", -107.31, "points", SZC), m("index_change", -1.54, "%", SZC),
    m("turnover|market_turnover", 2.5677e10, "CNY", SZC),
    m("index_change|sector_change", None, "%", "金融指数|financials index", None, rng=(None, -4), opt=True),
    m("price_change|share_price_change", None, "%", "石化双雄|中国石油、中国石化|PetroChina and Sinopec", None, rng=(None, -2), opt=True),
    m("price_change|share_price_change", None, "%", "中国神华|China Shenhua", None, rng=(None, -3), opt=True),
    m("price_change|share_price_change", None, "%", "中信证券|CITIC Securities", None, rng=(None, -3), opt=True),
], [])
