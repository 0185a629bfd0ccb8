# Hand labels for news19/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 = CNY. No year is taken from outside the text; a trading day or a
# month printed without a year has period None (news17). Labels were written from the texts alone (no extractor run,
# no extractor output seen, no extractor code read).

# zh01: Sina F10 profit-forecast (业绩预告) page of 宜通世纪 (300310), the FY2023 notice (公告日期 2024-01-30, 报告期
# 2023-12-31, 预增). The forecast range 4600万元至6000万元 is a range (rng, value None) with period FY2023, basis
# forecast, attributable; the change 132.77%至203.61% is a range of growth. The recovered entrusted loan 7,141.05万元 is
# the explanation of the rise -> optional. The forecast non-recurring impact 约7,800.00万元 is key (the notice's own
# estimate for the year; 约X -> X). "上年同期每股收益 0.0200" is key: EPS of the prior year, period FY2022 (implied by
# the 2023 notice's 上年同期). The notice / period dates are not metrics.
YT = "宜通世纪|300310|Etone|Yitong Century"
G["zh01"] = ([
    m("net_profit_forecast|net_profit", None, "CNY", YT, "FY2023", rng=(4.6e7, 6.0e7), basis="forecast, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", None, "%", YT, "FY2023", rng=(132.77, 203.61),
      basis="forecast, yoy, attributable"),
    m("loan_recovered|impairment_reversal", 7.14105e7, "CNY", YT, "FY2023", opt=True,
      basis="entrusted bank loan recovered, previously fully impaired"),
    m("non_recurring_gains|non_recurring_items", 7.8e7, "CNY", YT, "FY2023", basis="forecast impact on net profit, 约"),
    m("eps", 0.02, "CNY", YT, "FY2022", basis="上年同期"),
], [])

# zh02: reportify digest of a Minsheng Securities (民生证券) note on 明阳电气 (301291) after its 2025 Q3 report, dated
# 2025-10-31. 维持"推荐" -> maintain outperform (推荐 = outperform, news5/news6). 前三季度 -> 2025Q1-Q3, 第三季度单季 ->
# 2025Q3. Margin levels in %, their moves in pp with sign from 下降/增长; 环比 moves carry basis qoq. Impairment
# charges (约8006万元 / 约5940万元) are detail of the results -> optional. Forecasts 2025-2027 (营业收入, 归母净利润, and
# their growth rates) are key rows with basis forecast; the growth forecasts for net profit are printed twice (in the
# opening summary and in the forecast section) -> one row each. No target price.
MY = "明阳电气|301291|Mingyang Electric"
MS = "民生证券|Minsheng Securities"
Q13, Q3 = "2025Q1-Q3", "2025Q3"
ATT = "attributable"
G["zh02"] = ([
    m("revenue", 5.2e9, "CNY", MY, Q13), m("revenue_growth", 27.14, "%", MY, Q13, basis="yoy"),
    m("net_profit", 4.68e8, "CNY", MY, Q13, basis=ATT), m("net_profit_growth", 7.31, "%", MY, Q13, basis="yoy, " + ATT),
    m("revenue", 1.726e9, "CNY", MY, Q3), m("revenue_growth", 6.69, "%", MY, Q3, basis="yoy"),
    m("revenue_growth", -20.45, "%", MY, Q3, basis="qoq"),
    m("net_profit", 1.61e8, "CNY", MY, Q3, basis=ATT), m("net_profit_growth", -14.9, "%", MY, Q3, basis="yoy, " + ATT),
    m("net_profit_growth", -17.0, "%", MY, Q3, basis="qoq, " + ATT),
    m("credit_impairment|impairment_loss", 8.006e7, "CNY", MY, Q13, opt=True, basis="credit impairment charge, 约"),
    m("asset_impairment|impairment_loss", 5.94e7, "CNY", MY, Q13, opt=True, basis="asset impairment charge, 约"),
    m("gross_margin", 21.99, "%", MY, Q13), m("gross_margin_change", -1.06, "pp", MY, Q13, basis="yoy"),
    m("net_margin", 8.99, "%", MY, Q13), m("net_margin_change", -1.66, "pp", MY, Q13, basis="yoy"),
    m("gross_margin", 24.01, "%", MY, Q3), m("gross_margin_change", 1.28, "pp", MY, Q3, basis="yoy"),
    m("gross_margin_change", 3.5, "pp", MY, Q3, basis="qoq"),
    m("net_margin", 9.34, "%", MY, Q3), m("net_margin_change", -2.37, "pp", MY, Q3, basis="yoy"),
    m("net_margin_change", 0.39, "pp", MY, Q3, basis="qoq"),
    m("revenue_forecast|revenue", 8.32e9, "CNY", MY, "FY2025", basis="forecast, 民生证券"),
    m("revenue_forecast|revenue", 1.022e10, "CNY", MY, "FY2026", basis="forecast, 民生证券"),
    m("revenue_forecast|revenue", 1.182e10, "CNY", MY, "FY2027", basis="forecast, 民生证券"),
    m("revenue_growth_forecast|revenue_growth", 29, "%", MY, "FY2025", basis="forecast, yoy"),
    m("revenue_growth_forecast|revenue_growth", 23, "%", MY, "FY2026", basis="forecast, yoy"),
    m("revenue_growth_forecast|revenue_growth", 16, "%", MY, "FY2027", basis="forecast, yoy"),
    m("net_profit_forecast|net_profit", 7.9e8, "CNY", MY, "FY2025", basis="forecast, attributable, 民生证券"),
    m("net_profit_forecast|net_profit", 1.04e9, "CNY", MY, "FY2026", basis="forecast, attributable, 民生证券"),
    m("net_profit_forecast|net_profit", 1.28e9, "CNY", MY, "FY2027", basis="forecast, attributable, 民生证券"),
    m("net_profit_growth_forecast|net_profit_growth", 19, "%", MY, "FY2025", basis="forecast, yoy, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", 32, "%", MY, "FY2026", basis="forecast, yoy, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", 23, "%", MY, "FY2027", basis="forecast, yoy, attributable"),
], [
    ra(MS, MY, "maintain", "outperform", None, None, None, None),
])

# zh03: A-share close (gangyiku 快讯), 10月28日 with no year printed -> period None throughout. Index moves in % (跌 ->
# negative); the headline's 收跌0.22% is the same figure as the body's -> one row. Two-market turnover 约21478.6亿元 and
# its fall of 1923亿元 vs the previous day are key. Advancing / declining / limit-up / limit-down counts are key (exact
# counts of the whole market). Optional: the intraday high 4010.73点 (intraday), the unnamed 军工龙头's turnover
# 突破150亿元 (bound, unnamed entity), copper and zinc's 单日跌幅超3% (bound). The 4000点 round number is not a metric.
SH = "上证指数|沪指|上证综指|Shanghai Composite"
A = "沪深两市|A股|A-shares"
MKT = "全市场|A股|A-shares"
G["zh03"] = ([
    m("index_change", -0.22, "%", SH, basis="close"),
    m("index_change", -0.44, "%", "深证成指|深成指|Shenzhen Component", basis="close"),
    m("index_change", -0.15, "%", "创业板指|ChiNext", basis="close"),
    m("index_change", -1.2, "%", "北证50|BSE 50", basis="close"),
    m("turnover", 2.14786e12, "CNY", A, basis="约"),
    m("turnover_change", -1.923e11, "CNY", A, basis="vs previous trading day"),
    m("advancing_stocks|advancers", 2366, "stocks", MKT),
    m("declining_stocks|decliners", 2908, "stocks", MKT),
    m("limit_up_stocks|stocks_limit_up", 71, "stocks", MKT),
    m("limit_down_stocks|stocks_limit_down", 10, "stocks", MKT),
    m("index_level", 4010.73, "points", SH, opt=True, basis="intraday high, near-ten-year high"),
    m("turnover", None, "CNY", "某军工龙头|military-industry leader", rng=(1.5e10, None), opt=True, basis="突破"),
    m("price_change", None, "%", "铜、锌|copper, zinc", rng=(None, -3), opt=True, basis="单日跌幅超"),
], [])

# zh04: China Economic Herald (中国经济导报) report of the September 2022 CPI (dated 10月14日; the text prints "2022年9月
# 份" -> period 2022-09; 1~9月 -> 2022-01..09). Metric names as news11 (cpi for the whole / urban / rural index,
# price_change|cpi for components). 非食品价格持平 (mom) -> value 0, optional (no numeral printed). Carry-over (翘尾)
# and new-price contributions 约0.8 / 约2.0个百分点 are key pp rows. Core CPI 0.6% and its 0.2 pp slowdown (回落 ->
# negative) are key.
CN = "全国|全国居民消费价格|CPI|China"
P, YTD = "2022-09", "2022-01..09"
G["zh04"] = ([
    m("cpi", 2.8, "%", CN, P, basis="yoy"),
    m("cpi", 2.7, "%", "城市|urban", P, basis="yoy"),
    m("cpi", 3.1, "%", "农村|rural", P, basis="yoy"),
    m("price_change|cpi", 8.8, "%", "食品|食品价格|food", P, basis="yoy"),
    m("price_change|cpi", 1.5, "%", "非食品|非食品价格|non-food", P, basis="yoy"),
    m("price_change|cpi", 4.3, "%", "消费品|消费品价格|consumer goods", P, basis="yoy"),
    m("price_change|cpi", 0.5, "%", "服务|服务价格|services", P, basis="yoy"),
    m("cpi", 2.0, "%", CN, YTD, basis="yoy, Jan-Sep average"),
    m("cpi", 0.3, "%", CN, P, basis="mom"),
    m("cpi", 0.3, "%", "城市|urban", P, basis="mom"),
    m("cpi", 0.4, "%", "农村|rural", P, basis="mom"),
    m("price_change|cpi", 1.9, "%", "食品|食品价格|food", P, basis="mom"),
    m("price_change|cpi", 0, "%", "非食品|非食品价格|non-food", P, opt=True, basis="mom, 持平"),
    m("price_change|cpi", 0.6, "%", "消费品|消费品价格|consumer goods", P, basis="mom"),
    m("price_change|cpi", -0.1, "%", "服务|服务价格|services", P, basis="mom"),
    m("carryover_effect|cpi_contribution", 0.8, "pp", CN, P, basis="翘尾 contribution to yoy CPI, 约"),
    m("new_price_effect|cpi_contribution", 2.0, "pp", CN, P, basis="新涨价 contribution to yoy CPI, 约"),
    m("core_cpi", 0.6, "%", "核心CPI|core CPI", P, basis="yoy, excluding food and energy"),
    m("core_cpi_change", -0.2, "pp", "核心CPI|core CPI", P, basis="vs previous month, 回落"),
], [])

# zh05: statistics-bureau release on retail sales, January-February 2018 (y.tt repost); period 2018-01..02 for every
# row (cumulative two months). Headline growth printed in the title and body (9.7%) -> one row. Key: total retail
# sales and growth, above-quota retail sales, catering and goods retail, above-quota goods retail, online retail
# sales, physical-goods online sales, and their share of total retail sales (14.9%). Optional (secondary breakdowns,
# development corpus): urban / rural split and the food / clothing / daily-use growth of physical online sales.
# 商品零售 grows 9.7% like the total -> its own row (different entity).
CN5 = "全国|社会消费品零售总额|China"
P5 = "2018-01..02"
RS, RG = "retail_sales|total_retail_sales", "retail_sales_growth"
G["zh05"] = ([
    m(RS, 6.1082e12, "CNY", CN5, P5),
    m(RG, 9.7, "%", CN5, P5, basis="yoy, nominal"),
    m(RS, 2.3242e12, "CNY", "限额以上单位|above-quota units", P5),
    m(RG, 8.3, "%", "限额以上单位|above-quota units", P5, basis="yoy"),
    m(RS, 5.2046e12, "CNY", "城镇|urban", P5, opt=True),
    m(RG, 9.6, "%", "城镇|urban", P5, opt=True, basis="yoy"),
    m(RS, 9.036e11, "CNY", "乡村|rural", P5, opt=True),
    m(RG, 10.7, "%", "乡村|rural", P5, opt=True, basis="yoy"),
    m("catering_revenue|retail_sales", 6.613e11, "CNY", "餐饮收入|餐饮|catering", P5),
    m("catering_revenue_growth|retail_sales_growth", 10.1, "%", "餐饮收入|餐饮|catering", P5, basis="yoy"),
    m(RS, 5.4469e12, "CNY", "商品零售|goods retail", P5),
    m(RG, 9.7, "%", "商品零售|goods retail", P5, basis="yoy"),
    m(RS, 2.1762e12, "CNY", "限额以上单位商品零售|above-quota goods retail", P5),
    m(RG, 8.4, "%", "限额以上单位商品零售|above-quota goods retail", P5, basis="yoy"),
    m("online_retail_sales|retail_sales", 1.2271e12, "CNY", "网上零售额|全国网上零售|online retail", P5),
    m("online_retail_sales_growth|retail_sales_growth", 37.3, "%", "网上零售额|全国网上零售|online retail", P5, basis="yoy"),
    m("online_retail_sales|retail_sales", 9.073e11, "CNY", "实物商品网上零售额|physical goods online", P5),
    m("online_retail_sales_growth|retail_sales_growth", 35.6, "%", "实物商品网上零售额|physical goods online", P5,
      basis="yoy"),
    m("online_share|share_of_retail_sales", 14.9, "%", "实物商品网上零售额|physical goods online", P5,
      basis="share of total retail sales"),
    m("online_retail_sales_growth|retail_sales_growth", 57.3, "%", "吃类商品|food goods online", P5, opt=True, basis="yoy"),
    m("online_retail_sales_growth|retail_sales_growth", 36.8, "%", "穿类商品|clothing goods online", P5, opt=True, basis="yoy"),
    m("online_retail_sales_growth|retail_sales_growth", 33.1, "%", "用类商品|daily-use goods online", P5, opt=True, basis="yoy"),
], [])

# zh06: Xinhua (新华网, dateline 8月30日) on Shanghai-listed companies' aggregate 2009 interim results (peoplepinpai
# repost). The text prints 2009 -> H1 rows 2009H1, second-quarter rows 2009Q2, month-end stocks 2009-06-30. The three
# H1 declines (下降9.12%、13.49%和18.19%) belong to net profit, EPS and ROE in turn; ROE's is a relative % change, as
# printed. Q2 changes vs 2008Q2 are yoy, vs 2009Q1 qoq. Revenue (营业收入42142亿元) sits in the 6月末 sentence but is
# a half-year flow -> 2009H1. The 191 loss-makers are key; their increase of 81 and the 867 companies are optional.
SSE = "沪市上市公司|沪市|沪市公司|SSE-listed companies"
H, Q2, E = "2009H1", "2009Q2", "2009-06-30"
G["zh06"] = ([
    m("company_count|companies", 867, "companies", SSE, H, opt=True),
    m("net_profit", 4.369e11, "CNY", SSE, H, basis="attributable, aggregate"),
    m("eps", 0.204, "CNY", SSE, H, basis="aggregate"),
    m("roe", 6.88, "%", SSE, H, basis="aggregate"),
    m("net_profit_growth", -9.12, "%", SSE, H, basis="yoy, attributable"),
    m("eps_growth", -13.49, "%", SSE, H, basis="yoy"),
    m("roe_change|roe_growth", -18.19, "%", SSE, H, basis="yoy, relative change"),
    m("net_profit", 2.525e11, "CNY", SSE, Q2, basis="attributable, aggregate"),
    m("eps", 0.1179, "CNY", SSE, Q2, basis="aggregate"),
    m("net_profit_growth", 5.43, "%", SSE, Q2, basis="yoy, vs 2008Q2"),
    m("eps_growth", 0.35, "%", SSE, Q2, basis="yoy, vs 2008Q2"),
    m("net_profit_growth", 36.96, "%", SSE, Q2, basis="qoq, vs 2009Q1"),
    m("eps_growth", 33.52, "%", SSE, Q2, basis="qoq, vs 2009Q1"),
    m("loss_making_companies|companies", 191, "companies", SSE, H),
    m("loss_making_companies_change|companies", 81, "companies", SSE, H, opt=True, basis="vs 2008H1"),
    m("net_assets|equity", 6.3487e12, "CNY", SSE, E),
    m("net_assets_growth|equity_growth", 11.05, "%", SSE, E, basis="yoy"),
    m("revenue", 4.2142e12, "CNY", SSE, H),
    m("revenue_growth", -7.08, "%", SSE, H, basis="yoy"),
    m("bvps|net_assets_per_share", 2.96, "CNY", SSE, E),
    m("bvps_growth|net_assets_per_share_growth", 5.87, "%", SSE, E, basis="yoy"),
    m("operating_cash_flow", 4.716e11, "CNY", SSE, H, basis="net"),
    m("operating_cash_flow_growth", -29, "%", SSE, H, basis="yoy"),
    m("operating_cash_flow_per_share", 0.22, "CNY", SSE, H),
    m("operating_cash_flow_per_share_growth", -33, "%", SSE, H, basis="yoy"),
], [])
