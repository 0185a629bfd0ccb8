# Hand labels for news74/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan): am730
# (am730.com.hk) on 小米集團's third-quarter results, 星島 (hd.stheadline.com) on the statistics department's February retail
# sales with the first two months' categories, 聯合新聞網 (udn.com) on 聯電's September revenue, 大紀元 香港
# (the hk.epochtimes.com mirror on 139.162.95.11) on the day's HIBOR fixings, the aggregate balance and the Hong Kong dollar,
# 鉅亨網 (m.cnyes.com) on the Taiwan central bank's March 2023 board meeting, and 東方日報 (orientaldaily.on.cc) on three
# brokers' views of the Hong Kong-listed mainland insurers; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "seasonally", "market_share", "capacity_utilization",
# "revenue_share", "HKD per USD", "dollar_index", "spread", "fed_funds", "與大市同步", "embedded_value", "upside",
# "target_price_change", '"rank'; news73 zh labels_b.py read; news53 zh08, news68 zh11, news16 zh07, news35 zh07,
# news31 zh12, news70 zh08, news24 zh12 read as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news73/zh and news72/zh README.md and labels_*.py, with the precedents named below: news35 zh07 / news16 zh07
# for a Hong Kong-listed tech company's quarter without a printed year ("Q3"; segments on their own entities with the
# company as alias; gross margins in "%" and their moves in "pp"); news53 zh08 / news68 zh11 for the monthly retail
# release (no year printed -> period None with the month in basis; the previous month's revised estimate a key row of
# its own; categories on their own entities); news31 zh12 for 聯電's monthly revenue (月增 / 年增 as mom / yoy rows, Taiwan
# 億元 = TWD, no year printed); news70 zh08 for HIBOR fixings (厘 / % levels, 點子 -> bp, one row per tenor, the aggregate
# balance in HKD, "HKD per USD" for the exchange rate); news24 zh12 for the Taiwan central bank (碼 = 25 bp, the three
# policy rates, forecasts with the previous forecast as prior plus an optional row); news73 zh12 / news72 zh12 for
# several brokers' views (printed targets optional target_price rows, 維持 / 重申 -> prior rating = rating,
# 「與大市同步」 = equal-weight).
# Currency: 人民幣 (下同) = CNY (zh07, with 港元 = HKD for the converted profit); 元 / 億元 in Hong Kong government data and
# in the HIBOR item = HKD (zh08, zh10); 新台幣 / 億元 in a Taiwan company item = TWD (zh09); 元 targets on Hong Kong-listed
# shares = HKD (zh12). Rates and growth in "%", rate moves in "bp" (點子, 碼), forecast revisions printed 個百分點 in "pp".
# Values fully scaled (7.92億元 -> 7.92e8; 2,427.3億元 -> 2.4273e11; 4,390萬台 -> 4.39e7 units; 227億元 -> 2.27e10; 199.27億元
# -> 1.9927e10; 1,757.44億元 -> 1.75744e11; 450.46億元 -> 4.5046e10; 12.58億元 -> 1.258e9; 半碼 -> 12.5 bp; 3 碼 -> 75 bp;
# 1 碼 -> 25 bp); Chinese numerals resolved (第三 -> 3; 近一成 -> 10 %, 近X -> X; 約X -> X).
# Declines negative (下跌, 大減, 下滑, 減少, 下修, 跌幅); the Hong Kong dollar-US dollar spread is negative as printed (-0.8287%).
# Periods only where the text states or clearly implies the year: zh07 "Q3" (第三季 / 9月底止, no year printed) and "Q1-Q3"
# for 累計9個月; zh08 None throughout (今年2月 / 1月 / 首兩個月, no year printed; the month or span in basis); zh09 None for 9月
# and 1–9月 (month in basis), "Q3" for 第3季 and "Q2" for the 第2季 utilisation (no year printed); zh10 None (11月1日 and the
# other dates carry no year); zh11 "2023-03-23" for the board's decision (dateline 2023-03-23, 今 (23) 日), "2023-03-22"
# for the Fed (周三 (22 日), the day before the dateline), "2023" for 今年's forecasts, None for the cumulative move since
# 去年; zh12 None (今年 / 昨日 with no year printed).
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 小米集團's third-quarter results (am730 財經, Traditional with half-width "," "(" ";" as printed; no headline in the
# stored text (the address carries one) and none composed; whole stored item).
# Key ("Q3"): net profit 7.92億元 (-83.8% yoy); revenue 780.63億元 (+8.2%); gross profit 142.92億元 (+40.6%); non-IFRS
# adjusted net profit 51.76億元 (+25.4%, above market expectations); global smartphone shipments 4,390萬台 and market share
# 13.5%; smartphone revenue 478.25億元 (+0.5%), gross margin 12.8% (+4.4 pp); IoT and lifestyle products 209.36億元 (+近15.5%);
# internet services 73.38億元 (+27.1%), gross margin 73.6% (+13.1 pp). Key ("Q1-Q3", 累計9個月): net profit 168.54億元 (+46%),
# revenue 2,427.3億元 (+38.4%), adjusted net profit 175.66億元 (+79.2%).
# Optional: the HKD conversion 約9.7億港元 of the quarter's profit; the shipment rank 第三 (3).
# Judgement calls: 9月底止第三季 with no year -> "Q3" (news35 zh07, news16 zh07); the nine months -> "Q1-Q3"; the bare
# 增 / 上升 / 多 after the opening 按年 are yoy (basis "yoy (implied)"); the segment margin moves 增長 / 多 X個百分點 are yoy
# (implied) pp rows; 增近15.5% -> 15.5 (近X -> X); 較市場預計高 prints no expectation figure (no row); shipments in "units"
# (台); (1810) gives no row; the record-high remark on the two segments gives no row.
XM7 = "小米集團|小米|小米集團-W|Xiaomi|Xiaomi Corporation|Xiaomi Group|1810|01810"
SP7 = "智能手機|智能手機業務|smartphones|smartphone|" + XM7
IOT7 = "IoT與生活消費產品|IoT and lifestyle products|IoT|" + XM7
INT7 = "互聯網服務|internet services|" + XM7
Q7, N7 = "Q3", "Q1-Q3"
NP7, NPG7 = "net_profit|profit", "net_profit_growth|profit_growth"
ADJ7 = "adjusted_net_profit|adjusted_profit|non_ifrs_net_profit|net_profit"
ADJG7 = "adjusted_net_profit_growth|adjusted_profit_growth|net_profit_growth"
SR7, SRG7 = "revenue|segment_revenue", "revenue_growth|segment_revenue_growth"
G["zh07"] = ([
    m(NP7, 7.92e8, "CNY", XM7, Q7, basis="純利, 截至9月底止第三季"),
    m(NP7, 9.7e8, "HKD", XM7, Q7, opt=True, basis="約9.7億港元, conversion of the CNY profit"),
    m(NPG7, -83.8, "%", XM7, Q7, basis="yoy, 按年大減"),
    m("revenue", 7.8063e10, "CNY", XM7, Q7, basis="收入"),
    m("revenue_growth", 8.2, "%", XM7, Q7, basis="yoy (implied), 增"),
    m("gross_profit", 1.4292e10, "CNY", XM7, Q7, basis="毛利"),
    m("gross_profit_growth", 40.6, "%", XM7, Q7, basis="yoy (implied), 上升"),
    m(ADJ7, 5.176e9, "CNY", XM7, Q7, basis="non-IFRS 經調整淨利潤, above market expectations"),
    m(ADJG7, 25.4, "%", XM7, Q7, basis="yoy (implied), 增"),
    m(NP7, 1.6854e10, "CNY", XM7, N7, basis="累計9個月"),
    m(NPG7, 46, "%", XM7, N7, basis="累計9個月, yoy (implied)"),
    m("revenue", 2.4273e11, "CNY", XM7, N7, basis="累計9個月"),
    m("revenue_growth", 38.4, "%", XM7, N7, basis="累計9個月, yoy (implied)"),
    m(ADJ7, 1.7566e10, "CNY", XM7, N7, basis="累計9個月, non-IFRS"),
    m(ADJG7, 79.2, "%", XM7, N7, basis="累計9個月, yoy (implied), 大增"),
    m("shipments|smartphone_shipments", 4.39e7, "units", SP7, Q7, basis="全球智能手機出貨量 4,390萬台"),
    m("rank|market_rank", 3, "rank", SP7, Q7, opt=True, basis="global smartphone shipments, 第三"),
    m("market_share", 13.5, "%", SP7, Q7, basis="global smartphone market share"),
    m(SR7 + "|smartphone_revenue", 4.7825e10, "CNY", SP7, Q7),
    m(SRG7, 0.5, "%", SP7, Q7, basis="yoy (implied), 多"),
    m("gross_margin", 12.8, "%", SP7, Q7, basis="smartphone segment"),
    m("gross_margin_change", 4.4, "pp", SP7, Q7, basis="yoy (implied), 增長"),
    m(SR7, 2.0936e10, "CNY", IOT7, Q7),
    m(SRG7, 15.5, "%", IOT7, Q7, basis="yoy (implied), 增近15.5% (近X -> X)"),
    m(SR7, 7.338e9, "CNY", INT7, Q7),
    m(SRG7, 27.1, "%", INT7, Q7, basis="yoy (implied), 多"),
    m("gross_margin", 73.6, "%", INT7, Q7, basis="internet services segment"),
    m("gross_margin_change", 13.1, "pp", INT7, Q7, basis="yoy (implied), 多"),
], [])


# zh08: Hong Kong's February retail sales with the first two months' categories (星島 hd.stheadline.com, Traditional with
# half-width "," ";" "(" as printed; no headline in the stored text and none composed; the carousel label "Previous Next"
# left out as page furniture; the stored text breaks off inside the government spokesman's second sentence
# ("這主要反映2019冠狀病毒病疫情…也有一些影"), so the passage ends after his first sentence).
# Key (period None): total retail sales value 227億元 in 2月 (provisional, -44.0% yoy, the largest fall on record); 1月
# revised -21.5%; first two months -31.8%; volume -46.7% (2月), -23.1% (1月, revised), -33.9% (first two months); fifteen
# categories' yoy changes over the first two months (thirteen down: food, alcoholic drinks and tobacco -9.3% … optical
# shops -28.6%; two up: supermarket goods +11.1%, fuels +6.5%); the three months to end-February against the previous three
# months, seasonally adjusted: value -11.0%, volume -11.7%.
# Optional: the 13-month losing streak (13 months).
# Judgement calls: 今年 with no year printed -> period None, the month / span and provisional / revised in basis (news53
# zh08); 1月's revised estimate is the previous month's reading, a key row of its own rather than a prior (news53 zh08:
# the revised month is a separate figure, not the old value of the same figure); the categories are the entities (no
# release-wide alias); 由高至低 ordering and 其次 / 依次 map in order; 農曆新年 dates (1月25日, 2月5日) give no rows; 二月份 in the
# spokesman's sentence restates the month (no new figure); the seasonally adjusted comparison is a three-month-on-three-month
# change (basis), not yoy.
RET8 = "零售業|香港零售業|本港零售業|零售業總銷貨價值|retail sales|Hong Kong retail sales|香港|Hong Kong"
RS8 = "retail_sales|retail_sales_value|total_retail_sales"
RSG8 = "retail_sales_growth|retail_sales_value_growth|retail_sales_change"
RVG8 = "retail_sales_volume_growth|retail_volume_growth|retail_sales_volume_change"
CAT8 = "retail_sales_growth|sales_value_growth|sales_growth|retail_sales_value_growth"
T8 = "首兩個月合計, yoy, provisional, sales value"


def cat8(names, v, word):
    return m(CAT8, v, "%", names, None, basis=T8 + ", " + word)


G["zh08"] = ([
    m(RS8, 2.27e10, "HKD", RET8, None, basis="2月, provisional estimate (臨時估計)"),
    m(RSG8, -44.0, "%", RET8, None, basis="2月, yoy, provisional; largest fall on record"),
    m("streak|losing_streak|months", 13, "months", RET8, None, opt=True, basis="連續13個月下跌"),
    m(RSG8, -21.5, "%", RET8, None, basis="1月, yoy, revised estimate (修訂)"),
    m(RSG8, -31.8, "%", RET8, None, basis="首兩個月合計, yoy, provisional"),
    m(RVG8, -46.7, "%", RET8, None, basis="2月, volume (net of price changes), yoy, provisional"),
    m(RVG8, -23.1, "%", RET8, None, basis="1月, volume, yoy, revised"),
    m(RVG8, -33.9, "%", RET8, None, basis="首兩個月合計, volume, yoy, provisional"),
    cat8("食品、酒類飲品及煙草|食品|food, alcoholic drinks and tobacco", -9.3, "下跌"),
    cat8("珠寶首飾、鐘錶及名貴禮物|珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery", -58.6, "下跌"),
    cat8("其他未分類消費品|other consumer goods", -21.9, "下跌"),
    cat8("電器及其他未分類耐用消費品|電器|electrical goods and other consumer durable goods|electrical goods", -25.1, "下跌"),
    cat8("藥物及化妝品|medicines and cosmetics", -42.7, "下跌"),
    cat8("百貨公司貨品|百貨公司|goods in department stores|department stores", -41.4, "下跌"),
    cat8("服裝|wearing apparel|clothing", -49.9, "下跌"),
    cat8("汽車及汽車零件|汽車|motor vehicles and parts|motor vehicles", -24.2, "下跌"),
    cat8("鞋類、有關製品及其他衣物配件|鞋類|footwear, allied products and other clothing accessories|footwear", -43.1,
         "下跌"),
    cat8("傢具及固定裝置|傢具|furniture and fixtures|furniture", -19.6, "下跌"),
    cat8("中藥|Chinese drugs and herbs|Chinese medicine", -23.7, "下跌"),
    cat8("書報、文具及禮品|books, newspapers, stationery and gifts", -35.0, "下跌"),
    cat8("眼鏡店|optical shops", -28.6, "下跌"),
    cat8("超級市場貨品|超級市場|supermarket goods|supermarkets", 11.1, "上升"),
    cat8("燃料|fuels|fuel", 6.5, "上升"),
    m(RSG8 + "|retail_sales_growth_sa", -11.0, "%", RET8, None,
      basis="3 months to end-February vs previous 3 months, seasonally adjusted, value, provisional"),
    m(RVG8 + "|retail_sales_volume_growth_sa", -11.7, "%", RET8, None,
      basis="3 months to end-February vs previous 3 months, seasonally adjusted, volume, provisional"),
], [])


# zh09: 聯電's September revenue with the quarter and the year to date (聯合新聞網 udn.com, Traditional with full-width
# "，" "；" "（）" and the full-width "％" beside half-width "%" as printed; no headline in the stored text and none composed;
# the store's date line left out; whole stored item otherwise).
# Key: September revenue 新台幣199.27億元 (+4% mom, +5.2% yoy); third-quarter revenue 591.26億元 (+0.62% qoq, -2.25% yoy);
# 1–9月 cumulative revenue 1,757.44億元 (+2.23% yoy); second-quarter capacity utilisation 76%; the 22/28奈米 share of revenue
# 40% (same clause, second quarter).
# Optional: none.
# Judgement calls: no year printed (今年 only) -> None for 9月 and 1–9月 (month / span in basis, news31 zh12), "Q3" for 第3季
# and "Q2" for 第2季 (a quarter named without a year keeps the quarter alone, news16 zh07 / news73 zh09); 月增 / 季增 / 年增 as
# mom / qoq / yoy rows; 較去年同期小幅下滑 -> negative yoy; the 22/28奈米 share belongs to those process nodes with 聯電 as
# alias; 22/28奈米 and 12奈米 are process nodes, 2027年 a mass-production target year, (2303) the stock code: no rows.
UMC9 = "聯電|聯華電子|UMC|United Microelectronics|United Microelectronics Corporation|2303"
N9 = "22/28奈米|22/28nm|22/28 nanometre|" + UMC9
REV9 = "revenue|monthly_revenue|consolidated_revenue"
RG9 = "revenue_growth|revenue_change"
G["zh09"] = ([
    m(REV9, 1.9927e10, "TWD", UMC9, None, basis="9月合併營收 (September, year not printed)"),
    m(RG9 + "|revenue_growth_mom", 4, "%", UMC9, None, basis="September, mom (月增, full-width ％)"),
    m(RG9, 5.2, "%", UMC9, None, basis="September, yoy (年增)"),
    m("revenue|quarterly_revenue", 5.9126e10, "TWD", UMC9, "Q3", basis="第3季營收, the year's highest quarter"),
    m(RG9 + "|revenue_growth_qoq", 0.62, "%", UMC9, "Q3", basis="qoq (季增, full-width ％)"),
    m(RG9, -2.25, "%", UMC9, "Q3", basis="yoy (較去年同期小幅下滑)"),
    m("revenue|cumulative_revenue", 1.75744e11, "TWD", UMC9, None, basis="1–9月累計合併營收"),
    m("revenue_growth|cumulative_revenue_growth", 2.23, "%", UMC9, None, basis="1–9月, yoy (年增)"),
    m("capacity_utilization|utilization_rate|utilization", 76, "%", UMC9, "Q2", basis="第2季產能利用率, 回升到"),
    m("revenue_share", 40, "%", N9, "Q2", basis="22/28奈米 share of revenue, record high"),
], [])


# zh10: the day's HIBOR fixings, the Hong Kong dollar and the aggregate balance (大紀元 香港 on the hk.epochtimes.com mirror
# 139.162.95.11, Traditional with half-width "," ";" as printed; no headline in the stored text and none composed; the
# closing "@" sign-off and the promotion block after the dashes (《九評》20周年, subscription and app links) left out as page
# furniture; whole stored item otherwise).
# Key (period None): 1-month HIBOR 4.165% (+3.42 bp); the Hong Kong dollar at 7.7820 per US dollar (現報); aggregate balance
# 450.46億元 (-12.58億元 on the day before); overnight 3.76941%, 1-week 4.19714%, 2-week 4.16655%, 3-month 4.34804%, 6-month
# 4.2%, 12-month 4.13077%; the US dollar index 107.246; the one-month Hong Kong dollar-US dollar spread -0.8287% (prior
# -0.8287, 維持在).
# Optional: the 1-month fixing 4.13149% on 11月21日 (the last time it turned up; a past reading); the intraday weak point
# 7.784 and the later 7.7812 (intraday moves).
# Judgement calls: 11月1日, 11月21日, 11月19日, 10月31日 and 10月10日 carry no year -> period None, and these "highest since"
# dates give no rows; 點子 -> bp; the exchange rate in "HKD per USD" (news16, news55, news70 zh08); 維持在 -> the level with itself as
# prior (news72 zh01, news73 zh01); the aggregate balance is 上日's (basis); 依次 maps the 6- and 12-month fixings in order;
# the dollar index in "points".
HIB10 = "HIBOR|Hibor|香港銀行同業拆息|港元拆息|港元銀行同業拆息"
AGG10 = "總結餘|銀行體系總結餘|aggregate balance|香港金管局|金管局|HKMA|香港銀行體系|Hong Kong banking system"
HKD10 = "港元匯率|港元|港匯|HKD|Hong Kong dollar"


def hib10(tenor, alias, lvl, extra=""):
    return m("hibor|rate|interest_rate", lvl, "%", tenor + "HIBOR|" + tenor + "拆息|" + alias + "|" + HIB10, None,
             basis=tenor + " fixing, 升至" + extra)


G["zh10"] = ([
    m("hibor|rate|interest_rate", 4.165, "%", "一個月HIBOR|一個月拆息|1-month HIBOR|" + HIB10, None,
      basis="1-month fixing (linked to mortgages), turned up; highest since 11月1日"),
    m("hibor_change|rate_change", 3.42, "bp", "一個月HIBOR|一個月拆息|1-month HIBOR|" + HIB10, None, basis="升3.42點子"),
    m("hibor|rate|interest_rate", 4.13149, "%", "一個月HIBOR|一個月拆息|1-month HIBOR|" + HIB10, None, opt=True,
      basis="fixing on 11月21日, the previous turn upward (a past reading)"),
    m("exchange_rate", 7.782, "HKD per USD", HKD10, None, basis="現報 7.7820"),
    m("exchange_rate", 7.784, "HKD per USD", HKD10, None, opt=True, basis="intraday, 一度貶至"),
    m("exchange_rate", 7.7812, "HKD per USD", HKD10, None, opt=True, basis="intraday, 其後回升至"),
    m("aggregate_balance|banking_system_balance", 4.5046e10, "HKD", AGG10, None,
      basis="上日總結餘, 收縮至; lowest since 11月21日"),
    m("aggregate_balance_change|banking_system_balance_change", -1.258e9, "HKD", AGG10, None, basis="vs 前一日, 減少"),
    hib10("隔夜", "overnight HIBOR", 3.76941, "; highest since 11月19日"),
    hib10("一星期", "1-week HIBOR", 4.19714),
    hib10("兩星期", "2-week HIBOR", 4.16655, "; highest since 10月31日"),
    hib10("三個月期", "3-month HIBOR|三個月HIBOR", 4.34804, "; highest since 10月10日"),
    hib10("六個月期", "6-month HIBOR|六個月HIBOR", 4.2, " (依次, first)"),
    hib10("十二個月期", "12-month HIBOR|十二個月HIBOR", 4.13077, " (依次, second)"),
    m("index_level|dollar_index|level", 107.246, "points", "美元指數|US dollar index|DXY", None, basis="升至"),
    m("interest_rate_spread|rate_spread|spread", -0.8287, "%",
      "港元與美元一個月期利差|港元美元利差|HKD-USD spread|" + HIB10, None, prior=-0.8287,
      basis="one-month HKD-USD spread, 維持在 (level as its own prior)"),
], [])


# zh11: the Taiwan central bank's first-quarter board meeting of 2023 (鉅亨網 m.cnyes.com, Traditional with half-width ","
# "(" and the spaces around figures as printed (今 (23) 日, (0.125 個百分點), 第 5 度, 3 碼, 保 2 …); the headline kept,
# reworded (〈央行理監事會〉連5度升息 幅度半碼 -> 〈央行理監事會〉升息半碼 連續第5度調升); the byline-dateline "鉅亨網記者王莞甯
# 台北 2023-03-23 16:16" kept as printed (as in news39 zh11 / news60 zh09, cnyes items); the promotion lines
# (安全可靠的多資產平台…, 掌握全球財經資訊點我下載APP) and the 延伸閱讀 / 上一篇 / 下一篇 navigation left out).
# Key: rate change +12.5 bp (升息半碼, 0.125 個百分點; one row - the pp reading is the same figure); rediscount rate 1.875%,
# secured accommodation rate 2.25%, short-term accommodation rate 4.125% (2023-03-23); cumulative +75 bp (3 碼 since the
# cycle began 去年); 2023 CPI forecast 2.09% (prior 1.88, 前次預測值); 2023 GDP forecast 2.21% (prior 2.53, 上一季的預估值)
# and its revision -0.32 pp; the statistics office's (主計總處) 2023 GDP forecast 2.12%; the Fed's +25 bp (1 碼) and its
# 4.75% to 5% range (2023-03-22).
# Optional: 連續第 5 度升息 (5 hikes); the first printing of the CPI forecast 2.09% (in the reasons); the previous forecasts
# 1.88% and 2.53% as rows of their own; 保 2 (GDP growth at 2% or above, a lower bound).
# Judgement calls: 今年 = 2023 from the printed dateline 2023-03-23 (今 (23) 日); the decision dated 2023-03-23 (the day is
# printed) rather than "2023Q1"; 周三 (22 日) = 2023-03-22, the day before the dateline; 碼 = 25 bp, 半碼 = 12.5 bp; 上修 /
# 下修 of a forecast -> value the new forecast, prior the earlier one (news24 zh12), and the printed 下修 0.32 個百分點 a key
# negative pp row (news72 zh09); 主計總處's forecast is a key row on Taiwan with the office as alias; 依次 maps the three
# policy rates in order; 2007 (a comparison year), 第一季理監事會議 (the meeting's name) and 第 5 度 as an ordinal give no rows.
CBC11 = "中央銀行|央行|台灣央行|中華民國中央銀行|Central Bank of the Republic of China (Taiwan)|CBC"
TW11 = "台灣|我國|Taiwan|" + CBC11
DG11 = "主計總處|行政院主計總處|DGBAS|台灣|Taiwan"
FED11 = "聯準會|美國聯準會|Fed|Federal Reserve|US Federal Reserve"
D11, F11, Y11 = "2023-03-23", "2023-03-22", "2023"
RC11 = "rate_change|policy_rate_change"
GDPF11 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
CPIF11 = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi"
G["zh11"] = ([
    m(RC11, 12.5, "bp", CBC11, D11, basis="升息半碼 (0.125 個百分點), headline and body"),
    m("rediscount_rate|discount_rate|policy_rate", 1.875, "%", CBC11, D11, basis="重貼現率, after the hike (依次 first)"),
    m("secured_loan_rate|accommodation_rate_secured|policy_rate", 2.25, "%", CBC11, D11, basis="擔保放款融通利率"),
    m("short_term_accommodation_rate|unsecured_loan_rate|policy_rate", 4.125, "%", CBC11, D11, basis="短期融通利率"),
    m("rate_hikes|hike_count", 5, "hikes", CBC11, None, opt=True, basis="連續第 5 度升息"),
    m("cumulative_rate_change|rate_change", 75, "bp", CBC11, None, basis="累計已升 3 碼 since the hiking cycle began 去年"),
    m(CPIF11, 2.09, "%", TW11, Y11, prior=1.88, basis="CBC forecast, CPI yoy, 上修; prior = 前次預測值"),
    m(CPIF11, 2.09, "%", TW11, Y11, opt=True, basis="first printing, in the reasons for the hike"),
    m(CPIF11, 1.88, "%", TW11, Y11, opt=True, basis="previous CBC forecast (前次預測值)"),
    m(GDPF11, 2.21, "%", TW11, Y11, prior=2.53, basis="CBC forecast, 下修; prior = 上一季的預估值"),
    m(GDPF11, 2.53, "%", TW11, Y11, opt=True, basis="previous CBC forecast (上一季)"),
    m("gdp_growth_forecast_change|forecast_revision", -0.32, "pp", TW11, Y11, basis="再下修 0.32 個百分點"),
    m(GDPF11, None, "%", TW11, Y11, rng=(2, None), opt=True, basis="可保 2 (growth of 2% or more)"),
    m(GDPF11, 2.12, "%", DG11, Y11, basis="主計總處's forecast (日前), lower than the CBC's"),
    m(RC11, 25, "bp", FED11, F11, basis="Fed 升息 1 碼"),
    m("fed_funds_target_range|policy_rate", None, "%", FED11, F11, rng=(4.75, 5),
      basis="基準利率走廊 4.75% 至 5%, highest since 2007"),
], [])


# zh12: three brokers on the Hong Kong-listed mainland insurers after a day's sell-off (東方日報 orientaldaily.on.cc 財經,
# Traditional with half-width "," "(" and 「」 as printed; no headline in the stored text and none composed; whole stored
# item).
# Rating actions (HKD): 德銀 upgrades 平保 to 「買入」 (no earlier rating and no target printed -> prior None, target None);
# 德銀 keeps 新華保險 at 「買入」 while raising the insurers' targets 8.7至23.4% (raise_target, prior buy, no target printed);
# 花旗 keeps 太保 and 平保 at 「買入」 with targets 36元 and 83元 (maintain; no earlier targets printed); 渣打 重申 國壽
# 「與大市同步」 with target 23.7元 (reiterate, equal-weight, prior equal-weight).
# Key (period None): the sector's price-to-embedded-value 約1.3倍 (1.3 x); 德銀's forecast A-share rise 10% and the insurers'
# 16% upside; the insurers' target raises 8.7至23.4% and embedded-value forecast raises 4.8至10.8% (closed ranges).
# Optional: the three printed targets as target_price rows (太保 36, 平保 83, 國壽 23.7 HKD); 國壽's 近一成 downside to the
# target (-10 %).
# Judgement calls: 今年 / 昨日 with no year printed -> None; "調高內險股目標價8.7至23.4%" -> rng (8.7, 23.4) % on the insurers
# (sector entity; 平保 and 新華 as members); "內涵值預測則調高4.8至10.8%" -> an embedded-value forecast revision range;
# "維持兩者「買入」評級,給予目標價36元及83元" maps in order of mention (凱雷沽太保 first, 滙控賣平保 second); 近一成 -> 10 %
# (近X -> X), a downside of the target from the close, negative and optional as upside / downside rows are; 「與大市同步」 =
# equal-weight (news3, news23 zh labels); 凱雷's and 滙控's stake sales print no figure; the stock codes give no rows; the kind
# asked for (several brokers on one stock with from–to targets and earnings forecasts) was not stored for a Hong Kong
# insurer, bank or utility, so the closest page (three brokers on the sector, two of them on 平保) was taken.
INS12 = "內險股|內地保險股|中資保險股|mainland insurers|Chinese insurers|China insurance stocks"
PA12 = "中國平安|平保|平安|Ping An|Ping An Insurance|02318|2318"
NCL12 = "新華保險|新華|New China Life|New China Life Insurance|01336|1336"
CPIC12 = "中國太保|太保|China Pacific Insurance|CPIC|02601|2601"
CL12 = "中國人壽|國壽|China Life|China Life Insurance|02628|2628"
DB12 = "德銀|德意志銀行|Deutsche Bank"
CITI12 = "花旗|Citi|Citigroup"
SC12 = "渣打|Standard Chartered"
G["zh12"] = ([
    m("p_ev|price_to_embedded_value|valuation_multiple", 1.3, "x", INS12, None,
      basis="德銀: 行業股價與內涵值比率 約1.3倍, historical low"),
    m("index_return_forecast|market_return_forecast|price_change_forecast", 10, "%", "A股|A-shares|China A-shares", None,
      basis="德銀: A股 to rise 10% this year (year not printed)"),
    m("upside|target_upside|potential_upside", 16, "%", INS12, None, basis="德銀: 內險股 16%上漲空間"),
    m("target_price_change", None, "%", INS12 + "|" + PA12 + "|" + NCL12, None, rng=(8.7, 23.4),
      basis="德銀 raises the insurers' targets 8.7至23.4%"),
    m("embedded_value_forecast_change|ev_forecast_revision|forecast_revision", None, "%", INS12, None, rng=(4.8, 10.8),
      basis="德銀 raises embedded-value forecasts 4.8至10.8%"),
    m("target_price|price_target", 36, "HKD", CPIC12, None, opt=True, basis="花旗, 「買入」 maintained"),
    m("target_price|price_target", 83, "HKD", PA12, None, opt=True, basis="花旗, 「買入」 maintained"),
    m("target_price|price_target", 23.7, "HKD", CL12, None, opt=True, basis="渣打, 「與大市同步」 reiterated"),
    m("target_downside|upside", -10, "%", CL12, None, opt=True, basis="渣打: 近一成下跌空間 from 昨日收市價"),
], [
    ra(DB12, PA12, "upgrade", "buy", None, None, None, None),
    ra(DB12, NCL12, "raise_target", "buy", "buy", None, None, None),
    ra(CITI12, CPIC12, "maintain", "buy", "buy", 36.0, None, "HKD"),
    ra(CITI12, PA12, "maintain", "buy", "buy", 83.0, None, "HKD"),
    ra(SC12, CL12, "reiterate", "equal-weight", "equal-weight", 23.7, None, "HKD"),
])
