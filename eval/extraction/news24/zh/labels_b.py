# Hand labels for news24/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed;
# "億元人民幣(單位下同)" makes the following 元 amounts CNY and 分 a CNY cent (zh07: 198.70分 -> 1.987 CNY); 港仙 -> HKD cents
# (36港仙 -> 0.36 HKD). Taiwan context: bare 元 / 億元 = TWD (zh11). Chinese-numeral figures are resolved (三成 -> 30, 千元
# -> 1000, 半碼 -> 12.5 bp, 1碼 -> 25 bp, 3.5碼 -> 87.5 bp). "增X倍" is X x 100 % (news13). No year is taken from outside
# the text (page dates, URL dates and the writer's knowledge are never used); a year is used only where the passage prints
# it or clearly implies it (zh07, zh09, zh11, zh12); zh08 and zh10 print none, so their periods are None. Company years are
# "FY2019" / "FY2025" (news11/news12); macro forecast years are "2023" / "2024" (news20 zh12). A figure printed twice (headline
# and body, bullet and body, body and table) is one row. Earlier levels printed beside a new one ("由上年同期的52.6%升至55.0%",
# "(2018年:143.27億元)", "由上季的1.5%", "相較…的預估值3.12%") are the prior of the new value and also optional rows of their own
# (news23 zh09). Entities carry Traditional and Simplified names, English names and stock codes as printed and padded.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Anta Sports 2019 annual results (格隆匯 digest on uSMART HK, Traditional). "截至2019年12月31日止年度" -> "FY2019";
# "上年同期" / "2018年" -> "FY2018"; "2019年底" / "2018年底" store counts -> "2019-12-31" / "2018-12-31". "339.28億元人民幣
# (單位下同)" -> every later 元 amount is CNY; 每股基本盈利198.70分 -> 1.987 CNY; dividends in 港仙 -> HKD. Headline repeats
# profit, its growth and the final dividend (one row each). Key: revenue, gross profit, operating profit, profit attributable
# (股東應占溢利) and their growth; gross and operating margins with their year-earlier levels as priors; EPS; final, interim
# and full-year dividends (the interim 31港仙 is quoted only to give the year's total, but it is a figure of the year: key);
# the two segments' revenue share, revenue (prior = 2018 figure in brackets) and growth; the net margin (股東應占溢利率
# 15.8%) and its 1.2-pp fall (no earlier level printed, so the change is its own row); the changes in inventory,
# receivable and payable turnover days (unit days); the three store networks' counts with their end-2018 priors.
# Optional: the year-earlier margins, segment revenues and store counts as rows of their own; the operating margin's
# "上升1.9個百分點" (restates 23.7% -> 25.6%). Not labelled: (i)/(ii)/(iii), 02020 (code), 3月24日 (date).
ANTA = "安踏體育|安踏|安踏体育|Anta|Anta Sports|Anta Sports Products|2020|02020"
ASEG = "安踏分部|安踏品牌|Anta segment|Anta brand|" + ANTA
FSEG = "FILA分部|FILA|FILA segment|" + ANTA
ASTORE = "安踏店|安踏|Anta stores|" + ANTA
FSTORE = "FILA店|FILA|FILA stores|" + ANTA
DSTORE = "DESCENTE店|DESCENTE|Descente|Descente stores|" + ANTA
Y7, P7 = "FY2019", "FY2018"
E7, PE7 = "2019-12-31", "2018-12-31"
G["zh07"] = ([
    m("revenue", 3.3928e10, "CNY", ANTA, Y7, basis="收益"),
    m("revenue_growth", 40.8, "%", ANTA, Y7, basis="yoy (同比)"),
    m("gross_profit", 1.8659e10, "CNY", ANTA, Y7),
    m("gross_profit_growth", 47.1, "%", ANTA, Y7, basis="yoy"),
    m("gross_margin", 55.0, "%", ANTA, Y7, prior=52.6, basis="prior = 上年同期"),
    m("gross_margin", 52.6, "%", ANTA, P7, opt=True, basis="year earlier"),
    m("operating_profit", 8.695e9, "CNY", ANTA, Y7, basis="經營溢利"),
    m("operating_profit_growth", 52.5, "%", ANTA, Y7, basis="yoy"),
    m("operating_margin", 25.6, "%", ANTA, Y7, prior=23.7, basis="經營溢利率; prior = 上年同期"),
    m("operating_margin", 23.7, "%", ANTA, P7, opt=True, basis="year earlier"),
    m("operating_margin_change", 1.9, "pp", ANTA, Y7, opt=True, basis="restates 23.7% -> 25.6%"),
    m("net_profit|profit_attributable", 5.344e9, "CNY", ANTA, Y7, basis="股東應占溢利; headline 純利 repeats"),
    m("net_profit_growth|profit_attributable_growth|profit_growth", 30.3, "%", ANTA, Y7,
      basis="yoy; headline repeats"),
    m("eps|basic_eps", 1.987, "CNY", ANTA, Y7, basis="basic, 198.70分"),
    m("final_dividend|dividend_per_share|dividend", 0.36, "HKD", ANTA, Y7, basis="proposed, 36港仙; headline repeats"),
    m("interim_dividend|dividend_per_share|dividend", 0.31, "HKD", ANTA, Y7, basis="31港仙"),
    m("total_dividend|annual_dividend|dividend_per_share", 0.67, "HKD", ANTA, Y7, basis="full year, 67港仙"),
    m("revenue_share|segment_revenue_share", 51.4, "%", ASEG, Y7, basis="share of group revenue"),
    m("segment_revenue|revenue", 1.745e10, "CNY", ASEG, Y7, prior=1.4327e10, basis="prior = 2018"),
    m("segment_revenue_growth|revenue_growth", 21.8, "%", ASEG, Y7, basis="vs 2018"),
    m("segment_revenue|revenue", 1.4327e10, "CNY", ASEG, P7, opt=True, basis="(2018年:143.27億元)"),
    m("revenue_share|segment_revenue_share", 43.5, "%", FSEG, Y7, basis="share of group revenue"),
    m("segment_revenue|revenue", 1.477e10, "CNY", FSEG, Y7, prior=8.492e9, basis="prior = 2018"),
    m("segment_revenue_growth|revenue_growth", 73.9, "%", FSEG, Y7, basis="vs 2018"),
    m("segment_revenue|revenue", 8.492e9, "CNY", FSEG, P7, opt=True, basis="(2018年:84.92億元)"),
    m("net_margin|net_profit_margin|attributable_profit_margin", 15.8, "%", ANTA, Y7, basis="股東應占溢利率"),
    m("net_margin_change|net_profit_margin_change", -1.2, "pp", ANTA, Y7, basis="下降1.2個百分點"),
    m("inventory_turnover_days_change|inventory_days_change", 6, "days", ANTA, Y7, basis="average, 上升6日"),
    m("receivable_turnover_days_change|receivable_days_change", -1, "days", ANTA, Y7, basis="average trade receivables, 下降1日"),
    m("payable_turnover_days_change|payable_days_change", 5, "days", ANTA, Y7, basis="average trade payables, 上升5日"),
    m("store_count|stores", 10516, "stores", ASTORE, E7, prior=10057, basis="China, incl. 安踏兒童 stand-alone stores"),
    m("store_count|stores", 10057, "stores", ASTORE, PE7, opt=True, basis="2018年底"),
    m("store_count|stores", 1951, "stores", FSTORE, E7, prior=1652,
      basis="mainland China, Hong Kong, Macau and Singapore, incl. FILAKIDS and FILAFUSION"),
    m("store_count|stores", 1652, "stores", FSTORE, PE7, opt=True, basis="2018年底"),
    m("store_count|stores", 136, "stores", DSTORE, E7, prior=117, basis="mainland China"),
    m("store_count|stores", 117, "stores", DSTORE, PE7, opt=True, basis="2018年底"),
], [])

# zh08: two Hong Kong IPOs' first day, both below the offer price (新傳媒 / Economic Digest instant news, edigest.hk,
# Traditional). No year is printed ("今日(5日)", "今年首11個月") -> period None throughout. The passage keeps the page's
# summary table ("核心資料表"); its figures repeat the body (one row each) except 天域半導體's oversubscription 約59.6倍,
# printed only in the table (key). Key: each stock's listing (offer) price, its opening price and the opening move against
# the listing price (the story's first-day trading figures), and the public-offer oversubscription (近425倍 -> 425 x,
# 近X -> X); HKEX's IPO funds raised in the first 11 months (2,594億元) and its growth (按年大增2.28倍 -> 228 %, news13).
# Optional: lot sizes and paper losses per lot (allotment statistics, news4-news15), "每手賬面蝕逾千元" as a bound, the
# rounded restatements "低開近三成" (-30 %), the sub-heading's "曾插34%" and the headline's "插逾三成" (bound), and 天域's
# later intraday move "其後跌幅…收窄至約26%" (intraday, the close is not printed). Not labelled: 5日 (a date), 00388 /
# 02408 / 02658 (codes), 第4大 (a rank).
YJ = "遇見小麵|遇见小面|Yujian Xiaomian|Yu Jian Xiao Mian|2408|02408"
TY = "天域半導體|天域半导体|Tianyu Semiconductor|TYSiC|2658|02658"
HKEX8 = "港交所|香港交易所|HKEX|港股IPO市場|港股|Hong Kong IPO market"
G["zh08"] = ([
    m("ipo_price|offer_price|listing_price", 7.04, "HKD", YJ, None, basis="上市價; table repeats"),
    m("price|opening_price", 5, "HKD", YJ, None, basis="first-day open (開報); table 5.00元"),
    m("price_change|price_change_vs_ipo|first_day_change", -28.98, "%", YJ, None,
      basis="open vs listing price (低開); table repeats"),
    m("price_change|price_change_vs_ipo|first_day_change", -30, "%", YJ, None, opt=True, basis="rounded, 低開近三成"),
    m("oversubscription|subscription_multiple", 425, "x", YJ, None,
      basis="Hong Kong public offer, 近425倍; headline-style sub-heading and table (約425倍) repeat"),
    m("lot_size", 500, "shares", YJ, None, opt=True),
    m("paper_gain_per_lot|paper_loss_per_lot", -1020, "HKD", YJ, None, opt=True,
      basis="paper loss per lot before fees; headline 一手蝕1020元, table $1,020"),
    m("paper_gain_per_lot|paper_loss_per_lot", None, "HKD", YJ, None, rng=(None, -1000), opt=True, basis="蝕逾千元"),
    m("ipo_price|offer_price|listing_price", 58, "HKD", TY, None, basis="上市價; table 58.00元"),
    m("price|opening_price", 38, "HKD", TY, None, basis="first-day open; table 38.00元"),
    m("price_change|price_change_vs_ipo|first_day_change", -34.48, "%", TY, None, basis="open vs listing price; table repeats"),
    m("price_change|price_change_vs_ipo|first_day_change", -34, "%", TY, None, opt=True, basis="sub-heading, 曾插34%"),
    m("price_change|price_change_vs_ipo|first_day_change", None, "%", TY, None, rng=(None, -30), opt=True,
      basis="headline, 插逾三成"),
    m("price_change|price_change_vs_ipo|first_day_change", -26, "%", TY, None, opt=True,
      basis="later intraday, fall narrowed to 約26%"),
    m("lot_size", 50, "shares", TY, None, opt=True),
    m("paper_gain_per_lot|paper_loss_per_lot", -1000, "HKD", TY, None, opt=True, basis="paper loss per lot; table $1,000"),
    m("oversubscription|subscription_multiple", 59.6, "x", TY, None, basis="Hong Kong public offer, 約59.6倍 (table only)"),
    m("ipo_proceeds|ipo_funds_raised|funds_raised", 2.594e11, "HKD", HKEX8, None,
      basis="IPO funds raised, first 11 months of this year (今年首11個月)"),
    m("ipo_proceeds_growth|ipo_funds_raised_growth|funds_raised_growth", 228, "%", HKEX8, None,
      basis="yoy, 按年大增2.28倍"),
], [])

# zh09: Hong Kong first-quarter 2023 GDP and economic report (香港中通社 / Hong Kong China News Agency, Traditional; the
# page's photo credit is left out). The dateline and "《2023年第一季經濟報告》" date the passage -> 首季 / 第一季 = "2023Q1";
# 上一季 / 上季 = "2022Q4"; 季末 = "2023-03-31"; the full-year forecasts -> "2023". Key: real GDP growth yoy 2.7% with the
# previous quarter's -4.1% as prior (news20 batch b / news19: the previous period's growth given with the current one is its
# prior; the -4.1% is also an optional row), GDP qoq 5.3%, goods exports -18.7% (急挫 -> negative), services exports
# +16.5%, private consumption +13%, investment +5.8%, the unemployment rate 3.1% and its qoq -0.4 pp, underemployment 1.2%
# (prior 1.5%), the Hang Seng Index's quarter-end 20400 and its +3.1% against end-2022, the 2023 GDP-growth forecast range
# 3.5%-5.5% and the underlying / headline inflation forecasts 2.5% / 2.9%. The forecasts are "維持" (kept) at figures
# printed once: a forecast kept unchanged has itself as prior (as a rate held does, news15/news20) -> prior / prng equal
# to the value (judgement call). Optional: travel-services exports "躍升至超過6倍" (a bound, in x, rng=(6, None)); the
# previous quarter's -4.1% and 1.5% as rows of their own. Not labelled: 21:15, 5月12日 / 12日 (dates), qualitative moves
# without figures (運輸服務輸出回復溫和上升, 金融服務輸出下跌).
HK9 = "香港|Hong Kong|香港經濟|Hong Kong economy|HK"
HSI9 = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
Q9, PQ9 = "2023Q1", "2022Q4"
G["zh09"] = ([
    m("gdp_growth|real_gdp_growth", 2.7, "%", HK9, Q9, prior=-4.1, basis="real, yoy; prior = previous quarter's contraction"),
    m("gdp_growth|real_gdp_growth", -4.1, "%", HK9, PQ9, opt=True, basis="previous quarter, 收縮"),
    m("gdp_growth_qoq|gdp_growth|real_gdp_growth", 5.3, "%", HK9, Q9, basis="qoq (按季)"),
    m("export_growth|goods_exports_growth|exports_growth", -18.7, "%", HK9, Q9, basis="total exports of goods, real, yoy"),
    m("services_exports_growth|exports_of_services_growth", 16.5, "%", HK9, Q9, basis="exports of services"),
    m("travel_services_exports_growth|services_exports_growth", None, "x", HK9, Q9, rng=(6, None), opt=True,
      basis="exports of travel services rose to more than 6 times (躍升至超過6倍)"),
    m("private_consumption_growth|private_consumption_expenditure_growth", 13, "%", HK9, Q9, basis="real, yoy"),
    m("investment_growth|investment_expenditure_growth|gross_fixed_capital_formation_growth", 5.8, "%", HK9, Q9,
      basis="overall investment expenditure, 回升"),
    m("unemployment_rate", 3.1, "%", HK9, Q9),
    m("unemployment_rate_change", -0.4, "pp", HK9, Q9, basis="qoq, 按季跌0.4個百分點"),
    m("underemployment_rate", 1.2, "%", HK9, Q9, prior=1.5, basis="prior = previous quarter"),
    m("underemployment_rate", 1.5, "%", HK9, PQ9, opt=True, basis="previous quarter"),
    m("index_level", 20400, "points", HSI9, "2023-03-31", basis="quarter-end close (季末收報)"),
    m("index_change", 3.1, "%", HSI9, Q9, basis="vs end-2022"),
    m("gdp_growth_forecast|gdp_growth", None, "%", HK9, "2023", rng=(3.5, 5.5), prng=(3.5, 5.5),
      basis="government forecast, real, maintained at the Budget's range"),
    m("underlying_inflation_forecast|underlying_cpi_forecast|inflation_forecast", 2.5, "%", HK9, "2023", prior=2.5,
      basis="underlying consumer price inflation, maintained"),
    m("inflation_forecast|headline_inflation_forecast|cpi_forecast", 2.9, "%", HK9, "2023", prior=2.9,
      basis="headline consumer price inflation, maintained"),
], [])

# zh10: brokers downgrading Li Ning and cutting sportswear targets (The Sun / 太陽報, on.cc, Traditional). No year is printed
# ("上月", "今明兩年", "明年初") -> period None; the earnings-forecast cuts carry "this year" / "next year" in basis. 元 = HKD
# (Hong Kong-listed stocks). Ratings normalised: 「沽售」 = sell, 「中性」 = neutral, 「減持」 = underweight, 「與大市同步」 =
# equal-weight (news3 / news23 zh10). Rating actions: Morgan Stanley downgrades Li Ning to sell (target 7.2, no prior rating
# or target printed); JPMorgan downgrades neutral -> underweight, target 15.6 -> 8; UBS downgrades to sell, target 9.6;
# targets cut with no rating word (news12): 中國動向 by JPMorgan (1.8) and Daiwa (1.69), 安踏體育 by JPMorgan (12) ->
# cut_target with rating None. Morgan Stanley's downgrade of the China sportswear industry to 「與大市同步」 is a sector
# call, not a company rating -> optional rating action. Metrics: every target (key; the prior 15.6 on JPMorgan's row) and
# JPMorgan's two earnings-forecast cuts (-49 % this year, -27 % next year; 下調 -> negative). Not labelled: codes 02331 /
# 03818 / 02020.
LN = "李寧|李宁|Li Ning|Li Ning Company|2331|02331"
DX = "中國動向|中国动向|China Dongxiang|3818|03818"
AT = "安踏體育|安踏|安踏体育|Anta|Anta Sports|2020|02020"
MS10 = "摩根士丹利|大摩|Morgan Stanley"
JPM10 = "摩根大通|摩通|JPMorgan|J.P. Morgan|JP Morgan"
UBS10 = "瑞銀|瑞银|UBS"
DW10 = "大和|Daiwa"
G["zh10"] = ([
    m("target_price", 7.2, "HKD", LN, None, basis="Morgan Stanley, with downgrade to sell"),
    m("earnings_forecast_change|eps_forecast_change|profit_forecast_change", -49, "%", LN, None,
      basis="JPMorgan, this year's (今年) earnings forecast cut"),
    m("earnings_forecast_change|eps_forecast_change|profit_forecast_change", -27, "%", LN, None,
      basis="JPMorgan, next year's (明年) earnings forecast cut"),
    m("target_price", 8, "HKD", LN, None, prior=15.6, basis="JPMorgan"),
    m("target_price", 9.6, "HKD", LN, None, basis="UBS, with downgrade to sell"),
    m("target_price", 1.8, "HKD", DX, None, basis="JPMorgan, cut after profit warning"),
    m("target_price", 1.69, "HKD", DX, None, basis="Daiwa, cut after profit warning"),
    m("target_price", 12, "HKD", AT, None, basis="JPMorgan, cut"),
], [
    ra(MS10, "中國運動行業|中國體育用品行業|China sportswear industry|China sporting goods sector", "downgrade",
       "equal-weight", opt=True),
    ra(MS10, LN, "downgrade", "sell", None, 7.2, None, "HKD"),
    ra(JPM10, LN, "downgrade", "underweight", "neutral", 8, 15.6, "HKD"),
    ra(UBS10, LN, "downgrade", "sell", None, 9.6, None, "HKD"),
    ra(JPM10, DX, "cut_target", None, None, 1.8, None, "HKD"),
    ra(DW10, DX, "cut_target", None, None, 1.69, None, "HKD"),
    ra(JPM10, AT, "cut_target", None, None, 12, None, "HKD"),
])

# zh11: Taiwan financial holding companies' 2025 full-year self-reported profits (udn / 經濟日報, Traditional, Taiwan
# usage; the table caption "七家金控最新獲利" is page chrome, left out; the stored excerpt breaks off mid-sentence, so the
# passage ends at the sentence before). "2025年全年獲利" with "去年賺…" dates the passage: 去年 / 全年 = "FY2025", 去年12月 /
# 12月 = "2025-12", 台股12月日均量 = "2025-12". 億元 = TWD. 稅後純益 = net_profit; 每股稅後純益 (EPS) in TWD; 年增 / 月減 ->
# signed growth with basis yoy / mom. Figures printed twice (元大金's 365.2億元 and EPS 2.74元, 永豐金's 年增19.2%, 華南金's
# 年增14%) are one row. Key: each company's full-year net profit, growth and EPS as printed; 元大金's and 永豐金's December
# net profit (and 永豐金's 月減); 元大證券's December and full-year profit with mom / yoy changes; 元大銀行's full-year
# profit and growth; the market's December average daily turnover (6,181億元, an exact market figure, key). Optional:
# "六家金控皆賺超過200億元" and 元大銀行 "登上百億元大關" (bounds). Not labelled: (2885) (code), 昨（8）日 (date), 七家 / 六家 /
# 連三年 (counts), 2025年10月 (a start date), ranks (第一, 居次, 第三).
YU = "元大金|元大金控|元大金融控股|Yuanta|Yuanta Financial|Yuanta Financial Holding|2885"
MEGA = "兆豐金|兆豐金控|兆丰金|Mega|Mega Financial|Mega Financial Holding|2886"
ESUN = "玉山金|玉山金控|E.Sun|E.Sun Financial|E.SUN FHC|2884"
SP = "永豐金|永豐金控|永丰金|SinoPac|SinoPac Holdings|SinoPac Financial|2890"
HN = "華南金|華南金控|华南金|Hua Nan|Hua Nan Financial|2880"
FF = "第一金|第一金控|First Financial|First Financial Holding|2892"
YSEC = "元大證券|元大证券|Yuanta Securities"
YBK = "元大銀行|元大银行|Yuanta Bank|Yuanta Commercial Bank"
TWS = "台股|台灣股市|集中市場|Taiwan stocks|Taiwan stock market|TWSE"
Y11, M11 = "FY2025", "2025-12"
NP = "net_profit|profit_after_tax|net_income"
NPG = "net_profit_growth|profit_growth|net_income_growth"
G["zh11"] = ([
    m(NP, None, "TWD", "六家金控|six financial holding companies", Y11, rng=(2e10, None), opt=True,
      basis="each of six FHCs earned 超過200億元"),
    m(NP, 3.652e10, "TWD", YU, Y11, basis="full year, record; printed twice"),
    m("eps", 2.74, "TWD", YU, Y11, basis="每股稅後純益; printed twice"),
    m("eps", 2.37, "TWD", MEGA, Y11),
    m("eps", 2.12, "TWD", ESUN, Y11),
    m(NPG, 31.5, "%", ESUN, Y11, basis="yoy (年增), full year"),
    m(NP, 3.18e9, "TWD", YU, M11, basis="December, single month"),
    m("average_daily_turnover|turnover|trading_value", 6.181e11, "TWD", TWS, M11, basis="December daily average (日均量)"),
    m(NP, 2.75e9, "TWD", YSEC, M11, basis="December"),
    m(NPG, -5.4, "%", YSEC, M11, basis="mom (月減)"),
    m(NPG, 82, "%", YSEC, M11, basis="yoy (年增)"),
    m(NP, 2.442e10, "TWD", YSEC, Y11, basis="full year, cumulative"),
    m(NPG, 15.4, "%", YSEC, Y11, basis="yoy"),
    m(NP, None, "TWD", YBK, Y11, rng=(1e10, None), opt=True, basis="登上百億元大關"),
    m(NP, 1.066e10, "TWD", YBK, Y11, basis="full year"),
    m(NPG, 6.5, "%", YBK, Y11, basis="yoy"),
    m(NP, 1.56e9, "TWD", SP, M11, basis="December"),
    m(NPG, -21.4, "%", SP, M11, basis="mom (月減)"),
    m(NP, 2.65e10, "TWD", SP, Y11, basis="full year, cumulative, record"),
    m(NPG, 19.2, "%", SP, Y11, basis="yoy; printed twice"),
    m("eps", 1.97, "TWD", SP, Y11),
    m(NP, 2.642e10, "TWD", HN, Y11, basis="full year"),
    m(NPG, 14, "%", HN, Y11, basis="yoy; printed twice"),
    m("eps", 1.9, "TWD", HN, Y11),
    m(NP, 2.693e10, "TWD", FF, Y11, basis="full year"),
    m(NPG, 6, "%", FF, Y11, basis="yoy"),
    m("eps", 1.87, "TWD", FF, Y11),
], [])

# zh12: Taiwan central bank's surprise half-notch hike at its 2024 first-quarter meeting (FinTechGo 財經日記 copy of an
# 經濟日報 story, Traditional, Taiwan usage; the page has no headline -> the first line is composed and prints no figure;
# the page's three summary bullets are kept; they repeat the body -> one row each). Years are printed: the meeting =
# "2024Q1" (news20 zh12: "第4季理監事會" -> "2025Q4"); forecast years "2024", actuals "2023". 半碼 = 12.5 bp, 1碼 = 25 bp,
# 3.5碼 (0.875%) = 87.5 bp. Key: the hike (+12.5 bp), the three rates after it (重貼現率 2%, 擔保放款融通利率 2.375%,
# 短期融通利率 4.25%; no pre-hike level printed -> no prior), the cumulative 87.5 bp since 2022, the 2024 GDP-growth
# forecast 3.22% (prior = the 2023-12-14 forecast 3.12%), the 2023 growth 1.31%, the three contributions to 2024 growth
# (內需 2.71, 外貿 0.51, 民間消費 1.31; printed with "%", labelled "%" as printed), the 2024 CPI and core-CPI forecasts
# 2.16% / 2.03% (priors 1.89% / 1.83%) and the revised 2023 CPI / core CPI 2.49% / 2.58%. Optional: the count of hikes
# (6次), the five earlier hikes by date (a recap of past decisions, not this release's news; the last listed,
# 2024年3月21日, is today's hike -> the key row), the three-quarter pause (streak), the earlier forecasts as rows of their
# own, and the arithmetic differences the writer prints with "%" (調升0.1%, 漲幅擴大1.91%, 上修0.27%, 縮減0.33%, 上修0.2%,
# 縮減0.55%; pp written as %, labelled "%" as printed, signs from 上修/擴大 (+) and 縮減 (-)). Not labelled: meeting and
# announcement dates, 3大 (a count of rates), 3月22日 (effective date).
CBC = "中央銀行|央行|台灣央行|Central Bank of the Republic of China (Taiwan)|CBC"
TW12 = "台灣|Taiwan"
Q12 = "2024Q1"
GDPF = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
CPIF = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi"
CORF = "core_cpi_forecast|core_cpi_inflation_forecast|core_cpi"
RC = "rate_change|policy_rate_change"


def hike12(date, bp):
    return m(RC, bp, "bp", CBC, date, opt=True, basis="earlier hike (recap)")


G["zh12"] = ([
    m(RC, 12.5, "bp", CBC, Q12, basis="升息半碼 (0.125%), unexpected; bullets and body repeat"),
    m("policy_rate|discount_rate|rediscount_rate", 2, "%", CBC, Q12, basis="重貼現率, after the hike"),
    m("secured_loan_rate|accommodation_rate_secured|policy_rate", 2.375, "%", CBC, Q12, basis="擔保放款融通利率"),
    m("short_term_accommodation_rate|unsecured_loan_rate|policy_rate", 4.25, "%", CBC, Q12, basis="短期融通利率"),
    m("cumulative_rate_change|rate_change", 87.5, "bp", CBC, None,
      basis="cumulative since 2022-03-17, 3.5碼 (0.875%)"),
    m("rate_hikes|hike_count", 6, "hikes", CBC, None, opt=True, basis="升息6次 since 2022"),
    hike12("2022-03-17", 25),
    hike12("2022-06-24", 12.5),
    hike12("2022-09-22", 12.5),
    hike12("2022-12-15", 12.5),
    hike12("2023-03-23", 12.5),
    m("consecutive_holds|streak", 3, "meetings", CBC, "2023", opt=True, basis="連續3季理監事會議沒有調整"),
    m(GDPF, 3.22, "%", TW12, "2024", prior=3.12, basis="CBC forecast, raised; prior = 2023-12-14 forecast"),
    m(GDPF, 3.12, "%", TW12, "2024", opt=True, basis="previous CBC forecast (2023-12-14)"),
    m("gdp_growth_forecast_change|forecast_revision", 0.1, "%", TW12, "2024", opt=True, basis="調升0.1% (pp printed as %)"),
    m("gdp_growth", 1.31, "%", TW12, "2023", basis="2023 economic growth rate"),
    m("gdp_growth_change", 1.91, "%", TW12, "2024", opt=True, basis="forecast vs 2023, 漲幅擴大1.91% (pp printed as %)"),
    m("domestic_demand_contribution|gdp_contribution", 2.71, "%", "內需|domestic demand|" + TW12, "2024",
      basis="contribution to 2024 GDP growth forecast"),
    m("external_demand_contribution|net_exports_contribution|gdp_contribution", 0.51, "%", "外貿|external trade|" + TW12,
      "2024", basis="contribution to 2024 GDP growth forecast"),
    m("private_consumption_contribution|gdp_contribution", 1.31, "%", "民間消費|private consumption|" + TW12, "2024",
      basis="contribution within domestic demand"),
    m(CPIF, 2.16, "%", TW12, "2024", prior=1.89, basis="CBC forecast, CPI yoy, raised; prior = 2023-12-14 forecast"),
    m(CPIF, 1.89, "%", TW12, "2024", opt=True, basis="previous CBC forecast (2023-12-14)"),
    m("cpi_forecast_change|forecast_revision", 0.27, "%", TW12, "2024", opt=True, basis="上修0.27% (pp printed as %)"),
    m("cpi|cpi_inflation", 2.49, "%", TW12, "2023", basis="2023 CPI yoy, revised (上修後)"),
    m("cpi_change", -0.33, "%", TW12, "2024", opt=True, basis="forecast vs 2023, 縮減0.33% (pp printed as %)"),
    m(CORF, 2.03, "%", TW12, "2024", prior=1.83, basis="CBC forecast, core CPI yoy; prior = 2023-12-14 forecast"),
    m(CORF, 1.83, "%", TW12, "2024", opt=True, basis="previous CBC forecast (2023-12-14)"),
    m("core_cpi_forecast_change|forecast_revision", 0.2, "%", TW12, "2024", opt=True, basis="上修0.2% (pp printed as %)"),
    m("core_cpi|core_cpi_inflation", 2.58, "%", TW12, "2023", basis="2023 core CPI yoy, revised"),
    m("core_cpi_change", -0.55, "%", TW12, "2024", opt=True, basis="forecast vs 2023, 縮減0.55% (pp printed as %)"),
], [])
