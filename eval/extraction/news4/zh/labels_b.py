# Hand labels for news4/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by gold_build.py.

# zh09: Hong Kong buyback roundup (Futu news, Traditional); dates without a year -> period None
TC = "騰訊控股|騰訊|Tencent"; AIA = "友邦保險|友邦|AIA"; KS = "快手-W|快手|Kuaishou"
HS = "匯豐控股|匯豐|HSBC"; COSCO = "中遠海控|COSCO Shipping Holdings|COSCO SHIP HOLD"
G["zh09"] = ([
    m("buyback_shares", 1.72e6, "shares", TC), m("buyback", 7.04e8, "HKD", TC),
    m("buyback_price", None, "HKD", TC, rng=(407.4, 411.2)),
    m("buyback_shares_cumulative", 1.86e8, "shares", TC, opt=True), m("buyback_share_pct", 1.979, "%", TC, opt=True),
    m("buyback_shares", 7.262e6, "shares", AIA), m("buyback", 4.14e8, "HKD", AIA),
    m("buyback_price", None, "HKD", AIA, rng=(56.15, 57.65)),
    m("buyback_shares_cumulative", 3.64e8, "shares", AIA, opt=True), m("buyback_share_pct", 3.236, "%", AIA, opt=True),
    m("buyback_shares", 3.452e6, "shares", KS), m("buyback", 1.62e8, "HKD", KS),
    m("buyback_price", None, "HKD", KS, rng=(46.05, 49.75)),
    m("buyback_shares_cumulative", 6.13988e7, "shares", KS, opt=True), m("buyback_share_pct", 1.416, "%", KS, opt=True),
    m("buyback_shares", 1.99e6, "shares", HS), m("buyback", 1.42e8, "HKD", HS),
    m("buyback_price", None, "HKD", HS, rng=(71.15, 71.5)),
    m("buyback_shares", 3.6315e6, "shares", COSCO), m("buyback", 4.357e7, "HKD", COSCO),
    m("buyback_price", None, "HKD", COSCO, rng=(11.96, 12.08)),
    m("buyback_shares_cumulative", 4.91735e7, "shares", COSCO, opt=True), m("buyback_share_pct", 1.537, "%", COSCO, opt=True),
], [])

# zh10: HSBC Research rating/target table for Chinese banks, HK financials, insurers and brokers (AASTOCKS, Traditional)
def q(ent, chg, pct, short=None, ratio=None):
    """inline AASTOCKS quote '+0.600 (+0.590%) 沽空 $9.59千萬; 比率 13.641%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out
HSBCR = "滙豐研究|HSBC Research|HSBC Global Research|HSBC"
HKEX = "港交所|香港交易所|HKEX"
rows10 = [("工商銀行|工行|ICBC", 0.020, 0.337, 1.68e8, 23.082, "buy", 6.3, None),
          ("建設銀行|建行|CCB", 0.010, 0.129, 2.52e8, 23.826, "buy", 8.4, None),
          ("中國銀行|中行|Bank of China", 0.010, 0.226, 1.92e8, 26.405, "buy", 4.8, None),
          ("農業銀行|農行|ABC|Agricultural Bank of China", -0.030, -0.542, 1.11e8, 25.053, "hold", 4.8, None),
          ("郵儲銀行|郵儲|Postal Savings Bank of China|PSBC", -0.040, -0.716, 6.08e7, 40.006, "hold", 4.9, None),
          ("交通銀行|交行|Bank of Communications", -0.030, -0.432, 2.22e7, 22.022, "hold", 6.3, None),
          ("招商銀行|招行|China Merchants Bank", -0.400, -0.821, 1.07e8, 16.766, "buy", 53, None),
          ("中信銀行|China CITIC Bank", -0.100, -1.366, 1.30e7, 4.484, "buy", 6.8, 7)]
mt, rt = [], []
for e, c, p, s, r, rating, tp, prev in rows10:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e, prior=prev))
    act = "maintain" if prev is None else ("raise_target" if tp > prev else "cut_target")
    rt.append(ra(HSBCR, e, act, rating, None, tp, prev, "HKD"))
# related-content headline embedded in the table (optional)
mt.append(m("target_price", 509, "HKD", HKEX, opt=True, basis="Goldman Sachs, related headline"))
rt.append(ra("高盛|Goldman Sachs", HKEX, "raise_target", None, None, 509, None, "HKD", opt=True))
G["zh10"] = (mt, rt)

# zh11: HKEX September market statistics + pre-open ADR digest (Bastille Post 錢財事, Traditional); month without year -> period None
HKM = "港股|香港證券市場|證券市場|Hong Kong stock market"
ADR = "港股ADR|恒指ADR|HSI ADR"
def adr(ent, px, disc, imp=None):
    out = [m("adr_price|price", px, "HKD", ent), m("adr_premium|adr_discount|price_change", disc, "%", ent, basis="vs Hong Kong close")]
    if imp is not None: out.append(m("index_impact|index_change", imp, "points", ent, basis="impact on HSI"))
    return out
mt = [
    m("average_daily_turnover|turnover", 1.692e11, "HKD", HKM, basis="9月份, daily average"),
    m("average_daily_turnover_growth|turnover_growth", 87, "%", HKM, basis="9月份, yoy"),
    m("average_daily_turnover_growth|turnover_growth", 77, "%", HKM, basis="9月份, mom"),
    m("turnover", 5.059e11, "HKD", HKM, basis="9月30日, record"),
    m("turnover", 3.569e11, "CNY", "滬深港通北向|北向|Northbound Stock Connect", basis="9月30日, record"),
    m("turnover", 2.087e11, "HKD", "滬深港通南向|南向|Southbound Stock Connect", basis="9月30日, record"),
    m("market_capitalisation|market_cap", 3.69e13, "HKD", HKM, basis="end of September"),
    m("market_capitalisation_growth|market_cap_growth", 16, "%", HKM, basis="mom"),
    m("market_capitalisation_growth|market_cap_growth", 15, "%", HKM, basis="yoy"),
    m("average_daily_turnover|turnover", 1.133e11, "HKD", HKM, basis="1至9月份, daily average"),
    m("average_daily_turnover_growth|turnover_growth", 3, "%", HKM, basis="1至9月份, yoy"),
    m("index_level", 19725, "points", ADR), m("index_change", -140, "points", ADR, basis="vs HSI Friday close"),
    m("index_change", -0.71, "%", ADR, basis="vs HSI Friday close"),
    m("adr_price|price", 6.12, "HKD", "中華煤氣|煤氣|Hong Kong and China Gas", opt=True, basis="printed 港幣6.12%"),
    m("adr_premium|adr_discount|price_change", 3.2, "%", "中華煤氣|煤氣|Hong Kong and China Gas", basis="高水"),
    m("index_impact|index_change", -19.6, "points", "美團|Meituan", basis="impact on HSI"),
    m("index_impact|index_change", -15, "points", "友邦保險|友邦|AIA", basis="impact on HSI"),
    m("index_impact|index_change", -11, "points", "小米|Xiaomi", basis="impact on HSI"),
]
mt += adr("美團|Meituan", 160.36, -1.3) + adr("小米|Xiaomi", 29.51, -1.3) + adr("騰訊|Tencent", 409.98, -0.6, -9)
mt += adr("百度|Baidu", 84.06, -1) + adr("阿里巴巴|阿里|Alibaba", 83.58, -0.4) + adr("網易|NetEase", 142.71, -0.1)
G["zh11"] = (mt, [])

# zh12: Fed cuts 25 bp; HSBC, BOCHK, StanChart cut prime and savings rates (HK01, Traditional).
# Headline 12.5點子 repeats HSBC's cut exactly -> one row. Current levels carry no period; changes with a printed date carry it.
FED = "美國聯儲局|聯儲局|Federal Reserve|Fed"
HSBCB = "滙豐|滙豐銀行|HSBC"; BOCHK = "中銀香港|中銀|BOCHK"; SCB = "渣打銀行|渣打|Standard Chartered"
G["zh12"] = ([
    m("rate_change|policy_rate_change", -25, "bp", FED),
    m("fed_funds_target_range|policy_rate", None, "%", FED, rng=(4, 4.25)),
    m("rate_change|prime_rate_change", -12.5, "bp", HSBCB),
    m("prime_rate", 5.125, "%", HSBCB),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, basis="HKD savings"),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, "2024-12-20", basis="previous HKD savings-rate cut"),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, "2025-09-19", basis="USD savings"),
    m("savings_rate|deposit_rate", 0.25, "%", HSBCB, "2025-09-19", prior=0.375, basis="USD savings"),
    m("savings_rate_change|deposit_rate_change", -12.5, "bp", HSBCB, "2024-12-20", basis="previous USD savings-rate cut"),
    m("prime_rate", 5.125, "%", BOCHK, prior=5.25),
    m("savings_rate|deposit_rate", 0.125, "%", BOCHK, prior=0.25),
    m("balance_threshold", 1e6, "HKD", BOCHK, opt=True),
    m("extra_savings_rate|savings_rate", 0.001, "%", BOCHK, opt=True),
    m("rate_change|prime_rate_change", -12.5, "bp", SCB, "2025-09-22"),
    m("prime_rate", 5.375, "%", SCB, "2025-09-22", prior=5.5),
    m("savings_rate|deposit_rate", 0.125, "%", SCB, "2025-09-22", prior=0.25),
], [])

# zh13: IPO results, grey market and margin subscriptions (Oriental Daily, Traditional)
YJ = "御佳控股|御佳"; SL = "松齡護老|松齡|Pine Care"; OB = "安保工程|Able Engineering"
G["zh13"] = ([
    m("ipo_price|offer_price", 0.56, "HKD", YJ),
    m("oversubscription", 349, "x", YJ, basis="public offer"),
    m("public_offer_shares", 1.5e8, "shares", YJ, opt=True), m("public_offer_share", 50, "%", YJ, opt=True),
    m("one_lot_success_rate|allotment_rate", 30, "%", YJ, opt=True),
    m("grey_market_price|price", 0.64, "HKD", YJ, opt=True, basis="grey-market open, Phillip"),
    m("grey_market_price|price", 0.63, "HKD", YJ, opt=True, basis="grey-market open, Bright Smart"),
    m("grey_market_change|price_change", 14.28, "%", YJ, opt=True, basis="open vs IPO price"),
    m("grey_market_change|price_change", 12.5, "%", YJ, opt=True, basis="open vs IPO price"),
    m("grey_market_price|price", 0.51, "HKD", YJ, basis="grey-market close"),
    m("grey_market_change|price_change", -8.93, "%", YJ, basis="vs IPO price"),
    m("lot_size", 4000, "shares", YJ, opt=True), m("paper_gain_per_lot", -200, "HKD", YJ, opt=True),
    m("oversubscription", 500, "x", SL, opt=True, basis="headline, margin"),
    m("oversubscription", None, "x", SL, rng=(500, None), opt=True, basis="margin, 逾"),
    m("margin_financing", 9.329e9, "HKD", SL, basis="7 brokers"),
    m("public_offer_size|ipo_proceeds", 1.8e7, "HKD", SL, basis="public offer"),
    m("oversubscription", None, "x", SL, rng=(517.27, None), basis="margin, public offer"),
    m("margin_financing", 1.09e8, "HKD", OB, basis="5 brokers"),
    m("public_offer_size|ipo_proceeds", 5.5e7, "HKD", OB, basis="public offer"),
    m("oversubscription", 0.98, "x", OB, basis="margin, public offer"),
], [])

# zh14: Henderson Land 2025 interim results announcement (repost, Traditional body, Chinese-numeral amounts)
HLD = "恒基地產|恒基地产|恒基|Henderson Land|集團"
G["zh14"] = ([
    m("underlying_profit|net_profit", 3.048e9, "HKD", HLD, "2025H1", basis="attributable, underlying, unaudited"),
    m("underlying_profit|net_profit", 5.441e9, "HKD", HLD, "2024H1", basis="attributable, underlying"),
    m("underlying_profit_change|net_profit_change", -2.393e9, "HKD", HLD, "2025H1", basis="yoy"),
    m("underlying_profit_growth|net_profit_growth", -44, "%", HLD, "2025H1", basis="yoy"),
    m("underlying_eps|eps", 0.63, "HKD", HLD, "2025H1"),
    m("underlying_eps|eps", 1.12, "HKD", HLD, "2024H1"),
    m("one_off_gain|attributable_gain", 2.503e9, "HKD", HLD, "2024H1", basis="land resumption and 港匯東 disposal"),
    m("fair_value_change|revaluation_loss", -1.4e8, "HKD", HLD, "2025H1", basis="investment properties, revaluation loss"),
    m("fair_value_change|revaluation_loss", -2.267e9, "HKD", HLD, "2024H1", basis="investment properties, revaluation loss"),
], [])

# zh15: CLSA note on Hong Kong conglomerates with rating/target table (AASTOCKS, HK-style Simplified).
# Inline quotes printed twice (text and table) have one row each.
CLSA = "里昂|CLSA"
SWA = "太古A|太古股份公司A|Swire Pacific A|Swire Pacific"; MTR = "港铁|港鐵|MTR"
NWS = "新创建|新創建|NWS Holdings|NWS"; FP = "第一太平|First Pacific"; CKH = "长和|長和|CK Hutchison|CKH"
HKCO = "港资企业|港資企業|Hong Kong conglomerates"
mt = [
    m("earnings_growth_forecast|earnings_growth", 14, "%", HKCO, basis="next year, forecast"),
    m("net_gearing|net_debt_to_equity", 17, "%", HKCO),
    m("home_price_growth_forecast|home_price_growth", 8, "%", "香港住宅楼价|香港住宅|Hong Kong residential prices", opt=True, basis="Citi, related headline, this year"),
]
mt += q(SWA, 0.050, 0.069, 3.54e7, 26.203) + q(MTR, 0.020, 0.064, 5.14e7, 40.525)
mt += q(NWS, 0.180, 2.182, 1.13e6, 2.340) + q(FP, -0.110, -1.809, 6.231e5, 3.390) + q(CKH, 1.050, 1.766, 1.88e8, 25.499)
mt += [
    m("target_price", 62, "HKD", SWA), m("target_price", 37, "HKD", MTR, prior=42),
    m("target_price", 4.0, "HKD", FP, prior=3.9), m("target_price", 58, "HKD", CKH, prior=56),
]
G["zh15"] = (mt, [
    ra(CLSA, SWA, "upgrade", "buy", "underperform", 62, None, "HKD"),
    ra(CLSA, MTR, "cut_target", "buy", None, 37, 42, "HKD"),
    ra(CLSA, NWS, "downgrade", "outperform", None, None, None, "HKD"),
    ra(CLSA, FP, "raise_target", "buy", None, 4.0, 3.9, "HKD"),
    ra(CLSA, CKH, "raise_target", "buy", None, 58, 56, "HKD"),
])

def pc(ent, v, opt=False, basis=None, rng=None):
    return m("price_change", v, "%", ent, opt=opt, basis=basis, rng=rng)

# zh16: Hong Kong close (Money-Link / 財訊快報, Traditional, Taiwan outlet on HK); wrap -> no period.
# Headline 1.05% repeats the body exactly (one row); headline 強彈逾一成 is an approximate restatement (optional).
HSI = "恆生指數|恒生指數|恆指|恒指|Hang Seng Index"; HSCEI = "國企指數|恒生中國企業指數|HSCEI"
HST = "科技股指數|科指|恒生科技指數|Hang Seng Tech Index"; MT = "美團|Meituan"
CGS = "碧桂園服務|Country Garden Services"; LF = "龍湖|Longfor"
G["zh16"] = ([
    m("index_change", 133, "points", HSI, opt=True, basis="intraday, 約"), m("index_change", 0.7, "%", HSI, opt=True, basis="intraday"),
    m("stake_value", 2.4e10, "USD", "騰訊控股|騰訊|Tencent", basis="holding in 美團"),
    pc(MT, None, opt=True, basis="intraday", rng=(None, -10)),
    m("index_change", -378, "points", HSI, opt=True, basis="intraday, 約"), m("index_change", -1.9, "%", HSI, opt=True, basis="intraday"),
    m("index_level", 20000, "points", HSI, opt=True, basis="threshold"),
    m("index_level", 19662.61, "points", HSI, opt=True, basis="intraday low"),
    m("index_change", -1.05, "%", HSI), m("index_change", -210.24, "points", HSI),
    m("index_level", 19830.52, "points", HSI, basis="close"),
    m("index_level", 6727.94, "points", HSCEI, basis="close"), m("index_change", -85.53, "points", HSCEI), m("index_change", -1.27, "%", HSCEI),
    m("index_change", -147.86, "points", HST, opt=True, basis="intraday"), m("index_change", -3.43, "%", HST, opt=True, basis="intraday"),
    m("index_level", 4160.45, "points", HST, opt=True, basis="intraday low"),
    m("index_change", -87.28, "points", HST), m("index_change", -2.03, "%", HST),
    m("index_level", 4221.03, "points", HST, basis="close"),
    pc("蔚來|NIO", 0.98), pc("騰訊控股|騰訊|Tencent", 0.87),
    pc(MT, -11.8, opt=True, basis="intraday"), m("price", 159.5, "HKD", MT, opt=True, basis="intraday low"),
    pc(MT, -9.1), m("price", 164.5, "HKD", MT, basis="close"),
    m("turnover", 1.119e10, "HKD", MT),
    pc(CGS, 15.03), pc(LF, 12.42),
    pc(CGS, None, opt=True, basis="headline", rng=(10, None)), pc(LF, None, opt=True, basis="headline", rng=(10, None)),
], [])
