# Hand labels for news28/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY (also a bare "8846亿" turnover, zh06); 万股 scaled to
# shares; 万平方米 scaled to square metres; 个百分点 = pp; 倍 = "x"; "每10股派X元" is labelled as printed (per 10 shares,
# news3 / news12 / news24). Declines negative: 下降 / 下跌 / 跌 / 净流出 / 减少; "降幅…收窄X个百分点" is a +X pp change of the
# growth rate, "增速…加快X个百分点" +X pp. No year is taken from outside the text (URLs and page metadata are never used):
# zh01 and zh03 print their years, zh02 prints its dateline "2020-06-15", zh04 prints 2010 / 2011 / 2012 and the rating date
# 2011-04-04; zh05 ("4月25日-4月29日") and zh06 ("11月22日") print no year -> period None with the day or week in `basis`.
# A figure printed twice in the same sense (headline and body, sub-heading and body) is one row; a rounded or bounded
# restatement of a printed figure is optional. Stock codes are entity aliases only, never values. Labels were written
# from the texts alone (no extractor run, no extractor output seen, no extractor code, test or docs page read).

# zh01: results story on 迈瑞医疗 (Mindray, 300760.SZ) FY2024 (a local-news site's copy; the subscription banner is left
# out; the excerpt's last sentence, cut off mid-clause, is dropped). Period FY2024 for the year's flows. Key: revenue
# 367.26亿元 and +5.14 %; the ten-year compound growth rates of revenue (18.43 %) and of attributable profit (32.77 %) are
# key rows of their own (precise company figures; basis says CAGR); attributable profit 116.7亿元; its growth 4.4 % is
# printed only "剔除财务费用的影响" -> key with that qualifier in basis (no unadjusted growth is printed); R&D 投入 40.08亿元,
# +6.07 %, 10.91 % of revenue; proposed dividend 每10股派现5.6元 (per 10 shares, pre-tax); total dividend 76.02亿元 and
# payout ratio 65.15 % for 2024, each "from" its 2018 level ("由2018年的12.16亿元一路升至…", "从32.69%提高到…") -> prior =
# the 2018 level (the text's own "X from Y" of the same annual quantity), and the 2018 levels are optional rows of their
# own (FY2018); the first 2025 interim dividend 每10股派现14.10元 and its total 17.10亿元 are key, period "2025H1" (中期 =
# the half-year; a judgement call). Optional: "2019年的2.2倍 / 2.5倍" (multiples of the 2019 level), the headline / body
# "超六成净利润" (a bound restating 65.15 %, 六成 = 60 %; printed twice -> one row) and the sub-heading "分红比例超65%".
# Not labelled: 七年 / 十年 / 5年 (durations, streaks), 2018 (listing year), the code.
MR = "迈瑞医疗|Mindray|深圳迈瑞生物医疗电子股份有限公司|300760.SZ|300760"
Y24 = "FY2024"
DIV = "total_dividend|dividend_amount|cash_dividend|dividend"
PAY = "payout_ratio|dividend_payout_ratio"
G["zh01"] = ([
    m("revenue|operating_revenue", 3.6726e10, "CNY", MR, Y24, basis="营收"),
    m("revenue_growth|operating_revenue_growth", 5.14, "%", MR, Y24, basis="yoy"),
    m("revenue_cagr|revenue_growth", 18.43, "%", MR, Y24, basis="ten-year compound growth rate (过去十年的复合增长率)"),
    m("net_profit|net_profit_attributable", 1.167e10, "CNY", MR, Y24, basis="归母净利润 (attributable)"),
    m("net_profit_growth", 4.4, "%", MR, Y24,
      basis="yoy, attributable, excluding the effect of financial expenses (剔除财务费用的影响)"),
    m("net_profit_cagr|net_profit_growth", 32.77, "%", MR, Y24, basis="ten-year compound growth rate, attributable"),
    m("revenue_multiple|revenue_ratio", 2.2, "x", MR, Y24, opt=True, basis="2024 revenue as a multiple of 2019's"),
    m("net_profit_multiple|net_profit_ratio", 2.5, "x", MR, Y24, opt=True,
      basis="2024 attributable profit as a multiple of 2019's"),
    m("rd_expense|r_and_d_expense|rd_investment", 4.008e9, "CNY", MR, Y24, basis="研发投入"),
    m("rd_expense_growth|r_and_d_expense_growth|rd_investment_growth", 6.07, "%", MR, Y24, basis="yoy"),
    m("rd_to_revenue|rd_intensity|rd_expense_ratio", 10.91, "%", MR, Y24, basis="share of operating revenue"),
    m("dividend|dividend_per_share", 5.6, "CNY", MR, Y24,
      basis="per 10 shares, pre-tax (含税), proposed (拟), 2024年度分红预案"),
    m(DIV, 7.602e9, "CNY", MR, Y24, prior=1.216e9,
      basis="total cash dividend, pre-tax; risen from 2018's 12.16亿元 (seventh consecutive increase)"),
    m(DIV, 1.216e9, "CNY", MR, "FY2018", opt=True, basis="total cash dividend, 2018 (starting level)"),
    m(PAY, 65.15, "%", MR, Y24, prior=32.69, basis="raised from 2018's 32.69%"),
    m(PAY, 32.69, "%", MR, "FY2018", opt=True, basis="2018 (starting level)"),
    m(PAY, None, "%", MR, Y24, rng=(60, None), opt=True,
      basis="超六成净利润用于回馈投资者 (headline and body; bound restating 65.15%)"),
    m(PAY, None, "%", MR, Y24, rng=(65, None), opt=True, basis="sub-heading 分红比例超65%"),
    m("interim_dividend|dividend|dividend_per_share", 14.10, "CNY", MR, "2025H1",
      basis="per 10 shares, pre-tax, first interim dividend (2025中期分红预案, 拟)"),
    m("interim_dividend_total|total_dividend|dividend_amount", 1.71e9, "CNY", MR, "2025H1",
      basis="single interim payout (单次派现规模), pre-tax"),
], [])

# zh02: 中国新闻网 report (on a portal copy, with its headline and printed dateline "2020-06-15 14:37:40") on the statistics
# bureau's January-May fixed-asset investment. The dateline dates "15日" and the text's "1-5月份" -> period "2020-01..05";
# the comparison period "1-4月份" -> "2020-01..04" (news24 zh03: a printed dateline dates the passage). The headline's
# 199194亿元 / -6.3 % restate the body -> one row each. Key: FAI (不含农户) level and growth; every "降幅较1-4月份收窄X个百分点"
# as a +X pp change row (the growth rate rose; 分别 pairs the figures in order); infrastructure, manufacturing and property
# development investment growth; 商品房销售面积 48703万平方米 (-> 4.8703e8 square metres) and 销售额 46269亿元 with growth and
# narrowing; primary-industry investment "同比持平" -> 0 % with prior -5.4 % ("1-4月份为下降5.4%", news19/news24: 持平 as a
# level); secondary / tertiary growth and narrowing; high-tech and social-sector investment (1.9 % from -3.0 %, 3.6 % from
# -3.1 % -> prior = the January-April reading); high-tech manufacturing / services; education and health investment with
# their "加快" pp changes; private investment -9.6 % and +3.7 pp. Optional: the January-April readings as rows of their own
# (news23 / news24), and the four named high-tech sub-industries (computer and office equipment, pharmaceutical
# manufacturing, e-commerce services, technology-transfer services: third-level detail, as the corpus README's "secondary
# detail in macro releases"). Not labelled: "连续3个月" (a streak), "15日" (a date), the dateline's time.
CN = "全国|中国|China"
FAI = "全国固定资产投资|固定资产投资|fixed-asset investment|" + CN
P, Q = "2020-01..05", "2020-01..04"
IG, IGC = "investment_growth|fai_growth", "investment_growth_change|fai_growth_change"
NAR = "vs January-April (1-4月份), decline narrowed (降幅收窄)"
INF = "基础设施投资|基础设施|infrastructure investment|" + CN
MFG = "制造业投资|制造业|manufacturing investment|" + CN
RE = "房地产开发投资|房地产开发|real estate development investment|" + CN
CH = "商品房|全国商品房|commercial housing|" + CN
PRI = "第一产业投资|第一产业|primary industry|" + CN
SEC = "第二产业投资|第二产业|secondary industry|" + CN
TER = "第三产业投资|第三产业|tertiary industry|" + CN
HT = "高技术产业投资|高技术产业|high-tech industries|" + CN
SOC = "社会领域投资|社会领域|social sectors|" + CN
PRV = "民间投资|private investment|" + CN
G["zh02"] = ([
    m("fixed_asset_investment|fai", 1.99194e13, "CNY", FAI, P,
      basis="cumulative January-May, excluding rural households (不含农户); headline and body"),
    m("fixed_asset_investment_growth|fai_growth", -6.3, "%", FAI, P, basis="yoy; headline and body"),
    m("fixed_asset_investment_growth_change|fai_growth_change", 4.0, "pp", FAI, P, basis=NAR),
    m(IG, -6.3, "%", INF, P, basis="yoy"),
    m(IGC, 5.5, "pp", INF, P, basis=NAR),
    m(IG, -14.8, "%", MFG, P, basis="yoy"),
    m(IGC, 4.0, "pp", MFG, P, basis=NAR),
    m("real_estate_investment_growth|property_investment_growth|investment_growth", -0.3, "%", RE, P, basis="yoy"),
    m("real_estate_investment_growth_change|property_investment_growth_change|investment_growth_change", 3.0, "pp",
      RE, P, basis=NAR),
    m("property_sales_area|floor_space_sold|sales_area", 4.8703e8, "square metres", CH, P,
      basis="商品房销售面积 48703万平方米"),
    m("property_sales_area_growth|floor_space_sold_growth|sales_area_growth", -12.3, "%", CH, P, basis="yoy"),
    m("property_sales_area_growth_change|sales_area_growth_change", 7.0, "pp", CH, P, basis=NAR),
    m("property_sales|sales_value", 4.6269e12, "CNY", CH, P, basis="商品房销售额"),
    m("property_sales_growth|sales_value_growth", -10.6, "%", CH, P, basis="yoy"),
    m("property_sales_growth_change|sales_value_growth_change", 8.0, "pp", CH, P, basis=NAR),
    m(IG, 0, "%", PRI, P, prior=-5.4, basis="yoy, 同比持平; January-April 下降5.4%"),
    m(IG, -5.4, "%", PRI, Q, opt=True, basis="yoy, January-April (1-4月份为下降5.4%)"),
    m(IG, -11.8, "%", SEC, P, basis="yoy"),
    m(IGC, 4.2, "pp", SEC, P, basis=NAR),
    m(IG, -3.9, "%", TER, P, basis="yoy"),
    m(IGC, 3.9, "pp", TER, P, basis=NAR),
    m(IG, 1.9, "%", HT, P, prior=-3.0, basis="yoy; January-April 下降3.0%"),
    m(IG, -3.0, "%", HT, Q, opt=True, basis="yoy, January-April"),
    m(IG, 2.7, "%", "高技术制造业投资|高技术制造业|high-tech manufacturing|" + CN, P, basis="yoy"),
    m(IG, 0.5, "%", "高技术服务业投资|高技术服务业|high-tech services|" + CN, P, basis="yoy"),
    m(IG, 12.0, "%", "计算机及办公设备制造业|computer and office equipment manufacturing|" + CN, P, opt=True,
      basis="yoy, within high-tech manufacturing"),
    m(IG, 6.9, "%", "医药制造业|pharmaceutical manufacturing|" + CN, P, opt=True, basis="yoy, within high-tech manufacturing"),
    m(IG, 25.4, "%", "电子商务服务业|e-commerce services|" + CN, P, opt=True, basis="yoy, within high-tech services"),
    m(IG, 25.2, "%", "科技成果转化服务业|technology transfer services|" + CN, P, opt=True,
      basis="yoy, within high-tech services"),
    m(IG, 3.6, "%", SOC, P, prior=-3.1, basis="yoy; January-April 下降3.1%"),
    m(IG, -3.1, "%", SOC, Q, opt=True, basis="yoy, January-April"),
    m(IG, 10.4, "%", "教育投资|教育|education investment|" + CN, P, basis="yoy"),
    m(IGC, 7.5, "pp", "教育投资|教育|education investment|" + CN, P, basis="vs January-April, 加快"),
    m(IG, 9.5, "%", "卫生投资|卫生|health investment|" + CN, P, basis="yoy"),
    m(IGC, 4.8, "pp", "卫生投资|卫生|health investment|" + CN, P, basis="vs January-April, 加快"),
    m(IG, -9.6, "%", PRV, P, basis="yoy"),
    m(IGC, 3.7, "pp", PRV, P, basis=NAR),
], [])

# zh03: 格隆汇 item on 东湖高新 (600133.SH)'s 2023 annual results forecast (业绩预告), with its headline and time line
# "01-22 19:39". Period FY2023 (printed). All forecast figures are ranges -> rng with value None: attributable net profit
# 100,000万元到130,000万元 (1e9-1.3e9), its increase 42,137万元到72,137万元 (a change row, no prior derived: the year-earlier
# level is not printed, news24 zh02 / news25 zh02), growth 73%到125% (headline and body -> one row); recurring (扣非) profit
# 40,000万元到70,000万元, its change "将减少9,314万元到增加20,686万元" -> rng=(-9.314e7, 2.0686e8) and growth
# "同比减少19%到增加42%" -> rng=(-19, 42): a range spanning a decrease and an increase keeps both signs. The 66% equity
# interest sold in the former subsidiary 湖北省路桥集团 (the source of the disposal gain) is an optional row (deal detail
# explaining the forecast). Not labelled: "1月22日", "01-22 19:39" (dates / times), the stock code.
DH = "东湖高新|武汉东湖高新集团|East Lake High-Tech|600133.SH|600133"
Y23 = "FY2023"
RNP = "recurring_net_profit|net_profit_excluding_non_recurring|deducted_net_profit|net_profit"
G["zh03"] = ([
    m("net_profit|net_profit_attributable", None, "CNY", DH, Y23, rng=(1e9, 1.3e9),
      basis="forecast (业绩预告), attributable (归属于上市公司股东)"),
    m("net_profit_change", None, "CNY", DH, Y23, rng=(4.2137e8, 7.2137e8),
      basis="forecast increase vs a year earlier (将增加), attributable"),
    m("net_profit_growth", None, "%", DH, Y23, rng=(73, 125), basis="forecast, yoy; headline and body"),
    m("stake_sold|stake_disposed|equity_interest", 66, "%", "湖北省路桥集团有限公司|湖北省路桥集团|Hubei Road and Bridge Group|"
      + DH, Y23, opt=True, basis="equity interest in the former wholly owned subsidiary transferred (disposal gain)"),
    m(RNP, None, "CNY", DH, Y23, rng=(4e8, 7e8), basis="forecast, attributable, excluding non-recurring items (扣非)"),
    m("recurring_net_profit_change|net_profit_change", None, "CNY", DH, Y23, rng=(-9.314e7, 2.0686e8),
      basis="forecast change vs a year earlier, 扣非: 将减少9,314万元到增加20,686万元"),
    m("recurring_net_profit_growth|net_profit_growth", None, "%", DH, Y23, rng=(-19, 42),
      basis="forecast, yoy, 扣非: 同比减少19%到增加42%"),
], [])

# zh04: 搜狐证券 buy-rating tracker page for one analyst (东兴证券's 刘家伟): the analyst header, the table header and the one
# row of the 大北农 note with its "推荐理由" text (page navigation "15/16" and the empty 20日 / 60日 score widgets are left
# out; the following 永辉超市 row, cut off in the stored excerpt, is not part of the passage). One broker, one A-share
# company. Years: 2010年 results (业绩快报) -> FY2010; forecasts "2011年、2012年" and "11年30倍PE" -> FY2011 / FY2012 with
# basis "forecast"; "3月30日收盘价" prints no year -> period None (the table's rating date 2011-04-04 makes 2011 likely but
# the day itself is unyeared). Key: 2010 sales growth 32 %, profit growth 11 %, EPS 0.77元; EPS forecasts 1.29 / 1.89元 and
# PE 27 / 19倍 (paired in order); the target multiple 30倍 on 2011 earnings; the six-month target 39元 (also a metric row,
# news21 / news22); the 3月30日 close 35.3元. Rating action: "维持此前“推荐”评级" -> maintain, 推荐 = outperform (news5),
# target 39 CNY, prior rating not restated. Optional: the upside "10%以上的空间" (a bound), "乳猪料增长更将翻番" (+100 %, a
# product-line forecast in words, 翻番 = doubling), and the tracker table's own figures: 起评价 8.65, 目标价 3.73 (the site's
# column, inconsistent with the note's 39元 — labelled as printed, optional, news27 zh10's typo rule), and the 20-day /
# 60-day highs 8.90 with 最高涨幅 2.89% (printed in both columns -> a row each). Not labelled: 2007年 (year the analyst
# joined), 2011-04-04 (a date), "--" (no figure), "二季度", "未来两年", "六个月" (periods).
DBN = "大北农|北京大北农科技集团|Dabeinong|002385"
DX = "东兴证券|Dongxing Securities"
FC = "forecast, 东兴证券"
TBL = "搜狐 tracker table column"
G["zh04"] = ([
    m("revenue_growth|sales_growth", 32, "%", DBN, "FY2010", basis="销售收入, yoy, 2010年业绩快报 (preliminary)"),
    m("net_profit_growth", 11, "%", DBN, "FY2010", basis="yoy, 2010年业绩快报 (preliminary)"),
    m("eps", 0.77, "CNY", DBN, "FY2010", basis="2010年业绩快报 (preliminary)"),
    m("eps_forecast|eps", 1.29, "CNY", DBN, "FY2011", basis=FC),
    m("eps_forecast|eps", 1.89, "CNY", DBN, "FY2012", basis=FC),
    m("pe_ratio|pe", 27, "x", DBN, "FY2011", basis="forecast PE, 东兴证券"),
    m("pe_ratio|pe", 19, "x", DBN, "FY2012", basis="forecast PE, 东兴证券"),
    m("target_pe|pe_ratio|valuation_multiple", 30, "x", DBN, "FY2011",
      basis="multiple applied for the target (保守给予11年30倍PE), 东兴证券"),
    m("target_price", 39, "CNY", DBN, None, basis="six-month target (六个月目标价), 东兴证券"),
    m("share_price|close|closing_price", 35.3, "CNY", DBN, None, basis="close, 3月30日"),
    m("upside|target_upside", None, "%", DBN, None, rng=(10, None), opt=True,
      basis="尚有10%以上的空间 (target vs 3月30日 close)"),
    m("sales_growth|segment_revenue_growth", 100, "%", "乳猪料|piglet feed|" + DBN, None, opt=True,
      basis="forecast, 增长更将翻番 (doubling) over the next two years"),
    m("rating_price|share_price", 8.65, "CNY", DBN, None, opt=True, basis=TBL + " 起评价* (price at rating, 2011-04-04)"),
    m("target_price", 3.73, "CNY", DBN, None, opt=True, basis=TBL + " 目标价 (inconsistent with the note's 39元)"),
    m("high_price|share_price", 8.90, "CNY", DBN, None, opt=True, basis=TBL + " 20日短线评测 最高价*"),
    m("max_gain|price_change", 2.89, "%", DBN, None, opt=True, basis=TBL + " 20日短线评测 最高涨幅"),
    m("high_price|share_price", 8.90, "CNY", DBN, None, opt=True, basis=TBL + " 60日中线评测 最高价*"),
    m("max_gain|price_change", 2.89, "%", DBN, None, opt=True, basis=TBL + " 60日中线评测 最高涨幅"),
], [
    ra(DX, DBN, "maintain", "outperform", None, 39, None, "CNY"),
])

# zh05: 中国经济网 weekly northbound-flows report (Choice data; the stored page has no headline, none composed; two chart
# captions "本周北向资金持股增加数前十个股" / "来源：Choice" are left out; the excerpt's last, cut-off paragraph is dropped).
# No year is printed: the week "4月25日-4月29日" and the days -> period None with the day or week in basis. Key: the three
# indices' weekly changes (分别累计下跌 -> negative, in order); northbound weekly net inflow 51.14亿元 (printed twice -> one
# row) and its 沪股通 (净流出 -> -45.83亿元) / 深股通 parts; the five daily flows (净流出 -> negative); holdings value 2.16万亿元
# (as of 4月29日) and its weekly increase 231亿元; the week's floating gain 180亿元 (浮盈); shares added in 包钢股份
# (8468.96万股), 中银绒业, 中远海控; weekly moves of 中国能建 (+2.98 %), 中银绒业 (-11.11 %), 国电南瑞 (+19.49 %); holdings-value
# increases of 贵州茅台, 国电南瑞, 隆基股份 (分别, in order). Optional: breadth counts 956 / 661 / 72 / 26 stocks (news22 /
# news25: breadth counts optional; 956 and 72 printed twice -> one row each). Not labelled: the thresholds "超1000万股" /
# "超过5亿元" (definitions of the counts), "前十", the nicknames.
NB = "北向资金|北上资金|northbound|Stock Connect northbound"
SHC = "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect northbound"
SZC = "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect northbound"
NBUY = "net_buy|net_inflow|fund_flow"
WK = "week of 4月25日-4月29日"
HV, HVC = "holdings_value|market_value_of_holdings|position_value", "holdings_value_change|position_value_change"
SHA = "shares_added|holding_increase|net_shares_bought"
PC = "price_change|share_price_change"


def day(v, d):
    return m(NBUY, v, "CNY", NB, None, basis=d + ", daily")


G["zh05"] = ([
    m("index_change|index_change_pct", -1.29, "%", "上证指数|沪指|上证综指|Shanghai Composite", None, basis=WK + ", 累计下跌"),
    m("index_change|index_change_pct", -0.27, "%", "深证成指|深成指|Shenzhen Component", None, basis=WK + ", 累计下跌"),
    m("index_change|index_change_pct", -1.56, "%", "创业板指|创业板指数|ChiNext", None, basis=WK + ", 累计下跌"),
    m(NBUY, 5.114e9, "CNY", NB, None, basis=WK + ", cumulative; printed twice"),
    m(NBUY, -4.583e9, "CNY", SHC, None, basis=WK + ", 净流出"),
    m(NBUY, 9.697e9, "CNY", SZC, None, basis=WK),
    day(-4.397e9, "4月25日, 净流出"),
    day(1.543e9, "4月26日"),
    day(4.359e9, "4月27日"),
    day(-6.37e8, "4月28日, 净流出"),
    day(4.246e9, "4月29日"),
    m(HV, 2.16e12, "CNY", NB, None, basis="as of 4月29日 (截至4月29日)"),
    m(HVC, 2.31e10, "CNY", NB, None, basis=WK + ", increase"),
    m("unrealized_gain|floating_profit|unrealized_profit", 1.8e10, "CNY", NB, None,
      basis=WK + ", 浮盈 (holdings-value increase net of the 51.14亿元 inflow)"),
    m("stocks_added|stock_count", 956, "stocks", NB, None, opt=True, basis=WK + ", holdings increased; printed twice"),
    m("stocks_reduced|stock_count", 661, "stocks", NB, None, opt=True, basis=WK + ", holdings reduced"),
    m("stock_count", 72, "stocks", NB, None, opt=True,
      basis=WK + ", stocks with >10 million shares added; sub-heading and body"),
    m("stock_count", 26, "stocks", NB, None, opt=True, basis=WK + ", stocks with holdings value up >5亿元"),
    m(SHA, 8.46896e7, "shares", "包钢股份|Baotou Steel|" + NB, None, basis=WK + ", most shares added"),
    m(SHA, 4.26971e7, "shares", "中银绒业|" + NB, None, basis=WK),
    m(SHA, 4.02159e7, "shares", "中远海控|COSCO Shipping Holdings|" + NB, None, basis=WK),
    m(PC, 2.98, "%", "中国能建|China Energy Engineering", None, basis=WK + ", 上涨; top of the ten most-added"),
    m(PC, -11.11, "%", "中银绒业", None, basis=WK + ", 下跌"),
    m(HVC, 6.763e9, "CNY", "贵州茅台|Kweichow Moutai|" + NB, None, basis=WK + ", northbound holdings value increase"),
    m(HVC, 5.372e9, "CNY", "国电南瑞|NARI Technology|" + NB, None, basis=WK + ", northbound holdings value increase"),
    m(HVC, 4.55e9, "CNY", "隆基股份|LONGi|" + NB, None, basis=WK + ", northbound holdings value increase"),
    m(PC, 19.49, "%", "国电南瑞|NARI Technology", None, basis=WK + ", 上涨"),
], [])

# zh06: 财联社 closing report (收评) for "11月22日" (a blog-site repost; the trailing "来源：财联社APP微博" line is left out),
# with its headline. No year is printed -> period None, "22日" in basis. Key: 沪指 +0.13 % (headline and body -> one row),
# 深成指 -1.18 %, 创业板指 -1.83 % (no index levels are printed); turnover 8846亿 (bare 亿 in a mainland A-share wrap -> CNY)
# and its rise 放量354亿 (+3.54e10 CNY, a change row); 金辰股份 跌近8% -> -8 % key (近X -> X; named-stock moves stated as
# 近X are key). Optional: 天顺股份 涨超8% (a bound), "两市下跌个股超3700只" (a breadth bound), 中铁装配 "20CM涨停" (a limit-up
# on the 20 % band -> +20 %, notation not a stated move). Not labelled: limit-up / limit-down names without figures, "三大指数".
D22 = "close, 22日 (11月22日)"
MKT = "两市|沪深两市|A股|China A-shares"
G["zh06"] = ([
    m("index_change|index_change_pct", 0.13, "%", "沪指|上证指数|上证综指|Shanghai Composite", None,
      basis=D22 + "; headline and body"),
    m("index_change|index_change_pct", -1.18, "%", "深成指|深证成指|Shenzhen Component", None, basis=D22),
    m("index_change|index_change_pct", -1.83, "%", "创业板指|创业板指数|ChiNext", None, basis=D22),
    m("turnover|trading_value", 8.846e11, "CNY", MKT, None, basis="沪深两市成交额, 22日 (8846亿)"),
    m("turnover_change|trading_value_change", 3.54e10, "CNY", MKT, None, basis="vs previous session, 放量354亿"),
    m("price_change|share_price_change", -8, "%", "金辰股份|Jinchen", None, basis="跌近8%, 22日"),
    m("price_change|share_price_change", None, "%", "天顺股份", None, rng=(8, None), opt=True, basis="涨超8%, 22日"),
    m("decliners|falling_stocks", None, "stocks", MKT, None, rng=(3700, None), opt=True, basis="两市下跌个股超3700只"),
    m("price_change|share_price_change", 20, "%", "中铁装配", None, opt=True, basis="20CM涨停 (limit-up on the 20% band)"),
], [])
