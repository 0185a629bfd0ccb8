# news72/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (once, at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news71 and news70 read whole; news66 zh05, news62 zh02, news58 zh01, news53 zh01, news37 zh06 and news8
# zh02 read as the precedents named per passage below). Values fully scaled (78.54亿元 -> 7.854e9, 3.58万亿美元 ->
# 3.58e12 USD, 264 亿元 -> 2.64e10, 482.2万元 -> 4.822e6, 217。4万辆 -> 2.174e6 vehicles, 403.4582万股 -> 4034582
# shares); declines negative (下降, 下滑, 同比-34%, a printed minus, 下跌); 个百分点 -> pp; 基点 / BP -> bp; 倍 as a
# multiple -> "x", "增长1。2倍" as growth -> +120 % (the earlier sets' 升X倍 = X×100%); 同比 -> yoy and 环比 -> mom / qoq in
# basis; lower bounds (超, 超过, 不低于) -> rng=(X, None) and upper caps (最长不超过) -> rng=(None, X), optional unless they are
# the passage's point (zh06's performance floors are key, as news37 zh06); "持平" / "维持在X" -> prior = level (news65);
# a figure printed twice is one key row and an optional twin; a revision's old value is the prior of its row plus an
# optional row of its own; "每10股派X元" is labelled as printed with "per 10 shares" in basis.
# Currencies: 元 / 亿元 / 万亿元 / 万元 in these mainland stories = CNY (人民币 printed in zh02 and zh03); 美元 = USD
# (zh02); 港币 = HKD (zh03's H-share target).
# Periods only where the text states or clearly implies the year: zh01 FY2024 (printed 2024年) and 2024-12-31 (printed
# 2024年末), FY2024 for the body's margin, cost and dividend figures (they follow the 2024 table and restate its revenue
# fall), None for the two market shares (no date beside them), 2024-06-30 for the interim CET1 ratio (printed 2024年中报);
# zh02 2025-07 and 2025-01..07 (the text prints "去年的出口基数…2024年7月", so the year of 7月 is 2025), 2025-06 for the
# ASEAN prior (前值), 2024-07 for the base month; zh03 FY2024 (printed 2024 年 / 全年), 2024Q4 (Q4 单季 of that year),
# 2024-12-31 (年末), FY2025-FY2027 for the forecasts (printed 2025 - 2027 年 / 2025E); zh04 None ("12月28日", no year
# printed); zh05 None ("7月", "1至7月", no year printed); zh06 None for the plan's sizes, prices and terms (the plan is
# "2025年" by name, the 2025-09-05 line is the item's date), FY2025-FY2027 for the performance floors (their years).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a financial-analysis page on 兰州银行's 2024 annual results (shidaotec.com fina-analysis 2024-12-31/001227): the
# three "|" tables kept as tables with their header and separator rows and their "-" cells, the prose between them
# reworded; whole stored item (it ends with the "挑战方面" sentence). No headline in the stored text and none composed;
# the company is named once, in the paragraph after the capital table; the list that should follow "四大重点:" is not in
# the stored text and the colon is kept as printed.
# Kind asked for: an A-share bank's annual or quarterly report (revenue, attributable profit, NIM, NPL ratio, provision
# coverage, capital adequacy); all six are printed.
# Key: revenue 78.54亿元 (-2.02%), attributable profit 18.88亿元 (+1.29%), recurring profit 18.05亿元 (+0.56%), basic EPS
# 0.2893元/股 (+1.47%), operating cash flow growth +238% (its level printed "-"); at 2024年末 total assets 4862.85亿元
# (+7.25%), loans 2453.69亿元 (+3.07%), deposits 3561.68亿元 (+5.58%), NPL ratio 1.83% (维持 -> prior 1.83), provision
# coverage 201.6% (+4.09个百分点); deposit / loan market shares 12.30% / 9.95%; NIM 1.59% (+13个基点); deposit cost -38BP;
# non-interest income -36.40%; operating expenses 24.55亿元 (+0.80%); CAR 12.25%, tier 1 10.16%, CET1 8.73%; dividend
# 0.51元 per 10 shares, total 5.75亿元, payout 30.47%; cumulative dividends 1.18倍 the IPO proceeds.
# Optional: the body's restatements of the table (revenue -2.02%, NPL 1.83%, coverage 201.6%); the bounds "超30%" (average
# payout since listing) and "超过4%" (dividend yield); the interim CET1 8.73% (2024年中报, the same figure as the year-end
# cell).
# Judgement calls: "-" cells get no row (operating cash flow level, NPL change); "维持在1.83%" gives the NPL row its own
# level as prior (news65's 持平); ranks (省内第一, 全省第二) get no row; the NIM's move is a bp row and the level carries no
# prior (the earlier level is not printed); "非利息收入…同比下滑36.40%" and "业务及管理费微增0.80%" are growth rows on the
# item with the bank as alias; the interim CET1 sentence is kept as printed although its 8.73% equals the year-end cell.
LZ = "兰州银行|Bank of Lanzhou|兰州银行股份有限公司|001227"
Y1, E1 = "FY2024", "2024-12-31"
RV1, RVG1 = "revenue|operating_revenue|operating_income", "revenue_growth|operating_revenue_growth"
NP1 = "net_profit_attributable|net_profit|net_income"
NPG1 = "net_profit_attributable_growth|net_profit_growth"
RNP1 = "net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit"
RNPG1 = "net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth"
G["zh01"] = ([
    m(RV1, 78.54e8, "CNY", LZ, Y1, basis="营业收入, table 2024年"),
    m(RVG1, -2.02, "%", LZ, Y1, basis="yoy, table"),
    m(NP1, 18.88e8, "CNY", LZ, Y1, basis="归母净利润"),
    m(NPG1, 1.29, "%", LZ, Y1, basis="yoy"),
    m(RNP1, 18.05e8, "CNY", LZ, Y1, basis="扣非归母净利润"),
    m(RNPG1, 0.56, "%", LZ, Y1, basis="yoy"),
    m("eps|basic_eps|earnings_per_share", 0.2893, "CNY", LZ, Y1, basis="基本每股收益 0.2893元/股"),
    m("eps_growth|basic_eps_growth", 1.47, "%", LZ, Y1, basis="yoy"),
    m("operating_cash_flow_growth|net_operating_cash_flow_growth", 238, "%", LZ, Y1,
      basis="经营活动现金流, yoy +238% (level printed '-')"),
    m("total_assets|assets", 4862.85e8, "CNY", LZ, E1, basis="资产总额, 2024年末"),
    m("total_assets_growth|asset_growth", 7.25, "%", LZ, E1, basis="同比变化 column"),
    m("loans|total_loans|loans_and_advances", 2453.69e8, "CNY", LZ, E1, basis="发放贷款和垫款"),
    m("loan_growth|loans_growth", 3.07, "%", LZ, E1, basis="同比变化 column"),
    m("deposits|total_deposits|customer_deposits", 3561.68e8, "CNY", LZ, E1, basis="吸收存款"),
    m("deposit_growth|deposits_growth", 5.58, "%", LZ, E1, basis="同比变化 column"),
    m("npl_ratio|non_performing_loan_ratio", 1.83, "%", LZ, E1, prior=1.83,
      basis="不良贷款率; change printed '-', body 维持在1.83% -> prior = level"),
    m("provision_coverage_ratio|provision_coverage", 201.6, "%", LZ, E1, basis="拨备覆盖率"),
    m("provision_coverage_ratio_change|provision_coverage_change", 4.09, "pp", LZ, E1, basis="+4.09个百分点, yoy"),
    m(RVG1, -2.02, "%", LZ, Y1, opt=True, basis="body restatement (同比下降2.02%), twin of the table"),
    m("npl_ratio|non_performing_loan_ratio", 1.83, "%", LZ, E1, opt=True, basis="body restatement (维持在1.83%)"),
    m("provision_coverage_ratio|provision_coverage", 201.6, "%", LZ, E1, opt=True,
      basis="body restatement (升至201.6%)"),
    m("deposit_market_share|market_share|share", 12.30, "%", "存款|deposits|" + LZ, None,
      basis="deposit market share in the province (存款规模 省内首位); no date beside it"),
    m("loan_market_share|market_share|share", 9.95, "%", "贷款|loans|" + LZ, None,
      basis="loan market share in the province (全省排名第二); no date beside it"),
    m("net_interest_margin|nim", 1.59, "%", LZ, Y1, basis="净息差"),
    m("net_interest_margin_change|nim_change", 13, "bp", LZ, Y1, basis="逆势上升13个基点, yoy"),
    m("deposit_cost_rate_change|deposit_cost_change|cost_of_deposits_change", -38, "bp", LZ, Y1,
      basis="存款付息率下降38BP"),
    m("non_interest_income_growth|non_interest_income_change", -36.40, "%", "非利息收入|non-interest income|" + LZ, Y1,
      basis="yoy, 下滑"),
    m("operating_expenses|opex|general_and_administrative_expenses", 24.55e8, "CNY", LZ, Y1, basis="业务及管理费"),
    m("operating_expenses_growth|opex_growth", 0.80, "%", LZ, Y1, basis="微增0.80%, yoy"),
    m("capital_adequacy_ratio|car", 12.25, "%", LZ, E1, basis="资本充足率"),
    m("tier1_capital_ratio|tier_1_ratio", 10.16, "%", LZ, E1, basis="一级资本充足率"),
    m("cet1_ratio|core_tier1_capital_ratio", 8.73, "%", LZ, E1, basis="核心一级资本充足率"),
    m("cet1_ratio|core_tier1_capital_ratio", 8.73, "%", LZ, "2024-06-30", opt=True,
      basis="2024年中报显示进一步下滑至8.73% (as printed; same figure as the year-end cell)"),
    m("dividend_per_share|dps|cash_dividend", 0.51, "CNY", LZ, Y1, basis="per 10 shares (每10股派0.51元), pre-tax, proposed"),
    m("total_dividend|dividend_payout|cash_dividend_total", 5.75e8, "CNY", LZ, Y1, basis="合计派发5.75亿元"),
    m("payout_ratio|dividend_payout_ratio", 30.47, "%", LZ, Y1, basis="of 归母净利润"),
    m("payout_ratio|dividend_payout_ratio", None, "%", LZ, None, rng=(30, None), opt=True,
      basis="average payout since listing 超30% (bound)"),
    m("cumulative_dividend_to_proceeds|dividend_multiple", 1.18, "x", LZ, None,
      basis="cumulative dividends 1.18倍 of the IPO proceeds (募集资金)"),
    m("dividend_yield", None, "%", LZ, None, rng=(4, None), opt=True, basis="股息率超过4% (bound)"),
], [])


# zh02: a news page (wokahuishou.com post 107347) on the customs administration's July trade data, with the institutions'
# reading of the export acceleration. Left out as page furniture: the photo caption above the item ("2025年8月5日,山东青岛
# 胶州湾航道,大型外贸货轮穿梭不息。视觉中国 图"; its 2025, 8, 5 dropped with it) and the two chart credits "数据来源:海关总署".
# Cut before "华创证券认为,…截至7月27日的四周内,我国港口集装箱吞吐量四周累计同" (the stored text breaks off inside that
# sentence; its 7 and 27 dropped with it). The section head "7月出口同比增速继续加快,好于市场预期" kept (reworded) as a
# line of its own; no headline in the stored text and none composed.
# Kind asked for: customs trade data (USD or CNY, exports, imports, surplus, yoy, prior, consensus); USD and CNY months
# and year-to-date, surplus and yoy are printed, one 前值 (ASEAN exports), but the consensus only as "好于市场预期" without a
# figure (the stored items with a numeric 预期 / 前值 were earlier stories or Traditional-script pages, and the one
# Simplified broker comment with them prints no trade values or surplus).
# Periods: 2025-07 and 2025-01..07 — the year is implied by "去年的出口基数…2024年7月出口环比-2.3%" (去年 = 2024).
# Key: USD July total 5453.2亿美元 (+5.9%), exports 3217.8亿美元 (+7.2%), imports 2235.4亿美元 (+4.1%), surplus 982.4亿美元;
# USD Jan-Jul 3.58万亿美元 (+2.4%), 2.13万亿美元 (+6.1%), 1.45万亿美元 (-2.7%); CNY July 3.91万亿元 (+6.7%), 2.31万亿元
# (+8.0%), 1.60万亿元 (+4.8%), surplus 7051.0亿元; CNY Jan-Jul 25.70万亿元 (+3.5%), 15.30万亿元 (+7.3%), 10.39万亿元
# (-1.6%); the export growth's acceleration +1.3个百分点 on June; July 2024's export mom -2.3%; exports to ASEAN +16.6%
# (前值16.9%), Vietnam +27.9%, Indonesia +12%, the Philippines +10.7%, their accelerations +4.1 / +3.2 / +0.5 pp.
# Optional: the section's restated +7.2% (USD export growth); "连续两个月" (2 months); "过去二十年" (20 years); the
# ASEAN prior 16.9% as a row of its own (2025-06).
# Judgement calls: no surplus growth is printed (no row); "较6月加快1.3个百分点" is a pp change without a printed June
# level (no prior computed); "好于市场预期" prints no consensus figure (no row); exports to a partner take the partner as
# entity (news66 zh05); "上行X个百分点" are pp changes on each partner (vs the previous month).
CN2 = "中国|我国|China"
M2, C2 = "2025-07", "2025-01..07"
TT2, TTG2 = "total_trade|trade_value|imports_and_exports", "total_trade_growth|trade_growth|trade_value_growth"
EX2, EXG2 = "exports|export_value", "export_growth|exports_growth"
IM2, IMG2 = "imports|import_value", "import_growth|imports_growth"
SU2 = "trade_surplus|trade_balance"


def tr2(per, cur, tt, ttg, ex, exg, im, img, su=None):
    b = "USD-denominated (按美元计)" if cur == "USD" else "CNY-denominated (按人民币计)"
    rows = [m(TT2, tt, cur, CN2, per, basis=b + ", 进出口总值"), m(TTG2, ttg, "%", CN2, per, basis=b + ", yoy"),
            m(EX2, ex, cur, CN2, per, basis=b), m(EXG2, exg, "%", CN2, per, basis=b + ", yoy"),
            m(IM2, im, cur, CN2, per, basis=b), m(IMG2, img, "%", CN2, per, basis=b + ", yoy")]
    if su is not None:
        rows.append(m(SU2, su, cur, CN2, per, basis=b + ", 贸易顺差"))
    return rows


ASN2 = "东盟|ASEAN"
G["zh02"] = (
    tr2(M2, "USD", 5453.2e8, 5.9, 3217.8e8, 7.2, 2235.4e8, 4.1, 982.4e8)
    + tr2(C2, "USD", 3.58e12, 2.4, 2.13e12, 6.1, 1.45e12, -2.7)
    + tr2(M2, "CNY", 3.91e12, 6.7, 2.31e12, 8.0, 1.60e12, 4.8, 7051.0e8)
    + tr2(C2, "CNY", 25.70e12, 3.5, 15.30e12, 7.3, 10.39e12, -1.6)
    + [
        m(EXG2, 7.2, "%", CN2, M2, opt=True, basis="USD, yoy; section restatement (twin)"),
        m("export_growth_change|export_growth_acceleration", 1.3, "pp", CN2, M2,
          basis="USD export growth 较6月加快1.3个百分点 (June level not printed)"),
        m("months|consecutive_months", 2, "months", CN2, M2, opt=True, basis="连续两个月加快"),
        m("export_growth_mom|export_growth", -2.3, "%", CN2, "2024-07", basis="mom (环比), the base month (去年)"),
        m("years|record_span", 20, "years", CN2, "2024-07", opt=True, basis="过去二十年同期的新低"),
        m(EXG2, 16.6, "%", ASN2, M2, prior=16.9, basis="China's exports to ASEAN, yoy; prior = 前值 (June)"),
        m(EXG2, 16.9, "%", ASN2, "2025-06", opt=True, basis="前值 (the prior of July's)"),
        m(EXG2, 27.9, "%", "越南|Vietnam", M2, basis="China's exports to, yoy"),
        m(EXG2, 12, "%", "印尼|印度尼西亚|Indonesia", M2, basis="China's exports to, yoy"),
        m(EXG2, 10.7, "%", "菲律宾|Philippines", M2, basis="China's exports to, yoy"),
        m("export_growth_change|export_growth_acceleration", 4.1, "pp", "越南|Vietnam", M2, basis="较上月上行"),
        m("export_growth_change|export_growth_acceleration", 3.2, "pp", "印尼|印度尼西亚|Indonesia", M2, basis="较上月上行"),
        m("export_growth_change|export_growth_acceleration", 0.5, "pp", "菲律宾|Philippines", M2, basis="较上月上行"),
    ],
    [],
)


# zh03: a reportify.cn report digest (reports/1102710146196443136) of a broker note on 中信证券 after its 2024 results;
# the digest's section names, " - " bullets, "[n]" markers and the spaces around figures ("264 亿元", "2025 - 2027 年")
# kept, one paragraph per section. Cut before the table "经营预测指标与估值 |会计年度|2023|2024|2025E|2026E|2027E| |-" (the
# stored text breaks off in its separator row; the year heads dropped with it). No title in the stored excerpt and none
# composed. The stored text never names the broker (the "600030 CH" / "6030 HK" code style is a house style, not a
# name) -> broker None (news70 zh01, news71 zh01).
# Kind asked for: a broker note on a bank, insurer or broker stock (profit forecasts, BVPS, PB, target, rating); this one
# (a broker stock) has EPS forecasts with their earlier values, a BPS forecast, peer and target PB, A and H targets with
# their earlier values and a maintained rating, but no net-profit forecast in figures (the forecast table is cut).
# Rating actions: two, broker None, on 中信证券 — A shares: cut_target, buy (维持买入; prior buy), 35.43 CNY from 36.59;
# H shares: cut_target, buy, 27.10 HKD from 28.81 (目标价…前值为).
# Key: FY2024 investment revenue 264 亿元 (+21%, 41% of revenue); total assets 1.7 万亿 (+18%) at 2024-12-31 and their net
# increase 2574 亿元; brokerage net revenue 107 亿元 (+5%), its 2024Q4 35.6 亿元 (+49% yoy, +56% qoq), client growth +12%;
# asset-management net revenue 105 亿元 (+7%), the parent's AUM 1.54 万亿元 (+11%), 华夏基金's 2.46 万亿元 (+35%); IB net
# revenue 42 亿元 (-34%); net interest income 10.8 亿元 (-73%); EPS forecasts 1.69 (prior 1.86) / 1.96 (prior 2.12) / 2.32元
# and the cuts -9% / -8%; 2025 BPS 20.84元; peers' 2025E PB 1.2x (A) / 0.7x (H); target PB 1.7x (prior 1.8x) / 1.2x (prior
# 1.3x).
# Optional: the targets as metric rows (they live in the rating actions), the earlier EPS forecasts 1.86 / 2.12 and the
# earlier target PBs 1.8 / 1.3 as rows of their own, the bound "超过 1580 万户" (clients).
# Judgement calls: "1.7 万亿" without 元 is CNY (the digest's unit); "21Q4 以来的新高" is a record without a row; the H-share
# peer / target multiples take the H-share entity; the rating is maintained with both targets lowered -> cut_target
# (rating buy, prior buy), one action per listing (news8 zh02 for A / H pairs).
CS = "中信证券|CITIC Securities|600030|600030 CH|600030.SH"
CSH = "中信证券|CITIC Securities|6030 HK|06030|6030.HK|中信证券H股"
Y3, Q3, E3 = "FY2024", "2024Q4", "2024-12-31"
EPSF = "eps_forecast|eps|earnings_per_share"
TPB = "target_pb|target_p_b|pb_ratio|valuation"
G["zh03"] = ([
    m("investment_revenue|investment_income|segment_revenue", 264e8, "CNY", "投资业务|investment business|" + CS, Y3,
      basis="全年投资业务收入, a record"),
    m("investment_revenue_growth|segment_revenue_growth", 21, "%", "投资业务|investment business|" + CS, Y3, basis="yoy"),
    m("revenue_share|share_of_revenue|share", 41, "%", "投资业务|investment business|" + CS, Y3, basis="占收入比例"),
    m("total_assets|assets", 1.7e12, "CNY", CS, E3, basis="年末总资产 1.7 万亿"),
    m("total_assets_growth|asset_growth", 18, "%", CS, E3, basis="yoy"),
    m("total_assets_change|asset_increase", 2574e8, "CNY", CS, Y3, basis="全年总资产净增加"),
    m("brokerage_revenue|brokerage_net_revenue|segment_revenue", 107e8, "CNY", "经纪业务|brokerage|" + CS, Y3,
      basis="经纪业务净收入"),
    m("brokerage_revenue_growth|segment_revenue_growth", 5, "%", "经纪业务|brokerage|" + CS, Y3, basis="yoy"),
    m("brokerage_revenue|brokerage_net_revenue|segment_revenue", 35.6e8, "CNY", "经纪业务|brokerage|" + CS, Q3,
      basis="Q4 单季净收入, highest since 21Q4"),
    m("brokerage_revenue_growth|segment_revenue_growth", 49, "%", "经纪业务|brokerage|" + CS, Q3, basis="yoy"),
    m("brokerage_revenue_growth_qoq|segment_revenue_growth", 56, "%", "经纪业务|brokerage|" + CS, Q3, basis="qoq (环比)"),
    m("clients|client_accounts|accounts", None, "accounts", CS, E3, rng=(1.58e7, None), opt=True,
      basis="年末累计客户数超过 1580 万户 (bound)"),
    m("client_growth|clients_growth", 12, "%", CS, E3, basis="yoy"),
    m("asset_management_revenue|segment_revenue", 105e8, "CNY", "资管业务|asset management|" + CS, Y3,
      basis="资管业务净收入"),
    m("asset_management_revenue_growth|segment_revenue_growth", 7, "%", "资管业务|asset management|" + CS, Y3, basis="yoy"),
    m("aum|assets_under_management", 1.54e12, "CNY", "母公司|parent company|" + CS, E3, basis="母公司资管规模"),
    m("aum_growth|assets_under_management_growth", 11, "%", "母公司|parent company|" + CS, E3, basis="yoy"),
    m("aum|assets_under_management", 2.46e12, "CNY", "华夏基金|China AMC|华夏基金本部", E3,
      basis="华夏基金本部的管理资产规模 (a subsidiary)"),
    m("aum_growth|assets_under_management_growth", 35, "%", "华夏基金|China AMC|华夏基金本部", E3, basis="yoy"),
    m("investment_banking_revenue|ib_revenue|segment_revenue", 42e8, "CNY", "投行业务|investment banking|" + CS, Y3,
      basis="投行业务净收入"),
    m("investment_banking_revenue_growth|segment_revenue_growth", -34, "%", "投行业务|investment banking|" + CS, Y3,
      basis="yoy"),
    m("net_interest_income|nii", 10.8e8, "CNY", CS, Y3, basis="利息净收入"),
    m("net_interest_income_growth|nii_growth", -73, "%", CS, Y3, basis="yoy"),
    m(EPSF, 1.69, "CNY", CS, "FY2025", prior=1.86, basis="forecast; prior = 前值 1.86"),
    m(EPSF, 1.96, "CNY", CS, "FY2026", prior=2.12, basis="forecast; prior = 前值 2.12"),
    m(EPSF, 2.32, "CNY", CS, "FY2027", basis="forecast (no earlier value printed)"),
    m(EPSF, 1.86, "CNY", CS, "FY2025", opt=True, basis="earlier forecast (前值), the prior"),
    m(EPSF, 2.12, "CNY", CS, "FY2026", opt=True, basis="earlier forecast (前值), the prior"),
    m("eps_forecast_change|earnings_forecast_change|forecast_change", -9, "%", CS, "FY2025", basis="下调 9%"),
    m("eps_forecast_change|earnings_forecast_change|forecast_change", -8, "%", CS, "FY2026", basis="下调 8%"),
    m("bvps|bps|book_value_per_share", 20.84, "CNY", CS, "FY2025", basis="forecast, 2025 年 BPS"),
    m("pb_ratio|p_b|peer_pb", 1.2, "x", "A股可比公司|A-share peers|comparable companies (A)", "FY2025",
      basis="Wind consensus average 2025E PB of A-share peers"),
    m("pb_ratio|p_b|peer_pb", 0.7, "x", "H股可比公司|H-share peers|comparable companies (H)", "FY2025",
      basis="Wind consensus average 2025E PB of H-share peers"),
    m(TPB, 1.7, "x", CS, "FY2025", prior=1.8, basis="target PB (A), premium to peers; prior = 前值对应 1.8倍"),
    m(TPB, 1.2, "x", CSH, "FY2025", prior=1.3, basis="target PB (H); prior = 前值对应 1.3倍"),
    m(TPB, 1.8, "x", CS, "FY2025", opt=True, basis="earlier target's 2025E PB (A), the prior"),
    m(TPB, 1.3, "x", CSH, "FY2025", opt=True, basis="earlier target's 2025E PB (H), the prior"),
    m("target_price|price_target", 35.43, "CNY", CS, None, prior=36.59, opt=True,
      basis="目标价人民币 35.43 元 (A; also in the rating action)"),
    m("target_price|price_target", 27.10, "HKD", CSH, None, prior=28.81, opt=True,
      basis="27.10 港币 (H; also in the rating action)"),
], [
    ra(None, CS, "cut_target", "buy", "buy", 35.43, 36.59, "CNY"),
    ra(None, CSH, "cut_target", "buy", "buy", 27.10, 28.81, "HKD"),
])


# zh04: 新华财经's STAR Market closing report (科创板收盘播报) relayed by lingshiguguai.com (more/luntan/1114804); the title,
# which the stored text prints after the item in the relay's "未经允许不得转载:零时古怪 - 中国第一时事资讯综合门户 »"
# breadcrumb, kept, reworded and set on the first line (the breadcrumb dropped as furniture); the dateline
# "新华财经北京12月28日电(胡晨曦)" kept. Whole stored item.
# Kind asked for: an A-share closing wrap (the three main indices with levels and changes, turnover, sectors, stocks);
# the closest stored page not already an earlier story is a STAR Market close (科创50 level and change, turnover, the
# board's averages, sectors, named stocks): the Simplified three-index wraps found were earlier sources or their stories
# (shadafang, finance.ce.cn 2015-08-26, finance1.ce.cn 2013-09-09, 9fzt, caixin 2015-03-23, gangyiku, caijingche,
# zhld.com, sina 2005-04-08) and the rest Traditional-script pages.
# Period None: "12月28日" with no year printed.
# Key: 科创50 close 850.39 points, +2.45%, amplitude 3.03%, turnover 约580.2亿元; the 566 stocks' average change +2.72%,
# average turnover rate 2.24%, average amplitude 5.28%; 海优新材 +20.00% (top), 百奥泰 -4.04% (bottom); 海光信息
# turnover 14.5亿元 (largest), 德林海 482.2万元 (smallest); 时创能源 turnover rate 21.92% (highest), 龙腾光电 0.13% (lowest).
# Optional: the headline's 2.45% (twin); the sample count 566只 (twice); the 566 stocks' combined turnover 580.2亿元 (the
# same figure as the index's turnover, printed again; news53 zh01 for the same series).
# Judgement calls: as news53 zh01 — 振幅 is a day's range in "%" (key), ranks (居首, 垫底) get no row, sectors without
# figures get no row.
K4 = "科创50指数|科创50|STAR 50|STAR50 index"
ST4 = "科创板|科创板个股|科创板566只个股|STAR Market|STAR Market stocks"
CL4, CH4, TO4 = "index_level|close|closing_level|price", "index_change|price_change|change", \
    "turnover|trading_value|trading_volume"
G["zh04"] = ([
    m(CH4, 2.45, "%", K4, None, opt=True, basis="headline twin (科创50指数上涨2.45%)"),
    m(CL4, 850.39, "points", K4, None, basis="close (收盘报), 12月28日"),
    m(CH4, 2.45, "%", K4, None, basis="daily change (涨幅)"),
    m("amplitude|intraday_range|volatility", 3.03, "%", K4, None, basis="振幅 (day's range)"),
    m(TO4, 580.2e8, "CNY", K4, None, basis="总成交额约580.2亿元"),
    m("stocks|count", 566, "stocks", ST4, None, opt=True, basis="科创板566只个股 (first printing)"),
    m("stocks|count", 566, "stocks", ST4, None, opt=True, basis="sample count, second printing"),
    m("average_price_change|price_change|change", 2.72, "%", ST4, None, basis="566只个股平均涨幅"),
    m("average_turnover_rate|turnover_rate", 2.24, "%", ST4, None, basis="平均换手率"),
    m(TO4, 580.2e8, "CNY", ST4, None, opt=True, basis="合计成交额580.2亿元 (same figure as the index's turnover)"),
    m("average_amplitude|amplitude|intraday_range", 5.28, "%", ST4, None, basis="平均振幅"),
    m("price_change|share_price_change|change", 20.00, "%", "海优新材", None, basis="上涨20.00% (涨幅第一)"),
    m("price_change|share_price_change|change", -4.04, "%", "百奥泰|Bio-Thera", None, basis="下跌4.04% (跌幅第一)"),
    m(TO4, 14.5e8, "CNY", "海光信息|Hygon", None, basis="成交额 14.5亿元 (居首)"),
    m(TO4, 482.2e4, "CNY", "德林海", None, basis="成交额 482.2万元 (垫底)"),
    m("turnover_rate", 21.92, "%", "时创能源", None, basis="换手率 (居首)"),
    m("turnover_rate", 0.13, "%", "龙腾光电", None, basis="换手率 (末位)"),
], [])


# zh05: the China Association of Automobile Manufacturers' July output and sales as a news item on chengde.tv (news
# 2022/0814/50631175/61075; the address's date is not used); whole stored item; no headline in the stored text and none
# composed. Every decimal point is printed as the full-width ideographic stop "。" (217。4万辆, 42。6%, 1。2倍 …) and is kept
# so: each "X。Y" is the number X.Y.
# Kind asked for: the passenger-car association's or CAAM's vehicle output and sales (万辆, yoy, mom, NEV penetration);
# CAAM's monthly release with the NEV market share (市场占有率) and export mom / yoy.
# Period None: "7月", "1至7月", no year printed (news62 zh02).
# Key: passenger cars July output 221万辆 / sales 217。4万辆 (+42。6% / +40%), Jan-Jul 1264。5万辆 / 1252。9万辆 (+10。9% /
# +8。3%); all vehicles July 245。5万辆 / 242万辆 (+31。5% / +29。7%); NEV July 61。7万辆 / 59。3万辆 (each +1。2倍 = +120%),
# Jan-Jul 327。9万辆 / 319。4万辆 (each +120%), market share 22。1%; July exports 29万辆 (+16。5% mom, +67% yoy), of which
# NEV 5。4万辆 (+89。9% mom, +37。6% yoy); Jan-Jul exports 150。9万辆 (+50。6%).
# Judgement calls: "同比均增长1。2倍" is +120 % growth (增长X倍 = X×100%), one row for output and one for sales;
# "历年同期最高值" and "连续创出历史新高" are records without figures (no rows); the NEV market share is a % row on NEV
# (news62 zh02); the exports are the carmakers' (汽车企业) with the association as alias.
PV5 = "乘用车|passenger vehicles|passenger cars"
AU5 = "汽车|我国汽车|China autos|中国汽车工业协会|中汽协|CAAM|汽车企业"
NEV5 = "新能源汽车|new energy vehicles|NEV"
J5, JJ5 = "July (7月)", "January-July (1至7月)"
PR5, SA5 = "vehicle_production|production_volume|production|output", "vehicle_sales|sales_volume|sales"
PRG5 = "vehicle_production_growth|production_growth|output_growth"
SAG5 = "vehicle_sales_growth|sales_volume_growth|sales_growth"
EX5, EXG5 = "vehicle_exports|exports|export_volume", "vehicle_exports_growth|exports_growth|export_growth"


def ps5(ent, span, pr, sa, prg, sag, note=""):
    return [m(PR5, pr, "vehicles", ent, None, basis=span), m(SA5, sa, "vehicles", ent, None, basis=span),
            m(PRG5, prg, "%", ent, None, basis="yoy, " + span + note),
            m(SAG5, sag, "%", ent, None, basis="yoy, " + span + note)]


G["zh05"] = (
    ps5(PV5, J5, 221e4, 217.4e4, 42.6, 40)
    + ps5(PV5, JJ5, 1264.5e4, 1252.9e4, 10.9, 8.3)
    + ps5(AU5, J5, 245.5e4, 242e4, 31.5, 29.7)
    + ps5(NEV5, J5, 61.7e4, 59.3e4, 120, 120, " (同比均增长1。2倍)")
    + ps5(NEV5, JJ5, 327.9e4, 319.4e4, 120, 120, " (同比均增长1。2倍)")
    + [
        m("nev_share|market_share|penetration_rate", 22.1, "%", NEV5, None, basis="市场占有率, " + JJ5),
        m(EX5, 29e4, "vehicles", AU5, None, basis=J5 + ", 汽车企业出口, a record"),
        m(EXG5, 16.5, "%", AU5, None, basis="mom (环比), " + J5),
        m(EXG5, 67, "%", AU5, None, basis="yoy, " + J5),
        m(EX5, 5.4e4, "vehicles", NEV5, None, basis=J5 + ", NEV exports"),
        m(EXG5, 89.9, "%", NEV5, None, basis="mom (环比), NEV exports, " + J5),
        m(EXG5, 37.6, "%", NEV5, None, basis="yoy, NEV exports, " + J5),
        m(EX5, 150.9e4, "vehicles", AU5, None, basis=JJ5 + ", cumulative exports"),
        m(EXG5, 50.6, "%", AU5, None, basis="yoy, " + JJ5),
    ],
    [],
)


# zh06: a reportify.cn tag page (tags/product, 限制性股票(第二类限制性股票)) whose first item is 证券之星's digest of
# 赛维时代's 2025 restricted-share incentive plan (草案摘要); the filing title and the source/time line "证券之星· 2025-09-05
# 20:19" kept as printed (a filing name; news58 zh01 for the source line), the tag-page heads ("限制性股票(第二类限制性
# 股票)", "搜索文档") left out; the digest's space-separated clauses (spaces where commas would be), " - " bullets and "[n]"
# markers kept, one paragraph per section. Cut before "若公司业绩考核达标且个人考核达到"符合预期"及以上 实际归属数量=计划"
# (the stored text breaks off inside it; no figure is lost).
# Kind asked for: a listed company's share-incentive or employee share plan (grant size, grant price, performance targets,
# revenue or profit growth); all are printed.
# Periods: None for the grant sizes, prices, terms and headcount (the plan is the "2025年" plan by name; news37 zh06);
# FY2025 / FY2026 / FY2027 for the performance floors (their years, base 2024).
# Key: grant price 11.03元/股; total grant 403.4582万股 (1.00% of share capital); first grant 399.7060万股 (0.991%); reserve
# 3.7522万股 (0.009%); 329 first-grant participants; first-grant vesting tranches 30% / 30% / 40%; the reference averages
# 22.05元 (1 trading day) and 21.29元 (60 trading days); the performance floors vs 2024: revenue growth 不低于25% / 55% /
# 95% or net-profit growth 不低于70% / 155% / 215% (2025 / 2026 / 2027), all lower bounds rng=(X, None).
# Optional: the second printing of the grant price; the validity cap "最长不超过60个月" (None, 60) months; the reserve's 12-month window; the 50% pricing floors
# (twice); the tranche counts (三期; 两期或三期 as (2, 3)); the four appraisal tiers (四个档次) and their vesting ratios
# 100% / 100% / 85% / 0%.
# Judgement calls: the grant counts are restricted shares only -> "shares"; the headcount takes the lenient "count" (news37
# zh06); "不低于…50%…两者中的较高者" gives the two reference prices as key rows (they fix the floor) and the 50% as optional
# rows; a revenue-or-profit alternative is two rows per year (news37 zh06); the tranche percentages are key facts of the
# vesting schedule (two rows of 30).
SV = "赛维时代|Sailvan|赛维时代科技"
GR6 = "equity_incentive_grant|restricted_shares_granted|incentive_grant|grant"
G["zh06"] = ([
    m("grant_price|restricted_share_grant_price|price", 11.03, "CNY", SV, None, basis="授予价格11.03元/股 (first printing)"),
    m("grant_price|restricted_share_grant_price|price", 11.03, "CNY", SV, None, opt=True,
      basis="授予价格定为11.03元/股 (second printing, twin)"),
    m(GR6, 403.4582e4, "shares", SV, None, basis="计划授予总量 403.4582万股"),
    m("share_of_share_capital|share_of_capital|share", 1.00, "%", SV, None, basis="total grant, 占公司股本总额"),
    m(GR6, 399.7060e4, "shares", SV, None, basis="首次授予 399.7060万股"),
    m("share_of_share_capital|share_of_capital|share", 0.991, "%", SV, None, basis="first grant, 占股本总额"),
    m(GR6, 3.7522e4, "shares", SV, None, basis="预留授予 3.7522万股"),
    m("share_of_share_capital|share_of_capital|share", 0.009, "%", SV, None, basis="reserve, 占股本总额"),
    m("participants|incentive_recipients|headcount", 329, "count", SV, None, basis="首次授予的激励对象 329人"),
    m("months|reserve_grant_window", 12, "months", SV, None, opt=True,
      basis="预留部分 within 12个月 of the shareholders' approval"),
    m("validity_period|plan_duration|months", None, "months", SV, None, rng=(None, 60), opt=True,
      basis="有效期最长不超过60个月 (cap)"),
    m("tranches|vesting_tranches|count", 3, "count", SV, None, opt=True, basis="首次授予分三期归属"),
    m("vesting_ratio|vesting_percentage", 30, "%", SV, None, basis="first grant, tranche 1"),
    m("vesting_ratio|vesting_percentage", 30, "%", SV, None, basis="first grant, tranche 2"),
    m("vesting_ratio|vesting_percentage", 40, "%", SV, None, basis="first grant, tranche 3"),
    m("tranches|vesting_tranches|count", None, "count", SV, None, rng=(2, 3), opt=True, basis="预留部分分两期或三期"),
    m("average_price|reference_price|share_price", 22.05, "CNY", SV, None,
      basis="草案公告前1个交易日股票交易均价 (reference for the price floor)"),
    m("pricing_floor_ratio|discount_ratio", 50, "%", SV, None, opt=True, basis="floor = 50% of the 1-day average"),
    m("average_price|reference_price|share_price", 21.29, "CNY", SV, None,
      basis="前60个交易日股票交易均价 (reference for the price floor)"),
    m("pricing_floor_ratio|discount_ratio", 50, "%", SV, None, opt=True, basis="floor = 50% of the 60-day average"),
    m("revenue_growth_target|revenue_growth", None, "%", SV, "FY2025", rng=(25, None),
      basis="performance floor vs 2024, 不低于25% (or the profit target)"),
    m("net_profit_growth_target|net_profit_growth", None, "%", SV, "FY2025", rng=(70, None),
      basis="performance floor vs 2024, 不低于70% (or the revenue target)"),
    m("revenue_growth_target|revenue_growth", None, "%", SV, "FY2026", rng=(55, None), basis="vs 2024, 不低于55%"),
    m("net_profit_growth_target|net_profit_growth", None, "%", SV, "FY2026", rng=(155, None), basis="vs 2024, 不低于155%"),
    m("revenue_growth_target|revenue_growth", None, "%", SV, "FY2027", rng=(95, None), basis="vs 2024, 不低于95%"),
    m("net_profit_growth_target|net_profit_growth", None, "%", SV, "FY2027", rng=(215, None), basis="vs 2024, 不低于215%"),
    m("appraisal_tiers|count", 4, "count", SV, None, opt=True, basis="个人层面 四个档次"),
    m("vesting_ratio|individual_vesting_ratio", 100, "%", SV, None, opt=True, basis="individual tier 1"),
    m("vesting_ratio|individual_vesting_ratio", 100, "%", SV, None, opt=True, basis="individual tier 2"),
    m("vesting_ratio|individual_vesting_ratio", 85, "%", SV, None, opt=True, basis="individual tier 3"),
    m("vesting_ratio|individual_vesting_ratio", 0, "%", SV, None, opt=True, basis="individual tier 4"),
], [])
