# Hand labels for news50/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news48/zh and news49/zh README.md and the labels files of news48/zh (news26 zh06 /
# news16 zh05 for prices per gram, the property labels of earlier sets for 万平方米 -> m2). Values fully scaled (亿元 -> x1e8,
# 万亿元 -> x1e12, 万辆 -> x1e4 vehicles, 万吨 -> x1e4 tonnes, 万平方米 -> x1e4 m2, 亿份 -> x1e8 units); mainland 元 = CNY;
# per-unit prices (元/克, 元/平方米) take the currency alone as unit with "per gram" / "per m2" in basis; declines negative
# (下滑 / 下降 / 下跌 / 跌 / 大跌, a printed minus sign); 同比 = yoy, 环比 = qoq in basis; 个百分点 / pct -> pp; 增长X倍 -> X*100 %
# (the dev corpus's 增長逾3倍 -> 300 %) with an optional literal "x" twin. A figure printed twice (headline and body, or lead
# and detail) is one key row plus optional twins; a level printed "由A上升至B" / "由A调整为B" is value B with prior A and an
# optional row for A; no prior is derived where the text prints only a change. Caps (限价, 最高限价, 上限, 不超过) are open
# ranges rng=(None, X); 超X / X以上 bounds are optional open ranges unless they are a headline's only figure; guided ranges
# ("3万-3.2万辆") and price bands ("210—220元/克", "5.07亿元~5.09亿元") are closed ranges with value None. Ranks (第一, 前三,
# 前10, 第一梯队, 第一大贸易伙伴), streaks ("连续第六个月", "连续12个月") are optional counts or carry no row as noted; product
# names, plot codes (2020WR004) and model names (ET7, L9, 2022款) carry no row. Periods only where the text states or clearly
# implies the year: zh01 2022Q1 / 2022-03 (今年 dated by the printed time line 2022-04-01); zh02 2021-01..10 and 2021-10
# (printed "2021年前10个月"); zh03 "H1" (上半年 printed, no year anywhere in the passage), None for Q2 and for capacities;
# zh04 None (a week, "2022 年01 月10 日至2022 年01 月14 日", in basis; no ISO form for a week); zh05 None ("近日");
# zh06 None ("昨日", "13日"; no year printed). Address dates and the writer's knowledge are never used.
# No rating action is in this batch (no broker rating or target is printed in the six passages).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 澎湃新闻's first-quarter delivery round-up of the three leading EV start-ups (蔚来, 小鹏, 理想), on tech.scgqt.org.cn.
# Headline reworded around "三万辆门槛" and "“蔚小理”"; the time / source line "2022-04-01 20:28:19来源:澎湃新闻" kept as
# printed (run together); the chart credit "制图:澎湃新闻记者 吴遇利" dropped; the stored text breaks off at "哪吒汽", so the
# passage ends with the sentence before it. Periods: the printed time line dates 今年 as 2022 -> "3月份" 2022-03,
# "第一季度" 2022Q1. Key: March deliveries 小鹏 1.54万辆 / 理想 1.1万辆 / 蔚来 9985辆 (lead; the detail paragraph's repeats are
# optional twins) with yoy growth +202% / +125.2% / +37.6%; Q1 deliveries 3.46万 / 3.17万 / 2.58万辆 with growth (理想 +152.1%,
# 蔚来 +28.5%; 小鹏 "相当于去年同期的2.6倍" -> 2.6 "x"); historical cumulative deliveries 理想 15.58万辆 and 蔚来 19.28万辆
# (period None, "to date" in basis); Q1 delivery guidance ranges 理想 3万-3.2万, 蔚来 2.5万-2.6万, 小鹏 3.35万-3.4万辆.
# Optional: 小鹏's cumulative "已超17万辆" (open lower bound), the headline's "迈过三万辆门槛" for 小鹏 and 理想 (thresholds
# passed, open bounds restating 3.46万 / 3.17万), the streaks "连续第六个月" (蔚来 behind) and "连续第三个季度" (小鹏 first).
# Judgement calls: 1.54万辆 -> 15400 "vehicles"; 理想's March figure is for its one model 理想ONE (entity alias); ranks
# (居首, 第二位, 最后) carry no row; launch dates (4月16日, 3月28日, 5月下旬) carry no row.
XP = "小鹏汽车|小鹏|XPeng|Xpeng Motors"
LI = "理想汽车|理想|Li Auto|理想ONE"
NIO = "蔚来汽车|蔚来|NIO"
M3, Q1 = "2022-03", "2022Q1"
DEL = "vehicle_deliveries|deliveries|vehicle_sales"
DG = "vehicle_deliveries_growth|deliveries_growth|vehicle_sales_growth"
CUM = "cumulative_deliveries|deliveries|total_deliveries"
GUI = "deliveries_guidance|guidance_deliveries|deliveries_forecast|deliveries"
G["zh01"] = ([
    m(DEL, None, "vehicles", XP, Q1, rng=(30000, None), opt=True, basis="headline: 迈过三万辆门槛 (threshold passed)"),
    m(DEL, None, "vehicles", LI, Q1, rng=(30000, None), opt=True, basis="headline: 迈过三万辆门槛 (threshold passed)"),
    m(DEL, 15400, "vehicles", XP, M3, basis="March deliveries 1.54万辆, ranked first"),
    m(DEL, 11000, "vehicles", LI, M3, basis="March deliveries 1.1万辆, ranked second"),
    m(DEL, 9985, "vehicles", NIO, M3, basis="March deliveries, ranked last"),
    m("streak|consecutive_months", 6, "months", NIO, None, opt=True,
      basis="连续第六个月 monthly deliveries below XPeng and Li Auto"),
    m(DEL, 11000, "vehicles", LI, M3, opt=True, basis="detail repeat: 理想ONE 1.1万辆"),
    m(DG, 125.2, "%", LI, M3, basis="yoy (同比增)"),
    m(DEL, 31700, "vehicles", LI, Q1, basis="Q1 cumulative deliveries 3.17万辆"),
    m(DG, 152.1, "%", LI, Q1, basis="yoy"),
    m(CUM, 155800, "vehicles", LI, None, basis="cumulative deliveries to date 15.58万辆 (历史累计)"),
    m(DEL, 9985, "vehicles", NIO, M3, opt=True, basis="detail repeat"),
    m(DG, 37.6, "%", NIO, M3, basis="yoy"),
    m(DEL, 25800, "vehicles", NIO, Q1, basis="Q1 deliveries 2.58万辆"),
    m(DG, 28.5, "%", NIO, Q1, basis="yoy"),
    m(CUM, 192800, "vehicles", NIO, None, basis="cumulative deliveries to date 19.28万辆"),
    m(DEL, 15400, "vehicles", XP, M3, opt=True, basis="detail repeat"),
    m(DG, 202, "%", XP, M3, basis="yoy"),
    m(DEL, 34600, "vehicles", XP, Q1, basis="Q1 deliveries 3.46万辆"),
    m("deliveries_multiple|deliveries_ratio|deliveries_growth_multiple", 2.6, "x", XP, Q1,
      basis="相当于去年同期的2.6倍 (vs 2021Q1)"),
    m(CUM, None, "vehicles", XP, None, rng=(170000, None), opt=True, basis="cumulative deliveries 已超17万辆"),
    m(GUI, None, "vehicles", LI, Q1, rng=(30000, 32000), basis="Q1 delivery guidance from results, 3万-3.2万辆"),
    m(GUI, None, "vehicles", NIO, Q1, rng=(25000, 26000), basis="Q1 delivery guidance, 2.5万-2.6万辆"),
    m(GUI, None, "vehicles", XP, Q1, rng=(33500, 34000), basis="Q1 delivery guidance, 3.35万-3.4万辆"),
    m("streak|consecutive_quarters", 3, "quarters", XP, None, opt=True,
      basis="连续第三个季度 top deliveries among 蔚小理"),
], [])


# zh02: 南方日报's item on Guangdong's January-October 2021 foreign trade by the customs' Guangdong branch, on cnr.cn (no
# headline in the stored text, none composed; the byline "南方日报讯(记者/陈晓 通讯员/陈琳 吕美锦)" kept; the stored text
# breaks off at "同期,除口罩", so the passage ends with the containers / ships sentence). Periods: "2021年前10个月" printed ->
# 2021-01..10 for 前10个月 / 同期; "10月" -> 2021-10. Key, per line: value (亿元 / 万亿元 -> CNY), yoy growth (增长, "比去年同期
# (下同)"), share where printed. Totals: 6.71万亿元 (+18.2%, 21.2% of national trade), exports 4.11万亿元 (+18.9%), imports
# 2.6万亿元 (+17%); October 6843.6亿元 (+14.3%), exports 4319.8亿元 (+15.5%), imports 2523.8亿元 (+12.3%); trade modes 一般贸易
# 3.52万亿元 (+20.4%, share 52.4%, +1 pp), 加工贸易 1.8万亿元 (+14.8%, 26.8%), 保税物流 1.05万亿元 (+18.1%, 15.6%), 市场采购出口
# 2997.4亿元 (+20.3%); ownership 民营企业 3.81万亿元 (+21.6%, share +1.7 pp to 56.8%), 外商投资企业 2.54万亿元 (+14.1%, 37.9%),
# 国有企业 3429.1亿元 (+13.1%, 5.1%); partners 东盟 9998.8亿元 (+15.6%, 14.9%), 中国香港 9151.4亿元 (+17.3%), 美国 7974.8亿元
# (+17.2%), 欧盟 7452.8亿元 (+21.5%), 中国台湾 5202.5亿元 (+17.4%) ("依次…分别" mapped in order); 机电产品 exports 2.82万亿元 (+19.9%,
# 1 pp above total export growth, share +0.6 pp to 68.7%); 家用电器 2738.8亿元 (+18%), 自动数据处理设备及其零部件 2632.4亿元
# (+17.9%), 电工器材 2499.7亿元 (+22.4%), 集装箱 261.7亿元 ("增长3.2倍" -> +320 %), 船舶 128.8亿元 (+50%).
# Optional: the streak "连续12个月" (printed twice, one optional row each); the literal 3.2 "x" reading of 增长3.2倍.
# Judgement calls: "所占比重较去年同期提升1个百分点至52.4%" -> share 52.4 % and a key +1 pp change row, no prior derived;
# "比广东整体出口增速高出1个百分点" is a key +1 pp growth-gap row on 机电产品; shares of a category in Guangdong's trade take the
# category as entity; "第一大贸易伙伴" carries no row; 亿元 in a mainland customs release = CNY (人民币 printed once).
GD = "广东|广东省|Guangdong"
P, OCT = "2021-01..10", "2021-10"
TT = "total_trade|foreign_trade|imports_and_exports|trade_value"
TTG = "total_trade_growth|foreign_trade_growth|trade_growth|imports_and_exports_growth"
EX, EXG = "exports|export_value", "exports_growth|export_growth"
IM, IMG = "imports|import_value", "imports_growth|import_growth"
SH = "share|trade_share|share_of_trade"
SHC = "share_change|trade_share_change"


def _line(ent, val, growth, share=None, metric=TT, gmetric=TTG, per=P, note=""):
    rows = [m(metric, val, "CNY", ent, per, basis=note),
            m(gmetric, growth, "%", ent, per, basis="yoy (增长)")]
    if share is not None:
        rows.append(m(SH, share, "%", ent, per, basis="share of Guangdong's total trade (占)"))
    return rows


G["zh02"] = ([
    m(TT, 6.71e12, "CNY", GD, P, basis="进出口 6.71万亿元人民币"),
    m(TTG, 18.2, "%", GD, P, basis="yoy (较去年同期(下同)增长)"),
    m("share_of_national_trade|share|national_share", 21.2, "%", GD, P, basis="share of China's total trade in the period"),
    m(EX, 4.11e12, "CNY", GD, P),
    m(EXG, 18.9, "%", GD, P, basis="yoy"),
    m(IM, 2.6e12, "CNY", GD, P),
    m(IMG, 17, "%", GD, P, basis="yoy"),
    m("streak|consecutive_months", 12, "months", GD, None, opt=True, basis="连续12个月正增长 (first printing)"),
    m(TT, 6.8436e11, "CNY", GD, OCT, basis="October trade 6843.6亿元"),
    m(TTG, 14.3, "%", GD, OCT, basis="yoy"),
    m("streak|consecutive_months", 12, "months", GD, None, opt=True, basis="连续12个月 since November last year (second)"),
    m(EX, 4.3198e11, "CNY", GD, OCT),
    m(EXG, 15.5, "%", GD, OCT, basis="yoy"),
    m(IM, 2.5238e11, "CNY", GD, OCT),
    m(IMG, 12.3, "%", GD, OCT, basis="yoy"),
] + _line("一般贸易|广东一般贸易|general trade", 3.52e12, 20.4, 52.4, note="trade mode") + [
    m(SHC, 1, "pp", "一般贸易|广东一般贸易|general trade", P, basis="share 提升1个百分点至52.4%, vs a year earlier"),
] + _line("加工贸易|processing trade", 1.8e12, 14.8, 26.8, note="trade mode")
  + _line("保税物流|bonded logistics", 1.05e12, 18.1, 15.6, note="trade mode")
  + _line("市场采购|市场采购出口|market procurement", 2.9974e11, 20.3, metric=EX, gmetric=EXG, note="market procurement exports")
  + _line("民营企业|广东民营企业|private enterprises", 3.81e12, 21.6, note="ownership") + [
    m(SHC, 1.7, "pp", "民营企业|广东民营企业|private enterprises", P, basis="share 提升1.7个百分点, vs a year earlier"),
    m(SH, 56.8, "%", "民营企业|广东民营企业|private enterprises", P, basis="share of Guangdong's trade, 提升至56.8%"),
] + _line("外商投资企业|foreign-invested enterprises", 2.54e12, 14.1, 37.9, note="ownership")
  + _line("国有企业|state-owned enterprises|SOEs", 3.4291e11, 13.1, 5.1, note="ownership")
  + _line("东盟|ASEAN", 9.9988e11, 15.6, 14.9, note="trade with ASEAN, largest partner")
  + _line("中国香港|香港|Hong Kong", 9.1514e11, 17.3, note="trade with Hong Kong (依次 / 分别, in order)")
  + _line("美国|US|United States", 7.9748e11, 17.2, note="trade with the US")
  + _line("欧盟|EU|European Union", 7.4528e11, 21.5, note="trade with the EU")
  + _line("中国台湾|台湾|Taiwan", 5.2025e11, 17.4, note="trade with Taiwan")
  + _line("机电产品|mechanical and electrical products", 2.82e12, 19.9, metric=EX, gmetric=EXG,
          note="机电产品 exports") + [
    m("export_growth_gap|growth_differential|growth_gap", 1, "pp", "机电产品|mechanical and electrical products", P,
      basis="growth 高出 Guangdong's total export growth by 1个百分点"),
    m(SHC, 0.6, "pp", "机电产品|mechanical and electrical products", P, basis="share of exports 提升0.6个百分点"),
    m(SH, 68.7, "%", "机电产品|mechanical and electrical products", P, basis="share of Guangdong's exports, 至68.7%"),
] + _line("家用电器|household appliances", 2.7388e11, 18, metric=EX, gmetric=EXG, note="exports")
  + _line("自动数据处理设备及其零部件|automatic data processing equipment", 2.6324e11, 17.9, metric=EX, gmetric=EXG,
          note="exports")
  + _line("电工器材|electrical equipment", 2.4997e11, 22.4, metric=EX, gmetric=EXG, note="exports")
  + _line("集装箱|containers", 2.617e10, 320, metric=EX, gmetric=EXG, note="exports; growth 增长3.2倍 -> 320 %") + [
    m(EXG, 3.2, "x", "集装箱|containers", P, opt=True, basis="literal reading of 增长3.2倍"),
] + _line("船舶|ships", 1.288e10, 50, metric=EX, gmetric=EXG, note="exports"), [])


# zh03: solarzoom's topic-page round-up of four solar companies' first-half results (大全能源, 特变电工, 通威股份, 隆基绿能;
# the company headings kept as printed; no headline in the stored text, none composed). The stored text breaks off inside
# 隆基's shipment sentence ("…自用0.15GW,公司硅片、组"), a sentence joined by commas from "2023 年上半年" onward, so the
# passage ends with the sentence before it and the only printed year (2023) is not in the passage -> 上半年 / H1 take "H1",
# 隆基's Q2 takes None (Q2 in basis); capacities at period end take None. Key: 大全能源 revenue 93.25亿元 (-42.93%), 归母净利润
# 44.26亿元 (-53.53%), polysilicon output / sales 7.92 / 7.68万吨 (+18.7% / +0.6%, "分别" in order); 特变电工 total revenue
# 498.17亿元 (+16.8%), 归母 74.67亿元 (+8.17%), 扣非 70.77亿元 (+0.27%), gross margin 32.24% (-6.21 pct), built polysilicon
# capacity 30万吨/年; 通威 revenue 740.68亿元 (+22.75%), 归母 132.70亿元 (+8.56%), 扣非 126.20亿元 (+1.02%), polysilicon sales
# 17.77万吨 (+64%), domestic share 30%, cell sales 35.87GW (+65%), module sales 8.96GW, module capacity 55GW (提升至, no
# prior); 隆基 revenue 646.52亿元 (+28.36%), 归母 91.78亿元 (+41.63%), Q2 net profit 55.41亿元 (+45.18% yoy, +52.35% qoq).
# Optional: 大全's "达99%以上" yield ratio (open bound) and 特变's segment margin "同比下滑超11 个百分点" (open bound, -11 pp).
# Judgement calls: "7.92/7.68 万吨" is output / sales in that order ("产销量"); pct -> pp; "N 型", "第一梯队", "满产满销" no row.
DQ = "大全能源|Daqo New Energy|Daqo"
TB = "特变电工|特变|TBEA"
TW = "通威股份|通威|Tongwei"
LG = "隆基绿能|隆基|LONGi"
H = "H1"
REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NPA = "net_profit_attributable|net_profit|profit_attributable"
NPAG = "net_profit_attributable_growth|net_profit_growth"
KF = "net_profit_excl_nonrecurring|recurring_net_profit|deducted_net_profit|net_profit_attributable"
KFG = "net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|deducted_net_profit_growth"
G["zh03"] = ([
    m(REV, 9.325e9, "CNY", DQ, H, basis="营业收入"),
    m(REVG, -42.93, "%", DQ, H, basis="yoy (同比下滑)"),
    m(NPA, 4.426e9, "CNY", DQ, H, basis="归属上市公司股东的净利润"),
    m(NPAG, -53.53, "%", DQ, H, basis="yoy (同比下降)"),
    m("polysilicon_output|production|output", 79200, "tonnes", DQ, H, basis="多晶硅产量 7.92万吨 (产/销 7.92/7.68)"),
    m("polysilicon_sales|sales_volume", 76800, "tonnes", DQ, H, basis="多晶硅销量 7.68万吨"),
    m("polysilicon_output_growth|production_growth|output_growth", 18.7, "%", DQ, H, basis="yoy, output (分别, first)"),
    m("polysilicon_sales_growth|sales_volume_growth", 0.6, "%", DQ, H, basis="yoy, sales (分别, second)"),
    m("yield_ratio|output_ratio", None, "%", DQ, None, rng=(99, None), opt=True, basis="单晶硅片用料产出比例 达99%以上"),
    m("total_revenue|revenue|operating_revenue", 4.9817e10, "CNY", TB, H, basis="营业总收入"),
    m(REVG, 16.8, "%", TB, H, basis="yoy"),
    m(NPA, 7.467e9, "CNY", TB, H, basis="归母净利润"),
    m(NPAG, 8.17, "%", TB, H, basis="yoy (同比增加)"),
    m(KF, 7.077e9, "CNY", TB, H, basis="扣非归母净利润"),
    m(KFG, 0.27, "%", TB, H, basis="yoy"),
    m("gross_margin", 32.24, "%", TB, H, basis="整体毛利率"),
    m("gross_margin_change", -6.21, "pp", TB, H, basis="yoy, 同比下滑6.21pct"),
    m("gross_margin_change", None, "pp", "新能源产业及配套工程|" + TB, H, rng=(None, -11), opt=True,
      basis="segment gross margin 同比下滑超11 个百分点"),
    m("polysilicon_capacity|capacity", 300000, "tonnes/year", TB, None, basis="已建成产能 30 万吨/年, at period end"),
    m(REV, 7.4068e10, "CNY", TW, H, basis="营业收入"),
    m(REVG, 22.75, "%", TW, H, basis="yoy"),
    m(NPA, 1.327e10, "CNY", TW, H, basis="归母净利润"),
    m(NPAG, 8.56, "%", TW, H, basis="yoy"),
    m(KF, 1.262e10, "CNY", TW, H, basis="扣非归母净利润"),
    m(KFG, 1.02, "%", TW, H, basis="yoy"),
    m("polysilicon_sales|sales_volume", 177700, "tonnes", TW, H, basis="硅料销量 17.77 万吨"),
    m("polysilicon_sales_growth|sales_volume_growth", 64, "%", TW, H, basis="yoy"),
    m("market_share|domestic_market_share", 30, "%", TW, H, basis="domestic polysilicon market share"),
    m("cell_sales|sales_volume|shipments", 35.87, "GW", TW, H, basis="电池片销量"),
    m("cell_sales_growth|sales_volume_growth|shipments_growth", 65, "%", TW, H, basis="yoy"),
    m("module_sales|sales_volume|shipments", 8.96, "GW", TW, H, basis="组件销量"),
    m("module_capacity|capacity", 55, "GW", TW, None, basis="组件产能 提升至55GW, at period end"),
    m(REV, 6.4652e10, "CNY", LG, H, basis="营收"),
    m(REVG, 28.36, "%", LG, H, basis="yoy"),
    m(NPA, 9.178e9, "CNY", LG, H, basis="归母净利润"),
    m(NPAG, 41.63, "%", LG, H, basis="yoy"),
    m("net_profit|net_profit_attributable", 5.541e9, "CNY", LG, None, basis="Q2 (no year printed) 净利润"),
    m("net_profit_growth|net_profit_attributable_growth", 45.18, "%", LG, None, basis="Q2, yoy"),
    m("net_profit_growth_qoq|net_profit_growth|net_profit_qoq_growth", 52.35, "%", LG, None, basis="Q2, qoq (环比)"),
], [])


# zh04: 国信证券's weekly ETF report as a Sina research-report page (whole stored item). Headline reworded around "证券ETF",
# "下跌2.9%" and "净申购37亿"; the field line "类别:基金 机构:国信证券股份有限公司 研究员:张欣慰/杨丽华/邹璐 日期:2022-01-17"
# kept as printed; section heads reworded. The week "2022 年01 月10 日至2022 年01 月14 日" is printed -> period None with the week
# in basis (no ISO week form). Key: headline 证券ETF weekly -2.9% (its only printing); stock-ETF median weekly return -1.31%;
# best medians 创业板类ETF 0.71%, 周期ETF 0.34%, 新能车ETF 3.59%; stock-ETF net subscription 156.85亿元 and size increase
# 28.09亿元; largest net subscriptions 中证500ETF 21.24亿元, 大金融ETF 34.14亿元, 证券ETF 36.78亿元; stock-ETF financing balance
# 336.16亿元 (prior 331.51亿元) and securities-lending volume 45.64亿份 (prior 45.30亿份); 3 new ETFs to be issued this week.
# Optional: the headline's "净申购37亿" (rounded twin of 36.78亿元, printed without 元 -> CNY); the priors 331.51亿元 and
# 45.30亿份 as rows of their own (前周).
# Judgement calls: 亿份 are fund units (unit "units"); a median return is a "%" row on the ETF group; valuation percentiles
# are described in words only (no row); "前10 只", "前三" and "三家基金公司" are ranks (no row).
WK = "week 2022-01-10..2022-01-14"
NS = "net_subscription|net_inflow|net_creation|fund_flow"
RET = "median_weekly_return|weekly_return|return|price_change"
STK = "股票型ETF|stock ETFs|equity ETFs"
SEC = "证券ETF|securities ETFs|brokerage ETFs"
G["zh04"] = ([
    m("price_change|weekly_return|return", -2.9, "%", SEC, None, basis="headline: 证券ETF下跌2.9%, " + WK),
    m(NS, 3.7e9, "CNY", SEC, None, opt=True, basis="headline: 逆市净申购37亿 (rounded twin of 36.78亿元)"),
    m(RET, -1.31, "%", STK, None, basis="周收益率中位数, " + WK),
    m(RET, 0.71, "%", "创业板类ETF|ChiNext ETFs", None, basis="涨跌幅中位数, highest among broad-based ETFs"),
    m(RET, 0.34, "%", "周期ETF|cyclical ETFs", None, basis="涨跌幅中位数, highest by sector"),
    m(RET, 3.59, "%", "新能车ETF|new-energy vehicle ETFs", None, basis="涨跌幅中位数, highest by theme"),
    m(NS, 1.5685e10, "CNY", STK, None, basis="净申购, " + WK),
    m("fund_size_change|aum_change|scale_change", 2.809e9, "CNY", STK, None, basis="整体规模增加"),
    m(NS, 2.124e9, "CNY", "中证500ETF|CSI 500 ETF", None, basis="largest among broad-based ETFs"),
    m(NS, 3.414e9, "CNY", "大金融ETF|financial ETFs", None, basis="largest by sector"),
    m(NS, 3.678e9, "CNY", SEC, None, basis="largest by theme"),
    m("margin_financing_balance|financing_balance|margin_balance", 3.3616e10, "CNY", STK, None, prior=3.3151e10,
      basis="融资余额 由前周的331.51亿元上升至336.16亿元, Monday-Thursday"),
    m("margin_financing_balance|financing_balance|margin_balance", 3.3151e10, "CNY", STK, None, opt=True,
      basis="前周 financing balance (prior)"),
    m("securities_lending_volume|short_volume|securities_lending_balance", 4.564e9, "units", STK, None, prior=4.530e9,
      basis="融券余量 由前周的45.30亿份上升至45.64亿份"),
    m("securities_lending_volume|short_volume|securities_lending_balance", 4.530e9, "units", STK, None, opt=True,
      basis="前周 securities-lending volume (prior)"),
    m("new_etf_issues|etf_launches|new_funds", 3, "funds", "ETF|新发ETF|new ETFs", None, basis="本周计划发行的ETF 共3 只"),
], [])


# zh05: 房讯网 item on two Dongguan land parcels (whole stored item; no headline, none composed; the closing "来 源:房讯网"
# and "编 辑:chenhong" lines dropped as furniture). Period None ("近日"). Plot codes (2020WR004号, 2021WR002号) and the zoning
# code (R2) are names. Key, plot 2020WR004 (寮步镇缪边社区): site area 1.06万平方米 (lead; the detail repeat optional), 限价5亿元
# (cap), 最高楼面价约21215元/平方米 (cap, per m2), 容积率上限2.5 (cap, "x"), gross floor area 2.64万平方米, starting price 3.72亿元,
# 最高限价5.07亿元 (cap), the fixed affordable-housing share 10%, its cap 不超过20%, the final-offer band 5.07亿元~5.09亿元.
# Plot 2021WR002 (凤岗镇三联村), won by 深圳市乐享置业有限公司 (招商蛇口): price 约3.3亿元, floor price 24021元/平方米, site area
# 5.5万平方米, plot ratio 2.5, gross floor area 约1.37万平方米 (as printed, although 5.5万 x 2.5 would be 13.75万), starting price
# 1.85亿元, 最高限价3.29亿元 (cap; the printed price 约3.3亿元 is above it — both as printed), starting floor price 13459元/平方米,
# 最高楼面限价23936元/平方米 (cap). Optional: the height limit 限高80米 (cap), "达到20%时" (the cap restated), "两家或以上" bidders
# (twice, open bounds), commercial area 不超过5% (cap), the 18-month development period.
# Judgement calls: 限价 / 最高限价 / 最高楼面价 / 上限 / 不超过 are caps -> rng=(None, X) (dev corpus: 最多X -> (None, X));
# the lead's 限价5亿元 and the rules' 最高限价5.07亿元 are both kept as printed (two caps); 约 is dropped from values.
L1 = "2020WR004号建设用地|2020WR004|寮步镇缪边社区|东莞宅地|Dongguan residential plot"
L2 = "2021WR002号商住地|2021WR002|凤岗镇三联村|深圳市乐享置业有限公司|招商蛇口|China Merchants Shekou"
AREA, GFA = "site_area|land_area|area", "gross_floor_area|floor_area|gfa"
CAP = "price_cap|maximum_price|land_price_cap|price_limit"
FP = "floor_price|land_floor_price|price_per_m2"
SP = "starting_price|reserve_price|opening_price"
PR = "plot_ratio|floor_area_ratio"
G["zh05"] = ([
    m(AREA, 10600, "m2", L1, None, basis="宅地 1.06万平方米 (lead)"),
    m(CAP, None, "CNY", L1, None, rng=(None, 5e8), basis="限价5亿元"),
    m(FP, None, "CNY", L1, None, rng=(None, 21215), basis="最高楼面价约21215元/平方米, per m2 (cap)"),
    m(AREA, 10600, "m2", L1, None, opt=True, basis="detail repeat, 占地1.06万平方米"),
    m(PR, None, "x", L1, None, rng=(None, 2.5), basis="容积率上限2.5"),
    m(GFA, 26400, "m2", L1, None, basis="总建筑面积 2.64万平方米"),
    m("height_limit|building_height_cap", None, "metres", L1, None, rng=(None, 80), opt=True, basis="限高80米"),
    m(SP, 3.72e8, "CNY", L1, None, basis="起拍价"),
    m(CAP, None, "CNY", L1, None, rng=(None, 5.07e8), basis="auction rule: 最高限价5.07亿元"),
    m("bidders|companies", None, "companies", L1, None, rng=(2, None), opt=True, basis="两家或以上企业 (rule, first)"),
    m("affordable_housing_share|social_housing_ratio", 10, "%", L1, None, basis="原固定配建 10% of floor area"),
    m("affordable_housing_share|social_housing_ratio", None, "%", L1, None, rng=(None, 20),
      basis="配建比例 加价 不超过20%"),
    m("affordable_housing_share|social_housing_ratio", 20, "%", L1, None, opt=True, basis="达到20%时 (the cap restated)"),
    m("bidders|companies", None, "companies", L1, None, rng=(2, None), opt=True, basis="两家或以上企业 (rule, second)"),
    m("final_offer_range|price_range|bid_range", None, "CNY", L1, None, rng=(5.07e8, 5.09e8), basis="终次报价区间"),
    m("winning_price|transaction_price|land_price", 3.3e8, "CNY", L2, None, basis="成交价约3.3亿元"),
    m(FP, 24021, "CNY", L2, None, basis="楼面价, per m2"),
    m(AREA, 55000, "m2", L2, None, basis="占地5.5万平方米"),
    m(PR, 2.5, "x", L2, None, basis="容积率"),
    m(GFA, 13700, "m2", L2, None, basis="总建筑面积约1.37万平方米 (as printed)"),
    m(SP, 1.85e8, "CNY", L2, None, basis="起价"),
    m(CAP, None, "CNY", L2, None, rng=(None, 3.29e8), basis="最高限价3.29亿元"),
    m("starting_floor_price|floor_price", 13459, "CNY", L2, None, basis="楼面起价, per m2, 剔除配建"),
    m("floor_price_cap|floor_price", None, "CNY", L2, None, rng=(None, 23936), basis="最高楼面限价, per m2"),
    m("commercial_share|commercial_area_share", None, "%", L2, None, rng=(None, 5), opt=True,
      basis="商业面积不超过总建筑面积的5%"),
    m("development_period|construction_period", 18, "months", L2, None, opt=True, basis="开发建设期"),
], [])


# zh06: a Chengdu newspaper's item (本报讯, 记者董天刚 / 实习生刘阳) on the day's gold fall on the Shanghai Gold Exchange and the
# jewellery base prices, on news.sohu.com (whole stored item; the stray "|" after it dropped; no headline in the stored text,
# none composed; the closing quotation rendered as indirect speech — it has no figure). Period None ("昨日", "13日"; no year
# printed). Prices per gram in CNY with "per gram" in basis. Key: 千足金 base price 194 (from 199) and 铂金 base price 362 (from
# 375) on 13日; au9995 close 160 and change -2.16 (跌); au9999 close 160.28 and change -2.00 ("分别下跌了2.16元和2.00元/克",
# in order); 成都 jewellery 210—220元/克 (closed range).
# Optional: the lead's "大跌2元/克" and "回到160元/克" (approximate / exact restatements of the body's close and changes), the
# old base prices 199 and 375 as rows of their own, the opens (162, 162.10) and the intraday low / high (159.78, 162.00),
# and the "分别" sentence's repeat of au9995's -2.16.
# Judgement calls: "上交所" here is the Shanghai Gold Exchange (上海黄金交易所), kept as printed; au9999's "162.10元" /
# "160.28元" are per gram (no /克 printed); no prior close is derived.
SG = "上交所主力黄金交易品种|上海黄金交易所|上交所|黄金|gold"
A95 = "au9995|au9995黄金|Au99.95"
A99 = "au9999|au9999黄金|Au99.99"
PX = "price|close|gold_price"
PC = "price_change|change"
BP = "base_price|jewellery_base_price|price"
G["zh06"] = ([
    m(PC, -2, "CNY", SG, None, opt=True, basis="昨日 单日大跌2元/克 (approximate restatement), per gram"),
    m(PX, 160, "CNY", SG, None, opt=True, basis="又回到160元/克 (twin of au9995's close), per gram"),
    m(BP, 194, "CNY", "上海黄金饰金基准价格|千足金|Shanghai gold jewellery base price", None, prior=199,
      basis="13日, 千足金, 由199元/克调整为194元/克, per gram"),
    m(BP, 199, "CNY", "上海黄金饰金基准价格|千足金|Shanghai gold jewellery base price", None, opt=True,
      basis="old base price, per gram"),
    m(BP, 362, "CNY", "铂金饰金基准价格|铂金饰金|platinum jewellery base price", None, prior=375,
      basis="13日, 由375元/克调整为362元/克, per gram"),
    m(BP, 375, "CNY", "铂金饰金基准价格|铂金饰金|platinum jewellery base price", None, opt=True,
      basis="old base price, per gram"),
    m(PX, 162, "CNY", A95, None, opt=True, basis="open, per gram"),
    m(PX, 159.78, "CNY", A95, None, opt=True, basis="intraday low (最低下探至), per gram"),
    m(PX, 162.00, "CNY", A95, None, opt=True, basis="intraday high (最高至), per gram"),
    m(PX, 160, "CNY", A95, None, basis="close, per gram"),
    m(PC, -2.16, "CNY", A95, None, basis="跌2.16元/克, per gram"),
    m(PX, 162.10, "CNY", A99, None, opt=True, basis="open, per gram"),
    m(PX, 160.28, "CNY", A99, None, basis="close, per gram"),
    m(PC, -2.16, "CNY", A95, None, opt=True, basis="分别下跌 repeat, per gram"),
    m(PC, -2.00, "CNY", A99, None, basis="分别下跌…2.00元/克, per gram"),
    m(PX, None, "CNY", "成都黄金饰品|成都金饰|Chengdu gold jewellery", None, rng=(210, 220),
      basis="retail jewellery price 210—220元/克, per gram"),
], [])
