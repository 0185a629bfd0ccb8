# Hand labels for news15/zh passages zh01-zh06 (batch a), written from the texts alone. Loaded by
# build_labels.py (m, ra, G provided). Mainland context: 元 / unmarked 亿 = CNY. No year is taken from outside the text.

# zh01: Sinotruk (中国重汽, A share) announcement of its 2024 profit-distribution plan, reportify summary with " - "
# bullets and citation markers, Simplified. "2024年度" -> FY2024; "2024年末" -> 2024-12-31; "2024年半年度" -> 2024H1.
# The FY2024 cash-dividend total 8.14亿元 is printed twice (plan section and history line) -> one row. The history line
# "2023年度5.40亿元，2022年度0.96亿元" gives earlier years' totals -> rows of their own (news11/news12 choice for
# year-earlier columns), not a prior on the 2024 row. Dividend per 10 shares labelled as printed (news3/news14 zh07).
# The 30% floor is a regulatory threshold (optional, open range as "不低于"); the zero buyback-cancellation total and
# the share count are optional. Dates of the board meetings and the notice number "2025-24" are not labelled.
ZZ = "中国重汽|Sinotruk|China National Heavy Duty Truck"
FY = "FY2024"
G["zh01"] = ([
    m("net_profit", 1.869e9, "CNY", ZZ, FY, basis="consolidated"),
    m("net_profit", 1.480e9, "CNY", ZZ, FY, basis="attributable to owners of the parent"),
    m("share_capital|total_shares", 1.175e9, "shares", ZZ, "2024-12-31", opt=True),
    m("dividend|dividend_per_share", 6.92, "CNY", ZZ, FY, basis="per 10 shares, pre-tax, proposed, excluding repurchased shares"),
    m("total_dividend|total_cash_dividend", 8.14e8, "CNY", ZZ, FY, basis="full-year cumulative cash dividend"),
    m("payout_ratio|dividend_payout_ratio", 55, "%", ZZ, FY, basis="of attributable net profit"),
    m("total_dividend|interim_dividend", 3.40e8, "CNY", ZZ, "2024H1", basis="interim, already distributed"),
    m("total_dividend|total_cash_dividend", 5.40e8, "CNY", ZZ, "FY2023"),
    m("total_dividend|total_cash_dividend", 9.6e7, "CNY", ZZ, "FY2022"),
    m("payout_ratio|cumulative_payout_requirement", None, "%", ZZ, None, rng=(30, None), opt=True,
      basis="three-year cumulative cash dividend vs average annual net profit, regulatory floor"),
    m("buyback_amount|share_cancellation", 0, "CNY", ZZ, None, opt=True, basis="cumulative repurchase-and-cancellation, last three years"),
], [])

# zh02: Sinolink Securities (国金证券) initiation on Intretech (盈趣科技, 002925), reportify summary, Simplified, A share
# (元 = CNY). Initiation with buy and a target -> initiate, target 21.22 (no prior). The target's 30x 2026 PE is key
# (FY2026, unit "x"). The 2025 private placement (定增8亿元) is key. The option-plan revenue hurdles "不低于" are the
# plan's own figures -> open ranges, key (as news13's buyback caps; not hedges on a reported figure). PMI's market share
# (超70%, bound), IQOS users and net adds (a customer's product), the Malaysian base's automation rate (超90%), Cricut's
# users and the 1702 e-bike models are incidental context -> optional. The Malaysian base's revenue "约10亿元" names
# no year -> no period, key (约 -> value). The report date and time are not labelled.
YQ = "盈趣科技|002925|Intretech"
GJ = "国金证券|Sinolink Securities|Sinolink"
MY = "马来西亚基地|盈趣科技马来西亚基地|Malaysia base"
G["zh02"] = ([
    m("target_price", 21.22, "CNY", YQ),
    m("target_pe|pe|valuation_multiple", 30, "x", YQ, "FY2026", basis="P/E on 2026 earnings behind the target"),
    m("private_placement|placement_amount|funds_raised", 8e8, "CNY", YQ, "2025"),
    m("revenue_target|revenue", None, "CNY", YQ, "FY2025-FY2027", rng=(1.7136e10, None), basis="option-plan hurdle, cumulative"),
    m("revenue_target|revenue", None, "CNY", YQ, "FY2025", rng=(5.355e9, None), basis="option-plan hurdle"),
    m("market_share", None, "%", "PMI|Philip Morris International", None, rng=(70, None), opt=True, basis="global HNB market"),
    m("users|user_count", 3.22e7, "people", "IQOS|PMI", "2024", opt=True),
    m("users_change|net_additions", 3.4e6, "people", "IQOS|PMI", "2024", opt=True, basis="net additions"),
    m("automation_rate", None, "%", MY, None, rng=(90, None), opt=True),
    m("revenue", 1e9, "CNY", MY, None, basis="annual, 约"),
    m("users|active_users", 5.9e6, "people", "Cricut", None, opt=True, basis="active users"),
    m("models|product_count", 1702, "models", "博世|Bosch", None, opt=True, basis="e-bike models in Bosch system supply chain"),
], [
    ra(GJ, YQ, "initiate", "buy", None, 21.22, None, "CNY"),
])

# zh03: Xinhua report of the NBS September CPI/PPI release (xmnhj repost), Simplified. The dateline "10月13日" prints
# no year -> no period on any row (basis notes "September"). "同比由涨转平" gives no printed figure -> not labelled.
# Changes against the previous month's rate are pp rows of their own (news8/news12): a widened decline is negative
# ("降幅扩大1.5个百分点" -> -1.5 pp), a narrowed decline positive, a rise that widened positive, "回落" negative.
# "涨幅与上月相同" / "降幅均有扩大" / "涨幅均有回落" carry no figure -> not labelled. CPI components are their own
# entities (price_change|cpi, as news4-news14); item moves are key (news8 zh07). 核心CPI is its own entity (news12).
CN = "中国|全国|China"
FOOD = "食品|食品价格|food"; NONFOOD = "非食品|非食品价格|non-food"
PORK = "猪肉|猪肉价格|pork"; VEG = "鲜菜|鲜菜价格|fresh vegetables"
ICG = "工业消费品|工业消费品价格|industrial consumer goods"; GAS = "汽油|汽油价格|gasoline"
SVC = "服务|服务价格|services"
S = "September"
G["zh03"] = ([
    m("cpi", 0.2, "%", CN, None, basis="mom, " + S),
    m("cpi_change", -0.1, "pp", CN, None, basis="mom rate vs previous month, " + S),
    m("price_change|cpi", -3.2, "%", FOOD, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", -1.5, "pp", FOOD, None, basis="yoy decline widened vs previous month"),
    m("price_change|cpi", -22, "%", PORK, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", -4.1, "pp", PORK, None, basis="yoy decline widened vs previous month"),
    m("price_change|cpi", -6.4, "%", VEG, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", -3.1, "pp", VEG, None, basis="yoy decline widened vs previous month"),
    m("price_change|cpi", -5.1, "%", "羊肉|羊肉价格|mutton", None, basis="yoy, " + S),
    m("price_change|cpi", -3.1, "%", "食用油|食用油价格|edible oil", None, basis="yoy, " + S),
    m("price_change|cpi", -1.5, "%", "水产品|水产品价格|aquatic products", None, basis="yoy, " + S),
    m("price_change|cpi", -0.3, "%", "鲜果|鲜果价格|fresh fruit", None, basis="yoy, " + S),
    m("price_change|cpi", 0.7, "%", NONFOOD, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", 0.2, "pp", NONFOOD, None, basis="yoy rise widened vs previous month"),
    m("price_change|cpi", -0.3, "%", ICG, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", 0.5, "pp", ICG, None, basis="yoy decline narrowed vs previous month"),
    m("price_change|cpi", -1.2, "%", GAS, None, basis="yoy, " + S),
    m("price_change_change|cpi_change", 3.4, "pp", GAS, None, basis="yoy decline narrowed vs previous month"),
    m("price_change|cpi", 1.3, "%", SVC, None, basis="yoy, " + S),
    m("price_change|cpi", 14, "%", "飞机票|飞机票价格|air tickets", None, basis="yoy, " + S),
    m("price_change|cpi", 12.3, "%", "旅游|旅游价格|tourism", None, basis="yoy, " + S),
    m("price_change|cpi", 10.4, "%", "宾馆住宿|宾馆住宿价格|hotel accommodation", None, basis="yoy, " + S),
    m("price_change|cpi", 1.8, "%", "教育服务|教育服务价格|education services", None, basis="yoy, " + S),
    m("core_cpi|cpi", 0.8, "%", "核心CPI|core CPI", None, basis="yoy, excluding food and energy, " + S),
    m("ppi", -2.5, "%", CN, None, basis="yoy, " + S),
    m("ppi_change", 0.5, "pp", CN, None, basis="yoy decline narrowed vs previous month"),
    m("ppi", 0.4, "%", CN, None, basis="mom, " + S),
    m("ppi_change", 0.2, "pp", CN, None, basis="mom rise widened vs previous month"),
], [])

# zh04: Xinhua flash on the monthly LPR fixing, unchanged (reposted on a mirror site), Simplified. Dateline "5月20日" with no year ->
# no period. Both LPR tenors "仍为" / "均较上一期保持不变" -> the prior is stated (the same level), recorded as prior;
# the 1-year 3.45% printed twice -> one row. The MLF operation on "本月15日": amount and rate key, its rate "与前次持平"
# -> prior 2.5. No rate change in bp is printed -> none labelled.
PBOC = "中国人民银行|人民银行|央行|PBOC|中国|China"
G["zh04"] = ([
    m("lpr_1y|loan_prime_rate|lpr", 3.45, "%", PBOC, None, prior=3.45, basis="1-year LPR, unchanged"),
    m("lpr_5y|loan_prime_rate|lpr", 3.95, "%", PBOC, None, prior=3.95, basis="5-year-plus LPR, unchanged"),
    m("mlf_amount|mlf_operation|liquidity_injection", 1.25e11, "CNY", PBOC, None, basis="medium-term lending facility operation"),
    m("mlf_rate|policy_rate|rate", 2.5, "%", PBOC, None, prior=2.5, basis="MLF winning bid rate, unchanged"),
], [])

# zh05: Economic Daily (经济日报) A-share close on the last trading day of May, Simplified. Dateline "5月31日" prints no
# year -> no period. The open 2822.59 is also the day's low (one optional row); the intraday high is optional. The lead's
# "创业板指数涨幅高达近5%" restates the body's 4.92% approximately -> optional (近X -> X). "重返2900点与万点整数位" are round
# thresholds, not labelled. Sector bounds (逾6%, 超过2%) and the total turnover "超过6300亿元" are optional open ranges; the
# counts of falling and limit-up stocks (10余只, 近百只) are optional. Per-exchange turnover (沪市, 深市) key in CNY.
# Goldman's inclusion probability "由此前的50%上调至70%" -> value 70, prior 50 (a forecast probability, key).
SH = "上证综指|沪指|上证指数|Shanghai Composite"
SZC = "深证成指|深成指|Shenzhen Component"
CYB = "创业板指数|创业板指|ChiNext"
G["zh05"] = ([
    m("index_level", 2822.59, "points", SH, None, opt=True, basis="open, also intraday low"),
    m("index_level", 2917.03, "points", SH, None, opt=True, basis="intraday high"),
    m("index_level", 2916.62, "points", SH, None, basis="close"),
    m("index_change", 94.17, "points", SH), m("index_change", 3.34, "%", SH),
    m("index_level", 10159.93, "points", SZC, None, basis="close"),
    m("index_change", 391.09, "points", SZC), m("index_change", 4, "%", SZC),
    m("index_change", 4.92, "%", CYB), m("index_level", 2159.80, "points", CYB, None, basis="close"),
    m("index_change", 5, "%", CYB, None, opt=True, basis="lead, 近5%"),
    m("sector_change|index_change", None, "%", "计算机、非银金融|computers and non-bank financials", None, rng=(6, None), opt=True,
      basis="Shenwan level-1 sectors, 逾"),
    m("sector_change|index_change", None, "%", "银行、家用电器、房地产|banks, home appliances and real estate", None, rng=(2, None), opt=True,
      basis="超过"),
    m("declining_stocks|stocks_down", 10, "stocks", "沪深两市|A-shares", None, opt=True, basis="10余只"),
    m("limit_up_stocks|stocks_limit_up", 100, "stocks", "沪深两市|A-shares", None, opt=True, basis="近百只, excluding ST"),
    m("turnover|market_turnover", 2.365e11, "CNY", "沪市|上海|Shanghai market"),
    m("turnover|market_turnover", 3.95e11, "CNY", "深市|深圳|Shenzhen market"),
    m("turnover|market_turnover", None, "CNY", "沪深两市|A-shares", None, rng=(6.3e11, None), opt=True, basis="total, 超过"),
    m("inclusion_probability|probability", 70, "%", "A股|MSCI纳入A股|A-share MSCI inclusion", None, prior=50,
      basis="Goldman Sachs estimate of MSCI inclusion"),
], [])

# zh06: Highlander (海兰信, A share) board-resolution announcement on buying 海兰寰宇 with shares and cash plus a
# matching placement, reportify summary, Simplified; amounts in 万元 scaled to CNY. Excerpt leaves out the approval and
# compliance bullets for length. The deal price and the appraised value are the same figure 105,062.06万元 but two
# metrics (consideration; valuation at 2025-03-31) -> two rows. The placement "不超过70,000.00万元" is a cap -> open range
# (None, 7e8), key (news13 caps). The issue price floor "不低于该均价的80%", "不超过35名" investors and the 17
# counterparties are optional. "由0.01元降至-0.004元" -> value -0.004, prior 0.01 (pro forma EPS); "2025年1-3月" ->
# 2025Q1. The target's shares of the buyer's assets, net assets and revenue are key (entity the target).
HLX = "海兰信|Highlander"
HY = "海兰寰宇|Hailan Huanyu"
G["zh06"] = ([
    m("stake_acquired|stake", 100, "%", HY, basis="equity acquired by 海兰信"),
    m("deal_value|consideration", 1.0506206e9, "CNY", HY, basis="total transaction price"),
    m("share_consideration|consideration", 7.006206e8, "CNY", HY, basis="paid in new shares"),
    m("cash_consideration|consideration", 3.5e8, "CNY", HY, basis="paid in cash"),
    m("placement_amount|private_placement|funds_raised", None, "CNY", HLX, None, rng=(None, 7e8), basis="matching funds, cap"),
    m("placement_investors", None, "investors", HLX, None, rng=(None, 35), opt=True),
    m("valuation|appraised_value", 1.0506206e9, "CNY", HY, "2025-03-31", basis="income approach"),
    m("share_price|average_price", 8.42, "CNY", HLX, None, basis="20-day average before the pricing date"),
    m("issue_price|offer_price", 6.74, "CNY", HLX, None, basis="per share, for the asset purchase"),
    m("issue_price_floor", 80, "%", HLX, None, opt=True, basis="of the 20-day average, minimum"),
    m("counterparties", 17, "counterparties", HLX, None, opt=True),
    m("shares_issued|new_shares", 103949634, "shares", HLX, None, basis="to the counterparties"),
    m("shareholding|stake", 12.61, "%", HLX, None, basis="new shares as share of post-deal total"),
    m("net_profit", 2.13916e7, "CNY", HY, "FY2024"),
    m("net_profit", -3.23e6, "CNY", HLX, "FY2024", basis="pro forma consolidated"),
    m("eps", -0.004, "CNY", HLX, "FY2024", prior=0.01, basis="basic, pro forma after the deal"),
    m("eps", 0.04, "CNY", HLX, "2025Q1", prior=0.05, basis="basic, pro forma after the deal"),
    m("asset_ratio|ratio", 43.04, "%", HY, "FY2024", basis="total assets as share of 海兰信's"),
    m("net_asset_ratio|ratio", 61.50, "%", HY, "FY2024", basis="net assets as share of 海兰信's"),
    m("revenue_ratio|ratio", 67.80, "%", HY, "FY2024", basis="revenue as share of 海兰信's"),
], [])
