# Hand labels for news19/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed; Taiwan
# context: bare 元 / 億元 / 兆元 = TWD (news17). No year is taken from outside the text; a trading day printed without a
# year has period None (news17). Labels were written from the texts alone (no extractor run, no extractor code read).


def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+0.100 (+1.721%) 沽空 $2.12億; 比率 14.057%' -> all optional (development corpus)."""
    out = [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
           m("price_change", pct, "%", ent, opt=True, basis="inline quote")]
    if short is not None:
        out.append(m("short_selling_turnover|short_selling", short, "HKD", ent, opt=True, basis="inline quote"))
    if ratio is not None:
        out.append(m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote"))
    return out


# zh07: Hong Kong close (Now News, Traditional). No year printed ("4月首個交易日") -> period None throughout; the first
# line is a figure-free headline written for the passage. Key: HSI close and change, HSCEI close and change, turnover,
# named moves stated exactly (中國移動 1%, 金隅 close 34%, 中國建材 7%, 中國銀行 -1%). Optional: the lead's 逾百點 (bound
# repeating the body's 149), the open (高開124點), intraday figures (騰訊 曾升至226元, 金隅 曾急升45%), and every 逾X move
# (昆侖能源 逾7%, 銀河 逾1%, 新濠國際 逾4%). "八個月以來" and "逾一年半高位" are time spans, not labelled.
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企指數|恒生中國企業指數|國指|HSCEI"
BBMG = "金隅股份|金隅|BBMG|02009"
G["zh07"] = ([
    m("index_change", None, "points", HSI, rng=(100, None), opt=True, basis="lead, 逾百點"),
    m("index_change", 124, "points", HSI, opt=True, basis="open"),
    m("index_level", 24261, "points", HSI, basis="close, day high"),
    m("index_change", 149, "points", HSI),
    m("index_level", 10314, "points", HSCEI, basis="close"),
    m("index_change", 40, "points", HSCEI),
    m("turnover", 6.24e10, "HKD", "港股|大市|主板|Main Board"),
    m("price_change", 1, "%", "中國移動|China Mobile|00941"),
    m("price", 226, "HKD", "騰訊控股|騰訊|Tencent|00700", opt=True, basis="intraday high"),
    m("price_change", None, "%", "昆侖能源|Kunlun Energy|00135", rng=(7, None), opt=True, basis="逾"),
    m("price_change", 45, "%", BBMG, opt=True, basis="intraday"),
    m("price_change", 34, "%", BBMG, basis="close"),
    m("price_change", 7, "%", "中國建材|China National Building Material|CNBM|03323"),
    m("price_change", -1, "%", "中國銀行|中行|Bank of China|03988"),
    m("price_change", None, "%", "銀河娛樂|銀娛|Galaxy Entertainment|00027", rng=(1, None), opt=True, basis="逾"),
    m("price_change", None, "%", "新濠國際發展|新濠國際|Melco International|00200", rng=(4, None), opt=True,
      basis="close, 逾"),
], [])

# zh08: HKEJ stock360 broker-note page (Traditional): HSBC Global Research on BOC Hong Kong. The rating date
# "2021年11月01日" is printed -> 首三季 = 2021Q1-Q3, 第三季 = 2021Q3 (implied by the note date); the forecast years are
# printed (2021-2023). Target "27.8元->28.8元" with an unchanged 買入 -> raise_target (prior target 27.8), plus a
# target_price row with prior (news5). The previous close 24.7元 and the 16.6% upside are key (the note's own figures);
# the target raise of 3.6% is key. Pre-provision operating profit 258.4億元 (bare 元, HK bank -> HKD) and its -17.5% are
# key; the Q3 pre-provision profit +7.2% qoq key. Forecast raises 0.8% / 0.8% / 3.4% are key rows per year. The headline
# is written for the passage and carries no figure.
HSBCR = "滙豐環球研究|滙豐|HSBC Global Research|HSBC"
BOCHK = "中銀香港|BOC Hong Kong|BOCHK|02388"
G["zh08"] = ([
    m("target_price", 28.8, "HKD", BOCHK, prior=27.8, basis="HSBC Global Research"),
    m("price", 24.7, "HKD", BOCHK, basis="previous close"),
    m("upside|potential_upside", 16.6, "%", BOCHK, basis="target vs previous close"),
    m("pre_provision_operating_profit|operating_profit", 2.584e10, "HKD", BOCHK, "2021Q1-Q3",
      basis="operating profit before impairment allowances"),
    m("pre_provision_operating_profit_growth|operating_profit_growth", -17.5, "%", BOCHK, "2021Q1-Q3", basis="yoy"),
    m("pre_provision_profit_growth|pre_provision_operating_profit_growth", 7.2, "%", BOCHK, "2021Q3", basis="qoq"),
    m("earnings_forecast_change|earnings_forecast_revision", 0.8, "%", BOCHK, "FY2021", basis="HSBC, raised"),
    m("earnings_forecast_change|earnings_forecast_revision", 0.8, "%", BOCHK, "FY2022", basis="HSBC, raised"),
    m("earnings_forecast_change|earnings_forecast_revision", 3.4, "%", BOCHK, "FY2023", basis="HSBC, raised"),
    m("target_price_change", 3.6, "%", BOCHK, basis="HSBC, raised"),
], [
    ra(HSBCR, BOCHK, "raise_target", "buy", None, 28.8, 27.8, "HKD"),
])

# zh09: Hong Kong GDP by economic activity (etnet / 經濟通, Traditional). The page's date line "19/09/2025 17:43" is in
# the passage -> 今年次季 = 2025Q2. First line: figure-free headline written for the passage. Each Q2 real yoy growth is
# a key row with the first quarter's rate (same sentence) as prior (AIA-style comparison in news18). Industries own their
# value-added growth (news16: segments own their figures). Where the text gives no Q1 figure ("與首季大致相若") the prior
# is None. The dateline day 19日 and the clock time are not labelled.
HK9 = "香港|本港|Hong Kong"
P9 = "2025Q2"
VA = "value_added_growth|gdp_growth"
G["zh09"] = ([
    m("gdp_growth|real_gdp_growth", 3.1, "%", HK9, P9, prior=3.0, basis="real, yoy, preliminary; prior = Q1"),
    m(VA, 3.4, "%", "所有服務活動|服務業|services", P9, prior=2.5, basis="real, yoy; prior = Q1"),
    m(VA, 6.1, "%", "進出口貿易、批發及零售業|import/export, wholesale and retail trades", P9, prior=4.2,
      basis="real, yoy; prior = Q1"),
    m(VA, -1.8, "%", "住宿及膳食服務業|accommodation and food services", P9, basis="real, yoy"),
    m(VA, 5.6, "%", "運輸、倉庫、郵政及速遞服務業|transportation, storage, postal and courier services", P9,
      prior=2.6, basis="real, yoy; prior = Q1"),
    m(VA, 1.1, "%", "資訊及通訊業|information and communications", P9, basis="real, yoy"),
    m(VA, 5.3, "%", "金融及保險業|financing and insurance", P9, prior=4.2, basis="real, yoy; prior = Q1"),
], [])

# zh10: AASTOCKS rating/target table (Traditional): Citi on mainland banks. Coherent excerpt: the first six rows of the
# eleven (length); the first line is a figure-free headline written for the passage. Every row prints 買入 and one
# target, no change -> maintain with target (news18: a table row with a rating and one target is maintain), plus a
# target_price row. The embedded "related content" headline (中行 first-three-quarter profit 1,757.6億元人民幣, +0.5%) is
# optional (development corpus); its year is not printed -> period None. Inline quotes optional; the 2025-10-20
# timestamp is quote boilerplate -> not labelled.
CITI = "花旗|Citi|Citigroup"
ICBC = "工商銀行|工行|ICBC|01398"
CCB = "建設銀行|建行|CCB|00939"
BOC = "中國銀行|中行|Bank of China|03988"
ABC = "農業銀行|農行|Agricultural Bank of China|ABC|01288"
PSBC = "郵儲銀行|Postal Savings Bank of China|PSBC|01658"
BOCOM = "交通銀行|交行|Bank of Communications|BoCom|03328"
ROWS = [(ICBC, 7.95, (0.1, 1.721, 2.12e8, 14.057)), (CCB, 9.88, (0.13, 1.706, 3.27e8, 20.049)),
        (BOC, 5.92, (0.05, 1.168, 1.52e8, 19.79)), (ABC, 6.1, (0.06, 1.073, 2.25e8, 23.714)),
        (PSBC, 6.42, (0.1, 1.876, 7.16e7, 50.64)), (BOCOM, 8.02, (0.05, 0.746, 5.77e7, 26.236))]
G["zh10"] = ([
    m("net_profit|profit", 1.7576e11, "CNY", BOC, None, opt=True, basis="related headline, first three quarters"),
    m("net_profit_growth|profit_growth", 0.5, "%", BOC, None, opt=True, basis="related headline, yoy, 微升"),
]
    + [m("target_price", t, "HKD", ent, basis="Citi") for ent, t, _ in ROWS]
    + [r for ent, _, qq in ROWS for r in q(ent, *qq)],
    [ra(CITI, ent, "maintain", "buy", None, t, None, "HKD") for ent, t, _ in ROWS])

# zh11: Hon Hai (Foxconn) November revenue (NOWnews, Traditional, Taiwan usage). No year is printed ("今（5）日") ->
# period None with the month in basis (news17). 億元 / 兆元 = TWD. Key: November revenue, its mom change (下滑 ->
# negative) and yoy growth, the first-eleven-months cumulative revenue and its yoy growth. The 7兆元 threshold crossed is
# an optional lower bound. "第4季" outlook carries no figure. The first line is a headline written for the passage.
HH = "鴻海|鴻海精密|Hon Hai|Foxconn|2317"
G["zh11"] = ([
    m("revenue", 8.443e11, "TWD", HH, None, basis="11月, monthly"),
    m("revenue_growth", -5.74, "%", HH, None, basis="mom, 11月 vs 10月"),
    m("revenue_growth", 25.53, "%", HH, None, basis="yoy, 11月"),
    m("revenue", 7.23e12, "TWD", HH, None, basis="first 11 months, cumulative"),
    m("revenue_growth", 16.63, "%", HH, None, basis="yoy, first 11 months, cumulative"),
    m("revenue", None, "TWD", HH, None, rng=(7e12, None), opt=True, basis="first 11 months, threshold 首度突破/跨越7兆元"),
], [])

# zh12: Taiwan close on the year's last trading day (CNA via Yahoo Taiwan, Traditional). Only "31日" is printed (the
# trailing CNA code 1141231 is an ROC-calendar date stamp, not read as a year) -> period None, basis "31日" (news17).
# 億元 = TWD. Net selling (賣超) is a negative net buy (news17); the foreign investors' 5.18億元 appears twice -> one row.
# 群創's 11萬4250張 (foreign net selling in one stock, lots of 1,000 shares) is key, printed twice -> one row. TSMC's
# intraday record 1550元 is optional (intraday); its close move +30元 is key. The electronics index's 逾1% is an optional
# bound. Top-10 lists carry no figures (元大台灣50 is a fund name).
TW = "加權指數|台股|集中市場|TAIEX"
NB = "net_buy|net_inflow|fund_flow"
D = "31日"
G["zh12"] = ([
    m("index_level", 28963.6, "points", TW, None, basis="close, record close, " + D),
    m("index_change", 256.47, "points", TW, None, basis=D),
    m("turnover", 5.36107e11, "TWD", TW, None, basis="成交值, " + D),
    m(NB, -5.18e8, "TWD", "外資及陸資|外資|foreign investors", None, basis="賣超, " + D),
    m("foreign_net_buy|net_buy", -114250, "lots", "群創|群創光電|Innolux|3481", None, basis="外資賣超, 張, " + D),
    m("price", 1550, "TWD", "台積電|台灣積體電路|TSMC|2330", None, opt=True, basis="intraday high, record"),
    m("price_change", 30, "TWD", "台積電|台灣積體電路|TSMC|2330", None, basis="close, " + D),
    m("index_change", None, "%", "電子類股指數|電子類股|electronics sub-index", None, rng=(1, None), opt=True, basis="逾"),
    m(NB, -2.655e9, "TWD", "投信|investment trusts", None, basis="賣超, " + D),
    m(NB, -3.362e9, "TWD", "自營商|dealers", None, basis="賣超, " + D),
    m(NB, -6.535e9, "TWD", "三大法人|institutional investors", None, basis="賣超, combined, " + D),
], [])
