# Hand labels for news14/zh, batch b (zh09-zh16). Helpers m() and ra() are supplied by build_labels.py.
# Hong Kong stock context: 元 / $ = HKD unless another currency is printed. No year is taken from outside the text.

def pc(ent, pct, px=None, period=None, opt=False, basis=None):
    r = [m("price_change", pct, "%", ent, period, opt=opt, basis=basis)]
    if px is not None:
        r.append(m("price", px, "HKD", ent, period, opt=opt, basis="close"))
    return r

HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "恒生中國企業指數|國指|HSCEI"
HST = "恒生科技指數|科指|HSTECH"
MB = "主板|大市|Main Board"

# zh09: Hong Kong close led by China SOE stocks (etnet, Traditional). The dateline 28/01/2026 is printed and the wrap
# covers that day ("今報", "全日") -> period 2026-01-28. The RMB fixing is key (a stated level, CNY per USD); its
# "103點子" move is an FX move in pips, not basis points of a rate -> optional with unit "pips". "高開近兩百點" is the
# open (optional). Turnover: the headline prints 3615億元 exactly -> key; the body's "超過3615億元" bound -> optional. Cumulative multi-day moves are key. Dates and durations not labelled.
D9 = "2026-01-28"
mt = [
    m("usd_cny_fixing|exchange_rate", 6.9755, "CNY", "人民幣|人民幣兌美元中間價|RMB", D9, basis="central parity, CNY per USD"),
    m("fixing_change|exchange_rate_change", 103, "pips", "人民幣|人民幣兌美元中間價|RMB", D9, opt=True, basis="vs previous trading day, RMB stronger"),
    m("index_change", 200, "points", HSI, D9, opt=True, basis="open, 近"),
    m("index_change", 699, "points", HSI, D9), m("index_change", 2.6, "%", HSI, D9),
    m("index_level", 27826, "points", HSI, D9, basis="close"),
    m("turnover", 3.615e11, "HKD", MB, D9, basis="headline, exact"),
    m("turnover", None, "HKD", MB, D9, rng=(3.615e11, None), opt=True, basis="body, 超過"),
    m("index_level", 9512, "points", HSCEI, D9, basis="close"),
    m("index_change", 267, "points", HSCEI, D9), m("index_change", 2.9, "%", HSCEI, D9),
    m("index_level", 5900, "points", HST, D9, basis="close"),
    m("index_change", 145, "points", HST, D9), m("index_change", 2.5, "%", HST, D9),
]
mt += pc("中電信|中國電信|China Telecom|00728", 6.27, 5.42, D9)
mt += pc("中聯通|中國聯通|China Unicom|00762", 4.92, 8.1, D9)
mt += pc("國壽|中國人壽|China Life|02628", 3.17, 35.18, D9)
mt += pc("工行|工商銀行|ICBC|01398", 3.62, 6.59, D9)
mt += pc("中行|中國銀行|Bank of China|03988", 3.55, 4.67, D9)
HQ = "中國宏橋|China Hongqiao|01378"
mt += pc(HQ, 7.31, 40.22, D9)
mt += [m("price_change", 13.55, "%", HQ, D9, basis="cumulative, 4 straight days")]
PC = "中石油|中國石油|PetroChina|00857"
mt += pc(PC, 4.99, 9.25, D9)
mt += [m("price_change", 9.86, "%", PC, D9, basis="cumulative, 3 straight days")]
mt += pc("中海油|中國海洋石油|CNOOC|00883", 4.85, 24.66, D9)
mt += pc("中石化|中國石化|Sinopec|00386", 3.61, 5.45, D9)
G["zh09"] = (mt, [])

# zh10: uSMART daily broker-ratings digest (Traditional): UBS cuts China Overseas, Goldman raises Greentown, Nomura cuts
# AIA; the headline's JPMorgan "維持增持" on Meituan is a maintain with no target. Targets with no printed old target have
# no prior. Forecast years are printed (2022-2024 -> "FY2022-FY2024"); "2022年下半年" -> 2022H2; UBS's 10% sales/profit
# growth names no year -> no period. Greentown's "20個新項目" is an incidental count -> optional.
COLI = "中國海外發展|中國海外|China Overseas Land|00688"
GT = "綠城中國|綠城|Greentown China|03900"
AIA = "友邦保險|友邦|AIA|01299"
G["zh10"] = ([
    m("earnings_forecast_change", None, "%", COLI, "FY2022-FY2024", rng=(-17, -5)),
    m("target_price_change", -8, "%", COLI),
    m("target_price", 24.5, "HKD", COLI),
    m("core_profit_growth|core_earnings_growth", -11, "%", COLI, "2022H2", basis="yoy, forecast"),
    m("core_profit_growth|core_earnings_growth", -22, "%", COLI, "2022H2", basis="vs first half, forecast"),
    m("contracted_sales_growth", 10, "%", COLI, basis="forecast"),
    m("core_profit_growth|core_earnings_growth", 10, "%", COLI, basis="forecast"),
    m("core_profit_growth|core_earnings_growth", 34, "%", GT, "FY2022", basis="yoy, forecast"),
    m("core_profit|core_earnings", 6.1e9, "CNY", GT, "FY2022", basis="forecast"),
    m("core_profit_growth|core_earnings_growth", 10, "%", GT, "FY2023", basis="forecast, per year"),
    m("core_profit_growth|core_earnings_growth", 10, "%", GT, "FY2024", basis="forecast, per year"),
    m("new_projects", 20, "projects", GT, opt=True),
    m("target_price", 17.5, "HKD", GT, prior=15.4),
    m("nbv_forecast_change|new_business_value_forecast_change", -3, "%", AIA, "FY2022"),
    m("nbv_forecast_change|new_business_value_forecast_change", -5, "%", AIA, "FY2023"),
    m("opat_forecast_change|operating_profit_forecast_change", -2, "%", AIA, "FY2022", basis="after-tax operating profit"),
    m("opat_forecast_change|operating_profit_forecast_change", -3, "%", AIA, "FY2023", basis="after-tax operating profit"),
    m("target_price", 93.13, "HKD", AIA, prior=95.36),
    m("nbv_growth|new_business_value_growth", 2, "%", AIA, "FY2022", basis="forecast"),
    m("nbv_growth|new_business_value_growth", 20, "%", AIA, "FY2023", basis="forecast"),
], [
    ra("瑞銀|UBS", COLI, "cut_target", "buy", None, 24.5, None, "HKD"),
    ra("高盛|Goldman Sachs", GT, "raise_target", "neutral", None, 17.5, 15.4, "HKD"),
    ra("野村|Nomura", AIA, "cut_target", "buy", None, 93.13, 95.36, "HKD"),
    ra("小摩|摩根大通|JPMorgan", "美團|Meituan", "maintain", "overweight"),
])

# zh11: Hong Kong grey-market roundup of six IPOs (Oriental Daily, Traditional). No year or date is printed -> no period.
# As in news3 zh16: grey-market price and change, IPO price and oversubscription are key; lot sizes, paper gain/loss per
# lot, the post-clawback public-offer share, the one-lot success rate and the lots needed for a sure lot are optional.
# "分別收升近三成" applies to both stocks -> 30 % each (近X -> X). Home Credit's HKD equivalent in brackets is optional.
# 金茂源's grey price "與招股價相同" gives no second printed figure -> one row.
HF = "恒發光學|Hang Fat Optical|01134"
PN = "Platt Nera|01949"; KT = "康特隆|Comtec|01912"; ZH = "中滙集團|中滙|CEG|00382"
ZL = "中梁控股|中梁|Zhongliang|02772"; JMY = "金茂源環保|金茂源|Jinmao Yuan|06805"; HC = "捷信集團|捷信|Home Credit Group|Home Credit"
G["zh11"] = ([
    m("grey_market_price", 1.33, "HKD", HF, basis="close, Bright Smart grey market"),
    m("grey_market_change|price_change", 33, "%", HF, basis="vs IPO price"),
    m("lot_size", 4000, "shares", HF, opt=True),
    m("paper_gain_per_lot", 1320, "HKD", HF, opt=True),
    m("oversubscription|subscription_multiple", 28.68, "x", HF, basis="Hong Kong public offer"),
    m("offer_share_pct", 20, "%", HF, opt=True, basis="public offer after clawback, 兩成"),
    m("one_lot_success_rate|allotment_rate", 15, "%", HF, opt=True),
    m("lots_for_guaranteed_lot", 50, "lots", HF, opt=True),
    m("grey_market_change|price_change", 30, "%", PN, basis="近三成"),
    m("paper_gain_per_lot", 740, "HKD", PN, opt=True),
    m("grey_market_change|price_change", 30, "%", KT, basis="近三成"),
    m("paper_gain_per_lot", 900, "HKD", KT, opt=True),
    m("grey_market_change|price_change", 2.11, "%", ZH),
    m("lot_size", 2000, "shares", ZH, opt=True),
    m("paper_gain_per_lot", 120, "HKD", ZH, opt=True),
    m("grey_market_price", 5.43, "HKD", ZL, basis="close"),
    m("ipo_price|offer_price", 5.55, "HKD", ZL),
    m("grey_market_change|price_change", -2.16, "%", ZL, basis="vs IPO price, 約"),
    m("lot_size", 500, "shares", ZL, opt=True),
    m("paper_gain_per_lot", -60, "HKD", ZL, opt=True, basis="paper loss"),
    m("grey_market_price", 1.33, "HKD", JMY, basis="close, equal to IPO price"),
    m("ipo_proceeds|funds_raised", 1e9, "USD", HC, basis="target, 約, market talk"),
    m("ipo_proceeds|funds_raised", 7.8e9, "HKD", HC, opt=True, basis="HKD equivalent, 約"),
], [])

# zh12: Hong Kong banks' prime-rate hike after a 75 bp Fed hike (Ming Pao via a mirror, Traditional). The byline date
# 2022-11-04 is printed; "昨日" -> 2022-11-03 for the Fed move and HSBC's hike. The headline "港銀加息0.25厘" is HSBC's
# 0.25厘 move (one row). HSBC's new P has no printed old level -> no prior. September's 0.125厘 hike is a previous
# move -> optional (as in the development corpus zh37). The analysts' expected next two hikes of 0.25厘 each are one
# forecast row (headline "12月料維持今次加幅" restates it). Dates 2006年3月 / 2008年3月 (records) are not labelled.
FED12 = "美國聯儲局|聯儲局|Fed"; HS12 = "匯豐|滙豐|HSBC|港銀"
G["zh12"] = ([
    m("rate_change", 75, "bp", FED12, "2022-11-03"),
    m("rate_change", 25, "bp", HS12, "2022-11-03", basis="HKD prime rate"),
    m("rate|prime_rate", 5.375, "%", HS12, "2022-11-03", basis="HKD prime rate"),
    m("rate_change", 12.5, "bp", HS12, "2022-09", opt=True, basis="HKD prime rate, previous hike"),
    m("rate_change", 25, "bp", "港銀|香港銀行|Hong Kong banks", basis="forecast, each of the next two hikes"),
], [])

# zh13: Link REIT annual results (etnet, Traditional, full-width ﹒ decimals kept). The dateline 27/05/2025 is printed and
# the year is "截至今年3月底止全年" -> fiscal year to March 2025 = "FY2025"; balance-sheet figures "於3月底" -> 2025-03-31.
# 元 in this Hong Kong context = HKD. The headline figures (4﹒6%, 137﹒45仙) repeat the body exactly -> one row each.
LK13 = "領展房產基金|領展|Link REIT|00823"; F13 = "FY2025"; B13 = "2025-03-31"
G["zh13"] = ([
    m("distributable_income|distributable_amount", 7.025e9, "HKD", LK13, F13, basis="total distributable amount"),
    m("distributable_income_growth|distributable_amount_growth", 4.6, "%", LK13, F13, basis="yoy"),
    m("dpu|distribution_per_unit", 1.3745, "HKD", LK13, F13, basis="final, per unit"),
    m("dpu_growth|distribution_per_unit_growth", 3.7, "%", LK13, F13, basis="final, yoy"),
    m("dpu|distribution_per_unit", 2.7234, "HKD", LK13, F13, basis="full year, per unit"),
    m("revenue", 1.4223e10, "HKD", LK13, F13),
    m("revenue_growth", 4.8, "%", LK13, F13, basis="yoy"),
    m("net_property_income", 1.0619e10, "HKD", LK13, F13),
    m("net_property_income_growth", 5.5, "%", LK13, F13, basis="yoy"),
    m("portfolio_valuation|investment_property_value", 2.20413e11, "HKD", LK13, B13),
    m("portfolio_valuation_change|investment_property_value_change", -6.6, "%", LK13, B13, basis="yoy"),
    m("nav|net_asset_value", 1.6347e11, "HKD", LK13, B13, basis="attributable to unitholders"),
    m("nav_change|net_asset_value_change", -8.6, "%", LK13, B13),
    m("nav_per_unit|net_asset_value_per_unit", 63.3, "HKD", LK13, B13),
    m("nav_per_unit_change|net_asset_value_per_unit_change", -9.6, "%", LK13, B13),
    m("net_gearing|gearing_ratio", 21.5, "%", LK13, B13),
    m("net_gearing_change|gearing_ratio_change", 2, "pp", LK13, B13, basis="yoy"),
], [])

# zh14: Hong Kong Technology Venture buyback update and new programme (Zhitong Finance, Simplified, HK stock in 港元).
# The opening "高开超4%" is an open, bounded move -> optional open range; the close-of-report quote is key (no date ->
# no period). The completed repurchase carries its printed span. "最高金额为4000万港元" is an upper cap -> rng=(None, 4e7)
# as in the development corpus. Cancelled shares are a minor count -> optional.
HKTV = "香港科技探索|HKTV|Hong Kong Technology Venture|01137"
G["zh14"] = ([
    m("price_change", None, "%", HKTV, rng=(4, None), opt=True, basis="open, 超"),
    m("price_change", 4.86, "%", HKTV),
    m("price", 2.59, "HKD", HKTV),
    m("turnover", 1.98e6, "HKD", HKTV),
    m("buyback_shares|shares_repurchased", 3.0834e7, "shares", HKTV, "2023-07-06..2023-11-30"),
    m("buyback_amount", 9.896180e7, "HKD", HKTV, "2023-07-06..2023-11-30", basis="total consideration incl. fees, 约"),
    m("cancelled_shares", 2.679e7, "shares", HKTV, opt=True),
    m("buyback_programme|buyback_amount", None, "HKD", HKTV, rng=(None, 4e7), basis="new programme, maximum"),
], [])

# zh15: Morgan Stanley raises Wharf REIC's target, rating underweight (AASTOCKS, Simplified HK style). AASTOCKS inline
# quote optional; the forecast years 2025-2027 are printed. "今年末期息" names no year in the text itself (the
# short-selling timestamp is quote boilerplate) -> no period for the dividend forecasts; "按年持平" has no number.
# The related-content headline (JPMorgan's one-month HIBOR 2%-3% view) is optional, as in the development corpus.
WRE = "九龙仓置业|九置|Wharf Real Estate Investment|Wharf REIC|01997"
G["zh15"] = ([
    m("price_change", 0.18, "HKD", WRE, opt=True), m("price_change", 0.777, "%", WRE, opt=True),
    m("short_selling_turnover", 3.14e7, "HKD", WRE, opt=True), m("short_selling_ratio", 28.241, "%", WRE, opt=True),
    m("eps_forecast_change|earnings_forecast_change", 4, "%", WRE, "FY2025", basis="underlying EPS"),
    m("eps_forecast_change|earnings_forecast_change", 4, "%", WRE, "FY2026", basis="underlying EPS"),
    m("eps_forecast_change|earnings_forecast_change", 1, "%", WRE, "FY2027", basis="underlying EPS"),
    m("dividend_per_share|dividend", 0.6, "HKD", WRE, basis="final, forecast"),
    m("dividend_per_share|dividend", 1.26, "HKD", WRE, basis="full year, forecast"),
    m("dividend_growth", 1.6, "%", WRE, basis="full year, yoy, forecast"),
    m("target_price", 22.5, "HKD", WRE, prior=20),
    m("hibor|rate", None, "%", "香港银行同业拆息|HIBOR", rng=(2, 3), opt=True, basis="one-month, JPMorgan forecast, related-content headline"),
], [
    ra("大摩|摩根士丹利|Morgan Stanley", WRE, "raise_target", "underweight", None, 22.5, 20, "HKD"),
])

# zh16: Hong Kong close and broker ratings digest (cngold Hong Kong stock page, Simplified). "周一(10月24日)" and "今年
# 第三季" print no year -> no period for the close, "Q3" for the quarters. Nomura's "今明两年收入预测各下调2%" has no
# printed years -> one row. Figures compared with consensus (Kuaishou's consensus margin -9%, China Mobile's 2.7% /
# 6.7% below expectations) are optional, as in the development corpus. DAU in users, viewing time in minutes.
HSCCI = "恒生中国企业指数|国企指数|HSCEI"; HSTc = "恒生科技指数|科指|HSTECH"; RC = "红筹指数|恒生中资企业指数|HSCCI"
HSIc = "恒生指数|恒指|Hang Seng Index"
KS = "快手|Kuaishou|01024"; CM = "中国移动|China Mobile|00941"
G["zh16"] = ([
    m("index_level", 15180.69, "points", HSIc, basis="close"), m("index_change", -6.36, "%", HSIc),
    m("index_level", 2801.99, "points", HSTc, basis="close"), m("index_change", -9.65, "%", HSTc),
    m("index_level", 5114.48, "points", HSCCI, basis="close"), m("index_change", -7.3, "%", HSCCI),
    m("index_level", 3128.69, "points", RC, basis="close"), m("index_change", -5.4, "%", RC),
    m("revenue_growth", 9, "%", KS, "Q3", basis="yoy, forecast"),
    m("operating_margin_change", 17.5, "bp", KS, "Q3", basis="non-GAAP, yoy, forecast"),
    m("operating_margin", -7, "%", KS, "Q3", basis="non-GAAP, forecast"),
    m("operating_margin", -9, "%", KS, "Q3", opt=True, basis="non-GAAP, market consensus"),
    m("dau_growth", 13, "%", KS, "Q3", basis="forecast"),
    m("dau|daily_active_users", 3.62e8, "users", KS, "Q3", basis="forecast"),
    m("time_spent_growth", 8, "%", KS, "Q3", basis="daily time per DAU, yoy, forecast"),
    m("time_spent", 128, "minutes", KS, "Q3", basis="daily time per DAU, forecast"),
    m("revenue_forecast_change", -2, "%", KS, basis="each of this year and next"),
    m("target_price", 48, "HKD", KS, prior=78),
    m("service_revenue_growth|revenue_growth", 7.8, "%", CM, "Q3"),
    m("ebitda_growth", 2.8, "%", CM, "Q3"),
    m("net_profit_growth", 0.7, "%", CM, "Q3"),
    m("ebitda_vs_consensus", -2.7, "%", CM, "Q3", opt=True),
    m("profit_vs_consensus", -6.7, "%", CM, "Q3", opt=True),
    m("target_price", 61.95, "HKD", CM, prior=67.72),
], [
    ra("野村|Nomura", KS, "cut_target", "neutral", None, 48, 78, "HKD"),
    ra("富瑞|Jefferies", CM, "cut_target", "buy", None, 61.95, 67.72, "HKD"),
])
