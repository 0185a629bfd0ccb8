# Hand labels for news40/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra() are
# supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code, test, docs
# page or other batch's text was read. Conventions followed: the development corpus's README and scorer (score.py) and the
# "Conventions decided" sections of news35/zh to news39/zh (with the top comments of their labels files).
# Currency: Hong Kong stock / Hong Kong data context, bare 元 / 億元 / 億 / $ = HKD (zh07, zh08's targets, zh09, zh10); the two
# Taiwan items' 元 / 億元 are TWD (Taipei bylines, 新台幣 printed in zh12) (zh11, zh12). Values fully scaled (389.85億元 ->
# 3.8985e10; 61.2億 -> 6.12e9; $4.72千萬 -> 4.72e7; 1兆7934.68 億元 -> 1.793468e12; 8952.21億元 -> 8.95221e11; 6萬1332張 ->
# 61332 lots). 約X / 近X -> X; 逾X / 超過X -> an open bound, optional unless it is the figure a headline rests on; 四成 = 40 %;
# 兩成二 = 22 %; 九成 = 90 %. Declines negative (跌, 下跌, 下降, 季減, 年減, 賣超 -> negative net buying); % vs 個百分點 (pp)
# as printed.
# Periods only from the text: zh10's dateline "2019年4月1日" with "2月" / "今年首兩個月" -> 2019-02 / 2019-01..02; zh11's dateline
# "2025/08/14 14:47" with "第二季" -> 2025Q2. zh07 ("去年", the AASTOCKS quote stamp is boilerplate, not a report date), zh08
# ("今年", no year printed; the page's date metadata is not used), zh09 (no date) and zh12 ("今天" / "21日"; the trailing CNA code
# 1150121 is a stamp, news19) -> None with the span in basis. URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body, lead and table) is one row; an approximate or bounded repeat is optional beside the
# exact key row. An earlier level printed beside a new one ("由156元升至185元", "上年同期則派1.85元") is the prior of the new
# value and also an optional row of its own. Broker targets are also target_price metric rows besides the rating actions.
# AASTOCKS inline quotes and "相關內容" headlines are optional. Entities list names as printed plus Traditional / Simplified /
# English forms and stock codes.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong blue chip's annual results with segment contributions and the dividend (AASTOCKS, Traditional; the inline
# quotes, the "相關內容" headline and the delayed-quote boilerplate "(sl/u)(港股報價延遲最少十五分鐘。沽空資料截至 2025-03-19
# 16:25。)" kept as printed; the closing "AASTOCKS新聞" tag left out; no headline in the stored text and none composed).
# Key: revenue (營業額) 389.85億元 (+1%); net profit 81.15億元 (+1.1%); EPS 3.22元; final dividend 1.86元 (prior 1.85元);
# interim 0.72元; full-year dividend 2.58元 (+0.8%); Power Assets' contribution 22.03億元 (+2%); UK 39.81億元 (+31%);
# Australia 17.84億元 (-4%; +6% excluding the tax effect); Continental Europe 6.07億元 (+13%); year-end cash 80億元; net debt
# to net total capital 7.8%, 47% on a look-through basis.
# Optional: the previous final dividend 1.85元 as a row; the 28-year dividend-growth record; the inline quotes of 長江基建
# and 電能實業; the related headline's 電能實業 full-year profit 61.2億 (+1.9%) and final dividend 2.04元.
# Judgement calls: "去年" has no printed year: 1996 + 28 points to 2024 and the quote stamp says 2025-03-19, but the stamp is
# boilerplate (news31) and the arithmetic is the reader's -> period None with "year to end-December (去年)" in basis, the
# cash and gearing "去年12月31日" likewise; segment contributions take the segment as entity with the group as alias, and
# Power Assets (an associate) takes its own name; "若撇除此稅務影響…上升6%" is a key growth row with "excluding tax effect" in
# basis, separate from the reported -4%; "派息年年遞增…28年" is an optional streak in years. Not labelled: stock codes, 1996
# (listing year), 12月31日 as a number.
CKI = "長江基建集團|長江基建|長建|CK Infrastructure|CK Infrastructure Holdings|CKI|01038|1038|01038.HK"
PAH = "電能實業|電能|Power Assets|Power Assets Holdings|00006|6|00006.HK"
UK7 = "英國業務|英國|UK business|United Kingdom|UK|" + CKI
AU7 = "澳洲業務組合|澳洲業務|澳洲|Australia portfolio|Australian business|Australia|" + CKI
EU7 = "歐洲大陸業務|歐洲大陸|Continental Europe|Continental European business|" + CKI
B7 = "year to end-December (去年)"


def q7(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '-0.700 (-1.362%) 沽空 $4.72千萬; 比率 14.256%' -> all optional (corpus)."""
    return [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
            m("price_change", pct, "%", ent, opt=True, basis="inline quote"),
            m("short_selling_turnover", short, "HKD", ent, opt=True, basis="inline quote"),
            m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote")]


G["zh07"] = ([
    *q7(CKI, -0.700, -1.362, 4.72e7, 14.256),
    m("revenue|turnover", 3.8985e10, "HKD", CKI, None, basis="營業額, " + B7),
    m("revenue_growth|turnover_growth", 1, "%", CKI, None, basis="yoy"),
    m("net_profit|net_income|profit_attributable", 8.115e9, "HKD", CKI, None, basis="純利, " + B7),
    m("net_profit_growth|net_income_growth|profit_growth", 1.1, "%", CKI, None, basis="yoy"),
    m("eps|basic_eps", 3.22, "HKD", CKI, None, basis=B7),
    m("final_dividend|dividend|dividend_per_share|dps", 1.86, "HKD", CKI, None, prior=1.85,
      basis="proposed final dividend; prior = 上年同期派1.85元"),
    m("final_dividend|dividend|dividend_per_share|dps", 1.85, "HKD", CKI, None, opt=True,
      basis="previous year's final dividend (上年同期)"),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.72, "HKD", CKI, None, basis="already paid"),
    m("total_dividend|dividend_per_share|dps|dividend", 2.58, "HKD", CKI, None, basis="full-year dividend, " + B7),
    m("dividend_growth|dps_growth", 0.8, "%", CKI, None, basis="yoy, full-year dividend"),
    m("dividend_growth_streak|streak", 28, "years", CKI, None, opt=True,
      basis="dividend raised every year for 28 years since the 1996 listing"),
    *q7(PAH, -0.350, -0.699, 4.86e7, 14.469),
    m("profit_contribution|segment_profit", 2.203e9, "HKD", PAH + "|" + CKI, None,
      basis="Power Assets' profit contribution to CKI"),
    m("profit_contribution_growth|segment_profit_growth", 2, "%", PAH + "|" + CKI, None, basis="yoy"),
    m("net_profit|net_income", 6.12e9, "HKD", PAH, None, opt=True,
      basis="相關內容 headline, full-year 61.2億 (no 元 printed)"),
    m("net_profit_growth|net_income_growth", 1.9, "%", PAH, None, opt=True, basis="相關內容 headline, yoy"),
    m("final_dividend|dividend|dps", 2.04, "HKD", PAH, None, opt=True, basis="相關內容 headline"),
    m("profit_contribution|segment_profit", 3.981e9, "HKD", UK7, None, basis="UK business"),
    m("profit_contribution_growth|segment_profit_growth", 31, "%", UK7, None, basis="yoy"),
    m("profit_contribution|segment_profit", 1.784e9, "HKD", AU7, None, basis="Australian portfolio"),
    m("profit_contribution_growth|segment_profit_growth", -4, "%", AU7, None, basis="yoy (下降), reported"),
    m("profit_contribution_growth|segment_profit_growth", 6, "%", AU7, None,
      basis="yoy, excluding the thin-capitalisation tax effect (如不計這項稅務影響)"),
    m("profit_contribution|segment_profit", 6.07e8, "HKD", EU7, None, basis="Continental Europe"),
    m("profit_contribution_growth|segment_profit_growth", 13, "%", EU7, None, basis="yoy"),
    m("cash|cash_on_hand", 8e9, "HKD", CKI, None, basis="at 去年12月31日"),
    m("net_debt_to_net_total_capital|net_gearing|gearing_ratio", 7.8, "%", CKI, None, basis="at 去年12月31日"),
    m("net_debt_to_net_total_capital|net_gearing|gearing_ratio", 47, "%", CKI, None,
      basis="look-through basis, including net debt of the infrastructure investments"),
], [])


# zh08: 港股 tech rally with several brokers' targets on one stock (明報 經濟版, Traditional; the stored text opens with the
# line "恒科指今年暫升四成 跑贏納指", kept as its headline; the two sub-headings reworded ("分析：外資流入支持 恒指看好",
# "阿里目標價獲匯豐高盛摩通調高"); the byline "明報記者 黃志偉" and "（見圖）" kept; whole stored text).
# Key: the Hang Seng TECH Index's year-to-date rise 四成 (headline, 40 %); the Nasdaq's 約17%; 阿里 / 騰訊 / 百度 +96 / +55 /
# +59 % this year; four targets on Alibaba: 富瑞 172元, 匯豐 185元 (from 156元), 高盛 174元 (from 158元), 摩根大通 165元 (from
# 135元).
# Optional: the body's "大漲逾四成" (an open bound beside the headline's exact 四成); the 26,000-point level (printed twice, a
# round level); the three previous targets as rows of their own.
# Rating actions (HKD): 富瑞 maintain buy 172 (維持「買入」, no previous target printed); 匯豐 raise_target buy 185 from 156;
# 高盛 raise_target buy 174 from 158; 摩根大通 raise_target overweight (增持) 165 from 135 (no previous rating printed).
# Judgement calls: "今年迄今" / "今年" without a printed year -> period None with "year to date" in basis; 元 for the targets
# is HKD (Hong Kong newspaper, Hong Kong-listed 阿里 9988 context); the headline's 四成 is the exact figure the story rests
# on (key) and the body's 逾四成 its optional bound; 黃國英's remarks carry no figure. Not labelled: stock codes (9888,
# 0005, 688256).
HSTECH = "恒生科技指數|恒科指|科指|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
NDQ = "納斯達克指數|納斯達克|納指|Nasdaq|Nasdaq Composite"
HSI8 = "恒生指數|恒指|Hang Seng Index|HSI"
BABA = "阿里巴巴|阿里|阿里巴巴集團|Alibaba|Alibaba Group|09988|9988|09988.HK|BABA"
TC8 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700"
BIDU = "百度|百度集團|Baidu|09888|9888|BIDU"
JEF = "富瑞|Jefferies"
HSBC8 = "匯豐|滙豐|匯豐研究|滙豐研究|HSBC|HSBC Global Research"
GS8 = "高盛|Goldman Sachs|Goldman"
JPM8 = "摩根大通|摩通|JPMorgan|J.P. Morgan|JP Morgan"
Y8 = "year to date (今年)"
G["zh08"] = ([
    m("index_change|ytd_change", 40, "%", HSTECH, None, basis="headline 暫升四成, " + Y8),
    m("index_change|ytd_change", None, "%", HSTECH, None, rng=(40, None), opt=True, basis="body 大漲逾四成, " + Y8),
    m("index_change|ytd_change", 17, "%", NDQ, None, basis="上漲約17%, same period"),
    m("price_change|ytd_change", 96, "%", BABA, None, basis=Y8),
    m("price_change|ytd_change", 55, "%", TC8, None, basis=Y8),
    m("price_change|ytd_change", 59, "%", BIDU, None, basis=Y8),
    m("index_level|round_level", 26000, "points", HSI8, None, opt=True, basis="last break above 26,000點"),
    m("index_level|round_level", 26000, "points", HSI8, None, opt=True, basis="whether 恒指 can hold 26,000點"),
    m("target_price", 172, "HKD", BABA, None, basis="富瑞; 買入 maintained"),
    m("target_price", 185, "HKD", BABA, None, prior=156, basis="匯豐; 買入 maintained"),
    m("target_price", 156, "HKD", BABA, None, opt=True, basis="匯豐 previous target"),
    m("target_price", 174, "HKD", BABA, None, prior=158, basis="高盛; 買入 maintained"),
    m("target_price", 158, "HKD", BABA, None, opt=True, basis="高盛 previous target"),
    m("target_price", 165, "HKD", BABA, None, prior=135, basis="摩根大通; 增持"),
    m("target_price", 135, "HKD", BABA, None, opt=True, basis="摩根大通 previous target"),
], [
    ra(JEF, BABA, "maintain", "buy", target=172, cur="HKD"),
    ra(HSBC8, BABA, "raise_target", "buy", target=185, prior_target=156, cur="HKD"),
    ra(GS8, BABA, "raise_target", "buy", target=174, prior_target=158, cur="HKD"),
    ra(JPM8, BABA, "raise_target", "overweight", target=165, prior_target=135, cur="HKD"),
])


# zh09: 港股 session report with per-stock short selling (信報 港股直擊 style item, Traditional; no headline and no date in the
# stored text, none composed; whole stored text).
# Key: 恒指 half-day close 26031 (-249 points, -1%) and the 2:02 pm reading 25965 (-315); 國指 10176 (-94); 上證指數 2964
# (-21, -0.7%); the market's half-day short selling 60.48億元 and ratio 13.8%; 盈富 9.63億元 / 61.3% / 26.85元 / -1.3%; 騰訊
# 3.96億元 / 13.2% / 329元 / -2%; 恒生中國企業ETF 2.98億元 / 九成 (90 %) / 103.3元 / 跌近1% (-1 %); 長建 +0.7%; 信置 +0.2%;
# 新世界's annual profit 跌兩成二 (-22 %), final dividend 0.37元, and its share at 9.96元 (-0.6%).
# Optional: the count of rising blue chips (2隻).
# Judgement calls: no date is printed -> period None, the time of each reading in basis; the 2:02 pm reading and the
# half-day close are both key (news35 zh12 / news37 zh09); each named stock's half-day short-selling amount, ratio, latest
# price and move are key (news35 zh12); "沽空比率高達九成" -> 90 % key like news35's "近三成"; 新世界's "截至6月底止的全年業績"
# has no year -> period None with "year to end-June" in basis. Not labelled: stock codes, 2時2分 (a time).
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI|H-share index"
SSE9 = "上證指數|上證綜指|滬綜指|上海證券綜合指數|Shanghai Composite|SSE Composite"
MKT9 = "大市|港股|香港股市|Hong Kong stock market|Main Board"
TK9 = "盈富基金|盈富|Tracker Fund|Tracker Fund of Hong Kong|TraHK|02800|2800"
TC9 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700"
HE9 = "恒生中國企業ETF|恒生中國企業|恒生H股ETF|Hang Seng China Enterprises Index ETF|Hang Seng H-Share Index ETF|02828|2828"
CKI9 = "長建|長江基建|長江基建集團|CK Infrastructure|CKI|01038|1038"
SINO9 = "信置|信和置業|Sino Land|00083|83"
NWD9 = "新世界|新世界發展|New World Development|NWD|00017|17"


def ss9(ent, short, ratio, px, pct):
    return [m("short_selling_turnover", short, "HKD", ent, None, basis="half-day"),
            m("short_selling_ratio", ratio, "%", ent, None, basis="half-day"),
            m("price|share_price", px, "HKD", ent, None, basis="latest, afternoon"),
            m("price_change", pct, "%", ent, None, basis="latest, afternoon")]


G["zh09"] = ([
    m("index_level", 26031, "points", HSI9, None, basis="half-day close"),
    m("index_change", -249, "points", HSI9, None, basis="half-day"),
    m("index_change", -1, "%", HSI9, None, basis="half-day"),
    m("index_change", -315, "points", HSI9, None, basis="at 2:02 pm (2時2分)"),
    m("index_level", 25965, "points", HSI9, None, basis="at 2:02 pm (2時2分)"),
    m("index_level", 10176, "points", HSCEI9, None, basis="afternoon"),
    m("index_change", -94, "points", HSCEI9, None, basis="afternoon"),
    m("index_level", 2964, "points", SSE9, None, basis="latest"),
    m("index_change", -21, "points", SSE9, None, basis="latest"),
    m("index_change", -0.7, "%", SSE9, None, basis="latest"),
    m("short_selling_turnover", 6.048e9, "HKD", MKT9, None, basis="half-day, market"),
    m("short_selling_ratio", 13.8, "%", MKT9, None, basis="half-day, market"),
    *ss9(TK9, 9.63e8, 61.3, 26.85, -1.3),
    *ss9(TC9, 3.96e8, 13.2, 329, -2),
    *ss9(HE9, 2.98e8, 90, 103.3, -1),
    m("stocks|rising_blue_chips", 2, "stocks", "藍籌|藍籌股|blue chips|" + HSI9, None, opt=True,
      basis="only 2 blue chips up in the afternoon"),
    m("price_change", 0.7, "%", CKI9, None, basis="afternoon"),
    m("price_change", 0.2, "%", SINO9, None, basis="afternoon"),
    m("net_profit_growth|net_income_growth|profit_growth", -22, "%", NWD9, None,
      basis="跌兩成二, annual results, year to end-June (no year printed)"),
    m("final_dividend|dividend|dps", 0.37, "HKD", NWD9, None, basis="year to end-June"),
    m("price_change", -0.6, "%", NWD9, None, basis="afternoon, latest"),
    m("price|share_price", 9.96, "HKD", NWD9, None, basis="afternoon, latest"),
], [])


# zh10: Hong Kong retail sales release, February (政府新聞網 news.gov.hk item on the 政府統計處 release; headline
# "2月零售業銷貨值跌10.1%" and the dateline "2019年4月1日" kept; whole item).
# Key: February retail sales value 407億元 (provisional estimate) and -10.1% yoy (headline repeats -> one row); February
# volume -10.4%; January-February value -1.6% and volume -1.8%; the fifteen outlet types' January-February value changes
# (seven falls: 珠寶首飾、鐘錶及名貴禮物 -2.8%, 服裝 -3.7%, 食品、酒類飲品及煙草 -1%, 電器及其他未分類耐用消費品 -18.3%, 燃料
# -1.4%, 中藥 -1.7%, 眼鏡店 -2%; eight rises: 藥物及化妝品 +2.3%, 百貨公司貨品 +4.2%, 超級市場貨品 +1.5%, 其他未分類消費品
# +4.6%, 汽車及汽車零件 +3.7%, 鞋類、有關製品及其他衣物配件 +1.3%, 家具及固定裝置 +3.4%, 書報、文具及禮品 +1.7%).
# Judgement calls: the dateline year fixes "2月" (2019-02) and "今年首兩個月" (2019-01..02); the outlet-type changes follow
# "今年首兩個月合計" ("同期按類別計") -> period 2019-01..02, not February; outlet types are key with the type as entity
# (news33 zh11); 元 = HKD. Not labelled: the dateline's 4 / 1, 農曆新年 (no figure).
HKR = "香港零售業|零售業|香港|本港|Hong Kong retail sales|Hong Kong retail|Hong Kong"
RSG = "retail_sales_growth|retail_sales_value_growth"
RVG = "retail_sales_volume_growth|retail_volume_growth"
P10, P10b = "2019-02", "2019-01..02"


def cat10(ent, v):
    return m(RSG + "|sales_value_growth", v, "%", ent + "|零售業", P10b,
             basis="outlet type, value of sales, January-February combined, yoy")


G["zh10"] = ([
    m("retail_sales|retail_sales_value", 4.07e10, "HKD", HKR, P10, basis="provisional estimate (臨時估計), total value"),
    m(RSG, -10.1, "%", HKR, P10, basis="yoy; headline repeats"),
    m(RVG, -10.4, "%", HKR, P10, basis="volume, yoy, net of price changes"),
    m(RSG, -1.6, "%", HKR, P10b, basis="first two months combined, value, yoy"),
    m(RVG, -1.8, "%", HKR, P10b, basis="first two months combined, volume, yoy"),
    cat10("珠寶首飾、鐘錶及名貴禮物|珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery", -2.8),
    cat10("服裝|clothing", -3.7),
    cat10("食品、酒類飲品及煙草|食品|food, alcoholic drinks and tobacco|food", -1),
    cat10("電器及其他未分類耐用消費品|電器|electrical goods and other consumer durable goods|electrical goods", -18.3),
    cat10("燃料|fuels", -1.4),
    cat10("中藥|Chinese drugs and herbs|Chinese medicine", -1.7),
    cat10("眼鏡店|optical shops", -2),
    cat10("藥物及化妝品|medicines and cosmetics|cosmetics", 2.3),
    cat10("百貨公司貨品|百貨公司|department stores", 4.2),
    cat10("超級市場貨品|超級市場|supermarket goods|supermarkets", 1.5),
    cat10("其他未分類消費品|other consumer goods", 4.6),
    cat10("汽車及汽車零件|motor vehicles and parts|motor vehicles", 3.7),
    cat10("鞋類、有關製品及其他衣物配件|鞋類|footwear, allied products and other clothing accessories|footwear", 1.3),
    cat10("家具及固定裝置|傢具及固定裝置|furniture and fixtures", 3.4),
    cat10("書報、文具及禮品|books, newspapers, stationery and gifts", 1.7),
], [])


# zh11: Taiwan company's quarterly results (自由時報 ec.ltn, Traditional; the headline "鴻海第二季EPS 3.19元創同期新高 全年營運
# 顯著成長", the dateline "2025/08/14 14:47", the byline "〔記者方韋傑／台北報導〕", the stray spaces in "1兆7934.68 億元",
# "85.53 億元", "651.49 億元", "443.61 億元", "3.19 元", "季增 0.33" and "淨利率 2.47%", and the printed wrong stock code
# "鴻海（2427）" kept; the weather widget "晴時多雲" and the photo caption (the EPS sentence with "（記者方韋傑攝）", printed twice)
# left out; whole stored text).
# Key (2025Q2): basic EPS 3.19元 (headline, lead and body -> one row; +5% qoq, +26% yoy); revenue 1兆7934.68 億元 (+9% / +16%);
# product shares 35% / 41% / 18% / 6%; gross profit 1135.29億元 (+13% / +14%); operating profit 565.96億元 (+22% / +27%);
# non-operating income 85.53 億元 (-32% / +125%); pre-tax profit 651.49 億元 (+10% / +35%); income tax 156.13億元 (+18% /
# +65%); net profit attributable 443.61 億元 (+5% / +27%); gross margin 6.33% (+0.22 / -0.09 pp), operating margin 3.16%
# (+0.33 / +0.28 pp), net margin 2.47% (-0.09 / +0.21 pp).
# Judgement calls: the dateline year with "第二季" -> 2025Q2 for every row; 元 / 億元 = TWD (Taipei byline); "1兆7934.68 億元"
# is 1.793468e12 (the stray space is not a separator); the product mix shares take the product line as entity with Hon Hai as
# alias ("較預期衰退 / 成長" is versus expectations and carries no figure); 季增 / 季減 rows are qoq, 年增 / 年減 yoy, the
# margin moves pp; "2427" (printed by mistake for 2317) is listed as an alias because the text names the company so. Not
# labelled: 2317 / 2427 (codes), 14:47, the qualitative third-quarter outlook.
HH = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Foxconn|2317|2317.TW|2427"
P11 = "2025Q2"


def g11(metric, v, unit, qoq, yoy, what, ent=HH):
    gm = metric.split("|")[0] + "_growth"
    return [m(metric, v, unit, ent, P11, basis=what),
            m(gm + "|" + metric.split("|")[-1] + "_growth", qoq, "%", ent, P11, basis=what + ", qoq (季增/季減)"),
            m(gm + "|" + metric.split("|")[-1] + "_growth", yoy, "%", ent, P11, basis=what + ", yoy (年增)")]


def mg11(metric, v, qoq, yoy, what):
    return [m(metric, v, "%", HH, P11, basis=what),
            m(metric + "_change", qoq, "pp", HH, P11, basis=what + ", qoq, 個百分點"),
            m(metric + "_change", yoy, "pp", HH, P11, basis=what + ", yoy, 個百分點")]


G["zh11"] = ([
    *g11("eps|basic_eps", 3.19, "TWD", 5, 26, "basic EPS (基本每股盈餘); headline and lead repeat"),
    *g11("revenue|consolidated_revenue", 1.793468e12, "TWD", 9, 16, "營收, 1兆7934.68 億元"),
    m("revenue_share|product_mix", 35, "%", "消費智能產品|consumer electronics|smart consumer electronics|" + HH, P11,
      basis="share of revenue"),
    m("revenue_share|product_mix", 41, "%", "雲端網路產品|cloud and networking products|cloud and networking|" + HH, P11,
      basis="share of revenue"),
    m("revenue_share|product_mix", 18, "%", "電腦終端產品|computing products|computing|" + HH, P11,
      basis="share of revenue; below expectations"),
    m("revenue_share|product_mix", 6, "%", "元件及其他|components and others|components|" + HH, P11,
      basis="share of revenue; above expectations"),
    *g11("gross_profit", 1.13529e11, "TWD", 13, 14, "營業毛利"),
    *g11("operating_profit|operating_income", 5.6596e10, "TWD", 22, 27, "營業利益"),
    *g11("non_operating_income|non_operating_income_net", 8.553e9, "TWD", -32, 125, "營業外收入及支出"),
    *g11("pretax_profit|profit_before_tax", 6.5149e10, "TWD", 10, 35, "稅前淨利"),
    *g11("income_tax|income_tax_expense", 1.5613e10, "TWD", 18, 65, "所得稅費用"),
    *g11("net_profit|net_income|profit_attributable", 4.4361e10, "TWD", 5, 27,
         "本期歸屬母公司淨利 (attributable to the parent)"),
    *mg11("gross_margin", 6.33, 0.22, -0.09, "consolidated gross margin"),
    *mg11("operating_margin", 3.16, 0.33, 0.28, "operating margin (營益率)"),
    *mg11("net_margin", 2.47, -0.09, 0.21, "net margin (淨利率)"),
], [])


# zh12: Taiwan stock-market close on record turnover (中央社 via Yahoo奇摩新聞, Traditional; the CNA opening "（中央社記者曾仁凱
# 台北21日電）" and the closing "（編輯：張良知）1150121" kept; no headline in the stored text, none composed; whole stored
# text). 元 / 億元 = TWD (新台幣 printed); 張 = board lots ("lots").
# Key: the TAIEX's -513.62 points to 31246.37 and the analyst's "換算跌幅1.65%" (-1.65 %); turnover 8952.21億元 and the previous
# record 8817.36億元 (1月7日); net selling by the three institutional groups -774.11億元, foreign investors -440.63億元,
# investment trusts -175.96億元 (a record), dealers -157.52億元; foreign net selling 友達 6萬1332張, 群創 5萬9805張, 元大台灣50
# 5萬6688張, 台積電 1萬7749張 and net buying 主動元大AI新經濟 3萬817張, 燿華 2萬5154張, 華航 2萬601張.
# Optional: the 5-day moving average 31372; TSMC's rank 第12名 on the selling list; the round 3萬點 level; the analyst's
# illustration "漲跌1%就是300多點" (1 %, and 300多 -> rng 300-400 points); the rounded repeat "下跌513點"; the foreign
# holding of TSMC "超過7成" (open bound).
# Judgement calls: no year in the body ("今天", "21日", "今年1月7日"; 1150121 is CNA's stamp) -> period None with the day in basis;
# 賣超 is negative net buying, 買超 positive (news28 / news19); exact per-stock lot counts are key (news19 zh12); the printed
# "元大台灣505萬6688張" runs the fund name 元大台灣50 into its figure 5萬6688張 and is labelled 56688 lots for 元大台灣50 (a fund
# name ending in 50, the third of three "name + X萬Y張" items); the previous record turnover is a key row of its own (a
# figure for another day), not a prior. Not labelled: 前3名 (list size), 21日 / 1月7日 (dates).
TAIEX = "加權指數|台股|集中市場|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III12 = "三大法人|institutional investors|three major institutional investors"
FI12 = "外資及陸資|外資|foreign investors|foreign institutional investors"
IT12 = "投信|investment trusts|domestic investment trusts"
DL12 = "自營商|dealers|proprietary traders"
NB12 = "net_buy|net_buying|net_sell|fund_flow"
FNB12 = "foreign_net_buy|net_buy|net_buying"
TSMC12 = "台積電|台灣積體電路|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
D12 = "close, 21日 (今天)"
G["zh12"] = ([
    m("index_change", -513.62, "points", TAIEX, None, basis=D12 + ", 下跌"),
    m("index_level|index_close", 31246.37, "points", TAIEX, None, basis=D12),
    m("index_change", -513, "points", TAIEX, None, opt=True, basis="analyst's rounded repeat, 下跌513點"),
    m("index_change_pct|index_change", -1.65, "%", TAIEX, None, basis=D12 + ", 換算跌幅1.65% (analyst)"),
    m("moving_average|index_level", 31372, "points", TAIEX, None, opt=True, basis="5-day moving average lost (失守5日均線)"),
    m("turnover|trading_value", 8.95221e11, "TWD", TAIEX, None, basis="成交值, record (歷史新天量), " + D12),
    m("turnover|trading_value", 8.81736e11, "TWD", TAIEX, None, basis="previous record, 今年1月7日"),
    m(NB12, -7.7411e10, "TWD", III12, None, basis="合計賣超, " + D12),
    m(NB12, -4.4063e10, "TWD", FI12, None, basis="賣超, excluding foreign dealers, " + D12),
    m(NB12, -1.7596e10, "TWD", IT12, None, basis="賣超, largest single-day net selling on record, " + D12),
    m(NB12, -1.5752e10, "TWD", DL12, None, basis="賣超, " + D12),
    m(FNB12, -61332, "lots", "友達|友達光電|AUO|AU Optronics|2409", None, basis="外資賣超 6萬1332張, top seller"),
    m(FNB12, -59805, "lots", "群創|群創光電|Innolux|3481", None, basis="外資賣超 5萬9805張"),
    m(FNB12, -56688, "lots", "元大台灣50|元大台灣卓越50|Yuanta Taiwan Top 50 ETF|0050", None,
      basis="外資賣超, printed 元大台灣505萬6688張 (name 元大台灣50 + 5萬6688張)"),
    m(FNB12, -17749, "lots", TSMC12, None, basis="外資賣超 1萬7749張"),
    m("rank|net_selling_rank", 12, "rank", TSMC12, None, opt=True, basis="第12名 on the foreign selling list"),
    m(FNB12, 30817, "lots", "主動元大AI新經濟|Yuanta AI New Economy active ETF", None, basis="外資買超 3萬817張, top buy"),
    m(FNB12, 25154, "lots", "燿華|燿華電子|Unitech|2367", None, basis="外資買超 2萬5154張"),
    m(FNB12, 20601, "lots", "華航|中華航空|China Airlines|2610", None, basis="外資買超 2萬601張"),
    m("index_level|round_level", 30000, "points", TAIEX, None, opt=True, basis="站上3萬點 (round level)"),
    m("index_change_pct|index_change", 1, "%", TAIEX, None, opt=True, basis="illustration: 漲跌1%"),
    m("index_change", None, "points", TAIEX, None, rng=(300, 400), opt=True, basis="illustration: 1% is 300多點"),
    m("foreign_ownership|foreign_holding", None, "%", TSMC12, None, rng=(70, None), opt=True,
      basis="外資持股比重超過7成"),
], [])
