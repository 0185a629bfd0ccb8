# Hand labels for news26/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed
# ("人幣" / "元人民幣" -> CNY; "港元" / "美元" as printed); 分 next to a 人幣 amount is a CNY cent (zh07: 7﹒1分 -> 0.071 CNY);
# full-width ﹒ is a decimal point (1﹒04元 -> 1.04). Taiwan context: bare 元 / 億元 / 億 = TWD (zh11); 億美元 -> USD (zh12).
# Chinese numerals are resolved (二○二三年 is a year, 近半成 -> 5 %). "升約X倍" (a rise of X times) is X x 100 % (news13).
# No year is taken from outside the text (page metadata dates, URL dates and the writer's knowledge are never used); a year is
# used only where the passage prints it or clearly implies it: zh07 (printed dateline 20/08/2024), zh09 (二○二三年九月份),
# zh11 (今(2023)年度); zh08, zh10 and zh12 print none, so their periods are None, or "Q1" / "Q4" where only the quarter is
# printed (news25), with the month in basis. A figure printed twice (headline and body, lead and body) is one row; a rounded
# or hedged restatement of an exact figure is optional. Trading-day quotes carry period None with the day in basis (news24).
# Entities carry Traditional and Simplified names, English names and stock codes, padded where the text prints none.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: 經濟通 (etnet) 《中資異動》 item: West China Cement (西部水泥, 02233) falls after its interim results (Traditional,
# full-width ﹒ decimals). The printed page dateline "20/08/2024 09:56" dates the passage (news24 batch a, news23 zh09):
# "截至6月30日止…中期" -> "2024H1"; the quotes are the morning of 20日 -> period None, day in basis. Amounts are "人幣" -> CNY;
# the stock's own turnover (1970萬元) is HKD (bare 元, HK stock context). Key: the stock's press-time quote 1﹒04元 and its
# move -4﹒6% (the story's own price, key although intraday, news24 batch a), the stock's turnover, interim net profit and
# its -27﹒3% (按年跌), EPS 7﹒1分 -> 0.071 CNY, revenue and gross profit with their falls (跌 -> negative, yoy implied by
# the results comparison), gross margin 26﹒6% and its -1﹒5 pp change (no earlier level printed -> the change is its own row,
# news24 batch b), the average selling price 344人幣 per tonne (unit "CNY/tonne", news23 zh05). "不派中期息" prints no figure
# -> no row. Optional: the headline's rounded "純利跌27%" and "跌近半成" (近半成 -> -5 %); the share count traded (1912萬股,
# a minor share count), the intraday high / low (1﹒07元 / 1元); the appended market snapshot (HSI, HSCEI, HSTECH levels and
# moves, main-board turnover "近159億元", the three index futures with their premiums "高水X點", the Shanghai and Shenzhen
# indices with their turnovers in 元人民幣): readings at "現時" appended to every etnet item, incidental to the story and
# intraday (judgement call: optional, like AASTOCKS inline quotes); "跌不足0﹒1%" is an optional bound rng=(-0.1, None);
# the related-stocks table (its 西部水泥 row 跌4﹒59% is a more precise restatement of the body's 4﹒6% -> optional; the
# peers' quotes and moves are optional like "related content" quotes). Not labelled: 20日 / 6月30日 (dates), 09:56 (time),
# stock codes (02233, 00914, 03323, 00743, 00390, 01186), "(vs)".
WCC = "西部水泥|West China Cement|WCC|2233|02233"
HSI7 = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSCEI7 = "國企指數|恒生中國企業指數|国企指数|Hang Seng China Enterprises Index|HSCEI"
HST7 = "恒生科技指數|恒科指|恒生科技指数|Hang Seng TECH Index|HSTECH"
HSIF7 = "即月期指|恒指期貨|恒指期货|HSI futures|Hang Seng Index futures"
HSCEIF7 = "即月國指期貨|國指期貨|国指期货|HSCEI futures"
HSTF7 = "即月科指期貨|科指期貨|科指期货|HSTECH futures"
SSE7 = "上證綜合指數|上證綜指|上證指數|上证综合指数|Shanghai Composite Index|SSE Composite Index"
SZ7 = "深證成份指數|深證成指|深成指|深证成份指数|Shenzhen Component Index|SZSE Component Index"
MB7 = "主板|香港主板|大市|港股|HKEX Main Board|Hong Kong market"
H7 = "2024H1"
D7 = "20日 (20/08/2024), at press time (現時)"
PC = "price_change|share_price_change"
IL, IC = "index_level|price", "index_change"


def peer7(name, price, chg):
    return [m("share_price|price", price, "HKD", name, None, opt=True, basis="related-stocks table, " + D7),
            m(PC, chg, "%", name, None, opt=True, basis="related-stocks table, " + D7)]


G["zh07"] = ([
    m("share_price|price", 1.04, "HKD", WCC, None, basis="quote at press time (現價), " + D7 + "; table repeats"),
    m(PC, -4.6, "%", WCC, None, basis="at press time, " + D7),
    m(PC, -5, "%", WCC, None, opt=True, basis="headline, 跌近半成 (rounded)"),
    m(PC, -4.59, "%", WCC, None, opt=True, basis="related-stocks table, more precise restatement"),
    m("volume|shares_traded|trading_volume", 1.912e7, "shares", WCC, None, opt=True, basis="約1912萬股, " + D7),
    m("turnover|trading_value", 1.97e7, "HKD", WCC, None, basis="the stock's turnover (涉資), " + D7),
    m("intraday_high|high|share_price", 1.07, "HKD", WCC, None, opt=True, basis="intraday high (盤中高見)"),
    m("intraday_low|low|share_price", 1, "HKD", WCC, None, opt=True, basis="intraday low (最低見)"),
    m("net_profit|profit", 3.87e8, "CNY", WCC, H7, basis="interim, unaudited, 3﹒87億人幣"),
    m("net_profit_growth|profit_growth", -27.3, "%", WCC, H7, basis="yoy (按年跌)"),
    m("net_profit_growth|profit_growth", -27, "%", WCC, H7, opt=True, basis="headline, rounded"),
    m("eps|basic_eps", 0.071, "CNY", WCC, H7, basis="每股盈利7﹒1分 (CNY cents)"),
    m("revenue", 3.702e9, "CNY", WCC, H7, basis="收益, 37﹒02億人幣"),
    m("revenue_growth", -15.8, "%", WCC, H7, basis="跌, yoy implied"),
    m("gross_profit", 9.85e8, "CNY", WCC, H7, basis="毛利, 9﹒85億人幣"),
    m("gross_profit_growth", -20.2, "%", WCC, H7, basis="跌, yoy implied"),
    m("gross_margin", 26.6, "%", WCC, H7),
    m("gross_margin_change", -1.5, "pp", WCC, H7, basis="跌1﹒5個百分點; earlier level not printed"),
    m("average_selling_price|asp|average_price", 344, "CNY/tonne", WCC, H7, basis="cement, 每噸344人幣, first half"),
    m(IL, 17565, "points", HSI7, None, opt=True, basis="market snapshot, " + D7),
    m(IC, -3, "points", HSI7, None, opt=True, basis="market snapshot"),
    m("index_change_pct|index_change", None, "%", HSI7, None, rng=(-0.1, None), opt=True, basis="跌不足0﹒1%"),
    m("turnover|trading_value", 1.59e10, "HKD", MB7, None, opt=True, basis="main-board turnover so far, 近159億元"),
    m(IL, 6219, "points", HSCEI7, None, opt=True, basis="market snapshot"),
    m(IC, -6, "points", HSCEI7, None, opt=True, basis="market snapshot"),
    m("index_change_pct|index_change", -0.1, "%", HSCEI7, None, opt=True, basis="market snapshot"),
    m(IL, 3514, "points", HST7, None, opt=True, basis="market snapshot"),
    m(IC, -2, "points", HST7, None, opt=True, basis="market snapshot"),
    m("index_change_pct|index_change", None, "%", HST7, None, rng=(-0.1, None), opt=True, basis="跌不足0﹒1%"),
    m("futures_price|index_level|price", 17573, "points", HSIF7, None, opt=True, basis="spot-month futures"),
    m(IC + "|futures_change", -35, "points", HSIF7, None, opt=True),
    m("futures_premium|basis|premium", 7, "points", HSIF7, None, opt=True, basis="高水7點"),
    m("futures_price|index_level|price", 6221, "points", HSCEIF7, None, opt=True, basis="spot-month futures"),
    m(IC + "|futures_change", -17, "points", HSCEIF7, None, opt=True),
    m("futures_premium|basis|premium", 2, "points", HSCEIF7, None, opt=True, basis="高水2點"),
    m("futures_price|index_level|price", 3516, "points", HSTF7, None, opt=True, basis="spot-month futures"),
    m(IC + "|futures_change", -6, "points", HSTF7, None, opt=True),
    m("futures_premium|basis|premium", 1, "points", HSTF7, None, opt=True, basis="高水1點"),
    m(IL, 2883, "points", SSE7, None, opt=True, basis="market snapshot"),
    m(IC, -9, "points", SSE7, None, opt=True),
    m("index_change_pct|index_change", -0.3, "%", SSE7, None, opt=True),
    m("turnover|trading_value", 5.5911e10, "CNY", SSE7, None, opt=True, basis="559﹒11億元人民幣"),
    m(IL, 8309, "points", SZ7, None, opt=True, basis="market snapshot"),
    m(IC, -47, "points", SZ7, None, opt=True),
    m("index_change_pct|index_change", -0.6, "%", SZ7, None, opt=True),
    m("turnover|trading_value", 8.5581e10, "CNY", SZ7, None, opt=True, basis="855﹒81億元人民幣"),
]
    + peer7("海螺水泥|海螺|Anhui Conch Cement|Conch Cement|914|00914", 17.92, 0.79)
    + peer7("中建材|中國建材|中国建材|China National Building Material|CNBM|3323|03323", 2.39, 0.42)
    + peer7("亞洲水泥(中國)|亞洲水泥|亚洲水泥(中国)|Asia Cement (China)|743|00743", 3.06, 0.99)
    + peer7("中鐵|中國中鐵|中国中铁|China Railway Group|CREC|390|00390", 3.78, 0.27)
    + peer7("中鐵建|中國鐵建|中国铁建|China Railway Construction|CRCC|1186|01186", 5.07, 0.2),
    [])

# zh08: Kuaishou's Hong Kong listing day (澳門 exmoo / 澳門力報 copy, Traditional; the page's photo caption, which repeats
# the body's 1.9倍 and 412.76億港元, is left out). No year is printed ("今(5)日") -> period None. 元 = HKD (HK listing).
# Key: the listing price 115元 and the opening price 338元 (the story's first-day trading figures; no close is printed),
# the opening move "升約1.9倍" -> +190 % against the listing price (增/升X倍 = X x 100 %, news13; 約X -> X), the
# public-offer oversubscription "超額1,204倍" (1204 x) and the expected funds raised 412.76億港元 (basis: "預計集資金額").
# Optional (IPO allotment statistics and secondary detail, news4-news15 / news24): the lot size (100股), the paper gain per
# lot (2.23萬元 -> 22300 HKD), the shares on offer before listing (913萬股) and the shares applied for (109.9億股), the
# one-lot allotment rate 4%, the applicant counts (約70萬人 applied for one lot, 近2.8萬人 allotted one lot), the 500 lots
# needed to secure one lot, and the four use-of-proceeds shares (35% / 30% / 25% / 10%; entity the use). Not labelled:
# 5日 (a date), 1024 (stock code), "一手" as a unit word.
KS = "快手|快手科技|快手-W|Kuaishou|Kuaishou Technology|1024|01024"
G["zh08"] = ([
    m("ipo_price|offer_price|listing_price", 115, "HKD", KS, None, basis="上市價"),
    m("price|opening_price", 338, "HKD", KS, None, basis="first-day open (開市價)"),
    m("price_change|price_change_vs_ipo|first_day_change", 190, "%", KS, None,
      basis="open vs listing price, 升約1.9倍 (a rise of 1.9 times)"),
    m("lot_size", 100, "shares", KS, None, opt=True, basis="每手(100股); printed twice"),
    m("paper_gain_per_lot|paper_loss_per_lot", 22300, "HKD", KS, None, opt=True, basis="帳面賺2.23萬元 per lot, at the open"),
    m("public_offer_shares|shares_offered", 9.13e6, "shares", KS, None, opt=True, basis="shares available before listing"),
    m("shares_applied|applications", 1.099e10, "shares", KS, None, opt=True, basis="total applied for (109.9億股)"),
    m("oversubscription|subscription_multiple", 1204, "x", KS, None, basis="public offer, 超額1,204倍"),
    m("ipo_proceeds|ipo_funds_raised|funds_raised", 4.1276e10, "HKD", KS, None,
      basis="expected funds raised (預計集資金額)"),
    m("allotment_rate|one_lot_success_rate", 4, "%", KS, None, opt=True, basis="一手中籤率"),
    m("applicants|applications", 700000, "applicants", KS, None, opt=True, basis="約70萬人 applied for one lot"),
    m("successful_applicants|applicants", 28000, "applicants", KS, None, opt=True, basis="近2.8萬人 allotted one lot"),
    m("lots_to_secure_one_lot|lots", 500, "lots", KS, None, opt=True, basis="認購500手才能穩獲一手"),
    m("use_of_proceeds_share|proceeds_allocation", 35, "%", "增強公司生態系統|ecosystem|" + KS, None, opt=True),
    m("use_of_proceeds_share|proceeds_allocation", 30, "%", "研發及技術能力|R&D and technology|" + KS, None, opt=True),
    m("use_of_proceeds_share|proceeds_allocation", 25, "%", "選擇性收購或投資|acquisitions and investments|" + KS, None,
      opt=True),
    m("use_of_proceeds_share|proceeds_allocation", 10, "%", "營運資金及一般企業用途|working capital|" + KS, None, opt=True),
], [])

# zh09: Hong Kong Land Registry's September 2023 statistics (government press release carried by Sina Hong Kong's news
# portal, Traditional, Chinese-numeral dates). "二○二三年九月份" -> "2023-09"; 八月份 / 去年九月 are the comparison months
# in basis. 元 = HKD. Each bullet gives a level, its change against August (mom) and against September 2022 (yoy); 下跌 ->
# negative. Key: all agreements for sale and purchase (3,893份, unit "agreements"), their 12-month moving average (4,960份;
# a published headline series of the release, key), the total consideration (298億元), residential agreements (2,862份)
# and residential consideration (228億元), each with its mom and yoy change. Optional: the land-search count (331,931次,
# unit "searches") and its two changes (registry administration, not a property-market figure; judgement call). No prior
# is given for the levels: the August and year-earlier levels are not printed. Not labelled: 十月四日 (date), 十二個月
# (the averaging window), 三十天 (the lodging period).
HK9 = "香港|Hong Kong|香港物業市場|香港樓市|Hong Kong property market|土地註冊處|Land Registry"
RES9 = "住宅樓宇|住宅|住宅物業|Hong Kong residential property|residential property|residential|" + HK9
P9 = "2023-09"
AG, AGG = "sale_and_purchase_agreements|agreements_for_sale_and_purchase|property_transactions|transactions", \
    "sale_and_purchase_agreements_change|agreements_change|transactions_change|transaction_volume_change"
CV, CVG = "consideration|sale_and_purchase_value|transaction_value|total_consideration", \
    "consideration_change|transaction_value_change|sale_and_purchase_value_change"


def trio9(metric, mg, v, unit, ent, mom, yoy, basis, opt=False):
    return [m(metric, v, unit, ent, P9, opt=opt, basis=basis),
            m(mg, mom, "%", ent, P9, opt=opt, basis=basis + "; mom, vs August (八月份)"),
            m(mg, yoy, "%", ent, P9, opt=opt, basis=basis + "; yoy, vs September 2022 (去年九月)")]


G["zh09"] = (
    trio9(AG, AGG, 3893, "agreements", HK9, -16.5, -19.5, "all types of building units, lodged for registration")
    + trio9(AG, AGG, 4960, "agreements", HK9, -1.6, -13.1, "12-month moving average")
    + trio9(CV, CVG, 2.98e10, "HKD", HK9, -14.7, -14.4, "total consideration, all building units")
    + trio9(AG, AGG, 2862, "agreements", RES9, -11.9, -26.1, "residential building units")
    + trio9(CV, CVG, 2.28e10, "HKD", RES9, -20.5, -21.7, "total consideration, residential building units")
    + trio9("land_searches|searches", "land_searches_change|searches_change", 331931, "searches", HK9, -26.1, -20.8,
            "land searches by the public", opt=True),
    [])

# zh10: "今日看點" broker roundup on four different Hong Kong / US-listed Chinese stocks (uSMART HK, usmart.hk, Traditional
# with mainland-style curly quotes). No year is printed (the only year, "延續至2022年", is a forecast horizon) -> period None;
# "一季度" -> "Q1". Ratings normalised: “買入” = buy, “增持” = overweight, “中性” = neutral, “持有” = hold. Rating actions:
# UBS keeps Sinopec at buy and lifts the target 4.7 -> 4.9 港元 (raise_target); Morgan Stanley keeps Tongcheng Travel at
# overweight, target up 4.5% to 23港元 (raise_target, prior target not printed -> None); JPMorgan cuts 周大福, 六福集團 and
# 周生生 from overweight to neutral with no target (three downgrades, target None); Morgan Stanley upgrades Trip.com (TCOM)
# hold -> overweight with a 50美元 target (USD as printed). Metrics: every target (key; 4.7 as prior on Sinopec's row), the
# 4.5 % target rise, Tongcheng's first-quarter adjusted net profit growth (大增279.5%) and its gross transaction value (升83%
# 至333億元). The 333億元 is bare 元 in a Hong Kong stock context -> HKD by the corpus convention although a mainland
# company's GTV may well be in 人民幣 (judgement call; the text names no currency). Optional: "大漲超13%" (a 超X move, an
# open bound), Morgan Stanley's "4到5倍" (outbound vs domestic unit economics, rng=(4, 5) in x, analyst reasoning). Not
# labelled: stock codes, 2022年 (a horizon), 12個月 (a horizon), 三 (a count of stocks).
SNP = "中石化|中國石油化工股份|中國石化|中国石化|Sinopec|China Petroleum & Chemical|386|00386"
TC = "同程藝龍|同程旅行|同程艺龙|Tongcheng-Elong|Tongcheng Travel|780|00780"
CTF = "周大福|周大福珠寶|Chow Tai Fook|Chow Tai Fook Jewellery|1929|01929"
LF = "六福集團|六福|Luk Fook|Luk Fook Holdings|590|00590"
CSS = "周生生|Chow Sang Sang|116|00116"
TCOM = "攜程|携程|攜程集團|Trip.com|Trip.com Group|Ctrip|TCOM"
UBS10 = "瑞銀|瑞银|UBS"
MS10 = "摩根士丹利|大摩|Morgan Stanley"
JPM10 = "摩根大通|摩通|JPMorgan|J.P. Morgan|JP Morgan"
G["zh10"] = ([
    m("target_price", 4.9, "HKD", SNP, None, prior=4.7, basis="UBS, raised, “買入” kept"),
    m("target_price", 23, "HKD", TC, None, basis="Morgan Stanley, raised, “增持” kept"),
    m("target_price_change", 4.5, "%", TC, None, basis="Morgan Stanley, 目標價升4.5%"),
    m("price_change|share_price_change", None, "%", TC, None, rng=(13, None), opt=True, basis="at press time, 大漲超13%"),
    m("adjusted_net_profit_growth|adjusted_profit_growth|net_profit_growth", 279.5, "%", TC, "Q1",
      basis="一季度經調整純利, 大增"),
    m("gtv_growth|gross_transaction_value_growth|total_transaction_value_growth", 83, "%", TC, "Q1", basis="總交易額"),
    m("gtv|gross_transaction_value|total_transaction_value", 3.33e10, "HKD", TC, "Q1",
      basis="總交易額 333億元 (bare 元, HK convention)"),
    m("target_price", 50, "USD", TCOM, None, basis="Morgan Stanley, with upgrade to “增持”"),
    m("unit_economics_ratio|ratio", None, "x", "出境遊|outbound travel|" + TCOM, None, rng=(4, 5), opt=True,
      basis="outbound vs domestic travel unit economics, 4到5倍"),
], [
    ra(UBS10, SNP, "raise_target", "buy", None, 4.9, 4.7, "HKD"),
    ra(MS10, TC, "raise_target", "overweight", None, 23, None, "HKD"),
    ra(JPM10, CTF, "downgrade", "neutral", "overweight", None, None, None),
    ra(JPM10, LF, "downgrade", "neutral", "overweight", None, None, None),
    ra(JPM10, CSS, "downgrade", "neutral", "overweight", None, None, None),
    ra(MS10, TCOM, "upgrade", "overweight", "hold", 50, None, "USD"),
])

# zh11: Taiwan financial holding companies' May 2023 and January-May 2023 profits (ETtoday 財經雲, Traditional, Taiwan usage;
# the page's table caption is left out and the passage ends at the sentence before the excerpt breaks off). "今(2023)年度"
# dates the passage: 今年前5月 / 前5月 / 累計前5月 = "2023-01..05", 5月 = "2023-05", 截至5月底 = "2023-05-31", 去年同期 =
# "2022-01..05". 億 / 億元 = TWD (兆豐金's "163.91億" prints no 元: TWD by context). Subsidiaries own their figures
# (entity the subsidiary). Key: 中信金's Jan-May profit 197.75億元 (printed twice) with the year-earlier 221.7億元 as prior
# and its "衰退近11%" (-11 %, 近X -> X); 兆豐金's 163.91億, "年增高達147.75%" (printed twice) and EPS 1.18元; 台新金's Jan-May
# 73.7億元 and 年增140.8% (each printed twice), May 14.1億元 and 年增252.5%, EPS 0.55元; 台新銀行's May 14.7億元 and
# Jan-May 69億元, its NPL ratio 0.12% and coverage 1,135.43% at end-May; 台新證券's May 1.9億元 and Jan-May 6.2億元;
# 台新人壽's May net loss 1.5億元 (淨損 -> negative) and Jan-May 0.6億元; 台灣人壽's May 4.13億元 and Jan-May 1.67億元
# (prior 97.89億元) with its "衰退98%". Optional: the lead's "已賺逾百億" for 中信金, 兆豐金, 第一金 and 元大金 (open bounds,
# rng=(1e10, None)), "近200億元" (a rounded restatement of 197.75億元), the two year-earlier profits as rows of their own
# (news23 / news24: an earlier level printed beside a new one is its prior and an optional row). Not labelled: 11家 (a count),
# 歷年同期第三高 (a rank), "較上月成長" / "較去年同期上升 / 減少" (no figure).
CTBC = "中信金|中信金控|中國信託金控|中信金融控股|CTBC Financial|CTBC Financial Holding|CTBC Holding|2891"
MEGA = "兆豐金|兆豐金控|兆丰金|Mega Financial|Mega Financial Holding|2886"
TSH = "台新金|台新金控|台新金融控股|Taishin Financial|Taishin Financial Holding|Taishin FHC|2887"
TSB = "台新銀行|台新國際商業銀行|台新银行|Taishin Bank|Taishin International Bank"
TSS = "台新證券|台新证券|Taishin Securities"
TSL = "台新人壽|台新人寿|Taishin Life|Taishin Life Insurance"
TWL = "台灣人壽|台灣人寿|台壽|Taiwan Life|Taiwan Life Insurance"
FFH = "第一金|第一金控|First Financial|First Financial Holding|2892"
YFH = "元大金|元大金控|Yuanta Financial|Yuanta Financial Holding|2885"
NP = "net_profit|profit_after_tax|net_income"
NPG = "net_profit_growth|profit_growth|net_income_growth"
YTD, PYTD, MAY, END = "2023-01..05", "2022-01..05", "2023-05", "2023-05-31"
G["zh11"] = ([
    m(NP, None, "TWD", CTBC, YTD, rng=(1e10, None), opt=True, basis="lead, 前5月已賺逾百億"),
    m(NP, None, "TWD", MEGA, YTD, rng=(1e10, None), opt=True, basis="lead, 前5月已賺逾百億"),
    m(NP, None, "TWD", FFH, YTD, rng=(1e10, None), opt=True, basis="lead, 前5月已賺逾百億"),
    m(NP, None, "TWD", YFH, YTD, rng=(1e10, None), opt=True, basis="lead, 前5月已賺逾百億"),
    m(NP, 1.9775e10, "TWD", CTBC, YTD, prior=2.217e10, basis="Jan-May cumulative, top so far; printed twice; prior = 去年同期"),
    m(NP, 2e10, "TWD", CTBC, YTD, opt=True, basis="近200億元, rounded restatement"),
    m(NPG, -11, "%", CTBC, YTD, basis="yoy, 衰退近11%"),
    m(NP, 2.217e10, "TWD", CTBC, PYTD, opt=True, basis="year-earlier Jan-May (去年同期)"),
    m(NP, 1.6391e10, "TWD", MEGA, YTD, basis="Jan-May cumulative, 大賺163.91億"),
    m(NPG, 147.75, "%", MEGA, YTD, basis="yoy (年增); printed twice"),
    m("eps", 1.18, "TWD", MEGA, YTD, basis="每股盈餘, Jan-May"),
    m(NP, 7.37e9, "TWD", TSH, YTD, basis="稅後純益, Jan-May cumulative; printed twice"),
    m(NPG, 140.8, "%", TSH, YTD, basis="yoy; printed twice"),
    m(NP, 1.41e9, "TWD", TSH, MAY, basis="May, self-reported (自結)"),
    m(NPG, 252.5, "%", TSH, MAY, basis="May, yoy"),
    m("eps", 0.55, "TWD", TSH, YTD, basis="每股盈餘, Jan-May"),
    m(NP, 1.47e9, "TWD", TSB, MAY, basis="May"),
    m(NP, 6.9e9, "TWD", TSB, YTD, basis="Jan-May cumulative"),
    m("npl_ratio|non_performing_loan_ratio", 0.12, "%", TSB, END, basis="逾放比, end-May"),
    m("coverage_ratio|npl_coverage_ratio|provision_coverage_ratio", 1135.43, "%", TSB, END,
      basis="備抵呆帳覆蓋率, end-May"),
    m(NP, 1.9e8, "TWD", TSS, MAY, basis="May"),
    m(NP, 6.2e8, "TWD", TSS, YTD, basis="Jan-May cumulative"),
    m(NP + "|net_loss", -1.5e8, "TWD", TSL, MAY, basis="May, 稅後淨損 (loss)"),
    m(NP, 6e7, "TWD", TSL, YTD, basis="Jan-May cumulative, 0.6億元"),
    m(NP, 4.13e8, "TWD", TWL, MAY, basis="May, single month (單月)"),
    m(NP, 1.67e8, "TWD", TWL, YTD, prior=9.789e9, basis="Jan-May; prior = 去年同期"),
    m(NPG, -98, "%", TWL, YTD, basis="yoy, 衰退98%"),
    m(NP, 9.789e9, "TWD", TWL, PYTD, opt=True, basis="year-earlier Jan-May (去年同期)"),
], [])

# zh12: Taiwan's November trade figures and export outlook (CNA / 中央社 story on Yahoo News Taiwan, Traditional, Taiwan
# usage; the page's headline is not in the stored text and is not composed; the CNA date code "1141209" is kept and not
# labelled). No year is printed ("今年"; 2010 is the date of a historical record) -> period None, with "Q4" for 第4季.
# 億美元 -> USD. Key: November exports 640.5億美元 and 年增56%, imports 479.7億美元 and 年增45%; the Ministry of Finance's
# fourth-quarter export growth outlook "上看48%至50%" (a range, rng=(48, 50), printed in the lead and the body: one row);
# DGBAS's (主計總處) forecasts: fourth-quarter exports 1723億美元, fourth-quarter goods-export growth 36.84% and the
# full-year trade surplus 1406億美元; the ministry's estimate that fourth-quarter exports will beat the DGBAS forecast by
# 約150億美元 (a quantified estimate, key; judgement call). Optional: the 25-month growth streak, the full-year
# "超過6000億美元" (an open bound, printed twice, news22 zh12: outlook bounds are optional), the record "2010年第1季52.3%"
# (history, period "2010Q1"), the surplus "有機會突破1500億美元" (open bound). Not labelled: 9日 (date), 近15年 (a span),
# 1141209 (a date code).
TW12 = "台灣|臺灣|我國|Taiwan"
EX, EXG = "exports|export_value|exports_value", "export_growth|exports_growth"
NOV = "November (11月)"
G["zh12"] = ([
    m(EX, 6.405e10, "USD", TW12, None, basis=NOV + ", customs exports, single-month record"),
    m(EXG, 56, "%", TW12, None, basis=NOV + ", yoy (年增率)"),
    m("growth_streak|consecutive_months", 25, "months", TW12, None, opt=True, basis="連續25個月正成長"),
    m("imports|import_value", 4.797e10, "USD", TW12, None, basis=NOV + ", single-month record"),
    m("import_growth|imports_growth", 45, "%", TW12, None, basis=NOV + ", yoy"),
    m(EXG + "|export_growth_forecast", None, "%", TW12, "Q4", rng=(48, 50),
      basis="Ministry of Finance outlook, yoy, 上看48%至50%; lead and body"),
    m(EX, None, "USD", TW12, None, rng=(6e11, None), opt=True, basis="full year (今年), 超過6000億美元; printed twice"),
    m(EX + "|exports_forecast", 1.723e11, "USD", TW12, "Q4", basis="DGBAS (主計總處) forecast, quarterly record"),
    m("exports_vs_forecast|export_forecast_surprise", 1.5e10, "USD", TW12, "Q4",
      basis="MOF estimate: Q4 exports above the DGBAS forecast by 約150億美元左右"),
    m(EXG + "|export_growth_forecast", 36.84, "%", TW12, "Q4", basis="DGBAS forecast, goods exports, yoy"),
    m(EXG, 52.3, "%", TW12, "2010Q1", opt=True, basis="record quarterly growth (史上最高紀錄)"),
    m("trade_surplus|trade_balance", 1.406e11, "USD", TW12, None, basis="DGBAS forecast, full year (今年), 出超"),
    m("trade_surplus|trade_balance", None, "USD", TW12, None, rng=(1.5e11, None), opt=True,
      basis="full year, 有機會突破1500億美元"),
], [])
