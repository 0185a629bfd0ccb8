# Hand labels for news44/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written by hand from the texts alone: no project code was run (no extractor, no
# newsflow, no pytest, no .venv; only build_labels.py at the end), and no extractor code, plugin, test, docs page, gold file
# or other batch's file was read. Conventions followed: the development corpus's README and scorer
# (shared/corpora/news-text/zh/README.md, score.py), the READMEs of news42/zh and news43/zh (their "Conventions decided"
# sections) and the labels files of news41/zh, news42/zh (and, for precedents named below, news6 / news33 / news40).
# Currency: Hong Kong company / market context, bare 元 / 億元 = HKD (zh07 prints "(港幣,以下同)"; zh08, zh09, zh10); 仙 = HK
# cents (61.5仙 -> 0.615 HKD, 22仙 -> 0.22 HKD). Taiwan: 美元 -> USD (zh11); bare 元 / 億元 / 億 in a Taiwan market story = TWD
# (zh12), 張 = board lots ("lots"). Values fully scaled (42.68億元 -> 4.268e9; 6407.5億美元 -> 6.4075e11; 5萬8115張 -> 58115
# lots). 約X / 近X -> X; 逾X -> an open bound rng=(X, None), optional for market moves (news41 zh09); 最多X -> an upper cap
# rng=(None, X); 升X倍 = X x 100 % (news33 / news43 zh10) with the X-times reading as an optional "x" row; 一成 = 10 %,
# 一成九 = 19 %, 兩成 = 20 %, 7成4 = 74 %, 百分之X = X %. Declines negative (跌, 減少, 下滑, 月減, 少, 虧損, 蝕, 低, 賣超).
# Periods only from the text: zh07 2023H1 (the lead prints "截至6月底止六個月的2023年中期業績") and 2022H1 for the year-earlier
# loss; zh08 "H1" for the interim (截至今年9月底止, no year printed) and FY2026 / FY2027 for "2026年財年" / "2027年財年"; zh11
# 2025-12, 2025Q4 and FY2025 ("去年" is tied to 2025 by the text itself: "2025年累計出口6407.5億美元" restates "去年…出口
# 6407.5億美元"); zh09, zh10 and zh12 print no year (今早, 今日, 今(28)日) -> None. Dropped page date lines, URL dates and the
# writer's knowledge are never used.
# Repeats: a figure printed twice (headline / sub-heading / lead and body, a recap paragraph) is one key row and an optional
# twin. Broker targets are also target_price metric rows besides the rating actions; an old target printed beside the new
# one is its prior and an optional row of its own. Grey-market (暗盤) statistics follow news6 zh15 / news3 zh16: offer
# price, grey-market close and change, oversubscription and net proceeds key; one-lot success rates, applicant counts, lots
# for a sure allotment, lot sizes, paper gains / losses per lot and grey-market intraday lows optional. Entities list names
# as printed plus Traditional / Simplified / English forms and stock codes; segments, product groups and tranches take their
# own name with the company / economy as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong airline's interim results (大紀元 Epoch Times Hong Kong on a mirror host, Traditional; no headline in the
# stored text, none composed; the trailing "@" and the subscription / column / app links left out; whole stored item).
# Key (2023H1): profit attributable 42.68億元 (prior: the year-earlier loss of 49.99億元); the one-off non-cash income 19億元;
# EPS 61.5仙; revenue 435.93億元 and 升1.35倍 (+135 %); passenger revenue 250.13億元 and 升11.1倍 (+1110 %); cargo revenue
# 107.41億元 and -11.6% (減少); the deferred preference dividend 15.24億元 (7.8元 per preference share) and the unpaid dividend
# to 8月14日 2.93億元 (1.5元 per preference share); the purchase of 最多32架 aircraft (upper cap).
# Optional: the 2022H1 loss as a row of its own; the multiple readings 1.35 x and 11.1 x.
# Judgement calls: "由虧轉盈…應佔溢利42.68億元…上年同期則虧損49.99億元" gives the profit row a negative prior; "當中計及一筆過
# 的非現金收入19億元" follows the year-earlier loss in the sentence and the text does not say which half it belongs to, so its
# row has period None (the subject left implicit, as printed); "不派息" gives no zero dividend row; the preference-share
# payments take the preference shares as entity with 國泰 as alias and period None (dates 6月底 / 8月14日 in basis); the
# aircraft count is key as the deal's only figure (news41 zh12's 最多近4億元 precedent). Not labelled: the code 00293, the
# model numbers A321-200neo / A320-200neo, the deadline 9月底.
CX = "國泰航空|國泰|Cathay Pacific|Cathay Pacific Airways|00293|293"
PAX7 = "客運|客運業務|客運收益|passenger|passenger business|" + CX
CGO7 = "貨運|貨運業務|貨運收益|cargo|cargo business|" + CX
PREF7 = "優先股|國泰優先股|preference shares|Cathay preference shares|" + CX
AC7 = "空中巴士A321-200neo型或A320-200neo型飛機|空中巴士|Airbus A321neo|Airbus A320neo|Airbus|" + CX
P7 = "2023H1"
G["zh07"] = ([
    m("net_profit|profit_attributable|net_income", 4.268e9, "HKD", CX, P7, prior=-4.999e9,
      basis="應佔溢利, six months to end-June 2023; 由虧轉盈"),
    m("net_profit|profit_attributable|net_income", -4.999e9, "HKD", CX, "2022H1", opt=True,
      basis="year-earlier loss (上年同期虧損), prior of the 2023H1 row"),
    m("one_off_income|non_cash_income|one_off_gain", 1.9e9, "HKD", CX, None,
      basis="一筆過的非現金收入 (included; which half is left implicit by the text)"),
    m("eps|earnings_per_share", 0.615, "HKD", CX, P7, basis="每股盈利61.5仙"),
    m("revenue", 4.3593e10, "HKD", CX, P7, basis="收益總額"),
    m("revenue_growth", 135, "%", CX, P7, basis="yoy, 升1.35倍 (+135%)"),
    m("revenue_growth", 1.35, "x", CX, P7, opt=True, basis="升1.35倍 read as a multiple"),
    m("revenue|segment_revenue|passenger_revenue", 2.5013e10, "HKD", PAX7, P7, basis="客運收益"),
    m("revenue_growth|segment_revenue_growth|passenger_revenue_growth", 1110, "%", PAX7, P7,
      basis="yoy, 按年升11.1倍 (+1110%)"),
    m("revenue_growth|segment_revenue_growth|passenger_revenue_growth", 11.1, "x", PAX7, P7, opt=True,
      basis="升11.1倍 read as a multiple"),
    m("revenue|segment_revenue|cargo_revenue", 1.0741e10, "HKD", CGO7, P7, basis="貨運收益"),
    m("revenue_growth|segment_revenue_growth|cargo_revenue_growth", -11.6, "%", CGO7, P7, basis="yoy (減少)"),
    m("dividend_paid|preference_dividend|deferred_dividend", 1.524e9, "HKD", PREF7, None,
      basis="遞延股息 paid at end-June (6月底) on the preference shares held by the HKSAR government"),
    m("dividend_per_share|preference_dividend_per_share", 7.8, "HKD", PREF7, None, basis="每股優先股, deferred dividend"),
    m("dividend_paid|preference_dividend", 2.93e8, "HKD", PREF7, None, basis="unpaid dividend up to 8月14日"),
    m("dividend_per_share|preference_dividend_per_share", 1.5, "HKD", PREF7, None, basis="每股優先股, dividend to 8月14日"),
    m("aircraft|aircraft_purchase|aircraft_count", None, "aircraft", AC7, None, rng=(None, 32),
      basis="purchase right, 購入最多32架 before end-September (今年9月底前)"),
], [])


# zh08: broker target raises on a Hong Kong jeweller after its interim results (HK01 財經快訊, Traditional; the page date line
# and the photo caption "周大福中環新概念店。（黃文琪攝）" left out; no headline in the stored text, none composed; the
# sub-heading "中銀國際升目標價至18.1元" reworded with its figure kept; the source's "以及及" and "上調0.1元17.6元" (no 至) kept
# as printed; whole stored item).
# Key: interim profit attributable 25.3億元 (+0.1%), revenue 389.9億元 (-1.1%), interim dividend 22仙; 中銀國際's target 18.1元
# (prior 17.8元); management's raised margin guidance 31%至32% (gross) and 18%至19% (operating), ranges; 美銀's net profit
# forecast raises +6% (FY2026) and +1% (FY2027) to 87億元 / 88億元; 美銀's target 17.6元 and its change +0.1元; the latest price
# 14.3元 and -6.2%.
# Optional: the sub-heading's 18.1元 (twin); 中銀國際's old target 17.8元; the intraday low 14.05元 and the move to it (-7.8%).
# Rating actions (HKD): 中銀國際 raise_target 周大福 buy (重申「買入」) 18.1 from 17.8; 美銀 raise_target buy 17.6 (old target
# not printed).
# Judgement calls: "截至今年9月底止中期" prints no year -> "H1" (the interim half, news42 zh09's convention for a half without a
# year); "今年" guidance -> None; "2026年財年" / "2027年財年" -> FY2026 / FY2027 in order; "上調6%及1%至87億元及88億元" maps in
# order onto the two years; "上調0.1元17.6元" is read as raised by 0.1元 to 17.6元 (the old target 17.5元 is not printed and
# is not computed); "重申" with a raised target is raise_target (the corpus's rule), rating buy; 87億元 / 88億元 in a Hong
# Kong broker item are HKD. Not labelled: the code 1929, 25日 / 10月1日 / 11月18日 (dates), 10月至11月中 (a span).
CTF = "周大福|周大福珠寶|周大福珠寶集團|Chow Tai Fook|Chow Tai Fook Jewellery|Chow Tai Fook Jewellery Group|1929|01929"
BOCI = "中銀國際|中銀國際證券|BOCI|BOC International"
BOFA = "美銀|美銀證券|美國銀行|BofA|BofA Securities|Bank of America|BofA Global Research"
H8 = "H1"
B8 = "interim, six months to end-September (截至今年9月底止), year not printed"
G["zh08"] = ([
    m("net_profit|profit_attributable|net_income", 2.53e9, "HKD", CTF, H8, basis="股東應佔溢利, " + B8),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 0.1, "%", CTF, H8, basis="yoy (按年增)"),
    m("revenue", 3.899e10, "HKD", CTF, H8, basis=B8),
    m("revenue_growth", -1.1, "%", CTF, H8, basis="yoy (按年跌)"),
    m("dividend_per_share|interim_dividend", 0.22, "HKD", CTF, H8, basis="中期息22仙"),
    m("target_price", 18.1, "HKD", CTF, None, opt=True, basis="sub-heading twin (中銀國際把目標價調高至18.1元)"),
    m("target_price", 18.1, "HKD", CTF, None, prior=17.8, basis="中銀國際; 由17.8元升至18.1元, 買入 reiterated"),
    m("target_price", 17.8, "HKD", CTF, None, opt=True, basis="中銀國際's previous target"),
    m("gross_margin_guidance|gross_margin", None, "%", CTF, None, rng=(31, 32),
      basis="management guidance for this year (今年), raised; new range"),
    m("operating_margin_guidance|operating_margin", None, "%", CTF, None, rng=(18, 19),
      basis="management guidance for this year (今年), raised; new range (printed 以及及18%至19%)"),
    m("net_profit_forecast_change|earnings_forecast_change|forecast_revision", 6, "%", CTF, "FY2026",
      basis="美銀 raises its net profit forecast (上調), 2026年財年"),
    m("net_profit_forecast_change|earnings_forecast_change|forecast_revision", 1, "%", CTF, "FY2027",
      basis="美銀 raises its net profit forecast (上調), 2027年財年"),
    m("net_profit_forecast|net_profit", 8.7e9, "HKD", CTF, "FY2026", basis="美銀 forecast, 2026年財年"),
    m("net_profit_forecast|net_profit", 8.8e9, "HKD", CTF, "FY2027", basis="美銀 forecast, 2027年財年"),
    m("target_price", 17.6, "HKD", CTF, None, basis="美銀; 上調0.1元17.6元 (至 missing as printed), 買入 reiterated"),
    m("target_price_change", 0.1, "HKD", CTF, None, basis="美銀, 上調0.1元"),
    m("intraday_low|price|share_price", 14.05, "HKD", CTF, None, opt=True, basis="intraday low (一度低見)"),
    m("price_change", -7.8, "%", CTF, None, opt=True, basis="intraday, at the low (跌幅達7.8%)"),
    m("price|share_price", 14.3, "HKD", CTF, None, basis="latest quote (最新報)"),
    m("price_change", -6.2, "%", CTF, None, basis="latest quote (跌)"),
], [
    ra(BOCI, CTF, "raise_target", "buy", None, 18.1, 17.8, "HKD"),
    ra(BOFA, CTF, "raise_target", "buy", None, 17.6, None, "HKD"),
])


# zh09: 港股 full-day close with Macau-gaming, blue-chip-change and Apple-supplier movers (新城 881903, Traditional; no headline and
# no date in the stored text, none composed; the Chinese-numeral figures "逾一百四十點", "幾十點", "二萬八千點", "百分之X", "兩成",
# "一成", "一成九", "八月份", "九月十二日" kept; whole stored text).
# Key: 恒指 close 27953 (-17 points); turnover 1005億元 and -2% on the previous day (少百分之二); 國指 11285 (-9); Macau's August
# gaming revenue +20% yoy (兩成); 金沙中國 36.5元, +1.45元, +4%; 銀河娛樂 51元; 永利澳門 18.2元, +6% (近); 蒙牛 +1.2元, 19.48元,
# +6%; 萬洲國際 +0.23元, 8.41元; 騰訊's index weight to be cut to 10% (一成), 326.2元, -1% (近); 工商銀行 5.8元, -0.06元, -1%;
# 建設銀行 -0.05元, 6.81元; 國壽 -1% (近); 舜宇光學 +2%; 高偉電子 +19% (一成九); 丘鈦科技 +7%.
# Optional: the intraday high 28116 and the intraday gain "最多…逾一百四十點" (open bound); the round level 二萬八千點 (28000);
# 銀河娛樂 "升逾百分之三" and 萬洲國際 "升逾百分之二" (open bounds, news41 zh09).
# Judgement calls: no date -> period None with "close" in basis; "八月份" without a year -> None with August in basis; "幾十點"
# is not a figure; "較上日少百分之二" is a key -2 % change in turnover; 騰訊's weight "將被下調至一成" is a key 10 % (a forecast
# level, no prior printed). Not labelled: stock codes, 九月十二日 (a date).
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI|H-share index"
MKT9 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|Main Board"
MACAU9 = "澳門博彩收入|澳門博彩|澳門賭收|Macau gaming revenue|Macau GGR|Macau"
SANDS9 = "金沙中國|金沙|Sands China|01928|01928.HK|1928"
GEG9 = "銀河娛樂|銀娛|Galaxy Entertainment|Galaxy Entertainment Group|00027|00027.HK|27"
WYNN9 = "永利澳門|永利|Wynn Macau|01128|01128.HK|1128"
MN9 = "蒙牛乳業|蒙牛|China Mengniu Dairy|Mengniu|02319|02319.HK|2319"
WH9 = "萬洲國際|萬洲|WH Group|00288|00288.HK|288"
TC9 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|00700.HK|700"
ICBC9 = "工商銀行|工行|ICBC|Industrial and Commercial Bank of China|01398|01398.HK|1398"
CCB9 = "建設銀行|建行|China Construction Bank|CCB|00939|00939.HK|939"
CL9 = "國壽|中國人壽|China Life|China Life Insurance|02628|02628.HK|2628"
SUNNY9 = "舜宇光學|舜宇光學科技|舜宇|Sunny Optical|Sunny Optical Technology|02382|02382.HK|2382"
COWELL9 = "高偉電子|高偉|Cowell|Cowell e Holdings|01415|01415.HK|1415"
QT9 = "丘鈦科技|丘鈦|Q Technology|01478|01478.HK|1478"
PX, PC = "price|share_price|close", "price_change"
B9 = "close (收市), no date printed"
G["zh09"] = ([
    m("index_change", None, "points", HSI9, None, rng=(140, None), opt=True, basis="intraday, 最多擴大至逾一百四十點"),
    m("index_level|intraday_high", 28116, "points", HSI9, None, opt=True, basis="intraday high (最高見)"),
    m("index_level|round_level", 28000, "points", HSI9, None, opt=True, basis="二萬八千點水平 得而復失 (round level)"),
    m("index_level|index_close", 27953, "points", HSI9, None, basis=B9),
    m("index_change", -17, "points", HSI9, None, basis=B9),
    m("turnover|market_turnover", 1.005e11, "HKD", MKT9, None, basis="全日成交額, " + B9),
    m("turnover_change|turnover_growth", -2, "%", MKT9, None, basis="vs the previous day (較上日少百分之二)"),
    m("index_level|index_close", 11285, "points", HSCEI9, None, basis=B9),
    m("index_change", -9, "points", HSCEI9, None, basis=B9),
    m("gaming_revenue_growth|revenue_growth", 20, "%", MACAU9, None, basis="八月份 (August, no year), yoy, 兩成"),
    m(PX, 36.5, "HKD", SANDS9, None, basis=B9),
    m(PC, 1.45, "HKD", SANDS9, None, basis=B9),
    m(PC, 4, "%", SANDS9, None, basis="升幅為百分之四, " + B9),
    m(PC, None, "%", GEG9, None, rng=(3, None), opt=True, basis="升逾百分之三"),
    m(PX, 51, "HKD", GEG9, None, basis=B9),
    m(PX, 18.2, "HKD", WYNN9, None, basis=B9),
    m(PC, 6, "%", WYNN9, None, basis="升近百分之六, " + B9),
    m(PC, 1.2, "HKD", MN9, None, basis=B9),
    m(PX, 19.48, "HKD", MN9, None, basis=B9),
    m(PC, 6, "%", MN9, None, basis="升百分之六, strongest blue chip, " + B9),
    m(PC, 0.23, "HKD", WH9, None, basis=B9),
    m(PX, 8.41, "HKD", WH9, None, basis=B9),
    m(PC, None, "%", WH9, None, rng=(2, None), opt=True, basis="升逾百分之二"),
    m("index_weight|weight", 10, "%", TC9 + "|" + HSI9, None, basis="weight in the Hang Seng Index to be cut to 一成"),
    m(PX, 326.2, "HKD", TC9, None, basis=B9),
    m(PC, -1, "%", TC9, None, basis="跌近百分之一, " + B9),
    m(PX, 5.8, "HKD", ICBC9, None, basis=B9),
    m(PC, -0.06, "HKD", ICBC9, None, basis=B9),
    m(PC, -1, "%", ICBC9, None, basis="跌百分之一, " + B9),
    m(PC, -0.05, "HKD", CCB9, None, basis=B9),
    m(PX, 6.81, "HKD", CCB9, None, basis=B9),
    m(PC, -1, "%", CL9, None, basis="跌近百分之一, " + B9),
    m(PC, 2, "%", SUNNY9, None, basis="升百分之二, " + B9),
    m(PC, 19, "%", COWELL9, None, basis="急升一成九, " + B9),
    m(PC, 7, "%", QT9, None, basis="升百分之七, " + B9),
], [])


# zh10: Hong Kong IPO allotment results and grey-market (暗盤) prices of two new listings (明報 經濟, Traditional; the headline
# "珍酒李渡中籤率100% 下限定價暗盤潛水" and the byline "明報記者" kept as printed; the section tag "[新股]" left out; whole stored
# item).
# Key: 珍酒李渡 — offer price 10.82元 (接近下限), net proceeds 49.9億元, Hong Kong public offer 0.9倍 and international offer 2.9倍
# oversubscribed, 輝立 grey-market close 10.28元 (-5% on the offer price); 梅斯健康 — offer price 9.1元 (下限), net proceeds
# 5.4億元, 8.9倍 and 0.5倍 oversubscribed, 輝立 grey market 8.85元 (-2.7%), 富途 grey market 9.4元 (+3.3%).
# Optional: the one-lot success rates 100% (twice: headline and body) and 20%; the applicants 10670 / 11529; the 8 lots for
# a sure allotment; the lot sizes 200股 / 250股; the paper loss / gain per lot 108元 / 88元 / 62.5元 / 75元; 富途's grey-market
# low for 珍酒李渡 (10.38元, -4.1%).
# Judgement calls: news6 zh15 / news3 zh16 make grey-market closes, offer prices and oversubscription key and allotment
# statistics optional; net proceeds (集資淨額) are key (the size of each offer); "富途暗盤低見10.38元" is an intraday low of
# the grey session (optional, with its -4.1% and 每手蝕88元), while 梅斯健康's "輝立暗盤報" / "富途暗盤則報" readings are the
# session's quotes (key); paper losses are negative; 倍 -> "x"; "今日掛牌" prints no date -> period None. Not labelled: the
# codes 6979 / 2415.
ZJ10 = "珍酒李渡|珍酒李渡集團|ZJLD|ZJLD Group|Zhenjiu Lidu|6979|06979"
MS10 = "梅斯健康|MedSci|MedSci Healthcare|2415|02415"
OS10 = "oversubscription|oversubscription_multiple|subscription_multiple"
GP10, GC10 = "grey_market_price|price", "grey_market_change|price_change"
G["zh10"] = ([
    m("one_lot_success_rate|allotment_rate", 100, "%", ZJ10, None, opt=True, basis="headline 中籤率100%"),
    m("ipo_price|offer_price", 10.82, "HKD", ZJ10, None, basis="接近下限定價"),
    m("one_lot_success_rate|allotment_rate", 100, "%", ZJ10, None, opt=True, basis="中籤率100%"),
    m("net_proceeds|fundraising", 4.99e9, "HKD", ZJ10, None, basis="集資淨額"),
    m("applicants|applications", 10670, "applicants", ZJ10, None, opt=True, basis="Hong Kong public offer, 10670人認購"),
    m(OS10, 0.9, "x", ZJ10, None, basis="Hong Kong public offer"),
    m(OS10, 2.9, "x", ZJ10, None, basis="international offer"),
    m(GP10, 10.28, "HKD", ZJ10, None, basis="grey market close, 輝立 (收報)"),
    m(GC10, -5, "%", ZJ10, None, basis="grey market vs offer price, 輝立 (低5%)"),
    m("lot_size", 200, "shares", ZJ10, None, opt=True),
    m("paper_gain_per_lot|paper_loss_per_lot", -108, "HKD", ZJ10, None, opt=True, basis="輝立, 帳面蝕, before fees"),
    m(GP10, 10.38, "HKD", ZJ10, None, opt=True, basis="grey market low, 富途 (低見)"),
    m(GC10, -4.1, "%", ZJ10, None, opt=True, basis="富途 low vs offer price"),
    m("paper_gain_per_lot|paper_loss_per_lot", -88, "HKD", ZJ10, None, opt=True, basis="富途, 每手蝕"),
    m("ipo_price|offer_price", 9.1, "HKD", MS10, None, basis="priced at the bottom (下限)"),
    m("one_lot_success_rate|allotment_rate", 20, "%", MS10, None, opt=True),
    m("lots_for_sure_allotment|lots", 8, "lots", MS10, None, opt=True, basis="認購8手可穩獲一手"),
    m("net_proceeds|fundraising", 5.4e8, "HKD", MS10, None, basis="集資淨額"),
    m("applicants|applications", 11529, "applicants", MS10, None, opt=True, basis="Hong Kong public offer"),
    m(OS10, 8.9, "x", MS10, None, basis="Hong Kong public offer"),
    m(OS10, 0.5, "x", MS10, None, basis="international offer"),
    m(GP10, 8.85, "HKD", MS10, None, basis="grey market, 輝立 (報)"),
    m(GC10, -2.7, "%", MS10, None, basis="grey market vs offer price, 輝立 (低)"),
    m("lot_size", 250, "shares", MS10, None, opt=True),
    m("paper_gain_per_lot|paper_loss_per_lot", -62.5, "HKD", MS10, None, opt=True, basis="輝立, 一手蝕"),
    m(GP10, 9.4, "HKD", MS10, None, basis="grey market, 富途 (則報)"),
    m(GC10, 3.3, "%", MS10, None, basis="grey market vs offer price, 富途 (高)"),
    m("paper_gain_per_lot|paper_loss_per_lot", 75, "HKD", MS10, None, opt=True, basis="富途, 賺"),
], [])


# zh11: Taiwan's December and full-year customs trade release (自由時報 ltn 即時新聞, Traditional; the page date line and the
# photo caption (a copy of the lead's 624.8億美元, 43.4% and 26 months, credited （歐新社）) left out; the byline
# "〔記者鄭琪芳／台北報導〕" kept; no headline in the stored text, none composed; the stored text breaks off after "5大市場中，12月
# 對美國出口年增1.3倍" and the passage ends before that sentence; the source's "首破突破1500億美元", "4836.1 億美元" (stray space)
# and "7成4" kept).
# Key: December 2025 exports 624.8億美元 (-2.5% mom, +43.4% yoy); Q4 exports 1881.1億美元 (+49.4%); 2025 exports 6407.5億美元
# (+34.9%); 2025 surplus 1571.4億美元 (+765.6億美元 yoy); the US-vs-China/HK export-share gap 4.3個百分點; December imports
# 430.4億美元 (-10.3% mom, +14.9% yoy); Q4 imports 1302.1億美元 (+24.3%); 2025 imports 4836.1億美元 (+22.6%); December surplus
# 194.3億美元 (+133.4億美元 yoy); ICT and audio-visual products +1.3倍 (+130 %), electronic components +24.1%, the two together
# +65.5%, other goods -0.2%, plastics and rubber -13.1%, machinery +11%; 2025 ICT + components growth 53% and share 74% (7成4).
# Optional: the repeats of 43.4% / 14.9% (paragraph 3), 6407.5億美元 / 4836.1 億美元 (paragraph 3), 1571.4億美元 (paragraphs 2 and
# 3); the bounds 突破6000億美元 and 突破1500億美元; the 26-month streak; the 1.3 x reading.
# Judgement calls: "去年" is 2025 by the text's own restatement ("2025年累計出口6407.5億美元"), so 12月 -> 2025-12, 第4季 -> 2025Q4,
# 去年 -> FY2025 (the dropped page date is not used); "年增133.4億美元" / "年增765.6億美元" are yoy changes of the surplus in
# USD (positive), not priors; "兩者相差4.3個百分點" is a pp row for the US share over the China/HK share (FY2025); "各年增1.3倍及
# 24.1%" maps in order; "合計年增65.5%" takes the two engines together; "26年來" / "32年" / "第2長" / "歷年單月次高" are ranks
# and spans, not labelled. Not labelled: 5大市場 (the cut sentence).
TWX11 = "台灣出口|出口|台灣|我國|Taiwan|Taiwan exports|exports"
TWM11 = "台灣進口|進口|台灣|我國|Taiwan|Taiwan imports|imports"
TWS11 = "出超|貿易出超|台灣|我國|Taiwan|Taiwan trade surplus|trade surplus"
US11 = "對美出口|對美出口占比|美國|United States|US|" + TWX11
ICT11 = "資通與視聽產品|資通訊與視聽產品|ICT and audio-visual products|ICT products|" + TWX11
EC11 = "電子零組件|electronic components|" + TWX11
ENG11 = "資通與視聽產品及電子零組件|資通與視聽產品、電子零組件|兩大引擎|ICT and audio-visual products and electronic components|" + TWX11
OTH11 = "其餘貨類|其他貨類|other goods|" + TWX11
PLA11 = "塑橡膠及其製品|塑橡膠|plastics and rubber|plastics and rubber products|" + TWX11
MAC11 = "機械|machinery|" + TWX11
M11, Q11, Y11 = "2025-12", "2025Q4", "FY2025"
EXP, EXG, MOM = "exports", "export_growth|exports_growth", "export_growth_mom|exports_growth_mom|mom_growth"
IMP, IMG = "imports", "import_growth|imports_growth"
SUR = "trade_surplus|trade_balance"
G["zh11"] = ([
    m(EXP, 6.248e10, "USD", TWX11, M11, basis="歷年單月次高"),
    m(MOM, -2.5, "%", TWX11, M11, basis="mom (月減)"),
    m(EXG, 43.4, "%", TWX11, M11, basis="yoy (年增)"),
    m("growth_streak|streak", 26, "months", TWX11, M11, opt=True, basis="連續26個月成長"),
    m(EXP, 1.8811e11, "USD", TWX11, Q11, basis="第4季"),
    m(EXG, 49.4, "%", TWX11, Q11, basis="yoy"),
    m(EXP, 6.4075e11, "USD", TWX11, Y11, basis="去年全年累計, record"),
    m(EXG, 34.9, "%", TWX11, Y11, basis="yoy"),
    m(EXP, None, "USD", TWX11, Y11, rng=(6e11, None), opt=True, basis="首度突破6000億美元大關"),
    m(SUR, 1.5714e11, "USD", TWS11, Y11, basis="出超, record"),
    m("export_share_gap|share_gap", 4.3, "pp", US11, Y11,
      basis="US share of exports above China/HK (中港), 相差4.3個百分點, largest in 32 years"),
    m(IMP, 4.304e10, "USD", TWM11, M11, basis="歷年單月次高"),
    m("import_growth_mom|imports_growth_mom|mom_growth", -10.3, "%", TWM11, M11, basis="mom (月減)"),
    m(IMG, 14.9, "%", TWM11, M11, basis="yoy"),
    m(IMP, 1.3021e11, "USD", TWM11, Q11, basis="第4季"),
    m(IMG, 24.3, "%", TWM11, Q11, basis="yoy"),
    m(IMP, 4.8361e11, "USD", TWM11, Y11, basis="去年累計"),
    m(IMG, 22.6, "%", TWM11, Y11, basis="yoy"),
    m(SUR, 1.943e10, "USD", TWS11, M11, basis="12月出超"),
    m("trade_surplus_change|surplus_change", 1.334e10, "USD", TWS11, M11, basis="yoy change (年增133.4億美元)"),
    m(SUR, 1.5714e11, "USD", TWS11, Y11, opt=True, basis="paragraph 2 twin (去年累計出超)"),
    m(SUR, None, "USD", TWS11, Y11, rng=(1.5e11, None), opt=True, basis="首破突破1500億美元"),
    m("trade_surplus_change|surplus_change", 7.656e10, "USD", TWS11, Y11, basis="yoy change (年增765.6億美元)"),
    m(EXG, 43.4, "%", TWX11, M11, opt=True, basis="paragraph 3 twin"),
    m(IMG, 14.9, "%", TWM11, M11, opt=True, basis="paragraph 3 twin"),
    m(EXP, 6.4075e11, "USD", TWX11, Y11, opt=True, basis="paragraph 3 twin (2025年累計出口)"),
    m(IMP, 4.8361e11, "USD", TWM11, Y11, opt=True, basis="paragraph 3 twin (printed 4836.1 億美元)"),
    m(SUR, 1.5714e11, "USD", TWS11, Y11, opt=True, basis="paragraph 3 twin (貿易出超)"),
    m(EXG, 130, "%", ICT11, M11, basis="yoy, 年增1.3倍 (+130%), one of the two engines"),
    m(EXG, 1.3, "x", ICT11, M11, opt=True, basis="年增1.3倍 read as a multiple"),
    m(EXG, 24.1, "%", EC11, M11, basis="yoy"),
    m(EXG, 65.5, "%", ENG11, M11, basis="the two engines together (合計年增)"),
    m(EXG, -0.2, "%", OTH11, M11, basis="average of the other goods (平均減少)"),
    m(EXG, -13.1, "%", PLA11, M11, basis="yoy (下滑)"),
    m(EXG, 11, "%", MAC11, M11, basis="yoy, semiconductor-equipment demand"),
    m(EXG, 53, "%", ENG11, Y11, basis="2025, the two groups together (合計成長), both records"),
    m("export_share|share_of_exports", 74, "%", ENG11, Y11, basis="share of total exports, 7成4"),
], [])


# zh12: Taiwan close with foreign investors' net buying and selling by stock (ETtoday 新聞雲 財經, Traditional; the photo caption
# "▲外資今日買超332億元，力積電居買超第一名個股。（圖／記者陳筱惠攝）" left out (its rounded 332 is the only number dropped); the
# byline "記者巫彩蓮／台北報導" kept; no headline in the stored text, none composed; the source's "總成交額8503.94億" (no 元),
# "連續兩個交易" (no 日), the stray "）" after "1萬818張" and "國巨*" kept; whole stored item).
# Key: 台積電 close 1820元; TAIEX close 32803.82 (+485.9 points, +1.5%); turnover 8503.94億; foreign net buying 332.76億元 and
# its two-day total 555.5億元; the three institutional groups +302.25億元, investment trusts -12億元 (約), dealers -18.47億元;
# foreign net buying by stock (lots): 力積電 58115, 旺宏 41522, 華新 41499, 南亞 23469, 中鋼 15059, 南亞科 13426, 至上 12264, 台化
# 11647, 大成鋼 10818, 台泥 9690; foreign net selling: 聯電 -50970, 台新新光金 -19355, 國巨 -16070, 超豐 -9366, 台中銀 -9142,
# 今國光 -7912, 宏碁 -7861, 力成 -7449, 第一金 -7424, 緯創 -7308.
# Optional: the repeats (1820元, 32803.82, 1.5%, 332.76億元, 555.5億元); 聯電's rounded "調節5萬張"; the streaks (連續兩天,
# 連續五個交易日).
# Judgement calls: no month or year ("今(28)日") -> period None with 28日 in basis; 賣超 is negative net buying and 買超 positive
# (news40 zh12); 元 / 億 = TWD, "8503.94億" without 元 labelled TWD; 張 -> lots; list ranks (第一、二名, 第三～五名, 第六～十名,
# 前十大) are not figures; "1820元天價" is a twin of the close. Not labelled: stock codes.
TAIEX = "加權指數|台股|大盤|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III12 = "三大法人|institutional investors|three major institutional investors"
FI12 = "外資|外資及陸資|foreign investors|foreign institutional investors"
IT12 = "投信|investment trusts|domestic investment trusts"
DL12 = "自營商|dealers|proprietary traders"
NB12 = "net_buy|net_buying|net_sell|fund_flow"
FNB12 = "foreign_net_buy|net_buy|net_buying"
TSMC12 = "台積電|台灣積體電路|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
UMC12 = "聯電|聯華電子|UMC|United Microelectronics|2303"
D12 = "close, 28日 (今日)"
BUY12 = [("力積電|力晶積成電子|PSMC|Powerchip Semiconductor Manufacturing|6770", 58115, "5萬8115張, first"),
         ("旺宏|旺宏電子|Macronix|2337", 41522, "4萬1522張, second"),
         ("華新|華新麗華|Walsin Lihwa|1605", 41499, "4萬1499張"),
         ("南亞|南亞塑膠|Nan Ya Plastics|1303", 23469, "2萬3469張"),
         ("中鋼|中國鋼鐵|China Steel|2002", 15059, "1萬5059張"),
         ("南亞科|南亞科技|Nanya Technology|2408", 13426, "1萬3426張"),
         ("至上|至上電子|Supreme Electronics|8112", 12264, "1萬2264張"),
         ("台化|台灣化學纖維|Formosa Chemicals & Fibre|Formosa Chemicals|1326", 11647, "1萬1647張"),
         ("大成鋼|大成不銹鋼|Ta Chen Stainless|Ta Chen|2027", 10818, "1萬818張 (stray ） after it as printed)"),
         ("台泥|台灣水泥|Taiwan Cement|TCC|1101", 9690, "9690張")]
SELL12 = [(UMC12, -50970, "5萬970張, first"),
          ("台新新光金|台新金|Taishin Shin Kong Financial|Taishin Financial|2887", -19355, "1萬9355張"),
          ("國巨|國巨*|Yageo|2327", -16070, "1萬6070張"),
          ("超豐|超豐電子|Greatek Electronics|Greatek|2441", -9366, "9366張"),
          ("台中銀|台中商業銀行|Taichung Bank|Taichung Commercial Bank|2812", -9142, "9142張"),
          ("今國光|今國光學|Genius Electronic Optical|6209", -7912, "7912張"),
          ("宏碁|Acer|2353", -7861, "7861張"),
          ("力成|力成科技|Powertech Technology|PTI|6239", -7449, "7449張"),
          ("第一金|第一金控|First Financial Holding|2892", -7424, "7424張"),
          ("緯創|緯創資通|Wistron|3231", -7308, "7308張")]
_m12 = [
    m("price|share_price|close", 1820, "TWD", TSMC12, None, basis=D12 + ", record close (新高收盤)"),
    m("index_change_pct|index_change", 1.5, "%", TAIEX, None, basis=D12 + ", 上漲"),
    m("index_level|index_close", 32803.82, "points", TAIEX, None, basis=D12 + ", record close"),
    m(FNB12, 3.3276e10, "TWD", FI12, None, basis="外資買超, " + D12),
    m(FNB12, 5.555e10, "TWD", FI12, None, basis="two-day total (連續兩天買超, 累計)"),
    m("buying_streak|streak", 2, "days", FI12, None, opt=True, basis="連續兩天買超"),
    m(FNB12, -50000, "lots", UMC12, None, opt=True, basis="rounded: 遭調節5萬張 (exact 5萬970張 below)"),
    m("winning_streak|streak", 5, "sessions", TAIEX, None, opt=True, basis="連續五個交易日收紅"),
    m("price|share_price|close", 1820, "TWD", TSMC12, None, opt=True, basis="twin: 衝上1820元天價"),
    m("index_change", 485.9, "points", TAIEX, None, basis=D12 + ", 終場上漲"),
    m("index_change_pct|index_change", 1.5, "%", TAIEX, None, opt=True, basis="twin (漲幅1.5%)"),
    m("index_level|index_close", 32803.82, "points", TAIEX, None, opt=True, basis="twin (以32803.82點收盤)"),
    m("turnover|trading_value", 8.50394e11, "TWD", TAIEX, None, basis="總成交額8503.94億 (no 元 printed), " + D12),
    m(NB12, 3.0225e10, "TWD", III12, None, basis="合計買超, " + D12),
    m(FNB12, 3.3276e10, "TWD", FI12, None, opt=True, basis="twin (外資續買超)"),
    m(FNB12, 5.555e10, "TWD", FI12, None, opt=True, basis="twin (連續兩個交易合計買超)"),
    m(NB12, -1.2e9, "TWD", IT12, None, basis="賣超約12億元, " + D12),
    m(NB12, -1.847e9, "TWD", DL12, None, basis="合計賣超, " + D12),
]
for ent, lots, note in BUY12:
    _m12.append(m(FNB12, lots, "lots", ent, None, basis="外資買超 " + note))
for ent, lots, note in SELL12:
    _m12.append(m(FNB12, lots, "lots", ent, None, basis="外資賣超 " + note))
G["zh12"] = (_m12, [])
