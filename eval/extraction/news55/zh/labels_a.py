# Hand labels for news55/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page or other
# batch's file was read; of the earlier sets' gold files only the "unit" values were grepped (to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news52/zh, news53/zh and news54/zh README.md and the labels files of news53/zh (plus
# news10 / news11 / news13 zh for buyback price caps as upper-bound ranges, news18 zh04 and news50 zh01 for deliveries,
# news17 zh02 and news26 zh05 for insurers' premiums, news52 zh06 for a broker's target change in %).
# Values fully scaled (亿元 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4, 亿股 -> x1e8 shares, 亿港元 -> x1e8 HKD); mainland 元 = CNY;
# declines negative (下调, a printed minus sign in "同比-2.9%"); 同比 = yoy, 环比 = mom / qoq in basis; 约 / 左右 X -> X;
# 逾 / 超 / 超过 / 突破 / 以上 / 过 X are open bounds (rng=(X, None)), optional unless the figure is a result in its own right;
# caps "不超过X元/股" are rng=(None, X); bands "不低于A且不超过B" and "A-B" are closed ranges with value None. A figure printed
# twice is one key row plus an optional twin; bracketed currency conversions are optional. Intraday lows, round index
# levels regained ("重回4000点"), thresholds that define a count ("过亿元", "超过十亿元") and financing terms are optional.
# Brokers' targets and ratings appear only in rating actions (the target's % change is a key metric row, as news52 zh06);
# 同等权重 = equal-weight, 低配 = underweight. Counts of companies / funds are "companies" / "funds", vehicles "vehicles",
# bond issues the lenient "count"; delivery lead times "weeks", financing terms "years", battery shipments "GWh".
# Periods only where the text states or clearly implies the year: zh01 FY2023 for the forecasts ("2023年出货预测"; the
# day "6月7日" gets no period, its only row being optional); zh02 FY2025, 2025Q4 and 2025-12-31 (printed "2025年四季度",
# "2025年公募基金四季报"); zh03 None (11月, 11/7, 今年底 with no year printed); zh04 2025-10-31 for 美的's progress (printed
# "截至2025年10月31日"), None for the year-to-date totals and 茅台's plan (今年以来 with no end date); zh05 2023-01..05,
# 2023-05 and FY2022 (the 2022 dividend proposed now and the forecasts for "2023年全年" fix 今年 = 2023); zh06 2015-07-13
# and 2015-05-18..2015-07-13 (printed "2015年第一批", "2015年地方债发行", "截至7月13日").

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 21世纪经济报道's report on Morgan Stanley's downgrade of 宁德时代 and the mainland brokers' replies (stored on a mirror,
# m.caijing.weishan.cc, meirizixun/20230607; the byline "21世纪经济报道记者 董鹏 成都报道" kept; the photo note "(资料图片)"
# left out; no headline in the stored text and none composed; the stored text breaks off inside "从供给端看,松下在北美的
# 本土产能38-39GWh,…特斯拉自产电池预计8-10GWh," (cut mid-sentence), so the passage ends with the sentence before it).
# Key: the target cut of 约16% (-16 %, to 180元, carried by the rating action); Morgan Stanley's 2023 shipment forecast
# 320GWh and earnings forecast 324亿元; 东吴证券's maintained 464亿元 earnings forecast (FY2023, the sentence's year).
# Optional: the intraday low 204.5元 (an intraday level).
# Rating action: 摩根士丹利 downgrade of 宁德时代 from 同等权重 (equal-weight) to 低配 (underweight), target 180 CNY (no
# prior target printed; the -16 % is a metric row).
# Judgement calls: 盈利预测 / 盈利预期 are net-profit forecasts with the broker in basis; "2020、2021年" (the years of earlier
# bearish calls) and "3月下旬" carry no row; 天风 and 长江 give no rating or target, so no rating action for them.
CATL = "宁德时代|CATL|Contemporary Amperex Technology|Contemporary Amperex"
MS = "摩根士丹利|大摩|摩根|Morgan Stanley"
NPF = "net_profit_forecast|net_profit|earnings_forecast|profit_forecast"
G["zh01"] = ([
    m("price_low|intraday_low|share_price|price", 204.5, "CNY", CATL, None, opt=True,
      basis="intraday low on 6月7日 (盘中一度下探至)"),
    m("target_price_change|price_target_change", -16, "%", CATL, None,
      basis="摩根士丹利 cuts its target 约16% (to 180元)"),
    m("shipments_forecast|battery_shipments|shipments|shipment_forecast", 320, "GWh", CATL, "FY2023",
      basis="摩根士丹利's 2023 shipment forecast (仅为), as quoted by 东吴证券"),
    m(NPF, 3.24e10, "CNY", CATL, "FY2023", basis="摩根士丹利's 2023 earnings forecast (仅), as quoted by 东吴证券"),
    m(NPF, 4.64e10, "CNY", CATL, "FY2023", basis="东吴证券's own earnings forecast, maintained (维持)"),
], [
    ra(MS, CATL, "downgrade", "underweight", "equal-weight", 180, None, "CNY"),
])


# zh02: FX168's round-up of the 2025 fourth-quarter reports of mutual funds (news.fx168news.com cooperate/2601/7410252; no
# headline in the stored text and none composed; the sub-head "AI主线分化,“易中天”遭遇减持" reworded; the chart title
# "2025年度度基金业绩排名top20" and its source line "数据来源:Wind 区间:2024.12:31-2025.12.31" left out as a caption; the
# stored text breaks off at "季" after "以文章开头提到过的永赢科技智选A为例。", so the passage ends with that sentence).
# Key: 永赢科技智选A's full-year return 233.29% (FY2025), its latest combined size 154.68亿元 (2025-12-31) and the size's
# quarter-on-quarter growth 34.26% (2025Q4); the 45 funds whose size doubled in the quarter.
# Optional: the sample bound "逾3300只" (funds that had reported by 1月21日); "超四成" of active equity funds with a positive
# quarter (-> (40, None) %); "规模增幅甚至突破40倍" (-> (40, None) x).
# Judgement calls: "最新合计规模" is the fund's size across share classes at the quarter-end of the report (2025-12-31);
# "环比增长" of a fund's size is quarter-on-quarter; the manager's name carries no row.
YY = "永赢科技智选A|永赢科技智选|永赢科技智选混合A|Yongying Technology Select"
MF = "公募基金|基金|全市场基金|mutual funds|funds"
G["zh02"] = ([
    m("funds|count|funds_reported", None, "funds", MF, "2025Q4", rng=(3300, None), opt=True,
      basis="逾3300只 funds had published Q4 reports by 1月21日 (sample, bound)"),
    m("share|proportion|share_with_positive_return", None, "%", "主动权益型基金|主动权益基金|active equity funds", "2025Q4",
      rng=(40, None), opt=True, basis="超四成 with a positive quarterly return (bound)"),
    m("fund_return|return|cumulative_return", 233.29, "%", YY, "FY2025", basis="全年累计回报"),
    m("fund_size|aum|assets_under_management|fund_scale", 1.5468e10, "CNY", YY, "2025-12-31",
      basis="最新合计规模 (all share classes)"),
    m("fund_size_growth|aum_growth|fund_scale_growth", 34.26, "%", YY, "2025Q4", basis="qoq (环比增长)"),
    m("funds|count", 45, "funds", MF, "2025Q4", basis="funds whose size doubled in the quarter (规模单季翻倍)"),
    m("fund_size_growth|aum_growth|fund_scale_growth", None, "x", "迷你基|mini funds", "2025Q4", rng=(40, None), opt=True,
      basis="规模增幅甚至突破40倍 (bound)"),
], [])


# zh03: a broker's November delivery tracker for Tesla and China's EV start-ups, as stored on finance.sina.com.cn (vReport
# 786586920446; the report title kept as the headline, reworded around "11月" and "P7+"; the stored text runs on into the
# start-ups' delivery lead times and breaks off inside "Mona M03 交付周期缩短至8-13 周(vs.11 月交付周期均为9-16 ", so the
# passage ends with the Tesla sentence, at a full stop, leaving out 理想's / 蔚来's / 小鹏's lead times and offers).
# Key: 小鹏's 3 万辆 target (达成; its only printing); 理想 48,740 辆 (+18.8% yoy, -5.3% mom); 小鹏 30,895 辆 (+54.2%,
# +29.2%); 蔚来 20,575 辆 (+28.9%, -1.9%); 蔚来品牌 15,493 辆 (-2.9%, -7.0%); 乐道L60 5,082 辆 (+17.7% mom); P7+'s price band
# 18.68-21.88 万元; Model Y lead time 1-3 周 (unchanged, prior = level); Model3 1-3 周 (from 2-4 周); the 1 万元 discount.
# Optional: "大定突破1 万台" (orders, bound), "冲击单月总交付4+万辆" (bound), November's Model3 2-4 周 as a row, the 0 息
# financing and its 1-5 年 term.
# Judgement calls: "同比+18.8%/环比-5.3%至48,740 辆" gives a level and two growth rows (signs as printed); 蔚来 (the company,
# 20,575) and 蔚来品牌 (15,493) are separate entities; 11/7, 12/31, 11/25 and "12 分钟" carry no row; period None (11月
# without a year); a price band "X-Y 万元" is a closed CNY range.
LI = "理想|理想汽车|Li Auto"
XP = "小鹏|小鹏汽车|XPeng"
NIO = "蔚来|蔚来公司|蔚来汽车|NIO"
NIOB = "蔚来品牌|NIO brand|NIO"
LD = "乐道L60|乐道|Onvo L60|Onvo"
P7 = "小鹏P7+|P7+|XPeng P7+"
DV = "vehicle_deliveries|deliveries|delivery_volume"
DG = "vehicle_deliveries_growth|deliveries_growth|delivery_growth"
LT = "delivery_lead_time|delivery_wait_time|delivery_period"
MY = "国产Model Y|Model Y|特斯拉|Tesla"
M3 = "Model3|Model 3|特斯拉|Tesla"
TC = "特斯拉中国|特斯拉|Tesla China|Tesla|Model3/Y"
G["zh03"] = ([
    m("delivery_target|sales_target", 30000, "vehicles", XP, None, basis="3 万辆目标 (达成)"),
    m(DV, 48740, "vehicles", LI, None, basis="November deliveries"),
    m(DG, 18.8, "%", LI, None, basis="yoy (同比+)"),
    m(DG, -5.3, "%", LI, None, basis="mom (环比-)"),
    m(DV, 30895, "vehicles", XP, None, basis="November deliveries"),
    m(DG, 54.2, "%", XP, None, basis="yoy"),
    m(DG, 29.2, "%", XP, None, basis="mom"),
    m(DV, 20575, "vehicles", NIO, None, basis="November deliveries (company, both brands)"),
    m(DG, 28.9, "%", NIO, None, basis="yoy"),
    m(DG, -1.9, "%", NIO, None, basis="mom"),
    m(DV, 15493, "vehicles", NIOB, None, basis="November deliveries, NIO brand (in brackets)"),
    m(DG, -2.9, "%", NIOB, None, basis="yoy"),
    m(DG, -7.0, "%", NIOB, None, basis="mom"),
    m(DV, 5082, "vehicles", LD, None, basis="November deliveries (in brackets)"),
    m(DG, 17.7, "%", LD, None, basis="mom"),
    m("price|retail_price|price_range", None, "CNY", P7, None, rng=(186800, 218800), basis="售价 18.68-21.88 万元"),
    m("orders|firm_orders|pre_orders", None, "vehicles", P7, None, rng=(10000, None), opt=True,
      basis="大定突破1 万台 within 12 分钟 of launch (bound)"),
    m("vehicle_deliveries_forecast|delivery_target|vehicle_deliveries", None, "vehicles", XP, None, rng=(40000, None),
      opt=True, basis="year-end single-month total aimed at 4+万辆 (bound, forecast)"),
    m(LT, None, "weeks", MY, None, rng=(1, 3), prng=(1, 3), basis="交付周期仍为1-3 周 (unchanged)"),
    m(LT, None, "weeks", M3, None, rng=(1, 3), prng=(2, 4), basis="缩至1-3 周 from November's 2-4 周"),
    m(LT, None, "weeks", M3, None, rng=(2, 4), opt=True, basis="November's lead time (vs. 11 月)"),
    m("financing_rate|interest_rate", 0, "%", TC, None, opt=True, basis="0 息 purchase financing, extended to 12/31"),
    m("financing_term|loan_term", None, "years", TC, None, rng=(1, 5), opt=True, basis="1-5 年 0 息 / low-interest terms"),
    m("discount|price_cut|price_reduction", 10000, "CNY", "Model Y|特斯拉中国|特斯拉|Tesla", None,
      basis="限时交付尾款立减1 万元 (from 11/25, RWD and Long Range AWD)"),
], [])


# zh04: 南方+'s feature on the 2025 wave of buybacks and share purchases (xapp.southcn.com node_27c664f088/e9f6dbde58; no
# headline in the stored text and none composed; the sub-head "再贷款激发A股回购增持热情" reworded; the stored text breaks
# off inside "此前,美的集团曾抛出两份回购计划,一份回购区间为15亿元—30亿元,…另一份的回购区间为50亿元—100亿元,截至10月底
# 累计回购约11043万" (cut mid-sentence), so the passage ends with 美的's cumulative buyback and that sentence's 15 / 30 /
# 10 (twice) / 2056 / 15.10 / 50 / 100 / 11043 are not in it).
# Key: 贵州茅台's cash dividend 300亿元 (含税), buyback band 15亿–30亿元 and price cap 1887.63元/股; 1412 A-share companies
# with buybacks totalling 1288.00亿元; 241 Hong Kong companies with 1466.73亿港元; 269 companies above 1亿元 and 14 above
# 十亿元; 美的集团's cumulative 1.3亿股, 1.7048% of its share capital and 95.75亿元 (2025-10-31).
# Optional: 上证指数 "重回4000点" (a round level), 恒生科技指数 "一度突破6600点" (intraday bound), "超过700家" (bound), the
# conversion "约1,343.38亿人民币", "合计超2500亿元" (bound), the thresholds "过亿元" and "超过十亿元".
# Judgement calls: 今年以来 totals take period None (the text prints no end date; 11月5日 is the news hook); 港股 amounts in
# 亿港元 are HKD; "四年来新高" carries no figure; 茅台's dividend has no printed period.
MT = "贵州茅台|茅台|Kweichow Moutai|Moutai"
MD = "美的集团|美的|Midea Group|Midea"
AS = "A股|A股上市公司|A股市场|上市公司|A-share companies|A shares"
HK = "港股|港股上市公司|港股市场|Hong Kong-listed companies|Hong Kong market"
BB = "buyback_amount|buyback_value|total_buybacks|buybacks"
CO = "companies|count"
G["zh04"] = ([
    m("index_level|close|level", 4000, "points", "上证指数|上证综指|Shanghai Composite|SSE Composite", None, opt=True,
      basis="重回4000点 (round level)"),
    m("index_level|high|level", None, "points", "恒生科技指数|恒生科指|Hang Seng TECH Index", None, rng=(6600, None),
      opt=True, basis="一度突破6600点, record high (intraday bound)"),
    m("cash_dividend|dividend|total_dividend", 3e10, "CNY", MT, None, basis="现金红利, 含税"),
    m("buyback_amount|buyback_size", None, "CNY", MT, None, rng=(1.5e9, 3e9),
      basis="回购资金总额不低于15亿元(含)且不超过30亿元(含)"),
    m("buyback_price_cap|buyback_max_price|buyback_price", None, "CNY", MT, None, rng=(None, 1887.63),
      basis="per share, upper limit (含)"),
    m(CO, None, "companies", AS, None, rng=(700, None), opt=True,
      basis="超过700家 disclosed buyback plans, year to date (bound)"),
    m(CO, 1412, "companies", AS, None, basis="companies that carried out buybacks, year to date"),
    m(BB, 1.288e11, "CNY", AS, None, basis="buybacks, year to date"),
    m(CO, 241, "companies", HK, None, basis="Hong Kong-listed companies that bought back shares, same period"),
    m(BB, 1.46673e11, "HKD", HK, None, basis="buybacks, same period"),
    m(BB, 1.34338e11, "CNY", HK, None, opt=True, basis="约 CNY conversion in brackets"),
    m(BB, None, "CNY", "A股、港股|A股和港股|两地市场|A-share and Hong Kong markets", None, rng=(2.5e11, None), opt=True,
      basis="合计超2500亿元 (bound)"),
    m(CO, 269, "companies", "企业|A股|A-share companies", None, basis="buybacks 过亿元, year to date (Wind)"),
    m(BB, None, "CNY", "企业|A股|A-share companies", None, rng=(1e8, None), opt=True, basis="threshold 过亿元"),
    m(CO, 14, "companies", "企业|A股|A-share companies", None, basis="buybacks 超过十亿元"),
    m(BB, None, "CNY", "企业|A股|A-share companies", None, rng=(1e9, None), opt=True, basis="threshold 超过十亿元"),
    m("shares_repurchased|buyback_shares|shares", 1.3e8, "shares", MD, "2025-10-31", basis="cumulative A shares bought back"),
    m("share_of_total_shares|stake|percentage_of_share_capital", 1.7048, "%", MD, "2025-10-31",
      basis="占公司当前总股本"),
    m(BB + "|amount_paid", 9.575e9, "CNY", MD, "2025-10-31", basis="支付总金额, excluding fees (cumulative)"),
], [])


# zh05: report on the five A-share listed insurers' premiums for the first five months, with May growth and their 2022
# dividends (stored on m.muslem.net.cn, bbs/qianyankeji/2023/06/16/130656; the photo note "【资料图】" and the trailing
# "推荐内容" left out; no headline in the stored text and none composed; a whole stored item otherwise).
# Periods: 2023-01..05 (前5个月), 2023-05 (5月份), FY2022 (the 2022年度 dividends).
# Key: 新华保险 约882.2亿元 (+1.66%, lead); combined 约1.43万亿元 (+5.6%); 中国人寿 3986亿元 (+5.12%); 中国人保 3414.24亿元
# (+7.37%), 中国平安 3866.73亿元 (+6.16%), 中国太保 2102.89亿元 (+4.40%) (分别, in order); May: 人保寿险 +41.2%, 新华保险
# +17.4%, 中国人寿 +15.7%, 平安人寿 +10%, 太保寿险 +4.9%; 2022 dividends 781.93亿元 in total and payout ratios 中国平安
# 52.3%, 中国人寿 43%, 中国太保 39.9%, 新华保险 34.3%, 中国人保 30.1%.
# Optional: the list's repeat of 新华保险's 882.2亿元 and 1.66%; "现金分红率都在30%以上" (bound).
# Judgement calls: 保费收入 is original premium income (the note says so); the May rates belong to the life arms (人保寿险,
# 平安人寿, 太保寿险) with the group as alias, 新华保险 and 中国人寿 being life insurers themselves; the counts 五 / 3家 and
# the date 6月15日 carry no row; the 2023 outlook prints no figure.
P5, M5, FY = "2023-01..05", "2023-05", "FY2022"
PI = "premium_income|original_premium_income|premiums"
PG = "premium_income_growth|premium_growth"
PAY = "dividend_payout_ratio|payout_ratio|cash_dividend_ratio"
XH = "新华保险|New China Life|NCI"
CL = "中国人寿|国寿|China Life"
PICC = "中国人保|PICC|人保"
PA = "中国平安|平安|Ping An"
CP = "中国太保|太保|CPIC"
FIVE = "A股五大上市险企|五大上市险企|五大险企|五家上市险企|上市险企|listed insurers"
G["zh05"] = ([
    m(PI, 8.822e10, "CNY", XH, P5, basis="约882.2亿元, cumulative (lead)"),
    m(PG, 1.66, "%", XH, P5, basis="yoy (lead)"),
    m(PI, 1.43e12, "CNY", FIVE, P5, basis="combined, 约1.43万亿元"),
    m(PG, 5.6, "%", FIVE, P5, basis="yoy, combined"),
    m(PI, 3.986e11, "CNY", CL, P5, basis="cumulative"),
    m(PI, 8.822e10, "CNY", XH, P5, opt=True, basis="repeat in the list"),
    m(PG, 5.12, "%", CL, P5, basis="yoy (分别, first)"),
    m(PG, 1.66, "%", XH, P5, opt=True, basis="yoy, repeat in the list"),
    m(PI, 3.41424e11, "CNY", PICC, P5, basis="cumulative (分别, first)"),
    m(PI, 3.86673e11, "CNY", PA, P5, basis="cumulative (分别, second)"),
    m(PI, 2.10289e11, "CNY", CP, P5, basis="cumulative (分别, third)"),
    m(PG, 7.37, "%", PICC, P5, basis="yoy (分别, first)"),
    m(PG, 6.16, "%", PA, P5, basis="yoy (分别, second)"),
    m(PG, 4.40, "%", CP, P5, basis="yoy (分别, third)"),
    m(PG, 41.2, "%", "人保寿险|PICC Life|" + PICC, M5, basis="May, yoy"),
    m(PG, 17.4, "%", XH, M5, basis="May, yoy (分别, first)"),
    m(PG, 15.7, "%", CL, M5, basis="May, yoy (分别, second)"),
    m(PG, 10, "%", "平安人寿|Ping An Life|" + PA, M5, basis="May, yoy (分别, third)"),
    m(PG, 4.9, "%", "太保寿险|CPIC Life|" + CP, M5, basis="May, yoy"),
    m("dividends|total_dividend|cash_dividend", 7.8193e10, "CNY", FIVE, FY, basis="proposed (拟合计派发) for 2022年度"),
    m(PAY, None, "%", FIVE, FY, rng=(30, None), opt=True, basis="现金分红率都在30%以上 (bound)"),
    m(PAY, 52.3, "%", PA, FY, basis="cash payout ratio, highest (居首)"),
    m(PAY, 43, "%", CL, FY, basis="cash payout ratio (分别, first)"),
    m(PAY, 39.9, "%", CP, FY, basis="cash payout ratio (分别, second)"),
    m(PAY, 34.3, "%", XH, FY, basis="cash payout ratio (分别, third)"),
    m(PAY, 30.1, "%", PICC, FY, basis="cash payout ratio (分别, fourth)"),
], [])


# zh06: 中国证券报's item (byline "(葛春晖)") on two provinces' local-government bond sales on 2015-07-13, stored on a spam
# page (0227081.com zzjrcl/93861): the title "两批地方政府债顺利发行哈" kept and reworded without its stray "哈" (no figure);
# the page's category and date line "铸造及热处理2022年01月26日", the inserted "输电成本是6分8厘" before the dateline, and the
# trailing link list ("相关阅读" and unrelated headlines) left out; otherwise the whole stored item.
# Key: 广东 2015年第一批 special bonds 55亿元 with winning rates 3.12% / 3.45% / 3.46% for 5 / 7 / 10 years (分别, in order);
# 江西 replacement general bonds 76.64亿元 at 3.25% / 3.59% / 3.97% / 3.98% for 3 / 5 / 7 / 10 years; the customary spread
# 约50BP左右 over same-tenor treasuries; year-to-date 217期 and 11086.97亿元 of local-government bonds.
# Judgement calls: tenors (5年, 7年, …), tranche counts (一至三期, 三期, 四期) and the dates carry no rows of their own (the
# tenor goes in basis); "约50BP左右" -> 50 bp (约 / 左右 X -> X), key with period None (a standing convention); the text's
# "向水平看齐" (a word missing) and "招标日前个工作日" (a number missing) are kept as printed and give no row; bond issues
# are "count".
D6 = "2015-07-13"
GD = "广东省政府专项债券|广东专项债券|广东省|广东|Guangdong"
JX = "江西省置换一般债券|置换一般债券|江西省|江西|Jiangxi"
LG = "地方债|地方政府债券|地方政府债|local government bonds"
RATE = "winning_bid_rate|coupon_rate|issue_rate|yield|interest_rate"
ISS = "issue_size|issuance|bond_issuance|issuance_amount"
G["zh06"] = ([
    m(ISS, 5.5e9, "CNY", GD, D6, basis="三期合计, 2015年第一批"),
    m(RATE, 3.12, "%", GD, D6, basis="5年期 中标利率 (分别, first)"),
    m(RATE, 3.45, "%", GD, D6, basis="7年期 (分别, second)"),
    m(RATE, 3.46, "%", GD, D6, basis="10年期 (分别, third)"),
    m(ISS, 7.664e9, "CNY", JX, D6, basis="四期合计, 定向发行"),
    m(RATE, 3.25, "%", JX, D6, basis="3年期 中标利率 (分别, first)"),
    m(RATE, 3.59, "%", JX, D6, basis="5年期 (分别, second)"),
    m(RATE, 3.97, "%", JX, D6, basis="7年期 (分别, third)"),
    m(RATE, 3.98, "%", JX, D6, basis="10年期 (分别, fourth)"),
    m("spread|yield_spread|rate_spread", 50, "bp", "定向发行的地方债|" + LG + "|" + JX, None,
      basis="约50BP左右 above same-tenor treasuries (惯例)"),
    m("bond_issues|issues|count", 217, "count", LG, "2015-05-18..2015-07-13", basis="issues, year to date (期)"),
    m(ISS, 1.108697e12, "CNY", LG, "2015-05-18..2015-07-13", basis="issued, year to date"),
], [])
