# Hand labels for news77/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese): 新浪财经 (finance.sina.com.cn) on
# 上海农商银行's 2024 half-year results, 人民日报's report of the statistics bureau's first-quarter 2023 GDP release (reposted
# on dianshang.nancai.net), a broker note on the listed insurers' January-May 2024 premiums on a 九方智投 page (9fzt.com),
# 时代财经's story on 华虹公司's STAR Market debut (reposted on quanqiu.jingji.net), 网易 (c.m.163.com) on the China
# Association of Automobile Manufacturers' October output and sales, and 北京商报's daily FX item of 6 March 2023 (reposted
# on tech.nceol.com), each rewritten sentence by sentence in our own words from a stored public page (sources_a.tsv),
# every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news76 zh README and labels_a.py read whole; news65 zh02 and news72 zh01 for a bank's results with asset
# quality and capital ratios; news66 zh02 and news4 zh04 for a quarterly GDP release; news55 zh05 and news17 zh02 for the
# insurers' cumulative and monthly premiums; news43 zh04, news52 zh05 and news56 zh05 for an A-share IPO and its debut,
# news70 zh11 for first-day per-lot gains as optional rows; news62 zh02 and news39 zh05 for the CAAM's monthly output and
# sales; news27 zh06 and news71 zh04 for the yuan's central parity with 基点 as pips).
# Values fully scaled (139.17亿元 -> 1.3917e10, 284997 亿元 -> 2.84997e13, 4157 亿元 -> 4.157e11, 146.3万辆 -> 1.463e6
# vehicles, 4.0775亿新股 -> 4.0775e8 shares); declines negative (下降, 下跌, 跌, 贬值, 调贬, 走贬, 净流出, a printed "-");
# 个百分点 / pct -> pp; 基点 on an exchange rate -> pips (news27 zh06, news71 zh04); 倍 of a P/E -> "x"; 万辆 -> "vehicles";
# 同比 -> yoy and 环比 -> mom / qoq in basis; a figure printed again (a headline, a restatement) is one key row and an
# optional twin; an earlier figure of the same quantity printed beside a figure is its prior, and "与…持平" gives the level
# itself as prior (news65 zh02, news72 zh01); bounds (超X, 两位数) -> open ranges, optional; intraday highs, lows and moves
# optional; per-lot payments and paper gains optional (news56 zh05, news70 zh11); dates, stock codes, ranks and orderings
# (国寿>平安>…) give no rows.
# Currencies: 元 / 亿元 / 亿 in these mainland stories = CNY; 港元 = HKD; exchange rates are CNY per USD, unit "CNY" with
# that in basis (news27 zh06).
# Periods only where the text states or clearly implies the year: zh01 2024H1 (printed 2024年上半年; 今年上半年 in the same
# item) and 2024-06-30 for the balances and ratios (截至2024年6月末); zh02 "Q1" (一季度; no year printed, the dateline is
# "4 月 18 日电"; the comparison quarter 上年四季度, 上年全年 and 1 至 2 月 in basis, news66 zh02); zh03 2024-01..05 (printed
# 2024 年1-5 月) and 2024-05 (单5 月 under it); zh04 None (8月7日 and 年内, no year printed; the page's date line was left
# out as page metadata); zh05 None (11月11日, 10月份, 1月至10月: no year printed; the month or window in basis, news62
# zh02); zh06 2023-03-06 for the day's fixing, opens and 10 a.m. quotes (printed 2023年3月6日), None for the previous
# trading day's figures (not dated).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 新浪财经's item on 上海农村商业银行 (上海农商银行)'s 2024 half-year results (finance.sina.com.cn stock/relnews/cn/
# 2024-08-20/doc-inckhfmk0456385): no headline in the stored text and none composed. Cut: the stored text breaks off in
# its last sentence ("截至2024年6月末,该行上海地区贷款占比94.94%,上海以外地区占比5.06%;上海地区贷款不良率0.93%,较上年末
# 下降0.02个百分点;上海以外地区", no full stop), so the passage ends with the sentence before it (its 2024, 6, 94.94%, 5.06%,
# 0.93%, 0.02 dropped).
# Kind asked for: a mainland bank's quarterly or annual report (营业收入, 归母净利润, 不良贷款率, 拨备覆盖率, 净息差, 资本充足率);
# a half-year report: revenue, profit, NPL ratio, provision coverage and the three capital ratios are printed; no 净息差 and
# no attributable profit (the item prints 净利润 only).
# Key (2024H1): revenue 139.17亿元 (+0.23%), total profit 86.25亿元 (+0.35%), net profit 71.43亿元 (-0.11%), basic EPS 0.72元
# (与去年同期持平 -> prior 0.72), cost-to-income 29.11% (+0.20 pp), ROA 1.00% (-0.08 pp), ROE 11.89% (-1.18 pp); net interest
# income 101.80亿元 (-2.61%), non-interest income 37.37亿元 (+8.86%), fee income 12.45亿元 (-17.39%), other non-interest
# income 24.91亿元 (+29.41%). Key (2024-06-30, growth against end-2023): total assets 14549.57亿元 (+4.51%), loans
# 7358.76亿元 (+3.43%), liabilities 13325.63亿元 (+4.44%), deposits 10473.88亿元 (+3.05%); NPL balance 71.27亿元 (+2.00亿元),
# NPL ratio 0.97% (与上年末持平 -> prior 0.97), provision coverage 372.42% (-32.56 pp), loan provision ratio 3.61% (-0.33 pp),
# CAR 17.15%, tier 1 14.71%, CET1 14.68%. Key (2024H1): the four industries' shares of corporate loans (14.80%, 12.01%,
# 11.16%, 4.98%) and their NPL ratios (1.73%, 0.36%, 0.68%, 2.43%), each industry its own entity with the bank as alias.
# Optional: none.
# Judgement calls: 净利润 is labelled as printed (net profit, not attributable); "较上年同期增加/下降X个百分点" are pp changes
# without a prior (the earlier levels are not printed); "比上年末增加2.00亿元" is a change row on the NPL balance; the
# industries' loan shares and NPL ratios take the item's "今年上半年" (2024H1); 8月17日 (the announcement date) gives no row.
SR1 = "上海农商银行|上海农村商业银行|上海农村商业银行股份有限公司|沪农商行|Shanghai Rural Commercial Bank|SRCB|601825"
H1, E1 = "2024H1", "2024-06-30"
YE1 = ", vs end-2023 (比上年末)"
LY1 = ", vs a year earlier (较上年同期)"
NPL1 = "npl_ratio|non_performing_loan_ratio"
LS1 = "loan_share|share_of_corporate_loans|share"


def ind1(name, share, npl):
    ent = name + "|" + SR1
    return [m(LS1, share, "%", ent, H1, basis="贷款余额占比 of corporate loans (分别)"),
            m(NPL1, npl, "%", ent, H1, basis="industry NPL ratio (分别)")]


G["zh01"] = ([
    m("revenue|operating_revenue|operating_income", 139.17e8, "CNY", SR1, H1, basis="营业收入"),
    m("revenue_growth|operating_revenue_growth", 0.23, "%", SR1, H1, basis="yoy"),
    m("total_profit|profit_before_tax|pretax_profit", 86.25e8, "CNY", SR1, H1, basis="利润总额"),
    m("total_profit_growth|profit_before_tax_growth|pretax_profit_growth", 0.35, "%", SR1, H1, basis="yoy"),
    m("net_profit|net_income", 71.43e8, "CNY", SR1, H1, basis="净利润"),
    m("net_profit_growth|net_income_growth", -0.11, "%", SR1, H1, basis="yoy, 下降"),
    m("eps|basic_eps|earnings_per_share", 0.72, "CNY", SR1, H1, prior=0.72,
      basis="基本每股收益; 与去年同期持平 (prior = level)"),
    m("cost_income_ratio|cost_to_income_ratio", 29.11, "%", SR1, H1, basis="成本收入比"),
    m("cost_income_ratio_change|cost_to_income_ratio_change", 0.20, "pp", SR1, H1, basis="增加" + LY1),
    m("roa|return_on_assets", 1.00, "%", SR1, H1, basis="年化平均总资产回报率"),
    m("roa_change|rate_change", -0.08, "pp", SR1, H1, basis="下降" + LY1),
    m("roe|return_on_equity", 11.89, "%", SR1, H1, basis="年化加权平均净资产收益率"),
    m("roe_change|rate_change", -1.18, "pp", SR1, H1, basis="下降" + LY1),
    m("net_interest_income|nii", 101.80e8, "CNY", SR1, H1, basis="利息净收入"),
    m("net_interest_income_growth|nii_growth", -2.61, "%", SR1, H1, basis="yoy, 下降"),
    m("non_interest_income", 37.37e8, "CNY", SR1, H1, basis="非利息净收入"),
    m("non_interest_income_growth", 8.86, "%", SR1, H1, basis="yoy"),
    m("fee_income|net_fee_and_commission_income", 12.45e8, "CNY", SR1, H1, basis="手续费及佣金净收入"),
    m("fee_income_growth|net_fee_and_commission_income_growth", -17.39, "%", SR1, H1, basis="yoy, 下降"),
    m("other_non_interest_income|non_interest_income", 24.91e8, "CNY", SR1, H1, basis="其他非利息净收入"),
    m("other_non_interest_income_growth|non_interest_income_growth", 29.41, "%", SR1, H1, basis="yoy"),
    m("total_assets|assets", 14549.57e8, "CNY", SR1, E1, basis="资产总额"),
    m("total_assets_growth|asset_growth|growth", 4.51, "%", SR1, E1, basis="增长" + YE1),
    m("loans|gross_loans|total_loans|loans_and_advances", 7358.76e8, "CNY", SR1, E1, basis="贷款和垫款总额"),
    m("loan_growth|loans_growth|growth", 3.43, "%", SR1, E1, basis="增长" + YE1),
    m("total_liabilities|liabilities", 13325.63e8, "CNY", SR1, E1, basis="负债总额"),
    m("total_liabilities_growth|growth", 4.44, "%", SR1, E1, basis="增长" + YE1),
    m("deposits|customer_deposits|total_deposits", 10473.88e8, "CNY", SR1, E1, basis="吸收存款本金"),
    m("deposit_growth|deposits_growth|growth", 3.05, "%", SR1, E1, basis="增长" + YE1),
    m("npl_balance|non_performing_loans", 71.27e8, "CNY", SR1, E1, basis="不良贷款余额"),
    m("npl_balance_change|change", 2.00e8, "CNY", SR1, E1, basis="增加" + YE1),
    m(NPL1, 0.97, "%", SR1, E1, prior=0.97, basis="不良贷款率; 与上年末持平 (prior = level)"),
    m("provision_coverage_ratio|provision_coverage", 372.42, "%", SR1, E1, basis="拨备覆盖率"),
    m("provision_coverage_ratio_change|provision_coverage_change", -32.56, "pp", SR1, E1, basis="下降" + YE1),
    m("loan_provision_ratio|provision_to_loan_ratio|allowance_to_loan_ratio", 3.61, "%", SR1, E1, basis="贷款拨备率"),
    m("loan_provision_ratio_change|provision_to_loan_ratio_change|allowance_to_loan_ratio_change", -0.33, "pp", SR1, E1,
      basis="下降" + YE1),
    m("capital_adequacy_ratio|car|total_capital_ratio", 17.15, "%", SR1, E1, basis="资本充足率"),
    m("tier1_capital_ratio|tier_1_ratio", 14.71, "%", SR1, E1, basis="一级资本充足率"),
    m("cet1_ratio|core_tier1_capital_ratio", 14.68, "%", SR1, E1, basis="核心一级资本充足率"),
]
    + ind1("房地产业|real estate", 14.80, 1.73)
    + ind1("租赁和商务服务业|leasing and business services", 12.01, 0.36)
    + ind1("制造业|manufacturing", 11.16, 0.68)
    + ind1("批发和零售业|wholesale and retail", 4.98, 2.43),
    [])


# zh02: 人民日报's front-page report (dateline "本报北京 4 月 18 日电") on the statistics bureau's first-quarter economic
# release, reposted on dianshang.nancai.net (xwzx/2023/0420/11177). Left out as page furniture: the photo and chart
# notes "(资料图片仅供参考)", "数据来源:国家统计局" and "制图:汪哲平", the byline "(记者刘志强)", the cross-reference
# "(相关报道见第二版)" and the empty "标签:" line; the dateline kept with its spaces. The spaces between the numbers and the
# CJK text ("4 月 18 日", " 284997 亿元", " 4.5%", " 0.3 个百分点", "核心 CPI", "1 至 2 月") kept as printed. The spokesman's
# quoted assessment rendered as reported speech (no figure). No headline in the stored text and none composed; whole
# stored item otherwise.
# Kind asked for: a statistics-bureau release of GDP by quarter (国内生产总值, 三次产业增加值, 同比/环比) or of the PMIs: GDP
# with yoy and qoq growth and the growth of agriculture (农林牧渔业), industry (规模以上工业) and services (服务业) value added;
# the three sectors are printed by their activity names, not as 第一/第二/第三产业, and without levels.
# Key (Q1): GDP 284997 亿元, +4.5% yoy, +2.2% qoq; agriculture value added +3.8%; industrial value added +3% (+0.3 pp on the
# previous Q4); services value added +5.4% (+3.1 pp on the previous Q4); retail sales +5.8%; fixed-asset investment +5.1%
# (与上年全年持平 -> prior 5.1); urban surveyed unemployment 5.5% (-0.1 pp on the previous Q4); CPI +1.3%; core CPI +0.8% (与
# 1 至 2 月持平 -> prior 0.8); goods trade +4.8%; high-tech investment +16%; final consumption's contribution to growth 66.6%.
# Optional: the service retail sales' "两位数增长" (a lower bound of 10%).
# Judgement calls: no year is printed (4 月 18 日电, 一季度, 上年四季度) -> period "Q1" (news66 zh02's form for a quarter
# without a year); "比上年四季度环比增长" is the qoq rate; "比上年四季度加快 / 高 X 个百分点" are pp changes against the
# previous quarter's rate, without a prior (its level is not printed); "与…持平" gives the level as prior (news65 zh02);
# "明显快于全部投资增速" and "高于资本形成总额的贡献" print no figure.
CN2 = "中国|我国|全国|国内生产总值|GDP|China|国民经济"
Q2 = "Q1"
PQ2 = ", vs the previous year's Q4 (上年四季度)"
G["zh02"] = ([
    m("gdp|nominal_gdp", 284997e8, "CNY", CN2, Q2, basis="国内生产总值, 一季度, 初步核算"),
    m("gdp_growth|gdp_yoy|gdp", 4.5, "%", CN2, Q2, basis="yoy, constant prices (按不变价格)"),
    m("gdp_growth_qoq|gdp_qoq|gdp_growth", 2.2, "%", CN2, Q2, basis="qoq (环比)" + PQ2),
    m("value_added_growth|industry_value_added_growth|gva_growth", 3.8, "%",
      "农林牧渔业|农业|agriculture|primary industry", Q2, basis="yoy, 农林牧渔业增加值"),
    m("industrial_production_growth|industrial_value_added_growth", 3, "%",
      "规模以上工业|工业|industry|industrial output|" + CN2, Q2, basis="yoy, 规模以上工业增加值"),
    m("industrial_production_growth_change|rate_change|change", 0.3, "pp",
      "规模以上工业|工业|industry|industrial output|" + CN2, Q2, basis="加快" + PQ2),
    m("value_added_growth|services_value_added_growth|gva_growth", 5.4, "%", "服务业|services|tertiary industry", Q2,
      basis="yoy, 服务业增加值"),
    m("value_added_growth_change|rate_change|change", 3.1, "pp", "服务业|services|tertiary industry", Q2,
      basis="高于" + PQ2),
    m("retail_sales_growth", 5.8, "%", "社会消费品零售总额|retail sales|" + CN2, Q2, basis="yoy"),
    m("service_retail_sales_growth|retail_sales_growth", None, "%", "服务零售额|service retail sales", Q2,
      rng=(10, None), opt=True, basis="保持两位数增长 (lower bound)"),
    m("fixed_asset_investment_growth|fai_growth", 5.1, "%", "固定资产投资|fixed-asset investment|" + CN2, Q2, prior=5.1,
      basis="yoy; 与上年全年持平 (prior = the previous full year's rate)"),
    m("unemployment_rate", 5.5, "%", "全国城镇调查失业率|城镇调查失业率|urban surveyed unemployment|" + CN2, Q2,
      basis="一季度平均值"),
    m("unemployment_rate_change", -0.1, "pp", "全国城镇调查失业率|城镇调查失业率|urban surveyed unemployment|" + CN2, Q2,
      basis="下降" + PQ2),
    m("cpi_yoy|cpi|inflation", 1.3, "%", "居民消费价格指数|CPI|consumer price index|" + CN2, Q2, basis="yoy, 上涨"),
    m("core_cpi_yoy|core_cpi|core_inflation", 0.8, "%", "核心 CPI|核心CPI|core CPI|" + CN2, Q2, prior=0.8,
      basis="yoy, excl. food and energy; 与 1 至 2 月持平 (prior = the January-February rate)"),
    m("trade_value_growth|total_trade_growth|trade_growth", 4.8, "%", "货物进出口总额|goods trade|" + CN2, Q2, basis="yoy"),
    m("investment_growth|high_tech_investment_growth", 16, "%", "高技术产业投资|high-tech industry investment", Q2,
      basis="yoy"),
    m("consumption_contribution|contribution|gdp_contribution", 66.6, "%",
      "最终消费支出|final consumption expenditure|" + CN2, Q2, basis="对经济增长贡献率"),
], [])


# zh03: a broker note on the listed insurers' premiums for January-May 2024, on a 九方智投 stock page (9fzt.com detail
# sh_601319_10_771791259631; the stored text is the note's body without a title, broker or analyst; whole stored text up
# to its last complete sentence). Kept as printed: the spaces in "5 月", "2024 年1-5 月", "4157 亿元" … "919 亿元", "6 月12日",
# "5-7 月" (and "2024年1-5 月" without the first space), the signed rates "+4.3%", "-2.1%", the "pct" units, the orderings
# "国寿>平安>人保>太保>新华" and "太保>平安>人保", the numbering "1)" and "2)", "-3.6%/+5.9%" with its slash. Cut: the stored
# text breaks off in the next section ("人保财险:累计增幅扩大,单5 月增速转正。1)从累计角度看,整体同比增速从"), so the passage
# ends before that head (its 5 and 1 dropped).
# Kind asked for: an insurer's monthly premiums (原保险保费收入, 寿险/财险, 同比) or an insurer's annual results: the five
# listed insurers' cumulative life (人身险) and property (财产险) premiums with their yoy growth, and the single month's
# growth and its change.
# Key (2024-01..05): 人身险 premiums 国寿 4157 亿元 (+4.3%), 平安 2705 亿元 (+3.3%), 太保 1223 亿元 (-2.1%), 新华 786 亿元
# (-10.9%), 人保 990 亿元 (-0.7%); 财产险 premiums 人保 2491 亿元 (+3.1%), 平安 1293 亿元 (+3.5%), 太保 919 亿元 (+7.6%); 人保's
# 寿险 -3.6% and 健康险 +5.9%; 人保寿险's long-term first-year premiums -20.5% and regular first-year -11.5%; 人保健康's
# long-term first-year premiums +4.9% (its 环比 +1.6 pp). Key (2024-05): 人身险 single-month growth 国寿 +7.7% (-3.9 pp), 平安
# +10.4% (+4.1 pp), 太保 +7.4% (-4.9 pp), 新华 -6.2% (+5.3 pp), 人保 +17.0% (+7.3 pp); 财产险 人保 +4.4% (+5.7 pp), 平安 +5.3%
# (+1.3 pp), 太保 +6.7% (+2.0 pp).
# Optional: the 3.0% rate of the 增额终身寿 products some insurers plan to withdraw (a product term, from a media report).
# Judgement calls: "X%、±Ypct" after each insurer's name pairs the single-month yoy growth and the change of that rate on
# the previous month (环比, printed order), a pp row without a prior; the 人身险 rows sit on the group names as printed
# (国寿, 平安, 太保, 新华, 人保) and the 财产险 rows on the group names with their property arms as aliases; "人保1-5 月寿险/
# 健康险" are 人保's life and health arms (人保寿险, 人保健康), the following 寿险 / 健康险 sentences theirs; "健康险…环比
# +1.6pct" is the change of that growth rate on the previous month; the orderings, "三升两降" / "四升一降" (counts of
# insurers) and the dates 6 月12日 and 5-7 月 give no rows.
P3, M3 = "2024-01..05", "2024-05"
LPI3 = "life_premium_income|premium_income|premiums|original_premium_income"
PPI3 = "property_premium_income|p&c_premium_income|premium_income|premiums"
PG3 = "premium_income_growth|premium_growth"
PGC3 = "premium_growth_change|rate_change|change"
GL3 = "国寿|中国人寿|China Life"
PA3 = "平安|中国平安|Ping An"
CP3 = "太保|中国太保|CPIC"
XH3 = "新华|新华保险|New China Life|NCI"
PICC3 = "人保|中国人保|PICC"
LIFE3 = ", 人身险保费, cumulative (1-5 月)"
PC3 = ", 财产险总保费, cumulative (1-5 月)"


def life3(ent, prem, g, may, chg):
    return [m(LPI3, prem, "CNY", ent, P3, basis="人身险保费" + LIFE3),
            m(PG3, g, "%", ent, P3, basis="yoy" + LIFE3),
            m(PG3, may, "%", ent, M3, basis="单5 月 yoy, 人身险"),
            m(PGC3, chg, "pp", ent, M3, basis="环比 change of the single-month yoy rate, 人身险")]


def pc3(ent, prem, g, may, chg):
    return [m(PPI3, prem, "CNY", ent, P3, basis="财产险总保费" + PC3),
            m(PG3, g, "%", ent, P3, basis="yoy" + PC3),
            m(PG3, may, "%", ent, M3, basis="单5 月 yoy, 财产险"),
            m(PGC3, chg, "pp", ent, M3, basis="环比 change of the single-month yoy rate, 财产险")]


PL3 = "人保寿险|寿险|PICC Life|" + PICC3
PH3 = "人保健康|健康险|PICC Health|" + PICC3
G["zh03"] = (
    life3(GL3, 4157e8, 4.3, 7.7, -3.9)
    + life3(PA3, 2705e8, 3.3, 10.4, 4.1)
    + life3(CP3, 1223e8, -2.1, 7.4, -4.9)
    + life3(XH3, 786e8, -10.9, -6.2, 5.3)
    + life3(PICC3, 990e8, -0.7, 17.0, 7.3)
    + [
        m("product_rate|guaranteed_rate|interest_rate", 3.0, "%", "增额终身寿|增额终身寿产品|increasing whole-life products",
          None, opt=True, basis="部分险企拟下架3.0%增额终身寿产品 (media report of 6 月12日)"),
        m(PG3, -3.6, "%", PL3, P3, basis="yoy, 寿险 (寿险/健康险, first)"),
        m(PG3, 5.9, "%", PH3, P3, basis="yoy, 健康险 (寿险/健康险, second)"),
        m("first_year_premium_growth|new_business_premium_growth|premium_growth", -20.5, "%", PL3, P3,
          basis="长险首年保费, yoy"),
        m("regular_first_year_premium_growth|first_year_premium_growth|premium_growth", -11.5, "%", PL3, P3,
          basis="期交首年, yoy"),
        m("first_year_premium_growth|new_business_premium_growth|premium_growth", 4.9, "%", PH3, P3,
          basis="健康险 长险首年保费, yoy"),
        m("first_year_premium_growth_change|rate_change|change", 1.6, "pp", PH3, P3,
          basis="环比 change of that growth rate"),
    ]
    + pc3("人保财险|" + PICC3, 2491e8, 3.1, 4.4, 5.7)
    + pc3("平安产险|" + PA3, 1293e8, 3.5, 5.3, 1.3)
    + pc3("太保产险|" + CP3, 919e8, 7.6, 6.7, 2.0),
    [])


# zh04: 时代财经's story on 华虹公司's STAR Market debut, reposted on quanqiu.jingji.net (rd/2023/0807/60390): the headline
# kept, reworded, on the first line; the sub-head "中小散户离场" kept, reworded, on a line of its own. Left out as page
# furniture: the breadcrumb "您当前的位置:首页 >> 热点 >  >> 正文", the source and time line "来源: 时代财经 时间:2023-08-07
# 17:32:00" (its 2023, 08, 07, 17, 32, 00 dropped), the picture credits "图片来源:图虫创意" and "(资料图)", and the chart
# caption "N华虹8月7日资金流向。图片来源:东方财富" (its 8, 7 dropped). Cut: the stored text breaks off in the sentence after
# "各大机构对华虹公司的认购热情非常之高。" ("发行结果显示,战略配售数量为2.04亿股,占本次发行总量的50%,其中大基金认购金额"),
# so the passage ends with that sentence (2.04, 50 dropped).
# Kind asked for: a new listing on the STAR Market, ChiNext or the main board (发行价, 募资, 发行市盈率, 首日涨幅, 中签率): the
# issue price, the gross proceeds, the issue P/E with the industry's, the first-day close and gain, the turnover and the
# shares offered are printed; no 中签率 (only the payment per winning lot).
# Key (period None): issue price 52元/股; first-day close 53.06元/股 (+2.04%); turnover 34.36亿元, turnover rate 60.44%; net
# inflows by order size 13.35亿元 (主力), 5.58亿元 (超大单), 7.77亿元 (大单), 4.58亿元 (中单), small orders -17.92亿元; the H
# share 华虹半导体 (01347.HK) -11.01% at 23.45港元/股, market value 306.8亿港元; gross proceeds 212.03亿元; issue
# P/E 34.71倍 against the industry's 36.15倍; 4.0775亿 new shares.
# Optional: the intraday moves (最高涨15.15%, 收窄至0.73%) and high 59.88元; the payment per winning lot 26000元 and the paper
# gains per lot 3940元 (at the high; the headline repeats it) and 530元 (at the close); the restated 2.04% and 52元/股; the
# bounds 主力资金净流入超13亿元, 小单净流出超17亿元 and the H share's intraday 跌超10%.
# Judgement calls: the debut's close and gain are the first-day figures (key); the per-lot payment and gains are lot-size
# figures (optional, news56 zh05, news70 zh11); "净流入超13亿元" / "净流出超17亿元" restate the exact 13.35亿元 / 17.92亿元
# as bounds (optional); a net outflow is negative; the H-share rows sit on 华虹半导体 with the A-share names as aliases;
# "年内最大IPO" / "募资额…年内IPO之首" are ranks (no row); the stock codes give no rows.
HH4 = "华虹公司|N华虹|华虹|688347.SH|688347|Hua Hong|Hua Hong Semiconductor"
HK4 = "华虹半导体|01347.HK|1347|Hua Hong Semiconductor|华虹"
PS4 = ", per share (元/股)"
NI4 = "net_inflow|net_buy|fund_flow"
G["zh04"] = ([
    m("paper_gain_per_lot|gain_per_lot", 3940, "CNY", HH4, None, opt=True, basis="headline: 中一签最高浮盈3940元 (twin)"),
    m("ipo_price|offer_price|issue_price", 52, "CNY", HH4, None, basis="以52元/股首发上市" + PS4),
    m("price_change|first_day_gain|intraday_change", 15.15, "%", HH4, None, opt=True,
      basis="intraday high after the open (开盘最高涨), vs issue price"),
    m("price_change|first_day_gain|intraday_change", 0.73, "%", HH4, None, opt=True,
      basis="intraday, 涨幅一度收窄至0.73%"),
    m("price_change|first_day_gain|first_day_change", 2.04, "%", HH4, None, basis="first-day close, 反弹上涨, vs issue price"),
    m("price|share_price|close|first_day_close", 53.06, "CNY", HH4, None, basis="first-day close" + PS4),
    m("payment_per_lot|subscription_payment", 26000, "CNY", HH4, None, opt=True, basis="中一签需缴款"),
    m("price|intraday_high|share_price", 59.88, "CNY", HH4, None, opt=True, basis="盘中最高价"),
    m("paper_gain_per_lot|gain_per_lot", 3940, "CNY", HH4, None, opt=True, basis="中一签浮盈 at the intraday high"),
    m("price_change|first_day_gain|first_day_change", 2.04, "%", HH4, None, opt=True,
      basis="restated: 若按收盘涨幅2.04%计算 (twin)"),
    m("paper_gain_per_lot|gain_per_lot", 530, "CNY", HH4, None, opt=True, basis="中一签浮盈 at the close"),
    m("turnover|trading_value", 34.36e8, "CNY", HH4, None, basis="first-day 全天成交额"),
    m("turnover_rate|turnover_ratio", 60.44, "%", HH4, None, basis="first-day 换手率"),
    m(NI4, None, "CNY", "主力资金|main funds|" + HH4, None, rng=(13e8, None), opt=True, basis="主力资金净流入超13亿元 (bound)"),
    m(NI4, None, "CNY", "小单|small orders|散户|" + HH4, None, rng=(None, -17e8), opt=True,
      basis="小单净流出超17亿元 (bound, outflow negative)"),
    m("price_change|share_price_change|intraday_change", None, "%", HK4, None, rng=(None, -10), opt=True,
      basis="盘中一度跌超10% (intraday bound)"),
    m("price_change|share_price_change", -11.01, "%", HK4, None, basis="H share, close, 8月7日"),
    m("price|share_price|close", 23.45, "HKD", HK4, None, basis="H share close, per share (港元/股)"),
    m("market_cap|market_capitalisation|market_value", 306.8e8, "HKD", HK4, None, basis="总市值, H share"),
    m(NI4, 13.35e8, "CNY", "主力|主力资金|main funds|" + HH4, None, basis="全天主力净流入 (分别, first)"),
    m(NI4, 5.58e8, "CNY", "超大单|extra-large orders|" + HH4, None, basis="净流入 (分别, second)"),
    m(NI4, 7.77e8, "CNY", "大单|large orders|" + HH4, None, basis="净流入 (分别, third)"),
    m(NI4, 4.58e8, "CNY", "中单|medium orders|" + HH4, None, basis="净流入 (分别, fourth)"),
    m(NI4, -17.92e8, "CNY", "小单|small orders|散户|" + HH4, None, basis="小单净流出 (outflow negative)"),
    m("ipo_price|offer_price|issue_price", 52, "CNY", HH4, None, opt=True, basis="发行价 restated (twin)" + PS4),
    m("ipo_proceeds|proceeds|gross_proceeds", 212.03e8, "CNY", HH4, None, basis="实际募资总额"),
    m("pe_ratio|issue_pe|ipo_pe", 34.71, "x", HH4, None, basis="发行市盈率"),
    m("pe_ratio|industry_pe", 36.15, "x", "该行业|industry|industry average", None,
      basis="该行业最近一个月平均静态市盈率"),
    m("shares_offered|new_shares|offering_shares", 4.0775e8, "shares", HH4, None, basis="本次发行的4.0775亿新股"),
], [])


# zh05: 网易's item on the China Association of Automobile Manufacturers' October figures (c.m.163.com news/a/
# JGOFMAAV051189P5): no headline in the stored text and none composed; whole stored item.
# Kind asked for: the car industry's monthly output and sales from 中汽协 or 乘联会 (产量, 销量, 新能源汽车, 出口, 同比/环比,
# 累计): all printed (NEV output, sales, share, domestic sales and exports by month and year to date; total vehicle output
# and sales).
# Key (period None, the month or window in basis): October NEV output 146.3万辆 and sales 143万辆 (+48% / +49.6%), NEV share
# of new-vehicle sales 46.8%; January-October NEV output 977.9万辆 and sales 975万辆 (+33% / +33.9%), share 39.6%; October NEV
# domestic sales 130.2万辆 (mom +10.7%, yoy +56.5%) and exports 12.8万辆 (mom +16%, yoy +3.6%); January-October NEV domestic
# sales +38.3% and exports +6.3%; October vehicle output 299.6万辆 and sales 305.3万辆 (mom +7.2% / +8.7%, yoy +3.6% / +7%).
# Optional: none.
# Judgement calls: no year is printed (11月11日, 10月份, 1月至10月) -> period None (news62 zh02, news39 zh05); "分别…A和B" pairs
# map in order to output and sales; the NEV rows sit on NEV, the closing paragraph's rows on the whole vehicle market; the
# domestic-sales and export rows are NEV's with "国内" / "出口" in the entity.
AUTO5 = "汽车|汽车市场|中国汽车|China autos|China auto market|中国汽车工业协会|中汽协|CAAM"
NEV5 = "新能源汽车|新能源汽车市场|NEV|NEVs|new energy vehicles"
DOM5 = "新能源汽车国内销量|国内市场|NEV domestic sales|" + NEV5
EXP5 = "新能源汽车出口|出口|NEV exports|" + NEV5
O5, Y5 = "October (10月份, no year printed)", "January-October (1月至10月, no year printed), cumulative"
PR5, SA5 = "vehicle_production|production_volume|production|output", "vehicle_sales|sales_volume|sales"
PRG5 = "vehicle_production_growth|production_growth|output_growth"
SAG5 = "vehicle_sales_growth|sales_volume_growth|sales_growth"
SH5 = "nev_share|market_share|penetration_rate|sales_share"
EX5, EXG5 = "vehicle_exports|exports|export_volume", "vehicle_exports_growth|exports_growth|export_growth"
G["zh05"] = ([
    m(PR5, 146.3e4, "vehicles", NEV5, None, basis=O5),
    m(SA5, 143e4, "vehicles", NEV5, None, basis=O5),
    m(PRG5, 48, "%", NEV5, None, basis="yoy, " + O5),
    m(SAG5, 49.6, "%", NEV5, None, basis="yoy, " + O5),
    m(SH5, 46.8, "%", NEV5, None, basis="share of new-vehicle sales, " + O5),
    m(PR5, 977.9e4, "vehicles", NEV5, None, basis=Y5),
    m(SA5, 975e4, "vehicles", NEV5, None, basis=Y5),
    m(PRG5, 33, "%", NEV5, None, basis="yoy, " + Y5),
    m(SAG5, 33.9, "%", NEV5, None, basis="yoy, " + Y5),
    m(SH5, 39.6, "%", NEV5, None, basis="share of new-vehicle sales, " + Y5),
    m(SA5 + "|domestic_sales", 130.2e4, "vehicles", DOM5, None, basis="domestic sales, " + O5),
    m(SAG5 + "|domestic_sales_growth", 10.7, "%", DOM5, None, basis="mom (环比), " + O5),
    m(SAG5 + "|domestic_sales_growth", 56.5, "%", DOM5, None, basis="yoy, " + O5),
    m(EX5, 12.8e4, "vehicles", EXP5, None, basis="exports, " + O5),
    m(EXG5, 16, "%", EXP5, None, basis="mom (环比), " + O5),
    m(EXG5, 3.6, "%", EXP5, None, basis="yoy, " + O5),
    m(SAG5 + "|domestic_sales_growth", 38.3, "%", DOM5, None, basis="yoy, " + Y5),
    m(EXG5, 6.3, "%", EXP5, None, basis="yoy, " + Y5),
    m(PR5, 299.6e4, "vehicles", AUTO5, None, basis=O5),
    m(SA5, 305.3e4, "vehicles", AUTO5, None, basis=O5),
    m(PRG5, 7.2, "%", AUTO5, None, basis="mom (环比), " + O5),
    m(SAG5, 8.7, "%", AUTO5, None, basis="mom (环比), " + O5),
    m(PRG5, 3.6, "%", AUTO5, None, basis="yoy, " + O5),
    m(SAG5, 7, "%", AUTO5, None, basis="yoy, " + O5),
], [])


# zh06: 北京商报's daily FX item of 6 March 2023 (每日汇市), reposted on tech.nceol.com (tech/2023/0306/47534): the headline
# kept, reworded, on the first line, with its "|" and "!" as printed; the dateline "北京商报讯" kept. Left out as page
# furniture: the source and time line "来源:北京商报 时间:2023-03-06 18:17:20" (its 2023, 03, 06, 18, 17, 20 dropped), the
# picture note "(资料图)", the byline "(记者 廖蒙)" and the keyword line "关键词: 人民币汇率 外汇市场". Whole stored item
# otherwise.
# Kind asked for: the yuan's daily central parity and exchange-rate moves (人民币中间价, 调升/调降 X 个基点, 在岸/离岸人民币):
# all printed (the fixing with its move and the previous fixing, the onshore previous close and open, the offshore open
# with its move, both 10 a.m. quotes with their intraday moves).
# Key: the fixing 6.8951 (2023-03-06; prior 6.9117, the previous trading day's fixing) and its move +166 pips (调升, RMB
# stronger); the previous day's move -309 pips (贬值; period None); onshore previous close 6.9002 (None), onshore open
# 6.9072, offshore open 6.9163 and its move on the previous close -200 pips (近200, 调贬); at 10 a.m. onshore 6.9095 (-0.13%)
# and offshore 6.9158 (-0.27%).
# Optional: the headline's 6.8951 and 166 (twins); the previous fixing 6.9117 as a row of its own; the rounded "6.90" of
# the onshore and offshore rates (headline and body, a row and its twin, as news27 zh06).
# Judgement calls: 基点 on an exchange rate are pips, signed by the yuan's direction as worded (调升 / 升值 +, 贬值 / 调贬 /
# 走贬 -; news27 zh06, news71 zh04); rates are CNY per USD, unit CNY; "近200基点" -> -200 (近X -> X); "日内贬值0.13%" is the
# onshore rate's intraday move at 10 a.m. (key, the item's own quote, news27 zh06); 上午10时 is a time; "开盘后小幅走贬"
# prints no figure.
FIX6 = "人民币汇率中间价|人民币中间价|人民币对美元中间价|USD/CNY fixing|RMB central parity|人民币"
ON6 = "在岸人民币|在岸人民币对美元|在岸人民币对美元汇率|CNY|onshore yuan|USD/CNY"
OFF6 = "离岸人民币|离岸人民币对美元|离岸人民币对美元汇率|CNH|offshore yuan|USD/CNH"
D6 = "2023-03-06"
PER6 = "CNY per USD"
FX6 = "usd_cny_fixing|exchange_rate|fixing|central_parity"
FC6 = "fixing_change|exchange_rate_change"
G["zh06"] = ([
    m(FC6, 166, "pips", FIX6, D6, opt=True, basis="headline: 调升166基点 (twin)"),
    m(FX6, 6.8951, "CNY", FIX6, D6, opt=True, basis="headline: 报6.8951 (twin), " + PER6),
    m("exchange_rate|usd_cny", 6.90, "CNY", ON6 + "|" + OFF6, None, opt=True,
      basis="headline: 在岸、离岸人民币在6.90附近波动 (rounded)"),
    m(FX6, 6.8951, "CNY", FIX6, D6, prior=6.9117, basis="central parity, 1美元对人民币, " + PER6),
    m(FX6, 6.9117, "CNY", FIX6, None, opt=True, basis="previous trading day's fixing (前一交易日), " + PER6),
    m(FC6, 166, "pips", FIX6, D6, basis="单日调升166基点 (RMB stronger), vs previous fixing"),
    m(FC6, -309, "pips", FIX6, None, basis="previous trading day: 人民币中间价贬值309基点 (RMB weaker)"),
    m("exchange_rate|usd_cny", 6.90, "CNY", ON6 + "|" + OFF6, None, opt=True, basis="总体在6.90附近波动 (rounded twin)"),
    m("exchange_rate|usd_cny|close", 6.9002, "CNY", ON6, None, basis="previous trading day's close (收于), " + PER6),
    m("exchange_rate|usd_cny|open", 6.9072, "CNY", ON6, D6, basis="open (开盘报), " + PER6),
    m("exchange_rate|usd_cnh|open", 6.9163, "CNY", OFF6, D6, basis="open (开盘报), " + PER6),
    m("exchange_rate_change|currency_change", -200, "pips", OFF6, D6,
      basis="open vs previous close, 调贬近200基点 (RMB weaker; 近X -> X)"),
    m("exchange_rate|usd_cny", 6.9095, "CNY", ON6, D6, basis="at 10 a.m. (上午10时), " + PER6),
    m("exchange_rate_change|currency_change", -0.13, "%", ON6, D6, basis="intraday, 贬值 (RMB weaker), at 10 a.m."),
    m("exchange_rate|usd_cnh", 6.9158, "CNY", OFF6, D6, basis="at 10 a.m. (上午10时), " + PER6),
    m("exchange_rate_change|currency_change", -0.27, "%", OFF6, D6, basis="intraday, 贬值 (RMB weaker), at 10 a.m."),
], [])
