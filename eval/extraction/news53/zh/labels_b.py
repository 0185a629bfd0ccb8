# Hand labels for news53/zh, batch b (zh07-zh12; all six Traditional Chinese: four Hong Kong outlets, two Taiwan
# outlets). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no
# project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor
# output was seen, and no extractor code, plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news51/zh and news52/zh (their "Conventions decided" sections) and the labels files of news51/zh, with the
# precedents named below (news47 zh07 for a Hong Kong close, news17 zh17 / news44 zh12 for Taiwan institutional flows,
# news21 zh11 / news27 zh12 for DGBAS GDP revisions and ROC years, news22 zh07 for Sun Hung Kai Properties' year,
# news52 zh08 for a dateline printed in the passage).
# Currency: Hong Kong items' bare 元 = HKD (zh07, zh08, zh09, zh12), "元人民幣" = CNY (zh12); Taiwan items' bare 億元 =
# TWD (zh10 says 新台幣 once; its table header "（億）" is the same TWD amount), 美元 = USD (zh11). Values fully scaled
# (24377點 -> 24377 points; 292億元 -> 2.92e10; 41176億元 -> 4.1176e12; 915.36億元 -> 9.1536e10; 4萬4181美元 -> 44181;
# 近2千億美元 -> 2e11; 190.46億元 -> 1.9046e10). 約X / 近X -> X; 三成 -> 30 %; 逾X / 超過X / 多過X / 首度突破X / 首破X ->
# open bounds, optional (none is a headline figure); "介乎A至B" -> a closed range with value None.
# Declines negative (跌, 下跌, 減少, 少, 減, 賣超); 增加 / 升 / 上升 / 多 / 上修 positive. 賣超 is negative net buying (news17 zh17).
# Repeats: a figure printed twice (headline or sub-heading and body, lead and later paragraph) is one key row and an
# optional twin; "由A上升至B" / "從A…上修為B" / "較A…" comparatives give value B with prior A and an optional row for A.
# Opens, intraday lows and intraday moves ("最多曾跌超過3%", "開市升逾0.5%") are optional. Counts of constituents and of
# risers in a market wrap are optional.
# Periods only where the text states or clearly implies the year: zh07 None (今日, 周五(14日)); zh08 None (今年8月 /
# 7月 / 首8個月, no year printed; the dropped page date is not used); zh09 2025-10-31 / 2025-10 / 2025-09-30 (the
# passage's own printed dateline "28/11/2025 17:21" dates 今年10月底, news52 zh08); zh10 2025-11-21 for the day's figures
# (the text's table dates the record "第四名 2025/11/21 -915.35" that the text calls today's 第4大 foreign net sale, on
# 週五（21日） - judgement call) and each table row its printed date; zh11 2025 / 2026 / 2025Q1-Q4 (the text prints
# "去年114年第4季": ROC year 114 = 2025 by the fixed offset +1911, news27 zh12, so 今年 = 2026); zh12 FY2024 for the year to
# June and 2024-06-30 for the June-end figures (the text's "約196億元將於2024/25財政年度確認入帳" makes the reported year
# 2023/24, news22 zh07) and FY2025 for the amount to be booked in 2024/25. Address dates, dropped date lines and the
# writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)

LVL, CHG = "index_level|index_close", "index_change"
CHGP = "index_change_pct|index_change|percent_change"
PR = "price|share_price|close"
PC = "price_change|share_price_change|price_change_pct"


# zh07: Hong Kong market close focused on the Hang Seng TECH index and its movers (香港經濟日報 hket.com 【港股追蹤】,
# Traditional, half-width punctuation as printed; no headline in the stored text (its title survives only in the address),
# none composed; whole stored item).
# Key: 恒生指數 close 24377 (-154 points, 約-0.6%); 恒生科技指數 close 7176 (-210 points, -2.9%); 恒騰網絡 (00136) +4% to
# 0.26元; 美團點評 (03690) +0.3% to 223元; 比亞迪電子 (00285) -近7.5% to 31元; 中芯國際 (00981) -7% to 27.8元; 騰訊控股
# (00700) -4.8% to 502元; 金蝶國際 / 瑞聲科技 / 新東方在綫 falls between 5.3% and 6% (one closed negative range on the three).
# Optional: the TECH index's intraday fall (最多曾超過3%) and intraday low 7119; the 30 constituents and the 2 that did not
# fall; 比亞迪電子's opening gain (逾0.5%); 中芯國際's intraday fall (最多…超過8%); 騰訊's held 500元 level; the bound
# "跌幅多過5%" on the three stocks.
# Judgement calls: no date printed ("今日", "周五(14日)" is a coming index review) -> period None; "跌幅約0.6%" -> -0.6;
# "跌近7.5%" -> -7.5 (近X -> X, key as in news47 zh07); "險守500元" is an optional lower bound (the close held above it);
# "三隻股份跌幅介乎5.3%至6%" is one key range rng=(-6, -5.3) with the three names (and codes) as entity alternatives.
# Not labelled: the stock codes, 14日 (a date), the ranks ("升幅最大").
HSI7 = "恒生指數|恒指|Hang Seng Index|HSI"
HST7 = "恒生科技指數|科技指數|科指|恒科指數|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
HT7 = "恒騰網絡|恒騰|HengTen Networks|HengTen|00136|0136"
MT7 = "美團點評|美團|Meituan|Meituan Dianping|03690|3690"
BE7 = "比亞迪電子|BYD Electronic|00285|0285"
SMIC7 = "中芯國際|中芯|SMIC|00981|0981"
TC7 = "騰訊控股|騰訊|Tencent|Tencent Holdings|00700|0700"
THREE7 = ("金蝶國際|瑞聲科技|新東方在綫|Kingdee|AAC Technologies|New Oriental Online|Koolearn|00268|0268|02018|2018|"
          "01797|1797")
B7 = "close (收市), 今日, no date printed"
G["zh07"] = ([
    m(LVL, 24377, "points", HSI7, None, basis=B7),
    m(CHG, -154, "points", HSI7, None, basis=B7),
    m(CHGP, -0.6, "%", HSI7, None, basis="跌幅約0.6%, " + B7),
    m(CHGP, None, "%", HST7, None, rng=(None, -3), opt=True, basis="intraday, 跌幅最多曾超過3% (bound)"),
    m("index_level|intraday_low", 7119, "points", HST7, None, opt=True, basis="intraday low (低見)"),
    m(LVL, 7176, "points", HST7, None, basis=B7),
    m(CHG, -210, "points", HST7, None, basis=B7),
    m(CHGP, -2.9, "%", HST7, None, basis=B7),
    m("constituents|constituent_count|number_of_constituents", 30, "stocks", HST7, None, opt=True,
      basis="30隻成分股"),
    m("gainers|advancers|stocks_not_down", 2, "stocks", HST7, None, opt=True, basis="只得2隻不跌"),
    m(PC, 4, "%", HT7, None, basis=B7 + ", biggest gain among the constituents"),
    m(PR, 0.26, "HKD", HT7, None, basis=B7),
    m(PC, 0.3, "%", MT7, None, basis=B7),
    m(PR, 223, "HKD", MT7, None, basis=B7),
    m(PC, None, "%", BE7, None, rng=(0.5, None), opt=True, basis="at the open (開市時升逾0.5%), bound"),
    m(PC, -7.5, "%", BE7, None, basis="跌近7.5%, " + B7),
    m(PR, 31, "HKD", BE7, None, basis=B7),
    m(PC, None, "%", SMIC7, None, rng=(None, -8), opt=True, basis="intraday, 最多跌超過8% (bound)"),
    m(PR, 27.8, "HKD", SMIC7, None, basis=B7),
    m(PC, -7, "%", SMIC7, None, basis=B7),
    m(PR, None, "HKD", TC7, None, rng=(500, None), opt=True, basis="勉強守住500元 (level held)"),
    m(PR, 502, "HKD", TC7, None, basis=B7),
    m(PC, -4.8, "%", TC7, None, basis=B7),
    m(PC, None, "%", THREE7, None, rng=(None, -5), opt=True, basis="跌幅多過5% (bound, three stocks)"),
    m(PC, None, "%", THREE7, None, rng=(-6, -5.3), basis="跌幅介乎5.3%至6% (three stocks), " + B7),
], [])


# zh08: Hong Kong's monthly retail sales release (星島日報 美國版 beta.singtaousa.com, Traditional, half-width punctuation
# and the semicolon-separated category list as printed; headline kept, reworded around 292億元 and 10.1%; the photo
# captions under the second paragraph (five, each printed twice) left out - they repeat body figures except the
# caption "食品、酒類飲品及煙草的銷貨價值上升0.2%", whose figure belongs to the cut part; the stored text breaks off at
# "另一" (the start of the next paragraph), so the passage ends with the category list).
# Key: total retail sales value 292億元 in 8月 (provisional, -10.1% yoy); 7月 revised -11.7%; first eight months -7.7%;
# online share 8.0%; online sales 23億元 (-0.5%), 7月 revised online +0.8%, first eight months online -0.2%; the twelve
# retailer categories' yoy changes (supermarkets -3.6%, jewellery -24.0%, other consumer goods -5.0%, clothing -13.4%,
# electrical goods -2.8%, department stores -15.8%, motor vehicles -35.1%, fuels -9.9%, footwear -6.3%, furniture
# -21.3%, Chinese drugs -11.9%, optical shops -17.0%).
# Optional: the headline's 292億元 and 10.1% (twins).
# Judgement calls: "今年8月" with no year printed -> period None, the month (and "provisional" / "revised") in basis; the
# categories are the entities (no release-wide alias, so that a row on the wrong category does not pass as right);
# "遜預期" / "不及預期" prints no expectation figure -> no row.
RET8 = "零售業|本港零售業|香港零售業|零售業總銷貨價值|retail sales|Hong Kong retail sales|本港|香港|Hong Kong"
ONL8 = "網上銷售|零售業網上銷售|online retail sales|online sales|" + RET8
RS8 = "retail_sales|retail_sales_value|total_retail_sales"
RSG8 = "retail_sales_growth|retail_sales_value_growth|retail_sales_change|retail_sales"
CAT8 = "retail_sales_growth|sales_value_growth|sales_growth|retail_sales_value_growth"
G["zh08"] = ([
    m(RS8, 2.92e10, "HKD", RET8, None, basis="8月, provisional estimate (臨時估計)"),
    m(RS8, 2.92e10, "HKD", RET8, None, opt=True, basis="headline twin"),
    m(RSG8, -10.1, "%", RET8, None, basis="8月, yoy, provisional"),
    m(RSG8, -10.1, "%", RET8, None, opt=True, basis="headline twin"),
    m(RSG8, -11.7, "%", RET8, None, basis="7月, yoy, revised estimate"),
    m(RSG8, -7.7, "%", RET8, None, basis="首8個月, yoy, provisional"),
    m("online_sales_share|online_share|share", 8.0, "%", ONL8, None, basis="8月, share of total retail sales value"),
    m("online_retail_sales|online_sales|online_sales_value", 2.3e9, "HKD", ONL8, None, basis="8月, provisional"),
    m("online_sales_growth|online_retail_sales_growth|online_sales", -0.5, "%", ONL8, None, basis="8月, yoy"),
    m("online_sales_growth|online_retail_sales_growth|online_sales", 0.8, "%", ONL8, None, basis="7月, yoy, revised"),
    m("online_sales_growth|online_retail_sales_growth|online_sales", -0.2, "%", ONL8, None,
      basis="首8個月, yoy, provisional"),
    m(CAT8, -3.6, "%", "超級市場貨品|超級市場|supermarket goods|supermarkets", None, basis="8月, yoy, sales value"),
    m(CAT8, -24.0, "%", "珠寶首飾、鐘錶及名貴禮物|珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery",
      None, basis="8月, yoy"),
    m(CAT8, -5.0, "%", "其他未分類消費品|other consumer goods", None, basis="8月, yoy"),
    m(CAT8, -13.4, "%", "服裝|clothing|wearing apparel", None, basis="8月, yoy"),
    m(CAT8, -2.8, "%", "電器及其他未分類耐用消費品|電器|electrical goods|other consumer durable goods", None,
      basis="8月, yoy"),
    m(CAT8, -15.8, "%", "百貨公司貨品|百貨公司|department stores|goods in department stores", None, basis="8月, yoy"),
    m(CAT8, -35.1, "%", "汽車及汽車零件|汽車|motor vehicles and parts|motor vehicles", None, basis="8月, yoy"),
    m(CAT8, -9.9, "%", "燃料|fuels|fuel", None, basis="8月, yoy"),
    m(CAT8, -6.3, "%", "鞋類、有關製品及其他衣物配件|鞋類|footwear, allied products and other clothing accessories|footwear",
      None, basis="8月, yoy"),
    m(CAT8, -21.3, "%", "傢具及固定裝置|傢具|furniture and fixtures|furniture", None, basis="8月, yoy"),
    m(CAT8, -11.9, "%", "中藥|Chinese drugs and herbs|Chinese medicine", None, basis="8月, yoy"),
    m(CAT8, -17.0, "%", "眼鏡店|optical shops", None, basis="8月, yoy"),
], [])


# zh09: Hong Kong Exchange Fund's monthly balance sheet and Currency Board account (經濟通 etnet.com.hk 《本港經濟》,
# Traditional, full-width punctuation as printed; the item's own timestamp line "28/11/2025 17:21" kept; the page's date
# line " date 2025-11-28" above it left out (not used); headline kept, reworded around 346億元; the closing "(jl)" kept;
# whole stored item).
# Key: total assets 41176億元 at end-October (-346億元 vs end-September), HK-dollar assets -926億元, foreign-currency
# assets +580億元; monetary base 20267億元 (+65億元, +0.3%); backing assets 22271億元 (+90億元, +0.4%); backing ratio
# 109.89% (prior 109.80% at end-September).
# Optional: the headline's -346億元 (twin); the end-September backing ratio 109.80% as a row of its own.
# Judgement calls: the timestamp printed in the passage (28/11/2025) dates 今年10月底 as 2025-10-31 (news52 zh08: a
# dateline that is part of the text, unlike a dropped page date line); month-end levels take 2025-10-31, the changes over
# the month 2025-10; asset-class changes are rows on the asset class with the fund as alias; 增幅 % rows are positive;
# "由9月底的109.80%，上升至10月底的109.89%" -> value 109.89, prior 109.80.
EF9 = "外匯基金|Exchange Fund|香港金融管理局|金管局|HKMA"
MB9 = "貨幣基礎|monetary base|貨幣發行局|Currency Board|香港|Hong Kong|" + EF9
BA9 = "支持資產|backing assets|貨幣發行局|Currency Board|" + EF9
G["zh09"] = ([
    m("total_assets|exchange_fund_total_assets", 4.1176e12, "HKD", EF9, "2025-10-31", basis="截至今年10月底"),
    m("total_assets_change|change_in_total_assets|total_assets", -3.46e10, "HKD", EF9, "2025-10",
      basis="vs 9月底, 減少"),
    m("total_assets_change|change_in_total_assets|total_assets", -3.46e10, "HKD", EF9, "2025-10", opt=True,
      basis="headline twin"),
    m("hkd_assets_change|assets_change|hong_kong_dollar_assets_change", -9.26e10, "HKD",
      "港元資產|Hong Kong dollar assets|HK dollar assets|" + EF9, "2025-10", basis="減少"),
    m("foreign_currency_assets_change|assets_change|fx_assets_change", 5.8e10, "HKD",
      "外幣資產|foreign currency assets|" + EF9, "2025-10", basis="增加"),
    m("monetary_base", 2.0267e12, "HKD", MB9, "2025-10-31", basis="Currency Board account (貨幣發行局帳目)"),
    m("monetary_base_change|monetary_base", 6.5e9, "HKD", MB9, "2025-10", basis="vs 9月底, 增加"),
    m("monetary_base_growth|monetary_base_change_pct|monetary_base", 0.3, "%", MB9, "2025-10", basis="增幅, mom"),
    m("backing_assets_change|backing_assets", 9e9, "HKD", BA9, "2025-10", basis="增加"),
    m("backing_assets", 2.2271e12, "HKD", BA9, "2025-10-31", basis="增加…至"),
    m("backing_assets_growth|backing_assets_change_pct|backing_assets", 0.4, "%", BA9, "2025-10", basis="增幅, mom"),
    m("backing_ratio", 109.89, "%", BA9, "2025-10-31", prior=109.80, basis="上升; prior = 9月底"),
    m("backing_ratio", 109.80, "%", BA9, "2025-09-30", opt=True, basis="9月底 (the comparative)"),
], [])


# zh10: Taiwan stock market's close with a record foreign net sale and the table of the ten largest foreign net sales
# (自由時報 ec.ltn.com.tw 自由財經, Traditional, full-width punctuation as printed; the photo caption "外資週五賣超台股915
# 億元，創下史上第4大賣超。（資料照）" above the dateline left out (its rounded 915 and the 4 are the only number tokens
# dropped); no headline in the stored text, none composed; the table's header reworded (名次 -> 排名), its one-line layout
# and the ranks 第一名 … 第十名 kept as printed; whole stored item).
# Key: 加權指數 close 26434.94 (-991.42 points); turnover 5498.35億元; 三大法人 net sales 1080.72億元 (negative), 自營商
# 152.74億元, 投信 12.62億元, 外資 915.36億元 (all negative); the table's nine other record foreign net sales, each on its
# printed date (2024-09-04 -1007.51億, 2024-08-02 -966.59, 2021-02-26 -944.07, 2024-04-19 -857.53, 2024-07-26 -846.46,
# 2022-03-07 -822.39, 2024-01-17 -782.22, 2025-02-03 -743.96, 2024-08-05 -699.60).
# Optional: the table's row "2025/11/21 -915.35" (twin of the text's 915.36億元, as printed one hundredth apart).
# Judgement calls: the day's figures take period 2025-11-21 (the table's fourth row is the text's "史上第4大" sale of the
# day, and the text's own date is 週五（21日）); the table's amounts are TWD in 億 (header "（億）"), printed signed
# negative, labelled as negative net buying on 外資 with each row's date as period; ranks ("第4大", "第一名" …, "前10大")
# and "今年最大" carry no row.
TW10 = "加權指數|台股加權指數|台股|集中市場|TAIEX|Taiwan stocks"
III10 = "三大法人|institutional investors|three major institutional investors"
FI10 = "外資|外資及陸資|foreign investors|foreign institutional investors"
IT10 = "投信|investment trusts|domestic investment trusts"
DL10 = "自營商|dealers|proprietary traders"
NB10 = "net_buy|net_buying|net_sell|fund_flow"
FNB10 = "foreign_net_buy|net_buy|net_buying|net_sell"
D10 = "2025-11-21"
B10 = "週五（21日）"
G["zh10"] = ([
    m(LVL, 26434.94, "points", TW10, D10, basis="close (收盤), " + B10),
    m(CHG, -991.42, "points", TW10, D10, basis=B10),
    m("turnover|trading_value|market_turnover", 5.49835e11, "TWD", TW10, D10, basis="成交金額, " + B10),
    m(NB10, -1.08072e11, "TWD", III10, D10, basis="合計賣超, " + B10),
    m(NB10, -1.262e9, "TWD", IT10, D10, basis="賣超, " + B10),
    m(NB10, -1.5274e10, "TWD", DL10, D10, basis="賣超, " + B10),
    m(FNB10, -9.1536e10, "TWD", FI10, D10, basis="賣超, the year's largest and the 4th largest on record, " + B10),
    m(FNB10, -1.00751e11, "TWD", FI10, "2024-09-04", basis="record table, 第一名 (-1007.51億)"),
    m(FNB10, -9.6659e10, "TWD", FI10, "2024-08-02", basis="record table, 第二名"),
    m(FNB10, -9.4407e10, "TWD", FI10, "2021-02-26", basis="record table, 第三名"),
    m(FNB10, -9.1535e10, "TWD", FI10, D10, opt=True, basis="record table, 第四名 (twin of the day's 915.36億元)"),
    m(FNB10, -8.5753e10, "TWD", FI10, "2024-04-19", basis="record table, 第五名"),
    m(FNB10, -8.4646e10, "TWD", FI10, "2024-07-26", basis="record table, 第六名"),
    m(FNB10, -8.2239e10, "TWD", FI10, "2022-03-07", basis="record table, 第七名"),
    m(FNB10, -7.8222e10, "TWD", FI10, "2024-01-17", basis="record table, 第八名"),
    m(FNB10, -7.4396e10, "TWD", FI10, "2025-02-03", basis="record table, 第九名"),
    m(FNB10, -6.996e10, "TWD", FI10, "2024-08-05", basis="record table, 第十名 (-699.60億)"),
], [])


# zh11: Taiwan DGBAS (主計總處) revision of last year's growth and this year's forecast after its national-income review
# (聯合新聞網 udn.com, Traditional, full-width punctuation as printed, with the half-width % of the lead and of "100%"
# and the full-width ％ elsewhere kept as printed; the page's date line " date 2026-02-13" left out (not used); no
# headline in the stored text, none composed; the stored text breaks off inside "另外對等關稅降至15％且不疊加…", so the
# passage ends with the whole sentence before it (that fragment's 15 dropped); the source's "以AI主的" (a dropped 為) kept).
# Key: 2025 growth 8.68% (prior 8.63% - the January advance estimate) and its +0.05 pp revision; 2026 forecast 7.71%
# (prior 3.54% - the November forecast) and its +4.17 pp revision; 2026 GDP per head 44181美元; 2025Q4 preliminary real
# GDP growth 12.65%, 2025Q3 revised up to 8.42%, 2025Q1 5.54%, 2025Q2 7.71%; the 台美 tariff 15%; the US's announced 100%
# tariff on semiconductors; exports of AI-led products to the US in 2025 近2千億美元; the ICT electronics share 81.3%.
# Optional: the lead's 8.68% and the third paragraph's 7.71% / 4.17 pp (twins); 3.54% and 8.63% as rows of their own (3.54
# at both printings); "規模首度突破1兆美元" and "首破4萬美元" (bounds); "連續兩年" (a 2-year streak of high growth).
# Judgement calls: ROC years are converted by +1911 (news27 zh12); the text prints "去年114年第4季", so 去年 = 2025 and 今年
# = 2026; a forecast revised "從A…上修為B" is value B with prior A and an optional row for A, the printed "上修X個百分點"
# a key pp row (news21 zh11), and the revised 2025 rate takes the January advance estimate ("較1月概估數8.63％上修") as
# prior; the per-head figure sits in the sentence on this year's forecast -> 2026 (forecast in basis); "近2千億美元" ->
# 2e11 (近X -> X); the two tariff rates are key (news51 zh06 keeps a tariff rate) with period None (4月 / 今年1月中 date
# the announcements, not the rates). Not labelled: 今（13）日, 114年第3季 / 第4季 / 115年 as the review's agenda, 1月中.
TW11 = "台灣|臺灣|我國|Taiwan"
GR11 = "gdp_growth|economic_growth|economic_growth_rate|real_gdp_growth"
GDPF11 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast|economic_growth"
REV11 = "gdp_growth_forecast_revision|forecast_revision|gdp_growth_revision"
G["zh11"] = ([
    m(GR11, 8.68, "%", TW11, "2025", prior=8.63, basis="revised up (上修); prior = January advance estimate (1月概估數)"),
    m(GR11, 8.68, "%", TW11, "2025", opt=True, basis="lead twin (去年經濟成長率上修為8.68%)"),
    m(GR11, 8.63, "%", TW11, "2025", opt=True, basis="January advance estimate (1月概估數)"),
    m(REV11, 0.05, "pp", TW11, "2025", basis="上修, vs January advance estimate"),
    m(GDPF11, 7.71, "%", TW11, "2026", prior=3.54, basis="DGBAS forecast, raised; prior = November forecast"),
    m(GDPF11, 7.71, "%", TW11, "2026", opt=True, basis="twin (主計總處預估，今年經濟將成長7.71％)"),
    m(GDPF11, 3.54, "%", TW11, "2026", opt=True, basis="previous forecast (去年11月預測)"),
    m(GDPF11, 3.54, "%", TW11, "2026", opt=True, basis="previous forecast, second printing"),
    m(REV11, 4.17, "pp", TW11, "2026", basis="上修, vs November forecast"),
    m(REV11, 4.17, "pp", TW11, "2026", opt=True, basis="twin (大幅上修4.17個百分點)"),
    m("gdp|nominal_gdp|gdp_size", None, "USD", TW11, "2026", rng=(1e12, None), opt=True,
      basis="規模首度突破1兆美元 (bound), forecast"),
    m("high_growth_streak|streak", 2, "years", TW11, "2026", opt=True, basis="連續兩年維持高經濟成長"),
    m("gdp_per_capita|per_capita_gdp", None, "USD", TW11, "2026", rng=(4e4, None), opt=True, basis="首破4萬美元 (bound)"),
    m("gdp_per_capita|per_capita_gdp", 44181, "USD", TW11, "2026", basis="人均GDP 4萬4181美元, forecast"),
    m("tariff_rate|tariff", 15, "%", "台美關稅|對等關稅|US tariff on Taiwan|台灣|Taiwan", None,
      basis="降至15%且不疊加"),
    m(GR11, 12.65, "%", TW11, "2025Q4", basis="preliminary (初步統計), real GDP, 114年第4季"),
    m(GR11, 8.42, "%", TW11, "2025Q3", basis="revised up (上修為); earlier figure not printed"),
    m(GR11, 5.54, "%", TW11, "2025Q1", basis="114年第1季"),
    m(GR11, 7.71, "%", TW11, "2025Q2", basis="114年第2季"),
    m("tariff_rate|tariff", 100, "%", "半導體及相關產品|semiconductors|美國|United States|US", None,
      basis="announced by the US in 4月 (去年)"),
    m("exports|exports_to_us|export_value", 2e11, "USD",
      "以AI主的相關產品|AI相關產品|對美出口|Taiwan exports to the US|我國|台灣|Taiwan", "2025",
      basis="近2千億美元, 去年 to the US"),
    m("share|export_share|proportion", 81.3, "%", "資通電子產品|ICT products|information and communication electronics",
      "2025", basis="share of the AI-led exports to the US, 高達"),
], [])


# zh12: Hong Kong property developer's full-year results with dividend, sales and rents (am730 財經, Traditional,
# half-width punctuation as printed; no headline in the stored text (its title survives only in the address), none
# composed; the two sub-headings kept, reworded around 3% / 三成 and 約94% (the first with its two halves swapped); the
# stored text breaks off inside "截至6月底,集團未入帳的內地合約銷售額126億元人民幣,預計當中約80億元人民…", so the
# passage ends with the whole sentence before it (its 6, 126, 80 dropped)).
# Key (FY2024 = the year to June 2024): 純利 190.46億元 (-20.3%); 基礎溢利 217.39億元 (-近9%); revenue 715.06億元
# (-0.4%); operating profit 267.52億元 (-2.9%); investment-property fair-value change -24.12億元 (prior: +2.21億元 the
# year before); EPS 7.5元; final dividend 2.8元 (-24%), full-year dividend 3.75元 (-24%); gearing 18.3% at June-end;
# property-sales profit 78.5億元 (-30.5%); contracted sales 約375億元; gross rental income 249.91億元 (+3%), net rental
# income 190億元 (+3%); Hong Kong contracted sales 約256億元; unbooked Hong Kong contracted sales 249億元 at June-end, of
# which 約196億元 to be booked in 2024/25 (FY2025); Hong Kong gross rental income 179.42億元 (+1%); retail occupancy 約94%;
# mainland contracted sales 約110億元人民幣.
# Optional: the sub-headings' "租金收入升3%", "物業銷售溢利減三成" (-30%, rounding -30.5%) and "約94%" (twins); the previous
# year's fair-value gain 2.21億元 as a row of its own (FY2023).
# Judgement calls: the reported year is FY2024 (see the header; news22 zh07 precedent for 新地's year to June); "減近9%" ->
# -9; "公平值減少24.12億元,上一個年度…增加2.21億元" -> value -2.412e9 with prior +2.21e8; "減24%" / "少24%" are dividend
# growth rows; 約 amounts take the printed value; 196億元 "預計…於2024/25財政年度確認入帳" is a key row with period FY2025 and
# "expected to be recognised" in basis; the mainland figure is CNY ("元人民幣"). Not labelled: 016 (stock code), the
# project phases (第1期, 第2A期, 第3B期, 第3期, 第三批次), "兩個地標項目" (a count of projects), 2024/25 itself.
SHKP12 = "新鴻基地產|新地|新鴻基|Sun Hung Kai Properties|SHKP|016|0016|00016"
FY12 = "FY2024"
UP12 = "underlying_profit|underlying_net_profit|core_profit|basic_profit"
UPG12 = "underlying_profit_growth|underlying_net_profit_growth|core_profit_growth"
G["zh12"] = ([
    m("net_profit|profit_attributable|reported_profit", 1.9046e10, "HKD", SHKP12, FY12, basis="純利, year to June"),
    m("net_profit_growth|profit_growth", -20.3, "%", SHKP12, FY12, basis="yoy, 按年少"),
    m(UP12, 2.1739e10, "HKD", SHKP12, FY12, basis="基礎溢利, excluding investment-property fair-value changes"),
    m(UPG12, -9, "%", SHKP12, FY12, basis="減近9%"),
    m("revenue", 7.1506e10, "HKD", SHKP12, FY12),
    m("revenue_growth", -0.4, "%", SHKP12, FY12, basis="yoy"),
    m("operating_profit", 2.6752e10, "HKD", SHKP12, FY12, basis="營業溢利"),
    m("operating_profit_growth", -2.9, "%", SHKP12, FY12, basis="yoy"),
    m("fair_value_change|investment_property_fair_value_change|revaluation", -2.412e9, "HKD",
      "投資物業|investment properties|" + SHKP12, FY12, prior=2.21e8,
      basis="公平值減少; prior = previous year's 增加2.21億元"),
    m("fair_value_change|investment_property_fair_value_change|revaluation", 2.21e8, "HKD",
      "投資物業|investment properties|" + SHKP12, "FY2023", opt=True, basis="上一個年度 (the comparative)"),
    m("eps|earnings_per_share", 7.5, "HKD", SHKP12, FY12),
    m("final_dividend|dividend_per_share|dividend", 2.8, "HKD", SHKP12, FY12, basis="每股末期息"),
    m("final_dividend_growth|dividend_growth|dps_growth", -24, "%", SHKP12, FY12, basis="減24%"),
    m("total_dividend|annual_dividend|dividend_per_share", 3.75, "HKD", SHKP12, FY12, basis="全年 per share, with interim"),
    m("total_dividend_growth|dividend_growth|dps_growth", -24, "%", SHKP12, FY12, basis="少24%"),
    m("gearing_ratio|net_debt_ratio|debt_ratio", 18.3, "%", SHKP12, "2024-06-30", basis="負債比率, 6月底"),
    m("property_sales_profit|profit_from_property_sales", 7.85e9, "HKD", SHKP12, FY12),
    m("property_sales_profit_growth|profit_from_property_sales_growth", -30.5, "%", SHKP12, FY12, basis="yoy, 少"),
    m("property_sales_profit_growth|profit_from_property_sales_growth", -30, "%", SHKP12, FY12, opt=True,
      basis="sub-heading, 減三成 (rounded)"),
    m("contracted_sales", 3.75e10, "HKD", SHKP12, FY12, basis="約, attributable (以所佔權益計算), total"),
    m("gross_rental_income|rental_income", 2.4991e10, "HKD", SHKP12, FY12,
      basis="總租金收入, incl. joint ventures and associates"),
    m("gross_rental_income_growth|rental_income_growth", 3, "%", SHKP12, FY12, basis="多3%"),
    m("gross_rental_income_growth|rental_income_growth", 3, "%", SHKP12, FY12, opt=True, basis="sub-heading twin (租金收入升3%)"),
    m("net_rental_income", 1.9e10, "HKD", SHKP12, FY12),
    m("net_rental_income_growth|rental_income_growth", 3, "%", SHKP12, FY12, basis="升3%"),
    m("contracted_sales", 2.56e10, "HKD", "香港|Hong Kong|" + SHKP12, FY12, basis="約, attributable, Hong Kong"),
    m("unbooked_contracted_sales|contracted_sales", 2.49e10, "HKD", "香港|Hong Kong|" + SHKP12, "2024-06-30",
      basis="尚未入帳, Hong Kong, 6月底"),
    m("unbooked_contracted_sales|contracted_sales|revenue_to_be_recognised", 1.96e10, "HKD", "香港|Hong Kong|" + SHKP12,
      "FY2025", basis="約, expected to be recognised in 2024/25 (預計…確認入帳)"),
    m("gross_rental_income|rental_income", 1.7942e10, "HKD", "香港|Hong Kong|" + SHKP12, FY12,
      basis="香港總租金收入, incl. joint ventures and associates"),
    m("gross_rental_income_growth|rental_income_growth", 1, "%", "香港|Hong Kong|" + SHKP12, FY12, basis="按年溫和增加"),
    m("occupancy_rate|occupancy", 94, "%", "零售物業|零售物業組合|retail portfolio|" + SHKP12, FY12, basis="約, average"),
    m("occupancy_rate|occupancy", 94, "%", "零售物業|零售物業組合|retail portfolio|" + SHKP12, FY12, opt=True,
      basis="sub-heading twin"),
    m("contracted_sales", 1.1e10, "CNY", "內地|mainland China|內地住宅|" + SHKP12, FY12,
      basis="約110億元人民幣, attributable, mainland"),
], [])
