# Hand labels for news71/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong, Macau and Taiwan): 新城電台
# (Metro Radio)'s item on 工商銀行's 2022 annual results, 美高梅中國's third-quarter 2025 release on 美通社 (prnewswire.com),
# CTWANT's item on 兆豐金's dividend policy out of its 2023 earnings, 經濟日報 (udn.com) on the Taiwan index futures and the
# institutions' positions after a rebound day, 經濟通 (etnet) on 新世界發展's interim profit warning, and 東方日報 (on.cc) on
# several brokers' views of 騰訊 after its first-quarter results; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "visitors", "contracts", "lots", "net_sell", "payout_ratio",
# "dividend_yield", "market_share", "fair_value", "impairment", "target_price_change", "rng=(-", "FY2025H1", "CLSA").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news70/zh and news69/zh README.md and labels_*.py, with the precedents named below: news68 zh07 for a bank's
# results rows (NIM level in %, its move in bp for 基點, ratio moves in pp for 個百分點); news66 zh11 for 美高梅中國's
# figures (bare 億港元 = HKD, properties as entities with the company as alias, year-earlier margins and shares as priors
# plus optional rows); news67 zh09 for a Taiwan dividend out of the previous year's earnings (FY of the earnings; the day's
# price and yield None when the month is not printed); news61 zh11 for the Taiwan index-futures wrap (口 -> "contracts",
# net short sizes positive with signed change rows, 逆價差 as a positive spread, strike levels optional); news43 zh07 and
# news28 for profit-warning ranges (a loss range with the loss sign, "減少15%至19%" -> rng (-19, -15)); news10 en for a
# fiscal half-year ("FY2025H1"); news61 zh08 / news64 zh10 for a printed target-move % as a target_price_change row;
# news66 zh12 / news65 zh07 for rating actions (維持…目標價 -> prior target = target) and news70 zh01 for targets printed
# in the text as optional target_price rows; the corpus for headline twins (optional) and intraday highs / lows (optional).
# Currency: 人民幣 = CNY (zh07); 港元 / 億港元 and bare 元 / $ in a Hong Kong context = HKD (zh08, zh11, zh12); 澳門幣 = MOP
# (zh08's Macau gaming revenue); Taiwan 元 / 億元 = TWD (zh09, zh10).
# Values fully scaled (3604億8300萬元 -> 3.60483e11; 39.6萬億元 -> 3.96e13; 113,614人次 -> 113614 visitors; 85 億港元 ->
# 8.5e9; 9.14億港元 -> 9.14e8; 216.02億元 -> 2.1602e10; 4.32億股 -> 4.32e8 shares; 27,180張 -> 27180 lots; 456.6億元 ->
# 4.566e10; 66億至68億元 -> (6.6e9, 6.8e9) with the loss sign; 1500萬元 -> 1.5e7; 7億元 -> 7e8); Chinese numerals resolved
# (8成 -> 80 %; 逾8成 -> (80, None) %; 三隻 -> 3; 五新高 -> 5; 兩至三年 -> (2, 3) years).
# Declines and losses negative (下跌, 跌, 下降, 減少, 賣超, 虧損, 耗蝕虧損, 公平值虧損); 淨空單減少 is a negative change row.
# Periods only where the text states or clearly implies the year: zh07 FY2022 (the item's printed date line 30/3/2023 makes
# 去年 2022; 截至去年底 -> 2022-12-31); zh08 2025Q3 (printed 截至2025年9月30日止三個月), 2025Q2 for 第二季 and 2024Q3 for
# 去年同期; zh09 FY2023 for the 2023 earnings and the dividend paid out of them (printed 2023年), FY2018 / FY2019 as printed,
# None for the 23日 / 24日 share figures and the yields (no month printed); zh10 None (昨（5）日 and 3月F1, no year printed);
# zh11 FY2025H1 (截至去年12月31日止中期 against the printed 2024財年上半年, i.e. the company's fiscal half-year), FY2024H1 for
# the printed comparative; zh12 None (昨日, 首季, no year printed).
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 工商銀行's 2022 annual results (新城電台 Metro Radio, metroradio.com.hk; Traditional with half-width ", " and ". "
# and spaces after them as printed; the headline kept, reworded (工行去年純利增3.49% 派末期息30.35分人民幣 -> 工行去年純利
# 增長3.49% 擬派末期息30.35分人民幣); the item's date line 30/3/2023 20:21 kept; the page's menus, weather line, 下一篇 link
# and copyright footer left out; whole stored item otherwise).
# Key (FY2022): attributable profit 3604億8300萬元人民幣 (+3.49%, record); EPS 0.97元 (+2.1%); proposed final dividend
# 0.3035元; operating income 8414億4100萬元 (-2.3%); net interest income 6936億8700萬元 (+0.4%); non-interest income
# 1477億5400萬元 (-13.2%); net interest spread 1.73% and net interest margin 1.92% (each -19 bp); NPL balance 2316億8000萬元
# (+11%); NPL ratio 1.38% (-0.04 pp); provision coverage 209.47% (+3.63 pp); loan provision ratio 2.9% (-0.02 pp); CET1
# ratio 14.04% (+0.73 pp); tier-1 ratio 15.64% (+0.7 pp); total assets 39.6萬億元 (2022-12-31, +12.6%).
# Optional: the headline's 3.49% and 30.35分人民幣 (= 0.3035 CNY) as twins of the body figures.
# Judgement calls: 去年 = 2022 from the printed date line 30/3/2023 (the item's own date, not the store's); 百分之X -> X %;
# 基點 -> bp, 個百分點 -> pp; "按年均下跌19個基點" gives a -19 bp row for each of the two margins; 罕見 / 創歷新高 give no
# rows; the ratios "去年…" take FY2022 while the total assets "截至去年底" take 2022-12-31; the NPL balance 2316億8000萬元 is
# labelled as printed (no other balance is given in the text to check it against); the date line, 01398 and (LPR) give no rows.
ICBC7 = "工商銀行|工行|中國工商銀行|ICBC|Industrial and Commercial Bank of China|01398|1398"
Y7 = "FY2022"
G["zh07"] = ([
    m("net_profit|net_profit_attributable|profit_attributable|net_income", 3.60483e11, "CNY", ICBC7, Y7,
      basis="股東應佔盈利 3604億8300萬元人民幣, record"),
    m("net_profit_growth|net_income_growth|profit_growth", 3.49, "%", ICBC7, Y7, basis="yoy (按年增長百分之3.49)"),
    m("net_profit_growth|net_income_growth|profit_growth", 3.49, "%", ICBC7, Y7, opt=True, basis="headline twin"),
    m("eps|earnings_per_share", 0.97, "CNY", ICBC7, Y7),
    m("eps_growth|earnings_per_share_growth", 2.1, "%", ICBC7, Y7, basis="yoy"),
    m("dps|dividend_per_share|final_dividend", 0.3035, "CNY", ICBC7, Y7, basis="proposed final dividend (建議派)"),
    m("dps|dividend_per_share|final_dividend", 0.3035, "CNY", ICBC7, Y7, opt=True,
      basis="headline twin: 末期息30.35分人民幣"),
    m("revenue|operating_income|operating_revenue", 8.41441e11, "CNY", ICBC7, Y7, basis="營業收入"),
    m("revenue_growth|operating_income_growth", -2.3, "%", ICBC7, Y7, basis="yoy, 罕有地下跌"),
    m("net_interest_income|nii", 6.93687e11, "CNY", ICBC7, Y7, basis="利息淨收入"),
    m("net_interest_income_growth|nii_growth", 0.4, "%", ICBC7, Y7, basis="yoy"),
    m("non_interest_income", 1.47754e11, "CNY", ICBC7, Y7),
    m("non_interest_income_growth", -13.2, "%", ICBC7, Y7, basis="yoy, 下跌"),
    m("net_interest_spread|interest_spread", 1.73, "%", ICBC7, Y7, basis="淨利息差"),
    m("net_interest_spread_change|interest_spread_change", -19, "bp", ICBC7, Y7, basis="yoy, 下跌19個基點"),
    m("net_interest_margin|nim", 1.92, "%", ICBC7, Y7, basis="淨利息收益率"),
    m("net_interest_margin_change|nim_change", -19, "bp", ICBC7, Y7, basis="yoy, 下跌19個基點"),
    m("npl_balance|non_performing_loans|npl", 2.3168e11, "CNY", ICBC7, Y7, basis="不良貸款額 2316億8000萬元人民幣"),
    m("npl_balance_growth|non_performing_loans_growth|npl_growth", 11, "%", ICBC7, Y7, basis="yoy, 增加"),
    m("npl_ratio|non_performing_loan_ratio", 1.38, "%", ICBC7, Y7),
    m("npl_ratio_change|non_performing_loan_ratio_change", -0.04, "pp", ICBC7, Y7, basis="yoy, 跌"),
    m("provision_coverage_ratio|provision_coverage", 209.47, "%", ICBC7, Y7, basis="撥備覆蓋率"),
    m("provision_coverage_ratio_change|provision_coverage_change", 3.63, "pp", ICBC7, Y7, basis="yoy, 上升"),
    m("loan_provision_ratio|allowance_to_loan_ratio", 2.9, "%", ICBC7, Y7, basis="貸款撥備率"),
    m("loan_provision_ratio_change|allowance_to_loan_ratio_change", -0.02, "pp", ICBC7, Y7, basis="yoy, 輕微下跌"),
    m("cet1_ratio|core_tier1_ratio|core_tier_1_capital_ratio", 14.04, "%", ICBC7, Y7, basis="核心一級資本充足率"),
    m("cet1_ratio_change|core_tier1_ratio_change", 0.73, "pp", ICBC7, Y7, basis="yoy, 上升"),
    m("tier1_capital_ratio|tier_1_ratio", 15.64, "%", ICBC7, Y7, basis="一級資本充足率"),
    m("tier1_capital_ratio_change|tier_1_ratio_change", 0.7, "pp", ICBC7, Y7, basis="上升"),
    m("total_assets", 3.96e13, "CNY", ICBC7, "2022-12-31", basis="截至去年底, 總資產規模 39.6萬億元人民幣"),
    m("total_assets_growth", 12.6, "%", ICBC7, "2022-12-31", basis="yoy, 增長"),
], [])


# zh08: 美高梅中國's third-quarter 2025 release (美通社 PR Newswire, prnewswire.com/apac/zh; Traditional with full-width
# punctuation and the spaces around "85 億港元", "經調整 EBITDA 為 24 億港元" and "經調整EBITDA 利潤率" as printed; the
# dateline "香港 2025年10月30日 /美通社/ --" kept; the headline kept, reworded (創第三季歷史新高 經調整EBITDA 按年增長20% ->
# 第三季寫下歷史新高 經調整EBITDA 按年增長20%); the store's date line left out; the stored text breaks off in the paragraph
# "本集團保持穩健財務狀況。於2025年9月30日，集團總流動資", so the passage ends with the paragraph before it).
# Key (2025Q3): Macau's daily average visitor arrivals 113,614人次 (+14% yoy; 5% above 2019); Macau gaming revenue +13% to
# 6.8億澳門幣 (as printed); Macau GGR at 88% of 2019 (prior: the second quarter's 83%); the group's daily hotel visitation
# +17%, daily GGR +20%, mass GGR incl. slots +17%; net revenue 85 億港元 (+17%); adjusted EBITDA 24 億港元 (+20%); adjusted
# EBITDA margin 27.9% (prior 27.4%); market share 15.5% (prior 14.8%), 美獅美高梅 9.4%, 澳門美高梅 6.1%; 美獅美高梅 revenue
# 51億港元 (+22%), adjusted EBITDA 15億港元 (+23%), margin 28.5% (prior 28.1%); 澳門美高梅 revenue 34億港元 (+12%), adjusted
# EBITDA 9.14億港元 (+14%), margin 26.9% (prior 26.4%).
# Optional: the headline's 20% (twin); the second quarter's 83% (2025Q2) and the year-earlier margins and share (2024Q3) as
# rows of their own.
# Judgement calls: "本季澳門博彩毛收入按年上升13%，達6.8億澳門幣" is labelled as printed (6.8e8 MOP on Macau for the quarter),
# with daily_ggr among the metric names because the figure is of the size of a daily average, which the text does not say;
# "較2019年新冠疫情前高出5%" is a growth row against 2019 (basis), not a level; "恢復至2019年的88%，高於第二季的83%" is a
# recovery ratio with the previous quarter's as prior (news70 zh09: the previous period's figure given with the current one);
# "從去年的27.4%提高到27.9%" and "高於去年同期的X%" give priors plus optional 2024Q3 rows (news66 zh11); the properties'
# revenue, EBITDA, margins and shares carry their own entities with the company as alias; 2025年10月30日, 九個月, 2282
# give no rows.
MGM8 = "美高梅中國|美高梅中國控股|美高梅中國控股有限公司|MGM China|MGM China Holdings|2282|02282"
COT8 = "美獅美高梅|MGM Cotai|" + MGM8
MAC8 = "澳門美高梅|MGM Macau|" + MGM8
MO8 = "澳門|Macau|Macao|澳門博彩業|Macau gaming market"
Q8 = "2025Q3"
REV8, REVG8 = "revenue|net_revenue|total_revenue", "revenue_growth|net_revenue_growth"
EB8, EBG8 = "adjusted_ebitda|ebitda", "adjusted_ebitda_growth|ebitda_growth"
EBM8 = "adjusted_ebitda_margin|ebitda_margin"
SH8 = "market_share|share"
G["zh08"] = ([
    m(EBG8, 20, "%", MGM8, Q8, opt=True, basis="headline twin, record third quarter"),
    m("visitor_arrivals|daily_visitor_arrivals|visitors", 113614, "visitors", MO8, Q8,
      basis="每日平均訪澳旅客人數, 截至9月30日止三個月"),
    m("visitor_arrivals_growth|visitor_growth", 14, "%", MO8, Q8, basis="yoy, daily average"),
    m("visitor_arrivals_vs_2019|visitor_growth", 5, "%", MO8, Q8, basis="vs 2019 pre-COVID level (高出)"),
    m("ggr_growth|gross_gaming_revenue_growth", 13, "%", MO8, Q8, basis="yoy, 本季澳門博彩毛收入"),
    m("ggr|gross_gaming_revenue|daily_ggr", 6.8e8, "MOP", MO8, Q8,
      basis="as printed: 本季澳門博彩毛收入…達6.8億澳門幣 (the size of a daily average)"),
    m("ggr_recovery|recovery_rate|ggr_vs_2019", 88, "%", MO8, Q8, prior=83, basis="of 2019's level; prior = 第二季的83%"),
    m("ggr_recovery|recovery_rate|ggr_vs_2019", 83, "%", MO8, "2025Q2", opt=True, basis="第二季 (comparative)"),
    m("hotel_visitation_growth|visitation_growth|visitor_growth", 17, "%", MGM8, Q8, basis="每日酒店訪客量, yoy"),
    m("daily_ggr_growth|ggr_growth|gross_gaming_revenue_growth", 20, "%", MGM8, Q8, basis="整體日均博彩毛收入, vs 去年"),
    m("mass_ggr_growth|mass_market_ggr_growth|ggr_growth", 17, "%", MGM8, Q8, basis="中場博彩毛收入 (包括角子機), yoy"),
    m("net_revenue|revenue", 8.5e9, "HKD", MGM8, Q8, basis="淨收入 85 億港元, record third quarter"),
    m("net_revenue_growth|revenue_growth", 17, "%", MGM8, Q8, basis="yoy"),
    m(EB8, 2.4e9, "HKD", MGM8, Q8, basis="經調整 EBITDA 24 億港元, record third quarter"),
    m(EBG8, 20, "%", MGM8, Q8, basis="vs 2024"),
    m(EBM8, 27.9, "%", MGM8, Q8, prior=27.4, basis="由去年的27.4%提高至27.9%"),
    m(EBM8, 27.4, "%", MGM8, "2024Q3", opt=True, basis="去年 (comparative)"),
    m(SH8, 15.5, "%", MGM8, Q8, prior=14.8, basis="市場份額; prior = 去年同期"),
    m(SH8, 14.8, "%", MGM8, "2024Q3", opt=True, basis="去年同期 (comparative)"),
    m(SH8, 9.4, "%", COT8, Q8, basis="美獅美高梅 市場份額"),
    m(SH8, 6.1, "%", MAC8, Q8, basis="澳門美高梅 市場份額"),
    m(REV8, 5.1e9, "HKD", COT8, Q8, basis="美獅美高梅 收益"),
    m(REVG8, 22, "%", COT8, Q8, basis="vs 2024, 上升"),
    m(EB8, 1.5e9, "HKD", COT8, Q8),
    m(EBG8, 23, "%", COT8, Q8, basis="yoy"),
    m(EBM8, 28.5, "%", COT8, Q8, prior=28.1, basis="prior = 去年同期"),
    m(EBM8, 28.1, "%", COT8, "2024Q3", opt=True, basis="去年同期 (comparative)"),
    m(REV8, 3.4e9, "HKD", MAC8, Q8, basis="澳門美高梅 收益"),
    m(REVG8, 12, "%", MAC8, Q8, basis="vs 2024, 上升"),
    m(EB8, 9.14e8, "HKD", MAC8, Q8),
    m(EBG8, 14, "%", MAC8, Q8, basis="yoy"),
    m(EBM8, 26.9, "%", MAC8, Q8, prior=26.4, basis="prior = 去年同期"),
    m(EBM8, 26.4, "%", MAC8, "2024Q3", opt=True, basis="去年同期 (comparative)"),
], [])


# zh09: 兆豐金's dividend policy out of its 2023 earnings, with the day's trading and the subsidiaries' profits (CTWANT,
# ctwant.com; Traditional with half-width "," ";" "(" and full-width "。" as printed; the headline kept, reworded
# (兆豐金配發股利1.8元創新高!現金配息1.5元殖利率近4% 早盤成交量爆量股價微跌 -> 兆豐金股利配發1.8元寫新高!現金配息1.5元殖利率
# 近4% 早盤量能爆增股價小跌); the photo caption printed twice ("兆豐金23日董事會決議現金股利1.5元、股票股利0.3元,合計1.8元。
# 圖為兆豐金控董事長雷仲達。(圖/黃威彬攝、報系資料照)"; its 23, 1.5, 0.3 and 1.8 dropped with it) and the closing
# "你不理財,財不理你,LINE" left out; the blogger's two quoted phrases (the second left unclosed in the stored text) given as
# reported speech; whole stored item otherwise).
# Key: dividend out of the 2023 earnings (FY2023): cash 1.5元, stock 0.3元, total 1.8元 per share (record; prior 1.32元, the
# previous year's); cash total 216.02億元; stock-dividend shares 4.32億股; payout ratio 75.9%; cash payout ratio 63% (prior
# 8成 = 80%); FY2023 after-tax profit 332.38億元 (+81.28%), EPS 2.37元; 兆豐銀行 310.25億元 (+28%); 兆豐證券 20.03億元
# (+232%). Period None: the 24日 open 40.5元, the current price 39.40元 and -1.50%; the 23日 close 40元 and its volume
# 23,695張; the cash yield 3.75% and total yield 約4.5% at the 23日 close.
# Optional: the headline's 1.8元, 1.5元 and 殖利率近4% (twins / approximation); the 24日 low 39.45元 and the volume so far
# 27,180張 (intraday); 不到4% (a bound); 332億多元 (an approximate twin, lower bound); the second EPS 2.37元; 近9年 (a span);
# the past 8成 as a row of its own; 近六年平均配發率逾8成 (a bound); the previous year's 1.32元 (FY2022) and the earlier
# record 1.7元 with its two printed years (FY2018, FY2019).
# Judgement calls: Taiwan 元 / 億元 = TWD; the dividend "今年股利政策" is paid out of the 2023 earnings -> FY2023 (news67
# zh09); 23日 / 24日 carry no month -> None; 昨收40元 is the 23日 close on which the blogger's yields are computed; the
# stock dividend per share (0.3元) is a TWD row like the cash dividend; 張 -> "lots", 股 -> "shares"; "從過去的8成掉到63%"
# gives 63 with prior 80; "上一年度…1.32元" is the prior of the total dividend (both are totals per share); 歷年最優 /
# 金控之冠 / 再創佳績 give no rows; 2886 gives no row.
MEGA9 = "兆豐金|兆豐金控|兆豐金融控股|Mega Financial|Mega Financial Holding|Mega FHC|2886"
BANK9 = "兆豐銀行|兆豐國際商業銀行|Mega Bank|Mega International Commercial Bank|" + MEGA9
SEC9 = "兆豐證券|Mega Securities|" + MEGA9
Y9 = "FY2023"
CD9 = "cash_dividend|dividend_per_share|dps|cash_dividend_per_share"
TD9 = "total_dividend|dividend_per_share|dps|total_dividend_per_share"
NP9, NPG9 = "net_profit|after_tax_profit|net_income", "net_profit_growth|net_income_growth|profit_growth"
G["zh09"] = ([
    m(TD9, 1.8, "TWD", MEGA9, Y9, opt=True, basis="headline twin (股利配發1.8元, record)"),
    m(CD9, 1.5, "TWD", MEGA9, Y9, opt=True, basis="headline twin (現金配息1.5元)"),
    m("dividend_yield|cash_dividend_yield|yield", 4, "%", MEGA9, None, opt=True, basis="headline 殖利率近4% (approximate)"),
    m(CD9, 1.5, "TWD", MEGA9, Y9, basis="每股現金股利, board 23日 (今年股利政策)"),
    m("stock_dividend|stock_dividend_per_share", 0.3, "TWD", MEGA9, Y9, basis="股票股利 per share, highest ever"),
    m(TD9, 1.8, "TWD", MEGA9, Y9, prior=1.32, basis="合計每股配發, record; prior = 上年度 1.32元"),
    m("price|opening_price|open", 40.5, "TWD", MEGA9, None, basis="24日 開盤"),
    m("price|intraday_low|low", 39.45, "TWD", MEGA9, None, opt=True, basis="24日 最低 (intraday)"),
    m("volume|trading_volume", 27180, "lots", MEGA9, None, opt=True, basis="24日 成交量 so far (intraday)"),
    m("volume|trading_volume", 23695, "lots", MEGA9, None, basis="昨日 (23日) 全日成交量"),
    m("price|close|share_price", 40, "TWD", MEGA9, None, basis="昨日收盤 (23日)"),
    m("price|share_price", 39.4, "TWD", MEGA9, None, basis="24日 目前股價"),
    m("price_change|share_price_change", -1.5, "%", MEGA9, None, basis="跌幅1.50%"),
    m("dividend_yield|cash_dividend_yield|yield", 3.75, "%", MEGA9, None, basis="現金殖利率, on the 23日 close (blogger)"),
    m("dividend_yield|cash_dividend_yield|yield", None, "%", MEGA9, None, rng=(None, 4), opt=True, basis="不到4% (bound)"),
    m("total_yield|total_dividend_yield|dividend_yield", 4.5, "%", MEGA9, None, basis="總殖利率約4.5%"),
    m(NP9, None, "TWD", MEGA9, Y9, rng=(3.32e10, None), opt=True, basis="賺進332億多元 (approximate twin)"),
    m("eps|earnings_per_share", 2.37, "TWD", MEGA9, Y9, basis="EPS達2.37元"),
    m("record_span|years", 9, "years", MEGA9, Y9, opt=True, basis="近9年來新高 (span)"),
    m("cash_payout_ratio|payout_ratio|cash_dividend_payout_ratio", 63, "%", MEGA9, Y9, prior=80,
      basis="現金盈餘分配率 由過去的8成降至63%"),
    m("cash_payout_ratio|payout_ratio|cash_dividend_payout_ratio", 80, "%", MEGA9, None, opt=True,
      basis="過去的8成 (comparative)"),
    m("cash_dividend_total|total_cash_dividend|dividend_amount", 2.1602e10, "TWD", MEGA9, Y9, basis="現金股利總金額"),
    m("stock_dividend_shares|new_shares|shares_distributed", 4.32e8, "shares", MEGA9, Y9, basis="股票股利總股數"),
    m("payout_ratio|dividend_payout_ratio", 75.9, "%", MEGA9, Y9, basis="股利配發率"),
    m("payout_ratio|dividend_payout_ratio|average_payout_ratio", None, "%", MEGA9, None, rng=(80, None), opt=True,
      basis="近六年平均配發率逾8成 (bound)"),
    m(TD9, 1.32, "TWD", MEGA9, "FY2022", opt=True, basis="上年度每股股利 (comparative)"),
    m(CD9, 1.7, "TWD", MEGA9, None, opt=True, basis="過去最高配發股利 1.7元"),
    m(CD9, 1.7, "TWD", MEGA9, "FY2018", opt=True, basis="2018年 現金股利"),
    m(CD9, 1.7, "TWD", MEGA9, "FY2019", opt=True, basis="2019年度 現金股利"),
    m(NP9, 3.3238e10, "TWD", MEGA9, Y9, basis="2023年全年稅後純益"),
    m(NPG9, 81.28, "%", MEGA9, Y9, basis="年增, best among financial holding companies"),
    m("eps|earnings_per_share", 2.37, "TWD", MEGA9, Y9, opt=True, basis="累積每股稅後純益(EPS), second printing"),
    m(NP9, 3.1025e10, "TWD", BANK9, Y9, basis="兆豐銀行 稅後純益"),
    m(NPG9, 28, "%", BANK9, Y9, basis="年成長"),
    m(NP9, 2.003e9, "TWD", SEC9, Y9, basis="兆豐證券 稅後純益"),
    m(NPG9, 232, "%", SEC9, Y9, basis="年增"),
], [])


# zh10: 經濟日報's Taiwan index-futures wrap after a rebound day, with the institutions' positions and options data
# (udn.com; Traditional with full-width punctuation and brackets, thousands commas, "3月F1", "OI", "put/call ratio", "VIX"
# and the space in "39,000 點" as printed; the headline kept, reworded (台指期 法人減碼空單 -> 台指期 法人空單減碼); the byline
# "經濟日報／ 記者崔馨方／台北報導", the photo caption printed twice ("台股示意圖。記者許正宏／攝影") and the store's date
# line left out; the stored text breaks off inside "更關鍵的是，台股目前相對季線的乖離仍然偏大，…仍未完全回到健", so the
# passage ends with the sentence before it).
# Key (period None): TAIEX close 33,672點 (+844點); 台指期 close 33,639點 (+768點); 逆價差 33.94點; 三大法人 net selling
# 456.6億元; 三大法人 net short 5,643口 (-370口); 外資 net short 41,134口 (-499口); 特定法人 net short 6,593口 (-1,538口);
# put/call ratio 1.29 (prior 1.33); VIX 34.06 (-5.11); 外資's net call and put amounts 3.2億元 and 1.09億元.
# Optional: the second printing of +768點; the gap-up opening 超過千點 (an intraday bound); the 34,000點 barrier (printed
# twice); 日K連三黑 (3 days); the four strike levels with the largest OI (34,500 / 30,200 / 39,000 / 31,900點); the earlier
# ratio 1.33 as a row of its own.
# Judgement calls: as news61 zh11 — 口 -> "contracts", net short sizes positive on a net_short metric with their 減少 as
# negative change rows, 逆價差 a positive spread as printed, the ratio in "x", VIX in "points", the option amounts in TWD with
# the printed signs (both positive here); 賣超 is negative net buying (-4.566e10 TWD); 昨（5）日 and 3月F1 give no year ->
# period None; 現貨指數 is the TAIEX; 十字黑K棒 / 月線 / 季線 give no rows.
TX10 = "台指期|台指期貨|臺股期貨|台股期貨|TAIEX futures|Taiwan index futures|TX"
TW10 = "台股|現貨指數|加權指數|集中市場|發行量加權股價指數|TAIEX|Taiwan stock market"
III10 = "三大法人|institutional investors|three major institutional investors"
FI10 = "外資|foreign investors|foreign institutional investors"
SP10 = "特定法人|十大交易人裡的特定法人|十大交易人|top-ten traders|specific institutions"
OPT10 = "台指選擇權|選擇權|月選擇權|TAIEX options|TXO"
VIX10 = "VIX指數|VIX|台指VIX|Taiwan VIX"
D10 = "昨（5）日"
NS10, NSC10 = "net_short_position|net_short|futures_net_short", "net_short_change|net_position_change|position_change"
STR10 = "max_open_interest_strike|strike|open_interest_level"
G["zh10"] = ([
    m("index_level|close", 33672, "points", TW10, None, basis="現貨指數 close, " + D10),
    m("index_change", 844, "points", TW10, None, basis="上漲844點"),
    m("futures_price|index_level|close|price", 33639, "points", TX10, None, basis="close, " + D10),
    m("futures_change|index_change|price_change", 768, "points", TX10, None, basis="漲768點"),
    m("futures_change|index_change|price_change", 768, "points", TX10, None, opt=True,
      basis="終場上漲768點 (second printing)"),
    m("basis|futures_discount|backwardation|spread", 33.94, "points", TX10, None, basis="逆價差 (futures below the index)"),
    m("intraday_change|opening_gap|index_change", None, "points", TX10, None, rng=(1000, None), opt=True,
      basis="開盤即跳空走高超過千點 (intraday bound)"),
    m("index_level|resistance_level", 34000, "points", TX10, None, opt=True, basis="34,000點關卡 (first printing)"),
    m("streak|losing_streak|days", 3, "days", TX10, None, opt=True, basis="日K連三黑"),
    m("net_buy|net_buying|net_sell|fund_flow", -4.566e10, "TWD", III10, None, basis="三大法人賣超456.6億元 (net selling)"),
    m(NS10, 5643, "contracts", III10, None, basis="台指期 淨空單, 減少370口至5,643口"),
    m(NSC10, -370, "contracts", III10, None, basis="淨空單減少"),
    m(NS10, 41134, "contracts", FI10, None, basis="台指期 淨空單, 減少499口至41,134口"),
    m(NSC10, -499, "contracts", FI10, None, basis="淨空單減少"),
    m(NS10, 6593, "contracts", SP10, None, basis="全月台指期 淨空單, 減少1,538口至6,593口"),
    m(NSC10, -1538, "contracts", SP10, None, basis="淨空單減少"),
    m(STR10, 34500, "points", OPT10, None, opt=True, basis="3月F1 大量區買權OI"),
    m(STR10, 30200, "points", OPT10, None, opt=True, basis="3月F1 賣權最大OI"),
    m(STR10, 39000, "points", OPT10, None, opt=True, basis="月買權最大OI"),
    m(STR10, 31900, "points", OPT10, None, opt=True, basis="月賣權最大OI"),
    m("put_call_ratio|pc_ratio", 1.29, "x", OPT10, None, prior=1.33,
      basis="全月未平倉量 put/call ratio, 由1.33降至1.29"),
    m("put_call_ratio|pc_ratio", 1.33, "x", OPT10, None, opt=True, basis="the earlier reading"),
    m("index_level|vix", 34.06, "points", VIX10, None, basis="下降5.11至34.06"),
    m("index_change|vix_change", -5.11, "points", VIX10, None, basis="下降"),
    m("call_net_amount|net_call_premium|net_amount", 3.2e8, "TWD", FI10, None, basis="外資 台指期買權淨金額 3.2億元"),
    m("put_net_amount|net_put_premium|net_amount", 1.09e8, "TWD", FI10, None, basis="外資 賣權淨金額 1.09億元"),
    m("index_level|resistance_level", 34000, "points", TX10, None, opt=True, basis="34,000點關卡 (second printing)"),
], [])


# zh11: 新世界發展's interim profit warning (經濟通, an etnet page on 202.62.215.23; Traditional with half-width
# "," and brackets as printed; no headline in the stored text and none composed; the wire tag 《經濟通通訊社24日專訊》 kept
# where the stored text prints it, after the body; the advertisement line after it (醫護之選 | 維柏健…► 了解詳情) left out;
# whole stored item otherwise).
# Key (FY2025H1): attributable loss from continuing operations 約66億至68億元 (range, loss sign); impairment losses on
# development properties 約33億至35億元; investment-property fair-value losses 約14億至16億元 (按年增加); the non-cash items
# together 約47億至51億元; the gain on redeeming fixed-rate bonds down to 約1500萬元; core operating profit from continuing
# operations 約43.5億至45.5億元, down 15%至19%; and the one-off gain on transfers to investment property of 12.57億元 in the
# comparative half (FY2024H1).
# Judgement calls: 元 = HKD (a Hong Kong company, no currency printed); "截至去年12月31日止中期" is the company's fiscal
# half-year, dated FY2025H1 against the printed comparative "2024財年上半年" (news10 en); the comparative half's profit
# ("錄股東應佔溢利") carries no figure -> no prior; losses, impairments and fair-value losses are negative ranges (the
# corpus's losses-negative rule; news28 for a loss range), the bond-redemption gain positive; "按年減少15%至19%" ->
# rng (-19, -15) (news28); "介乎 / 約…之間" ranges take 約 as the range itself; 本周五(28日) and 24日 give no rows; 00017 gives no row.
NWD11 = "新世界發展|新世界|New World Development|NWD|00017|0017|17"
H11, PH11 = "FY2025H1", "FY2024H1"
G["zh11"] = ([
    m("net_profit|net_loss|attributable_loss|profit_attributable", None, "HKD", NWD11, H11, rng=(-6.8e9, -6.6e9),
      basis="profit warning: 持續經營業務股東應佔虧損約66億至68億元 (forecast)"),
    m("impairment_loss|impairment|development_property_impairment", None, "HKD", NWD11, H11, rng=(-3.5e9, -3.3e9),
      basis="發展物業耗蝕虧損及應佔耗蝕虧損 (subsidiaries and JVs), forecast"),
    m("fair_value_change|fair_value_loss|revaluation_loss", None, "HKD", NWD11, H11, rng=(-1.6e9, -1.4e9),
      basis="investment properties, 按年增加至約14億至16億元 (loss)"),
    m("non_cash_items|non_cash_losses|impairment_and_fair_value_loss", None, "HKD", NWD11, H11, rng=(-5.1e9, -4.7e9),
      basis="impairments plus investment-property fair-value changes, 合共約47億至51億元, non-cash"),
    m("bond_redemption_gain|gain_on_redemption", 1.5e7, "HKD", NWD11, H11,
      basis="固定利率債券贖回收益, 大幅下降至約1500萬元"),
    m("one_off_gain|transfer_gain|gain_on_transfer_to_investment_property", 1.257e9, "HKD", NWD11, PH11,
      basis="轉入投資物業的一次性收益 in 2024財年上半年 (absent in the current half)"),
    m("core_operating_profit|core_profit", None, "HKD", NWD11, H11, rng=(4.35e9, 4.55e9),
      basis="持續經營業務核心經營溢利, forecast"),
    m("core_operating_profit_growth|core_profit_growth", None, "%", NWD11, H11, rng=(-19, -15),
      basis="按年減少15%至19%"),
], [])


# zh12: several brokers' views of 騰訊 after its first-quarter results, with the day's record close and warrant flows
# (東方日報 on orientaldaily.on.cc; Traditional with half-width "," and brackets and full-width 「」 as printed, "$330" in the
# sub-head kept; the headline kept, reworded (單日締「五新高」騰訊飆6.4%藍籌最威 -> 騰訊飆6.4%稱霸藍籌 一日之內締「五新高」);
# the two sub-heads kept, reworded (三隻熊證收回 -> 三隻熊證遭收回; 巴克萊睇$330 -> 巴克萊看$330); whole stored item).
# Rating actions (HKD): 巴克萊 raises its target 14% to 330元 and keeps recommending 增持 (raise_target, overweight, prior
# overweight; no earlier target printed); 里昂 keeps 跑贏大市 and its 312元 target (maintain, outperform, prior target 312).
# 交銀國際 gives a view without a rating or target (no action).
# Key (period None): close 292.2元, +6.48%; related warrants 7億元, +63% day on day; 里昂's forecast of 30% yoy growth in
# online-game-related revenue; 巴克萊's target raise of 14%.
# Optional: the headline's 6.4% (rounded twin); the intraday record 295.4元; the three bear contracts called (body and
# sub-head); the 五新高 count (headline and body); 交銀國際's 兩至三年 horizon for WeChat to turn a profit; the targets printed
# in the text (330元 in the lead, $330 in the sub-head, 330元 in the body, 312元), as optional target_price rows (news70 zh01).
# Judgement calls: no year is printed (昨日, 季績, 首季) -> period None; 元 / $ = HKD; 增持 = overweight, 跑贏大市 = outperform;
# the 30% is a broker forecast of growth "in the coming quarters" (basis, period None); 輪證 turnover "按日急增63%至7億元" is
# a turnover level and a day-on-day change on the warrants with 騰訊 as alias; 最高漲幅藍籌股 / 最高成交港股 are ranks
# without figures; 00700 gives no row.
TCH12 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700"
WAR12 = "騰訊相關輪證|騰訊輪證|輪證|Tencent warrants|" + TCH12
BAR12 = "巴克萊|Barclays"
CLSA12 = "里昂|裏昂|CLSA"
TP12 = "target_price|price_target"
G["zh12"] = ([
    m("price_change|share_price_change", 6.4, "%", TCH12, None, opt=True, basis="headline 飆6.4% (rounded twin)"),
    m("record_count|records", 5, "records", TCH12, None, opt=True, basis="headline 「五新高」"),
    m(TP12, 330, "HKD", TCH12, None, opt=True, basis="lead: 有券商再將目標價調高至330元 (巴克萊)"),
    m("price|intraday_high|high", 295.4, "HKD", TCH12, None, opt=True, basis="昨日一度見, 歷史新高 (intraday)"),
    m("price|close|share_price", 292.2, "HKD", TCH12, None, basis="昨日收報, record close"),
    m("price_change|share_price_change", 6.48, "%", TCH12, None, basis="全日漲"),
    m("record_count|records", 5, "records", TCH12, None, opt=True, basis="body 「五新高」紀錄"),
    m("cbbcs_called|bear_contracts_called|count", 3, "CBBCs", TCH12, None, opt=True, basis="sub-head 三隻熊證"),
    m("turnover|warrant_turnover", 7e8, "HKD", WAR12, None, basis="騰訊相關輪證 昨日, 按日急增至7億元"),
    m("turnover_change|warrant_turnover_change", 63, "%", WAR12, None, basis="day on day, 急增"),
    m("cbbcs_called|bear_contracts_called|count", 3, "CBBCs", TCH12, None, opt=True, basis="body: 三隻熊證遭強制收回"),
    m("time_to_profit|years", None, "years", "微信|WeChat|" + TCH12, None, rng=(2, 3), opt=True,
      basis="交銀國際: 仍需兩至三年才能帶來盈利"),
    m(TP12, 330, "HKD", TCH12, None, opt=True, basis="sub-head 巴克萊看$330"),
    m("revenue_growth|online_game_revenue_growth|revenue_growth_forecast", 30, "%", "網遊相關收入|網遊|online games|" + TCH12,
      None, basis="里昂 forecast: 網遊相關收入維持30%的按年增長 (coming quarters)"),
    m(TP12, 312, "HKD", TCH12, None, opt=True, basis="里昂 maintained target"),
    m("target_price_change", 14, "%", TCH12, None, basis="巴克萊, 目標價調高14%至330元"),
    m(TP12, 330, "HKD", TCH12, None, opt=True, basis="巴克萊 body: 調高14%至330元"),
], [
    ra(BAR12, TCH12, "raise_target", "overweight", "overweight", 330.0, None, "HKD"),
    ra(CLSA12, TCH12, "maintain", "outperform", "outperform", 312.0, 312.0, "HKD"),
])
