# Hand labels for news42/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, test, docs page, gold file or
# other batch's text was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news40 / news41 in particular, with the labels
# files of news40/zh). Values fully scaled (亿元 -> x1e8, 万元 -> x1e4, 万人次 -> x1e4, 亿千瓦时 / 亿度 -> x1e8 kWh);
# mainland 元 = CNY; declines negative (下降 / 减值); 同比 = yoy and 环比 = qoq / mom in basis; 个百分点 -> pp, while a
# change printed with "%" stays "%" as printed. A figure printed twice (sub-heading and body, or a restatement) is one key
# row plus optional twins; bounds (以上 / 高于) are open ranges, key where they are the figure's only printing (news41),
# and "X至Y" / "X%-Y%" are closed ranges with value None. Dividends and capitalisation issues per 10 shares are labelled as
# printed with "per 10 shares" in basis (news3 / news14 / news24); share counts (share base, shares issued, total after the
# issue) are optional. Brokers' targets and ratings are in rating actions, the target also a key target_price row
# (news40 zh02); a Sohu page row's own 目标价 column is a key target_price row of its own (news41 zh02), its start price,
# highs and gains optional (news14 zh01). Stock codes are entity aliases, never values. Periods only where the text states
# or clearly implies them: zh01 FY2013 ("2013年度报告", "2013年利润分配预案") and 2014Q1 ("2014年第一季度"); zh02 2013Q1
# (the note prints "13Q1" and "1季度") and FY2013 ("2013年业绩预测"); zh03 None ("今年前2个月", dateline "3月18日", no year
# printed); zh04 None ("9月份", "8月18日", no year); zh05 2023-01 ("2023年1月", with "今年1月份" / "1月份" in the same
# release round-up); zh06 None (the valuation base date is not printed; the signing date 2022-01-11 is in basis). URL
# dates and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)

REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"


# zh01: A-share company's annual results with its dividend / capitalisation proposal and a first-quarter profit forecast
# (qianinfo news item; whole stored item; the SEO link "(中国人民币行业发展研究报告)" inserted in the dividend sentence is page
# furniture and was dropped; no headline in the stored text, none composed). 佐力药业, FY2013. Key: revenue 41941.52万元
# (+22.01%), total profit (利润总额) 9036.92万元 (+30.53%), profit attributable to shareholders of the listed company
# 8099.75万元 (+30.64%); the proposal's cash dividend 5元 per 10 shares (含税), the total cash dividend 72000000.00元, the
# undistributed profit carried forward 115867173.16元 and the capitalisation issue of 12 shares per 10 shares from the
# capital reserve; the 2014Q1 forecast of attributable profit 1850至1920万元 (a closed range, "万" applies to both ends)
# and its growth 25%-30% (closed range). Optional: the share base 144000000股 at 2013-12-31, the 172800000 new shares and
# the 316800000 shares after the issue. "比上年同期" = yoy.
ZL = "佐力药业|佐力|Zhejiang Jolly Pharmaceutical|Jolly Pharmaceutical|300181"
FY = "FY2013"
G["zh01"] = ([
    m(REV, 4.194152e8, "CNY", ZL, FY, basis="营业收入, 2013年度报告"),
    m(REVG, 22.01, "%", ZL, FY, basis="yoy (较上年同期)"),
    m("total_profit|profit_before_tax|pretax_profit", 9.03692e7, "CNY", ZL, FY, basis="利润总额"),
    m("total_profit_growth|profit_before_tax_growth|pretax_profit_growth", 30.53, "%", ZL, FY, basis="yoy"),
    m(NP, 8.09975e7, "CNY", ZL, FY, basis="attributable to shareholders of the listed company"),
    m(NPG, 30.64, "%", ZL, FY, basis="yoy"),
    m("total_shares|share_capital", 144000000, "shares", ZL, "2013-12-31", opt=True,
      basis="share base of the dividend proposal"),
    m("dividend|dividend_per_share", 5, "CNY", ZL, FY, basis="per 10 shares, pre-tax (含税), proposed (利润分配预案)"),
    m("total_dividend|dividend_total|cash_dividend", 7.2e7, "CNY", ZL, FY, basis="total cash dividend, pre-tax, proposed"),
    m("undistributed_profit|retained_earnings", 115867173.16, "CNY", ZL, FY,
      basis="remaining undistributed profit carried forward to later years"),
    m("bonus_shares|capitalisation_issue", 12, "shares", ZL, FY, basis="per 10 shares, from capital reserve (转增), proposed"),
    m("bonus_shares_total|new_shares|shares_issued", 172800000, "shares", ZL, FY, opt=True,
      basis="total shares created by the capitalisation issue"),
    m("total_shares|share_capital", 316800000, "shares", ZL, None, opt=True, basis="total share capital after the issue"),
    m(NP, None, "CNY", ZL, "2014Q1", rng=(1.85e7, 1.92e7), basis="company forecast (业绩预告), attributable, 1850至1920万元"),
    m(NPG, None, "%", ZL, "2014Q1", rng=(25, 30), basis="company forecast, yoy, 25%-30%"),
], [])

# zh02: broker note on a Sohu "最新买入评级" analyst page (瑞银证券, analyst 徐颖真) after the company's first-quarter profit
# pre-announcement: the page row (industry, start date, start price, target, upside, 20- and 60-day highs and gains) is
# kept as a header line as in news41 zh02; the analyst's licence number, career line, menus and pagination are dropped;
# the stored note breaks off inside the valuation sentence ("两部分相加,得…"), so the passage ends with the sentence
# before it; the four sub-headings were reworded except the valuation one ("估值:“买入”评级,目标价7.32元"), kept as
# printed because it carries the rating and the target. Rating action: 瑞银证券 on 国投电力, buy (买入), target 7.32 CNY;
# no change word and the note keeps its forecast ("维持2013年业绩预测") -> `maintain`. The page row's 目标价 column prints
# 3.38 (below the 3.78 start price; a figure different from the note's 7.32, kept as printed, not reconciled): a key
# target_price row of its own with the page column in basis (news41 zh02); 目标空间 prints "--" (no figure). Key: the
# pre-announced 2013Q1 net profit "4亿元以上" (lower bound, its only printing), diluted EPS "高于0.09元" (lower bound) and
# the qoq profit growth "8%以上" (13Q1 vs Q412, lower bound); the broker's FY2013 profit forecast 15.9亿元 and the 25% share
# the quarter represents; on-grid power 171.78亿千瓦 (printed without 时; kWh) +19.3% yoy; the controlled thermal plants'
# 97.79亿千瓦时 (-10.3% yoy, +2.5% qoq); 雅砻江水电 52.69亿度 (度 = kWh) +224% yoy and the broker's 2013Q1 profit estimate
# 4亿元 for it; 川投's 2013Q1 net profit 2.2亿元; the target 7.32元; 雅砻江's fair value 409亿元, 国投's 52% stake and the
# other assets' 97.5亿元 DCF value. Optional: "以4亿元的下限计" (twin of the bound's end), the page row's start price and
# highs / gains. Subsidiaries and the associate's listed parent own their figures (雅砻江水电, 川投), with 国投电力 as alias
# where the figure is the group's segment. The 2013-04-17 start date is kept in basis only.
SDIC = "国投电力|国投|SDIC Power|SDIC Power Holdings|600886"
YL = "雅砻江水电|雅砻江|Yalong River Hydropower|Yalong Hydro|" + SDIC
THERM = "控股火电|火电|thermal power|" + SDIC
CT = "川投|川投能源|Sichuan Chuantou Energy|Chuantou Energy"
UBS = "瑞银证券|瑞银|UBS Securities|UBS"
Q13 = "2013Q1"
G["zh02"] = ([
    m("price|share_price", 3.78, "CNY", SDIC, None, opt=True, basis="start price (起评价), 起评日 2013-04-17"),
    m("target_price", 3.38, "CNY", SDIC, None, basis="page row's 目标价 column (the note's text says 7.32)"),
    m("price|share_price", 4.15, "CNY", SDIC, None, opt=True, basis="20-day high (20日短线最高价)"),
    m("price_change|max_gain", 9.79, "%", SDIC, None, opt=True, basis="20-day max gain"),
    m("price|share_price", 4.23, "CNY", SDIC, None, opt=True, basis="60-day high (60日中线最高价)"),
    m("price_change|max_gain", 11.90, "%", SDIC, None, opt=True, basis="60-day max gain"),
    m(NP, None, "CNY", SDIC, Q13, rng=(4e8, None), basis="company profit pre-announcement (盈利预告): 4亿元以上"),
    m("eps|diluted_eps", None, "CNY", SDIC, Q13, rng=(0.09, None),
      basis="after dilution from the convertible's conversion (摊薄后), 高于0.09元"),
    m(NP, 4e8, "CNY", SDIC, Q13, opt=True, basis="以4亿元的下限计, the lower end restated"),
    m(NPG, None, "%", SDIC, Q13, rng=(8, None), basis="qoq, 13Q1 vs Q412 (环比增长8%以上), at the 4亿元 lower end"),
    m(NP + "|net_profit_forecast", 1.59e9, "CNY", SDIC, "FY2013", basis="broker's full-year forecast, maintained"),
    m("share_of_forecast|forecast_completion", 25, "%", SDIC, Q13, basis="Q1 profit as a share of the 15.9亿元 full-year forecast"),
    m("on_grid_power|power_sold|electricity_sold|power_generation", 1.7178e10, "kWh", SDIC, Q13,
      basis="上网电量, printed 171.78亿千瓦 (without 时)"),
    m("on_grid_power_growth|power_sold_growth|power_generation_growth", 19.3, "%", SDIC, Q13, basis="yoy, 同比上升"),
    m("on_grid_power|power_sold|electricity_sold|power_generation", 9.779e9, "kWh", THERM, Q13,
      basis="controlled thermal plants (控股火电), 上网电量"),
    m("on_grid_power_growth|power_sold_growth|power_generation_growth", -10.3, "%", THERM, Q13, basis="yoy, 同比下降"),
    m("on_grid_power_growth|power_sold_growth|power_generation_growth", 2.5, "%", THERM, Q13, basis="qoq (环比上升)"),
    m("on_grid_power|power_sold|electricity_sold|power_generation", 5.269e9, "kWh", YL, Q13, basis="上网电量 52.69亿度 (度 = kWh)"),
    m("on_grid_power_growth|power_sold_growth|power_generation_growth", 224, "%", YL, Q13, basis="yoy, 同比上升"),
    m("net_profit", 2.2e8, "CNY", CT, Q13, basis="川投's first-quarter net profit, used as a reference"),
    m("net_profit|profit|earnings", 4e8, "CNY", YL, Q13, basis="broker's estimate of 雅砻江水电's first-quarter profit"),
    m("target_price", 7.32, "CNY", SDIC, None, basis="买入 (buy), valuation sub-heading"),
    m("fair_value|valuation|equity_value", 4.09e10, "CNY", YL, None, basis="合理价值, DCF (lower reaches) and cost method (middle reaches)"),
    m("stake|ownership|shareholding", 52, "%", YL, None, basis="国投持股52% in 雅砻江"),
    m("fair_value|valuation", 9.75e9, "CNY", SDIC, None, basis="DCF value of the assets other than 雅砻江"),
], [
    ra(UBS, SDIC, "maintain", "buy", None, 7.32, None, "CNY"),
])

# zh03: 财政部 monthly fiscal release as a 人民日报 news item (dateline "本报北京3月18日电(记者曲哲涵)" kept; whole stored item;
# no headline in the stored text, none composed). "今年前2个月" with no year printed -> period None, "前2个月" (January-
# February) in basis. The national totals take China as entity; the central and local lines, tax / non-tax revenue and
# the spending categories own their figures (entity = the line, China as alias), metric named after the line. Key: general
# budget revenue 46203亿元 (+10.5%), central 22771亿元 (+11.3%), local own revenue 23432亿元 (+9.8%), tax revenue 40812亿元
# (+10.1%), non-tax revenue 5391亿元 (+13.7%); general budget expenditure 38227亿元 (+7%, printed without a decimal), central
# own expenditure 3896亿元 (+4.6%), local expenditure 34331亿元 (+7.3%); education / social security and employment /
# health spending growth 9.1% / 4.8% / 4% ("分别", mapped in order); government-fund revenue 9159亿元 (-27.2%, 下降) and
# expenditure 14042亿元 (+27.9%).
CN = "全国|中国|China|财政部|Ministry of Finance"
CEN = "中央|中央财政|central government|" + CN
LOC = "地方|地方财政|local governments|" + CN
EDU = "教育|教育支出|education|" + CN
SOC = "社会保障和就业|社会保障和就业支出|social security and employment|" + CN
HLT = "卫生健康|卫生健康支出|health|healthcare|" + CN
P2 = "前2个月 (January-February), no year printed"
BR, BRG = "fiscal_revenue|general_budget_revenue|budget_revenue", "fiscal_revenue_growth|general_budget_revenue_growth|budget_revenue_growth"
BE, BEG = ("fiscal_expenditure|general_budget_expenditure|budget_expenditure",
           "fiscal_expenditure_growth|general_budget_expenditure_growth|budget_expenditure_growth|expenditure_growth")
G["zh03"] = ([
    m(BR, 4.6203e12, "CNY", CN, None, basis="全国一般公共预算收入, " + P2),
    m(BRG, 10.5, "%", CN, None, basis="yoy, " + P2),
    m(BR + "|central_revenue", 2.2771e12, "CNY", CEN, None, basis="中央一般公共预算收入, " + P2),
    m(BRG + "|central_revenue_growth", 11.3, "%", CEN, None, basis="yoy"),
    m(BR + "|local_revenue", 2.3432e12, "CNY", LOC, None, basis="地方一般公共预算本级收入, " + P2),
    m(BRG + "|local_revenue_growth", 9.8, "%", LOC, None, basis="yoy"),
    m("tax_revenue", 4.0812e12, "CNY", CN, None, basis="全国税收收入, " + P2),
    m("tax_revenue_growth", 10.1, "%", CN, None, basis="yoy"),
    m("non_tax_revenue", 5.391e11, "CNY", CN, None, basis="非税收入, " + P2),
    m("non_tax_revenue_growth", 13.7, "%", CN, None, basis="yoy"),
    m(BE, 3.8227e12, "CNY", CN, None, basis="全国一般公共预算支出, " + P2),
    m(BEG, 7, "%", CN, None, basis="yoy, printed 7%"),
    m(BE + "|central_expenditure", 3.896e11, "CNY", CEN, None, basis="中央一般公共预算本级支出, " + P2),
    m(BEG + "|central_expenditure_growth", 4.6, "%", CEN, None, basis="yoy"),
    m(BE + "|local_expenditure", 3.4331e12, "CNY", LOC, None, basis="地方一般公共预算支出, " + P2),
    m(BEG + "|local_expenditure_growth", 7.3, "%", LOC, None, basis="yoy"),
    m(BEG + "|education_expenditure_growth", 9.1, "%", EDU, None, basis="yoy, first of 分别 9.1%、4.8%、4%"),
    m(BEG + "|social_security_expenditure_growth", 4.8, "%", SOC, None, basis="yoy, second of the list"),
    m(BEG + "|health_expenditure_growth", 4, "%", HLT, None, basis="yoy, third of the list (printed 4%)"),
    m("government_fund_revenue|fund_budget_revenue", 9.159e11, "CNY", CN, None, basis="全国政府性基金预算收入, " + P2),
    m("government_fund_revenue_growth|fund_budget_revenue_growth", -27.2, "%", CN, None, basis="yoy, 同比下降"),
    m("government_fund_expenditure|fund_budget_expenditure", 1.4042e12, "CNY", CN, None, basis="全国政府性基金预算支出, " + P2),
    m("government_fund_expenditure_growth|fund_budget_expenditure_growth", 27.9, "%", CN, None, basis="yoy"),
], [])

# zh04: regional coal-price monitor (an Inner Mongolia report written as "我区", 乌海 named; the region itself is not named;
# whole stored item; no headline in the stored text). Prices are printed as bare 元 (坑口价格, 出厂价格, 口岸落地交易价, 平仓价)
# without the quantity unit: labelled in CNY with "per tonne (not printed)" in basis, as the futures convention puts the
# quoting basis in basis (news31 / news34). "9月份" and "8月18日" with no year -> period None, the month / day in basis.
# Key: western region — high-calorific steam coal 400元 (保持), lump coal 510元, low-calorific steam coal 195元, coking coal
# 495元左右 (约 -> value), anthracite 700元, 乌海 grade-2 metallurgical coke 1675元, imported Mongolian coking coal 600元;
# eastern region — thermal coal for power 200元, coal fines 215元 with "比上月涨30元" (+30 CNY, key); 秦皇岛 5500大卡 steam
# coal 835元 with "比上月上涨10元" (+10 CNY, key). Optional: "5500大卡" as a calorific-value row (a grade, not a price).
# "保持 / 基本稳定 / 略有上涨" print no figure of their own.
W = "西部地区|western region|我区西部"
E = "东部地区|eastern region|我区东部"
PR, CH = "coal_price|price", "coal_price_change|price_change"
M9 = "9月份 (no year printed), per tonne (not printed)"
G["zh04"] = ([
    m(PR, 400, "CNY", "高热值动力煤|high-calorific steam coal|" + W, None, basis="坑口价格 (pithead), 保持, " + M9),
    m(PR, 510, "CNY", "块煤|lump coal|" + W, None, basis="price, 基本保持稳定, " + M9),
    m(PR, 195, "CNY", "低热值动力煤|low-calorific steam coal|" + W, None, basis="price, 保持, " + M9),
    m(PR, 495, "CNY", "焦煤|coking coal|" + W, None, basis="坑口平均价, 左右 (approx.), " + M9),
    m(PR, 700, "CNY", "无烟原煤|anthracite|raw anthracite|" + W, None, basis="坑口价格, 保持, " + M9),
    m(PR + "|coke_price", 1675, "CNY", "二级冶金焦|乌海二级冶金焦|metallurgical coke|乌海地区|Wuhai", None,
      basis="乌海地区 average ex-works price (出厂平均价格), 保持在1675元水平, " + M9),
    m(PR, 600, "CNY", "进口蒙古国焦煤|蒙古国焦煤|Mongolian coking coal|imported coking coal|" + W, None,
      basis="口岸落地交易价 (landed at the border port), 基本稳定, " + M9),
    m(PR, 200, "CNY", "电煤|thermal coal for power|power coal|" + E, None, basis="坑口价格, 继续保持在200元水平, " + M9),
    m(PR, 215, "CNY", "粉煤|coal fines|" + E, None, basis="market average price, " + M9),
    m(CH, 30, "CNY", "粉煤|coal fines|" + E, None, basis="mom (比上月涨30元), " + M9),
    m(PR, 835, "CNY", "5500大卡动力煤|秦皇岛港动力煤|秦皇岛|Qinhuangdao steam coal|steam coal", None,
      basis="秦皇岛港平仓价 (FOB Qinhuangdao), 835元水平, 8月18日 (no year), per tonne (not printed)"),
    m(CH, 10, "CNY", "5500大卡动力煤|秦皇岛港动力煤|秦皇岛|Qinhuangdao steam coal|steam coal", None,
      basis="mom (比上月上涨10元), 8月18日"),
    m("calorific_value", 5500, "kcal", "5500大卡动力煤|秦皇岛港动力煤|秦皇岛", None, opt=True,
      basis="grade of the quoted coal (5500大卡), not a price"),
], [])

# zh05: listed airlines' monthly operating data round-up (中国民航网 ccaonline; headline kept as printed; whole stored item,
# the trailing "搜索" button dropped). Period 2023-01 for every row ("2023年1月" printed for 国航 / 东航 / 南航 and in the
# lead; 吉祥's "今年1月份" and 国泰's "1月份 ... 较2022年同月" are the same month). Each airline owns its rows; capacity
# (客运运力投入, ASK) and traffic (旅客周转量, RPK) growth yoy, and mom where printed (环比); load factors as levels in %.
# 东航 / 南航 / 吉祥 print the load-factor change with "%" ("客座率为68.33%,同比上升12.20%"): kept in "%" as printed, not
# converted to pp; 国泰 prints "增加46.4个百分点至86.8 %" -> a pp change row and the 86.8% level (both key; the level is not
# given a prior because the earlier level is not printed). 国泰's 载客103.1万人次 -> 1031000 passengers (+4077.9 %),
# 收入乘客千米数 (RPK) +3807.3 % and ASK +1717.1 % (the stray space before "%" kept as printed). All rows key; the lead's
# "同比、环比均上升" / "有序上升" print no figure.
CA = "中国国航|国航|Air China"
MU = "中国东航|东航|China Eastern|China Eastern Airlines"
CZ = "南方航空|南航|China Southern|China Southern Airlines"
HO = "吉祥航空|吉祥|Juneyao Airlines|Juneyao Air"
CX = "国泰航空|国泰|Cathay Pacific|Cathay Pacific Airways"
J23 = "2023-01"
CAP = "capacity_growth|ask_growth|passenger_capacity_growth"
RPK = "rpk_growth|passenger_traffic_growth|passenger_turnover_growth"
LF, LFC = "load_factor|passenger_load_factor", "load_factor_change|passenger_load_factor_change"
G["zh05"] = ([
    m(CAP, 38.4, "%", CA, J23, basis="客运运力投入 (ASK), yoy, group incl. subsidiaries"),
    m(CAP, 96.1, "%", CA, J23, basis="ASK, mom (环比)"),
    m(RPK, 62.2, "%", CA, J23, basis="旅客周转量 (RPK), yoy"),
    m(RPK, 121.6, "%", CA, J23, basis="RPK, mom (环比)"),
    m(CAP, 17.21, "%", MU, J23, basis="ASK (按可用座公里计), yoy"),
    m(RPK, 42.70, "%", MU, J23, basis="RPK (按客运人公里计), yoy"),
    m(LF, 68.33, "%", MU, J23),
    m(LFC, 12.20, "%", MU, J23, basis="yoy, printed with % (同比上升12.20%)"),
    m(CAP, 25.41, "%", CZ, J23, basis="ASK (按可利用座公里计), yoy, incl. subsidiaries"),
    m(RPK, 44.62, "%", CZ, J23, basis="RPK, yoy"),
    m(LF, 72.67, "%", CZ, J23),
    m(LFC, 9.65, "%", CZ, J23, basis="yoy, printed with %"),
    m(CAP, 10.10, "%", HO, J23, basis="ASK, yoy (今年1月份)"),
    m(RPK, 30.57, "%", HO, J23, basis="RPK, yoy"),
    m(LF, 74.12, "%", HO, J23),
    m(LFC, 11.62, "%", HO, J23, basis="yoy, printed with %"),
    m("passengers|passengers_carried|passenger_numbers", 1031000, "passengers", CX, J23, basis="载客103.1万人次"),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 4077.9, "%", CX, J23, basis="vs the same month of 2022"),
    m(RPK, 3807.3, "%", CX, J23, basis="收入乘客千米数 (RPK), yoy (按年)"),
    m(LFC, 46.4, "pp", CX, J23, basis="乘客运载率, 增加46.4个百分点"),
    m(LF, 86.8, "%", CX, J23, basis="乘客运载率 level after the rise"),
    m(CAP, 1717.1, "%", CX, J23, basis="capacity by available seat-km (ASK), yoy (按年)"),
], [])

# zh06: A-share company's related-party acquisition announcement as reposted (1dichan; whole stored item; no headline in
# the stored text; the hard line wrap inside "4,308.08 万\n元", the spaces around figures and dates and the full names of
# the agreement and of the two exchange rules kept as printed). Buyer 卧龙地产 (named in the agreement title), seller
# 卧龙电驱 (a related party), target 上海卧龙 (上海卧龙矿业有限公司). Key: the cash consideration 6,800 万元 and the 100% stake
# (entity the target, buyer as alias; the signing date 2022-01-11 in basis, period None); the appraisal at the valuation
# base date (date not printed, period None) — total assets book 13,041.37 万元 and appraised 13,041.69 万元 (+0.32 万元,
# 0.00%), total liabilities book 8,787.36 万元 and appraised 8,733.61 万元 (减值 53.75 万元 -> negative, 减值率 0.61% ->
# negative), net assets book 4,254.01 万元 and appraised (asset-based method) 4,308.08 万元 (+54.07 万元, +1.27%). The
# appraisal changes are CNY rows signed by direction (增值 positive, 减值 negative); the 0.00% rate is a key zero row (no
# sign). The book values are not labelled as priors of the appraised values (a valuation, not a change over time).
# "第 5 号" is a rule number, not a figure.
WLM = "上海卧龙|上海卧龙矿业有限公司|Shanghai Wolong Mining|卧龙地产|卧龙地产集团股份有限公司|Wolong Real Estate|600173"
SIGN = "agreement signed 2022 年 1 月 11 日"
VB = "at the valuation base date (评估基准日, not printed)"
G["zh06"] = ([
    m("deal_value|consideration|acquisition_price", 6.8e7, "CNY", WLM, None,
      basis="cash consideration paid by 卧龙地产 to 卧龙电驱, related-party deal; " + SIGN),
    m("stake|stake_acquired|ownership", 100, "%", WLM, None, basis="100%股权 of the target acquired; " + SIGN),
    m("total_assets|book_value", 1.304137e8, "CNY", WLM, None, basis="total assets, book value, " + VB),
    m("total_assets_appraised|appraised_value|valuation", 1.304169e8, "CNY", WLM, None, basis="total assets, appraised value"),
    m("appraisal_increase|valuation_surplus|appraisal_change", 3200, "CNY", WLM, None, basis="total assets, 增值 0.32 万元"),
    m("appraisal_increase_rate|valuation_surplus_rate|appraisal_change_rate", 0.00, "%", WLM, None,
      basis="total assets, 增值率 0.00%"),
    m("total_liabilities|book_value", 8.78736e7, "CNY", WLM, None, basis="total liabilities, book value, " + VB),
    m("total_liabilities_appraised|appraised_value|valuation", 8.73361e7, "CNY", WLM, None,
      basis="total liabilities, appraised value"),
    m("appraisal_decrease|appraisal_change|valuation_surplus", -5.375e5, "CNY", WLM, None,
      basis="total liabilities, 减值 53.75 万元 (decrease, negative)"),
    m("appraisal_decrease_rate|appraisal_change_rate|valuation_surplus_rate", -0.61, "%", WLM, None,
      basis="total liabilities, 减值率 0.61% (negative)"),
    m("net_assets|book_value", 4.25401e7, "CNY", WLM, None, basis="net assets, book value, " + VB),
    m("net_assets_appraised|appraised_value|valuation", 4.30808e7, "CNY", WLM, None,
      basis="net assets, appraised by the asset-based method (资产基础法)"),
    m("appraisal_increase|valuation_surplus|appraisal_change", 5.407e5, "CNY", WLM, None, basis="net assets, 增值 54.07 万元"),
    m("appraisal_increase_rate|valuation_surplus_rate|appraisal_change_rate", 1.27, "%", WLM, None,
      basis="net assets, 增值率 1.27%"),
], [])
