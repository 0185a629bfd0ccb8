# Hand labels for news11/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Kaizhong Precision buyback progress notice (u0y.com repost of a cfi-style digest), Simplified, A-share (元 = CNY);
# the "不低于…不超过…" amount band is a range; the price cap "不超过15元/股" is an upper-bound range (printed twice, one row);
# highest/lowest trade prices as plain values as in news4 zh; cumulative figures dated 2023-04-30 (stated)
KZ = "凯中精密|深圳市凯中精密技术股份有限公司|Kaizhong Precision"
D1 = "2023-04-30"
G["zh01"] = ([
    m("buyback_amount|buyback", None, "CNY", KZ, None, rng=(1e7, 2e7), basis="own funds"),
    m("buyback_price_cap|buyback_max_price|buyback_price", None, "CNY", KZ, None, rng=(None, 15), basis="per share, upper limit"),
    m("buyback_shares", 545300, "shares", KZ, D1, basis="cumulative"),
    m("buyback_share_pct|buyback_ratio", 0.19, "%", KZ, D1, basis="cumulative, of total share capital"),
    m("buyback_price_high|price", 9.40, "CNY", KZ, D1, basis="per share, highest"),
    m("buyback_price_low|price", 9.01, "CNY", KZ, D1, basis="per share, lowest"),
    m("buyback_amount|buyback", 4999362.94, "CNY", KZ, D1, basis="cumulative, excluding fees"),
], [])

# zh02: F10 broker-note digest for Guangshen Railway (igu888 F10 page, A share, 元 = CNY), three notes of 2013-04-25;
# hard line wraps split "3.\n49元" and "20\n13-2015年" as in the original (kept; the target is 3.49);
# ratings with no earlier rating or target stated -> maintain; 推荐 -> outperform (as news6/news10); 谨慎推荐 has no agreed
# normalisation -> its maintain is optional with rating neutral (as the earlier sets); "2013PE为11.95倍" at the 4月24日 close
# and the 15倍 valuation multiple are key P/E figures; the 2013-2015 CAGR is a period range
GS = "广深铁路|601333|Guangshen Railway"
CICC = "中金公司|中金|CICC"; HT = "海通证券|海通|Haitong Securities"; CJ = "长江证券|长江|Changjiang Securities"
G["zh02"] = ([
    m("earnings_forecast_change|net_profit_forecast_change", -2.8, "%", GS, "FY2013"),
    m("eps_forecast|eps", 0.214, "CNY", GS, "FY2013", basis="forecast, revised"),
    m("earnings_growth_forecast|net_profit_growth", 25.10, "%", GS, "FY2013", basis="forecast"),
    m("earnings_growth_forecast|net_profit_growth", 11.87, "%", GS, "FY2014", basis="forecast"),
    m("eps_forecast|eps", 0.23, "CNY", GS, "FY2013", basis="forecast"),
    m("eps_forecast|eps", 0.26, "CNY", GS, "FY2014", basis="forecast"),
    m("pe_ratio", 11.95, "x", GS, "FY2013", basis="at 4月24日 close, forecast"),
    m("earnings_cagr|net_profit_growth", 15.3, "%", GS, "FY2013..FY2015", basis="compound annual growth"),
    m("pe_ratio|target_pe", 15, "x", GS, "FY2013", basis="target valuation multiple"),
    m("target_price", 3.49, "CNY", GS),
    m("eps_forecast|eps", 0.208, "CNY", GS, "FY2013", basis="forecast"),
    m("eps_forecast|eps", 0.228, "CNY", GS, "FY2014", basis="forecast"),
    m("eps_forecast|eps", 0.238, "CNY", GS, "FY2015", basis="forecast"),
], [
    ra(CICC, GS, "maintain", "outperform", None, None, None, None),
    ra(HT, GS, "maintain", "overweight", None, 3.49, None, "CNY"),
    ra(CJ, GS, "maintain", "neutral", None, None, None, None, opt=True),
])

# zh03: Goldman Sachs tech results review (reportify digest), Simplified, A shares (元 = CNY); Q1 = 2025Q1 as stated;
# "由2024年四季度的34%升至37%" is a from-to (value 37, prior 34); beats/misses against expectations and consensus and the
# 9% downside to target are optional (as profit_vs_consensus in the development corpus); the Dahua target cut gives no old
# target (cut_target, prior None); ArcSoft and Thundersoft ratings are maintained without targets (excerpt ends before
# the ArcSoft section of the digest)
GSB = "高盛|Goldman Sachs"
DH = "大华股份|002236.SZ|002236|Dahua"; HR = "虹软科技|688088.SS|688088|ArcSoft"; ZK = "中科创达|Thundersoft"
Q = "2025Q1"
G["zh03"] = ([
    m("net_profit", 6.53e8, "CNY", DH, Q),
    m("net_profit_growth", 16, "%", DH, Q, basis="yoy"),
    m("net_profit_growth", 81, "%", DH, Q, basis="qoq"),
    m("profit_vs_estimate|profit_vs_consensus", -14, "%", DH, Q, opt=True),
    m("revenue_growth", 1, "%", DH, Q, basis="yoy"),
    m("revenue_growth", -36, "%", DH, Q, basis="qoq"),
    m("gross_margin", 40, "%", DH, Q),
    m("opex_ratio|operating_expense_ratio", 37, "%", DH, Q, prior=34, basis="prior is 2024Q4"),
    m("net_profit_forecast_change|earnings_forecast_change", -21, "%", DH, "FY2025"),
    m("net_profit_forecast_change|earnings_forecast_change", -16, "%", DH, "FY2026"),
    m("net_profit_forecast_change|earnings_forecast_change", -15, "%", DH, "FY2027"),
    m("target_price", 14.28, "CNY", DH, basis="12-month"),
    m("target_downside|upside", -9, "%", DH, opt=True),
], [
    ra(GSB, DH, "cut_target", "sell", None, 14.28, None, "CNY"),
    ra(GSB, HR, "maintain", "sell", None, None, None, None),
    ra(GSB, ZK, "maintain", "neutral", None, None, None, None),
])

# zh04: A-share close (HKEJ via Now Finance), Traditional script about mainland markets, 元 = CNY (stated 人民幣); no date
# in the text -> no period; the headline "下挫3%" restates 3.06% approximately -> optional; intraday gains and highs optional;
# "失守3300點" is a threshold, not labelled; sector falls "跌逾4%/逾3%" are optional open bounds (None, -X)
SH = "上證指數|上证指数|滬指|Shanghai Composite"; SZ = "深成指|深證成指|深证成指|Shenzhen Component"
HS3 = "滬深300指數|沪深300|CSI 300"; CY = "創業板指數|创业板指|ChiNext"
MK = "滬深兩市|沪深两市|A股|Shanghai and Shenzhen markets"
G["zh04"] = ([
    m("index_change", -3, "%", SH, opt=True),
    m("turnover", 1.79e12, "CNY", MK),
    m("index_change", 1, "points", SH, opt=True, basis="intraday high"),
    m("index_level", 3372, "points", SH, opt=True, basis="intraday high"),
    m("index_level", 3267, "points", SH, basis="close"),
    m("index_change", -103, "points", SH), m("index_change", -3.06, "%", SH),
    m("turnover", 7.07626e11, "CNY", SH),
    m("index_change", 16, "points", SZ, opt=True, basis="intraday high"),
    m("index_level", 10836, "points", SZ, opt=True, basis="intraday high"),
    m("index_level", 10438, "points", SZ, basis="close"),
    m("index_change", -381, "points", SZ), m("index_change", -3.52, "%", SZ),
    m("turnover", 1.08e12, "CNY", SZ),
    m("index_level", 3865, "points", HS3, basis="close"),
    m("index_change", -123, "points", HS3), m("index_change", -3.1, "%", HS3),
    m("index_level", 2175, "points", CY, basis="close"),
    m("index_change", -90, "points", CY), m("index_change", -3.98, "%", CY),
    m("sector_change", None, "%", "次新股|sub-new stocks", rng=(None, -4), opt=True),
    m("sector_change", None, "%", "生物製藥|生物制药|biopharma", rng=(None, -4), opt=True),
    m("sector_change", None, "%", "金融股|financials", rng=(None, -4), opt=True),
    m("sector_change", None, "%", "煤炭|coal", rng=(None, -3), opt=True),
    m("sector_change", None, "%", "化工|chemicals", rng=(None, -3), opt=True),
    m("sector_change", None, "%", "汽車製造|汽车制造|auto makers", rng=(None, -3), opt=True),
], [])

# zh05: Shimao Co. (600823) 2016 interim report summary table (stockstar filing page), Simplified, 元 = CNY; hard-wrapped
# table cells kept; 本报告期 (1-6月) of the stated 2016 report -> 2016H1, 上年同期 -> 2015H1, 本报告期末 -> 2016-06-30,
# 上年度末 -> 2015-12-31; prior-year columns are their own rows (not revisions); "增减(%)" columns are growth rows
# (total assets and net assets vs year end); ROE change "增加1.30个百分点" -> +1.30 pp; diluted EPS rows repeat the basic
# EPS figures -> optional; the excerpt ends before the shareholder table
SM = "世茂股份|上海世茂股份有限公司|600823|Shimao"
H1, H0, E1, E0 = "2016H1", "2015H1", "2016-06-30", "2015-12-31"
G["zh05"] = ([
    m("total_assets", 64039331350.17, "CNY", SM, E1), m("total_assets", 65347776653.12, "CNY", SM, E0),
    m("total_assets_growth|total_assets_change", -2.00, "%", SM, E1, basis="vs end of previous year"),
    m("net_assets|equity", 19915660283.28, "CNY", SM, E1, basis="attributable"),
    m("net_assets|equity", 19461636909.08, "CNY", SM, E0, basis="attributable"),
    m("net_assets_growth|equity_growth", 2.33, "%", SM, E1, basis="vs end of previous year"),
    m("operating_cash_flow", 1638535524.50, "CNY", SM, H1), m("operating_cash_flow", 893032991.38, "CNY", SM, H0),
    m("operating_cash_flow_growth", 83.48, "%", SM, H1, basis="yoy"),
    m("revenue", 6367254273.60, "CNY", SM, H1), m("revenue", 8526044247.45, "CNY", SM, H0),
    m("revenue_growth", -25.32, "%", SM, H1, basis="yoy"),
    m("net_profit", 1391147813.59, "CNY", SM, H1, basis="attributable"),
    m("net_profit", 929280576.26, "CNY", SM, H0, basis="attributable"),
    m("net_profit_growth", 49.70, "%", SM, H1, basis="yoy, attributable"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 1244439446.19, "CNY", SM, H1, basis="attributable, excluding non-recurring items"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 755591265.10, "CNY", SM, H0, basis="attributable, excluding non-recurring items"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 64.70, "%", SM, H1, basis="yoy, excluding non-recurring items"),
    m("roe", 6.90, "%", SM, H1, basis="weighted average"), m("roe", 5.60, "%", SM, H0, basis="weighted average"),
    m("roe_change", 1.30, "pp", SM, H1, basis="yoy"),
    m("eps", 0.52, "CNY", SM, H1, basis="basic"), m("eps", 0.38, "CNY", SM, H0, basis="basic"),
    m("eps_growth", 36.84, "%", SM, H1, basis="yoy, basic"),
    m("diluted_eps|eps", 0.52, "CNY", SM, H1, opt=True, basis="diluted"),
    m("diluted_eps|eps", 0.38, "CNY", SM, H0, opt=True, basis="diluted"),
    m("diluted_eps_growth|eps_growth", 36.84, "%", SM, H1, opt=True, basis="yoy, diluted"),
], [])

# zh06: NBS September CPI/PPI (RFA Mandarin brief), Simplified; the text gives no year -> no period on any row
# (9月份 / 1—9月 without a year, as news3 zh08's 8月份CPI); "同比持平" is a CPI change of 0; urban/rural CPI carry their own
# entity; food/non-food/consumer goods/services moves are price_change rows of their items (as news8 zh07)
CN = "中国|全国|China"
G["zh06"] = ([
    m("cpi", 0, "%", CN, basis="yoy"),
    m("cpi", 0.1, "%", "城市|urban", basis="yoy"),
    m("cpi", -0.3, "%", "农村|rural", basis="yoy"),
    m("price_change|cpi", -3.2, "%", "食品|food", basis="yoy"),
    m("price_change|cpi", 0.7, "%", "非食品|non-food", basis="yoy"),
    m("price_change|cpi", -0.9, "%", "消费品|consumer goods", basis="yoy"),
    m("price_change|cpi", 1.3, "%", "服务|services", basis="yoy"),
    m("cpi", 0.4, "%", CN, basis="yoy, Jan-Sep average"),
    m("cpi", 0.2, "%", CN, basis="mom"),
    m("ppi", -2.5, "%", CN, basis="yoy"),
    m("ppi", 0.4, "%", CN, basis="mom"),
    m("purchaser_price_index|ppi_purchase", -3.6, "%", CN, basis="yoy"),
    m("purchaser_price_index|ppi_purchase", 0.6, "%", CN, basis="mom"),
    m("ppi", -3.1, "%", CN, basis="yoy, Jan-Sep average"),
    m("purchaser_price_index|ppi_purchase", -3.6, "%", CN, basis="yoy, Jan-Sep average"),
], [])

# zh07: GF Securities note on Lihua (reportify digest), Simplified, A share (元 = CNY); "24年/25年/26年/23年" are read as
# FY2024..FY2026/FY2023 (two-digit years stated in the text; the note is dated 2025-01-20); 合理价值 (fair value) is the
# target; "买入" given with no earlier rating -> maintain (as news10); 24年 profit "14.5-15.8亿元" is a range (estimate);
# per-bird / per-head profits and per-kg prices use CNY/bird, CNY/head, CNY/kg; the repeated 280-300元 range has one row;
# ROE and debt ratio of 23年 are their own rows (not revisions)
LH = "立华股份|Lihua"
GF = "广发证券|GF Securities"
G["zh07"] = ([
    m("price|share_price", 19.20, "CNY", LH),
    m("target_price|fair_value", 27.61, "CNY", LH),
    m("net_profit", None, "CNY", LH, "FY2024", rng=(1.45e9, 1.58e9), basis="attributable, estimate"),
    m("profit_per_unit|unit_profit", None, "CNY/bird", "黄鸡|黄鸡养殖|yellow-feathered chickens", "FY2024", rng=(2.1, 2.2)),
    m("profit_per_unit|unit_profit", None, "CNY/head", "生猪|生猪养殖|hogs", "FY2024", rng=(280, 300)),
    m("revenue_forecast|revenue", 1.7184e10, "CNY", LH, "FY2024", basis="forecast"),
    m("revenue_forecast|revenue", 1.9094e10, "CNY", LH, "FY2025", basis="forecast"),
    m("revenue_forecast|revenue", 2.2854e10, "CNY", LH, "FY2026", basis="forecast"),
    m("revenue_growth", 11.9, "%", LH, "FY2024", basis="forecast, yoy"),
    m("revenue_growth", 11.1, "%", LH, "FY2025", basis="forecast, yoy"),
    m("revenue_growth", 19.7, "%", LH, "FY2026", basis="forecast, yoy"),
    m("net_profit_forecast|net_profit", 1.492e9, "CNY", LH, "FY2024", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.523e9, "CNY", LH, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 2.290e9, "CNY", LH, "FY2026", basis="forecast, attributable"),
    m("net_profit_growth", 441.2, "%", LH, "FY2024", basis="forecast, yoy"),
    m("net_profit_growth", 2.1, "%", LH, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth", 50.3, "%", LH, "FY2026", basis="forecast, yoy"),
    m("eps_forecast|eps", 1.80, "CNY", LH, "FY2024", basis="forecast"),
    m("eps_forecast|eps", 1.84, "CNY", LH, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 2.77, "CNY", LH, "FY2026", basis="forecast"),
    m("pe_ratio", 10.65, "x", LH, "FY2024", basis="forecast"),
    m("pe_ratio", 10.43, "x", LH, "FY2025", basis="forecast"),
    m("pe_ratio", 6.94, "x", LH, "FY2026", basis="forecast"),
    m("sales_volume|output", 5.16e8, "birds", "黄鸡|黄鸡业务|yellow-feathered chickens", "FY2024"),
    m("sales_volume_growth|output_growth", 13, "%", "黄鸡|黄鸡业务|yellow-feathered chickens", "FY2024", basis="yoy"),
    m("average_price|price_per_unit", 12.94, "CNY/kg", "黄鸡|黄鸡业务|yellow-feathered chickens", "FY2024"),
    m("average_price_growth|price_per_unit_growth", -5.5, "%", "黄鸡|黄鸡业务|yellow-feathered chickens", "FY2024", basis="yoy"),
    m("hog_slaughter|sales_volume", 1.3e6, "head", "生猪|生猪业务|hogs", "FY2024"),
    m("hog_slaughter_growth|sales_volume_growth", 52, "%", "生猪|生猪业务|hogs", "FY2024", basis="yoy"),
    m("average_price|price_per_unit", 17.3, "CNY/kg", "生猪|生猪业务|hogs", "FY2024"),
    m("hog_slaughter|sales_volume", None, "head", "生猪|生猪业务|hogs", "FY2025", rng=(1.8e6, 2e6), basis="forecast"),
    m("ebitda", 2.162e9, "CNY", LH, "FY2024", basis="forecast"),
    m("ebitda_growth", 358.1, "%", LH, "FY2024", basis="forecast, yoy"),
    m("roe", 16.5, "%", LH, "FY2024", basis="forecast"), m("roe", -5.7, "%", LH, "FY2023"),
    m("debt_ratio|liability_ratio", 37.3, "%", LH, "FY2024", basis="forecast"), m("debt_ratio|liability_ratio", 43.0, "%", LH, "FY2023"),
], [
    ra(GF, LH, "maintain", "buy", None, 27.61, None, "CNY"),
])

# zh08: Lukang Pharmaceutical FY2021 profit-distribution plan (CFi.CN digest repost), Simplified, 元 = CNY;
# the dividend per 10 shares is labelled as printed with basis "per 10 shares, pre-tax" (as news3 zh05);
# the total share count is optional (minor share count); distributable profit dated 2021-12-31 as stated
LK = "鲁抗医药|600789|Lukang Pharmaceutical"
G["zh08"] = ([
    m("distributable_profit|retained_earnings", 76277139.78, "CNY", LK, "2021-12-31"),
    m("dividend|dps", 0.5, "CNY", LK, "FY2021", basis="per 10 shares, pre-tax"),
    m("total_shares|share_capital", 880599050, "shares", LK, "2021-12-31", opt=True),
    m("dividend_total|total_dividend|dividend", 44029952.50, "CNY", LK, "FY2021", basis="pre-tax, planned"),
    m("payout_ratio", 53.25, "%", LK, "FY2021", basis="of attributable net profit"),
], [])
