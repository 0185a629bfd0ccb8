# Hand labels for news52/zh, batch a (zh01-zh06; mainland-facing outlets, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code
# was run (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news50/zh and news51/zh README.md and the labels files of news50/zh (news46 zh05 for
# A-share lottery results, news50 zh08 for a target change printed in percent, the dividend-per-10-shares rows of earlier
# sets). Values fully scaled (万辆 -> x1e4 vehicles, 亿元 / 亿 -> x1e8 CNY, 万元 -> x1e4 CNY, 分 -> x0.01); mainland 元 = CNY,
# 港元 = HKD, "亿元人民币" = CNY; declines negative (下降, 下跌, 缩水, 暴跌, 微降, 回落, 亏损, a decline range); 同比 = yoy,
# 环比 = mom in basis; 个百分点 -> pp. A figure printed twice (lead / sub-head and body) is one key row plus an optional twin;
# "由A转为B" / "由A升至B" gives B with prior A (plus an optional row for A where it is a level of its own); "涨幅与上月相同 /
# 持平" gives prior = level (news51); no prior is derived from a printed change alone. Bounds (超, 超过, 不足, 以下, 普遍超过)
# are optional open ranges unless they are a headline's only figure; closed ranges ("15-25亿元区间", "2.3%—18.6%之间") are key
# ranges with value None. Brokers' targets and ratings are only in rating actions; a target change printed in percent is a
# key target_price_change row. Stock codes, dates, item numbers and schedule numbers carry no row.
# Periods only where the text states or clearly implies the year (the writer's knowledge and the addresses are never used):
# zh01 2025-05 / 2025-01..05 (the release sits beside "2025年1-4月份"), 2025-01..04 and 2025-04 as printed; zh02 FY2024
# ("2024年年度报告", "本年度"); zh03 FY2024 and 2024-12-31 ("截至2024年末"); zh04 2024-06 (printed) with 2024-05 for 上月;
# zh05 None (deal statistics; the schedule dates are not periods); zh06 FY2024 / FY2025 / FY2026 where a year is printed,
# None for "今年", "首三季", "上半年", "第三季" (no year printed beside them).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a 乘联分会 monthly passenger-car data item (May retail / wholesale, NEV retail / wholesale and penetration, global
# context) on news.hcygmm.com (a knowledge-site page; whole stored item, no headline, none composed). Its first paragraph
# is a commentary lead restating the month's growth ("5 月增 13%", with its spaces) and the NEV share ("53.5%"), both twins
# of the body -> optional. Periods: the release day "6月5日" and "5月份" carry no year, but the same item prints
# "2025年1-4月份" for the global figures and "今年以来" for the year-to-date totals -> 5月 = 2025-05, the cumulative totals
# 2025-01..05 (judgement call: clearly implied by the item's own 2025 context); the global figures 2025-01..04 as printed;
# "4月份" 2025-04; the China NEV global share 67.7% has no month attached -> None. Key: retail 193万辆 (+13% yoy, +10% mom),
# cumulative 880.2万辆 (+9%); wholesale 232.9万辆 (+14%, +6%), cumulative 1079.7万辆 (+12%); NEV retail 105.6万辆 (+30%, +14%),
# penetration 53.5%, cumulative 438万辆 (+34%); NEV wholesale 124万辆 (+37%, +9%), wholesale penetration 54.2%, cumulative
# 522.1万辆 (+41%); global sales 3026万辆 (+5%), of which NEVs 618万辆; China NEV share of the global market 67.7%, April 70.2%.
# Judgement calls: 万辆 -> x1e4 "vehicles"; 渗透率 is a "%" share on the NEV segment; "厂商批发" rows are wholesale.
PC = "全国乘用车市场|全国乘用车|乘用车|passenger cars|passenger car market"
NEV = "新能源乘用车|乘用车新能源|全国乘用车新能源|新能源|new energy passenger cars|NEV"
GL = "全球汽车|全球汽车市场|global car market"
GNEV = "全球新能源汽车|新能源汽车|global NEVs"
CNN = "中国新能源乘用车|China NEV passenger cars"
M5, YTD = "2025-05", "2025-01..05"
RET = "retail_sales|car_retail_sales|sales_volume|vehicle_sales"
RETG = "retail_sales_growth|sales_growth|vehicle_sales_growth"
WHS = "wholesale_sales|wholesale_volume|sales_volume|vehicle_sales"
WHSG = "wholesale_sales_growth|wholesale_growth|sales_growth"
PEN = "penetration_rate|nev_penetration|market_share|share"
G["zh01"] = ([
    m(RETG, 13, "%", PC, M5, opt=True, basis="commentary lead: 5 月增 13% (twin of the body's yoy growth)"),
    m(PEN, 53.5, "%", NEV, M5, opt=True, basis="commentary lead: 所占份额为 53.5% (twin of the retail penetration)"),
    m(RET, 1.93e6, "vehicles", PC, M5, basis="全国乘用车零售 193万辆"),
    m(RETG, 13, "%", PC, M5, basis="yoy (同比增长)"),
    m(RETG, 10, "%", PC, M5, basis="mom (环比增长)"),
    m(RET, 8.802e6, "vehicles", PC, YTD, basis="year-to-date retail 880.2万辆 (年初至今 累计)"),
    m(RETG, 9, "%", PC, YTD, basis="year-to-date, yoy"),
    m(WHS, 2.329e6, "vehicles", PC, M5, basis="厂商批发 232.9万辆"),
    m(WHSG, 14, "%", PC, M5, basis="yoy"),
    m(WHSG, 6, "%", PC, M5, basis="mom"),
    m(WHS, 1.0797e7, "vehicles", PC, YTD, basis="cumulative wholesale 1079.7万辆"),
    m(WHSG, 12, "%", PC, YTD, basis="cumulative, yoy"),
    m(RET, 1.056e6, "vehicles", NEV, M5, basis="新能源零售 105.6万辆"),
    m(RETG, 30, "%", NEV, M5, basis="yoy"),
    m(RETG, 14, "%", NEV, M5, basis="mom"),
    m(PEN, 53.5, "%", NEV, M5, basis="零售渗透率"),
    m(RET, 4.38e6, "vehicles", NEV, YTD, basis="year-to-date NEV retail 438万辆"),
    m(RETG, 34, "%", NEV, YTD, basis="year-to-date, yoy"),
    m(WHS, 1.24e6, "vehicles", NEV, M5, basis="厂商新能源批发 124万辆"),
    m(WHSG, 37, "%", NEV, M5, basis="yoy"),
    m(WHSG, 9, "%", NEV, M5, basis="mom"),
    m(PEN, 54.2, "%", NEV, M5, basis="批发渗透率 (wholesale penetration)"),
    m(WHS, 5.221e6, "vehicles", NEV, YTD, basis="cumulative NEV wholesale 522.1万辆"),
    m(WHSG, 41, "%", NEV, YTD, basis="cumulative, yoy"),
    m("car_sales|vehicle_sales|sales_volume", 3.026e7, "vehicles", GL, "2025-01..04", basis="全球汽车销量 3026万辆"),
    m("car_sales_growth|vehicle_sales_growth|sales_growth", 5, "%", GL, "2025-01..04", basis="yoy"),
    m("car_sales|vehicle_sales|sales_volume", 6.18e6, "vehicles", GNEV, "2025-01..04", basis="of which NEVs 618万辆"),
    m("market_share|global_share|share", 67.7, "%", CNN, None, basis="share of the global market (no month attached)"),
    m("market_share|global_share|share", 70.2, "%", CNN, "2025-04", basis="4月份 global share, 维持在70.2%的高位"),
], [])


# zh02: 海尔智家's 2024 annual-report summary as printed by 上海证券报 on paper.cnstock.com (title reworded around the company
# name; the credit line "2025-03-28" / 上海证券报 and "公司代码:600690" kept; the page furniture "113版 信息披露 查看版面PDF",
# the calendar lines "2025年" / "3月28日" and "查看其他日期" dropped; the numbered boilerplate items 1-5 and the section heads
# reworded). The stored summary breaks off inside the air-conditioner paragraph, so the passage ends with the sentence on
# the whole home-appliance market. Period FY2024 ("2024年年度报告", "本年度"). Key: the proposed dividend 人民币9.65元 per 10
# shares (pre-tax), the total 8,996,688,692.76元, the payout ratio 48.01% of net profit attributable to shareholders of the
# parent; the industry's 2024 retail sales 9,071亿 (亿 printed without 元 -> CNY, a mainland market figure) and +6.4% yoy on
# the industry. Judgement calls: the dividend per 10 shares is labelled as printed with basis "per 10 shares" (earlier
# sets); the stock code 600690, "2024年8月份" (a policy date) and the item numbers carry no row.
HR = "海尔智家|海尔智家股份有限公司|Haier Smart Home|Haier|600690"
HA = "中国家电全品类(不含3C)|中国家电全品类|中国家电|家电行业|China home appliances"
Y24 = "FY2024"
G["zh02"] = ([
    m("dividend|dividend_per_share", 9.65, "CNY", HR, Y24, basis="per 10 shares, pre-tax, proposed (每10股派发现金股利)"),
    m("total_dividend|dividend_payout|cash_dividend", 8996688692.76, "CNY", HR, Y24, basis="proposed total, pre-tax"),
    m("payout_ratio|dividend_payout_ratio", 48.01, "%", HR, Y24,
      basis="cash dividend as a share of net profit attributable to shareholders of the parent"),
    m("retail_sales|retail_sales_value|sales", 9.071e11, "CNY", HA, Y24, basis="奥维云网(AVC)推总 零售额 9,071亿"),
    m("retail_sales_growth|sales_growth|growth", 6.4, "%", HA, Y24, basis="yoy"),
], [])


# zh03: FX168财经's round-up of 2024 results of 24 bank wealth-management subsidiaries (fx168news.com; no headline in the
# stored text, none composed; the two sub-heads kept and reworded around their figures). The stored text breaks off inside
# the 光大理财 ROE sentence ("…ROE达37.5%,…而部分大规模理财子公司的ROE反"), so the passage ends with the sentence before it;
# the paragraph ending "…下降17.31%至2.58亿元," with a comma is kept as printed. Periods: FY2024 (printed "2024年") for
# profits and growth, 2024-12-31 for the total assets ("截至2024年末"). Key: total assets 2476.15亿元 (+9.56% vs 上年),
# combined net profit 271.44亿元 (+8.11%); 招银理财 27.39亿元 (the second printing optional); 建信 / 工银 etc. 60% of assets and
# 65% of net profit; 中银理财 19.63亿元 (+20.58%); 兴银理财 / 光大理财 15-25亿元 (closed range, both as entity alternatives);
# 民生理财 -11.46% to 10.20亿元; 光大理财 -6.22% to 18.76亿元; 渤银理财 growth 11.62%; 上银理财 -61.27% to 1.22亿元; 青银理财
# -0.67% to 2.97亿元; 北银理财 -17.31% to 2.58亿元. Optional: the sub-heads' "净利增速超20%" (bound) and "暴跌61%" (rounded
# twin); "跌幅超过60%" of some city-bank subsidiaries, "资产增速普遍超过20%" (杭银 / 宁银), "注册资本超百亿" and the small
# firms' "规模大多在50亿元以下" / "净利润普遍不足5亿元" (bounds).
# Judgement calls: "下降X%至Y亿元" gives a key growth row and a key level row, no prior derived; "增速放缓至11.62%" is a growth
# level (positive); "五周年", ranks (首位, 第一) and "ROE虽仍较高" (no figure) carry no row.
IND = "24家主要银行理财子公司|主要银行理财子公司|银行理财子公司|bank wealth management subsidiaries"
P24, E24 = "FY2024", "2024-12-31"
NP, NPG = "net_profit", "net_profit_growth"
CMBW = "招银理财|CMB Wealth Management"
BIG = "建信理财|工银理财|五大行系理财子公司|注册资本超百亿的机构"
G["zh03"] = ([
    m("total_assets|assets", 2.47615e11, "CNY", IND, E24, basis="总资产 合计 2476.15亿元, at end-2024"),
    m("total_assets_growth|assets_growth", 9.56, "%", IND, P24, basis="较上年增长 (yoy)"),
    m(NP, 2.7144e10, "CNY", IND, P24, basis="净利润 合计"),
    m(NPG, 8.11, "%", IND, P24, basis="yoy"),
    m(NP, 2.739e9, "CNY", CMBW, P24, basis="first printing, ranked first"),
    m(NPG, None, "%", "城商行系理财子公司|一些城商行系理财子公司", P24, rng=(None, -60), opt=True,
      basis="净利润跌幅超过60% (open bound)"),
    m(NPG, None, "%", "中银理财|BOC Wealth Management", P24, rng=(20, None), opt=True,
      basis="sub-head: 净利增速超20% (bound restating 20.58%)"),
    m("registered_capital", None, "CNY", BIG, None, rng=(1e10, None), opt=True, basis="注册资本超百亿"),
    m("asset_share|share_of_assets|market_share", 60, "%", BIG, P24, basis="占行业60%的资产规模"),
    m("profit_share|share_of_net_profit|share", 65, "%", BIG, P24, basis="贡献了65%的净利润"),
    m(NP, 1.963e9, "CNY", "中银理财|BOC Wealth Management", P24),
    m(NPG, 20.58, "%", "中银理财|BOC Wealth Management", P24, basis="同比增速"),
    m(NP, 2.739e9, "CNY", CMBW, P24, opt=True, basis="second printing (以27.39亿元的净利润牢牢占据第一)"),
    m(NP, None, "CNY", "兴银理财|光大理财", P24, rng=(1.5e9, 2.5e9), basis="稳定在15-25亿元区间"),
    m(NPG, -11.46, "%", "民生理财|CMBC Wealth Management", P24, basis="下降11.46%"),
    m(NP, 1.02e9, "CNY", "民生理财|CMBC Wealth Management", P24, basis="至10.20亿元"),
    m(NPG, -6.22, "%", "光大理财|Everbright Wealth Management", P24, basis="同比下降6.22%"),
    m(NP, 1.876e9, "CNY", "光大理财|Everbright Wealth Management", P24, basis="至18.76亿元"),
    m(NPG, 11.62, "%", "渤银理财", P24, basis="增速放缓至11.62%"),
    m(NPG, -61, "%", "上银理财|上银", P24, opt=True, basis="sub-head: 净利润暴跌61% (rounded twin of -61.27%)"),
    m("assets_growth|total_assets_growth", None, "%", "杭银理财|宁银理财|城商行系理财子公司", P24, rng=(20, None), opt=True,
      basis="资产增速普遍超过20%"),
    m(NPG, -61.27, "%", "上银理财|上银", P24, basis="同比缩水61.27%"),
    m(NP, 1.22e8, "CNY", "上银理财|上银", P24, basis="至1.22亿元"),
    m(NPG, -0.67, "%", "青银理财", P24, basis="微降0.67%"),
    m(NP, 2.97e8, "CNY", "青银理财", P24, basis="至2.97亿元"),
    m(NPG, -17.31, "%", "北银理财", P24, basis="下降17.31%"),
    m(NP, 2.58e8, "CNY", "北银理财", P24, basis="至2.58亿元"),
    m("aum|scale|total_assets", None, "CNY", "渝农商理财|青银理财|小型机构", None, rng=(None, 5e9), opt=True,
      basis="规模大多在50亿元以下"),
    m(NP, None, "CNY", "渝农商理财|青银理财|小型机构", None, rng=(None, 5e8), opt=True, basis="净利润普遍不足5亿元"),
], [])


# zh04: 中新网's item on the statistics bureau's June-2024 CPI and PPI release with 董莉娟's reading, as carried (source line
# "中青在线", time 2024-07-10 22:17:11) on a mirror at 125.65.46.38 (headline reworded around "2024年6月份CPI", "PPI"; the two
# numbered section heads reworded; the odd "0. 2%" with its space kept). The stored text breaks off inside the PPI paragraph
# ("其中,生产资料价格由上涨0.4%转为下降0.2%", no full stop), so the passage ends with the PPI's month-on-month sentence; the
# PPI's year-on-year rate is therefore not in the passage. Period 2024-06 (printed), 上月 = 2024-05. Key: core CPI +0.6% yoy
# (涨幅与上月持平 -> prior 0.6); CPI +0.2% yoy and its -0.1 pp change; food -2.1%, its -0.1 pp change (降幅扩大) and its -0.39 pp
# contribution; fresh vegetables -7.3% (prior +2.3%); the decline range of 薯类…禽肉类 2.3%—18.6% (negative closed range);
# pork +18.1% and its +13.5 pp change; non-food +0.8% (prior 0.8) and its +0.64 pp contribution; energy +3.1% and -0.3 pp;
# industrial consumer goods excluding energy +0.1% (prior 0.1); fuel cars -6.0%, NEVs -7.4%; services +0.7% and -0.1 pp;
# tourism +3.7%, hotels -1.9%, medical services +1.9%; the carry-over effect 0.2 pp; PPI -0.2% mom (prior +0.2%).
# Optional: "0. 2%" (twin of the CPI's yoy rate), "新影响约为0" (a zero), the previous-month levels 2.3% and 0.2% as rows.
# Judgement calls: changes printed in 个百分点 are pp rows on the item (回落 / 降幅扩大 negative, 扩大 of a rise positive);
# contributions ("影响CPI同比下降约0.39个百分点") are pp rows with "contribution to CPI yoy" in basis; 约 is dropped.
J6, J5 = "2024-06", "2024-05"
CPI = "CPI|全国CPI|居民消费价格指数|consumer price index"
PPI = "PPI|全国PPI|工业生产者出厂价格指数|producer price index"
FOOD = "食品价格|食品|food prices"
NONF = "非食品价格|非食品|non-food prices"
YOY = "price_change|inflation|yoy_change|cpi_component_yoy"
CHG = "rate_change|change|yoy_change_change"
CON = "contribution|cpi_contribution|impact"
G["zh04"] = ([
    m("core_cpi_yoy|core_cpi|core_inflation", 0.6, "%", "核心CPI|core CPI", J6, prior=0.6,
      basis="yoy, excl. food and energy; 涨幅与上月持平 (prior = level)"),
    m("cpi_yoy|cpi|inflation", 0.2, "%", CPI, J6, basis="yoy"),
    m("cpi_yoy_change|" + CHG, -0.1, "pp", CPI, J6, basis="涨幅较上月回落0.1个百分点"),
    m(YOY, -2.1, "%", FOOD, J6, basis="yoy, 下降"),
    m(CHG, -0.1, "pp", FOOD, J6, basis="降幅较上月扩大0.1个百分点"),
    m(CON, -0.39, "pp", FOOD, J6, basis="contribution to CPI yoy, 下降约0.39个百分点"),
    m(YOY, -7.3, "%", "鲜菜|鲜菜价格|fresh vegetables", J6, prior=2.3, basis="yoy, 从上月的上涨2.3%变为下降7.3%"),
    m(YOY, 2.3, "%", "鲜菜|鲜菜价格|fresh vegetables", J5, opt=True, basis="previous month's yoy (prior)"),
    m(YOY, None, "%", "薯类|鲜果|鸡蛋|牛肉|羊肉|禽肉类", J6, rng=(-18.6, -2.3), basis="降幅在2.3%—18.6%之间"),
    m(YOY, 18.1, "%", "猪肉|猪肉价格|pork", J6, basis="yoy"),
    m(CHG, 13.5, "pp", "猪肉|猪肉价格|pork", J6, basis="涨幅较上月扩大13.5个百分点"),
    m(YOY, 0.8, "%", NONF, J6, prior=0.8, basis="yoy; 涨幅与上月一致 (prior = level)"),
    m(CON, 0.64, "pp", NONF, J6, basis="contribution to CPI yoy, 上涨约0.64个百分点"),
    m(YOY, 3.1, "%", "能源|能源价格|energy", J6, basis="yoy"),
    m(CHG, -0.3, "pp", "能源|能源价格|energy", J6, basis="涨幅回落0.3个百分点"),
    m(YOY, 0.1, "%", "工业消费品|除去能源以外的工业消费品|industrial consumer goods", J6, prior=0.1,
      basis="yoy, excl. energy; 涨幅同上月持平 (prior = level)"),
    m(YOY, -6.0, "%", "燃油小汽车|fuel cars", J6, basis="yoy (分别, first)"),
    m(YOY, -7.4, "%", "新能源小汽车|new energy cars|NEVs", J6, basis="yoy (分别, second)"),
    m(YOY, 0.7, "%", "服务|服务价格|services", J6, basis="yoy"),
    m(CHG, -0.1, "pp", "服务|服务价格|services", J6, basis="涨幅回落0.1个百分点"),
    m(YOY, 3.7, "%", "旅游|旅游价格|tourism", J6, basis="yoy"),
    m(YOY, -1.9, "%", "宾馆住宿|宾馆住宿价格|hotel accommodation", J6, basis="yoy"),
    m(YOY, 1.9, "%", "医疗服务|医疗服务价格|medical services", J6, basis="yoy"),
    m("cpi_yoy|cpi|inflation", 0.2, "%", CPI, J6, opt=True, basis="restated as '0. 2%' (with a space) in the 测算 sentence"),
    m("carryover_effect|base_effect|contribution", 0.2, "pp", CPI, J6, basis="翘尾影响约为0.2个百分点"),
    m("new_price_effect|contribution", 0, "pp", CPI, J6, opt=True, basis="今年价格变动的新影响约为0"),
    m("ppi_mom|ppi|price_change", -0.2, "%", PPI, J6, prior=0.2, basis="mom, 从上月上涨0.2%转为下降0.2%"),
    m("ppi_mom|ppi|price_change", 0.2, "%", PPI, J5, opt=True, basis="previous month's mom (prior)"),
], [])


# zh05: a STAR Market IPO's online subscription result and its offer-data table for 有研粉材 (688456), on yahuicj.com (whole
# stored item; no headline, none composed; the table's run-together label / value layout, "(周一)" day names, the dash for
# 老股转让, the schedule rows with their numbers run into the dates ("12021-02-26") and the half-width brackets kept; the
# table's field labels reworded; the trailing blank lines dropped). Period None (deal statistics; the printed dates
# 2021-03-08 etc. are schedule dates, no row). In a story that is nothing but subscription results the results are key
# (news46 zh05): valid applicant accounts 5184695, valid shares applied 39923915500, the final offline tranche 17100000 shares
# (60.00%) and online tranche 11400000 shares (40.00%), the final lottery rate 0.02855431%; from the table the issue price
# 10.62 (元/股 -> CNY), the issue P/E 24.67 ("x"), the reference industry's P/E 32.73 (on 金属制品业), the proceeds 3.19亿元
# and the total offer 30000000 shares. Optional: the par value 1元, the table's repeats of the two tranches, the per-account
# cap 8500 shares and the market-value thresholds 8.50万元 (online, full application) and 1000.00万元 (offline).
# Judgement calls: 户 -> "accounts"; "占扣除战略配售部分后的发行数量" shares are "%" rows on the tranche with the company as
# alias; the codes 688456 / 787456, "T-2日" and the schedule numbers 1-8 carry no row.
YY = "有研粉材|688456|Youyan Powder"
ONL = "网上发行|网上|online tranche|" + YY
OFF = "网下发行|网下|offline tranche|" + YY
G["zh05"] = ([
    m("applicants|valid_applicants|subscription_accounts", 5184695, "accounts", YY, None, basis="网上有效申购户数"),
    m("shares_applied|valid_subscription_shares|subscription_shares", 39923915500, "shares", YY, None,
      basis="网上有效申购股数"),
    m("shares_offered|tranche_size|offering_shares", 17100000, "shares", OFF, None, basis="回拨后网下最终发行数量"),
    m("tranche_share|share|allocation_ratio", 60.00, "%", OFF, None, basis="of the offer after strategic placement"),
    m("shares_offered|tranche_size|offering_shares", 11400000, "shares", ONL, None, basis="回拨后网上最终发行数量"),
    m("tranche_share|share|allocation_ratio", 40.00, "%", ONL, None, basis="of the offer after strategic placement"),
    m("allotment_rate|lottery_rate|online_lottery_rate|winning_rate", 0.02855431, "%", YY, None,
      basis="网上发行最终中签率, after the claw-back"),
    m("ipo_price|offer_price|issue_price", 10.62, "CNY", YY, None, basis="每股发行价 (元/股)"),
    m("pe_ratio|issue_pe|ipo_pe", 24.67, "x", YY, None, basis="发行市盈率"),
    m("pe_ratio|industry_pe", 32.73, "x", "金属制品业|metal products industry", None, basis="reference industry's latest P/E"),
    m("par_value", 1, "CNY", YY, None, opt=True, basis="每股面值"),
    m("ipo_proceeds|proceeds|gross_proceeds", 3.19e8, "CNY", YY, None, basis="实际募资总额 3.19亿元"),
    m("shares_offered|tranche_size|offering_shares", 11400000, "shares", ONL, None, opt=True, basis="table repeat"),
    m("shares_offered|tranche_size|offering_shares", 17100000, "shares", OFF, None, opt=True, basis="table repeat"),
    m("shares_offered|total_offering_shares|offering_shares", 30000000, "shares", YY, None, basis="发行总股数"),
    m("subscription_cap|application_limit", 8500, "shares", YY, None, opt=True, basis="申购上限 per account"),
    m("required_market_value|market_value_threshold", 85000, "CNY", YY, None, opt=True,
      basis="网上顶格申购所需市值 8.50万元"),
    m("required_market_value|market_value_threshold", 1e7, "CNY", YY, None, opt=True,
      basis="网下申购所需市值 1000.00万元"),
], [])


# zh06: a mainland site's daily round-up of brokers' actions on Hong Kong stocks (gupiaoqihuo.com, "今日港股行情投行追踪";
# headline and the three item sub-heads reworded around their names, codes, ratings and targets; "“Human x Car x Home”"
# kept). The stored text breaks off inside the 高盛 item ("高盛上调小米AIoT第三季及第四季的收入预测各5%,及2025年至2026年的
# 预测"), so the passage ends with the sentence before it. The headline's 中金 / 周大福 action has no body in the stored text:
# it is key (its only printing). Rating actions (currency HKD, 港元): 中金 cut_target on 周大福, outperform (跑赢行业), 7.84
# (no prior printed); 交银国际 raise_target on 京东集团-SW, buy, 217 from 159; 瑞银 raise_target on 中国建材, neutral, 3.2 from
# 3.1; 高盛 raise_target on 小米集团-W, buy (重申), 27.8 from 27.5. The sub-heads restate the actions (no second action).
# Metrics, key: 京东's target raised 36% (target_price_change), the valuation basis 13倍 P/E on 2025 (FY2025), 交银国际's
# forecasts of 2024 revenue +4.6% and adjusted net profit +21.8%, 2025 +5.8% and +10% ("分别" in order); 中国建材's EPS
# forecasts 14分 (今年, period None), 28分 (FY2025) and 39分 (FY2026) "下调为" (levels, 分 -> x0.01 HKD: amounts without a
# currency in this Hong Kong-stock item are HKD, RMB being marked 人民币), the P/B basis 0.23倍 (FY2025), the profit warning's
# nine-month loss 约7亿元人民币, 瑞银's estimated first-half loss 20.18亿元人民币 and third-quarter profit 13.18亿元人民币
# (losses negative; period None: no year printed beside 首三季 / 上半年 / 第三季).
# Judgement calls: "维持…评级 目标价降至" -> cut_target with the maintained rating; "重申…评级 目标价由A上调至B" ->
# raise_target; "中个位数增长" and "9月增速明显加快" carry no figure row; the stock codes carry no row.
CICC = "中金|中金公司|CICC"
BOCOM = "交银国际|BOCOM International"
UBS = "瑞银|UBS"
GS = "高盛|Goldman Sachs"
CTF = "周大福|Chow Tai Fook"
JD = "京东集团-SW|京东集团|京东|JD.com|09618"
CNBM = "中国建材|China National Building Material|CNBM|03323"
XM = "小米集团-W|小米集团|小米|Xiaomi|01810"
FC = "forecast (交银国际)"
G["zh06"] = ([
    m("target_price_change", 36, "%", JD, None, basis="交银国际 上调港股目标价36%"),
    m("pe_ratio|valuation_multiple|target_pe", 13, "x", JD, "FY2025", basis="valuation basis: 2025年13倍的整体市盈率"),
    m("revenue_growth", 4.6, "%", JD, "FY2024", basis=FC + ", yoy (分别, first)"),
    m("adjusted_net_profit_growth|net_profit_growth", 21.8, "%", JD, "FY2024", basis=FC + ", yoy (分别, second)"),
    m("revenue_growth", 5.8, "%", JD, "FY2025", basis=FC + ", yoy"),
    m("adjusted_net_profit_growth|net_profit_growth", 10, "%", JD, "FY2025", basis=FC + ", yoy"),
    m("eps_forecast|eps", 0.14, "HKD", CNBM, None, basis="瑞银 forecast 14分 for 今年 (no year printed), 下调为"),
    m("eps_forecast|eps", 0.28, "HKD", CNBM, "FY2025", basis="瑞银 forecast 28分, 下调为"),
    m("eps_forecast|eps", 0.39, "HKD", CNBM, "FY2026", basis="瑞银 forecast 39分, 下调为"),
    m("pb_ratio|price_to_book|valuation_multiple", 0.23, "x", CNBM, "FY2025", basis="预测市账率 0.23倍, valuation basis"),
    m("net_profit|net_loss|profit", -7e8, "CNY", CNBM, None, basis="profit warning: 首三季 亏损约7亿元人民币"),
    m("net_profit|net_loss|profit", -2.018e9, "CNY", CNBM, None, basis="瑞银 estimate: 上半年亏损20.18亿元人民币"),
    m("net_profit|profit", 1.318e9, "CNY", CNBM, None, basis="瑞银 estimate: 第三季 赚13.18亿元人民币"),
], [
    ra(CICC, CTF, "cut_target", "outperform", None, 7.84, None, "HKD"),
    ra(BOCOM, JD, "raise_target", "buy", None, 217, 159, "HKD"),
    ra(UBS, CNBM, "raise_target", "neutral", None, 3.2, 3.1, "HKD"),
    ra(GS, XM, "raise_target", "buy", None, 27.8, 27.5, "HKD"),
])
