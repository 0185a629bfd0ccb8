# Hand labels for news20/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed (a
# "（人民幣，下同）" carries CNY forward); Hong Kong government statistics in bare 元 = HKD; Taiwan context: bare 元 /
# 億元 = TWD (news17, news19). 仙 = cents; 碼 = 25 bp. No year is taken from outside the text (page metadata dates are not
# part of the passages); a month or half printed without a year has period None (month in basis) or "H1"/"H2".
# Labels were written from the texts alone (no extractor run, no extractor code read).


# zh07: Geely Automobile interim results (Ming Pao, Traditional, 2025 page; no year in the text) -> 上半年 = "H1",
# 今年下半年 = "H2", the full-year sales target has period None. "（人民幣，下同）" makes every following bare 元 CNY (revenue,
# net profit, EPS 0.9218元, per-vehicle revenue); the share price and stock turnover are printed in 港元 (HKD). Key: revenue
# and growth, net profit and its fall (headline repeats -> one row), EPS, the close / move / turnover of the stock, export
# volume and growth (sub-heading repeats), the fuel-vehicle and NEV export split (增長1.5倍 -> +150 %), Eastern Europe's
# share of exports (約五成 -> 50 %) and its 跌四成至五成 (range -50..-40 %, period H1 from 期內), revenue per vehicle
# (9.6萬元) and its yoy cut (1.4萬元; "減少1.4萬至9.6萬元" is a change and a level, not a range), gross margin and its pp
# change, the sales target raised 271萬 -> 300萬 vehicles (prior). Optional: the H2 export target (增長30%以上, bound), the
# "拖低整體出口約兩成" drag (a contribution, unit ambiguous), other markets' 逾四成 (bound) and the Zeekr cash-settlement cap
# (不超過30%, bound). No interim dividend is paid (no figure). The stock code 0175 is not a metric.
GEELY = "吉利汽車|吉利|Geely|Geely Automobile|0175|00175"
ICE = "燃油車|吉利燃油車|fuel vehicles|ICE vehicles"
NEV = "新能源車|吉利新能源車|new energy vehicles|NEV"
EEU = "東歐市場|東歐|Eastern Europe"
EXV = "export_volume|export_sales|export_sales_volume"
EXG = "export_volume_growth|export_sales_growth|export_growth"
G["zh07"] = ([
    m("revenue", 1.50285e11, "CNY", GEELY, "H1", basis="收益"),
    m("revenue_growth", 27, "%", GEELY, "H1", basis="yoy"),
    m("net_profit", 9.29e9, "CNY", GEELY, "H1"),
    m("net_profit_growth", -14, "%", GEELY, "H1", basis="yoy"),
    m("eps", 0.9218, "CNY", GEELY, "H1"),
    m(EXG, None, "%", GEELY, "H2", rng=(30, None), opt=True, basis="target, H2 exports vs H1, 30%以上"),
    m("price", 18.95, "HKD", GEELY, None, basis="close, 昨日"),
    m("price_change", -2, "%", GEELY, None),
    m("turnover", 1.933e9, "HKD", GEELY, None, basis="stock turnover"),
    m(EXV, 184100, "vehicles", GEELY, "H1"),
    m(EXG, -8, "%", GEELY, "H1", basis="yoy"),
    m(EXV, 144000, "vehicles", ICE, "H1", basis="Geely exports"),
    m(EXG, -21, "%", ICE, "H1", basis="Geely exports, yoy"),
    m(EXV, 40000, "vehicles", NEV, "H1", basis="Geely exports"),
    m(EXG, 150, "%", NEV, "H1", basis="Geely exports, yoy, 增長1.5倍"),
    m("export_share|share_of_exports", 50, "%", EEU, "H1", basis="share of Geely exports, 約五成"),
    m("sales_volume_growth|sales_growth", None, "%", EEU, "H1", rng=(-50, -40), basis="yoy, 跌四成至五成"),
    m("export_growth_contribution|export_drag", -20, "%", EEU, "H1", opt=True, basis="拖低整體出口約兩成"),
    m("sales_volume_growth|sales_growth", None, "%", "東歐以外其他市場|other markets", "H1", rng=(40, None), opt=True,
      basis="逾四成"),
    m("revenue_per_vehicle|asp|average_selling_price", 96000, "CNY", GEELY, "H1", basis="單車平均銷售收入"),
    m("revenue_per_vehicle_change|asp_change|average_selling_price_change", -14000, "CNY", GEELY, "H1", basis="yoy"),
    m("gross_margin", 16.4, "%", GEELY, "H1"),
    m("gross_margin_change", -0.3, "pp", GEELY, "H1", basis="yoy"),
    m("sales_volume_target|sales_target", 3e6, "vehicles", GEELY, None, prior=2.71e6, basis="full-year target, raised"),
    m("cash_settlement_ratio", None, "%", "極氪|Zeekr", None, rng=(None, 30), opt=True,
      basis="privatisation, cash settlement 不超過30%"),
], [])

# zh08: Citi on Tencent (格隆匯 via Investing.com Hong Kong, Traditional). Dated "1月30日" and "踏入2023年" -> the note is
# written early in 2023: 去年第四季 = 2022Q4, 今年首季 = 2023Q1, 明年 = FY2024 (clearly implied by the text). Amounts in 億元人民幣
# -> CNY; the target in 港元 -> HKD. Key: the 2022Q4 revenue forecast (降至, no old value printed -> no prior) and its -1.9%
# yoy, the non-GAAP profit forecast 297億 and +19.3%, the 21% margin, the 2023Q1 revenue forecast 1,440億 (調整為, no prior),
# the non-IFRS profit forecast 316億 and +23.6%, the target 392.26 -> 496 (prior) and the 26x forward P/E. Rating 買入
# unchanged, target raised -> raise_target (development corpus). "一至兩年" is a time span; the dateline is not labelled.
TC = "騰訊控股|騰訊|Tencent|0700.HK|00700"
CITI = "花旗|Citi|Citigroup"
REVF = "revenue_forecast|revenue|revenue_estimate"
NPF = "net_profit_forecast|net_profit|net_profit_estimate"
NPG = "net_profit_growth_forecast|net_profit_growth"
G["zh08"] = ([
    m(REVF, 1.415e11, "CNY", TC, "2022Q4", basis="Citi forecast, cut (降至)"),
    m("revenue_growth_forecast|revenue_growth", -1.9, "%", TC, "2022Q4", basis="Citi forecast, yoy"),
    m(NPF, 2.97e10, "CNY", TC, "2022Q4", basis="Citi forecast, non-GAAP"),
    m(NPG, 19.3, "%", TC, "2022Q4", basis="Citi forecast, non-GAAP, yoy"),
    m("net_margin_forecast|net_margin|profit_margin", 21, "%", TC, "2022Q4", basis="Citi forecast, 利潤率"),
    m(REVF, 1.44e11, "CNY", TC, "2023Q1", basis="Citi forecast, adjusted (調整為)"),
    m(NPF, 3.16e10, "CNY", TC, "2023Q1", basis="Citi forecast, non-IFRS"),
    m(NPG, 23.6, "%", TC, "2023Q1", basis="Citi forecast, non-IFRS, yoy"),
    m("target_price", 496, "HKD", TC, prior=392.26, basis="Citi"),
    m("pe_ratio|forward_pe", 26, "x", TC, "FY2024", basis="Citi valuation, forecast P/E (明年)"),
], [
    ra(CITI, TC, "raise_target", "buy", None, 496, 392.26, "HKD"),
])

# zh09: Hong Kong merchandise trade for April (HK01, Traditional). No year is printed ("今日﹙29日﹚", "今年4月份") ->
# period None with the month in basis (news16/news20a). Government statistics in bare 元 = HKD. The March growth given with
# April's ("此前3月份已錄得1.5%的按年跌幅") is April's prior (news19 zh09). The visible trade deficit is labelled as a
# positive trade_deficit (as printed: 逆差366億元), not as a negative balance; its ratio to imports is optional. Destinations
# and supply sources own their growth rates (news16: parts of a release own their figures): export_growth for 輸往 X,
# import_growth for 來自 X. Commodity groups own their export change (減375億元 -> -3.75e10 HKD) and growth. The sub-heading
# "出口美國挫近兩成" is an approximate repeat of -19.9% -> optional -20. Headline figures (-13%, -11.9%) repeat the body ->
# one row each. The day "29日" is not labelled.
HK = "香港|本港|Hong Kong"
A = "4月"
EXP = "export_growth|exports_growth"
IMP = "import_growth|imports_growth"


def dest(ent, v):
    return m(EXP, v, "%", ent, None, basis="HK exports to, yoy, " + A)


def src(ent, v):
    return m(IMP, v, "%", ent, None, basis="HK imports from, yoy, " + A)


US = "美國|United States|US"
SG = "新加坡|Singapore"
VN = "越南|Vietnam"
CNM = "中國內地|內地|Mainland China"
ELEC = "電動機械、儀器和用具及零件|electrical machinery, apparatus and appliances, and electrical parts"
TELE = "通訊、錄音及音響設備和儀器|telecommunications and sound recording and reproducing apparatus and equipment"
OFFI = "辦公室機器和自動資料處理儀器|office machines and automatic data processing machines"
POWR = "動力產生機械及儀器|power generating machinery and equipment"
G["zh09"] = ([
    m("exports|export_value", 3.383e11, "HKD", HK, None, basis="商品整體出口貨值, " + A),
    m(EXP, -13, "%", HK, None, prior=-1.5, basis="yoy, " + A + "; prior = 3月"),
    m("imports|import_value", 3.749e11, "HKD", HK, None, basis="商品進口貨值, " + A),
    m(IMP, -11.9, "%", HK, None, prior=-0.6, basis="yoy, " + A + "; prior = 3月"),
    m("trade_deficit|visible_trade_deficit", 3.66e10, "HKD", HK, None, basis="有形貿易逆差, " + A),
    m("trade_deficit_ratio|trade_deficit_to_imports", 9.8, "%", HK, None, opt=True, basis="deficit as % of imports"),
    dest("亞洲|Asia", -13.3),
    dest("馬來西亞|Malaysia", -26.4), dest(SG, -21.1), dest("印度|India", -19.7), dest(VN, -19.6),
    dest("台灣|Taiwan", -18.2), dest("菲律賓|Philippines", -13.7), dest(CNM, -12.9), dest("泰國|Thailand", 3.6),
    dest(US, -19.9), dest("德國|Germany", -15.9), dest("英國|United Kingdom|UK", -2.5),
    m(EXP, -20, "%", US, None, opt=True, basis="sub-heading, 挫近兩成"),
    src(SG, -35.5), src("韓國|South Korea|Korea", -33.8), src(US, -28.4), src("日本|Japan", -18.5), src(VN, -17.9),
    src(CNM, -3.6),
    m("export_change|export_value_change", -3.75e10, "HKD", ELEC, None, basis="yoy, " + A),
    m(EXP, -19.3, "%", ELEC, None, basis="yoy, " + A),
    m("export_change|export_value_change", -1.09e10, "HKD", TELE, None, basis="yoy, " + A),
    m(EXP, -21.5, "%", TELE, None, basis="yoy, " + A),
    m("export_change|export_value_change", -4.4e9, "HKD", OFFI, None, basis="yoy, " + A),
    m(EXP, -11.5, "%", OFFI, None, basis="yoy, " + A),
    m("export_change|export_value_change", 4e9, "HKD", POWR, None, basis="yoy, " + A),
    m(EXP, 75.1, "%", POWR, None, basis="yoy, " + A),
], [])

# zh10: Hong Kong close (am730, Traditional). No year printed ("明日(14日)", "美國11月CPI") -> period None (news17,
# news19). Image captions of the page are left out. Key: HSI close, change in points and %, HSCEI and HSTECH close and
# moves, main-board turnover with the previous day's 1,587.5億元 as prior ("比上日的…少21.8%") and the -21.8%, southbound
# (北水 / 滬深港股通) net inflow (HKD, development corpus zh25) and its -73.9% change, and every named stock move or close
# stated exactly (codes in brackets are part of the names). Optional: the open (低開5點, 19,458), the intraday low, the
# intraday swing (最多倒升244點) and high, the lead's "縮減逾兩成" bound, the headline's rounded "減74%", the streak (連續第3日),
# the two group ranges "介乎3.2%至4.4%" / "介乎7.6%至9.3%" (one row per group, development corpus zh39) and the
# sub-heading's "瀉近6%" (approximate repeat of -5.8%). "52周高" is a time span, not a figure.
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企股指數|國企指數|國指|恒生中國企業指數|HSCEI"
HST = "恒生科技指數|科指|HSTECH"
MKT = "大市|港股|主板|Main Board"
SB = "北水|滬深港股通|南向資金|Southbound"


def mv(ent, pct, close=None):
    out = [m("price_change", pct, "%", ent, None, basis="close")]
    if close is not None:
        out.append(m("price", close, "HKD", ent, None, basis="close, 52-week high"))
    return out


G["zh10"] = ([
    m("index_change", -5, "points", HSI, None, opt=True, basis="open, 低開"),
    m("index_level", 19458, "points", HSI, None, opt=True, basis="open"),
    m("index_level", 19382, "points", HSI, None, opt=True, basis="intraday low"),
    m("index_change", 244, "points", HSI, None, opt=True, basis="intraday, 最多倒升"),
    m("index_level", 19707, "points", HSI, None, opt=True, basis="intraday high"),
    m("index_change", 132, "points", HSI, None, basis="close"),
    m("index_change", 0.7, "%", HSI, None, basis="close"),
    m("index_level", 19596, "points", HSI, None, basis="close"),
    m("index_level", 6654, "points", HSCEI, None, basis="close"),
    m("index_change", 26, "points", HSCEI, None),
    m("index_change", 0.4, "%", HSCEI, None),
    m("index_change", 30, "points", HST, None),
    m("index_change", 0.7, "%", HST, None),
    m("index_level", 4223, "points", HST, None, basis="close"),
    m("turnover", 1.2409e11, "HKD", MKT, None, prior=1.5875e11, basis="大市成交額, 約; prior = previous day"),
    m("turnover_change|turnover_growth", -21.8, "%", MKT, None, basis="vs previous day"),
    m("turnover_change|turnover_growth", None, "%", MKT, None, rng=(None, -20), opt=True, basis="lead, 縮減逾兩成"),
    m("southbound_net_inflow|net_inflow", 1.662e9, "HKD", SB, None),
    m("southbound_net_inflow_change|net_inflow_change", -73.9, "%", SB, None, basis="vs previous day"),
    m("southbound_net_inflow_change|net_inflow_change", -74, "%", SB, None, opt=True, basis="headline, rounded"),
    m("consecutive_days|streak", 3, "days", SB, None, opt=True, basis="連續第3日淨流入"),
]
    + mv("九龍倉置業|九倉|Wharf Real Estate Investment|Wharf REIC|1997|01997", 7.1, 45.35)
    + mv("新鴻基地產|新地|Sun Hung Kai Properties|SHKP|016|00016", 5.4, 106.3)
    + mv("太古|Swire Pacific|019|00019", 5.3, 67.4)
    + [m("price_change", None, "%", "恒基地產|領展|新世界發展|Henderson Land|Link REIT|New World Development", None,
         rng=(3.2, 4.4), opt=True, basis="group range, 介乎")]
    + mv("周大福|Chow Tai Fook|1929|01929", 3.1)
    + mv("莎莎國際|莎莎|Sa Sa International|178|00178", 14.2, 1.93)
    + mv("六福集團|六福|Luk Fook|590|00590", 5.2, 23.2)
    + mv("譚仔國際|譚仔|Tam Jai International|2217|02217", 14.6)
    + mv("太興集團|太興|Tai Hing Group|6811|06811", 11.6)
    + [m("price_change", None, "%", "大家樂|大快活|叙福樓集團|Cafe de Coral|Fairwood|Fulum Group", None,
         rng=(7.6, 9.3), opt=True, basis="group range, 介乎")]
    + [m("price_change", -6, "%", "翰森製藥|Hansoh Pharmaceutical|3692|03692", None, opt=True,
         basis="sub-heading, 瀉近6%")]
    + mv("翰森製藥|Hansoh Pharmaceutical|3692|03692", -5.8)
    + mv("阿里健康|Alibaba Health|241|00241", -4.5)
    + mv("石藥集團|石藥|CSPC|1093|01093", -4.3),
    [])

# zh11: MediaTek third quarter (Yahoo Taiwan, Traditional, Taiwan usage). "今年第3季" with "2025年全年營收" in the same
# passage -> 今年 = 2025: 第3季 = 2025Q3, 前三季 = 2025Q1-Q3, 第4季 = 2025Q4, 上半年 = 2025H1 (the dividend). 億元 and the
# per-share 元 = TWD (news17); 美元 = USD. Figures printed twice (gross margin 46.5%, net profit 252.21億 with -9.4% / -0.5%,
# EPS 15.84 and 51.76) -> one row each. 季減 / 年減 -> negative; 個百分點 -> pp. Key: Q3 revenue, growth qoq / yoy, gross
# margin and its qoq pp change, operating margin and its qoq / yoy pp changes, net profit and its qoq / yoy changes, EPS;
# the same block for the first three quarters; the 29元 cash dividend for 上半年; the Q4 guidance ranges (revenue 1,421-1,501億
# TWD, 持平至成長6% qoq -> (0, 6), 下降3%到成長9% yoy -> (-3, 9), gross margin 44.5-47.5%, expense ratio 29-33%). Optional:
# the full-year 超過190億美元 and the flagship-phone 突破30億美元 / 超過40% bounds (bound words, not headline figures), the 1.9pp
# one-off in the previous quarter's gross margin, and the 1比30.6 exchange-rate assumption (news17). Not labelled: 17季
# (a span), 2021年第2季 (a date), 超過五個股本 (a verbal restatement of EPS), the ex-dividend date 2026年1月6日, the stock code.
MTK = "聯發科|聯發科技|MediaTek|2454"
FLAG = "旗艦智慧型手機|聯發科旗艦智慧型手機晶片|flagship smartphone chips"
Q3 = "2025Q3"
M9 = "2025Q1-Q3"
Q4 = "2025Q4"
G["zh11"] = ([
    m("gross_margin", 46.5, "%", MTK, Q3),
    m("net_profit", 2.5221e10, "TWD", MTK, Q3, basis="稅後純益"),
    m("net_profit_growth", -9.4, "%", MTK, Q3, basis="qoq"),
    m("net_profit_growth", -0.5, "%", MTK, Q3, basis="yoy"),
    m("eps", 15.84, "TWD", MTK, Q3),
    m("eps", 51.76, "TWD", MTK, M9, basis="cumulative"),
    m("revenue_guidance|revenue", None, "USD", MTK, "FY2025", rng=(1.9e10, None), opt=True,
      basis="full year at Q4 guidance midpoint, 超過190億美元"),
    m("revenue_guidance|revenue", None, "USD", FLAG, "FY2025", rng=(3e9, None), opt=True, basis="突破30億美元"),
    m("revenue_growth_guidance|revenue_growth", None, "%", FLAG, "FY2025", rng=(40, None), opt=True,
      basis="yoy, 超過40%"),
    m("dividend|cash_dividend", 29, "TWD", MTK, "2025H1", basis="cash dividend per share for 上半年"),
    m("revenue", 1.42097e11, "TWD", MTK, Q3),
    m("revenue_growth", -5.5, "%", MTK, Q3, basis="qoq"),
    m("revenue_growth", 7.8, "%", MTK, Q3, basis="yoy"),
    m("gross_margin_change", -2.6, "pp", MTK, Q3, basis="qoq"),
    m("operating_margin", 15.6, "%", MTK, Q3, basis="營益率"),
    m("operating_margin_change", -3.9, "pp", MTK, Q3, basis="qoq"),
    m("operating_margin_change", -2.5, "pp", MTK, Q3, basis="yoy"),
    m("revenue", 4.45778e11, "TWD", MTK, M9, basis="cumulative"),
    m("revenue_growth", 13.6, "%", MTK, M9, basis="yoy"),
    m("gross_margin", 48, "%", MTK, M9),
    m("gross_margin_change", -2, "pp", MTK, M9, basis="yoy"),
    m("operating_margin", 18.3, "%", MTK, M9),
    m("operating_margin_change", -2.3, "pp", MTK, M9, basis="yoy"),
    m("net_profit", 8.2394e10, "TWD", MTK, M9, basis="稅後純益, cumulative"),
    m("net_profit_growth", -0.3, "%", MTK, M9, basis="yoy"),
    m("gross_margin_one_off_effect", 1.9, "pp", MTK, "2025Q2", opt=True,
      basis="one-off items in the previous quarter's gross margin"),
    m("exchange_rate_assumption|exchange_rate", 30.6, "TWD", MTK, Q4, opt=True, basis="TWD per USD, 1比30.6"),
    m("revenue_guidance|revenue", None, "TWD", MTK, Q4, rng=(1.421e11, 1.501e11), basis="guidance, 約"),
    m("revenue_growth_guidance|revenue_growth", None, "%", MTK, Q4, rng=(0, 6), basis="guidance, qoq, 持平至成長6%"),
    m("revenue_growth_guidance|revenue_growth", None, "%", MTK, Q4, rng=(-3, 9), basis="guidance, yoy"),
    m("gross_margin_guidance|gross_margin", None, "%", MTK, Q4, rng=(44.5, 47.5), basis="guidance"),
    m("expense_ratio_guidance|operating_expense_ratio|expense_ratio", None, "%", MTK, Q4, rng=(29, 33),
      basis="guidance, 費用率"),
], [])

# zh12: Taiwan central bank's fourth-quarter meeting (Liberty Times paper edition, Traditional, Taiwan usage). The lead
# photo caption of the page is kept as the first line; it prints "2025年全年經濟成長率" -> 今年 = 2025, 明年 = 2026, and the
# 第4季理監事會 = 2025Q4. The body writes its figures in Chinese numerals with a full-width point (二％, 三〇七六億元,
# 二．三碼, 七．三一％, 三．六七％, 一．六六％, 一．六五％, 一．六三％); they are labelled with their values. Key: the policy rate
# held at 2% (prior 2, news15: a rate left unchanged has itself as prior; caption "連7凍", sub-heading "2％" and body "二％" ->
# one row), the 3,076億元 TWD liquidity released since September, the 2025 GDP-growth forecast 7.31% (caption and body ->
# one row), the 2026 forecast 3.67%, and the CPI / core-CPI forecasts for 2025 (1.66%, 1.65%) and 2026 (1.63% each, two
# rows). Optional: the seven consecutive holds (streak count, news17), the RRR-cut equivalent 二．三碼 (an equivalence, not a
# decision; 1碼 = 25 bp -> -57.5 bp) and the sub-heading's 逾7％ bound. Not labelled: 十五年來 (a span), 二三二條款 (Section
# 232, a law number), 九月 (a month).
CBC = "中央銀行|央行|台灣央行|Central Bank of the Republic of China (Taiwan)|CBC"
TW = "台灣|我國|Taiwan"
GDPF = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
CPIF = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi"
CORF = "core_cpi_forecast|core_cpi_inflation_forecast|core_cpi"
G["zh12"] = ([
    m("policy_rate|rate", 2, "%", CBC, "2025Q4", prior=2, basis="policy rate (重貼現率) held, 第4季理監事會"),
    m("consecutive_holds|streak", 7, "meetings", CBC, None, opt=True, basis="連7凍 / 連七凍"),
    m("liquidity_injection|funds_released", 3.076e11, "TWD", CBC, None, basis="released through market operations since 九月"),
    m("reserve_requirement_ratio_change|rrr_change", -57.5, "bp", CBC, None, opt=True,
      basis="equivalent of the liquidity release, 二．三碼 (1碼 = 25 bp)"),
    m(GDPF, 7.31, "%", TW, "2025", basis="CBC forecast, raised (上修)"),
    m(GDPF, None, "%", TW, "2025", rng=(7, None), opt=True, basis="sub-heading, 逾7％"),
    m(GDPF, 3.67, "%", TW, "2026", basis="CBC forecast"),
    m(CPIF, 1.66, "%", TW, "2025", basis="CBC forecast, CPI yoy, cut (下修)"),
    m(CORF, 1.65, "%", TW, "2025", basis="CBC forecast, core CPI yoy"),
    m(CPIF, 1.63, "%", TW, "2026", basis="CBC forecast, CPI yoy"),
    m(CORF, 1.63, "%", TW, "2026", basis="CBC forecast, core CPI yoy"),
], [])
