# Hand labels for news48/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news46 / news47 in particular, with the labels
# files of news46/zh). Values fully scaled (亿元 -> x1e8, 万台 -> x1e4, 亿件 -> x1e8); mainland 元 = CNY; declines negative
# (下降 / 下行 / 跌 / 低 / 降速 where a figure stands beside them; a rate level that "下降到5.4%" stays a positive level);
# 同比 = yoy, 环比 = mom / qoq / wow in basis; 个基点 -> bp; counts in count nouns (units, parcels, GW). Forecast ranges
# ("52.73亿元到58.28亿元", "39.73%-79.95%") are rng=(low, high) with value None. Per-unit prices (元/公斤, 单票收入) take the
# currency alone as unit, the "per kg / per parcel" in basis (news26 / news47). A figure that moved "由A到B" / "从A至B" is
# value B with prior A, plus an optional row for A with its own period; a headline figure restated in the body (exactly or
# approximately) is an optional twin; consensus expectations ("市场预期") are optional (news37 zh b). Periods only where
# the text states or clearly implies the year: zh01 FY2023 (printed); zh02 2022Q3 (printed); zh03 and zh04 None ("10月18日",
# "4月份": no year printed; the contract codes "2312" are names, not dates); zh05 the months / quarter of 2019 by its
# printed date line "日期:2019-10-22" (as news44 / news46 used printed time lines), None for "上周"; zh06 None (a week
# number, "2022年第21周", in basis; no ISO form for weeks). URL dates and the writer's knowledge are never used.
# No rating action is in this batch (no broker rating or target is printed in the six passages).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 界面新闻 round-up of three solar companies' 2023 profit forecasts (业绩预告), on the quote site ddx.gubit.cn. Headline
# reworded around its kept figures ("净赚最高58亿元", "预增超150%"); byline "界面新闻记者 | 尹靖霏" kept. The stored text breaks
# off inside "2022年组件带来的营收达52.21亿元,2023年", so the passage ends with the sentence before it; the source's
# sentence ending in a comma ("…152.9%-270.9%,") is kept as printed. Period FY2023 ("2023年度" / "2023年" printed).
# Key: 天合光能 归母净利润 52.73亿元到58.28亿元 (+43.27% to +58.36%); 东方日升 13.2亿元-17亿元 (+39.73% to +79.95%);
# 协鑫集成 revenue 155亿元至170亿元 (+85.6% to +109%) and 归母净利润 1.5亿元至2.2亿元 (+152.9% to +270.9%); module shipment
# estimates 约70GW (天合光能) and 约25.5GW (东方日升) (约 -> the value).
# Optional: the headline's "净赚最高58亿元" (an upper bound approximately restating 58.28亿元) and "预增超150%" (an open
# lower bound approximately restating 152.9%).
# Judgement calls: "同比增加43.27%到58.36%" is a growth range in %, not a CNY change; "210系列", "N型" and "TOPCon" are
# product names (no row); "1月30日" (a date, no year) carries no row; the shipment figures are an industry agency's
# estimates ("据行业机构…预计"), kept key with "estimate" in basis because they are the items' only volume figures.
TR = "天合光能|688599.SH|688599|Trina Solar|Trinasolar"
RS = "东方日升|300118.SZ|300118|Risen Energy"
GC = "协鑫集成|002506.SZ|002506|GCL System Integration|GCL SI"
NPA = "net_profit_attributable|net_profit|profit_attributable"
NPG = "net_profit_attributable_growth|net_profit_growth|profit_growth"
Y = "FY2023"
G["zh01"] = ([
    m(NPA, None, "CNY", TR, Y, rng=(5.273e9, 5.828e9), basis="forecast (业绩预告), 归母净利润"),
    m(NPG, None, "%", TR, Y, rng=(43.27, 58.36), basis="forecast, yoy (同比增加43.27%到58.36%)"),
    m(NPA, None, "CNY", TR, Y, rng=(None, 5.8e9), opt=True, basis="headline: 净赚最高58亿元 (approximate repeat)"),
    m("module_shipments|shipments", 70, "GW", TR, Y, basis="industry agency estimate, 约在70GW"),
    m(NPA, None, "CNY", RS, Y, rng=(1.32e9, 1.7e9), basis="forecast, 归母净利润 13.2亿元-17亿元"),
    m(NPG, None, "%", RS, Y, rng=(39.73, 79.95), basis="forecast, yoy"),
    m("module_shipments|shipments", 25.5, "GW", RS, Y, basis="estimate, 约在25.5GW"),
    m("revenue|operating_revenue", None, "CNY", GC, Y, rng=(1.55e10, 1.7e10), basis="forecast, 营收 155亿元至170亿元"),
    m("revenue_growth|operating_revenue_growth", None, "%", GC, Y, rng=(85.6, 109), basis="forecast, yoy"),
    m(NPA, None, "CNY", GC, Y, rng=(1.5e8, 2.2e8), basis="forecast, 归母净利润 1.5亿元至2.2亿元"),
    m(NPG, None, "%", GC, Y, rng=(152.9, 270.9), basis="forecast, yoy"),
    m(NPG, None, "%", GC, Y, rng=(150, None), opt=True, basis="headline: 净利预增超150% (approximate repeat)"),
], [])

# zh02: IDC's quarterly China smartphone shipments by vendor, a C114 item reposted on donews.com. Headline reworded around
# its kept figures; the repost credit kept as "(本文转自C114通信网)"; the repost disclaimer and copyright lines dropped.
# Period 2022Q3 (printed "2022年第三季度"; the headline's "Q3" and "三季度" are the same quarter).
# Key: market shipments 约7113万台 (7.113e7 units; 约 -> the value), -11.9% yoy, +6.0% qoq; vivo 1420万台 (-20.5%, share
# 20.0%), 荣耀 1270万台 (-9.1%, 17.9%), OPPO 1080万台 (-27.9%, 16.3%), 苹果 1160万台 (+2.5%, 15.1%), 小米 900万台 (-17.9%,
# 12.7%).
# Optional: the headline's 7113万台 and 降11.9% (exact twins of the body).
# Judgement calls: ranks ("第一" … "第五", "前五", "TOP5", "排名提升一位") are not labelled (no figure of a metric); model
# names (iPhone14, Mate50) carry no row; each vendor's share is a "%" market_share row on the vendor with the market as
# context in basis.
MKT = "中国智能手机市场|国内智能手机市场|China smartphone market|中国|China"
Q = "2022Q3"
SH = "shipments|smartphone_shipments"
SHG = "shipments_growth|smartphone_shipments_growth|shipment_growth"
MS = "market_share|share"
VIVO = "vivo|维沃"
HON = "荣耀|Honor"
OPPO = "OPPO"
APL = "苹果|Apple|iPhone"
XM = "小米|Xiaomi"
G["zh02"] = ([
    m(SH, 7.113e7, "units", MKT, Q, basis="IDC, 约7113万台"),
    m(SHG, -11.9, "%", MKT, Q, basis="yoy (同比下降11.9%)"),
    m(SHG, 6.0, "%", MKT, Q, basis="qoq (环比增长6.0%)"),
    m(SH, 7.113e7, "units", MKT, Q, opt=True, basis="headline twin"),
    m(SHG, -11.9, "%", MKT, Q, opt=True, basis="headline twin (同比降11.9%)"),
    m(SH, 1.42e7, "units", VIVO, Q, basis="China shipments"),
    m(SHG, -20.5, "%", VIVO, Q, basis="yoy"),
    m(MS, 20.0, "%", VIVO, Q, basis="China market share, ranked first"),
    m(SH, 1.27e7, "units", HON, Q, basis="China shipments"),
    m(SHG, -9.1, "%", HON, Q, basis="yoy"),
    m(MS, 17.9, "%", HON, Q, basis="China market share"),
    m(SH, 1.08e7, "units", OPPO, Q, basis="China shipments"),
    m(SHG, -27.9, "%", OPPO, Q, basis="yoy"),
    m(MS, 16.3, "%", OPPO, Q, basis="China market share"),
    m(SH, 1.16e7, "units", APL, Q, basis="China shipments"),
    m(SHG, 2.5, "%", APL, Q, basis="yoy, the only top-5 vendor growing"),
    m(MS, 15.1, "%", APL, Q, basis="China market share"),
    m(SH, 9.0e6, "units", XM, Q, basis="China shipments"),
    m(SHG, -17.9, "%", XM, Q, basis="yoy"),
    m(MS, 12.7, "%", XM, Q, basis="China market share"),
], [])

# zh03: treasury-futures daily close with the implied yields (上海证券报·中国证券网 item on jrzx.ruizhancq.com; no headline in
# the stored text, none composed; the credit kept as "(来源:上海证券报·中国证券网)"; the image disclaimer and "推荐阅读:" dropped;
# the source's one long sentence split into four). "10月18日" prints no year -> period None; the contract codes (TS2312 …)
# are names. Key, per contract: price change in % (下行 -> negative), the closing price, the implied-yield change in bp
# (上行 -> positive) and the implied yield in %.
# Judgement calls: treasury-futures prices are quotes per 100 face value printed without a unit (101.000, 98.510) ->
# unit "points" (the scorer's unit for unit-less quotes), trailing zeros irrelevant; "对应期货收益率上行X个基点至Y%" gives a
# key bp change row and a key yield level without a prior (the earlier yield is not printed and not derived); "主力合约" /
# "合约" are part of the entity, with the contract code as alias.
F2 = "2年期国债期货|2年期国债期货合约|TS2312|2-year treasury futures|TS"
F5 = "5年期国债期货|5年期国债期货主力合约|TF2312|5-year treasury futures|TF"
F10 = "10年期国债期货|10年期国债期货主力合约|T2312|10-year treasury futures"
F30 = "30年期国债期货|30年期国债期货主力合约|TL2312|30-year treasury futures|TL"
D = "10月18日 (no year printed)"
PC = "price_change|futures_price_change"
FP = "futures_price|close|price"
YC = "yield_change|futures_yield_change|implied_yield_change"
YL = "yield|futures_yield|implied_yield"


def _fut(ent, pct, px, bp, yld):
    return [m(PC, pct, "%", ent, None, basis="daily, " + D),
            m(FP, px, "points", ent, None, basis="close (下行…至), price per 100 face value, no unit printed"),
            m(YC, bp, "bp", ent, None, basis="对应期货收益率上行, " + D),
            m(YL, yld, "%", ent, None, basis="implied futures yield after the move")]


G["zh03"] = (_fut(F2, -0.03, 101.000, 2.36, 2.313) + _fut(F5, -0.04, 101.630, 1.09, 2.5996)
             + _fut(F10, -0.04, 101.550, 0.72, 2.7479) + _fut(F30, -0.16, 98.510, 0.88, 3.0807), [])

# zh04: a report summary on fxbaogao.com (发现报告) with the national April express-delivery figures and four listed
# couriers' April operating data (whole stored item; it opens "本报告指出", rendered "该报告提到"; no headline, none composed).
# "4月份" prints no year -> period None, April in basis. Key: national parcels 85亿件 (8.5e9 "parcels", +30.8% yoy) and
# revenue 823.9亿元 (+14.3%); per courier the volume growth (%), the express revenue per parcel (单票收入, CNY, per parcel in
# basis) and its yoy change (下降 -> negative): 韵达股份 +22.09% / 2.04元 / -4.67%; 顺丰控股 +36.50% / 15.84元 / -15.85%;
# 圆通速递 +39.03% / 2.15元 / -8.28%; 申通快递 +5.46% / 2.13元 / -16.47%.
# Judgement calls: "业务量" growth is parcel-volume growth (metric parcel_volume_growth with business_volume as alias); the
# national figures take "全国快递服务企业" as entity with the industry / China as aliases; no prior is derived.
NAT = "全国快递服务企业|快递服务企业|快递行业|China express delivery|express delivery industry|全国|China"
YD = "韵达股份|韵达|Yunda"
SF = "顺丰控股|顺丰|SF Holding|S.F. Holding"
YT = "圆通速递|圆通|YTO Express|YTO"
ST = "申通快递|申通|STO Express|STO"
A = "4月份 (no year printed)"
VG = "parcel_volume_growth|business_volume_growth|volume_growth"
RPP = "revenue_per_parcel|unit_revenue|revenue_per_ticket"
RPPG = "revenue_per_parcel_growth|revenue_per_parcel_change|unit_revenue_change"


def _cou(ent, vg, rpp, rppg):
    return [m(VG, vg, "%", ent, None, basis="yoy, " + A),
            m(RPP, rpp, "CNY", ent, None, basis="快递服务单票收入, per parcel, " + A),
            m(RPPG, rppg, "%", ent, None, basis="yoy (同比下降)")]


G["zh04"] = ([
    m("parcel_volume|business_volume|express_volume", 8.5e9, "parcels", NAT, None, basis="业务量 85亿件, " + A),
    m(VG, 30.8, "%", NAT, None, basis="yoy"),
    m("revenue|business_revenue|express_revenue", 8.239e10, "CNY", NAT, None, basis="业务收入 823.9亿元, " + A),
    m("revenue_growth|business_revenue_growth", 14.3, "%", NAT, None, basis="yoy"),
] + _cou(YD, 22.09, 2.04, -4.67) + _cou(SF, 36.50, 15.84, -15.85) + _cou(YT, 39.03, 2.15, -8.28)
    + _cou(ST, 5.46, 2.13, -16.47), [])

# zh05: a broker's morning-meeting digest (中金研究晨会速递, 中国中金财富证券) on a Sina report page
# (stock.finance.sina.com.cn vReport), macro section on China's September 2019 activity data and weekly prices. The title,
# the field line "类别:晨报 机构:… 研究员:杨宗耀/管伟/刘志刚/张日清 日期:2019-10-22" and the section head "宏观研究" kept as
# printed; the sub-heads reworded. The stored text breaks off inside "(3)银行间流动性小幅收紧;10年期国债收益率微升、信", so
# the passage ends after "(2)…走弱。". Oddities kept: "4.9%.9月" (a full stop written as "."), the run-ons "(非年化)9月" and
# "6.7%总体看" (here "6.7%整体来看"), the paragraph without a final full stop, the summary sentence printed twice (the second
# time with "继续上升的支撑").
# Periods from the printed date line (2019-10-22): 9月 -> 2019-09, 8月 / 上个月 -> 2019-08, 1-9月 -> 2019-01..09,
# 3季度 -> 2019Q3, 10月 -> 2019-10; "上周" -> None.
# Key: industrial value added +5.8% yoy (prior 4.4%), mom +0.72% (prior 0.32%, 非年化); retail sales nominal +7.8%
# (prior 7.5%), ex-auto +9.0% (prior 9.3%, 回落); FAI Jan-Sep cumulative +5.4%; September monthly FAI +4.7% (prior 4.2%);
# property investment growth 10.5% (prior 9.9%); new starts growth 6.7% (prior 4.9%); 3季度GDP 6%; the Ministry of
# Agriculture food wholesale price index +1.2% wow; pork prices yoy 89.2% (商务部, prior 64.5%) and 123.4% (农业部, prior
# 82.4%).
# Optional: the earlier readings as rows of their own (4.4, 0.32, 7.5, 9.3, 4.2, 9.9, 4.9, 64.5, 82.4, with their month);
# the market expectations 4.9% (industrial VA) and 5.5% (FAI).
# Judgement calls: growth rates that "下降到5.4%" / "回落到9.0%" / "降速至6%" are positive levels (the fall is the move from
# the prior, not a negative figure); "高于4.9%的市场预期" / "不及市场5.5%的预期" are consensus figures -> optional; "地产投资
# 增速由上月的9.9%…加快到10.5%" -> value 10.5, prior 9.9, period 2019-09 (上月 = August); "(1)" / "(2)", "7-8月", "十一黄金周"
# and the researchers' names carry no row.
CN = "中国|China|全国"
S9, S8 = "2019-09", "2019-08"
IVA = "industrial_production_growth|industrial_value_added_growth|industrial_output_growth"
RS5 = "retail_sales_growth|retail_sales_yoy"
FAI = "fixed_asset_investment_growth|fai_growth|fixed_asset_investment"
PORK_C = "猪肉|pork|pork prices|商务部|Ministry of Commerce|MOFCOM"
PORK_A = "猪肉|pork|pork prices|农业部|Ministry of Agriculture"
PORKG = "pork_price_growth|pork_price_change|price_change|pork_price_inflation"
G["zh05"] = ([
    m(IVA, 5.8, "%", CN, S9, prior=4.4, basis="yoy, 由8月的4.4%回弹至5.8%"),
    m(IVA, 4.4, "%", CN, S8, opt=True, basis="August reading"),
    m(IVA + "|consensus", 4.9, "%", CN, S9, opt=True, basis="market expectation (市场预期)"),
    m(IVA + "|industrial_value_added_mom", 0.72, "%", CN, S9, prior=0.32, basis="mom (月环比), 非年化"),
    m(IVA + "|industrial_value_added_mom", 0.32, "%", CN, S8, opt=True, basis="August mom"),
    m(RS5, 7.8, "%", CN, S9, prior=7.5, basis="社会消费品零售总额, nominal yoy"),
    m(RS5, 7.5, "%", CN, S8, opt=True, basis="August reading"),
    m(RS5 + "|retail_sales_ex_auto_growth", 9.0, "%", "除汽车外社零|retail sales excluding autos|" + CN, S9, prior=9.3,
      basis="excluding autos (剔除汽车), yoy, 回落"),
    m(RS5 + "|retail_sales_ex_auto_growth", 9.3, "%", "除汽车外社零|retail sales excluding autos|" + CN, S8, opt=True,
      basis="August reading, excluding autos"),
    m(FAI, 5.4, "%", CN, "2019-01..09", basis="1-9月 cumulative nominal FAI, yoy (下降到5.4%)"),
    m(FAI + "|consensus", 5.5, "%", CN, "2019-01..09", opt=True, basis="market expectation"),
    m(FAI, 4.7, "%", CN, S9, prior=4.2, basis="September monthly (9月月报) nominal FAI, yoy"),
    m(FAI, 4.2, "%", CN, S8, opt=True, basis="August monthly reading"),
    m("property_investment_growth|real_estate_investment_growth", 10.5, "%", "房地产开发投资|property investment|" + CN,
      S9, prior=9.9, basis="yoy, 由上月的9.9%小幅加快到10.5%"),
    m("property_investment_growth|real_estate_investment_growth", 9.9, "%", "房地产开发投资|property investment|" + CN,
      S8, opt=True, basis="previous month (上月)"),
    m("new_construction_starts_growth|housing_starts_growth|floor_space_started_growth", 6.7, "%",
      "房地产新开工面积|new construction starts|" + CN, S9, prior=4.9, basis="yoy, 由8月的4.9%回升至6.7%"),
    m("new_construction_starts_growth|housing_starts_growth|floor_space_started_growth", 4.9, "%",
      "房地产新开工面积|new construction starts|" + CN, S8, opt=True, basis="August reading"),
    m("gdp_growth|real_gdp_growth", 6, "%", CN, "2019Q3", basis="3季度GDP降速至6%, yoy"),
    m("food_wholesale_price_index_change|food_price_index_change|price_index_change", 1.2, "%",
      "农业部食品批发价格指数|food wholesale price index|Ministry of Agriculture", None, basis="上周, wow (环比上升1.2%)"),
    m(PORKG, 89.2, "%", PORK_C, "2019-10", prior=64.5, basis="yoy, 商务部 series, latest October reading"),
    m(PORKG, 64.5, "%", PORK_C, S9, opt=True, basis="September reading, 商务部 series"),
    m(PORKG, 123.4, "%", PORK_A, "2019-10", prior=82.4, basis="yoy, 农业部 series, latest October reading"),
    m(PORKG, 82.4, "%", PORK_A, S9, opt=True, basis="September reading, 农业部 series"),
], [])

# zh06: 重庆市农业信息中心's weekly pig and pork price report (cqnync.cn; headline reworded around its kept "2022年第21周";
# the date line "发布时间:2022-06-01 15:36:00" and the source line kept; the author tag "作者:sck", the page counter "点击:1066"
# and the copyright disclaimer dropped as page furniture; whole stored item otherwise). The week "第21周" of 2022 has no
# ISO period form -> period None, the week in basis. Prices per kg (元/公斤) -> CNY with "per kg" in basis.
# Key, per product (entity the product with 重庆 / Chongqing as alias): the average price, the week-on-week change (涨 ->
# positive), the yoy change (跌 -> negative) and the gap to the Ministry of Agriculture's national figure (低 -> negative):
# 仔猪 27.92 / +2.65% / -57.33% / -16.94%; 待宰活猪 15.23 / +2.22% / -20.06% / -2.80%; 白条猪肉 19.42 / +0.73% / -24.85% /
# -6.34%; 猪肉零售 28.74 / +0.18% / -20.47% (no national comparison printed); 猪粮价比 5.05 (printed "5.05∶1" -> 5.05 "x")
# / +1.64% (环比升) / -20.19% / -3.88% (the source's "与…全国数据低3.88%", kept as printed).
# Judgement calls: the gap to the national figure is a % row of its own (metric price_gap_vs_national), not a prior and
# not a national price (the national level is not printed and not derived); the hog-grain ratio is a multiple ("x").
CQ = "重庆|Chongqing|重庆市"
WK = "2022年第21周 (week 21 of 2022), 全市监测点"
AVG = "average_price|price|retail_price|purchase_price|wholesale_price"
PCH = "price_change"
GAP = "price_gap_vs_national|price_difference|relative_price"


def _pig(ent, px, wow, yoy, gap, what):
    out = [m(AVG, px, "CNY", ent, None, basis=what + ", per kg (元/公斤), " + WK),
           m(PCH, wow, "%", ent, None, basis="week-on-week (环比涨)"),
           m(PCH, yoy, "%", ent, None, basis="yoy (同比跌)")]
    if gap is not None:
        out.append(m(GAP, gap, "%", ent, None, basis="vs the Ministry of Agriculture's national figure (比…全国数据低)"))
    return out


G["zh06"] = (
    _pig("仔猪|piglets|" + CQ, 27.92, 2.65, -57.33, -16.94, "仔猪零售均价")
    + _pig("待宰活猪|live hogs|hogs|" + CQ, 15.23, 2.22, -20.06, -2.80, "待宰活猪收购均价")
    + _pig("白条猪肉|pork carcass|white-strip pork|" + CQ, 19.42, 0.73, -24.85, -6.34, "白条猪肉批发均价")
    + _pig("猪肉|pork|" + CQ, 28.74, 0.18, -20.47, None, "猪肉零售均价")
    + [m("hog_grain_price_ratio|hog_grain_ratio|pig_grain_ratio", 5.05, "x", "猪粮价比|hog-grain price ratio|" + CQ, None,
         basis="5.05∶1, " + WK),
       m(PCH + "|ratio_change", 1.64, "%", "猪粮价比|hog-grain price ratio|" + CQ, None, basis="week-on-week (环比升)"),
       m(PCH + "|ratio_change", -20.19, "%", "猪粮价比|hog-grain price ratio|" + CQ, None, basis="yoy (同比跌)"),
       m(GAP, -3.88, "%", "猪粮价比|hog-grain price ratio|" + CQ, None,
         basis="vs the national figure (与…全国数据低3.88%)")], [])
