# Hand labels for news51/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news49/zh and news50/zh README.md and the labels files of news49/zh. Values fully scaled
# (亿元 -> x1e8, 万亿 -> x1e12, 亿吨 -> x1e8 tonnes); mainland 元 = CNY (元/人 per-capita figures are CNY with "per person" in
# basis); declines negative (减少 / 下降 / 跌 / 下挫 / 回落 / 贬值, a printed minus sign), a printed "+" kept positive; 同比 = yoy,
# 环比 / 比上月 = mom in basis; 个百分点 -> pp; index levels in "points". Hedges: 约 / 近X -> X (key); 超 / 超过 / 以上 / 不到
# bounds are open ranges, optional unless they are a headline's only figure. A figure printed twice is one key row plus an
# optional twin; "较A…回落至B" / "比上周五的A…萎缩" gives B with prior A and an optional row for A where A has a period or day of
# its own; "持平" gives prior = level and no zero row. Ranks (第一, 第二, 第三, 前十, 排名), list names, bucket descriptions and
# the digest's citation markers "[1]" carry no row. Stock codes are entity aliases, never values. Periods only where the text
# states or clearly implies the year: zh01 2012-10, 2012-01..10, 2012-10-31 (printed "2012年10月份", "2012年1-10月",
# "10月末" / "10月底" under it); zh02 2023-07 and 2023-01..07 (printed); zh03 2025-01..11 (printed "2025 年 1-11 月"), FY2024
# for the printed 2024 share; zh04 "H1" (上半年, no year printed); zh05 None (前三季度 / 第三季度, no year printed); zh06 None
# (daily moves under the credit line 2025-05-26: 周一 / 上周五 are days, not periods). Address dates and the writer's own
# knowledge are never used. Rating words: 同步大市 (in line with the market) -> neutral.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 安信证券's monthly data report on the securities industry (a document-sharing page, renrendoc.com; the page chrome
# "免费预览已结束,剩余201页可下载查看 / 下载本文档 / 版权说明… / 文档简介" and the contents list "1总揽 1.1行业总揽 … 8免责声明"
# (its section numbers 1 … 8 and 1.1 … 4.2 are the only number tokens dropped) left out; the title and the section head are
# printed with every character doubled ("安安信信证证券券…", "本本月月简简评评"): the title kept undoubled as
# "安信证券证券行业月度数据", the section head reworded; the stored text breaks off inside the analysts' line "杨杨建建海海,cfa
# 首首席席… 贺贺立立行行业业分分析析师师 执业证", so the passage ends with point 7). Periods: 2012-10 for October flows,
# 2012-01..10 for "2012年1-10月", 2012-10-31 for the 10月末 / 10月底 balances.
# Key: the 19 brokers' October revenue 33亿元 (mom -25%, like-for-like yoy -10%) and net profit 7亿元 (mom -42%, yoy -26%);
# their net assets 3559亿元 (环比持平 -> prior = level); January-October average daily turnover 1327亿元 (yoy -28%); October
# average daily stock turnover 1014亿元 (yoy -22%, mom -13%); October total trading value yoy +37% / mom -9% and stock
# turnover yoy -12% / mom -21% (changes only, no level printed); turnover rate 11% (-3 pp mom); equity financing 208亿元
# (yoy -22%, mom +24%) and the placements' mom increase +106亿元; collective asset-management size 1635亿元 with 国泰君安's
# share 11.0% and 中信证券's 8.7%; margin balance (双融余额) 770亿元 (mom +10%); 国泰君安's margin-market share 8.0%; the top
# ten brokers' share 62.7%.
# Optional: the sample count "19家" (twice); the margin-balance-to-float ratio "4.67" (printed without a unit; labelled "%" as
# the ratio it names); the sector rating (an industry, not a company).
# Rating action (optional): 安信证券 maintains its sector rating 同步大市-a (-> neutral) on the securities industry, no
# target. Judgement calls: "同口径下同比" is yoy on a like-for-like basis (basis notes it); "首发及配股金额…减少" has no figure;
# the preference list "中信、海通、国元" carries no rating; the ranks (排在第二) carry no row.
BRK = "19家上市券商|上市券商|券商|listed brokers|证券行业|securities industry"
MKT = "A股|股票市场|市场|沪深两市|A-share market|market"
GTJA = "国泰君安|Guotai Junan|GTJA"
CITIC = "中信证券|中信|CITIC Securities"
O12, YTD12, E12 = "2012-10", "2012-01..10", "2012-10-31"
G["zh01"] = ([
    m("companies|count", 19, "companies", BRK, O12, opt=True, basis="sample: 19家上市券商 (first printing)"),
    m("revenue|operating_revenue", 3.3e9, "CNY", BRK, O12, basis="19 brokers' combined October revenue (合计)"),
    m("revenue_growth|revenue_change", -25, "%", BRK, O12, basis="mom (比上月减少)"),
    m("revenue_growth|revenue_change", -10, "%", BRK, O12, basis="yoy on a like-for-like basis (同口径)"),
    m("net_profit", 7e8, "CNY", BRK, O12, basis="combined October net profit"),
    m("net_profit_growth|net_profit_change", -42, "%", BRK, O12, basis="mom (环比减少)"),
    m("net_profit_growth|net_profit_change", -26, "%", BRK, O12, basis="yoy like-for-like (同口径下同比减少)"),
    m("companies|count", 19, "companies", BRK, O12, opt=True, basis="sample count, second printing"),
    m("net_assets|book_value", 3.559e11, "CNY", BRK, E12, prior=3.559e11, basis="10月末 combined net assets, 与上月持平"),
    m("average_daily_turnover|daily_turnover|turnover", 1.327e11, "CNY", MKT, YTD12,
      basis="累计日均交易量, 2012年1-10月"),
    m("average_daily_turnover_growth|turnover_change", -28, "%", MKT, YTD12, basis="yoy"),
    m("average_daily_turnover|daily_turnover|turnover", 1.014e11, "CNY", "股票|股票成交额|" + MKT, O12,
      basis="October average daily stock turnover (日均股票成交额)"),
    m("average_daily_turnover_growth|turnover_change", -22, "%", "股票|股票成交额|" + MKT, O12, basis="yoy"),
    m("average_daily_turnover_growth|turnover_change", -13, "%", "股票|股票成交额|" + MKT, O12, basis="mom"),
    m("turnover_change|trading_value_change", 37, "%", "总交易额|" + MKT, O12, basis="October total trading value, yoy"),
    m("turnover_change|trading_value_change", -9, "%", "总交易额|" + MKT, O12, basis="October total trading value, mom"),
    m("turnover_change|trading_value_change", -12, "%", "股票成交额|股票|" + MKT, O12, basis="October stock turnover, yoy"),
    m("turnover_change|trading_value_change", -21, "%", "股票成交额|股票|" + MKT, O12, basis="October stock turnover, mom"),
    m("turnover_rate", 11, "%", MKT, O12, basis="换手率 (October)"),
    m("turnover_rate_change", -3, "pp", MKT, O12, basis="mom (比上月减少了3个百分点)"),
    m("equity_financing|financing|fundraising", 2.08e10, "CNY", "股票连接融资|股权融资|" + MKT, O12,
      basis="股票连接融资额 (as printed)"),
    m("equity_financing_growth|financing_change", -22, "%", "股票连接融资|股权融资|" + MKT, O12, basis="yoy"),
    m("equity_financing_growth|financing_change", 24, "%", "股票连接融资|股权融资|" + MKT, O12, basis="mom"),
    m("placement_change|financing_change|change", 1.06e10, "CNY", "增发|placements|" + MKT, O12,
      basis="增发金额环比增长了106亿元 (mom increase)"),
    m("aum|assets_under_management|size", 1.635e11, "CNY", "券商集合理财|集合理财|collective asset management|" + BRK,
      E12, basis="截至10月底 size"),
    m("market_share|share", 11.0, "%", GTJA, E12, basis="share of brokers' collective asset management (份额最高)"),
    m("market_share|share", 8.7, "%", CITIC, E12, basis="share of collective asset management (排在第二)"),
    m("margin_balance|margin_financing_balance", 7.7e10, "CNY", "双融|融资融券|margin trading|" + MKT, E12,
      basis="双融余额 截至10月底"),
    m("margin_balance_change|margin_balance_growth", 10, "%", "双融|融资融券|margin trading|" + MKT, E12, basis="mom"),
    m("margin_to_float_ratio|ratio", 4.67, "%", "融资融券余额|双融|" + MKT, E12, opt=True,
      basis="融资融券余额与流通市值之比 printed 4.67 without a unit"),
    m("market_share|share", 8.0, "%", GTJA, E12, basis="margin-trading market share (最高)"),
    m("market_share|share", 62.7, "%", "排名前十的券商|前十名券商|top ten brokers|" + BRK, E12,
      basis="top ten brokers' combined margin-trading market share"),
], [
    ra("安信证券|Essence Securities", "证券行业|券商|行业|securities industry|brokers", "maintain", "neutral", opt=True),
])


# zh02: provincial monthly insurance-premium items on a tag page (xtrasounds.com, tag baoxian; each item a headline line with
# the January-July total and a body for July). The stored text breaks off inside the 安徽 body ("2023年7月,安徽省原保险保费
# 收入"), so the passage ends with the 安徽 headline line (its 1053亿元 / 7.56% are therefore key: their only printing).
# Headlines reworded around their figures (the comma between total and growth written as a space). Periods 2023-01..07 for
# "2023年1-7月", 2023-07 for July.
# Key per province (湖北, 河南, 山东 (不含青岛市), 江西, 福建 (不含厦门市)): January-July premium and yoy growth; July premium and
# yoy growth; July shares of 寿险, 财产保险, 健康险, 意外险 ("分别/依次", in order); July per-capita premium (约, 元/人 -> CNY per
# person) and its change vs June (比上月减少 -> negative CNY per person). 安徽: January-July premium and growth.
# Judgement calls: the share rows take the line of business as entity with the province as alias; 最高 / 最低 / 仅 beside the
# shares are descriptions, not bounds; the per-capita figure is a monthly premium per head as printed (no annualising);
# "山东省(不含青岛市)" and "福建省(不含厦门市)" keep their exclusions in the entity.
YTD23, J23 = "2023-01..07", "2023-07"
PREM = "premium_income|original_premium_income|premiums"
PGR = "premium_growth|premium_income_growth"
SHR = "premium_share|share"
PCP = "premium_per_capita|per_capita_premium|insurance_density"
PCC = "premium_per_capita_change|per_capita_premium_change|change"


def prov(ent, ytd, ytd_g, jul, jul_g, life, prop, health, acc, pc, pc_chg):
    return [
        m(PREM, ytd, "CNY", ent, YTD23, basis="2023年1-7月 cumulative (headline line)"),
        m(PGR, ytd_g, "%", ent, YTD23, basis="yoy, January-July"),
        m(PREM, jul, "CNY", ent, J23, basis="July (单月)"),
        m(PGR, jul_g, "%", ent, J23, basis="yoy, July"),
        m(SHR, life, "%", "寿险|life insurance|" + ent, J23, basis="share of July premium (最高)"),
        m(SHR, prop, "%", "财产保险|财产险|property insurance|" + ent, J23, basis="share of July premium (分别/依次, first)"),
        m(SHR, health, "%", "健康险|health insurance|" + ent, J23, basis="share of July premium (分别/依次, second)"),
        m(SHR, acc, "%", "意外险|accident insurance|" + ent, J23, basis="share of July premium (最低, 仅)"),
        m(PCP, pc, "CNY", ent, J23, basis="人均保费 约, 元/人 (per person), July"),
        m(PCC, pc_chg, "CNY", ent, J23, basis="比上月减少, 元/人 (per person), mom"),
    ]


G["zh02"] = (
    prov("湖北省|湖北|Hubei", 1.52e11, 13.35, 1.33e10, 12.79, 54.14, 25.56, 18.05, 2.26, 227.58, -154)
    + prov("河南省|河南|Henan", 1.706e11, 3.21, 1.73e10, 11.39, 46.82, 36.42, 15.61, 1.16, 175.24, -71.92)
    + prov("山东省(不含青岛市)|山东省|山东|Shandong", 2.153e11, 10.18, 2.16e10, 13.07, 50, 29.17, 18.52, 1.39, 236.61,
           -116.12)
    + prov("江西省|江西|Jiangxi", 7.18e10, 6.53, 6e9, 10.74, 46.67, 36.67, 13.33, 3.33, 132.51, -103.8)
    + prov("福建省(不含厦门市)|福建省|福建|Fujian", 8.34e10, 12.4, 8.1e9, 15.76, 50.62, 27.16, 20.99, 2.47, 221.48, -95.7)
    + [
        m(PREM, 1.053e11, "CNY", "安徽省|安徽|Anhui", YTD23, basis="2023年1-7月 cumulative (headline line; body cut off)"),
        m(PGR, 7.56, "%", "安徽省|安徽|Anhui", YTD23, basis="yoy, January-July (headline line)"),
    ],
    [],
)


# zh03: coal-industry site's note on the ten largest coal producers' January-November output (zhaomeiji.com 找煤记; the note
# opens with the section head "一、核心数据:…", reworded; no headline is printed; the table with its "|" separators, the ranks
# and the "核心特征" descriptions (reworded) kept; the spaces around numbers ("2025 年 1-11 月", "44.0 亿吨", "“稳中有进”") kept;
# the stored text breaks off inside "值得关注的是,陕煤集团、山西焦煤、潞安化工等中部企业增速显著高于行业平均水平(1.4%),其中潞安
# 化工以 7.2% 的同比增幅领跑,其 “采选 — 加工 — 转化” 一体", so the passage ends with the 第二梯队 sentence and that sentence's
# 1.4 / 7.2 (repeats) are not in it). Period 2025-01..11 (printed "2025 年 1-11 月"; the table's "1-11 月" under it).
# Key: national above-scale raw coal output 44.0亿吨 (yoy +1.4%); the top ten's combined 21.7亿吨 (yoy +0.20亿吨) and share
# 49.3% (prior 49.8% in 2024, 略有回落); each company's output and yoy growth from the table (signed as printed: -1.0%,
# +0.6%, ...); the second tier's combined share of the top ten 40.1%.
# Optional: 国家能源集团's 5.62亿吨 and -1.0% printed again below the table; the 2024 share 49.8% as a row of its own (FY2024);
# the second tier's band "2.5-3.7 亿吨区间" (a description of the three outputs already in the table).
# Judgement calls: 亿吨 -> x1e8 tonnes; the ranks and the "前十" list size carry no row; "较 2024 年的 49.8% 略有回落" is a level
# with prior, no pp change derived; the tier's share takes the three companies as entity alternatives.
P25 = "2025-01..11"
OUT = "raw_coal_output|coal_output|output|production"
OGR = "raw_coal_output_growth|output_growth|production_growth"
NAT = "全国|全国规模以上工业|规上工业|China|national"
TOP10 = "前十家企业|前十企业|头部企业|top ten coal producers|top 10"
CHN = "国家能源集团|国家能源|China Energy|CHN Energy"
JN = "晋能控股集团|晋能控股|Jinneng Holding"
SD = "山东能源集团|山东能源|Shandong Energy"
ZM = "中国中煤集团|中国中煤|中煤集团|China Coal"
TIER2 = JN + "|" + SD + "|" + ZM + "|第二梯队|second tier"


def co(ent, out, g):
    return [m(OUT, out, "tonnes", ent, P25, basis="1-11 月产量 (亿吨), table"),
            m(OGR, g, "%", ent, P25, basis="同比增速, table")]


G["zh03"] = ([
    m(OUT, 4.4e9, "tonnes", NAT, P25, basis="全国规模以上工业企业原煤产量"),
    m(OGR, 1.4, "%", NAT, P25, basis="yoy"),
    m(OUT, 2.17e9, "tonnes", TOP10, P25, basis="top ten combined (加总)"),
    m("raw_coal_output_change|output_change|change", 2e7, "tonnes", TOP10, P25, basis="yoy increase (同比增加 0.20 亿吨)"),
    m("share|market_share|concentration", 49.3, "%", TOP10, P25, prior=49.8,
      basis="share of national above-scale output; 2024: 49.8% (稍有下滑)"),
    m("share|market_share|concentration", 49.8, "%", TOP10, "FY2024", opt=True, basis="2024 share (prior)"),
]
    + co(CHN, 5.62e8, -1.0) + co(JN, 3.70e8, 0.6) + co(SD, 2.55e8, 1.2) + co(ZM, 2.50e8, -0.2)
    + co("陕煤集团|陕煤|Shaanxi Coal", 2.37e8, 2.9) + co("山西焦煤集团|山西焦煤|Shanxi Coking Coal", 1.71e8, 3.2)
    + co("华能集团|华能|Huaneng", 0.99e8, -2.0) + co("潞安化工集团|潞安化工|Lu'an Chemical", 0.91e8, 7.2)
    + co("国家电投集团|国家电投|SPIC", 0.72e8, -1.9) + co("河南能源集团|河南能源|Henan Energy", 0.67e8, 2.5)
    + [
        m(OUT, 5.62e8, "tonnes", CHN, P25, opt=True, basis="second printing below the table"),
        m(OGR, -1.0, "%", CHN, P25, opt=True, basis="second printing (同比小幅下降 1.0%)"),
        m(OUT, None, "tonnes", TIER2, P25, rng=(2.5e8, 3.7e8), opt=True, basis="第二梯队 band 2.5-3.7 亿吨区间"),
        m("share|share_of_top10", 40.1, "%", TIER2, P25, basis="three companies' combined share of the top ten's output"),
    ],
    [],
)


# zh04: a municipal finance bureau's first-half budget release (cz.tj.gov.cn, a 财政局 statistics page; the stored text starts
# with the section head and prints no headline; section heads reworded; the closing note "(备注:收支增减幅度以万元为单位计算。)"
# kept as a reworded note). The city is never named in the text ("全市" throughout): the entity is 全市 with the budget line as
# the first name; no city name is supplied from the address. Period "H1" (上半年, no year printed).
# Key: general-budget revenue 1144.4亿元 (+6.3%), local tax revenue 865.4亿元 (+2.8%), non-tax revenue 279亿元 (+18.8%); VAT
# 393.9亿元 (+8.1%), corporate income tax 181.4亿元 (+2.1%), individual income tax 47.9亿元 (-16.1%), deed and land-value-added
# and other local taxes 242.2亿元 (-0.3%); general-budget expenditure 1532.7亿元 (+16.2%), social security and employment
# 314.5亿元 (+22.3%), health 86.8亿元 (+6.1%), transport 41.3亿元 (+17.4%); government-fund revenue 249.1亿元 (+11.5%) and
# expenditure 349.4亿元 (+29.2%).
# Judgement calls: every line's amount and yoy growth is key; "万元口径" is a method note without a row.
H = "H1"
CITY = "全市|市|city"
REV, EXP = "fiscal_revenue|revenue|budget_revenue", "fiscal_expenditure|expenditure|budget_expenditure"
RG, EG = "fiscal_revenue_growth|revenue_growth", "fiscal_expenditure_growth|expenditure_growth"


def line(metric, growth, ent, val, g, what):
    return [m(metric, val, "CNY", ent, H, basis=what + ", 上半年"),
            m(growth, g, "%", ent, H, basis="yoy")]


G["zh04"] = (
    line(REV, RG, "一般公共预算收入|一般公共预算|general public budget|" + CITY, 1.1444e11, 6.3, "一般公共预算收入")
    + line("tax_revenue|" + REV, "tax_revenue_growth|" + RG, "地方税收收入|税收收入|local tax revenue|" + CITY, 8.654e10, 2.8,
           "地方税收收入")
    + line("non_tax_revenue|" + REV, "non_tax_revenue_growth|" + RG, "非税收入|non-tax revenue|" + CITY, 2.79e10, 18.8,
           "非税收入")
    + line("tax_revenue|" + REV, "tax_revenue_growth|" + RG, "增值税|VAT|value-added tax|" + CITY, 3.939e10, 8.1, "增值税")
    + line("tax_revenue|" + REV, "tax_revenue_growth|" + RG, "企业所得税|corporate income tax|" + CITY, 1.814e10, 2.1,
           "企业所得税")
    + line("tax_revenue|" + REV, "tax_revenue_growth|" + RG, "个人所得税|individual income tax|" + CITY, 4.79e9, -16.1,
           "个人所得税 (同比下降)")
    + line("tax_revenue|" + REV, "tax_revenue_growth|" + RG, "契税、土地增值税等地方税种|契税|土地增值税|地方税|" + CITY,
           2.422e10, -0.3, "契税、土地增值税等地方税 (同比下降)")
    + line(EXP, EG, "一般公共预算支出|一般公共预算|general public budget|" + CITY, 1.5327e11, 16.2, "一般公共预算支出")
    + line(EXP, EG, "社会保障和就业|社会保障|social security and employment|" + CITY, 3.145e10, 22.3, "社会保障和就业支出")
    + line(EXP, EG, "卫生健康|health|" + CITY, 8.68e9, 6.1, "卫生健康支出")
    + line(EXP, EG, "交通运输|transport|" + CITY, 4.13e9, 17.4, "交通运输支出")
    + line(REV, RG, "政府性基金预算收入|政府性基金|government fund budget|" + CITY, 2.491e10, 11.5, "政府性基金预算收入")
    + line(EXP, EG, "政府性基金预算支出|政府性基金|government fund budget|" + CITY, 3.494e10, 29.2, "政府性基金预算支出"),
    [],
)


# zh05: round-up of 42 A-share-listed brokers' nine-month results (finance.itbear.com.cn 科技新闻网 财经; no headline is
# printed in the stored text and none was composed; the stored text breaks off inside "按"投资净收益+公允价值变动净收益-对联营合营
# 企业投资收益"口径计算,中信证券自营收入达316.03亿元,占总营收比重约57%,国泰海通、中国银河等5家券商自", so the passage ends
# with the lead sentence of that paragraph, which has no figure; the 316.03 / 57 / 5 of the cut sentence are not in it).
# Period None: 前三季度 / 第三季度 print no year (the address's 2025-11 is not used).
# Key: the 42 brokers' combined revenue 4195.61亿元 and net profit 1690.49亿元; 41 brokers with both up; 中信证券 revenue
# 558.15亿元 and net profit 231.59亿元; 国泰海通证券 458.92亿元 / 220.74亿元 with growth +101.6% / +131.8%; 华泰证券 271.29亿元 /
# 127.33亿元; 国联民生证券 revenue growth +201.17% and profit growth +345.3%; 11 brokers with revenue above 百亿; 8 of them
# besides the top three; 6 brokers with profit in the 50-100亿元 band; 华西证券 +316.89% and 中原证券 +138.68% profit growth;
# the Shanghai index's Q3 rise 近13% (-> 13); brokerage fee income 中信证券 109.39亿元 (+52.9%) and 国泰海通证券 108.14亿元
# (+142.8%); 国联民生证券's brokerage income growth +293.05%.
# Optional: the open bounds "均超六成" (combined revenue and profit growth), "均超三成" (中信证券's two growth rates), "都超过
# 百亿元" (广发证券 and 中国银河 profits), "最小增幅超四成", "超七成券商…超过六成"; the revenue band "50亿至100亿元区间" for the
# mid-sized brokers and the same band for the 6 brokers' profits (bucket descriptions); the sample count 42 (twice).
# Judgement calls: 成 bounds are converted (六成 -> 60 %, 三成 -> 30 %, 四成 -> 40 %, 七成 -> 70 %) and kept optional (not a
# headline figure); counts of brokers are key "companies" rows (news49 zh03) except the sample size; the ranks carry no row.
BRK42 = "42家上市券商|上市券商|券商|listed brokers|securities industry"
CS = "中信证券|CITIC Securities"
GTHT = "国泰海通证券|国泰海通|Guotai Haitong"
HT = "华泰证券|Huatai Securities"
GLMS = "国联民生证券|国联民生|Guolian Minsheng"
NPG = "net_profit_growth|net_profit_change"
RVG = "revenue_growth|revenue_change"
G["zh05"] = ([
    m("companies|count", 42, "companies", BRK42, None, opt=True, basis="sample: 42家上市券商 (first printing)"),
    m("revenue|operating_revenue", 4.19561e11, "CNY", BRK42, None, basis="前三季度 combined revenue (合计)"),
    m("net_profit", 1.69049e11, "CNY", BRK42, None, basis="前三季度 combined net profit (合计)"),
    m(RVG, None, "%", BRK42, None, rng=(60, None), opt=True, basis="同比增幅均超六成 (revenue)"),
    m(NPG, None, "%", BRK42, None, rng=(60, None), opt=True, basis="同比增幅均超六成 (net profit)"),
    m("companies|count", 41, "companies", BRK42, None, basis="brokers with both revenue and net profit up (all but 西部证券)"),
    m("revenue|operating_revenue", 5.5815e10, "CNY", CS, None, basis="前三季度"),
    m("net_profit", 2.3159e10, "CNY", CS, None, basis="前三季度"),
    m(RVG, None, "%", CS, None, rng=(30, None), opt=True, basis="两项同比增幅均超三成 (revenue)"),
    m(NPG, None, "%", CS, None, rng=(30, None), opt=True, basis="两项同比增幅均超三成 (net profit)"),
    m("revenue|operating_revenue", 4.5892e10, "CNY", GTHT, None, basis="前三季度"),
    m("net_profit", 2.2074e10, "CNY", GTHT, None, basis="前三季度"),
    m(RVG, 101.6, "%", GTHT, None, basis="yoy (分别, first)"),
    m(NPG, 131.8, "%", GTHT, None, basis="yoy (分别, second)"),
    m("revenue|operating_revenue", 2.7129e10, "CNY", HT, None, basis="前三季度"),
    m("net_profit", 1.2733e10, "CNY", HT, None, basis="前三季度"),
    m(RVG, 201.17, "%", GLMS, None, basis="yoy revenue growth (restructured broker)"),
    m(NPG, 345.3, "%", GLMS, None, basis="yoy net profit growth"),
    m("companies|count", 11, "companies", "营收过百亿的券商|百亿营收俱乐部|" + BRK42, None,
      basis="brokers with revenue above 百亿 (增加到11家)"),
    m("companies|count", 8, "companies", "广发证券|中国银河|中金公司|" + BRK42, None,
      basis="brokers besides the top three with revenue 突破百亿元"),
    m("net_profit", None, "CNY", "广发证券|GF Securities", None, rng=(1e10, None), opt=True, basis="净利润都超过百亿元"),
    m("net_profit", None, "CNY", "中国银河|China Galaxy", None, rng=(1e10, None), opt=True, basis="净利润都超过百亿元"),
    m("revenue|operating_revenue", None, "CNY", "兴业证券|光大证券|中型券商|mid-sized brokers", None, rng=(5e9, 1e10),
      opt=True, basis="营收落在50亿至100亿元区间 (bucket)"),
    m("companies|count", 6, "companies", "中信建投|国信证券|" + BRK42, None,
      basis="brokers with net profit in the same 50-100亿元 band"),
    m("net_profit", None, "CNY", "中信建投|国信证券", None, rng=(5e9, 1e10), opt=True, basis="在这一量级 (50亿至100亿元)"),
    m(NPG, 316.89, "%", "华西证券|Huaxi Securities", None, basis="yoy (分别, first)"),
    m(NPG, 138.68, "%", "中原证券|Central China Securities", None, basis="yoy (分别, second)"),
    m("index_change|price_change|change", 13, "%", "沪指|上证指数|上证综指|Shanghai Composite", None,
      basis="第三季度 rise, 近13%"),
    m("companies|count", 42, "companies", BRK42, None, opt=True, basis="sample count, second printing"),
    m("brokerage_income_growth|fee_income_growth", None, "%", BRK42, None, rng=(40, None), opt=True,
      basis="最小增幅超四成"),
    m("brokerage_income|brokerage_fee_income|fee_income", 1.0939e10, "CNY", CS, None,
      basis="经纪业务手续费净收入 (分别, first)"),
    m("brokerage_income|brokerage_fee_income|fee_income", 1.0814e10, "CNY", GTHT, None, basis="(分别, second)"),
    m("brokerage_income_growth|fee_income_growth", 52.9, "%", CS, None, basis="yoy (分别, first)"),
    m("brokerage_income_growth|fee_income_growth", 142.8, "%", GTHT, None, basis="yoy (分别, second)"),
    m("brokerage_income_growth|fee_income_growth", 293.05, "%", GLMS, None, basis="经纪业务收入同比激增"),
    m("share|proportion", None, "%", BRK42, None, rng=(70, None), opt=True, basis="超七成券商 (share of brokers)"),
    m("brokerage_income_growth|fee_income_growth", None, "%", BRK42, None, rng=(60, None), opt=True,
      basis="这项业务增幅超过六成"),
], [])


# zh06: 每日经济新闻's daily market column "郑眼看盘" as digested on a research-portal company page (reportify.cn, the 零跑汽车
# (09863) page; the "搜索文档" button dropped, the page heading "零跑汽车(09863)" and the credit line "每日经济新闻· 2025-05-26
# 18:48" with its middle dot kept; headline reworded around "郑眼看盘 |" and "A股小涨"; the digest layout (section names
# followed by " - " bullets run on one line) and the citation markers "[1]" … "[3]" kept; the stored text then starts the
# next item "零跑汽车(0", left out). Period None throughout (daily moves; 周一 / 上周五 are days).
# Key: 上证综指 -0.05% to 3346.84 points; 深综指 +0.17%, 创业板综指 +0.28%, 科创50 +0.17%, 北证50 +1.94%; turnover 10339亿元
# (prior 11826亿元 on the Friday); Hong Kong autos 比亚迪股份 -8.6%, 吉利汽车 -9.46%, 零跑汽车 -8.45%; A-share 比亚迪 -5.93%,
# 赛力斯 -4.23%; 纳指 -1%; 恒生指数 -1.35%, 恒生科技指数 -1.7%; the threatened EU tariff 50%; the dollar -0.84%; offshore yuan
# +0.45% and its level 7.177 (上下 -> 7.177); 高盛's rule of thumb: stocks +3% per 1% appreciation.
# Optional: the Friday's 11826亿元 as a row of its own; "均跌2%以上" for 长城汽车 / 上汽集团 / 长安汽车 / 广汽集团 (open bounds,
# one per company); "跌幅都不到1%" for 道指 and 标普500 (bounds: a fall of less than 1%); the tariff's second printing; the 1% of
# 高盛's rule.
# Judgement calls: "微跌0.05%至3346.84点" gives a key % row and a key level row; "较上周五的A有所萎缩" gives the turnover with
# prior A; the offshore-yuan level is CNY per USD; the 7月9日 deadline carries no row; 高盛's sensitivity is a key 3 % row on
# the A-share market with the 1% appreciation in basis (optional twin row for 1%); no rating action (高盛研报 states no
# rating or target).
IDX = "index_change|price_change|change"
PC = "price_change|share_price_change|change"
G["zh06"] = ([
    m(IDX, -0.05, "%", "上证综指|上证指数|Shanghai Composite", None, basis="close (微跌)"),
    m("index_level|close|level", 3346.84, "points", "上证综指|上证指数|Shanghai Composite", None, basis="close"),
    m(IDX, 0.17, "%", "深综指|深证综指|Shenzhen Composite", None, basis="close"),
    m(IDX, 0.28, "%", "创业板综指|ChiNext Composite", None, basis="close"),
    m(IDX, 0.17, "%", "科创50指数|科创50|STAR 50", None, basis="close"),
    m(IDX, 1.94, "%", "北证50指数|北证50|BSE 50", None, basis="close"),
    m("turnover|trading_value", 1.0339e12, "CNY", "全A|A股|A-share market", None, prior=1.1826e12,
      basis="全A成交总额, down from the Friday's 11826亿元"),
    m("turnover|trading_value", 1.1826e12, "CNY", "全A|A股|A-share market", None, opt=True, basis="上周五 (prior)"),
    m(PC, -8.6, "%", "比亚迪股份|BYD|比亚迪", None, basis="Hong Kong shares"),
    m(PC, -9.46, "%", "吉利汽车|Geely", None, basis="Hong Kong shares"),
    m(PC, -8.45, "%", "零跑汽车|09863|Leapmotor", None, basis="Hong Kong shares"),
    m(PC, -5.93, "%", "比亚迪|BYD", None, basis="A shares"),
    m(PC, -4.23, "%", "赛力斯|Seres", None, basis="A shares"),
    m(PC, None, "%", "长城汽车|Great Wall Motor", None, rng=(None, -2), opt=True, basis="跌幅均在2%以上"),
    m(PC, None, "%", "上汽集团|SAIC Motor", None, rng=(None, -2), opt=True, basis="跌幅均在2%以上"),
    m(PC, None, "%", "长安汽车|Changan", None, rng=(None, -2), opt=True, basis="跌幅均在2%以上"),
    m(PC, None, "%", "广汽集团|GAC", None, rng=(None, -2), opt=True, basis="跌幅均在2%以上"),
    m(IDX, None, "%", "道指|道琼斯|Dow Jones", None, rng=(-1, None), opt=True, basis="上周五, 跌幅不到1%"),
    m(IDX, None, "%", "标普500|S&P 500", None, rng=(-1, None), opt=True, basis="上周五, 跌幅不到1%"),
    m(IDX, -1, "%", "纳指|纳斯达克|Nasdaq", None, basis="上周五"),
    m(IDX, -1.35, "%", "恒生指数|恒指|Hang Seng Index", None, basis="周一"),
    m(IDX, -1.7, "%", "恒生科技指数|恒生科技|Hang Seng Tech", None, basis="周一"),
    m("tariff_rate|tariff", 50, "%", "欧盟|EU|European Union", None, basis="特朗普扬言对欧盟加征50%关税 (threatened)"),
    m("tariff_rate|tariff", 50, "%", "欧盟|EU|European Union", None, opt=True, basis="second printing (deadline 7月9日)"),
    m("fx_change|price_change|change", -0.84, "%", "美元|US dollar|USD", None, basis="上周五"),
    m("fx_change|price_change|change", 0.45, "%", "离岸人民币|人民币|offshore yuan|CNH", None,
      basis="上周五, appreciation (升值), highest since last November"),
    m("exchange_rate|fx_rate", 7.177, "CNY", "离岸人民币|人民币|offshore yuan|CNH|USD/CNH", None,
      basis="per USD, 周一, 7.177上下"),
    m("equity_impact|price_change|change", 3, "%", "A股|股市|stocks", None,
      basis="高盛: stocks +3% per 1% yuan appreciation"),
    m("fx_change|appreciation", 1, "%", "人民币|yuan", None, opt=True, basis="高盛's rule: per 1% appreciation"),
], [])
