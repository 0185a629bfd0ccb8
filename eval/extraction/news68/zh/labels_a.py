# news68/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the texts alone. No project code was run except build_labels.py (once, at the
# end); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, and no plugin, test, docs page or
# gold.jsonl was opened. No file of the other batch was opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and the earlier sets' zh/README.md (news66, news67 read
# most closely), with score.py's matching in mind: values fully scaled (428.96亿元 -> 4.2896e10, 5,000万元 -> 5e7,
# 200万股 -> 2e6); declines negative (下降/减少/-x亿元); ranges rng=(low, high) with value None (回购资金总额 不低于…且不超过…,
# 业绩预告 -1.7~-2.8亿元), upper caps rng=(None, X) (回购价格不超过25元/股, 萎缩至2万亿下方); "…倍" growth as a percentage
# (同比增长12倍 -> 1200 %, the dev corpus's 盈利增長逾3倍 -> 300 %) with the printed multiple optional in "x"; P/E in "x";
# percentage-point changes in "pp"; 40%以上 a lower bound (optional, not a headline figure).
# Currencies: 元 / 亿元 / 万元 in a mainland context = CNY (all six; zh01's 每股0.76元 dividend is printed in 元 and read as CNY).
# Periods only where the text states or clearly implies the year: zh01 FY2024 (2024年) and 2024-12-31 for the deposit
# balance (较2023年末); zh02 2021-01..11 (the year is not printed, but 比2019年1—11月份增长 with 两年平均增长 fixes it as
# 2021) and 2021-11 for the month-on-month change; zh03 2025H1 / 2025Q2 / FY2024 / 2025Q1 / FY2025-FY2027 (printed);
# zh04 2025-10-17 for the balances (截至2025年10月17日) and the week ending 2025-10-17 for the weekly figures (本周, the
# week of the printed date); the index line (上周) None; zh05 2021-09 (printed 2021年9月); zh06 None (1月31日, no year).

# zh01: a beverage company's 2024 annual results as a reportify news digest (bullets with [n] markers). The stored text
# never names the company ("公司"), so entity is None for company-level rows; segments are their own entities.
# Key: revenue 428.96亿元 (+0.5%); attributable net profit 121.23亿元 (+0.4%) and the analysts' expected 125亿元; gross margin
# 58.1% (-1.4 pp); four segments' revenue with growth; packaged-water market share 37.2% (prior 47.5%); tea's 39.0% share of
# revenue; selling & distribution expenses 91.73亿元 (-1.2%) and their ratio 21.4% (prior 21.8%); admin expenses 19.62亿元
# (-9.3%); net current liabilities 9.13亿元; long-term bank deposits 106.31亿元; final dividend 0.76元 per share, about 85.47亿元.
# Optional: the priors as rows of their own (47.5%, 21.8%); the 380ml / 550ml pack sizes.
# Judgement calls: the consensus 125亿元 is a key row of its own (metric net_profit_consensus; the miss is the story);
# 约85.47亿元 -> 8.547e9 (约 dropped); 每股0.76元 is a dividend per share (no 每10股 printed); 较2023年末大幅提升 prints no size.
FY1 = "FY2024"
PW1 = "包装饮用水产品|包装饮用水|包装水|packaged drinking water|packaged water"
TEA1 = "茶饮料产品|茶饮料|tea beverages|tea drinks"
JU1 = "果汁饮料|juice beverages|juice"
FN1 = "功能饮料|functional beverages|functional drinks"
G["zh01"] = ([
    m("revenue|total_revenue", 428.96e8, "CNY", None, FY1, basis="总收入"),
    m("revenue_growth|total_revenue_growth", 0.5, "%", None, FY1, basis="yoy"),
    m("net_profit|net_profit_attributable", 121.23e8, "CNY", None, FY1, basis="归属于母公司的净利润"),
    m("net_profit_growth|net_profit_attributable_growth", 0.4, "%", None, FY1, basis="yoy"),
    m("net_profit_consensus|expected_net_profit|net_profit_forecast", 125e8, "CNY", None, FY1,
      basis="分析师预期 (the result fell short)"),
    m("gross_margin", 58.1, "%", None, FY1),
    m("gross_margin_change", -1.4, "pp", None, FY1, basis="yoy, 下降"),
    m("segment_revenue|revenue", 159.52e8, "CNY", PW1, FY1),
    m("segment_revenue_growth|revenue_growth", -21.3, "%", PW1, FY1, basis="下降"),
    m("segment_revenue|revenue", 167.45e8, "CNY", TEA1, FY1),
    m("segment_revenue_growth|revenue_growth", 32.3, "%", TEA1, FY1, basis="大幅增长"),
    m("segment_revenue|revenue", 40.85e8, "CNY", JU1, FY1),
    m("segment_revenue_growth|revenue_growth", 15.6, "%", JU1, FY1, basis="yoy"),
    m("segment_revenue|revenue", 49.32e8, "CNY", FN1, FY1),
    m("segment_revenue_growth|revenue_growth", 0.6, "%", FN1, FY1, basis="微幅增长"),
    m("market_share", 37.2, "%", PW1, FY1, prior=47.5, basis="包装水市场份额, 从47.5%下降至37.2%"),
    m("market_share", 47.5, "%", PW1, None, opt=True, basis="the prior level"),
    m("revenue_share|share_of_revenue", 39.0, "%", TEA1, FY1, basis="占总收入"),
    m("selling_expenses|selling_and_distribution_expenses", 91.73e8, "CNY", None, FY1, basis="销售及分销开支"),
    m("selling_expenses_growth|selling_and_distribution_expenses_growth", -1.2, "%", None, FY1, basis="yoy, 减少"),
    m("selling_expense_ratio|selling_and_distribution_expense_ratio", 21.4, "%", None, FY1, prior=21.8,
      basis="占总收入的比例, 从21.8%下降至21.4%"),
    m("selling_expense_ratio|selling_and_distribution_expense_ratio", 21.8, "%", None, None, opt=True,
      basis="the prior level"),
    m("administrative_expenses|admin_expenses", 19.62e8, "CNY", None, FY1, basis="行政开支"),
    m("administrative_expenses_growth|admin_expenses_growth", -9.3, "%", None, FY1, basis="yoy, 下降"),
    m("net_current_liabilities", 9.13e8, "CNY", None, FY1, basis="流动负债净额"),
    m("long_term_bank_deposits|bank_deposits", 106.31e8, "CNY", None, "2024-12-31",
      basis="在中国内地持有的长期银行存款 (较2023年末大幅提升)"),
    m("dividend_per_share|final_dividend|dps", 0.76, "CNY", None, FY1, basis="期末股息每股, 拟派发"),
    m("dividend_total|total_dividend|dividend_payout", 85.47e8, "CNY", None, FY1, basis="合计约 (约 dropped)"),
    m("package_size", 380, "ml", "天然水|natural water", None, opt=True, basis="升级380ml包装"),
    m("package_size", 550, "ml", "天然水|natural water", None, opt=True, basis="升级550ml包装"),
], [])


# zh02: 华尔街见闻 (wallstreetcn) on the statistics bureau's January-November 2021 fixed-asset investment release. The
# headline kept, reworded; the byline dropped; the statement of the bureau's spokesman 付凌晖 is already reported speech
# and stays so; the stored text breaks off inside the regional sentence (分地区看 … 东), so the passage ends before it.
# Key: FAI (excluding rural households) 494082亿元 (+5.2%), +7.9% against 2019 and 3.9% two-year average; private FAI
# 281027亿元 (+7.7%); November mom +0.19%; the three sectors with amounts and growth; industry +11.2% with mining, manufacturing
# and utilities; high-tech manufacturing +22.2% with two sub-industries; infrastructure +0.5% with four sub-industries (three
# declines); social-sector +10.3% (two-year average 10.8%), health +26.6%, education +9.5%; real estate development +6.0%
# (printed only in the lead).
# Optional: the headline 5.2% (twin); the lead's infrastructure 0.5% and manufacturing 13.7% (twins of the body's);
# the body's second 13.7% (1-11月份制造业投资同比增长13.7%, twin).
# Judgement calls: the year is clearly implied (比2019年1—11月份增长7.9%，两年平均增长3.9%) -> 2021-01..11; growth against
# 2019 and the two-year average are key rows with their basis; 三重压力 is not a metric.
CN2 = "全国|中国|China|全国固定资产投资"
P2 = "2021-01..11"
def fai2(ent, v, basis="yoy", opt=False):
    return m("fixed_asset_investment_growth|fai_growth|investment_growth", v, "%", ent, P2, opt=opt, basis=basis)
G["zh02"] = ([
    fai2(CN2, 5.2, "headline: 城镇固定资产投资同比增长 (twin)", opt=True),
    fai2("基础设施投资|基建投资|infrastructure investment|infrastructure", 0.5, "lead (twin)", opt=True),
    fai2("制造业投资|制造业|manufacturing investment|manufacturing", 13.7, "lead (twin)", opt=True),
    fai2("房地产开发投资|real estate development investment|property investment", 6.0),
    m("fixed_asset_investment|fai", 494082e8, "CNY", CN2, P2, basis="全国固定资产投资(不含农户)"),
    fai2(CN2, 5.2),
    fai2(CN2, 7.9, "vs 2019年1—11月份"),
    fai2(CN2, 3.9, "两年平均增长"),
    m("fixed_asset_investment|fai|private_investment", 281027e8, "CNY", "民间固定资产投资|民间投资|private investment", P2),
    fai2("民间固定资产投资|民间投资|private investment", 7.7),
    m("fixed_asset_investment_mom|fai_mom|investment_growth_mom", 0.19, "%", CN2, "2021-11", basis="环比, 11月份"),
    m("fixed_asset_investment|fai", 12926e8, "CNY", "第一产业|primary industry", P2),
    fai2("第一产业|primary industry", 9.3),
    m("fixed_asset_investment|fai", 151028e8, "CNY", "第二产业|secondary industry", P2),
    fai2("第二产业|secondary industry", 11.1),
    m("fixed_asset_investment|fai", 330128e8, "CNY", "第三产业|tertiary industry", P2),
    fai2("第三产业|tertiary industry", 2.5),
    fai2("工业投资|工业|industrial investment|industry", 11.2),
    fai2("采矿业|mining", 7.3),
    fai2("制造业投资|制造业|manufacturing investment|manufacturing", 13.7),
    fai2("电力、热力、燃气及水生产和供应业|utilities", 0.2),
    fai2("制造业投资|制造业|manufacturing investment|manufacturing", 13.7, "restated (twin)", opt=True),
    fai2("高技术制造业|high-tech manufacturing", 22.2),
    fai2("计算机及办公设备制造业|computers and office equipment", 26.1),
    fai2("电子及通信设备制造业|electronic and communication equipment", 24.7),
    fai2("基础设施投资|基建投资|infrastructure investment|infrastructure", 0.5, "不含电力、热力、燃气及水生产和供应业"),
    fai2("水利管理业|water conservancy", 2.1),
    fai2("公共设施管理业|public facilities management", -1.6, "下降"),
    fai2("道路运输业|road transport", -0.3, "下降"),
    fai2("铁路运输业|railway transport", -1.7, "下降"),
    fai2("社会领域投资|social sector investment|social sector", 10.3),
    fai2("社会领域投资|social sector investment|social sector", 10.8, "两年平均增长"),
    fai2("卫生投资|卫生|health investment|health", 26.6),
    fai2("教育投资|教育|education investment|education", 9.5),
], [])


# zh03: a broker-rating list row on stockstar for 爱旭股份 (600732): 华鑫证券's event note of 2025-07-13, 买入 maintained, no
# target price printed. The row (date | broker | analysts | rating | action | title |) kept as a table row with the title
# reworded and the "查看详情" link dropped; the section heads kept; the stored text continues into "风险提示 光伏需求不及预期风险、
# 新技术推广不及预期风险、" (broken off), so the passage ends with the forecast paragraph (no figure dropped).
# Key: the H1 preannouncement ranges (attributable -1.7~-2.8亿元, recurring -4.1~-5.2亿元, 2025H1) and the implied Q2
# 0.2~1.3亿元; ABC module shipments 6.33GW in 2024 (+12倍 -> 1200 %) and 4.54GW in 25Q1; revenue forecasts 228.44 / 280.45 /
# 308.45亿元, EPS 0.12 / 0.83 / 1.31元 and PE 126.1 / 17.6 / 11.2倍 (FY2025-FY2027).
# Optional: the restated H1 range (twin); 12倍 read as a multiple ("x"); the 25Q1 qoq bound 40%以上 (rng=(40, None)).
# Judgement calls: the preannouncement figures are ranges of losses -> rng with negative ends; ranges are forecasts by the
# company (basis preannouncement); the note's forecasts are the broker's; one rating action: maintain buy, no target;
# 6月29日 / 7月1日 / 7月3日, 第六次, 第十五次 and 20日 are not metrics.
AX3 = "爱旭股份|600732|Aiko Solar|AIKO"
ABC3 = "ABC组件|ABC modules|" + AX3
G["zh03"] = ([
    m("net_profit|net_profit_attributable", None, "CNY", AX3, "2025H1", rng=(-2.8e8, -1.7e8),
      basis="半年度业绩预告, 归母净利润 -1.7~-2.8亿元"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|net_profit", None, "CNY", AX3, "2025H1", rng=(-5.2e8, -4.1e8),
      basis="半年度业绩预告, 归母扣非净利润"),
    m("net_profit|net_profit_attributable", None, "CNY", AX3, "2025H1", rng=(-2.8e8, -1.7e8), opt=True,
      basis="restated (twin)"),
    m("net_profit|net_profit_attributable", None, "CNY", AX3, "2025Q2", rng=(0.2e8, 1.3e8), basis="25Q2单季度, implied"),
    m("shipments|module_shipments", 6.33, "GW", ABC3, "FY2024", basis="ABC组件出货"),
    m("shipments_growth|module_shipments_growth", 1200, "%", ABC3, "FY2024", basis="同比增长12倍"),
    m("shipments_growth|module_shipments_growth", 12, "x", ABC3, "FY2024", opt=True, basis="12倍 read as a multiple"),
    m("shipments|module_shipments", 4.54, "GW", ABC3, "2025Q1"),
    m("shipments_growth_qoq|module_shipments_growth", None, "%", ABC3, "2025Q1", rng=(40, None), opt=True,
      basis="环比再增40%以上 (lower bound)"),
    m("revenue|revenue_forecast", 228.44e8, "CNY", AX3, "FY2025", basis="forecast (华鑫证券)"),
    m("revenue|revenue_forecast", 280.45e8, "CNY", AX3, "FY2026", basis="forecast"),
    m("revenue|revenue_forecast", 308.45e8, "CNY", AX3, "FY2027", basis="forecast"),
    m("eps|eps_forecast", 0.12, "CNY", AX3, "FY2025", basis="forecast"),
    m("eps|eps_forecast", 0.83, "CNY", AX3, "FY2026", basis="forecast"),
    m("eps|eps_forecast", 1.31, "CNY", AX3, "FY2027", basis="forecast"),
    m("pe|pe_ratio|p/e", 126.1, "x", AX3, "FY2025", basis="at the current price"),
    m("pe|pe_ratio|p/e", 17.6, "x", AX3, "FY2026", basis="at the current price"),
    m("pe|pe_ratio|p/e", 11.2, "x", AX3, "FY2027", basis="at the current price"),
], [
    ra("华鑫证券|Huaxin Securities", AX3, "maintain", "buy", prior_rating="buy", target=None, cur="CNY"),
])


# zh04: 东北证券金融世界's weekly margin-trading review relayed on hstong.com (汇通). The title line kept, reworded; the
# store's date line, the source tag, the excerpt line naming the adviser and his licence number, and the chart captions
# (融资余额与融券余额 / 两融交易额占A股成交额比重 / 行业融资净买入额盘点及区间涨跌幅; no figure) dropped; the stored text breaks
# off inside the top-ten stock list (03 两融个股盘点 … 紫金矿业、中金黄金、北京君正), so the passage ends before section 03.
# Key: the market's margin balance 24293.85亿元 (2025-10-17), down 123.92亿元 on the previous Friday and -0.51% (printed 同比,
# a week-on-week change); financing balance 24128.35亿元; short-selling balance 165.50亿元; average daily margin trading
# 2414.03亿元, -745.47亿元 and -23.59% (printed 同比) on the week before; its share of A-share turnover 10.99% (环比 -7.92%);
# the ten industries' net financing purchases (five positive, five negative); the Shanghai Composite 3839 points, -1.47% on
# the week; STAR 50 -6.16%; the bank index +5%.
# Optional: the weekly highs 24401.38亿元 and 170.58亿元 (intraweek, like intraday highs); turnover below 2万亿 (cap
# rng=(None, 2e12)); the 20日 moving average (tenor).
# Judgement calls: the "同比" printed with the weekly changes is kept in the text and read as week-on-week in basis (the
# values are as printed); -7.92% is a relative change of a share, printed "%", so "%" (not pp); the index line's 上周 has no
# printed date -> period None; the ten industries are entities (申万一级行业).
MKT4 = "全市场|两融|沪深两市|A股|A-share market|margin trading"
W4 = "2025-10-17"
FIN4 = "融资|融资余额|margin financing|" + MKT4
SHT4 = "融券|融券余额|securities lending|short selling|" + MKT4
def ind4(name, v):
    return m("margin_net_buy|financing_net_buy|net_buy", v, "CNY", name + "|申万一级行业", W4,
             basis="本周融资净买入额 (week to 2025-10-17)")
G["zh04"] = ([
    m("index_level|close|index_close", 3839, "points", "上证指数|沪指|Shanghai Composite|SSE Composite", None,
      basis="上周收于"),
    m("index_change|price_change", -1.47, "%", "上证指数|沪指|Shanghai Composite|SSE Composite", None, basis="周下跌"),
    m("index_change|price_change", -6.16, "%", "科创50|STAR 50|STAR50", None, basis="周下跌"),
    m("index_change|price_change", 5, "%", "银行指数|bank index|banks", None, basis="上涨, week"),
    m("turnover|trading_value", None, "CNY", MKT4, None, rng=(None, 2e12), opt=True, basis="成交额萎缩至2万亿下方"),
    m("moving_average_days|tenor", 20, "days", "上证指数|Shanghai Composite", None, opt=True, basis="20日均线"),
    m("margin_balance|margin_financing_balance|two_financing_balance", 24293.85e8, "CNY", MKT4, W4, basis="两融余额"),
    m("margin_balance_change|margin_balance_growth", -123.92e8, "CNY", MKT4, W4, basis="较上周五减少"),
    m("margin_balance_change|margin_balance_growth", -0.51, "%", MKT4, W4, basis="printed 同比; week on week"),
    m("financing_balance|margin_financing_balance|margin_balance", 24128.35e8, "CNY", FIN4, W4, basis="融资余额"),
    m("financing_balance|margin_financing_balance|margin_balance", 24401.38e8, "CNY", FIN4, W4, opt=True,
      basis="周内最高值"),
    m("short_selling_balance|securities_lending_balance", 165.50e8, "CNY", SHT4, W4, basis="融券余额"),
    m("short_selling_balance|securities_lending_balance", 170.58e8, "CNY", SHT4, W4, opt=True, basis="周内最高值"),
    m("margin_trading_value|average_trading_value|turnover", 2414.03e8, "CNY", MKT4, W4, basis="本周平均交易额"),
    m("margin_trading_value_change|turnover_change", -745.47e8, "CNY", MKT4, W4, basis="较上周"),
    m("margin_trading_value_change|turnover_change", -23.59, "%", MKT4, W4, basis="printed 同比; week on week"),
    m("margin_share_of_turnover|share_of_turnover", 10.99, "%", MKT4, W4, basis="两融成交额占A股成交额的比重"),
    m("margin_share_of_turnover_change|share_change", -7.92, "%", MKT4, W4, basis="环比 (relative change, printed %)"),
    ind4("有色金属|non-ferrous metals", 61.47e8),
    ind4("基础化工|basic chemicals", 12.85e8),
    ind4("国防军工|defence", 8.53e8),
    ind4("医药生物|pharmaceuticals and biotech", 7.36e8),
    ind4("钢铁|steel", 4.55e8),
    ind4("银行|banks", -18.88e8),
    ind4("非银金融|non-bank financials", -18.91e8),
    ind4("电力设备|power equipment", -28.73e8),
    ind4("通信|telecoms|communication", -50.27e8),
    ind4("电子|electronics", -70.49e8),
], [])


# zh05: 界面新闻's item on the three big state airlines' September 2021 operating data, relayed by nfa5.com (南方站长网).
# The headline kept, reworded; the store's 原标题 line (the same title), the time/source line and the copyright notice
# dropped; the spaces in "下降 17.0%", "上升 46.3%", "下降 30.8%", "下降 17.5%" and "12.10 个百分点" kept.
# Key (all 2021-09, yoy unless stated): for each of 国航, 东航 and 南航: passenger capacity (运力投入) growth total and by
# domestic / international / regional routes; passenger turnover (旅客周转量) growth total and by route; load factor with its
# pp change and the routes' pp changes; 国航 also month-on-month capacity +46.3%, turnover -17.5% and load factor +8.4 pp.
# No optional rows.
# Judgement calls: the route figures are entities "<airline> 国内航线 / 国际航线 / 地区航线" with the airline as alias; the
# route load-factor changes in pp (their levels are not printed); 客座率 levels in "%"; 10月15日 is the release date.
CA5 = "国航|中国国航|Air China"
MU5 = "东航|中国东航|China Eastern"
CZ5 = "南航|中国南航|China Southern"
P5 = "2021-09"
def r5(al, route):
    return {"国内": "国内航线|domestic|", "国际": "国际航线|international|", "地区": "地区航线|regional|"}[route] + al
def cap5(ent, v, b="yoy"):
    return m("capacity_growth|ask_growth|passenger_capacity_growth", v, "%", ent, P5, basis="客运运力投入, " + b)
def rpk5(ent, v, b="yoy"):
    return m("rpk_growth|passenger_turnover_growth|traffic_growth", v, "%", ent, P5, basis="旅客周转量, " + b)
def lfc5(ent, v, b="yoy"):
    return m("load_factor_change|passenger_load_factor_change", v, "pp", ent, P5, basis="客座率, " + b)
def lf5(ent, v):
    return m("load_factor|passenger_load_factor", v, "%", ent, P5, basis="客座率")
G["zh05"] = ([
    cap5(CA5, -17.0), cap5(CA5, 46.3, "mom"),
    cap5(r5(CA5, "国内"), -16.6), cap5(r5(CA5, "国际"), -48.1), cap5(r5(CA5, "地区"), 113.2),
    rpk5(CA5, -30.8), rpk5(CA5, -17.5, "mom"),
    rpk5(r5(CA5, "国内"), -28.3), rpk5(r5(CA5, "国际"), -30.8), rpk5(r5(CA5, "地区"), 528.9),
    lf5(CA5, 66.0), lfc5(CA5, -9.7), lfc5(CA5, 8.4, "mom"),
    lfc5(r5(CA5, "国内"), -10.8), lfc5(r5(CA5, "国际"), 14.9), lfc5(r5(CA5, "地区"), 31.9),
    cap5(MU5, -18.28),
    cap5(r5(MU5, "国内"), -18.19), cap5(r5(MU5, "国际"), -29.33), cap5(r5(MU5, "地区"), 80.07),
    rpk5(MU5, -31.14),
    rpk5(r5(MU5, "国内"), -31.63), rpk5(r5(MU5, "国际"), -12.88), rpk5(r5(MU5, "地区"), 212.63),
    lf5(MU5, 64.79), lfc5(MU5, -12.10),
    lfc5(r5(MU5, "国内"), -12.77), lfc5(r5(MU5, "国际"), 11.19), lfc5(r5(MU5, "地区"), 22.17),
    cap5(CZ5, -16.24),
    cap5(r5(CZ5, "国内"), -15.68), cap5(r5(CZ5, "地区"), -29.77), cap5(r5(CZ5, "国际"), -29.04),
    rpk5(CZ5, -25.67),
    rpk5(r5(CZ5, "国内"), -25.57), rpk5(r5(CZ5, "地区"), -36.66), rpk5(r5(CZ5, "国际"), -28.81),
    lf5(CZ5, 68.87), lfc5(CZ5, -8.74),
    lfc5(r5(CZ5, "国内"), -9.20), lfc5(r5(CZ5, "地区"), -3.35), lfc5(r5(CZ5, "国际"), 0.19),
], [])


# zh06: 格隆汇's item on 吉大正元 (003029.SZ)'s buyback plan, on ddx.gubit.cn (whole stored item). Headline kept, reworded.
# Key: buyback amount 不低于5,000万元且不超过1亿元 -> rng=(5e7, 1e8); price cap 25元/股 -> rng=(None, 25); at the lower bound
# about 200万股, about 1.02% of the share capital; at the upper bound about 400万股, about 2.04%.
# Optional: the headline's 0.5亿元-1亿元 (twin range); the bounds and the 25元 price restated as single values in the
# estimates (5,000万元, 1亿元, 25元 twice); the total share capital 19,591.54万股 (reference count); the 12个月 period.
# Judgement calls: 约 dropped (约200万股 -> 2e6); the share counts and percentages are separate key rows (each printed with
# its own bound), not merged into ranges; 1月31日 has no year -> period None; the purpose (股权激励或员工持股计划) is no metric.
JD6 = "吉大正元|003029.SZ|003029|Jilin University Zhengyuan"
G["zh06"] = ([
    m("buyback_amount|buyback_size", None, "CNY", JD6, None, rng=(0.5e8, 1e8), opt=True, basis="headline: 拟斥资 (twin)"),
    m("buyback_amount|buyback_size", None, "CNY", JD6, None, rng=(5e7, 1e8), basis="回购资金总额 不低于…且不超过"),
    m("buyback_price_cap|buyback_price", None, "CNY", JD6, None, rng=(None, 25), basis="per share, 不超过25元/股"),
    m("buyback_amount|buyback_size", 5e7, "CNY", JD6, None, opt=True, basis="下限, restated in the estimate"),
    m("buyback_price_cap|buyback_price", 25, "CNY", JD6, None, opt=True, basis="price used in the estimates (twice)"),
    m("buyback_shares|shares_to_repurchase", 2e6, "shares", JD6, None, basis="at the 5,000万元 lower bound, 约200万股"),
    m("buyback_pct_of_shares|share_of_total_shares", 1.02, "%", JD6, None, basis="at the lower bound, 约占总股本"),
    m("total_shares|share_capital", 19591.54e4, "shares", JD6, None, opt=True, basis="当前总股本 19,591.54万股"),
    m("buyback_amount|buyback_size", 1e8, "CNY", JD6, None, opt=True, basis="上限, restated in the estimate"),
    m("buyback_shares|shares_to_repurchase", 4e6, "shares", JD6, None, basis="at the 1亿元 upper bound, 约400万股"),
    m("buyback_pct_of_shares|share_of_total_shares", 2.04, "%", JD6, None, basis="at the upper bound, 约占总股本"),
    m("buyback_period|term", 12, "months", JD6, None, opt=True, basis="回购期限 12个月内"),
], [])
