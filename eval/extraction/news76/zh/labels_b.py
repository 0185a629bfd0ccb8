# Hand labels for news76/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan): 明報
# (news.mingpao.com) on the Hong Kong close of the typhoon session ("打風不停市"), 信報 (www2.hkej.com 即時新聞) on 安踏's
# interim results, NOWnews (nownews.com) on 聯發科's second-quarter results, 經濟通 (《外資精點》 on an etnet warrant-quote
# page, 202.62.215.10) on 花旗's cut of its 比亞迪 target, the Hong Kong government's press release (info.gov.hk) on the
# April 2025 external merchandise trade volumes and prices, and 自由時報 (ec.ltn.com.tw) on Taiwan's August export orders;
# see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "vehicles", "units", "capex", "free_cash_flow", "expense_ratio",
# "高開", "累跌" / "cumulative", "前一季" / "previous quarter", "半成", "逾2900"; news75 zh labels_b.py read whole;
# news58 zh07 and news47 zh07 (明報 Hong Kong closes), news13 zh09 (a cumulative two-day fall), news75 zh07 and news66
# zh07 (Hong Kong results with dividends), news38 zh11 (聯發科's quarterly results), news56 zh09 and news75 zh12 (brokers on
# one Hong Kong stock, an etnet 《外資精點》 item), news54 zh11 and news34 zh10 (Hong Kong trade volume and price releases),
# news47 zh10 and news22 zh12 (Taiwan export orders), news24 zh09 and news71 (the previous quarter's figure as prior) read as
# precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news75/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 億元 / 元 in a Hong Kong market wrap and Hong Kong share prices = HKD (zh07; 安踏's quote in zh08; 比亞迪's
# targets in zh10); "(人民幣‧下同)" / "(人民幣.下同)" make the following bare 元 CNY (zh08, zh10); 港仙 = HKD / 100 (zh08);
# 新台幣 / 億元 in a Taiwan company item = TWD (zh09); 億美元 = USD (zh12). zh11 prints only percentages.
# Values fully scaled (2945億元 -> 2.945e11; 40.69億元 -> 4.069e9; 77.21億元 -> 7.721e9; 118港仙 -> 1.18; 1557.3億元 ->
# 1.5573e11; 36 .36億元 -> 3.636e9; 467萬輛 -> 4.67e6 vehicles; 2萬元 -> 20000; 375﹒5億元 -> 3.755e10; 600.2億美元 ->
# 6.002e10); 半成 = 5 %; 個百分點 -> "pp".
# Declines negative (跌, 挫, 下跌, 淨流出, 淨沽, 減少, 調低, 年減, 月減); net selling and net outflows are negative flows.
# Periods only where the text states or clearly implies the year: zh07 None (昨日, no date printed); zh08 "H1" (中期 /
# 上半年 / 截至6月底止, no year printed); zh09 "Q2" / "Q1" (第二季 / 前一季, no year printed), None for 去年同期; zh10 the
# printed years (2025年第二季度 -> 2025Q2, 2025年8月 -> 2025-08, 2025財年 -> FY2025, 2026╱2027財年 -> FY2026 / FY2027,
# 第三╱第四季度 of the 2025 estimate -> 2025Q3 / 2025Q4); zh11 2025-04 (二零二五年四月), 2025-01..04 (首四個月),
# 2025-02..04 (the three months to April, seasonally adjusted); zh12 None (8月 and 今年, no year printed).


# zh07: Hong Kong full-day close during the typhoon session (明報 news.mingpao.com 經濟, 【明報專訊】; Traditional, full-width
# punctuation and brackets as printed; the page's date line " date 2025-09-24" and the "明報新聞網 / 經濟" lines left out;
# the headline kept, reworded (打風不停市 吹倒港股曾挫340點 收跌185點險守26000關 陳茂波：市場運作暢順 -> 港股打風不停市
# 曾挫340點 收市跌185點險守26000關 陳茂波：市場運作順暢); the sub-heading kept, reworded (北水淨流出40億 終止連續4日流入 ->
# 北水淨流出40億 連續4日流入告終); the stored text breaks off inside the sentence "花旗銀行投資策略及資產配置主管廖嘉豪表示，維持
# 今年底恒指目標價26,800點，明年中目標為27,500點，即較現價分別有不", so the passage ends with the paragraph before it (its
# 26,800 and 27,500 dropped)).
# Key (昨日 close, no date printed -> period None): 恒指 26,159 (-185 points) and its two-day fall -385 points (累跌, news13
# zh09); 國指 9290 (-0.86%); 科指 6167 (-1.45%); turnover 2945億元 (+1.4%); 北水 net outflow 40.69億元; 盈富基金 net selling
# 32.7億元 and 恒生中國企業 9.9億元 (依次, in order); 匯控 108.6元 (+1.3%); 中銀香港 +1%; 中芯國際 72.6元 (-1.02%); 華虹半導體
# 60.9元 (-2.48%).
# Optional: the intraday figures (the 340-point fall printed three times: headline, lead and body; the open 高開91點; the low
# 26,003; 中芯國際's 74.7元 and 華虹半導體's 63.55元 highs); the headline's 收跌185點 (twin) and 26000 / the lead's 兩萬六 (the
# level held, 險守); the bounds 逾2900億元 (turnover), 挫逾半成 (百度, 半成 = 5 %) and 跌逾4% (京東集團); the lead's and the
# sub-heading's rounded "淨流出40億" (twins of 40.69億元); the ended streak 連續4日 and the 52周 span.
# Judgement calls: 北水 amounts in a Hong Kong close are HKD (news47 zh07); "淨流出" and "淨沽" are negative net flows, the two
# funds' rows carrying 北水 as alias; "兩連跌，累計跌385點" is a key cumulative index change (news13 zh09); 去年9月23日 (the
# scheme's start) and 一周年 give no rows; stock codes give no rows.
HSI7 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI7 = "國指|國企指數|恒生中國企業指數|Hang Seng China Enterprises Index|HSCEI|H-share index"
HST7 = "科指|恒生科技指數|科技指數|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
MKT7 = "大市|港股|香港股市|Hong Kong stocks|Hong Kong stock market|Main Board"
SB7 = "北水|北水南下|南向資金|港股通|Southbound|southbound funds|Stock Connect southbound"
TRK7 = "盈富基金|盈富|Tracker Fund|Tracker Fund of Hong Kong|2800|02800|" + SB7
HCE7 = "恒生中國企業|恒生中國企業指數基金|Hang Seng China Enterprises ETF|Hang Seng H-Share Index ETF|2828|02828|" + SB7
BIDU7 = "百度|Baidu|9888|09888"
JD7 = "京東集團|京東|JD.com|JD|9618|09618"
HSBC7 = "匯控|滙控|滙豐控股|匯豐控股|HSBC|HSBC Holdings|0005|00005|5"
BOCHK7 = "中銀香港|BOC Hong Kong|BOCHK|2388|02388"
SMIC7 = "中芯國際|中芯|SMIC|Semiconductor Manufacturing International|0981|00981|981"
HHG7 = "華虹半導體|華虹|Hua Hong Semiconductor|Hua Hong|1347|01347"
LVL7, CHG7 = "index_level|index_close", "index_change"
CHGP7 = "index_change_pct|index_change|percent_change"
PC7 = "price_change|share_price_change|percent_change"
PX7 = "price|share_price|close"
NF7 = "southbound_net_flow|net_flow|net_inflow|net_buying|fund_flow"
D7 = "close (收市), 昨日, no date printed"
G["zh07"] = ([
    m(CHG7, -340, "points", HSI7, None, opt=True, basis="headline 曾挫340點 (intraday maximum fall)"),
    m(CHG7, -185, "points", HSI7, None, opt=True, basis="headline twin 收跌185點"),
    m("index_level|round_level", 26000, "points", HSI7, None, opt=True, basis="headline 險守26000關 (level held)"),
    m(CHG7, -340, "points", HSI7, None, opt=True, basis="lead, 一度最多下跌340點 (intraday)"),
    m("index_level|round_level", 26000, "points", HSI7, None, opt=True, basis="lead 險守兩萬六關口 (level held)"),
    m("turnover|market_turnover", None, "HKD", MKT7, None, rng=(2.9e11, None), opt=True,
      basis="lead, 成交額略為增加至逾2900億元 (bound)"),
    m(NF7, -4e9, "HKD", SB7, None, opt=True, basis="lead, 轉為淨流出40億元 (rounded twin of 40.69億元)"),
    m(CHG7, 91, "points", HSI7, None, opt=True, basis="open (高開)"),
    m(CHG7, -340, "points", HSI7, None, opt=True, basis="body, 最多曾跌340點 (intraday)"),
    m("index_level|intraday_low", 26003, "points", HSI7, None, opt=True, basis="intraday low (低見)"),
    m(LVL7, 26159, "points", HSI7, None, basis=D7),
    m(CHG7, -185, "points", HSI7, None, basis=D7),
    m(CHG7, -385, "points", HSI7, None, basis="cumulative, two straight days (兩連跌, 累計跌)"),
    m(CHGP7, -0.86, "%", HSCEI7, None, basis=D7),
    m(LVL7, 9290, "points", HSCEI7, None, basis=D7),
    m(LVL7, 6167, "points", HST7, None, basis=D7 + ", underperformed (跑輸大市)"),
    m(CHGP7, -1.45, "%", HST7, None, basis=D7),
    m("turnover|market_turnover", 2.945e11, "HKD", MKT7, None, basis="大市成交額, " + D7),
    m("turnover_change|turnover_growth", 1.4, "%", MKT7, None, basis="成交額增加, vs the previous day"),
    m(NF7, -4.069e9, "HKD", SB7, None, basis="北水南下合共淨流出 (net outflow), " + D7),
    m("streak|days", 4, "days", SB7, None, opt=True, basis="連續4日流入 ended"),
    m(NF7, -3.27e9, "HKD", TRK7, None, basis="北水淨沽 (net selling), 依次 first"),
    m(NF7, -9.9e8, "HKD", HCE7, None, basis="北水淨沽 (net selling), 依次 second"),
    m(NF7, -4e9, "HKD", SB7, None, opt=True, basis="sub-heading twin, 北水淨流出40億"),
    m("streak|days", 4, "days", SB7, None, opt=True, basis="sub-heading twin, 連續4日流入告終"),
    m(PC7, None, "%", BIDU7, None, rng=(None, -5), opt=True, basis="挫逾半成 (bound; 半成 = 5 %), worst blue chip"),
    m(PC7, None, "%", JD7, None, rng=(None, -4), opt=True, basis="跌逾4% (bound)"),
    m(PX7, 108.6, "HKD", HSBC7, None, basis="收報, " + D7),
    m(PC7, 1.3, "%", HSBC7, None, basis="升, " + D7),
    m(PC7, 1, "%", BOCHK7, None, basis="升, " + D7),
    m("price|share_price|intraday_high", 74.7, "HKD", SMIC7, None, opt=True, basis="一度見, record high since listing (intraday)"),
    m(PX7, 72.6, "HKD", SMIC7, None, basis="收市報, " + D7),
    m(PC7, -1.02, "%", SMIC7, None, basis="跌, " + D7),
    m("price|share_price|intraday_high", 63.55, "HKD", HHG7, None, opt=True, basis="一度見, 52-week high (intraday)"),
    m("weeks|period_length", 52, "weeks", HHG7, None, opt=True, basis="52周高位 (the span)"),
    m(PX7, 60.9, "HKD", HHG7, None, basis="收市報, " + D7),
    m(PC7, -2.48, "%", HHG7, None, basis="跌, " + D7),
], [])


# zh08: 安踏's interim results with a buy-back plan and the morning's share move (信報 www2.hkej.com 即時新聞 股市; Traditional
# with half-width "," "(" ";" as printed; no headline in the stored text (the address carries one) and none composed; the
# promotional closing line "立即試用EJFQ「信號」全方位股票分析系統,運用100+選股條件篩選值博股!" left out as page furniture
# (its 100 dropped with it); whole stored item otherwise).
# Key ("H1": 中期 / 上半年 / 截至6月底止, no year printed): attributable profit 77.21億元 (+62.62%); basic EPS 2.75元;
# interim dividend 118港仙 (+43.9%); attributable profit excluding the associates' / joint ventures' results and the Amer
# Sports dilution gain 61.61億元 (+17.04%); revenue 337.35億元 (+13.8%); gross margin 64.1% (+0.8 pp); the buy-back of up to
# 100億港元 (不超過 -> an upper cap, rng=(None, 1e10)).
# Optional: the lead's rounded twins (多賺近六成三 -> 63 %, 派息增加四成 -> 40 %, 年半內動用100億 -> 1e10 HKD); the morning's
# opening move (高開7.5%), quote (報77元) and pre-market turnover (開市前成交8621萬元), and the 兩個月 high (news21 / news23:
# opening moves are optional); the buy-back window (年半, 18個月).
# Judgement calls: "(人民幣‧下同)" makes the later bare 元 / 億元 CNY (news75 zh07), while the quote 77元 and the turnover
# 8621萬元, printed before it, are HKD (a Hong Kong share); 港仙 -> HKD / 100 (news66 zh07); the profit excluding the
# associates and the dilution gain is its own metric (adjusted_net_profit) on the company; "按年提高0.8個百分點" is a pp
# change without a printed earlier level, so no prior; the stock code (02020) gives no row.
ANTA8 = "安踏|安踏體育|Anta|ANTA Sports|Anta Sports Products|02020|2020"
H8 = "H1"
G["zh08"] = ([
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 63, "%", ANTA8, H8, opt=True,
      basis="lead 多賺近六成三 (rounded twin of 62.62%)"),
    m("dividend_growth|dps_growth|interim_dividend_growth", 40, "%", ANTA8, H8, opt=True,
      basis="lead 派息增加四成 (rounded twin of 43.9%)"),
    m("buyback_amount|share_buyback|buyback", 1e10, "HKD", ANTA8, None, opt=True,
      basis="lead 年半內動用100億 (twin of the 不超過100億港元 cap)"),
    m("months|period_length", 18, "months", ANTA8, None, opt=True, basis="lead 年半 (buy-back window)"),
    m("price_change|share_price_change", 7.5, "%", ANTA8, None, opt=True, basis="今早高開 (opening move)"),
    m("price|share_price", 77, "HKD", ANTA8, None, opt=True, basis="opening quote 報77元, two-month high"),
    m("months|period_length", 2, "months", ANTA8, None, opt=True, basis="兩個月高位"),
    m("turnover|trading_value", 8.621e7, "HKD", ANTA8, None, opt=True, basis="開市前成交 (pre-market)"),
    m("net_profit|net_profit_attributable|profit_attributable", 7.721e9, "CNY", ANTA8, H8,
      basis="股東應佔溢利, 截至6月底止中期"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 62.62, "%", ANTA8, H8, basis="yoy (按年增長)"),
    m("eps|earnings_per_share|basic_eps", 2.75, "CNY", ANTA8, H8, basis="每股基本盈利"),
    m("dividend_per_share|interim_dividend|dps|dividend", 1.18, "HKD", ANTA8, H8, basis="中期息每股派118港仙"),
    m("dividend_growth|dps_growth|interim_dividend_growth", 43.9, "%", ANTA8, H8, basis="yoy (按年多)"),
    m("adjusted_net_profit|net_profit|profit_attributable|underlying_profit", 6.161e9, "CNY", ANTA8, H8,
      basis="股東應佔溢利 excluding associates / JVs and the Amer Sports listing dilution gain"),
    m("adjusted_net_profit_growth|net_profit_growth|underlying_profit_growth", 17.04, "%", ANTA8, H8,
      basis="yoy (按年上升), same basis"),
    m("revenue|turnover|sales", 3.3735e10, "CNY", ANTA8, H8, basis="期內收入"),
    m("revenue_growth|turnover_growth|sales_growth", 13.8, "%", ANTA8, H8, basis="yoy (按年上升)"),
    m("gross_margin|gross_profit_margin", 64.1, "%", ANTA8, H8, basis="上半年毛利率"),
    m("gross_margin_change", 0.8, "pp", ANTA8, H8, basis="yoy (按年提高0.8個百分點)"),
    m("buyback_amount|share_buyback|buyback", None, "HKD", ANTA8, None, rng=(None, 1e10),
      basis="擬動用不超過100億港元 購回股份 over 18個月 (upper cap)"),
    m("months|period_length", 18, "months", ANTA8, None, opt=True, basis="由今日起計的18個月內 (buy-back window)"),
], [])


# zh09: 聯發科's second-quarter results (NOWnews nownews.com 財經; Traditional with half-width "," "(" ":" and 、 as printed;
# the photo caption printed twice under the headline ("▲聯發科Q2淨利為356.12億元續創新高,每股盈餘為新台幣22.39元。(圖/NOWnews
# 資料照片)", its 356.12 / 22.39 dropped with each), the byline "記者許家禎/台北報導", the two "我是廣告 請繼續往下閱讀" lines
# and the closing "AI倪珍報新聞" left out as page furniture; the headline kept, reworded (聯發科Q2獲利逾356億元創高 單季EPS
# 22.39元 -> 聯發科Q2賺逾356億元寫新高 單季EPS達22.39元); the stray space in "36 .36億元" kept; the lead paragraph's missing
# full stop after "22.39元" is not reproduced; whole stored item otherwise).
# Key ("Q2": 第二季, no year printed): revenue 1557.3億元 (+9.1% qoq, +23.9% yoy); gross margin 49.3% (-1 pp qoq, +3.1 pp
# yoy); operating profit 391.81億元 (+7.4% qoq, +35.9% yoy); net profit 356.12億元; EPS 22.39元; gross profit 767.64億元 (+6.9%
# qoq, +32.3% yoy); operating expenses 375.83億元 (prior 353.16億元, 前一季) and their ratio to revenue 24.1% (prior 24.7%);
# R&D 301.8億元 (prior 285.41億元) and 19.4% of revenue; selling expenses 36 .36億元 (prior 34.09億元) and 2.3% of revenue.
# Optional: the headline's 逾356億元 (bound) and EPS 22.39元 (twin); the second paragraph's repeats (1,557.3億元, 9.1%, 23.9%,
# 49.3%, -1 pp, +3.1 pp); the previous quarter's levels as rows of their own ("Q1": 353.16億元 / 24.7%, 285.41億元, 34.09億元)
# and the year-ago levels (去年同期, period None: 292.04億元 / 23.2%, 228.79億元, 38.9億元).
# Judgement calls: the quarter's year is not printed -> "Q2", the previous quarter "Q1", the year-ago quarter None with
# "去年同期" in basis (news38 zh11); a previous quarter's level printed beside the current one is its prior (news24 zh09,
# news71), the year-ago level an optional row only; 季增 / 年增 -> qoq / yoy growth rows; "較前季減少1個百分點" is a -1 pp
# margin change; 新台幣 / 億元 = TWD; 29日 gives no row.
MTK9 = "聯發科|聯發科技|MediaTek|2454|2454.TW"
Q9, P9, YA9 = "Q2", "Q1", "去年同期 (year-ago quarter, no year printed)"
OPEX9 = "operating_expenses|opex|operating_expense"
OPR9 = "opex_ratio|expense_ratio|operating_expense_ratio"
RD9 = "rd_expenses|r_and_d_expenses|research_and_development_expenses|rd_expense"
SE9 = "selling_expenses|selling_expense|marketing_expenses"
G["zh09"] = ([
    m("net_profit|net_income", None, "TWD", MTK9, Q9, rng=(3.56e10, None), opt=True, basis="headline 賺逾356億元 (bound)"),
    m("eps", 22.39, "TWD", MTK9, Q9, opt=True, basis="headline twin"),
    m("revenue|consolidated_revenue", 1.5573e11, "TWD", MTK9, Q9, basis="合併營收, 新台幣1557.3億元"),
    m("revenue_growth", 9.1, "%", MTK9, Q9, basis="qoq (季增)"),
    m("revenue_growth", 23.9, "%", MTK9, Q9, basis="yoy (年增)"),
    m("gross_margin", 49.3, "%", MTK9, Q9, basis="單季毛利率"),
    m("gross_margin_change", -1, "pp", MTK9, Q9, basis="qoq (比前一季減少)"),
    m("gross_margin_change", 3.1, "pp", MTK9, Q9, basis="yoy (年增)"),
    m("operating_profit|operating_income", 3.9181e10, "TWD", MTK9, Q9, basis="營業利益"),
    m("operating_profit_growth|operating_income_growth", 7.4, "%", MTK9, Q9, basis="qoq"),
    m("operating_profit_growth|operating_income_growth", 35.9, "%", MTK9, Q9, basis="yoy"),
    m("net_profit|net_income", 3.5612e10, "TWD", MTK9, Q9, basis="單季本期淨利"),
    m("eps", 22.39, "TWD", MTK9, Q9, basis="每股盈餘, 新台幣"),
    m("revenue|net_operating_revenue", 1.5573e11, "TWD", MTK9, Q9, opt=True, basis="repeat, 營業收入淨額 1,557.3億元"),
    m("revenue_growth", 9.1, "%", MTK9, Q9, opt=True, basis="repeat, qoq"),
    m("revenue_growth", 23.9, "%", MTK9, Q9, opt=True, basis="repeat, yoy"),
    m("gross_profit", 7.6764e10, "TWD", MTK9, Q9, basis="營業毛利"),
    m("gross_profit_growth", 6.9, "%", MTK9, Q9, basis="qoq"),
    m("gross_profit_growth", 32.3, "%", MTK9, Q9, basis="yoy"),
    m("gross_margin", 49.3, "%", MTK9, Q9, opt=True, basis="repeat"),
    m("gross_margin_change", -1, "pp", MTK9, Q9, opt=True, basis="repeat, qoq (比前季減少)"),
    m("gross_margin_change", 3.1, "pp", MTK9, Q9, opt=True, basis="repeat, yoy (比去年同期增加)"),
    m(OPEX9, 3.7583e10, "TWD", MTK9, Q9, prior=3.5316e10, basis="本季營業費用; prior = 前一季 353.16億元"),
    m(OPR9, 24.1, "%", MTK9, Q9, prior=24.7, basis="佔營業收入; prior = 前一季 24.7%"),
    m(OPEX9, 3.5316e10, "TWD", MTK9, P9, opt=True, basis="前一季"),
    m(OPR9, 24.7, "%", MTK9, P9, opt=True, basis="前一季, 佔營業收入"),
    m(OPEX9, 2.9204e10, "TWD", MTK9, None, opt=True, basis=YA9),
    m(OPR9, 23.2, "%", MTK9, None, opt=True, basis=YA9 + ", 佔營業收入"),
    m(RD9, 3.018e10, "TWD", MTK9, Q9, prior=2.8541e10, basis="研究發展費用; prior = 前一季 285.41億元"),
    m("rd_ratio|rd_to_revenue|expense_ratio", 19.4, "%", MTK9, Q9, basis="研究發展費用 佔營業收入"),
    m(RD9, 2.8541e10, "TWD", MTK9, P9, opt=True, basis="前一季"),
    m(RD9, 2.2879e10, "TWD", MTK9, None, opt=True, basis=YA9),
    m(SE9, 3.636e9, "TWD", MTK9, Q9, prior=3.409e9, basis="推銷費用, printed 36 .36億元; prior = 前一季 34.09億元"),
    m("selling_expense_ratio|expense_ratio", 2.3, "%", MTK9, Q9, basis="推銷費用 佔營業收入"),
    m(SE9, 3.409e9, "TWD", MTK9, P9, opt=True, basis="前一季"),
    m(SE9, 3.89e9, "TWD", MTK9, None, opt=True, basis=YA9 + " (higher than this quarter)"),
], [])


# zh10: 花旗 cuts its 比亞迪 target, keeping 「買入」 (經濟通 《外資精點》 on an etnet warrant-quote page, 202.62.215.10;
# Traditional with half-width "," "(" and the full-width "╱" and "﹒" as printed; the item's printed dateline "09/09/2025 10:50"
# and the 《經濟通通訊社9日專訊》 lead-in kept; the index strip above the item (恒指 25,938 +304, 大市成交 2,940億, 期指(夜) 25,957
# +36 高水19, 國指 9,242 +121, 紅籌 4,351 +29, 科指 5,829 +75, 上證 3,807 -20, 成交 9,178億) left out as page furniture; the
# headline kept, reworded (花旗下調比亞迪目標價至174元,維持「買入」評級 -> 花旗調低比亞迪目標價至174元,評級維持「買入」); the
# stored text breaks off inside the sentence "隨著中國乘用車(PV)銷售進入旺季,庫存", so the passage ends with the sentence
# before it; the paragraphs' two-space indents kept).
# Rating action (HKD): 花旗 cuts its target on 比亞迪 from 233元 to 174元, 「買入」 maintained -> cut_target, buy, prior buy.
# Key: total-shipment forecasts 467萬 / 539萬 / 594萬輛 (FY2025 / FY2026 / FY2027, in order); inventory 1﹒9 / 1﹒6個月
# (2025-08 / 2025-09); net profit per vehicle 2025Q2 domestic 366元 and overseas 2萬元; export net profit per vehicle
# 2﹒2萬至2﹒25萬元 for Q3 / Q4 (one closed range, "2025Q3-Q4"); domestic net profit per vehicle 372元 (2025Q3) and 2500元
# (2025Q4); FY2025 auto core net profit 約320至330億元 (closed range); 2025Q3 cost-intensity cut 12億元 qoq; consolidated
# nominal net profit 375﹒5億元 / 451﹒6億元 / 659﹒4億元 (FY2025-FY2027); FY2025 capex 1000億元; free cash flow 520億元 /
# 690億元 / 810億元 (FY2025-FY2027); 2025-2027 net-profit CAGR 32%.
# Optional: the target as a target_price row (174 HKD, prior 233) and the headline's 174元 (twin) (news75 zh12: targets beside
# a rating action are optional rows).
# Judgement calls: "(人民幣.下同)" makes the per-vehicle profits and the profit, capex and cash-flow forecasts CNY, while the
# targets on the Hong Kong-listed H share stay HKD; "依次" and the "╱"-joined figures map in order onto the periods printed
# with them; 第三╱第四季度 sit inside the 2025 estimate (2025年第二季度 before, 2025財年 after) -> 2025Q3 / 2025Q4; the
# capex's "按季逐半年遞減" carries no figure; the stock codes (01211, 00285) and 9日 give no rows.
BYD10 = "比亞迪|比亞迪股份|BYD|BYD Company|BYD Co|01211|1211"
CITI10 = "花旗|Citi|Citigroup"
NPV10 = "net_profit_per_vehicle|profit_per_vehicle|unit_profit"
NP10 = "net_profit_forecast|net_profit|net_income_forecast|earnings_forecast"
FCF10 = "free_cash_flow|fcf|free_cash_flow_forecast"
SHP10 = "shipments_forecast|sales_volume_forecast|deliveries_forecast|shipments|sales_volume"
G["zh10"] = ([
    m("target_price|price_target", 174, "HKD", BYD10, None, opt=True, basis="headline twin, 花旗"),
    m(SHP10, 4.67e6, "vehicles", BYD10, "FY2025", basis="總出貨量(國內+出口) forecast, cut (花旗)"),
    m(SHP10, 5.39e6, "vehicles", BYD10, "FY2026", basis="總出貨量 forecast, cut, second of 2025-2027"),
    m(SHP10, 5.94e6, "vehicles", BYD10, "FY2027", basis="總出貨量 forecast, cut, third of 2025-2027"),
    m("inventory_months|inventory_level|dealer_inventory", 1.9, "months", BYD10, "2025-08", basis="庫存水平 回落至 (forecast)"),
    m("inventory_months|inventory_level|dealer_inventory", 1.6, "months", BYD10, "2025-09", basis="庫存水平 回落至 (forecast)"),
    m("target_price|price_target", 174, "HKD", BYD10, None, prior=233, opt=True, basis="花旗, 由233元調低至174元"),
    m(NPV10, 366, "CNY", BYD10, "2025Q2", basis="domestic (國內), 花旗 estimate"),
    m(NPV10, 20000, "CNY", BYD10, "2025Q2", basis="overseas (海外), 2萬元, 花旗 estimate"),
    m(NPV10, None, "CNY", BYD10, "2025Q3-Q4", rng=(22000, 22500), basis="export, 穩定於2﹒2萬至2﹒25萬元 (Q3 / Q4)"),
    m(NPV10, 372, "CNY", BYD10, "2025Q3", basis="domestic, 依次 first"),
    m(NPV10, 2500, "CNY", BYD10, "2025Q4", basis="domestic, 依次 second"),
    m("core_net_profit|core_profit|net_profit_forecast|segment_profit", None, "CNY", "汽車業務|auto business|" + BYD10,
      "FY2025", rng=(3.2e10, 3.3e10), basis="汽車業務核心淨利潤 約320至330億元 (forecast)"),
    m("cost_change|cost_intensity_change|cost_reduction", -1.2e9, "CNY", BYD10, "2025Q3",
      basis="成本強度按季減少12億元 (assumption)"),
    m(NP10, 3.755e10, "CNY", BYD10, "FY2025", basis="合併名義淨利潤 forecast (incl. 比亞迪電子 and other businesses)"),
    m(NP10, 4.516e10, "CNY", BYD10, "FY2026", basis="forecast, 依次 first"),
    m(NP10, 6.594e10, "CNY", BYD10, "FY2027", basis="forecast, 依次 second"),
    m("capex|capital_expenditure|capex_forecast", 1e11, "CNY", BYD10, "FY2025", basis="資本支出(CAPEX) assumption"),
    m(FCF10, 5.2e10, "CNY", BYD10, "FY2025", basis="自由現金流(FCF) forecast"),
    m(FCF10, 6.9e10, "CNY", BYD10, "FY2026", basis="forecast, 依次 first"),
    m(FCF10, 8.1e10, "CNY", BYD10, "FY2027", basis="forecast, 依次 second"),
    m("net_profit_cagr|earnings_cagr|cagr", 32, "%", BYD10, "FY2025-FY2027", basis="淨利潤年均複合增長率 2025-2027"),
], [
    ra(CITI10, BYD10, "cut_target", "buy", "buy", 174.0, 233.0, "HKD"),
])


# zh11: the Hong Kong government's release on April 2025 external merchandise trade volumes and prices (info.gov.hk 新聞公報;
# Traditional with half-width "," "(" ":" as printed; the title kept, reworded (二零二五年四月份對外商品貿易貨量及價格統計 ->
# 對外商品貿易貨量及價格統計:二零二五年四月份), the asterisk rule under it left out; the references to 表1 / 表2 kept; whole
# stored item).
# Key: April 2025 yoy volumes: total exports +12.3%, imports +13.4%; first four months: +9.6% / +8.9%; three months to April,
# seasonally adjusted, vs the previous three months: +10.4% / +10.3%; April prices: exports +2.2%, imports +2.1%; first four
# months: both +2.0%; terms-of-trade index +0.1% (April); April export volumes by destination: 越南 +45.3%, 印度 +23.2%,
# 中國內地 +20.2%, 台灣 +18.2%, 美國 +0.3%; export prices by destination: 台灣 +4.8%, 內地 +2.3%, 越南 +2.0%, 美國 +0.9%, 印度
# -1.2%; import volumes by source: 越南 +93.6%, 台灣 +41.8%, 內地 +14.5%, 新加坡 +5.0%.
# Optional: the terms-of-trade index's first four months "大致沒有變動" as a 0 % row.
# Judgement calls: the news54 zh11 / news34 zh10 pattern (each flow its own entity with 香港 as alias; destinations and
# sources their own name with the flow as alias); "依次" maps in order; "同樣上升2.0%" gives one row per flow; the
# parenthesised percentages are increases (the sentence says 上升 / 錄得升幅), 印度's price "下跌1.2%" negative; periods
# 2025-04, 2025-01..04 (首四個月) and 2025-02..04 (the three months to April, basis "seasonally adjusted, vs the previous three
# months"); 表1 / 表2 give no rows.
HK11 = "香港|本港|Hong Kong|政府統計處|Census and Statistics Department"
TX11 = "商品整體出口|整體出口|total exports|exports|" + HK11
IM11 = "商品進口|進口|imports|" + HK11
TOT11 = "貿易價格比率指數|terms of trade|terms of trade index|" + HK11
VOL11 = "export_volume_growth|volume_growth|trade_volume_growth"
IVOL11 = "import_volume_growth|volume_growth|trade_volume_growth"
PR11 = "export_price_growth|price_growth|export_price_change|unit_value_growth"
IPR11 = "import_price_growth|price_growth|import_price_change|unit_value_growth"
A11, YTD11, SA11 = "2025-04", "2025-01..04", "2025-02..04"
VN11, IN11, CN11 = "越南|Vietnam", "印度|India", "中國內地|內地|Mainland China|mainland|China"
TW11, US11, SG11 = "台灣|Taiwan", "美國|United States|US|USA", "新加坡|Singapore"
G["zh11"] = ([
    m(VOL11, 12.3, "%", TX11, A11, basis="yoy vs 二零二四年四月"),
    m(IVOL11, 13.4, "%", IM11, A11, basis="yoy"),
    m(VOL11, 9.6, "%", TX11, YTD11, basis="first four months, yoy"),
    m(IVOL11, 8.9, "%", IM11, YTD11, basis="first four months, yoy"),
    m(VOL11, 10.4, "%", TX11, SA11, basis="three months to April vs the previous three months, seasonally adjusted, 依次 first"),
    m(IVOL11, 10.3, "%", IM11, SA11, basis="three months to April vs the previous three months, seasonally adjusted, 依次 second"),
    m(PR11, 2.2, "%", TX11, A11, basis="yoy"),
    m(IPR11, 2.1, "%", IM11, A11, basis="yoy"),
    m(PR11, 2.0, "%", TX11, YTD11, basis="first four months, yoy, 同樣上升"),
    m(IPR11, 2.0, "%", IM11, YTD11, basis="first four months, yoy, 同樣上升"),
    m("terms_of_trade_change|index_change", 0.1, "%", TOT11, A11, basis="yoy"),
    m("terms_of_trade_change|index_change", 0, "%", TOT11, YTD11, opt=True, basis="大致沒有變動 (first four months)"),
    m(VOL11, 45.3, "%", VN11 + "|" + TX11, A11, basis="yoy, exports to Vietnam"),
    m(VOL11, 23.2, "%", IN11 + "|" + TX11, A11, basis="yoy, exports to India"),
    m(VOL11, 20.2, "%", CN11 + "|" + TX11, A11, basis="yoy, exports to the mainland"),
    m(VOL11, 18.2, "%", TW11 + "|" + TX11, A11, basis="yoy, exports to Taiwan"),
    m(VOL11, 0.3, "%", US11 + "|" + TX11, A11, basis="yoy, exports to the US"),
    m(PR11, 4.8, "%", TW11 + "|" + TX11, A11, basis="yoy, export prices to Taiwan"),
    m(PR11, 2.3, "%", CN11 + "|" + TX11, A11, basis="yoy, export prices to the mainland"),
    m(PR11, 2.0, "%", VN11 + "|" + TX11, A11, basis="yoy, export prices to Vietnam"),
    m(PR11, 0.9, "%", US11 + "|" + TX11, A11, basis="yoy, export prices to the US"),
    m(PR11, -1.2, "%", IN11 + "|" + TX11, A11, basis="yoy, export prices to India, 下跌"),
    m(IVOL11, 93.6, "%", VN11 + "|" + IM11, A11, basis="yoy, imports from Vietnam"),
    m(IVOL11, 41.8, "%", TW11 + "|" + IM11, A11, basis="yoy, imports from Taiwan"),
    m(IVOL11, 14.5, "%", CN11 + "|" + IM11, A11, basis="yoy, imports from the mainland"),
    m(IVOL11, 5.0, "%", SG11 + "|" + IM11, A11, basis="yoy, imports from Singapore"),
], [])


# zh12: Taiwan's August export orders by product group (自由時報 ec.ltn.com.tw 即時新聞 財經; Traditional with full-width
# punctuation as printed; the photo caption "經濟部今公布8月外銷訂單統計。（統計處提供）" and the byline "〔記者廖家寧／台北報導〕"
# left out as page furniture (the caption's 8 dropped with it); no headline in the stored text and none composed; whole stored
# item otherwise).
# Key (8月, no year printed -> period None with the month in basis): export orders 600.2億美元 (record for the month), -0.7% mom,
# +19.5% yoy; product groups' yoy: 電子產品 +39.5%, 資訊通信產品 +20.6%, 光學器材 +9.8%, 基本金屬 -9.3%, 化學品 -9.5%, 塑橡膠製品
# -15.3%, 機械產品 +3%; overseas production ratio 43.3% (-3.6 pp yoy).
# Optional: the streak 連續7個月 (months); the threshold "每月的接單金額均超過550億美元" (a hypothetical open bound).
# Judgement calls: the news47 zh10 pattern (外銷訂單 / Taiwan as entity, the product groups their own name with it as alias;
# 月減 / 年減 negative); "年減3.6個百分點" is a -3.6 pp change of the ratio with no earlier level printed, so no prior;
# "兩位數" (twice) is a description, not a figure; 今日 gives no row.
EXO12 = "外銷訂單|export orders|Taiwan export orders|台灣外銷訂單|經濟部統計處|Taiwan"
EOG12 = "export_orders_growth|growth|yoy_growth"
D12 = "8月 (August, no year printed)"
G["zh12"] = ([
    m("export_orders", 6.002e10, "USD", EXO12, None, basis=D12 + ", record for the month (歷年同期新高)"),
    m("export_orders_growth|mom_growth|growth", -0.7, "%", EXO12, None, basis="mom (月減), " + D12),
    m(EOG12, 19.5, "%", EXO12, None, basis="yoy (年增), " + D12),
    m("growth_streak|streak", 7, "months", EXO12, None, opt=True, basis="連續7個月正成長"),
    m(EOG12, 39.5, "%", "電子產品|electronic products|electronics|" + EXO12, None, basis="yoy, " + D12),
    m(EOG12, 20.6, "%", "資訊通信產品|資通訊產品|information and communication products|ICT products|" + EXO12, None,
      basis="yoy, " + D12),
    m(EOG12, 9.8, "%", "光學器材|optical equipment|optical instruments|optical products|" + EXO12, None, basis="yoy, " + D12),
    m(EOG12, -9.3, "%", "基本金屬|基本金屬製品|basic metals|base metals|" + EXO12, None, basis="yoy (年減), " + D12),
    m(EOG12, -9.5, "%", "化學品|chemicals|chemical products|" + EXO12, None, basis="yoy (年減), " + D12),
    m(EOG12, -15.3, "%", "塑橡膠製品|塑膠橡膠製品|plastic and rubber products|plastics and rubber|" + EXO12, None,
      basis="yoy (年減), " + D12),
    m(EOG12, 3, "%", "機械產品|機械|machinery|machinery products|" + EXO12, None, basis="yoy, " + D12),
    m("overseas_production_ratio|overseas_production_share", 43.3, "%", EXO12, None, basis="海外生產比, " + D12),
    m("overseas_production_ratio_change|ratio_change", -3.6, "pp", EXO12, None, basis="yoy (年減3.6個百分點)"),
    m("export_orders|required_monthly_orders", None, "USD", EXO12, None, rng=(5.5e10, None), opt=True,
      basis="每月的接單金額均超過550億美元 for a full-year record (hypothetical threshold, bound)"),
], [])
