# Hand labels for news13/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Hong Kong stock context: 元 / $ = HKD unless another currency is printed. No year is taken from outside the text.

# zh09: Hong Kong close on futures settlement day with HIBOR and southbound flows (Ming Pao, Traditional).
# Only "昨日" and "4月10日" in the text -> no period. Intraday figures, the open gap and the 20-day line are optional;
# headline / lead restatements (逾200點, 204億) are optional, the exact body figures key. 美團 "急挫逾12.5%" is an
# optional bound, its exact "14.6元" drop key. "近2.4倍" / "1.1倍" increases are % growth (240 / 110).
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "恒生中國企業指數|國指|HSCEI"
HST = "恒生科技指數|科指|HSTECH"
MB = "大市|主板|Hong Kong market"
SB = "北水|港股通|Southbound"
HIB = "香港銀行同業拆息|港元拆息|HIBOR"
MT = "美團|Meituan|3690"
G["zh09"] = ([
    m("index_change", -400, "points", HSI, opt=True, basis="intraday, 近"),
    m("index_change", None, "points", HSI, rng=(None, -200), opt=True, basis="close, lead restatement"),
    m("turnover", 3.914e11, "HKD", MB),
    m("turnover_growth|turnover_change", 5, "%", MB, basis="vs previous day"),
    m("turnover", None, "HKD", MB, rng=(3e11, None), opt=True, basis="4th straight day above"),
    m("net_inflow|southbound_net_inflow|fund_flow", -2.04e10, "HKD", SB, opt=True, basis="headline, rounded"),
    m("net_inflow|southbound_net_inflow|fund_flow", -2.044e10, "HKD", SB),
    m("hibor|rate", 4, "%", HIB, basis="overnight, 近"),
    m("hibor|rate", 3.7, "%", HIB, basis="1-week"),
    m("hibor|rate", 3.64, "%", HIB, basis="2-week"),
    m("hibor|rate", 3.3, "%", HIB, basis="1-month"),
    m("hibor_change|rate_change", 7.34, "bp", HIB, basis="1-month"),
    m("index_change", -171, "points", HSI, opt=True, basis="open"),
    m("index_change", -392, "points", HSI, opt=True, basis="intraday max fall"),
    m("index_level", 24808, "points", HSI, opt=True, basis="intraday low"),
    m("index_level", 24998, "points", HSI, basis="close"),
    m("index_change", -202, "points", HSI, basis="close"),
    m("moving_average|index_level", 25136, "points", HSI, opt=True, basis="20-day moving average"),
    m("index_change", -831, "points", HSI, basis="cumulative, 3 straight days"),
    m("index_level", 8916, "points", HSCEI, basis="close"),
    m("index_change", -1.15, "%", HSCEI), m("index_change", -103, "points", HSCEI),
    m("index_level", 5644, "points", HST, basis="close"),
    m("index_change", -0.94, "%", HST), m("index_change", -53, "points", HST),
    m("net_inflow|southbound_net_inflow|fund_flow", -1.189e10, "HKD", "盈富基金|Tracker Fund|2800", basis="southbound"),
    m("net_inflow|southbound_net_inflow|fund_flow", -4.78e9, "HKD", "恒生中國企業|Hang Seng H-Share ETF|2828", basis="southbound"),
    m("price_change", None, "%", MT, rng=(None, -12.5), opt=True),
    m("price_change", -14.6, "HKD", MT),
    m("price", 101.7, "HKD", MT, basis="close"),
    m("turnover_growth|turnover_change", 240, "%", MT, basis="近"),
    m("turnover", 3.21e10, "HKD", MT),
    m("short_selling_turnover", 7.123e9, "HKD", MT),
    m("short_selling_growth|short_selling_change", 110, "%", MT, basis="vs previous day"),
    m("price_change", -4, "%", "京東|京東集團|JD.com|9618"),
    m("price_change", -5, "%", "阿里|阿里巴巴|Alibaba|9988"),
], [])

# zh10: Daiwa downgrades Towngas after interim results (uSMART repost of a Hong Kong broker-note digest, Traditional).
# "今年上半年" without a printed year -> "H1"; the forecast years 2019-2021 are printed -> "FY2019-FY2021".
# The headline target repeats the body -> one row. The relative-performance figures are key (stated, exact ranges).
# "原先仍預期上半年經常性純利按年持平" has no number -> not labelled.
TG = "煤氣|香港中華煤氣|中華煤氣|Towngas|Hong Kong and China Gas|00003"
G["zh10"] = ([
    m("price_change", 18, "%", TG, basis="year to date, 約"),
    m("relative_performance|outperformance", None, "%", TG, rng=(4, 18), basis="vs Hong Kong utility peers, year to date"),
    m("relative_performance|outperformance", 16, "%", TG, basis="vs Hang Seng Index, year to date"),
    m("net_profit_growth", -19, "%", TG, "H1", basis="yoy"),
    m("recurring_net_profit_growth|net_profit_growth", -7, "%", TG, "H1", basis="recurring, excluding one-offs, yoy"),
    m("recurring_net_profit|net_profit", 4e9, "HKD", TG, "H1", basis="recurring, 約"),
    m("share_of_forecast|eps_forecast_coverage", 55, "%", TG, basis="H1 recurring profit as share of revised full-year EPS forecast"),
    m("eps_forecast_change|earnings_forecast_change", None, "%", TG, "FY2019-FY2021", rng=(-11, -8)),
    m("target_price", 17.9, "HKD", TG, prior=18.5),
], [
    ra("大和|Daiwa|大和資本", TG, "downgrade", "hold", "outperform", 17.9, 18.5, "HKD"),
])

# zh11: Daiwa cuts China Gas target (Yahoo HK / 匯港通訊, Traditional). 元 in this Hong Kong stock context = HKD
# (no other currency is printed). "2024上半財年" (half-year to end-September) -> "FY2024H1"; "第三季" with no printed
# year -> "Q3"; "2024-2025財年" forecasts -> FY2024, FY2025. Headline target cut of 21% repeats the body -> one row.
CG = "中國燃氣|China Gas|00384"; ZR = "中燃投資|China Gas Investment"
G["zh11"] = ([
    m("net_profit_growth", -42, "%", ZR, "Q3", basis="yoy"),
    m("net_profit", 6.02e8, "HKD", ZR, "Q3"),
    m("net_profit_growth", -43, "%", ZR, "FY2024H1", basis="half-year to end-September"),
    m("net_profit", 7.87e8, "HKD", ZR, "FY2024H1", basis="half-year to end-September"),
    m("target_price", 6.1, "HKD", CG, prior=7.7),
    m("target_price_change", -21, "%", CG),
    m("eps_forecast_change|earnings_forecast_change", -25.3, "%", CG, "FY2024"),
    m("eps_forecast_change|earnings_forecast_change", -29.1, "%", CG, "FY2025"),
    m("eps_forecast|eps", 0.936, "HKD", CG, "FY2024", basis="forecast"),
    m("eps_forecast|eps", 0.949, "HKD", CG, "FY2025", basis="forecast"),
], [
    ra("大和|Daiwa", CG, "cut_target", "sell", None, 6.1, 7.7, "HKD"),
])

# zh12: Bright Smart Securities IPO result (h1.com.hk instant news, Traditional). The dateline 2010-08-24 is printed;
# the result is reported that day -> the result figures carry no separate period (none is stated for them).
# Headline 超購162倍 repeats the body -> one row. Price, range, offer size, net proceeds and entry fee are key (entry fee
# key as in the development corpus); allotment statistics, tranche split, use-of-proceeds split, the midpoint used only
# for the proceeds estimate and the lot size are optional.
BS = "耀才證券金融|耀才證券|耀才|Bright Smart Securities|01428"
G["zh12"] = ([
    m("subscription_multiple|oversubscription", 162, "x", BS, basis="Hong Kong public offer"),
    m("ipo_price|offer_price", 1.6, "HKD", BS, basis="final, near top of range"),
    m("one_lot_success_rate|allotment_rate", 30, "%", BS, opt=True),
    m("shares_for_guaranteed_lot", 7e4, "shares", BS, opt=True, basis="35 lots to secure one lot"),
    m("offer_shares|ipo_shares", 1.67e8, "shares", BS, basis="global offering"),
    m("offer_share_pct", 90, "%", BS, opt=True, basis="international placing"),
    m("offer_share_pct", 10, "%", BS, opt=True, basis="Hong Kong public offer"),
    m("ipo_price|offer_price", None, "HKD", BS, rng=(1.35, 1.62), basis="price range"),
    m("ipo_price|offer_price", 1.485, "HKD", BS, opt=True, basis="midpoint"),
    m("net_proceeds|ipo_proceeds", 2.18e8, "HKD", BS, basis="net, at midpoint, 約"),
    m("use_of_proceeds_share", 90, "%", BS, opt=True, basis="securities business"),
    m("use_of_proceeds_share", 10, "%", BS, opt=True, basis="futures business"),
    m("lot_size", 2000, "shares", BS, opt=True),
    m("entry_fee", 3272.69, "HKD", BS),
], [])

# zh13: L.K. Technology annual results (Sing Tao realtime finance, Traditional). The dateline 2017-06-30 is printed and
# the year is "截至今年3月底止" -> fiscal year to March 2017 = "FY2017". "大增191.66倍" is growth of 19,166 %; the
# headline "暴增191倍至1.37億" is a rounded restatement -> optional. Headline 息1.6仙 repeats the body -> one row.
LK = "力勁科技|力勁|L.K. Technology|00558"
G["zh13"] = ([
    m("net_profit|attributable_profit", 1.368e8, "HKD", LK, "FY2017", basis="attributable"),
    m("net_profit|attributable_profit", 1.37e8, "HKD", LK, "FY2017", opt=True, basis="headline, rounded"),
    m("net_profit_growth", 19166, "%", LK, "FY2017", basis="yoy, 191.66倍"),
    m("net_profit_growth", 19100, "%", LK, "FY2017", opt=True, basis="headline, 191倍"),
    m("one_off_gain|disposal_gain", 4.57e7, "HKD", LK, "FY2017", basis="disposal of a subsidiary"),
    m("eps", 0.123, "HKD", LK, "FY2017", basis="basic"),
    m("final_dividend|dividend_per_share", 0.016, "HKD", LK, "FY2017"),
    m("total_dividend|dividend_per_share", 0.034, "HKD", LK, "FY2017", basis="full year"),
    m("revenue", 3.225e9, "HKD", LK, "FY2017"),
    m("revenue_growth", 14.2, "%", LK, "FY2017", basis="yoy"),
], [])

# zh14: Fed lift-off and HKMA base-rate rise (money-news.tw repost of a Hong Kong report, Traditional; the source's
# stray spam words are not kept). "昨日" / "11月底" without a year -> no period; the previous adjustment carries its
# printed month 2008-12. The base rate's new level has no "由…" in the sentence -> no prior. Repeats (25基點至0.75厘
# in the second paragraph, 陳德霖's 加息0.25厘) are one row each. The formula's +50 bp spread is optional.
FED = "美聯儲|聯儲局|Fed|Federal Reserve"; HKMA = "香港金融管理局|金管局|HKMA"
G["zh14"] = ([
    m("rate_change", 25, "bp", FED, basis="federal funds rate target"),
    m("fed_funds_rate|policy_rate", None, "%", FED, rng=(0.25, 0.5), prng=(0, 0.25), basis="target range"),
    m("rate_change|base_rate_change", 25, "bp", HKMA, basis="base rate (discount window)"),
    m("base_rate|policy_rate", 0.75, "%", HKMA, basis="discount window base rate"),
    m("rate_change|base_rate_change", -100, "bp", HKMA, "2008-12", basis="base rate, previous adjustment"),
    m("base_rate|policy_rate", 0.5, "%", HKMA, "2008-12", prior=1.5, basis="discount window base rate, previous adjustment"),
    m("rate_spread", 50, "bp", HKMA, opt=True, basis="formula: lower bound of fed funds target + 50 bp"),
    m("composite_interest_rate|rate", 0.25, "%", "綜合利率|composite interest rate|Hong Kong banks", basis="end of November"),
], [])

# zh15: JPMorgan rating / target table for Hong Kong utilities (AASTOCKS, Traditional). Rows without an old target are
# "maintain"; CLP's "71元 -> 70元" with the rating unchanged is cut_target with a prior. AASTOCKS inline quotes are
# optional; the related-content headline with BofA's 55.1元 CKI target is optional (as in the development corpus).
# The short-selling timestamp 2025-07-17 is quote boilerplate, not a period for the targets.
def _q15(ent, chg, pct, short, ratio):
    return [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True),
            m("short_selling_turnover", short, "HKD", ent, opt=True), m("short_selling_ratio", ratio, "%", ent, opt=True)]
JPM15 = "摩通|摩根大通|JPMorgan|J.P. Morgan"
CKI = "長江基建|長建|CK Infrastructure|CKI|01038"
R15 = [(CKI, 0.35, 0.667, 1.63e7, 21.732, 58, None),
       ("電能實業|電能|Power Assets|00006", 0.0, 0.0, 2.19e7, 9.79, 58, None),
       ("中華煤氣|煤氣|Towngas|Hong Kong and China Gas|00003", -0.01, -0.147, 4.8e7, 33.045, 7.25, None),
       ("中電控股|中電|CLP|00002", 0.2, 0.304, 1.98e7, 17.472, 70, 71)]
_m15, _a15 = [], []
for ent, chg, pct, short, ratio, tp, ptp in R15:
    _m15 += _q15(ent, chg, pct, short, ratio) + [m("target_price", tp, "HKD", ent, prior=ptp)]
    _a15.append(ra(JPM15, ent, "cut_target" if ptp else "maintain", "overweight", None, tp, ptp, "HKD"))
_m15.append(m("target_price", 55.1, "HKD", CKI, opt=True, basis="related-content headline, BofA Securities"))
_a15.append(ra("美銀證券|BofA Securities", CKI, "raise_target", None, None, 55.1, None, "HKD", opt=True))
G["zh15"] = (_m15, _a15)

# zh16: HSBC daily buyback in London and Hong Kong (etnet, Traditional, full-width ﹒ decimals and hard line wraps kept).
# Dates without a year -> no period. Per-share price spans are ranges; "最多30億美元" is an upper cap -> rng=(None, 3e9).
# The HKD equivalent of the London amount in brackets is optional (a conversion of the same figure).
HS16 = "滙控|滙豐控股|HSBC|00005"
G["zh16"] = ([
    m("buyback_shares|shares_repurchased", 8.4506e6, "shares", HS16, basis="London, 約"),
    m("buyback_price", None, "GBP", HS16, rng=(6.74, 6.937), basis="London"),
    m("buyback_amount", 5.7396e7, "GBP", HS16, basis="London, 約"),
    m("buyback_amount", 5.71e8, "HKD", HS16, opt=True, basis="London, HKD equivalent"),
    m("buyback_shares|shares_repurchased", 3.4972e6, "shares", HS16, basis="Hong Kong"),
    m("buyback_price", None, "HKD", HS16, rng=(68.05, 68.80), basis="Hong Kong"),
    m("buyback_amount", 2.39e8, "HKD", HS16, basis="Hong Kong"),
    m("buyback_programme|buyback_amount", None, "USD", HS16, rng=(None, 3e9), basis="new programme, maximum"),
    m("buyback_shares|shares_repurchased", 1.63e8, "shares", HS16, basis="programme to date, cumulative"),
    m("buyback_amount", 1.43e9, "USD", HS16, basis="programme to date, cumulative"),
], [])
