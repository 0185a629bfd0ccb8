# Hand labels for news10/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.

# zh09: Fed cut; HSBC and Hang Seng cut prime and savings rates (am730, Traditional).
# Headline 0.125厘 repeats the four banks' cut exactly -> one row. Current levels/changes carry no period (no year);
# earlier cuts with a printed or implied date ("2025年9月19日", "今年9月19日" in the same passage) carry 2025-09-19.
FED = "美國聯儲局|聯儲局|Federal Reserve|Fed"
HSBCB = "滙豐|滙豐銀行|HSBC"; HSB = "恒生銀行|恒生|Hang Seng Bank"
BIG4 = "4大銀行|香港銀行|滙豐|恒生|中銀香港|渣行"
G["zh09"] = ([
    m("rate_change|policy_rate_change", -25, "bp", FED),
    m("fed_funds_target_range|policy_rate", None, "%", FED, rng=(3.75, 4.00)),
    m("rate_change|prime_rate_change", -12.5, "bp", BIG4),
    m("prime_rate", 5, "%", "港元最優惠利率|" + BIG4),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, basis="USD savings"),
    m("savings_rate|deposit_rate", 0.125, "%", HSBCB, prior=0.25, basis="USD savings"),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, "2025-09-19", basis="previous USD savings-rate cut"),
    m("rate_change|prime_rate_change", -12.5, "bp", HSBCB),
    m("prime_rate", 5.00, "%", HSBCB, prior=5.125),
    m("savings_rate_change|deposit_rate_change", -12.4, "bp", HSBCB, basis="HKD savings"),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, "2025-09-19", basis="previous HKD savings-rate cut"),
    m("prime_rate", 5.000, "%", HSB, prior=5.125),
    m("rate_change|prime_rate_change", -12.5, "bp", HSB),
    m("balance_threshold", 5000, "HKD", HSB, opt=True),
    m("savings_rate|deposit_rate", 0.001, "%", HSB, prior=0.125, basis="HKD savings, balance 5,000港元 or more"),
], [])

# zh10: BofA Securities rating/target table for mainland developers (AASTOCKS, Traditional).
# Rows "A元→B元" with an unchanged rating -> cut_target with prior target; AASTOCKS inline quotes optional;
# the related-content headline (中國海外 Q1 operating profit -14.7%) is optional.
def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+0.100 (+0.152%) 沽空 $7.64百萬; 比率 27.817%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out
BOFA = "美銀證券|美銀|BofA Securities|Bank of America"
COLI = "中海外|中國海外|中國海外發展|China Overseas Land|00688"
rows10 = [("建發國際|C&D International|01908", -0.340, -1.830, 3.54e6, 12.194, "buy", 16.9, 17.5),
          ("萬科|萬科企業|China Vanke|02202", 0.150, 2.727, 9.27e6, 8.399, "underperform", 5.5, 6),
          (COLI, 0.270, 1.867, 1.61e7, 11.731, "buy", 17, 18),
          ("華潤置地|華潤置地有限公司|China Resources Land|01109", 0.220, 0.682, 3.14e7, 14.927, "buy", 33, 35),
          ("龍湖|龍湖集團|Longfor|00960", 0.120, 1.071, 1.38e7, 12.447, "buy", 12.6, 13),
          ("新城發展|Seazen|01030", 0.030, 1.210, 2.46e6, 14.530, "neutral", 2, 2.1),
          ("越秀地產|Yuexiu Property|00123", 0.120, 2.381, 1.55e6, 4.602, "buy", 6.6, 7)]
mt, rt = [], []
for e, c, p, s, r, rating, tp, ptp in rows10:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e, prior=ptp))
    rt.append(ra(BOFA, e, "cut_target", rating, None, tp, ptp, "HKD"))
mt.append(m("operating_profit_growth", -14.7, "%", COLI, "Q1", opt=True, basis="yoy; related-content headline"))
G["zh10"] = (mt, rt)

# zh11: DBS raises Zijin target, with commodity-price and production forecasts (etnet, Traditional).
# Headline target 55元 repeats the body -> one row. "2028年的年複合增長率" -> period "2028", basis CAGR.
ZJ = "紫金|紫金礦業|Zijin Mining|02899"; DBS = "星展|DBS"
G["zh11"] = ([
    m("target_price", 55, "HKD", ZJ, prior=40),
    m("price_forecast_change|gold_price_forecast_change", 30, "%", "金價|gold|黃金", "2026", basis="forecast raised"),
    m("price_forecast_change|copper_price_forecast_change", 8, "%", "銅價|copper|銅", "2026", basis="forecast raised"),
    m("production_growth|gold_production_growth", 17, "%", ZJ + "|開採黃金產量", "2026", basis="yoy, forecast, mined gold"),
    m("production_cagr|gold_production_cagr", 14.4, "%", ZJ + "|開採黃金產量", "2028", basis="CAGR (2028), forecast, mined gold"),
    m("production_growth|copper_production_growth", 10, "%", ZJ + "|開採銅產量", "2026", basis="yoy, forecast, mined copper"),
    m("production_growth|silver_production_growth", 25, "%", ZJ + "|開採白銀產量", "2026", basis="yoy, forecast, mined silver"),
    m("production_cagr|copper_production_cagr", 29, "%", ZJ + "|開採銅產量", "2028", basis="CAGR (2028), forecast, mined copper"),
    m("production_cagr|silver_production_cagr", 25, "%", ZJ + "|開採白銀產量", "2028", basis="CAGR (2028), forecast, mined silver"),
    m("earnings_cagr|profit_cagr", 44, "%", ZJ, "2027", basis="CAGR (2027), forecast"),
], [
    ra(DBS, ZJ, "raise_target", "buy", None, 55, 40, "HKD"),
])

# zh12: Hong Kong midday wrap (881903 / Commercial Radio, Traditional); no date -> period None.
# 逾X moves are optional open ranges; exact and 近X moves key; "一度跌逾4%" intraday -> optional; open gap optional.
HSI = "恒生指數|恒指|Hang Seng Index"; HSCEI = "國企指數|恒生中國企業指數|HSCEI"
def st(ent, price, pct=None, chg=None, pct_rng=None):
    out = [m("price", price, "HKD", ent, basis="midday close")]
    if pct is not None: out.append(m("price_change", pct, "%", ent))
    if pct_rng is not None: out.append(m("price_change", None, "%", ent, rng=pct_rng, opt=True))
    if chg is not None: out.append(m("price_change", chg, "HKD", ent))
    return out
mt = [
    m("index_change", 205, "points", HSI, opt=True, basis="open"),
    m("index_level", 26263, "points", HSI, basis="midday close"),
    m("index_change", 106, "points", HSI, basis="midday"),
    m("turnover", 8.25e10, "HKD", "大市|港股|Hong Kong market|" + HSI, basis="morning session"),
    m("index_level", 10537, "points", HSCEI, basis="midday close"),
    m("index_change", -8, "points", HSCEI, basis="midday"),
]
mt += st("美團|Meituan|03690", 317.8, pct=4)
mt += st("百威亞太|Budweiser APAC|01876", 26.3, pct_rng=(6, None))
mt += st("安踏體育|安踏|Anta Sports|02020", 108.1, chg=6.6, pct_rng=(6, None))
mt += st("匯控|滙豐控股|HSBC|00005", 38.45, pct=3, chg=1.2)
mt += st("友邦保險|友邦|AIA|01299", 87.15, pct_rng=(2, None))
mt += st("平保|中國平安|Ping An|02318", 87.2, pct_rng=(1, None))
mt += st("銀河娛樂|銀娛|Galaxy Entertainment|00027", 61.45, chg=2.2, pct_rng=(3, None))
mt += st("金沙中國|Sands China|01928", 33.95, pct=3)
BABA = "阿里巴巴|阿里|Alibaba|09988"
mt.append(m("price_change", None, "%", BABA, rng=(None, -4), opt=True, basis="intraday"))
mt += st(BABA, 251.2, pct=-2)
mt += st("騰訊|騰訊控股|Tencent|00700", 595.5, pct=-1)
mt += st("中國海外|中國海外發展|China Overseas Land|00688", 19.68, pct=-5, chg=-1.07)
mt += st("中移動|中國移動|China Mobile|00941", 47.55, pct=-5)
G["zh12"] = (mt, [])

# zh13: Xinyi Solar interim results (Bastille Post, Traditional). "截至今年6月底止" with no year -> period "H1".
# Headline "純利升1.18倍" restates 118.4% approximately -> optional; "派息增1倍" is printed again exactly in the body
# ("增幅達1倍") -> one key row (100 %). The year-earlier dividend is its own row without a period.
XYS = "信義光能|Xinyi Solar|00968"; H = "H1"
G["zh13"] = ([
    m("net_profit_growth", 118, "%", XYS, H, opt=True, basis="yoy; headline 1.18倍, rounded"),
    m("dividend_growth|dividend_per_share_growth", 100, "%", XYS, H, basis="interim, yoy (1倍)"),
    m("revenue", 8.075e9, "HKD", XYS, H),
    m("revenue_growth", 74.7, "%", XYS, H, basis="yoy"),
    m("net_profit", 3.072e9, "HKD", XYS, H),
    m("net_profit_growth", 118.4, "%", XYS, H, basis="yoy"),
    m("eps|earnings_per_share", 0.3487, "HKD", XYS, H),
    m("dividend_per_share|dps", 0.17, "HKD", XYS, H, basis="interim"),
    m("dividend_per_share|dps", 0.085, "HKD", XYS, None, basis="interim, year-earlier"),
    m("gross_profit", 4.47e9, "HKD", XYS, H),
    m("gross_profit_growth", 104.2, "%", XYS, H, basis="yoy"),
    m("operating_profit", 3.995e9, "HKD", XYS, H),
    m("operating_profit_growth", 108.8, "%", XYS, H, basis="yoy"),
    m("gross_margin", 55.4, "%", XYS, H, prior=47.3),
    m("gross_margin_change", 12.3, "pp", "太陽能玻璃業務|solar glass|" + XYS, H),
    m("gross_margin", 51.2, "%", "太陽能玻璃業務|solar glass|" + XYS, H),
    m("segment_revenue|revenue", 6.6e9, "HKD", "太陽能玻璃|solar glass|" + XYS, H, basis="近66億元"),
    m("segment_revenue_growth|revenue_growth", 89.2, "%", "太陽能玻璃|solar glass|" + XYS, H, basis="yoy"),
    m("segment_revenue|revenue", 1.48e9, "HKD", "太陽能發電場業務|solar farm|" + XYS, H),
    m("segment_revenue_growth|revenue_growth", 30.1, "%", "太陽能發電場業務|solar farm|" + XYS, H, basis="yoy"),
], [])

# zh14: Daiwa raises WuXi AppTec target (etnet, Traditional, hard line wraps and full-width ﹒ kept). No year -> periods
# "Q3"/"Q4" without year; "今年" TIDES growth carries no period (year not stated). "按季升1%至22%" is a range.
WX = "藥明康德|WuXi AppTec|02359"; DAIWA = "大和|Daiwa"
G["zh14"] = ([
    m("target_price_change", 3.3, "%", WX),
    m("target_price", 62, "HKD", WX, prior=60),
    m("revenue_growth_guidance|revenue_growth", 60, "%", "TIDES業務|TIDES|" + WX, None, basis="yoy, company guidance for this year"),
    m("revenue_growth_guidance|revenue_growth", None, "%", WX, "Q4", rng=(1, 22), basis="qoq, implied by guidance"),
], [
    ra(DAIWA, WX, "raise_target", "buy", None, 62, 60, "HKD"),
])

# zh15: first-day trading of three Hong Kong IPOs (Ming Pao, Traditional); no year in the text -> periods None.
# IPO price, first-day close and gain, market value key; paper gain per lot, lot sizes, one-lot success rates,
# intraday highs/moves, the 逾112.11億元 turnover bound and 升逾五成 optional; the headline 2.6倍 rounds 2.58倍 -> optional;
# headline 7640元 repeats the body exactly -> one (optional) row. Counts of people are not labelled.
ZJG = "紫金黃金國際|紫金黃金|紫金|Zijin Gold International"
SPN = "西普尼|Sipuni"; PT = "博泰車聯|PATEO"
G["zh15"] = ([
    m("price", 120.6, "HKD", ZJG, basis="first-day close"),
    m("ipo_price|offer_price", 71.59, "HKD", ZJG),
    m("first_day_gain|price_change", 68, "%", ZJG, basis="vs IPO price"),
    m("paper_gain_per_lot", 4901, "HKD", ZJG, opt=True),
    m("turnover", None, "HKD", ZJG, rng=(1.1211e10, None), opt=True, basis="first day"),
    m("one_lot_success_rate", 50, "%", ZJG, opt=True, basis="五成"),
    m("market_cap|market_value", 3.165e11, "HKD", ZJG, basis="close"),
    m("first_day_gain|price_change", 260, "%", SPN, opt=True, basis="headline 2.6倍, rounded"),
    m("price_change", 340, "%", SPN, opt=True, basis="intraday, 近3.4倍"),
    m("price", 100.4, "HKD", SPN, opt=True, basis="intraday high"),
    m("price", 106, "HKD", SPN, basis="first-day close"),
    m("first_day_gain|price_change", 258, "%", SPN, basis="2.58倍"),
    m("price_change", 76.4, "HKD", SPN),
    m("lot_size", 100, "shares", SPN, opt=True),
    m("paper_gain_per_lot", 7640, "HKD", SPN, opt=True),
    m("one_lot_success_rate", 1, "%", SPN, opt=True),
    m("first_day_gain|price_change", None, "%", PT, rng=(50, None), opt=True, basis="升逾五成"),
    m("price", 157, "HKD", PT, basis="first-day close, day high"),
    m("lot_size", 20, "shares", PT, opt=True),
    m("paper_gain_per_lot", 1095.4, "HKD", PT, opt=True),
], [])

# zh16: Midea A-share buyback plan and the Hang Seng Indexes 2025 market review (Bastille Post / RTHK, Traditional).
# The buyback amount "50至100億元人民幣" is a range; "不少於5000萬股" a lower bound (key: the plan's headline size);
# "至少7成" to be cancelled an optional bound. "今年" = 2025 from "2025年市場總結報告" -> period "2025".
# Index-constituent counts (6 added, 89, target 100) are optional counts. 近X / 約X moves are key (X).
MD = "美的集團|美的|Midea Group"
HSI = "恒生指數|恒指|Hang Seng Index"
Y = "2025"
G["zh16"] = ([
    m("buyback_amount|buyback", None, "CNY", MD, None, rng=(5e9, 1e10), basis="A shares, next 1 year"),
    m("buyback_shares", None, "shares", MD, None, rng=(5e7, None), basis="estimated, at least"),
    m("buyback_share_pct", 0.65, "%", MD, None, basis="of issued share capital"),
    m("cancellation_share|buyback_cancellation_pct", None, "%", MD, None, rng=(70, None), opt=True, basis="至少7成 of repurchased shares to be cancelled"),
    m("index_change", 28, "%", HSI, Y, basis="近28%, full year"),
    m("index_change", 22.3, "%", "國企指數|恒生中國企業指數|HSCEI", Y, basis="full year"),
    m("index_change", 23.5, "%", "科技指數|恒生科技指數|Hang Seng TECH Index", Y, basis="full year"),
    m("index_change", 64.5, "%", "生物科技指數|恒生生物科技指數|Hang Seng Biotech Index", Y, basis="full year"),
    m("constituents_added", 6, "stocks", HSI, Y, opt=True),
    m("constituents", 89, "stocks", HSI, Y, opt=True),
    m("constituents_target", 100, "stocks", HSI, None, opt=True),
    m("price_change", 180, "%", "中國宏橋|China Hongqiao", Y, basis="近1.8倍, full year"),
    m("price_change", 152, "%", "紫金礦業|紫金|Zijin Mining", Y, basis="約1.52倍, full year"),
    m("price_change", 125, "%", "中芯國際|中芯|SMIC", Y, basis="近1.25倍, full year"),
    m("price_change", -32, "%", "美團|Meituan", Y, basis="近32%, full year"),
    m("price_change", -31, "%", "理想汽車|理想|Li Auto", Y, basis="full year"),
    m("price_change", -20, "%", "比亞迪電子|BYD Electronic", Y, basis="full year"),
], [])
