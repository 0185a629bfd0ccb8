# Hand-written gold labels for the third Chinese financial-news evaluation set (news3/zh).
# Run: python3 gold_build.py  -> writes gold.jsonl next to this file.
# Helpers and output fields are those of the development corpus (shared/corpora/news-text/zh/gold_build.py).
import json, os

def m(metric, value, unit, ent=None, period=None, prior=None, rng=None, prng=None, opt=False, basis=None):
    return {"metric": metric, "value": value, "low": rng[0] if rng else None, "high": rng[1] if rng else None,
            "prior_value": prior, "prior_low": prng[0] if prng else None, "prior_high": prng[1] if prng else None,
            "unit": unit, "period": period, "basis": basis, "entity": ent, "optional": opt}
def ra(broker, company, action, rating, prior_rating=None, target=None, prior_target=None, cur=None, opt=False):
    return {"broker": broker, "company": company, "action": action, "rating": rating, "prior_rating": prior_rating,
            "target_price": target, "prior_target_price": prior_target, "currency": cur, "optional": opt}
# one line per passage: {"source": address, "lang": "zh", "text_file": "texts/zhNN.txt", "metrics": [...], "rating_actions": [...]}

G = {}

# ================= broker notes and target table =================
# zh01: consensus forecasts and an 11-broker rating/target table for BOCHK (AASTOCKS via Yahoo HK, Traditional)
BOCHK = "中銀香港|中銀|BOCHK"
rows01 = [("國泰君安|Guotai Junan", "buy", 37.65), ("摩根大通|JPMorgan|小摩", "overweight", 37.1),
          ("美銀證券|BofA Securities", "buy", 36.1), ("瑞銀|UBS", "buy", 36),
          ("滙豐環球研究|HSBC Global Research|HSBC", "buy", 34.5), ("星展|DBS", "buy", 34.1),
          ("富瑞|Jefferies", "buy", 34), ("高盛|Goldman Sachs", "buy", 33.9), ("中金|CICC", "outperform", 32.38),
          ("花旗|Citi|Citigroup", "buy", 31.1), ("摩根士丹利|Morgan Stanley|大摩", "equal-weight", 28.4)]
mt = [
    m("net_profit_forecast|net_profit_consensus", None, "HKD", BOCHK, "FY2022", rng=(2.5847e10, 3.0687e10)),
    m("net_profit", 2.297e10, "HKD", BOCHK, "FY2021"),
    m("net_profit_growth_forecast|net_profit_growth", None, "%", BOCHK, "FY2022", rng=(12.5, 33.6), basis="yoy"),
    m("net_profit_forecast|net_profit_consensus", 2.9735e10, "HKD", BOCHK, "FY2022", basis="median"),
    m("net_profit_growth_forecast|net_profit_growth", 26.5, "%", BOCHK, "FY2022", basis="median, yoy"),
    m("dividend_forecast|dps_forecast", None, "HKD", BOCHK, "FY2022", rng=(1.27, 1.48), basis="per share"),
    m("dividend|dps", 1.13, "HKD", BOCHK, "FY2021", basis="per share"),
    m("dividend_growth_forecast|dividend_growth", None, "%", BOCHK, "FY2022", rng=(12.4, 31), basis="yoy"),
    m("dividend_forecast|dps_forecast", 1.43, "HKD", BOCHK, "FY2022", basis="median"),
    m("dividend_growth_forecast|dividend_growth", 26.5, "%", BOCHK, "FY2022", basis="median, yoy"),
    m("broker_count", 9, "brokers", BOCHK, opt=True), m("broker_count", 7, "brokers", BOCHK, opt=True),
    m("broker_count", 11, "brokers", BOCHK, opt=True),
]
rt = []
for b, rating, tp in rows01:
    mt.append(m("target_price", tp, "HKD", BOCHK))
    rt.append(ra(b, BOCHK, "maintain", rating, None, tp, None, "HKD"))
G["zh01"] = (mt, rt)

# zh02: CLSA raises BOCHK target after Q1 (cnyes / Finet, Traditional with odd simplified characters), dateline 2018-04-30
CLSA = "里昂|CLSA"
G["zh02"] = ([
    m("ppop_growth|pre_provision_profit_growth", 21, "%", BOCHK, "2018Q1", basis="yoy"),
    m("ppop_growth|pre_provision_profit_growth", 19, "%", BOCHK, "2018Q1", basis="qoq"),
    m("ppop|pre_provision_profit", 1.04e10, "HKD", BOCHK, "2018Q1"),
    m("asset_growth", 7, "%", BOCHK, "2018Q1", basis="vs year-end"),
    m("eps_forecast_change|earnings_forecast_change", None, "%", BOCHK, None, rng=(2, 3), basis="2018-2020"),
    m("target_price", 43.5, "HKD", BOCHK, prior=42.55),
    m("price_change", 4.48, "%", BOCHK), m("price", 40.8, "HKD", BOCHK),
    m("volume", 1.55549e7, "shares", BOCHK, opt=True),
    m("turnover", 6.32e8, "HKD", BOCHK),
], [
    ra(CLSA, BOCHK, "raise_target", "outperform", None, 43.5, 42.55, "HKD"),
])

# zh03: UBS raises China Hongqiao target (Gelonghui digest, Simplified)
HQ = "中国宏桥|宏桥|China Hongqiao"
G["zh03"] = ([
    m("payout_ratio_guidance|payout_ratio", None, "%", HQ, None, rng=(63, None)),
    m("buyback", 3e9, "HKD", HQ, basis="additional programme"),
    m("eps_forecast_change|earnings_forecast_change", 22, "%", HQ, "FY2025"),
    m("eps_forecast_change|earnings_forecast_change", 5, "%", HQ, "FY2026"),
    m("target_price", 26.8, "HKD", HQ, prior=21),
], [
    ra("瑞银|UBS", HQ, "raise_target", "buy", None, 26.8, 21, "HKD"),
])

# zh04: CMBI upgrades Cafe de Coral (Simplified)
CDF = "大家乐集团|大家乐|Café de Coral|Cafe de Coral"
G["zh04"] = ([
    m("eps_forecast_change|earnings_forecast_change", -63, "%", CDF, "FY2020"),
    m("eps_forecast_change|earnings_forecast_change", 15, "%", CDF, "FY2021"),
    m("eps_forecast_change|earnings_forecast_change", -1, "%", CDF, "FY2022"),
    m("target_price", 18.31, "HKD", CDF),
    m("price_change", 5, "%", CDF, opt=True, basis="intraday, 近"),
    m("price_change", 3.76, "%", CDF), m("price", 15.56, "HKD", CDF),
    m("turnover", 1.97063e7, "HKD", CDF),
], [
    ra("招银国际|CMBI|CMB International", CDF, "upgrade", "buy", None, 18.31, None, "HKD"),
])

# ================= company results =================
# zh05: Shanghai Pharmaceuticals FY2019 (Zhitong, Simplified); exact repeats of 1865.66亿/17.27%/40.81亿/5.15%/4.4元 have one row
SP = "上海医药|Shanghai Pharma|Shanghai Pharmaceuticals"
IND = "上海医药医药工业|医药工业|Shanghai Pharma industrial segment"
COM = "上海医药医药商业|医药商业|Shanghai Pharma distribution segment"
Y = "FY2019"
G["zh05"] = ([
    m("revenue", 1.86566e11, "CNY", SP, Y), m("revenue_growth", 17.27, "%", SP, Y, basis="yoy"),
    m("net_profit", 4.081e9, "CNY", SP, Y, basis="attributable"), m("net_profit_growth", 5.15, "%", SP, Y, basis="yoy"),
    m("eps", 1.44, "CNY", SP, Y, basis="basic"),
    m("dividend", 4.40, "CNY", SP, Y, basis="per 10 shares, pre-tax"),
    m("segment_revenue|revenue", 2.349e10, "CNY", IND, Y), m("segment_revenue_growth|revenue_growth", 20.70, "%", IND, Y, basis="yoy"),
    m("segment_revenue_growth|revenue_growth", None, "%", IND, None, rng=(20, None), opt=True, basis="11 consecutive quarters"),
    m("segment_revenue|revenue", 1.63076e11, "CNY", COM, Y), m("segment_revenue_growth|revenue_growth", 16.80, "%", COM, Y, basis="yoy"),
    m("core_net_profit|net_profit", 3.461e9, "CNY", SP, Y, basis="扣非, attributable"),
    m("core_net_profit_growth|net_profit_growth", 30.49, "%", SP, Y, basis="yoy"),
    m("segment_profit|profit_contribution", 2.075e9, "CNY", IND, Y), m("segment_profit_growth|profit_contribution_growth", 24.50, "%", IND, Y, basis="yoy"),
    m("segment_profit|profit_contribution", 2.225e9, "CNY", COM, Y), m("segment_profit_growth|profit_contribution_growth", 26.75, "%", COM, Y, basis="yoy"),
    m("associate_profit|profit_contribution", 7.65e8, "CNY", "上海医药参股企业|参股企业|Shanghai Pharma associates", Y),
    m("associate_profit_growth|profit_contribution_growth", 18.14, "%", "上海医药参股企业|参股企业|Shanghai Pharma associates", Y, basis="yoy"),
], [])

# zh06: Longli Technology FY2019 annual report commentary (Simplified); exact repeats have one row
LL = "隆利科技|Longli Technology|Longli"
G["zh06"] = ([
    m("revenue", 1.7e9, "CNY", LL, Y), m("revenue_growth", 9.8, "%", LL, Y, basis="yoy"),
    m("net_profit", 9e7, "CNY", LL, Y, basis="attributable"), m("net_profit_growth", -47.2, "%", LL, Y, basis="yoy"),
    m("core_net_profit|net_profit", 6e7, "CNY", LL, Y, basis="扣非, attributable"),
    m("core_net_profit_growth|net_profit_growth", -61.7, "%", LL, Y, basis="yoy"),
    m("revenue_growth", 40.5, "%", LL, "FY2017"), m("revenue_growth", 70.7, "%", LL, "FY2018"),
    m("net_profit_growth", 69.24, "%", LL, "FY2017"), m("net_profit_growth", 63.32, "%", LL, "FY2018"),
    m("rd_expense|r&d_expense", 8.4613e7, "CNY", LL, Y), m("rd_expense_growth|r&d_expense_growth", 26.51, "%", LL, Y, basis="vs 2018"),
    m("operating_cost|cost_of_revenue", 1.44e9, "CNY", LL, Y), m("operating_cost_growth|cost_of_revenue_growth", 18.1, "%", LL, Y, basis="yoy"),
    m("gross_margin_change", -6, "%", LL, Y),
    m("expense_ratio|period_expense_ratio", 9.5, "%", LL, Y), m("expense_ratio_change|period_expense_ratio_change", 0.6, "pp", LL, Y, basis="yoy"),
    m("operating_cash_flow_growth", -69.8, "%", LL, Y), m("operating_cash_flow", 6.4112e7, "CNY", LL, Y),
    m("rd_expense_growth|r&d_expense_growth", 26.5, "%", LL, Y, opt=True),      # rounded restatement of 26.51%
    m("net_margin", 5, "%", LL, Y, prior=10.4),
    m("top5_customer_sales|customer_sales", 1.422e9, "CNY", LL, Y), m("top5_customer_share|customer_concentration", 83.58, "%", LL, Y),
    m("top_customer_sales|customer_sales", 5.04e8, "CNY", LL, Y), m("top_customer_share|customer_concentration", 29.62, "%", LL, Y),
], [])

# zh07: interim results digest (The Sun, Traditional): Xiao Nan Guo, Peninsula occupancy, HK&S Hotels; year not in text
XNG = "小南國|Xiao Nan Guo"; HSH = "大酒店|香港上海大酒店|Hongkong and Shanghai Hotels"
PEN = "香港半島酒店|半島酒店|The Peninsula Hong Kong"
G["zh07"] = ([
    m("net_profit_growth", -43.33, "%", XNG, "H1"), m("net_profit", 3.1831e7, "CNY", XNG, "H1"),
    m("dividend", 0.008, "HKD", XNG, "H1", basis="per share"),
    m("occupancy_change|occupancy_rate_change", -17, "pp", PEN, "Q2", basis="yoy"),
    m("net_profit_growth", 3.19, "%", HSH, "H1", basis="yoy"), m("net_profit", 8.4e8, "HKD", HSH, "H1"),
    m("dividend", 0.04, "HKD", HSH, "H1", basis="interim, per share"),
], [])

# ================= market wraps =================
SH = "沪指|上证指数|上证综指|Shanghai Composite"; SZ = "深成指|深证成指|Shenzhen Component"
CYB = "创业板指数|创业板指|ChiNext"
# zh08: A-share close (ce.cn, Simplified); date in text has no year
G["zh08"] = ([
    m("cpi|cpi_growth", 2.6, "%", "中国|China", basis="yoy, 8月份"),
    m("index_level", 2200, "points", SH, opt=True, basis="intraday threshold"),
    m("index_level", 2212.52, "points", SH, basis="close"),
    m("index_change", 72.53, "points", SH), m("index_change", 3.39, "%", SH),
    m("turnover", 1.7888e11, "CNY", "沪市|沪指|Shanghai market"),
    m("index_level", 8504.74, "points", SZ, basis="close"),
    m("index_change", 224.41, "points", SZ), m("index_change", 2.71, "%", SZ),
    m("turnover", 1.3617e11, "CNY", "深市|深成指|Shenzhen market"),
    m("index_level", 1275.91, "points", CYB, basis="close"), m("index_change", -0.53, "%", CYB),
    m("index_change|sector_change", 7, "%", "银行板块|银行|bank sector"),
], [])

# zh09: A-share close with main-fund flows (Simplified); 9月21日, year not in text
STAR = "科创50指数|科创50|STAR 50"
def flow(ent, v, opt=False):
    return m("net_inflow|main_fund_net_inflow|fund_flow", v, "CNY", ent, opt=opt)
G["zh09"] = ([
    m("index_level", 3117.18, "points", SH, basis="close"), m("index_change", -0.17, "%", SH), m("turnover", 2.69514e11, "CNY", SH),
    m("index_level", 11208.51, "points", SZ, basis="close"), m("index_change", -0.67, "%", SZ), m("turnover", 3.66447e11, "CNY", SZ),
    m("index_level", 2331.52, "points", CYB, basis="close"), m("index_change", -1.49, "%", CYB), m("turnover", 1.11966e11, "CNY", CYB),
    m("index_level", 970.39, "points", STAR, basis="close"), m("index_change", -1.5, "%", STAR), m("turnover", 3.72e10, "CNY", STAR),
    m("turnover", 6.35961e11, "CNY", "沪深两市|两市|A-shares"),
    m("turnover_change", -1.5012e10, "CNY", "沪深两市|两市|A-shares", basis="vs previous session"),
    flow("沪深两市|两市|A-shares", -4.045e9),
    flow("创业板|ChiNext", -1.694e9), flow("沪深300成分股|沪深300|CSI 300", -1.384e9), flow("科创板|STAR Market", 1.79e8),
    m("sector_count|industries", 9, "industries", "申万一级行业|SW level-1 industries", opt=True),
    flow("化工|化工行业板块|chemicals", 7.47e8), flow("有色金属|non-ferrous metals", 5.09e8),
    flow("电气设备|electrical equipment", 3.01e8), flow("采掘|mining", 2.61e8),
    m("sector_count|industries", 19, "industries", "申万一级行业|SW level-1 industries", opt=True),
    flow("医药生物|医药生物行业板块|pharma and biotech", -1.457e9), flow("电子|electronics", -1.315e9),
    flow("机械设备|machinery", -7.29e8), flow("房地产|real estate", -6.9e8), flow("计算机|computers", -6.44e8),
    m("stock_count", 1976, "stocks", "沪深两市|A-shares", opt=True), m("stock_count", 19, "stocks", "沪深两市|A-shares", opt=True),
    m("net_inflow|main_fund_net_inflow|fund_flow", None, "CNY", "沪深两市|A-shares", rng=(1e8, None), opt=True, basis="threshold"),
    flow("中通客车|Zhongtong Bus", 2.57e8), flow("五矿稀土|Minmetals Rare Earth", 2.03e8), flow("天赐材料|Tinci Materials", 1.78e8),
    flow("江淮汽车|JAC Motors", 1.75e8), flow("格力电器|Gree Electric", 1.69e8), flow("诺诚健华|InnoCare", 1.64e8),
    m("stock_count", 2791, "stocks", "沪深两市|A-shares", opt=True), m("stock_count", 19, "stocks", "沪深两市|A-shares", opt=True),
    m("net_inflow|main_fund_net_inflow|fund_flow", None, "CNY", "沪深两市|A-shares", rng=(None, -1e8), opt=True, basis="threshold"),
    flow("三安光电|Sanan Optoelectronics", -3.68e8),
], [])

# zh10: Hong Kong close (Epoch Times HK, Traditional); 6日, year not in text
HSI = "恒生指數|恒指|Hang Seng Index"
def pc(ent, v, opt=False, basis=None, rng=None):
    return m("price_change", v, "%", ent, opt=opt, basis=basis, rng=rng)
G["zh10"] = ([
    m("index_change", None, "points", "道指|Dow Jones", rng=(300, None), opt=True),
    m("index_change", 155, "points", HSI, opt=True, basis="open"),
    m("index_level", 24000, "points", HSI, opt=True, basis="兩萬四 threshold"),
    m("index_level", 23812, "points", HSI, opt=True, basis="intraday low"),
    m("index_change", -291, "points", HSI, opt=True, basis="intraday"),
    m("index_level", 23966, "points", HSI, basis="close"), m("index_change", -137, "points", HSI),
    m("turnover", 1.04e11, "HKD", "港股|大市|Hong Kong market"),
    pc("港鐵|MTR", -0.5),
    pc("長實|CK Asset", -0.1), pc("恒基|Henderson Land", -0.2), pc("新鴻基地產|新地|Sun Hung Kai Properties", 1.6),
    pc("新世界發展|New World Development", 1.8), pc("中國建築|China State Construction", 8.7),
    pc("銀河娛樂|Galaxy Entertainment", 0.8), pc("金沙中國|Sands China", 0.8),
    pc("騰訊|Tencent", -0.8), pc("網易|NetEase", 0.9), pc("阿里巴巴|Alibaba", 1.5), pc("美團|Meituan", -2.1),
    pc("京東|JD.com", -0.9), pc("嗶哩嗶哩|Bilibili", 0.7), pc("百度|Baidu", -0.3),
    pc("滙豐控股|滙豐|HSBC", 3.3), pc("恒生銀行|Hang Seng Bank", 1.0),
    pc("中海油|CNOOC", 2.3), pc("中石油|PetroChina", 4.3), pc("中石化|Sinopec", 3.1),
    pc("長城汽車|Great Wall Motor", -3.7), pc("長城汽車|Great Wall Motor", 160, basis="1 year"),
    pc("李寧|Li Ning", -7.1), pc("李寧|Li Ning", 123, basis="1 year"),
    pc("周大褔|周大福|Chow Tai Fook", -1.5), pc("周大褔|周大福|Chow Tai Fook", 43, basis="1 year"),
], [])

# zh11: Hong Kong close (Now News, Traditional); most stock moves are 逾X bounds (optional)
HST = "科技指數|恒生科技指數|Hang Seng Tech Index"
G["zh11"] = ([
    m("index_change", None, "points", HSI, rng=(500, None), opt=True),
    m("index_change", 257, "points", HSI, opt=True, basis="open"),
    m("index_change", 695, "points", HSI, opt=True, basis="intraday"),
    m("index_level", 22414, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 22229, "points", HSI, basis="close"), m("index_change", 510, "points", HSI),
    m("turnover", None, "HKD", "大市|港股|Hong Kong market", rng=(2e11, None), opt=True),
    m("index_change", None, "%", HST, rng=(4, None), opt=True),
    m("index_level", 5000, "points", HST, opt=True, basis="threshold"),
    m("index_level", 5072, "points", HST, basis="close"),
    pc("小米集團|小米|Xiaomi", None, opt=True, rng=(12, None)),
    pc("美團|Meituan", None, opt=True, rng=(3, None)),
    pc("阿里巴巴|Alibaba", None, opt=True, rng=(3, None)),
    pc("騰訊控股|騰訊|Tencent", None, opt=True, basis="intraday", rng=(4, None)),
    pc("騰訊控股|騰訊|Tencent", None, opt=True, rng=(None, -1)),
    pc("京東集團|京東|JD.com", None, opt=True, rng=(6, None)),
    pc("港交所|HKEX", 7),
    m("price", 400, "HKD", "港交所|HKEX", opt=True, basis="threshold"),
    pc("滙豐控股|滙豐|HSBC", 2), pc("友邦保險|友邦|AIA", 2),
    pc("海底撈|Haidilao", None, opt=True, rng=(9, None)),
    pc("九毛九|Jiumaojiu", None, opt=True, rng=(8, None)),
    pc("安踏體育|安踏|Anta Sports", None, opt=True, rng=(8, None)),
    pc("吉利汽車|Geely", 4),
    pc("比亞迪股份|比亞迪|BYD", None, opt=True, rng=(2, None)),
    pc("信義光能|Xinyi Solar", None, opt=True, rng=(None, -6)),
], [])

# ================= central banks / bank rates =================
# zh12: ECB cuts 25 bp (Xinhua via Taizhou Daily, Simplified); the year 2024 follows from 去年10月 = 2023年10月
ECB = "欧洲央行|欧洲中央银行|ECB|European Central Bank"; P12 = "2024-06"
G["zh12"] = ([
    m("rate_change", -25, "bp", ECB, P12),
    m("rate|main_refinancing_rate", 4.25, "%", ECB, P12, basis="main refinancing rate"),
    m("rate|marginal_lending_rate", 4.5, "%", ECB, P12, basis="marginal lending facility"),
    m("rate|deposit_rate", 3.75, "%", ECB, P12, basis="deposit facility"),
    m("inflation_change", None, "pp", "欧元区|eurozone", None, rng=(None, -2.5), opt=True, basis="since 2023-09"),
    m("rate_hikes", 10, "hikes", ECB, None, opt=True, basis="since 2022-07"),
    m("cumulative_rate_change|rate_change", 450, "bp", ECB, None, basis="cumulative hikes since 2022-07"),
], [])

# zh13: Fed holds; HK banks keep prime rates (HK01, Traditional)
FED = "美國聯儲局|聯儲局|Federal Reserve|Fed"
HSBC = "滙豐銀行|滙豐|HSBC"; SCB = "渣打香港|渣打|Standard Chartered Hong Kong"; HSB = "恒生銀行|恒生|Hang Seng Bank"
G["zh13"] = ([
    m("fed_funds_target_range|policy_rate", None, "%", FED, rng=(3.50, 3.75)),
    m("prime_rate", 5, "%", HSBC),
    m("rate_change|prime_rate_change", -12.5, "bp", HSBC, "2025-10-31", basis="previous prime-rate cut"),
    m("prime_rate", 5.2, "%", SCB),
    m("prime_rate", 5, "%", BOCHK), m("savings_rate|deposit_rate", 0.001, "%", BOCHK),
    m("savings_rate|deposit_rate", 0.001, "%", BOCHK, opt=True, basis="balance 5000元 or more"),
    m("balance_threshold", 5000, "HKD", BOCHK, opt=True), m("balance_threshold", 5000, "HKD", BOCHK, opt=True),
    m("savings_rate|deposit_rate", 0, "%", BOCHK, opt=True, basis="balance below 5000元"),
    m("balance_threshold", 1e6, "HKD", BOCHK, opt=True),
    m("extra_savings_rate|savings_rate", 0.001, "%", BOCHK, opt=True),
    m("prime_rate", 5, "%", HSB),
    m("balance_threshold", 1e6, "HKD", HSB, opt=True),
    m("extra_savings_rate|savings_rate", 0.001, "%", HSB, opt=True),
], [])

# ================= macro =================
CN = "中国|我国|China"
# zh14: China foreign trade, Jan-May 2019 (customs data, Simplified)
P5, M5 = "2019-01..05", "2019-05"; US = "中美贸易|中国对美国|China-US"
G["zh14"] = ([
    m("trade_total|total_trade", 1.21e13, "CNY", CN, P5), m("trade_growth|total_trade_growth", 4.1, "%", CN, P5, basis="yoy"),
    m("exports", 6.5e12, "CNY", CN, P5), m("exports_growth", 6.1, "%", CN, P5, basis="yoy"),
    m("imports", 5.6e12, "CNY", CN, P5), m("imports_growth", 1.8, "%", CN, P5, basis="yoy"),
    m("trade_surplus|trade_balance", 8.9336e11, "CNY", CN, P5), m("trade_surplus_growth", 45, "%", CN, P5, basis="yoy"),
    m("trade_total|total_trade", 2.59e12, "CNY", CN, M5), m("trade_growth|total_trade_growth", 2.9, "%", CN, M5, basis="yoy"),
    m("exports", 1.43e12, "CNY", CN, M5), m("exports_growth", 7.7, "%", CN, M5, basis="yoy"),
    m("imports", 1.16e12, "CNY", CN, M5), m("imports_growth", -2.5, "%", CN, M5, basis="yoy"),
    m("trade_surplus|trade_balance", 2.7912e11, "CNY", CN, M5), m("trade_surplus_growth", 89.8, "%", CN, M5, basis="yoy"),
    m("trade_total|bilateral_trade", 1.42e12, "CNY", US, P5), m("trade_growth|bilateral_trade_growth", -9.6, "%", US, P5, basis="yoy"),
    m("trade_share|share_of_trade", 11.7, "%", US, P5),
    m("exports", 1.09e12, "CNY", US, P5), m("exports_growth", -3.2, "%", US, P5, basis="yoy"),
    m("imports", 3.3527e11, "CNY", US, P5), m("imports_growth", -25.7, "%", US, P5, basis="yoy"),
    m("trade_surplus|trade_balance", 7.5062e11, "CNY", US, P5), m("trade_surplus_growth", 11.9, "%", US, P5, basis="yoy"),
], [])

# zh15: PBOC financial statistics, 2022 (Xinhua Finance, Simplified); headline repeats have one row
D, Y22 = "2022-12", "2022"
G["zh15"] = ([
    m("m2", 2.6643e14, "CNY", CN, D), m("m2_growth", 11.8, "%", CN, D, basis="yoy"),
    m("m2_growth_change", -0.6, "pp", CN, D, basis="vs previous month-end"),
    m("m2_growth_change", 2.8, "pp", CN, D, basis="vs a year earlier"),
    m("m1", 6.717e13, "CNY", CN, D), m("m1_growth", 3.7, "%", CN, D, basis="yoy"),
    m("m1_growth_change", -0.9, "pp", CN, D, basis="vs previous month-end"),
    m("m1_growth_change", 0.2, "pp", CN, D, basis="vs a year earlier"),
    m("m0", 1.047e13, "CNY", CN, D), m("m0_growth", 15.3, "%", CN, D, basis="yoy"),
    m("net_cash_injection", 1.39e12, "CNY", CN, Y22),
    m("loans_outstanding|total_loans", 2.191e14, "CNY", CN, D, basis="RMB and foreign currency"),
    m("loan_growth", 10.4, "%", CN, D, basis="RMB and foreign currency, yoy"),
    m("rmb_loans_outstanding|loans_outstanding", 2.1399e14, "CNY", CN, D),
    m("rmb_loan_growth|loan_growth", 11.1, "%", CN, D, basis="yoy"),
    m("rmb_loan_growth_change|loan_growth_change", 0.1, "pp", CN, D, basis="vs previous month-end"),
    m("rmb_loan_growth_change|loan_growth_change", -0.5, "pp", CN, D, basis="vs a year earlier"),
    m("new_rmb_loans|new_loans", 2.131e13, "CNY", CN, Y22),
    m("new_rmb_loans_change|new_loans_change", 1.36e12, "CNY", CN, Y22, basis="yoy, 多增"),
    m("household_loans|new_loans", 3.83e12, "CNY", "住户|households", Y22),
    m("household_short_term_loans|new_loans", 1.08e12, "CNY", "住户|households", Y22),
    m("household_medium_long_term_loans|new_loans", 2.75e12, "CNY", "住户|households", Y22),
    m("corporate_loans|new_loans", 1.709e13, "CNY", "企(事)业单位|企业|corporates", Y22),
    m("corporate_short_term_loans|new_loans", 3.03e12, "CNY", "企(事)业单位|企业|corporates", Y22),
    m("corporate_medium_long_term_loans|new_loans", 1.106e13, "CNY", "企(事)业单位|企业|corporates", Y22),
    m("bill_financing|new_loans", 2.96e12, "CNY", "企(事)业单位|企业|corporates", Y22),
    m("nbfi_loans|new_loans", 1.254e11, "CNY", "非银行业金融机构|non-bank financial institutions", Y22),
    m("new_rmb_loans|new_loans", 1.4e12, "CNY", CN, D),
    m("new_rmb_loans_change|new_loans_change", 2.665e11, "CNY", CN, D, basis="yoy, 多增"),
    m("fx_loans_outstanding", 7.348e10, "USD", CN, D), m("fx_loan_growth", -19.5, "%", CN, D, basis="yoy"),
    m("new_fx_loans|fx_loans_change", -1.779e10, "USD", CN, Y22),
    m("new_fx_loans_change|fx_loans_change_yoy", -2.236e10, "USD", CN, Y22, basis="yoy, 多减"),
    m("new_fx_loans|fx_loans_change", -3.42e9, "USD", CN, D),
    m("new_fx_loans_change|fx_loans_change_yoy", 1.9e9, "USD", CN, D, basis="yoy, 少减"),
], [])

# ================= IPO =================
# zh16: grey-market trading of two Hong Kong IPOs (HKEJ, Traditional)
ZSY = "中手游|CMGE"; YN = "雲南建投混凝土|Yunnan Jianzhu Concrete|Yunnan Construction Concrete"
G["zh16"] = ([
    m("grey_market_change|price_change", 5, "%", ZSY, opt=True),          # headline 近5%, body 4.95%
    m("grey_market_price|price", 2.97, "HKD", ZSY), m("ipo_price|offer_price", 2.83, "HKD", ZSY),
    m("grey_market_change|price_change", 0.14, "HKD", ZSY), m("grey_market_change|price_change", 4.95, "%", ZSY),
    m("lot_size", 2000, "shares", ZSY, opt=True), m("paper_gain_per_lot", 280, "HKD", ZSY, opt=True),
    m("oversubscription", 542.83, "x", ZSY),
    m("frozen_funds|subscription_funds", None, "HKD", ZSY, rng=(7.16e10, None), opt=True),
    m("clawback_threshold|oversubscription", 100, "x", ZSY, opt=True),
    m("public_offer_share", 50, "%", ZSY, opt=True), m("one_lot_success_rate|allotment_rate", 15, "%", ZSY, opt=True),
    m("grey_market_price|price", 2.82, "HKD", YN), m("ipo_price|offer_price", 3.36, "HKD", YN),
    m("grey_market_change|price_change", -0.54, "HKD", YN), m("grey_market_change|price_change", -16.07, "%", YN),
    m("lot_size", 1000, "shares", YN, opt=True), m("paper_gain_per_lot", -540, "HKD", YN, opt=True),
    m("oversubscription", 17.46, "x", YN),
    m("one_lot_success_rate|allotment_rate", 70, "%", YN, opt=True),
], [])


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    src = {}
    for line in open(os.path.join(here, "sources.tsv"), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts and parts[0]:
            src[parts[0]] = parts[2]
    assert sorted(G) == sorted(src), sorted(set(G) ^ set(src))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for k in sorted(G):
            assert os.path.exists(os.path.join(here, "texts", k + ".txt")), k
            mets, ras = G[k]
            for x in mets:
                for fld in ("value", "low", "high", "prior_value", "prior_low", "prior_high"):
                    assert x[fld] is None or isinstance(x[fld], (int, float)), (k, x)
            f.write(json.dumps({"source": src[k], "lang": "zh", "text_file": f"texts/{k}.txt",
                                "metrics": mets, "rating_actions": ras}, ensure_ascii=False) + "\n")
    n = len(G); nm = sum(len(v[0]) for v in G.values()); no = sum(1 for v in G.values() for x in v[0] if x["optional"])
    nr = sum(len(v[1]) for v in G.values())
    print(f"passages={n} metrics={nm} (key={nm-no}, optional={no}) rating_actions={nr}")
