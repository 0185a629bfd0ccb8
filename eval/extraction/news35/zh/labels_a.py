# Hand labels for news35/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of the development corpus's README and scorer, and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news33 / news34 in particular): values fully scaled (亿元 / 万元 -> CNY; mainland
# 元 = CNY; 元/股 per-share values in CNY); declines negative (下降 / 下行 / 减少 / 降 / a printed minus sign); 个百分点 /
# pct = pp; BP / bp / 基点 = bp; 倍 (PB) = "x"; 约X -> X; ranges (不低于…不超过…) as rng; a figure repeated in a headline
# and the body is one row; forecast revisions printed only as signed increments give key *_change rows and no derived
# prior (news33); broker targets are target_price metric rows besides the rating action (news34); ownership-type
# breakdowns in a macro release optional (corpus); a per-10-shares dividend is labelled as printed with "per 10 shares"
# in basis (corpus zh07, news33); battery volumes keep the printed unit GWh (news31). Periods only where the text states
# or clearly implies the year: zh01 FY2023; zh02 24Q1 / 24Q2 / 24H1 / 23H1 and the 2024-2026 forecasts as printed;
# zh03 2021 (8月份 beside "比2019年同期…两年平均", see zh03); zh04 2021-12-29 (title date 20211230 with "周三(12月29日)");
# zh06 2022 (a 6-month plan from 2022-06-23 that has expired on 12月22日); zh05 prints no year ("11月份") -> None, the
# month in basis. Stock codes are entity aliases, never values.

# zh01: A-share company's 年报 summary in a news item (营业收入, 归母净利润, 毛利率, 分红): 普洛药业 2023 annual report
# (深交所 item on a gubit page; headline kept as printed). Period FY2023. Key: revenue 约114.74亿元 and +8.81%;
# attributable profit 约10.55亿元 and +6.69% (headline and body: one row each); basic EPS 0.9025元; the proposed cash
# dividend 3.16元 per 10 shares (含税; headline "10派3.16元": one row); for each of the three segments (原料药中间体 /
# CDMO / 制剂) revenue, its growth, gross profit, its growth and gross margin (segment as entity, company as alias,
# news33 zh07). Judgement calls: the item prints no 扣非 profit (none labelled); the date 3月7日 is not labelled.
PL = "普洛药业|普洛药业股份有限公司|Apeloa|Apeloa Pharmaceutical|000739|000739.SZ"
FY23 = "FY2023"
SEG_REV, SEG_REVG = "revenue|segment_revenue|sales", "revenue_growth|segment_revenue_growth|sales_growth"
GP, GPG, GM = "gross_profit", "gross_profit_growth", "gross_margin"
API = "原料药中间体业务|原料药中间体|API and intermediates|" + PL
CDMO = "CDMO业务|CDMO|" + PL
FORM = "制剂业务|制剂|formulations|" + PL
def seg(ent, rev, revg, gp, gpg, gm, note):
    return [m(SEG_REV, rev, "CNY", ent, FY23, basis=note),
            m(SEG_REVG, revg, "%", ent, FY23, basis="yoy"),
            m(GP, gp, "CNY", ent, FY23),
            m(GPG, gpg, "%", ent, FY23, basis="yoy"),
            m(GM, gm, "%", ent, FY23)]
G["zh01"] = ([
    m("revenue|operating_revenue", 1.1474e10, "CNY", PL, FY23, basis="营业收入约114.74亿元 (约X -> X)"),
    m("revenue_growth|operating_revenue_growth", 8.81, "%", PL, FY23, basis="yoy"),
    m("net_profit|net_profit_attributable", 1.055e9, "CNY", PL, FY23,
      basis="attributable (归母), 约10.55亿元; headline and body"),
    m("net_profit_growth|net_profit_attributable_growth", 6.69, "%", PL, FY23, basis="yoy; headline and body"),
    m("eps|basic_eps", 0.9025, "CNY", PL, FY23, basis="basic (每股收益(基本))"),
    m("dividend|dividend_per_share|cash_dividend", 3.16, "CNY", PL, FY23,
      basis="per 10 shares, pre-tax (含税), proposed; headline 拟10派3.16元"),
    *seg(API, 7.987e9, 3.23, 1.403e9, 8.63, 17.56, "segment sales revenue (销售收入)"),
    *seg(CDMO, 2.005e9, 27.10, 8.48e8, 31.04, 42.29, "segment operating revenue (营业收入)"),
    *seg(FORM, 1.249e9, 15.69, 6.64e8, 17.94, 53.14, "segment sales revenue (销售收入)"),
], [])

# zh02: a broker's note on a bank with 目标价 / 评级 and 盈利预测 (BVPS, PB, profit-growth forecasts): 常熟银行 after its
# 2024 interim results (sohu analyst page, 2024). The page's ranking-table row is furniture (news33): only the stock,
# its printed sector and the rating date are kept as a header line; the row's tracking prices and percentages are left
# out. The stored text names no broker or analyst (the page header with them is not in the stored text), so the rating
# action's broker is None. Periods: 24Q2 -> 2024Q2, 24H1 -> 2024H1, 23H1 -> 2023H1; forecasts FY2024-FY2026; the
# target PB "对应2024年0.85倍PB" FY2024. Key: target 8.09元 (lead "目标价价8.09元元" with its printed doubling, and body:
# one row); target PB 0.85x; 2024-2026 profit-growth forecasts 19.6 / 17.0 / 17.2%; BVPS forecasts 9.49 / 10.71 /
# 12.19元 and the printed revisions -0.79 / -0.86元 (signed increments: key change rows, no prior derived, news33; the
# 2026 figure is printed "(新增)", no change); 24Q2 revenue +12.1% and net interest income +6.6%; NIM 2.75% and its
# -8bp qoq change; agency wealth-management and insurance scale +22.6% / +67.1% vs the start of the year; cost-income
# ratio 35.1% and its -6.8pct change; 24Q2 net profit +19.3%; deposits +16.7% and loans +11.3% yoy; 24H1 new personal
# business loans 42亿元 and their period-end share 39.4% with its -1pct change vs the start of the year. Optional: the
# village-bank count "新增3家至34家" (34 and +3, minor counts of a subsidiary's holdings) and "仅为23H1的41%" (a ratio of
# two periods' amounts, not a growth rate). Judgement calls: the cost-income change "-6.8pct" prints no comparison
# period (basis says so); balances' growth rates in the Q2 sentences take 2024Q2, the 期末 share of the 24H1 sentence
# 2024H1. Rating action: maintain, overweight (增持 维持), 8.09 CNY, no earlier target printed, broker None.
CS = "常熟银行|江苏常熟农村商业银行|常熟农商银行|常熟农商行|Changshu Rural Commercial Bank|Bank of Changshu|601128|601128.SH"
NPGF = "net_profit_growth_forecast|net_profit_growth"
BV, BVC = "bvps|bvps_forecast|book_value_per_share", "bvps_forecast_change|bvps_change|book_value_per_share_change"
PBL = "个人经营贷|personal business loans|" + CS
XF = "兴福村镇银行控股公司|兴福村镇银行|Xingfu village banks|" + CS
G["zh02"] = ([
    m("target_price", 8.09, "CNY", CS, None, basis="maintained (维持目标价); lead prints 目标价价8.09元元, body 8.09元"),
    m("target_pb|pb_ratio|pb", 0.85, "x", CS, "FY2024", basis="target implies 2024 PB (对应2024年0.85倍PB)"),
    m(NPGF, 19.6, "%", CS, "FY2024", basis="forecast, adjusted (净利润增速预测)"),
    m(NPGF, 17.0, "%", CS, "FY2025", basis="forecast, adjusted"),
    m(NPGF, 17.2, "%", CS, "FY2026", basis="forecast, adjusted"),
    m(BV, 9.49, "CNY", CS, "FY2024", basis="forecast BVPS, 元/股"),
    m(BVC, -0.79, "CNY", CS, "FY2024", basis="revision printed (-0.79,转增股本)"),
    m(BV, 10.71, "CNY", CS, "FY2025", basis="forecast BVPS"),
    m(BVC, -0.86, "CNY", CS, "FY2025", basis="revision printed (-0.86)"),
    m(BV, 12.19, "CNY", CS, "FY2026", basis="forecast BVPS, new (新增)"),
    m("revenue_growth|operating_revenue_growth", 12.1, "%", CS, "2024Q2", basis="yoy"),
    m("net_interest_income_growth|nii_growth", 6.6, "%", CS, "2024Q2", basis="yoy"),
    m("nim|net_interest_margin", 2.75, "%", CS, "2024Q2"),
    m("nim_change|net_interest_margin_change", -8, "bp", CS, "2024Q2", basis="qoq (环比-8bp)"),
    m("agency_wealth_management_scale_growth|scale_growth|aum_growth", 22.6, "%",
      "代理理财|agency wealth-management products|" + CS, "2024Q2", basis="scale vs start of year (较年初)"),
    m("agency_insurance_scale_growth|scale_growth", 67.1, "%", "代理保险|agency insurance|" + CS, "2024Q2",
      basis="scale vs start of year (较年初)"),
    m("cost_income_ratio|cost_to_income_ratio", 35.1, "%", CS, "2024Q2"),
    m("cost_income_ratio_change|cost_to_income_ratio_change", -6.8, "pp", CS, "2024Q2",
      basis="-6.8pct as printed; comparison period not stated"),
    m("net_profit_growth", 19.3, "%", CS, "2024Q2", basis="yoy"),
    m("deposit_growth|deposits_growth", 16.7, "%", CS, "2024Q2", basis="yoy"),
    m("loan_growth|loans_growth", 11.3, "%", CS, "2024Q2", basis="yoy"),
    m("new_loans|loan_increase|new_personal_business_loans", 4.2e9, "CNY", PBL, "2024H1", basis="新增 in 24H1"),
    m("loan_share|share", 39.4, "%", PBL, "2024H1", basis="share of loans at period end (期末占比)"),
    m("loan_share_change|share_change", -1, "pp", PBL, "2024H1", basis="vs start of year (较年初下降1pct)"),
    m("village_banks|count", 34, "banks", XF, "2024H1", opt=True, basis="新增3家至34家"),
    m("village_banks_change|count_change", 3, "banks", XF, "2024H1", opt=True, basis="新增3家"),
    m("new_loans_ratio|ratio", 41, "%", PBL, "2024H1", opt=True, basis="24H1 new loans 仅为23H1的41%"),
], [
    ra(None, CS, "maintain", "overweight", None, 8.09, None, "CNY"),
])

# zh03: 国家统计局 工业增加值 release (同比, 环比, 三大门类, by industry): August industrial value added (现代物流报 item on
# news.z56c.com; headline and "本报讯" dateline kept; the products paragraph after the industry list left out, which
# would take the key rows past 30). Period: "8月份" with "比2019年同期增长11.2%，两年平均增长5.4%" — a two-year average
# over 2019 places the month in 2021, so 2021-08 and 1~8月份 2021-01..08 (a judgement call, noted in basis). Key: yoy
# 5.3% (headline and body: one row), the growth vs the same month of 2019 11.2%, the two-year average 5.4%, mom 0.31%;
# January-August 13.1% and its two-year average 6.6%; the three 门类 (制造业 5.5, 采矿业 2.5, 电力、热力、燃气及水生产和
# 供应业 6.3); the thirteen industries' yoy changes (entity = the industry; 汽车制造业 -12.6% also in the headline: one
# row). Optional: the four ownership types (corpus), "41个大类行业" and "34个行业" with growth. The rewrite lists the
# industries falls first, then rises in descending order (clauses reordered, each figure beside its own name and
# direction word).
IP = "规模以上工业|规模以上工业增加值|全国规模以上工业|industrial enterprises above designated size|China|中国|全国"
P8, W8 = "2021-08", "2021-01..08"
IPG = "industrial_production_growth|industrial_value_added_growth|value_added_growth"
IP2 = "industrial_production_growth_2y_avg|two_year_average_growth|" + IPG
def ind(name, v):
    return m(IPG, v, "%", name, P8, basis="August, yoy, real")
G["zh03"] = ([
    m(IPG, 5.3, "%", IP, P8, basis="yoy, real (同比实际增长); headline and body"),
    m(IPG, 11.2, "%", IP, P8, basis="vs same month of 2019 (与2019年同期相比)"),
    m(IP2, 5.4, "%", IP, P8, basis="two-year average (两年平均)"),
    m(IPG, 0.31, "%", IP, P8, basis="mom (比上月)"),
    m(IPG, 13.1, "%", IP, W8, basis="1~8月份 cumulative, yoy"),
    m(IP2, 6.6, "%", IP, W8, basis="1~8月份, two-year average"),
    m(IPG, 5.5, "%", "制造业|manufacturing", P8, basis="门类, yoy"),
    m(IPG, 2.5, "%", "采矿业|mining", P8, basis="门类, yoy"),
    m(IPG, 6.3, "%", "电力、热力、燃气及水生产和供应业|electricity, heat, gas and water|utilities", P8, basis="门类, yoy"),
    m(IPG, 5.2, "%", "私营企业|private enterprises", P8, opt=True, basis="ownership type, yoy"),
    m(IPG, 6.1, "%", "股份制企业|joint-stock enterprises", P8, opt=True, basis="ownership type, yoy"),
    m(IPG, 4.6, "%", "国有控股企业|state-controlled enterprises|SOEs", P8, opt=True, basis="ownership type, yoy"),
    m(IPG, 3.4, "%", "外商及港澳台商投资企业|foreign-invested enterprises", P8, opt=True, basis="ownership type, yoy"),
    m("industries_growing|industries", 34, "industries", IP, P8, opt=True, basis="34 of 41 大类行业 with yoy growth"),
    m("industries_total|industries", 41, "industries", IP, P8, opt=True, basis="41个大类行业"),
    ind("汽车制造业|automobile manufacturing|autos", -12.6),
    ind("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling|steel", -5.3),
    ind("纺织业|textiles", -2.5),
    ind("计算机、通信和其他电子设备制造业|computers, communication and other electronic equipment|electronics", 13.3),
    ind("电气机械和器材制造业|electrical machinery and equipment", 10.3),
    ind("专用设备制造业|special-purpose equipment", 8.7),
    ind("农副食品加工业|agricultural and sideline food processing|food processing", 7.2),
    ind("通用设备制造业|general-purpose equipment", 6.7),
    ind("化学原料和化学制品制造业|chemical raw materials and chemical products|chemicals", 5.5),
    ind("电力、热力生产和供应业|power and heat production and supply", 5.0),
    ind("非金属矿物制品业|non-metallic mineral products", 4.4),
    ind("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", 2.8),
    ind("铁路、船舶、航空航天和其他运输设备制造业|railway, shipbuilding, aerospace and other transport equipment", 1.3),
], [])

# zh04: 债市 report (收益率, 基点): ICBC's daily RMB rates market overview "工行金融市场:人民币利率市场每日概览(20211230)"
# (icbc-us.com copy; title kept as the headline). Period 2021-12-29 (the title's date 20211230 with "周三(12月29日)").
# Key: for the overnight and 7-day repo rates and the 1 / 5 / 10-year government and CDB (国开债) bond yields, the close
# (%) and the change vs the previous trading day (bp; 下行 negative, 上行 positive; "约28.82BP" / "约7.80BP" -> the
# figure). Judgement calls: no prior level is derived from a close and its change; "均衡偏松", "小幅下行" (no figure) are
# not labelled.
D29 = "2021-12-29"
ON = "隔夜回购利率|隔夜回购|overnight repo rate|overnight repo|R001|DR001"
R7 = "7天回购利率|7天回购|7-day repo rate|7-day repo|R007|DR007"
def gb(t): return f"{t}年期国债|{t}年期国债收益率|{t}-year government bond|{t}-year treasury|{t}Y CGB"
def cdb(t): return f"{t}年期国开债|{t}年期国开债收益率|{t}-year CDB bond|{t}Y CDB|{t}-year policy bank bond"
RT, RTC = "repo_rate|interbank_rate|rate|yield", "rate_change|yield_change|change"
YL, YLC = "bond_yield|yield|rate", "yield_change|rate_change|change"
def pair(lv, ch, ent, a, b, note=""):
    return [m(lv, a, "%", ent, D29, basis="close (收于 / 收在 / 收报)"),
            m(ch, b, "bp", ent, D29, basis="vs previous trading day" + note)]
G["zh04"] = ([
    *pair(RT, RTC, ON, 1.2814, -28.82, ", 下行约28.82BP (约X -> X)"),
    *pair(RT, RTC, R7, 2.3650, 7.80, ", 上行约7.80BP (约X -> X)"),
    *pair(YL, YLC, gb(1), 2.3353, -0.91),
    *pair(YL, YLC, gb(5), 2.605, -2.5),
    *pair(YL, YLC, gb(10), 2.8275, -1.75),
    *pair(YL, YLC, cdb(1), 2.34, -2),
    *pair(YL, YLC, cdb(5), 2.765, -3.5),
    *pair(YL, YLC, cdb(10), 3.1425, -2.5),
], [])

# zh05: 新能源车 industry monthly data (产量, 销量, 装车量, 同比, 环比): 中国汽车动力电池产业创新联盟's November power and
# energy-storage battery data (中国质量报 story, byline kept, on auto.eastday.com; the "本文转自" line left out). No year
# is printed ("11月份") -> period None, the month in basis. Units GWh as printed (news31). Key: combined production 87.7
# GWh with mom +13.4% and yoy +40.7%; sales 84.2 GWh and mom +12.3%; exports 17.9 GWh, mom +23.3% and 21.3% of the
# month's sales; power-battery installations 44.9 GWh, yoy +31.0%, mom +14.5%; NCM (三元) 15.7 GWh, 35.0% share, yoy
# +42.4%, mom +27.5%; LFP 29.1 GWh, 64.9%, yoy +26.0%, mom +8.5%; 37 battery makers with installations and the yoy
# change -5 (company counts are key count rows, news33 zh05); the top-3 / top-5 / top-10 makers' installations 33.1 /
# 37.3 / 43.2 GWh ("37.3GWh 和43.2GWh" with its stray space) and shares 73.8 / 83.1 / 96.2%.
M11 = "11月份 (no year printed)"
BAT = "动力和储能电池|power and energy-storage batteries|power and energy storage batteries|China|中国|全国"
PWR = "动力电池|power batteries|China|中国|全国"
NCM = "三元电池|NCM batteries|ternary lithium batteries|ternary batteries"
LFP = "磷酸铁锂电池|LFP batteries|lithium iron phosphate batteries|LFP"
INS, INSG, SHR = "installations|installed_volume|battery_installations|installed_capacity", \
    "installations_growth|installed_volume_growth|battery_installations_growth", "share|market_share|installation_share"
MK = "动力电池企业|battery makers|power battery companies"
def top(n, v, s):
    ent = f"前{n}家动力电池企业|top {n} battery makers|top {n}"
    return [m(INS, v, "GWh", ent, None, basis=M11 + ", combined installations"),
            m(SHR, s, "%", ent, None, basis=M11 + ", share of total installations")]
G["zh05"] = ([
    m("production|output|battery_production", 87.7, "GWh", BAT, None, basis=M11 + ", combined production"),
    m("production_growth|output_growth", 13.4, "%", BAT, None, basis=M11 + ", mom"),
    m("production_growth|output_growth", 40.7, "%", BAT, None, basis=M11 + ", yoy"),
    m("sales_volume|sales|battery_sales", 84.2, "GWh", BAT, None, basis=M11 + ", combined sales"),
    m("sales_volume_growth|sales_growth", 12.3, "%", BAT, None, basis=M11 + ", mom"),
    m("exports|export_volume", 17.9, "GWh", BAT, None, basis=M11 + ", combined exports"),
    m("exports_growth|export_growth|export_volume_growth", 23.3, "%", BAT, None, basis=M11 + ", mom"),
    m("export_share_of_sales|export_share|share", 21.3, "%", BAT, None, basis=M11 + ", exports as share of sales"),
    m(INS, 44.9, "GWh", PWR, None, basis=M11 + ", power-battery installations (装车量)"),
    m(INSG, 31.0, "%", PWR, None, basis=M11 + ", yoy"),
    m(INSG, 14.5, "%", PWR, None, basis=M11 + ", mom"),
    m(INS, 15.7, "GWh", NCM, None, basis=M11),
    m(SHR, 35.0, "%", NCM, None, basis=M11 + ", share of total installations"),
    m(INSG, 42.4, "%", NCM, None, basis=M11 + ", yoy"),
    m(INSG, 27.5, "%", NCM, None, basis=M11 + ", mom"),
    m(INS, 29.1, "GWh", LFP, None, basis=M11),
    m(SHR, 64.9, "%", LFP, None, basis=M11 + ", share of total installations"),
    m(INSG, 26.0, "%", LFP, None, basis=M11 + ", yoy"),
    m(INSG, 8.5, "%", LFP, None, basis=M11 + ", mom"),
    m("companies|number_of_companies|count", 37, "companies", MK, None,
      basis=M11 + ", battery makers with vehicle installations (实现装车配套)"),
    m("companies_change|count_change", -5, "companies", MK, None, basis=M11 + ", yoy (比去年同期减少5家)"),
    *top(3, 33.1, 73.8),
    *top(5, 37.3, 83.1),
    *top(10, 43.2, 96.2),
], [])

# zh06: a listed company's 增持 announcement (金额, 股数, 均价, 占总股本比例): the controlling shareholder 山东省商业集团有限公司
# completes its share-purchase plan in 银座集团 (a news item on m.taiyuanrx.com; the "(相关资料图)" placeholder left out).
# Period: 12月22日 is the end of a 6-month plan that began 2022-06-23 and "期限届满" -> 2022-12-22 for the cumulative
# purchase and the holdings after it. Key: 5,200,700 shares bought, 约1% of the share capital, 约2730.56万元, average
# price 5.2504元/股; the plan's range 不低于1% / 不超过2% of the current share capital (rng); the holder's direct stake
# 137,739,055 shares / 26.4849% and, with persons acting in concert, 207,839,683 shares / 39.9641%. Optional: the
# current total share capital 520,066,589股 (a share base, news33). Judgement calls: the buyer and the listed company are
# both accepted as entity (the purchase rows name the listed company's shares bought by its controlling shareholder);
# the plan's 6-month window and start date are not labelled.
YZ = "银座集团|银座集团股份有限公司|银座股份|Yinzuo Group|山东省商业集团有限公司|商业集团|Shandong Commercial Group"
SCG = "山东省商业集团有限公司|商业集团|Shandong Commercial Group|银座集团"
SCG2 = "商业集团及其一致行动人|商业集团连同其一致行动人|山东省商业集团有限公司|商业集团|Shandong Commercial Group|银座集团"
D22 = "2022-12-22"
G["zh06"] = ([
    m("shares_purchased|stake_increase_shares|share_purchase_shares|buyback_shares", 5200700, "shares", YZ, D22,
      basis="cumulative 增持 by the controlling shareholder"),
    m("stake_increase_pct|share_purchase_pct|stake_change|buyback_share_pct", 1, "%", YZ, D22,
      basis="占比约1% of total share capital (约X -> X)"),
    m("share_purchase_amount|stake_increase_amount|purchase_amount|buyback", 2.73056e7, "CNY", YZ, D22,
      basis="约2730.56万元, cumulative"),
    m("average_purchase_price|share_purchase_price|buyback_price|price", 5.2504, "CNY", YZ, D22,
      basis="增持均价, 元/股"),
    m("stake_increase_plan_pct|share_purchase_plan|planned_stake_increase", None, "%", YZ, None, rng=(1, 2),
      basis="plan: 不低于1%, 不超过2% of current total share capital"),
    m("total_shares|share_capital", 520066589, "shares", YZ, None, opt=True, basis="公司目前总股本"),
    m("shareholding|shares_held", 137739055, "shares", SCG, D22, basis="direct holding after the purchases"),
    m("stake|shareholding_pct|ownership", 26.4849, "%", SCG, D22, basis="direct holding after the purchases"),
    m("shareholding|shares_held", 207839683, "shares", SCG2, D22, basis="with persons acting in concert"),
    m("stake|shareholding_pct|ownership", 39.9641, "%", SCG2, D22, basis="with persons acting in concert"),
], [])
