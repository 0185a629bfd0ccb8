# Hand labels for news17/zh, batch c (zh13-zh18; all six Traditional script, Hong Kong and Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: 元 / $ = HKD unless another currency is printed; "(人民幣‧下同)"
# makes the following 元 amounts CNY. Taiwan context: 元 / 億元 / 兆 = TWD (新台幣), prices of Taiwan stocks in TWD; 美元 = USD.
# No year is taken from outside the text; a month or a span written without a year has period None and the month in
# basis (news16); a half or quarter without a year is "H1" / "Q2" (news4, news13). Labels were written from the texts
# alone (no extractor output seen, no extractor code or word list read).


# zh13: CSPC Pharmaceutical interim results (HK01 finance flash, Traditional, amounts in 人民幣 except the dividend in 港仙).
# "截至今年6月底止中期業績" has no year -> period "H1". Headline "多賺逾23%" is a bound rounding the body's 23.2% ->
# optional; the headline's 6港仙 and 每5股送3股 equal the body's -> one row each. The bonus issue follows news14 zh07
# (bonus_shares|capitalisation_issue, count in shares, basis per N shares) -> 3 shares per 5 held, key. Segments own
# their figures (entity = segment | company, segment_revenue|revenue, as news10-news16). The pipeline counts (50餘 new
# products in 3 years, 不少於15 blockbusters, 超過10億元 market size each) are forward-looking bounds -> optional.
CSPC = "石藥集團|石藥|CSPC|CSPC Pharmaceutical|1093"
H13 = "H1"
FD13 = "成藥|finished drugs|" + CSPC
VC13 = "維生素C|vitamin C|" + CSPC
AB13 = "抗生素|antibiotics|" + CSPC
OT13 = "其他|others|" + CSPC
G["zh13"] = ([
    m("net_profit_growth|profit_growth", None, "%", CSPC, H13, rng=(23, None), opt=True, basis="headline, 逾, yoy"),
    m("net_profit|profit_attributable", 2.313e9, "CNY", CSPC, H13, basis="attributable to shareholders"),
    m("net_profit_growth|profit_growth", 23.2, "%", CSPC, H13, basis="yoy, attributable"),
    m("dividend_per_share|dividend", 0.06, "HKD", CSPC, H13, basis="interim, 6港仙"),
    m("bonus_shares|capitalisation_issue", 3, "shares", CSPC, H13, basis="per 5 shares held, bonus issue"),
    m("revenue", 1.259e10, "CNY", CSPC, H13),
    m("revenue_growth", 12.6, "%", CSPC, H13, basis="yoy"),
    m("segment_revenue|revenue", 1.023e10, "CNY", FD13, H13),
    m("segment_revenue_growth|revenue_growth", 16.7, "%", FD13, H13, basis="yoy"),
    m("segment_revenue|revenue", 1.004e9, "CNY", VC13, H13),
    m("segment_revenue_growth|revenue_growth", -13.2, "%", VC13, H13, basis="yoy"),
    m("segment_revenue|revenue", 4.78e8, "CNY", AB13, H13),
    m("segment_revenue_growth|revenue_growth", -19, "%", AB13, H13, basis="yoy"),
    m("segment_revenue|revenue", 8.76e8, "CNY", OT13, H13),
    m("segment_revenue_growth|revenue_growth", 21.1, "%", OT13, H13, basis="yoy"),
    m("new_products|product_launches", None, "products", CSPC, None, rng=(50, None), opt=True,
      basis="expected over the next 3 years, 50餘"),
    m("blockbuster_products", None, "products", CSPC, None, rng=(15, None), opt=True, basis="不少於, expected"),
    m("market_size", None, "CNY", CSPC, None, rng=(1e9, None), opt=True, basis="per blockbuster product, 超過, expected"),
], [])

# zh14: Ming Pao results preview on Tencent, JD.com and NetEase with several brokers (Traditional, coherent excerpt: the
# article's opening paragraphs before Goldman's note are not in the stored page; the headline is the article's). No year
# or date with a year is printed -> quarters are "Q1" / "Q2" (次季 = Q2, 首季 = Q1), other figures period None.
# Currency: the passage prints no "(人民幣)"; by the development-corpus rule 元 in a Hong Kong stock context is HKD, so
# Tencent's 275億元 capex and JD's 3350.76億元 / 55.05億元 / 逾100億元 are labelled HKD (the writers know these companies
# report in renminbi, but the text does not say so); 港元 and 美元 as printed. Headline figures: Tencent's "次季經調整利潤料
# 升24%" appears only in the headline -> key forecast row; JD's "挫38%" rounds the body's 38.1% -> optional.
# Goldman's 15% EBIT growth forecast belongs to the quarter the headline names -> "Q2". Citi's ad-revenue growth
# forecast 16.5% with the first quarter's 20% as prior; the 20% also as its own optional Q1 row. Tencent's year-to-date
# buyback "逾400億港元" is a bound -> optional; the year's buyback floor "不低於800億港元" is the plan figure -> key
# (decided here: a plan's floor is the plan, like 回購金額 不低於… in the development corpus). CICC's 15% cut of JD's US
# target is a target_price_change row (-15 %) and a cut_target action with no rating and no target value. JPMorgan on
# NetEase: rating 增持 -> 中性 = downgrade (overweight -> neutral) with its US target raised 135 -> 140 USD.
# Goldman on Tencent: target 595 -> 658港元, rating 買入 printed with no change -> raise_target, rating buy.
TC14 = "騰訊|騰訊控股|Tencent|00700"
JD14 = "京東|京東集團|JD.com|JD|9618"
NT14 = "網易|NetEase|9999"
G["zh14"] = ([
    m("adjusted_profit_growth|adjusted_net_profit_growth|profit_growth", 24, "%", TC14, "Q2", basis="forecast, yoy, headline"),
    m("adjusted_ebit_growth|ebit_growth", 15, "%", TC14, "Q2", basis="Goldman Sachs forecast, yoy"),
    m("target_price", 658, "HKD", TC14, prior=595, basis="Goldman Sachs"),
    m("advertising_revenue_growth|online_advertising_revenue_growth", 16.5, "%", TC14, "Q2", prior=20,
      basis="Citi forecast, yoy; prior = first quarter's growth"),
    m("advertising_revenue_growth|online_advertising_revenue_growth", 20, "%", TC14, "Q1", opt=True, basis="yoy, comparison"),
    m("buyback_amount", None, "HKD", TC14, None, rng=(4e10, None), opt=True, basis="this year to 7月10日, 逾"),
    m("buyback_amount|buyback_plan", None, "HKD", TC14, None, rng=(8e10, None), basis="this year's plan, 不低於, announced in March"),
    m("capex|capital_expenditure", 2.75e10, "HKD", TC14, "Q1", basis="元 as printed (no currency stated)"),
    m("capex_growth|capital_expenditure_growth", 91, "%", TC14, "Q1", basis="yoy"),
    m("food_delivery_investment|investment", None, "HKD", JD14, "Q2", rng=(1e10, None), opt=True,
      basis="Morgan Stanley estimate, food delivery, 逾"),
    m("target_price_change", -15, "%", JD14, basis="CICC, US-listed shares (JD)"),
    m("revenue", 3.35076e11, "HKD", JD14, "Q2", basis="market forecast, 元 as printed"),
    m("revenue_growth", 28.9, "%", JD14, "Q2", basis="market forecast, yoy"),
    m("adjusted_net_profit|adjusted_profit", 5.505e9, "HKD", JD14, "Q2", basis="market forecast, 元 as printed"),
    m("adjusted_net_profit_growth|adjusted_profit_growth", -38.1, "%", JD14, "Q2", basis="market forecast, yoy"),
    m("adjusted_net_profit_growth|adjusted_profit_growth", -38, "%", JD14, "Q2", opt=True, basis="headline, rounded"),
    m("target_price", 140, "USD", NT14, prior=135, basis="J.P. Morgan, US-listed shares"),
], [
    ra("高盛|Goldman Sachs", TC14, "raise_target", "buy", None, 658, 595, "HKD"),
    ra("中金|中金公司|CICC", JD14, "cut_target", None, None, None, None, "USD"),
    ra("摩根大通|摩通|J.P. Morgan|JPMorgan", NT14, "downgrade", "neutral", "overweight", 140, 135, "USD"),
])

# zh15: Rating and Valuation Department private home price and rent indices (suiwocourt.com news page reposting a property
# news item, Traditional). No year is printed ("9月份", "今年6月份") -> period None, basis "9月". The first line is a
# figure-free headline written for the passage (the stored page shows none). Index levels in points (the headline index
# is printed "382.6點"; the class indices print no unit and are the same kind of figure -> points). Size classes and the
# A-E property classes own their figures (entity = the class's index). The larger units' "則跌1.03%" follows the
# smaller units' 按月 -> basis "mom (implied)". Floor-area bounds (100平方米, 40至69.9平方米 ...) are class definitions,
# not labelled. The rent index's "first fall since June" is not a figure.
PPI = "私人住宅售價指數|私樓售價指數|售價指數|差估署樓價指數|Hong Kong private domestic price index"
RENT = "私人住宅租金指數|租金指數|Hong Kong private domestic rental index"
SM15 = "中小型單位售價指數|中小型單位|small and medium units (below 100 m2)"
LG15 = "較大面積單位售價指數|較大面積單位|large units (100 m2 or above)"
CLS15 = {
    "A": "A類物業售價指數|A類物業|Class A (below 40 m2)",
    "B": "B類物業售價指數|B類物業|Class B (40-69.9 m2)",
    "C": "C類物業售價指數|C類物業|Class C (70-99.9 m2)",
    "D": "D類物業售價指數|D類物業|Class D (100-159.9 m2)",
    "E": "E類物業售價指數|E類物業|Class E (160 m2 or above)",
}
M15 = "9月"
LV = "index_level|price_index"
CH = "index_change|price_index_change|home_price_change"
G["zh15"] = ([
    m(LV, 382.6, "points", PPI, None, basis=M15),
    m(CH, 0.4, "%", PPI, None, basis="mom, " + M15),
    m(CH, 0.3, "%", PPI, None, basis="yoy, " + M15),
    m(CH, 0.44, "%", SM15, None, basis="mom, " + M15),
    m(CH, -1.03, "%", LG15, None, basis="mom (implied), " + M15),
    m(LV, 425.7, "points", CLS15["A"], None, basis=M15), m(CH, 0.6, "%", CLS15["A"], None, basis="mom, " + M15),
    m(LV, 365.7, "points", CLS15["B"], None, basis=M15), m(CH, 0.4, "%", CLS15["B"], None, basis="mom, " + M15),
    m(LV, 329.7, "points", CLS15["C"], None, basis=M15), m(CH, 0.88, "%", CLS15["C"], None, basis="mom, " + M15),
    m(LV, 317.4, "points", CLS15["D"], None, basis=M15), m(CH, -0.97, "%", CLS15["D"], None, basis="mom, " + M15),
    m(LV, 310.2, "points", CLS15["E"], None, basis=M15), m(CH, -1.3, "%", CLS15["E"], None, basis="mom, " + M15),
    m("index_level|rental_index", 179.3, "points", RENT, None, basis=M15),
    m("index_change|rental_index_change|rent_change", -0.99, "%", RENT, None, basis="mom, " + M15),
    m("index_change|rental_index_change|rent_change", -9.17, "%", RENT, None, basis="yoy, " + M15),
], [])

# zh16: Hong Kong labour force statistics (am730, Traditional; the Census and Statistics Department's release of the
# 20th). No year is printed -> period None; the three-month spans go into basis. The headline 3.9% equals the body's ->
# one row. The rate that moved from 3.7% (6月至8月) to 3.9% (7月至9月) is value 3.9, prior 3.7 (development corpus); the
# earlier period's 3.7% is also an optional row of its own. The unchanged underemployment rate has itself as prior
# (news15). Head counts are key with their changes (約 -> the figure); unit "persons". The source's "下跌3,674,500人"
# (a slip for 下跌至) is kept in the text; the figure is the employment level after the fall -> value 3674500, and the
# change is the separate "減少約6,100人". The sub-heading "逾15.5萬人失業" rounds the body's 155,600 -> optional bound.
# Sector statements carry no figures.
HK16 = "香港|本港|Hong Kong"
P16 = "7月至9月"
G["zh16"] = ([
    m("unemployment_rate", 3.9, "%", HK16, None, prior=3.7, basis="seasonally adjusted, " + P16 + " vs 6月至8月"),
    m("unemployment_rate", 3.7, "%", HK16, None, opt=True, basis="seasonally adjusted, 6月至8月"),
    m("underemployment_rate", 1.6, "%", HK16, None, prior=1.6, basis="unchanged, " + P16),
    m("employment|total_employment", 3674500, "persons", HK16, None, basis=P16),
    m("employment_change|total_employment_change", -6100, "persons", HK16, None, basis="約, vs 6月至8月"),
    m("labour_force|total_labour_force", 3830100, "persons", HK16, None, basis=P16),
    m("labour_force_change", -1500, "persons", HK16, None, basis="約, vs 6月至8月"),
    m("unemployed|unemployed_persons", 155600, "persons", HK16, None, basis="not seasonally adjusted, " + P16),
    m("unemployed|unemployed_persons", None, "persons", HK16, None, rng=(155000, None), opt=True, basis="sub-heading, 逾15.5萬"),
    m("unemployed_change|unemployed_persons_change", 4600, "persons", HK16, None, basis="約, not seasonally adjusted"),
    m("underemployed|underemployed_persons", 60000, "persons", HK16, None, basis=P16),
    m("underemployed_change|underemployed_persons_change", 600, "persons", HK16, None, basis="約"),
], [])

# zh17: Taiwan stock market close with institutional flows (udn / Economic Daily News, Traditional, Taiwan usage).
# Only the day "4日" is printed -> period None, basis "4日". The first line is a figure-free headline written for the
# passage (the stored page shows none). Amounts in 億元 / 兆 are TWD. Net buying and selling by institutions (買超 /
# 賣超) are net_buy rows, net sells negative (news13/news16: net outflows are negative net inflows); the lead's 964.66億元
# and the flow paragraph's are one row. The foreign investors' "連四賣，合計賣超2,407.27億元" is the four-session
# cumulative -> key with basis; streak counts (連四賣, 連三買) optional. TSMC's close, move in TWD and % and its market
# value are key; the open, the intraday rebound to 1,910元, the final-trade sell order (9,757張) and the last 5元 drop
# are optional, as is "影響大盤指數約542點" (the stock's contribution to the index fall). Index: close and change key;
# the open and its change optional; "跌點…擴大至逾1,000點" is an intraday bound -> optional. The lost 33,000-point level
# and the record ranking are not figures to label.
TW17 = "加權指數|台股|台灣加權股價指數|集中市場|TAIEX"
TSMC = "台積電|台灣積體電路|TSMC|2330"
D17 = "4日"
NB = "net_buy|net_inflow|fund_flow"
G["zh17"] = ([
    m("index_level", 32828.88, "points", TW17, None, basis="close, " + D17),
    m("index_change", -1497.77, "points", TW17, None, basis=D17),
    m("index_level", 34228.75, "points", TW17, None, opt=True, basis="open"),
    m("index_change", -94.9, "points", TW17, None, opt=True, basis="open"),
    m("index_change", None, "points", TW17, None, rng=(None, -1000), opt=True, basis="intraday, 逾"),
    m("price", 1865, "TWD", TSMC, None, basis="close, day low, " + D17),
    m("price_change", -70, "TWD", TSMC, None, basis=D17),
    m("price_change", -3.62, "%", TSMC, None, basis=D17),
    m("price", 1895, "TWD", TSMC, None, opt=True, basis="open"),
    m("price", 1910, "TWD", TSMC, None, opt=True, basis="intraday rebound"),
    m("price_change", -5, "TWD", TSMC, None, opt=True, basis="final trade"),
    m("sell_order|order_size", 9757, "lots", TSMC, None, opt=True, basis="final trade, 張"),
    m("market_cap|market_value", 4.83641e13, "TWD", TSMC, None, basis=D17),
    m("index_contribution|index_impact", -542, "points", TSMC, None, opt=True, basis="約, effect on the index"),
    m(NB, -1.29737e11, "TWD", "三大法人|institutional investors", None, basis="賣超, " + D17),
    m(NB, -9.6466e10, "TWD", "外資及陸資|外資|foreign investors", None, basis="賣超, excluding foreign dealers, " + D17),
    m(NB, -2.40727e11, "TWD", "外資及陸資|外資|foreign investors", None, basis="賣超, four consecutive sessions, cumulative"),
    m("net_sell_streak|streak", 4, "sessions", "外資及陸資|外資|foreign investors", None, opt=True, basis="連四賣"),
    m(NB, -4.0003e10, "TWD", "自營商|dealers", None, basis="賣超, combined, " + D17),
    m(NB, -7.129e9, "TWD", "自營商（自行買賣）|自營商自行買賣|dealers (proprietary)", None, basis="賣超, " + D17),
    m(NB, -3.2873e10, "TWD", "自營商（避險）|自營商避險|dealers (hedging)", None, basis="賣超, " + D17),
    m(NB, 6.732e9, "TWD", "投信|investment trusts", None, basis="買超, " + D17),
    m("net_buy_streak|streak", 3, "sessions", "投信|investment trusts", None, opt=True, basis="連三買"),
], [])

# zh18: TSMC's November revenue (Newtalk via Yahoo Taiwan, Traditional, Taiwan usage; coherent excerpt: the closing
# paragraphs on margins and AI demand are left out). No year is printed ("今（10）日", "今年四月、十月") -> months and
# spans without a year have period None with the month in basis; "第四季" / "第三季" -> "Q4" / "Q3". 億元 / 兆 = TWD,
# 美元 = USD. The headline's figures equal the body's -> one row each. The same month last year (2,760億元) is the
# November revenue's prior; "成長兩成" rounds the 24.5% -> optional. Guidance: the Q4 USD range is a range row, the
# midpoint 328億美元 and its 1% qoq fall are key, the TWD equivalent (約1兆36.8億元) key, the exchange-rate assumption
# 1：30.6 optional (TWD per USD); the implied average monthly revenue for Nov-Dec (3,090～3,273億元) is a range row.
# October's revenue and the Oct+Nov total are key; the third quarter's 331億美元 key. Share price: close, move in TWD
# and % key; open and its move optional; the market's "上漲逾200點" an optional bound on the TAIEX.
TW18 = "台股大盤|台股|加權指數|TAIEX"
NOV = "11月"
G["zh18"] = ([
    m("revenue", 3.43614e11, "TWD", TSMC, None, prior=2.76e11, basis="consolidated, " + NOV + "; prior = same month last year"),
    m("revenue_growth", -6.5, "%", TSMC, None, basis="mom, " + NOV),
    m("revenue_growth", 24.5, "%", TSMC, None, basis="yoy, " + NOV),
    m("revenue_growth", 20, "%", TSMC, None, opt=True, basis="yoy, 兩成, rounded"),
    m("revenue", 3.474051e12, "TWD", TSMC, None, basis="consolidated, first 11 months, cumulative"),
    m("revenue_growth", 32.8, "%", TSMC, None, basis="yoy, first 11 months, cumulative"),
    m("price", 1490, "TWD", TSMC, None, opt=True, basis="open"),
    m("price_change", 10, "TWD", TSMC, None, opt=True, basis="open"),
    m("price", 1505, "TWD", TSMC, None, basis="close, day high"),
    m("price_change", 25, "TWD", TSMC, None),
    m("price_change", 1.69, "%", TSMC, None),
    m("index_change", None, "points", TW18, None, rng=(200, None), opt=True, basis="逾"),
    m("revenue_guidance|revenue", None, "USD", TSMC, "Q4", rng=(3.22e10, 3.34e10), basis="guidance, USD revenue"),
    m("revenue_guidance|revenue", 3.28e10, "USD", TSMC, "Q4", basis="guidance midpoint"),
    m("revenue_growth_guidance|revenue_growth", -1, "%", TSMC, "Q4", basis="qoq, guidance midpoint"),
    m("exchange_rate_assumption|exchange_rate", 30.6, "TWD", TSMC, "Q4", opt=True, basis="TWD per USD, guidance assumption"),
    m("revenue_guidance|revenue", 1.00368e12, "TWD", TSMC, "Q4", basis="guidance midpoint converted to TWD, 約"),
    m("revenue", None, "TWD", TSMC, None, rng=(3.09e11, 3.273e11), basis="11月 and 12月 average monthly, implied estimate"),
    m("revenue", 3.67473e11, "TWD", TSMC, None, basis="10月"),
    m("revenue", 7.11087e11, "TWD", TSMC, None, basis="10月 and 11月 combined"),
    m("revenue", 3.31e10, "USD", TSMC, "Q3"),
], [])
