# Hand labels for news37/zh, batch b (zh07-zh12; all six Traditional: five Hong Kong, one Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: the development corpus's README and scorer
# (score.py) and the "Conventions decided" sections of news35/zh and news36/zh (with the top comments of their labels files).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 = HKD (zh09, zh10, zh12 and zh07's share price);
# explicit 美元 -> USD (zh07 results, zh08 targets of US-listed ADRs), 港元 -> HKD (zh07 dividend); the Taiwan item's
# 億元 / 元 are TWD (Taipei byline, 新台幣 printed with the August revenue and the guidance) (zh11). Values fully scaled (28.38億美元 -> 2.838e9; 337億元 -> 3.37e10;
# 3181億元 -> 3.181e11; 9280萬元 -> 9.28e7; 6467.81億元 -> 6.46781e11; 一萬元 -> 10000). 約X / 近X -> X; 逾X / 超過X -> an
# open bound, optional unless it is the only figure for a core quantity; 最多X -> rng=(None, X); 介乎A至B -> rng=(A, B);
# 升 / 抽高X倍 = X x 100 % with the X-times reading an optional row (news33 / news35 / news36); 一成 = 10 %, 三成 = 30 %,
# 四成 = 40 %. Declines negative (下跌, 跌, 倒退, 衰退, 下調); % vs 個百分點 (pp) as printed; full-width 1﹒1% read as 1.1.
# Periods only from the text: zh07 "上半年" / "第二季" / "首季" without the current year -> "H1" / "Q2" / "Q1"; zh10 prints
# "2022年全年" beside "去年12月" / "去年第四季", which places the month and quarter in 2022 -> 2022-12, 2022-11, 2022Q4,
# FY2022; zh11 "第3季" without a year -> "Q3", its months (8月, 7月, 1到8月) have no year -> None with the month in basis;
# zh08, zh09 and zh12 print no year ("11月17日(週二)", "1時58分", "昨日", "周五(17日)") -> None. URL dates, page metadata
# and the writer's knowledge are never used.
# A figure printed twice (headline / sub-heading and body, lead and detail paragraph, release and spokesman) is one row;
# a rounded sub-heading version of a body figure is optional. Market consensus figures ("市場預期", "市場預估") are optional
# rows. Broker targets are also target_price metric rows besides the rating actions; an earlier target printed beside
# the new one is the prior and an optional row of its own (news33 / news34). Entities list names as printed plus
# Traditional / Simplified / English forms and stock codes.


# zh07: Hong Kong-listed insurer's interim results: AIA (友邦保險, 1299), first half, no current year printed (明報 pns,
# headline, byline and the three sub-headings kept as printed; the passage stops after the first paragraph of the Hong
# Kong section, where the stored text breaks off mid-sentence in the next one).
# Key: NBV 28.38億美元 (+14% CER, headline repeat); China NBV 7.43億美元 (-4%, sub-heading repeat); ANP 49.2億美元 (+8%);
# NBV margin 57.7% (+3.4 pp); net profit 25.34億美元 (-24%); interim DPS 0.49港元 (+10.11%); share price -0.88% and close
# 73.45元; the long-term investment-return assumption cut 0.8 pp; China NBV +10% excl. assumption changes, Q2 +15%, Q1 +8%;
# China ANP 12.68億美元 (-7%); China NBV margin 58.6% (+1.9 pp); the 2025-2030 NBV CAGR target 40%; Hong Kong NBV 10.63億美元
# (+24%).
# Optional: the market expectation 27.79億美元; the sub-heading's 一成 (a rounded 10.11%); the pre-pandemic 逾三成; the 9
# provinces; the past-4-years CAGR 逾四成; the regulator's 6% cap on illustrated rates.
# Judgement calls: China and Hong Kong rows take the business as entity with AIA as alias; "撇除經濟假設變動" growth rates
# (+10%, Q2 +15%, Q1 +8%) are China NBV growth with the basis noted, the -4% headline decline is after the assumption
# change; the assumption cut is a pp change with period None (done "去年底"); the share-price rows take period None (the
# results day is not dated); the CAGR target carries its years in basis (period None). Not labelled: 1299 (code), the
# years 2019 / 2020 / 2022 / 2025 / 2030 as such, 一至兩個 (provinces a year), 過去4年 (window), 7月 / 6月底 (dates), 表1.
AIA = "友邦保險|友邦|友邦保險控股|AIA|AIA Group|1299|01299"
CN7 = "內地業務|友邦中國|友邦保險中國|AIA China|內地|" + AIA
HK7 = "香港業務|友邦香港|友邦保險香港|AIA Hong Kong|" + AIA
NBV = "nbv|new_business_value|vnb|value_of_new_business"
NBVG = "nbv_growth|new_business_value_growth|vnb_growth"
ANP = "anp|annualised_new_premium|annualized_new_premium"
ANPG = "anp_growth|annualised_new_premium_growth|annualized_new_premium_growth"
NBVM = "nbv_margin|vnb_margin|new_business_value_margin"
NBVMC = "nbv_margin_change|vnb_margin_change|new_business_value_margin_change"
H = "H1"
G["zh07"] = ([
    m(NBV, 2.838e9, "USD", AIA, H),
    m(NBV + "|nbv_consensus", 2.779e9, "USD", AIA, H, opt=True, basis="market expectation (市場預期)"),
    m(NBVG, 14, "%", AIA, H, basis="yoy, constant exchange rates; headline repeats"),
    m(NBVG, -4, "%", CN7, H, basis="yoy, after economic-assumption changes; sub-heading repeats"),
    m(NBV, 7.43e8, "USD", CN7, H),
    m(ANP, 4.92e9, "USD", AIA, H, basis="constant exchange rates"),
    m(ANPG, 8, "%", AIA, H, basis="yoy"),
    m(NBVM, 57.7, "%", AIA, H),
    m(NBVMC, 3.4, "pp", AIA, H, basis="yoy"),
    m("net_profit", 2.534e9, "USD", AIA, H, basis="incl. short-term investment variances"),
    m("net_profit_growth", -24, "%", AIA, H, basis="yoy"),
    m("dividend|interim_dividend|dps", 0.49, "HKD", AIA, H, basis="interim, per share; sub-heading repeats 0.49元"),
    m("dividend_growth|dps_growth", 10.11, "%", AIA, H, basis="yoy"),
    m("dividend_growth|dps_growth", 10, "%", AIA, H, opt=True, basis="sub-heading 增一成 (rounded 10.11%)"),
    m("price_change|share_price_change", -0.88, "%", AIA, None, basis="results day, full day"),
    m("price|share_price", 73.45, "HKD", AIA, None, basis="close, results day"),
    m("investment_return_assumption_change|assumption_change", -0.8, "pp", AIA, None,
      basis="long-term investment return assumption, cut at end of last year"),
    m(NBVG, 10, "%", CN7, H, basis="yoy, excl. economic-assumption changes"),
    m(NBVG, 15, "%", CN7, "Q2", basis="yoy, excl. economic-assumption changes"),
    m(NBVG, 8, "%", CN7, "Q1", basis="yoy, first quarter (首季)"),
    m(NBVG, None, "%", CN7, None, rng=(30, None), opt=True, basis="pre-pandemic growth 逾三成"),
    m(ANPG, -7, "%", CN7, H, basis="yoy"),
    m(ANP, 1.268e9, "USD", CN7, H),
    m(NBVM, 58.6, "%", CN7, H, basis="incl. economic-assumption changes"),
    m(NBVMC, 1.9, "pp", CN7, H, basis="yoy"),
    m("provinces|regions", 9, "provinces", AIA, None, opt=True, basis="內地9個省市 approved since 2019"),
    m("nbv_cagr_target|nbv_growth_target|cagr_target", 40, "%", "新拓展地區|相關地區|new provinces|" + AIA, None,
      basis="target NBV CAGR 2025-2030"),
    m("nbv_cagr|cagr", None, "%", "浙江、山東、安徽及重慶|" + AIA, None, rng=(40, None), opt=True,
      basis="past 4 years, 逾四成"),
    m(NBVG, 24, "%", HK7, H, basis="yoy; sub-heading repeats"),
    m(NBV, 1.063e9, "USD", HK7, H),
    m("illustration_rate_cap|rate_cap", None, "%", "港元分紅保單|保監局|Insurance Authority", None, rng=(None, 6),
      opt=True, basis="regulatory cap on illustrated rates from July (不得高於6%)"),
], [])


# zh08: 大行 note on Chinese EV stocks with rating upgrades and target raises: 花旗 (Jeff Chung) on 理想 and 小鵬, 大摩 on
# 小鵬, 中金 on 理想, with the US pre-market moves (智通財經 copy on hk.investing.com; whole short item; the source's 爲 and
# curly quotes kept; no year printed -> period None).
# Key: pre-market moves 理想 +5.77%, 蔚來 +2.22%, 小鵬 +5.02%; targets 45.60美元 (理想, 花旗, from 27.1美元), 57.71美元
# (小鵬, 花旗, from 34.70美元), 43美元 (小鵬, 大摩), 40美元 (理想, 中金) and 中金's +86% raise.
# Optional: the previous targets 27.1 / 34.70美元 as rows of their own; "漲幅超過68%" as a lower bound.
# Rating actions (USD): 花旗 upgrade 理想 hold -> buy (45.60, prior 27.1); 花旗 raise_target 小鵬, buy maintained (57.71,
# prior 34.70); 大摩 upgrade 小鵬 to buy (43; prior rating and target not printed); 中金 raise_target 理想 to 40 with no
# rating printed (rating None, as the corpus's 瑞銀 / 藥明 row).
# Judgement calls: the targets are of the US listings (LI.US / XPEV.US) in USD; "漲幅超過68%" describes the target raise
# (45.60 vs 27.1), not a share move; "上調86%至40美元" is a key target_price_change row. Not labelled: 11月17日, 17:22.
LI8 = "理想汽車|理想|Li Auto|LI.US|2015|02015"
NIO8 = "蔚來汽車|蔚來|NIO|NIO.US|9866|09866"
XP8 = "小鵬汽車|小鵬|XPeng|XPEV|XPEV.US|9868|09868"
CITI8 = "花旗|花旗銀行|Citi|Citigroup|Citibank"
MS8 = "大摩|摩根士丹利|Morgan Stanley"
CICC8 = "中金|中金公司|CICC|China International Capital"
PM = "US pre-market, as of 17:22 Beijing time"
G["zh08"] = ([
    m("price_change", 5.77, "%", LI8, None, basis=PM),
    m("price_change", 2.22, "%", NIO8, None, basis=PM),
    m("price_change", 5.02, "%", XP8, None, basis=PM),
    m("target_price", 45.60, "USD", LI8, None, prior=27.1, basis="花旗 (Jeff Chung)"),
    m("target_price", 27.1, "USD", LI8, None, opt=True, basis="花旗 previous target"),
    m("target_price_change", None, "%", LI8, None, rng=(68, None), opt=True, basis="漲幅超過68% (花旗)"),
    m("target_price", 57.71, "USD", XP8, None, prior=34.70, basis="花旗"),
    m("target_price", 34.70, "USD", XP8, None, opt=True, basis="花旗 previous target"),
    m("target_price", 43, "USD", XP8, None, basis="大摩"),
    m("target_price_change", 86, "%", LI8, None, basis="中金"),
    m("target_price", 40, "USD", LI8, None, basis="中金"),
], [
    ra(CITI8, LI8, "upgrade", "buy", "hold", 45.60, 27.1, "USD"),
    ra(CITI8, XP8, "raise_target", "buy", None, 57.71, 34.70, "USD"),
    ra(MS8, XP8, "upgrade", "buy", None, 43, None, "USD"),
    ra(CICC8, LI8, "raise_target", None, None, 40, None, "USD"),
])


# zh09: 港股 midday report with per-stock short selling (信報 hkej instant news; whole short item; the stored text prints
# no headline (the address carries one), none composed; no date or year -> period None).
# Key: HSI midday 24560 (+554 points, +2.3%); HSI at 1:58 pm 24596 (+590 points); 國指 9908 (+235); half-day short selling
# 77.03億元 and ratio 9.5%; Dow futures 24243 (+836); 騰訊 short selling 9.68億元 / 12.7% / 414.6元 / +1.9%; 平保 8.15億元 /
# 44.2% / 78.75元 / +3.4%; 國壽 +5.3%; 吉利 +6.7%.
# Optional: the afternoon "超過600點" (lower bound, intraday) and the morning high 24666.
# Judgement calls: the timed reading "截至1時58分" is key beside the midday close (news35 zh12); "沽空比率達44.2%" -> 44.2;
# the Dow futures level printed without 點 takes "points"; 吉利 "暫為表現最好國指成分股" carries no extra figure. Not
# labelled: stock codes, 1時58分.
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國指|國企指數|恒生中國企業指數|H股指數|HSCEI|Hang Seng China Enterprises Index"
MKT9 = "大市|港股|HK market|Main Board"
DJF9 = "道指期貨|道瓊斯指數期貨|Dow futures|Dow Jones futures"
TC9 = "騰訊|騰訊控股|Tencent|00700|700"
PA9 = "平保|中國平安|平安|Ping An|02318|2318"
CL9 = "國壽|中國人壽|China Life|02628|2628"
GE9 = "吉利|吉利汽車|Geely|Geely Auto|00175|175"
G["zh09"] = ([
    m("index_level", 24560, "points", HSI9, None, basis="midday"),
    m("index_change", 554, "points", HSI9, None, basis="morning session"),
    m("index_change", 2.3, "%", HSI9, None, basis="morning session"),
    m("index_change", None, "points", HSI9, None, rng=(600, None), opt=True, basis="afternoon intraday, 超過600點"),
    m("index_level", 24666, "points", HSI9, None, opt=True, basis="morning intraday high"),
    m("index_level", 24596, "points", HSI9, None, basis="as of 1:58 pm"),
    m("index_change", 590, "points", HSI9, None, basis="as of 1:58 pm"),
    m("index_level", 9908, "points", HSCEI9, None),
    m("index_change", 235, "points", HSCEI9, None),
    m("short_selling_turnover|short_selling_amount", 7.703e9, "HKD", MKT9, None, basis="half-day"),
    m("short_selling_ratio", 9.5, "%", MKT9, None, basis="half-day"),
    m("index_level|futures_price|futures_level", 24243, "points", DJF9, None, basis="latest"),
    m("index_change|futures_change", 836, "points", DJF9, None, basis="latest"),
    m("short_selling_turnover|short_selling_amount", 9.68e8, "HKD", TC9, None, basis="half-day"),
    m("short_selling_ratio", 12.7, "%", TC9, None, basis="half-day"),
    m("price", 414.6, "HKD", TC9, None, basis="latest"),
    m("price_change", 1.9, "%", TC9, None),
    m("short_selling_turnover|short_selling_amount", 8.15e8, "HKD", PA9, None, basis="half-day"),
    m("short_selling_ratio", 44.2, "%", PA9, None, basis="half-day, 達"),
    m("price", 78.75, "HKD", PA9, None, basis="latest"),
    m("price_change", 3.4, "%", PA9, None),
    m("price_change", 5.3, "%", CL9, None),
    m("price_change", 6.7, "%", GE9, None, basis="best-performing HSCEI constituent"),
], [])


# zh10: 統計處 retail sales release for December 2022 as reported by 經濟通 (etnet; dateline 《經濟通通訊社3日專訊》, the
# starred sub-headings, the hard line wraps and the full-width decimal points 1﹒1% kept; the passage stops after the
# list of rising categories, where the stored text breaks off inside the falling-categories sentence).
# Key: December retail sales 337億元 (+1.1% yoy, repeated by the spokesman) and volume -0.7%; November's revised -4.1% and
# -5.3%; Q4 vs Q3 seasonally adjusted value +0.9% (sub-heading repeats) and volume +1.2%; Q4 combined +0.4% yoy; 2022
# retail sales 3499億元 (-0.9% vs 2021, repeated by the spokesman) and volume -3.4%; online share 12%, online sales 40億元
# (+12.9%), November online +9.4%, 2022 online sales 346億元 (+20.8%); December by retailer type: electrical goods and other
# consumer durables +1.8%, other consumer goods +4%, food, alcoholic drinks and tobacco +4.9%, medicines and cosmetics +8.3%,
# motor vehicles and parts +7.4%, and the sub-heading's jewellery and watches -3% (its only figure).
# Optional: the market forecasts (value -2.5%, volume +0.3%).
# Judgement calls: "2022年全年" beside "去年12月" / "去年第四季" fixes the year of the month and quarter (2022); the
# spokesman's repeats of 1.1% and 0.9% are the same rows; "市場預估" figures are optional consensus rows; category rows
# take the retailer type as entity with Hong Kong as alias; the odd "去年12月與電器及…" is read as the electrical goods'
# December yoy change; the sub-heading's "首飾鐘表…跌3%" is a key row for that category (the body sentence with it lies
# beyond the cut). Not labelled: 3日 (dateline), 第五波.
HK10 = "香港|本港|Hong Kong|政府統計處|Census and Statistics Department"
RS = "retail_sales|retail_sales_value|total_retail_sales"
RSG = "retail_sales_growth|retail_sales_value_growth"
RVG = "retail_sales_volume_growth|retail_volume_growth"
ONL = "online_retail_sales|online_sales"
ONLG = "online_retail_sales_growth|online_sales_growth"
def cat10(name, v, basis="yoy, sales value by retailer type"):
    return m(RSG, v, "%", name + "|" + HK10, "2022-12", basis=basis)
G["zh10"] = ([
    m(RS, 3.37e10, "HKD", HK10, "2022-12", basis="provisional"),
    m(RSG, 1.1, "%", HK10, "2022-12", basis="yoy; repeated by the spokesman"),
    m(RSG, -4.1, "%", HK10, "2022-11", basis="yoy, revised"),
    m(RSG, -2.5, "%", HK10, "2022-12", opt=True, basis="market forecast (市場預估)"),
    m(RVG, -0.7, "%", HK10, "2022-12", basis="yoy, net of price changes"),
    m(RVG, -5.3, "%", HK10, "2022-11", basis="yoy, revised"),
    m(RVG, 0.3, "%", HK10, "2022-12", opt=True, basis="market forecast (市場預估)"),
    m(RSG, 0.9, "%", HK10, "2022Q4", basis="vs Q3, seasonally adjusted; sub-heading repeats"),
    m(RVG, 1.2, "%", HK10, "2022Q4", basis="vs Q3, seasonally adjusted"),
    m(RS, 3.499e11, "HKD", HK10, "FY2022", basis="estimate"),
    m(RSG, -0.9, "%", HK10, "FY2022", basis="vs 2021; repeated by the spokesman"),
    m(RVG, -3.4, "%", HK10, "FY2022", basis="vs 2021, provisional"),
    m("online_share|online_sales_share", 12, "%", HK10, "2022-12", basis="share of total retail sales value"),
    m(ONL, 4e9, "HKD", HK10, "2022-12", basis="provisional"),
    m(ONLG, 12.9, "%", HK10, "2022-12", basis="yoy"),
    m(ONLG, 9.4, "%", HK10, "2022-11", basis="yoy"),
    m(ONL, 3.46e10, "HKD", HK10, "FY2022"),
    m(ONLG, 20.8, "%", HK10, "FY2022", basis="yoy"),
    m(RSG, 0.4, "%", HK10, "2022Q4", basis="yoy, quarter combined (spokesman)"),
    cat10("電器及其他未分類耐用消費品|electrical goods and other consumer durables", 1.8),
    cat10("其他未分類消費品|other consumer goods", 4),
    cat10("食品、酒類飲品及煙草|food, alcoholic drinks and tobacco", 4.9),
    cat10("藥物及化妝品|medicines and cosmetics", 8.3),
    cat10("汽車及汽車零件|motor vehicles and parts", 7.4),
    cat10("首飾鐘表|珠寶首飾、鐘錶及名貴禮物|jewellery, watches and clocks", -3, basis="yoy; sub-heading only"),
], [])


# zh11: Taiwan companies' monthly revenue: TSMC (台積電) August revenue with the virus incident and third-quarter guidance,
# and Hon Hai (鴻海) August revenue (NOWnews, headline and byline kept; the duplicated photo caption and the "我是廣告"
# line left out; the passage stops before the last paragraph on 鴻海, which the stored text breaks off mid-figure; no year
# printed).
# Key: TSMC August revenue 910.55億元 (lead and body, one row), +22.4% mom, year-ago August 919.17億元 and -0.9% yoy;
# January-August 6467.81億元 (+5.8% yoy); July 743.71億元; third quarter to date 1654.26億元; Q3 guidance 2525億至2556億元; the
# estimated virus impact on Q3 revenue (約2%) and gross margin (約1個百分點); 鴻海 August revenue 3967.85億元, +0.3%.
# Optional: the guidance's 30.5 TWD per USD assumption.
# Judgement calls: months without a year take period None with the month in basis, the quarter "Q3"; the year-ago
# August revenue is a key row of its own (news34 / news36), not a prior; the virus "影響" on revenue and gross margin is
# labelled as a decline (-2 %, -1 pp) since the text ties it to delayed shipments and higher costs (basis notes the
# implied direction); 鴻海's "微增0.3%" prints no comparison base (basis says so). Not labelled: 10日, 8月3日, 1天, 6日,
# 9月, 7奈米.
TSMC11 = "台積電|台灣積體電路|台灣積體電路製造|TSMC|2330|2330.TW"
HH11 = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Foxconn|2317"
REV = "revenue|monthly_revenue|consolidated_revenue"
G["zh11"] = ([
    m(REV, 9.1055e10, "TWD", TSMC11, None, basis="August (8月), no year printed"),
    m("revenue_growth", 22.4, "%", TSMC11, None, basis="August, mom (月增)"),
    m(REV, 9.1917e10, "TWD", TSMC11, None, basis="year-ago August (comparison)"),
    m("revenue_growth", -0.9, "%", TSMC11, None, basis="August, yoy (衰退)"),
    m(REV + "|cumulative_revenue", 6.46781e11, "TWD", TSMC11, None, basis="January-August cumulative (今年1到8月)"),
    m("revenue_growth|cumulative_revenue_growth", 5.8, "%", TSMC11, None, basis="January-August, yoy (年增)"),
    m(REV, 7.4371e10, "TWD", TSMC11, None, basis="July"),
    m("revenue|quarter_to_date_revenue", 1.65426e11, "TWD", TSMC11, "Q3", basis="quarter to date (July + August)"),
    m("revenue_guidance|revenue_forecast|revenue", None, "TWD", TSMC11, "Q3", rng=(2.525e11, 2.556e11),
      basis="company guidance (財測), 約, at 30.5 TWD per USD"),
    m("exchange_rate|fx_assumption", 30.5, "TWD", "新台幣兌美元|TWD/USD|" + TSMC11, "Q3", opt=True,
      basis="guidance assumption, TWD per USD"),
    m("revenue_impact", -2, "%", TSMC11, "Q3", basis="estimated impact of the virus incident, 約; direction implied"),
    m("gross_margin_impact|gross_margin_change", -1, "pp", TSMC11, "Q3",
      basis="estimated impact of the virus incident, 約; direction implied"),
    m(REV, 3.96785e11, "TWD", HH11, None, basis="August, record for the month"),
    m("revenue_growth", 0.3, "%", HH11, None, basis="August, 微增, comparison not stated"),
], [])


# zh12: 港股 IPO round-up: 軒竹生物 grey-market trading before its debut, 海西新藥's public-offer result and pricing, and
# 廣和通's offer terms (a feedman.me copy of a Hong Kong newspaper item; the sub-heading "海西新藥超額認購3169倍" kept; the
# stored text ends at 廣和通's entry fee, given a full stop here; no year printed -> period None).
# Key: the market's fall 近450點 (-450 points); 軒竹生物 富途 grey close 31.6元 vs offer price 11.6元 (+1.72倍 -> +172 %, +20元),
# 富途 grey turnover 1.45億元, 輝立 grey close 31.46元 (+1.71倍 -> +171 %), 輝立 turnover 9280萬元; 海西新藥 oversubscription 3169
# times (sub-heading and body), amount applied 3181億元, expected price 86.4元 and funds raised 9.94億元, price range
# 69.88-86.4元; 廣和通 funds raised up to 29.04億元, price range 19.88-21.5元, entry fee 4343.37元.
# Optional: grey-market intraday highs (富途 35元, 輝立 42.8元 / +2.69倍) and the X-times twins (1.72 / 2.69 / 1.71 x); the
# per-lot paper gain 一萬元 and the lot sizes (500 / 200 shares); the 31.8萬 retail applicants; 海西新藥's "集資最多9.94億元"
# as an upper-cap twin of the 9.94億元 raised at the top of the range.
# Judgement calls: "抽高1.72倍" of 31.6 vs 11.6 is +172 % (the X-times rule), the 20元 its HKD difference; grey-market
# turnover is a key row per venue; "涉額3181億元" is the amount subscribed; 海西新藥's range top and the IFR-reported pricing
# are a range row and a value row; the 近450點 fall takes the market / HSI as entity. Not labelled: stock codes, 周五(17日),
# the sponsors.
HSI12 = "港股|恒指|恒生指數|Hang Seng Index|HSI|HK market"
XZ12 = "軒竹生物|軒竹|Xuanzhu Biopharm|Xuanzhu|02575|2575"
HS12 = "海西新藥|海西|Haisco|02637|2637"
FB12 = "廣和通|Fibocom|00638|638"
GP = "grey_market_price|price"
G["zh12"] = ([
    m("index_change", -450, "points", HSI12, None, basis="yesterday, 近450點"),
    m(GP, 35, "HKD", XZ12, None, opt=True, basis="富途 grey market intraday high"),
    m(GP, 31.6, "HKD", XZ12, None, basis="富途 grey-market close"),
    m("ipo_price|offer_price", 11.6, "HKD", XZ12, None),
    m("price_change", 172, "%", XZ12, None, basis="富途 grey close vs offer price, 抽高1.72倍"),
    m("price_change", 1.72, "x", XZ12, None, opt=True, basis="1.72倍 read as a multiple"),
    m("price_change", 20, "HKD", XZ12, None, basis="富途 grey close vs offer price"),
    m("profit_per_lot", 10000, "HKD", XZ12, None, opt=True, basis="一萬元, 500-share lot, paper gain"),
    m("lot_size", 500, "shares", XZ12, None, opt=True),
    m("turnover|grey_market_turnover", 1.45e8, "HKD", XZ12, None, basis="富途 grey market"),
    m("price_change", 269, "%", XZ12, None, opt=True, basis="輝立 grey market intraday, 攀升2.69倍"),
    m("price_change", 2.69, "x", XZ12, None, opt=True, basis="2.69倍 read as a multiple"),
    m(GP, 42.8, "HKD", XZ12, None, opt=True, basis="輝立 grey market intraday high"),
    m("price_change", 171, "%", XZ12, None, basis="輝立 grey close vs offer price, 升1.71倍"),
    m("price_change", 1.71, "x", XZ12, None, opt=True, basis="1.71倍 read as a multiple"),
    m(GP, 31.46, "HKD", XZ12, None, basis="輝立 grey-market close"),
    m("turnover|grey_market_turnover", 9.28e7, "HKD", XZ12, None, basis="輝立 grey market"),
    m("oversubscription", 3169, "x", HS12, None, basis="public offer; sub-heading and body"),
    m("subscription_amount|amount_subscribed", 3.181e11, "HKD", HS12, None, basis="涉額, public offer"),
    m("applicants|applications", 318000, "applicants", HS12, None, opt=True, basis="31.8萬名散戶"),
    m("ipo_price|offer_price", 86.4, "HKD", HS12, None, basis="expected pricing at the top of the range (IFR)"),
    m("funds_raised|proceeds", 9.94e8, "HKD", HS12, None, basis="at the top of the range (集資額)"),
    m("funds_raised|proceeds", None, "HKD", HS12, None, rng=(None, 9.94e8), opt=True, basis="集資最多 (cap twin)"),
    m("ipo_price|offer_price", None, "HKD", HS12, None, rng=(69.88, 86.4), basis="price range (招股價介乎)"),
    m("funds_raised|proceeds", None, "HKD", FB12, None, rng=(None, 2.904e9), basis="集資最多"),
    m("ipo_price|offer_price", None, "HKD", FB12, None, rng=(19.88, 21.5), basis="price range (招股價介乎)"),
    m("lot_size", 200, "shares", FB12, None, opt=True),
    m("entry_fee", 4343.37, "HKD", FB12, None, basis="per 200-share lot"),
], [])
