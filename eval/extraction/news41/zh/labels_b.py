# Hand labels for news41/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written by hand from the texts alone: no project code was run (no extractor, no
# newsflow, no pytest; only build_labels.py at the end), and no extractor code, test, docs page, gold file or other batch's
# text was read. Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md,
# score.py), the "Conventions decided" sections of news39/zh and news40/zh and the labels files of news40/zh.
# Currency: Hong Kong company / market / IPO context, bare 元 / 億元 / $ = HKD (zh07, zh08, zh09, zh12); the two Taiwan items
# print 美元 (USD, zh10) and 元 / 兆 under a Taipei byline (TWD, zh11). Values fully scaled (117.42億元 -> 1.1742e10;
# $1.05千萬 -> 1.05e7; $33.57萬 -> 3.357e5; 693.7億美元 -> 6.937e10; 2.12兆元 -> 2.12e12; 3920.4萬元 -> 3.9204e7; 1.08萬倍 ->
# 10800 x). 約X / 近X -> X; 逾X -> an open bound, optional unless it is the figure a headline rests on; 最多近X -> an upper cap;
# 百分之一 / 百分之二 / 百分之三 -> 1 / 2 / 3 %; 2成 / 7成 / 8成 -> 20 / 70 / 80 %. Declines negative (跌, 回吐, 倒退, 下調,
# 年減, 月減, 虧損); 年彈 / 年升 / 升 / 增 positive.
# Periods only from the text: zh07 FY2024 (去年, with 2023 named as the year before it); zh10 2025 (今(2025)年 printed);
# zh11 2025-12 / FY2025 (去年12月 beside 2025全年) and FY2026 for 今年; zh08, zh09 and zh12 print no year for their own
# figures (the AASTOCKS short-selling stamp is boilerplate; 毛記葵涌's 2018 is its own listing year) -> None. Page date
# lines, URL dates and the writer's knowledge are never used.
# A figure printed twice (headline / sub-heading and body) is one row; an approximate or bounded repeat is optional beside the
# exact key row. An earlier level printed beside a new one ("8.7元 -> 7.8元", "而2023年營運虧損1.82億元") is the prior of
# the new value and also an optional row of its own. Broker targets are also target_price rows besides the rating actions.
# AASTOCKS inline quotes and "相關內容" headlines are optional. Entities list names as printed plus Traditional / English
# forms and stock codes; segments and product lines take their own name with the company as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong utility's annual results (am730, crediting 香港電台; the stored text opens with a photo caption that repeats
# the first sentence, credited "(中通社)": left out as page chrome; no headline in the stored text, none composed; the
# sub-heading reworded; the closing credit "原文刊登於 香港電台" kept).
# Key (FY2024): profit attributable 117.42億元 (+76.4%); operating earnings 109.49億元 (+8.1%); fourth interim dividend
# 1.26元 (+4.1%); full-year dividend 3.15元 (+1.6%); Hong Kong energy business operating earnings 88.95億元 (+0.8%);
# electricity sales +2.1%, residential +2.8%, commercial +1.5%, infrastructure and public services +2.6%, manufacturing
# -1.3%; Australia operating earnings 5.91億元 (prior: the 2023 operating loss 1.82億元 -> -1.82e8); Mainland 18.51億元
# (倒退近11% -> -11 %); India 3.29億元 (+9.3%).
# Optional: the 2023 Australian operating loss as a row of its own (FY2023).
# Judgement calls: "去年" is FY2024 because the text sets it against "2023年" as the year before (a stated comparison, not
# page metadata); the 2023 loss is the prior of the Australian earnings (turnaround "虧轉盈") and negative; segment and
# customer-group rows take the segment as entity with CLP as alias; "第4期" (the ordinal of the dividend) is not a value.
CLP = "中電控股|中電|CLP|CLP Holdings|CLP Group|00002|00002.HK|2"
HKE7 = "本港能源業務|香港能源業務|本港|香港|Hong Kong energy business|Hong Kong|" + CLP
AUS7 = "澳洲業務|EnergyAustralia|澳洲|Australia|" + CLP
CN7 = "內地業務|內地|中國內地|Mainland China|Chinese mainland|" + CLP
IN7 = "印度業務|印度|India|" + CLP
P7 = "FY2024"
B7 = "去年 (2023 named as the year before)"
OE = "operating_earnings|operating_profit|segment_profit"
OEG = "operating_earnings_growth|operating_profit_growth|segment_profit_growth"
ES = "electricity_sales_growth|sales_volume_growth|electricity_sales_volume_growth"
G["zh07"] = ([
    m("net_profit|profit_attributable|net_income", 1.1742e10, "HKD", CLP, P7, basis="股東應佔盈利, " + B7),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 76.4, "%", CLP, P7, basis="yoy (按年增長)"),
    m("operating_earnings|operating_profit|core_profit", 1.0949e10, "HKD", CLP, P7,
      basis="營運盈利, before fair value movements"),
    m("operating_earnings_growth|operating_profit_growth|core_profit_growth", 8.1, "%", CLP, P7, basis="yoy"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1.26, "HKD", CLP, P7,
      basis="fourth interim dividend per share (第4期中期股息)"),
    m("dividend_growth|dps_growth", 4.1, "%", CLP, P7, basis="yoy, fourth interim dividend"),
    m("total_dividend|dividend_per_share|dps|dividend", 3.15, "HKD", CLP, P7, basis="full-year dividend (全年派息)"),
    m("dividend_growth|dps_growth", 1.6, "%", CLP, P7, basis="yoy, full-year dividend"),
    m(OE, 8.895e9, "HKD", HKE7, P7, basis="Hong Kong energy business operating earnings"),
    m(OEG, 0.8, "%", HKE7, P7, basis="yoy"),
    m(ES, 2.1, "%", HKE7, P7, basis="售電量, yoy"),
    m(ES, 2.8, "%", "住宅|residential|" + HKE7, P7, basis="residential electricity sales, yoy"),
    m(ES, 1.5, "%", "商業|commercial|" + HKE7, P7, basis="commercial electricity sales, yoy"),
    m(ES, 2.6, "%", "基建及公共服務|infrastructure and public services|" + HKE7, P7,
      basis="infrastructure and public services electricity sales, yoy"),
    m(ES, -1.3, "%", "製造業|manufacturing|" + HKE7, P7, basis="manufacturing electricity sales, yoy (跌)"),
    m(OE, 5.91e8, "HKD", AUS7, P7, prior=-1.82e8, basis="turnaround (虧轉盈); prior = 2023 operating loss"),
    m(OE, -1.82e8, "HKD", AUS7, "FY2023", opt=True, basis="2023年營運虧損1.82億元"),
    m(OE, 1.851e9, "HKD", CN7, P7, basis="Mainland operating earnings"),
    m(OEG, -11, "%", CN7, P7, basis="倒退近11%, yoy"),
    m(OE, 3.29e8, "HKD", IN7, P7, basis="India operating earnings"),
    m(OEG, 9.3, "%", IN7, P7, basis="yoy"),
], [])


# zh08: 大行 target-cut table on Hong Kong-listed healthcare stocks with a prose lead (AASTOCKS on a mirror host,
# Traditional; the run-together table laid out one row a line; the quotes "0.000 (0.000%)", the three "相關內容" headlines and
# the boilerplate "(ha/k)(港股報價延遲最少十五分鐘。沽空資料截至 2025-09-09 16:25。)" kept as printed; whole stored text).
# Key: the average target cut 約9% (-9 %, sector); the industry sales-forecast cuts "2024至2025財年…下調1%至15%和1%至16%"
# (FY2024 rng -15..-1 %, FY2025 rng -16..-1 %); nine target_price rows with priors: 威高股份 7.8 (8.7), 康基醫療 10.6 (11.2),
# 愛康醫療 8.2 (8.9), 海吉亞醫療 46 (50), 心瑋醫療-B 25.6 (29.8), 固生堂 60 (61), 微泰醫療-B 5 (5.7), 錦欣生殖 3.2 (3.39),
# 啟明醫療-B 5.6 (6).
# Optional: the nine previous targets as rows of their own; every inline quote (0.000 HKD and 0.000 % for all nine stocks,
# short-selling amount and ratio for the six that print one); the related headlines' 海吉亞醫療 target 15元 (滙豐研究) and
# 固生堂 target 42元 (滙研) and the count "6家".
# Rating actions (HKD, 高盛): cut_target 威高股份 buy 7.8 <- 8.7; 康基醫療 buy 10.6 <- 11.2; 愛康醫療 buy 8.2 <- 8.9; 海吉亞醫療
# buy 46 <- 50; 心瑋醫療-B buy 25.6 <- 29.8; 固生堂 buy 60 <- 61; 微泰醫療-B sell (沽售) 5 <- 5.7; 錦欣生殖 neutral (中性) 3.2 <-
# 3.39; 啟明醫療-B neutral 5.6 <- 6. Optional (related headlines, other notes): 滙豐研究 downgrade 海吉亞醫療 to hold (持有) with
# target 15; 滙研 raise_target 固生堂 buy (續籲買入) 42.
# Judgement calls: "8.7元 -> 7.8元" with an unchanged rating is cut_target with the kept rating; "下調1%至15%和1%至16%" maps in
# order onto "2024至2025財年" (rng, declines negative); the related headline on 海吉亞醫療 (another broker, target 15元, 持有)
# contradicts nothing in the table and stays optional; "0.000 (0.000%)" quotes are optional zero rows; 第二季 / 上半年 carry
# no year -> targets period None. Not labelled: stock codes, the boilerplate's date and time.
GS8 = "高盛|Goldman Sachs|Goldman|GS"
SECT8 = "醫療相關股|醫療相關股份|醫療股|醫藥股|醫療行業|healthcare stocks|healthcare sector|China healthcare"
WG = "威高股份|威高|Weigao|Shandong Weigao|01066|01066.HK|1066"
KJ = "康基醫療|康基|Kangji Medical|09997|09997.HK|9997"
AK = "愛康醫療|愛康|AK Medical|01789|01789.HK|1789"
HJY = "海吉亞醫療|海吉亞|Hygeia Healthcare|Hygeia|06078|06078.HK|6078"
XW = "心瑋醫療-B|心瑋醫療|心瑋|HeartCare|Shanghai HeartCare Medical|06609|06609.HK|6609"
GST = "固生堂|Gushengtang|02273|02273.HK|2273"
WT = "微泰醫療-B|微泰醫療|微泰|MicroTech Medical|02235|02235.HK|2235"
JX = "錦欣生殖|錦欣|Jinxin Fertility|01951|01951.HK|1951"
QM = "啟明醫療-B|啟明醫療|啟明|Venus Medtech|02500|02500.HK|2500"
HSBC8 = "滙豐研究|滙研|滙豐|匯豐|HSBC|HSBC Global Research"


def q8(ent, short=None, ratio=None):
    """AASTOCKS inline quote '0.000 (0.000%) 沽空 $1.05千萬; 比率 8.564%' -> all optional (corpus)."""
    rows = [m("price_change", 0.0, "HKD", ent, None, opt=True, basis="inline quote 0.000"),
            m("price_change", 0.0, "%", ent, None, opt=True, basis="inline quote (0.000%)")]
    if short is not None:
        rows += [m("short_selling_turnover", short, "HKD", ent, None, opt=True, basis="inline quote"),
                 m("short_selling_ratio", ratio, "%", ent, None, opt=True, basis="inline quote")]
    return rows


def t8(ent, new, old, rating):
    return [m("target_price", new, "HKD", ent, None, prior=old, basis="高盛, " + rating + "; 下調"),
            m("target_price", old, "HKD", ent, None, opt=True, basis="高盛 previous target")]


T8 = [(WG, 7.8, 8.7, "buy", "買入", 1.05e7, 8.564), (KJ, 10.6, 11.2, "buy", "買入", 3.357e5, 0.978),
      (AK, 8.2, 8.9, "buy", "買入", 4.59e6, 14.130), (HJY, 46, 50, "buy", "買入", 1.63e7, 12.160),
      (XW, 25.6, 29.8, "buy", "買入", None, None), (GST, 60, 61, "buy", "買入", 3.34e6, 8.700),
      (WT, 5, 5.7, "sell", "沽售", None, None), (JX, 3.2, 3.39, "neutral", "中性", 1.51e7, 11.823),
      (QM, 5.6, 6, "neutral", "中性", None, None)]
_m8 = [
    m("target_price_change|target_price_cut", -9, "%", SECT8, None, basis="平均幅度約9%, all targets lowered (全線下調)"),
    m("sales_forecast_change|revenue_forecast_change|forecast_revision", None, "%", SECT8, "FY2024", rng=(-15, -1),
      basis="industry sales forecast cut 1%至15% (2024財年)"),
    m("sales_forecast_change|revenue_forecast_change|forecast_revision", None, "%", SECT8, "FY2025", rng=(-16, -1),
      basis="industry sales forecast cut 1%至16% (2025財年)"),
    m("stocks|count", 6, "stocks", "醫藥股|招銀國際|CMB International", None, opt=True,
      basis="related headline: 招銀國際 recommends 6家醫藥股"),
    m("target_price", 15, "HKD", HJY, None, opt=True, basis="related headline, 滙豐研究 (下調評級至「持有」)"),
    m("target_price", 42, "HKD", GST, None, opt=True, basis="related headline, 滙研 (續籲買入)"),
]
_a8 = []
for ent, new, old, rating, word, short, ratio in T8:
    _m8 += q8(ent, short, ratio) + t8(ent, new, old, word)
    _a8.append(ra(GS8, ent, "cut_target", rating, None, new, old, "HKD"))
_a8 += [ra(HSBC8, HJY, "downgrade", "hold", None, 15, None, "HKD", opt=True),
        ra(HSBC8, GST, "raise_target", "buy", None, 42, None, "HKD", opt=True)]
G["zh08"] = (_m8, _a8)


# zh09: 港股 half-day session with named blue chips (新城 881903, Traditional; no headline and no date in the stored text,
# none composed; Chinese-numeral moves "百分之一" / "百分之二" / "百分之三" and "逾三百六十點" kept; the stock code "港燈
# (00006.HK)" kept as printed; whole stored text).
# Key: 恒指 midday close 21371 (-215 points); half-day turnover 331億元; 國指 12265 (-115); 匯豐 -1 %, 81.9元, -1.05元; 中行
# 4.05元, -0.03元; 中銀香港 -1 %, 19.16元; 工商銀行 5.81元, -0.09元; 恆基地產 -2 %, 51.3元, -1.25元; 恆隆地產 -2 %; 國泰航空
# 16.34元, -0.44元; 港燈 -2 %; 煤氣 -2 %; 中聯通 +3 %, 9.53元, +0.29元.
# Optional: the intraday low 21224 and the intraday "跌幅最多…逾三百六十點" (open bound); 國泰航空's "跌逾百分之二" (open bound).
# Judgement calls: no date -> period None with "midday" in basis; a move printed "百分之X" is an exact % row and "逾百分之X"
# an optional bound (news37 / news40); the two 地產股 sharing "跌百分之二" get one row each, likewise 港燈 and 煤氣; "回吐" is a
# fall. Not labelled: stock codes.
B9 = "midday close (中午), half-day; no date printed"
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI|H-share index"
MKT9 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|Main Board"
HSBC9 = "匯豐|滙豐|匯豐控股|滙豐控股|HSBC|HSBC Holdings|00005|5"
BOC9 = "中行|中國銀行|Bank of China|03988|3988"
BOCHK9 = "中銀香港|BOC Hong Kong|BOCHK|02388|2388"
ICBC9 = "工商銀行|工行|ICBC|01398|1398"
HLD9 = "恆基地產|恆基|恒基地產|恒基|Henderson Land|00012|12"
HLP9 = "恆隆地產|恆隆|恒隆地產|恒隆|Hang Lung Properties|00101|101"
CX9 = "國泰航空|國泰|Cathay Pacific|00293|293"
HKE9 = "港燈|電能實業|電能|HK Electric|Power Assets|00006|6"
TG9 = "煤氣|中華煤氣|香港中華煤氣|Towngas|Hong Kong and China Gas|00003|3"
CU9 = "中聯通|中國聯通|China Unicom|00762|762"
PX, PC = "price|share_price", "price_change"
G["zh09"] = ([
    m("index_level|index_close", 21371, "points", HSI9, None, basis=B9),
    m("index_change", -215, "points", HSI9, None, basis=B9),
    m("index_level|intraday_low", 21224, "points", HSI9, None, opt=True, basis="intraday low (低見)"),
    m("index_change", None, "points", HSI9, None, rng=(None, -360), opt=True,
      basis="intraday, 跌幅最多…逾三百六十點"),
    m("turnover|market_turnover", 3.31e10, "HKD", MKT9, None, basis="half-day turnover (半日成交331億元)"),
    m("index_level|index_close", 12265, "points", HSCEI9, None, basis=B9),
    m("index_change", -115, "points", HSCEI9, None, basis=B9),
    m(PC, -1, "%", HSBC9, None, basis="回吐百分之一, " + B9),
    m(PX, 81.9, "HKD", HSBC9, None, basis=B9),
    m(PC, -1.05, "HKD", HSBC9, None, basis=B9),
    m(PX, 4.05, "HKD", BOC9, None, basis=B9),
    m(PC, -0.03, "HKD", BOC9, None, basis=B9),
    m(PC, -1, "%", BOCHK9, None, basis="跌百分之一, " + B9),
    m(PX, 19.16, "HKD", BOCHK9, None, basis=B9),
    m(PX, 5.81, "HKD", ICBC9, None, basis="most active, " + B9),
    m(PC, -0.09, "HKD", ICBC9, None, basis=B9),
    m(PC, -2, "%", HLD9, None, basis="跌百分之二, " + B9),
    m(PC, -2, "%", HLP9, None, basis="跌百分之二, " + B9),
    m(PX, 51.3, "HKD", HLD9, None, basis=B9),
    m(PC, -1.25, "HKD", HLD9, None, basis=B9),
    m(PC, None, "%", CX9, None, rng=(None, -2), opt=True, basis="跌逾百分之二, worst blue chip"),
    m(PX, 16.34, "HKD", CX9, None, basis=B9),
    m(PC, -0.44, "HKD", CX9, None, basis=B9),
    m(PC, -2, "%", HKE9, None, basis="跌百分之二, " + B9),
    m(PC, -2, "%", TG9, None, basis="跌百分之二, " + B9),
    m(PC, 3, "%", CU9, None, basis="升百分之三, strongest blue chip, " + B9),
    m(PX, 9.53, "HKD", CU9, None, basis=B9),
    m(PC, 0.29, "HKD", CU9, None, basis=B9),
], [])


# zh10: Taiwan export orders for October with the ministry's forecast (Yahoo奇摩新聞, Traditional; the page's date line left
# out; "今(20)日", "今(2025)年", "667~687億美元", "27.6％～31.4％", "5,937.4億美元", "7,000億美元", "2成", "年彈", "年升", the
# full-width "％" and "232條款" kept as printed; no headline in the stored text, none composed; the stored text breaks off
# inside the sentence after the traditional-goods figures and the passage ends at the sentence before it).
# Key: October export orders 693.7億美元 (+25.1%); November forecast 667~687億美元 (rng) and +27.6％～31.4％ (rng); January-
# October 5,937.4億美元; full-year growth forecast 2成 (20 %); ICT products 225.7億美元 (年彈28.4％); electronics 284.1億美元;
# optical +2.9％; base metals -10％; plastics and rubber -9.8％; machinery +16％; chemicals +4.4％.
# Optional: the streak "連續9個月" (months); the full-year "突破7,000億美元" (open lower bound).
# Judgement calls: "今(2025)年" printed in the text fixes 10月 = 2025-10, 11月 = 2025-11, 前10月 = 2025-01..10 and the full year
# FY2025; forecasts carry "forecast" in basis; "年彈28.4％" (rebound) is a positive yoy growth; "年增幅高達2成" is a key 20 %
# (高達 marks a high figure, not a bound) while "突破7,000億美元" is an optional bound; product groups take their own name with
# Taiwan's export orders as alias; 232 (a US trade-law section) is not a figure; 9月 (the record month) prints no figure.
TW10 = "外銷訂單|台灣外銷訂單|我國外銷訂單|台灣|我國|Taiwan export orders|Taiwan|export orders"
EO, EOG = "export_orders", "export_orders_growth|export_order_growth"
G["zh10"] = ([
    m(EO, 6.937e10, "USD", TW10, "2025-10", basis="10月外銷訂單金額, record for the month"),
    m(EOG, 25.1, "%", TW10, "2025-10", basis="yoy (年增率)"),
    m("growth_streak|consecutive_months", 9, "months", TW10, "2025-10", opt=True, basis="連續9個月正成長"),
    m(EO, None, "USD", TW10, "2025-11", rng=(6.67e10, 6.87e10), basis="forecast (經濟部預估), 667~687億美元"),
    m(EOG, None, "%", TW10, "2025-11", rng=(27.6, 31.4), basis="forecast, yoy, 27.6％～31.4％"),
    m(EO, 5.9374e11, "USD", TW10, "2025-01..10", basis="cumulative 前10月, record"),
    m(EO, None, "USD", TW10, "FY2025", rng=(7e11, None), opt=True, basis="full-year forecast, 突破7,000億美元大關"),
    m(EOG, 20, "%", TW10, "FY2025", basis="full-year forecast, 年增幅高達2成"),
    m(EO, 2.257e10, "USD", "資訊通信產品|資通產品|ICT products|information and communication products|" + TW10,
      "2025-10", basis="orders received, record for the month"),
    m(EOG, 28.4, "%", "資訊通信產品|資通產品|ICT products|information and communication products|" + TW10,
      "2025-10", basis="yoy (年彈)"),
    m(EO, 2.841e10, "USD", "電子產品|electronic products|electronics|" + TW10, "2025-10",
      basis="orders received, monthly record"),
    m(EOG, 2.9, "%", "光學器材|optical equipment|precision instruments|" + TW10, "2025-10", basis="yoy (年升)"),
    m(EOG, -10, "%", "基本金屬|base metals|basic metals|" + TW10, "2025-10", basis="yoy (年減)"),
    m(EOG, -9.8, "%", "塑橡膠製品|plastics and rubber products|plastic and rubber|" + TW10, "2025-10",
      basis="yoy (年減)"),
    m(EOG, 16, "%", "機械產品|機械|machinery|" + TW10, "2025-10", basis="yoy (年增)"),
    m(EOG, 4.4, "%", "化學品|chemicals|" + TW10, "2025-10", basis="yoy (增幅)"),
], [])


# zh11: Taiwan ODM makers' December revenue (自由時報 paper edition, Traditional; the stored text opens with the tail of the
# headline "同創歷史新高", kept as the headline line; the byline "〔記者方韋傑／台北報導〕", the four figure sub-headings
# "廣達12月營收年增94.6%", "全年營收2.12兆、年增50.54%", "緯創12月營收年增141.6%", "全年營收2.18兆、年增108.39%" (2.12兆 /
# 2.18兆 without 元) and the lead's rounded "2552億元" beside the body's "2552.55億元" kept; the stored text breaks off inside
# the last paragraph ("…延續"), which is left out).
# Key: 廣達 December revenue 2724.95億元 (+41.2% mom, +94.6% yoy), 2025 revenue 2.12兆元 (+50.54%), the 8成 AI-server target
# for this year; 緯創 December revenue 2552.55億元 (-9% mom, +141.6% yoy), 2025 revenue 2.18兆元 (+108.39%).
# Optional: the lead's rounded 緯創 "2552億元"; AI servers "已超越…7成" of 廣達's server business in the fourth quarter (open
# bound); the production cycle 約6至8週 (rng, weeks).
# Judgement calls: "去年12月" printed beside "2025全年" -> 2025-12 and FY2025, so "去年第四季" is 2025Q4 and "今年" FY2026; 元 /
# 兆 = TWD (Taipei byline); sub-headings repeat body figures -> one row each; 月增 / 月減 rows are mom growth and 年增 yoy,
# told apart by basis; the 8成 share is the company's own target (key, "company target" in basis); "倍數成長" and "首度超車"
# carry no figure. Not labelled: stock codes 2382 / 3231, 第一季 (no figure).
QT = "廣達|廣達電腦|Quanta|Quanta Computer|2382|2382.TW"
WS = "緯創|緯創資通|Wistron|3231|3231.TW"
AIS = "AI伺服器|AI servers|AI server business|" + QT
REV, RG = "revenue|monthly_revenue|consolidated_revenue", "revenue_growth|revenue_growth_mom|revenue_growth_yoy"
G["zh11"] = ([
    m(REV, 2.72495e11, "TWD", QT, "2025-12", basis="去年12月營收, monthly record"),
    m(RG, 41.2, "%", QT, "2025-12", basis="mom (月增)"),
    m(RG, 94.6, "%", QT, "2025-12", basis="yoy (年增); sub-heading repeats"),
    m("revenue|annual_revenue", 2.12e12, "TWD", QT, "FY2025", basis="2025全年營收; sub-heading 2.12兆 repeats"),
    m("revenue_growth", 50.54, "%", QT, "FY2025", basis="yoy; sub-heading repeats"),
    m("revenue_share|ai_server_share", None, "%", AIS, "2025Q4", rng=(70, None), opt=True,
      basis="AI servers' share of the server business, 超越7成"),
    m("revenue_share|ai_server_share|target", 80, "%", AIS, "FY2026",
      basis="company target (今年規劃的8成目標) for AI servers' share"),
    m("production_cycle|lead_time", None, "weeks", QT, None, rng=(6, 8), opt=True, basis="生產週期約6至8週"),
    m(REV, 2.55255e11, "TWD", WS, "2025-12", basis="去年12月營收 2552.55億元, second-highest month"),
    m(REV, 2.552e11, "TWD", WS, "2025-12", opt=True, basis="lead's rounded 2552億元"),
    m(RG, -9, "%", WS, "2025-12", basis="mom (月減)"),
    m(RG, 141.6, "%", WS, "2025-12", basis="yoy (年增); sub-heading repeats"),
    m("revenue|annual_revenue", 2.18e12, "TWD", WS, "FY2025", basis="2025全年營收; sub-heading 2.18兆 repeats"),
    m("revenue_growth", 108.39, "%", WS, "FY2025", basis="yoy; sub-heading repeats"),
], [])


# zh12: Hong Kong IPO subscription story with allotment rates under the new pricing mechanism (明報 經濟, Traditional; the
# headline "大行科工孖展認購6400倍 膺超購王 富途料挑戰萬倍 新機制下中籤率低處未算低" and the byline "明報記者 邱潤青、江陵凱"
# kept as printed, "（見表1）" / "（見表2）" kept; the page date line and section label left out; the sub-heading reworded; the
# stored text breaks off inside the sentence after the 陳志華 quotation and the passage ends at the sentence before it; the
# quotation 「一定踢得好高」, which holds no figure, is rendered as reported speech with its point kept).
# Key: margin financing 2533.04億元; public-offer size 3920.4萬元; margin oversubscription 6460倍; 富途's forecast 約1.08萬倍;
# 毛記葵涌's 2018 oversubscription 6288倍 and one-lot success rate 0.8%; 雙登's one-lot rate 0.06%; 大行科工's fundraising
# 最多近4億元 (upper cap) and public-offer share 10%.
# Optional: the headline's 6400倍 (rounded twin of 6460倍); "萬倍" in the headline and in the lead (10000 x each); the
# 7年半 reign; the counts 5隻 / 兩隻 / 4隻 / 3隻 / 兩隻; mechanism B's "一手中籤率普遍低至1%或以下" (upper bound); the "約4000萬元"
# restatement of the public offer.
# Judgement calls: no year for the story itself (昨日, 本月9日) -> period None; 毛記葵涌's figures take "2018" (its listing year,
# "當年"); the one-lot success rates are key here because the story is about them (the corpus makes allotment statistics
# optional in ordinary IPO results; the general "1%或以下" stays an optional bound); 倍 -> "x"; "最多近4億元" -> rng (None, 4e8);
# 富途's forecast takes 大行科工 as entity with "Futu forecast" in basis. Not labelled: stock codes, 本月9日 (a date).
DH = "大行科工|大行|Dahon|Dahon Technology|2543|02543|02543.HK"
MK = "毛記葵涌|1716|01716"
SD = "雙登|雙登股份|Shuangdeng|6960|06960"
IPO = "新股|港股IPO|港股新股|Hong Kong IPOs|new listings"
OS = "oversubscription|oversubscription_multiple|subscription_multiple"
G["zh12"] = ([
    m(OS, 6400, "x", DH, None, opt=True, basis="headline 孖展認購6400倍 (rounded twin of 6460倍)"),
    m(OS, 10000, "x", DH, None, opt=True, basis="headline 挑戰萬倍"),
    m(OS, 10000, "x", DH, None, opt=True, basis="lead 首隻萬倍 (超購) 新股"),
    m("margin_financing|margin_loans", 2.53304e11, "HKD", DH, None, basis="孖展 lent by brokers for the public offer"),
    m("public_offer_size|fundraising|offer_size", 3.9204e7, "HKD", DH, None, basis="公開發售部分募資"),
    m(OS + "|margin_oversubscription", 6460, "x", DH, None, basis="孖展超購 (margin-based)"),
    m(OS, 10800, "x", DH, None, basis="Futu forecast (富途預期), 約1.08萬倍"),
    m("record_duration|years", 7.5, "years", MK, None, opt=True, basis="7年半 as 超購王"),
    m(OS, 6288, "x", MK, "2018", basis="2018 listing (當年)"),
    m("one_lot_success_rate|allotment_rate", 0.8, "%", MK, "2018", basis="一手中籤率低至0.8%"),
    m("ipo_count|listings", 5, "stocks", IPO, None, opt=True, basis="listed since the reform took effect"),
    m("ipo_count|listings", 2, "stocks", IPO, None, opt=True, basis="兩隻 under mechanism A"),
    m("ipo_count|listings", 4, "stocks", IPO, None, opt=True, basis="4隻 under mechanism B"),
    m("one_lot_success_rate|allotment_rate", None, "%", "機制B新股|mechanism B IPOs|" + IPO, None, rng=(None, 1),
      opt=True, basis="普遍低至1%或以下"),
    m("one_lot_success_rate|allotment_rate", 0.06, "%", SD, None, basis="一手中籤率低至0.06%"),
    m("ipo_count|listings", 3, "stocks", IPO, None, opt=True, basis="3隻 mechanism B listings"),
    m("ipo_count|listings", 2, "stocks", IPO, None, opt=True, basis="兩隻 mechanism A listings below their offer price"),
    m("fundraising|ipo_size|offer_size", None, "HKD", DH, None, rng=(None, 4e8), basis="集資額最多近4億元"),
    m("public_offer_share|public_offer_ratio", 10, "%", DH, None, basis="share of total IPO shares"),
    m("public_offer_size|fundraising|offer_size", 4e7, "HKD", DH, None, opt=True,
      basis="約4000萬元, approximate restatement of 3920.4萬元"),
], [])
