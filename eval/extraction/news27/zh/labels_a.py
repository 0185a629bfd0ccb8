# Hand labels for news27/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY (also for a mainland company's results announced on
# the Hong Kong exchange but reported by a mainland site in 亿元, zh01); 美元 = USD; 万辆 / 万股 scaled to the count;
# 个百分点 = pp; "增长3.7倍" = +370 % (升/增X倍 = X × 100 %, news13). No year is taken from outside the text (URLs, page
# metadata and weekday arithmetic are never used): a day or month written without a year ("1至10月份", "10月末",
# "6月13日") has period None with the month or day in `basis`; a year is used when the text prints it (2023年一季度,
# 2024年8月7日, 2023年2月, 2023年3月16日) and broker forecast years "24-26年" are FY2024..FY2026 (news10 / news23). A
# figure printed twice in the same sense (lead and section, summary and follow-up bullets) is one row. Stock codes
# (01385.hk) and list numbers ("1、", "(一)") are never values; common codes are added as entity aliases only. Labels
# were written from the texts alone (no extractor run, no extractor output seen, no extractor code, test or docs read).

# zh01: mainland-site report (shanghai.cn360cn.com) on 复旦微电's 2023年一季度 results, announced on the Hong Kong
# exchange (the text prints only the H-share code 01385.hk; 688385 is the A-share code, added as an alias). Amounts
# in 亿元 / 万元 are CNY: a mainland company's results written up by a mainland site (the development-corpus rule
# "元 in a Hong Kong stock context = HKD" is for Hong Kong quotes and HK-dollar reporters; a judgement call, README).
# Period "2023Q1" for every flow. Key: revenue 8.09亿元 and "同比增4.33%", attributable net profit 1.88亿元 and
# "同比降19.18%" (negative), EPS 0.23元 (one row: basic and diluted are printed as one figure). Product-line revenue
# (五条产品线) and yoy changes are key rows of their own with the product line as entity (news26 zh01 segments); 约X
# -> X; 减少 -> negative. 0.47亿元 -> 4.7e7, 0.50亿元 -> 5.0e7. Comprehensive gross margin 66.77% and its "+3.18 个百分点"
# (pp change row, no prior: the earlier level is not printed); R&D expense "约21,934.46 万元" -> 2.193446e8 and its
# increase over a year earlier "约5,069.17万元" -> +5.06917e7 CNY (an absolute change row). "4月28日" is a date; the
# section numbers (一)/(二)/1、 are not figures.
FD = "复旦微电|上海复旦微电子集团股份有限公司|上海复旦|Fudan Microelectronics|01385|688385"
Q = "2023Q1"
SR, SRG = "segment_revenue|revenue", "segment_revenue_growth|revenue_growth"
SEC = "安全与识别芯片|security and identification chips|" + FD
NVM = "非挥发性存储器|非挥发存储器|non-volatile memory|" + FD
MTR = "智能电表芯片|smart meter chips|" + FD
FPGA = "fpga及其他芯片|FPGA and other chips|" + FD
TST = "测试服务|测试服务收入|testing services|" + FD
G["zh01"] = ([
    m("revenue|operating_revenue", 8.09e8, "CNY", FD, Q),
    m("revenue_growth|operating_revenue_growth", 4.33, "%", FD, Q, basis="yoy, 同比增"),
    m("net_profit|net_profit_attributable", 1.88e8, "CNY", FD, Q, basis="归属于上市公司股东的净利润 (attributable)"),
    m("net_profit_growth", -19.18, "%", FD, Q, basis="yoy, 同比降"),
    m("eps|basic_eps|diluted_eps", 0.23, "CNY", FD, Q, basis="basic and diluted, per share"),
    m(SR, 2.08e8, "CNY", SEC, Q, basis="约"), m(SRG, -2.99, "%", SEC, Q, basis="yoy, 减少"),
    m(SR, 2.77e8, "CNY", NVM, Q, basis="约"), m(SRG, 12.71, "%", NVM, Q, basis="yoy, 增加"),
    m(SR, 4.7e7, "CNY", MTR, Q, basis="约0.47亿元"), m(SRG, -54.43, "%", MTR, Q, basis="yoy, 减少"),
    m(SR, 2.28e8, "CNY", FPGA, Q, basis="约"), m(SRG, 33.62, "%", FPGA, Q, basis="yoy, 增加"),
    m(SR, 5.0e7, "CNY", TST, Q, basis="约0.50亿元, after consolidation eliminations (合并抵消后)"),
    m(SRG, 16.46, "%", TST, Q, basis="yoy, 增加"),
    m("gross_margin", 66.77, "%", FD, Q, basis="comprehensive (综合毛利率)"),
    m("gross_margin_change", 3.18, "pp", FD, Q, basis="vs a year earlier, 增加"),
    m("rd_expense|r_and_d_expense|research_and_development_expense", 2.193446e8, "CNY", FD, Q, basis="研发费用, 约"),
    m("rd_expense_change|r_and_d_expense_change", 5.06917e7, "CNY", FD, Q,
      basis="increase vs a year earlier (比上年同期增加约)"),
], [])

# zh02: Xinhua dispatch (feifmx mirror, automatic Traditional-script copy of the Simplified original; written in
# Simplified, news24 zh02) on the statistics bureau's industrial profits for 1至10月份. The dateline "11月27日" and
# "今年" print no year -> period None with "January-October" / "October" / "end-October" in basis (news21 zh04). Key:
# total profits 55211.8亿元 -> 5.52118e12 and +13.6%, the growth change against January-September "放缓1.1个百分点"
# -> -1.1 pp; five named industries' profit growth (增长3.7倍 -> +370 %; 下降 -> negative); 主营业务收入利润率 6.44%
# with +0.24 pp; cost per 100 yuan of main-business revenue 84.27元 with "降低0.25元" (-0.25 CNY, an absolute change);
# end-October 资产负债率 56.7% with -0.5 pp; October's own profits 5480.2亿元, +3.6% and "放缓0.5个百分点" (-0.5 pp).
# The counts of industries with rising / falling profits (34 / 7 of 41) are optional counts (news13 zh03); 41 is the
# size of the classification, not labelled. The official's explanation carries no figure; 前9个月 / 前10个月 are periods.
IND = "全国规模以上工业企业|规模以上工业企业|全国|China|industrial enterprises above designated size"
PR, PRG = "industrial_profits|total_profits|profits", "industrial_profits_growth|total_profits_growth|profits_growth"
PRGC = "industrial_profits_growth_change|profits_growth_change"
J10, OCT, EOCT = "January-October (1至10月份), cumulative", "October (10月份)", "end-October (10月末)"
G["zh02"] = ([
    m(PR, 5.52118e12, "CNY", IND, None, basis=J10),
    m(PRG, 13.6, "%", IND, None, basis="yoy, " + J10),
    m(PRGC, -1.1, "pp", IND, None, basis="vs January-September (前9个月), 放缓"),
    m("industries_growing|count", 34, "industries", IND, None, opt=True, basis="profit up yoy, of 41, " + J10),
    m("industries_declining|count", 7, "industries", IND, None, opt=True, basis="profit down yoy, " + J10),
    m(PRG, 10.7, "%", "煤炭开采和洗选业|coal mining and washing", None, basis="yoy, " + J10),
    m(PRG, 370, "%", "石油和天然气开采业|oil and gas extraction", None, basis="yoy, 增长3.7倍, " + J10),
    m(PRG, 63.7, "%", "黑色金属冶炼和压延加工业|ferrous metal smelting and rolling", None, basis="yoy, " + J10),
    m(PRG, -20.1, "%", "有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", None, basis="yoy, 下降, " + J10),
    m(PRG, -5.4, "%", "汽车制造业|automobile manufacturing", None, basis="yoy, 下降, " + J10),
    m("profit_margin|revenue_profit_margin", 6.44, "%", IND, None, basis="主营业务收入利润率, " + J10),
    m("profit_margin_change|revenue_profit_margin_change", 0.24, "pp", IND, None, basis="yoy, 提高"),
    m("cost_per_100_yuan_revenue|cost_per_100_revenue", 84.27, "CNY", IND, None,
      basis="cost per 100 yuan of main-business revenue (每百元主营业务收入中的成本), " + J10),
    m("cost_per_100_yuan_revenue_change|cost_per_100_revenue_change", -0.25, "CNY", IND, None, basis="降低, yoy"),
    m("debt_to_asset_ratio|asset_liability_ratio|leverage_ratio", 56.7, "%", IND, None, basis="资产负债率, " + EOCT),
    m("debt_to_asset_ratio_change|asset_liability_ratio_change", -0.5, "pp", IND, None, basis="yoy, 降低, " + EOCT),
    m(PR, 5.4802e11, "CNY", IND, None, basis=OCT),
    m(PRG, 3.6, "%", IND, None, basis="yoy, " + OCT),
    m(PRGC, -0.5, "pp", IND, None, basis="October vs September (比9月份放缓)"),
], [])

# zh03: 耀皮玻璃 (SYP Glass) filing on its controlling shareholder's share-purchase (增持) progress (stockstar
# summary page; the "原标题" tag dropped, the title line rephrased). The buyer is the controlling shareholder 上海建材
# (A shares) and its wholly-owned subsidiary 香港海建 (B shares); the entity strings carry the buyer and the issuer as
# alternatives (either is right). Plan (no period: a 12-month plan, not a reporting period; news23 zh06): the cap
# "不超过已发行股份的2%" -> rng=(None, 2) % (printed twice -> one row); the average-price cap is a formula (higher of
# the 40-day average before approval and the approval-day close) marked up "上浮20%" -> price_cap_premium 20 %, key
# (the plan's only price figure; printed twice -> one row); "40个交易日", "12个月" and the plan dates are not figures.
# Progress: the summary bullet (2024年2月7日至8月7日: 5,882,700股, 0.6292%, 20,214,000.42元, 3.44元/股) and the
# progress bullet (截至2024年8月7日: 6,013,600股, 0.6432%, 20,652,821.42元, 3.43元/股) print different figures for the
# same cumulative A-share purchase; both are labelled as printed, key, period 2024-08-07 with the section in basis.
# 香港海建's B shares (2,748,315股, 0.2940%, 712,101.73美元 -> USD, 0.26美元/股) sit in the same dated progress list ->
# 2024-08-07 (clearly implied). The A+B total 8,761,915股 and 0.9372% are key. Percentages are of issued shares.
YP = "耀皮玻璃|上海耀皮集团股份有限公司|上海耀皮|SYP Glass|600819|900918"
SJ = "上海建材|上海建材(集团)有限公司|Shanghai Building Materials|" + YP
HJ = "香港海建|Hong Kong Haijian|" + YP
BOTH = "上海建材及香港海建|上海建材|香港海建|" + YP
D = "2024-08-07"
SH, PCT = "shares_purchased|stake_increase_shares|shareholder_purchase_shares", "stake_increase_pct|shares_purchased_pct"
AMT, AVG = "purchase_amount|stake_increase_amount", "average_purchase_price|average_price"
SUM, PROG = "summary bullet, cumulative 2024年2月7日至8月7日", "progress bullet, cumulative 截至2024年8月7日"
G["zh03"] = ([
    m("stake_increase_cap|shares_purchased_pct", None, "%", SJ, None, rng=(None, 2),
      basis="plan cap, of issued shares (不超过已发行股份的2%); printed twice"),
    m("price_cap_premium|premium", 20, "%", SJ, None,
      basis="average-price cap: higher of 40-day average and approval-day close, 上浮20%; printed twice"),
    m(SH, 5882700, "shares", SJ, D, basis="A shares, " + SUM),
    m(PCT, 0.6292, "%", SJ, D, basis="of issued shares, " + SUM),
    m(AMT, 20214000.42, "CNY", SJ, D, basis=SUM),
    m(AVG, 3.44, "CNY", SJ, D, basis="per share, " + SUM),
    m(SH, 6013600, "shares", SJ, D, basis="A shares, " + PROG),
    m(PCT, 0.6432, "%", SJ, D, basis="of issued shares, " + PROG),
    m(AMT, 20652821.42, "CNY", SJ, D, basis=PROG),
    m(AVG, 3.43, "CNY", SJ, D, basis="per share, " + PROG),
    m(SH, 2748315, "shares", HJ, D, basis="B shares, cumulative"),
    m(PCT, 0.2940, "%", HJ, D, basis="of issued shares, B shares"),
    m(AMT, 712101.73, "USD", HJ, D, basis="B shares"),
    m(AVG, 0.26, "USD", HJ, D, basis="per share, B shares"),
    m(SH, 8761915, "shares", BOTH, D, basis="A+B shares combined"),
    m(PCT, 0.9372, "%", BOTH, D, basis="of issued shares, A+B combined"),
], [])

# zh04: 证券之星 "券商力推股" item (xinjr99 copy) on 6月13日's buy-rated A shares (no year printed on the day; forecast
# years are printed: "24-26年", "2024-2026年", "24/25/26年" -> FY2024..FY2026 with basis "forecast" and the broker).
# 长城汽车 (中泰证券, 首次覆盖, 买入 -> initiate buy, no target): revenue 1955.9/2395.3/3000.0亿元 with growth
# 12.9/22.5/25.2%, 归母净利润 111.7/135.2/162.9亿元 with growth +59.1/+21.0/+20.5%, PE 18.9x/15.6x/12.9x, paired in order.
# 软通动力 (中邮证券): EPS 0.89/1.10/1.30元 and PE 44.25/35.80/30.34倍 (no rating printed for this note -> no action).
# 中国石油 (天风证券): maintained 归母净利润 forecasts 1703/1793/1901亿元 ("维持…盈利预测" maintains forecasts, not a
# rating -> no action), A-share PE 10.75/10.21/9.63倍 and H-share PE 8.3/7.8/7.4倍 (two series, basis A / H). The
# counts "近10家" buy-rated companies and the numbers of broker reports (8 / 3 / 2份) are optional counts (analyst
# counts); ranks (第一 / 第二 / 第三) and the report titles (incl. "系列1") are not labelled; 6月13日 is a date.
GW = "长城汽车|Great Wall Motor|601633|02333"
ST = "软通动力|iSoftStone|301236"
PC = "中国石油|PetroChina|601857|00857"
YRS = (2024, 2025, 2026)


def fc(metric, ent, vals, unit, what):
    return [m(metric, v, unit, ent, f"FY{y}", basis=f"forecast, {what}") for y, v in zip(YRS, vals)]


G["zh04"] = (
    [
        m("buy_rated_companies|count", 10, "companies", None, None, opt=True,
          basis="近10家 A shares given 买入 on 6月13日"),
        m("broker_reports|count", 8, "reports", GW, None, opt=True, basis="broker reports in the past month"),
    ]
    + fc("revenue_forecast|revenue", GW, [1.9559e11, 2.3953e11, 3.0e11], "CNY", "营收, 中泰证券")
    + fc("revenue_growth_forecast|revenue_growth", GW, [12.9, 22.5, 25.2], "%", "yoy, 中泰证券")
    + fc("net_profit_forecast|net_profit", GW, [1.117e10, 1.352e10, 1.629e10], "CNY", "归母净利润 (attributable), 中泰证券")
    + fc("net_profit_growth_forecast|net_profit_growth", GW, [59.1, 21.0, 20.5], "%", "yoy, 中泰证券")
    + fc("pe_ratio|pe", GW, [18.9, 15.6, 12.9], "x", "PE at current market value, 中泰证券")
    + [m("broker_reports|count", 3, "reports", ST, None, opt=True, basis="broker reports in the past month")]
    + fc("eps_forecast|eps", ST, [0.89, 1.10, 1.30], "CNY", "EPS, 中邮证券")
    + fc("pe_ratio|pe", ST, [44.25, 35.80, 30.34], "x", "PE at current share price, 中邮证券")
    + [m("broker_reports|count", 2, "reports", PC, None, opt=True, basis="broker reports in the past month")]
    + fc("net_profit_forecast|net_profit", PC, [1.703e11, 1.793e11, 1.901e11], "CNY",
         "归母净利润 (attributable), maintained (维持), 天风证券")
    + fc("pe_ratio|pe", PC, [10.75, 10.21, 9.63], "x", "A shares, 天风证券")
    + fc("pe_ratio|pe", PC, [8.3, 7.8, 7.4], "x", "H shares, 天风证券"),
    [
        ra("中泰证券|Zhongtai Securities", GW, "initiate", "buy", None, None, None, None),
    ],
)

# zh05: 智通财经 item on the CPCA (乘联会) February release (productivepromotion mirror, automatic Traditional-script
# copy with pinyin residue; written in Simplified). "2023年2月" is printed -> 2023-02; "1-2月累计" with "今年" and the
# printed 2023 -> 2023-01..02. The lead and the "零售" section print the same retail figures (139.0万辆, +10.4%,
# +7.5%; the 7.5% mom also a third time) -> one row each. Key: retail 139.0万辆 -> 1.39e6 vehicles with yoy and mom
# growth; NEV wholesale 49.6万辆 (+56.1% yoy, +27.5% mom); NEV domestic retail 43.9万辆 (+61.0%, +32.8%); Jan-Feb
# cumulative retail 267.9万辆 with "同比下降19.8%" (negative); luxury-car retail 20万辆 (+23%, +8%). The section heading
# "1、2月全国乘用车市场综述" holds a list number "1、" before "2月" -> not a figure (not "January and February"). The
# stored excerpt breaks off inside the next sentence (自主品牌, "环…"), which was left out; 3月8日 is a date.
PV = "乘用车市场|全国乘用车市场|乘用车|China passenger car market|passenger vehicles"
NEV = "新能源乘用车|新能源车|NEV passenger vehicles|new energy passenger vehicles"
LUX = "豪华车|豪华车市场|luxury cars"
RS, RSG = "retail_sales|passenger_car_retail_sales|vehicle_sales", "retail_sales_growth|vehicle_sales_growth"
WS, WSG = "wholesale_sales|nev_wholesale_sales|vehicle_sales", "wholesale_sales_growth|vehicle_sales_growth"
F = "2023-02"
G["zh05"] = ([
    m(RS, 1.39e6, "vehicles", PV, F, basis="retail; lead and section"),
    m(RSG, 10.4, "%", PV, F, basis="yoy; lead and section"),
    m(RSG, 7.5, "%", PV, F, basis="mom (环比); printed three times"),
    m(WS, 4.96e5, "vehicles", NEV, F, basis="wholesale (批发)"),
    m(WSG, 56.1, "%", NEV, F, basis="yoy, wholesale"),
    m(WSG, 27.5, "%", NEV, F, basis="mom (环比), wholesale"),
    m(RS, 4.39e5, "vehicles", NEV, F, basis="domestic retail (国内零售)"),
    m(RSG, 61.0, "%", NEV, F, basis="yoy, domestic retail"),
    m(RSG, 32.8, "%", NEV, F, basis="mom (环比), domestic retail"),
    m(RS, 2.679e6, "vehicles", PV, "2023-01..02", basis="retail, January-February cumulative (1-2月累计)"),
    m(RSG, -19.8, "%", PV, "2023-01..02", basis="yoy, 下降, January-February cumulative"),
    m(RS, 2.0e5, "vehicles", LUX, F, basis="retail"),
    m(RSG, 23, "%", LUX, F, basis="yoy, retail"),
    m(RSG, 8, "%", LUX, F, basis="mom (环比), retail"),
], [])

# zh06: 北京商报 FX report (gzshszh mirror, automatic Traditional-script copy; written in Simplified) on the yuan on
# 2023年3月16日 (printed) -> period 2023-03-16 for the day's fixing, opens and 10 a.m. quotes. Rates are CNY per USD,
# unit "CNY" with that in basis (news14 zh: usd_cny_fixing). The fixing 6.9149 is key with the previous day's 6.8680 as
# prior ("前一交易日中间价报6.8680元", same quantity); the earlier fixing is also an optional row of its own (news26).
# "单日调贬469基点" is the fixing's move: 基点 on an exchange rate are pips (0.0001, news14 "點子" -> pips); signed by the
# yuan's direction as the text words it (调贬 = RMB weaker -> -469; news14 signed "升103點子" +103), key here because it
# is the report's lead figure (news14 had it optional beside a close). "连续四个交易日" is a count of days; "围绕6.90
# 上下波动" and "也都在6.90附近" are rounded restatements -> optional rows. Onshore (在岸, CNY) previous close 6.8990
# (period None: the previous trading day is not dated), onshore open 6.8931 and offshore (离岸, CNH) open 6.8927 are key;
# the 10 a.m. quotes 6.8980 / 6.8995 with "日内升值0.01%" (+) and "日内贬值0.10%" (-) are key (the story's own
# quotes at press time, news24 zh02). "上午10时" is a time.
FIX = "人民币对美元中间价|人民币汇率中间价|人民币中间价|USD/CNY fixing|RMB central parity|人民币"
ON = "在岸人民币|在岸人民币兑美元|在岸人民币对美元|CNY|onshore yuan|USD/CNY"
OFF = "离岸人民币|离岸人民币兑美元|离岸人民币对美元|CNH|offshore yuan|USD/CNH"
D6 = "2023-03-16"
PER = "CNY per USD"
G["zh06"] = ([
    m("usd_cny_fixing|exchange_rate|fixing", 6.9149, "CNY", FIX, D6, prior=6.8680, basis="central parity, " + PER),
    m("usd_cny_fixing|exchange_rate|fixing", 6.8680, "CNY", FIX, None, opt=True,
      basis="previous trading day's fixing (前一交易日中间价), " + PER),
    m("fixing_change|exchange_rate_change", -469, "pips", FIX, D6, basis="单日调贬469基点 (RMB weaker), vs previous fixing"),
    m("usd_cny_fixing|exchange_rate|fixing", 6.90, "CNY", FIX, None, opt=True, basis="围绕6.90上下波动 (rounded)"),
    m("exchange_rate|usd_cny", 6.90, "CNY", ON + "|" + OFF, None, opt=True, basis="在岸与离岸都在6.90附近 (rounded)"),
    m("exchange_rate|usd_cny|close", 6.8990, "CNY", ON, None, basis="previous trading day's close (前一交易日收), " + PER),
    m("exchange_rate|usd_cny|open", 6.8931, "CNY", ON, D6, basis="open, " + PER),
    m("exchange_rate|usd_cnh|open", 6.8927, "CNY", OFF, D6, basis="open, " + PER),
    m("exchange_rate|usd_cny", 6.8980, "CNY", ON, D6, basis="at 10 a.m. (上午10时), " + PER),
    m("exchange_rate_change|currency_change", 0.01, "%", ON, D6, basis="intraday, 升值 (RMB stronger), at 10 a.m."),
    m("exchange_rate|usd_cnh", 6.8995, "CNY", OFF, D6, basis="at 10 a.m. (上午10时), " + PER),
    m("exchange_rate_change|currency_change", -0.10, "%", OFF, D6, basis="intraday, 贬值 (RMB weaker), at 10 a.m."),
], [])
