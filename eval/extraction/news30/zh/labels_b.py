# Hand labels for news30/zh, batch b (zh07-zh12; all six Traditional: five Hong Kong, one Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: shared/corpora/news-text/zh/README.md, score.py and
# the "Conventions decided" sections of news28/zh and news29/zh (with their labels files' top comments).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 / 港元 = HKD (zh07, zh08, zh09, zh10, zh11); 仙 = HK cents
# (1.15仙 -> 0.0115 HKD); 元人民幣 -> CNY; 美元 -> USD. Taiwan context (zh12): bare 元 / 億元 = TWD. Values fully scaled
# (5,015.7萬元 -> 5.0157e7; 4397億 -> 4.397e11; 1.27萬元人民幣 -> 1.27e4 CNY). Chinese numerals resolved: 一成 / 1成 -> 10 %,
# 兩成 / 二成 -> 20 %, 八家 -> 8, 百億 -> 1e10; 約X / 近X -> X; 逾X -> an open lower bound rng=(X, None), key only when it is
# the passage's only figure for a core quantity (zh11's deal size), otherwise optional; 增逾倍 -> rng=(100, None) %.
# Declines and losses negative (減, 跌, 微降, 下調, 年減, 淨流出, 虧損, 淨損). % vs 個百分點 (pp) as printed.
# Periods only from the text: zh09 prints its dateline 26/02/2026 (-> "2026-02-26"; 去年 -> FY2025); zh12 prints 去（2025）年
# (-> FY2025, 12月 -> 2025-12, 前六月 -> 2025H1); zh08's 2021 / 2020下半年 are printed; zh07 states a half year without a year
# (-> "H1", news28); zh10 and zh11 print no year for their months (-> None, the month in basis; news20 / news29). Page
# metadata, URL dates and the writer's knowledge are never used.
# A figure printed twice (headline / sub-heading and body) is one row; a rounded or hedged restatement is optional. An
# earlier level printed beside a new one is the prior of the new value and also an optional row of its own (news29).
# Broker targets are also target_price metric rows with the broker in basis (news21 / news22), besides the rating action.
# Entities list names as printed plus Traditional / Simplified / English forms and stock codes.


# zh07: HK-listed cosmetics retailer's interim results: Sa Sa International (莎莎國際, 178) half year to end-September
# (am730 財經; the stored page has no headline line, none composed; its two sub-headings "中期息 1.15 仙" and
# "港澳同店銷售升 11.4%" are kept and repeat body figures -> one row each). No year is printed -> period "H1" (the half is
# stated: "9月底止半年"; news28 zh07). 元 = HKD, 仙 = HK cents. Key: net profit 5,015.7萬元 and +54.8%; revenue 19.906億元
# and +6.6%; gross profit 7.55億元 and +4.2%; gross margin 37.9% and -0.9 pp (減0.9個百分點); interim dividend 1.15仙 and
# its +53.3% (多53.3%); payout ratio 71%; Hong Kong & Macau revenue 15.352億元 and +9.4%; HK & Macau offline revenue
# 14.249億元, +8.9% and its 92.8% share; HK & Macau same-store sales +11.4%; 84 stores in HK & Macau; share of sales from
# tourists 42.1% (Hong Kong) and 77.9% (Macau), 51.3% of the region's offline sales combined. Judgement call: "每股盈利1.6元"
# is printed in 元 though the context (profit 5,015.7萬元, dividend 1.15仙, payout 71%) implies 1.6仙; both readings, 1.6
# HKD as printed and 0.016 HKD, are optional rows (the typo is kept in the text). Optional: 26 stores in core tourist areas.
# Not labelled: 9月底 (a date), 178 (code), 第二季 (no figure attached).
SASA = "莎莎國際|莎莎|莎莎國際控股|Sa Sa International|Sa Sa|Sa Sa International Holdings|178|00178"
SASA_HKM = "港澳|港澳業務|香港及澳門|Hong Kong and Macau|Hong Kong & Macau|" + SASA
H7 = "H1"
G["zh07"] = ([
    m("net_profit|profit_attributable|attributable_profit", 5.0157e7, "HKD", SASA, H7,
      basis="半年純利, half year to end-September (9月底止)"),
    m("net_profit_growth|profit_growth", 54.8, "%", SASA, H7, basis="yoy (按年多)"),
    m("revenue", 1.9906e9, "HKD", SASA, H7, basis="營業額"),
    m("revenue_growth", 6.6, "%", SASA, H7, basis="yoy (升)"),
    m("gross_profit", 7.55e8, "HKD", SASA, H7),
    m("gross_profit_growth", 4.2, "%", SASA, H7, basis="yoy (升)"),
    m("gross_margin", 37.9, "%", SASA, H7),
    m("gross_margin_change", -0.9, "pp", SASA, H7, basis="減0.9個百分點"),
    m("eps|basic_eps", 1.6, "HKD", SASA, H7, opt=True, basis="每股盈利1.6元 as printed (likely a typo for 1.6仙)"),
    m("eps|basic_eps", 0.016, "HKD", SASA, H7, opt=True, basis="the 1.6仙 reading of the printed 1.6元"),
    m("interim_dividend|dividend_per_share|dividend|dps", 0.0115, "HKD", SASA, H7,
      basis="每股中期息1.15仙; sub-heading repeats"),
    m("dividend_growth|interim_dividend_growth|dps_growth", 53.3, "%", SASA, H7, basis="yoy (多53.3%)"),
    m("payout_ratio|dividend_payout_ratio", 71, "%", SASA, H7, basis="派息比率"),
    m("segment_revenue|revenue", 1.5352e9, "HKD", SASA_HKM, H7, basis="港澳營業額"),
    m("segment_revenue_growth|revenue_growth", 9.4, "%", SASA_HKM, H7, basis="港澳營業額, yoy (上升)"),
    m("offline_revenue|segment_revenue|revenue", 1.4249e9, "HKD", SASA_HKM, H7, basis="港澳線下營業額"),
    m("offline_revenue_growth|revenue_growth", 8.9, "%", SASA_HKM, H7, basis="港澳線下營業額, yoy (升)"),
    m("offline_share_of_revenue|share_of_revenue|offline_share", 92.8, "%", SASA_HKM, H7,
      basis="offline share of the region's revenue (佔該地區營業額)"),
    m("same_store_sales_growth|sss_growth|same_store_sales", 11.4, "%", SASA_HKM, H7,
      basis="港澳同店銷售 (上升); sub-heading repeats"),
    m("store_count|stores|number_of_stores", 84, "stores", SASA_HKM, None, basis="stores operated in HK & Macau"),
    m("store_count|stores|number_of_stores", 26, "stores", SASA_HKM, None, opt=True,
      basis="of which in core tourist areas (核心旅遊區)"),
    m("tourist_share_of_sales|share_of_sales_from_tourists|share_of_sales", 42.1, "%",
      "香港|Hong Kong|" + SASA, H7, basis="Hong Kong sales from tourists (來自旅客)"),
    m("tourist_share_of_sales|share_of_sales_from_tourists|share_of_sales", 77.9, "%",
      "澳門|Macau|" + SASA, H7, basis="Macau sales from tourists"),
    m("tourist_share_of_sales|share_of_sales_from_tourists|share_of_sales", 51.3, "%", SASA_HKM, H7,
      basis="HK & Macau combined, share of offline sales from tourists (合併計算)"),
], [])

# zh08: one broker note on one Hong Kong stock: Daiwa (大和) trims its BYD (比亞迪, 01211) target 328元 -> 326元 and keeps
# 「買入」 (hkej 信報 即時新聞 大行精選 item; its "大和 比亞迪(01211) / 評級 / 目標價" header block is kept; the stored page has no
# headline line, none composed; the closing "更多券商分析…" promotion line is left out). A target cut with the rating kept ->
# cut_target (the brief's kind names 由…上調至…; no raise passage of adequate length was found in unused stored pages, this
# one reads 由328元,下調至326元). 元 = HKD for the targets and the close; 元人民幣 -> CNY. Key: target 326 HKD with prior 328
# (header and body repeat -> one row); the trim 微降0.6% (-0.6 %); the previous close 211.2元 and the implied 54.4% upside;
# BYD's mainland market share 27% now with prior 18% (2021); the expected per-vehicle operating profit 1.05萬元人民幣 with
# prior 1.27萬元人民幣 (2020下半年). Optional: the previous target 328元, the 2021 share 18% and the 2020H2 profit as rows of
# their own. Not labelled: 01211 (code), Toyota / Tesla orders (no figure), 巴郡減持 (no figure).
BYD = "比亞迪|比亞迪股份|比亚迪|BYD|BYD Company|1211|01211"
DAIWA = "大和|大和資本市場|大和證券|大和資本|Daiwa|Daiwa Capital Markets|Daiwa Securities"
OPV = "operating_profit_per_vehicle|profit_per_vehicle|operating_profit_per_car"
G["zh08"] = ([
    m("target_price", 326, "HKD", BYD, None, prior=328, basis="Daiwa, cut; 買入 kept; header and body repeat"),
    m("target_price", 328, "HKD", BYD, None, opt=True, basis="Daiwa, previous target"),
    m("target_price_change|target_price_cut", -0.6, "%", BYD, None, basis="微降0.6%"),
    m("share_price|price|previous_close|close", 211.2, "HKD", BYD, None, basis="前收市價"),
    m("upside|potential_upside|implied_upside", 54.4, "%", BYD, None, basis="潛在升幅 to the 326元 target"),
    m("market_share", 27, "%", BYD, None, prior=18, basis="內地市佔率, 目前; prior = 2021"),
    m("market_share", 18, "%", BYD, "FY2021", opt=True, basis="內地市佔率 in 2021"),
    m(OPV, 1.05e4, "CNY", BYD, None, prior=1.27e4, basis="Daiwa expects (預期), 1.05萬元人民幣; prior = 2020下半年"),
    m(OPV, 1.27e4, "CNY", BYD, "2020H2", opt=True, basis="2020下半年, 1.27萬元人民幣"),
], [
    ra(DAIWA, BYD, "cut_target", "buy", None, 326, 328, "HKD"),
])

# zh09: Hong Kong market close with southbound flows (etnet 經濟通 財經新聞, Traditional; the headline and the printed
# dateline 26/02/2026 are kept, the headline's repeat inside the page is left out; the passage is cut after the 長和系
# paragraph, before the results-reaction paragraph on 港交所 / 中電 / 銀娛 / 濠賭 and the 希慎 / 攜程 paragraph, to stay near
# 20 key rows). Period "2026-02-26" from the dateline. 元 = HKD. Key: HSI close 26381, -384 points (headline repeats ->
# one row), -1.4%; HSCEI 8814, -220, -2.4%; HSTECH 5109, -151, -2.9%; main-board turnover 近2593億元; southbound (北水) net
# outflow 74億元 (negative) and the two-day cumulative net outflow 114億元 (negative); the UKPN sale's total consideration
# 約1107.5億港元 (entity the CK group / UKPN); 長和 +4.52% at 67元, 長江基建 +4.52% at 67元, 電能 +3.75% at 63.6元, 長實
# +3.04% at 48.06元. Optional: the headline's "北水兩日流出110億" (a rounded restatement that disagrees with the body's 114億;
# judgement call: optional, as a restatement), the expected disposal gain 約百億 (1e10, a rough expectation). Not labelled:
# 連續第二日 (a streak), 四子 / 前四 (ranks), stock codes, US.NVDA.
D9 = "2026-02-26"
HSI9 = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSC9 = "恒生中國企業指數|國企指數|國指|恒生中国企业指数|Hang Seng China Enterprises Index|HSCEI"
HST9 = "恒生科技指數|科指|恒生科技指数|Hang Seng TECH Index|HSTECH"
MAIN9 = "主板|大市|港股|Hong Kong market|HKEX Main Board"
SB9 = "北水|南向資金|港股通|滬深港股通|Southbound Stock Connect|southbound"
CKG9 = "長和系|UK Power Networks|UKPN|長江基建|電能實業|長實|CK Group|CK Infrastructure|Power Assets|CK Asset"
CKH9 = "長和|長江和記|長江和記實業|CK Hutchison|CK Hutchison Holdings|00001"
CKI9 = "長江基建|長建|長江基建集團|CK Infrastructure|CKI|1038|01038"
PA9 = "電能|電能實業|Power Assets|Power Assets Holdings|00006"
CKA9 = "長實|長實集團|長江實業|長江實業集團|CK Asset|CK Asset Holdings|1113|01113"
IL, IC, ICP = "index_level|close", "index_change", "index_change|index_change_pct|index_return"
PC = "price_change|share_price_change"
PX = "share_price|price|close"
NF = "net_flow|southbound_net_flow|net_inflow|net_buying"
G["zh09"] = ([
    m(IL, 26381, "points", HSI9, D9, basis="close (全日收報)"),
    m(IC, -384, "points", HSI9, D9, basis="全日跌384點; headline repeats"),
    m(ICP, -1.4, "%", HSI9, D9),
    m(IL, 8814, "points", HSC9, D9, basis="close"),
    m(IC, -220, "points", HSC9, D9),
    m(ICP, -2.4, "%", HSC9, D9),
    m(IL, 5109, "points", HST9, D9, basis="close"),
    m(IC, -151, "points", HST9, D9),
    m(ICP, -2.9, "%", HST9, D9),
    m("turnover|trading_value|market_turnover", 2.593e11, "HKD", MAIN9, D9, basis="主板成交近2593億元"),
    m(NF, -7.4e9, "HKD", SB9, D9, basis="net outflow (淨流出), second straight day"),
    m(NF, -1.14e10, "HKD", SB9, D9, basis="two-day cumulative net outflow (累計兩日), to 26/02/2026"),
    m(NF, -1.1e10, "HKD", SB9, D9, opt=True, basis="headline 北水兩日流出110億 (rounded restatement; body says 114億)"),
    m("deal_value|consideration|disposal_consideration|transaction_value", 1.1075e11, "HKD", CKG9, None,
      basis="sale of 100% of UKPN to Engie, 總基本代價約1107.5億港元"),
    m("disposal_gain|gain_on_disposal", 1e10, "HKD", CKG9, None, opt=True, basis="出售收益料約百億 (expected, rounded)"),
    m(PC, 4.52, "%", CKH9, D9, basis="漲"), m(PX, 67, "HKD", CKH9, D9),
    m(PC, 4.52, "%", CKI9, D9, basis="同升"), m(PX, 67, "HKD", CKI9, D9),
    m(PC, 3.75, "%", PA9, D9), m(PX, 63.6, "HKD", PA9, D9),
    m(PC, 3.04, "%", CKA9, D9), m(PX, 48.06, "HKD", CKA9, D9),
], [])

# zh10: Hong Kong merchandise trade for November (HK01 財經快訊, Traditional; the photo caption is left out; no headline
# line is in the stored text, none composed; the sub-headings "首11個月出口按年升14.3%" and "從越南進口增逾倍" are kept; the
# passage ends before the commodity-group paragraph, whose last sentence breaks off unfinished in the stored page). No year
# is printed ("今日（29日）", "今年10月份") -> period None with the month in basis (news20 zh09). Government statistics in bare
# 元 = HKD. Following news20 zh09: the visible trade deficit is a positive trade_deficit; its ratio to imports optional;
# destinations and supply sources own their growth rates (export_growth for 輸往 X, import_growth for 來自 X). October's
# growth printed before November's ("繼今年10月份錄得17.5%的按年升幅後") is November's prior and an optional row of its own;
# the source's "約10月份" (a typo for 繼) is kept in the text and read the same way. The lead's 18.8% / 18.1% and the
# sub-heading's 14.3% repeat the body -> one row each. Key: exports 4,689億元, +18.8% (prior 17.5%); imports 5,174億元,
# +18.1% (prior 18.3%); deficit 485億元; first-11-months exports +14.3%, imports +14.1%, deficit 3,828億元; exports to Asia
# +17.1%, Malaysia +72.0%, Vietnam +54.9%, Taiwan +45.3%, Thailand +39.6%, the Mainland +16.4%, the US +44.4%, the
# Netherlands +36.4%; imports from Vietnam +102.3%, the Mainland +25.0%, Malaysia +21.1%, the UK +19.7%, the US +17.8%.
# Optional: the October growth rates as rows, the two deficit-to-imports ratios (9.4%, 7.5%), the sub-heading's 增逾倍 for
# imports from Vietnam (rng (100, None) %). Not labelled: 29日 (a date), "優於預期" (no figure).
HK10 = "香港|本港|Hong Kong"
M10, Y10 = "11月份", "今年首11個月"
EXP = "export_growth|exports_growth"
IMP = "import_growth|imports_growth"


def dest(ent, v):
    return m(EXP, v, "%", ent, None, basis="HK exports to, yoy, " + M10)


def src(ent, v):
    return m(IMP, v, "%", ent, None, basis="HK imports from, yoy, " + M10)


CNM = "內地|中國內地|Mainland China|China"
US10 = "美國|United States|US"
VN10 = "越南|Vietnam"
MY10 = "馬來西亞|Malaysia"
G["zh10"] = ([
    m("exports|export_value", 4.689e11, "HKD", HK10, None, basis="商品整體出口貨值, " + M10),
    m(EXP, 18.8, "%", HK10, None, prior=17.5, basis="yoy, " + M10 + "; prior = 10月份; lead repeats"),
    m(EXP, 17.5, "%", HK10, None, opt=True, basis="yoy, 10月份"),
    m("imports|import_value", 5.174e11, "HKD", HK10, None, basis="商品進口貨值, " + M10),
    m(IMP, 18.1, "%", HK10, None, prior=18.3, basis="yoy, " + M10 + "; prior = 10月份 (printed 約10月份); lead repeats"),
    m(IMP, 18.3, "%", HK10, None, opt=True, basis="yoy, 10月份 (printed 約10月份)"),
    m("trade_deficit|visible_trade_deficit", 4.85e10, "HKD", HK10, None, basis="有形貿易逆差, " + M10),
    m("trade_deficit_ratio|trade_deficit_to_imports", 9.4, "%", HK10, None, opt=True,
      basis="deficit as % of imports, " + M10),
    m(EXP, 14.3, "%", HK10, None, basis="yoy, " + Y10 + "; sub-heading repeats"),
    m(IMP, 14.1, "%", HK10, None, basis="yoy, " + Y10),
    m("trade_deficit|visible_trade_deficit", 3.828e11, "HKD", HK10, None, basis="有形貿易逆差, " + Y10),
    m("trade_deficit_ratio|trade_deficit_to_imports", 7.5, "%", HK10, None, opt=True,
      basis="deficit as % of imports, " + Y10),
    dest("亞洲|Asia", 17.1),
    dest(MY10, 72.0), dest(VN10, 54.9), dest("台灣|Taiwan", 45.3), dest("泰國|Thailand", 39.6), dest(CNM, 16.4),
    dest(US10, 44.4), dest("荷蘭|Netherlands|the Netherlands", 36.4),
    src(VN10, 102.3), src(CNM, 25.0), src(MY10, 21.1), src("英國|United Kingdom|UK", 19.7), src(US10, 17.8),
    m(IMP, None, "%", VN10, None, rng=(100, None), opt=True, basis="sub-heading 從越南進口增逾倍"),
], [])

# zh11: Hong Kong IPO at subscription: Mixue Group (蜜雪集團, 2097), first day of margin subscriptions (Sing Tao 星島
# stheadline.com 股市, Traditional; the headline and the printed "發佈時間:09:24 2025-02-22 HKT" are kept; the stored excerpt
# breaks off in the sentence after 陳英傑's first one ("他預計,抽乙組…升幅或約"), so the passage ends at his first sentence).
# Periods None (IPO terms and subscription statistics; the first subscription day is in basis). 元 / 億元 = HKD; 美元 ->
# USD. Key: deal size 集資逾34.5億元 (an open lower bound, key as the passage's only figure for the amount raised; judgement
# call); first-day margin 約4397億元 and oversubscription 近1273倍 (headline and body repeat -> one row each); 布魯可's first-
# day margin 3578.9億元; shares offered 近1706萬股; offer price 202.5元 (「一口價」); margin lent by 富途 約2342億 and by 輝立
# 1336億 (their own rows, news29: per-broker / per-fund flows are key); cornerstone subscription 2億美元; P/E 約16倍. Optional:
# the lead's "集資逾34億元" (rounded bound); the rumoured floor 約5億美元 and its bracketed 約39億港元; the analyst's 乙組 success
# rate 約1% and expected first-day gain 約兩成 (the headline's 看升兩成 repeats it); the 1成 public tranche; lot size 100股 and
# entry fee 20454.2元 with the sub-heading's rounded 20454元; the 8 brokers under SFC review; 富途's 108倍 / 200倍 leverage and
# its 100萬元 asset threshold; 輝立's 99% margin (100倍); 5 cornerstone investors, their 約15.6億港元 conversion and 逾45% share.
# Not labelled: 龍年首兩隻 (a count of IPOs), 下周三 / 3月3日 (dates), V2 / V3 (tiers), stock codes.
MX = "蜜雪集團|蜜雪冰城|蜜雪|Mixue Group|Mixue|Mixue Bingcheng|2097|02097"
BLK = "布魯可|Bloks|Bloks Group|325|00325"
FUTU = "富途|富途證券|Futu|Futu Securities"
PHIL = "輝立|輝立證券|Phillip Securities|Phillip|PhillipCapital"
MRG = "margin_subscription|margin_financing|margin_loans|ipo_margin"
LEV = "margin_leverage|leverage|financing_leverage"
G["zh11"] = ([
    m("funds_raised|ipo_proceeds|proceeds", None, "HKD", MX, None, rng=(3.45e9, None), basis="集資逾34.5億元"),
    m("funds_raised|ipo_proceeds|proceeds", None, "HKD", MX, None, rng=(3.4e9, None), opt=True, basis="lead 集資逾34億元"),
    m("rumoured_fundraising_floor|funds_raised", 5e8, "USD", MX, None, opt=True, basis="早前市傳集資額下限約5億美元"),
    m("rumoured_fundraising_floor|funds_raised", 3.9e9, "HKD", MX, None, opt=True, basis="bracketed 約39億港元"),
    m(MRG, 4.397e11, "HKD", MX, None, basis="首日孖展 約4397億元 (first subscription day); headline and body repeat"),
    m("oversubscription|oversubscription_multiple", 1273, "x", MX, None,
      basis="超購近1273倍, HK public offer, first day; headline and body repeat"),
    m(MRG, 3.5789e11, "HKD", BLK, None, basis="布魯可's first-day margin (首日孖展額)"),
    m("allotment_ratio|success_rate|ballot_rate", 1, "%", MX, None, opt=True, basis="乙組平均中籤率約1%, analyst estimate"),
    m("first_day_gain|price_change|expected_first_day_gain", 20, "%", MX, None, opt=True,
      basis="首日掛牌升幅或約兩成 (analyst estimate); headline 看升兩成 repeats"),
    m("offer_shares|shares_offered|global_offering_shares", 1.706e7, "shares", MX, None, basis="發行近1706萬股"),
    m("public_offer_share|offer_share_pct", 10, "%", MX, None, opt=True, basis="1成為香港公開發售"),
    m("ipo_price|offer_price", 202.5, "HKD", MX, None, basis="招股價「一口價」"),
    m("lot_size|board_lot", 100, "shares", MX, None, opt=True, basis="一手100股"),
    m("entry_fee|minimum_subscription", 20454.2, "HKD", MX, None, opt=True, basis="一手入場費"),
    m("entry_fee|minimum_subscription", 20454, "HKD", MX, None, opt=True, basis="sub-heading, rounded"),
    m(MRG, 2.342e11, "HKD", FUTU, None, basis="margin lent for the Mixue IPO (借出約2342億)"),
    m(MRG, 1.336e11, "HKD", PHIL, None, basis="margin lent for the Mixue IPO (借出1336億元)"),
    m("brokers_under_review|count", 8, "brokers", "證監會|SFC|Securities and Futures Commission", None, opt=True,
      basis="8間券商 under thematic review"),
    m(LEV, 108, "x", FUTU, None, opt=True, basis="108倍銀行融資槓桿, all clients"),
    m(LEV, 200, "x", FUTU, None, opt=True, basis="200倍, V2 / V3 / private clients with assets over 100萬元"),
    m("client_asset_threshold|asset_threshold", 1e6, "HKD", FUTU, None, opt=True, basis="資產100萬元以上"),
    m("margin_ratio|margin_financing_ratio", 99, "%", PHIL, None, opt=True, basis="99%孖展"),
    m(LEV, 100, "x", PHIL, None, opt=True, basis="(100倍)"),
    m("cornerstone_investors|count", 5, "investors", MX, None, opt=True, basis="5名基石投資者"),
    m("cornerstone_subscription|cornerstone_investment", 2e8, "USD", MX, None, basis="合共認購價值2億美元"),
    m("cornerstone_subscription|cornerstone_investment", 1.56e9, "HKD", MX, None, opt=True, basis="bracketed 約15.6億港元"),
    m("cornerstone_share|cornerstone_pct", None, "%", MX, None, rng=(45, None), opt=True, basis="佔是次發售逾45%"),
    m("pe_ratio|pe|price_earnings_ratio", 16, "x", MX, None, basis="市盈率(PE)約16倍, per 輝立's 陳英傑"),
], [])

# zh12: Taiwan results-season roundup: the 13 listed financial holding companies' December and full-year 2025 profits
# (ETtoday 新聞雲 財經, Traditional; the photo caption is left out, the byline "記者巫彩蓮／台北報導" is kept; the stored page has no
# headline line, none composed; the excerpt breaks off in the sentence "就獲利成長性來看，…(上半年虧損 295億", so the passage
# ends before it). Year from the text: 去（2025）年 -> FY2025; 12月 / 單月 -> 2025-12; 新光金's 去年前六月 -> 2025H1. 元 / 億元
# = TWD. Losses negative (新光金's 虧損295.47億元, 國泰金's 稅後淨損8.5億元); 年減二成 -> -20 %, 年減2.88% -> -2.88. Key: the 13
# companies' December profit 258.28億元, full-year 5863.18億元 and its 年增率 1.55%; 新光金's H1 loss; the total excluding it
# 5567.69億元; 富邦人壽's one-off reserve 281億元 and the December profit 1.4億元 (subject left implicit in the text: entity
# 富邦人壽 or 富邦金); 國泰人壽's 217.5億元 reserve and 國泰金's December net loss 8.5億元; full-year net profit, change and EPS
# of 富邦金 (1208.5億元, -20%, 8.36元) and 國泰金 (1079.9億元, -2.88%, 7.08元); 中信金 806.19億元 and EPS 4.08元; 台新金
# 373.6億元, 元大金 365.21億 (no 元 printed, TWD), 兆豐金 350.96億元 (printed twice, the second "350.96 億元" with a space -> one
# row), 玉山金 342.87億元, 凱基金 300.13億元; 兆豐金 EPS 2.37元; 第一金 269.33億元 (printed "稅後淨269.33 億元"); 華南金 EPS
# 1.9元 and 第一金 EPS 1.87元. Optional: the count of record-setting companies (八家), the 30% reserve rate (printed twice: the
# rule and 富邦人壽's provision), 合庫金's 突破200億元 (lower bound). Not labelled: the stock codes, 連續17年 (a streak),
# 300億元 (a threshold), 四家 / 13家 (counts of companies named in the frame).
FY12, M12, H12 = "FY2025", "2025-12", "2025H1"
ALL12 = "13家上市金控|13家金控|上市金控|13家公控|Taiwan listed financial holding companies|13 financial holding companies"
FUBON = "富邦金|富邦金控|富邦金融控股|Fubon Financial|Fubon Financial Holding|Fubon|2881"
FUBON_L = "富邦人壽|Fubon Life|" + FUBON
CATHAY = "國泰金|國泰金控|國泰金融控股|Cathay Financial|Cathay Financial Holding|2882"
CATHAY_L = "國泰人壽|國泰金旗下人壽|Cathay Life|" + CATHAY
CTBC = "中信金|中信金控|中國信託金控|CTBC Financial|CTBC Financial Holding|CTBC|2891"
TSH = "台新金|台新新光金|台新金控|Taishin Financial|Taishin Financial Holding|Taishin|2887"
YUANTA = "元大金|元大金控|Yuanta Financial|Yuanta Financial Holding|Yuanta|2885"
MEGA = "兆豐金|兆豐金控|Mega Financial|Mega Financial Holding|Mega|2886"
ESUN = "玉山金|玉山金控|E.Sun Financial|E.Sun Financial Holding|E.Sun|2884"
KGI = "凱基金|凱基金控|KGI Financial|KGI Financial Holding|KGI|2883"
FIRST = "第一金|第一金控|First Financial|First Financial Holding|2892"
HUANAN = "華南金|華南金控|Hua Nan Financial|Hua Nan Financial Holding|Hua Nan|2880"
TCB = "合庫金|合庫金控|Taiwan Cooperative Financial|Taiwan Cooperative Financial Holding|5880"
SK = "新光金|新光金控|Shin Kong Financial|Shin Kong Financial Holding|Shin Kong|2888"
NP = "net_profit|net_income|profit_after_tax"
NPG = "net_profit_growth|net_income_growth|profit_growth"
RSV = "fx_valuation_reserve|reserve_provision|provision|foreign_exchange_reserve"
G["zh12"] = ([
    m(NP, 2.5828e10, "TWD", ALL12, M12, basis="13 companies combined, December (12月稅後淨利合計)"),
    m(NP, 5.86318e11, "TWD", ALL12, FY12, basis="13 companies combined, full year (全年賺進)"),
    m(NPG, 1.55, "%", ALL12, FY12, basis="yoy (年增率)"),
    m("net_loss|net_profit|loss", -2.9547e10, "TWD", SK, H12, basis="新光金 loss in the first six months (去年前六月虧損)"),
    m(NP, 5.56769e11, "TWD", ALL12, FY12, basis="total excluding 新光金's first-half loss (若扣除…獲利總計)"),
    m("record_high_companies|count", 8, "companies", ALL12, FY12, opt=True, basis="八家創史上新高"),
    m("reserve_rate|provision_rate", 30, "%", "壽險業者|life insurers|" + FUBON_L, FY12, opt=True,
      basis="rule: 30% of year-end pre-tax profit to the FX valuation reserve"),
    m("reserve_rate|provision_rate", 30, "%", FUBON_L, M12, opt=True, basis="富邦人壽 一次提存30%"),
    m(RSV, 2.81e10, "TWD", FUBON_L, M12, basis="富邦人壽 one-off FX price-change reserve (281億元)"),
    m(NP, 1.4e8, "TWD", FUBON_L, M12, basis="December profit (單月只賺1.4億元), subject implicit"),
    m(RSV, 2.175e10, "TWD", CATHAY_L, M12, basis="國泰金's life unit, one-off FX reserve (217.5億元)"),
    m("net_loss|net_profit|loss", -8.5e8, "TWD", CATHAY, M12, basis="December net loss (稅後淨損), the only loss-maker"),
    m(NP, 1.2085e11, "TWD", FUBON, FY12, basis="全年合併稅後淨利"),
    m(NPG, -20, "%", FUBON, FY12, basis="年減二成"),
    m("eps", 8.36, "TWD", FUBON, FY12, basis="每股稅後盈餘"),
    m(NP, 1.0799e11, "TWD", CATHAY, FY12, basis="全年稅後淨利"),
    m(NPG, -2.88, "%", CATHAY, FY12, basis="年減"),
    m("eps", 7.08, "TWD", CATHAY, FY12),
    m(NP, 8.0619e10, "TWD", CTBC, FY12),
    m("eps", 4.08, "TWD", CTBC, FY12),
    m(NP, 3.736e10, "TWD", TSH, FY12),
    m(NP, 3.6521e10, "TWD", YUANTA, FY12, basis="365.21億 (no 元 printed)"),
    m(NP, 3.5096e10, "TWD", MEGA, FY12, basis="printed twice (350.96億元, 350.96 億元) -> one row"),
    m(NP, 3.4287e10, "TWD", ESUN, FY12),
    m(NP, 3.0013e10, "TWD", KGI, FY12),
    m("eps", 2.37, "TWD", MEGA, FY12, basis="EPS 2.37 元, top of the four state-owned FHCs"),
    m(NP, 2.6933e10, "TWD", FIRST, FY12, basis="稅後淨269.33 億元"),
    m("eps", 1.9, "TWD", HUANAN, FY12),
    m("eps", 1.87, "TWD", FIRST, FY12),
    m(NP, None, "TWD", TCB, FY12, rng=(2e10, None), opt=True, basis="首度突破200億元大關"),
], [])
