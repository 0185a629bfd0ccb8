# Hand labels for news8/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Conventions: shared/corpora/news-text/zh/README.md, news3/zh/README.md, news4/zh/README.md.

HSI = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI = "恒生中國企業指數|國指|國企指數|Hang Seng China Enterprises Index|HSCEI"
HST = "恒生科技指數|科指|Hang Seng TECH Index|HSTECH"
MKT = "港股|大市|Hong Kong stock market"

# zh09: Haitong International raises Dah Sing Bank's target after interim results (blog repost, Traditional).
# 中期 with "2018年初" in the same sentence chain: the interim ratios are 2018H1. From-to levels: value new, prior old.
# Headline target equals the body's (one row). 市賬率 implied by the target is key ("x").
DSB = "大新銀行|大新|Dah Sing Bank"
G["zh09"] = ([
    m("loan_to_deposit_ratio", 72, "%", DSB, period="2018H1", prior=70.3),
    m("net_interest_margin|nim", 2.09, "%", DSB, period="2018H1", prior=2.02),
    m("npl_ratio|bad_debt_ratio", 0.73, "%", DSB, period="2018H1", prior=0.82),
    m("target_price", 21.25, "HKD", DSB, prior=20),
    m("pb_ratio|price_to_book", 1.07, "x", DSB, basis="implied by target"),
], [
    ra("海通國際|Haitong International", DSB, "raise_target", "buy", target=21.25, prior_target=20, cur="HKD"),
])

# zh10: Hong Kong midday wrap (Metro Radio 881903, Traditional). No date: no period. Intraday low and the largest
# intraday fall are optional. Named-stock moves written in Chinese numerals (百分之二 -> 2 %); 升近百分之一 -> 1 %
# (近X = X, key). Each named stock: % move, price and HKD move are key, as in the development corpus's wraps.
def stk(ent, pct, px, chg):
    out = [] if pct is None else [m("price_change", pct, "%", ent)]
    return out + [m("price", px, "HKD", ent, basis="midday"), m("price_change", chg, "HKD", ent)]
G10 = [
    m("index_change", -90, "points", HSI, opt=True, basis="intraday, 最多"),
    m("index_level", 24195, "points", HSI, opt=True, basis="intraday low"),
    m("index_level", 24275, "points", HSI, basis="midday close"),
    m("index_change", -9, "points", HSI),
    m("turnover", 4.23e10, "HKD", MKT, basis="half day"),
    m("index_level", 13625, "points", HSCEI, basis="midday"),
    m("index_change", -31, "points", HSCEI),
]
G10 += stk("匯豐|匯豐控股|HSBC", 1, 83.85, 0.8)
G10 += stk("中海油|CNOOC", 2, 20.9, 0.5)
G10 += stk("中石化|Sinopec", 1, 8.13, 0.11)
G10 += stk("騰訊控股|騰訊|Tencent", None, 206.4, 1.6)
G10 += stk("招商局國際|China Merchants Holdings (International)", -3, 33.85, -1.15)
G10 += stk("長實|CK", -1, 129.3, -2.2)
G10 += [m("price_change", -1, "%", "恆隆地產|Hang Lung Properties")]
G10 += stk("卡姆丹克太陽能|卡姆丹克|Comtec Solar", 5, 4.21, 0.21)
G10 += stk("中聯重科|Zoomlion", 6, 22.25, 1.35)
G["zh10"] = (G10, [])

# zh11: Hong Kong IPO grey market and allotment (Sing Tao Daily, Traditional). 升X倍 is a rise of X times -> X*100 %
# (as 盈利增長逾3倍 -> 300 % in the development corpus). Grey-market close on the main venue (富途), IPO price,
# proceeds and oversubscription are key; other venues' closes, intraday moves, per-lot gains, lot sizes and the
# one-lot success rate are optional (news3 IPO convention). Counts of people are not labelled. The oversubscription
# printed twice (11463.7倍) has one row; headline 逾1.1萬倍 is an optional approximate restatement.
JY = "金葉國際|金葉|Jinye International"
ZD = "摯達科技|摯達"
G["zh11"] = ([
    m("oversubscription", None, "x", JY, rng=(11000, None), opt=True, basis="headline, 逾, public offer"),
    m("oversubscription", 11463.7, "x", JY, basis="public offer"),
    m("oversubscription", 7557.4, "x", "大行科工", basis="public offer"),
    m("grey_market_change|price_change", 900, "%", JY, opt=True, basis="grey-market intraday high, Futu/Phillip, 最多 9倍"),
    m("paper_gain_per_lot|gain_per_lot", 2.25e4, "HKD", JY, opt=True, basis="intraday, per lot"),
    m("grey_market_change|price_change", None, "%", JY, rng=(470, None), opt=True, basis="grey-market close, three venues, 逾"),
    m("paper_gain_per_lot|gain_per_lot", None, "HKD", JY, rng=(11800, 11900), opt=True, basis="per lot, three venues"),
    m("paper_gain_per_lot|gain_per_lot", 11875, "HKD", "長風藥業", opt=True, basis="first day, per lot, record year to date"),
    m("ipo_price|offer_price", 0.5, "HKD", JY, basis="final, near low end of range"),
    m("ipo_proceeds|funds_raised", 5e7, "HKD", JY),
    m("grey_market_change|price_change", 160, "%", JY, opt=True, basis="grey-market open, Futu"),
    m("grey_market_price|price", 5, "HKD", JY, opt=True, basis="grey-market high, Futu"),
    m("grey_market_price|price", 2.8, "HKD", JY, opt=True, basis="trading level"),
    m("grey_market_price|price", 2.86, "HKD", JY, basis="grey-market close, Futu"),
    m("grey_market_change|price_change", 470, "%", JY, basis="grey-market close, Futu"),
    m("lot_size", 5000, "shares", JY, opt=True),
    m("paper_gain_per_lot|gain_per_lot", 1.18e4, "HKD", JY, opt=True, basis="Futu, per lot"),
    m("grey_market_change|price_change", 470, "%", JY, opt=True, basis="grey-market close, Bright Smart"),
    m("grey_market_change|price_change", 480, "%", JY, opt=True, basis="grey-market close, Phillip"),
    m("paper_gain_per_lot|gain_per_lot", 11850, "HKD", JY, opt=True, basis="Bright Smart, per lot"),
    m("paper_gain_per_lot|gain_per_lot", 11900, "HKD", JY, opt=True, basis="Phillip, per lot"),
    m("one_lot_success_rate|allotment_rate", 0.5, "%", JY, opt=True),
    m("oversubscription", 0.2, "x", JY, basis="international offering"),
    m("grey_market_change|price_change", None, "%", ZD, rng=(180, None), opt=True, basis="headline, 逾"),
    m("grey_market_change|price_change", None, "%", ZD, rng=(180, 190), basis="grey-market close, three venues"),
    m("lot_size", 50, "shares", ZD, opt=True),
    m("paper_gain_per_lot|gain_per_lot", None, "HKD", ZD, rng=(6069, 6204), opt=True, basis="per lot"),
], [])

# zh12: daily Hong Kong buyback roundup (Futu News, Traditional). Labelled as news4 zh09 (the same Futu format):
# shares, amount and price range key; cumulative counts and percentages of issued shares optional. Dates without
# a year: no period. HSBC's London buyback is in GBP.
HS = "匯豐控股|匯豐|HSBC"; SAM = "新秀麗|Samsonite"; AAC = "瑞聲科技|瑞聲|AAC Technologies"
SC = "渣打集團|渣打|Standard Chartered"
G["zh12"] = ([
    m("buyback_shares", 2.988e6, "shares", HS), m("buyback", 2.68e8, "HKD", HS),
    m("buyback_price", None, "HKD", HS, rng=(89.6, 89.95)),
    m("buyback_shares", 1.2702e6, "shares", SAM), m("buyback", 2.45447e7, "HKD", SAM),
    m("buyback_price", None, "HKD", SAM, rng=(18.9, 19.52)),
    m("buyback_shares_cumulative", 7.53915e7, "shares", SAM, opt=True), m("buyback_share_pct", 5.159, "%", SAM, opt=True),
    m("buyback_shares", 2.0429e6, "shares", HS), m("buyback", 1.8276e7, "GBP", HS),
    m("buyback_price", None, "GBP", HS, rng=(8.87, 8.98)),
    m("buyback_shares", 3.455e5, "shares", AAC), m("buyback", 1.80198e7, "HKD", AAC),
    m("buyback_price", None, "HKD", AAC, rng=(51.2, 53.6)),
    m("buyback_shares_cumulative", 1.00535e7, "shares", AAC, opt=True), m("buyback_share_pct", 0.839, "%", AAC, opt=True),
    m("buyback_shares", 1.15e6, "shares", SC), m("buyback", 1.36869e7, "GBP", SC),
    m("buyback_price", None, "GBP", SC, rng=(11.84, 11.99)),
], [])

# zh13: Fed cut and Hong Kong prime-rate cuts (Hong Kong Commercial Daily, Traditional). Fractions of a 厘:
# 半厘 = -50 bp, 四分一厘 = -25 bp, 八分一厘 = +12.5 bp (a hike). Levels in % with the old level as prior. The year of
# the current moves is not printed (only the day): no period; HSBC's previous hike carries its printed date.
# The opening "雙雙下調…四分一厘" and each bank's own cut are the same fact per bank (one row each).
HSBCB = "滙豐|滙豐銀行|HSBC"; BOC = "中銀香港|中銀|BOCHK|Bank of China (Hong Kong)"
G["zh13"] = ([
    m("rate_change|policy_rate_change", -50, "bp", "美國|美國聯邦儲備局|聯儲局|Federal Reserve|Fed"),
    m("prime_rate_change|rate_change", -25, "bp", HSBCB, basis="HKD prime rate"),
    m("prime_rate", 5.625, "%", HSBCB, prior=5.875, basis="HKD prime rate"),
    m("prime_rate_change|rate_change", 12.5, "bp", HSBCB, period="2023-07-28", basis="previous adjustment"),
    m("savings_rate_change|deposit_rate_change|rate_change", -25, "bp", HSBCB, basis="USD savings"),
    m("savings_rate|deposit_rate", 0.75, "%", HSBCB, prior=1.0, basis="USD savings"),
    m("prime_rate_change|rate_change", -25, "bp", BOC, basis="HKD prime rate"),
    m("prime_rate", 5.625, "%", BOC, prior=5.875, basis="HKD prime rate"),
    m("savings_rate_change|deposit_rate_change|rate_change", -25, "bp", BOC, basis="HKD savings"),
], [])

# zh14: JPMorgan upgrades HKT Hutchison Telecom HK and raises SmarTone's target (AASTOCKS, Traditional). AASTOCKS
# inline quotes optional. 今明兩年 gives no year: the forecast raises carry no period. The quote timestamp is page
# boilerplate, not a period for the note. 「0+3」 is a quarantine arrangement, not a figure.
def q(ent, chg, pct, short=None, ratio=None):
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out
HTHK = "和電香港|和記電訊香港|Hutchison Telecommunications Hong Kong|HTHK"
STN = "數碼通|數碼通電訊|SmarTone"
JPM = "摩根大通|摩通|JPMorgan|J.P. Morgan"
G14 = q(HTHK, 0.0, 0.0, 1.714e5, 4.642)
G14 += [
    m("price_change", -35, "%", HTHK, basis="since June, cumulative"),
    m("index_change|price_change", -16, "%", HSI, basis="same period"),
    m("target_price", 1.7, "HKD", HTHK, prior=1.2),
    m("forecast_revision|roaming_revenue_forecast_change", 35, "%", HTHK, basis="roaming revenue forecast, this year"),
    m("forecast_revision|roaming_revenue_forecast_change", 36, "%", HTHK, basis="roaming revenue forecast, next year"),
]
G14 += q(STN, -0.010, -0.224, 1.79e4, 1.078)
G14 += [
    m("target_price", 5.8, "HKD", STN, prior=5.5),
    m("relative_performance|outperformance", 23, "%", STN, basis="vs Hang Seng Index, year to date"),
]
G["zh14"] = (G14, [
    ra(JPM, HTHK, "upgrade", "overweight", prior_rating="underweight", target=1.7, prior_target=1.2, cur="HKD"),
    ra(JPM, STN, "raise_target", "overweight", target=5.8, prior_target=5.5, cur="HKD"),
])

# zh15: Xinyi Glass interim results (etnet, Traditional, with the full-width "﹒" decimal point and hard line wraps).
# "截至6月30日止中期" with no year: period "H1". 元/仙 in a Hong Kong stock context = HKD (64﹒6仙 -> 0.646 HKD).
# 約 keeps the value. Gross-margin change in 個百分點 -> pp.
XY = "信義玻璃|Xinyi Glass"
G["zh15"] = ([
    m("net_profit|net_income", 2.73e9, "HKD", XY, "H1", basis="約"),
    m("net_profit_growth|net_income_growth", 27.1, "%", XY, "H1", basis="yoy"),
    m("eps", 0.646, "HKD", XY, "H1"),
    m("dividend_per_share|interim_dividend", 0.31, "HKD", XY, "H1", basis="interim"),
    m("dividend_growth|dividend_per_share_growth", 19, "%", XY, "H1"),
    m("revenue", 1.18e10, "HKD", XY, "H1", basis="約"),
    m("revenue_growth", -6.4, "%", XY, "H1"),
    m("gross_profit_growth", 10, "%", XY, "H1", basis="約"),
    m("gross_profit", 4.05e9, "HKD", XY, "H1", basis="約"),
    m("gross_margin_change", 5.3, "pp", XY, "H1"),
    m("gross_margin", 34.3, "%", XY, "H1"),
    m("other_income|other_revenue", 4e8, "HKD", XY, "H1"),
    m("operating_profit", 2.9e9, "HKD", XY, "H1", basis="約"),
    m("share_of_associates_profit|associates_profit", 4.6e8, "HKD", XY, "H1"),
], [])

# zh16: Citi cuts Yue Yuen's target after results (Zhitong Finance via ttnews, Traditional). The old target is not
# printed: no prior; the cut is a target_change in %. Headline 跌超5% is an optional bound; the body's 5.22% is key.
# Turnover 3043萬 in a Hong Kong stock context = HKD. 2019年度 / 2020及2021財年 -> FY2019, FY2020, FY2021.
YY = "裕元集團|裕元|Yue Yuen"
CITI = "花旗|Citi|Citigroup"
G["zh16"] = ([
    m("target_change|target_price_change", -44.9, "%", YY),
    m("target_price", 10.8, "HKD", YY),
    m("price_change", None, "%", YY, rng=(None, -5), opt=True, basis="headline, 超"),
    m("price_change", -5.22, "%", YY, basis="intraday, as of 13:46"),
    m("price", 11.26, "HKD", YY, basis="as of 13:46"),
    m("turnover", 3.043e7, "HKD", YY),
    m("recurring_profit|recurring_earnings|net_profit", 2.82e8, "USD", YY, "FY2019"),
    m("recurring_profit_growth|recurring_earnings_growth|net_profit_growth", -13, "%", YY, "FY2019", basis="yoy"),
    m("earnings_forecast_change|forecast_revision", -64, "%", YY, "FY2020"),
    m("earnings_forecast_change|forecast_revision", -32, "%", YY, "FY2021"),
], [
    ra(CITI, YY, "cut_target", "sell", target=10.8, cur="HKD"),
])
