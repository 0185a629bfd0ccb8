# Hand labels for news55/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets, three Taiwan
# outlets). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no
# project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor
# output was seen, and no extractor code, plugin, test, docs page or other batch's file was read; of the gold files only
# the "unit" values were grepped (as the brief asks, to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news53/zh and news54/zh (their "Conventions decided" sections) and the labels files of news53/zh, with the
# precedents named below (news16 zh11 for a results preview with a broker table, news52 zh11 / news51 zh11 for optional
# target_price twins of rating actions, news16 zh12 / news2 zh22 for HIBOR and the HKD rate, news14 / news27 for FX
# moves in 點子 = pips, news52 zh08 for a dateline printed in the passage, news53 zh11 / news21 zh11 for forecasts
# revised "from A to B").
# Currency: Hong Kong items' bare 元 / 億元 / 萬元 = HKD (zh07, zh09); Taiwan items' bare 元 = TWD (zh12 says 新台幣 once).
# Values fully scaled (28億 -> 2.8e9; 31.86億元 -> 3.186e9; 2.04萬元 -> 20400; 447億元 -> 4.47e10; 20萬4,596棟 -> 204596;
# 26.5萬棟 -> 265000; 4772萬股 -> 4.772e7; 3.6億股 -> 3.6e8). X厘 = X % (levels, margins and spreads); 點子 / 個基點 on an
# interest rate = bp (減息0.25厘 -> -25 bp); 點子 on an exchange rate = pips (news14); 個百分點 / 個百份點 = pp; 3成 -> 30 %.
# 約X / 近X -> X; "介乎A至B" / "A至B" -> a closed range with value None; "以下" -> an open upper bound (optional).
# Declines negative (減少, 下調, 減息, 年減, 回跌, 低…厘); 增加 / 上升 / 升 / 月增 / 年增 / 上修 / 調升 positive.
# Repeats: a figure printed twice (headline or sub-heading and body, a later paragraph restating an earlier one) is one
# key row and an optional twin; "由A增加至B" / "從A提高到B" / "比A為高" give value B with prior A and an optional row for A.
# Intraday highs / lows and intraday moves are optional; thresholds (7.85), assumption inputs (loan size, tenor) and counts
# of adjustments or years in a "lowest in N years" phrase are optional.
# Brokers' targets and ratings (zh07) are in rating actions ("maintain": a consensus table lists current ratings and
# targets with no change stated), each printed target also an optional target_price row (news52 zh11); the counts of
# brokers (5間, 18間) carry no row (news16 zh11).
# Periods only where the text states or clearly implies the year: zh07 "Q3" (截至今年9月底止第三季, no year printed);
# zh08 None (9月6日, no year); zh09 None (昨日, 下月, 5月中, 周四, no year); zh10 None (今年 / 明年 / 第三季 with no year
# printed; the Fed's "2020 年 3 月" dates only the previous cut); zh11 2025-12 and 2025 (printed), 2026 for the
# commentator's "今年" (he calls December 2025 "去年12月"); zh12 2019-03-25 for the day's moves and 2018-10-25 for the
# reference close (the printed dateline 2019/3/25 and "去年10月25日"), None for the offer terms. Addresses, dropped page
# chrome (page date lines) and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: broker consensus table on Hong Kong Exchanges before its third-quarter results (uSMART hk.usmartglobal.com
# 《大行報告》, Traditional, half-width punctuation and the │ table separators as printed; headline kept, reworded
# ("投資評級及目標價(表)" -> "各券商評級及目標價一覽(表)"); the table header reworded (投資評級 -> 評級); the page's
# "Follow us…" block and disclaimer left out; whole stored item).
# Key: 純利 forecast range 28億至33.6億元 for the quarter (5 brokers), its yoy range -16.3% to +0.4%; median forecast
# 31.86億元, -4.8% yoy.
# Rating actions: 18 x "maintain" with HKD targets (里昂 buy 687 … 法國巴黎銀行 underweight 365).
# Optional: each printed target as a target_price row.
# Judgement calls: "截至今年9月底止第三季" with no year printed -> period "Q3"; "按年減少16.3%至增加0.4%" is one closed
# range rng=(-16.3, 0.4); ratings normalised: 買入 buy, 跑贏行業 / 跑贏大市 outperform, 增持 overweight, 收集 accumulate
# (國泰君安's scale), 中性 neutral, 與大市同步 equal-weight (Morgan Stanley's scale, news3), 減持 underweight.
# Not labelled: the code 00388, 27日 (the results date), 5間 / 18間 (broker counts), the MSCI A50 product name.
HKEX7 = "港交所|香港交易所|香港交易及結算所|HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges|00388|0388"
NP7 = "net_profit|net_profit_forecast|profit"
NPG7 = "net_profit_growth|profit_growth|net_profit_change"
Q7 = "Q3"
R7 = [
    ("里昂|CLSA", "buy", 687),
    ("中信建投|China Securities|CSC", "buy", 620),
    ("中金|中金公司|CICC", "outperform", 611),
    ("第一上海|First Shanghai", "buy", 600),
    ("高盛|Goldman Sachs", "buy", 594),
    ("瑞銀|UBS", "buy", 592),
    ("海通國際|Haitong International", "outperform", 590.4),
    ("瑞信|Credit Suisse", "outperform", 590),
    ("摩根大通|摩通|JPMorgan|J.P. Morgan", "overweight", 580),
    ("光大証券|光大證券|Everbright Securities", "overweight", 575.1),
    ("中信証券|中信證券|CITIC Securities", "overweight", 573),
    ("華泰証券|華泰證券|Huatai Securities", "buy", 534),
    ("美銀證券|美銀|BofA Securities|Bank of America", "buy", 529),
    ("國泰君安|Guotai Junan|GTJA", "accumulate", 525.5),
    ("招商證券國際|招商證券|China Merchants Securities International|CMS International", "neutral", 520),
    ("摩根士丹利|大摩|Morgan Stanley", "equal-weight", 515),
    ("花旗|Citi|Citigroup", "neutral", 480),
    ("法國巴黎銀行|法巴|BNP Paribas", "underweight", 365),
]
G["zh07"] = ([
    m(NP7, None, "HKD", HKEX7, Q7, rng=(2.8e9, 3.36e9), basis="forecast range of 5 brokers (介乎), quarter to end-September"),
    m(NPG7, None, "%", HKEX7, Q7, rng=(-16.3, 0.4), basis="yoy, 按年減少16.3%至增加0.4%, forecast range"),
    m(NP7, 3.186e9, "HKD", HKEX7, Q7, basis="forecast median of 5 brokers"),
    m(NPG7, -4.8, "%", HKEX7, Q7, basis="yoy, forecast median, 按年減少"),
] + [m("target_price|price_target", tp, "HKD", HKEX7, None, opt=True, basis=b.split("|")[0] + ", table")
     for b, _, tp in R7],
    [ra(b, HKEX7, "maintain", r, None, tp, None, "HKD") for b, r, tp in R7])


# zh08: Hang Seng Indexes quarterly review results with weights (商業電台 881903.com finance, Traditional, half-width
# punctuation as printed; no headline in the stored text, none composed; whole stored item).
# Key: HSI constituents 60 (prior 58); weights of the three new constituents 信義玻璃 0.48%, 李寧 1.65%, 招商銀行 2.02%;
# commerce-and-industry weight 53.03% (+1.65 pp), finance 35.96%, properties 7.86%, utilities 3.15%; HSCEI constituents
# 50, HSTECH 30 (both unchanged); HSCI constituents 500 (prior 505) with 17 additions.
# Optional: the pre-review counts 58 and 505 as rows of their own.
# Judgement calls: constituent counts are "stocks"; "由58隻增加至60隻" -> value 60 with prior 58 (and an optional 58);
# "維持50隻" / "維持30隻" -> key level rows, no prior; "增1.65個百份點至53.03%" (the source's 百份點 kept) -> a key level
# and a key pp change, no prior derived; weights are on the stock (new constituents) or the sector with the HSI as an
# alias; "9月6日" (effective date) has no year -> period None throughout.
# Not labelled: stock codes, the names added and deleted (no figure), 9月6日.
HSI8 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI8 = "恒生中國企業指數|國企指數|國指|Hang Seng China Enterprises Index|HSCEI"
HSTECH8 = "恒生科技指數|科技指數|科指|Hang Seng TECH Index|Hang Seng Tech Index|HSTECH"
HSCI8 = "恒生綜合指數|Hang Seng Composite Index|HSCI"
CNT8 = "constituent_count|constituents|number_of_constituents"
W8 = "index_weight|weight|weighting"
SW8 = "sector_weight|index_weight|weight|weighting"
G["zh08"] = ([
    m(CNT8, 60, "stocks", HSI8, None, prior=58, basis="after the review, 由58隻增加至60隻"),
    m(CNT8, 58, "stocks", HSI8, None, opt=True, basis="before the review"),
    m(W8, 0.48, "%", "信義玻璃|Xinyi Glass|00868|0868", None, basis="weight in the HSI, new constituent"),
    m(W8, 1.65, "%", "李寧|Li Ning|02331|2331", None, basis="weight in the HSI, new constituent"),
    m(W8, 2.02, "%", "招商銀行|招行|China Merchants Bank|CMB|03968|3968", None, basis="weight in the HSI, new constituent"),
    m(SW8, 53.03, "%", "工商業|工商業股份|commerce and industry|" + HSI8, None, basis="after the review, largest sector"),
    m("sector_weight_change|weight_change", 1.65, "pp", "工商業|工商業股份|commerce and industry|" + HSI8, None,
      basis="增1.65個百份點"),
    m(SW8, 35.96, "%", "金融|金融股|finance|financials|" + HSI8, None, basis="second largest"),
    m(SW8, 7.86, "%", "地產|地產股|properties|property|" + HSI8, None),
    m(SW8, 3.15, "%", "公用事業|utilities|" + HSI8, None),
    m(CNT8, 50, "stocks", HSCEI8, None, basis="維持 (unchanged)"),
    m(CNT8, 30, "stocks", HSTECH8, None, basis="維持 (unchanged)"),
    m(CNT8, 500, "stocks", HSCI8, None, prior=505, basis="由505隻減少至500隻"),
    m(CNT8, 505, "stocks", HSCI8, None, opt=True, basis="before the review"),
    m("constituents_added|additions|stocks_added", 17, "stocks", HSCI8, None, basis="合共納入17隻股份"),
], [])


# zh09: Hong Kong money-market story - HIBOR rising, mortgage payments, the HKD rate, the aggregate balance and an
# economist's forecast (明報 news.mingpao.com 經濟, Traditional, full-width punctuation as printed, with the stray space
# before "（SOFR）"; the byline "明報記者 歐陽偉昉" kept; no headline in the stored text (the address carries one), none
# composed; the two sub-headings reworded around 500萬 / 4% and 2.2厘; the stored text breaks off inside the last
# paragraph's second sentence (馬來亞銀行's strategist, no figure), so the passage ends with the whole sentence before it).
# Key: 1-month HIBOR +54 bp over three days; H按 margin H+1.3厘 and effective rate 2.75厘; monthly payment 2.04萬元, +4.17%
# vs a month earlier; effective rate 0.75厘 below the cap; expected US cut 0.25厘 (-25 bp) and prime-rate cut 0.125厘至
# 0.25厘; 3-month HIBOR +13.57 bp to 1.8606厘; overnight +39 bp to 0.7694厘; overnight-SOFR spread 3.56厘; HKD 7.8236 at
# 6 p.m. and +264 pips over two days; aggregate balance near 447億元; HK-US rate gap 3厘; 1-month HIBOR forecast 2.2厘.
# Optional: the assumed loan 500萬元 (body and sub-heading) and tenor 30年; the sub-heading's "增4%" (rounded twin);
# the HKD's morning low 7.8442 and afternoon high 7.8118; the 7.85 weak-side level (twice) and the 7.83至7.84 range at
# which carry trades closed; the sub-heading's 2.2厘 (twin).
# Judgement calls: no year printed -> period None; "累計上升54點子" on the 1-month fixing -> +54 bp (three-day change in
# basis; the 1-month level itself is not printed and is not derived); "較…鎖息上限低0.75厘" -> a rate gap of -0.75 %
# (厘 = %, below the cap negative; the cap level is not printed); "或可帶動…下調0.125厘至0.25厘" -> rng=(-25, -12.5) bp;
# "報7.8236" (截至下午6時) is the key HKD level, "兩日累升264點子" +264 pips (HKD stronger, signed as the text words it);
# "總結餘…已降至接近…447億元" -> 4.47e10 HKD on the aggregate balance (near that level); "港美息差…3厘" -> 3 %.
HIB1_9 = "1個月拆息|一個月拆息|1-month HIBOR|HIBOR|港元拆息|香港銀行同業拆息"
HIB3_9 = "3個月拆息|三個月拆息|3-month HIBOR|HIBOR|港元拆息|香港銀行同業拆息"
HIBON9 = "隔夜拆息|隔夜息|overnight HIBOR|HIBOR|港元拆息|香港銀行同業拆息"
HM9 = "H按|拆息按揭|HIBOR-based mortgage|按揭|mortgage"
HKD9 = "港匯|港元|港元匯價|HKD|Hong Kong dollar"
G["zh09"] = ([
    m("hibor_change|rate_change", 54, "bp", HIB1_9, None, basis="1-month, cumulative over three straight days (連續第三日上揚)"),
    m("mortgage_spread|spread|margin", 1.3, "%", HM9, None, basis="H按定價 H+1.3厘, margin over 1-month HIBOR"),
    m("mortgage_rate|effective_mortgage_rate|interest_rate", 2.75, "%", HM9, None, basis="實際按揭利率, 昨日供款"),
    m("loan_amount|mortgage_amount", 5e6, "HKD", HM9, None, opt=True, basis="assumed loan (供款額500萬元)"),
    m("loan_amount|mortgage_amount", 5e6, "HKD", HM9, None, opt=True, basis="sub-heading twin (500萬)"),
    m("loan_tenor|tenor|repayment_period", 30, "years", HM9, None, opt=True, basis="assumed repayment period"),
    m("monthly_payment|monthly_repayment|monthly_instalment", 20400, "HKD", HM9, None,
      basis="每月供款升至2.04萬元, 500萬元 over 30年"),
    m("monthly_payment_change|monthly_payment_growth|payment_change", 4.17, "%", HM9, None,
      basis="vs the same day last month (多付)"),
    m("monthly_payment_change|monthly_payment_growth|payment_change", 4, "%", HM9, None, opt=True,
      basis="sub-heading, 增4% (rounded twin)"),
    m("rate_gap|spread_to_cap|spread", -0.75, "%", HM9, None, basis="實際按息比新造H按鎖息上限低0.75厘"),
    m("rate_change|policy_rate_change|interest_rate_change", -25, "bp", "美國|US|United States|Fed|Federal Reserve", None,
      basis="expected next month (市場預料美國下月減息0.25厘)"),
    m("prime_rate_change|rate_change", None, "bp", "港元最優惠利率|最優惠利率|P|prime rate|Hong Kong prime rate", None,
      rng=(-25, -12.5), basis="或會隨之下調0.125厘至0.25厘"),
    m("hibor_change|rate_change", 13.57, "bp", HIB3_9, None, basis="3-month, 昨日"),
    m("hibor|rate|interest_rate", 1.8606, "%", HIB3_9, None, basis="3-month, 昨日"),
    m("hibor_change|rate_change", 39, "bp", HIBON9, None, basis="overnight, 抽升"),
    m("hibor|rate|interest_rate", 0.7694, "%", HIBON9, None, basis="overnight"),
    m("spread|rate_spread|interest_rate_differential", 3.56, "%",
      "隔夜拆息|overnight HIBOR|SOFR|美國擔保隔夜融資利率|HIBOR-SOFR spread", None, basis="overnight HIBOR vs SOFR, 收窄至"),
    m("exchange_rate", 7.8442, "HKD per USD", HKD9, None, opt=True, basis="morning, 回跌至 (intraday)"),
    m("exchange_rate", 7.8118, "HKD per USD", HKD9, None, opt=True, basis="afternoon high (高見)"),
    m("exchange_rate", 7.8236, "HKD per USD", HKD9, None, basis="at 6 p.m. (至下午6時報), highest since mid-May"),
    m("exchange_rate_change|fx_change", 264, "pips", HKD9, None, basis="兩日累升264點子 (HKD stronger)"),
    m("aggregate_balance|banking_system_balance", 4.47e10, "HKD", "總結餘|銀行體系總結餘|aggregate balance|香港|Hong Kong",
      None, basis="已降至接近 the early-May pre-inflow level of 447億元"),
    m("interest_rate_differential|rate_spread|spread", 3, "%", "港美息差|HK-US rate gap|港元|HKD|美元|USD", None,
      basis="港美息差仍處於3厘水平"),
    m("exchange_rate", 7.85, "HKD per USD", HKD9, None, opt=True, basis="weak-side level (再跌至7.85 would trigger HKMA)"),
    m("exchange_rate", None, "HKD per USD", HKD9, None, rng=(7.83, 7.84), opt=True,
      basis="level at which carry trades bought HKD to close (7.83至7.84)"),
    m("exchange_rate", 7.85, "HKD per USD", HKD9, None, opt=True, basis="不會再觸及7.85 (threshold, second printing)"),
    m("hibor|hibor_forecast|rate", 2.2, "%", HIB1_9, None, basis="forecast, 1-month by year-end (林俊泓)"),
    m("hibor|hibor_forecast|rate", 2.2, "%", HIB1_9, None, opt=True, basis="sub-heading twin"),
], [])


# zh10: Taiwan central bank's quarterly policy meeting on the day of a 50 bp Fed cut (TechNews 科技新報 technews.tw,
# Traditional, half-width punctuation and the spaces around figures as printed ("分別為 2%、2.375% 和 4.25%",
# " 0.25 個百分點", " 50 個基點至 4.75-5.00%", " 2 碼", " 2020 年 3 月"); no headline in the stored text, none
# composed; the stored text breaks off at "中央銀行說明,為進一步強化管理銀行信用" (no figure), so the passage ends with the
# whole paragraph before it).
# Key: 重貼現率 2%, 擔保放款融通利率 2.375%, 短期融通利率 4.25% (maintained); NT-dollar reserve requirement ratio +0.25 pp;
# Fed -50 bp to 4.75-5.00%; this year's CPI forecast 2.16%, core CPI 1.94%, GDP growth 3.82% (prior 3.77%, the June
# forecast); next year's GDP growth 3.08%, CPI 1.89%, core CPI 1.79%.
# Optional: the June forecast 3.77% as a row of its own; "降息 2 碼" (a twin of -50 bp); next year's inflation "降至 2%
# 以下" (an open bound); "先後修訂六度" (6 adjustments of the credit controls).
# Judgement calls: no year printed anywhere ("今天", "今年", "明年", "第三季") -> period None, this / next year in basis
# (the Fed's "2020 年 3 月" dates only its previous cut); the three rates are maintained levels (key, no prior); "上修至
# 3.82%,比 6 月的預測值 3.77% 為高" -> 3.82 with prior 3.77; "2 碼" = 2 x 25 bp; the Fed's target range is a closed range.
CBC10 = "中央銀行|央行|台灣央行|Central Bank of the Republic of China|CBC|Taiwan central bank"
TW10 = "台灣|臺灣|Taiwan|" + CBC10
FED10 = "美國聯準會|聯準會|Fed|Federal Reserve|US Federal Reserve"
GDP10 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast|economic_growth"
CPI10 = "cpi_forecast|cpi_growth|inflation_forecast|cpi_inflation|inflation"
CCPI10 = "core_cpi_forecast|core_cpi_growth|core_inflation_forecast|core_inflation"
G["zh10"] = ([
    m("discount_rate|policy_rate|interest_rate", 2, "%", "重貼現率|discount rate|" + CBC10, None,
      basis="maintained (政策利率不作調整)"),
    m("secured_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 2.375, "%",
      "擔保放款融通利率|rate on accommodations with collateral|" + CBC10, None, basis="maintained"),
    m("short_term_accommodation_rate|accommodation_rate|interest_rate|policy_rate", 4.25, "%",
      "短期融通利率|rate on accommodations without collateral|" + CBC10, None, basis="maintained"),
    m("reserve_requirement_ratio_change|rrr_change|reserve_ratio_change", 0.25, "pp",
      "新台幣存款準備率|存款準備率|reserve requirement ratio|" + CBC10, None, basis="再次調升"),
    m("rate_change|policy_rate_change|fed_funds_rate_change", -50, "bp", FED10, None, basis="下調 50 個基點"),
    m("fed_funds_rate|policy_rate|fed_funds_target_range", None, "%", "聯邦基金利率|federal funds rate|" + FED10, None,
      rng=(4.75, 5.00), basis="target range after the cut"),
    m("rate_change|policy_rate_change|fed_funds_rate_change", -50, "bp", FED10, None, opt=True,
      basis="降息 2 碼 (2 x 25 bp, twin)"),
    m(CPI10, 2.16, "%", TW10, None, basis="this year (今年), CBC forecast"),
    m(CCPI10, 1.94, "%", TW10, None, basis="this year (今年), CBC forecast"),
    m(GDP10, 3.82, "%", TW10, None, prior=3.77, basis="this year, 上修; prior = the June forecast"),
    m(GDP10, 3.77, "%", TW10, None, opt=True, basis="the June forecast (6 月的預測值)"),
    m(GDP10, 3.08, "%", TW10, None, basis="next year (明年), CBC forecast"),
    m(CPI10, 1.89, "%", TW10, None, basis="next year (明年), 續降"),
    m(CCPI10, 1.79, "%", TW10, None, basis="next year (明年), 續降"),
    m(CPI10, None, "%", TW10, None, rng=(None, 2), opt=True, basis="明年可望降至 2% 以下 (bound)"),
    m("adjustment_count|count", 6, "times", "選擇性信用管制措施|selective credit controls|" + CBC10, None, opt=True,
      basis="先後修訂六度 since 2020 年 12 月"),
], [])


# zh11: Taiwan's six special municipalities' monthly and full-year building-transfer counts with a property agency's
# comment (經濟日報 / 聯合新聞網 udn.com, Traditional, full-width punctuation as printed; the page's date line
# " date 2026-01-02" left out (not used); no headline in the stored text, none composed; the stored text breaks off
# inside "…桃園區則以7,415棟居次" (the district ranking), so the passage ends with the whole sentence before it (its 8,113
# and 7,415 dropped)).
# Key: six-city December 2025 transfers 19,892棟 (+25% mom, -9.7% yoy); full-year 2025 20萬4,596棟 (-24.5%); December by
# city: 台北 2,331 (+33.6% / -5.6%), 新北 4,680 (+21.1% / +1.8%), 桃園 3,792 (+28.4% / -13%), 台中 3,951 (+12.5% / -15.1%),
# 台南 2,069 (+30.6% / +1.8%), 高雄 3,069 (+35.9% / -8%); full year by city: 台北市 23,134 (-22.7%), 新北市 47,675 (-25.4%),
# 桃園市 40,328 (-18%), 台中市 42,490 (-22.7%), 台南市 19,773 (-28.8%), 高雄市 31,196 (-31%).
# Optional: "近7年同期最低" / "近8年新低" (7 and 8 years); the full-year fall "由年初的3成左右,收窄為約25%" (-30 early in the
# year, -25 a rounded twin of -24.5); the forecasts "可穩守26萬棟" and "有望守住26.5萬棟" for the whole of Taiwan (floors);
# the last paragraph's 高雄 -31% and 台南 -28.8% (twins).
# Judgement calls: 棟 -> "units"; 20萬4,596棟 -> 204596; "2025年12月" -> 2025-12 and "全年" -> 2025; the commentator's
# "今年" is 2026 (he calls the December data "去年12月"); the forecasts are floors the text words as "穩守" / "守住", labelled
# as optional value rows (not open ranges) with the floor in basis; 六都 rows take the six cities as entity.
SIX11 = "六都|六都地政局|six special municipalities|Taiwan's six special municipalities|six major cities"
TR11 = "building_transfers|transfers|property_transactions|housing_transactions|transaction_volume"
MOM11 = "building_transfers_mom|transfers_mom|mom_change|mom_growth|transactions_change"
YOY11 = "building_transfers_yoy|transfers_yoy|yoy_change|yoy_growth|transactions_change"
D11 = "2025-12"
Y11 = "2025"
CITY11 = {
    "TP": "台北|台北市|臺北市|Taipei",
    "NTP": "新北|新北市|New Taipei",
    "TY": "桃園|桃園市|Taoyuan",
    "TC": "台中|台中市|臺中市|Taichung",
    "TN": "台南|台南市|臺南市|Tainan",
    "KH": "高雄|高雄市|Kaohsiung",
}
DEC11 = [("TP", 2331, 33.6, -5.6), ("NTP", 4680, 21.1, 1.8), ("TY", 3792, 28.4, -13), ("TC", 3951, 12.5, -15.1),
         ("TN", 2069, 30.6, 1.8), ("KH", 3069, 35.9, -8)]
FY11 = [("TP", 23134, -22.7), ("NTP", 47675, -25.4), ("TY", 40328, -18), ("TC", 42490, -22.7), ("TN", 19773, -28.8),
        ("KH", 31196, -31)]
_m11 = [
    m(TR11, 19892, "units", SIX11, D11, basis="買賣移轉棟數, December total"),
    m(MOM11, 25, "%", SIX11, D11, basis="月增"),
    m(YOY11, -9.7, "%", SIX11, D11, basis="年減"),
    m("record_low_span|years", 7, "years", SIX11, D11, opt=True, basis="lowest December in nearly 7 years (近7年同期最低)"),
    m(TR11, 204596, "units", SIX11, Y11, basis="全年總數 20萬4,596棟"),
    m(YOY11, -24.5, "%", SIX11, Y11, basis="full year, 年減"),
    m("record_low_span|years", 8, "years", SIX11, Y11, opt=True, basis="lowest in nearly 8 years (創近8年新低)"),
]
for c, n, mom, yoy in DEC11:
    _m11 += [m(TR11, n, "units", CITY11[c], D11, basis="December"),
             m(MOM11, mom, "%", CITY11[c], D11, basis="December, 月增"),
             m(YOY11, yoy, "%", CITY11[c], D11, basis="December, " + ("年增" if yoy > 0 else "年減"))]
for c, n, yoy in FY11:
    _m11 += [m(TR11, n, "units", CITY11[c], Y11, basis="全年累計"),
             m(YOY11, yoy, "%", CITY11[c], Y11, basis="full year, 年減")]
_m11 += [
    m(YOY11, -30, "%", SIX11, Y11, opt=True, basis="decline early in the year (年初的3成左右), year to date"),
    m(YOY11, -25, "%", SIX11, Y11, opt=True, basis="收窄為約25% (rounded twin of -24.5%)"),
    m("building_transfers_forecast|building_transfers|transfers", 260000, "units", "全台|台灣|Taiwan", "2026", opt=True,
      basis="commentator's forecast floor (可穩守26萬棟)"),
    m("building_transfers_forecast|building_transfers|transfers", 265000, "units", "全台|台灣|Taiwan", "2026", opt=True,
      basis="commentator's upside (有望守住26.5萬棟)"),
    m(YOY11, -31, "%", CITY11["KH"], Y11, opt=True, basis="twin, last paragraph"),
    m(YOY11, -28.8, "%", CITY11["TN"], Y11, opt=True, basis="twin, last paragraph"),
]
G["zh11"] = (_m11, [])


# zh12: a raised tender offer for a listed Taiwan company with the premium and the bidder's stake (中央社 cna.com.tw,
# Traditional, half-width punctuation as printed; headline kept, reworded around 7.6%; the dateline "2019/3/25 09:11"
# kept; the site's privacy and language banners left out; the stored text breaks off at "法人指", so the passage ends
# with the whole paragraph before it).
# Key: offer price 65元 per share (prior 60元, 新台幣); target stake 100%; premium 32.2% over the 49.15元 close of
# 2018-10-25 (the day before the offer was announced); premiums 約33.3% and 35.3% over the 1- and 3-month average
# closes; Hitachi's 約4772萬股 in 永大, stake 約11.7% (日立製作所 約7.8%, 日立大廈系統 約3.9%); 約3.6億股 still to buy.
# Optional: the offer price's second and third printings and the old 60元 (twice); 永大's morning high 64.5元 and its
# 7.6% rise (body and headline; intraday); the second "100%".
# Judgement calls: the printed dateline 2019/3/25 dates 今天 (2019-03-25) and 去年10月25日 (2018-10-25); offer terms take
# period None (the dates 22日 / 3月22日 / 1月17日到4月22日 go to basis or carry no row); "從…60元提高到65元" -> 65 with
# prior 60; the holdings rows take the holder and the target company as entity alternatives.
YT12 = "永大機電|永大|Yungtay Engineering|Yungtay"
HIT12 = "日立|台灣日立電梯|日立製作所|Hitachi|Hitachi Elevator Taiwan"
OP12 = "offer_price|tender_offer_price|acquisition_price"
PREM12 = "offer_premium|premium|takeover_premium"
D12 = "2019-03-25"
G["zh12"] = ([
    m(OP12, 65, "TWD", YT12, None, prior=60,
      basis="tender offer per share by 台灣日立電梯, raised (22日) 從新台幣60元提高到65元"),
    m(OP12, 60, "TWD", YT12, None, opt=True, basis="old offer price, lead"),
    m(OP12, 65, "TWD", YT12, None, opt=True, basis="twin, second paragraph (3月22日決定)"),
    m(OP12, 60, "TWD", YT12, None, opt=True, basis="old offer price, second paragraph"),
    m("price|share_price|intraday_high", 64.5, "TWD", YT12, D12, opt=True, basis="morning high (早盤最高見)"),
    m("price_change|share_price_change", 7.6, "%", YT12, D12, opt=True, basis="morning, to the high (大漲)"),
    m("price_change|share_price_change", 7.6, "%", YT12, D12, opt=True, basis="headline twin"),
    m("target_stake|stake|ownership_target", 100, "%", YT12 + "|" + HIT12, None,
      basis="Hitachi plans to acquire 100% of 永大"),
    m("target_stake|stake|ownership_target", 100, "%", YT12 + "|" + HIT12, None, opt=True,
      basis="twin (100%全數股份)"),
    m(OP12, 65, "TWD", YT12, None, opt=True, basis="twin, third paragraph (調高到65元)"),
    m("close|price|share_price", 49.15, "TWD", YT12, "2018-10-25",
      basis="收盤價 the day before the offer was announced (去年10月25日)"),
    m(PREM12, 32.2, "%", YT12, None, basis="over the 49.15元 close of 2018-10-25"),
    m(PREM12, 33.3, "%", YT12, None, basis="約, over the simple average close of the month before the announcement"),
    m(PREM12, 35.3, "%", YT12, None, basis="over the simple average close of the 3 months before the announcement"),
    m("shares_held|shareholding|holding", 4.772e7, "shares", HIT12 + "|" + YT12, None, basis="約, Hitachi's shares in 永大"),
    m("stake|shareholding_ratio|ownership", 11.7, "%", HIT12 + "|" + YT12, None, basis="約, Hitachi group's stake in 永大"),
    m("stake|shareholding_ratio|ownership", 7.8, "%", "日立製作所|Hitachi Ltd|Hitachi", None, basis="約, stake in 永大"),
    m("stake|shareholding_ratio|ownership", 3.9, "%", "日立大廈系統|Hitachi Building Systems", None,
      basis="約, stake in 永大"),
    m("shares_to_acquire|shares_sought|tender_offer_shares", 3.6e8, "shares", YT12 + "|" + HIT12, None,
      basis="約, the remaining 永大 shares Hitachi expects to buy"),
], [])
