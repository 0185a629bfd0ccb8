# Hand labels for news15/zh, batch b (zh07-zh12; all six Traditional / Hong Kong style). Helpers m() and ra() are supplied
# by build_labels.py. Hong Kong stock context: 元 / $ = HKD unless another currency is printed. No year is taken from
# outside the text; labels were written from the text alone (no extractor output seen).

HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企指數|恒生中國企業指數|國指|HSCEI"
HST = "恒生科技指數|科指|HSTECH"
MB = "主板|大市|港股|Main Board"


def px(ent, price=None, pct=None, chg=None, prng=None, period=None, opt=False):
    """A stock's close price, its move in % (exact or bounded) and its move in HKD."""
    r = []
    if price is not None:
        r.append(m("price", price, "HKD", ent, period, opt=opt, basis="close"))
    if pct is not None:
        r.append(m("price_change", pct, "%", ent, period, opt=opt))
    if prng is not None:  # 逾X moves are optional bounds (development-corpus convention)
        r.append(m("price_change", None, "%", ent, period, rng=prng, opt=True, basis="逾, bound"))
    if chg is not None:
        r.append(m("price_change", chg, "HKD", ent, period, opt=opt))
    return r


# zh07: Hong Kong close (881903 Commercial Radio, Traditional) with indices, turnover and named movers with stock codes
# and 元 prices. No date or year is printed (the Shenzhen SEZ 40th anniversary only implies one from outside knowledge)
# -> period None throughout. The source page shows no headline in the stored text; the first line is a figure-free
# headline written for the passage. Open (高開98點), intraday high and intraday maximum gain are optional; the close,
# the day's change in points and % and the turnover are key. Named moves stated exactly or as 近X are key (近3% -> 3);
# 逾X moves are optional bounds. "重上22元" is a threshold regained -> optional. 威海商業銀行 "平收" carries no move figure,
# only its price. Moves printed in 元 are HKD price changes.
G["zh07"] = ([
    m("index_change", 98, "points", HSI, opt=True, basis="open"),
    m("index_change", 583, "points", HSI, opt=True, basis="intraday, maximum gain"),
    m("index_level", 24702, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 24649, "points", HSI, basis="close"),
    m("index_change", 530, "points", HSI), m("index_change", 2.2, "%", HSI),
    m("turnover", 1.402e11, "HKD", MB),
    m("index_level", 9878, "points", HSCEI, basis="close"),
    m("index_change", 260, "points", HSCEI), m("index_change", 2.7, "%", HSCEI),
    m("index_level", 7748, "points", HST, basis="close"),
    m("index_change", 245, "points", HST), m("index_change", 3.2, "%", HST),
    m("price", 22, "HKD", "小米|小米集團|Xiaomi|01810", opt=True, basis="threshold regained, 重上"),
]
    + px("小米|小米集團|Xiaomi|01810", 22.7, 8, 1.75)
    + px("騰訊|騰訊控股|Tencent|00700", 557, 3)
    + px("京東|京東集團|JD.com|09618", 316.8, 3)
    + px("中芯國際|中芯|SMIC|00981", 20.6, None, 2.12, prng=(11, None))
    + px("華虹半導體|華虹|Hua Hong Semiconductor|01347", 31.25, None, 3.5, prng=(12, None))
    + px("工商銀行|工行|ICBC|01398", 4.24, None, 0.34, prng=(5, None))
    + px("建設銀行|建行|CCB|00939", 5.3, None, None, prng=(5, None))
    + px("中國銀行|中行|Bank of China|03988", 2.49, 4)
    + px("威海商業銀行|威海銀行|Weihai City Commercial Bank|09677", 3.35)
    + px("恒安國際|恒安|Hengan International|01044", 55.25, None, -0.9, prng=(None, -1)),
    [])

# zh08: Hong Kong close with broker target raises (The Sun / on.cc, Traditional, 2014 by the address; no year printed in
# the text -> period None; "一○年十一月" is a reference date, not labelled). Coherent excerpt: the ADR paragraph and the
# link line were left out. Rating actions: no rating word is printed for Deutsche Bank, Jefferies or CLSA -> rating None,
# action raise_target. Deutsche's target "由143元…調高至202元" gives the prior; the lead's "調高逾四成一" is a bounded
# % change -> optional. Jefferies' "調高15%至158元" gives the % change but no prior. CLSA's 150元 is a twelve-month target
# with no prior. "與野村並列" implies Nomura's target is also 158元 -> optional target row and optional maintain action.
# CLSA's Q2 forecast (revenue 168億元人民幣, +38% yoy): quarter without a year -> period "Q2". "今年及明年盈利分別調高9%及13%"
# are earnings-forecast revisions with no printed year -> period None, basis this year / next year. The market-wide
# short-selling amount and ratio are day statistics of the wrap -> key. Intraday highs / the HSCEI's 79-point
# range are optional. The six-day streak is not labelled.
HKEX = "港交所|香港交易所|HKEX|00388"
TC8 = "騰訊|騰訊控股|Tencent|00700"
G["zh08"] = ([
    m("index_change", 211, "points", HSI), m("index_level", 24640, "points", HSI, basis="close"),
    m("index_change", 238, "points", HSI, opt=True, basis="intraday, maximum gain"),
    m("index_level", 24666, "points", HSI, opt=True, basis="intraday high"),
    m("index_range", 79, "points", HSCEI, opt=True, basis="intraday high-low range"),
    m("index_level", 11122, "points", HSCEI, basis="close"), m("index_change", 49, "points", HSCEI),
    m("turnover", 8.9e10, "HKD", MB),
    m("short_selling_turnover|short_selling", 9.785e9, "HKD", MB),
    m("short_selling_ratio", 11.01, "%", MB),
    m("price", 174.9, "HKD", HKEX, basis="close"), m("price_change", 3.49, "%", HKEX),
    m("price", 175.5, "HKD", HKEX, opt=True, basis="intraday high"),
    m("price", 130.4, "HKD", TC8, basis="close"), m("price_change", 1.16, "%", TC8),
    m("price", 130.9, "HKD", TC8, opt=True, basis="intraday high"),
    m("target_price", 202, "HKD", HKEX, prior=143, basis="Deutsche Bank"),
    m("target_price_change", None, "%", HKEX, rng=(41, None), opt=True, basis="Deutsche Bank, 逾四成一"),
    m("target_price", 158, "HKD", TC8, basis="Jefferies"),
    m("target_price_change", 15, "%", TC8, basis="Jefferies"),
    m("target_price", 158, "HKD", TC8, opt=True, basis="Nomura, tied as most bullish"),
    m("target_price", 150, "HKD", TC8, basis="CLSA, 12-month"),
    m("revenue", 1.68e10, "CNY", TC8, "Q2", basis="CLSA forecast"),
    m("revenue_growth", 38, "%", TC8, "Q2", basis="yoy, CLSA forecast"),
    m("earnings_forecast_change", 9, "%", TC8, basis="CLSA, this year"),
    m("earnings_forecast_change", 13, "%", TC8, basis="CLSA, next year"),
], [
    ra("德銀|德意志銀行|Deutsche Bank", HKEX, "raise_target", None, None, 202, 143, "HKD"),
    ra("富瑞|富瑞金融|Jefferies", TC8, "raise_target", None, None, 158, None, "HKD"),
    ra("里昂|CLSA", TC8, "raise_target", None, None, 150, None, "HKD"),
    ra("野村|Nomura", TC8, "maintain", None, None, 158, None, "HKD", opt=True),
])

# zh09: MTR annual results (Bastille Post, Traditional). The dateline 2018年03月08日 is printed; "去年" -> FY2017.
# "去年12月" -> 2017-12; "截至去年底" -> 2017-12-31. Headline and lead figures that round the body (勁賺168億, 逾168億元,
# 多賺64%) are optional; the headline 87仙 equals the body's 0.87元 final dividend -> one row. "按年大增2.65倍" / "上升
# 6.8倍" follow news13 ("增长X倍" = X×100%) -> 265 % and 680 %. Project completion percentages and the first time
# patronage passed 20億人次 are optional; the Shatin-Central Link cost revision (to 873億元, +165億元, +23%) is key.
MTR = "港鐵|港鐵公司|MTR|MTR Corporation|0066"
F9 = "FY2017"
SCL = "沙中線|沙中線主體工程|Shatin to Central Link"
G["zh09"] = ([
    m("net_profit", 1.68e10, "HKD", MTR, F9, opt=True, basis="headline, rounded"),
    m("net_profit", None, "HKD", MTR, F9, rng=(1.68e10, None), opt=True, basis="lead, 逾"),
    m("net_profit_growth", 64, "%", MTR, F9, opt=True, basis="lead, rounded"),
    m("net_profit", 1.6829e10, "HKD", MTR, F9),
    m("net_profit_growth", 64.1, "%", MTR, F9, basis="yoy"),
    m("underlying_profit|underlying_business_profit", 1.0515e10, "HKD", MTR, F9),
    m("underlying_profit_growth|underlying_business_profit_growth", 11.3, "%", MTR, F9, basis="yoy"),
    m("recurring_business_profit|recurrent_profit", 8.58e9, "HKD", MTR, F9, basis="excluding property development"),
    m("recurring_business_profit_growth|recurrent_profit_growth", -3.77, "%", MTR, F9, basis="yoy"),
    m("eps", 2.83, "HKD", MTR, F9),
    m("dividend_per_share|dividend", 0.87, "HKD", MTR, F9, basis="final, proposed"),
    m("property_development_profit", 1.935e9, "HKD", MTR, F9),
    m("property_development_profit_growth", 265, "%", MTR, F9, basis="yoy, 2.65倍"),
    m("revaluation_gain|investment_property_revaluation_gain", 6.31e9, "HKD", MTR, F9),
    m("revaluation_gain_growth", 680, "%", MTR, F9, basis="6.8倍"),
    m("revenue", 5.544e10, "HKD", MTR, F9, basis="total revenue"),
    m("revenue_growth", 22.68, "%", MTR, F9, basis="yoy"),
    m("fare_revenue", 1.8035e10, "HKD", MTR, F9, basis="total fare revenue"),
    m("fare_revenue_growth", 3.12, "%", MTR, F9, basis="yoy"),
    m("patronage_growth|ridership_growth", 2.6, "%", MTR, F9, basis="Hong Kong transport operations, total patronage"),
    m("patronage|ridership", None, "trips", MTR, F9, rng=(2e9, None), opt=True, basis="annual, first time above"),
    m("completion_rate", 99, "%", "高鐵香港段|Express Rail Link Hong Kong section", "2017-12-31", opt=True, basis="近"),
    m("completion_rate", None, "%", "沙中線|沙中線項目|Shatin to Central Link", "2017-12-31", rng=(81, None), opt=True, basis="逾"),
    m("project_cost", 8.73e10, "HKD", SCL, "2017-12", basis="main works, revised"),
    m("project_cost_change", 1.65e10, "HKD", SCL, "2017-12", basis="upward revision"),
    m("project_cost_change", 23, "%", SCL, "2017-12", basis="vs original estimate"),
], [])

# zh10: Hong Kong note-issuing banks cut the prime rate after a Fed cut (etnet, Traditional, dateline 18/09/2025).
# Fed cut -> period 2025-09 (month; the US decision date is not printed). HSBC's cut is effective "明日" -> 2025-09-19;
# BOCHK and Standard Chartered "下周一（22日）" -> 2025-09-22. Rates in 厘 -> "%", moves in 厘 -> bp (0.125厘 = 12.5 bp).
# HSBC's and BOCHK's new P of 5.125厘 has no printed old level -> no prior; Standard Chartered's 5.5厘 -> 5.375厘 has one.
# Savings-rate cuts are key rows per bank. The headline's "3家發鈔銀行 0.125厘" is the banks' collective move -> one row on
# that entity. The 2022-2023 cycle totals (US 5.25厘 over 11 hikes; Hong Kong banks 0.875厘 over 5 hikes) are key
# cumulative moves with the printed span "2022..2023"; the hike counts are optional. The analyst's expected last P cut
# of 0.125厘 is a forecast row; "年內" is conditional on a further US cut -> period None.
FED = "美國聯儲局|聯儲局|美國|Fed"
HS10 = "滙豐|滙豐銀行|HSBC"
BOC10 = "中銀香港|中國銀行(香港)|BOCHK"
SC10 = "渣打香港|渣打銀行(香港)|渣打|Standard Chartered HK"
NIB = "本港3家發鈔銀行|發鈔銀行|Hong Kong note-issuing banks"
HKB = "本港銀行|港銀|Hong Kong banks"
G["zh10"] = ([
    m("rate_change", -25, "bp", FED, "2025-09"),
    m("rate_change", -12.5, "bp", NIB, "2025-09", basis="HKD prime rate"),
    m("rate_change", -12.5, "bp", HS10, "2025-09-19", basis="HKD prime rate"),
    m("rate|prime_rate", 5.125, "%", HS10, "2025-09-19", basis="HKD prime rate"),
    m("rate_change", -12.5, "bp", HS10, "2025-09-19", basis="HKD savings deposit rate"),
    m("rate_change", -12.5, "bp", BOC10, "2025-09-22", basis="HKD prime rate"),
    m("rate|prime_rate", 5.125, "%", BOC10, "2025-09-22", basis="HKD prime rate"),
    m("rate_change", -12.5, "bp", BOC10, "2025-09-22", basis="HKD savings deposit rate"),
    m("rate_change", -12.5, "bp", SC10, "2025-09-22", basis="HKD prime lending rate"),
    m("rate|prime_rate", 5.375, "%", SC10, "2025-09-22", prior=5.5, basis="HKD prime lending rate"),
    m("rate_change", -12.5, "bp", SC10, "2025-09-22", basis="HKD savings rate"),
    m("rate_change", 525, "bp", FED, "2022..2023", basis="cumulative, hiking cycle"),
    m("rate_hikes", 11, "hikes", FED, "2022..2023", opt=True),
    m("rate_change", 87.5, "bp", HKB, "2022..2023", basis="cumulative, HKD prime rate, hiking cycle"),
    m("rate_hikes", 5, "hikes", HKB, "2022..2023", opt=True),
    m("rate_change", -12.5, "bp", HKB, basis="HKD prime rate, forecast, last cut"),
], [])

# zh11: Tencent's daily buyback and the year's Hong Kong buyback wave (3yzz.cn repost of a mainland news item, in
# Traditional characters, HK stocks in 港元). No year is printed anywhere -> period None; the dates (9月13日, 截至9月9日,
# 截至9月12日) go into basis. The source shows no headline in the stored text; the first line is a figure-free headline
# written for the passage. The per-share span "304.4—308港元" is a range (development corpus: 每股回購價介乎… -> rng).
# Year-to-date totals are key; last year's full-year 26億港元 is key (a stated comparison figure). "超過50次" and the
# 17-day streak are optional counts; "7家…均超10億港元" is an optional count; the later "156億港元" rounds the earlier
# 156.4億港元 -> optional. Market-wide figures belong to the Hong Kong listed companies as a group.
TC11 = "騰訊控股|騰訊|Tencent|00700"
AIA = "友邦保險|友邦|AIA|01299"
HKL = "港股上市公司|港股|港股市場|Hong Kong-listed companies"
G["zh11"] = ([
    m("buyback_price", None, "HKD", TC11, rng=(304.4, 308), basis="per share, 9月13日"),
    m("buyback_shares|shares_repurchased", 1.15e6, "shares", TC11, basis="9月13日"),
    m("buyback_amount", 3.52e8, "HKD", TC11, basis="9月13日, 約"),
    m("buyback_streak", 17, "trading days", TC11, opt=True, basis="consecutive"),
    m("buyback_count", None, "times", TC11, rng=(50, None), opt=True, basis="year to date, 超"),
    m("buyback_shares|shares_repurchased", 4.42444e7, "shares", TC11, basis="year to date to 9月9日, cumulative"),
    m("buyback_amount", 1.564e10, "HKD", TC11, basis="year to date to 9月9日, cumulative"),
    m("buyback_amount", 2.6e9, "HKD", TC11, basis="last year, full year"),
    m("buyback_amount", 1.56e10, "HKD", TC11, opt=True, basis="year to date, rounded repeat"),
    m("buyback_amount", 1.51e10, "HKD", AIA, basis="year to date"),
    m("buyback_companies|companies", 178, "companies", HKL, basis="year to date to 9月12日, companies buying back"),
    m("buyback_companies_growth", 32, "%", HKL, basis="yoy"),
    m("buyback_amount", 5.23e10, "HKD", HKL, basis="year to date to 9月12日, total"),
    m("buyback_amount_growth", 136, "%", HKL, basis="yoy"),
    m("buyback_amount_growth", 13, "%", HKL, basis="vs last year's full year"),
    m("buyback_companies|companies", 7, "companies", HKL, opt=True, basis="each above 10億港元"),
], [])

# zh12: China Medical System IPO allotment result (h1.com.hk instant news, Traditional, dateline 2010-09-27).
# IPO pricing figures carry no period (as in the development corpus IPO passages); the listing date is not labelled.
# Key: final offer price (top of range), the public-offer oversubscription, the price range, the offering size and the
# entry fee (the development corpus zh15 keeps entry fee key). Optional (allotment statistics, lot size, minor share
# counts): valid applications, shares applied for, the one-lot success rate (also the headline, same figure -> one
# row), the lots / shares needed for a sure lot, old shares and the 90/10 split.
CMS = "康哲藥業|康哲|China Medical System|00867"
G["zh12"] = ([
    m("applications", 21686, "applications", CMS, opt=True, basis="valid, Hong Kong public offer"),
    m("subscribed_shares", 1.734e9, "shares", CMS, opt=True, basis="Hong Kong public offer"),
    m("oversubscription|subscription_multiple", 85, "x", CMS, basis="Hong Kong public offer"),
    m("ipo_price|offer_price", 5.06, "HKD", CMS, basis="final, top of range"),
    m("one_lot_success_rate|allotment_rate", 20, "%", CMS, opt=True),
    m("lot_size", 800, "shares", CMS, opt=True),
    m("lots_for_guaranteed_lot", 6, "lots", CMS, opt=True),
    m("shares_for_guaranteed_lot", 4800, "shares", CMS, opt=True),
    m("offer_shares", 2e8, "shares", CMS, basis="global offering"),
    m("offer_shares", 3e7, "shares", CMS, opt=True, basis="old (sale) shares"),
    m("offer_share_pct", 90, "%", CMS, opt=True, basis="international placing"),
    m("offer_share_pct", 10, "%", CMS, opt=True, basis="Hong Kong public offer"),
    m("ipo_price|offer_price", None, "HKD", CMS, rng=(3.6, 5.06), basis="price range"),
    m("entry_fee", 4088.84, "HKD", CMS, basis="per lot of 800 shares"),
], [])
