# Hand labels for news12/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Livzon (丽珠集团) FY2023 annual results brief (Zhitong Finance), Simplified, A share (人民币/元 = CNY);
# the year is stated ("2023年年度报告", "2023年度"); the 13.50元 dividend is per 10 shares, pre-tax, proposed;
# product-line revenue shares of group revenue are key "%" figures (revenue_share)
LZ = "丽珠集团|000513.SZ|000513|Livzon"
CHEM = "丽珠集团 化学制剂产品|化学制剂产品|chemical preparations"
API = "丽珠集团 原料药及中间体产品|原料药及中间体产品|APIs and intermediates"
Y23 = "FY2023"
G["zh01"] = ([
    m("revenue", 1.243e10, "CNY", LZ, Y23),
    m("revenue_growth", -1.58, "%", LZ, Y23, basis="yoy"),
    m("net_profit", 1.954e9, "CNY", LZ, Y23, basis="attributable"),
    m("net_profit_growth", 2.32, "%", LZ, Y23, basis="yoy, attributable"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 1.881e9, "CNY", LZ, Y23, basis="attributable, excluding non-recurring items"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 0.05, "%", LZ, Y23, basis="yoy, excluding non-recurring items"),
    m("eps", 2.1, "CNY", LZ, Y23, basis="basic"),
    m("dividend|dividend_per_share", 13.50, "CNY", LZ, Y23, basis="per 10 shares, pre-tax, proposed"),
    m("segment_revenue|revenue", 6.571e9, "CNY", CHEM, Y23),
    m("segment_revenue_growth|revenue_growth", -6.13, "%", CHEM, Y23, basis="yoy"),
    m("revenue_share", 52.86, "%", CHEM, Y23, basis="of group revenue"),
    m("segment_revenue|revenue", 3.253e9, "CNY", API, Y23),
    m("segment_revenue_growth|revenue_growth", 3.70, "%", API, Y23, basis="yoy"),
    m("revenue_share", 26.17, "%", API, Y23, basis="of group revenue"),
], [])

# zh02: Hong Kong broker-note digest (easyfang repost of a Sina-style "最被看好的十大港股" page, part 4), Simplified;
# body excerpt without the page title (the title names a Goldman target for HSBC that the excerpt does not discuss);
# inline quote tuples "(54.55, -0.30, -0.55%)" are optional (as the development corpus); the orphan tuple
# "(69.65, -2.30, -3.20%)" (a stripped stock link) is optional with no entity; 合理价值 = target price (initiation);
# Weimob's 19-21年 net-profit forecasts are printed without currency -> optional, unit CNY assumed (not stated);
# 大和 upgrade 持有 -> 跑赢大市 (hold -> outperform) with target 54 -> 57.9 HKD and the 7% target rise
PE_ = "电能实业|00006|Power Assets"
LZH = "丽珠医药|01513|Livzon"
WM = "微盟集团|微盟|02013|Weimob"
DW = "大和|Daiwa"; BOCOM = "交银国际|BOCOM International"; GF = "广发证券|GF Securities"
G["zh02"] = ([
    m("price|share_price", 54.55, "HKD", PE_, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.30, "HKD", PE_, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.55, "%", PE_, opt=True, basis="inline quote"),
    m("target_price", 57.9, "HKD", PE_, prior=54),
    m("target_price_change|target_change", 7, "%", PE_),
    m("price|share_price", 1.18, "HKD", BOCOM, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.05, "HKD", BOCOM, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -4.07, "%", BOCOM, opt=True, basis="inline quote"),
    m("price|share_price", 17.7, "HKD", LZH, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.60, "HKD", LZH, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -3.28, "%", LZH, opt=True, basis="inline quote"),
    m("target_price", 25.6, "HKD", LZH, prior=25.23),
    m("pe|pe_ratio|target_pe", 15, "x", LZH, "FY2020", basis="target valuation multiple"),
    m("revenue_forecast|revenue", 5.1e9, "CNY", LZH, "2019H1", basis="forecast"),
    m("revenue_growth_forecast|revenue_growth", 11, "%", LZH, "2019H1", basis="forecast, yoy"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 7, "%", LZH, "2019H1", basis="forecast, attributable, excluding non-recurring items"),
    m("price|share_price", 69.65, "HKD", None, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -2.30, "HKD", None, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -3.20, "%", None, opt=True, basis="inline quote"),
    m("price|share_price", 8.11, "HKD", GF, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.25, "HKD", GF, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -2.99, "%", GF, opt=True, basis="inline quote"),
    m("price|share_price", 3.74, "HKD", WM, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -0.31, "HKD", WM, opt=True, basis="inline quote"),
    m("price_change|share_price_change", -7.65, "%", WM, opt=True, basis="inline quote"),
    m("target_price|fair_value", 6.30, "HKD", WM, basis="合理价值"),
    m("net_profit_forecast|net_profit", 9.8e7, "CNY", WM, "FY2019", opt=True, basis="forecast, attributable; currency not stated"),
    m("net_profit_forecast|net_profit", 2.10e8, "CNY", WM, "FY2020", opt=True, basis="forecast, attributable; currency not stated"),
    m("net_profit_forecast|net_profit", 3.70e8, "CNY", WM, "FY2021", opt=True, basis="forecast, attributable; currency not stated"),
    m("ps|ps_ratio|target_ps", 15, "x", "微盟集团 SaaS业务|SaaS业务|SaaS business", "FY2019", basis="target valuation multiple"),
    m("pe|pe_ratio|target_pe", 20, "x", "微盟集团 营销业务|营销业务|marketing business", "FY2019", basis="target valuation multiple"),
    m("market_cap|fair_market_value", 1.27e10, "HKD", WM, basis="fair value"),
], [
    ra(DW, PE_, "upgrade", "outperform", "hold", 57.9, 54, "HKD"),
    ra(BOCOM, LZH, "raise_target", "buy", None, 25.6, 25.23, "HKD"),
    ra(GF, WM, "initiate", "buy", None, 6.30, None, "HKD"),
])

# zh03: Tianao Electronics (天奥电子) FY2023 preliminary results notice (业绩快报) with its "|" table, Simplified, A share
# (元 = CNY); 本报告期 = FY2023, 上年同期 = FY2022 (prior-year column labelled as its own rows, as news6-news11 label
# table prior columns); balance-sheet columns 本报告期末 = 2023-12-31 and 本报告期初 = 2022-12-31 (start of the year);
# excerpt: title, table and headings (the boilerplate statement, the 特别提示 and the prose section 二 are left out for length);
# the ROE change printed "-1.89%" is labelled in "%" as printed (news3 rule for changes printed with %);
# 股本 is share capital in CNY (key, a table row)
TA = "天奥电子|成都天奥电子股份有限公司|002935|Tianao Electronics"
Y23 = "FY2023"; Y22 = "FY2022"; E23 = "2023-12-31"; S23 = "2022-12-31"
G["zh03"] = ([
    m("revenue", 1108946847.33, "CNY", TA, Y23, basis="total operating revenue, preliminary"),
    m("revenue", 1210897386.83, "CNY", TA, Y22, basis="total operating revenue"),
    m("revenue_growth", -8.42, "%", TA, Y23, basis="yoy"),
    m("operating_profit", 92527991.84, "CNY", TA, Y23, basis="preliminary"),
    m("operating_profit", 116819105.68, "CNY", TA, Y22),
    m("operating_profit_growth", -20.79, "%", TA, Y23, basis="yoy"),
    m("pretax_profit|total_profit", 92672508.84, "CNY", TA, Y23, basis="preliminary"),
    m("pretax_profit|total_profit", 116908121.05, "CNY", TA, Y22),
    m("pretax_profit_growth|total_profit_growth", -20.73, "%", TA, Y23, basis="yoy"),
    m("net_profit", 87186400.72, "CNY", TA, Y23, basis="attributable, preliminary"),
    m("net_profit", 112499900.85, "CNY", TA, Y22, basis="attributable"),
    m("net_profit_growth", -22.50, "%", TA, Y23, basis="yoy, attributable"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 84495209.24, "CNY", TA, Y23, basis="attributable, excluding non-recurring items"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 107638909.66, "CNY", TA, Y22, basis="attributable, excluding non-recurring items"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", -21.50, "%", TA, Y23, basis="yoy, excluding non-recurring items"),
    m("eps", 0.2461, "CNY", TA, Y23, basis="basic"),
    m("eps", 0.3200, "CNY", TA, Y22, basis="basic"),
    m("eps_growth|eps_change", -23.09, "%", TA, Y23, basis="yoy"),
    m("roe", 5.72, "%", TA, Y23, basis="weighted average"),
    m("roe", 7.61, "%", TA, Y22, basis="weighted average"),
    m("roe_change", -1.89, "%", TA, Y23, basis="as printed"),
    m("total_assets", 2568568652.04, "CNY", TA, E23),
    m("total_assets", 2574137690.02, "CNY", TA, S23, basis="start of period"),
    m("total_assets_change|total_assets_growth", -0.22, "%", TA, E23, basis="vs start of period"),
    m("equity|shareholders_equity", 1552963909.40, "CNY", TA, E23, basis="attributable"),
    m("equity|shareholders_equity", 1501453669.07, "CNY", TA, S23, basis="attributable, start of period"),
    m("equity_change|equity_growth", 3.43, "%", TA, E23, basis="vs start of period"),
    m("share_capital", 357446752.00, "CNY", TA, E23),
    m("share_capital", 274959040.00, "CNY", TA, S23, basis="start of period"),
    m("share_capital_change", 30.00, "%", TA, E23, basis="vs start of period"),
    m("bvps|book_value_per_share", 4.34, "CNY", TA, E23, basis="attributable"),
    m("bvps|book_value_per_share", 5.46, "CNY", TA, S23, basis="attributable, start of period"),
    m("bvps_change", -20.51, "%", TA, E23, basis="vs start of period"),
], [])

# zh04: People's Daily Online report on Shanghai-market buybacks and shareholder purchases (cppjump repost), Simplified;
# the year is stated ("2024年以来"), so year-to-date counts carry 2024 and stocks at 8月28日 carry 2024-08-28;
# planned amount bands "407亿—736亿元", "2.5亿元至5亿元", "3亿-6亿元" are ranges; counts of new plans (单) are key in
# "plans", the 2023 full-year counts are key with period 2023; counts of live plans (家次) and "4单" are optional;
# "五十余家次" is an optional open range; company plan bands carry no period, completed amounts are as of 2024-08-28
SSE = "沪市|上海证券交易所|沪市公司|Shanghai market"
YL = "伊利股份|Yili"; AT = "安图生物|Autobio"; NS = "南山铝业|Nanshan Aluminium"
D = "2024-08-28"
G["zh04"] = ([
    m("new_plans|buyback_plans", 4, "plans", SSE, D, opt=True, basis="buyback and shareholding-increase plans added on the day"),
    m("buyback_plans|new_buyback_plans", 559, "plans", SSE, "2024", basis="new buyback plans, year to date"),
    m("shareholding_increase_plans|new_increase_plans", 352, "plans", SSE, "2024", basis="new shareholding-increase plans, year to date"),
    m("buyback_plans|new_buyback_plans", 271, "plans", SSE, "2023", basis="new buyback plans, full year"),
    m("shareholding_increase_plans|new_increase_plans", 134, "plans", SSE, "2023", basis="new shareholding-increase plans, full year"),
    m("buyback_plans|live_buyback_plans", 437, "plans", SSE, D, opt=True, basis="live buybacks, company-times"),
    m("buyback_amount|buyback", None, "CNY", SSE, D, rng=(4.07e10, 7.36e10), basis="planned, live buybacks"),
    m("buyback_amount|buyback", 3.07e10, "CNY", SSE, D, basis="cumulative, completed"),
    m("shareholding_increase_plans|live_increase_plans", 163, "plans", SSE, D, opt=True, basis="live shareholding increases, company-times"),
    m("shareholding_increase_amount|purchase_amount", None, "CNY", SSE, D, rng=(1.69e10, 2.9e10), basis="planned"),
    m("shareholding_increase_amount|purchase_amount", 8.7e9, "CNY", SSE, D, basis="cumulative, completed"),
    m("buyback_plans|cancellation_buyback_plans", None, "plans", SSE, D, rng=(50, None), opt=True, basis="live cancellation buybacks, 五十余"),
    m("buyback_amount|buyback", None, "CNY", SSE, D, rng=(7.8e9, 1.27e10), basis="planned, cancellation buybacks"),
    m("buyback_amount|buyback", 3.3e9, "CNY", SSE, D, basis="cumulative, completed, cancellation buybacks"),
    m("buyback_amount|buyback", None, "CNY", YL, None, rng=(1e9, 2e9), basis="planned, own funds, for cancellation"),
    m("buyback_amount|buyback", 1.53e8, "CNY", YL, D, basis="completed"),
    m("buyback_amount|buyback", None, "CNY", AT, None, rng=(2.5e8, 5e8), basis="planned, own funds, for cancellation"),
    m("buyback_amount|buyback", 2.9e8, "CNY", AT, D, basis="completed"),
    m("buyback_amount|buyback", None, "CNY", NS, None, rng=(3e8, 6e8), basis="planned, own funds, for cancellation"),
    m("buyback_amount|buyback", 1.1e8, "CNY", NS, D, basis="completed"),
], [])

# zh05: Morgan Stanley cuts Hong Kong banks (repost of a Hong Kong press item, 2019-10 by the address, no year in the text),
# Simplified with HK usage; "元" targets in a Hong Kong stock context = HKD; 与大市同步 -> equal-weight, 减持 -> underweight;
# HSBC and Hang Seng are downgrades (target recorded), the other three keep their ratings -> cut_target; the sector call
# "谨慎" is an industry view, kept as an optional rating action; "八间虚拟银行" is a count of banks, not labelled
MS = "摩根士丹利|大摩|Morgan Stanley"
HS = "汇控|汇丰|005|00005|HSBC"; HSB = "恒生银行|恒生|011|00011|Hang Seng Bank"
BOCHK = "中银香港|2388|02388|BOCHK"; SC = "渣打|渣打银行|2888|02888|Standard Chartered"; BEA = "东亚|东亚银行|023|00023|Bank of East Asia"
G["zh05"] = ([
    m("target_price", 51, "HKD", HS, prior=70),
    m("target_price", 140, "HKD", HSB, prior=175),
    m("target_price", 26, "HKD", BOCHK, prior=29),
    m("target_price", 52, "HKD", SC, prior=57),
    m("target_price", 15, "HKD", BEA, prior=19),
], [
    ra(MS, "香港银行业|港银|Hong Kong banks", "downgrade", "cautious", None, None, None, None, opt=True),
    ra(MS, HS, "downgrade", "underweight", "equal-weight", 51, 70, "HKD"),
    ra(MS, HSB, "downgrade", "underweight", "equal-weight", 140, 175, "HKD"),
    ra(MS, BOCHK, "cut_target", "equal-weight", None, 26, 29, "HKD"),
    ra(MS, SC, "cut_target", "underweight", None, 52, 57, "HKD"),
    ra(MS, BEA, "cut_target", "underweight", None, 15, 19, "HKD"),
])

# zh06: China Galaxy Securities macro morning note on August CPI/PPI (hstong repost), Simplified;
# the passage prints its dateline "2025-09-11", so "8月份" is 2025-08 and "7月末" 2025-07-31 (as news3 used a printed
# dateline); "前值X" is the previous month's reading -> prior; "由平转降至-0.4%" -> value -0.4, prior 0;
# CPI components are their own entities (price_change|cpi, as news4-news11); five-year seasonal averages are optional
# benchmarks; "降幅较上月扩大2.7个百分点" -> -2.7 pp; the larger drag "增加约0.51个百分点" -> contribution change -0.51 pp;
# "连续8个月" (a duration) is not labelled
CN = "中国|全国|China"
P = "2025-08"
FOOD = "食品|食品价格|food"; NONFOOD = "非食品|非食品价格|non-food"
G["zh06"] = ([
    m("cpi", 0, "%", CN, P, prior=0.4, basis="mom"),
    m("cpi", -0.4, "%", CN, P, prior=0, basis="yoy"),
    m("cpi_seasonal_average|cpi", 0.3, "%", CN, None, opt=True, basis="mom, five-year average for the month"),
    m("price_change|cpi", 0.5, "%", FOOD, P, prior=-0.2, basis="mom"),
    m("price_change|cpi", 1.1, "%", FOOD, None, opt=True, basis="mom, five-year average"),
    m("price_change|cpi", -4.3, "%", FOOD, P, basis="yoy"),
    m("price_change_change|cpi_change", -2.7, "pp", FOOD, P, basis="yoy decline widened vs previous month"),
    m("cpi_contribution", -0.51, "pp", FOOD, P, basis="change in drag on CPI yoy vs previous month, about"),
    m("price_change|cpi", -0.1, "%", NONFOOD, P, prior=0.5, basis="mom"),
    m("price_change|cpi", 0.1, "%", NONFOOD, None, opt=True, basis="mom, five-year average"),
    m("core_cpi|cpi", 0, "%", "核心CPI|core CPI", P, basis="mom"),
    m("core_cpi|cpi", 0.9, "%", "核心CPI|core CPI", P, basis="yoy"),
    m("ppi", 0, "%", CN, P, prior=-0.2, basis="mom"),
    m("ppi", -2.9, "%", CN, P, prior=-3.6, basis="yoy"),
    m("price_change|cpi", -0.5, "%", "猪肉|猪肉价格|pork", P, prior=0.9, basis="mom"),
    m("price_change|cpi", 4.1, "%", "猪肉|猪肉价格|pork", None, opt=True, basis="mom, five-year average"),
    m("price_change|cpi", 1.5, "%", "鸡蛋|鸡蛋价格|eggs", P, prior=-0.3, basis="mom"),
    m("price_change|cpi", 5.9, "%", "鸡蛋|鸡蛋价格|eggs", None, opt=True, basis="mom, five-year seasonal average"),
    m("laying_hen_inventory|inventory", 1.356e9, "hens", "全国在产蛋鸡|laying hens", "2025-07-31"),
], [])

# zh07: Minsheng Securities non-bank weekly digest (reportify summary with citation markers and " - " bullets), Simplified;
# "1H25" = 2025H1; weekly index, sector and stock moves carry no period (the week is not stated); the margin balance
# 21467.71亿元 is printed twice (one value row; its yoy and wow changes are separate rows); "年内" IPO underwriting is 2025
# (the report is dated 20250824 in its title); excerpt leaves out two qualitative bullets, the byline date and the
# insurance-news bullet for length; the industry call "推荐"
# (-> outperform) is an optional maintain with no company; money-market and bond yields "至X%" are levels in %
SUN = "阳光保险|Sunshine Insurance"
MKT = "A股|沪深两市|A-share market"
G["zh07"] = ([
    m("premium_income|total_premiums", 8.081e10, "CNY", SUN, "2025H1", basis="total premiums"),
    m("premium_income_growth|premium_growth", 5.7, "%", SUN, "2025H1", basis="yoy"),
    m("net_profit", 3.39e9, "CNY", SUN, "2025H1", basis="attributable"),
    m("net_profit_growth", 7.8, "%", SUN, "2025H1", basis="yoy, attributable"),
    m("embedded_value", 1.2849e11, "CNY", SUN, "2025H1"),
    m("embedded_value_growth|embedded_value_change", 11.0, "%", SUN, "2025H1", basis="vs end of previous year"),
    m("business_share|revenue_share", 68.6, "%", "阳光保险 人身险业务|人身险业务|life insurance business", "2025H1", basis="share of business"),
    m("new_business_value|nbv", 4.01e9, "CNY", SUN, "2025H1"),
    m("new_business_value_growth|nbv_growth", 47.3, "%", SUN, "2025H1", basis="yoy"),
    m("margin_balance|margin_financing", 2.146771e12, "CNY", MKT, basis="两融余额"),
    m("margin_balance_growth|margin_financing_growth", 53.62, "%", MKT, basis="yoy"),
    m("margin_balance_growth|margin_financing_growth", 4.07, "%", MKT, basis="week on week"),
    m("index_change", 3.49, "%", "上证综指|上证指数|Shanghai Composite", basis="weekly"),
    m("index_change", 4.57, "%", "深证成指|Shenzhen Component", basis="weekly"),
    m("index_change", 4.18, "%", "沪深300指数|沪深300|CSI 300", basis="weekly"),
    m("index_change", 5.85, "%", "创业板指数|创业板指|ChiNext", basis="weekly"),
    m("index_change|sector_change", 2.69, "%", "非银金融板块|非银金融|non-bank financials", basis="weekly"),
    m("index_change|sector_change", 3.12, "%", "证券Ⅱ|证券|brokers", basis="weekly"),
    m("index_change|sector_change", 1.36, "%", "保险Ⅱ|保险|insurers", basis="weekly"),
    m("index_change|sector_change", 4.18, "%", "多元金融|diversified financials", basis="weekly"),
    m("price_change|share_price_change", 4.27, "%", "国泰海通|Guotai Haitong", basis="weekly"),
    m("price_change|share_price_change", 3.54, "%", "中信证券|CITIC Securities", basis="weekly"),
    m("price_change|share_price_change", 2.72, "%", "中国太保|CPIC", basis="weekly"),
    m("price_change|share_price_change", 1.37, "%", "中国人寿|China Life", basis="weekly"),
    m("turnover|average_daily_turnover", 2.50e12, "CNY", MKT, basis="daily average"),
    m("average_daily_turnover_growth|turnover_growth", 23.84, "%", MKT, basis="week on week"),
    m("average_daily_turnover_growth|turnover_growth", 355.41, "%", MKT, basis="yoy"),
    m("ipo_underwriting|underwriting_amount", 5.9244e10, "CNY", MKT, "2025", basis="IPO underwriting, year to date"),
    m("refinancing_underwriting|underwriting_amount", 8.21754e11, "CNY", MKT, "2025", basis="refinancing underwriting, year to date"),
    m("pledged_market_value|stock_pledge_value", 2.996032e12, "CNY", MKT, basis="total market value of pledged shares"),
    m("pledged_market_value_change|stock_pledge_value_change", 3.21, "%", MKT, basis="week on week"),
    m("net_injection|liquidity_injection", 1.27e12, "CNY", "中国人民银行|央行|PBOC", basis="net money injection, weekly"),
    m("interest_rate|repo_rate", 1.45, "%", "R001"),
    m("interest_rate|repo_rate", 1.48, "%", "R007"),
    m("bond_yield|yield", 1.38, "%", "1年期国债|1-year government bond"),
    m("bond_yield|yield", 1.78, "%", "10年期国债|10-year government bond"),
    m("bond_yield|yield", 2.08, "%", "30年期国债|30-year government bond"),
], [
    ra("民生证券|Minsheng Securities", "非银行业|非银金融|non-bank financials", "maintain", "outperform", None, None, None, None, opt=True),
])

# zh08: Gelonghui brief on Zoomlion H shares and a Citi target raise (chaguwang repost), Simplified, dated 2023-09-26 in
# the passage; the day's move, close and market value are dated 2023-09-26; "近15%" month-to-date gain is key (近X -> X);
# target 5 -> 5.4 HKD with the 8% rise; earnings-forecast raises of 20% and 14% for FY2023 and FY2024 are key
ZL = "中联重科|1157.HK|01157|Zoomlion"
CITI = "花旗|Citi"
D = "2023-09-26"
G["zh08"] = ([
    m("price_change|share_price_change", 3.6, "%", ZL, D),
    m("price|share_price", 4.27, "HKD", ZL, D, basis="last"),
    m("price_change|share_price_change", 15, "%", ZL, "2023-09", basis="month to date, 近"),
    m("market_cap", 3.71e10, "HKD", ZL, D),
    m("target_price", 5.4, "HKD", ZL, prior=5),
    m("target_price_change|target_change", 8, "%", ZL),
    m("earnings_forecast_change|net_profit_forecast_change", 20, "%", ZL, "FY2023"),
    m("earnings_forecast_change|net_profit_forecast_change", 14, "%", ZL, "FY2024"),
], [
    ra(CITI, ZL, "raise_target", "buy", None, 5.4, 5, "HKD"),
])
