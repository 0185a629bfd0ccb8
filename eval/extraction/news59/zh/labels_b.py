# Hand labels for news59/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong outlets (橙新聞 on a
# restaurant chain's annual results, hk01 on pension-fund returns), one Macau outlet (a Macau daily, waou.com.mo, on the
# retail-sales survey) and three Taiwan outlets (鉅亨網 cnyes on a Hong Kong-listed toy maker's downgrade, 自由時報 ltn on
# the consumer-price release, 經濟日報 on udn.com on the container lines' nine-month results); see batch_b.md). Helpers
# m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier
# sets' labels_*.py files.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news57/zh and news58/zh and the labels files of news57/zh and news58/zh, with these precedents: a prior
# plus an optional row for an earlier level printed beside the current one (news58 zh08); headline figures repeated
# approximately in the body are optional twins (dev README); 逾 / 超過 bounds are optional open ranges unless a headline
# figure, 跌逾X -> (None, -X) (dev README); target-price cuts in % are "target_price_change" rows while the target and
# rating themselves go only into the rating action (earlier broker passages, e.g. news8 zh16's 削減44.9%至10.8港元);
# valuation multiples at the target are "x" rows (earlier broker passages); intraday lows and intraday moves optional
# (dev README); streak lengths in months / years, ranks, thresholds and counts of named items optional (news58 b);
# per-category CPI changes take the category as entity with the CPI as alias (news57 zh10).
# Currency: the Hong Kong items' bare 元 / 億元 / 仙 = HKD (zh07, zh11; zh08's 港元 printed); 美元 = USD (zh08); Macau's
# 澳門元 (printed "(澳門元,下同)") = MOP (zh09); the Taiwan items' bare 元 / 億元 = TWD (zh12). 仙 = 0.01 HKD.
# Values fully scaled (2.33億元 -> 2.33e8; 130 億美元 -> 1.3e10; 15,370億元 -> 1.537e12; 479萬 -> 4.79e6; 41仙 -> 0.41
# HKD). Declines negative (倒退, 下降, 減少, 跌, 下跌, 年減, 負回報, (-5.5%) in brackets, 蒸發, 挫, 調降); signed bracketed
# changes "(+30.6%)" / "(-4.9%)" taken with their sign. 近X / 約X -> X (近四分之一 -> 25 %). X倍 rises -> X*100 % (漲幅超過
# 4 倍 -> an open range from 400 %). A figure printed twice is one key row and an optional twin.
# Count units as earlier sets spell them: "stores", "months", "years", "members", "count".
# Periods only where the text states or clearly implies the year: zh07 None (截至今年3月底止全年, no year printed);
# zh08 2025-09-15 for the day's moves (the byline prints 2025-09-15 and the text 周一 (15 日)), FY2024 (printed 2024 年),
# FY2026 for 明年 (fixed by the printed 2025 byline), None for the moves since 8 月 26 日 and 今年至今; zh09 2017Q3 for
# 今年第3季 (2017年首三季 printed), 2017Q2 for 第2季, 2017Q1-Q3 for 首三季, 2017Q4 for the merchants' 第4季
# expectations; zh10 None (8月, 7月 and 9月 with no year printed; the page's date line is dropped); zh11 2025-10 for 10月
# (2025年至今 printed), 2025-01..10 for 2025年至今 / 年初至今, 2025-10-31 for 10月底, 2025-12-31 / FY2025 for the year-end
# forecasts; zh12 2025Q1-Q3 (printed 2025年前三季). Addresses, dropped page chrome and the writer's knowledge are never
# used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong restaurant chain's annual results (橙新聞 orangenews.hk, 【橙訊】; Traditional, half-width commas,
# semicolons and brackets with full-width 。 as printed; the photo caption "大家樂全年少賺29%。資料圖" above the lead left
# out (its 29 is a rounded twin of the body's 29.57%), and with it the stored text's only headline-like line, so no
# headline is kept and none composed; the trailing "編輯推薦" list of six unrelated headlines left out; whole stored item
# otherwise).
# Key: net profit 2.33億元 (-29.57%), -25.2% excluding investment-property fair-value losses, basic EPS 41仙, final
# dividend 25仙 (-40.48%); revenue 85.68億元 (-1.42%); Hong Kong revenue 70.73億元 (-1.44%), of which quick-service
# restaurants 51.21億元 (-0.33%); same-store sales 大家樂快餐 -3%, 一粥麵 -2%; mainland revenue 14.95億元 (-1.33%); stores
# 381 in Hong Kong (+1), 185 on the mainland (+14).
# Optional: none.
# Judgement calls: 截至今年3月底止全年 with no year printed -> period None, the fiscal year-end in basis; the -25.2% is a
# second profit-growth row with its basis (excluding fair-value losses), not an underlying-profit level; 香港業務 and
# 速食餐飲 and 內地市場 are segment entities with 大家樂 as alias; the same-store sales of the two brands are rows on the
# brands (分別…3%及2% mapped in order) with 大家樂 as alias; store counts and net additions are "stores" rows on the
# segment (門店 at 3月底, no year). Not labelled: the stock code 00341.
CDC7 = "大家樂|大家樂集團|大家乐|Café de Coral|Cafe de Coral|Café de Coral Holdings|00341|341"
HK7 = "香港業務|香港|Hong Kong|Hong Kong business|" + CDC7
QSR7 = "速食餐飲|速食餐飲業務|quick service restaurants|QSR|fast food|" + CDC7
CN7 = "內地市場|內地|中國內地|mainland China|Mainland China|mainland|" + CDC7
FK7 = "大家樂快餐|Café de Coral fast food|" + CDC7
CJ7 = "一粥麵|Super Super Congee & Noodles|" + CDC7
FY7 = "full year to 3月底 (no year printed)"
NPG7 = "net_profit_growth|profit_growth|net_profit_change|net_income_growth"
REV7, RG7 = "revenue|turnover|income", "revenue_growth|revenue_change|growth"
ST7 = "stores|store_count|outlets|number_of_stores"
STC7 = "store_change|net_new_stores|net_store_additions|stores"
G["zh07"] = ([
    m("net_profit|profit_attributable|net_income|profit", 2.33e8, "HKD", CDC7, None, basis=FY7),
    m(NPG7, -29.57, "%", CDC7, None, basis="yoy, 按年倒退"),
    m(NPG7 + "|underlying_profit_growth", -25.2, "%", CDC7, None,
      basis="yoy excluding investment-property fair-value losses, 下降"),
    m("eps|basic_eps|earnings_per_share", 0.41, "HKD", CDC7, None, basis="每股基本盈利41仙"),
    m("final_dividend|dividend_per_share|dps|dividend", 0.25, "HKD", CDC7, None, basis="末期息 每股25仙"),
    m("dividend_growth|dividend_change|dps_change|final_dividend_change", -40.48, "%", CDC7, None,
      basis="final dividend, yoy, 按年減少"),
    m(REV7, 8.568e9, "HKD", CDC7, None, basis=FY7),
    m(RG7, -1.42, "%", CDC7, None, basis="yoy, 按年跌"),
    m(REV7 + "|segment_revenue", 7.073e9, "HKD", HK7, None, basis="Hong Kong revenue"),
    m(RG7, -1.44, "%", HK7, None, basis="yoy, 跌"),
    m(REV7 + "|segment_revenue", 5.121e9, "HKD", QSR7, None, basis="quick-service restaurants, within Hong Kong"),
    m(RG7, -0.33, "%", QSR7, None, basis="yoy, 減少…至"),
    m("same_store_sales_growth|same_store_sales|sss_growth", -3, "%", FK7, None, basis="下跌 (分別, first)"),
    m("same_store_sales_growth|same_store_sales|sss_growth", -2, "%", CJ7, None, basis="下跌 (分別, second)"),
    m(REV7 + "|segment_revenue", 1.495e9, "HKD", CN7, None, basis="mainland revenue"),
    m(RG7, -1.33, "%", CN7, None, basis="yoy, 減少…至"),
    m(ST7, 381, "stores", HK7, None, basis="門店 in Hong Kong at 3月底"),
    m(STC7, 1, "stores", HK7, None, basis="按年增1間"),
    m(ST7, 185, "stores", CN7, None, basis="門店 on the mainland at 3月底"),
    m(STC7, 14, "stores", CN7, None, basis="增14間 (yoy)"),
], [])


# zh08: a foreign broker's downgrade of a Hong Kong-listed toy maker with a target cut and the share slide (鉅亨網
# news.cnyes.com, 綜合外電; Traditional with Taiwanese financial wording (本益比), full-width punctuation, the spaces
# around figures ("8 月 26 日", "130 億美元", "25% 至 300 港元") and the half-width "(09992-HK)" / "(15 日)" as printed;
# the byline "鉅亨網編輯林羿君 綜合外電 2025-09-15 15:00" kept; the page's date line " date 2025-09-15" and the photo
# caption "Labubu失寵了？泡泡瑪特股價暴跌 市值蒸發130億美元。(圖:shutterstock)" left out (the caption carries the
# article's title; its 130 is a twin of the body's), so no headline is kept and none composed; the stored text breaks
# off inside "針對媒體近期對 Labubu 二手價…摩根大通認為，這些報導與基" (cut mid-sentence, no figure), so the passage ends
# with the sentence before it).
# Key: market value lost since the 8 月 26 日 record, 130 億美元 (first printing); target-price cut 25%; the target's
# valuation, 動態本益比 1.1 倍 and 明年預測本益比 25 倍.
# Optional: the second printing of 130 億美元; the day's intraday fall 一度挫逾 8% and low 253.8 港元; the share of market
# value 近四分之一 (25 %); the 2024 rise 超過 4 倍; the year-to-date rise 逾 180%; "恒指分別升 32% 及 52%" (two figures for
# one index as printed); the catalyst counts 七大 / 四項 / 三項.
# Rating action: 摩根大通 downgrades 泡泡瑪特 from 增持 (overweight) to 中性 (neutral) with a 300 港元 target (the earlier
# target is not printed; the 25% cut is a metric row, and 400 is not derived).
# Judgement calls: the day's moves are dated 2025-09-15 (byline and "周一 (15 日)"); the market-value loss since the
# record is a change row with period None; "相當於動態本益比 1.1 倍" is printed as the target's P/E and kept as a key "x"
# row although 1.1 looks like a PEG, with the doubt in basis; 明年 -> FY2026 from the printed 2025 byline; "跑贏同期恒指
# 分別升 32% 及 52%" is garbled (one index, two figures), so both are optional rows on 恒指; "4 月以來最大跌幅" names a
# month, not a count, and gets no row; the catalyst window (2025 年第四季至 2026 年第一季) has no figure to label.
POP8 = "泡泡瑪特|泡泡玛特|泡瑪|Pop Mart|POP MART|Pop Mart International|09992|9992"
JPM8 = "摩根大通|摩通|小摩|J.P. Morgan|JPMorgan|JP Morgan|JPMorgan Chase"
HSI8 = "恒生指數|恒指|Hang Seng Index|HSI"
D8 = "2025-09-15"
MC8 = "market_cap_change|market_value_change|market_cap_loss|market_cap"
PC8 = "price_change|share_price_change|stock_price_change"
G["zh08"] = ([
    m(MC8, -1.3e10, "USD", POP8, None, basis="市值蒸發 since the 8 月 26 日 record high (first printing)"),
    m(PC8, None, "%", POP8, D8, rng=(None, -8), opt=True, basis="一度挫逾 8% (intraday bound), 周一 (15 日)"),
    m("price|share_price|intraday_low", 253.8, "HKD", POP8, D8, opt=True, basis="低見 (intraday low), 周一 (15 日)"),
    m(MC8, -1.3e10, "USD", POP8, None, opt=True, basis="second printing, since 8 月 26 日"),
    m("share|market_cap_share|market_cap_loss_share", 25, "%", POP8, None, opt=True,
      basis="約占總市值近四分之一 (share of market value lost)"),
    m(PC8 + "|annual_change", None, "%", POP8, "FY2024", rng=(400, None), opt=True, basis="漲幅超過 4 倍 (bound)"),
    m("catalysts|count", 7, "count", POP8, None, opt=True, basis="七大催化劑 (摩根大通)"),
    m("catalysts|count", 4, "count", POP8, None, opt=True, basis="已兌現四項"),
    m("catalysts|count", 3, "count", POP8, None, opt=True, basis="餘下三項"),
    m(PC8 + "|ytd_change", None, "%", POP8, None, rng=(180, None), opt=True, basis="今年至今 上漲逾 180% (bound)"),
    m(PC8 + "|index_change|ytd_change", 32, "%", HSI8, None, opt=True,
      basis="'跑贏同期恒指分別升 32% 及 52%' (garbled: two figures for one index), first"),
    m(PC8 + "|index_change|ytd_change", 52, "%", HSI8, None, opt=True,
      basis="'跑贏同期恒指分別升 32% 及 52%', second"),
    m("target_price_change|target_change", -25, "%", POP8, None, basis="摩根大通 調降 target 25% 至 300 港元"),
    m("pe_ratio|target_pe|dynamic_pe|peg", 1.1, "x", POP8, None,
      basis="target valuation, 動態本益比 1.1 倍 as printed (looks like a PEG)"),
    m("pe_ratio|target_pe|forward_pe", 25, "x", POP8, "FY2026", basis="target valuation, 明年預測本益比 (forecast)"),
], [
    ra(JPM8, POP8, "downgrade", "neutral", prior_rating="overweight", target=300, cur="HKD"),
])


# zh09: Macau's quarterly retail-sales survey (a Macau daily, waou.com.mo, 【本報訊】 carrying the statistics bureau;
# Traditional, half-width commas, brackets and the signed changes "(+30.6%)" / "(-4.9%)" as printed, the stray spaces in
# "、 成人服裝(+21.3%)" and "16.0%, 預料" kept; headline kept, reworded (第三季零售額上升15% -> 零售額第三季上升15%); whole
# stored item).
# Key: 2017Q3 retail sales 161.8億元 (+14.9% yoy; prior 145.6億元 for the revised second quarter, +11.1% qoq); shares of
# sales 鐘錶及珠寶 23.0%, 百貨商品 14.8%, 成人服裝 13.0%, 皮具 11.6%, 超級市場貨品 6.8%; yoy sales changes 通訊設備 +30.6%,
# 鐘錶及珠寶 +23.2%, 皮具 +21.7%, 成人服裝 +20.4%, 百貨商品 +17.3%, 藥房貨品 -5.5%, 車用燃料 -4.9%, 電單車及零配件 +50.0%;
# first three quarters 472.4億元 (+11.3%); volume yoy +16.2% with 電單車及零配件 +43.1%, 通訊設備 +40.5%, 鐘錶及珠寶 +29.5%,
# 成人服裝 +21.8%, 皮具 +20.7%, 百貨商品 +18.9%, 車用燃料 -9.2%, 藥房貨品 -6.4%; first-three-quarters volume +11.8%; volume
# qoq +11.8% with 電單車及零配件 +61.1%, 成人服裝 +21.3%, 鐘錶及珠寶 +16.8%, 藥房貨品 -6.1%.
# Optional: the headline's 15% (a rounded twin of 14.9%); the revised second-quarter level 145.6億元 as a row of its own;
# the merchants' survey shares for the fourth quarter (volume 49.7 / 38.5 / 11.8%, prices 71.4 / 16.0 / 12.6%, business
# conditions 約38.5 / 37.9 / 23.6%), secondary detail of the release (dev README: secondary detail in macro releases).
# Judgement calls: 今年第3季 beside the printed "2017年首三季" -> 2017Q3; the bracketed signed changes are yoy growth rows
# on the category (category as entity, Macau retail as alias), the volume ones a separate metric; the same 11.8% is
# printed for the first-three-quarters volume, the third quarter's qoq volume and the merchants expecting higher sales
# (three rows, different metrics and periods); 澳門元 -> MOP. Not labelled: 「8.23風災」 (a typhoon's name).
RET9 = "澳門零售業|零售業|澳門|Macau|Macao|Macau retail sales|retail trade|retail sales|統計暨普查局|DSEC"
Q9, Q29, YTD9, Q49 = "2017Q3", "2017Q2", "2017Q1-Q3", "2017Q4"
RS9 = "retail_sales|retail_sales_value|sales|retail_sales_value_total"
RSG9 = "retail_sales_growth|sales_growth|retail_sales_change|growth"
VOL9 = "retail_sales_volume_growth|sales_volume_growth|volume_growth|retail_volume_growth|growth"
SH9 = "share|sales_share|share_of_sales|share_of_retail_sales"
SV9 = "survey_share|merchant_share|share|percentage_of_merchants"


def cat9(name, alias):
    return name + "|" + alias + "|" + RET9


JEW9 = cat9("鐘錶及珠寶", "watches, clocks and jewellery|jewellery|watches and jewellery")
DEP9 = cat9("百貨商品", "department store goods|department stores")
ADC9 = cat9("成人服裝", "adults' clothing|adult clothing|clothing")
LEA9 = cat9("皮具", "leather goods")
SUP9 = cat9("超級市場貨品", "supermarket goods|supermarkets")
COM9 = cat9("通訊設備", "communication equipment")
PHA9 = cat9("藥房貨品", "pharmacy goods|pharmacies")
FUE9 = cat9("車用燃料", "motor vehicle fuels|motor fuels|fuel")
MOT9 = cat9("電單車及零配件", "motorcycles and parts|motorcycles")
MER9 = "零售商戶|商戶|retailers|merchants|" + RET9
G["zh09"] = ([
    m(RSG9, 15, "%", RET9, Q9, opt=True, basis="headline, rounded twin of 14.9%"),
    m(RS9, 1.618e10, "MOP", RET9, Q9, prior=1.456e10, basis="今年第3季; vs revised Q2 (145.6億元)"),
    m(RSG9, 14.9, "%", RET9, Q9, basis="yoy, 按年上升"),
    m(RS9, 1.456e10, "MOP", RET9, Q29, opt=True, basis="第2季, revised (comparison base)"),
    m(RSG9 + "|qoq_growth", 11.1, "%", RET9, Q9, basis="qoq vs revised Q2, 上升"),
    m(SH9, 23.0, "%", JEW9, Q9, basis="share of total sales"),
    m(SH9, 14.8, "%", DEP9, Q9, basis="share of total sales"),
    m(SH9, 13.0, "%", ADC9, Q9, basis="share of total sales"),
    m(SH9, 11.6, "%", LEA9, Q9, basis="share of total sales (分別, first)"),
    m(SH9, 6.8, "%", SUP9, Q9, basis="share of total sales (分別, second)"),
    m(RSG9, 30.6, "%", COM9, Q9, basis="sales, yoy (+30.6%)"),
    m(RSG9, 23.2, "%", JEW9, Q9, basis="sales, yoy (+23.2%)"),
    m(RSG9, 21.7, "%", LEA9, Q9, basis="sales, yoy (+21.7%)"),
    m(RSG9, 20.4, "%", ADC9, Q9, basis="sales, yoy (+20.4%)"),
    m(RSG9, 17.3, "%", DEP9, Q9, basis="sales, yoy (+17.3%)"),
    m(RSG9, -5.5, "%", PHA9, Q9, basis="sales, yoy (-5.5%), 下跌"),
    m(RSG9, -4.9, "%", FUE9, Q9, basis="sales, yoy (-4.9%), 下跌"),
    m(RSG9, 50.0, "%", MOT9, Q9, basis="sales, yoy (+50.0%), after the 8.23 typhoon"),
    m(RS9, 4.724e10, "MOP", RET9, YTD9, basis="2017年首三季"),
    m(RSG9, 11.3, "%", RET9, YTD9, basis="yoy, 首三季"),
    m(VOL9, 16.2, "%", RET9, Q9, basis="sales volume (price effects removed), yoy"),
    m(VOL9, 43.1, "%", MOT9, Q9, basis="volume, yoy (+43.1%)"),
    m(VOL9, 40.5, "%", COM9, Q9, basis="volume, yoy (+40.5%)"),
    m(VOL9, 29.5, "%", JEW9, Q9, basis="volume, yoy (+29.5%)"),
    m(VOL9, 21.8, "%", ADC9, Q9, basis="volume, yoy (+21.8%)"),
    m(VOL9, 20.7, "%", LEA9, Q9, basis="volume, yoy (+20.7%)"),
    m(VOL9, 18.9, "%", DEP9, Q9, basis="volume, yoy (+18.9%)"),
    m(VOL9, -9.2, "%", FUE9, Q9, basis="volume, yoy (-9.2%)"),
    m(VOL9, -6.4, "%", PHA9, Q9, basis="volume, yoy (-6.4%)"),
    m(VOL9, 11.8, "%", RET9, YTD9, basis="volume, 首三季, 同比增加"),
    m(VOL9 + "|qoq_growth", 11.8, "%", RET9, Q9, basis="volume, qoq (與上季相比)"),
    m(VOL9 + "|qoq_growth", 61.1, "%", MOT9, Q9, basis="volume, qoq (+61.1%)"),
    m(VOL9 + "|qoq_growth", 21.3, "%", ADC9, Q9, basis="volume, qoq (+21.3%)"),
    m(VOL9 + "|qoq_growth", 16.8, "%", JEW9, Q9, basis="volume, qoq (+16.8%)"),
    m(VOL9 + "|qoq_growth", -6.1, "%", PHA9, Q9, basis="volume, qoq (-6.1%), 按季下跌"),
    m(SV9, 49.7, "%", MER9, Q49, opt=True, basis="expect Q4 sales volume similar to a year earlier"),
    m(SV9, 38.5, "%", MER9, Q49, opt=True, basis="expect Q4 sales volume to fall"),
    m(SV9, 11.8, "%", MER9, Q49, opt=True, basis="expect Q4 sales volume to rise"),
    m(SV9, 71.4, "%", MER9, Q49, opt=True, basis="expect Q4 prices at last year's level"),
    m(SV9, 16.0, "%", MER9, Q49, opt=True, basis="expect Q4 prices to rise"),
    m(SV9, 12.6, "%", MER9, Q49, opt=True, basis="expect Q4 prices to fall"),
    m(SV9, 38.5, "%", MER9, Q49, opt=True, basis="約; expect Q4 business conditions stable vs Q3"),
    m(SV9, 37.9, "%", MER9, Q49, opt=True, basis="expect Q4 business conditions to worsen"),
    m(SV9, 23.6, "%", MER9, Q49, opt=True, basis="expect Q4 business conditions to improve"),
], [])


# zh10: Taiwan's monthly consumer-price release with the main groups and the cabinet's 17 staples (自由時報 ec.ltn.com.tw
# 自由財經, byline 〔記者鄭琪芳／台北報導〕; Traditional, full-width punctuation with the mix of half-width "%" and full-width
# "％" as printed, the stray spaces in "漲1.6％， " and "及 3.34％" and the slip "核CPI" (for 核心CPI) kept; the page's date
# line " date 2025-09-05" and the photo caption "主計總處公布8月CPI年增1.6%，其中蔬菜漲10.9%。（記者鄭琪芳攝）" left out (its
# 8, 1.6 and 10.9 are twins of the body's), "請繼續往下閱讀...", the YouTube promotion and "熱門賽事、球星動態" left out; no
# headline in the stored text and none composed; whole stored item otherwise).
# Key: CPI 8月 +1.6% yoy; the 17 staples +2.32% (first printing); CPI +0.46% mom; core CPI +1.74%; groups: 食物類 +3.18%
# (蔬菜 +10.9%, 肉類 +5.71%, 穀類及其製品 +3.4%, 外食費 +3.34%), 雜項類 +2.59% (個人隨身用品 +6.38%), 居住類 +1.8% (房租
# +2.29%, 家庭管理費用 +5.08%); staples: 豬肉 +8.09%, 麵包 +4.15%, 牙膏、牙粉 +3.78%, 沐浴用品 -3.2%, 鮮奶 -1.91%.
# Optional: the second printings of 1.6% and 2.32%; the streaks (連續4個月 and 連續17個月 below 2%, 18個月以來最大漲幅 twice
# for the staples and once for 豬肉) and the 2% threshold (as open ranges on CPI and core CPI).
# Judgement calls: no year in the kept text (8月, 7月, 9月; the date line is dropped) -> period None with the month in
# basis; 年增 / 較去年同月 = yoy, 較7月 = mom; each group and item is its own entity with the CPI as alias; 17項民生物資 is a
# basket of its own (entity 17項重要民生物資 with the CPI as alias); 牙膏、牙粉 is one item as printed; 7大類 (the count of
# groups) gets no row. Not labelled: the forecast that 9月's rise may be below 8月's (no figure).
CPI10 = "消費者物價指數|CPI|消費者物價|Taiwan CPI|台灣|Taiwan|主計總處"
CORE10 = "核心CPI|核CPI|core CPI|核心消費者物價指數|" + CPI10
STA10 = "17項重要民生物資|17項民生物資|重要民生物資|民生物資|17 key staples|staples|" + CPI10
YOY10 = "cpi_yoy|inflation|cpi_change|cpi_inflation|cpi_growth"
IT10 = "price_change|cpi_component_change|cpi_change|inflation"
M10 = "8月 (August, no year printed)"


def it10(name, alias, v, what, base=CPI10):
    return m(IT10, v, "%", name + "|" + alias + "|" + base, None, basis=M10 + ", " + what)


G["zh10"] = ([
    m(YOY10, 1.6, "%", CPI10, None, basis=M10 + ", yoy (年增)"),
    m("months|streak", 4, "months", CPI10, None, opt=True, basis="連續4個月低於2%"),
    m(YOY10, None, "%", CPI10, None, rng=(None, 2), opt=True, basis="below the 2% threshold (4 months)"),
    m(IT10 + "|cpi_yoy", 2.32, "%", STA10, None, basis=M10 + ", 17項民生物資 平均年增 (first printing)"),
    m("months|period_length", 18, "months", STA10, None, opt=True, basis="18個月以來最大漲幅"),
    m("months|streak", 17, "months", CORE10, None, opt=True, basis="核心CPI 連續17個月低於2%"),
    m("core_cpi_yoy|core_cpi|core_inflation|" + YOY10, None, "%", CORE10, None, rng=(None, 2), opt=True,
      basis="below the 2% threshold (17 months)"),
    m("cpi_mom|cpi_change|inflation_mom|mom_change", 0.46, "%", CPI10, None, basis=M10 + ", vs 7月 (mom), 上漲"),
    m(YOY10, 1.6, "%", CPI10, None, opt=True, basis="second printing, 較去年同月"),
    m("core_cpi_yoy|core_cpi|core_inflation|" + YOY10, 1.74, "%", CORE10, None,
      basis=M10 + ", excluding fruit, vegetables and energy, yoy"),
    it10("食物類", "food", 3.18, "group, yoy (年漲), largest"),
    it10("蔬菜", "vegetables", 10.9, "yoy, 上漲"),
    it10("肉類", "meat", 5.71, "yoy (分別, first)"),
    it10("穀類及其製品", "cereals and products|cereals", 3.4, "yoy (分別, second)"),
    it10("外食費", "food away from home|eating out", 3.34, "yoy (分別, third)"),
    it10("雜項類", "miscellaneous", 2.59, "group, yoy (年漲), second"),
    it10("個人隨身用品", "personal effects|jewellery", 6.38, "yoy, 上漲"),
    it10("居住類", "housing", 1.8, "group, yoy"),
    it10("房租", "rent", 2.29, "yoy, 上漲"),
    it10("家庭管理費用", "household management fees", 5.08, "yoy, 上漲"),
    m(IT10 + "|cpi_yoy", 2.32, "%", STA10, None, opt=True, basis="second printing (平均年漲)"),
    m("months|period_length", 18, "months", STA10, None, opt=True, basis="18個月以來最大漲幅 (second printing)"),
    it10("豬肉", "pork", 8.09, "staple, yoy, largest", STA10),
    m("months|period_length", 18, "months", "豬肉|pork|" + STA10, None, opt=True, basis="為18個月最大漲幅"),
    it10("麵包", "bread", 4.15, "staple, yoy, second", STA10),
    it10("牙膏、牙粉", "牙膏|牙粉|toothpaste|toothpaste and tooth powder", 3.78, "staple, yoy", STA10),
    it10("沐浴用品", "bath products|shower products", -3.2, "staple, yoy, 跌", STA10),
    it10("鮮奶", "fresh milk|milk", -1.91, "staple, yoy, 跌", STA10),
], [])


# zh11: Hong Kong pension funds' monthly returns and assets from a research firm's index (hk01 財經快訊; Traditional,
# full-width punctuation, thousands commas and the 「」 quotes around the index name as printed; the page's date line
# " date 2025-11-05" left out; no headline in the stored text (the address carries one) and none composed; the two
# sub-headings "10月人均僅賺810元" and "中港股市為10月表現最差的投資類別" kept, reworded; the stored text breaks off inside
# "他指出，儘管十月份出現虧損" (cut mid-sentence, no figure) under the sub-heading "分散投資重要建議預設投資策略基金", so
# the passage ends before that sub-heading).
# Key: the all-fund index +0.25% in October; October investment gain 39億元 (810元 per member, body); gain so far in 2025
# 2,111億元 (44,035元 per member); 香港及中國股票 -3.31% in October and +32.74% so far in the year; total assets 約15,370億元
# at the end of October, +68.8億元 from September; average balance 約320,545元, +約1,436元
# from September, +51,213元 in the year; the chairman's year-end forecasts: assets 15,900億元, gain 2,530億港元, average
# balance 330,800元.
# Optional: the sub-heading's 810元 (twin); the streak and record counts (連續第六個月 twice, 連續13個月, 短7個月, 連續第三年,
# 連續三年, 25週年); the 2025 forecast growth 超過19% (a bound); the member count 479萬 (both printings; optional as in
# news45 zh09, the same series' September item).
# Judgement calls: 10月 beside the printed "2025年至今" -> 2025-10, the year so far -> 2025-01..10, 10月底 -> 2025-10-31,
# the year-end forecasts -> 2025-12-31 (levels) and FY2025 (the year's gain and growth) with "forecast" in basis; the
# index's monthly return is a fund_return row on the index (強積金 / MPF as alias); per-member figures are HKD rows with
# "per member" in basis; 負回報 -> a negative return; 479萬名成員 -> 4.79e6 "members". Not labelled: the reference years
# 2009, 2017, 2018, 2003 and 2012, 九月份 / 9月 as comparison months.
MPF11 = "強積金|MPF|Mandatory Provident Fund|強積金制度|強積金系統|積金評級|MPF Ratings"
IDX11 = "積金評級指數所有基金表現指數|所有基金表現指數|MPF Ratings Performance Index|All Fund Performance Index|" + MPF11
HKC11 = "香港及中國股票|香港及中國股票基金|中港股市|Hong Kong and China equity|Hong Kong and China equities|" + MPF11
OCT, YTD11, EOM11, YE11, FY11 = "2025-10", "2025-01..10", "2025-10-31", "2025-12-31", "FY2025"
RET11 = "fund_return|return|investment_return|performance"
GAIN11 = "investment_gain|investment_income|investment_return|gain"
PM11 = "gain_per_member|average_gain|per_capita_gain|investment_gain"
BAL11 = "average_account_balance|average_balance|account_balance"
G["zh11"] = ([
    m(RET11 + "|index_change", 0.25, "%", IDX11, OCT, basis="十月 微升"),
    m("months|streak", 6, "months", MPF11, OCT, opt=True, basis="連續第六個月錄得增長"),
    m("months|streak", 13, "months", MPF11, None, opt=True, basis="record streak, 2017年1月至2018年1月"),
    m("months|gap", 7, "months", MPF11, None, opt=True, basis="仍短7個月"),
    m(PM11, 810, "HKD", MPF11, OCT, opt=True, basis="sub-heading twin, 人均10月僅賺"),
    m(GAIN11, 3.9e9, "HKD", MPF11, OCT, basis="10月 投資收益"),
    m(PM11, 810, "HKD", MPF11, OCT, basis="per member, 10月"),
    m(GAIN11, 2.111e11, "HKD", MPF11, YTD11, basis="2025年至今, record annual gain"),
    m(PM11, 44035, "HKD", MPF11, YTD11, basis="per member, 2025年至今"),
    m(RET11, -3.31, "%", HKC11, OCT, basis="10月 負回報, worst in the system"),
    m(RET11, 32.74, "%", HKC11, YTD11, basis="年初至今 (達), best asset class"),
    m("total_assets|assets|aum", 1.537e12, "HKD", MPF11, EOM11, basis="約達, after contributions, record high"),
    m("months|streak", 6, "months", MPF11, EOM11, opt=True, basis="連續第六個月刷新歷史高位"),
    m("total_assets_change|assets_change|aum_change", 6.88e9, "HKD", MPF11, EOM11, basis="較9月增加"),
    m("members|scheme_members|member_count", 4.79e6, "members", MPF11, None, opt=True, basis="479萬名成員 (first printing)"),
    m(BAL11, 320545, "HKD", MPF11, EOM11, basis="約為, per member"),
    m("average_balance_change|balance_change|" + BAL11, 1436, "HKD", MPF11, EOM11, basis="比九月份增加約"),
    m("average_balance_change|balance_change|" + BAL11, 51213, "HKD", MPF11, YTD11, basis="年內增加"),
    m(RET11 + "|annual_return|growth", None, "%", MPF11, FY11, rng=(19, None), opt=True,
      basis="forecast, 2025年底 超過19% (bound)"),
    m("years|streak", 3, "years", MPF11, FY11, opt=True, basis="連續第三年錄得正回報"),
    m("years|streak", 3, "years", MPF11, None, opt=True, basis="連續三年 (2003 / 2012 runs)"),
    m("total_assets|assets|aum", 1.59e12, "HKD", MPF11, YE11, basis="forecast, 年底 (叢川普)"),
    m(GAIN11, 2.53e11, "HKD", MPF11, FY11, basis="forecast, cumulative 2025 gain (港元 printed)"),
    m("members|scheme_members|member_count", 4.79e6, "members", MPF11, None, opt=True, basis="second printing"),
    m(BAL11, 330800, "HKD", MPF11, YE11, basis="forecast, year-end average balance"),
    m("years|anniversary", 25, "years", MPF11, None, opt=True, basis="成立25週年"),
], [])


# zh12: the three Taiwan container lines' nine-month results with their year-end bonuses (經濟日報 on udn.com; Traditional,
# full-width punctuation and brackets ("（2603）", "昨（31）日", "（EPS）") and thousands commas as printed; the page's date
# line " date 2026-01-01" left out; no headline in the stored text and none composed; the stored text breaks off inside
# "長榮海運在市況波動中，採多元市場布局策略，加速船隊之優化與汰舊換新，因" (cut mid-sentence, no figure), so the passage
# ends with the sentence before it).
# Key: 長榮海運 bonus 十個月 (first printing); EPS 27.74元 (first printing); revenue 2,933.75億元 (-543.81億元, -15.64%);
# net profit 600.62億元 (-486.92億元, -44.77%); gross margin 26.36%; 陽明海運 revenue 1,262.65億元 (-25%), net profit
# 148.1億元 (-71%), EPS 4.24元; 萬海航運 revenue 1,069.72億元 (-11.06%), net profit 214.48億元 (-38.05%), EPS 7.64元.
# Optional: the second printings of 27.74元 and 十個月; 陽明's one-month Lunar New Year bonus; the 1% employee-compensation
# ratio in its articles.
# Judgement calls: 2025年前三季 -> 2025Q1-Q3 for every results row; the year-end bonus in months is a key "months" row
# (the story's lead) with period None (paid 昨（31）日, the month not printed); 較去年同期減少X億元 are change rows in TWD
# (negative) beside the yoy % rows; bare 元 / 億元 = TWD. Not labelled: the stock code 2603, 第4季 (a settlement quarter).
EVA12 = "長榮海運|長榮|Evergreen Marine|Evergreen|2603"
YM12 = "陽明海運|陽明|Yang Ming|Yang Ming Marine|Yang Ming Marine Transport|2609"
WH12 = "萬海航運|萬海|Wan Hai|Wan Hai Lines|2615"
P12 = "2025Q1-Q3"
REV12, RG12 = "revenue|consolidated_revenue|net_revenue", "revenue_growth|revenue_change"
NP12, NPG12 = "net_profit|net_income|profit_after_tax", "net_profit_growth|net_profit_change|profit_growth"
EPS12 = "eps|earnings_per_share"
BON12 = "bonus_months|year_end_bonus|bonus|months"
G["zh12"] = ([
    m(BON12, 10, "months", EVA12, None, basis="年終獎金 平均落在十個月的區間 (paid 昨（31）日)"),
    m(EPS12, 27.74, "TWD", EVA12, P12, basis="前三季 (first printing)"),
    m(REV12, 2.93375e11, "TWD", EVA12, P12, basis="累計合併營收"),
    m("revenue_change|revenue_decline", -5.4381e10, "TWD", EVA12, P12, basis="比去年同期減少"),
    m(RG12, -15.64, "%", EVA12, P12, basis="年減"),
    m(NP12, 6.0062e10, "TWD", EVA12, P12, basis="稅後純益"),
    m("net_profit_change|profit_change", -4.8692e10, "TWD", EVA12, P12, basis="比去年同期減少"),
    m(NPG12, -44.77, "%", EVA12, P12, basis="年減"),
    m("gross_margin|operating_gross_margin", 26.36, "%", EVA12, P12, basis="營業毛利率"),
    m(EPS12, 27.74, "TWD", EVA12, P12, opt=True, basis="second printing"),
    m(BON12, 10, "months", EVA12, None, opt=True, basis="second printing (在十個月區間浮動)"),
    m(BON12 + "|lunar_new_year_bonus", 1, "months", YM12, None, opt=True, basis="一個月春節獎金 (fixed)"),
    m(REV12, 1.26265e11, "TWD", YM12, P12, basis="累計合併營收 (達)"),
    m(RG12, -25, "%", YM12, P12, basis="年減"),
    m(NP12, 1.481e10, "TWD", YM12, P12, basis="稅後純益"),
    m(NPG12, -71, "%", YM12, P12, basis="年減"),
    m(EPS12, 4.24, "TWD", YM12, P12),
    m("employee_compensation_ratio|ratio", 1, "%", YM12, None, opt=True, basis="提撥員工酬勞1% (articles of association)"),
    m(REV12, 1.06972e11, "TWD", WH12, P12, basis="營收"),
    m(RG12, -11.06, "%", WH12, P12, basis="年減"),
    m(NP12, 2.1448e10, "TWD", WH12, P12, basis="稅後純益"),
    m(NPG12, -38.05, "%", WH12, P12, basis="年減"),
    m(EPS12, 7.64, "TWD", WH12, P12),
], [])
