# Hand labels for news73/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong, Macau and Taiwan): 星島
# (stheadline.com) on 理想汽車's third-quarter 2025 results, 明報 (finance.mingpao.com) on 港交所's 2021 annual results with
# its market data, 自由時報 (ec.ltn.com.tw) on 星宇航空's third-quarter results and October revenue, MoneyDJ (moneydj.com)
# carrying 經濟部's March 2013 (102年3月) industrial production statistics, a Macau news site (exmoo.com) on the statistics
# bureau's July 2023 hotel and tour-group figures, and 東方日報 (orientaldaily.on.cc) on three brokers' target raises for
# 國泰航空 after its interim results; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "net_loss", "consensus", "deliver", "vehicles", "occupancy",
# "length_of_stay", "hotels", "rooms", "nights", "visitors", "companies", "flights", "bull_case_target", "oil_price",
# "interim_dividend", "total_dividend", "upgrade", '"Q3"', '"Q1-Q3"', and news72 zh labels_b.py, news71 zh labels_b.py
# read whole; news29 zh11, news50 zh10, news43 zh10, news65 zh12 and news27 zh10 read as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news72/zh and news71/zh README.md and labels_*.py, with the precedents named below: news41 zh07 / news72 zh08
# for a Hong Kong company's annual results with interim dividends (each dividend its own row, the year's total with its
# growth); news29 zh11 for an airline's monthly revenue (月增 / 年增 as mom / yoy rows, passenger and cargo revenue on the
# business with the airline as alias); news50 zh10 for the industrial production index (index levels in "points", each
# sector an entity with Taiwan as alias); news65 zh12 / news43 zh10 for Macau's hotel and tour-group release (人次 ->
# "visitors", "hotels", "rooms", "nights"; "增加X倍" -> X x 100 % key plus an optional "x" row; "依次" lists map in
# order); news27 zh10 for 國泰 broker figures in 2010 (bull-case value a key row; EPS forecasts on their printed years);
# news71 zh12 / news72 zh12 for several brokers' views (target_price_change key rows, printed targets optional
# target_price rows with the earlier target as prior, 維持 -> prior rating = rating); the corpus for losses as negative
# values (由盈轉虧 -> the year-ago profit as prior), headline twins (optional) and 逾X bounds.
# Currency: 人民幣 (下同) = CNY (zh07, with 美元 = USD for the US pre-market quote); bare 元 / 億元 / 港元 in a Hong Kong
# stock context = HKD (zh08, zh12), 人民幣 = CNY for zh08's Stock Connect and Bond Connect turnover; Taiwan 元 / 億元 (and
# bare 億) = TWD (zh09); 美元 = USD (zh12's oil-price path).
# Values fully scaled (6.2億元 -> 6.2e8; 273.6億元 -> 2.736e10; 9.3萬輛 -> 93000 vehicles; 265億至292億元 -> (2.65e10,
# 2.92e10); 125.4億元 -> 1.254e10; 人民幣1201億元 -> 1.201e11 CNY; 3314億元 -> 3.314e11; 4.49億元 -> 4.49e8; 300.87億元
# -> 3.0087e10; 83.45億 -> 8.345e9; 4.3萬間 -> 43000 rooms; 127.9萬人次 -> 1.279e6 visitors; 四十九億元 -> 4.9e9;
# 四十七點八億元 -> 4.78e9); Chinese numerals resolved (百分之四點七五 -> 4.75 %; 十八點九四元 -> 18.94; 兩成三 -> 23 %;
# 近一點八倍 -> 180 % (近X -> X); 七成三 -> 73 %; 半成 -> 5 %; 九成 -> 90 %; 二○一二年 -> 2012).
# Declines and losses negative (虧損, 淨損, 減少, 下跌, 跌); the changes of occupancy in 個百分點 are "pp".
# Periods only where the text states or clearly implies the year: zh07 2025Q3 (the text prints 2025年第三季度 for the
# quarter reported as 第3季 / 上季 / 期內), 2024Q3 for 去年同期, 2025Q4 for the 第4季 guidance; zh08 FY2021 (去年 = 2021:
# the text prints 2021年 for the year's Stock Connect, listing and ETF figures), FY2020 for 2020年 / the earlier trading
# fees, 2021-12-31 for 截至去年12月31日; zh09 "Q3" and "Q1-Q3" (第三季 / 前三季, no year printed once the cut sentence is
# left out) and None for 10月 and 1~10月 (month in basis); zh10 2013-03 and 2013Q1 (102年 = ROC year +1911); zh11
# 2023-07 and "2023-01..07" (the text prints 2023年1至7月, so 今年7月 is July 2023); zh12 "H1" for the interim earnings
# (上半年 / 中期, no year printed), FY2010-FY2012 for 瑞信's printed forecast years, "2012" for the printed oil-price year,
# None for the share price, targets, 花旗's 今、明兩年 forecasts and the 今年 oil price (today's year is not printed).
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 理想汽車's third-quarter results (星島 stheadline.com stock-market page, Traditional with full-width punctuation as
# printed; no headline in the stored text and none composed; the three section heads kept, reworded (上季毛利率按年跌5.4個
# 百分點 -> 上季毛利率按年下跌5.4個百分點; 料第四季交付量為10至11萬輛 -> 預計第四季交付10至11萬輛; 穩步推進從增程到純電 ->
# 由增程穩步邁向純電); the store's date line left out; the stored text breaks off inside 李想's hardware sentence
# ("核心控制器將采用100%自主設計方案，…進一步優化產品成本與核心技術", no full stop), so the passage ends before it).
# Key (2025Q3): reported loss 6.2億元 (net_profit -6.2e8 CNY, prior = the year-ago profit 28.2億元); adjusted loss 3.59億元
# (prior = the year-ago adjusted profit 39億元); revenue 273.6億元, -36.2% yoy and -9.5% qoq; deliveries 逾9.3萬輛 (lower
# bound) and -39% yoy; vehicle margin 15.5%, -5.4 pp yoy and -3.9 pp qoq; the margin excluding the MEGA recall cost 19.8%.
# Key (2025Q4 guidance): deliveries 10至11萬輛 (range), yoy -37% to -30.7% (range), revenue yoy -40.1% to -34.2% (range),
# revenue 265億至292億元 (range).
# Optional: the year-ago profits as rows of their own (2024Q3); the US pre-market move -1.42% and quote 18.06美元 (a
# pre-market quote, treated like an intraday move); the section heads' twins (-5.4 pp, 10至11萬輛).
# Judgement calls: "由盈轉虧, 列帳虧損6.2億元 … 去年同期為盈利28.2億元" -> a negative net_profit with the year-ago profit as
# prior (corpus: 由盈轉虧); "逾9.3萬輛" is the quarter's headline volume, so the open range is key (corpus: bounds are key
# when they are the headline figure); "按年減少37%至30.7%" -> rng (-37, -30.7); the section head's "毛利率" is the vehicle
# margin of the body (one optional twin); (2015) is the stock code; 李想's AI remarks carry no figure; "第三季度" in the
# chairman's sentence is the same quarter.
LI7 = "理想汽車|理想|Li Auto|Li Auto Inc.|2015|02015|LI"
Q7, Y7, G7 = "2025Q3", "2024Q3", "2025Q4"
NP7 = "net_profit|net_loss|net_income|profit"
ANP7 = "adjusted_net_profit|adjusted_net_loss|adjusted_net_income|adjusted_profit|non_gaap_net_profit"
REV7, REVG7 = "revenue|total_revenue", "revenue_growth|total_revenue_growth"
DEL7, DELG7 = "deliveries|vehicle_deliveries|vehicle_sales", "deliveries_growth|vehicle_deliveries_growth|vehicle_sales_growth"
VM7, VMC7 = "vehicle_margin|gross_margin|vehicle_gross_margin", "vehicle_margin_change|gross_margin_change"
G["zh07"] = ([
    m(NP7, -6.2e8, "CNY", LI7, Q7, prior=2.82e9, basis="列帳虧損, 由盈轉虧; prior = 去年同期盈利28.2億元"),
    m(NP7, 2.82e9, "CNY", LI7, Y7, opt=True, basis="去年同期為盈利 (year-ago quarter)"),
    m(ANP7, -3.59e8, "CNY", LI7, Q7, prior=3.9e9, basis="經調整虧損; prior = 去年同期盈利39億元"),
    m(ANP7, 3.9e9, "CNY", LI7, Y7, opt=True, basis="year-ago adjusted profit"),
    m("price_change|share_price_change", -1.42, "%", LI7, None, opt=True, basis="美股盤前 (pre-market)"),
    m("price|share_price", 18.06, "USD", LI7, None, opt=True, basis="美股盤前報 (pre-market quote)"),
    m(VMC7, -5.4, "pp", LI7, Q7, opt=True, basis="section head twin (按年下跌5.4個百分點)"),
    m(REV7, 2.736e10, "CNY", LI7, Q7, basis="收入總額"),
    m(REVG7, -36.2, "%", LI7, Q7, basis="yoy (按年減少)"),
    m(REVG7 + "|revenue_growth_qoq", -9.5, "%", LI7, Q7, basis="qoq (按季下跌)"),
    m(DEL7, None, "vehicles", LI7, Q7, rng=(93000, None), basis="汽車總交付量逾9.3萬輛 (lower bound)"),
    m(DELG7, -39, "%", LI7, Q7, basis="yoy (按年減少)"),
    m(VM7, 15.5, "%", LI7, Q7, basis="車輛毛利率"),
    m(VMC7, -5.4, "pp", LI7, Q7, basis="yoy (按年下跌)"),
    m(VMC7, -3.9, "pp", LI7, Q7, basis="qoq (按季下跌)"),
    m(VM7 + "|adjusted_vehicle_margin", 19.8, "%", LI7, Q7, basis="excluding the MEGA recall cost estimate (倘不計)"),
    m(DEL7 + "|deliveries_guidance", None, "vehicles", LI7, G7, rng=(100000, 110000), opt=True,
      basis="section head twin (10至11萬輛)"),
    m(DEL7 + "|deliveries_guidance", None, "vehicles", LI7, G7, rng=(100000, 110000), basis="第4季 guidance"),
    m(DELG7 + "|deliveries_growth_guidance", None, "%", LI7, G7, rng=(-37, -30.7),
      basis="guidance, 按年減少37%至30.7%"),
    m(REVG7 + "|revenue_growth_guidance", None, "%", LI7, G7, rng=(-40.1, -34.2), basis="guidance, 按年減少40.1%至34.2%"),
    m(REV7 + "|revenue_guidance", None, "CNY", LI7, G7, rng=(2.65e10, 2.92e10), basis="guidance, 介乎265億至292億元"),
], [])


# zh08: 港交所's 2021 annual results with its market data (明報 finance.mingpao.com 即時財經新聞, Traditional with half-width
# "," ";" "(" as printed; the headline kept, reworded (港交所去年多賺9%符預期 第二次中期息4.18元 -> 港交所去年盈利增9%符預期
# 派第二次中期息4.18元); the page furniture before it (moneymonday, 指數/外匯, 明報APP, 即時財經新聞) left out; whole stored
# item otherwise). Oddities kept: the headline's 符預期 against the body's 仍遜預期; the stray spaces ("成交 金額上升 32%",
# "增加 18%,主要 因為", "達 27.24億元", "266 億元", "攜 程集團", "香港股票 ETF", "由 2020年", "上市 ETP", the space after
# "下降," and after "倍增。"); "IPO市場場"; the unclosed bracket in "和黃醫藥(中國)屬雙重主要上市".
# Key (FY2021): attributable profit 125.4億元 (+9%); the expectation it missed, 128.6億元; basic EPS 9.91元; second
# interim dividend 4.18元, first interim 4.69元, full-year dividend 8.87元 (+9%); revenue and other income 209.5億元 (+10%);
# the interest and collective-investment fair-value gains 3.64億元 (減少至); EBITDA 162.7億港元; trading fees 40.19億元
# (prior 30.3億元, +33%); equity-product ADT +32%; trading system fees +18%; Stock Connect northbound / southbound ADT
# 人民幣1201億元 / 417億元 (+32% / +71%); Stock Connect revenue and other income 27.24億元; Bond Connect northbound ADT
# 人民幣266億元 (+34%); 98 new listings raising 3314億元; 59 new-economy listings with 88% of IPO funds; ETF ADT 54億元
# (prior 28億元, 2020); ETP market value 4290億元 at 2021-12-31.
# Optional: the headline's 9% and 4.18元 (twins); the earlier trading fees and ETF ADT as rows of their own (FY2020);
# 連續第五年 (5 years); the 8 homecoming listings, 五家 secondary and 三家 dual-primary (counts of companies).
# Judgement calls: 去年 = 2021 from the text's own 2021年 figures; "仍遜預期128.6億元" -> a key consensus row (the market
# expectation, HKD); "人民幣1201億元及417億元" -> both in CNY as printed (the 人民幣 covers the pair; labelled from the text
# alone); "接近倍增" gives no row (the levels are printed); the 3.64億元 is labelled as the fair-value / investment gains
# "減少至" level on HKEX; the homecoming names (百度 … 和黃醫藥) are not entities of any row; (0388) gives no row.
HK8 = "港交所|香港交易所|香港交易及結算所|HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges|0388|00388|388"
Y8, P8 = "FY2021", "FY2020"
EQ8 = "股本證券產品|equity products|" + HK8
NB8 = "滬深港通北向交易|北向交易|北向|滬股通及深股通|Stock Connect northbound|northbound|" + HK8
SB8 = "滬深港通南向交易|南向交易|南向|港股通|Stock Connect southbound|southbound|" + HK8
SC8 = "滬深港通|Stock Connect|" + HK8
BC8 = "債券通北向通|債券通|北向通|Bond Connect|Bond Connect northbound|" + HK8
ETF8 = "香港股票ETF|ETF|Hong Kong equity ETFs|" + HK8
ETP8 = "ETP|上市ETP|香港交易所上市ETP|exchange-traded products|" + HK8
NE8 = "新經濟公司|new economy companies|" + HK8
ADT8 = "average_daily_turnover|adt|turnover"
ADTG8 = "average_daily_turnover_growth|adt_growth|turnover_growth"
DPS8 = "dividend_per_share|dps|dividend"
G["zh08"] = ([
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 9, "%", HK8, Y8, opt=True,
      basis="headline twin (盈利增9%)"),
    m("interim_dividend|second_interim_dividend|" + DPS8, 4.18, "HKD", HK8, Y8, opt=True, basis="headline twin"),
    m("net_profit|profit_attributable|net_income", 1.254e10, "HKD", HK8, Y8, basis="股東應佔溢利"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 9, "%", HK8, Y8, basis="yoy (按年增加)"),
    m("net_profit_consensus|profit_consensus|consensus_estimate|net_profit_forecast", 1.286e10, "HKD", HK8, Y8,
      basis="market expectation the profit fell short of (仍不及預期)"),
    m("eps|basic_eps|earnings_per_share", 9.91, "HKD", HK8, Y8, basis="基本每股盈利"),
    m("interim_dividend|second_interim_dividend|" + DPS8, 4.18, "HKD", HK8, Y8, basis="第二次中期股息每股"),
    m("interim_dividend|first_interim_dividend|" + DPS8, 4.69, "HKD", HK8, Y8, basis="第一次中期股息每股"),
    m("total_dividend|annual_dividend|" + DPS8, 8.87, "HKD", HK8, Y8, basis="全年每股派息"),
    m("dividend_growth|dps_growth|total_dividend_growth", 9, "%", HK8, Y8, basis="yoy, full-year dividend"),
    m("revenue|revenue_and_other_income|total_revenue", 2.095e10, "HKD", HK8, Y8, basis="收入及其他收益, record"),
    m("revenue_growth|revenue_and_other_income_growth", 10, "%", HK8, Y8, basis="yoy (按年增加)"),
    m("fair_value_gains|investment_income|investment_gains", 3.64e8, "HKD", HK8, Y8,
      basis="利息收益及集體投資計劃的公平值收益 縮減至"),
    m("ebitda", 1.627e10, "HKD", HK8, Y8, basis="息稅折舊及攤銷前利潤, below expectations"),
    m("trading_fees|trading_fee_income", 4.019e9, "HKD", HK8, Y8, prior=3.03e9, basis="交易費, 由30.3億元增至"),
    m("trading_fees|trading_fee_income", 3.03e9, "HKD", HK8, P8, opt=True, basis="earlier trading fees (由30.3億元)"),
    m("trading_fees_growth|trading_fee_income_growth", 33, "%", HK8, Y8, basis="yoy (增加)"),
    m(ADTG8, 32, "%", EQ8, Y8, basis="股本證券產品平均每日成交金額上升"),
    m("trading_system_fees_growth|trading_system_usage_fees_growth", 18, "%", HK8, Y8, basis="交易系統使用費增加"),
    m(ADT8, 1.201e11, "CNY", NB8, Y8, basis="northbound ADT, record (人民幣1201億元)"),
    m(ADT8, 4.17e10, "CNY", SB8, Y8, basis="southbound ADT, record (人民幣…417億元, the 人民幣 covers the pair)"),
    m(ADTG8, 32, "%", NB8, Y8, basis="yoy, 按年分別升, first"),
    m(ADTG8, 71, "%", SB8, Y8, basis="yoy, 按年分別升, second"),
    m("revenue|revenue_and_other_income|segment_revenue", 2.724e9, "HKD", SC8, Y8,
      basis="滬深港通 收入及其他收益, record for the fifth year"),
    m("record_streak|streak|years", 5, "years", SC8, Y8, opt=True, basis="連續第五年創新高"),
    m(ADT8, 2.66e10, "CNY", BC8, Y8, basis="Bond Connect northbound ADT, record (人民幣266 億元)"),
    m(ADTG8, 34, "%", BC8, Y8, basis="yoy (按年升)"),
    m("new_listings|ipo_count|listings", 98, "companies", HK8, Y8, basis="2021年 新上市的公司"),
    m("ipo_funds_raised|funds_raised|ipo_proceeds", 3.314e11, "HKD", HK8, Y8, basis="合共集資 (2021年)"),
    m("new_listings|ipo_count|listings", 59, "companies", NE8, Y8, basis="新經濟公司上市"),
    m("share_of_ipo_funds|ipo_funds_share|share", 88, "%", NE8, Y8, basis="佔全年首次公開招股集資總額"),
    m("homecoming_listings|secondary_listings|listings", 8, "companies", HK8, Y8, opt=True,
      basis="在美上市的中資公司回港上市"),
    m("secondary_listings|listings", 5, "companies", HK8, Y8, opt=True, basis="五家 第二上市"),
    m("dual_primary_listings|listings", 3, "companies", HK8, Y8, opt=True, basis="三家 雙重主要上市"),
    m(ADT8, 5.4e9, "HKD", ETF8, Y8, prior=2.8e9, basis="香港股票 ETF ADT, 2021年; prior = 2020年"),
    m(ADT8, 2.8e9, "HKD", ETF8, P8, opt=True, basis="2020年 ETF ADT"),
    m("market_value|market_capitalisation|market_cap", 4.29e11, "HKD", ETP8, "2021-12-31",
      basis="上市 ETP 總市值, record, 截至去年12月31日"),
], [])


# zh09: 星宇航空's third-quarter results and October revenue (自由時報 ec.ltn.com.tw breaking news, Traditional with
# full-width punctuation and Taiwan usage; the photo caption before the byline ("星宇航空第3季每股虧損0.149元。（星宇航空
# 提供）", a copy of the body's EPS) and the byline 〔記者王憶紅／台北報導〕 left out, as is the store's date line; no headline in
# the stored text and none composed; the stored text breaks off inside the winter-schedule sentence ("因應2026年寒假及春節
# 旅遊旺季，明年2月起…將以加", no full stop), so the passage ends before it). Oddities kept: "興與航空" (a typo for 星宇航空) at
# the head of the quarterly-revenue paragraph, the full-width "12％" beside half-width "%", "83.45億" / "13.98億" without 元.
# Key: Q3 net loss 4.49億元 and EPS -0.149元; Q1-Q3 net profit 4.75億元 and EPS 0.16元; October revenue 36.97億元 (+26% mom,
# +19% yoy); January-October revenue 363.94億元 (+25%); October passenger revenue 29.14億元 (+33% mom, +12% yoy); October
# cargo revenue 4.21億元 (+19% yoy); Q3 revenue 107.32億元 (+12%), passenger 83.45億 (+2%), cargo 13.98億 (+43%).
# Optional: the share capital 300.87億元 (the EPS base); the schedule figures 每日2班 (台中-沖繩) and 每週7班 (台北-馬尼拉).
# Judgement calls: no year is printed (第三季, 前三季, 10月, 1~10月) -> "Q3", "Q1-Q3" and None with the month in basis (news37
# / news29); 淨損 / 虧損 -> negative net_profit and EPS; "興與航空" is read as the airline (the same paragraph continues the
# airline's quarter; alias added); 83.45億 / 13.98億 without 元 are TWD like the rest; A330neo / A321neo are aircraft
# models and 10月底 / 12月 / 12月16日 dates, no rows; "創歷年同期新高" is a record without a figure.
SX9 = "星宇航空|星宇|STARLUX|STARLUX Airlines|興與航空|2646"
PAX9 = "客運|客運營收|客運收入|passenger|passenger business|" + SX9
CGO9 = "貨運|貨運營收|貨運收入|cargo|cargo business|" + SX9
NP9, EPS9 = "net_profit|net_loss|net_income|after_tax_profit", "eps|earnings_per_share|loss_per_share"
RV9, RG9 = "revenue|total_revenue|monthly_revenue", "revenue_growth|revenue_change"
SR9, SRG9 = "revenue|segment_revenue", "revenue_growth|segment_revenue_growth"
G["zh09"] = ([
    m(NP9, -4.49e8, "TWD", SX9, "Q3", basis="第三季稅後淨損"),
    m("share_capital|paid_in_capital|capital", 3.0087e10, "TWD", SX9, None, opt=True, basis="股本 (EPS base)"),
    m(EPS9, -0.149, "TWD", SX9, "Q3", basis="每股稅後虧損"),
    m(NP9, 4.75e8, "TWD", SX9, "Q1-Q3", basis="前三季累計稅後純益"),
    m(EPS9, 0.16, "TWD", SX9, "Q1-Q3", basis="前三季每股稅後盈餘 (EPS)"),
    m(RV9, 3.697e9, "TWD", SX9, None, basis="10月總營收"),
    m(RG9 + "|revenue_growth_mom", 26, "%", SX9, None, basis="10月, mom (月增率)"),
    m(RG9, 19, "%", SX9, None, basis="10月, yoy (年增率)"),
    m(RV9 + "|cumulative_revenue", 3.6394e10, "TWD", SX9, None, basis="1~10月累計總營收, record for the period"),
    m(RG9, 25, "%", SX9, None, basis="1~10月, vs 去年同期 (成長)"),
    m(SR9 + "|passenger_revenue", 2.914e9, "TWD", PAX9, None, basis="10月客運營收"),
    m(SRG9 + "|passenger_revenue_growth", 33, "%", PAX9, None, basis="10月, mom (月增)"),
    m(SRG9 + "|passenger_revenue_growth", 12, "%", PAX9, None, basis="10月, yoy (年增)"),
    m(SR9 + "|cargo_revenue", 4.21e8, "TWD", CGO9, None, basis="10月貨運營收"),
    m(SRG9 + "|cargo_revenue_growth", 19, "%", CGO9, None, basis="10月, yoy (年增)"),
    m(RV9 + "|quarterly_revenue", 1.0732e10, "TWD", SX9, "Q3", basis="第三季單季總營收 (printed under 興與航空)"),
    m(RG9, 12, "%", SX9, "Q3", basis="yoy (年增12％)"),
    m(SR9 + "|passenger_revenue", 8.345e9, "TWD", PAX9, "Q3", basis="第三季客運收入 83.45億 (元 not printed)"),
    m(SRG9 + "|passenger_revenue_growth", 2, "%", PAX9, "Q3", basis="yoy (年增)"),
    m(SR9 + "|cargo_revenue", 1.398e9, "TWD", CGO9, "Q3", basis="第三季貨運收入 13.98億 (元 not printed)"),
    m(SRG9 + "|cargo_revenue_growth", 43, "%", CGO9, "Q3", basis="yoy (年增)"),
    m("flights_per_day|frequency|flights", 2, "flights", "台中-沖繩|台中-沖繩航線|Taichung-Okinawa|" + SX9, None,
      opt=True, basis="12月逐步加班至每日2班"),
    m("flights_per_week|frequency|flights", 7, "flights", "台北-馬尼拉|台北-馬尼拉航線|Taipei-Manila|" + SX9, None,
      opt=True, basis="12月16日起, 每週7班"),
], [])


# zh10: 經濟部's March 2013 industrial production statistics (MoneyDJ moneydj.com news page, Traditional with half-width
# "," ";" "(" as printed; the headline kept, reworded (3月工業生產指數年減3.28%,首季增加0.78% -> 3月工業生產指數年減3.28%
# 首季則增0.78%); the closing source credit kept, reworded ((資料來源:經濟部4/23) -> (資料提供:經濟部4/23)); the trailing "|"
# left out as page furniture; whole stored item otherwise).
# Key (2013-03 = 102年3月): industrial production index 131.16 (+23.79% mom; seasonally adjusted -2.60%), manufacturing
# +24.37% mom (seasonally adjusted -2.69%); yoy: industrial production -3.28%, manufacturing -3.24%, mining and quarrying
# -6.98%, electricity and gas -3.64%, water +0.95%, construction -6.09%. Key (2013Q1 = 102年第1季): index 123.22 (-6.10%
# qoq; seasonally adjusted -0.97%), manufacturing -5.74% qoq (seasonally adjusted -0.80%); yoy: industrial production
# +0.78%, manufacturing +0.72%, mining -1.81%, electricity and gas -3.30%, water -0.25%, construction +11.99%.
# Optional: the headline's -3.28% and +0.78% (twins).
# Judgement calls: ROC year 102 -> 2013 (+1911, news72 zh09); 上年第3季 (2012Q3) is where the growth streak starts, no
# figure, no row; 4/23 in the credit is the release date, no row; index levels in "points" (news50 zh10); the seasonally
# adjusted changes are month-on-month / quarter-on-quarter rows told apart in metric and basis; "較上月 / 較上季" -> mom /
# qoq; each sector is an entity with Taiwan as alias.
TW10 = "台灣|臺灣|我國|Taiwan|經濟部|MOEA"
IP10 = "工業生產|工業生產指數|industrial production|industrial production index|" + TW10
MF10 = "製造業|製造業生產|manufacturing|manufacturing production|" + TW10
MI10 = "礦業及土石採取業|礦業|mining and quarrying|mining|" + TW10
EG10 = "電力及燃氣供應業|電力及燃氣|electricity and gas supply|electricity and gas|" + TW10
WA10 = "用水供應業|用水|water supply|" + TW10
CO10 = "建築工程業|建築工程|construction|" + TW10
LV10 = "index_level|production_index|industrial_production_index"
GR10 = "industrial_production_growth|production_index_growth|output_growth|manufacturing_production_growth"
MOM10 = "industrial_production_growth_mom|mom_growth|" + GR10
SA10 = "industrial_production_growth_sa|seasonally_adjusted_growth|" + GR10
QOQ10 = "industrial_production_growth_qoq|qoq_growth|" + GR10
M10, Q10 = "2013-03", "2013Q1"
G["zh10"] = ([
    m(GR10, -3.28, "%", IP10, M10, opt=True, basis="headline twin (3月, 年減)"),
    m(GR10, 0.78, "%", IP10, Q10, opt=True, basis="headline twin (首季, 增)"),
    m(LV10, 131.16, "points", IP10, M10, basis="102年3月 工業生產指數"),
    m(MOM10, 23.79, "%", IP10, M10, basis="mom (比上月增加)"),
    m(MOM10, 24.37, "%", MF10, M10, basis="mom (製造業增加)"),
    m(SA10, -2.60, "%", IP10, M10, basis="mom, seasonally adjusted (減少)"),
    m(SA10, -2.69, "%", MF10, M10, basis="mom, seasonally adjusted (減少)"),
    m(GR10, -3.28, "%", IP10, M10, basis="yoy (和上年同月相比, 減少)"),
    m(GR10, -3.24, "%", MF10, M10, basis="yoy"),
    m(GR10, -6.98, "%", MI10, M10, basis="yoy"),
    m(GR10, -3.64, "%", EG10, M10, basis="yoy"),
    m(GR10, 0.95, "%", WA10, M10, basis="yoy (增加)"),
    m(GR10, -6.09, "%", CO10, M10, basis="yoy"),
    m(LV10, 123.22, "points", IP10, Q10, basis="102年第1季 工業生產指數"),
    m(QOQ10, -6.10, "%", IP10, Q10, basis="qoq (比上季減少)"),
    m(QOQ10, -5.74, "%", MF10, Q10, basis="qoq"),
    m(SA10, -0.97, "%", IP10, Q10, basis="qoq, seasonally adjusted"),
    m(SA10, -0.80, "%", MF10, Q10, basis="qoq, seasonally adjusted"),
    m(GR10, 0.78, "%", IP10, Q10, basis="yoy (與上年同季相比, 增加)"),
    m(GR10, 0.72, "%", MF10, Q10, basis="yoy"),
    m(GR10, -1.81, "%", MI10, Q10, basis="yoy"),
    m(GR10, -3.30, "%", EG10, Q10, basis="yoy"),
    m(GR10, -0.25, "%", WA10, Q10, basis="yoy"),
    m(GR10, 11.99, "%", CO10, Q10, basis="yoy (增加)"),
], [])


# zh11: Macau's July 2023 hotel occupancy and tour-group figures from the statistics bureau (exmoo.com, a Macau news site,
# Traditional with half-width "," ";" "(" as printed; no headline in the stored text and none composed; the closing
# credit "(編輯部)" left out as a byline; whole stored item otherwise).
# Key (2023-07): 132 hotel establishments (+17); rooms 4.3萬間 (+37.3%); occupancy 89.0% (+50.2 pp); two-star 93.1% (+6.8
# pp) and five-star 92.1% (+71.1 pp); guests 127.9萬人次 (+3.4倍 -> +340 %); mainland guests 94.6萬 (+320 %), Hong Kong
# 20.0萬 (+1260 %), Taiwan 2.7萬 (+1900 %), local guests 4.6萬 (-5.0%); average stay 1.6 nights (-0.7 nights); package-tour
# arrivals 11.0萬人次; residents buying outbound travel through agencies 4.2萬人次 (+27.3倍 -> +2730 %). Key (2023-01..07):
# occupancy 79.6% (+41.8 pp); guests 732.4萬人次 (+150 %); average stay 1.7 nights (-0.2 nights); package-tour arrivals
# 47.4萬人次; residents through agencies 21.6萬人次 (+940 %).
# Optional: every "X倍" read as a multiple ("x"); the two- and five-star hotels' "逾九成" (one open range (90, None) %).
# Judgement calls: "今年7月" is July 2023 (the text prints 2023年1至7月 for the year to date); "增加X倍" = X x 100 % (news43
# zh10); "依次" lists map in order; "按年減少0.7晚至1.6晚" -> the level 1.6 nights and a -0.7 nights change; counts of
# 人次 in "visitors" (guests and residents too, news65 zh12); the hotel and room counts take the month (no 月底 printed);
# tour-group visitors have no growth printed (no row invented).
MO11 = "澳門|Macau|Macao|全澳"
HOT11 = "酒店業場所|酒店|澳門酒店|hotel establishments|Macau hotels|" + MO11
TWO11 = "二星級酒店|二星級|two-star hotels"
FIVE11 = "五星級酒店|五星級|five-star hotels"
GU11 = "住客|酒店業場所住客|酒店住客|hotel guests|" + HOT11
CN11 = "中國內地住客|中國內地|內地|Mainland China|mainland guests"
HKG11 = "香港住客|香港|Hong Kong|Hong Kong guests"
TWN11 = "台灣地區住客|台灣地區|台灣|Taiwan|Taiwan guests"
LOC11 = "本地住客|本地|local guests|Macau guests"
PT11 = "隨團入境旅客|隨團入境|package-tour arrivals|tour-group visitors|" + MO11
RES11 = "本澳居民|經旅行社購買外遊服務的本澳居民|澳門居民|Macau residents|residents travelling via agencies"
M11, Y11 = "2023-07", "2023-01..07"
OCC11, OCCC11 = "occupancy_rate|hotel_occupancy|occupancy", "occupancy_rate_change|occupancy_change"
GS11, GG11 = "hotel_guests|guests|visitors", "hotel_guests_growth|guests_growth|visitors_growth"
ST11, STC11 = "average_length_of_stay|length_of_stay", "length_of_stay_change|average_length_of_stay_change"
VIS11, VG11 = "visitors|package_tour_visitors|tour_group_visitors", "visitors_growth|residents_travelling_growth"
RT11 = "residents_travelling|outbound_residents|visitors"


def times11(metric, x, ent, per, what):
    """'增加X倍' -> X x 100 % key, plus the X-times reading as an optional 'x' row (news43 zh10)."""
    return [m(metric, round(x * 100, 6), "%", ent, per, basis=f"yoy, {what}, 增加{x}倍"),
            m(metric, x, "x", ent, per, opt=True, basis=f"{x}倍 read as a multiple")]


Z11 = [
    m("hotels|hotel_count|hotel_establishments", 132, "hotels", HOT11, M11, basis="酒店業場所 (對外開放住宿)"),
    m("hotels_change|hotel_count_change", 17, "hotels", HOT11, M11, basis="比去年同期多17間"),
    m("hotel_rooms|rooms|room_supply", 43000, "rooms", HOT11, M11, basis="可供應客房 4.3萬間"),
    m("hotel_rooms_growth|rooms_growth|room_supply_growth", 37.3, "%", HOT11, M11, basis="yoy (增加)"),
    m(OCC11, 89.0, "%", HOT11, M11, basis="客房平均入住率"),
    m(OCCC11, 50.2, "pp", HOT11, M11, basis="yoy (上升)"),
    m(OCC11, 93.1, "%", TWO11 + "|" + HOT11, M11, basis="二星級"),
    m(OCC11, 92.1, "%", FIVE11 + "|" + HOT11, M11, basis="五星級酒店"),
    m(OCC11, None, "%", TWO11 + "|" + FIVE11 + "|" + HOT11, M11, rng=(90, None), opt=True, basis="均逾九成"),
    m(OCCC11, 6.8, "pp", TWO11 + "|" + HOT11, M11, basis="yoy, 依次, first"),
    m(OCCC11, 71.1, "pp", FIVE11 + "|" + HOT11, M11, basis="yoy, 依次, second"),
    m(GS11, 1.279e6, "visitors", GU11, M11, basis="7月份住客 127.9萬人次"),
]
Z11 += times11(GG11, 3.4, GU11, M11, "guests (上升)")
Z11 += [m(GS11, 946000, "visitors", CN11, M11, basis="中國內地住客 94.6萬人次")]
Z11 += times11(GG11, 3.2, CN11, M11, "mainland guests, 依次 first")
Z11 += [m(GS11, 200000, "visitors", HKG11, M11, basis="香港住客 20.0萬人次")]
Z11 += times11(GG11, 12.6, HKG11, M11, "Hong Kong guests, 依次 second")
Z11 += [m(GS11, 27000, "visitors", TWN11, M11, basis="台灣地區住客 2.7萬人次")]
Z11 += times11(GG11, 19.0, TWN11, M11, "Taiwan guests, 依次 third")
Z11 += [
    m(GS11, 46000, "visitors", LOC11, M11, basis="本地住客 4.6萬人次"),
    m(GG11, -5.0, "%", LOC11, M11, basis="yoy (下跌)"),
    m(ST11, 1.6, "nights", GU11, M11, basis="住客平均留宿"),
    m(STC11, -0.7, "nights", GU11, M11, basis="yoy (減少)"),
    m(OCC11, 79.6, "%", HOT11, Y11, basis="2023年1至7月 客房平均入住率"),
    m(OCCC11, 41.8, "pp", HOT11, Y11, basis="yoy (上升)"),
    m(GS11, 7.324e6, "visitors", GU11, Y11, basis="1至7月住客 732.4萬人次"),
]
Z11 += times11(GG11, 1.5, GU11, Y11, "guests January-July")
Z11 += [
    m(ST11, 1.7, "nights", GU11, Y11, basis="1至7月平均留宿時間"),
    m(STC11, -0.2, "nights", GU11, Y11, basis="yoy (減少)"),
    m(VIS11, 110000, "visitors", PT11, M11, basis="7月份隨團入境旅客 11.0萬人次"),
    m(RT11, 42000, "visitors", RES11, M11, basis="經旅行社購買外遊服務的本澳居民 4.2萬人次"),
]
Z11 += times11("residents_travelling_growth|outbound_residents_growth|visitors_growth", 27.3, RES11, M11,
               "residents via agencies (上升)")
Z11 += [
    m(VIS11, 474000, "visitors", PT11, Y11, basis="今年1至7月隨團入境旅客 47.4萬人次"),
    m(RT11, 216000, "visitors", RES11, Y11, basis="1至7月, 本澳居民經由旅行社購買外遊服務 21.6萬人次"),
]
Z11 += times11("residents_travelling_growth|outbound_residents_growth|visitors_growth", 9.4, RES11, Y11,
               "residents via agencies January-July")
G["zh11"] = (Z11, [])


# zh12: three brokers' target raises for 國泰航空 after its interim results, with the day's share move (東方日報
# orientaldaily.on.cc 產經, Traditional with half-width "," and full-width 「」 as printed, figures in Chinese numerals except
# the headline's 23.5元; the headline kept, reworded (國泰炒上睇23.5元 -> 國泰炒起 上望23.5元); the sub-head kept, reworded
# (昨漲半成 冠絕藍籌 -> 昨升半成 藍籌之冠); whole stored item).
# Rating actions (HKD): 花旗 raises its rating from 「沽售」 to 「持有」 and its target 兩成三 to 十九點五元 (upgrade, hold, prior
# sell; no earlier target printed); 摩根士丹利 keeps 「增持」 and raises its target from 十八元 to 二十二元 (raise_target,
# overweight, prior overweight); 瑞信 keeps 「跑贏大市」 and raises its target 一成半 to 二十三元 (raise_target, outperform,
# prior outperform; no earlier target printed).
# Key: the close 十八點九四元 and the day's rise 百分之四點七五; 花旗: target +23%, EPS forecasts 二點二元 (this year) and
# 一點九五元 (next year), the oil-price path 八十美元 (this year) to 九十美元 (2012); 摩根士丹利: H1 core earnings 四十九億元 up
# 近一點八倍 (+180 %), target +22%, bull-case value 二十三點五元; 瑞信: H1 recurring earnings 四十七點八億元 against its earlier
# estimate 二十八億元, target +15%, EPS forecasts raised 七成三 / 六成九 / 五成一 to 二點九八元 / 二點八一元 / 二點九一元
# (FY2010 / FY2011 / FY2012).
# Optional: the headline's 23.5元 (twin of the bull case); the sub-head's 半成 (+5 %, a rounded twin of 4.75%); the
# two-day rise (2 days); the three targets as target_price rows (摩根士丹利's with prior 十八元); the 一點八倍 read as "x".
# Judgement calls: the year of 今年 is not printed (瑞信's list starts at 二○一○ but today's date is not given), so 花旗's
# 今、明兩年 forecasts and the 今年 oil price take None with the year in basis, while 瑞信's printed years are FY2010-FY2012 and
# the oil path's 二○一二年 is "2012"; 上半年 / 中期 -> "H1"; "近一點八倍" -> 180 % (近X -> X); 瑞信's 二十八億元 is the
# broker's own earlier estimate of the recurring earnings (a key estimate row, not a prior period); 沽售 = sell, 持有 =
# hold, 增持 = overweight, 跑贏大市 = outperform; an airline is taken as the travel stock of the kind; (00293) gives no row.
CX12 = "國泰|國泰航空|Cathay Pacific|Cathay Pacific Airways|Cathay|00293|293"
CITI12 = "花旗|Citi|Citigroup"
MS12 = "摩根士丹利|大摩|Morgan Stanley"
CS12 = "瑞信|Credit Suisse"
OIL12 = "期油|油價|期油價格|oil|crude oil|oil futures"
TP12, TPC12 = "target_price|price_target", "target_price_change"
EF12, EFC12 = "eps_forecast|eps", "eps_forecast_change|eps_forecast_revision"
G["zh12"] = ([
    m("bull_case_target|bull_case_value|target_price_bull_case", 23.5, "HKD", CX12, None, opt=True,
      basis="headline twin (上望23.5元)"),
    m("streak|winning_streak|days", 2, "days", CX12, None, opt=True, basis="連升兩日"),
    m("price_change|share_price_change", 5, "%", CX12, None, opt=True, basis="sub-head 昨升半成 (rounded twin)"),
    m("price_change|share_price_change", 4.75, "%", CX12, None, basis="昨日續升百分之四點七五, top blue chip"),
    m("price|close|share_price", 18.94, "HKD", CX12, None, basis="以十八點九四元收市"),
    m(TPC12, 23, "%", CX12, None, basis="花旗, 目標價調高兩成三"),
    m(TP12, 19.5, "HKD", CX12, None, opt=True, basis="花旗, 至十九點五元"),
    m(EF12, 2.2, "HKD", CX12, None, basis="花旗, 今年 EPS forecast (year not printed), raised to 二點二元"),
    m(EF12, 1.95, "HKD", CX12, None, basis="花旗, 明年 EPS forecast, raised to 一點九五元"),
    m("oil_price_forecast|oil_price|crude_oil_price", 80, "USD", OIL12, None, basis="花旗: 今年的八十美元 (year not printed)"),
    m("oil_price_forecast|oil_price|crude_oil_price", 90, "USD", OIL12, "2012", basis="花旗: 升至二○一二年的九十美元水平"),
    m("core_profit|core_earnings|underlying_profit", 4.9e9, "HKD", CX12, "H1", basis="摩根士丹利: 核心盈利 四十九億元"),
    m("core_profit_growth|core_earnings_growth|underlying_profit_growth", 180, "%", CX12, "H1",
      basis="摩根士丹利: 急升近一點八倍 (近X -> X)"),
    m("core_profit_growth|core_earnings_growth|underlying_profit_growth", 1.8, "x", CX12, "H1", opt=True,
      basis="一點八倍 read as a multiple"),
    m(TP12, 22, "HKD", CX12, None, prior=18, opt=True, basis="摩根士丹利, 由十八元調升至二十二元"),
    m(TPC12, 22, "%", CX12, None, basis="摩根士丹利, 升幅兩成二"),
    m("bull_case_target|bull_case_value|target_price_bull_case", 23.5, "HKD", CX12, None,
      basis="摩根士丹利: 最樂觀的情況下 可升至二十三點五元"),
    m("recurring_profit|recurring_earnings|core_profit", 4.78e9, "HKD", CX12, "H1",
      basis="瑞信: 不計特殊收益與燃油對沖虧損的經常性盈利 四十七點八億元"),
    m("recurring_profit_estimate|earnings_estimate|recurring_profit", 2.8e9, "HKD", CX12, "H1",
      basis="瑞信's earlier estimate (早前估計的二十八億元)"),
    m(TPC12, 15, "%", CX12, None, basis="瑞信, 目標價調高一成半"),
    m(TP12, 23, "HKD", CX12, None, opt=True, basis="瑞信, 至二十三元"),
    m(EFC12, 73, "%", CX12, "FY2010", basis="瑞信, 依次調高, first (二○一○)"),
    m(EFC12, 69, "%", CX12, "FY2011", basis="瑞信, second (一一)"),
    m(EFC12, 51, "%", CX12, "FY2012", basis="瑞信, third (一二)"),
    m(EF12, 2.98, "HKD", CX12, "FY2010", basis="瑞信 forecast after the raise"),
    m(EF12, 2.81, "HKD", CX12, "FY2011", basis="瑞信 forecast after the raise"),
    m(EF12, 2.91, "HKD", CX12, "FY2012", basis="瑞信 forecast after the raise"),
], [
    ra(CITI12, CX12, "upgrade", "hold", "sell", 19.5, None, "HKD"),
    ra(MS12, CX12, "raise_target", "overweight", "overweight", 22.0, 18.0, "HKD"),
    ra(CS12, CX12, "raise_target", "outperform", "outperform", 23.0, None, "HKD"),
])
