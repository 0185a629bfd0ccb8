# Hand labels for news17/zh, batch b (zh07-zh12; all six mainland Simplified, about markets outside the mainland: a US close
# with Chinese ADRs, a US-listed Chinese company's quarter, a Hong Kong IPO allotment, Stock Connect flows, oil and gold,
# a London / European close). Helpers m() and ra() are supplied by build_labels.py. Labels were written from the texts
# alone (no extractor code, word list or output seen). US-listed prices in 美元 -> USD; 美分 -> USD (21美分 -> 0.21).
# No year is taken from outside the text: a trading day written "8月2日" / "28日" / "21日" with no year has period None.


def q(ent, price=None, chg=None, pct=None):
    """Inline quote tuple '(price, change, change%)' (Sina style): all optional, as in the development corpus."""
    r = []
    if price is not None:
        r.append(m("price", price, "USD", ent, opt=True, basis="inline quote"))
    if chg is not None:
        r.append(m("price_change", chg, "USD", ent, opt=True, basis="inline quote"))
    if pct is not None:
        r.append(m("price_change", pct, "%", ent, opt=True, basis="inline quote"))
    return r


# zh07: US close with Chinese ADRs (Sina Finance, 2013; dateline "北京时间8月2日晚间消息" with no year). The market day's
# figures get period None: the only printed year is YY's "2013财年第二季度" (-> 2013Q2 for its result), and a trading day
# written without a year stays null (news16). Index rows: close level, change in points and % are key; the Dow's intraday
# 69-point dip is optional. Sina inline quote tuples are optional, except that where the body states the same figure
# (优酷土豆 5.21% / 25.02美元, 百度 3.53%, 道指 30.34点 ...) the body row is key and covers it. Kept as printed: the Nasdaq
# inline quote says 13.85 while the body says 涨13.84点 (body key, quote optional); 第九城市's quote says -3.81% while the body
# says 跌3.23% (body key, quote optional). Headline/lead "中概股指收涨0.32%" is the same figure as the 霍特中概股指数 row
# (one row). The headline "大涨5%" rounds the body's 5.21% -> optional. "最近三个交易日累计涨幅超20%" is an optional
# bound. YY's net profit in 人民币 is key with last year's figure as prior; the bracketed USD conversion is optional.
DOW = "道琼斯工业平均指数|道琼斯|道指|Dow Jones Industrial Average|Dow Jones|DJIA"
NAS = "纳斯达克综合指数|纳斯达克|纳指|Nasdaq Composite|Nasdaq"
SPX = "标准普尔500指数|标普500|S&P 500"
HXC = "霍特中概股指数|中概股指|中概股指数|Halter USX China Index"
YOKU = "优酷土豆|优酷|Youku Tudou|YOKU"
YY = "欢聚时代|YY|YY Inc."
BIDU = "百度|Baidu|BIDU"
RENN = "人人公司|人人|Renren"
NCTY = "第九城市|九城|The9"
TKFS = "泰克飞石"
VNET = "世纪互联|21Vianet|VNET"
G["zh07"] = ([
    m("index_change", 0.32, "%", HXC, basis="close"),
    m("index_level", 5785.21, "points", HXC, basis="close"),
    m("index_change", 30.34, "points", DOW), m("index_level", 15658.36, "points", DOW, basis="close"),
    m("index_change", 0.19, "%", DOW),
    m("index_change", -69, "points", DOW, opt=True, basis="intraday, 一度"),
    m("index_change", 13.84, "points", NAS), m("index_level", 3689.59, "points", NAS, basis="close"),
    m("index_change", 0.38, "%", NAS),
    m("index_change", 13.85, "points", NAS, opt=True, basis="inline quote (differs from body 13.84)"),
    m("index_change", 2.80, "points", SPX), m("index_level", 1709.67, "points", SPX, basis="close"),
    m("index_change", 0.16, "%", SPX),
    m("price_change", 5.21, "%", YOKU), m("price", 25.02, "USD", YOKU, basis="close"),
    m("price_change", 5, "%", YOKU, opt=True, basis="headline/lead, rounded"),
    m("price_change", None, "%", YOKU, rng=(20, None), opt=True, basis="3-day cumulative, 超"),
    m("price_change", -0.10, "%", YY), m("price", 41.8, "USD", YY, basis="close"),
    m("net_profit", 9.28e7, "CNY", YY, "2013Q2", prior=1.73e7),
    m("net_profit", 1.51e7, "USD", YY, "2013Q2", opt=True, basis="约合, USD conversion"),
    m("net_profit_growth", 436.7, "%", YY, "2013Q2", basis="yoy"),
    m("price_change", 3.53, "%", BIDU), m("price", 139.70, "USD", BIDU, basis="close"),
    m("price_change", -5.03, "%", RENN),
    m("price_change", -3.23, "%", NCTY, basis="body (inline quote says -3.81%)"),
    m("price_change", 14.56, "%", TKFS),
    m("price_change", 9.16, "%", VNET),
]
    + q(YOKU, chg=1.24) + q(YY, chg=-0.04) + q(BIDU, chg=4.77)
    + q(RENN, 3.78, -0.20) + q(NCTY, 3.28, -0.13, -3.81) + q(TKFS, 1.18, 0.15) + q(VNET, 14.42, 1.21),
    [])

# zh08: Weibo and Sina shares jump on Weibo's first quarter (Tencent Tech, Simplified). Results are "截至2017年3月31日的
# 第一季度" -> 2017Q1; Sina's "第一季度" in the same report -> 2017Q1. The trading day "5月16日" has no year -> period None.
# Price rows "截至发稿" (as of press time) are key; the early-trade peaks (52-week highs 75.50 / 98.84美元, the 20% peak
# gain that is also the headline, Sina's "最高超17%" bound) are intraday -> optional; the headline "新浪涨17%" rounds the
# body's 17.13% -> optional. The company's own revenue guidance "1.85亿美元至1.90亿美元" is a key range (a stated
# comparison). EPS is "每股摊薄净收益" in 美分 -> USD, last year's 3美分 as prior. MAU/DAU are "2017年3月" -> 2017-03, the
# mobile share of MAU is key (an operating metric stated exactly). Sina's GAAP and non-GAAP revenue both grew 40% -> a
# growth row each.
WB = "微博|新浪微博|Weibo|WB"
SINA = "新浪|新浪公司|Sina|SINA"
Q8 = "2017Q1"
G["zh08"] = ([
    m("price_change", 20, "%", WB, opt=True, basis="early trade, maximum gain (headline)"),
    m("price_change", None, "%", SINA, rng=(17, None), opt=True, basis="early trade, maximum gain, 超"),
    m("price_change", 17, "%", SINA, opt=True, basis="headline, rounded"),
    m("price_change", 10.89, "USD", WB), m("price", 73.79, "USD", WB, basis="as of press time"),
    m("price_change", 17.31, "%", WB),
    m("price", 75.50, "USD", WB, opt=True, basis="intraday, 52-week high"),
    m("price_change", 14.40, "USD", SINA), m("price", 98.44, "USD", SINA, basis="as of press time"),
    m("price_change", 17.13, "%", SINA),
    m("price", 98.84, "USD", SINA, opt=True, basis="intraday, 52-week high"),
    m("revenue|net_revenue", 1.992e8, "USD", WB, Q8),
    m("revenue_growth|net_revenue_growth", 67, "%", WB, Q8, basis="yoy"),
    m("revenue_guidance|revenue", None, "USD", WB, Q8, rng=(1.85e8, 1.90e8), basis="company guidance"),
    m("advertising_revenue|advertising_and_marketing_revenue", 1.693e8, "USD", WB, Q8),
    m("advertising_revenue_growth|advertising_and_marketing_revenue_growth", 71, "%", WB, Q8, basis="yoy"),
    m("other_revenue", 2.99e7, "USD", WB, Q8), m("other_revenue_growth", 49, "%", WB, Q8, basis="yoy"),
    m("net_profit", 4.69e7, "USD", WB, Q8, basis="attributable to Weibo"),
    m("net_profit_growth", 561, "%", WB, Q8, basis="yoy"),
    m("eps", 0.21, "USD", WB, Q8, prior=0.03, basis="diluted"),
    m("mau|monthly_active_users", 3.40e8, "users", WB, "2017-03"),
    m("mau_growth|monthly_active_users_growth", 30, "%", WB, "2017-03", basis="yoy"),
    m("mobile_share|mobile_mau_share", 91, "%", WB, "2017-03", basis="share of MAU on mobile"),
    m("dau|daily_active_users", 1.54e8, "users", WB, "2017-03", basis="average daily"),
    m("dau_growth|daily_active_users_growth", 28, "%", WB, "2017-03", basis="yoy"),
    m("revenue|net_revenue", 2.781e8, "USD", SINA, Q8),
    m("revenue_growth|net_revenue_growth", 40, "%", SINA, Q8, basis="yoy"),
    m("revenue|net_revenue", 2.755e8, "USD", SINA, Q8, basis="non-GAAP"),
    m("revenue_growth|net_revenue_growth", 40, "%", SINA, Q8, basis="non-GAAP, yoy"),
    m("net_profit", 3.85e7, "USD", SINA, Q8, basis="attributable to Sina"),
    m("eps", 0.52, "USD", SINA, Q8, basis="diluted"),
    m("net_profit", 3.76e7, "USD", SINA, Q8, basis="non-GAAP, attributable to Sina"),
    m("eps", 0.50, "USD", SINA, Q8, basis="non-GAAP, diluted"),
], [])

# zh09: Luyuan Group's IPO allotment result (Gelonghui via hexun, dateline "10月11日", listing "2023年10月12日"). IPO pricing
# figures carry no period (development corpus); the listing date is not labelled. The headline is figure-free (the
# stored text shows none; written for the passage). Key: final offer price (one row for its three mentions), the global
# offering size (约1.07亿股), the Hong Kong and international oversubscription (7.66倍, 1.13倍; development corpus zh34
# keeps both), the cornerstone investors' shares and the net proceeds (约7.064亿港元). Optional (allotment statistics,
# lot size, split of shares, use-of-proceeds percentages): valid applications, shares applied for, 500-share lot, the Hong
# Kong / international tranches. The sponsor's bracketed A-share code (601066) is hexun link noise, not labelled.
LY = "绿源集团控股|绿源集团|绿源|Luyuan Group|02451"
G["zh09"] = ([
    m("offer_shares", 1.07e8, "shares", LY, basis="global offering, 约"),
    m("offer_shares", 1.0667e7, "shares", LY, opt=True, basis="Hong Kong offer"),
    m("offer_shares", 9.6e7, "shares", LY, opt=True, basis="international offer"),
    m("ipo_price|offer_price", 7.37, "HKD", LY, basis="final"),
    m("lot_size", 500, "shares", LY, opt=True),
    m("applications", 5104, "applications", LY, opt=True, basis="valid, Hong Kong public offer"),
    m("subscribed_shares", 8.1761e7, "shares", LY, opt=True, basis="Hong Kong public offer"),
    m("oversubscription|subscription_multiple", 7.66, "x", LY, basis="Hong Kong public offer, 约"),
    m("oversubscription|subscription_multiple", 1.13, "x", LY, basis="international offer, 约"),
    m("cornerstone_shares|cornerstone_subscription", 6.01965e7, "shares", LY, basis="cornerstone investors"),
    m("funds_raised|net_proceeds", 7.064e8, "HKD", LY, basis="net proceeds, global offering, 约"),
    m("use_of_proceeds_pct", 30.0, "%", LY, opt=True, basis="research and development"),
    m("use_of_proceeds_pct", 30.0, "%", LY, opt=True, basis="sales, distribution, brand and marketing"),
    m("use_of_proceeds_pct", 30.0, "%", LY, opt=True, basis="production capacity"),
    m("use_of_proceeds_pct", 10.0, "%", LY, opt=True, basis="working capital and general corporate purposes"),
], [])

# zh10: Stock Connect flows on "28日" (stockstar, Simplified; no month or year in the text -> period None, the day in
# basis). Each channel owns its figures: Shanghai-connect southbound, Shenzhen-connect southbound, the southbound total,
# Shanghai / Shenzhen northbound and the northbound total. Net buying, buy turnover and sell turnover are key (the day's
# flow statistics); the remaining daily quota is optional (a by-product of the flow). The lead's "净流入42.8亿港元" is the
# same figure as the body's 净买入42.8亿港元 -> one row; the headline 46亿港元 and the body's "约46亿港元" -> one row.
# Net selling is a negative net buy (news16: net outflows are negative). Northbound amounts in 元人民币 -> CNY; "137.85亿元"
# printed without 人民币 in a northbound quota context -> CNY. Last week's flows: "保持在10亿港元以上" is an optional bound;
# last Friday's "接近30亿港元" is key (近X -> X). The southbound net purchase of 建设银行H股 via the Shanghai link is key.
SHS = "沪港通下的港股通|沪港通港股通|港股通(沪)|Shanghai-Hong Kong Stock Connect southbound"
SZS = "深港通下的港股通|深港通港股通|港股通(深)|Shenzhen-Hong Kong Stock Connect southbound"
SB = "港股通|南向|南向资金|内地资金|Southbound Stock Connect|Southbound"
SHN = "沪股通|Shanghai Connect northbound"
SZN = "深股通|Shenzhen Connect northbound"
NB = "北上资金|北向|北向资金|Northbound"
NBUY = "net_buy|net_inflow|fund_flow"
D10 = "28日"
G["zh10"] = ([
    m(NBUY, 4.6e9, "HKD", SB, basis=D10 + ", total southbound, 约"),
    m(NBUY, 4.28e9, "HKD", SHS, basis=D10),
    m("quota_balance|remaining_quota", 5.987e9, "CNY", SHS, opt=True, basis=D10 + ", daily quota remaining"),
    m("buy_turnover", 6.110e9, "HKD", SHS, basis=D10), m("sell_turnover", 1.829e9, "HKD", SHS, basis=D10),
    m("quota_balance|remaining_quota", 1.017e10, "CNY", SZS, opt=True, basis=D10 + ", daily quota remaining"),
    m("buy_turnover", 4.02e8, "HKD", SZS, basis=D10), m("sell_turnover", 1e8, "HKD", SZS, basis=D10),
    m(NBUY, 3.02e8, "HKD", SZS, basis=D10),
    m(NBUY, None, "HKD", SHS, rng=(1e9, None), opt=True, basis="daily since last Wednesday, 以上"),
    m(NBUY, 3e9, "HKD", SHS, basis="last Friday, 接近"),
    m("net_buy|southbound_net_buy", 2.465e9, "HKD", "建设银行H股|建设银行|建行|CCB", basis=D10 + ", via Shanghai-connect southbound"),
    m("quota_balance|remaining_quota", 1.3785e10, "CNY", SHN, opt=True, basis=D10 + ", daily quota remaining"),
    m("buy_turnover", 1.180e9, "CNY", SHN, basis=D10), m("sell_turnover", 2.061e9, "CNY", SHN, basis=D10),
    m(NBUY, -8.81e8, "CNY", SHN, basis=D10 + ", 净卖出"),
    m("quota_balance|remaining_quota", 1.2615e10, "CNY", SZN, opt=True, basis=D10 + ", daily quota remaining"),
    m("buy_turnover", 6.53e8, "CNY", SZN, basis=D10), m("sell_turnover", 3.14e8, "CNY", SZN, basis=D10),
    m(NBUY, 3.39e8, "CNY", SZN, basis=D10),
    m(NBUY, -5.42e8, "CNY", NB, basis=D10 + ", total northbound, 净卖出"),
], [])

# zh11: International oil and gold (ce.cn, Simplified; a weekly wrap whose trading days are "13日" / "14日" with no year of
# their own; the contracts are named "2019年1月交货" etc.). Settlement prices, their change in USD and in % are key, for
# WTI, Brent, COMEX gold, silver and platinum; the contract month goes into basis, period None for the trading day. Unit
# is the currency alone (development corpus; the per-barrel / per-ounce goes into basis); 21.8美分 -> 0.218 USD. The 13日
# "攀升逾2%" is an optional bound on oil generally. Forecasts: BNP Paribas' "明年" average 1145美元/盎司 and BofA Merrill's
# 2019 average 1296 and high 1400 are key forecast rows; "明年" is tied to the 2019 of the next sentence -> period 2019.
# The headline is figure-free (none in the stored text; written for the passage). "连续两个月" is not labelled.
OIL = "国际油价|油价|crude oil"
WTI = "纽约商品交易所轻质原油期货|轻质原油期货|轻质原油|WTI|NYMEX crude"
BRT = "伦敦布伦特原油期货|布伦特原油|Brent"
GOLD = "纽约商品交易所黄金期货|黄金期价|黄金|金价|COMEX gold|gold"
SIL = "白银期货|白银|silver"
PLT = "白金期货|白金|铂金|platinum"
G["zh11"] = ([
    m("price_change", None, "%", OIL, rng=(2, None), opt=True, basis="13日, 逾"),
    m("price", 51.2, "USD", WTI, basis="14日 settlement, per barrel, 2019年1月交货"),
    m("price_change", -1.38, "USD", WTI, basis="14日"), m("price_change", -2.62, "%", WTI, basis="14日"),
    m("price", 60.28, "USD", BRT, basis="14日 settlement, per barrel, 2019年2月交货"),
    m("price_change", -1.17, "USD", BRT, basis="14日"), m("price_change", -1.9, "%", BRT, basis="14日"),
    m("price", 1241.4, "USD", GOLD, basis="14日 settlement, per ounce, 2019年2月 most active"),
    m("price_change", -6, "USD", GOLD, basis="14日"), m("price_change", -0.48, "%", GOLD, basis="14日"),
    m("price_forecast|gold_price_forecast", 1145, "USD", "黄金|黄金价格|金价|gold", "2019", basis="BNP Paribas, average, per ounce"),
    m("price_forecast|gold_price_forecast", 1296, "USD", "黄金|黄金均价|金价|gold", "2019", basis="BofA Merrill Lynch, average"),
    m("price_forecast|gold_price_forecast", 1400, "USD", "黄金|金价|gold", "2019", basis="BofA Merrill Lynch, high, 最高有望上探至"),
    m("price", 14.637, "USD", SIL, basis="14日 settlement, per ounce, 2019年3月交割"),
    m("price_change", -0.218, "USD", SIL, basis="14日, 21.8美分"), m("price_change", -1.47, "%", SIL, basis="14日"),
    m("price", 785.3, "USD", PLT, basis="14日 settlement, per ounce, 2019年1月交割"),
    m("price_change", -12.2, "USD", PLT, basis="14日"), m("price_change", -1.53, "%", PLT, basis="14日"),
], [])

# zh12: London close with Europe's other two main indices (Xinhua style, Simplified; "21日" with no month or year -> period
# None). Close level, change in points and in % are key for the FTSE 100, CAC 40 and DAX. The five risers and five fallers
# among FTSE constituents each have an exact move -> key (named-stock moves stated exactly are key). The headline is
# figure-free (written for the passage).
FTSE = "《金融时报》100种股票平均价格指数|金融时报100指数|富时100指数|伦敦股市|FTSE 100"
CAC = "巴黎股市CAC40指数|CAC40指数|CAC 40"
DAX = "法兰克福股市DAX指数|DAX指数|DAX"
G["zh12"] = ([
    m("index_level", 6970.59, "points", FTSE, basis="close"),
    m("index_change", 2.26, "points", FTSE), m("index_change", 0.03, "%", FTSE),
    m("index_level", 4867.78, "points", CAC, basis="close"),
    m("index_change", -8.15, "points", CAC), m("index_change", -0.17, "%", CAC),
    m("index_level", 11136.20, "points", DAX, basis="close"),
    m("index_change", -69.34, "points", DAX), m("index_change", -0.62, "%", DAX),
    m("price_change", 1.92, "%", "梅尔罗斯工业公司|梅尔罗斯|Melrose Industries|Melrose"),
    m("price_change", 1.50, "%", "哈格里夫斯-兰斯当|Hargreaves Lansdown"),
    m("price_change", 1.40, "%", "DCC"),
    m("price_change", 1.26, "%", "阿斯特捷利康|阿斯利康|AstraZeneca"),
    m("price_change", 1.25, "%", "斯派莎克工程公司|斯派莎克|Spirax-Sarco"),
    m("price_change", -4.01, "%", "翠丰集团|翠丰|Kingfisher"),
    m("price_change", -2.83, "%", "安托法加斯塔|Antofagasta"),
    m("price_change", -2.43, "%", "斯墨菲卡帕集团|斯墨菲卡帕|Smurfit Kappa"),
    m("price_change", -2.19, "%", "森特理克集团|森特理克|Centrica"),
    m("price_change", -2.11, "%", "能多洁公司|能多洁|Rentokil Initial|Rentokil"),
], [])
