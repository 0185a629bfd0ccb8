# Hand labels for news62/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong pages (蘋果日報 on the
# collection.news archive, 東方日報 on orientaldaily.on.cc), a Hong Kong paper on a Macau company (明報 news.mingpao.com),
# one Macau daily (澳門日報 on appimg.modaily.cn) and two Taiwan pages (a Taiwan news page on 210.59.230.56, 經濟日報 on
# udn.com); see batch_b.md). Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier sets'
# labels_*.py files (grep: "applications", "lots", "people", "rooms", "count", "years", "months", "x", "pp").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news60/zh and news61/zh and the labels files of news60/zh and news61/zh, with the precedents named below:
# news60 / news61 for "由A…至B" and "較去年同期的A" (value B with prior A, plus an optional row for A dated by the earlier
# period); news61 zh07 and the development corpus for "X倍" growth (急增2.8倍 -> +280 %, with an optional "x" twin);
# news61 zh07 for an open bound that is the only figure printed for a statistic (key bound); news17 zh18 for a Taiwan
# company's guidance without a printed year (period "Q4", guidance ranges as rng, the exchange-rate assumption optional);
# news56 / news57 for 持平 / 相同 (optional 0 rows); the development corpus for "最多X" (an upper cap -> rng=(None, X)) and
# for counts in the lenient "count" unit.
# Currency: Hong Kong bare 元 / 億元 = HKD (zh07, zh08, zh09's 32.4億元 and 0.25元), 美元 = USD, 港元 = HKD (zh09); Macau
# 澳門元 (下同) = MOP (zh10); Taiwan bare 元 / 億元 / 兆 = TWD (zh11), 美元 = USD (zh11, zh12). Values fully scaled
# (13.52萬 -> 135200; 432.24億元 -> 4.3224e10; 2兆258億元 -> 2.0258e12; 一一七一點七億美元 -> 1.1717e11; ○點九億美元 -> 9e7;
# 百分之卅四點一 -> 34.1; 百分之廿 -> 20). 約X / 近X / 將近X / X左右 -> X; 逾X / 至少X / 最少X -> open lower bounds; 最多X
# -> rng=(None, X). Declines negative (跌, 大跌, 下跌, 減少, 勁縮, 少); 增 / 增加 / 升 / 大增 / 急增 / 大升 / 上調 / 提升 /
# 季增 / 年增 / 多 positive. "X個百分點" -> pp. "多近2.28倍" / "急增2.8倍" / "大升3.3倍" -> +228 / +280 / +330 % with an
# optional "x" twin (so either reading is matched).
# A figure printed twice (headline or sub-heading and body, lead and body) is one key row and optional twins; reference
# levels ("重返四月份80億元的水平"), spans of months / years ("連續九個月", "過去5年來", "過去四年間", "連廿二紅") and
# thresholds are optional. No rating actions in this batch.
# Periods only where the text states or clearly implies the year: zh07 None (下星期二(22日); no year printed); zh08 2009H1,
# 2008H1, 2009-06, 2009-04, 2009-01..06 (the kept date line 29/06/2009 fixes 今年 / 去年 / 本月 / 四月份); zh09 "H1" (6月底止
# 中期業績; the year is not printed — 2023年度 is an earlier year named for a spending figure) and FY2023 (printed);
# zh10 2024H1 and 2023H1 (the kept date line 2024年07月10日 fixes 今年上半年 / 去年同期); zh11 "Q3", "Q1-Q3" and "Q4" (no year
# in the kept text; the stored text names 2024 only in the cut sentence, not used), None for the full-year guidance;
# zh12 None throughout (今年一至八月, 八月; the page's date line is dropped and not used). Addresses, dropped page chrome
# and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong daily's report of a retail government-bond (銀色債券) subscription and allotment result (蘋果日報 on the
# collection.news archive; Traditional, half-width commas and brackets as stored; the headline kept, reworded; the line
# after the headline "今批銀債有13.52萬份有效申請,其中4.57萬人獲配發14手銀債。" (a photo caption; its figures twins)
# and the trailing dashed separator lines left out; whole stored item otherwise).
# Key: 約13.52萬份 valid applications; 約432.24億元 applied for; final issue size 150億元; oversubscribed 近1.9倍 (x);
# 最多14手 per applicant (upper cap); 約5.66萬 applications for 13手 or fewer allotted in full; 約7.86萬 larger
# applications; 約4.57萬 of them drawn for one more lot; the minimum guaranteed rate raised to 3.5%; 14手 earn 至少4,900元
# a year (a key lower bound: the headline's figure); 408元 a month.
# Optional: the headline's 13.5萬名長者 (people; an approximate twin of the applications), its 最多獲派14手 and 最少4,900元
# twins; the 13手 threshold and the 13手 first allotted; the extra 1手.
# Judgement calls: the bond issue is the entity with the government as alias; 手 -> "lots"; "超額認購近1.9倍" is an
# oversubscription multiple "x" (432.24億 against 150億 is 2.88 times covered, so it is not relabelled); "每人最多可獲派14手"
# is an upper cap (rng=(None, 14)) as the development corpus's 最多; "保底息上調至3.5%" prints no earlier rate, so no prior;
# the 4,900元 and 408元 are the paper's own arithmetic for a 14-lot holder, labelled as printed (the 4,900元 a bound, the
# 408元 a plain value); 第5批 (an ordinal) and 下星期二(22日) (the issue date) give no rows; period None (no year printed).
SB7 = "銀色債券|銀債|第5批銀色債券|Silver Bond|silver bonds|香港特區政府|政府|HKSAR Government"
APP7 = "applications|valid_applications|number_of_applications"
G["zh07"] = ([
    m(APP7, 135200, "applications", SB7, None, basis="約13.52萬份有效申請"),
    m("subscribers|applicants|applications", 135000, "people", SB7, None, opt=True,
      basis="headline 13.5萬名長者 (approximate twin)"),
    m("subscription_amount|amount_applied|applications_amount", 4.3224e10, "HKD", SB7, None, basis="涉額約432.24億元"),
    m("issue_size|final_issue_size|issuance", 1.5e10, "HKD", SB7, None, basis="最終發行額"),
    m("oversubscription|oversubscription_multiple|subscription_multiple", 1.9, "x", SB7, None,
      basis="超額認購近1.9倍"),
    m("max_allotment|lots_allotted|allotment", None, "lots", SB7, None, rng=(None, 14),
      basis="每人最多可獲派14手 (upper cap)"),
    m("max_allotment|lots_allotted|allotment", None, "lots", SB7, None, rng=(None, 14), opt=True,
      basis="headline twin 最多獲派14手"),
    m(APP7, 56600, "applications", SB7, None, basis="約5.66萬份 applying for 13手 or fewer, allotted in full"),
    m("threshold|lots", 13, "lots", SB7, None, opt=True, basis="認購13手或以下 (threshold)"),
    m(APP7, 78600, "applications", SB7, None, basis="約7.86萬份 larger applications, first allotted 13手"),
    m("lots_allotted|allotment", 13, "lots", SB7, None, opt=True, basis="先獲發13手"),
    m(APP7, 45700, "applications", SB7, None, basis="約4.57萬份 drawn for one more lot"),
    m("lots_allotted|allotment", 1, "lots", SB7, None, opt=True, basis="多獲配發1手"),
    m("minimum_interest_rate|coupon|interest_rate|guaranteed_rate", 3.5, "%", SB7, None,
      basis="保底息 上調至3.5% (no earlier rate printed)"),
    m("annual_interest|interest_income|coupon_income", None, "HKD", SB7, None, rng=(4900, None),
      basis="14手, 每年至少可收息4,900元 (bound; the headline's figure)"),
    m("annual_interest|interest_income|coupon_income", None, "HKD", SB7, None, rng=(4900, None), opt=True,
      basis="headline twin 一年最少收債息4,900元"),
    m("monthly_interest|interest_income|coupon_income", 408, "HKD", SB7, None, basis="14手, 折合每月408元利息收入"),
], [])


# zh08: a Hong Kong daily's half-year review of warrant and CBBC trading (東方日報 on orientaldaily.on.cc, finance page;
# Traditional, half-width commas, 「」 quotes around 輪證 / 打靶 as printed; the date line 29/06/2009 kept; the headline and the
# sub-heading kept, reworded (交投勁縮 -> 成交勁縮; 「打靶」 -> 遭「打靶」); the page chrome "播放本新聞相關短片", "股價號碼:"
# and the closing promotion "投資要精明 助你成為投資達人" / "詳情瀏覽on.cc《精明理財》" (no figure) left out; whole stored item
# otherwise).
# Key: 港股 升近30% year to date; 輪證 daily turnover -45.52% yoy and the market's -34% (約); 輪證 share of market turnover
# 22.10% (prior 26.79%); warrants' daily turnover 59.62億元, share 10.34%, -71.92% and -6 pp yoy, 1,537 new warrants
# (-44.61%); CBBCs' daily turnover 67.76億元 (逾兩倍, a key bound: the only growth printed), share 11.76%, 3,643 new CBBCs
# (+280 %), 2,673 called back (+330 %); June: CBBC daily turnover 81.03億元, warrant daily turnover 72.80億元, 輪證 share
# 20.41%.
# Optional: the headline's 勁縮45% and the sub-heading's 2673隻 (twins); the year-earlier share 26.79% (2008H1); the "x"
# readings of 2.8倍 / 3.3倍; April's 80億元 level (a reference level); 三周年 and the two 連續九個月 spans.
# Judgement calls: the date line fixes the year: 今年上半年 (to last week's close) = 2009H1, 去年同期 = 2008H1, 本月 =
# 2009-06, 四月份 = 2009-04, 年初至今 = 2009-01..06; 「輪證」 (warrants and CBBCs together) is its own entity; "兩項數字按年
# 分別大跌71.92%和6個百分點" maps in order (turnover -71.92 %, share -6 pp); "比大市日均成交跌約34%更為嚴重" gives the
# market's own fall (-34 %); "急增2.8倍" / "大升3.3倍" -> +280 / +330 % (growth) with optional "x" twins; counts of
# warrants and CBBCs (隻) in the lenient "count" unit; "窩輪…回落至72.80億元" prints no size of the fall (no change row).
HK8 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|恒生指數|恒指|Hang Seng Index"
MKT8 = "大市|港股|Hong Kong stock market|market"
WC8 = "輪證|窩輪及牛熊證|窩輪和牛熊證|warrants and CBBCs|structured products"
WAR8 = "窩輪|衍生權證|認股證|warrants|derivative warrants"
CB8 = "牛熊證|CBBC|CBBCs|callable bull/bear contracts"
TO8 = "average_daily_turnover|daily_turnover|turnover"
TOG8 = "turnover_change|average_daily_turnover_change|turnover_growth"
SH8 = "market_share|turnover_share|share_of_market_turnover|share"
H1_9, H1_8, JUN9 = "2009H1", "2008H1", "2009-06"
G["zh08"] = ([
    m("index_change|price_change|market_change", 30, "%", HK8, "2009-01..06", basis="年初至今 升近30%"),
    m(TOG8, -45.52, "%", WC8, H1_9, basis="日均成交 按年大跌"),
    m(TOG8, -45, "%", WC8, H1_9, opt=True, basis="headline twin 勁縮45%"),
    m(TOG8, -34, "%", MKT8, H1_9, basis="大市日均成交 跌約34%"),
    m(SH8, 22.10, "%", WC8, H1_9, prior=26.79, basis="share of market turnover, 由26.79%跌至22.10%"),
    m(SH8, 26.79, "%", WC8, H1_8, opt=True, basis="去年同期 (earlier level)"),
    m(TO8, 5.962e9, "HKD", WAR8, H1_9, basis="日均成交, to last week's close"),
    m(SH8, 10.34, "%", WAR8, H1_9, basis="佔大市成交"),
    m(TOG8, -71.92, "%", WAR8, H1_9, basis="按年大跌 (分別 first)"),
    m("market_share_change|share_change", -6, "pp", WAR8, H1_9, basis="按年大跌6個百分點 (分別 second)"),
    m("new_listings|new_warrants|count", 1537, "count", WAR8, H1_9, basis="新上市窩輪數目 1,537隻"),
    m("new_listings_change|new_listings_growth", -44.61, "%", WAR8, H1_9, basis="下跌44.61%至"),
    m("years|anniversary", 3, "years", CB8, None, opt=True, basis="面世三周年"),
    m("months|streak", 9, "months", CB8, None, opt=True, basis="連續九個月 成交勝過窩輪"),
    m(TO8, 6.776e9, "HKD", CB8, H1_9, basis="日均成交, to last week's close"),
    m(TOG8, None, "%", CB8, H1_9, rng=(200, None), basis="按年大增逾兩倍 (bound; the only growth printed)"),
    m(SH8, 11.76, "%", CB8, H1_9, basis="佔大市成交"),
    m("new_listings|new_cbbcs|count", 3643, "count", CB8, H1_9, basis="新上市牛熊證 3,643隻"),
    m("new_listings_growth|new_listings_change", 280, "%", CB8, H1_9, basis="按年急增2.8倍"),
    m("new_listings_growth|new_listings_change", 2.8, "x", CB8, H1_9, opt=True, basis="2.8倍 read as a multiple"),
    m("called_back|mandatory_calls|knock_outs|count", 2673, "count", CB8, H1_9, basis="收回數目 2,673隻"),
    m("called_back|mandatory_calls|knock_outs|count", 2673, "count", CB8, H1_9, opt=True,
      basis="sub-heading twin 2673隻 遭「打靶」"),
    m("called_back_growth|called_back_change", 330, "%", CB8, H1_9, basis="大升3.3倍"),
    m("called_back_growth|called_back_change", 3.3, "x", CB8, H1_9, opt=True, basis="3.3倍 read as a multiple"),
    m(TO8, 8.103e9, "HKD", CB8, JUN9, basis="本月日均成交, record monthly high"),
    m(TO8, 8e9, "HKD", CB8, "2009-04", opt=True, basis="四月份80億元的水平 (reference level)"),
    m(TO8, 7.28e9, "HKD", WAR8, JUN9, basis="本月日均成交, 較上月回落至"),
    m("months|streak", 9, "months", CB8, JUN9, opt=True, basis="連續九個月 超越窩輪 (restated)"),
    m(SH8, 20.41, "%", WC8, JUN9, basis="本月 兩者合共佔大市成交"),
], [])


# zh09: a Hong Kong newspaper's report of a Macau casino operator's interim results (明報 news.mingpao.com 經濟版;
# Traditional, full-width punctuation, the code "（1928）", the dateline tag 【明報專訊】 kept; the two sub-headings kept,
# reworded (料成本 -> 估計成本; 跌29% -> 大跌29%); the page's date line " date 2025-08-16" left out; no headline in the
# stored text (the address carries one), none composed; whole stored item otherwise).
# Key: 股東應佔利潤 32.4億元 (-23.7% yoy); interim dividend 0.25元 per share; 倫敦人二期 total cost 12億美元; 威尼斯人's
# qualifying spending 1.68億美元 (FY2023); 倫敦人名匯's 2405 rooms and suites; casino revenue 26.17億美元 (-3%); non-gaming
# revenue 8.75億美元 (+2.6%), share 25% (+1 pp); EBITDA 11.02億美元 (-5.9%); 威尼斯人 EBITDA 4.61億美元 (-20%); 巴黎人 EBITDA
# 1.1億美元 (-28.6%); finance costs 1.95億美元 (-11.4%); cash 9.85億美元; the revolving facility's 195億港元.
# Optional: the sub-headings' 12億美元 and 跌29% (twins; 29 rounds 28.6); 過去5年來 (years).
# Judgement calls: the bare 元 of a Hong Kong paper (32.4億元, 0.25元) = HKD, beside the printed 美元 and 港元 figures;
# period "H1" for the interim figures (6月底止中期業績; no year printed) and None for the month-end cash and facility;
# 2023年度 is printed for the qualifying spending (FY2023); properties (威尼斯人, 巴黎人, 倫敦人二期, 倫敦人名匯) are entities
# with the company as alias; "今年第一季度" (completion) carries no figure; 萬豪國際豪華精選 is a brand name, no row.
SC9 = "金沙中國|金沙|Sands China|1928|01928"
VEN9 = "威尼斯人|澳門威尼斯人|Venetian|Venetian Macao|" + SC9
PAR9 = "巴黎人|澳門巴黎人|Parisian|Parisian Macao|" + SC9
LON9 = "倫敦人二期|倫敦人|Londoner|Londoner Macao|" + SC9
LG9 = "倫敦人名匯|Londoner Grand|" + LON9
H9 = "H1"
G["zh09"] = ([
    m("net_profit|profit_attributable|net_income", 3.24e9, "HKD", SC9, H9, basis="股東應佔利潤, 6月底止中期"),
    m("net_profit_growth|net_profit_change|profit_growth", -23.7, "%", SC9, H9, basis="按年跌"),
    m("dividend_per_share|interim_dividend|dividend|dps", 0.25, "HKD", SC9, H9, basis="中期息 每股0.25元"),
    m("years|period_length", 5, "years", SC9, None, opt=True, basis="過去5年來首次恢復中期息"),
    m("project_cost|total_cost|capex", 1.2e9, "USD", LON9, None, basis="倫敦人二期 估計總成本"),
    m("project_cost|total_cost|capex", 1.2e9, "USD", LON9, None, opt=True, basis="sub-heading twin"),
    m("qualifying_spending|investment|capex", 1.68e8, "USD", VEN9, "FY2023", basis="2023年度 合資格支出"),
    m("rooms|room_count|hotel_rooms", 2405, "rooms", LG9, None, basis="客房及套房"),
    m("casino_revenue|gaming_revenue|revenue", 2.617e9, "USD", SC9, H9, basis="娛樂場業務收益"),
    m("casino_revenue_growth|gaming_revenue_growth|revenue_growth", -3, "%", SC9, H9, basis="按年減少"),
    m("non_gaming_revenue|revenue", 8.75e8, "USD", SC9, H9, basis="酒店、購物中心、餐飲等非博彩業務收益"),
    m("non_gaming_revenue_growth|revenue_growth", 2.6, "%", SC9, H9, basis="按年增長"),
    m("share|revenue_share|non_gaming_share", 25, "%", SC9, H9, basis="non-gaming share of revenue"),
    m("share_change|revenue_share_change", 1, "pp", SC9, H9, basis="按年提升1個百分點"),
    m("ebitda|adjusted_ebitda", 1.102e9, "USD", SC9, H9, basis="期內EBITDA"),
    m("ebitda_growth|ebitda_change", -5.9, "%", SC9, H9, basis="按年減少"),
    m("ebitda|adjusted_ebitda", 4.61e8, "USD", VEN9, H9, basis="威尼斯人 貢獻最多"),
    m("ebitda_growth|ebitda_change", -20, "%", VEN9, H9, basis="按年減少"),
    m("ebitda|adjusted_ebitda", 1.1e8, "USD", PAR9, H9, basis="巴黎人"),
    m("ebitda_growth|ebitda_change", -28.6, "%", PAR9, H9, basis="按年跌, 跌幅最大"),
    m("ebitda_growth|ebitda_change", -29, "%", PAR9, H9, opt=True, basis="sub-heading twin 大跌29% (rounded)"),
    m("finance_costs|interest_expense|finance_cost", 1.95e8, "USD", SC9, H9, basis="扣除資本化後"),
    m("finance_costs_change|finance_costs_growth|interest_expense_change", -11.4, "%", SC9, H9, basis="按年減少"),
    m("cash|cash_and_equivalents|cash_on_hand", 9.85e8, "USD", SC9, None, basis="截至6月底 手持現金"),
    m("credit_facility|available_borrowing|revolving_facility", 1.95e10, "HKD", SC9, None,
      basis="循環融資 可動用借貸限額"),
], [])


# zh10: a Macau daily's report of the government's half-year budget execution (澳門日報 e-paper on appimg.modaily.cn, 經濟版;
# Traditional, half-width commas and brackets, the em-dash title "六月中央帳目——預算執行資料" and 【本報消息】 kept; the date
# line 2024年07月10日 kept; the headline kept, reworded (上半年賭稅448億增67% -> 賭稅上半年448億 增67%); the card
# advertisement "中銀全幣種信用卡", the page label "第A14版:經濟", "澳門虛擬圖書館", the repeated headline and the trailing
# metadata line "2024-07-10 1 1 澳门日报 content_349781.html 1 …" (its figures twins or page numbers) left out; whole stored
# item otherwise).
# Key: gaming tax 447.9億元 (prior 267.9億元, +67.2%, execution 53.6%); current revenue 524.07億元 (prior 335.14億元,
# +56.37%, execution 51.4%); total revenue 527.47億元; current expenditure 358.96億元 (prior 321.94億元, +11.5%); total
# expenditure 450.65億元 (prior 414.4億元, +8.75%); surplus 76.82億元 (prior 23.44億元, +228 %).
# Optional: the headline's 448億 and 67% (rounded twins); the year-earlier levels (2023H1); 2.28 read as "x".
# Judgement calls: the kept date line fixes 今年上半年 = 2024H1 and 去年同期 = 2023H1; 澳門元 (下同) = MOP for every 億元;
# "較去年同期的X增Y%" -> value with prior X plus an optional row for X; "執行率" is a % of the annual budget (a ratio row);
# "多近2.28倍" -> +228 % growth (76.82 against 23.44 is 3.28 times), with an optional 2.28 "x" twin.
MO10 = "澳門特區政府|澳門政府|財政局|澳門|Macau government|Macao SAR government|Macau|Macao"
P10, Q10 = "2024H1", "2023H1"
G["zh10"] = ([
    m("gaming_tax|gaming_tax_revenue|tax_revenue", 4.479e10, "MOP", MO10, P10, prior=2.679e10, basis="博彩稅收"),
    m("gaming_tax|gaming_tax_revenue|tax_revenue", 4.48e10, "MOP", MO10, P10, opt=True, basis="headline twin 448億"),
    m("gaming_tax|gaming_tax_revenue|tax_revenue", 2.679e10, "MOP", MO10, Q10, opt=True, basis="去年同期"),
    m("gaming_tax_growth|tax_revenue_growth|revenue_growth", 67.2, "%", MO10, P10, basis="增"),
    m("gaming_tax_growth|tax_revenue_growth|revenue_growth", 67, "%", MO10, P10, opt=True, basis="headline twin 增67%"),
    m("budget_execution_rate|execution_rate", 53.6, "%", MO10, P10, basis="博彩稅收 執行率"),
    m("current_revenue|recurrent_revenue|revenue", 5.2407e10, "MOP", MO10, P10, prior=3.3514e10, basis="經常收入"),
    m("current_revenue|recurrent_revenue|revenue", 3.3514e10, "MOP", MO10, Q10, opt=True, basis="去年同期"),
    m("current_revenue_growth|revenue_growth", 56.37, "%", MO10, P10, basis="增"),
    m("budget_execution_rate|execution_rate", 51.4, "%", MO10, P10, basis="經常收入 執行率"),
    m("total_revenue|revenue", 5.2747e10, "MOP", MO10, P10, basis="連同資本收入"),
    m("current_expenditure|recurrent_expenditure|expenditure", 3.5896e10, "MOP", MO10, P10, prior=3.2194e10,
      basis="經常開支"),
    m("current_expenditure|recurrent_expenditure|expenditure", 3.2194e10, "MOP", MO10, Q10, opt=True, basis="去年同期"),
    m("current_expenditure_growth|expenditure_growth", 11.5, "%", MO10, P10, basis="增"),
    m("total_expenditure|expenditure", 4.5065e10, "MOP", MO10, P10, prior=4.144e10, basis="連同資本開支"),
    m("total_expenditure|expenditure", 4.144e10, "MOP", MO10, Q10, opt=True, basis="去年同期"),
    m("total_expenditure_growth|expenditure_growth", 8.75, "%", MO10, P10, basis="升"),
    m("budget_surplus|surplus|fiscal_surplus", 7.682e9, "MOP", MO10, P10, prior=2.344e9, basis="期內盈餘"),
    m("budget_surplus|surplus|fiscal_surplus", 2.344e9, "MOP", MO10, Q10, opt=True, basis="去年同期"),
    m("budget_surplus_growth|surplus_growth|surplus_change", 228, "%", MO10, P10, basis="多近2.28倍"),
    m("budget_surplus_growth|surplus_growth|surplus_change", 2.28, "x", MO10, P10, opt=True,
      basis="2.28倍 read as a multiple"),
], [])


# zh11: a Taiwan foundry's quarterly results and earnings-call guidance (a Taiwan news page on 210.59.230.56, news/cat6;
# Traditional with half-width commas and brackets, the stray space in "年增3.5 個百分點", the ranges "261-269億美元",
# "8352-8608億元", "57-59%", "46.5-48.5%", "21-26%", "24-26%" and the English "(Never dream about it)" kept as printed; no
# headline in the stored text, none composed; the stored text breaks off at "此外,台積電2024年資本支出將略高於300億美元
# (約新台幣近1" (cut mid-figure; its 2024, 300 and 1 dropped), so the passage ends with the sentence before it).
# Key: third quarter: revenue 7596.9億元 (+12.8% qoq, +39% yoy), gross margin 57.8% (+4.6 / +3.5 pp), operating margin
# 47.5% (+5 / +5.8 pp), net profit 3252.6億元 (+31.2% / +54.2%), net margin 42.8% (+6 / +4.2 pp), EPS 12.54元; first three
# quarters: revenue 2兆258億元 (+31.9%), gross margin 54.9%, operating margin 44.2% (+1.2 pp), net profit 7985.9億元
# (+33.1%), net margin 39.4% (+0.4 pp), EPS 30.8元; third-quarter revenue shares by node (7奈米以下 69%, 7奈米 17%, 5奈米
# 32%, 3奈米 約20%, 7奈米以上 31%) and by application (HPC 51%, smartphones 34%, IoT 7%, automotive 5%, consumer 1%, other
# 約2%); fourth-quarter guidance: 261-269億美元, +13% qoq and +35% yoy at the midpoint, 8352-8608億元, gross margin 57-59%,
# operating margin 46.5-48.5%; full-year USD revenue growth 將近30% (raised from 24-26%).
# Optional: the 32元 exchange-rate assumption; the first-three-quarter gross margin's 持平 / 相同 (0 pp); the full-year
# guidance's earlier ranges (21-26% at the start of the year, 24-26% in July) and the closing 3成左右 (a twin of 將近30%).
# Judgement calls: no year in the kept text -> periods "Q3", "Q1-Q3", "Q4" (as news17 zh18's "Q4"), None for the full year;
# bare 元 / 億元 / 兆 = TWD, 美元 = USD; 季增 / 年增 are qoq / yoy in basis; margin changes 個百分點 -> pp; guidance ranges are
# rng rows with "guidance" in basis and the midpoint growth rates plain values; node and application shares are share
# rows on each segment with TSMC as alias ("比重過半,達51%": 51 key, 過半 no separate row); the raised full-year growth
# (將近30%) carries the July range as prior (prng=(24, 26)); 2奈米 / 3奈米 / A16 in the chairman's remarks are node names,
# no rows; 週四(17日) gives no row.
TSMC11 = "台積電|台灣積體電路|台積公司|TSMC|Taiwan Semiconductor|2330"
Q3, Q13, Q4 = "Q3", "Q1-Q3", "Q4"
SHR11 = "revenue_share|share|wafer_revenue_share"
def seg11(name):
    return name + "|" + TSMC11
G["zh11"] = ([
    m("revenue", 7.5969e11, "TWD", TSMC11, Q3, basis="第三季營收"),
    m("revenue_growth", 12.8, "%", TSMC11, Q3, basis="qoq, 季增"),
    m("revenue_growth", 39, "%", TSMC11, Q3, basis="yoy, 年增"),
    m("gross_margin", 57.8, "%", TSMC11, Q3),
    m("gross_margin_change", 4.6, "pp", TSMC11, Q3, basis="qoq, 季增4.6個百分點"),
    m("gross_margin_change", 3.5, "pp", TSMC11, Q3, basis="yoy, 年增3.5 個百分點"),
    m("operating_margin", 47.5, "%", TSMC11, Q3, basis="營益率"),
    m("operating_margin_change", 5, "pp", TSMC11, Q3, basis="qoq"),
    m("operating_margin_change", 5.8, "pp", TSMC11, Q3, basis="yoy"),
    m("net_profit|net_income", 3.2526e11, "TWD", TSMC11, Q3, basis="稅後純益"),
    m("net_profit_growth", 31.2, "%", TSMC11, Q3, basis="qoq"),
    m("net_profit_growth", 54.2, "%", TSMC11, Q3, basis="yoy"),
    m("net_margin|net_profit_margin", 42.8, "%", TSMC11, Q3, basis="純益率"),
    m("net_margin_change|net_profit_margin_change", 6, "pp", TSMC11, Q3, basis="qoq"),
    m("net_margin_change|net_profit_margin_change", 4.2, "pp", TSMC11, Q3, basis="yoy"),
    m("eps", 12.54, "TWD", TSMC11, Q3, basis="每股稅後純益"),
    m("revenue", 2.0258e12, "TWD", TSMC11, Q13, basis="前三季營收 2兆258億元"),
    m("revenue_growth", 31.9, "%", TSMC11, Q13, basis="yoy"),
    m("gross_margin", 54.9, "%", TSMC11, Q13),
    m("gross_margin_change", 0, "pp", TSMC11, Q13, opt=True, basis="與去年相同 (flat)"),
    m("operating_margin", 44.2, "%", TSMC11, Q13, basis="營益率"),
    m("operating_margin_change", 1.2, "pp", TSMC11, Q13, basis="yoy"),
    m("net_profit|net_income", 7.9859e11, "TWD", TSMC11, Q13, basis="稅後純益"),
    m("net_profit_growth", 33.1, "%", TSMC11, Q13, basis="yoy"),
    m("net_margin|net_profit_margin", 39.4, "%", TSMC11, Q13, basis="純益率"),
    m("net_margin_change|net_profit_margin_change", 0.4, "pp", TSMC11, Q13, basis="yoy"),
    m("eps", 30.8, "TWD", TSMC11, Q13, basis="每股稅後純益"),
    m(SHR11, 69, "%", seg11("7奈米以下|7nm and below|advanced nodes|先進製程"), Q3, basis="營收比重"),
    m(SHR11, 17, "%", seg11("7奈米|7nm|N7"), Q3),
    m(SHR11, 32, "%", seg11("5奈米|5nm|N5"), Q3),
    m(SHR11, 20, "%", seg11("3奈米|3nm|N3"), Q3, basis="約20%"),
    m(SHR11, 31, "%", seg11("7奈米以上|above 7nm|mature nodes"), Q3, basis="合計貢獻"),
    m(SHR11, 51, "%", seg11("HPC|高效能運算|high-performance computing"), Q3, basis="應用別, 過半, 達51%"),
    m(SHR11, 34, "%", seg11("智慧型手機|smartphones|smartphone"), Q3, basis="應用別"),
    m(SHR11, 7, "%", seg11("物聯網|IoT|internet of things"), Q3, basis="應用別"),
    m(SHR11, 5, "%", seg11("車用電子|automotive"), Q3, basis="應用別"),
    m(SHR11, 1, "%", seg11("消費性電子|consumer electronics|DCE"), Q3, basis="應用別"),
    m(SHR11, 2, "%", seg11("其他|others|other"), Q3, basis="應用別, 約2%"),
    m("revenue_guidance|revenue", None, "USD", TSMC11, Q4, rng=(2.61e10, 2.69e10), basis="guidance, USD revenue"),
    m("revenue_growth_guidance|revenue_growth", 13, "%", TSMC11, Q4, basis="qoq, guidance midpoint"),
    m("revenue_growth_guidance|revenue_growth", 35, "%", TSMC11, Q4, basis="yoy, guidance midpoint"),
    m("exchange_rate_assumption|exchange_rate", 32, "TWD", TSMC11, Q4, opt=True,
      basis="TWD per USD, guidance assumption"),
    m("revenue_guidance|revenue", None, "TWD", TSMC11, Q4, rng=(8.352e11, 8.608e11),
      basis="guidance converted to TWD"),
    m("gross_margin_guidance|gross_margin", None, "%", TSMC11, Q4, rng=(57, 59), basis="guidance"),
    m("operating_margin_guidance|operating_margin", None, "%", TSMC11, Q4, rng=(46.5, 48.5), basis="guidance"),
    m("revenue_growth_guidance|revenue_growth", 30, "%", TSMC11, None, prng=(24, 26),
      basis="full-year USD revenue, 將近30%, raised (prior: the July range)"),
    m("revenue_growth_guidance|revenue_growth", None, "%", TSMC11, None, rng=(21, 26), opt=True,
      basis="full-year, 今年初 original guidance, 約21-26%"),
    m("revenue_growth_guidance|revenue_growth", None, "%", TSMC11, None, rng=(24, 26), opt=True,
      basis="full-year, 7月 上調至24-26%"),
    m("revenue_growth_guidance|revenue_growth", 30, "%", TSMC11, None, opt=True, basis="3成左右 (twin of 將近30%)"),
], [])


# zh12: Taiwan's monthly export statistics with the US market and a comparison with South Korea (經濟日報 on udn.com;
# Traditional, full-width punctuation, the figures written in Chinese numerals ("一一七一點七億美元", "八五四億美元",
# "八六九億元", "五八四點九億美元" twice, "約兩千億美元", "約一七一億美元", "五八四億美元", "○點九億美元", "百分之卅四點一",
# "連廿二紅", "百分之廿", "八月七日") and the full-width "ＡＩ" kept as printed; the sub-heading kept, reworded (8月單月出口額
# 首次超越南韓 -> 單月出口額8月首度超越南韓); the page's date line " date 2025-09-10" left out and not used; no headline in
# the stored text, none composed; the stored text breaks off inside the next sentence ("展望九月，蔡美娜說，…預估年增率為
# 百分之卅到", cut mid-figure; its 百分之五十五, 一點二倍 and 卅 dropped), so the passage ends with the sentence before it).
# Key: exports to the US January-August 一一七一點七億美元 (逾五成: a key bound, the only growth printed); the US trade
# surplus 八五四億美元 and the total surplus 八六九億元 (January-August); August exports 五八四點九億美元 (+34.1% yoy);
# Taiwan's average shortfall against South Korea over four years 約兩千億美元 a year and 約一七一億美元 a month; South
# Korea's August exports 五八四億美元 and Taiwan's lead of ○點九億美元; the 20% tariff rate.
# Optional: the second printing of 五八四點九億美元; the full-year surpluses "上看千億美元規模" (a forecast bound); 過去四年間,
# 連續四個月 and 連廿二紅 (spans).
# Judgement calls: no year printed (今年一至八月, 八月; the dropped date line is not used) -> period None, with "Jan-Aug" or
# "August" in basis; "總出超八六九億元" is printed with 億元 but set beside 八五四億美元 (規模…幾乎相當) and the 千億美元 outlook,
# so it is labelled USD (the printed 元 noted in basis); the shortfall against South Korea ("少約…") is a negative gap
# (Taiwan minus South Korea) and the August lead ("相差○點九億美元", after 首度落後我國) a positive one; "美國不但已取代陸港,
# 成為最大來源" and "美超中" carry no figure; 八月七日 (the tariff's start) gives no row.
TW12 = "台灣|我國|Taiwan|財政部"
US12 = "對美出口|美國|United States|US|U.S.|" + TW12
KR12 = "南韓|韓國|South Korea|Korea"
G["zh12"] = ([
    m("exports|exports_to_us|export_value", 1.1717e11, "USD", US12, None, basis="Jan-Aug, 對美出口"),
    m("export_growth|exports_to_us_growth", None, "%", US12, None, rng=(50, None),
      basis="Jan-Aug, 大增逾五成 (bound; the only growth printed)"),
    m("trade_surplus|trade_surplus_with_us", 8.54e10, "USD", US12, None, basis="前八月 對美出超"),
    m("trade_surplus|total_trade_surplus", 8.69e10, "USD", TW12, None,
      basis="前八月 總出超, printed 八六九億元 (beside 八五四億美元; USD)"),
    m("trade_surplus|trade_surplus_forecast", None, "USD", TW12, None, rng=(1e11, None), opt=True,
      basis="full year, 對美出超與總出超 上看千億美元規模 (outlook)"),
    m("exports|export_value", 5.849e10, "USD", TW12, None, basis="August, record monthly high"),
    m("exports|export_value", 5.849e10, "USD", TW12, None, opt=True, basis="August, restated (衝上)"),
    m("export_gap|export_difference", -2e11, "USD", TW12, None,
      basis="Taiwan minus South Korea, average per year over the past four years, 大概少約兩千億美元"),
    m("years|period_length", 4, "years", TW12, None, opt=True, basis="過去四年間"),
    m("export_gap|export_difference", -1.71e10, "USD", TW12, None,
      basis="Taiwan minus South Korea, per month, 約少一七一億美元"),
    m("exports|export_value", 5.84e10, "USD", KR12, None, basis="August, 南韓出口降到"),
    m("export_gap|export_difference", 9e7, "USD", TW12, None,
      basis="August, Taiwan minus South Korea, 相差○點九億美元 (Taiwan ahead)"),
    m("months|streak", 4, "months", TW12, None, opt=True, basis="連續四個月創單月新高"),
    m("export_growth|exports_growth", 34.1, "%", TW12, None, basis="August, yoy, 年增百分之卅四點一"),
    m("months|streak", 22, "months", TW12, None, opt=True, basis="連廿二紅 (22 months of yoy growth)"),
    m("tariff_rate|tariff", 20, "%", TW12, None, basis="美國對等關稅, 台灣適用 疊加稅率"),
], [])
