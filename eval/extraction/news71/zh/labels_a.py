# news71/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (once, at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news70, news69, news67, news50, news46, news30, news27, news22 read most closely; precedents named per
# passage below). Values fully scaled (43.4亿元 -> 4.34e9, 4453百万元 -> 4.453e9, 34925亿元 -> 3.4925e12,
# 842,278,711.44元 -> 842278711.44, 110.05万千瓦 -> 1.1005e6 kW, 2992.1亿元 -> 2.9921e11); declines negative (下降, 下跌,
# 净流出, a printed minus); ranges ("43.4亿-45.9亿元", "30.5%-38%", "同比下降6.5%至增长34%") -> rng=(low, high) with value
# None, the low end negative where the text says 下降; 同比 -> yoy in basis; "给予" a rating with no change word -> maintain
# (news7 / news9 / news16 / news23 / news67 rule); 买进 = buy (news32); a broker the text does not name -> broker None
# (news67 zh06, news70 zh01). A results table's current figure is key with the prior-period column as prior and as an
# optional row of its own, its 增减变动幅度 a key growth row (news30 zh01, news46 zh01). An exchange-rate fixing is "CNY"
# (CNY per unit of the foreign currency, in basis) and its move in 基点 is "pips" signed by the yuan's direction (news27
# zh06, news14). A figure printed twice is one key row and an optional twin.
# Currencies: 元 / 亿元 / 百万元 / 亿 in these mainland stories = CNY (人民币 printed in zh01, zh03, zh04); zh04's other
# fixings are CNY per foreign unit, except 林吉特 (MYR) and 俄罗斯卢布 (RUB) quoted per 人民币1元.
# Periods only where the text states or clearly implies the year: zh01 FY2025 (printed 2025年全年) for the company's
# estimated 2025 profit, 2025Q4 (printed 2025年第四季度 / Q4), 2025Q1-Q3 (printed 2025年前三季度), FY2025-FY2027 for the
# forecasts (printed 2025-2027年), None for the product mix (no date beside it); zh02 2021-07 and 2021-01..07 (the
# headline prints 2021年7月份; 1—7月份 is the same year's cumulative); zh03 FY2023 / FY2022 (printed 2023年度, 上年同期) and
# 2023-12-31 / 2022-12-31 for 本报告期末 / 本报告期初; zh04 None ("昨日", no date printed); zh05 None ("周一", "12月6日",
# no year printed); zh06 None for the week's flows (2025年6月第3周 / 本周 in basis: a week without its dates, news50 zh04)
# and for the latest sizes (最新规模, no date beside them), "2025" for the year-to-date flows (今年以来, the year printed
# in 2025年6月第3周; news12 "year to date" rows).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a reportify.cn report digest of a broker note on 东鹏饮料 (605499.SH) after its 2025 profit estimate (whole stored item
# up to the digest's last complete bullet: the stored text breaks off inside "- 预测2025-2027年归属…", so that bullet is left
# out). No title is printed in the stored excerpt and none was composed; section heads and the " - … [n]" bullets with their
# markers kept, one paragraph per section. The broker is not named in the stored text (the rating word 买进 is printed, the
# house is not) -> broker None.
# Kind asked for: a broker note on a pharma or food-and-beverage company with revenue and attributable-profit forecasts,
# EPS, PE, target and rating; this is a beverage maker with net-profit, EPS, PE, DPS, yield and revenue forecasts, a target
# and a rating (the profit forecasts are called 净利润 / 纯利, not 归母净利润; the 归母 figures are the company's 2025 estimate).
# Rating action: maintain 买进 (= buy; "给予" with no change word), no prior rating printed, target 335元人民币 (CNY).
# Key: FY2025 estimated attributable profit 43.4亿-45.9亿元 (range) with growth 30.5%-38% (range); recurring (扣非) profit
# 41.2亿-43.5亿元 with growth 26.3%-33.3%; 2025Q4 net profit 5.8亿-8.3亿元 with growth -6.5% to +34% and recurring 5.8亿-8.1亿元
# with -3.2% to +35%; net-profit forecasts 44.5亿 / 56亿 / 68亿元 with growth 33.8 / 25.8 / 21.5% (FY2025-FY2027); EPS 8.56 /
# 10.77 / 13.08元; P/E 30 / 24 / 20x; 2025Q1-Q3 energy-drink revenue 125.6亿元 (+19.4%) and electrolyte-drink revenue 2.8亿元
# (+134.8%); product mix 79.63 / 16.91 / 8.46%; DPS 6.68 / 8.40 / 10.20元; yields 2.52 / 3.17 / 3.85%; revenue forecasts
# 21143 / 26300 / 31728百万元.
# Optional: the target as a metric row (it lives in the rating action); the financial-table restatements of the net-profit
# forecasts (4453 / 5600 / 6802百万元) and their growth (33.84 / 25.77 / 21.47%), twins of the bullets' 44.5亿 / 56亿 / 68亿元 and
# 33.8 / 25.8 / 21.5% (the same quantities, within 0.5%).
# Judgement calls: "同比由下降6.5%至增长34%" is one range (-6.5, 34) %; the 2025 estimates are the company's preliminary
# figures relayed by the note (basis "estimate (预计)"), the 2025-2027 figures the broker's forecasts; the electrolyte figure
# 2.8亿元 and the mix summing to more than 100% are kept as printed; the 2026 strategy sentence prints no figure.
DP = "东鹏饮料|605499|605499.SH|东鹏|Eastroc Beverage"
ENG = "能量饮料|energy drinks|东鹏特饮|" + DP
ELE = "电解质饮料|electrolyte drinks|东鹏补水啦|" + DP
OTH = "其他饮料|other drinks|" + DP
NPA1 = "net_profit_attributable|net_profit"
NPR1 = "net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit|net_profit"
NPF1 = "net_profit_forecast|net_profit"
NPG1 = "net_profit_growth_forecast|net_profit_growth"


def fy1(metric, vals, unit, basis, opt=False):
    return [m(metric, v, unit, DP, "FY%d" % y, opt=opt, basis="forecast, " + basis)
            for y, v in zip((2025, 2026, 2027), vals)]


G["zh01"] = ([
    m("target_price|price_target", 335, "CNY", DP, None, opt=True, basis="目标价335元人民币 (also in the rating action)"),
    m(NPA1, None, "CNY", DP, "FY2025", rng=(43.4e8, 45.9e8), basis="归母净利润, estimate (预计), 43.4亿-45.9亿元"),
    m("net_profit_attributable_growth|net_profit_growth", None, "%", DP, "FY2025", rng=(30.5, 38),
      basis="yoy, estimate, 30.5%-38%"),
    m(NPR1, None, "CNY", DP, "FY2025", rng=(41.2e8, 43.5e8), basis="扣非后净利润, estimate, 41.2亿-43.5亿元"),
    m("recurring_net_profit_growth|deducted_net_profit_growth|net_profit_growth", None, "%", DP, "FY2025",
      rng=(26.3, 33.3), basis="yoy, estimate, 26.3%-33.3%"),
    m("net_profit|net_profit_attributable", None, "CNY", DP, "2025Q4", rng=(5.8e8, 8.3e8),
      basis="净利润, estimate, 5.8亿-8.3亿元"),
    m("net_profit_growth", None, "%", DP, "2025Q4", rng=(-6.5, 34), basis="yoy, 由下降6.5%至增长34%"),
    m(NPR1, None, "CNY", DP, "2025Q4", rng=(5.8e8, 8.1e8), basis="扣非后净利润, estimate, 5.8亿-8.1亿元"),
    m("recurring_net_profit_growth|deducted_net_profit_growth|net_profit_growth", None, "%", DP, "2025Q4",
      rng=(-3.2, 35), basis="yoy, 由下降3.2%至增长35%"),
    *fy1(NPF1, (44.5e8, 56e8, 68e8), "CNY", "净利润 44.5亿、56亿和68亿元 (维持盈利预测)"),
    *fy1(NPG1, (33.8, 25.8, 21.5), "%", "同比增幅"),
    *fy1("eps_forecast|eps|earnings_per_share", (8.56, 10.77, 13.08), "CNY", "每股盈余"),
    *fy1("pe|pe_ratio|p/e", (30, 24, 20), "x", "预测市盈率 at the current price"),
    m("revenue|segment_revenue", 125.6e8, "CNY", ENG, "2025Q1-Q3", basis="能量饮料收入, 2025年前三季度"),
    m("revenue_growth|segment_revenue_growth", 19.4, "%", ENG, "2025Q1-Q3", basis="yoy"),
    m("revenue|segment_revenue", 2.8e8, "CNY", ELE, "2025Q1-Q3", basis="电解质饮料收入 2.8亿元 (as printed)"),
    m("revenue_growth|segment_revenue_growth", 134.8, "%", ELE, "2025Q1-Q3", basis="yoy"),
    m("revenue_share|sales_mix|share", 79.63, "%", ENG, None, basis="share of the product mix (占比)"),
    m("revenue_share|sales_mix|share", 16.91, "%", ELE, None, basis="share of the product mix"),
    m("revenue_share|sales_mix|share", 8.46, "%", OTH, None, basis="share of the product mix"),
    *fy1(NPF1, (4453e6, 5600e6, 6802e6), "CNY", "纯利 4453 / 5600 / 6802百万元 (table twin of 44.5亿 / 56亿 / 68亿元)",
         opt=True),
    *fy1(NPG1, (33.84, 25.77, 21.47), "%", "纯利同比增速 (table twin of 33.8 / 25.8 / 21.5%)", opt=True),
    *fy1("dps_forecast|dps|dividend_per_share", (6.68, 8.40, 10.20), "CNY", "每股股利"),
    *fy1("dividend_yield", (2.52, 3.17, 3.85), "%", "股息率"),
    *fy1("revenue_forecast|revenue|operating_revenue", (21143e6, 26300e6, 31728e6), "CNY", "营业收入 (百万元)"),
], [
    ra(None, DP, "maintain", "buy", None, 335, None, "CNY"),
])


# zh02: 新浪财经 (finance.sina.com.cn) relaying the statistics bureau's July 2021 retail-sales release. The stored page prints
# the release's title as "原标题:…"; it is kept, reworded, as the headline on the first line (the "原标题:" label and the
# page's forum banner line dropped as furniture). Cut before the release table ("2021年7月份社会消费品零售总额主要数据", which
# the stored excerpt breaks off inside); the prose is whole. The stray space in "扣除价格因素, 7月份" is kept.
# Kind asked for: the bureau's retail-sales or property-investment data (亿元, 同比, 分项, 累计, 前值); this item has the
# monthly and cumulative totals and breakdowns with yoy growth and comparisons with 2019, but prints no previous-month value.
# Periods: the headline's 2021年7月份 -> 2021-07; 1—7月份 -> 2021-01..07 (news22 zh03, news7 zh02).
# Key: July total 34925亿元 (+8.5%; the headline's 8.5% is the same figure: one row), +7.2% vs July 2019, two-year average
# 3.6%, ex-auto 31578亿元 (+9.7%), real growth 6.4%; January-July total 246829亿元 (+20.7%), two-year average 4.3%, ex-auto
# 221631亿元 (+20.2%); urban / rural for July (30379亿元 +8.4%, 4547亿元 +8.8%) and January-July (214476亿元 +20.9%, 32353亿元
# +19.4%); goods / catering for July (31174亿元 +7.8%, 3751亿元 +14.3%) and January-July (221366亿元 +18.7%, 25463亿元
# +42.3%); online retail 71108亿元 (+21.9%), physical goods online 58130亿元 (+17.6%) with its 23.6% share; food / clothing /
# daily-use online growth 23.7 / 21.6 / 15.8% (key, news22 zh03).
# Judgement calls: "比2019年7月份增长7.2%" is a growth row with the base in basis and "两年平均增速" a two-year-average row
# (news35 zh03), neither a prior; "实际增长" is real growth (basis); breakdown segments are entities (news22).
CN2 = "全国|中国|China|社会消费品零售总额"
M7, C7 = "2021-07", "2021-01..07"
RS2 = "retail_sales|total_retail_sales|retail_sales_of_consumer_goods"
RSG2 = "retail_sales_growth|total_retail_sales_growth|retail_sales_of_consumer_goods_growth"
AVG2 = "retail_sales_growth_2y_avg|two_year_average_growth|" + RSG2
EXA2 = "除汽车以外的消费品零售额|excluding automobiles|ex-auto"
URB2, RUR2 = "城镇|城镇消费品零售额|urban", "乡村|乡村消费品零售额|rural"
GDS2, CAT2 = "商品零售|goods retail|goods", "餐饮收入|catering|catering revenue"
ONL2 = "online_retail_sales|online_sales"
ONLG2 = "online_retail_sales_growth|online_sales_growth"
NET2 = "全国网上零售额|online retail sales|" + CN2
PHY2 = "实物商品网上零售额|physical goods online|online sales of physical goods"


def rs2(seg, lvl, g, per):
    return [m(RS2, lvl, "CNY", seg, per), m(RSG2, g, "%", seg, per, basis="yoy")]


G["zh02"] = (
    [
        m(RS2, 34925e8, "CNY", CN2, M7, basis="社会消费品零售总额, July"),
        m(RSG2, 8.5, "%", CN2, M7, basis="yoy, nominal; headline and body (one row)"),
        m(RSG2, 7.2, "%", CN2, M7, basis="vs July 2019 (与2019年7月份相比)"),
        m(AVG2, 3.6, "%", CN2, M7, basis="two-year average (两年平均增速)"),
        m("real_retail_sales_growth|" + RSG2, 6.4, "%", CN2, M7, basis="yoy, real (剔除价格因素后, 实际增幅)"),
    ]
    + rs2(EXA2, 31578e8, 9.7, M7)
    + [
        m(RS2, 246829e8, "CNY", CN2, C7, basis="January-July cumulative (1—7月份)"),
        m(RSG2, 20.7, "%", CN2, C7, basis="yoy, January-July"),
        m(AVG2, 4.3, "%", CN2, C7, basis="two-year average, January-July"),
    ]
    + rs2(EXA2, 221631e8, 20.2, C7)
    + rs2(URB2, 30379e8, 8.4, M7) + rs2(RUR2, 4547e8, 8.8, M7)
    + rs2(URB2, 214476e8, 20.9, C7) + rs2(RUR2, 32353e8, 19.4, C7)
    + rs2(GDS2, 31174e8, 7.8, M7) + rs2(CAT2, 3751e8, 14.3, M7)
    + rs2(GDS2, 221366e8, 18.7, C7) + rs2(CAT2, 25463e8, 42.3, C7)
    + [
        m(ONL2, 71108e8, "CNY", NET2, C7, basis="全国网上零售额"),
        m(ONLG2, 21.9, "%", NET2, C7, basis="yoy"),
        m(ONL2, 58130e8, "CNY", PHY2, C7, basis="实物商品网上零售额"),
        m(ONLG2, 17.6, "%", PHY2, C7, basis="yoy"),
        m("share_of_retail_sales|online_share|share", 23.6, "%", PHY2, C7,
          basis="share of total retail sales of consumer goods (占比)"),
        m(ONLG2, 23.7, "%", "吃类商品|吃类|food", C7, basis="yoy, physical goods online"),
        m(ONLG2, 21.6, "%", "穿类商品|穿类|clothing", C7, basis="yoy, physical goods online"),
        m(ONLG2, 15.8, "%", "用类商品|用类|daily-use goods", C7, basis="yoy, physical goods online"),
    ],
    [],
)


# zh03: 德生科技 (002908)'s 2023 preliminary results notice (业绩快报) as a filing on a mainland quote site (ddx.gubit.cn);
# title lines, the 特别提示, the section head and the "|" table with its row labels and column heads kept; the board's
# assurance sentence, which the stored filing prints between the table's rows, kept in place (reworded). Cut before section
# 二 ("经营业绩和财务状况情况说明"): the stored filing breaks off inside its first explanatory row, and the section would take
# the passage past 900 characters.
# Periods: 本报告期 = FY2023, 上年同期 = FY2022; 本报告期末 = 2023-12-31, 本报告期初 = 2022-12-31 (opening of 2023, news12 zh03).
# Key (each with its prior-period figure as prior, and its 增减变动幅度 as a growth row): 营业总收入 842,278,711.44元 (prior
# 905,375,765.35, -6.97%); 营业利润 89,999,795.89 (prior 136,364,723.35, -34.00%); 利润总额 88,853,360.33 (prior
# 135,487,384.02, -34.42%); 净利润 84,082,989.58 (prior 122,657,519.93, -31.45%); 归属于上市公司股东的净利润 72,657,740.10
# (prior 113,756,179.31, -36.13%); 扣非归母净利润 71,688,824.45 (prior 111,406,065.71, -35.65%); 经营活动产生的现金流量净额
# 186,452,931.32 (prior 75,698,836.51, +146.31%); 基本每股收益 0.1712元 (prior 0.3771, -54.60%); 加权平均净资产收益率 6.32%
# (prior 10.96%); 总资产 1,584,289,797.12 (prior 1,493,923,140.23, +6.05%); 归母所有者权益 1,172,968,568.41 (prior
# 1,127,858,311.46, +4.00%); 股本 431,432,088.00 (prior 308,647,340.00, +39.78%); 归母每股净资产 2.7188元 (prior 3.6542,
# -25.60%).
# Optional: the thirteen prior-period figures as rows of their own; the ROE row's "-4.64" in the "增减变动幅度(%)" column, which
# is the difference 6.32 - 10.96 (percentage points, printed without a sign of unit) -> labelled twice, as "%" and as "pp",
# both optional (news30 zh01).
# Judgement calls: 净利润 (total) and 归属于上市公司股东的净利润 (attributable) are separate rows; 股本 is share capital in CNY
# (news12 / news46); the notice's 单位:人民币元 makes the per-share rows CNY.
DS = "德生科技|广东德生科技股份有限公司|002908|Desheng Technology"
Y3, P3 = "FY2023", "FY2022"
E3, B3 = "2023-12-31", "2022-12-31"


def row3(metric, cur, prior, unit, pct, per, pper, basis, gmetric=None):
    g = gmetric or "|".join(x + "_growth" for x in metric.split("|")[:2])
    return [m(metric, cur, unit, DS, per, prior=prior, basis=basis + "; prior = 上年同期 / 本报告期初"),
            m(metric, prior, unit, DS, pper, opt=True, basis=basis + ", prior-period column"),
            m(g, pct, "%", DS, per, basis="增减变动幅度(%)")]


G["zh03"] = ([
    *row3("revenue|total_revenue|operating_revenue", 842278711.44, 905375765.35, "CNY", -6.97, Y3, P3, "营业总收入"),
    *row3("operating_profit", 89999795.89, 136364723.35, "CNY", -34.00, Y3, P3, "营业利润"),
    *row3("total_profit|profit_before_tax|pretax_profit", 88853360.33, 135487384.02, "CNY", -34.42, Y3, P3, "利润总额"),
    *row3("net_profit", 84082989.58, 122657519.93, "CNY", -31.45, Y3, P3, "净利润 (total, incl. minorities)"),
    *row3("net_profit_attributable|net_profit", 72657740.10, 113756179.31, "CNY", -36.13, Y3, P3,
          "归属于上市公司股东的净利润", gmetric="net_profit_attributable_growth|net_profit_growth"),
    *row3("net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit", 71688824.45,
          111406065.71, "CNY", -35.65, Y3, P3, "扣除非经常性损益后的归属于上市公司股东的净利润",
          gmetric="net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|net_profit_growth"),
    *row3("operating_cash_flow|net_operating_cash_flow", 186452931.32, 75698836.51, "CNY", 146.31, Y3, P3,
          "经营活动产生的现金流量净额"),
    *row3("eps|basic_eps", 0.1712, 0.3771, "CNY", -54.60, Y3, P3, "基本每股收益(元)", gmetric="eps_growth|basic_eps_growth"),
    m("roe|weighted_average_roe|return_on_equity", 6.32, "%", DS, Y3, prior=10.96, basis="加权平均净资产收益率"),
    m("roe|weighted_average_roe|return_on_equity", 10.96, "%", DS, P3, opt=True, basis="上年同期"),
    m("roe_change|roe", -4.64, "%", DS, Y3, opt=True, basis="增减变动幅度(%) column printed -4.64 (= 6.32 - 10.96)"),
    m("roe_change|roe", -4.64, "pp", DS, Y3, opt=True, basis="the same -4.64 read as percentage points"),
    *row3("total_assets", 1584289797.12, 1493923140.23, "CNY", 6.05, E3, B3, "总资产, period end vs period start"),
    *row3("equity_attributable|shareholders_equity|net_assets", 1172968568.41, 1127858311.46, "CNY", 4.00, E3, B3,
          "归属于上市公司股东的所有者权益",
          gmetric="equity_attributable_growth|shareholders_equity_growth|net_assets_growth"),
    *row3("share_capital", 431432088.00, 308647340.00, "CNY", 39.78, E3, B3, "股本",
          gmetric="share_capital_growth|share_capital_change"),
    *row3("bvps|book_value_per_share|net_assets_per_share", 2.7188, 3.6542, "CNY", -25.60, E3, B3,
          "归属于上市公司股东的每股净资产(元)",
          gmetric="bvps_growth|book_value_per_share_growth|net_assets_per_share_growth"),
], [])


# zh04: 新华社 item on the yuan's central parity relayed by 中国经济网 (finance1.ce.cn rolling news); whole stored item; no
# headline printed and none composed. "昨日" with no date printed -> period None (the address's date is not used).
# Kind asked for: the yuan's central parity or a daily FX commentary (中间价, 调升/调降基点, onshore and offshore closes);
# this item has the central parity, its move in 基点, the previous fixing and the full list of the day's fixings, but no
# onshore or offshore close.
# Key: USD/CNY fixing 6.1430 (prior 6.1409, the earlier fixing printed as "前两个交易日…报6.1409", which is the fixing
# 6.1430 - 21 pips, i.e. the previous trading day's: the text's wording is kept); its move "下跌21个基点" -> -21 pips (RMB
# weaker, news27 zh06); the other fixings EUR 7.6511, 100 JPY 5.2650, HKD 0.79214, GBP 9.6040, AUD 5.3517, NZD 4.8697,
# SGD 4.7314, CAD 5.4416 (all CNY per foreign unit; JPY per 100 yen) and per 人民币1元 0.54599 MYR and 7.6854 RUB.
# Optional: the list's "1美元对人民币6.1430元" (twin of the lead's 6.1430) and the earlier fixing 6.1409 as a row of its own.
# Judgement calls: each currency's fixing is a key row on its currency pair (an analyst reading the release wants every
# fixing); "美元兑主要货币汇率走高" and "延续小幅下跌" print no figure.
FIX4 = "人民币对美元汇率中间价|人民币中间价|人民币对美元中间价|USD/CNY fixing|RMB central parity|人民币|USD/CNY"
FXM = "fixing|central_parity|exchange_rate"
G["zh04"] = ([
    m("usd_cny_fixing|" + FXM, 6.1430, "CNY", FIX4, None, prior=6.1409, basis="central parity, CNY per USD, 昨日"),
    m("fixing_change|exchange_rate_change", -21, "pips", FIX4, None, basis="下跌21个基点 (RMB weaker), vs previous fixing"),
    m("usd_cny_fixing|" + FXM, 6.1409, "CNY", FIX4, None, opt=True, basis="前两个交易日 fixing (the prior)"),
    m("usd_cny_fixing|" + FXM, 6.1430, "CNY", FIX4, None, opt=True, basis="list: 1美元对人民币6.1430元 (twin)"),
    m("eur_cny_fixing|" + FXM, 7.6511, "CNY", "欧元|EUR|EUR/CNY|欧元对人民币", None, basis="CNY per EUR"),
    m("jpy_cny_fixing|" + FXM, 5.2650, "CNY", "日元|JPY|100JPY/CNY|日元对人民币", None, basis="CNY per 100 JPY"),
    m("hkd_cny_fixing|" + FXM, 0.79214, "CNY", "港元|HKD|HKD/CNY|港元对人民币", None, basis="CNY per HKD"),
    m("gbp_cny_fixing|" + FXM, 9.6040, "CNY", "英镑|GBP|GBP/CNY|英镑对人民币", None, basis="CNY per GBP"),
    m("aud_cny_fixing|" + FXM, 5.3517, "CNY", "澳大利亚元|澳元|AUD|AUD/CNY", None, basis="CNY per AUD"),
    m("nzd_cny_fixing|" + FXM, 4.8697, "CNY", "新西兰元|纽元|NZD|NZD/CNY", None, basis="CNY per NZD"),
    m("sgd_cny_fixing|" + FXM, 4.7314, "CNY", "新加坡元|新元|SGD|SGD/CNY", None, basis="CNY per SGD"),
    m("cad_cny_fixing|" + FXM, 5.4416, "CNY", "加拿大元|加元|CAD|CAD/CNY", None, basis="CNY per CAD"),
    m("cny_myr_fixing|" + FXM, 0.54599, "MYR", "林吉特|MYR|CNY/MYR|马来西亚林吉特", None, basis="MYR per CNY (人民币1元对)"),
    m("cny_rub_fixing|" + FXM, 7.6854, "RUB", "俄罗斯卢布|卢布|RUB|CNY/RUB", None, basis="RUB per CNY (人民币1元对)"),
], [])


# zh05: 中国储能网 (escn.com.cn) on 金风科技 (002202)'s disclosure of eight bid wins for wind-turbine supply; whole stored item; no
# headline printed and none composed. "周一晚间" and "12月6日" print no year -> period None.
# Kind asked for: a PV, wind or storage company's installation, shipment or bid-win notice (GW, MW, 亿元, 同比); this is a wind
# turbine maker's bid wins in 万千瓦 and 亿元 with the share of revenue (no yoy figure is printed).
# Key: 8 bid-win notices; 110.05万千瓦 won (1.1005e6 kW); total 47.75亿元; the eight project amounts 1.96 / 1.97 / 4.62 / 3.81亿元
# (the four 10万千瓦 projects) and 7.68 / 9.2 / 9.21 / 9.29亿元 (the four 20万千瓦 projects); the two project sizes (10万千瓦 and
# 20万千瓦, each printed once for its group of four); the total's 37.99% of the last fiscal year's 营业总收入.
# Judgement calls: each amount takes its wind farm as entity with the company as alias (news70 zh06); the project sizes are
# one row per printed group (entity: the four farms); the eight farms' sizes add up to 120万千瓦 while the text prints a total
# of 110.05万千瓦 — both kept as printed; 万千瓦 -> kW (the earlier sets' kW rows); the share of revenue carries the
# revenue base in basis.
GW5 = "金风科技|002202|金风|Goldwind"
BW5 = "contract_value|bid_amount|winning_bid_amount|order_value"
F10 = ("张家口坝上风电基地塞北西山风电场|张北油篓沟元山子风电场|张北大囫囵风电场|康保牧场二期风电场|" + GW5)
F20 = ("沽源黄盖淖风电场|新疆哈密风电基地烟墩第一风电场|烟墩第三风电场|烟墩第五风电场|第三风电场|第五风电场|" + GW5)


def pj5(name, amt):
    return m(BW5, amt, "CNY", name + "|" + GW5, None, basis="中标金额, 风电机组设备采购项目")


G["zh05"] = ([
    m("bid_notices|contracts_won|count", 8, "notices", GW5, None, basis="8份中标通知书, received 12月6日"),
    m("capacity_won|wind_turbine_capacity|capacity", 1.1005e6, "kW", GW5, None, basis="共中标110.05万千瓦风电机组项目"),
    m(BW5, 47.75e8, "CNY", GW5, None, basis="总金额, 8 bids"),
    m("project_capacity|capacity", 1e5, "kW", F10, None, basis="10万千瓦 each, printed once for the four projects"),
    pj5("张家口坝上风电基地塞北西山风电场|塞北西山风电场", 1.96e8),
    pj5("张北油篓沟元山子风电场|元山子风电场", 1.97e8),
    pj5("张北大囫囵风电场|大囫囵风电场", 4.62e8),
    pj5("康保牧场二期风电场|康保牧场", 3.81e8),
    m("project_capacity|capacity", 2e5, "kW", F20, None, basis="20万千瓦 each, printed once for the four projects"),
    pj5("沽源黄盖淖风电场|黄盖淖风电场", 7.68e8),
    pj5("新疆哈密风电基地烟墩第一风电场|烟墩第一风电场", 9.2e8),
    pj5("烟墩第三风电场|第三风电场", 9.21e8),
    pj5("烟墩第五风电场|第五风电场", 9.29e8),
    m("contract_to_revenue_ratio|share_of_revenue|revenue_ratio", 37.99, "%", GW5, None,
      basis="of 营业总收入 of the most recent fiscal year (最近一期会计年度)"),
], [])


# zh06: a bigquant.com digest of a broker's weekly ETF-flow report ("ETF资金流周度跟踪 (20250620)"); the title line with its
# date kept, the page's "创建于 更新于" line dropped as furniture; the digest's heads (摘要, 速读内容, the two section heads), the
# bullets as printed (alternating "•" and "-"), the [page::n] markers and the "|" table kept (its separator row kept with
# fewer dashes). Cut before "- 热门ETF中,华夏上" (the stored text breaks off inside that bullet; no figure is lost).
# Kind asked for: a daily southbound or ETF flow report (净买入 亿港元 or 亿元, named stocks, cumulative); this is a weekly ETF
# flow report in 亿元 with year-to-date cumulative flows by ETF category (no named ETF before the cut; the Simplified daily
# southbound items found were earlier sources or Traditional-converted mirrors).
# Periods: the week (2025年6月第3周, 本周) -> None with the week in basis (news50 zh04: no ISO form for a week); 最新规模 ->
# None (no date beside it); 今年以来净流入 -> "2025" (year to date; the year printed in 2025年6月第3周).
# Key: the table's ten rows, each with latest size, the week's net inflow and the year-to-date net inflow (30 rows; 本周净流入
# negative = net outflow); the bullets' own figures: 医药 / 成长 / 价值 ETFs +24.5亿 / -0.1亿 / -1.7亿元, 黄金ETF -16.8亿元 (净流出),
# Hong Kong-market ETFs +50.3亿元, US-market ETFs -3.2亿元 (净流出).
# Optional: the bullets' restatements of table figures (中盘/小盘 2992.1亿元 size and 46.9亿元 inflow, 大盘 -17.6亿元 (净流出17.6亿元),
# 行业 57.3亿元, TMT 6.2亿, 金融地产 50.9亿, 信用债 268.6亿元).
# Judgement calls: a category's flow is net_inflow on the category as entity (news16 / news50); "净流出X" -> -X; bullets printed
# "6.2亿" / "50.9亿" / "24.5亿" without 元 are CNY (the section's 亿元); "依次净流入24.5亿、-0.1亿和-1.7亿元" keeps its signs;
# "2024年6月至2025年6月" is a chart window (no row); the table's two-level heads (类型 / 细类) give entities such as
# "大盘宽基ETF".
NF6 = "net_inflow|net_subscription|fund_flow"
SZ6 = "fund_size|aum|etf_size"
WK6 = "本周 (2025年6月第3周, report 20250620)"


def cat6(ent, size, wk, ytd):
    return [m(SZ6, size * 1e8, "CNY", ent, None, basis="最新规模(亿元)"),
            m(NF6, wk * 1e8, "CNY", ent, None, basis="本周净流入(亿元), " + WK6),
            m(NF6, ytd * 1e8, "CNY", ent, "2025", basis="今年以来净流入(亿元), year to date")]


SUP6 = "超大盘|超大盘宽基ETF|mega-cap broad-based ETFs"
BIG6 = "大盘|大盘宽基ETF|large-cap broad-based ETFs"
MID6 = "中盘/小盘|中盘/小盘宽基ETF|mid/small-cap broad-based ETFs"
STAR6 = "科创/创业|科创/创业宽基ETF|STAR/ChiNext ETFs"
IND6 = "行业ETF|股票型行业ETF|行业|sector ETFs"
TMT6 = "TMT|TMT行业ETF|TMT ETFs"
FIN6 = "金融地产|金融地产ETF|financials and real estate ETFs"
CRD6 = "信用债|信用债ETF|credit bond ETFs"
RAT6 = "利率债|利率债ETF|rate bond ETFs|government bond ETFs"
COM6 = "商品型ETF|商品型|commodity ETFs"
G["zh06"] = ([
    *cat6(SUP6, 2130.1, -1.2, -68.2),
    *cat6(BIG6, 12634.9, -17.6, -44.1),
    *cat6(MID6, 2992.1, 46.9, 220.2),
    *cat6(STAR6, 3791.7, 29.9, -477.4),
    *cat6(IND6, 21769.9, 57.3, -457.8),
    *cat6(TMT6, 3077.2, 6.2, 749.4),
    *cat6(FIN6, 1277.8, 50.9, 107.0),
    *cat6(CRD6, 1988.8, 268.6, 1222.6),
    *cat6(RAT6, 1140.3, 46.1, 320.9),
    *cat6(COM6, 3597.4, -56.4, -68.0),
    m(SZ6, 2992.1e8, "CNY", MID6, None, opt=True, basis="bullet: 2992.1亿元规模 (twin of the table)"),
    m(NF6, 46.9e8, "CNY", MID6, None, opt=True, basis="bullet: 本周净流入46.9亿元 (twin)"),
    m(NF6, -17.6e8, "CNY", BIG6, None, opt=True, basis="bullet: 净流出17.6亿元 (twin)"),
    m(NF6, 57.3e8, "CNY", IND6, None, opt=True, basis="bullet: 股票型行业ETF整体净流入57.3亿元 (twin)"),
    m(NF6, 6.2e8, "CNY", TMT6, None, opt=True, basis="bullet: 6.2亿 (twin)"),
    m(NF6, 50.9e8, "CNY", FIN6, None, opt=True, basis="bullet: 50.9亿 (twin)"),
    m(NF6, 24.5e8, "CNY", "医药|医药ETF|医药类ETF|pharma ETFs", None, basis="bullet: 净流入24.5亿, " + WK6),
    m(NF6, -0.1e8, "CNY", "成长|成长类ETF|growth ETFs", None, basis="bullet: -0.1亿, " + WK6),
    m(NF6, -1.7e8, "CNY", "价值|价值类ETF|value ETFs", None, basis="bullet: -1.7亿元, " + WK6),
    m(NF6, 268.6e8, "CNY", CRD6, None, opt=True, basis="bullet: 最高达268.6亿元 (twin)"),
    m(NF6, -16.8e8, "CNY", "黄金ETF|黄金|gold ETFs", None, basis="净流出16.8亿元, " + WK6),
    m(NF6, 50.3e8, "CNY", "香港市场|香港市场跨境ETF|Hong Kong-market cross-border ETFs|跨境ETF", None,
      basis="跨境ETF, 香港市场资金净流入, " + WK6),
    m(NF6, -3.2e8, "CNY", "美国市场|美国市场跨境ETF|US-market cross-border ETFs|跨境ETF", None,
      basis="跨境ETF, 美国市场资金净流出, " + WK6),
], [])
