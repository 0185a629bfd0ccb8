# Hand labels for news52/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong outlets, one Macau government
# release, three Taiwan outlets). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the
# six texts alone: no project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the
# end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold file or other batch's file was
# read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news50/zh and news51/zh (their "Conventions decided" sections) and the labels files of news50/zh, with the
# precedents named below (news50 zh09 for a Macau statistics release, news51 zh11 for Taiwan brokers' ratings and targets,
# news51 zh10 / news50 zh10 for Taiwan releases, news50 zh08 / news51 zh11 for optional target_price twins).
# Currency: Hong Kong items' bare 元 / 仙 = HKD (zh07, zh08); Macau's 元 is MOP because the text says "(澳門元,下同)"
# (zh09); Taiwan items' bare 元 / 億元 / 兆元 = TWD (zh10 says 新台幣 once, zh11), 美元 = USD (zh12). Values fully scaled
# (24.07億元 -> 2.407e9; 39仙 -> 0.39 HKD; 550億元 -> 5.5e10; 203.5億元 -> 2.035e10; 1 兆 850 億元 -> 1.085e12; 4.0566 兆元
# -> 4.0566e12; 三百七十四點五億美元 -> 3.745e10; 一百五十七點三二億美元 -> 1.5732e10). Chinese numerals resolved (百分之三十四點八
# -> 34.8; 連二十紅 -> 20; 三十四個月 -> 34); 1 成 -> 10 %; X倍 as a growth -> 100X % (1.1倍 -> 110 %, 10倍 -> 1000 %, 近1.2倍 ->
# 120 %); X厘 (a margin) -> X %; 個基點 -> bp, 個百分點 -> pp.
# Declines negative (減少, 下跌, 下滑, 收窄, 跌幅, 月減, 虧損 / 蝕 as an investment result); a loss that "擴大 / 擴闊" is a
# positive growth of the loss (metric named loss_growth). 近X -> X; 上看X (a broker's target) -> X; "A至B之間" -> a closed
# range with value None.
# Repeats: a figure printed twice (headline or sub-heading and body, a lead restated in the body) is one key row and an
# optional twin; an approximate restatement ("上半年業績上升14%" after 14.1%, "近26%" after 25.8%) is optional. Opens,
# intraday highs and an intraday latest quote ("最新報") are optional; streaks ("連二十紅", "連續3個季度") are optional counts.
# Brokers' targets and ratings (zh11) are in rating actions, each printed target also an optional target_price row.
# Periods only where the text states or clearly implies the year: zh07 2025H1 (截至今年6月底止中期 with "2025年上半年"
# printed) and 2025-06-30 for the end-June ratios; zh08 2022Q1 / 2021Q4 / 2021Q1 (首季 / 去年第4季 / 去年首季 under the
# passage's own printed dateline 2022-05-03, decided on this batch, see zh08); zh09 2024Q1 (printed) and 2023Q1 for its
# 2023年同期 (comparisons with 2019年第1季 go to basis); zh10 None (第三季 / 第四季 / 今年, no year printed); zh11 None (daily
# moves under the credit line 2022-06-23, as news51 zh06); zh12 None (二月 / 三月 / 一、二月, no year printed). Addresses,
# dropped page chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong bank's interim results (hk01 財經快訊, 2025-08-21 in the stored page's date line, dropped and not used;
# Traditional; no headline in the stored text (the address carries one), none composed; the two sub-headings reworded
# around 25.39億元 and 28.6%; whole stored item).
# Key: attributable profit 24.07億元 (+14.1%), interim dividend 39仙 (+25.8%); net interest margin 1.88厘 (-22 bp); net
# interest income 73.44億元 (-10.7%); non-interest income 29.15億元 (+29.2%); net fee and commission income 16.54億元
# (+16.7%); trading / revaluation / hedging net profit +43.8%; impairment losses 25.39億元 (-11.9%); commercial real
# estate's 70% share of loan-loss provisions; impaired-loan ratio 2.63% (-0.09 pp vs end-2024); total capital 28.6%,
# tier 1 25.1%, CET1 23.7%, LCR 176.5% at 2025-06-30.
# Optional: "上半年業績上升14%" and "派息亦增加近26%" (rounded restatements); the intraday latest quote 13.18元 / +4.1%; the
# sub-headings' 25.39億元 and 28.6% (twins).
# Judgement calls: 淨息差 "1.88厘" is a margin level in % (X厘 = X %), its change -22 bp; the impaired-loan ratio's change is
# against 去年底 (basis) with no prior derived; "佔貸款損失撥備70%" is a key share row on the commercial-real-estate loans.
BEA7 = "東亞銀行|東亞|Bank of East Asia|BEA|0023|00023|23.HK"
G["zh07"] = ([
    m("net_profit|attributable_profit|profit|shareholders_profit", 2.407e9, "HKD", BEA7, "2025H1",
      basis="attributable, 歸屬股東溢利, interim"),
    m("net_profit_growth|profit_growth|net_profit", 14.1, "%", BEA7, "2025H1", basis="yoy"),
    m("net_profit_growth|profit_growth|net_profit", 14, "%", BEA7, "2025H1", opt=True,
      basis="上半年業績上升14%, rounded restatement"),
    m("interim_dividend|dividend_per_share|dps|dividend", 0.39, "HKD", BEA7, "2025H1", basis="中期息39仙"),
    m("dividend_growth|dps_growth|interim_dividend", 25.8, "%", BEA7, "2025H1", basis="yoy"),
    m("dividend_growth|dps_growth|interim_dividend", 26, "%", BEA7, "2025H1", opt=True,
      basis="派息亦增加近26%, rounded restatement"),
    m("price|share_price", 13.18, "HKD", BEA7, None, opt=True, basis="intraday latest, 最新報"),
    m("price_change|share_price_change", 4.1, "%", BEA7, None, opt=True, basis="intraday, 午後"),
    m("net_interest_margin|nim", 1.88, "%", BEA7, "2025H1", basis="淨息差1.88厘"),
    m("net_interest_margin_change|nim_change|net_interest_margin", -22, "bp", BEA7, "2025H1", basis="yoy, 收窄"),
    m("net_interest_income|nii", 7.344e9, "HKD", BEA7, "2025H1"),
    m("net_interest_income_growth|nii_growth|net_interest_income", -10.7, "%", BEA7, "2025H1", basis="yoy"),
    m("non_interest_income", 2.915e9, "HKD", BEA7, "2025H1"),
    m("non_interest_income_growth|non_interest_income", 29.2, "%", BEA7, "2025H1"),
    m("net_fee_income|fee_and_commission_income|net_fee_and_commission_income", 1.654e9, "HKD",
      "服務費及佣金收入淨額|" + BEA7, "2025H1"),
    m("net_fee_income_growth|fee_income_growth|net_fee_income", 16.7, "%", "服務費及佣金收入淨額|" + BEA7, "2025H1",
      basis="yoy"),
    m("trading_income_growth|net_trading_profit_growth|trading_income", 43.8, "%",
      "交易﹑金融工具重估及相關對沖的淨利潤|交易|" + BEA7, "2025H1"),
    m("impairment_losses|impairment_charge|loan_impairment", 2.539e9, "HKD", "金融工具減值損失|" + BEA7, "2025H1"),
    m("impairment_losses|impairment_charge|loan_impairment", 2.539e9, "HKD", "金融工具減值損失|" + BEA7, "2025H1",
      opt=True, basis="sub-heading twin"),
    m("impairment_losses_growth|impairment_change|impairment_losses", -11.9, "%", "金融工具減值損失|" + BEA7, "2025H1"),
    m("share_of_loan_loss_provisions|share|proportion", 70, "%", "內地及香港商業房地產|商業房地產|" + BEA7, "2025H1",
      basis="佔貸款損失撥備70%"),
    m("impaired_loan_ratio|npl_ratio", 2.63, "%", BEA7, "2025-06-30"),
    m("impaired_loan_ratio_change|npl_ratio_change|impaired_loan_ratio", -0.09, "pp", BEA7, "2025-06-30",
      basis="vs 去年底"),
    m("total_capital_ratio|capital_adequacy_ratio|car", 28.6, "%", BEA7, "2025-06-30"),
    m("total_capital_ratio|capital_adequacy_ratio|car", 28.6, "%", BEA7, "2025-06-30", opt=True,
      basis="sub-heading twin"),
    m("tier1_capital_ratio|tier_1_capital_ratio|tier1_ratio", 25.1, "%", BEA7, "2025-06-30"),
    m("cet1_ratio|common_equity_tier1_ratio|cet1_capital_ratio", 23.7, "%", BEA7, "2025-06-30"),
    m("liquidity_coverage_ratio|lcr", 176.5, "%", BEA7, "2025-06-30"),
], [])


# zh08: Hong Kong Exchange Fund's quarterly investment result (RTHK news.rthk.hk, Traditional, half-width commas as
# printed; headline kept, reworded around 550億元; the dateline "2022-05-03 HKT 15:22" kept as printed; the page
# furniture "A A A", "氣溫 濕度", "新聞重溫 …", "分享工具 facebook", the photo caption (printed twice, a copy of the lead)
# and the closing repeat of the headline left out; whole stored item).
# Key: investment loss 550億元 in the first quarter; bonds -347億元 (loss +120% yoy, "近1.2倍"), last year's Q4 bond
# income 29億元; Hong Kong equities -94億元 (loss +31% qoq); other equities -246億元, their 2021 Q1 and Q4 income 188億元 and
# 227億元; foreign-exchange valuation +137億元 (+1000% yoy, "10倍"; +63% qoq); payments 110億元 to the fiscal reserves and
# 53億元 to government funds and statutory bodies.
# Optional: the headline's 550億元 (twin); the Hong Kong equities' loss streak (3 quarters).
# Judgement calls (decided on this batch): the dateline printed in the passage dates 首季 as 2022Q1, 去年第4季 as 2021Q4 and
# 去年首季 as 2021Q1 (a dateline that is part of the text, unlike a dropped page date line); investment losses are negative
# income rows on the asset class; a loss that "按年擴大近1.2倍" / "按季擴闊近31%" is a positive loss_growth row (the loss
# grew), not a fall in income; "按年急升10倍" -> +1000 %.
EF8 = "外匯基金|Exchange Fund|金管局|HKMA"
G["zh08"] = ([
    m("investment_income|investment_return|investment_loss", -5.5e10, "HKD", EF8, "2022Q1",
      basis="未計其他投資表現, 投資虧損"),
    m("investment_income|investment_return|investment_loss", -5.5e10, "HKD", EF8, "2022Q1", opt=True,
      basis="headline twin, 蝕550億元"),
    m("bond_investment_income|investment_income|investment_loss", -3.47e10, "HKD", "債券投資|債券|bonds|" + EF8,
      "2022Q1", basis="虧損多達347億元, worst on record"),
    m("loss_growth|investment_loss_change|investment_income_change", 120, "%", "債券投資|債券|bonds|" + EF8, "2022Q1",
      basis="yoy, 虧損按年擴大近1.2倍"),
    m("bond_investment_income|investment_income", 2.9e9, "HKD", "債券投資|債券|bonds|" + EF8, "2021Q4",
      basis="去年第4季收益"),
    m("hk_equity_investment_income|investment_income|investment_loss", -9.4e9, "HKD",
      "港股投資|港股|香港股票|Hong Kong equities|" + EF8, "2022Q1"),
    m("loss_growth|investment_loss_change|investment_income_change", 31, "%",
      "港股投資|港股|香港股票|Hong Kong equities|" + EF8, "2022Q1", basis="qoq, 虧損按季擴闊近31%"),
    m("loss_streak|streak", 3, "quarters", "港股投資|港股|香港股票|Hong Kong equities|" + EF8, "2022Q1", opt=True,
      basis="連續3個季度錄得虧損"),
    m("other_equity_investment_income|investment_income|investment_loss", -2.46e10, "HKD",
      "其他股票投資|其他股票|other equities|" + EF8, "2022Q1", basis="worst in two years"),
    m("other_equity_investment_income|investment_income", 1.88e10, "HKD", "其他股票投資|其他股票|other equities|" + EF8,
      "2021Q1", basis="去年首季投資收益"),
    m("other_equity_investment_income|investment_income", 2.27e10, "HKD", "其他股票投資|其他股票|other equities|" + EF8,
      "2021Q4", basis="去年第4季投資收益"),
    m("fx_valuation_change|foreign_exchange_gain|investment_income", 1.37e10, "HKD",
      "外匯投資|外匯|非港元資產|foreign exchange|" + EF8, "2022Q1", basis="外匯估值上調"),
    m("fx_valuation_change_growth|foreign_exchange_gain_growth|growth", 1000, "%",
      "外匯投資|外匯|非港元資產|foreign exchange|" + EF8, "2022Q1", basis="yoy, 按年急升10倍"),
    m("fx_valuation_change_growth|foreign_exchange_gain_growth|growth", 63, "%",
      "外匯投資|外匯|非港元資產|foreign exchange|" + EF8, "2022Q1", basis="qoq"),
    m("payment_to_fiscal_reserves|payment|fiscal_reserves_payment", 1.1e10, "HKD", "財政儲備|fiscal reserves|" + EF8,
      "2022Q1"),
    m("payment_to_government_funds|payment", 5.3e9, "HKD", "特區政府基金及法定組織|" + EF8, "2022Q1"),
], [])


# zh09: Macau's quarterly visitor expenditure survey (澳門特別行政區政府新聞局 cdn.gcs.gov.mo carrying the 統計暨普查局
# release, Traditional, half-width punctuation as printed; no headline in the stored text, none composed; whole stored
# item).
# Key: total visitor spending excluding gaming 203.5億元 in 2024Q1 (+35.9% yoy; +20.2% vs 2019Q1), overnight 164.3億元
# (+33.1%) and same-day 39.2億元 (+48.5%); per-capita spending 2,293元 (+40.3% vs 2019Q1, -24.3% yoy), overnight 4,024元
# (-14.0%) and same-day 817元 (-28.4%); by source market mainland 2,665元 (-31.6%), Hong Kong 1,071元 (-14.4%), Taiwan
# 2,040元 (+10.6%), and against 2019 +44.1 / +19.0 / +39.8%; Singapore 2,556元, Korea 2,452元, Thailand 2,365元, Japan
# 1,964元, Malaysia 1,821元; spending shares shopping 48.0%, accommodation 23.3%, food 20.9%; by purpose holiday 2,798元
# (-27.3%), shopping 2,539元 (-2.0%), shows / events 5,877元 (+110%, "1.1倍"), MICE 5,148元 (+18.2%).
# Optional: none.
# Judgement calls: 元 is MOP ("澳門元,下同"); the 2019 comparisons are key growth rows with "vs 2019Q1" in basis and
# period 2024Q1 (no prior derived); "與2023年同期比較則下跌24.3%" is the yoy change; per-capita rows take the visitor group
# or market as entity with Macau as alias; "人均消費…亦錄得不同程度的升幅" gives no growth row.
MO9 = "澳門|Macau|旅客|visitors"
TS9 = "total_visitor_spending|visitor_spending|visitor_expenditure|spending"
TSG9 = "total_visitor_spending_growth|visitor_spending_growth|spending_growth|growth"
PC9 = "per_capita_spending|per_capita_visitor_spending|spending_per_visitor|spending"
PCG9 = "per_capita_spending_growth|per_capita_spending_change|spending_growth|growth"
SH9 = "spending_share|share"
ON9 = "留宿旅客|overnight visitors|" + MO9
SD9 = "不過夜旅客|same-day visitors|" + MO9
CN9 = "中國內地|內地|mainland|mainland China|" + MO9
HK9 = "香港|Hong Kong|" + MO9
TW9 = "台灣地區|台灣|Taiwan|" + MO9
G["zh09"] = ([
    m(TS9, 2.035e10, "MOP", MO9, "2024Q1", basis="excluding gaming, 不包括博彩"),
    m(TSG9, 35.9, "%", MO9, "2024Q1", basis="yoy, 同比"),
    m(TSG9, 20.2, "%", MO9, "2024Q1", basis="vs 2019Q1"),
    m(TS9, 1.643e10, "MOP", ON9, "2024Q1"),
    m(TS9, 3.92e9, "MOP", SD9, "2024Q1"),
    m(TSG9, 33.1, "%", ON9, "2024Q1", basis="yoy"),
    m(TSG9, 48.5, "%", SD9, "2024Q1", basis="yoy"),
    m(PC9, 2293, "MOP", MO9, "2024Q1"),
    m(PCG9, 40.3, "%", MO9, "2024Q1", basis="vs 2019Q1"),
    m(PCG9, -24.3, "%", MO9, "2024Q1", basis="yoy, vs 2023年同期"),
    m(PC9, 4024, "MOP", ON9, "2024Q1"),
    m(PC9, 817, "MOP", SD9, "2024Q1"),
    m(PCG9, -14.0, "%", ON9, "2024Q1", basis="yoy"),
    m(PCG9, -28.4, "%", SD9, "2024Q1", basis="yoy"),
    m(PC9, 2665, "MOP", CN9, "2024Q1"),
    m(PC9, 1071, "MOP", HK9, "2024Q1"),
    m(PCG9, -31.6, "%", CN9, "2024Q1", basis="yoy"),
    m(PCG9, -14.4, "%", HK9, "2024Q1", basis="yoy"),
    m(PC9, 2040, "MOP", TW9, "2024Q1"),
    m(PCG9, 10.6, "%", TW9, "2024Q1", basis="yoy"),
    m(PCG9, 44.1, "%", CN9, "2024Q1", basis="vs 2019"),
    m(PCG9, 19.0, "%", HK9, "2024Q1", basis="vs 2019"),
    m(PCG9, 39.8, "%", TW9, "2024Q1", basis="vs 2019"),
    m(PC9, 2556, "MOP", "新加坡|Singapore|" + MO9, "2024Q1"),
    m(PC9, 2452, "MOP", "韓國|South Korea|Korea|" + MO9, "2024Q1"),
    m(PC9, 2365, "MOP", "泰國|Thailand|" + MO9, "2024Q1"),
    m(PC9, 1964, "MOP", "日本|Japan|" + MO9, "2024Q1"),
    m(PC9, 1821, "MOP", "馬來西亞|Malaysia|" + MO9, "2024Q1"),
    m(SH9, 48.0, "%", "購物|shopping|" + MO9, "2024Q1", basis="share of visitor spending"),
    m(SH9, 23.3, "%", "住宿|accommodation|" + MO9, "2024Q1", basis="share of visitor spending"),
    m(SH9, 20.9, "%", "餐飲|food and beverage|" + MO9, "2024Q1", basis="share of visitor spending"),
    m(PC9, 2798, "MOP", "來澳度假|度假|holiday visitors|" + MO9, "2024Q1"),
    m(PC9, 2539, "MOP", "購物旅客|購物|shopping visitors|" + MO9, "2024Q1"),
    m(PCG9, -27.3, "%", "來澳度假|度假|holiday visitors|" + MO9, "2024Q1", basis="yoy"),
    m(PCG9, -2.0, "%", "購物旅客|購物|shopping visitors|" + MO9, "2024Q1", basis="yoy"),
    m(PC9, 5877, "MOP", "觀看演出/賽事的旅客|觀看演出|shows and events|" + MO9, "2024Q1"),
    m(PC9, 5148, "MOP", "會展旅客|會展|MICE visitors|" + MO9, "2024Q1"),
    m(PCG9, 110, "%", "觀看演出/賽事的旅客|觀看演出|shows and events|" + MO9, "2024Q1", basis="yoy, 增加1.1倍"),
    m(PCG9, 18.2, "%", "會展旅客|會展|MICE visitors|" + MO9, "2024Q1", basis="yoy"),
], [])


# zh10: Taiwan semiconductor association's quarterly IC-industry output with its fourth-quarter and full-year forecasts
# (鉅亨網 news.cnyes.com, Traditional, half-width punctuation and the spaces around numbers and Latin words as printed;
# headline kept, reworded around "Q4" and 5%; the photo caption (a copy of the headline with "(圖:AFP)", printed twice)
# and the closing links "延伸閱讀 / 投資商城 / 免費體驗" left out; whole stored item).
# Key: third-quarter IC output 1 兆 850 億元 (+1 成 = 10% qoq, +25.1% yoy); fourth-quarter forecast -0.4% qoq with foundry
# +5% qoq; full-year forecast 4.0566 兆元 (from 4.019 兆元 in August; +25.9%); by segment in the quarter design 3301 億元
# (+7.6% qoq, +35.6% yoy), manufacturing 5869 億元 (+11.1%, +22.1%), foundry 5081 億元 (+11.6%, +17.8%), memory and other
# 788 億元 (+7.9%, +60.5%), packaging 1150 億元 (+12.7%, +16.2%), testing 530 億元 (+8.2%, +20.5%); full-year forecasts
# design 1.2002 兆元 (growth 40.7% from 40.1%), manufacturing 2.228 兆元 (growth raised 1 pp from 21.4%), foundry 1.93
# 兆元 (+18.7%), packaging 4284 億元 (+13.5%), testing 2000 億元 (+16.6%).
# Optional: the second printings of 1 兆 850 億元, 4.0566 兆元 / 25.9% and packaging's +12.7% (twins); the headline's 5%
# (twin); the earlier full-year forecast 4.019 兆元 and the earlier growth forecasts 40.1% and 21.4% as rows of their own.
# Judgement calls: period None throughout (第三季 / 第四季 / 今年, no year printed; 今年 8 月 gives no year either);
# forecasts carry "forecast" in basis; "年增幅由 21.4% 調升 1 個百分點" is a key +1 pp revision row (the new growth rate is
# not printed, so none is derived) with 21.4 % optional; "上修…預估達 4.019 兆元,…再度上修至 4.0566 兆元" gives 4.0566e12
# with prior 4.019e12; segments take their own name with the industry as alias.
IC10 = "台灣IC產業|IC產業|IC 產業|台灣半導體|Taiwan IC industry|台灣|Taiwan"
OUT10 = "ic_output|output|production_value|output_value"
QG10 = "output_growth|ic_output_growth|growth"
DS10 = "IC 設計業|IC設計業|IC design|" + IC10
MF10 = "IC 製造業|IC製造業|IC manufacturing|" + IC10
FD10 = "晶圓代工|foundry|" + IC10
MM10 = "記憶體與其他製造|記憶體|memory|" + IC10
PK10 = "IC 封裝業|IC封裝業|IC packaging|" + IC10
TT10 = "IC 測試業|IC測試業|IC testing|" + IC10
G["zh10"] = ([
    m(OUT10, 1.085e12, "TWD", IC10, None, basis="第三季, record"),
    m(OUT10, 1.085e12, "TWD", IC10, None, opt=True, basis="第三季, second printing"),
    m(QG10, 10, "%", IC10, None, basis="qoq, 季增 1 成, 第三季"),
    m(QG10, 25.1, "%", IC10, None, basis="yoy, 第三季"),
    m(QG10, -0.4, "%", IC10, None, basis="forecast, qoq, 第四季"),
    m(QG10, 5, "%", FD10, None, basis="forecast, qoq, 第四季"),
    m(QG10, 5, "%", FD10, None, opt=True, basis="headline twin"),
    m(OUT10, 4.0566e12, "TWD", IC10, None, prior=4.019e12, basis="forecast, full year 今年, revised up again"),
    m(OUT10, 4.0566e12, "TWD", IC10, None, opt=True, basis="forecast, second printing"),
    m(OUT10, 4.019e12, "TWD", IC10, None, opt=True, basis="earlier forecast (今年 8 月)"),
    m(QG10, 25.9, "%", IC10, None, basis="forecast, full year, yoy"),
    m(QG10, 25.9, "%", IC10, None, opt=True, basis="forecast, second printing"),
    m(QG10, 12.7, "%", PK10, None, basis="qoq, 第三季, fastest-growing segment"),
    m(QG10, 12.7, "%", PK10, None, opt=True, basis="qoq, second printing"),
    m(OUT10, 3.301e11, "TWD", DS10, None, basis="第三季"),
    m(QG10, 7.6, "%", DS10, None, basis="qoq"),
    m(QG10, 35.6, "%", DS10, None, basis="yoy"),
    m(OUT10, 5.869e11, "TWD", MF10, None, basis="第三季"),
    m(QG10, 11.1, "%", MF10, None, basis="qoq"),
    m(QG10, 22.1, "%", MF10, None, basis="yoy"),
    m(OUT10, 5.081e11, "TWD", FD10, None, basis="第三季"),
    m(QG10, 11.6, "%", FD10, None, basis="qoq"),
    m(QG10, 17.8, "%", FD10, None, basis="yoy"),
    m(OUT10, 7.88e10, "TWD", MM10, None, basis="第三季"),
    m(QG10, 7.9, "%", MM10, None, basis="qoq"),
    m(QG10, 60.5, "%", MM10, None, basis="yoy"),
    m(OUT10, 1.15e11, "TWD", PK10, None, basis="第三季"),
    m(QG10, 16.2, "%", PK10, None, basis="yoy"),
    m(OUT10, 5.3e10, "TWD", TT10, None, basis="第三季"),
    m(QG10, 8.2, "%", TT10, None, basis="qoq"),
    m(QG10, 20.5, "%", TT10, None, basis="yoy"),
    m(OUT10, 1.2002e12, "TWD", DS10, None, basis="forecast, full year"),
    m(QG10, 40.7, "%", DS10, None, prior=40.1, basis="forecast, full year, raised from the previous forecast"),
    m(QG10, 40.1, "%", DS10, None, opt=True, basis="previous forecast"),
    m(OUT10, 2.228e12, "TWD", MF10, None, basis="forecast, full year"),
    m("growth_forecast_revision|output_growth_revision|growth_revision", 1, "pp", MF10, None,
      basis="forecast, full-year growth raised 1 個百分點 from 21.4%"),
    m(QG10, 21.4, "%", MF10, None, opt=True, basis="previous forecast"),
    m(OUT10, 1.93e12, "TWD", FD10, None, basis="forecast, full year"),
    m(QG10, 18.7, "%", FD10, None, basis="forecast, full year, yoy"),
    m(OUT10, 4.284e11, "TWD", PK10, None, basis="forecast, full year"),
    m(QG10, 13.5, "%", PK10, None, basis="forecast, full year, yoy"),
    m(OUT10, 2e11, "TWD", TT10, None, basis="forecast, full year"),
    m(QG10, 16.6, "%", TT10, None, basis="forecast, full year, yoy"),
], [])


# zh11: brokers' downgrades and target cuts on two Taiwan container lines with the day's share moves (民視新聞網 on
# 4gtv.tv, Traditional, half-width punctuation as printed; headline kept, reworded around 70元 and 百元; the credit line
# "民視新聞網 2022-06-23 15:13" and the desk line "財經中心/李國綸報導" kept; the lead paragraph, printed twice in the stored
# text (as a summary above the byline and again below it), kept once; the closing "我要留言留言" left out; whole stored
# item).
# Key: 長榮 close 96.1元, -5.78%; 陽明 close 96.2元, -4.75%. Rating actions (all TWD, brokers as the text names them, none
# by firm): 美系外資 downgrades 長榮 buy -> sell, target 160 -> 70; 美系外資 keeps 陽明海運 at buy and cuts its target 186
# -> 116; 本土法人 downgrades 長榮 buy -> hold ("中立的「持有-超越同業」"), 180 -> 109, and 陽明 buy -> hold ("中立的「持有-
# 落後同業」"), 155 -> 106; another 本土法人 maintains 長榮 at buy with 上看365元.
# Optional: the body's second printing of 96.1元 / -5.78%; opens 102.5元 (長榮) and 101元 (陽明), 長榮's high 103.5元 and
# 陽明's intraday 102.5元; the 百元 threshold both closes broke; each printed target and old target as a target_price row
# (70 three times, 160 twice, 186, 116, 180, 109, 155, 106, 365).
# Judgement calls: "持有-超越同業" / "持有-落後同業" (described as 中立) are normalised to hold; the broker field keeps the
# text's anonymous descriptions ("美系外資", "本土法人", "另一家本土法人"); period None (daily moves under the credit line).
EG11 = "長榮|長榮海運|Evergreen|Evergreen Marine|2603"
YM11 = "陽明|陽明海運|Yang Ming|Yang Ming Marine|2609"
US11 = "美系外資|外資|US broker"
LO11 = "本土法人|local broker"
LO2_11 = "另一家本土法人|本土法人|local broker"
TP11 = "target_price|price_target"
G["zh11"] = ([
    m("price|close|closing_price", 96.1, "TWD", EG11, None, basis="close, 今(23)日 終場"),
    m("price_change|share_price_change", -5.78, "%", EG11, None, basis="close, 終場下跌"),
    m("price|close|closing_price", 96.1, "TWD", EG11, None, opt=True, basis="close, second printing"),
    m("price_change|share_price_change", -5.78, "%", EG11, None, opt=True, basis="second printing, 跌幅"),
    m("price|open|opening_price", 102.5, "TWD", EG11, None, opt=True, basis="open, 小幅開高"),
    m("price|intraday_high|high", 103.5, "TWD", EG11, None, opt=True, basis="intraday high"),
    m("price|close|closing_price", 96.2, "TWD", YM11, None, basis="close"),
    m("price_change|share_price_change", -4.75, "%", YM11, None, basis="close, 跌幅"),
    m("price|open|opening_price", 101, "TWD", YM11, None, opt=True, basis="open, 平盤開出"),
    m("price|intraday_high|high", 102.5, "TWD", YM11, None, opt=True, basis="intraday, 盤中一度見"),
    m("price|threshold|support_level", 100, "TWD", EG11 + "|" + YM11, None, opt=True, basis="百元大關 / 百元保衛戰"),
    m(TP11, 70, "TWD", EG11, None, opt=True, basis="美系外資, headline"),
    m(TP11, 70, "TWD", EG11, None, opt=True, basis="美系外資, lead"),
    m(TP11, 70, "TWD", EG11, None, opt=True, basis="美系外資, body"),
    m(TP11, 160, "TWD", EG11, None, opt=True, basis="美系外資, old target, lead"),
    m(TP11, 160, "TWD", EG11, None, opt=True, basis="美系外資, old target, body"),
    m(TP11, 116, "TWD", YM11, None, opt=True, basis="美系外資"),
    m(TP11, 186, "TWD", YM11, None, opt=True, basis="美系外資, old target"),
    m(TP11, 109, "TWD", EG11, None, opt=True, basis="本土法人"),
    m(TP11, 180, "TWD", EG11, None, opt=True, basis="本土法人, old target"),
    m(TP11, 106, "TWD", YM11, None, opt=True, basis="本土法人"),
    m(TP11, 155, "TWD", YM11, None, opt=True, basis="本土法人, old target"),
    m(TP11, 365, "TWD", EG11, None, opt=True, basis="另一家本土法人, 上看"),
], [
    ra(US11, EG11, "downgrade", "sell", prior_rating="buy", target=70, prior_target=160, cur="TWD"),
    ra(US11, YM11, "cut_target", "buy", target=116, prior_target=186, cur="TWD"),
    ra(LO11, EG11, "downgrade", "hold", prior_rating="buy", target=109, prior_target=180, cur="TWD"),
    ra(LO11, YM11, "downgrade", "hold", prior_rating="buy", target=106, prior_target=155, cur="TWD"),
    ra(LO2_11, EG11, "maintain", "buy", target=365, cur="TWD"),
])


# zh12: Taiwan's monthly customs trade release written in Chinese numerals (中華日報 cdns.com.tw, on its stage mirror;
# Traditional, half-width commas as printed, the full-width "∕" in the desk line kept; no headline in the stored text,
# none composed; the reporter line "記者陳建興∕台北報導" kept; whole stored item).
# Key: February exports 三百七十四點五億美元 (+34.8% yoy, -6.3% mom); electronic components 一百五十七點三二億美元 (+46.5%);
# integrated circuits 一百四十四點九六億美元 (+48.9%); March forecast 四百一十二億 to 四百三十億美元; imports 三百一十六點四億美元
# (+35.3% yoy, -9.8% mom); January-February exports 七百七十四點三億美元 (+24.8%); exports to China and Hong Kong +39.9%
# and to the US +40.3%.
# Optional: the second printings of +34.8% and of the components' 一百五十七點三二億美元; the streaks 連二十紅 (20 months),
# 連續三十四個月 (34 months, printed twice) and 連二十五個月 double-digit growth (25 months); the count of 十一個 main product
# groups.
# Judgement calls: period None (二月 / 三月 / 一、二月, no year printed); exports take Taiwan as entity, a product group or
# market its own name with Taiwan as alias; the March forecast is a closed range with value None; "對東協出口創歷年單月
# 第三高" (a rank) and "五大市場" give no row.
TW12 = "台灣|Taiwan|財政部|出口|exports"
EC12 = "電子零組件|electronic components|" + TW12
IC12 = "積體電路|integrated circuits|ICs|" + TW12
EX12 = "exports|export_value|exports_value"
EXG12 = "export_growth|exports_growth|growth"
G["zh12"] = ([
    m(EX12, 3.745e10, "USD", TW12, None, basis="二月, record for the month"),
    m(EXG12, 34.8, "%", TW12, None, basis="yoy, 二月"),
    m(EXG12, 34.8, "%", TW12, None, opt=True, basis="yoy, second printing"),
    m("export_growth_streak|streak", 20, "months", TW12, None, opt=True, basis="連二十紅"),
    m(EX12, 1.5732e10, "USD", EC12, None, basis="二月"),
    m(EX12, 1.5732e10, "USD", EC12, None, opt=True, basis="二月, second printing"),
    m("export_growth_streak|streak", 34, "months", EC12, None, opt=True, basis="連續三十四個月正成長"),
    m("export_growth_streak|streak", 34, "months", EC12, None, opt=True, basis="second printing"),
    m(EX12, None, "USD", TW12, None, rng=(4.12e10, 4.3e10), basis="forecast, 三月"),
    m(EXG12, -6.3, "%", TW12, None, basis="mom, 月減, 二月"),
    m("imports|import_value", 3.164e10, "USD", TW12, None, basis="二月"),
    m("import_growth|imports_growth|growth", 35.3, "%", TW12, None, basis="yoy"),
    m("import_growth|imports_growth|growth", -9.8, "%", TW12, None, basis="mom, 月減"),
    m(EX12, 7.743e10, "USD", TW12, None, basis="一、二月 cumulative"),
    m(EXG12, 24.8, "%", TW12, None, basis="yoy, 一、二月 cumulative"),
    m("product_groups|count", 11, "groups", TW12, None, opt=True, basis="十一個主要出口貨品項目"),
    m(EXG12, 46.5, "%", EC12, None, basis="yoy, 二月"),
    m("double_digit_growth_streak|streak", 25, "months", EC12, None, opt=True, basis="連二十五個月雙位數成長"),
    m(EX12, 1.4496e10, "USD", IC12, None, basis="二月"),
    m(EXG12, 48.9, "%", IC12, None, basis="yoy"),
    m(EXG12, 39.9, "%", "中國大陸與香港|中國大陸|China and Hong Kong|" + TW12, None, basis="yoy, 二月"),
    m(EXG12, 40.3, "%", "美國|US|United States|" + TW12, None, basis="yoy, 二月"),
], [])
