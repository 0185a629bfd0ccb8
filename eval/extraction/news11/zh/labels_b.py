# Hand labels for news11/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Hong Kong stock context: 元 / $ = HKD unless 人民幣 is printed. No year is taken from outside the text.

# zh09: Hong Kong midday market (Now News, Traditional). No date/year in the text -> no period.
# Open gap, intraday swing/high and the 28000 threshold are optional; 逾 bounds (turnover, 天鴿) and 突破40元 optional.
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企指數|國指|Hang Seng China Enterprises Index"
G["zh09"] = ([
    m("index_level", 28003, "points", HSI, basis="midday close"),
    m("index_change", 155, "points", HSI, basis="midday"),
    m("index_change", 57, "points", HSI, opt=True, basis="open"),
    m("index_change", 223, "points", HSI, opt=True, basis="intraday"),
    m("index_level", 28071, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 28000, "points", HSI, opt=True, basis="threshold crossed"),
    m("index_level", 11395, "points", HSCEI, basis="midday close"),
    m("index_change", 106, "points", HSCEI, basis="midday"),
    m("turnover", None, "HKD", "大市|港股|Hong Kong market", rng=(6.45e10, None), opt=True, basis="half-day"),
    m("count", 8, "stocks", "藍籌|blue chips", opt=True, basis="at one-year highs or more"),
    m("price", None, "HKD", "中銀香港|BOC Hong Kong|BOCHK", rng=(40, None), opt=True),
    m("price_change", 3, "%", "東亞銀行|東亞|Bank of East Asia|BEA"),
    m("price_change", 2, "%", "中國銀行|中行|Bank of China"),
    m("price_change", 1, "%", "港交所|香港交易所|HKEX"),
    m("price_change", 2, "%", "中國人壽|國壽|China Life"),
    m("price_change", 11, "%", "瑞聲科技|瑞聲|AAC Technologies"),
    m("price_change", None, "%", "天鴿互動|天鴿|Tian Ge Interactive", rng=(None, -7), opt=True),
], [])

# zh10: JPMorgan cuts Xinyi Glass target; CLSA downgrades Xiaomi (uSMART digest, Traditional).
# "今年、明年及2024年" -> FY2022, FY2023, FY2024 (implied by the text's own sequence). Half-years and the quarter carry no year.
# Xiaomi's 700億元 / 19億元 have no currency marker: 元 in a Hong Kong stock context = HKD (convention).
JPM = "摩根大通|小摩|摩通|JPMorgan|J.P. Morgan"
CLSA = "裏昂|里昂|CLSA"
XG = "信義玻璃|Xinyi Glass|00868"
XM = "小米|小米-W|小米集團|Xiaomi|01810"
G["zh10"] = ([
    m("demand_share|share", 70, "%", "房地產|property|浮法玻璃終端需求", opt=True, basis="share of float-glass end demand"),
    m("net_profit_growth", -39, "%", XG, "H1", basis="yoy, after tax"),
    m("net_profit_growth|net_profit_change", -47, "%", XG, "H1", basis="hoh, after tax"),
    m("gross_margin", 34, "%", XG + "|浮法玻璃|float glass", "H1", prior=55, basis="float glass"),
    m("earnings_forecast_change", -37, "%", XG, "FY2022"),
    m("earnings_forecast_change", -40, "%", XG, "FY2023"),
    m("earnings_forecast_change", -44, "%", XG, "FY2024"),
    m("target_price", 24, "HKD", XG, prior=28),
    m("target_price_change", -15, "%", XG),
    m("revenue_growth", -20, "%", XM, "Q2", basis="yoy, forecast"),
    m("revenue", 7e10, "HKD", XM, "Q2", basis="forecast"),
    m("smartphone_revenue_growth|revenue_growth", -28, "%", XM + "|智能手機|smartphones", "Q2", basis="forecast"),
    m("adjusted_net_profit_growth|net_profit_growth", -69, "%", XM, "Q2", basis="yoy, adjusted, forecast"),
    m("adjusted_net_profit|net_profit", 1.9e9, "HKD", XM, "Q2", basis="adjusted, forecast"),
    m("smartphone_shipments_forecast|shipments", 1.65e8, "units", XM, basis="global smartphone sales forecast, cut"),
    m("adjusted_net_profit_forecast_change|earnings_forecast_change", -22, "%", XM, "FY2022"),
    m("adjusted_net_profit_forecast_change|earnings_forecast_change", -20, "%", XM, "FY2023"),
    m("target_price", 14.6, "HKD", XM, prior=20),
    m("valuation_discount|dcf_discount", 15, "%", XM, opt=True, basis="DCF valuation discount"),
], [
    ra(JPM, XG, "cut_target", "overweight", None, 24, 28, "HKD"),
    ra(CLSA, XM, "downgrade", "outperform", "buy", 14.6, 20, "HKD"),
])

# zh11: CLSA cuts CK Asset target (repost of a Gelonghui item, Traditional). 上半年 without a year -> "H1";
# "2023至25財年" -> FY2023, FY2024, FY2025. "擴大0.5個百分點至1%": change +0.5 pp and level 1 % (no prior printed).
CKA = "長實集團|長實|CK Asset|01113"
G["zh11"] = ([
    m("profit_growth|net_profit_growth", -20, "%", CKA, "H1", basis="yoy"),
    m("profit_growth|net_profit_growth", -5, "%", CKA, "H1", basis="yoy, excluding discontinued operations"),
    m("earnings_forecast_change", -12.1, "%", CKA, "FY2023"),
    m("earnings_forecast_change", -8.2, "%", CKA, "FY2024"),
    m("earnings_forecast_change", -2.8, "%", CKA, "FY2025"),
    m("yield_spread_change|required_yield_spread_change", 0.5, "pp", CKA, basis="required yield spread widened"),
    m("yield_spread|required_yield_spread", 1, "%", CKA, basis="required yield spread"),
    m("target_price", 46.5, "HKD", CKA, prior=56),
], [
    ra(CLSA, CKA, "cut_target", "outperform", None, 46.5, 56, "HKD"),
])

# zh12: Morgan Stanley cuts Fu Shou Yuan target (AASTOCKS, Traditional). Inline quote optional; the forecast cut
# "2025至2030年 ... 下調2%至14%" is a range over FY2025-FY2030; the related-content headline (loss of at least 2.35億人民幣) is optional.
MS = "大摩|摩根士丹利|Morgan Stanley"
FSY = "福壽園|Fu Shou Yuan|01448"
G["zh12"] = ([
    m("price_change", -0.030, "HKD", FSY, opt=True), m("price_change", -0.906, "%", FSY, opt=True),
    m("short_selling_turnover", 1.02e7, "HKD", FSY, opt=True), m("short_selling_ratio", 14.777, "%", FSY, opt=True),
    m("earnings_forecast_change", None, "%", FSY, "FY2025-FY2030", rng=(-14, -2)),
    m("target_price", 3.7, "HKD", FSY, prior=4),
    m("net_loss", None, "CNY", FSY, "H1", rng=(2.35e8, None), opt=True, basis="profit warning estimate; related-content headline"),
], [
    ra(MS, FSY, "cut_target", "equal-weight", None, 3.7, 4, "HKD"),
])

# zh13: HKMA sets the base rate at 4厘 after the Fed cut (etnet, Traditional). The printed dateline (2025-12-11, "11日專訊",
# 即時生效) dates the base rate; the Fed move is dated "12月10日" with the year of the dateline.
# The formula components (lower bound + 50 bp = 4.00%, the 50 bp spread) are optional; 4厘 and 4.00% are one row.
HKMA = "金管局|香港金融管理局|HKMA|香港"
FED = "美國聯儲局|聯儲局|美國|Federal Reserve|Fed"
G["zh13"] = ([
    m("base_rate|policy_rate", 4, "%", HKMA, "2025-12-11"),
    m("rate_change|policy_rate_change", -25, "bp", FED, "2025-12-10", basis="fed funds target range"),
    m("hibor_average|interbank_rate", 2.39, "%", "香港銀行同業拆息|HIBOR|" + HKMA, "2025-12-11", basis="average of 5-day MAs of overnight and 1-month HIBOR"),
    m("fed_funds_lower_bound_plus_spread|policy_rate", 4.00, "%", FED, "2025-12-11", opt=True, basis="lower bound of target range + 50 bp"),
    m("spread", 50, "bp", HKMA, opt=True, basis="base-rate formula spread over fed funds lower bound"),
], [])

# zh14: Hong Kong midday market (RTHK via an archive, Traditional). No date in the text -> no period.
# Open gap, intraday swing/high optional; 近5% key as 5; 約3% key; early-session moves of 阿里/小米/美團 and the
# "近2%或以上" midday bounds optional.
G["zh14"] = ([
    m("index_level", 24363, "points", HSI, basis="midday close"),
    m("index_change", 428, "points", HSI, basis="midday"),
    m("index_change", 1.79, "%", HSI, basis="midday"),
    m("turnover", 7.23e10, "HKD", "港股|大市|Hong Kong market", basis="half-day"),
    m("index_change", 554, "points", HSI, opt=True, basis="open"),
    m("index_change", 618, "points", HSI, opt=True, basis="intraday"),
    m("index_level", 24552, "points", HSI, opt=True, basis="intraday high"),
    m("price_change", 5, "%", "太古股份A|太古A|Swire Pacific A", basis="midday"),
    m("price_change", 3, "%", "友邦|友邦保險|AIA", basis="midday"),
    m("price_change", 3, "%", "滙控|滙豐控股|HSBC", basis="midday"),
    m("price_change", 1, "%", "騰訊|騰訊控股|Tencent", basis="midday"),
    m("price_change", -0.3, "%", "中移動|中國移動|China Mobile", basis="midday"),
    m("price_change", None, "%", "阿里巴巴|阿里|Alibaba", rng=(4, None), opt=True, basis="early session"),
    m("price_change", 3, "%", "小米|Xiaomi", opt=True, basis="early session"),
    m("price_change", 2, "%", "美團點評|美團|Meituan", opt=True, basis="early session"),
    m("price_change", None, "%", "阿里巴巴|阿里|Alibaba", rng=(2, None), opt=True, basis="midday, 近2%或以上"),
    m("price_change", None, "%", "小米|Xiaomi", rng=(2, None), opt=True, basis="midday, 近2%或以上"),
    m("price_change", None, "%", "美團點評|美團|Meituan", rng=(2, None), opt=True, basis="midday, 近2%或以上"),
], [])

# zh15: next-day disclosure of a buyback (laohu8, Simplified, HK listing). The buyback is dated 2026-01-08 as printed;
# share-capital totals, float, treasury shares and the remaining mandate are optional (minor share counts).
SHH = "手回集团|手回集团有限公司|02621"
G["zh15"] = ([
    m("buyback_shares|shares_repurchased", 30000, "shares", SHH, "2026-01-08"),
    m("buyback_pct_of_shares|stake", 0.0133, "%", SHH, "2026-01-08", basis="of issued shares before the buyback"),
    m("buyback_price", None, "HKD", SHH, "2026-01-08", rng=(3.55, 3.60)),
    m("buyback_amount", 1.075e5, "HKD", SHH, "2026-01-08"),
    m("shares_outstanding|issued_shares", 226378600, "shares", SHH, opt=True),
    m("shares_outstanding|issued_shares", 226033400, "shares", SHH, opt=True, basis="outstanding excluding treasury"),
    m("treasury_shares", 345200, "shares", SHH, opt=True),
    m("remaining_buyback_mandate|buyback_shares", 22637860, "shares", SHH, opt=True, basis="remaining under 2025-05-13 mandate"),
], [])

# zh16: Morgan Stanley preview of CK Hutchison FY2025 results (AASTOCKS, Simplified). Inline quote optional.
# 224亿元 / 2.26元 in a Hong Kong stock context = HKD. No earlier rating or target -> "maintain".
CKH = "长和|長和|CK Hutchison|00001"
G["zh16"] = ([
    m("price_change", 0.000, "HKD", CKH, opt=True), m("price_change", 0.000, "%", CKH, opt=True),
    m("short_selling_turnover", 3.74e8, "HKD", CKH, opt=True), m("short_selling_ratio", 39.805, "%", CKH, opt=True),
    m("underlying_net_profit|net_profit", 2.24e10, "HKD", CKH, "FY2025", basis="underlying, forecast"),
    m("underlying_net_profit_growth|net_profit_growth", 8, "%", CKH, "FY2025", basis="yoy, forecast"),
    m("dividend_per_share|dps", 2.26, "HKD", CKH, "FY2025", basis="full year, forecast"),
    m("dividend_growth|dps_growth", 3, "%", CKH, "FY2025", basis="yoy, forecast"),
    m("dividend_yield", 3.6, "%", CKH, "FY2025", basis="implied"),
    m("pe_ratio", 11, "x", CKH, "FY2025", basis="forecast"),
    m("pb_ratio", 0.44, "x", CKH, "FY2025", basis="forecast"),
    m("target_price", 61, "HKD", CKH),
], [
    ra(MS, CKH, "maintain", "overweight", None, 61, None, "HKD"),
])
