# Hand labels for news51/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets, three Taiwan
# outlets). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no
# project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor
# output was seen, and no extractor code, plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news49/zh and news50/zh (their "Conventions decided" sections) and the labels files of news49/zh, with the
# precedents named below (news26 zh09 for registration statistics, news50 zh08 for AASTOCKS inline quotes, news23 zh12 for
# the NT dollar's close and move, news49 zh10 / news47 for 優於大盤, news50 zh06 for opens and intraday highs).
# Currency: Hong Kong items' bare 元 / $ = HKD (zh07, zh08's 飾金 prices per 両, zh09's inline quotes), 美元 = USD (zh08's
# metals, zh09's passive flows); Taiwan items' bare 元 / 億元 / 兆元 = TWD (zh10 says 新台幣 once, zh11, zh12), 美元 = USD
# (zh12's FX turnover). Values fully scaled (368.96億元 -> 3.6896e10; 6.22萬元 -> 62200; $13.24億 -> 1.324e9; $1.27千萬 ->
# 1.27e7; 6,496萬美元 -> 6.496e7; 1兆5,585.00億元 -> 1.5585e12; 53兆6,720.20億元 -> 5.367202e13; 2.8兆元 -> 2.8e12); 一成
# -> 10 %; 3.8分 -> 0.038 TWD, 1角 -> 0.1 TWD. 約X / 近X -> X; 逾X / 突破X / 衝破X / 搗破X -> open lower bounds, 不足X -> an
# open upper bound, all optional here (none is a figure's only printing in a headline); 逼近X -> an optional approached
# level; 上看X (a broker's target) -> X.
# Declines negative (減少, 下跌, 跌幅, 流出, 回貶, 貶); 升值 of a currency positive (news23 zh12, news43 zh11); 回補 (foreign
# net buying) positive. Count units: 宗 -> "registrations", 隻 -> "stocks", 個交易日 -> "days"; index levels and point
# moves "points"; weights and shares "%".
# Repeats: a figure printed twice (a headline or sub-heading and the body, a broker's forecast restated, an AASTOCKS quote
# at each printing) is one key row and an optional twin. "A->B" and "比/較…的A" comparatives give value B with prior A and an
# optional row for A (news49 / news50 practice). Inline AASTOCKS quotes (change, % change, 沽空 amount, 比率) are optional
# at every printing (news50 zh08). Opens, intraday highs / lows and intraday moves ("最多升", "曾飆", "盤中最高") are
# optional, except where a story prints no close for a market and its peak is the only level given (zh08's metals, see
# there). Streaks ("連升9個交易日", "連4紅", "近8個月新低") are optional counts.
# Brokers' targets and ratings (zh11) are in rating actions, each target also an optional target_price row; brokers'
# revenue and EPS forecasts are key metric rows on the company with the broker in basis.
# Periods only where the text states or clearly implies the year: zh07 None (8月 / 7月, no year); zh08 None (昨, 本周,
# 本月, 去年9月, 11月底 - no year printed once the date line is dropped); zh09 None (上周五(16日), 6月9日); zh10 "2021-09-10"
# for the closing levels and the market value (the text's own "2021年9月10日" dates "截至9月10日"), "2021-09-03" for the
# previous week's optional levels, None for the week's changes and turnover and the year-to-date totals (no ISO form for
# a week or a to-date span; the span is in basis); zh11 2025-10 / 2025-11 / 2025Q4 / FY2025 / FY2026 / FY2024 (the text's
# "全年…比2024年" and "2026年" make 今年 2025); zh12 None (今天, 27日, 1月3日; the CNA code 1150127 is not read as a date).
# Address dates, dropped date lines and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong property agency's monthly residential registration statistics by district and market (香港置業
# hkp.com.hk 分析報告, Traditional, half-width punctuation and the spaces before "(" kept; no headline in the stored text
# (the address carries one), none composed; the empty "更新日期 :" line, the chart and table captions "圖:…" / "表: 8月整體
# 住宅註冊與7月數字比較" (each printed twice), the "昔日" / "其他樓市資訊" links left out; the three notes and the source line,
# printed twice under the chart and the table, kept once as one note (no figure in them); whole stored item otherwise).
# Key: overall residential registrations 4,198宗 (prior 7月 4,975宗) and -15.6%; registration value 約368.96億元 (prior 約447.95
# 億元) and -17.6%; by district 新界 2,524 (-20.5%), 港島 695 (-9.2%), 九龍 979 (-5.6%); first-hand private 1,245 (-31.1%) with
# 港島 55 (-39.6%), 新界 1,092 (-31.7%), 九龍 98 (-15.5%); second-hand 2,953 (-6.8%) with 新界 1,432 (-9.0%), 港島 640 (-5.0%),
# 九龍 881 (-4.3%) - each level with its 7月 figure as prior.
# Optional: every 7月 comparative as a row of its own; "近8個月新低" (an 8-month low, a streak-like count).
# Judgement calls: "比7月的A宗減少約X%" gives the 8月 level with prior A, an optional row for A and a key negative mom %
# row; the district and market segments take their own names (with the segment or Hong Kong as alias) - a district inside
# the first-hand or second-hand market carries both names; 8月 / 7月 without a year -> period None with the month in basis;
# "(不計一手公營房屋)" is a scope note (basis), not a figure. Not labelled: 三區 (a count of the partition), 一個月 (the lag).
HK7 = ("香港|Hong Kong|香港住宅|住宅物業|住宅|整體住宅|Hong Kong residential property|residential property|"
       "土地註冊處|Land Registry|香港置業|Hong Kong Property Services")
NT7 = "新界|新界區|New Territories"
HKI7 = "港島|港島區|Hong Kong Island"
KLN7 = "九龍|九龍區|Kowloon"
FH7 = "一手私人住宅|一手私宅|一手住宅|一手|first-hand private residential|first-hand|primary market"
SH7 = "二手住宅|二手|second-hand residential|second-hand|secondary market"
REG7 = "residential_registrations|registrations|property_registrations|registration_volume|transactions"
REGC7 = "registrations_change|registration_change|registrations_growth|transactions_change|mom_change"
VAL7 = "registration_value|residential_registration_value|transaction_value|value"
VALC7 = "registration_value_change|value_change|transaction_value_change|mom_change"


def reg7(ent, v, prior, pct, scope):
    return [m(REG7, v, "registrations", ent, None, prior=prior, basis="8月 (no year printed), " + scope),
            m(REG7, prior, "registrations", ent, None, opt=True, basis="7月 comparative, " + scope),
            m(REGC7, pct, "%", ent, None, basis="mom vs 7月 (減少約), " + scope)]


G["zh07"] = (
    reg7(HK7, 4198, 4975, -15.6, "all residential registrations excl. first-hand public housing")
    + [m("low_months|months", 8, "months", HK7, None, opt=True, basis="註冊量跌至近8個月以來的低位"),
       m(VAL7, 3.6896e10, "HKD", HK7, None, prior=4.4795e10, basis="約368.96億元, 8月"),
       m(VAL7, 4.4795e10, "HKD", HK7, None, opt=True, basis="7月 comparative, 約447.95億元"),
       m(VALC7, -17.6, "%", HK7, None, basis="mom vs 7月 (減少約)")]
    + reg7(NT7 + "|" + HK7, 2524, 3173, -20.5, "新界區, all residential")
    + reg7(HKI7 + "|" + HK7, 695, 765, -9.2, "港島區, all residential")
    + reg7(KLN7 + "|" + HK7, 979, 1037, -5.6, "九龍區, all residential")
    + reg7(FH7 + "|" + HK7, 1245, 1806, -31.1, "first-hand private, all districts")
    + reg7(HKI7 + "|" + FH7, 55, 91, -39.6, "first-hand private, 港島區")
    + reg7(NT7 + "|" + FH7, 1092, 1599, -31.7, "first-hand private, 新界區")
    + reg7(KLN7 + "|" + FH7, 98, 116, -15.5, "first-hand private, 九龍區")
    + reg7(SH7 + "|" + HK7, 2953, 3169, -6.8, "second-hand, all districts")
    + reg7(NT7 + "|" + SH7, 1432, 1574, -9.0, "second-hand, 新界區")
    + reg7(HKI7 + "|" + SH7, 640, 674, -5.0, "second-hand, 港島區")
    + reg7(KLN7 + "|" + SH7, 881, 921, -4.3, "second-hand, 九龍區"),
    [])


# zh08: Hong Kong newspaper's commodity story on gold jewellery prices per tael breaking 6萬元, with spot gold, silver
# and LME copper (am730 本地, Traditional, full-width punctuation, the half-width "(LME)" as printed; the date line
# " date 2026-01-01" left out as chrome and not used; no headline in the stored text (the address carries one), none
# composed; the sub-heading "國際金價本月漲28% 銀銅跟升" reworded around 本月漲28%; the stored excerpt ends with the copper
# sentence).
# Key: 本港飾金 selling price 6.22萬元 and buying price 4.97萬元 per 両; spot gold's week 一成 (+10 %) and month +28%; its peak
# 5,594美元 per ounce; silver's month +63%; LME three-month copper at 13,965美元 per tonne.
# Optional: the thresholds and levels passed (去年9月 4萬元, 上月底 突破5萬元, 搗破6萬元, 衝破5,500美元, 突破120美元; the
# buying price "逼近5萬元"); "約一個月"; the intraday moves "最多升3.6%", "最多升3.3%", "曾急飆約7%"; "連升9個交易日"; the
# copper level "11月底…不足11,000美元" (an open upper bound on an earlier date); the sub-heading's 28% (twin).
# Judgement calls: the story prints no closing price for any metal: the day's peaks it reports as the new levels ("高見
# 5,594美元", "升至每噸13,965美元") are key price rows with "intraday high" in basis, being each metal's only printed level,
# while the percentage moves up to those peaks are optional intraday moves (dev convention); prices per 両 / 安士 / 噸 are
# price rows in HKD / USD with the unit of weight in basis; 賣出價 and 買入價 are two key rows on the same entity with the
# side in basis; "本周累計進帳一成" is +10 %. Not labelled: 3個月 (the contract tenor).
GJ8 = "本港飾金|飾金|飾金價|Hong Kong gold jewellery|gold jewellery|金價|gold|黃金"
SG8 = "國際現貨金價|現貨金價|現貨金|國際金價|spot gold|gold|金價|黃金"
SS8 = "現貨白銀|白銀|spot silver|silver"
CU8 = "倫敦金屬交易所銅價|LME銅價|銅價|3個月期銅|三個月期銅|LME copper|copper|銅"
PR8 = "price|gold_price|commodity_price"
PC8 = "price_change|percent_change|change"
G["zh08"] = ([
    m(PR8, 40000, "HKD", GJ8, None, opt=True, basis="去年9月 selling price reached 每両4萬元 (threshold)"),
    m(PR8, None, "HKD", GJ8, None, rng=(50000, None), opt=True, basis="上月底 突破5萬元 (per 両)"),
    m("months|duration", 1, "months", GJ8, None, opt=True, basis="僅花了約一個月 from 5萬 to 6萬"),
    m(PR8, None, "HKD", GJ8, None, rng=(60000, None), opt=True, basis="昨日 搗破6萬元大關 (per 両)"),
    m("selling_price|" + PR8, 62200, "HKD", GJ8, None, basis="賣出價 大多報6.22萬元 per 両 (tael), 昨日"),
    m("buying_price|" + PR8, 50000, "HKD", GJ8, None, opt=True, basis="買入價 逼近5萬元 (approached level)"),
    m("buying_price|" + PR8, 49700, "HKD", GJ8, None, basis="買入價 報4.97萬元 per 両, 昨日"),
    m(PC8, 28, "%", SG8, None, opt=True, basis="sub-heading: 國際金價本月漲28% (twin)"),
    m(PR8, None, "USD", SG8, None, rng=(5500, None), opt=True, basis="衝破每安士5,500美元大關 (threshold)"),
    m(PR8, 5594, "USD", SG8, None, basis="高見5,594美元 per ounce, 昨日 intraday high (no close printed)"),
    m(PC8, 3.6, "%", SG8, None, opt=True, basis="最多升3.6% (intraday)"),
    m("winning_streak|streak|days", 9, "days", SG8, None, opt=True, basis="連升9個交易日"),
    m(PC8, 10, "%", SG8, None, basis="本周累計進帳一成 (week to date)"),
    m(PC8, 28, "%", SG8, None, basis="本月的升幅更高達28% (month to date)"),
    m(PR8, None, "USD", SS8, None, rng=(120, None), opt=True, basis="首度突破每安士120美元關口"),
    m(PC8, 3.3, "%", SS8, None, opt=True, basis="最多升3.3% (intraday)"),
    m(PC8, 63, "%", SS8, None, basis="本月累漲63% (month to date)"),
    m(PR8, None, "USD", CU8, None, rng=(None, 11000), opt=True, basis="11月底 每噸不足11,000美元"),
    m(PC8, 7, "%", CU8, None, opt=True, basis="3個月期銅 曾急飆約7% (intraday)"),
    m(PR8, 13965, "USD", CU8, None, basis="升至每噸13,965美元, 昨日 (the move's peak; no close printed)"),
], [])


# zh09: broker's note on the Hang Seng TECH index's quarterly review with predicted weight changes and passive flows, with
# AASTOCKS inline quotes (AASTOCKS 《大行》 on m.aastocks.com, Traditional, half-width punctuation, the table's "│"
# separators, "->" arrows, the dashed divider and the ※ / # marks as printed; no headline in the stored text, none composed;
# the header row reworded; the stored excerpt breaks off inside the outflow list at "嗶哩嗶哩-W(09626.HK) -8.200", so the
# passage ends with the 海爾智家 row, the last whole one).
# Key: 比亞迪 included at a weight of 8% and 閱文集團 removed from a weight of 0.49% (the prose); constituents stay at 30
# (prior 30); per stock the predicted weight B with the current weight A as prior and the passive flow (流入 positive,
# 流出 negative, USD): 比亞迪 +19.98億美元; 網易 4.62% -> 6.98%, +5.89億; 美團 7.11% -> 8%, +2.22億; 攜程 3.54% -> 4.28%, +1.85億;
# 百度 3.1% -> 3.52%, +1.05億; 京東 7.27% -> 7.53%, +6,496萬美元; 閱文 -1.22億; 快手 6.43% -> 4.87%, -3.89億; 理想 6.27% -> 4.78%,
# -3.72億; 小鵬 5.32% -> 4.03%, -3.22億; 中芯 6.81% -> 5.84%, -2.42億; 聯想集團 3.26% -> 2.46%, -1.99億; 騰訊 8.72% -> 8%, -1.8億;
# 海爾智家 2.36% -> 1.78%, -1.45億.
# Optional: the table's "0%->8%" (比亞迪) and "0.49%->0%" (閱文) restating the prose; every current weight A as a row of its
# own; every inline quote at each printing (比亞迪 and 閱文 twice; 網易's quote also printed, unchanged, after 攜程-S).
# Judgement calls: the table gives a prediction ("權重預測變化"), labelled as weight rows with "predicted" in basis; flows
# are signed by 流入 / 流出; 攜程-S printed with 網易's code "(09999.HK)" and 網易's quote (a source slip kept) takes 攜程's
# names only; "成分股數目仍然是30隻" gives 30 with prior 30 (維持不變) and no zero change. Not labelled: the codes, 16日 and
# 6月9日 (dates), 星期一.
HST9 = "恒生科指|恒生科技指數|科指|Hang Seng TECH Index|HSTECH|恒生指數公司|Hang Seng Indexes"
BYD9 = "比亞迪|比亞迪股份|BYD|01211|1211.HK|01211.HK"
YW9 = "閱文集團|閱文|China Literature|00772|772.HK|00772.HK"
NE9 = "網易-S|網易|NetEase|09999|9999.HK|09999.HK"
MT9 = "美團-W|美團|Meituan|03690|3690.HK|03690.HK"
TC9 = "攜程-S|攜程|攜程集團|Trip.com|Trip.com Group"
BD9 = "百度-SW|百度|Baidu|09888|9888.HK|09888.HK"
JD9 = "京東-SW|京東|京東集團|JD.com|09618|9618.HK|09618.HK"
KS9 = "快手-W|快手|Kuaishou|01024|01204|01204.HK"
LI9 = "理想-W|理想汽車|理想|Li Auto|02015|2015.HK|02015.HK"
XP9 = "小鵬-W|小鵬汽車|小鵬|XPeng|09868|9868.HK|09868.HK"
SMIC9 = "中芯|中芯國際|SMIC|00981|981.HK|00981.HK"
LEN9 = "聯想集團|聯想|Lenovo|00992|992.HK|00992.HK"
TEN9 = "騰訊|騰訊控股|Tencent|00700|700.HK|00700.HK"
HA9 = "海爾智家|Haier Smart Home|06690|6690.HK|06690.HK"
W9 = "index_weight|weight|constituent_weight"
PF9 = "passive_flow|passive_fund_flow|fund_flow|net_flow|capital_flow"


def quote9(ent, chg, pct, short, ratio, note):
    rows = [m("price_change", chg, "HKD", ent, None, opt=True, basis="AASTOCKS inline quote " + note),
            m("price_change|percent_change", pct, "%", ent, None, opt=True, basis="inline quote " + note)]
    if short is not None:
        rows += [m("short_selling_turnover|short_selling|short_sales", short, "HKD", ent, None, opt=True,
                   basis="沽空 " + note),
                 m("short_selling_ratio|short_ratio", ratio, "%", ent, None, opt=True, basis="沽空比率 " + note)]
    return rows


def row9(ent, old, new, flow, note):
    return [m(W9, new, "%", ent + "|" + HST9, None, prior=old, basis="predicted HSTECH weight " + note),
            m(W9, old, "%", ent + "|" + HST9, None, opt=True, basis="current weight " + note),
            m(PF9, flow, "USD", ent, None, basis="potential passive flow (" + ("流入" if flow > 0 else "流出") + ")")]


G["zh09"] = (
    quote9(BYD9, -2.5, -1.893, 1.324e9, 38.992, "(prose)")
    + [m(W9, 8, "%", BYD9 + "|" + HST9, None, basis="納入時的權重為8% (inclusion)")]
    + quote9(YW9, -0.4, -1.27, 1.27e7, 10.601, "(prose)")
    + [m(W9, 0.49, "%", YW9 + "|" + HST9, None, basis="剔除前的權重為0.49% (removal)"),
       m("constituents|stocks|count", 30, "stocks", HST9, None, prior=30, basis="成分股數目仍然是30隻 (unchanged)")]
    + quote9(BYD9, -2.5, -1.893, 1.324e9, 38.992, "(table)")
    + [m(W9, 8, "%", BYD9 + "|" + HST9, None, prior=0, opt=True, basis="table 0%->8% (restates the prose)"),
       m(PF9, 1.998e9, "USD", BYD9, None, basis="potential passive flow (流入)")]
    + quote9(NE9, -1.6, -0.746, 1.37e8, 19.254, "(table)") + row9(NE9, 4.62, 6.98, 5.89e8, "網易-S")
    + quote9(MT9, -4.3, -3.199, 1.264e9, 18.952, "(table)") + row9(MT9, 7.11, 8, 2.22e8, "美團-W")
    + quote9(TC9, -1.6, -0.746, 1.37e8, 19.254, "(table; 網易's code and quote as printed)")
    + row9(TC9, 3.54, 4.28, 1.85e8, "攜程-S")
    + quote9(BD9, -1.55, -1.719, 3.37e8, 34.959, "(table)") + row9(BD9, 3.1, 3.52, 1.05e8, "百度-SW")
    + quote9(JD9, -2.8, -2.101, 4.22e8, 28.741, "(table)") + row9(JD9, 7.27, 7.53, 6.496e7, "京東-SW")
    + quote9(YW9, -0.4, -1.27, 1.27e7, 10.601, "(table)")
    + [m(W9, 0, "%", YW9 + "|" + HST9, None, prior=0.49, opt=True, basis="table 0.49%->0% (removal, restates the prose)"),
       m(PF9, -1.22e8, "USD", YW9, None, basis="potential passive flow (流出)")]
    + quote9(KS9, 0.16, 9.816, None, None, "(table, no short-selling figures)") + row9(KS9, 6.43, 4.87, -3.89e8, "快手-W")
    + quote9(LI9, -1.9, -1.599, 3.86e8, 21.747, "(table)") + row9(LI9, 6.27, 4.78, -3.72e8, "理想-W")
    + quote9(XP9, -0.6, -0.791, 1.34e8, 16.948, "(table)") + row9(XP9, 5.32, 4.03, -3.22e8, "小鵬-W")
    + quote9(SMIC9, 2.5, 4.975, 5.1e8, 6.718, "(table)") + row9(SMIC9, 6.81, 5.84, -2.42e8, "中芯")
    + quote9(LEN9, 0.04, 0.385, 1.05e8, 19.311, "(table)") + row9(LEN9, 3.26, 2.46, -1.99e8, "聯想集團")
    + quote9(TEN9, -6.5, -1.167, 1.21e9, 11.06, "(table)") + row9(TEN9, 8.72, 8, -1.8e8, "騰訊")
    + quote9(HA9, -0.35, -1.344, 5.71e7, 16.443, "(table)") + row9(HA9, 2.36, 1.78, -1.45e8, "海爾智家"),
    [])


# zh10: Taiwan Stock Exchange's weekly market statistics (ctwant 周刊王, Traditional, half-width punctuation as printed; the
# headline "台股本周跌0.24% 貿易百貨類漲最多 半導體類量最大" reworded around 跌0.24%; the photo caption "台股今天收周K線為黑,明天雖
# 然補班,但股市暫停交易。(圖/王永泰攝)" left out (no figure); the source's missing separator in "7.59%第三名" kept; whole
# stored item otherwise).
# Key: TAIEX close 17,474.57 (prior 上周 17,516.92), -42.35 points, -0.24%; the week's total turnover 1兆5,585.00億元,
# listed stocks 1兆5,087.61億元, turnover rate 2.76%; top three industries by turnover 半導體類 6,254.43億元 (41.45%),
# 航運類 3,487.06億元 (23.11%), 電子零組件類 1,157.44億元 (7.67%); turnover-rate leaders 航運類 10.53%, 半導體類 7.59%,
# 光電類 6.16%; sector indices 貿易百貨類 +6.53%, 玻璃陶瓷類 -5.44%, 未含金融 -44.27 points / -0.29%, 未含電子 +93.52 /
# +0.48%, 未含金融電子 +102.86 / +0.61%; 台灣50 13,997.54 (prior 13,998.19), -0.65 points; 寶島 19,911.65 (prior 19,969.87),
# -58.22 points, -0.29%; year to date 168 trading days, 71兆7,934.92億元, daily average 4,273.42億元, turnover rate 158.14%,
# daily average turnover rate 0.94%; market value 新台幣53兆6,720.20億元 (prior 53兆7,401.79億元), -681.59億元, -0.13%.
# Optional: the headline's 跌0.24% (twin); the previous week's levels as rows of their own (2021-09-03); 台灣50's "跌幅約為
# 0.00%" (a move rounded to zero).
# Judgement calls: "截至9月10日" is dated 2021 by the text's own "2021年9月10日" (closing levels and the market value take
# "2021-09-10"); the week's moves and turnover and the year-to-date totals take period None with the span in basis; 兆 /
# 億 amounts are TWD (新台幣 printed for the market value); the two sector indices with the largest rise / fall are key
# % rows on the sector; ranks (第一名…) carry no rows; industry turnover shares are "%" rows on the industry.
TAIEX10 = "發行量加權股價指數|加權指數|加權股價指數|台股|TAIEX|Taiwan Weighted Index|台灣證券交易所|證交所|TWSE"
MKT10 = "集中交易市場|集中市場|台股|TWSE|台灣證券交易所|證交所|Taiwan Stock Exchange"
LST10 = "全體上市股票|上市股票|listed stocks|台股|台灣證券交易所|TWSE"
COS10 = "全體上市公司|上市公司|listed companies|台股|台灣證券交易所|TWSE|Taiwan Stock Exchange"
T50 = "台灣50指數|台灣50|Taiwan 50|FTSE TWSE Taiwan 50 Index"
FOR10 = "寶島股價指數|寶島指數|Formosa Index|TWSE Formosa Index"
D10, P10 = "2021-09-10", "2021-09-03"
LV10 = "index_level|index_close|close"
CH10 = "index_change"
CHP10 = "index_change|index_change_pct|price_change"
TO10 = "turnover|trading_value|turnover_value"
TOS10 = "turnover_share|share|share_of_turnover"
TOR10 = "turnover_rate|turnover_ratio"


def sect10(name, alias, v, basis):
    return m(CHP10, v, "%", name + "|" + alias, None, basis="weekly, sector index, " + basis)


G["zh10"] = ([
    m(CHP10, -0.24, "%", TAIEX10, None, opt=True, basis="headline: 台股單周跌0.24% (twin)"),
    m(LV10, 17474.57, "points", TAIEX10, D10, prior=17516.92, basis="close, 截至9月10日"),
    m(LV10, 17516.92, "points", TAIEX10, P10, opt=True, basis="previous week's close, 上周(3日)"),
    m(CH10, -42.35, "points", TAIEX10, None, basis="weekly change, week to 2021-09-10"),
    m(CHP10, -0.24, "%", TAIEX10, None, basis="weekly, 跌幅約0.24%"),
    m(TO10, 1.5585e12, "TWD", MKT10, None, basis="week's total turnover, 集中交易市場"),
    m(TO10, 1.508761e12, "TWD", LST10, None, basis="week's turnover, all listed stocks"),
    m(TOR10, 2.76, "%", LST10, None, basis="week's stock turnover rate (週轉率)"),
    m(TO10, 6.25443e11, "TWD", "半導體類|半導體|semiconductors|semiconductor", None, basis="week's turnover, first"),
    m(TOS10, 41.45, "%", "半導體類|半導體|semiconductors|semiconductor", None, basis="share of listed-stock turnover"),
    m(TO10, 3.48706e11, "TWD", "航運類|航運|shipping", None, basis="week's turnover, second"),
    m(TOS10, 23.11, "%", "航運類|航運|shipping", None, basis="share of listed-stock turnover"),
    m(TO10, 1.15744e11, "TWD", "電子零組件類|電子零組件|electronic components", None, basis="week's turnover, third"),
    m(TOS10, 7.67, "%", "電子零組件類|電子零組件|electronic components", None, basis="share of listed-stock turnover"),
    m(TOR10, 10.53, "%", "航運類|航運|shipping", None, basis="week's turnover rate, first"),
    m(TOR10, 7.59, "%", "半導體類|半導體|semiconductors|semiconductor", None, basis="week's turnover rate, second"),
    m(TOR10, 6.16, "%", "光電類|光電|optoelectronics", None, basis="week's turnover rate, third"),
    sect10("貿易百貨類指數|貿易百貨類|貿易百貨", "trading and consumer goods", 6.53, "largest rise"),
    sect10("玻璃陶瓷類指數|玻璃陶瓷類|玻璃陶瓷", "glass and ceramics", -5.44, "largest fall"),
    m(CH10, -44.27, "points", "未含金融類指數|未含金融|TAIEX ex finance|excluding finance", None, basis="weekly"),
    sect10("未含金融類指數|未含金融", "TAIEX ex finance|excluding finance", -0.29, "約"),
    m(CH10, 93.52, "points", "未含電子類指數|未含電子|TAIEX ex electronics|excluding electronics", None, basis="weekly"),
    sect10("未含電子類指數|未含電子", "TAIEX ex electronics|excluding electronics", 0.48, "約"),
    m(CH10, 102.86, "points", "未含金融電子類指數|未含金融電子|TAIEX ex finance and electronics", None, basis="weekly"),
    sect10("未含金融電子類指數|未含金融電子", "TAIEX ex finance and electronics", 0.61, "約"),
    m(LV10, 13997.54, "points", T50, D10, prior=13998.19, basis="close"),
    m(LV10, 13998.19, "points", T50, P10, opt=True, basis="previous week's close"),
    m(CH10, -0.65, "points", T50, None, basis="weekly"),
    m(CHP10, 0, "%", T50, None, opt=True, basis="跌幅約為0.00% (rounded to zero)"),
    m(LV10, 19911.65, "points", FOR10, D10, prior=19969.87, basis="close"),
    m(LV10, 19969.87, "points", FOR10, P10, opt=True, basis="previous week's close"),
    m(CH10, -58.22, "points", FOR10, None, basis="weekly"),
    m(CHP10, -0.29, "%", FOR10, None, basis="weekly, 約"),
    m("trading_days|days", 168, "days", MKT10, None, basis="2021 year to date (今年由年初開盤到現在)"),
    m(TO10, 7.1793492e13, "TWD", MKT10, None, basis="2021 year to date, total turnover"),
    m("average_daily_turnover|" + TO10, 4.27342e11, "TWD", MKT10, None, basis="2021 year to date, daily average"),
    m(TOR10, 158.14, "%", LST10, None, basis="2021 year to date, stock turnover rate"),
    m("average_daily_turnover_rate|" + TOR10, 0.94, "%", LST10, None, basis="2021 year to date, daily average"),
    m("market_cap|market_capitalization|market_value", 5.367202e13, "TWD", COS10, D10, prior=5.3740179e13,
      basis="全體上市公司市場總值, 新台幣"),
    m("market_cap|market_capitalization|market_value", 5.3740179e13, "TWD", COS10, P10, opt=True,
      basis="previous week's market value"),
    m("market_cap_change|market_value_change|change", -6.8159e10, "TWD", COS10, None, basis="weekly, 減少"),
    m("market_cap_change_pct|market_value_change|change", -0.13, "%", COS10, None, basis="weekly, 減幅約"),
], [])


# zh11: two foreign brokers' forecasts, ratings and targets on Hon Hai after its October revenue (經濟日報 on udn 聯合新聞網,
# Traditional, full-width brackets as printed; the date line " date 2025-11-06" left out as chrome and not used; no headline
# in the stored text, none composed; whole stored item).
# Key (entity 鴻海, broker in basis): 高盛 - 2025Q4 revenue 2.8兆元, yoy +31%, qoq +36%; October actual yoy +11%, mom +7%, in
# USD yoy +15%, mom +10%; November forecast mom +4%, yoy +39%; FY2025 revenue 約8.29兆元 (prior 2024's 6.85兆元), growth 約21%;
# FY2026 11.08兆元, +34%; EPS 12.09元 (FY2025) and 19.06元 (FY2026), growth 12% and 58%. 大摩 - 2025Q4 revenue 2.45兆元, yoy
# +15%, qoq +19%; EPS 13.83元 (FY2025, +26%) and 15.85元 (FY2026, +15%).
# Optional: the restatements of each broker's Q4 forecast (高盛's in the third paragraph, 大摩's in the sixth); 2024's
# 6.85兆元 as a row of its own (FY2024); "突破10兆元大關" (open bound); the targets 400元 and 250元 as target_price rows.
# Rating actions (TWD): 高盛 maintain buy (「買進」 kept, target unchanged at 400 - raised to 400 earlier, the earlier target
# is not printed); 大摩 maintain outperform (給予「優於大盤」, target 上看250元; no change stated -> maintain, news49 zh06).
# Judgement calls: "全年…比2024年的6.85兆元" and "2026年" make 今年 2025, so 第4季 -> 2025Q4, 10月 -> 2025-10, 11月 ->
# 2025-11, 今年 / 明年 -> FY2025 / FY2026; "今、明二年…分別…依序" maps in order; the October growth rates are actual figures
# quoted by the broker (basis "actual"), the others forecasts; the USD-based October growth rates take "in USD" in basis;
# 優於大盤 = outperform. Not labelled: 2317 (the code), GB200 / GB300 / iPhone 17 (product names), 11、12月 (no figure).
HH11 = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Foxconn|2317|2317.TW"
GS11 = "高盛|高盛證券|Goldman Sachs|張博凱"
MS11 = "摩根士丹利|大摩|Morgan Stanley|施曉娟"
RF11 = "revenue_forecast|revenue|revenue_estimate|sales_forecast"
RG11 = "revenue_growth_forecast|revenue_growth|revenue_growth_estimate"
RGA11 = "revenue_growth|sales_growth"
EPS11 = "eps_forecast|eps|eps_estimate|earnings_per_share"
EG11 = "eps_growth_forecast|eps_growth|earnings_growth"
G["zh11"] = ([
    m(RF11, 2.8e12, "TWD", HH11, "2025Q4", basis="Goldman Sachs (高盛) forecast, 第4季"),
    m(RG11, 31, "%", HH11, "2025Q4", basis="Goldman Sachs forecast, yoy (年增)"),
    m(RG11, 36, "%", HH11, "2025Q4", basis="Goldman Sachs forecast, qoq (季增)"),
    m(RF11, 2.45e12, "TWD", HH11, "2025Q4", basis="Morgan Stanley (大摩) forecast, 單季"),
    m(RG11, 15, "%", HH11, "2025Q4", basis="Morgan Stanley forecast, yoy"),
    m(RG11, 19, "%", HH11, "2025Q4", basis="Morgan Stanley forecast, qoq"),
    m(RGA11, 11, "%", HH11, "2025-10", basis="October actual, yoy (quoted by Goldman Sachs)"),
    m(RGA11, 7, "%", HH11, "2025-10", basis="October actual, mom"),
    m(RGA11, 15, "%", HH11, "2025-10", basis="October actual, yoy, in USD"),
    m(RGA11, 10, "%", HH11, "2025-10", basis="October actual, mom, in USD"),
    m(RG11, 4, "%", HH11, "2025-11", basis="Goldman Sachs forecast, mom (月增)"),
    m(RG11, 39, "%", HH11, "2025-11", basis="Goldman Sachs forecast, yoy"),
    m(RF11, 2.8e12, "TWD", HH11, "2025Q4", opt=True, basis="Goldman Sachs Q4 forecast restated"),
    m(RG11, 31, "%", HH11, "2025Q4", opt=True, basis="restated, yoy"),
    m(RG11, 36, "%", HH11, "2025Q4", opt=True, basis="restated, qoq"),
    m(RF11, 8.29e12, "TWD", HH11, "FY2025", prior=6.85e12, basis="Goldman Sachs forecast, 全年 約8.29兆元"),
    m("revenue", 6.85e12, "TWD", HH11, "FY2024", opt=True, basis="2024 actual (comparative)"),
    m(RG11, 21, "%", HH11, "FY2025", basis="Goldman Sachs forecast, 成長約21%"),
    m(RF11, None, "TWD", HH11, "FY2026", rng=(1e13, None), opt=True, basis="突破10兆元大關"),
    m(RF11, 1.108e13, "TWD", HH11, "FY2026", basis="Goldman Sachs forecast"),
    m(RG11, 34, "%", HH11, "FY2026", basis="Goldman Sachs forecast, yoy"),
    m(EPS11, 12.09, "TWD", HH11, "FY2025", basis="Goldman Sachs forecast (今年, 分別 first)"),
    m(EPS11, 19.06, "TWD", HH11, "FY2026", basis="Goldman Sachs forecast (明年, 分別 second)"),
    m(EG11, 12, "%", HH11, "FY2025", basis="Goldman Sachs forecast, 依序 first"),
    m(EG11, 58, "%", HH11, "FY2026", basis="Goldman Sachs forecast, 依序 second"),
    m("target_price", 400, "TWD", HH11, None, opt=True, basis="Goldman Sachs, 調高至400元水準, kept"),
    m(RF11, 2.45e12, "TWD", HH11, "2025Q4", opt=True, basis="Morgan Stanley Q4 forecast restated"),
    m(RG11, 15, "%", HH11, "2025Q4", opt=True, basis="restated, yoy"),
    m(RG11, 19, "%", HH11, "2025Q4", opt=True, basis="restated, qoq"),
    m(EPS11, 13.83, "TWD", HH11, "FY2025", basis="Morgan Stanley forecast (今年)"),
    m(EG11, 26, "%", HH11, "FY2025", basis="Morgan Stanley forecast, yoy"),
    m(EPS11, 15.85, "TWD", HH11, "FY2026", basis="Morgan Stanley forecast"),
    m(EG11, 15, "%", HH11, "FY2026", basis="Morgan Stanley forecast, yoy"),
    m("target_price", 250, "TWD", HH11, None, opt=True, basis="Morgan Stanley, 上看250元 (residual income model)"),
], [
    ra(GS11, HH11, "maintain", "buy", target=400, cur="TWD"),
    ra(MS11, HH11, "maintain", "outperform", target=250, cur="TWD"),
])


# zh12: NT dollar's daily close with the stock market and Asian currencies (中央社 story on Yahoo奇摩新聞, Traditional,
# full-width punctuation; the CNA dateline "（中央社記者潘姿羽台北27日電）" and the closing "（編輯：林淑媛）1150127" kept; the
# date line " date 2026-01-27" left out as chrome and not used; no headline in the stored text (the address carries one),
# none composed; whole stored item).
# Key: NT dollar close 31.47 (TWD per USD), 升值3.8分 (+0.038 TWD), Taipei and Yuanta FX turnover 20.72億美元; TAIEX close
# 32317.92, +253.4 points; foreign investors' net buying 222.79億元 (回補); the day's currency moves from the central bank's
# table: 美元指數 -0.03%, 日圓 -0.31%, 韓元 -0.23%, 新台幣 +0.12%.
# Optional: the second printing of 31.47; the open 31.52; the intraday high 31.4 (printed three times: 最高升抵, 拱上, 嚴守);
# "大漲逾1角" (an intraday open bound); "突破31.5元關卡" (a threshold passed: the rate fell below 31.5 -> upper bound);
# "連4紅" (4 sessions) and the two "近1個月" highs (1 month).
# Judgement calls: the rate is TWD per USD; 升值 (the NT dollar stronger) is positive and 回貶 negative (news23 zh12's 貶 ->
# negative); "人民幣持平" prints no level and gets no zero row; the CNA code 1150127 and 1月3日 are dates, no rows; period None
# (no year printed).
TWD12 = "新台幣|新台幣匯率|新台幣兌美元|NT dollar|New Taiwan dollar|TWD|USD/TWD"
TAIEX12 = "台股|加權指數|TAIEX|Taiwan Weighted Index"
FX12 = "exchange_rate|usd_twd|fx_rate"
FXC12 = "exchange_rate_change|fx_change|currency_change"
G["zh12"] = ([
    m(FX12, None, "TWD", TWD12, None, rng=(None, 31.5), opt=True, basis="收盤突破31.5元關卡 (threshold)"),
    m(FX12, 31.47, "TWD", TWD12, None, basis="close, TWD per USD"),
    m(FXC12, 0.038, "TWD", TWD12, None, basis="升值3.8分 (NT dollar stronger)"),
    m("streak|winning_streak|sessions", 4, "sessions", TWD12, None, opt=True, basis="連4紅"),
    m("months", 1, "months", TWD12, None, opt=True, basis="近1個月高點 (lead)"),
    m("fx_turnover|turnover|trading_value", 2.072e9, "USD",
      "台北與元太外匯市場|台北及元太外匯市場|Taipei and Yuanta FX markets|" + TWD12, None, basis="total FX turnover"),
    m("index_level|index_close|close", 32317.92, "points", TAIEX12, None, basis="close, record"),
    m("index_change", 253.4, "points", TAIEX12, None, basis="漲"),
    m("net_buy|net_buying|fund_flow|net_flow", 2.2279e10, "TWD", "外資|foreign investors|foreign institutional investors",
      None, basis="由賣轉買, 回補台股 (net buying)"),
    m("open|" + FX12, 31.52, "TWD", TWD12, None, opt=True, basis="open"),
    m("intraday_high|" + FX12, 31.4, "TWD", TWD12, None, opt=True, basis="盤中最高升抵31.4元"),
    m(FXC12, None, "TWD", TWD12, None, rng=(0.1, None), opt=True, basis="大漲逾1角 (intraday)"),
    m(FX12, 31.47, "TWD", TWD12, None, opt=True, basis="close restated"),
    m("months", 1, "months", TWD12, None, opt=True, basis="1月3日以來、近1個月的高點"),
    m(FX12, 31.4, "TWD", TWD12, None, opt=True, basis="把匯價一路推上31.4元 (repeat)"),
    m(FX12, 31.4, "TWD", TWD12, None, opt=True, basis="央行緊守31.4元價位 (repeat)"),
    m(FXC12, -0.03, "%", "美元指數|dollar index|US dollar index|DXY", None, basis="再貶0.03%"),
    m(FXC12, -0.31, "%", "日圓|日元|yen|Japanese yen|JPY", None, basis="回貶 (分別 first)"),
    m(FXC12, -0.23, "%", "韓元|won|Korean won|KRW", None, basis="回貶 (分別 second)"),
    m(FXC12, 0.12, "%", TWD12, None, basis="升值0.12%"),
], [])
