# Hand labels for news60/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong pages (hk01 on a bank's
# annual results, a broker-report digest on stockqueen.co, an 亞太商訊 press release on acnnewswire.com), two Taiwan pages
# (鉅亨網 news.cnyes.com, 經濟日報 on udn.com) and one Macau daily (sengpou.com); see batch_b.md). Helpers m() and ra() are
# supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier sets'
# labels_*.py files (grep).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news58/zh and news59/zh and the labels files of news57/zh, news58/zh and news51/zh, with the precedents
# named below (news51 zh12 for a NT-dollar close: the rate in TWD per USD, 升值 positive, the open and intraday extremes
# optional; news57 zh08 for a broker's cut_target with the rating kept; news58 zh08 / zh11 for a from-to level as value
# plus prior and an optional row for the earlier level; news58 zh12 for per-unit commodity prices labelled in the currency
# alone with the unit in basis).
# Currency: Hong Kong items' bare 元 / 億元 / 仙 = HKD (zh07, zh08's targets, zh12's 港元 / 港仙); 元人民幣 = CNY; 美元 = USD;
# Taiwan's 新台幣 rate is TWD per USD (zh09); Macau's 澳門元 = MOP (zh11; the headline's bare 億元 is the same figure).
# Values fully scaled (35.01億元 -> 3.501e9; 22仙 -> 0.22 HKD; 23.005 億美元 -> 2.3005e9; 60.7萬桶 -> 607000 barrels;
# 13,923億澳門元 -> 1.3923e12; 2.2 分 -> 0.022 TWD). X厘 = X % (淨息差1.9厘, 股息回報4.2厘); 個基點 = bp; 個百分點 = pp.
# Declines negative (跌, 挫, 減少, 收窄, 下跌, 調低, 降至, 下降, 收低, 重挫, 微跌 without a figure gives no change row);
# 增加 / 升 / 上升 / 上漲 / 升值 / 回升 positive. 近X / 約X / 大約X -> X. Open bounds (逾, 站穩…之上) are optional ranges.
# A figure printed twice (headline and body) is one key row and an optional twin; "由A…至B" gives value B with prior A plus
# an optional row for A. Intraday quotes and extremes, opens and technical levels passed are optional; counts of years,
# weeks and months in "N年以來" / "近N年" / "七周高位" phrases are optional.
# Brokers' targets and ratings appear only in rating actions (zh08); no % change of a target is printed, so no
# target-change rows.
# Count units as earlier sets spell them: "barrels", "years", "weeks", "months"; multiples "x".
# Periods only where the text states or clearly implies the year: zh07 None (去年 / 去年12月底, no year printed); zh08
# "2021Q4" (printed 2021年第四季度 = 去年第四季), "FY2022" (printed 2022年預測市盈率), and for 煤氣 / 新秀麗 FY2021 for 去年,
# FY2022 for 今年, FY2023 for 明年 (the digest says 小米 reports its 2021 fourth quarter "今日", so 今日 is in 2022);
# zh09 2026-01-06 (the kept byline's date and 今 (6) 日); zh10 None (周三（24日）, 周二, no year in the kept text; the page's
# date line is dropped and not used); zh11 2025-12, 2025Q4 (第四季末), 2025-12-31 / 2025-11-30 (printed 截至2025年12月底 /
# 11月底); zh12 the printed dates (2021-01-12, 2020-01-17) and FY2020 for the dividend paid in lieu of the final
# dividend for the year ended 2020-12-31. Addresses, dropped page chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong bank's annual results with the share-price reaction (hk01 財經快訊; Traditional, full-width punctuation,
# the code "（0023）", the odd separator "交易﹑金融工具" and the slips "年年金融工具" / "年年貸款" (for 年內) kept as printed; no
# headline in the stored text (the address carries one), none composed; the two sub-headings kept, reworded (非利息收入增加
# 28% -> 年內非利息收入增加28%; 減值貸款比率降至2.69% -> 去年底減值貸款比率降至2.69%); the photo caption "東亞去年少賺24%。
# （資料圖片）" left out (its 24 a twin); whole stored item otherwise).
# Key: 歸屬股東應佔溢利 35.01億元 (-24% yoy); second interim dividend 22仙 (-42%); full-year dividend 61仙 (-11.6%); NIM 1.9%
# (收窄19個基點 -> -19 bp); net interest income 153.22億元 (-7.3%); non-interest income 56.97億元 (+28%); net fee and
# commission income 32.16億元 (+14.8%); trading / revaluation / hedging net profit +6.63億元 (+44.9%); pre-provision
# operating profit 111.98億元 (-1.3%); impairment losses 56.42億元 (+2.6%); commercial-real-estate share of loan-loss
# provisions 77%; impaired-loan ratio 2.69% (-0.03 pp), impaired loans 147.93億元; loan impairment allowances 60.44億元.
# Optional: the afternoon quote 13.96元 and its -12.3% (最新報, intraday); the sub-headings' 28% and 2.69% twins.
# Judgement calls: no year printed (去年, 截至去年12月底) -> period None throughout; "增加6.63億元或44.9%" gives an HKD change
# row and a % growth row; 淨息差 "收窄19個基點至1.9厘" is a level 1.9 % (no prior printed, none derived) plus a -19 bp change;
# "年年" (a slip for 年內) is read as the year's figure; the 77% share is on commercial real estate with the bank as alias.
BEA = "東亞銀行|東亞|Bank of East Asia|BEA|0023|00023"
CRE7 = "商業房地產|商業房地產相關撥備|commercial real estate|CRE|" + BEA
G["zh07"] = ([
    m("net_profit|profit_attributable|net_income", 3.501e9, "HKD", BEA, None,
      basis="可歸屬股東的應佔溢利, full year to 去年12月底 (no year printed)"),
    m("net_profit_growth|net_profit_change|profit_growth", -24, "%", BEA, None, basis="按年跌"),
    m("dividend_per_share|second_interim_dividend|dividend|dps", 0.22, "HKD", BEA, None,
      basis="第二次中期息 22仙 per share"),
    m("dividend_change|dividend_growth|dps_change", -42, "%", BEA, None, basis="第二次中期息 減少"),
    m("dividend_per_share|full_year_dividend|dividend|dps", 0.61, "HKD", BEA, None, basis="全年派息 61仙 per share"),
    m("dividend_change|dividend_growth|dps_change", -11.6, "%", BEA, None, basis="全年派息 按年跌"),
    m("price|share_price", 13.96, "HKD", BEA, None, opt=True, basis="最新報, afternoon quote (intraday)"),
    m("price_change|share_price_change", -12.3, "%", BEA, None, opt=True, basis="挫, intraday"),
    m("net_interest_margin|nim", 1.9, "%", BEA, None, basis="淨息差 1.9厘"),
    m("net_interest_margin_change|nim_change", -19, "bp", BEA, None, basis="收窄19個基點"),
    m("net_interest_income", 1.5322e10, "HKD", BEA, None, basis="年內"),
    m("net_interest_income_growth|net_interest_income_change", -7.3, "%", BEA, None, basis="按年減少"),
    m("non_interest_income|other_income", 5.697e9, "HKD", BEA, None, basis="年內"),
    m("non_interest_income_growth|non_interest_income_change", 28, "%", BEA, None, basis="增加"),
    m("non_interest_income_growth|non_interest_income_change", 28, "%", BEA, None, opt=True, basis="sub-heading twin"),
    m("net_fee_income|fee_and_commission_income|net_fee_and_commission_income", 3.216e9, "HKD", BEA, None,
      basis="服務費及佣金收入淨額"),
    m("net_fee_income_growth|fee_income_growth|fee_and_commission_income_growth", 14.8, "%", BEA, None,
      basis="按年增加"),
    m("trading_income_change|net_trading_income_change|trading_profit_change", 6.63e8, "HKD", BEA, None,
      basis="交易﹑金融工具重估及相關對沖的淨利潤 增加"),
    m("trading_income_growth|net_trading_income_growth|trading_profit_growth", 44.9, "%", BEA, None,
      basis="交易﹑金融工具重估及相關對沖的淨利潤 增加"),
    m("pre_provision_operating_profit|operating_profit_before_impairment|operating_profit", 1.1198e10, "HKD", BEA,
      None, basis="撥備前經營溢利"),
    m("pre_provision_operating_profit_growth|operating_profit_growth|operating_profit_change", -1.3, "%", BEA, None,
      basis="按年跌"),
    m("impairment_losses|impairment_charge|credit_impairment_losses", 5.642e9, "HKD", BEA, None,
      basis="金融工具減值損失 (年年 = 年內)"),
    m("impairment_losses_growth|impairment_charge_growth|impairment_losses_change", 2.6, "%", BEA, None,
      basis="按年增加"),
    m("share|provision_share|cre_share_of_provisions", 77, "%", CRE7, None,
      basis="share of total loan-loss provisions related to commercial real estate"),
    m("impaired_loan_ratio|npl_ratio|non_performing_loan_ratio", 2.69, "%", BEA, None,
      basis="截至去年12月底 (no year printed)"),
    m("impaired_loan_ratio|npl_ratio|non_performing_loan_ratio", 2.69, "%", BEA, None, opt=True,
      basis="sub-heading twin (降至)"),
    m("impaired_loan_ratio_change|npl_ratio_change", -0.03, "pp", BEA, None, basis="按年下跌"),
    m("impaired_loans|npl_amount|impaired_loan_amount", 1.4793e10, "HKD", BEA, None, basis="涉及金額"),
    m("loan_impairment_allowances|impairment_allowances|loan_loss_reserves", 6.044e9, "HKD", BEA, None,
      basis="貸款減值準備 (年年 = 年內)"),
], [])


# zh08: a daily digest of three brokers' reports on three Hong Kong stocks (stockqueen.co 【大行報告】; Traditional, half-width
# commas and brackets, 「」 around the ratings, the section labels "小米 ~ 花旗" / "煤氣 ~ 摩通" / "新秀麗 ~ 里昂", the space in
# "煤氣(00003) " and the unclosed "(01193 。" kept as printed; headline "【大行報告】3月22日" kept; the repeated title line
# "3月22日 大行報告" left out (its 3 and 22 dropped); the stored text breaks off at "該行將其" in the 新秀麗 item (no figure),
# so the passage ends with the sentence before it).
# Key: 小米's fourth-quarter adjusted profit forecast 42億元人民幣 (+27% yoy) and revenue 816億元人民幣 (+16%) (花旗's
# estimates, 2021Q4); 小米 at 11x 2022 forecast P/E; 煤氣 at 21.3x this year's forecast P/E and a 4.2% yield (at the
# 8.5元 target); 煤氣's earnings forecasts cut 9% (今年) and 5% (明年); 煤氣's net profit last year -16% and post-tax
# operating profit -6% (僅跌); 新秀麗's adjusted profit last year 1,740萬美元.
# Rating actions: 花旗 cuts its 小米 target from 32元 to 27元 with 「買入」 reiterated -> cut_target (buy), HKD; 摩根大通 (摩通)
# downgrades 煤氣 from 「中性」 to 「減持」 (neutral -> underweight) and cuts the target from 10.5元 to 8.5元 -> downgrade, HKD.
# 里昂's view on 新秀麗 is cut before any rating or target, so no action.
# Optional: "逾十年以來首次無增長" (an open bound on years).
# Judgement calls: the 小米 figures are 花旗's forecasts (料) for the quarter printed as 2021年第四季度 -> metric rows with
# "forecast" in basis, period 2021Q4; since 小米 reports its 2021 fourth quarter "今日", 今日 (3月22日) is in 2022, so
# 煤氣's 去年 / 今年 / 明年 are FY2021 / FY2022 / FY2023 and 新秀麗's 去年 FY2021 (今年首季 carries no figure); "今明兩年盈利
# 預測各9%及5%" maps in order; the P/E and yield at the target are valuation rows on the company; 元 for targets of
# Hong Kong-listed shares = HKD; 2008年 / 2019年 are reference years, no rows; 新奧能源 / 華潤燃氣 (preferred names) carry no
# rating or figure and get no action.
XM8 = "小米|小米集團|Xiaomi|Xiaomi Corp|Xiaomi Corporation|01810|1810"
GAS8 = "煤氣|中華煤氣|香港中華煤氣|Hong Kong and China Gas|HK & China Gas|Towngas|00003|0003"
SAM8 = "新秀麗|Samsonite|Samsonite International|01910|1910"
CITI8 = "花旗|Citi|Citigroup|Citibank"
JPM8 = "摩根大通|摩通|小摩|JPMorgan|J.P. Morgan|JP Morgan"
G["zh08"] = ([
    m("adjusted_net_profit|adjusted_profit|net_profit_forecast|adjusted_earnings", 4.2e9, "CNY", XM8, "2021Q4",
      basis="花旗 forecast (料), 經調整盈利, 去年第四季"),
    m("adjusted_net_profit_growth|adjusted_profit_growth|profit_growth|net_profit_growth", 27, "%", XM8, "2021Q4",
      basis="花旗 forecast, 按年增長"),
    m("revenue|revenue_forecast", 8.16e10, "CNY", XM8, "2021Q4", basis="花旗 forecast, 收入"),
    m("revenue_growth|revenue_forecast_growth", 16, "%", XM8, "2021Q4", basis="花旗 forecast, 升"),
    m("pe_ratio|forward_pe|p/e|valuation", 11, "x", XM8, "FY2022", basis="current price at 2022年預測市盈率"),
    m("pe_ratio|forward_pe|p/e|valuation", 21.3, "x", GAS8, "FY2022", basis="at the 8.5元 target, 今年預測市盈率"),
    m("dividend_yield", 4.2, "%", GAS8, "FY2022", basis="股息回報4.2厘 at the target"),
    m("earnings_forecast_change|profit_forecast_change|eps_forecast_change", -9, "%", GAS8, "FY2022",
      basis="摩通 cuts this year's earnings forecast (調低)"),
    m("earnings_forecast_change|profit_forecast_change|eps_forecast_change", -5, "%", GAS8, "FY2023",
      basis="摩通 cuts next year's earnings forecast (調低)"),
    m("net_profit_growth|net_profit_change|profit_growth", -16, "%", GAS8, "FY2021", basis="去年純利 按年跌"),
    m("operating_profit_growth|post_tax_operating_profit_growth|operating_profit_change", -6, "%", GAS8, "FY2021",
      basis="稅後經營利潤 僅跌"),
    m("years|period_length", None, "years", GAS8, None, rng=(10, None), opt=True,
      basis="派息為逾十年以來首次無增長 (bound)"),
    m("adjusted_net_profit|adjusted_profit|net_profit|adjusted_earnings", 1.74e7, "USD", SAM8, "FY2021",
      basis="去年扭虧, 經調整盈利"),
], [
    ra(CITI8, XM8, "cut_target", "buy", "buy", target=27, prior_target=32, cur="HKD"),
    ra(JPM8, GAS8, "downgrade", "underweight", "neutral", target=8.5, prior_target=10.5, cur="HKD"),
])


# zh09: the NT dollar's daily close with its intraday path and Asian currencies (鉅亨網 news.cnyes.com 〈台幣〉; Traditional,
# full-width punctuation, the spaces around figures ("31.516 元", "2.2 分", "23.005 億美元", "0.45%") and "今 (6) 日" kept
# as printed; the byline "鉅亨網記者陳于晴 台北 2026-01-06 20:13" kept; the page's date line " date 2026-01-06" and the photo
# caption "〈台幣〉驚險翻升收31.516元 台積電股利1/8入帳緊盯外資匯出潮。(圖：shutterstock)" (its figures twins) left out; no
# other headline, none composed; whole stored item otherwise).
# Key: NT dollar close 31.516 (TWD per USD), 升值 2.2 分 (+0.022 TWD); Taipei and Yuanta FX turnover 23.005 億美元; the
# central bank's table: 美元指數 -0.45%, 新加坡幣 +0.57%, 日元 +0.42%, 新台幣 +0.07%, 韓元 +0.06%.
# Optional: the second printing of 31.516 (收在); the open 31.525; the intraday strong point 31.438 and weak point 31.577;
# "一度逼近 31.6 元關卡" (intraday); the TAIEX "站穩 3 萬點之上" (an open bound).
# Judgement calls: period 2026-01-06 from the kept byline and 今 (6) 日; 升值 (a stronger NT dollar) is positive (news51
# zh12); "1/8" (the TSMC dividend date) gives no row; 人民幣 "小幅走揚" prints no figure and gets no row.
TWD9 = "新台幣|台幣|新台幣匯率|新台幣兌美元|NT dollar|New Taiwan dollar|TWD|USD/TWD"
FX9 = "exchange_rate|usd_twd|fx_rate"
FXC9 = "exchange_rate_change|fx_change|currency_change"
D9 = "2026-01-06"
G["zh09"] = ([
    m(FX9, 31.516, "TWD", TWD9, D9, basis="close, TWD per USD (作收)"),
    m(FX9, 31.516, "TWD", TWD9, D9, opt=True, basis="close restated (收在)"),
    m(FXC9, 0.022, "TWD", TWD9, D9, basis="升值 2.2 分 (NT dollar stronger)"),
    m("fx_turnover|turnover|trading_value", 2.3005e9, "USD",
      "台北及元太外匯市場|台北與元太外匯市場|Taipei and Yuanta FX markets|" + TWD9, D9, basis="總成交值 放大"),
    m("index_level|index_close", None, "points", "台股|加權指數|TAIEX|Taiwan Weighted Index", D9, rng=(30000, None),
      opt=True, basis="站穩 3 萬點之上 (bound), record high"),
    m(FX9, 31.6, "TWD", TWD9, D9, opt=True, basis="一度逼近 31.6 元關卡 (intraday)"),
    m("open|" + FX9, 31.525, "TWD", TWD9, D9, opt=True, basis="開盤價"),
    m("intraday_high|" + FX9, 31.438, "TWD", TWD9, D9, opt=True, basis="午盤前一度升抵 (intraday strong point)"),
    m("intraday_low|" + FX9, 31.577, "TWD", TWD9, D9, opt=True, basis="一度下探 (intraday weak point)"),
    m(FXC9, -0.45, "%", "美元指數|dollar index|US dollar index|DXY", D9, basis="重挫"),
    m(FXC9, 0.57, "%", "新加坡幣|新加坡元|Singapore dollar|SGD", D9, basis="升值, vs USD"),
    m(FXC9, 0.42, "%", "日元|日圓|yen|Japanese yen|JPY", D9, basis="升值, vs USD"),
    m(FXC9, 0.07, "%", TWD9, D9, basis="升值, vs USD (分別 first)"),
    m(FXC9, 0.06, "%", "韓元|won|Korean won|KRW", D9, basis="升值, vs USD (分別 second)"),
], [])


# zh10: international oil and gold futures closes with US inventory data (經濟日報 on udn.com, 綜合外電; Traditional,
# full-width punctuation, the stray space in "布蘭特原油11月期貨 " kept as printed; the two sub-headings kept, reworded (油價
# 大漲近3% -> 油價周三大漲近3%; 黃金從紀錄高價回跌 -> 金價自紀錄高價回落); the page's date line " date 2025-09-25" left out
# and not used; no headline in the stored text, none composed; the stored text breaks off inside the strategist's quote
# "Blue Line Futures首席市場策略師Phillip Streible表示：「黃金仍在消化" (no figure), so the passage ends before it).
# Key: Brent November futures settle at 69.31美元 per barrel (+1.68美元, +2.5%); WTI November futures 64.99美元 (+1.58美元,
# +2.5%); US crude inventories -60.7萬桶 last week against analysts' +23.5萬桶; spot gold 3,736.16美元 per ounce (-0.74%);
# December gold futures 3,768.1美元 (-1.2%); dollar index +0.6% (約).
# Optional: the lead's and sub-heading's "大漲近3%" (an approximate twin of the 2.5% moves); 七周高位 (weeks); the 100日均線
# at 大約64.68美元 (a technical level passed); gold's Tuesday record 3,791.62美元 (an earlier intraday peak).
# Judgement calls: no year in the kept text (周三（24日）, 周二, 8月1日, 9月2日) -> period None; per-barrel and per-ounce
# (每英兩) prices are USD with the unit in basis; the inventory change is a negative "barrels" row and the analysts'
# expected build a positive row with "forecast" in basis; the WTI 100-day line is given to WTI (the clause's subject);
# 8月1日 / 9月2日 (reference dates of the highs) give no rows.
BRENT10 = "布蘭特原油|布蘭特|Brent|Brent crude|Brent crude futures"
WTI10 = "西德州中級原油|美國西德州中級原油|WTI|WTI crude|West Texas Intermediate"
OIL10 = "國際油價|油價|oil|oil prices|crude oil|" + BRENT10 + "|" + WTI10
GOLD10 = "現貨黃金|黃金|金價|spot gold|gold"
GF10 = "美國黃金期貨|黃金期貨|US gold futures|gold futures|COMEX gold"
INV10 = "美國原油庫存|原油庫存|US crude inventories|US crude stocks|crude inventories"
PX10 = "price|settlement_price|futures_price|close"
PC10 = "price_change_pct|price_change|percent_change"
G["zh10"] = ([
    m(PC10, 3, "%", OIL10, None, opt=True, basis="lead: 周三 大漲近3% (approximate twin of the 2.5% moves)"),
    m(PC10, 3, "%", OIL10, None, opt=True, basis="sub-heading twin, 大漲近3%"),
    m("weeks|period_length", 7, "weeks", OIL10, None, opt=True, basis="升至七周高位"),
    m(PX10, 69.31, "USD", BRENT10, None, basis="November futures settlement, per barrel"),
    m("price_change", 1.68, "USD", BRENT10, None, basis="上漲, per barrel"),
    m(PC10, 2.5, "%", BRENT10, None, basis="漲幅"),
    m(PX10, 64.99, "USD", WTI10, None, basis="November futures settlement, per barrel"),
    m("price_change", 1.58, "USD", WTI10, None, basis="上漲, per barrel"),
    m(PC10, 2.5, "%", WTI10, None, basis="漲幅 (同為)"),
    m("moving_average|100_day_moving_average|technical_level", 64.68, "USD", WTI10, None, opt=True,
      basis="升穿位於大約64.68美元的100日均線 (level passed)"),
    m("inventory_change|crude_inventory_change|stocks_change", -607000, "barrels", INV10, None,
      basis="EIA, 上周 意外減少60.7萬桶"),
    m("inventory_change|crude_inventory_change|stocks_change", 235000, "barrels", INV10, None,
      basis="analysts' forecast (預估增加23.5萬桶)"),
    m(PX10, 3736.16, "USD", GOLD10, None, basis="24日收盤, per troy ounce (每英兩)"),
    m(PC10, -0.74, "%", GOLD10, None, basis="下跌"),
    m("record_high|intraday_high|price", 3791.62, "USD", GOLD10, None, opt=True,
      basis="周二 intraday record high, per ounce"),
    m(PX10, 3768.1, "USD", GF10, None, basis="December-delivery futures, 收低, per ounce"),
    m(PC10, -1.2, "%", GF10, None, basis="收低"),
    m("index_change_pct|exchange_rate_change|price_change", 0.6, "%", "美元指數|dollar index|US dollar index|DXY", None,
      basis="上升約0.6%"),
], [])


# zh11: Macau's monthly monetary and financial statistics (the Macau daily on sengpou.com, 【特訊】; Traditional, half-width
# commas and semicolons, the asterisks after 居民存款* etc., the curly quotes around the loan categories, the indented
# paragraphs and the slip "昨日(3)日" kept as printed; headline kept, reworded (去年十二月居民存款8,196億元 -> 去年十二月
# 居民存款錄8,196億元); the page furniture (greeting, date of the paper, 今日導讀 / 本報新聞, font buttons, 昔日新聞 / 今日推薦 /
# 友情鏈接 / contact lines) left out; whole stored item otherwise).
# Key: M2 8,411億澳門元 (+1.1% mom); 流通貨幣 +0.1%, 活期存款 +9.1%, M1 +6.3%, 準貨幣負債 +0.7%; M2 by currency 32.0 / 44.3 /
# 6.3 / 15.2%; resident deposits 8,196億澳門元 (+1.2%), non-resident 3,333億 (-4.6%), public sector 2,394億 (+2.8%), total
# deposits 13,923億; deposits by currency 19.4 / 44.7 / 7.8 / 26.3%; domestic private-sector loans 4,916億 (-0.8%);
# fourth-quarter loans by use (qoq) 批發及零售業 +11.6%, 製造業 +2.4%, 建築業 -4.0%, 飲食及酒店業 -2.2%; external loans 5,237億
# (+3.5%); total loans 10,153億 (+1.4%); loans by currency 21.8 / 42.5 / 14.0 / 18.0%; overall loan-to-deposit ratio 72.9%
# (from 71.9%), resident ratio 46.4% (from 47.5%); liquidity ratios 65.4% (one month) and 57.7% (three months); NPL ratio
# 4.9%.
# Optional: the headline's 8,196億元 (twin); the November-end ratios 71.9% and 47.5% as rows of their own.
# Judgement calls: period 2025-12 (printed 2025年12月) for the month's levels and changes, 2025Q4 for the loans by economic
# use (按季, 2025年第四季末), 2025-12-31 / 2025-11-30 for the month-end ratios; "總存款微跌" prints no % and gets no change
# row; currency shares are share rows on each currency with the aggregate (M2, 總存款, 總貸款) as alias; 錄得…跌幅 is a
# decline (negative); "回落至4.9%" prints no earlier level, so no prior; values in 澳門元 = MOP.
P11 = "2025-12"
M2_11 = "廣義貨幣供應量|M2|broad money|money supply|澳門|Macau"
RD11 = "居民存款|resident deposits|澳門|Macau"
TD11 = "銀行體系總存款|總存款|total deposits|澳門銀行體系|Macau banking system"
TL11 = "銀行體系總貸款|總貸款|total loans|澳門銀行體系|Macau banking system"
LDR11 = "澳門銀行|銀行|Macau banks|banking system|澳門|Macau"
MOP11, HKD11, RMB11, USD11 = ("澳門元|MOP|pataca", "港元|HKD|Hong Kong dollar", "人民幣|RMB|CNY|renminbi",
                              "美元|USD|US dollar")
SH11 = "currency_share|share"
G11 = "growth|change|mom_change"
G["zh11"] = ([
    m("m2|money_supply|broad_money", 8.411e11, "MOP", M2_11, P11, basis="M2, 回升"),
    m("m2_growth|money_supply_growth|broad_money_growth", 1.1, "%", M2_11, P11, basis="mom, 回升"),
    m("currency_in_circulation_growth|" + G11, 0.1, "%", "流通貨幣|currency in circulation", P11, basis="上升, mom"),
    m("demand_deposits_growth|" + G11, 9.1, "%", "活期存款|demand deposits", P11, basis="上升, mom"),
    m("m1_growth|narrow_money_growth|" + G11, 6.3, "%", "M1|狹義貨幣|narrow money", P11, basis="按月增加"),
    m("quasi_money_growth|" + G11, 0.7, "%", "準貨幣負債|quasi-monetary liabilities|quasi-money", P11,
      basis="上升, mom"),
    m(SH11, 32.0, "%", MOP11 + "|M2", P11, basis="share of M2"),
    m(SH11, 44.3, "%", HKD11 + "|M2", P11, basis="share of M2"),
    m(SH11, 6.3, "%", RMB11 + "|M2", P11, basis="share of M2"),
    m(SH11, 15.2, "%", USD11 + "|M2", P11, basis="share of M2"),
    m("resident_deposits|deposits", 8.196e11, "MOP", RD11, P11, basis="按月上升 to"),
    m("resident_deposits|deposits", 8.196e11, "MOP", RD11, P11, opt=True, basis="headline twin (億元)"),
    m("resident_deposits_growth|deposits_growth|" + G11, 1.2, "%", RD11, P11, basis="mom, 上升"),
    m("non_resident_deposits|deposits", 3.333e11, "MOP", "非居民存款|non-resident deposits", P11, basis="減少 to"),
    m("non_resident_deposits_growth|deposits_growth|" + G11, -4.6, "%", "非居民存款|non-resident deposits", P11,
      basis="減少"),
    m("public_sector_deposits|deposits", 2.394e11, "MOP", "公共部門存款|公共部門|public sector deposits|public sector",
      P11, basis="增加 to"),
    m("public_sector_deposits_growth|deposits_growth|" + G11, 2.8, "%", "公共部門存款|公共部門|public sector deposits",
      P11, basis="增加"),
    m("total_deposits|deposits", 1.3923e12, "MOP", TD11, P11, basis="微跌至 (no % printed)"),
    m(SH11, 19.4, "%", MOP11 + "|總存款", P11, basis="share of total deposits"),
    m(SH11, 44.7, "%", HKD11 + "|總存款", P11, basis="share of total deposits"),
    m(SH11, 7.8, "%", RMB11 + "|總存款", P11, basis="share of total deposits"),
    m(SH11, 26.3, "%", USD11 + "|總存款", P11, basis="share of total deposits"),
    m("domestic_private_loans|loans|private_sector_loans", 4.916e11, "MOP",
      "本地私人部門貸款|domestic private sector loans|居民貸款", P11, basis="按月減少 to"),
    m("domestic_private_loans_growth|loan_growth|" + G11, -0.8, "%",
      "本地私人部門貸款|domestic private sector loans|居民貸款", P11, basis="按月減少"),
    m("loan_growth|loans_growth|qoq_change", 11.6, "%", "批發及零售業|wholesale and retail", "2025Q4",
      basis="第四季末 bank loans by use, 按季上升"),
    m("loan_growth|loans_growth|qoq_change", 2.4, "%", "製造業|manufacturing", "2025Q4",
      basis="第四季末 bank loans by use, 按季上升"),
    m("loan_growth|loans_growth|qoq_change", -4.0, "%", "建築業|construction", "2025Q4",
      basis="第四季末 bank loans by use, 跌幅"),
    m("loan_growth|loans_growth|qoq_change", -2.2, "%", "飲食及酒店業|restaurants and hotels|food and hotels",
      "2025Q4", basis="第四季末 bank loans by use, 跌幅"),
    m("external_loans|loans", 5.237e11, "MOP", "對外部門貸款|external sector loans", P11, basis="按月上升 to"),
    m("external_loans_growth|loan_growth|" + G11, 3.5, "%", "對外部門貸款|external sector loans", P11,
      basis="按月上升"),
    m("total_loans|loans", 1.0153e12, "MOP", TL11, P11, basis="增加 to"),
    m("total_loans_growth|loan_growth|" + G11, 1.4, "%", TL11, P11, basis="增加"),
    m(SH11, 21.8, "%", MOP11 + "|總貸款", P11, basis="share of total loans"),
    m(SH11, 42.5, "%", HKD11 + "|總貸款", P11, basis="share of total loans"),
    m(SH11, 14.0, "%", RMB11 + "|總貸款", P11, basis="share of total loans"),
    m(SH11, 18.0, "%", USD11 + "|總貸款", P11, basis="share of total loans"),
    m("loan_to_deposit_ratio|ldr", 72.9, "%", "總體貸存比率|overall loan-to-deposit ratio|" + LDR11, "2025-12-31",
      prior=71.9, basis="由11月底的71.9%上升至"),
    m("loan_to_deposit_ratio|ldr", 71.9, "%", "總體貸存比率|overall loan-to-deposit ratio|" + LDR11, "2025-11-30",
      opt=True, basis="11月底 (prior level)"),
    m("loan_to_deposit_ratio|ldr|resident_loan_to_deposit_ratio", 46.4, "%",
      "本地居民貸存比率|resident loan-to-deposit ratio|" + LDR11, "2025-12-31", prior=47.5, basis="由47.5%下跌至"),
    m("loan_to_deposit_ratio|ldr|resident_loan_to_deposit_ratio", 47.5, "%",
      "本地居民貸存比率|resident loan-to-deposit ratio|" + LDR11, "2025-11-30", opt=True, basis="prior level"),
    m("liquidity_ratio|liquid_asset_ratio", 65.4, "%", LDR11, "2025-12-31", basis="one-month 流動資產對負債比率"),
    m("liquidity_ratio|liquid_asset_ratio", 57.7, "%", LDR11, "2025-12-31", basis="three-month 流動資產對負債比率"),
    m("npl_ratio|non_performing_loan_ratio", 4.9, "%", LDR11, "2025-12-31", basis="不良貸款比率 回落至"),
], [])


# zh12: a privatisation offer by scheme of arrangement with its premium and the dividend in lieu of the final (亞太商訊 press
# release on acnnewswire.com; Traditional, half-width commas, semicolons and brackets, 「」 around the defined terms, the
# dateline "香港, 2021年1月17日 - (亞太商訊) -" and the run-in section heads "建議事項條款" / "建議事項的理由及裨益" kept as
# printed; the sub-headline "註銷價每股8港元 溢價約128.6%" kept as the headline, reworded (每股註銷價8港元 溢價約128.6%), its
# trailing table bar "|" and the page's empty "|" lines left out; the stored text breaks off inside "距離達到" (no figure),
# so the passage ends with the sentence before it).
# Key: cancellation price 8.00港元 per share; premium 約128.57% over the last trading day's ex-dividend close 3.50港元
# (2021-01-12); second interim dividend 13港仙 per share in lieu of the 2020 final; 90-day average close 4.00港元; the
# 12-month high 7.52港元 on 2020-01-17.
# Optional: the headline's 8港元 and 約128.6% (twins); "為…4.00港元的兩倍" (2x, a restated ratio); 近5年 (years), 過去10年
# (years) and 過去的12個月 (months).
# Judgement calls: the offer's figures are on the company being privatised (the offeror as alias for the price and
# premium); the close is dated by the printed last trading day; the dividend declared on 2021年1月13日 replaces the final
# for the year ended 2020年12月31日 -> FY2020; 2021年1月17日 (dateline) and 2020年2月及3月 (blackout months) give no rows;
# the stock code 190 is not a figure.
HKC12 = "香港建設|香港建設(控股)有限公司|香港建設（控股）|Hong Kong Construction|Hong Kong Construction (Holdings)|190|00190"
OFF12 = HKC12 + "|華創創業投資|華創創業投資有限公司|要約人|offeror"
G["zh12"] = ([
    m("offer_price|cancellation_price|privatisation_price", 8.00, "HKD", OFF12, None,
      basis="註銷價, cash per scheme share"),
    m("offer_price|cancellation_price|privatisation_price", 8, "HKD", OFF12, None, opt=True,
      basis="headline twin (每股註銷價8港元)"),
    m("premium|offer_premium", 128.57, "%", OFF12, "2021-01-12",
      basis="約, over the last trading day's close ex second interim dividend"),
    m("premium|offer_premium", 128.6, "%", OFF12, "2021-01-12", opt=True, basis="headline twin (約128.6%)"),
    m("price|share_price|close", 3.50, "HKD", HKC12, "2021-01-12",
      basis="最後交易日 收市價, ex second interim dividend, per share"),
    m("dividend_per_share|second_interim_dividend|dividend|dps", 0.13, "HKD", HKC12, "FY2020",
      basis="第二次中期股息13港仙, in lieu of the final dividend for the year ended 2020-12-31"),
    m("average_price|average_close|price", 4.00, "HKD", HKC12, None, basis="90天平均收市股價"),
    m("multiple|ratio", 2, "x", OFF12, None, opt=True, basis="註銷價為90天平均收市股價的兩倍"),
    m("years|period_length", 5, "years", HKC12, None, opt=True, basis="超過公司近5年股價高位"),
    m("years|period_length", 10, "years", OFF12, None, opt=True, basis="過去10年間 (share purchases)"),
    m("months|period_length", 12, "months", HKC12, None, opt=True, basis="過去的12個月"),
    m("price|share_price|high", 7.52, "HKD", HKC12, "2020-01-17", basis="12-month high (最高位)"),
], [])
