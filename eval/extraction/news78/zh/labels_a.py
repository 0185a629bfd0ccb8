# Hand labels for news78/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese): a news item on 泸州老窖's 2025
# third-quarter report (reposted on www.hcygmm.com), a news item on the statistics bureau's October retail-sales figures
# (gsdjw.com), a 九方智投 margin-trading item on 中南建设 and the two markets for 20230915 (9fzt.com), a 光大证券 note on 美的集团
# as relayed on m.huanbaoworld.com, 克而瑞's 2023 developer-sales ranking with the December figures (a 发现报告 copy on
# fxbaogao.com), and the 四川省发展和改革委员会 weekly hog, corn and feed price item of 12月16日 (fgw.sc.gov.cn), each rewritten
# sentence by sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news77 zh README and labels_a.py read whole; news31 zh01, news49 zh01 and news54 zh02 for an A-share
# company's quarterly or nine-month results; news71 zh02, news7 zh02 and news22 zh03 for the statistics bureau's retail
# sales; news75 zh04 and news44 zh05 for a day's margin-trading figures; news31 zh02 and news34 zh02 for a broker note
# with profit forecasts, a target PE and a target price; news34 zh06 and news63 zh02 for the developers' sales rankings;
# news17 zh05 and news48 zh06 for a weekly hog and feed price report).
# Values fully scaled (231.27亿元 -> 2.3127e10, 1463.62万元 -> 1.46362e7, 38576亿元 -> 3.8576e12, 4.06亿 -> 4.06e8, 786.11万
# -> 7.8611e6, 389亿 -> 3.89e10, 54049.5亿元 -> 5.40495e12); declines negative (下降, 降低, 减少, 下滑, 回落); 个百分点 -> pp;
# "降幅收窄X个百分点" -> a +X pp change of the growth rate (news31); 倍 of a P/E -> "x"; a ratio printed "6.12:1" -> 6.12 "x"
# (news48 zh06) and its change "下降0.15个点" -> -0.15 "points"; a per-unit price is labelled in the currency with the unit
# (元/50千克, 元/千克) in basis (news48 zh06, news31); bare 亿 / 万 = CNY (news75 zh04); a figure printed again (a lead, a
# section head, a restatement, a table cell) is one key row and an optional twin (news77); an earlier figure of the same
# quantity printed beside a figure is its prior and an optional row of its own (news54 zh02), and "与…持平" gives the level
# itself as prior (news77); bounds (超X) optional unless the only figure (news31); 近X -> X; "持平" / a table's 0.00 as a
# zero change optional (news31); broker targets are also target_price rows besides the rating action, a target PE key
# (news34); list sizes (前五) optional (news75 zh04); dates, stock codes, ranks and product names give no rows.
# Currencies: 元 / 亿元 / 亿 / 万 in these mainland stories = CNY.
# Periods only where the text states or clearly implies the year: zh01 2025Q1-Q3 (前三季度 of the printed 2025年第三季度报告),
# 2025Q3 (第三季度) and 2025-09-30 (报告期末, 据三季报); zh02 None (11月16日, 10月, 1-10月份: no year printed; the month or
# window in basis, news77 zh05); zh03 2023-09-15 for 中南建设 (printed 20230915), None for the two markets' figures (not
# dated); zh04 FY2024-FY2026 for the forecasts and FY2025 for the target PE, None for the current and five-year PEs;
# zh05 2023-12 (2023年12月), 2023 for the cumulative 1-12月 figures, 2019Q1 ... 2023Q4 for the table's quarters; zh06 None
# (本周 12月16日, 上周 12月9日: no year printed; the week in basis).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a news item on 泸州老窖股份有限公司 (泸州老窖, 000568.SZ)'s 2025 third-quarter report, reposted on www.hcygmm.com
# (caijing/1193921): no headline in the stored text and none composed; its opening summary line ("…双降,第三季度净利润下滑超
# 一成。") kept, reworded, as the first paragraph. Left out as page furniture: the photo credit "泸州老窖 视觉中国 资料图" and
# the chart caption "泸州老窖近年来业绩表现,来自Wind数据". Cut: the stored text breaks off in its last sentence ("财报还显
# 示,报告期"), so the passage ends with the shareholders' paragraph before it (no figure dropped).
# Kind asked for: an A-share consumer company's quarterly report (营业收入, 归母净利润, 同比, 单季, 毛利率): a liquor maker's
# nine-month and third-quarter revenue and attributable profit with yoy changes, contract liabilities, expenses and
# other items; no 毛利率 is printed.
# Key (2025Q1-Q3): revenue 231.27亿元 (-4.84%), attributable profit 107.62亿元 (-7.17%), selling expenses 24.19亿元 (-3.24%),
# administrative expenses 6.82亿元 (-11.08%), financial expenses -1.43亿元 on the year (减少), investment income +1463.62万元
# (+35.19%), non-operating expenses +2651.97万元 (+123.51%). Key (2025Q3): revenue 66.74亿元 (-9.80%), attributable profit
# 30.99亿元 (-13.07%). Key (2025-09-30): contract liabilities 38.38亿元 (prior 39.78亿元 期初, -3.52%); the two largest
# shareholders' stakes 26.05% (老窖集团) and 24.86% (兴泸集团).
# Optional: the lead's "第三季度净利润下滑超一成" (upper bound -10%, twin of the -13.07%); the opening contract liabilities
# 39.78亿元 as a row of its own (2024-12-31, 期初 of the year); 国窖1573's "销售规模超百亿" (a brand-size bound).
# Judgement calls: 报告期 / 报告期内 in this third-quarter report are read as the nine months (年初至报告期末: the expense and
# income items sit with the nine-month figures) and 报告期末 as 2025-09-30; "较去年同期减少 / 增加X" are change rows in CNY
# and "增幅X%" their growth (news54 zh02); 归母 -> attributable in basis; "自2015年以来首次", "1994年5月上市", "深交所第一家",
# "三大" and "第一大 / 第二大股东" give no rows; the code 000568.SZ is an alias.
LZ1 = "泸州老窖|泸州老窖股份有限公司|000568.SZ|000568|Luzhou Laojiao"
N1, Q1_, E1 = "2025Q1-Q3", "2025Q3", "2025-09-30"
NP1 = "net_profit|net_profit_attributable"
NPG1 = "net_profit_growth|net_profit_attributable_growth"
G["zh01"] = ([
    m(NPG1, None, "%", LZ1, Q1_, rng=(None, -10), opt=True,
      basis="lead: 第三季度净利润下滑超一成 (bound, twin of the -13.07%)"),
    m("revenue|operating_revenue", 231.27e8, "CNY", LZ1, N1, basis="营业收入, 前三季度"),
    m("revenue_growth|operating_revenue_growth", -4.84, "%", LZ1, N1, basis="yoy, 下降"),
    m(NP1, 107.62e8, "CNY", LZ1, N1, basis="归母净利润 (attributable), 前三季度"),
    m(NPG1, -7.17, "%", LZ1, N1, basis="yoy, 下降"),
    m("revenue|operating_revenue", 66.74e8, "CNY", LZ1, Q1_, basis="营业收入, 第三季度 (single quarter)"),
    m("revenue_growth|operating_revenue_growth", -9.80, "%", LZ1, Q1_, basis="yoy, 下降"),
    m(NP1, 30.99e8, "CNY", LZ1, Q1_, basis="归母净利润 (attributable), 第三季度"),
    m(NPG1, -13.07, "%", LZ1, Q1_, basis="yoy, 下降"),
    m("contract_liabilities|advance_receipts", 38.38e8, "CNY", LZ1, E1, prior=39.78e8,
      basis="合同负债, 报告期末; prior = 期初"),
    m("contract_liabilities|advance_receipts", 39.78e8, "CNY", LZ1, "2024-12-31", opt=True, basis="期初 (start of the year)"),
    m("contract_liabilities_change|contract_liabilities_growth|change", -3.52, "%", LZ1, E1, basis="vs 期初, 下降"),
    m("selling_expenses|sales_expenses", 24.19e8, "CNY", LZ1, N1, basis="销售费用, 报告期内"),
    m("selling_expenses_growth|sales_expenses_growth", -3.24, "%", LZ1, N1, basis="yoy, 下降"),
    m("administrative_expenses|management_expenses|admin_expenses", 6.82e8, "CNY", LZ1, N1, basis="管理费用, 报告期内"),
    m("administrative_expenses_growth|management_expenses_growth", -11.08, "%", LZ1, N1, basis="yoy, 下降"),
    m("financial_expenses_change|finance_costs_change|change", -1.43e8, "CNY", LZ1, N1,
      basis="财务费用 vs the same period last year (较去年同期减少)"),
    m("investment_income_change|change", 1463.62e4, "CNY", LZ1, N1,
      basis="投资收益发生额 vs the same period last year (增加)"),
    m("investment_income_growth|growth", 35.19, "%", LZ1, N1, basis="增幅, yoy"),
    m("non_operating_expenses_change|change", 2651.97e4, "CNY", LZ1, N1,
      basis="营业外支出发生额 vs the same period last year (增加)"),
    m("non_operating_expenses_growth|growth", 123.51, "%", LZ1, N1, basis="增幅, yoy"),
    m("sales|revenue", None, "CNY", "国窖1573|Guojiao 1573|" + LZ1, None, rng=(1e10, None), opt=True,
      basis="销售规模超百亿 (one of the three high-end baijiu brands above 百亿)"),
    m("shareholding|stake|ownership", 26.05, "%", "泸州老窖集团有限责任公司|老窖集团|Luzhou Laojiao Group", E1,
      basis="持股比例 in 泸州老窖, 第一大股东 (据三季报)"),
    m("shareholding|stake|ownership", 24.86, "%", "泸州市兴泸投资集团有限公司|兴泸集团|Xinglu Investment Group", E1,
      basis="持股比例 in 泸州老窖, 第二大股东 (据三季报)"),
], [])


# zh02: a news item on the statistics bureau's October retail-sales figures (gsdjw.com news/guonei/224095): the headline
# kept, reworded, on the first line; whole stored item. The figures are 2020's (the page and the printed 1-10月份 fall of
# 5.9%), but no year is printed in the item.
# Kind asked for: the statistics bureau's monthly retail-sales release (社会消费品零售总额, 商品零售, 餐饮收入, 网上零售额,
# 同比, 累计): all of these are printed, with the month-on-month growth and the pp changes against the previous month or
# window; no urban / rural split and no table.
# Key (October, no year printed): retail sales 38576亿元, +4.3% yoy (+1.0 pp on September), +0.68% mom; catering revenue
# 4372亿元 (+0.8%); goods retail 34204亿元 (+4.8%); cosmetics +18.3%, gold and jewellery +16.7%, autos +12.0%. Key
# (January-October): retail sales 311901亿元, -5.9% yoy (降幅收窄 1.3 pp on January-September -> +1.3 pp); online retail
# sales 91275亿元 (+10.9%, +1.2 pp); physical goods online +16.0% (+0.7 pp), 24.2% of total retail sales.
# Optional: the goods-retail streak "连续4个月正增长" (4 months).
# Judgement calls: the catering and goods-retail figures follow the January-October sentence but are October's (the
# headline's monthly catering growth "由负转正", 增速年内首次转正, and the monthly size of 4372亿元 and 34204亿元): period None
# with October in basis; "比9月份加快 / 比1-9月份加快" are pp changes of the growth rate without a prior (the earlier rates
# are not printed); the category growths are October's (10月份); "增速年内首次转正" prints no figure.
CN2 = "全国|中国|China|社会消费品零售总额"
O2 = "October (10月 / 10月份, no year printed)"
C2 = "January-October (1-10月份, no year printed), cumulative"
RS2 = "retail_sales|total_retail_sales|retail_sales_of_consumer_goods"
RSG2 = "retail_sales_growth|total_retail_sales_growth|retail_sales_of_consumer_goods_growth"
RSC2 = "retail_sales_growth_change|growth_change|rate_change"
GDS2, CAT2 = "商品零售|goods retail|goods", "餐饮收入|catering|catering revenue"
NET2 = "全国网上零售额|网上零售额|online retail sales|" + CN2
PHY2 = "实物商品网上零售额|physical goods online|online sales of physical goods"
ONL2, ONLG2 = "online_retail_sales|online_sales", "online_retail_sales_growth|online_sales_growth"
G["zh02"] = ([
    m(RS2, 38576e8, "CNY", CN2, None, basis="社会消费品零售总额, " + O2),
    m(RSG2, 4.3, "%", CN2, None, basis="yoy, " + O2),
    m(RSC2, 1.0, "pp", CN2, None, basis="growth rate 比9月份加快 (vs September), " + O2),
    m("retail_sales_growth_mom|retail_sales_mom|" + RSG2, 0.68, "%", CN2, None, basis="mom (环比), " + O2),
    m(RS2, 311901e8, "CNY", CN2, None, basis="社会消费品零售总额, " + C2),
    m(RSG2, -5.9, "%", CN2, None, basis="yoy, 下降, " + C2),
    m(RSC2, 1.3, "pp", CN2, None, basis="降幅比1-9月份收窄 (fall narrowed vs January-September), " + C2),
    m(RS2, 4372e8, "CNY", CAT2, None, basis="餐饮收入, " + O2),
    m(RSG2, 0.8, "%", CAT2, None, basis="yoy, 增速年内首次转正, " + O2),
    m(RS2, 34204e8, "CNY", GDS2, None, basis="商品零售, " + O2),
    m(RSG2, 4.8, "%", GDS2, None, basis="yoy, " + O2),
    m("growth_streak|streak", 4, "months", GDS2, None, opt=True, basis="连续4个月正增长"),
    m(RSG2, 18.3, "%", "化妆品类|cosmetics", None, basis="yoy, 消费升级类商品, " + O2),
    m(RSG2, 16.7, "%", "金银珠宝类|gold, silver and jewellery|jewellery", None, basis="yoy, " + O2),
    m(RSG2, 12.0, "%", "汽车类|汽车类商品|autos|automobiles", None, basis="yoy, " + O2),
    m(ONL2, 91275e8, "CNY", NET2, None, basis="全国网上零售额, " + C2),
    m(ONLG2, 10.9, "%", NET2, None, basis="yoy, " + C2),
    m("online_retail_sales_growth_change|" + RSC2, 1.2, "pp", NET2, None,
      basis="比1-9月份加快 (vs January-September), " + C2),
    m(ONLG2, 16.0, "%", PHY2, None, basis="growth (增长), " + C2),
    m("online_retail_sales_growth_change|" + RSC2, 0.7, "pp", PHY2, None,
      basis="比1-9月份加快 (vs January-September), " + C2),
    m("share_of_retail_sales|online_share|share", 24.2, "%", PHY2, None,
      basis="share of total retail sales of consumer goods (占…比重), " + C2),
], [])


# zh03: a 九方智投 margin-trading item on 中南建设 and the two markets (9fzt.com detail/smart/sz_000961_1_510033205): no
# headline in the stored text and none composed. Left out as page furniture: the link and chart titles "点击查看中南建设融资
# 融券详细数据融资走势表" / "融券走势表" and the link "点击查看两市融资融券详细数据". Cut: the passage ends with the list of the
# top five net financing purchases and sales, before the "说明:" block of four numbered definitions (no figure but their
# numbering 1-4 dropped). The two unpunctuated sentence ends of the page are closed with full stops.
# Kind asked for: margin trading or northbound / southbound money on a given day (融资融券余额, 融资买入额, 北向资金 / 南向资金
# 净买入, 个股): a day's margin figures for one stock (balances, purchases, repayments, net purchase) and the two markets'
# balance difference; no northbound or southbound money.
# Key (2023-09-15, printed 20230915): 中南建设's margin balance 4.06亿 (+0.13% on the previous trading day), financing
# balance 3.43亿, securities-lending balance 0.63亿, financing purchases 786.11万, repayments 747.46万, net financing
# purchase 38.65万, balance difference (两融差额) 2.80亿 with its 5-day cumulative rise of 3.74%. Key (period None): the two
# markets' margin-balance difference (两融余额差值) 14253.07亿 (+0.15%), 沪市 7412.63亿, 深市 6840.43亿.
# Optional: the list sizes 前五 (5 stocks each for net purchases and net sales).
# Judgement calls: "较上一个交易日同比增加" is a day-on-day change as printed (同比 kept in the text, "vs the previous trading
# day" in basis); 两融差额 / 两融余额差值 are the financing balance less the securities-lending balance (the page's own
# definition, left out with the 说明 block), metric margin_balance_difference; "近5个交易日累计上升3.74%" is a 5-day change
# of that difference; the two markets' figures are not dated in the text (period None); bare 亿 / 万 = CNY.
ZN3 = "中南建设|000961|Zhongnan Construction|Jiangsu Zhongnan Construction"
MKT3 = "两市|沪深两市|A股|A-share market|Shanghai and Shenzhen markets"
D3 = "2023-09-15"
FB3 = "financing_balance|margin_financing_balance|margin_balance"
MB3 = "margin_balance|margin_trading_balance|total_margin_balance|margin_financing_and_securities_lending_balance"
DIF3 = "margin_balance_difference|financing_minus_lending_balance|margin_balance"
G["zh03"] = ([
    m(MB3, 4.06e8, "CNY", ZN3, D3, basis="融资融券余额, 20230915"),
    m(FB3, 3.43e8, "CNY", ZN3, D3, basis="融资余额"),
    m("securities_lending_balance|short_selling_balance|lending_balance", 0.63e8, "CNY", ZN3, D3, basis="融券余额"),
    m("financing_purchases|margin_purchases|financing_buy", 786.11e4, "CNY", ZN3, D3, basis="融资买入额"),
    m("financing_repayment|margin_repayment|financing_repayments", 747.46e4, "CNY", ZN3, D3, basis="融资偿还额"),
    m("net_financing_purchase|financing_net_buy|net_buy", 38.65e4, "CNY", ZN3, D3, basis="融资净买入"),
    m("margin_balance_change|change", 0.13, "%", ZN3, D3,
      basis="融资融券余额 vs the previous trading day (printed 较上一个交易日同比增加)"),
    m(DIF3, 2.80e8, "CNY", ZN3, D3, basis="两融差额 (financing less securities lending), 当前"),
    m("margin_balance_difference_change|change", 3.74, "%", ZN3, D3, basis="近5个交易日累计上升 (5-day cumulative)"),
    m(DIF3, 14253.07e8, "CNY", MKT3, None, basis="两市历史两融余额差值 (financing less securities lending)"),
    m("margin_balance_difference_change|change", 0.15, "%", MKT3, None,
      basis="vs the previous trading day (printed 较上一个交易日同比增加)"),
    m(DIF3, 7412.63e8, "CNY", "沪市|上交所|Shanghai market|Shanghai Stock Exchange", None, basis="沪市两融余额差值"),
    m(DIF3, 6840.43e8, "CNY", "深市|深交所|Shenzhen market|Shenzhen Stock Exchange", None, basis="深市两融余额差值"),
    m("stock_count|count", 5, "stocks", "融资净买入额前五|top net financing purchases", None, opt=True,
      basis="前五: 迈瑞医疗、宁德时代、中国石油、赛力斯、贵州茅台"),
    m("stock_count|count", 5, "stocks", "融资净卖出额前五|top net financing sales", None, opt=True,
      basis="前五: 昆仑万维、中国银行、中国平安、光迅科技、紫金矿业"),
], [])


# zh04: a 光大证券 note on 美的集团 (000333.SZ) as relayed on m.huanbaoworld.com (sncekkps/20250318119859.HtmL): no headline in
# the stored text and none composed; whole stored item.
# Kind asked for: a broker's note on an A-share company from an outlet other than reportify and sohu (评级, 目标价, 营收和净利
# 预测, EPS, PE): rating, target price, attributable-profit forecasts, the current and five-year-average PE and the target
# PE are printed; no revenue forecast and no EPS.
# Key: attributable-profit forecasts 389亿 (FY2024), 436亿 (FY2025), 492亿元 (FY2026); 美的集团's PE(TTM) 14.4倍; the five-year
# average PE(TTM) 15.8倍 (美的) and 18.7倍 (海尔); the target PE 15倍 on 2025 earnings; the target price 86.00元.
# Optional: none.
# Rating action: 光大证券 maintains 买入 (buy) with a target of 86.00 CNY ("维持“买入”评级" printed twice: one action; no
# earlier target printed).
# Judgement calls: "389亿、436亿和492亿元" map in order to 2024, 2025, 2026 and share the closing 元 (CNY); the current and
# historical PE(TTM) are key valuation rows with period None (目前 / 过去五年, no year printed); the 15倍 PE behind the target
# is a key target_pe (news34); "四大战略主轴" / "五大业务架构" are names, and the code 000333.SZ is an alias.
MD4 = "美的集团|美的|000333.SZ|000333|Midea Group|Midea"
EB4 = "光大证券|Everbright Securities|EBSCN"
NPF4 = "net_profit_forecast|net_profit|net_profit_attributable"
PE4 = "pe_ttm|pe_ratio|pe"
G["zh04"] = ([
    m(NPF4, 389e8, "CNY", MD4, "FY2024", basis="归母净利润 forecast (预计), 光大证券"),
    m(NPF4, 436e8, "CNY", MD4, "FY2025", basis="归母净利润 forecast (预计), 光大证券"),
    m(NPF4, 492e8, "CNY", MD4, "FY2026", basis="归母净利润 forecast (预计), 光大证券"),
    m(PE4, 14.4, "x", MD4, None, basis="PE(TTM), 目前 (current)"),
    m("average_pe_ttm|" + PE4, 15.8, "x", MD4, None, basis="average PE(TTM) over the past five years (过去五年)"),
    m("average_pe_ttm|" + PE4, 18.7, "x", "海尔|海尔智家|Haier|Haier Smart Home", None,
      basis="average PE(TTM) over the past five years (过去五年)"),
    m("target_pe|pe_ratio|pe", 15, "x", MD4, "FY2025", basis="给予2025年盈利15倍PE (behind the target)"),
    m("target_price", 86.00, "CNY", MD4, None, basis="光大证券, 目标价"),
], [
    ra(EB4, MD4, "maintain", "buy", None, 86.00, None, "CNY"),
])


# zh05: 克而瑞研究中心's 2023 ranking of developers' sales with the December figures (《2023年中国房地产企业销售TOP200》,
# a 发现报告 copy on fxbaogao.com detail/4214521): the title kept, reworded, on the first line and the byline "文/克而瑞研究
# 中心" on the second; the foreword, the section head "榜单解读" and the first section with its head kept (reworded), and
# the quarterly table with its title. Left out as captions: the two chart titles "图:2019至2023年百强房企单月业绩走势图
# (亿元)" and "图:2023年1-12月百强房企单月业绩规模及同比变动(亿元)" and the two "数据来源:CRIC" lines (their 2019, 2023,
# 2023, 1, 12 dropped). The stored text runs the table together on one line with spaces; it is laid out one row a line
# with "|" between the cells, every cell as printed. Cut: the stored text breaks off after the next section head ("二、百强
# 房企格局分化,千亿房企16家 数据来源:CRIC 20"), so the passage ends with the table (16 and 20 dropped).
# Kind asked for: a ranking of developers' monthly sales (克而瑞 / 中指院 百强房企 销售额, 同比, 环比, 门槛值): the TOP100's
# December sales with mom and yoy, the full-year cumulative sales and yoy and the quarterly sales for five years; no
# 门槛值 (entry threshold) is printed in the stored text.
# Key: the 30 key cities' December supply -5% mom (printed "微降 5%" with its space) and transactions +10% mom and -21% yoy;
# TOP100 December sales (销售操盘金额) 4512.9亿元, +15.7% mom, -34.6% yoy; 2023 cumulative (1-12月) 54049.5亿元, -16.5% yoy;
# the table's 20 quarterly sales (2019Q1-2023Q4) and the four 2023 single-quarter yoy changes (+3.1%, -2.4%, -32.1%, -30.8%).
# Optional: the section's restatements of 4512.9亿元, 15.7% and 34.6% and the two restatements of the -16.5% (section head
# and body), each a twin; "近七成百强房企" with a cumulative fall (近X -> 70%).
# Judgement calls: the transactions' "同比下降21%" is December's yoy change for the 30 cities (the sentence is about the
# month's 绝对量); "全年累计同比转负" prints no figure; the cumulative 1-12月 figures take period 2023 (the full year); the
# table's cells are single-quarter sales of the TOP100 (操盘口径, 亿元), each quarter its own period, and its "单季度同比" is
# 2023's yoy (2023 vs 2022); the title's TOP200 and the date 2023年12月 give no rows.
TOP5 = "TOP100房企|百强房企|百强企业|top 100 developers|CRIC TOP100"
C305 = "重点30城|30 key cities"
D5, Y5 = "2023-12", "2023"
S5, SG5 = "sales|contracted_sales|sales_amount", "sales_growth|contracted_sales_growth"
TR5 = "transaction_growth|sales_volume_growth|transactions_growth"
TABLE5 = {
    "Q1": (18546.8, 14819.9, 27117.0, 14381.9, 14833.8, 3.1),
    "Q2": (26913.4, 30152.9, 34404.1, 16182.2, 15786.3, -2.4),
    "Q3": (24166.9, 31053.6, 24064.7, 16133.8, 10947.7, -32.1),
    "Q4": (31771.8, 38813.0, 25069.4, 18047.5, 12481.7, -30.8),
}
zh05 = [
    m("supply_growth|new_home_supply_growth", -5, "%", C305, D5, basis="mom (环比微降), printed 微降 5%"),
    m(TR5, 10, "%", C305, D5, basis="mom (环比上升)"),
    m(TR5, -21, "%", C305, D5, basis="yoy (同比下降), December's 绝对量"),
    m(S5, 4512.9e8, "CNY", TOP5, D5, basis="销售操盘金额, December (single month)"),
    m(SG5, 15.7, "%", TOP5, D5, basis="mom (环比增长)"),
    m(SG5, -34.6, "%", TOP5, D5, basis="yoy (同比降低)"),
    m(SG5, -16.5, "%", TOP5, Y5, basis="累计业绩 yoy (同比降低), 1-12月"),
    m("share_of_companies|share", 70, "%", TOP5, Y5, opt=True,
      basis="近七成百强房企 with a cumulative yoy fall (近X -> X)"),
    m(SG5, -16.5, "%", TOP5, Y5, opt=True, basis="section head: 累计业绩同比下降16.5% (twin)"),
    m(S5, 4512.9e8, "CNY", TOP5, D5, opt=True, basis="section body restatement (twin)"),
    m(SG5, 15.7, "%", TOP5, D5, opt=True, basis="mom, section body restatement (twin)"),
    m(SG5, -34.6, "%", TOP5, D5, opt=True, basis="yoy, section body restatement (twin)"),
    m(S5, 54049.5e8, "CNY", TOP5, Y5, basis="销售操盘金额, 1-12月 cumulative"),
    m(SG5, -16.5, "%", TOP5, Y5, opt=True, basis="cumulative yoy, section body restatement (twin)"),
]
for q, cells in TABLE5.items():
    for year, val in zip(range(2019, 2024), cells[:5]):
        zh05.append(m(S5, round(val * 1e8), "CNY", TOP5, f"{year}{q}", basis="single-quarter sales, 操盘口径 (table, 亿元)"))
    zh05.append(m(SG5, cells[5], "%", TOP5, f"2023{q}", basis="单季度同比 (2023 vs 2022), table"))
G["zh05"] = (zh05, [])


# zh06: the weekly hog, corn and feed price item of 四川省发展和改革委员会 (fgw.sc.gov.cn sfgw/qszlbj/2021/12/16/0e8280cf…):
# no headline in the stored text and none composed. Left out as page furniture: the table's source line "数据来源:四川省价格
# 监测局" and the line "扫一扫在手机打开当前页". The table, stored one cell a line with "|" after each cell, is laid out one
# row a line with "|" between the cells, every cell as printed (the "∕" of "元∕50千克" and "元∕千克" and the "/" of "元/千克"
# kept). Whole stored item otherwise.
# Kind asked for: a farm-goods price report (生猪、猪肉、玉米、豆粕 prices in 元/公斤 or 元/吨, 环比/同比, 周度): a provincial
# weekly report with the hog, corn and feed prices, their week-on-week changes and the hog-grain and hog-feed ratios; no
# 猪肉 or 豆粕 price and no yoy change is printed.
# Key (period None, 本周 12月16日 vs 上周 12月9日): hog price 952元/50千克, -25元/50千克 and -2.53% on the week; corn 3.11元/千克
# and feed 3.90元/千克 (与上周持平 -> prior = level); hog-grain ratio 6.12 (printed 6.12:1), -0.15 点; hog-feed ratio 4.88
# (4.88:1), -0.13 点.
# Optional: the table's 952, -2.53, 3.11 and 3.90 (twins); the table's 0.00 week-on-week changes of corn and feed (zero
# changes, news31).
# Judgement calls: the province is not named in the text (全省, 省价格监测局; the page's source line naming it is left out),
# so the entities are the products with 全省 as alias; prices are per 50 kg or per kg as printed (CNY with the unit in
# basis, news48 zh06); the ratios are multiples ("x", news48 zh06) and "下降0.15个点" a change in ratio points ("points");
# the table's "-2.53" is the same change as the prose's 降幅2.53% (twin).
HOG6 = "生猪|生猪出场价|出栏肥猪|live hogs|hogs|全省"
CORN6 = "玉米|玉米批发价|corn|全省"
FEED6 = "饲料|饲料批发价|育肥猪饲料|hog finishing feed|feed|全省"
W6 = "本周 (12月16日) vs 上周 (12月9日), no year printed"
AP6 = "average_price|price|wholesale_price|purchase_price"
G["zh06"] = ([
    m(AP6, 952, "CNY", HOG6, None, basis="生猪均价, per 50 kg (元/50千克), " + W6),
    m("price_change", -25, "CNY", HOG6, None, basis="week-on-week, per 50 kg (下降25元/50千克)"),
    m("price_change", -2.53, "%", HOG6, None, basis="week-on-week (降幅)"),
    m(AP6, 3.11, "CNY", CORN6, None, prior=3.11, basis="玉米均价, per kg (元/千克); 与上周持平 (prior = level), " + W6),
    m(AP6, 3.90, "CNY", FEED6, None, prior=3.90, basis="饲料均价, per kg (元/千克); 与上周持平 (prior = level), " + W6),
    m("hog_grain_price_ratio|hog_grain_ratio|pig_grain_ratio", 6.12, "x",
      "全省平均猪粮比|猪粮比|hog-grain price ratio|全省", None, basis="printed 6.12:1, " + W6),
    m("hog_grain_price_ratio_change|ratio_change|change", -0.15, "points",
      "全省平均猪粮比|猪粮比|hog-grain price ratio|全省", None, basis="比上周下降0.15个点 (ratio points)"),
    m("hog_feed_price_ratio|hog_feed_ratio|pig_feed_ratio", 4.88, "x",
      "平均猪料比|猪料比|hog-feed price ratio|全省", None, basis="printed 4.88:1, " + W6),
    m("hog_feed_price_ratio_change|ratio_change|change", -0.13, "points",
      "平均猪料比|猪料比|hog-feed price ratio|全省", None, basis="比上周下降0.13个点 (ratio points)"),
    m(AP6, 952, "CNY", HOG6, None, opt=True, basis="table: 生猪出场价, 元∕50千克, 出栏肥猪 (twin)"),
    m("price_change", -2.53, "%", HOG6, None, opt=True, basis="table: 环比(%) (twin)"),
    m(AP6, 3.11, "CNY", CORN6, None, opt=True, basis="table: 玉米批发价, 元∕千克, 颗粒 (twin)"),
    m("price_change", 0.00, "%", CORN6, None, opt=True, basis="table: 环比(%) 0.00 (zero change)"),
    m(AP6, 3.90, "CNY", FEED6, None, opt=True, basis="table: 饲料批发价, 元/千克, 育肥猪饲料 (twin)"),
    m("price_change", 0.00, "%", FEED6, None, opt=True, basis="table: 环比(%) 0.00 (zero change)"),
], [])
