# news73/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (once, at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news72 and news71 read whole; news67 zh01 for an insurer's results, news52 zh04 for a CPI / PPI reading,
# news23 zh05 and news44 zh03 for the Shanghai Futures Exchange's daily review, news19 zh01, news36 zh01 and news71 zh01
# for profit forecasts in ranges, news35 zh06 and news27 zh03 for share purchases (增持), news70 / news71 zh01 for a
# note whose broker the stored text does not name). Values fully scaled (334.2亿元 -> 3.342e10, 115,591.79万元 ->
# 1.1559179e9, 11.56亿 -> 1.156e9, 252.62万元 -> 2.5262e6, 12.3亿美元 -> 1.23e9 USD, 600万 -> 6e6); declines negative
# (下降, 下跌, 回落, 压降, a printed minus, and 优化 of a cost or expense ratio); 个百分点 -> pp; 同比 -> yoy and 环比 -> mom
# in basis (qoq for a company's quarter); ranges ("X万元至Y万元", "X%至Y%", "X亿~Y亿", "8%到20%", 不低于…不超过…) ->
# rng=(low, high) with value None; bounds (超, 过半) -> open ranges, optional (README: key only when a headline figure);
# "由上月持平转为上涨0.1%" / "继续持平" / "稳定在X%" -> the earlier level as prior (news52 zh04, news65, news72 zh01);
# a figure printed twice is one key row and an optional twin; a broker's target lives in the rating action with an
# optional target_price row; 手 -> "lots"; futures prices and their moves in 元/吨 -> "CNY/tonne" (news23 zh05).
# Currencies: 元 / 亿元 / 万元 in these mainland stories = CNY (人民币 printed in zh06); 美元 = USD (zh03's market-size
# forecast). No other currency occurs.
# Periods only where the text states or clearly implies the year: zh01 FY2024 (printed 2024年) and 2024H2 (下半年 of that
# year), None for the consumer-finance loan balance (no date beside it); zh02 2025-09 (printed 2025年9月份) and 2025-08
# for 上月; zh03 2025Q3 (printed 2025年第三季度), 2025H1 (printed 2025年上半年), 2025-10-24 for the share price (printed),
# FY2025-FY2027 for the forecasts (printed 2025年至2027年), "2025" / "2032" / "2025-2032" for the market-size forecast
# (a market's calendar years), None for the iPhone sales comparison (前10日, no date); zh04 None (no date printed at
# all); zh05 FY2023 (预告年度 2023-12-31 / 2023年1-12月 / 2023年度) and FY2022 for 上年同期; zh06 2021-11-19 for the
# cumulative purchase (the printed end of the window 2021年5月20日至2021年11月19日; news35 zh06 dated a completed plan by
# its end), None for the plan's amount range.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 腾讯新闻 (news.qq.com rain/a/20250321A02F8600) on 众安在线's 2024 annual results: total premium, attributable profit,
# combined ratio, investment yield and income, loss and expense ratios, underwriting profit and the four ecosystems.
# No headline in the stored text and none composed (the lead opens the item); the two section heads kept, reworded, as
# lines of their own. Cut: the stored text breaks off after "…综合成本率下降1.2个百分点至94.2%。随"; the passage ends with
# the complete sentence before "随" (no figure lost).
# Kind asked for: an insurer's annual report or premium announcement (原保险保费收入, yoy, new business value, combined
# ratio, net profit). 众安在线 is a property-and-casualty insurer: the item prints total premium (总保费), net profit, the
# combined ratio and its components, but no 原保险保费收入 by that name and no new business value (a life-insurance
# measure); the stored life-insurer items with NBV were filings or earlier sets' stories (see batch_a.md).
# Key (FY2024): total premium 334.2亿元 (+13.3%); attributable profit 6.03亿元 (+105.4%); combined ratio 96.9%; total
# investment yield of the onshore insurance funds 3.4% (+1.5 pp); total investment income 13.4亿元 (+85.4%); loss ratio
# 58.3% (+1.5 pp); expense ratio 38.6%; underwriting profit 9.9亿元 (-24.4%); health: premium 103.4亿元 (+5.4%), combined
# ratio 95.7% (+8.5 pp), expense ratio 56.7%, loss ratio +4.8 pp; 尊享e生 premium 46.6亿元; consumer finance: premium
# 48.3亿元 (-12.9%), loan balance 242亿元 (-10.7%), H2 loss ratio 62.1% (-6.3 pp), full-year combined ratio 90.1%; digital
# lifestyle: premium 161.0亿元 (+28.9%), 48.5% of the total, pet-insurance premium +239.5%, combined ratio 99.7% (稳定在 ->
# prior 99.7), expense ratio 31.7% (-1.9 pp); auto: premium 20.5亿元 (+29.8%), NEV insurance +188.4%, loss ratio 67.5%
# (+2.4 pp), combined ratio 94.2% (-1.2 pp).
# Optional: the "连续两年" streak (2 years), the bounds "电商业务的占比过半" (50, None) %, "服务宠物主超600万" (6e6, None)
# pet owners and "新能源车险的贡献超12%" (12, None) %.
# Judgement calls: 总保费 is total (gross written) premium, labelled with premium-income alternatives; 归母净利润 is the
# attributable net profit; "费用率小幅增加至38.6%" / "费用率推高到56.7%" / "综合成本率优化到90.1%" print no size of the move
# -> level rows only; "优化1.9个百分点" of an expense ratio is a fall (-1.9 pp); "净利润得以翻倍" restates the +105.4% without a
# figure (no row); the ecosystems, products and 新能源车险 are entities of their own with the company as alias; the
# pet-insurance +239.5% belongs to 宠物险 (the sentence's subject) and the +188.4% to 新能源车险; the consumer-finance
# loan balance takes period None (no date beside it, news72 zh01's market shares).
ZA = "众安在线|众安|众安保险|ZhongAn|ZhongAn Online|06060"
Y1, H21 = "FY2024", "2024H2"
HL1 = "健康生态|健康|health ecosystem|" + ZA
CF1 = "消费金融生态|消费金融|consumer finance ecosystem|" + ZA
DL1 = "数字生活生态|数字生活|digital lifestyle ecosystem|" + ZA
AU1 = "汽车生态|汽车|auto ecosystem|" + ZA
PR1, PRG1 = "total_premium|gross_written_premium|premium_income|premiums", "total_premium_growth|premium_growth|premium_income_growth"
COR1, CORC1 = "combined_ratio", "combined_ratio_change"
LR1, LRC1 = "loss_ratio|claims_ratio|combined_loss_ratio", "loss_ratio_change|claims_ratio_change"
ER1, ERC1 = "expense_ratio", "expense_ratio_change"
G["zh01"] = ([
    m(PR1, 334.2e8, "CNY", ZA, Y1, basis="总保费"),
    m(PRG1, 13.3, "%", ZA, Y1, basis="yoy"),
    m("net_profit_attributable|net_profit|net_income", 6.03e8, "CNY", ZA, Y1, basis="归母净利润"),
    m("net_profit_attributable_growth|net_profit_growth", 105.4, "%", ZA, Y1, basis="yoy, 大增"),
    m(COR1, 96.9, "%", ZA, Y1, basis="承保综合成本率, 连续两年走高"),
    m("streak|consecutive_years", 2, "years", ZA, None, opt=True, basis="combined ratio up 连续两年"),
    m("total_investment_yield|investment_yield|investment_return", 3.4, "%", ZA, Y1,
      basis="境内保险资金的总收益率"),
    m("total_investment_yield_change|investment_yield_change", 1.5, "pp", ZA, Y1, basis="yoy, 提高"),
    m("total_investment_income|investment_income", 13.4e8, "CNY", ZA, Y1, basis="总投资收益"),
    m("total_investment_income_growth|investment_income_growth", 85.4, "%", ZA, Y1, basis="growth"),
    m(LR1, 58.3, "%", ZA, Y1, basis="综合赔付率"),
    m(LRC1, 1.5, "pp", ZA, Y1, basis="上升"),
    m(ER1, 38.6, "%", ZA, Y1, basis="费用率, 小幅增加至 (move not printed)"),
    m("underwriting_profit", 9.9e8, "CNY", ZA, Y1, basis="承保利润"),
    m("underwriting_profit_growth", -24.4, "%", ZA, Y1, basis="yoy, 下降"),
    m(PR1 + "|segment_premium", 103.4e8, "CNY", HL1, Y1, basis="health ecosystem premium"),
    m(PRG1, 5.4, "%", HL1, Y1, basis="yoy"),
    m(COR1, 95.7, "%", HL1, Y1),
    m(CORC1, 8.5, "pp", HL1, Y1, basis="大幅上升"),
    m(ER1, 56.7, "%", HL1, Y1, basis="pushed up by customer-operations spending"),
    m(LRC1, 4.8, "pp", HL1, Y1, basis="赔付率上升, product-mix change"),
    m(PR1 + "|product_premium", 46.6e8, "CNY", "尊享e生|尊享e生系列|Zunxiang e-Sheng|" + ZA, Y1, basis="系列保费"),
    m(PR1 + "|segment_premium", 48.3e8, "CNY", CF1, Y1, basis="consumer finance ecosystem premium"),
    m(PRG1, -12.9, "%", CF1, Y1, basis="yoy, 下降"),
    m("loan_balance|outstanding_loans|loans_outstanding", 242e8, "CNY", CF1, None,
      basis="在贷余额 after the reduction; no date beside it"),
    m("loan_balance_change|outstanding_loans_change|loan_growth", -10.7, "%", CF1, None, basis="压降"),
    m(LR1, 62.1, "%", CF1, H21, basis="下半年综合赔付率"),
    m(LRC1, -6.3, "pp", CF1, H21, basis="下降"),
    m(COR1, 90.1, "%", CF1, Y1, basis="全年, 优化到 (move not printed)"),
    m(PR1 + "|segment_premium", 161.0e8, "CNY", DL1, Y1, basis="digital lifestyle ecosystem premium"),
    m("premium_share|share_of_total_premiums|share", 48.5, "%", DL1, Y1, basis="占总盘子"),
    m(PRG1, 28.9, "%", DL1, Y1, basis="yoy"),
    m("revenue_share|premium_share|share", None, "%", "电商业务|e-commerce|" + DL1, Y1, rng=(50, None), opt=True,
      basis="占比过半 (of the ecosystem)"),
    m("customers|pet_owners_served|count", None, "pet owners", "宠物险|pet insurance|" + ZA, Y1, rng=(6e6, None),
      opt=True, basis="全年服务宠物主超600万"),
    m(PRG1, 239.5, "%", "宠物险|pet insurance|" + ZA, Y1, basis="yoy, 激增"),
    m(COR1, 99.7, "%", DL1, Y1, prior=99.7, basis="保持在 (稳定在) -> prior = level"),
    m(ER1, 31.7, "%", DL1, Y1),
    m(ERC1, -1.9, "pp", DL1, Y1, basis="优化 (fall)"),
    m(PR1 + "|segment_premium", 20.5e8, "CNY", AU1, Y1, basis="auto ecosystem premium"),
    m(PRG1, 29.8, "%", AU1, Y1, basis="yoy"),
    m("premium_share|contribution|share", None, "%", "新能源车险|NEV insurance|new energy vehicle insurance|" + AU1, Y1,
      rng=(12, None), opt=True, basis="贡献超12% (of the auto ecosystem's premium)"),
    m(PRG1, 188.4, "%", "新能源车险|NEV insurance|new energy vehicle insurance|" + ZA, Y1, basis="yoy 增速"),
    m(LR1, 67.5, "%", AU1, Y1, basis="赔付率"),
    m(LRC1, 2.4, "pp", AU1, Y1, basis="推高"),
    m(COR1, 94.2, "%", AU1, Y1),
    m(CORC1, -1.2, "pp", AU1, Y1, basis="下降"),
], [])


# zh02: forexbnb.com (news/fintech/31793) on the statistics bureau's September-2025 CPI and PPI release with 董莉娟's
# reading; the title kept, reworded, on the first line; the two section heads ("CPI数据详细分析", "PPI数据详细分析")
# kept, reworded. Cut: the stored text ends in a table of industries ("行业 价格变动 环比变动 同比降幅收窄", two rows and a
# third broken off after "黑色金属冶炼和压延加工业 环"); the passage ends before the table (its 3.8%, 2.5% repeat the
# prose; its 8.3 and 3.0个百分点 are dropped with it).
# Kind asked for: the statistics bureau's CPI or PPI data (yoy, mom, core CPI, components, 前值, 预期): yoy, mom, core CPI
# and components are printed, the previous month only as "由上月持平" / "降幅比上月收窄" / "继续持平"; no consensus (预期)
# is printed (the stored items with a numeric 预期 were Traditional-converted pages or earlier stories, see batch_a.md).
# Period 2025-09 (printed 2025年9月份), 上月 = 2025-08.
# Key: CPI mom +0.1% (prior 0, 由上月持平转为上涨), CPI yoy -0.3%, core CPI yoy +1.0%; PPI mom 0 (继续持平 -> prior 0),
# PPI yoy -2.3% and its +0.6 pp (降幅收窄); mom: food +0.7%, pork -0.7%, aquatic products -1.8%, industrial consumer
# goods excl. energy +0.5%, gold jewellery +6.5%, clothing +0.8%, services -0.3%, air tickets -13.8%, hotels -7.4%,
# tourism -6.1%, energy -0.8%, gasoline -1.7%; yoy: food -4.4%, pork -17.0%, fresh vegetables -13.7%, eggs -13.5%, fresh
# fruit -4.2%, energy -2.7%, gold jewellery +42.1%, platinum jewellery +33.6%, household appliances +5.5%, household
# sundries +3.2%, communication tools +1.5%, services +0.6%; PPI mom by industry: coal processing +3.8%, coal mining and
# washing +2.5%, ferrous smelting and rolling +0.2%, oil extraction -2.7%, refined petroleum products -1.5%.
# Optional: the second printings of CPI yoy -0.3%, core CPI +1.0%, CPI mom +0.1% and PPI yoy -2.3% / +0.6 pp; the
# August CPI mom 0 (the prior as a row); the streaks (core CPI's 第5个月 = 5 months, PPI's 连续两个月 = 2 months).
# Judgement calls: "降幅较上月收窄0.6个百分点" is a +0.6 pp change of the yoy rate (less negative); 持平 is a 0 % row (PPI
# mom key, the August CPI mom optional); components are entities of their own with CPI / PPI as alias; the industry rows of
# the PPI are mom (the sentence opens with 环比来看); "季节性上涨" of 鲜菜、鸡蛋… without figures gives no rows.
M2, P2 = "2025-09", "2025-08"
CPI2 = "CPI|居民消费价格指数|全国CPI|China CPI|consumer price index"
PPI2 = "PPI|工业生产者出厂价格指数|全国PPI|China PPI|producer price index"
CORE2 = "核心CPI|core CPI|" + CPI2
PC2 = "price_change|cpi_component_mom|cpi_component_yoy|inflation"


def c2(ent, v, basis, base=CPI2):
    return m(PC2, v, "%", ent + "|" + base, M2, basis=basis)


G["zh02"] = ([
    m("cpi_mom|cpi|inflation_mom", 0.1, "%", CPI2, M2, prior=0, basis="mom; 由上月的持平转为上涨0.1% (prior 0)"),
    m("cpi_mom|cpi|inflation_mom", 0.1, "%", CPI2, M2, opt=True, basis="mom, first printing in the lead (twin)"),
    m("cpi_mom|cpi|inflation_mom", 0, "%", CPI2, P2, opt=True, basis="August mom 持平 (the prior as a row)"),
    m("cpi_yoy|cpi|inflation", -0.3, "%", CPI2, M2, basis="yoy, 下降"),
    m("cpi_yoy|cpi|inflation", -0.3, "%", CPI2, M2, opt=True, basis="yoy, second printing (同比来看, twin)"),
    m("core_cpi_yoy|core_cpi|core_inflation", 1.0, "%", CORE2, M2, basis="yoy, excl. food and energy"),
    m("core_cpi_yoy|core_cpi|core_inflation", 1.0, "%", CORE2, M2, opt=True, basis="second printing (twin)"),
    m("streak|consecutive_months", 5, "months", CORE2, None, opt=True, basis="涨幅连续第5个月扩大"),
    m("ppi_mom|ppi|price_change", 0, "%", PPI2, M2, prior=0, basis="mom, 仍保持持平 / 继续持平 -> prior 0"),
    m("streak|consecutive_months", 2, "months", PPI2, None, opt=True, basis="PPI环比连续两个月持平"),
    m("ppi_yoy|ppi|price_change", -2.3, "%", PPI2, M2, basis="yoy, 下降"),
    m("ppi_yoy_change|rate_change|change", 0.6, "pp", PPI2, M2, basis="降幅较上月收窄0.6个百分点"),
    m("ppi_yoy|ppi|price_change", -2.3, "%", PPI2, M2, opt=True, basis="second printing (twin)"),
    m("ppi_yoy_change|rate_change|change", 0.6, "pp", PPI2, M2, opt=True, basis="second printing (twin)"),
    c2("食品|食品价格|food prices", 0.7, "mom"),
    c2("猪肉|猪肉价格|pork", -0.7, "mom, 依次下降 (first)"),
    c2("水产品|水产品价格|aquatic products", -1.8, "mom, 依次下降 (second)"),
    c2("工业消费品|剔除能源后的工业消费品|industrial consumer goods excl. energy", 0.5, "mom"),
    c2("金饰品|金饰品价格|gold jewellery", 6.5, "mom"),
    c2("服装|服装价格|clothing", 0.8, "mom"),
    c2("服务|服务价格|services", -0.3, "mom"),
    c2("飞机票|飞机票价格|air tickets", -13.8, "mom, 依次下降 (first)"),
    c2("宾馆住宿|宾馆住宿价格|hotel accommodation", -7.4, "mom, 依次下降 (second)"),
    c2("旅游|旅游价格|tourism", -6.1, "mom, 依次下降 (third)"),
    c2("能源|能源价格|energy", -0.8, "mom"),
    c2("汽油|国内汽油|国内汽油价格|gasoline", -1.7, "mom"),
    c2("食品|食品价格|food prices", -4.4, "yoy"),
    c2("猪肉|猪肉价格|pork", -17.0, "yoy, 依次下降 (first)"),
    c2("鲜菜|鲜菜价格|fresh vegetables", -13.7, "yoy, 依次下降 (second)"),
    c2("鸡蛋|鸡蛋价格|eggs", -13.5, "yoy, 依次下降 (third)"),
    c2("鲜果|鲜果价格|fresh fruit", -4.2, "yoy, 依次下降 (fourth)"),
    c2("能源|能源价格|energy", -2.7, "yoy"),
    c2("金饰品|金饰品价格|gold jewellery", 42.1, "yoy, within core CPI"),
    c2("铂金饰品|铂金饰品价格|platinum jewellery", 33.6, "yoy, within core CPI"),
    c2("家用器具|家用器具价格|household appliances", 5.5, "yoy"),
    c2("家庭日用杂品|家庭日用杂品价格|household sundries", 3.2, "yoy"),
    c2("通信工具|通信工具价格|communication tools", 1.5, "yoy"),
    c2("服务|服务价格|services", 0.6, "yoy"),
    c2("煤炭加工|煤炭加工价格|coal processing", 3.8, "mom, PPI industry", PPI2),
    c2("煤炭开采和洗选业|coal mining and washing", 2.5, "mom, PPI industry", PPI2),
    c2("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling", 0.2, "mom, PPI industry", PPI2),
    c2("石油开采|oil extraction", -2.7, "mom, PPI industry", PPI2),
    c2("精炼石油产品制造|refined petroleum products", -1.5, "mom, PPI industry", PPI2),
], [])


# zh03: a reportify.cn report digest (reports/1179586717993275392) of a broker note on 歌尔股份 (002241) after its 2025
# third quarter; the note's title kept, reworded, on the first line; section heads and the " - … [n]" bullets with their
# markers kept, one paragraph per section; the site label "Workflow" before the title left out. Cut: the stored text breaks
# off inside the last section ("估值依据 - 目标价38.7元是基于给"); the passage ends before that section (its head and the
# repeated 38.7元 dropped with it).
# Kind asked for: a broker's note on a consumer-electronics or telecom-equipment company (revenue and net-profit
# forecasts, EPS, PE, target, rating); all are printed, but the stored text never names the broker (the rating "买入-A" is
# printed, the house is not) -> broker None (news70 / news71 zh01).
# Rating action: maintain (评级属“维持”), buy ("买入-A" -> buy; prior buy, the maintained rating), target 38.7元 (CNY).
# Key: share price 33.28元 on 2025-10-24; 2025Q3 revenue 305.57亿元 (+4.42%), attributable profit 11.71亿元 (+4.51%), gross
# margin 13.19% (+1.75 pp), R&D expense ratio 5.84% (+1.05 pp); 2025H1 smart-hardware revenue 203.41亿元 (+2.49%), its gross
# margin 11.51% (+2.27 pp); revenue forecasts 1045.80 / 1158.69 / 1280.73亿元 and attributable-profit forecasts 35.22 / 44.96
# / 50.36亿元 (FY2025-FY2027); EPS 1.01元 (FY2025) and 1.44元 (FY2027); PE 32.1x (FY2025) and 22.4x (FY2027); the AI
# smart-glasses market 12.3亿美元 (2025) and 34.2亿美元 (2032), CAGR 22.4%; iPhone 17 series sales +14% on iPhone 16.
# Optional: the target as a metric row, its 6个月 horizon, the upside 约16%, AirPods Pro 3's first place (排名第一).
# Judgement calls: "市盈率相应由32.1倍降到22.4倍" is a forecast path (FY2025 -> FY2027), not a revision: two rows without a
# prior, likewise the EPS; the FY2026 EPS and PE are not printed (no rows); "AirPods Pro 3" / "iPhone 17" / "iPhone 16"
# and "前10日" are product names and a window (no rows); the market figures are an industry forecast on the market as
# entity, dated by their printed years; the iPhone comparison is labelled on iPhone 17 (the sentence's subject).
GE = "歌尔股份|歌尔|Goertek|002241|002241.SZ"
SH3 = "智能硬件|智能硬件业务|smart hardware|" + GE
AIG = "AI智能眼镜|AI眼镜|AI smart glasses|AI smart glasses market"
Q3, H13 = "2025Q3", "2025H1"


def fy3(metric, vals, years, unit, basis):
    return [m(metric, v, unit, GE, "FY%d" % y, basis="forecast, " + basis) for y, v in zip(years, vals)]


G["zh03"] = ([
    m("target_price|price_target", 38.7, "CNY", GE, None, opt=True, basis="6个月目标价 (also in the rating action)"),
    m("target_horizon|horizon", 6, "months", GE, None, opt=True, basis="6个月目标价"),
    m("share_price|price|close", 33.28, "CNY", GE, "2025-10-24", basis="股价 on 2025年10月24日"),
    m("target_upside|upside", 16, "%", GE, None, opt=True, basis="约16%的上行空间 (约X -> X)"),
    m("revenue|operating_revenue", 305.57e8, "CNY", GE, Q3, basis="营收, 2025年第三季度"),
    m("revenue_growth|operating_revenue_growth", 4.42, "%", GE, Q3, basis="yoy"),
    m("net_profit_attributable|net_profit", 11.71e8, "CNY", GE, Q3, basis="归母净利润"),
    m("net_profit_attributable_growth|net_profit_growth", 4.51, "%", GE, Q3, basis="yoy"),
    m("gross_margin", 13.19, "%", GE, Q3),
    m("gross_margin_change", 1.75, "pp", GE, Q3, basis="yoy, 提升"),
    m("rd_expense_ratio|r_and_d_ratio|expense_ratio", 5.84, "%", GE, Q3, basis="研发费用率"),
    m("rd_expense_ratio_change|expense_ratio_change", 1.05, "pp", GE, Q3, basis="yoy, 提升"),
    m("revenue|segment_revenue", 203.41e8, "CNY", SH3, H13, basis="智能硬件业务营收, 2025年上半年"),
    m("revenue_growth|segment_revenue_growth", 2.49, "%", SH3, H13, basis="yoy"),
    m("gross_margin", 11.51, "%", SH3, H13),
    m("gross_margin_change", 2.27, "pp", SH3, H13, basis="yoy, 提升"),
    *fy3("revenue_forecast|revenue", (1045.80e8, 1158.69e8, 1280.73e8), (2025, 2026, 2027), "CNY", "收入 (依次)"),
    *fy3("net_profit_forecast|net_profit_attributable|net_profit", (35.22e8, 44.96e8, 50.36e8), (2025, 2026, 2027),
         "CNY", "归母净利润 (依次)"),
    *fy3("eps_forecast|eps|earnings_per_share", (1.01, 1.44), (2025, 2027), "CNY", "每股收益 (EPS), 由…增至…"),
    *fy3("pe|pe_ratio|p/e", (32.1, 22.4), (2025, 2027), "x", "市盈率 (PE), 由…降到…"),
    m("market_size", 12.3e8, "USD", AIG, "2025", basis="市场规模, forecast (预计)"),
    m("market_size", 34.2e8, "USD", AIG, "2032", basis="市场规模, forecast (预计)"),
    m("market_size_cagr|cagr", 22.4, "%", AIG, "2025-2032", basis="年均复合增长率, forecast"),
    m("rank", 1, "count", "AirPods Pro 3|Apple", None, opt=True, basis="上市首月 美国亚马逊蓝牙耳机销量榜 排名第一"),
    m("sales_growth|unit_sales_growth", 14, "%", "iPhone 17|iPhone 17系列|iPhone 17 series|Apple", None,
      basis="sales in China and the US in the first 10 days vs iPhone 16 (同期)"),
], [
    ra(None, GE, "maintain", "buy", "buy", 38.7, None, "CNY"),
])


# zh04: 生意社's daily review of the Shanghai Futures Exchange's steel contracts on 100ppi.com (news/detail-20240207-3118100):
# rebar, stainless steel and wire rod, each with its main contract's close, change in 元 and %, and the volume and open
# interest of all contracts and of the main contract. Whole stored item once the site's closing boilerplate is left out
# ("【大宗商品公式定价原理】 生意社基准价是基于…交易结算价:(文章来源:生意社)", no figure). No headline in the stored text and
# none composed; no date is printed anywhere (the address's date is not used) -> period None.
# Kind asked for: a futures market daily review (rebar, iron ore, copper, crude main contracts, moves, open interest,
# volume); the page is the exchange's steel section of such a review (rebar plus stainless steel and wire rod); the stored
# reviews that also carry iron ore, copper or crude were earlier sets' sources or stories (see batch_a.md).
# Key, per product: close (CNY/tonne), change (CNY/tonne) and change (%), all contracts' volume, open-interest change and
# open interest, the main contract's volume, open-interest change and open interest (news23 zh05 / news44 zh03).
# Optional: each product's head "(+0.55%)" / "(-0.73%)" / "(+0.15%)", a twin of the change in %.
# Judgement calls: "2405" is the contract code (May 2024 delivery, not a figure: no row, named in basis); "持仓量减少X手,
# 降至Y手" gives the level Y and the change -X (no prior computed); wire rod's all-contract and main-contract volumes are both
# 155手 and both key (two facts); 回落 / 下跌 negative.
SHFE_B = "main contract 2405"
FP4, FC4 = "futures_price|close|price|closing_price", "price_change|futures_price_change"
VOL4, OI4, OIC4 = "trading_volume|volume", "open_interest|open_positions", "open_interest_change|open_positions_change"


def fut4(ent, head, close, chg, pct, vall, oicall, oiall, vmain, oicmain, oimain):
    return [
        m(FC4, head, "%", ent, None, opt=True, basis="section head, twin of the change in %"),
        m(FP4, close, "CNY/tonne", ent, None, basis="close, " + SHFE_B),
        m(FC4, chg, "CNY/tonne", ent, None, basis=SHFE_B),
        m(FC4, pct, "%", ent, None, basis=SHFE_B),
        m(VOL4, vall, "lots", ent, None, basis="all contracts (全部合约)"),
        m(OIC4, oicall, "lots", ent, None, basis="all contracts"),
        m(OI4, oiall, "lots", ent, None, basis="all contracts, after the change"),
        m(VOL4, vmain, "lots", ent, None, basis=SHFE_B),
        m(OIC4, oicmain, "lots", ent, None, basis=SHFE_B),
        m(OI4, oimain, "lots", ent, None, basis=SHFE_B + ", after the change"),
    ]


G["zh04"] = (
    fut4("螺纹钢|上海螺纹钢|螺纹钢期货|rebar|rebar futures|SHFE rebar", 0.55, 3840, 21, 0.55,
         781648, -64636, 2299078, 753136, -58686, 1670548)
    + fut4("不锈钢|上海不锈钢|不锈钢期货|stainless steel|stainless steel futures|SHFE stainless steel", -0.73, 13535, -100,
           -0.73, 192931, -2591, 237390, 81824, 3105, 96263)
    + fut4("线材|上海线材|线材期货|wire rod|wire rod futures|SHFE wire rod", 0.15, 4042, 6, 0.15,
           155, -2, 141, 155, -2, 123),
    [],
)


# zh05: 中财网's profit-forecast (业绩预告) data page for 天士力 (600535) (quotejs.cfi.cn phonebaseinfo, lm=p_yjyg,
# stockid=1256): two table rows for the 2023 notice, one on 扣除非经常性损益后的净利润 (预增) and one on 归属于上市公司股东的
# 净利润 (扭亏), each with the forecast sentence, type, 预测数值, 同比 and 环比 ranges, and a reason cell. The "|" separators
# kept, the field labels kept as printed (a data table's labels), the sentences in the cells reworded; the two empty "|"
# lines before the table and the closing "|" line left out. Cut: the second row's reason cell repeats the first row's word
# for word and would take the passage past 900 characters; the passage ends after the second row's 环比 cell (the repeated
# 2023, 4,000, 110,388.54, 106,388.54, 8% and 20% dropped with it).
# Kind asked for: a listed company's quarterly or annual profit forecast (net-profit range, growth range, recurring profit,
# reasons); all are printed.
# Period FY2023 (预告年度 2023-12-31, 2023年1-12月); 上年同期 = FY2022.
# Key: recurring (扣非) profit forecast (1.1559179e9, 1.2759179e9) CNY, its growth (60, 77) % and its yoy increase
# (4.341231e8, 5.541231e8) CNY; the fair-value change of the main financial assets -4e7 CNY (下降4,000万元左右; prior the
# year-earlier -110,388.54万元) and the swing of fair-value gains +106,388.54万元左右; recurring-profit growth excluding the
# lower impairment losses (8, 20) %; attributable profit forecast (1.1271501e9, 1.3171501e9) CNY and its growth (521.59,
# 592.65) %.
# Optional: the 预测数值 cells 11.56亿~12.76亿 and 11.27亿~13.17亿 and the 60.00%~77.00% cell (rounded twins of the forecast
# sentences); the 环比 ranges (-71.85, -38.77) and (-70.88, -12.48) % (a data vendor's change against an unstated base);
# the FY2022 fair-value change as a row of its own.
# Judgement calls: 左右 is dropped (like 约); "同比上年增长43,412.31万元至55,412.31万元" is a CNY change range, not a prior;
# "下降4,000万元" / "下降110,388.54万元" are negative fair-value changes, the later year's with the earlier as prior; the
# 扭亏 label beside a +521.59%~592.65% growth range is kept as printed (the rows follow the figures); 预增 / 扭亏 give no row.
TSL = "天士力|600535|Tasly|天士力医药集团"
F23 = "FY2023"
G["zh05"] = ([
    m("net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit|net_profit_forecast", None,
      "CNY", TSL, F23, rng=(115591.79e4, 127591.79e4),
      basis="forecast (预计), 扣除非经常性损益后的净利润 115,591.79万元至127,591.79万元"),
    m("recurring_net_profit_growth|deducted_net_profit_growth|net_profit_growth_forecast|net_profit_growth", None, "%",
      TSL, F23, rng=(60, 77), basis="forecast, yoy, 60%至77%"),
    m("recurring_net_profit_change|deducted_net_profit_change|net_profit_change", None, "CNY", TSL, F23,
      rng=(43412.31e4, 55412.31e4), basis="forecast, yoy increase in CNY, 43,412.31万元至55,412.31万元"),
    m("net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit|net_profit_forecast", None,
      "CNY", TSL, F23, rng=(11.56e8, 12.76e8), opt=True, basis="预测数值(元) 11.56亿~12.76亿 (rounded twin)"),
    m("recurring_net_profit_growth|deducted_net_profit_growth|net_profit_growth_forecast|net_profit_growth", None, "%",
      TSL, F23, rng=(60.00, 77.00), opt=True, basis="业绩变动同比 60.00%~77.00% (twin)"),
    m("recurring_net_profit_growth_qoq|net_profit_change_qoq|net_profit_growth", None, "%", TSL, F23,
      rng=(-71.85, -38.77), opt=True, basis="业绩变动环比, base not stated"),
    m("fair_value_change|fair_value_gains_losses", -4000e4, "CNY", "主要金融资产|main financial assets|" + TSL, F23,
      prior=-110388.54e4, basis="公允价值下降4,000万元左右; prior = 上年同期 下降110,388.54万元"),
    m("fair_value_change|fair_value_gains_losses", -110388.54e4, "CNY", "金融资产|financial assets|" + TSL, "FY2022",
      opt=True, basis="上年同期 (the prior as a row)"),
    m("fair_value_change_yoy|fair_value_gains_change|change", 106388.54e4, "CNY", TSL, F23,
      basis="公允价值变动损益 比上年同期增加106,388.54万元左右"),
    m("recurring_net_profit_growth|deducted_net_profit_growth|adjusted_net_profit_growth|net_profit_growth", None, "%",
      TSL, F23, rng=(8, 20),
      basis="yoy, 归属于上市公司股东的扣除非经常性损益的净利润, excluding the lower asset-impairment losses (剔除这一因素)"),
    m("net_profit_attributable|net_profit_forecast|net_profit", None, "CNY", TSL, F23, rng=(112715.01e4, 131715.01e4),
      basis="forecast, 归属于上市公司股东的净利润 112,715.01万元至131,715.01万元"),
    m("net_profit_attributable|net_profit_forecast|net_profit", None, "CNY", TSL, F23, rng=(11.27e8, 13.17e8), opt=True,
      basis="预测数值(元) 11.27亿~13.17亿 (rounded twin)"),
    m("net_profit_attributable_growth|net_profit_growth_forecast|net_profit_growth", None, "%", TSL, F23,
      rng=(521.59, 592.65), basis="业绩变动同比, forecast (预告类型 扭亏)"),
    m("net_profit_change_qoq|net_profit_growth", None, "%", TSL, F23, rng=(-70.88, -12.48), opt=True,
      basis="业绩变动环比, base not stated"),
], [])


# zh06: 中珠医疗控股股份有限公司 (ST中珠, 600568)'s notice that its chairman's share-purchase plan has run its course, as
# printed in 中国证券报's information-disclosure page B026 (epaper.cs.com.cn zgzqb 2021-11/23); the filing's header line
# "证券代码:600568 证券简称:ST中珠 公告编号:2021-136号", the company name and the notice's title kept as printed (a
# document's name), as are the titles of the earlier notices cited in it; the boilerplate and the two bullets reworded.
# Left out as page furniture: the e-paper's navigation lines ("第B026版:信息披露 上一版 下一版 标题导航 首页 | 电子报首页 |
# 版面导航 | 标题导航 2021年11月23日 星期二 上一期 下一期 上一篇 下一篇 放大 缩小 默认"; its 026, 2021, 11, 23 dropped with it).
# Cut: the stored text breaks off inside "截止目前,本次增持计划实施期限届满,合计完成增持下限的140.35%,"; the passage ends
# before that sentence (its 140.35% dropped with it).
# Kind asked for: a listed company's shareholder sale, purchase or block-trade notice (shares, share of capital, price
# range, amount); a purchase by the chairman with shares, share of capital, average price and amount (the plan set no
# price range: "不设定价格区间").
# Key: the plan's amount 不低于人民币180万元、不超过人民币280万元 -> rng (1.8e6, 2.8e6) CNY (period None: a plan); the
# cumulative purchase 1,326,700 shares, 0.067% of the total share capital, average price 1.86元/股, amount 252.62万元
# (2021-11-19, the end of the window).
# Optional: none.
# Judgement calls: the buyer (叶继革) and the listed company are both accepted as entity (news35 zh06 / news27 zh03); the
# notice numbers (2021-136号 …), the disclosure dates and the window 2021年5月20日至2021年11月19日 give no rows (the window
# starts the day before the plan's printed disclosure date 2021年5月21日, kept as printed); "不设定价格区间" prints no figure.
ZZ = "中珠医疗|ST中珠|中珠医疗控股股份有限公司|600568|Zhongzhu Healthcare|叶继革"
D6 = "2021-11-19"
G["zh06"] = ([
    m("share_purchase_plan|stake_increase_amount|purchase_amount", None, "CNY", ZZ, None, rng=(1.8e6, 2.8e6),
      basis="plan: 不低于人民币180万元、不超过人民币280万元, the chairman's purchase"),
    m("shares_purchased|stake_increase_shares|shareholder_purchase_shares", 1326700, "shares", ZZ, D6,
      basis="cumulative 增持 by the chairman, 2021年5月20日至2021年11月19日"),
    m("stake_increase_pct|shares_purchased_pct|stake_change", 0.067, "%", ZZ, D6, basis="占公司总股本"),
    m("average_purchase_price|average_price|purchase_price", 1.86, "CNY", ZZ, D6, basis="增持均价 (元/股)"),
    m("purchase_amount|stake_increase_amount|share_purchase_amount", 252.62e4, "CNY", ZZ, D6, basis="增持金额 252.62万元"),
], [])
