# Hand labels for news44/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's text was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news42 / news43 in particular, with the labels files
# of news42/zh). Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 亿美元 -> x1e8, 万盎司 -> x1e4); mainland 元 = CNY,
# 港元 = HKD, 美元 = USD; declines negative (减少 / 下降 / 下跌 / 回落 / 报跌, a negative net inflow in a table); 同比 = yoy and
# 环比 = mom in basis; 个百分点 -> pp; index levels and moves in "points"; futures volumes and open interest in "lots" (手);
# a price ratio in "x"; stock counts in "stocks". A figure printed twice (headline or sub-heading and body) is one key row
# plus optional twins; a prior-year comparative printed beside the current figure is the key row's prior and also an
# optional row of its own with the earlier period. Exact breadth counts of a market wrap (traded / advancing / declining /
# limit-up / flat stocks) are key; thresholds (10%的涨停幅度, 换手率超过一成) and list sizes (前五, 前十) optional. Stock codes
# are entity aliases, never values. Periods only where the text states or clearly implies the year: zh01 2024H1 ("2024年
# 上半年", prior "2023年上半年"); zh02 None ("7月份", "1月份-7月份", "1月份-6月份", "8月15日", no year printed); zh03 None (no
# date printed; "2202" is a contract code); zh04 None (dateline "11月26日", no year); zh05 None ("8月21日", "(08-21)", no year);
# zh06 2023-05 ("截至今年5月末" under the printed time line "2023-06-08 10:15:58", the news43 zh10 reading of a printed
# dateline for a relative year). URL dates and the writer's knowledge are never used. No passage in this batch carries a
# broker rating or target, so there are no rating actions.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: Hong Kong-listed mainland drug distributor's interim results as a mainland news-feed item (yueyeche.com.cn; headline
# kept as printed, and its bracketed repeat 【…】 at the start of the body kept; the site's 摘要 box before the body — a third
# copy of the headline plus the truncated lead "…总收益达1285.976亿元..." — and the closing 郑重声明 disclaimer dropped).
# 华润医药, 2024H1 ("2024年上半年"); prior-year comparatives printed for every line ("上年同期", "2023年上半年"). Key: total
# revenue (总收益) 1285.976亿元 with prior 1228.184亿元 and +4.7%; net profit 55.406亿元 (prior 50.291亿元, +10.2%); profit
# attributable to owners (公司拥有人应占溢利) 26.048亿元 (prior 26.817亿元, 减少2.9% -> -2.9); basic EPS 0.41元 (prior 0.43元);
# interim dividend 0.0908港元 per share (the first interim dividend). Optional: the four 2023H1 comparatives as rows of their
# own; the headline's and the bracketed repeat's rounded "26.05亿元" and "减少2.9%" (two printings each); the alternative
# dividend amount printed "0.083港元" (presumably the RMB amount of the same dividend, unit kept as printed, HKD).
# 元 amounts are CNY (mainland outlet; the dividend is separately marked 港元).
CRP = "华润医药|華潤醫藥|China Resources Pharmaceutical|China Resources Pharmaceutical Group|CR Pharma|03320"
H1, P1 = "2024H1", "2023H1"
NPA = "net_profit_attributable|profit_attributable|net_profit_attributable_to_owners"
NPAG = "net_profit_attributable_growth|profit_attributable_growth|net_profit_growth"
G["zh01"] = ([
    m("revenue|total_revenue", 1.285976e11, "CNY", CRP, H1, prior=1.228184e11, basis="总收益; prior = 上年同期总收益"),
    m("revenue|total_revenue", 1.228184e11, "CNY", CRP, P1, opt=True, basis="prior-period total revenue (上年同期)"),
    m("revenue_growth|total_revenue_growth", 4.7, "%", CRP, H1, basis="yoy (增长4.7%)"),
    m("net_profit", 5.5406e9, "CNY", CRP, H1, prior=5.0291e9, basis="净利润; prior = 2023年上半年"),
    m("net_profit", 5.0291e9, "CNY", CRP, P1, opt=True, basis="prior-period net profit"),
    m("net_profit_growth", 10.2, "%", CRP, H1, basis="yoy (增长10.2%)"),
    m(NPA, 2.6048e9, "CNY", CRP, H1, prior=2.6817e9, basis="公司拥有人应占溢利; prior = 2023年上半年"),
    m(NPA, 2.6817e9, "CNY", CRP, P1, opt=True, basis="prior-period profit attributable"),
    m(NPAG, -2.9, "%", CRP, H1, basis="yoy, 减少2.9% (body)"),
    m(NPA, 2.605e9, "CNY", CRP, H1, opt=True, basis="headline, rounded 26.05亿元"),
    m(NPA, 2.605e9, "CNY", CRP, H1, opt=True, basis="bracketed headline repeat at the start of the body"),
    m(NPAG, -2.9, "%", CRP, H1, opt=True, basis="headline, 同比减少2.9%"),
    m(NPAG, -2.9, "%", CRP, H1, opt=True, basis="bracketed headline repeat"),
    m("eps|basic_eps", 0.41, "CNY", CRP, H1, prior=0.43, basis="每股基本盈利"),
    m("eps|basic_eps", 0.43, "CNY", CRP, P1, opt=True, basis="prior-period basic EPS"),
    m("dividend_per_share|interim_dividend|dividend", 0.0908, "HKD", CRP, H1,
      basis="interim dividend per share (中期股息), the company's first"),
    m("dividend_per_share|interim_dividend|dividend", 0.083, "HKD", CRP, H1, opt=True,
      basis="alternative amount of the same dividend, printed 0.083港元 (presumably RMB); unit as printed"),
], [])

# zh02: 国家统计局 monthly activity release as a 证券日报 item on 网易 (c.m.163.com; byline "本报记者 孟珂" kept; the two
# sub-headings with figures kept as printed; the 网易 "打开网易新闻 查看更多图片" prompt and the photo credit "(图片来源:中国网)"
# dropped; the stored text continues with a spokesman's quote whose attribution is not in the stored excerpt, so the
# passage ends with the services paragraph). No year printed ("7月份", "8月15日") -> period None, the month or span in
# basis. China is the entity of the headline indicators; sectors and industries own their rows with China as alias.
# Key: industrial value added +3.8% yoy, 比上月回落0.1个百分点 (-0.1 pp), 环比 +0.38%; mining +8.1%, manufacturing +2.7%,
# utilities +9.5%; equipment manufacturing +8.4% and high-tech manufacturing +5.9%, "快4.6个百分点、2.1个百分点" (+4.6 / +2.1 pp
# against all industry, mapped in order); January-July +3.5%, 加快0.1个百分点 (+0.1 pp); manufacturing PMI 49.0% and the
# production-expectations index 52.0% (readings in % as printed); January-June industrial profits 42702亿元 (+1.0%);
# services production index +0.6% (-0.7 pp), IT services +10.3% and finance +4.9% (分别, in order). Optional: the two
# sub-headings' 3.8% and 0.6%. "三大门类" is a count word, no row.
CN = "全国|中国|China|国家统计局|National Bureau of Statistics"
IP = "industrial_production_growth|industrial_value_added_growth|industrial_output_growth"
IPC = "industrial_production_growth_change|growth_change|industrial_value_added_growth_change"
GAP = "growth_gap|growth_differential|growth_premium"
SV = "services_production_index_growth|services_output_growth|service_sector_output_growth"
SVC = "services_production_index_growth_change|growth_change"
JUL = "7月份 (no year printed)"
EQ = "装备制造业|equipment manufacturing|" + CN
HT = "高技术制造业|high-tech manufacturing|" + CN
G["zh02"] = ([
    m(IP, 3.8, "%", CN, None, basis="规模以上工业增加值, yoy, " + JUL),
    m(IP, 3.8, "%", CN, None, opt=True, basis="sub-heading twin"),
    m(IPC, -0.1, "pp", CN, None, basis="比上月回落0.1个百分点"),
    m(IP + "|industrial_production_mom", 0.38, "%", CN, None, basis="mom (环比), " + JUL),
    m(IP, 8.1, "%", "采矿业|mining|" + CN, None, basis="value added, yoy, " + JUL),
    m(IP, 2.7, "%", "制造业|manufacturing|" + CN, None, basis="value added, yoy"),
    m(IP, 9.5, "%", "电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water|" + CN, None,
      basis="value added, yoy"),
    m(IP, 8.4, "%", EQ, None, basis="value added, yoy (分别, first)"),
    m(IP, 5.9, "%", HT, None, basis="value added, yoy (分别, second)"),
    m(GAP, 4.6, "pp", EQ, None, basis="faster than all industry (快4.6个百分点)"),
    m(GAP, 2.1, "pp", HT, None, basis="faster than all industry (快2.1个百分点)"),
    m(IP, 3.5, "%", CN, None, basis="1月份-7月份 cumulative, yoy"),
    m(IPC, 0.1, "pp", CN, None, basis="1-7月 vs 1-6月, 加快0.1个百分点"),
    m("pmi|manufacturing_pmi", 49.0, "%", CN, None, basis="制造业采购经理指数, " + JUL),
    m("production_expectations_index|business_expectations_index|expectations_index", 52.0, "%", CN, None,
      basis="企业生产经营活动预期指数, " + JUL),
    m("industrial_profits|total_profit|profit", 4.2702e12, "CNY", "全国规模以上工业企业|industrial enterprises|" + CN, None,
      basis="利润总额, 1月份-6月份 cumulative"),
    m("industrial_profits_growth|total_profit_growth|profit_growth", 1.0, "%",
      "全国规模以上工业企业|industrial enterprises|" + CN, None, basis="yoy, 1月份-6月份"),
    m(SV, 0.6, "%", CN, None, basis="全国服务业生产指数, yoy, " + JUL),
    m(SV, 0.6, "%", CN, None, opt=True, basis="sub-heading twin"),
    m(SVC, -0.7, "pp", CN, None, basis="比上月回落0.7个百分点"),
    m(SV, 10.3, "%", "信息传输、软件和信息技术服务业|information technology services|IT services|" + CN, None,
      basis="production index, yoy (分别, first)"),
    m(SV, 4.9, "%", "金融业|finance|financial services|" + CN, None, basis="production index, yoy (分别, second)"),
], [])

# zh03: Shanghai Futures Exchange copper daily close (生意社-style template on cu.iyunhui.com; whole stored item; no headline,
# none composed; the stray space before "从交投看" kept as printed). No date printed -> period None. Key: 上期有色金属指数 close
# 4125.32 points, +5.20 points, +0.13%; copper main contract 2202 close 69750元/吨 (CNY, per tonne in basis), 下跌210元
# (-210 CNY), 跌幅0.30% (-0.30%); LME three-month copper 9601.50美元/吨 at 15:00 (USD); the Shanghai/London ratio 7.26 ("x")
# with the previous day's 7.29 as prior; all contracts: volume 152446手, open interest -5666手 to 354441手; main contract:
# volume 83911手, open interest -2164手 to 142606手 (lots; the earlier open interest is not printed, no prior). Optional:
# the previous day's ratio 7.29 as a row of its own. "2202" (contract month code) and "15:00" (a time) are not figures.
IDX = "上期有色金属指数|上期所有色金属指数|SHFE non-ferrous metals index"
CU = "上海期铜|沪铜|沪铜主力合约|主力合约2202|SHFE copper|Shanghai copper"
CUA = "上海期铜全部合约|全部合约|all copper contracts|" + CU
LME = "伦敦三月铜|LME三个月期铜|LME copper|LME 3-month copper"
RATIO = "内外比值|沪伦比值|Shanghai/London ratio|" + CU
G["zh03"] = ([
    m("index_close|close|index_level", 4125.32, "points", IDX, None, basis="close"),
    m("index_change|change|points_change", 5.20, "points", IDX, None, basis="上涨5.20点"),
    m("index_change_pct|price_change|change_pct", 0.13, "%", IDX, None, basis="涨幅"),
    m("futures_price|close|price|settlement_price", 69750, "CNY", CU, None, basis="main contract 2202 close, per tonne (元/吨)"),
    m("price_change|futures_price_change|change", -210, "CNY", CU, None, basis="下跌210元, per tonne"),
    m("price_change_pct|price_change|change_pct", -0.30, "%", CU, None, basis="跌幅"),
    m("futures_price|price|lme_price", 9601.50, "USD", LME, None, basis="15:00 quote, per tonne (美元/吨)"),
    m("price_ratio|ratio|shanghai_london_ratio", 7.26, "x", RATIO, None, prior=7.29,
      basis="Shanghai/London ratio; prior = previous trading day (低于上一交易日7.29)"),
    m("price_ratio|ratio|shanghai_london_ratio", 7.29, "x", RATIO, None, opt=True, basis="previous trading day's ratio"),
    m("trading_volume|volume", 152446, "lots", CUA, None, basis="全部合约成交 (手)"),
    m("open_interest_change|open_interest", -5666, "lots", CUA, None, basis="持仓量减少5666手"),
    m("open_interest", 354441, "lots", CUA, None, basis="持仓量 after the fall"),
    m("trading_volume|volume", 83911, "lots", CU, None, basis="主力合约成交 (手)"),
    m("open_interest_change|open_interest", -2164, "lots", CU, None, basis="主力合约持仓量减少2164手"),
    m("open_interest", 142606, "lots", CU, None, basis="主力合约持仓量 after the fall"),
], [])

# zh04: ChiNext board close with named movers (新华网 item on finance.china.com.cn; dateline "新华网深圳11月26日电(记者何广怀)"
# kept as printed; whole stored item; no headline in the stored text, none composed). Dateline without a year -> period
# None, the date in basis. Key: 创业板指 close 1554.22 points, 升12.3点 (+12.3 points), +0.8%; ChiNext turnover 466.96亿元
# ("比上个交易日略减": no figure); breadth: 341 stocks traded, 216 up, 9 limit-up, 119 down, 6 flat ("华虹计通等6只"), 31 stocks
# with turnover above 一成; named movers: 科大智能 -5.64% (biggest loser), 九强生物 turnover rate 40.75% and +4.25%.
# Optional: the 10% limit size ("10%的涨停幅度") and the 一成 (10%) turnover threshold as an open bound. "第二个涨停" (赢时胜,
# 连英装备) is an ordinal streak, no row.
CHN = "创业板指|创业板指数|ChiNext Index|ChiNext"
CNB = "创业板|深交所创业板|ChiNext board|ChiNext market"
D26 = "26日 (dateline 11月26日, no year printed)"
G["zh04"] = ([
    m("index_close|close|index_level", 1554.22, "points", CHN, None, basis="close, " + D26),
    m("index_change|change|points_change", 12.3, "points", CHN, None, basis="比上个交易日升12.3点"),
    m("index_change_pct|price_change|change_pct", 0.8, "%", CHN, None, basis="涨幅"),
    m("turnover|trading_value|turnover_value", 4.6696e10, "CNY", CNB, None, basis="全日成交金额, slightly below the previous day"),
    m("stocks_traded|traded_stocks|count", 341, "stocks", CNB, None, basis="stocks traded on the board that day"),
    m("advancing_stocks|advancers|stocks_up", 216, "stocks", CNB, None, basis="收盘报升"),
    m("limit_up_stocks|stocks_limit_up", 9, "stocks", CNB, None, basis="领先的9只 at the 10% limit"),
    m("price_limit|limit_up_threshold", 10, "%", CNB, None, opt=True, basis="涨停幅度 (limit size)"),
    m("declining_stocks|decliners|stocks_down", 119, "stocks", CNB, None, basis="收盘报跌"),
    m("price_change|share_price_change", -5.64, "%", "科大智能|CSG Smart Science", None, basis="led the decliners (跌幅)"),
    m("unchanged_stocks|flat_stocks", 6, "stocks", CNB, None, basis="华虹计通等6只 收平"),
    m("high_turnover_stocks|stocks|count", 31, "stocks", CNB, None, basis="换手率超过一成"),
    m("turnover_rate|turnover_ratio", None, "%", CNB, None, rng=(10, None), opt=True, basis="一成 threshold (超过一成)"),
    m("turnover_rate|turnover_ratio", 40.75, "%", "九强生物|Beijing Strong Biotechnologies", None, basis="换手率, top of the list"),
    m("price_change|share_price_change", 4.25, "%", "九强生物|Beijing Strong Biotechnologies", None, basis="股价升4.25%"),
], [])

# zh05: daily margin-trading report (两融) with Choice tables, an Eastmoney 股吧 post (gubaposthk.eastmoney.com; headline with
# "(08-21)" kept as printed; section titles reworded, the table titles and column headings kept; the markdown table rows and
# separator lines kept as printed). The stored post breaks off inside the fifth row of the top-ten table ("002371 | 北方华创 |
# … | 5.29"), so the passage ends with the fourth row (四方精创) and the "前十" table shows four rows. "8月21日" without a
# year -> period None. Key: 沪指 +0.13%, 3771 points; financing balance 2.12万亿元 (-9.71亿元 vs the previous day),
# securities-lending balance 148.43亿元 (+2.43亿元), total margin balance 2.15万亿元 (-7.74亿元); 52 industries with a rising
# financing balance; the industry table: net financing inflow (净流入额, signed as printed: the 净偿还 side prints "-3.42亿"
# etc.) and financing balance for each of the ten industries, in CNY (the column headings say (元), the cells print 亿
# without 元); 3885 eligible securities, 1887 with net financing purchases, 48.57%; the top-ten table's four stocks: net
# financing purchase, its share of turnover (%), financing balance, close change (%), and 浪潮信息's cumulative 7.85亿 over
# its streak. Optional: the headline's 2.12万亿元 and -9.71亿元; the 102 industries (the universe); the list sizes 前五 / 前十;
# 浪潮信息's 4-day streak ("-" cells print no figure).
MKT = "沪深两市|两市|A股|A-share market|Shanghai and Shenzhen markets"
SH = "沪指|上证指数|Shanghai Composite|SSE Composite Index"
D21 = "8月21日 (08-21), no year printed"
FB = "financing_balance|margin_financing_balance|margin_balance"
FBC = "financing_balance_change|margin_financing_balance_change|margin_balance_change"
NI = "net_financing_inflow|financing_net_inflow|net_inflow|net_financing_purchase"
NB = "net_financing_purchase|financing_net_buy|net_buy|net_financing_inflow"
SHR = "net_buy_share_of_turnover|financing_net_buy_ratio|share"
PC = "price_change|share_price_change|close_change"
IND = "东财二级行业|东财行业|Eastmoney level-2 industries"
def _ind(name, en, inflow, bal, side):
    e = name + "|" + en + "|" + IND
    return [m(NI, inflow, "CNY", e, None, basis=side + ", " + D21),
            m(FB, bal, "CNY", e, None, basis="融资余额, " + D21)]
def _stk(code, name, en, nb, share, bal, chg):
    e = name + "|" + en + "|" + code
    return [m(NB, nb, "CNY", e, None, basis="融资净买入额, " + D21),
            m(SHR, share, "%", e, None, basis="融资净买入占成交额比"),
            m(FB, bal, "CNY", e, None, basis="融资余额"),
            m(PC, chg, "%", e, None, basis="收盘涨跌")]
TOP, REP = "融资净流入前五 (top net inflow)", "融资净偿还前五 (top net repayment, negative)"
G["zh05"] = ([
    m("index_change_pct|price_change|change_pct", 0.13, "%", SH, None, basis="上涨0.13%, " + D21),
    m("index_close|close|index_level", 3771, "points", SH, None, basis="报收, " + D21),
    m(FB, 2.12e12, "CNY", MKT, None, basis="两市融资余额, end of day, " + D21),
    m(FB, 2.12e12, "CNY", MKT, None, opt=True, basis="headline twin"),
    m(FBC, -9.71e8, "CNY", MKT, None, basis="较前一交易日减少9.71亿元"),
    m(FBC, -9.71e8, "CNY", MKT, None, opt=True, basis="headline twin"),
    m("securities_lending_balance|short_selling_balance|short_balance", 1.4843e10, "CNY", MKT, None, basis="两市融券余额"),
    m("securities_lending_balance_change|short_selling_balance_change|short_balance_change", 2.43e8, "CNY", MKT, None,
      basis="较前一交易日增加2.43亿元"),
    m("margin_balance|margin_trading_balance|margin_financing_and_securities_lending_balance", 2.15e12, "CNY", MKT, None,
      basis="两市融资融券余额"),
    m("margin_balance_change|margin_trading_balance_change", -7.74e8, "CNY", MKT, None, basis="较前一交易日减少7.74亿元"),
    m("industries|count", 102, "industries", IND, None, opt=True, basis="东财二级行业 universe"),
    m("industries|count", 52, "industries", IND, None, basis="融资余额增加的行业"),
    m("industries|count", 5, "industries", IND, None, opt=True, basis="list size 前五"),
    *_ind("计算机软件", "computer software", 1.129e9, 1.06939e11, TOP),
    *_ind("互联网金融", "internet finance", 9.84e8, 3.856e10, TOP),
    *_ind("电子设备制造", "electronic equipment manufacturing", 8.10e8, 6.8943e10, TOP),
    *_ind("非银行金融", "non-bank financials", 7.30e8, 1.42216e11, TOP),
    *_ind("半导体", "semiconductors", 6.91e8, 1.02768e11, TOP),
    *_ind("生物医药", "biomedicine", -3.42e8, 4.4406e10, REP),
    *_ind("银行", "banks", -3.25e8, 6.7387e10, REP),
    *_ind("化学原料", "chemical raw materials", -2.93e8, 3.2413e10, REP),
    *_ind("电子元件", "electronic components", -2.92e8, 4.9396e10, REP),
    *_ind("煤炭", "coal", -2.71e8, 1.356e10, REP),
    m("securities|count|stocks", 3885, "stocks", "两融标的|margin-eligible securities", None, basis="两融标的 total"),
    m("securities|count|stocks", 1887, "stocks", "两融标的|margin-eligible securities", None, basis="融资净买入"),
    m("share|ratio|proportion", 48.57, "%", "两融标的|margin-eligible securities", None, basis="占比 of the 3885"),
    m("stocks|count", 10, "stocks", "两融标的|margin-eligible securities", None, opt=True, basis="list size 前十"),
    *_stk("300803", "指南针", "Compass", 5.30e8, 5.05, 4.409e9, 3.19),
    *_stk("000977", "浪潮信息", "Inspur Electronic Information", 4.06e8, 2.63, 5.451e9, -0.74),
    m("consecutive_days|streak_days", 4, "days", "浪潮信息|Inspur Electronic Information|000977", None, opt=True,
      basis="连续净买入天数"),
    m(NB + "|cumulative_net_buy", 7.85e8, "CNY", "浪潮信息|Inspur Electronic Information|000977", None,
      basis="累计金额 over the 4-day net-buying streak"),
    *_stk("600050", "中国联通", "China Unicom", 3.73e8, 6.23, 3.811e9, 2.72),
    *_stk("300468", "四方精创", "Forms Syntron", 3.55e8, 4.59, 2.068e9, 4.56),
], [])

# zh06: SAFE monthly reserves release as a 上海有色金属网 item on a mirror host (m.jiguang.igdzc.com; headline, time line
# "2023-06-08 10:15:58" and the source line "上海有色金属网" kept as printed; the photo tag "(相关资料图)" and the trailing
# "(详情)" link dropped; whole stored item). "截至今年5月末" under the printed 2023 time line -> period 2023-05 for the
# month-end levels and their month-on-month changes. Key: FX reserves 31765亿美元 (USD 3.1765e12), 较4月末下降283亿美元
# (-2.83e10 USD; the April level is not printed, no prior); the central bank's gold reserves 6727万盎司 (ounces), 比4月增加
# 51万盎司, and the cumulative 463万盎司 since 去年11月 (period None, span in basis). Optional: the headline's "转降283亿美元";
# the streaks "连续增加2个月" and "连续第7个月" (body) / "连续7个月" (headline) as month counts.
CNR = "我国|中国|China|国家外汇管理局|SAFE|State Administration of Foreign Exchange"
PB = "我国央行|央行|中国人民银行|PBOC|People's Bank of China|China"
M5 = "2023-05"
G["zh06"] = ([
    m("fx_reserves|foreign_exchange_reserves|reserves", 3.1765e12, "USD", CNR, M5,
      basis="外汇储备规模, end of May (截至今年5月末; 今年 = 2023 from the printed time line)"),
    m("fx_reserves_change|foreign_exchange_reserves_change|reserves_change", -2.83e10, "USD", CNR, M5,
      basis="vs end-April (较4月末下降283亿美元)"),
    m("fx_reserves_change|foreign_exchange_reserves_change|reserves_change", -2.83e10, "USD", CNR, M5, opt=True,
      basis="headline twin (转降283亿美元)"),
    m("consecutive_months|streak_months", 2, "months", CNR, None, opt=True, basis="连续增加2个月 before the May fall"),
    m("gold_reserves", 6.727e7, "ounces", PB, M5, basis="黄金储备, end of May (再度增加至6727万盎司)"),
    m("gold_reserves_change", 5.1e5, "ounces", PB, M5, basis="比4月增加51万盎司"),
    m("consecutive_months|streak_months", 7, "months", PB, None, opt=True, basis="连续第7个月净增长 (body)"),
    m("consecutive_months|streak_months", 7, "months", PB, None, opt=True, basis="headline twin (连续7个月净增加)"),
    m("gold_reserves_change|cumulative_increase", 4.63e6, "ounces", PB, None,
      basis="cumulative since 去年11月 (November of the previous year) to end-May, 累计增加463万盎司"),
], [])
