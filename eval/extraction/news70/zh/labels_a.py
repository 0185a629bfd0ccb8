# news70/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (once, at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources or notes of the
# other batch were opened (one printout of texts/zh0*.txt near the end also showed the other batch's zh07-zh09 texts; they
# played no part in these labels).
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news68 and news69 read most closely; precedents looked up by grep, named per passage below). Values fully
# scaled (133.42亿元 -> 1.3342e10, 27.25万亿元 -> 2.725e13, 153151亿元 -> 1.53151e13, 61.20万吨 -> 612000 tonnes,
# 1.43万元/吨 -> 14300 CNY/tonne, 6000万桶 -> 6e7 barrels, 14美分 -> 0.14 USD); declines negative (下跌, 下降, 同比-3.35%,
# 环比-11.01%, a printed minus); 个百分点 -> pp; 倍 (P/E) -> "x"; 同比 -> yoy and 环比 / 较上月 -> qoq or mom in basis; 约X -> X;
# "X以上" and "过半" -> open lower bounds rng=(X, None), optional unless a headline figure (news68 zh03's 40%以上); 持平 ->
# prior = level and no zero row (news65); a figure printed twice is one key row plus an optional twin; a printed
# comparative (2022年12月底的26.03万亿元) is the prior of its row plus an optional row of its own (news60 / news61 / news69).
# Prices quoted "每桶 / 每加仑 / 每百万英国热量单位 / 每升 X美元" take the currency alone as unit with the quantity in basis
# (news17 zh11, news26 zh06); "万元/吨" -> "CNY/tonne" (the earlier sets' unit string); 吨 / 万吨 / 亿吨 -> "tonnes";
# 只 -> "funds"; 家 -> "companies" / "institutions"; 个 (projects) -> "projects"; 桶 -> "barrels".
# Currencies: 元 / 亿元 / 万亿元 / 万元 in these mainland stories = CNY (人民币 printed in zh06); 美元 / 美分 = USD (zh04).
# Periods only where the text states or clearly implies the year: zh01 2025H1 (printed 2025年上半年 / 2025H1), 2025Q2,
# FY2025-FY2027 for the forecasts, FY2025 / FY2026 for the capacity additions, None for the current price, market value,
# book value per share and the mine's reserves (no date beside them); zh02 None ("7月份", no year printed anywhere in the
# item); zh03 2023-01-31 for the month-end stocks (printed 截至2023年1月底; 1月 with 2023年1月底 fixes the year), 2023-01 for the
# month's increase, 2022-12-31 for the printed comparative (2022年12月底); zh04 None (北京时间6月25日凌晨, 周五, 本周: no year
# printed); zh05 None (今年前三季度 and the dateline 10月31日电: no year printed; the span goes into basis, news47 zh03);
# zh06 "2022-05..06" (printed 2022年5—6月) for the bid wins and their share of the 2021 revenue.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a reportify.cn report digest of a broker note on 龙佰集团 (002601) after its 2025 interim results. The note's title,
# which the stored text prints after the digest, kept, reworded and set on the first line (news69 zh06); the section heads
# and the " - … [n]" bullets with their markers kept, one paragraph per section; whole stored item. The stored text names
# no broker (the rating word 强推 is printed, the house is not), so the rating action has broker None rather than a name
# taken from outside the text (news68 zh01 for an unnamed subject).
# Kind asked for: a broker note on a chemicals / nonferrous / building-materials company with capacity, output, revenue
# and profit forecasts, EPS, PE, target and rating; this is a titanium-dioxide (chemicals) producer with sales volume,
# capacity additions, utilisation, profit / EPS / PE forecasts, target and rating (no revenue forecast is printed; the
# revenue figures are the interim actuals).
# Rating action: maintain 强推 (= buy, news7 / news66 / news69 zh03), prior buy (维持), target 24元 (CNY), no prior target.
# Key: current price 18.33元; H1 revenue 133.42亿元 (-3.35%) and attributable profit 13.85亿元 (-19.53%); Q2 revenue 62.82亿元
# (-3.5% yoy, -11.01% qoq), profit 6.99亿元 (-9.24% yoy, +1.90% qoq), gross margin 24.52%, net margin 11.19%; profit forecasts
# 28.24 / 38.21 / 42.56亿元 with growth +30.2 / +35.3 / +11.4% (FY2025-FY2027); rutile TiO2 average price 1.43万元/吨 in Q2
# (-11.6% yoy, -1.2% qoq), current price 1.28万元/吨 at the 28.8% ten-year percentile; H1 sales 61.20万吨 (+2.08%), domestic
# 43.7% / export 56.3%; H1 utilisation 90.36% against the industry's 70%; domestic capacity additions 130万吨 (2025) and
# 160万吨 (2026); 红格南矿 reserves 32.5579亿吨 iron ore and 2.8527亿吨 TiO2; EPS 1.18 / 1.60 / 1.78元; P/E 15 / 11 / 10x;
# the target's 15x P/E on 2026; market value 437.41亿元; book value per share 9.73元.
# Optional: the target as a metric row (it lives in the rating action; printed twice); 翻倍 (the resource base doubling,
# no numeral) as +100 %.
# Judgement calls: the interim and quarter figures are the company's (entity 龙佰集团); the TiO2 price rows take the product
# as entity (钛白粉(金红石型)), the sales volume, shares and utilisation the company's TiO2 business (product | company),
# the 70% the industry; "同比增速" beside the forecasts are growth forecasts; the 15x target multiple is a key row of its
# own although the FY2025 P/E is also 15x (two facts with the same value); "10年以来" is the percentile's window (basis, no
# row); 2024年8月 is a signing date (no row); 全球第一 is a rank without a figure (no row).
LB = "龙佰集团|002601|龙佰"
TIO = "钛白粉|titanium dioxide|TiO2|" + LB
RUT = "钛白粉(金红石型)|金红石型钛白粉|rutile titanium dioxide|钛白粉|titanium dioxide"
H1, Q2 = "2025H1", "2025Q2"
F1 = "forecast"


def fc1(metric, vals, unit, what):
    return [m(metric, v, unit, LB, "FY%d" % y, basis=F1 + ", " + what) for y, v in zip((2025, 2026, 2027), vals)]


G["zh01"] = ([
    m("share_price|price|current_price", 18.33, "CNY", LB, None, basis="现价 (当前价); no date beside it"),
    m("target_price|price_target", 24, "CNY", LB, None, opt=True, basis="目标价 (printed twice; also in the rating action)"),
    m("revenue|operating_revenue", 133.42e8, "CNY", LB, H1, basis="营收, 2025年上半年"),
    m("revenue_growth", -3.35, "%", LB, H1, basis="yoy"),
    m("net_profit|net_profit_attributable", 13.85e8, "CNY", LB, H1, basis="归母净利润"),
    m("net_profit_growth|net_profit_attributable_growth", -19.53, "%", LB, H1, basis="yoy"),
    m("revenue|operating_revenue", 62.82e8, "CNY", LB, Q2, basis="营收, 单季"),
    m("revenue_growth", -3.5, "%", LB, Q2, basis="yoy"),
    m("revenue_growth_qoq|revenue_growth", -11.01, "%", LB, Q2, basis="qoq, 环比"),
    m("net_profit|net_profit_attributable", 6.99e8, "CNY", LB, Q2, basis="归母净利润, 单季"),
    m("net_profit_growth|net_profit_attributable_growth", -9.24, "%", LB, Q2, basis="yoy"),
    m("net_profit_growth_qoq|net_profit_growth", 1.90, "%", LB, Q2, basis="qoq, 环比+1.90%"),
    m("gross_margin", 24.52, "%", LB, Q2),
    m("net_margin|net_profit_margin", 11.19, "%", LB, Q2),
    *fc1("net_profit_forecast|net_profit|net_profit_attributable", (28.24e8, 38.21e8, 42.56e8), "CNY", "归母净利润"),
    *fc1("net_profit_growth_forecast|net_profit_growth", (30.2, 35.3, 11.4), "%", "同比增速"),
    m("average_price|price|product_price", 14300, "CNY/tonne", RUT, Q2, basis="均价 1.43万元/吨"),
    m("price_change|average_price_change", -11.6, "%", RUT, Q2, basis="yoy"),
    m("price_change_qoq|price_change", -1.2, "%", RUT, Q2, basis="qoq, 环比"),
    m("price|spot_price|product_price", 12800, "CNY/tonne", RUT, None, basis="目前价格 1.28万元/吨"),
    m("price_percentile|percentile", 28.8, "%", RUT, None, basis="10年以来价格分位数 (bottom range)"),
    m("sales_volume|shipments", 612000, "tonnes", TIO, H1, basis="钛白粉销量 61.20万吨"),
    m("sales_volume_growth|shipments_growth", 2.08, "%", TIO, H1, basis="yoy"),
    m("sales_share|domestic_share|share", 43.7, "%", "内销|国内|domestic|" + TIO, H1, basis="share of TiO2 sales volume"),
    m("sales_share|export_share|share", 56.3, "%", "出口|export|" + TIO, H1, basis="share of TiO2 sales volume"),
    m("utilization_rate|capacity_utilization|operating_rate", 90.36, "%", TIO, H1, basis="开工率"),
    m("utilization_rate|capacity_utilization|operating_rate", 70, "%", "行业|钛白粉行业|industry average", H1,
      basis="行业平均开工率"),
    m("capacity_additions|new_capacity|capacity", 130e4, "tonnes", "国内|国内钛白粉|China|domestic", "FY2025",
      basis="国内新增产能"),
    m("capacity_additions|new_capacity|capacity", 160e4, "tonnes", "国内|国内钛白粉|China|domestic", "FY2026",
      basis="国内新增产能"),
    m("resource_change|reserves_change", 100, "%", "钒钛磁铁矿|vanadium-titanium magnetite|" + LB, None, opt=True,
      basis="资源量将翻倍 (no numeral)"),
    m("reserves|ore_reserves", 32.5579e8, "tonnes", "红格南矿|铁矿石|iron ore|Hongge South", None, basis="铁矿石储量"),
    m("reserves|ore_reserves", 2.8527e8, "tonnes", "红格南矿|TiO2|Hongge South", None, basis="TiO2储量"),
    *fc1("eps_forecast|eps|earnings_per_share", (1.18, 1.60, 1.78), "CNY", "每股收益"),
    *fc1("pe|pe_ratio|p/e", (15, 11, 10), "x", "对应P/E"),
    m("target_pe|valuation_multiple|pe", 15, "x", LB, "FY2026", basis="the target's multiple, 基于2026年15倍P/E"),
    m("market_cap|market_value", 437.41e8, "CNY", LB, None, basis="当前总市值"),
    m("bvps|book_value_per_share|net_assets_per_share", 9.73, "CNY", LB, None, basis="每股净资产"),
], [
    ra(None, LB, "maintain", "buy", prior_rating="buy", target=24, cur="CNY"),
])


# zh02: the statistics bureau's July manufacturing / non-manufacturing PMI as a one-paragraph wire item (soso.bot push); the
# headline kept, reworded (…为49.3%,比上月上升0.3个百分点 -> …为49.3%,较上月上升0.3个百分点); the empty trailing brackets
# "()" (an emptied source tag) dropped as furniture; whole stored item. No year is printed ("7月份") -> period None.
# Kind asked for: 国家统计局的PMI数据 with manufacturing PMI, non-manufacturing business activity, sub-indices, prior values and
# the 50 line; this item has all but printed priors (the changes are printed instead) and says 临界点 for the line.
# Key: manufacturing PMI 49.3% (+0.3 pp); large enterprises 50.3% (持平, prior = level), medium 49.0% (+0.1 pp), small 47.4%
# (+1.0 pp); production 50.2%, new orders 49.5%, raw-material inventory 48.2%, employment 48.1%, supplier delivery 50.5%;
# non-manufacturing business activity 51.5% (-1.7 pp); composite PMI output 51.1% (-1.2 pp).
# Optional: the headline's 49.3% and 0.3 pp (twins); "60.0%以上" for four service industries (open bound, not a headline).
# Judgement calls: readings in "%" as printed and changes in "pp" (development corpus zh22, news4 zh06); sub-indices as
# their own entities (news4 zh06); no prior is derived from a printed change; "低于临界点" gives no row (no numeral).
MFG2 = "中国制造业|China manufacturing|制造业|中国|China"
NM2 = "非制造业|non-manufacturing|中国非制造业|China non-manufacturing"
J2 = "7月份 (no year printed)"
G["zh02"] = ([
    m("manufacturing_pmi|pmi", 49.3, "%", MFG2, None, opt=True, basis="headline (twin), " + J2),
    m("pmi_change|manufacturing_pmi_change", 0.3, "pp", MFG2, None, opt=True, basis="headline (twin), 上升"),
    m("manufacturing_pmi|pmi", 49.3, "%", MFG2, None, basis="制造业采购经理指数, " + J2),
    m("pmi_change|manufacturing_pmi_change", 0.3, "pp", MFG2, None, basis="mom, 上升"),
    m("manufacturing_pmi|pmi", 50.3, "%", "大型企业|large enterprises", None, prior=50.3,
      basis="与上月持平 (prior = level)"),
    m("manufacturing_pmi|pmi", 49.0, "%", "中型企业|medium enterprises", None),
    m("pmi_change|manufacturing_pmi_change", 0.1, "pp", "中型企业|medium enterprises", None, basis="mom, 上升"),
    m("manufacturing_pmi|pmi", 47.4, "%", "小型企业|small enterprises", None),
    m("pmi_change|manufacturing_pmi_change", 1.0, "pp", "小型企业|small enterprises", None, basis="mom, 上升"),
    m("production_index|pmi_subindex", 50.2, "%", "生产指数|production index", None),
    m("new_orders_index|pmi_subindex", 49.5, "%", "新订单指数|new orders index", None),
    m("raw_materials_inventory_index|pmi_subindex", 48.2, "%", "原材料库存指数|raw materials inventory index", None),
    m("employment_index|pmi_subindex", 48.1, "%", "从业人员指数|employment index", None),
    m("supplier_delivery_times_index|pmi_subindex", 50.5, "%", "供应商配送时间指数|supplier delivery times index", None),
    m("non_manufacturing_pmi|business_activity_index|non_manufacturing_business_activity_index", 51.5, "%", NM2, None,
      basis="非制造业商务活动指数, " + J2),
    m("non_manufacturing_pmi_change|business_activity_index_change|pmi_change", -1.7, "pp", NM2, None, basis="mom, 下降"),
    m("business_activity_index|non_manufacturing_pmi", None, "%",
      "航空运输|邮政快递|电信广播电视及卫星传输服务|互联网软件及信息技术服务", None, rng=(60.0, None), opt=True,
      basis="60.0%以上高位景气区间 (bound)"),
    m("composite_pmi|composite_pmi_output_index", 51.1, "%", "综合PMI产出指数|composite PMI|中国|China", None,
      basis="综合PMI产出指数, " + J2),
    m("composite_pmi_change|pmi_change", -1.2, "pp", "综合PMI产出指数|composite PMI|中国|China", None, basis="mom, 下降"),
], [])


# zh03: 华夏时报 (chinatimes.net.cn) on the fund association's January 2023 public-fund data; the byline "文/宋婕" and the
# closing "编辑:严晖" dropped as furniture; no headline in the stored text and none composed; whole stored item.
# Key (2023-01-31, printed 截至2023年1月底): total public-fund NAV 27.25万亿元 (prior: 2022年12月底的26.03万亿元); the fund count
# 10607只 (a record); closed-end NAV 3.58万亿元, open-end 23.67万亿元, non-money funds 12.13万亿元; the month's increase
# 1.22万亿元 (2023-01, mom, a record monthly increase); 142 fund management companies.
# Optional: the prior 26.03万亿元 as a row (2022-12-31); "再破27万亿元" (threshold, rng=(2.7e13, None)); "占比过半"
# (rng=(50, None) %); the breakdown of the 142 (foreign-invested 47, domestic 95) and the other licensed institutions
# (13 securities firms or their asset-management arms, 1 insurance asset manager) (news40 zh06: the breakdown of the
# managers' count optional).
# Judgement calls: "其中非货基金" is left where the text puts it (after the open-end figure) and takes the non-money funds as
# entity with the public-fund industry as alias; 2月24日 (release date) and 2022年8月 (the last time above 27万亿元) carry
# no row; 中基协 is the source, the industry the entity (news40 zh06's aliases).
PF3 = "公募基金|公募基金市场|public funds|mutual funds|China public fund industry|中基协|中国证券投资基金业协会|AMAC"
CE3 = "封闭式基金|closed-end funds|" + PF3
OE3 = "开放式基金|open-end funds|" + PF3
NMF3 = "非货基金|non-money-market funds|" + PF3
E3 = "2023-01-31"
NAV3 = "fund_nav|aum|net_asset_value|fund_assets"
G["zh03"] = ([
    m(NAV3, 27.25e12, "CNY", PF3, E3, prior=26.03e12, basis="资产净值合计, 1月数据; prior = 2022年12月底"),
    m(NAV3, 26.03e12, "CNY", PF3, "2022-12-31", opt=True, basis="2022年12月底 (the prior)"),
    m(NAV3, None, "CNY", PF3, E3, rng=(27e12, None), opt=True, basis="再度突破27万亿元 (threshold)"),
    m("number_of_funds|fund_count", 10607, "funds", PF3, E3, basis="基金数量, a record"),
    m(NAV3, 3.58e12, "CNY", CE3, E3, basis="封闭式基金资产净值"),
    m(NAV3, 23.67e12, "CNY", OE3, E3, basis="开放式基金资产净值"),
    m(NAV3, 12.13e12, "CNY", NMF3, E3, basis="其中非货基金规模"),
    m("share_of_nav|share", None, "%", NMF3, E3, rng=(50, None), opt=True, basis="占比过半 (bound)"),
    m("fund_nav_change|aum_change|net_asset_value_change", 1.22e12, "CNY", PF3, "2023-01",
      basis="mom, 环比增加 vs 2022年12月底; the largest monthly increase on record"),
    m("fund_managers|fund_management_companies", 142, "companies", PF3, E3, basis="基金管理公司"),
    m("fund_managers|fund_management_companies", 47, "companies", "外商投资基金管理公司|foreign-invested fund managers", E3,
      opt=True, basis="breakdown of the 142"),
    m("fund_managers|fund_management_companies", 95, "companies", "内资基金管理公司|domestic fund managers", E3,
      opt=True, basis="breakdown of the 142"),
    m("fund_managers|institutions", 13, "institutions", "券商或券商资管子公司|securities firms|" + PF3, E3, opt=True,
      basis="with a public-fund licence"),
    m("fund_managers|institutions", 1, "institutions", "保险资产管理公司|insurance asset managers|" + PF3, E3, opt=True,
      basis="with a public-fund licence"),
], [])


# zh04: 新浪财经's New York / London oil close, stored on cippe.net (news page 201106); the editor's tag "(文武)" at the end
# dropped as furniture; no headline in the stored text and none composed; the analyst's statement is already reported
# speech (称 -> 表示) and stays so; whole stored item.
# Kind asked for: a gold or oil daily commentary (美元/盎司, 美元/桶, 元/克, 上海金交所, COMEX); this is an oil-futures close
# (NYMEX light crude, ICE Brent, their spread, products and natural gas), prices per barrel / gallon / MMBtu in USD.
# Key (period None: 北京时间6月25日凌晨, 周五, no year): NYMEX light crude (8月份交割) 91.16 USD/bbl, +14美分, +0.2%, this week
# -2%, the week before -6.2%; Brent (8月份交割) 105.22, -2.04 USD, -1.9%; the Brent-NYMEX spread 14.06 USD (today, lowest since
# 6月2日) and its record 23.22 USD last week; the IEA release 6000万桶; RBOB gasoline 2.78 USD/gallon (-6美分, week -5.8%),
# heating oil 2.75 (-3美分, week -7.7%), natural gas 4.23 USD/MMBtu (+4美分, +0.9%, week -2.3%, the week before -9%).
# Optional: Brent's earlier touch of 103.62 USD (an intraday low, lowest since 2月21日); the "4个月以来" window; the two
# per-litre conversions 约合每升0.73美元.
# Judgement calls: the currency alone is the unit, per barrel / gallon / MMBtu in basis (news17 zh11); 美分 -> USD / 100;
# the weekly moves are price_change rows with "week" in basis (the week before as its own row, not a prior); the spread is
# an entity of its own; 2月21日 / 6月2日 are "lowest since" dates (no rows).
WTI4 = "纽约原油|轻质原油|纽约轻质原油|NYMEX|WTI|light crude|纽约原油期货"
BRT4 = "北海布伦特原油|布伦特原油|Brent|伦敦原油|ICE Brent|布伦特原油期货"
SPR4 = "北海布伦特原油期货与纽约轻质原油期货之间的价差|布伦特-纽约原油价差|Brent-WTI spread|价差"
RB4 = "RBOB汽油|RBOB gasoline|汽油期货|gasoline"
HO4 = "取暖用油|heating oil|取暖油"
NG4 = "天然气|natural gas|天然气期货"
G["zh04"] = ([
    m("price|oil_price|settlement_price", 91.16, "USD", WTI4, None, basis="close, per barrel, 8月份交割, 周五"),
    m("price_change", 0.14, "USD", WTI4, None, basis="上涨14美分, per barrel"),
    m("price_change", 0.2, "%", WTI4, None, basis="涨幅"),
    m("weekly_price_change|price_change", -2, "%", WTI4, None, basis="本周, 下跌"),
    m("weekly_price_change|price_change", -6.2, "%", WTI4, None, basis="the week before (再往前一周), 下跌"),
    m("price|oil_price|settlement_price", 105.22, "USD", BRT4, None, basis="close, per barrel, 8月份交割"),
    m("price_change", -2.04, "USD", BRT4, None, basis="下跌, per barrel"),
    m("price_change", -1.9, "%", BRT4, None, basis="跌幅"),
    m("intraday_low|price", 103.62, "USD", BRT4, None, opt=True, basis="此前一度触及, per barrel, lowest since 2月21日"),
    m("low_window|lookback", 4, "months", "伦敦原油|Brent|" + BRT4, None, opt=True, basis="4个月以来的最低水平"),
    m("price_spread|spread", 14.06, "USD", SPR4, None, basis="今天降至, per barrel, lowest since 6月2日"),
    m("price_spread|spread", 23.22, "USD", SPR4, None, basis="上周, per barrel, 历史最高水平"),
    m("oil_stock_release|reserve_release|release_volume", 6e7, "barrels",
      "国际能源署|IEA|International Energy Agency", None, basis="宣布将释放原油库存"),
    m("price_change", -0.06, "USD", RB4, None, basis="下跌6美分, per gallon, 7月份交割"),
    m("price|settlement_price", 2.78, "USD", RB4, None, basis="close, per gallon"),
    m("price|settlement_price", 0.73, "USD", RB4, None, opt=True, basis="约合每升 (conversion)"),
    m("weekly_price_change|price_change", -5.8, "%", RB4, None, basis="本周, 下跌"),
    m("price_change", -0.03, "USD", HO4, None, basis="下跌3美分, per gallon, 7月份交割"),
    m("price|settlement_price", 2.75, "USD", HO4, None, basis="close, per gallon"),
    m("price|settlement_price", 0.73, "USD", HO4, None, opt=True, basis="约合每升 (conversion)"),
    m("weekly_price_change|price_change", -7.7, "%", HO4, None, basis="本周, 下跌"),
    m("price_change", 0.04, "USD", NG4, None, basis="上涨4美分, per MMBtu, 7月份交割"),
    m("price|settlement_price", 4.23, "USD", NG4, None, basis="close, per million British thermal units"),
    m("price_change", 0.9, "%", NG4, None, basis="涨幅"),
    m("weekly_price_change|price_change", -2.3, "%", NG4, None, basis="本周, 下跌"),
    m("weekly_price_change|price_change", -9, "%", NG4, None, basis="the week before (再往前一周), 下跌"),
], [])


# zh05: 人民日报海外版's item on the finance ministry's first-three-quarters fiscal data, stored on net.cfenews.com; the photo
# note "(资料图片仅供参考)" and the trailing "关键词:" dropped as furniture; the dateline "本报北京10月31日电(记者汪文正)" kept;
# no headline in the stored text and none composed; whole stored item.
# Key (period None: "今年前三季度", no year printed; news47 zh03): general budget revenue 153151亿元, +4.1% after excluding the
# VAT credit refunds and -6.6% on the natural basis; central 69934亿元, local 83217亿元; tax revenue 124365亿元 (+1% / -11.6%);
# domestic VAT 33347亿元 (+2% / -33.4%); consumption tax 13108亿元 (+7.3%); corporate income tax 36409亿元 (+2.1%); personal
# income tax 11360亿元 (+9.1%); general budget expenditure 190389亿元 (+6.2%), central 25014亿元 (+7%), local 165375亿元 (+6.1%);
# spending growth on education +5.7%, science and technology +14%, social security and employment +6.9%, health +10.7%,
# agriculture, forestry and water +5%.
# Judgement calls: the two growth rates of one figure (扣除留抵退税因素后 / 按自然口径) are two key rows told apart by basis
# (neither is a prior); the natural-basis declines are negative; "主要支出科目均实现同比增长" carries the yoy of the five
# spending lines; each tax and spending line takes its own name as entity with China as alias (news47 zh03's names).
CN5 = "全国|中国|China|财政部|Ministry of Finance"
J5 = "前三季度 (January-September, no year printed)"
GBR = "general_budget_revenue|fiscal_revenue|budget_revenue|revenue"
GBRG = "general_budget_revenue_growth|fiscal_revenue_growth|revenue_growth"
GBE = "general_budget_expenditure|fiscal_expenditure|budget_expenditure|expenditure"
GBEG = "general_budget_expenditure_growth|fiscal_expenditure_growth|expenditure_growth"
TAX = "tax_revenue|revenue"
TAXG = "tax_revenue_growth|revenue_growth"
CEN5 = "中央|中央一般公共预算|central government|" + CN5
LOC5 = "地方|地方一般公共预算|local governments|" + CN5
EX = "excluding VAT credit refunds (扣除留抵退税因素), "
NAT = "natural basis (自然口径), 下降, "


def sp5(name, g):
    return m("expenditure_growth|spending_growth", g, "%", name + "|" + CN5, None, basis="yoy, " + J5)


G["zh05"] = ([
    m(GBR, 153151e8, "CNY", CN5, None, basis="全国一般公共预算收入, " + J5),
    m(GBRG, 4.1, "%", CN5, None, basis=EX + J5),
    m(GBRG, -6.6, "%", CN5, None, basis=NAT + J5),
    m(GBR, 69934e8, "CNY", CEN5, None, basis="中央一般公共预算收入, " + J5),
    m(GBR, 83217e8, "CNY", LOC5, None, basis="地方一般公共预算本级收入, " + J5),
    m(TAX, 124365e8, "CNY", "税收收入|tax revenue|" + CN5, None, basis="全国税收收入, " + J5),
    m(TAXG, 1, "%", "税收收入|tax revenue|" + CN5, None, basis=EX + J5),
    m(TAXG, -11.6, "%", "税收收入|tax revenue|" + CN5, None, basis=NAT + J5),
    m(TAX, 33347e8, "CNY", "国内增值税|增值税|domestic VAT|VAT|" + CN5, None, basis=J5),
    m(TAXG, 2, "%", "国内增值税|增值税|domestic VAT|VAT|" + CN5, None, basis=EX + J5),
    m(TAXG, -33.4, "%", "国内增值税|增值税|domestic VAT|VAT|" + CN5, None, basis=NAT + J5),
    m(TAX, 13108e8, "CNY", "国内消费税|消费税|domestic consumption tax|" + CN5, None, basis=J5),
    m(TAXG, 7.3, "%", "国内消费税|消费税|domestic consumption tax|" + CN5, None, basis="yoy, " + J5),
    m(TAX, 36409e8, "CNY", "企业所得税|corporate income tax|" + CN5, None, basis=J5),
    m(TAXG, 2.1, "%", "企业所得税|corporate income tax|" + CN5, None, basis="yoy, " + J5),
    m(TAX, 11360e8, "CNY", "个人所得税|个税|personal income tax|" + CN5, None, basis=J5),
    m(TAXG, 9.1, "%", "个人所得税|个税|personal income tax|" + CN5, None, basis="yoy, " + J5),
    m(GBE, 190389e8, "CNY", CN5, None, basis="全国一般公共预算支出, " + J5),
    m(GBEG, 6.2, "%", CN5, None, basis="yoy, " + J5),
    m(GBE, 25014e8, "CNY", CEN5, None, basis="中央一般公共预算本级支出, " + J5),
    m(GBEG, 7, "%", CEN5, None, basis="yoy, " + J5),
    m(GBE, 165375e8, "CNY", LOC5, None, basis="地方一般公共预算支出, " + J5),
    m(GBEG, 6.1, "%", LOC5, None, basis="yoy, " + J5),
    sp5("教育支出|教育|education", 5.7),
    sp5("科学技术支出|科学技术|science and technology", 14),
    sp5("社会保障和就业支出|社会保障和就业|social security and employment", 6.9),
    sp5("卫生健康支出|卫生健康|health", 10.7),
    sp5("农林水支出|农林水|agriculture, forestry and water", 5),
], [])


# zh06: a listed rail-signalling group's bid-win disclosure for May-June 2022, stored on syaq.org (a relay; the page's
# disclaimer "声明:本网转发此文章…" dropped as furniture); no headline in the stored text and none composed; whole stored item.
# The company is printed "中国郝彤" and the railway "杨铁路"; both kept as printed (no name from outside the text is added
# to the entity). The stored text runs sentences together without full stops ("…的公告2022年5—6月", "2.04亿元城市轨道交通
# 市场3个", "7.38%由于…") and ends its paragraphs without them; the rewrite keeps those run-ons.
# Kind asked for: a listed company's major-contract, bid-win or dividend notice (contract amount, share of revenue, per-10-
# share cash dividend, yield); this is a bid-win notice with the amounts and their share of revenue (no dividend printed).
# Key (2022-05..06, printed 2022年5—6月): six important projects won, total 约28.31亿元; the six amounts 6.62亿元 (青藏铁路 …
# GLYAZZSG标段), 6.3亿元 (杨铁路 electrification EPC), 2.04亿元 (its overhaul EPC), 10.35亿元 (成都 lines), 1.75亿元 (合肥
# line 2 east extension), 1.25亿元 (合肥 line 3 south extension); the total's 7.38% of the 2021 audited revenue (CAS).
# Optional: the railway and urban-rail project counts (3 and 3, the breakdown of the 6); the restated total 约人民币28.31亿元
# (总投标金额, twin).
# Judgement calls: each amount takes its project as entity with the company as alias; "等3个铁路市场,中标金额6.62亿元" is
# read as printed: 6.62亿元 on the 青藏铁路 / GLYAZZSG line (the six amounts add up to the printed 28.31亿元); the ratio
# carries the bids' period with the revenue base (2021, CAS) in basis; line numbers (四期, 17号线 …) are names, no rows;
# "2022年对当期业绩的影响不确定" prints no figure.
CO6 = "中国郝彤"
P6 = "2022-05..06"
BW6 = "contract_value|bid_amount|winning_bid_amount|order_value"


def pj6(name, amt):
    return m(BW6, amt, "CNY", name + "|" + CO6, P6, basis="中标金额")


G["zh06"] = ([
    m(BW6, 28.31e8, "CNY", CO6, P6, basis="中标金额合计约28.31亿元, 轨道交通市场重要项目"),
    m("projects_won|number_of_projects", 6, "projects", CO6, P6, basis="重要项目6个"),
    m("projects_won|number_of_projects", 3, "projects", "铁路市场|railway market|" + CO6, P6, opt=True,
      basis="breakdown of the 6"),
    m("projects_won|number_of_projects", 3, "projects", "城市轨道交通市场|urban rail transit market|" + CO6, P6, opt=True,
      basis="breakdown of the 6"),
    pj6("青藏铁路格尔木至拉萨段站前道岔更换及信号系统改造工程|站后四电系统集成GLYAZZSG标段|青藏铁路", 6.62e8),
    pj6("杨铁路电气化改造工程EPC总承包项目|杨铁路电气化改造工程", 6.3e8),
    pj6("杨铁路电气化改造工程同步大修EPC总承包项目|同步大修EPC总承包项目", 2.04e8),
    pj6("成都市轨道交通四期规划线和成都市轨道交通17号线二期,18号线三期,19号线二期紫阳线信号系统综合采购及施工总承包项目|"
        "成都市轨道交通", 10.35e8),
    pj6("合肥轨道交通2号线东延线信号系统集成及设备采购项目|合肥轨道交通2号线东延线", 1.75e8),
    pj6("合肥轨道交通3号线南延线信号系统集成及设备采购项目|合肥轨道交通3号线南延线", 1.25e8),
    m(BW6, 28.31e8, "CNY", CO6, P6, opt=True, basis="总投标金额约为人民币28.31亿元 (twin)"),
    m("contract_to_revenue_ratio|share_of_revenue|revenue_ratio", 7.38, "%", CO6, P6,
      basis="of the 2021 audited revenue under Chinese accounting standards (中国会计准则)"),
], [])
