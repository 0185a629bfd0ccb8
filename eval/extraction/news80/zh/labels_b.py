# Hand labels for news80/zh, batch b (zh07-zh12; all six Traditional Chinese, from Hong Kong and Taiwan outlets): 香港01
# (hk01.com 財經快訊) on 中電's 2015 annual results, 理財寶 fintechgo.com.tw (FinDiary, relaying 經濟日報) on 國發會's November
# business-climate signal, 大紀元 Hong Kong (hk.epochtimes.com) on Hong Kong's January consumer prices, 明報 (finance.mingpao.com
# 即時財經) on 佳明集團's profit warning, 鉅亨網 (news.cnyes.com) on Taiwan's end-October foreign-exchange reserves, and 香港文匯報
# (wenweipo.com) on a mid-sized bank raising its H按 cap rate with a broker's mortgage-payment sums; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except the prescribed load check of
# this file (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py, no build_labels.py run), no
# extractor output was seen, and no extractor code, plugin, test, docs page, gold.jsonl or other batch's labels, sources,
# notes or texts was opened. Unit and metric words were checked against the earlier sets' labels_*.py files (grep:
# "underlying_profit", "operating_earnings", "景氣", "underlying_inflation", "盈警", "fx_reserves", "封頂", "prime_rate",
# "monthly_payment"); news79 zh labels_a.py and labels_b.py and README read whole; read as precedents: news41 zh07 and news72
# zh08 (中電's annual results), news29 zh12 (the business-climate signal), news47 zh12 and news32 zh10 (Hong Kong consumer
# prices), news43 zh07, news71 zh11 and news77 zh12 (Hong Kong profit warnings and alerts), news43 zh11 and news70 zh10
# (Taiwan's foreign-exchange reserves), news55 zh09 and news35 zh09 (H按 rates, HIBOR and monthly payments).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news79/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 港元 / 元 / 億元 = HKD in the Hong Kong items (zh07 prints "﹙港元,下同﹚"; zh10 and zh12 print bare 元 for a Hong
# Kong company and Hong Kong mortgages); 美元 / 億美元 / 兆美元 = USD (zh11). Rates: X厘 = X % (corpus), a move of 0.25厘 in a
# rate = 25 bp, a spread "P-2.25%" = -2.25 % (printed with %; news55 zh09 labels an H按 margin in %).
# Values fully scaled (156.7億 -> 1.567e10; 115.33億元 -> 1.1533e10; 50.05億元 -> 5.005e9; 6001.97 億美元 -> 6.00197e11;
# 27.46 億美元 -> 2.746e9; 11537 億美元 -> 1.1537e12; 3.3387 兆美元 -> 3.3387e12; 500萬元 -> 5e6; 21,419元 -> 21419; 千億元 ->
# 1e11); 個百分點 -> "pp"; 分 (the business-climate score) -> "points" (news29 zh12), index readings -> "points"; declines
# negative (減少, 下降, 下滑, 跌, 貶, 挫, 月減, 淨匯出, 跌幅); 約X -> X; 逼近X / 超過X / 以下 / 最少約X as bounds (optional unless
# the statement's only figure: the forecast P hike "最少約0.25厘" is key, as news43's profit-alert bounds).
# Repeats: a figure printed twice (headline / summary bullets / sub-heading and body) is one key row (the body's) and an
# optional twin; a headline rounding (40% beside 39.6%) is an optional row of its own value. An earlier value printed beside
# a new one ("由3.125厘增加…至3.375厘", "由原本的21,419元增至22,105元", a bracketed "(上月按年升3.8%)") is the prior of the new
# value and an optional row of its own (news47 zh12, news32 zh10, news43 batch b).
# Periods only where the text states or clearly implies the year: zh07 FY2015 ("截至去年底止全年" beside "2015 年度總股息");
# zh08 None (11月, 12月27日: no year printed); zh09 None (1月份, 今天(23日): no year printed; the month in basis); zh10 FY2024
# (截至2024年3月31日止年度, printed) and FY2023 for 去年同期; zh11 None (10 月底, 9 月底, 今 (5) 日: no year printed); zh12 None
# (昨日, 本月: no date printed). Page date lines, address dates and the writer's knowledge are never used.
# Entities list names as printed plus Traditional / English forms and stock codes; segments, CPI components, currencies,
# countries, indicators and banks take their own name with the parent (company / economy / central bank) as alias where apt.
# Not labelled anywhere: stock codes (0002, 1271), ordinals (第四期, 首三次, (1) (2) (3)), counts of components or categories
# (9項, 7項, 9大類別, 88個組別, 三個), spans (近15個月, 四個月, 15年), dates and months.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 中電's 2015 annual results (香港01 hk01.com 財經快訊 9517; Traditional with half-width "," and the full-width small
# brackets "﹙﹚" as printed, the spaces around several figures ("每股 1.05 元", "2015 年度", "上升 14.6%", "6.4% 至 82.76億元",
# "2014 年 5 月", "25.2%至 19.77億元") kept; the headline kept, reworded (中電去年多賺40% 第四期派息1.05元 -> 中電去年盈利多賺40%
# 第四期每股派1.05元); the byline "撰文:黃捷" and the empty "出版:更新:" line left out; whole stored item otherwise).
# Kind asked for: a Hong Kong utility's annual results (股東應佔溢利, 每股股息, 按年變化): the year's profit with its growth,
# the fourth interim and total dividends, operating earnings and four business regions; no 基本溢利 is printed (the
# company's own measure is 營運盈利, labelled as operating earnings, news41 zh07).
# Key (FY2015): profit 156.7億 (+39.6%); fourth interim dividend 1.05元; 2015 total dividend 2.70元; operating earnings
# 115.33億元 (+14.6%); Hong Kong 82.76億元 (+6.4%); China 19.77億元 (+25.2%); 中電印度 6.12億元 (+126.7%); Australia 8.36億元
# (+10.6%); the impairment provisions and onerous-contract provisions 14.8億元 (Australia).
# Optional: the headline's 40% (rounding of 39.6%) and 1.05元 (twin); the additional 30% share of 青山發電廠 (a stake).
# Judgement calls: 去年 is FY2015 (the text prints "2015 年度總股息" for the same year); "全年盈利" is the group's profit
# (net_profit, news41 zh07 / news72 zh08 names); 第四期中期股息 is an interim dividend with dps alternatives (news72 zh08); the
# regions take their own name with 中電 as alias; 中電印度's "盈利" is labelled with the operating-earnings names as well
# (the region's earnings in a list of operating earnings); the provision is a positive charge (majority of the earlier
# impairment rows); 2014 年 5 月 (a completion date) gives no row.
CLP7 = "中電|中電控股|CLP|CLP Holdings|CLP Group|0002|00002|2"
HK7 = "香港區|香港|香港業務|Hong Kong|Hong Kong business|" + CLP7
CN7 = "中國|中國業務|內地|Mainland China|China|" + CLP7
IN7 = "中電印度|印度|印度業務|CLP India|India|" + CLP7
AU7 = "澳洲業務|澳洲|EnergyAustralia|Australia|" + CLP7
Y7 = "FY2015"
NP7 = "net_profit|profit_attributable|net_income"
NPG7 = "net_profit_growth|profit_attributable_growth|net_income_growth"
OE7 = "operating_earnings|operating_profit|segment_profit"
OEG7 = "operating_earnings_growth|operating_profit_growth|segment_profit_growth"
G["zh07"] = ([
    m(NPG7, 40, "%", CLP7, Y7, opt=True, basis="headline 多賺40% (rounding of 39.6%)"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1.05, "HKD", CLP7, Y7, opt=True,
      basis="headline twin (第四期每股派1.05元)"),
    m(NP7, 1.567e10, "HKD", CLP7, Y7, basis="全年盈利 156.7億 (港元,下同), 截至去年底止"),
    m(NPG7, 39.6, "%", CLP7, Y7, basis="yoy (比上年增加)"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1.05, "HKD", CLP7, Y7,
      basis="fourth interim dividend per share (第四期中期股息)"),
    m("total_dividend|dividend_per_share|dps|dividend", 2.70, "HKD", CLP7, Y7,
      basis="2015 年度總股息, with the first three interim dividends"),
    m("operating_earnings|operating_profit|core_profit", 1.1533e10, "HKD", CLP7, Y7, basis="集團營運盈利"),
    m("operating_earnings_growth|operating_profit_growth|core_profit_growth", 14.6, "%", CLP7, Y7, basis="yoy (上升)"),
    m(OE7, 8.276e9, "HKD", HK7, Y7, basis="香港區營運盈利"),
    m(OEG7, 6.4, "%", HK7, Y7, basis="yoy (上升)"),
    m("stake|shareholding|equity_interest", 30, "%", "青山發電廠|Castle Peak Power Station|青電|" + CLP7, None, opt=True,
      basis="額外30% share after the 青電 acquisition (2014 年 5 月)"),
    m(OE7, 1.977e9, "HKD", CN7, Y7, basis="中國 operating earnings"),
    m(OEG7, 25.2, "%", CN7, Y7, basis="yoy (上升), lower coal prices"),
    m(OE7 + "|net_profit", 6.12e8, "HKD", IN7, Y7, basis="中電印度盈利"),
    m(OEG7 + "|net_profit_growth", 126.7, "%", IN7, Y7, basis="yoy (增加)"),
    m(OE7, 8.36e8, "HKD", AU7, Y7, basis="Australia operating earnings, after the restructuring"),
    m(OEG7, 10.6, "%", AU7, Y7, basis="yoy (上升)"),
    m("impairment_charge|impairment_provision|provisions|impairment", 1.48e9, "HKD", AU7, Y7,
      basis="減值撥備 and 虧損性合約準備 on generation assets, 合共14.8億元"),
], [])


# zh08: 國發會's November business-climate monitoring signal (景氣對策信號) (理財寶 fintechgo.com.tw FinDiary 1853395647600845,
# crediting 經濟日報; Traditional with half-width "," as printed; the three summary bullets "  •" kept as printed, reworded,
# above the body; the page's "Loading" line and the image credit "圖資來源:國發會(景氣燈號)" left out as page furniture; the
# closing credit "資料來源: 經濟日報" kept with its space; no headline in the stored text and none composed; whole stored item).
# Kind asked for: the National Development Council's business-climate signal (綜合判斷分數, 燈號, 各構成項目, 領先與同時指標):
# all four printed (the score and its change, the light 黃藍燈, the two components that changed with their score changes,
# the leading and coincident indices with their monthly changes); the components' own rates are not printed.
# Key (11月, no year printed -> period None): composite score 20 (+4 on the month; 黃藍燈); component score changes: 海關出口值
# +2, 批發、零售及餐飲業營業額 +2; leading index (excluding trend) 98.31 (-0.32%); coincident index 100.67 (+0.77%).
# Optional: the bullets' 20, +4, 98.31, -0.32%, 100.67 and +0.77% (exact twins of the body).
# Judgement calls: "分" is labelled in points (news29 zh12); "海關出口值、批發、零售及餐飲業營業額…分數各增加2分" is two
# components (the first bullet's "11月出口、批發業營業額" and the total +4 agree), each +2; the index readings are "points",
# their changes "%" (較上月下降 / 上升); 近15個月 (a span), 9項 / 7項 (counts), 12月27日 (the release day) give no rows.
TW8 = "台灣|臺灣|Taiwan|國發會|國家發展委員會|National Development Council"
SC8 = ("景氣對策信號|景氣燈號|綜合判斷分數|景氣對策信號綜合判斷分數|Taiwan business climate monitoring indicator|"
       "business climate signal|" + TW8)
EXP8 = "海關出口值|出口|customs exports|exports|" + TW8
WRS8 = "批發、零售及餐飲業營業額|批發零售及餐飲業營業額|wholesale, retail and food services sales|" + TW8
LI8 = "領先指標|領先指標不含趨勢指數|leading index|leading indicators|composite leading index|" + TW8
CI8 = "同時指標|同時指標不含趨勢指數|coincident index|coincident indicators|composite coincident index|" + TW8
N8 = "11月 (no year printed)"
SCORE8 = "business_climate_score|monitoring_indicator_score|composite_score"
SCOREC8 = "business_climate_score_change|score_change"
SCC8 = "component_score_change|score_change"
LVL8 = "leading_index|index_level|composite_index"
CLV8 = "coincident_index|index_level|composite_index"
IC8 = "index_change|index_change_pct|leading_index_change|coincident_index_change"
G["zh08"] = ([
    m(SCORE8, 20, "points", SC8, None, opt=True, basis="summary bullet twin, " + N8),
    m(SCOREC8, 4, "points", SC8, None, opt=True, basis="summary bullet twin (比上月多4分)"),
    m(LVL8, 98.31, "points", LI8, None, opt=True, basis="summary bullet twin"),
    m(IC8, -0.32, "%", LI8, None, opt=True, basis="summary bullet twin (下滑)"),
    m(CLV8, 100.67, "points", CI8, None, opt=True, basis="summary bullet twin"),
    m(IC8, 0.77, "%", CI8, None, opt=True, basis="summary bullet twin (上揚)"),
    m(SCORE8, 20, "points", SC8, None, basis="綜合判斷分數, 黃藍燈, highest in 近15個月, " + N8),
    m(SCOREC8, 4, "points", SC8, None, basis="較上月增加4分, " + N8),
    m(SCC8, 2, "points", EXP8, None, basis="component score, 藍燈 -> 綠燈 (分數各增2分), " + N8),
    m(SCC8, 2, "points", WRS8, None, basis="component score, 藍燈 -> 綠燈 (分數各增2分), " + N8),
    m(LVL8, 98.31, "points", LI8, None, basis="不含趨勢指數, " + N8),
    m(IC8, -0.32, "%", LI8, None, basis="較上月下降, " + N8),
    m(CLV8, 100.67, "points", CI8, None, basis="不含趨勢指數, " + N8),
    m(IC8, 0.77, "%", CI8, None, basis="較上月上升, " + N8),
], [])


# zh09: Hong Kong's January consumer prices with the nine categories and the largest movers among the 88 groups (大紀元
# Hong Kong hk.epochtimes.com 37273148; Traditional with half-width "," "(" ";" as printed; no headline in the stored text
# and none composed; the closing mark "@", the dashed lines and the InfoG / 名家專欄 / Miss NTD links (bit.ly) and the
# subscription lines after them left out as page furniture; the source's "部份" and "隨着" kept; whole stored item otherwise).
# The spokesman's direct quotation (「…」) is rendered as reported speech.
# Kind asked for: the Census and Statistics Department's consumer price index (綜合消費物價指數, 基本通脹率, 按年, 上月): all
# printed (the headline rate with the previous month's and the market forecast, the underlying rate), with the nine
# categories and six groups each with the previous month's rate in brackets.
# Key (1月份, no year printed -> period None): composite CPI +2.4% yoy (prior 2.0%, 上月); market forecast 1.9%; underlying
# inflation 2.6%; the nine categories (prior in brackets): 食品 +5.0% (3.8), 住屋 -0.1% (-0.1), 電力、燃氣及水 +20.6% (14.7),
# 煙酒 +0.8% (1.6), 衣履 +5.8% (5.1), 耐用物品 -2.2% (-1.5), 雜項物品 +1.0% (0.5), 交通 +0.9% (2.7), 雜項服務 +2.0% (1.9);
# the six groups: 電力 +30.5% (21.3), 新鮮蔬菜 +20.2% (9.4), 男裝外衣 +16.8% (12.5), 影音器材 -10.0% (-9.6), 渡海小輪船費
# -8.7% (-8.7), 巴士車費 -7.9% (-4.0); 鮮果 +125.9% over 10 years; 牛肉 +484.4% over 30 years and 6.1% annualised.
# Optional: the previous month's headline 2.0% and the fifteen bracketed previous-month rates as rows of their own; the
# spokesman's "基本消費物價的通脹升至2.4%" (an underlying figure that differs from the lead's 2.6%, kept as printed).
# Judgement calls: no year is printed ("今年", "去年" only beside 一月 / 二月 for the new year's timing) -> period None, the
# month in basis (news79 zh02); "上月" is the earlier value of the same rate -> prior of the January row and an optional row
# (news47 zh12, news32 zh10), and the bracketed "(上月按年升3.8%)" / "(升14.7%)" the same for each category and group; the
# spokesman's 2.4% is labelled optional rather than dropped (a figure printed for underlying inflation that disagrees with
# the lead); the market forecast is a consensus row (news79 zh05); 10年 / 30年 are the spans of the two long-run rises
# (basis), 四個月 (a high's span), 9大類別 / 88個組別 and the 三個 of the rankings give no rows.
HK9 = ("綜合消費物價指數|消費者物價指數|整體消費物價|綜合CPI|CPI|Composite CPI|Composite Consumer Price Index|Hong Kong CPI|"
       "香港|Hong Kong|香港政府統計處|政府統計處")
UND9 = "基本通脹率|基本通脹|基本消費物價通脹|underlying inflation|underlying inflation rate|" + HK9
M9 = "1月份 (no year printed)"
INF9 = "cpi_yoy|inflation|inflation_rate|cpi|cpi_change"
UINF9 = "underlying_inflation|underlying_cpi_yoy|core_inflation|inflation_rate"
COMP9 = "cpi_component_change|price_change|inflation|cpi_change"
CATS9 = [
    ("食品|食品價格|food", 5.0, 3.8, "9大類別"),
    ("住屋|housing", -0.1, -0.1, "9大類別"),
    ("電力、燃氣及水|電力燃氣及水|electricity, gas and water", 20.6, 14.7, "9大類別"),
    ("煙酒|alcoholic drinks and tobacco", 0.8, 1.6, "9大類別"),
    ("衣履|clothing and footwear", 5.8, 5.1, "9大類別"),
    ("耐用物品|durable goods", -2.2, -1.5, "9大類別"),
    ("雜項物品|miscellaneous goods", 1.0, 0.5, "9大類別"),
    ("交通|transport", 0.9, 2.7, "9大類別"),
    ("雜項服務|miscellaneous services", 2.0, 1.9, "9大類別"),
    ("電力|electricity", 30.5, 21.3, "88個組別, largest rise (依次 first)"),
    ("新鮮蔬菜|fresh vegetables", 20.2, 9.4, "88個組別, 依次 second"),
    ("男裝外衣|men's outerwear|menswear", 16.8, 12.5, "88個組別, 依次 third"),
    ("影音器材|audio-visual equipment", -10.0, -9.6, "88個組別, largest fall (依次 first)"),
    ("渡海小輪船費|ferry fares|cross-harbour ferry fares", -8.7, -8.7, "88個組別, 依次 second"),
    ("巴士車費|bus fares", -7.9, -4.0, "88個組別, 依次 third"),
]
zh09 = [
    m(INF9, 2.4, "%", HK9, None, prior=2.0, basis="yoy, " + M9 + ", 4-month high; prior = 上月按年升幅"),
    m(INF9, 2.0, "%", HK9, None, opt=True, basis="上月 (the previous month), yoy"),
    m("cpi_consensus|inflation_consensus|cpi_forecast", 1.9, "%", HK9, None, basis="市場預測, " + M9),
    m(UINF9, 2.6, "%", UND9, None, basis="netting out all one-off government relief measures (即基本通脹率), " + M9),
    m(UINF9, 2.4, "%", UND9, None, opt=True,
      basis="spokesman: 基本消費物價的通脹升至2.4% (as printed; differs from the lead's 2.6%)"),
]
for names, v, prev, grp in CATS9:
    ent = names + "|" + HK9
    zh09.append(m(COMP9, v, "%", ent, None, prior=prev, basis="yoy, " + grp + ", " + M9 + "; prior = 上月 in brackets"))
    zh09.append(m(COMP9, prev, "%", ent, None, opt=True, basis="上月按年 (previous month, in brackets), " + grp))
zh09 += [
    m("price_change|cumulative_price_change", 125.9, "%", "鮮果|fresh fruit|" + HK9, None,
      basis="over 10 years (10年來升幅最多), 上揚"),
    m("price_change|cumulative_price_change", 484.4, "%", "牛肉|beef|" + HK9, None, basis="over 30 years, 飆升 (「通脹之霸」)"),
    m("annualised_price_change|annualized_inflation|price_change", 6.1, "%", "牛肉|beef|" + HK9, None,
      basis="年度化 over 30 years"),
]
G["zh09"] = (zh09, [])


# zh10: 佳明集團's profit warning for the year to March 2024 (明報 finance.mingpao.com 即時財經 1718277948735; Traditional with
# half-width "," and "(" as printed; no headline in the stored text (the address carries one) and none composed; the
# "其他報道" block with its four related headlines left out as page furniture (their 500億元, 五成, 174點, 1.3%, 9% dropped
# with them); whole stored item otherwise). Short (259 characters without whitespace): the whole stored item.
# Kind asked for: a Hong Kong-listed company's profit warning (預期純利, 按年下跌X%至Y%, 去年同期): the net-profit fall as a
# range and the revenue fall, against the year-earlier revenue and net profit; no forecast profit level is printed.
# Key: the forecasts for FY2024 (截至2024年3月31日止年度): revenue 約-90% and net profit -70%至-80% (rng); the year-earlier
# (FY2023, 去年同期) revenue 約50.05億元 and net profit 約12.75億元.
# Optional: none.
# Judgement calls: 元 = HKD (a Hong Kong company, no currency printed; corpus); "截至2024年3月31日止年度" is FY2024 (the fiscal
# year to March, news14 batch b); the year-earlier figures are the base of the forecast changes with no current level to
# attach them to -> key rows of their own with period FY2023 (news43 zh07: 神威藥業's 2021 net profit); "介乎70%至80%之跌幅" ->
# rng (-80, -70); 約X -> X; the stock code 1271 gives no row.
GM10 = "佳明集團|佳明|佳明集團控股|Grand Ming Group|Grand Ming Group Holdings|1271|01271"
G["zh10"] = ([
    m("revenue|total_revenue", 5.005e9, "HKD", GM10, "FY2023", basis="去年同期 收益, 約50.05億元 (base of the forecast)"),
    m("net_profit|net_income|profit", 1.275e9, "HKD", GM10, "FY2023", basis="去年同期 淨溢利, 約12.75億元"),
    m("revenue_growth|revenue_change", -90, "%", GM10, "FY2024", basis="profit warning, 預料顯著下跌約90%, yoy"),
    m("net_profit_growth|net_income_growth|profit_growth", None, "%", GM10, "FY2024", rng=(-80, -70),
      basis="profit warning, 淨溢利跌幅介乎70%至80%, yoy"),
], [])


# zh11: Taiwan's end-October foreign-exchange reserves with the month's currency moves, foreign holdings and other
# economies' reserves (鉅亨網 news.cnyes.com 6220200; Traditional with full-width "，" "；" "：" and the spaces around the
# figures ("6001.97 億美元", "10 月", "今 (5) 日", " (1) ") as printed; the headline kept, reworded (匯率變動 我10月外匯存底下滑
# 穩住6000億美元規模 -> 匯率波動 我國10月外匯存底走低 仍守住6000億美元規模); the byline line "鉅亨網記者王莞甯 台北" kept as
# printed; the spelling 蔡炯民 kept; whole stored item).
# Kind asked for: the central bank's foreign-exchange reserves (億美元, 增減, 月底): all printed (the end-October level and
# its fall on the month), with the month's currency moves, foreign investors' outflow and holdings, and six other
# economies' reserves.
# Key (10 月底, no year printed -> period None): reserves 6001.97 億美元 and -27.46 億美元 on the month; 美元指數 +2.08%, 歐元
# -1.34%, 英鎊 -2.1%, 澳幣 -0.59%, 加幣 -0.52%, 新台幣 -0.74%, 日元 -3.58%, 人民幣 +0.28%; foreign net outflow 約50億美元 (-);
# foreign holdings of stocks, bonds and NT$ deposits 11537 億美元 (+1140 億美元), 192% of the reserves (+20 pp); 中國 3.3387
# 兆美元 (9 月底, +165 億), 日本 1.1483 兆美元 (+62 億), 瑞士 9117 億美元 (+189 億), 香港 4037 億美元 (-47 億), 南韓 4039 億美元
# (10 月, +69 億), 印度 5665 億美元 (-153 億).
# Optional: the headline's "守住6000億美元規模" (a bound restating the exact level, news43 zh11).
# Judgement calls: no year is printed -> period None, the month-ends in basis (news43 zh11); "較上月底減少" is a change row, not
# a prior (the September level is not printed); currency moves are % changes against the US dollar with each currency
# its own entity (news43 zh11, news70 zh10), 強彈 / 升值 positive, 下跌 / 貶 / 重挫 negative; 淨匯出 negative (news70 zh10);
# "月增多達 20 個百分點" -> +20 pp; each economy's "月增 / 月減" is a change row beside its level; 今 (5) 日 and (1) (2) (3)
# give no rows.
TW11 = "台灣|我國|Taiwan|中央銀行|央行|台灣央行|Central Bank of the Republic of China (Taiwan)|CBC"
FOR11 = "外資|foreign investors|foreign holdings|" + TW11
FX11 = "fx_reserves|foreign_exchange_reserves|reserves"
FXC11 = "fx_reserves_change|foreign_exchange_reserves_change|reserves_change"
CC11 = "currency_change|fx_change|exchange_rate_change|appreciation"
E11 = "10 月底 (no year printed)"


def cur11(ent, v, word):
    return m(CC11, v, "%", ent, None, basis="vs USD, 10 月, " + word)


def fx11(ent, lvl, chg, when):
    return [m(FX11, lvl, "USD", ent, None, basis=when),
            m(FXC11, chg, "USD", ent, None, basis="on the month (" + ("月增" if chg > 0 else "月減") + "), " + when)]


G["zh11"] = ([
    m(FX11, None, "USD", TW11, None, rng=(6e11, None), opt=True, basis="headline: 守住6000億美元規模 (restates the level)"),
    m(FX11, 6.00197e11, "USD", TW11, None, basis=E11),
    m(FXC11, -2.746e9, "USD", TW11, None, basis="比上月底減少, " + E11),
    cur11("美元指數|US dollar index|DXY|dollar index", 2.08, "強勁反彈"),
    cur11("歐元|euro|EUR", -1.34, "下跌"),
    cur11("英鎊|pound|sterling|GBP", -2.1, "貶值"),
    cur11("澳幣|Australian dollar|AUD", -0.59, "貶"),
    cur11("加幣|Canadian dollar|CAD", -0.52, "貶"),
    cur11("新台幣|NT dollar|New Taiwan dollar|TWD", -0.74, "貶"),
    cur11("日元|日圓|yen|Japanese yen|JPY", -3.58, "大挫"),
    cur11("人民幣|renminbi|yuan|CNY", 0.28, "升值 (the only one)"),
    m("foreign_net_inflow|net_flow|capital_outflow", -5e9, "USD", FOR11, None, basis="10 月淨匯出約 50 億美元 (outflow)"),
    m("foreign_holdings|foreign_portfolio_holdings", 1.1537e12, "USD", FOR11, None,
      basis="stocks and bonds at market value plus NT$ deposits, " + E11),
    m("foreign_holdings_change|change", 1.14e11, "USD", FOR11, None, basis="比上月大幅增加"),
    m("foreign_holdings_to_reserves|ratio", 192, "%", FOR11, None, basis="約相當於外匯存底的 192%"),
    m("foreign_holdings_to_reserves_change|ratio_change", 20, "pp", FOR11, None, basis="單月增加多達 20 個百分點"),
]
    + fx11("中國|China|Mainland China", 3.3387e12, 1.65e10, "截至 9 月底 (latest)")
    + fx11("日本|Japan", 1.1483e12, 6.2e9, "latest month")
    + fx11("瑞士|Switzerland", 9.117e11, 1.89e10, "latest month")
    + fx11("香港|Hong Kong", 4.037e11, -4.7e9, "latest month")
    + fx11("南韓|South Korea|Korea", 4.039e11, 6.9e9, "10 月 (latest)")
    + fx11("印度|India", 5.665e11, -1.53e10, "latest month"),
    [])


# zh12: a mid-sized Hong Kong bank raising its H按 cap rate, with HIBOR, a prime-rate forecast and mortgage-payment sums
# (香港文匯報 wenweipo.com AP638a6153e4b0e80f8118269d; Traditional with half-width "," "(" ";" as printed; the credit
# "港文匯報訊" kept as printed (without its 香), the reporter's name "(記者 蔡競文)" after it left out as a byline; the two
# sub-headings kept, reworded (鎖息或為「加P」前奏 -> 鎖息上限或是「加P」前奏; 按揭500萬供多686元 -> 借500萬按揭 月供多686元);
# no headline in the stored text and none composed; whole stored item). 曹德明's statements are reported speech in the stored
# text and stay so.
# Kind asked for: a Hong Kong bank's prime or mortgage rate adjustment (P, H, 加息減息, 基點): 中信銀行(國際)'s H按 cap moved
# from P-2.5% to P-2.25% with the resulting rate at P 5.625厘 (+0.25厘 to 3.375厘), the one-month HIBOR, a prime-rate hike
# forecast and the payment and stress-test sums; the moves are printed in 厘, none in 基點 / 點子.
# Key (昨日, no date printed -> period None): the cap spread -2.25 % (prior -2.5); the prime rate 5.625 %; the effective cap
# rate 3.375 % (prior 3.125) and its +25 bp; one-month HIBOR 4.92 %; the forecast prime-rate hike 最少約0.25厘 (rng (25, None)
# bp); monthly payment 22,105元 (prior 21,419元), +686元, +3.2%; stress-test payment 46,664元 (prior 45,374元), +1,290元, +2.8%.
# Optional: the earlier cap spread, cap rate and payments as rows of their own; the restated "由2.5厘調整為2.25厘"; the
# sub-heading's 500萬 and 686元 (twins); the assumed loan 500萬元 and tenor 30年 (news55 zh09); HIBOR's 14-day streak, 逼近5厘
# (level approached), "超過1個月處於3厘以上" (bound) and the forecast "升穿5厘" (bound); the aggregate balance "千億元以下"
# (cap); the possible hike "加至0.5厘" (50 bp).
# Judgement calls: "P-2.25%" is a spread below the prime rate, labelled -2.25 % as printed with its %, prior -2.5 (news55 zh09
# labels an H按 margin in %; news35 zh09's "P減1.75厘" in bp was optional); the later "H按封頂息由2.5厘調整為2.25厘" restates
# the same change in 厘 -> optional twin; "增加0.25厘" -> +25 bp (corpus); "最少約0.25厘" is the forecast's own figure (key
# bound) and "即加至0.5厘" a possibility (optional); 元 = HKD; the payment rows take the new H按 borrower (H按) as entity; 15年
# (a high's span) and 本月 give no rows.
CNCBI12 = "中信銀行(國際)|中信銀行國際|中信銀行|China CITIC Bank International|CNCBI"
CAP12 = "H按封頂息|H按|封頂息率|H按鎖息上限|HIBOR mortgage cap|cap rate|" + CNCBI12
P12 = "最優惠利率|P|prime rate|Hong Kong prime rate|港元最優惠利率"
HIB12 = "一個月HIBOR|1個月HIBOR|一個月拆息|HIBOR|港元拆息|香港銀行同業拆息|one-month HIBOR"
HM12 = "新造H按|H按|拆息按揭|HIBOR-based mortgage|new HIBOR mortgage|按揭|mortgage"
BANKS12 = "本港銀行|香港銀行|Hong Kong banks|" + P12
PAY12 = "monthly_payment|monthly_repayment|monthly_instalment"
PAYC12 = "monthly_payment_change|payment_change"
PAYG12 = "monthly_payment_change_pct|monthly_payment_growth|payment_change"
ST12 = "stress_test_payment|monthly_payment|stress_test"
G["zh12"] = ([
    m("cap_rate_spread|rate_spread|spread", -2.25, "%", CAP12, None, prior=-2.5,
      basis="封頂息率 由P-2.5%調整為P-2.25% (spread below P), 一二手物業"),
    m("cap_rate_spread|rate_spread|spread", -2.5, "%", CAP12, None, opt=True, basis="earlier cap (P-2.5%)"),
    m("prime_rate|rate", 5.625, "%", P12, None, basis="最優惠利率(P) used for the cap (5.625厘)"),
    m("cap_rate|mortgage_rate|rate", 3.375, "%", CAP12, None, prior=3.125, basis="實際按息 at the cap, 由3.125厘增加至3.375厘"),
    m("cap_rate|mortgage_rate|rate", 3.125, "%", CAP12, None, opt=True, basis="earlier effective cap rate"),
    m("rate_change|mortgage_rate_change|cap_rate_change", 25, "bp", CAP12, None, basis="增加0.25厘"),
    m("hibor_streak|streak", 14, "days", HIB12, None, opt=True, basis="連續14個工作日上升"),
    m("hibor|rate|interest_rate", 4.92, "%", HIB12, None, basis="昨日, one-month (4.92厘)"),
    m("hibor|rate|interest_rate", 5, "%", HIB12, None, opt=True, basis="逼近5厘 (level approached)"),
    m("hibor|rate|interest_rate", None, "%", HIB12, None, rng=(3, None), opt=True, basis="超過1個月處於3厘以上 (bound)"),
    m("hibor_forecast|hibor|rate", None, "%", HIB12, None, rng=(5, None), opt=True,
      basis="曹德明: 短期內會升穿5厘 (forecast bound), a 15-year high"),
    m("aggregate_balance|banking_system_balance", None, "HKD", "銀行結餘|總結餘|aggregate balance|香港|Hong Kong", None,
      rng=(None, 1e11), opt=True, basis="跌至千億元以下 (cap)"),
    m("prime_rate_change_forecast|prime_rate_change|rate_change", None, "bp", BANKS12, None, rng=(25, None),
      basis="曹德明 forecast after this month's Fed meeting: 加幅最少約0.25厘"),
    m("prime_rate_change_forecast|prime_rate_change|rate_change", 50, "bp", BANKS12, None, opt=True,
      basis="甚至可能追落後, 即加至0.5厘 (possibility)"),
    m("loan_amount|mortgage_amount", 5e6, "HKD", HM12, None, opt=True, basis="sub-heading twin (借500萬按揭)"),
    m(PAYC12, 686, "HKD", HM12, None, opt=True, basis="sub-heading twin (月供多686元)"),
    m("cap_rate_spread|rate_spread|spread", -2.25, "%", CAP12, None, opt=True,
      basis="restated: H按封頂息由2.5厘調整為2.25厘"),
    m("loan_tenor|tenor|repayment_period", 30, "years", HM12, None, opt=True, basis="假設還款期30年"),
    m("loan_amount|mortgage_amount", 5e6, "HKD", HM12, None, opt=True, basis="新造按揭借款500萬元 (assumption)"),
    m(PAY12, 22105, "HKD", HM12, None, prior=21419, basis="每月供款 由原來的21,419元升至22,105元 (500萬元, 30年)"),
    m(PAY12, 21419, "HKD", HM12, None, opt=True, basis="每月供款 before the cap change"),
    m(PAYC12, 686, "HKD", HM12, None, basis="多出686元"),
    m(PAYG12, 3.2, "%", HM12, None, basis="多出…或3.2%"),
    m(ST12, 46664, "HKD", HM12, None, prior=45374, basis="壓力測試的供款 由45,374元升至46,664元"),
    m(ST12, 45374, "HKD", HM12, None, opt=True, basis="stress-test payment before the cap change"),
    m("stress_test_payment_change|payment_change", 1290, "HKD", HM12, None, basis="多出1,290元"),
    m("stress_test_payment_change_pct|payment_change", 2.8, "%", HM12, None, basis="多出…或2.8%"),
], [])
