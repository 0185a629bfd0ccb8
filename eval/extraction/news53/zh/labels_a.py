# Hand labels for news53/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news51/zh and news52/zh README.md and the labels files of news51/zh (plus news9 zh01 for
# an NBS monthly release: ownership-type breakdowns and growth gaps optional, product output key; news45 zh04 for fund
# issuance: 亿份 -> "units", fund counts -> "funds"). Values fully scaled (亿元 / 亿 -> x1e8 CNY, 万元 -> x1e4 CNY, 亿份 -> x1e8
# units, 千亿 / 百亿 -> x1e11 / x1e10); mainland 元 = CNY (an amount printed without 元, "143.8亿", is CNY); declines negative
# (下降, 减少, 跌, 下跌, a printed minus sign); 同比 = yoy, 环比 / 与上月相比 = mom in basis; 个百分点 -> pp; index levels and
# index moves in points in "points". Hedges: 约 / 左右 / 近 / 接近 X -> X; 超 / 超过 / 以上 / 以内 / 破 are open bounds,
# optional unless they are a headline's only figure. A figure printed twice (headline / lead and body, table and prose) is
# one key row plus optional twins; an approximate restatement of an exact figure ("下降近23%" beside "下降22.62%") is an
# optional twin. "较A下降X%" gives the level with prior A, an optional row for A and a key % row; "与7月保持一致" gives prior
# = level. Sample sizes (600只, 164家, 30家) are optional; counts that are results (107家, 15家, 118家) are key. Ranks (第一,
# 倒数第二, 前三), dates, times, citation markers "[1]" and the base date of an index carry no row. No broker target or
# rating appears in the batch, so there are no rating actions.
# Periods only where the text states or clearly implies the year: zh01 2026-01-21 (the credit line "2026-01-21" and the
# body's "1月21日收盘"); zh02 2024-08, 2024-01..08, 2024-01..07 (the release is dated "(2024年9月14日)" and reports "8月份",
# "1-8月份", "1-7月份"); zh03 2025Q1-Q3 and 2025Q3 ("A股2025年三季报", 前三季度 / 第三季度); zh04 2021-08, 2021-07, 2021-05 (the
# date line 2021-08-26 and "2021年8月24日" in the text; "今年前八个月"); zh05 2015-03-26 (the title's "2015年3月26日"; "周四" /
# "昨日" under it); zh06 2021-01..05 (printed), FY2021 (printed), 2021-01..06 for the forecast, None for "前几年".

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 新华财经's STAR Market closing digest (科创板收盘播报), as stored on reportify.cn (news item 1211383076442214400; the
# digest layout with section names, " - " bullets run on one line and the citation markers "[1]" … "[4]" kept; headline and
# credit line "新华财经·2026-01-21 15:34" kept, the headline reworded around "科创50指数涨3.53%"). Period 2026-01-21.
# Key: 科创50 close 1535.39 points, +3.53%, intraday amplitude 4.27%, turnover 约1173亿元; 科创综指 close 1862.69 points,
# +2.32%, turnover 约3108亿元; the 600 STAR stocks' average change +1.6%, average turnover rate 3.58%, average amplitude 4.9%;
# 凯因科技 -13.23% (the day's largest fall); 海光信息 turnover 177.5亿元 (largest) and ST帕瓦 651.5万元 (smallest); 中微半导
# turnover rate 33.04% (highest) and 龙腾光电 0.28% (lowest).
# Optional: the headline's 3.53% (twin of the body); the sample count 600只 (twice); the 600 stocks' combined turnover
# 3108亿元 (the same figure as 科创综指's turnover, printed again).
# Judgement calls: 振幅 is an intraday range in "%" (key: a figure of the day's record, not a high or low); 龙芯中科's 涨停
# prints no figure and gets no row; "位居首位 / 末位" are ranks without rows.
D1 = "2026-01-21"
K50 = "科创50指数|科创50|STAR 50|STAR50 index"
KZZ = "科创综指|科创综合指数|STAR Composite|STAR Market Composite"
STAR = "科创板|科创板个股|科创板600只个股|STAR Market|STAR Market stocks"
CLOSE = "index_level|close|closing_level|price"
CHG = "index_change|price_change|change"
TURN = "turnover|trading_value|trading_volume"
G["zh01"] = ([
    m(CHG, 3.53, "%", K50, D1, opt=True, basis="headline twin (科创50指数涨3.53%)"),
    m(CLOSE, 1535.39, "points", K50, D1, basis="close (收盘报)"),
    m(CHG, 3.53, "%", K50, D1, basis="daily change (涨幅)"),
    m("amplitude|intraday_range|volatility", 4.27, "%", K50, D1, basis="指数振幅 (intraday range)"),
    m(TURN, 1.173e11, "CNY", K50, D1, basis="总成交额约1173亿元"),
    m(CLOSE, 1862.69, "points", KZZ, D1, basis="close"),
    m(CHG, 2.32, "%", KZZ, D1, basis="daily change (涨幅)"),
    m(TURN, 3.108e11, "CNY", KZZ, D1, basis="总成交额约3108亿元"),
    m("stocks|count", 600, "stocks", STAR, D1, opt=True, basis="sample: 科创板600只个股 (first printing)"),
    m("average_price_change|price_change|change", 1.6, "%", STAR, D1, basis="600只个股平均涨幅"),
    m("average_turnover_rate|turnover_rate", 3.58, "%", STAR, D1, basis="平均换手率"),
    m(TURN, 3.108e11, "CNY", STAR, D1, opt=True, basis="合计成交3108亿元 (same figure as 科创综指's turnover)"),
    m("average_amplitude|amplitude|intraday_range", 4.9, "%", STAR, D1, basis="平均振幅"),
    m("stocks|count", 600, "stocks", STAR, D1, opt=True, basis="sample count, second printing"),
    m("price_change|share_price_change|change", -13.23, "%", "凯因科技", D1, basis="跌13.23% (跌幅最大)"),
    m(TURN, 1.775e10, "CNY", "海光信息|Hygon", D1, basis="成交额 177.5亿元 (largest on the board)"),
    m(TURN, 6.515e6, "CNY", "ST帕瓦|帕瓦", D1, basis="成交额 651.5万元 (smallest on the board)"),
    m("turnover_rate", 33.04, "%", "中微半导", D1, basis="换手率 (highest)"),
    m("turnover_rate", 0.28, "%", "龙腾光电", D1, basis="换手率 (lowest)"),
], [])


# zh02: 国家统计局's August 2024 activity release as carried on a government portal (gdhmo.gov.cn; title, the release date
# "(2024年9月14日)", the issuer line and section numbers "一、" / "二、" kept, the title and section heads reworded; the stored
# text breaks off inside "8月份,服务业商务活动指数为50.2%,服务业业务活动预期指数为55.4" (no unit, no full stop), so the
# passage ends with the sentence before it and that sentence's 50.2 / 55.4 are not in it). Periods 2024-08 (8月份),
# 2024-01..08 (1-8月份), 2024-01..07 (1-7月份): the year is implied by the release date printed under the title.
# Key: industrial value added +4.5% yoy and +0.32% mom; mining +3.7%, manufacturing +4.3%, utilities +6.8%; equipment
# manufacturing +6.4%, high-tech manufacturing +8.6%; NEV / service-robot / IC output +30.5% / +20.1% / +17.8% (分别, in
# order); January-August value added +5.8%; manufacturing PMI 49.1% and the business-expectations index 52.0%; January-July
# industrial profits 40992亿元 (+3.6%); services production index +4.6%; ICT +12.1%, leasing and business services +9.4%,
# finance +5.7%, transport / storage / post +5.2% (分别, in order); January-August services index +4.9%; January-July revenue
# of above-scale services firms +7.4%.
# Optional: the ownership-type breakdown (国有控股 3.6%, 股份制 5.0%, 外商及港澳台 2.8%, 私营 4.5%) and the growth gaps in
# 个百分点 (1.9 / 4.1 over all industry; 7.5 / 4.8 / 1.1 / 0.6 over the services index), as in news9 zh01 and the development
# corpus's "secondary detail in macro releases".
# Judgement calls: "比上年同月增长" / "比上年同期增长" are yoy; PMI-type readings are labelled "%" as printed.
M8, Y8, Y7 = "2024-08", "2024-01..08", "2024-01..07"
IPG = "industrial_production_growth|industrial_value_added_growth|value_added_growth"
CN = "全国|中国|China|规模以上工业|全国规模以上工业"
OG = "output_growth|production_growth"
SPI = "services_production_index_growth|services_output_growth|services_production_growth"
GAP = "growth_gap|industrial_production_growth_gap|growth_difference"
G["zh02"] = ([
    m(IPG, 4.5, "%", CN, M8, basis="yoy (比上年同月)"),
    m(IPG, 0.32, "%", CN, M8, basis="mom (与上月相比)"),
    m(IPG, 3.7, "%", "采矿业|mining", M8, basis="yoy"),
    m(IPG, 4.3, "%", "制造业|manufacturing", M8, basis="yoy"),
    m(IPG, 6.8, "%", "电力、热力、燃气及水生产和供应业|utilities", M8, basis="yoy"),
    m(IPG, 6.4, "%", "装备制造业|equipment manufacturing", M8, basis="yoy"),
    m(IPG, 8.6, "%", "高技术制造业|high-tech manufacturing", M8, basis="yoy"),
    m(GAP, 1.9, "pp", "装备制造业|equipment manufacturing", M8, opt=True, basis="faster than all industry (分别, first)"),
    m(GAP, 4.1, "pp", "高技术制造业|high-tech manufacturing", M8, opt=True, basis="faster than all industry (分别, second)"),
    m(IPG, 3.6, "%", "国有控股企业|state-controlled enterprises", M8, opt=True, basis="yoy"),
    m(IPG, 5.0, "%", "股份制企业|shareholding enterprises", M8, opt=True, basis="yoy"),
    m(IPG, 2.8, "%", "外商及港澳台投资企业|foreign-invested enterprises", M8, opt=True, basis="yoy"),
    m(IPG, 4.5, "%", "私营企业|private enterprises", M8, opt=True, basis="yoy"),
    m(OG, 30.5, "%", "新能源汽车|NEVs|new energy vehicles", M8, basis="output, yoy (分别, first)"),
    m(OG, 20.1, "%", "服务机器人|service robots", M8, basis="output, yoy (分别, second)"),
    m(OG, 17.8, "%", "集成电路|integrated circuits|ICs", M8, basis="output, yoy (分别, third)"),
    m(IPG, 5.8, "%", CN, Y8, basis="yoy, 1-8月份 cumulative"),
    m("manufacturing_pmi|pmi", 49.1, "%", "制造业|中国制造业|China manufacturing|" + CN, M8, basis="制造业采购经理指数"),
    m("business_expectations_index|pmi_expectations|expectations_index", 52.0, "%", "制造业|企业|China manufacturing", M8,
      basis="企业生产经营活动预期指数"),
    m("industrial_profit|total_profit|profit", 4.0992e12, "CNY", "规模以上工业企业|industrial enterprises|China", Y7,
      basis="利润总额, 1-7月份"),
    m("industrial_profit_growth|profit_growth", 3.6, "%", "规模以上工业企业|industrial enterprises|China", Y7, basis="yoy"),
    m(SPI, 4.6, "%", "服务业|services|全国|China", M8, basis="服务业生产指数, yoy"),
    m(SPI, 12.1, "%", "信息传输、软件和信息技术服务业|information transmission, software and IT services|ICT", M8,
      basis="生产指数, yoy (分别, first)"),
    m(SPI, 9.4, "%", "租赁和商务服务业|leasing and business services", M8, basis="yoy (分别, second)"),
    m(SPI, 5.7, "%", "金融业|finance|financial services", M8, basis="yoy (分别, third)"),
    m(SPI, 5.2, "%", "交通运输、仓储和邮政业|transport, storage and post", M8, basis="yoy (分别, fourth)"),
    m(GAP, 7.5, "pp", "信息传输、软件和信息技术服务业|ICT", M8, opt=True, basis="faster than the services index"),
    m(GAP, 4.8, "pp", "租赁和商务服务业|leasing and business services", M8, opt=True, basis="faster than the services index"),
    m(GAP, 1.1, "pp", "金融业|finance", M8, opt=True, basis="faster than the services index"),
    m(GAP, 0.6, "pp", "交通运输、仓储和邮政业|transport, storage and post", M8, opt=True,
      basis="faster than the services index"),
    m(SPI, 4.9, "%", "服务业|services|全国|China", Y8, basis="yoy, 1-8月份 cumulative"),
    m("revenue_growth|operating_revenue_growth", 7.4, "%", "规模以上服务业企业|above-scale services firms|services", Y7,
      basis="营业收入, yoy, 1-7月份"),
], [])


# zh03: round-up of A-share semiconductor companies' 2025 third-quarter reports (an eastmoney 股吧 news page,
# gubaposthk.eastmoney.com `news,688041,1618938335`; no headline in the stored text and none composed; the sub-head
# "产业链业绩分化细分龙头盈利能力凸显" reworded; the stored text breaks off inside "公司称,营收同比下降主要系产品集成业务
# 战略性剥离,利润增长" (no figure), so the passage ends with 闻泰科技's third-quarter figures). Periods 2025Q1-Q3 (前三季度)
# and 2025Q3 (第三季度 / 第三季度单季), the year from "A股2025年三季报".
# Key: 107 companies with net-profit growth and their share 65.24%; 海光信息 nine-month revenue 94.90亿元 (+54.65%) and
# attributable net profit 19.61亿元 (+28.56%), Q3 revenue 40.26亿元 (+69.60%); 扬杰科技 53.48亿元 (+20.89%) / 9.74亿元
# (+45.51%), Q3 18.93亿元 (+21.47%) / 3.72亿元 (+52.40%); 闻泰科技 297.69亿元 (-44%, 同比减少) / 15.13亿元 (+265.09%), Q3
# 44.27亿元 (-77.38%) / 10.40亿元 (+279.29%).
# Optional: the sample count 164家 (companies that had reported by 10月31日).
# Judgement calls: 归母净利润 is net profit with "attributable" in basis; the two companies reporting later (华虹公司, 中芯国际,
# "两家") and the dates 11月初 / 10月31日 carry no row; the count of profit-growth companies includes turnarounds as printed.
P3, Q3 = "2025Q1-Q3", "2025Q3"
SEMI = "A股半导体公司|半导体公司|半导体行业|A-share semiconductor companies|semiconductor companies"
REV, RG = "revenue|operating_revenue", "revenue_growth|revenue_change"
NP, NG = "net_profit", "net_profit_growth|net_profit_change"


def res(ent, per, rev, rg, np_=None, ng=None, what="前三季度"):
    out = [m(REV, rev, "CNY", ent, per, basis=what + " 营业收入"),
           m(RG, rg, "%", ent, per, basis="yoy")]
    if np_ is not None:
        out += [m(NP, np_, "CNY", ent, per, basis="attributable (归母净利润), " + what),
                m(NG, ng, "%", ent, per, basis="yoy, attributable")]
    return out


HG = "海光信息|Hygon Information|Hygon"
YJ = "扬杰科技|Yangjie Technology|Yangjie"
WT = "闻泰科技|Wingtech"
G["zh03"] = (
    [
        m("companies|count", 164, "companies", SEMI, P3, opt=True,
          basis="sample: companies that had published Q3 reports by 10月31日 (申万 classification)"),
        m("companies|count", 107, "companies", SEMI, P3, basis="companies with net-profit growth (包括扭亏为盈)"),
        m("share|proportion|percentage", 65.24, "%", SEMI, P3, basis="share of the 164 with net-profit growth (占比)"),
    ]
    + res(HG, P3, 9.49e9, 54.65, 1.961e9, 28.56)
    + res(HG, Q3, 4.026e9, 69.60, what="第三季度")
    + res(YJ, P3, 5.348e9, 20.89, 9.74e8, 45.51)
    + res(YJ, Q3, 1.893e9, 21.47, 3.72e8, 52.40, what="第三季度")
    + res(WT, P3, 2.9769e10, -44, 1.513e9, 265.09)
    + res(WT, Q3, 4.427e9, -77.38, 1.040e9, 279.29, what="第三季度单季"),
    [],
)


# zh04: 经济参考报's August 2021 new-fund issuance story (as carried by news.we54.com; headline, the date line "发布日期:
# 2021-08-26 15:14:38 来源: 经济参考报" and the byline "(记者 罗逸姝)" kept, the headline reworded around "164只" and "近六成";
# the page's "关键词: 新基金 发行 混合型基金 占比 近六成" line and "推荐内容" left out as furniture). Periods 2021-08, with
# 2021-07 and 2021-05 for the comparison months (year from the date line and "2021年8月24日" in the text).
# Key: 164 new funds in August (lead; "数量与7月保持一致" -> prior = level); July's 159 funds (a level of its own, 成立日
# basis); August units raised 1885.58亿份 (prior 2436.75亿份) and -22.62% mom; average per fund 11.93亿份 (prior 15.82亿份) and
# -24.59%; May's average 10.98亿份; 股票型 / 混合型 / 债券型 units 242.53亿份 / 1098.77亿份 / 382.47亿份 and shares 12.86% /
# 58.27% / 20.28% (分别, in order); 广发行业严选三年持有期混合's confirmation ratio 53.886834% and its fundraising cap 150亿元.
# Optional: the headline's 164只 and 近六成 (-> 60 %), the lead's "接近60%" (an approximate twin of 58.27%) and "下降近23%"
# (an approximate twin of -22.62%); the open bounds "总份额超过1800亿份", "环比下降超两成" (-> (None, -20) %), "波动幅度均在
# 一个百分点以内" (-> (None, 1) pp) and "实际募集规模超270亿元"; the body's second 164只 (成立日 basis, prior 159); the July
# levels 2436.75亿份 and 15.82亿份 as rows of their own.
# Judgement calls: 亿份 -> x1e8 "units" (news45 zh04); "150亿元的募集上限" is the cap's own value (a key CNY row with "cap"
# in the metric), not a bound on another figure; "一日售罄", "一只", "前八个月" and "倒数第二" carry no row.
A8, J7, MY5 = "2021-08", "2021-07", "2021-05"
MF = "新基金|新发基金|新成立基金|公募基金|基金|new funds|mutual funds"
FU = "fund_units_raised|issue_size|fundraising|fund_issuance"
FUG = "fund_units_raised_growth|issue_size_growth|fundraising_growth|fund_units_raised_change"
AV = "average_issue_size|average_fund_units_raised|fund_units_raised"
AVG = "average_issue_size_growth|average_fund_units_raised_growth|average_issue_size_change"
HYB = "混合型基金|混合型|hybrid funds"
GF = "广发行业严选三年持有期混合|广发行业严选|广发基金|GF Industry Select"
G["zh04"] = ([
    m("funds|count|new_funds", 164, "funds", MF, A8, opt=True, basis="headline twin"),
    m("share|issuance_share", 60, "%", HYB, A8, opt=True, basis="headline 近六成 (approximate twin of 58.27%)"),
    m("funds|count|new_funds", 164, "funds", MF, A8, prior=164, basis="本月新发基金共有164只; 总体数量与7月保持一致"),
    m(FU, None, "units", MF, A8, rng=(1.8e11, None), opt=True, basis="总份额超过1800亿份 (bound)"),
    m(FUG, -23, "%", MF, A8, opt=True, basis="下降近23% (approximate twin of -22.62%)"),
    m("share|issuance_share", 60, "%", HYB, A8, opt=True, basis="发行占比接近60% (approximate twin of 58.27%)"),
    m("funds|count|new_funds", 164, "funds", MF, A8, prior=159, opt=True,
      basis="成立日 basis, 截至8月25日; 超过7月全月的159只 (second body printing)"),
    m("funds|count|new_funds", 159, "funds", MF, J7, basis="July full month (7月全月)"),
    m(FUG, None, "%", MF, A8, rng=(None, -20), opt=True, basis="环比下降超两成 (bound)"),
    m(FU, 1.88558e11, "units", MF, A8, prior=2.43675e11, basis="总发行份额; 7月 2436.75亿份"),
    m(FU, 2.43675e11, "units", MF, J7, opt=True, basis="July level (prior)"),
    m(FUG, -22.62, "%", MF, A8, basis="mom (相比7月下降)"),
    m(AV, 1.193e9, "units", MF, A8, prior=1.582e9, basis="单只基金平均发行份额; 7月 15.82亿份"),
    m(AV, 1.582e9, "units", MF, J7, opt=True, basis="July level (prior)"),
    m(AVG, -24.59, "%", MF, A8, basis="mom (相比7月下降)"),
    m(AV, 1.098e9, "units", MF, MY5, basis="May's average (仅高于5月的10.98亿份)"),
    m(FU, 2.4253e10, "units", "股票型基金|股票型|equity funds", A8, basis="发行份额 (分别, first)"),
    m(FU, 1.09877e11, "units", HYB, A8, basis="发行份额 (分别, second)"),
    m(FU, 3.8247e10, "units", "债券型基金|债券型|bond funds", A8, basis="发行份额 (分别, third)"),
    m("share|issuance_share", 12.86, "%", "股票型基金|股票型|equity funds", A8, basis="share of units raised (分别, first)"),
    m("share|issuance_share", 58.27, "%", HYB, A8, basis="share of units raised (分别, second)"),
    m("share|issuance_share", 20.28, "%", "债券型基金|债券型|bond funds", A8, basis="share of units raised (分别, third)"),
    m("share_change|issuance_share_change", None, "pp", MF, A8, rng=(None, 1), opt=True,
      basis="与7月相比波动幅度均在一个百分点以内 (bound)"),
    m("confirmation_ratio|allocation_ratio|subscription_confirmation_ratio", 53.886834, "%", GF, A8,
      basis="申请确认比例 for valid subscriptions of 2021-08-24 (末日比例确认)"),
    m("fundraising_cap|cap|fundraising_limit", 1.5e10, "CNY", GF, A8, basis="募集上限"),
    m("fundraising|fund_size|amount_raised", None, "CNY", GF, A8, rng=(2.7e10, None), opt=True,
      basis="估算实际募集规模超270亿元 (bound)"),
], [])


# zh05: 中国证券报's daily table of the 东证期货 commodity-futures price indices for 2015-03-26 with its market paragraph (as
# carried by finance.china.com.cn, stock/20150327/3025949; page chrome "新闻源 财富源", the page date "2024年03月28日 星期四",
# the breadcrumb "财经 > 证券 > 正文", "字号:", "热图一览", "高清图集赏析" and the trailing quote-box header "股票名称 最新价 涨跌幅"
# left out; the title (with its date), the credit line and the run-together table — label, close, change and % change
# printed without separators, e.g. "综合指数1076.403.600.34%" = 1076.40 | 3.60 | 0.34% — kept, the table's header reworded).
# Period 2015-03-26 for every row (the title's date; "周四" / "昨日" in the paragraph refer to it).
# Key: for each of the nine indices the close (points), the change in points and the change in % (豆类 -0.73 / -0.07%, 饲料
# -6.68 / -0.52%, the others positive); the paragraph's top three rises 塑料 +1.57%, 黄金 +1.14%, 天然橡胶 +1.04% and falls 豆粕
# -0.68%, 螺纹钢 -0.64%, 大豆 -0.34% (分别, in order).
# Optional: the paragraph's restatements of the composite's +0.34% and 1076.40 points; "化工分类指数…涨幅超过了1%" (an open
# bound restating the table's 1.22%); the note's base value 1000 points (基点).
# Judgement calls: the run-together cells are read as close / change / change % in the header's order (the close has two
# decimals); each commodity's move is a key row on the commodity (the main contract, 主力合约, in basis); the composite is
# named 综合指数 in the table and 东证商品期货综合指数 in the paragraph (both aliases).
D5 = "2015-03-26"
DZ = "东证期货大宗商品期货价格"
COMP = "综合指数|东证商品期货综合指数|东证期货大宗商品期货价格综合指数|东证期货综合指数|Orient Futures commodity index"
ILV = "index_level|close|closing_level"
IPT = "index_change|change|points_change"
IPC = "index_change_pct|index_change|price_change|change"


def idx(ent, close, pts, pct):
    return [m(ILV, close, "points", ent, D5, basis="收盘 (table)"),
            m(IPT, pts, "points", ent, D5, basis="较前一日涨跌 (table)"),
            m(IPC, pct, "%", ent, D5, basis="较前一日涨跌幅 (table)")]


def sub(name):
    return name + "|" + DZ + name + "|东证期货" + name


FUT = "price_change|futures_price_change|change"
G["zh05"] = (
    idx(COMP, 1076.40, 3.60, 0.34)
    + idx(sub("金属分类指数"), 739.59, 3.14, 0.43)
    + idx(sub("农产品分类指数"), 793.44, 0.43, 0.05)
    + idx(sub("化工分类指数"), 451.56, 5.45, 1.22)
    + idx(sub("有色金属分类指数"), 784.33, 4.04, 0.52)
    + idx(sub("油脂分类指数"), 884.38, 5.12, 0.58)
    + idx(sub("豆类分类指数"), 1074.26, -0.73, -0.07)
    + idx(sub("饲料分类指数"), 1269.13, -6.68, -0.52)
    + idx(sub("软商品分类指数"), 1177.86, 1.37, 0.12)
    + [
        m(ILV, 1000, "points", COMP, None, opt=True, basis="base value (基点) at the base date 2006-01-04"),
        m(IPC, None, "%", sub("化工分类指数"), D5, rng=(1, None), opt=True, basis="涨幅超过了1% (restates the table's 1.22%)"),
        m(FUT, 1.57, "%", "塑料|plastics|LLDPE", D5, basis="top three rises (分别, first); main contract"),
        m(FUT, 1.14, "%", "黄金|gold", D5, basis="top three rises (分别, second)"),
        m(FUT, 1.04, "%", "天然橡胶|natural rubber|rubber", D5, basis="top three rises (分别, third)"),
        m(FUT, -0.68, "%", "豆粕|soybean meal", D5, basis="top three falls (分别, first)"),
        m(FUT, -0.64, "%", "螺纹钢|rebar", D5, basis="top three falls (分别, second)"),
        m(FUT, -0.34, "%", "大豆|soybeans", D5, basis="top three falls (分别, third)"),
        m(IPC, 0.34, "%", COMP, D5, opt=True, basis="paragraph twin of the table's change"),
        m(ILV, 1076.40, "points", COMP, D5, opt=True, basis="paragraph twin of the table's close"),
    ],
    [],
)


# zh06: 中指研究院's January-May 2021 developer sales ranking and target-completion note (as carried by 123.com.cn, kline
# a586732; no headline in the stored text and none composed; the report title 《2021年1-5月中国房地产企业销售业绩TOP200》
# kept as printed; a whole stored item). Period 2021-01..05 (printed), FY2021 for the 2021 target growth, 2021-01..06 for
# the forecast completion rate, None for "前几年" (previous years' national pattern).
# Key: 15 developers with sales above 千亿 and 118 above 百亿; the TOP100's average sales 555.0亿元 and average growth 71.4%;
# the TOP100 entry threshold 143.8亿 (no 元 printed: CNY) and its yoy growth 94.4%; the 30 tracked developers' average 2021
# target growth 14.69% and average January-May completion 39%; 大发地产 57.8% (最高达), 正荣地产 46.14%, 美的置业 46.09%,
# 中国金茂 44.06% (分别, in order); the forecast January-June completion 50%; the first five months' share of a full year's
# national sales 33%左右 (-> 33).
# Optional: the bounds "碧桂园超三千亿" and "恒大、万科、融创以及保利超两千亿" (one (2e11, None) row per company named); the
# band "100-200亿阵营" (a closed range describing a camp); the sample count 30家 (three printings); "1-5月业绩完成率接近40%"
# (an approximate twin of the 39% average).
# Judgement calls: counts of developers past a threshold are key "companies" rows (news51 zh05) with the threshold in basis;
# "高于全国平均水平几个百分点" has no figure.
P6 = "2021-01..05"
TOP = "TOP100房企|TOP100|百强房企|top 100 developers|TOP200"
DEV = "房企|房地产企业|中国房地产企业|developers|Chinese developers"
T30 = "30家典型上市企业|典型上市企业|30家房地产企业|30家企业|30 listed developers"
COMPL = "sales_target_completion|target_completion_rate|completion_rate"
SALES = "sales|contracted_sales|sales_value"


def over2k(ent):
    return m(SALES, None, "CNY", ent, P6, rng=(2e11, None), opt=True, basis="超两千亿 (bound)")


G["zh06"] = ([
    m("companies|count", 15, "companies", DEV, P6, basis="developers with sales 破千亿"),
    m("companies|count", 118, "companies", DEV, P6, basis="developers with sales 百亿以上"),
    m(SALES, None, "CNY", "碧桂园|Country Garden", P6, rng=(3e11, None), opt=True, basis="超三千亿 (bound)"),
    over2k("恒大|Evergrande"), over2k("万科|Vanke"), over2k("融创|Sunac"), over2k("保利|Poly"),
    m("average_sales|sales", 5.55e10, "CNY", TOP, P6, basis="TOP100房企销售额均值"),
    m("average_sales_growth|sales_growth", 71.4, "%", TOP, P6, basis="增长率均值"),
    m(SALES, None, "CNY", "100-200亿阵营|100-200亿 camp", P6, rng=(1e10, 2e10), opt=True,
      basis="camp defined by sales band (增速最快)"),
    m("entry_threshold|threshold|sales_threshold", 1.438e10, "CNY", TOP, P6, basis="TOP100门槛值 143.8亿 (no 元 printed)"),
    m("entry_threshold_growth|threshold_growth|growth", 94.4, "%", TOP, P6, basis="yoy"),
    m("companies|count", 30, "companies", T30, P6, opt=True, basis="sample (first printing)"),
    m("companies|count", 30, "companies", T30, P6, opt=True, basis="sample (second printing)"),
    m("sales_target_growth|target_growth", 14.69, "%", T30, "FY2021", basis="2021年销售目标增长率均值"),
    m(COMPL, 39, "%", T30, P6, basis="average completion, 1-5月"),
    m(COMPL, 57.8, "%", "大发地产|Dafa Properties", P6, basis="highest (最高达)"),
    m(COMPL, 46.14, "%", "正荣地产|Zhenro Properties", P6, basis="分别, first"),
    m(COMPL, 46.09, "%", "美的置业|Midea Real Estate", P6, basis="分别, second"),
    m(COMPL, 44.06, "%", "中国金茂|China Jinmao", P6, basis="分别, third"),
    m("companies|count", 30, "companies", T30, P6, opt=True, basis="sample (third printing)"),
    m(COMPL, 50, "%", T30, "2021-01..06", basis="forecast (预计), average completion 1-6月"),
    m("sales_share|share", 33, "%", "全国|national|China", None, basis="前5个月销售占全年比重 in previous years (左右)"),
    m(COMPL, 40, "%", T30, P6, opt=True, basis="业绩完成率接近40% (approximate twin of the 39% average)"),
], [])
