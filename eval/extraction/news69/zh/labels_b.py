# Hand labels for news69/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong, Macau and Taiwan): 商業電台
# 881903's item on 新鴻基地產's interim results, now新聞台's item on the Hong Kong Tourism Board's full-year visitor
# figures, 財訊快報's item on 南亞科's third-quarter 2019 results relayed by Yahoo 奇摩股市, 中央社's item on the three
# institutional investors' net buying on 2020-03-26 relayed by Yahoo 奇摩股市, the Macau government portal's release of
# 統計暨普查局's December 2011 consumer price index, and 樂居財經's item on 世茂集團's November 2021 operating data relayed
# by nanmuxuan.com (zh-hk); see batch_b.md.
# Helpers m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "visitors", "nights", "lots", "square metres", "square feet", "x",
# "持平", "average_selling_price", "net_gearing", "occupancy", "net_buy").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news68/zh and news67/zh README.md and labels_*.py, with the precedents named below: news22 zh07 for
# 新鴻基地產's results rows (underlying profit, property-sales profit, contracted sales, rental income, land bank in
# "square feet" with period None); news68 zh07 / news62 zh09 for interim results without a printed year (period "H1");
# news65 for "持平" / "維持" -> prior = level, no zero row, and "visitors" / "nights" for 人次 / 晚; news17 zh17 and news19
# zh12 for Taiwan institutional flows (net_buy rows, net sells negative, stock-level flows in "lots" for 張); news63 zh10
# for 統計暨普查局's CPI releases (index levels as "points" rows, category changes on the category, the methodology note's
# coverage and spending bands optional); news66 zh04 and the ASP rows of earlier sets for developers' monthly sales
# (average price in CNY with "per square metre" in basis); news67 zh12 / news66 zh11 for year-earlier comparatives as
# priors plus an optional row of their own.
# Currency: Hong Kong bare 元 / 港仙 = HKD (zh07; 98港仙 -> 0.98 HKD); 港元 = HKD (zh08), and zh08's promotion budget
# "3億5200萬" without a unit is HKD (the Hong Kong Tourism Board's budget); Taiwan 元 / 億元 / 新台幣 = TWD (zh09, zh10);
# 澳門元 = MOP (zh11's spending bands); 人民幣 = CNY (zh12).
# Values fully scaled (122.13億元 -> 1.2213e10; 6048萬 -> 6.048e7; 3億5200萬 -> 3.52e8; 2萬210張 -> 20210 lots;
# 2,578.9億元 -> 2.5789e11); Chinese numerals resolved (一成二 -> 12, 一成六 -> 16, 7成6 -> 76, 近1倍 -> 100 %).
# Declines negative (下跌, 跌, 減少, 下降, 季減, 賣超 as negative net buying).
# Periods only where the text states or clearly implies the year: zh07 "H1" (截至去年底止中期; no year printed); zh08 None
# for the visitor figures (去年, no year printed; the budget's "15、16年度" is not used to date them) and "FY2015/16" for the
# printed budget year; zh09 2019Q3, 2019Q1-Q3 and 2019-09-30 (printed 2019年第三季, 2019年前三季, 2019年9月30日); zh10
# 2020-03-26 (the printed dateline 2020年3月26日; 今天 = that day); zh11 FY2011, 2011-12 and 2011Q4 (printed); zh12 2021-11,
# 2020-11 and 2021-01..11 (printed).
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 新鴻基地產's interim results (881903; no headline in the stored text and none composed; the sub-head kept,
# reworded; the stray spaces before "," and "。" after 13.5%, 8.7倍, 189億元 and 89.5億元 kept; cut before the last
# sentence, "業績亦提到,新地去年11月投得屯門第16區站第一期物業發展項目,計劃發展為總", where the stored text breaks off).
# Key (period "H1"): underlying profit 122.13億元 (+16.7%); underlying EPS 4.21元 (+16.6%); profit 102.47億元 and EPS 3.54元
# (both +36.2% -> two growth rows); interim dividend 98港仙 (+3%); revenue 527.05億元 (+32%); net gearing 13.5%; interest
# cover 8.7倍; property-sales profit 48.85億元 (+95%); attributable contracted sales 約189億元; gross rental income 122.85億元
# (持平 -> prior = level); net rental income 89.5億元 (-1%); mall occupancy 94%; IFC 98%; ICC 91% (維持 -> prior = level);
# Hong Kong land bank 約5730萬平方呎, of which 約3820萬呎 completed and 約1320萬呎 residential under development for sale
# (period None, as news22 zh07).
# Optional: the sub-head's "按年增近1倍" (an approximate restatement of +95%, 近1倍 -> 100 %) and its count of 5 residential
# projects; 未來10個月 (a span) gives no row.
# Judgement calls: no year is printed (截至去年底) -> "H1" for the interim figures, as for a bank's interim results in
# news68 zh07 (the first half of the company's financial year); 元 = HKD; 每股基礎溢利 is underlying EPS; "均按年增36.2%"
# gives a growth row for the profit and one for the EPS; 利息覆蓋率8.7倍 -> "x"; the land bank is a stock at 去年底 ->
# period None like news22 zh07; the lettings demand at IFC / ICC carries no figure beyond the occupancy rates.
SHKP = "新鴻基地產|新地|新鴻基|Sun Hung Kai Properties|SHKP|00016|00016.HK|0016|16"
IFC7 = "國際金融中心|中環國際金融中心|IFC|International Finance Centre|" + SHKP
ICC7 = "環球貿易廣場|西九龍環球貿易廣場|ICC|International Commerce Centre|" + SHKP
MALL7 = "新地商場組合|商場組合|SHKP malls|" + SHKP
P7 = "H1"
UP7 = "underlying_profit|underlying_net_profit|core_profit|basic_profit"
UPG7 = "underlying_profit_growth|underlying_net_profit_growth|core_profit_growth"
G["zh07"] = ([
    m(UP7, 1.2213e10, "HKD", SHKP, P7, basis="interim, 基礎溢利, 截至去年底"),
    m(UPG7, 16.7, "%", SHKP, P7, basis="yoy"),
    m("underlying_eps|core_eps|eps", 4.21, "HKD", SHKP, P7, basis="每股基礎溢利"),
    m("underlying_eps_growth|core_eps_growth|eps_growth", 16.6, "%", SHKP, P7, basis="yoy"),
    m("net_profit|profit_attributable|reported_profit", 1.0247e10, "HKD", SHKP, P7, basis="溢利"),
    m("net_profit_growth|profit_growth", 36.2, "%", SHKP, P7, basis="yoy (均按年增36.2%)"),
    m("eps|earnings_per_share", 3.54, "HKD", SHKP, P7, basis="每股溢利"),
    m("eps_growth|earnings_per_share_growth", 36.2, "%", SHKP, P7, basis="yoy (均按年增36.2%)"),
    m("interim_dividend|dividend_per_share|dps", 0.98, "HKD", SHKP, P7, basis="中期息每股98港仙"),
    m("dividend_growth|dps_growth|interim_dividend_growth", 3, "%", SHKP, P7, basis="yoy, 多"),
    m("revenue", 5.2705e10, "HKD", SHKP, P7),
    m("revenue_growth", 32, "%", SHKP, P7, basis="yoy"),
    m("net_gearing|net_debt_to_equity|gearing_ratio", 13.5, "%", SHKP, P7, basis="截至去年底"),
    m("interest_cover|interest_coverage", 8.7, "x", SHKP, P7, basis="截至去年底"),
    m("property_sales_profit|profit_from_property_sales", 4.885e9, "HKD", SHKP, P7),
    m("property_sales_profit_growth|profit_from_property_sales_growth", 95, "%", SHKP, P7, basis="yoy"),
    m("property_sales_profit_growth|profit_from_property_sales_growth", 100, "%", SHKP, P7, opt=True,
      basis="sub-head, 按年增近1倍 (approximate restatement of +95%)"),
    m("contracted_sales", 1.89e10, "HKD", SHKP, P7, basis="attributable (以所佔權益計), 約"),
    m("gross_rental_income|rental_income", 1.2285e10, "HKD", SHKP, P7, prior=1.2285e10,
      basis="總租金收入, 與去年同期持平 (prior = level)"),
    m("net_rental_income", 8.95e9, "HKD", SHKP, P7),
    m("net_rental_income_growth|rental_income_growth", -1, "%", SHKP, P7, basis="yoy, 下跌"),
    m("occupancy_rate|occupancy", 94, "%", MALL7, P7, basis="average, mall portfolio"),
    m("occupancy_rate|occupancy", 98, "%", IFC7, P7, basis="升至"),
    m("occupancy_rate|occupancy", 91, "%", ICC7, P7, prior=91, basis="維持 (prior = level)"),
    m("land_bank|landbank", 5.73e7, "square feet", SHKP, None, basis="Hong Kong, 截至去年底, 約"),
    m("land_bank|completed_properties", 3.82e7, "square feet", SHKP, None,
      basis="Hong Kong land bank, completed properties, 約"),
    m("land_bank|properties_under_development", 1.32e7, "square feet", SHKP, None,
      basis="Hong Kong land bank, residential under development for sale, 約"),
    m("project_count|projects", 5, "projects", SHKP, None, opt=True, basis="sub-head, residential projects in the next 10 months"),
], [])


# zh08: the Hong Kong Tourism Board's full-year visitor figures (now新聞台; headline kept, reworded (入境旅客增12% 人均消費微跌
# -> 入境旅客人次增12% 人均消費略跌; the stored page prints it twice, kept once); the 【now新聞台】 tag kept; the like / share
# counters ("0 0") and the related-story list left out; whole stored item otherwise).
# Key (period None): visitors 近6048萬人次 (+12%, 一成二); mainland 4724.8萬 (+16%, 一成六); non-Guangdong mainland +14.8%;
# overnight 2777萬 (+8.2%); mainland overnight 1908萬 (+11.6%); overnight stay 3.3晚 (-0.1晚); overnight per-capita spending
# 7975港元 (-1.8%); inbound-tourism-related spending 3582億港元 (+8.7%); the 15、16年度 promotion budget 3億5200萬, 近1億6700萬
# of it for source-market promotion, 7成6 of those resources to international markets.
# Optional: none.
# Judgement calls: 去年 is not dated in the text -> period None for the visitor figures (the budget year 15、16 hints at
# the year but is not used to date them); the budget rows take "FY2015/16" (printed 15、16年度; the Hong Kong Tourism
# Board's financial year); 近X -> X; the headline's 增12% is the body's 一成二 (one row); "人均消費微跌" in the headline and
# "人均消費額…下跌" in the lead carry no figure beyond the overnight visitors' -1.8%; 佔最多 (mainland) gives no share row (no
# figure printed); the 3億5200萬 budget is HKD (Hong Kong statutory body; no currency printed); "其中7成6資源" follows the
# source-market clause -> share of the source-market resources (basis); counts in 人次 -> "visitors", 晚 -> "nights".
HK8 = "訪港旅客|香港|Hong Kong|旅發局|香港旅遊發展局|HKTB|Hong Kong Tourism Board"
ML8 = "內地遊客|內地旅客|內地|mainland visitors|mainland China|" + HK8
NGD8 = "非廣東遊客|非廣東|non-Guangdong visitors|" + HK8
ON8 = "過夜旅客|overnight visitors|" + HK8
MON8 = "內地過夜旅客|內地市場|mainland overnight visitors|" + HK8
TB8 = "旅發局|香港旅遊發展局|HKTB|Hong Kong Tourism Board"
VA8, VG8 = "visitor_arrivals|visitors|tourist_arrivals", "visitor_arrivals_growth|visitors_growth|tourist_arrivals_growth"
B8 = "FY2015/16"
G["zh08"] = ([
    m(VA8, 6.048e7, "visitors", HK8, None, basis="去年, 近6048萬人次"),
    m(VG8, 12, "%", HK8, None, basis="yoy, 一成二 (headline 增12%)"),
    m(VA8, 4.7248e7, "visitors", ML8, None, basis="去年"),
    m(VG8, 16, "%", ML8, None, basis="yoy, 一成六"),
    m(VG8, 14.8, "%", NGD8, None, basis="yoy"),
    m(VA8, 2.777e7, "visitors", ON8, None, basis="去年"),
    m(VG8, 8.2, "%", ON8, None, basis="yoy"),
    m(VA8, 1.908e7, "visitors", MON8, None, basis="去年, largest overnight market"),
    m(VG8, 11.6, "%", MON8, None, basis="yoy"),
    m("average_length_of_stay|length_of_stay", 3.3, "nights", ON8, None),
    m("length_of_stay_change|average_length_of_stay_change", -0.1, "nights", ON8, None, basis="yoy, 跌"),
    m("per_capita_spending|spending_per_visitor", 7975, "HKD", ON8, None, basis="overnight visitors"),
    m("per_capita_spending_change|spending_per_visitor_change", -1.8, "%", ON8, None, basis="下跌"),
    m("tourism_expenditure|inbound_tourism_spending|total_spending", 3.582e11, "HKD", HK8, None,
      basis="inbound-tourism-related total spending (住宿、購物、餐飲及娛樂)"),
    m("tourism_expenditure_growth|inbound_tourism_spending_growth|total_spending_growth", 8.7, "%", HK8, None,
      basis="增加"),
    m("promotion_budget|budget", 3.52e8, "HKD", TB8, B8, basis="總推廣預算 3億5200萬 (no currency printed)"),
    m("promotion_budget|budget", 1.67e8, "HKD", TB8, B8, basis="近1億6700萬, source-market promotion"),
    m("budget_share|share", 76, "%", "國際市場|international markets|" + TB8, B8,
      basis="7成6 of the source-market resources to international markets"),
], [])


# zh09: 南亞科's third-quarter 2019 results (財訊快報 relayed by Yahoo 奇摩股市; headline kept, reworded (季減 -> 較上季減);
# the byline 【財訊快報/記者李純君報導】 left out; whole stored item otherwise).
# Key: 2019Q3 net profit 22.05億元, net margin 14.9% (-7.2 pp qoq), EPS 0.72元; revenue 147.99億元 (+19.0% qoq); gross
# profit 41.37億元, gross margin 28.0% (-6.9 pp); operating profit 22.52億元, operating margin 15.2% (-7.3 pp); non-operating
# income 4.32億元; income tax 4.79億元; 2019Q1-Q3 net profit 85.39億元 and EPS 2.81元; book value per share 49.71元
# (2019-09-30).
# Optional: the weighted average shares 30.42億股.
# Judgement calls: 元 / 億元 = TWD; 較上季 / 季減 / 較第二季 = qoq, pp changes as "pp"; the headline's 7.2個百分點 and 0.72元,
# and the body's repeated 22.05億元 / 14.9% / 7.2 pp / 0.72元 / 2.81元 / 49.71元 give one row each; 今年 = 2019 (printed
# 2019年前三季 beside 今年前三季); "截至第三季底" = 2019-09-30 (printed). The qualitative sales-volume and ASP changes
# ("季增中三十位數百分比", "季跌低十位數百分比") and the bit-shipment target ("低十位數字百分比") print no numeral -> no rows.
NYK = "南亞科|南亞科技|Nanya Technology|Nanya|2408"
Q9, N9, D9 = "2019Q3", "2019Q1-Q3", "2019-09-30"
G["zh09"] = ([
    m("net_profit|net_income|after_tax_profit", 2.205e9, "TWD", NYK, Q9, basis="稅後淨利"),
    m("net_margin|net_profit_margin", 14.9, "%", NYK, Q9),
    m("net_margin_change|net_profit_margin_change", -7.2, "pp", NYK, Q9, basis="qoq, 季減"),
    m("eps|earnings_per_share", 0.72, "TWD", NYK, Q9),
    m("revenue|sales", 1.4799e10, "TWD", NYK, Q9),
    m("revenue_growth|sales_growth", 19.0, "%", NYK, Q9, basis="qoq, 較上季成長"),
    m("gross_profit", 4.137e9, "TWD", NYK, Q9),
    m("gross_margin", 28.0, "%", NYK, Q9),
    m("gross_margin_change", -6.9, "pp", NYK, Q9, basis="qoq, 減少"),
    m("operating_profit|operating_income", 2.252e9, "TWD", NYK, Q9),
    m("operating_margin", 15.2, "%", NYK, Q9),
    m("operating_margin_change", -7.3, "pp", NYK, Q9, basis="qoq, 減少"),
    m("non_operating_income|other_income", 4.32e8, "TWD", NYK, Q9, basis="營業外收入"),
    m("income_tax|tax_expense", 4.79e8, "TWD", NYK, Q9, basis="所得稅費用"),
    m("net_profit|net_income|after_tax_profit", 8.539e9, "TWD", NYK, N9, basis="cumulative first three quarters"),
    m("eps|earnings_per_share", 2.81, "TWD", NYK, N9, basis="cumulative first three quarters"),
    m("book_value_per_share|bvps|nav_per_share", 49.71, "TWD", NYK, D9, basis="每股淨值"),
    m("weighted_average_shares|shares_outstanding", 3.042e9, "shares", NYK, N9, opt=True,
      basis="加權平均流通在外股數 30.42億股"),
], [])


# zh10: the three institutional investors' net buying on a Taiwan trading day (中央社 relayed by Yahoo 奇摩股市; headline kept,
# reworded (最多 -> 居首); the dateline kept without the reporter's name ((中央社記者潘智義台北2020年3月26日電) ->
# (中央社台北2020年3月26日電)); the spaces around the stock codes kept; whole stored item otherwise).
# Key (2020-03-26): TAIEX close 9736.36 points (+91.61); turnover 1527.96億元; three institutions' net buying 77.87億元;
# dealers -13.15億元; investment trusts +5.01億元; foreign and mainland investors +86.01億元 (the headline's 86.01億 is
# the same row); foreign net buying of 台積電 2萬210張, three-session cumulative 近5萬張; 新光金 1萬2736張; 大同 4791張.
# Optional: the headline's and lead's "逾2萬張" (a bound beside the exact 2萬210張); "每天賣超至少百億元" during the streak
# (an open bound on each day's net selling); the streak counts (12 sessions of net selling, 3 sessions of buying 台積電).
# Judgement calls: 新台幣 / 億元 = TWD; 賣超 -> negative net_buy; stock-level flows in 張 -> "lots" (news19 zh12); 今天 =
# 2020-03-26 (the dateline); "不足百億元" restates the 86.01億元 as a bound -> no row; the ranks (第1名 …) and the count of
# financial stocks in the top ten (一半) give no rows.
TW10 = "加權指數|台股|台灣加權股價指數|集中市場|TAIEX"
TSMC10 = "台積電|台灣積體電路|TSMC|2330"
SKF10 = "新光金|新光金控|Shin Kong Financial|2888"
TAT10 = "大同|Tatung|2371"
FOR10 = "外資及陸資|外資|foreign investors"
NB10 = "net_buy|net_inflow|fund_flow"
FNB10 = "foreign_net_buy|net_buy"
D10 = "2020-03-26"
G["zh10"] = ([
    m("index_level", 9736.36, "points", TW10, D10, basis="close"),
    m("index_change", 91.61, "points", TW10, D10, basis="上漲"),
    m("turnover|trading_value", 1.52796e11, "TWD", TW10, D10, basis="成交值"),
    m(NB10, 7.787e9, "TWD", "三大法人|institutional investors", D10, basis="合共買超"),
    m(NB10, -1.315e9, "TWD", "自營商|dealers", D10, basis="賣超"),
    m(NB10, 5.01e8, "TWD", "投信|investment trusts", D10, basis="買超"),
    m(NB10, 8.601e9, "TWD", FOR10, D10, basis="買超 (headline repeats)"),
    m(FNB10, 20210, "lots", TSMC10, D10, basis="外資買超, 張, first"),
    m(FNB10, 50000, "lots", TSMC10, None, basis="外資 three consecutive sessions, cumulative, 近5萬張"),
    m(FNB10, 12736, "lots", SKF10, D10, basis="外資買超, 張, second"),
    m(FNB10, 4791, "lots", TAT10, D10, basis="外資買超, 張, third"),
    m(FNB10, None, "lots", TSMC10, D10, rng=(20000, None), opt=True, basis="逾2萬張 (headline and lead)"),
    m(NB10, None, "TWD", FOR10, None, rng=(None, -1e10), opt=True,
      basis="每天賣超至少百億元, each day of the 3月6日至23日 streak"),
    m("net_sell_streak|streak", 12, "sessions", FOR10, None, opt=True, basis="連續12個營業日賣超 (3月6日至23日)"),
    m("net_buy_streak|streak", 3, "sessions", TSMC10, None, opt=True, basis="外資連3天買超"),
], [])


# zh11: Macau's consumer price index for December 2011 with the full year and the fourth quarter (統計暨普查局's release
# on gov.mo zh-hant; Traditional, half-width punctuation and the signed bracketed changes "(+9.06%)" kept; the release
# title kept, reworded (二零一一年十二月消費物價指數 -> 消費物價指數(二零一一年十二月)); the release is one paragraph with a
# space between its parts, kept so; the portal's "跳過導航" line left out; whole stored item otherwise).
# Key: FY2011 Composite CPI average index 110.30, inflation 5.81%, dining out / clothing / petrol pushing inflation up
# 2.5 pp; FY2011 category changes 雜項商品及服務 +9.06%, 交通 +8.75%, 食物及非酒精飲品 +8.14%, 衣履 +6.73%, 通訊 -10.67%;
# CPI-A 109.49 (+5.51%), CPI-B 110.63 (+5.99%); December 2011: Composite 113.40 (+6.81% yoy), 煙酒 +11.08%, 食物及非酒精飲品
# +11.02%, 雜項商品及服務 +9.00%, 通訊 -13.96%, CPI-A 112.48 (+6.80%), CPI-B 113.77 (+6.90%); mom: Composite +0.74%, 煙酒
# +10.48%, 衣履 +3.02%, 康樂及文化 +1.34%, 交通 -0.03%, CPI-A +0.69%, CPI-B +0.74%; 2011Q4 vs 2010Q4: Composite +6.72%,
# 食物及非酒精飲品 +10.40%, 雜項商品及服務 +9.53%, 交通 +7.57%, CPI-A +6.57%, CPI-B +6.88%.
# Optional: the methodology note's coverage shares (約50% / 約30% of households) and monthly-spending bands (6,000至18,999 /
# 19,000至34,999澳門元, closed ranges), as in news63 zh10.
# Judgement calls: index levels printed in brackets or after 為 are key "points" rows (news63 zh10); 年通脹率 is the yoy
# change of the annual average index (FY2011); the 2.5個百分點 pushed up by three items is a contribution row in pp on
# those items; "依次" / "分別" lists are mapped in order; the base period 2008/2009 gives no row.
CPI11 = ("綜合消費物價指數|綜合消費物價平均指數|消費物價指數|Composite CPI|Composite Consumer Price Index|CPI|澳門|"
         "Macau|Macao")
CPIA11 = "甲類消費物價指數|甲類消費物價平均指數|甲類|CPI-A|CPI(A)|" + CPI11
CPIB11 = "乙類消費物價指數|乙類消費物價平均指數|乙類|CPI-B|CPI(B)|" + CPI11
INF11 = "inflation|inflation_rate|cpi_inflation|cpi_yoy|cpi_change"
MOM11 = "cpi_mom|inflation_mom|cpi_change|mom_change|" + INF11
COMP11 = "cpi_component_change|price_change|inflation|cpi_change|price_index_change"
LVL11 = "cpi_index|index_level|cpi|price_index"
Y11, M11, Q11 = "FY2011", "2011-12", "2011Q4"


def comp11(name, alias, v, per, what):
    return m(COMP11, v, "%", name + "|" + alias + "|" + CPI11, per, basis=what)


G["zh11"] = ([
    m(LVL11 + "|average_cpi", 110.30, "points", CPI11, Y11, basis="綜合消費物價平均指數, 2011年全年"),
    m(INF11 + "|average_cpi_change", 5.81, "%", CPI11, Y11, basis="年通脹率"),
    m("cpi_contribution|inflation_contribution", 2.5, "pp",
      "外出用膳、成衣及汽油|dining out, clothing and petrol|" + CPI11, Y11, basis="合共推高通脹率2.5個百分點"),
    comp11("雜項商品及服務", "miscellaneous goods and services", 9.06, Y11, "2011 average, (+9.06%)"),
    comp11("交通", "transport", 8.75, Y11, "2011 average, (+8.75%)"),
    comp11("食物及非酒精飲品", "food and non-alcoholic beverages", 8.14, Y11, "2011 average, (+8.14%)"),
    comp11("衣履", "clothing and footwear", 6.73, Y11, "2011 average, (+6.73%)"),
    comp11("通訊", "communication", -10.67, Y11, "2011 average, 下跌"),
    m(LVL11 + "|average_cpi", 109.49, "points", CPIA11, Y11, basis="甲類消費物價平均指數 (109.49)"),
    m(LVL11 + "|average_cpi", 110.63, "points", CPIB11, Y11, basis="乙類消費物價平均指數 (110.63)"),
    m(INF11 + "|average_cpi_change", 5.51, "%", CPIA11, Y11, basis="yoy (分別, first)"),
    m(INF11 + "|average_cpi_change", 5.99, "%", CPIB11, Y11, basis="yoy (分別, second)"),
    m(LVL11, 113.40, "points", CPI11, M11, basis="綜合消費物價指數 (113.40)"),
    m(INF11, 6.81, "%", CPI11, M11, basis="yoy, 按年上升"),
    comp11("煙酒", "alcoholic beverages and tobacco", 11.08, M11, "yoy, (+11.08%)"),
    comp11("食物及非酒精飲品", "food and non-alcoholic beverages", 11.02, M11, "yoy, (+11.02%)"),
    comp11("雜項商品及服務", "miscellaneous goods and services", 9.00, M11, "yoy, (+9.00%)"),
    comp11("通訊", "communication", -13.96, M11, "yoy, 按年下跌"),
    m(LVL11, 112.48, "points", CPIA11, M11, basis="甲類 (112.48)"),
    m(LVL11, 113.77, "points", CPIB11, M11, basis="乙類 (113.77)"),
    m(INF11, 6.80, "%", CPIA11, M11, basis="yoy (分別, first)"),
    m(INF11, 6.90, "%", CPIB11, M11, basis="yoy (分別, second)"),
    m(MOM11, 0.74, "%", CPI11, M11, basis="mom, 按月上升"),
    comp11("煙酒", "alcoholic beverages and tobacco", 10.48, M11, "mom (分別, first)"),
    comp11("衣履", "clothing and footwear", 3.02, M11, "mom (分別, second)"),
    comp11("康樂及文化", "recreation and culture", 1.34, M11, "mom (分別, third)"),
    comp11("交通", "transport", -0.03, M11, "mom, 按月下跌"),
    m(MOM11, 0.69, "%", CPIA11, M11, basis="mom (分別, first)"),
    m(MOM11, 0.74, "%", CPIB11, M11, basis="mom (分別, second)"),
    m(INF11, 6.72, "%", CPI11, Q11, basis="vs 2010年同季"),
    comp11("食物及非酒精飲品", "food and non-alcoholic beverages", 10.40, Q11, "vs 2010Q4, (+10.40%)"),
    comp11("雜項商品及服務", "miscellaneous goods and services", 9.53, Q11, "vs 2010Q4, (+9.53%)"),
    comp11("交通", "transport", 7.57, Q11, "vs 2010Q4, (+7.57%)"),
    m(INF11, 6.57, "%", CPIA11, Q11, basis="vs 2010年第4季 (分別, first)"),
    m(INF11, 6.88, "%", CPIB11, Q11, basis="vs 2010年第4季 (分別, second)"),
    m("household_coverage|coverage|share_of_households", 50, "%", CPIA11, None, opt=True, basis="約50%住戶 (methodology)"),
    m("household_coverage|coverage|share_of_households", 30, "%", CPIB11, None, opt=True, basis="約30%住戶 (methodology)"),
    m("monthly_expenditure|household_expenditure", None, "MOP", CPIA11, None, rng=(6000, 18999), opt=True,
      basis="每月平均開支 band of CPI-A households"),
    m("monthly_expenditure|household_expenditure", None, "MOP", CPIB11, None, rng=(19000, 34999), opt=True,
      basis="每月平均開支 band of CPI-B households"),
], [])


# zh12: 世茂集團's monthly operating data for November 2021 with the eleven months (樂居財經 relayed by nanmuxuan.com,
# zh-hk; the byline "樂居財經 張林霞" and the closing "文章來源:樂居財經" left out; the stray space before "。" in the
# first sentence kept; no headline in the stored text and none composed; whole stored item otherwise).
# Key: November 2021 contracted sales 約人民幣160.5億元 (prior: 2020年11月 人民幣315.2億元), contracted area 950,360平方米
# (prior 1,793,519平方米), average price 人民幣16,888元 per square metre; eleven months to 2021-11-30: contracted sales
# 約人民幣2,578.9億元 and area 14,615,605平方米, both -2% yoy (two rows), average price 人民幣17,645元 per square metre.
# Optional: the year-earlier November figures as rows of their own (2020-11).
# Judgement calls: "(2020年11月為…)" is the year-earlier comparative -> prior of the November rows plus an optional row
# (news67 zh12 / news66 zh11 precedent); the monthly yoy change is not printed (no derived row); "較去年同期均下降2%" gives a
# -2% row for the sales and one for the area; 約 -> value; average prices in CNY with "per square metre" in basis;
# 12月17日 (the publication day) gives no row.
SH12 = "世茂集團|世茂|Shimao Group|Shimao|00813|00813.HK|813"
N12, P12, Y12 = "2021-11", "2020-11", "2021-01..11"
ASP12 = "average_selling_price|asp|average_price"
GFA12 = "contracted_gfa|contracted_area|gfa_sold"
G["zh12"] = ([
    m("contracted_sales", 1.605e10, "CNY", SH12, N12, prior=3.152e10, basis="約; prior = 2020年11月"),
    m("contracted_sales", 3.152e10, "CNY", SH12, P12, opt=True, basis="2020年11月 (year-earlier comparative)"),
    m(GFA12, 950360, "square metres", SH12, N12, prior=1793519, basis="prior = 2020年11月"),
    m(GFA12, 1793519, "square metres", SH12, P12, opt=True, basis="2020年11月 (year-earlier comparative)"),
    m(ASP12, 16888, "CNY", SH12, N12, basis="per square metre"),
    m("contracted_sales", 2.5789e11, "CNY", SH12, Y12, basis="cumulative, eleven months to 2021-11-30, 約"),
    m("contracted_sales_growth", -2, "%", SH12, Y12, basis="yoy, 均下降2%"),
    m(GFA12, 14615605, "square metres", SH12, Y12, basis="cumulative, eleven months"),
    m("contracted_gfa_growth|contracted_area_growth", -2, "%", SH12, Y12, basis="yoy, 均下降2%"),
    m(ASP12, 17645, "CNY", SH12, Y12, basis="per square metre, eleven months"),
], [])
