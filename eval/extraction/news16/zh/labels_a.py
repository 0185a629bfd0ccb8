# Hand labels for news16/zh passages zh01-zh06 (batch a), written from the texts alone (no extractor output
# seen). Loaded by build_labels.py (m, ra, G provided). Mainland context: 元 / 亿元 = CNY. No year is taken from outside
# the text; months printed without a year get period None with the month in basis (as news15 zh03-zh05).

# zh01: Zheshang Securities (浙商证券) note on Sinoma Science & Technology (中材科技) 2024 interim results, reportify
# digest with " - " bullets and citation markers, Simplified, A share (元 = CNY). "给予'买入'评级" with no change and no
# target -> maintain buy, target None (news7/news9 "给予" rule). 2024H1 and 2024Q2 figures as printed; 环比 = qoq.
# The excerpt leaves out the digest's glass-fibre section for length. Business lines own their figures (entity = the
# segment, as news10 zh03's segments): blades' volume in GW (unit "GW"), separators' volume 8.1亿平米 -> 8.1e8 "m2";
# the separators' unit-cost fall (-3.4 %) is key. "预计2024-2026年" net profit, EPS and PE are forecasts (FY2024-FY2026);
# the PE row per year is "pe_ratio" with basis forecast (news10 zh02). "pct" changes -> pp.
ZC = "中材科技|002080|Sinoma Science & Technology|Sinoma Sci-Tech"
ZS = "浙商证券|Zheshang Securities"
BL = "风电叶片|风电叶片业务|wind turbine blades"
SEP = "锂电池隔膜|锂电隔膜|锂电隔膜业务|lithium battery separators"
H1, Q2 = "2024H1", "2024Q2"
G["zh01"] = ([
    m("revenue", 1.0540e10, "CNY", ZC, H1), m("revenue_growth", -14.86, "%", ZC, H1, basis="yoy"),
    m("net_profit", 4.65e8, "CNY", ZC, H1, basis="attributable"),
    m("net_profit_growth", -66.60, "%", ZC, H1, basis="yoy, attributable"),
    m("net_profit", 2.34e8, "CNY", ZC, H1, basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", -81.25, "%", ZC, H1, basis="yoy, attributable, excluding non-recurring items"),
    m("revenue", 6.110e9, "CNY", ZC, Q2), m("revenue_growth", -16.71, "%", ZC, Q2, basis="yoy"),
    m("revenue_growth", 37.91, "%", ZC, Q2, basis="qoq"),
    m("net_profit", 2.48e8, "CNY", ZC, Q2, basis="attributable"),
    m("net_profit_growth", -74.60, "%", ZC, Q2, basis="yoy, attributable"),
    m("net_profit_growth", 14.89, "%", ZC, Q2, basis="qoq, attributable"),
    m("sales_volume|shipments", 7.52, "GW", BL, H1), m("sales_volume_growth|shipments_growth", -21.6, "%", BL, H1, basis="yoy"),
    m("revenue", 2.83e9, "CNY", BL, H1), m("revenue_growth", -34.13, "%", BL, H1, basis="yoy"),
    m("gross_margin", 15.54, "%", BL, H1), m("gross_margin_change", -1.65, "pp", BL, H1, basis="yoy"),
    m("sales_volume|shipments", 8.1e8, "m2", SEP, H1), m("sales_volume_growth|shipments_growth", 15.1, "%", SEP, H1, basis="yoy"),
    m("revenue", 7.6e8, "CNY", SEP, H1), m("revenue_growth", -24.4, "%", SEP, H1, basis="yoy"),
    m("unit_cost_change|unit_cost_growth", -3.4, "%", SEP, H1, basis="yoy"),
    m("net_profit_forecast|net_profit", 1.360e9, "CNY", ZC, "FY2024", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.646e9, "CNY", ZC, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 2.078e9, "CNY", ZC, "FY2026", basis="forecast, attributable"),
    m("eps_forecast|eps", 0.81, "CNY", ZC, "FY2024", basis="forecast"),
    m("eps_forecast|eps", 0.98, "CNY", ZC, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 1.24, "CNY", ZC, "FY2026", basis="forecast"),
    m("pe_ratio", 12, "x", ZC, "FY2024", basis="forecast"),
    m("pe_ratio", 10, "x", ZC, "FY2025", basis="forecast"),
    m("pe_ratio", 8, "x", ZC, "FY2026", basis="forecast"),
], [
    ra(ZS, ZC, "maintain", "buy", None, None, None, None),
])

# zh02: Yongxing Special Materials (永兴特种材料科技股份有限公司) 2024 interim profit-warning notice (业绩预告), stockstar
# digest with " - " bullets, Simplified, A share; amounts in 万元 scaled to CNY. "2024年半年度" (1月1日-6月30日) ->
# 2024H1; "上年同期" -> 2023H1. Forecast bands are ranges (value None); "下降56.93%至62.70%" -> rng stored low to high
# (-62.70, -56.93). The year-earlier figures ("上年同期盈利190,368.77万元") are rows of their own with period 2023H1, as
# news10 zh02 ("上年同期 1.47亿元") and the news11/news12 year-earlier columns, not a prior on the range row (decided so
# because the forecast row is a band and the earlier sets keep year-earlier amounts as own rows). EPS band per share in
# CNY. "同向下降" carries no figure; the cause sentence (碳酸锂价格大幅下滑) has no figure -> not labelled.
YX = "永兴特种材料科技股份有限公司|永兴材料|永兴特材|Yongxing Special Materials"
H1, H0 = "2024H1", "2023H1"
G["zh02"] = ([
    m("net_profit_forecast|net_profit", None, "CNY", YX, H1, rng=(7.1e8, 8.2e8), basis="attributable, preliminary forecast"),
    m("net_profit_growth_forecast|net_profit_growth", None, "%", YX, H1, rng=(-62.70, -56.93), basis="yoy, attributable, forecast"),
    m("net_profit", 1.9036877e9, "CNY", YX, H0, basis="attributable, year-earlier"),
    m("net_profit_forecast|net_profit", None, "CNY", YX, H1, rng=(5.4e8, 6.5e8),
      basis="attributable, excluding non-recurring items, preliminary forecast"),
    m("net_profit_growth_forecast|net_profit_growth", None, "%", YX, H1, rng=(-71.72, -65.96),
      basis="yoy, excluding non-recurring items, forecast"),
    m("net_profit", 1.9095890e9, "CNY", YX, H0, basis="excluding non-recurring items, year-earlier"),
    m("eps_forecast|eps", None, "CNY", YX, H1, rng=(1.32, 1.53), basis="basic, forecast"),
    m("eps", 3.55, "CNY", YX, H0, basis="basic, year-earlier"),
], [])

# zh03: China autos production and sales for February and January-February (CAAM-style release reposted by OFweek),
# Simplified. The passage names neither the year nor the association -> period None on every row (month in basis),
# entity the vehicle class as printed (汽车 / 乘用车 / 商用车); the headline line was written for the rewrite (the stored
# excerpt has none) and carries no figure. 万辆 scaled to vehicles. 环比 = mom, 同比 = yoy; every level, mom and yoy move
# is key (the release's own figures). "产销A和B，同比下降X和Y" pairs are split in order (production, sales).
AU = "汽车|汽车行业|autos|motor vehicles"
PC = "乘用车|passenger cars|passenger vehicles"
CV = "商用车|commercial vehicles"
F, JF = "February", "January-February"
def _cars(ent, prod, p_mom, p_yoy, sales, s_mom, s_yoy):
    return [
        m("vehicle_production|production_volume|production", prod, "vehicles", ent, None, basis=F),
        m("vehicle_production_growth|production_growth", p_mom, "%", ent, None, basis="mom, " + F),
        m("vehicle_production_growth|production_growth", p_yoy, "%", ent, None, basis="yoy, " + F),
        m("vehicle_sales|sales_volume", sales, "vehicles", ent, None, basis=F),
        m("vehicle_sales_growth|sales_volume_growth", s_mom, "%", ent, None, basis="mom, " + F),
        m("vehicle_sales_growth|sales_volume_growth", s_yoy, "%", ent, None, basis="yoy, " + F),
    ]
def _cars_cum(ent, prod, sales, p_yoy, s_yoy):
    return [
        m("vehicle_production|production_volume|production", prod, "vehicles", ent, None, basis=JF + ", cumulative"),
        m("vehicle_sales|sales_volume", sales, "vehicles", ent, None, basis=JF + ", cumulative"),
        m("vehicle_production_growth|production_growth", p_yoy, "%", ent, None, basis="yoy, " + JF),
        m("vehicle_sales_growth|sales_volume_growth", s_yoy, "%", ent, None, basis="yoy, " + JF),
    ]
G["zh03"] = (
    _cars(AU, 1.4098e6, -40.40, -17.37, 1.4816e6, -37.41, -13.77)
    + _cars(PC, 1.1403e6, -42.85, -20.77, 1.2195e6, -39.66, -17.35)
    + _cars(CV, 2.695e5, -27.18, 0.95, 2.621e5, -24.29, 8.02)
    + _cars_cum(AU, 3.7765e6, 3.8515e6, -14.08, -14.94)
    + _cars_cum(PC, 3.1369e6, 3.2432e6, -16.79, -17.51)
    + _cars_cum(CV, 6.396e5, 6.084e5, 2.27, 2.01),
    [])

# zh04: PBoC statistical report on the July 2018 increment of aggregate financing to the real economy (社会融资规模增量),
# Sina repost, Simplified. Title "2018年7月" -> period 2018-07 on every row. The total is the economy's (entity China);
# each component owns its figure (entity = the component, as news14's parts of a credit release), metric named after
# it. Flows are signed: 减少 -> negative. "比上年同期少 / 同比多增 / 同比多减 / 同比少" are yoy changes in the monthly flow,
# own rows in CNY: 多增 positive, 多减 and 少 negative (the flow is lower than a year earlier). The notes carry no
# figure except the date "2018年7月起" of the methodology change -> not labelled. The stored note 3 is numbered 注2 in
# the excerpt (its note 2 on data sources is left out).
CN = "中国|全国|China"
P = "2018-07"
RMB = "人民币贷款|对实体经济发放的人民币贷款|RMB loans"
FXL = "外币贷款|对实体经济发放的外币贷款|foreign-currency loans"
ENT = "委托贷款|entrusted loans"
TR = "信托贷款|trust loans"
BA = "未贴现的银行承兑汇票|银行承兑汇票|undiscounted bankers' acceptances"
CB = "企业债券|corporate bonds"
EQ = "非金融企业境内股票|境内股票融资|domestic equity financing"
YC = "yoy change in the monthly flow"
G["zh04"] = ([
    m("social_financing|tsf_increment|aggregate_financing", 1.04e12, "CNY", CN, P, basis="monthly increment, preliminary"),
    m("social_financing_change|tsf_increment_change", -1.242e11, "CNY", CN, P, basis=YC + " (比上年同期少)"),
    m("new_rmb_loans|new_loans|tsf_component", 1.29e12, "CNY", RMB, P, basis="to the real economy"),
    m("new_rmb_loans_change|new_loans_change|tsf_component_change", 3.709e11, "CNY", RMB, P, basis=YC + " (同比多增)"),
    m("new_fx_loans|fx_loans_change|tsf_component", -7.73e10, "CNY", FXL, P, basis="RMB equivalent, to the real economy"),
    m("new_fx_loans_change|tsf_component_change", -5.6e10, "CNY", FXL, P, basis=YC + " (同比多减)"),
    m("entrusted_loans|tsf_component", -9.5e10, "CNY", ENT, P),
    m("entrusted_loans_change|tsf_component_change", -1.113e11, "CNY", ENT, P, basis=YC + " (同比多减)"),
    m("trust_loans|tsf_component", -1.192e11, "CNY", TR, P),
    m("trust_loans_change|tsf_component_change", -2.424e11, "CNY", TR, P, basis=YC + " (同比多减)"),
    m("bankers_acceptances|tsf_component", -2.744e11, "CNY", BA, P),
    m("bankers_acceptances_change|tsf_component_change", -7.07e10, "CNY", BA, P, basis=YC + " (同比多减)"),
    m("corporate_bond_financing|net_bond_financing|tsf_component", 2.237e11, "CNY", CB, P, basis="net financing"),
    m("corporate_bond_financing_change|tsf_component_change", -3.84e10, "CNY", CB, P, basis=YC + " (同比少)"),
    m("equity_financing|tsf_component", 1.75e10, "CNY", EQ, P, basis="non-financial enterprises, domestic"),
    m("equity_financing_change|tsf_component_change", -3.61e10, "CNY", EQ, P, basis=YC + " (同比少)"),
], [])

# zh05: China News Service (中新网) report on a Shanghai gold-futures close (mirror site), Simplified. "24日" and "4月29日"
# print no year (and the day's month is not printed) -> period None. Each contract is its own entity (the December
# contract is the most active / main contract). Prices per gram labelled in CNY with "per gram" in basis (the development
# corpus writes the currency alone; news13 did the same for 元/吨). Close and its move against the previous settlement
# price (元 and %) key; the December contract's gapped-up open 316.00 is an intraday figure -> optional. The count of 8
# traded contracts is optional; volume 16052手 (lots) and turnover 50.84亿元 key, entity the exchange's gold futures.
# "明年1月份" etc. are delivery months, not periods. The far-month May contract did not trade -> nothing labelled.
GD = "黄金期货12月份合约|黄金期货主力合约|沪金主力|SHFE gold December contract"
G6 = "黄金期货6月份交割合约|现货6月份交割合约|SHFE gold June contract"
G1 = "黄金期货明年1月份交割合约|明年1月份交割合约|SHFE gold January contract"
G2 = "黄金期货明年2月份交割合约|明年2月份交割合约|SHFE gold February contract"
G3 = "黄金期货明年3月份交割合约|明年3月份交割合约|SHFE gold March contract"
SHG = "上海期货交易所黄金期货|上期所黄金期货|上海期货交易所|SHFE gold futures"
PG = "close, per gram"
VS = "vs previous settlement price"
G["zh05"] = ([
    m("futures_price|price", 316.00, "CNY", GD, None, opt=True, basis="open, per gram, gap up"),
    m("futures_price|price|close_price", 317.09, "CNY", GD, None, basis=PG),
    m("price_change|futures_price_change", 2.34, "CNY", GD, None, basis=VS),
    m("price_change|futures_price_change", 0.74, "%", GD, None, basis=VS),
    m("futures_price|price|close_price", 318.00, "CNY", G6, None, basis=PG),
    m("price_change|futures_price_change", 1.48, "CNY", G6, None, basis=VS),
    m("price_change|futures_price_change", 0.47, "%", G6, None, basis=VS),
    m("futures_price|price|close_price", 316.40, "CNY", G1, None, basis=PG),
    m("price_change|futures_price_change", 1.69, "CNY", G1, None, basis=VS),
    m("price_change|futures_price_change", 0.54, "%", G1, None, basis=VS),
    m("futures_price|price|close_price", 316.60, "CNY", G2, None, basis=PG),
    m("price_change|futures_price_change", 3.23, "CNY", G2, None, basis=VS),
    m("price_change|futures_price_change", 1.03, "%", G2, None, basis=VS),
    m("futures_price|price|close_price", 316.70, "CNY", G3, None, basis=PG),
    m("price_change|futures_price_change", 1.65, "CNY", G3, None, basis=VS),
    m("price_change|futures_price_change", 0.52, "%", G3, None, basis=VS),
    m("contracts_traded", 8, "contracts", SHG, None, opt=True, basis="listed contracts with trades"),
    m("trading_volume|volume", 16052, "lots", SHG, None),
    m("turnover|trading_value", 5.084e9, "CNY", SHG, None),
], [])

# zh06: GF Hang Seng (广证恒生) Stock Connect monthly, opening section on northbound and southbound flows (Sina repost),
# Simplified; amounts in 亿元 -> CNY (mainland broker; the southbound figures are printed in 元 too). The title prints
# "-20200403", so "上月" -> 2020-03, "今年以来3个月" -> 2020-01..03 and "19年同期" -> 2019-01..03 (news6: periods from a
# date the passage prints). Net outflows are negative net_inflow rows (news13 zh09 precedent); "环比减少/增加" are mom
# changes of the month's net flow (signed). The lead's 678.7亿元 repeats the body's -678.73亿元 rounded -> optional
# (news7/news13 rounded repeats). The 19年同期 northbound inflow "1254.4" prints no unit -> optional (news12: figures
# with no printed currency), CNY 亿 assumed; the change against it (减少1,433.3亿元) is key. The ~76亿元 gap between the
# two northbound channels and the thirteen-month streak are optional.
NB = "北上资金|北向资金|北上|northbound|Stock Connect northbound"
SHC = "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect northbound"
SZC = "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect northbound"
SB = "港股通|沪深市港股通|南下资金|southbound"
SHS = "沪市港股通|southbound via Shanghai|Shanghai Connect southbound"
SZS = "深市港股通|southbound via Shenzhen|Shenzhen Connect southbound"
M, YTD, Y19 = "2020-03", "2020-01..03", "2019-01..03"
NF = "net_inflow|net_flow|fund_flow"
NFC = "net_inflow_change|net_flow_change"
G["zh06"] = ([
    m(NF, -6.787e10, "CNY", NB, M, opt=True, basis="monthly, lead, rounded"),
    m(NF, -6.7873e10, "CNY", NB, M, basis="monthly; record monthly net outflow"),
    m(NFC, -7.946e10, "CNY", NB, M, basis="mom"),
    m("net_outflow_difference", 7.6e9, "CNY", "沪股通 vs 深股通|Shanghai vs Shenzhen Connect", M, opt=True,
      basis="沪股通 outflow exceeds 深股通's, 约"),
    m(NF, -3.774e10, "CNY", SHC, M, basis="monthly"),
    m(NFC, -4.653e10, "CNY", SHC, M, basis="mom, 约"),
    m(NF, -3.014e10, "CNY", SZC, M, basis="monthly"),
    m(NFC, -3.292e10, "CNY", SZC, M, basis="mom, 约"),
    m(NF, -1.79e10, "CNY", NB, YTD, basis="year to date, cumulative"),
    m(NF, 1.2544e11, "CNY", NB, Y19, opt=True, basis="same period a year earlier; unit not printed"),
    m(NFC, -1.4333e11, "CNY", NB, YTD, basis="vs same period of 2019"),
    m(NF, 1.3974e11, "CNY", SB, M, basis="monthly; record since Stock Connect opened"),
    m("inflow_streak", 13, "months", SB, M, opt=True, basis="consecutive months of net inflow"),
    m(NF, 9.712e10, "CNY", SHS, M, basis="monthly"),
    m(NFC, 5.108e10, "CNY", SHS, M, basis="mom"),
    m(NF, 4.262e10, "CNY", SZS, M, basis="monthly"),
    m(NFC, 2.796e10, "CNY", SZS, M, basis="mom"),
    m(NF, 2.2831e11, "CNY", SB, YTD, basis="year to date, cumulative"),
    m(NF, 8.544e9, "CNY", SB, Y19, basis="same period a year earlier"),
    m(NFC, 2.1976e11, "CNY", SB, YTD, basis="vs same period of 2019"),
], [])
