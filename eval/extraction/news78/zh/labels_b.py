# Hand labels for news78/zh, batch b (zh07-zh12; all six Traditional Chinese, from Hong Kong and Taiwan outlets, one
# of them on Macau): 財華社 (finet.hk) on Cathay Pacific's May traffic figures, 三立新聞網 on LINE TODAY (today.line.me) on the Taiwan
# central bank's second-quarter board meeting, 香港01 (hk01.com 地產樓市) on the weekly 中原城市領先指數 CCL, uSMART
# (hk.usmartglobal.com 《大行報告》) on the brokers' ratings, targets and loss forecasts for 美團 before its first-quarter
# results, 香港中通社 (hkcna, on its 203.198.47.105 host) on Macau's May visitor arrivals, and 巴士的報 (bastillepost.com 香港)
# on the Exchange Fund's first-half investment income; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "load_factor", "capacity_growth", "discount_rate", "index_target",
# "ytd_change", "loss_growth", "accumulate", "visitor_arrivals", "investment_income"; news77 zh labels_b.py and README read
# whole; news56 zh07 and news42 zh05 (an airline's monthly traffic), news66 zh09, news74 zh11 and news24 zh12 (Taiwan
# central-bank decisions), news68 zh08, news46 zh09 and news32 zh12 (the weekly CCL), news55 zh07 and news16 zh11 (a
# uSMART table of brokers on one Hong Kong stock before its results), news43 zh10 and news35 zh11 (Macau visitor arrivals),
# news43 zh09 and news52 zh08 (the Exchange Fund's investment income), news13 zh07 (a quarter without a year -> "Q1") read
# as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news77/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 元 / 億元 / 萬億元 in the Exchange Fund item = HKD (zh12); the brokers' targets 元 under "目標價(港元)" = HKD and
# 億元人民幣 = CNY (zh10); zh07, zh08, zh09 and zh11 print no currency (counts, tonnes, %, points, days).
# Values fully scaled (296.15萬人次 -> 2961500; 16.827萬公噸 -> 168270; 38.94億元人民幣 -> 3.894e9; 269.2萬人次 -> 2692000;
# 1416.9萬人次 -> 14169000; 1944億元 -> 1.944e11; 4.3萬億元 -> 4.3e12); 個百分點 -> "pp"; "增加X倍" / "急升近X倍" -> X x 100 %
# with the X-times reading optional.
# Declines negative (跌, 下跌, 減少, 少, 跌幅, 虧損); a loss that "按年擴大" is a positive loss_growth row (news52 zh08).
# Periods only where the text states or clearly implies the year: zh07 2019-05 and 2019-01..05 (5月份 set against 2018年5月);
# zh08 None (今(17)日, 今年, 5月, 本年1至5月: no year printed; the page's date line left out); zh09 None for the weekly
# readings, "2025" for the year-to-date rises (2025年八大樓價 printed) and the months of the reference levels; zh10 2022Q1 and
# 2021Q1 (printed); zh11 2024-05 and 2024-01..05 (2024年首五個月 printed); zh12 "H1" (上半年) and "Q2" (第2季 / 上季) with no
# year printed (the sentence holding 2025 was cut), None for the end-June balances.


# zh07: Cathay Pacific's monthly traffic figures (財華社 finet.hk print page; Traditional with half-width "," and "(" as
# printed; the credit 【財華社訊】 kept; no headline in the stored text and none composed; the closing "更多精彩內容,請登陸 /
# 財華香港網 (https://www.finet.hk/) / 現代電視 (http://www.fintv.com)" left out; whole stored item otherwise).
# Key (2019-05 and 2019-01..05): passengers 約296.15萬人次 (+4.7% vs 2018年5月); passenger load factor 82.9% (+0.9 pp); capacity
# (可用座位千米數) +6.6%; first five months: passengers +4.1%, capacity +6.5%; cargo and mail 16.827萬公噸 (-3.9%); cargo load
# factor 63.9% (-4.7 pp); cargo capacity (可用貨物及郵件噸千米數) +4.6%; cargo and mail RTK -2.6% (跌幅); first five months:
# cargo volume -5%, cargo capacity +1.0%, RTK -5.3%.
# Optional: none.
# Judgement calls: as news56 zh07 and news42 zh05, capacity and traffic growths are rows on the airlines, the load factor a
# level plus a pp change (no earlier level printed); the two airlines (國泰航空 and 國泰港龍航空, "兩家航空公司") report
# combined figures -> one entity with both names; "5月份" measured "比2018年5月" -> 2019-05 and "今年首五個月" -> 2019-01..05
# (news56 zh07's reading of a month set against the year before); "上月" is the same May; "錄得2.6%的跌幅" -> -2.6; the
# stock code gives no row.
CX7 = ("國泰航空|國泰港龍航空|國泰|國泰航空及國泰港龍航空|兩家航空公司|Cathay Pacific|Cathay Pacific Airways|Cathay Dragon|"
       "00293|293")
M7, Y7 = "2019-05", "2019-01..05"
PAX7 = "passengers|passengers_carried|passenger_volume|passenger_traffic|passenger_numbers"
PAXG7 = "passenger_growth|passengers_growth|passenger_volume_growth|passengers_carried_growth|passenger_traffic_growth"
CAP7 = "capacity_growth|ask_growth|passenger_capacity_growth|available_seat_km_growth"
LF7, LFC7 = "load_factor|passenger_load_factor", "load_factor_change|passenger_load_factor_change"
CG7 = "cargo_volume|cargo_carried|cargo_tonnage|cargo|cargo_and_mail"
CGG7 = "cargo_volume_growth|cargo_growth|cargo_carried_growth|cargo_tonnage_growth"
CCAP7 = "cargo_capacity_growth|capacity_growth|aftk_growth|available_freight_tonne_km_growth"
RTK7 = "cargo_rtk_growth|rtk_growth|cargo_revenue_tonne_km_growth|cargo_traffic_growth"
CLF7, CLFC7 = "cargo_load_factor|load_factor", "cargo_load_factor_change|load_factor_change"
G["zh07"] = ([
    m(PAX7, 2961500, "passengers", CX7, M7, basis="一共載客約296.15萬人次, both airlines"),
    m(PAXG7, 4.7, "%", CX7, M7, basis="vs 2018年5月 (yoy), 多"),
    m(LFC7, 0.9, "pp", CX7, M7, basis="乘客運載率, 輕微上升"),
    m(LF7, 82.9, "%", CX7, M7, basis="乘客運載率 (達)"),
    m(CAP7, 6.6, "%", CX7, M7, basis="運力 (可用座位千米數), yoy"),
    m(PAXG7, 4.1, "%", CX7, Y7, basis="今年首五個月 載客量, yoy"),
    m(CAP7, 6.5, "%", CX7, Y7, basis="今年首五個月 運力, yoy"),
    m(CG7, 168270, "tonnes", CX7, M7, basis="貨物及郵件16.827萬公噸 (上月)"),
    m(CGG7, -3.9, "%", CX7, M7, basis="yoy, 比去年同期少"),
    m(CLFC7, -4.7, "pp", CX7, M7, basis="貨運運載率, 跌…至"),
    m(CLF7, 63.9, "%", CX7, M7, basis="貨運運載率"),
    m(CCAP7, 4.6, "%", CX7, M7, basis="運力 (可用貨物及郵件噸千米數), yoy"),
    m(RTK7, -2.6, "%", CX7, M7, basis="貨物及郵件收入噸千米數, 跌幅"),
    m(CGG7, -5, "%", CX7, Y7, basis="今年首五個月 載貨量, 減少"),
    m(CCAP7, 1.0, "%", CX7, Y7, basis="今年首五個月 貨運運力, printed 1.0%"),
    m(RTK7, -5.3, "%", CX7, Y7, basis="今年首五個月 貨物及郵件收入噸千米數, 跌"),
], [])


# zh08: the Taiwan central bank's second-quarter board meeting (三立新聞網 on LINE TODAY today.line.me 理財; Traditional with
# half-width "," "(" and "!" as printed; the headline kept, reworded (央行利率連5凍!上修今年GDP -> 央行利率連5凍!今年GDP獲
# 上修); the browser notice "請更新您的瀏覽器 / 您使用的瀏覽器版本較舊…", the section label "理財", the outlet line "三立新聞網",
# the update line "更新於 2021年06月17日13:05 • 發布於 2021年06月17日08:22" (its 2021, 06, 17, 13, 05, 2021, 06, 17, 08, 22
# dropped with it), the byline "記者戴玉翔/台北報導" and the photo caption "▲中央銀行今(17)日召開第2季理監事會,宣布利率連5凍。
# (圖/記者戴玉翔攝影)" (its 17, 2, 5 dropped) left out; the third paragraph's missing full stop after "5.08%" kept; the stored
# text breaks off inside the sentence "預估國內通膨率高點將落在第2季,…央行預測全年CPI及核心CPI年增率分別為1.60%", so the
# passage ends with the sentence before it (its 2 and 1.60 dropped)).
# Key (no year printed -> period None, the day or month in basis): 重貼現率 1.125% (held, record low; printed in the lead and
# in the rates paragraph -> one row), 擔保放款融通利率 1.5%, 短期融通利率 3.375% (held); the bank's growth forecast for this
# year 5.08% (調升; printed twice -> one row); 主計總處's forecast of 6月 5.46%; CPI yoy 2.48% and core CPI 1.58% in 5月; the
# 1至5月 averages CPI 1.39% and core CPI 1.13%.
# Optional: the streak 連5凍 (fifth straight hold).
# Judgement calls: "維持" gives no zero rate-change row (news42 zh04 / news77: unchanged levels are level rows only); the
# rate levels take no prior (none printed); the bank's forecast "調升至5.08%" prints no earlier forecast -> no prior;
# 主計總處's forecast is a key row on Taiwan with the office as alias (news74 zh11); 依次 maps the three policy rates in order
# (news74 zh11); "第1季" / "第2季" / "下半年" carry no figure; 17日 (the meeting day) gives no row.
CBC8 = "中央銀行|央行|台灣央行|中華民國中央銀行|Central Bank of the Republic of China (Taiwan)|CBC|Taiwan central bank"
TW8 = "台灣|Taiwan|" + CBC8
DG8 = "主計總處|行政院主計總處|DGBAS|台灣|Taiwan"
DR8 = "重貼現率|discount rate|rediscount rate|" + CBC8
SA8 = "擔保放款融通利率|secured accommodation rate|rate on accommodations with collateral|" + CBC8
ST8 = "短期融通利率|short-term accommodation rate|rate on accommodations without collateral|" + CBC8
GDP8 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast|economic_growth"
CPI8 = "cpi_yoy|cpi_growth|inflation|cpi_inflation|cpi"
CCPI8 = "core_cpi_yoy|core_cpi|core_inflation|core_cpi_growth"
G["zh08"] = ([
    m("rate_hold_streak|streak", 5, "meetings", CBC8, None, opt=True, basis="連5凍 (headline and lead)"),
    m("discount_rate|rediscount_rate|policy_rate|interest_rate", 1.125, "%", DR8, None,
      basis="held (續守 / 維持), record low, 第2季理監事會 今(17)日; printed twice"),
    m("secured_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 1.5, "%", SA8, None,
      basis="held (維持, 依次 second)"),
    m("short_term_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 3.375, "%", ST8, None,
      basis="held (維持, 依次 third)"),
    m(GDP8, 5.08, "%", TW8, None, basis="今年 (this year, no year printed) forecast, 調升; printed twice"),
    m(GDP8, 5.46, "%", DG8, None, basis="主計總處's forecast published in 6月, higher than the bank's"),
    m(CPI8, 2.48, "%", TW8, None, basis="5月 (May, no year printed), CPI 年增率"),
    m(CCPI8, 1.58, "%", "核心CPI|core CPI|" + TW8, None, basis="5月, excluding fruit, vegetables and energy"),
    m(CPI8 + "|cpi_average", 1.39, "%", TW8, None, basis="本年1至5月 average CPI 年增率"),
    m(CCPI8 + "|core_cpi_average", 1.13, "%", "核心CPI|core CPI|" + TW8, None, basis="本年1至5月 average core CPI"),
], [])


# zh09: the weekly 中原城市領先指數 CCL with its sub-indices and districts (香港01 hk01.com 地產樓市; Traditional, full-width
# punctuation as printed, "CCL(中小型單位)" with half-width brackets as printed; the page date line " date 2025-10-10 " left
# out; no headline in the stored text and none composed; the three sub-headings kept, reworded (CCL較5月低位升3.78% ->
# CCL比5月低位升3.78%; CCL Mass按周升0.55% 創66周新高 -> CCL Mass按周升0.55% 寫66周新高; 四區樓價三跌一升 港島區反彈 ->
# 四區樓價三跌一升 港島區回升); whole stored item).
# Key: CCL 140.27 points (+0.24% wow); the target 143.02 points and the gap 2.75 points / 1.96%; CCL +3.78% from the
# 135.16 low, +3.99% from 134.89, +3.25% from 135.86, -26.69% from the 191.34 high; year to date +1.92% (今年以來樓價) and
# +1.91% (按2025年八大樓價指數計算); CCL Mass 142.02 (+0.55%); CCL(中小型單位) 140.54 (+0.46%); CCL(大型單位) 138.86 (-0.91%);
# 港島 143.86 (+5.45%); 九龍 138.01 (-0.53%, two weeks -1.16%); 新界東 156.43 (-1.20%); 新界西 127.48 (-1.42%, three weeks
# -1.70%); the year-to-date moves of CCL Mass +2.82%, 中小型 +2.58%, 大型 -1.41%, 港島 +3.82%, 九龍 +3.14%, 新界東 +5.43%,
# 新界西 -0.69%.
# Optional: the sub-headings' 3.78% and 0.55% (twins); the 140-point level regained; the reference levels 135.16 (2025-05),
# 134.89 (2025-03), 135.86 (2024-09) and 191.34 (2021-08) as rows of their own; 港島's fall of last week, 大跌逾3% (bound).
# Judgement calls: as news46 zh09 and news32 zh12, the target and its gap are key rows (news68 zh08 made them optional; the
# gap is printed in points and in %), the reference lows optional levels and the changes measured from them key; the
# weekly readings print no date with a year -> period None (the page date line dropped); the year-to-date rises take
# "2025" (2025年八大樓價指數 is printed; 今年 is that year), and the two CCL figures 1.92% and 1.91% are two rows as printed
# (one counted on the readings, one on the eight indices' tally); "今年5月" / "今年3月" / "去年9月" date the reference lows;
# "連續2周共跌" / "連續3周共跌" give cumulative % rows and no streak rows; ranks and spans (61周 / 66周 / 65周 / 72周 / 73周,
# 327周, 2周連升, 四區, 八大) are not labelled.
CCL9 = "中原城市領先指數|中原城市領先指數CCL|CCL|Centa-City Leading Index|樓價"
MASS9 = "中原城市大型屋苑領先指數|CCL Mass|CCL_Mass|Centa-City Leading Index Mass"
SM9 = "CCL(中小型單位)|中原城市(中小型單位)領先指數|CCL small and medium units"
LG9 = "CCL(大型單位)|中原城市(大型單位)領先指數|CCL large units"
HKI9 = "港島CCL_Mass|港島|Hong Kong Island|港島區"
KLN9 = "九龍CCL_Mass|九龍|Kowloon"
NTE9 = "新界東CCL_Mass|新界東|New Territories East"
NTW9 = "新界西CCL_Mass|新界西|New Territories West"
LV9, CH9 = "index_level|index_close|property_price_index", "index_change|index_change_pct|property_price_change"
YTD9 = "index_change|ytd_change|index_change_pct"
Y9 = "2025"
G["zh09"] = ([
    m(LV9, 140.27, "points", CCL9, None, basis="latest weekly reading"),
    m(CH9, 0.24, "%", CCL9, None, basis="wow (按周升)"),
    m(LV9, 140, "points", CCL9, None, opt=True, basis="重返140點之上"),
    m("index_target|target_level|index_level", 143.02, "points", CCL9, None, basis="next target (挑戰), within 第四季"),
    m("index_gap|gap_to_target|index_change", 2.75, "points", CCL9, None, basis="distance to 143.02"),
    m("index_gap_pct|gap_to_target|index_change", 1.96, "%", CCL9, None, basis="distance to 143.02, in %"),
    m(CH9, 3.78, "%", CCL9, None, opt=True, basis="sub-heading twin"),
    m(CH9, 3.78, "%", CCL9, None, basis="rise from the 135.16 low (week the H-rate fell below the cap again)"),
    m(LV9, 135.16, "points", CCL9, "2025-05", opt=True, basis="今年5月 low"),
    m(YTD9, 1.92, "%", CCL9, Y9, basis="year to date (今年以來樓價暫時累升)"),
    m(CH9, 3.99, "%", CCL9, None, basis="vs the 134.89 low before the budget (今年3月財案前)"),
    m(LV9, 134.89, "points", CCL9, "2025-03", opt=True, basis="low before the budget"),
    m(CH9, 3.25, "%", CCL9, None, basis="vs the 135.86 low before the first rate cut (去年9月)"),
    m(LV9, 135.86, "points", CCL9, "2024-09", opt=True, basis="low before the first rate cut"),
    m(CH9, -26.69, "%", CCL9, None, basis="vs the 191.34 all-time high of 2021年8月"),
    m(LV9, 191.34, "points", CCL9, "2021-08", opt=True, basis="all-time high"),
    m(CH9, 0.55, "%", MASS9, None, opt=True, basis="sub-heading twin"),
    m(LV9, 142.02, "points", MASS9, None),
    m(CH9, 0.55, "%", MASS9, None, basis="wow"),
    m(LV9, 140.54, "points", SM9, None),
    m(CH9, 0.46, "%", SM9, None, basis="wow"),
    m(LV9, 138.86, "points", LG9, None),
    m(CH9, -0.91, "%", LG9, None, basis="wow, 按周跌"),
    m(LV9, 143.86, "points", HKI9, None),
    m(CH9, None, "%", HKI9, None, rng=(None, -3), opt=True, basis="last week, 大跌逾3% (bound)"),
    m(CH9, 5.45, "%", HKI9, None, basis="wow (今周反彈), largest since 2019年6月"),
    m(LV9, 138.01, "points", KLN9, None),
    m(CH9, -0.53, "%", KLN9, None, basis="wow"),
    m(CH9, -1.16, "%", KLN9, None, basis="two-week cumulative (連續2周共跌)"),
    m(LV9, 156.43, "points", NTE9, None),
    m(CH9, -1.2, "%", NTE9, None, basis="wow, printed 1.20%"),
    m(LV9, 127.48, "points", NTW9, None),
    m(CH9, -1.42, "%", NTW9, None, basis="wow"),
    m(CH9, -1.7, "%", NTW9, None, basis="three-week cumulative (連續3周共跌), printed 1.70%"),
    m(YTD9, 1.91, "%", CCL9, Y9, basis="year to date, 按2025年八大樓價指數計算 (今年累升)"),
    m(YTD9, 2.82, "%", MASS9, Y9, basis="year to date"),
    m(YTD9, 2.58, "%", SM9, Y9, basis="year to date"),
    m(YTD9, -1.41, "%", LG9, Y9, basis="year to date, 跌"),
    m(YTD9, 3.82, "%", HKI9, Y9, basis="year to date"),
    m(YTD9, 3.14, "%", KLN9, Y9, basis="year to date"),
    m(YTD9, 5.43, "%", NTE9, Y9, basis="year to date"),
    m(YTD9, -0.69, "%", NTW9, Y9, basis="year to date, 跌"),
], [])


# zh10: a table of 29 brokers' ratings and targets on 美團 before its first-quarter results, with the brokers' loss
# forecasts (uSMART hk.usmartglobal.com 《大行報告》; Traditional with half-width "," "(" and the │ table separators as
# printed; the headline kept, reworded (投資評級及目標價(表) -> 各券商評級及目標價一覽(表)); the table header reworded (投資評級
# -> 評級); the "Follow us / Find us on Facebook…" block left out; "下表列出30間券商" kept as printed over 29 rows; whole
# stored item otherwise). Not the kind asked for (several brokers after a Hong Kong stock's results): the nearest found.
# Key (2022Q1, printed 2022年首季; the year-earlier quarter 2021Q1): non-IFRS adjusted net loss forecast range 38.94億至
# 50.99億元人民幣 (12 brokers) and its widening yoy 0.05% to 31%; the median loss 48.48億 (prior 38.92億, 2021年首季) widening
# 24.6%; the net loss forecast range 57.38億至64.58億 (6 brokers) widening 18.4% to 33.3%; the median loss 60.935億 (prior
# 48.46億) widening 25.7%.
# Rating actions: 29 x "maintain" with HKD targets (國泰君安 overweight 383.73 … 法國巴黎銀行 hold 165).
# Optional: the year-earlier losses 38.92億 and 48.46億 as rows of their own (2021Q1); each printed target as a
# target_price row (news55 zh07; news16 zh11 made them key).
# Judgement calls: losses are negative values and the forecast ranges negative ranges; "按年擴大X%至Y%" is a positive
# loss_growth range (the loss widens, news52 zh08), the medians' "按年擴大" positive loss_growth rows; the year-earlier loss
# is the medians' prior (news16 zh11); the table lists current ratings and targets with no change stated -> "maintain"
# (corpus); ratings normalised: 買入 buy, 增持 overweight, 跑贏大市 / 跑贏行業 outperform, 強烈推薦 buy (news16 zh11), 收集
# accumulate (news55 zh07), 持有 hold; 6月2日 (the results date), 3月底 (the quarter's end), 12間 / 6間 / 30間 (broker
# counts), the code 03690 and 美團優選's markets give no rows.
MT10 = "美團|美團-W|Meituan|03690|3690"
Q10, PQ10 = "2022Q1", "2021Q1"
ANL10 = "adjusted_net_loss|adjusted_net_profit|adjusted_profit|adjusted_net_income"
NL10 = "net_loss|net_profit|net_income|loss"
LGR10 = "loss_growth|net_loss_growth|loss_change"
R10 = [
    ("國泰君安|Guotai Junan|GTJA", "overweight", 383.73),
    ("里昂|CLSA", "buy", 370),
    ("富瑞|Jefferies", "buy", 321),
    ("海通國際|Haitong International", "outperform", 313),
    ("天風証券|天風證券|Tianfeng Securities", "buy", 285.68),
    ("星展|DBS", "buy", 269),
    ("高盛|Goldman Sachs", "buy", 266),
    ("交銀國際|BOCOM International", "buy", 253),
    ("中金|中金公司|CICC", "outperform", 251),
    ("招銀國際|CMB International|CMBI", "buy", 250),
    ("瑞信|Credit Suisse", "outperform", 245),
    ("招商証券|招商證券|China Merchants Securities|CMS", "buy", 243.8),
    ("摩根士丹利|大摩|Morgan Stanley", "overweight", 240),
    ("中銀國際|BOCI|BOC International", "buy", 240),
    ("華泰証券|華泰證券|Huatai Securities", "buy", 238.7),
    ("花旗|Citi|Citigroup", "buy", 238),
    ("申萬宏源|Shenwan Hongyuan", "outperform", 236),
    ("中信証券|中信證券|CITIC Securities", "buy", 232),
    ("銀河國際|China Galaxy International", "accumulate", 227),
    ("摩根大通|摩通|JPMorgan|J.P. Morgan", "overweight", 220),
    ("美銀證券|美銀|BofA Securities|Bank of America", "buy", 217),
    ("建銀國際|CCB International|CCBI", "outperform", 211.3),
    ("大華繼顯|UOB Kay Hian", "buy", 201),
    ("瑞銀|UBS", "buy", 200),
    ("野村|Nomura", "buy", 200),
    ("中信建投|China Securities|CSC", "buy", 194.82),
    ("農銀國際|ABC International|ABCI", "buy", 190),
    ("工銀國際|ICBC International|ICBCI", "outperform", 180),
    ("法國巴黎銀行|法巴|BNP Paribas", "hold", 165),
]
G["zh10"] = ([
    m(ANL10, None, "CNY", MT10, Q10, rng=(-5.099e9, -3.894e9),
      basis="non-IFRS 經調整淨虧損, forecast range of 12 brokers (介乎)"),
    m(LGR10, None, "%", MT10, Q10, rng=(0.05, 31), basis="loss widening yoy (按年擴大0.05%至31%), forecast range"),
    m(ANL10, -4.848e9, "CNY", MT10, Q10, prior=-3.892e9,
      basis="forecast median; prior = 2021年首季 non-IFRS adjusted net loss"),
    m(LGR10, 24.6, "%", MT10, Q10, basis="median, loss widening yoy (按年擴大)"),
    m(ANL10, -3.892e9, "CNY", MT10, PQ10, opt=True, basis="year-earlier non-IFRS adjusted net loss"),
    m(NL10, None, "CNY", MT10, Q10, rng=(-6.458e9, -5.738e9), basis="虧損, forecast range of 6 brokers (介乎)"),
    m(LGR10, None, "%", MT10, Q10, rng=(18.4, 33.3), basis="loss widening yoy (按年擴大18.4%至33.3%), forecast range"),
    m(NL10, -6.0935e9, "CNY", MT10, Q10, prior=-4.846e9, basis="forecast median; prior = 2021年首季 loss"),
    m(LGR10, 25.7, "%", MT10, Q10, basis="median, loss widening yoy"),
    m(NL10, -4.846e9, "CNY", MT10, PQ10, opt=True, basis="year-earlier loss"),
] + [m("target_price|price_target", tp, "HKD", MT10, None, opt=True, basis=b.split("|")[0] + ", table")
     for b, _, tp in R10],
    [ra(b, MT10, "maintain", r, None, tp, None, "HKD") for b, r, tp in R10])


# zh11: Macau's visitor arrivals for May and the first five months (香港中通社 hkcna, the docDetail page on 203.198.47.105;
# Traditional with half-width "," "(" and ";" as printed; the headline kept, reworded (澳門5月入境旅客近270萬 按年升21.6% ->
# 澳門5月入境旅客近270萬 按年增21.6%); the dateline 香港中通社6月21日電 kept; the breadcrumb "首頁 -> 大灣區", "分享到:", the
# image placeholders, the photo caption "圖為遊客在大三巴牌坊遊覽。香港中通社圖片", "(完)", "【編輯:馬華】" and the video /
# opinion link lists (their figures dropped with them) left out; whole stored item otherwise).
# Key (2024-05 and 2024-01..05, 2024年首五個月 printed): arrivals 約269.2萬人次 (+21.6% yoy, +3.5% vs April, 79.3% of 2019's
# same month); average stay 1.2日 (持平 -> prior 1.2); mainland 約185.6萬 (+25.9%); individual visit scheme 893373 (+6.3%);
# Greater Bay Area nine cities 93.3萬 (+30.3%); Hong Kong 582083 (-3.3%); Taiwan 68971 (+1.2倍 -> +120 %); international
# 184854 (+74.4%, 61.3% of 2019); January-May 約1416.9萬 (+50.2%, 82.4% of 2019); same-day 7572389 (+67.1%) and overnight
# 6596276 (+34.5%).
# Optional: the headline's 近270萬 and 21.6% (twins); the Taiwan growth read as 1.2 x.
# Judgement calls: as news43 zh10 and news35 zh11, source markets and visitor types are entities of their own (Macau as
# alias for the visitor types); "恢復至2019年同期的X%" is a key recovery-ratio row with the comparison in basis; "與4月相比"
# is a mom row; "與去年同月持平" gives the level itself as prior (news77); "依次" maps the same-day and overnight growths in
# order; 約X / 近X -> X; 6月21日 / 21日 (the release date) and 九市 (a count in words) give no rows.
MO11 = "澳門|Macau|Macao"
ARR11 = "入境旅客|訪澳旅客|visitor arrivals|visitors|" + MO11
CN11 = "中國內地旅客|中國內地|內地旅客|mainland visitors|Mainland China"
IVS11 = "個人遊旅客|個人遊|Individual Visit Scheme|IVS visitors|" + CN11
GBA11 = "大灣區珠三角九市|大灣區|Greater Bay Area|GBA|" + CN11
HK11 = "香港旅客|香港|Hong Kong visitors|Hong Kong"
TW11 = "台灣地區旅客|台灣地區|台灣|Taiwan visitors|Taiwan"
INT11 = "國際旅客|international visitors|" + MO11
SD11 = "不過夜旅客|same-day visitors|" + MO11
ON11 = "留宿旅客|overnight visitors|" + MO11
VA11 = "visitor_arrivals|arrivals|visitors"
VG11 = "visitor_arrivals_growth|arrivals_growth|visitors_growth"
RR11 = "recovery_rate|recovery_ratio|recovery_vs_2019"
M11, Y11 = "2024-05", "2024-01..05"
G["zh11"] = ([
    m(VA11, 2.7e6, "visitors", ARR11, M11, opt=True, basis="headline, 近270萬 (rounded twin)"),
    m(VG11, 21.6, "%", ARR11, M11, opt=True, basis="headline twin"),
    m(VA11, 2692000, "visitors", ARR11, M11, basis="約269.2萬人次"),
    m(VG11, 21.6, "%", ARR11, M11, basis="yoy, 按年上升"),
    m(RR11, 79.3, "%", ARR11, M11, basis="of 2019's same month (恢復至2019年同期的)"),
    m(VG11, 3.5, "%", ARR11, M11, basis="mom (與4月相比)"),
    m("average_length_of_stay|length_of_stay|average_stay", 1.2, "days", ARR11, M11, prior=1.2,
      basis="平均逗留時間; 和去年同月持平 -> prior = same level"),
    m(VG11, 25.9, "%", CN11, M11, basis="yoy, 按年增加"),
    m(VA11, 1856000, "visitors", CN11, M11, basis="約185.6萬人次"),
    m(VA11, 893373, "visitors", IVS11, M11),
    m(VG11, 6.3, "%", IVS11, M11, basis="yoy, 上升"),
    m(VG11, 30.3, "%", GBA11, M11, basis="yoy, 增加"),
    m(VA11, 933000, "visitors", GBA11, M11, basis="93.3萬人次"),
    m(VA11, 582083, "visitors", HK11, M11),
    m(VG11, -3.3, "%", HK11, M11, basis="yoy, 同比減少"),
    m(VA11, 68971, "visitors", TW11, M11),
    m(VG11, 120, "%", TW11, M11, basis="yoy, 增加1.2倍"),
    m(VG11, 1.2, "x", TW11, M11, opt=True, basis="1.2倍 read as a multiple"),
    m(VA11, 184854, "visitors", INT11, M11),
    m(VG11, 74.4, "%", INT11, M11, basis="yoy, 按年上升"),
    m(RR11, 61.3, "%", INT11, M11, basis="of 2019's same month"),
    m(VA11, 14169000, "visitors", ARR11, Y11, basis="2024年首五個月, 約1416.9萬人次"),
    m(VG11, 50.2, "%", ARR11, Y11, basis="yoy, 按年上升"),
    m(RR11, 82.4, "%", ARR11, Y11, basis="of 2019's same period"),
    m(VA11, 7572389, "visitors", SD11, Y11),
    m(VG11, 67.1, "%", SD11, Y11, basis="yoy (依次 first)"),
    m(VA11, 6596276, "visitors", ON11, Y11),
    m(VG11, 34.5, "%", ON11, Y11, basis="yoy (依次 second)"),
], [])


# zh12: the Exchange Fund's first-half investment income (巴士的報 bastillepost.com 香港; Traditional with half-width ","
# as printed; no headline in the stored text (the address carries one) and none composed; the photo caption "余偉文
# (圖片來源:金管局官網)" left out; the misworded "外匯估計" (for 外匯估值) kept, the stray "佔" before it not kept (no figure);
# the stored text breaks off inside the sentence "而2025年上", so the passage ends with the sentence before it (its 2025
# dropped)).
# Key (上半年 -> "H1", 第2季 / 上季 -> "Q2": no year printed; 6月底 -> None): investment income 1944億元; bonds 753億元, Hong Kong
# equities 229億元, other equities 274億元, FX valuation of non-HKD assets +568億元, other investments 120億元; the rate paid
# on fiscal-reserve and government-fund / statutory-body placements 4.4%, those payments 85億元 and 83億元 (依次); second
# quarter (excluding other investments) 1152億元; FX 438億元 (+240% qoq, 近2.4倍); bonds 347億元 (+6% yoy, -15% qoq); Hong Kong
# equities 65億元 (-27% yoy); other equities 302億元; total assets 近4.3萬億元 at end-June, +2161億元 on the year-end;
# accumulated surplus 8779億元; the Hang Seng Index's first-half rise of 約20%.
# Optional: the FX gain's 2.4倍 read as a multiple; the bounds "逾60%" (Hong Kong equities qoq, rng (None, -60)) and "逾1.6倍"
# (other equities yoy, rng (160, None)).
# Judgement calls: as news43 zh09 / news52 zh08, each income component takes its own name with the Exchange Fund as alias,
# and the quarter's figures are those printed "未計及其他投資"; "按季急升近2.4倍" -> +240 % (近X -> X); "分別下跌近27%和逾60%"
# maps in order (the 逾 bound optional, corpus); "轉虧為盈" / "扭虧為盈" print no earlier figure -> no prior; "比去年底增加
# 2161億元" is a change row (no earlier level printed, none derived); 去年底 and 6月底 carry no figure of their own.
EF12 = "外匯基金|Exchange Fund|香港外匯基金|金管局|香港金融管理局|HKMA"
II12 = "investment_income|investment_return|income"
H12, Q12 = "H1", "Q2"
BD12 = "債券投資|債券|bonds|" + EF12
HE12 = "港股投資|港股|香港股票|Hong Kong equities|" + EF12
OE12 = "其他股票投資|其他股票|other equities|" + EF12
FX12 = "外匯|外匯收入|非港元資產|foreign exchange|currency revaluation|" + EF12
G12 = "income_growth|investment_income_growth|growth"
G["zh12"] = ([
    m(II12, 1.944e11, "HKD", EF12, H12, basis="上半年 投資收入"),
    m(II12, 7.53e10, "HKD", BD12, H12, basis="bond investment income"),
    m(II12, 2.29e10, "HKD", HE12, H12, basis="Hong Kong equities"),
    m(II12, 2.74e10, "HKD", OE12, H12, basis="other equities"),
    m("valuation_gain|fx_revaluation|fx_valuation_change|" + II12, 5.68e10, "HKD", FX12, H12,
      basis="非港元資產的外匯估計 (valuation) 上調"),
    m(II12, 1.2e10, "HKD", "其他投資|other investments|" + EF12, H12, basis="other investments"),
    m("interest_rate|fixed_rate|rate_paid", 4.4, "%", "財政儲備|政府基金及法定組織|fiscal reserves|" + EF12, H12,
      basis="rate paid on fiscal-reserve and government-fund / statutory-body placements"),
    m("payment|fee|interest_payment", 8.5e9, "HKD", "財政儲備|財政儲備存款|fiscal reserves|" + EF12, H12,
      basis="相關費用, 依次 first"),
    m("payment|fee|interest_payment", 8.3e9, "HKD",
      "香港特別行政區政府基金及法定組織|政府基金及法定組織|HKSAR government funds and statutory bodies|" + EF12, H12,
      basis="相關費用, 依次 second"),
    m(II12, 1.152e11, "HKD", EF12, Q12, basis="第2季, excluding other investments (未計及其他投資)"),
    m(II12, 4.38e10, "HKD", FX12, Q12, basis="上季 外匯收入, 扭虧為盈"),
    m(G12, 240, "%", FX12, Q12, basis="qoq, 急升近2.4倍"),
    m(G12, 2.4, "x", FX12, Q12, opt=True, basis="近2.4倍 read as a multiple"),
    m(II12, 3.47e10, "HKD", BD12, Q12, basis="債券投資收入"),
    m(G12, 6, "%", BD12, Q12, basis="yoy, 升近6%"),
    m(G12, -15, "%", BD12, Q12, basis="qoq, 跌近15%"),
    m(II12, 6.5e9, "HKD", HE12, Q12, basis="港股投資 上季收益"),
    m(G12, -27, "%", HE12, Q12, basis="yoy, 下跌近27% (分別 first)"),
    m(G12, None, "%", HE12, Q12, rng=(None, -60), opt=True, basis="qoq, 下跌逾60% (bound, 分別 second)"),
    m(II12, 3.02e10, "HKD", OE12, Q12, basis="其他股票投資, 按季轉虧為盈"),
    m(G12, None, "%", OE12, Q12, rng=(160, None), opt=True, basis="yoy, 急升逾1.6倍 (bound)"),
    m("total_assets", 4.3e12, "HKD", EF12, None, basis="截至6月底, 接近4.3萬億元"),
    m("total_assets_change|total_assets_growth", 2.161e11, "HKD", EF12, None, basis="比去年底增加"),
    m("accumulated_surplus", 8.779e11, "HKD", EF12, None, basis="截至6月底"),
    m("index_change|index_change_pct", 20, "%", "恒生指數|恒指|Hang Seng Index|HSI", H12,
      basis="上半年 升幅, 約20%"),
], [])
