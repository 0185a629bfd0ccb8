# Hand labels for news9/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: NBS October 2020 activity release (Sina repost), Simplified; year from the printed release date 2020年11月16日;
# ownership-type breakdowns and the growth gap optional as in the development corpus
IPG = "industrial_production_growth|industrial_value_added_growth"
CN = "中国|全国|China"
P10 = "2020-10"; P110 = "2020-01..10"
G["zh01"] = ([
    m(IPG, 6.9, "%", CN, P10, basis="yoy"),
    m(IPG, 0.78, "%", CN, P10, basis="mom"),
    m(IPG, 1.8, "%", CN, P110, basis="yoy"),
    m("industrial_production_growth_change|growth_change", 0.6, "pp", CN, P110, basis="vs 2020-01..09"),
    m(IPG, 5.4, "%", "国有控股企业|state-controlled enterprises", P10, opt=True, basis="yoy"),
    m(IPG, 6.9, "%", "股份制企业|shareholding enterprises", P10, opt=True, basis="yoy"),
    m(IPG, 7.0, "%", "外商及港澳台商投资企业|foreign-invested enterprises", P10, opt=True, basis="yoy"),
    m(IPG, 8.2, "%", "私营企业|private enterprises", P10, opt=True, basis="yoy"),
    m(IPG, 3.5, "%", "采矿业|mining", P10, basis="yoy"),
    m(IPG, 7.5, "%", "制造业|manufacturing", P10, basis="yoy"),
    m(IPG, 4.0, "%", "电力、热力、燃气及水生产和供应业|utilities", P10, basis="yoy"),
    m(IPG, 10.8, "%", "装备制造业|equipment manufacturing", P10, basis="yoy"),
    m("growth_gap|industrial_production_growth_gap", 3.9, "pp", "装备制造业|equipment manufacturing", P10, opt=True, basis="vs all industry"),
    m("output_growth", 94.1, "%", "新能源汽车|NEVs", P10, basis="yoy"),
    m("output_growth", 38.5, "%", "工业机器人|industrial robots", P10, basis="yoy"),
    m("output_growth", 30.2, "%", "挖掘、铲土运输机械|excavation and earth-moving machinery", P10, basis="yoy"),
    m("output_growth", 28.0, "%", "微型计算机设备|microcomputers", P10, basis="yoy"),
    m("output_growth", 20.4, "%", "集成电路|integrated circuits", P10, basis="yoy"),
    m("industrial_profit|total_profit", 4.3665e12, "CNY", "规模以上工业企业|industrial enterprises|China", "2020-01..09"),
    m("industrial_profit_growth|profit_growth", -2.4, "%", "规模以上工业企业|industrial enterprises|China", "2020-01..09", basis="yoy"),
    m("industrial_profit_growth_change|growth_change", 2.0, "pp", "规模以上工业企业|industrial enterprises|China", "2020-01..09", basis="decline narrowed vs 2020-01..08"),
    m("industrial_profit_growth|profit_growth", 10.1, "%", "规模以上工业企业|industrial enterprises|China", "2020-09", basis="yoy"),
    m("manufacturing_pmi|pmi", 51.4, "%", "中国制造业|China manufacturing|China", P10),
    m("services_production_index_growth|services_output_growth", 7.4, "%", CN, P10, basis="yoy"),
    m("services_production_index_growth_change|growth_change", 2.0, "pp", CN, P10, basis="vs 2020-09"),
    m("services_production_index_growth|services_output_growth", -1.6, "%", CN, P110, basis="yoy"),
    m("services_production_index_growth_change|growth_change", 1.0, "pp", CN, P110, basis="decline narrowed vs 2020-01..09"),
], [])

# zh02: HSBC Research cuts targets on mainland brokers (tangupiao flash), Simplified, HK-listed stocks in 港元
HSBC = "汇丰研究|汇丰|HSBC Research|HSBC"
CITICS = "中信证券|中信証券|06030.HK|CITIC Securities"
CICC = "中金|03908.HK|CICC"
HTS = "华泰证券|06886.HK|Huatai Securities"
HTZ = "海通证券|06837.HK|Haitong Securities"
G["zh02"] = ([
    m("earnings_forecast_change", None, "%", "内地券商|mainland brokers", "FY2023-FY2025", rng=(-8, -3)),
    m("target_price", 18.5, "HKD", CITICS, prior=21),
    m("target_price", 16.5, "HKD", CICC, prior=19.2),
    m("target_price", 9, "HKD", HTS, prior=9.9),
    m("target_price", 4.6, "HKD", HTZ, prior=5),
], [
    ra(HSBC, CITICS, "cut_target", "buy", None, 18.5, 21, "HKD"),
    ra(HSBC, CICC, "cut_target", "buy", None, 16.5, 19.2, "HKD"),
    ra(HSBC, HTS, "cut_target", "hold", None, 9, 9.9, "HKD"),
    ra(HSBC, HTZ, "cut_target", "hold", None, 4.6, 5, "HKD"),
])

# zh03: Huachuang Securities note on Shangpin Home Q3 2024 (reportify digest), Simplified; 强推 -> buy (as news6/7);
# "给予" a rating and a target with no change stated -> maintain (as news7); 2024-2026 figures are forecasts (预计24-26年);
# the net-profit forecasts printed twice (亿元 and 百万) have one row each
SP = "尚品宅配|Shangpin Home"
HC = "华创证券|Huachuang Securities"
Q3 = "2024Q3"; Q13 = "2024Q1-Q3"
G["zh03"] = ([
    m("revenue", 2.73e9, "CNY", SP, Q13), m("revenue_growth", -22.2, "%", SP, Q13, basis="yoy"),
    m("net_profit", -1.1e8, "CNY", SP, Q13, basis="attributable"),
    m("net_profit", -1.3e8, "CNY", SP, Q13, basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", -539.2, "%", SP, Q13, basis="yoy, attributable, excluding non-recurring items"),
    m("revenue", 1.02e9, "CNY", SP, Q3), m("revenue_growth", -29.1, "%", SP, Q3, basis="yoy"),
    m("net_profit", -1e7, "CNY", SP, Q3, basis="attributable"),
    m("net_profit", -2e7, "CNY", SP, Q3, basis="attributable, excluding non-recurring items"),
    m("gross_margin", 34.2, "%", SP, Q3),
    m("gross_margin_change", -1.0, "pp", SP, Q3, basis="yoy"), m("gross_margin_change", 1.3, "pp", SP, Q3, basis="qoq"),
    m("selling_expense_ratio|expense_ratio", 22.1, "%", SP, Q3),
    m("admin_expense_ratio|expense_ratio", 6.4, "%", SP, Q3),
    m("finance_expense_ratio|expense_ratio", 0.8, "%", SP, Q3),
    m("selling_expense_ratio_change|expense_ratio_change", 3.3, "pp", SP, Q3, basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", 0.8, "pp", SP, Q3, basis="yoy"),
    m("finance_expense_ratio_change|expense_ratio_change", 0.4, "pp", SP, Q3, basis="yoy"),
    m("selling_expense_ratio_change|expense_ratio_change", -2.0, "pp", SP, Q3, basis="qoq"),
    m("admin_expense_ratio_change|expense_ratio_change", -1.8, "pp", SP, Q3, basis="qoq"),
    m("finance_expense_ratio_change|expense_ratio_change", 1.4, "pp", SP, Q3, basis="qoq"),
    m("net_margin", -0.8, "%", SP, Q3, basis="attributable"),
    m("net_margin_change", 1.3, "pp", SP, Q3, basis="qoq"),
    m("net_profit_forecast|net_profit", -1.11e8, "CNY", SP, "FY2024", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 6.1e7, "CNY", SP, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.22e8, "CNY", SP, "FY2026", basis="forecast, attributable"),
    m("pe_ratio", 52, "x", SP, "FY2025", basis="forecast"), m("pe_ratio", 26, "x", SP, "FY2026", basis="forecast"),
    m("target_price", 18.2, "CNY", SP),
    m("revenue", 4.9e9, "CNY", SP, "FY2023"),
    m("revenue_forecast|revenue", 3.993e9, "CNY", SP, "FY2024", basis="forecast"),
    m("revenue_forecast|revenue", 4.148e9, "CNY", SP, "FY2025", basis="forecast"),
    m("revenue_forecast|revenue", 4.36e9, "CNY", SP, "FY2026", basis="forecast"),
    m("revenue_growth", -7.8, "%", SP, "FY2023", basis="yoy"),
    m("revenue_growth_forecast|revenue_growth", -18.5, "%", SP, "FY2024", basis="forecast, yoy"),
    m("revenue_growth_forecast|revenue_growth", 3.9, "%", SP, "FY2025", basis="forecast, yoy"),
    m("revenue_growth_forecast|revenue_growth", 5.1, "%", SP, "FY2026", basis="forecast, yoy"),
    m("net_profit", 6.5e7, "CNY", SP, "FY2023", basis="attributable"),
    m("net_profit_growth", 40.1, "%", SP, "FY2023", basis="yoy, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", -270.8, "%", SP, "FY2024", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 154.8, "%", SP, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 100.8, "%", SP, "FY2026", basis="forecast, yoy"),
], [
    ra(HC, SP, "maintain", "buy", None, 18.2, None, "CNY"),
])

# zh04: Zhitong Finance flash on Shenzhou International and Nike's fiscal Q2 (reportify digest), Simplified, HK stock;
# headline "跌超3%" is a key open bound; Nike's "重挫超10%" an optional bound; stock turnover optional
SZI = "申洲国际|02313|Shenzhou International"
NK = "耐克|Nike"
CITI = "花旗|Citi|Citigroup"
G["zh04"] = ([
    m("price_change|share_price_change", None, "%", SZI, "2025-12-19", rng=(None, -3)),
    m("price|share_price", 61.05, "HKD", SZI, "2025-12-19"),
    m("turnover", 1.23e8, "HKD", SZI, "2025-12-19", opt=True),
    m("net_profit", 7.92e8, "USD", NK, "FY2026Q2"),
    m("net_profit", 1.16e9, "USD", NK, "FY2025Q2"),
    m("net_profit_growth", -32, "%", NK, "FY2026Q2", basis="yoy"),
    m("revenue_growth", -17, "%", "耐克大中华区|Nike Greater China", "FY2026Q2", basis="yoy"),
    m("revenue", 1.7e9, "USD", "耐克大中华区|Nike Greater China", "FY2026Q2"),
    m("ebit_growth", -49, "%", "耐克大中华区|Nike Greater China", "FY2026Q2", basis="yoy"),
    m("price_change|share_price_change", None, "%", NK, None, rng=(None, -10), opt=True),
    m("earnings_forecast_change", -2, "%", SZI, "FY2025-FY2027"),
    m("target_price", 94, "HKD", SZI, prior=95),
    m("dividend_yield", 4.8, "%", SZI, "FY2026", basis="forecast"),
    m("eps_cagr", 12, "%", SZI, None, basis="forecast, next 3 years"),
], [
    ra(CITI, SZI, "cut_target", "buy", None, 94, 95, "HKD"),
])

# zh05: results digest of Shandong Pharmaceutical Glass FY2024 / Q1 2025 (Sina via reportify), Simplified; amounts
# printed as "51.3亿" without 元 are CNY; the quarterly growth series repeats 24Q4 -0.6% and 25Q1 -2.0% (one row each);
# domestic / overseas growth sits in the 2024 product paragraph -> FY2024
SD = "山东药玻|600529|Shandong Pharmaceutical Glass"
RG = "revenue_growth"
G["zh05"] = ([
    m("revenue", 5.13e9, "CNY", SD, "FY2024"), m(RG, 2.9, "%", SD, "FY2024", basis="yoy"),
    m("net_profit", 9.4e8, "CNY", SD, "FY2024", basis="attributable"), m("net_profit_growth", 21.6, "%", SD, "FY2024", basis="yoy, attributable"),
    m("net_profit", 9.0e8, "CNY", SD, "FY2024", basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", 21.9, "%", SD, "FY2024", basis="yoy, attributable, excluding non-recurring items"),
    m("revenue", 1.30e9, "CNY", SD, "2024Q4"), m(RG, -0.6, "%", SD, "2024Q4", basis="yoy"),
    m("net_profit", 2.2e8, "CNY", SD, "2024Q4", basis="attributable"), m("net_profit_growth", 37.8, "%", SD, "2024Q4", basis="yoy, attributable"),
    m("net_profit", 2.2e8, "CNY", SD, "2024Q4", basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", 41.9, "%", SD, "2024Q4", basis="yoy, attributable, excluding non-recurring items"),
    m("revenue", 1.24e9, "CNY", SD, "2025Q1"), m(RG, -2.0, "%", SD, "2025Q1", basis="yoy"),
    m("net_profit", 2.2e8, "CNY", SD, "2025Q1", basis="attributable"), m("net_profit_growth", 1.3, "%", SD, "2025Q1", basis="yoy, attributable"),
    m("net_profit", 2.1e8, "CNY", SD, "2025Q1", basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", 1.8, "%", SD, "2025Q1", basis="yoy, attributable, excluding non-recurring items"),
    m("net_margin", 18.4, "%", SD, "FY2024"), m("net_margin_change", 2.8, "pp", SD, "FY2024", basis="yoy"),
    m("net_margin", 18.0, "%", SD, "2025Q1"), m("net_margin_change", 0.6, "pp", SD, "2025Q1", basis="yoy"),
    m(RG, 3.9, "%", "模制瓶|moulded bottles", "FY2024", basis="yoy"),
    m(RG, 3.5, "%", "棕色瓶|brown bottles", "FY2024", basis="yoy"),
    m(RG, 5.0, "%", "管制瓶|tubular bottles", "FY2024", basis="yoy"),
    m(RG, -6.0, "%", "安瓿瓶|ampoules", "FY2024", basis="yoy"),
    m(RG, 11.9, "%", "丁基胶塞|butyl rubber stoppers", "FY2024", basis="yoy"),
    m(RG, -0.6, "%", "铝塑盖铝塑瓶|aluminium-plastic caps and bottles", "FY2024", basis="yoy"),
    m(RG, 0.5, "%", "山东药玻境内|domestic", "FY2024", basis="yoy"),
    m(RG, 8.3, "%", "山东药玻海外|overseas", "FY2024", basis="yoy"),
    m(RG, 2.5, "%", SD, "2024Q1", basis="yoy"),
    m(RG, 11.2, "%", SD, "2024Q2", basis="yoy"),
    m(RG, -1.0, "%", SD, "2024Q3", basis="yoy"),
], [])

# zh06: Buchang Pharma buyback progress for April 2019 (repost of a 运营商财经网 item), Simplified; highest / lowest
# purchase prices as a range (as news4 zh01); "上限不超过20亿元" an upper cap rng=(None, 2e9); 约 -> value
BC = "步长制药|Buchang Pharma"
G["zh06"] = ([
    m("buyback_shares", 2.8785e6, "shares", BC, "2019-04"),
    m("buyback_share_pct", 0.32, "%", BC, "2019-04", basis="of total share capital"),
    m("buyback_price", None, "CNY", BC, "2019-04", rng=(30.07, 32.18), basis="highest / lowest purchase price"),
    m("buyback_amount|buyback", 9.00255e7, "CNY", BC, "2019-04", basis="including commissions"),
    m("buyback_shares", 1.84146e7, "shares", BC, "2019-04-30", basis="cumulative"),
    m("buyback_share_pct", 2.08, "%", BC, "2019-04-30", basis="cumulative, of total share capital"),
    m("buyback_price", None, "CNY", BC, "2019-04-30", rng=(23.47, 32.18), basis="cumulative, highest / lowest purchase price"),
    m("buyback_amount|buyback", 5e8, "CNY", BC, "2019-04-30", basis="cumulative, including commissions"),
    m("buyback_cap|buyback_amount", None, "CNY", BC, None, rng=(None, 2e9), basis="programme upper limit"),
], [])

# zh07: A-share close of 2024-06-21 with a Hong Kong line (NTDTV), Simplified; 3000 / 18000 thresholds not labelled;
# "日减逾千亿元", "超2600支" and the intraday "跌超2%" are optional bounds; turnover without 元 is CNY (人民币,下同)
SH = "上证综指|沪指|上证指数|Shanghai Composite"
SZC = "深证成指|深成指|Shenzhen Component"
CYB = "创业板指|创业板指数|ChiNext"
D = "2024-06-21"
G["zh07"] = ([
    m("index_level", 2998.14, "points", SH, D, basis="close"), m("index_change", -0.24, "%", SH, D),
    m("index_level", 9064.84, "points", SZC, D, basis="close"), m("index_change", -0.04, "%", SZC, D),
    m("index_level", 1755.88, "points", CYB, D, basis="close"), m("index_change", -0.39, "%", CYB, D),
    m("turnover|market_turnover", 6.196e11, "CNY", "沪深两市|两市|A-shares", D),
    m("turnover_change", -1.048e11, "CNY", "沪深两市|两市|A-shares", D, basis="vs previous session"),
    m("turnover_change", None, "CNY", "沪深两市|两市|A-shares", D, rng=(None, -1e11), opt=True),
    m("decliners|stocks_down", None, "stocks", "沪深两市|两市|A-shares", D, rng=(2600, None), opt=True),
    m("index_change", None, "%", "恒生科技指数|Hang Seng Tech Index", D, rng=(None, -2), opt=True, basis="intraday"),
    m("index_change", -1.67, "%", "恒生指数|恒指|Hang Seng Index", D),
    m("index_change", -1.76, "%", "恒生科技指数|Hang Seng Tech Index", D),
    m("index_level", 3701.4, "points", "恒生科技指数|Hang Seng Tech Index", D, basis="close"),
], [])

# zh08: Citi rating/target table for Chinese banks (AASTOCKS, Simplified), first nine rows of the table; no earlier
# rating or target given -> maintain (as news3 zh01); inline AASTOCKS quotes optional; 元 in this HK table = HKD
CITI8 = "花旗|Citi|Citigroup"
def q(ent, chg, pct, short, ratio):
    return [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True),
            m("short_selling_turnover", short, "HKD", ent, opt=True), m("short_selling_ratio", ratio, "%", ent, opt=True)]
ROWS8 = [
    ("工商银行|01398.HK|ICBC", 0.080, 1.382, 2.44e8, 20.120, 5.71),
    ("建设银行|00939.HK|CCB", 0.060, 0.786, 2.67e8, 29.215, 7.26),
    ("中国银行|03988.HK|Bank of China", 0.060, 1.386, 2.85e8, 17.647, 4.52),
    ("农业银行|01288.HK|ABC|Agricultural Bank of China", 0.000, 0.000, 1.43e8, 24.011, 4.21),
    ("邮储银行|01658.HK|PSBC", 0.060, 1.053, 5.86e7, 46.954, 5.42),
    ("交通银行|03328.HK|BoCom|Bank of Communications", 0.060, 0.892, 3.55e7, 42.132, 6.79),
    ("招商银行|03968.HK|CMB|China Merchants Bank", 0.600, 1.274, 1.74e8, 24.127, 38.58),
    ("民生银行|01988.HK|Minsheng Bank", 0.000, 0.000, 2.39e7, 22.021, 3.73),
    ("中信银行|00998.HK|CITIC Bank", 0.030, 0.424, 1.02e7, 5.914, 5.34),
]
_met8, _ra8 = [], []
for ent, chg, pct, short, ratio, tp in ROWS8:
    _met8 += q(ent, chg, pct, short, ratio)
    _met8.append(m("target_price", tp, "HKD", ent))
    _ra8.append(ra(CITI8, ent, "maintain", "buy", None, tp, None, "HKD"))
G["zh08"] = (_met8, _ra8)
