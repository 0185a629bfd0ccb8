# Hand labels for news34/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of the development corpus's README and scorer, and the "Conventions decided"
# sections of the earlier sets' zh/README.md (news32 / news33 in particular): values fully scaled (元 with thousands
# separators, 亿元 / 万亿元 / 万元 -> CNY; mainland 元 = CNY); declines negative (下降 / 降低 / 减少 / 下跌 / 下挫 / 跌 /
# 净减少 / 少增 / 多减 / 少); 个百分点 = pp; 倍 (PE) = "x"; 扣非 profit is its own row (net_profit|deducted_net_profit,
# "excluding non-recurring items" in basis); "X from Y" / a printed earlier level gives prior_value, and the earlier level
# is an optional row of its own; ranges (X至Y) as rng; bounds (逾 / 超过) optional unless they are the only figure for a
# core quantity; multi-year PE at the current price optional (news32); a target PE is key (news33); broker targets are
# also target_price metric rows besides the rating action; a figure repeated (headline / lead / body) is one row; "持平"
# as a 0 change optional; ownership-type breakdowns in a macro release optional (corpus). Periods only where the text
# states or clearly implies the year: zh01 2021 (2021年第一季度报告); zh02 2025-2027 (printed); zh05 2017 (2017年上半年);
# zh06 2023 (2023年8月, 2023年1-8月); zh03 ("1-5月份", "5月末") and zh04 ("本月首个交易日") print no year -> period None,
# the month / window in basis. Stock and announcement codes are entity aliases or not labelled, never values; bracketed
# citation markers "[1]" (zh02) are not labelled.

# zh01: A-share company's 一季报 with 营业收入, 归母净利润, 扣非, 经营现金流 and 同比: 宁德时代 (300750) 2021年第一季度报告
# (中财网 podms copy of the filing; headline, 原标题 line, codes and announcement number kept; the boilerplate of 第一节
# rewritten; the main-data table rewritten as one line per item with its three columns in order; cut before the
# 非经常性损益 table). Periods: flows 2021Q1 (priors 2020Q1); balances 2021-03-31 (priors 2020-12-31, 上年度末). Key: for
# each of revenue, attributable profit, 扣非 attributable profit, operating cash flow, basic EPS, diluted EPS, weighted
# ROE, total assets and attributable net assets the current figure (with the printed comparison figure as prior) and
# the printed change. Judgement calls: the ROE change is printed "1.08%" although it is a difference of two rates; it is
# key in "%" as printed, with an optional 1.08 pp twin so that an extractor reading it as pp is not punished; the nine
# comparison figures are optional rows of their own. Not labelled: 300750 (code), 2021-040 (announcement number),
# "2021年 04月" (report date), the □ / √ check boxes.
CATL = "宁德时代|宁德时代新能源科技股份有限公司|CATL|Contemporary Amperex Technology|300750|300750.SZ"
Q1, PQ1, E, YE0 = "2021Q1", "2020Q1", "2021-03-31", "2020-12-31"
REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"
KF, KFG = "net_profit|deducted_net_profit", "net_profit_growth|deducted_net_profit_growth"
OCF, OCFG = ("operating_cash_flow|net_operating_cash_flow|ocf",
             "operating_cash_flow_growth|net_operating_cash_flow_growth|ocf_growth")
G["zh01"] = ([
    m(REV, 1.916668522352e10, "CNY", CATL, Q1, prior=9.03079405246e9, basis="营业收入(元), 本报告期; prior = 上年同期"),
    m(REVG, 112.24, "%", CATL, Q1, basis="yoy (本报告期比上年同期增减)"),
    m(NP, 1.95441723662e9, "CNY", CATL, Q1, prior=7.420431832e8, basis="attributable (归属于上市公司股东的净利润)"),
    m(NPG, 163.38, "%", CATL, Q1, basis="yoy, attributable"),
    m(KF, 1.67208609578e9, "CNY", CATL, Q1, prior=4.2819607568e8,
      basis="attributable, excluding non-recurring items (扣除非经常性损益)"),
    m(KFG, 290.50, "%", CATL, Q1, basis="yoy, attributable, excluding non-recurring items"),
    m(OCF, 1.096687055155e10, "CNY", CATL, Q1, prior=3.14675031568e9, basis="经营活动产生的现金流量净额"),
    m(OCFG, 248.51, "%", CATL, Q1, basis="yoy"),
    m("eps|basic_eps", 0.8463, "CNY", CATL, Q1, prior=0.3406, basis="basic (元 /股)"),
    m("eps_growth|basic_eps_growth", 148.47, "%", CATL, Q1, basis="yoy, basic EPS"),
    m("diluted_eps|eps", 0.8430, "CNY", CATL, Q1, prior=0.3396, basis="diluted (元 /股)"),
    m("diluted_eps_growth|eps_growth", 148.23, "%", CATL, Q1, basis="yoy, diluted EPS"),
    m("roe|weighted_average_roe|return_on_equity", 3.01, "%", CATL, Q1, prior=1.93, basis="加权平均净资产收益率"),
    m("roe_change|return_on_equity_change", 1.08, "%", CATL, Q1, basis="yoy change printed as 1.08%"),
    m("roe_change|return_on_equity_change", 1.08, "pp", CATL, Q1, opt=True, basis="the same change read as pp"),
    m("total_assets", 1.7332890492736e11, "CNY", CATL, E, prior=1.5661842694059e11, basis="本报告期末; prior = 上年度末"),
    m("total_assets_growth", 10.67, "%", CATL, E, basis="vs previous year-end (比上年度末增减)"),
    m("equity_attributable|net_assets|shareholders_equity", 6.56442356266e10, "CNY", CATL, E, prior=6.420729936658e10,
      basis="归属于上市公司股东的净资产"),
    m("equity_attributable_growth|net_assets_growth|shareholders_equity_growth", 2.24, "%", CATL, E,
      basis="vs previous year-end"),
    # the comparison column as rows of their own (optional)
    m(REV, 9.03079405246e9, "CNY", CATL, PQ1, opt=True, basis="上年同期"),
    m(NP, 7.420431832e8, "CNY", CATL, PQ1, opt=True, basis="上年同期, attributable"),
    m(KF, 4.2819607568e8, "CNY", CATL, PQ1, opt=True, basis="上年同期, excluding non-recurring items"),
    m(OCF, 3.14675031568e9, "CNY", CATL, PQ1, opt=True, basis="上年同期"),
    m("eps|basic_eps", 0.3406, "CNY", CATL, PQ1, opt=True, basis="上年同期, basic"),
    m("diluted_eps|eps", 0.3396, "CNY", CATL, PQ1, opt=True, basis="上年同期, diluted"),
    m("roe|weighted_average_roe|return_on_equity", 1.93, "%", CATL, PQ1, opt=True, basis="上年同期"),
    m("total_assets", 1.5661842694059e11, "CNY", CATL, YE0, opt=True, basis="上年度末"),
    m("equity_attributable|net_assets|shareholders_equity", 6.420729936658e10, "CNY", CATL, YE0, opt=True, basis="上年度末"),
], [])

# zh02: a broker's research note on a new-energy (lithium) company with multi-year 盈利预测 and 目标价 / 评级 (维持):
# 东吴证券 on 赣锋锂业, reportify news digest (2026; headline kept; section headings reworded; the "[1]" citation markers
# kept as printed and not labelled). Periods: 2025年全年 -> FY2025; 2025年第四季度 -> 2025Q4; forecasts FY2025-FY2027;
# the per-Wh profit, the lithium-carbonate scenario and the target PE -> FY2026. Key: the company's FY2025 profit
# guidance 11.0-16.5亿元 (range) and its growth 153%-180% (range); the Q4 guidance 10.7-16.2亿元 and its qoq growth
# 93%-192% (ranges); the raised FY2025-FY2027 attributable-profit forecasts 14.8 / 94 / 109亿元, each with the earlier
# forecast (4.3 / 20 / 32亿元) as prior; their growth +172% / +532% / +16%; the 2026 unit profit 0.02元/瓦时 (CNY, per
# Wh in basis); the target PE 25倍 (x, FY2026); the target price 112元. Optional: the three earlier forecasts as rows of
# their own; the PE at the current price 103 / 16 / 14倍 (derived valuation, news32); the scenario lithium-carbonate
# price 15万元/吨 and the lithium-salt profit "超过90亿元" under that scenario (a conditional bound). Rating action:
# maintain, buy ("买入" 维持), 112 CNY, no prior target printed. Not labelled: "同比实现扭亏为盈" (no figure).
GF = "赣锋锂业|赣锋|Ganfeng Lithium|Ganfeng|002460|002460.SZ|01772"
SOO = "东吴证券|东吴|Soochow Securities"
NPF = "net_profit_forecast|net_profit|net_profit_attributable"
NPFG = "net_profit_growth_forecast|net_profit_growth"
G["zh02"] = ([
    m("net_profit_guidance|net_profit|net_profit_attributable", None, "CNY", GF, "FY2025", rng=(1.10e9, 1.65e9),
      basis="company guidance (公司预计), attributable, 11.0至16.5亿元"),
    m("net_profit_growth|net_profit_guidance_growth", None, "%", GF, "FY2025", rng=(153, 180),
      basis="yoy, company guidance, 153%至180%"),
    m("net_profit_guidance|net_profit|net_profit_attributable", None, "CNY", GF, "2025Q4", rng=(1.07e9, 1.62e9),
      basis="company guidance, Q4, attributable, 10.7至16.2亿元"),
    m("net_profit_growth|net_profit_guidance_growth", None, "%", GF, "2025Q4", rng=(93, 192),
      basis="qoq (环比), Q4 guidance, 93%至192%"),
    m(NPF, 1.48e9, "CNY", GF, "FY2025", prior=4.3e8, basis="forecast, raised (原预期4.3亿元)"),
    m(NPF, 9.4e9, "CNY", GF, "FY2026", prior=2.0e9, basis="forecast, raised (原预期20亿元)"),
    m(NPF, 1.09e10, "CNY", GF, "FY2027", prior=3.2e9, basis="forecast, raised (原预期32亿元)"),
    m(NPF, 4.3e8, "CNY", GF, "FY2025", opt=True, basis="previous forecast"),
    m(NPF, 2.0e9, "CNY", GF, "FY2026", opt=True, basis="previous forecast"),
    m(NPF, 3.2e9, "CNY", GF, "FY2027", opt=True, basis="previous forecast"),
    m(NPFG, 172, "%", GF, "FY2025", basis="forecast yoy (+172%)"),
    m(NPFG, 532, "%", GF, "FY2026", basis="forecast yoy (+532%)"),
    m(NPFG, 16, "%", GF, "FY2027", basis="forecast yoy (+16%)"),
    m("pe|pe_ratio|pe_forecast", 103, "x", GF, "FY2025", opt=True, basis="PE on the raised forecast"),
    m("pe|pe_ratio|pe_forecast", 16, "x", GF, "FY2026", opt=True, basis="PE on the raised forecast"),
    m("pe|pe_ratio|pe_forecast", 14, "x", GF, "FY2027", opt=True, basis="PE on the raised forecast"),
    m("unit_profit|profit_per_wh", 0.02, "CNY", GF, "FY2026", basis="单瓦时利润, per Wh (元/瓦时), expected"),
    m("lithium_carbonate_price|price", 1.5e5, "CNY", "碳酸锂|lithium carbonate", "FY2026", opt=True,
      basis="scenario price per tonne (15万元/吨)"),
    m("segment_profit|profit", None, "CNY", "锂盐业务|lithium salt business|" + GF, "FY2026", rng=(9e9, None), opt=True,
      basis="超过90亿元 if lithium carbonate reaches 15万元/吨 (scenario)"),
    m("target_pe|pe_ratio|pe", 25, "x", GF, "FY2026", basis="2026年25倍市盈率估值"),
    m("target_price", 112, "CNY", GF, None, basis="东吴证券; headline and body"),
], [
    ra(SOO, GF, "maintain", "buy", None, 112, None, "CNY"),
])

# zh03: 国家统计局 工业企业利润 (cumulative, yoy, by industry): January-May industrial profits (央视网 finance.cctv.com;
# the whole item; the "相关链接" / editor lines left out). No year is printed ("1-5月份", "5月末") -> period None, the
# window in basis. Key: total profit 8502亿元 and -22.9%; 石油加工及炼焦业 profit 448亿元 with the year-ago net loss
# -449亿元 as prior ("由…净亏损449亿元转为盈利448亿元"); the eleven industries' yoy profit changes (entity = the
# industry); VAT payable 5553亿元 and -3.9%; 主营业务税金及附加 3030亿元 and +35.6%; 主营业务收入 183679亿元 and -0.8%;
# receivables (应收帐款, typo kept) 44497亿元 and +8.0% and finished-goods funds 21211亿元 and +4.2% at the end of May.
# Optional: the five ownership types' profits and changes (corpus: ownership-type breakdowns are secondary detail in
# macro releases) and the year-ago net loss of 石油加工及炼焦业 as a row of its own. Not labelled: the 500万元 size
# threshold (a definition) and "39个工业大类行业" (scope).
IE = "规模以上工业企业|全国规模以上工业企业|规模以上工业|industrial enterprises above designated size|China|全国"
W = "1-5月份 cumulative (no year printed)"
PR, PRG = "industrial_profits|total_profits|profits|profit", "industrial_profits_growth|profit_growth|profits_growth"
def ind(name, v, en):
    return m(PRG, v, "%", name + "|" + en, None, basis=W + ", yoy")
G["zh03"] = ([
    m(PR, 8.502e11, "CNY", IE, None, basis=W),
    m(PRG, -22.9, "%", IE, None, basis=W + ", yoy (同比下降)"),
    m(PR, 2.467e11, "CNY", "国有及国有控股企业|state-owned and state-holding enterprises", None, opt=True, basis=W),
    m(PRG, -41.5, "%", "国有及国有控股企业|state-owned and state-holding enterprises", None, opt=True, basis=W + ", yoy"),
    m(PR, 2.0e10, "CNY", "集体企业|collective enterprises", None, opt=True, basis=W),
    m(PRG, -0.7, "%", "集体企业|collective enterprises", None, opt=True, basis=W + ", yoy"),
    m(PR, 4.543e11, "CNY", "股份制企业|joint-stock enterprises", None, opt=True, basis=W),
    m(PRG, -24.1, "%", "股份制企业|joint-stock enterprises", None, opt=True, basis=W + ", yoy"),
    m(PR, 2.43e11, "CNY", "外商及港澳台商投资企业|foreign-funded enterprises", None, opt=True, basis=W),
    m(PRG, -22.4, "%", "外商及港澳台商投资企业|foreign-funded enterprises", None, opt=True, basis=W + ", yoy"),
    m(PR, 2.303e11, "CNY", "私营企业|private enterprises", None, opt=True, basis=W),
    m(PRG, 2.4, "%", "私营企业|private enterprises", None, opt=True, basis=W + ", yoy"),
    m(PR, 4.48e10, "CNY", "石油加工及炼焦业|petroleum processing and coking", None, prior=-4.49e10,
      basis=W + ", turned to profit from a year-ago net loss of 449亿元"),
    m(PR, -4.49e10, "CNY", "石油加工及炼焦业|petroleum processing and coking", None, opt=True,
      basis="same period last year, net loss (净亏损)"),
    ind("煤炭开采业", 4.2, "coal mining"),
    ind("建材行业", 8.6, "building materials"),
    ind("电力行业", 14.6, "power|electricity"),
    ind("石油和天然气开采业", -75.8, "oil and gas extraction"),
    ind("钢铁行业", -97.2, "steel|iron and steel"),
    ind("有色金属冶炼及压延加工业", -77.9, "non-ferrous metals smelting and rolling"),
    ind("化纤行业", -34.7, "chemical fibres"),
    ind("化工行业", -25.4, "chemicals|chemical industry"),
    ind("电子通信设备制造业", -46.0, "electronics and telecom equipment"),
    ind("专用设备制造业", -0.9, "special-purpose equipment"),
    ind("交通运输设备制造业", -7.3, "transport equipment"),
    m("vat_payable|value_added_tax|vat", 5.553e11, "CNY", IE, None, basis=W + ", 应交增值税"),
    m("vat_payable_growth|value_added_tax_growth|vat_growth", -3.9, "%", IE, None, basis=W + ", yoy"),
    m("business_taxes_and_surcharges|taxes", 3.03e11, "CNY", IE, None, basis=W + ", 主营业务税金及附加"),
    m("business_taxes_and_surcharges_growth|taxes_growth", 35.6, "%", IE, None, basis=W + ", yoy"),
    m("revenue|main_business_revenue|operating_revenue", 1.83679e13, "CNY", IE, None, basis=W + ", 主营业务收入"),
    m("revenue_growth|main_business_revenue_growth|operating_revenue_growth", -0.8, "%", IE, None, basis=W + ", yoy"),
    m("accounts_receivable|receivables", 4.4497e12, "CNY", IE, None, basis="end of May (5月末), 应收帐款"),
    m("accounts_receivable_growth|receivables_growth", 8.0, "%", IE, None, basis="end of May, yoy"),
    m("finished_goods_inventory|finished_goods|inventory", 2.1211e12, "CNY", IE, None, basis="end of May, 产成品资金"),
    m("finished_goods_inventory_growth|finished_goods_growth|inventory_growth", 4.2, "%", IE, None,
      basis="end of May, yoy"),
], [])

# zh04: 期货 market close with 主力合约: China's commodity futures on the first trading day of a month (中国新闻网 story on
# a johnnytowncar mirror, 2011; byline kept; the copyright line left out). No date or year is printed ("本月首个交易日")
# -> period None. Prices are CNY per tonne as printed (10815元, 9992元, 7860元 without 每吨; 每吨6.81万元 -> 68100).
# Key: close and change of the main contract for plastic (塑料, -2.26%, the largest fall in two weeks), PTA (-1.25%),
# PVC (-1.07%), lead (-0.97%), aluminium (-0.06%), rebar (+0.04%) and palm oil (+0.09%), and copper's close 6.81万元.
# Optional: "PTA、PVC两品种也跌逾1%" (one bound for the two contracts), PTA "回到万元下方" (upper bound 10000), copper's
# change "与前一交易日结算价持平" (0). Not labelled: the commodity index's "小幅回调" and the other moves without figures
# (燃料油, 橡胶, 白糖), "两周" (the span of the record).
PL = "塑料期货|塑料|大连商品交易所塑料期货|LLDPE|plastic futures"
PTA = "PTA期货|PTA|郑州商品交易所PTA期货|PTA futures"
PVC = "PVC期货|PVC|大连商品交易所PVC|PVC futures"
CU = "期铜|铜期货|铜|copper futures|Shanghai copper"
PB = "铅期货|期铅|铅|lead futures"
AL = "期铝|铝期货|铝|aluminium futures|aluminum futures"
RB = "螺纹钢期货|螺纹钢|上海期货交易所螺纹钢|rebar futures"
PO = "棕榈油期货|棕榈油|palm oil futures"
FP, FC = "futures_price|price|close", "price_change|futures_price_change"
C = "main contract (主力合约) close, per tonne"
D = "vs previous trading day"
G["zh04"] = ([
    m(FP, 10815, "CNY", PL, None, basis=C + " (10815元)"),
    m(FC, -2.26, "%", PL, None, basis=D + ", 大跌; largest single-day fall in two weeks"),
    m(FP, 9992, "CNY", PTA, None, basis=C + " (9992元)"),
    m(FC, -1.25, "%", PTA, None, basis=D),
    m(FP, 7860, "CNY", PVC, None, basis=C + " (7860元)"),
    m(FC, -1.07, "%", PVC, None, basis=D),
    m(FC, None, "%", "PTA|PVC", None, rng=(None, -1), opt=True, basis="两品种也跌逾1%"),
    m(FP, None, "CNY", PTA, None, rng=(None, 1e4), opt=True, basis="回到万元下方"),
    m(FP, 68100, "CNY", CU, None, basis=C + " (每吨6.81万元)"),
    m(FC, 0, "%", CU, None, opt=True, basis="与前一交易日结算价持平"),
    m(FP, 16700, "CNY", PB, None, basis=C + " (每吨1.67万元)"),
    m(FC, -0.97, "%", PB, None, basis=D),
    m(FC, -0.06, "%", AL, None, basis="main contract, late-session fall (尾盘下挫)"),
    m(FP, 17400, "CNY", AL, None, basis=C + " (每吨1.74万元)"),
    m(FP, 4829, "CNY", RB, None, basis=C + " (每吨4829元)"),
    m(FC, 0.04, "%", RB, None, basis=D),
    m(FC, 0.09, "%", PO, None, basis="main contract; the largest gain of the day"),
    m(FP, 9044, "CNY", PO, None, basis=C + " (每吨9044元)"),
], [])

# zh05: 央行 release on 社会融资规模 (社融): the first half of 2017, increments by component with the yoy differences
# (comelan.com copy of the PBOC statistics release; the first paragraph, cut before the structure-share paragraph,
# which would take the key rows past 30). Periods: 2017年上半年 -> 2017H1; 6月 -> 2017-06. Key: the total increment
# 11.17万亿元 and "+1.36万亿元" vs a year earlier; for each of seven components (RMB loans, FX loans in RMB, entrusted
# loans, trust loans, undiscounted bankers' acceptances, corporate bonds, non-financial corporate equity) the increment
# and its yoy difference (多增 positive; 少增 / 多减 / 少 negative; 企业债券融资 "净减少3708亿元" -> -3708亿元 with "同比多减
# 2.14万亿元" -> -2.14万亿元); June's increment 1.78万亿元 and +1283亿元. The yoy differences are absolute CNY amounts
# (metric *_yoy_change), not percentages. Not labelled: "初步统计" (no figure).
SF = "社会融资规模|社融|aggregate financing|total social financing|TSF|China"
H1 = "2017H1"
SFI, SFC = "social_financing|social_financing_increment|aggregate_financing", \
    "social_financing_change|social_financing_yoy_change|yoy_change"
CI, CC = "social_financing_component|increase|increment", "social_financing_component_change|yoy_change|change"
def comp(ent, v, dv, note=""):
    return [m(CI, v, "CNY", ent, H1, basis="H1 increment" + note),
            m(CC, dv, "CNY", ent, H1, basis="vs same period last year (同比)")]
G["zh05"] = ([
    m(SFI, 1.117e13, "CNY", SF, H1, basis="cumulative increment (增量累计), preliminary"),
    m(SFC, 1.36e12, "CNY", SF, H1, basis="比上年同期多"),
    *comp("对实体经济发放的人民币贷款|RMB loans to the real economy|RMB loans", 8.21e12, 7.288e11),
    *comp("对实体经济发放的外币贷款|foreign-currency loans to the real economy|FX loans", 4.73e10, 4.26e11,
          ", 折合人民币"),
    *comp("委托贷款|entrusted loans", 5.988e11, -4.477e11),
    *comp("信托贷款|trust loans", 1.31e12, 1.03e12),
    *comp("未贴现的银行承兑汇票|undiscounted bankers' acceptances|bankers acceptances", 5.696e11, 1.85e12),
    *comp("企业债券融资|企业债券|corporate bond financing|corporate bonds", -3.708e11, -2.14e12, ", net decrease (净减少)"),
    *comp("非金融企业境内股票融资|equity financing by non-financial enterprises|equity financing", 4.702e11, -1.321e11),
    m(SFI, 1.78e12, "CNY", SF, "2017-06", basis="June increment"),
    m(SFC, 1.283e11, "CNY", SF, "2017-06", basis="比上年同期多"),
], [])

# zh06: 房地产 sales report (百强房企): 克而瑞研究中心's "2023年1-8月中国房地产企业销售TOP100" (fxbaogao copy; title and
# byline kept; lead, foreword and the first ranking section; the two chart captions with their "数据来源:CRIC" lines
# left out; cut before section 二, where the stored text breaks off). Periods: 8月 / 本月 -> 2023-08; 1-8月 / 前8月 /
# 累计 -> 2023-01..08. Key: TOP100 sales (销售操盘金额) 3430.1亿元 in August with -1.3% mom and -33.9% yoy (headline,
# foreword and body: one row each); 1-8月 37524.7亿元 and -8.5% yoy (printed twice: one row); the 30 key cities' supply
# +10% mom and -8% cumulative yoy; their transactions -7% mom, -30% yoy and +5% cumulative yoy, the cumulative growth
# "收窄5个百分点" as a -5 pp change. Optional: "逾7成百强企业" with yoy falls (lower bound 70 %) and "近半数" with both yoy
# and mom falls (近X -> X, 50 %). Not labelled: 五连降 and 近5年 (streak and span), 一二线 (city tiers).
TOP = "TOP100房企|百强房企|百强企业|top 100 developers|CRIC TOP100"
C30 = "重点30城|30 key cities"
A8, W8 = "2023-08", "2023-01..08"
S, SG = "sales|contracted_sales|sales_amount", "sales_growth|contracted_sales_growth"
G["zh06"] = ([
    m(S, 3.4301e11, "CNY", TOP, A8, basis="销售操盘金额, single month"),
    m(SG, -1.3, "%", TOP, A8, basis="mom (环比降低); headline, foreword and body"),
    m(SG, -33.9, "%", TOP, A8, basis="yoy (同比降低); headline, foreword and body"),
    m(S, 3.75247e12, "CNY", TOP, W8, basis="销售操盘金额, 1-8月 cumulative"),
    m(SG, -8.5, "%", TOP, W8, basis="cumulative yoy; printed twice"),
    m("supply_growth|new_home_supply_growth", 10, "%", C30, A8, basis="mom (环比上涨)"),
    m("supply_growth|new_home_supply_growth", -8, "%", C30, W8, basis="前8月累计 yoy (同比仍跌)"),
    m("transaction_growth|sales_volume_growth|transactions_growth", -7, "%", C30, A8, basis="mom (环比下降)"),
    m("transaction_growth|sales_volume_growth|transactions_growth", -30, "%", C30, A8, basis="yoy (同比减少)"),
    m("transaction_growth|sales_volume_growth|transactions_growth", 5, "%", C30, W8, basis="cumulative yoy (累计同比仍增)"),
    m("transaction_growth_change|growth_change", -5, "pp", C30, W8, basis="增幅较上月收窄5个百分点"),
    m("share_of_companies|share", None, "%", TOP, A8, rng=(70, None), opt=True,
      basis="逾7成百强企业 with yoy falls in monthly sales"),
    m("share_of_companies|share", 50, "%", TOP, A8, opt=True, basis="近半数 with both yoy and mom falls (近X -> X)"),
], [])
