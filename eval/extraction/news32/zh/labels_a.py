# Hand labels for news32/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of shared/corpora/news-text/zh/README.md and of the earlier sets' zh/README.md (news30 /
# news31 "Conventions decided"), in particular: values fully scaled (亿元 / 万亿元 -> CNY; 亿美元 -> USD; 万平方米 ->
# square metres; 亿千瓦时 -> kWh); mainland 元 and bare 亿 in a mainland company story = CNY; declines negative (下降 /
# 回落 / 下滑 / 收窄 / 下跌); 个百分点 / pct / pcts = pp, bp as printed; 倍 (PE) = "x"; "持平" as a 0 pp change is optional;
# 近X / 接近X -> X; bounds (超过 / 突破 / 不到 / 不及 / 以上) optional unless they are the only figure printed for a core
# quantity; breadth counts (stocks up, limit-ups) optional; growth gaps in pp in a macro release optional; a rounded
# restatement (headline "降七成") optional; a repeated figure is one row; an earlier forecast replaced by a new one is the
# prior of the new row and an optional row of its own. Periods only where the text states or clearly implies the year:
# zh01 2022 (截至2022 年6 月末, 2022 年一季度); zh02 2025 (2025年前三季度, 2025-2027年 forecasts); zh05 2012 (2012年1月,
# dateline 2012-02-08); zh03 prints only "今年一季度" -> "Q1" (the corpus's "H1"-without-year rule applied to a quarter);
# zh04 ("国庆节后首个交易日") and zh06 ("4月份", "1-4月", "5月14日") print no year -> period None, day / month in basis.
# Stock codes are entity aliases only, never values.

# zh01: A-share bank's interim results in a broker's results review: 平安银行 (000001) 2022 first half (chaguwang.cn
# research-note page; the three "详析" paragraphs on the income statement, balance sheet and asset quality; cut before
# the investment-advice paragraph with its PB multiples and rating, to keep the key rows at 30). Periods: 上半年 ->
# 2022H1 (flows, ROE, NIM); "截至2022 年6 月末" -> 2022-06-30 (balances, asset-quality ratios). Key: revenue, attributable
# profit and their growth; ROE 12.20% and +1.46 pp; net interest income and growth; NIM 2.76% with the 21 年 level 2.83%
# as prior, its -7bp change vs 2021 and the -4bp qoq change vs 2022Q1 (环比回落); non-interest income, its +26.44 亿元
# absolute increase and +10.4%; fee income -7.7%; other non-interest income +50.2%; total assets / liabilities and their
# growth vs the previous year-end; loans / deposits and their growth vs the start of the year; corporate loans +11.8% yoy;
# NPL ratio 1.02%; provision coverage 290.06% and +0.96 pp; loan-provision ratio (拨贷比) 2.95% and +1bp. Judgement calls:
# the special-mention (关注类) and overdue (逾期) loan ratios with their bp changes vs end-Q1 are optional secondary
# asset-quality detail (keeps the key rows at 30; neither rewarded nor punished); the agency-fund income -29.3% is an
# optional sub-item of fee income; NPL "和一季度末持平" is an optional 0 pp row; the 2021 NIM level is also an optional
# row of its own. Not labelled: (1) / (2) / (3) list markers.
PA = "平安银行|Ping An Bank|000001.SZ|000001"
H1, E = "2022H1", "2022-06-30"
G["zh01"] = ([
    m("revenue|operating_revenue|operating_income", 9.2022e10, "CNY", PA, H1, basis="营业收入"),
    m("revenue_growth|operating_revenue_growth|operating_income_growth", 8.7, "%", PA, H1, basis="yoy"),
    m("net_profit|net_profit_attributable", 2.2088e10, "CNY", PA, H1, basis="归母净利润 (attributable)"),
    m("net_profit_growth|net_profit_attributable_growth", 25.6, "%", PA, H1, basis="yoy, attributable"),
    m("roe|return_on_equity|weighted_average_roe", 12.20, "%", PA, H1, basis="加权平均净资产收益率"),
    m("roe_change|return_on_equity_change", 1.46, "pp", PA, H1, basis="yoy, 上升"),
    m("net_interest_income", 6.4059e10, "CNY", PA, H1, basis="利息净收入"),
    m("net_interest_income_growth", 7.9, "%", PA, H1, basis="yoy"),
    m("net_interest_margin|nim", 2.76, "%", PA, H1, prior=2.83, basis="净息差; vs 2.83% in 21 年"),
    m("net_interest_margin|nim", 2.83, "%", PA, "FY2021", opt=True, basis="21 年 level"),
    m("net_interest_margin_change|nim_change", -7, "bp", PA, H1, basis="vs 2021 (21 年), 下降"),
    m("net_interest_margin_change|nim_change|nim_change_qoq", -4, "bp", PA, H1, basis="qoq vs 2022Q1 (环比回落)"),
    m("non_interest_income|net_non_interest_income", 2.7963e10, "CNY", PA, H1, basis="非利息净收入"),
    m("non_interest_income_change|net_non_interest_income_change", 2.644e9, "CNY", PA, H1, basis="yoy, 增加"),
    m("non_interest_income_growth|net_non_interest_income_growth", 10.4, "%", PA, H1, basis="yoy, 增幅"),
    m("net_fee_income_growth|net_fee_and_commission_income_growth|fee_income_growth", -7.7, "%", PA, H1,
      basis="手续费及佣金净收入, yoy (较上年同期), 下降"),
    m("agency_fund_income_growth|fund_distribution_income_growth|fee_income_growth", -29.3, "%", "代理基金|" + PA, H1,
      opt=True, basis="代理基金收入, yoy, 下降 (sub-item of fee income)"),
    m("other_non_interest_income_growth|other_income_growth", 50.2, "%", PA, H1, basis="其他非利息净收入, yoy"),
    m("total_assets", 5.108776e12, "CNY", PA, E, basis="总资产"),
    m("total_assets_growth", 3.8, "%", PA, E, basis="vs previous year-end (比上年末)"),
    m("loans|total_loans|loan_balance", 3.225095e12, "CNY", PA, E, basis="贷款余额"),
    m("loan_growth|total_loans_growth|loans_growth", 5.3, "%", PA, E, basis="vs start of year (相比年初)"),
    m("corporate_loan_growth|loan_growth", 11.8, "%", "对公贷款|corporate loans|" + PA, E, basis="yoy"),
    m("total_liabilities", 4.696678e12, "CNY", PA, E, basis="总负债"),
    m("total_liabilities_growth", 3.8, "%", PA, E, basis="vs previous year-end (比上年末)"),
    m("deposits|total_deposits|deposit_balance", 3.243241e12, "CNY", PA, E, basis="存款余额"),
    m("deposit_growth|total_deposits_growth|deposits_growth", 9.5, "%", PA, E, basis="vs start of year (相比年初)"),
    m("npl_ratio|non_performing_loan_ratio", 1.02, "%", PA, E, basis="不良贷款率"),
    m("npl_ratio_change|non_performing_loan_ratio_change", 0, "pp", PA, E, opt=True, basis="和一季度末持平"),
    m("special_mention_loan_ratio|watch_list_loan_ratio", 1.32, "%", PA, E, opt=True, basis="关注类贷款占比"),
    m("special_mention_loan_ratio_change|watch_list_loan_ratio_change", -9, "bp", PA, E, opt=True,
      basis="vs end-Q1 (比一季度末), 下降"),
    m("overdue_loan_ratio", 1.46, "%", PA, E, opt=True, basis="逾期贷款占比"),
    m("overdue_loan_ratio_change", -16, "bp", PA, E, opt=True, basis="vs end-Q1 (比一季度末), 下降"),
    m("provision_coverage_ratio|provision_coverage", 290.06, "%", PA, E, basis="拨备覆盖率"),
    m("provision_coverage_ratio_change|provision_coverage_change", 0.96, "pp", PA, E, basis="vs end-Q1 (较一季度末), 提高"),
    m("loan_provision_ratio|provision_to_loan_ratio|allowance_to_loan_ratio", 2.95, "%", PA, E, basis="拨贷比"),
    m("loan_provision_ratio_change|provision_to_loan_ratio_change|allowance_to_loan_ratio_change", 1, "bp", PA, E,
      basis="vs end-Q1 (比一季度末), 提高"),
], [])

# zh02: a broker's research note on a consumer company with multi-year 盈利预测 and 目标价 / 评级: 群益证券(香港) (analyst
# 顾向君) on 伊利股份 (600887), 证星研报解读 digest on stockstar (source line and time line "2025-11-03 14:30:43" kept; the
# trailing "接续下页" line left out). Periods: 2025年前三季度 -> 2025Q1-Q3; 第三季度 / 三季度 / Q3 -> 2025Q3; forecasts
# FY2025-FY2027. 亿 without 元 in this mainland company note = CNY. Key: the 32.0元 target (metric row besides the rating
# action); 9M and Q3 revenue and attributable profit with yoy changes; the dividend 0.48元 per share (分红方案, no period
# printed -> None); Q3 revenue and growth of 液体乳 / 奶粉及奶制品 / 冷饮 / 其他产品 (entity = the segment, with the
# company as alias); Q3 gross margin 33.9% and -1.1 pp; Q3 expense ratio 21.99% and -0.34 pp; net-profit forecasts
# 110.8亿 / 122.7亿 / 134.7亿 with the earlier forecasts 117亿 / 136.7亿 / 151.4 (printed without 亿, read as 亿 from the
# list) as priors; forecast growth 31% / 10.7% / 9.8%; forecast EPS 1.75 / 1.94 / 2.13元. Optional: the four expense-ratio
# component changes (销售 / 财务 down, 管理 / 研发 up; changes only, levels not printed), the earlier forecasts as rows of
# their own, the PE multiples at the current price (16 / 14 / 13倍) and the trailing dividend yield 6.2% (TTM). Key rows:
# 31 (one over the usual 30; the forecast block is the point of the passage). Rating: the lead says the target was cut to
# 32.0元 with 增持 given, the body ends "维持“买进”的投资建议" -> key action cut_target, overweight (the rating printed
# with the target in the lead), 32.0 CNY, no prior target printed; an optional cut_target with rating buy (买进) for an
# extractor that reads the body's rating. Not labelled: 双节 (holidays), the report title.
YL = "伊利股份|伊利|Yili|Inner Mongolia Yili|600887|600887.SH"
QY = "群益证券(香港)有限公司|群益证券(香港)|群益证券|群益|Capital Securities"
M9, Q3 = "2025Q1-Q3", "2025Q3"
SR, SG = "revenue|segment_revenue", "revenue_growth|segment_revenue_growth"
NPF, NPG = "net_profit_forecast|net_profit", "net_profit_growth_forecast|net_profit_growth"
G["zh02"] = ([
    m("target_price", 32.0, "CNY", YL, None, basis="群益证券(香港), 下调至"),
    m("revenue|operating_revenue", 9.056e10, "CNY", YL, M9, basis="营收"),
    m("revenue_growth|operating_revenue_growth", 1.7, "%", YL, M9, basis="yoy, 增"),
    m("net_profit|net_profit_attributable", 1.043e10, "CNY", YL, M9, basis="归母净利润"),
    m("net_profit_growth|net_profit_attributable_growth", -4.1, "%", YL, M9, basis="yoy, 下降"),
    m("revenue|operating_revenue", 2.863e10, "CNY", YL, Q3, basis="第三季度营收"),
    m("revenue_growth|operating_revenue_growth", -1.7, "%", YL, Q3, basis="yoy, 下降"),
    m("net_profit|net_profit_attributable", 3.23e9, "CNY", YL, Q3, basis="归母净利润"),
    m("net_profit_growth|net_profit_attributable_growth", -3.4, "%", YL, Q3, basis="yoy, 下降"),
    m("dividend_per_share|dividend|dps", 0.48, "CNY", YL, None, basis="分红方案, cash dividend per share"),
    m(SR, 1.882e10, "CNY", "液体乳|liquid milk|" + YL, Q3),
    m(SG, -8.8, "%", "液体乳|liquid milk|" + YL, Q3, basis="yoy, 下降"),
    m(SR, 7.68e9, "CNY", "奶粉及奶制品|milk powder and dairy products|奶粉|" + YL, Q3),
    m(SG, 12.7, "%", "奶粉及奶制品|milk powder and dairy products|奶粉|" + YL, Q3, basis="yoy, 增"),
    m(SR, 1.2e9, "CNY", "冷饮|ice cream|frozen products|" + YL, Q3, basis="收入"),
    m(SG, 17.4, "%", "冷饮|ice cream|frozen products|" + YL, Q3, basis="yoy, 增"),
    m(SR, 5.9e8, "CNY", "其他产品|other products|" + YL, Q3),
    m(SG, 219.4, "%", "其他产品|other products|" + YL, Q3, basis="yoy, 增"),
    m("gross_margin", 33.9, "%", YL, Q3, basis="Q3毛利率"),
    m("gross_margin_change", -1.1, "pp", YL, Q3, basis="yoy, 下降 1.1pcts"),
    m("expense_ratio|opex_ratio|period_expense_ratio", 21.99, "%", YL, Q3, basis="费用率"),
    m("expense_ratio_change|opex_ratio_change", -0.34, "pp", YL, Q3, basis="yoy, 下降 0.34pct"),
    m("selling_expense_ratio_change|expense_ratio_change", -0.73, "pp", YL, Q3, opt=True, basis="销售费用率, yoy, 下降"),
    m("financial_expense_ratio_change|expense_ratio_change", -0.17, "pp", YL, Q3, opt=True, basis="财务费用率, yoy, 下降"),
    m("admin_expense_ratio_change|expense_ratio_change", 0.44, "pp", YL, Q3, opt=True, basis="管理费用率, yoy, 上升"),
    m("rd_expense_ratio_change|expense_ratio_change", 0.12, "pp", YL, Q3, opt=True, basis="研发费用率, yoy, 上升"),
    m(NPF, 1.108e10, "CNY", YL, "FY2025", prior=1.17e10, basis="forecast, 下调 from 117亿"),
    m(NPF, 1.227e10, "CNY", YL, "FY2026", prior=1.367e10, basis="forecast, 下调 from 136.7亿"),
    m(NPF, 1.347e10, "CNY", YL, "FY2027", prior=1.514e10, basis="forecast, 下调 from 151.4 (亿 from the list)"),
    m(NPF, 1.17e10, "CNY", YL, "FY2025", opt=True, basis="原预测 (earlier forecast)"),
    m(NPF, 1.367e10, "CNY", YL, "FY2026", opt=True, basis="原预测 (earlier forecast)"),
    m(NPF, 1.514e10, "CNY", YL, "FY2027", opt=True, basis="原预测 151.4 (earlier forecast, 亿 not printed)"),
    m(NPG, 31, "%", YL, "FY2025", basis="forecast, yoy"),
    m(NPG, 10.7, "%", YL, "FY2026", basis="forecast, yoy"),
    m(NPG, 9.8, "%", YL, "FY2027", basis="forecast, yoy"),
    m("eps_forecast|eps", 1.75, "CNY", YL, "FY2025", basis="forecast"),
    m("eps_forecast|eps", 1.94, "CNY", YL, "FY2026", basis="forecast"),
    m("eps_forecast|eps", 2.13, "CNY", YL, "FY2027", basis="forecast"),
    m("pe_ratio|pe|valuation_multiple", 16, "x", YL, "FY2025", opt=True, basis="at the current price"),
    m("pe_ratio|pe|valuation_multiple", 14, "x", YL, "FY2026", opt=True, basis="at the current price"),
    m("pe_ratio|pe|valuation_multiple", 13, "x", YL, "FY2027", opt=True, basis="at the current price"),
    m("dividend_yield", 6.2, "%", YL, None, opt=True, basis="TTM"),
], [
    ra(QY, YL, "cut_target", "overweight", None, 32.0, None, "CNY"),
    ra(QY, YL, "cut_target", "buy", None, 32.0, None, "CNY", opt=True),
])

# zh03: 海关总署 trade data for the first quarter in a 央广网 story (dateline "央广网北京4月14日消息(记者丁飞)" kept; the
# trailing "(作者: 编辑:王会)" line left out). "今年一季度" with no year printed -> period "Q1". Values in 万亿元 / 亿元
# (人民币) -> CNY, 亿美元 -> USD. Key: total trade 6.75万亿元 and +9.4% (printed in the lead and the body: one row each);
# exports, imports and their growth; the surplus 3261.8亿元 and its 收窄21.8% (negative growth); trade growth with the
# EU, the US and ASEAN (分别 in order; entity = the partner); in US-dollar terms, exports to and imports from the US
# (+14.8% / +8.9%) and the surplus with the US 582.5亿美元 and +19.4% (扩大). Optional: 中西部 trade growth "高11.9个百分点"
# than the national rate (a growth gap in pp, secondary macro detail as in news31 zh03). Not labelled: 13号 / 4月14日
# (dates), 前三大 / 第二大 (ranks), the qualitative forecast for the first half.
CN = "中国|我国|全国|China"
P = "Q1"
US = "美国|United States|US|中美"
G["zh03"] = ([
    m("trade_value|total_trade|imports_and_exports", 6.75e12, "CNY", CN, P, basis="货物贸易进出口总值, 人民币"),
    m("trade_value_growth|total_trade_growth|trade_growth", 9.4, "%", CN, P, basis="yoy; lead and body"),
    m("exports", 3.54e12, "CNY", CN, P),
    m("exports_growth|export_growth", 7.4, "%", CN, P, basis="yoy"),
    m("imports", 3.21e12, "CNY", CN, P),
    m("imports_growth|import_growth", 11.7, "%", CN, P, basis="yoy"),
    m("trade_surplus|trade_balance", 3.2618e11, "CNY", CN, P),
    m("trade_surplus_growth|trade_balance_growth|trade_surplus_change", -21.8, "%", CN, P, basis="yoy, 收窄"),
    m("trade_value_growth|bilateral_trade_growth|trade_growth", 8.2, "%", "欧盟|EU|European Union", P, basis="yoy"),
    m("trade_value_growth|bilateral_trade_growth|trade_growth", 6.3, "%", US, P, basis="yoy"),
    m("trade_value_growth|bilateral_trade_growth|trade_growth", 13.7, "%", "东盟|ASEAN", P, basis="yoy"),
    m("exports_growth|export_growth", 14.8, "%", US, P, basis="exports to the US, yoy, in USD terms (以美元计价)"),
    m("imports_growth|import_growth", 8.9, "%", US, P, basis="imports from the US, yoy, in USD terms"),
    m("trade_surplus|trade_balance", 5.825e10, "USD", US, P, basis="surplus with the US, 以美元计价"),
    m("trade_surplus_growth|trade_balance_growth", 19.4, "%", US, P, basis="yoy, 扩大, USD terms"),
    m("growth_gap|trade_growth_gap", 11.9, "pp", "中西部|central and western regions", P, opt=True,
      basis="进出口增速比全国整体增速高"),
], [])

# zh04: A-share market close after the National Day holiday (A股成交额首破3万亿, headline kept as printed; no year or
# date printed -> period None, "国庆节后首个交易日" in basis). No index levels, no 上证指数 move and no northbound flows
# are printed in the stored story. Key: the % gains of 创业板指数, 北证50, 深证成指 and 科创50; the three-market turnover
# 近3.49万亿元 (近X -> X); the turnover increase "增加超过8000亿元", the 沪市 turnover "首次突破1.5万亿元" and the 深市 turnover
# "超过1.9万亿元" -- each printed only as a lower bound, the passage's only figure for that quantity -> key rng=(X, None)
# (news31 zh09's rule); 创业板 turnover "接近万亿元" -> 1e12 (近X -> X); the Hang Seng Index's -9.41%. Optional: the 3万亿
# threshold (headline 首破, body 突破 -> one optional bound), "多个行业板块的涨幅甚至超过10%" (a sector bound), the breadth
# counts "超过5000股上涨" and "涨停股数量超过800只". Not labelled: "最近16年来" (a horizon), 第二大 (a rank).
D = "国庆节后首个交易日"
MKT = "沪深北三市|A股|A-shares|沪深北|two markets"
TO = "turnover|trading_value|market_turnover"
G["zh04"] = ([
    m("index_change|index_change_pct", 17.25, "%", "创业板指数|创业板指|ChiNext|ChiNext Index", None, basis=D + ", 大涨, record"),
    m("index_change|index_change_pct", 24.71, "%", "北证50指数|北证50|BSE 50", None, basis=D + ", 大涨, record"),
    m("index_change|index_change_pct", 9.17, "%", "深证成指|深成指|Shenzhen Component|SZSE Component", None, basis=D + ", 大涨"),
    m("index_change|index_change_pct", 17.38, "%", "科创50指数|科创50|STAR 50", None, basis=D + ", 大涨"),
    m(TO, 3.49e12, "CNY", MKT, None, basis=D + ", 近3.49万亿元, record"),
    m(TO, None, "CNY", MKT, None, rng=(3e12, None), opt=True, basis="首次突破3万亿元 (headline 首破3万亿)"),
    m("turnover_change|trading_value_change", None, "CNY", MKT, None, rng=(8e11, None),
      basis="vs last trading day before the holiday, 增加超过8000亿元 (only figure printed)"),
    m(TO, None, "CNY", "沪市|上交所|Shanghai market|Shanghai", None, rng=(1.5e12, None),
      basis="首次突破1.5万亿元, record (only figure printed)"),
    m(TO, None, "CNY", "深市|深交所|Shenzhen market|Shenzhen", None, rng=(1.9e12, None),
      basis="超过1.9万亿元, record (only figure printed)"),
    m(TO, 1e12, "CNY", "创业板|ChiNext board|ChiNext", None, basis="接近万亿元"),
    m("index_change|index_change_pct", -9.41, "%", "恒生指数|恒指|Hang Seng Index|HSI", None, basis="收盘下跌"),
    m("sector_change|index_change", None, "%", "行业板块|sectors", None, rng=(10, None), opt=True,
      basis="多个行业板块的涨幅甚至超过10%"),
    m("advancing_stocks|stocks_up", None, "stocks", MKT, None, rng=(5000, None), opt=True, basis="breadth count"),
    m("limit_up_stocks|stocks_limit_up", None, "stocks", MKT, None, rng=(800, None), opt=True, basis="breadth count"),
], [])

# zh05: property developer's monthly sales: 保利地产 (600048) January 2012 (新华网 item citing 《每日经济新闻》 on fjsen.com;
# headline and "来源:新华网 2012-02-08" kept, the editor's name left out; the in-text sub-heading reworded; cut before the
# closing "此外" sentence on a subsidiary, where the stored text breaks off). Periods: 2012年1月 / 今年1月 -> 2012-01;
# 2011年1月份 / 去年1月 -> 2011-01; 12月 (去年12月, the 环比 base) -> 2011-12; 2011年1~12月 -> FY2011. Key: January
# contracted GFA 12.50万平方米 and -74.69% yoy, contracted sales 15.11亿元 and -69.35%; the January and December 2011 GFA
# and sales (依次 pairs in order); January's mom falls -75.94% (GFA) / -73.12% (sales); average prices 12088 / 9984 /
# 10818元/平方米 (CNY, per square metre in basis) with their months; FY2011 GFA 650.29万平方米 and sales 732.42亿元; the
# FY2011 monthly averages 54.19万平方米 / 61.04亿元. Optional: the share price in the bracket (收盘价10.13元, inline quote);
# the headline's "降七成" (-70%, a rounded restatement of -74.69%); "一降一升, 幅度在5%~10%左右" (FY2011 GFA fell and
# sales rose by 5-10%: ranges, the order read as GFA down, sales up); "不及 / 不到 … 四分之一" (January under a quarter
# of the monthly average: one optional bound) and "4倍以上" (the averages are over four times January's). Not labelled:
# "连续6个月" (a duration).
PL = "保利地产|保利|Poly Real Estate|Poly Developments|600048|600048.SH"
GFA, SAL = "contracted_gfa|contracted_sales_area|sales_area|gfa_sold", "contracted_sales|sales|sales_value"
GG, SG2 = "contracted_gfa_growth|sales_area_growth|gfa_growth", "contracted_sales_growth|sales_growth|sales_value_growth"
J12, J11, D11 = "2012-01", "2011-01", "2011-12"
ASP = "average_selling_price|asp|average_price"
G["zh05"] = ([
    m("share_price|price|close", 10.13, "CNY", PL, None, opt=True, basis="收盘价, inline quote"),
    m(GG, -70, "%", PL, J12, opt=True, basis="headline 同比降七成 (rounded restatement)"),
    m(GFA, 1.25e5, "square metres", PL, J12, basis="签约面积 12.50万平方米"),
    m(GG, -74.69, "%", PL, J12, basis="yoy, 下降"),
    m(SAL, 1.511e9, "CNY", PL, J12, basis="签约金额"),
    m(SG2, -69.35, "%", PL, J12, basis="yoy, 下降"),
    m(GFA, 4.938e5, "square metres", PL, J11),
    m(GFA, 5.196e5, "square metres", PL, D11),
    m(SAL, 4.93e9, "CNY", PL, J11),
    m(SAL, 5.621e9, "CNY", PL, D11),
    m(GG, -75.94, "%", PL, J12, basis="mom (环比) vs December 2011, 下滑"),
    m(SG2, -73.12, "%", PL, J12, basis="mom (环比) vs December 2011, 下滑"),
    m(ASP, 12088, "CNY", PL, J12, basis="per square metre, reporter's calculation"),
    m(ASP, 9984, "CNY", PL, J11, basis="per square metre"),
    m(ASP, 10818, "CNY", PL, D11, basis="per square metre"),
    m(GFA, 6.5029e6, "square metres", PL, "FY2011", basis="2011年1~12月"),
    m(SAL, 7.3242e10, "CNY", PL, "FY2011", basis="2011年1~12月"),
    m(GG, None, "%", PL, "FY2011", rng=(-10, -5), opt=True, basis="一降一升, 幅度在5%~10%左右 (GFA down)"),
    m(SG2, None, "%", PL, "FY2011", rng=(5, 10), opt=True, basis="一降一升, 幅度在5%~10%左右 (sales up)"),
    m("average_monthly_gfa|" + GFA, 5.419e5, "square metres", PL, "FY2011", basis="monthly average (简单算术平均)"),
    m("average_monthly_sales|" + SAL, 6.104e9, "CNY", PL, "FY2011", basis="monthly average (简单算术平均)"),
    m("ratio|share_of_average", None, "%", PL, J12, rng=(None, 25), opt=True,
      basis="January under a quarter (不及 / 不到四分之一) of the 2011 monthly average"),
    m("multiple|ratio", None, "x", PL, "FY2011", rng=(4, None), opt=True, basis="monthly averages 4倍以上 January's"),
], [])

# zh06: 国家能源局 electricity data: April consumption release (chinapower.com.cn copy; the whole short item). No year
# printed ("5月14日", "4月份", "1-4月") -> period None with the month / window in basis. 亿千瓦时 -> kWh (5217亿千瓦时 ->
# 5.217e11). Key: total consumption and yoy growth for April and for January-April cumulative, and the same pair for
# each of 第一产业 / 第二产业 / 第三产业 / 城乡居民生活用电 (entity = the sector). Not labelled: 5月14日 (release date).
CNE = "全社会|全国|中国|China"
EC, EG = "electricity_consumption|power_consumption", "electricity_consumption_growth|power_consumption_growth"
A, JA = "April (4月份)", "January-April cumulative (1-4月)"
S1 = "第一产业|primary industry"
S2 = "第二产业|secondary industry"
S3 = "第三产业|tertiary industry"
RS = "城乡居民生活用电|城乡居民生活|residential|urban and rural residents"
G["zh06"] = ([
    m(EC, 5.217e11, "kWh", CNE, None, basis=A),
    m(EG, 7.8, "%", CNE, None, basis=A + ", yoy"),
    m(EC, 5.5e9, "kWh", S1, None, basis=A),
    m(EG, 10.8, "%", S1, None, basis=A + ", yoy"),
    m(EC, 3.698e11, "kWh", S2, None, basis=A),
    m(EG, 7.2, "%", S2, None, basis=A + ", yoy"),
    m(EC, 7.77e10, "kWh", S3, None, basis=A),
    m(EG, 10.8, "%", S3, None, basis=A + ", yoy"),
    m(EC, 6.88e10, "kWh", RS, None, basis=A),
    m(EG, 7.8, "%", RS, None, basis=A + ", yoy"),
    m(EC, 2.1094e12, "kWh", CNE, None, basis=JA),
    m(EG, 9.3, "%", CNE, None, basis=JA + ", yoy"),
    m(EC, 2.05e10, "kWh", S1, None, basis=JA),
    m(EG, 11.0, "%", S1, None, basis=JA + ", yoy"),
    m(EC, 1.4252e12, "kWh", S2, None, basis=JA),
    m(EG, 6.9, "%", S2, None, basis=JA + ", yoy"),
    m(EC, 3.377e11, "kWh", S3, None, basis=JA),
    m(EG, 14.6, "%", S3, None, basis=JA + ", yoy"),
    m(EC, 3.26e11, "kWh", RS, None, basis=JA),
    m(EG, 15.0, "%", RS, None, basis=JA + ", yoy"),
], [])
