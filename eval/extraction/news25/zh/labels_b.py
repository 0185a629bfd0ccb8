# Hand labels for news25/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed; 仙 = HKD
# cents (91仙 -> 0.91 HKD); 厘 = % (淨息差1.36厘 -> 1.36 %); 點子 = bp. Taiwan context: bare 元 / 億元 = TWD (zh11, zh12).
# Chinese numerals and scale words are resolved (兩成 -> 20, 近三成 -> 30, 270億5400萬元 -> 2.7054e10, 6,000萬股 -> 6e7,
# 3.93萬張 -> 39300, 二萬五 -> 25000); "增X倍" is X x 100 % (news13: 增8.4倍 -> 840 %). No year is taken from outside the text
# (page dates, URL dates and the writer's knowledge are never used): zh07 prints "2024年度中期"; zh09 prints the dateline
# "30/3/2023" with "去年" (-> FY2022, news24 batch a: a dateline printed in the passage dates the release); zh10 prints the
# dateline "20190110" and the forecast years 2019 / 2020; zh08, zh11 and zh12 print no year, so their periods are None
# (months in `basis`), except zh11's quarter, "Q3" with no year (as "H1" when the half is stated but the year is not).
# A figure printed twice (headline and body, body and body) is one row; rounded repeats are optional rows. Net selling
# (賣超) is a negative net buy (news17, news19, news23). Stock moves written 逾X are optional bounds (dev corpus).
# Entities carry Traditional and Simplified names, English names and stock codes as printed and padded.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Hang Lung Properties 2024 interim results (財華社 item on mitrade, Traditional; the stored page has no headline,
# none composed). "2024年度中期" -> "2024H1". 港元 printed throughout. Key: total revenue (約61.14億港元 -> 6.114e9, 約X ->
# X) and its growth, profit attributable (股東應佔純利) and its fall (同比減少 -> negative), EPS on that profit, the interim
# dividend, underlying profit (股東應佔基本純利) and its -22 %, underlying EPS (每股基本盈利, "跌至" gives no earlier figure ->
# no prior), property-sales revenue 12.28億港元 with "而2023年無" read as prior 0 (judgement call: a word stating nil in
# the comparison period, as "由上月持平" gives prior 0 in news24 batch a), leasing revenue and its -7 %, overall operating
# profit and its -10 %. Not labelled: (00101.HK) (code), "三大因素" (a count of causes), 2023 (a year).
HLP = "恒隆地產|恒隆|恒隆地产|Hang Lung Properties|Hang Lung|HLP|101|00101|00101.HK"
H7 = "2024H1"
G["zh07"] = ([
    m("revenue|total_revenue", 6.114e9, "HKD", HLP, H7, basis="總收入, 約"),
    m("revenue_growth", 16.75, "%", HLP, H7, basis="yoy (同比)"),
    m("net_profit|profit_attributable", 1.061e9, "HKD", HLP, H7, basis="股東應佔純利"),
    m("net_profit_growth|profit_attributable_growth|profit_growth", -55.68, "%", HLP, H7, basis="yoy, 減少"),
    m("eps", 0.23, "HKD", HLP, H7, basis="based on profit attributable"),
    m("interim_dividend|dividend_per_share|dividend", 0.12, "HKD", HLP, H7),
    m("underlying_profit|underlying_net_profit|core_profit", 1.735e9, "HKD", HLP, H7, basis="股東應佔基本純利"),
    m("underlying_profit_growth|underlying_net_profit_growth|core_profit_growth", -22, "%", HLP, H7, basis="下跌"),
    m("underlying_eps|eps", 0.38, "HKD", HLP, H7, basis="每股基本盈利 (based on underlying profit)"),
    m("property_sales_revenue|segment_revenue|revenue", 1.228e9, "HKD", "物業銷售|property sales|" + HLP, H7, prior=0,
      basis="recognised; prior = nil in 2023 (而2023年無)"),
    m("rental_revenue|property_leasing_revenue|segment_revenue|revenue", 4.886e9, "HKD",
      "物業租賃|property leasing|" + HLP, H7, basis="物業租賃收入"),
    m("rental_revenue_growth|property_leasing_revenue_growth|segment_revenue_growth|revenue_growth", -7, "%",
      "物業租賃|property leasing|" + HLP, H7, basis="下跌"),
    m("operating_profit", 3.43e9, "HKD", HLP, H7, basis="整體營業溢利"),
    m("operating_profit_growth", -10, "%", HLP, H7, basis="下降"),
], [])

# zh08: Hong Kong market close (Ming Pao / 明報 paper, Traditional; the page's date line is page chrome, left out; the
# stored excerpt breaks off mid-sentence, so the passage ends at the sentence before). No year: "昨日", "周四" -> period
# None. Key: the HSI close, its day change in points and % (the headline's 挫222點 repeats), HSCEI and HSTECH closes and
# % changes, the three indices' weekly changes (累升, basis week), turnover (大市成交金額) and its change against Thursday,
# southbound net inflow 62.71億元 (北水; the sub-heading's 63億 is a rounded repeat -> optional), its change "增8.4倍" (840 %),
# the cumulative net inflow over the 4-day streak, named stocks' closes and exact moves (阿里巴巴 -2.4 % and -2.9元, 科倫博泰
# +0.8 %, 地平線 +0.68 %), 中芯's 108億元 turnover (a named stock's exact figure), and the six tech stocks' drag on the HSI
# (-133 points; the sub-heading repeats). Optional: the intraday low 24,812 (printed twice) and the intraday fall of 269
# points, the 25,000 level lost at the open (headline 二萬五), the moves written 逾X (跌逾8%, 升逾1%, 跌逾1%) as bounds, and
# the six stocks' 60 % share of the fall (a derived share). Not labelled: stock codes, 4連升 / 連續第4日 (streaks),
# 10天 / 20天線 (moving-average names), MSCI's 14 / 17 / 9 constituent counts (counts of stocks), 3個行業 (a count).
HSI = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSCEI = "國指|國企指數|恒生中國企業指數|国指|Hang Seng China Enterprises Index|HSCEI"
HSTECH = "科指|恒生科技指數|科技指數|Hang Seng TECH Index|HSTECH"
HKM8 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|HKEX"
SB8 = "北水|南向資金|南下資金|southbound|Southbound Connect|Stock Connect southbound"
SMIC = "中芯國際|中芯|中芯国际|SMIC|981|0981|00981"
WHR = "九龍倉置業|九倉置業|九龙仓置业|Wharf REIC|Wharf Real Estate Investment|1997|01997"
NCM = "網易雲音樂|网易云音乐|NetEase Cloud Music|9899|09899"
LPG = "老鋪黃金|老铺黄金|Laopu Gold|6181|06181"
BABA = "阿里巴巴|阿里|Alibaba|Alibaba Group|9988|09988"
TECH6 = "ATMXJ|6隻科技股|六隻科技股|six tech stocks|tech heavyweights"
HLP8 = "恒隆地產|恒隆|恒隆地产|Hang Lung Properties|101|0101|00101"
HYS = "希慎興業|希慎|希慎兴业|Hysan|Hysan Development|14|0014|00014"
KLB = "科倫博泰生物|科倫博泰|科伦博泰|Sichuan Kelun-Biotech|Kelun-Biotech|6990|06990"
HOR = "地平線機器人|地平線|地平线机器人|Horizon Robotics|9660|09660"
NB = "net_buy|net_inflow|fund_flow"
G["zh08"] = ([
    m("index_level|index_close", 24858, "points", HSI, None, basis="close (收報)"),
    m("index_change", -222, "points", HSI, None, basis="day; headline 挫222點 repeats"),
    m("index_change", -0.89, "%", HSI, None, basis="day"),
    m("index_level", 24812, "points", HSI, None, opt=True, basis="intraday low (低見), printed twice"),
    m("index_change", -269, "points", HSI, None, opt=True, basis="intraday, 曾跌最多"),
    m("index_level", 25000, "points", HSI, None, opt=True, basis="level lost at the open (失守25,000點; headline 再失二萬五關)"),
    m("index_level|index_close", 8895, "points", HSCEI, None, basis="close"),
    m("index_change", -0.96, "%", HSCEI, None, basis="day"),
    m("index_level|index_close", 5460, "points", HSTECH, None, basis="close"),
    m("index_change", -1.56, "%", HSTECH, None, basis="day"),
    m("index_change|weekly_change", 1.43, "%", HSI, None, basis="week (全周累升)"),
    m("index_change|weekly_change", 1.03, "%", HSCEI, None, basis="week"),
    m("index_change|weekly_change", 1.17, "%", HSTECH, None, basis="week"),
    m("turnover|market_turnover", 2.067e11, "HKD", HKM8, None, basis="大市成交金額"),
    m("turnover_change|market_turnover_change", -15.88, "%", HKM8, None, basis="vs Thursday (較周四減少)"),
    m(NB, 6.271e9, "HKD", SB8, None, basis="southbound net inflow (北水淨流入)"),
    m(NB, 6.3e9, "HKD", SB8, None, opt=True, basis="sub-heading, rounded (回升至63億)"),
    m("net_inflow_change|net_buy_change", 840, "%", SB8, None, basis="vs Thursday, 增加8.4倍"),
    m("cumulative_net_inflow|net_buy|net_inflow", 3.9843e10, "HKD", SB8, None, basis="cumulative over 4 straight days"),
    m("price|close", 48.66, "HKD", SMIC, None, basis="close"),
    m("price_change", None, "%", SMIC, None, rng=(None, -8), opt=True, basis="跌逾8%"),
    m("stock_turnover|turnover", 1.08e10, "HKD", SMIC, None, basis="超大額成交"),
    m("price|close", 23.62, "HKD", WHR, None, basis="close"),
    m("price_change", None, "%", WHR, None, rng=(None, -8), opt=True, basis="跌逾8%"),
    m("price|close", 266.8, "HKD", NCM, None, basis="close"),
    m("price_change", None, "%", NCM, None, rng=(1, None), opt=True, basis="逆市升逾1%"),
    m("price|close", 802.5, "HKD", LPG, None, basis="close"),
    m("price_change", None, "%", LPG, None, rng=(1, None), opt=True, basis="逆市升逾1%"),
    m("price_change", -2.4, "%", BABA, None),
    m("price_change", -2.9, "HKD", BABA, None),
    m("price|close", 116.3, "HKD", BABA, None),
    m("index_points_contribution|index_point_impact", -133, "points", TECH6, None,
      basis="dragged the HSI down 133 points (推低); sub-heading repeats"),
    m("share_of_decline|contribution_share", 60, "%", TECH6, None, opt=True, basis="share of the HSI's fall (佔跌市比重)"),
    m("price|close", 8.07, "HKD", HLP8, None, basis="close"),
    m("price_change", None, "%", HLP8, None, rng=(None, -1), opt=True, basis="跌逾1%"),
    m("price|close", 15.69, "HKD", HYS, None, basis="close"),
    m("price_change", None, "%", HYS, None, rng=(None, -1), opt=True, basis="跌逾1%"),
    m("price_change", 0.8, "%", KLB, None, basis="逆市升"),
    m("price|close", 403, "HKD", KLB, None),
    m("price_change", 0.68, "%", HOR, None, basis="逆市升"),
    m("price|close", 5.1, "HKD", HOR, None),
], [])

# zh09: BOC Hong Kong full-year results (Metro Radio / 新城, Traditional, with its half-width ", " and "." punctuation kept;
# page chrome — date widget, weather, navigation — left out). The printed dateline "30/3/2023 16:56" with "去年" ->
# "FY2022" (news24 batch a). 元 / 仙 = HKD. Key: profit (純利270億5400萬元 -> 2.7054e10; headline 270.54億元 and 17.8%
# repeat), its growth (百分之17.8), final dividend (91仙 -> 0.91 HKD), full-year dividend 1.357元 and its growth (兩成 ->
# 20 %), net operating income before impairment and growth, operating profit and its "按年百分之20.7" (no direction word is
# printed; labelled +20.7 as printed, judgement call), net interest income and growth, NIM 1.36厘 (-> 1.36 %, the figure
# including FX-swap funding income/cost) and its 27點子 (-> +27 bp, no earlier level printed -> change row, no prior),
# net fee and commission income and its -19.9 %, impaired-loan ratio 0.53 % and its +0.26 pp, impairment charges
# 25億4500萬元 and "近三成" (-> 30 %), loan-impairment allowance ratio 0.7 % and its +0.08 pp. Ratios take the year "FY2022"
# (the text does not say "at year end"). Not labelled: (02388) (code), 16:56 (time).
BOC = "中銀香港|中銀|中银香港|BOC Hong Kong|BOCHK|BOC Hong Kong (Holdings)|2388|02388"
Y9 = "FY2022"
G["zh09"] = ([
    m("net_profit|profit_attributable", 2.7054e10, "HKD", BOC, Y9, basis="純利; headline 270.54億元 repeats"),
    m("net_profit_growth|profit_growth", 17.8, "%", BOC, Y9, basis="yoy; headline 多賺17.8% repeats"),
    m("final_dividend|dividend_per_share|dividend", 0.91, "HKD", BOC, Y9, basis="91仙; headline repeats"),
    m("total_dividend|annual_dividend|dividend_per_share", 1.357, "HKD", BOC, Y9, basis="full year"),
    m("total_dividend_growth|dividend_growth", 20, "%", BOC, Y9, basis="yoy, 兩成"),
    m("net_operating_income|operating_income", 5.6932e10, "HKD", BOC, Y9, basis="before impairment allowances"),
    m("net_operating_income_growth|operating_income_growth", 16, "%", BOC, Y9),
    m("operating_profit", 3.6743e10, "HKD", BOC, Y9),
    m("operating_profit_growth", 20.7, "%", BOC, Y9, basis="按年百分之20.7 (no direction word printed)"),
    m("net_interest_income|nii", 3.88e10, "HKD", BOC, Y9),
    m("net_interest_income_growth|nii_growth", 21.5, "%", BOC, Y9),
    m("net_interest_margin|nim", 1.36, "%", BOC, Y9, basis="incl. FX swap funding income/cost, 1.36厘"),
    m("net_interest_margin_change|nim_change", 27, "bp", BOC, Y9, basis="yoy, 27點子"),
    m("net_fee_income|net_fee_and_commission_income|fee_income", 9.5e9, "HKD", BOC, Y9),
    m("net_fee_income_growth|net_fee_and_commission_income_growth|fee_income_growth", -19.9, "%", BOC, Y9, basis="下跌"),
    m("impaired_loan_ratio|npl_ratio", 0.53, "%", BOC, Y9, basis="特定分類或減值貸款比率"),
    m("impaired_loan_ratio_change|npl_ratio_change", 0.26, "pp", BOC, Y9),
    m("impairment_charges|loan_impairment_charges|impairment_loss", 2.545e9, "HKD", BOC, Y9,
      basis="貸款及其他減值撥備"),
    m("impairment_charges_growth|impairment_growth|impairment_loss_growth", 30, "%", BOC, Y9, basis="yoy, 近三成"),
    m("loan_impairment_allowance_ratio|allowance_ratio", 0.7, "%", BOC, Y9, basis="貸款減值準備比率"),
    m("loan_impairment_allowance_ratio_change|allowance_ratio_change", 0.08, "pp", BOC, Y9, basis="yoy"),
], [])

# zh10: several brokers cut Xiaomi after a slide (on.cc / 東網, Traditional; the video-widget lines "東網電視 / 更多新聞短片"
# are page chrome, left out; the dateline "20190110" is kept). 元 = HKD (Hong Kong-listed). Forecast years are printed
# (2019年 / 2020年 / 2020財年) -> "FY2019" / "FY2020"; the day's trading figures take period None. Rating actions: 中金
# cuts the target to 13.5 (by 20.5 %), rating 「買入」 kept -> cut_target, buy, prior target not printed; 高盛 cuts 24 ->
# 15.8, 「買入」 kept -> cut_target, buy; 摩根大通 cuts to 10.5 (the street low; the lead's "目標價最淡看10.5港元" is the same
# figure -> one row) and lowers the rating to 「中性」 with no earlier rating printed -> downgrade, neutral, prior None.
# Key metrics: every target (prior 24 on Goldman's), 中金's target cut -20.5 %, its non-GAAP EPS-forecast cuts (-13 % /
# -25 %) and shipment-forecast cuts (-11 % / -17 %) for 2019 / 2020 (下調 -> negative), JPMorgan's 16x 2020 P/E behind its
# target, the block trades' price 8.8元, discount 近15% (-> 15 %, a discount is a positive magnitude, as placing
# discounts in earlier sets) and value 約10.6億元. Optional: the intraday low 9.44元 (曾跌至, a record low since listing),
# the headline's 跌穿10元 (bound), the trades' 6,000萬股 each (minor share count). Not labelled: (01810) (code), 20190110
# (a date), 兩宗 (a count of trades), 12個月 (the target horizon).
XM = "小米集團|小米|小米集团|Xiaomi|Xiaomi Corporation|Xiaomi Group|1810|01810"
CICC = "中金公司|中金|CICC|China International Capital Corporation"
GS10 = "高盛|Goldman Sachs"
JPM10 = "摩根大通|摩通|小摩|JPMorgan|J.P. Morgan|JP Morgan"
G["zh10"] = ([
    m("price|intraday_low", 9.44, "HKD", XM, None, opt=True, basis="Thursday morning low (曾跌至), record low since listing"),
    m("price", None, "HKD", XM, None, rng=(None, 10), opt=True, basis="headline, 跌穿10元"),
    m("block_trade_shares|trade_size", 6e7, "shares", XM, None, opt=True, basis="each of two off-exchange trades"),
    m("block_trade_price|trade_price", 8.8, "HKD", XM, None, basis="two 非自動對盤 trades before the open"),
    m("block_trade_discount|discount", 15, "%", XM, None, basis="vs Wednesday close, 折讓近15%"),
    m("block_trade_value|trade_value", 1.06e9, "HKD", XM, None, basis="combined, 約10.6億元"),
    m("eps_forecast_change|earnings_forecast_change", -13, "%", XM, "FY2019", basis="CICC, non-GAAP EPS forecast cut"),
    m("eps_forecast_change|earnings_forecast_change", -25, "%", XM, "FY2020", basis="CICC, non-GAAP EPS forecast cut"),
    m("shipment_forecast_change|shipments_forecast_change", -11, "%", XM, "FY2019", basis="CICC, shipment forecast cut"),
    m("shipment_forecast_change|shipments_forecast_change", -17, "%", XM, "FY2020", basis="CICC, shipment forecast cut"),
    m("target_price_change", -20.5, "%", XM, None, basis="CICC, 下調20.5%"),
    m("target_price", 13.5, "HKD", XM, None, basis="CICC"),
    m("target_price", 15.8, "HKD", XM, None, prior=24, basis="Goldman Sachs, 12-month"),
    m("target_price", 10.5, "HKD", XM, None, basis="JPMorgan, street low; lead's 最淡看10.5港元 repeats"),
    m("pe_ratio|target_pe", 16, "x", XM, "FY2020", basis="JPMorgan target implies forecast P/E"),
], [
    ra(CICC, XM, "cut_target", "buy", None, 13.5, None, "HKD"),
    ra(GS10, XM, "cut_target", "buy", None, 15.8, 24, "HKD"),
    ra(JPM10, XM, "downgrade", "neutral", None, 10.5, None, "HKD"),
])

# zh11: Vanguard International Semiconductor's July revenue and third-quarter guidance (TVBS copy of a CNA / 中央社 story,
# Traditional, Taiwan usage; the stored page has no headline, none composed). No year is printed -> July figures period
# None with the month in `basis`, 前7月 None (basis Jan-Jul), 第3季 -> "Q3" (quarter stated, year not). 新台幣 / 億元 = TWD.
# Key: July revenue (printed twice, one row), 月增 / 年增, Jan-Jul cumulative revenue and 年增, the Q3 guidance ranges (ASP
# 揚升11%至13%, revenue 115億至119億元, gross margin 44%至46%, operating margin 32.5%至34.5%; ranges with value None), the
# guided qoq revenue growth 15 % and the gross margin's +4.1 pp against Q2 (no Q2 level printed -> a change row). Optional:
# the midpoints 117億元 and 45% (the writer's arithmetic on the ranges). Not labelled: (中央社).
VIS = "世界先進|世界先进|世界先進積體電路|Vanguard International Semiconductor|VIS|Vanguard|5347"
G["zh11"] = ([
    m("revenue|monthly_revenue", 3.677e9, "TWD", VIS, None, basis="July (7月), single-month record; printed twice"),
    m("revenue_growth|monthly_revenue_growth", 2.85, "%", VIS, None, basis="July, mom (月增)"),
    m("revenue_growth|monthly_revenue_growth", 35.71, "%", VIS, None, basis="July, yoy (年增)"),
    m("cumulative_revenue|revenue", 2.3013e10, "TWD", VIS, None, basis="Jan-Jul cumulative (累計前7月)"),
    m("cumulative_revenue_growth|revenue_growth", 22.54, "%", VIS, None, basis="Jan-Jul, yoy"),
    m("asp_change|average_selling_price_change", None, "%", VIS, "Q3", rng=(11, 13), basis="guidance, product ASP 揚升"),
    m("revenue_forecast|revenue_guidance|revenue", None, "TWD", VIS, "Q3", rng=(1.15e10, 1.19e10), basis="guidance"),
    m("revenue_forecast|revenue_guidance|revenue", 1.17e10, "TWD", VIS, "Q3", opt=True, basis="midpoint (中間值)"),
    m("revenue_growth_forecast|revenue_growth", 15, "%", VIS, "Q3", basis="guidance at midpoint, qoq (季增)"),
    m("gross_margin_forecast|gross_margin_guidance|gross_margin", None, "%", VIS, "Q3", rng=(44, 46), basis="guidance"),
    m("gross_margin_forecast|gross_margin_guidance|gross_margin", 45, "%", VIS, "Q3", opt=True, basis="midpoint"),
    m("gross_margin_change", 4.1, "pp", VIS, "Q3", basis="midpoint vs Q2 (拉升)"),
    m("operating_margin_forecast|operating_margin_guidance|operating_margin", None, "%", VIS, "Q3", rng=(32.5, 34.5),
      basis="guidance, 營業利益率"),
], [])

# zh12: Taiwan stock-market close on MSCI rebalancing day (udn / 經濟日報, Traditional, Taiwan usage; the page's news-ticker
# lines, photo caption, tag line and the sentence cut off in the stored excerpt are left out). No year: "昨（24）日" ->
# period None. 億元 = TWD; 張 = lots; 口 = futures contracts. Key: the TAIEX's close 26,504 and +69 points (printed three
# times, one row each), turnover 7,491.6億元 (the headline's and last paragraph's 7,491億 are a rounded repeat ->
# optional), the 2,855億元 traded in the final auction (最後一盤), TSMC's close and its -10元, the four institutional flows
# (三大法人 -291.2億元, 外資 -299.5億元 printed twice, 投信 -6.8億元, 自營商 +15.1億元), the foreign and trust cumulative net
# selling over the two-day streaks (-1,215.5億元, -17.1億元), the foreign futures net short position 31,186口 and its
# -2,022口 (no earlier level printed -> change row, no prior). Optional: the intraday gain of 329 points, TSMC's intraday
# +20元 to 1,405元 and the 3.93萬張 sell orders in the last auction. Not labelled: 12月 (the Fed month), (24) (date),
# 5日線 (moving-average name), 連二賣 (streak), 第二大量 (a rank), (2330) (code).
TAIEX = "加權指數|台股|集中市場|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
TSMC = "台積電|台积电|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
FI12 = "外資|外資及陸資|外资|foreign investors|foreign institutional investors"
IT12 = "投信|investment trusts|domestic investment trusts"
DL12 = "自營商|自营商|dealers|proprietary traders"
III12 = "三大法人|institutional investors|three major institutional investors"
G["zh12"] = ([
    m("index_level|index_close", 26504, "points", TAIEX, None, basis="close (收), printed twice"),
    m("index_change", 69, "points", TAIEX, None, basis="day, 小漲; printed three times"),
    m("index_change", 329, "points", TAIEX, None, opt=True, basis="intraday, 盤中一度大漲"),
    m("turnover|trading_value", 7.4916e11, "TWD", TAIEX, None, basis="成交量/成交金額, printed twice; 2nd-largest ever"),
    m("turnover|trading_value", 7.491e11, "TWD", TAIEX, None, opt=True, basis="rounded repeat (headline, last paragraph)"),
    m("closing_auction_turnover|final_trade_turnover|turnover", 2.855e11, "TWD", TAIEX, None, basis="最後一盤"),
    m("price|close", 1375, "TWD", TSMC, None, basis="close"),
    m("price_change", -10, "TWD", TSMC, None, basis="day, 跌"),
    m("price_change", 20, "TWD", TSMC, None, opt=True, basis="intraday high move"),
    m("price|intraday_high", 1405, "TWD", TSMC, None, opt=True, basis="intraday high"),
    m("sell_orders|order_volume", 39300, "lots", TSMC, None, opt=True, basis="3.93萬張 sell orders in the last auction"),
    m(NB, -2.912e10, "TWD", III12, None, basis="賣超, combined"),
    m(NB, -2.995e10, "TWD", FI12, None, basis="賣超, printed twice"),
    m("cumulative_net_buy|net_buy|net_inflow", -1.2155e11, "TWD", FI12, None, basis="累計賣超 over the two-day streak"),
    m("futures_net_short_position|net_short_position|open_interest", 31186, "contracts", FI12, None,
      basis="foreign investors' index-futures net short (期貨淨空單)"),
    m("futures_net_short_position_change|net_short_position_change", -2022, "contracts", FI12, None, basis="減少"),
    m(NB, -6.8e8, "TWD", IT12, None, basis="賣超"),
    m("cumulative_net_buy|net_buy|net_inflow", -1.71e9, "TWD", IT12, None, basis="累計賣超 over the two-day streak"),
    m(NB, 1.51e9, "TWD", DL12, None, basis="買超 (賣轉買)"),
], [])
