# Hand labels for news61/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep: "square metres", "brokers", "banks", "companies", "products", "investors", "GW", "days",
# "points", "x"; "MW" is new — the passage prints MW and the earlier sets keep a printed power unit, e.g. "kW").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news60/zh/README.md and news59/zh/README.md with news59/zh/labels_*.py, plus news37 zh03 (the statistics bureau's
# property release: areas in square metres, residential / office / commercial rows on their own entity with the national
# names as aliases), news51 zh01 (listed brokers' monthly figures: the count of brokers reporting optional) and news58 zh05
# (counts of companies as key rows on the group, thresholds optional bounds).
# Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万平方米 / 万只 / 万个 -> x1e4, 亿个 -> x1e8); mainland 元 = CNY;
# declines negative (下降, 回落, 下调, a printed "-0.04亿元"); 同比 = yoy, 环比 = mom, 较年初 = vs the start of the year in basis;
# 个百分点 -> pp (a narrowed decline positive, a widened decline negative, 回落 negative); 约X -> X; 超 / 超过 / 低于 X are open
# bounds, optional unless they are the only figure printed for the subject's own result (zh03's shipments 超过46GW /
# 超过44GW, zh06's total 超过983亿元); 不低于…不超过… are closed ranges; "16GW至18GW" and "60-70GW" closed ranges. A figure
# printed twice is one key row plus an optional twin (the headline's rounded 313% is the twin). Brokers' targets and
# ratings only in rating actions (zh05, where no rating is printed: rating None). Per-unit prices are labelled in the
# currency alone with the basis (元/瓶 -> CNY, "per bottle").
# Periods only where the text states or clearly implies the year: zh01 None (1-8月, 8月末, 前7个月: no year printed);
# zh02 2019-11, 2019-01..11 (printed) and 2019-10 (10月 in the same 2019 story); zh03 2023Q1 / FY2022 (printed), 2023Q2
# (第二季度 after the 2023 first quarter), 2022-12-31 (去年底 in the 2022 annual report), 2023-12-31 (printed 2023年年底) and
# FY2023 (全年 targets in that sentence); zh04 2024-06-30 (截至2024年6月末) and 2024H1 (上半年 / 2024年上半年); zh05 FY2025
# (the holiday cut "从2024年10天缩至8天" under the 2025 dateline), 2025Q3 (第三季度至今 after 2025年第三季度),
# FY2025-FY2027 (printed), FY2013-FY2014 (printed), otherwise None; zh06 2024-01..10 (今年以来 to 10月29日, the year fixed by
# "与2023年同期相比") and 2023-01..10 (2023年同期), None for the two companies' plans.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a newspaper's digest of the statistics bureau's January-August property release (bbs.ekmmq.com archiver
# showtopic-1343; the headline kept, reworded ("1—8月住宅销售额同比下降10.9%" -> "住宅销售额1—8月同比下降10.9%", its em dash
# kept); the byline "■付庆荣/文" kept; whole stored item). Kept as printed: "1 7月份" (a missing dash), the spaced
# "房地产开发景气指数 简称“国房景气指数” 为94.79" (no brackets), 商品房销售额41661亿元 printed without its own growth, and the
# west's 销售额8824亿元 followed by "增速回落0.7个百分点" (a change in the growth rate, no growth printed).
# Key: investment 58975亿元 (+13.2%, growth -0.5 pp vs 1-7月), residential 40159亿元 (+12.4%, -0.9 pp, 68.1% of the total);
# sales area 64987万平方米 (-8.3%; residential -10.0%); sales value 41661亿元 (residential -10.9%, offices -19.5%, commercial
# premises +7.5%); east 30485万平方米 (-15.0%) and 24128亿元 (-15.5%), centre 17410万平方米 (-1.7%) and 8709亿元 (+1.6%), west
# 17093万平方米 (-1.1%) and 8824亿元 (growth -0.7 pp); 待售 56160万平方米 at end-August (+930万 vs end-July; residential +590万,
# offices +54万, commercial +227万); land bought 20787万平方米 (-3.2%, decline narrowed 1.6 pp), land price paid 5694亿元
# (+12.8%, growth +3 pp); 国房景气指数 94.79 (-0.03 points); January-July sales area 56480万平方米 and value 36315亿元, their
# declines widened by 1.6 and 1.5 pp vs 1-6月 (分别).
# Optional: the headline's residential -10.9% (twin).
# Judgement calls: period None throughout (no year anywhere in the text; the figures are 2014's, not used); the
# 待售 increases are square-metre change rows (比7月末增加) on each kind of building; the climate index is a "points" level
# with a "points" change (回落0.03点); "占…比重为68.1%" is a % share row on residential investment; the last paragraph's
# January-July figures are key rows with "January-July" in basis (a different period from the rest, not a twin).
CN = "全国|中国|China"
REI = "房地产开发投资|房地产开发|real estate development investment|property investment|" + CN
RES = "住宅|住宅投资|residential|residential buildings|housing|" + CN
CH = "商品房|全国商品房|commercial housing|new commercial housing|" + CN
OFF = "办公楼|office buildings|offices|" + CN
COM = "商业营业用房|commercial premises|commercial business buildings|" + CN
EAST = "东部地区|东部|eastern region|east"
MID = "中部地区|中部|central region|centre"
WEST = "西部地区|西部|western region|west"
LAND = "土地购置|房地产开发企业|land purchases|real estate developers|" + CN
INV, INVG = "real_estate_investment|property_investment|investment", \
    "real_estate_investment_growth|property_investment_growth|investment_growth"
INVGC = "investment_growth_change|real_estate_investment_growth_change|growth_change"
SA, SAG = "property_sales_area|floor_space_sold|sales_area", \
    "property_sales_area_growth|floor_space_sold_growth|sales_area_growth"
SV, SVG = "property_sales|sales_value|property_sales_value", \
    "property_sales_growth|sales_value_growth|property_sales_value_growth"
UNS, UNSC = "unsold_area|floor_space_for_sale|inventory_area", \
    "unsold_area_change|floor_space_for_sale_change|inventory_area_change"
G["zh01"] = ([
    m(SVG, -10.9, "%", RES, None, opt=True, basis="headline twin (住宅销售额 1—8月同比下降)"),
    m(INV, 5.8975e12, "CNY", REI, None, basis="1-8月 cumulative"),
    m(INVG, 13.2, "%", REI, None, basis="yoy"),
    m(INVGC, -0.5, "pp", REI, None, basis="growth vs 1-7月 (printed '1 7月份'), 回落"),
    m(INV, 4.0159e12, "CNY", RES, None, basis="residential investment, 1-8月"),
    m(INVG, 12.4, "%", RES, None, basis="yoy"),
    m(INVGC, -0.9, "pp", RES, None, basis="growth 回落"),
    m("share|investment_share|proportion", 68.1, "%", RES, None, basis="share of 房地产开发投资 (比重)"),
    m(SA, 6.4987e8, "square metres", CH, None, basis="前8个月, 64987万平方米"),
    m(SAG, -8.3, "%", CH, None, basis="yoy"),
    m(SAG, -10.0, "%", RES, None, basis="yoy, residential sales area"),
    m(SV, 4.1661e12, "CNY", CH, None, basis="前8个月 (no growth printed)"),
    m(SVG, -10.9, "%", RES, None, basis="yoy, residential sales value"),
    m(SVG, -19.5, "%", OFF, None, basis="yoy, office sales value"),
    m(SVG, 7.5, "%", COM, None, basis="yoy, commercial premises sales value"),
    m(SA, 3.0485e8, "square metres", EAST, None, basis="1-8月"),
    m(SAG, -15.0, "%", EAST, None, basis="yoy"),
    m(SV, 2.4128e12, "CNY", EAST, None, basis="1-8月"),
    m(SVG, -15.5, "%", EAST, None, basis="yoy"),
    m(SA, 1.741e8, "square metres", MID, None, basis="1-8月"),
    m(SAG, -1.7, "%", MID, None, basis="yoy"),
    m(SV, 8.709e11, "CNY", MID, None, basis="1-8月"),
    m(SVG, 1.6, "%", MID, None, basis="yoy"),
    m(SA, 1.7093e8, "square metres", WEST, None, basis="1-8月"),
    m(SAG, -1.1, "%", WEST, None, basis="yoy"),
    m(SV, 8.824e11, "CNY", WEST, None, basis="1-8月"),
    m("property_sales_growth_change|sales_value_growth_change|growth_change", -0.7, "pp", WEST, None,
      basis="sales-value growth 回落 (no growth printed)"),
    m(UNS, 5.616e8, "square metres", CH, None, basis="待售面积 at end-August (8月末)"),
    m(UNSC, 9.3e6, "square metres", CH, None, basis="vs end-July (比7月末增加)"),
    m(UNSC, 5.9e6, "square metres", RES, None, basis="residential 待售面积, vs end-July"),
    m(UNSC, 5.4e5, "square metres", OFF, None, basis="office 待售面积, vs end-July"),
    m(UNSC, 2.27e6, "square metres", COM, None, basis="commercial premises 待售面积, vs end-July"),
    m("land_purchase_area|land_acquired_area|land_area", 2.0787e8, "square metres", LAND, None,
      basis="土地购置面积, 1-8月"),
    m("land_purchase_area_growth|land_acquired_area_growth|land_area_growth", -3.2, "%", LAND, None, basis="yoy"),
    m("land_purchase_area_growth_change|growth_change", 1.6, "pp", LAND, None, basis="decline narrowed vs 1-7月 (收窄)"),
    m("land_transaction_value|land_purchase_cost|land_value", 5.694e11, "CNY", LAND, None, basis="土地成交价款, 1-8月"),
    m("land_transaction_value_growth|land_purchase_cost_growth|land_value_growth", 12.8, "%", LAND, None, basis="yoy"),
    m("land_transaction_value_growth_change|growth_change", 3, "pp", LAND, None, basis="growth 提高"),
    m("climate_index|property_climate_index|index", 94.79, "points",
      "国房景气指数|房地产开发景气指数|national real estate climate index|" + CN, None, basis="8月份 reading"),
    m("climate_index_change|index_change", -0.03, "points", "国房景气指数|房地产开发景气指数|national real estate climate index",
      None, basis="vs the previous month (回落0.03点)"),
    m(SA, 5.648e8, "square metres", CH, None, basis="前7个月 (January-July)"),
    m(SV, 3.6315e12, "CNY", CH, None, basis="前7个月 (January-July)"),
    m("property_sales_area_growth_change|sales_area_growth_change|growth_change", -1.6, "pp", CH, None,
      basis="January-July decline widened vs 1-6月 (分别, first)"),
    m("property_sales_growth_change|sales_value_growth_change|growth_change", -1.5, "pp", CH, None,
      basis="January-July decline widened vs 1-6月 (分别, second)"),
], [])


# zh02: 财联社's round-up of listed brokers' November 2019 monthly figures on 58188.com (news/2019/12-6/90508; no headline
# in the stored text and none composed; the sub-heading "三家营收过10亿" kept, reworded ("营收过10亿的有三家"); the inline
# quote links "(行情002945,诊股)" etc. kept as printed after each name; the stored text breaks off at "11月业绩榜单,最明显的
# 一个变化是最会赚钱的券商已换人," (cut mid-sentence, no figure), so the passage ends before the sub-heading
# "广发证券成为11月赚钱王" that introduces it). Kept as printed: "剔除这25亿将将为11.43" (the doubled 将 and no unit),
# "超过10亿大关" / "低于1亿" without 元, the brackets "(14.71亿元)" / "(5436.56%)" / "(-35.94%)" after the names.
# Key: 36 brokers' November revenue 148.51亿元 and attributable profit 49.48亿元; 34 brokers' January-November revenue
# 2002.57亿元 and profit 782.76亿元; 3 brokers above 10亿 (中信证券 14.71亿元, 国泰君安 12.92亿元, 广发证券 12.62亿元); 60%
# of brokers between 1-3亿元; 华林证券 0.76亿元; 22 up and 14 down month on month; mom growth 太平洋 +5436.56%, 华林证券
# +91.39%, 第一创业 +85.91%, 广发证券 +63.74%, 浙商证券 +55.31%, 天风证券 +54.39%, 华安证券 -35.94%, 东兴证券 -37.05%,
# 华泰证券 -58.16%, 中信证券 -59.63%; 太平洋's October revenue -0.04亿元 and profit -0.60亿元; 中信证券's October 25亿元
# dividend from a subsidiary and October revenue 36.43亿元; the hypothetical November mom +28.7%.
# Optional: the counts of brokers reporting (36 twice, 34); the sub-heading's 三家 (twin of 3家); the 1-3亿元 band; the
# one broker below 1亿 and that bound; the 超50% / 超30% thresholds; 中信's 59.63% printed again as a 降幅 (twin); the
# second "这25亿" (twin); the hypothetical October revenue 11.43 (printed without a unit; labelled as 亿元).
# Judgement calls: rows on the group take "listed brokers" with "parent-company basis" (母公司口径) in basis; November and
# October figures take 2019-11 / 2019-10 (printed 2019年11月, the October month of the same story); a revenue printed
# negative ("营收-0.04亿元") is a negative CNY row; counts of brokers use the unit "brokers" (news51 zh01, news58 zh05 use
# "brokers" / "companies"); the hypothetical +28.7% is key (a stated figure on 中信证券) with "hypothetical" in basis.
BRK = "上市券商|A股上市券商|券商|listed brokers|listed securities firms|brokers"
N19, Y19, O19 = "2019-11", "2019-01..11", "2019-10"
CITIC = "中信证券|中信|CITIC Securities|600030"
GTJA = "国泰君安|Guotai Junan|Guotai Junan Securities|601211"
GF = "广发证券|GF Securities|000776"
HL = "华林证券|Hualin Securities|002945"
TPY = "太平洋|太平洋证券|Pacific Securities|601099"
REV, NP = "revenue|operating_revenue", "net_profit|attributable_net_profit|net_income"
MOM = "revenue_growth|revenue_growth_mom|revenue_change"
BC = "broker_count|company_count|count"
G["zh02"] = ([
    m(BC, 36, "brokers", BRK, N19, opt=True, basis="A-share listed brokers that had disclosed November data by 12月6日"),
    m(BC, 36, "brokers", BRK, N19, opt=True, basis="twin (36家券商合计)"),
    m(REV, 1.4851e10, "CNY", BRK, N19, basis="36 brokers combined, parent-company basis (母公司口径)"),
    m(NP, 4.948e9, "CNY", BRK, N19, basis="归母净利润, 36 brokers combined"),
    m(BC, 34, "brokers", BRK, Y19, opt=True, basis="excluding 华林证券 and 红塔证券 (listed this year)"),
    m(REV, 2.00257e11, "CNY", BRK, Y19, basis="34 brokers combined, January-November"),
    m(NP, 7.8276e10, "CNY", BRK, Y19, basis="归母净利润, 34 brokers combined"),
    m(BC, 3, "brokers", BRK, N19, opt=True, basis="sub-heading twin (三家营收过10亿)"),
    m(BC, 3, "brokers", BRK, N19, basis="November revenue above 10亿 (as in October)"),
    m(REV, None, "CNY", BRK, N19, rng=(1e9, None), opt=True, basis="超过10亿大关 (threshold)"),
    m(REV, 1.471e9, "CNY", CITIC, N19, basis="November (分别, first)"),
    m(REV, 1.292e9, "CNY", GTJA, N19, basis="November (second)"),
    m(REV, 1.262e9, "CNY", GF, N19, basis="November (third)"),
    m(REV, None, "CNY", BRK, N19, rng=(1e8, 3e8), opt=True, basis="band 1-3亿元 where most brokers' revenue fell"),
    m("share|proportion|percentage", 60, "%", BRK, N19, basis="share of listed brokers with November revenue of 1-3亿元"),
    m(BC, 1, "brokers", BRK, N19, opt=True, basis="single-month revenue below 1亿 (仅有1家)"),
    m(REV, None, "CNY", BRK, N19, rng=(None, 1e8), opt=True, basis="低于1亿 (threshold)"),
    m(REV, 7.6e7, "CNY", HL, N19, basis="November (达0.76亿元), the only one below 1亿"),
    m(BC, 22, "brokers", BRK, N19, basis="revenue up month on month (环比上涨)"),
    m(BC, 14, "brokers", BRK, N19, basis="revenue down month on month (环比下降)"),
    m(MOM, None, "%", BRK, N19, rng=(50, None), opt=True, basis="threshold 环比上涨超50%"),
    m(MOM, 5436.56, "%", TPY, N19, basis="mom"),
    m(MOM, 91.39, "%", HL, N19, basis="mom"),
    m(MOM, 85.91, "%", "第一创业|First Capital Securities|002797", N19, basis="mom"),
    m(MOM, 63.74, "%", GF, N19, basis="mom"),
    m(MOM, 55.31, "%", "浙商证券|Zheshang Securities|601878", N19, basis="mom"),
    m(MOM, 54.39, "%", "天风证券|Tianfeng Securities|601162", N19, basis="mom"),
    m(REV, -4e6, "CNY", TPY, O19, basis="October revenue, printed -0.04亿元 (bottom of the table)"),
    m(NP, -6e7, "CNY", TPY, O19, basis="October net profit, printed -0.60亿元 (bottom of the table)"),
    m(MOM, None, "%", BRK, N19, rng=(None, -30), opt=True, basis="threshold 环比下降超30%"),
    m(MOM, -35.94, "%", "华安证券|Huaan Securities|600909", N19, basis="mom"),
    m(MOM, -37.05, "%", "东兴证券|Dongxing Securities|601198", N19, basis="mom"),
    m(MOM, -58.16, "%", "华泰证券|华泰|Huatai Securities|601688", N19, basis="mom"),
    m(MOM, -59.63, "%", CITIC, N19, basis="mom"),
    m(MOM, -59.63, "%", CITIC, N19, opt=True, basis="twin (环比降幅却高达59.63%)"),
    m("dividend|dividend_from_subsidiary|dividend_received", 2.5e9, "CNY", CITIC, O19,
      basis="paid by a subsidiary to the parent in October (分红)"),
    m(REV, 3.643e9, "CNY", CITIC, O19, basis="October revenue (高达), inflated by the dividend"),
    m("dividend|dividend_from_subsidiary|dividend_received", 2.5e9, "CNY", CITIC, O19, opt=True,
      basis="twin (剔除这25亿)"),
    m(REV, 1.143e9, "CNY", CITIC, O19, opt=True,
      basis="hypothetical October revenue excluding the dividend (printed 11.43, no unit)"),
    m(MOM, 28.7, "%", CITIC, N19, basis="hypothetical November mom growth on the adjusted October base"),
], [])


# zh03: 澎湃新闻's item on 晶科能源's 2023 first quarter and 2022 annual report (thepaper.cn newsDetail_forward_22900657;
# the headline kept, reworded (the comma replaced by a space, "占60%左右" -> "占比60%左右"); the share-button line "- +1" left
# out; the stored text breaks off at "晶科能源在年报中称,公司在海外已拥有超过7GW硅" (cut mid-word; its 7 dropped), so the
# passage ends with the paragraph before it). Kept as printed: "14490MW" / "13038MW" / "1452MW" in MW beside GW elsewhere,
# "16GW至18GW", "60-70GW", the code "(688223.SH)", "近两年", "全球首家".
# Key: 2023Q1 revenue 231.52亿元 (+57.7%), attributable profit 16.58亿元 (+313.36%); shipments 14490MW (modules 13038MW,
# wafers and cells 1452MW), total +72.71%; Q2 module guidance 16GW至18GW; 2022 revenue 826.76亿元 (+103.79%), profit
# 29.36亿元 (+157.24%), operating cash flow 40.84亿元 (+26.49%), shipments 超过46GW (modules 超过44GW); PERC average
# efficiency 23.2% in 2022 (+0.1 pp vs 2021); end-2022 capacity wafers 65GW, cells 55GW, modules 70GW, N-type cells
# 35GW; N-type TOPCon efficiency 25.3% (2023Q1) and 25.8% expected at the year end; end-2023 capacity 75GW / 75GW / 90GW
# with the N-type share 超过70%; 2023 module shipment target 60-70GW and N-type share 60%.
# Optional: the headline's 313% and 60%左右 (twins); the N-type milestone "超过10GW" (a bound behind 全球首家).
# Judgement calls: MW kept as printed (unit "MW", not converted to GW); the shipment totals printed only as 超过X are key
# lower bounds (the only 2022 totals printed); capacity rows take the segment as an entity alias with the company;
# forecasts and targets carry "forecast" / "target" in basis with the period they are for (2023Q2, 2023-12-31, FY2023);
# PERC efficiency is an industry row (中国光伏行业协会 data) on PERC cells.
JK = "晶科能源|晶科|JinkoSolar|Jinko Solar|Jinko|688223"
Q1, FY22, E22, E23 = "2023Q1", "FY2022", "2022-12-31", "2023-12-31"
SHIP = "shipments|shipment_volume|sales_volume"
MSHIP = "module_shipments|shipments|shipment_volume"
CAP = "capacity|production_capacity|installed_capacity"
EFF = "conversion_efficiency|cell_efficiency|efficiency"
WAF, CEL, MOD = JK + "|硅片|wafers", JK + "|电池|cells", JK + "|组件|modules"
NTY = JK + "|N型电池|N型|N-type cells|N-type"
G["zh03"] = ([
    m("net_profit_growth|attributable_net_profit_growth", 313, "%", JK, Q1, opt=True, basis="headline twin (大涨313%)"),
    m("n_type_share|share", 60, "%", JK, "FY2023", opt=True, basis="headline twin (全年N型出货占比60%左右)"),
    m("revenue|operating_revenue", 2.3152e10, "CNY", JK, Q1, basis="营业收入, 2023年一季报"),
    m("revenue_growth|operating_revenue_growth", 57.7, "%", JK, Q1, basis="yoy"),
    m("net_profit|attributable_net_profit|net_income", 1.658e9, "CNY", JK, Q1, basis="归母净利润"),
    m("net_profit_growth|attributable_net_profit_growth", 313.36, "%", JK, Q1, basis="yoy (大涨)"),
    m(SHIP, 14490, "MW", JK, Q1, basis="total shipments (总出货量)"),
    m(MSHIP, 13038, "MW", MOD, Q1, basis="module shipments"),
    m(SHIP, 1452, "MW", JK + "|硅片和电池片|wafers and cells", Q1, basis="wafer and cell shipments"),
    m("shipments_growth|shipment_growth", 72.71, "%", JK, Q1, basis="total shipments vs a year earlier"),
    m(MSHIP, None, "GW", MOD, "2023Q2", rng=(16, 18), basis="forecast (预计), 16GW至18GW"),
    m("revenue|operating_revenue", 8.2676e10, "CNY", JK, FY22, basis="2022年年度报告"),
    m("revenue_growth|operating_revenue_growth", 103.79, "%", JK, FY22, basis="yoy"),
    m("net_profit|attributable_net_profit|net_income", 2.936e9, "CNY", JK, FY22, basis="归母净利润"),
    m("net_profit_growth|attributable_net_profit_growth", 157.24, "%", JK, FY22, basis="yoy"),
    m("operating_cash_flow|cash_flow", 4.084e9, "CNY", JK, FY22, basis="经营性现金流"),
    m("operating_cash_flow_growth|cash_flow_growth", 26.49, "%", JK, FY22, basis="yoy"),
    m(SHIP, None, "GW", JK, FY22, rng=(46, None), basis="全年出货量超过46GW (only total printed)"),
    m(MSHIP, None, "GW", MOD, FY22, rng=(44, None), basis="组件出货量超过44GW (only figure printed)"),
    m(MSHIP, None, "GW", NTY, FY22, rng=(10, None), opt=True, basis="N-type modules 超过10GW (全球首家, a milestone)"),
    m(EFF, 23.2, "%", "PERC电池|PERC|PERC cells|光伏行业|PV industry", FY22,
      basis="industry average mass-production efficiency (中国光伏行业协会)"),
    m("efficiency_change|conversion_efficiency_change", 0.1, "pp", "PERC电池|PERC|PERC cells|光伏行业|PV industry", FY22,
      basis="vs 2021 (提高)"),
    m(CAP, 65, "GW", WAF, E22, basis="已投产产能 at the end of last year (分别, first)"),
    m(CAP, 55, "GW", CEL, E22, basis="second"),
    m(CAP, 70, "GW", MOD, E22, basis="third"),
    m(CAP, 35, "GW", NTY, E22, basis="N-type cell capacity, the industry's largest"),
    m(EFF, 25.3, "%", JK + "|N型TOPCon电池|N-type TOPCon cells|TOPCon", Q1, basis="average mass-production efficiency (达到)"),
    m(EFF, 25.8, "%", JK + "|N型TOPCon电池|N-type TOPCon cells|TOPCon", E23, basis="forecast for the year end (预计…提升至)"),
    m(CAP, 75, "GW", WAF, E23, basis="forecast (预计…分别达到), first"),
    m(CAP, 75, "GW", CEL, E23, basis="forecast, second"),
    m(CAP, 90, "GW", MOD, E23, basis="forecast, third"),
    m("n_type_capacity_share|share", None, "%", NTY, E23, rng=(70, None), basis="forecast N-type share of cell capacity (超过)"),
    m("module_shipments_target|shipment_target|" + MSHIP, None, "GW", MOD, "FY2023", rng=(60, 70),
      basis="full-year module shipment target (60-70GW)"),
    m("n_type_share|share", 60, "%", JK, "FY2023", basis="targeted N-type share of shipments"),
], [])


# zh04: a news item on the wealth-management registry's first-half 2024 report on a news portal mirror (sm.enjoyage.com
# meeting/?oqRXe=p.html; no headline in the stored text and none composed; the time line "发布时间:2024-11-17 04:33:36
# 来源: sp20241117" kept as printed; the stored text breaks off at "2024年上半年,理财" (cut mid-sentence, no figure), so the
# passage ends with the sentence before it). Kept as printed: "4.00万只" (trailing zeros), the report title
# "《中国银行业理财市场半年报告(2024年上)》", the bracketed note "(投资者数量仅统计2018年10月1日之后发行的理财产品,下同)".
# Key: 存续规模 28.52万亿元 at end-June (+6.43% vs the start of the year, +12.55% yoy); first-half new products 1.54万只,
# funds raised 33.68万亿元, returns to investors 3413亿元 (+3.11% yoy; banks 727亿元, wealth-management companies 2686亿元);
# 239 banks and 31 wealth-management companies with products outstanding; 4.00万只 products (+0.49% / +7.99%); net-value
# products 27.84万亿元, 97.61% of the total (+0.68 pp / +1.67 pp); support to the real economy 约20万亿元; investors 1.22亿个
# (+6.65% / +17.18%), new individual investors 738.88万个 and institutional 18.85万个 since the start of the year;
# individuals 1.20亿个 (98.74%), institutions 153.45万个 (1.26%).
# Optional: the second 28.52万亿元 and the second 3413亿元 (twins).
# Judgement calls: stock figures at 截至2024年6月末 take 2024-06-30, flows of 上半年 / 2024年上半年 take 2024H1; 较年初 and
# 同比 / 较去年同期 changes are separate rows told apart by basis; product counts use "products", institution counts "banks"
# and "companies", investor counts "investors" (个 = accounts holding products, labelled as investors); the registry's
# release date (7月30日) and the portal's time line carry no row.
WM = "银行理财市场|银行理财|理财市场|理财产品|bank wealth management|bank wealth management market|wealth management products"
E6, H1 = "2024-06-30", "2024H1"
AUM = "aum|outstanding_balance|assets_under_management|market_size"
AUMG = "aum_growth|outstanding_balance_growth|market_size_growth"
INVS = "investors|investor_count|number_of_investors"
RET = "investment_returns|returns_to_investors|investor_returns|income"
G["zh04"] = ([
    m(AUM, 2.852e13, "CNY", WM, E6, basis="存续规模 at end-June"),
    m("new_products|products_issued|product_count", 1.54e4, "products", WM, H1, basis="新发理财产品 (1.54万只)"),
    m("funds_raised|fundraising|subscriptions", 3.368e13, "CNY", WM, H1, basis="募集资金"),
    m(RET, 3.413e11, "CNY", WM, H1, basis="创造收益 for investors"),
    m("institution_count|banks|count", 239, "banks", "银行机构|banks|" + WM, E6, basis="banks with products outstanding"),
    m("institution_count|companies|count", 31, "companies", "理财公司|wealth management companies|" + WM, E6,
      basis="wealth-management companies with products outstanding"),
    m("product_count|products_outstanding", 4.0e4, "products", WM, E6, basis="存续产品 4.00万只"),
    m("product_count_growth|products_outstanding_growth", 0.49, "%", WM, E6, basis="vs the start of the year (较年初)"),
    m("product_count_growth|products_outstanding_growth", 7.99, "%", WM, E6, basis="yoy (比去年同期)"),
    m(AUM, 2.852e13, "CNY", WM, E6, opt=True, basis="twin"),
    m(AUMG, 6.43, "%", WM, E6, basis="vs the start of the year"),
    m(AUMG, 12.55, "%", WM, E6, basis="yoy (比去年同期)"),
    m(AUM, 2.784e13, "CNY", "净值型理财产品|净值型产品|net-value products|NAV-based products", E6, basis="存续规模"),
    m("share|proportion", 97.61, "%", "净值型理财产品|净值型产品|net-value products|NAV-based products", E6,
      basis="share of the market's balance"),
    m("share_change|proportion_change", 0.68, "pp", "净值型理财产品|净值型产品|net-value products|NAV-based products", E6,
      basis="vs the start of the year"),
    m("share_change|proportion_change", 1.67, "pp", "净值型理财产品|净值型产品|net-value products|NAV-based products", E6,
      basis="vs a year earlier (比去年同期)"),
    m("real_economy_support|financing_support|funds_to_real_economy", 2e13, "CNY", WM, E6,
      basis="支持实体经济资金规模 (约)"),
    m(INVS, 1.22e8, "investors", WM, E6, basis="investors holding products (达1.22亿个)"),
    m("investor_growth|investors_growth", 6.65, "%", WM, E6, basis="vs the start of the year"),
    m("investor_growth|investors_growth", 17.18, "%", WM, E6, basis="yoy"),
    m("new_investors|investor_change|investors", 7.3888e6, "investors", "个人投资者|individual investors|" + WM, E6,
      basis="added since the start of the year (新增738.88万个)"),
    m("new_investors|investor_change|investors", 1.885e5, "investors", "机构投资者|institutional investors|" + WM, E6,
      basis="added since the start of the year (新增18.85万个)"),
    m(INVS, 1.2e8, "investors", "个人投资者|individual investors|" + WM, E6, basis="1.20亿个"),
    m("share|proportion", 98.74, "%", "个人投资者|individual investors|" + WM, E6, basis="share of investors"),
    m(INVS, 1.5345e6, "investors", "机构投资者|institutional investors|" + WM, E6, basis="153.45万个"),
    m("share|proportion", 1.26, "%", "机构投资者|institutional investors|" + WM, E6, basis="share of investors"),
    m(RET, 3.413e11, "CNY", WM, H1, opt=True, basis="twin"),
    m("investment_returns_growth|returns_growth|income_growth", 3.11, "%", WM, H1, basis="yoy"),
    m(RET, 7.27e10, "CNY", "银行机构|banks|" + WM, H1, basis="by banks"),
    m(RET, 2.686e11, "CNY", "理财公司|wealth management companies|" + WM, H1, basis="by wealth-management companies"),
], [])


# zh05: 智通财经's digest of a Goldman Sachs report on Chinese liquor makers, on a reportify tag page (staging.reportify.cn
# tags/concept?tagValue=控货去库存; the tag page's "控货去库存" / "搜索文档" furniture left out; the headline and the
# "智通财经· 2025-09-18 12:56" source line kept, the headline reworded (its clauses reordered, "大调" -> "大幅调整"); the
# section labels, " - " bullets and every "[n]" marker kept in order ([1], [2] ×4, [2][3], [3] ×2, [4] ×4, [4][5]); the
# stored text breaks off inside the 泸州老窖 bullet ("泸州老窖盈利微调+0.2% 目标价从108元上调至119元 估值倍数", cut
# mid-clause), so the passage ends with the 五粮液 bullet (the cut bullet's 0.2 / 108 / 119 dropped)).
# Kept as printed: the one-line digest with spaces for commas, "综合利润率已低于400元/瓶" (a margin in 元/瓶), the ranges
# "1800-1850元/瓶", "20%-40%", "13%-19%", "3%-4%", "10%-11%", "5%-8%", "2025-2027年", and the names without codes.
# Key: the Mid-Autumn / National Day holiday 8 days (10 in 2024); 飞天茅台 retail 1900-1950元/瓶 (from 1800-1850元/瓶);
# 飞天茅台's price at 32% of a monthly wage, 普五's 15%; liquor stocks +24% and P/E +17% since the start of Q3; earnings
# expectations cut 6% (high-end) and 20% (mid-to-high-end); targets +6% on average; mid-to-high-end multiples +13%-19%;
# implied dividend yields 4.0% / 5.1% / 6.5% / 6.6%; upside 20%-30%; 茅台 earnings -3%-4% for 2025-2027 and 系列酒 volume
# -10%-11%; 五粮液 earnings -5%-8% and its multiple 18.5倍 (from 17倍).
# Optional: the distributors' combined margin below 400元/瓶 (a bound); the 2013-2014 cycle's 20%-40% cuts (a comparison).
# Rating actions (key): 高盛 cut_target on 贵州茅台 1724 from 1742 CNY; 高盛 raise_target on 五粮液 145 from 139 CNY; no
# rating printed -> rating None (the headline's 附全名单评级 prints none).
# Judgement calls: the two target moves appear only as rating actions (no target_price rows); the coverage-wide "目标价
# 平均上调6%" is a key % row on the sector (no single company); the shared 20%-30% upside of three makers is one range row
# with the three names as alternatives; "盈利下调3%-4%" etc. are negative closed ranges; the 2013 / 2024 comparison years
# carry no row; the holiday length is a "days" row with the 2024 length as prior.
GS = "高盛|Goldman Sachs|Goldman"
MT = "贵州茅台|茅台|Kweichow Moutai|Moutai|600519"
WLY = "五粮液|Wuliangye|Wuliangye Yibin|000858"
LZ = "泸州老窖|Luzhou Laojiao|000568"
YH = "洋河|洋河股份|Yanghe|Jiangsu Yanghe|002304"
BJ = "白酒|白酒行业|白酒标的|白酒股|baijiu|Chinese liquor|liquor stocks"
HI = "高端白酒|high-end baijiu|premium baijiu"
MH = "中高端白酒|mid-to-high-end baijiu|upper-mid baijiu"
EFC = "earnings_forecast_change|earnings_revision|earnings_expectation_change|forecast_change"
DY = "dividend_yield|implied_dividend_yield"
G["zh05"] = ([
    m("holiday_length|days", 8, "days", "中秋国庆假期|Mid-Autumn and National Day holiday", "FY2025", prior=10,
      basis="shortened from 10 days in 2024 (缩短至8天)"),
    m("retail_price|price", None, "CNY", "飞天茅台|Feitian Moutai|" + MT, None, rng=(1900, 1950), prng=(1800, 1850),
      basis="per bottle (元/瓶), tobacco-and-liquor shops in 福建、湖南, raised (上调至)"),
    m("combined_margin|margin|profit_per_bottle", None, "CNY", "茅台经销商|Moutai distributors|" + MT, None,
      rng=(None, 400), opt=True, basis="some bundles' combined margin, per bottle (低于400元/瓶)"),
    m("price_to_wage_ratio|affordability_ratio|share", 32, "%", "飞天茅台|Feitian Moutai|" + MT, None,
      basis="wholesale price as a share of urban workers' monthly wage (回升至)"),
    m("price_to_wage_ratio|affordability_ratio|share", 15, "%", "普五|普通五粮液|Wuliangye (Pu Wu)|" + WLY, None,
      basis="wholesale price as a share of the monthly wage (降至)"),
    m("share_price_change|price_change|stock_performance", 24, "%", BJ, "2025Q3",
      basis="cumulative rise since the start of the third quarter"),
    m("pe_change|valuation_change", 17, "%", BJ, "2025Q3", basis="市盈率提升, since the start of Q3"),
    m(EFC, -6, "%", HI, None, basis="earnings expectations cut (分别, first)"),
    m(EFC, -20, "%", MH, None, basis="earnings expectations cut (分别, second)"),
    m(EFC, None, "%", BJ, "FY2013-FY2014", rng=(-40, -20), opt=True,
      basis="cuts in the 2013-2014 downcycle (comparison, 20%-40%)"),
    m("target_price_change|average_target_change", 6, "%", BJ, None, basis="average target raise across coverage (平均上调)"),
    m("valuation_multiple_change|pe_change|multiple_change", None, "%", MH, None, rng=(13, 19),
      basis="valuation multiples raised 13%-19%"),
    m(DY, 4.0, "%", MT, None, basis="implied (隐含), 分别 first"),
    m(DY, 5.1, "%", WLY, None, basis="implied, second"),
    m(DY, 6.5, "%", LZ, None, basis="implied, third"),
    m(DY, 6.6, "%", YH, None, basis="implied, fourth"),
    m("upside|potential_upside|upside_potential", None, "%", "茅台|五粮液|泸州老窖|" + MT + "|" + WLY + "|" + LZ, None,
      rng=(20, 30), basis="vs the current share price on 2027 normalised earnings (shared by the three)"),
    m(EFC, None, "%", MT, "FY2025-FY2027", rng=(-4, -3), basis="earnings forecasts cut 3%-4%"),
    m("sales_volume_forecast_change|volume_forecast_change|" + EFC, None, "%", "系列酒|茅台系列酒|Moutai series liquor|" + MT,
      None, rng=(-11, -10), basis="series-liquor volume forecasts cut 10%-11%"),
    m(EFC, None, "%", WLY, None, rng=(-8, -5), basis="earnings forecasts cut 5%-8%"),
    m("target_pe|valuation_multiple|pe", 18.5, "x", WLY, None, prior=17, basis="valuation multiple raised from 17倍"),
], [
    ra(GS, MT, "cut_target", None, target=1724, prior_target=1742, cur="CNY"),
    ra(GS, WLY, "raise_target", None, target=145, prior_target=139, cur="CNY"),
])


# zh06: 环球网's round-up of A-share buyback plans to late October 2024 on a mirror page (kqsggx.com html/xinwenzhongxin/
# gongsixinwen/19474; the injected spam phrases "星空体育app下载," (twice) and "星空体育下载," left out as page furniture; no
# headline in the stored text and none composed; the stored text breaks off at "公司表示,此举是基于对公司未来发展的信心,为
# 增强投资者" (cut mid-sentence, no figure), so the passage ends with the 杰克股份 sentence before it). Kept as printed:
# "【环球网财经综合报道】", "截至10月29日19时", "“注销式”", "不低于5亿元,且不超过10亿元" (with the comma) and
# "不低于5000万元且不超过1亿元".
# Key: 1474 companies with buyback plans this year; 904 of them for incentive or employee share plans; 518 a year earlier
# (442 for incentives); plan caps above 1亿元 / 5亿元 / 10亿元 at 663 / 71 / 29 companies; the 1474's combined buybacks
# 超过983亿元; 253 companies above 1亿元 and 49 above 3亿元 bought back; 东方雨虹's plan 5亿–10亿元; 杰克股份's 5000万–1亿元.
# Optional: 1474 printed twice more (twins); the thresholds 1亿 / 5亿 / 10亿 of the caps and 1亿 / 3亿 of the amounts
# (open bounds defining the counts).
# Judgement calls: counts of companies are key "companies" rows on the A-share group (news58 zh05), the year-earlier
# counts dated 2023-01..10; the combined amount "已超过983亿元" is a key lower bound (the only total printed); the two
# companies' plans are closed CNY ranges with period None (plans announced 10月28日); record-high remarks carry no row.
A = "A股上市公司|上市公司|A股|A股市场|A-share companies|listed companies|A-share market"
YTD, PY = "2024-01..10", "2023-01..10"
CC = "companies|company_count|count"
CAPR = "buyback_cap|planned_buyback_amount|buyback_amount"
BBA = "buyback_amount|repurchase_amount|buybacks"
G["zh06"] = ([
    m(CC, 1474, "companies", A, YTD, basis="companies that published buyback plans this year (截至10月29日19时), a record"),
    m(CC, 904, "companies", A, YTD, basis="of the 1474, plans for equity incentives or employee share plans"),
    m(CC, 1474, "companies", A, YTD, opt=True, basis="twin (在发布回购方案的1474家上市公司里)"),
    m(CC, 518, "companies", A, PY, basis="2023年同期, companies that disclosed buyback plans (仅有)"),
    m(CC, 442, "companies", A, PY, basis="2023年同期, of which for incentives or employee share plans"),
    m(CC, 663, "companies", A, YTD, basis="planned buyback cap above 1亿元"),
    m(CAPR, None, "CNY", A, YTD, rng=(1e8, None), opt=True, basis="threshold 上限超过1亿元"),
    m(CC, 71, "companies", A, YTD, basis="planned buyback cap above 5亿元"),
    m(CAPR, None, "CNY", A, YTD, rng=(5e8, None), opt=True, basis="threshold 上限超过5亿元"),
    m(CC, 29, "companies", A, YTD, basis="planned buyback cap above 10亿元"),
    m(CAPR, None, "CNY", A, YTD, rng=(1e9, None), opt=True, basis="threshold 上限超过了10亿元"),
    m(CC, 1474, "companies", A, YTD, opt=True, basis="twin (这1474家上市公司)"),
    m(BBA, None, "CNY", A, YTD, rng=(9.83e10, None), basis="combined buybacks by the 1474 (已超过983亿元)"),
    m(CC, 253, "companies", A, YTD, basis="buybacks above 1亿元"),
    m(BBA, None, "CNY", A, YTD, rng=(1e8, None), opt=True, basis="threshold 超过1亿元"),
    m(CC, 49, "companies", A, YTD, basis="buybacks above 3亿元 (达到)"),
    m(BBA, None, "CNY", A, YTD, rng=(3e8, None), opt=True, basis="threshold 超过3亿元"),
    m(CAPR, None, "CNY", "东方雨虹|Oriental Yuhong|002271", None, rng=(5e8, 1e9),
      basis="plan of 10月28日, for cancellation (不低于5亿元,且不超过10亿元)"),
    m(CAPR, None, "CNY", "杰克股份|Jack Technology|Jack Sewing Machine|603337", None, rng=(5e7, 1e8),
      basis="plan, shares to be cancelled (不低于5000万元且不超过1亿元)"),
], [])
