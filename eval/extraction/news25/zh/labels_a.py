# Hand labels for news25/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY (10761亿元 -> 1.0761e12, 11.03万亿元 -> 1.103e13);
# 万平方米 scaled to m2 (12.50万平方米 -> 125000 m2); 个百分点 = pp, 基点 = bp; 成 = 10 % (五成 -> 50, 七成 -> 70).
# No year is taken from outside the text (URLs, page dates and the writer's knowledge are never used): zh01 prints 2023,
# zh02 prints 2022, zh04 prints the dateline 2021年08月13日 and the forecast years 2021E-2023E, zh05 compares with "2011年同期"
# (so its "1月份" is 2012-01); zh03 ("今年前2个月", "上年12月份") and zh06 ("23日") print no year -> period None, the months or
# day in `basis`. A figure printed twice in the same sense (headline and body, lead and body, body and table) is one row;
# rounded or approximate restatements are optional rows. Forecast ranges in 业绩预告 are rng=(low, high) with value None.
# Stock moves written 逾X / 超X are optional bounds (dev corpus). Stock codes are never values; where the text prints no
# code the common code is added as an entity alias only. Counts of companies, industries, products and stocks, ranks,
# streaks ("连续3日", "连续8个月"), dates and years are not labelled (breadth counts of advancing / limit-up stocks are
# optional, news22). Labels were written from the texts alone (no extractor run, no extractor output seen, no extractor
# code, test, docs page or gold file read).


# zh01: results story on 招商银行's 2023 annual report (tianlu58.com copy of a mainland financial-press report; the stored
# page has no headline, none composed; two sub-heading lines are kept as lines). The year is printed -> flows "FY2023",
# balances "截至2023年末" -> "2023-12-31". Key: revenue 3391.23亿元 (printed in the lead and again after the sub-headings ->
# one row) and its -1.64 % (同比小幅下降 / 同比下降: negative); 归母净利润 and +6.22 %; total assets and liabilities with
# their growth against the previous year-end; NPL ratio 0.95 % and its -0.01 pp, provision coverage 437.70 % and its -13.09
# pp (the earlier levels are not printed -> change rows, no prior); the proposed 2023 dividend 每股现金分红1.972元(含税)
# (per share, pre-tax), the total payout 497.34亿元 and the payout ratio 35.01 %; NIM 2.15 % and net interest spread 2.03 %
# with "同比下降25个基点" read as the change of both (the sentence gives one change after the two levels; judgement call ->
# -25 bp for each); net interest income and its -1.63 %; net fee and commission income and its -10.78 %; the average
# yield on loans and advances 4.26 % and its -0.28 pp (下行); the average balance of loans and advances 6.3万亿元 with its
# +7.7 % ("增长7.7%至6.3万亿元"). Not labelled: "2016年以来首次" (a year), "2023年3月" and "2022年度业绩会" (a date and an
# event), "两条解决路径" (a count), the quotes "底色不变…" and "量难补价" (no figures).
CMB = "招商银行|招行|600036|China Merchants Bank|CMB"
F1, E1 = "FY2023", "2023-12-31"
G["zh01"] = ([
    m("revenue|operating_revenue|operating_income", 3.39123e11, "CNY", CMB, F1, basis="营业收入; lead and body"),
    m("revenue_growth|operating_revenue_growth|operating_income_growth", -1.64, "%", CMB, F1, basis="yoy, 下降"),
    m("net_profit|net_profit_attributable", 1.46602e11, "CNY", CMB, F1, basis="归母净利润 (attributable)"),
    m("net_profit_growth|net_profit_attributable_growth", 6.22, "%", CMB, F1, basis="yoy"),
    m("total_assets", 1.103e13, "CNY", CMB, E1, basis="截至2023年末"),
    m("total_assets_growth", 8.77, "%", CMB, E1, basis="vs previous year-end (较上年末)"),
    m("total_liabilities", 9.94e12, "CNY", CMB, E1, basis="截至2023年末"),
    m("total_liabilities_growth", 8.25, "%", CMB, E1, basis="vs previous year-end (较上年末)"),
    m("npl_ratio|non_performing_loan_ratio", 0.95, "%", CMB, E1, basis="不良贷款率"),
    m("npl_ratio_change|non_performing_loan_ratio_change", -0.01, "pp", CMB, E1, basis="vs previous year-end, 下降"),
    m("provision_coverage_ratio|provision_coverage", 437.70, "%", CMB, E1, basis="拨备覆盖率"),
    m("provision_coverage_ratio_change|provision_coverage_change", -13.09, "pp", CMB, E1,
      basis="vs previous year-end, 下降"),
    m("dividend_per_share|dividend|dps", 1.972, "CNY", CMB, F1,
      basis="per share, pre-tax (含税), proposed 2023 ordinary cash dividend"),
    m("total_dividend|cash_dividend_total|dividend_payout_amount", 4.9734e10, "CNY", CMB, F1,
      basis="现金分红总额, proposed"),
    m("payout_ratio|dividend_payout_ratio", 35.01, "%", CMB, F1, basis="分红率, highest in recent years"),
    m("net_interest_margin|nim", 2.15, "%", CMB, F1, basis="净息差"),
    m("net_interest_margin_change|nim_change", -25, "bp", CMB, F1, basis="yoy, 下降 (one change printed after both levels)"),
    m("net_interest_spread|interest_spread", 2.03, "%", CMB, F1, basis="净利差"),
    m("net_interest_spread_change|interest_spread_change", -25, "bp", CMB, F1,
      basis="yoy, 下降 (one change printed after both levels)"),
    m("net_interest_income", 2.14669e11, "CNY", CMB, F1, basis="净利息收入"),
    m("net_interest_income_growth", -1.63, "%", CMB, F1, basis="yoy, 下降; first fall since 2016"),
    m("net_fee_income|net_fee_and_commission_income|fee_income", 8.4108e10, "CNY", CMB, F1,
      basis="净手续费及佣金收入"),
    m("net_fee_income_growth|net_fee_and_commission_income_growth|fee_income_growth", -10.78, "%", CMB, F1,
      basis="yoy, 下降"),
    m("loan_yield|average_loan_yield", 4.26, "%", CMB, F1, basis="贷款与垫款平均收益率"),
    m("loan_yield_change|average_loan_yield_change", -0.28, "pp", CMB, F1, basis="vs previous year, 下行"),
    m("average_loans|average_loan_balance|loans", 6.3e12, "CNY", CMB, F1, basis="贷款与垫款平均余额"),
    m("average_loans_growth|average_loan_balance_growth|loan_growth", 7.7, "%", CMB, F1, basis="yoy"),
], [])

# zh02: year-start roundup of A-share 2022 业绩预告 (xunjk.com copy of a mainland market report; the page's "点蓝字关注"
# line and an image caption were left out as chrome; the stored excerpt continues past the cut into a new paragraph that
# breaks off, so the passage ends at the sentence before). All forecasts are for "2022年" / "2022年度" -> "FY2022", basis
# "业绩预告 (company forecast)". Key, per company: 盐湖股份 归母净利润 150亿元–156亿元 and its growth 234.94%–248.33% (ranges,
# value None); 贵州茅台 营业总收入 1272亿元左右 (左右 -> the value), the segment revenues of 茅台酒 1077亿元左右 and 系列酒 157亿元
# 左右 (entity the segment), revenue growth 16.20 %, 归母净利润 626亿元左右 and +19.33 %; 广汇能源 归母净利润 113亿元至115亿元,
# the increase on the year before 62.97亿元至64.97亿元 (a change range, CNY), growth 125.86%至129.86%, EPS 1.7211元至1.7515元,
# the EPS increase 0.9523元至0.9827元 and EPS growth 123.87%至127.82% ("与上年同期(法定披露数据)相比" = yoy). The prior-year
# figures are not printed, so no prior is derived. Optional: "占比约3/4" (a share of a count of companies, 75 %); "超过30家
# 公司预计2022年净利润超过10亿元" (a threshold over unnamed companies); "贵州茅台、盐湖股份、广汇能源等…超过百亿元" (restated
# by the three companies' exact forecasts -> optional open bounds, one per company). Not labelled: 200家, 150家, 10家, 30家
# (counts of companies), "1月11日" (a date), "上市22年以来" (a duration).
YH = "盐湖股份|000792|Qinghai Salt Lake Industry|Salt Lake"
MT = "贵州茅台|茅台|600519|Kweichow Moutai|Moutai"
GH = "广汇能源|600256|Guanghui Energy"
F2 = "FY2022"
YG = "业绩预告 (company forecast)"
NPF2 = "net_profit|net_profit_forecast|net_profit_attributable"
NPG2 = "net_profit_growth|net_profit_forecast_growth|net_profit_attributable_growth"
G["zh02"] = ([
    m("share_of_companies|proportion", 75, "%", "预喜公司|companies with positive pre-announcements", F2, opt=True,
      basis="占比约3/4 of the companies that issued 2022 业绩预告 (a share of a count)"),
    m(NPF2, None, "CNY", "超过30家公司|A-share companies", F2, rng=(1e9, None), opt=True,
      basis="超过30家公司 expect 2022 net profit above 10亿元 (lower end of forecasts; threshold)"),
    m(NPF2, None, "CNY", MT, F2, rng=(1e10, None), opt=True, basis="超过百亿元 (restated by the exact forecast)"),
    m(NPF2, None, "CNY", YH, F2, rng=(1e10, None), opt=True, basis="超过百亿元 (restated by the exact forecast)"),
    m(NPF2, None, "CNY", GH, F2, rng=(1e10, None), opt=True, basis="超过百亿元 (restated by the exact forecast)"),
    m(NPF2, None, "CNY", YH, F2, rng=(1.5e10, 1.56e10), basis=YG + ", 归属于上市公司股东的净利润"),
    m(NPG2, None, "%", YH, F2, rng=(234.94, 248.33), basis=YG + ", yoy"),
    m("revenue|total_operating_revenue|revenue_forecast", 1.272e11, "CNY", MT, F2, basis=YG + ", 营业总收入, 左右"),
    m("segment_revenue|revenue|revenue_forecast", 1.077e11, "CNY", "茅台酒|Moutai liquor|" + MT, F2,
      basis=YG + ", 茅台酒营业收入, 左右"),
    m("segment_revenue|revenue|revenue_forecast", 1.57e10, "CNY", "系列酒|series liquor|" + MT, F2,
      basis=YG + ", 系列酒营业收入, 左右"),
    m("revenue_growth|total_operating_revenue_growth", 16.20, "%", MT, F2, basis=YG + ", yoy, 左右"),
    m(NPF2, 6.26e10, "CNY", MT, F2, basis=YG + ", 归属于上市公司股东的净利润, 左右"),
    m(NPG2, 19.33, "%", MT, F2, basis=YG + ", yoy, 左右"),
    m(NPF2, None, "CNY", GH, F2, rng=(1.13e10, 1.15e10), basis=YG + ", 归属于上市公司股东的净利润"),
    m("net_profit_change|net_profit_increase", None, "CNY", GH, F2, rng=(6.297e9, 6.497e9),
      basis=YG + ", increase vs the same period last year (法定披露数据)"),
    m(NPG2, None, "%", GH, F2, rng=(125.86, 129.86), basis=YG + ", yoy"),
    m("eps|eps_forecast", None, "CNY", GH, F2, rng=(1.7211, 1.7515), basis=YG + ", 每股收益"),
    m("eps_change|eps_increase", None, "CNY", GH, F2, rng=(0.9523, 0.9827),
      basis=YG + ", increase vs the same period last year"),
    m("eps_growth", None, "%", GH, F2, rng=(123.87, 127.82), basis=YG + ", yoy"),
], [])

# zh03: 证券日报 story (byline "本报记者 孟 珂", no dateline) on the statistics bureau's January-February data. No year is
# printed ("3月18日", "今年前2个月", "上年12月份", "上年全年") -> period None, "January-February" in basis. Entities: the
# national aggregates are China, sub-sectors carry their own names. Key: industrial value added +7.0 % and its +0.2 pp
# against December (加快; December's rate is not printed -> a change row, no prior); services production index +5.8 %;
# retail sales 81307亿元 and +5.5 %; fixed-asset investment (不含农户) 50847亿元, +4.2 % and its +1.2 pp against last full
# year; power generation +8.3 % and freight volume +7.5 % ("实物量指标", stated exactly -> key); high-tech manufacturing
# value added +7.5 % and +1.1 pp; consumer-goods manufacturing value added +4.7 % and +4.4 pp; industrial export delivery
# value "由上年12月份同比下降3.2%转为增长0.4%" -> 0.4 % with prior -3.2 (the same yoy rate a month earlier), and December's
# -3.2 % also an optional row of its own (news23 / news24). Optional (secondary breadth detail of a macro release): the
# share of industries with growth 95.1 % and its +19.5 pp, the share of products with growth 67.5 % and its +5.7 pp. Not
# labelled: 41 / 39 industries, 619 / 418 products, 13 / 12 consumer-goods industries, 十大 / 8 export industries (counts),
# "连续3个月", "连续8个月" (streaks), "3月18日" (a date).
CN = "中国|全国|China"
JF = "January-February (今年前2个月 / 1月份至2月份)"
DEC = "December of last year (上年12月份)"
G["zh03"] = ([
    m("industrial_production_growth|industrial_value_added_growth", 7.0, "%", "全国规模以上工业|规模以上工业|" + CN, None,
      basis="yoy, " + JF),
    m("industrial_production_growth_change|industrial_value_added_growth_change", 0.2, "pp",
      "全国规模以上工业|规模以上工业|" + CN, None, basis="vs " + DEC + ", 加快"),
    m("services_production_index_growth|services_output_growth", 5.8, "%", "全国服务业生产指数|服务业|" + CN, None,
      basis="yoy, " + JF),
    m("retail_sales|total_retail_sales", 8.1307e12, "CNY", "社会消费品零售总额|" + CN, None, basis=JF),
    m("retail_sales_growth|total_retail_sales_growth", 5.5, "%", "社会消费品零售总额|" + CN, None, basis="yoy, " + JF),
    m("fixed_asset_investment|fai", 5.0847e12, "CNY", "全国固定资产投资|固定资产投资|" + CN, None,
      basis="excluding rural households (不含农户), " + JF),
    m("fixed_asset_investment_growth|fai_growth", 4.2, "%", "全国固定资产投资|固定资产投资|" + CN, None,
      basis="yoy, " + JF),
    m("fixed_asset_investment_growth_change|fai_growth_change", 1.2, "pp", "全国固定资产投资|固定资产投资|" + CN, None,
      basis="vs last full year (上年全年), 加快"),
    m("share_of_industries_growing|growth_breadth", 95.1, "%", "工业大类行业|industrial sectors|" + CN, None, opt=True,
      basis="增长面: 39 of 41 industries with value-added growth, " + JF),
    m("share_of_industries_growing_change|growth_breadth_change", 19.5, "pp", "工业大类行业|industrial sectors|" + CN,
      None, opt=True, basis="vs " + DEC + ", 扩大"),
    m("share_of_products_growing|growth_breadth", 67.5, "%", "主要工业产品|industrial products|" + CN, None, opt=True,
      basis="增长面: 418 of 619 products with output growth, " + JF),
    m("share_of_products_growing_change|growth_breadth_change", 5.7, "pp", "主要工业产品|industrial products|" + CN,
      None, opt=True, basis="扩大"),
    m("power_generation_growth|electricity_output_growth|output_growth", 8.3, "%", "规模以上工业发电量|发电量|" + CN, None,
      basis="yoy, " + JF),
    m("freight_volume_growth|freight_growth", 7.5, "%", "货运量|freight|" + CN, None, basis="yoy, " + JF),
    m("industrial_value_added_growth|industrial_production_growth", 7.5, "%",
      "规模以上高技术制造业|高技术制造业|high-tech manufacturing", None, basis="yoy, " + JF),
    m("industrial_value_added_growth_change|industrial_production_growth_change", 1.1, "pp",
      "规模以上高技术制造业|高技术制造业|high-tech manufacturing", None, basis="vs " + DEC + ", 加快; third month running"),
    m("industrial_value_added_growth|industrial_production_growth", 4.7, "%",
      "规模以上消费品制造业|消费品制造业|consumer goods manufacturing", None, basis="yoy, " + JF),
    m("industrial_value_added_growth_change|industrial_production_growth_change", 4.4, "pp",
      "规模以上消费品制造业|消费品制造业|consumer goods manufacturing", None, basis="vs " + DEC + ", 加快"),
    m("export_delivery_value_growth|industrial_export_delivery_value_growth", 0.4, "%",
      "规模以上工业出口交货值|工业出口交货值|industrial export delivery value", None, prior=-3.2,
      basis="yoy, " + JF + "; from a yoy fall in December (由降转增)"),
    m("export_delivery_value_growth|industrial_export_delivery_value_growth", -3.2, "%",
      "规模以上工业出口交货值|工业出口交货值|industrial export delivery value", None, opt=True, basis="yoy, " + DEC + ", 下降"),
], [])

# zh04: 东方财富Choice data item on Sina Finance, "国泰君安维持峨眉山A增持评级 目标价8.95元", dateline "2021年08月13日 11:18".
# The stored page is a text scrape in which the two tables lost their cell boundaries ("营业总收入(亿元)9.2610.3811.03");
# the passage restores them as "|" tables (9.26 | 10.38 | 11.03; the split is fixed by the two-decimal cells and checked:
# EPS x PE = 5.93 / 5.98 / 5.9 ~ the 5.97元 close). The page's "原标题" line (a repeat of the headline), an advertisement
# and the source / author lines were left out. Forecast columns 2021E-2023E -> FY2021..FY2023, basis "forecast, 国泰君安"
# (broker forecasts are metric rows of the company, news21-news24). Key: the 18 table cells (营业总收入 in 亿元, EPS, PE, PB,
# ROE, ROA), the target price 8.95元 (headline, body and table -> one row; target prices as metric rows, news21 / news22)
# and the latest close 5.97元 ("截至报告日", period None). Optional: the 49.92 % upside (derived from target and close,
# news22), the two-report average target 8.95元 (平均目标价, equal to the one broker's target). Rating actions: 国泰君安
# `maintain` overweight (增持), target 8.95 CNY (no earlier target printed); the table's second row, 国泰君安's earlier
# report of 2021-07-16 with the same rating and target, is an optional `maintain` (a listed earlier report; dev-corpus
# convention: broker tables listing unchanged ratings / targets -> maintain). Report titles in the table print "2021年半年报" (a reporting period's name), not labelled;
# "2份" (a count of reports), "11:18" (a time) not labelled.
EMS = "峨眉山A|峨眉山|000888|Emei Shan Tourism|Emeishan Tourism"
GTJA = "国泰君安|国泰君安证券|Guotai Junan|Guotai Junan Securities"
GT = "forecast, 国泰君安"


def fc4(metric, vals, unit, what):
    return [m(metric, v, unit, EMS, f"FY{y}", basis=f"{GT}, {what}") for y, v in zip((2021, 2022, 2023), vals)]


G["zh04"] = (
    [
        m("target_price|price_target", 8.95, "CNY", EMS, None, basis="国泰君安, 目标价位; headline, body and table"),
        m("share_price|close|closing_price", 5.97, "CNY", EMS, None, basis="latest close as of the report date (截至报告日)"),
        m("upside|target_upside|potential_upside", 49.92, "%", EMS, None, opt=True,
          basis="target vs latest close, 上行空间 (derived)"),
        m("average_target_price|target_price", 8.95, "CNY", EMS, None, opt=True,
          basis="average of 2 broker reports in the past month (平均目标价)"),
    ]
    + fc4("revenue_forecast|revenue|total_operating_revenue", [9.26e8, 1.038e9, 1.103e9], "CNY", "营业总收入(亿元)")
    + fc4("eps_forecast|eps", [0.27, 0.45, 0.5], "CNY", "每股收益(元)")
    + fc4("pe_ratio|pe", [21.95, 13.29, 11.83], "x", "市盈率(PE)")
    + fc4("pb_ratio|pb", [1.23, 1.12, 1.03], "x", "市净率(PB)")
    + fc4("roe|return_on_equity", [5.6, 8.4, 8.7], "%", "净资产收益率(%)")
    + fc4("roa|return_on_assets", [3.9, 5.9, 6.2], "%", "总资产收益率(%)"),
    [
        ra(GTJA, EMS, "maintain", "overweight", None, 8.95, None, "CNY"),
        ra(GTJA, EMS, "maintain", "overweight", None, 8.95, None, "CNY", opt=True),
    ],
)

# zh05: property-sales story on listed developers' January sales (page.lgmi.com copy of a mainland report quoting 北京中原
# 张大伟). The year: "比2011年同期的663.6亿元" makes the month 2012-01 (clearly implied by the text's own comparison); the
# 2011 figure is "2011-01". Key: the 16 developers' combined January sales 313.2亿元 with prior 663.6亿元 (the same
# quantity a year earlier; also an optional row of its own, news23), the fall 350.4亿元 (a change row, negative) and
# -52.8 % (下调幅度); 富力's contract sales 12.3亿元人民币 and its falls 环比 -59.4 % and 同比 -56.7 % ("分别", in order);
# 保利地产's contracted area 12.50万平方米 (-> 125000 m2) and -74.69 %, contracted sales 15.11亿元 and -69.35 %. Optional:
# the lead's rounded restatements "同比少收350亿元" and "跌幅超过五成" (an open bound, rng=(None, -50)); the group's extreme
# declines "同比跌幅最大为-77.3%" (sales) and "-79.0%" (area) — figures of an unnamed member, judgement call -> optional;
# "平均每家…少卖22亿元" (a derived average); 保利's "同比大降七成" (approximate restatement of -74.69 / -69.35 -> two rows
# of -70 %); the closing "销售额与销售面积同比分别大跌-69.3%和-77.8%", whose subject is left implicit: -69.3 % rounds 保利's
# -69.35 % and -77.8 % does not match 保利's -74.69 % area fall, so both are optional rows under 保利 (the nearest subject).
# The doubled signs "跌幅最大为-77.3%" / "大跌-69.3%" are single declines (negative values), not rises. Not labelled: 16家,
# 10家, 14家 (counts of developers), "2月13日" (a date), "两点" (a count of reasons), "50%" in "下调幅度超过50%的企业" (a
# threshold defining a count).
DEV = "16家上市标杆房企|上市标杆房企|标杆房企|16 listed benchmark developers"
RF = "富力|富力地产|R&F Properties|Guangzhou R&F"
POLY = "保利地产|保利|Poly Real Estate|Poly Developments|600048"
J12, J11 = "2012-01", "2011-01"
SA = "contracted_sales|sales|property_sales"
SAG = "contracted_sales_growth|sales_growth|property_sales_growth"
AR = "contracted_area|sales_area|gfa_sold"
ARG = "contracted_area_growth|sales_area_growth|gfa_sold_growth"
G["zh05"] = ([
    m(SA, 3.132e10, "CNY", DEV, J12, prior=6.636e10,
      basis="combined January sales (合计销售业绩), some in HKD (个别企业以港币计算); prior = 2011年同期"),
    m(SA, 6.636e10, "CNY", DEV, J11, opt=True, basis="2011年同期"),
    m("contracted_sales_change|sales_change", -3.504e10, "CNY", DEV, J12, basis="yoy, 下调了350.4亿元"),
    m("contracted_sales_change|sales_change", -3.5e10, "CNY", DEV, J12, opt=True, basis="lead, 同比少收350亿元 (rounded)"),
    m(SAG, -52.8, "%", DEV, J12, basis="yoy, 下调幅度"),
    m(SAG, None, "%", DEV, J12, rng=(None, -50), opt=True, basis="lead, 跌幅超过五成 (restated bound)"),
    m(SAG, -77.3, "%", DEV, J12, opt=True, basis="largest yoy fall among the 16 (unnamed member)"),
    m(ARG, -79.0, "%", DEV, J12, opt=True, basis="largest yoy fall in area among the 16 (unnamed member)"),
    m("average_sales_change|contracted_sales_change", -2.2e9, "CNY", DEV, J12, opt=True,
      basis="average per developer, 平均每家少卖22亿元 (derived)"),
    m(SA, 1.23e9, "CNY", RF, J12, basis="合同销售金额, 亿元人民币"),
    m("contracted_sales_growth_mom|sales_growth_mom|" + SAG, -59.4, "%", RF, J12, basis="mom (环比), 下跌"),
    m(SAG, -56.7, "%", RF, J12, basis="yoy, 下跌"),
    m(AR, 125000, "m2", POLY, J12, basis="签约面积 12.50万平方米"),
    m(ARG, -74.69, "%", POLY, J12, basis="yoy, 下降"),
    m(SA, 1.511e9, "CNY", POLY, J12, basis="签约金额"),
    m(SAG, -69.35, "%", POLY, J12, basis="yoy, 下降"),
    m(ARG, -70, "%", POLY, J12, opt=True, basis="同比大降七成 (approximate restatement, area)"),
    m(SAG, -70, "%", POLY, J12, opt=True, basis="同比大降七成 (approximate restatement, sales)"),
    m(SAG, -69.3, "%", POLY, J12, opt=True, basis="closing sentence, subject implicit; rounds -69.35"),
    m(ARG, -77.8, "%", POLY, J12, opt=True, basis="closing sentence, subject implicit; differs from -74.69"),
], [])

# zh06: A-share close with northbound flows, sectors, Hong Kong and overseas markets and a strategist's view
# (app.bjtitle.com item; the stored page has no headline, none composed; the excerpt breaks off inside a quote, so the
# passage ends at the sentence before). "23日", "5月" print no year -> period None, "23日" in basis. Key: the three A-share
# indices' closes (points) and % changes; combined turnover 10761亿元; northbound net buying 120.33亿元 and its 沪股通 /
# 深股通 parts (CNY); the strategist's "北上资金最近三周净流入近800亿元" (近X -> X; a 3-week cumulative, key). Optional:
# breadth counts "上涨个股超4100只" (a bound) and "涨停个股117只" (news22: breadth counts optional); sector moves written
# 逾X / 超X (航空 逾6 %, 汽车类 超5 %); HSI 涨逾1 %, HSTECH 涨逾2 %, KOSPI 跌逾1 % (index moves written as bounds); named
# stocks' moves written 逾X (小鹏汽车, 理想汽车 >9 %, 吉利汽车 >7 %, 蔚来-SW, 比亚迪股份 >4 %, 新东方在线 跌逾6 % ->
# rng=(None, -6)). Not labelled: "连续3日" (a streak), "30余只", "十余股" (counts of limit-up stocks in a theme), limit-up
# names without figures, the Nikkei / FTSE / CAC / DAX moves (no figures).
SH = "沪指|上证指数|上证综指|Shanghai Composite|SSE Composite"
SZ = "深成指|深证成指|Shenzhen Component"
CY = "创业板指|创业板指数|ChiNext"
MKT = "两市|沪深两市|A股|China A-shares"
NB = "北向资金|北上资金|northbound|Stock Connect northbound"
SHC = "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect northbound"
SZC = "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect northbound"
NBUY = "net_buy|net_inflow|fund_flow"
IC = "index_change|index_change_pct"
PC = "price_change|share_price_change"
SC = "sector_change|index_change"
C23 = "close, 23日"


def up(ent, lo, what, metric=PC):
    return m(metric, None, "%", ent, None, rng=(lo, None), opt=True, basis=what)


G["zh06"] = ([
    m(IC, 1.62, "%", SH, None, basis=C23),
    m("index_level|close", 3320.15, "points", SH, None, basis=C23),
    m(IC, 2.19, "%", SZ, None, basis=C23),
    m("index_level|close", 12514.73, "points", SZ, None, basis=C23),
    m(IC, 3.09, "%", CY, None, basis=C23),
    m("index_level|close", 2760.10, "points", CY, None, basis=C23),
    m("advancers|rising_stocks", None, "stocks", MKT, None, rng=(4100, None), opt=True, basis="上涨个股超4100只"),
    m("limit_up_stocks|limit_up_count", 117, "stocks", MKT, None, opt=True, basis="涨停个股117只 (breadth count)"),
    m("turnover|trading_value", 1.0761e12, "CNY", MKT, None, basis="全天成交额, 23日"),
    m(NBUY, 1.2033e10, "CNY", NB, None, basis="23日, total; ends 3 days of net selling"),
    m(NBUY, 5.344e9, "CNY", SHC, None, basis="23日"),
    m(NBUY, 6.689e9, "CNY", SZC, None, basis="23日"),
    up("航空板块|航空|airlines sector", 6, "大涨逾6%", SC),
    up("汽车类板块|汽车板块|autos sector", 5, "涨超5%", SC),
    up("恒生指数|恒指|Hang Seng Index|HSI", 1, "涨逾1%", IC),
    up("恒生科技指数|恒生科指|Hang Seng TECH Index|HSTECH", 2, "涨逾2%", IC),
    up("小鹏汽车|小鹏|XPeng", 9, "涨逾9%, Hong Kong"),
    up("理想汽车|理想|Li Auto", 9, "涨逾9%, Hong Kong"),
    up("吉利汽车|吉利|Geely Auto", 7, "涨逾7%, Hong Kong"),
    up("蔚来-SW|蔚来|NIO", 4, "涨逾4%, Hong Kong"),
    up("比亚迪股份|比亚迪|BYD", 4, "涨逾4%, Hong Kong"),
    m(PC, None, "%", "新东方在线|Koolearn", None, rng=(None, -6), opt=True, basis="大跌逾6%, 今日"),
    m(IC, None, "%", "韩国综合指数|KOSPI|Korea Composite", None, rng=(None, -1), opt=True, basis="跌逾1%, close 23日"),
    m(NBUY, 8e10, "CNY", NB, None, basis="cumulative over the last three weeks, 近800亿元 (中泰证券 strategist)"),
], [])
