# Hand labels for news12/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Hong Kong stock context: 元 / $ = HKD unless 人民幣/人民币 is printed. No year is taken from outside the text.

# zh09: Hong Kong market close (stockstar digest, HK style in Simplified script). No date in the text -> no period.
# Open gap and intraday low optional; every named stock move is stated exactly -> key.
HSI = "恒生指数|恒指|Hang Seng Index"
G["zh09"] = ([
    m("index_change", -109, "points", HSI, opt=True, basis="open"),
    m("index_level", 23511, "points", HSI, opt=True, basis="intraday low"),
    m("index_level", 23552, "points", HSI, basis="close"),
    m("index_change", -175, "points", HSI, basis="close"),
    m("turnover", 7.57e10, "HKD", "主板|大市|Hong Kong main board"),
    m("price_change", -3.3, "%", "恒安|恒安国际|Hengan|1044"),
    m("price", 64, "HKD", "恒安|恒安国际|Hengan|1044"),
    m("price_change", -1.1, "%", "新地|新鸿基地产|Sun Hung Kai Properties|16"),
    m("price", 113, "HKD", "新地|新鸿基地产|Sun Hung Kai Properties|16"),
    m("price_change", -1.5, "%", "长实地产|CK Property|1113"),
    m("price_change", -1.2, "%", "九仓|九龙仓|Wharf|4"),
    m("price_change", -1.3, "%", "中海外|中国海外发展|China Overseas Land|688"),
    m("price_change", -1.7, "%", "华润置地|China Resources Land|1109"),
    m("price_change", -1.7, "%", "中国铝业|中铝|Chalco|2600"),
    m("price", 4.13, "HKD", "中国铝业|中铝|Chalco|2600"),
    m("price_change", -2.7, "%", "俄铝|Rusal|486"),
    m("price_change", -1.2, "%", "江铜|江西铜业|Jiangxi Copper|358"),
    m("price_change", 0.2, "%", "吉利|吉利汽车|Geely|175"),
    m("price", 10.7, "HKD", "吉利|吉利汽车|Geely|175"),
    m("price_change", 3.2, "%", "利丰|Li & Fung|494"),
    m("price", 3.15, "HKD", "利丰|Li & Fung|494"),
], [])

# zh10: HSBC prime-rate and savings-rate cut (etnet, Traditional). The dateline 30/10/2025 is printed, so 明日（31日）
# is 2025-10-31 (stated in the text). Headline 0.125厘 / 0.124厘 repeat the body -> one row each.
HS = "滙豐|香港上海滙豐銀行|HSBC"
G["zh10"] = ([
    m("prime_rate_change|rate_change", -12.5, "bp", HS, "2025-10-31", basis="HKD prime rate"),
    m("prime_rate", 5, "%", HS, "2025-10-31", prior=5.125, basis="HKD prime rate"),
    m("prime_rate_change|rate_change", -12.5, "bp", HS, "2025-09-19", basis="previous HKD prime rate cut"),
    m("savings_rate_change|rate_change", -12.4, "bp", HS, "2025-10-31", basis="HKD savings account rate"),
    m("savings_rate_change|rate_change", -12.5, "bp", HS, "2025-09-19", basis="previous HKD savings rate cut"),
], [])

# zh11: Hong Kong buyback roundup (STCN / 数据宝, Simplified). "4月26日" and 年内 without a year -> no period.
# Highest / lowest buyback prices are a price range. The count of 35 companies is optional.
HK = "港股|香港上市公司|Hong Kong-listed companies"
HSB = "恒生银行|恒生|Hang Seng Bank|00011"; SWA = "太古股份公司A|太古A|Swire Pacific A|00019"
YUMC = "百胜中国|Yum China|09987"
ZY = "中裕能源|Zhongyu Energy|03633"
G["zh11"] = ([
    m("count", 35, "companies", HK, opt=True, basis="companies buying back"),
    m("buyback_shares|shares_repurchased", 1.17905e7, "shares", HK, basis="total"),
    m("buyback_amount", 1.16e8, "HKD", HK, basis="total"),
    m("buyback_shares|shares_repurchased", 6.0e5, "shares", HSB),
    m("buyback_amount", 6.17141e7, "HKD", HSB),
    m("buyback_price", None, "HKD", HSB, rng=(102.2, 103.3)),
    m("buyback_amount", 6.19e8, "HKD", HSB, basis="year-to-date cumulative"),
    m("buyback_shares|shares_repurchased", 2.6e5, "shares", SWA),
    m("buyback_amount", 1.67072e7, "HKD", SWA),
    m("buyback_price", None, "HKD", SWA, rng=(63.35, 65.0)),
    m("buyback_amount", 1.074e9, "HKD", SWA, basis="year-to-date cumulative"),
    m("buyback_shares|shares_repurchased", 1.5e6, "shares", ZY),
    m("buyback_amount", 7.4124e6, "HKD", ZY),
    m("buyback_price", None, "HKD", ZY, rng=(4.85, 4.98)),
    m("buyback_amount", 3.21614e7, "HKD", ZY, basis="year-to-date cumulative"),
    m("buyback_shares|shares_repurchased", 1.171e6, "shares", "天鸽互动|天鸽|Tian Ge Interactive"),
    m("buyback_shares|shares_repurchased", 1.17e6, "shares", "保发集团|Pou Fat Group|Bao Fa Group"),
    m("buyback_amount", 3.0744e6, "HKD", YUMC),
    m("buyback_amount", 1.538e9, "HKD", YUMC, basis="year-to-date cumulative"),
], [])

# zh12: Morgan Stanley cuts China TCM target (Infocast via AASTOCKS, Simplified). "2025-2030年" forecasts -> period
# "FY2025-FY2030"; "下调8-13%" and "下调6-11%" are ranges of cuts (negative). The 2024 trend year is not a figure.
TCM = "中国中药|China Traditional Chinese Medicine|China TCM|00570"
MS = "摩根士丹利|大摩|Morgan Stanley"
G["zh12"] = ([
    m("target_price", 1.6, "HKD", TCM, prior=1.7),
    m("target_price_change", -5.9, "%", TCM),
    m("earnings_forecast_change", None, "%", TCM, "FY2025-FY2030", rng=(-13, -8)),
    m("target_price_change|valuation_change", None, "%", TCM, rng=(-11, -6), basis="target price and scenario values"),
], [
    ra(MS, TCM, "cut_target", "underweight", None, 1.6, 1.7, "HKD"),
])

# zh13: JPMorgan upgrades ICBC (Zhitong repost, Simplified). "今年至后年" without a year -> no period on the three
# PPOP forecast changes (kept in text order). Headline target repeats the body -> one row.
ICBC = "工商银行|工行|ICBC|01398"
JPM = "摩根大通|摩通|小摩|JPMorgan|J.P. Morgan"
G["zh13"] = ([
    m("target_price", 5.8, "HKD", ICBC, prior=5),
    m("ppop_forecast_change|pre_provision_profit_forecast_change|earnings_forecast_change", 5, "%", ICBC, basis="this year"),
    m("ppop_forecast_change|pre_provision_profit_forecast_change|earnings_forecast_change", 5, "%", ICBC, basis="next year"),
    m("ppop_forecast_change|pre_provision_profit_forecast_change|earnings_forecast_change", 6, "%", ICBC, basis="year after next"),
    m("sustainable_roe_forecast|roe_forecast|roe", 9.8, "%", ICBC, prior=8.1, basis="sustainable ROE forecast"),
    m("sustainable_roe_forecast|roe_forecast|roe", 10.2, "%", ICBC, basis="average sustainable ROE forecast, this year to year after next"),
], [
    ra(JPM, ICBC, "upgrade", "overweight", "neutral", 5.8, 5, "HKD"),
])

# zh14: Citi mainland-developer rating/target table (AASTOCKS, Simplified, excerpt: the first five rows).
# Rows give "old → new" targets with the rating unchanged -> cut_target, target_price with prior.
# AASTOCKS inline quotes are optional; the related-content headlines carry no figures.
def _q(ent, chg, pct, short, ratio):
    return [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True),
            m("short_selling_turnover", short, "HKD", ent, opt=True), m("short_selling_ratio", ratio, "%", ent, opt=True)]
CITI = "花旗|Citi|Citigroup"
C14 = [("建发国际集团|建发国际|C&D International|01908", -0.19, -1.107, 1.67e7, 20.566, 16.3, 19),
       ("中国金茂|China Jinmao|00817", -0.02, -1.418, 5.82e6, 14.831, 0.75, 1),
       ("中国海外宏洋|中国海外宏洋集团|China Overseas Grand Oceans|00081", -0.02, -0.837, 1.32e7, 30.532, 2.3, 3.1),
       ("中国海外发展|中海外|China Overseas Land|00688", -0.15, -1.058, 1.11e8, 26.912, 16.2, 18.5),
       ("华润置地|China Resources Land|01109", -0.36, -1.225, 1.12e8, 25.136, 32.6, 39.1)]
_mm, _aa = [], []
for ent, chg, pct, short, ratio, tp, ptp in C14:
    _mm += _q(ent, chg, pct, short, ratio) + [m("target_price", tp, "HKD", ent, prior=ptp)]
    _aa.append(ra(CITI, ent, "cut_target", "buy", None, tp, ptp, "HKD"))
G["zh14"] = (_mm, _aa)

# zh15: allotment results of three Hong Kong IPOs (881903 Commercial Radio, Traditional). No date -> no period.
# Price, net proceeds (約X -> X), public-offer subscription level and oversubscription are key; lot sizes and one-lot
# success rates are optional (IPO allotment statistics).
BH = "渤海銀行|China Bohai Bank|09668"; FX = "鳳祥股份|鳳祥|Fovo Foods|09977"; JX = "嘉興市燃氣集團|嘉興燃氣|Jiaxing Gas|09908"
G["zh15"] = ([
    m("ipo_price|offer_price", 4.8, "HKD", BH, basis="bottom of range"),
    m("net_proceeds|ipo_proceeds", 1.347e10, "HKD", BH, basis="net"),
    m("subscription_level|public_offer_subscription", 59, "%", BH, basis="Hong Kong public offer, undersubscribed"),
    m("ipo_price|offer_price", 3.33, "HKD", FX, basis="bottom of range"),
    m("net_proceeds|ipo_proceeds", 1e9, "HKD", FX, basis="net"),
    m("oversubscription", 1.1, "x", FX, basis="Hong Kong public offer"),
    m("lot_size", 1000, "shares", FX, opt=True),
    m("one_lot_success_rate|allotment_rate", 85, "%", FX, opt=True),
    m("ipo_price|offer_price", 10, "HKD", JX),
    m("net_proceeds|ipo_proceeds", 2.9e8, "HKD", JX, basis="net"),
    m("oversubscription", 5.73, "x", JX, basis="Hong Kong public offer"),
    m("lot_size", 500, "shares", JX, opt=True),
    m("one_lot_success_rate|allotment_rate", 18.01, "%", JX, opt=True),
], [])

# zh16: MTR interim results (HKEJ instant news, Traditional). "截至6月底止的半年" without a year -> "H1"; the
# year-ago profit is its own row (no period: the year is not stated). Headline 轉蝕3.3億 rounds 3.34億 -> optional;
# headline 息25仙 equals the body's 0.25元 -> one row.
MTR = "港鐵公司|港鐵|MTR|MTR Corporation|00066"
G["zh16"] = ([
    m("net_profit|attributable_profit", -3.34e8, "HKD", MTR, "H1", basis="attributable, after investment property revaluation"),
    m("net_profit|attributable_profit", -3.3e8, "HKD", MTR, "H1", opt=True, basis="headline, rounded"),
    m("net_profit|attributable_profit", 5.506e9, "HKD", MTR, None, basis="attributable, same period last year"),
    m("eps", -0.05, "HKD", MTR, "H1", basis="loss per share"),
    m("interim_dividend|dividend_per_share", 0.25, "HKD", MTR, "H1"),
    m("underlying_profit|recurrent_profit", 4.33e8, "HKD", MTR, "H1", basis="underlying business profit"),
    m("underlying_profit_growth|recurrent_profit_growth", -83.75, "%", MTR, "H1", basis="yoy"),
    m("revenue", 2.1592e10, "HKD", MTR, "H1", basis="total revenue"),
    m("revenue_growth", -23.63, "%", MTR, "H1", basis="yoy"),
], [])
