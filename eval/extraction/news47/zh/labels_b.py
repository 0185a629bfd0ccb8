# Hand labels for news47/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets, one Hong Kong
# broker-news portal carrying a Hong Kong-listed stock, two Taiwan outlets). Helpers m() and ra() are supplied by
# build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# READMEs of news45/zh and news46/zh ("Conventions decided" sections), news44/zh's README and the labels files of news45/zh
# and news44/zh.
# Currency: Hong Kong market / company context, bare 元 / 億元 = HKD (zh07, zh08's 合和實業); 仙 = HK cents (55仙 -> 0.55
# HKD; 9.9737港仙 -> 0.099737 HKD); zh08 prints "(人民幣.下同)" for 合和公路基建, so its later 億元 / 萬元 / 分 are CNY (8.4分 ->
# 0.084 CNY); zh09 prints targets in 港元 and phone prices in 元人民幣, and its bare "1.06元及1.2元" EPS forecasts are read as
# CNY (see zh09); Taiwan items: 美元 -> USD (zh10), bare 元 in a Taiwan listed-company statistic = TWD (zh11). Values fully
# scaled (3697億元 -> 3.697e11; 13.76億元 -> 1.376e9; 3萬億元 -> 3e12; 6,000萬元 -> 6e7; 1.68億 -> 1.68e8; 12.2萬 -> 122000;
# 702.2億美元 -> 7.022e10; 4兆4,127億元 -> 4.4127e12; 34兆1,395億元 -> 3.41395e13; 3兆8,319億元 -> 3.8319e12). 約X / 逼近X
# -> X; 逾X / 突破X / 超過X -> open bounds rng=(X, None), optional (market moves, thresholds and restatements; news41 zh09,
# news44 zh09). Declines negative (淨流出, 走資, 淨走, 少賺, 虧損, 年減, 下跌).
# Periods only from the text: zh07, zh10 and zh11 print no current year (昨日, 9月, 今年前3季, 今年前九月) -> None with the month
# or span in basis, FY2021 for zh10's printed 2021 record; zh08 "H1" (上半年, no year printed); zh09 FY2024-FY2026 as printed;
# zh12 2022-12 (2022年12月, 去年12月), 2022-11 for "上個月" (clearly implied) and FY2022 (2022年全年). Dropped page date lines, the
# addresses' dates and the writer's knowledge are never used.
# Repeats: a figure printed twice (headline / sub-heading and body, a second printing in the body) is one key row and an
# optional twin; a headline rounding (14億 beside 13.76億元, 81% beside 81.3%) is an optional row of its own value.
# Broker targets and ratings (zh09) are in the rating action; as in news45 / news46 batch b, every printed target and old
# target is also an optional target_price row (neither rewarded nor penalised); the broker's forecast revisions and forecasts
# are key metric rows.
# Entities list names as printed plus Traditional / Simplified / English forms and stock codes; indices, fund flows, product
# groups, CPI components and company groups take their own name with the market / economy as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong full-day close with southbound (北水) flows, turnover and Asian markets (明報 經濟, Traditional; the headline
# "憧憬美減息 港股創近4年高 升490點逼近26000 北水轉淨走14億" and the byline line "明報記者" kept as printed; the section label
# "經濟" left out; the sub-heading "北水交易額突破千億" kept, the figure-free sub-heading "ATMXJ領漲 藍籌新貴做好" reworded; the
# stored text breaks off inside the sentence "內地加強反「內捲」…單一股份貢獻恒指106點升", so the passage ends with the
# whole sentence before it).
# Key (no date printed: 昨日 -> period None): 恒指 close 25,829 (+490 points, +1.9%); 國指 9248 (+168, +1.9%); 科技指數 5825
# (+177, +3.1%); turnover 3697億元; 北水 net outflow 13.76億元 (negative); 盈富基金 outflow 約23.5億元 (negative); 上證綜指 +1.5%.
# Optional: the opening gap 267 points, the intraday gain 579 points and the intraday high 25,918 (intraday); 科技指數's
# intraday +3.55%; the round levels approached (逼近26,000點 in the lead, 逼近26000 in the headline; 逼近3900點 for 上證綜指);
# the headline's 升490點 (twin) and 淨走14億 (rounding of 13.76億元); the bounds "增加逾29%" (turnover), "突破1000億元" and the
# sub-heading's "突破千億" (southbound turnover), "逾10億元" (three tech stocks' net buying), 滬深300 "升逾2%", 內地股市成交
# "突破3萬億元人民幣", 韓股 "升逾1%", 台股 "升逾2%".
# Judgement calls: 北水 amounts in a Hong Kong close are HKD; "轉為淨流出13.76億元" is a negative net-flow row and "盈富走資約
# 23.5億元" a negative one on the fund (北水 as alias); the three named tech stocks' combined net buying is one optional bound
# row with all three as entity alternatives; spans and ranks (逾10年, 近4年, 逾3年, 4個月, 1個月, 逾3個月, 5個月, 逾4個月) and the
# Fed's "9月" carry no row. Not labelled: the stock codes (2800, 1810, 0981, 9988, 1024, 0763), 滬深300's 300.
HSI7 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI7 = "國指|國企指數|恒生中國企業指數|Hang Seng China Enterprises Index|HSCEI|H-share index"
HST7 = "科技指數|恒生科技指數|恒科指數|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
MKT7 = "大市|港股|香港股市|Hong Kong stocks|Hong Kong stock market|Main Board"
SB7 = "北水|南向資金|港股通|Southbound|southbound funds|Stock Connect southbound|Southbound Stock Connect"
TRK7 = "盈富基金|盈富|Tracker Fund|Tracker Fund of Hong Kong|2800|02800|" + SB7
TECH7 = ("阿里巴巴|快手|中興通訊|Alibaba|Alibaba Group|Kuaishou|ZTE|ZTE Corp|9988|09988|1024|01024|0763|00763|"
         + SB7)
CSI7 = "滬深300指數|滬深300|CSI 300|CSI 300 Index|CSI300"
SHC7 = "上證綜指|上證指數|上證綜合指數|Shanghai Composite|Shanghai Composite Index|SSE Composite Index"
AMKT7 = "內地股市|A股|滬深兩市|mainland stocks|China A-shares|A-shares|mainland stock market"
KR7 = "韓股|韓國股市|KOSPI|South Korean stocks|Korea stocks"
TW7 = "台股|台灣股市|加權指數|TAIEX|Taiwan stocks|Taiwan stock market"
LVL, CHG = "index_level|index_close", "index_change"
CHGP = "index_change_pct|index_change|percent_change"
B7 = "close (收市), 昨日, no date printed"
G["zh07"] = ([
    m(CHG, 267, "points", HSI7, None, opt=True, basis="opening gap (高開267點), intraday"),
    m(CHG, 579, "points", HSI7, None, opt=True, basis="intraday gain before midday (升幅曾擴大至579點)"),
    m("index_level|intraday_high", 25918, "points", HSI7, None, opt=True, basis="intraday high (最高見), near-4-year high"),
    m(LVL, 25829, "points", HSI7, None, basis=B7),
    m(CHG, 490, "points", HSI7, None, basis=B7),
    m(CHG, 490, "points", HSI7, None, opt=True, basis="headline twin (升490點)"),
    m(CHGP, 1.9, "%", HSI7, None, basis=B7),
    m("index_level|round_level", 26000, "points", HSI7, None, opt=True, basis="lead: 逼近26,000點 (level approached)"),
    m("index_level|round_level", 26000, "points", HSI7, None, opt=True, basis="headline: 逼近26000"),
    m(LVL, 9248, "points", HSCEI7, None, basis=B7 + ", 1-month high"),
    m(CHG, 168, "points", HSCEI7, None, basis=B7),
    m(CHGP, 1.9, "%", HSCEI7, None, basis=B7),
    m(CHGP, 3.55, "%", HST7, None, opt=True, basis="intraday (一度升3.55%)"),
    m(LVL, 5825, "points", HST7, None, basis=B7 + ", 5-month high"),
    m(CHG, 177, "points", HST7, None, basis=B7),
    m(CHGP, 3.1, "%", HST7, None, basis=B7),
    m("turnover|market_turnover", 3.697e11, "HKD", MKT7, None, basis="大市成交額, " + B7),
    m("turnover_change|turnover_growth", None, "%", MKT7, None, rng=(29, None), opt=True, basis="增加逾29% (bound)"),
    m("southbound_turnover|turnover", None, "HKD", SB7, None, rng=(1e11, None), opt=True,
      basis="北水交易額突破1000億元 (bound)"),
    m("southbound_turnover|turnover", None, "HKD", SB7, None, rng=(1e11, None), opt=True,
      basis="sub-heading twin (北水交易額突破千億)"),
    m("southbound_net_flow|net_flow|net_buying|net_inflow", -1.376e9, "HKD", SB7, None,
      basis="北水轉為淨流出13.76億元 (net outflow), " + B7),
    m("southbound_net_flow|net_flow|net_buying|net_inflow", -1.4e9, "HKD", SB7, None, opt=True,
      basis="headline rounding (北水轉淨走14億)"),
    m("southbound_net_flow|net_flow|net_buying|net_outflow", -2.35e9, "HKD", TRK7, None,
      basis="盈富走資約23.5億元 via 北水"),
    m("southbound_net_flow|net_buying", None, "HKD", TECH7, None, rng=(1e9, None), opt=True,
      basis="三者合計淨買入逾10億元 (bound; 阿里巴巴, 快手, 中興通訊 together)"),
    m(CHGP, None, "%", CSI7, None, rng=(2, None), opt=True, basis="升逾2% (bound)"),
    m(CHGP, 1.5, "%", SHC7, None, basis="昨日"),
    m("index_level|round_level", 3900, "points", SHC7, None, opt=True, basis="逼近3900點 (level approached)"),
    m("turnover|market_turnover", None, "CNY", AMKT7, None, rng=(3e12, None), opt=True,
      basis="成交突破3萬億元人民幣 (bound)"),
    m(CHGP, None, "%", KR7, None, rng=(1, None), opt=True, basis="升逾1% (bound)"),
    m(CHGP, None, "%", TW7, None, rng=(2, None), opt=True, basis="升逾2% (bound)"),
], [])


# zh08: Hong Kong conglomerate's interim results with its listed toll-road subsidiary's results and dividend (HK01 財經快訊,
# Traditional; the headline "合和多賺81% 增派息至55仙" and the byline "撰文:鄭寶生" kept; the empty time line "出版:更新:" and the
# photo caption "合和實業整體溢利上升81.3%至15.59億元。(合和網頁)" (a copy of the body's figures) left out; the sub-heading "人幣貶
# 合和公路基建少賺4%" kept with its figure (人幣 written out as 人民幣); whole stored item otherwise).
# Key ("H1": 上半年, no year printed): 合和實業 revenue 66.4億元 (+99%), profit 15.59億元 (+81.3%), interim dividend 55仙 (+10%);
# 合和公路基建 profit 2.51億元 CNY (-4%), FX result -6,000萬元 CNY (prior: the year-earlier gain 600萬元), interim dividend
# 8.4分 CNY and its printed HKD equivalent 約9.9737港仙.
# Optional: the headline's 多賺81% (rounding of 81.3%) and 55仙 (twin); the sub-heading's 少賺4% (twin); the year-earlier FX gain
# 600萬元 as a row of its own (period None: 去年同期 with no year printed).
# Judgement calls: "整體溢利" is the profit row (net_profit / profit alternatives); "(人民幣.下同)" makes 2.51億元, 600萬元,
# 6,000萬元 and 8.4分 CNY (分 = RMB cents); "中期息股8.4分" (股 for 每股, as printed) is the subsidiary's DPS; its "即約9.9737港仙"
# is a separate key row in HKD (a distinct printed figure in another currency, not a repeat); "由去年同期溢利600萬元跌至今年
# 虧損6,000萬元" gives a negative FX row with a positive prior. Not labelled: the codes 0054 / 0737, 囍匯二期's 二.
HOP = "合和實業|合和|Hopewell Holdings|Hopewell|0054|00054|54"
HHI = "合和公路基建|合和公路|Hopewell Highway Infrastructure|HHI|0737|00737|737"
P8 = "H1"
NP8 = "net_profit|profit|profit_attributable|net_income"
NPG8 = "net_profit_growth|profit_growth|net_income_growth"
DPS8 = "dps|dividend_per_share|interim_dividend"
FX8 = "fx_gain_loss|exchange_gain_loss|fx_result|fx_loss"
G["zh08"] = ([
    m("revenue", 6.64e9, "HKD", HOP, P8, basis="上半年收入"),
    m("revenue_growth", 99, "%", HOP, P8, basis="yoy (大增99%)"),
    m(NP8, 1.559e9, "HKD", HOP, P8, basis="整體溢利"),
    m(NPG8, 81.3, "%", HOP, P8, basis="yoy (上升81.3%)"),
    m(NPG8, 81, "%", HOP, P8, opt=True, basis="headline rounding (多賺81%)"),
    m(DPS8, 0.55, "HKD", HOP, P8, basis="中期息55仙"),
    m(DPS8, 0.55, "HKD", HOP, P8, opt=True, basis="headline twin (增派息至55仙)"),
    m("dps_growth|dividend_growth", 10, "%", HOP, P8, basis="vs 去年同期 (增加10%)"),
    m(NP8, 2.51e8, "CNY", HHI, P8, basis="少賺4%至2.51億元(人民幣.下同)"),
    m(NPG8, -4, "%", HHI, P8, basis="yoy (少賺4%)"),
    m(NPG8, -4, "%", HHI, P8, opt=True, basis="sub-heading twin (合和公路基建少賺4%)"),
    m(FX8, -6e7, "CNY", HHI, P8, prior=6e6, basis="人民幣匯兌: 今年虧損6,000萬元; prior = 去年同期溢利600萬元"),
    m(FX8, 6e6, "CNY", HHI, None, opt=True, basis="去年同期 FX gain (no year printed)"),
    m(DPS8, 0.084, "CNY", HHI, P8, basis="中期息股8.4分 (RMB cents)"),
    m(DPS8, 0.099737, "HKD", HHI, P8, basis="HKD equivalent of the 8.4分 dividend (折合約9.9737港仙)"),
], [])


# zh09: foreign broker raises its target on a Hong Kong-listed phone and EV maker with forecast revisions (uSMART 盈立 news,
# Traditional; the headline "大行評級|花旗:上調小米目標價至30.6港元 上調盈測反映智能手機和電動車業務改善" kept as printed; the
# English "Follow us …" links and the uSmart disclaimer left out; the source's "報吿" written 報告; whole stored item
# otherwise).
# Key: adjusted EPS forecasts raised 11% (FY2025) and 16% (FY2026) to 1.06元 and 1.2元; smartphone shipment forecasts 1.68億 /
# 1.76億 / 1.82億 and smartphone gross-margin forecasts 12.5% / 12.2% / 11.9% (FY2024-FY2026); EV delivery forecasts 12.2萬 /
# 25萬 / 40萬 and auto gross-margin forecasts 18% / 19.8% / 19.8% (FY2024-FY2026).
# Optional: the target 30.6港元 (headline and body, the body's with prior 22.7) and the old target 22.7港元 as target_price rows;
# the phone price band 4,000至6,000元人民幣 (a market segment, a closed CNY range).
# Rating action (HKD): 花旗 raise_target 小米, rating buy (重申“買入”), target 30.6 from 22.7.
# Judgement calls: "2025年及2026年…分別11%及16%,至各1.06元及1.2元" maps in order; "2024年至2026年的…至A、B及C" maps the three
# values onto FY2024, FY2025, FY2026 in order ("同期" carries the span to the EV and auto rows); the EPS forecasts' bare 元 is
# read as CNY because the passage writes Hong Kong dollars explicitly (港元) for the targets and names 人民幣 as the other
# currency; shipments are "units", deliveries "vehicles"; the model names Mi 15, iPhone 16 Pro+, SU7 Ultra / Max carry no row.
XM = "小米|小米集團|小米集團-W|Xiaomi|Xiaomi Corp|Xiaomi Corporation|Xiaomi Group|1810|01810|1810.HK"
XMP = "小米手機|智能手機|手機|smartphones|smartphone business|Xiaomi smartphones|" + XM
XMEV = "小米電動車|電動車|汽車|EV|EVs|electric vehicles|smart EV business|Xiaomi EV|" + XM
CITI = "花旗|花旗環球|花旗銀行|Citi|Citigroup|Citi Research"
EPSR = "eps_forecast_change|eps_forecast_revision|adjusted_eps_forecast_change"
EPSF = "eps_forecast|adjusted_eps_forecast|eps|adjusted_eps"
SHIP = "shipments|smartphone_shipments|shipments_forecast|deliveries"
GM = "gross_margin|gross_margin_forecast"
DLV = "deliveries|ev_deliveries|vehicle_deliveries|deliveries_forecast"
TP9 = "target_price"
G["zh09"] = ([
    m(EPSR, 11, "%", XM, "FY2025", basis="花旗 raises adjusted EPS forecast (經調整每股盈測)"),
    m(EPSR, 16, "%", XM, "FY2026", basis="花旗 raises adjusted EPS forecast"),
    m(EPSF, 1.06, "CNY", XM, "FY2025", basis="adjusted EPS forecast (至各1.06元), forecast"),
    m(EPSF, 1.2, "CNY", XM, "FY2026", basis="adjusted EPS forecast (至各…1.2元), forecast"),
    m(SHIP, 1.68e8, "units", XMP, "FY2024", basis="手機交付量預測, forecast, raised"),
    m(SHIP, 1.76e8, "units", XMP, "FY2025", basis="forecast, raised"),
    m(SHIP, 1.82e8, "units", XMP, "FY2026", basis="forecast, raised"),
    m(GM, 12.5, "%", XMP, "FY2024", basis="手機毛利率預測, forecast, raised"),
    m(GM, 12.2, "%", XMP, "FY2025", basis="forecast"),
    m(GM, 11.9, "%", XMP, "FY2026", basis="forecast"),
    m(DLV, 122000, "vehicles", XMEV, "FY2024", basis="電動車交付量預測 (12.2萬), forecast, raised"),
    m(DLV, 250000, "vehicles", XMEV, "FY2025", basis="25萬, forecast"),
    m(DLV, 400000, "vehicles", XMEV, "FY2026", basis="40萬, forecast"),
    m(GM, 18, "%", XMEV, "FY2024", basis="汽車毛利率預測, forecast, raised"),
    m(GM, 19.8, "%", XMEV, "FY2025", basis="forecast"),
    m(GM, 19.8, "%", XMEV, "FY2026", basis="forecast"),
    m(TP9, 30.6, "HKD", XM, None, opt=True, basis="headline: 花旗 目標價至30.6港元"),
    m(TP9, 30.6, "HKD", XM, None, prior=22.7, opt=True, basis="花旗, 由22.7港元升至30.6港元"),
    m(TP9, 22.7, "HKD", XM, None, opt=True, basis="花旗 old target"),
    m("price_range|price_segment", None, "CNY", XMP, None, rng=(4000, 6000), opt=True,
      basis="phone price segment 4,000至6,000元人民幣 (market-share band)"),
], [
    ra(CITI, XM, "raise_target", "buy", None, 30.6, 22.7, "HKD"),
])


# zh10: Taiwan's monthly export-orders release with the year-to-date total, the record it may beat and product groups
# (自由時報 ec.ltn 即時新聞, Traditional; the page date line " date 2025-10-21" and the photo caption "經濟部今公布9月外銷訂單表現。
# （統計處提供）" left out; the byline "〔記者廖家寧／台北報導〕" and the stray space in "年增 33.1%" kept; the stored text breaks
# off inside the sentence "9月外銷訂單海外生產比52.1%，較上年同月微幅上升0.5個百分點，黃偉", so the passage ends with the
# paragraph before it; no headline in the stored text and none composed).
# Key (no current year printed -> period None with the span in basis): September export orders 702.2億美元 (record month),
# +17% mom, +30.5% yoy; 今年前3季 5243.7億美元 (+22.3% yoy); the 2021 record 6741億美元 (FY2021); product groups' yoy: 電子產品
# +45.9%, 資訊通信產品 +33.1%, 光學器材 +11.2%, 基本金屬 -6.3%, 塑橡膠製品 -10%, 機械產品 +11.4%, 化學品 +1.4%.
# Optional: the streak 連續8個月 (months); the second printing of 5243.7億美元 (twin); the monthly average 499.1億美元 needed over
# the remaining 3 months and the fourth-quarter threshold "超過1497億美元" (hypothetical thresholds, the latter an open bound).
# Judgement calls: the export-orders total takes 外銷訂單 / Taiwan as entity and the product groups their own name with it as
# alias; "分別年增45.9%、年增 33.1%" maps in order onto 電子產品 and 資訊通信產品; 232 (the Section 232 probe), 3個月 and 第四季 are
# not figures of their own. Not labelled: 21日.
EXO = "外銷訂單|export orders|Taiwan export orders|台灣外銷訂單|我國外銷訂單|經濟部統計處|Taiwan"
ELEC = "電子產品|electronic products|electronics|" + EXO
ICT = "資訊通信產品|資通訊產品|information and communication products|ICT products|" + EXO
OPT = "光學器材|optical equipment|optical instruments|optical products|" + EXO
BMET = "基本金屬|基本金屬製品|basic metals|base metals|" + EXO
PLAS = "塑橡膠製品|塑膠橡膠製品|plastic and rubber products|plastics and rubber|" + EXO
MACH = "機械產品|機械|machinery|machinery products|" + EXO
CHEM = "化學品|chemicals|chemical products|" + EXO
EO = "export_orders"
EOG = "export_orders_growth|growth|yoy_growth"
G["zh10"] = ([
    m(EO, 7.022e10, "USD", EXO, None, basis="9月 (September, no year printed), record single month"),
    m("export_orders_growth|mom_growth|growth", 17, "%", EXO, None, basis="mom (月增), September"),
    m(EOG, 30.5, "%", EXO, None, basis="yoy (年增), September"),
    m("growth_streak|streak", 8, "months", EXO, None, opt=True, basis="連續8個月正成長"),
    m(EO, 5.2437e11, "USD", EXO, None, basis="今年前3季 cumulative (Q1-Q3, no year printed)"),
    m(EOG, 22.3, "%", EXO, None, basis="yoy, 前3季"),
    m(EO, 5.2437e11, "USD", EXO, None, opt=True, basis="second printing (前3季接單已達5243.7億美元)"),
    m("export_orders|required_monthly_average", 4.991e10, "USD", EXO, None, opt=True,
      basis="monthly average needed in the remaining 3 months to beat the 2021 record (threshold)"),
    m(EO, 6.741e11, "USD", EXO, "FY2021", basis="2021年的歷史最高紀錄 (full-year record)"),
    m(EO, None, "USD", EXO, None, rng=(1.497e11, None), opt=True,
      basis="第四季接單只需超過1497億美元 to set a new annual record (threshold, bound)"),
    m(EOG, 45.9, "%", ELEC, None, basis="yoy, September, record"),
    m(EOG, 33.1, "%", ICT, None, basis="yoy, September, record (printed 年增 33.1%)"),
    m(EOG, 11.2, "%", OPT, None, basis="yoy, September"),
    m(EOG, -6.3, "%", BMET, None, basis="yoy (年減), September"),
    m(EOG, -10, "%", PLAS, None, basis="yoy (年減), September"),
    m(EOG, 11.4, "%", MACH, None, basis="yoy, September"),
    m(EOG, 1.4, "%", CHEM, None, basis="yoy, September"),
], [])


# zh11: Taiwan Stock Exchange's aggregate monthly and year-to-date revenue of all listed companies with growth by industry
# (經濟日報 on udn 聯合新聞網, Traditional; the stored text breaks off inside the closing sentence "儘管航運業…包括散裝的新興
# （2605）、中航（2612）、四維航（5608）與中櫃（2", so the passage ends with the paragraph before it; no headline in the stored
# text and none composed; full-width ％ kept).
# Key (9月 / 今年前九月, no year printed -> period None): September revenue 4兆4,127億元 (+5,879億元, +15.37% yoy), 576 companies
# with growth and 477 with declines; January–September revenue 34兆1,395億元 (+3兆8,319億元, +12.64%), 545 / 508 companies.
# Optional: the filer counts 964 (本國上市公司), 89 (第一上市公司) and 1,053 (all, by 10月13日).
# Judgement calls: bare 元 in a Taiwan listed-company statistic is TWD; "較去年同期成長5,879億元" is a key TWD change row (not
# a prior); counts of growing / declining companies are "companies" rows on the aggregate (key: the release's breadth
# statistics); the industry explanations carry no figures. Not labelled: 10月13日 (a date).
TW11 = ("全體上市公司|上市公司|臺灣證券交易所上市公司|TWSE-listed companies|Taiwan listed companies|listed companies|"
        "臺灣證券交易所|證交所|TWSE|Taiwan Stock Exchange")
DOM11 = "本國上市公司|domestic listed companies|" + TW11
FOR11 = "第一上市公司|primary-listed foreign companies|foreign primary listings|" + TW11
REV = "revenue|total_revenue|aggregate_revenue"
REVC = "revenue_change|revenue_increase"
REVG = "revenue_growth"
UP = "companies_with_revenue_growth|gainers|advancers|companies"
DN = "companies_with_revenue_decline|decliners|companies"
S9, YTD = "9月份 (September, no year printed)", "今年前九月 cumulative (January-September, no year printed)"
G["zh11"] = ([
    m("filers|companies|listed_companies", 964, "companies", DOM11, None, opt=True, basis="filed September revenue"),
    m("filers|companies|listed_companies", 89, "companies", FOR11, None, opt=True, basis="incl. 創新板, filed"),
    m("filers|companies|listed_companies", 1053, "companies", TW11, None, opt=True, basis="all filed by 10月13日"),
    m(REV, 4.4127e12, "TWD", TW11, None, basis=S9),
    m(REVC, 5.879e11, "TWD", TW11, None, basis="yoy increase, " + S9),
    m(REVG, 15.37, "%", TW11, None, basis="yoy, " + S9),
    m(UP, 576, "companies", TW11, None, basis="companies with revenue growth, " + S9),
    m(DN, 477, "companies", TW11, None, basis="companies with revenue decline, " + S9),
    m(REV, 3.41395e13, "TWD", TW11, None, basis=YTD),
    m(REVC, 3.8319e12, "TWD", TW11, None, basis="yoy increase, " + YTD),
    m(REVG, 12.64, "%", TW11, None, basis="yoy, " + YTD),
    m(UP, 545, "companies", TW11, None, basis="companies with revenue growth, " + YTD),
    m(DN, 508, "companies", TW11, None, basis="companies with revenue decline, " + YTD),
], [])


# zh12: Hong Kong's monthly and full-year consumer-price release with component changes (香港中通社 on rightbeek.com, Traditional;
# the headline "香港最新通脹率為2%2022全年1.9%" (no space between "2%" and "2022", as printed) and the date line "2023-01-21" kept;
# the credit 【香港中通社1月20日電】 kept; whole stored item).
# Key: December 2022 headline CPI +2% yoy (prior 1.8%, 上個月) and underlying inflation 2% (prior 1.7%); components (2022-12, yoy):
# 電力、燃氣及水 +14.7%, 衣履 +5.1%, 基本食品 +4.2%, 外出用膳及外賣 +3.5%, 交通 +2.7%, 雜項服務 +1.9%, 煙酒 +1.6%, 雜項物品 +0.5%,
# 耐用物品 -1.5%, 住屋 -0.1%; full year 2022 CPI +1.9%, underlying +1.7%.
# Optional: the November readings 1.8% and 1.7% as 2022-11 rows of their own; the headline's 2% (latest inflation) and 1.9%
# (2022全年) as twins.
# Judgement calls: "2022年12月" and "去年12月" are 2022-12 and "上個月" is 2022-11 (clearly implied); the previous month's rate
# is the prior of the December row and an optional row of its own; "上一年(2021年)同月" is the yoy base (no row); the
# components take their own name with the CPI / Hong Kong as alias; underlying inflation ("剔除所有政府一次性紓困措施",
# printed "扣除政府所有一次性紓困措施" in the rewrite) is its own entity alias. Not labelled: 1月20日 / 20日 (dates), the date
# line.
CPI12 = "綜合消費物價指數|消費物價指數|整體消費物價|Composite CPI|Composite Consumer Price Index|CPI|Hong Kong CPI|香港|Hong Kong"
UND12 = "基本通脹率|基本消費物價通脹率|underlying inflation|underlying inflation rate|underlying CPI|" + CPI12
INF = "inflation|cpi_inflation|cpi_yoy|inflation_rate|cpi_change"
UINF = "underlying_inflation|core_inflation|inflation|inflation_rate"
COMP = "cpi_component_change|price_change|inflation|cpi_change"
D22, N22 = "2022-12", "2022-11"


def comp(name, v, alias):
    return m(COMP, v, "%", name + "|" + alias + "|" + CPI12, D22, basis="yoy, component of the Composite CPI")


G["zh12"] = ([
    m(INF, 2, "%", CPI12, D22, prior=1.8, basis="yoy vs 上一年(2021年)同月; prior = 上個月 (2022-11)"),
    m(INF, 1.8, "%", CPI12, N22, opt=True, basis="上個月的相應升幅"),
    m(UINF, 2, "%", UND12, D22, prior=1.7, basis="excluding all one-off government relief measures; prior = 上個月"),
    m(UINF, 1.7, "%", UND12, N22, opt=True, basis="上個月 underlying inflation"),
    m(INF, 2, "%", CPI12, None, opt=True, basis="headline twin (最新通脹率為2%)"),
    m(INF, 1.9, "%", CPI12, "FY2022", opt=True, basis="headline twin (2022全年1.9%)"),
    comp("電力、燃氣及水", 14.7, "電力燃氣及水|electricity, gas and water|electricity gas and water"),
    comp("衣履", 5.1, "clothing and footwear"),
    comp("基本食品", 4.2, "basic food|food"),
    comp("外出用膳及外賣", 3.5, "meals out and takeaway food|meals bought away from home"),
    comp("交通", 2.7, "transport"),
    comp("雜項服務", 1.9, "miscellaneous services"),
    comp("煙酒", 1.6, "alcoholic drinks and tobacco"),
    comp("雜項物品", 0.5, "miscellaneous goods"),
    comp("耐用物品", -1.5, "durable goods"),
    comp("住屋", -0.1, "housing"),
    m(INF, 1.9, "%", CPI12, "FY2022", basis="2022年全年, yoy"),
    m(UINF, 1.7, "%", UND12, "FY2022", basis="2022年全年, excluding one-off relief measures (相應升幅)"),
], [])
