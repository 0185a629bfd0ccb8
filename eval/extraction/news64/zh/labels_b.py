# Hand labels for news64/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong pages (東方日報 on
# orientaldaily.on.cc, a 恒生銀行 results item on xuehua.tw), one Macau government release (統計暨普查局 on gov.mo) and three
# Taiwan pages (經濟日報 and 中央社 on udn.com, 自由時報 on ec.ltn.com.tw); see batch_b.md). Helpers m() and ra() are
# supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier sets'
# labels_*.py files (grep: "IPOs", "shares", "units", "contracts", "lots", "points", "days", "months", "stocks", "pp").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news62/zh and news63/zh and the labels files of news62/zh (labels_a.py, labels_b.py), with the precedents
# named below: news10 / news14 / news24 for Hong Kong IPO first-day figures (ipo_price / first_day_gain rows key, lot sizes
# and paper gains or losses per lot optional, counts of IPOs in "IPOs"); news62 zh10 / news60 / news61 for a level printed
# with the year-earlier figure ("(2018 年為…)" -> value with prior plus an optional row for the earlier figure); news45 zh10
# for Macau's property-transaction release (prices per m² in MOP with the basis in `basis`, unit and parking counts in
# "units", "分別" / "依次" lists mapped in order, districts as entities with Macau as alias); news19 zh12 / news17 for
# Taiwan institutional flows (賣超 -> a negative net_buy in TWD, 張 -> "lots"); news61 zh11 for futures positions in 口
# ("contracts"; "減少411口至25,441口" -> level plus a negative change row, no inferred prior); news62 zh07 / news61 zh07 for
# an open bound that is the only figure printed for a statistic (key bound); news63 for spans and streaks (optional).
# Currency: Hong Kong bare 元 / 億元 = HKD (zh07, zh08; zh08 prints 港幣 once); Macau "(澳門元,下同)" = MOP for every later
# 元 / 億元 (zh09); Taiwan bare 元 / 億元 and 新台幣 = TWD (zh10, zh11, zh12). Values fully scaled (248.4億元 -> 2.484e10;
# 435.14 億元 -> 4.3514e10; 105.2億元 -> 1.052e10; 4,319億元 -> 4.319e11; 約5.69萬張 -> 56900 lots; 1萬8972張 -> 18972 lots;
# 96.52億元 -> 9.652e9). 約X / 近X -> X; 逾X / X之上 -> open lower bounds (挫逾12% -> rng (None, -12)). Declines, losses and
# net selling negative (跌, 下跌, 減少, 挫, 蝕, 累跌, 小跌, 賣超, 跌穿); 增加 / 上升 / 升 / 累升 / 漲 / 上漲 / 上調 / 調升 / 買超
# positive. Brokers' targets and ratings (zh12) appear only in the rating action; the target's percentage change is a
# target_price_change row (earlier sets).
# Periods only where the text states or clearly implies the year: zh07 None (十二月 / 上周五 / 今日, no year printed);
# zh08 FY2019 / FY2018 and 2019-12-31 / 2018-12-31 (printed); zh09 2021Q1 (printed 2021年第1季; 今年第1季) and 2021-03-31
# for 截至今年第1季末; zh10 None (昨（23）日, 上周五, 12月4日: no year printed; the page's date line is dropped and not used);
# zh11 None (今年 / 全年 / 去年底 under a dateline 台北31日電 without month; the text's own "2026年" ranking conflicts with
# its "明年1月30日", so no year is taken from it); zh12 None for the share-price rows (今（7日）). Addresses, dropped page
# chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong daily's round-up of December's new listings (東方日報 orientaldaily.on.cc, finance page; Traditional,
# half-width commas and brackets, 「」 quotes around 撻Q / 潛水 / 浮於水面 / 損手 / 鯉魚翻身 / 最賺錢 as printed; the headline
# and the first sub-heading kept, reworded (本月新股旺市不旺價 散戶紛損手 -> 本月新股數量旺股價不旺 散戶紛紛蝕本; 10隻首掛
# 「潛水」 四股險守 -> 10隻首日即「潛水」 四股勉強守住); the stored text breaks off in the sentence after the second
# sub-heading ("以招股價中位數定價的萬城控股(02892)…首日較招股價升5%,…四川省商業銀行瀘州市商業銀行(01983)難逃近年內地
# 城商行來港上市認"), so the passage stops before that sub-heading (萬城控股至今仍高招股價) and the cut sentence (their
# 02892, 5 and 01983 dropped)).
# Key: 17 IPOs listed in 十二月 (to last Friday), +70 % mom (按月增加七成) and +6.25 % yoy; 2 IPOs priced at or above the
# midpoint; 10 IPOs below their offer price on day one, 4 just holding it, 3 above it at last Friday's close; 匯量科技's
# first-day close 3.99元 against the 4元 offer price and its later 累升3.25%; 創毅控股's first-day -16%; 五谷磨房's first-day
# fall 挫逾12% (the only figure for it -> key bound); Metropolis Capital's first-day +41%, its 0.39元 offer price and
# 累跌7.69% to last Friday.
# Optional: the sub-heading's 10隻 and 四股 (twins); lot sizes (一手2,000股, 一手8,000股) and the paper loss / gain per lot
# (帳蝕400元, 帳賺1,280元), as news10 / news14 / news24.
# Judgement calls: period None (no year printed); the IPO market ("新股", December's new listings) is the entity of the
# counts; 按月增加七成 -> +70 % on the count (一成 = 10 %); "跌穿招股價0.39元" gives the offer price 0.39 HKD (the fall below
# it has no size of its own); 累升3.25% is read as 匯量科技's cumulative change since listing; "十月底以來" and "雙位數升幅"
# give no rows; stock codes are not labelled.
IPO7 = "新股|香港新股|港股新股|十二月新股|Hong Kong IPOs|new listings|IPO market"
HJ7 = "匯量科技|Mobvista|01860|1860"
CY7 = "創毅控股|創毅|03992|3992"
WG7 = "五谷磨房|01837|1837"
MC7 = "Metropolis Capital|Metropolis|08621|8621"
CNT7 = "ipo_count|ipos|number_of_ipos|new_listings"
FDG7 = "first_day_gain|first_day_change|price_change"
G["zh07"] = ([
    m(CNT7, 17, "IPOs", IPO7, None, basis="十二月 first-day listings to last Friday (截至上周五)"),
    m("ipo_count_change|new_listings_change|change", 70, "%", IPO7, None, basis="按月增加七成 (mom)"),
    m("ipo_count_change|new_listings_change|change", 6.25, "%", IPO7, None, basis="yoy (較去年同期)"),
    m(CNT7, 2, "IPOs", IPO7, None, basis="兩隻 priced at or slightly above the midpoint (incl. 上海君實)"),
    m(CNT7, 10, "IPOs", IPO7, None, basis="首日「潛水」 (below the offer price on day one)"),
    m(CNT7, 10, "IPOs", IPO7, None, opt=True, basis="sub-heading twin 10隻"),
    m(CNT7, 4, "IPOs", IPO7, None, basis="勉強守住招股價 (held the offer price)"),
    m(CNT7, 4, "IPOs", IPO7, None, opt=True, basis="sub-heading twin 四股"),
    m(CNT7, 3, "IPOs", IPO7, None, basis="above the offer price at last Friday's close (浮於水面)"),
    m("close|share_price|first_day_close", 3.99, "HKD", HJ7, None, basis="首日收報"),
    m("ipo_price|offer_price", 4, "HKD", HJ7, None, basis="招股價"),
    m("cumulative_change|price_change", 3.25, "%", HJ7, None, basis="累升 (after rebounding the next day)"),
    m(FDG7, -16, "%", CY7, None, basis="首日 vs 招股價, 跌 (the month's biggest fall)"),
    m(FDG7, None, "%", WG7, None, rng=(None, -12), basis="首日收市 vs 招股價, 挫逾12% (bound; the only figure)"),
    m("lot_size", 2000, "shares", WG7, None, opt=True, basis="一手2,000股"),
    m("paper_gain_per_lot|paper_loss_per_lot", -400, "HKD", WG7, None, opt=True, basis="帳蝕400元 per lot"),
    m(FDG7, 41, "%", MC7, None, basis="首日 vs 招股價, 升"),
    m("lot_size", 8000, "shares", MC7, None, opt=True, basis="一手8,000股"),
    m("paper_gain_per_lot|paper_loss_per_lot", 1280, "HKD", MC7, None, opt=True, basis="帳賺1,280元 per lot"),
    m("ipo_price|offer_price", 0.39, "HKD", MC7, None, basis="招股價 (跌穿 last Wednesday)"),
    m("cumulative_change|price_change", -7.69, "%", MC7, None, basis="累跌, to last Friday's close"),
], [])


# zh08: a Hong Kong bank's full-year results highlights (恒生銀行 FY2019 on xuehua.tw; Traditional with half-width commas
# and brackets, the stray spaces around figures ("增加 6%", " 435.14 億元", "2018 年為港幣 412.15 億元") and the hard line
# wraps inside the capital-ratio sentence kept as printed; the photo caption "恒生銀行(資料圖片)" and the closing "相关文章"
# left out; no headline in the stored text and none composed; whole stored item otherwise).
# Key: 股東應得溢利 248.4億元 (+3%); EPS 12.77元 (+2%); fourth interim dividend 4元 a share; net operating income before ECL
# changes 435.14 億元 (+6%, prior 412.15 億元); operating profit 286.10 億元 (+2%, prior 279.47 億元); operating profit
# before ECL 304.47 億元 (+5%, prior 289.43 億元); ROE 15.2% (prior 16.0%); at 2019-12-31 CET1 16.9%, tier 1 18.7%, total
# capital 20.8% (priors 16.6%, 17.8%, 20.2% at 2018-12-31); cost efficiency ratio 30.0% (prior 29.5%).
# Optional: each year-earlier figure as a row of its own (FY2018 / 2018-12-31), as news62 zh10.
# Judgement calls: bare 元 / 億元 = HKD (港幣 printed once); "(2018 年為…)" is the year-earlier figure -> prior; the two
# operating-income lines before ECL keep their basis; 第四次中期股息 is dps (basis names the fourth interim); the year
# 2019 / 2018 and 12月31日 give no rows; the code (011) is not labelled.
HS8 = "恒生銀行|恒生|Hang Seng Bank|011|0011|00011"
FY8, PY8, E8, PE8 = "FY2019", "FY2018", "2019-12-31", "2018-12-31"
OI8 = "net_operating_income|operating_income|revenue|net_operating_income_before_ecl"
OP8 = "operating_profit|operating_income"
OPB8 = "operating_profit_before_ecl|pre_provision_operating_profit|operating_profit"
G["zh08"] = ([
    m("net_profit|profit_attributable|net_income", 2.484e10, "HKD", HS8, FY8, basis="股東應得溢利"),
    m("net_profit_growth|profit_growth", 3, "%", HS8, FY8, basis="按年增加"),
    m("eps|basic_eps|earnings_per_share", 12.77, "HKD", HS8, FY8, basis="每股基本盈利"),
    m("eps_growth|earnings_per_share_growth", 2, "%", HS8, FY8, basis="增加"),
    m("dividend_per_share|dps|dividend", 4, "HKD", HS8, FY8, basis="第四次中期股息 每股4元"),
    m(OI8, 4.3514e10, "HKD", HS8, FY8, prior=4.1215e10,
      basis="營業收入淨額, before ECL changes and other credit impairment charges"),
    m(OI8, 4.1215e10, "HKD", HS8, PY8, opt=True, basis="2018 年為港幣 412.15 億元"),
    m("net_operating_income_growth|operating_income_growth|revenue_growth", 6, "%", HS8, FY8, basis="增加"),
    m(OP8, 2.861e10, "HKD", HS8, FY8, prior=2.7947e10, basis="營業溢利"),
    m(OP8, 2.7947e10, "HKD", HS8, PY8, opt=True, basis="2018 年為"),
    m("operating_profit_growth|operating_income_growth", 2, "%", HS8, FY8, basis="增加"),
    m(OPB8, 3.0447e10, "HKD", HS8, FY8, prior=2.8943e10, basis="營業溢利 before ECL changes and other credit impairment charges"),
    m(OPB8, 2.8943e10, "HKD", HS8, PY8, opt=True, basis="2018 年為"),
    m("operating_profit_growth|pre_provision_operating_profit_growth", 5, "%", HS8, FY8, basis="增加, before ECL"),
    m("roe|return_on_equity|average_roe", 15.2, "%", HS8, FY8, prior=16.0, basis="普通股股東權益平均回報率"),
    m("roe|return_on_equity|average_roe", 16.0, "%", HS8, PY8, opt=True, basis="2018 年為"),
    m("cet1_ratio|common_equity_tier1_ratio|capital_ratio", 16.9, "%", HS8, E8, prior=16.6, basis="普通股權一級資本比率"),
    m("cet1_ratio|common_equity_tier1_ratio|capital_ratio", 16.6, "%", HS8, PE8, opt=True, basis="2018 年 12 月 31 日"),
    m("tier1_ratio|tier_1_capital_ratio|capital_ratio", 18.7, "%", HS8, E8, prior=17.8, basis="一級資本比率"),
    m("tier1_ratio|tier_1_capital_ratio|capital_ratio", 17.8, "%", HS8, PE8, opt=True, basis="2018 年 12 月 31 日"),
    m("total_capital_ratio|capital_adequacy_ratio|capital_ratio", 20.8, "%", HS8, E8, prior=20.2, basis="總資本比率"),
    m("total_capital_ratio|capital_adequacy_ratio|capital_ratio", 20.2, "%", HS8, PE8, opt=True,
      basis="2018 年 12 月 31 日"),
    m("cost_income_ratio|cost_efficiency_ratio", 30.0, "%", HS8, FY8, prior=29.5, basis="成本效益比率"),
    m("cost_income_ratio|cost_efficiency_ratio", 29.5, "%", HS8, PY8, opt=True, basis="2018 年為"),
], [])


# zh09: Macau's quarterly private construction and property transaction statistics (統計暨普查局 release on gov.mo, zh-hant;
# Traditional with half-width commas and brackets, "(澳門元,下同)" and the bracketed counts and prices as printed; the release
# title kept, reworded (2021年第1季私人建築及不動產交易統計 -> 私人建築與不動產交易統計(2021年第1季)); the page chrome
# "跳過導航" and the closing "此頁面有問題嗎? / 幫助我們改進GOV.MO / * 必填項 / 提交" left out; whole stored item otherwise).
# Key (2021Q1): 1,987 units and parking spaces traded (-16.1% qoq), value 105.2億元 (-22.4%); residential transactions 1,310
# (-320), value 84.7億元 (-26.5%); existing units 1,179 (-13.4%) worth 73.7億元 (-16.1%); off-plan 131 (-51.1%) worth 11.0億元
# (-59.7%); residential average price 100,217元 per m² of usable area (-8.0%), Macau Peninsula 97,798元 (-4.9%), Taipa 103,634元
# (-12.4%), Coloane 107,789元 (-10.9%); existing 95,409元 (-4.0%) with 氹仔中心區 180 units at 101,979元, 黑沙環新填海區 152 at
# 115,379元, 黑沙環及祐漢 104 at 96,903元; off-plan 149,714元 (-4.3%) with 路環 33 at 131,142元, 筷子基 32 at 152,744元, 望廈及
# 水塘 26 at 170,860元; offices 113,331元 (+4.9%), industrial 51,631元 (+26.4%); 2,911 sale contracts covering 3,681 units
# (-8.8%), 2,702 mortgage contracts covering 3,115 units (-21.4%); construction permits for 231 residential units (studios
# 44.2%, two-bedroom 31.2%); occupation permits for 10 units. Key (2021-03-31): residential units at the design stage 8,505,
# under construction 2,596, under inspection 1,683.
# Optional: none.
# Judgement calls: "(澳門元,下同)" -> MOP for every later 元 / 億元; prices per m² are MOP values with "per m² usable area" in
# basis (the development corpus's per-unit convention); counts of units, parking spaces and properties are "units", 宗 of
# contracts "contracts"; "按季分別下跌16.1%及22.4%" and the 依次 lists map in order (count, then value); "按季減少320個"
# is a change row without prior (the earlier level is not printed); the off-plan 路環 (33 units) is a district row of the
# off-plan market, kept apart from the all-residential 路環 price (107,789元) by entity alternatives and basis; the studio /
# two-bedroom shares are shares of the 231 units; 第1季 / 2021 give no rows.
MO9 = "澳門|Macau|Macao"
ALL9 = "樓宇單位及停車位|units and parking spaces|property units|" + MO9
RES9 = "住宅單位|整體住宅單位|residential units|residential|" + MO9
EXI9 = "現貨住宅|existing residential units|completed residential units|" + RES9
OFF9 = "住宅樓花|樓花|off-plan residential units|pre-sale units|" + RES9
PEN9 = "澳門半島|Macau Peninsula|" + RES9
TAI9 = "氹仔|Taipa|" + RES9
COL9 = "路環|Coloane|" + RES9
TCC9 = "氹仔中心區|Taipa Central|" + EXI9
ANR9 = "黑沙環新填海區|Areia Preta new reclamation|" + EXI9
AYH9 = "黑沙環及祐漢|黑沙環及祐漢區|Areia Preta and Iao Hon|" + EXI9
COF9 = "路環|Coloane|" + OFF9
FAI9 = "筷子基|Fai Chi Kei|" + OFF9
MHS9 = "望廈及水塘|Mong Ha and Reservoir|" + OFF9
OFC9 = "辦公室|辦公室單位|office units|offices|" + MO9
IND9 = "工業|工業單位|industrial units|" + MO9
DEED9 = "不動產買賣契約|不動產|property sale deeds|property transactions|" + MO9
MORT9 = "按揭貸款契約|按揭|mortgage contracts|mortgage loans|" + MO9
Q9, E9 = "2021Q1", "2021-03-31"
TX9 = "transactions|units_sold|property_transactions|sales_volume"
TXC9 = "transactions_change|units_sold_change|sales_volume_change"
TXG9 = "transactions_growth|units_sold_growth|sales_volume_growth"
TV9 = "transaction_value|sales_value|value"
TVG9 = "transaction_value_growth|sales_value_growth|value_growth"
AP9 = "average_price|average_price_per_sqm|price_per_sqm"
APC9 = "average_price_change|price_change|price_per_sqm_change"
PSM9 = "per m² usable area"
G["zh09"] = ([
    m(TX9, 1987, "units", ALL9, Q9, basis="stamp-duty-completed sales of building units and parking spaces"),
    m(TXG9, -16.1, "%", ALL9, Q9, basis="qoq, first of 分別"),
    m(TV9, 1.052e10, "MOP", ALL9, Q9, basis="總值 (澳門元,下同)"),
    m(TVG9, -22.4, "%", ALL9, Q9, basis="qoq, second of 分別"),
    m(TX9, 1310, "units", RES9, Q9, basis="residential transactions"),
    m(TXC9, -320, "units", RES9, Q9, basis="qoq (按季減少320個)"),
    m(TV9, 8.47e9, "MOP", RES9, Q9, basis="residential transaction value"),
    m(TVG9, -26.5, "%", RES9, Q9, basis="qoq (下跌)"),
    m(TX9, 1179, "units", EXI9, Q9),
    m(TV9, 7.37e9, "MOP", EXI9, Q9),
    m(TXG9, -13.4, "%", EXI9, Q9, basis="qoq, count (依次, first)"),
    m(TVG9, -16.1, "%", EXI9, Q9, basis="qoq, value (依次, second)"),
    m(TX9, 131, "units", OFF9, Q9),
    m(TV9, 1.1e9, "MOP", OFF9, Q9, basis="11.0億元"),
    m(TXG9, -51.1, "%", OFF9, Q9, basis="qoq, count (依次, first)"),
    m(TVG9, -59.7, "%", OFF9, Q9, basis="qoq, value (依次, second)"),
    m(AP9, 100217, "MOP", RES9, Q9, basis=PSM9),
    m(APC9, -8.0, "%", RES9, Q9, basis="qoq (按季下跌)"),
    m(AP9, 97798, "MOP", PEN9, Q9, basis=PSM9),
    m(APC9, -4.9, "%", PEN9, Q9, basis="qoq"),
    m(AP9, 103634, "MOP", TAI9, Q9, basis=PSM9),
    m(APC9, -12.4, "%", TAI9, Q9, basis="qoq"),
    m(AP9, 107789, "MOP", COL9, Q9, basis=PSM9 + ", all residential"),
    m(APC9, -10.9, "%", COL9, Q9, basis="qoq"),
    m(AP9, 95409, "MOP", EXI9, Q9, basis=PSM9),
    m(APC9, -4.0, "%", EXI9, Q9, basis="qoq"),
    m(TX9, 180, "units", TCC9, Q9, basis="existing residential transactions"),
    m(AP9, 101979, "MOP", TCC9, Q9, basis=PSM9),
    m(TX9, 152, "units", ANR9, Q9, basis="existing residential transactions"),
    m(AP9, 115379, "MOP", ANR9, Q9, basis=PSM9),
    m(TX9, 104, "units", AYH9, Q9, basis="existing residential transactions"),
    m(AP9, 96903, "MOP", AYH9, Q9, basis=PSM9),
    m(AP9, 149714, "MOP", OFF9, Q9, basis=PSM9),
    m(APC9, -4.3, "%", OFF9, Q9, basis="qoq (下跌…為)"),
    m(TX9, 33, "units", COF9, Q9, basis="off-plan transactions"),
    m(AP9, 131142, "MOP", COF9, Q9, basis=PSM9 + ", off-plan"),
    m(TX9, 32, "units", FAI9, Q9, basis="off-plan transactions"),
    m(AP9, 152744, "MOP", FAI9, Q9, basis=PSM9 + ", off-plan"),
    m(TX9, 26, "units", MHS9, Q9, basis="off-plan transactions"),
    m(AP9, 170860, "MOP", MHS9, Q9, basis=PSM9 + ", off-plan"),
    m(AP9, 113331, "MOP", OFC9, Q9, basis=PSM9),
    m(APC9, 4.9, "%", OFC9, Q9, basis="qoq (上升)"),
    m(AP9, 51631, "MOP", IND9, Q9, basis=PSM9),
    m(APC9, 26.4, "%", IND9, Q9, basis="qoq (上升)"),
    m("contracts|sale_contracts|deeds", 2911, "contracts", DEED9, Q9, basis="不動產買賣契約 宗"),
    m("properties|units|properties_involved", 3681, "units", DEED9, Q9, basis="properties covered by the sale contracts"),
    m("properties_change|units_change|change", -8.8, "%", DEED9, Q9, basis="qoq (下跌)"),
    m("contracts|mortgage_contracts|deeds", 2702, "contracts", MORT9, Q9, basis="按揭貸款契約 宗"),
    m("properties|units|properties_involved", 3115, "units", MORT9, Q9, basis="properties covered by the mortgage contracts"),
    m("properties_change|units_change|change", -21.4, "%", MORT9, Q9, basis="下跌 (qoq)"),
    m("units_in_design|residential_pipeline|units", 8505, "units", RES9, E9, basis="at the design stage (依次, first)"),
    m("units_under_construction|residential_pipeline|units", 2596, "units", RES9, E9,
      basis="under construction (依次, second)"),
    m("units_under_inspection|residential_pipeline|units", 1683, "units", RES9, E9, basis="正在驗樓"),
    m("construction_permits|units_started|units", 231, "units", RES9, Q9, basis="動工批示, all on the Macau Peninsula"),
    m("share|unit_mix_share", 44.2, "%", "無間隔單位|studios|" + RES9, Q9, basis="share of the 231 units (依次, first)"),
    m("share|unit_mix_share", 31.2, "%", "兩房單位|two-bedroom units|" + RES9, Q9,
      basis="share of the 231 units (依次, second)"),
    m("occupation_permits|completions|units_completed", 10, "units", RES9, Q9, basis="使用准照, all studios"),
], [])


# zh10: a Taiwan daily's market close with futures, institutional flows, sectors and a new 千金股 (經濟日報 on udn.com;
# Traditional, full-width punctuation and brackets, thousands commas; the byline "經濟日報／ 記者王奐敏／台北報導" kept with
# its stray space; the page's date line " date 2025-12-24", the label "快訊" and the repeated photo caption ("股期雙漲報佳音，
# 法人看好，加權指數年底前挑戰歷史高機會高，但須補量。聯合報系資料照", twice, no figure) left out; no headline in the stored
# text and none composed; the stored text breaks off after a lone "櫃", so the passage ends with the paragraph before it).
# Key: 台股 +160點 to 28,310點; 台指期 28,413點; the futures premium 逾百點 (the only figure for it -> key bound); 櫃買指數
# 267.76點; turnover 4,319億元 (-14% on the day before); foreign investors' purchases 1,308億元 and sales 1,390億元, net
# selling 81.7億元; their net short futures position 25,441口 (-411口); 投信 net buying 17.9億元 (cumulative 154.3億元);
# 自營商 81.3億元 (cumulative 386.4億元); 三大法人 17.5億元; 八大公股行庫 4億元; 五大壽險 net selling 21.7億元; the financial
# index -0.1%; sectors 建材營造 +1.1%, 電子 +0.8%, 塑膠 -0.9%, 鋼鐵 -0.8%; 雙鴻 +29元 to 1,020元; 26 stocks priced at 1,000元
# or more.
# Optional: the span 近14個月高點 (months); 12月4日's 3,979億元 (a reference level); last Friday's purchases and sales 各達
# 2,350億元之上 (a reference bound); the streaks 連六買 / 連四買 (days).
# Judgement calls: period None (昨（23）日, 上周五, 12月4日: no year printed; the dropped date line is not used); 賣超 ->
# negative net_buy; 累計買超 -> cumulative_net_buy over the printed streak; 口 -> "contracts" with the 減少 as a negative
# change row (news61 zh11); the premium (正價差) is a positive points bound; "分別降至1,308億元、1,390億元" maps in order
# (purchases, sales); the 26千金 is a count of stocks ("stocks"); stock codes, 19大類股, 八大 / 五大 / 三大 (group names) and
# 台積電's role give no rows.
TW10 = "台股|加權指數|集中市場|大盤|TAIEX|Taiwan stock market|Taiwan stocks"
TX10 = "台指期|台指期貨|臺股期貨|TAIEX futures|Taiwan index futures"
OTC10 = "櫃買指數|櫃買|TPEx index|OTC index|TPEx"
FI10 = "外資|外資法人|foreign investors|foreign institutional investors"
IT10 = "投信|investment trusts|domestic investment trusts"
DL10 = "自營商|dealers|proprietary traders"
III10 = "三大法人|institutional investors|three major institutional investors"
GB10 = "八大公股行庫|公股行庫|state-owned banks|eight state-run banks"
LI10 = "五大壽險|壽險|life insurers|five major life insurers"
FIN10 = "金融指數|金融股|financial index|financials"
SH10 = "雙鴻|Auras|Auras Technology"
NB10 = "net_buy|net_buying|fund_flow|net_flow"
CNB10 = "cumulative_net_buy|net_buy|net_inflow"
SEC10 = "sector_change|index_change|price_change"
G["zh10"] = ([
    m("index_change", 160, "points", TW10, None, basis="close (終場漲), 昨（23）日"),
    m("index_level|close", 28310, "points", TW10, None, basis="close (收)"),
    m("futures_close|index_level|close", 28413, "points", TX10, None, basis="close (收)"),
    m("futures_premium|basis|premium", None, "points", TX10, None, rng=(100, None),
      basis="期現貨正價差逾百點 (bound; the only figure for it)"),
    m("index_level|close", 267.76, "points", OTC10, None, basis="close (收盤)"),
    m("months|record_span", 14, "months", OTC10, None, opt=True, basis="近14個月高點 (span)"),
    m("turnover|trading_value|volume", 4.319e11, "TWD", TW10, None, basis="成交量 (in 億元), 驟降至"),
    m("turnover_change|trading_value_change|change", -14, "%", TW10, None, basis="vs the day before (大減)"),
    m("turnover|trading_value|volume", 3.979e11, "TWD", TW10, None, opt=True, basis="12月4日 (reference low)"),
    m("purchases|buy_value|gross_buy", None, "TWD", FI10, None, rng=(2.35e11, None), opt=True,
      basis="上周五 各達2,350億元之上 (buy side; reference bound)"),
    m("sales|sell_value|gross_sell", None, "TWD", FI10, None, rng=(2.35e11, None), opt=True,
      basis="上周五 各達2,350億元之上 (sell side; reference bound)"),
    m("purchases|buy_value|gross_buy", 1.308e11, "TWD", FI10, None, basis="買進金額 (分別, first), 降至"),
    m("sales|sell_value|gross_sell", 1.39e11, "TWD", FI10, None, basis="賣出金額 (分別, second), 降至"),
    m(NB10, -8.17e9, "TWD", FI10, None, basis="轉賣超 (negative)"),
    m("futures_net_short_position|net_short_position|open_interest", 25441, "contracts", FI10, None,
      basis="台指期 未平倉淨空單, 減少411口至25,441口"),
    m("futures_net_short_position_change|net_short_position_change", -411, "contracts", FI10, None, basis="減少"),
    m(NB10, 1.79e9, "TWD", IT10, None, basis="買超"),
    m("days|streak", 6, "days", IT10, None, opt=True, basis="連六買"),
    m(CNB10, 1.543e10, "TWD", IT10, None, basis="累計買超 over the streak"),
    m(NB10, 8.13e9, "TWD", DL10, None, basis="買超"),
    m("days|streak", 4, "days", DL10, None, opt=True, basis="連四買"),
    m(CNB10, 3.864e10, "TWD", DL10, None, basis="累計買超 over the streak"),
    m(NB10, 1.75e9, "TWD", III10, None, basis="合計買超"),
    m(NB10, 4e8, "TWD", GB10, None, basis="買超"),
    m(NB10, -2.17e9, "TWD", LI10, None, basis="賣超 (negative)"),
    m(SEC10, -0.1, "%", FIN10, None, basis="close (小跌)"),
    m(SEC10, 1.1, "%", "建材營造|建材營造類股|construction|building materials and construction", None, basis="上漲, strongest"),
    m(SEC10, 0.8, "%", "電子|電子類股|電子指數|electronics", None, basis="上漲"),
    m(SEC10, -0.9, "%", "塑膠|塑膠類股|plastics", None, basis="下跌"),
    m(SEC10, -0.8, "%", "鋼鐵|鋼鐵類股|steel", None, basis="下跌"),
    m("price_change|share_price_change", 29, "TWD", SH10, None, basis="漲29元"),
    m("share_price|close|price", 1020, "TWD", SH10, None, basis="收 (new 千金股)"),
    m("stock_count|count|stocks", 26, "stocks", "千金股|stocks priced at NT$1,000 or more|TWD1000 stocks", None,
      basis="整體增至26千金"),
], [])


# zh11: a news agency's report of a stake disposal (中央社 on udn.com; Traditional, full-width punctuation and brackets; the
# dateline "中央社／ 台北31日電" kept with its stray space; the photo caption "南亞科總部外觀。聯合報系資料照／記者季相儒攝影"
# and the closing tag line "南亞科 台塑 台化" left out; no headline in the stored text and none composed; whole stored item
# otherwise).
# Key: 南亞科's share price +559.83% this year (from 29.25元 at the end of last year); its close 193元 after a 1.5元 fall; the
# three shareholders' third-wave sale of about 5.69萬張 in total for about 96.52億元; the first wave's 2.5萬張 and the second
# wave's 1.8萬張 each; the third wave's 1萬8972張 each at an average of about 169元; the three transaction amounts 32.15億元
# (台塑), 32.23億元 (台化), 32.14億元 (台塑化); each company's stake cut to 8.8053% from 9.4176%.
# Optional: the restated 全年漲幅達559.83% and 合力套現96.52億元 (twins); the intraday 最高曾衝過200元 (intraday bound); the
# announced plan's 1萬8972張 each (the same figure as the executed sale); the earlier 9.4176% as a row of its own.
# Judgement calls: period None: the dateline prints no month, and the text's "2026年上市公司漲幅排行榜" (kept as printed)
# sits beside "明年1月30日" for a plan announced on 11月11日, so no year is taken from it; 張 -> "lots"; "各…" figures are one
# row each with the three shareholders as entity alternatives ("each" in basis); "依序為" maps in order onto 台塑 / 台化 /
# 台塑化; "由原先的9.4176%降至8.8053%" is value 8.8053 with prior 9.4176 (each company's stake); 第3波 / 第2波 (ordinals),
# 3家 and the dates (9月底, 10月28日, 11月11日, 11月12日, 1月30日) give no rows; EPS is mentioned without a figure.
NY11 = "南亞科|南亞科技|Nanya Technology|Nanya Tech"
FPC11 = "台塑|台灣塑膠|Formosa Plastics"
FCFC11 = "台化|台灣化纖|Formosa Chemicals & Fibre|Formosa Chemicals"
FPCC11 = "台塑化|台塑石化|Formosa Petrochemical"
SH11 = ("台塑、台化、台塑化|台塑台化、台塑化|3家公司|台塑企業|大股東|Formosa Plastics Group|" + FPC11 + "|" + FCFC11 + "|"
        + FPCC11)
SOLD11 = "shares_sold|stake_sale|shares_disposed"
PROC11 = "proceeds|sale_proceeds|transaction_value|disposal_proceeds"
G["zh11"] = ([
    m("price_change|share_price_change|ytd_change", 559.83, "%", NY11, None, basis="今年股價飆漲 (vs 去年底 29.25元)"),
    m("price_change|share_price_change|ytd_change", 559.83, "%", NY11, None, opt=True, basis="restated, 全年漲幅達"),
    m(SOLD11, 56900, "lots", SH11, None, basis="third wave, 3家合計出脫 約5.69萬張"),
    m(PROC11, 9.652e9, "TWD", SH11, None, basis="third wave, 共套現約新台幣96.52億元"),
    m(PROC11, 9.652e9, "TWD", SH11, None, opt=True, basis="restated, 合共套現96.52億元"),
    m("share_price|intraday_high|price", None, "TWD", NY11, None, rng=(200, None), opt=True,
      basis="盤中最高曾衝過200元 (intraday bound)"),
    m("price_change|share_price_change", -1.5, "TWD", NY11, None, basis="收盤小跌1.5元"),
    m("share_price|close|price", 193, "TWD", NY11, None, basis="收在193元"),
    m("share_price|price", 29.25, "TWD", NY11, None, basis="去年底股價 (the base of the year's rise)"),
    m(SOLD11, 25000, "lots", SH11, None, basis="first wave, 各申讓2.5萬張 (each)"),
    m(SOLD11, 18000, "lots", SH11, None, basis="second wave, 各再出售1.8萬張 (each)"),
    m(SOLD11, 18972, "lots", SH11, None, opt=True, basis="third wave plan, 各擬出脫1萬8972張 (each; same figure as executed)"),
    m(SOLD11, 18972, "lots", SH11, None, basis="third wave executed, 各處分1萬8972張 (each)"),
    m("average_price|sale_price|price", 169, "TWD", SH11 + "|" + NY11, None, basis="每股均價約169元"),
    m(PROC11, 3.215e9, "TWD", FPC11, None, basis="交易總金額 (依序, first)"),
    m(PROC11, 3.223e9, "TWD", FCFC11, None, basis="交易總金額 (依序, second)"),
    m(PROC11, 3.214e9, "TWD", FPCC11, None, basis="交易總金額 (依序, third)"),
    m("stake|shareholding|ownership_stake", 8.8053, "%", SH11, None, prior=9.4176,
      basis="each company's stake in 南亞科, 由原先的9.4176%降至8.8053%"),
    m("stake|shareholding|ownership_stake", 9.4176, "%", SH11, None, opt=True, basis="原先 (earlier stake)"),
], [])


# zh12: a Taiwan paper's item on a broker's upgrade of a panel maker (自由時報 ec.ltn.com.tw 財經頻道; Traditional,
# full-width punctuation and brackets; the tag 〔財經頻道／綜合報導〕 kept; the page's date line " date 2026-01-07" and the
# photo caption repeating the lead ("大摩將面板大廠友達（2409）投資評等上調至「優於大盤」，並同步調升目標價至16.5元。
# （資料照）"; its 2409 and 16.5 twins) left out; no headline in the stored text and none composed; whole stored item).
# Rating action: 摩根士丹利 (大摩) upgrades 友達 from 中立 (neutral) to 優於大盤 (outperform), target raised from 12.5元 to
# 16.5元 (TWD).
# Key metrics: the target's 調升幅度 31.2 % (target_price_change, as the earlier sets); 友達's price 16.2元 at about 10:15 and
# its 漲幅6.58%.
# Optional: the limit-up price 16.7元 reached soon after the open (intraday).
# Judgement calls: ratings normalised (優於大盤 = outperform, 中立 = neutral); the lead's "上調至「優於大盤」…目標價…16.5元"
# and the later "由「中立」調升為…由原先的12.5元大幅上調至16.5元" are one action; no target_price metric row (targets only in
# the rating action); 2025年12月 / 2026年1月 (the panel-price bottom and rebound) give no rows; 6日 / 7日 / 10點15分 are times,
# not figures; period None for the price rows (今（7日）, no month in the kept text).
MS12 = "摩根士丹利|大摩|Morgan Stanley"
AUO12 = "友達|友達光電|AUO|AU Optronics|2409"
G["zh12"] = ([
    m("target_price_change|target_change", 31.2, "%", AUO12, None, basis="Morgan Stanley, 調升幅度 (12.5元 -> 16.5元)"),
    m("share_price|price|limit_up_price", 16.7, "TWD", AUO12, None, opt=True, basis="漲停價, soon after the open (intraday)"),
    m("share_price|price", 16.2, "TWD", AUO12, None, basis="暫報, about 10:15"),
    m("price_change|share_price_change", 6.58, "%", AUO12, None, basis="漲幅, about 10:15"),
], [
    ra(MS12, AUO12, "upgrade", "outperform", "neutral", 16.5, 12.5, "TWD"),
])
