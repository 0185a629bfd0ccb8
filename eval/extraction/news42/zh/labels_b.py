# Hand labels for news42/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written by hand from the texts alone: no project code was run (no extractor, no
# newsflow, no pytest, no .venv; only build_labels.py at the end), and no extractor code, plugin, test, docs page, gold file
# or other batch's text was read. Conventions followed: the development corpus's README and scorer
# (shared/corpora/news-text/zh/README.md, score.py), the READMEs of news40/zh and news41/zh ("Conventions decided" sections)
# and the labels files of news40/zh.
# Currency: Hong Kong company / bank / market context, bare 元 / 億元 = HKD (zh07, zh08, zh09, zh12); the Taiwan items print
# 美元 (USD) and 新台幣 (TWD) explicitly where they carry money (zh11); zh10 carries only percentages. Values fully scaled
# (41.2億元 -> 4.12e9; 9343萬元 -> 9.343e7; 8079億元 -> 8.079e11; 16億美元 -> 1.6e9; 25.57億元 -> 2.557e9; 110萬股 -> 1.1e6
# shares; 300萬名 -> 3e6 users). 約X / 近X -> X; 逾X / 超過X -> an open bound, optional unless it is the figure a headline
# rests on; 最高金額約X -> an upper cap (news41 zh12's 最多近X); 7成 -> 70 %; 各25基點 -> -25 bp per cut. Declines negative
# (跌, 下跌, 急挫, 減少, 累跌, 降, 虧損, 蝕); cuts to forecasts are negative ranges ("下調7%至13%" -> rng=(-13, -7)).
# Periods only from the text: zh07 FY2016 (the lead prints "2016年全年"; "去年" / "期內" are the same year); zh10 2025-12 and
# FY2025 (the byline's dateline "2026-01-07" with "去年 12 月" / "去年平均", as news40 zh10 / zh11 used printed datelines);
# zh11 "Q4" / "Q3" for 第4季 / 第3季 and None for 今年 (the CNA dateline "台北30日電" prints no month or year; 2026 and 2024 are
# named only as the next year's needs and the comparison quarter; news41 zh01 "Q3"), with FY2026 for "2026年將再增加";
# zh08 ("昨晚(3日)", "今年"), zh09 (the page date line was dropped as chrome; "去年", "本年", "8月15日") and zh12 ("本月5日",
# "21日") print no year -> None, except zh09's "2014年" and "今年上半年" -> "H1". URL dates, page metadata and the writer's
# knowledge are never used.
# Repeats: a figure printed twice (headline / lead and body, two paragraphs of one story) is one key row and an optional twin,
# so an extractor that reports both is neither rewarded nor penalised for the second. An earlier level printed beside a new
# one ("由180元降至140元", "由去年底的3%升至上周五的7%", "由…5隻,上升至…17隻") is the prior of the new value and also an
# optional row of its own. Broker targets are also target_price metric rows besides the rating actions. Entities list names
# as printed plus Traditional / Simplified / English forms and stock codes; segments, sectors and CPI items take their own
# name (with the company / index / economy as alias where it owns them).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong broadcaster's annual results with the share-price reaction (大公報 / 大公網, Traditional; headline
# "電視廣播去年少賺62%" and the time line "時間:2017-03-30 03:15:38來源:大公網" kept as printed; the byline kept; the site's
# menu line "大公產品 / 首頁 > 文章 > 正文" and the trailing "最新要聞 / 最受歡迎" blocks left out; whole stored item).
# Key (FY2016): the Hong Kong TV broadcasting business's revenue fall 近4億元 (-4e8); the Rio 2016 Olympics loss 1.5億元
# (-1.5e8); profit attributable 5億元 (-62%); continuing-operations revenue 41.2億元 (-5.5%); gain on the disposal of an
# investment property 2.8億元; 香港電視廣播 revenue 27億元 (-12.8%) and its segment loss narrowed to 9343萬元 (-9.343e7);
# myTV SUPER's net start-up cost 4400萬元; the user target 140萬名 for November 2017; the share's close 32.9元 and +0.5%.
# Optional: the headline's 62% (twin of the body's); myTV SUPER users 超過300萬名 (lower bound); the session low 32.4元 and
# high 33元 (intraday).
# Judgement calls: "香港電視廣播(TVB)收入勁跌近4億元" is the Hong Kong TV broadcasting business (the later "電視廣播旗下香港
# 電視廣播…收入為27億元,按年減少12.8%" is the same unit), so its revenue rows take the segment with the group as alias; the
# Olympics "成本虧損1.5億元" is a negative loss row with the event as entity; "淨啟動成本4400萬元" is a positive cost; "業務
# 虧損收窄至9343萬元" is a negative segment profit with no prior printed; the user target takes the month it names
# ("2017年11月" -> 2017-11); the share readings are "昨天" -> period None (the time line is page furniture kept for realism,
# not a session date). Not labelled: the stock code 00511, "2016" inside the Olympics' name.
TVB = "電視廣播|電視廣播有限公司|TVB|Television Broadcasts|Television Broadcasts Limited|00511|511"
HKTV = "香港電視廣播|香港電視廣播(TVB)|Hong Kong TV broadcasting|TVB Hong Kong TV broadcasting|" + TVB
OLY = "2016里約熱內盧奧運會|里約熱內盧奧運會|里約奧運|Rio 2016 Olympics|Rio Olympics|" + TVB
MYTV = "myTV SUPER|mytv super|" + TVB
P7 = "FY2016"
G["zh07"] = ([
    m("revenue_change|revenue_decline", -4e8, "HKD", HKTV, P7, basis="收入勁跌近4億元"),
    m("loss|event_loss|olympics_loss", -1.5e8, "HKD", OLY, P7, basis="broadcasting the Olympics, 成本虧損1.5億元"),
    m("net_profit|profit_attributable|net_income", 5e8, "HKD", TVB, P7, basis="股東應佔溢利, 2016年全年"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", -62, "%", TVB, P7, basis="yoy (按年急挫)"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", -62, "%", TVB, P7, opt=True,
      basis="headline 去年少賺62% (twin of the body's row)"),
    m("revenue", 4.12e9, "HKD", TVB, P7, basis="continuing operations (來自持續經營業務的收入)"),
    m("revenue_growth", -5.5, "%", TVB, P7, basis="yoy, continuing operations"),
    m("disposal_gain|gain_on_disposal|gain", 2.8e8, "HKD", TVB, P7, basis="sale of an investment property (出售投資物業)"),
    m("revenue|segment_revenue", 2.7e9, "HKD", HKTV, P7, basis="香港電視廣播 (the group's Hong Kong TV broadcasting)"),
    m("revenue_growth|segment_revenue_growth", -12.8, "%", HKTV, P7, basis="yoy (按年減少)"),
    m("segment_profit|segment_loss|operating_loss", -9.343e7, "HKD", HKTV, P7, basis="業務虧損收窄至9343萬元 (a loss)"),
    m("users|subscribers", None, "users", MYTV, P7, rng=(3e6, None), opt=True, basis="累積超過300萬名用戶"),
    m("user_target|users|subscriber_target", 1.4e6, "users", MYTV, "2017-11",
      basis="original target of 140萬名 users by 2017年11月"),
    m("startup_cost|net_startup_cost|cost", 4.4e7, "HKD", MYTV, P7, basis="淨啟動成本 for the new myTV SUPER service"),
    m("intraday_low|price|share_price", 32.4, "HKD", TVB, None, opt=True, basis="昨天, low soon after the open"),
    m("intraday_high|price|share_price", 33, "HKD", TVB, None, opt=True, basis="昨天, intraday high"),
    m("price|share_price|close", 32.9, "HKD", TVB, None, basis="昨天 close (收市報)"),
    m("price_change", 0.5, "%", TVB, None, basis="昨天, close (微升)"),
], [])


# zh08: broker downgrades of Hong Kong banks after a Fed cut (uSMART 盈立 《大行報告》, Traditional; headline
# "《大行報告》花旗:聯儲局減息損港銀盈利前景 下調恆生、中銀及大新系評級" kept as printed; the stored text is one paragraph,
# rewritten as one paragraph; the closing "關注uSMART" and the "重要提示及免責聲明" disclaimer left out; whole stored item).
# Key: Hang Seng Bank target 140元 (from 180元); BOC Hong Kong target 28元 (from 30.6元); year-to-date share falls: local
# large banks -3%, HSBC -14%, Standard Chartered -22%, US banks -16%; the Fed cuts Citi expects this year, 25基點 each (-25 bp);
# profit forecast cuts 恒生 7%至13% and 中銀 5%至7% (negative ranges); this year's EPS forecasts 恒生 -17% and 中銀 -14%.
# Optional: the two old targets as rows; the number of cuts expected this year (兩次) and next year (一次); the hypothetical
# "減息多於三次" (an open bound on a count).
# Rating actions (HKD): 花旗 downgrade 恆生銀行 buy -> sell (沽售), 180 -> 140; downgrade 中銀香港 buy -> neutral (中性),
# 30.6 -> 28; downgrade 大新金融 and 大新銀行集團 neutral -> sell with no target printed.
# Judgement calls: "今年以來" / "今年" / "明年" with no printed year -> period None; the ranking "第一…第七" restates 中銀香港's
# 中性 and adds no action or figure; "昨晚(3日)" is a date, not a figure; "降中銀盈利預測5%至7%" is a cut (negative range)
# like "下調…純利預測7%至13%"; "料聯儲局今年各下調息率各25基點兩次" is one -25 bp rate_change row (per cut) for the Fed with
# the count optional. Not labelled: stock codes, the ordinals of the ranking.
CITI = "花旗|Citi|Citigroup|Citibank|Citi Research"
HSB = "恆生銀行|恆生|恒生銀行|恒生|Hang Seng Bank|00011|00011.HK|11"
BOCHK = "中銀香港|中銀|BOC Hong Kong|BOCHK|02388|02388.HK|2388"
DSF = "大新金融|Dah Sing Financial|Dah Sing Financial Holdings|00440|00440.HK|440"
DSB = "大新銀行集團|大新銀行|Dah Sing Banking|Dah Sing Banking Group|02356|02356.HK|2356"
HSBC8 = "匯控|滙控|匯豐控股|滙豐控股|HSBC|HSBC Holdings|00005|00005.HK"
STAN8 = "渣打|渣打集團|Standard Chartered|StanChart|02888|02888.HK"
LOCAL8 = "本地大型銀行股|本港大型銀行股|大型銀行股|Hong Kong large banks|local large banks"
USB8 = "美國的銀行|美國銀行股|US banks|American banks"
FED8 = "聯儲局|美聯儲局|美聯儲|Federal Reserve|Fed|US Federal Reserve"
Y8 = "今年以來 (year to date)"
G["zh08"] = ([
    m("target_price", 140, "HKD", HSB, None, prior=180, basis="花旗; 由180元降至140元"),
    m("target_price", 180, "HKD", HSB, None, opt=True, basis="花旗's previous target"),
    m("target_price", 28, "HKD", BOCHK, None, prior=30.6, basis="花旗; 由30.6元降至28元"),
    m("target_price", 30.6, "HKD", BOCHK, None, opt=True, basis="花旗's previous target"),
    m("price_change|ytd_change", -3, "%", LOCAL8, None, basis=Y8 + ", 累跌"),
    m("price_change|ytd_change", -14, "%", HSBC8, None, basis=Y8 + ", 累跌"),
    m("price_change|ytd_change", -22, "%", STAN8, None, basis=Y8 + ", 累跌"),
    m("price_change|ytd_change", -16, "%", USB8, None, basis=Y8 + ", 累跌"),
    m("rate_change|rate_cut", -25, "bp", FED8, None, basis="花旗 forecast: this year two cuts of 25基點 each"),
    m("rate_cuts|cuts", 2, "cuts", FED8, None, opt=True, basis="forecast number of cuts this year (兩次)"),
    m("rate_cuts|cuts", 1, "cuts", FED8, None, opt=True, basis="forecast: one more cut next year (明年再減息一次)"),
    m("rate_cuts|cuts", None, "cuts", FED8, None, rng=(3, None), opt=True, basis="hypothetical 減息多於三次"),
    m("net_profit_forecast_change|earnings_forecast_change|forecast_revision", None, "%", HSB, None, rng=(-13, -7),
      basis="花旗 cuts its net profit forecasts (下調純利預測7%至13%)"),
    m("earnings_forecast_change|net_profit_forecast_change|forecast_revision", None, "%", BOCHK, None, rng=(-7, -5),
      basis="花旗 cuts its earnings forecasts (降盈利預測5%至7%)"),
    m("eps_growth|eps_forecast_growth|eps_change", -17, "%", HSB, None, basis="花旗 forecast, this year, yoy (料跌)"),
    m("eps_growth|eps_forecast_growth|eps_change", -14, "%", BOCHK, None, basis="花旗 forecast, this year, yoy (料跌)"),
], [
    ra(CITI, HSB, "downgrade", "sell", prior_rating="buy", target=140, prior_target=180, cur="HKD"),
    ra(CITI, BOCHK, "downgrade", "neutral", prior_rating="buy", target=28, prior_target=30.6, cur="HKD"),
    ra(CITI, DSF, "downgrade", "sell", prior_rating="neutral"),
    ra(CITI, DSB, "downgrade", "sell", prior_rating="neutral"),
])


# zh09: southbound fund-flow story (明報 經濟版, Traditional; the stored text opens with the sub-heading "買金融股最多
# 比例達32%" (kept as printed, its paragraph is not in the stored text) and carries a second sub-heading, reworded
# ("北水淨流入已持續26個月"); the page date line "date 2025-09-20" left out as chrome; the headline is not in the stored text
# and none was composed; whole stored text).
# Key: the financials' share 32% (sub-heading); 醫療保健業's weight in the 恒生港股通高持股50指數 7% (from 3%); 非必需消費
# +3 pp and 資訊科技業 +2 pp; 港股通 net inflow last year 8079億元 (from 2014's 131億元); the single-day record net inflow
# 359億元 (8月15日); southbound ETF average daily turnover 38億元 in the first half; Stock Connect-eligible ETFs 17 (from 5).
# Optional: the year-to-date net inflow 逾萬億元 (an open bound); 3% at the end of last year; 2014's 131億元 as a row (FY2014);
# "逾6倍" (a bound on a multiple); the 26-month streak (printed twice); the six months in the top ten.
# Judgement calls: 億元 in a 港股通 story in a Hong Kong paper is HKD; "去年" has no printed year ("自2014年11月啟動…過去10年"
# makes it 2024 only by the reader's arithmetic, news40 zh07) -> None, while "2014年" is FY2014; "今年上半年" -> "H1"; "上周五"
# / "8月15日" / "9月2日" are dates in basis; "由2014年僅131億元,上升逾6倍至去年的8079億元" gives 131億元 as the prior of the
# 8079億元 row; "逾6倍" is kept as printed although 8079 / 131 is about 62 times (not reconciled); the sub-heading's 32% is a
# key share for financials with the purchase base left implicit (as printed). Not labelled: 2014年11月 (a launch date),
# 過去10年 / 過去兩年 (spans), 1月至4月 / 7月 / 8月 (month names), the 50 in the index name.
NB9 = "北水|南向資金|港股通|港股通資金|southbound funds|Southbound Connect|Stock Connect southbound"
IDX9 = "恒生港股通高持股50指數|Hang Seng Stock Connect Hong Kong Top 50 Index"
HC9 = "醫療保健業|醫療保健|healthcare|health care|" + IDX9
CD9 = "非必需消費|非必需消費業|consumer discretionary|" + IDX9
IT9 = "資訊科技業|資訊科技|information technology|IT|" + IDX9
FIN9 = "金融股|金融業|financials|financial stocks|" + NB9
ETF9 = "南向交易ETF|港股通ETF|ETF通|交易所買賣基金（ETF）通|ETF Connect|southbound ETF trading"
G["zh09"] = ([
    m("sector_share|share|holding_share", 32, "%", FIN9, None, basis="sub-heading 買金融股最多 比例達32%"),
    m("net_inflow|net_buying", None, "HKD", NB9, None, rng=(1e12, None), opt=True,
      basis="年初至9月2日, 首次破淨流入逾萬億元 (Bloomberg terminal data)"),
    m("index_weight|sector_weight|weight", 7, "%", HC9, None, prior=3, basis="上周五, up from end of last year"),
    m("index_weight|sector_weight|weight", 3, "%", HC9, None, opt=True, basis="去年底"),
    m("weight_change|index_weight_change|sector_weight_change", 3, "pp", CD9, None, basis="same period (同期間)"),
    m("weight_change|index_weight_change|sector_weight_change", 2, "pp", IT9, None, basis="same period (同期間)"),
    m("net_inflow|net_buying", 1.31e10, "HKD", NB9, "FY2014", opt=True, basis="2014年僅131億元 (earlier level)"),
    m("net_inflow|net_buying", 8.079e11, "HKD", NB9, None, prior=1.31e10, basis="去年 (annual), up from 2014"),
    m("growth_multiple|increase_multiple", None, "x", NB9, None, rng=(6, None), opt=True,
      basis="上升逾6倍 (as printed; 8079 / 131 is about 62)"),
    m("inflow_streak|streak", 26, "months", NB9, None, opt=True, basis="連續26個月淨流入, to last month"),
    m("inflow_streak|streak", 26, "months", NB9, None, opt=True, basis="sub-heading repeat"),
    m("months|count", 6, "months", NB9, None, opt=True, basis="本年 six months among the ten biggest monthly net inflows"),
    m("net_inflow|daily_net_inflow|net_buying", 3.59e10, "HKD", NB9, None, basis="single-day record on 8月15日"),
    m("average_daily_turnover|turnover", 3.8e9, "HKD", ETF9, "H1", basis="今年上半年, record half-year"),
    m("etf_count|count|funds", 17, "ETFs", "港股通合資格ETF|Stock Connect-eligible ETFs|" + ETF9, None, prior=5,
      basis="目前, up from 5 at launch"),
    m("etf_count|count|funds", 5, "ETFs", "港股通合資格ETF|Stock Connect-eligible ETFs|" + ETF9, None, opt=True,
      basis="at launch (剛啟動時)"),
], [])


# zh10: Taiwan CPI release (鉅亨網 cnyes, Traditional; the byline and dateline "鉅亨網記者王莞甯 台北 2026-01-07 22:39" kept;
# the page date line "date 2026-01-07" and the chart caption (a copy of the lead's 1.31% / 8 months / 2% with "(圖：主計總處
# 提供)") left out; no headline in the stored text, none composed; stops before "教養娛樂類漲 1.69%…且補", which the stored
# page cuts mid-sentence).
# Key (2025-12 unless noted): CPI yoy 1.31%; FY2025 average CPI 1.66%, goods 1.15%, services 2.14%, excluding fruit and
# vegetables 1.51%, core CPI 1.66%; fifteen items: 金飾及珠寶 40.81%, 番石榴 36.86%, 雞蛋 13.37%, 火車票 9.18%, 豬肉 8.20%,
# 桶裝瓦斯 7.41%, 汽車保養及修理 6.50%, 家庭用電 5.49%, 住宅管理費 5.32%, 中式早點 4.86%, 中式麵食 4.00%, 中式米食 3.45%,
# 診所掛號費 2.96%, 國中課業補習費 2.65%, 胃腸藥 1.58%; groups: 雜項類 3.34% (個人隨身用品 14.63%), 居住類 1.86% (房租 1.99%,
# 燃氣 4.89%, 家庭管理費用 5.07%).
# Optional: the second printing of 1.31%; the 8-month streak below 2% (streak and the 2% ceiling); the "5 年來低點"; the 368
# item groups; the 七大類 count; 電費 5.49% in the housing group (twin of 家庭用電 5.49%).
# Judgement calls: "去年 12 月" / "去年平均" under the printed dateline 2026-01-07 -> 2025-12 / FY2025 (the dateline is part
# of the passage, news40 zh10); all item and group changes are yoy rises (漲) with "yoy" in basis; core CPI's 1.66% and the
# headline average 1.66% are separate key rows (two measures); 電費 and 家庭用電 print the same 5.49% for the same item, so
# one is key and the other its optional twin; "今 (7) 日" is a date. Not labelled: the 7 of "今 (7) 日".
TW10 = "台灣|臺灣|Taiwan|主計總處|DGBAS"
CPI = "cpi_yoy|cpi|inflation|cpi_inflation"
IT = "price_change|cpi_component_yoy|cpi_yoy|inflation"
M10 = "2025-12"
Y10 = "FY2025"


def it10(name, v, period=M10, opt=False, basis="yoy, 去年 12 月"):
    return m(IT, v, "%", name + "|" + TW10, period, opt=opt, basis=basis)


G["zh10"] = ([
    m(CPI, 1.31, "%", TW10, M10, basis="CPI 年增率, 去年 12 月"),
    m(CPI, 1.31, "%", TW10, M10, opt=True, basis="repeat in the ministry's explanation"),
    m("streak|months_below", 8, "months", TW10, M10, opt=True, basis="連續 8 個月低於 2%"),
    m(CPI, None, "%", TW10, M10, rng=(None, 2), opt=True, basis="below 2% for 8 months (a ceiling)"),
    m("cpi_average|cpi_yoy|inflation|cpi", 1.66, "%", TW10, Y10, basis="去年 CPI 平均漲幅, annual average"),
    m("years|low_since", 5, "years", TW10, Y10, opt=True, basis="5 年來低點"),
    it10("商品類|goods", 1.15, Y10, basis="annual average, goods"),
    it10("服務類|services", 2.14, Y10, basis="annual average, services"),
    m("cpi_ex_food|cpi_yoy|inflation|cpi_ex_fruit_vegetables", 1.51, "%", "扣除蔬菜水果|excluding fruit and vegetables|" + TW10,
      Y10, basis="annual average, excluding fruit and vegetables"),
    m("core_cpi|core_cpi_yoy|core_inflation", 1.66, "%", "核心 CPI|核心CPI|core CPI|" + TW10, Y10,
      basis="annual average, core CPI"),
    m("items|count", 368, "items", TW10, M10, opt=True, basis="368 個查價項目群"),
    it10("金飾及珠寶|gold jewellery|jewellery", 40.81),
    it10("番石榴|芭樂|番石榴 (芭樂)|guava", 36.86),
    it10("雞蛋|eggs", 13.37),
    it10("火車票|train tickets", 9.18),
    it10("豬肉|pork", 8.20),
    it10("桶裝瓦斯|bottled gas|LPG", 7.41),
    it10("汽車保養及修理|car maintenance and repair", 6.50),
    it10("家庭用電|電費|household electricity|electricity", 5.49),
    it10("住宅管理費|residential management fees", 5.32),
    it10("中式早點|Chinese breakfast", 4.86),
    it10("中式麵食|Chinese noodles", 4.00),
    it10("中式米食|Chinese rice dishes", 3.45),
    it10("診所掛號費|clinic registration fees", 2.96),
    it10("國中課業補習費|junior-high tutoring fees|tutoring fees", 2.65),
    it10("胃腸藥|stomach medicine", 1.58),
    m("groups|count", 7, "groups", TW10, M10, opt=True, basis="七大類 (seven major groups)"),
    it10("雜項類|miscellaneous", 3.34, basis="yoy, largest group rise"),
    it10("個人隨身用品|金飾及珠寶|personal effects", 14.63, basis="yoy, gold price (國際金價走高)"),
    it10("居住類|housing", 1.86, basis="yoy, second-largest group rise"),
    it10("房租|rent", 1.99, basis="yoy, within housing"),
    it10("燃氣|gas|fuel gas", 4.89, basis="yoy, within housing (各漲, in order)"),
    it10("家庭管理費用|household management fees", 5.07, basis="yoy, within housing (各漲, in order)"),
    it10("電費|家庭用電|electricity", 5.49, opt=True, basis="yoy, within housing; twin of 家庭用電 5.49%"),
], [])


# zh11: Taiwan company's quarterly guidance (中央社 on udn 聯合新聞網, Traditional; the dateline "中央社／ 台北30日電" kept;
# the page date line "date 2025-10-30" and the tag "快訊" left out; no headline in the stored text, none composed; stops
# before "展望2026", where the stored page breaks off).
# Key: fourth-quarter guidance in TWD terms: consolidated revenue qoq +1% to +2%, packaging and testing (ATM) revenue +3% to
# +5%, gross margin and operating margin each +0.7 to +1 pp, ATM gross margin +1 to +1.5 pp; the FX assumption 30.4 TWD per
# USD; advanced packaging and testing revenue 16億美元 this year, 10億美元 more in 2026; the mix 65% advanced packaging / 35%
# advanced testing.
# Optional: the lead's repeats of the two revenue ranges and of 16億美元; the ATM USD growth 逾20% / 超過20% (open bounds,
# printed twice); analysts' capex expectation 超過60億美元 (open bound); the third-quarter packaging utilisation 約7成 (upper
# part of the 70s, 上緣區間); testing growth 超過…2倍 packaging growth (an open bound on a multiple).
# Judgement calls: 第4季 / 第3季 without a printed year -> "Q4" / "Q3" (news41 zh01); "今年" -> None; "2026年將再增加10億美元"
# -> a key FY2026 increase (USD change, positive); guidance ranges are key ranges in % or pp with "qoq, guidance" in basis;
# "季增0.7個百分點至1個百分點" -> rng=(0.7, 1) pp for each of the two margins; "數十億美元" gives no figure; EMS "持平或是小幅
# 下滑" and "與2024年第4季度水準相當" give no figure; the exchange-rate assumption is a TWD value (per USD); 約7成上緣區間 is an
# optional 70 % with the qualifier in basis. Not labelled: 1美元 (the unit of the exchange rate), 30日 (a date).
ASE = "日月光投控|日月光|日月光投資控股|ASE Technology|ASE Technology Holding|ASE Holdings|ASE|ASEH|3711"
ATM11 = "封測事業|封裝測試|封測|半導體封裝與測試|ATM|packaging and testing|assembly, test and materials|" + ASE
ADV11 = "先進封測|先進封裝及測試|advanced packaging and testing|leading-edge advanced packaging and testing|" + ASE
PKG11 = "封裝事業|封裝|packaging|" + ASE
Q4 = "Q4"
G["zh11"] = ([
    m("revenue_growth|revenue_guidance|revenue_change", None, "%", ASE, Q4, rng=(1, 2),
      basis="guidance, qoq (季增), TWD terms, consolidated"),
    m("revenue_growth|revenue_guidance|revenue_change", None, "%", ASE, Q4, rng=(1, 2), opt=True,
      basis="lead repeat (看增1%至2%)"),
    m("revenue_growth|revenue_guidance|segment_revenue_growth", None, "%", ATM11, Q4, rng=(3, 5),
      basis="guidance, qoq, TWD terms, packaging and testing"),
    m("revenue_growth|revenue_guidance|segment_revenue_growth", None, "%", ATM11, Q4, rng=(3, 5), opt=True,
      basis="lead repeat (看增3%至5%)"),
    m("revenue_growth|segment_revenue_growth", None, "%", ATM11, None, rng=(20, None), opt=True,
      basis="今年, USD terms, yoy (年增逾20%)"),
    m("revenue_growth|segment_revenue_growth", None, "%", ATM11, None, rng=(20, None), opt=True,
      basis="今年 vs 去年, USD terms (成長超過20%), repeat"),
    m("revenue|segment_revenue|revenue_target", 1.6e9, "USD", ADV11, None,
      basis="今年, advanced packaging and testing (原先預期16億美元的目標)"),
    m("revenue|segment_revenue|revenue_target", 1.6e9, "USD", ADV11, None, opt=True, basis="lead repeat (16億美元可達標)"),
    m("revenue_change|revenue_increase|segment_revenue_change", 1e9, "USD", ADV11, "FY2026",
      basis="2026年將再增加10億美元"),
    m("capex|capital_expenditure", None, "USD", ASE, None, rng=(6e9, None), opt=True,
      basis="analysts' expectation (法人預期) for this year, 超過60億美元"),
    m("exchange_rate_assumption|exchange_rate|fx_assumption", 30.4, "TWD", "新台幣|New Taiwan dollar|TWD|USD/TWD|" + ASE,
      Q4, basis="guidance assumption: 1美元兌換新台幣30.4元"),
    m("gross_margin_change", None, "pp", ASE, Q4, rng=(0.7, 1), basis="guidance, qoq, consolidated"),
    m("operating_margin_change", None, "pp", ASE, Q4, rng=(0.7, 1), basis="guidance, qoq, consolidated"),
    m("gross_margin_change|segment_gross_margin_change", None, "pp", ATM11, Q4, rng=(1, 1.5),
      basis="guidance, qoq, packaging and testing"),
    m("utilization|capacity_utilization|utilization_rate", 70, "%", PKG11, "Q3", opt=True,
      basis="平均產能利用率約7成上緣區間 (upper part of the 70s)"),
    m("revenue_share|share|revenue_mix", 65, "%", "先進封裝|advanced packaging|" + ADV11, None,
      basis="share of this year's 16億美元 from advanced packaging"),
    m("revenue_share|share|revenue_mix", 35, "%", "先進測試|advanced testing|" + ADV11, None,
      basis="share of this year's 16億美元 from advanced testing"),
    m("growth_multiple|multiple", None, "x", "測試業績|testing|" + ASE, None, rng=(2, None), opt=True,
      basis="今年 testing growth more than 2倍 packaging growth"),
], [])


# zh12: Hong Kong privatisation deal with the stock's jump on resumption (經濟通 etnet, on its mirror host, Traditional; the
# closing credit "《經濟通通訊社21日專訊》" kept; the trailing advertisement "獨家優惠【etnet x 環球海產】…" with its discount
# code left out; no headline in the stored text, none composed; whole stored item).
# Key: 創維集團 +42.7% at 7.39元, volume 約110萬股, turnover 811萬元; the cash offer 4.03元 per share; the implied
# privatisation value 10.16元; the pre-suspension price 5.18元; the premium 約96.15%; the distribution 0.3699779股創維光伏 per
# share, theoretical value 約6.13元; the maximum cash consideration 約25.57億元 (an upper cap); 恒生指數 26397 (-90 points,
# -0.3%), main-board turnover 近52億元, 國企指數 9067 (-27, -0.3%), 恒生科技指數 5643 (-39, -0.7%).
# Optional: the second printings of 4.03元, 10.16元, 5.18元 and 96.15% (the announcement paragraph repeats the lead's deal
# terms); the share-exchange alternative of 1 new share.
# Judgement calls: "現價" / "現時" readings are the item's own exact intraday readings, key like news40 zh09's timed half-day
# readings, with "intraday (現時)" in basis and period None ("本月5日", "21日" print no month or year); "現金代價最高金額約
# 25.57億元" follows news41 zh12's "最多近4億元": rng=(None, 2.557e9); 0.3699779 is a count of 創維光伏 shares per 創維集團
# share ("shares"); the theoretical value 6.13元 takes 創維光伏 with 創維集團 as alias. Not labelled: the code 00751, 本月5日
# and 21日 (dates).
SKY = "創維集團|創維|Skyworth|Skyworth Group|00751|751|00751.HK"
SKYPV = "創維光伏|Skyworth PV|Skyworth Photovoltaic|" + SKY
HSI12 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI12 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI"
HSTECH12 = "恒生科技指數|恒科指|Hang Seng TECH Index|HSTECH"
MB12 = "主板|大市|Main Board|Hong Kong stock market"
I12 = "intraday (現時)"
G["zh12"] = ([
    m("price_change", 42.7, "%", SKY, None, basis="現價, on resumption"),
    m("price|share_price", 7.39, "HKD", SKY, None, basis="現價"),
    m("volume|trading_volume", 1.1e6, "shares", SKY, None, basis="約110萬股, intraday"),
    m("turnover|trading_value", 8.11e6, "HKD", SKY, None, basis="涉資811萬元, intraday"),
    m("offer_price|cash_offer|cancellation_price", 4.03, "HKD", SKY, None, basis="cash per share (現金每股4.03元收購)"),
    m("offer_price|cash_offer|cancellation_price", 4.03, "HKD", SKY, None, opt=True,
      basis="repeat, 回購代價 under the cash option"),
    m("share_exchange_ratio|shares", 1, "shares", SKY, None, opt=True, basis="alternative: 1 new share per share"),
    m("privatisation_price|offer_value|offer_price", 10.16, "HKD", SKY, None,
      basis="implied (變相) value: distribution + cash offer"),
    m("privatisation_price|offer_value|offer_price", 10.16, "HKD", SKY, None, opt=True,
      basis="repeat, theoretical total per scheme share"),
    m("price|share_price|pre_suspension_price", 5.18, "HKD", SKY, None, basis="停牌前 (last price before suspension)"),
    m("price|share_price|pre_suspension_price", 5.18, "HKD", SKY, None, opt=True, basis="repeat"),
    m("premium|offer_premium", 96.15, "%", SKY, None, basis="約96.15% over the pre-suspension price"),
    m("premium|offer_premium", 96.15, "%", SKY, None, opt=True, basis="repeat"),
    m("distribution_ratio|shares_per_share|shares", 0.3699779, "shares", SKYPV, None,
      basis="創維光伏 shares distributed per 創維集團 share"),
    m("theoretical_value|value", 6.13, "HKD", SKYPV, None, basis="約6.13元, per 創維集團 share"),
    m("cash_consideration|max_cash_consideration|consideration", None, "HKD", SKY, None, rng=(None, 2.557e9),
      basis="最高金額約25.57億元, if every shareholder takes the cash option"),
    m("index_level", 26397, "points", HSI12, None, basis=I12),
    m("index_change", -90, "points", HSI12, None, basis=I12),
    m("index_change", -0.3, "%", HSI12, None, basis=I12),
    m("turnover|market_turnover", 5.2e9, "HKD", MB12, None, basis="主板成交近52億元, " + I12),
    m("index_level", 9067, "points", HSCEI12, None, basis=I12),
    m("index_change", -27, "points", HSCEI12, None, basis=I12),
    m("index_change", -0.3, "%", HSCEI12, None, basis=I12),
    m("index_level", 5643, "points", HSTECH12, None, basis=I12),
    m("index_change", -39, "points", HSTECH12, None, basis=I12),
    m("index_change", -0.7, "%", HSTECH12, None, basis=I12),
], [])
