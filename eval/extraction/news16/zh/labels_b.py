# Hand labels for news16/zh, batch b (zh07-zh12; all six Traditional / Hong Kong style). Helpers m() and ra() are supplied
# by build_labels.py. Hong Kong stock context: 元 / $ = HKD unless another currency is printed; "(人民幣‧下同)" makes the
# following 元 amounts CNY; "(澳門元.下同)" makes them MOP. No year is taken from outside the text (a dateline printed in
# the passage counts as text); labels were written from the text alone (no extractor output seen).


# zh07: Meituan Dianping third-quarter results (hkej instant news, Traditional, amounts in 人民幣). No year is printed ->
# period "Q3" (news13: a quarter named without a year keeps the quarter alone). The headline 13.3億 rounds the body's
# 13.35億元 -> optional. "去年同期則虧損832.95億元" (as printed) and the adjusted profit's year-earlier loss are the rows'
# priors (negative, losses). "按季比,盈利增長52.17%" is qoq growth. Segments own their figures (entity = segment | company,
# metric segment_revenue|revenue, as in earlier sets). The in-store segment's "毛利率跌2個百分點" has no printed basis; it
# follows the food-delivery sentence's 按年 -> basis "yoy (implied)". User and merchant counts for the twelve months to
# end-September are not a quarter -> period None, basis "trailing 12 months to end-September"; they are key operating
# figures with their growth. "連續兩季錄得溢利" is not a figure.
MT7 = "美團點評|美團|Meituan|Meituan Dianping|03690"
Q7 = "Q3"
FD7 = "餐飲外賣|food delivery|" + MT7
IS7 = "到店、酒店及旅遊|in-store, hotel and travel|" + MT7
NI7 = "新業務及其他|new initiatives and others|" + MT7
TTM7 = "trailing 12 months to end-September"
G["zh07"] = ([
    m("net_profit|profit", 1.33e9, "CNY", MT7, Q7, opt=True, basis="headline, rounded"),
    m("net_profit|profit", 1.335e9, "CNY", MT7, Q7, prior=-8.3295e10, basis="turnaround; prior = year-earlier loss"),
    m("net_profit_growth|profit_growth", 52.17, "%", MT7, Q7, basis="qoq"),
    m("adjusted_profit|adjusted_net_profit", 1.942e9, "CNY", MT7, Q7, prior=-2.472e9,
      basis="non-IFRS; prior = year-earlier loss"),
    m("adjusted_ebitda|ebitda", 2.285e9, "CNY", MT7, Q7, basis="adjusted"),
    m("revenue", 2.7494e10, "CNY", MT7, Q7),
    m("revenue_growth", 44.13, "%", MT7, Q7, basis="yoy"),
    m("segment_revenue|revenue", 1.5577e10, "CNY", FD7, Q7),
    m("segment_revenue_growth|revenue_growth", 39.42, "%", FD7, Q7, basis="yoy"),
    m("gross_margin", 19.5, "%", FD7, Q7),
    m("gross_margin_change", 2.9, "pp", FD7, Q7, basis="yoy"),
    m("segment_revenue|revenue", 6.181e9, "CNY", IS7, Q7),
    m("segment_revenue_growth|revenue_growth", 39.35, "%", IS7, Q7, basis="yoy"),
    m("gross_margin", 88.6, "%", IS7, Q7),
    m("gross_margin_change", -2, "pp", IS7, Q7, basis="yoy (implied)"),
    m("segment_revenue|revenue", 5.736e9, "CNY", NI7, Q7),
    m("segment_revenue_growth|revenue_growth", 65.39, "%", NI7, Q7, basis="yoy"),
    m("gross_transaction_volume|gtv", 1.946e11, "CNY", MT7, Q7),
    m("gross_transaction_volume_growth|gtv_growth", 33.6, "%", MT7, Q7, basis="yoy"),
    m("transacting_users|annual_transacting_users", 4.36e8, "users", MT7, None, basis=TTM7),
    m("transacting_users_growth", 14, "%", MT7, None, basis=TTM7),
    m("active_merchants|annual_active_merchants", 5.9e6, "merchants", MT7, None, basis=TTM7),
    m("active_merchants_growth", 8.8, "%", MT7, None, basis=TTM7),
], [])

# zh08: China Overseas Land & Investment monthly contracted sales (hkej announcement digest, Traditional, 人民幣). No year
# is printed ("今年首11個月", "11月") -> period None; the span goes into basis (first 11 months / November / as at
# end-November). Decided here: a month or a year-to-date span without a year gets no period string (the conventions
# only give "H1"/"Q1" forms for halves and quarters). The headline "增一成" equals the body's 10% -> one row. 約 -> the
# figure itself. Subscribed sales awaiting conversion (206.54億元) are key (a pipeline figure an analyst tracks). The
# November land purchases: attributable GFA and land premium are key; the count of 4 parcels is optional.
COLI = "中國海外發展|中國海外|China Overseas Land|COLI|00688"
YTD8 = "first 11 months, cumulative"
NOV8 = "November"
G["zh08"] = ([
    m("contracted_sales", 3.20936e11, "CNY", COLI, None, basis=YTD8),
    m("contracted_sales_growth", 10, "%", COLI, None, basis=YTD8 + ", yoy"),
    m("contracted_gfa|gfa_sold", 1.71462e7, "square metres", COLI, None, basis=YTD8),
    m("contracted_gfa_growth|gfa_sold_growth", 4.8, "%", COLI, None, basis=YTD8 + ", yoy"),
    m("contracted_sales", 3.4828e10, "CNY", COLI, None, basis=NOV8),
    m("contracted_sales_growth", 65.2, "%", COLI, None, basis=NOV8 + ", yoy"),
    m("contracted_gfa|gfa_sold", 1.7289e6, "square metres", COLI, None, basis=NOV8),
    m("contracted_gfa_growth|gfa_sold_growth", 56.2, "%", COLI, None, basis=NOV8 + ", yoy"),
    m("subscribed_sales", 2.0654e10, "CNY", COLI, None, basis="as at end-November, to be converted to contracted sales"),
    m("land_parcels_acquired", 4, "parcels", COLI, None, opt=True, basis=NOV8),
    m("attributable_gfa|land_acquired_gfa", 9.516e5, "square metres", COLI, None, basis=NOV8 + ", land acquired"),
    m("land_premium|land_cost", 1.3389e10, "CNY", COLI, None, basis=NOV8 + ", payable"),
], [])

# zh09: Macau gaming revenue, Citi channel check plus the official February figures (Apple Daily, Traditional,
# 澳門元 stated once "下同" -> MOP). No year printed -> period None, months in basis. The first line is a figure-free
# headline written for the passage (the stored page shows none); the sub-heading "每日攤分收入8.4億" rounds the body's
# 8.42億元 -> optional. Citi's "3月份...有望超過...268億元" is a forecast lower bound -> optional (conventions: bounds key
# only when a headline figure); last October's record 268億元 itself is key (a stated reading). The daily average of
# last October (8.33億元) is a comparison figure, not the same period's prior -> its own row. February's "按月減少3%" is
# printed twice -> one row. "近243億元" -> 2.43e10; "按年增加近109億" -> a yoy change in MOP. The Secretary's "低雙位數,
# 甚至高單位數增長" has no figure -> not labelled.
MO = "澳門|澳門博彩業|本澳|Macau"
G["zh09"] = ([
    m("gaming_revenue|ggr", 9.3e9, "MOP", MO, None, basis="table games, first 11 days of March, Citi channel check"),
    m("gaming_revenue_growth|ggr_growth", 40, "%", MO, None, basis="yoy, first 11 days of March, Citi channel check"),
    m("gaming_revenue|ggr", None, "MOP", MO, None, rng=(2.68e10, None), opt=True, basis="March, Citi forecast, 有望超過"),
    m("gaming_revenue|ggr", 2.68e10, "MOP", MO, None, basis="last year's October, record high"),
    m("daily_gaming_revenue|ggr_per_day", 8.4e8, "MOP", MO, None, opt=True, basis="sub-heading, rounded"),
    m("daily_gaming_revenue|ggr_per_day", 8.42e8, "MOP", MO, None, basis="March to date, daily average, Citi"),
    m("daily_gaming_revenue|ggr_per_day", 8.33e8, "MOP", MO, None, basis="last year's October, daily average"),
    m("gaming_revenue_growth|ggr_growth", -3, "%", MO, None, basis="February, mom"),
    m("gaming_revenue|ggr", 2.43e10, "MOP", MO, None, basis="February, 近"),
    m("gaming_revenue_growth|ggr_growth", 22, "%", MO, None, basis="February, yoy"),
    m("gaming_revenue|ggr", 4.93e10, "MOP", MO, None, basis="first two months, cumulative"),
    m("gaming_revenue_change|ggr_change", 1.09e10, "MOP", MO, None, basis="first two months, yoy increase, 近"),
    m("gaming_revenue_growth|ggr_growth", 28, "%", MO, None, basis="first two months, yoy"),
], [])

# zh10: Hong Kong retail sales for July (HK01 finance flash, Traditional). The page's own date 2025-09-01 is printed as
# the dateline -> "今年7月" = 2025-07, "今年6月" = 2025-06, "今年首7個月" = 2025-01..07. The spokesman's closing paragraph
# (no new figure, repeats 1.8%) was left out of the excerpt. Headline figures equal the body's -> one row each. The June
# revised readings are the July rows' priors (news12: a reading's previous value is its prior); the June readings are also
# given as optional rows of their own, so either reading of the text is accepted. The market expectation (2.5%) is
# optional (as consensus comparisons in earlier sets). The online share (8.7%) is key. The retailer categories own their
# yoy figures (news14: the categories of a release own their figures) and are key; declines are negative.
HK10 = "香港|本港|Hong Kong|香港零售業"
P10 = "2025-07"
G["zh10"] = ([
    m("retail_sales|total_retail_sales_value", 2.97e10, "HKD", HK10, P10, basis="provisional estimate"),
    m("retail_sales_growth", 1.8, "%", HK10, P10, prior=0.7, basis="yoy, provisional; prior = June revised"),
    m("retail_sales_growth", 2.5, "%", HK10, P10, opt=True, basis="yoy, market expectation"),
    m("retail_sales_growth", 0.7, "%", HK10, "2025-06", opt=True, basis="yoy, revised estimate"),
    m("retail_sales_growth", -2.6, "%", HK10, "2025-01..07", basis="yoy, first 7 months, provisional"),
    m("online_sales_share|online_share", 8.7, "%", HK10, P10, basis="share of total retail sales value"),
    m("online_retail_sales", 2.6e9, "HKD", HK10, P10, basis="provisional estimate"),
    m("online_retail_sales_growth", 13.2, "%", HK10, P10, prior=13.1, basis="yoy; prior = June revised"),
    m("online_retail_sales_growth", 13.1, "%", HK10, "2025-06", opt=True, basis="yoy, revised estimate"),
]
    + [m("retail_sales_growth|sales_value_growth", v, "%", ent, P10, basis="yoy, retailer category")
       for ent, v in [
           ("超級市場貨品|supermarket goods", 0.2),
           ("其他未分類消費品|other consumer goods not elsewhere classified", 9.8),
           ("珠寶首飾、鐘錶及名貴禮物|jewellery, watches and clocks, and valuable gifts", 9.4),
           ("服裝|clothing", 1.3),
           ("藥物及化妝品|medicines and cosmetics", 2.6),
           ("百貨公司貨品|department store goods", 2.6),
           ("書報、文具及禮品|books, newspapers, stationery and gifts", 20.5),
           ("中藥|Chinese drugs and herbs", 19.6),
           ("食品、酒類飲品及煙草|food, alcoholic drinks and tobacco", -3.1),
           ("電器及其他未分類耐用消費品|electrical goods and other consumer durable goods", -8.2),
           ("汽車及汽車零件|motor vehicles and parts", -12.4),
           ("燃料|fuels", -10.3),
           ("鞋類、有關製品及其他衣物配件|footwear, allied products and other clothing accessories", -7.6),
           ("傢具及固定裝置|furniture and fixtures", -9.4),
           ("眼鏡店|optical shops", -2.4),
       ]],
    [])

# zh11: AASTOCKS-style table of 24 brokers' ratings and targets on Meituan before its first-quarter results (uSMART
# repost, Traditional, targets in 港元 printed "元"). "2023年首季" is printed -> 2023Q1; the year-earlier quarter is
# 2022Q1. The forecast band of seven brokers is a range (value None); the median 17億 is its own key row with the
# year-earlier loss as its prior; the year-earlier loss is also an optional row of its own (2022Q1). The table lists
# current ratings and targets with no change stated -> each row is a target_price metric (broker in basis) and a
# "maintain" rating action. Ratings normalised: 買入 buy, 增持 overweight, 跑贏大市 / 跑贏行業 / 優於大市 outperform,
# 強烈推薦 buy (news10). The results date (本周四(25日)) and the broker counts (7, 24) are not labelled.
MT11 = "美團|美團-W|Meituan|03690"
Q11 = "2023Q1"
R11 = [
    ("瑞信|Credit Suisse", "outperform", 275),
    ("富瑞|Jefferies", "buy", 251),
    ("星展|DBS", "buy", 251),
    ("里昂|CLSA", "buy", 235),
    ("中信建投|China Securities|CSC", "buy", 230.89),
    ("中金|CICC", "outperform", 226),
    ("中信証券|中信證券|CITIC Securities", "buy", 216),
    ("大華繼顯|UOB Kay Hian", "buy", 213),
    ("花旗|Citi|Citigroup", "buy", 211),
    ("匯豐環球研究|滙豐環球研究|HSBC Global Research|HSBC", "buy", 210),
    ("建銀國際|CCB International|CCBI", "outperform", 207.6),
    ("大和|Daiwa", "buy", 205),
    ("海通國際|Haitong International", "outperform", 205),
    ("華泰証券|華泰證券|Huatai Securities", "buy", 204.2),
    ("高盛|Goldman Sachs", "buy", 201),
    ("瑞銀|UBS", "buy", 200),
    ("野村|Nomura", "buy", 200),
    ("中銀國際|BOCI|BOC International", "buy", 194),
    ("摩根大通|摩通|JPMorgan|J.P. Morgan", "overweight", 190),
    ("美銀證券|BofA Securities", "buy", 185),
    ("興業証券|興業證券|Industrial Securities", "buy", 184.39),
    ("摩根士丹利|大摩|Morgan Stanley", "overweight", 180),
    ("招商證券|China Merchants Securities|CMS", "buy", 171),
    ("招銀國際|CMB International|CMBI", "buy", 168),
]
G["zh11"] = ([
    m("adjusted_net_profit|adjusted_profit", None, "CNY", MT11, Q11, rng=(1.411e9, 2.25e9),
      basis="non-IFRS, forecast range of 7 brokers"),
    m("adjusted_net_profit|adjusted_profit", 1.7e9, "CNY", MT11, Q11, prior=-3.586e9,
      basis="non-IFRS, forecast median of 7 brokers; prior = year-earlier loss"),
    m("adjusted_net_profit|adjusted_profit", -3.586e9, "CNY", MT11, "2022Q1", opt=True, basis="non-IFRS, year-earlier loss"),
]
    + [m("target_price", tp, "HKD", MT11, basis=b.split("|")[0]) for b, _, tp in R11],
    [ra(b, MT11, "maintain", r, None, tp, None, "HKD") for b, r, tp in R11])

# zh12: HIBOR fixings and the HKD rate (etnet forex, Traditional, dateline 23/10/2025 11:36 printed -> 2025-10-23).
# Table and text repeat the same figures -> each figure labelled once (news2 zh22, the same kind of page). Levels in %
# (厘 = %), day changes in bp, falls negative; the 2-month fixing appears only in the table and is still key. The
# headline written for the passage is figure-free. The HKD rate's intraday range "7.7721-7.7691" (high end first) is
# stored low to high and optional, as in news2 zh22; the latest quote is key.
HIB = "香港銀行同業拆息|港元拆息|HIBOR"
D12 = "2025-10-23"
T12 = [("overnight", 3.03952, -13.643), ("1-week", 3.47369, -2.202), ("2-week", 3.59482, -2.845),
       ("1-month", 3.54095, 0.91), ("2-month", 3.54452, -4.03), ("3-month", 3.61393, -0.375),
       ("6-month", 3.43952, 2.886), ("12-month", 3.32512, 1.756)]
_m12 = []
for t, lvl, chg in T12:
    _m12 += [m("hibor|rate", lvl, "%", HIB, D12, basis=t), m("hibor_change|rate_change", chg, "bp", HIB, D12, basis=t)]
_m12 += [m("exchange_rate", None, "HKD per USD", "港元匯價|港元|HKD", D12, rng=(7.7691, 7.7721), opt=True,
           basis="intraday range"),
         m("exchange_rate", 7.7715, "HKD per USD", "港元匯價|港元|HKD", D12, basis="latest")]
G["zh12"] = (_m12, [])
