# Hand labels for news46/zh, batch b (zh07-zh12; all six Traditional: two Hong Kong, one Macau, three Taiwan). Helpers m()
# and ra() are supplied by build_labels.py. Labels were written by hand from the texts alone: no project code was run (no
# extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), and no extractor code, plugin, test, docs
# page, gold file or other batch's file was read. Conventions followed: the development corpus's README and scorer
# (shared/corpora/news-text/zh/README.md, score.py), the READMEs of news44/zh and news45/zh (their "Conventions decided"
# sections) and the labels files of news44/zh (and, for precedents named below, news32 / news43 / news45).
# Currency: Hong Kong market context, bare 元 / 億 / $ = HKD (zh07, zh09); Macau public-finance and gaming context, bare
# 元 / 億 = MOP (zh10); Taiwan, bare 元 / 億元 and 新台幣 = TWD (zh08, zh11, zh12); 張 = board lots ("lots").
# Values fully scaled (576.73億元 -> 5.7673e10; 2兆589.49億元 -> 2.058949e12; 1兆元 -> 1e12; 8.57千萬 -> 8.57e7; 6.1萬元 ->
# 61000). 約X / 近X -> X; 逾X / 超過X -> an open bound rng=(X, None), optional unless it is a headline's only figure; 一成 =
# 10 %, 近1成7 -> 17 %, 近3成 -> 30 %, 8成 -> 80 %, 3成4 -> 34 %. Declines negative (跌, 下跌, 減少, 賣超). Rate / margin
# moves in 個百分點 are "pp" rows.
# Brokers' targets and ratings are only in rating actions (this set's brief); as news45 zh08 did, every printed target and
# old target also has an optional target_price row (neither rewarded nor penalised), while a target change printed in
# percent ("目標價平均上調11%") is a key target_price_change row because ra() has no place for it.
# Periods only from the text: zh10 2015-01 / 2015-02 / FY2015 (the kept time line "時間:2015年02月16日 18:18" dates 今年 and
# 1月份, as news44 zh06 used its printed time line); zh11 2025Q3 / 2025Q2 / 2024Q3 / 2025Q1-Q3 (the text's "較第2季和2024年同期"
# fixes 第3季 as 2025Q3; the editor's stamp 1141112 was not needed); zh07 FY2026 / FY2027 named only in basis (one average
# covers both years); zh09 None for the weekly readings, printed year-months for the reference lows; zh08 and zh12 None
# (13日, 3月15日, 昨（3）日: no year printed), "Q3" for zh12's 今年第3季. Dropped page date lines and URL dates and the writer's
# knowledge are never used.
# Repeats: a figure printed twice (lead and body, narrative and table, headline and body) is one key row and an optional
# twin. AASTOCKS inline quotes ("-0.300 (-0.813%) 沽空 $8.57千萬; 比率 14.111%") are four optional rows at each printing.
# Comparatives printed beside a current figure are its prior (the year-earlier one where two are printed) and optional
# rows of their own with their period. Streaks (連二漲, 連六買, 連升3周, 連續第8個月) are optional counts or not labelled (durations
# such as 逾2年, 近3年, 過去30年 carry no row). Entities list names as printed plus Traditional / Simplified / English forms
# and stock codes; segments, districts and investor groups take their own name with the company / market as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: broker sector note on Hong Kong banks with a rating / target table (AASTOCKS, Traditional, on the wdatacn mirror
# host; no headline in the stored text, none composed; the inline quotes, the table with its heading row and separators,
# the stray space before "大新" and the closing "(ss/u)" kept as printed; the stored text breaks off after "(ss/u)(港股報"
# (the delayed-quote boilerplate, cut; no figure of it is in the passage); the two embedded "相關內容《大行》…" headlines
# carry no figure and were reworded like the rest).
# Key: 高盛's average upward revision of the local banks' FY2026 / FY2027 EPS forecasts +14%; average target raise +11%.
# Optional: the inline quotes (ten printings x four rows: price change HKD and %, short-selling turnover, short-selling
# ratio); every printed target and old target (HSBC 103 twice, BEA 10.5 twice and 9.5, StanChart 111, BOCHK 35.1 / 31.1,
# Hang Seng 114 / 104, Dah Sing 8.2 / 7.4).
# Rating actions (HKD): 高盛 maintain 滙控 buy 103; raise_target 東亞 sell (沽售) 10.5 from 9.5 (narrative "維持「沽售」評級",
# table "9.5元→10.5元"); maintain 渣打 neutral 111; raise_target 中銀 neutral 35.1 from 31.1; raise_target 恒生 neutral 114
# from 104; raise_target 大新 neutral 8.2 from 7.4.
# Judgement calls: "2026及27財年…每股盈利的預測平均上調14%" is one average covering both years, so one key row with period
# None and both years in basis (news45 zh04's shared-figure rule), not one row per year (the text does not say 分別);
# "目標價則平均上調11%" is a key sector-level target_price_change row; table rows whose target has no arrow and whose rating
# is unchanged are maintain (the narrative confirms 維持 for 滙控); "A元→B元" with the rating unchanged is raise_target;
# "市盈率估值…20年的平均值", "25/26財年" expectations and "(約低單位數)" carry no figure of their own (a span, a label and a
# qualitative range) and are not labelled. Not labelled: the stock codes, (ss/u).
GS7 = "高盛|Goldman Sachs|Goldman|Goldman Sachs Research"
BOCHK7 = "中銀香港|中銀|BOC Hong Kong|BOCHK|02388|2388"
HSB7 = "恒生|恒生銀行|Hang Seng Bank|00011|11"
HSBC7 = "滙控|滙豐控股|匯控|滙豐|HSBC|HSBC Holdings|00005|5"
SC7 = "渣打|渣打集團|Standard Chartered|StanChart|02888|2888"
BEA7 = "東亞|東亞銀行|Bank of East Asia|BEA|00023|23"
DSB7 = "大新|大新銀行|大新銀行集團|Dah Sing|Dah Sing Banking Group|02356|2356"
BANKS7 = "本地銀行|香港銀行|港銀|銀行業|Hong Kong banks|local banks"
QUOTES7 = [(BOCHK7, -0.3, -0.813, 8.57e7, 14.111, "narrative"), (HSB7, -1.1, -0.894, 4.11e7, 25.526, "narrative"),
           (HSBC7, 0.45, 0.463, 1.7e8, 18.816, "narrative"), (BEA7, -0.04, -0.324, 2.15e6, 14.171, "narrative"),
           (HSBC7, 0.45, 0.463, 1.7e8, 18.816, "table"), (SC7, 2.6, 1.862, 8.3e7, 19.928, "table"),
           (BOCHK7, -0.3, -0.813, 8.57e7, 14.111, "table"), (HSB7, -1.1, -0.894, 4.11e7, 25.526, "table"),
           (BEA7, -0.04, -0.324, 2.15e6, 14.171, "table"), (DSB7, -0.13, -1.322, 7.447e5, 9.095, "table")]
_m7 = [
    m("eps_forecast_change|earnings_forecast_change|forecast_revision", 14, "%", BANKS7, None,
      basis="高盛, average upward revision of the FY2026 and FY2027 EPS forecasts (2026及27財年), on HIBOR"),
    m("target_price_change", 11, "%", BANKS7, None, basis="高盛, average target raise (目標價平均上調)"),
    m("target_price", 103, "HKD", HSBC7, None, opt=True, basis="高盛, narrative, 維持「買入」"),
    m("target_price", 10.5, "HKD", BEA7, None, opt=True, basis="高盛, narrative, 維持「沽售」"),
    m("target_price", 103, "HKD", HSBC7, None, opt=True, basis="table twin"),
    m("target_price", 111, "HKD", SC7, None, opt=True, basis="table, 中性"),
    m("target_price", 35.1, "HKD", BOCHK7, None, prior=31.1, opt=True, basis="table, 31.1元→35.1元"),
    m("target_price", 31.1, "HKD", BOCHK7, None, opt=True, basis="old target"),
    m("target_price", 114, "HKD", HSB7, None, prior=104, opt=True, basis="table, 104元→114元"),
    m("target_price", 104, "HKD", HSB7, None, opt=True, basis="old target"),
    m("target_price", 10.5, "HKD", BEA7, None, prior=9.5, opt=True, basis="table twin, 9.5元→10.5元"),
    m("target_price", 9.5, "HKD", BEA7, None, opt=True, basis="old target"),
    m("target_price", 8.2, "HKD", DSB7, None, prior=7.4, opt=True, basis="table, 7.4元→8.2元"),
    m("target_price", 7.4, "HKD", DSB7, None, opt=True, basis="old target"),
]
for ent, chg, pct, ss, ratio, where in QUOTES7:
    _m7 += [m("price_change", chg, "HKD", ent, None, opt=True, basis="inline quote, " + where),
            m("price_change", pct, "%", ent, None, opt=True, basis="inline quote, " + where),
            m("short_selling_turnover", ss, "HKD", ent, None, opt=True, basis="inline quote 沽空, " + where),
            m("short_selling_ratio", ratio, "%", ent, None, opt=True, basis="inline quote 比率, " + where)]
G["zh07"] = (_m7, [
    ra(GS7, HSBC7, "maintain", "buy", None, 103, None, "HKD"),
    ra(GS7, BEA7, "raise_target", "sell", None, 10.5, 9.5, "HKD"),
    ra(GS7, SC7, "maintain", "neutral", None, 111, None, "HKD"),
    ra(GS7, BOCHK7, "raise_target", "neutral", None, 35.1, 31.1, "HKD"),
    ra(GS7, HSB7, "raise_target", "neutral", None, 114, 104, "HKD"),
    ra(GS7, DSB7, "raise_target", "neutral", None, 8.2, 7.4, "HKD"),
])


# zh08: Taiwan IPO auction result and public-subscription terms (ETtoday 新聞雲 財經, Traditional; the byline
# "記者高兆麟/綜合報導" kept; the photo caption "▲睿生光電董事長楊柱祥。(圖/記者高兆麟攝)" and the trailing "讀者迴響" left out (no
# figure in them); no headline in the stored text, none composed; the regulation's name kept as printed; whole stored item).
# Key: 睿生光電 (6861) auction — weighted average winning price 123.49元, public-subscription (underwriting) price 70元,
# auction size 2,448張, lowest / highest winning price 120.89元 / 131.90元, auction floor (最低承銷價) 59.83元,
# public-subscription size 912張; the day's close 131元.
# Optional: the 80% / 20% split between auction and public subscription; 3,082 qualified bids and 277 winning bids; the
# repeats of 123.49元 and 70元; the 1.17倍 cap; the paper gain per lot 6.1萬元.
# Judgement calls: the IPO conventions of news44 zh10 / news6 zh15 are carried over to a Taiwan auction-plus-subscription
# IPO: prices and tranche sizes key, bid counts, tranche shares, the pricing-rule multiple and the per-lot paper gain
# optional; the lowest and highest winning prices are two key rows (printed as two statements), not a range; 張 -> "lots";
# "13日", "3月15日至3月17日", "3月21日" carry no year -> period None; "為期三天" (a span) is not labelled. Not labelled: the code 6861.
RS8 = "睿生光電|睿生|InnoCare|InnoCare Optoelectronics|6861"
IPO8 = "offer_price|ipo_price|subscription_price|underwriting_price"
WAP8 = "weighted_average_winning_price|auction_average_price|winning_bid_price"
G["zh08"] = ([
    m("auction_share|tranche_share", 80, "%", RS8, None, opt=True, basis="80%競價拍賣"),
    m("public_subscription_share|tranche_share", 20, "%", RS8, None, opt=True, basis="20%公開申購"),
    m("qualified_bids|bids", 3082, "bids", RS8, None, opt=True, basis="合格標單"),
    m("winning_bids|bids", 277, "bids", RS8, None, opt=True, basis="得標筆數"),
    m(WAP8, 123.49, "TWD", RS8, None, basis="得標加權平均價, auction opened 13日"),
    m(IPO8, 70, "TWD", RS8, None, basis="公開申購承銷價"),
    m("auction_size|shares_offered", 2448, "lots", RS8, None, basis="競價拍賣股數 2,448張"),
    m("lowest_winning_price|winning_bid_price", 120.89, "TWD", RS8, None, basis="最低得標價"),
    m("highest_winning_price|winning_bid_price", 131.9, "TWD", RS8, None, basis="最高得標價 131.90元"),
    m(WAP8, 123.49, "TWD", RS8, None, opt=True, basis="twin (計算得標加權平均價)"),
    m("auction_floor_price|minimum_underwriting_price|floor_price", 59.83, "TWD", RS8, None,
      basis="競價拍賣最低承銷價 (競拍底價)"),
    m("price_cap_multiple|multiple", 1.17, "x", RS8, None, opt=True, basis="cap: 1.17倍 the floor price"),
    m(IPO8, 70, "TWD", RS8, None, opt=True, basis="twin (公開申購價格)"),
    m("public_subscription_size|shares_offered", 912, "lots", RS8, None, basis="公開申購股數 912張"),
    m("price|share_price|close", 131, "TWD", RS8, None, basis="今日收盤價"),
    m("paper_gain_per_lot|paper_gain", 61000, "TWD", RS8, None, opt=True, basis="抽中一張 現賺6.1萬元 at the close"),
], [])


# zh09: Hong Kong weekly secondary-home price index (CCL) with sub-indices and districts (HK01 地產樓市, Traditional; the
# page date line " date 2026-02-06 " left out; no headline in the stored text, none composed; the two sub-headings reworded
# with the figure of the first kept ("跌逾23%"); a standalone photo caption repeating the Kowloon reading
# ("九龍CCL_Mass報150.46點，按周升2.80%，升幅是2023年2月中後近3年以來最大。") left out; the stored text breaks off inside the
# New Territories West sentence ("新界西CCL_Mass報134.04點，按周跌1. 22%，…第5高", no full stop) and the passage ends before it).
# Key: CCL 147.23 points, +0.52% wow, three-week rise 1.80%; the 229 flats sold out in the week it reflects; the next
# target 156 points with the gap 8.77 points / 5.96%; the rises from the reference lows (+8.93% from 135.16, +9.15% from
# 134.89, +8.37% from 135.86) and the fall from the 2021 high (-23.05% from 191.34); CCL Mass 148.80 (+0.51%), CCL small
# and medium units 147.55 (+0.52%), their three-week rises 2.18% / 1.99%; CCL large units 145.59 (+0.50%); Kowloon
# CCL_Mass 150.46 (+2.80%, three weeks +3.86%); New Territories East 160.27 (+0.28%, three weeks +3.69%).
# Optional: the 147-point level crossed; the reference lows 135.16 / 134.89 / 135.86 / 191.34 as rows of their own with
# their printed months; the sub-heading's 跌逾23% (bound); the two rate cuts (兩度減息).
# Judgement calls: as news32 zh12, reference lows are optional levels and the changes measured from them key; "去年5月" is
# 2025-05 by the text's own "2025年5月拆息回落"; the weekly readings carry no printed date with a year -> period None with
# the reflected week in basis; "連升3周共X%" gives a key cumulative % row and no streak row; ranks and spans ("逾2年新高",
# "近3年最大", "次高") are not labelled; "四區樓價兩區上升、兩區下跌" gives no count rows.
CCL9 = "中原城市領先指數|中原城市領先指數CCL|CCL|Centa-City Leading Index|樓價"
MASS9 = "中原城市大型屋苑領先指數|CCL Mass|CCL_Mass|Centa-City Leading Index Mass"
SMALL9 = "CCL（中小型單位）|CCL(中小型單位)|中原城市(中小型單位)領先指數|CCL small and medium units"
LARGE9 = "CCL（大型單位）|CCL(大型單位)|中原城市(大型單位)領先指數|CCL large units"
KLN9 = "九龍CCL_Mass|九龍|Kowloon|Kowloon CCL_Mass"
NTE9 = "新界東CCL_Mass|新界東|New Territories East|NT East"
SS9 = "西沙SIERRA SEA第2A期|西沙SIERRA SEA|SIERRA SEA|Sierra Sea"
W9 = "weekly reading (week of the 1月17日 price list)"
LV, CH = "index_level|index_close", "index_change"
G["zh09"] = ([
    m(LV, 147.23, "points", CCL9, None, basis=W9),
    m(CH, 0.52, "%", CCL9, None, basis="wow (較上周升)"),
    m("units_sold|units", 229, "units", SS9, None, basis="次輪價單229伙 sold out (沽清), 1月17日"),
    m(LV, 147, "points", CCL9, None, opt=True, basis="升穿147點"),
    m(CH, 1.8, "%", CCL9, None, basis="three-week cumulative rise (連升3周，累計共1.80%)"),
    m("index_target|index_level", 156, "points", CCL9, None, basis="next target, the low before the 2023 reopening"),
    m("index_gap|gap_to_target|index_change", 8.77, "points", CCL9, None, basis="distance to 156"),
    m("index_gap_pct|gap_to_target|index_change", 5.96, "%", CCL9, None, basis="distance to 156, in %"),
    m(CH, None, "%", CCL9, None, rng=(None, -23), opt=True, basis="sub-heading: vs the 2021 high, 跌逾23%"),
    m(CH, 8.93, "%", CCL9, None, basis="cumulative rise from the 135.16 low (week H-rate fell below the cap again)"),
    m(LV, 135.16, "points", CCL9, "2025-05", opt=True, basis="去年5月 low"),
    m("rate_cuts|cuts", 2, "cuts", "本地銀行|local banks", None, opt=True, basis="去年本地銀行兩度減息"),
    m(CH, 9.15, "%", CCL9, None, basis="vs the 134.89 low before the March 2025 budget"),
    m(LV, 134.89, "points", CCL9, "2025-03", opt=True, basis="low before the budget (2025年3月財案前)"),
    m(CH, 8.37, "%", CCL9, None, basis="vs the 135.86 low before the first rate cut (2024年9月)"),
    m(LV, 135.86, "points", CCL9, "2024-09", opt=True, basis="low before the first rate cut"),
    m(CH, -23.05, "%", CCL9, None, basis="vs the 191.34 record high of 2021年8月"),
    m(LV, 191.34, "points", CCL9, "2021-08", opt=True, basis="record high"),
    m(LV, 148.8, "points", MASS9, None, basis=W9 + ", printed 148.80"),
    m(CH, 0.51, "%", MASS9, None, basis="wow"),
    m(LV, 147.55, "points", SMALL9, None, basis=W9),
    m(CH, 0.52, "%", SMALL9, None, basis="wow"),
    m(CH, 2.18, "%", MASS9, None, basis="three-week cumulative rise (依次 first)"),
    m(CH, 1.99, "%", SMALL9, None, basis="three-week cumulative rise (依次 second)"),
    m(LV, 145.59, "points", LARGE9, None, basis=W9),
    m(CH, 0.5, "%", LARGE9, None, basis="wow, printed 0.50%"),
    m(LV, 150.46, "points", KLN9, None, basis=W9),
    m(CH, 2.8, "%", KLN9, None, basis="wow, printed 2.80%; largest weekly rise in nearly 3 years"),
    m(CH, 3.86, "%", KLN9, None, basis="three-week cumulative rise"),
    m(LV, 160.27, "points", NTE9, None, basis=W9),
    m(CH, 0.28, "%", NTE9, None, basis="wow"),
    m(CH, 3.69, "%", NTE9, None, basis="three-week cumulative rise"),
], [])


# zh10: Macau monthly gaming revenue, a broker's forecast and the government's January public accounts (論盡媒體 All About
# Macau, 即時報道; the headline "政府開支逆市上升 瑞信料2月賭收跌45%" (its trailing spaces dropped), the byline
# "文:論盡採訪組" and the time line "時間:2015年02月16日 18:18" kept as printed; the section tag "即時報道", the address line
# "網址:https://aamacau.com/?p=15093", the photo tag "特首辦" and the closing "廣告:支持獨立報道" left out; the source's
# doubled punctuation "逾3億。;" kept; whole stored item).
# Key: January 2015 gaming revenue 237.4億元 (-17.4% yoy); the Chief Executive's monthly forecast 約275億 and the new
# finance secretary's monthly range 230億至280億元 (FY2015); 瑞信's forecast of -45% yoy for February; January public
# expenditure 近21.9億元 (+近1成7 = 17 %), public revenue 105億元 (-27.5%, -近40億元), gaming tax 84.8億元 (-近3成 = -30 %,
# 8成 = 80 % of revenue), fiscal balance 83.1億元 (-3成4 = -34 %).
# Optional: the 8-month decline streak; the headline's 跌45% (twin); the expenditure increase 逾3億 (bound).
# Judgement calls: 元 / 億 in a Macau public-finance story are MOP (the text prints no currency); the printed time line
# 2015-02-16 dates "今年" (FY2015) and "1月份" / "2月份" (2015-01 / 2015-02), as news44 zh06; "跌幅收窄至17.4%" is a -17.4 %
# row (a decline, no prior printed); the two officials' monthly figures are forecasts of the average month, the range a
# closed rng; the -45% is the broker's forecast (basis), key as its only body printing; "近1成7" -> 17, "近3成" -> 30,
# "3成4" -> 34, "8成" -> 80 (a share of revenue); "減少近40億元" is a negative MOP change row, "增加逾3億" an optional bound.
# Not labelled: "一月底" (a date), "第8個月" beyond the optional streak row.
GGR10 = "澳門賭收|賭收|本澳博彩收入|博彩收入|澳門博彩毛收入|澳門|本澳|Macau|Macau gaming revenue|gross gaming revenue"
GOV10 = "澳門特區政府|政府|公共財政|澳門|本澳|Macau government|Macau public finances|Macau"
TAX10 = "賭稅|賭稅收益|博彩稅|gaming tax|" + GOV10
CS10 = "瑞士信貨銀行|瑞信|Credit Suisse"
M10, F10, Y10 = "2015-01", "2015-02", "FY2015"
G["zh10"] = ([
    m("gaming_revenue_growth|ggr_growth", -45, "%", GGR10 + "|" + CS10, F10, opt=True,
      basis="headline twin: 瑞信料2月賭收跌45% (forecast)"),
    m("decline_streak|streak", 8, "months", GGR10, M10, opt=True, basis="連跌第8個月 (yoy)"),
    m("gaming_revenue|ggr", 2.374e10, "MOP", GGR10, M10, basis="1月份賭收237.4億元"),
    m("gaming_revenue_growth|ggr_growth", -17.4, "%", GGR10, M10, basis="yoy, 跌幅收窄至17.4%"),
    m("gaming_revenue_forecast|gaming_revenue", 2.75e10, "MOP", GGR10, Y10,
      basis="monthly average forecast by the Chief Executive 崔世安 (約275億)"),
    m("gaming_revenue_forecast|gaming_revenue", None, "MOP", GGR10, Y10, rng=(2.3e10, 2.8e10),
      basis="monthly range estimated by finance secretary 梁維特 (230億至280億元)"),
    m("gaming_revenue_growth|ggr_growth", -45, "%", GGR10 + "|" + CS10, F10,
      basis="瑞信 forecast, yoy, from an industry survey"),
    m("public_expenditure|government_expenditure|expenditure", 2.19e9, "MOP", GOV10, M10, basis="近21.9億元"),
    m("public_expenditure_growth|expenditure_growth", 17, "%", GOV10, M10, basis="yoy, 升近1成7"),
    m("public_expenditure_change|expenditure_change", None, "MOP", GOV10, M10, rng=(3e8, None), opt=True,
      basis="增加逾3億"),
    m("public_revenue|government_revenue|revenue", 1.05e10, "MOP", GOV10, M10, basis="公共財政收入"),
    m("public_revenue_growth|revenue_growth", -27.5, "%", GOV10, M10, basis="yoy"),
    m("public_revenue_change|revenue_change", -4e9, "MOP", GOV10, M10, basis="減少近40億元"),
    m("gaming_tax|gaming_tax_revenue", 8.48e9, "MOP", TAX10, M10, basis="賭稅收益"),
    m("gaming_tax_growth|gaming_tax_revenue_growth", -30, "%", TAX10, M10, basis="跌近3成"),
    m("share_of_revenue|share", 80, "%", TAX10, M10, basis="佔公共財政收入8成"),
    m("fiscal_surplus|fiscal_balance|budget_balance", 8.31e9, "MOP", GOV10, M10, basis="財政結餘 (期內)"),
    m("fiscal_surplus_growth|fiscal_balance_change", -34, "%", GOV10, M10, basis="減少了3成4"),
], [])


# zh11: Taiwan company's third-quarter results with quarter-on-quarter and year-on-year comparatives and product mix
# (中央社 on Yahoo奇摩新聞, Traditional; the dateline "（中央社記者鍾榮峰台北12日電）" and the closing
# "（編輯：楊凱翔）1141112" kept as printed; the "廣告 廣告" line left out; no headline in the stored text, none composed; whole
# stored item).
# Key (2025Q3): profit 576.73億元 (prior 493.25億元), +30% qoq, +17% yoy; EPS 4.15元 (prior 3.55元); AI-server revenue
# 1兆元 for 2025Q1-Q3; revenue 2兆589.49億元 (prior 1兆8545.69億元), +14.47% qoq, +11% yoy; gross margin 6.35% (+0.02 pp qoq,
# +0.16 pp yoy); operating profit 705.36億元; operating margin 3.43% (+0.27 / +0.47 pp); net margin 2.8% (+0.33 / +0.14 pp);
# product shares 約37% (consumer), 42% (cloud / networking), 約15% (computing), 約6% (components), each with the Q2 share as
# prior.
# Optional: the body's repeats (576.73億元, 增加30%, 增加近17%, EPS 4.15元); the comparatives as rows of their own (2025Q2
# revenue 1兆7934.68億元, profit 443.61億元, gross / operating / net margins 6.33% / 3.16% / 2.47%, EPS 3.19元, shares 35% /
# 41% / 18% / 6%; 2024Q3 revenue 1兆8545.69億元, profit 493.25億元, margins 6.19% / 2.95% / 2.66%, EPS 3.55元).
# Judgement calls: "較第2季和2024年同期" makes 第3季 2025Q3, 第2季 2025Q2 and 去年同期 2024Q3, 前3季 2025Q1-Q3; with two
# comparatives printed, the year-earlier one is the prior (news44 zh01's rule extended) and both are optional rows; margin
# moves in 個百分點 are pp rows on the margin (qoq / yoy in basis); the lead's 稅後獲利 and the body's 歸屬母公司業主獲利 are
# the same 576.73億元 (one key row, one twin); "增加近17%" twins the lead's 年增17%; "占比約37%…較第2季的35%略增" gives the
# share with its prior; "與第2季的6%持平" gives the 6% share with prior 6 and no zero change row; the guidance paragraph
# has no figure (2024年 only names the comparison year); "5季以來的高點", "2019年第1季以來高點" are ranks, not labelled.
HH11 = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Foxconn|2317"
CI11 = "消費智能產品|consumer intelligence products|consumer electronics|" + HH11
CL11 = "雲端網路產品|cloud and networking products|cloud products|" + HH11
CO11 = "電腦終端產品|computing products|" + HH11
CP11 = "元件和其他產品|components and other products|" + HH11
AI11 = "AI伺服器|AI servers|AI server|" + HH11
P11, Q211, PY11 = "2025Q3", "2025Q2", "2024Q3"
NP11 = "net_profit|net_income|profit_attributable"
SH11 = "revenue_share|product_mix|share_of_revenue"
G["zh11"] = ([
    m(NP11, 5.7673e10, "TWD", HH11, P11, prior=4.9325e10, basis="單季稅後獲利 (lead); record for a third quarter"),
    m("net_profit_growth|net_income_growth", 30, "%", HH11, P11, basis="qoq (季增)"),
    m("net_profit_growth|net_income_growth", 17, "%", HH11, P11, basis="yoy (年增)"),
    m("eps|earnings_per_share", 4.15, "TWD", HH11, P11, prior=3.55, basis="單季每股基本純益 (lead)"),
    m("ai_server_revenue|revenue", 1e12, "TWD", AI11, "2025Q1-Q3", basis="前3季AI伺服器營收 1兆元"),
    m("revenue", 2.058949e12, "TWD", HH11, P11, prior=1.854569e12, basis="合併營收 2兆589.49億元; record for a third quarter"),
    m("revenue", 1.793468e12, "TWD", HH11, Q211, opt=True, basis="第2季 1兆7934.68億元"),
    m("revenue", 1.854569e12, "TWD", HH11, PY11, opt=True, basis="去年同期 1兆8545.69億元"),
    m("revenue_growth", 14.47, "%", HH11, P11, basis="qoq (季增)"),
    m("revenue_growth", 11, "%", HH11, P11, basis="yoy"),
    m("gross_margin", 6.35, "%", HH11, P11, prior=6.19, basis="合併毛利率; 5-quarter high"),
    m("gross_margin", 6.33, "%", HH11, Q211, opt=True),
    m("gross_margin_change|gross_margin", 0.02, "pp", HH11, P11, basis="qoq (微增)"),
    m("gross_margin", 6.19, "%", HH11, PY11, opt=True),
    m("gross_margin_change|gross_margin", 0.16, "pp", HH11, P11, basis="yoy"),
    m("operating_income|operating_profit", 7.0536e10, "TWD", HH11, P11, basis="合併營業利益"),
    m("operating_margin", 3.43, "%", HH11, P11, prior=2.95, basis="營益率; highest since 2019Q1"),
    m("operating_margin", 3.16, "%", HH11, Q211, opt=True),
    m("operating_margin_change|operating_margin", 0.27, "pp", HH11, P11, basis="qoq"),
    m("operating_margin", 2.95, "%", HH11, PY11, opt=True),
    m("operating_margin_change|operating_margin", 0.47, "pp", HH11, P11, basis="yoy"),
    m(NP11, 5.7673e10, "TWD", HH11, P11, opt=True, basis="twin: 歸屬母公司業主獲利 (body)"),
    m(NP11, 4.4361e10, "TWD", HH11, Q211, opt=True, basis="第2季"),
    m("net_profit_growth|net_income_growth", 30, "%", HH11, P11, opt=True, basis="twin (body, 增加30%)"),
    m(NP11, 4.9325e10, "TWD", HH11, PY11, opt=True, basis="去年同期"),
    m("net_profit_growth|net_income_growth", 17, "%", HH11, P11, opt=True, basis="twin (body, 增加近17%)"),
    m("net_margin|net_profit_margin", 2.8, "%", HH11, P11, prior=2.66, basis="淨利率"),
    m("net_margin|net_profit_margin", 2.47, "%", HH11, Q211, opt=True),
    m("net_margin_change|net_margin", 0.33, "pp", HH11, P11, basis="qoq"),
    m("net_margin|net_profit_margin", 2.66, "%", HH11, PY11, opt=True),
    m("net_margin_change|net_margin", 0.14, "pp", HH11, P11, basis="yoy"),
    m("eps|earnings_per_share", 4.15, "TWD", HH11, P11, opt=True, basis="twin: 每股純益（EPS） (body)"),
    m("eps|earnings_per_share", 3.19, "TWD", HH11, Q211, opt=True),
    m("eps|earnings_per_share", 3.55, "TWD", HH11, PY11, opt=True),
    m(SH11, 37, "%", CI11, P11, prior=35, basis="約占37%, 略增"),
    m(SH11, 35, "%", CI11, Q211, opt=True),
    m(SH11, 42, "%", CL11, P11, prior=41, basis="略增"),
    m(SH11, 41, "%", CL11, Q211, opt=True),
    m(SH11, 15, "%", CO11, P11, prior=18, basis="約占15%, 略減"),
    m(SH11, 18, "%", CO11, Q211, opt=True),
    m(SH11, 6, "%", CP11, P11, prior=6, basis="約占6%, 持平"),
    m(SH11, 6, "%", CP11, Q211, opt=True),
], [])


# zh12: Taiwan close with the three institutional groups' net buying and their running totals (經濟日報 on udn 聯合新聞網,
# Traditional; the byline "經濟日報／ 記者崔馨方／台北報導" kept with its space; the photo caption "台股示意圖。 聯合報系資料照" left
# out (no figure); no headline in the stored text, none composed; the source's "德意志資產管理（DWS）表示亞太區投資長" rendered
# without the stray "表示" (no figure in it); the streak words 連二漲 / 連二買 / 連六買 kept as printed; whole stored item).
# Key: TAIEX +228 points to 27,793; turnover 4,572億元; the year-end target 29,000 points; the two-day gain 450 points; TSMC
# 1,450元 (+20元); 世芯-KY -6.7%, 鴻勁 +6.5%; institutional net buying 214.8億元: foreign 162.1億元 (cumulative 297.9億元),
# investment trusts 14億元 (cumulative 349.1億元), dealers 38.6億元 (cumulative 73億元); the eight state-run banks' net
# selling 21億元; this year's third-quarter gain 16%.
# Optional: the 29,000-point twin; the streaks (連二漲, 連二買 twice, 連六買); the 25 千金股; the historical rule's threshold
# "超過10%" (open bound).
# Judgement calls: "昨（3）日" prints no month or year -> period None with 3日 in basis; "今年第3季" -> "Q3" (the half /
# quarter without a year, news45 zh12); 買超 positive, 賣超 negative (news44 zh12); "累計買超X億元" over a streak is a key
# cumulative row with the streak optional (news44 zh05's streak rule); "成交量縮減至4,572億元" is a key turnover level (no
# prior printed); "過去30年" is a span (no row). Not labelled: the code 2330.
TAIEX12 = "加權指數|台股|大盤|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III12 = "三大法人|institutional investors|three major institutional investors"
FI12 = "外資|外資及陸資|foreign investors|foreign institutional investors"
IT12 = "投信|investment trusts|domestic investment trusts"
DL12 = "自營商|dealers|proprietary traders"
GOV12 = "八大公股行庫|公股行庫|八大行庫|state-run banks|eight government-controlled banks"
TSMC12 = "台積電|台灣積體電路|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
NB12 = "net_buy|net_buying|net_sell|fund_flow"
D12 = "close, 3日 (昨)"
G["zh12"] = ([
    m("index_change", 228, "points", TAIEX12, None, basis=D12 + ", 大漲"),
    m("index_level|index_close", 27793, "points", TAIEX12, None, basis=D12 + ", printed 27,793"),
    m("turnover|trading_value", 4.572e11, "TWD", TAIEX12, None, basis=D12 + ", 縮減至4,572億元"),
    m("index_target|index_level", 29000, "points", TAIEX12, None, basis="法人預料 short-term target before year-end"),
    m("index_change", 450, "points", TAIEX12, None, basis="two-day cumulative gain (連二漲、累計上漲)"),
    m("winning_streak|streak", 2, "days", TAIEX12, None, opt=True, basis="連二漲"),
    m("index_target|index_level", 29000, "points", TAIEX12, None, opt=True, basis="twin (叩關29,000點)"),
    m("price|share_price|close", 1450, "TWD", TSMC12, None, basis=D12 + ", day's high, printed 1,450元"),
    m("price_change", 20, "TWD", TSMC12, None, basis=D12 + ", 上漲"),
    m("stocks|count", 25, "stocks", "千金股|stocks priced at NT$1,000 or more", None, opt=True, basis="25檔千金股"),
    m("price_change", -6.7, "%", "世芯-KY|世芯|Alchip|Alchip Technologies|3661", None, basis=D12 + ", weakest 千金股"),
    m("price_change", 6.5, "%", "鴻勁|鴻勁精密|Hon Precision|7769", None, basis=D12 + ", strongest 千金股"),
    m(NB12, 2.148e10, "TWD", III12, None, basis="合計買超, " + D12),
    m(NB12, 1.621e10, "TWD", FI12, None, basis="外資買超, " + D12),
    m("buying_streak|streak", 2, "days", FI12, None, opt=True, basis="連二買"),
    m(NB12, 2.979e10, "TWD", FI12, None, basis="cumulative over the streak (累計買超)"),
    m(NB12, 1.4e9, "TWD", IT12, None, basis="投信買超, " + D12),
    m("buying_streak|streak", 6, "days", IT12, None, opt=True, basis="連六買"),
    m(NB12, 3.491e10, "TWD", IT12, None, basis="cumulative over the streak (累計買超)"),
    m(NB12, 3.86e9, "TWD", DL12, None, basis="自營商買超, " + D12),
    m("buying_streak|streak", 2, "days", DL12, None, opt=True, basis="連二買"),
    m(NB12, 7.3e9, "TWD", DL12, None, basis="cumulative over the streak (累計買超)"),
    m(NB12, -2.1e9, "TWD", GOV12, None, basis="賣超21億元, 由買轉賣, " + D12),
    m("index_change", None, "%", TAIEX12, None, rng=(10, None), opt=True,
      basis="historical rule: a third-quarter gain 超過10% (past 30 years)"),
    m("index_change", 16, "%", TAIEX12, "Q3", basis="今年第3季 gain"),
], [])
