# Hand labels for news63/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read. The unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep: "companies", "stocks", "GWh", "employees", "trading days", "years", "points"; "CNY",
# "%", "pp" as in the development corpus).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news62/zh/README.md and news61/zh/README.md with news61/zh/labels_*.py.
# Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4); mainland 元 / bare 亿 = CNY; declines negative
# (下滑, 下降, a printed "-10.3" table cell); 同比 = yoy in basis; 个百分点 -> pp; 近X -> X (近四成 -> 40 %); 超 / 超过 /
# 逾 / 以上 / 不足 / 不超过 X are open bounds, optional unless they are the only figure printed for the subject's own
# result (zh04's 海优新材 逾5倍); closed bands (500-1000亿, 5%-10%) are ranges. A figure printed twice (prose and a table
# that repeats it) is one key row plus an optional twin; a table's own cells are key. Counts of firms are "companies",
# of listed shares "stocks". Streaks (连续七年, 连续6个交易日) and regulatory or band thresholds are optional.
# No passage carries a broker's rating or target, so there are no rating actions.
# Periods only where the text states or clearly implies the year: zh01 None (今年前4个月, 1—4月, 4月: no year printed);
# zh02 2020-01..08 and 2020-08 (1-8月 / 8月 in an item whose closing paragraph reports 2020年上半年 results and the
# recovery from the epidemic "眼下"); zh03 2015-01..02 (printed 2015年1-2月份); zh04 FY2023 (printed 2023年业绩快报);
# zh05 FY2023 (printed 2023年年报) and 2023-12-31 for the headcount at 报告期末; zh06 2021-05-31 (截至5月31日 under the
# kept date line 2021-06-02), 2021-05-24..2021-05-31 (the six-day run) and 2021-01..05 (今年前5个月), None for the
# rule and the bands.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a page on original insurance premiums for January-April with a regional table (pro.softsdown.net article/251246;
# no headline in the stored text and none composed; the table's dummy header row "列1 | 列2 | 列3 | 列4 | 列5 | 列6 |"
# left out as page furniture; the stored text breaks off inside the 广东 row ("广 东 | 7185387.11", cut mid-row), so the
# passage ends with the 青岛 row). Kept as printed: the definition paragraph (no figure), "1—4月" with an em dash,
# "60多家", "(不含…)" reworded as "(…不计在内)", "近四成", the unit line "单位:万元 | |||||", the spaced region names
# ("北 京", "大 连" …), the separately listed cities 大连 / 宁波 / 厦门 / 青岛 and every table cell with its decimals
# (e.g. "684718.8", "520472").
# Key: property insurers' premiums 2495.54亿元 (+16.80%), life insurers' 5865.78亿元 (+35.47%); life insurers' April
# premiums 721.4亿元 (-5.42%); 24 life insurers with April premiums down, 近四成 of them (40 %); the table: national and 14
# regional rows x 5 columns (total, property, life, accident, health) in 万元.
# Optional: the "60多家" count of life insurers covered (a lower bound).
# Judgement calls: period None throughout (今年 without a year); table cells are premium rows on the region with the
# line of business in the metric (property / life / accident / health), the total as premium_income; the national
# row's entity is the country; "占比近四成" is a % share of the insurers counted (40, 近 dropped as usual).
PROP = "产险公司|财产保险公司|property insurers|P&C insurers|non-life insurers"
LIFE = "寿险公司|人身保险公司|life insurers|life insurance companies"
PI, PIG = "premium_income|original_premium_income|premiums", "premium_income_growth|original_premium_income_growth|premium_growth"
COLS = ["premium_income|original_premium_income|premiums",
        "property_insurance_premiums|property_premium_income|premium_income",
        "life_insurance_premiums|life_premium_income|premium_income",
        "accident_insurance_premiums|accident_premium_income|premium_income",
        "health_insurance_premiums|health_premium_income|premium_income"]
CNAMES = ["合计 (total)", "财产保险 (property)", "寿险 (life)", "意外险 (accident)", "健康险 (health)"]
ZH01_TABLE = [
    ("全国合计|全国|中国|China", [83613699.86, 23690424.56, 51996016.45, 1922343.77, 6004915.08]),
    ("北京|北京市|Beijing", [5241394.28, 1067624.38, 3336814.36, 152236.74, 684718.8]),
    ("天津|天津市|Tianjin", [1268587.63, 371635.66, 770919.24, 25202.61, 100830.13]),
    ("河北|河北省|Hebei", [3494941.8, 1165173.29, 2029079.37, 66826.57, 233862.57]),
    ("辽宁|辽宁省|Liaoning", [2166073.88, 578537.2, 1348699.17, 38137.06, 200700.45]),
    ("大连|大连市|Dalian", [862447.13, 231228.2, 554503.88, 15386.41, 61328.64]),
    ("上海|上海市|Shanghai", [4052856.77, 1168258.51, 2436257.18, 138436.01, 309905.06]),
    ("江苏|江苏省|Jiangsu", [7573218.36, 2066616.31, 4927317.78, 179714.71, 399569.56]),
    ("浙江|浙江省|Zhejiang", [4363785.99, 1561247.5, 2464223.13, 101203.75, 237111.6]),
    ("宁波|宁波市|Ningbo", [809157.79, 367864.13, 395699.8, 18565.89, 27027.98]),
    ("福建|福建省|Fujian", [2407324.01, 625613.69, 1528465.62, 54376.78, 198867.92]),
    ("厦门|厦门市|Xiamen", [520472, 187217.45, 292400.13, 13907.48, 26946.94]),
    ("山东|山东省|Shandong", [5012453.09, 1415065.01, 3059310.19, 101326.11, 436751.78]),
    ("青岛|青岛市|Qingdao", [806745.57, 273916.44, 463978.19, 18212.9, 50638.05]),
]
G["zh01"] = ([
    m(PI, 2.49554e11, "CNY", PROP, None, basis="原保险保费收入, 今年前4个月 (1—4月)"),
    m(PIG, 16.80, "%", PROP, None, basis="yoy"),
    m(PI, 5.86578e11, "CNY", LIFE, None, basis="原保险保费收入, 今年前4个月"),
    m(PIG, 35.47, "%", LIFE, None, basis="yoy"),
    m(PI, 7.214e10, "CNY", LIFE, None, basis="4月 single month (当月)"),
    m(PIG, -5.42, "%", LIFE, None, basis="4月 single month, yoy (下滑)"),
    m("company_count|insurer_count|count", None, "companies", "人身保险公司|life insurers", None, rng=(60, None), opt=True,
      basis="60多家 life insurers covered (excl. 养老险公司 and 国寿存续)"),
    m("company_count|insurer_count|count", 24, "companies", "人身保险公司|life insurers", None,
      basis="April single-month premiums down yoy (同比下滑)"),
    m("share|proportion", 40, "%", "人身保险公司|life insurers", None,
      basis="share of the insurers covered with April premiums down (占比近四成)"),
] + [m(COLS[j], round(v * 1e4, 2), "CNY", ent, None, basis=f"table, 1—4月, {CNAMES[j]}, 单位:万元 ({v})")
     for ent, vals in ZH01_TABLE for j, v in enumerate(vals)], [])


# zh02: a digest of a research institute's January-August ranking of the top 100 developers (jiajutv.720yj.com news/1118;
# no headline in the stored text and none composed; the closing caption of a table the page does not store
# ("代表房企2020年中报营业收入及净利润情况 / (单位:人民币,亿元) / 来源:国家发改委产业司") left out as a caption; whole stored
# item otherwise). Kept as printed: "TOP100" / "TOP3" / "TOP10", "超千亿" and "超百亿" (Chinese-numeral thresholds), "1000亿以上",
# the bands "(500-1000亿)", "(200-500亿)", "(100-200亿)" without 元, "73.2亿" without 元, "回正" (as 转正), "持平".
# Key: TOP100 average sales 730.9亿元 and average growth 4.9%; 19 developers above 千亿 and 130 above 百亿; August average
# yoy growth 21.4%; tiers: super tier growth 3.7%, first tier 26 (5.5%), second tier 34 (6.4%), third tier 51 (1.3%),
# fourth tier 24 with average sales 73.2亿 (-8.3%); entry thresholds TOP100 168.7亿元, TOP3 4385亿元 (+17.8%), TOP10
# 1603.2亿元 (+8.5%).
# Optional: the super tier's 19 (the same 19 as the 超千亿 count), the thresholds 千亿 / 百亿 / 1000亿以上 and the tier
# bands, and the unchanged count (数量与去年持平 -> 0).
# Judgement calls: period 2020-01..08 / 2020-08 (see the header); each tier is its own entity; "增长率均值" is an average
# growth row on the group (basis "average"); "门槛值" rows are entry thresholds (metric threshold_sales) with their growth
# vs the previous year; bare 亿 = CNY.
T100 = "TOP100房企|百强房企|TOP100 developers|top 100 developers|房企|developers"
Y8, M8 = "2020-01..08", "2020-08"
AVG = "average_sales|sales|contracted_sales"
AVGG = "average_sales_growth|sales_growth|growth"
TH = "threshold_sales|entry_threshold|sales_threshold|threshold"
TIERS = [("超级阵营|1000亿以上超级阵营|super tier", None, 19, 3.7, (1e11, None)),
         ("第一阵营|first tier", 26, None, 5.5, (5e10, 1e11)),
         ("第二阵营|second tier", 34, None, 6.4, (2e10, 5e10)),
         ("第三阵营|third tier", 51, None, 1.3, (1e10, 2e10))]
zh02 = [
    m(AVG, 7.309e10, "CNY", T100, Y8, basis="销售额均值 (average per developer), 1-8月"),
    m(AVGG, 4.9, "%", T100, Y8, basis="增长率均值 (average growth), yoy"),
    m("company_count|developer_count|count", 19, "companies", T100, Y8, basis="sales above 千亿 (超千亿)"),
    m("sales", None, "CNY", T100, Y8, rng=(1e11, None), opt=True, basis="threshold 超千亿"),
    m("company_count_change|count_change", 0, "companies", T100, Y8, opt=True, basis="数量与去年持平"),
    m("company_count|developer_count|count", 130, "companies", T100, Y8, basis="sales above 百亿 (超百亿)"),
    m("sales", None, "CNY", T100, Y8, rng=(1e10, None), opt=True, basis="threshold 超百亿"),
    m(AVGG, 21.4, "%", T100, M8, basis="8月 single month, average yoy growth"),
]
for ent, n_key, n_opt, g, band in TIERS:
    if n_key is not None:
        zh02.append(m("company_count|developer_count|count", n_key, "companies", ent, Y8, basis="developers in the tier"))
    if n_opt is not None:
        zh02.append(m("company_count|developer_count|count", n_opt, "companies", ent, Y8, opt=True,
                      basis="twin of the 19 developers above 千亿"))
    zh02.append(m(AVGG, g, "%", ent, Y8, basis="average sales growth of the tier (增长率均值)"
                  + (", 回正 (turned positive)" if g == 1.3 else "")))
    zh02.append(m("sales", None, "CNY", ent, Y8, rng=band, opt=True, basis="tier band"))
zh02 += [
    m("company_count|developer_count|count", 24, "companies", "第四阵营|fourth tier", Y8, basis="developers in the tier"),
    m(AVG, 7.32e9, "CNY", "第四阵营|fourth tier", Y8, basis="销售额均值 73.2亿 (printed without 元)"),
    m(AVGG, -8.3, "%", "第四阵营|fourth tier", Y8, basis="yoy (同比下降)"),
    m(TH, 1.687e10, "CNY", T100, Y8, basis="TOP100门槛值"),
    m(TH, 4.385e11, "CNY", "TOP3房企|TOP3|top 3 developers", Y8, basis="TOP3门槛值"),
    m("threshold_growth|threshold_sales_growth|growth", 17.8, "%", "TOP3房企|TOP3|top 3 developers", Y8,
      basis="vs the previous year (较上年增长)"),
    m(TH, 1.6032e11, "CNY", "TOP10房企|TOP10|top 10 developers", Y8, basis="TOP10门槛值"),
    m("threshold_growth|threshold_sales_growth|growth", 8.5, "%", "TOP10房企|TOP10|top 10 developers", Y8,
      basis="vs the previous year (较上年增长)"),
]
G["zh02"] = (zh02, [])


# zh03: the statistics bureau's January-February private fixed-asset investment release with its table, reprinted on
# finance.stockstar.com (SS2015031100001748; no headline in the stored text and none composed; the table title kept,
# reworded and reordered ("2015年1-2月份民间固定资产投资主要数据" -> "民间固定资产投资的主要数据(2015年1-2月份)"); the stored
# text breaks off at the table row "其中:电力、热力生产和供应业 " (cut mid-row, no figure), so the passage ends with the
# row before it). Kept as printed: "14.7% ," with the space before the comma, "(不含农户)", "1-2月份", the table's "|"
# separators, header rows and empty cells, "其中:" prefixes, the signed cells "-10.3", "-22.9", "-8.9", "-9.0", "-8.5" and
# the trailing zeros "2.0", "13.0".
# Key: private FAI 21915亿元 (+14.7% nominal), growth 0.8 pp above total FAI, share 63.6% (+0.5 pp); east 11863亿元
# (+14.1%), centre 5880亿元 (+17.8%), west 4172亿元 (+11.4%); primary 481亿元 (+41.5%), secondary 10027亿元 (+13.5%),
# tertiary 11406亿元 (+14.8%); industry 9931亿元 (+13.1%), mining 287亿元 (-10.3%), manufacturing 9204亿元 (+13.1%),
# utilities 440亿元 (+37.8%); the table's own industry rows (agriculture and 14 mining / manufacturing sub-industries,
# each level and growth).
# Optional: the table rows that repeat the prose (total, three regions, three sectors, mining, manufacturing, utilities).
# Judgement calls: every row is on private (民间) investment, so the entity carries the region / sector / industry with
# 民间固定资产投资 as an alias; "高于全国固定资产投资增速0.8个百分点" is a growth-gap row (+0.8 pp); period 2015-01..02.
PV = "民间固定资产投资|民间投资|private fixed-asset investment|private investment"
P15 = "2015-01..02"
INV = "private_fixed_asset_investment|fixed_asset_investment|investment"
INVG = "private_fixed_asset_investment_growth|fixed_asset_investment_growth|investment_growth"
ZH03_PROSE = [
    (PV + "|全国|China", 21915, 14.7),
    ("东部地区|东部|eastern region|east|" + PV, 11863, 14.1),
    ("中部地区|中部|central region|centre|" + PV, 5880, 17.8),
    ("西部地区|西部|western region|west|" + PV, 4172, 11.4),
    ("第一产业|primary industry|primary sector|" + PV, 481, 41.5),
    ("第二产业|secondary industry|secondary sector|" + PV, 10027, 13.5),
    ("第三产业|tertiary industry|tertiary sector|" + PV, 11406, 14.8),
    ("采矿业|mining|" + PV, 287, -10.3),
    ("制造业|manufacturing|" + PV, 9204, 13.1),
    ("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water|" + PV, 440, 37.8),
]
ZH03_TABLE_ONLY = [
    ("农林牧渔业|agriculture, forestry, animal husbandry and fishery|agriculture|" + PV, 544, 41.3),
    ("煤炭开采和洗选业|coal mining and washing|coal mining|" + PV, 85, -22.9),
    ("石油和天然气开采业|oil and gas extraction|" + PV, 8, 27.6),
    ("黑色金属矿采选业|ferrous metal ore mining|" + PV, 48, -8.9),
    ("有色金属矿采选业|non-ferrous metal ore mining|" + PV, 41, -9.0),
    ("非金属矿采选业|non-metallic mineral mining|" + PV, 97, 2.0),
    ("非金属矿物制品业|non-metallic mineral products|" + PV, 895, 16.6),
    ("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling|" + PV, 213, -8.5),
    ("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling|" + PV, 271, 11.1),
    ("通用设备制造业|general equipment manufacturing|" + PV, 725, 9.2),
    ("专用设备制造业|special equipment manufacturing|" + PV, 678, 16.9),
    ("汽车制造业|automobile manufacturing|autos|" + PV, 512, 10.7),
    ("铁路、船舶、航空航天和其他运输设备制造业|railway, ship, aerospace and other transport equipment|" + PV, 158, 13.0),
    ("电气机械和器材制造业|electrical machinery and equipment|" + PV, 701, 12.8),
    ("计算机、通信和其他电子设备制造业|computers, communication and other electronic equipment|" + PV, 403, 12.5),
]
zh03 = []
for ent, v, g in ZH03_PROSE:
    zh03.append(m(INV, v * 1e8, "CNY", ent, P15, basis="1-2月份"))
    zh03.append(m(INVG, g, "%", ent, P15, basis="yoy" + (" nominal (同比名义增长)" if v == 21915 else "")))
    if v == 21915:
        zh03 += [
            m("growth_gap|growth_difference|investment_growth_difference", 0.8, "pp", PV, P15,
              basis="growth above total fixed-asset investment (高于全国固定资产投资增速)"),
            m("share|proportion|private_investment_share", 63.6, "%", PV, P15,
              basis="share of total fixed-asset investment (不含农户)"),
            m("share_change|proportion_change", 0.5, "pp", PV, P15, basis="vs a year earlier (比去年同期提高)"),
        ]
    if v == 10027:
        zh03 += [
            m(INV, 9.931e11, "CNY", "工业|industry|" + PV, P15, basis="工业民间固定资产投资, 1-2月份"),
            m(INVG, 13.1, "%", "工业|industry|" + PV, P15, basis="yoy"),
        ]
for ent, v, g in ZH03_PROSE:
    zh03.append(m(INV, v * 1e8, "CNY", ent, P15, opt=True, basis="table twin (亿元)"))
    zh03.append(m(INVG, g, "%", ent, P15, opt=True, basis="table twin (%)"))
for ent, v, g in ZH03_TABLE_ONLY:
    zh03.append(m(INV, v * 1e8, "CNY", ent, P15, basis="table, 绝对量 (亿元)"))
    zh03.append(m(INVG, g, "%", ent, P15, basis="table, 同比增长 (%)"))
G["zh03"] = (zh03, [])


# zh04: a round-up of solar companies' 2023 preliminary results (nextvapk.com www/xw/cycj/20240228/236878; no headline in
# the stored text and none composed; the sub-headings kept, reworded ("设备厂商业绩大涨" -> "设备厂商业绩猛增", "行业竞争加剧"
# -> "行业竞争愈发激烈"); the stored text breaks off at "2023年,公司实现营业收入13.96亿元,较上年下" (cut mid-word; its
# 2023 and 13.96 dropped), so the passage ends with the sentence on 明冠新材's businesses before it). Kept as printed: "10家"
# / "9家", "三家企业" with "超过100%", "逾5倍", "较上年增长" (同享科技), "P型" / "N型", "SMBB", the product names; not
# reproduced: "归属于母公司所有者的净利润" / "归属于上市公司股东的净利润" are written "归母净利润".
# Key: 10 companies with profit up, 9 with profit down; 海优新材's decline 逾5倍 (the only figure for it: key lower bound
# of the fall, rng (None, -500) %); 中信博 revenue 64.35亿元 (+73.79%), profit 3.54亿元 (+696.31%); 同享科技 21.75亿元
# (+74.39%), 1.2亿元 (+138.64%); 奥特维 63.04亿元 (+78.11%), 12.55亿元 (+76.15%); 高测股份 61.84亿元 (+73.19%), 14.61亿元
# (+85.32%).
# Optional: the three companies' shared "超过100%" bound and the count 三家.
# Judgement calls: period FY2023 (业绩快报 in basis as preliminary); "下滑幅度逾5倍" is read as a fall of more than 500 %
# (README: 增長逾3倍 -> 300 %); counts of companies are rows on the group of listed solar companies reporting.
SOLAR = "光伏上市公司|光伏企业|listed PV companies|solar companies|PV companies"
FY = "FY2023"
REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|attributable_net_profit|net_income", "net_profit_growth|attributable_net_profit_growth"
ZH04_CO = [("中信博|Arctech|Arctech Solar|688408", 64.35, 73.79, 3.54, 696.31),
           ("同享科技|Tongxiang Technology|839167", 21.75, 74.39, 1.2, 138.64),
           ("奥特维|Autowell|688516", 63.04, 78.11, 12.55, 76.15),
           ("高测股份|高测|Gaoce|Qingdao Gaoce|688556", 61.84, 73.19, 14.61, 85.32)]
zh04 = [
    m("company_count|count", 10, "companies", SOLAR, FY, basis="net profit up yoy (2023年业绩快报)"),
    m("company_count|count", 3, "companies", SOLAR, FY, opt=True, basis="三家企业 with growth above 100%"),
    m(NPG, None, "%", "中信博|晶科能源|同享科技|Arctech|JinkoSolar|Tongxiang", FY, rng=(100, None), opt=True,
      basis="shared bound 同比增速超过100%"),
    m("company_count|count", 9, "companies", SOLAR, FY, basis="net profit down yoy (同比下滑)"),
    m(NPG, None, "%", "海优新材|HIUV|688680", FY, rng=(None, -500), basis="下滑幅度逾5倍 (only figure printed)"),
]
for ent, rv, rg, npv, npg in ZH04_CO:
    zh04 += [m(REV, rv * 1e8, "CNY", ent, FY, basis="营业收入, 业绩快报"),
             m(REVG, rg, "%", ent, FY, basis="yoy" if ent[:2] != "同享" else "较上年增长"),
             m(NP, npv * 1e8, "CNY", ent, FY, basis="归母净利润, 业绩快报"),
             m(NPG, npg, "%", ent, FY, basis="yoy" if ent[:2] != "同享" else "较上年增长")]
G["zh04"] = (zh04, [])


# zh05: a tech-news site's item on a battery maker's 2023 annual report (快科技 on m.higdublaw.com 1/969/969054; the page's
# "正文内容 评论(0)" line left out as furniture; no headline in the stored text and none composed; whole stored item
# otherwise). Kept as printed: "快科技3月16日消息", "达到" x2, "达36.8%", "达183.56亿元", "高达220.6亿元", the numbered items
# "1、"…"4、" (the first three without a full stop), the odd share "占比1.37%" for 7.73亿元 (inconsistent with the total,
# kept), "GWh", the stray space after "34.95%。 ", "连续七年" / "连续三年", "每10股派发现金分红50.28元(含税)", "20604名".
# Key: revenue 4009.17亿元 (+22.01%), attributable profit 441.21亿元 (+43.58%); four segments' revenue, growth and share;
# capacity 552GWh, under construction 100GWh, output 389GWh, utilisation 70.5%; sales 390GWh (+34.95%), power 321GWh
# (+32.56%), storage 69GWh (+46.81%); market shares 36.8% and 40%; R&D 183.56亿元 (+18.35%), 20604 R&D staff; dividend
# 50.28元 per 10 shares, 220.6亿元 in total.
# Optional: the streaks 连续七年 / 连续三年 (years).
# Judgement calls: period FY2023, the headcount 2023-12-31 (报告期末); segment rows on the company with the segment as an
# entity alias; "占比" is the segment's share of revenue; the dividend per 10 shares is CNY with "per 10 shares" in basis.
CATL = "宁德时代|CATL|Contemporary Amperex Technology|300750"
SEG = [("动力电池系统|power battery systems|EV batteries", 2852.5, 20.57, 71.15),
       ("储能电池系统|energy storage battery systems|energy storage", 599, 33.17, 14.94),
       ("电池材料及回收|battery materials and recycling", 336, 29.08, 8.38),
       ("电池矿产资源|battery mineral resources|mining", 7.73, 71.54, 1.37)]
zh05 = [
    m(REV, 4.00917e11, "CNY", CATL, FY, basis="营业收入 (达到)"),
    m(REVG, 22.01, "%", CATL, FY, basis="yoy"),
    m(NP, 4.4121e10, "CNY", CATL, FY, basis="归母净利润 (达到)"),
    m(NPG, 43.58, "%", CATL, FY, basis="yoy"),
]
for seg, rv, g, sh in SEG:
    ent = seg + "|" + CATL
    zh05 += [m("segment_revenue|revenue", rv * 1e8, "CNY", ent, FY, basis="segment revenue"),
             m("segment_revenue_growth|revenue_growth", g, "%", ent, FY, basis="yoy (同比增加)"),
             m("revenue_share|share|proportion", sh, "%", ent, FY, basis="share of revenue (占比)"
               + (", as printed (inconsistent with 7.73亿元)" if sh == 1.37 else ""))]
BS = "电池系统|battery systems|" + CATL
zh05 += [
    m("capacity|production_capacity", 552, "GWh", BS, FY, basis="电池系统产能"),
    m("capacity_under_construction|capacity", 100, "GWh", BS, FY, basis="在建产能"),
    m("production|output", 389, "GWh", BS, FY, basis="产量"),
    m("capacity_utilization|utilization_rate", 70.5, "%", BS, FY, basis="产能利用率"),
    m("sales_volume|battery_sales_volume", 390, "GWh", "锂离子电池|lithium-ion batteries|" + CATL, FY, basis="销量"),
    m("sales_volume_growth|sales_growth", 34.95, "%", "锂离子电池|lithium-ion batteries|" + CATL, FY, basis="yoy"),
    m("sales_volume|battery_sales_volume", 321, "GWh", "动力电池系统|power battery systems|" + CATL, FY, basis="销量"),
    m("sales_volume_growth|sales_growth", 32.56, "%", "动力电池系统|power battery systems|" + CATL, FY, basis="yoy"),
    m("sales_volume|battery_sales_volume", 69, "GWh", "储能电池系统|energy storage battery systems|" + CATL, FY,
      basis="销量"),
    m("sales_volume_growth|sales_growth", 46.81, "%", "储能电池系统|energy storage battery systems|" + CATL, FY,
      basis="yoy"),
    m("market_share|share", 36.8, "%", "动力电池|power batteries|EV batteries|" + CATL, FY,
      basis="global usage market share, SNE (达)"),
    m("streak|years", 7, "years", "动力电池|power batteries|" + CATL, FY, opt=True, basis="连续七年 global no. 1"),
    m("market_share|share", 40, "%", "储能电池|energy storage batteries|" + CATL, FY,
      basis="global shipment market share, SNE"),
    m("streak|years", 3, "years", "储能电池|energy storage batteries|" + CATL, FY, opt=True, basis="连续三年 world no. 1"),
    m("rd_expense|r&d_expense|research_and_development_expense", 1.8356e10, "CNY", CATL, FY, basis="研发费用投入 (达)"),
    m("rd_expense_growth|r&d_expense_growth", 18.35, "%", CATL, FY, basis="yoy"),
    m("rd_staff|employees|headcount", 20604, "employees", CATL, "2023-12-31", basis="研发技术人员 at the period end"),
    m("dividend_per_share|dividend", 50.28, "CNY", CATL, FY, basis="per 10 shares (每10股, 含税)"),
    m("total_dividend|dividend_payout|dividend", 2.206e10, "CNY", CATL, FY, basis="total cash dividend (高达), a record"),
]
G["zh05"] = (zh05, [])


# zh06: 证券时报's feature on the margin-financing balance at a five-year high (epaper.stcn.com zqsb 2021-06-02
# content_1639584; the headline kept, reworded ("两融余额创五年多新高 超半数标的股获加仓" -> "两融余额刷新五年多新高
# 超半数标的股获杠杆资金加仓"); the date "2021-06-02" and the byline "证券时报记者 吴琦" kept, the empty "来源: 作者:吴琦"
# labels left out; the sub-heading "两融余额连续走高" kept, reworded; the stored text breaks off inside the industry
# paragraph ("…融资余额减少的行业有农林牧渔", cut mid-list; its 28, 23 and 49.21 dropped), so the passage ends with the
# paragraph before it). Kept as printed: "五年多", "超半数", "3600点", "3300点", "不足6%", "突破万亿元", "证券时报·数据宝",
# "(以下简称“两融余额”)" (reworded), "114.99亿元", "2月19日", "1.726万亿元", "2015年7月6日", "101.56亿元", "1.569万亿元",
# "达到2.28%", "达到25%", "超10%", "5%-10%", "1%-5%", "不超过1%", the counts in 只, "22.62%和20.19%" with 分别,
# "连续6个交易日", "(5月24日至31日,…)", "356.66亿元".
# Key: the balance's daily rise 114.99亿元 and level 1.726万亿元; the financing balance's rise 101.56亿元 and level
# 1.569万亿元; the balance's share of float cap 2.28%; counts of stocks by band 64 / 660 / 1090 / 170; 仁东控股 22.62%,
# 三孚新科 20.19%; the six-day rise 356.66亿元.
# Optional: the index levels regained (3600 / 3300 points, lower bounds), the gap to the year's high (不足6%), the
# turnover bound (突破万亿元), the 25% rule, the four band thresholds, the six-day streak.
# Judgement calls: the balance and its changes are rows on the Shanghai-Shenzhen margin balance (entity aliases 两融余额 /
# 融资融券余额 / 沪深两市), the financing balance its own entity; "较前一交易日增加" is a change row (basis daily); the
# record remarks (2月19日以来, 2015年7月6日以来) carry no row; the two companies' ratios are % rows of financing balance to
# float market cap; bands are the counts' basis with optional threshold rows.
MB = "两融余额|融资融券余额|沪深两市|margin balance|margin trading balance|A-share margin debt"
FB = "融资余额|financing balance|margin financing balance|沪深两市"
D31, RUN = "2021-05-31", "2021-05-24..2021-05-31"
LIST = "两融标的股|margin-eligible stocks|stocks"
RATIO = "financing_to_float_cap|margin_ratio|financing_balance_ratio|share"
G["zh06"] = ([
    m("index_level|close|level", None, "points", "沪指|上证指数|上证综指|Shanghai Composite", None, rng=(3600, None),
      opt=True, basis="重返3600点上方 since late May"),
    m("index_level|close|level", None, "points", "创业板指数|创业板指|ChiNext Index", None, rng=(3300, None), opt=True,
      basis="站稳3300点"),
    m("distance_to_high|gap", None, "%", "创业板指数|创业板指|ChiNext Index", None, rng=(None, 6), opt=True,
      basis="离年内高点不足6%"),
    m("turnover|trading_value", None, "CNY", "两市|沪深两市|A-share market", None, rng=(1e12, None), opt=True,
      basis="两市成交额多日连续突破万亿元"),
    m("margin_balance_change|change", 1.1499e10, "CNY", MB, D31, basis="vs the previous trading day (增加), the largest since 2月19日"),
    m("margin_balance|balance", 1.726e12, "CNY", MB, D31, basis="highest since 2015年7月6日"),
    m("financing_balance_change|margin_balance_change|change", 1.0156e10, "CNY", FB, D31, basis="vs the previous day (增加)"),
    m("financing_balance|margin_balance|balance", 1.569e12, "CNY", FB, D31, basis="a new high for the period"),
    m("share|proportion|margin_to_float_cap", 2.28, "%", MB, D31, basis="share of A-share float market cap (达到)"),
    m("threshold|limit", 25, "%", "融资监控指标|financing monitoring indicator", None, opt=True,
      basis="exchange rule: financing purchases suspended next day at 25%"),
    m("stock_count|count", 64, "stocks", LIST, D31, basis="financing balance above 10% of float cap (超10%)"),
    m(RATIO, None, "%", LIST, D31, rng=(10, None), opt=True, basis="band threshold 超10%"),
    m("stock_count|count", 660, "stocks", LIST, D31, basis="ratio 5%-10%"),
    m(RATIO, None, "%", LIST, D31, rng=(5, 10), opt=True, basis="band 5%-10%"),
    m("stock_count|count", 1090, "stocks", LIST, D31, basis="ratio 1%-5%"),
    m(RATIO, None, "%", LIST, D31, rng=(1, 5), opt=True, basis="band 1%-5%"),
    m("stock_count|count", 170, "stocks", LIST, D31, basis="ratio not above 1% (不超过1%)"),
    m(RATIO, None, "%", LIST, D31, rng=(None, 1), opt=True, basis="band threshold 不超过1%"),
    m(RATIO, 22.62, "%", "仁东控股|Rendong Holdings|002647", D31, basis="financing balance / float market cap (分别, first)"),
    m(RATIO, 20.19, "%", "三孚新科|Sanfu New Technology|688359", D31, basis="second"),
    m("streak|trading_days", 6, "trading days", MB, RUN, opt=True, basis="连续6个交易日 rising (5月24日至31日)"),
    m("margin_balance_change|change", 3.5666e10, "CNY", MB, RUN, basis="cumulative rise over the six days (累计增加)"),
], [])
