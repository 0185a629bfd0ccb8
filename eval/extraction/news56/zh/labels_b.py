# Hand labels for news56/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets, three Taiwan
# outlets; see batch_b.md). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six
# texts alone: no project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end),
# no extractor output was seen, and no extractor code, plugin, test, docs page or other batch's file was read; of the
# earlier sets' gold files only the "unit" values were grepped (as the brief asks, to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news54/zh and news55/zh (their "Conventions decided" sections) and the labels files of news54/zh and
# news55/zh, with the precedents named below (news42 zh05 for an airline's monthly traffic with its load factor as a
# level plus a pp change; news52 zh09 / news54 zh09 for comparisons "vs 2019"; news55 zh01 / news52 zh06 for a broker's
# target change in % as a key metric row; news5 zh15 for a forecast revision over a span of years "FY2025-FY2026";
# news55 zh04 for counts defined by a threshold; news26 zh12 for the CNA date code, which is not labelled).
# Currency: Hong Kong items' bare 元 / 億元 = HKD (zh07 has no money, zh08); 港元 and 億元人民幣 as printed (zh09: HKD
# targets, CNY forecasts); Taiwan items' bare 元 / 億元 = TWD (zh10, zh11 where 新台幣 is printed once; zh12 has no money).
# A price per unit (per 度 = kWh, per sq ft of floor area) is labelled in the currency alone with the basis saying "per
# kWh" / "per sq ft" (as the development corpus's 吨价 in CNY).
# Values fully scaled (25.39萬人次 -> 253900 passengers; 10.05萬公噸 -> 100500 tonnes; 144.394億元 -> 1.44394e10;
# 3630億元人民幣 -> 3.63e11; 1,360萬 -> 1.36e7; 11兆5292億元 -> 1.15292e13; 3萬5073輛 -> 35073). 個百分點 = pp. 約X / 近X -> X
# (近八成 -> 80 %). Declines negative (下跌, 減少, 年減, 下降, 虧損 as a negative profit); 增加 / 上升 / 升 / 年增 / 月增 /
# 大增 / 反彈 / 調漲 / 調升 / 提高 positive. Open bounds (逾, 超過, 少於, 低於) are optional ranges unless a result in
# their own right. A figure printed twice (headline or sub-heading and body, or a lead restated later) is one key row
# and an optional twin; a rounded headline figure is the optional twin; "由A…至B" gives value B with prior A plus an
# optional row for A. Tier thresholds (700度…), counts of quarters / years in "近N個季度" / "近四個年度" phrases and the
# Nth-time count are optional.
# Count units as earlier sets spell them: "passengers", "tonnes", "plots", "quarters", "times", "years", "customers",
# "vehicles", "rank", "kWh", "x" for multiples; the lenient "count" for a number of standard deviations.
# Brokers' ratings and targets (zh09) are in the rating action only; the target's % change is a key metric row.
# Periods only where the text states or clearly implies the year: zh07 2022-08 and 2022-01..08 ("今年8月份" beside the
# printed "在2022年首8個月"); zh08 None (本季, 本財政年度, 去年第四季, 今年二月, 去年四月 with no year printed); zh09 FY2026
# (printed "2026年", and "明年" under the printed dateline 10/03/2025), FY2024 and 2024Q4 ("2024年", "去年第四季" under the
# 2025 dateline), FY2024-FY2026 for "2024至26年", None for the year-to-date move; zh10 None (昨（19）日, 10月起, 今年1到7月
# with no year printed); zh11 None (11月 / 10月 with no year printed; "民國112年8月" is only the reference of a low; the CNA
# code 1141218 is not used); zh12 None (今年一月, no year printed). Addresses, dropped page chrome (page date lines, a
# photo caption, quote tickers) and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Cathay Pacific's monthly passenger and cargo traffic (匯港通訊 on Yahoo 財經 HK; Traditional, half-width commas as
# printed, the stray space in "運力上升1.6%, 收入乘客千米數" kept; headline kept, reworded ("載客量按年增87.6% 貨運量則跌
# 15.6%" -> "客運量按年升87.6% 貨運量反跌15.6%"); the page's market-quote strip, "廣告" and the opening-time line left out;
# the stored text breaks off inside "以可用貨物噸千米數計算的運力則按年減少11.1%," (cut mid-sentence), so the passage
# ends with the sentence before it).
# Key: passengers 25.39萬人次 (+87.6% yoy, -91.3% vs 2019-08); RPK +82.7% yoy (-86.1% vs 2019-08); passenger load factor
# +22.2 pp to 68.6%; ASK capacity +23.5% yoy (-83.8% vs 2019-08); first eight months: passengers +133.5%, capacity +1.6%,
# RPK +141.9%; cargo 10.05萬公噸 (-15.6% yoy, -35% vs 2019-08); cargo RTK -23.3% yoy (-35.1% vs 2019-08); cargo load
# factor -10.7 pp to 67%.
# Optional: the headline's 87.6% and 15.6% (twins).
# Judgement calls: as news42 zh05, capacity (可用座位千米數) and traffic (收入乘客千米數 / 貨物收入噸千米數) growths are rows
# on the airline, the load factor a level plus a pp change (no prior level printed); comparisons with 2019年8月 are key
# growth rows with "vs 2019-08" in basis (news52 zh09); "今年8月份" with "2022年首8個月" printed -> 2022-08 and
# 2022-01..08; the headline's "跌15.6%" and the body's "按年減少15.6%" are one fact (-15.6).
CX7 = "國泰航空|國泰|Cathay Pacific|Cathay Pacific Airways|Cathay|00293|293"
M7, Y7 = "2022-08", "2022-01..08"
PAX7 = "passengers|passengers_carried|passenger_volume|passenger_traffic|passenger_numbers"
PAXG7 = "passenger_growth|passengers_growth|passenger_volume_growth|passengers_carried_growth|passenger_traffic_growth"
RPK7 = "rpk_growth|passenger_traffic_growth|revenue_passenger_km_growth|revenue_passenger_kilometres_growth"
CAP7 = "capacity_growth|ask_growth|passenger_capacity_growth|available_seat_km_growth"
LF7, LFC7 = "load_factor|passenger_load_factor", "load_factor_change|passenger_load_factor_change"
CG7 = "cargo_volume|cargo_carried|cargo_tonnage|cargo|cargo_and_mail"
CGG7 = "cargo_volume_growth|cargo_growth|cargo_carried_growth|cargo_tonnage_growth"
RTK7 = "cargo_rtk_growth|rtk_growth|cargo_revenue_tonne_km_growth|cargo_traffic_growth"
CLF7, CLFC7 = "cargo_load_factor|load_factor", "cargo_load_factor_change|load_factor_change"
G["zh07"] = ([
    m(PAX7, 253900, "passengers", CX7, M7, basis="載客25.39萬人次"),
    m(PAXG7, 87.6, "%", CX7, M7, basis="yoy, 按年增加"),
    m(PAXG7, 87.6, "%", CX7, M7, opt=True, basis="headline twin"),
    m(PAXG7 + "|passenger_change_vs_2019", -91.3, "%", CX7, M7, basis="vs 2019-08 (疫情前), 下跌"),
    m(RPK7, 82.7, "%", CX7, M7, basis="收入乘客千米數, yoy"),
    m(RPK7, -86.1, "%", CX7, M7, basis="收入乘客千米數, vs 2019-08, 減少"),
    m(LFC7, 22.2, "pp", CX7, M7, basis="乘客運載率, 增加…至"),
    m(LF7, 68.6, "%", CX7, M7, basis="乘客運載率"),
    m(CAP7, 23.5, "%", CX7, M7, basis="運力 (可用座位千米數), yoy"),
    m(CAP7, -83.8, "%", CX7, M7, basis="運力, vs 2019-08, 下跌"),
    m(PAXG7, 133.5, "%", CX7, Y7, basis="首8個月 載客人次, yoy"),
    m(CAP7, 1.6, "%", CX7, Y7, basis="首8個月 運力, yoy"),
    m(RPK7, 141.9, "%", CX7, Y7, basis="首8個月 收入乘客千米數, yoy"),
    m(CG7, 100500, "tonnes", CX7, M7, basis="運載10.05萬公噸貨物"),
    m(CGG7, -15.6, "%", CX7, M7, basis="yoy, 按年減少"),
    m(CGG7, -15.6, "%", CX7, M7, opt=True, basis="headline twin (貨運量反跌15.6%)"),
    m(CGG7 + "|cargo_change_vs_2019", -35, "%", CX7, M7, basis="vs 2019-08, 減少"),
    m(RTK7, -23.3, "%", CX7, M7, basis="貨物收入噸千米數, yoy (較去年同月)"),
    m(RTK7, -35.1, "%", CX7, M7, basis="貨物收入噸千米數, vs 2019-08"),
    m(CLFC7, -10.7, "pp", CX7, M7, basis="貨物運載率, 下跌…至"),
    m(CLF7, 67, "%", CX7, M7, basis="貨物運載率"),
], [])


# zh08: Hong Kong government land sales, quarterly and for the financial year (東方日報 orientaldaily.on.cc 財經, in the
# address 20150330 only; Traditional, half-width commas and brackets as printed; headline kept, reworded around 144億 /
# 53% (套 -> 進帳, 彈 -> 按季反彈); the two sub-headings kept, reworded around 8幅 and 14%; whole stored item).
# Key: this quarter's land-sale revenue 約144.394億元 (prior quarter 約94.339億元), +約53.1% qoq; 8 sites sold, 2 more than
# the previous quarter (去年第四季); the financial year's revenue 約488.253億元, 約83.38億元 less than the year before,
# -約14.6%; the 觀塘 commercial site won by 領匯 with 南豐 for 58.6億元; the 筆架山龍翔道 luxury site sold for 23.898億元 at
# 樓面呎價 20,534元; 9 sites sold below 5億元; the 沙田大圍美田路 site 約1.48億元 (the year's smallest).
# Optional: the body's second 144.394億元 and 53.1% (twins); the headline's 144億 and 53% (rounded twins); the previous
# quarter's 94.339億元 (a prior); the sub-heading's and the body's later 8幅 (twins); the second "少約83.38億元" (twin);
# the sub-heading's 14% (rounded twin); the "逾百億元" / "超過百億元" bounds; 11 quarters and 第十次 (twice each); 近四個
# 年度 (twice); the 5億元 threshold of the count.
# Judgement calls: no year is printed (本季, 本財政年度, 去年第四季, 今年二月, 去年四月) -> period None throughout; the
# quarter's total carries the previous quarter's 94.339億元 as prior (printed "較上季錄得的約94.339億元,大增約53.1%至約
# 144.394億元"); the financial year's fall is a key HKD change row (-8.338e9) and a key % row (-14.6); site prices are
# rows on the site with the buyer as alias; 樓面呎價 is HKD per sq ft of floor area (basis); "多達9幅…低於5億元" is a key
# count with the threshold optional (news55 zh04); "比去年第四季多出2幅" is a key +2 plots change; "近四個年度新低"
# gives only an optional 4 years.
GOV8 = "香港政府|政府|特區政府|香港特區政府|地政總署|庫房|Hong Kong government|HK government|Lands Department"
LS8 = "land_sale_revenue|land_sales|land_premium|land_sale_proceeds|land_revenue"
LSG8 = "land_sale_revenue_growth|land_sales_growth|land_premium_growth|land_revenue_growth"
LSC8 = "land_sale_revenue_change|land_sales_change|land_premium_change|land_revenue_change"
PL8 = "plots_sold|sites_sold|land_plots|plots|number_of_sites"
LP8 = "land_price|sale_price|winning_bid|transaction_price|land_premium"
KT8 = "觀塘鴻業街、偉業街、順業街與海濱道交界商業地|觀塘商業地|觀塘商地|觀塘|領匯|南豐|00823|Link REIT|Nan Fung"
BK8 = "九龍筆架山龍翔道豪宅地|筆架山龍翔道豪宅地|筆架山龍翔道|龍翔道豪宅地|筆架山"
ST8 = "沙田大圍美田路住宅地|沙田大圍美田路|美田路住宅地|沙田"
G["zh08"] = ([
    m(LS8, 1.44394e10, "HKD", GOV8, None, prior=9.4339e9, basis="本季, 約; 較上季約94.339億元"),
    m(LS8, 1.44394e10, "HKD", GOV8, None, opt=True, basis="second printing (地政總署 paragraph)"),
    m(LS8, 1.44e10, "HKD", GOV8, None, opt=True, basis="headline, rounded 144億"),
    m(LS8, 9.4339e9, "HKD", GOV8, None, opt=True, basis="上季, 約 (prior level)"),
    m(LSG8, 53.1, "%", GOV8, None, basis="qoq, 約, 反彈"),
    m(LSG8, 53.1, "%", GOV8, None, opt=True, basis="second printing, 大增約53.1%"),
    m(LSG8, 53, "%", GOV8, None, opt=True, basis="headline, rounded"),
    m(PL8, 8, "plots", GOV8, None, basis="sites sold this quarter (住宅、商業及工業)"),
    m(PL8, 8, "plots", GOV8, None, opt=True, basis="sub-heading twin"),
    m(PL8, 8, "plots", GOV8, None, opt=True, basis="second printing (地政總署 paragraph)"),
    m("plots_sold_change|sites_sold_change|plots_change", 2, "plots", GOV8, None, basis="vs 去年第四季, 多出2幅"),
    m(LS8, None, "HKD", GOV8, None, rng=(1e10, None), opt=True, basis="錄得逾百億元, 10th time in 11 quarters"),
    m(LS8, None, "HKD", GOV8, None, rng=(1e10, None), opt=True, basis="超過百億元, second printing"),
    m("quarters|period_length", 11, "quarters", GOV8, None, opt=True, basis="近11個季度"),
    m("quarters|period_length", 11, "quarters", GOV8, None, opt=True, basis="過去11個季度, second printing"),
    m("occurrences|count", 10, "times", GOV8, None, opt=True, basis="第十次"),
    m("occurrences|count", 10, "times", GOV8, None, opt=True, basis="第十次, second printing"),
    m(LS8, 4.88253e10, "HKD", GOV8, None, basis="本財政年度 全年度, 約"),
    m(LSC8, -8.338e9, "HKD", GOV8, None, basis="full financial year vs 上年度, 減少約"),
    m(LSC8, -8.338e9, "HKD", GOV8, None, opt=True, basis="second printing, 少約"),
    m(LSG8, -14.6, "%", GOV8, None, basis="full financial year, yoy, 約"),
    m(LSG8, -14, "%", GOV8, None, opt=True, basis="sub-heading, rounded (縮減14%)"),
    m("years|period_length", 4, "years", GOV8, None, opt=True, basis="近四個年度新低"),
    m("years|period_length", 4, "years", GOV8, None, opt=True, basis="近四個年度, second printing"),
    m(LP8, 5.86e9, "HKD", KT8, None, basis="won by 領匯 (00823) with 南豐; record commercial site, the year's highest"),
    m(LP8, 2.3898e9, "HKD", BK8, None, basis="批出 今年二月 (no year printed)"),
    m("land_price_per_sq_ft|accommodation_value|floor_price|price_per_square_foot|price_per_sq_ft", 20534, "HKD", BK8,
      None, basis="樓面呎價, per sq ft of floor area; a Kowloon record"),
    m(PL8, 9, "plots", GOV8, None, basis="sites sold this financial year below 5億元 (多達)"),
    m(LP8, None, "HKD", GOV8, None, rng=(None, 5e8), opt=True, basis="threshold defining the count (低於5億元)"),
    m(LP8, 1.48e8, "HKD", ST8, None, basis="約; 去年四月; the year's smallest"),
], [])


# zh09: UBS downgrades Xiaomi while raising its target (經濟通 《外資精點》 on an etnet warrant-quote page,
# 202.62.215.22; Traditional, half-width commas, 「」 and the leading spaces of paragraphs as printed; the dateline
# "10/03/2025 12:56" kept; headline kept, reworded around 近八成; the two starred sub-headings kept, reworded, in their
# printed places; the warrant quote strip above the item ("68937 騰訊摩利八七熊D …") and the trailing 編者按 disclaimer
# left out; whole stored item otherwise).
# Key: target +79% (33.5 -> 60港元, in the rating action); share price +60% year to date; the target's implied 2026 core
# P/E 23.8 x against Apple's 28.7 x; the EV business's 2026 P/S 2 x against BYD's 0.9 x and Tesla's 6.4 x; core earnings
# forecasts for 2024-26 raised by 2% to 23%; UBS's 2024Q4 expectations: smartphone shipments +5.4% yoy, IoT revenue
# 約300億元人民幣; its 2024 estimates: revenue 3630億元人民幣, adjusted net profit 260億元人民幣, EV loss 61億元人民幣;
# the target's implied next-year P/E 27 x.
# Optional: the headline's 近八成 (80 %, an approximate twin of 79%); "高出5年均值3個標準差" (3 standard deviations over
# a 5-year mean); the EV loss "收窄至少於10億元人民幣" (an upper bound on the loss).
# Rating action: 瑞銀 downgrade of 小米, neutral (中性) from buy (買入), target 60 HKD from 33.5 HKD.
# Judgement calls: a downgrade with a raised target is one "downgrade" action carrying both targets (the rating changed);
# "目標價大升79%" is also a key target_price_change row (news55 zh01); the year is fixed by the printed dateline
# 10/03/2025, so 去年第四季 -> 2024Q4 (the next paragraph prints 2024年) and 明年 -> FY2026; "2024至26年" -> FY2024-FY2026
# as one closed range rng=(2, 23); the year-to-date rise takes period None with "year to date" in basis; losses are
# negative profit rows on the EV business with 小米 as alias; multiples are "x".
XM9 = "小米|小米集團|Xiaomi|Xiaomi Corp|01810|1810"
EV9 = "小米電動車業務|電動車業務|電動車|Xiaomi EV|EV business|" + XM9
UBS9 = "瑞銀|UBS"
PE9 = "forward_pe|pe_ratio|pe|price_to_earnings|p/e"
PS9 = "forward_ps|ps_ratio|price_to_sales|ps|p/s"
G["zh09"] = ([
    m("target_price_change|price_target_change", 79, "%", XM9, None, basis="大升79%, 由33.5港元升至60港元 (UBS)"),
    m("target_price_change|price_target_change", 80, "%", XM9, None, opt=True, basis="headline, 近八成 (approximate twin)"),
    m("price_change|share_price_change|stock_price_change|ytd_return", 60, "%", XM9, None,
      basis="年初至今 (year to date), 上升"),
    m("valuation_premium|pe_premium|standard_deviations", 3, "count", XM9, None, opt=True,
      basis="市盈率估值倍數高出5年均值3個標準差"),
    m("years|period_length", 5, "years", XM9, None, opt=True, basis="5年平均值 (the mean's span)"),
    m(PE9, 23.8, "x", XM9, "FY2026", basis="core business, implied by the new target (UBS)"),
    m(PE9, 28.7, "x", "蘋果公司|蘋果|Apple", "FY2026", basis="comparison for the implied P/E"),
    m(PS9, 2, "x", EV9, "FY2026", basis="EV business, forecast 市銷率 (UBS)"),
    m(PS9, 0.9, "x", "比亞迪|BYD|01211|1211", "FY2026", basis="comparison"),
    m(PS9, 6.4, "x", "特斯拉|Tesla", "FY2026", basis="comparison"),
    m("core_earnings_forecast_change|earnings_forecast_change|net_profit_forecast_change|forecast_change", None, "%",
      XM9, "FY2024-FY2026", rng=(2, 23), basis="核心盈利預測上調2%至23% (UBS)"),
    m("smartphone_shipments_growth|shipment_growth|smartphone_shipment_growth", 5.4, "%", XM9, "2024Q4",
      basis="UBS expectation, yoy (按年升)"),
    m("iot_revenue|revenue", 3e10, "CNY", "小米IoT|IoT|" + XM9, "2024Q4", basis="UBS expectation, 約300億元人民幣"),
    m("net_profit|net_loss|ev_loss|profit", None, "CNY", EV9, "2024Q4", rng=(-1e9, None), opt=True,
      basis="虧損收窄至少於10億元人民幣 (bound on the loss), UBS expectation"),
    m("revenue", 3.63e11, "CNY", XM9, "FY2024", basis="UBS estimate"),
    m("adjusted_net_profit|net_profit|adjusted_profit|adjusted_earnings", 2.6e10, "CNY", XM9, "FY2024",
      basis="UBS estimate, 經調整純利"),
    m("net_profit|net_loss|ev_loss|profit", -6.1e9, "CNY", EV9, "FY2024", basis="UBS estimate, 電動車業務虧損"),
    m(PE9, 27, "x", XM9, "FY2026", basis="明年預測市盈率 implied by the raised target (UBS)"),
], [
    ra(UBS9, XM9, "downgrade", "neutral", "buy", 60, 33.5, "HKD"),
])


# zh10: Taiwan's electricity-tariff review raising household and small-shop rates (聯合新聞網 udn.com, 產經 section; Traditional,
# full-width punctuation and brackets as printed; no headline in the stored text, none composed; the page's " date
# 2025-09-20" line left out (not used); the stored text breaks off at "惟今年只" (cut mid-sentence, no figure), so the
# passage ends with the sentence before it).
# Key: average increases from October: residential 4.3%, small shops 0.96%, the two together (民生) 3.12%, overall 0.71%;
# a four-person household pays 70元 more a month; 1,360萬 residential customers and 91萬 small shops affected; per-kWh
# increases: residential 0.1元 (tiers up to 700度), 0.2元 (701至1,000度), 0.4元 (1,001度以上), small shops 0.1元 (up to
# 700度); the first residential tier 1.68元 per kWh, Taipower's average sales cost 3.80元 (今年1到7月), the second tier
# 2.45元, the current residential average 2.77元; residential average 2.89元 (from 2.77元), small shops 4.07元 (from
# 4.03元), overall 3.7823元 (from 3.7556元); extra revenue 64億元 a year.
# Optional: the later printings of 4.3%, 0.96% and 0.71% (twins); the priors 2.77 (second printing), 4.03 and 3.7556 as
# rows; the tier thresholds in kWh (700, 701, 1,000, 1,001, 700, 701, 120, 121, 330).
# Judgement calls: prices per 度 are TWD with "per kWh" in basis (the corpus's per-unit rule); each tariff group (住宅,
# 小商家, 民生, 整體) is an entity with Taipower / the ministry as alias; the first printing of 2.77元 ("目前…住宅平均電價")
# is the key level and its second printing the prior of 2.89元 (optional row); period None (昨（19）日, 10月起, 今年1到7月
# with no year printed); the counts of tiers (六個, 四個, 五個, 兩個, 前三段) give no row.
TP10 = "台電|台灣電力|台灣電力公司|Taipower|經濟部|電價費率審議會"
RES10 = "住宅電價|住宅|住宅用戶|住宅用電|residential|households|" + TP10
SHOP10 = "小商家|小商家電價|small shops|small businesses|" + TP10
CIV10 = "民生電價|民生|民生用電|household and small-shop tariffs|" + TP10
ALL10 = "整體電價|整體平均電價|整體|電價|overall|average tariff|" + TP10
TR10 = "tariff_increase|tariff_change|electricity_price_change|price_change|rate_increase"
PK10 = "tariff_increase_per_kwh|tariff_change|electricity_price_change|price_change|rate_increase"
EP10 = "electricity_price|tariff|price|average_price|average_tariff|unit_price"
TH10 = "tier_threshold|consumption_threshold|threshold"
G["zh10"] = ([
    m(TR10, 4.3, "%", RES10, None, basis="average, from October (平均調漲)"),
    m(TR10, 4.3, "%", RES10, None, opt=True, basis="second printing (調幅4.3%)"),
    m(TR10, 0.96, "%", SHOP10, None, basis="average, from October (平均調幅)"),
    m(TR10, 0.96, "%", SHOP10, None, opt=True, basis="second printing"),
    m(TR10, 3.12, "%", CIV10, None, basis="average (住宅+小商家), 上漲"),
    m(TR10, 0.71, "%", ALL10, None, basis="average (民生+產業)"),
    m(TR10, 0.71, "%", ALL10, None, opt=True, basis="second printing (僅0.71%)"),
    m("bill_increase|monthly_bill_increase|electricity_bill_change|bill_change", 70, "TWD",
      "四口之家|four-person household|" + RES10, None, basis="per month"),
    m("customers_affected|affected_customers|households_affected|customers", 1.36e7, "customers", RES10, None,
      basis="1,360萬住宅用戶"),
    m("customers_affected|affected_customers|customers", 9.1e5, "customers", SHOP10, None, basis="91萬小商家"),
    m(PK10, 0.1, "TWD", RES10, None, basis="per kWh, the four tiers up to 700度"),
    m(PK10, 0.2, "TWD", RES10, None, basis="per kWh, 701至1,000度"),
    m(PK10, 0.4, "TWD", RES10, None, basis="per kWh, 1,001度以上"),
    m(PK10, 0.1, "TWD", SHOP10, None, basis="per kWh, the two tiers up to 700度"),
    m(TH10, 700, "kWh", RES10, None, opt=True, basis="700度以下"),
    m(TH10, 701, "kWh", RES10, None, opt=True, basis="701至1,000度"),
    m(TH10, 1000, "kWh", RES10, None, opt=True, basis="701至1,000度"),
    m(TH10, 1001, "kWh", RES10, None, opt=True, basis="1,001度以上"),
    m(TH10, 700, "kWh", SHOP10, None, opt=True, basis="700度以下"),
    m(TH10, 701, "kWh", SHOP10, None, opt=True, basis="701度以上 unchanged"),
    m(TH10, 120, "kWh", RES10, None, opt=True, basis="first tier, 120度以下"),
    m(TH10, 121, "kWh", RES10, None, opt=True, basis="second tier, 121至330度"),
    m(TH10, 330, "kWh", RES10, None, opt=True, basis="second tier, 121至330度"),
    m(EP10, 1.68, "TWD", "第一個級距|" + RES10, None, basis="per kWh, first residential tier (120度以下), 僅"),
    m("average_sales_cost|average_cost|unit_cost|supply_cost", 3.80, "TWD", TP10, None,
      basis="per kWh, 平均售電成本, 今年1到7月"),
    m(EP10, 2.45, "TWD", "第二個級距|" + RES10, None, basis="per kWh, second residential tier (121至330度), 僅"),
    m(EP10, 2.77, "TWD", RES10, None, basis="per kWh, current residential average (目前)"),
    m(EP10, 2.89, "TWD", RES10, None, prior=2.77, basis="per kWh, residential average after the October adjustment"),
    m(EP10, 2.77, "TWD", RES10, None, opt=True, basis="per kWh, prior (由每度2.77元), second printing"),
    m(EP10, 4.07, "TWD", SHOP10, None, prior=4.03, basis="per kWh, small-shop average after the adjustment"),
    m(EP10, 4.03, "TWD", SHOP10, None, opt=True, basis="per kWh, prior"),
    m(EP10, 3.7823, "TWD", ALL10, None, prior=3.7556, basis="per kWh, overall average after the adjustment"),
    m(EP10, 3.7556, "TWD", ALL10, None, opt=True, basis="per kWh, prior"),
    m("revenue_increase|additional_revenue|revenue|electricity_revenue", 6.4e9, "TWD", TP10, None,
      basis="per year, 電費收入 from the increase (台電估計)"),
], [])


# zh11: Taiwan central bank's monthly figures on the five big banks' new loans and rates, with housing- and
# construction-loan balances (中央社 on Yahoo 奇摩新聞 tw.news.yahoo.com; Traditional, full-width punctuation as printed;
# the credit "（中央社記者趙敏雅台北18日電）", the quoted 「建商推案信心風向球」 and the closing "（編輯：楊凱翔）1141218" kept;
# no headline in the stored text, none composed; the "廣告 廣告" line and the page date line left out; whole stored item).
# Key: new mortgage lending 588.07億元 (+36.71億元 mom) at 2.301% (-0.012 pp); 新青安 share 45.15% (from 40.01%); weighted
# average lending rate 2.119% (from 2.187%, -0.068 pp); housing-loan balance 11兆5292億元 (+427億元 mom, +4.81% yoy);
# construction-loan balance 3兆4634億元 (+35億元 mom, +0.68% yoy).
# Optional: the later printings of 588.07億元, 36.71億元, 2.301% and 45.15% (twins); 40.01% (twice) and 2.187% as rows.
# Judgement calls: the five banks' aggregate is the entity (the banks' names and 央行 as aliases); the balances are rows on
# the loan category with 央行 / Taiwan as aliases; "民國112年8月以來新低" gives no row (a reference date, not a figure of
# the month); period None (11月 / 10月 with no year printed; the CNA code 1141218 is not used, news26 zh12); the
# 新青安 share "從40.01%升至45.15%" is value 45.15 with prior 40.01 (printed twice: key + optional twin, and 40.01
# optional twice).
B11 = "5大銀行|五大銀行|台銀|合庫銀|土銀|華銀|一銀|five major banks|big five banks|中央銀行|央行|Taiwan central bank"
YH11 = "新青安|新青安房貸|新青安貸款|新青年安心成家貸款|" + B11
HL11 = "購置住宅貸款|購置住宅貸款餘額|住宅貸款|housing loans|mortgage balance|中央銀行|央行|台灣|Taiwan"
CL11 = "建築貸款|建築貸款餘額|construction loans|中央銀行|央行|台灣|Taiwan"
NM11 = "new_mortgage_lending|mortgage_amount|new_mortgages|home_loans|new_home_loans|mortgage_lending"
NMC11 = "new_mortgage_lending_change|mortgage_amount_change|new_mortgages_change|change"
MR11 = "mortgage_rate|home_loan_rate|interest_rate|mortgage_interest_rate"
LR11 = "weighted_average_lending_rate|average_lending_rate|lending_rate|interest_rate"
G["zh11"] = ([
    m(NM11, 5.8807e10, "TWD", B11, None, basis="11月 新承做購屋貸款, 新台幣"),
    m(NM11, 5.8807e10, "TWD", B11, None, opt=True, basis="second printing (新增房貸)"),
    m(NMC11, 3.671e9, "TWD", B11, None, basis="mom, vs 10月, 增加"),
    m(NMC11, 3.671e9, "TWD", B11, None, opt=True, basis="second printing"),
    m(MR11, 2.301, "%", B11, None, basis="new mortgages, 降至"),
    m(MR11, 2.301, "%", B11, None, opt=True, basis="second printing, 降至"),
    m("mortgage_rate_change|rate_change|interest_rate_change", -0.012, "pp", B11, None, basis="mom, 下跌"),
    m("youth_mortgage_share|new_youth_mortgage_share|share", 45.15, "%", YH11, None, prior=40.01,
      basis="新青安 share of new mortgages, 從40.01%升至"),
    m("youth_mortgage_share|new_youth_mortgage_share|share", 45.15, "%", YH11, None, opt=True, basis="second printing"),
    m("youth_mortgage_share|new_youth_mortgage_share|share", 40.01, "%", YH11, None, opt=True, basis="prior (10月)"),
    m("youth_mortgage_share|new_youth_mortgage_share|share", 40.01, "%", YH11, None, opt=True,
      basis="prior, second printing"),
    m(LR11, 2.119, "%", B11, None, prior=2.187, basis="新承做放款加權平均利率"),
    m(LR11, 2.187, "%", B11, None, opt=True, basis="10月, prior"),
    m("lending_rate_change|rate_change|interest_rate_change", -0.068, "pp", B11, None, basis="mom, 下降"),
    m("housing_loan_balance|mortgage_balance|outstanding_mortgages|loan_balance", 1.15292e13, "TWD", HL11, None,
      basis="11月 購置住宅貸款金額 (balance), 11兆5292億元"),
    m("housing_loan_balance_change|loan_balance_change|change", 4.27e10, "TWD", HL11, None, basis="mom, 月增"),
    m("housing_loan_growth|loan_growth|growth", 4.81, "%", HL11, None,
      basis="yoy, 年增率, lowest since 民國112年8月"),
    m("construction_loan_balance|loan_balance", 3.4634e12, "TWD", CL11, None, basis="balance, 升至3兆4634億元"),
    m("construction_loan_balance_change|loan_balance_change|change", 3.5e9, "TWD", CL11, None, basis="mom, 月增"),
    m("construction_loan_growth|loan_growth|growth", 0.68, "%", CL11, None, basis="yoy, 年增率"),
], [])


# zh12: Taiwan's monthly new-car registrations by importer and brand (自由時報 ec.ltn.com.tw 自由財經; Traditional,
# full-width punctuation and the byline "〔記者楊雅民／台北報導〕" as printed; the photo caption above the byline
# ("1月新車領牌數出爐…（記者楊雅民攝）") left out; no headline in the stored text, none composed; the two sub-headings kept,
# reworded; the stored text breaks off inside "車商表示，2月因農曆年假及228連假導致工作天數減少影響，總市場預估" (cut
# mid-sentence; its 2 and 228 dropped), so the passage ends with the sentence before it).
# Key: total 3萬5073輛 (flat yoy); imports 1萬4561輛 (-12.2%, share 41.5%); luxury cars 7234輛 (-26.1%); 和泰 (TOYOTA +
# Lexus) 1萬4787輛 (-9.6%, 42.2%); 中華 4507輛 (+34.5%, 12.9%); 三陽's HYUNDAI 1645輛 (+32.6%, 4.7%); 裕日車 1156輛 (-2.8%,
# 3.3%); 台灣本田 2583輛 (+90.2%, 7.4%); 福特六和's TERRITORY 1333輛 and total 1761輛 (+115%, 5%); LEXUS 3173輛 (-11.6%,
# 43.9% of luxury imports); M.Benz 1537輛 (-49%, 21.7%); BMW 1215輛 (-10.5%, 16.8%).
# Optional: "與去年同期持平" as a 0 % growth row (no figure printed); 福特's rank 第5名 and LEXUS's 第一 (ranks).
# Judgement calls: each importer's count, yoy change and market share are rows on the importer with its brands as
# aliases; LEXUS's, M.Benz's and BMW's shares are of luxury imports (basis); 福特's TERRITORY count is a row on the model
# with 福特六和 as alias; period None ("今年一月", no year printed; the address and page date are not used); 大增 / 年增
# positive, 年減 negative.
TW12 = "全台|台灣|Taiwan|台灣車市|新車市場"
REG12 = "new_car_registrations|registrations|vehicle_registrations|car_sales|sales|new_vehicle_registrations"
REGG12 = "registrations_growth|registration_growth|sales_growth|growth|new_car_registrations_growth"
MS12 = "market_share|share"
HT12 = "和泰汽車|和泰|和泰車|Hotai Motor|Hotai|2207|TOYOTA|Toyota|Lexus"
CM12 = "中華汽車|中華|China Motor|2204|MITSUBISHI|Mitsubishi|CMC|MG"
SY12 = "三陽|三陽工業|SYM|Sanyang|2206|HYUNDAI|Hyundai|現代"
YN12 = "裕日車|裕隆日產|Yulon Nissan|2227|NISSAN|Nissan|INFINITI"
HD12 = "台灣本田|本田|HONDA|Honda|Honda Taiwan"
FD12 = "福特六和|福特|Ford|Ford Lio Ho|FORD"
LX12 = "LEXUS|Lexus|凌志"
MB12 = "M.Benz|Mercedes-Benz|Benz|賓士|Mercedes"
BM12 = "BMW|寶馬"
G["zh12"] = ([
    m(REG12, 35073, "vehicles", TW12, None, basis="一月, 全台新車領牌數"),
    m(REGG12, 0, "%", TW12, None, opt=True, basis="與去年同期持平 (flat; no figure printed)"),
    m(REG12, 14561, "vehicles", "進口車|imported cars|imports|" + TW12, None),
    m(REGG12, -12.2, "%", "進口車|imported cars|imports|" + TW12, None, basis="yoy, 年減"),
    m(MS12, 41.5, "%", "進口車|imported cars|imports|" + TW12, None, basis="縮水至"),
    m(REG12, 7234, "vehicles", "豪華車|豪華進口車|luxury cars|luxury imports|" + TW12, None, basis="僅"),
    m(REGG12, -26.1, "%", "豪華車|豪華進口車|luxury cars|luxury imports|" + TW12, None, basis="yoy, 年減"),
    m(REG12, 14787, "vehicles", HT12, None, basis="TOYOTA + Lexus"),
    m(REGG12, -9.6, "%", HT12, None, basis="yoy, 年減"),
    m(MS12, 42.2, "%", HT12, None, basis="second-highest for the month"),
    m(REG12, 4507, "vehicles", CM12, None, basis="MITSUBISHI + CMC + MG"),
    m(REGG12, 34.5, "%", CM12, None, basis="yoy, 大增"),
    m(MS12, 12.9, "%", CM12, None),
    m(REG12, 1645, "vehicles", SY12, None, basis="HYUNDAI, 達"),
    m(REGG12, 32.6, "%", SY12, None, basis="yoy, 大增"),
    m(MS12, 4.7, "%", SY12, None),
    m(REG12, 1156, "vehicles", YN12, None, basis="NISSAN + INFINITI"),
    m(REGG12, -2.8, "%", YN12, None, basis="yoy, 年減"),
    m(MS12, 3.3, "%", YN12, None),
    m(REG12, 2583, "vehicles", HD12, None),
    m(REGG12, 90.2, "%", HD12, None, basis="yoy, 年增"),
    m(MS12, 7.4, "%", HD12, None),
    m(REG12, 1333, "vehicles", "TERRITORY|Ford Territory|" + FD12, None, basis="TERRITORY 中型休旅車, 達"),
    m(REG12, 1761, "vehicles", FD12, None, basis="一月總領牌數, 達"),
    m(REGG12, 115, "%", FD12, None, basis="yoy, 年增"),
    m(MS12, 5, "%", FD12, None),
    m("market_rank|rank", 5, "rank", FD12, None, opt=True, basis="第5名"),
    m(REG12, 3173, "vehicles", LX12, None),
    m(REGG12, -11.6, "%", LX12, None, basis="yoy, 年減"),
    m(MS12, 43.9, "%", LX12, None, basis="share of luxury imports (豪華進口車), 飆到"),
    m("market_rank|rank", 1, "rank", LX12, None, opt=True, basis="穩居第一 among luxury imports"),
    m(REG12, 1537, "vehicles", MB12, None, basis="僅"),
    m(REGG12, -49, "%", MB12, None, basis="yoy, 年減, 幾乎腰斬"),
    m(MS12, 21.7, "%", MB12, None, basis="share of luxury imports"),
    m(REG12, 1215, "vehicles", BM12, None),
    m(REGG12, -10.5, "%", BM12, None, basis="yoy, 年減"),
    m(MS12, 16.8, "%", BM12, None, basis="share of luxury imports"),
], [])
