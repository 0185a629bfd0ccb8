# Hand labels for news14/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: CSC (中信建投) note on Kingdom Technology (金证股份) FY2017 results, Sohu "最新买入评级" analyst page, Simplified,
# A share (元 / unmarked prices = CNY); the page row (start price, target, upside, 20/60-day highs) is kept as a
# header line; the row lists a buy rating with a target and no change -> maintain buy 20.01 (table rule); the
# start price, upside and the evaluation highs are optional; "2017年年报" -> FY2017; the repeated 43.9% and 15.3%
# have one row each; margin changes printed with % are labelled in % as printed (news3); the 2016 BT interest
# income (约7800万元) is optional background
JZ = "金证股份|Kingdom Technology"
CSC = "中信建投|CSC|China Securities"
FY = "FY2017"
G["zh01"] = ([
    m("target_price", 20.01, "CNY", JZ),
    m("price|share_price", 16.01, "CNY", JZ, opt=True, basis="start price (起评价)"),
    m("target_upside|upside", 73.40, "%", JZ, opt=True),
    m("price|share_price", 16.65, "CNY", JZ, opt=True, basis="20-day high"),
    m("price_change|max_gain", 3.74, "%", JZ, opt=True, basis="20-day max gain"),
    m("price|share_price", 16.61, "CNY", JZ, opt=True, basis="60-day high"),
    m("price_change|max_gain", 3.75, "%", JZ, opt=True, basis="60-day max gain"),
    m("revenue", 4.23e9, "CNY", JZ, FY),
    m("revenue_growth", 15.3, "%", JZ, FY, basis="yoy"),
    m("net_profit", 1.3e8, "CNY", JZ, FY, basis="attributable"),
    m("net_profit_growth", -43.9, "%", JZ, FY, basis="yoy, attributable"),
    m("net_profit|deducted_net_profit", 1.2e8, "CNY", JZ, FY, basis="attributable, excluding non-recurring items"),
    m("net_profit_growth|deducted_net_profit_growth", -50.4, "%", JZ, FY, basis="yoy, attributable, excluding non-recurring items"),
    m("financial_expense_change|financial_expense_increase", 1.1e8, "CNY", JZ, FY, basis="yoy"),
    m("interest_income", 7.8e7, "CNY", JZ, "FY2016", opt=True, basis="BT business, 约"),
    m("admin_expense_change|admin_expense_increase", 1.3e8, "CNY", JZ, FY, basis="yoy"),
    m("admin_expense_growth", 23.4, "%", JZ, FY, basis="yoy"),
    m("gross_margin", 82.5, "%", "软件开发|金证股份软件开发业务|software development", FY),
    m("gross_margin", 57.2, "%", "系统维护|金证股份系统维护业务|system maintenance", FY),
    m("gross_margin_change", 6.8, "%", "软件开发|金证股份软件开发业务|software development", FY),
    m("gross_margin_change", 8.9, "%", "系统维护|金证股份系统维护业务|system maintenance", FY),
    m("revenue_growth", 204.9, "%", "自制软件|金证股份自制软件|self-developed software", FY, basis="yoy"),
    m("gross_margin", 84.5, "%", "自制软件加定制软件|software (self-developed and custom)|金证股份", FY),
    m("gross_margin_change", 7.5, "%", "自制软件加定制软件|software (self-developed and custom)|金证股份", FY, basis="yoy"),
], [
    ra(CSC, JZ, "maintain", "buy", None, 20.01, None, "CNY"),
])

# zh02: Zhitong Finance flash, J.P. Morgan downgrades GAC Group (广汽集团, 02238) to neutral, Simplified, HK stock
# (港元 = HKD); the downgrade and target cut are printed twice -> one row / one action; "今年跑输大市33%" is the
# stock's relative performance this year (no year printed -> no period), labelled -33 %; "六至九个月" is a horizon
# (not labelled)
GAC = "广汽集团|02238|GAC Group|Guangzhou Automobile"
JPM = "摩根大通|小摩|J.P. Morgan|JPMorgan"
G["zh02"] = ([
    m("target_price", 7.5, "HKD", GAC, prior=9),
    m("relative_performance|underperformance|price_change", -33, "%", GAC, None, basis="vs market, this year"),
], [
    ra(JPM, GAC, "downgrade", "neutral", "overweight", 7.5, 9, "HKD"),
])

# zh03: Zhitong Finance flash, HSBC downgrades Sino Biopharmaceutical (中国生物制药, 01177) to hold, Simplified, HK
# stock (港元 = HKD); intraday snapshot at 13:36 (move, price, turnover) with no date -> no period; the move and
# price at the stated time are key (news13 zh02: stock moves in flashes key); "五连阴" is a streak (not labelled);
# the target cut of 33% is key with the target 13.53 (prior 20.3)
SBP = "中国生物制药|01177|Sino Biopharmaceutical|Sino Biopharm"
HSBC = "汇丰证券|汇丰|HSBC|HSBC Global Research"
G["zh03"] = ([
    m("price_change|share_price_change", -3.96, "%", SBP),
    m("price|share_price", 12.6, "HKD", SBP),
    m("turnover", 5.47e8, "HKD", SBP),
    m("target_price", 13.53, "HKD", SBP, prior=20.3),
    m("target_price_change|target_change", -33, "%", SBP),
], [
    ra(HSBC, SBP, "downgrade", "hold", "buy", 13.53, 20.3, "HKD"),
])

# zh04: China.org.cn (中国网) report of the NBS first-quarter release on prices, Simplified; the text prints no year
# (dateline "4月15日" only) -> "Q1" for 一季度 (quarter without a year, as "H1"), no period on "3月份"; CPI components
# are their own entities (price_change|cpi, as news4-news13); the PPI yoy 5.2% printed twice -> one row; the count of
# categories (八大类, 四涨四落) and the photo caption are not labelled
CN = "中国|全国|China"
G["zh04"] = ([
    m("cpi", 2.2, "%", CN, "Q1", basis="yoy"),
    m("cpi", 2.1, "%", "城市|urban", "Q1", basis="yoy"),
    m("cpi", 2.4, "%", "农村|rural", "Q1", basis="yoy"),
    m("ppi", 5.2, "%", CN, "Q1", basis="yoy, ex-factory prices of industrial products"),
    m("price_change|cpi", 5.1, "%", "食品|food", "Q1", basis="yoy"),
    m("price_change|cpi", 1.6, "%", "烟酒及用品|tobacco, liquor and articles", "Q1", basis="yoy"),
    m("price_change|cpi", 2.4, "%", "医疗保健和个人用品|healthcare and personal articles", "Q1", basis="yoy"),
    m("price_change|cpi", 2.9, "%", "居住|housing|residence", "Q1", basis="yoy"),
    m("price_change|cpi", -0.9, "%", "衣着|clothing", "Q1", basis="yoy"),
    m("price_change|cpi", -0.9, "%", "家庭设备用品及维修服务|household facilities and services", "Q1", basis="yoy"),
    m("price_change|cpi", -0.1, "%", "交通和通信|transport and communications", "Q1", basis="yoy"),
    m("price_change|cpi", -0.1, "%", "娱乐教育文化用品及服务|recreation, education and culture", "Q1", basis="yoy"),
    m("cpi", -0.7, "%", CN, None, basis="mom, March"),
    m("ppi", 0.5, "%", CN, None, basis="mom, March"),
    m("purchasing_price_index|ppirm|input_price_change", 9.9, "%", "原材料、燃料、动力购进价格|raw materials, fuel and power purchase prices|中国", "Q1", basis="yoy"),
], [])

# zh05: PBOC monthly financial statistics for February (repost), sections 一 to 三 (money, loans, deposits),
# Simplified; the text prints no year -> no period on any row ("2月末" month-end stocks and "前两个月" flows carry
# basis notes instead); the section headings repeat 8.7%, 6.37万亿元 and 6.44万亿元 exactly -> one row each;
# sector breakdowns of new loans and deposits are key (as news3 zh15); decreases (减少) are negative
CN = "中国|全国|China"
G["zh05"] = ([
    m("m2", 2.9956e14, "CNY", CN, None, basis="end of February"), m("m2_growth", 8.7, "%", CN, None, basis="yoy, end of February"),
    m("m1", 6.659e13, "CNY", CN, None, basis="end of February"), m("m1_growth", 1.2, "%", CN, None, basis="yoy, end of February"),
    m("m0", 1.21e13, "CNY", CN, None, basis="end of February"), m("m0_growth", 12.5, "%", CN, None, basis="yoy, end of February"),
    m("net_cash_injection", 7.566e11, "CNY", CN, None, basis="first two months"),
    m("loans_outstanding|total_loans", 2.4867e14, "CNY", CN, None, basis="RMB and foreign currency, end of February"),
    m("loan_growth", 9.7, "%", CN, None, basis="RMB and foreign currency, yoy, end of February"),
    m("rmb_loans_outstanding|loans_outstanding", 2.4396e14, "CNY", CN, None, basis="end of February"),
    m("rmb_loan_growth|loan_growth", 10.1, "%", CN, None, basis="yoy, end of February"),
    m("new_rmb_loans|new_loans", 6.37e12, "CNY", CN, None, basis="first two months"),
    m("household_loans|new_loans", 3.894e11, "CNY", "住户|households", None, basis="first two months"),
    m("household_short_term_loans|new_loans", -1.34e11, "CNY", "住户|households", None, basis="first two months"),
    m("household_medium_long_term_loans|new_loans", 5.234e11, "CNY", "住户|households", None, basis="first two months"),
    m("corporate_loans|new_loans", 5.43e12, "CNY", "企(事)业单位|企业|corporates", None, basis="first two months"),
    m("corporate_short_term_loans|new_loans", 1.99e12, "CNY", "企(事)业单位|企业|corporates", None, basis="first two months"),
    m("corporate_medium_long_term_loans|new_loans", 4.6e12, "CNY", "企(事)业单位|企业|corporates", None, basis="first two months"),
    m("bill_financing|new_loans", -1.25e12, "CNY", "企(事)业单位|企业|corporates", None, basis="first two months"),
    m("nbfi_loans|new_loans", 4.294e11, "CNY", "非银行业金融机构|non-bank financial institutions", None, basis="first two months"),
    m("fx_loans_outstanding", 6.626e11, "USD", CN, None, basis="end of February"),
    m("fx_loan_growth", -10.5, "%", CN, None, basis="yoy, end of February"),
    m("new_fx_loans|fx_loans_change", 6.2e9, "USD", CN, None, basis="first two months"),
    m("deposits_outstanding|total_deposits", 2.9658e14, "CNY", CN, None, basis="RMB and foreign currency, end of February"),
    m("deposit_growth", 8.1, "%", CN, None, basis="RMB and foreign currency, yoy, end of February"),
    m("rmb_deposits_outstanding|deposits_outstanding", 2.907e14, "CNY", CN, None, basis="end of February"),
    m("rmb_deposit_growth|deposit_growth", 8.4, "%", CN, None, basis="yoy, end of February"),
    m("new_rmb_deposits|new_deposits", 6.44e12, "CNY", CN, None, basis="first two months"),
    m("household_deposits|new_deposits", 5.73e12, "CNY", "住户|households", None, basis="first two months"),
    m("corporate_deposits|new_deposits", -1.85e12, "CNY", "非金融企业|non-financial enterprises", None, basis="first two months"),
    m("fiscal_deposits|new_deposits", 4.806e11, "CNY", "财政性存款|fiscal deposits|财政", None, basis="first two months"),
    m("nbfi_deposits|new_deposits", 1.71e12, "CNY", "非银行业金融机构|non-bank financial institutions", None, basis="first two months"),
    m("fx_deposits_outstanding", 8.277e11, "USD", CN, None, basis="end of February"),
    m("fx_deposit_growth", -6.2, "%", CN, None, basis="yoy, end of February"),
    m("new_fx_deposits|fx_deposits_change", 2.99e10, "USD", CN, None, basis="first two months"),
], [])

# zh06: Quanjude (全聚德) buyback progress notice as of 2020-09-30 (1dichan repost), Simplified, A share (元 = CNY);
# the headline figures 70,000 股 and 0.0227% are repeated exactly in the body -> one row each; cumulative figures
# carry the as-of date 2020-09-30; the trading-volume test (prior 5-day volume, the largest 5-day buyback, the 25%
# cap and 1,845,383 股) is regulatory detail -> optional; dates are not labelled
QJD = "全聚德|Quanjude|China Quanjude"
D = "2020-09-30"
G["zh06"] = ([
    m("buyback_shares", 70000, "shares", QJD, D, basis="cumulative"),
    m("buyback_share_pct", 0.0227, "%", QJD, D, basis="of total share capital, cumulative"),
    m("buyback_price_high|buyback_max_price", 10.97, "CNY", QJD, D, basis="per share, highest"),
    m("buyback_price_low|buyback_min_price", 10.70, "CNY", QJD, D, basis="per share, lowest"),
    m("buyback_amount|buyback", 755290, "CNY", QJD, D, basis="cumulative, excluding fees"),
    m("trading_volume", 7381535, "shares", QJD, None, opt=True, basis="5 trading days before the first buyback"),
    m("buyback_shares", 70000, "shares", QJD, None, opt=True, basis="largest in any five trading days"),
    m("buyback_volume_cap_pct", 25, "%", QJD, None, opt=True, basis="of the prior 5-day volume"),
    m("buyback_volume_cap", 1845383, "shares", QJD, None, opt=True, basis="25% of the prior 5-day volume"),
], [])

# zh07: Dahe Caili Fang (大河财立方) item on Quartz (石英股份, 603688) FY2023 results and dividend (qiwuyouxuan repost),
# Simplified, A share (元 = CNY); "2023年年报" -> FY2023; 约 -> value; segment gross margins are key with the
# segments as entities; dividends per 10 shares labelled as printed with basis "per 10 shares, pre-tax" (news3);
# the capitalisation issue "每10股转增5股" is a count in shares per 10 shares; the share count and the repurchase-
# account shares used for the dividend base are optional; the buyback counted as a cash dividend is key
QZ = "石英股份|603688|Quartz|Jiangsu Pacific Quartz"
FY = "FY2023"
G["zh07"] = ([
    m("revenue", 7.184e9, "CNY", QZ, FY, basis="约"),
    m("revenue_growth", 258.46, "%", QZ, FY, basis="yoy"),
    m("net_profit", 5.039e9, "CNY", QZ, FY, basis="attributable, 约"),
    m("net_profit_growth", 378.92, "%", QZ, FY, basis="yoy, attributable"),
    m("gross_margin", 44.22, "%", "光源业务|石英股份光源业务|light source", FY),
    m("gross_margin", 91.37, "%", "光伏业务|石英股份光伏业务|photovoltaic", FY),
    m("gross_margin", 67.12, "%", "光纤半导体业务|石英股份光纤半导体业务|optical fibre and semiconductor", FY),
    m("dividend|dividend_per_share", 57, "CNY", QZ, FY, basis="per 10 shares, pre-tax, final (proposed)"),
    m("bonus_shares|capitalisation_issue", 5, "shares", QZ, FY, basis="per 10 shares, from capital reserve"),
    m("share_capital|total_shares", 3.61e8, "shares", QZ, "2024-02-29", opt=True),
    m("treasury_shares|buyback_shares", 4.118e5, "shares", QZ, "2024-02-29", opt=True, basis="in the repurchase account"),
    m("total_dividend|dividend_payout", 2.057e9, "CNY", QZ, FY, basis="final, proposed, pre-tax"),
    m("dividend|dividend_per_share", 13, "CNY", QZ, "2023H1", basis="per 10 shares, pre-tax, interim"),
    m("total_dividend|dividend_payout", 4.70e8, "CNY", QZ, "2023H1", basis="interim"),
    m("buyback_shares", 1.029e5, "shares", QZ, FY),
    m("buyback_amount|buyback", 8.7622e6, "CNY", QZ, FY, basis="excluding commissions"),
    m("total_dividend|total_cash_dividend", 2.535e9, "CNY", QZ, FY, basis="full year incl. buyback, pre-tax"),
    m("payout_ratio|dividend_payout_ratio", 50.31, "%", QZ, FY, basis="of attributable net profit"),
], [])

# zh08: Zheshang Securities (浙商证券) note on Taiji Computer (太极股份) 2024 interim results, Sohu "最新买入评级"
# analyst page, Simplified, A share (亿 with no currency word = CNY); excerpt cut before the 人大金仓 paragraph (two sentences without figures dropped to keep 700 characters); the
# page row lists a buy rating with no target ("--") -> maintain buy, target None; start price and evaluation highs
# optional; losses are negative values; "(-18.34%)" after revenue is the yoy growth; margin and expense-ratio
# changes in pct are pp; the four H1 and Q2 expense ratios written "a/b/c" are each a metric; revenue shares of the
# enterprise and government segments are key (entities the segments)
TJ = "太极股份|Taiji Computer|Taiji"
ZS = "浙商证券|Zheshang Securities"
H1 = "2024H1"; Q2 = "2024Q2"
ENT = "企业端|企业端收入|enterprise customers"; GOV = "政府端|政府端收入|government customers"
G["zh08"] = ([
    m("price|share_price", 14.70, "CNY", TJ, opt=True, basis="start price (起评价)"),
    m("price|share_price", 22.58, "CNY", TJ, opt=True, basis="20-day high"),
    m("price_change|max_gain", 53.61, "%", TJ, opt=True, basis="20-day max gain"),
    m("price|share_price", 24.82, "CNY", TJ, opt=True, basis="60-day high"),
    m("price_change|max_gain", 68.84, "%", TJ, opt=True, basis="60-day max gain"),
    m("revenue", 2.614e9, "CNY", TJ, H1), m("revenue_growth", -18.34, "%", TJ, H1, basis="yoy"),
    m("net_profit|net_loss", -1.59e8, "CNY", TJ, H1, basis="attributable"),
    m("net_profit|deducted_net_profit", -1.64e8, "CNY", TJ, H1, basis="attributable, excluding non-recurring items"),
    m("revenue", 9.52e8, "CNY", TJ, Q2), m("revenue_growth", -29.77, "%", TJ, Q2, basis="yoy"),
    m("net_profit|net_loss", -1.75e8, "CNY", TJ, Q2, basis="attributable"),
    m("net_profit|deducted_net_profit", -1.79e8, "CNY", TJ, Q2, basis="attributable, excluding non-recurring items"),
    m("gross_margin", 26.60, "%", TJ, H1), m("gross_margin_change", -2.2, "pp", TJ, H1, basis="yoy"),
    m("gross_margin", 29.21, "%", TJ, Q2), m("gross_margin_change", -2.30, "pp", TJ, Q2, basis="yoy"),
    m("operating_cash_flow", -1.845e9, "CNY", TJ, H1, basis="net"),
    m("operating_cash_flow", -2.99e8, "CNY", TJ, Q2, basis="net"),
    m("selling_expense_ratio|expense_ratio", 5.85, "%", TJ, H1),
    m("admin_expense_ratio|expense_ratio", 23.93, "%", TJ, H1),
    m("rd_expense_ratio|expense_ratio", 3.05, "%", TJ, H1),
    m("selling_expense_ratio_change|expense_ratio_change", 1.83, "pp", TJ, H1, basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", 4.13, "pp", TJ, H1, basis="yoy"),
    m("rd_expense_ratio_change|expense_ratio_change", 0.71, "pp", TJ, H1, basis="yoy"),
    m("selling_expense_ratio|expense_ratio", 10.16, "%", TJ, Q2),
    m("admin_expense_ratio|expense_ratio", 32.90, "%", TJ, Q2),
    m("rd_expense_ratio|expense_ratio", 5.26, "%", TJ, Q2),
    m("selling_expense_ratio_change|expense_ratio_change", 5.26, "pp", TJ, Q2, basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", 9.88, "pp", TJ, Q2, basis="yoy"),
    m("rd_expense_ratio_change|expense_ratio_change", 3.34, "pp", TJ, Q2, basis="yoy"),
    m("revenue_share", 43.76, "%", ENT, H1, basis="share of revenue"),
    m("revenue_share_change", 7.2, "pp", ENT, H1, basis="yoy"),
    m("revenue_share_change", -4.97, "pp", GOV, H1, basis="yoy"),
], [
    ra(ZS, TJ, "maintain", "buy", None, None, None, None),
])
