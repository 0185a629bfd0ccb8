# Hand labels for news79/zh, batch b (zh07-zh12; all six Traditional Chinese, from Hong Kong and Taiwan outlets): 星島
# (hd.stheadline.com) on Ping An's 2023 results, 時報資訊 on Yahoo奇摩股市 (tw.stock.yahoo.com) on Hon Hai's November 2021
# revenue, 大紀元 Hong Kong (api.hk.epochtimes.com) on Hong Kong's February retail sales, 中評社 (its doc page on the
# 49.213.0.198 host, relaying 香港文匯報) on the Kuaishou IPO at subscription, 大媒體 (bigmedia.com.tw) on a day's Taiwan
# institutional flows, and uSMART (hk.usmartglobal.com 《大行報告》) on Goldman Sachs cutting its HKEX target; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except the prescribed load check of
# this file (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py, no build_labels.py run), no
# extractor output was seen, and no extractor code, plugin, test, docs page, gold.jsonl or other batch's labels, sources or
# notes was opened; unit and metric words were checked against the earlier sets' labels_*.py files (grep:
# "new_business_value", "monthly_revenue", "retail_sales_value", "entry_fee", "cornerstone", "三大法人", "foreign_net_buy",
# "earnings_forecast_change", "cut_target"; news78 zh labels_a.py and labels_b.py and README read whole; news18 zh10 and
# news37 zh07 (a Hong Kong-listed insurer's results), news21 zh10, news19 zh11 and news39 zh11 (a Taiwan company's monthly
# revenue), news49 zh08 and news74 zh08 (Hong Kong retail sales), news22 zh10, news30 zh11 and news65 zh08 (a Hong Kong IPO
# at subscription), news77 zh10, news44 zh12 and news19 zh12 (a day's Taiwan institutional flows), news11 zh10 and zh11 (a
# broker's target cut with earnings-forecast changes) read as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news78/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 元 / 億元 in Ping An's results = CNY (the text's own "(人民幣,下同)", dividends and EPS included) (zh07); 元 / 億元 /
# 兆元 = TWD in the Taiwan items (zh08, zh11); 港元 / 億港元 = HKD (zh09); 元 / 億元 / 港元 = HKD and 美元 = USD in the IPO item
# (zh10); 元 = HKD in the Hong Kong broker note (zh12).
# Values fully scaled (1,179.89億元 -> 1.17989e11; 6217.13億元 -> 6.21713e11; 5.27兆元 -> 5.27e12; 294億港元 -> 2.94e10;
# 23.0億港元 -> 2.30e9; 11,615.9元 -> 11615.9; 1.16萬 -> 11600; 4,783億元 -> 4.783e11; 約5億美元 -> 5e8; 3040.44億元 ->
# 3.04044e11; 約2.1萬張 -> 21000 lots); 個百分點 -> "pp"; declines negative (減少, 下跌, 跌, 虧損, 年減, 賣超, 調低); 約X / 近X -> X;
# "與上年持平" gives the level itself as prior, with an optional zero change (news77, news31); bounds (逾 / 超過) optional
# unless a headline's only figure (corpus); caps (最多X) -> rng (None, X) (corpus); ranges "X~Y%" and "X元至Y元" -> rng.
# Periods only where the text states or clearly implies the year: zh07 FY2023 (2023年度業績; 去年 set against 2022年 -> 2023)
# and FY2022 for the asset-management profit of 2022; zh08 2021-11 (printed), 2021-10, 2021-01..11, 2021Q4 (the outlook
# of the same year) and 2020-11 / 2020-01..11 for 去年同期; zh09 2025-02 and 2025-01 (2025年首兩個月 and 今年農曆新年 printed);
# zh10 None (1月26日, 29日: no year printed; 2019年9月 dates only the comparison); zh11 None (今天, no date printed); zh12
# FY2023 … FY2025 as printed (2023及24財年, 2024及25財年; 今年 beside them = FY2023), None for the price move and the target.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Ping An's 2023 annual results (星島 hd.stheadline.com; Traditional with half-width "," and "(" as printed; no headline in
# the stored text and none composed; the two sub-headings kept, reworded (ROE降3.5個百分點 -> ROE跌3.5個百分點; 資管業務轉盈為虧
# 蝕207億元 -> 資管業務由盈轉虧 虧損207億元); the spaces in "0.4% 。" and "40.3% ;" kept as printed; the closing "---" line and the
# three 星島 promotion lines with their bit.ly links left out as page furniture; whole stored item otherwise).
# Kind asked for: a Hong Kong-listed insurer's results (新業務價值, 營運利潤, 股息, 按年變化): all four are printed.
# Key (FY2023): attributable operating profit 1,179.89億元 (-19.7%); life and health NBV 310.8億元 (+36.2%); final dividend 1.5元
# (持平 -> prior 1.5); full-year dividend 2.43元 (+0.4%); attributable net profit 856.65億元 (-22.8%); operating ROE 9.7% (-3.5 pp);
# basic operating EPS 6.66元 (-20.9%); NBV per agent +89.5%, agency-channel NBV +40.3%, bancassurance NBV +77.7%; the three core
# businesses' attributable operating profit 1,409.13億元 (-2.8%); operating-profit growth of banking +2%, life and health -3%,
# P&C -11.4%, technology -65%; asset management's loss 207.47億元 (prior: 2022's profit 22.92億元); cash payout ratio 37.3%.
# Optional: the final dividend's zero change (持平); the sub-headings' -3.5 pp and 虧損207億元 (twins); asset management's 2022
# profit as a row of its own (FY2022); the 12-year streak of higher total dividends.
# Judgement calls: 歸母營運利潤 is the attributable operating profit (operating_profit_attributable) and the segment growth rates
# are of the same measure; the segments and channels are entities of their own with Ping An as alias (news37 zh07); "去年錄得
# 虧損207.47億元, 2022年則盈利22.92億元" gives the loss the 2022 profit as prior (news54 zh02: the earlier value printed beside
# it); 每股現金 dividends follow the text's "(人民幣,下同)" -> CNY; the code 2318 gives no row; 三大 is a count in words.
PA7 = "平保|中國平安|中國平安保險|平安|Ping An|Ping An Insurance|Ping An Insurance (Group)|2318|02318"
LH7 = "壽險及健康險|壽險及健康險業務|life and health insurance|life and health|" + PA7
PC7 = "財產保險|財產保險業務|property and casualty insurance|P&C|" + PA7
BK7 = "銀行業務|銀行|banking business|banking|" + PA7
TK7 = "科技業務|technology business|technology|" + PA7
AM7 = "資產管理業務|資管業務|資產管理|asset management|" + PA7
CORE7 = "三大核心業務|核心業務|core businesses|three core businesses|" + PA7
AGP7 = "代理人人均|代理人|NBV per agent|agents|" + PA7
AGC7 = "代理人渠道|agency channel|" + PA7
BAC7 = "銀保渠道|bancassurance channel|bancassurance|" + PA7
FY7 = "FY2023"
OPA7 = "operating_profit_attributable|operating_profit|attributable_operating_profit|opat"
OPAG7 = "operating_profit_attributable_growth|operating_profit_growth|opat_growth"
NBV7 = "new_business_value|nbv|vnb|value_of_new_business"
NBVG7 = "new_business_value_growth|nbv_growth|vnb_growth"
DPS7 = "dividend_per_share|dividend|dps"
DPSG7 = "dividend_growth|dividend_per_share_growth|dps_growth"
G["zh07"] = ([
    m(OPA7, 1.17989e11, "CNY", PA7, FY7, basis="歸母營運利潤, the reference for cash dividends"),
    m(OPAG7, -19.7, "%", PA7, FY7, basis="yoy, 比上年減少"),
    m(NBV7, 3.108e10, "CNY", LH7, FY7, basis="壽險及健康險新業務價值"),
    m(NBVG7, 36.2, "%", LH7, FY7, basis="yoy, 按年上升"),
    m(DPS7, 1.5, "CNY", PA7, FY7, prior=1.5, basis="final dividend per share, cash (末期股息); 與上年持平 -> prior = level"),
    m(DPSG7, 0, "%", PA7, FY7, opt=True, basis="final dividend 持平 (zero change)"),
    m(DPS7, 2.43, "CNY", PA7, FY7, basis="full-year dividend per share, cash (全年股息)"),
    m(DPSG7, 0.4, "%", PA7, FY7, basis="full-year dividend, yoy, 輕微增加 (printed 0.4% 。 with a space)"),
    m("net_profit|net_profit_attributable", 8.5665e10, "CNY", PA7, FY7, basis="歸母淨利 (attributable), 期內"),
    m("net_profit_growth|net_profit_attributable_growth", -22.8, "%", PA7, FY7, basis="yoy, 下跌"),
    m("operating_roe|roe|return_on_equity", 9.7, "%", PA7, FY7, basis="年化營運股本回報率 (ROE)"),
    m("operating_roe_change|roe_change", -3.5, "pp", PA7, FY7, basis="減少3.5個百分點"),
    m("operating_roe_change|roe_change", -3.5, "pp", PA7, FY7, opt=True, basis="sub-heading twin (ROE跌3.5個百分點)"),
    m("operating_eps|eps", 6.66, "CNY", PA7, FY7, basis="基本每股營運收益 (basic operating EPS)"),
    m("operating_eps_growth|eps_growth", -20.9, "%", PA7, FY7, basis="yoy, 減少"),
    m(NBVG7, 89.5, "%", AGP7, FY7, basis="代理人人均新業務價值 (NBV per agent), 上升"),
    m(NBVG7, 40.3, "%", AGC7, FY7, basis="agency-channel NBV, 上升 (printed 40.3% ; with a space)"),
    m(NBVG7, 77.7, "%", BAC7, FY7, basis="bancassurance-channel NBV after the reform, 上升"),
    m(OPA7, 1.40913e11, "CNY", CORE7, FY7, basis="life and health, P&C and banking combined (合共)"),
    m(OPAG7, -2.8, "%", CORE7, FY7, basis="yoy, 輕微減少"),
    m(OPAG7, 2, "%", BK7, FY7, basis="yoy, 輕微增長 (the only segment up)"),
    m(OPAG7, -3, "%", LH7, FY7, basis="yoy, 跌"),
    m(OPAG7, -11.4, "%", PC7, FY7, basis="yoy, 下跌"),
    m(OPAG7, -65, "%", TK7, FY7, basis="yoy, 下跌"),
    m(OPA7 + "|operating_loss", -2.0747e10, "CNY", AM7, FY7, prior=2.292e9,
      basis="去年錄得虧損 (由盈轉虧); prior = 2022年 profit"),
    m(OPA7, 2.292e9, "CNY", AM7, "FY2022", opt=True, basis="2022年則盈利22.92億元"),
    m(OPA7 + "|operating_loss", -2.07e10, "CNY", AM7, FY7, opt=True, basis="sub-heading twin (虧損207億元, rounded)"),
    m("payout_ratio|dividend_payout_ratio|cash_dividend_ratio", 37.3, "%", PA7, FY7,
      basis="現金分紅比例, on attributable operating profit"),
    m("dividend_growth_streak|streak", 12, "years", PA7, None, opt=True, basis="分紅總額已連續12年上升"),
], [])


# zh08: Hon Hai's November 2021 revenue (時報資訊 on Yahoo奇摩股市 tw.stock.yahoo.com; Traditional with half-width "," "(" as
# printed; the headline kept, reworded (鴻海11月營收回升逾12% 寫同期次高 -> 鴻海11月營收回彈逾12% 創同期次高) with its section
# tag 《其他電子》; the byline 【時報記者林資傑台北報導】 kept; the "~" of "3~15%" kept as printed; whole stored item).
# Kind asked for: a Taiwan-listed company's monthly revenue (新台幣億元, 月增, 年增, 累計): all printed, with the earlier month,
# the year-earlier month and the company's fourth-quarter outlook by product line.
# Key: November revenue 6217.13億元 (2021-11; prior 10月 5508.9億元), +12.86% mom, -8.76% yoy; January-November revenue 5.27兆元
# (prior 4.64兆元 of 去年同期), +13.67%; the fourth-quarter outlook -3~15% yoy (rng); product lines: cloud networking +3~15% qoq,
# computing -3~15% yoy, components +3~15% qoq and +3~15% yoy.
# Optional: the headline's 逾12% (bound twin of +12.86%); October 5508.9億元 and November 2020 6813.75億元 and January-November
# 2020 4.64兆元 as rows of their own; October's fall below 6000億元 (cap); the bounds 季增逾15% (the company and consumer
# products) and 年減逾15% (consumer products); the 大致持平 of cloud networking (yoy) and computing (qoq) as zero changes.
# Judgement calls: as news21 zh10, November's prior is the month it is compared with first (10月), the year-earlier month an
# optional row; 去年同期 of the cumulative figure is its prior (news21 zh10); "第四季" is 2021Q4 (the outlook for the year
# printed) and its figures are company forecasts (預期 / 預計) with the ranges as rng, declines negative (-15, -3); 逾15%
# bounds optional (corpus: bounds key only as a headline's figure); the product-line ranks (排第三, 墊底, 四大) carry no figure;
# 2317 and 劉揚偉's 法說會 give no rows.
HH8 = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Hon Hai Precision Industry|Foxconn|2317|2317.TW"
CNS8 = "消費智慧產品|消費智能產品|consumer smart products|consumer electronics|" + HH8
CLD8 = "雲端網路產品|雲端網路|cloud and networking products|cloud networking|" + HH8
CMP8 = "電腦終端產品|電腦終端|computing products|" + HH8
CMPT8 = "元件及其他產品|元件及其他|components and other products|components|" + HH8
REV8 = "revenue|monthly_revenue|consolidated_revenue"
RG8 = "revenue_growth|revenue_growth_mom|revenue_growth_yoy"
N8, O8 = "2021-11", "2021-10"
Y8, Q8 = "2021-01..11", "2021Q4"
F8 = "company forecast (預期 / 預計), "
G["zh08"] = ([
    m(RG8, None, "%", HH8, N8, rng=(12, None), opt=True, basis="headline 回彈逾12% (bound twin of 12.86%)"),
    m(REV8, 6.21713e11, "TWD", HH8, N8, prior=5.5089e11, basis="自結合併營收, monthly; prior = 10月"),
    m(RG8, 12.86, "%", HH8, N8, basis="mom, vs 10月 (增加)"),
    m(RG8, -8.76, "%", HH8, N8, basis="yoy, vs 去年同期 (減少); 同期次高"),
    m(REV8, 5.5089e11, "TWD", HH8, O8, opt=True, basis="monthly; also November's prior"),
    m(REV8, 6.81375e11, "TWD", HH8, "2020-11", opt=True, basis="去年同期 (year-earlier month)"),
    m(REV8, 5.27e12, "TWD", HH8, Y8, prior=4.64e12, basis="前11月累計合併營收; prior = 去年同期"),
    m(RG8, 13.67, "%", HH8, Y8, basis="yoy, cumulative; 再創同期新高"),
    m(REV8, 4.64e12, "TWD", HH8, "2020-01..11", opt=True, basis="去年同期, cumulative"),
    m(REV8, None, "TWD", HH8, O8, rng=(None, 6e11), opt=True, basis="10月 跌穿6000億元關口 (「雙降」)"),
    m(RG8, None, "%", HH8, Q8, rng=(15, None), opt=True, basis=F8 + "第四季營收季增逾15% (qoq, bound)"),
    m(RG8, None, "%", HH8, Q8, rng=(-15, -3), basis=F8 + "vs 去年同期, 略為減少3~15% (yoy)"),
    m(RG8, None, "%", CNS8, Q8, rng=(15, None), opt=True, basis=F8 + "qoq, 季增逾15% (bound)"),
    m(RG8, None, "%", CNS8, Q8, rng=(None, -15), opt=True, basis=F8 + "yoy, 年減逾15% (bound)"),
    m(RG8, None, "%", CLD8, Q8, rng=(3, 15), basis=F8 + "qoq, 季增3~15%"),
    m(RG8, 0, "%", CLD8, Q8, opt=True, basis=F8 + "yoy, 與去年同期大致持平"),
    m(RG8, 0, "%", CMP8, Q8, opt=True, basis=F8 + "qoq, 與第三季相比大致持平"),
    m(RG8, None, "%", CMP8, Q8, rng=(-15, -3), basis=F8 + "yoy, 年減3~15%"),
    m(RG8, None, "%", CMPT8, Q8, rng=(3, 15), basis=F8 + "qoq, 季增3~15%"),
    m(RG8, None, "%", CMPT8, Q8, rng=(3, 15), basis=F8 + "yoy, 年增3~15%"),
], [])


# zh09: Hong Kong's February retail sales (大紀元 Hong Kong, api.hk.epochtimes.com; Traditional with half-width "," "(" ";" as
# printed; no headline in the stored text and none composed; the closing mark "@", the dashed lines and the 法輪大法 anniversary
# and 周末版 links (their figures dropped with them) left out as page furniture; the source's "部份" kept; whole stored item
# otherwise).
# Kind asked for: the Census and Statistics Department's retail sales value (按年, 按月, 各類別): all three are printed (the
# month-on-month change seasonally adjusted), with the online sales, the volume and January's readings.
# Key (2025-02): retail sales value 294億港元 (-13.0% yoy); +1.6% mom (seasonally adjusted); online sales 23.0億港元 (-7.3%), 7.8%
# of the total; volume -15.0%; the six categories named: 酒類飲品及煙草 +20.6%, 新鮮蔬果 +10.4%, 電器及其他未分類耐用消費品
# +2.9%, 汽車及汽車零件 -47.3%, 麵包、糕餅、糖果及餅乾 -37.1%, 鞋類、有關製品及其他衣物配件 -36.5%. Key (2025-01): the total's
# yoy -3.1% (上月); the same six categories' January yoy in brackets: +26.4%, +5.1%, -11.3%, -52.6%, +6.1%, +7.1%.
# Optional: none.
# Judgement calls: 2月 is 2025-02 (the text prints 2025年首兩個月 and 今年農曆新年 in late January) and 上月 2025-01; the bracketed
# "上月按年" figures are January's yoy changes of the same category, key rows of their own with period 2025-01 rather than priors
# (news74 zh08: the earlier month's reading is a separate figure); the seasonally adjusted month-on-month rise is the month's
# mom row (basis); "按年跌幅…收窄" against 2024年12月 and 首兩個月合併 print no figure; 前三 / 尾三 (三個, 三位) are counts in
# words; 31日 (the release day) gives no row.
HKR9 = ("零售業|香港零售業|零售業總銷貨價值|Hong Kong retail sales|retail sales|香港|Hong Kong|政府統計處|香港政府統計處|"
        "Census and Statistics Department")
ONL9 = "網上銷售|零售業網上銷售|online retail sales|online sales|" + HKR9
F9, J9 = "2025-02", "2025-01"
RS9 = "retail_sales|retail_sales_value|total_retail_sales"
RSG9 = "retail_sales_growth|retail_sales_value_growth|retail_sales_change"
CATG9 = "retail_sales_growth|sales_value_growth|category_sales_growth|growth"
CATS9 = [
    ("酒類飲品及煙草|alcoholic drinks and tobacco", 20.6, 26.4),
    ("新鮮蔬果|fresh fruits and vegetables", 10.4, 5.1),
    ("電器及其他未分類耐用消費品|電器|electrical goods and other consumer durable goods, not elsewhere classified", 2.9, -11.3),
    ("汽車及汽車零件|motor vehicles and parts", -47.3, -52.6),
    ("麵包、糕餅、糖果及餅乾|bread, pastry, confectionery and biscuits", -37.1, 6.1),
    ("鞋類、有關製品及其他衣物配件|footwear, allied products and other clothing accessories", -36.5, 7.1),
]
zh09 = [
    m(RS9, 2.94e10, "HKD", HKR9, F9, basis="2月份總值, provisional (臨時)"),
    m(RSG9, -13.0, "%", HKR9, F9, basis="yoy, vs 上年同月 (減少)"),
    m(RSG9, -3.1, "%", HKR9, J9, basis="上月 (January), yoy, 下跌"),
    m("retail_sales_growth_mom|retail_sales_growth_sa|" + RSG9, 1.6, "%", HKR9, F9,
      basis="mom, seasonally adjusted (經季節性調整後按月升)"),
    m("online_sales|online_retail_sales|retail_sales", 2.30e9, "HKD", ONL9, F9, basis="網上銷售, printed 23.0億港元"),
    m("online_sales_growth|" + RSG9, -7.3, "%", ONL9, F9, basis="yoy, 減少"),
    m("online_share|online_sales_share|share", 7.8, "%", ONL9, F9, basis="share of total retail sales value"),
    m("retail_sales_volume_growth|retail_volume_growth|retail_sales_volume_change", -15.0, "%", HKR9, F9,
      basis="volume (net of price changes), yoy, 減少"),
]
for names, feb, jan in CATS9:
    zh09.append(m(CATG9, feb, "%", names + "|" + HKR9, F9, basis="yoy, sales by retailer category"))
    zh09.append(m(CATG9, jan, "%", names + "|" + HKR9, J9, basis="上月按年 (January's yoy, in brackets)"))
G["zh09"] = (zh09, [])


# zh10: the Kuaishou IPO at the start of its subscription (中評社, its doc page on the 49.213.0.198 host, relaying 香港文匯報;
# Traditional with half-width "," "(" as printed; the photo caption "快手業務,圖示其生態系統及相關互動。" with its "|" marks left
# out; the dateline "中評社香港1月26日電" and its summary line kept, reworded (籌420億,入場費1.16萬,10基投認購190億 ->
# 集資420億,入場費1.16萬,10名基投認購190億); the two sub-headings kept, reworded; the stored text breaks off inside the
# sentence "耀才證券行政總裁許繹彬昨表", so the passage ends with the sentence before it (no figure dropped)).
# Kind asked for: a Hong Kong IPO's offer details (招股價範圍, 每手股數, 入場費, 集資額, 基石投資者): all printed.
# Key (period None): maximum proceeds 最多集資420億元 (cap, printed twice in the body -> one row); 3.65億股 offered; the price
# range 105元至115元; entry fee 11,615.9元; proceeds of 483億元 with the over-allotment option; the market value 4,783億元 then;
# the cornerstone subscription 約190億港元 and its 45% of the IPO; the ten cornerstone investors' amounts (Capital Group 約5億
# 美元, 淡馬錫 and GIC 約3.3億美元 each, 景順 and 富達 約2.7億美元 each, 貝萊德 約2.25億美元, CPPIB and 博裕資本 約1.5億美元
# each, 摩根士丹利投資管理 約1.25億美元, ADIA 約1億美元).
# Optional: the summary line's 420億, 1.16萬 and 190億 (twins); the 2.5% public tranche; the 100-share lot; the 10 cornerstone
# investors (count, printed twice); the margin reserved 超過2,600億元 (bound); the possible 凍資破萬億元 (bound); the use of
# proceeds 35% / 30% / 25% / 10%.
# Judgement calls: 元 / 億元 in this Hong Kong IPO = HKD (corpus); "最多集資420億元" is an upper cap -> rng (None, 4.2e10) (corpus:
# 最多50億元 -> rng=(None, 5e9)), the summary's plain "集資420億" an optional value twin; the price range is a rng; the entry fee
# key and the lot size optional (majority of news13, news15, news22, news33, news37; news30 / news57 / news65 had it optional);
# the cornerstone total and share key, the count optional (news22 zh10, news30 zh11); each named cornerstone investor's
# amount is key (named entities with their own figures, news29 / news30: per-fund flows are key); "各認購" / "各自認購" give
# each named investor the amount; 483億元 and 4,783億元 are stated outcomes of a condition (倘), key as printed (news22 zh10:
# "可高達406.37億元" key); 1月26日, 29日 (周五), 2019年9月 and the codes 1024 / 1876 give no rows; 兩大, 逾一年 carry no figure.
KS10 = "快手|快手科技|快手-W|Kuaishou|Kuaishou Technology|1024|01024"
PR10 = "funds_raised|ipo_proceeds|proceeds"
CS10 = "cornerstone_subscription|cornerstone_investment"
CORN10 = [
    ("Capital Group|美國基金Capital Group", 5e8),
    ("淡馬錫控股|淡馬錫|Temasek Holdings|Temasek", 3.3e8),
    ("新加坡政府投資公司|GIC", 3.3e8),
    ("景順|Invesco", 2.7e8),
    ("富達|Fidelity", 2.7e8),
    ("貝萊德|BlackRock", 2.25e8),
    ("加拿大退休金計劃投資局|CPPIB|Canada Pension Plan Investment Board", 1.5e8),
    ("博裕資本|博裕|Boyu Capital|Boyu", 1.5e8),
    ("摩根士丹利投資管理|Morgan Stanley Investment Management|MSIM", 1.25e8),
    ("阿布扎比投資局|ADIA|Abu Dhabi Investment Authority", 1e8),
]
zh10 = [
    m(PR10, 4.2e10, "HKD", KS10, None, opt=True, basis="summary line 集資420億 (twin of the cap)"),
    m("entry_fee|minimum_subscription", 11600, "HKD", KS10, None, opt=True, basis="summary line 入場費1.16萬 (rounded twin)"),
    m("cornerstone_investors|count", 10, "investors", KS10, None, opt=True, basis="10名基投 / 10名基石投資者 (printed twice)"),
    m(CS10, 1.9e10, "HKD", KS10, None, opt=True, basis="summary line 認購190億 (twin)"),
    m("offer_shares|shares_offered|global_offering_shares", 3.65e8, "shares", KS10, None, basis="發售3.65億股"),
    m("public_offer_share|offer_share_pct", 2.5, "%", KS10, None, opt=True, basis="在香港公開發售 (只有2.5%)"),
    m("ipo_price|offer_price", None, "HKD", KS10, None, rng=(105, 115), basis="招股價105元至115元"),
    m("lot_size|board_lot", 100, "shares", KS10, None, opt=True, basis="每手100股"),
    m("entry_fee|minimum_subscription", 11615.9, "HKD", KS10, None, basis="入場費, one lot"),
    m(PR10, None, "HKD", KS10, None, rng=(None, 4.2e10), basis="集資最多420億元 (cap); printed twice in the body"),
    m("margin_subscription|margin_financing|ipo_margin", None, "HKD", KS10, None, rng=(2.6e11, None), opt=True,
      basis="券商預留孖展額 超過2,600億元 (bound)"),
    m("frozen_funds|subscription_funds", None, "HKD", KS10, None, rng=(1e12, None), opt=True,
      basis="凍資破萬億元 (possible record, bound)"),
    m(PR10, 4.83e10, "HKD", KS10, None, basis="with the over-allotment option exercised (倘招股反應熾熱)"),
    m("market_cap|market_value", 4.783e11, "HKD", KS10, None, basis="市值, with the over-allotment option exercised"),
    m(CS10, 1.9e10, "HKD", KS10, None, basis="10名基石投資者合共認購 約190億港元"),
    m("cornerstone_share|cornerstone_pct|cornerstone_share_pct", 45, "%", KS10, None, basis="of the IPO's size (集資規模)"),
]
for name, usd in CORN10:
    zh10.append(m(CS10, usd, "USD", name, None, basis="cornerstone subscription in Kuaishou's IPO, 約"))
zh10 += [
    m("use_of_proceeds_pct", 35, "%", KS10, None, opt=True, basis="增強生態系統"),
    m("use_of_proceeds_pct", 30, "%", KS10, None, opt=True, basis="研發及技術能力"),
    m("use_of_proceeds_pct", 25, "%", KS10, None, opt=True, basis="選擇性收購或投資"),
    m("use_of_proceeds_pct", 10, "%", KS10, None, opt=True, basis="營運資金及一般企業用途"),
]
G["zh10"] = (zh10, [])


# zh11: a day's Taiwan close with the three institutional groups' net buying and foreign investors' top stocks (大媒體
# bigmedia.com.tw; Traditional with half-width "," "(" as printed; no headline in the stored text and none composed; whole
# stored item).
# Kind asked for: the three institutional groups' net buying and selling (外資, 投信, 自營商, 億元, 個股): all printed.
# Key (今天, no date printed -> period None): the TAIEX -42.57 points to 23340.56; turnover 3040.44億元; net buying: the three
# groups +37.38億元, foreign investors +41.29億元, dealers +20.86億元, investment trusts -24.77億元; foreign net buying by stock:
# 神達 約2.1萬張, 中信金 1.9萬張, 華航 1.8萬張.
# Optional: the 5-trading-day buying streak of foreign investors and of dealers; foreign net selling of 元大台灣50 (0050) 超過2.1萬張
# and 台新金 逾2萬張 (bounds).
# Judgement calls: 賣超 is negative net buying, 買超 positive (news40 zh12, news77 zh10); 元 / 億元 = TWD; 張 -> lots (news44
# zh12); 約2.1萬張 -> 21000 (約X -> X); "超過 / 逾" on the sell list are bounds -> rng (None, -X) optional (corpus); the other
# stocks and funds in the top-ten lists carry no figure; the fund codes (009802, 00953B, 00929, 0050, 0056) and the "50" in
# fund names give no rows; 排第二位 / 高居榜首 / 前十名 are ranks.
TAIEX11 = "加權指數|台股|集中市場|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III11 = "三大法人|institutional investors|three major institutional investors"
FI11 = "外資|外資及陸資|foreign investors|foreign institutional investors"
IT11 = "投信|investment trusts|domestic investment trusts"
DL11 = "自營商|dealers|proprietary traders"
NB11 = "net_buy|net_buying|net_sell|fund_flow"
FNB11 = "foreign_net_buy|net_buy|net_buying"
D11 = "close, 今天 (no date printed)"
G["zh11"] = ([
    m("index_change", -42.57, "points", TAIEX11, None, basis=D11 + ", 收跌"),
    m("index_level|index_close", 23340.56, "points", TAIEX11, None, basis=D11),
    m("turnover|trading_value", 3.04044e11, "TWD", TAIEX11, None, basis="成交值, " + D11),
    m(NB11, 3.738e9, "TWD", III11, None, basis="合共買超, " + D11),
    m(NB11, 4.129e9, "TWD", FI11, None, basis="買超, " + D11),
    m(NB11, 2.086e9, "TWD", DL11, None, basis="買超, " + D11),
    m(NB11, -2.477e9, "TWD", IT11, None, basis="賣超 (從買超轉為賣超), " + D11),
    m("buying_streak|streak", 5, "sessions", FI11, None, opt=True, basis="連續5個交易日站在買方"),
    m("buying_streak|streak", 5, "sessions", DL11, None, opt=True, basis="連續5個交易日站在買方"),
    m(FNB11, 21000, "lots", "神達|神達投控|MiTAC|MiTAC Holdings|3706", None, basis="外資買超 約2.1萬張, first"),
    m(FNB11, 19000, "lots", "中信金|中信金控|CTBC Financial|CTBC Financial Holding|2891", None, basis="外資買超 1.9萬張"),
    m(FNB11, 18000, "lots", "華航|中華航空|China Airlines|2610", None, basis="外資買超 1.8萬張"),
    m(FNB11, None, "lots", "元大台灣50|0050|Yuanta Taiwan Top 50 ETF", None, rng=(None, -21000), opt=True,
      basis="外資賣超 超過2.1萬張 (bound), first"),
    m(FNB11, None, "lots", "台新金|台新金控|Taishin Financial|Taishin Financial Holding|2887", None, rng=(None, -20000),
      opt=True, basis="外資賣超 逾2萬張 (bound), second"),
], [])


# zh12: Goldman Sachs cuts its HKEX target (uSMART hk.usmartglobal.com 《大行報告》; Traditional with half-width "," "(" and
# 「」 as printed; the headline kept, reworded (下調…目標價至400元 續列確信買入名單 -> 調低…目標價至400元 仍列確信買入名單);
# the "Follow us / Find us on Facebook…" block and the disclaimer left out as page furniture; the source's 恆生指數 (恆, not
# 恒) kept; whole stored item otherwise).
# Kind asked for: a broker's rating and target on a Hong Kong stock (上調或下調, 由X元至Y元, 盈利預測): a cut from 410元 to 400元
# with the rating kept and the EPS-forecast changes.
# Key: the year-to-date share-price fall 8% and the 6 pp shortfall against the Hang Seng Index; EPS forecasts 16% (FY2023) and
# 9% (FY2024) above the 2022財年第四季 low; EPS-forecast changes -3% (FY2023), +1% (FY2024), -4% (FY2025); ADT forecasts -8%
# (FY2023, 今年), +14% (FY2024), +12% (FY2025); the target 400元 (prior 410元).
# Rating action: Goldman Sachs cuts its target on HKEX to 400元 from 410元 and keeps 買入 (buy): cut_target.
# Optional: none.
# Judgement calls: "由2022財年第四季時的低位依次調高16%及9%" is printed as an EPS-forecast rise measured from the 4Q22 trough
# (eps_forecast_change, the trough in basis), kept apart from the next sentence's revisions (-3% / +1% / -4%), which are the
# changes of the forecasts (earnings_forecast_change, news11 zh10 / zh11); 今年 beside 2024及25財年 is FY2023 (news11 zh10:
# the text's own sequence); 2023及24財年 / 2024及25財年 map in order (依次); "落後恆生指數6個百分點" is a relative performance
# of -6 pp; the stock code 00388 (printed twice) gives no row; 元 = HKD; 確信買入名單 (a list) carries no figure.
HKEX12 = "港交所|香港交易所|香港交易及結算所|HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges|00388|0388|388"
GS12 = "高盛|Goldman Sachs|Goldman"
ADT12 = "現金股本日均成交金額|日均成交金額|ADT|average daily turnover|cash equity ADT|" + HKEX12
EFC12 = "earnings_forecast_change|eps_forecast_change|eps_forecast_revision"
ADTG12 = "adt_growth|average_daily_turnover_growth|turnover_growth"
G["zh12"] = ([
    m("price_change|share_price_change", -8, "%", HKEX12, None, basis="year to date (年初至今累跌)"),
    m("relative_performance|underperformance|relative_return", -6, "pp", HKEX12, None,
      basis="vs 恆生指數, year to date (落後6個百分點)"),
    m("eps_forecast_vs_trough|" + EFC12, 16, "%", HKEX12, "FY2023", basis="Goldman Sachs, EPS forecast from the 2022財年第四季 low, 調高"),
    m("eps_forecast_vs_trough|" + EFC12, 9, "%", HKEX12, "FY2024", basis="Goldman Sachs, EPS forecast from the 2022財年第四季 low, 調高"),
    m(EFC12, -3, "%", HKEX12, "FY2023", basis="Goldman Sachs, EPS forecast cut (調低)"),
    m(EFC12, 1, "%", HKEX12, "FY2024", basis="Goldman Sachs, EPS forecast raised (調高)"),
    m(EFC12, -4, "%", HKEX12, "FY2025", basis="Goldman Sachs, EPS forecast cut (調低)"),
    m(ADTG12, -8, "%", ADT12, "FY2023", basis="Goldman Sachs forecast, 今年 (減少)"),
    m(ADTG12, 14, "%", ADT12, "FY2024", basis="Goldman Sachs forecast (增長)"),
    m(ADTG12, 12, "%", ADT12, "FY2025", basis="Goldman Sachs forecast (增長)"),
    m("target_price|price_target", 400, "HKD", HKEX12, None, prior=410, basis="Goldman Sachs, 由410元輕微調低至400元; headline repeats"),
], [
    ra(GS12, HKEX12, "cut_target", "buy", None, 400, 410, "HKD"),
])
