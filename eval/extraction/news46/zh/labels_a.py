# Hand labels for news46/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news44 / news45 in particular, with the labels
# files of news44/zh). Values fully scaled (万元 -> x1e4, 亿元 -> x1e8, 万吨 -> x1e4, 万股 -> x1e4); mainland 元 = CNY,
# 美元 = USD; declines negative (下降 / 减少 / 下跌 / 收低 / 降幅扩大, the printed minus sign in a table); 同比 = yoy and
# 环比 = mom / qoq in basis; 个百分点 -> pp; counts in count nouns (shares, accounts, lots, tonnes, products, months).
# Brokers' targets and ratings only in rating actions; where the page prints a target of its own (zh02's Sohu row) it is an
# optional target_price row, and the note's target an optional twin of the rating action. A prior-year comparative
# printed beside the current figure (zh01's table) is the key row's prior and an optional row of its own with the earlier
# period; a sub-heading or a repeat of a body figure is an optional twin. Periods only where the text states or clearly
# implies the year: zh01 FY2023 / FY2022 and 2023-12-31 / 2022-12-31 (本报告期末 / 期初, note 1); zh02 2015Q2 and
# FY2015-FY2017 (printed); zh03 None ("11月27日", "1-10月", no year printed); zh04 the printed week-ending and as-of dates of
# 2025 (marketing years 2024/25 and 2025/2026 in basis, period None for them where no date is attached); zh05 None (no
# date in the passage); zh06 None ("7月14日-7月20日", no year). URL dates and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: A-share (STAR Market) company's 2023 业绩快报 as a filing on a mainland quote site (ddx.gubit.cn; headline, company
# name and the table kept as printed, with its row labels, the "减少1.21个百分点" cell and the column heads; the two
# boilerplate sentences and the notes reworded). The stored filing breaks off inside note 3's second sentence ("…对上年同期数
# 进行同"), so the passage ends with note 3's first sentence. 观典防务, FY2023 against FY2022 ("上年同期"); balance-sheet
# lines at 2023-12-31 against 2022-12-31 (本报告期初 = 上年年末 by note 1). All amounts in 人民币万元 (x1e4 CNY) except the
# per-share lines in 元. Key: revenue (营业总收入) 27,082.00万 (prior 29,104.07万, -6.95%); operating profit 8,790.12万
# (prior 9,757.87万, -9.92%); total profit 9,135.12万 (prior 10,017.63万, -8.81%); net profit attributable 8,165.77万
# (prior 8,719.30万, -6.35%); attributable net profit excluding non-recurring items 7,713.68万 (prior 8,465.17万, -8.88%);
# basic EPS 0.22元 (prior 0.24元, -8.33%); weighted ROE 7.85% (prior 9.06%, 减少1.21个百分点 -> -1.21 pp); total assets
# 111,514.45万 (prior 103,967.68万, +7.26%); attributable equity 106,238.69万 (prior 99,919.76万, +6.32%); share capital
# 37,051.56万 (prior 30,876.30万, +20.00%); attributable BVPS 2.87元 (prior 3.24元, -11.42%). Optional: the eleven prior
# figures as rows of their own; note 3's bonus issue (每股转增0.2股) and the 61,752,600 shares issued (minor share count).
# The record date 2023-07-17 and the 2022 distribution year give no row.
GD = "观典防务|观典防务技术股份有限公司|Guandian Defense|688287"
Y, P = "FY2023", "FY2022"
E, B = "2023-12-31", "2022-12-31"
NPA = "net_profit_attributable|net_profit|profit_attributable"
NPD = "net_profit_attributable_excl_nonrecurring|deducted_net_profit|adjusted_net_profit|recurring_net_profit"


def _row(metric, cur, prior, unit, pct, per, pper, basis, gmetric=None):
    g = gmetric or "|".join(x + "_growth" for x in metric.split("|")[:2])
    out = [m(metric, cur, unit, GD, per, prior=prior, basis=basis + "; prior = 上年同期 / 本报告期初"),
           m(metric, prior, unit, GD, pper, opt=True, basis=basis + ", prior-period column")]
    if pct is not None:
        out.append(m(g, pct, "%", GD, per, basis="增减变动幅度(%)"))
    return out


G["zh01"] = ([
    *_row("revenue|total_revenue|operating_revenue", 2.70820e8, 2.9104070e8, "CNY", -6.95, Y, P, "营业总收入"),
    *_row("operating_profit", 8.790120e7, 9.757870e7, "CNY", -9.92, Y, P, "营业利润"),
    *_row("total_profit|profit_before_tax|pretax_profit", 9.135120e7, 1.0017630e8, "CNY", -8.81, Y, P, "利润总额"),
    *_row(NPA, 8.165770e7, 8.719300e7, "CNY", -6.35, Y, P, "归属于母公司所有者的净利润",
          gmetric="net_profit_attributable_growth|net_profit_growth"),
    *_row(NPD, 7.713680e7, 8.465170e7, "CNY", -8.88, Y, P, "归属于母公司所有者的扣除非经常性损益的净利润",
          gmetric="net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|net_profit_growth"),
    *_row("eps|basic_eps", 0.22, 0.24, "CNY", -8.33, Y, P, "基本每股收益(元)", gmetric="eps_growth|basic_eps_growth"),
    m("roe|weighted_average_roe|return_on_equity", 7.85, "%", GD, Y, prior=9.06, basis="加权平均净资产收益率"),
    m("roe|weighted_average_roe|return_on_equity", 9.06, "%", GD, P, opt=True, basis="prior-year ROE"),
    m("roe_change|roe", -1.21, "pp", GD, Y, basis="减少1.21个百分点"),
    *_row("total_assets", 1.11514445e9, 1.03967668e9, "CNY", 7.26, E, B, "总资产, period end vs period start"),
    *_row("equity_attributable|shareholders_equity|net_assets", 1.06238869e9, 9.9919760e8, "CNY", 6.32, E, B,
          "归属于母公司的所有者权益", gmetric="equity_attributable_growth|shareholders_equity_growth|net_assets_growth"),
    *_row("share_capital", 3.7051560e8, 3.0876300e8, "CNY", 20.00, E, B, "股本 (万元)",
          gmetric="share_capital_growth|share_capital_change"),
    *_row("bvps|book_value_per_share|net_assets_per_share", 2.87, 3.24, "CNY", -11.42, E, B,
          "归属于母公司所有者的每股净资产(元)", gmetric="bvps_growth|book_value_per_share_growth|net_assets_per_share_growth"),
    m("bonus_shares_per_share|capitalisation_issue_ratio", 0.2, "shares", GD, P, opt=True,
      basis="2022年年度权益分派: 资本公积金每股转增0.2股"),
    m("bonus_shares|shares_issued", 61752600, "shares", GD, P, opt=True, basis="共计转增61,752,600股"),
], [])

# zh02: broker note on a Sohu "最新买入评级" analyst page (q.stock.sohu.com/jlp; analyst code 303040115): the page row
# (industry, start date, start price, target, upside, 20- and 60-day highs and gains) set as a header line as in news41 /
# news42 zh02; the Sohu menus, column heads and "详细" link dropped; the note's four parts were printed inline as
# "heading:text", here the headings stand on their own lines, the first ("重申该股买入评级,但目标价调降至人民币60元") kept
# as printed because it carries the rating and the target, the others reworded. The stored note breaks off after
# "然而," so the passage ends with the sentence before it. The stored excerpt names no broker or analyst (the note speaks of
# "本中心" / "研究中心"): broker None. Rating action: `cut_target` (rating unchanged, "重申…买入评级", target cut to 60 CNY;
# the old target is not printed). The page row's 目标价 column prints 56.81 (a different figure from the note's 60, kept,
# not reconciled) -> optional target_price row; the row's upside 45.14%, start price 45.00 and highs / gains optional; the
# note's 60 is an optional target_price twin of the rating action. Key: 2015Q2 EPS 人民币0.21元; the beat against the
# house / market estimates, "高33%/26%" (two % rows, in order); 2015Q2 gross margin 18.8% with "环比增长7.2个百分点、同比增长
# 6.6个百分点" (+7.2 pp qoq, +6.6 pp yoy); 2015Q2 revenue +18% qoq and +2% yoy; EPS estimates for 2015/16/17 raised
# 30%/7%/8% (FY2015-FY2017 in order). "2016/17年毛利率假设值" (no figure), "2015年4季度" (a policy date), "图1" give no row.
ZZ = "中直股份|中航直升机|AVIC Helicopter|Avicopter|600038"
G["zh02"] = ([
    m("eps|earnings_per_share", 0.21, "CNY", ZZ, "2015Q2", basis="2季度每股收益, 人民币"),
    m("eps_surprise|eps_beat|earnings_surprise", 33, "%", ZZ, "2015Q2", basis="above the house (本中心) estimate"),
    m("eps_surprise|eps_beat|earnings_surprise", 26, "%", ZZ, "2015Q2", basis="above the market estimate"),
    m("gross_margin", 18.8, "%", ZZ, "2015Q2", basis="2季度毛利率"),
    m("gross_margin_change|gross_margin", 7.2, "pp", ZZ, "2015Q2", basis="qoq (环比增长7.2个百分点)"),
    m("gross_margin_change|gross_margin", 6.6, "pp", ZZ, "2015Q2", basis="yoy (同比增长6.6个百分点至18.8%)"),
    m("revenue_growth", 18, "%", ZZ, "2015Q2", basis="qoq (营收环比增长18%)"),
    m("revenue_growth", 2, "%", ZZ, "2015Q2", basis="yoy"),
    m("eps_forecast_revision|eps_estimate_change|eps_forecast_change", 30, "%", ZZ, "FY2015", basis="上调每股收益预估值"),
    m("eps_forecast_revision|eps_estimate_change|eps_forecast_change", 7, "%", ZZ, "FY2016", basis="上调每股收益预估值"),
    m("eps_forecast_revision|eps_estimate_change|eps_forecast_change", 8, "%", ZZ, "FY2017", basis="上调每股收益预估值"),
    m("target_price", 60, "CNY", ZZ, None, opt=True, basis="note's target (调降至人民币60元), twin of the rating action"),
    m("target_price", 56.81, "CNY", ZZ, None, opt=True, basis="Sohu page row 目标价 column"),
    m("upside|target_upside", 45.14, "%", ZZ, None, opt=True, basis="page row 目标空间(相对现价)"),
    m("price|share_price|start_price", 45.00, "CNY", ZZ, None, opt=True, basis="page row 起评价 (2015-09-02)"),
    m("high_price|price", 45.95, "CNY", ZZ, None, opt=True, basis="page row 20日短线最高价"),
    m("max_gain|price_change", 2.11, "%", ZZ, None, opt=True, basis="page row 20日最高涨幅"),
    m("high_price|price", 64.30, "CNY", ZZ, None, opt=True, basis="page row 60日中线最高价"),
    m("max_gain|price_change", 42.89, "%", ZZ, None, opt=True, basis="page row 60日最高涨幅"),
], [
    ra(None, ZZ, "cut_target", "buy", target=60, cur="CNY"),
])

# zh03: 国家统计局 industrial-profits release as a 北京商报 item on 网易 (c.m.163.com; credit "北京商报讯(记者 方彬楠 陆珊珊)"
# kept; whole stored item; no headline in the stored text, none composed). No year printed ("11月27日", "1-10月", "1-9月",
# "10月") -> period None, the span in basis. Entities: 全国规模以上工业企业 for the headline rows (China as alias), the four
# ownership groups and 装备制造业 for their own rows. Key: profits 69768.2亿元 (-3.0% yoy); 国有控股 22648.9亿元 (+1.1%),
# 股份制 50877.4亿元 (-2.1%), 外商及港澳台商投资 16617.2亿元 (-7.6%), 私营 19641.2亿元 (-8.1%); revenue +7.6% yoy; "降幅较1-9月
# 扩大0.7个百分点" -> -0.7 pp (the decline deepened); equipment manufacturing profits +3.2% yoy, "加快2.6个百分点" +2.6 pp,
# October alone +25.9%. Optional: the second printing of the -3.0% (in 朱虹's reading); the 6-month streak ("连续6个月回升").
IND = "全国规模以上工业企业|规模以上工业企业|industrial enterprises above designated size|China|全国"
PR = "industrial_profits|total_profit|profit"
PRG = "industrial_profits_growth|total_profit_growth|profit_growth"
SP = "1-10月 (no year printed)"
EQ = "装备制造业|equipment manufacturing|" + IND
G["zh03"] = ([
    m(PR, 6.97682e12, "CNY", IND, None, basis="利润总额, " + SP),
    m(PRG, -3.0, "%", IND, None, basis="yoy, " + SP),
    m(PRG, -3.0, "%", IND, None, opt=True, basis="repeat in the statistician's reading"),
    m(PR, 2.26489e12, "CNY", "国有控股企业|state-controlled enterprises|" + IND, None, basis="利润总额, " + SP),
    m(PRG, 1.1, "%", "国有控股企业|state-controlled enterprises|" + IND, None, basis="yoy"),
    m(PR, 5.08774e12, "CNY", "股份制企业|joint-stock enterprises|" + IND, None, basis="利润总额, " + SP),
    m(PRG, -2.1, "%", "股份制企业|joint-stock enterprises|" + IND, None, basis="yoy, 下降2.1%"),
    m(PR, 1.66172e12, "CNY", "外商及港澳台商投资企业|foreign-invested enterprises|" + IND, None, basis="利润总额, " + SP),
    m(PRG, -7.6, "%", "外商及港澳台商投资企业|foreign-invested enterprises|" + IND, None, basis="yoy, 下降7.6%"),
    m(PR, 1.96412e12, "CNY", "私营企业|private enterprises|" + IND, None, basis="利润总额, " + SP),
    m(PRG, -8.1, "%", "私营企业|private enterprises|" + IND, None, basis="yoy, 下降8.1%"),
    m("revenue_growth|operating_revenue_growth|industrial_revenue_growth", 7.6, "%", IND, None,
      basis="营业收入, yoy, " + SP),
    m("industrial_profits_growth_change|profit_growth_change|growth_change", -0.7, "pp", IND, None,
      basis="降幅较1-9月扩大0.7个百分点"),
    m(PRG, 3.2, "%", EQ, None, basis="装备制造业利润, yoy, " + SP),
    m("industrial_profits_growth_change|profit_growth_change|growth_change", 2.6, "pp", EQ, None,
      basis="增速较1-9月加快2.6个百分点"),
    m("consecutive_months|streak_months", 6, "months", EQ, None, opt=True, basis="连续6个月回升"),
    m(PRG, 25.9, "%", EQ, None, basis="10月当月 (October alone), yoy"),
], [])

# zh04: weekly CBOT soybean-meal futures review in a mainland feed-industry outlet (m.feedtrade.com.cn, 中国饲料行业信息网;
# whole stored item; no headline in the stored text, none composed). "12月期约" / "10月期约" are contract names (期约 =
# futures contract), not the hedge 约: the 1.6% is exact. The source's doubled "芝加哥和大豆和豆油期货" (no figure) is
# rendered "芝加哥大豆与豆油期货". Periods: the week to 2025-09-19 (printed) for the weekly price changes and the Friday
# closes; "截至9月11日当周" and "截至9月16日" take 2025 from the printed "截至2025年9月19日当周" / "2025年9月12日"; the
# marketing years 2024/25 and 2025/2026 are in basis. Key: December CBOT meal -1.6% on the week; 2024/25 US net sales
# 31,200吨 (-7% wow, +2% vs the four-week average); 2025/2026 net sales 151,300吨 with the week-earlier 324,100吨 as prior;
# 2024/25 cumulative export sales 1570.5万吨 (+13.10% yoy) and USDA's full-year forecast +12.7%; crush margin 每蒲3.38美元
# (USD per bushel, +9.4% wow); Illinois 48% meal 每短吨309.57美元 (USD per short ton; prior 295.69美元 a week earlier);
# speculative net short 82,772手 (lots), -3,013手 (-4%); October contract -4.7美元 to 282.9美元/短吨, December -4.6美元 to
# 284.0美元/短吨. Optional: the week-earlier levels 324,100吨 and 295.69美元 as rows of their own. "48%蛋白" is a product
# grade (no row); the daily up / down notes carry no figures.
SM = "CBOT豆粕|豆粕期货|CBOT soybean meal|soymeal futures"
DEC = "12月豆粕期约|12月期约|December soybean meal|" + SM
OCT = "10月豆粕期约|10月期约|October soybean meal|" + SM
US = "美国豆粕|US soybean meal|美国|United States"
W19 = "2025-09-19"
G["zh04"] = ([
    m("price_change|futures_price_change", -1.6, "%", DEC, W19, basis="week to 2025-09-19, 收低1.6% (benchmark December)"),
    m("net_sales|export_net_sales|export_sales", 31200, "tonnes", US, "2025-09-11",
      basis="week to 9月11日, 2024/25 marketing year"),
    m("net_sales_change|export_net_sales_change|change", -7, "%", US, "2025-09-11", basis="vs the previous week (减少7%)"),
    m("net_sales_change|export_net_sales_change|change", 2, "%", US, "2025-09-11", basis="vs the four-week average"),
    m("net_sales|export_net_sales|export_sales", 151300, "tonnes", US, "2025-09-11", prior=324100,
      basis="2025/2026 marketing year; prior = a week earlier"),
    m("net_sales|export_net_sales|export_sales", 324100, "tonnes", US, None, opt=True,
      basis="2025/2026 marketing year, the week before"),
    m("export_sales|cumulative_export_sales", 1.5705e7, "tonnes", US, None, basis="2024/25 marketing year to date"),
    m("export_sales_growth|cumulative_export_sales_growth|growth", 13.10, "%", US, None, basis="yoy, 2024/25 to date"),
    m("export_sales_growth|export_growth_forecast|growth", 12.7, "%", "美国农业部|USDA|" + US, None,
      basis="USDA forecast, full 2024/25 year"),
    m("crush_margin|soybean_crush_margin", 3.38, "USD", "美国大豆|US soybean crush|United States", "2025-09-12",
      basis="per bushel (每蒲), week to 2025-09-12"),
    m("crush_margin_change|change", 9.4, "%", "美国大豆|US soybean crush|United States", "2025-09-12",
      basis="vs a week earlier (高9.4%)"),
    m("spot_price|price", 309.57, "USD", "伊利诺伊州豆粕|Illinois soybean meal|Central Illinois", None, prior=295.69,
      basis="48% protein meal, per short ton (每短吨); prior = a week earlier"),
    m("spot_price|price", 295.69, "USD", "伊利诺伊州豆粕|Illinois soybean meal|Central Illinois", None, opt=True,
      basis="a week earlier, per short ton"),
    m("net_short_position|net_position|speculative_net_short", 82772, "lots", "投机基金|speculative funds|" + SM,
      "2025-09-16", basis="净空单, futures and options (手)"),
    m("net_short_position_change|net_position_change|change", -3013, "lots", "投机基金|speculative funds|" + SM,
      "2025-09-16", basis="比一周前减少3,013手"),
    m("net_short_position_change|net_position_change|change", -4, "%", "投机基金|speculative funds|" + SM,
      "2025-09-16", basis="减少…或4%"),
    m("price_change|futures_price_change", -4.7, "USD", OCT, W19, basis="比一周前下跌4.7美元, per short ton"),
    m("futures_price|close|price", 282.9, "USD", OCT, W19, basis="close, 美元/短吨"),
    m("price_change|futures_price_change", -4.6, "USD", DEC, W19, basis="比一周前下跌4.6美元, per short ton"),
    m("futures_price|close|price", 284.0, "USD", DEC, W19, basis="close, 美元/短吨"),
], [])

# zh05: two A-share IPOs' online lottery results (中签率 items) from a mainland news page (cnbzol.com, page 2 of a
# multi-IPO round-up). The stored page starts inside the previous IPO's item with a paragraph on its offline tranche whose
# company is named only on page 1 ("网下方面,331 个…有效申购资金为 31,103,408 万元,有效申购数量为926,800 万股。"); the
# passage starts with the next item, 【中新科技中签率】, and runs to the end of the stored page. Section heads and the two
# one-line sub-heads ("中新科技中签率为0.238681285%", "银宝山新中签率为0.2365755356%") kept as printed, the stray spaces
# before 户 / 股 / 个 and inside "资金为 10,512,110万元" kept. No date in the passage -> period None. In a story that is
# nothing but allotment results the results are key (the development corpus makes allotment statistics optional only
# where they are incidental): the final online lottery rates (%), valid applicant accounts ("accounts"), valid shares
# applied for, frozen funds (CNY), the offline tranche's valid funds (10,512,110万元) and shares (999,250万股), 银宝山新's
# oversubscription 422.70倍 ("x"). Optional: the two sub-heads' rates (twins of the final rates); the counts of allocation
# numbers (配号总数 18,891,301 / 24,180,015); the offline tranche's 65 investors and 357 placing objects. Number ranges and
# start / end allocation numbers are identifiers, not figures.
ZX = "中新科技|Zhongxin Technology|中新科技集团"
YB = "银宝山新|Yinbaoshanxin"
LR = "allotment_rate|lottery_rate|online_lottery_rate|winning_rate"
G["zh05"] = ([
    m(LR, 0.238681285, "%", ZX, None, opt=True, basis="sub-head twin (中签率为0.238681285%)"),
    m("applicants|valid_applicants|subscription_accounts", 2401666, "accounts", ZX, None, basis="网上有效申购户数"),
    m("shares_applied|valid_subscription_shares|subscription_shares", 18891301000, "shares", ZX, None,
      basis="网上有效申购股数"),
    m("frozen_funds|subscription_funds|funds_frozen", 198736486520, "CNY", ZX, None, basis="网上冻结资金量"),
    m("allocation_numbers|count", 18891301, "numbers", ZX, None, opt=True, basis="配号总数"),
    m("investors|count", 65, "investors", ZX, None, opt=True, basis="网下投资者"),
    m("placing_objects|count", 357, "accounts", ZX, None, opt=True, basis="有效报价配售对象"),
    m("subscription_funds|offline_subscription_funds|funds_applied", 1.051211e11, "CNY", ZX, None,
      basis="网下有效申购资金 10,512,110万元"),
    m("shares_applied|offline_subscription_shares|subscription_shares", 9.9925e9, "shares", ZX, None,
      basis="网下有效申购数量 999,250万股"),
    m(LR, 0.238681285, "%", ZX, None, basis="网上发行最终中签率, after the clawback (回拨)"),
    m(LR, 0.2365755356, "%", YB, None, opt=True, basis="sub-head twin (中签率为0.2365755356%)"),
    m("applicants|valid_applicants|subscription_accounts", 1945057, "accounts", YB, None, basis="网上定价发行有效申购户数"),
    m("shares_applied|valid_subscription_shares|subscription_shares", 12090007500, "shares", YB, None,
      basis="网上有效申购股数"),
    m("allocation_numbers|count", 24180015, "numbers", YB, None, opt=True, basis="配号总数"),
    m(LR, 0.2365755356, "%", YB, None, basis="回拨后网上定价发行中签率"),
    m("oversubscription|subscription_multiple|oversubscription_multiple", 422.70, "x", YB, None, basis="超额认购倍数"),
], [])

# zh06: weekly bank wealth-management-product (理财) yield report with 融360 data (a newspaper item on huawenzs.com; whole
# stored item with the byline "(俞 悦)" kept; the site's reposting disclaimer "声明:本网转发此文章…" dropped; no headline,
# none composed). "本周(7月14日-7月20日)" without a year -> period None, the week in basis. Entity: 银行理财产品 (the market)
# for the totals, the three return types for their own rows. Key: 2403 products issued (+99 on the week); average expected
# annualised yield 4.39% (-0.01 pp); 保证收益类 181 products, 3.72% (-0.02 pp); 保本浮动收益类 529 products, 3.79%
# (-0.05 pp); 非保本浮动收益类 1567 products, 4.68% (-0.01 pp). Tenor buckets ("3个月以内", "12个月以上", "3个月-6个月",
# "6个月-12个月") are labels, not figures; "近两周", "8月份" give no row.
WMP = "银行理财产品|银行理财|bank wealth management products|WMPs"
WK = "本周 7月14日-7月20日 (no year printed)"
YLD = "average_expected_yield|expected_annualized_yield|average_yield|yield"
YLDC = "average_expected_yield_change|yield_change|average_yield_change"
GU = "保证收益类理财产品|保证收益类|guaranteed-return products|" + WMP
PF = "保本浮动收益类理财产品|保本浮动收益类|principal-protected floating-return products|" + WMP
NP = "非保本浮动收益类理财产品|非保本浮动收益类|non-principal-protected floating-return products|" + WMP
G["zh06"] = ([
    m("products_issued|issuance|product_count", 2403, "products", WMP, None, basis="发行量, " + WK),
    m("products_issued_change|issuance_change|product_count_change", 99, "products", WMP, None, basis="较上周增加了99款"),
    m(YLD, 4.39, "%", WMP, None, basis="平均预期年化收益率, " + WK),
    m(YLDC, -0.01, "pp", WMP, None, basis="较上周下降0.01个百分点"),
    m("product_count|products_issued", 181, "products", GU, None, basis=WK),
    m(YLD, 3.72, "%", GU, None, basis="平均收益率"),
    m(YLDC, -0.02, "pp", GU, None, basis="较上周下降了0.02个百分点"),
    m("product_count|products_issued", 529, "products", PF, None, basis=WK),
    m(YLD, 3.79, "%", PF, None, basis="平均收益率"),
    m(YLDC, -0.05, "pp", PF, None, basis="较上周下降了0.05个百分点"),
    m("product_count|products_issued", 1567, "products", NP, None, basis=WK),
    m(YLD, 4.68, "%", NP, None, basis="平均收益率"),
    m(YLDC, -0.01, "pp", NP, None, basis="较上周下降了0.01个百分点"),
], [])
