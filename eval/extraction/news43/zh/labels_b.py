# Hand labels for news43/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong, one Macau, two Taiwan).
# Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no project code
# was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor output was seen,
# and no extractor code, plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news40/zh, news41/zh and news42/zh, and the labels files of news41/zh (and news35 zh11
# for Macau visitor releases).
# Currency: Hong Kong company / market / HKMA context, bare 元 / 億元 / $ = HKD (zh08, zh09); zh07 prints "(人民幣,下同)"
# after its first item, so its bare 元 are CNY as are its explicit 人民幣 / 人幣 figures; Taiwan items print 美元 (USD, zh11,
# zh12's guidance) and bare 元 / 億元 / 兆 for a Taiwan company (TWD, zh12). Values fully scaled (47.12億元 -> 4.712e9;
# $1.60千萬 -> 1.6e7; 40810億元 -> 4.081e12; 220.97萬人次 -> 2209700; 1兆0397億美元 -> 1.0397e12; 3.3222兆美元 -> 3.3222e12;
# 1兆933億元 -> 1.0933e12). 約X -> X; 逾X / 不少於X / 不低於X -> rng=(X, None); 不超過X -> a capped range; 介乎A至B / A至B /
# A%至B% -> closed ranges; "增加X倍" = X x 100 % (news13 / news33 / news35) with the X-times reading an optional "x" row.
# Declines negative (微跌, 下調, 貶值, 縮短, 虧損, 轉蝕); 升值 / 增 / 上升 / 上調 positive.
# Bounds: a profit alert's estimate printed only as a bound ("純利逾5000萬元", "不少於7200萬元", "升逾80%") is the alert itself
# and key (as news41 zh01's "拨备覆盖率超420%", the figure's only printing); a bound on a secondary driver, or one restating an
# exact figure ("突破6,000億美元"), is optional.
# Periods only from the text: zh07 FY2022 ("2022即將完結…今年度", "去年" set against "2021年同期"); zh08 2025H1 / FY2025 /
# FY2026 ("太古2025及2026年" beside "今明兩年" and "上半年"); zh09 FY2025, 2025-12-31 and 2009..2025-09 as printed; zh10 None
# for "今年6月" (no year) and "H1" for "今年上半年"; zh11 None ("9月底", "8月底", no year printed); zh12 None for "1月" (no
# year printed; the 2025 months are earlier records), 2025-MM for the listed record months, "Q1" for "今年第一季". Page date
# lines, the kept time stamps (zh07 "2023/03/27", zh09 "28/01/2026"), the AASTOCKS short-selling stamp, URL dates and the
# writer's knowledge are never used.
# A figure printed twice (headline and body) is one row. An earlier level printed beside a new one ("目標價從68元升至74元",
# "由年底的40810億元…增加至…41514億元", "2021年同期為虧損2700萬元") is the prior of the new value and an optional row of its
# own. Broker targets are also target_price rows besides the rating actions. AASTOCKS inline quotes and related-content
# headlines are optional (corpus). Entities list names as printed plus Traditional / English forms and stock codes;
# segments, portfolios, source markets, routes and currencies take their own name with the parent as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong profit-alert round-up (香港經濟日報 hket 即時新聞, "一文看清" page; headline and the time line "股市 18:56
# 2023/03/27" kept as printed; the share buttons "分享:" and the "公告及通告" link labels left out; the stored text breaks off
# inside the 神威藥業 item ("集團表示純") and the passage ends at the sentence before it; the section label 【盈喜】 kept).
# Key (FY2022): 世茂服務 loss of not more than 9億人幣 (headline; capped negative range); 思考樂教育 net profit 逾5000萬元
# (open lower bound, prior = the 2021 loss 2700萬元 -> -2.7e7); 明輝國際 profit attributable 不少於7200萬元 (prior = the 2021
# loss 約9350萬元 -> -9.35e7); 靈寶黃金 net profit 不低於2.2億元 and growth 升逾80%; 茂業國際 net profit 2至2.5億元人民幣 and
# growth 80%至125.2%; 石四藥集團 profit growth 40%至45%; 神威藥業 net profit growth 25%至35% and its 2021 net profit 5.57億元
# (FY2021, printed as the base of the range, no 2022 level to attach it to).
# Optional: the two 2021 losses as rows of their own (FY2021); 石四藥's API revenue growth "超過 150%" (a driver, bound).
# Judgement calls: "(人民幣,下同)" makes every later bare 元 CNY (明輝國際, 靈寶黃金) as printed, whatever the companies'
# reporting currencies; "去年" is FY2022 because the lead speaks of 2022 and "今年度" and each item sets "去年" against
# "2021年同期 / 2021年度"; the headline's 世茂服務 figure (its item is not in the stored text) is key as a headline figure;
# "不超過9億" loss -> rng (-9e8, None) with the loss sign; "介乎2至2.5億元" -> 2e8..2.5e8 (億 applies to both ends). Not
# labelled: stock codes, 12月 (year-end month), the time line.
FY22, FY21 = "FY2022", "FY2021"
SHIMAO = "世茂服務|世茂服務控股|Shimao Services|Shimao Services Holdings|00873|873"
SKL = "思考樂教育|思考樂|Scholar Education|Scholar Education Group|01769|1769"
MINGFAI = "明輝國際|明輝|Ming Fai International|Ming Fai|03828|3828"
LINGBAO = "靈寶黃金|靈寶|Lingbao Gold|03330|3330"
MAOYE = "茂業國際|茂業|Maoye International|00848|848"
SSY = "石四藥集團|石四藥|SSY Group|02005|2005"
SHINEWAY = "神威藥業|神威|China Shineway|China Shineway Pharmaceutical|02877|2877"
NPX = "net_profit|profit|net_loss"
NPGX = "net_profit_growth|profit_growth"
G["zh07"] = ([
    m(NPX, None, "CNY", SHIMAO, FY22, rng=(-9e8, None),
      basis="headline: 料去年轉蝕不超過9億人幣 (swing to a loss of at most 9億), profit warning"),
    m(NPX, None, "CNY", SKL, FY22, rng=(5e7, None), prior=-2.7e7,
      basis="純利逾5000萬元 (人民幣,下同), profit alert; prior = 2021 loss (轉虧為盈)"),
    m(NPX, -2.7e7, "CNY", SKL, FY21, opt=True, basis="2021年同期虧損2700萬元"),
    m("profit_attributable|net_profit|profit", None, "CNY", MINGFAI, FY22, rng=(7.2e7, None), prior=-9.35e7,
      basis="公司擁有人應佔溢利不少於7200萬元, profit alert; prior = 2021 loss 約9350萬元"),
    m("profit_attributable|net_profit|net_loss", -9.35e7, "CNY", MINGFAI, FY21, opt=True,
      basis="2021年度公司擁有人應佔虧損約9350萬元"),
    m(NPX, None, "CNY", LINGBAO, FY22, rng=(2.2e8, None), basis="淨溢利不低於2.2億元, profit alert"),
    m(NPGX, None, "%", LINGBAO, FY22, rng=(80, None), basis="yoy, 升逾80%, profit alert"),
    m(NPX, None, "CNY", MAOYE, FY22, rng=(2e8, 2.5e8), basis="淨利潤介乎2至2.5億元人民幣, profit alert"),
    m(NPGX, None, "%", MAOYE, FY22, rng=(80, 125.2), basis="yoy, 80%至125.2%"),
    m(NPGX, None, "%", SSY, FY22, rng=(40, 45), basis="溢利 yoy growth 介乎40%至45%, profit alert"),
    m("revenue_growth|segment_revenue_growth", None, "%", "原料藥|API|bulk pharmaceuticals|" + SSY, FY22,
      rng=(150, None), opt=True, basis="原料藥營業額 yoy, 增加超過 150% (driver, bound)"),
    m(NPGX, None, "%", SHINEWAY, FY22, rng=(25, 35), basis="純利 yoy 增25%至35%, profit alert"),
    m("net_profit|profit", 5.57e8, "CNY", SHINEWAY, FY21, basis="2021年同期 (base of the growth range)"),
], [])


# zh08: broker upgrade after interim results (AASTOCKS, Traditional, on a mirror host; no headline in the stored text and
# none composed; the inline quote "+0.200 (+0.294%) 沽空 $1.60千萬; 比率 14.922%", the boilerplate "(gc/da)(港股報價延遲最少
# 十五分鐘。沽空資料截至 2025-08-08 16:25。)" and the related headline kept as printed; the closing tag "AASTOCKS新聞" left
# out; otherwise the whole stored item).
# Key: 太古A 2025H1 recurring profit 47.12億元 (微跌1% -> -1 %), 45% / 40% of the market's and CLSA's full-year forecasts,
# recurring EPS +4%; recurring-profit forecasts cut 15% for FY2025 and FY2026, to 95億元 and 103億元; DPS forecasts 3.5元
# (FY2025) and 3.7元 (FY2026); dividend yield 5.1%; FY2026 NAV growth 6%; target 74元 (prior 68元).
# Optional: the inline quote (four rows); the previous target 68元; the related headline's 瑞銀 target 74元.
# Rating actions: 里昂 upgrade 太古A to outperform (跑贏大市) from hold (持有), 74 from 68 HKD; optional: 瑞銀 cut_target
# (微降) neutral (中性) at 74 HKD (related headline, no old target printed).
# Judgement calls: "太古2025及2026年經常性利潤預測" beside "今明兩年" fixes 今年 = 2025, so 上半年 is 2025H1 and the DPS pair is
# FY2025 / FY2026 in order; "分別下調15%" gives one -15 % row per year; the two shares of forecast map in order (market,
# CLSA); the dividend yield prints no year (None); "目標價從68元升至74元" with a rating change is an upgrade carrying both
# targets; the related headline is another broker's note (optional, as news41 zh08). Not labelled: the stock code, the
# stamp's date and time, (gc/da).
CLSA = "里昂|中信里昂|CLSA|CLSA Securities"
UBS = "瑞銀|UBS"
SWIRE = "太古A|太古股份公司A|太古股份|太古|Swire Pacific|Swire Pacific A|00019|00019.HK|19"
H25, F25, F26 = "2025H1", "FY2025", "FY2026"
RP = "recurring_profit|underlying_profit|net_profit"
G["zh08"] = ([
    m("price_change", 0.2, "HKD", SWIRE, None, opt=True, basis="inline quote +0.200"),
    m("price_change", 0.294, "%", SWIRE, None, opt=True, basis="inline quote (+0.294%)"),
    m("short_selling_turnover", 1.6e7, "HKD", SWIRE, None, opt=True, basis="inline quote 沽空 $1.60千萬"),
    m("short_selling_ratio", 14.922, "%", SWIRE, None, opt=True, basis="inline quote"),
    m(RP, 4.712e9, "HKD", SWIRE, H25, basis="經常性利潤, first half"),
    m("recurring_profit_growth|underlying_profit_growth|net_profit_growth", -1, "%", SWIRE, H25, basis="yoy, 微跌"),
    m("share_of_forecast|forecast_completion", 45, "%", SWIRE, H25, basis="of the market's full-year forecast"),
    m("share_of_forecast|forecast_completion", 40, "%", SWIRE, H25, basis="of CLSA's full-year forecast"),
    m("recurring_eps_growth|eps_growth", 4, "%", SWIRE, H25,
      basis="每股經常性利潤 growth, share count reduced by buybacks"),
    m("earnings_forecast_change|recurring_profit_forecast_change|forecast_revision", -15, "%", SWIRE, F25,
      basis="CLSA cut (分別下調15%)"),
    m("earnings_forecast_change|recurring_profit_forecast_change|forecast_revision", -15, "%", SWIRE, F26,
      basis="CLSA cut (分別下調15%)"),
    m("recurring_profit_forecast|earnings_forecast|" + RP, 9.5e9, "HKD", SWIRE, F25, basis="CLSA forecast after the cut"),
    m("recurring_profit_forecast|earnings_forecast|" + RP, 1.03e10, "HKD", SWIRE, F26, basis="CLSA forecast after the cut"),
    m("dps_forecast|dividend_per_share|dps", 3.5, "HKD", SWIRE, F25, basis="CLSA forecast, 今明兩年 (this year)"),
    m("dps_forecast|dividend_per_share|dps", 3.7, "HKD", SWIRE, F26, basis="CLSA forecast, 今明兩年 (next year)"),
    m("dividend_yield", 5.1, "%", SWIRE, None, basis="CLSA expected (料達)"),
    m("nav_growth|net_asset_value_growth", 6, "%", SWIRE, F26, basis="CLSA forecast, 資產淨值(NAV)"),
    m("target_price", 74, "HKD", SWIRE, None, prior=68, basis="CLSA, upgraded to 跑贏大市"),
    m("target_price", 68, "HKD", SWIRE, None, opt=True, basis="CLSA previous target"),
    m("target_price", 74, "HKD", SWIRE, None, opt=True, basis="related headline: 瑞銀 微降 to 74元, 中性"),
], [
    ra(CLSA, SWIRE, "upgrade", "outperform", "hold", 74, 68, "HKD"),
    ra(UBS, SWIRE, "cut_target", "neutral", None, 74, None, "HKD", opt=True),
])


# zh09: HKMA's annual Exchange Fund results (經濟通 etnet 外匯新聞; the page date line " date 2026-01-28" left out as chrome;
# the item's own time stamp "28/01/2026 16:21", the headline, the credit 《經濟通通訊社28日專訊》 and the closing "(bn)" kept;
# whole stored item; "由年底的40810億元" kept as printed, without the year of that year-end).
# Key (FY2025): investment income 3310億元 (record; the headline repeats it); bonds 1422億元; Hong Kong equities 339億元;
# other equities 741億元; foreign-exchange revaluation of non-HKD assets +384億元 (上調); other investments 424億元; the rate
# paid on fiscal-reserve and government-fund / statutory-body placements 4.4%; those payments 165億元 and 147億元 (in order);
# total assets +704億元 to 41514億元 at end-2025 (prior 40810億元); accumulated surplus 9361億元 at end-December 2025;
# investment return 8%, Investment Portfolio 12.4%, Backing Portfolio 5.2%; Long-Term Growth Portfolio annualised IRR 11.2%
# since 2009 to end-September 2025.
# Optional: the earlier total assets 40810億元 as a row of its own (period None: "年底" prints no year).
# Judgement calls: each income component and portfolio takes its own name with the Exchange Fund as alias; "上調384億元" is
# a positive valuation gain; "分別為165億元及147億元" maps in order onto the fiscal reserves and the government funds /
# statutory bodies; the LTGP return takes the printed span "2009..2025-09". Not labelled: 28日, the time stamp, 2009 as a year.
EF = "外匯基金|Exchange Fund|香港外匯基金|金管局|香港金融管理局|HKMA"
P9 = "FY2025"
II = "investment_income|investment_return|income"
G["zh09"] = ([
    m(II, 3.31e11, "HKD", EF, P9, basis="record (創歷年新高); headline repeats"),
    m(II, 1.422e11, "HKD", "債券|債券投資|bonds|" + EF, P9, basis="bond investment income"),
    m(II, 3.39e10, "HKD", "香港股票|Hong Kong equities|" + EF, P9, basis="Hong Kong equities"),
    m(II, 7.41e10, "HKD", "其他股票|other equities|" + EF, P9, basis="other equities"),
    m("valuation_gain|fx_revaluation|" + II, 3.84e10, "HKD",
      "非港元資產|外匯|foreign exchange|currency revaluation|" + EF, P9,
      basis="外匯估值上調 on non-HKD assets"),
    m(II, 4.24e10, "HKD", "其他投資|other investments|" + EF, P9, basis="other investments"),
    m("interest_rate|fixed_rate|rate_paid", 4.4, "%", "財政儲備|政府基金及法定組織|fiscal reserves|" + EF, P9,
      basis="rate paid on fiscal-reserve and government-fund / statutory-body placements"),
    m("payment|fee|interest_payment", 1.65e10, "HKD", "財政儲備|財政儲備存款|fiscal reserves|Fiscal Reserves|" + EF, P9,
      basis="相關費用, first of 分別"),
    m("payment|fee|interest_payment", 1.47e10, "HKD",
      "香港特別行政區政府基金及法定組織|政府基金及法定組織|HKSAR government funds and statutory bodies|" + EF, P9,
      basis="相關費用, second of 分別"),
    m("total_assets", 4.1514e12, "HKD", EF, "2025-12-31", prior=4.081e12, basis="2025年底; prior = 年底 (year not printed)"),
    m("total_assets", 4.081e12, "HKD", EF, None, opt=True, basis="由年底的40810億元 (year not printed)"),
    m("total_assets_change|total_assets_growth", 7.04e10, "HKD", EF, P9, basis="總資產增加704億元"),
    m("accumulated_surplus", 9.361e11, "HKD", EF, "2025-12-31", basis="於2025年12月底"),
    m("investment_return|return", 8, "%", EF, P9, basis="投資回報率"),
    m("investment_return|return", 12.4, "%", "投資組合|Investment Portfolio|" + EF, P9, basis="portfolio return"),
    m("investment_return|return", 5.2, "%", "支持組合|Backing Portfolio|" + EF, P9, basis="portfolio return"),
    m("irr|investment_return|annualised_return", 11.2, "%", "長期增長組合|Long-Term Growth Portfolio|LTGP|" + EF,
      "2009..2025-09", basis="annualised internal rate of return since inception (2009) to end-September 2025"),
], [])


# zh10: Macau visitor arrivals for June and the first half (大紀元 Epoch Times Hong Kong, reporting the 統計暨普查局 release;
# no headline in the stored text and none composed; the trailing "@" and the subscription / column links left out; whole
# stored item otherwise). No year is printed ("今年6月", "今年上半年") -> June rows None, first-half rows "H1".
# Key (June): arrivals 220.97萬人次 (+4.8倍 -> +480 %; vs May -0.2%); overnight 116.38萬 (+540 %) and same-day 104.59萬 (+420 %);
# average stay 1.3日 (+0.2日), same-day 0.2日 (+0.1日), overnight 2.2日; mainland 144.49萬 (+330 %), individual visit scheme
# 79.36萬 (+490 %), Greater Bay Area nine cities 70.9萬 (+190 %), Zhuhai 19.23萬, Guangzhou 15.53萬; Hong Kong 60.17萬 (+1450 %),
# Taiwan 4.3萬 (+730 %); by land 1,695,178 (+370 %), Border Gate 823,029, HZMB 562,073, Hengqin 222,788; by sea 329,892
# (+2030 %), by air 184,592 (+3960 %). Key (H1): arrivals 1,164.59萬 (+240 %), overnight 606.78萬 (+370 %), same-day 557.81萬
# (+160 %), average stay 1.3日 (+0.1日), same-day 0.3日 (+0.2日), overnight 2.3日 (-0.7日).
# Optional: every "X倍" read as a multiple ("x"); the shares within a group (Zhuhai 27.1% / Guangzhou 21.9% of the Greater Bay
# Area visitors; Border Gate 48.6%, HZMB 33.2%, Hengqin 13.1% of land arrivals) as news35 zh11's sub-group ratios.
# Judgement calls: "增加X倍" = X x 100 % (corpus); "按年分別增加5.4倍及4.2倍" / "14.5倍及7.3倍" / "20.3倍及39.6倍" / "3.7倍及
# 1.6倍" map in order; "與5月比較則微跌0.2%" is a mom row; stay changes are "days"; "維持不變" gives no zero row (news42 zh04);
# the routes and checkpoints are entities of their own with Macau as alias; source markets take their own name. Not
# labelled: 5月 as a month, 九市 (a count in words).
MO = "澳門|Macau|Macao"
ARR = "入境旅客|訪澳旅客|visitor arrivals|visitors|" + MO
ON10 = "留宿旅客|overnight visitors|" + MO
SD10 = "不過夜旅客|same-day visitors|" + MO
CN10 = "中國大陸旅客|中國大陸|內地旅客|mainland visitors|Mainland China"
IVS = "個人遊旅客|個人遊|Individual Visit Scheme|IVS visitors|" + CN10
GBA = "大灣區珠三角九市|大灣區|Greater Bay Area|GBA|" + CN10
ZH = "珠海市|珠海|Zhuhai|" + GBA
GZ = "廣州市|廣州|Guangzhou|" + GBA
HK10 = "香港旅客|香港|Hong Kong visitors|Hong Kong"
TW10 = "台灣地區旅客|台灣|Taiwan visitors|Taiwan"
LAND = "陸路|經陸路入境旅客|by land|" + MO
BG = "關閘口岸|關閘|Border Gate|" + LAND
HZMB = "港珠澳大橋|Hong Kong-Zhuhai-Macao Bridge|HZMB|" + LAND
HQ = "橫琴口岸|橫琴|Hengqin|Hengqin Port|" + LAND
SEA10 = "海路|經海路入境旅客|by sea|" + MO
AIR10 = "空路|經空路入境旅客|by air|" + MO
VA = "visitor_arrivals|arrivals|visitors"
VG = "visitor_arrivals_growth|arrivals_growth|visitors_growth"
LS = "average_length_of_stay|length_of_stay|average_stay"
LSC = "average_length_of_stay_change|length_of_stay_change|average_stay_change"
JUN, H1 = None, "H1"


def times10(x, ent, per, what, verb="增加"):
    """'增加X倍' -> X x 100 % key, plus the X-times reading as an optional 'x' row (news33 / news35)."""
    return [m(VG, round(x * 100, 6), "%", ent, per, basis=f"yoy, {what}, {verb}{x}倍"),
            m(VG, x, "x", ent, per, opt=True, basis=f"{x}倍 read as a multiple")]


G["zh10"] = ([
    m(VA, 2209700, "visitors", ARR, JUN, basis="今年6月 (no year printed)"),
    *times10(4.8, ARR, JUN, "June arrivals"),
    m(VG, -0.2, "%", ARR, JUN, basis="mom vs May (微跌)"),
    m(VA, 1163800, "visitors", ON10, JUN, basis="overnight (留宿), June"),
    m(VA, 1045900, "visitors", SD10, JUN, basis="same-day (不過夜), June"),
    *times10(5.4, ON10, JUN, "overnight"),
    *times10(4.2, SD10, JUN, "same-day"),
    m(LS, 1.3, "days", ARR, JUN, basis="all visitors, June"),
    m(LSC, 0.2, "days", ARR, JUN, basis="yoy (上升0.2日)"),
    m(LS, 0.2, "days", SD10, JUN, basis="same-day visitors, June"),
    m(LSC, 0.1, "days", SD10, JUN, basis="yoy (增加0.1日)"),
    m(LS, 2.2, "days", ON10, JUN, basis="overnight visitors, June (維持不變)"),
    m(VA, 1444900, "visitors", CN10, JUN, basis="June"),
    *times10(3.3, CN10, JUN, "mainland"),
    m(VA, 793600, "visitors", IVS, JUN, basis="June"),
    *times10(4.9, IVS, JUN, "individual visit scheme", "上升"),
    m(VA, 709000, "visitors", GBA, JUN, basis="June"),
    *times10(1.9, GBA, JUN, "Greater Bay Area nine cities"),
    m(VA, 192300, "visitors", ZH, JUN, basis="June"),
    m("share|visitor_share", 27.1, "%", ZH, JUN, opt=True, basis="of the Greater Bay Area visitors"),
    m(VA, 155300, "visitors", GZ, JUN, basis="June"),
    m("share|visitor_share", 21.9, "%", GZ, JUN, opt=True, basis="of the Greater Bay Area visitors"),
    m(VA, 601700, "visitors", HK10, JUN, basis="June"),
    *times10(14.5, HK10, JUN, "Hong Kong"),
    m(VA, 43000, "visitors", TW10, JUN, basis="June"),
    *times10(7.3, TW10, JUN, "Taiwan"),
    m(VA, 1695178, "visitors", LAND, JUN, basis="by land, June"),
    *times10(3.7, LAND, JUN, "land route"),
    m(VA, 823029, "visitors", BG, JUN, basis="June"),
    m("share|visitor_share", 48.6, "%", BG, JUN, opt=True, basis="of land arrivals"),
    m(VA, 562073, "visitors", HZMB, JUN, basis="June"),
    m("share|visitor_share", 33.2, "%", HZMB, JUN, opt=True, basis="of land arrivals"),
    m(VA, 222788, "visitors", HQ, JUN, basis="June"),
    m("share|visitor_share", 13.1, "%", HQ, JUN, opt=True, basis="of land arrivals"),
    m(VA, 329892, "visitors", SEA10, JUN, basis="by sea, June"),
    *times10(20.3, SEA10, JUN, "sea route (同比)"),
    m(VA, 184592, "visitors", AIR10, JUN, basis="by air, June"),
    *times10(39.6, AIR10, JUN, "air route (同比)"),
    m(VA, 11645900, "visitors", ARR, H1, basis="今年上半年"),
    *times10(2.4, ARR, H1, "first-half arrivals", "上升"),
    m(VA, 6067800, "visitors", ON10, H1, basis="overnight, first half"),
    m(VA, 5578100, "visitors", SD10, H1, basis="same-day, first half"),
    *times10(3.7, ON10, H1, "overnight, first half"),
    *times10(1.6, SD10, H1, "same-day, first half"),
    m(LS, 1.3, "days", ARR, H1, basis="all visitors, first half"),
    m(LSC, 0.1, "days", ARR, H1, basis="yoy (上升0.1日)"),
    m(LS, 0.3, "days", SD10, H1, basis="same-day visitors, first half"),
    m(LSC, 0.2, "days", SD10, H1, basis="yoy (增加0.2日)"),
    m(LS, 2.3, "days", ON10, H1, basis="overnight visitors, first half"),
    m(LSC, -0.7, "days", ON10, H1, basis="yoy (縮短0.7日)"),
], [])


# zh11: Taiwan central bank's month-end foreign-exchange reserves (聯合新聞網 udn 要聞/財經; the page date line
# " date 2025-10-08" left out; no headline in the stored text and none composed; whole stored item).
# Key: reserves 6,029.43億美元 at end-September (record), +55.13億美元 on end-August; foreign holdings of stocks, bonds and NT$
# deposits 1兆0397億美元, 約172% of the reserves; September net inflow 約45億美元; the US dollar index 97.77 (持平於); the
# currencies against the US dollar: euro +0.52%, Australian dollar +0.8%, Swiss franc +0.66%, NT dollar +0.17%, pound -0.47%,
# Canadian dollar -1.15%, yen -1.04%; mainland China's reserves 3.3222兆美元 (end-August), Japan's 1.1487兆美元 (end-September),
# Switzerland's 8,928億美元 (end-August).
# Optional: "突破6,000億美元大關" (a bound restating the exact level); the index's "持平" as a zero change; Taiwan's rank 第四位.
# Judgement calls: no year is printed (the page date line was left out, "昨（7）日") -> period None throughout, month-ends in
# basis; "較8月底增加" is a change row, not a prior (the August level is not printed); 升值 positive, 貶值 negative, each
# currency its own entity; "人民幣則小幅持平微貶" prints no figure; the other countries' reserves "增至" give no prior. Not
# labelled: 7日, 前三名 (a count in words).
TW11 = "台灣|我國|Taiwan|中央銀行|央行|Central Bank of the Republic of China (Taiwan)|CBC"
FX = "fx_reserves|foreign_exchange_reserves|reserves"
FXC = "fx_reserves_change|foreign_exchange_reserves_change|reserves_change"
FOR11 = "外資|foreign investors|foreign holdings|" + TW11
CC = "currency_change|fx_change|exchange_rate_change|appreciation"
DXY = "美元指數|DXY|US Dollar Index|dollar index"
G["zh11"] = ([
    m(FX, 6.02943e11, "USD", TW11, None, basis="end-September (9月底), record"),
    m(FX, None, "USD", TW11, None, rng=(6e11, None), opt=True, basis="突破6,000億美元大關 (restates the exact level)"),
    m(FXC, 5.513e9, "USD", TW11, None, basis="vs end-August (較8月底增加)"),
    m("foreign_holdings|foreign_portfolio_holdings", 1.0397e12, "USD", FOR11, None,
      basis="stocks and bonds at market value plus NT$ deposits, end-September, record"),
    m("foreign_holdings_to_reserves|ratio", 172, "%", FOR11, None, basis="約當外匯存底172%"),
    m("net_inflow|foreign_net_inflow|capital_inflow", 4.5e9, "USD", FOR11, None, basis="September, 約45億美元"),
    m("index_level|index_close", 97.77, "points", DXY, None, basis="September, 持平於97.77"),
    m("index_change", 0, "%", DXY, None, opt=True, basis="持平 (no figure)"),
    m(CC, 0.52, "%", "歐元|euro|EUR", None, basis="vs USD, September, 升值"),
    m(CC, 0.8, "%", "澳幣|Australian dollar|AUD", None, basis="vs USD, September, 升值"),
    m(CC, 0.66, "%", "瑞士法郎|Swiss franc|CHF", None, basis="vs USD, September, 升值"),
    m(CC, 0.17, "%", "新台幣|NT dollar|New Taiwan dollar|TWD", None, basis="vs USD, September, 升值"),
    m(CC, -0.47, "%", "英鎊|pound|sterling|GBP", None, basis="vs USD, September, 貶值"),
    m(CC, -1.15, "%", "加幣|Canadian dollar|CAD", None, basis="vs USD, September, 貶值"),
    m(CC, -1.04, "%", "日圓|yen|Japanese yen|JPY", None, basis="vs USD, September, 貶值"),
    m(FX, 3.3222e12, "USD", "中國大陸|China|Mainland China", None, basis="end-August (截至8月底), 增至"),
    m(FX, 1.1487e12, "USD", "日本|Japan", None, basis="end-September, 增至"),
    m(FX, 8.928e11, "USD", "瑞士|Switzerland", None, basis="end-August, 增至"),
    m("rank|ranking", 4, "rank", TW11, None, opt=True, basis="全球第四位"),
], [])


# zh12: Taiwan company's monthly revenue with earlier record months and the quarter's guidance (NOWnews 今日新聞 on Yahoo奇摩
# 新聞; the page date line and the photo caption, a copy of the lead credited "（圖╱記者林汪靜攝）", left out; the outlet tag
# "[NOWnews今日新聞]" kept; the missing punctuation in "3495.7億元 受惠於" kept as a space; no headline in the stored text and
# none composed; whole stored item).
# Key: 台積電 January revenue 約4012.55億元 (+19.8% mom, +36.8% yoy); the earlier record months 3674.7億元 (2025-10), 3495.7億元
# (2025-04), 3436.1億元 (2025-11), 3357.7億元 (2025-08), 3350億元 (2025-12); Q1 guidance: USD revenue 346至358億美元, about +4%
# qoq and +38% yoy at the midpoint, exchange-rate assumption 31.6, TWD revenue 約1兆933億元至1兆1312億元 (+4.5%至8.1% qoq), gross
# margin 63%至65%, operating margin 54%至56%.
# Judgement calls: "1月" carries no printed year (the list's 2025 months are the earlier records) -> period None; the listed
# months take their printed year ("以及12月" continues the 2025 list -> 2025-12); "今年第一季" -> "Q1" (quarter without a year,
# news41 zh11); guidance rows carry "company forecast" in basis; "346至358億美元" (億 applies to both ends) and the TWD pair are
# closed ranges; "以中位數估約季增4%、年增38%" are exact rows with the midpoint in basis; the 31.6 assumption is a TWD value
# (news41 zh11). Not labelled: 10日, the ranks 第一名…第五名, iPhone 17, A19, 3奈米, 第二季初.
TSMC = "台積電|台灣積體電路|台灣積體電路製造|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330|2330.TW"
REV12 = "revenue|monthly_revenue|consolidated_revenue"
RG12 = "revenue_growth|revenue_growth_mom|revenue_growth_yoy"
Q1 = "Q1"
G["zh12"] = ([
    m(REV12, 4.01255e11, "TWD", TSMC, None, basis="1月合併營收, 約; all-time monthly record (no year printed)"),
    m(RG12, 19.8, "%", TSMC, None, basis="January, mom (月增)"),
    m(RG12, 36.8, "%", TSMC, None, basis="January, yoy (年增)"),
    m(REV12, 3.6747e11, "TWD", TSMC, "2025-10", basis="earlier record month (previously first)"),
    m(REV12, 3.4957e11, "TWD", TSMC, "2025-04", basis="earlier record month (second)"),
    m(REV12, 3.4361e11, "TWD", TSMC, "2025-11", basis="earlier record month (third)"),
    m(REV12, 3.3577e11, "TWD", TSMC, "2025-08", basis="earlier record month (fourth)"),
    m(REV12, 3.35e11, "TWD", TSMC, "2025-12", basis="earlier record month (fifth), 12月 in the 2025 list"),
    m("revenue_guidance|revenue|revenue_forecast", None, "USD", TSMC, Q1, rng=(3.46e10, 3.58e10),
      basis="company forecast (預估), USD revenue, 346至358億美元"),
    m("revenue_growth|revenue_growth_qoq", 4, "%", TSMC, Q1, basis="company forecast, qoq at the midpoint, 約"),
    m("revenue_growth|revenue_growth_yoy", 38, "%", TSMC, Q1, basis="company forecast, yoy at the midpoint"),
    m("fx_assumption|exchange_rate", 31.6, "TWD", TSMC, Q1, basis="USD/TWD assumption (美元兌新台幣匯率31.6)"),
    m("revenue_guidance|revenue|revenue_forecast", None, "TWD", TSMC, Q1, rng=(1.0933e12, 1.1312e12),
      basis="company forecast, TWD revenue, 約1兆933億元至1兆1312億元"),
    m("revenue_growth|revenue_growth_qoq", None, "%", TSMC, Q1, rng=(4.5, 8.1), basis="company forecast, qoq, TWD revenue"),
    m("gross_margin", None, "%", TSMC, Q1, rng=(63, 65), basis="company forecast (guidance)"),
    m("operating_margin", None, "%", TSMC, Q1, rng=(54, 56), basis="company forecast (guidance)"),
], [])
