# Hand labels for news7/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Conventions: shared/corpora/news-text/zh/README.md, news3/zh/README.md, news4/zh/README.md.

HSI = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI = "恒生中國企業指數|國指|國企指數|Hang Seng China Enterprises Index|HSCEI"
HST = "恒生科技指數|科指|Hang Seng TECH Index|HSTECH"
SB = "北水|南下資金|南向資金|Southbound Stock Connect|Southbound"
MKT = "港股|大市|Hong Kong stock market"

# zh09: Hong Kong market close with HSBC Global Research index-target raises (Ming Pao, Traditional). No date in the
# text: no period. Index targets are target metrics with prior; "今年底" gives no year. The maintained 增持 on
# mainland equities is a market view, not a company rating: optional rating action.
FTSE = "富時中國指數|FTSE China Index|FTSE China"
G["zh09"] = ([
    m("index_change", None, "points", HSI, rng=(None, -300), opt=True, basis="headline, 逾"),
    m("index_target|target_level", 27010, "points", HSI, prior=25830, basis="year-end target"),
    m("index_change", -115, "points", HSI, opt=True, basis="open"),
    m("index_change", -10, "points", HSI, opt=True, basis="intraday"),
    m("index_level", 25819, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 25524, "points", HSI, basis="close"),
    m("index_change", -304, "points", HSI),
    m("index_level", 9148, "points", HSCEI, basis="close"),
    m("index_change", -1.07, "%", HSCEI),
    m("index_level", 5782, "points", HST, basis="close"),
    m("index_change", -0.74, "%", HST),
    m("net_inflow|southbound_net_inflow|fund_flow", 1.65e10, "HKD", SB, opt=True, basis="subheading, rounded"),
    m("turnover_change|turnover_growth", -14, "%", MKT),
    m("turnover", 3.178e11, "HKD", MKT),
    m("net_inflow|southbound_net_inflow|fund_flow", 1.6573e10, "HKD", SB),
    m("net_buy|southbound_net_buy", None, "HKD", "盈富基金|Tracker Fund", rng=(6.5e9, None), opt=True, basis="southbound, 逾"),
    m("net_buy|southbound_net_buy", 1.8e9, "HKD", "恒生中國企業|恒生中國企業ETF|Hang Seng H-Share Index ETF", basis="southbound, 近"),
    m("price_change", -2.6, "%", "阿里巴巴|阿里|Alibaba"),
    m("price_change", -1.9, "%", "美團|Meituan"),
    m("price_change", -4.3, "%", "石藥集團|石藥|CSPC"),
    m("price_change", -2.5, "%", "國藥控股|國藥|Sinopharm"),
    m("upside|potential_upside", None, "%", HSI + "|" + HSCEI + "|" + FTSE, rng=(7, 8), basis="約, to year-end targets"),
    m("target_change|index_target_change", 4.6, "%", HSI),
    m("index_target|target_level", 9720, "points", HSCEI, prior=9620, basis="year-end target"),
    m("target_change|index_target_change", 1, "%", HSCEI),
    m("index_target|target_level", 31030, "points", FTSE, prior=28830, basis="year-end target"),
    m("target_change|index_target_change", 7.6, "%", FTSE),
    m("price_change|index_change", 26, "%", "H股|H shares", basis="year to date"),
    m("price_change|index_change", 13, "%", "A股|A shares", basis="year to date"),
], [
    ra("匯豐環球研究|匯豐|HSBC Global Research|HSBC", "內地股市|中國股市|China equities", "maintain", "overweight", opt=True),
])

# zh10: HSBC buyback first day (HK01) followed on the page by a DBS target raise (Traditional). Headline 1.45億 equals
# the body's 約1.45億港元 (one row); headline 240萬股 rounds the body's 240.5萬股 (optional). HKD conversions of the
# GBP prices are kept as key rows with basis. Treasury share count optional (minor share count).
HSBC = "滙豐控股|匯控|滙控|HSBC"
G["zh10"] = ([
    m("buyback_amount|share_buyback", 1.45e8, "HKD", HSBC, basis="first day, HKD equivalent, 約"),
    m("buyback_shares|shares_repurchased", 2.4e6, "shares", HSBC, opt=True, basis="headline, rounded"),
    m("buyback_program|buyback_size", 1e9, "USD", HSBC, basis="total programme"),
    m("buyback_amount|share_buyback", 1.520730e7, "GBP", HSBC, basis="first day"),
    m("buyback_shares|shares_repurchased", 2.405e6, "shares", HSBC, basis="first day"),
    m("average_price|buyback_price", 60.39, "HKD", HSBC, basis="weighted average, HKD equivalent, 約"),
    m("buyback_price|price_range", None, "GBP", HSBC, rng=(6.272, 6.379), basis="per share"),
    m("buyback_price|price_range", None, "HKD", HSBC, rng=(59.9, 60.9), basis="per share, HKD equivalent, 約"),
    m("average_price|buyback_price", 6.3231, "GBP", HSBC, basis="weighted average"),
    m("shares_outstanding|issued_shares", 2.0605e10, "shares", HSBC, basis="after cancellation"),
    m("treasury_shares", 3.25e8, "shares", HSBC, opt=True),
    m("price", 60, "HKD", HSBC, basis="latest"),
    m("price_change", -0.5, "%", HSBC),
    m("target_price", 84.2, "HKD", HSBC, prior=75.5),
    m("rote|return_on_tangible_equity", 14, "%", HSBC, "FY2025..FY2026", basis="forecast, 約"),
], [
    ra("星展|DBS", HSBC, "raise_target", "buy", None, 84.2, 75.5, "HKD"),
])

# zh11: CLSA reiterates Outperform on CSPC with buyback figures (etnet, Traditional, full-width decimal points). The
# dateline prints 23/09/2024, so 今年初至今 is 2024 year to date. 元 in a Hong Kong stock context = HKD.
CSPC = "石藥集團|石藥|CSPC Pharmaceutical|CSPC"
G["zh11"] = ([
    m("target_price", 9.1, "HKD", CSPC),
    m("buyback_program|buyback_size", None, "HKD", CSPC, rng=(None, 5e9), basis="within 24 months, 最多"),
    m("buyback_amount|share_buyback", 1.058e9, "HKD", CSPC, "2024", basis="year to date"),
    m("buyback_share_pct|shares_repurchased_pct", 2.1, "%", CSPC, "2024", basis="year to date, of outstanding shares"),
], [
    ra("中信里昂|CLSA", CSPC, "reiterate", "outperform", None, 9.1, None, "HKD"),
])

def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+0.050 (+0.893%) 沽空 $2.03億; 比率 33.644%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out

# zh12: HSBC Research rating/target table for mainland banks (AASTOCKS, Traditional). No arrows: every row is an
# unchanged rating and target -> maintain. Inline quotes optional; related-content headlines (JPMorgan on CMB, Goldman
# on HSBC) optional, their rating actions optional.
HR = "滙豐研究|匯豐研究|HSBC Research|HSBC Global Research"
CMB = "招商銀行|招行|China Merchants Bank|CMB"
rows = [("工商銀行|工行|ICBC", 0.050, 0.893, 2.03e8, 33.644, "buy", 7.5),
        ("建設銀行|建行|CCB|China Construction Bank", 0.010, 0.137, 2.63e8, 35.381, "buy", 10.4),
        ("中國銀行|中行|Bank of China|BOC", 0.030, 0.721, 1.82e8, 40.011, "buy", 5.3),
        ("農業銀行|農行|Agricultural Bank of China|ABC", 0.060, 1.179, 1.03e8, 40.677, "hold", 5.9),
        ("郵儲銀行|郵儲|Postal Savings Bank of China|PSBC", 0.080, 1.521, 4.70e7, 56.290, "hold", 5.5),
        ("交通銀行|交行|Bank of Communications|BoCom", 0.050, 0.780, 2.61e7, 33.081, "hold", 7.4),
        (CMB, 0.540, 1.170, 1.37e8, 52.473, "buy", 61.4),
        ("中信銀行|China CITIC Bank", 0.100, 1.515, 1.72e7, 27.402, "hold", 7.3),
        ("民生銀行|China Minsheng Bank", -0.060, -1.432, 5.68e7, 54.355, "hold", 4.3),
        ("中國光大銀行|光大銀行|China Everbright Bank", 0.040, 1.258, 1.53e7, 44.797, "hold", 3.9)]
mt = [
    m("target_price", 60, "HKD", CMB, opt=True, basis="JPMorgan, related headline"),
    m("target_price", 113, "HKD", "滙控|滙豐控股|HSBC", opt=True, basis="Goldman Sachs, related headline"),
]
rt = [ra("摩通|摩根大通|JPMorgan|J.P. Morgan", CMB, "cut_target", "overweight", None, 60, None, "HKD", opt=True),
      ra("高盛|Goldman Sachs", "滙控|滙豐控股|HSBC", "raise_target", "buy", None, 113, None, "HKD", opt=True)]
for e, c, p, s, r, rating, tp in rows:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e))
    rt.append(ra(HR, e, "maintain", rating, None, tp, None, "HKD"))
G["zh12"] = (mt, rt)

# zh13: Hong Kong IPO grey-market and subscription digest (Apple Daily archive, Traditional); 元/$ = HKD. As in
# news3 zh16: lot sizes, per-lot gains and allotment statistics optional; 逾 margin/oversubscription figures optional
# open ranges; 最少超購120倍 is a stated lower bound -> open range, optional like the 逾 amounts it derives from.
BSW = "博士蛙|Boshiwa"; FY = "福源集團|福源|Fuyuan"; KW = "冠華國際|冠華|Kwong Wah"
HF = "海豐國際|海豐|SITC"; SJ = "賽晶|Sai Jing|Saijing"; XT = "新天綠色能源|新天|China Suntien Green Energy"
G["zh13"] = ([
    m("grey_market_change|price_change", 44, "%", BSW),
    m("grey_market_change|price_change", 66.67, "%", FY),
    m("ipo_price|offer_price", 0.6, "HKD", FY),
    m("lot_size", 4000, "shares", FY, opt=True),
    m("paper_gain_per_lot", 1600, "HKD", FY, opt=True, basis="約"),
    m("price_change", 10.86, "%", KW),
    m("price", 1.94, "HKD", KW, basis="close"),
    m("ipo_price|offer_price", 4.78, "HKD", HF, basis="bottom of range"),
    m("grey_market_change|price_change", 70, "%", FY, opt=True, basis="intraday high, 近"),
    m("grey_market_price|price", 1, "HKD", FY, basis="close"),
    m("grey_market_change|price_change", 0.4, "HKD", FY),
    m("oversubscription", 125.3, "x", FY, basis="public offer"),
    m("one_lot_success_rate|allotment_rate", 10.05, "%", FY, opt=True),
    m("subscription_amount", 3.6e5, "HKD", FY, opt=True, basis="to secure one lot"),
    m("subscribed_lots", 150, "lots", FY, opt=True),
    m("subscribed_shares", 6e5, "shares", FY, opt=True),
    m("oversubscription", 0.73, "x", HF, basis="public offer"),
    m("margin_financing|margin_subscription", None, "HKD", SJ, rng=(9.6e9, None), opt=True, basis="逾"),
    m("oversubscription", None, "x", SJ, rng=(120, None), opt=True, basis="at least, implied by margin"),
    m("margin_financing|margin_subscription", None, "HKD", XT, rng=(1.16e10, None), opt=True, basis="逾"),
    m("oversubscription", None, "x", XT, rng=(39, None), opt=True, basis="最少超購逾"),
    m("broker_count", 8, "brokers", "證券行|brokers", opt=True),
], [])

# zh14: Hong Kong midday close with a market-breadth table (Yahoo HK / AASTOCKS-style, Traditional). No date: no
# period. Headline and body repeat the same three figures (one row each). Intraday high/low optional. In the table the
# advancing/declining counts of main-board stocks and of HSI constituents are key; every other cell (shares of count,
# average moves, turnover and turnover shares, warrant/CBBC rows, totals, 其他 rows) is optional.
G14 = [
    m("index_level", 18851.35, "points", HSI, basis="midday close"),
    m("index_change", 2.55, "%", HSI, basis="morning session"),
    m("turnover", 8.4038e10, "HKD", MKT, basis="morning session"),
    m("index_level", 18899.49, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 18575.45, "points", HSI, opt=True, basis="intraday low"),
]
MBS = "主板股票|主板|Main Board stocks"; WAR = "主板認股證|認股證|warrants"; CBBC = "主板牛熊證|牛熊證|CBBCs"
HSIC = "恒指成份股|恒指成分股|HSI constituents"
table = [  # (entity, row, count, unit, pct of count, avg move, turnover 億, share of total turnover, key count?)
    (MBS, "advancing", 1075, "stocks", 25.50, 3.46, 650.652, 77.42, True),
    (MBS, "declining", 538, "stocks", 12.76, -3.17, 61.416, 7.31, True),
    (MBS, "other", 2602, "stocks", 61.73, None, 17.685, 2.10, False),
    (MBS, "total", 4215, "stocks", 100.0, 0.48, 729.753, 86.84, False),
    (WAR + "|認購證|call warrants", "calls", 4705, "warrants", 80.81, 12.49, 25.695, 3.06, False),
    (WAR + "|認沽證|put warrants", "puts", 1113, "warrants", 19.12, -13.05, 33.870, 4.03, False),
    (WAR + "|界內證|inline warrants", "inline", 4, "warrants", 0.07, -1.06, 0.000, 0.00, False),
    (WAR, "total", 5822, "warrants", 100.0, 7.60, 59.565, 7.09, False),
    (CBBC + "|牛證|bull contracts", "bull", 2047, "CBBCs", 52.45, 20.92, 24.265, 2.89, False),
    (CBBC + "|熊證|bear contracts", "bear", 1856, "CBBCs", 47.55, -14.70, 26.800, 3.19, False),
    (CBBC, "total", 3903, "CBBCs", 100.0, 3.98, 51.066, 6.08, False),
    (HSIC, "advancing", 72, "stocks", 90.00, 3.58, 399.676, 47.56, True),
    (HSIC, "declining", 6, "stocks", 7.50, -0.89, 17.984, 2.14, True),
    (HSIC, "other", 2, "stocks", 2.50, None, 6.173, 0.73, False),
    (HSIC, "total", 80, "stocks", 100.0, 3.16, 423.833, 50.43, False),
]
for e, row, n, unit, pc_, avg, to, share, key in table:
    G14 += [m(f"{row}_count|count", n, unit, e, opt=not key, basis=row),
            m(f"{row}_pct|share_of_count", pc_, "%", e, opt=True, basis=row)]
    if avg is not None:
        G14.append(m("average_change|price_change", avg, "%", e, opt=True, basis=row))
    G14 += [m("turnover", round(to * 1e8), "HKD", e, opt=True, basis=row),
            m("turnover_share|share_of_turnover", share, "%", e, opt=True, basis=row)]
G["zh14"] = (G14, [])

# zh15: Hong Kong retail sales, November 2013 (Census and Statistics Department press release, Traditional). Years
# are printed. Category volume changes are key (each a stated yoy figure, as in news6 zh12).
HKR = "香港零售業|零售業|Hong Kong retail sales|Hong Kong"
P = "2013-11"
G15 = [
    m("retail_sales|retail_sales_value", 3.96e10, "HKD", HKR, P, basis="provisional estimate"),
    m("retail_sales_growth|retail_sales_value_growth", 8.5, "%", HKR, P, basis="yoy, value"),
    m("retail_sales_volume_growth", 9.0, "%", HKR, P, basis="yoy, volume"),
    m("retail_sales_growth|retail_sales_value_growth", 6.3, "%", HKR, "2013-10", basis="yoy, value, revised"),
    m("retail_sales_volume_growth", 5.9, "%", HKR, "2013-10", basis="yoy, volume, revised"),
    m("retail_sales_growth|retail_sales_value_growth", 11.6, "%", HKR, "2013-01..11", basis="yoy, value"),
    m("retail_sales_volume_growth", 11.1, "%", HKR, "2013-01..11", basis="yoy, volume"),
    m("retail_sales_volume_growth", 0.2, "%", HKR, "2013-09..11", basis="3 months vs previous 3 months, seasonally adjusted"),
]
for ent, v in [("珠寶首飾、鐘錶及名貴禮物|jewellery, watches and clocks, and valuable gifts", 13.3),
               ("百貨公司貨品|department store goods", 9.7), ("服裝|clothing", 7.6),
               ("超級市場貨品|supermarket goods", 3.6), ("藥物及化妝品|medicines and cosmetics", 8.0),
               ("食品、酒類飲品及煙草|food, alcoholic drinks and tobacco", 3.2),
               ("其他未分類消費品|other consumer goods not elsewhere classified", 1.7),
               ("雜項耐用消費品|miscellaneous consumer durable goods", 73.1),
               ("鞋類、有關製品及其他衣物配件|footwear, allied products and other clothing accessories", 6.4),
               ("書報、文具及禮品|books, newspapers, stationery and gifts", 4.9),
               ("中藥|Chinese drugs and herbs", 3.1), ("眼鏡店|optical shops", 8.0),
               ("電器及攝影器材|electrical goods and photographic equipment", -1.8),
               ("汽車及汽車零件|motor vehicles and parts", -7.4), ("燃料|fuels", -0.5),
               ("傢具及固定裝置|furniture and fixtures", -7.5)]:
    G15.append(m("retail_sales_volume_growth", v, "%", ent, P, basis="yoy, volume"))
G["zh15"] = (G15, [])

# zh16: Eagle Nice interim results, six months to 30 September 2018 (Zhitong Finance, Traditional). Period "2018-04..09"
# (six months ended 2018-09-30, printed); the year-earlier figures "2017-04..09". Margins that moved from A to B carry
# prior A. The net-margin move is printed "下跌2.6%" (a percentage-point difference written with %): labelled as printed.
# 1.01億港元 appears twice (reported and after excluding the one-off): one row.
EN = "鷹美|Eagle Nice"
P, P0 = "2018-04..09", "2017-04..09"
G["zh16"] = ([
    m("revenue", 1.477e9, "HKD", EN, P),
    m("revenue_growth", 25.5, "%", EN, P, basis="yoy"),
    m("gross_margin", 15.9, "%", EN, P, prior=19.6),
    m("net_profit|attributable_profit", 1.01e8, "HKD", EN, P, basis="attributable to owners"),
    m("net_profit_growth|attributable_profit_growth", -35.8, "%", EN, P, basis="yoy"),
    m("one_off_gain|special_gain", 4.71e7, "HKD", EN, P0, basis="deregistration of a PRC subsidiary"),
    m("net_profit|attributable_profit", 1.1e8, "HKD", EN, P0, basis="excluding one-off gain"),
    m("net_profit_growth|attributable_profit_growth", -8.5, "%", EN, P, basis="yoy, excluding one-off gain"),
    m("net_margin", 6.8, "%", EN, P, prior=9.4),
    m("net_margin_change", -2.6, "%", EN, P, basis="as printed (percentage-point difference)"),
    m("eps|earnings_per_share", 0.2024, "HKD", EN, P),
    m("dividend_per_share|dps", 0.14, "HKD", EN, P, basis="interim"),
], [])
