# Hand labels for news57/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets (hk01, uSMART,
# 信報), one Macau outlet (力報 exmoo) and two Taiwan outlets (自由時報 ltn, 經濟日報 on udn); see batch_b.md). Helpers m()
# and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no project code was run
# (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was read. The unit words were checked against
# the "unit" values of the earlier sets' labels_*.py files (read through m(); no gold.jsonl was opened).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news55/zh and news56/zh (their "Conventions decided" sections) and the labels files of news55/zh, with the
# precedents named below (news44 zh10 / news6 zh15 / news3 zh16 for Hong Kong IPO debuts: prices, the close's change and
# oversubscription key, allotment statistics, lot sizes, entry fees and paper gains / losses per lot optional; news43 zh10 for
# Macau visitor arrivals: visitors, days, sub-group shares optional; news47 zh12 for a CPI release with components; news33
# zh10 for 鴻海's monthly revenue; news47 zh10 for Taiwan's export orders; news56 zh09 / news55 zh01 for a broker's note).
# Currency: Hong Kong items' bare 元 / 億元 = HKD (zh07, zh08); Taiwan items' bare 元 / 億元 / 兆 = TWD (zh11); 億美元 = USD
# (zh12). Values fully scaled (733.56萬股 -> 7335600; 24.63億元 -> 2.463e9; 291.0118萬人次 -> 2910118; 5958億元 -> 5.958e11;
# 1兆3259億元 -> 1.3259e12; 769.1億美元 -> 7.691e10); 個百分點 = pp; 年增六成 -> 60 %; 近4成 -> 40 %; 近X -> X; 約X -> X.
# Declines negative (低, 蝕, 瀉, 插, 下跌, 減少, 縮, 大減, 下降, 回落, 月減, 下調, a printed minus sign); 增長 / 上升 / 增加 /
# 微增 / 微升 / 年增 / 成長 / a printed plus sign positive. Ranges "A至B" (forecasts) are closed ranges with value None.
# Repeats: a figure printed twice (headline or sub-heading and body, a closing paragraph restating the lead) is one key row
# and an optional twin; a rounded headline figure ("瀉近27%", "291萬人次") is the optional twin of the exact body figure;
# "較…A…B" / "比…A…B" gives value B with prior A and an optional row for A. Open bounds (逾) in headlines are optional.
# Counts of years in "過去5年" / "最近6年" / "近40年" phrases, streaks (連12紅) and thresholds (突破700億美元) are optional.
# Brokers' targets and ratings (zh08) are in the rating action only.
# Count units as earlier sets spell them: "shares", "visitors", "days", "applications", "years", "months", "x" for
# subscription multiples.
# Periods only where the text states or clearly implies the year: zh07 None (23日 / 今日, no month or year printed); zh08
# "Q3" for the quarter's results and turnover (第三季, no year printed) and FY2023 / FY2025 for the printed "2023及2025年"
# forecasts, None for the 10月-to-date turnover and the IPO pipeline; zh09 2019-11 and 2019-01..11 (printed "2019年11月",
# "2019年首11個月"; the dateline 2020年1月4日 makes 去年11月 = 2019-11 too); zh10 FY2023, FY2022, 2023-12, 2023-11 (only as a
# comparison base) and 2023Q4 (all printed); zh11 2026-02 and 2026-01..02 (printed), 2025-01..02 for 去年同期; zh12 None
# (元月 / 2月 / 今年首月 with no year printed; the page date line was left out and is not used). Addresses, dropped page
# chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: two Hong Kong IPOs' first-day closes below the offer price, with one's allotment results (香港01 hk01.com 財經快訊;
# Traditional, half-width commas and brackets as printed; headline kept, reworded around "瀉近27%" / "插近4成" (兩新股首掛潛水
# -> 兩新股首日齊潛水); the byline "撰文:鄭文玥" kept; the empty "出版:更新:" line and the photo caption "茶百道" left out;
# whole stored item otherwise).
# Key: 茶百道 first-day close 12.8元, offer price 17.5元, -26.85% on the offer price; public offer 0.5倍 subscribed; net
# proceeds 24.63億元; 天津建發 close 1.52元, offer price 2.5元, -39.2%.
# Optional: the headline's 近27% and 近4成 (rounded twins, -27 / -40 %); 茶百道's second printing of 17.5元 (最終發售價);
# the lot sizes 200股 (twice) and 2,000股; the paper losses per lot 940元 and 1,960元; the 733.56萬股 subscribed in the
# public offer; its 4.96% share of the offer after reallocation; the entry fee 3,500元; the one-lot success rate 100%.
# Judgement calls: "獲0.5倍認購" is a subscription multiple of 0.5 x (undersubscribed, no sign); the losses per lot are
# negative HKD rows, optional as in news44 zh10; 23日 gives no period (no month or year printed). Not labelled: the codes
# 2555 / 2515, 23日.
CBD7 = "茶百道|ChaPanda|Sichuan Baicha Baidao|2555|02555"
TJ7 = "天津建發|天津建設發展|Tianjin Construction Development|Tianjin Jianfa|2515|02515"
CL7 = "close|closing_price|price|first_day_close"
CH7 = "price_change|first_day_change|change_vs_offer_price|first_day_return"
OP7 = "ipo_price|offer_price|final_offer_price"
PL7 = "paper_gain_per_lot|paper_loss_per_lot|loss_per_lot"
G["zh07"] = ([
    m(CH7, -27, "%", CBD7, None, opt=True, basis="headline, 瀉近27% (rounded twin)"),
    m(CH7, -40, "%", TJ7, None, opt=True, basis="headline, 插近4成 (rounded twin)"),
    m(CL7, 12.8, "HKD", CBD7, None, basis="first-day close (收市報), 23日"),
    m(OP7, 17.5, "HKD", CBD7, None, basis="招股價"),
    m(CH7, -26.85, "%", CBD7, None, basis="close vs offer price (低)"),
    m("lot_size|board_lot", 200, "shares", CBD7, None, opt=True, basis="每手200股"),
    m(PL7, -940, "HKD", CBD7, None, opt=True, basis="per lot (蝕), first day"),
    m("subscription_multiple|oversubscription|subscription_level", 0.5, "x", CBD7, None,
      basis="Hong Kong public offer, 獲0.5倍認購 (undersubscribed)"),
    m("shares_subscribed|shares|public_offer_shares", 7335600, "shares", CBD7, None, opt=True,
      basis="涉733.56萬股 (public offer)"),
    m("public_offer_share|share_of_offer|allocation_ratio", 4.96, "%", CBD7, None, opt=True,
      basis="public offer shares as a share of the whole offer after reallocation"),
    m(OP7, 17.5, "HKD", CBD7, None, opt=True, basis="最終發售價 (second printing)"),
    m("lot_size|board_lot", 200, "shares", CBD7, None, opt=True, basis="一手200股 (second printing)"),
    m("entry_fee|minimum_investment", 3500, "HKD", CBD7, None, opt=True, basis="入場費 per lot"),
    m("one_lot_success_rate|allotment_rate|success_rate", 100, "%", CBD7, None, opt=True, basis="一手中簽率"),
    m("net_proceeds|fundraising|proceeds", 2.463e9, "HKD", CBD7, None, basis="集資淨額"),
    m(CL7, 1.52, "HKD", TJ7, None, basis="first-day close (收市報), 今日"),
    m(OP7, 2.5, "HKD", TJ7, None, basis="招股價"),
    m(CH7, -39.2, "%", TJ7, None, basis="close vs offer price (低)"),
    m("lot_size|board_lot", 2000, "shares", TJ7, None, opt=True, basis="每手2,000股"),
    m(PL7, -1960, "HKD", TJ7, None, opt=True, basis="per lot (每手蝕), first day"),
], [])


# zh08: a broker cuts its target on Hong Kong Exchanges after the third-quarter results while keeping its rating (uSMART
# usmart.hk 《大行報告》; Traditional, half-width commas and brackets as printed, 「」 around the rating; headline kept,
# reworded (反映較低日均成交預測 -> 以反映調低了的日均成交預測); the page's "Follow us…" block and the disclaimer left out;
# whole stored item otherwise).
# Key: EPS growth 30.5% yoy for the third quarter; 112 effective IPO applications (as of 上周三(18日)); average daily
# turnover 約700億元 (October to date) against 975億元 in the third quarter; earnings forecasts cut 1.9% (2023) and 1% (2025).
# Rating action: 匯豐研究 cuts its target on 港交所 from 370元 to 352元 (the headline repeats 352元), rating 買入 (buy)
# maintained -> cut_target, HKD.
# Judgement calls: "2023及2025年盈利預測分別下調1.9%及1%" maps in order (FY2023 -1.9, FY2025 -1; the year list is kept as
# printed, although it skips 2024); "第三季" with no year printed -> period "Q3" (news55 zh07); the October-to-date average
# takes period None; 每股純利按年增長 is an EPS growth row; the index names (滬深300) and 18日 give no row; the target moves
# only in the rating action (no % change printed).
HKEX8 = "港交所|香港交易所|香港交易及結算所|HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges|00388|0388|388"
HSR8 = "匯豐研究|滙豐研究|匯豐|滙豐|HSBC Global Research|HSBC"
ADT8 = "average_daily_turnover|adt|turnover|daily_turnover"
G["zh08"] = ([
    m("eps_growth|net_profit_per_share_growth|earnings_per_share_growth", 30.5, "%", HKEX8, "Q3",
      basis="每股純利, yoy (按年增長), third-quarter results"),
    m("ipo_applications|applications|ipo_pipeline", 112, "applications", HKEX8, None,
      basis="effective IPO applications as of 上周三(18日)"),
    m(ADT8, 7e10, "HKD", HKEX8 + "|股票現貨市場|cash equities market|Hong Kong stock market", None,
      basis="日均成交金額, 10月 to date (約700億元)"),
    m(ADT8, 9.75e10, "HKD", HKEX8 + "|股票現貨市場|cash equities market|Hong Kong stock market", "Q3",
      basis="third quarter's average daily turnover"),
    m("earnings_forecast_change|profit_forecast_change|eps_forecast_change", -1.9, "%", HKEX8, "FY2023",
      basis="匯豐研究 cuts its 2023 earnings forecast (下調)"),
    m("earnings_forecast_change|profit_forecast_change|eps_forecast_change", -1, "%", HKEX8, "FY2025",
      basis="匯豐研究 cuts its 2025 earnings forecast (下調)"),
], [
    ra(HSR8, HKEX8, "cut_target", "buy", target=352, prior_target=370, cur="HKD"),
])


# zh09: Macau's monthly and year-to-date visitor arrivals by type, origin and route (信報 hkej.com 每日財經 「濠江動態」;
# Traditional, half-width punctuation as printed; the dateline "2020年1月4日" and the column name "濠江動態" kept; the
# headline (入境遊客 -> 訪澳遊客) and the sub-heading (內地客為主 -> 以內地客居多) kept and reworded around "逾一成" and
# "291萬人次"; the "熱門:" tag, the "放大圖片 / 顯示原圖" photo links and the subscriber / footer links left out; whole
# stored item otherwise).
# Key (2019-11): arrivals 291.0118萬人次 (-10.9% yoy); same-day 150.1711萬 (-10.5%) and overnight 140.8407萬 (-11.4%) (分別);
# average stay 1.2日, overnight 2.4日 (+0.2日), same-day 0.2日; mainland 203.0742萬 (-11.1%); individual visit scheme
# 89.8715萬 (-14.9%); South Korea 42968 (-36.5%) and Hong Kong 57.1071萬 (-3.4%) (分別); Taiwan 83006 (+1.1%); Greater Bay Area
# nine cities 94.3074萬 (+23.7%), Zhuhai +37.4%, Guangzhou +26.2%; by land 217.8088萬 (-5.9%), Border Gate 161.0968萬 (-3.3%),
# HZMB 35.0259萬 (-19.8%); by sea 41.3775萬 (-39%); by air 31.8255萬 (+16.7%).
# Key (2019-01..11): arrivals 3632.2775萬 (+12.7%); same-day 1916.5718萬 (+23.8%); overnight +2.4%; average stay 1.2日,
# overnight 2.2日, same-day 0.2日; mainland +13.2%, Hong Kong +18.6%, Taiwan +1.6%, South Korea -5.4%.
# Optional: the headline's "減少逾一成" (open bound, rng=(None, -10) %); the sub-heading's 291萬人次 (rounded twin); the
# 51.3% of mainland visitors from Guangdong (a sub-group share, as news43 zh10); the zero changes "與2018年同月持平" and
# "與2018年同期相若" (0 days); the year-to-date overnight count printed "1715.7057人次" without 萬, labelled twice as
# optional (as printed, 1715.7057 visitors, and read as 萬, 17157057 visitors), since the printed figure is impossible and
# an extractor cannot be held to either reading.
# Judgement calls: "分別減少10.5%及11.4%" / "分別下降36.5%及3.4%" / "減幅分別為3.3%及19.8%" / "分別上升23.8%及2.4%" /
# "分別增加13.2%、18.6%及1.6%" map in order; a route's checkpoints are entities of their own with the route and Macau as
# aliases; stay changes are "days"; "維持在0.2日" / "維持不變" give no zero row (news43 zh10); the dateline gives no row.
MO9 = "澳門|Macau|Macao"
ARR9 = "入境旅客|訪澳旅客|入境遊客|visitor arrivals|visitors|" + MO9
ON9 = "留宿旅客|overnight visitors|" + MO9
SD9 = "不過夜旅客|same-day visitors|" + MO9
CN9 = "中國內地旅客|中國內地|內地旅客|內地客|mainland visitors|Mainland China"
IVS9 = "個人遊旅客|個人遊|Individual Visit Scheme|IVS visitors|" + CN9
GBA9 = "大灣區珠三角九市|大灣區|Greater Bay Area|GBA|" + CN9
ZH9 = "珠海市|珠海|Zhuhai|" + GBA9
GZ9 = "廣州市|廣州|Guangzhou|" + GBA9
GD9 = "廣東省|廣東|Guangdong|" + CN9
KR9 = "南韓旅客|南韓|韓國|South Korea|South Korean visitors"
HK9 = "香港旅客|香港|Hong Kong visitors|Hong Kong"
TW9 = "台灣地區旅客|台灣地區|台灣|Taiwan visitors|Taiwan"
LAND9 = "陸路|經陸路入境旅客|陸路入境旅客|by land|" + MO9
BG9 = "關閘|關閘口岸|Border Gate|" + LAND9
HZMB9 = "港珠澳大橋|Hong Kong-Zhuhai-Macao Bridge|HZMB|" + LAND9
SEA9 = "海路|經海路入境旅客|海路入境旅客|by sea|" + MO9
AIR9 = "空路|經空路入境旅客|空路入境|by air|" + MO9
VA9 = "visitor_arrivals|arrivals|visitors"
VG9 = "visitor_arrivals_growth|arrivals_growth|visitors_growth"
LS9 = "average_length_of_stay|length_of_stay|average_stay"
LSC9 = "average_length_of_stay_change|length_of_stay_change|average_stay_change"
NOV, YTD = "2019-11", "2019-01..11"
G["zh09"] = ([
    m(VG9, None, "%", ARR9, NOV, rng=(None, -10), opt=True, basis="headline, 減少逾一成 (open bound)"),
    m(VA9, 2910118, "visitors", ARR9, NOV, basis="入境旅客, November"),
    m(VG9, -10.9, "%", ARR9, NOV, basis="yoy, 按年下跌"),
    m(VA9, 1501711, "visitors", SD9, NOV, basis="不過夜旅客, November"),
    m(VA9, 1408407, "visitors", ON9, NOV, basis="留宿旅客, November"),
    m(VG9, -10.5, "%", SD9, NOV, basis="yoy (分別減少, first)"),
    m(VG9, -11.4, "%", ON9, NOV, basis="yoy (分別減少, second)"),
    m(VA9, 2910000, "visitors", ARR9, NOV, opt=True, basis="sub-heading, 291萬人次 (rounded twin)"),
    m(LS9, 1.2, "days", ARR9, NOV, basis="all visitors, November"),
    m(LSC9, 0, "days", ARR9, NOV, opt=True, basis="與2018年同月持平"),
    m(LSC9, 0.2, "days", ON9, NOV, basis="overnight visitors, 增加0.2日"),
    m(LS9, 2.4, "days", ON9, NOV, basis="overnight visitors (增加…至)"),
    m(LS9, 0.2, "days", SD9, NOV, basis="same-day visitors (維持在)"),
    m(VG9, -11.1, "%", CN9, NOV, basis="yoy, 按年縮 (去年11月)"),
    m(VA9, 2030742, "visitors", CN9, NOV, basis="mainland visitors, November"),
    m("share|visitor_share", 51.3, "%", GD9, NOV, opt=True, basis="share of mainland visitors from 廣東省"),
    m(VA9, 898715, "visitors", IVS9, NOV, basis="individual visit scheme, November"),
    m(VG9, -14.9, "%", IVS9, NOV, basis="yoy, 大減"),
    m(VA9, 42968, "visitors", KR9, NOV, basis="November"),
    m(VA9, 571071, "visitors", HK9, NOV, basis="November"),
    m(VG9, -36.5, "%", KR9, NOV, basis="yoy (分別下降, first)"),
    m(VG9, -3.4, "%", HK9, NOV, basis="yoy (分別下降, second)"),
    m(VG9, 1.1, "%", TW9, NOV, basis="yoy, 微增"),
    m(VA9, 83006, "visitors", TW9, NOV, basis="November (微增…至)"),
    m(VG9, 23.7, "%", GBA9, NOV, basis="yoy, 按年增加"),
    m(VA9, 943074, "visitors", GBA9, NOV, basis="November"),
    m(VG9, 37.4, "%", ZH9, NOV, basis="yoy (升幅分別達, first)"),
    m(VG9, 26.2, "%", GZ9, NOV, basis="yoy (升幅分別達, second)"),
    m(VG9, -5.9, "%", LAND9, NOV, basis="yoy, 按年回落"),
    m(VA9, 2178088, "visitors", LAND9, NOV, basis="by land, November"),
    m(VA9, 1610968, "visitors", BG9, NOV, basis="via Border Gate, November"),
    m(VA9, 350259, "visitors", HZMB9, NOV, basis="via the Hong Kong-Zhuhai-Macao Bridge, November"),
    m(VG9, -3.3, "%", BG9, NOV, basis="yoy (減幅分別為, first)"),
    m(VG9, -19.8, "%", HZMB9, NOV, basis="yoy (減幅分別為, second)"),
    m(VG9, -39, "%", SEA9, NOV, basis="yoy, 下跌"),
    m(VA9, 413775, "visitors", SEA9, NOV, basis="by sea, November"),
    m(VG9, 16.7, "%", AIR9, NOV, basis="yoy, 上升"),
    m(VA9, 318255, "visitors", AIR9, NOV, basis="by air, November"),
    m(VA9, 36322775, "visitors", ARR9, YTD, basis="2019年首11個月, 合共"),
    m(VG9, 12.7, "%", ARR9, YTD, basis="yoy, first 11 months"),
    m(VA9, 19165718, "visitors", SD9, YTD, basis="same-day visitors, first 11 months"),
    m(VA9, 1715.7057, "visitors", ON9, YTD, opt=True, basis="overnight visitors, printed '1715.7057人次' (萬 missing)"),
    m(VA9, 17157057, "visitors", ON9, YTD, opt=True, basis="the same figure read as 1715.7057萬人次"),
    m(VG9, 23.8, "%", SD9, YTD, basis="yoy (分別上升, first)"),
    m(VG9, 2.4, "%", ON9, YTD, basis="yoy (分別上升, second)"),
    m(LS9, 1.2, "days", ARR9, YTD, basis="all visitors, first 11 months"),
    m(LSC9, 0, "days", ARR9, YTD, opt=True, basis="與2018年同期相若"),
    m(LS9, 2.2, "days", ON9, YTD, basis="overnight visitors, first 11 months (維持不變)"),
    m(LS9, 0.2, "days", SD9, YTD, basis="same-day visitors, first 11 months (維持不變)"),
    m(VG9, 13.2, "%", CN9, YTD, basis="yoy, first 11 months (分別增加, first)"),
    m(VG9, 18.6, "%", HK9, YTD, basis="yoy, first 11 months (分別增加, second)"),
    m(VG9, 1.6, "%", TW9, YTD, basis="yoy, first 11 months (分別增加, third)"),
    m(VG9, -5.4, "%", KR9, YTD, basis="yoy, first 11 months, 下跌"),
], [])


# zh10: Macau's consumer-price release for December and the full year, with components and the CPI-A / CPI-B indices
# (力報 exmoo.com; Traditional, half-width punctuation and the signed bracketed changes "(+8.24%)" / "(-2.24%)" as printed;
# no headline in the stored text and none composed; the photo credit "(消委會圖片)" left out; whole stored item otherwise).
# Key: inflation 2023 0.94% (prior 1.04% in 2022), -0.10 pp; December Composite CPI +1.42% yoy; 2023 average-index
# components 教育 +8.24%, 康樂及文化 +4.87%, 衣履 +3.89%, 家居設備及服務 +2.66%, 食物及非酒精飲品 +2.51%, 通訊 -2.24%, 交通
# -2.03%, 住屋及燃料 -1.45%; CPI-A +0.73%, CPI-B +1.21% (2023); December yoy 康樂及文化 +9.06%, 衣履 +5.30%, 教育 +5.02%, 食物及
# 非酒精飲品 +2.39%, 交通 -2.30%, 家居設備及服務 -0.83%, 住屋及燃料 -0.23%, CPI-A +1.26%, CPI-B +1.63%; December mom CPI
# +0.27%, 康樂及文化 +2.49%, 交通 +0.91%, 衣履 +0.83%, 食物及非酒精飲品 +0.03%, 家居設備及服務 -0.10%, CPI-A +0.24%, CPI-B
# +0.30%; 2023Q4 average index +1.23%, CPI-A +1.08%, CPI-B +1.43%.
# Optional: 2022's 1.04% as a row of its own (and its second printing); the December +1.42% printed again; the closing
# paragraph's 0.94% and -0.10 pp (twins of the lead).
# Judgement calls: 通脹率 (the year's average Composite CPI change) and the month's Composite CPI change are separate
# metrics on Macau's CPI; "較2022年的1.04%減少0.10個百分點" gives 0.94 with prior 1.04 and a -0.10 pp row; components take
# their own name with the CPI / Macau as alias (news47 zh12); "與2023年11月比較…按月上升" rows are mom with period 2023-12;
# "甲類…乙類…分別" maps in order onto CPI-A and CPI-B; the causes without figures carry no row.
CPI10 = ("綜合消費物價指數|綜合消費物價平均指數|消費物價指數|Composite CPI|Composite Consumer Price Index|CPI|澳門|"
         "Macau|Macao")
CPIA10 = "甲類消費物價指數|甲類消費物價平均指數|CPI-A|CPI(A)|" + CPI10
CPIB10 = "乙類消費物價指數|乙類消費物價平均指數|CPI-B|CPI(B)|" + CPI10
INF10 = "inflation|inflation_rate|cpi_inflation|cpi_yoy|cpi_change"
COMP10 = "cpi_component_change|price_change|inflation|cpi_change|price_index_change"
Y23, Y22, D23, Q4 = "FY2023", "FY2022", "2023-12", "2023Q4"


def comp10(name, alias, v, per, what):
    return m(COMP10, v, "%", name + "|" + alias + "|" + CPI10, per, basis=what)


G["zh10"] = ([
    m(INF10, 0.94, "%", CPI10, Y23, prior=1.04, basis="2023年全年通脹率 (annual average Composite CPI change)"),
    m(INF10, 1.04, "%", CPI10, Y22, opt=True, basis="2022's rate (comparison base)"),
    m("inflation_change|inflation_rate_change|change", -0.10, "pp", CPI10, Y23, basis="減少0.10個百分點 vs 2022"),
    m(INF10, 1.42, "%", CPI10, D23, basis="December Composite CPI, yoy"),
    comp10("教育", "education", 8.24, Y23, "2023 average index, yoy"),
    comp10("康樂及文化", "recreation and culture", 4.87, Y23, "2023 average index, yoy"),
    comp10("衣履", "clothing and footwear", 3.89, Y23, "2023 average index, yoy"),
    comp10("家居設備及服務", "household furnishings and services", 2.66, Y23, "2023 average index, yoy"),
    comp10("食物及非酒精飲品", "food and non-alcoholic beverages", 2.51, Y23, "2023 average index, yoy"),
    comp10("通訊", "communication", -2.24, Y23, "2023 average index, yoy (下跌)"),
    comp10("交通", "transport", -2.03, Y23, "2023 average index, yoy (下跌)"),
    comp10("住屋及燃料", "housing and fuels", -1.45, Y23, "2023 average index, yoy (下跌)"),
    m(INF10, 0.73, "%", CPIA10, Y23, basis="CPI-A average index, 2023, yoy (分別, first)"),
    m(INF10, 1.21, "%", CPIB10, Y23, basis="CPI-B average index, 2023, yoy (分別, second)"),
    m(INF10, 1.42, "%", CPI10, D23, opt=True, basis="December yoy, second printing"),
    comp10("康樂及文化", "recreation and culture", 9.06, D23, "December, yoy"),
    comp10("衣履", "clothing and footwear", 5.30, D23, "December, yoy"),
    comp10("教育", "education", 5.02, D23, "December, yoy"),
    comp10("食物及非酒精飲品", "food and non-alcoholic beverages", 2.39, D23, "December, yoy"),
    comp10("交通", "transport", -2.30, D23, "December, yoy (下跌)"),
    comp10("家居設備及服務", "household furnishings and services", -0.83, D23, "December, yoy (下跌)"),
    comp10("住屋及燃料", "housing and fuels", -0.23, D23, "December, yoy (下跌)"),
    m(INF10, 1.26, "%", CPIA10, D23, basis="CPI-A, December, yoy"),
    m(INF10, 1.63, "%", CPIB10, D23, basis="CPI-B, December, yoy"),
    m("cpi_mom|inflation_mom|cpi_change|mom_change", 0.27, "%", CPI10, D23, basis="mom vs 2023年11月"),
    comp10("康樂及文化", "recreation and culture", 2.49, D23, "December, mom"),
    comp10("交通", "transport", 0.91, D23, "December, mom"),
    comp10("衣履", "clothing and footwear", 0.83, D23, "December, mom"),
    comp10("食物及非酒精飲品", "food and non-alcoholic beverages", 0.03, D23, "December, mom (微升)"),
    comp10("家居設備及服務", "household furnishings and services", -0.10, D23, "December, mom (下跌)"),
    m("cpi_mom|inflation_mom|cpi_change|mom_change|" + INF10, 0.24, "%", CPIA10, D23, basis="CPI-A, December, mom"),
    m("cpi_mom|inflation_mom|cpi_change|mom_change|" + INF10, 0.30, "%", CPIB10, D23, basis="CPI-B, December, mom"),
    m(INF10, 1.23, "%", CPI10, Q4, basis="2023年第4季 average index, yoy"),
    m(INF10, 1.08, "%", CPIA10, Q4, basis="CPI-A average index, 2023Q4, yoy (分別, first)"),
    m(INF10, 1.43, "%", CPIB10, Q4, basis="CPI-B average index, 2023Q4, yoy (分別, second)"),
    m(INF10, 0.94, "%", CPI10, Y23, opt=True, basis="closing restatement (統計局公布)"),
    m(INF10, 1.04, "%", CPI10, Y22, opt=True, basis="closing restatement, 2022"),
    m("inflation_change|inflation_rate_change|change", -0.10, "pp", CPI10, Y23, opt=True, basis="closing restatement"),
], [])


# zh11: Taiwan company's monthly revenue: Hon Hai (鴻海) February and the first two months, with product-line comments and
# the quarter's outlook (自由時報 ec.ltn.com.tw 即時新聞; Traditional, full-width commas and brackets with half-width "%" as
# printed; the byline "〔記者方韋傑／台北報導〕" kept; the page date line " date 2026-03-05" and the photo caption "鴻海預期本季
# 季節性表現將優於過去5年區間，也就是創最近6年最強首季。 （資料照）" left out (its 5 and 6 are printed again in the last
# paragraph); no headline in the stored text and none composed; whole stored item otherwise).
# Key: February 2026 revenue 5958億元, -18.39% mom, +8.06% yoy; first two months 1兆3259億元 (prior 1兆900億元 a year
# earlier), +21.63% yoy.
# Optional: the second printings of 1兆3259億元 and 21.63%; the year-earlier 1兆900億元 as a row of its own (2025-01..02);
# the year counts "過去5年" (twice) and "最近6年".
# Judgement calls: "2026年2月" and "2026年前2月" are printed -> 2026-02 and 2026-01..02, 去年同期 -> 2025-01..02; the
# cumulative figure's first printing is the key row and carries the prior printed later ("較去年同期的1兆900億元成長21.63%");
# product-line moves without figures and the quarter's qualitative guidance carry no row. Not labelled: the code 2317, 今天.
HH11 = "鴻海|鴻海精密|鴻海精密工業|鸿海|Hon Hai|Hon Hai Precision|Hon Hai Precision Industry|Foxconn|2317"
REV11 = "revenue|monthly_revenue|consolidated_revenue"
REVC11 = "revenue|cumulative_revenue|ytd_revenue"
RG11 = "revenue_growth|revenue_change"
F26, C26, C25 = "2026-02", "2026-01..02", "2025-01..02"
G["zh11"] = ([
    m(REV11, 5.958e11, "TWD", HH11, F26, basis="February revenue, record for the month (歷年同期新高)"),
    m(RG11, -18.39, "%", HH11, F26, basis="mom (月減)"),
    m(RG11, 8.06, "%", HH11, F26, basis="yoy (年增)"),
    m(REVC11, 1.3259e12, "TWD", HH11, C26, prior=1.09e12, basis="前2月累計; 去年同期1兆900億元 printed later"),
    m(RG11, 21.63, "%", HH11, C26, basis="yoy, first two months"),
    m("years|period_length", 5, "years", HH11, None, opt=True, basis="過去5年 (first printing)"),
    m(REVC11, 1.3259e12, "TWD", HH11, C26, opt=True, basis="second printing (2026年前2月)"),
    m(REVC11, 1.09e12, "TWD", HH11, C25, opt=True, basis="去年同期 (prior level)"),
    m(RG11, 21.63, "%", HH11, C26, opt=True, basis="second printing"),
    m("years|period_length", 5, "years", HH11, None, opt=True, basis="過去5年的區間 (second printing)"),
    m("years|period_length", 6, "years", HH11, None, opt=True, basis="最近6年最強的首季"),
], [])


# zh12: Taiwan's monthly export orders with the ministry's forecasts, product groups and markets (經濟日報 on udn.com;
# Traditional, full-width commas and brackets as printed, the full-width "％" of "102％" beside half-width "%" elsewhere;
# the page date line " date 2026-03-05" left out and not used; no headline in the stored text and none composed; the
# sub-heading kept, reworded (外銷訂單連12紅 再創新高 -> 連12紅 外銷訂單再創新高); the stored text breaks off inside the
# sentence "黃偉傑表示，元月外銷訂單表現亮眼，…讓資訊通信產品接單寫下歷年單月第三高紀錄，雖元", so the passage ends with the
# paragraph before it (that paragraph's "第三" is dropped)).
# Key: January export orders 769.1億美元, +60% yoy (年增六成); February forecast 563億至583億美元 with yoy 9% to 12.9%;
# January-February forecast 1,332億至1,352億美元 with yoy 33.6% to 35.6%; the tariff assumption about to rise to 15% from
# 10%; shares of orders: electronics 42.4%, ICT 32.7%; ICT 251.5億美元 (+102%); electronics 325.9億美元 (+78.6%); United
# States 275.4億美元 (+64.3%); mainland China and Hong Kong 141.3億美元 (+58.9%).
# Optional: the streak 連12紅 (12 months; body and sub-heading); the 700億美元 threshold the two-month average will not
# break; the 10% tariff basis as a row of its own; "近40年新高" (40 years).
# Judgement calls: no year is printed (元月, 2月, 今年首月; 昨（4）日) -> period None, with the month in basis; forecasts "約為
# A至B" are closed ranges (forecast in basis) with their growth "年增X%至Y%" closed ranges; "以10%關稅為計算基礎…關稅提高至
# 15%" -> a tariff_rate row of 15 % with prior 10 (the text names neither the country imposing it nor the one paying it,
# so the entity is 關稅 with the United States, Taiwan and the export orders as aliases; the 美伊 war sentence has no
# figure), the 10 % optional; "一個月內" gives no row; the groups and markets take their own name with the
# export orders as alias.
EXO12 = "外銷訂單|export orders|Taiwan export orders|台灣外銷訂單|經濟部|經濟部統計處|Taiwan"
ELEC12 = "電子產品|electronic products|electronics|" + EXO12
ICT12 = "資訊通信產品|資通訊產品|information and communication products|ICT products|" + EXO12
US12 = "美國|United States|US|" + EXO12
CNHK12 = "中國大陸及香港|中國大陸|香港|mainland China and Hong Kong|China and Hong Kong|" + EXO12
TAR12 = "關稅|tariff|美國|United States|US|台灣|Taiwan|" + EXO12
EO12 = "export_orders"
EOG12 = "export_orders_growth|growth|yoy_growth"
EOF12 = "export_orders_forecast|export_orders"
G["zh12"] = ([
    m(EO12, 7.691e10, "USD", EXO12, None, basis="元月 (January, no year printed), record month"),
    m(EOG12, 60, "%", EXO12, None, basis="yoy, 年增六成"),
    m("growth_streak|streak", 12, "months", EXO12, None, opt=True, basis="連12紅 (12 straight months of yoy growth)"),
    m(EOF12, None, "USD", EXO12, None, rng=(5.63e10, 5.83e10), basis="forecast, 2月, 約為563億至583億美元"),
    m(EOG12 + "|export_orders_growth_forecast", None, "%", EXO12, None, rng=(9, 12.9), basis="forecast, 2月, yoy"),
    m(EOF12, None, "USD", EXO12, None, rng=(1.332e11, 1.352e11), basis="forecast, 1、2月合計, 約為"),
    m(EOG12 + "|export_orders_growth_forecast", None, "%", EXO12, None, rng=(33.6, 35.6),
      basis="forecast, 1、2月合計, yoy"),
    m(EO12, None, "USD", EXO12, None, rng=(None, 7e10), opt=True,
      basis="1、2月平均 will hardly break 700億美元 (threshold)"),
    m("tariff_rate|tariff", 10, "%", TAR12, None, opt=True,
      basis="the tariff rate the February estimate is based on"),
    m("tariff_rate|tariff", 15, "%", TAR12, None, prior=10,
      basis="關稅提高至15% (not yet in the estimate)"),
    m("growth_streak|streak", 12, "months", EXO12, None, opt=True, basis="sub-heading twin (連12紅)"),
    m("share|order_share|share_of_orders", 42.4, "%", ELEC12, None, basis="元月 share of orders (訂單構成比)"),
    m("share|order_share|share_of_orders", 32.7, "%", ICT12, None, basis="元月 share of orders"),
    m(EO12, 2.515e10, "USD", ICT12, None, basis="元月, record for the month"),
    m(EOG12, 102, "%", ICT12, None, basis="yoy (年增率102％)"),
    m("years|period_length", 40, "years", ICT12, None, opt=True, basis="近40年新高"),
    m(EO12, 3.259e10, "USD", ELEC12, None, basis="元月, record single month"),
    m(EOG12, 78.6, "%", ELEC12, None, basis="yoy"),
    m(EO12, 2.754e10, "USD", US12, None, basis="元月, largest market (穩佔首位)"),
    m(EOG12, 64.3, "%", US12, None, basis="yoy"),
    m(EO12, 1.413e10, "USD", CNHK12, None, basis="元月, orders from 中國大陸及香港"),
    m(EOG12, 58.9, "%", CNHK12, None, basis="yoy"),
], [])
