# Hand labels for news5/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by gold_build.py.

def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '-0.060 (-1.070%) 沽空 $6.38千万; 比率 8.095%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out

# zh09: HSBC Research rating/target table for Chinese bank H shares (AASTOCKS sc, HK style); all targets raised,
# ABC downgraded buy -> hold. Excerpt: header and the first six rows. Related-content headline with the 5,000亿 CGSB issue is optional.
HSBCR = "汇丰研究|HSBC Research|HSBC Global Research|HSBC"
rows = [("工商银行|工行|ICBC", -0.060, -1.070, 6.38e7, 8.095, "buy", None, 6.6, 5.6),
        ("建设银行|建行|CCB", -0.050, -0.740, 5.04e7, 6.018, "buy", None, 8.8, 7.5),
        ("中国银行|中行|Bank of China", -0.050, -1.096, 1.05e8, 16.246, "buy", None, 5, 4.2),
        ("农业银行|农行|ABC|Agricultural Bank of China", -0.040, -0.846, 7.95e7, 38.740, "hold", "buy", 4.7, 4.1),
        ("邮储银行|邮储|Postal Savings Bank of China|PSBC", -0.070, -1.370, 2.92e7, 29.975, "hold", None, 5.1, 4.7),
        ("交通银行|交行|Bank of Communications", -0.060, -0.885, 2.48e7, 29.787, "hold", None, 7, 6.5),
        ]  # excerpt ends after the 交通银行 row (the remaining four rows and the footer are not in the passage)
mt, rt = [], []
for e, c, p, s, r, rating, prev_rating, tp, prev in rows:
    mt += q(e, c, p, s, r)
    mt.append(m("target_price", tp, "HKD", e, prior=prev))
    if prev_rating is not None:
        rt.append(ra(HSBCR, e, "downgrade", rating, prev_rating, tp, prev, "HKD"))
    else:
        rt.append(ra(HSBCR, e, "raise_target", rating, None, tp, prev, "HKD"))
mt.append(m("bond_issuance|special_government_bond_issuance", 5e11, "CNY", "中国|China", opt=True, basis="Citi, related headline"))
G["zh09"] = (mt, rt)

# zh10: Hong Kong market close (RTHK via agora0 mirror, Traditional); no date in the text -> period None
HSI = "恒生指數|恒指|Hang Seng Index|HSI"; MB = "港股主板|主板|港股|Hong Kong stock market"
G["zh10"] = ([
    m("index_change", 329, "points", HSI),
    m("turnover", None, "HKD", MB, rng=(2.7e11, None), opt=True, basis="headline, approximate"),
    m("index_level", 27920, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 27878, "points", HSI, basis="close"),
    m("index_change", 1.2, "%", HSI),
    m("turnover", 2.702e11, "HKD", MB),
    m("turnover_growth|turnover_change", 19, "%", MB, basis="vs previous day"),
    m("price_change", None, "%", "中移動|中國移動|China Mobile", rng=(None, -4), opt=True),
    m("price_change", 20, "%", "吉利|吉利汽車|Geely"),
    m("price_change", None, "%", "比亞迪|BYD", rng=(2, None), opt=True),
    m("price_change", None, "%", "長城汽車|Great Wall Motor", rng=(5, None), opt=True),
    m("price", 464.4, "HKD", "港交所|香港交易所|HKEX", opt=True, basis="intraday high"),
    m("price", 452, "HKD", "港交所|香港交易所|HKEX", basis="close"),
    m("price_change", 2, "%", "港交所|香港交易所|HKEX"),
    m("price_change", 2, "%", "友邦|友邦保險|AIA"),
    m("price_change", None, "%", "騰訊|阿里巴巴|美團|Tencent|Alibaba|Meituan", rng=(1, 3), opt=True),
    m("price_change", 11, "%", "中芯|中芯國際|SMIC"),
    m("index_change", 647, "points", HSI, basis="weekly"),
    m("index_change", 2.4, "%", HSI, basis="weekly"),
], [])

# zh11: IPO allotment results (Bastille Post, Traditional); 元 in a Hong Kong IPO context = HKD
NH = "諾輝健康|諾輝|New Horizon Health"
G["zh11"] = ([
    m("oversubscription", 4132, "x", NH, opt=True, basis="headline, rounded"),
    m("ipo_price|offer_price", 26.66, "HKD", NH, basis="top of range"),
    m("ipo_price_range|offer_price", None, "HKD", NH, rng=(22.7, 26.66)),
    m("net_proceeds|ipo_proceeds", 1.899e9, "HKD", NH, basis="net"),
    m("lot_size", 500, "shares", NH, opt=True),
    m("one_lot_success_rate|allotment_rate", 2, "%", NH, opt=True),
    m("lots_for_guaranteed_allotment", 4000, "lots", NH, opt=True),
    m("subscription_amount", 5.4e7, "HKD", NH, opt=True, basis="B group, 近"),
    m("shares_subscribed", 2e6, "shares", NH, opt=True, basis="B group"),
    m("valid_applications", 1.0637e6, "applications", NH, opt=True),
    m("shares_subscribed", 3.166e10, "shares", NH, opt=True, basis="public offer"),
    m("frozen_funds|subscription_funds", 8.44063e11, "HKD", NH),
    m("oversubscription", 4132.19, "x", NH, basis="public offer"),
    m("public_offer_share", 50, "%", NH, opt=True, basis="after clawback"),
    m("oversubscription", 64.16, "x", NH, basis="international offer"),
], [])

# zh12: Hong Kong buyback roundup (Futu news, Traditional); dates without a year -> period None.
# "介乎A至B" with the high end first is still a range (low, high). HSBC's London buyback is in GBP.
HS = "匯豐控股|匯豐|滙豐|HSBC"; TC = "騰訊控股|騰訊|Tencent"; MT = "美團-W|美團|Meituan"; SW = "太古股份公司A|太古A|Swire Pacific A|Swire Pacific"
G["zh12"] = ([
    m("buyback_shares", 4.1064e6, "shares", HS), m("buyback", 2.88e8, "HKD", HS),
    m("buyback_price", None, "HKD", HS, rng=(69.55, 70.65)),
    m("buyback_shares", 3.674e5, "shares", TC), m("buyback", 1.51e8, "HKD", TC),
    m("buyback_price", None, "HKD", TC, rng=(407, 414.2)),
    m("buyback_shares_cumulative", 1.73e8, "shares", TC, opt=True), m("buyback_share_pct", 1.834, "%", TC, opt=True),
    m("buyback_shares", 4.268e5, "shares", MT), m("buyback", 6.11632e7, "HKD", MT),
    m("buyback_price", None, "HKD", MT, rng=(142.6, 143.5)),
    m("buyback_shares_cumulative", 1.55e8, "shares", MT, opt=True), m("buyback_share_pct", 2.488, "%", MT, opt=True),
    m("buyback_shares", 3.6262e6, "shares", HS), m("buyback", 2.42654e7, "GBP", HS),
    m("buyback_price", None, "GBP", HS, rng=(6.64, 6.74)),
    m("buyback_shares", 3.75e5, "shares", SW), m("buyback", 2.42018e7, "HKD", SW),
    m("buyback_price", None, "HKD", SW, rng=(63.95, 65.4)),
    m("buyback_shares_cumulative", 1.74845e7, "shares", SW, opt=True), m("buyback_share_pct", 2.094, "%", SW, opt=True),
], [])

# zh13: Hong Kong market close with five broker target cuts on Geely (exmoo, Traditional); no date -> period None
HSI = "恒生指數|恒指|Hang Seng Index|HSI"; GL = "吉利|吉利汽車|Geely"
G["zh13"] = ([
    m("index_level", 28116.28, "points", HSI, basis="close"),
    m("index_change", -215.41, "points", HSI), m("index_change", -0.76, "%", HSI),
    m("index_change", -759, "points", HSI, basis="cumulative, 5 days"),
    m("turnover", 7.032e10, "HKD", "港股|大市|Hong Kong stock market"),
    m("index_level", 10650.63, "points", "國企指數|國指|HSCEI", basis="close"),
    m("index_change", -0.7, "%", "國企指數|國指|HSCEI"),
    m("target_price", 12, "HKD", GL, prior=18),
    m("target_price", 5, "HKD", GL, prior=8),
    m("target_price", 9, "HKD", GL),
    m("target_price", 15, "HKD", GL),
    m("target_price", 15.2, "HKD", GL),
    m("price_change", -3.78, "%", GL), m("price", 11.7, "HKD", GL, basis="close"),
    m("turnover", 2.07e9, "HKD", GL),
    m("price_change", -15.34, "%", GL, basis="cumulative, 4 days"),
    m("market_cap_change|market_value_loss", -1.93e10, "HKD", GL),
    m("price", 51.35, "HKD", "安踏體育|安踏|Anta Sports", basis="close"), m("price_change", 0.195, "%", "安踏體育|安踏|Anta Sports"),
    m("buyback", 1e7, "HKD", "新城悅服務|新城悅|Seazen Holdings Services", opt=True, basis="千萬元, approximate"),
    m("price", 5.85, "HKD", "新城悅服務|新城悅|Seazen Holdings Services", basis="close"), m("price_change", 2.63, "%", "新城悅服務|新城悅|Seazen Holdings Services"),
    m("price_change", 3.29, "%", "新城發展控股|新城發展|Seazen Group"), m("price", 7.23, "HKD", "新城發展控股|新城發展|Seazen Group"),
], [
    ra("摩根大通|小摩|摩通|JPMorgan|J.P. Morgan", GL, "cut_target", None, None, 12, 18, "HKD"),
    ra("大摩|摩根士丹利|Morgan Stanley", GL, "cut_target", "underweight", None, 5, 8, "HKD"),
    ra("中金|中金公司|CICC", GL, "downgrade", "neutral", "outperform", 9, None, "HKD"),
    ra("富瑞|Jefferies", GL, "cut_target", "buy", None, 15, None, "HKD"),
    ra("交銀國際|BOCOM International", GL, "cut_target", "buy", None, 15.2, None, "HKD"),
])

# zh14: Fed 75 bp hike and HKMA base rate (ETNet via herich.com.cn, HK-style Simplified); the text gives only the
# day (28日), so no period; "上调0.75厘至2.75厘" states no earlier level -> no prior.
HKMA = "金管局|香港金融管理局|HKMA"; FED = "美国联储局|联储局|美联储|Federal Reserve|Fed"
G["zh14"] = ([
    m("rate_change|base_rate_change", 75, "bp", HKMA),
    m("base_rate|policy_rate", 2.75, "%", HKMA),
    m("rate_change|policy_rate_change", 75, "bp", FED),
    m("fed_funds_target_range|policy_rate", None, "%", FED, rng=(2.25, 2.5)),
    m("inflation_target", 2, "%", FED, opt=True),
], [])

# zh15: Citi raises Bank of East Asia target after results (AASTOCKS sc mirror, HK style); forecast changes given as
# ranges covering FY2025-FY2026 carry that span as period.
BEA = "东亚|东亚银行|Bank of East Asia|BEA"
G["zh15"] = (q(BEA, 0.100, 0.847, 2.01e6, 11.566) + [
    m("eps_forecast_change|earnings_forecast_change", None, "%", BEA, "FY2025-FY2026", rng=(8, 13)),
    m("revenue_forecast_change|revenue_change", None, "%", BEA, "FY2025-FY2026", rng=(1, 2)),
    m("cost_forecast_change|cost_improvement", None, "%", BEA, "FY2025-FY2026", rng=(2, 3)),
    m("impairment_forecast_change", None, "%", BEA, "FY2025-FY2026", rng=(6, 8)),
    m("target_price", 11, "HKD", BEA, prior=9.3),
], [
    ra("花旗|Citi|Citigroup", BEA, "raise_target", "neutral", None, 11, 9.3, "HKD"),
])

# zh16: annual-results highlights of a GEM issuer (HKEX filing via Sina HK, Simplified); the company is named only
# as 本集团/本公司; years written in Chinese numerals (二零一八年) give FY2018 / FY2017. Prior-year comparatives are
# labelled with their own period; "约" keeps the value.
GRP = "本集团|本公司"
G["zh16"] = ([
    m("revenue", 1.004e8, "HKD", GRP, "FY2018"),
    m("revenue", 1.097e8, "HKD", GRP, "FY2017"),
    m("revenue_change", -9.3e6, "HKD", GRP, "FY2018", basis="yoy"),
    m("revenue_growth", -8.5, "%", GRP, "FY2018", basis="yoy"),
    m("gross_margin", 22.6, "%", GRP, "FY2018"),
    m("gross_margin", 22.1, "%", GRP, "FY2017"),
    m("profit_change|net_profit_change", -8.0e6, "HKD", GRP, "FY2018", basis="yoy, excluding non-recurring listing expenses"),
    m("eps", -0.001, "HKD", GRP, "FY2017", basis="basic, loss per share"),
    m("eps", 0.0064, "HKD", GRP, "FY2018", basis="basic"),
], [])
