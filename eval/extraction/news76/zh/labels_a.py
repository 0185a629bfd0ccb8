# Hand labels for news76/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese): shidaotec.com's analysis of
# 睿能科技 (603933)'s 2024 annual report, 中新网's dispatch on the statistics bureau's January-July 2025 industrial-profit
# release (reposted on ayao.rasgz.cn), 信报's A-share close relayed by bg3 (cn.bg3.co), 华泰证券's note on 国祯环保 on a
# 搜狐证券 analyst page (q.stock.sohu.com jlp), 上海证券报's item on the central bank's 14-day reverse repo of 28 September
# 2021 (cititic.com) and the Shanghai Futures Exchange's non-ferrous daily on 中国铝业网 (market.cnal.com), each rewritten
# sentence by sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news75 zh read whole; news7 zh07 and news72 zh01 for shidaotec's annual-report analyses; news21 zh04 and
# news39 zh03 for the statistics bureau's industrial-profit release; news67 zh04, news21 zh05 and news39 zh04 for an
# A-share close; news21 zh02 for a 搜狐证券 analyst page and news67 zh06 for a broker's valuation band; news64 zh04,
# news74 zh04 and news47 for the central bank's open-market operations with Shibor; news23 zh05 and news73 zh04 for the
# Shanghai Futures Exchange's daily review).
# Values fully scaled (1,936,350,089.89元 -> 1936350089.89, 40203.5亿元 -> 4.02035e12, 78.07万亿元 -> 7.807e13, 8915万元 ->
# 8.915e7, 24.9亿 -> 2.49e9); declines negative (下降, 下跌, 挫, 跌, 减少, 下行, a printed minus, "-13%" in brackets);
# 个百分点 / pct -> pp; 个基点 -> bp; 倍 / x of a valuation multiple or a ratio -> "x"; 手 -> "lots"; 元/吨 -> "CNY/tonne",
# 美元/吨 -> "USD/tonne"; 点 -> "points"; 同比 -> yoy and 环比 -> qoq in basis; a figure printed again is one key row and an
# optional twin; an earlier figure of the same quantity printed beside a figure is its prior; bounds (逾X) -> open ranges,
# optional (README: key only when a headline figure); intraday highs, lows and moves optional; a dividend per 10 shares is
# labelled as printed with basis "per 10 shares"; dates, stock codes, contract months and tenors give no key rows.
# Currencies: 元 / 亿 / 亿元 / 万亿元 / 万元 in these mainland stories = CNY; 美元 = USD.
# Periods only where the text states or clearly implies the year: zh01 FY2024 (the report's 2024年) with FY2023 for the
# table's 2023年 column, 2024-11 for the interim dividend (printed 2024年11月), 2024H1 for the interest-bearing debt
# (2024年上半年); zh02 None (8月27日电 and 1—7月份 with no year printed; the repost page's 发布时间 line was left out as page
# metadata, news21 zh04); zh03 None (no date printed); zh04 "2018Q1-Q3" (18前三季度), 2018Q3 (18Q3 / 3Q), 2018-09-30 for the
# orders on hand (截至三季报末), FY2018-FY2020 for the forecasts (2018-20年) and FY2019 for the valuation multiples (19年 /
# 2019年); zh05 2021-09-28 for the operation (printed 2021年9月28日) and 2021-09-27 for the money-market rates (昨日);
# zh06 None (当日, no date printed).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: shidaotec.com's analysis page on 睿能科技 (603933)'s 2024 annual report (fina-analysis/2024-12-31/603933): the page
# title kept, reworded, on the first line; the section heads and numbered items kept (their heads reworded where they
# are not line items), with the space before each item's colon as printed. The stored text holds the page twice: one copy
# with the title and section heads and the key-figure table in space-separated columns, one with the table in "|" cells
# and no title; the passage follows the first and sets the table out with the second copy's "|" cells and "---"
# separators (the same cells, figures and labels). Whole stored item; nothing cut.
# Kind asked for: an A-share company's annual or half-year report (营业收入, 归母净利润, 扣非净利润, 同比, 每股收益, 分红
# 每10股派X元); all are printed, with the year-earlier column.
# Key (FY2024 unless noted): revenue 1,936,350,089.89元 (+4.72%), attributable profit 36,928,909.08元 (-37.62%), recurring
# (扣非) profit 29,132,583.25元 (-40.93%), basic EPS 0.1779元 (-37.38%), gross margin 25.96% (+2.56个百分点), each with the
# 2023年 column as its prior; IC distribution's share of main-business revenue 57.96%; industrial automation's revenue
# growth +7.15%; the final dividend 0.60元 per 10 shares (含税), total 12,452,674.50元; the interim dividend 0.30元 per 10
# shares, total 6,226,337.25元 (2024-11); the year's payout 50.58% of net profit; selling expenses 150,565,469.65元
# (+14.81%); interest-bearing debt 5.16亿元 (2024H1), -6.14% against 2023年末.
# Optional: the 2023年 column as FY2023 rows of their own (also the priors); the body's restatement of the gross margin
# "由2023年的23.40%升至25.96%" (both figures, twins).
# Judgement calls: the table's 2023年 column is the prior of each 2024年 row (news21 zh03: prior plus an optional row of
# its own for an extractor that lists the earlier year apart); the interim dividend carries the month printed beside it
# (2024年11月, when it was paid) rather than a half the text does not name; "较2023年末下降6.14%" is a change against the
# year-end level, which is not printed (no prior); "经营活动现金流净额同比下降" prints no figure (no row); the IC
# distribution share and the automation growth are on the business lines with the company as alias.
RN = "睿能科技|603933|Fujian Raynen Technology|Raynen"
Y1, P1 = "FY2024", "FY2023"
RV1, RVG1 = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP1 = "net_profit_attributable|net_profit|net_income"
NPG1 = "net_profit_attributable_growth|net_profit_growth"
RNP1 = "net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit"
RNPG1 = "net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth"
EPS1, EPSG1 = "eps|basic_eps|earnings_per_share", "eps_growth|basic_eps_growth"
GM1, GMC1 = "gross_margin|gross_profit_margin", "gross_margin_change|gross_profit_margin_change"
DPS1 = "dividend_per_share|dps|cash_dividend"
TD1 = "total_dividend|dividend_payout|cash_dividend_total"
IC1 = "IC产品分销业务|IC分销业务|IC product distribution|" + RN
AU1 = "工业自动化业务|industrial automation|" + RN
G["zh01"] = ([
    m(RV1, 1936350089.89, "CNY", RN, Y1, prior=1849149510.72, basis="营业收入(元), table 2024年 (prior: 2023年 column)"),
    m(RVG1, 4.72, "%", RN, Y1, basis="同比变化"),
    m(NP1, 36928909.08, "CNY", RN, Y1, prior=59195781.80, basis="归母净利润(元)"),
    m(NPG1, -37.62, "%", RN, Y1, basis="同比变化"),
    m(RNP1, 29132583.25, "CNY", RN, Y1, prior=49315447.16, basis="扣非净利润(元)"),
    m(RNPG1, -40.93, "%", RN, Y1, basis="同比变化"),
    m(EPS1, 0.1779, "CNY", RN, Y1, prior=0.2841, basis="基本每股收益(元/股)"),
    m(EPSG1, -37.38, "%", RN, Y1, basis="同比变化"),
    m(GM1, 25.96, "%", RN, Y1, prior=23.40, basis="毛利率, table"),
    m(GMC1, 2.56, "pp", RN, Y1, basis="+2.56个百分点, yoy"),
    m(RV1, 1849149510.72, "CNY", RN, P1, opt=True, basis="2023年 column (also the prior)"),
    m(NP1, 59195781.80, "CNY", RN, P1, opt=True, basis="2023年 column (also the prior)"),
    m(RNP1, 49315447.16, "CNY", RN, P1, opt=True, basis="2023年 column (also the prior)"),
    m(EPS1, 0.2841, "CNY", RN, P1, opt=True, basis="2023年 column (also the prior)"),
    m(GM1, 23.40, "%", RN, P1, opt=True, basis="2023年 column (also the prior)"),
    m("revenue_share|share", 57.96, "%", IC1, Y1, basis="share of 主营业务收入"),
    m("revenue_growth|segment_revenue_growth", 7.15, "%", AU1, Y1, basis="收入增长, yoy"),
    m(GM1, 25.96, "%", RN, Y1, prior=23.40, opt=True, basis="body restatement: 综合毛利率由2023年的23.40%升至25.96% (twin)"),
    m(GM1, 23.40, "%", RN, P1, opt=True, basis="body restatement of the 2023 level (twin)"),
    m(DPS1, 0.60, "CNY", RN, Y1, basis="2024年度分配: per 10 shares (每10股派发现金红利0.60元), pre-tax (含税), proposed"),
    m(TD1, 12452674.50, "CNY", RN, Y1, basis="合计, 2024年度分配"),
    m(DPS1, 0.30, "CNY", RN, "2024-11", basis="中期分配: per 10 shares (每10股派0.30元), pre-tax, paid 2024年11月"),
    m(TD1, 6226337.25, "CNY", RN, "2024-11", basis="合计, 中期分配"),
    m("payout_ratio|dividend_payout_ratio", 50.58, "%", RN, Y1, basis="年度累计现金分红 / 净利润"),
    m("selling_expenses|sales_expenses|selling_expense", 150565469.65, "CNY", RN, Y1, basis="销售费用"),
    m("selling_expenses_growth|sales_expenses_growth", 14.81, "%", RN, Y1, basis="yoy"),
    m("interest_bearing_debt|debt", 5.16e8, "CNY", RN, "2024H1", basis="2024年上半年有息负债"),
    m("interest_bearing_debt_change|debt_change|debt_growth", -6.14, "%", RN, "2024H1", basis="较2023年末下降"),
], [])


# zh02: 中新网's dispatch (dateline "中新网8月27日电") on the statistics bureau's industrial-profit release for 1—7月份, on a
# repost page (ayao.rasgz.cn, zz/index.php?id=qdfgui.html). Left out as page metadata: the repost line "发布时间:2025-08-27
# 11:44:56 来源: 中青网" (its 2025, 08, 27, 11, 44, 56 dropped with it; news21 zh04 left out a repost page's metadata line
# the same way). Cut: the stored text breaks off inside the next sentence ("1—7月份,规模以上工业企业每百元营业收入中的
# 成本为85.57元,同比增加0.24元;每百元营业收入中的费用为8.3", broken off); the passage ends with the 7月末 receivables and
# inventory sentence (the 1—7, 85.57, 0.24 and 8.3 dropped with the cut). No headline in the stored text and none composed.
# Kind asked for: a statistics-bureau monthly release other than CPI/PPI, industrial value added and fixed-asset
# investment (社零, 70城房价 or 规模以上工业企业利润): the industrial-profit release.
# Period None: 8月27日电 and 1—7月份 print no year ("1—7月份" / "7月末" in basis).
# Key: total profit 40203.5亿元 (-1.7%, comparable basis); mining 4930.9亿元 (-31.6%), manufacturing 30235.8亿元 (+4.8%),
# utilities 5036.8亿元 (+3.9%); thirteen industries' profit growth (+14.5% … -55.2%); revenue 78.07万亿元 (+2.3%),
# operating costs 66.80万亿元 (+2.5%), profit margin 5.15% (-0.21个百分点); at 7月末 assets 183.67万亿元 (+4.9%),
# liabilities 106.26万亿元 (+5.1%), owners' equity 77.41万亿元 (+4.6%), debt-to-asset ratio 57.9% (+0.2个百分点),
# receivables 26.84万亿元 (+6.8%), finished-goods inventory 6.67万亿元 (+2.4%).
# Optional: the ownership-type breakdown (国有控股, 股份制, 外商及港澳台投资, 私营; secondary detail of a macro release,
# development corpus README, news21 zh04 / news39 zh03).
# Judgement calls: the industries' "上升" / "减少" written for the release's 增长 / 下降 keep the direction (减少 -> negative);
# "减亏" (石油煤炭及其他燃料加工业) prints no figure (no row); 营业收入利润率 and 资产负债率 are ratio levels in % with
# their changes in pp; the three 门类 and the named industries own their figures (entities of their own).
IND2 = "全国规模以上工业企业|规模以上工业企业|全国|China|industrial enterprises above designated size"
B2, BY2, EM2 = "Jan-Jul (1—7月份), cumulative", "yoy, Jan-Jul (1—7月份)", "end-July (7月末)"
PR2 = "industrial_profits|total_profits|profits|total_profit"
PRG2 = "industrial_profits_growth|total_profits_growth|profits_growth|total_profit_growth"


def pr2(ent, lvl, g, opt=False):
    out = [] if lvl is None else [m(PR2, lvl, "CNY", ent, None, opt=opt, basis=B2)]
    return out + [m(PRG2, g, "%", ent, None, opt=opt, basis=BY2)]


G["zh02"] = ([
    *pr2(IND2, 4.02035e12, -1.7),
    *pr2("国有控股企业|state-holding enterprises", 1.28234e12, -7.5, True),
    *pr2("股份制企业|shareholding enterprises", 2.97425e12, -2.8, True),
    *pr2("外商及港澳台投资企业|foreign-funded enterprises", 1.02167e12, 1.8, True),
    *pr2("私营企业|private enterprises", 1.11837e12, 1.8, True),
    *pr2("采矿业|mining", 4.9309e11, -31.6),
    *pr2("制造业|manufacturing", 3.02358e12, 4.8),
    *pr2("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", 5.0368e11, 3.9),
    *pr2("农副食品加工业|agricultural and sideline food processing", None, 14.5),
    *pr2("电气机械和器材制造业|electrical machinery and equipment", None, 11.7),
    *pr2("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", None, 6.9),
    *pr2("计算机、通信和其他电子设备制造业|computer, communication and other electronic equipment", None, 6.7),
    *pr2("通用设备制造业|general equipment", None, 6.4),
    *pr2("电力、热力生产和供应业|electricity and heat production and supply", None, 6.3),
    *pr2("专用设备制造业|special equipment", None, 3.2),
    *pr2("汽车制造业|automobile manufacturing|autos", None, 0.9),
    *pr2("非金属矿物制品业|non-metallic mineral products", None, -5.6),
    *pr2("纺织业|textiles", None, -6.5),
    *pr2("化学原料和化学制品制造业|chemical raw materials and chemical products", None, -8.0),
    *pr2("石油和天然气开采业|oil and gas extraction", None, -12.6),
    *pr2("煤炭开采和洗选业|coal mining and washing", None, -55.2),
    m("revenue|operating_revenue", 7.807e13, "CNY", IND2, None, basis=B2 + ", 营业收入"),
    m("revenue_growth|operating_revenue_growth", 2.3, "%", IND2, None, basis=BY2),
    m("operating_costs|operating_cost", 6.680e13, "CNY", IND2, None, basis=B2 + ", 营业成本"),
    m("operating_costs_growth|operating_cost_growth", 2.5, "%", IND2, None, basis=BY2),
    m("profit_margin|revenue_profit_margin", 5.15, "%", IND2, None, basis="营业收入利润率, Jan-Jul (1—7月份)"),
    m("profit_margin_change|revenue_profit_margin_change", -0.21, "pp", IND2, None, basis=BY2 + ", 下降"),
    m("total_assets", 1.8367e14, "CNY", IND2, None, basis="资产总计, " + EM2),
    m("total_assets_growth", 4.9, "%", IND2, None, basis="yoy, " + EM2),
    m("total_liabilities|liabilities", 1.0626e14, "CNY", IND2, None, basis="负债合计, " + EM2),
    m("total_liabilities_growth|liabilities_growth", 5.1, "%", IND2, None, basis="yoy, " + EM2),
    m("equity|owners_equity", 7.741e13, "CNY", IND2, None, basis="所有者权益合计, " + EM2),
    m("equity_growth|owners_equity_growth", 4.6, "%", IND2, None, basis="yoy, " + EM2),
    m("debt_to_asset_ratio|debt_ratio|asset_liability_ratio", 57.9, "%", IND2, None, basis="资产负债率, " + EM2),
    m("debt_to_asset_ratio_change|debt_ratio_change|asset_liability_ratio_change", 0.2, "pp", IND2, None,
      basis="yoy, 上升, " + EM2),
    m("accounts_receivable|receivables", 2.684e13, "CNY", IND2, None, basis="应收账款, " + EM2),
    m("accounts_receivable_growth|receivables_growth", 6.8, "%", IND2, None, basis="yoy, " + EM2),
    m("inventory|finished_goods_inventory", 6.67e12, "CNY", IND2, None, basis="产成品存货, " + EM2),
    m("inventory_growth|finished_goods_inventory_growth", 2.4, "%", IND2, None, basis="yoy, " + EM2),
], [])


# zh03: 信报's A-share close relayed in Simplified script by bg3 (cn.bg3.co, hu-zhi-shou-zhang-23dian-yao-ming-kang-de-pan-
# zhong-die-ting): the Shanghai and Shenzhen indices with their intraday extremes, the CSI 300 and ChiNext, 药明康德's limit-
# down after the US "unverified list", and the sectors. Whole stored item; the headline kept, reworded; 「」 brackets kept;
# the clarification is reported speech in the stored text and stays so.
# Kind asked for: an A-share close (上证指数、深证成指、创业板指 with points and %, 成交额, sectors, movers): all printed
# (成交额 for each of the two exchanges' indices; no combined turnover is printed).
# Period None (no date printed).
# Key: 上证指数 close 3452点, +23点, +0.67%, 成交额 3879.7亿元; 深成指 13325点, -131点, -0.98%, 成交额 4908.26亿元; 沪深300
# 4608点, -25点, -0.55%; 创业板指数 2846点, -71点, -2.45%; 药明康德 A shares -9.99% on the day.
# Optional: the headline's 收涨23点 (twin); the intraday moves and lows (上证 最多跌39点 / 1.14% / 低见3390点, 深成指 最多挫
# 404点 / 3.01% / 低见13051点); the sector bounds (煤炭 涨逾5%, 钢铁 升逾2%, 电力 / 金融 / 石油 / 水泥 升逾1%, 电子器件 /
# 酿酒 跌逾2%, 塑胶制品 / 电器 跌逾1%; each sector a row, 跌逾X -> (None, -X)).
# Judgement calls: each 成交额 sentence belongs to its index's exchange (沪市 / 深市 alias on the index); "最多跌39点,跌幅
# 为1.14%" is the intraday fall, not the close; "一度跌停" prints no figure (no row; the close -9.99% is the key move);
# 挫 / 跌 / 下跌 negative.
SH3 = "上证指数|沪指|上证综指|沪市|Shanghai Composite|SSE Composite"
SZ3 = "深成指|深证成指|深市|Shenzhen Component"
HS3 = "沪深300指数|沪深300|CSI 300"
CY3 = "创业板指数|创业板指|ChiNext"
WX3 = "药明康德|药明康德A股|WuXi AppTec"
IC3 = "index_change_points|index_change|points_change"
IP3 = "index_change_pct|index_change|price_change"
IL3 = "index_level|close|index_close"
TO3 = "turnover|trading_value|market_turnover"


def idx3(ent, close, pts, pct):
    return [m(IL3, close, "points", ent, None, basis="close"),
            m(IC3, pts, "points", ent, None, basis="close vs previous close"),
            m(IP3, pct, "%", ent, None, basis="close vs previous close")]


def sec3(name, lo, hi):
    return m("sector_change|price_change|index_change_pct", None, "%", name, None, rng=(lo, hi), opt=True,
             basis="sector move, bound (逾)")


G["zh03"] = ([
    m(IC3, 23, "points", SH3, None, opt=True, basis="headline: 收涨23点 (twin)"),
    m(IC3, -39, "points", SH3, None, opt=True, basis="intraday: 最多跌39点"),
    m(IP3, -1.14, "%", SH3, None, opt=True, basis="intraday fall"),
    m(IL3, 3390, "points", SH3, None, opt=True, basis="intraday low (低见)"),
    *idx3(SH3, 3452, 23, 0.67),
    m(TO3, 3879.7e8, "CNY", SH3, None, basis="成交额 (Shanghai market)"),
    m(IC3, -404, "points", SZ3, None, opt=True, basis="intraday: 最多挫404点"),
    m(IP3, -3.01, "%", SZ3, None, opt=True, basis="intraday fall"),
    m(IL3, 13051, "points", SZ3, None, opt=True, basis="intraday low (低见)"),
    *idx3(SZ3, 13325, -131, -0.98),
    m(TO3, 4908.26e8, "CNY", SZ3, None, basis="成交额 (Shenzhen market)"),
    *idx3(HS3, 4608, -25, -0.55),
    *idx3(CY3, 2846, -71, -2.45),
    m("share_price_change|price_change", -9.99, "%", WX3, None, basis="A股全日跌9.99% (close)"),
    sec3("煤炭股|煤炭|coal stocks", 5, None),
    sec3("钢铁股|钢铁|steel stocks", 2, None),
    sec3("电力股|电力|power stocks", 1, None),
    sec3("金融股|金融|financial stocks", 1, None),
    sec3("石油股|石油|oil stocks", 1, None),
    sec3("水泥股|水泥|cement stocks", 1, None),
    sec3("电子器件股|电子器件|electronic components stocks", None, -2),
    sec3("酿酒股|酿酒|liquor stocks", None, -2),
    sec3("塑胶制品股|塑胶制品|plastics stocks", None, -1),
    sec3("电器股|电器|appliance stocks", None, -1),
], [])


# zh04: 华泰证券's note on 国祯环保's 2018 third quarter, on a 搜狐证券 analyst page (q.stock.sohu.com jlp, analystCode=
# 303046259, pageNum=10): the analyst and broker, and the listing row's stock, industry and date, set out on a first line
# from the page's own field labels (研究员, 推荐股票, 所属行业, 起评日; news21 zh02); the note's two section heads kept,
# reworded, each on a line of its own. Left out as page chrome: the site and analyst header ("金融事业部 搜狐证券 |独家推出",
# "研究方向:", "联系方式:", "工作经历: 执业证书编号:S0570517120003...>>"; the licence number dropped with it), the page
# navigation ("20日 短线 60日 中线", "买入研报查询…", "首页 上页 下页 末页 10/13 转到"; its 20, 60, 10, 13 dropped), the
# listing's column heads, the row's site-computed prices and scores (8.58, 8.16, 31.40%, 9.79, 14.10%, 9.79, 14.10%;
# news21 zh02 left such a row out as contradicting the note) and "详细". Cut: the stored text breaks off after the third
# section head ("现金流同比出现改善,定增有望缓解资金压力 18前三季", broken off); the passage ends before it (its 18 dropped).
# Kind asked for: a broker note on an A-share company (评级 维持/上调/首次覆盖, 目标价, EPS or profit forecasts for several
# years, PE), from an outlet other than reportify: a maintained rating, a target price band, three years' profit and EPS
# forecasts and the P/E basis are printed; the target is a band (8.88-9.62元), not a single price.
# Rating action: 华泰证券 on 国祯环保 — maintain, overweight ("维持“增持”评级"; prior overweight); the target is the band
# 8.88-9.62元, so the action carries no single target (None); the band is a key range row.
# Key: 2018Q1-Q3 revenue 24.9亿 (+74%), attributable profit 2.3亿 (+128%, prior range the earlier pre-announcement +100% to
# 120%), recurring profit 2.3亿 (+135%); 2018Q3 attributable profit 8915万元 (+125%); orders on hand, engineering 45.6亿
# and operating 53.4亿 (2018-09-30); forecasts 2018-20 attributable profit 3.1 / 4.0 / 5.0亿 and EPS 0.56 / 0.74 / 0.92;
# the comparables' 2019 P/E 12x; the target multiple 12-13x 2019 P/E and the target band 8.88-9.62元 (ranges); 2018Q3
# revenue 9.1亿 (+69%); 2018Q1-Q3 new engineering orders 17.3亿 (-13%), new concession orders 37.5亿 (+74%), total new
# orders 54.8亿 (+32%) = 2.2x revenue; engineering orders on hand +89%, the concession orders' uninvested amount +283%;
# 2018Q3 gross margin 25.2% (-3.4 pp yoy, +1.7 pp qoq), expense ratio 13.2% (-6.1 pp), finance and administrative expense
# ratios -2.3 / -2.7 pp.
# Optional: the pre-announcement's growth range as a row of its own; the second section's restated 8915万 / +125% and the
# orders on hand 45.6亿元 / 53.4亿元 (twins).
# Judgement calls: "18前三季度" -> 2018Q1-Q3, "18Q3" / "3Q" -> 2018Q3, "2018-20年" -> FY2018-FY2020, "19年" / "2019年" ->
# FY2019; the "+74%;," with its stray comma kept as printed; "同比+128%(前次业绩预告同比+100%至120%)" -> the growth row with
# the pre-announced range as prior range (prng), news21 zh03's "prior of a range" rule; 运营类订单 53.4亿 and the second
# section's 特许经营类订单未完成投资额 53.4亿元 are read as the same backlog (twin), the +283% its growth; "为前三季度营收2.2
# 倍" -> 2.2 x (new orders to revenue); "-3.4pct/+1.7pct" pairs yoy then qoq (printed order) and "-2.3pct/-2.7pct" the
# finance then administrative expense ratios.
GZ4 = "国祯环保|Guozhen Environmental Protection|Guozhen|安徽国祯环保"
HT4 = "华泰证券|Huatai Securities|华泰"
N4, Q4, E4 = "2018Q1-Q3", "2018Q3", "2018-09-30"
NP4 = "net_profit_attributable|net_profit"
NPG4 = "net_profit_attributable_growth|net_profit_growth"
OB4 = "order_backlog|orders_on_hand|backlog"
NO4, NOG4 = "new_orders|orders", "new_orders_growth|orders_growth"
ENG4 = "工程类订单|engineering orders|" + GZ4
OPS4 = "运营类订单|特许经营类订单|operating orders|concession orders|" + GZ4


def fc4(metric, vals, unit, what):
    return [m(metric, v, unit, GZ4, "FY%d" % y, basis="forecast, " + what) for y, v in zip((2018, 2019, 2020), vals)]


G["zh04"] = ([
    m("revenue|operating_revenue", 24.9e8, "CNY", GZ4, N4, basis="18前三季度 营收"),
    m("revenue_growth|operating_revenue_growth", 74, "%", GZ4, N4, basis="yoy"),
    m(NP4, 2.3e8, "CNY", GZ4, N4, basis="归母净利"),
    m(NPG4, 128, "%", GZ4, N4, prng=(100, 120), basis="yoy; prior range: 前次业绩预告同比+100%至120%"),
    m(NPG4 + "|net_profit_growth_guidance", None, "%", GZ4, N4, rng=(100, 120), opt=True,
      basis="前次业绩预告 (pre-announced range, also the prior range)"),
    m("net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit", 2.3e8, "CNY", GZ4, N4,
      basis="扣非归母净利"),
    m("net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth", 135,
      "%", GZ4, N4, basis="yoy"),
    m(NP4, 8915e4, "CNY", GZ4, Q4, basis="18Q3 归母净利 8915万元"),
    m(NPG4, 125, "%", GZ4, Q4, basis="yoy"),
    m(OB4, 45.6e8, "CNY", ENG4, E4, basis="在手工程类订单, 截至三季报末"),
    m(OB4, 53.4e8, "CNY", OPS4, E4, basis="在手运营类订单, 截至三季报末"),
    *fc4(NP4 + "|net_profit_forecast", (3.1e8, 4.0e8, 5.0e8), "CNY", "归母净利 (maintained)"),
    *fc4("eps_forecast|eps|earnings_per_share", (0.56, 0.74, 0.92), "CNY", "EPS"),
    m("pe_ratio|pe", 12, "x", "可比公司|comparable companies", "FY2019", basis="19年平均P/E"),
    m("target_pe|pe_target|pe", None, "x", GZ4, "FY2019", rng=(12, 13), basis="给予公司2019年12-13x P/E"),
    m("target_price|price_target|target_price_range", None, "CNY", GZ4, None, rng=(8.88, 9.62),
      basis="目标价8.88-9.62元 (a band; the rating action carries no single target)"),
    m("revenue|operating_revenue", 9.1e8, "CNY", GZ4, Q4, basis="18Q3 营收"),
    m("revenue_growth|operating_revenue_growth", 69, "%", GZ4, Q4, basis="yoy"),
    m(NP4, 8915e4, "CNY", GZ4, Q4, opt=True, basis="second section's restatement (8915万, twin)"),
    m(NPG4, 125, "%", GZ4, Q4, opt=True, basis="second section's restatement (twin)"),
    m(NO4, 17.3e8, "CNY", ENG4, N4, basis="前三季度新增工程类订单"),
    m(NOG4, -13, "%", ENG4, N4, basis="yoy"),
    m(NO4, 37.5e8, "CNY", OPS4, N4, basis="前三季度新增特许经营类订单"),
    m(NOG4, 74, "%", OPS4, N4, basis="yoy"),
    m(NO4, 54.8e8, "CNY", GZ4, N4, basis="新增订单合计"),
    m(NOG4, 32, "%", GZ4, N4, basis="yoy"),
    m("new_orders_to_revenue|book_to_bill|ratio", 2.2, "x", GZ4, N4, basis="新增订单 = 前三季度营收2.2倍"),
    m(OB4, 45.6e8, "CNY", ENG4, E4, opt=True, basis="工程类在手订单 45.6亿元, restatement (twin)"),
    m("order_backlog_growth|orders_on_hand_growth|backlog_growth", 89, "%", ENG4, E4, basis="工程类在手订单, yoy"),
    m(OB4 + "|uninvested_amount", 53.4e8, "CNY", OPS4, E4, opt=True,
      basis="特许经营类订单未完成投资额 53.4亿元 (twin of the 运营类 backlog)"),
    m("order_backlog_growth|orders_on_hand_growth|backlog_growth", 283, "%", OPS4, E4,
      basis="特许经营类订单未完成投资额, yoy"),
    m("gross_margin|gross_profit_margin", 25.2, "%", GZ4, Q4, basis="18Q3 毛利率"),
    m("gross_margin_change|gross_profit_margin_change", -3.4, "pp", GZ4, Q4, basis="yoy (同比-3.4pct)"),
    m("gross_margin_change|gross_profit_margin_change", 1.7, "pp", GZ4, Q4, basis="qoq (环比+1.7pct)"),
    m("expense_ratio|opex_ratio", 13.2, "%", GZ4, Q4, basis="三费费率"),
    m("expense_ratio_change|opex_ratio_change", -6.1, "pp", GZ4, Q4, basis="yoy"),
    m("finance_expense_ratio_change|expense_ratio_change", -2.3, "pp", "财务费用率|finance expense ratio|" + GZ4, Q4,
      basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", -2.7, "pp", "管理费用率|administrative expense ratio|" + GZ4, Q4,
      basis="yoy"),
], [
    ra(HT4, GZ4, "maintain", "overweight", "overweight", None, None, None),
])


# zh05: 上海证券报's item on the central bank's 14-day reverse repo of 28 September 2021 and the previous day's money-market
# rates, on cititic.com (news/mm/1649102-20210928). Left out as page furniture: the site's line "城市镜像.新闻汇总
# 2021-09-28" (its 2021, 09, 28 dropped with it) and the source and byline "消息来源:上海证券报 … 张欣然 记者 范子萌"; the
# dateline "上证报中国证券网讯" kept. The headline kept, reworded; the stored text's sentences run on with spaces and no
# full stops, kept so, with the closing " 。" as printed. Whole stored item.
# Kind asked for: the central bank's money operations (LPR, 公开市场操作 逆回购 amounts and rates, 净投放/净回笼, MLF, or
# 外汇储备 / 黄金储备): a reverse-repo operation with its rate and net injection, and the money-market rates.
# Periods: the operation 2021-09-28 (printed 2021年9月28日); the rates 2021-09-27 (昨日).
# Key: reverse repo 1000亿元 at 2.35%; net injection 1000亿元; Shibor overnight 1.708% (+1.7个基点), 7-day 1.984% (-20.6个
# 基点); DR007 1.9232%; GC001 3.098%.
# Optional: the headline's 1000亿元 twice (operation and net injection, twins); the 14-day tenor.
# Judgement calls: "无逆回购到期" prints no figure (no maturity row); "低于政策利率水平" prints no figure; the 1天 of GC001 is
# a tenor (no row); 上行 / 下行 signed; DR007 and GC001 are entities of their own.
PB5 = "人民银行|央行|中国人民银行|PBOC|People's Bank of China"
RR5 = "逆回购|14天逆回购|reverse repo|" + PB5
D5, Y5 = "2021-09-28", "2021-09-27"
RRO5 = "reverse_repo_operation|reverse_repo_amount|omo_injection|liquidity_injection"
NI5 = "net_injection|net_liquidity_injection|omo_net_injection"
SHI5 = "shibor|interest_rate|interbank_rate"
SHC5 = "shibor_change|rate_change"
SON5 = "Shibor隔夜|隔夜Shibor|overnight Shibor|上海银行间同业拆放利率|Shibor"
S75 = "7天Shibor|Shibor 7天|7-day Shibor|上海银行间同业拆放利率|Shibor"
G["zh05"] = ([
    m(RRO5, 1000e8, "CNY", RR5, D5, opt=True, basis="headline (twin)"),
    m(NI5, 1000e8, "CNY", PB5, D5, opt=True, basis="headline (twin)"),
    m(RRO5, 1000e8, "CNY", RR5, D5, basis="开展了1000亿元14天逆回购操作"),
    m("reverse_repo_tenor|tenor", 14, "days", RR5, D5, opt=True, basis="14天"),
    m("reverse_repo_rate|interest_rate|winning_bid_rate|policy_rate", 2.35, "%", RR5, D5, basis="中标利率"),
    m(NI5, 1000e8, "CNY", PB5, D5, basis="净投放 (no reverse repo maturing)"),
    m(SHI5, 1.708, "%", SON5, Y5, basis="隔夜, 昨日"),
    m(SHC5, 1.7, "bp", SON5, Y5, basis="上行1.7个基点"),
    m(SHI5, 1.984, "%", S75, Y5, basis="7天, 昨日"),
    m(SHC5, -20.6, "bp", S75, Y5, basis="下行20.6个基点"),
    m("repo_rate|dr007|interest_rate", 1.9232, "%", "DR007|DR007加权平均利率", Y5, basis="加权平均利率, 下降至"),
    m("repo_rate|gc001|interest_rate", 3.098, "%", "GC001|上交所1天国债逆回购利率|GC001国债逆回购", Y5, basis="上升至"),
], [])


# zh06: the Shanghai Futures Exchange's non-ferrous daily as printed on 中国铝业网 (market.cnal.com, shfe/2017/10-31/
# 1509443255494488): the SHFE non-ferrous index, then copper, aluminium and zinc, each with its main contract's close and
# change, the 15:00 LME three-month quote, the Shanghai/London ratio against the previous day, and the volume, open-
# interest change and open interest of all contracts and of the main contract. The section marks "◆" and the product heads
# (期铜, 期铝, 期锌) kept; the spaces in "696732 手", "934052 手" and "489056 手" kept as printed. Cut: the passage ends
# with zinc, before the next section (期铅, and 期镍, whose stored text breaks off: "全部合"), to keep the passage within 1,000
# characters (lead's and nickel's figures dropped with the cut). No headline in the stored text and none composed.
# Kind asked for: a commodity-futures daily other than steel (原油、黄金、铜、豆粕、生猪 …) with contract prices, moves,
# volumes or open interest: copper, aluminium and zinc.
# Period None: no date is printed (当日, 15:00; the address's date is not used; news73 zh04).
# Key: the index 3168.13点 (+28.60点, +0.91%); per metal: close (CNY/tonne), change (CNY/tonne and %), the LME quote
# (USD/tonne), the ratio with the previous day's as prior, all contracts' volume, open-interest change and open interest,
# the main contract's volume, open-interest change and open interest (news23 zh05).
# Judgement calls: "12月合约" / "1月合约" are contract months (named in basis, no row); "15:00" is a time; "持仓量减少X手,降至
# Y手" gives the level Y and the change -X; "低于前一交易日的7.84" is the ratio's prior (same quantity, previous day;
# news23 zh05); the qualitative 涨幅小于 / 跌幅大于伦敦市场 carries no figure; 走低 / 下跌 negative.
D6 = "当日 (no date printed)"
IDX6 = "上期有色金属指数|SHFE non-ferrous metals index"
FP6 = "futures_price|close|price|closing_price"
FC6 = "price_change|futures_price_change"
VOL6 = "trading_volume|volume"
OI6, OIC6 = "open_interest|open_positions", "open_interest_change|open_positions_change"
RAT6 = "price_ratio|shanghai_london_ratio|import_ratio"


def metal6(ent, lme_ent, mth, close, chg, pct, lme, ratio, pratio, vall, oicall, oiall, vmain, oicmain, oimain):
    mc = "main %s contract; %s" % (mth, D6)
    return [
        m(FP6, close, "CNY/tonne", ent, None, basis="close, " + mc),
        m(FC6, chg, "CNY/tonne", ent, None, basis=mc),
        m(FC6, pct, "%", ent, None, basis=mc),
        m("lme_price|futures_price|price", lme, "USD/tonne", lme_ent, None, basis="15:00 quote, " + D6),
        m(RAT6, ratio, "x", ent, None, prior=pratio, basis="内外比值, vs previous trading day; " + D6),
        m(VOL6, vall, "lots", ent, None, basis="all contracts (全部合约); " + D6),
        m(OIC6, oicall, "lots", ent, None, basis="all contracts; " + D6),
        m(OI6, oiall, "lots", ent, None, basis="all contracts, after the change; " + D6),
        m(VOL6, vmain, "lots", ent, None, basis=mc),
        m(OIC6, oicmain, "lots", ent, None, basis=mc),
        m(OI6, oimain, "lots", ent, None, basis=mc + ", after the change"),
    ]


CU6 = "沪铜|上海期铜|期铜|铜|SHFE copper|copper futures"
AL6 = "沪铝|上海期铝|期铝|铝|SHFE aluminium|aluminium futures"
ZN6 = "沪锌|上海期锌|期锌|锌|SHFE zinc|zinc futures"
G["zh06"] = (
    [
        m("index_level|close", 3168.13, "points", IDX6, None, basis="close; " + D6),
        m("index_change|index_change_points", 28.60, "points", IDX6, None, basis=D6),
        m("index_change_pct|index_change", 0.91, "%", IDX6, None, basis=D6),
    ]
    + metal6(CU6, "伦敦三月铜|LME 3-month copper|LME copper", "December (12月)", 53820, 310, 0.58, 6889.50, 7.81, 7.84,
             372080, -8708, 696732, 183950, -5494, 161186)
    + metal6(AL6, "伦敦三月铝|LME 3-month aluminium|LME aluminium", "January (1月)", 16365, -15, -0.09, 2173.50, 7.53,
             7.55, 584416, -22262, 934052, 203408, 16654, 408206)
    + metal6(ZN6, "伦敦三月锌|LME 3-month zinc|LME zinc", "December (12月)", 26135, 500, 1.95, 3240.00, 8.07, 8.08,
             636750, -4228, 489056, 203036, -12676, 211424),
    [],
)
