# Hand-written gold labels for the second (held-out) Chinese financial-news evaluation set.
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

def q(ent, chg, pct, short=None, ratio=None):
    """inline AASTOCKS quote: '+0.550 (+0.930%) 沽空 $5.18百万; 比率 13.175%' -> all optional"""
    out = [m("price_change", chg, "HKD", ent, opt=True), m("price_change", pct, "%", ent, opt=True)]
    if short is not None: out.append(m("short_selling_turnover", short, "HKD", ent, opt=True))
    if ratio is not None: out.append(m("short_selling_ratio", ratio, "%", ent, opt=True))
    return out

# ---------------- Simplified ----------------
# zh01: HSBC Research utilities table (AASTOCKS, simplified), one target raised, four unchanged
HSR = "汇丰研究|汇丰|HSBC Global Research|HSBC Research"
rows01 = [("长江基建|长建|CKI", 0.550, 0.930, 5.18e6, 13.175, "buy", 65, None),
          ("中电控股|中电|CLP", 0.050, 0.069, 1.28e7, 10.716, "buy", 80, 78),
          ("港灯-SS|港灯|HK Electric", 0.020, 0.306, None, None, "buy", 7.2, None),
          ("电能实业|电能|Power Assets", 0.600, 1.075, 9.27e6, 8.866, "hold", 51, None),
          ("煤气公司|中华煤气|Towngas", 0.020, 0.278, 1.41e7, 26.477, "hold", 6.6, None)]
mt, rt = [], []
for e, c, p, s, r, rating, tp, ptp in rows01:
    mt += q(e, c, p, s, r); mt.append(m("target_price", tp, "HKD", e, prior=ptp))
    rt.append(ra(HSR, e, "raise_target" if ptp else "maintain", rating, None, tp, ptp, "HKD"))
G["zh01"] = (mt, rt)

# zh02: Daiwa upgrades BOC (uSMART digest)
BOC_S = "中行|中国银行|Bank of China"
G["zh02"] = ([
    m("target_price", 4, "HKD", BOC_S, prior=3.5),
    m("earnings_forecast_change", None, "%", BOC_S, None, rng=(4, 5), basis="this year and next"),
], [
    ra("大和|Daiwa", BOC_S, "upgrade", "buy", "outperform", 4, 3.5, "HKD"),
])

# zh03: CICC raises HKEX target (Finet)
HKEX = "港交所|香港交易所|HKEX"
G["zh03"] = ([
    m("target_price", 387, "HKD", HKEX, prior=343),
    m("pe_ratio", 38, "x", HKEX, basis="target-implied, forecast"),
    m("price", 353.6, "HKD", HKEX), m("price_change", 2.37, "%", HKEX),
    m("volume", 2.4303e6, "shares", HKEX, opt=True),
    m("turnover", 8.54e8, "HKD", HKEX),
], [
    ra("中金公司|中金|CICC", HKEX, "raise_target", "outperform", None, 387, 343, "HKD"),
])

# zh04: Goldman Sachs raises Moutai target (second raise in a month); liquor sector growth
GS = "高盛|Goldman Sachs"; MT = "贵州茅台|茅台|Kweichow Moutai"; BAIJIU = "中国A股上市白酒公司|A-share liquor companies"
G["zh04"] = ([
    m("target_price", 881, "CNY", MT),
    m("target_price_change", 18, "%", MT),
    m("upside|implied_upside", 30, "%", MT),
    m("price", 678, "CNY", MT, basis="close, 11月14日"),
    m("target_price", 745.69, "CNY", MT, prior=648.42, basis="earlier raise, 11月1日"),
    m("target_price_change", 15, "%", "主要白酒品牌|贵州茅台、宜宾五粮液、泸州老窖、江苏洋河|Chinese liquor brands"),
    m("revenue_growth", 29, "%", BAIJIU, "2017Q1-Q3", basis="yoy"),
    m("revenue_growth", 20, "%", BAIJIU, "2017H1", basis="yoy"),
    m("net_profit_growth", 42, "%", BAIJIU, "2017Q1-Q3", basis="yoy"),
    m("net_profit_growth", 25, "%", BAIJIU, "2017H1", basis="yoy"),
], [
    ra(GS, MT, "raise_target", "buy", None, 881, None, "CNY"),
    ra(GS, MT, "raise_target", None, None, 745.69, 648.42, "CNY", opt=True),
])

# zh05: Heilongjiang Agriculture FY2011 results (annual-report summary)
BDH = "北大荒|黑龙江北大荒农业股份有限公司|Heilongjiang Agriculture"
G["zh05"] = ([
    m("revenue", 1.33e10, "CNY", BDH, "FY2011"), m("revenue_growth", 44.25, "%", BDH, "FY2011", basis="yoy"),
    m("operating_profit", 3.8e8, "CNY", BDH, "FY2011"), m("operating_profit_growth", 25.82, "%", BDH, "FY2011", basis="yoy"),
    m("total_profit|pretax_profit", 4.51e8, "CNY", BDH, "FY2011"), m("total_profit_growth|pretax_profit_growth", 26.63, "%", BDH, "FY2011", basis="yoy"),
    m("net_profit", 4.41e8, "CNY", BDH, "FY2011", basis="attributable"), m("net_profit_growth", 23.41, "%", BDH, "FY2011", basis="yoy"),
    m("eps", 0.25, "CNY", BDH, "FY2011", basis="basic"), m("eps_growth", 22.65, "%", BDH, "FY2011", basis="yoy"),
    m("roe", 7.74, "%", BDH, "FY2011", basis="weighted average"), m("roe_change", 1.22, "pp", BDH, "FY2011", basis="yoy"),
], [])

# zh06: SciClone interim 2022 (HK-listed, RMB figures)
SC = "赛生药业|SciClone"
G["zh06"] = ([
    m("revenue", 1.475e9, "CNY", SC, "2022H1"), m("revenue_growth", 10.8, "%", SC, "2022H1", basis="yoy"),
    m("net_profit", 5.32e8, "CNY", SC, "2022H1", basis="attributable"), m("net_profit_growth", -14.5, "%", SC, "2022H1", basis="yoy"),
    m("eps", 0.79, "CNY", SC, "2022H1", basis="basic"), m("eps_growth", -20.2, "%", SC, "2022H1", basis="yoy"),
    m("fair_value_loss", 8.05e7, "CNY", SC, "2022H1", opt=True),
    m("impairment_loss", 4.03e7, "CNY", SC, "2022H1", opt=True),
    m("core_net_profit|net_profit", 6.53e8, "CNY", SC, "2022H1", basis="core, adjusted"),
    m("core_net_profit_growth|net_profit_growth", 4.9, "%", SC, "2022H1", basis="yoy"),
], [])

# zh07: PetroChina 2024 interim results
PC = "中国石油|PetroChina"; PCSEG = "油气新能源板块|油气新能源业务|PetroChina oil, gas and new energy segment"
G["zh07"] = ([
    m("revenue", 1.6e12, "CNY", PC, "2024H1"), m("revenue_growth", 5.0, "%", PC, "2024H1", basis="yoy"),
    m("net_profit", 8.861e10, "CNY", PC, "2024H1", basis="attributable"), m("net_profit_growth", 3.9, "%", PC, "2024H1", basis="yoy"),
    m("roic", 10.4, "%", PC, "2024H1", basis="annualised average"),
    m("debt_to_asset_ratio", 39.4, "%", PC, "2024H1"), m("debt_to_asset_ratio_change", -1.4, "pp", PC, "2024H1", basis="vs year-end"),
    m("debt_to_capital_ratio|gearing", 11.3, "%", PC, "2024H1"), m("debt_to_capital_ratio_change|gearing_change", -3.9, "pp", PC, "2024H1", basis="vs year-end"),
    m("dividend", 0.22, "CNY", PC, "2024H1", basis="interim, per share"),
    m("dividend_total|dividend", 4.026e10, "CNY", PC, "2024H1"),
    m("production|oil_gas_output", 1.23e8, "tonnes", PC, "2024H1", basis="oil and gas equivalent"),
    m("production_growth|oil_gas_output_growth", 1.3, "%", PC, "2024H1", basis="yoy"),
    m("crude_output|production", 6.445e7, "tonnes", PC, "2024H1"),
    m("gas_output|production", 7.318e10, "cubic metres", PC, "2024H1", basis="marketable natural gas"),
    m("wind_solar_quota", 7.25e6, "kW", PC, "2024H1", opt=True),
    m("geothermal_contract_area", 4.615e7, "square metres", PC, "2024H1", opt=True),
    m("power_generation", 2.17e9, "kWh", PC, "2024H1", opt=True, basis="wind and solar"),
    m("power_supplied", 9.5e8, "kWh", PC, "2024H1", opt=True),
    m("power_generation_multiple", 2.5, "x", PC, "2024H1", opt=True, basis="vs 2023H1"),
    m("power_supplied_multiple", 4.5, "x", PC, "2024H1", opt=True, basis="vs 2023H1"),
    m("co2_injected", 8.37e5, "tonnes", PC, "2024H1", opt=True),
    m("operating_profit", 9.166e10, "CNY", PCSEG, "2024H1"), m("operating_profit_growth", 7.2, "%", PCSEG, "2024H1", basis="yoy"),
], [])

# zh08: A-share wrap, Xinhua, 2010-11-16
D8 = "2010-11-16"; SH = "上证综指|沪指|Shanghai Composite"; SZ = "深证成指|Shenzhen Component"; CSI = "沪深300指数|沪深300|CSI 300"
G["zh08"] = ([
    m("index_change", -4, "%", "沪深股市|A-shares", D8, opt=True, basis="接近或超过"),
    m("index_level", 3007.64, "points", SH, D8, opt=True, basis="open, intraday high"),
    m("index_level", 2894.54, "points", SH, D8, basis="close"),
    m("index_change", -119.88, "points", SH, D8), m("index_change", -3.98, "%", SH, D8),
    m("index_change", None, "points", SZ, D8, rng=(None, -600), opt=True, basis="intraday"),
    m("index_level", 12217.27, "points", SZ, D8, basis="close"),
    m("index_change", -590.82, "points", SZ, D8), m("index_change", -4.61, "%", SZ, D8),
    m("turnover", 2.255e11, "CNY", "沪市|Shanghai market", D8),
    m("turnover", 1.765e11, "CNY", "深市|Shenzhen market", D8),
    m("turnover", None, "CNY", "沪深两市|A-shares", D8, rng=(4e11, None)),
    m("price_change", None, "%", "兖州煤业|Yanzhou Coal", D8, rng=(None, -9), opt=True),
    m("price_change", None, "%", "江西铜业|Jiangxi Copper", D8, rng=(None, -8), opt=True),
    m("index_level", 3169.54, "points", CSI, D8, basis="close"),
    m("index_change", -145.36, "points", CSI, D8), m("index_change", -4.38, "%", CSI, D8),
    m("index_change", None, "%", "其余行业指数|CSI 300 sector indices", D8, rng=(None, -3), opt=True),
    m("index_change", None, "%", "300能源|CSI 300 Energy", D8, rng=(None, -6), opt=True),
    m("index_change", None, "%", "300材料|CSI 300 Materials", D8, rng=(None, -6), opt=True),
    m("index_change", None, "%", "300信息|CSI 300 IT", D8, rng=(None, -6), opt=True),
    m("rate_change", 25, "bp", "韩国|South Korea|Bank of Korea", "2010-11"),
], [])

# zh09: A-share wrap, Shanghai Securities News, trading day 2012-03-20
D9 = "2012-03-20"; SH9 = "上证指数|沪指|Shanghai Composite"; S50 = "上证50指数|上证50|SSE 50"
G["zh09"] = ([
    m("index_level", 2376.84, "points", SH9, D9, basis="close"),
    m("index_change", -33.34, "points", SH9, D9), m("index_change", -1.38, "%", SH9, D9),
    m("index_level", 10116.39, "points", SZ, D9, basis="close"),
    m("index_change", -179.77, "points", SZ, D9), m("index_change", -1.75, "%", SZ, D9),
    m("turnover", 1.8076e11, "CNY", "两市|A-shares", D9),
    m("index_change|sector_change", 0.88, "%", "西藏板块|西藏|Tibet sector", D9),
    m("index_change|sector_change", 0.63, "%", "钢铁板块|钢铁|steel sector", D9),
    m("index_change|sector_change", 0.08, "%", "电力板块|电力|power sector", D9),
    m("index_change|sector_change", -4.76, "%", "电信板块|电信|telecom sector", D9),
    m("index_change|sector_change", -4.04, "%", "券商板块|券商|brokerage sector", D9),
    m("index_change|sector_change", -3.73, "%", "期货板块|期货|futures sector", D9),
    m("index_level", 1755.73, "points", S50, D9, basis="close"),
    m("index_change", -23.25, "points", S50, D9), m("index_change", -1.31, "%", S50, D9),
    m("price_change", 1.04, "%", "金地集团|Gemdale", D9),
    m("price_change", 0.45, "%", "长江电力|China Yangtze Power", D9),
    m("price_change", 0.39, "%", "国电电力|GD Power", D9),
    m("price_change", -4.71, "%", "辽宁成大|Liaoning Chengda", D9),
    m("price_change", -4.59, "%", "海通证券|Haitong Securities", D9),
    m("price_change", -4.17, "%", "天威保变|Tianwei Baobian", D9),
], [])

# zh10: PBOC benchmark rate cut, effective 2014-11-22 (Xinhua)
PBOC = "中国人民银行|央行|PBOC"; D10 = "2014-11-22"
G["zh10"] = ([
    m("rate_change", -0.4, "pp", PBOC, D10, basis="1-year lending benchmark"),
    m("rate", 5.6, "%", PBOC, D10, basis="1-year lending benchmark"),
    m("rate_change", -0.25, "pp", PBOC, D10, basis="1-year deposit benchmark"),
    m("rate", 2.75, "%", PBOC, D10, basis="1-year deposit benchmark"),
    m("deposit_rate_ceiling", 1.2, "x", PBOC, D10, prior=1.1, basis="multiple of deposit benchmark"),
], [])

# zh11: China CPI / PPI October 2021
CN = "中国|China"; D11 = "2021-10"
G["zh11"] = ([
    m("cpi", 1.5, "%", CN, D11, basis="yoy"),
    m("cpi", 0.7, "%", CN, D11, basis="mom"),
    m("price_change", 16.6, "%", "鲜菜|fresh vegetables", D11, basis="mom"),
    m("cpi_contribution", 0.34, "pp", "鲜菜|fresh vegetables", D11, opt=True),
    m("share_of_cpi_increase", 50, "%", "鲜菜|fresh vegetables", D11, opt=True),
    m("ppi", 13.5, "%", CN, D11, basis="yoy"), m("ppi_change", 2.8, "pp", CN, D11, basis="yoy rate vs previous month"),
    m("ppi", 2.5, "%", CN, D11, basis="mom"), m("ppi_change", 1.3, "pp", CN, D11, basis="mom rate vs previous month"),
    m("ppi_carryover_effect", 1.8, "pp", CN, D11, opt=True),
    m("ppi_new_price_effect", 11.7, "pp", CN, D11, opt=True),
    m("ppi_new_price_effect_change", 2.8, "pp", CN, D11, opt=True),
], [])

# zh12: China GDP and activity, first three quarters of 2017
P12 = "2017Q1-Q3"
G["zh12"] = ([
    m("gdp_growth", 6.9, "%", CN, P12, basis="yoy"),
    m("gdp_growth", 6.8, "%", CN, "2017Q3", basis="yoy"),
    m("gdp_growth", None, "%", CN, None, rng=(6.7, 6.9), opt=True, basis="9 consecutive quarters"),
    m("industrial_production_growth|industrial_value_added_growth", 6.7, "%", CN, P12, basis="yoy, real"),
    m("industrial_production_growth_change", 0.7, "pp", CN, P12, basis="vs year earlier"),
    m("services_production_index_growth", 8.3, "%", CN, P12, basis="yoy"),
    m("services_production_index_growth_change", 0.2, "pp", CN, P12, basis="vs year earlier"),
    m("fixed_asset_investment_growth|fai_growth", 7.5, "%", CN, P12, basis="yoy"),
    m("fixed_asset_investment_growth_change|fai_growth_change", -0.7, "pp", CN, P12, basis="vs year earlier"),
    m("retail_sales_growth", 10.4, "%", CN, P12, basis="yoy"),
    m("online_retail_sales_growth", 34.2, "%", CN, P12, basis="yoy"),
    m("online_retail_sales_growth_change", 8.1, "pp", CN, P12, basis="vs year earlier"),
    m("trade_growth|imports_exports_growth", 16.6, "%", CN, P12, basis="yoy"),
    m("capacity_utilization", 76.6, "%", CN, P12),
    m("capacity_utilization_change", 3.5, "pp", CN, P12, basis="vs year earlier"),
    m("unsold_housing_area_growth", -12.2, "%", CN, "2017-09", opt=True, basis="end of month, yoy"),
    m("debt_to_asset_ratio", 55.7, "%", "规上工业企业|industrial enterprises", "2017-08", opt=True),
    m("debt_to_asset_ratio_change", -0.7, "pp", "规上工业企业|industrial enterprises", "2017-08", opt=True),
    m("cost_per_100_revenue", 85.68, "CNY", "规上工业企业|industrial enterprises", "2017-01..08", opt=True),
    m("cost_per_100_revenue_change", -0.12, "CNY", "规上工业企业|industrial enterprises", "2017-01..08", opt=True),
    m("investment_growth_gap", 17.5, "pp", "生态保护和环境治理业|ecological protection", P12, opt=True),
    m("investment_growth_gap", 16.2, "pp", "公共设施管理业|public facilities management", P12, opt=True),
    m("investment_growth_gap", 8.7, "pp", "农业|agriculture", P12, opt=True),
], [])

# zh13: China official PMI August 2023 (China News Service)
MFG = "中国制造业|China manufacturing"; D13 = "2023-08"
G["zh13"] = ([
    m("pmi", 49.7, "%", MFG, D13), m("pmi_change", 0.4, "pp", MFG, D13, basis="mom"),
    m("industries_surveyed", 21, "industries", MFG, D13, opt=True),
    m("industries_pmi_rising", 12, "industries", MFG, D13, opt=True),
    m("pmi_production|pmi", 51.9, "%", "生产指数|production index", D13),
    m("pmi_new_orders|pmi", 50.2, "%", "新订单指数|new orders index", D13),
    m("pmi_purchases|pmi", 50.5, "%", "采购量指数|purchase quantity index", D13),
    m("pmi_change", 1.0, "pp", "采购量指数|purchase quantity index", D13, basis="mom"),
    m("pmi", 50.8, "%", "大型企业|large enterprises", D13), m("pmi_change", 0.5, "pp", "大型企业|large enterprises", D13, basis="mom"),
    m("pmi", 49.6, "%", "中型企业|medium enterprises", D13), m("pmi_change", 0.6, "pp", "中型企业|medium enterprises", D13, basis="mom"),
    m("pmi", 47.7, "%", "小型企业|small enterprises", D13), m("pmi_change", 0.3, "pp", "小型企业|small enterprises", D13, basis="mom"),
    m("pmi_expectations|pmi", 55.6, "%", "生产经营活动预期指数|business expectations index", D13),
    m("pmi_change", 0.5, "pp", "生产经营活动预期指数|business expectations index", D13, basis="mom"),
    m("pmi_non_manufacturing|pmi", 51.0, "%", "中国非制造业|China non-manufacturing", D13, basis="business activity index"),
    m("pmi_services|pmi", 50.5, "%", "服务业|services", D13, basis="business activity index"),
    m("pmi_change", -1.0, "pp", "服务业|services", D13, basis="mom"),
], [])

# zh14: China Merchants group companies announce buybacks, 2024-10-16 (Xinhua Finance via Sina)
D14 = "2024-10-16"
rows14 = [("招商蛇口|China Merchants Shekou", 3.51e8, 7.02e8, 15.68),
          ("招商公路|China Merchants Expressway", 3.10e8, 6.18e8, 18.10),
          ("中国外运|Sinotrans", 2.71e8, 5.42e8, 7.43),
          ("招商积余|China Merchants Property Operation", 0.78e8, 1.56e8, 14.90)]
mt = []
for e, lo, hi, px in rows14:
    mt += [m("buyback", None, "CNY", e, D14, rng=(lo, hi)), m("buyback_max_price|price", px, "CNY", e, D14)]
mt.append(m("buyback_and_share_purchase_cap|buyback", None, "CNY", "招商局集团旗下上市公司|China Merchants Group listed companies",
            D14, rng=(None, 5e9), basis="combined cap of planned buybacks and shareholder purchases"))
G["zh14"] = (mt, [])

# ---------------- Traditional / Hong Kong ----------------
# zh15: UBS table for mainland banks (AASTOCKS, traditional), two rating changes, all targets raised
UBS = "瑞銀|UBS"
rows15 = [("工商銀行|工行|ICBC", -0.020, -0.345, 1.82e8, 15.285, "buy", None, 7.79, 5.98),
          ("建設銀行|建行|CCB", -0.020, -0.266, 4.42e8, 22.009, "buy", None, 10.2, 7.4),
          ("中國銀行|中行|Bank of China", -0.060, -1.389, 3.02e8, 23.744, "buy", None, 5.9, 4.7),
          ("交通銀行|交行|BoCom", -0.040, -0.591, 2.46e7, 16.231, "buy", "neutral", 8.6, 5.95),
          ("中信銀行|CITIC Bank", -0.120, -1.695, 3.46e7, 12.446, "buy", None, 9.3, 9),
          ("農業銀行|農行|ABC", -0.050, -0.943, 1.13e8, 22.250, "neutral", None, 5.85, 4.8),
          ("招商銀行|招行|CMB", 0.040, 0.083, 1.97e8, 31.838, "neutral", "buy", 56, 52),
          ("郵儲銀行|PSBC", -0.040, -0.734, 5.56e7, 32.160, "neutral", None, 6.1, 4.5),
          ("民生銀行|Minsheng Bank", -0.030, -0.671, 1.70e7, 13.576, "neutral", None, 5.43, 3.75)]
mt, rt = [], []
for e, c, p, s, r, rating, prating, tp, ptp in rows15:
    mt += q(e, c, p, s, r); mt.append(m("target_price", tp, "HKD", e, prior=ptp))
    if prating is None: act = "raise_target"
    else: act = "upgrade" if prating == "neutral" else "downgrade"
    rt.append(ra(UBS, e, act, rating, prating, tp, ptp, "HKD"))
# related-news headlines embedded in the table
mt += [m("net_profit", 2.138e10, "CNY", "民生銀行|Minsheng Bank", "2025H1", opt=True),
       m("net_profit_growth", -4.9, "%", "民生銀行|Minsheng Bank", "2025H1", opt=True),
       m("dividend", 0.136, "CNY", "民生銀行|Minsheng Bank", "2025H1", opt=True, basis="interim"),
       m("net_profit", 7.493e10, "CNY", "招商銀行|招行|CMB", "2025H1", opt=True),
       m("net_profit_growth", 0.25, "%", "招商銀行|招行|CMB", "2025H1", opt=True),
       m("net_profit", 1.621e11, "CNY", "建行|建設銀行|CCB", "2025H1", opt=True),
       m("net_profit_growth", -1.37, "%", "建行|建設銀行|CCB", "2025H1", opt=True),
       m("dividend", 0.1858, "CNY", "建行|建設銀行|CCB", "2025H1", opt=True, basis="interim")]
G["zh15"] = (mt, rt)

# zh16: BofA Securities cuts BOC target after 2023 interim results
BOFA = "美銀證券|美銀|BofA Securities"; BOC_T = "中國銀行|中行|Bank of China"
G["zh16"] = ([
    m("net_profit", 1.201e11, "CNY", BOC_T, "2023H1"), m("net_profit_growth", 0.8, "%", BOC_T, "2023H1", basis="yoy"),
    m("profit_vs_broker_estimate", -1.7, "%", BOC_T, "2023H1", opt=True),
    m("core_earnings_growth", 5.7, "%", BOC_T, "2023H1"),
    m("roe", 10.3, "%", BOC_T, "2023H1"), m("roe_change", -1, "pp", BOC_T, "2023H1", basis="yoy"),
    m("cet1_ratio", 11.29, "%", BOC_T, "2023H1"), m("cet1_ratio_change", -4, "bp", BOC_T, "2023H1"),
    m("earnings_forecast_change", None, "%", BOC_T, None, rng=(-11, -5), basis="2023-2025"),
    m("target_price", 3.66, "HKD", BOC_T, prior=4.02, basis="H-share"),
], [
    ra(BOFA, BOC_T, "cut_target", "buy", None, 3.66, 4.02, "HKD"),
])

# zh17: China Traditional Chinese Medicine FY2024 results (etnet; full-width decimal points, hard wraps)
TCM = "中國中藥|China TCM|China Traditional Chinese Medicine"
G["zh17"] = ([
    m("net_profit", 5.4067e7, "CNY", TCM, "FY2024"), m("net_profit_growth", -95.8, "%", TCM, "FY2024", basis="yoy"),
    m("eps", 0.0107, "CNY", TCM, "FY2024"),
    m("dividend", 0.0035, "HKD", TCM, "FY2024", basis="final, per share"),
    m("special_dividend|dividend", 0.083, "HKD", TCM, "FY2024", basis="special, per share"),
    m("dividend", 0.0865, "HKD", TCM, "FY2024", basis="final + special"),
    m("revenue", 1.651e10, "CNY", TCM, "FY2024"), m("revenue_growth", -8.9, "%", TCM, "FY2024", basis="yoy"),
    m("gross_profit", 7.856e9, "CNY", TCM, "FY2024"), m("gross_profit_growth", -15.3, "%", TCM, "FY2024", basis="yoy"),
    m("pretax_profit", 1.63e8, "CNY", TCM, "FY2024"), m("pretax_profit_growth", -86.7, "%", TCM, "FY2024", basis="yoy"),
], [])

# zh18: A-share wrap in Hong Kong style (HKEJ); date not in the text
SSE_T = "上證指數|滬指|Shanghai Composite"; SZ_T = "深成指|深證成指|Shenzhen Component"
sectors18 = ["化工|chemicals", "生物製藥|biopharma", "房地產|property", "水泥|cement", "傳媒娛樂|media",
             "有色金屬|non-ferrous metals", "石油|oil", "鋼鐵|steel"]
G["zh18"] = ([
    m("index_change", -2.7, "%", SSE_T, opt=True, basis="week, headline (approx.)"),
    m("index_change", -22, "points", SSE_T),
    m("turnover", 5.426e11, "CNY", "兩市|滬深兩市|A-shares"),
    m("index_change", -76, "points", SSE_T, basis="week"), m("index_change", -2.69, "%", SSE_T, basis="week"),
    m("index_change", 15, "points", SSE_T, opt=True, basis="intraday"), m("index_change", 0.57, "%", SSE_T, opt=True, basis="intraday"),
    m("index_level", 2804, "points", SSE_T, opt=True, basis="intraday high"),
    m("index_level", 2765, "points", SSE_T, basis="close"), m("index_change", -0.81, "%", SSE_T),
    m("turnover", 2.2857e11, "CNY", SSE_T),
    m("index_change", 11, "points", SZ_T, opt=True, basis="intraday"), m("index_change", 0.13, "%", SZ_T, opt=True, basis="intraday"),
    m("index_level", 8260, "points", SZ_T, opt=True, basis="intraday high"),
    m("index_change", -120, "points", SZ_T, opt=True, basis="intraday"), m("index_change", -1.47, "%", SZ_T, opt=True, basis="intraday"),
    m("index_level", 8128, "points", SZ_T, opt=True, basis="intraday low"),
    m("index_level", 8130, "points", SZ_T, basis="close"),
    m("index_change", -118, "points", SZ_T), m("index_change", -1.44, "%", SZ_T),
    m("turnover", 3.14062e11, "CNY", SZ_T),
    m("index_level", 3231, "points", "滬深300指數|滬深300|CSI 300"),
    m("index_change", -26, "points", "滬深300指數|滬深300|CSI 300"), m("index_change", -0.81, "%", "滬深300指數|滬深300|CSI 300"),
    m("index_level", 1538, "points", "創業板指數|創業板|ChiNext"),
    m("index_change", -26, "points", "創業板指數|創業板|ChiNext"), m("index_change", -1.7, "%", "創業板指數|創業板|ChiNext"),
    m("price_change|sector_change", -2, "%", "煤炭股|coal stocks"),
] + [m("price_change|sector_change", None, "%", s, rng=(None, -1), opt=True) for s in sectors18], [])

# zh19: Hong Kong wrap, Yahoo HK; date not in the text
HSI = "恒生指數|恒指|Hang Seng Index"
G["zh19"] = ([
    m("index_level", 31733, "points", HSI, opt=True, basis="intraday high"),
    m("gap_to_record", 225, "points", HSI, opt=True),
    m("index_level", 31338, "points", HSI, basis="close"), m("index_change", -73, "points", HSI),
    m("turnover", 1.686e11, "HKD", "主板|Main Board"),
    m("price", 448.8, "HKD", "騰訊|Tencent", opt=True, basis="intraday high"),
    m("price_change", None, "%", "騰訊|Tencent", rng=(None, -2), opt=True),
    m("price", 433.2, "HKD", "騰訊|Tencent", basis="close"),
    m("price_change", 0.5, "%", "滙控|HSBC"), m("price", 84.1, "HKD", "滙控|HSBC"),
    m("price_change", -5, "%", "碧桂園|Country Garden"),
    m("price_change", None, "%", "融創中國|Sunac", rng=(None, -6), opt=True),
    m("price_change", None, "%", "華潤置地|China Resources Land", rng=(None, -3), opt=True),
    m("price_change", None, "%", "平保|Ping An", rng=(2, None), opt=True),
    m("price_change", 1, "%", "農行|ABC"),
    m("price_change", None, "%", "金沙中國|Sands China", rng=(5, None), opt=True),
    m("price_change", None, "%", "銀河娛樂|Galaxy Entertainment", rng=(3, None), opt=True),
    m("price", 5.84, "HKD", "希瑪眼科|C-MER Eye Care", opt=True, basis="first-day high"),
    m("premium_to_ipo_price|price_change", None, "%", "希瑪眼科|C-MER Eye Care", rng=(100, None), opt=True, basis="intraday high vs IPO price"),
    m("price", 5.11, "HKD", "希瑪眼科|C-MER Eye Care", basis="first-day close"),
    m("premium_to_ipo_price|price_change", None, "%", "希瑪眼科|C-MER Eye Care", rng=(76, None), opt=True, basis="close vs IPO price"),
], [])

# zh20: Hong Kong midday wrap, 881903; date not in the text
HSCEI_T = "國企指數|HSCEI"
G["zh20"] = ([
    m("index_change", -190, "points", HSI, opt=True, basis="open"),
    m("index_level", 20881, "points", HSI, opt=True, basis="intraday low"),
    m("index_level", 21117, "points", HSI, basis="midday close"), m("index_change", 46, "points", HSI),
    m("turnover", 3.29e10, "HKD", "港股|HK market", basis="morning session"),
    m("index_level", 11721, "points", HSCEI_T), m("index_change", 80, "points", HSCEI_T),
    m("price_change", -5, "%", "信和置業|Sino Land"), m("price", 13.34, "HKD", "信和置業|Sino Land"), m("price_change", -0.74, "HKD", "信和置業|Sino Land"),
    m("price_change", -4, "%", "新鴻基地產|新鴻基|SHKP"), m("price_change", -4, "%", "新世界發展|New World Development"),
    m("price", 110.1, "HKD", "新鴻基地產|新鴻基|SHKP"), m("price_change", -4.6, "HKD", "新鴻基地產|新鴻基|SHKP"),
    m("price_change", -8, "%", "美聯集團|Midland Holdings"),
    m("price_change", None, "%", "中移動|China Mobile", rng=(1, None), opt=True),
    m("price", 84.05, "HKD", "中移動|China Mobile"), m("price_change", 1.5, "HKD", "中移動|China Mobile"),
    m("price_change", 3, "%", "富士康|FIH Mobile"), m("price", 5.9, "HKD", "富士康|FIH Mobile"), m("price_change", 0.18, "HKD", "富士康|FIH Mobile"),
    m("price_change", 1, "%", "建設銀行|建行|CCB"), m("price_change", 1, "%", "國壽|China Life"),
    m("price", 6.62, "HKD", "建設銀行|建行|CCB"),
    m("price_change", 2, "%", "百麗國際|Belle International"), m("price_change", 3, "%", "中煤能源|China Coal Energy"),
    m("price", 10.9, "HKD", "中煤能源|China Coal Energy"), m("price_change", 0.4, "HKD", "中煤能源|China Coal Energy"),
    m("price", 13.22, "HKD", "百麗國際|Belle International"),
], [])

# zh21: Hong Kong banks raise prime rate (Now TV); date not in the text
HSBC_T = "滙豐銀行|滙豐|HSBC"
G["zh21"] = ([
    m("rate_change", 25, "bp", "美國聯儲局|Fed"),
    m("rate_change", 12.8, "bp", "滙豐銀行、中銀香港、恒生銀行及渣打銀行|滙豐|中銀香港|恒生銀行|渣打銀行|HK banks", basis="HKD prime rate (as printed)"),
    m("rate_change", 25, "bp", "永亨|Wing Hang Bank", basis="HKD prime rate"),
    m("rate", 5.5, "%", "永亨|Wing Hang Bank", basis="HKD prime rate"),
    m("rate_change", 12.5, "bp", HSBC_T, basis="HKD prime rate"),
    m("rate", 5.125, "%", HSBC_T, prior=5, basis="HKD prime rate"),
    m("rate", 0.125, "%", HSBC_T, prior=0.001, basis="HKD savings deposit rate"),
    m("rate", 0.125, "%", "中銀、恒生及渣打香港|中銀|恒生|渣打香港", prior=0.01, basis="HKD savings deposit rate"),
    m("interest_income", 6.25, "HKD", "港元儲蓄存款|HKD savings deposit", prior=0.5, opt=True, basis="annual interest on HKD 5000"),
], [])

# zh22: HIBOR fixings, etnet 2026-01-08 (text + table; each figure labelled once)
HIB = "香港銀行同業拆息|港元拆息|HIBOR"; D22 = "2026-01-08"
tenors22 = [("1-month", 3.00798, 5.28), ("3-month", 2.99524, 2.262), ("overnight", 4.00357, 35.238),
            ("1-week", 3.27655, 15.369), ("2-week", 3.1675, 4.821), ("6-month", 3.03089, 0.178),
            ("12-month", 3.07518, 0.536), ("2-month", 2.99167, 2.471)]
mt = [m("hibor|rate", 3.01, "%", HIB, D22, opt=True, basis="1-month, headline (rounded)")]
for t, lvl, chg in tenors22:
    mt += [m("hibor|rate", lvl, "%", HIB, D22, basis=t), m("hibor_change|rate_change", chg, "bp", HIB, D22, basis=t)]
mt += [m("exchange_rate", None, "HKD per USD", "港元匯價|HKD", D22, rng=(7.7856, 7.7882), opt=True, basis="intraday range"),
       m("exchange_rate", 7.7878, "HKD per USD", "港元匯價|HKD", D22, basis="latest")]
G["zh22"] = (mt, [])

# zh23: Peijia Medical IPO allotment (RTHK, 2020-05-14)
PJ = "沛嘉醫療|Peijia Medical"
G["zh23"] = ([
    m("oversubscription", None, "x", PJ, rng=(1183, None), basis="Hong Kong public offer"),
    m("offer_share_pct", 50, "%", PJ, opt=True, basis="public offer after reallocation, approx."),
    m("lot_size", 1000, "shares", PJ, opt=True),
    m("allotment_ratio", 8.5, "%", PJ, opt=True, basis="one lot"),
    m("oversubscription", None, "x", PJ, rng=(20, None), opt=True, basis="international offer"),
    m("ipo_price", 15.36, "HKD", PJ),
    m("funds_raised", 2.2e9, "HKD", PJ, basis="net proceeds"),
], [])

# zh24: Tencent and Hong Kong buybacks in 2022 (Market Digest)
TC = "騰訊|Tencent"; HKCOS = "港股公司|HK-listed companies"; CM = "中移動|China Mobile"
G["zh24"] = ([
    m("buyback", 2.8e9, "HKD", TC, "2022", basis="year to date"),
    m("buyback", 6e8, "HKD", TC, "2022-03", basis="late March"),
    m("buyback", 3e8, "HKD", TC, "2022-03-28"), m("buyback_shares", 8.18e5, "shares", TC, "2022-03-28"),
    m("buyback_shares", 8.38e5, "shares", TC, "2022-03-25"),
    m("buyback_count", 13, "times", TC, "2022", opt=True),
    m("buyback_shares", None, "shares", TC, "2022", rng=(6.48e6, None), opt=True, basis="year to date"),
    m("buyback", 2.6e9, "HKD", TC, "FY2021"),
    m("buyback", 9.9e9, "HKD", HKCOS, "2022", basis="year to date"),
    m("buyback_growth", 277, "%", HKCOS, "2022", basis="yoy"),
    m("companies", 80, "companies", HKCOS, "2022-01", opt=True),
    m("buyback", 5.8e9, "HKD", HKCOS, "2022-01"),
    m("buyback_growth", 495.5, "%", HKCOS, "2022-01", basis="yoy"),
    m("price_change", 3, "%", "友邦|AIA", "2022", basis="year to date"),
    m("price_change", 18, "%", CM, "2022", basis="year to date"),
    m("buyback_shares", None, "shares", CM, rng=(None, 2.048e9), basis="planned cap"),
    m("buyback_share_pct", 10, "%", CM, opt=True, basis="of issued H shares"),
    m("dividend_growth", 40, "%", CM, "FY2021", basis="final dividend, yoy"),
    m("payout_ratio", None, "%", CM, rng=(70, None), opt=True, basis="Morgan Stanley forecast, next three years"),
], [])

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    src = {}
    for line in open(os.path.join(here, "sources.tsv"), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        src[parts[0]] = parts[2]
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for k in sorted(G):
            mets, ras = G[k]
            f.write(json.dumps({"source": src[k], "lang": "zh", "text_file": f"texts/{k}.txt",
                                "metrics": mets, "rating_actions": ras}, ensure_ascii=False) + "\n")
    n = len(G); nm = sum(len(v[0]) for v in G.values()); no = sum(1 for v in G.values() for x in v[0] if x["optional"])
    nr = sum(len(v[1]) for v in G.values()); nro = sum(1 for v in G.values() for x in v[1] if x["optional"])
    print(f"passages={n} metrics={nm} (key={nm-no}, optional={no}) rating_actions={nr} (optional={nro})")
