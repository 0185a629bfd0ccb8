# Hand labels for news31/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, one Macau, one Taiwan). Helpers m()
# and ra() are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor
# code, test, docs page or other batch's text was read. Conventions followed: shared/corpora/news-text/zh/README.md,
# score.py and the "Conventions decided" sections of news29/zh and news30/zh (with their labels files' top comments).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 / 港元 = HKD (zh07, zh08, zh09, zh10); 仙 = HK cents
# (12仙 -> 0.12 HKD); 元人民幣 -> CNY (zh09's A-share turnover and northbound flows); 美元 -> USD (zh08's BEKE.US target);
# 澳門元 -> MOP (zh11); Taiwan context (zh12): bare 元 / 億元 = TWD. Values fully scaled (17.35億元 -> 1.735e9; 1.32萬億 ->
# 1.32e12; "沽空 $1.58千萬" -> 1.58e7; "$3.10百萬" -> 3.1e6). Chinese numerals resolved (逾四百點 -> 400). 約X / 近X -> X;
# 逾X -> an open lower bound rng=(X, None), key only when it is the passage's only figure for a core quantity (news30 batch b:
# zh09's market short-selling amount and southbound net buying, zh11's mass-market revenue and its yoy growth), otherwise
# optional. Declines and losses negative (跌, 挫, 下降, 下跌, 減少, 月減, 淨沽出); % vs pp as printed.
# Periods only from the text: zh10 prints 二零一五年 (-> 2015-06, 2015-05, 2015H1, 2015Q2); zh11's "較2018年第二季 ... 按年"
# makes 今年 2019 (-> 2019Q2, 2019Q1, 2018Q2); zh07 states a half year without a year (截至今年6月底止中期 -> "H1", news28 /
# news30); zh08, zh09 and zh12 print no year (周三, 8月, 前8月, 第3季; the AASTOCKS short-selling timestamp is boilerplate,
# not a report date) -> None with the span in basis. URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body) is one row; an earlier level printed beside a new one ("0.5港元 -> 0.32港元",
# "上年同期派18仙", "較去年第二季410.4億澳門元") is the prior of the new value and also an optional row of its own.
# AASTOCKS inline quotes and "相關內容" headlines are optional (corpus); broker targets are also target_price metric rows
# (news21 / news22 / corpus zh26), besides the rating actions. Entities list names as printed plus Traditional /
# Simplified / English forms and stock codes.


def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+0.010 (+0.345%) 沽空 $1.58千萬; 比率 39.113%' -> all optional (corpus)."""
    out = [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
           m("price_change", pct, "%", ent, opt=True, basis="inline quote")]
    if short is not None:
        out.append(m("short_selling_turnover", short, "HKD", ent, opt=True, basis="inline quote"))
    if ratio is not None:
        out.append(m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote"))
    return out


# zh07: Hong Kong company's interim results: Hang Lung Properties (恆隆地產, 00101) half year to end-June (AASTOCKS
# 《藍籌業績》 item on pchome.megatime.com.tw; the headline is kept as printed; the "阿思達克財經新聞 / 網址 / 相關股票" footer is
# left out, the "(sl/w)" desk tag kept). No year is printed ("截至今年6月底止中期業績") -> period "H1". 元 = HKD, 仙 = HK cents.
# Key: revenue 61.14億元 and +16.7%; net profit 10.61億元 and -55.7%; EPS 23仙; interim dividend 12仙 with prior 18仙 (上年同期;
# headline repeats); underlying net profit 17.35億元 and -22% (headline repeats both); underlying EPS 38仙; operating profit
# 34.3億元 and -10%; property leasing revenue 48.86億元 and -7%; mainland leasing revenue -3% in RMB terms and -6% in HKD terms
# (two rows, basis distinguishes the currency of measurement); Hong Kong leasing revenue -8%; property sales revenue
# 12.28億元; contracted but unbooked property sales 3.85億元 as at 6月30日 (period None: a stock at a date without a year).
# Optional: last year's interim dividend 18仙 as its own row; unit counts (12 residential units, 5 units; the "1間 / 1個"
# counts are not labelled). Not labelled: 00101 (code), 三大因素 (a count of reasons).
HLP = "恆隆地產|恒隆地產|恒隆地产|Hang Lung Properties|Hang Lung Properties Limited|00101|101|00101.HK"
HLP_CN = "內地物業組合|內地|Mainland portfolio|mainland China|" + HLP
HLP_HK = "香港物業組合|香港|Hong Kong portfolio|Hong Kong|" + HLP
H7 = "H1"
G["zh07"] = ([
    m("revenue", 6.114e9, "HKD", HLP, H7, basis="收入, half year to end-June"),
    m("revenue_growth", 16.7, "%", HLP, H7, basis="yoy (按年升)"),
    m("net_profit|profit_attributable|attributable_profit", 1.061e9, "HKD", HLP, H7, basis="純利"),
    m("net_profit_growth|profit_growth", -55.7, "%", HLP, H7, basis="yoy (按年跌)"),
    m("eps|basic_eps", 0.23, "HKD", HLP, H7, basis="每股盈利23仙"),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.12, "HKD", HLP, H7, prior=0.18,
      basis="中期息12仙; prior = 上年同期18仙; headline repeats"),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.18, "HKD", HLP, None, opt=True,
      basis="previous year's interim dividend (上年同期派18仙)"),
    m("underlying_net_profit|underlying_profit|core_profit|net_profit", 1.735e9, "HKD", HLP, H7,
      basis="基本純利; headline repeats"),
    m("underlying_net_profit_growth|underlying_profit_growth|core_profit_growth|net_profit_growth", -22, "%", HLP, H7,
      basis="yoy (下跌; headline 按年跌22%)"),
    m("underlying_eps|basic_eps|eps", 0.38, "HKD", HLP, H7, basis="每股基本盈利 (on underlying profit) 38仙"),
    m("operating_profit", 3.43e9, "HKD", HLP, H7, basis="整體營業溢利"),
    m("operating_profit_growth", -10, "%", HLP, H7, basis="yoy (下降)"),
    m("rental_revenue|leasing_revenue|segment_revenue|revenue", 4.886e9, "HKD", HLP, H7, basis="物業租賃收入"),
    m("rental_revenue_growth|leasing_revenue_growth|revenue_growth", -7, "%", HLP, H7, basis="物業租賃收入, yoy (下跌)"),
    m("rental_revenue_growth|leasing_revenue_growth|revenue_growth", -3, "%", HLP_CN, H7,
      basis="mainland leasing revenue in RMB terms (按人民幣計值下降)"),
    m("rental_revenue_growth|leasing_revenue_growth|revenue_growth", -6, "%", HLP_CN, H7,
      basis="mainland leasing revenue in HKD terms (按港幣計值下降)"),
    m("rental_revenue_growth|leasing_revenue_growth|revenue_growth", -8, "%", HLP_HK, H7,
      basis="Hong Kong portfolio leasing revenue (跌幅8%)"),
    m("property_sales_revenue|sales_revenue|revenue", 1.228e9, "HKD", HLP, H7, basis="物業銷售收入"),
    m("contracted_sales|contracted_property_sales", 3.85e8, "HKD", HLP, None,
      basis="signed property sales to be booked on completion, as at 6月30日 (year not printed)"),
    m("units|residential_units|units_sold", 12, "units", "皓日|The Aperture|" + HLP, None, opt=True,
      basis="presold residential units"),
    m("units|units_sold", 5, "units", "昆明君悅居|" + HLP, None, opt=True),
], [])

# zh08: broker table on several HK-listed mainland property stocks: HSBC Global Research (滙豐研究) (AASTOCKS 《大行》 table,
# Traditional, NOW.1380286; the intro sentence is reworded, the table rows, inline quotes, "相關內容" headlines (lightly
# reworded: 降 -> 下調, 偏好 -> 看好, 料 -> 預期, 續予 -> 續給) and the delayed-quote / US-quote boilerplate are kept, one row per
# line). No report date is printed in the story (the short-selling timestamp 2025-09-05 is boilerplate) -> periods None.
# Targets in 港元 -> HKD, BEKE.US in 美元 -> USD. Ratings: 減持 = underweight, 持有 = hold, 買入 = buy. Table rows "A港元 -> B港元"
# are target B with prior A; rating unchanged in every row -> raise_target / cut_target where the target moved, maintain
# where one target is printed. Key: eleven target_price rows and eleven rating actions (雅居樂 cut 0.5 -> 0.32, 減持; 雅生活
# cut 3.1 -> 2.6, 持有; 旭輝 cut 0.3 -> 0.23, 持有; 世茂集團 raise 0.4 -> 0.6, 持有; 世茂服務 0.8, 持有; 深圳控股 cut 1.1 -> 0.8,
# 持有; 華潤置地 29.6, 龍湖集團 15, 華潤萬象生活 38.4, 綠城服務 4.9, 買入; 貝殼 21.4 USD, 買入). Optional: all inline quotes; the
# previous targets as rows of their own; the "相關內容" headlines' figures and actions (滙豐研究 cut 龍湖 to 11.6元 rated 持有;
# 花旗 raised 龍湖 to 15.8元 with 買入 kept; 內房股 implied upside 13至42%). Judgement call: the first related headline gives
# 龍湖 an HSBC target of 11.6元 / 持有 while the table shows 15港元 / 買入 (an earlier report): the table is the key action, the
# headline's is optional. Not labelled: stock codes, 十五分鐘 / 15分鐘 and the timestamp (boilerplate).
HSBCR = "滙豐研究|匯豐研究|滙豐環球研究|HSBC Global Research|HSBC Research|HSBC"
CITI = "花旗|Citi|Citigroup"
AGILE = "雅居樂集團|雅居樂|雅居乐|Agile Group|Agile|03383|3383"
AGILE_S = "雅生活服務|雅生活|A-Living Smart City Services|A-Living|03319|3319"
CIFI = "旭輝控股|旭輝|旭辉控股|CIFI Holdings|CIFI|00884|884"
SHIMAO = "世茂集團|世茂|世茂集团|Shimao Group|Shimao|00813|813"
SHIMAO_S = "世茂服務|世茂服务|Shimao Services|00873|873"
SZI = "深圳控股|深圳控股有限公司|Shenzhen Investment|00604|604"
CRL = "華潤置地|潤地|华润置地|China Resources Land|CR Land|01109|1109"
LONGFOR = "龍湖集團|龍湖|龙湖集团|Longfor Group|Longfor|00960|960"
CRMIXC = "華潤萬象生活|華潤萬象|华润万象生活|China Resources Mixc Lifestyle|CR Mixc|01209|1209"
GTS = "綠城服務|绿城服务|Greentown Service|02869|2869"
BEKE = "貝殼|贝壳|KE Holdings|Beike|BEKE|BEKE.US"
rows08 = [  # (entity, quote, rating, target, prior target)
    (AGILE, (0.025, 5.747, None, None), "underweight", 0.32, 0.5),
    (AGILE_S, (0.010, 0.345, 1.58e7, 39.113), "hold", 2.6, 3.1),
    (CIFI, (0.005, 2.304, None, None), "hold", 0.23, 0.3),
    (SHIMAO, (0.015, 5.085, None, None), "hold", 0.6, 0.4),
    (SHIMAO_S, (0.020, 2.740, None, None), "hold", 0.8, None),
    (SZI, (0.030, 3.614, 3.1e6, 17.542), "hold", 0.8, 1.1),
    (CRL, (0.600, 1.953, 7.95e7, 28.373), "buy", 29.6, None),
    (LONGFOR, (0.080, 0.782, 3.45e7, 36.036), "buy", 15, None),
    (CRMIXC, (0.820, 2.119, 3.88e7, 31.047), "buy", 38.4, None),
    (GTS, (0.030, 0.637, 2.99e6, 11.956), "buy", 4.9, None),
]
mt, rt = [], []
for e, quote, rating, tp, ptp in rows08:
    mt += q(e, *quote)
    mt.append(m("target_price", tp, "HKD", e, None, prior=ptp, basis="HSBC Global Research; rating " + rating))
    if ptp is not None:
        mt.append(m("target_price", ptp, "HKD", e, None, opt=True, basis="HSBC Global Research, previous target"))
    action = "maintain" if ptp is None else ("raise_target" if tp > ptp else "cut_target")
    rt.append(ra(HSBCR, e, action, rating, None, tp, ptp, "HKD"))
mt.append(m("target_price", 21.4, "USD", BEKE, None, basis="HSBC Global Research; 買入; 21.4美元"))
rt.append(ra(HSBCR, BEKE, "maintain", "buy", None, 21.4, None, "USD"))
mt += [
    m("target_price", 11.6, "HKD", LONGFOR, None, opt=True, basis="related headline: 滙豐研究下調龍湖目標價至11.6元, 持有"),
    m("target_price", 15.8, "HKD", LONGFOR, None, opt=True, basis="related headline: 花旗上調龍湖目標價至15.8元, 買入"),
    m("upside|potential_upside|implied_upside", None, "%", "內房股|China property stocks|mainland property", None,
      rng=(13, 42), opt=True, basis="related headline: 隱含13至42%上升空間 (HSBC Global Research)"),
]
rt += [
    ra(HSBCR, LONGFOR, "cut_target", "hold", None, 11.6, None, "HKD", opt=True),
    ra(CITI, LONGFOR, "raise_target", "buy", None, 15.8, None, "HKD", opt=True),
]
G["zh08"] = (mt, rt)

# zh09: Hong Kong market close with short selling, southbound flows and the A-share close (東方日報 orientaldaily.on.cc
# 財經, Traditional; headline "恒指挫196點 夜期閃跌" and the sub-heading "滬綜續軟 失3000關" kept; the passage ends after the
# A-share paragraph, before the broker's outlook and the ADR paragraphs). No date or year is printed ("周三", "昨日") ->
# periods None. 元 = HKD; 元人民幣 -> CNY. Key: HSI -196 points (headline repeats) and close 26,696; HSCEI -78 points and close
# 10,501; market turnover 1,197億元; market short-selling amount 逾198億元 (rng lower bound, the passage's only figure for it ->
# key) and ratio 16.58%; HSBC's short-selling amount 24.4億元, close 55.6元 and -0.8%; southbound (港股通) net buying 逾37.47億元
# (rng, key for the same reason); 舜宇光學 -3.68%, 瑞聲科技 -2.81%, 中國移動 -2.32%, 中國聯通 -2.47%; Shanghai Composite close
# 2,987 and -0.83%; Shenzhen Component -3.02% and close 11,497; ChiNext -4.66% and close 2,180; A-share main-board turnover
# 約1.32萬億元人民幣; northbound (滬、深股通) net selling 67.27億元人民幣 (negative). Optional: the intraday moves and lows (HSI
# 挫逾四百點 -> rng (None, -400), -413 points, low 26,479; HSCEI -196 points intraday), the HSI night-session futures low 26,218
# and its 478-point discount, HSBC's 56元 "血肉長城" level, the 3,000 / 3000 round level, and the per-stock southbound buying
# of 建設銀行 (逾10億元, rng) and 騰訊 (4.6億元, labelled both as a value and as a lower bound since 逾 may govern both).
# Not labelled: 三日 / 六個交易日 / 四個交易日 (streaks), 萬億 in "突破萬億元人民幣" (a round threshold), stock codes.
HSI9 = "恒生指數|恒指|恆生指數|恒生指数|Hang Seng Index|HSI"
HSIF9 = "恒指即月期貨|恒指期貨|夜期|HSI futures|Hang Seng Index futures"
HSC9 = "國企指數|國指|恒生中國企業指數|国企指数|Hang Seng China Enterprises Index|HSCEI"
MKT9 = "港股|大市|主板|Hong Kong market|Hong Kong stocks"
SB9 = "港股通|北水|南向資金|南下資金|Southbound Stock Connect|southbound"
NB9 = "滬、深股通|滬股通|深股通|北向資金|Northbound Stock Connect|northbound"
HSBC9 = "滙豐控股|滙豐|匯豐|汇丰控股|HSBC|HSBC Holdings|00005|5"
SH9 = "滬綜指|滬綜|上證綜指|上證指數|沪综指|Shanghai Composite"
SZ9 = "深成指|深證成指|深证成指|Shenzhen Component"
CN9 = "深圳創業板指數|創業板指數|創業板|ChiNext"
AMKT9 = "滬深兩市|滬深股市|A股|A-shares|Shanghai and Shenzhen markets"
IL, IC, ICP = "index_level|close", "index_change", "index_change|index_change_pct|index_return"
PC, PX = "price_change|share_price_change", "share_price|price|close"
NF = "net_flow|southbound_net_flow|net_inflow|net_buying"
G["zh09"] = ([
    m(IC, None, "points", HSI9, None, rng=(None, -400), opt=True, basis="intraday at the open (開市後隨即挫逾四百點)"),
    m(IC, -196, "points", HSI9, None, basis="close; headline repeats"),
    m(IL, 26696, "points", HSI9, None, basis="close"),
    m("index_level|futures_price", 26218, "points", HSIF9, None, opt=True, basis="night-session low (最低見)"),
    m("futures_discount|basis|discount", 478, "points", HSIF9, None, opt=True, basis="低水 vs cash index"),
    m(IC, -413, "points", HSI9, None, opt=True, basis="intraday (開市後曾跌)"),
    m(IL, 26479, "points", HSI9, None, opt=True, basis="intraday low (全日低位)"),
    m(IC, -196, "points", HSC9, None, opt=True, basis="intraday (盤中最多挫)"),
    m(IC, -78, "points", HSC9, None, basis="close"),
    m(IL, 10501, "points", HSC9, None, basis="close"),
    m("turnover|market_turnover|trading_value", 1.197e11, "HKD", MKT9, None, basis="港股總成交"),
    m("short_selling_turnover|short_selling_amount", None, "HKD", MKT9, None, rng=(1.98e10, None),
      basis="沽空金額逾198億元"),
    m("short_selling_ratio", 16.58, "%", MKT9, None),
    m("short_selling_turnover|short_selling_amount", 2.44e9, "HKD", HSBC9, None, basis="top of the short-selling table"),
    m("price_level|support_level|price", 56, "HKD", HSBC9, None, opt=True, basis="「血肉長城」56元關口"),
    m(PX, 55.6, "HKD", HSBC9, None, basis="close"),
    m(PC, -0.8, "%", HSBC9, None),
    m(NF, None, "HKD", SB9, None, rng=(3.747e9, None), basis="港股通淨買入逾37.47億元 (周三)"),
    m(NF, None, "HKD", "建設銀行|建行|China Construction Bank|CCB|00939|939", None, rng=(1e9, None), opt=True,
      basis="北水淨買入, 逾10億元"),
    m(NF, 4.6e8, "HKD", "騰訊|騰訊控股|Tencent|00700|700", None, opt=True, basis="北水淨買入 4.6億元"),
    m(NF, None, "HKD", "騰訊|騰訊控股|Tencent|00700|700", None, rng=(4.6e8, None), opt=True,
      basis="北水淨買入, reading 逾 as governing 4.6億元 too"),
    m(PC, -3.68, "%", "舜宇光學|舜宇|Sunny Optical|02382|2382", None, basis="挫"),
    m(PC, -2.81, "%", "瑞聲科技|瑞聲|AAC Technologies|02018|2018", None, basis="挫"),
    m(PC, -2.32, "%", "中國移動|中移動|China Mobile|00941|941", None),
    m(PC, -2.47, "%", "中國聯通|聯通|China Unicom|00762|762", None),
    m(IL, 3000, "points", SH9, None, opt=True, basis="round level lost (失守3,000點關口; sub-heading 失3000關)"),
    m(IL, 2987, "points", SH9, None, basis="close"),
    m(ICP, -0.83, "%", SH9, None),
    m(ICP, -3.02, "%", SZ9, None),
    m(IL, 11497, "points", SZ9, None, basis="close"),
    m(ICP, -4.66, "%", CN9, None),
    m(IL, 2180, "points", CN9, None, basis="close"),
    m("turnover|market_turnover|trading_value", 1.32e12, "CNY", AMKT9, None, basis="滬深兩市主板成交額約1.32萬億元人民幣"),
    m("net_flow|northbound_net_flow|net_selling|net_outflow", -6.727e9, "CNY", NB9, None, basis="淨沽出 (net selling)"),
], [])

# zh10: Hong Kong statistics release: retail sales for June 2015 (政府統計處 press release on info.gov.hk, Traditional; the
# release title is kept, its row of asterisks and the closing methodological paragraphs are left out: the passage ends after
# the seasonally adjusted quarter-on-quarter sentence, before the paragraph on what the statistics measure). Periods from
# the text: 2015-06, 2015-05 (revised estimate), 2015H1, 2015Q2. 元 = HKD. Key: retail sales value 370億元 (provisional) and
# -0.4% yoy; May -0.1% (revised, 輕微下跌); H1 -1.6%; volume +4.4% (June), +4.7% (May, revised), +1.7% (H1); the sixteen
# outlet types' yoy value changes (eleven falls, five rises); Q2 vs Q1 seasonally adjusted value -4.4% and volume -3.0%.
# Judgement call: the outlet-type changes are key (news30 batch a zh03: the release's named categories are key), entity =
# the outlet type. Not labelled: 七月三十一日 (publication date).
HKR = "香港零售業|零售業|香港|Hong Kong retail sales|Hong Kong retail|Hong Kong"
RS, RSG, RVG = "retail_sales|retail_sales_value", "retail_sales_growth|retail_sales_value_growth", \
    "retail_sales_volume_growth|retail_volume_growth"


def cat10(ent, v):
    return m(RSG + "|sales_value_growth", v, "%", ent + "|" + HKR.split("|")[0], "2015-06",
             basis="outlet type, value of sales, yoy")


G["zh10"] = ([
    m(RS, 3.7e10, "HKD", HKR, "2015-06", basis="provisional estimate (臨時估計), total value of retail sales"),
    m(RSG, -0.4, "%", HKR, "2015-06", basis="yoy"),
    m(RSG, -0.1, "%", HKR, "2015-05", basis="revised estimate, yoy (輕微下跌)"),
    m(RSG, -1.6, "%", HKR, "2015H1", basis="yoy"),
    m(RVG, 4.4, "%", HKR, "2015-06", basis="volume, yoy (net of price changes)"),
    m(RVG, 4.7, "%", HKR, "2015-05", basis="volume, revised estimate, yoy"),
    m(RVG, 1.7, "%", HKR, "2015H1", basis="volume, yoy"),
    cat10("珠寶首飾、鐘錶及名貴禮物|珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery", -10.4),
    cat10("超級市場貨品|supermarket goods", -0.5),
    cat10("服裝|clothing", -3.8),
    cat10("百貨公司貨品|department store goods", -3.3),
    cat10("藥物及化妝品|medicines and cosmetics", -4.2),
    cat10("其他未分類消費品|other consumer goods not elsewhere classified|other consumer goods", -2.3),
    cat10("燃料|fuels", -5.6),
    cat10("鞋類、有關製品及其他衣物配件|footwear, allied products and other clothing accessories|footwear", -8.4),
    cat10("傢具及固定裝置|furniture and fixtures", -3.7),
    cat10("書報、文具及禮品|books, newspapers, stationery and gifts", -9.5),
    cat10("中藥|Chinese drugs and herbs", -4.2),
    cat10("電器及攝影器材|electrical goods and photographic equipment|electrical goods", 21.4),
    cat10("食品、酒類飲品及煙草|food, alcoholic drinks and tobacco", 3.6),
    cat10("汽車及汽車零件|motor vehicles and parts|motor vehicles", 6.2),
    cat10("雜項耐用消費品|other consumer durable goods|consumer durable goods", 70.3),
    cat10("眼鏡店|optical shops", 0.4),
    m(RSG, -4.4, "%", HKR, "2015Q2", basis="seasonally adjusted, vs 2015Q1 (qoq)"),
    m(RVG, -3.0, "%", HKR, "2015Q2", basis="volume, seasonally adjusted, vs 2015Q1 (qoq)"),
], [])

# zh11: Macau gaming revenue, second quarter (星島日報 via singtao.ca, Traditional; headline kept; the photo caption repeating
# the 735.5億 figure is left out; the passage ends after the gaming-table / slot-machine paragraph, before the regulator
# director's remarks on junket rules and online gambling sites). Year: "較2018年第二季 ... 按年" -> 今年 = 2019 (2019Q2, 2019Q1,
# year-ago 2018Q2). 澳門元 -> MOP. Key: gross gaming revenue 735.5億澳門元, qoq -3.68%, yoy -0.64%; VIP baccarat revenue 346.2億
# with prior 410.4億 (year-ago quarter), qoq -6.97%, yoy -15.6% (headline repeats); VIP share of GGR 47.19%; mass-market
# revenue excluding slots 逾350.1億 (rng lower bound, the only figure for it -> key), qoq -0.9%, yoy 逾21% (rng, key for the same
# reason); mass share 47.7%; gaming tables 6734 and +110 qoq; slot machines 17638 and +516 qoq. Optional: the year-ago VIP
# revenue 410.4億 (2018Q2) as its own row; the first quarter's mass revenue 逾352億 (2019Q1, rng); the odd "期內貴賓博彩佔總博彩
# 收入為733.5億澳門元" (judgement call: unclear what the figure measures, likely a total of the VIP-share calculation; optional
# with entity VIP / Macau). Not labelled: 兩季 (a streak).
MAC = "澳門|澳門博彩業|澳门|Macau|Macao|Macau gaming"
VIP = "貴賓百家樂|貴賓廳|貴賓博彩|VIP baccarat|VIP|" + MAC
MASS = "中場|娛樂場中場|中場業務|mass market|mass|" + MAC
Q11 = "2019Q2"
GGR = "ggr|gaming_revenue|gross_gaming_revenue"
G["zh11"] = ([
    m(GGR, 7.355e10, "MOP", MAC, Q11, basis="各類博彩毛收入"),
    m(GGR + "_growth|gaming_revenue_growth|ggr_growth", -3.68, "%", MAC, Q11, basis="qoq (按季下跌)"),
    m(GGR + "_growth|gaming_revenue_growth|ggr_growth", -0.64, "%", MAC, Q11, basis="yoy (按年跌)"),
    m("vip_ggr|vip_revenue|" + GGR, 3.462e10, "MOP", VIP, Q11, prior=4.104e10,
      basis="貴賓百家樂博彩毛收入; prior = 去年第二季"),
    m("vip_ggr|vip_revenue|" + GGR, 4.104e10, "MOP", VIP, "2018Q2", opt=True, basis="year-ago quarter"),
    m("vip_ggr_growth|vip_revenue_growth|ggr_growth", -6.97, "%", VIP, Q11, basis="vs 2019Q1 (較今年首季跌)"),
    m("vip_ggr_growth|vip_revenue_growth|ggr_growth", -15.6, "%", VIP, Q11, basis="yoy; headline repeats"),
    m("ggr|gaming_revenue|vip_ggr", 7.335e10, "MOP", VIP, Q11, opt=True,
      basis="期內貴賓博彩佔總博彩收入為733.5億澳門元 (unclear quantity)"),
    m("vip_share|share_of_ggr|market_share", 47.19, "%", VIP, Q11, basis="share of total GGR"),
    m("mass_ggr|mass_revenue|" + GGR, None, "MOP", MASS, Q11, rng=(3.501e10, None),
      basis="娛樂場中場收入 excluding slots, 逾350.1億"),
    m("mass_ggr|mass_revenue|" + GGR, None, "MOP", MASS, "2019Q1", rng=(3.52e10, None), opt=True, basis="逾352億"),
    m("mass_ggr_growth|mass_revenue_growth|ggr_growth", -0.9, "%", MASS, Q11, basis="qoq (按季減少)"),
    m("mass_ggr_growth|mass_revenue_growth|ggr_growth", None, "%", MASS, Q11, rng=(21, None), basis="yoy, 逾21%"),
    m("mass_share|share_of_ggr|market_share", 47.7, "%", MASS, Q11, basis="share of total gaming revenue"),
    m("gaming_tables|tables", 6734, "tables", MAC, Q11),
    m("gaming_tables_change|tables_change", 110, "tables", MAC, Q11, basis="vs 2019Q1 (增加)"),
    m("slot_machines", 17638, "machines", MAC, Q11),
    m("slot_machines_change", 516, "machines", MAC, Q11, basis="vs 2019Q1 (增加)"),
], [])

# zh12: Taiwan company's monthly revenue: United Microelectronics (聯電, 2303) August revenue (ETtoday 財經, Traditional; the
# photo caption is left out, the byline "記者高兆麟/綜合報導" kept; "讀者迴響" page chrome left out). No year is printed ("8月",
# "今年前8月", "第3季") -> periods None with the span in basis. Taiwan context: 元 / 億元 = TWD. Key: August revenue 206.45億元,
# 年增8.94%, 月減1.2% (negative); January-August cumulative revenue 1529.73億元 and 年增3%; the third-quarter capacity
# utilisation guidance 70%; the share's close 53.9元, +1.13% and +0.6元. Optional: "連續兩個月突破200億元大關" (a lower bound,
# rng (2e10, None)); the ASP guidance "約持平" (0 %); the gross-margin guidance "中30%百分位" (a mid-30s range; labelled 30 %
# as printed, optional). Not labelled: 22/28奈米 (process nodes), 中個位數百分比 (no figure), 2303 (code), 第3季 / 第三季.
UMC = "聯電|聯華電子|联电|UMC|United Microelectronics|United Microelectronics Corporation|2303"
G["zh12"] = ([
    m("revenue|monthly_revenue", 2.0645e10, "TWD", UMC, None, basis="8月合併營收 (August, year not printed)"),
    m("revenue_growth", 8.94, "%", UMC, None, basis="August, yoy (年增)"),
    m("revenue_growth|revenue_change", -1.2, "%", UMC, None, basis="August, mom (月減)"),
    m("revenue|monthly_revenue", None, "TWD", UMC, None, rng=(2e10, None), opt=True,
      basis="連續兩個月突破200億元大關"),
    m("revenue|cumulative_revenue", 1.52973e11, "TWD", UMC, None, basis="今年前8月累計合併營收"),
    m("revenue_growth|cumulative_revenue_growth", 3, "%", UMC, None, basis="January-August, yoy (年增)"),
    m("capacity_utilization|utilization_rate|utilization", 70, "%", UMC, None, basis="guidance, third quarter (第三季)"),
    m("asp_change|asp_growth", 0, "%", UMC, None, opt=True, basis="guidance: ASP in USD 大致持平"),
    m("gross_margin", 30, "%", UMC, None, opt=True, basis="guidance 中30%百分位 (mid-30s), as printed"),
    m("price_change|share_price_change", 1.13, "%", UMC, None, basis="close (收盤上漲)"),
    m("price_change|share_price_change", 0.6, "TWD", UMC, None, basis="close (上漲0.6元)"),
    m("share_price|price|close", 53.9, "TWD", UMC, None, basis="close (收在53.9元)"),
], [])
