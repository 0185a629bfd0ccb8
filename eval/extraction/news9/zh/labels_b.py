# Hand labels for news9/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.

# zh09: Hong Kong market close (Yahoo HK, Traditional); no date in the text -> period None
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企指數|恒生中國企業指數|HSCEI"
HSCCI = "紅籌指數|恒生中資企業指數|HSCCI"
def px(ent, price, chg_pct, chg=None):
    out = [m("price", price, "HKD", ent, basis="close")]
    if chg is not None: out.append(m("price_change", chg, "HKD", ent))
    out.append(m("price_change", chg_pct, "%", ent))
    return out
mt = [
    m("index_change", 291, "points", HSI, opt=True, basis="headline, rounded"),
    m("index_change", 147, "points", HSI, opt=True, basis="open"),
    m("index_change", 362, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 23408.57, "points", HSI, basis="close"),
    m("index_change", 291.94, "points", HSI), m("index_change", 1.26, "%", HSI),
    m("turnover", 1.009803e11, "HKD", "大市|港股|主板|Hong Kong market|" + HSI),
    m("index_level", 11744.02, "points", HSCEI, basis="close"),
    m("index_change", 343.83, "points", HSCEI), m("index_change", 3.02, "%", HSCEI),
    m("index_level", 4287.50, "points", HSCCI, basis="close"),
    m("index_change", 50.31, "points", HSCCI), m("index_change", 1.19, "%", HSCCI),
]
mt += px("新鴻基地產|新地|Sun Hung Kai Properties|00016", 115.800, 2.207, 2.500)
mt += px("數碼通|SmarTone|00315", 12.520, 0.482, 0.060)
mt += px("新意網|SUNeVision|08008", 2.460, 1.235, 0.030)
mt += px("匯控|滙豐控股|HSBC|00005", 74.100, 0.954)
mt += px("港交所|HKEX|00388", 172.000, 0.762)
mt += px("友邦|友邦保險|AIA|01299", 41.900, -1.412)
mt += px("和黃|和記黃埔|Hutchison Whampoa|00013", 90.350, 0.389)
mt += px("騰訊控股|騰訊|Tencent|00700", 113.000, -2.334, -2.7)
MN = "蒙牛|蒙牛乳業|Mengniu|02319"
mt.append(m("price_change", None, "%", MN, rng=(5, None), opt=True, basis="升幅超過半成"))
mt += px(MN, 30.950, 7.093)
mt += px("中移動|中國移動|China Mobile|00941", 91.950, 1.884)
G["zh09"] = (mt, [])

# zh10: HSBC Research rating/target table for Hong Kong utilities (AASTOCKS, Traditional); targets without prior -> maintain
def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+0.100 (+0.152%) 沽空 $7.64百萬; 比率 27.817%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out
HSBCR = "滙豐研究|HSBC Research|HSBC Global Research|HSBC"
CLP = "中電控股|中電|CLP Holdings|CLP|00002"
rows10 = [("長江基建|長建|CK Infrastructure|CKI|01038", 0.100, 0.152, 7.64e6, 27.817, "buy", 75),
          ("港燈-SS|港燈|HK Electric Investments|02638", 0.050, 0.718, 1.721e5, 1.385, "buy", 7.8),
          (CLP, 0.300, 0.405, 3.33e7, 37.083, "buy", 85),
          ("電能實業|電能|Power Assets|00006", 0.250, 0.398, 1.54e7, 24.040, "hold", 56),
          ("香港中華煤氣|中華煤氣|煤氣|Hong Kong and China Gas|00003", 0.120, 1.587, 1.05e7, 22.772, "hold", 6.6)]
mt, rt = [], []
for e, c, p, s, r, rating, tp in rows10:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e))
    rt.append(ra(HSBCR, e, "maintain", rating, None, tp, None, "HKD"))
# related-content headline embedded in the table (optional)
rt.append(ra("美銀證券|美銀|BofA Securities|Bank of America", CLP, "reiterate", "neutral", None, None, None, None, opt=True))
G["zh10"] = (mt, rt)

# zh11: Fed cut, Hong Kong banks hold prime rates, HKMA base rate cut (Sing Tao, HK-style Simplified); no year for the
# decision itself in the text -> period None; "2024年9月至今" and "2026年内" carry their stated years
FED = "美国联储局|联储局|美联储|Federal Reserve|Fed"
HSBC11 = "汇丰|汇丰银行|HSBC"; BOCHK = "中银香港|BOCHK|Bank of China (Hong Kong)"; SCB = "渣打香港|渣打|Standard Chartered Hong Kong"
HKMA = "金管局|香港金融管理局|HKMA"
G["zh11"] = ([
    m("rate_change", -25, "bp", FED),
    m("rate", 5, "%", HSBC11, basis="HKD prime rate, unchanged"),
    m("rate_change", -12.5, "bp", HSBC11, opt=True, basis="HKD prime rate, previous cut on 10月31日"),
    m("rate", 5, "%", BOCHK, basis="HKD prime rate, unchanged"),
    m("rate", 0.001, "%", BOCHK, basis="HKD savings rate, unchanged"),
    m("rate", 5.25, "%", SCB, basis="HKD prime rate, unchanged"),
    m("rate_change", -87.5, "bp", "港银|香港银行|Hong Kong banks", basis="cumulative prime-rate cuts since last year"),
    m("rate_change", -25, "bp", HKMA, basis="base rate"),
    m("rate|base_rate", 4, "%", HKMA, basis="base rate"),
    m("rate_change", -175, "bp", FED, basis="cumulative since 2024年9月 (current easing cycle)"),
    m("rate_change", -25, "bp", FED, "2026", opt=True, basis="dot plot, possible further cut"),
], [])

# zh12: IPO allotment results of Sf Holdings / 首沣控股 (Finet, HK-style Simplified); HK IPO -> 元 = HKD; no year -> period None
SF = "首沣控股|首沣|01703"
G["zh12"] = ([
    m("valid_applications|applications", 9938, "applications", SF, opt=True),
    m("shares_applied|subscribed_shares", 5.3031e8, "shares", SF, opt=True, basis="Hong Kong public offer"),
    m("offer_shares", 3e7, "shares", SF, opt=True, basis="Hong Kong public offer, initial"),
    m("subscription_multiple|oversubscription", 17.68, "x", SF, basis="Hong Kong public offer"),
    m("reallocated_shares", 3e7, "shares", SF, opt=True, basis="from international placing to Hong Kong public offer"),
    m("offer_shares", 6e7, "shares", SF, opt=True, basis="Hong Kong public offer, after reallocation"),
    m("offer_share_pct", 20, "%", SF, opt=True, basis="Hong Kong public offer, of global offering"),
    m("shares_applied|subscribed_shares", 2.4456e8, "shares", SF, opt=True, basis="international placing"),
    m("offer_shares", 2.7e8, "shares", SF, opt=True, basis="international placing, initial"),
    m("subscription_multiple|oversubscription", 0.91, "x", SF, basis="international placing"),
    m("offer_shares", 2.4e8, "shares", SF, opt=True, basis="international placing, final"),
    m("offer_share_pct", 80, "%", SF, opt=True, basis="international placing, of global offering"),
    m("lot_size", 5000, "shares", SF, opt=True),
    m("valid_applications|applications", 6185, "applications", SF, opt=True, basis="one-lot applications"),
    m("allotment_rate|success_rate", 50.15, "%", SF, opt=True, basis="one lot"),
    m("offer_price|ipo_price", 0.5, "HKD", SF, basis="final"),
    m("offer_price|ipo_price", None, "HKD", SF, rng=(0.5, 0.75), basis="indicative range"),
    m("net_proceeds|ipo_proceeds", 9.17e7, "HKD", SF, basis="net, estimated"),
], [])

# zh13: Hong Kong buyback roundup (Futu news, Traditional); dates without a year -> period None
def bb(ent, shares, amount, lo, hi, cum=None, pct=None):
    out = [m("buyback_shares", shares, "shares", ent), m("buyback|buyback_amount", amount, "HKD", ent),
           m("buyback_price", None, "HKD", ent, rng=(lo, hi))]
    if cum is not None: out.append(m("buyback_shares_cumulative", cum, "shares", ent, opt=True))
    if pct is not None: out.append(m("buyback_share_pct", pct, "%", ent, opt=True))
    return out
mt = []
mt += bb("騰訊控股|騰訊|Tencent|00700", 2.53e6, 1.002e9, 389.6, 402.2, 1.71e8, 1.811)
mt += bb("匯豐控股|匯豐|HSBC|00005", 3.6228e6, 2.5e8, 68.8, 69.4)
mt += bb("藥明生物|WuXi Biologics|02269", 3.326e6, 4.25496e7, 12.68, 12.82, 4.2373e7, 1.021)
mt += bb("中國石油化工股份|中石化|Sinopec|00386", 7.8e6, 3.64845e7, 4.64, 4.71, 8.6192e7, 0.07)
mt += bb("友邦保險|友邦|AIA|01299", 5.626e5, 3.33085e7, 58.9, 59.3, 3.01e8, 2.683)
G["zh13"] = (mt, [])

# zh14: J.P. Morgan raises Standard Chartered target (etnet 《外資精點》, Traditional); HK stock -> 元 = HKD
SC14 = "渣打|渣打集團|Standard Chartered|02888"; JPM = "摩根大通|摩通|J.P. Morgan|JPMorgan"
G["zh14"] = ([
    m("target_price", 190, "HKD", SC14, prior=168),
    m("target_price_change", 13, "%", SC14),
    m("eps_forecast_change|earnings_forecast_change", None, "%", SC14, "FY2025-FY2027", rng=(3, 6)),
    m("eps_growth_forecast|eps_growth", 13, "%", SC14, "FY2028", basis="forecast"),
    m("rote|return_on_tangible_equity", 14, "%", SC14, "FY2028", basis="forecast, adjusted"),
    m("total_shareholder_return|total_return", 7.5, "%", SC14, "FY2026", basis="forecast, dividends + buybacks"),
    m("revenue_growth_forecast|revenue_growth", 7, "%", SC14, "FY2025", basis="forecast, total revenue"),
    m("revenue_growth_forecast|revenue_growth", 3, "%", SC14, "FY2026", basis="forecast, total revenue"),
    m("revenue_growth_forecast|revenue_growth", 4, "%", SC14, "FY2027", basis="forecast, total revenue"),
    m("revenue_growth_forecast|revenue_growth", 4, "%", SC14, "FY2028", basis="forecast, total revenue"),
    m("eps_cagr|eps_growth", 10, "%", SC14, "FY2025-FY2028", basis="forecast, CAGR"),
    m("rote|return_on_tangible_equity", 13.8, "%", SC14, "FY2025", basis="forecast"),
    m("rote|return_on_tangible_equity", 13.5, "%", SC14, "FY2026", basis="forecast"),
    m("rote|return_on_tangible_equity", 13.8, "%", SC14, "FY2027", basis="forecast"),
], [
    ra(JPM, SC14, "raise_target", "overweight", None, 190, 168, "HKD"),
])

# zh15: Morgan Stanley upgrades SMIC (HKEJ 信報即時, Traditional); dated 2025-10-21 in the text
SMIC = "中芯國際|中芯|SMIC|00981"; MS = "摩根士丹利|大摩|Morgan Stanley"
G["zh15"] = ([
    m("price_change", None, "%", SMIC, "2025-10-21", rng=(5, None), opt=True, basis="headline 升逾半成"),
    m("price_change", 6.3, "%", SMIC, "2025-10-21", opt=True, basis="intraday max"),
    m("price", 76.3, "HKD", SMIC, "2025-10-21", opt=True, basis="intraday high"),
    m("price", 75.7, "HKD", SMIC, "2025-10-21", basis="10:45"),
    # printed "升5.4" without a unit; with 最多6.3% / 高見76.3元 it reads as a percentage -> optional either way
    m("price_change", 5.4, "%", SMIC, "2025-10-21", opt=True, basis="10:45, unit not printed"),
    m("turnover", 4.727e9, "HKD", SMIC, "2025-10-21", basis="10:45"),
    m("target_price", 80, "HKD", SMIC, prior=40),
], [
    ra(MS, SMIC, "upgrade", "overweight", "equal-weight", 80, 40, "HKD"),
])

# zh16: China Shineway / 中智藥業 interim results (AASTOCKS, Traditional); RMB figures "(下同)"; half without a year -> "H1"
ZZ = "中智藥業|China Shineway|03737"
G["zh16"] = ([
    m("price_change", -0.020, "HKD", ZZ, opt=True), m("price_change", -2.817, "%", ZZ, opt=True),
    m("revenue", 1.094e9, "CNY", ZZ, "H1"), m("revenue_growth", 29.3, "%", ZZ, "H1", basis="yoy"),
    m("net_profit", 1.35e8, "CNY", ZZ, "H1"), m("net_profit_growth", 75.1, "%", ZZ, "H1", basis="yoy"),
    m("eps", 0.159, "CNY", ZZ, "H1"),
    m("interim_dividend|dividend", 0.06, "HKD", ZZ, "H1", basis="per share"),
    # past-dividend table rows (announcement 2023/03/22, final results)
    m("special_dividend|dividend", 0.03, "HKD", ZZ, opt=True, basis="final results announced 2023/03/22"),
    m("final_dividend|dividend", 0.06, "HKD", ZZ, opt=True, basis="final results announced 2023/03/22"),
    # related-content headline (profit warning)
    m("net_profit_growth", None, "%", ZZ, rng=(None, -70), opt=True, basis="profit warning, full year, at least"),
], [])
