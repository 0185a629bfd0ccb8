# Hand labels for news22/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY; 万股 scaled to shares. 基点 = bp, pct / 百分点 = pp.
# No year is taken from outside the text (URLs and page metadata are never used): a period written without a year
# ("5月15日", "7 月", "1-7 月") has period None with the months or day in `basis` (news16/news17/news20/news21). A figure
# printed twice in the same sense (headline and body, prose and table, "当期累计" equal to the year's own figure) is one
# row. Labels were written from the texts alone (no extractor run, no extractor output seen, no extractor code read).

# zh01: 平安银行 2021 annual report (results news, dateline "3月9日晚间", no year; the year comes from "2021 年" in the
# text). The headline line was composed for the passage and prints no figure. 利润总额 is pre-tax profit (its own
# metric); 净利润 the net profit. 招商银行 / 兴业银行 figures are from their preliminary results (业绩预报, "预计"), labelled
# key with basis "preliminary"; "去年" there and "截至去年底" are 2021 / 2021-12-31 because the passage is about the 2021
# reports (clearly implied by "披露2021年年报或业绩数据"). Funding cost, deposit cost, loan yield and NIM are levels in %
# with yoy changes in bp (同比下降 -> negative); "净息差同比下降 9 个基点至2.79%" is a level 2.79 % and a change -9 bp (the
# earlier level is not printed, so no prior). "接近5万亿元大关" restates 4.92万亿元 as a round threshold -> optional (近X = X).
# "未超过20%" (2014-2020 growth cap) and "八成以上" (share of banks with double-digit growth) are optional bounds.
# "八年", "七个年度", "20余家", "九年新高", "2012年以来" are durations / counts / ranks, not labelled. Stock codes are not metrics.
PA = "平安银行|Ping An Bank|PAB"
CMB = "招商银行|招行|600036|China Merchants Bank|CMB"
CIB = "兴业银行|601166|Industrial Bank|CIB"
FY, YE = "2021", "2021-12-31"
PRE = "preliminary (业绩预报), 预计"
G["zh01"] = ([
    m("revenue|operating_income|operating_revenue", 1.6938e11, "CNY", PA, FY),
    m("revenue_growth|operating_income_growth|operating_revenue_growth", 10.3, "%", PA, FY, basis="yoy"),
    m("total_profit|profit_before_tax|pretax_profit", 4.587e10, "CNY", PA, FY, basis="利润总额"),
    m("total_profit_growth|profit_before_tax_growth|pretax_profit_growth", 24.8, "%", PA, FY, basis="yoy, 利润总额"),
    m("net_profit", 3.6336e10, "CNY", PA, FY),
    m("net_profit_growth", 25.6, "%", PA, FY, basis="yoy; highest in eight years"),
    m("net_profit_growth", None, "%", PA, "2014..2020", rng=(None, 20), opt=True, basis="每年均未超过20%"),
    m("share_of_banks|proportion", None, "%", "A股上市银行|listed A-share banks", FY, rng=(80, None), opt=True,
      basis="八成以上 of 20余家 reporting banks with double-digit net profit growth"),
    m("revenue|operating_income|operating_revenue", 3.3123e11, "CNY", CMB, FY, basis=PRE),
    m("net_profit", 1.19922e11, "CNY", CMB, FY, basis=PRE),
    m("net_profit_growth", 23.2, "%", CMB, FY, basis="yoy, " + PRE),
    m("revenue|operating_income|operating_revenue", 2.2123e11, "CNY", CIB, FY, basis=PRE),
    m("revenue_growth|operating_income_growth|operating_revenue_growth", 8.91, "%", CIB, FY, basis="yoy, " + PRE),
    m("net_profit", 8.268e10, "CNY", CIB, FY, basis=PRE),
    m("net_profit_growth", 24.1, "%", CIB, FY, basis="yoy, " + PRE),
    m("cost_of_liabilities|average_cost_of_liabilities|funding_cost", 2.21, "%", PA, FY, basis="负债平均成本率"),
    m("cost_of_liabilities_change|average_cost_of_liabilities_change|funding_cost_change", -11, "bp", PA, FY,
      basis="yoy"),
    m("cost_of_deposits|average_deposit_cost|deposit_cost", 2.04, "%", PA, FY, basis="存款平均成本率"),
    m("cost_of_deposits_change|average_deposit_cost_change|deposit_cost_change", -19, "bp", PA, FY, basis="yoy"),
    m("loan_yield|average_loan_yield", 6.23, "%", PA, FY, basis="贷款平均收益率"),
    m("loan_yield_change|average_loan_yield_change", -42, "bp", PA, FY, basis="yoy"),
    m("net_interest_margin|nim", 2.79, "%", PA, FY),
    m("net_interest_margin_change|nim_change", -9, "bp", PA, FY, basis="yoy"),
    m("total_assets", 4.92e12, "CNY", PA, YE, basis="截至去年底"),
    m("total_assets_growth", 10.1, "%", PA, YE, basis="yoy"),
    m("total_assets", 5e12, "CNY", PA, YE, opt=True, basis="接近5万亿元大关 (round threshold)"),
    m("non_interest_income|net_non_interest_income", 4.904e10, "CNY", PA, FY, basis="非利息净收入"),
    m("non_interest_income_growth|net_non_interest_income_growth", 22.4, "%", PA, FY, basis="yoy"),
], [])

# zh02: 证券日报 story (dongshiju.com repost) on brokers' views of 贵州茅台 after two announcements; dates "5月7日",
# "5月8日", "昨日", no year -> period None. Headline "31家券商…中金将目标价上调至1250元" and the "(原标题:…)" line repeat
# the body's 31 and 1250 -> same rows. Target prices are metric rows of the company (news21 zh02) with the broker in
# basis: 中金公司 1250元 (raised; the earlier target is not printed) and 招商证券 835元 (lowest target). The close 884.4元
# (5月8日 = 昨日) is key. Upside 41.34% and downside 5.59% (跌幅 -> negative) to target are optional (news12 / news19:
# target upside is incidental); the 415元 gap between highest and lowest target is derived -> optional. "跌破900元大关"
# (a round threshold, 5月7日) and "开盘大跌逾3%" (intraday bound) are optional; "31家券商" is a broker count -> optional.
# Rating actions: 中金 "将目标价上调至1250元" -> raise_target; its rating is not printed (the 31 brokers' ratings are listed
# only as a group: 强烈推荐/推荐/买入/增持), so rating None. 招商证券's 835元 target is stated without any change word and
# without a rating -> "maintain", rating None, optional (the action is not certain from the text).
MT = "贵州茅台|贵州茅台酒股份有限公司|茅台|600519|Kweichow Moutai|Moutai"
CICC = "中金公司|中金|CICC|China International Capital Corporation"
CMS = "招商证券|China Merchants Securities|CMS"
G["zh02"] = ([
    m("share_price|close|closing_price", 884.4, "CNY", MT, None, basis="close, 5月8日 (昨日)"),
    m("target_price", 1250, "CNY", MT, None, basis="中金公司 (CICC), raised; highest target"),
    m("target_price", 835, "CNY", MT, None, basis="招商证券, lowest target"),
    m("target_upside|upside", 41.34, "%", MT, None, opt=True, basis="CICC target vs close 884.4元"),
    m("target_downside|upside", -5.59, "%", MT, None, opt=True, basis="招商证券 target vs close, 跌幅"),
    m("target_price_spread|target_range", 415, "CNY", MT, None, opt=True, basis="highest minus lowest target"),
    m("share_price|close", None, "CNY", MT, None, rng=(None, 900), opt=True, basis="5月7日, 跌破900元大关"),
    m("price_change|share_price_change", None, "%", MT, None, rng=(None, -3), opt=True,
      basis="5月8日 at the open, 大跌逾3% (intraday)"),
    m("broker_count|analyst_count", 31, "brokers", MT, None, opt=True, basis="brokers keeping positive ratings"),
], [
    ra(CICC, MT, "raise_target", None, None, 1250, None, "CNY"),
    ra(CMS, MT, "maintain", None, None, 835, None, "CNY", opt=True),
])

# zh03: Mysteel copy of the statistics bureau's retail-sales release (headline "国家统计局:…1-3月…同比增长4.7%"), prose
# followed by the release table headed "20243月份社会消费品零售总额主要数据" (printed run-together, kept as published).
# The table title prints the year: 3月份 = 2024-03, 1—3月份 = 2024-01..03 for the prose and the table alike (judgement
# call, README). 亿元 -> CNY. Headline 4.7% = the body's 1—3月 growth (one row). Figures printed both in the prose and
# in the table are one row each; the table alone adds 限额以上单位消费品零售额 and 限额以上单位餐饮收入 (key). Breakdowns by
# location (城镇/乡村), consumption type (商品零售/餐饮收入), retail format (超市…百货店) and online category (吃/穿/用类)
# own their figures (entity = segment) and are key (named categories with exact figures, as named industries in
# news21 zh04). 百货店 "下降2.4%" -> -2.4. "占…比重为23.3%" is a share (%). "-" cells are not figures.
CN = "全国|中国|China"
M3, Q1 = "2024-03", "2024-01..03"
RS = "retail_sales|total_retail_sales|retail_sales_of_consumer_goods"
RSG = "retail_sales_growth|total_retail_sales_growth|retail_sales_of_consumer_goods_growth"
EXA = "除汽车以外的消费品零售额|excluding automobiles|ex-auto"
ABV = "限额以上单位|above-designated-size units|above-quota enterprises"
URB, RUR = "城镇|urban", "乡村|rural"
GDS, CAT = "商品零售|goods retail|goods", "餐饮收入|catering|catering revenue"
CATA = "限额以上单位餐饮收入|catering of above-designated-size units|above-quota catering"
ONL = "online_retail_sales|online_sales"
PHY = "实物商品网上零售额|physical goods online|online sales of physical goods"
Y = "yoy"


def rs(seg, lvl, g, per):
    return [m(RS, lvl, "CNY", seg, per), m(RSG, g, "%", seg, per, basis=Y)]


FMT = "yoy, 限额以上零售业单位 (above-designated-size retail units), by retail format"
G["zh03"] = (
    rs(CN, 3.902e12, 3.1, M3) + rs(EXA, 3.4968e12, 3.9, M3) + rs(ABV, 1.5535e12, 2.6, M3)
    + rs(URB, 3.3843e12, 3.0, M3) + rs(RUR, 5.177e11, 3.8, M3)
    + rs(GDS, 3.5056e12, 2.7, M3) + rs(CAT, 3.964e11, 6.9, M3) + rs(CATA, 1.174e11, 3.2, M3)
    + rs(CN, 1.20327e13, 4.7, Q1) + rs(EXA, 1.09163e13, 4.7, Q1) + rs(ABV, 4.5451e12, 5.2, Q1)
    + rs(URB, 1.0428e13, 4.6, Q1) + rs(RUR, 1.6047e12, 5.2, Q1)
    + rs(GDS, 1.06882e13, 4.0, Q1) + rs(CAT, 1.3445e12, 10.8, Q1) + rs(CATA, 3.551e11, 9.2, Q1)
    + [
        m(RSG, 2.2, "%", "超市|supermarkets", Q1, basis=FMT),
        m(RSG, 5.2, "%", "便利店|convenience stores", Q1, basis=FMT),
        m(RSG, 6.3, "%", "专业店|specialty stores", Q1, basis=FMT),
        m(RSG, 1.1, "%", "品牌专卖店|brand stores|exclusive stores", Q1, basis=FMT),
        m(RSG, -2.4, "%", "百货店|department stores", Q1, basis=FMT),
        m(ONL, 3.3082e12, "CNY", "全国网上零售额|" + CN, Q1, basis="网上零售额 (online retail sales)"),
        m(ONL + "_growth|online_retail_sales_growth", 12.4, "%", "全国网上零售额|" + CN, Q1, basis=Y),
        m(ONL, 2.8053e12, "CNY", PHY, Q1),
        m(ONL + "_growth|online_retail_sales_growth", 11.6, "%", PHY, Q1, basis=Y),
        m("share_of_retail_sales|online_share|penetration_rate", 23.3, "%", PHY, Q1,
          basis="share of total retail sales of consumer goods"),
        m("online_retail_sales_growth", 21.1, "%", "吃类商品|food", Q1, basis=Y + ", physical goods online"),
        m("online_retail_sales_growth", 12.1, "%", "穿类商品|clothing", Q1, basis=Y + ", physical goods online"),
        m("online_retail_sales_growth", 9.7, "%", "用类商品|daily-use goods|articles of daily use", Q1,
          basis=Y + ", physical goods online"),
    ],
    [],
)

# zh04: 产业在线 (ChinaIOL) household air-conditioner data for 7 月, in a finance digest (itbear.com.cn); no year printed ->
# period None, months in basis ("July (7月)", "Jan-Jul (1-7月年累计)"; the first "年累计" is the same year-to-date). The
# headline line was composed and prints no figure. Slash lists ("美的/格力同比-14.5%/-20.6%") give one row per brand;
# signs as printed ("+"/"-"). Industry rows (entity 家用空调 / the industry): total production and total sales growth,
# domestic (内销) and export (外销) sales growth. Brand rows: domestic / export sales-volume growth (%) and the yoy change
# of the brand's sales-volume share in that market ("份额同比+2.5/+0.2pct" -> pp). All key (named companies' exact
# figures are the point of the passage): 8 industry rows + 26 growth rows + 26 share-change rows. The risk note has no
# figure.
IND = "家用空调|household air conditioners|空调行业|air-conditioner industry"
BR = {"美的": "美的|美的集团|Midea", "格力": "格力|格力电器|Gree", "奥克斯": "奥克斯|AUX", "海信": "海信|Hisense",
      "TCL": "TCL|TCL空调", "长虹": "长虹|Changhong", "海尔": "海尔|Haier"}
JUL, YTD4 = "July (7月)", "Jan-Jul (1-7月年累计)"
DSG = "domestic_sales_growth|sales_growth|sales_volume_growth"
XSG = "export_sales_growth|export_growth|sales_growth|sales_volume_growth"
DSH = "domestic_market_share_change|market_share_change|sales_share_change"
XSH = "export_market_share_change|market_share_change|sales_share_change"


def brands(metric, unit, per, pairs, what):
    return [m(metric, v, unit, BR[b], None, basis=f"yoy, {per}, {what}") for b, v in pairs]


G["zh04"] = (
    [
        m("production_growth|output_growth", -2, "%", IND, None, basis="yoy, " + JUL + ", total production"),
        m("sales_growth|sales_volume_growth", -2.6, "%", IND, None, basis="yoy, " + JUL + ", total sales"),
        m(DSG, -21.3, "%", IND, None, basis="yoy, " + JUL + ", 内销"),
        m(XSG, 42.7, "%", IND, None, basis="yoy, " + JUL + ", 外销"),
        m("production_growth|output_growth", 13.1, "%", IND, None, basis="yoy, " + YTD4 + ", total production"),
        m("sales_growth|sales_volume_growth", 12.9, "%", IND, None, basis="yoy, " + YTD4 + ", total sales"),
        m(DSG, 0.8, "%", IND, None, basis="yoy, " + YTD4 + ", 内销"),
        m(XSG, 31.4, "%", IND, None, basis="yoy, " + YTD4 + ", 外销"),
    ]
    + brands(DSG, "%", JUL, [("美的", -14.5), ("格力", -20.6), ("奥克斯", -25), ("海信", -33.3), ("TCL", -44.4),
                             ("长虹", -16.7)], "内销 sales growth")
    + brands(XSG, "%", JUL, [("美的", 31.4), ("格力", 29.9), ("TCL", 53.3), ("奥克斯", 74.4), ("海信", 41.6),
                             ("海尔", 85.2), ("长虹", 137.5)], "外销 sales growth")
    + brands(DSG, "%", YTD4, [("美的", -4.4), ("格力", -6.1), ("奥克斯", 18.3), ("海信", 3.2), ("TCL", 7.2),
                              ("长虹", 19.7)], "内销 sales growth")
    + brands(XSG, "%", YTD4, [("美的", 31.8), ("格力", 12.3), ("TCL", 50.2), ("奥克斯", 44.2), ("海信", 35.5),
                              ("海尔", 40.8), ("长虹", 42)], "外销 sales growth")
    + brands(DSH, "pp", JUL, [("美的", 2.5), ("格力", 0.2), ("奥克斯", -0.4), ("海信", -0.8), ("TCL", -1.1),
                              ("长虹", 0.3)], "内销 sales-share change")
    + brands(XSH, "pp", JUL, [("美的", -2.2), ("格力", -1.4), ("TCL", 1.2), ("奥克斯", 2), ("海信", -0.1),
                              ("海尔", 1.7), ("长虹", 2.2)], "外销 sales-share change")
    + brands(DSH, "pp", YTD4, [("美的", -1.6), ("格力", -1.9), ("奥克斯", 1.3), ("海信", 0.1), ("TCL", 0.3),
                               ("长虹", 0.9)], "内销 sales-share change")
    + brands(XSH, "pp", YTD4, [("美的", 0.1), ("格力", -2.3), ("TCL", 2), ("奥克斯", 1), ("海信", 0.3),
                               ("海尔", 0.4), ("长虹", 0.3)], "外销 sales-share change"),
    [],
)

# zh05: A-share close with northbound flows and a ChiNext ETF paragraph (caijingnews.net repost; "昨日(5月15日)", no year
# -> period None, "5月15日" in basis). The headline line was composed and prints no figure. Index moves in %, the
# Shanghai level in points (the other two indices' levels are not printed). "收复3300点关口" is a round threshold ->
# optional level. Turnover 9383亿元 is the combined two-market figure; "较上个交易日放量902亿元" is a turnover change
# (+, CNY). Northbound net buying (total, 沪股通, 深股通) is key, CNY. The ETF (创业板ETF, 159915) owns its move, close
# price (2.234元) and turnover; its two-day "净流入超3亿元" is an optional open bound. Named constituents' exact moves are
# key; "德方纳米、蓝晓科技等个股跟涨超6%" are optional bounds (README: 逾X moves optional). "超3400只个股上涨" is a breadth
# count -> optional. "近2个交易日" is a duration, not labelled.
SH = "沪指|上证指数|上证综指|Shanghai Composite|SSE Composite"
SZ = "深成指|深证成指|Shenzhen Component"
CY = "创业板指|创业板指数|ChiNext"
MKT = "沪深两市|两市|A股|China A-shares"
NB = "北向资金|北上资金|northbound|Stock Connect northbound"
SHC = "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect northbound"
SZC = "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect northbound"
ETF = "创业板ETF|159915|ChiNext ETF"
NBUY = "net_buy|net_inflow|fund_flow"
IC = "index_change|index_change_pct"
PC5 = "price_change|share_price_change"
CL = "close, 5月15日"
G["zh05"] = ([
    m(IC, 1.17, "%", SH, None, basis=CL),
    m("index_level|close", 3310.74, "points", SH, None, basis=CL),
    m("index_level", 3300, "points", SH, None, opt=True, basis="round level regained, 收复3300点关口"),
    m(IC, 1.57, "%", SZ, None, basis=CL),
    m(IC, 2.11, "%", CY, None, basis=CL),
    m("advancers|rising_stocks", None, "stocks", MKT, None, rng=(3400, None), opt=True, basis="超3400只个股上涨"),
    m("turnover|trading_value", 9.383e11, "CNY", MKT, None, basis="combined turnover, 5月15日"),
    m("turnover_change|turnover_growth", 9.02e10, "CNY", MKT, None, basis="vs previous trading day, 放量"),
    m(NBUY, 4.085e9, "CNY", NB, None, basis="5月15日, total"),
    m(NBUY, 1.501e9, "CNY", SHC, None, basis="5月15日"),
    m(NBUY, 2.584e9, "CNY", SZC, None, basis="5月15日"),
    m(PC5, 2.24, "%", ETF, None, basis=CL),
    m("share_price|close|price", 2.234, "CNY", ETF, None, basis=CL),
    m("turnover|trading_value", 1.533e9, "CNY", ETF, None, basis="5月15日"),
    m("net_inflow|fund_flow", None, "CNY", ETF, None, rng=(3e8, None), opt=True,
      basis="past 2 trading days, 合计净流入超3亿元"),
    m(PC5, 11.59, "%", "天华新能", None, basis=CL),
    m(PC5, 9.14, "%", "特锐德", None, basis=CL),
    m(PC5, 8.67, "%", "康龙化成", None, basis=CL),
    m(PC5, 7.27, "%", "阳光电源|Sungrow", None, basis=CL),
    m(PC5, None, "%", "德方纳米", None, rng=(6, None), opt=True, basis="跟涨超6%"),
    m(PC5, None, "%", "蓝晓科技", None, rng=(6, None), opt=True, basis="跟涨超6%"),
], [])

# zh06: 格隆汇 item (cfenews.com copy) on 福鞍股份's purchase of 100% of 天全福鞍 by new shares and cash plus a matching
# private placement; dateline "7月16日", no year -> the deal rows have period None; the profit commitments print their
# years (2022, 2023, 2024). The headline line was composed and prints no figure ("全部股权" instead of a number). The
# stake (100%) is key. Consideration 36亿元 and its share / cash parts with their percentages are key. Caps ("不超过")
# are open ranges: fundraising rng=(None, 1.065e9) CNY and new shares rng=(None, 9.2107879e7) key; the regulatory
# ratios behind them ("不超…交易价格的100%", "总股本的30%") optional. "不超过35名特定投资者" is a count of investors, not
# labelled. Profit commitments "不低于" (扣非归母 net profit of 天全福鞍) are lower bounds rng=(X, None), key (they are the
# deal's headline guarantees, not hedges): 2022 1.88亿元, 2023 4.94亿元, 2024 5.6亿元; the cumulative restatement
# "2022年度当期累计…1.88亿元" equals the 2022 row (one row); "2023年度当期累计…6.82亿元" is the sum of the first two years
# -> optional (period "2022..2023"); the three-year total 12.42亿元 (printed twice) is key (period "2022..2024").
FA = "福鞍股份|603315|603315.SH|Fuan"
TQ = "天全福鞍|标的资产|Tianquan Fuan"
DEAL = TQ + "|" + FA
PCM = "profit_commitment|committed_net_profit|net_profit"
PB = "业绩承诺, 扣非归母净利润, 不低于"
G["zh06"] = ([
    m("stake|equity_stake|stake_acquired", 100, "%", TQ, None, basis="股权 acquired by 福鞍股份"),
    m("deal_value|transaction_consideration|consideration", 3.6e9, "CNY", DEAL, None, basis="交易对价"),
    m("share_consideration|stock_consideration", 2.935e9, "CNY", DEAL, None, basis="paid in new shares"),
    m("share_consideration_ratio|share_of_consideration", 81.53, "%", DEAL, None, basis="share-paid part"),
    m("cash_consideration", 6.65e8, "CNY", DEAL, None, basis="paid in cash"),
    m("cash_consideration_ratio|share_of_consideration", 18.47, "%", DEAL, None, basis="cash part"),
    m("fundraising|placement_proceeds|proceeds", None, "CNY", FA, None, rng=(None, 1.065e9),
      basis="配套募资 (matching private placement), 不超过"),
    m("fundraising_ratio", None, "%", FA, None, rng=(None, 100), opt=True,
      basis="cap vs price of assets bought with shares"),
    m("new_shares|shares_issued", None, "shares", FA, None, rng=(None, 9.2107879e7), basis="配套募资 shares cap"),
    m("new_shares_ratio|dilution", None, "%", FA, None, rng=(None, 30), opt=True, basis="of pre-issue share capital"),
    m(PCM, None, "CNY", TQ, "2022", rng=(1.88e8, None), basis=PB),
    m(PCM, None, "CNY", TQ, "2023", rng=(4.94e8, None), basis=PB),
    m(PCM, None, "CNY", TQ, "2024", rng=(5.6e8, None), basis=PB),
    m(PCM, None, "CNY", TQ, "2022..2023", rng=(6.82e8, None), opt=True, basis="cumulative, " + PB),
    m(PCM, None, "CNY", TQ, "2022..2024", rng=(1.242e9, None), basis="cumulative three-year commitment, " + PB),
], [])
