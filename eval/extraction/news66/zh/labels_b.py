# Hand labels for news66/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong pages (a Hong Kong-listed
# shipping-services group's 2024 annual-results announcement, carried by the report-sharing site sgpjbg.com; am730's
# new-homes sales item; uSMART's 大行評級 item on a Goldman Sachs note about 港交所 on hk.usmartglobal.com), two Taiwan pages
# (NOWnews 今日新聞 on the central bank's December 2022 rate decision; ETtoday's March 2016 export-orders item) and one
# Macau gaming operator's full-year results (Longbridge's 《業績》 item on 美高梅中國); see batch_b.md).
# Helpers m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; the unit words were checked against
# the "unit" arguments of the earlier sets' labels_*.py files (grep: "units", "contracts", "meetings", "months", "hikes",
# "deals", "homes", "transactions", "pp", "bp", "x").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news65/zh and news64/zh README.md and labels_*.py, with the precedents named below: news64 zh08 for results
# with a bracketed year-earlier figure (value with prior, the earlier figure also an optional row of its own year);
# news62 zh09 for a Macau casino operator's results (properties as entities with the company as alias; bare 元 / 億元 of a
# Hong Kong-listed company = HKD); news24 zh12 / news55 zh10 / news49 zh11 for Taiwan central-bank decisions (半碼 = 12.5 bp,
# 2碼 = 50 bp; the three policy rates as separate entities; forecasts by year; streaks optional "meetings"; "降至2%以下" an
# optional open bound); news47 zh10 for Taiwan export orders (export_orders in USD; product groups as entities with the
# release as alias; 年減 negative; streaks optional "months"); news64 zh12 / news65 zh07 / news63 zh09 for a broker's note
# (the target only in the rating action, no target_price metric row; forecast revisions as % rows by fiscal year);
# news64 zh05 / news64 zh07 / news65 zh04 for bounds (逾X / 超過X / 突破X as open ranges, key when they are the only
# figure for a fact, optional when they restate a threshold).
# Currency: Hong Kong bare 元 / 億元 and 港元 / 港仙 = HKD (zh07, zh08, zh11, zh12); 港仙 scaled to HKD (48.38港仙 -> 0.4838);
# Taiwan 億美元 -> USD (zh10). Values fully scaled (3,627,126,000港元 -> 3.627126e9; 1.88萬宗 -> 18800; 347.87 億元 ->
# 3.4787e10; 366.2億美元 -> 3.662e10; 1,340億港元 -> 1.34e11). 約X / 近X -> X (近20% -> 20; 近三成 -> -30 with 減少);
# 逾X / 超過X -> open lower bounds (逾一成 -> (10, None) %; 低逾40% -> (None, -40) %). Declines negative (減少, 衰退, 年減,
# 季減, 低); 上升 / 增加 / 增長 / 升 / 成長 / 年增 / 微升 / 調升 / 上調 / 高 positive.
# Periods only where the text states or clearly implies the year: zh07 FY2024 and 2024-12-31 (printed), FY2023 for the
# bracketed 2023 EPS; zh08 None for the current-year rows (11月份, 今年首11個月, 10月份, 上周末, 上月: no current year is
# printed; the comparison with "2024年全年" does not by itself fix it), "2024" / "2019" / "2019-03..11" for the printed
# years; zh09 2022Q4 for the decision (今(2022)年第4季理監事會議), "2022" for 今年 and "2023" for 明年 (the printed (2022)),
# None for the Fed's move (date not printed); zh10 2016-03, 2016Q1 (printed), 2016-04 for the April forecast (of the printed
# 2016); zh11 FY2025 (去年 with "2025 年的 348 億元" printed; 2024 printed as the earlier year), 2025Q4 (去年第四季), 2025-12-31
# (去年 12 月底), FY2024 for the 2024 comparatives; zh12 FY2024-FY2026 for the forecasts (printed 2024至2026財年), None for
# the rest (10月8日 and 明年 without a year). Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong-listed shipping-services group's annual-results announcement, highlights section (中遠海運國際(香港)
# 有限公司, stock code 00517; the announcement as carried by sgpjbg.com's document viewer; Traditional with half-width
# punctuation; the viewer's title line and its chunk numbers "1、" / "2、" / "3、" left out as furniture (their 1, 2, 3
# dropped; the word split across chunks 1-2, 所得稅 / 前溢利, joined); the document's title kept as the first line,
# reworded (2024年全年業績及建議核數師變更 -> 2024年全年業績暨建議變更核數師); the bullet markers "." and the letter-spaced
# dividend clause ("末期 股 息 每 股 21.5 港 仙", "26.5 港 仙", "2024 年 … 48.0港仙") kept as printed; the stored text stops
# at the table heading after the board's statement, so the passage ends with that statement (no figure dropped)).
# Key (FY2024 unless noted): revenue 3,627,126,000港元 (+9%); gross profit 845,569,000港元 (+27%); gross margin 23%; the
# core shipping-services business's profit before income tax 627,800,000港元 (+25%); profit attributable to equity holders
# 709,211,000港元 (+19%); basic and diluted EPS 48.38港仙 (+20%, prior 40.33港仙 for 2023); final dividend 21.5港仙; interim
# dividend 26.5港仙; total 2024 dividend 48.0港仙; payout ratio 約99%; net cash 5,943,477,000港元 at 2024-12-31.
# Optional: the 2023 EPS 40.33港仙 as a row of its own (FY2023).
# Judgement calls: "毛利率上升至23%" prints no earlier margin, so no prior; the shipping-services profit is a segment row
# (entity 航運服務業 with the company as alias); "基本及攤薄" is one EPS figure -> one row; 港仙 -> HKD / 100; the stock code,
# 百慕達 and the year in the title give no rows; the segment drivers (塗料, 保險顧問, 合營企業) carry no figures.
COSI = ("中遠海運國際|中遠海運國際(香港)有限公司|中遠海運國際(香港)|COSCO SHIPPING International (Hong Kong)|"
        "COSCO SHIPPING International|COSCO Shipping Intl|00517|517")
SHIP7 = "航運服務業|航運服務|shipping services|shipping services segment|" + COSI
Y7 = "FY2024"
EPS7 = "eps|earnings_per_share|basic_eps|diluted_eps"
G["zh07"] = ([
    m("revenue|sales|turnover", 3.627126e9, "HKD", COSI, Y7, basis="收入"),
    m("revenue_growth|sales_growth", 9, "%", COSI, Y7, basis="yoy (上升)"),
    m("gross_profit", 8.45569e8, "HKD", COSI, Y7, basis="毛利"),
    m("gross_profit_growth", 27, "%", COSI, Y7, basis="yoy (上升)"),
    m("gross_margin|gross_profit_margin", 23, "%", COSI, Y7, basis="上升至23% (no earlier margin printed)"),
    m("profit_before_tax|pretax_profit|segment_profit", 6.278e8, "HKD", SHIP7, Y7,
      basis="核心業務 航運服務業 所得稅前溢利"),
    m("profit_before_tax_growth|pretax_profit_growth|segment_profit_growth", 25, "%", SHIP7, Y7, basis="yoy (上升)"),
    m("net_profit|net_profit_attributable|profit_attributable|net_income", 7.09211e8, "HKD", COSI, Y7,
      basis="本公司權益持有人應佔溢利"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 19, "%", COSI, Y7, basis="yoy (上升)"),
    m(EPS7, 0.4838, "HKD", COSI, Y7, prior=0.4033, basis="基本及攤薄, 48.38港仙; prior = 2023: 40.33港仙"),
    m("eps_growth|earnings_per_share_growth", 20, "%", COSI, Y7, basis="yoy (上升)"),
    m(EPS7, 0.4033, "HKD", COSI, "FY2023", opt=True, basis="(2023年:40.33港仙)"),
    m("dividend_per_share|final_dividend|dps|dividend", 0.215, "HKD", COSI, Y7, basis="末期股息 每股21.5港仙, proposed"),
    m("dividend_per_share|interim_dividend|dps|dividend", 0.265, "HKD", COSI, Y7, basis="中期股息 每股26.5港仙, paid"),
    m("dividend_per_share|total_dividend|dps|dividend", 0.48, "HKD", COSI, Y7, basis="2024年每股股息總額 48.0港仙"),
    m("payout_ratio|dividend_payout_ratio", 99, "%", COSI, Y7, basis="派息比率約99%"),
    m("net_cash|cash", 5.943477e9, "HKD", COSI, "2024-12-31",
      basis="淨現金 (restricted bank deposits, deposits and cash and equivalents)"),
], [])


# zh08: a Hong Kong free daily's monthly new-homes sales item (am730 地產 on www.am730.com.hk; Traditional, full-width
# punctuation with the half-width brackets of the stock codes "(083)" … "(016)" as printed; the page's date line
# " date 2025-12-02" left out (not used for periods); the in-text sub-heading kept, reworded (全年成交可望破2萬宗 ->
# 全年成交有望突破2萬宗); no headline in the stored text, none composed; the stored text breaks off in the sentence
# "中原地產亞太區副主席兼住宅部總裁陳永傑指，在減息帶動下，一手市場今年首11個月成交已突破1.88萬宗，不但較去年全年上升
# 近20%，更連", so the passage ends with the paragraph before it (its 11, 1.88萬 and 20 dropped)).
# Key: November's primary transactions 約1,800宗; January-November 逾1.88萬宗 (the only figure for the year to date -> key
# open bound), 近20% above 2024's full-year 1.58萬宗, beating 2019's 1.87萬宗; last weekend 約70宗, -近三成 against the
# previous weekend; October 1,763宗 and November's +2% against it; 4 projects above 100 transactions last month; 柏景峰
# 149宗, 啟德海灣 145宗, SEASONS 144宗 (依次), 天璽．天 第2期 141宗; SIERRA SEA 逾1,500伙 and 超過86億元 (bounds), 上然 1,049伙
# and 逾48億元 (bound); the sub-heading's full-year forecast 破2萬宗 (open bound, forecast).
# Optional: the monthly threshold 逾1,000宗 (bound) and the 10-month streak (months), each printed twice (twins); the
# previous weekend's 約100宗 as a row of its own; 2019's 9-month streak (2019-03..11); the two projects above 1,000
# transactions (兩個, a count in Chinese numerals).
# Judgement calls: 宗 -> "transactions", 伙 -> "units", 個新盤 -> "projects"; period None for the current-year rows (no year
# printed for 今年 / 11月份 / 10月份; "2024年全年" is a comparison, not a dateline), "2024" / "2019" where printed; the
# weekend and October levels are rows of their own, not priors (news65 zh09: a comparison month printed beside a change is
# its own row); "減少近三成" -> -30 % (一成 = 10 %, 近X -> X); "高出近20%" -> +20 %; "依次錄得145宗及144宗" maps in order;
# the projects carry their developers as entity alternatives; stock codes, 第12期 / 第2期 (phase names), 2013年 (the year of
# the sales ordinance), 五級 (a fire alarm grade) and the sales ranks (冠軍 / 第二) give no rows.
HK8 = ("香港一手市場|一手市場|一手住宅市場|新盤市場|新盤|香港新盤|Hong Kong primary residential market|"
       "Hong Kong new homes|primary market")
TX8 = "primary_transactions|transactions|sales|new_home_sales|units_sold"
TXG8 = "primary_transactions_change|transactions_change|sales_growth|transaction_volume_change"
BKF8 = "柏景峰|油塘柏景峰|信和置業|資本策略地產|港鐵|Sino Land|MTR"
KTB8 = "啟德海灣|嘉華國際|中國海外|會德豐地產|K. Wah|China Overseas|Wheelock"
SEA8 = "SEASONS|日出康城第12期|日出康城|會德豐地產|港鐵|Wheelock|MTR"
TXT8 = "天璽．天|天璽·天|天璽天|天璽．天第2期|新鴻基地產|新地|Sun Hung Kai Properties|SHKP"
SS8 = "SIERRA SEA|西沙SIERRA SEA|新地|新鴻基地產|Sun Hung Kai Properties|SHKP"
SR8 = "上然|大埔上然|萬科控股(香港)|萬科香港|Vanke Holdings (Hong Kong)|Vanke"
G["zh08"] = ([
    m(TX8, 1800, "transactions", HK8, None, basis="11月份 一手成交, 約1,800宗"),
    m(TX8, None, "transactions", HK8, None, rng=(1000, None), opt=True,
      basis="monthly threshold 逾1,000宗, met for the 10th month running"),
    m("streak|months_above_threshold", 10, "months", HK8, None, opt=True, basis="連續第10個月 逾1,000宗"),
    m(TX8, None, "transactions", HK8, None, rng=(18800, None), basis="今年首11個月 累計, 逾1.88萬宗 (only figure)"),
    m(TXG8, 20, "%", HK8, None, basis="今年首11個月 vs 2024年全年 (高出近20%)"),
    m(TX8, 15800, "transactions", HK8, "2024", basis="2024年全年"),
    m(TX8, 18700, "transactions", HK8, "2019", basis="2019年 record, now beaten"),
    m(TX8, 70, "transactions", HK8, None, basis="上周末, mostly 貨尾單位, 約70宗"),
    m(TXG8, -30, "%", HK8, None, basis="上周末 vs the previous weekend (減少近三成)"),
    m(TX8, 100, "transactions", HK8, None, opt=True, basis="上一個周末, 約100宗"),
    m(TX8, 1800, "transactions", HK8, None, opt=True, basis="11月份 整體一手成交, 約1,800宗 (second printing)"),
    m(TX8, 1763, "transactions", HK8, None, basis="10月份"),
    m(TXG8, 2, "%", HK8, None, basis="11月份 vs 10月份 (微升, mom)"),
    m("streak|months_above_threshold", 10, "months", HK8, None, opt=True, basis="連續10個月 逾千宗 (twin)"),
    m(TX8, None, "transactions", HK8, None, rng=(1000, None), opt=True, basis="逾千宗 (twin)"),
    m("streak|months_above_threshold", 9, "months", HK8, "2019-03..11", opt=True,
      basis="2019年3至11月 連續9個月, the previous record"),
    m("projects|count|new_projects", 4, "projects", HK8, None, basis="上月 4個新盤 錄得逾百宗成交"),
    m(TX8, 149, "transactions", BKF8, None, basis="上月, 表現最突出"),
    m(TX8, 145, "transactions", KTB8, None, basis="上月 (依次, first)"),
    m(TX8, 144, "transactions", SEA8, None, basis="上月 (依次, second)"),
    m(TX8, 141, "transactions", TXT8, None, basis="上月, 第2期"),
    m("projects|count", 2, "projects", HK8, None, opt=True, basis="兩個項目 逾千宗成交 this year"),
    m("units_sold|units|sales", None, "units", SS8, None, rng=(1500, None),
      basis="累售逾1,500伙 since 4月份 launch, 今年銷量冠軍"),
    m("sales_proceeds|proceeds|sales_value", None, "HKD", SS8, None, rng=(8.6e9, None), basis="套現超過86億元"),
    m("units_sold|units|sales", 1049, "units", SR8, None, basis="累沽1,049伙, 銷量第二"),
    m("sales_proceeds|proceeds|sales_value", None, "HKD", SR8, None, rng=(4.8e9, None), basis="套現逾48億元"),
    m(TX8, None, "transactions", HK8, None, rng=(20000, None),
      basis="sub-heading: full-year transactions forecast to break 2萬宗 (forecast)"),
], [])


# zh09: a Taiwan news site's report of the central bank's fourth-quarter 2022 board meeting (NOWnews 今日新聞 on
# www.nownews.com; Traditional, half-width punctuation and brackets as printed, "今(2022)年" twice; the headline kept,
# reworded (連4升!央行再升息半碼 並下修今年經濟成長率至2.91% -> 連4升!央行升息半碼 今年經濟成長率下修至2.91%); the byline
# 記者顏真真/台北報導 kept; the photo caption repeating the lead ("▲中央銀行召開今(2022)年第4季理監事會議,並宣布再調升政策
# 利率半碼,即0.125個百分點。(圖/資料照,記者顏真真攝)"; its 2022, 4 and 0.125 dropped), the "我是廣告 請繼續往下閱讀"
# lines and the closing "AI倪珍報新聞" left out; whole stored item otherwise).
# Key: the Fed's hike 2碼 (+50 bp); the CBC's hike 半碼、即0.125個百分點 (+12.5 bp, 2022Q4); 重貼現率 1.75% (prior 1.625%),
# 擔保放款融通利率 2.125% (prior 2%), 短期融通利率 4% (prior 3.875%); GDP growth forecast 2.91% (2022, 下修) and 2.53%
# (2023); CPI 2.93% and core CPI 2.59% (2022); CPI and core CPI 1.88% (2023, "分別回降為1.88%": one figure for both).
# Optional: the headline's 2.91% (twin); 連4升 / 連續4季升息 (streak, twice); the three earlier rate levels as rows of their
# own; "全年仍將高於2%" (2022 CPI, open lower bound) and "明年可望降到2%以下" (2023 CPI, open upper bound).
# Judgement calls: the decision is dated 2022Q4 (今(2022)年第4季理監事會議), forecasts by year ("2022" / "2023"); the rates
# "由年息…分別調升至…" are values with priors (as news65 zh01's 由A转为B, with the earlier levels optional); 0.125個百分點
# is labelled 12.5 bp (pp counts as 100 bp in the scorer); the Fed's 2碼 = 50 bp with period None (the Fed's meeting date
# is not printed); "今年第4季經濟成長率將大幅走低" has no figure; 15日 and 12月16日 (meeting and effective dates) give no rows.
CBC9 = "中央銀行|央行|台灣央行|Central Bank of the Republic of China (Taiwan)|CBC|Taiwan central bank"
TW9 = "台灣|Taiwan|" + CBC9
FED9 = "美國聯準會|聯準會|Fed|Federal Reserve|US Federal Reserve"
Q9 = "2022Q4"
RC9 = "rate_change|policy_rate_change|rate_hike"
GDP9 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast|economic_growth"
CPI9 = "cpi_forecast|cpi_growth|inflation_forecast|cpi_inflation|inflation"
CCPI9 = "core_cpi_forecast|core_cpi_growth|core_inflation_forecast|core_inflation"
DR9 = "重貼現率|discount rate|rediscount rate|" + CBC9
SA9 = "擔保放款融通利率|secured accommodation rate|rate on accommodations with collateral|" + CBC9
ST9 = "短期融通利率|short-term accommodation rate|rate on accommodations without collateral|" + CBC9
G["zh09"] = ([
    m("rate_hike_streak|streak", 4, "meetings", CBC9, Q9, opt=True, basis="headline 連4升"),
    m(GDP9, 2.91, "%", TW9, "2022", opt=True, basis="headline twin (下修)"),
    m("fed_rate_change|rate_change|policy_rate_change", 50, "bp", FED9, None, basis="升息2碼 (2 x 25 bp), as expected"),
    m(RC9, 12.5, "bp", CBC9, Q9, basis="各調升半碼、即0.125個百分點"),
    m("discount_rate|policy_rate|interest_rate", 1.75, "%", DR9, Q9, prior=1.625, basis="調升至, from 年息1.625%"),
    m("secured_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 2.125, "%", SA9, Q9, prior=2,
      basis="調升至, from 年息2%"),
    m("short_term_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 4, "%", ST9, Q9, prior=3.875,
      basis="調升至, from 年息3.875%"),
    m("discount_rate|policy_rate|interest_rate", 1.625, "%", DR9, Q9, opt=True, basis="level before the hike"),
    m("secured_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 2, "%", SA9, Q9, opt=True,
      basis="level before the hike"),
    m("short_term_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 3.875, "%", ST9, Q9, opt=True,
      basis="level before the hike"),
    m("rate_hike_streak|streak", 4, "meetings", CBC9, Q9, opt=True, basis="連續4季升息 (twin)"),
    m(GDP9, 2.91, "%", TW9, "2022", basis="今年 forecast, 下修 (no earlier forecast printed)"),
    m(GDP9, 2.53, "%", TW9, "2023", basis="明年 forecast (降為)"),
    m(CPI9, 2.93, "%", TW9, "2022", basis="今年 CPI yoy forecast"),
    m(CCPI9, 2.59, "%", TW9, "2022", basis="今年 core CPI yoy forecast"),
    m(CPI9, 1.88, "%", TW9, "2023", basis="明年 CPI yoy forecast, 回降"),
    m(CCPI9, 1.88, "%", TW9, "2023", basis="明年 core CPI yoy forecast, 回降 (same figure, 分別)"),
    m(CPI9, None, "%", TW9, "2022", rng=(2, None), opt=True, basis="全年仍將高於2% (bound)"),
    m(CPI9, None, "%", TW9, "2023", rng=(None, 2), opt=True, basis="明年可望降到2%以下 (bound)"),
], [])


# zh10: a Taiwan news site's monthly export-orders item with the quarter, two product groups and the official's outlook
# (ETtoday 財經雲 on finance.ettoday.net (AMP page); Traditional, half-width punctuation; the headline kept, reworded
# (連12黑!3月外銷訂單年減4.7% 追平金融海嘯紀錄 -> 連12黑!3月外銷訂單年減4.7% 平金融海嘯時期紀錄); the byline 記者林信男/
# 台北報導 kept; the photo caption ("▲外銷訂單持續衰退,台灣出口表現、經濟前景,令人憂心。(圖/記者徐文彬攝)", no figure)
# and the "[廣告] 請繼續往下閱讀" lines left out; whole stored item otherwise).
# Key: March 2016 export orders 366.2億美元, +32.4% on February, -4.7% yoy; 2016Q1 984.8億美元, -19.4% qoq, -8.3% yoy;
# 電子產品 +1.6% yoy; 資通訊產品 -2.8% yoy; April's forecast 355至370億美元 (range).
# Optional: the headline's 年減4.7% and the later "4.7%的減幅" (twins); 連12黑 / 連續12個月 (the streak, twice).
# Judgement calls: "較2月成長32.4%" is the mom change (the February level is not printed); "與2015年同期相比…衰退4.7%" the
# yoy change; "約在355至370億美元之間" a forecast range dated 2016-04 (約 dropped); 7大 (a count of product groups), 東協6國
# (a name), 過去1年 / 近半年 (spans), 20日 and 5月 (dates) give no rows.
EXO10 = "外銷訂單|export orders|Taiwan export orders|台灣外銷訂單|經濟部|Taiwan"
ELEC10 = "電子產品|electronic products|electronics|" + EXO10
ICT10 = "資通訊產品|資訊通信產品|information and communication products|ICT products|" + EXO10
EO10 = "export_orders"
G["zh10"] = ([
    m("export_orders_growth|yoy_growth|growth", -4.7, "%", EXO10, "2016-03", opt=True, basis="headline twin (年減)"),
    m("growth_streak|decline_streak|streak", 12, "months", EXO10, "2016-03", opt=True, basis="headline 連12黑"),
    m(EO10, 3.662e10, "USD", EXO10, "2016-03", basis="2016年3月"),
    m("export_orders_growth|mom_growth|growth", 32.4, "%", EXO10, "2016-03", basis="mom, vs 2月 (成長)"),
    m("export_orders_growth|yoy_growth|growth", -4.7, "%", EXO10, "2016-03", basis="yoy, vs 2015年同期 (衰退)"),
    m("growth_streak|decline_streak|streak", 12, "months", EXO10, "2016-03", opt=True,
      basis="連續12個月負成長 (twin), equals the financial-crisis record"),
    m(EO10, 9.848e10, "USD", EXO10, "2016Q1", basis="2016年第1季"),
    m("export_orders_growth|qoq_growth|growth", -19.4, "%", EXO10, "2016Q1", basis="季減"),
    m("export_orders_growth|yoy_growth|growth", -8.3, "%", EXO10, "2016Q1", basis="年減"),
    m("export_orders_growth|yoy_growth|growth", -4.7, "%", EXO10, "2016-03", opt=True,
      basis="4.7%的減幅, smallest in about half a year (twin)"),
    m("export_orders_growth|yoy_growth|growth", 1.6, "%", ELEC10, "2016-03", basis="年增, first rise in a year"),
    m("export_orders_growth|yoy_growth|growth", -2.8, "%", ICT10, "2016-03",
      basis="年減; amount still the second highest for the month"),
    m("export_orders_forecast|" + EO10, None, "USD", EXO10, "2016-04", rng=(3.55e10, 3.7e10),
      basis="forecast, 約在355至370億美元之間"),
], [])


# zh11: a Hong Kong brokerage's results item on a Macau casino operator's full year, with properties, market share,
# liquidity and the fourth quarter (Longbridge 長橋 news on longbridge.com (zh-HK); Traditional with half-width
# punctuation and the spaces around figures as printed ("10.8% 至 347.87 億元", "2024 年", "(02282.HK)"); the headline
# kept, reworded (美高梅中國去年經調整 EBITDA 按年升逾一成至 100.05 億元 創新高 -> 去年美高梅中國經調整 EBITDA 創新高 按年
# 升逾一成至 100.05 億元); the chief executive's statement kept as reported speech; whole stored item).
# Key (FY2025 unless noted): total revenue 347.87 億元 (+10.8%); MGM Macau 134.08 億元 (+2.1%); MGM Cotai 213.79 億元
# (+17.1%); adjusted EBITDA 100.05 億元 (+10.4%); adjusted EBITDA margin 28.8% (prior 28.9%, 2024); property visitation
# +14%; daily GGR +11%; net revenue 348 億元 (+11%); market share 16.1% (prior 15.8%, 2024); MGM Cotai 10.1% and MGM Macau
# 6% of the market; liquidity 約 240 億元 (2025-12-31); fourth quarter (2025Q4): total revenue 96.17 億元 (+21.4%),
# adjusted EBITDA 27.53 億元 (+29.5%).
# Optional: the headline's 100.05 億元 (twin) and 逾一成 (growth bound, >= 10 %); the 2024 margin 28.9% and market share
# 15.8% as rows of their own (FY2024).
# Judgement calls: bare 億元 of a Hong Kong-listed company = HKD (news62 zh09); 去年 is FY2025 because the text itself
# prints "2025 年的 348 億元" for the same year and "2024 年" for the earlier one; "維持在 28.8%,2024 年則為 28.9%" and
# "由 2024 年的 15.8% 再攀升至 16.1%" are values with the 2024 figures as priors (news64 zh08) plus optional rows; total
# revenue (總收益 347.87) and net revenue (淨收入 348) are separate lines, both key, although the values lie within the
# scorer's tolerance of each other; the properties' revenue and market share carry their own entities with the company
# as alias; "每日博彩毛收入增加 11%" is the growth of daily gross gaming revenue (no level printed); 02282 gives no row.
MGM11 = "美高梅中國|美高梅中國控股|MGM China|MGM China Holdings|02282|2282"
MAC11 = "澳門美高梅|MGM Macau|" + MGM11
COT11 = "美獅美高梅|MGM Cotai|" + MGM11
Y11 = "FY2025"
REV11, REVG11 = "revenue|total_revenue|net_revenue", "revenue_growth|total_revenue_growth"
EB11, EBG11 = "adjusted_ebitda|ebitda", "adjusted_ebitda_growth|ebitda_growth"
SH11 = "market_share|share"
G["zh11"] = ([
    m(EB11, 1.0005e10, "HKD", MGM11, Y11, opt=True, basis="headline twin, record"),
    m(EBG11, None, "%", MGM11, Y11, rng=(10, None), opt=True, basis="headline 按年升逾一成 (bound)"),
    m(REV11, 3.4787e10, "HKD", MGM11, Y11, basis="總收益, full year to 去年12月底 (IFRS, per MGM Resorts)"),
    m(REVG11, 10.8, "%", MGM11, Y11, basis="yoy (增長)"),
    m(REV11, 1.3408e10, "HKD", MAC11, Y11, basis="澳門美高梅 收益"),
    m(REVG11, 2.1, "%", MAC11, Y11, basis="yoy (升)"),
    m(REV11, 2.1379e10, "HKD", COT11, Y11, basis="美獅美高梅 收益"),
    m(REVG11, 17.1, "%", COT11, Y11, basis="yoy (升)"),
    m(EB11, 1.0005e10, "HKD", MGM11, Y11, basis="總經調整 EBITDA, record"),
    m(EBG11, 10.4, "%", MGM11, Y11, basis="yoy (升)"),
    m("adjusted_ebitda_margin|ebitda_margin", 28.8, "%", MGM11, Y11, prior=28.9, basis="維持在; prior = 2024 年 28.9%"),
    m("adjusted_ebitda_margin|ebitda_margin", 28.9, "%", MGM11, "FY2024", opt=True, basis="2024 年"),
    m("visitation_growth|visitor_growth|property_visitation_growth", 14, "%", MGM11, Y11, basis="物業訪客量, yoy (上升)"),
    m("daily_ggr_growth|ggr_growth|gross_gaming_revenue_growth", 11, "%", MGM11, Y11, basis="每日博彩毛收入 (增加)"),
    m("net_revenue|revenue", 3.48e10, "HKD", MGM11, Y11, basis="淨收入, 2025 年"),
    m("net_revenue_growth|revenue_growth", 11, "%", MGM11, Y11, basis="yoy (增長)"),
    m(SH11, 16.1, "%", MGM11, Y11, prior=15.8, basis="市場份額, record; prior = 2024 年 15.8%"),
    m(SH11, 15.8, "%", MGM11, "FY2024", opt=True, basis="2024 年"),
    m(SH11, 10.1, "%", COT11, Y11, basis="美獅美高梅 市場份額"),
    m(SH11, 6, "%", MAC11, Y11, basis="澳門美高梅 市場份額"),
    m("liquidity|total_liquidity|cash_and_available_facilities", 2.4e10, "HKD", MGM11, "2025-12-31",
      basis="流動資金總額 約 240 億元 (cash and undrawn revolver)"),
    m(REV11, 9.617e9, "HKD", MGM11, "2025Q4", basis="去年第四季 總收益"),
    m(REVG11, 21.4, "%", MGM11, "2025Q4", basis="yoy (增長)"),
    m(EB11, 2.753e9, "HKD", MGM11, "2025Q4", basis="去年第四季 經調整 EBITDA"),
    m(EBG11, 29.5, "%", MGM11, "2025Q4", basis="yoy (升)"),
], [])


# zh12: a Hong Kong brokerage's 大行評級 item on a Goldman Sachs note raising its 港交所 target (uSMART 盈立 on
# hk.usmartglobal.com; Traditional, half-width punctuation, the variant "報吿" and the stray space before "10月8日" kept, the
# curly quotes of “買入” as printed; the headline kept, reworded (大行評級|高盛:上調港交所目標價至397港元 風險回報仍具吸引力
# -> 大行評級|高盛:港交所目標價上調至397港元 風險回報依然吸引); the "Follow us" block and the disclaimers left out; whole
# stored item otherwise).
# Rating action: 高盛 raises its 港交所 target from 318港元 to 397港元, rating 買入 (raise_target, buy).
# Key: the 10月8日 single-day record turnover 約70% above the 2021 high; listed market value 約40% below it; 港交所's share
# price still more than 40% below its 2021 high (the only figure for it -> key open bound); average daily turnover forecasts
# raised 19% / 18% / 11% to 1,340億 / 1,540億 / 1,630億港元 (FY2024 / FY2025 / FY2026, in order); EPS forecasts raised 11% /
# 12% / 9% (in order).
# Optional: 約一半 of revenue from equity trading and clearing (50 %, a share in Chinese numerals); the sensitivity "每變動
# 10%… 約8%到9%" (10 % and the 8-9 % range, analyst arithmetic).
# Judgement calls: targets only in the rating action (no target_price metric row); the text prints the new rating only
# ("評級為“買入”"), so the action is raise_target with rating buy and prior_rating None (an earlier rating is not printed);
# the record-day and market-value comparisons belong to the Hong Kong stock market, not to 港交所; periods None for
# 10月8日 / 2021 comparisons (the day's year is not printed; 2021 names the comparison high, given in basis) and FY2024-
# FY2026 for the forecasts; 明年 (the market reform) gives no row.
HKEX12 = "港交所|香港交易所|香港交易及結算所|HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges|00388|388"
HKM12 = "港股|香港股市|Hong Kong stock market|Hong Kong stocks|" + HKEX12
GS12 = "高盛|Goldman Sachs|Goldman"
ADT12, ADTR12 = "average_daily_turnover_forecast|average_daily_turnover|adt_forecast|turnover_forecast", \
    "average_daily_turnover_forecast_revision|adt_forecast_revision|forecast_revision|turnover_forecast_change"
EPSR12 = "eps_forecast_revision|eps_forecast_change|earnings_forecast_revision|forecast_revision"
G["zh12"] = ([
    m("turnover_vs_2021_high|turnover_change|record_turnover_premium", 70, "%", HKM12, None,
      basis="10月8日 single-day record turnover vs the 2021 high (高約70%)"),
    m("market_cap_vs_2021_high|market_cap_change|market_value_change", -40, "%", HKM12, None,
      basis="listed market value vs 2021 (低約40%)"),
    m("revenue_share|share_of_revenue|share", 50, "%", HKEX12, None, opt=True,
      basis="約一半營業額來自股票交易及結算"),
    m("share_price_vs_2021_high|price_change|share_price_change", None, "%", HKEX12, None, rng=(None, -40),
      basis="股價仍比2021年高位低逾40% (bound; only figure)"),
    m(ADTR12, 19, "%", HKEX12, "FY2024", basis="Goldman, 上調 (分別, first)"),
    m(ADTR12, 18, "%", HKEX12, "FY2025", basis="Goldman, 上調 (分別, second)"),
    m(ADTR12, 11, "%", HKEX12, "FY2026", basis="Goldman, 上調 (分別, third)"),
    m(ADT12, 1.34e11, "HKD", HKEX12, "FY2024", basis="Goldman forecast, 日均成交"),
    m(ADT12, 1.54e11, "HKD", HKEX12, "FY2025", basis="Goldman forecast, 日均成交"),
    m(ADT12, 1.63e11, "HKD", HKEX12, "FY2026", basis="Goldman forecast, 日均成交"),
    m(EPSR12, 11, "%", HKEX12, "FY2024", basis="Goldman, 每股盈利預測上調 (分別, first)"),
    m(EPSR12, 12, "%", HKEX12, "FY2025", basis="Goldman, 上調 (分別, second)"),
    m(EPSR12, 9, "%", HKEX12, "FY2026", basis="Goldman, 上調 (分別, third)"),
    m("turnover_change|volume_change|sensitivity_input", 10, "%", HKM12, None, opt=True,
      basis="sensitivity: 股票市場交易量每變動10%"),
    m("eps_sensitivity|eps_change", None, "%", HKEX12, None, rng=(8, 9), opt=True,
      basis="sensitivity: 每股盈利便會變動約8%到9%"),
], [
    ra(GS12, HKEX12, "raise_target", "buy", None, 397.0, 318.0, "HKD"),
])
