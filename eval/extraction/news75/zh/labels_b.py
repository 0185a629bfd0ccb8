# Hand labels for news75/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan): 巴士的報
# (bastillepost.com) on 華潤置地's 2019 annual results, the Hong Kong government's press release (info.gov.hk) on the Land
# Registry's April 2007 figures, 經濟日報 on udn.com on 元大金's January 2026 self-reported profit, 經濟通 (etnet.com.hk)
# on the Hang Seng Index futures' open interest for the week to 20 October 2025, 台灣經貿網 (taitraesource.com) relaying
# the HKMA's February 2021 monetary statistics, and 信報 (stock360.hkej.com) on eight brokers' views of 中國移動's interim
# results; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "open_interest", "contracts", "square metres", "land_bank",
# "contracted_sales", "core_profit", "market_cap", "dps|dividend_per_share", "折合", "loan_to_deposit", "m2_growth";
# news74 zh and news73 zh labels_b.py read; news26 zh09 (Land Registry), news67 zh08 (HKMA monetary statistics), news50
# zh11 (Taiwan financial holdings' monthly profits), news66 zh07 (results with dividends), news73 zh12 (several brokers on
# one Hong Kong stock) and news26 zh07 (an etnet item dated by its printed dateline) read as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news74/zh and news73/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 人民幣 (下同) = CNY in zh07, with 港幣 = HKD for the converted dividends; 元 / 億元 in the Hong Kong Land
# Registry release = HKD (zh08); 億元 / 元 in a Taiwan financial item = TWD (zh09); 億元人民幣 = CNY in the HKMA statistics
# (zh11); 元 targets on a Hong Kong-listed share = HKD and 億元人民幣 = CNY (zh12). zh10 has no currency (contracts).
# Values fully scaled (216.5億元 -> 2.165e10; 1,477.4億元 -> 1.4774e11; 93.7分 -> 0.937 CNY; .937元 -> 0.937; 2,020萬平方米 ->
# 2.02e7 square metres; 436億元 -> 4.36e10; 64.4億元 -> 6.44e9; 5,965.6億元 -> 5.9656e11; 9,799億元 -> 9.799e11; 7,610億元人民幣
# -> 7.61e11; 605.72億元人民幣 -> 6.0572e10); rates and growth in "%", no pp changes are printed in this batch.
# Declines negative (下跌, 減少, 下降, 減); the open-interest changes printed with "-" are negative, those printed without
# a sign are positive.
# Periods only where the text states or clearly implies the year: zh07 FY2019 (2019年度), FY2018 for 2018年同期, FY2020 for
# the revenue locked in for 2020年內, 2019-12-31 for the land bank at 年底; zh08 2007-04 (二○○七年四月份); zh09 2026-01
# (2026年1月 printed, so 今年1月 / 元月 / 1月 are January 2026), None for the share price of 昨(11)日 (the month of the
# 11th is not printed); zh10 2025-10-20 for 昨日 and the table's 20/10(一), 2025-10-17 / -16 / -15 / -14 for the other
# table rows (the item's printed dateline 21/10/2025 08:15 fixes the year, news26 zh07); zh11 2021-02 (本(2021)年2月),
# 2021-01 for 1月, 2021-02-28 / 2021-01-31 for 2月底 / 1月底; zh12 "H1" for 中期 / 上半年 and "Q2" for 第二季 (no year is
# printed once the page's rating widget is left out), None for the forecasts of 今年及明年 / 明年.
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 華潤置地's 2019 annual results (巴士的報 bastillepost.com, Traditional with half-width "," "(" ";" as printed; the
# headline kept, reworded (潤地核心溢利升逾12% 末期息.7分人幣 -> 潤地核心溢利升逾12% 派末期息.7分人幣); the page's "*" and
# "upload_article_image" placeholders and the photo caption "華潤置地(公司網頁)" left out; whole stored item otherwise).
# Key (FY2019 unless noted): core profit 216.5億元 (+12.2%); final dividend 93.7分 (0.937 CNY); interim dividend 0.129 CNY;
# full-year dividend 1.066 CNY (+0.7%); attributable profit including revaluation gains 286.7億元 (+18.3%); EPS 4.12元 (prior
# 3.50, 2018年同期) and its +17.7%; core EPS 3.11元 (+11.6%); revenue 1,477.4億元 (+21.9%); development-property revenue
# 1,272.0億元 (+21.0%); investment-property rental income 120.3億元 (+26.3%); gross margin 37.9% (prior 43.4%),
# development-property margin 36.5% (prior 42.9%), investment-property margin 66.5% (prior 65.9%); contracted sales not yet
# recognised 2,239.3億元; development revenue locked in for 2020 1286.9億元 (FY2020); new land bank 2,020萬平方米 (FY2019);
# total land bank 6,868萬平方米 (2019-12-31).
# Optional: the headline's 升逾12% (a rounded bound on the 12.2%); the headline's garbled ".7分人幣" read as printed (0.7分 =
# 0.007 CNY; the body's 93.7分 is the real figure, so the headline row is optional either way); the body's second printing of
# the final dividend (.937元); the HKD conversions 1.026 / 0.144 / 1.170 港幣; the 2018 levels 3.50元, 43.4%, 42.9%, 65.9% as rows
# of their own (FY2018).
# Judgement calls: "(人民幣 ‧ 下同)" makes every bare 元 CNY; 分 beside a 人幣 amount is a CNY cent (news26 zh07); the
# leading-zero-less ".937元" is 0.937; an earlier-year level printed beside a figure ("2018年同期為3.50元", "比2018年同期的
# 43.4%", "由2018年同期的42.9%") is the prior, with an optional row of its own (news74 zh01); no pp change is printed, so none
# is computed; 核心溢利 is the profit before investment-property revaluation (core_profit), 股東應佔溢利 the profit after it;
# the unrecognised contracted sales carry no printed date -> period None; "2019新增" (without 年) dates the new land bank; the
# stock code (01109) gives no row.
CRL7 = "華潤置地|潤地|China Resources Land|CR Land|華潤置地有限公司|01109|1109"
DEV7 = "開發物業|development properties|property development|" + CRL7
INV7 = "投資物業|投資物業(包括酒店經營)|investment properties|investment properties (including hotels)|" + CRL7
Y7, P7 = "FY2019", "FY2018"
DPS7 = "dps|dividend_per_share|dividend"
G["zh07"] = ([
    m("core_profit|core_net_profit|underlying_profit", 2.165e10, "CNY", CRL7, Y7, basis="2019年度核心溢利"),
    m("core_profit_growth|underlying_profit_growth", 12.2, "%", CRL7, Y7, basis="yoy, 上升"),
    m("core_profit_growth|underlying_profit_growth", None, "%", CRL7, Y7, rng=(12, None), opt=True,
      basis="headline 升逾12% (rounded bound)"),
    m(DPS7 + "|final_dividend", 0.007, "CNY", CRL7, Y7, opt=True,
      basis="headline 末期息.7分人幣 as printed (garbled twin of 93.7分)"),
    m(DPS7 + "|final_dividend", 0.937, "CNY", CRL7, Y7, basis="末期息93.7分"),
    m(DPS7 + "|final_dividend", 0.937, "CNY", CRL7, Y7, opt=True, basis="second printing, 每股.937元"),
    m(DPS7 + "|final_dividend", 1.026, "HKD", CRL7, Y7, opt=True, basis="折合港幣1.026元 (conversion)"),
    m(DPS7 + "|interim_dividend", 0.129, "CNY", CRL7, Y7, basis="中期股息每股人民幣0.129元"),
    m(DPS7 + "|interim_dividend", 0.144, "HKD", CRL7, Y7, opt=True, basis="折 合港 幣0.144元 (conversion)"),
    m(DPS7 + "|total_dividend", 1.066, "CNY", CRL7, Y7, basis="全年股息每股人民幣1.066元"),
    m("dividend_growth|dps_growth|total_dividend_growth", 0.7, "%", CRL7, Y7, basis="全年股息 按年增長"),
    m(DPS7 + "|total_dividend", 1.17, "HKD", CRL7, Y7, opt=True, basis="折合港幣1.170元 (conversion)"),
    m("net_profit|net_profit_attributable|profit_attributable", 2.867e10, "CNY", CRL7, Y7,
      basis="股東應佔溢利, including investment-property revaluation gains"),
    m("net_profit_growth|profit_attributable_growth", 18.3, "%", CRL7, Y7, basis="yoy (同比增長)"),
    m("eps|earnings_per_share", 4.12, "CNY", CRL7, Y7, prior=3.5, basis="每股股東應佔溢利; prior = 2018年同期 3.50元"),
    m("eps_growth|earnings_per_share_growth", 17.7, "%", CRL7, Y7, basis="yoy"),
    m("eps|earnings_per_share", 3.5, "CNY", CRL7, P7, opt=True, basis="2018年同期"),
    m("core_eps|eps|earnings_per_share", 3.11, "CNY", CRL7, Y7, basis="每股核心股東應佔溢利"),
    m("core_eps_growth|eps_growth", 11.6, "%", CRL7, Y7, basis="yoy"),
    m("revenue|turnover", 1.4774e11, "CNY", CRL7, Y7, basis="綜合營業額"),
    m("revenue_growth|turnover_growth", 21.9, "%", CRL7, Y7, basis="yoy (按年增長)"),
    m("revenue|segment_revenue|turnover", 1.272e11, "CNY", DEV7, Y7, basis="開發物業營業額 (1,272.0億 元 as spaced)"),
    m("revenue_growth|segment_revenue_growth", 21.0, "%", DEV7, Y7, basis="yoy (按年 增長 as spaced)"),
    m("rental_income|revenue|segment_revenue", 1.203e10, "CNY", INV7, Y7, basis="投資物業(包括酒店經營) 租金收入"),
    m("rental_income_growth|revenue_growth|segment_revenue_growth", 26.3, "%", INV7, Y7, basis="yoy"),
    m("gross_margin|gross_profit_margin", 37.9, "%", CRL7, Y7, prior=43.4,
      basis="綜合毛利潤率; prior = 2018年同期 43.4% (有所下降)"),
    m("gross_margin|gross_profit_margin", 43.4, "%", CRL7, P7, opt=True, basis="2018年同期"),
    m("gross_margin|gross_profit_margin", 36.5, "%", DEV7, Y7, prior=42.9, basis="開發物業毛利率, 下降為; prior 2018"),
    m("gross_margin|gross_profit_margin", 42.9, "%", DEV7, P7, opt=True, basis="2018年同期"),
    m("gross_margin|gross_profit_margin", 66.5, "%", INV7, Y7, prior=65.9, basis="投資物業毛利率, 上升至; prior 2018"),
    m("gross_margin|gross_profit_margin", 65.9, "%", INV7, P7, opt=True, basis="2018年同期"),
    m("contracted_sales_unrecognised|unrecognised_contracted_sales|contracted_sales", 2.2393e11, "CNY", CRL7, None,
      basis="已售出而未結算的簽約額 (date not printed)"),
    m("locked_in_revenue|contracted_sales_unrecognised|revenue", 1.2869e11, "CNY", DEV7, "FY2020",
      basis="開發物業營業額 已鎖定在2020年內結算 (1286.9 without separator)"),
    m("land_bank_additions|land_acquired|land_bank", 2.02e7, "square metres", CRL7, Y7, basis="2019新增土地儲備計容面積"),
    m("land_bank|landbank", 6.868e7, "square metres", CRL7, "2019-12-31", basis="至年底總土地儲備"),
], [])


# zh08: the Land Registry's April 2007 statistics (the Hong Kong government's press release on info.gov.hk, Traditional,
# Chinese-numeral dates with "○" (二○○七年四月份, 五月三日); the title kept, reworded (二○○七年四月份土地註冊處數字發表 ->
# 土地註冊處發表二○○七年四月份數字); the two asterisk rules under the title and the closing "完" left out; the release's
# own date-and-time stamp "2007年5月3日(星期四) / 香港時間16時15分" kept as printed; whole stored item otherwise).
# Key (2007-04): all agreements for sale and purchase 10,973份 (+15.9% mom vs 三月份, +27.6% yoy vs 去年同期); the 12-month
# moving average's +2.3% mom and -0.03% yoy (the release prints no level for it); total consideration 436億元 (+36% mom,
# -10.2% yoy); residential agreements 9,530份 (+18.5%, +39.1%); residential consideration 394億元 (+56.6%, +94.8%).
# Optional: the restated "上述10,973份" (a repeat of the first count).
# Judgement calls: the trio pattern of news26 zh09 (level, mom, yoy; units "agreements" and HKD); "與去年同期相比" is the
# yoy comparison with April 2006; 下跌 -> negative; the moving average's changes are key rows without a level; 五月三日
# (release date), 12個月 / 十二個月 (averaging window and series span), 30天 (lodging period) and the release's date and
# time stamp give no rows; the scheme names (居者有其屋 …) carry no figure.
HK8 = "香港|Hong Kong|香港物業市場|香港樓市|Hong Kong property market|土地註冊處|Land Registry"
RES8 = "住宅樓宇|住宅|住宅物業|Hong Kong residential property|residential property|residential|" + HK8
P8 = "2007-04"
AG8, AGG8 = ("sale_and_purchase_agreements|agreements_for_sale_and_purchase|property_transactions|transactions",
             "sale_and_purchase_agreements_change|agreements_change|transactions_change|transaction_volume_change")
CV8, CVG8 = ("consideration|sale_and_purchase_value|transaction_value|total_consideration",
             "consideration_change|transaction_value_change|sale_and_purchase_value_change")


def trio8(metric, mg, v, unit, ent, mom, yoy, basis, opt=False):
    rows = [] if v is None else [m(metric, v, unit, ent, P8, opt=opt, basis=basis)]
    return rows + [m(mg, mom, "%", ent, P8, opt=opt, basis=basis + "; mom, vs 三月份 (上升)"),
                   m(mg, yoy, "%", ent, P8, opt=opt, basis=basis + "; yoy, vs 去年同期")]


G["zh08"] = (
    trio8(AG8, AGG8, 10973, "agreements", HK8, 15.9, 27.6, "all types of building units, lodged for registration")
    + trio8(AG8, AGG8, None, "agreements", HK8, 2.3, -0.03, "12-month moving average (no level printed)")
    + trio8(CV8, CVG8, 4.36e10, "HKD", HK8, 36, -10.2, "total consideration, all building units")
    + trio8(AG8, AGG8, 9530, "agreements", RES8, 18.5, 39.1, "residential building units")
    + trio8(CV8, CVG8, 3.94e10, "HKD", RES8, 56.6, 94.8, "total consideration, residential building units")
    + [m(AG8, 10973, "agreements", HK8, P8, opt=True, basis="restated: 在上述10,973份買賣合約之中")],
    [])


# zh09: 元大金's January 2026 self-reported profit with its subsidiaries, three peers and the day's share price (經濟日報 on
# udn.com, Traditional with full-width "，" "；" "（）" and 「」 as printed; the byline "經濟日報／ 記者葉佳華任珮云／台北報導"
# left out; no headline in the stored text and none composed; whole stored item otherwise).
# Key (2026-01 unless noted): 元大金 net profit 64.4億元 (+147.2% yoy, a record for January) and EPS 0.48元; peers' EPS
# 永豐金 0.35元, 玉山金 0.25元, 國票金 0.13元 and profits 永豐金 51億元, 玉山金 40.2億元, 國票金 4.8億元; the four companies'
# combined 160.5億元; 元大金's close 44.75元, its rise 0.4元 and 0.9%, market value 5,965.6億元 (period None); the Taiwan
# market's average daily turnover 9,799億元 in January; subsidiaries' January profits with yoy growth: 元大證券 36.7億元
# (+187.1%), 元大銀行 14.1億元 (+52.4%), 元大人壽 9.5億元 (+4,926.3%), 元大期貨 2.4億元 (+19.5%), 元大投信 4.5億元 (+22.6%).
# Optional: the second printings of 元大金's 64.4億元 and +147.2%; the intraday high 45.2元; the count of four companies.
# Judgement calls: 自結稅後純益 / 單月賺 / 稅後純益 -> net_profit; 年增率 / 年增 -> yoy growth; "依次為19.5%及22.6%" maps in
# order of mention (元大期貨 first); subsidiaries carry 元大金 as an alias (news74 zh07's segments); the close and the
# market value are of 昨(11)日 with the month not printed -> period None, day in basis (news26); 日均量 9,799億元 is a
# value (TWD), not a share count; IFRS 15, 2月 / 1月下旬 (Lunar New Year timing) and the stock code (2885) give no rows.
YU9 = "元大金|元大金控|元大金融控股|Yuanta Financial|Yuanta Financial Holding|Yuanta|2885"
SP9 = "永豐金|永豐金控|SinoPac Financial|SinoPac|2890"
ES9 = "玉山金|玉山金控|E.Sun Financial|E.Sun|2884"
IB9 = "國票金|國票金控|IBF Financial|2889"
FOUR9 = "四家金控|金控|Taiwan financial holding companies|financial holding companies"
YS9 = "元大證券|Yuanta Securities|" + YU9
YB9 = "元大銀行|Yuanta Bank|Yuanta Commercial Bank|" + YU9
YL9 = "元大人壽|Yuanta Life|Yuanta Life Insurance|" + YU9
YF9 = "元大期貨|Yuanta Futures|" + YU9
YT9 = "元大投信|Yuanta Funds|Yuanta Securities Investment Trust|" + YU9
TW9 = "台股|Taiwan stock market|Taiwan stocks|TWSE|加權指數|Taiex"
P9 = "2026-01"
NP9, NPG9 = "net_profit|net_income|after_tax_profit|profit", "net_profit_growth|profit_growth"
EPS9 = "eps|earnings_per_share"
G["zh09"] = ([
    m(NP9, 6.44e9, "TWD", YU9, P9, basis="2026年1月自結稅後純益, record for January"),
    m(NPG9, 147.2, "%", YU9, P9, basis="年增率"),
    m(EPS9, 0.48, "TWD", YU9, P9, basis="每股稅後純益, first among the four"),
    m(EPS9, 0.35, "TWD", SP9, P9, basis="January EPS"),
    m(EPS9, 0.25, "TWD", ES9, P9, basis="January EPS"),
    m(EPS9, 0.13, "TWD", IB9, P9, basis="January EPS"),
    m("price|close|share_price", 44.75, "TWD", YU9, None, basis="收市價, 昨日 (11日; month not printed), record high"),
    m("price_change|share_price_change", 0.4, "TWD", YU9, None, basis="上漲"),
    m("price_change|share_price_change", 0.9, "%", YU9, None, basis="漲幅"),
    m("intraday_high|high|price", 45.2, "TWD", YU9, None, opt=True, basis="盤中高見"),
    m("market_cap|market_value", 5.9656e11, "TWD", YU9, None, basis="市值, record high"),
    m("companies|count", 4, "companies", FOUR9, P9, opt=True, basis="四家金控 with January profits published"),
    m(NP9, 6.44e9, "TWD", YU9, P9, opt=True, basis="second printing, 單月賺64.4億元"),
    m(NP9, 5.1e9, "TWD", SP9, P9, basis="賺51億元, second"),
    m(NP9, 4.02e9, "TWD", ES9, P9, basis="賺40.2億元"),
    m(NP9, 4.8e8, "TWD", IB9, P9, basis="賺4.8億元"),
    m(NP9, 1.605e10, "TWD", FOUR9 + "|" + YU9 + "|" + SP9 + "|" + ES9 + "|" + IB9, P9,
      basis="四家金控合計已賺"),
    m(NPG9, 147.2, "%", YU9, P9, opt=True, basis="second printing, 年增147.2%"),
    m("average_daily_turnover|daily_average_turnover|turnover", 9.799e11, "TWD", TW9, P9,
      basis="1月日均量, record high"),
    m(NP9, 3.67e9, "TWD", YS9, P9, basis="元大證券 1月稅後純益"),
    m(NPG9, 187.1, "%", YS9, P9, basis="年增率"),
    m(NP9, 1.41e9, "TWD", YB9, P9, basis="元大銀行 1月稅後純益"),
    m(NPG9, 52.4, "%", YB9, P9, basis="年增率"),
    m(NP9, 9.5e8, "TWD", YL9, P9, basis="元大人壽 元月稅後純益 (IFRS 15 remeasurement)"),
    m(NPG9, 4926.3, "%", YL9, P9, basis="年增 4,926.3%"),
    m(NP9, 2.4e8, "TWD", YF9, P9, basis="元大期貨 1月稅後純益"),
    m(NPG9, 19.5, "%", YF9, P9, basis="年增率, 依次 first"),
    m(NP9, 4.5e8, "TWD", YT9, P9, basis="元大投信 1月稅後純益"),
    m(NPG9, 22.6, "%", YT9, P9, basis="年增率, 依次 second"),
], [])


# zh10: the Hang Seng Index futures' open interest for the week to 20 October 2025 (經濟通 etnet.com.hk 期貨新聞,
# Traditional with full-width "，" "；" and the full-width indent as printed; the item's printed dateline "21/10/2025 08:15"
# kept; the section labels "理財秘笈" / "期貨新聞" left out; the headline kept, reworded (恒指期貨現貨月份未平倉合約總數135971張，
# 減22479張 -> 現貨月份恒指期貨未平倉合約共135971張 減少22479張); the two tables restored as "|" tables: the stored text lost
# their cell boundaries (e.g. "17/10(五)1584502160017702022665"), and the split is fixed by the day-to-day arithmetic (each
# row's level minus the next row's level equals the printed change: 158450 - 136850 = 21600, 177020 - 154355 = 22665,
# 46810 - 3058 = 43752 …), as news74 zh03 / news25 zh04 restored tables; the note and the 《經濟通通訊社21日專訊》 dateline kept,
# the note reworded; whole stored item otherwise).
# Key: 2025-10-20 spot-month open interest 135971 contracts (-22479) and all-month 155611 (-21409) (the prose); the earlier
# days' rows of the total table (17/10, 16/10, 15/10, 14/10: spot and all-month levels and changes); every row of the net
# table (20/10 … 14/10: spot and all-month net open interest and changes).
# Optional: the headline's two spot-month figures and the total table's 20/10 row (restatements of the prose, two and four
# cells).
# Judgement calls: 張 -> "contracts" (news25 zh12 for futures positions); 現貨月份 / 所有月份 in basis on the same entity;
# 淨數 (net open interest) its own metric; changes printed without a sign are positive, "-" negative; 昨日 = 20/10(一) and
# the year 2025 from the printed dateline (news26 zh07); each day's level is a key row of its own and no prior is set (the
# previous day's level sits in the next table row, not beside the figure); the weekday marks (一) … (二), 21日 (dateline)
# and 08:15 give no rows.
HSIF10 = "恒指期貨|恒生指數期貨|恒指期貨現貨月份|HSI futures|Hang Seng Index futures|Hang Seng futures|HSIF"
OI10, OIC10 = "open_interest|open_positions", "open_interest_change|open_positions_change"
NOI10, NOIC10 = ("net_open_interest|open_interest_net|open_interest",
                 "net_open_interest_change|open_interest_net_change|open_interest_change")
D10 = {"20/10": "2025-10-20", "17/10": "2025-10-17", "16/10": "2025-10-16", "15/10": "2025-10-15", "14/10": "2025-10-14"}


def row10(day, spot, dspot, allm, dall, net=False, opt=False, what="table"):
    mt, mc = (NOI10, NOIC10) if net else (OI10, OIC10)
    tag = ("net open interest (淨數)" if net else "open interest (總數)") + ", " + what + " row " + day
    p = D10[day]
    return [m(mt, spot, "contracts", HSIF10, p, opt=opt, basis=tag + ", spot month (現貨月份)"),
            m(mc, dspot, "contracts", HSIF10, p, opt=opt, basis=tag + ", spot month, change (+/-)"),
            m(mt, allm, "contracts", HSIF10, p, opt=opt, basis=tag + ", all months (所有月份)"),
            m(mc, dall, "contracts", HSIF10, p, opt=opt, basis=tag + ", all months, change (+/-)")]


G["zh10"] = (
    row10("20/10", 135971, -22479, 155611, -21409, what="prose (昨日)")
    + [m(OI10, 135971, "contracts", HSIF10, D10["20/10"], opt=True, basis="headline twin, spot month"),
       m(OIC10, -22479, "contracts", HSIF10, D10["20/10"], opt=True, basis="headline twin, spot month, 減少")]
    + row10("20/10", 135971, -22479, 155611, -21409, opt=True, what="table (restates the prose)")
    + row10("17/10", 158450, 21600, 177020, 22665)
    + row10("16/10", 136850, -605, 154355, -406)
    + row10("15/10", 137455, -10845, 154761, -10261)
    + row10("14/10", 148300, 3055, 165022, 3460)
    + row10("20/10", 41621, -4633, 55200, -3152, net=True)
    + row10("17/10", 46254, 1581, 58352, 2005, net=True)
    + row10("16/10", 44673, 921, 56347, 1025, net=True)
    + row10("15/10", 43752, -3058, 55322, -2806, net=True)
    + row10("14/10", 46810, 791, 58128, 874, net=True),
    [])


# zh11: the HKMA's February 2021 monetary statistics as relayed by 台灣經貿網 (taitraesource.com, a Taiwan trade-information
# site; Traditional with half-width "," "(" as printed; the source line "資料來源:香港政府新聞公報2021年3月31日" kept,
# reworded (資料出處:…); the site's closing disclaimer "備註:經濟部駐外單位為利業者即時掌握商情…應自行確認資訊之正確性。 |"
# left out; no headline in the stored text and none composed; whole stored item otherwise).
# Key (2021-02 unless noted): total deposits -7% mom; HKD deposits -11.8%, foreign-currency deposits -1.3%; RMB deposits
# -4.6%, 7,610億元人民幣 at 2021-02-28; RMB trade-settlement remittances 4,411億元人民幣 (February) and 5,813億元人民幣
# (January, 2021-01); loans and advances -7.7%; loans for use in Hong Kong -10.7%, outside Hong Kong +0.6%; HKD
# loan-to-deposit ratio 82.8% (2021-02-28, prior 83.9%); HKD M2 and M3 -10.9% mom, +10.4% / +10.3% yoy; seasonally adjusted
# HKD M1 +0.2% mom, +29.6% yoy; total M2 and M3 -6.5% mom, +7.6% yoy.
# Optional: the end-January ratio 83.9% as a row of its own (2021-01-31).
# Judgement calls: the news67 zh08 / news38 zh10 pattern (one row per series; "同樣減少" for two series -> two rows; 依次 maps
# in order; the previous month's remittances a key row of its own; the ratio "由1月底的83.9%減少至2月底的82.8%" a level with
# prior, not a pp change); "本(2021)年2月" fixes the month, "去(2020)年同期" the yoy base; 減少 / 下跌 / 下降 -> negative;
# the source line's date (2021年3月31日) gives no row; the printed -7% and -10.9% are kept as printed (large monthly moves,
# no correction made).
HK11 = "香港|本港|Hong Kong|金管局|香港金融管理局|HKMA|Hong Kong Monetary Authority|認可機構|authorized institutions"
P11 = "2021-02"
DG11, LG11 = "deposit_growth|deposits_growth", "loan_growth|loans_growth"
M2H11 = "港元貨幣供應量M2|HKD M2|M2|" + HK11
M3H11 = "港元貨幣供應量M3|HKD M3|M3|" + HK11
M2T11 = "貨幣供應量總額M2|total M2|M2|" + HK11
M3T11 = "貨幣供應量總額M3|total M3|M3|" + HK11
RMB11 = "人民幣存款|香港人民幣存款|renminbi deposits|RMB deposits|" + HK11
REM11 = "跨境貿易結算人民幣匯款|人民幣匯款|RMB trade settlement|" + HK11
LDR11 = "港元貸存比率|HKD loan-to-deposit ratio|" + HK11
REMM = "rmb_trade_settlement_remittances|trade_settlement_remittances|remittances"
G["zh11"] = ([
    m(DG11, -7, "%", "存款總額|total deposits|" + HK11, P11, basis="mom (按月下跌)"),
    m(DG11 + "|hkd_deposit_growth", -11.8, "%", "港元存款|Hong Kong dollar deposits|HKD deposits|" + HK11, P11,
      basis="mom, 依次 first"),
    m(DG11 + "|foreign_currency_deposit_growth", -1.3, "%", "外幣存款|foreign currency deposits|" + HK11, P11,
      basis="mom, 依次 second"),
    m(DG11 + "|rmb_deposit_growth", -4.6, "%", RMB11, P11, basis="mom, 下降"),
    m("deposits|rmb_deposits", 7.61e11, "CNY", RMB11, "2021-02-28", basis="2月底餘額 7,610億元人民幣"),
    m(REMM, 4.411e11, "CNY", REM11, P11, basis="monthly total, February"),
    m(REMM, 5.813e11, "CNY", REM11, "2021-01", basis="monthly total, previous month (1月)"),
    m(LG11, -7.7, "%", "貸款與墊款總額|total loans and advances|" + HK11, P11, basis="mom, 下降"),
    m(LG11, -10.7, "%", "在港使用的貸款|loans for use in Hong Kong|" + HK11, P11,
      basis="mom vs 1月, incl. trade finance"),
    m(LG11, 0.6, "%", "在香港以外地區使用的貸款|香港境外使用的貸款|loans for use outside Hong Kong|" + HK11, P11,
      basis="mom, 上升"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 82.8, "%", LDR11, "2021-02-28", prior=83.9,
      basis="end-February, from end-January (減少至)"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 83.9, "%", LDR11, "2021-01-31", opt=True, basis="1月底"),
    m("m2_growth|money_supply_growth", -10.9, "%", M2H11, P11, basis="mom, Hong Kong dollar M2 (同樣減少)"),
    m("m3_growth|money_supply_growth", -10.9, "%", M3H11, P11, basis="mom, Hong Kong dollar M3 (同樣減少)"),
    m("m2_growth|money_supply_growth", 10.4, "%", M2H11, P11, basis="yoy vs 去(2020)年同期, 依次 first"),
    m("m3_growth|money_supply_growth", 10.3, "%", M3H11, P11, basis="yoy, 依次 second"),
    m("m1_growth|money_supply_growth", 0.2, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK11, P11,
      basis="mom, seasonally adjusted (微升)"),
    m("m1_growth|money_supply_growth", 29.6, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK11, P11,
      basis="yoy, seasonally adjusted"),
    m("m2_growth|money_supply_growth", -6.5, "%", M2T11, P11, basis="mom, total M2 (同樣減少)"),
    m("m3_growth|money_supply_growth", -6.5, "%", M3T11, P11, basis="mom, total M3 (同樣減少)"),
    m("m2_growth|money_supply_growth", 7.6, "%", M2T11, P11, basis="yoy, total M2"),
    m("m3_growth|money_supply_growth", 7.6, "%", M3T11, P11, basis="yoy, total M3"),
], [])


# zh12: eight brokers on 中國移動 after its interim results (信報 stock360.hkej.com 大行報告, Traditional with half-width
# "," "(" and 「」 as printed; the headline kept, reworded (列8券商評中移動業績 憧憬派息比率增 -> 8券商點評中移動業績 憧憬派息
# 比率提升); the page's index strip (恒生指數 / 國企指數 / 上證指數 quotes), the 即時報價 line, the rating widget above the
# headline (評級日期, 劵商 大和, 買入, 108.70) and the "最新大行精選" list below the item left out as page furniture; whole
# stored item otherwise).
# Rating actions (HKD): 滙豐證券 keeps 「持有」 and raises its target from 90元 to 100元 (raise_target, hold, prior hold);
# 花旗 重申 「買入」, 113元 (reiterate); 瑞信 維持 「跑贏大市」, 123.5元 (maintain, outperform); 大和 重申 「買入」, target
# 維持108.7元 (reiterate, prior target 108.7); 高盛 維持 「買入」, 113元 (maintain); 麥格理 維持 「跑贏大市」, 112元 (maintain,
# outperform); 摩根士丹利 維持 「增持」, 100元 (maintain, overweight); 德銀 維持 「持有」, 100元 保持不變 (maintain, hold, prior
# target 100).
# Key: interim net profit 605.72億元人民幣 (+5.6%, "H1"); 滙豐's revenue-forecast raise 分別上調1%至2% for this year and next
# (one closed range (1, 2) %, period None) and its EBITDA-forecast raise 3%; 花旗: the period's service EBITDA margin 40.5%
# ("H1"); 摩根士丹利: second-quarter service revenue and net profit 5% and 6% above its forecasts ("Q2"); 德銀: next year's payout
# ratio forecast 50%.
# Optional: the broker count 8 (headline); the eight printed targets as target_price rows (滙豐's with prior 90); the two
# single readings 1% (this year) and 2% (next year) of 滙豐's "分別上調1%至2%" (the sentence also reads as one range for both
# years, which is the key row).
# Judgement calls: 中期 / 上半年 / 第二季 carry no year (the widget's 評級日期 is dropped furniture) -> "H1" / "Q2"; 今年及明年 /
# 明年 -> None with the year in basis; 維持 -> maintain, 重申 -> reiterate, a moved target with an unchanged rating ->
# raise_target; "目標價維持108.7元" / "目標價100元保持不變" give the same figure as prior target; ratings normalised (持有 = hold,
# 買入 = buy, 跑贏大市 = outperform, 增持 = overweight); 花旗's "下半年毛利率壓力" and 瑞信's / 大和's / 高盛's / 麥格理's
# qualitative views carry no figure; ARPU is named without a figure; the stock code (00941) gives no row.
CM12 = "中移動|中國移動|China Mobile|中國移動有限公司|00941|941"
HSBC12 = "滙豐證券|滙豐|HSBC|HSBC Securities|HSBC Global Research"
CITI12 = "花旗|Citi|Citigroup"
CS12 = "瑞信|Credit Suisse"
DW12 = "大和|Daiwa"
GS12 = "高盛|Goldman Sachs"
MQ12 = "麥格理|Macquarie"
MS12 = "摩根士丹利|大摩|Morgan Stanley"
DB12 = "德銀|德意志銀行|Deutsche Bank"
TP12 = "target_price|price_target"
RFR12 = "revenue_forecast_revision|revenue_forecast_change|forecast_revision"
G["zh12"] = ([
    m("brokers|count", 8, "brokers", CM12, None, opt=True, basis="headline 8券商"),
    m("net_profit|net_income", 6.0572e10, "CNY", CM12, "H1", basis="中期純利 605.72億元人民幣"),
    m("net_profit_growth|net_income_growth", 5.6, "%", CM12, "H1", basis="按年上升"),
    m(TP12, 100, "HKD", CM12, None, prior=90, opt=True, basis="滙豐證券, 由90元調高至100元"),
    m(RFR12, None, "%", CM12, None, rng=(1, 2),
      basis="滙豐證券: 今年及明年的收入預測分別上調1%至2% (years not printed)"),
    m(RFR12, 1, "%", CM12, None, opt=True, basis="滙豐證券: this year's raise, if 分別 maps 1% / 2% to the two years"),
    m(RFR12, 2, "%", CM12, None, opt=True, basis="滙豐證券: next year's raise, same reading"),
    m("ebitda_forecast_revision|ebitda_forecast_change|forecast_revision", 3, "%", CM12, None,
      basis="滙豐證券: EBITDA預測上調3%"),
    m(TP12, 113, "HKD", CM12, None, opt=True, basis="花旗, 「買入」 reiterated"),
    m("service_ebitda_margin|ebitda_margin", 40.5, "%", CM12, "H1", basis="花旗: 期內服務EBITDA利潤率降至40.5%"),
    m(TP12, 123.5, "HKD", CM12, None, opt=True, basis="瑞信, 「跑贏大市」 maintained"),
    m(TP12, 108.7, "HKD", CM12, None, prior=108.7, opt=True, basis="大和, 目標價維持"),
    m(TP12, 113, "HKD", CM12, None, opt=True, basis="高盛, 「買入」 maintained"),
    m(TP12, 112, "HKD", CM12, None, opt=True, basis="麥格理, 「跑贏大市」 maintained"),
    m(TP12, 100, "HKD", CM12, None, opt=True, basis="摩根士丹利, 「增持」 maintained"),
    m("service_revenue_vs_forecast|revenue_surprise|beat_vs_forecast", 5, "%", CM12, "Q2",
      basis="摩根士丹利: 第二季服務收入 高出該行預測5% (依次 first)"),
    m("net_profit_vs_forecast|earnings_surprise|beat_vs_forecast", 6, "%", CM12, "Q2",
      basis="摩根士丹利: 第二季純利 高出該行預測6% (依次 second)"),
    m(TP12, 100, "HKD", CM12, None, prior=100, opt=True, basis="德銀, 目標價保持不變"),
    m("payout_ratio_forecast|payout_ratio|dividend_payout_ratio", 50, "%", CM12, None,
      basis="德銀: 明年的派息比率將升至50% (year not printed)"),
], [
    ra(HSBC12, CM12, "raise_target", "hold", "hold", 100.0, 90.0, "HKD"),
    ra(CITI12, CM12, "reiterate", "buy", "buy", 113.0, None, "HKD"),
    ra(CS12, CM12, "maintain", "outperform", "outperform", 123.5, None, "HKD"),
    ra(DW12, CM12, "reiterate", "buy", "buy", 108.7, 108.7, "HKD"),
    ra(GS12, CM12, "maintain", "buy", "buy", 113.0, None, "HKD"),
    ra(MQ12, CM12, "maintain", "outperform", "outperform", 112.0, None, "HKD"),
    ra(MS12, CM12, "maintain", "overweight", "overweight", 100.0, None, "HKD"),
    ra(DB12, CM12, "maintain", "hold", "hold", 100.0, 100.0, "HKD"),
])
