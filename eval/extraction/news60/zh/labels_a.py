# Hand labels for news60/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news59/zh/README.md and news58/zh/README.md with news58/zh/labels_*.py, plus news43 zh03 (customs data: trade value,
# exports, imports and their growth as rows on China, trade metric names), news24 zh05 / news18 zh04 (EV start-ups'
# monthly deliveries: "October" in basis with period None when no year is printed, 台 / 辆 -> "vehicles", milestone bounds
# optional), news24 zh04 (an A-share IPO: offer price, shares, gross / net proceeds key, fees optional) and news46 zh02
# (a Sohu "最新买入评级" page: the page row's figures optional, the broker's target only in the rating action plus optional
# target_price twins).
# Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4, 万辆 / 万台 -> x1e4 vehicles, 万股 -> x1e4 shares,
# 万吨 -> x1e4 tonnes, 亿颗 / 万颗 -> x1e8 / x1e4 units, 万员工 -> x1e4 employees); mainland 元 = CNY, and an amount printed
# "42亿" without 元 beside 亿元 amounts is CNY; declines negative (下降, 下滑, 落后); 同比 = yoy, 环比 = mom in basis; 约X -> X;
# 超 / 突破 X are open bounds rng=(X, None), optional unless the figure is the only one printed for that quantity (zh03's
# "新能源汽车销量超60万台", zh05's "2025年预计超80万吨"). A figure printed twice is one key row plus an optional twin. A price
# per tonne is labelled in the currency alone with "per tonne" in basis (the corpus's 吨价 convention). Brokers' targets and
# ratings only in rating actions (增持 = overweight). Count units as in earlier sets: "vehicles", "employees", "shares",
# "tonnes", "units", "companies", "investors", "accounts", "months", "count" (patents; no earlier unit word).
# Periods only where the text states or clearly implies the year: zh01 "2021-01..02" (今年前两个月, fixed by 去年前2个月
# 受新冠肺炎疫情冲击 and the comparison with 2018、2019年同期 as normal years, as news57 zh05) and "2020-01..02" for 去年前2个月;
# zh02 None (10月, 前10个月, 11月1日: no year printed); zh03 FY2021 / FY2020 (printed), None for the order backlog (目前);
# zh04 FY2019-FY2021 and FY2020 (printed), None for the page row; zh05 FY2024, FY2025, FY2030, FY2035 (printed), 2025-06,
# 2025-07 and 2025-05..06 (6月 / 7月 / 5-6月 under the printed dateline 2025-07-29); zh06 None (an offering; the printed
# subscription dates give no row).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 央视网 (新闻联播) on the customs administration's January-February foreign-trade figures, on
# news.huanbohainews.com.cn (2021-03/08; no headline in the stored text and none composed; whole stored item; the stray
# space before the last "今年前2个月" kept).
# Key (2021-01..02): trade 5.44万亿元 (+32.2%), exports 3.06万亿元 (+50.1%), imports 2.38万亿元 (+14.5%); the year-earlier
# fall of 9.7% (2020-01..02); growth of 20%左右 against the normal years' same period (2018、2019年同期); trade with 东盟
# 7862亿元 (+32.9%), 欧盟 7790.4亿元 (+39.8%), 美国 7163.7亿元 (+69.6%), 日本 3492.3亿元 (+27.4%) — "依次…同比分别" matched in
# order; trade with the 一带一路 countries 1.62万亿元 (+23.9%); exports of 机电产品 1.85万亿元 (+54.1%).
# Optional: the lead's 5.44万亿元 (twin of the body's).
# Judgement calls: the year is fixed at 2021 by the text (去年 hit by the epidemic, 2018 / 2019 named as normal years), so
# the period is "2021-01..02"; "增速也在20%左右" is a growth row against the 2018 / 2019 base with "左右" in basis (no prior);
# the partners are entities (China's trade with them); "三方面" (reasons) and "3月7日" (release date) carry no row.
CN1 = "中国|我国|China|全国|海关总署|China's foreign trade"
P1, P0 = "2021-01..02", "2020-01..02"
TV1 = "trade_value|total_trade|imports_and_exports|foreign_trade"
TG1 = "trade_growth|total_trade_growth|foreign_trade_growth"
EG1 = "export_growth|exports_growth"
IG1 = "import_growth|imports_growth"
G["zh01"] = ([
    m(TV1, 5.44e12, "CNY", CN1, P1, opt=True, basis="lead (今年前两个月…总值为5.44万亿元), twin of the body's"),
    m(TV1, 5.44e12, "CNY", CN1, P1, basis="进出口总值, 今年前2个月"),
    m(TG1, 32.2, "%", CN1, P1, basis="yoy (较去年同期增长)"),
    m("exports", 3.06e12, "CNY", CN1, P1, basis="出口"),
    m(EG1, 50.1, "%", CN1, P1, basis="yoy"),
    m("imports", 2.38e12, "CNY", CN1, P1, basis="进口"),
    m(IG1, 14.5, "%", CN1, P1, basis="yoy"),
    m(TG1, -9.7, "%", CN1, P0, basis="去年前2个月, yoy, 下降 (epidemic)"),
    m(TG1, 20, "%", CN1, P1, basis="vs the normal years' same period (2018、2019年同期), 20%左右"),
    m(TV1, 7.862e11, "CNY", "东盟|ASEAN|China-ASEAN", P1, basis="trade with ASEAN"),
    m(TG1, 32.9, "%", "东盟|ASEAN|China-ASEAN", P1, basis="yoy"),
    m(TV1, 7.7904e11, "CNY", "欧盟|EU|European Union|China-EU", P1, basis="trade with the EU"),
    m(TG1, 39.8, "%", "欧盟|EU|European Union|China-EU", P1, basis="yoy"),
    m(TV1, 7.1637e11, "CNY", "美国|US|United States|China-US", P1, basis="trade with the US"),
    m(TG1, 69.6, "%", "美国|US|United States|China-US", P1, basis="yoy"),
    m(TV1, 3.4923e11, "CNY", "日本|Japan|China-Japan", P1, basis="trade with Japan"),
    m(TG1, 27.4, "%", "日本|Japan|China-Japan", P1, basis="yoy"),
    m(TV1, 1.62e12, "CNY", "“一带一路”沿线国家|一带一路|Belt and Road countries|Belt and Road", P1,
      basis="trade with the Belt and Road countries"),
    m(TG1, 23.9, "%", "“一带一路”沿线国家|一带一路|Belt and Road countries|Belt and Road", P1, basis="yoy"),
    m("exports", 1.85e12, "CNY", "机电产品|mechanical and electrical products|electromechanical products|" + CN1, P1,
      basis="机电产品出口"),
    m(EG1, 54.1, "%", "机电产品|mechanical and electrical products|electromechanical products|" + CN1, P1, basis="yoy"),
], [])


# zh02: a report on the EV start-ups' October deliveries, on fgc360.com (pingdaoxinwen itemid=10040; no headline in the
# stored text and none composed; the sub-heading "“蔚小理”变成“小哪理”" kept, reworded; the stored text runs on to a second
# sub-heading "传统车企集团加码新能源车" and breaks off at "造车新势力的销量虽然喜人,但在国内新能源" (cut mid-sentence, no
# figure), so the passage ends with the paragraph before that sub-heading).
# Key (period None; "October" in basis): 小鹏 10138 vehicles (+233%); 理想 (理想ONE) 7649 (+107.2%), January-October 62919
# and 理想ONE's cumulative 96516; 蔚来 3667 (-27.5%); 零跑 3654 (+256%) and its gap to 蔚来 -13 vehicles; 哪吒 8107 (+294%).
# Optional: the lead's growth rates of 小鹏 (233%), 理想 (107.2%) and 蔚来 (-27.5%), twins of the body's; 小鹏's "连续两个月
# 交付量突破万辆" and "累计交付量已突破10万辆" (milestone bounds); 哪吒U Pro's "终端订单超5000辆" (a bound on orders).
# Judgement calls: no year is printed (11月1日, 10月, 前10个月) -> period None (the 2021 of the story is not used);
# "仅以13辆之差落后于蔚来" is a gap row of -13 vehicles on 零跑 (behind; the difference of two printed figures but stated in its
# own right); 理想ONE's 96516 is cumulative since launch (basis), 理想汽车's 62919 January-October; "第一梯队", "两个月", "一款"
# and "头把交椅" carry no row.
XP2 = "小鹏汽车|小鹏|XPeng|Xpeng Motors"
LI2 = "理想汽车|理想|Li Auto|理想ONE"
NIO2 = "蔚来|蔚来汽车|NIO"
LP2 = "零跑汽车|零跑|Leapmotor"
NZ2 = "哪吒汽车|哪吒|Neta|Neta Auto|Hozon"
OCT = "October (10月)"
DV2 = "vehicle_deliveries|deliveries|vehicle_sales"
DG2 = "vehicle_deliveries_growth|deliveries_growth|vehicle_sales_growth"
G["zh02"] = ([
    m(DG2, 233, "%", XP2, None, opt=True, basis="lead, yoy, " + OCT + " (twin)"),
    m(DG2, 107.2, "%", LI2, None, opt=True, basis="lead, yoy, " + OCT + " (twin)"),
    m(DG2, -27.5, "%", NIO2, None, opt=True, basis="lead, yoy, 下降, " + OCT + " (twin)"),
    m(DV2, 10138, "vehicles", XP2, None, basis=OCT + ", 总交付量"),
    m(DG2, 233, "%", XP2, None, basis="yoy, " + OCT),
    m(DV2, None, "vehicles", XP2, None, rng=(10000, None), opt=True, basis="连续两个月交付量突破万辆 (bound)"),
    m("cumulative_deliveries|vehicle_deliveries|deliveries", None, "vehicles", XP2, None, rng=(100000, None), opt=True,
      basis="截至10月底 累计交付量突破10万辆 (milestone bound)"),
    m(DV2, 7649, "vehicles", LI2, None, basis=OCT + ", 理想ONE"),
    m(DG2, 107.2, "%", LI2, None, basis="yoy, " + OCT),
    m(DV2, 62919, "vehicles", LI2, None, basis="January-October (前10个月), cumulative"),
    m("cumulative_deliveries|vehicle_deliveries|deliveries", 96516, "vehicles", "理想ONE|Li ONE|" + LI2, None,
      basis="累计交付量, since launch"),
    m(DV2, 3667, "vehicles", NIO2, None, basis=OCT),
    m(DG2, -27.5, "%", NIO2, None, basis="yoy, 下降, " + OCT),
    m(DV2, 3654, "vehicles", LP2, None, basis=OCT + ", 纯电动车"),
    m(DG2, 256, "%", LP2, None, basis="yoy, " + OCT),
    m("delivery_gap|gap|vehicle_deliveries_difference", -13, "vehicles", LP2 + "|" + NIO2, None,
      basis="仅以13辆之差落后于蔚来 (behind NIO), " + OCT),
    m(DV2, 8107, "vehicles", NZ2, None, basis=OCT),
    m(DG2, 294, "%", NZ2, None, basis="yoy, " + OCT),
    m("orders|terminal_orders", None, "vehicles", "哪吒U Pro|U Pro|" + NZ2, None, rng=(5000, None), opt=True,
      basis="10月终端订单超5000辆 (bound)"),
], [])


# zh03: a self-media commentary on 比亚迪's 2021 annual report, on qimenjiaodao.com (an "汽车日报" page; the site's
# "汽车日报 汽车日报" banner, the breadcrumb "当前位置: 首页 » 汽车资讯 »" and the tag line "比亚迪2020年应收账款" left out;
# the headline kept, reworded; the stored text breaks off at "此外,手机部件、组装及其他产品和二次充电电池及光伏业务的营收也有
# 43.99%和36.27%" (cut mid-sentence; its 43.99 and 36.27 dropped), so the passage ends with the paragraph before it).
# Key: net addition of 6.4万 employees (headline, FY2021); revenue 2161.42亿元 (+38.02%), net profit 30.45亿元 (-28.08%),
# net profit after non-recurring items 12.55亿元 (-57.53%) (FY2021); 2020 net profit 42亿 (FY2020); vehicle sales 72.13万辆
# (prior 39.4万辆, +82.8%); the auto segment's share of revenue 52.04%, revenue 1124.89亿元 (+33.93%), cost 929.27亿元
# (+47.90%), gross margin 17.39% (down 7.81%); contract liabilities 149.33亿元 (prior 81.86亿元, +67.47亿元); undelivered
# orders 40万辆; NEV sales 超60万台 (a bound, key as the only NEV sales figure) and +218.3%.
# Optional: 2020 vehicle sales 39.4万辆 and contract liabilities 81.86亿元 as rows of their own (printed beside the current
# figures); the segment's "首度突破千亿大关" (a bound); the wait of 3-5个月 for delivery.
# Judgement calls: "2021全年" (without 年) is FY2021; "42亿的净利润" without 元 beside 亿元 amounts is CNY, its own key row
# (printed in a separate sentence, not beside the 2021 profit, so not set as a prior); 39.4万辆 is printed beside 72.13万辆 in
# the same sentence -> prior plus optional row (news46); the margin's "较上年同期下降7.81%" is labelled as printed in % (it is
# probably a percentage-point change; the text says %); the segment rows carry the segment name with 比亚迪 as alias; "268页"
# (pages of the report), the stock code [002594] and the date 3月29日 give no row.
BYD3 = "比亚迪|BYD|002594"
AUTO3 = "汽车、汽车相关产品及其他产品|汽车业务|automobiles and related products|automobile business|" + BYD3
Y3, Y2 = "FY2021", "FY2020"
NP3 = "net_profit|net_income|net_profit_attributable"
G["zh03"] = ([
    m("employee_change|net_new_employees|headcount_change", 64000, "employees", BYD3, Y3,
      basis="headline: 2021年净增6.4万员工"),
    m("revenue|operating_revenue", 2.16142e11, "CNY", BYD3, Y3, basis="营收"),
    m("revenue_growth|operating_revenue_growth", 38.02, "%", BYD3, Y3, basis="yoy, 同比增加"),
    m(NP3, 3.045e9, "CNY", BYD3, Y3, basis="净利润"),
    m("net_profit_growth|net_income_growth|net_profit_attributable_growth", -28.08, "%", BYD3, Y3, basis="yoy, 下滑"),
    m("net_profit_excl_nonrecurring|deducted_net_profit|adjusted_net_profit|recurring_net_profit", 1.255e9, "CNY", BYD3, Y3,
      basis="扣除非经常性损益后"),
    m("net_profit_excl_nonrecurring_growth|deducted_net_profit_growth|adjusted_net_profit_growth", -57.53, "%", BYD3, Y3,
      basis="yoy, 下滑"),
    m(NP3, 4.2e9, "CNY", BYD3, Y2, basis="2020年 净利润 42亿 (元 not printed)"),
    m("vehicle_sales|sales_volume", 721300, "vehicles", BYD3, Y3, prior=394000, basis="2021年卖出72.13万辆车; prior = 2020年"),
    m("vehicle_sales|sales_volume", 394000, "vehicles", BYD3, Y2, opt=True, basis="2020年卖出39.4万辆车 (prior-year figure)"),
    m("vehicle_sales_growth|sales_volume_growth", 82.8, "%", BYD3, Y3, basis="yoy"),
    m("revenue_share|segment_share|share", 52.04, "%", AUTO3, None, basis="汽车业务在上市公司总收入中占比"),
    m("segment_revenue|revenue|operating_revenue", 1.12489e11, "CNY", AUTO3, Y3, basis="汽车、汽车相关产品及其他产品 营业收入"),
    m("segment_revenue_growth|revenue_growth", 33.93, "%", AUTO3, Y3, basis="yoy"),
    m("segment_revenue|revenue|operating_revenue", None, "CNY", AUTO3, Y3, rng=(1e11, None), opt=True,
      basis="首度突破千亿大关 (bound)"),
    m("operating_cost|cost_of_sales|segment_cost", 9.2927e10, "CNY", AUTO3, Y3, basis="营业成本"),
    m("operating_cost_growth|cost_of_sales_growth|cost_growth", 47.90, "%", AUTO3, Y3, basis="yoy"),
    m("gross_margin", 17.39, "%", AUTO3, Y3, basis="毛利率"),
    m("gross_margin_change|gross_margin", -7.81, "%", AUTO3, Y3,
      basis="较上年同期下降7.81% (printed in %, probably a pp change)"),
    m("contract_liabilities", 1.4933e10, "CNY", BYD3, Y3, prior=8.186e9, basis="合同负债, 2021年; prior = 2020年"),
    m("contract_liabilities", 8.186e9, "CNY", BYD3, Y2, opt=True, basis="合同负债, 2020年 (prior-year figure)"),
    m("contract_liabilities_change|contract_liabilities_increase|change", 6.747e9, "CNY", BYD3, Y3, basis="增加了67.47亿元"),
    m("order_backlog|undelivered_orders|orders", 400000, "vehicles", BYD3, None,
      basis="目前累计未交付的订单量达到40万辆 (investor meeting)"),
    m("delivery_wait|waiting_time|lead_time", None, "months", BYD3, None, rng=(3, 5), opt=True, basis="提车要等3-5个月"),
    m("nev_sales|vehicle_sales|sales_volume", None, "vehicles", "新能源汽车|NEV|" + BYD3, Y3, rng=(600000, None),
      basis="新能源汽车销量超60万台 (bound; the only NEV sales figure)"),
    m("nev_sales_growth|vehicle_sales_growth|sales_volume_growth", 218.3, "%", "新能源汽车|NEV|" + BYD3, Y3,
      basis="大涨218.3%"),
], [])


# zh04: a broker's note on a Sohu "最新买入评级" analyst page (q.stock.sohu.com/jlp, analyst code 303047888): the page row
# (stock, industry, start date, start price, target, upside, 20- and 60-day highs and gains) set as a header line with the
# column heads as field names, as in news41 / news42 / news46 zh02; the analyst and broker printed at the top of the page
# (石岩, 国泰君安) set as a line of their own; the Sohu banner "金融事业部 搜狐证券 |独家推出", the analyst's profile fields
# (研究方向, 联系方式, 工作经历, the certificate number S0880519080001), the analyst's own 20日 / 60日 success rates (28.57%,
# 第140名, 21.43%, "--"), the search menu and the "详细" link left out. The note's first sentence, which carries the target
# and the rating, kept as printed ("维持目标价62.25元,维持增持评级。"); the rest reworded. The stored note breaks off at
# "二次纽扣电池在2015年开始大规模投入研发,多年的技术" (cut mid-sentence); the passage ends with the sentence before the
# paragraph heading "10年一次纽扣电池、5年二次纽扣电池技术积累是保障。" (heading and cut paragraph dropped: 10, 5, 10, 2015).
# Key: net-profit forecasts 18 / 24 / 34亿元 and EPS 1.86 / 2.49 / 3.52元 (FY2019-FY2021, "forecast (国泰君安)" in basis);
# the target's valuation 25倍 on 2020 (FY2020); 31项 patents; 2020 capacity 2亿颗 and shipments 8000万颗 (可达, FY2020).
# Optional: the page row (start price 44.70元, target 62.25, upside 18.50%, the 20-day and 60-day highs 52.53 and gains
# 17.52%); the note's target printed twice (62.25元), twins of the rating action.
# Rating action: 国泰君安 maintain on 亿纬锂能, overweight (增持) maintained, 62.25 CNY (维持目标价, so the prior target is
# the same 62.25).
# Judgement calls: "维持…盈利预测" are forecasts (not revisions) and key; "给予2020年25倍估值" is a P/E row on FY2020; "可达"
# capacity / shipment figures are forecast values (basis); 颗 (button cells) -> "units"; 项 (patents) -> "count";
# "全球第一" (a rank without a figure) and the date 2019-11-28 give no row; "知识产品" (for 知识产权) kept as printed.
EVE = "亿纬锂能|EVE Energy|Eve Energy|300014"
GTJA4 = "国泰君安|国泰君安证券|Guotai Junan|Guotai Junan Securities|GTJA"
FC4 = "forecast (国泰君安), "
G["zh04"] = ([
    m("price|share_price|start_price", 44.70, "CNY", EVE, None, opt=True, basis="page row 起评价 (2019-11-28)"),
    m("target_price", 62.25, "CNY", EVE, None, opt=True, basis="page row 目标价 column"),
    m("upside|target_upside", 18.50, "%", EVE, None, opt=True, basis="page row 目标空间(相对现价)"),
    m("high_price|price", 52.53, "CNY", EVE, None, opt=True, basis="page row 20日短线最高价"),
    m("max_gain|price_change", 17.52, "%", EVE, None, opt=True, basis="page row 20日最高涨幅"),
    m("high_price|price", 52.53, "CNY", EVE, None, opt=True, basis="page row 60日中线最高价"),
    m("max_gain|price_change", 17.52, "%", EVE, None, opt=True, basis="page row 60日最高涨幅"),
    m("target_price", 62.25, "CNY", EVE, None, opt=True, basis="note: 维持目标价62.25元 (twin of the rating action)"),
    m("target_price", 62.25, "CNY", EVE, None, opt=True, basis="note: 目标价仍维持为62.25元 (twin)"),
    m("net_profit_forecast|net_profit|earnings_forecast", 1.8e9, "CNY", EVE, "FY2019", basis=FC4 + "盈利预测, 维持"),
    m("net_profit_forecast|net_profit|earnings_forecast", 2.4e9, "CNY", EVE, "FY2020", basis=FC4 + "盈利预测, 维持"),
    m("net_profit_forecast|net_profit|earnings_forecast", 3.4e9, "CNY", EVE, "FY2021", basis=FC4 + "盈利预测, 维持"),
    m("eps_forecast|eps|earnings_per_share", 1.86, "CNY", EVE, "FY2019", basis=FC4 + "对应EPS"),
    m("eps_forecast|eps|earnings_per_share", 2.49, "CNY", EVE, "FY2020", basis=FC4 + "对应EPS"),
    m("eps_forecast|eps|earnings_per_share", 3.52, "CNY", EVE, "FY2021", basis=FC4 + "对应EPS"),
    m("pe_ratio|target_pe|valuation|p_e", 25, "x", EVE, "FY2020", basis="给予2020年25倍估值 (target P/E)"),
    m("patents|patent_count", 31, "count", EVE, None, basis="31项综合专利 (button cells)"),
    m("capacity|production_capacity", 2e8, "units", EVE, "FY2020", basis="纽扣电池 产能可达2亿颗 (forecast)"),
    m("shipments|shipment_volume", 8e7, "units", EVE, "FY2020", basis="纽扣电池 出货量可达8000万颗 (forecast)"),
], [
    ra(GTJA4, EVE, "maintain", "overweight", "overweight", 62.25, 62.25, "CNY"),
])


# zh05: 搜狐财经's item on the lithium-carbonate rebound, as a reportify.cn industry-tag digest (tags/industry, 锂矿, page 62;
# the page's "Workflow" / "锂矿" / "icon" / "搜索文档" furniture left out; the title reworded and the source/time line
# "搜狐财经· 2025-07-29 19:14" kept; the section labels, " - " bullets and "[n]" markers kept in their order on one line as
# stored; the stored text breaks off in the next section at "未来趋势与行业展望 - 短期碳酸锂价" (cut mid-sentence, no figure),
# so the passage ends with the section before it; the page's later items are not part of the passage).
# Key: June average price of battery-grade lithium carbonate 6.02万-6.12万元/吨 (a range, CNY per tonne, 2025-06); demand
# forecasts 87万吨 (FY2025), 230万吨 (FY2030), 400万吨 (FY2035); 2024 global supply 123.06万吨LCE (+26%); spodumene 51% and
# 约63.2万吨LCE, brine 39% and 约47.5万吨LCE, lepidolite 10% and 约12.4万吨LCE (FY2024); 2025 supply forecast 167万吨LCE
# (+23%); China's 2024 output 70.1万吨 (+35.4%) and 2025 forecast 超80万吨 (a bound, key as the only 2025 output figure);
# July weekly output 18813吨 (+690吨 mom); July total output forecast 81150吨 (+3.9% mom); weekly inventory 140793吨
# (+2446吨 mom); 2025 surplus 12.4万吨LCE and its size 7%.
# Optional: the 8 mining companies asked to submit materials (a count); Chile's lithium-salt exports "大体持平" in May-June
# (an optional 0 %).
# Judgement calls: the months take the year of the printed dateline (6月 -> 2025-06, 7月 -> 2025-07, 5-6月 -> 2025-05..06);
# "预计" figures carry "forecast" in basis; 万吨 values are scaled to tonnes with "LCE" in basis where printed; the two
# 12.4万吨 figures (lepidolite output, 2025 surplus) are different quantities, both key; the weekly changes "增加690吨至
# 18813吨" give a level and a change row (no derived prior, as news59).
LC5 = "电池级碳酸锂|碳酸锂|battery-grade lithium carbonate|lithium carbonate"
GL5 = "全球锂资源|锂资源|global lithium|lithium|global lithium supply"
CL5 = "中国碳酸锂|中国|China|碳酸锂|lithium carbonate"
SUP = "supply|lithium_supply|total_supply"
G["zh05"] = ([
    m("price|average_price|spot_price", None, "CNY", LC5, "2025-06", rng=(60200, 61200),
      basis="均价 per tonne (万元/吨), June range 6.02万至6.12万元/吨"),
    m("companies|count", 8, "companies", "宜春市|锂矿企业|lithium miners|Yichun", None, opt=True,
      basis="8家锂矿企业 asked to submit materials"),
    m("demand|demand_forecast|lithium_carbonate_demand", 870000, "tonnes", "碳酸锂|lithium carbonate|global", "FY2025",
      basis="forecast, 预计2025年碳酸锂需求"),
    m("demand|demand_forecast|lithium_carbonate_demand", 2300000, "tonnes", "碳酸锂|lithium carbonate|global", "FY2030",
      basis="forecast"),
    m("demand|demand_forecast|lithium_carbonate_demand", 4000000, "tonnes", "碳酸锂|lithium carbonate|global", "FY2035",
      basis="forecast"),
    m(SUP, 1230600, "tonnes", GL5, "FY2024", basis="总供应量, LCE"),
    m("supply_growth|growth", 26, "%", GL5, "FY2024", basis="yoy"),
    m("share|supply_share", 51, "%", "锂辉石提锂|锂辉石|spodumene", "FY2024", basis="share of 2024 supply"),
    m("production|output|supply", 632000, "tonnes", "锂辉石提锂|锂辉石|spodumene", "FY2024", basis="产量约, LCE"),
    m("share|supply_share", 39, "%", "盐湖提锂|盐湖|brine|salt lake", "FY2024", basis="share of 2024 supply"),
    m("production|output|supply", 475000, "tonnes", "盐湖提锂|盐湖|brine|salt lake", "FY2024", basis="产量约, LCE"),
    m("share|supply_share", 10, "%", "锂云母提锂|锂云母|lepidolite", "FY2024", basis="share of 2024 supply"),
    m("production|output|supply", 124000, "tonnes", "锂云母提锂|锂云母|lepidolite", "FY2024", basis="产量约, LCE"),
    m(SUP + "|supply_forecast", 1670000, "tonnes", GL5, "FY2025", basis="forecast, LCE"),
    m("supply_growth|growth", 23, "%", GL5, "FY2025", basis="forecast, yoy"),
    m("production|output", 701000, "tonnes", CL5, "FY2024", basis="中国碳酸锂产量"),
    m("production_growth|output_growth|growth", 35.4, "%", CL5, "FY2024", basis="yoy"),
    m("production|output|production_forecast", None, "tonnes", CL5, "FY2025", rng=(800000, None),
      basis="forecast, 预计2025年将超80万吨 (bound)"),
    m("weekly_production|production|output", 18813, "tonnes", "碳酸锂|lithium carbonate", "2025-07",
      basis="7月 周产量, 增加…至"),
    m("weekly_production_change|production_change|change", 690, "tonnes", "碳酸锂|lithium carbonate", "2025-07",
      basis="mom (环比增加)"),
    m("production|output|production_forecast", 81150, "tonnes", "碳酸锂|lithium carbonate", "2025-07",
      basis="forecast, July total output"),
    m("production_growth|output_growth|growth", 3.9, "%", "碳酸锂|lithium carbonate", "2025-07", basis="forecast, mom"),
    m("exports_growth|export_change|exports", 0, "%", "智利锂盐|智利|Chile|Chilean lithium salts", "2025-05..06",
      opt=True, basis="5-6月 出口大体持平"),
    m("inventory|weekly_inventory|stocks", 140793, "tonnes", "碳酸锂|lithium carbonate", None,
      basis="周度库存, 增加…至 (week not dated)"),
    m("inventory_change|stock_change|change", 2446, "tonnes", "碳酸锂|lithium carbonate", None, basis="mom (环比增加)"),
    m("surplus|supply_surplus|oversupply", 124000, "tonnes", GL5, "FY2025", basis="forecast, 过剩 LCE"),
    m("surplus_ratio|oversupply_ratio|surplus", 7, "%", GL5, "FY2025", basis="forecast, 过剩幅度"),
], [])


# zh06: a reportify.cn filing digest of 茂莱光学's STAR Market IPO announcement (filings/1043721567672078336; the digest's
# section labels, " - " bullets and "[n]" markers kept in their order on one line as stored; whole stored item; the
# filing's title, printed after the digest as stored, kept there and reworded: "茂莱光学:茂莱光学首次公开发行股票并在
# 科创板上市发行公告").
# Key (period None): shares offered 1320万股, 25% of post-issue capital, post-issue capital 5280万股; offer price 69.72元/股,
# issue P/E 84.80 (x), the industry's static P/E 38.07 (x); gross proceeds 92030.40万元 and net proceeds 约81134.18万元
# (预计); the overall subscription multiple 3819.87倍.
# Optional (IPO allotment statistics and fees, development-corpus README): issue expenses 约10896.22万元; strategic
# placement 66万股 (5%) -> 573723股 (4.35%), the 86277股 clawed back; offline tranche 8864277股 (70.20%), the per-order
# cap 440万股 and floor 50万股; online tranche 3762000股 (29.80%), the 5000元 market value per 500股 unit and the 3500股
# cap; 377 investors / 9113 accounts bidding 3438140万股 in the range 35.00 - 82.90元/股; 34 investors / 133 accounts with
# invalid bids for 51140万股; 376 investors / 8894 accounts with 3353080万股 after exclusions; the 24-month lock-up; the
# 0.5% brokerage commission.
# Judgement calls: the company is named only in the closing title line (kept where stored), so every row is on 茂莱光学;
# "发行市盈率为84.80" prints no 倍 but is a P/E -> "x"; the T - 3日 industry P/E is a row on the industry with the company
# as alias; the dates 2023年2月24日 / 2月28日 and the times 9:30 - 15:00 give no row; the code markers [5] etc. are not figures.
ML = "茂莱光学|Maolai Optics|Nanjing Maolai Optics|南京茂莱光学科技股份有限公司"
IPO = "STAR Market IPO (科创板)"
G["zh06"] = ([
    m("offer_shares|shares_offered|ipo_shares", 1.32e7, "shares", ML, None, basis="本次发行数量, " + IPO),
    m("offer_share_of_capital|float_ratio|share_of_total_shares", 25, "%", ML, None, basis="占发行后总股本的比例"),
    m("total_shares|share_capital|shares_outstanding", 5.28e7, "shares", ML, None, basis="发行后总股本"),
    m("offer_price|ipo_price", 69.72, "CNY", ML, None, basis="发行价 per share, " + IPO),
    m("issue_pe|pe_ratio|ipo_pe", 84.80, "x", ML, None, basis="发行市盈率 (倍 not printed)"),
    m("industry_pe|pe_ratio", 38.07, "x", "所属行业|industry|" + ML, None, basis="T - 3日静态行业市盈率"),
    m("ipo_proceeds|gross_proceeds|proceeds", 9.20304e8, "CNY", ML, None, basis="预计募集资金总额"),
    m("issue_expenses|ipo_fees|fees", 1.0896222e8, "CNY", ML, None, opt=True, basis="发行费用约"),
    m("net_proceeds|ipo_proceeds", 8.1134180e8, "CNY", ML, None, basis="预计募集资金净额约"),
    m("strategic_placement|strategic_placement_shares", 6.6e5, "shares", ML, None, opt=True, basis="初始战略配售数量"),
    m("strategic_placement_share|share", 5, "%", ML, None, opt=True, basis="of the offering, initial"),
    m("strategic_placement|strategic_placement_shares", 573723, "shares", ML, None, opt=True, basis="最终战略配售"),
    m("strategic_placement_share|share", 4.35, "%", ML, None, opt=True, basis="of the offering, final"),
    m("clawback_shares|reallocated_shares", 86277, "shares", ML, None, opt=True, basis="差额回拨至网下发行"),
    m("offline_tranche|offline_shares", 8864277, "shares", ML, None, opt=True, basis="网下发行"),
    m("offline_tranche_share|share", 70.20, "%", ML, None, opt=True, basis="of the offering after strategic placement"),
    m("max_bid_shares|bid_cap", 4.4e6, "shares", ML, None, opt=True, basis="网下每笔拟申购数量上限"),
    m("min_bid_shares|bid_floor", 5e5, "shares", ML, None, opt=True, basis="网下每笔拟申购数量下限"),
    m("online_tranche|online_shares", 3762000, "shares", ML, None, opt=True, basis="网上发行"),
    m("online_tranche_share|share", 29.80, "%", ML, None, opt=True, basis="占比"),
    m("market_value_per_unit|subscription_threshold", 5000, "CNY", ML, None, opt=True, basis="每5000元市值 per unit"),
    m("subscription_unit|lot_size", 500, "shares", ML, None, opt=True, basis="一个申购单位 500股"),
    m("max_online_subscription|subscription_cap", None, "shares", ML, None, rng=(None, 3500), opt=True,
      basis="最高不得超过3500股"),
    m("bidding_investors|investors", 377, "investors", ML, None, opt=True, basis="初步询价 网下投资者"),
    m("bidding_accounts|placement_accounts", 9113, "accounts", ML, None, opt=True, basis="配售对象"),
    m("bid_shares|subscribed_shares", 3.43814e10, "shares", ML, None, opt=True, basis="拟申购数量合计 3438140万股"),
    m("bid_range|price_range", None, "CNY", ML, None, rng=(35.00, 82.90), opt=True, basis="报价区间 per share"),
    m("invalid_investors|investors", 34, "investors", ML, None, opt=True, basis="无效报价"),
    m("invalid_accounts|placement_accounts", 133, "accounts", ML, None, opt=True, basis="无效报价"),
    m("invalid_bid_shares|bid_shares", 5.114e8, "shares", ML, None, opt=True, basis="51140万股"),
    m("bidding_investors|investors", 376, "investors", ML, None, opt=True, basis="after exclusions"),
    m("bidding_accounts|placement_accounts", 8894, "accounts", ML, None, opt=True, basis="after exclusions"),
    m("bid_shares|subscribed_shares", 3.35308e10, "shares", ML, None, opt=True, basis="剩余报价拟申购总量 3353080万股"),
    m("subscription_multiple|oversubscription", 3819.87, "x", ML, None, basis="整体申购倍数 (offline bookbuilding)"),
    m("lockup_period|lock_up", 24, "months", ML, None, opt=True, basis="战略投资者限售"),
    m("commission_rate|brokerage_commission", 0.5, "%", ML, None, opt=True, basis="新股配售经纪佣金费率"),
], [])
