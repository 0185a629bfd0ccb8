# Hand labels for news67/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese). The functions m() and ra() are supplied
# by build_labels.py. The passages were labelled by hand from the six texts alone: no extractor or other project code was
# run (only build_labels.py, once, at the end), no extractor output was seen, and no extractor code, plugin, test, docs
# page or gold.jsonl was opened; no other batch's file was read. The unit words were checked against the "unit" values of
# the earlier sets' labels_*.py files (by grep: "vehicles", "count", "months", "points", "x", "pp", "bp"; "CNY", "%" as in
# the development corpus).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news66/zh/README.md and news65/zh/README.md with their labels_*.py; precedents looked up by grep in news20 zh01 and
# news34 zh01 (a quarterly-report main-figures table), news26 zh05 / news55 zh05 / news12 (insurers' premiums, new
# business value, embedded value), news47 zh02 / news64 zh04 (MLF operations and net injection), news65 zh04 and news25
# zh06 (A-share closes and northbound flows), news31 zh05 / news64 zh05 (XPeng's monthly deliveries), news58 zh01 /
# news23 zh02 / news66 zh06 (bank and broker digests with forecasts, BVPS, PB and a target).
# Currencies: mainland 元 / 亿元 / 万亿元 = CNY, also in zh01, a Hong Kong outlet's item whose text prints "(人民币.下同)";
# in zh04 the text prints "人民币(下同)". No other currency occurs.
# Scaling: 亿元 -> x1e8, 万亿元 -> x1e12, 万台 -> x1e4 vehicles; full 元 figures of the filing table as printed
# (1,188,507,561.30 -> 1188507561.30). Declines negative (下跌, 下降, 下滑, 降低, 减少, 净卖出); 同比 / 按年 = yoy in basis;
# 个百分点 -> pp, BP -> bp; 近X -> X; 突破 / 破 X -> open lower bound rng=(X, None), key when it is the only figure printed
# for the subject's own quantity (news64), otherwise optional; 倍 (PE, PB) -> "x"; 台 -> "vehicles"; charging stations 座,
# prefecture-level units and municipalities -> "count" (news64). A figure printed twice is one key row plus an optional
# twin. Streaks (连续11个月, 连续五个月) and tenors (1年期, 3个月期, 5年期) are optional (news64). A broker's target lives in
# the rating action, with an optional target_price row as well (news66 batch a).
# Periods only where the text states or clearly implies the year: zh01 2020H1 (printed 截至2020年6月30日止六个月 /
# 2020年上半年; 2020年1-6月 is the same half), 2020-06-30 for the embedded value (截至2020年6月底); zh02 2026-01-23 for
# the operation (printed 2026年1月23日), 2026-01 for the month's flows (1月 under the kept source line 2026-01-22) and
# 2025-12 for 上个月; zh03 2024Q3 (本报告期 of the printed 2024年第三季度报告), 2024Q1-Q3 (年初至报告期末), 2024-09-30
# (本报告期末) with 上年度末 = 2023-12-31; zh04 None (23日, 21日, 20日, 本周, 去年…: no year or month printed); zh05 2022-01
# (printed 2022年1月), 2022-01-31 (截至2022年1月底), 2022-01-17 (printed); zh06 FY2023, 2023-12-31, 2024Q1, 2024-03-31 and
# FY2024-FY2026 as printed (2023年, 2023年末, 2024年一季度, 2024-2026年).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 财华社 on 新华保险 (01336-HK)'s 2020 interim results, premium income and new business value, on finet.hk
# (print_content 5f45046dbde0b33df474562a; whole stored item once the trailing site lines "更多精彩內容,請登陸 / 財華香港網 /
# 現代電視" are left out; no headline in the stored text and none composed). The kind asked for is an insurer's monthly or
# annual premium report; this is an insurer's half-year report led by revenue and profit, with the premium lines, embedded
# value and new business value.
# Key (2020H1): revenue 1160.76亿元 (+30.29%), profit 82.18亿元 (-22.07%), EPS 2.63元; original premiums 968.79亿元 (+30.9%),
# of which first-year long-term premiums 298.62亿元 (+155.0%), first-year regular (期交) premiums 134.60亿元 (+15.1%),
# renewal premiums 626.95亿元 (+7.4%), short-term premiums 43.22亿元 (+11.3%); embedded value 2,247.57亿元 (2020-06-30, +9.6%
# vs the year end); new business value 52.21亿元 (-11.4%); the first-year share of total premiums 30.8% and its +15.0 pp on
# 2019's first half; the renewal share 64.7%; traditional + health 45.1% and participating 54.9% of first-year premiums;
# 13-month persistency 91.0% (+0.9 pp), 25-month 84.6% (-1.9 pp); surrender rate 0.7% (-0.3 pp); surrender payments -20.3%.
# Optional: none.
# Judgement calls: 盈利 of a results item is the period's net profit; "不派中期息" prints no figure -> no row; the product
# lines are rows on their own entities with the company as alias; "2020年1-6月" is the same half as 2020年上半年 -> 2020H1
# with the months in basis; the mix shares are % rows, the changes of shares and rates pp rows; "同比提升0.9个百分点" after
# a semicolon (as printed) belongs to the 13-month rate.
NCI = "新华保险|新华人寿|01336-HK|01336|New China Life|New China Life Insurance|NCI"
H1 = "2020H1"
PI1 = "premium_income|original_premium_income|premiums"
PIG1 = "premium_income_growth|premium_growth"


def ln1(name):
    return name + "|" + NCI


G["zh01"] = ([
    m("revenue|total_revenue|total_income", 1160.76e8, "CNY", NCI, H1, basis="收入合计, 截至2020年6月30日止六个月"),
    m("revenue_growth|total_revenue_growth", 30.29, "%", NCI, H1, basis="yoy, 按年上升"),
    m("net_profit|profit", 82.18e8, "CNY", NCI, H1, basis="盈利"),
    m("net_profit_growth|profit_growth", -22.07, "%", NCI, H1, basis="yoy, 按年下跌"),
    m("eps|earnings_per_share", 2.63, "CNY", NCI, H1, basis="每股盈利"),
    m(PI1, 968.79e8, "CNY", NCI, H1, basis="原保险保费收入"),
    m(PIG1, 30.9, "%", NCI, H1, basis="yoy"),
    m("first_year_premium|new_business_premium|" + PI1, 298.62e8, "CNY", ln1("长期险首年保费|long-term first-year premiums"),
      H1),
    m("first_year_premium_growth|new_business_premium_growth|" + PIG1, 155.0, "%",
      ln1("长期险首年保费|long-term first-year premiums"), H1, basis="yoy"),
    m("regular_premium|first_year_regular_premium|new_business_premium", 134.60e8, "CNY",
      ln1("长期险首年期交保费|first-year regular premiums"), H1),
    m("regular_premium_growth|first_year_regular_premium_growth|new_business_premium_growth", 15.1, "%",
      ln1("长期险首年期交保费|first-year regular premiums"), H1, basis="yoy"),
    m("renewal_premium|" + PI1, 626.95e8, "CNY", ln1("续期保费|renewal premiums"), H1),
    m("renewal_premium_growth|" + PIG1, 7.4, "%", ln1("续期保费|renewal premiums"), H1, basis="yoy"),
    m("short_term_premium|" + PI1, 43.22e8, "CNY", ln1("短期险保费|short-term premiums"), H1),
    m("short_term_premium_growth|" + PIG1, 11.3, "%", ln1("短期险保费|short-term premiums"), H1, basis="yoy"),
    m("embedded_value|ev", 2247.57e8, "CNY", NCI, "2020-06-30", basis="内含价值, 截至2020年6月底"),
    m("embedded_value_growth|embedded_value_change|ev_growth", 9.6, "%", NCI, "2020-06-30", basis="vs the previous year end"),
    m("new_business_value|nbv", 52.21e8, "CNY", NCI, H1, basis="上半年新业务价值"),
    m("new_business_value_growth|nbv_growth", -11.4, "%", NCI, H1, basis="yoy, 下降"),
    m("premium_share|share_of_total_premiums|share", 30.8, "%", ln1("长期险首年保费|long-term first-year premiums"), H1,
      basis="share of total premiums"),
    m("premium_share_change|share_change|contribution_change", 15.0, "pp",
      ln1("长期险首年保费|long-term first-year premiums"), H1, basis="保费贡献 vs 2019年同期, 提升"),
    m("premium_share|share_of_total_premiums|share", 64.7, "%", ln1("续期保费|renewal premiums"), H1,
      basis="share of total premiums"),
    m("premium_share|product_mix|share", 45.1, "%", ln1("传统型保险和健康保险|traditional and health insurance"), H1,
      basis="share of long-term first-year premiums"),
    m("premium_share|product_mix|share", 54.9, "%", ln1("分红型保险|participating insurance"), H1,
      basis="share of long-term first-year premiums"),
    m("persistency_ratio|13_month_persistency|persistency", 91.0, "%", ln1("个人寿险业务|individual life business"), H1,
      basis="13个月继续率"),
    m("persistency_ratio_change|persistency_change", 0.9, "pp", ln1("个人寿险业务|individual life business"), H1,
      basis="13-month, yoy, 提升"),
    m("persistency_ratio|25_month_persistency|persistency", 84.6, "%", ln1("个人寿险业务|individual life business"), H1,
      basis="25个月继续率"),
    m("persistency_ratio_change|persistency_change", -1.9, "pp", ln1("个人寿险业务|individual life business"), H1,
      basis="25-month, yoy, 下滑"),
    m("surrender_rate|lapse_rate", 0.7, "%", NCI, H1, basis="退保率, 2020年1-6月"),
    m("surrender_rate_change|lapse_rate_change", -0.3, "pp", NCI, H1, basis="yoy, 降低"),
    m("surrender_payments_growth|surrender_benefits_growth|surrender_payments_change", -20.3, "%", NCI, H1,
      basis="退保金, yoy, 减少"),
], [])


# zh02: 搜狐财经's item on the PBOC's January 2026 MLF operation, as a reportify news digest (reportify.cn news
# 1211782399474667520; whole stored item). The headline kept, reworded; the source / time line "搜狐财经·2026-01-22 18:02"
# kept; the section heads and the run-on " - … [1]" bullets kept as the digest prints them (spaces for commas).
# Key: the 2026-01-23 MLF operation 9000亿元; 2000亿元 of MLF maturing in January; January's MLF net injection 7000亿元
# (prior 1000亿元, the previous month's); 3000亿元 added through 3- and 6-month outright reverse repos in January.
# Optional: the headline's 9000亿元 (twin); the restated 7000亿元 (twin); December's 1000亿元 as a row of its own (2025-12);
# the streaks 连续11个月 (headline and body, twins) and 连续第8个月; the tenors 1年期, 3个月期, 6个月期.
# Judgement calls: the operation is dated by its printed day; the month's maturity and net injection take 2026-01 (1月 under
# the 2026 source line); "相比上个月1000亿元的净投放规模大幅增加" gives the previous month's level as the prior of the month's
# net injection plus an optional row (news66 zh05); "合计加量续作3000亿元" is the net addition through outright reverse repos
# (a CNY row on that instrument); no rate is printed, so no rate row; 2025年5月 (the RRR cut) is a date.
PBOC2 = "中国人民银行|人民银行|央行|PBOC|People's Bank of China"
MLF2 = "中期借贷便利|MLF|medium-term lending facility|" + PBOC2
ORR2 = "买断式逆回购|outright reverse repo|outright reverse repos|" + PBOC2
J2 = "2026-01"
G["zh02"] = ([
    m("mlf_operation|mlf_amount|liquidity_injection|operation_amount", 9000e8, "CNY", MLF2, "2026-01-23", opt=True,
      basis="headline (twin)"),
    m("consecutive_months|streak_months", 11, "months", MLF2, J2, opt=True, basis="headline: 连续11个月加量续做 (twin)"),
    m("mlf_operation|mlf_amount|liquidity_injection|operation_amount", 9000e8, "CNY", MLF2, "2026-01-23",
      basis="中期借贷便利操作 on 2026年1月23日 (announced 2026-01-22)"),
    m("tenor|term", 1, "years", MLF2, None, opt=True, basis="期限为1年期"),
    m("mlf_maturity|maturing_mlf|maturities", 2000e8, "CNY", MLF2, J2, basis="本月到期"),
    m("net_injection|mlf_net_injection|net_liquidity_injection", 7000e8, "CNY", MLF2, J2, prior=1000e8,
      basis="1月 通过MLF实现净投放; prior = 上个月 1000亿元"),
    m("consecutive_months|streak_months", 11, "months", MLF2, J2, opt=True, basis="连续第11个月 MLF加量操作"),
    m("net_injection|mlf_net_injection|net_liquidity_injection", 7000e8, "CNY", MLF2, J2, opt=True,
      basis="restated 1月MLF净投放规模 (twin)"),
    m("net_injection|mlf_net_injection|net_liquidity_injection", 1000e8, "CNY", MLF2, "2025-12", opt=True,
      basis="上个月 (the prior of January's)"),
    m("outright_reverse_repo_net_injection|net_injection|outright_reverse_repo", 3000e8, "CNY", ORR2, J2,
      basis="3个月期和6个月期 合计加量续作 (net addition)"),
    m("tenor|term", 3, "months", ORR2, None, opt=True, basis="3个月期"),
    m("tenor|term", 6, "months", ORR2, None, opt=True, basis="6个月期"),
    m("consecutive_months|streak_months", 8, "months", ORR2, J2, opt=True, basis="连续第8个月 买断式逆回购注入中期流动性"),
], [])


# zh03: 电连技术 (300679)'s 2024 third-quarter report, the main-figures table, as carried by ddx.gubit.cn (gonggao
# 300679/202410264152). The page's title line "电连技术:2024年三季度报告" kept as the headline, reworded; the code / name /
# announcement-number line kept as printed without spaces; the notices, the checkbox lines "□是?否" (a mangled tick printed
# as "?") and the table kept; the stored text continues into "(二)非经常性损益项目和金额 ?适用□不适用 单位:元 项目 | … |
# 非流动性资产处置损益(包括已计提资产减" (cut mid-cell), so the passage ends with the board's statement before it (no figure
# of the main table dropped).
# Key: revenue 1,188,507,561.30元 (+41.50%, 2024Q3) and 3,332,731,161.62元 (+51.16%, 2024Q1-Q3); attributable net profit
# 151,025,088.79 (+23.53%) and 458,591,163.49 (+85.36%); recurring (扣非) net profit 148,581,669.44 (+24.92%) and
# 443,512,947.05 (+87.83%); operating cash flow 495,933,456.75 (+44.65%, year to date only); basic and diluted EPS 0.36元
# (+24.14%) and 1.08元 (+83.05%); weighted ROE 3.22% (+0.36 pp) and 8.64% (+3.11 pp); total assets 6,853,521,338.17
# (2024-09-30, prior 6,294,397,634.94, +8.88%); attributable equity 4,758,514,260.87 (prior 4,426,161,657.16, +7.51%).
# Optional: the ROE changes read as "%" as printed (0.36%, 3.11%); the 上年度末 totals as rows of their own (2023-12-31).
# Judgement calls: as news20 zh01 (the same kind): the ROE change column is printed with "%" but is a change of a ratio ->
# key "pp" rows, with the printed "%" reading optional (news34 zh01's pair); the quarter's cash-flow cells are "--" -> no
# row; diluted EPS, equal to basic EPS here, are rows of their own; the 公告编号 2024-052 and the code are not metrics.
DL3 = "电连技术|电连技术股份有限公司|300679|Electric Connector Technology"
Q3, YTD3, E3, PE3 = "2024Q3", "2024Q1-Q3", "2024-09-30", "2023-12-31"
ATT3 = "attributable (归属于上市公司股东)"
NP3, NPG3 = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"
KF3 = "net_profit_excl_nonrecurring|recurring_net_profit|deducted_net_profit|net_profit"
KFG3 = "net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|deducted_net_profit_growth|net_profit_growth"
G["zh03"] = ([
    m("revenue|operating_revenue", 1188507561.30, "CNY", DL3, Q3, basis="营业收入, 本报告期"),
    m("revenue_growth|operating_revenue_growth", 41.50, "%", DL3, Q3, basis="yoy"),
    m("revenue|operating_revenue", 3332731161.62, "CNY", DL3, YTD3, basis="年初至报告期末"),
    m("revenue_growth|operating_revenue_growth", 51.16, "%", DL3, YTD3, basis="yoy"),
    m(NP3, 151025088.79, "CNY", DL3, Q3, basis=ATT3),
    m(NPG3, 23.53, "%", DL3, Q3, basis="yoy, " + ATT3),
    m(NP3, 458591163.49, "CNY", DL3, YTD3, basis=ATT3),
    m(NPG3, 85.36, "%", DL3, YTD3, basis="yoy, " + ATT3),
    m(KF3, 148581669.44, "CNY", DL3, Q3, basis=ATT3 + ", excluding non-recurring items (扣非)"),
    m(KFG3, 24.92, "%", DL3, Q3, basis="yoy, 扣非"),
    m(KF3, 443512947.05, "CNY", DL3, YTD3, basis=ATT3 + ", excluding non-recurring items (扣非)"),
    m(KFG3, 87.83, "%", DL3, YTD3, basis="yoy, 扣非"),
    m("operating_cash_flow|net_operating_cash_flow|ocf", 495933456.75, "CNY", DL3, YTD3,
      basis="经营活动产生的现金流量净额 (the quarter's cells are --)"),
    m("operating_cash_flow_growth|net_operating_cash_flow_growth|ocf_growth", 44.65, "%", DL3, YTD3, basis="yoy"),
    m("eps|basic_eps", 0.36, "CNY", DL3, Q3, basis="basic (元/股)"),
    m("eps_growth|basic_eps_growth", 24.14, "%", DL3, Q3, basis="yoy, basic"),
    m("eps|basic_eps", 1.08, "CNY", DL3, YTD3, basis="basic (元/股)"),
    m("eps_growth|basic_eps_growth", 83.05, "%", DL3, YTD3, basis="yoy, basic"),
    m("diluted_eps|eps", 0.36, "CNY", DL3, Q3, basis="diluted (元/股)"),
    m("diluted_eps_growth|eps_growth", 24.14, "%", DL3, Q3, basis="yoy, diluted"),
    m("diluted_eps|eps", 1.08, "CNY", DL3, YTD3, basis="diluted (元/股)"),
    m("diluted_eps_growth|eps_growth", 83.05, "%", DL3, YTD3, basis="yoy, diluted"),
    m("roe|weighted_average_roe|return_on_equity", 3.22, "%", DL3, Q3, basis="加权平均净资产收益率"),
    m("roe_change|return_on_equity_change", 0.36, "pp", DL3, Q3, basis="yoy, printed '0.36%' in the 增减 column"),
    m("roe_change|return_on_equity_change", 0.36, "%", DL3, Q3, opt=True, basis="the same change read as printed"),
    m("roe|weighted_average_roe|return_on_equity", 8.64, "%", DL3, YTD3, basis="加权平均净资产收益率"),
    m("roe_change|return_on_equity_change", 3.11, "pp", DL3, YTD3, basis="yoy, printed '3.11%' in the 增减 column"),
    m("roe_change|return_on_equity_change", 3.11, "%", DL3, YTD3, opt=True, basis="the same change read as printed"),
    m("total_assets", 6853521338.17, "CNY", DL3, E3, prior=6294397634.94, basis="本报告期末; prior = 上年度末"),
    m("total_assets_growth|total_assets_change", 8.88, "%", DL3, E3, basis="vs 上年度末"),
    m("total_assets", 6294397634.94, "CNY", DL3, PE3, opt=True, basis="上年度末 (the prior)"),
    m("equity_attributable|shareholders_equity|net_assets", 4758514260.87, "CNY", DL3, E3, prior=4426161657.16,
      basis=ATT3 + " 所有者权益; prior = 上年度末"),
    m("equity_attributable_growth|shareholders_equity_growth|net_assets_growth", 7.51, "%", DL3, E3, basis="vs 上年度末"),
    m("equity_attributable|shareholders_equity|net_assets", 4426161657.16, "CNY", DL3, PE3, opt=True,
      basis="上年度末 (the prior)"),
], [])


# zh04: an A-share close relayed in Simplified script by bg3 (cn.bg3.co, "A股重回3,000点 收复今年来失地"; a Taiwan-based
# relay compiling mainland reports — 辉达, 人工智慧, 矽光子, 身分, 资讯 as printed; whole stored item). The headline kept,
# reworded. The statement of 李明 is already reported speech in the stored text and stays so.
# Key (period None; 23日 with no month or year printed): Shanghai Composite +0.55% to 3,004.88 points; Shenzhen Component
# +0.28% to 9,069.42 points; turnover 9,219亿元; northbound net sale 0.92亿元 (-0.92亿); northbound net purchase of 136亿元
# on the 21st; the week's cumulative northbound net purchase 近107亿元 (107亿).
# Optional: the 3,000点 threshold (body) and its headline twin; the 5年期 tenor of the LPR cut.
# Judgement calls: 净卖出 is a negative net_buy; 近107亿 -> 1.07e10 (近 dropped); the LPR cut prints no size -> no rate row;
# 去年12月12日 / 去年7月28日 (record dates) are not metrics; no limit-up count or single-stock move is printed.
SH4 = "上证指数|沪指|上证综指|Shanghai Composite|SSE Composite"
SZ4 = "深证成指|深成指|Shenzhen Component"
NB4 = "北向资金|北上资金|northbound|Stock Connect northbound"
AS4 = "沪深两市|A股|陆股|Shanghai and Shenzhen markets|A-shares"
D4 = "23日 (no month or year printed)"
G["zh04"] = ([
    m("index_level|close|index_close", 3000, "points", SH4, None, opt=True, basis="headline: 重回3,000点 (twin)"),
    m("index_level|close|index_close", 3000, "points", SH4, None, opt=True, basis="收盘站上3,000点 (threshold)"),
    m("index_change|price_change", 0.55, "%", SH4, None, basis=D4 + ", close, 收涨"),
    m("index_level|close|index_close", 3004.88, "points", SH4, None, basis=D4 + ", close"),
    m("index_change|price_change", 0.28, "%", SZ4, None, basis=D4 + ", close"),
    m("index_level|close|index_close", 9069.42, "points", SZ4, None, basis=D4 + ", close"),
    m("turnover|trading_value|market_turnover", 9219e8, "CNY", AS4, None, basis=D4 + ", 沪深两市成交额"),
    m("net_buy|net_inflow|fund_flow", -0.92e8, "CNY", NB4, None, basis=D4 + ", 小幅净卖出"),
    m("tenor|term", 5, "years", "贷款市场报价利率|LPR|5年期LPR", None, opt=True, basis="20日下调5年期LPR (tenor; no size printed)"),
    m("net_buy|net_inflow|fund_flow", 136e8, "CNY", NB4, None, basis="21日 净买入 (单日新高 since 去年7月28日)"),
    m("net_buy|net_inflow|fund_flow", 107e8, "CNY", NB4, None, basis="本周累计净买入, 截至23日收盘, 近107亿 (近 dropped)"),
], [])


# zh05: 小鹏汽车's January 2022 deliveries, on cn.solarbe.com (news 20220202/16763; whole stored item; no headline in the
# stored text and none composed).
# Key: January deliveries 12,922台 (+115%) (2022-01); P7 6,707, P5 4,029, G3 series 2,186 (2022-01); the P7's lifetime
# deliveries 突破8万台 and the company's 突破15万台 (2022-01-31; bounds, the only figures for them); 813 branded
# supercharging stations and 166 destination charging stations (2022-01-17).
# Optional: 连续五个月交付破万 (the 1万 bound already met by 12,922, and the five-month streak); the 333 prefecture-level
# units and 4 municipalities covered.
# Judgement calls: 台 -> "vehicles" (news31 / news64); models are entities with the company as alias; 壬寅虎年第一天,
# 2022年1月底至2月初 (the shutdown) and the plant upgrade print no quantity -> no row; 座 and the administrative units ->
# "count" (news64).
XP5 = "小鹏汽车|小鹏|XPeng|Xpeng Motors|XPEV"
P75 = "小鹏P7|P7|XPeng P7|" + XP5
P55 = "小鹏P5|P5|XPeng P5|" + XP5
G35 = "小鹏G3系列|小鹏G3|G3|XPeng G3|" + XP5
M5 = "2022-01"
DLV = "deliveries|vehicle_deliveries|sales_volume|deliveries_volume"
CUM = "cumulative_deliveries|deliveries"
G["zh05"] = ([
    m(DLV, 12922, "vehicles", XP5, M5, basis="1月交付"),
    m("deliveries_growth|vehicle_deliveries_growth|sales_volume_growth", 115, "%", XP5, M5, basis="yoy"),
    m(DLV, None, "vehicles", XP5, M5, rng=(1e4, None), opt=True, basis="交付破万 (bound, met by 12,922)"),
    m("consecutive_months|record_streak", 5, "months", XP5, M5, opt=True, basis="连续五个月交付破万"),
    m(DLV, 6707, "vehicles", P75, M5),
    m(DLV, 4029, "vehicles", P55, M5),
    m(DLV, 2186, "vehicles", G35, M5),
    m(CUM, None, "vehicles", P75, "2022-01-31", rng=(8e4, None), basis="历史累计交付突破8万台 (bound, the only figure)"),
    m(CUM, None, "vehicles", XP5, "2022-01-31", rng=(15e4, None), basis="历史累计交付量突破15万台 (bound, the only figure)"),
    m("supercharging_stations|charging_stations|stations", 813, "count", XP5, "2022-01-17", basis="品牌超充站, 累计上线"),
    m("destination_charging_stations|charging_stations|stations", 166, "count", XP5, "2022-01-17", basis="目的地充电站"),
    m("count|coverage", 333, "count", XP5, "2022-01-17", opt=True, basis="地级行政区划单位 covered"),
    m("count|coverage", 4, "count", XP5, "2022-01-17", opt=True, basis="直辖市 covered"),
], [])


# zh06: a broker's note on 江苏银行 (Bank of Jiangsu) after its 2023 results and 2024 first quarter, as a reportify report
# digest (reportify.cn reports 986006914120945664). The stored text prints the note's title "整体延续以量补价,拨备计提维持
# 高位" after the summary; it is kept, reworded, as the headline on the first line; the section heads and the run-on
# " - … [n]" bullets with their markers [2] [3] [3][5] [4] [8] kept. The broker is not named in the stored text.
# Rating action: (broker not named) -> 江苏银行 maintain, buy ("给予"买入"评级" with no change word -> maintain, news7 /
# news9 / news16 / news23 "给予" rule), target 10.31元 (CNY).
# Key: the target's 0.75x 2024 PB; 2023 revenue 742.93亿元 (+5.28%) and attributable profit 287.50亿元 (+13.25%); 2024Q1
# revenue 209.99亿元 (+11.72%) and profit 90.42亿元 (+10.02%); forecasts 2024-2026 revenue 801.15 / 893.34 / 1004.95亿元 and
# profit 320.98 / 368.49 / 418.44亿元; 2023 net interest income +0.73%; loans 1.80万亿元 (+12.32%, printed under 2023年);
# NIM 1.98% (-30 bp vs H1); 2024Q1 loans 1.90万亿元 (+13.14%) and new loans 1018.73亿元; NPL ratio 0.91% (unchanged ->
# prior 0.91), special-mention ratio 1.37% and its +3 bp; overdue ratio 1.07% (+7 bp vs 2023H1); developer-loan NPL 2.54%,
# personal business-loan NPL 1.79%; EPS 1.42 / 1.74 / 2.08元 and BVPS 13.75 / 14.08 / 14.43元 (FY2024-FY2026); 2024 PE
# 5.64x and PB 0.58x; the fair-value band 0.60-0.75x PB and 8.25-10.31元/股 (ranges, FY2024); 2023 year-end total assets
# 3.40万亿元 (+14.20%), loans 1.75万亿元 (+12.26%), deposits 1.91万亿元 (+15.46%).
# Optional: the target 10.31元 as a metric row (the target lives in the rating action).
# Judgement calls: the two 2023 loan figures (1.80万亿元 +12.32% under "2023年", 1.75万亿元 +12.26% under "2023年末") are
# kept as printed, each a key row (FY2023 and 2023-12-31); "较上半年下降30BP" and "上升3BP" / "上升7BP" print no earlier
# level -> change rows in bp without priors; "与2023年末相比…持平" gives the NPL ratio prior = level (news65 zh02); forecast
# columns 2024-2026 -> FY2024-FY2026 with "forecast" in basis; 倍 -> "x".
JS6 = "江苏银行|江苏银行股份有限公司|Bank of Jiangsu|600919"
F6 = "forecast"
REV6, REVG6 = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP6, NPG6 = "net_profit_attributable|net_profit", "net_profit_attributable_growth|net_profit_growth"


def fc6(metric, vals, unit, what):
    return [m(metric, v, unit, JS6, "FY%d" % y, basis=F6 + ", " + what) for y, v in zip((2024, 2025, 2026), vals)]


G["zh06"] = ([
    m("target_price|price_target", 10.31, "CNY", JS6, None, opt=True, basis="目标价 (also in the rating action)"),
    m("target_pb|pb_target|pb", 0.75, "x", JS6, "FY2024", basis="the target's multiple, 对应2024年0.75倍PB"),
    m(REV6, 742.93e8, "CNY", JS6, "FY2023", basis="营收"),
    m(REVG6, 5.28, "%", JS6, "FY2023", basis="yoy"),
    m(NP6, 287.50e8, "CNY", JS6, "FY2023", basis="归母净利润"),
    m(NPG6, 13.25, "%", JS6, "FY2023", basis="yoy"),
    m(REV6, 209.99e8, "CNY", JS6, "2024Q1", basis="营收"),
    m(REVG6, 11.72, "%", JS6, "2024Q1", basis="yoy"),
    m(NP6, 90.42e8, "CNY", JS6, "2024Q1", basis="归母净利润"),
    m(NPG6, 10.02, "%", JS6, "2024Q1", basis="yoy"),
    *fc6("revenue_forecast|" + REV6, (801.15e8, 893.34e8, 1004.95e8), "CNY", "营收"),
    *fc6("net_profit_forecast|" + NP6, (320.98e8, 368.49e8, 418.44e8), "CNY", "归母净利润"),
    m("net_interest_income_growth|nii_growth", 0.73, "%", JS6, "FY2023", basis="利息净收入, yoy"),
    m("loans|total_loans|loan_balance", 1.80e12, "CNY", JS6, "FY2023", basis="贷款余额 printed under 2023年"),
    m("loans_growth|loan_growth|loan_balance_growth", 12.32, "%", JS6, "FY2023", basis="yoy"),
    m("net_interest_margin|nim", 1.98, "%", JS6, "FY2023", basis="净息差"),
    m("net_interest_margin_change|nim_change", -30, "bp", JS6, "FY2023", basis="vs 2023H1, 下降 (no H1 level printed)"),
    m("loans|total_loans|loan_balance", 1.90e12, "CNY", JS6, "2024-03-31", basis="2024年一季度 贷款余额"),
    m("loans_growth|loan_growth|loan_balance_growth", 13.14, "%", JS6, "2024-03-31", basis="yoy"),
    m("new_loans|loan_increase", 1018.73e8, "CNY", JS6, "2024Q1", basis="新增贷款"),
    m("npl_ratio|non_performing_loan_ratio", 0.91, "%", JS6, "2024-03-31", prior=0.91,
      basis="不良率, 与2023年末持平 (prior = level)"),
    m("special_mention_ratio|attention_ratio", 1.37, "%", JS6, "2024-03-31", basis="关注率"),
    m("special_mention_ratio_change|attention_ratio_change", 3, "bp", JS6, "2024-03-31", basis="vs 2023年末, 上升"),
    m("overdue_ratio|overdue_loan_ratio", 1.07, "%", JS6, "2023-12-31", basis="逾期率"),
    m("overdue_ratio_change|overdue_loan_ratio_change", 7, "bp", JS6, "2023-12-31", basis="vs 2023年上半年, 上升"),
    m("npl_ratio|non_performing_loan_ratio", 2.54, "%", "开发贷|developer loans|" + JS6, "2023-12-31",
      basis="开发贷不良率"),
    m("npl_ratio|non_performing_loan_ratio", 1.79, "%", "个人经营性贷款|personal business loans|" + JS6, "2023-12-31",
      basis="个人经营性贷款不良率"),
    *fc6("eps_forecast|eps|earnings_per_share", (1.42, 1.74, 2.08), "CNY", "EPS"),
    *fc6("bvps|book_value_per_share", (13.75, 14.08, 14.43), "CNY", "BVPS"),
    m("pe_ratio|pe", 5.64, "x", JS6, "FY2024", basis=F6 + ", 2024年预测PE"),
    m("pb_ratio|pb", 0.58, "x", JS6, "FY2024", basis=F6 + ", 2024年预测PB"),
    m("fair_value_pb_range|target_pb|pb", None, "x", JS6, "FY2024", rng=(0.60, 0.75), basis="合理估值区间 0.60-0.75倍PB"),
    m("fair_value_range|fair_value|target_price", None, "CNY", JS6, "FY2024", rng=(8.25, 10.31),
      basis="对应8.25-10.31元/股 (per share)"),
    m("total_assets", 3.40e12, "CNY", JS6, "2023-12-31", basis="2023年末总资产"),
    m("total_assets_growth", 14.20, "%", JS6, "2023-12-31", basis="yoy"),
    m("loans|total_loans|loan_balance", 1.75e12, "CNY", JS6, "2023-12-31", basis="2023年末贷款余额"),
    m("loans_growth|loan_growth|loan_balance_growth", 12.26, "%", JS6, "2023-12-31", basis="yoy"),
    m("deposits|total_deposits|deposit_balance", 1.91e12, "CNY", JS6, "2023-12-31", basis="2023年末存款余额"),
    m("deposits_growth|deposit_growth|deposit_balance_growth", 15.46, "%", JS6, "2023-12-31", basis="yoy"),
], [
    ra(None, JS6, "maintain", "buy", None, 10.31, None, "CNY"),
])
