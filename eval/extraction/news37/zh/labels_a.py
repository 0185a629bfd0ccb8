# Hand labels for news37/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of the development corpus's README and scorer, and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news28 / news34-news36 in particular): values fully scaled (亿元 / 万元 -> CNY; mainland
# 元 = CNY; 美元 = USD; 万平方米 -> square metres as in news28 zh02; 万吨 -> tonnes; 吉瓦 = GW and 千瓦 = kW kept as
# printed units, news16 / news26 / news31); declines and losses negative (下降 / 下行 / 跌 / a printed minus sign); 基点 =
# bp; 约X / 近X -> X; bounds (以上 / 不低于 / 超过) as open ranges, key only when they are the only statement of the fact;
# "A至B" ranges and guidance as rng; a figure printed twice (lead and table, lead and paragraph, headline and body) is one
# key row plus an optional twin so that a second emission is absorbed; "X, against last year's Y" gives Y as prior and Y
# as an optional row of its own (news28 / news36); broker targets are target_price metric rows besides the rating action
# (news34); the report's "合理价值" is its target. Periods only where the text states or clearly implies the year: zh01
# FY2023 (prior year FY2022); zh02 FY2024-FY2026 and 2024Q4 as printed; zh03 2024-01..08 and 2024-08-31 (8月末); zh04
# 2025-06-09 (see zh04); zh05 prints no year -> "H1" and None for the forecast year; zh06 the plan's years as printed.
# Stock codes are entity aliases, never values.

# zh01: A-share company's 年报 with 分产品 / 分地区 revenue (营收, 毛利率, 同比, 占比): 旋极信息 (300324) 2023 annual-report
# review (beawan.com "年报解读"; headline kept as printed; the stored text's tables are kept as "|" tables; cut before the
# "近两年产品营收变化" table, which breaks off in the stored text). Period FY2023; the year-ago figures FY2022. Key: revenue
# 30.00亿元 (lead, industry-table row and closing paragraph: one key row, the two repeats optional twins) with prior
# 24.53亿元 from the closing paragraph; growth 22.31% (lead; the paragraph's repeat optional); 扣非 net profit -3.07亿元
# and net profit -3.06亿元 (losses, negative); the overall gross margin 22.55% (the single-industry row); per product
# (行业数字化 / 安全可信 / 其他业务) revenue, share and gross margin where printed; per region (华北 / 华东 / 西北 / 华中 /
# 西南 / 其他业务) revenue, share and gross margin where printed; 行业数字化's growth 58.74% and its revenue's prior
# 15.15亿元. Optional: the industry row's 100.0% share; the lead's 80.18% share of 行业数字化 (the product table prints it
# again: the table row is key, the lead's statement its optional twin); the closing paragraph's repeats of 30.00亿元,
# 22.31% and 24.05亿元; the FY2022 levels 24.53亿元 and 15.15亿元 as rows of their own. Judgement calls: segments and regions take the segment / region as entity with the
# company as alias (news35 zh01); "其他业务" appears in both tables with different figures (1.56亿元 / 5.2% in the
# product table, 1.39亿元 / 4.64% in the region table) and both are key, told apart by basis; "-" cells give no row;
# "亏损有所减小" gives no figure; "2012年上市" and the controller's name are not labelled.
XJ = "旋极信息|北京旋极信息技术股份有限公司|Beijing Watertek Information Technology|Watertek|300324|300324.SZ"
FY23, FY22 = "FY2023", "FY2022"
REV, REVG = "revenue|operating_revenue|segment_revenue", "revenue_growth|operating_revenue_growth|segment_revenue_growth"
SHR, GM = "revenue_share|share|segment_share", "gross_margin|segment_gross_margin"
DIG = "行业数字化|industry digitalization|industry digitization|" + XJ
SEC = "安全可信|security and trust|secure and trusted|" + XJ
OTHP = "其他业务|other business|others|" + XJ


def seg(ent, rev, shr, gm, note, prior=None):
    out = [m(REV, rev, "CNY", ent, FY23, prior=prior, basis=note),
           m(SHR, shr, "%", ent, FY23, basis="share of revenue (占比), " + note)]
    if gm is not None:
        out.append(m(GM, gm, "%", ent, FY23, basis=note))
    return out


def reg(name, rev, shr, gm=None):
    return seg(name + "|" + XJ, rev, shr, gm, "分地区 (region table)")


G["zh01"] = ([
    m(REV, 3.0e9, "CNY", XJ, FY23, prior=2.453e9, basis="营收30.00亿元 (lead); 去年同期24.53亿元 (closing paragraph)"),
    m(REV, 3.0e9, "CNY", XJ + "|软件与信息技术服务行业|software and information technology services", FY23, opt=True,
      basis="industry-table row (分行业), repeat"),
    m(REV, 3.0e9, "CNY", XJ, FY23, opt=True, basis="closing paragraph, repeat"),
    m(REV, 2.453e9, "CNY", XJ, FY22, opt=True, basis="去年同期的24.53亿元 (the from-level)"),
    m(REVG, 22.31, "%", XJ, FY23, basis="yoy (同比增长)"),
    m(REVG, 22.31, "%", XJ, FY23, opt=True, basis="closing paragraph, repeat"),
    m("deducted_net_profit|net_profit_excl_nonrecurring|adjusted_net_profit|net_profit", -3.07e8, "CNY", XJ, FY23,
      basis="扣非净利润 (excluding non-recurring items), a loss"),
    m("net_profit|net_profit_attributable", -3.06e8, "CNY", XJ, FY23, basis="净利润, a loss"),
    m(GM, 22.55, "%", XJ + "|软件与信息技术服务行业|software and information technology services", FY23,
      basis="industry-table row: the company's only industry (100.0%)"),
    m(SHR, 100.0, "%", XJ + "|软件与信息技术服务行业|software and information technology services", FY23, opt=True,
      basis="industry-table share"),
    m(SHR, 80.18, "%", DIG, FY23, opt=True, basis="lead sentence: 行业数字化为第一大收入来源, 占比80.18%, restated in the table"),
    *seg(DIG, 2.405e9, 80.18, 11.85, "分产品 (product table); closing paragraph 本期营收24.05亿元", prior=1.515e9),
    m(REV, 2.405e9, "CNY", DIG, FY23, opt=True, basis="closing paragraph, repeat"),
    m(REV, 1.515e9, "CNY", DIG, FY22, opt=True, basis="去年同期为15.15亿元 (the from-level)"),
    m(REVG, 58.74, "%", DIG, FY23, basis="yoy (同比大幅增长)"),
    *seg(SEC, 4.39e8, 14.62, 66.73, "分产品 (product table)"),
    *seg(OTHP, 1.56e8, 5.2, None, "分产品 (product table), gross margin printed '-'"),
    *reg("华北地区|华北|North China", 1.483e9, 49.41, 17.19),
    *reg("华东地区|华东|East China", 9.22e8, 30.72, 23.28),
    *reg("西北地区|西北|Northwest China", 1.57e8, 5.23),
    *reg("华中地区|华中|Central China", 1.52e8, 5.07),
    *reg("西南地区|西南|Southwest China", 1.48e8, 4.93),
    *reg("其他业务|other business|others", 1.39e8, 4.64),
], [])

# zh02: a broker's research note on a semiconductor company with multi-year 盈利预测 and 评级: 广发证券 on 寒武纪 (AI chips),
# 2025-01-15 (reportify report-list digest; headline, broker / date line, section labels and citation markers "[3]" kept as
# printed; cut after the 盈利预测 section, before the 业务分析 section whose product-line growth and margin paths would
# double the rows). Key: the current price 694.01元 and the 合理价值 713.98元 (the note's target); the company's 2024
# revenue growth guidance 50.8%至69.2% (rng) and 24Q4 growth 57.0%至80.0% (rng); 24Q4 revenue 8.8亿元至10.1亿元 and
# attributable profit 2.4亿元至3.3亿元 (rng, the quarter's turnaround); the broker's 2024-2026 revenue 11.36 / 35.07 /
# 59.42亿元 with growth 60.1 / 208.7 / 69.5%; attributable profit -4.38 / 1.70 / 8.12亿元 (the 2024 loss negative) with
# growth 376.8% for 2026 ("-" for 2024 and 2025: no row); EPS -1.05 / 0.41 / 1.95元. No PE is printed. Rating action:
# 广发证券 on 寒武纪, buy (买入), target 713.98 CNY; the text prints no earlier rating or target and no "维持" / "首次",
# so the action is recorded as "maintain" (the scorer compares broker, company, rating and target only). Judgement calls:
# the 50.8%至69.2% and 57.0%至80.0% ranges and the 24Q4 figures are read as the company's own guidance quoted in the note
# (basis says "guidance"), the 2024-2026 rows as the broker's forecasts; "2025年...有望上台阶" carries no figure.
HWJ = "寒武纪|寒武纪-U|中科寒武纪科技股份有限公司|Cambricon|Cambricon Technologies|688256|688256.SH"
GF = "广发证券|GF Securities"
NPF = "net_profit|net_profit_forecast|net_profit_attributable"
NPFG = "net_profit_growth|net_profit_growth_forecast|net_profit_attributable_growth"
REVF, REVFG = "revenue|revenue_forecast|operating_revenue", "revenue_growth|revenue_growth_forecast"
G["zh02"] = ([
    m("price|share_price", 694.01, "CNY", HWJ, None, basis="当前价格 (note dated 2025-01-15)"),
    m("target_price|fair_value", 713.98, "CNY", HWJ, None, basis="合理价值 (the note's target), rating 买入"),
    m(REVFG, None, "%", HWJ, "FY2024", rng=(50.8, 69.2), basis="yoy, expected (预计), guidance range 同比增加50.8%至69.2%"),
    m(REVFG, None, "%", HWJ, "2024Q4", rng=(57.0, 80.0), basis="yoy, single quarter, expected 57.0%至80.0%"),
    m(REVF, None, "CNY", HWJ, "2024Q4", rng=(8.8e8, 1.01e9), basis="single quarter, expected 总营收8.8亿元至10.1亿元"),
    m(NPF, None, "CNY", HWJ, "2024Q4", rng=(2.4e8, 3.3e8),
      basis="attributable (归母净利), single quarter, expected 2.4亿元至3.3亿元, turnaround (扭亏为盈)"),
    m(REVF, 1.136e9, "CNY", HWJ, "FY2024", basis="broker forecast 营业收入"),
    m(REVF, 3.507e9, "CNY", HWJ, "FY2025", basis="broker forecast"),
    m(REVF, 5.942e9, "CNY", HWJ, "FY2026", basis="broker forecast"),
    m(REVFG, 60.1, "%", HWJ, "FY2024", basis="broker forecast, yoy"),
    m(REVFG, 208.7, "%", HWJ, "FY2025", basis="broker forecast, yoy"),
    m(REVFG, 69.5, "%", HWJ, "FY2026", basis="broker forecast, yoy"),
    m(NPF, -4.38e8, "CNY", HWJ, "FY2024", basis="broker forecast, attributable (归母), a loss"),
    m(NPF, 1.70e8, "CNY", HWJ, "FY2025", basis="broker forecast, attributable"),
    m(NPF, 8.12e8, "CNY", HWJ, "FY2026", basis="broker forecast, attributable"),
    m(NPFG, 376.8, "%", HWJ, "FY2026", basis="broker forecast, yoy (2024 and 2025 printed '-')"),
    m("eps|eps_forecast", -1.05, "CNY", HWJ, "FY2024", basis="broker forecast"),
    m("eps|eps_forecast", 0.41, "CNY", HWJ, "FY2025", basis="broker forecast"),
    m("eps|eps_forecast", 1.95, "CNY", HWJ, "FY2026", basis="broker forecast"),
], [
    ra(GF, HWJ, "maintain", "buy", None, 713.98, None, "CNY"),
])

# zh03: 国家统计局 房地产 release (房地产开发投资, 施工 / 新开工 / 竣工面积, 商品房销售面积, 销售额, 待售面积, 累计, 同比):
# 2024年1—8月份全国房地产市场基本情况 (中新网 copy on a portal; headline and dateline "中新网 9月14日电" kept; the page's
# "发布时间 / 来源" line and the "图片来源" captions left out; cut before the 到位资金 section). Period 2024-01..08 (the
# headline's year); 8月末 -> 2024-08-31. Key: investment 69284亿元 and -10.2% (the "(按可比口径计算,详见附注6)" note is
# not a figure); residential investment 52627亿元 and -10.5%; floor space under construction, new starts and completions,
# each for all buildings and for residential, with yoy (12 rows); 新建商品房 sales area 60602万平方米 and -18.0%, residential
# sales area -20.4%; sales value 59723亿元 and -23.6%, residential sales value -25.0%; 待售面积 73783万平方米 and +13.9%,
# residential 待售 +21.5%. Areas in square metres (万平方米 x 1e4, news28 zh02). Residential rows take 住宅 as entity with
# the national names as aliases. Not labelled: "附注6", "14日", "9月14日".
CN = "全国|中国|China"
P, E8 = "2024-01..08", "2024-08-31"
REI = "房地产开发投资|房地产开发|real estate development investment|property investment|" + CN
RES = "住宅|住宅投资|residential|residential buildings|housing|" + CN
BLD = "房地产开发企业|房屋|buildings|real estate developers|" + CN
CH = "新建商品房|商品房|new commercial housing|commercial housing|" + CN
INV, INVG = "real_estate_investment|property_investment|investment", \
    "real_estate_investment_growth|property_investment_growth|investment_growth"
AR, ARG = "area|floor_space", "area_growth|floor_space_growth"


def area(kind, ent, v, g, note=""):
    return [m(kind[0], v, "square metres", ent, P, basis=note),
            m(kind[1], g, "%", ent, P, basis="yoy" + (", " + note if note else ""))]


UC = ("floor_space_under_construction|construction_area|area_under_construction|" + AR,
      "floor_space_under_construction_growth|construction_area_growth|" + ARG)
NS = ("new_construction_starts|new_starts_area|floor_space_started|" + AR,
      "new_construction_starts_growth|new_starts_area_growth|floor_space_started_growth|" + ARG)
CP = ("floor_space_completed|completed_area|completion_area|" + AR,
      "floor_space_completed_growth|completed_area_growth|completion_area_growth|" + ARG)
G["zh03"] = ([
    m(INV, 6.9284e12, "CNY", REI, P, basis="cumulative January-August"),
    m(INVG, -10.2, "%", REI, P, basis="yoy, comparable basis (按可比口径计算)"),
    m(INV, 5.2627e12, "CNY", RES, P, basis="residential investment, cumulative"),
    m(INVG, -10.5, "%", RES, P, basis="yoy"),
    *area(UC, BLD, 7.0942e9, -12.0, "房屋施工面积 709420万平方米"),
    *area(UC, RES, 4.96052e9, -12.6, "住宅施工面积 496052万平方米"),
    *area(NS, BLD, 4.9465e8, -22.5, "房屋新开工面积 49465万平方米"),
    *area(NS, RES, 3.5909e8, -23.0, "住宅新开工面积 35909万平方米"),
    *area(CP, BLD, 3.3394e8, -23.6, "房屋竣工面积 33394万平方米"),
    *area(CP, RES, 2.4393e8, -23.2, "住宅竣工面积 24393万平方米"),
    m("property_sales_area|floor_space_sold|sales_area", 6.0602e8, "square metres", CH, P,
      basis="新建商品房销售面积 60602万平方米"),
    m("property_sales_area_growth|floor_space_sold_growth|sales_area_growth", -18.0, "%", CH, P, basis="yoy"),
    m("property_sales_area_growth|floor_space_sold_growth|sales_area_growth", -20.4, "%", RES, P,
      basis="yoy, residential sales area"),
    m("property_sales|sales_value|property_sales_value", 5.9723e12, "CNY", CH, P, basis="新建商品房销售额"),
    m("property_sales_growth|sales_value_growth|property_sales_value_growth", -23.6, "%", CH, P, basis="yoy"),
    m("property_sales_growth|sales_value_growth|property_sales_value_growth", -25.0, "%", RES, P,
      basis="yoy, residential sales value"),
    m("unsold_area|floor_space_for_sale|inventory_area", 7.3783e8, "square metres", "商品房|commercial housing|" + CN, E8,
      basis="待售面积 at end-August (8月末), 73783万平方米"),
    m("unsold_area_growth|floor_space_for_sale_growth|inventory_area_growth", 13.9, "%", "商品房|commercial housing|" + CN,
      E8, basis="yoy"),
    m("unsold_area_growth|floor_space_for_sale_growth|inventory_area_growth", 21.5, "%", RES, E8,
      basis="yoy, residential 待售面积"),
], [])

# zh04: 货币市场 report (质押式回购利率, 基点, 逆回购): 北京商报 story on the money market after the central bank's
# liquidity injection (wap.eastmoney.com copy; the stored text starts with the lead, no headline printed, none composed;
# cut before the paragraph "从近期利率走势来看", whose data sentence breaks off in the stored text). Period: "6月9日"
# with "创2024年12月以来新低" and "创2024年12月30日以来新低" — the day falls after 2024-12-30 and a June 9 within that run
# of lows is 2025-06-09 (judgement call, noted in basis; news35 zh03 fixed an unyeared month by the text's own
# comparison). Key: DR001 1.377% and -3.54 bp; DR007 1.5126% and -1.97 bp; DR014 1.5393% and -4.4 bp; R007 1.4938% and
# -3.85 bp; the overnight pledged-repo weighted rate (R001) 1.3705% and -4.19 bp in the morning session (a timed reading,
# the only one printed for it: key, with "早盘" in basis, news35 zh12). No prior level is derived from a level and its
# change (news35 zh04). Not labelled: the "new low since" dates, "万亿流动性" (no figure), "7天期" / "七天期" tenors.
D9 = "2025-06-09"
YR = "6月9日; year implied by 创2024年12月(30日)以来新低"
RT, RTC = "repo_rate|interbank_rate|rate|yield", "rate_change|repo_rate_change|change"
DR1 = "DR001|1天期存款类机构质押式回购加权平均利率|存款类机构质押式回购加权平均利率|overnight DR|deposit-institution overnight repo rate"
DR7 = "DR007|7天期存款类机构质押式回购加权平均利率|存款类机构质押式回购加权平均利率|7-day DR|deposit-institution 7-day repo rate"
DR14 = "DR014|14天期存款类机构质押式回购加权平均利率|存款类机构质押式回购加权平均利率|14-day DR|deposit-institution 14-day repo rate"
R7 = "R007|银行间市场七天期质押式回购加权利率|7-day repo rate|interbank 7-day pledged repo rate"
R1 = "R001|银行间市场隔夜质押式回购加权利率|隔夜质押式回购加权利率|overnight repo rate|interbank overnight pledged repo rate"


def pair(ent, lvl, chg, note=""):
    return [m(RT, lvl, "%", ent, D9, basis="weighted average, " + YR + note),
            m(RTC, chg, "bp", ent, D9, basis="change on the day (下行 / 跌)" + note)]


G["zh04"] = ([
    *pair(DR1, 1.377, -3.54),
    *pair(DR7, 1.5126, -1.97),
    *pair(DR14, 1.5393, -4.4),
    *pair(R7, 1.4938, -3.85),
    *pair(R1, 1.3705, -4.19, ", morning session (早盘)"),
], [])

# zh05: 光伏 industry data story (产量, 新增装机, 出口, 同比): the first half's PV manufacturing, installations and exports
# (人民日报 story by 丁怡婷, on 21spv.com; the stored text's closing "原标题:" line is the headline and is printed first,
# "原标题:" dropped; dateline "7月28日电" kept). No year is printed ("今年以来", "上半年") -> period "H1"; the association's
# forecast "今年" -> None with "this year's forecast" in basis. Units: 吉瓦 -> "GW" (value as printed), 万吨 -> tonnes,
# 千瓦 -> "kW". Key: polysilicon 约36.5万吨 (+53.4%), wafers 约152.8吉瓦 (+45.5%), cells 约135.5吉瓦 (+46.6%), modules
# 约123.6吉瓦 (+54.1%) - each segment as entity; new PV installations 30.88吉瓦 (+137.4%); power-project investment of the
# main generators 2158亿元 and the solar share 近30% (-> 30); PV product exports 约259亿美元 (+113%, headline and body:
# one key row plus an optional twin) and module exports 78.6吉瓦 (+74.3%); the forecasts of global (205吉瓦至250吉瓦) and
# Chinese (85吉瓦至100吉瓦) new installations as rng. Optional: "同比增长均在45%以上" (one (45, None) bound per segment, the
# exact rates being printed); the module output's global share "超过3/4" (75, None); the first batch of desert bases
# "已开工超过9500万千瓦" (9.5e7 kW, bound). Not labelled: "世界第一", "第一批" (ranks / names).
H1 = "H1"
CNPV = "中国|我国|全国|China|光伏产业|solar PV|photovoltaic"
POLY = "多晶硅|polysilicon|" + CNPV
WAF = "硅片|wafers|silicon wafers|" + CNPV
CELL = "电池片|电池|cells|solar cells|" + CNPV
MOD = "组件|光伏组件|modules|PV modules|" + CNPV
PRD, PRDG = "production|output", "production_growth|output_growth"
G["zh05"] = ([
    *[m(PRDG, None, "%", e, H1, rng=(45, None), opt=True, basis="yoy, 均在45%以上 (bound; exact rate printed)")
      for e in (POLY, WAF, CELL, MOD)],
    m(PRD, 3.65e5, "tonnes", POLY, H1, basis="约36.5万吨"),
    m(PRDG, 53.4, "%", POLY, H1, basis="yoy"),
    m(PRD, 152.8, "GW", WAF, H1, basis="约152.8吉瓦"),
    m(PRDG, 45.5, "%", WAF, H1, basis="yoy"),
    m(PRD, 135.5, "GW", CELL, H1, basis="约135.5吉瓦"),
    m(PRDG, 46.6, "%", CELL, H1, basis="yoy"),
    m(PRD, 123.6, "GW", MOD, H1, basis="约123.6吉瓦"),
    m(PRDG, 54.1, "%", MOD, H1, basis="yoy"),
    m("new_installations|installed_capacity_added|new_capacity|installations", 30.88, "GW", CNPV, H1,
      basis="光伏发电新增装机 30.88吉瓦"),
    m("new_installations_growth|installed_capacity_added_growth|new_capacity_growth|installations_growth", 137.4, "%",
      CNPV, H1, basis="yoy"),
    m("investment|power_investment|capex", 2.158e11, "CNY",
      "全国主要发电企业|主要发电企业|major power generation companies|电源工程|power projects|China", H1,
      basis="电源工程完成投资"),
    m("solar_share_of_investment|investment_share|share", 30, "%",
      "太阳能发电|solar power|solar|全国主要发电企业|major power generation companies", H1,
      basis="solar share of power-project investment, 近30% (近X -> X)"),
    m("exports|export_value", 2.59e10, "USD", "光伏产品|PV products|硅片、电池片、组件|" + CNPV, H1,
      basis="出口总额约259亿美元 (wafers, cells, modules)"),
    m("exports_growth|export_value_growth|export_growth", 113, "%", "光伏产品|PV products|" + CNPV, H1,
      basis="yoy; body"),
    m("exports_growth|export_value_growth|export_growth", 113, "%", "光伏产品|PV products|" + CNPV, H1, opt=True,
      basis="headline 产品出口额同比增长113%, repeat"),
    m("exports|export_volume", 78.6, "GW", "光伏组件|组件|PV modules|modules|" + CNPV, H1, basis="组件出口量达78.6吉瓦"),
    m("exports_growth|export_volume_growth|export_growth", 74.3, "%", "光伏组件|组件|PV modules|modules|" + CNPV, H1,
      basis="yoy"),
    m("global_share|market_share|share", None, "%", MOD, None, rng=(75, None), opt=True,
      basis="组件产量全球占比超过3/4 (bound)"),
    m("capacity_under_construction|capacity|started_capacity", None, "kW",
      "大型风电光伏基地|第一批项目|large wind and solar bases|first batch", None, rng=(9.5e7, None), opt=True,
      basis="第一批项目已开工超过9500万千瓦 (bound)"),
    m("new_installations_forecast|new_installations|installations", None, "GW",
      "全球|global|world|中国光伏行业协会|CPIA", None, rng=(205, 250), basis="this year's forecast (今年), 205吉瓦至250吉瓦"),
    m("new_installations_forecast|new_installations|installations", None, "GW", CNPV + "|中国光伏行业协会|CPIA", None,
      rng=(85, 100), basis="this year's forecast (今年), 85吉瓦至100吉瓦"),
], [])

# zh06: a listed company's 股权激励 announcement (股数, 价格, 占比, 业绩考核): 森特股份 (603098) 2023年股票期权和限制性股票
# 激励计划草案 (中国证券报·中证网 story by 葛春晖, on jianggupiao.com; no headline in the stored text, none composed; the credit
# line kept, the platform's 免责声明 left out). Period None for the plan's sizes and prices (announced 7月31日; the plan is
# "2023年"); the performance targets take their years. Key: total grant 562.50万股(份) and the first grant 512.50万股(份)
# with its 91.11% share; the reserve 50.00万份 and 8.89%; the option exercise price 18.21元/份 and the restricted-share
# grant price 11.38元/股; 446.50万份 options, of which 396.50万份 first grant; 116.00万股 restricted shares; 160 first-grant
# participants; the targets: revenue growth vs 2022 不低于30% / 70% / 140% for 2023 / 2024 / 2025, or revenue 不低于55.04亿元
# (2023), cumulative 不低于127.02亿元 (2023-2024) and 不低于228.64亿元 (2023-2025), all lower bounds (rng). Optional: the
# option plan's "预留50.00万份" (a repeat of the reserve). Judgement calls: counts that mix shares and options (股(份), 万份)
# and the participant count take the scorer's lenient unit "count" (news36 zh05), the restricted shares alone "shares";
# the exercise / grant prices are per option / per share in CNY (basis says so); cumulative targets over two or three
# years take the span as period ("2023..2024", "2023..2025").
ST = "森特股份|森特士兴集团股份有限公司|Senther|603098|603098.SH"
GR = "equity_incentive_grant|incentive_grant|grant|stock_incentive"
G["zh06"] = ([
    m(GR, 5.625e6, "count", ST, None, basis="total rights 562.50万股(份): options and restricted shares"),
    m(GR, 5.125e6, "count", ST, None, basis="first grant (首次授予) 512.50万股(份)"),
    m("grant_share|share_of_grant|share", 91.11, "%", ST, None, basis="first grant as share of the total grant"),
    m(GR, 5.0e5, "count", ST, None, basis="reserved grant (预留授予) 50.00万份"),
    m("grant_share|share_of_grant|share", 8.89, "%", ST, None, basis="reserve as share of the total grant"),
    m("exercise_price|option_exercise_price|price", 18.21, "CNY", ST, None,
      basis="stock-option exercise price incl. reserve, 元/份 (per option)"),
    m("grant_price|restricted_share_grant_price|price", 11.38, "CNY", ST, None,
      basis="restricted-share grant price, 元/股 (per share)"),
    m("stock_options|options_granted|" + GR, 4.465e6, "count", ST, None, basis="stock-option plan 446.50万份"),
    m("stock_options|options_granted|" + GR, 3.965e6, "count", ST, None, basis="options, first grant 396.50万份"),
    m("stock_options|options_granted|" + GR, 5.0e5, "count", ST, None, opt=True,
      basis="options reserved 50.00万份 (repeat of the reserve)"),
    m("restricted_shares|restricted_shares_granted|" + GR, 1.16e6, "shares", ST, None,
      basis="restricted-share plan 116.00万股"),
    m("participants|incentive_recipients|headcount", 160, "count", ST, None, basis="首次授予的激励对象 160人"),
    m("revenue_growth_target|revenue_growth", None, "%", ST, "FY2023", rng=(30, None),
      basis="performance target vs 2022 revenue, 不低于30%"),
    m("revenue_growth_target|revenue_growth", None, "%", ST, "FY2024", rng=(70, None),
      basis="performance target vs 2022 revenue, 不低于70%"),
    m("revenue_growth_target|revenue_growth", None, "%", ST, "FY2025", rng=(140, None),
      basis="performance target vs 2022 revenue, 不低于140%"),
    m("revenue_target|revenue", None, "CNY", ST, "FY2023", rng=(5.504e9, None),
      basis="alternative target: 2023 revenue 不低于55.04亿元"),
    m("revenue_target|cumulative_revenue|revenue", None, "CNY", ST, "2023..2024", rng=(1.2702e10, None),
      basis="alternative target: cumulative 2023-2024 revenue 不低于127.02亿元"),
    m("revenue_target|cumulative_revenue|revenue", None, "CNY", ST, "2023..2025", rng=(2.2864e10, None),
      basis="alternative target: cumulative 2023-2025 revenue 不低于228.64亿元"),
], [])
