# Hand labels for news27/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong / Macau, two Taiwan). Helpers m()
# and ra() are supplied by build_labels.py. Hong Kong stock context: bare 元 = HKD (zh07, zh08, zh10); 仙 = HK cents
# (165.5仙 -> 1.655 HKD); "X厘" as a yield = X %. Macau paper: bare 元 = MOP (news18). Taiwan context: bare 億元 / 元 = TWD
# (zh11); 美元 -> USD (zh12). Chinese numerals are resolved (一百一十五億八千萬元 -> 1.158e10; 百分之二百三十二點六 -> 232.6;
# 增兩倍三 -> +230 %; 十二分之一 -> 8.33 %; 2萬1,452美元 -> 21452). "增X倍" / "季增X倍" is X x 100 % (news13). 近X -> X;
# 約X -> X; 逾X -> an optional lower bound. Republic-of-China years (zh12: 100年, 101年, 今(102)年, 明(103)年) are converted
# by the fixed calendar offset (+1911: 2011, 2012, 2013, 2014) -- a notation, like 二○二三年, not outside knowledge (judgement
# call, see the comment of zh12). Otherwise no year is taken from outside the text (page metadata dates and URL dates are never
# used): zh07's year comes from its own dated references, zh09 and zh10 print datelines, zh08 and zh11 print no year
# (periods None, "Q3", "Q1-Q3"). A figure printed twice (headline and body, lead and body, subheading and body) is one row; a
# rounded or hedged restatement is optional. Earlier levels printed beside a new one ("(原統計為4.07%)", "(8月預測2.61%)",
# "由22.65元升至24元") are the prior of the new value and also optional rows of their own (news23 / news24). Entities carry
# Traditional and Simplified names, English names and stock codes, padded where the text prints none.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Cathay Pacific's full-year results and share move (am730 財經 / 本地, Traditional; the page's image label "國泰航空"
# is left out, and the excerpt's last, unfinished sentence about a JPMorgan report is cut). Year: the text prints no
# dateline, but its own dated references pin the results year: "在2024年走完…重建之旅後，去年初航班已恢復" puts 去年 after
# 2024, and the fuel-hedging loss "是繼2020年後5年來再次損手" puts it five years after 2020 -> 去年 = 2025, results "FY2025",
# 今年 guidance "FY2026" (extends news23 zh11 / news26 batch a: a year fixed by the text's own references; judgement call).
# 元 = HKD. Key: profit (純利) 108.28億元 and its 按年多9.5%; the second interim dividend 0.64元 and its +31%; the full-year
# dividend 0.84元 (printed twice -> one row) and its +22%; the close 13.17元 and the day's 逆市揚4.4% (the story's own
# share move, period None); the dividend yield 6.4厘 (= 6.4 %); revenue 1,167.66億元 and +11.9%; passenger revenue 788.48億元
# and 多近15% (-> 15); cargo revenue 275.72億元 and +0.6% (segments: entity "segment|company"); EPS 165.5仙 -> 1.655 HKD;
# total operating expenses 1,053.7億元 and +11.8%; staff costs 200.8億元 and +19.2%; the fuel-hedging loss 7.07億元 (a loss
# -> negative); net fuel cost 313.44億元 and +10.9%; the capacity-growth guidance 約10% for this year. Optional: the
# intraday high move 最多曾漲5.9%; the ~11 weeks of bonus pay; 8 new narrow-body aircraft to be delivered (a fleet count);
# flights back to 100% of the pre-pandemic level (an operating milestone). Not labelled: 3年 (spans), 15年紀錄 (a record
# span), 連續3年 (a streak), 2010年 / 2020年 (reference years), 5年 (a span), 293 (stock code), 首兩個月 (a span).
CX = "國泰航空|國泰|国泰航空|國泰航空公司|Cathay Pacific|Cathay Pacific Airways|Cathay|293|00293"
PAX7 = "客運|客運業務|passenger|passenger business|" + CX
CGO7 = "貨運|貨運業務|cargo|cargo business|" + CX
Y7, N7 = "FY2025", "FY2026"
PC = "price_change|share_price_change"
G["zh07"] = ([
    m("net_profit|profit|profit_attributable", 1.0828e10, "HKD", CX, Y7, basis="全年純利, year to end-2025"),
    m("net_profit_growth|profit_growth", 9.5, "%", CX, Y7, basis="yoy (按年多)"),
    m("bonus_weeks|bonus", 11, "weeks", CX, Y7, opt=True, basis="約11周的合資格酬金 (discretionary bonus + profit share)"),
    m("dividend|dps|interim_dividend", 0.64, "HKD", CX, Y7, basis="second interim dividend per share (第二次中期股息)"),
    m("dividend_growth|dps_growth", 31, "%", CX, Y7, basis="second interim dividend, 增加31%"),
    m("dividend|dps|full_year_dividend", 0.84, "HKD", CX, Y7, basis="full-year dividend per share; printed twice"),
    m("dividend_growth|dps_growth", 22, "%", CX, Y7, basis="full-year dividend, 增22%"),
    m(PC, 5.9, "%", CX, None, opt=True, basis="intraday high move after results (最多曾漲)"),
    m("share_price|price|close", 13.17, "HKD", CX, None, basis="close on the results day (昨)"),
    m(PC, 4.4, "%", CX, None, basis="day's move at the close, 逆市揚"),
    m("dividend_yield|yield", 6.4, "%", CX, Y7, basis="息率6.4厘 on the 0.84元 full-year dividend"),
    m("revenue", 1.16766e11, "HKD", CX, Y7, basis="收益"),
    m("revenue_growth", 11.9, "%", CX, Y7, basis="大升, yoy implied"),
    m("revenue|segment_revenue|passenger_revenue", 7.8848e10, "HKD", PAX7, Y7, basis="客運收入"),
    m("revenue_growth|segment_revenue_growth|passenger_revenue_growth", 15, "%", PAX7, Y7, basis="多近15%"),
    m("revenue|segment_revenue|cargo_revenue", 2.7572e10, "HKD", CGO7, Y7, basis="貨運收入"),
    m("revenue_growth|segment_revenue_growth|cargo_revenue_growth", 0.6, "%", CGO7, Y7, basis="漲0.6%"),
    m("eps|basic_eps", 1.655, "HKD", CX, Y7, basis="每股盈利165.5仙"),
    m("operating_expenses|opex|total_operating_expenses", 1.0537e11, "HKD", CX, Y7, basis="營業開支總額"),
    m("operating_expenses_growth|opex_growth", 11.8, "%", CX, Y7, basis="增加11.8%"),
    m("staff_costs|staff_cost|employee_costs", 2.008e10, "HKD", CX, Y7, basis="員工成本"),
    m("staff_costs_growth|staff_cost_growth|employee_costs_growth", 19.2, "%", CX, Y7, basis="增19.2%"),
    m("aircraft_deliveries|aircraft", 8, "aircraft", CX, N7, opt=True, basis="8架新型窄體客機 to be delivered this year"),
    m("capacity_growth|passenger_capacity_growth|capacity_growth_guidance", 10, "%", CX, N7,
      basis="guidance, 可載客量 增長率約10%"),
    m("fuel_hedging_gain|fuel_hedging_loss|hedging_gain", -7.07e8, "HKD", CX, Y7, basis="燃油對沖虧損7.07億元 (loss)"),
    m("net_fuel_cost|fuel_cost", 3.1344e10, "HKD", CX, Y7, basis="燃油成本淨額"),
    m("net_fuel_cost_growth|fuel_cost_growth", 10.9, "%", CX, Y7, basis="被推升10.9%"),
    m("flights_vs_pre_pandemic|capacity_recovery", 100, "%", CX, None, opt=True,
      basis="flights back to 100% of pre-pandemic level, early last year (去年初)"),
], [])

# zh08: Hong Kong market close on a typhoon-signal-10 day (HK01 財經快訊, Traditional; the page's two photo captions, one of
# them quoting an SMIC executive with "20奈米" and "9日", are left out). No year is printed ("今日（24日）") -> period None,
# the day in basis. 元 = HKD. Key: the HSI close 26518 and +359 points; the HSTECH (科指) +156 points to 6323; the HSCEI
# (國指) +152 points to 9442; market turnover 2,887.7億元; Alibaba's +9.2%, close 174元 and its own turnover 440.9億元; the
# exact moves of Tencent, Xiaomi, Meituan, Baidu, SMIC, Hua Hong, Shanghai Fudan, BYD, Geely, Zhaojin, Zijin and HSBC (跌 ->
# negative; HSBC's move is in a subheading and the body -> one row). Optional: the lead's "全日勁升逾300點" (an open bound on
# the exact +359) and the subheading's "成交全日近2900億" (a rounded restatement of 2,887.7億元). Not labelled: 24日 and the
# signal's hours (上午2時20分, 下午1時20分), 10號 (the signal number), stock codes.
HSI8 = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HST8 = "科指|恒生科技指數|恒科指|恒生科技指数|Hang Seng TECH Index|HSTECH"
HSC8 = "國指|國企指數|恒生中國企業指數|国企指数|Hang Seng China Enterprises Index|HSCEI"
MKT8 = "大市|港股|主板|香港股市|Hong Kong market|HKEX Main Board"
D8 = "close, 24日 (typhoon signal No. 10 day)"
IL, IC = "index_level|close", "index_change"


def mv8(ent, pct):
    return m(PC, pct, "%", ent, None, basis=D8)


G["zh08"] = ([
    m(IL, 26518, "points", HSI8, None, basis=D8),
    m(IC, 359, "points", HSI8, None, basis=D8),
    m(IC, None, "points", HSI8, None, rng=(300, None), opt=True, basis="lead, 全日勁升逾300點"),
    m("turnover|trading_value|market_turnover", 2.8877e11, "HKD", MKT8, None, basis="成交額, full day"),
    m("turnover|trading_value|market_turnover", 2.9e11, "HKD", MKT8, None, opt=True, basis="subheading, 近2900億 (rounded)"),
    m(IC, 156, "points", HST8, None, basis=D8),
    m(IL, 6323, "points", HST8, None, basis=D8),
    m(IC, 152, "points", HSC8, None, basis=D8),
    m(IL, 9442, "points", HSC8, None, basis=D8),
    mv8("阿里|阿里巴巴|阿里巴巴集團|Alibaba|Alibaba Group|9988|09988", 9.2),
    m("share_price|price|close", 174, "HKD", "阿里|阿里巴巴|阿里巴巴集團|Alibaba|Alibaba Group|9988|09988", None, basis=D8),
    m("turnover|trading_value", 4.409e10, "HKD", "阿里|阿里巴巴|阿里巴巴集團|Alibaba|Alibaba Group|9988|09988", None,
      basis="the stock's turnover, full day"),
    mv8("騰訊|騰訊控股|腾讯|Tencent|Tencent Holdings|700|0700|00700", 2),
    mv8("小米|小米集團|小米集团|Xiaomi|1810|01810", 2.6),
    mv8("美團|美团|Meituan|3690|03690", 1.2),
    mv8("百度|百度集團|Baidu|9888|09888", 0.2),
    mv8("上海復旦|復旦微電|上海复旦|Shanghai Fudan|Shanghai Fudan Microelectronics|1385|01385", 3),
    mv8("華虹|華虹半導體|华虹半导体|Hua Hong|Hua Hong Semiconductor|1347|01347", 3.9),
    mv8("中芯|中芯國際|中芯国际|SMIC|Semiconductor Manufacturing International|981|0981|00981", 5.7),
    mv8("比亞迪|比亞迪股份|比亚迪|BYD|BYD Company|1211|01211", -0.6),
    mv8("吉利|吉利汽車|吉利汽车|Geely|Geely Automobile|175|0175|00175", -0.2),
    mv8("招金|招金礦業|招金矿业|Zhaojin|Zhaojin Mining|1818|01818", -1.1),
    mv8("紫金|紫金礦業|紫金矿业|Zijin|Zijin Mining|2899|02899", -0.2),
    mv8("滙豐|滙豐控股|匯豐|汇丰|HSBC|HSBC Holdings|5|0005|00005", -1),
], [])

# zh09: Macau's January gaming revenue (a Macau daily's news page on rightbeek.com, Traditional, Chinese numerals; the photo
# caption "一月賭收重上久違的百億元水平" is left out). The printed dateline 2023-02-02 dates the passage: 今年一月份 = "2023-01",
# 今年全年 = "2023"; "二○二○年一月" = "2020-01". Bare 元 = MOP (Macau paper, news18). Key: gross gaming revenue (幸運博彩毛收入)
# 一百一十五億八千萬元 -> 1.158e10 (printed twice -> one row), 按年 +82.5 % and 按月 +232.6 %; the government's full-year target
# 一千三百億元, "仍為" (kept) -> itself as prior (news24 zh09: a target / forecast kept unchanged). Optional: the headline's
# rounded 一百一十五億, the lead's "逾一百一十五億元" (bound), "重返百億大關" / "再錄得過百億" (a round-level bound, one row),
# the subheading's "比十二月增兩倍三" (+230 %, a rounded restatement of the 232.6 % mom rise), January 2020's
# 二百二十一億二千六百萬元 (a pre-pandemic comparison level, own period), and the share of the target reached (十二分之一 ->
# 8.33 %). Not labelled: 三年 / 三十六個月 / 二十個月 / 廿月 (spans), 二○二○年二月 (a reference month), the dateline.
MO9 = "澳門|本澳|澳门|Macau|Macao|澳門博彩業|Macau gaming"
GGR = "gross_gaming_revenue|ggr|gaming_revenue"
GGRG = "gross_gaming_revenue_growth|ggr_growth|gaming_revenue_growth"
P9 = "2023-01"
G["zh09"] = ([
    m(GGR, 1.158e10, "MOP", MO9, P9, basis="幸運博彩毛收入 一百一十五億八千萬元; printed twice"),
    m(GGRG, 82.5, "%", MO9, P9, basis="yoy (按年增加)"),
    m(GGRG, 232.6, "%", MO9, P9, basis="mom (按月大增)"),
    m(GGR, 1.15e10, "MOP", MO9, P9, opt=True, basis="headline, 一百一十五億 (rounded)"),
    m(GGR, None, "MOP", MO9, P9, rng=(1.15e10, None), opt=True, basis="lead, 逾一百一十五億元"),
    m(GGR, None, "MOP", MO9, P9, rng=(1e10, None), opt=True, basis="重返百億大關 / 再錄得過百億 (round level)"),
    m(GGRG, 230, "%", MO9, P9, opt=True, basis="subheading, 比十二月增兩倍三 (rounded mom)"),
    m(GGR, 2.2126e10, "MOP", MO9, "2020-01", opt=True, basis="January 2020, pre-pandemic comparison level"),
    m("gross_gaming_revenue_target|ggr_target|gaming_revenue_target|gaming_revenue_forecast", 1.3e11, "MOP", MO9, "2023",
      prior=1.3e11, basis="government full-year target, kept (仍為)"),
    m("target_achieved|share_of_target", 100 / 12, "%", MO9, P9, opt=True, basis="剛好達到十二分之一 of the target"),
], [])

# zh10: a single broker note on a Hong Kong stock: Morgan Stanley lifts Cathay Pacific's target (news.h1.com.hk instant news,
# printed dateline 2010-11-25 (11:00), Traditional; the page's "related news" list and the link label "股價及相關新聞" after
# "(00293)" are left out; the misplaced "(00293)" after 摩根士丹利 is kept as printed). 元 = HKD. Years are printed: the
# forecasts are "FY2010" / "FY2011" / "FY2012" (Cathay's financial year is the calendar year; news11/news12 style). Key: the
# target 24元 with prior 22.65元 (headline and body -> one row); the target's valuation, 5.9x forecast 2011 EV/EBITDA
# (printed "市企業價值對EEBITDA", kept); the bull-case value 25.5元 ("最牛可上望", printed twice -> one row); the EPS-forecast
# raises 19% / 25% / 24% and the forecast levels 2.55 and 2.18元 for 2010 and 2012. Optional: the 2011 EPS forecast printed
# "216" (an obvious typo for 2.16 between 2.55 and 2.18; labelled as printed, 216 HKD, and optional so that neither reading
# is penalised -- judgement call). Rating action: Morgan Stanley keeps 「持有」 (hold) and raises the target 22.65 -> 24 HKD ->
# raise_target. Not labelled: 2010-11-25 / 11:00 (dateline), 下月6日 (a date), 00293 (stock code).
MS10 = "摩根士丹利|大摩|Morgan Stanley"
G["zh10"] = ([
    m("target_price", 24, "HKD", CX, None, prior=22.65, basis="Morgan Stanley, raised, 「持有」 kept; headline repeats"),
    m("target_price", 22.65, "HKD", CX, None, opt=True, basis="previous target"),
    m("ev_ebitda|ev_to_ebitda|valuation_multiple", 5.9, "x", CX, "FY2011",
      basis="target = 5.9x forecast 2011 EV/EBITDA (printed 市企業價值對EEBITDA)"),
    m("bull_case_target|bull_case_value|target_price_bull_case", 25.5, "HKD", CX, None,
      basis="最樂觀情況 「最牛」可上望25.5元; printed twice"),
    m("eps_forecast_change|eps_forecast_revision", 19, "%", CX, "FY2010", basis="上調 2010 EPS forecast"),
    m("eps_forecast_change|eps_forecast_revision", 25, "%", CX, "FY2011", basis="上調 2011 EPS forecast"),
    m("eps_forecast_change|eps_forecast_revision", 24, "%", CX, "FY2012", basis="上調 2012 EPS forecast"),
    m("eps_forecast|eps", 2.55, "HKD", CX, "FY2010", basis="Morgan Stanley forecast, after the raise"),
    m("eps_forecast|eps", 216, "HKD", CX, "FY2011", opt=True, basis="printed 216 (typo, presumably 2.16)"),
    m("eps_forecast|eps", 2.18, "HKD", CX, "FY2012", basis="Morgan Stanley forecast, after the raise"),
], [
    ra(MS10, CX, "raise_target", "hold", None, 24, 22.65, "HKD"),
])

# zh11: Taiwan electronics quarterly results: Largan Precision's third quarter (CNA / 中央社 story on udn 經濟日報 快訊,
# Traditional, Taiwan usage; the "快訊" tag is left out, the CNA dateline "台北9日電" kept). No year is printed (今天, 今年前3季)
# -> "Q3" and "Q1-Q3" (news25 / news26 batch a), qoq / yoy in basis. 億元 / 元 = TWD. Key: Q3 revenue 約176.77億元 with
# 季增51% / 年減7%; gross margin 47.2% (lead and body -> one row) with 季減6.4 / 年減3 個百分點 (earlier levels not printed ->
# the pp changes are key rows, news24 batch b); net profit 70.8億元 with 季增5.86倍 (-> +586 %, news13) and 年增6.8%; EPS
# 53.05元 (printed twice); Q1-Q3 revenue 439.29億元 and 年增近7% (-> 7); operating profit 約172.22億元 and 年增10%;
# non-operating income 銳減92% (-> -92 %); net profit 145.56億元 and 年減16%; EPS 109.06元; the Q3 shipment mix by
# resolution as ranges (10%-20%, 60%-70%, 20%-30%; rng with value None, entity the product class). Optional: "800萬畫素級
# 產品占10%以下" (an open bound, rng=(None, 10)); the chairman's estimate of the currency's hit to the Q3 gross margin, "與第2季
# 相比影響至少2%" (bound) and "與去年同期相比則影響約3%" -- printed with "%" and no direction word, labelled positive in "%"
# as printed (news25: no direction word -> positive; news24: pp written as % stay %), optional as management commentary on a
# change whose levels are labelled (judgement call). Not labelled: 近8季 (a span), 2000萬 / 千萬 / 800萬畫素 (product
# specifications, not money), 9日, 第4季 (no figure).
LG = "大立光|大立光電|Largan|Largan Precision|3008"
Q11, YTD11 = "Q3", "Q1-Q3"
NP = "net_profit|net_income|profit_after_tax"
NPG = "net_profit_growth|net_income_growth|profit_growth"
MIX = "shipment_share|product_mix|revenue_share|share"
G["zh11"] = ([
    m("revenue|consolidated_revenue", 1.7677e10, "TWD", LG, Q11, basis="第3季合併營收 約176.77億元"),
    m("revenue_growth", 51, "%", LG, Q11, basis="qoq (季增)"),
    m("revenue_growth", -7, "%", LG, Q11, basis="yoy (年減)"),
    m("gross_margin", 47.2, "%", LG, Q11, basis="lead and body; 近8季低點"),
    m("gross_margin_change", -6.4, "pp", LG, Q11, basis="qoq, 季減6.4個百分點"),
    m("gross_margin_change", -3, "pp", LG, Q11, basis="yoy, 年減3個百分點"),
    m(NP, 7.08e9, "TWD", LG, Q11, basis="稅後淨利"),
    m(NPG, 586, "%", LG, Q11, basis="qoq, 季增5.86倍"),
    m(NPG, 6.8, "%", LG, Q11, basis="yoy (年增)"),
    m("eps", 53.05, "TWD", LG, Q11, basis="每股盈餘; lead and body"),
    m("revenue", 4.3929e10, "TWD", LG, YTD11, basis="今年前3季營收"),
    m("revenue_growth", 7, "%", LG, YTD11, basis="yoy, 年增近7%"),
    m("operating_profit|operating_income", 1.7222e10, "TWD", LG, YTD11, basis="營業利益 約172.22億元"),
    m("operating_profit_growth|operating_income_growth", 10, "%", LG, YTD11, basis="yoy (年增)"),
    m("non_operating_income_growth|non_operating_income_change", -92, "%", LG, YTD11, basis="業外收入銳減92%"),
    m(NP, 1.4556e10, "TWD", LG, YTD11, basis="稅後淨利, first three quarters"),
    m(NPG, -16, "%", LG, YTD11, basis="yoy (年減)"),
    m("eps", 109.06, "TWD", LG, YTD11, basis="每股盈餘, first three quarters"),
    m(MIX, None, "%", "2000萬畫素以上高階產品|20MP and above|high-end lenses|" + LG, Q11, rng=(10, 20),
      basis="Q3 shipments by resolution"),
    m(MIX, None, "%", "千萬畫素級產品|10MP class|" + LG, Q11, rng=(60, 70), basis="Q3 shipments by resolution"),
    m(MIX, None, "%", "800萬畫素級產品|8MP class|" + LG, Q11, rng=(None, 10), opt=True, basis="占10%以下"),
    m(MIX, None, "%", "其餘產品|其他產品|other products|" + LG, Q11, rng=(20, 30), basis="Q3 shipments by resolution"),
    m("fx_impact_on_gross_margin|gross_margin_change", None, "%", LG, Q11, rng=(2, None), opt=True,
      basis="currency's hit vs Q2, 影響至少2% (no direction word; positive as printed)"),
    m("fx_impact_on_gross_margin|gross_margin_change", 3, "%", LG, Q11, opt=True,
      basis="currency's hit vs a year earlier, 影響約3% (no direction word; positive as printed)"),
], [])

# zh12: Taiwan DGBAS (行政院主計總處) release after its national-income review meeting (stat.gov.tw news page, Traditional;
# page chrome -- "跳到主要內容區塊", the organising units and the press contact with telephone numbers, the PDF / video links
# -- is left out; the release's headline is kept). Years are printed as Republic-of-China years: 100年 / 101年 /
# 今(102)年 / 明(103)年. They are converted by the fixed offset +1911 (2011 / 2012 / 2013 / 2014): the text prints the year
# in the ROC calendar, so reading it is a notation, like resolving 二○二三年, not knowledge from outside the text (judgement
# call; news22 converted "114年" where 2025 was also printed and did not rule on an ROC-only text). Periods: 2011, 2012,
# "2013Q1" / "2013Q2" / "2013Q3" / "2013Q4", full years "2013" / "2014" (macro years stay bare, news20 zh12). Key: the revised
# growth of 2011 (4.19%, prior 4.07%) and 2012 (1.48%, prior 1.32%); 2013Q1 / Q2 saar (-2.38%, 3.05%) and yoy (1.44%,
# prior 1.62%; 2.69%, prior 2.49%); 2013Q3 saar 1.07% and yoy 1.66% (headline and body -> one row each; prior = the latest
# earlier estimate, the October advance estimate 1.58%); the 2013Q4 forecasts saar 2.96% and yoy 1.22% (prior = the August
# forecast 2.61%); the 2013 forecast 1.74% (prior 2.31%) and the 2014 forecast 2.59% (prior 3.37%) (headline repeats ->
# one row each); GDP and GNP per head (2萬850 / 2萬1,452 / 2萬1,360 / 2萬2,008美元, USD) and CPI 0.94% / 1.21% for
# 2013 / 2014. Optional: every earlier figure in brackets or "比8月預測的…" as a row of its own (4.07, 1.32, 1.62, 2.49,
# 2.47 (August forecast of Q3 yoy), 1.58, 2.61, 2.31, 3.37); the revisions "下修0.57個百分點" and "下修0.78個百分點" (both
# levels printed -> optional, news24 batch b). Not labelled: 本(29)日 and 下午2點 (date, time), the ordinals 一、…四、,
# the review's coverage "100年第1季至102年第2季" and "102年第4季至103年" (period spans).
TW12 = "台灣|臺灣|我國|Taiwan"
GDPG = "gdp_growth|economic_growth|economic_growth_rate"
GDPF = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
SAAR = "gdp_growth_saar|gdp_growth_qoq_annualized|gdp_growth"
YOY = "gdp_growth_yoy|gdp_growth"
CPIF = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi"
GDPPC = "gdp_per_capita|per_capita_gdp"
GNPPC = "gnp_per_capita|per_capita_gnp"
G["zh12"] = ([
    m(GDPG, 4.19, "%", TW12, "2011", prior=4.07, basis="revised (修正); prior = original statistic"),
    m(GDPG, 4.07, "%", TW12, "2011", opt=True, basis="original statistic (原統計)"),
    m(GDPG, 1.48, "%", TW12, "2012", prior=1.32, basis="revised; prior = original statistic"),
    m(GDPG, 1.32, "%", TW12, "2012", opt=True, basis="original statistic"),
    m(SAAR, -2.38, "%", TW12, "2013Q1", basis="revised, seasonally adjusted annualised qoq (saar)"),
    m(SAAR, 3.05, "%", TW12, "2013Q2", basis="revised, saar"),
    m(YOY, 1.44, "%", TW12, "2013Q1", prior=1.62, basis="revised, yoy; prior = earlier figure (原為)"),
    m(YOY, 1.62, "%", TW12, "2013Q1", opt=True, basis="earlier figure (原為)"),
    m(YOY, 2.69, "%", TW12, "2013Q2", prior=2.49, basis="revised, yoy; prior in brackets"),
    m(YOY, 2.49, "%", TW12, "2013Q2", opt=True, basis="earlier figure"),
    m(SAAR, 1.07, "%", TW12, "2013Q3", basis="preliminary (初步統計), saar; headline repeats"),
    m(YOY, 1.66, "%", TW12, "2013Q3", prior=1.58,
      basis="preliminary, yoy; headline repeats; prior = October advance estimate (10月概估統計)"),
    m(YOY, 2.47, "%", TW12, "2013Q3", opt=True, basis="August forecast (8月預測)"),
    m(YOY, 1.58, "%", TW12, "2013Q3", opt=True, basis="October advance estimate (10月概估統計)"),
    m(SAAR + "|gdp_growth_forecast", 2.96, "%", TW12, "2013Q4", basis="forecast, saar"),
    m(YOY + "|gdp_growth_forecast", 1.22, "%", TW12, "2013Q4", prior=2.61, basis="forecast, yoy; prior = August forecast"),
    m(YOY + "|gdp_growth_forecast", 2.61, "%", TW12, "2013Q4", opt=True, basis="August forecast (8月預測)"),
    m(GDPF, 1.74, "%", TW12, "2013", prior=2.31, basis="full-year forecast; prior = August forecast; headline repeats"),
    m(GDPF, 2.31, "%", TW12, "2013", opt=True, basis="August forecast"),
    m("gdp_growth_forecast_change|forecast_revision", -0.57, "pp", TW12, "2013", opt=True, basis="下修0.57個百分點"),
    m(GDPPC, 20850, "USD", TW12, "2013", basis="每人GDP 2萬850美元, forecast"),
    m(GNPPC, 21452, "USD", TW12, "2013", basis="每人GNP 2萬1,452美元, forecast"),
    m(CPIF, 0.94, "%", TW12, "2013", basis="CPI上漲0.94%, forecast"),
    m(GDPF, 2.59, "%", TW12, "2014", prior=3.37, basis="forecast for 明(103)年; prior = August forecast; headline repeats"),
    m(GDPF, 3.37, "%", TW12, "2014", opt=True, basis="August forecast"),
    m("gdp_growth_forecast_change|forecast_revision", -0.78, "pp", TW12, "2014", opt=True, basis="下修0.78個百分點"),
    m(GDPPC, 21360, "USD", TW12, "2014", basis="每人GDP 2萬1,360美元, forecast"),
    m(GNPPC, 22008, "USD", TW12, "2014", basis="每人GNP 2萬2,008美元, forecast"),
    m(CPIF, 1.21, "%", TW12, "2014", basis="CPI上漲1.21%, forecast"),
], [])
