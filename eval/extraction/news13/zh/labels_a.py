# Hand labels for news13/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: broker comment downgrading Guangshen Railway A shares to neutral (dy17 repost of a broker note), Simplified,
# A share (元 = CNY); the broker is not named in the text -> broker None, no prior rating, no target; "2015 年一季度"
# gives 2015Q1 (the second paragraph's 一季度 is the same quarter); the sector and historical P/E averages are
# optional benchmarks (as news12 zh06's five-year averages); the 169.9% growth follows the EPS clause but belongs to
# the attributable net profit (alternatives net_profit_growth|eps_growth)
GS = "广深铁路|601333|Guangshen Railway"
G["zh01"] = ([
    m("pe_ratio|pe", 54, "x", GS, "FY2015"),
    m("pe_ratio|pe", 39, "x", "板块|铁路板块|sector", "FY2015", opt=True, basis="sector average"),
    m("pe_ratio|pe", 22, "x", GS, None, opt=True, basis="historical average"),
    m("revenue", 3.68e9, "CNY", GS, "2015Q1"),
    m("revenue_growth", 4.7, "%", GS, "2015Q1", basis="yoy"),
    m("net_profit", 2.62e8, "CNY", GS, "2015Q1", basis="attributable"),
    m("net_profit_growth|eps_growth", 169.9, "%", GS, "2015Q1", basis="yoy, attributable"),
    m("eps", 0.037, "CNY", GS, "2015Q1"),
    m("passenger_volume_growth|passenger_volume_change", -10.9, "%", GS, "2015Q1", basis="yoy"),
    m("freight_volume_growth|freight_volume_change", -14.2, "%", GS, "2015Q1", basis="yoy"),
    m("passenger_volume_growth|passenger_volume_change", -0.9, "%", GS, "FY2014", basis="yoy"),
    m("freight_volume_growth|freight_volume_change", -13.4, "%", GS, "FY2014", basis="yoy"),
], [
    ra(None, GS, "downgrade", "neutral", None, None, None, None),
])

# zh02: Gelonghui "港股异动" item on BYD H shares and two broker cuts (jrj repost), Simplified, HK stock (港元 = HKD);
# "4月30日" without a year -> no period on the move, price and market value; "五连阴" (a streak) is not labelled;
# BofA: rating cut to 中性 with no earlier rating printed -> downgrade, prior None; its target fell 8.6% to 192 with no
# old target printed -> prior None; the EPS-forecast cuts are labelled with the years as printed ("2011至2022年",
# an evident typo for 2021 kept as in the source: FY2011 and FY2022); Daiwa keeps 买入 and cuts 235 -> 204 -> cut_target
BYD = "比亚迪|1211.HK|01211|BYD"
BOFA = "美银|美银证券|BofA|Bank of America"; DAIWA = "大和|Daiwa"
G["zh02"] = ([
    m("price_change|share_price_change", -4.62, "%", BYD),
    m("price|share_price", 161, "HKD", BYD, basis="last"),
    m("market_cap", 4.606e11, "HKD", BYD),
    m("target_price", 192, "HKD", BYD, basis="BofA"),
    m("target_price_change|target_change", -8.6, "%", BYD, basis="BofA"),
    m("eps_forecast_change|earnings_forecast_change", -24, "%", BYD, "FY2011", basis="BofA; year as printed"),
    m("eps_forecast_change|earnings_forecast_change", -11, "%", BYD, "FY2022", basis="BofA"),
    m("target_price", 204, "HKD", BYD, prior=235, basis="Daiwa"),
], [
    ra(BOFA, BYD, "downgrade", "neutral", None, 192, None, "HKD"),
    ra(DAIWA, BYD, "cut_target", "buy", None, 204, 235, "HKD"),
])

# zh03: statistics-bureau industrial profits for January-February (steelcn repost of the NBS release), Simplified;
# excerpt: the first three paragraphs and the start of the industry paragraph (cut after 黑色金属冶炼和压延加工业);
# the text prints no year -> no period on any row (news11 zh06); the ownership breakdown is optional (development
# corpus: ownership-type breakdowns); the three sector totals are key (as news4 zh05); the main-industry growth rates
# are key, "增长1.4倍" is +140% (升X倍 = X×100%, news8/news10); the counts of industries (29 / 1 / 11) are optional
IP = "industrial_profit|total_profit"
IPGR = "industrial_profit_growth|total_profit_growth"
IND = "规模以上工业企业|全国规模以上工业企业|China industrial enterprises"
G["zh03"] = ([
    m(IP, 9.689e11, "CNY", IND, None),
    m(IPGR, 16.1, "%", IND, None, basis="yoy"),
    m(IP, 2.9181e11, "CNY", "国有控股企业|state-controlled enterprises", opt=True), m(IPGR, 29.6, "%", "国有控股企业|state-controlled enterprises", opt=True, basis="yoy"),
    m(IP, 3.69e9, "CNY", "集体企业|collective enterprises", opt=True), m(IPGR, 2.8, "%", "集体企业|collective enterprises", opt=True, basis="yoy"),
    m(IP, 6.8295e11, "CNY", "股份制企业|joint-stock enterprises", opt=True), m(IPGR, 21, "%", "股份制企业|joint-stock enterprises", opt=True, basis="yoy"),
    m(IP, 2.2596e11, "CNY", "外商及港澳台商投资企业|foreign-invested enterprises", opt=True), m(IPGR, 2, "%", "外商及港澳台商投资企业|foreign-invested enterprises", opt=True, basis="yoy"),
    m(IP, 2.8308e11, "CNY", "私营企业|private enterprises", opt=True), m(IPGR, 10, "%", "私营企业|private enterprises", opt=True, basis="yoy"),
    m(IP, 8.779e10, "CNY", "采矿业|mining"), m(IPGR, 42.1, "%", "采矿业|mining", basis="yoy"),
    m(IP, 8.1e11, "CNY", "制造业|manufacturing"), m(IPGR, 12.5, "%", "制造业|manufacturing", basis="yoy"),
    m(IP, 7.111e10, "CNY", "电力、热力、燃气及水生产和供应业|utilities"), m(IPGR, 35.2, "%", "电力、热力、燃气及水生产和供应业|utilities", basis="yoy"),
    m("industries_growing|count", 29, "industries", IND, opt=True, basis="profit up yoy, of 41"),
    m("industries_flat|count", 1, "industries", IND, opt=True, basis="profit flat yoy"),
    m("industries_declining|count", 11, "industries", IND, opt=True, basis="profit down yoy"),
    m(IPGR, 19.6, "%", "煤炭开采和洗选业|coal mining", basis="yoy"),
    m(IPGR, 140, "%", "石油和天然气开采业|oil and gas extraction", basis="yoy, 增长1.4倍"),
    m(IPGR, 3, "%", "纺织业|textiles", basis="yoy"),
    m(IPGR, 17.6, "%", "石油、煤炭及其他燃料加工业|petroleum, coal and other fuel processing", basis="yoy"),
    m(IPGR, 20.1, "%", "化学原料和化学制品制造业|chemicals", basis="yoy"),
    m(IPGR, 56.8, "%", "非金属矿物制品业|non-metallic mineral products", basis="yoy"),
    m(IPGR, 97.7, "%", "黑色金属冶炼和压延加工业|ferrous metal smelting and rolling", basis="yoy"),
], [])

# zh04: Tianfeng Securities morning-call digest on Zhujiang Brewery Q1 2022 (sjqcj repost), Simplified, A share
# (元 = CNY); excerpt: the header and the first item's first two paragraphs (no rating in the excerpt); 2022Q1 as stated;
# figures printed twice (revenue 8.72亿元 / 12.77%, net profit 0.71亿元 / 1.45%) have one row; margin changes in pcts
# are pp; the four expense ratios and their yoy changes written "a/b/c/d" are key, each a metric of its own
# (selling, G&A, financial, R&D); the header date 20220427 / 2022-04-27 is not labelled
ZJ = "珠江啤酒|002461|Zhujiang Brewery"
Q = "2022Q1"
G["zh04"] = ([
    m("revenue", 8.72e8, "CNY", ZJ, Q),
    m("revenue_growth", 12.77, "%", ZJ, Q, basis="yoy"),
    m("net_profit", 7.1e7, "CNY", ZJ, Q, basis="attributable"),
    m("net_profit_growth", 1.45, "%", ZJ, Q, basis="yoy, attributable"),
    m("sales_volume", 2.348e5, "tonnes", ZJ, Q),
    m("sales_volume_growth", 5.26, "%", ZJ, Q, basis="yoy"),
    m("price_per_tonne|average_price", 3712.99, "CNY", ZJ, Q, basis="per tonne"),
    m("price_per_tonne_growth|average_price_growth", 7.14, "%", ZJ, Q, basis="yoy"),
    m("gross_margin", 40.39, "%", ZJ, Q),
    m("gross_margin_change", -1.92, "pp", ZJ, Q, basis="yoy"),
    m("net_margin", 8.74, "%", ZJ, Q),
    m("net_margin_change", -1.00, "pp", ZJ, Q, basis="yoy"),
    m("selling_expense_ratio|expense_ratio", 16.07, "%", ZJ, Q),
    m("admin_expense_ratio|expense_ratio", 7.82, "%", ZJ, Q),
    m("financial_expense_ratio|expense_ratio", -6.55, "%", ZJ, Q),
    m("rd_expense_ratio|expense_ratio", 3.58, "%", ZJ, Q),
    m("selling_expense_ratio_change|expense_ratio_change", -1.81, "pp", ZJ, Q, basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", -0.8, "pp", ZJ, Q, basis="yoy"),
    m("financial_expense_ratio_change|expense_ratio_change", 0.54, "pp", ZJ, Q, basis="yoy"),
    m("rd_expense_ratio_change|expense_ratio_change", 0.13, "pp", ZJ, Q, basis="yoy"),
], [])

# zh05: CITIC Securities raises Zijin Mining A/H targets (gp2023 blog repost, dated 2021-02-18), Simplified; A share
# 元 = CNY, H share 港元 = HKD; the headline 5500亿元 is repeated exactly in the body -> one row; targets and target
# market values carry no period; no rating and no old target printed -> raise_target with rating None (news6 rule),
# one action per share class; "A/H ... 21元/19港元" is read respectively
ZJA = "紫金矿业|紫金矿业A股|Zijin Mining|Zijin Mining A"
ZJH = "紫金矿业|紫金矿业H股|Zijin Mining|Zijin Mining H"
CITICS = "中信证券|CITIC Securities"
G["zh05"] = ([
    m("target_market_cap|market_cap", 5.5e11, "CNY", ZJA, basis="target"),
    m("target_market_cap|market_cap", 5e11, "HKD", ZJH, basis="target"),
    m("target_price", 21, "CNY", ZJA),
    m("target_price", 19, "HKD", ZJH),
], [
    ra(CITICS, ZJA, "raise_target", None, None, 21, None, "CNY"),
    ra(CITICS, ZJH, "raise_target", None, None, 19, None, "HKD"),
])

# zh06: CNGR Advanced Material (中伟股份, 300919) buyback plan announcement 2023-094 (reportify.ai copy), Simplified,
# A share (人民币/元 = CNY); the amount band "不低于…且不超过…" is a range; the price cap "不超过人民币 88 元/股" is an
# open range rng=(None, 88) (news10 zh01, news11), printed twice -> one row; the estimated share counts and their
# shares of total capital (约 -> value) at the upper and lower amount are key; "12 个月" (a duration) and the
# announcement number are not labelled; no period (a plan)
ZW = "中伟股份|中伟新材料股份有限公司|300919|CNGR"
G["zh06"] = ([
    m("buyback_amount|buyback", None, "CNY", ZW, None, rng=(1.8e8, 2.9e8), basis="own funds, planned"),
    m("buyback_price_cap|buyback_max_price|buyback_price", None, "CNY", ZW, None, rng=(None, 88), basis="per share, upper limit"),
    m("buyback_shares", 3295454, "shares", ZW, None, basis="estimated, at the upper amount, 约"),
    m("buyback_share_pct", 0.49, "%", ZW, None, basis="of total share capital, at the upper amount, 约"),
    m("buyback_shares", 2045454, "shares", ZW, None, basis="estimated, at the lower amount, 约"),
    m("buyback_share_pct", 0.31, "%", ZW, None, basis="of total share capital, at the lower amount, 约"),
], [])

# zh07: Credit Suisse downgrades Sinotruk (Zhitong Finance flash), Simplified, HK stock (港元 = HKD; the subsidiary's
# profit is stated in 人民币 = CNY); the stock code is printed "06808" and kept; no date or year in the text -> no
# period on the move, price and turnover; "首季" without a year -> "Q1" (as "H1" for a half without a year);
# "今明两年…各下调4%" -> two rows of -4 % (this year / next year, no period); the year low 18.62 is an optional
# reference level; 跑赢大市 -> outperform, 中性 -> neutral
ST = "中国重汽|06808|03808|Sinotruk"
STJ = "中国重汽济南|Sinotruk Jinan"
CS = "瑞信|Credit Suisse"
G["zh07"] = ([
    m("target_price", 21.7, "HKD", ST, prior=27),
    m("price_change|share_price_change", -6.34, "%", ST),
    m("price|share_price", 19.2, "HKD", ST, basis="last"),
    m("turnover", 5.20988e7, "HKD", ST),
    m("price|share_price", 18.62, "HKD", ST, opt=True, basis="year low"),
    m("net_profit", 6.03e8, "CNY", STJ, "Q1"),
    m("net_profit_growth", 130, "%", STJ, "Q1", basis="yoy"),
    m("earnings_forecast_change", -4, "%", ST, None, basis="this year"),
    m("earnings_forecast_change", -4, "%", ST, None, basis="next year"),
], [
    ra(CS, ST, "downgrade", "neutral", "outperform", 21.7, 27, "HKD"),
])

# zh08: Haitong International note on Aier Eye Hospital FY2023 and Q1 2024 (Sohu "最新买入评级" broker page), Simplified,
# A share (元 = CNY); the page's table row (起评价 13.18, 目标价 20.64, 目标空间 59.01%) is kept as one line; the page lists
# the broker's latest buy ratings and states no change -> maintain, buy, target 20.64 CNY (news8: a table row with a buy
# rating and no change stated is maintain); the 起评价 (price when rated) and the upside are optional; FY2023 and
# 2024Q1 as stated; "+0.33pt" / "+0.80pt" margin changes are pp; the hospital / clinic / overseas-centre counts (截至报告期,
# period unclear) are optional counts; 1+8+N is a strategy name, not a figure; the 2024-05-09 rating date is not labelled
AIER = "爱尔眼科|300015|Aier Eye Hospital|Aier"
HTI = "海通国际|海通国际证券集团有限公司|Haitong International"
REF = "爱尔眼科 屈光项目|屈光项目|refractive surgery"
G["zh08"] = ([
    m("price|share_price", 13.18, "CNY", AIER, "2024-05-09", opt=True, basis="price when rated (起评价)"),
    m("target_price", 20.64, "CNY", AIER),
    m("target_upside|upside", 59.01, "%", AIER, opt=True, basis="target vs current price"),
    m("revenue", 2.0367e10, "CNY", AIER, "FY2023"),
    m("revenue_growth", 26.43, "%", AIER, "FY2023", basis="yoy"),
    m("gross_margin", 50.79, "%", AIER, "FY2023"),
    m("gross_margin_change", 0.33, "pp", AIER, "FY2023", basis="yoy"),
    m("net_profit", 3.359e9, "CNY", AIER, "FY2023", basis="attributable"),
    m("net_profit_growth", 33.07, "%", AIER, "FY2023", basis="yoy, attributable"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 3.514e9, "CNY", AIER, "FY2023", basis="excluding non-recurring items"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 20.39, "%", AIER, "FY2023", basis="yoy, excluding non-recurring items"),
    m("revenue", 5.196e9, "CNY", AIER, "2024Q1"),
    m("revenue_growth", 3.50, "%", AIER, "2024Q1", basis="yoy"),
    m("gross_margin", 48.29, "%", AIER, "2024Q1"),
    m("gross_margin_change", 0.80, "pp", AIER, "2024Q1", basis="yoy"),
    m("net_profit", 8.99e8, "CNY", AIER, "2024Q1", basis="attributable"),
    m("net_profit_growth", 15.16, "%", AIER, "2024Q1", basis="yoy, attributable"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 8.43e8, "CNY", AIER, "2024Q1", basis="excluding non-recurring items"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 12.04, "%", AIER, "2024Q1", basis="yoy, excluding non-recurring items"),
    m("hospitals|count", 256, "hospitals", AIER, opt=True, basis="domestic, end of reporting period"),
    m("clinics|count", 183, "clinics", AIER, opt=True, basis="domestic outpatient departments"),
    m("overseas_centres|count", 131, "centres", AIER, opt=True, basis="overseas eye centres and clinics"),
    m("outpatient_visits|patient_visits", 1.51064e7, "visits", AIER, "FY2023"),
    m("outpatient_visits_growth|patient_visits_growth", 34.26, "%", AIER, "FY2023", basis="yoy"),
    m("surgeries|surgery_volume", 1.1837e6, "surgeries", AIER, "FY2023"),
    m("surgeries_growth|surgery_volume_growth", 35.95, "%", AIER, "FY2023", basis="yoy"),
    m("segment_revenue|revenue", 7.431e9, "CNY", REF, "FY2023"),
    m("segment_revenue_growth|revenue_growth", 17.27, "%", REF, "FY2023", basis="yoy"),
], [
    ra(HTI, AIER, "maintain", "buy", None, 20.64, None, "CNY"),
])
