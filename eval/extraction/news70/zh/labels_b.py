# Hand labels for news70/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan): 快手科技's
# fourth-quarter 2024 results release (美通社 relayed by thehubnews.net), 星島 (singtaousa.com) on the HKMA's second purchase
# of Hong Kong dollars, the aggregate balance and the day's HIBOR fixings, 經濟日報 (udn.com) on 中鋼's January revenue and
# steel list prices, 中天新聞 via Yahoo 奇摩新聞 on Taiwan's January 2026 foreign-exchange reserves, 經濟通 (etnet) on two
# Hong Kong IPOs' first day below the offer price, and 東方日報 (on.cc) on several brokers' views of 友邦保險 before its
# third-quarter figures; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "dau", "mau", "users", "stores", "adjusted_net_profit", "hibor",
# "aggregate_balance", "HKD per USD", "CNY/tonne", "USD/tonne", "lots", "fx_reserves", "currency_change", "ipo_price",
# "oversubscription", "per_lot", "allotment", "ra(").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news69/zh and news68/zh README.md and labels_*.py, with the precedents named below: news66 zh07 / news67 zh12
# for year-earlier comparatives (prior of the current row plus an optional row of their own); news55 zh09 for HIBOR
# fixings (levels in %, moves in bp for 點子), the aggregate balance in HKD and the 7.85 weak-side level as optional
# "HKD per USD" rows; news59 zh12 and news67 zh09 for Taiwan company figures in TWD; the development corpus's per-unit
# prices ("CNY/tonne", "USD/tonne") for list and raw-material prices; news63 zh11 for Taiwan's reserves release (outflows
# negative, currency moves in % against the US dollar with each currency as entity); news27 zh12 for ROC years (+1911);
# news32 zh09 and news24 zh08 for IPO first days (close, offer price, change, turnover and oversubscription key; lot
# sizes, per-lot paper losses, share volumes and allotment statistics optional); news66 zh12 / news67 zh12 / news65 zh07
# for broker views (targets only in the rating actions, no target_price rows; 維持…目標價 -> prior target = target).
# Currency: 人民幣 = CNY (zh07, and zh09's 寶武 / 鞍本 plate prices); 港元 / bare 元 in a Hong Kong context = HKD (zh08,
# zh11, zh12); Taiwan 元 / 億元 / 台幣 = TWD (zh09, zh10); 美元 = USD (zh09's iron-ore and coal prices, zh10, zh12).
# Values fully scaled (4.010億 -> 4.01e8; 人民幣4,621億元 -> 4.621e11; 人民幣236百萬元 -> 2.36e8; 1,441.75億港元 ->
# 1.44175e11; 2.2萬張 -> 22000 lots; 6,044.57億美元 -> 6.04457e11; 784.5萬股 -> 7.845e6; 8.41億美元 -> 8.41e8); rates in
# % (厘 = %), their moves in bp (點子); declines negative (跌, 低, 下跌, 年減, 蝕, 收窄 of a loss, 匯出 as an outflow).
# Periods only where the text states or clearly implies the year: zh07 2024Q4 (printed) with 2023Q4 for 去年同期; zh08 None
# (本周三 / 今日 / 周三(2日), no month or year); zh09 2026-01 for 今年1月 (the text prints 大陸去年粗鋼產量年減4.4% and, of the
# same output, 在2025年進一步下降, so 去年 = 2025 and 今年 = 2026), 2026-02 / 2026-03 for the list prices, FY2025 for the
# crude-steel fall, None for the 10日 share price (month not printed); zh10 2026-01 (printed 115年1月份, ROC +1911); zh11
# 2025-12-22 for the first-day trading figures (the item's printed date 22/12/2025; 今日 / 今早 = that day), None for the
# offer terms and allotment results; zh12 no year printed -> "Q3" / "Q1" for quarters and "H2" for 今年下半年 (news68 zh10
# "Q3", the corpus's "H1"), None otherwise.
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 快手科技's fourth-quarter 2024 results release (美通社 relayed by thehubnews.net; Traditional, half-width ":", ";",
# "," and brackets as printed, the footnote markers (1) (2) (3) and the " — " after the dateline kept; no headline in the
# stored text and none composed; the sub-head 2024年第四季度業績摘要 kept, reworded (摘要 -> 重點); cut before the
# 2024年全年業績摘要 section, which would take the passage past 900 characters, so the passage is the lead and the
# fourth-quarter highlights).
# Key (2024Q4): average DAU 4.010億 (prior 3.825億) and +4.8%; average MAU 7.356億 (prior 7.004億) and +5.0%; e-commerce GMV
# 人民幣4,621億元 (prior 4,039億元) and +14.4%; revenue 人民幣354億元 (prior 326億元) and +8.7%; revenue shares 58.3% (online
# marketing), 27.8% (live streaming), 13.9% (other services); gross profit 191億元 (prior 173億元) and +10.6%; gross margin
# 54.0% (prior 53.1%); profit for the period 40億元 (prior 36億元) and +10.0%; adjusted net profit 47億元 (prior 44億元);
# domestic segment operating profit 44億元 (prior 43億元); overseas segment operating loss 236百萬元 (negative) narrowed 57.2%.
# Optional: the nine year-earlier comparatives as rows of their own (2023Q4).
# Judgement calls: "較去年同期X增長Y%" gives the level with X as prior, the growth row, and X as an optional row (news66
# zh07); 毛利率 "由53.1%增長至54.0%" -> 54.0 with prior 53.1, no pp row derived; the overseas loss is a negative operating
# profit (losses negative) and "縮窄57.2%" a -57.2% change of the loss; 人民幣236百萬元 -> 2.36e8; the date 2025年3月25日, the
# stock codes and the footnote markers give no rows.
KS = "快手科技|快手|Kuaishou|Kuaishou Technology|快手應用|Kuaishou app|01024|1024|81024"
Q7, PQ7 = "2024Q4", "2023Q4"
DAU7, DAUG7 = "dau|daily_active_users|average_dau", "dau_growth|daily_active_users_growth"
MAU7, MAUG7 = "mau|monthly_active_users|average_mau", "mau_growth|monthly_active_users_growth"
GMV7, GMVG7 = "gmv|ecommerce_gmv|e_commerce_gmv", "gmv_growth|ecommerce_gmv_growth|e_commerce_gmv_growth"
NP7, NPG7 = "net_profit|profit_for_the_period|profit|net_income", "net_profit_growth|profit_growth|net_income_growth"
SH7 = "revenue_share|share_of_revenue|share"
OP7 = "operating_profit|segment_operating_profit|operating_income"
G["zh07"] = ([
    m(DAU7, 4.01e8, "users", KS, Q7, prior=3.825e8, basis="average daily active users of the Kuaishou app; prior = 去年同期"),
    m(DAU7, 3.825e8, "users", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m(DAUG7, 4.8, "%", KS, Q7, basis="yoy"),
    m(MAU7, 7.356e8, "users", KS, Q7, prior=7.004e8, basis="average monthly active users; prior = 去年同期"),
    m(MAU7, 7.004e8, "users", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m(MAUG7, 5.0, "%", KS, Q7, basis="yoy"),
    m(GMV7, 4.621e11, "CNY", KS, Q7, prior=4.039e11, basis="電商GMV(1); prior = 去年同期"),
    m(GMV7, 4.039e11, "CNY", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m(GMVG7, 14.4, "%", KS, Q7, basis="yoy"),
    m("revenue|total_revenue", 3.54e10, "CNY", KS, Q7, prior=3.26e10, basis="總收入; prior = 去年同期"),
    m("revenue|total_revenue", 3.26e10, "CNY", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m("revenue_growth|total_revenue_growth", 8.7, "%", KS, Q7, basis="yoy"),
    m(SH7, 58.3, "%", "線上營銷服務|online marketing services|" + KS, Q7, basis="share of total revenue"),
    m(SH7, 27.8, "%", "直播業務|直播|live streaming|" + KS, Q7, basis="share of total revenue"),
    m(SH7, 13.9, "%", "其他服務|other services|" + KS, Q7, basis="share of total revenue"),
    m("gross_profit", 1.91e10, "CNY", KS, Q7, prior=1.73e10, basis="prior = 去年同期"),
    m("gross_profit", 1.73e10, "CNY", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m("gross_profit_growth", 10.6, "%", KS, Q7, basis="yoy"),
    m("gross_margin", 54.0, "%", KS, Q7, prior=53.1, basis="由去年同期的53.1%提升至54.0%"),
    m("gross_margin", 53.1, "%", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m(NP7, 4.0e9, "CNY", KS, Q7, prior=3.6e9, basis="期內利潤; prior = 去年同期"),
    m(NP7, 3.6e9, "CNY", KS, PQ7, opt=True, basis="去年同期 (year-earlier comparative)"),
    m(NPG7, 10.0, "%", KS, Q7, basis="yoy"),
    m("adjusted_net_profit|adjusted_profit|non_ifrs_net_profit", 4.7e9, "CNY", KS, Q7, prior=4.4e9,
      basis="經調整利潤淨額(2), 由去年同期的44億元升至47億元"),
    m("adjusted_net_profit|adjusted_profit|non_ifrs_net_profit", 4.4e9, "CNY", KS, PQ7, opt=True,
      basis="去年同期 (year-earlier comparative)"),
    m(OP7, 4.4e9, "CNY", "國內分部|domestic segment|domestic|" + KS, Q7, prior=4.3e9,
      basis="國內分部經營利潤(3), 由43億元增至44億元"),
    m(OP7, 4.3e9, "CNY", "國內分部|domestic segment|domestic|" + KS, PQ7, opt=True,
      basis="去年同期 (year-earlier comparative)"),
    m(OP7 + "|operating_loss", -2.36e8, "CNY", "海外分部|overseas segment|overseas|" + KS, Q7,
      basis="海外分部經營虧損(3) 人民幣236百萬元 (loss, negative)"),
    m("operating_loss_change|operating_profit_change|loss_change", -57.2, "%", "海外分部|overseas segment|overseas|" + KS,
      Q7, basis="yoy, the loss 大幅收窄57.2%"),
], [])


# zh08: the HKMA's second purchase of Hong Kong dollars, the aggregate balance and the day's HIBOR fixings with a bank
# economist's view (星島 on singtaousa.com; Traditional, half-width "," ";" and brackets as printed, "(Hibor)" /
# "周三(2日)" kept; no headline in the stored text (the address carries one) and none composed; the sub-head kept,
# reworded (需待結餘降到600億至700億 -> 結餘要降到600億至700億); whole stored item).
# Key (period None): HKMA bought 200.18億港元 (本周三); two operations' cumulative 294.38億港元; aggregate balance 1,441.75億
# 港元; 1-month HIBOR 0.71250厘 (-1.7 bp); overnight 0.02039厘 (+0.04 bp); 1-week 0.19750厘 (+0.6 bp); 2-week 0.32518厘 (-4
# bp); 3-month 1.70000厘 (-0.6 bp); 6-month 2.31768厘 (-1 bp); 12-month 2.90601厘 (-0.3 bp); the economist's 600億至700億元
# band at which the 1-month fixing would normalise (range).
# Optional: the 7.85 weak-side level (printed twice); the sub-head's 600億至700億 (twin of the body's band); the forecast
# that the balance falls below 1000億元 within one or two weeks (an upper bound); the forecast 1-month fixing of 2厘以上
# (a lower bound).
# Judgement calls: 本周三 / 今日 / 周三(2日) give no month or year -> period None; the purchase is an HKMA intervention
# amount in HKD (承接港元沽盤, 買入港元; positive as printed); 點子 -> bp, 厘 -> % with the trailing zeros kept in the value
# (0.71250 -> 0.7125, 1.70000 -> 1.7); bounds on forecasts stay optional (corpus); 逾2年 (a span), 2次 (a count), 一、二周
# (a horizon) and 七一 (a holiday) give no rows.
HKMA8 = "金管局|香港金融管理局|HKMA|Hong Kong Monetary Authority"
AGG8 = "銀行體系總結餘|總結餘|銀行結餘|aggregate balance|香港銀行體系|Hong Kong banking system|香港|Hong Kong"
HKD8 = "港匯|港元|港元匯價|HKD|Hong Kong dollar"
HIB8 = "Hibor|HIBOR|香港銀行同業拆息|港元拆息|本港銀行同業拆息"


def hib8(tenor, alias, lvl, chg, word):
    ent = tenor + "Hibor|" + tenor + "拆息|" + alias + "|" + HIB8
    return [m("hibor|rate|interest_rate", lvl, "%", ent, None, basis=tenor + " fixing (報)"),
            m("hibor_change|rate_change", chg, "bp", ent, None, basis=tenor + ", " + word + " (點子)")]


G["zh08"] = ([
    m("hkma_intervention|hkd_purchase|intervention_amount", 2.0018e10, "HKD", HKMA8, None,
      basis="本周三 bought HKD (承接港元沽盤), weak-side convertibility undertaking"),
    m("hkma_intervention|hkd_purchase|intervention_amount", 2.9438e10, "HKD", HKMA8, None,
      basis="cumulative over the two operations (2次累計)"),
    m("aggregate_balance|banking_system_balance", 1.44175e11, "HKD", AGG8, None, basis="今日, 再下降至"),
    m("hibor|rate|interest_rate", 0.7125, "%", "1個月拆息|1個月Hibor|1-month HIBOR|" + HIB8, None,
      basis="1-month fixing 0.71250厘, linked to mortgages"),
    m("hibor_change|rate_change", -1.7, "bp", "1個月拆息|1個月Hibor|1-month HIBOR|" + HIB8, None,
      basis="vs 周三(2日), 跌1.7點子"),
    *hib8("隔夜", "overnight HIBOR", 0.02039, 0.04, "微升"),
    *hib8("1星期", "1-week HIBOR", 0.1975, 0.6, "升"),
    *hib8("2星期", "2-week HIBOR", 0.32518, -4, "跌"),
    *hib8("3個月", "3-month HIBOR", 1.7, -0.6, "跌"),
    *hib8("6個月", "6-month HIBOR", 2.31768, -1, "跌"),
    *hib8("12個月", "12-month HIBOR", 2.90601, -0.3, "跌"),
    m("aggregate_balance|banking_system_balance", None, "HKD", AGG8, None, rng=(6e10, 7e10),
      basis="林俊泓: level (600億至700億元) at which the 1-month fixing would return to normal"),
    m("aggregate_balance|banking_system_balance", None, "HKD", AGG8, None, rng=(6e10, 7e10), opt=True,
      basis="sub-head twin (600億至700億)"),
    m("aggregate_balance|banking_system_balance|aggregate_balance_forecast", None, "HKD", AGG8, None, rng=(None, 1e11),
      opt=True, basis="forecast: 一、二周內跌穿1000億元 (upper bound)"),
    m("hibor|hibor_forecast|rate", None, "%", "1個月拆息|1-month HIBOR|" + HIB8, None, rng=(2, None), opt=True,
      basis="forecast once the balance is at 600億至700億元: 應見2厘以上 (lower bound)"),
    m("exchange_rate", 7.85, "HKD per USD", HKD8, None, opt=True, basis="weak-side convertibility level (7.85兌1美元)"),
    m("exchange_rate", 7.85, "HKD per USD", HKD8, None, opt=True, basis="港匯仍會不時觸及7.85 (second printing)"),
], [])


# zh09: 中鋼's January revenue, share price and steel list prices with raw-material prices and outlook (經濟日報 on udn.com;
# Traditional, full-width "，" "；" "（2002）" and 「月來月高」 as printed; the page's 快訊 tag, the byline "經濟日報／ 記者馬琬淳
# ／台北即時報導" and the photo caption that repeats the lead ("…擺脫陰霾。聯合報系資料照") left out; no headline in the
# stored text and none composed; the stored text breaks off inside "中鋼股價自站上年線後，…股價持續守住20元之上，籌碼方面，
# 外資", so the passage ends with the paragraph before it (20元 dropped with it)).
# Key: January revenue 260.18億元 (2026-01), +1.86% mom and +1.19% yoy; the 10日 close 20.5元, +0.73%, volume 2.2萬張 (22000
# lots); the March list-price rise of 500元 per tonne for the seven product groups (2026-03, prior = February's 300元); iron ore
# 每公噸100美元至105美元 (range); coking coal 突破每公噸250美元 (lower bound, the only figure for it -> key, news66 zh12);
# mainland crude-steel output -4.4% (FY2025); 寶武 / 鞍本 March plate prices +人民幣100元 per tonne (2026-03).
# Optional: February's 300元 rise as a row of its own (2026-02); the dollar conversion 約14美元 of the 人民幣100元 rise.
# Judgement calls: bare 元 / 億元 = TWD; 今年1月 is dated 2026-01 because the text prints both 大陸去年粗鋼產量年減4.4% and, of
# the same output, 在2025年進一步下降至七年低點 (去年 = 2025); the 10日 share figures take None (the month is not printed);
# "漲幅高於2月的300元" makes 300 the prior of the 500 rise (news19 / news20: the previous period's figure given with the
# current one); per-tonne prices in "TWD/tonne", "USD/tonne", "CNY/tonne"; 連續三個月, 睽違一年, 七大類, 七年低點 and
# 季增低個位數 (no numeral) give no rows; stock codes give no rows.
CSC9 = "中鋼|中國鋼鐵|China Steel|China Steel Corporation|CSC|2002"
G["zh09"] = ([
    m("revenue|monthly_revenue|consolidated_revenue", 2.6018e10, "TWD", CSC9, "2026-01", basis="今年1月營收"),
    m("revenue_growth_mom|revenue_growth|revenue_change", 1.86, "%", CSC9, "2026-01", basis="mom (月增)"),
    m("revenue_growth|revenue_growth_yoy|revenue_change", 1.19, "%", CSC9, "2026-01",
      basis="yoy (年增), first positive yoy in a year"),
    m("price|share_price|close", 20.5, "TWD", CSC9, None, basis="10日 close (收紅)"),
    m("price_change|share_price_change", 0.73, "%", CSC9, None, basis="10日, 上漲"),
    m("volume|trading_volume", 22000, "lots", CSC9, None, basis="10日, 成交量縮至2.2萬張"),
    m("list_price_change|price_change|steel_price_change", 500, "TWD/tonne", CSC9, "2026-03", prior=300,
      basis="3月盤價, 七大類鋼品每公噸全面調漲; prior = 2月的300元"),
    m("list_price_change|price_change|steel_price_change", 300, "TWD/tonne", CSC9, "2026-02", opt=True,
      basis="2月 rise (comparative)"),
    m("iron_ore_price|price", None, "USD/tonne", "鐵礦砂|iron ore", None, rng=(100, 105), basis="每公噸100美元至105美元水準"),
    m("coking_coal_price|price", None, "USD/tonne", "冶金煤|coking coal|metallurgical coal", None, rng=(250, None),
      basis="突破每公噸250美元 (lower bound; only figure)"),
    m("crude_steel_output_change|crude_steel_production_growth|output_growth", -4.4, "%",
      "大陸|中國大陸|mainland China|China|大陸粗鋼|crude steel", "FY2025", basis="去年粗鋼產量年減 (去年 = 2025)"),
    m("list_price_change|price_change|steel_price_change", 100, "CNY/tonne",
      "寶武|鞍本|寶武、鞍本|Baowu|China Baowu|Ansteel Benxi|Anben", "2026-03", basis="3月板材每公噸均調漲人民幣100元"),
    m("list_price_change|price_change|steel_price_change", 14, "USD/tonne",
      "寶武|鞍本|寶武、鞍本|Baowu|China Baowu|Ansteel Benxi|Anben", "2026-03", opt=True,
      basis="約14美元 (conversion of the 人民幣100元 rise)"),
], [])


# zh10: Taiwan's foreign-exchange reserves for January 2026 with the governor's explanation (中天新聞 via Yahoo 奇摩新聞;
# Traditional, full-width punctuation as printed with the single half-width "," after "約1至2億美元", the spelling 蔡炯民
# kept; the two photo captions "中央銀行。（資料照／中天新聞）" and "我國1月份外匯存底達到6,044.57億美元。（圖／報系資料照）"
# left out; no headline in the stored text (the address carries one) and none composed; the stored text breaks off inside
# "他坦言，外資每日在股市的買賣超金額", so the passage ends with the sentence before it).
# Key (2026-01): reserves 6,044.57億美元 (record) and +19.04億美元 on the month; 美元指數 -1.35%; 澳幣 +4.51%; 英鎊、日圓、人民幣
# 及歐元 1.5%至2.1% (one range row for the four currencies); foreign earnings outflow 約90億美元 (negative); foreign principal
# net inflow 約97億美元; net foreign flow 約1至2億美元 (range).
# Optional: 一張180萬元 (the value of one lot of 台積電 and its peers, an illustration); 單日動輒400至700億台幣的賣超或買超
# (an illustrative range with either sign).
# Judgement calls: 115年1月份 -> 2026-01 (ROC +1911, news27 zh12); the month-end level takes the month as period (as the
# earlier reserves rows); currency moves are % changes against the US dollar with each currency as entity (news63 zh11),
# the four currencies' joint range as one row; 約 -> value; 匯出 negative, 淨匯入 positive; 連續兩個月 (a streak), 三大因素,
# 5日 and 1月上旬 give no rows.
TW10 = "台灣|臺灣|我國|中央銀行|央行|Taiwan|Central Bank of the Republic of China (Taiwan)|CBC"
FOR10 = "外資|foreign investors|" + TW10
P10 = "2026-01"
CUR10 = "currency_change|fx_change|exchange_rate_change|appreciation"
G["zh10"] = ([
    m("fx_reserves|foreign_exchange_reserves|reserves", 6.04457e11, "USD", TW10, P10,
      basis="截至1月底, 改寫歷史新高"),
    m("fx_reserves_change|reserves_change|change", 1.904e9, "USD", TW10, P10, basis="較上月底增加"),
    m(CUR10, -1.35, "%", "美元指數|US dollar index|DXY|dollar index", P10, basis="下跌"),
    m(CUR10, 4.51, "%", "澳幣|Australian dollar|AUD", P10, basis="升值, strongest"),
    m(CUR10, None, "%", "英鎊、日圓、人民幣及歐元|英鎊|日圓|人民幣|歐元|pound|yen|renminbi|euro|non-US currencies", P10,
      rng=(1.5, 2.1), basis="1.5%至2.1%不等的升幅, four currencies"),
    m("dividend_outflow|outflow|foreign_net_inflow|net_flow", -9e9, "USD", FOR10, P10,
      basis="外資盈餘匯出約90億美元 (outflow, negative)"),
    m("principal_inflow|inflow|foreign_net_inflow|net_flow", 9.7e9, "USD", FOR10, P10, basis="外資本金淨匯入約97億美元"),
    m("foreign_net_inflow|net_flow|net_change", None, "USD", FOR10, P10, rng=(1e8, 2e8),
      basis="兩相抵銷後, 外資資金淨變動約1至2億美元"),
    m("price_per_lot|price", 1.8e6, "TWD", "台積電|TSMC|權值股|2330", None, opt=True,
      basis="一張180萬元 (value of one lot, illustration)"),
    m("net_buy|net_sell|fund_flow", None, "TWD", FOR10, None, rng=(4e10, 7e10), opt=True,
      basis="單日動輒400至700億台幣的賣超或買超 (either sign, illustration)"),
], [])


# zh11: two Hong Kong IPOs closing their first day below the offer price, with their opens and allotment results (經濟通
# etnet 新股掛牌; Traditional, full-width "，" "；" and the full-width indent "　　" of each paragraph kept, half-width stock
# codes; the headline kept, reworded (首日掛牌四新股見光死，明基醫院最痛慘遭血洗五成 -> 四隻新股首日上市全數見光死，明基醫院
# 最慘被血洗五成), printed once (the page repeats it); the item's date line 22/12/2025 kept; the store's date line and the
# 會員 tag left out; the two sub-heads kept, reworded; the stored text breaks off inside "該股早前輝立暗盤收報3.44元，比定價
# 跌4.4%，一", so the passage ends with the sentence before it (3.44 and 4.4% dropped with it)).
# Key: 明基醫院 close 4.72元 (2025-12-22), offer price 9.34元 (printed three times: one row), -49.5% vs the offer price, turnover
# 4548萬元, open 6.5元 and -30.4%, public offer oversubscribed 約5.28倍, international offer 0.28倍, funds raised 約6.25億元;
# 印象大紅袍 close 2.33元, offer price 3.6元 (three printings: one row), -35.3%, turnover 1.47億元, open 3.26元 and -9.4%, price
# range 3.47元至4.1元, public offer oversubscribed 約3396.48倍.
# Optional (corpus: lot sizes, per-lot paper gains / losses, share volumes and allotment statistics): the headline's
# 血洗五成 (-50 %, approximate twin of -49.5%); the lots 500股 and 1000股 (one row each); per-lot paper losses at the close
# (2310元, 1270元; the sub-heads repeat them) and at the open (1420元, 340元); volumes 784.5萬股 and 4268萬股; applicants
# 約9291 / 約11.4萬, one-lot applicants 6679 / 4.7萬, successful 3340 / 380, allotment ratios 50.01% / 0.8%, 4000股 for a sure
# lot; the 頂頭槌飛 tier (335萬股, 1 applicant, 72.3萬股 allotted, 21.58%); the public offer's 10% share.
# Judgement calls: the printed date 22/12/2025 makes 今日 / 今早 2025-12-22 for the day's trading rows; offer terms and
# allotment results take None (deal terms); 元 = HKD; changes vs the offer price negative (低); 四隻 (a count in the headline
# and lead) and 無人穩獲一手 give no rows.
MJ11 = "明基醫院|明基醫院集團|BenQ Hospital|BenQ Medical|02581|2581"
YX11 = "印象大紅袍|Impression Dahongpao|Impression Da Hong Pao|02695|2695"
D11 = "2025-12-22"
PX11, IPO11 = "price|share_price|close", "ipo_price|offer_price|final_offer_price"
CH11 = "price_change|first_day_return|price_change_vs_ipo|first_day_change"
OPN11 = "price|opening_price|open"
OV11 = "oversubscription|subscription_multiple"
TO11 = "turnover|trading_value"
VOL11 = "volume|shares_traded"
PL11 = "paper_loss_per_lot|loss_per_lot|paper_gain_per_lot"
AP11, SA11, AR11 = "applications|applicants", "successful_applications|successful_applicants", \
    "allotment_ratio|one_lot_allotment_rate|allotment_rate"
G["zh11"] = ([
    m(PX11, 4.72, "HKD", MJ11, D11, basis="first-day close at the day's low (收報)"),
    m(IPO11, 9.34, "HKD", MJ11, None, basis="招股價 / 最終發售價, bottom of range (下限定價)"),
    m(CH11, -49.5, "%", MJ11, D11, basis="close vs offer price (低)"),
    m(CH11, -50, "%", MJ11, D11, opt=True, basis="headline 血洗五成 (approximate twin)"),
    m("lot_size", 500, "shares", MJ11, None, opt=True, basis="一手500股"),
    m(PL11, -2310, "HKD", MJ11, D11, opt=True, basis="paper loss per lot at the close before fees; sub-head repeats"),
    m(VOL11, 7.845e6, "shares", MJ11, D11, opt=True, basis="first-day volume"),
    m(TO11, 4.548e7, "HKD", MJ11, D11, basis="first-day turnover (涉資)"),
    m(OPN11, 6.5, "HKD", MJ11, D11, basis="first-day open (今早開市)"),
    m(CH11, -30.4, "%", MJ11, D11, basis="open vs offer price"),
    m(PL11, -1420, "HKD", MJ11, D11, opt=True, basis="paper loss per lot at the open"),
    m(AP11, 9291, "applications", MJ11, None, opt=True, basis="Hong Kong public offer, 約9291人"),
    m(OV11, 5.28, "x", MJ11, None, basis="Hong Kong public offer, 約"),
    m(AP11, 6679, "applications", MJ11, None, opt=True, basis="one-lot applicants"),
    m(SA11, 3340, "applications", MJ11, None, opt=True, basis="one-lot applicants allotted"),
    m(AR11, 50.01, "%", MJ11, None, opt=True, basis="one lot"),
    m("shares|shares_for_one_lot", 4000, "shares", MJ11, None, opt=True, basis="須認購4000股才穩獲一手"),
    m("shares|subscribed_shares", 3.35e6, "shares", MJ11, None, opt=True, basis="頂頭槌飛 (top tier)"),
    m(AP11, 1, "applications", MJ11, None, opt=True, basis="頂頭槌飛 applicants"),
    m("shares|allotted_shares", 7.23e5, "shares", MJ11, None, opt=True, basis="allotted to the 頂頭槌飛 applicant"),
    m(AR11, 21.58, "%", MJ11, None, opt=True, basis="頂頭槌飛"),
    m("offer_share_pct|public_offer_share", 10, "%", MJ11, None, opt=True,
      basis="Hong Kong public offer share of the offer, 維持"),
    m(OV11, 0.28, "x", MJ11, None, basis="international offer"),
    m("funds_raised|ipo_proceeds|amount_raised", 6.25e8, "HKD", MJ11, None, basis="招股集資約6.25億元"),
    m(PX11, 2.33, "HKD", YX11, D11, basis="first-day close at the day's low (收報)"),
    m(IPO11, 3.6, "HKD", YX11, None, basis="招股價 / 最終發售價, near the bottom of the range"),
    m(CH11, -35.3, "%", YX11, D11, basis="close vs offer price (低)"),
    m("lot_size", 1000, "shares", YX11, None, opt=True, basis="一手1000股 (printed three times)"),
    m(PL11, -1270, "HKD", YX11, D11, opt=True, basis="paper loss per lot at the close before fees; sub-head repeats"),
    m(VOL11, 4.268e7, "shares", YX11, D11, opt=True, basis="first-day volume"),
    m(TO11, 1.47e8, "HKD", YX11, D11, basis="first-day turnover (涉資)"),
    m(OPN11, 3.26, "HKD", YX11, D11, basis="first-day open (今早開市)"),
    m(CH11, -9.4, "%", YX11, D11, basis="open vs offer price"),
    m(PL11, -340, "HKD", YX11, D11, opt=True, basis="paper loss per lot at the open, before fees"),
    m(IPO11 + "|ipo_price_range", None, "HKD", YX11, None, rng=(3.47, 4.1), basis="招股價範圍"),
    m(AP11, 1.14e5, "applications", YX11, None, opt=True, basis="Hong Kong public offer, 約11.4萬人"),
    m(OV11, 3396.48, "x", YX11, None, basis="Hong Kong public offer, 約"),
    m(AP11, 4.7e4, "applications", YX11, None, opt=True, basis="one-lot applicants"),
    m(SA11, 380, "applications", YX11, None, opt=True, basis="one-lot applicants allotted"),
    m(AR11, 0.8, "%", YX11, None, opt=True, basis="one lot"),
], [])


# zh12: several brokers' views of 友邦保險 before its third-quarter new-business figures (東方日報 on orientaldaily.on.cc;
# Traditional, half-width "," and brackets as printed; the headline kept, reworded (友邦料績優最牛睇75元 -> 友邦料業績佳
# 最牛目標價睇75元); the two sub-heads kept, reworded; the stored text breaks off inside 摩根士丹利's sentence ("…料第三季新
# 業務價值按年可"), so the passage ends with the paragraph before it (6個百分點 and 57.7% dropped with it)).
# Rating actions: 瑞信 keeps 跑贏大市 and raises its target to 71元 (raise_target, outperform; no earlier target printed);
# 大和 keeps 買入 and its 75元 target (maintain, prior target 75); 信誠證券's director gives a 初步目標價 68元 with no rating
# (optional action: a brokerage director's comment, not a research rating).
# Key: the best target's potential upside 22.85%; the share price +39.54% year to date and the previous close 61.05元; 瑞信's
# forecasts: third-quarter new business value +22% to 8.41億美元 ("Q3"), second half +18.5% to 17.65億美元 ("H2"); Southeast
# Asian stock markets +約13.6% year to date; 大和's third-quarter NBV growth 21% ("Q3") and full-year 29% (None); mainland
# gross premiums +33%; 高盛: NBV growth 53% in the first quarter ("Q1") slowing to 20% in the third ("Q3").
# Optional: the lead's "按年最多增22%" (the highest forecast, twin of 瑞信's 22%, an upper bound); the 60元 entry level
# (printed twice); the HKD conversion 約65.59億港元 of 8.41億美元.
# Judgement calls: no year is printed (本周五, 今年, 昨) -> quarters "Q3" / "Q1", 今年下半年 "H2", 今年全年 None; targets only
# in the rating actions (no target_price rows, news66 zh12 / news67 zh12), so the lead's 目標價最高75元 (大和's target) gives
# no extra row; 跑贏大市 = outperform, 買入 = buy; the upside belongs to the highest target against the close; 二、三線城市
# gives no row.
AIA12 = "友邦保險|友邦|AIA|AIA Group|01299|1299"
NBV12, NBVG12 = "new_business_value|nbv|vonb", "new_business_value_growth|nbv_growth|vonb_growth"
CS12 = "瑞信|瑞士信貸|Credit Suisse|CS"
DW12 = "大和|Daiwa"
G["zh12"] = ([
    m("upside|potential_upside", 22.85, "%", AIA12, None, basis="highest target (75元) vs the close"),
    m(NBVG12, None, "%", AIA12, "Q3", rng=(None, 22), opt=True, basis="brokers' forecasts, 按年最多增22% (upper bound)"),
    m("price|entry_price|buy_level", 60, "HKD", AIA12, None, opt=True, basis="advice: 增持 below 60元"),
    m("price_change|share_price_change|ytd_change", 39.54, "%", AIA12, None, basis="年初至今大升"),
    m("price|share_price|close", 61.05, "HKD", AIA12, None, basis="昨日收報"),
    m("price|entry_price|buy_level", 60, "HKD", AIA12, None, opt=True, basis="advice: enter when the price 跌穿60元 (信誠證券)"),
    m(NBVG12, 22, "%", AIA12, "Q3", basis="瑞信 forecast, yoy"),
    m(NBV12, 8.41e8, "USD", AIA12, "Q3", basis="瑞信 forecast"),
    m(NBV12, 6.559e9, "HKD", AIA12, "Q3", opt=True, basis="約65.59億港元 (conversion of 8.41億美元)"),
    m(NBVG12, 18.5, "%", AIA12, "H2", basis="瑞信 forecast, 今年下半年"),
    m(NBV12, 1.765e9, "USD", AIA12, "H2", basis="瑞信 forecast, 今年下半年"),
    m("index_change|market_change|price_change", 13.6, "%", "東南亞股市|東南亞地區股市|Southeast Asian stock markets|Southeast Asia",
      None, basis="年初至今上升約13.6% (瑞信)"),
    m(NBVG12, 21, "%", AIA12, "Q3", basis="大和 forecast, yoy"),
    m(NBVG12, 29, "%", AIA12, None, basis="大和 forecast, 今年全年"),
    m("gross_premium_growth|premium_growth|gross_written_premium_growth", 33, "%",
      "友邦中國|內地業務|AIA China|mainland China|" + AIA12, None, basis="內地毛保費按年升 (大和)"),
    m(NBVG12, 53, "%", AIA12, "Q1", basis="今年首季, yoy (高盛)"),
    m(NBVG12, 20, "%", AIA12, "Q3", basis="高盛 forecast, slowing to"),
], [
    ra(CS12, AIA12, "raise_target", "outperform", "outperform", 71.0, None, "HKD"),
    ra(DW12, AIA12, "maintain", "buy", "buy", 75.0, 75.0, "HKD"),
    ra("信誠證券|信誠|Prudential Brokerage", AIA12, "initiate", None, None, 68.0, None, "HKD", opt=True),
])
