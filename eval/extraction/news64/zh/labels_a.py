# Hand labels for news64/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read. The unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep: "tonnes", "passengers", "teu", "count", "days", "vehicles", "stores", "months", "models",
# "dealers", "industries", "shares", "years"; "CNY", "%", "pp", "bp" as in the development corpus).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news63/zh/README.md and news62/zh/README.md with news62/zh/labels_*.py.
# Values fully scaled (亿元 / bare 亿 -> x1e8, 万 -> x1e4, 亿吨 -> x1e8 tonnes, 万标箱 -> x1e4 teu, 万车 -> x1e4, 万股 -> x1e4
# shares); mainland 元 / bare 亿 = CNY; declines negative (下降, 下行, 减少, a printed "-15%"); 同比 = yoy, 环比 = qoq/mom in
# basis; 个百分点 -> pp, 个基点 -> bp; 约X / 近X / X左右 -> X; 逾 / 突破 / 超过 X are open lower bounds (rng=(X, None)), key
# when they are the only figure printed for the subject's own quantity, otherwise optional. A figure printed twice (a
# headline or lead repeated in the body) is one key row plus an optional twin. Brokers' targets and ratings only in
# rating actions; the Sohu page row's start price, upside and post-rating highs are optional. Dividends per 10 shares
# are labelled as printed with basis "per 10 shares, pre-tax". Counts with no earlier unit word (wagons loaded 车,
# trains 列, power plants 家, charging stations 座, production shifts) use the lenient "count" unit; 标箱 is "teu".
# Streaks (连续3天, 连续两个月, 连续四个月) and tenors are optional.
# Periods only where the text states or clearly implies the year: zh01 None (一季度, 3月份: no year printed; the page's
# date line 2024-08-09 was left out as page furniture and is not the data's year); zh02 FY2022 / 2022-12-31 (printed
# 2022年年报, 截至2022年12月31日) and FY2023 for this year's target and capex (今年 under the kept source line 2023-04-04);
# zh03 2023Q1 and 2023-03-31 (printed 2023Q1, 23Q1末), None for the page row; zh04 None (2月17日电, 17日: no year printed);
# zh05 2021-08 (8月 under the kept dateline 2021-09-03), 2021Q4 (今年第四季度), 2022H1 (明年上半年), 2021-12-31 (年底前);
# zh06 None (今年1-10月, 1-9月: no year printed).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a China State Railway Group first-quarter transport release on a mirror page (jinslawyer.com index.php/xw/522;
# whole stored item once page furniture is left out: the site's menu, phone / e-mail / address lines, the spam prefix
# "乐鱼体育官网app下载-" of the title and the page date "日期:2024-08-09" (its 2024, 08, 09 dropped), and the trailing
# "上一条新闻 下一条新闻 【返回】"). The title "5.37亿吨!" kept, reworded ("煤炭发送5.37亿吨!"); the lead paragraph, which
# repeats the coal figures of the body, kept.
# Key (period None, 一季度): coal 5.37亿吨 (+3.4%), of which thermal coal 3.98亿吨 (+13%) (lead); passengers 7.53亿人
# (+66%), freight 9.7亿吨 (+2.3%); March daily passengers 858万人 (+171%); 广深港高铁 daily passengers 逾2万人 (bound, the
# only average printed for it); daily wagon loadings 17.96万车 (+3.1%), 18.61万车 since March; coal stocks at the
# railway-supplied plants 24.4 days; 中欧班列 4186 trains and 45万标箱 (+15% / +28%); 西部陆海新通道 sea-rail container
# trains 19.1万标箱 (+11.7%); 中老铁路 cross-border freight 100.4万吨 (+276%).
# Optional: the title's 5.37亿吨; the body's repeats of the coal, passenger and freight figures (8 twins); the peak day
# 突破4万人; the 连续3天 streak; the count of 363 railway-supplied power plants.
# Judgement calls: "基本恢复至2019年同期水平" compares with a year but prints no figure -> no row; 车 (wagons) and 列
# (trains) take "count"; "同比分别增长15%、28%" is read in order (trains +15 %, teu +28 %).
RW = "国家铁路|国铁集团|中国国家铁路集团有限公司|China Railway|China State Railway Group"
COAL1 = "煤炭|coal|" + RW
THC1 = "电煤|thermal coal|power coal|" + RW
GSH1 = "广深港高铁|Guangzhou-Shenzhen-Hong Kong Express Rail Link|XRL"
PLANT1 = "铁路直供电厂|railway-supplied power plants|power plants"
CE1 = "中欧班列|China-Europe Railway Express|China-Europe freight trains"
NWL1 = "西部陆海新通道海铁联运集装箱班列|西部陆海新通道|New International Land-Sea Trade Corridor"
CL1 = "中老铁路|China-Laos Railway"
Q1 = "一季度 (no year printed)"
FRT = "freight_volume|shipments|cargo_volume|coal_shipments"
FRTG = "freight_volume_growth|shipments_growth|growth"
PAX = "passengers|passenger_volume|passengers_carried|passenger_trips"
PAXG = "passengers_growth|passenger_volume_growth|growth"
G["zh01"] = ([
    m(FRT, 5.37e8, "tonnes", COAL1, None, opt=True, basis="title (twin)"),
    m(FRT, 5.37e8, "tonnes", COAL1, None, basis="发送煤炭, lead, " + Q1),
    m(FRTG, 3.4, "%", COAL1, None, basis="yoy, lead"),
    m(FRT, 3.98e8, "tonnes", THC1, None, basis="其中电煤, lead"),
    m(FRTG, 13, "%", THC1, None, basis="yoy, lead"),
    m(PAX, 7.53e8, "passengers", RW, None, basis="累计运输旅客 (亿人), " + Q1),
    m(PAXG, 66, "%", RW, None, basis="yoy"),
    m(FRT, 9.7e8, "tonnes", RW, None, basis="发送货物, " + Q1),
    m(FRTG, 2.3, "%", RW, None, basis="yoy"),
    m(PAX, 7.53e8, "passengers", RW, None, opt=True, basis="repeat in the official's account (twin)"),
    m(PAXG, 66, "%", RW, None, opt=True, basis="repeat (twin)"),
    m("daily_passengers|average_daily_passengers|" + PAX, 8.58e6, "passengers", RW, None,
      basis="3月份 日均运送旅客 (no year printed)"),
    m("daily_passengers_growth|" + PAXG, 171, "%", RW, None, basis="yoy, 3月份 daily average"),
    m("daily_passengers|average_daily_passengers|" + PAX, None, "passengers", GSH1, None, rng=(2e4, None),
      basis="日均运送旅客逾2万人 since resuming on 1月15日 (bound, the only average printed)"),
    m("daily_passengers|peak_daily_passengers|" + PAX, None, "passengers", GSH1, None, rng=(4e4, None), opt=True,
      basis="最高日突破4万人 (peak day, bound)"),
    m(FRT, 9.7e8, "tonnes", RW, None, opt=True, basis="repeat in the official's account (twin)"),
    m(FRTG, 2.3, "%", RW, None, opt=True, basis="repeat (twin)"),
    m("daily_car_loadings|daily_wagon_loadings|carloads", 1.796e5, "count", RW, None,
      basis="日均装车 17.96万车 (wagons), " + Q1),
    m("daily_car_loadings_growth|carloads_growth|growth", 3.1, "%", RW, None, basis="yoy"),
    m("daily_car_loadings|daily_wagon_loadings|carloads", 1.861e5, "count", RW, None,
      basis="3月份以来 日均装车 18.61万车"),
    m("record_streak|consecutive_days", 3, "days", RW, None, opt=True, basis="连续3天刷新单日装车历史纪录"),
    m(FRT, 5.37e8, "tonnes", COAL1, None, opt=True, basis="body repeat of the lead (twin)"),
    m(FRTG, 3.4, "%", COAL1, None, opt=True, basis="body repeat (twin)"),
    m(FRT, 3.98e8, "tonnes", THC1, None, opt=True, basis="body repeat (twin)"),
    m(FRTG, 13, "%", THC1, None, opt=True, basis="body repeat (twin)"),
    m("count|power_plants", 363, "count", PLANT1, None, opt=True, basis="全国363家铁路直供电厂"),
    m("coal_stock_days|days_of_coal_supply|inventory_days", 24.4, "days", PLANT1 + "|" + RW, None,
      basis="存煤平均可耗天数 达"),
    m("train_trips|trains_operated|services", 4186, "count", CE1, None, basis="开行 (列), " + Q1),
    m("train_trips_growth|trains_operated_growth|growth", 15, "%", CE1, None, basis="yoy (分别, first)"),
    m("container_volume|freight_volume|volume", 4.5e5, "teu", CE1, None, basis="发送货物 45万标箱"),
    m("container_volume_growth|freight_volume_growth|growth", 28, "%", CE1, None, basis="yoy (分别, second)"),
    m("container_volume|freight_volume|volume", 1.91e5, "teu", NWL1, None, basis="海铁联运集装箱班列 发送 19.1万标箱"),
    m("container_volume_growth|freight_volume_growth|growth", 11.7, "%", NWL1, None, basis="yoy"),
    m("cross_border_freight|freight_volume|shipments", 1.004e6, "tonnes", CL1, None, basis="跨境货物 100.4万吨"),
    m("cross_border_freight_growth|freight_volume_growth|growth", 276, "%", CL1, None, basis="yoy"),
], [])


# zh02: 广州日报 on 贵州茅台's 2022 annual results and dividend, relayed by wugang.gqsoso.com (20230404/849042; whole stored
# item once furniture is left out: the "(相关资料图)" caption and the closing "关键词:"; the source note "(文章来源:广州日报)"
# kept, reworded). Headline kept, reworded and reordered ("环球要闻:分红325亿元!贵州茅台去年净利增长近20%" ->
# "环球要闻:贵州茅台去年净利增长近20% 拟分红325亿元!"); the source line "来源:广州日报 • 2023-04-04 06:00:46" kept.
# Key (FY2022): total revenue 约1275.54亿元 (+16.53%); net profit 627.16亿元 (+19.55%); basic EPS 49.93元; dividend
# 259.11元 per 10 shares (pre-tax); payout 约51.8% of net profit; total cash dividend 约325.49亿元; share capital
# 125,619.78万股 (2022-12-31); direct-sales revenue 约493.79亿元 with its share 39.8%. Key (FY2023): the revenue-growth target
# 15% and 71.09亿元 for capital construction.
# Optional: the headline's 近20% and 325亿元, the first paragraph's rounded 325亿元 (twins of 19.55% and 325.49亿元); the
# second printing of 259.11元; "两次/两度" dividends in 2022 (a count).
# Judgement calls: the rounded 合计拟分红325亿元 and the exact 约325.49亿元 are one amount -> the exact figure key, the rounded
# ones optional; "占总营收比重提高至39.8%" gives a level without the earlier share -> no prior; 今年 under the 2023-04-04
# source line -> FY2023 for the target and capex.
MT2 = "贵州茅台|贵州茅台酒股份有限公司|茅台|Kweichow Moutai|Moutai|600519"
Y2, E2, T2 = "FY2022", "2022-12-31", "FY2023"
DIV2 = "cash_dividend_total|total_dividend|dividend_payout|dividends"
G["zh02"] = ([
    m("net_profit_growth", 20, "%", MT2, Y2, opt=True, basis="headline 近20% (twin of 19.55%)"),
    m(DIV2, 3.25e10, "CNY", MT2, Y2, opt=True, basis="headline 分红325亿元 (twin)"),
    m("revenue|total_revenue|operating_revenue", 1.27554e11, "CNY", MT2, Y2, basis="营业总收入 约"),
    m("revenue_growth|total_revenue_growth", 16.53, "%", MT2, Y2, basis="yoy"),
    m("net_profit|net_profit_attributable", 6.2716e10, "CNY", MT2, Y2, basis="净利润"),
    m("net_profit_growth|net_profit_attributable_growth", 19.55, "%", MT2, Y2, basis="yoy"),
    m("eps|basic_eps|earnings_per_share", 49.93, "CNY", MT2, Y2, basis="基本每股收益"),
    m("dividend|dividend_per_share|dps", 259.11, "CNY", MT2, Y2, basis="per 10 shares, pre-tax, proposed"),
    m(DIV2, 3.25e10, "CNY", MT2, Y2, opt=True, basis="合计拟分红325亿元 (rounded twin of 325.49亿元)"),
    m("payout_ratio|dividend_payout_ratio", 51.8, "%", MT2, Y2, basis="约为去年净利润的51.8%"),
    m("revenue_growth_target|revenue_growth", 15, "%", MT2, T2, basis="target (经营目标), 全年营收增长"),
    m("capex|capital_expenditure|investment", 7.109e9, "CNY", MT2, T2, basis="planned investment in 基本建设"),
    m("count|dividend_payments", 2, "count", MT2, Y2, opt=True, basis="两次大手笔分红 in 2022"),
    m("dividend|dividend_per_share|dps", 259.11, "CNY", MT2, Y2, opt=True, basis="repeat (twin)"),
    m("shares_outstanding|share_capital|total_shares", 1.2561978e9, "shares", MT2, E2, basis="总股本 125,619.78万股"),
    m(DIV2, 3.2549e10, "CNY", MT2, Y2, basis="合计拟派发现金红利 约325.49亿元 (含税)"),
    m("direct_sales_revenue|revenue", 4.9379e10, "CNY", "直销渠道|direct sales|" + MT2, Y2, basis="约"),
    m("direct_sales_share|revenue_share|share", 39.8, "%", "直销渠道|direct sales|" + MT2, Y2,
      basis="share of total revenue, 提高至"),
], [])


# zh03: a Sohu Securities "最新买入评级" analyst page with 中邮证券 (China Post Securities) analyst 华夏霖's note on 天味食品's
# first quarter of 2023 (q.stock.sohu.com jlp analyst 303051781; the page chrome left out: the "金融事业部 搜狐证券 |独家推出"
# banner, the analyst's registration number and 20-day / 60-day hit-rate box ("0% (--)"), the search links and pager
# "1/1"; the table's column heads and the one row re-set as labelled fields, every cell as printed). The stored note
# breaks off in "23Q1公司毛利率为 40.62%,同比提升 4.67pct,我们认为毛利" (the sentence runs on), so the passage ends with
# the sentence before it (23, 1, 40.62 and 4.67 dropped). Kept as printed: the stray spaces before figures (" 7.66亿",
# " 19.96%/…", " 34%/…", " 3501家", "高增长 。"), the letter-spaced "分 渠 道 …" clause, "火锅底" (cut word), the repeated
# "西北" in the list of regions, bare 亿 without 元, "2023一季度" without 年.
# Key (2023Q1): revenue 7.66亿 (+21.79%), attributable net profit 1.28亿 (+27.74%), recurring net profit 1.19亿
# (+21.61%); growth by product (火锅底料 19.96%, 中式餐调 20.34%, 香肠腊肉调料 404.21%), by channel (经销 19.48%, 定制餐调
# 10.53%, 电商 96.62%) and by region (西南 34%, 华中 20%, 华东 16%, 西北 -15%, 华北 43%, 东北 24%, 华南 15%); 3501 dealers at
# 23Q1末 (+87 qoq, +133 yoy).
# Optional: the page row's 起评价 16.72, 目标空间 37.93% and the 20-day / 60-day highs 17.53 and gains 4.84% (twice each).
# Rating action: 中邮证券 maintain on 天味食品, buy (a 最新买入评级 page), target 20.80 CNY, no earlier target printed.
# Judgement calls: the target appears only in the rating action (no target_price row); the slash series are read in
# order; "环比/同比分别增加87/133家" are changes in the dealer count (qoq 87, yoy 133) dated 2023-03-31.
TW3 = "天味食品|四川天味食品|Teway Food|Sichuan Teway Food|天味"
ZY3 = "中邮证券|China Post Securities|华夏霖"
Q3, E3 = "2023Q1", "2023-03-31"
SEG3 = "segment_revenue_growth|revenue_growth|sales_growth"
G["zh03"] = ([
    m("price|share_price|start_price", 16.72, "CNY", TW3, None, opt=True, basis="page row 起评价 (2023-04-26)"),
    m("upside|target_upside", 37.93, "%", TW3, None, opt=True, basis="page row 目标空间(相对现价)"),
    m("high_price|price", 17.53, "CNY", TW3, None, opt=True, basis="page row 20日短线最高价"),
    m("max_gain|price_change", 4.84, "%", TW3, None, opt=True, basis="page row 20日最高涨幅"),
    m("high_price|price", 17.53, "CNY", TW3, None, opt=True, basis="page row 60日中线最高价"),
    m("max_gain|price_change", 4.84, "%", TW3, None, opt=True, basis="page row 60日最高涨幅"),
    m("revenue|operating_revenue", 7.66e8, "CNY", TW3, Q3, basis="营业收入 7.66亿 (no 元)"),
    m("revenue_growth|operating_revenue_growth", 21.79, "%", TW3, Q3, basis="yoy"),
    m("net_profit_attributable|net_profit", 1.28e8, "CNY", TW3, Q3, basis="归母净利润"),
    m("net_profit_attributable_growth|net_profit_growth", 27.74, "%", TW3, Q3, basis="yoy"),
    m("net_profit_excl_nonrecurring|deducted_net_profit|recurring_net_profit", 1.19e8, "CNY", TW3, Q3,
      basis="扣非归母净利润"),
    m("net_profit_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth", 21.61, "%",
      TW3, Q3, basis="yoy"),
    m(SEG3, 19.96, "%", "火锅底料|hotpot seasoning|" + TW3, Q3, basis="product, 分别增长"),
    m(SEG3, 20.34, "%", "中式餐调|Chinese dish seasoning|" + TW3, Q3, basis="product"),
    m(SEG3, 404.21, "%", "香肠腊肉调料|sausage and cured meat seasoning|" + TW3, Q3, basis="product"),
    m(SEG3, 19.48, "%", "经销|经销渠道|distribution channel|" + TW3, Q3, basis="channel, 增速"),
    m(SEG3, 10.53, "%", "定制餐调|定制餐调渠道|customised catering seasoning|" + TW3, Q3, basis="channel"),
    m(SEG3, 96.62, "%", "电商|电商渠道|e-commerce|" + TW3, Q3, basis="channel"),
    m(SEG3, 34, "%", "西南|西南地区|Southwest|" + TW3, Q3, basis="region, yoy"),
    m(SEG3, 20, "%", "华中|华中地区|Central China|" + TW3, Q3, basis="region, yoy"),
    m(SEG3, 16, "%", "华东|华东地区|East China|" + TW3, Q3, basis="region, yoy"),
    m(SEG3, -15, "%", "西北|西北地区|Northwest|" + TW3, Q3, basis="region, yoy (printed -15%)"),
    m(SEG3, 43, "%", "华北|华北地区|North China|" + TW3, Q3, basis="region, yoy"),
    m(SEG3, 24, "%", "东北|东北地区|Northeast|" + TW3, Q3, basis="region, yoy"),
    m(SEG3, 15, "%", "华南|华南地区|South China|" + TW3, Q3, basis="region, yoy"),
    m("dealers|distributors|number_of_dealers", 3501, "dealers", TW3, E3, basis="23Q1末 合作经销商"),
    m("dealers_change|distributors_change|net_new_dealers", 87, "dealers", TW3, E3, basis="qoq (环比增加)"),
    m("dealers_change|distributors_change|net_new_dealers", 133, "dealers", TW3, E3, basis="yoy (同比增加)"),
], [
    ra(ZY3, TW3, "maintain", "buy", None, 20.80, None, "CNY"),
])


# zh04: 新华社 (Xinhua) on the central bank's MLF operation with a 10-basis-point cut, a reverse repo and the day's Shibor,
# on a machine-reworded mirror page (changhecl.com 41996; whole stored item; no headline in the stored text and none
# composed; the dateline "新华社北京2月17日电(记者张千千、吴雨)" kept). The mirror's word substitutions are kept where they
# are names or terms ("中期假贷便当(MLF)" for 中期借贷便利, "借款商场报价利率(LPR)", "我国民生银行", "商场" for 市场 in
# "金融商场", "货币商场", "债券商场", "银行间商场", "显现", "翻开空间").
# Key (period None): MLF 2000亿元 and its rate cut of 10个基点 (lead); reverse repo 1000亿元; 10000亿元 of reverse repos
# maturing; the MLF winning rate 3.15%; the 7-day reverse-repo rate 2.4%; Shibor overnight 1.425% (+16.9 bp), 7-day
# 2.261% and 14-day 2.129% (+2.8 / +2.6 bp), one-year 2.807% (-1 bp).
# Optional: the second paragraph's repeats of 2000亿元, -10 bp and 1000亿元; the tenors (1年, 7天期).
# Judgement calls: no year is printed (2月17日电, 17日) -> period None; "较上期下降10个基点" is a -10 bp change; the earlier
# MLF rate is not printed, so the 3.15% carries no prior; the maturing 10000亿元 is labelled as printed.
MLF4 = "中期假贷便当|中期借贷便利|MLF|medium-term lending facility|人民银行|央行|PBOC"
RR4 = "逆回购|逆回购操作|reverse repo|人民银行|央行|PBOC"
SHON4 = "Shibor隔夜|隔夜利率|隔夜Shibor|overnight Shibor|上海银行间同业拆放利率|Shibor"
SH74 = "Shibor 7天|7天利率|7-day Shibor|上海银行间同业拆放利率|Shibor"
SH144 = "Shibor 14天|14天利率|14-day Shibor|上海银行间同业拆放利率|Shibor"
SH1Y4 = "Shibor一年期|一年期利率|1-year Shibor|上海银行间同业拆放利率|Shibor"
D4 = "17日 (2月17日, no year printed)"
OPS = "mlf_operation|mlf_amount|operation_amount|liquidity_injection"
RRO = "reverse_repo_operation|reverse_repo_amount|operation_amount|liquidity_injection"
G["zh04"] = ([
    m(OPS, 2e11, "CNY", MLF4, None, basis="lead, " + D4),
    m("mlf_rate_change|rate_change|rate_cut", -10, "bp", MLF4, None, basis="较上期下降10个基点 (lead)"),
    m(RRO, 1e11, "CNY", RR4, None, basis="lead"),
    m("reverse_repo_maturities|maturing_reverse_repos|maturities", 1e12, "CNY", RR4, None,
      basis="当日到期 10000亿元 (as printed)"),
    m(OPS, 2e11, "CNY", MLF4, None, opt=True, basis="repeat (twin)"),
    m("mlf_tenor|tenor", 1, "years", MLF4, None, opt=True, basis="期限1年"),
    m("mlf_rate|interest_rate|winning_bid_rate|policy_rate", 3.15, "%", MLF4, None, basis="1年期 中标利率"),
    m("mlf_rate_change|rate_change|rate_cut", -10, "bp", MLF4, None, opt=True, basis="repeat (twin)"),
    m(RRO, 1e11, "CNY", RR4, None, opt=True, basis="repeat (twin)"),
    m("reverse_repo_tenor|tenor", 7, "days", RR4, None, opt=True, basis="7天期"),
    m("reverse_repo_rate|interest_rate|winning_bid_rate|policy_rate", 2.4, "%", RR4, None, basis="7天期 中标利率"),
    m("shibor|interest_rate|interbank_rate", 1.425, "%", SHON4, None, basis="隔夜, " + D4),
    m("shibor_change|rate_change", 16.9, "bp", SHON4, None, basis="vs previous trading day, 上行"),
    m("shibor|interest_rate|interbank_rate", 2.261, "%", SH74, None, basis="7天"),
    m("shibor|interest_rate|interbank_rate", 2.129, "%", SH144, None, basis="14天"),
    m("shibor_change|rate_change", 2.8, "bp", SH74, None, basis="vs previous trading day, 上行"),
    m("shibor_change|rate_change", 2.6, "bp", SH144, None, basis="vs previous trading day, 上行"),
    m("shibor|interest_rate|interbank_rate", 2.807, "%", SH1Y4, None, basis="一年期"),
    m("shibor_change|rate_change", -1, "bp", SH1Y4, None, basis="vs previous trading day, 下行"),
], [])


# zh05: EV世纪 on 小鹏汽车's August deliveries with the earnings-call outlook (m.21cnev.com archive 788905; the page chrome
# left out: "车讯0" (its 0 dropped), "收藏" and the screenshot file name "QQ截图20210903110507.jpg" (its number dropped);
# the headline kept, reworded ("小鹏汽车8月交付7214台,P7连续四个月创新高" -> "小鹏汽车8月交付7214台 P7连续四个月刷新纪录");
# the dateline "2021-09-03EV世纪 综合报道" kept as printed, without a space). The stored text breaks off in "因此,小鹏汽车
# 下半年将继续提升销售店的覆盖面,加速迎接不" (cut mid-word), so the passage ends with the sentence before it (no figure
# dropped). The two quotations are reworded; the paragraphs' leading full-width spaces kept.
# Key: August deliveries 7214台 (+172%), P7 6165台 (+209%) (2021-08); the old G3 一千台左右; the fourth-quarter monthly peak
# 突破1.5万台 (a forecast bound, the only figure); the Zhaoqing plant's design capacity 超过20万辆 a year in the first half
# of next year (bound, the only figure); the year-end store target 350家 raised from 300家 (prior); the supercharging
# stations 超过500座 (bound, the only figure).
# Optional: the headline's 7214台; 连续两个月突破7000台 (a bound already met by 7214) and the two-month streak; the P7's
# 连续四个月 streak (headline and body); the original store target 300家 as a row; 三款车型 and 两个生产班次 (counts).
# Judgement calls: 台 / 辆 are "vehicles"; "年底前" under the 2021 dateline -> 2021-12-31; 明年上半年 -> 2022H1; the
# supercharger figure has no date of its own -> period None; "环比略有下降" prints no figure -> no row.
XP5 = "小鹏汽车|小鹏|XPeng|Xpeng Motors|XPEV"
P75 = "小鹏P7|P7|XPeng P7|" + XP5
G35 = "老款G3|G3|XPeng G3|" + XP5
M5 = "2021-08"
DLV = "deliveries|vehicle_deliveries|sales_volume|deliveries_volume"
DLVG = "deliveries_growth|vehicle_deliveries_growth|sales_volume_growth"
G["zh05"] = ([
    m(DLV, 7214, "vehicles", XP5, M5, opt=True, basis="headline (twin)"),
    m("record_streak|consecutive_months", 4, "months", P75, M5, opt=True, basis="headline 连续四个月 (twin)"),
    m(DLV, 7214, "vehicles", XP5, M5, basis="8月总交付量"),
    m(DLVG, 172, "%", XP5, M5, basis="yoy"),
    m(DLV, None, "vehicles", XP5, M5, rng=(7000, None), opt=True, basis="连续两个月突破7000台 (bound)"),
    m("record_streak|consecutive_months", 2, "months", XP5, M5, opt=True, basis="连续两个月"),
    m("record_streak|consecutive_months", 4, "months", P75, M5, opt=True, basis="交付量连续四个月创历史新高"),
    m(DLV, 6165, "vehicles", P75, M5, basis="达到"),
    m(DLVG, 209, "%", P75, M5, basis="yoy"),
    m(DLV, 1000, "vehicles", G35, M5, basis="一千台左右 (G3 to G3i production switch)"),
    m("monthly_deliveries_peak|deliveries|delivery_guidance", None, "vehicles", XP5, "2021Q4", rng=(15000, None),
      basis="forecast (何小鹏): 月度交付量峰值有望突破1.5万台 (bound, the only figure)"),
    m("count|models", 3, "models", XP5, None, opt=True, basis="三款车型"),
    m("count|production_shifts", 2, "count", "肇庆工厂|Zhaoqing plant|" + XP5, M5, opt=True, basis="每天两个生产班次"),
    m("production_capacity|design_capacity|capacity", None, "vehicles", "肇庆工厂|Zhaoqing plant|" + XP5, "2022H1",
      rng=(2e5, None), basis="设计产能 per year after the phase-2 expansion, 预计 (bound, the only figure)"),
    m("store_target|sales_stores|stores", 350, "stores", XP5, "2021-12-31", prior=300,
      basis="年底前销售门店目标 提高到350家 from the original 300家"),
    m("store_target|sales_stores|stores", 300, "stores", XP5, "2021-12-31", opt=True, basis="the original target"),
    m("supercharging_stations|charging_stations|stations", None, "count", XP5, None, rng=(500, None),
      basis="小鹏品牌超充站 将超过500座 (bound, the only figure)"),
], [])


# zh06: a digest of the statistics bureau's January-October industrial-profit data with 中汽协's auto-manufacturing figures
# (myreadme.cn daogou/202011/3015920; whole stored item; no headline in the stored text and none composed).
# Key (period None, 1-10月 with no year printed): profits of industrial enterprises above designated size 50124.2亿元
# (+0.7%), against -2.4% for 1-9月; 25 of the 41 industries with higher profits and 16 with lower; profit growth of eight
# industries (专用设备 22.9%, 农副食品加工 14.6%, 计算机通信电子 12.6%, 通用设备 12.0%, 纺织 7.6%, 汽车制造 6.6%, 电气机械
# 3.5%, 化学原料 2.8%); auto manufacturing revenue 63949亿元 (+2.1%, growth +1.6 pp vs 1-9月, 7.6% of all industrial revenue),
# profit 4211.5亿元 (growth +3.6 pp vs 1-9月, 8.4% of all industrial profit).
# Optional: the count of 41 industries (the universe); the auto-profit growth 6.6% printed a second time in the 中汽协
# paragraph (twin of the list's 6.6%).
# Judgement calls: "1-9月为下降2.4%" is a key -2.4 % row with basis 1-9月; "增速比1-9月提升1.6个百分点" is a +1.6 pp change
# of the growth rate; the shares are % rows on auto manufacturing; 今年 without a year -> period None.
IND6 = "全国规模以上工业企业|规模以上工业企业|industrial enterprises above designated size|China|全国"
AUTO6 = "汽车制造业|automobile manufacturing|auto manufacturing|汽车行业"
S6 = "1-10月 (no year printed)"
PR6 = "industrial_profits|total_profit|profit"
PRG6 = "industrial_profits_growth|total_profit_growth|profit_growth"
G["zh06"] = ([
    m(PR6, 5.01242e12, "CNY", IND6, None, basis="利润总额, " + S6),
    m(PRG6, 0.7, "%", IND6, None, basis="yoy, " + S6),
    m(PRG6, -2.4, "%", IND6, None, basis="yoy, 1-9月 (为下降2.4%)"),
    m("count|industries", 41, "industries", IND6, None, opt=True, basis="41个工业大类行业 (the universe)"),
    m("industries_with_profit_growth|industries|count", 25, "industries", IND6, None, basis="利润总额同比增加, " + S6),
    m("industries_with_profit_decline|industries|count", 16, "industries", IND6, None, basis="减少, " + S6),
    m(PRG6, 22.9, "%", "专用设备制造业|special equipment manufacturing", None, basis="yoy, " + S6),
    m(PRG6, 14.6, "%", "农副食品加工业|agricultural and sideline food processing", None, basis="yoy"),
    m(PRG6, 12.6, "%", "计算机、通信和其他电子设备制造业|computer, communication and other electronic equipment", None,
      basis="yoy"),
    m(PRG6, 12.0, "%", "通用设备制造业|general equipment manufacturing", None, basis="yoy"),
    m(PRG6, 7.6, "%", "纺织业|textiles", None, basis="yoy"),
    m(PRG6, 6.6, "%", AUTO6, None, basis="yoy, in the list of industries"),
    m(PRG6, 3.5, "%", "电气机械和器材制造业|electrical machinery and equipment", None, basis="yoy"),
    m(PRG6, 2.8, "%", "化学原料和化学制品制造业|chemical raw materials and chemical products", None, basis="yoy"),
    m("revenue|operating_revenue", 6.3949e12, "CNY", AUTO6, None, basis="营业收入 (中汽协 from statistics-bureau data), " + S6),
    m("revenue_growth|operating_revenue_growth", 2.1, "%", AUTO6, None, basis="yoy"),
    m("revenue_growth_change|growth_change", 1.6, "pp", AUTO6, None, basis="vs 1-9月, 提升"),
    m("revenue_share|share", 7.6, "%", AUTO6, None, basis="share of all industrial enterprises' revenue"),
    m(PR6, 4.2115e11, "CNY", AUTO6, None, basis="累计实现利润, " + S6),
    m(PRG6, 6.6, "%", AUTO6, None, opt=True, basis="repeat in the 中汽协 paragraph (twin)"),
    m("profit_growth_change|growth_change", 3.6, "pp", AUTO6, None, basis="vs 1-9月, 提升"),
    m("profit_share|share", 8.4, "%", AUTO6, None, basis="share of all industrial enterprises' profits"),
], [])
