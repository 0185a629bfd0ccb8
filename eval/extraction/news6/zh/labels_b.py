# Hand labels for news6/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.

def pc(ent, pct, px=None, period=None, opt=False, basis=None):
    """stock move in % with its closing price in HKD (Hong Kong stock context)"""
    out = [m("price_change", pct, "%", ent, period, opt=opt, basis=basis)]
    if px is not None:
        out.append(m("price", px, "HKD", ent, period, opt=opt, basis="close"))
    return out

HSI = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI = "恒生中國企業指數|國指|國企指數|Hang Seng China Enterprises Index|HSCEI"
HST = "恒生科技指數|科指|Hang Seng TECH Index|HSTECH"
SB = "南下資金|北水|南向資金|Southbound Stock Connect|Southbound"
MB = "港股主板|主板|港股|Hong Kong stock market"

# zh09: Hong Kong market close on the US-Israel strike on Iran (etnet, Traditional); the dateline prints the full date
D9 = "2026-03-02"
mt = [
    m("net_inflow|southbound_net_inflow|fund_flow", 1.62e10, "HKD", SB, D9),
    m("index_change", -570, "points", HSI, D9), m("index_level", 26059, "points", HSI, D9, basis="close"),
    m("index_change", None, "points", HSI, D9, rng=(None, -748), opt=True, basis="intraday, 最多曾跌超過"),
    m("index_level", 25882, "points", HSI, D9, opt=True, basis="intraday low"),
    m("index_distance|index_change", None, "points", HSI, D9, rng=(None, 200), opt=True, basis="distance to year low, 不足"),
    m("index_change", -2.1, "%", HSI, D9),
    m("index_level", 26000, "points", HSI, D9, opt=True, basis="threshold, 兩萬六"),
    m("moving_average|index_level", 26319, "points", HSI, D9, opt=True, basis="100-day moving average, 約"),
    m("turnover", 3.577e11, "HKD", MB, D9, basis="近"),
    m("index_change", -157, "points", HSCEI, D9), m("index_change", -1.8, "%", HSCEI, D9),
    m("index_level", 8701, "points", HSCEI, D9, basis="close"),
    m("index_change", -148, "points", HST, D9), m("index_change", -2.9, "%", HST, D9),
    m("index_level", 4989, "points", HST, D9, basis="close"),
]
mt += pc("滙控|滙豐控股|HSBC", -5.16, 139.7, D9) + pc("渣打|渣打集團|Standard Chartered", -6.5, 185.6, D9)
mt += pc("友邦|友邦保險|AIA", -2.07, 85, D9) + pc("中銀香港|BOCHK", -4.72, 42.78, D9)
XM = "小米|小米集團|Xiaomi"
mt += pc(XM, -5.04, 33.14, D9)
mt += [m("price_change", -9.35, "%", XM, D9, basis="5-day cumulative"),
       m("vehicle_deliveries_growth|deliveries_growth", -50, "%", XM, basis="mom, 五成")]
mt += pc("美團|Meituan", -4.62, 77.4, D9) + pc("阿里|阿里巴巴|Alibaba", -4.55, 136.4, D9)
mt += pc("百度|Baidu", -4.2, 118.5, D9) + pc("快手|Kuaishou", -3.34, 60.75, D9)
mt += pc("騰訊|騰訊控股|Tencent", -0.77, 514, D9) + pc("中芯|中芯國際|SMIC", -5, 64.6, D9)
G["zh09"] = (mt, [])

# zh10: Hong Kong placement wave (Bastille Post, Traditional); 元 in a Hong Kong stock context = HKD.
# Discounts positive as in news5 zh04; headline figures rounded from the body are optional.
GCL = "保利協鑫能源|保利協鑫|GCL Technology|GCL-Poly"; INN = "信達生物|Innovent"; MAN = "敏華控股|敏華|Man Wah"
INC = "諾誠健華|InnoCare"; HH = "和泓服務|Hevol Services"
G["zh10"] = ([
    m("placing_shares|shares_placed", 4e9, "shares", GCL, opt=True, basis="headline, rounded"),
    m("placing_proceeds|proceeds", 4.1e9, "HKD", GCL, opt=True, basis="headline, rounded"),
    m("placing_proceeds|proceeds", 1.1e10, "HKD", "配股潮|港股配股|Hong Kong placements", basis="five companies combined, 約"),
    m("placing_shares|shares_placed", 3.968e9, "shares", GCL),
    m("placing_share_pct|stake", 15.57, "%", GCL, basis="of enlarged share capital"),
    m("placing_price|offer_price", 1.08, "HKD", GCL),
    m("placing_discount|discount", 12.2, "%", GCL, basis="vs previous close"),
    m("placing_proceeds|proceeds", 4.148e9, "HKD", GCL, basis="net of expenses, 約"),
    m("placing_shares|shares_placed", 5.2e7, "shares", INN),
    m("placing_price|offer_price", None, "HKD", INN, rng=(89.5, 91)),
    m("price", 95.55, "HKD", INN, basis="close"),
    m("placing_discount|discount", None, "%", INN, rng=(4.8, 6.3), basis="vs close"),
    m("placing_proceeds|proceeds", None, "HKD", INN, rng=(4.654e9, 4.732e9)),
    m("placing_price|offer_price", None, "HKD", MAN, rng=(15.7, 16.36)),
    m("placing_shares|shares_placed", 1.23e8, "shares", MAN),
    m("price", 17.22, "HKD", MAN, basis="close"),
    m("placing_discount|discount", None, "%", MAN, rng=(5, 8.8), basis="vs close"),
    m("placing_proceeds|proceeds", None, "HKD", MAN, rng=(1.93e9, 2.01e9)),
    m("placing_price|offer_price", None, "HKD", INC, rng=(12.4, 12.8), basis="old shares sold by directors and management"),
    m("placing_discount|discount", None, "%", INC, rng=(4, 7), basis="約"),
    m("placing_shares|shares_placed", 1.87e7, "shares", INC),
    m("placing_proceeds|proceeds", None, "HKD", INC, rng=(2.32e8, 2.39e8)),
    m("placing_price|offer_price", 2, "HKD", HH),
    m("price", 2.23, "HKD", HH, basis="close"),
    m("placing_discount|discount", 10.31, "%", HH, basis="vs previous close"),
    m("placing_shares|shares_placed", None, "shares", HH, rng=(None, 8e7)),
    m("placing_proceeds|proceeds", 1.6e8, "HKD", HH),
    m("placing_share_pct|stake", 14.29, "%", HH, basis="of enlarged issued share capital, 約"),
], [])

def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+1.800 (+2.099%) 沽空 $1.45億; 比率 17.889%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out

# zh11: Goldman Sachs rating/target table for Hong Kong banks (AASTOCKS, Traditional); two downgrades, two target cuts,
# two unchanged rows (maintain). Related-content headlines (HSBC Q1, Citi on BOCHK) are optional.
GS = "高盛|Goldman Sachs"
HSBC = "滙豐控股|滙控|HSBC"; BOCHK = "中銀香港|BOCHK|BOC Hong Kong"
rows = [(HSBC, 1.800, 2.099, 1.45e8, 17.889, "buy", None, 98, None),
        ("渣打集團|渣打|Standard Chartered", 2.300, 2.093, 3.952e5, 3.229, "neutral", None, 104, None),
        (BOCHK, 0.000, 0.000, 5.62e7, 23.495, "neutral", "buy", 29.5, 31.9),
        ("恒生銀行|恒生|Hang Seng Bank", 0.100, 0.095, 2.00e7, 35.989, "neutral", None, 99, 112),
        ("東亞銀行|東亞|Bank of East Asia|BEA", -0.040, -0.373, 5.986e5, 40.043, "sell", "neutral", 9.4, 10.7),
        ("大新銀行|大新|Dah Sing Banking", 0.110, 1.346, 6.133e5, 7.611, "neutral", None, 7.3, 7.8)]
mt = [
    m("profit_before_tax_growth|pretax_profit_growth", -25, "%", HSBC, "Q1", opt=True, basis="reported, related headline"),
    m("dividend_per_share|dps", 0.10, "USD", HSBC, opt=True, basis="first interim, related headline"),
    m("buyback|share_buyback", None, "USD", HSBC, rng=(None, 3e9), opt=True, basis="planned, related headline, 最多達"),
    m("target_price", 32.2, "HKD", BOCHK, opt=True, basis="Citi, related headline"),
]
rt = [ra("花旗|Citi|Citigroup", BOCHK, "raise_target", "buy", None, 32.2, None, "HKD", opt=True)]
for e, c, p, s, r, rating, prev_rating, tp, prev in rows:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e, prior=prev))
    if prev_rating is not None:
        rt.append(ra(GS, e, "downgrade", rating, prev_rating, tp, prev, "HKD"))
    elif prev is not None:
        rt.append(ra(GS, e, "cut_target" if tp < prev else "raise_target", rating, None, tp, prev, "HKD"))
    else:
        rt.append(ra(GS, e, "maintain", rating, None, tp, None, "HKD"))
G["zh11"] = (mt, rt)

# zh12: Hong Kong retail sales, October (Sing Tao realtime, HK-style Simplified). "较2016年同月" for this year's October
# fixes the year as 2017 from the text itself. Category growth rates key (each is a stated yoy figure).
HKR = "香港零售业|零售业|Hong Kong retail sales|Hong Kong"
G["zh12"] = ([
    m("retail_sales|retail_sales_value", 3.75e10, "HKD", HKR, "2017-10", basis="provisional estimate"),
    m("retail_sales_growth|retail_sales_value_growth", 3.9, "%", HKR, "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 5.7, "%", HKR, "2017-09", basis="yoy, value, revised"),
    m("retail_sales_growth|retail_sales_value_growth", 1.2, "%", HKR, "2017-01..10", basis="yoy, value, provisional"),
    m("retail_sales_volume_growth|retail_volume_growth", 3.6, "%", HKR, "2017-10", basis="yoy, volume"),
    m("retail_sales_volume_growth|retail_volume_growth", 5.6, "%", HKR, "2017-09", basis="yoy, volume, revised"),
    m("retail_sales_volume_growth|retail_volume_growth", 1.1, "%", HKR, "2017-01..10", basis="yoy, volume, provisional"),
    m("retail_sales_growth|retail_sales_value_growth", 8.4, "%", "珠宝首饰、钟表及名贵礼物|珠宝首饰|jewellery, watches and valuable gifts", "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 0.7, "%", "超级市场货品|超级市场|supermarket goods", "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 6.2, "%", "百货公司货品|百货公司|department store goods", "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 7.0, "%", "服装|clothing", "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 8.5, "%", "食品、酒类饮品及烟草|食品|food, alcoholic drinks and tobacco", "2017-10", basis="yoy, value"),
    m("retail_sales_growth|retail_sales_value_growth", 9.9, "%", "药物及化妆品|medicines and cosmetics", "2017-10", basis="yoy, value"),
], [])

# zh13: JPMorgan note on Chinese banks with five target raises, prose with AASTOCKS inline quotes (Traditional).
# No rating is stated for any bank -> rating None; targets in HKD (Hong Kong stock context).
JPM = "摩根大通|摩通|JPMorgan|J.P. Morgan"
ICBC = "工行|工商銀行|ICBC"; ABC = "農行|農業銀行|ABC|Agricultural Bank of China"; CCB = "建行|建設銀行|CCB"
BOC = "中行|中國銀行|Bank of China"; CMB = "招行|招商銀行|China Merchants Bank"
CITIC = "中信銀行|China CITIC Bank"; PSBC = "郵儲行|郵儲銀行|Postal Savings Bank of China|PSBC"
mt = q(ICBC, 0.050, 1.025, 1.51e8, 28.060) + q(ABC, 0.020, 0.477, 3.33e7, 22.865)
mt += q(CCB, 0.060, 1.005, 1.97e8, 27.156) + q(BOC, 0.070, 1.852, 1.28e8, 31.966)
mt += q(CMB, 1.300, 3.258, 2.23e8, 34.606) + q(CITIC, 0.090, 1.741, 6.30e6, 4.792) + q(PSBC, 0.040, 0.899, 2.36e7, 19.089)
rt = []
for e, tp, prev in [(BOC, 4.2, 4), (CCB, 6.7, 6.55), (CMB, 46, 44), (CITIC, 4.55, 4.4), (PSBC, 4.6, 4.3)]:
    mt.append(m("target_price", tp, "HKD", e, prior=prev))
    rt.append(ra(JPM, e, "raise_target", None, None, tp, prev, "HKD"))
G["zh13"] = (mt, rt)

# zh14: Hong Kong buyback wave, year-to-date Wind statistics (CRNTT relaying Economic Information Daily, Traditional).
# No year is printed ("今年以來", "年內", "12月4日") -> period None. 超X restatements of exact figures are optional
# bounds; thresholds (超過1億 / 10億港元) and the counts of companies above them are optional.
HKL = "港股上市公司|港股市場|Hong Kong listed companies"
TC = "騰訊控股|騰訊|Tencent"
G["zh14"] = ([
    m("buyback_companies|companies", 250, "companies", HKL, basis="year to date"),
    m("buyback_shares", None, "shares", HKL, rng=(7e9, None), opt=True, basis="year to date, 超"),
    m("buyback", None, "HKD", HKL, rng=(1.62e11, None), opt=True, basis="year to date, 超"),
    m("buyback_companies|companies", 44, "companies", HKL, basis="12月4日"),
    m("buyback_shares", 3.44539e7, "shares", HKL, basis="12月4日"),
    m("buyback_shares", None, "shares", HKL, rng=(3e7, None), opt=True, basis="two consecutive days, 超"),
    m("buyback", 9.55e8, "HKD", HKL, basis="12月4日, 約"),
    m("buyback_shares", 7.020e9, "shares", HKL, basis="year to date"),
    m("buyback", 1.62021e11, "HKD", HKL, basis="year to date"),
    m("buyback_companies|companies", 64, "companies", HKL, opt=True, basis="buyback over HK$100m"),
    m("buyback", None, "HKD", HKL, rng=(1e8, None), opt=True, basis="threshold"),
    m("buyback_companies|companies", 16, "companies", HKL, opt=True, basis="buyback over HK$1bn"),
    m("buyback", None, "HKD", HKL, rng=(1e9, None), opt=True, basis="threshold"),
    m("buyback_count", None, "buybacks", TC, rng=(100, None), opt=True, basis="year to date, 超百次"),
    m("buyback_shares", 1.34e8, "shares", TC, basis="year to date, cumulative"),
    m("buyback", 6.8593e10, "HKD", TC, basis="year to date, cumulative"),
    m("buyback", None, "HKD", "匯豐控股|友邦保險|HSBC|AIA", rng=(1e10, None), opt=True, basis="year to date, 超過百億"),
    m("buyback", 3.0257e10, "HKD", "匯豐控股|匯豐|HSBC", basis="year to date"),
    m("buyback", 1.7693e10, "HKD", "友邦保險|友邦|AIA", basis="year to date"),
], [])

# zh15: IPO results, grey-market and debut of GEM/Main Board IPOs, two listing filings (Ming Pao, Traditional).
# Following news3 zh16: grey-market price and change, IPO price, oversubscription, debut close/change/turnover key;
# allotment statistics, one-lot success rates (also the headline 0.2%), lot sizes, paper gains per lot, intraday
# highs and the clawback share optional. "去年" without a year -> period None. 元 = HKD except the marked 元人民幣/美元.
YB = "優博控股|優博|Yau Bong"; AS = "汽車街|Autostreets"; CH = "參花實業|參花"; TS = "德翔海運|TS Lines"
G["zh15"] = ([
    m("oversubscription", 2502, "x", YB, basis="public offer"),
    m("applications", 3.88e4, "applications", YB, opt=True),
    m("applications", 7831, "applications", YB, opt=True, basis="one lot"),
    m("applications", 16, "applications", YB, opt=True, basis="successful one-lot"),
    m("allotment_rate|success_rate", 0.2, "%", YB, opt=True, basis="one lot"),
    m("shares_for_one_lot", 2.5e6, "shares", YB, opt=True, basis="500手 for a guaranteed lot"),
    m("subscription_amount", 1.515e6, "HKD", YB, opt=True, basis="for a guaranteed lot, 約"),
    m("shares_applied", 1.25e7, "shares", YB, opt=True, basis="largest tier"),
    m("applications", 1137, "applications", YB, opt=True, basis="largest tier"),
    m("shares_allotted", 2.5e4, "shares", YB, opt=True, basis="largest tier, each"),
    m("allotment_rate|success_rate", 0.2, "%", YB, opt=True, basis="largest tier"),
    m("public_offer_shares", 6.25e7, "shares", YB, opt=True, basis="after clawback"),
    m("public_offer_share_pct", 45.45, "%", YB, opt=True, basis="of total offer shares"),
    m("grey_market_price|price", 1, "HKD", YB, opt=True, basis="grey market intraday high, 輝立"),
    m("grey_market_change|price_change", 100, "%", YB, opt=True, basis="intraday high vs offer price, 1倍"),
    m("ipo_price|offer_price", 0.5, "HKD", YB),
    m("grey_market_price|price", 0.64, "HKD", YB, basis="grey market close, 輝立"),
    m("grey_market_change|price_change", 28, "%", YB, basis="grey market, 輝立"),
    m("paper_gain_per_lot", 700, "HKD", YB, opt=True, basis="輝立, 約"),
    m("grey_market_turnover|turnover", 3.06e7, "HKD", YB, basis="grey market, 輝立"),
    m("grey_market_price|price", 0.59, "HKD", YB, basis="grey market close, 富途"),
    m("grey_market_change|price_change", 18, "%", YB, basis="grey market, 富途"),
    m("paper_gain_per_lot", 450, "HKD", YB, opt=True, basis="富途"),
    m("price_change", 66, "%", AS, opt=True, basis="headline, intraday, rounded"),
    m("price", 16.92, "HKD", AS, opt=True, basis="debut intraday high"),
    m("ipo_price|offer_price", 10.2, "HKD", AS),
    m("price_change", 65.9, "%", AS, opt=True, basis="debut intraday, 約"),
    m("price", 12.94, "HKD", AS, basis="debut close"),
    m("price_change", 26.8, "%", AS, basis="debut vs offer price"),
    m("turnover", 1.1e8, "HKD", AS, basis="debut"),
    m("lot_size", 200, "shares", AS, opt=True),
    m("paper_gain_per_lot", 548, "HKD", AS, opt=True),
    m("net_profit|net_income", 4.04970e7, "CNY", CH),
    m("net_profit_growth|net_income_growth", -10.5, "%", CH, basis="yoy"),
    m("debt_to_asset_ratio|gearing_ratio", 166, "%", CH, basis="year end"),
    m("net_profit|net_income", 2.071e7, "USD", TS, basis="約"),
    m("net_profit_growth|net_income_growth", -98, "%", TS, basis="yoy"),
    m("gross_profit|gross_loss", -3.379e7, "USD", TS, basis="gross loss, 約"),
], [])

# zh16: HSBC Research keeps Buy on Xiaomi, raises target (Sina Finance digest on a repost site, Traditional with the
# original's mixed characters). The printed dateline 2021-05-28 dates the reported first quarter (2021Q1) and the close.
HSBCR = "匯豐研究|滙豐研究|HSBC Research|HSBC Global Research|HSBC"
XMI = "小米集團|小米|Xiaomi"
G["zh16"] = ([
    m("target_price", 37.1, "HKD", XMI, prior=27.8),
    m("target_price_change", 33.4, "%", XMI, basis="target raise"),
    m("recurring_profit_growth|adjusted_net_profit_growth|net_profit_growth", 164, "%", XMI, "2021Q1", basis="yoy, recurring"),
    m("recurring_profit|adjusted_net_profit|net_profit", 6.069e9, "CNY", XMI, "2021Q1", basis="recurring"),
    m("earnings_forecast_revision|forecast_change", 20, "%", XMI, "FY2021", basis="recurring earnings forecast raised"),
    m("earnings_forecast_revision|forecast_change", 6, "%", XMI, "FY2022", basis="recurring earnings forecast raised"),
    m("earnings_forecast_revision|forecast_change", 8, "%", XMI, "FY2023", basis="recurring earnings forecast raised"),
    m("price_change", -1.55, "%", XMI, "2021-05-28"),
    m("price", 28.60, "HKD", XMI, "2021-05-28", basis="close"),
    m("market_capitalisation|market_cap", 7.20845e11, "HKD", XMI, "2021-05-28"),
], [
    ra(HSBCR, XMI, "raise_target", "buy", None, 37.1, 27.8, "HKD"),
])
