# Hand labels for news18/zh passages zh01-zh06 (batch a), written from the texts alone (no extractor run, no
# extractor output seen). Loaded by build_labels.py (m, ra, G provided). All six are mainland Simplified passages:
# 元 / unmarked 亿 = CNY. No year is taken from outside the text; a month printed without a year has period None
# and the month in basis (news16/news17).

# zh01: F10 broker-note digest for Changan Automobile (igu888 F10 page, A share 000625), four notes dated 2013-06-07.
# Ratings as printed in each note's header (买入 = buy, 增持 = overweight); no earlier rating or target is stated, so
# every note is a maintain (news8/news11: a row with a rating and no change stated is maintain; 民族证券's header
# 增持 with no "维持" is maintain too). Each target is both a target_price row and the rating action's target (news5).
# EPS forecasts of the four brokers are separate rows (basis names the broker). Haitong's 18x/13x are the P/E its
# target implies; 民族证券's P/Es are at the 6月6日 close; CITIC's 14/10/8x at 10.30元; CITIC's "18-20倍PE" fair-value
# multiple is a range (rng). 民族证券's "两年内的目标价28元" is labelled as its target (basis two-year). The current
# price 10.30元 is key with period None (the note date sits in the header only). 申银万国 gives no target.
CA = "长安汽车|000625|Changan Automobile|Changan"
HT = "海通证券|海通|Haitong Securities"
MZ = "民族证券|Minzu Securities"
ZX = "中信证券|CITIC Securities"
SW = "申银万国|申万|Shenyin Wanguo|SWS"
G["zh01"] = ([
    m("eps_forecast|eps", 0.72, "CNY", CA, "FY2013", basis="forecast, 海通证券"),
    m("eps_forecast|eps", 1.02, "CNY", CA, "FY2014", basis="forecast, 海通证券"),
    m("eps_forecast|eps", 1.27, "CNY", CA, "FY2015", basis="forecast, 海通证券"),
    m("target_price", 12.96, "CNY", CA, None, basis="海通证券"),
    m("pe_ratio|target_pe", 18, "x", CA, "FY2013", basis="implied by 海通证券's target"),
    m("pe_ratio|target_pe", 13, "x", CA, "FY2014", basis="implied by 海通证券's target"),
    m("eps_forecast|eps", 0.47, "CNY", CA, "FY2013", basis="forecast, 民族证券"),
    m("eps_forecast|eps", 0.94, "CNY", CA, "FY2014", basis="forecast, 民族证券"),
    m("eps_forecast|eps", 1.22, "CNY", CA, "FY2015", basis="forecast, 民族证券"),
    m("pe_ratio", 21.91, "x", CA, "FY2013", basis="at 6月6日 close, 民族证券 forecast"),
    m("pe_ratio", 10.96, "x", CA, "FY2014", basis="at 6月6日 close, 民族证券 forecast"),
    m("pe_ratio", 8.4, "x", CA, "FY2015", basis="at 6月6日 close, 民族证券 forecast"),
    m("target_price", 28, "CNY", CA, None, basis="民族证券, two-year target"),
    m("eps_forecast|eps", 0.75, "CNY", CA, "FY2013", basis="forecast, 中信证券, maintained"),
    m("eps_forecast|eps", 1.01, "CNY", CA, "FY2014", basis="forecast, 中信证券, maintained"),
    m("eps_forecast|eps", 1.32, "CNY", CA, "FY2015", basis="forecast, 中信证券, maintained"),
    m("price|share_price", 10.30, "CNY", CA, None, basis="current price in the 中信证券 note"),
    m("pe_ratio", 14, "x", CA, "FY2013", basis="at 10.30元, 中信证券 forecast"),
    m("pe_ratio", 10, "x", CA, "FY2014", basis="at 10.30元, 中信证券 forecast"),
    m("pe_ratio", 8, "x", CA, "FY2015", basis="at 10.30元, 中信证券 forecast"),
    m("pe_ratio|target_pe", None, "x", CA, "FY2013", rng=(18, 20), basis="中信证券 fair-value multiple"),
    m("target_price", 15, "CNY", CA, None, basis="中信证券"),
    m("eps_forecast|eps", 0.77, "CNY", CA, "FY2013", basis="forecast, 申银万国, maintained"),
    m("eps_forecast|eps", 1.08, "CNY", CA, "FY2014", basis="forecast, 申银万国, maintained"),
    m("eps_forecast|eps", 1.31, "CNY", CA, "FY2015", basis="forecast, 申银万国, maintained"),
], [
    ra(HT, CA, "maintain", "buy", None, 12.96, None, "CNY"),
    ra(MZ, CA, "maintain", "overweight", None, 28, None, "CNY"),
    ra(ZX, CA, "maintain", "buy", None, 15, None, "CNY"),
    ra(SW, CA, "maintain", "buy", None, None, None, None),
])

# zh02: newspaper roundup of September rating upgrades and downgrades on A shares (lc0011 repost, no year printed ->
# period None, "September" in basis). The source excerpt starts mid-article; the first line is a figure-free headline
# written for the passage; the subheading "60只股票9月份遭分析师下调投资评级" is the original's. Six named upgrades are
# rating actions (broker as named: 齐鲁/海通/信达/国金/招商 + 证券). Normalisation: 强烈推荐 = buy (news7 强推 = buy);
# 谨慎推荐 and 审慎推荐 -> neutral, following the earlier sets' choice for 谨慎推荐 (the step below 推荐); I kept both
# upgrades key because the move itself is unambiguous, only the prior rating's normalisation is uncertain. 国金's
# "由买入上调至买入" contradicts itself (no change of rating, yet called an upgrade) -> optional. The four stocks each
# upgraded by "二家券商" without a named broker -> one optional upgrade each with broker and rating None (news10).
# 蓝色光标's "最低目标价25元" is the lowest of three brokers' targets -> a target_price row (basis says so), no rating
# action of its own; "逾17%" upside is an optional open bound. Stock moves in September and closes are key; the
# cumulative 36.36% over the previous three quarters is key with basis. Counts (60 downgrades, 4 / 3 stocks) optional.
CA2 = "长安汽车|000625|Changan Automobile|Changan"
BL = "蓝色光标|300058|BlueFocus"
HXN = "好想你|002582|Haoxiangni"
G["zh02"] = ([
    m("price_change|share_price_change", 10.65, "%", CA2, None, basis="September"),
    m("price|share_price", 5.3, "CNY", CA2, None, basis="latest close"),
    m("price_change|share_price_change", 1.43, "%", BL, None, basis="September"),
    m("price_change|share_price_change", 36.36, "%", BL, None, basis="previous three quarters, cumulative"),
    m("price|share_price", 21.3, "CNY", BL, None, basis="latest close"),
    m("target_price", 25, "CNY", BL, None, basis="lowest of the three upgrading brokers' targets"),
    m("upside|target_upside", None, "%", BL, None, rng=(17, None), opt=True, basis="to the lowest target, 逾"),
    m("price_change|share_price_change", 27.78, "%", HXN, None, basis="September"),
    m("rating_upgrades|count", 4, "stocks", None, None, opt=True, basis="upgraded by two brokers each"),
    m("rating_downgrades|count", 60, "stocks", "沪深两市|A-shares", None, opt=True, basis="September"),
], [
    ra("齐鲁证券|齐鲁|Qilu Securities", CA2, "upgrade", "buy", "neutral"),
    ra("海通证券|海通|Haitong Securities", CA2, "upgrade", "overweight", "neutral"),
    ra("信达证券|信达|Cinda Securities", CA2, "upgrade", "buy", "hold"),
    ra("国金证券|国金|Sinolink Securities", BL, "upgrade", "buy", "buy", opt=True),
    ra("海通证券|海通|Haitong Securities", BL, "upgrade", "buy", "overweight"),
    ra("招商证券|招商|China Merchants Securities", BL, "upgrade", "buy", "neutral"),
    ra(None, "恒生电子|600570|Hundsun", "upgrade", None, opt=True),
    ra(None, "贵州茅台|600519|Kweichow Moutai", "upgrade", None, opt=True),
    ra(None, "长信科技|300088|Changxin Technology", "upgrade", None, opt=True),
    ra(None, HXN, "upgrade", None, opt=True),
])

# zh03: Securities Star (证券之星) digest of brokers' buy ratings on one day (5月21日, no year printed -> the day's counts
# have period None; forecast rows carry the years the text prints, FY2024-FY2026). The first line is a figure-free
# headline written for the passage (the stored page shows none); report titles were left out. Rating actions: 开源证券
# "维持买入" on 赛轮轮胎 (no target); 东吴证券 "维持买入" on 科达利 with target 134元 (maintain, target recorded).
# 国信证券's note on 国联证券 prints no rating -> optional maintain with rating None. "14.5/18.3/22.4亿" without 元 ->
# CNY (news14). "维持...归母净利润" forecasts are unchanged, so no prior. 东吴's "2024年25xPE" is the target multiple.
# Counts of research reports (15/8/7 份) and "超10家" are optional.
SL = "赛轮轮胎|Sailun Group|Sailun"
KDL = "科达利|Kedali"
GL = "国联证券|Guolian Securities"
G["zh03"] = ([
    m("buy_rated_companies|count", None, "companies", "A股|A-shares", None, rng=(10, None), opt=True, basis="5月21日, 超"),
    m("research_reports|count", 15, "reports", SL, None, opt=True, basis="past month"),
    m("research_reports|count", 8, "reports", KDL, None, opt=True, basis="past month"),
    m("research_reports|count", 7, "reports", GL, None, opt=True, basis="past month"),
    m("net_profit_forecast|net_profit", 1.45e9, "CNY", KDL, "FY2024", basis="forecast, attributable, 东吴证券, maintained"),
    m("net_profit_forecast|net_profit", 1.83e9, "CNY", KDL, "FY2025", basis="forecast, attributable, 东吴证券, maintained"),
    m("net_profit_forecast|net_profit", 2.24e9, "CNY", KDL, "FY2026", basis="forecast, attributable, 东吴证券, maintained"),
    m("net_profit_growth_forecast|net_profit_growth", 20, "%", KDL, "FY2024", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 26, "%", KDL, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 23, "%", KDL, "FY2026", basis="forecast, yoy"),
    m("pe_ratio", 19, "x", KDL, "FY2024", basis="forecast"),
    m("pe_ratio", 15, "x", KDL, "FY2025", basis="forecast"),
    m("pe_ratio", 12, "x", KDL, "FY2026", basis="forecast"),
    m("pe_ratio|target_pe", 25, "x", KDL, "FY2024", basis="target valuation multiple"),
    m("target_price", 134, "CNY", KDL, None, basis="东吴证券"),
    m("net_profit_forecast|net_profit", 8.8e8, "CNY", GL, "FY2024", basis="forecast, attributable, 国信证券"),
    m("net_profit_forecast|net_profit", 1.01e9, "CNY", GL, "FY2025", basis="forecast, attributable, 国信证券"),
    m("net_profit_forecast|net_profit", 1.09e9, "CNY", GL, "FY2026", basis="forecast, attributable, 国信证券"),
    m("net_profit_growth_forecast|net_profit_growth", 30.3, "%", GL, "FY2024", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 15.5, "%", GL, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 7.9, "%", GL, "FY2026", basis="forecast, yoy"),
    m("pe_ratio", 39.5, "x", GL, "FY2024", basis="forecast, at current price"),
    m("pe_ratio", 34.2, "x", GL, "FY2025", basis="forecast, at current price"),
    m("pe_ratio", 31.7, "x", GL, "FY2026", basis="forecast, at current price"),
    m("pb_ratio", 2.0, "x", GL, "FY2024", basis="forecast, at current price"),
    m("pb_ratio", 2.0, "x", GL, "FY2025", basis="forecast, at current price"),
    m("pb_ratio", 1.9, "x", GL, "FY2026", basis="forecast, at current price"),
], [
    ra("开源证券|Kaiyuan Securities", SL, "maintain", "buy", None, None, None, None),
    ra("东吴证券|Soochow Securities", KDL, "maintain", "buy", None, 134, None, "CNY"),
    ra("国信证券|Guosen Securities", GL, "maintain", None, None, None, None, None, opt=True),
])

# zh04: autohome (车家号) piece on November deliveries of China's EV start-ups, Simplified. Dateline "12月1日" and
# "11月" print no year -> period None, "November" / "January-November" in basis. Deliveries and sales in 辆 are
# "vehicles" (news16/17). BYD's 48.02万辆 -> 480200 (sales). "3万辆+" (the three laggards' level), 零跑's October
# "首次突破7万辆" and 小米's "再次超过4万辆" are thresholds -> optional open bounds. 小鹏's "38万辆的年度目标" is key
# (a delivery target); 理想's "完成全年销量目标的56.58%" is key. 蔚来品牌 (the NIO brand within 蔚来公司) owns its
# 18393. 理想's 1-11月 figure is printed as 累计销量 -> sales, not deliveries (alternatives cover both).
BYD = "比亚迪|BYD"
HM = "鸿蒙智行|HIMA|Harmony Intelligent Mobility Alliance"
LP = "零跑汽车|零跑|Leapmotor"
XMI = "小米汽车|小米|Xiaomi Auto|Xiaomi"
XP = "小鹏汽车|小鹏|XPeng"
NIO = "蔚来公司|蔚来|NIO"
LI = "理想汽车|理想|Li Auto"
N, JN = "November", "January-November, cumulative"
DV, DG = "vehicle_deliveries|deliveries|vehicle_sales", "vehicle_deliveries_growth|deliveries_growth|vehicle_sales_growth"
G["zh04"] = ([
    m("vehicle_sales|sales_volume|vehicle_deliveries", 480200, "vehicles", BYD, None, basis=N),
    m(DV, 81864, "vehicles", HM, None, basis=N),
    m(DG, 89.61, "%", HM, None, basis="yoy, " + N),
    m(DV, None, "vehicles", "小鹏、蔚来、理想|XPeng, NIO, Li Auto", None, rng=(30000, None), opt=True, basis=N + ", 3万辆+"),
    m(DV, 70327, "vehicles", LP, None, basis=N),
    m(DV, None, "vehicles", LP, None, rng=(70000, None), opt=True, basis="October, first time above"),
    m(DV, None, "vehicles", XMI, None, rng=(40000, None), opt=True, basis=N + ", 超过"),
    m(DV, 36728, "vehicles", XP, None, basis=N),
    m(DG, 19, "%", XP, None, basis="yoy, " + N),
    m(DV, 391937, "vehicles", XP, None, basis=JN),
    m(DG, 156, "%", XP, None, basis="yoy, " + JN),
    m("delivery_target|sales_target", 380000, "vehicles", XP, None, basis="annual target, already met"),
    m(DV, 36275, "vehicles", NIO, None, basis=N),
    m(DG, 76.3, "%", NIO, None, basis="yoy, " + N),
    m(DG, -10, "%", NIO, None, basis="mom, " + N),
    m(DV, 18393, "vehicles", "蔚来品牌|NIO brand", None, basis=N),
    m(DV, 33181, "vehicles", LI, None, basis=N),
    m(DG, -31.9, "%", LI, None, basis="yoy, " + N),
    m("vehicle_sales|sales_volume|vehicle_deliveries", 361697, "vehicles", LI, None, basis=JN),
    m("target_completion|sales_target_completion", 56.58, "%", LI, None, basis="share of full-year sales target reached, " + JN),
], [])

# zh05: PBOC financial statistics report for November 2022 (sections one and two), reposted, Simplified. The title
# prints "2022年11月" -> month flows period "2022-11", month-end stocks "2022-11-30", 1-11月 "2022-01..11". Section
# headings repeat the body's growth rates (12.4%, 4.6%, 11%) -> one row each. Changes of a growth rate against the
# previous month-end and a year earlier are pp rows (news15), sign from 高/低. "同比少增596亿元" is a negative yoy change
# (news16); "同比多增1.09万亿元" positive. Sector parts own their figures (news14/16); decreases (减少) are negative.
CN = "中国|全国|China"
HH = "住户|households"; CORP = "企(事)业单位|企业|corporates"
M, ME, YTD = "2022-11", "2022-11-30", "2022-01..11"
G["zh05"] = ([
    m("m2|money_supply_m2", 2.647e14, "CNY", CN, ME),
    m("m2_growth", 12.4, "%", CN, ME, basis="yoy"),
    m("m2_growth_change", 0.6, "pp", CN, ME, basis="vs previous month-end"),
    m("m2_growth_change", 3.9, "pp", CN, ME, basis="vs a year earlier"),
    m("m1|money_supply_m1", 6.67e13, "CNY", CN, ME),
    m("m1_growth", 4.6, "%", CN, ME, basis="yoy"),
    m("m1_growth_change", -1.2, "pp", CN, ME, basis="vs previous month-end"),
    m("m1_growth_change", 1.6, "pp", CN, ME, basis="vs a year earlier"),
    m("m0|money_supply_m0|currency_in_circulation", 9.97e12, "CNY", CN, ME),
    m("m0_growth", 14.1, "%", CN, ME, basis="yoy"),
    m("net_cash_injection|cash_injection", 1.323e11, "CNY", CN, M),
    m("total_loans|loans_outstanding", 2.1811e14, "CNY", CN, ME, basis="RMB and foreign-currency loans"),
    m("total_loans_growth|loan_growth", 10.4, "%", CN, ME, basis="yoy, RMB and foreign-currency loans"),
    m("rmb_loans|loans_outstanding", 2.1259e14, "CNY", CN, ME, basis="RMB loans outstanding"),
    m("rmb_loan_growth|loan_growth", 11, "%", CN, ME, basis="yoy"),
    m("rmb_loan_growth_change|loan_growth_change", -0.1, "pp", CN, ME, basis="vs previous month-end"),
    m("rmb_loan_growth_change|loan_growth_change", -0.7, "pp", CN, ME, basis="vs a year earlier"),
    m("new_rmb_loans|new_loans", 1.21e12, "CNY", CN, M),
    m("new_rmb_loans_change|new_loans_change", -5.96e10, "CNY", CN, M, basis="yoy, 少增"),
    m("household_loans|new_loans", 2.627e11, "CNY", HH, M),
    m("household_short_term_loans|new_loans", 5.25e10, "CNY", HH, M),
    m("household_medium_long_term_loans|new_loans", 2.103e11, "CNY", HH, M),
    m("corporate_loans|new_loans", 8.837e11, "CNY", CORP, M),
    m("corporate_short_term_loans|new_loans", -2.41e10, "CNY", CORP, M),
    m("corporate_medium_long_term_loans|new_loans", 7.367e11, "CNY", CORP, M),
    m("bill_financing|new_loans", 1.549e11, "CNY", CORP, M),
    m("nbfi_loans|new_loans", -9.9e9, "CNY", "非银行业金融机构|non-bank financial institutions", M),
    m("new_rmb_loans|new_loans", 1.991e13, "CNY", CN, YTD, basis="cumulative"),
    m("new_rmb_loans_change|new_loans_change", 1.09e12, "CNY", CN, YTD, basis="yoy, 多增"),
], [])

# zh06: China News Service (中新社) report of CAAM's November auto output and sales, Simplified. The dateline
# "12月11日" and "11月" print no year -> period None, "November" / "January-November" in basis. NEV and the whole
# auto market are two entities. "新能源汽车新车销量达到汽车新车总销量的40.3%" is the NEV share of sales (key).
# Growth-rate widening against January-October: "扩大1.1个百分点" / "扩大1个百分点" -> +1.1 / +1 pp rows.
# "月度产销再创历史新高" carries no figure. The closing quote has no figure.
NEV = "新能源汽车|中国新能源汽车|China NEV|new energy vehicles"
AUTO = "汽车|中国汽车|China autos|China auto market"
PR, SA = "vehicle_production|production_volume|production", "vehicle_sales|sales_volume"
PRG, SAG = "vehicle_production_growth|production_growth", "vehicle_sales_growth|sales_volume_growth"
G["zh06"] = ([
    m(PR, 1.566e6, "vehicles", NEV, None, basis=N),
    m(SA, 1.512e6, "vehicles", NEV, None, basis=N),
    m(PRG, 45.8, "%", NEV, None, basis="yoy, " + N),
    m(SAG, 47.4, "%", NEV, None, basis="yoy, " + N),
    m(PR, 1.1345e7, "vehicles", NEV, None, basis=JN),
    m(SA, 1.1262e7, "vehicles", NEV, None, basis=JN),
    m(PRG, 34.6, "%", NEV, None, basis="yoy, " + JN),
    m(SAG, 35.6, "%", NEV, None, basis="yoy, " + JN),
    m("nev_share|penetration_rate|market_share", 40.3, "%", NEV, None, basis="share of total new-vehicle sales, " + JN),
    m(PR, 3.437e6, "vehicles", AUTO, None, basis=N),
    m(SA, 3.316e6, "vehicles", AUTO, None, basis=N),
    m(PRG, 11.1, "%", AUTO, None, basis="yoy, " + N),
    m(SAG, 11.7, "%", AUTO, None, basis="yoy, " + N),
    m(PR, 2.7903e7, "vehicles", AUTO, None, basis=JN),
    m(SA, 2.794e7, "vehicles", AUTO, None, basis=JN),
    m(PRG, 2.9, "%", AUTO, None, basis="yoy, " + JN),
    m(SAG, 3.7, "%", AUTO, None, basis="yoy, " + JN),
    m("vehicle_production_growth_change|production_growth_change", 1.1, "pp", AUTO, None, basis="vs January-October, cumulative growth widened"),
    m("vehicle_sales_growth_change|sales_volume_growth_change", 1, "pp", AUTO, None, basis="vs January-October, cumulative growth widened"),
], [])
