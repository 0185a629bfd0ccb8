# Hand labels for news58/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets (明報, 經濟通 on a
# Macau casino operator, am730) and three Taiwan outlets (中央社 on udn.com, 理財周刊 moneyweekly, 自由時報 ltn); see
# batch_b.md). Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page or
# other batch's file was read; of the earlier sets' gold files only the "unit" values were grepped (as the brief asks, to
# check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news56/zh and news57/zh and the labels files of news56/zh, with the precedents named below (news44 zh09 for
# a Hong Kong market close with named movers; news51 zh08 for gold and jewellery prices per 安士 / 両 with a day's peak
# as the level when it is the only one printed; the development corpus's 盈利增長逾3倍 -> 300 % for X倍 growth; news56
# zh08 / zh11 for a prior plus an optional row for the earlier level; earlier Taiwan flow stories (e.g. news19 zh12) for 賣超 as a negative
# net_buy in TWD and per-stock 張 as "lots"; news56 zh12 for a flat 持平 as an optional 0 % row).
# Currency: Hong Kong items' bare 元 / 億元 = HKD (zh07, zh08, zh12's 飾金 per 両); 美元 = USD (zh11, zh12); Taiwan items'
# bare 元 / 億元 = TWD (zh09, where 新台幣 is printed once; zh10). A price per unit (per 安士 = ounce, per 両 = tael) and an
# exchange-rate move per USD are labelled in the currency alone with the basis saying so (the corpus's per-unit rule).
# Values fully scaled (3149億元 -> 3.149e11; 8﹒69億元 -> 8.69e8 (the full-width ﹒ is a decimal point); 7萬6350張 -> 76350
# lots; 42兆112億元 -> 4.20112e13; 132.5億美元 -> 1.325e10; 4.9萬元 -> 49000). X倍 growth -> X*100 % (升26﹒87倍 -> 2687 %,
# 大升1.4倍 -> 140 %). 一成 = 10 %, 六成 = 60 %, 7成 = 70 %. 近X / 約X -> X. 個百分點 = pp. Declines negative (下跌, 跌, 年減,
# 減至, 虧損, 負, 賣超, 淨賣匯, 貶值); 升 / 漲 / 上揚 / 累升 / 季增 / 年增 / 增 / 買超 / 淨買匯 / 升值 positive. Open bounds (逾,
# 飆破, 升穿) are optional ranges unless a headline figure (zh07's headline 第三季累升逾一成 is key). A figure printed twice
# is one key row and an optional twin; "由A減至B" / "A…去年同期B" gives value B (this period) with prior A plus an optional
# row for the earlier level. Intraday highs and intraday moves are optional (dev convention), except a day's peak that is
# the story's record level (zh12's 4,420美元, on which the printed 68.5% is computed) or the only printed level (zh12's
# silver 69.45美元, news51 zh08). Counts of months / weeks / years / days in streak and "N年以來" phrases, ranks and
# thresholds are optional.
# Count units as earlier sets spell them: "lots" (張), "months", "weeks", "years", "days", "quarters", "rank", "count".
# No broker rating or target appears in the six passages (zh12's 大行 forecast is a metric row, not a rating action).
# Periods only where the text states or clearly implies the year: zh07 None for 昨日 and 9月份 (no year printed; the
# page's date line is dropped), "Q3" for 第三季 (the quarter stated, no year); zh08 2024Q1 (printed "截至2024年3月31日止
# 三個月", 首季) and 2023Q1 for 去年同期; zh09 None (14日, 今年初至11月14日, no year printed); zh10 "Q2" / "H1" / "Q3"
# (第二季, 上半年, 第三季 with no year printed; 7/31 and 8/1 are days only); zh11 FY2020 / FY2021 (printed), FY2024 for 去年
# and 2025H1 / 2024H2 / 2025-07-01..2025-10-20 for 今年上半年 / 去年下半年 / 今年7月…10月20日 (the text's "從2022年起，連續3年
# 轉為淨賣匯，去年淨賣匯164億美元" fixes 去年 = 2024, so 今年 = 2025); zh12 None (昨日, 今年, 明年, no year printed; 1979年
# is a reference year). Addresses, dropped page chrome (date lines, photo captions, a poll line) and the writer's
# knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong market close on the quarter's last day, with the third-quarter and September scorecards and southbound
# flows (明報 news.mingpao.com 經濟, 【明報專訊】; Traditional, full-width punctuation and brackets as printed; headline kept,
# reworded ("恒指漲232點 第三季累升逾一成" -> "第三季累升逾一成 恒指漲232點"); the two sub-headings kept, reworded; the
# page's "明報新聞網 / 經濟" lines left out; the stored text breaks off inside "9月，北水累計流入1885.17億元，按月增加68.1%，
# 金額創下2021年1月以來新高，並已連續27個" (cut mid-sentence; its 9, 1885.17, 68.1, 2021, 1 and 27 dropped), so the passage
# ends with the sentence before it; the sub-heading "9月北水流入1885億 按月增68%" above that paragraph is kept).
# Key: 恒指 close 26,855 (+232 points, +0.9%); turnover 3149億元 (+1.8%); the headline's 恒指 third-quarter rise 逾一成 (a
# headline bound); 科指 +22% in the quarter; 中芯國際 +78% (近) in the quarter; 阿里巴巴 +60% (the sub-heading's 六成) and
# 美團 -17% (近) in the quarter; 深證成指 +29.2%, 滬深300 +17.9%; September: 恒指 +7.1% / +1,777 points, 科指 +14% / +791
# points, 阿里巴巴 +53% (近), 百度 +49%, 中芯 +31%; southbound September inflow 1885億 (sub-heading) and +68% mom; southbound
# net inflow 154.8億元 yesterday; southbound share of turnover 23.7% (from 24.1%).
# Optional: 阿里巴巴's intraday high 178元 and 近4年; the body's "恒指與國指…均累升逾一成" (恒指 twin, 國指 bound); the body's
# 阿里巴巴 "升逾六成" (bound) and 第三佳 (rank 3); the sub-heading's 美團 跌近17% (twin); 連升5個月, 7個月以來, 兩周以來,
# 連續兩日; 24.1% as a row.
# Judgement calls: no date in the kept text -> period None for the day and for 9月份 (basis says September), "Q3" for
# 第三季; the sub-heading's 六成 is printed as a value while the body prints the bound 逾六成, so the value is key and the
# bound optional (the reverse of a rounded headline twin); the sub-heading 1885億 (no 元) is a southbound-inflow row in
# HKD, its body figure being cut; 北水 is the entity for the flow and turnover-share rows; "終止單日流出" gives no row.
# Not labelled: stock codes, 2021年2月 / 2020年8月 (reference months), 10月 (a month named for a possible consolidation).
HSI7 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI7 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI"
HST7 = "恒生科技指數|科指|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
MKT7 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|Main Board"
IDX3_7 = "港股三大指數|三大指數|" + HSI7 + "|" + HSCEI7 + "|" + HST7
BABA7 = "阿里巴巴|阿里|Alibaba|Alibaba Group|9988|09988"
SMIC7 = "中芯國際|中芯|SMIC|Semiconductor Manufacturing International|0981|00981|981"
MT7 = "美團|Meituan|3690|03690"
BIDU7 = "百度|Baidu|9888|09888"
SZ7 = "深證成指|深證成份指數|深成指|Shenzhen Component Index|SZSE Component Index"
CSI7 = "滬深300|滬深300指數|CSI 300|CSI300"
SB7 = "北水|北水南下|南下資金|港股通|Southbound|southbound funds|Stock Connect southbound"
IL7, IC7 = "index_level|index_close", "index_change"
PC7 = "price_change|index_change_pct|percent_change|quarterly_change|monthly_change"
NI7 = "net_inflow|southbound_net_inflow|fund_flow|net_buy"
D7 = "昨日 close (no date printed)"
G["zh07"] = ([
    m(IL7, 26855, "points", HSI7, None, basis=D7),
    m(IC7, 232, "points", HSI7, None, basis="升, " + D7),
    m(PC7, 0.9, "%", HSI7, None, basis="升, " + D7),
    m("turnover|market_turnover", 3.149e11, "HKD", MKT7, None, basis="大市成交, " + D7),
    m("turnover_change|turnover_growth", 1.8, "%", MKT7, None, basis="成交增, vs the previous day"),
    m("price|share_price|intraday_high", 178, "HKD", BABA7, None, opt=True, basis="一度高見 (intraday high), 昨日"),
    m("years|period_length", 4, "years", BABA7, None, opt=True, basis="近4年新高"),
    m(PC7, None, "%", HSI7, "Q3", rng=(10, None), basis="headline: 第三季累升逾一成 (headline bound)"),
    m(PC7, None, "%", HSI7, "Q3", rng=(10, None), opt=True, basis="body twin, 全季均累升逾一成"),
    m(PC7, None, "%", HSCEI7, "Q3", rng=(10, None), opt=True, basis="全季均累升逾一成 (bound)"),
    m(PC7, 22, "%", HST7, "Q3", basis="第三季 勁升; strongest quarter since 去年第三季"),
    m(PC7, 78, "%", SMIC7, "Q3", basis="季內累升近78%, top blue-chip gainer (藍籌升幅王)"),
    m(PC7, -17, "%", MT7, "Q3", opt=True, basis="sub-heading twin, 跌近17%"),
    m(PC7, 60, "%", BABA7, "Q3", basis="sub-heading: 阿里單季累升六成"),
    m(PC7, None, "%", BABA7, "Q3", rng=(60, None), opt=True, basis="body: 升逾六成 (bound)"),
    m("rank", 3, "rank", BABA7, "Q3", opt=True, basis="表現第三佳的藍籌"),
    m(PC7, -17, "%", MT7, "Q3", basis="累跌近17%, worst blue chip of the quarter"),
    m(PC7, 29.2, "%", SZ7, "Q3", basis="本季 升"),
    m(PC7, 17.9, "%", CSI7, "Q3", basis="本季 升"),
    m("streak|months", 5, "months", IDX3_7, None, opt=True, basis="連升5個月 (to September)"),
    m("months|period_length", 7, "months", IDX3_7, None, opt=True, basis="7個月以來最大升幅"),
    m(PC7, 7.1, "%", HSI7, None, basis="9月份 (September, no year), 上揚"),
    m(IC7, 1777, "points", HSI7, None, basis="9月份 (September, no year), 上揚"),
    m(PC7, 14, "%", HST7, None, basis="9月份 (September, no year), 累升"),
    m(IC7, 791, "points", HST7, None, basis="9月份 (September, no year), 累升"),
    m(PC7, 53, "%", BABA7, None, basis="9月 (月內) 累升近53%, 居首"),
    m(PC7, 49, "%", BIDU7, None, basis="9月 (月內), 升"),
    m(PC7, 31, "%", SMIC7, None, basis="9月 (月內), 升"),
    m(NI7, 1.885e11, "HKD", SB7, None, basis="sub-heading: 9月 北水流入1885億 (September, no year)"),
    m("net_inflow_growth|southbound_inflow_growth|fund_flow_change|net_inflow_change", 68, "%", SB7, None,
      basis="sub-heading: 9月, 按月增 (mom)"),
    m(NI7, 1.548e10, "HKD", SB7, None, basis="昨日 合共淨流入; most in two weeks"),
    m("weeks|period_length", 2, "weeks", SB7, None, opt=True, basis="兩周以來最多"),
    m("turnover_share|southbound_turnover_share|share", 23.7, "%", SB7, None, prior=24.1,
      basis="北水佔成交的比例, 由24.1%減至"),
    m("turnover_share|southbound_turnover_share|share", 24.1, "%", SB7, None, opt=True, basis="prior level"),
    m("days|streak", 2, "days", SB7, None, opt=True, basis="連續兩日回落"),
], [])


# zh08: a Macau casino operator's first-quarter results with its two flagship properties (經濟通 《經濟通通訊社9日專訊》 on
# an etnet warrant-news page, 202.62.215.11; Traditional, half-width commas and brackets, the full-width decimal point ﹒
# in every decimal figure, the hard line wraps (one of them before a comma) and the reporter tag "(hp)" as printed; no
# headline in the stored text, none composed; the trailing poll line "【你點睇?】《施政報告》提出醫療改革,…► 立即投票" left
# out; whole stored item otherwise).
# Key: 澳博's attributable loss 7400萬元 (prior loss 8﹒69億元); 博彩淨收益 64﹒64億元 (+74﹒5% yoy); adjusted EBITDA 8﹒64億元
# (prior 3100萬元, +26﹒87倍 -> 2687 %); adjusted EBITDA margin 12﹒5% (prior 0﹒8%); 上葡京 gross revenue 14﹒18億元, gaming
# 11﹒11億元 (prior 3﹒1億元, +2﹒58倍 -> 258 %), non-gaming 3﹒07億元 (prior 1﹒64億元, +87﹒2%), property EBITDA 8800萬元
# (prior 負2﹒3億元); 新葡京 gross revenue 19﹒58億元, gaming 18﹒77億元 (prior 9﹒28億元, +1﹒02倍 -> 102 %), non-gaming
# 8100萬元 (prior 6400萬元, +26﹒56%), property EBITDA 5﹒35億元 (prior 1﹒56億元, +2﹒43倍 -> 243 %).
# Optional: each year-earlier level as a row of its own (2023Q1): 8﹒69億元 loss, 3100萬元, 0﹒8%, 3﹒1億元, 1﹒64億元, 負2﹒3億元,
# 9﹒28億元, 6400萬元, 1﹒56億元.
# Judgement calls: 2024Q1 from the printed "截至2024年3月31日止三個月" (首季), 2023Q1 for 去年同期; losses are negative
# profit rows (虧損, 負2﹒3億元); "升26﹒87倍" etc. are growth rows in % (X倍 -> X*100); the two properties are entities with
# 澳博 as alias; bare 元 = HKD (a Hong Kong-listed issuer in a Hong Kong wire).
SJM8 = "澳博|澳博控股|SJM|SJM Holdings|SJM Resorts|00880|880"
GLP8 = "上葡京|Grand Lisboa Palace|" + SJM8
GL8 = "新葡京|Grand Lisboa|" + SJM8
Q8, P8 = "2024Q1", "2023Q1"
NP8 = "net_profit|net_loss|profit_attributable|net_income|attributable_loss"
AE8 = "adjusted_ebitda|ebitda"
PE8 = "adjusted_property_ebitda|property_ebitda|adjusted_ebitda|ebitda"
GR8 = "gross_revenue|revenue"
GG8 = "gross_gaming_revenue|gaming_revenue|ggr"
NG8 = "non_gaming_revenue|non-gaming_revenue"
G["zh08"] = ([
    m(NP8, -7.4e7, "HKD", SJM8, Q8, prior=-8.69e8, basis="公司擁有人應佔虧損, 首季"),
    m(NP8, -8.69e8, "HKD", SJM8, P8, opt=True, basis="去年同期 虧損 (prior level)"),
    m("net_gaming_revenue|gaming_revenue|revenue", 6.464e9, "HKD", SJM8, Q8, basis="博彩淨收益"),
    m("net_gaming_revenue_growth|gaming_revenue_growth|revenue_growth", 74.5, "%", SJM8, Q8, basis="yoy, 按年升"),
    m(AE8, 8.64e8, "HKD", SJM8, Q8, prior=3.1e7, basis="經調整EBITDA"),
    m(AE8, 3.1e7, "HKD", SJM8, P8, opt=True, basis="去年同期 (prior level)"),
    m("adjusted_ebitda_growth|ebitda_growth", 2687, "%", SJM8, Q8, basis="升26﹒87倍 (26.87 times), yoy"),
    m("adjusted_ebitda_margin|ebitda_margin", 12.5, "%", SJM8, Q8, prior=0.8, basis="經調整EBITDA率"),
    m("adjusted_ebitda_margin|ebitda_margin", 0.8, "%", SJM8, P8, opt=True, basis="去年同期 (prior level)"),
    m(GR8, 1.418e9, "HKD", GLP8, Q8, basis="上葡京 毛收益"),
    m(GG8, 1.111e9, "HKD", GLP8, Q8, prior=3.1e8, basis="上葡京 博彩毛收益"),
    m(GG8, 3.1e8, "HKD", GLP8, P8, opt=True, basis="去年同期 (prior level)"),
    m(NG8, 3.07e8, "HKD", GLP8, Q8, prior=1.64e8, basis="上葡京 非博彩收益"),
    m(NG8, 1.64e8, "HKD", GLP8, P8, opt=True, basis="去年同期 (prior level)"),
    m("gross_gaming_revenue_growth|gaming_revenue_growth|revenue_growth", 258, "%", GLP8, Q8,
      basis="升2﹒58倍 (2.58 times), yoy"),
    m("non_gaming_revenue_growth|revenue_growth", 87.2, "%", GLP8, Q8, basis="yoy, 升"),
    m(PE8, 8.8e7, "HKD", GLP8, Q8, prior=-2.3e8, basis="上葡京 經調整物業EBITDA"),
    m(PE8, -2.3e8, "HKD", GLP8, P8, opt=True, basis="去年同期 負2﹒3億元 (prior level)"),
    m(GR8, 1.958e9, "HKD", GL8, Q8, basis="新葡京 毛收益, 首季"),
    m(GG8, 1.877e9, "HKD", GL8, Q8, prior=9.28e8, basis="新葡京 博彩毛收益"),
    m(GG8, 9.28e8, "HKD", GL8, P8, opt=True, basis="去年同期 (prior level)"),
    m(NG8, 8.1e7, "HKD", GL8, Q8, prior=6.4e7, basis="新葡京 非博彩收益"),
    m(NG8, 6.4e7, "HKD", GL8, P8, opt=True, basis="去年同期 (prior level)"),
    m("gross_gaming_revenue_growth|gaming_revenue_growth|revenue_growth", 102, "%", GL8, Q8,
      basis="升1﹒02倍 (1.02 times), yoy"),
    m("non_gaming_revenue_growth|revenue_growth", 26.56, "%", GL8, Q8, basis="yoy, 升"),
    m(PE8, 5.35e8, "HKD", GL8, Q8, prior=1.56e8, basis="新葡京 經調整物業EBITDA"),
    m(PE8, 1.56e8, "HKD", GL8, P8, opt=True, basis="去年同期 (prior level)"),
    m("adjusted_property_ebitda_growth|property_ebitda_growth|ebitda_growth", 243, "%", GL8, Q8,
      basis="按年升2﹒43倍 (2.43 times)"),
], [])


# zh09: Taiwan foreign investors' weekly net selling with the index's week, the top sold and bought stocks and the
# year-to-date tally (中央社 on 聯合新聞網 udn.com; Traditional, full-width punctuation and the credit "中央社／ 台北17日電"
# (with its space) as printed; no headline in the stored text, none composed; the photo caption that repeats the lead
# ("台股上週下跌253.91點或0.92%，集中市場指數14日收在27397.50點。台股示意圖。中央社"; its figures dropped as the twin of the
# lead) left out; whole stored item otherwise).
# Key: 集中市場指數 close 27397.50 on the 14th, the week -253.91 points and -0.92%; foreign net selling 981.78億元 for the
# week; per-stock foreign net selling 長榮航 7萬6350張, 台新新光金 6萬2223張, 中石化 5萬6647張, 鴻海 5萬4683張, 台積電 3萬6241張;
# net buying 力積電 9萬459張, 三商壽 6萬9261張, 南亞 6萬7379張; year-to-date foreign net selling 3766.63億元; foreign holdings'
# market value 42兆112億元, 47.45% of the listed market.
# Optional: 連續第6週 (weeks); 鴻海's 第4 and 台積電's 第7 (ranks).
# Judgement calls: net selling is a negative net_buy (TWD for amounts, "lots" for 張; news19 zh12); period
# None (14日, 今年初至11月14日 with no year printed; the CNA dateline 17日 has no year); the 前3名 lists give no rank rows (a
# list length), only the printed 排第4 / 排第7 ranks are optional rows; 權值雙雄 is not a figure.
TW9 = "集中市場指數|集中市場|加權指數|台股|台灣加權股價指數|TAIEX|Taiwan Weighted Index"
FI9 = "外資|外資及陸資|foreign investors|foreign institutional investors"
NB9 = "net_buy|net_inflow|fund_flow|foreign_net_buy"
SNB9 = "foreign_net_buy|net_buy|foreign_net_sell"
D9 = "上週 (week to 14日), no year printed"
G["zh09"] = ([
    m("index_level|index_close", 27397.50, "points", TW9, None, basis="14日 close"),
    m("index_change", -253.91, "points", TW9, None, basis="下跌, " + D9),
    m("index_change_pct|price_change|percent_change|index_change", -0.92, "%", TW9, None, basis="下跌, " + D9),
    m(NB9, -9.8178e10, "TWD", FI9, None, basis="賣超新台幣981.78億元, 集中市場, " + D9),
    m("streak|weeks", 6, "weeks", FI9, None, opt=True, basis="連續第6週賣超"),
    m(SNB9, -76350, "lots", "長榮航|長榮航空|EVA Air|EVA Airways|2618", None, basis="外資賣超, 張, " + D9),
    m(SNB9, -62223, "lots", "台新新光金|台新新光金控|台新金|Taishin Financial|2887", None, basis="外資賣超, 張, " + D9),
    m(SNB9, -56647, "lots", "中石化|中國石油化學工業開發|China Petrochemical Development|CPDC|1314", None,
      basis="外資賣超, 張, " + D9),
    m(SNB9, -54683, "lots", "鴻海|鴻海精密|Hon Hai|Foxconn|2317", None, basis="被賣超, 張, " + D9),
    m("rank|net_sell_rank", 4, "rank", "鴻海|鴻海精密|Hon Hai|Foxconn|2317", None, opt=True, basis="排第4 on the sell list"),
    m(SNB9, -36241, "lots", "台積電|台灣積體電路|TSMC|2330", None, basis="遭外資賣超, 張, " + D9),
    m("rank|net_sell_rank", 7, "rank", "台積電|台灣積體電路|TSMC|2330", None, opt=True, basis="排第7 on the sell list"),
    m(SNB9, 90459, "lots", "力積電|力晶積成電子|PSMC|Powerchip|6770", None, basis="外資買超, 張, " + D9),
    m(SNB9, 69261, "lots", "三商壽|三商美邦人壽|Mercuries Life|2867", None, basis="外資買超, 張, " + D9),
    m(SNB9, 67379, "lots", "南亞|南亞塑膠|Nan Ya Plastics|1303", None, basis="外資買超, 張, " + D9),
    m(NB9, -3.76663e11, "TWD", FI9, None, basis="累計賣超, 今年初至11月14日 (year to date, no year printed)"),
    m("foreign_holdings_value|holdings_market_value|market_value", 4.20112e13, "TWD", FI9, None,
      basis="外資總持有股票市值, 42兆112億元, as of 11月14日"),
    m("foreign_ownership_share|foreign_holding_ratio|share", 47.45, "%", FI9, None,
      basis="share of the whole listed market value (占全體上市股票市值比重)"),
], [])


# zh10: a Taiwan foundry's second-quarter results at its investor conference, the stock's jump the next morning and
# analysts' third-quarter estimates (理財周刊 moneyweekly.com.tw; Traditional, half-width punctuation, the stray spaces in
# "每股稅後純益 1.11 元" and "22/28 奈米", the day notes "昨(7/31)日" / "今(8/1)日" and the odd "較季增2.6%" as printed; no
# headline in the stored text, none composed; the stored text breaks off inside "聯電今年資本支出維持33億美元,新加坡12i P3
# 新廠預計2026年1月開始試產,同年下" (cut mid-sentence; its 33, 12, 3, 2026 and 1 dropped), so the passage ends with the
# paragraph before it).
# Key: Q2 gross margin 35.2% (lead); Q2 EPS 1.11元 (lead); Q2 revenue 567.99億元 (+4% qoq, +0.9% yoy); gross margin +4.3 pp
# qoq, -0.8 pp yoy, above the 30% guidance; operating margin 24.5% (+3.1 pp qoq, -3.3 pp yoy); net profit 137.9億元
# (+31.8% qoq); H1 revenue 1,114.31億元 (+0.8%), gross margin 33.1% (-2.6 pp), operating margin 22.9% (-4.3 pp), net profit
# 242.42億元 (-23.8%), EPS 1.95元; Q2 wafer shipments +2.6% qoq and utilisation 68%; analysts' Q3 estimates: shipments
# +4-6% qoq, utilisation 7成 (70 %), gross margin 34-36%.
# Optional: the second printings of 35.2% and 1.11元 (twins); the morning's open-price jump to 53.9元, +3.5元 and 將近7%
# (intraday, at the open); volume 飆破10萬張 (bound) and 亞軍 (rank 2); 近三季新高 (quarters); ASP 持平 as a 0 % row.
# Judgement calls: no year is printed -> "Q2" / "H1" / "Q3" (as news55 zh07's "Q3"); the 30% "財測" is the company's own
# gross-margin guidance for Q2, a key level row; the Q3 figures are attributed to 法人 (analysts) and carry "forecast" in
# basis; "4-6%" and "34-36%" are closed ranges; margin changes in 個百分點 are pp rows; the morning move is an intraday
# move (dev convention, optional). Not labelled: 22/28 奈米 (process nodes), 旺宏's code.
UMC10 = "聯電|聯華電子|UMC|United Microelectronics|2303"
GM10, OM10 = "gross_margin", "operating_margin|operating_profit_margin"
GMC10, OMC10 = "gross_margin_change", "operating_margin_change|operating_profit_margin_change"
NP10 = "net_profit|net_income|profit_after_tax"
G["zh10"] = ([
    m(GM10, 35.2, "%", UMC10, "Q2", basis="單季, beat expectations (lead)"),
    m(GM10, 35.2, "%", UMC10, "Q2", opt=True, basis="second printing"),
    m("eps", 1.11, "TWD", UMC10, "Q2", basis="每股稅後純益 (lead), 同期第三高"),
    m("eps", 1.11, "TWD", UMC10, "Q2", opt=True, basis="second printing, beat estimates"),
    m("price|share_price|open", 53.9, "TWD", UMC10, None, opt=True, basis="今(8/1)日 at the open (intraday)"),
    m("price_change", 3.5, "TWD", UMC10, None, opt=True, basis="飆漲, at the open (intraday)"),
    m("price_change", 7, "%", UMC10, None, opt=True, basis="漲幅將近7%, at the open (intraday)"),
    m("trading_volume|volume", None, "lots", UMC10, None, rng=(1e5, None), opt=True, basis="成交量飆破10萬張"),
    m("rank|volume_rank", 2, "rank", UMC10, None, opt=True, basis="台上市櫃個股亞軍 by volume"),
    m("revenue", 5.6799e10, "TWD", UMC10, "Q2", basis="營收"),
    m("revenue_growth|revenue_growth_qoq", 4, "%", UMC10, "Q2", basis="qoq, 季增"),
    m("revenue_growth|revenue_growth_yoy", 0.9, "%", UMC10, "Q2", basis="yoy, 年增"),
    m(GMC10, 4.3, "pp", UMC10, "Q2", basis="qoq, 季增"),
    m(GMC10, -0.8, "pp", UMC10, "Q2", basis="yoy, 年減"),
    m("gross_margin_guidance|guidance|gross_margin", 30, "%", UMC10, "Q2", basis="財測 (company guidance), exceeded"),
    m("quarters|period_length", 3, "quarters", UMC10, None, opt=True, basis="近三季新高"),
    m(OM10, 24.5, "%", UMC10, "Q2", basis="營益率"),
    m(OMC10, 3.1, "pp", UMC10, "Q2", basis="qoq, 季增"),
    m(OMC10, -3.3, "pp", UMC10, "Q2", basis="yoy, 年減"),
    m(NP10, 1.379e10, "TWD", UMC10, "Q2", basis="稅後淨利"),
    m("net_profit_growth|net_income_growth", 31.8, "%", UMC10, "Q2", basis="qoq, 季增"),
    m("revenue", 1.11431e11, "TWD", UMC10, "H1", basis="上半年 營收"),
    m("revenue_growth|revenue_growth_yoy", 0.8, "%", UMC10, "H1", basis="yoy, 年增"),
    m(GM10, 33.1, "%", UMC10, "H1"),
    m(GMC10, -2.6, "pp", UMC10, "H1", basis="yoy, 年減"),
    m(OM10, 22.9, "%", UMC10, "H1"),
    m(OMC10, -4.3, "pp", UMC10, "H1", basis="yoy, 年減"),
    m(NP10, 2.4242e10, "TWD", UMC10, "H1", basis="稅後純益"),
    m("net_profit_growth|net_income_growth", -23.8, "%", UMC10, "H1", basis="yoy, 年減"),
    m("eps", 1.95, "TWD", UMC10, "H1", basis="每股稅後純益"),
    m("wafer_shipments_growth|shipment_growth|shipments_growth", 2.6, "%", UMC10, "Q2", basis="qoq (較季增)"),
    m("utilization_rate|capacity_utilization|utilisation_rate", 68, "%", UMC10, "Q2", basis="提升至"),
    m("wafer_shipments_growth|shipment_growth|shipments_growth", None, "%", UMC10, "Q3", rng=(4, 6),
      basis="qoq, forecast (法人估)"),
    m("utilization_rate|capacity_utilization|utilisation_rate", 70, "%", UMC10, "Q3", basis="達7成, forecast (法人估)"),
    m("asp_change|average_selling_price_change", 0, "%", UMC10, "Q3", opt=True,
      basis="平均售價(ASP)持平 (flat; no figure printed), forecast"),
    m(GM10, None, "%", UMC10, "Q3", rng=(34, 36), basis="維持34-36%, forecast (法人估)"),
], [])


# zh11: Taiwan's central bank discloses its first-half net dollar purchases, against earlier years and the US Treasury's
# criteria (自由時報 ec.ltn.com.tw 自由財經; Traditional, full-width punctuation, the byline "〔記者陳梅英／台北報導〕", the
# quoted 「3中2」, "8個月（含）以上" and the stray spaces in "下跌 10.70%", "9.63% ，" and "上漲 1.77%" as printed; no headline
# in the stored text (the photo caption "央行阻升！上半年淨買匯132.5億美元。（記者陳梅英攝）" and the page's date line are
# left out, the caption's 132.5 dropped as a twin of the lead), none composed; the "請繼續往下閱讀..." line left out; the
# stored text breaks off inside "惟今年截至10月20日，新台幣仍升值6.95%，…小於歐元、韓" (cut mid-sentence; its 10, 20, 6.95
# and 5 dropped), so the passage ends with the paragraph before it).
# Key: the TWD's first-half rise of 2.879元 against the dollar; net purchases 132.5億美元 in 2025H1; net sales 73.5億美元 in
# 2024H2; 391億美元 (2020), 91.2億美元 (2021), net sales 164億美元 (2024); DXY -10.70% and TWD +9.63% in 2025H1; DXY +1.77%
# and TWD -2.44% from July to 10月20日.
# Optional: the second 132.5億美元 (twin); 38年, 連3年 (twice), the Treasury's 3項 criteria, the 逾2% GDP threshold, 12個月 and
# 8個月.
# Judgement calls: net purchases are positive and net sales negative rows of one metric on the central bank; the TWD's
# 2.879元 rise is an exchange-rate change in TWD per USD (positive: the TWD stronger; news23 zh12 labels a weaker TWD negative);
# the periods follow from "從2022年起，連續3年轉為淨賣匯，去年淨賣匯164億美元" (去年 = 2024, 今年 = 2025), so 上半年 ->
# 2025H1, 去年下半年 -> 2024H2 and "今年7月迄今截至10月20日止" -> 2025-07-01..2025-10-20; 「3中2」 gives no row.
CBC11 = "中央銀行|央行|Central Bank of the Republic of China|Taiwan central bank|CBC"
TWD11 = "新台幣|新台幣兌美元|新台幣匯率|TWD|New Taiwan dollar|NT dollar"
DXY11 = "美元指數|DXY|US dollar index|dollar index"
UST11 = "美國財政部|美財政部|US Treasury|Treasury"
FX11 = "net_fx_purchases|fx_intervention|net_fx_buying|net_purchases|fx_purchases|net_buy"
PCT11 = "percent_change|exchange_rate_change|index_change|price_change|change"
JO11 = "2025-07-01..2025-10-20"
G["zh11"] = ([
    m("exchange_rate_change|fx_change|exchange_rate", 2.879, "TWD", TWD11, "2025H1",
      basis="TWD per USD, 飆升 (TWD stronger), a 38-year record"),
    m("years|period_length", 38, "years", TWD11, None, opt=True, basis="38年歷史紀錄"),
    m(FX11, 1.325e10, "USD", CBC11, "2025H1", basis="上半年淨買匯"),
    m(FX11, 1.325e10, "USD", CBC11, "2025H1", opt=True, basis="second printing (累計買匯)"),
    m("years|streak", 3, "years", CBC11, None, opt=True, basis="結束連3年的淨賣匯"),
    m("criteria|count", 3, "count", UST11, None, opt=True, basis="3項檢視標準"),
    m("net_fx_purchases_to_gdp|threshold|ratio", None, "%", UST11, None, rng=(2, None), opt=True,
      basis="第三項: 淨買匯金額對GDP比率逾2% (criterion)"),
    m("months|period_length", 12, "months", UST11, None, opt=True, basis="12個月中 (criterion)"),
    m("months|period_length", 8, "months", UST11, None, opt=True, basis="8個月（含）以上 (criterion)"),
    m(FX11, -7.35e9, "USD", CBC11, "2024H2", basis="去年下半年 淨賣匯"),
    m(FX11, 3.91e10, "USD", CBC11, "FY2020", basis="淨買匯達"),
    m(FX11, 9.12e9, "USD", CBC11, "FY2021", basis="淨買匯縮小至"),
    m("years|streak", 3, "years", CBC11, None, opt=True, basis="從2022年起連續3年淨賣匯"),
    m(FX11, -1.64e10, "USD", CBC11, "FY2024", basis="去年淨賣匯"),
    m(PCT11, -10.70, "%", DXY11, "2025H1", basis="上半年, 下跌"),
    m(PCT11 + "|appreciation", 9.63, "%", TWD11, "2025H1", basis="against the USD, 升值"),
    m(PCT11, 1.77, "%", DXY11, JO11, basis="今年7月迄今截至10月20日止, 小幅上漲"),
    m(PCT11 + "|depreciation", -2.44, "%", TWD11, JO11, basis="against the USD, 貶值, 7月至10月20日"),
], [])


# zh12: gold's new record with Hong Kong jewellery prices and silver (am730 財經; Traditional, full-width punctuation, the
# thousands commas in 4,420 / 4,400 / 4,418 and the 両 character as printed; the page's date line " date 2025-12-23" left
# out (not used); no headline in the stored text, none composed; whole stored item).
# Key: spot gold's record intraday peak 4,420美元 per ounce; +68.5% this year (from the peak); 本港飾金 near 4.9萬元 per 両;
# a broker's 一成 (+10 %) potential rise next year; spot gold 4,418美元 (+1.8%) at 9 p.m.; the jewellery buying price 約3.9萬元
# per 両; silver's peak 69.45美元 per ounce and +1.4倍 (140 %) this year.
# Optional: the 4,400美元 threshold (升穿, bound); 連升3年, 46年來, 兩個月; the 5萬 level approached (逼近); the second
# 每両約4.9萬元 (twin).
# Judgement calls: the peak 4,420美元 is the record the lead is about and the level on which the printed 68.5% is computed
# ("以高位計"), so it is key although intraday (a close-like 4,418美元 is also printed and is key); silver's 69.45美元 is its
# only printed level (news51 zh08); prices per 安士 / 両 are USD / HKD with the weight in basis; "升近每両4.9萬元" is the
# selling price near 4.9萬元 (近X -> X) and the later "每両約4.9萬元" its twin; the 大行's 一成 is a forecast row (no rating
# action); no year printed (昨日, 今年, 明年) -> None. Not labelled: 1979年 (a reference year), 9時 (a time).
SG12 = "國際現貨金價|現貨金價|現貨金|國際金價|金價|spot gold|gold|黃金"
GJ12 = "本港飾金價|本港飾金|飾金價|飾金|Hong Kong gold jewellery|gold jewellery"
SS12 = "現貨白銀|白銀|spot silver|silver"
PR12 = "price|gold_price|commodity_price"
PC12 = "price_change|percent_change|change|ytd_change"
G["zh12"] = ([
    m(PR12, 4420, "USD", SG12, None, basis="昨日 一度高見 per ounce (安士); record (intraday peak)"),
    m(PR12, None, "USD", SG12, None, rng=(4400, None), opt=True, basis="首次升穿4,400美元關 (threshold)"),
    m("months|period_length", 2, "months", SG12, None, opt=True, basis="反覆兩個月後再度破頂"),
    m(PC12, 68.5, "%", SG12, None, basis="今年 (year to date), 以高位計, 累飆"),
    m("years|streak", 3, "years", SG12, None, opt=True, basis="連升3年"),
    m("years|period_length", 46, "years", SG12, None, opt=True, basis="1979年以後46年來最好"),
    m("selling_price|" + PR12, 49000, "HKD", GJ12, None, basis="升近每両4.9萬元, per 両 (tael)"),
    m("selling_price|" + PR12, 50000, "HKD", GJ12, None, opt=True, basis="逼近5萬大關 (level approached)"),
    m("price_forecast|forecast_change|price_change", 10, "%", SG12, None,
      basis="明年 potential rise 一成, a broker's forecast (有大行預期)"),
    m(PR12, 4418, "USD", SG12, None, basis="per ounce, as of 本港時間昨晚9時"),
    m(PC12, 1.8, "%", SG12, None, basis="as of 昨晚9時, 升"),
    m("selling_price|" + PR12, 49000, "HKD", GJ12, None, opt=True, basis="second printing, 每両約4.9萬元"),
    m("buying_price|" + PR12, 39000, "HKD", GJ12, None, basis="買入價 每両約3.9萬元"),
    m(PR12, 69.45, "USD", SS12, None, basis="昨日 高見 per ounce; silver's only printed level"),
    m(PC12, 140, "%", SS12, None, basis="今年累計大升1.4倍 (year to date)"),
], [])
