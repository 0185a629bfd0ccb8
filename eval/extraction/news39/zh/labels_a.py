# Hand labels for news39/zh, batch a (zh01-zh06; all six mainland-sourced, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold file or other batch's text was read.
# Conventions followed: the development corpus's README and scorer (score.py) and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news36 / news37 / news38 in particular). Values fully scaled (亿元 -> x1e8, 万亿元 ->
# x1e12, 万辆 -> vehicles, Chinese numerals resolved: 六成四 -> 64, 五成半 -> 55, 一倍七 -> 170, 百分之五 -> 5, 八亿五千万
# -> 8.5e8); mainland 元 = CNY; declines negative (下降 / 下跌 / 减少 / 变动 -X / 亏损 -X亿元); pcts / 百分点 = pp; 同比 = yoy and
# 环比 = qoq / mom in basis; 约X / 近X -> X; 逾X / 超过X / 突破X -> open bounds, optional unless the only or the headline
# statement of a core quantity; "X几" (三百二十几亿, "320-odd") -> a closed range rng=(X, X + one unit of the last place).
# A figure printed twice (lead and body, sub-heading and body) is one key row plus an optional twin. PE at the current
# price is optional (news32 / news34 / news36). Stock codes are entity aliases, never values.
# Periods only where the text states or clearly implies them: zh01 FY2023 / 2024Q1 (printed); zh02 2025Q1 / FY2025-FY2027
# (printed), 2025-03-31 for the Q1-end balance; zh03 None (1—5月份 without a year; the source's "(文章来源:国家统计局)" gives
# no date); zh04 None ("9月30日", no year); zh05 None ("10月份" / "1-10月", no year); zh06 "H1" / "Q2" (中期 / 第二季 /
# 六月底, no year printed; news37 zh07 / news38 zh11). URL dates and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: A-share company's annual results with a Q1 report and a dividend plan (营业总收入, 归母净利润, 分产品, 研发, 分红):
# 五粮液 (000858) 2023 (广州日报 report reposted; dateline "广州日报讯 (全媒体记者 曾繁莹)4月28日晚" and the two sub-headings
# kept as printed; the stray spaces "832.72 亿元", "净利润 302.11亿元", "同比增幅为 13.19%", "3.22 亿元" kept; whole item).
# Key: FY2023 total operating revenue 832.72亿元 (+12.58%), attributable profit 302.11亿元 (+13.19%); the proposed cash
# dividend 46.70元 per 10 shares (lead key; the 分配方案 repeat optional); 2024Q1 revenue 348.33亿元 (+11.86%) and attributable
# profit 140.45亿元 (+11.98%); 酒类产品 revenue 764.47亿元, its 91.80% share and +13.15%; 五粮液产品 revenue 628.04亿元
# (+13.50%), gross margin 86.64% and its change "同比增加0.08%" (printed in %, labelled in % as printed, not converted to
# pp); 其他酒产品 136.43亿元 (+11.58%); R&D 3.22亿元 (+36.50%); total dividend 181.27亿元 (body key; the sub-heading
# "现金分红总额达181.27亿元" an optional twin); payout ratio 60%; cumulative dividends since listing 941.4亿元; the last
# three years' cumulative dividends 445.4亿元, average attributable profit 267.6亿元 and the ratio 166.45% (period None,
# "近三年" in basis). Optional: the 8-year double-digit streak, the share base 3,881,608,005股 (a share count), the rank
# 第四 among 深交所 companies. Judgement calls: "去年" / "年报报告期" = FY2023 (the passage's own 2023年年报); product lines
# take their own name as entity with the company as alias (news35 / news37); the 2024 target ("两位数稳健增长") and "近五年"
# print no figure.
WLY = "五粮液|宜宾五粮液|宜宾五粮液股份有限公司|Wuliangye|Wuliangye Yibin|000858|000858.SZ"
LIQ = "酒类产品|liquor products|liquor|" + WLY
WLP = "五粮液产品|五粮液酒|Wuliangye-brand liquor|Wuliangye products|" + WLY
OTH = "其他酒产品|其他酒类产品|other liquor products|" + WLY
F23, Q24 = "FY2023", "2024Q1"
REV, REVG = "revenue|operating_revenue|total_operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"
G["zh01"] = ([
    m(REV, 8.3272e10, "CNY", WLY, F23, basis="营业总收入, printed '832.72 亿元'"),
    m(REVG, 12.58, "%", WLY, F23, basis="yoy"),
    m(NP, 3.0211e10, "CNY", WLY, F23, basis="attributable to shareholders of the listed company"),
    m(NPG, 13.19, "%", WLY, F23, basis="yoy"),
    m("dividend_per_share|dps|cash_dividend", 46.70, "CNY", WLY, F23, basis="per 10 shares (每10股), proposed cash dividend"),
    m("dividend_per_share|dps|cash_dividend", 46.70, "CNY", WLY, F23, opt=True,
      basis="per 10 shares, tax included, repeat in the 利润分配方案"),
    m("growth_streak|consecutive_years", 8, "years", WLY, None, opt=True, basis="double-digit growth for 8 years"),
    m(REV, 3.4833e10, "CNY", WLY, Q24, basis="营业收入, 2024年一季度"),
    m(REVG, 11.86, "%", WLY, Q24, basis="yoy"),
    m(NP, 1.4045e10, "CNY", WLY, Q24, basis="attributable (归母)"),
    m(NPG, 11.98, "%", WLY, Q24, basis="yoy"),
    m(REV + "|segment_revenue", 7.6447e10, "CNY", LIQ, F23, basis="酒类产品 revenue (去年, 年报报告期)"),
    m("revenue_share|share|segment_share", 91.80, "%", LIQ, F23, basis="share of operating revenue"),
    m(REVG + "|segment_revenue_growth", 13.15, "%", LIQ, F23, basis="yoy (增加)"),
    m(REV + "|segment_revenue", 6.2804e10, "CNY", WLP, F23, basis="五粮液产品 revenue"),
    m(REVG + "|segment_revenue_growth", 13.50, "%", WLP, F23, basis="yoy"),
    m("gross_margin", 86.64, "%", WLP, F23),
    m("gross_margin_change", 0.08, "%", WLP, F23, basis="yoy, printed '增加0.08%' (in %, not 百分点)"),
    m(REV + "|segment_revenue", 1.3643e10, "CNY", OTH, F23, basis="其他酒产品 营收"),
    m(REVG + "|segment_revenue_growth", 11.58, "%", OTH, F23, basis="yoy"),
    m("rd_expense|rd_investment|r_and_d_expense", 3.22e8, "CNY", WLY, F23, basis="研发投入 (去年), printed '3.22 亿元'"),
    m("rd_expense_growth|rd_investment_growth|r_and_d_expense_growth", 36.50, "%", WLY, F23, basis="yoy"),
    m("dividend_total|total_dividend|cash_dividend_total", 1.8127e10, "CNY", WLY, F23, basis="分红 total, body"),
    m("dividend_total|total_dividend|cash_dividend_total", 1.8127e10, "CNY", WLY, F23, opt=True,
      basis="sub-heading 现金分红总额达181.27亿元, repeat"),
    m("share_capital|total_shares|shares_outstanding", 3881608005, "shares", WLY, None, opt=True,
      basis="total share base for the distribution"),
    m("payout_ratio|dividend_payout_ratio", 60, "%", WLY, F23, basis="分红比例, record since listing"),
    m("cumulative_dividends|cumulative_cash_dividends|dividend_total", 9.414e10, "CNY", WLY, None,
      basis="cumulative cash dividends since listing (上市后累计派现), per 同花顺"),
    m("rank", 4, "count", WLY, None, opt=True, basis="第四 among 深交所 listed companies by total dividends"),
    m("cumulative_dividends|cumulative_cash_dividends|dividend_total", 4.454e10, "CNY", WLY, None,
      basis="last three years (近三年) cumulative"),
    m("average_net_profit|net_profit|net_profit_attributable", 2.676e10, "CNY", WLY, None,
      basis="last three years, annual average attributable profit"),
    m("cumulative_payout_ratio|payout_ratio", 166.45, "%", WLY, None,
      basis="last three years, cumulative dividends / attributable profit (累计派现/归母净利润率)"),
], [])

# zh02: broker note on an A-share company (业绩点评 with 盈利预测 and 评级), from a ratings-list page: 华鑫证券 on 贵州茅台
# (600519) after the 2025 first-quarter report, the first row of the list (the row header "2025-05-02 | 华鑫证券 | 孙山山,肖燕南
# | 买入 | 维持 | 查看详情 |" and the note's inline section labels kept; the passage ends with the row's closing "|", before
# the next broker's row). Key: 2025Q1 total revenue 514.43亿元 and attributable profit 268.47亿元 (+10.7% / +11.6%); gross
# margin 91.97% (-0.6 pp) and net margin 54.89% (+0.5 pp); selling and admin expense ratios 2.91% (+0.5 pp) and 3.73%
# (-0.7 pp); operating cash flow 88.09亿元 (-4.1%) and sales receipts 561.44亿元 (+21.4%); contract liabilities 87.88亿元
# at Q1 end and their qoq change -8.04亿元; 茅台酒 / 系列酒 revenue 435.57 / 70.22亿元 (+10% / +18%) and 系列酒's share 13.88%
# (+1 pp); wholesale / direct revenue 273.60 / 232.20亿元 (+4% / +20%, the 20% printed without "+"), direct share 45.91%
# (+4 pp), i茅台 58.70亿元 (+10%); 2283 distributors, net +36; domestic / overseas revenue 494.61 / 11.19亿元 (+10% /
# +38%), overseas share 2.21% (+0.4 pp); the company's 2025 targets (revenue growth 9%左右 -> 9 %, fixed-asset investment
# 47.11亿元); EPS forecasts FY2025-FY2027 75.23 / 81.66 / 88.00元. Optional: PE 21 / 19 / 18x at the current price.
# "A/B ... 分别同比+X/+Y" pairs map in order. No target price is printed. Rating action: 华鑫证券 maintains buy (买入, 维持).
MT = "贵州茅台|茅台|Kweichow Moutai|Moutai|600519|600519.SH"
HX = "华鑫证券|China Fortune Securities|Huaxin Securities"
MTJ = "茅台酒|Moutai liquor|Moutai baijiu|" + MT
XLJ = "系列酒|series liquor|series liquors|" + MT
WHS = "经销|批发代理|wholesale|distributor channel|" + MT
DIR = "直销|direct sales|direct channel|" + MT
IMT = "i茅台|iMoutai|i Moutai|" + MT
DOM = "国内|domestic|domestic market|" + MT
OVS = "国外|overseas|international|overseas market|" + MT
Q1 = "2025Q1"
SREV, SREVG = REV + "|segment_revenue", REVG + "|segment_revenue_growth"
EPSF = "eps|eps_forecast|basic_eps"
G["zh02"] = ([
    m(REV, 5.1443e10, "CNY", MT, Q1, basis="总营收 (total operating revenue)"),
    m(REVG, 10.7, "%", MT, Q1, basis="yoy"),
    m(NP, 2.6847e10, "CNY", MT, Q1, basis="attributable (归母)"),
    m(NPG, 11.6, "%", MT, Q1, basis="yoy"),
    m("gross_margin", 91.97, "%", MT, Q1),
    m("gross_margin_change", -0.6, "pp", MT, Q1, basis="yoy (pcts)"),
    m("net_margin|net_profit_margin", 54.89, "%", MT, Q1),
    m("net_margin_change|net_profit_margin_change", 0.5, "pp", MT, Q1, basis="yoy (pcts)"),
    m("selling_expense_ratio|sales_expense_ratio", 2.91, "%", MT, Q1),
    m("selling_expense_ratio_change|sales_expense_ratio_change", 0.5, "pp", MT, Q1, basis="yoy (pcts)"),
    m("admin_expense_ratio|administrative_expense_ratio", 3.73, "%", MT, Q1),
    m("admin_expense_ratio_change|administrative_expense_ratio_change", -0.7, "pp", MT, Q1, basis="yoy (pcts)"),
    m("operating_cash_flow|net_operating_cash_flow", 8.809e9, "CNY", MT, Q1, basis="经营净现金流"),
    m("operating_cash_flow_growth|net_operating_cash_flow_growth", -4.1, "%", MT, Q1, basis="yoy"),
    m("sales_receipts|cash_from_sales|sales_collections", 5.6144e10, "CNY", MT, Q1, basis="销售回款"),
    m("sales_receipts_growth|cash_from_sales_growth|sales_collections_growth", 21.4, "%", MT, Q1, basis="yoy"),
    m("contract_liabilities", 8.788e9, "CNY", MT, "2025-03-31", basis="at 2025Q1 end (2025Q1末)"),
    m("contract_liabilities_change", -8.04e8, "CNY", MT, "2025-03-31", basis="qoq (环比)"),
    m(SREV, 4.3557e10, "CNY", MTJ, Q1, basis="茅台酒 revenue"),
    m(SREVG, 10, "%", MTJ, Q1, basis="yoy"),
    m(SREV, 7.022e9, "CNY", XLJ, Q1, basis="系列酒 revenue"),
    m(SREVG, 18, "%", XLJ, Q1, basis="yoy"),
    m("revenue_share|share|segment_share", 13.88, "%", XLJ, Q1, basis="share of revenue"),
    m("revenue_share_change|share_change", 1, "pp", XLJ, Q1, basis="yoy (+1pcts)"),
    m(SREV, 2.736e10, "CNY", WHS, Q1, basis="经销 (wholesale / distributors) revenue"),
    m(SREVG, 4, "%", WHS, Q1, basis="yoy"),
    m(SREV, 2.322e10, "CNY", DIR, Q1, basis="直销 revenue"),
    m(SREVG, 20, "%", DIR, Q1, basis="yoy, printed '20%' after '+4%/'"),
    m("revenue_share|share|segment_share", 45.91, "%", DIR, Q1, basis="direct channel share of revenue"),
    m("revenue_share_change|share_change", 4, "pp", DIR, Q1, basis="yoy (+4pcts)"),
    m(SREV, 5.87e9, "CNY", IMT, Q1, basis="i茅台 revenue"),
    m(SREVG, 10, "%", IMT, Q1, basis="yoy"),
    m("distributors|distributor_count", 2283, "distributors", MT, None, basis="current (目前) distributor count"),
    m("distributors_change|net_new_distributors|distributor_count_change", 36, "distributors", MT, None,
      basis="net increase (净增加)"),
    m(SREV, 4.9461e10, "CNY", DOM, Q1, basis="domestic revenue"),
    m(SREVG, 10, "%", DOM, Q1, basis="yoy"),
    m(SREV, 1.119e9, "CNY", OVS, Q1, basis="overseas revenue"),
    m(SREVG, 38, "%", OVS, Q1, basis="yoy"),
    m("revenue_share|share|segment_share", 2.21, "%", OVS, Q1, basis="overseas share of revenue"),
    m("revenue_share_change|share_change", 0.4, "pp", OVS, Q1, basis="yoy (+0.4pcts)"),
    m("revenue_growth_target|revenue_growth|revenue_growth_guidance", 9, "%", MT, "FY2025",
      basis="company target, 总营收同比增长9%左右 (about)"),
    m("capex_target|fixed_asset_investment|capex", 4.711e9, "CNY", MT, "FY2025", basis="company target, 固定资产投资"),
    m(EPSF, 75.23, "CNY", MT, "FY2025", basis="broker forecast"),
    m(EPSF, 81.66, "CNY", MT, "FY2026", basis="broker forecast"),
    m(EPSF, 88.00, "CNY", MT, "FY2027", basis="broker forecast"),
    m("pe_ratio", 21, "x", MT, "FY2025", opt=True, basis="at the current price"),
    m("pe_ratio", 19, "x", MT, "FY2026", opt=True, basis="at the current price"),
    m("pe_ratio", 18, "x", MT, "FY2027", opt=True, basis="at the current price"),
], [
    ra(HX, MT, "maintain", "buy", None, None, None, None),
])

# zh03: 国家统计局 规模以上工业企业利润 release (利润总额, 分经济类型, 分门类, 分行业, 营业收入 / 成本 / 利润率) as reposted by
# a commodity-news site (the release text from "1—5月份" to the three closing lines on 黑色金属冶炼和压延加工业 and the
# "(来源:国家统计局)" line; whole item). No year is printed anywhere -> period None, "1—5月份" in basis. Key: total profit
# 27543.8亿元 (+3.4%); 采矿业 / 制造业 / 电力、热力、燃气及水生产和供应业 profit with growth; the thirteen industries' profit
# growth (each its own entity); revenue 53.03万亿元 (+2.9%), cost 45.27万亿元 (+3.0%), margin 5.19% (+0.02 pp); the
# ferrous-metals industry's profit -127.2亿元 (1-5月), -222.2亿元 (1-4月) and -213.6亿 (1-3月, printed without 元, read as
# CNY), each key with its own window in basis (a loss printed with a minus sign is a negative profit). Optional: the
# ownership-type breakdown (国有控股 / 股份制 / 外商及港澳台 / 私营, corpus zh17 and news38 zh03). "由盈转亏" and "亏损增加"
# print no figure. The em dash of "1—5月份" and the hyphen of "1-5月份" are kept as printed.
IND = "规模以上工业企业|全国规模以上工业企业|industrial enterprises above designated size|industry|China|全国"
PROF, PROFG = "total_profit|profit|industrial_profit|profits", "total_profit_growth|profit_growth|industrial_profit_growth"
W15 = "1—5月份 (January-May, no year printed)"
def ent(name):
    return name + "|" + IND
def pg(name, v, opt=False):
    return m(PROFG, v, "%", ent(name), None, opt=opt, basis=W15 + ", yoy")
G["zh03"] = ([
    m(PROF, 2.75438e12, "CNY", IND, None, basis=W15 + ", 利润总额"),
    m(PROFG, 3.4, "%", IND, None, basis=W15 + ", yoy"),
    m(PROF, 9.4384e11, "CNY", ent("国有控股企业|state-controlled enterprises|SOEs"), None, opt=True, basis=W15),
    pg("国有控股企业|state-controlled enterprises|SOEs", -2.4, True),
    m(PROF, 2.05105e12, "CNY", ent("股份制企业|joint-stock enterprises"), None, opt=True, basis=W15),
    pg("股份制企业|joint-stock enterprises", 1.0, True),
    m(PROF, 6.8278e11, "CNY", ent("外商及港澳台投资企业|foreign-invested enterprises"), None, opt=True, basis=W15),
    pg("外商及港澳台投资企业|foreign-invested enterprises", 12.6, True),
    m(PROF, 7.3293e11, "CNY", ent("私营企业|private enterprises"), None, opt=True, basis=W15),
    pg("私营企业|private enterprises", 7.6, True),
    m(PROF, 5.0245e11, "CNY", ent("采矿业|mining"), None, basis=W15),
    pg("采矿业|mining", -16.2),
    m(PROF, 1.92857e12, "CNY", ent("制造业|manufacturing"), None, basis=W15),
    pg("制造业|manufacturing", 6.3),
    m(PROF, 3.2336e11, "CNY", ent("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water"), None, basis=W15),
    pg("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", 29.5),
    pg("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", 80.6),
    pg("计算机、通信和其他电子设备制造业|computers, communications and other electronic equipment", 56.8),
    pg("电力、热力生产和供应业|power and heat production and supply", 35.0),
    pg("纺织业|textiles", 23.2),
    pg("汽车制造业|automobile manufacturing|autos", 17.9),
    pg("农副食品加工业|agricultural and sideline food processing", 17.1),
    pg("石油和天然气开采业|oil and gas extraction", 5.3),
    pg("通用设备制造业|general equipment", 1.8),
    pg("化学原料和化学制品制造业|chemical raw materials and chemical products", -2.7),
    pg("电气机械和器材制造业|electrical machinery and equipment", -6.0),
    pg("专用设备制造业|special equipment", -8.8),
    pg("煤炭开采和洗选业|coal mining and washing", -31.8),
    pg("非金属矿物制品业|non-metallic mineral products", -52.9),
    m("revenue|operating_revenue", 5.303e13, "CNY", IND, None, basis=W15 + ", 营业收入"),
    m("revenue_growth|operating_revenue_growth", 2.9, "%", IND, None, basis=W15 + ", yoy"),
    m("operating_cost|operating_costs|cost", 4.527e13, "CNY", IND, None, basis=W15 + ", 营业成本"),
    m("operating_cost_growth|cost_growth", 3.0, "%", IND, None, basis=W15 + ", yoy"),
    m("profit_margin|operating_margin|revenue_profit_margin", 5.19, "%", IND, None, basis=W15 + ", 营业收入利润率"),
    m("profit_margin_change|operating_margin_change", 0.02, "pp", IND, None, basis=W15 + ", yoy (提高)"),
    m(PROF, -1.272e10, "CNY", ent("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling|steel"), None,
      basis="1-5月份, 利润总额 (a loss)"),
    m(PROF, -2.222e10, "CNY", ent("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling|steel"), None,
      basis="1-4月份 (January-April), 利润总额 (a loss)"),
    m(PROF, -2.136e10, "CNY", ent("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling|steel"), None,
      basis="1-3月份 (January-March), printed '-213.6亿' without 元"),
], [])

# zh04: A-share market close (涨跌家数, 指数涨幅, 成交额) on the last session before the National Day holiday, as reported
# on an industry site ("9月30日", no year; whole item, the closing paragraphs on two *ST stocks kept). Period None with the
# date in basis. Key: 5336 advancers and 8 decliners (the later "那8只下跌的股票" an optional twin); the closes' moves 沪指
# +8.06%, 深成指 +10.67%, 创业板指 +15.36%, 北证50 +22.84% (no index level is printed); full-day turnover 约2.61万亿元
# (约X -> X). Optional: "开盘仅仅35分钟 ... 突破1万亿元" (an intraday threshold, and the 35 minutes), the "超过3000家" listed
# companies (a bound from the history comparison), the two *ST stocks' limit-down (两只). "今年8月", "2016年11月" and
# "个位数" are not figures to label.
SH = "沪指|上证指数|上证综指|Shanghai Composite|SSE Composite"
SZ = "深成指|深证成指|Shenzhen Component"
CY = "创业板指|创业板指数|ChiNext|ChiNext Index"
BZ = "北证50|北证50指数|BSE 50|Beijing Stock Exchange 50"
MKT = "两市|沪深两市|A股|A-shares|China A-share market|全市场"
D = "9月30日 (no year printed; last session before the National Day holiday)"
G["zh04"] = ([
    m("turnover", None, "CNY", MKT, None, rng=(1e12, None), opt=True,
      basis="intraday: 突破1万亿元 35 minutes after the open"),
    m("time_to_threshold|minutes", 35, "minutes", MKT, None, opt=True, basis="minutes after the open to 1万亿元 turnover"),
    m("advancing_stocks|advancers", 5336, "stocks", MKT, None, basis=D + ", per 同花顺"),
    m("declining_stocks|decliners", 8, "stocks", MKT, None, basis=D),
    m("declining_stocks|decliners", 8, "stocks", MKT, None, opt=True, basis="repeat (那8只下跌的股票, all ST)"),
    m("listed_companies|companies", None, "companies", MKT, None, rng=(3000, None), opt=True,
      basis="A-share listed companies exceeded 3000 (2016年11月), history comparison"),
    m("index_change", 8.06, "%", SH, None, basis="close, " + D),
    m("index_change", 10.67, "%", SZ, None, basis="close, " + D),
    m("index_change", 15.36, "%", CY, None, basis="close, " + D),
    m("index_change", 22.84, "%", BZ, None, basis="close, " + D),
    m("turnover", 2.61e12, "CNY", MKT, None, basis="full-day total turnover, 约2.61万亿元, " + D),
    m("limit_down_stocks|stocks_limit_down", 2, "stocks", "*ST景峰|*ST中利|" + MKT, None, opt=True,
      basis="两只 *ST stocks closed limit-down"),
], [])

# zh05: 中国汽车工业协会 monthly data (产销, 环比 / 同比, 累计, 新能源汽车, 渗透率, 车企排名) as reported by an auto site
# (whole item). "10月份" / "1-10月" print no year -> period None, the month or window in basis. Key: October vehicle output
# 335.9万辆 and sales 332.2万辆 with mom (+2.5% / +3%) and yoy (+12.1% / +8.8%); January-October output 2769.2万辆 and sales
# 2768.7万辆 (+13.2% / +12.4%); October NEV output 177.2万辆 and sales 171.5万辆 (+21.1% / +20%) and the NEV share 51.6%;
# January-October NEV output 1301.5万辆 and sales 1294.3万辆 (+33.1% / +32.7%) and the share 46.7%; the top-ten carmakers'
# share 84.1%; 比亚迪 370.2万辆, 上汽 355.1万辆, 吉利 292.6万辆 (January-October sales, each company its own entity).
# Optional: the lead's "首次超过了50%" (a bound restating the exact 51.6%) and the ranks "第1-3位". "分别…A和B" pairs map in
# order to output and sales (news38 zh05).
AUTO = "汽车|我国汽车|全国汽车|中国汽车|China auto industry|China|中国汽车工业协会|CAAM"
NEV = "新能源汽车|NEV|NEVs|new energy vehicles"
OCT, YTD = "October (10月份, no year printed)", "January-October (1-10月, no year printed), cumulative"
PRD, PRDG = "production|output|vehicle_production", "production_growth|output_growth|vehicle_production_growth"
SLS, SLSG = "sales_volume|sales|vehicle_sales", "sales_volume_growth|sales_growth|vehicle_sales_growth"
SHR = "market_share|penetration_rate|sales_share|share"
G["zh05"] = ([
    m(SHR, None, "%", NEV, None, rng=(50, None), opt=True, basis=OCT + ", lead: 首次超过了50% (restates 51.6%)"),
    m(PRD, 3.359e6, "vehicles", AUTO, None, basis=OCT),
    m(SLS, 3.322e6, "vehicles", AUTO, None, basis=OCT),
    m(PRDG, 2.5, "%", AUTO, None, basis=OCT + ", mom (较上月)"),
    m(SLSG, 3, "%", AUTO, None, basis=OCT + ", mom"),
    m(PRDG, 12.1, "%", AUTO, None, basis=OCT + ", yoy"),
    m(SLSG, 8.8, "%", AUTO, None, basis=OCT + ", yoy"),
    m(PRD, 2.7692e7, "vehicles", AUTO, None, basis=YTD),
    m(SLS, 2.7687e7, "vehicles", AUTO, None, basis=YTD),
    m(PRDG, 13.2, "%", AUTO, None, basis=YTD + ", yoy"),
    m(SLSG, 12.4, "%", AUTO, None, basis=YTD + ", yoy"),
    m(PRD, 1.772e6, "vehicles", NEV, None, basis=OCT),
    m(SLS, 1.715e6, "vehicles", NEV, None, basis=OCT),
    m(PRDG, 21.1, "%", NEV, None, basis=OCT + ", yoy"),
    m(SLSG, 20, "%", NEV, None, basis=OCT + ", yoy"),
    m(SHR, 51.6, "%", NEV, None, basis=OCT + ", share of total new-vehicle sales"),
    m(PRD, 1.3015e7, "vehicles", NEV, None, basis=YTD),
    m(SLS, 1.2943e7, "vehicles", NEV, None, basis=YTD),
    m(PRDG, 33.1, "%", NEV, None, basis=YTD + ", yoy"),
    m(SLSG, 32.7, "%", NEV, None, basis=YTD + ", yoy"),
    m(SHR, 46.7, "%", NEV, None, basis=YTD + ", share of total new-vehicle sales"),
    m(SHR + "|concentration", 84.1, "%", "销量前十车企|前十位车企|top-10 automakers|top ten carmakers|" + AUTO, None,
      basis=YTD + ", top-ten carmakers' share of new-vehicle sales"),
    m(SLS, 3.702e6, "vehicles", "比亚迪|BYD|002594|1211", None, basis=YTD + ", ranked first"),
    m(SLS, 3.551e6, "vehicles", "上汽|上汽集团|SAIC|SAIC Motor|600104", None, basis=YTD + ", ranked second"),
    m(SLS, 2.926e6, "vehicles", "吉利|吉利汽车|Geely|Geely Auto|0175", None, basis=YTD + ", ranked third"),
    m("rank", None, "count", "比亚迪|上汽|吉利|BYD|SAIC|Geely", None, rng=(1, 3), opt=True, basis="排在第1-3位"),
], [])

# zh06: Hong Kong-listed mainland company's interim / second-quarter results in Simplified Chinese (HK-radio style, Chinese
# numerals throughout): 腾讯 (00700.HK) interim and second quarter (whole item as stored; no year is printed -> "H1" / "Q2",
# the month-end user counts "截至六月底" -> "H1" as the results' half, news37 zh07). Currency: the profits are printed
# "亿元人民币" and the revenue figures that follow in the same sentences ("逾一千亿元", "五百六十几亿元", the segment 亿元)
# continue them -> CNY, not the Hong Kong-context HKD default (the passage's own 人民币 governs). Resolved: 六成四 64,
# 五成七 57, 七成 70, 两成六 26, 五成九 59, 五成四 54, 两成九 29, 五成半 55, 一倍七 170, 百分之五 5, 近两成 20 (近X -> X),
# 八亿五千万 8.5e8. "X几" figures (三百二十几亿 = 320-odd 亿) are closed ranges one unit of the last printed place wide:
# 三百二十几亿 -> (3.2e10, 3.3e10), 一百八十几亿 -> (1.8e10, 1.9e10), 五百六十几亿 -> (5.6e10, 5.7e10), 九亿六千几万 ->
# (9.6e8, 9.7e8). Key: H1 net profit growth 64% and range, revenue growth 57% and "逾一千亿元" (the lead's only revenue
# figure: key lower bound); Q2 net profit +70% yoy and +26% qoq and its range, Q2 revenue +59% and its range; Q2
# smartphone-games revenue 148亿元 (+54%) and PC-games revenue 136亿元 (+29%); online advertising +55%; others 96亿元; QQ MAU
# 8.5亿 (-5%) and Weixin/WeChat MAU 9.6-9.7亿 (+20%). Optional: the advertising "逾一百亿元" and the others' "逾一倍七" (bounds
# that are not the lead's). The advertising and others paragraphs continue the second-quarter account (period "Q2",
# basis notes "implied"). "不派中期息" and "好过市场预期" print no figure.
TC = "腾讯|腾讯控股|Tencent|Tencent Holdings|00700|00700.HK|0700.HK|700"
MG = "智能手机游戏|smartphone games|mobile games|" + TC
PCG = "个人电脑游戏|PC games|PC client games|" + TC
ADS = "网络广告|网络广告业务|online advertising|" + TC
OTB = "其他业务|others|other businesses|" + TC
QQ = "QQ|" + TC
WX = "微信及Wechat|微信|Weixin|WeChat|Weixin and WeChat|" + TC
MAU, MAUG = "monthly_active_users|mau|users", "monthly_active_users_growth|mau_growth|users_growth"
G["zh06"] = ([
    m(NPG, 64, "%", TC, "H1", basis="interim (中期) 纯利, yoy (六成四)"),
    m(NP, None, "CNY", TC, "H1", rng=(3.2e10, 3.3e10), basis="interim 纯利 三百二十几亿元人民币 (320-odd 亿)"),
    m(REVG, 57, "%", TC, "H1", basis="interim 营业额, yoy (五成七)"),
    m(REV, None, "CNY", TC, "H1", rng=(1e11, None), basis="interim 营业额 逾一千亿元 (lead; CNY from context)"),
    m(NPG, 70, "%", TC, "Q2", basis="second quarter 纯利, yoy (七成)"),
    m(NP, None, "CNY", TC, "Q2", rng=(1.8e10, 1.9e10), basis="second quarter 纯利 一百八十几亿元人民币"),
    m(NPG, 26, "%", TC, "Q2", basis="qoq (按季, 两成六)"),
    m(REVG, 59, "%", TC, "Q2", basis="second quarter 营业额, yoy (五成九)"),
    m(REV, None, "CNY", TC, "Q2", rng=(5.6e10, 5.7e10), basis="second quarter 营业额 五百六十几亿元"),
    m(REVG + "|segment_revenue_growth", 54, "%", MG, "Q2", basis="yoy (五成四)"),
    m(REV + "|segment_revenue", 1.48e10, "CNY", MG, "Q2", basis="一百四十八亿元, first time above PC games"),
    m(REVG + "|segment_revenue_growth", 29, "%", PCG, "Q2", basis="yoy (两成九)"),
    m(REV + "|segment_revenue", 1.36e10, "CNY", PCG, "Q2", basis="一百三十六亿元"),
    m(REVG + "|segment_revenue_growth", 55, "%", ADS, "Q2", basis="yoy (五成半); quarter implied by context"),
    m(REV + "|segment_revenue", None, "CNY", ADS, "Q2", rng=(1e10, None), opt=True, basis="逾一百亿元"),
    m(REVG + "|segment_revenue_growth", None, "%", OTB, "Q2", rng=(170, None), opt=True,
      basis="急升逾一倍七 (more than +170%); quarter implied by context"),
    m(REV + "|segment_revenue", 9.6e9, "CNY", OTB, "Q2", basis="九十六亿元"),
    m(MAUG, -5, "%", QQ, "H1", basis="as of end-June (截至六月底), yoy (减少百分之五)"),
    m(MAU, 8.5e8, "accounts", QQ, "H1", basis="as of end-June, 八亿五千万个"),
    m(MAUG, 20, "%", WX, "H1", basis="as of end-June, yoy (近两成)"),
    m(MAU, None, "accounts", WX, "H1", rng=(9.6e8, 9.7e8), basis="as of end-June, 九亿六千几万个"),
], [])
