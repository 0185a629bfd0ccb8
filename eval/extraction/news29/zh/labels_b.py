# Hand labels for news29/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 = HKD (zh07, zh08, zh10); 仙 = HK cents (39.1仙 ->
# 0.391 HKD); 美元 -> USD (zh08's oil price). Taiwan context: 新台幣 / bare 億元 = TWD (zh11). Chinese numerals are resolved
# (近六成 -> 60 %, 逾四成 -> 40 % lower bound, 一成以上 -> 10 % lower bound, 二萬五 -> 25000 points, 年增 20 倍 -> 2000 %, "增X倍" = X x 100 %
# (news13 / news27)). 近X -> X; 約X -> X; 逾X -> an optional lower bound unless it is the headline figure. Republic-of-China years
# are converted by the fixed +1911 offset (news27 batch b: 去（114）年 -> 2025, zh12). No year is taken from outside the text
# (page metadata, URL dates and the writer's knowledge are never used): zh09, zh10 and zh11 print a dateline in the passage
# (2021-05-27, 2018-04-30, 2023-03-10) and their months / quarters take that year; zh12's year comes from its ROC year; zh07 and
# zh08 print no year (periods None, the span in basis). A figure printed twice (headline and body) is one row; a rounded
# restatement in a headline is optional. Earlier levels printed beside a new one ("由去年8.5%,增加至8.6%", "自42.55元上調至43.5元",
# "由上月 20.2% 增為 21.6%") are the prior of the new value and also optional rows of their own (news23 / news24 / news27).
# Entities carry Traditional and Simplified names, English names and stock codes as printed and padded.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: HK-listed restaurant chain's annual results: Fairwood (大快活集團, 00052) (大紀元 Hong Kong / hk.epochtimes.com,
# Traditional; the page's subscription and app-download lines are left out; the stored page carries no headline, none was
# composed). Year: "截至今年3月底止全年業績" prints no year (the URL date is not used) -> period None, the span in basis
# (news23 / news24: no year printed -> None). 元 = HKD, 仙 = HK cents. Key: profit attributable 5,065.7萬元 and its +12.9%;
# EPS 39.1仙 (0.391 HKD) and its +12.9% (same figure, a separate quantity -> two rows); final dividend 30仙 and full-year
# dividend 41仙; payout ratio 約105%; the government subsidy 140萬元 and the profit for the year excluding it (4,930萬元; a
# different quantity from the attributable profit -> its own row, basis "excluding subsidies"); revenue 31.37億元 and +3.7%;
# gross margin 8.6% with prior 8.5% ("由去年8.5%,增加至8.6%"); bank deposits, cash and cash equivalents 6.4億元 at end-March.
# Optional: the previous year's gross margin 8.5% as a row of its own. Not labelled: 00052 (stock code), 3月底 (a date).
FW = "大快活集團|大快活|大快活集團有限公司|Fairwood|Fairwood Holdings|52|00052"
Y7 = "year to end-March (截至今年3月底止), year not printed"
G["zh07"] = ([
    m("net_profit|profit_attributable|attributable_profit", 5.0657e7, "HKD", FW, None, basis="股東應佔溢利; " + Y7),
    m("net_profit_growth|profit_attributable_growth|profit_growth", 12.9, "%", FW, None, basis="yoy (按年上升)"),
    m("eps|basic_eps", 0.391, "HKD", FW, None, basis="每股盈利39.1仙"),
    m("eps_growth", 12.9, "%", FW, None, basis="yoy (按年升)"),
    m("final_dividend|dividend_per_share|dividend", 0.30, "HKD", FW, None, basis="proposed final dividend, 30仙"),
    m("total_dividend|annual_dividend|dividend_per_share", 0.41, "HKD", FW, None, basis="full-year dividend, 41仙"),
    m("payout_ratio|dividend_payout_ratio", 105, "%", FW, None, basis="派息比率約為105%"),
    m("government_subsidies|government_grants|subsidies", 1.4e6, "HKD", FW, None, basis="政府補貼金額 received in the year"),
    m("adjusted_net_profit|profit_excluding_subsidies|net_profit|profit", 4.93e7, "HKD", FW, None,
      basis="年度溢利 excluding the government subsidies"),
    m("revenue", 3.137e9, "HKD", FW, None, basis="收入; " + Y7),
    m("revenue_growth", 3.7, "%", FW, None, basis="yoy (按年增加)"),
    m("gross_margin", 8.6, "%", FW, None, prior=8.5, basis="prior = 去年"),
    m("gross_margin", 8.5, "%", FW, None, opt=True, basis="previous year (去年)"),
    m("cash|cash_and_deposits|cash_and_cash_equivalents", 6.4e8, "HKD", FW, None,
      basis="bank deposits, cash and cash equivalents at end-March (截至3月底止)"),
], [])

# zh08: Hong Kong market close with Stock Connect flows and short selling (am730 財經, Traditional; the photo caption is left
# out, and the excerpt-final unfinished sentence on JPMorgan's view of CNOOC is cut; its sub-heading "摩通看好中海油" is kept).
# No year or date is printed ("昨") -> period None (the page's publication stamp is not used). 元 = HKD. Key: the HSI close
# 25,408點 and its "失348點或1.4%" (points and % rows); the other Asian indices' exact or 近X moves (日經225 -5.2%, KOSPI 大跌
# 近6% -> -6, 台灣加權 -4.4%, 海峽時報 -1.9%), 國企股指數 -0.5% and 恒生科技指數 -0.1%; main-board turnover 3,923億元 and its
# "按日多34%"; the record southbound net buying 372.15億元; the three ETFs' southbound net inflows (盈富基金 125.67億元,
# 恒生中國企業 53.24億元, 南方恒生科技 41.3億元) and their combined 220.21億元; market short selling 894.9億元 and the
# short-selling ratio 22.8%; 盈富基金's short selling 220.8億元 and ratio 54.8%; 中國石油 +2.3%, 中海油 +3.3% and its 27.5元,
# 中國石化 -4.4%. Optional: intraday low 24,906點 and the intraday fall of 851點; the 250-day moving average 25,035點; the round
# level 二萬五 (25000); the headline's rounded "淨買372億"; the ETFs' share of the inflow "近六成"; the ratio's rise "飆逾7個百分點"
# (lower bound, pp); the other two ETFs' short ratios "高逾四成" (lower bounds); oil "逾每桶100美元" (lower bound, USD).
# "倍升" (doubled) prints no figure. Not labelled: 連續3日, 約4個月, 19年高 (spans), 250天 (the average's window), stock codes.
HSI8 = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSC8 = "國企股指數|國企指數|國指|恒生中國企業指數|国企指数|Hang Seng China Enterprises Index|HSCEI"
HST8 = "恒生科技指數|科指|恒科指|恒生科技指数|Hang Seng TECH Index|HSTECH"
N8 = "日經225指數|日經225|日經平均指數|日经225指数|Nikkei 225|Nikkei"
KS8 = "韓國KOSPI指數|KOSPI|KOSPI指數|韓國綜合指數|Kospi"
TW8 = "台灣加權平均指數|台灣加權指數|加權指數|台股|TAIEX|Taiwan Weighted Index"
ST8 = "新加坡海峽時報指數|海峽時報指數|Straits Times Index|STI"
MKT8 = "大市|港股|主板|香港股市|Hong Kong market|HKEX Main Board"
SB8 = "滬深港股通|港股通|北水|南向資金|滬港通|Southbound Stock Connect|southbound"
TRK8 = "盈富基金|盈富|Tracker Fund|Tracker Fund of Hong Kong|2800|02800"
HCE8 = "恒生中國企業|恒生中國企業ETF|恒生H股ETF|Hang Seng H-Share Index ETF|Hang Seng China Enterprises ETF|2828|02828"
CS8 = "南方恒生科技|南方恒生科技ETF|CSOP Hang Seng TECH Index ETF|3033|03033"
ETF8 = "三大ETF|3隻ETF|盈富基金、恒生中國企業及南方恒生科技|three ETFs|" + TRK8
PTR8 = "中國石油|中石油|中國石油股份|PetroChina|857|00857"
CNC8 = "中海油|中國海洋石油|CNOOC|883|00883"
SNP8 = "中國石化|中石化|Sinopec|386|00386"
OIL8 = "國際油價|油價|crude oil|oil"
IL, IC, ICP = "index_level|close", "index_change", "index_change|index_change_pct|index_return"
PC = "price_change|share_price_change"
D8 = "close, 昨 (no date printed)"
NB = "net_buying|southbound_net_buying|net_inflow"
NI = "net_inflow|southbound_net_inflow|fund_inflow"
SS, SR = "short_selling|short_selling_turnover|short_sales", "short_selling_ratio|short_ratio"
G["zh08"] = ([
    m(IL, 25408, "points", HSI8, None, basis=D8),
    m(IC, -348, "points", HSI8, None, basis="全日失348點"),
    m(ICP, -1.4, "%", HSI8, None, basis="全日失…1.4%"),
    m("intraday_low|index_level", 24906, "points", HSI8, None, opt=True, basis="intraday low (低見)"),
    m(IC, -851, "points", HSI8, None, opt=True, basis="intraday, 最多跌851點"),
    m("moving_average|250_day_moving_average|index_level", 25035, "points", HSI8, None, opt=True,
      basis="250天移動平均線 (牛熊分界線), yesterday's level"),
    m(IL, 25000, "points", HSI8, None, opt=True, basis="round level 二萬五, lost intraday and regained"),
    m(ICP, -5.2, "%", N8, None, basis="昨挫"),
    m(ICP, -6, "%", KS8, None, basis="大跌近6%"),
    m(ICP, -4.4, "%", TW8, None, basis="失4.4%"),
    m(ICP, -1.9, "%", ST8, None, basis="跌1.9%"),
    m(ICP, -0.5, "%", HSC8, None, basis="失0.5%"),
    m(ICP, -0.1, "%", HST8, None, basis="微跌0.1%"),
    m("turnover|trading_value|market_turnover", 3.923e11, "HKD", MKT8, None, basis="主板成交額, full day"),
    m("turnover_change|turnover_growth", 34, "%", MKT8, None, basis="day on day (按日多34%)"),
    m(NB, 3.7215e10, "HKD", SB8, None, basis="滬深港股通 net buying, a record"),
    m(NB, 3.72e10, "HKD", SB8, None, opt=True, basis="headline 淨買372億 (rounded)"),
    m(NI, 1.2567e10, "HKD", TRK8, None, basis="港股通 net inflow"),
    m(NI, 5.324e9, "HKD", HCE8, None, basis="港股通 net inflow (吸資)"),
    m(NI, 4.13e9, "HKD", CS8, None, basis="港股通 net inflow"),
    m(NI, 2.2021e10, "HKD", ETF8, None, basis="the three ETFs combined"),
    m("share_of_net_inflow|share_of_inflow", 60, "%", ETF8, None, opt=True, basis="佔總吸資近六成"),
    m(SS, 8.949e10, "HKD", MKT8, None, basis="大市沽空額 (倍升)"),
    m(SR, 22.8, "%", MKT8, None, basis="沽空率"),
    m("short_selling_ratio_change|short_ratio_change", None, "pp", MKT8, None, rng=(7, None), opt=True,
      basis="飆逾7個百分點"),
    m(SS, 2.208e10, "HKD", TRK8, None, basis="largest short-sold stock"),
    m(SR, 54.8, "%", TRK8, None, basis="沽空率"),
    m(SR, None, "%", HCE8, None, rng=(40, None), opt=True, basis="沽空率高逾四成"),
    m(SR, None, "%", CS8, None, rng=(40, None), opt=True, basis="沽空率高逾四成"),
    m("oil_price|crude_oil_price", None, "USD", OIL8, None, rng=(100, None), opt=True, basis="逾每桶100美元, per barrel"),
    m(PC, 2.3, "%", PTR8, None, basis="大升, 19-year high after ex-dividend adjustment"),
    m(PC, 3.3, "%", CNC8, None, basis="漲, record high"),
    m("share_price|price|close", 27.5, "HKD", CNC8, None, basis="報27.5元"),
    m(PC, -4.4, "%", SNP8, None, basis="下挫"),
], [])

# zh09: Hong Kong property data: Rating and Valuation Department (差估署) April price and rent indices (house730.com news,
# Traditional; the page's repeated title line and "你可能感興趣的文章" are left out; the headline and the printed date line
# "日期:2021-05-27" are kept). Year: the printed date 2021-05-27 puts "4月" and the rent paragraph's "上月" at 2021-04 and
# "今年首4個月" at 2021-01..04 (a dateline printed in the passage, news27 zh09). Index levels in points (news17 zh15). Key:
# price index 390.8 (headline repeats) with 按月升0.4% (headline repeats) and 按年 3.5%; the year-to-date 約2.87%; small/medium
# and large units' mom / yoy changes; the rent index 177.7 with mom +1.9% ("升幅擴大至") and yoy -1.2% ("跌幅收窄至" -> a fall,
# negative); small/medium rents 升近2% (-> 2) and 跌0.8%, large rents +1.2% and 仍跌3%. Optional: the 6.1-point gap to the
# 2019 record (a derived distance). Not labelled: 2019年 (the record's year), 2021-05-27 (date line).
PPI9 = "私人住宅售價指數|私宅售價指數|售價指數|差估署樓價指數|樓價指數|Hong Kong private domestic price index"
HOME9 = "住宅樓價|樓價|Hong Kong home prices|" + PPI9
SM9 = "中小型單位|中小型單位樓價|中小型單位售價指數|small and medium units"
LG9 = "大型單位|大型單位樓價|大型單位售價指數|large units"
RENT9 = "私人住宅租金指數|租金指數|私宅租金指數|Hong Kong private domestic rental index"
SMR9 = "中小型單位租金|中小型單位|small and medium units (rent)"
LGR9 = "大型單位租金|大型單位|large units (rent)"
P9 = "2021-04"
LV = "index_level|price_index"
CH = "index_change|price_index_change|home_price_change"
RCH = "index_change|rental_index_change|rent_change"
G["zh09"] = ([
    m(LV, 390.8, "points", PPI9, P9, basis="4月; headline repeats"),
    m(CH, 0.4, "%", PPI9, P9, basis="mom (按月升); headline repeats"),
    m(CH, 3.5, "%", PPI9, P9, basis="yoy (按年升幅)"),
    m("gap_to_record|distance_from_peak", 6.1, "points", PPI9, P9, opt=True,
      basis="只相差6.1點 from the 2019 record high"),
    m(CH, 2.87, "%", HOME9, "2021-01..04", basis="今年首4個月累計升約2.87%, year to date"),
    m(CH, 0.4, "%", SM9, P9, basis="mom"),
    m(CH, 3.5, "%", SM9, P9, basis="yoy"),
    m(CH, 0.55, "%", LG9, P9, basis="mom"),
    m(CH, 5.5, "%", LG9, P9, basis="yoy"),
    m("index_level|rental_index", 177.7, "points", RENT9, P9, basis="上月 (= April)"),
    m(RCH, 1.9, "%", RENT9, P9, basis="mom, 升幅擴大至"),
    m(RCH, -1.2, "%", RENT9, P9, basis="yoy, 跌幅收窄至"),
    m(RCH, 2, "%", SMR9, P9, basis="mom, 升近2%"),
    m(RCH, -0.8, "%", SMR9, P9, basis="yoy, 跌"),
    m(RCH, 1.2, "%", LGR9, P9, basis="mom"),
    m(RCH, -3, "%", LGR9, P9, basis="yoy, 仍跌"),
], [])

# zh10: single broker note on a Hong Kong stock: CLSA (里昂) raises BOC Hong Kong's target (財華 item on cnyes 鉅亨網,
# Traditional with the source's stray Simplified characters kept: 目标, 分别, 資産, 并, 期内, 「跑赢大市」; the finet / app
# promotion lines and "上一篇/下一篇" are left out). The printed dateline 2018-04-30 makes 首季 "2018Q1"; the forecast years are
# printed (2018-2020 -> "FY2018-FY2020", news21). 元 = HKD. Key: Q1 pre-provision operating profit 104億元 with yoy +21% and
# qoq +19%; assets up 7% since end of last year (period 2018Q1); the EPS-forecast raise 2%-3% (range, value None); the target
# 43.5元 with prior 42.55元 (headline repeats -> one row); the press-time move +4.48%, price 40.8元, volume 1555.49萬股 and
# turnover 6.32億元 (the story's own stock). Optional: the previous target 42.55元 as its own row. Not labelled: the dividend
# forecast raise (no figure), "雙位數" (no figure), 02388 (code), 2018-04-30 13:06 (dateline). Rating action: CLSA keeps
# 「跑赢大市」 (outperform) and raises the target 42.55 -> 43.5 HKD -> raise_target (news27 zh10).
BOC10 = "中銀香港|中銀|中银香港|中國銀行(香港)|BOC Hong Kong|BOCHK|BOC Hong Kong (Holdings)|2388|02388|02388-HK"
CLSA10 = "里昂|里昂證券|CLSA|Credit Lyonnais"
Q10 = "2018Q1"
PP10 = "pre_provision_operating_profit|pre_provision_profit|operating_profit_before_impairment"
PPG10 = "pre_provision_profit_growth|pre_provision_operating_profit_growth"
G["zh10"] = ([
    m(PP10, 1.04e10, "HKD", BOC10, Q10, basis="首季撥備前盈利"),
    m(PPG10, 21, "%", BOC10, Q10, basis="yoy (按年)"),
    m(PPG10, 19, "%", BOC10, Q10, basis="qoq (按季)"),
    m("total_assets_growth|asset_growth", 7, "%", BOC10, Q10, basis="since end of last year (自去年底起)"),
    m("eps_forecast_change|eps_forecast_revision", None, "%", BOC10, "FY2018-FY2020", rng=(2, 3),
      basis="CLSA raises 2018-2020 EPS forecasts 2%-3%"),
    m("target_price", 43.5, "HKD", BOC10, None, prior=42.55, basis="CLSA, raised; 「跑赢大市」 kept; headline repeats"),
    m("target_price", 42.55, "HKD", BOC10, None, opt=True, basis="previous target"),
    m(PC, 4.48, "%", BOC10, None, basis="at press time (截至發稿)"),
    m("share_price|price", 40.8, "HKD", BOC10, None, basis="at press time"),
    m("trading_volume|volume", 1.55549e7, "shares", BOC10, None, basis="成交1555.49萬股"),
    m("turnover|trading_value", 6.32e8, "HKD", BOC10, None, basis="涉資6.32億元"),
], [
    ra(CLSA10, BOC10, "raise_target", "outperform", None, 43.5, 42.55, "HKD"),
])

# zh11: Taiwan airline's monthly revenue release: STARLUX Airlines (星宇航空) February (TechNews 科技新報 財經, Traditional,
# Taiwan usage; the category tags, share buttons and the author / image credit line are left out; the printed date line
# "發布日期 2023 年 03 月 10 日 18:00" is kept with its spacing). The printed date 2023-03-10 puts "2 月" at 2023-02 and the March
# seat plan at 2023-03. 新台幣 / 億元 = TWD. Key: consolidated revenue 13.72 億元 with 月減 10% (headline repeats -> one row) and
# 年增 2,029%; passenger revenue 12.17億元 and 年增3,760%; passenger numbers +8% on January; cargo revenue 1.22億元 with 月增42% and
# 年增326%. Optional: the headline's "年增 20 倍" (-> +2000 %, a rounded restatement of 2,029%); the network growing to 17
# destinations; March seats "一成以上" above February (lower bound); the fleet counts 19架 and 21架 (news27: fleet counts
# optional). Not labelled: 三天 (days), 4月1日 / 4月26日 / 3月1日 / 3月1~25日 (dates), A350-900 (a model), 兩架 / 第三架 / 第四架
# (aircraft counted in the deliveries narrative).
SX11 = "星宇航空|星宇|STARLUX|STARLUX Airlines|星宇航空股份有限公司|2646"
PAX11 = "客運|客運業務|passenger|passenger business|" + SX11
CGO11 = "貨運|貨運業務|cargo|cargo business|" + SX11
P11 = "2023-02"
RG = "revenue_growth|revenue_change"
SRG = "revenue_growth|segment_revenue_growth"
G["zh11"] = ([
    m("revenue|consolidated_revenue|monthly_revenue", 1.372e9, "TWD", SX11, P11, basis="2 月合併營收"),
    m(RG, -10, "%", SX11, P11, basis="mom (月減); headline repeats"),
    m(RG, 2029, "%", SX11, P11, basis="yoy (年增)"),
    m(RG, 2000, "%", SX11, P11, opt=True, basis="headline 年增 20 倍 (rounded restatement of 2,029%)"),
    m("revenue|segment_revenue|passenger_revenue", 1.217e9, "TWD", PAX11, P11, basis="客運營收"),
    m(SRG + "|passenger_revenue_growth", 3760, "%", PAX11, P11, basis="yoy (年增)"),
    m("passenger_growth|passenger_volume_growth|passengers_growth", 8, "%", SX11, P11,
      basis="旅客人數較1月增長 (mom)"),
    m("revenue|segment_revenue|cargo_revenue", 1.22e8, "TWD", CGO11, P11, basis="貨運營收"),
    m(SRG + "|cargo_revenue_growth", 42, "%", CGO11, P11, basis="mom (月增)"),
    m(SRG + "|cargo_revenue_growth", 326, "%", CGO11, P11, basis="yoy (年增)"),
    m("destinations|destination_count", 17, "destinations", SX11, None, opt=True, basis="航點將擴增至17個"),
    m("seat_capacity_growth|seats_growth|capacity_growth", None, "%", SX11, "2023-03", rng=(10, None), opt=True,
      basis="3月整體座位數 vs 2月, 成長一成以上 (plan)"),
    m("fleet_size|fleet|aircraft", 19, "aircraft", SX11, None, opt=True, basis="current fleet (維持19架)"),
    m("fleet_size|fleet|aircraft", 21, "aircraft", SX11, None, opt=True,
      basis="fleet after the 3rd and 4th A350-900 deliveries"),
], [])

# zh12: Taiwan business-climate monitoring indicator (景氣對策信號) for December (Yahoo 奇摩新聞, Traditional; the image
# caption "圖：國發會景氣指標查詢系統網站" is left out and the lead, printed twice on the page (with the caption and in the body), is
# kept once; no headline is printed in the stored text and none was composed; the excerpt breaks off in the list item on
# 批發、零售及餐飲業營業額, which is cut). The list items' "X變動率：由…" were rephrased "X：變動率由…" (the 由 / 增為 / 減為
# wording kept). Year: "去（114）年 12 月份" -> 2025-12 by the fixed ROC offset (news27 batch b); "上（11）月" / "上月" -> 2025-11. The score "分" is labelled in points. The component rates ("變動率") are labelled in %
# with the component as entity; each "由上月 A 增為/減為 B" gives value B, prior A (key) and A as an optional 2025-11 row (revised
# figures "下修值/上修值" in basis). Key: the composite score 38 and its +1 on the month; the three component score changes
# ("各增加 1 分" -> +1 for overtime hours and for the manufacturing business-climate index, "減少 1 分" -> -1 for wholesale /
# retail / food-service sales); the seven component rates. Optional: the seven previous-month rates. Not labelled: （27）日
# (date), （11）月 (a month), 睽違 1 年 (a span), 9 項 / 6 項 (counts of components), the light colours (no figures).
TW12 = "台灣|臺灣|Taiwan|國發會|國家發展委員會|National Development Council"
SC12 = "景氣對策信號|景氣燈號|綜合判斷分數|景氣對策信號綜合判斷分數|Taiwan business climate monitoring indicator|" + TW12
OT12 = "工業及服務業加班工時|加班工時|overtime hours (industry and services)"
TIER12 = "製造業營業氣候測驗點|營業氣候測驗點|manufacturing business climate index"
WRS12 = "批發、零售及餐飲業營業額|批發零售及餐飲業營業額|wholesale, retail and food services sales"
M1B12 = "貨幣總計數 M1B|貨幣總計數M1B|M1B|money supply M1B"
STK12 = "股價指數|台股|stock price index"
IP12 = "工業生產指數|工業生產|industrial production index|industrial production"
EXP12 = "海關出口值|出口|customs exports|exports"
MCH12 = "機械及電機設備進口值|機械及電機設備進口|imports of machinery and electrical equipment"
MFG12 = "製造業銷售量指數|製造業銷售量|manufacturing sales volume index"
P12, PP12 = "2025-12", "2025-11"
SCC = "component_score_change|score_change"


def rate12(metric, ent, val, prior, note=""):
    rows = [m(metric, val, "%", ent, P12, prior=prior, basis="變動率, prior = 上月" + note),
            m(metric, prior, "%", ent, PP12, opt=True, basis="變動率, previous month" + note)]
    return rows


G["zh12"] = ([
    m("business_climate_score|monitoring_indicator_score|composite_score", 38, "points", SC12, P12,
      basis="綜合判斷分數, red light (紅燈)"),
    m("business_climate_score_change|score_change", 1, "points", SC12, P12, basis="較上月增加 1 分"),
    m(SCC, 1, "points", OT12, P12, basis="component score, turned 黃紅燈 (各增加 1 分)"),
    m(SCC, 1, "points", TIER12, P12, basis="component score, turned 綠燈 (各增加 1 分)"),
    m(SCC, -1, "points", WRS12, P12, basis="component score, turned 黃紅燈 (減少 1 分)"),
]
    + rate12("m1b_growth|money_supply_growth|monetary_aggregate_growth", M1B12, 4.9, 4.88)
    + rate12("stock_price_index_change|stock_index_change|stock_price_change", STK12, 21.6, 20.2)
    + rate12("industrial_production_growth|industrial_output_growth", IP12, 18.1, 15.8, " (revised down, 下修值)")
    + rate12("overtime_hours_growth|overtime_hours_change", OT12, 3.6, 0.1, " (revised up, 上修值)")
    + rate12("export_growth|exports_growth|customs_exports_growth", EXP12, 38, 50.3)
    + rate12("machinery_imports_growth|import_growth|capital_equipment_imports_growth", MCH12, 31.7, 60.6)
    + rate12("manufacturing_sales_growth|manufacturing_sales_volume_growth", MFG12, 19.9, 14.8,
             " (revised down, 下修值)"),
    [])
