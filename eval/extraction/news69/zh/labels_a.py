# news69/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (twice, at
# the end: to check that the labels load, and again after a last wording pass on the texts); no extractor, newsflow,
# pytest, .venv or eval/extraction/news_text.py was run, no extractor output was seen, and no plugin, test, docs page or
# gold.jsonl was opened. No file of the other batch was read (only its file names and, from one character count over
# texts/zh0*.txt, the lengths of three of its texts were seen).
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news67 and news68 read most closely; precedents looked up by grep, named per passage below). Values fully
# scaled (1.51亿元 -> 1.51e8, 3542.84万元 -> 3.54284e7, 1.16万亿元 -> 1.16e12, 92241亿千瓦时 -> 9.2241e12 kWh, 21.0万辆 ->
# 210000 vehicles, 4000.00万股 -> 4e7 shares); declines and losses negative (亏损, 下降, 减少, 下滑, 多减, 少增, a printed minus);
# 个百分点 -> pp; 倍 (PS) -> "x"; 同比 -> yoy and 环比 / 比前一周 / 较上月 -> mom or week-on-week in basis; 约X -> X; 超 / 超过 /
# 突破 X -> open bound rng=(X, None) (下降超X -> rng=(None, -X)), key when it is the only figure printed for the subject
# (news64 / news67), "介于X至Y之间" -> rng=(X, Y). A figure printed twice is one key row plus an optional twin; a printed
# comparative (上年同期 X, 2024年同期 X, 上月 X) is the prior of its row plus an optional row of its own (news60 / news61 /
# news66). Per-kilogram prices "每公斤X元" -> unit "CNY/kg" (news17 zh05); 亿千瓦时 -> kWh (news32 zh06); GWh kept as printed
# (news31 / news67); 辆 -> "vehicles"; 股 -> "shares"; 名 / 家 -> count nouns.
# Currencies: 元 / 万元 / 亿元 / 万亿元 in these mainland stories = CNY; 港元 = HKD (zh03's Hong Kong share price and target).
# Periods only where the text states or clearly implies the year: zh01 2024Q1 (printed 2024年第一季度), 2023Q1 for 上年同期,
# 2024-03-31 for 截至2024年一季度末; zh02 2025-07 (printed 2025年7月份), 2024-07 for 2024年同期, 2025-06 for 上月; zh03
# 2026-01 (printed 2026年1月) and FY2025-FY2027 / FY2026 for the forecasts, the share prices None (当前价, no date beside
# them); zh04 None (上周(10月2日至8日) and 10月12日电: no year printed; the page's own date line was dropped as furniture);
# zh05 FY2023 (printed 2023年), the ski resort's window 2023年11月1日至2024年1月4日 None with the window in basis (no
# period form for a date window); zh06 None (deal terms; the dates 2022年9月20日 ... 2024年8月8日 are process dates, no rows).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 中证智能财讯's results item on 芯海科技 (688595)'s 2024 first quarter, on ddx.gubit.cn (fenxi page). The headline kept,
# reworded; the stored text breaks off inside the liabilities paragraph ("负债重大变化方面 … 应交税费较上年末减少28.17%,占
# 公司总"), so the passage ends with the assets paragraph (the liabilities figures 29.55% / 1.50 / 41.90% / 0.74 / 1.08% /
# 1.11 / 28.17% are dropped with it). Kind asked for: a PV / lithium / semiconductor company's quarterly report; this is a
# chip designer's first quarter with revenue, attributable and recurring profit (no shipment figure is printed).
# Key (2024Q1): revenue 1.51亿元 (+145.42%); attributable loss 3542.84万元 (prior: 上年同期亏损4895.48万元); recurring loss
# 3833.10万元 (prior 5781.32万元); operating cash flow -4227.51万元 (prior -4733.87万元) and its +506.35万元 change; basic EPS
# -0.25元; weighted ROE -4.00% and its +0.54 pp; gross margin 34.18% (+5.32 pp); net margin -23.31% (+56.05 pp); ROIC -2.74%
# (+0.52 pp); financing cash flow -4391.98万元 (change -3898.75万元); investing cash flow -4241.65万元 (prior 7830.84万元);
# revenue cash ratio 103.09%; the four asset lines' changes against the year end (%) and their shares of total assets (pp).
# Optional: the headline loss (twin); the four year-earlier comparatives as rows (2023Q1); the restated ROE -4.00% and
# the restated operating cash flow -4227.51万元 (twins).
# Judgement calls: 亏损X -> net_profit -X (the development corpus's losses-negative rule); "上年同期亏损X" is the prior of the
# loss row, signed; "同比增加506.35万元" of a negative cash flow is a +5.0635e6 change (less negative), "同比减少3898.75万元"
# -3.89875e7; the net-margin and ROE "上升 / 增长 …个百分点" are positive pp rows although the levels are negative; the asset
# lines' changes are % against 上年末 (2024-03-31, basis vs year end) and their share changes pp; 中证智能财讯 is the item's
# source tag (no figure); 4月27日 is the filing date (no row).
XH = "芯海科技|688595|Chipsea|芯海科技(深圳)股份有限公司"
Q1, Q0, D1 = "2024Q1", "2023Q1", "2024-03-31"


def bs1(name, pct, pp):
    ent = name + "|" + XH
    return [m("balance_change|change_vs_year_end", pct, "%", ent, D1, basis="较上年末, 截至2024年一季度末"),
            m("share_of_total_assets_change|asset_share_change", pp, "pp", ent, D1, basis="占公司总资产比重")]


G["zh01"] = ([
    m("net_profit|net_profit_attributable|net_loss", -3542.84e4, "CNY", XH, Q1, opt=True, basis="headline: 亏损 (twin)"),
    m("revenue|total_revenue|operating_revenue", 1.51e8, "CNY", XH, Q1, basis="营业总收入"),
    m("revenue_growth|total_revenue_growth", 145.42, "%", XH, Q1, basis="yoy"),
    m("net_profit|net_profit_attributable|net_loss", -3542.84e4, "CNY", XH, Q1, prior=-4895.48e4,
      basis="归母净利润亏损; prior = 上年同期亏损4895.48万元"),
    m("net_profit|net_profit_attributable|net_loss", -4895.48e4, "CNY", XH, Q0, opt=True, basis="上年同期 (the prior)"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|deducted_net_profit", -3833.10e4, "CNY", XH, Q1,
      prior=-5781.32e4, basis="扣非净利润亏损; prior = 上年同期亏损5781.32万元"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|deducted_net_profit", -5781.32e4, "CNY", XH, Q0, opt=True,
      basis="上年同期 (the prior)"),
    m("operating_cash_flow|net_operating_cash_flow", -4227.51e4, "CNY", XH, Q1, prior=-4733.87e4,
      basis="经营活动产生的现金流量净额; prior = 上年同期"),
    m("operating_cash_flow|net_operating_cash_flow", -4733.87e4, "CNY", XH, Q0, opt=True, basis="上年同期 (the prior)"),
    m("eps|basic_eps|earnings_per_share", -0.25, "CNY", XH, Q1, basis="基本每股收益"),
    m("roe|weighted_roe|return_on_equity", -4.00, "%", XH, Q1, basis="加权平均净资产收益率"),
    m("gross_margin", 34.18, "%", XH, Q1),
    m("gross_margin_change", 5.32, "pp", XH, Q1, basis="yoy, 上升"),
    m("net_margin|net_profit_margin", -23.31, "%", XH, Q1),
    m("net_margin_change", 56.05, "pp", XH, Q1, basis="vs 上年同期, 上升"),
    m("roe|weighted_roe|return_on_equity", -4.00, "%", XH, Q1, opt=True, basis="restated (twin)"),
    m("roe_change", 0.54, "pp", XH, Q1, basis="vs 上年同期, 增长"),
    m("roic|return_on_invested_capital", -2.74, "%", XH, Q1, basis="投入资本回报率"),
    m("roic_change", 0.52, "pp", XH, Q1, basis="vs 上年同期, 增长"),
    m("operating_cash_flow|net_operating_cash_flow", -4227.51e4, "CNY", XH, Q1, opt=True, basis="restated (twin)"),
    m("operating_cash_flow_change", 506.35e4, "CNY", XH, Q1, basis="yoy, 同比增加"),
    m("financing_cash_flow|net_financing_cash_flow", -4391.98e4, "CNY", XH, Q1, basis="筹资活动现金流净额"),
    m("financing_cash_flow_change", -3898.75e4, "CNY", XH, Q1, basis="yoy, 同比减少"),
    m("investing_cash_flow|net_investing_cash_flow", -4241.65e4, "CNY", XH, Q1, prior=7830.84e4,
      basis="投资活动现金流净额; prior = 上年同期"),
    m("investing_cash_flow|net_investing_cash_flow", 7830.84e4, "CNY", XH, Q0, opt=True, basis="上年同期 (the prior)"),
    m("cash_to_revenue_ratio|revenue_cash_ratio", 103.09, "%", XH, Q1, basis="营业收入现金比"),
    *bs1("货币资金|cash|cash and equivalents", -23.50, -7.92),
    *bs1("存货|inventory|inventories", 22.93, 3.56),
    *bs1("应收账款|accounts receivable|receivables", 8.71, 1.29),
    *bs1("预付款项|prepayments", -37.94, -0.62),
], [])


# zh02: a broker's comment on the central bank's July 2025 credit data, stored on hujinzicha.net (the page opens with the
# summary, then "▍事项" and "▍社融"); no headline in the stored text and none composed; the stored text breaks off inside
# the third point ("3)企业债方面,7月新增融资2791亿元,同比多增755亿元" without its end), so the passage ends after point 2)
# (2791 and 755 are dropped with it). The quoted policy wording "加快政府债券发行使用" (twice) is a quoted phrase, not
# speech, and is kept in quotation marks.
# Key (2025-07): new loans -500亿元 (prior: 2024年同期2600亿元); new social financing 1.16万亿元 (prior 0.77万亿元); TSF stock
# growth 9.0% (prior: 上月8.9%) and its +0.1 pp; M2 growth 8.8% (prior: 上月8.3%); government bond net financing 1.24万亿元
# (+6881亿元 yoy); new special bonds 6169亿元 (+898亿元 on June); TSF-basis new RMB loans -4263亿元 (-3455亿元 yoy: 同比多减);
# non-bank loans 同比少增31亿元 (-31亿元 yoy change).
# Optional: the four comparatives as rows of their own (2024-07, 2024-07, 2025-06, 2025-06); the restated 9.0% (twin).
# Judgement calls: the bracketed "(2024年同期X)" / "(上月X)" are the priors of the rows they follow (news60 / news61 rule for
# printed comparatives); "多增X" / "多减X" / "少增X" are signed yoy changes (+, -, -); "比上月增加了898亿元" a mom change; the
# page's 7月 under "2025年7月份" is 2025-07; 三季度, 6月末, 8月, 去年4月 and 7月30日 carry no figure of their own.
CN2 = "中国|China|全国|央行|PBOC"
M2P = "2025-07"
G["zh02"] = ([
    m("new_rmb_loans|new_loans|loan_change", -500e8, "CNY", CN2, M2P, prior=2600e8,
      basis="信贷新增 (央行口径); prior = 2024年同期"),
    m("new_rmb_loans|new_loans|loan_change", 2600e8, "CNY", CN2, "2024-07", opt=True, basis="2024年同期 (the prior)"),
    m("social_financing|tsf_increment|aggregate_financing", 1.16e12, "CNY", CN2, M2P, prior=0.77e12,
      basis="社会融资总额新增; prior = 2024年同期"),
    m("social_financing|tsf_increment|aggregate_financing", 0.77e12, "CNY", CN2, "2024-07", opt=True,
      basis="2024年同期 (the prior)"),
    m("social_financing_stock_growth|tsf_stock_growth|tsf_growth", 9.0, "%", CN2, M2P, prior=8.9,
      basis="社融存量较上年同期增长; prior = 上月"),
    m("social_financing_stock_growth|tsf_stock_growth|tsf_growth", 8.9, "%", CN2, "2025-06", opt=True,
      basis="上月 (the prior)"),
    m("m2_growth|money_supply_growth", 8.8, "%", CN2, M2P, prior=8.3, basis="yoy; prior = 上月"),
    m("m2_growth|money_supply_growth", 8.3, "%", CN2, "2025-06", opt=True, basis="上月 (the prior)"),
    m("social_financing_stock_growth|tsf_stock_growth|tsf_growth", 9.0, "%", CN2, M2P, opt=True,
      basis="restated in the 社融 head (twin)"),
    m("social_financing_stock_growth_change|tsf_growth_change", 0.1, "pp", CN2, M2P, basis="较上月提升"),
    m("government_bond_financing|net_bond_financing|tsf_component", 1.24e12, "CNY", "政府债|government bonds|" + CN2, M2P,
      basis="政府债净融资"),
    m("government_bond_financing_change|tsf_component_change", 6881e8, "CNY", "政府债|government bonds|" + CN2, M2P,
      basis="yoy, 较上年同期多增"),
    m("special_bond_issuance|new_special_bonds|bond_issuance", 6169e8, "CNY", "专项债|special bonds|" + CN2, M2P,
      basis="7月新增的专项债"),
    m("special_bond_issuance_change|bond_issuance_change", 898e8, "CNY", "专项债|special bonds|" + CN2, M2P,
      basis="mom, 比上月增加"),
    m("new_rmb_loans|new_loans|tsf_component", -4263e8, "CNY", CN2, M2P, basis="社融口径下的新增人民币贷款"),
    m("new_rmb_loans_change|loan_change|tsf_component_change", -3455e8, "CNY", CN2, M2P, basis="yoy, 同比多减"),
    m("nbfi_loans_change|new_loans_change|loan_change", -31e8, "CNY", "非银贷款|non-bank loans|" + CN2, M2P,
      basis="yoy, 同比少增"),
], [])


# zh03: 华创证券's note on 比亚迪 (BYD)'s January 2026 sales as a reportify.cn report digest. The title line
# "比亚迪:2026年1月销量点评-20260204" kept, reworded (-> "点评比亚迪2026年1月销量-20260204"), and the source line
# "华创证券·2026-02-04 10:30" kept (it names the broker); the section heads and the " - … [n]" bullets with their markers
# kept, one paragraph per section; the stored text ends with an empty bullet "- " after the EPS line, left out.
# Rating actions: 华创证券 on 比亚迪 A shares: maintain 强推 (= buy, news7), target 113.8元 (CNY); on the H shares: 强推
# maintained, "目标价调整至116.3港元" (HKD) - the target moved but neither the earlier target nor the direction is printed,
# so the action is recorded as maintain with the new target and no prior target.
# Key: the current prices 87.37元 (A) and 90.00港元 (H); the 2026 1.1x PS valuation and the 1.04万亿元 target market value;
# 2026 total sales "有望突破500万辆" (only figure for it -> key lower bound) and overseas 150万辆 (forecasts, FY2026); January:
# NEV sales 21.0万辆 (-30% yoy, -50% mom), BEV 8.3万辆 (-34%, -56%), PHEV 12.2万辆 (-29%, -45%), overseas 约10.0万辆 (+51%,
# -25%), 王朝+海洋 17.8万辆, 方程豹 2.2万辆, 腾势 0.6万辆, 仰望 413辆, battery shipments 20.2 GWh (+30%, -26%);
# forecasts FY2025-FY2027: attributable profit 352 / 470 / 600亿元, revenue 8,056 / 9,436 / 10,705亿元 with growth 3.7 /
# 17.1 / 13.5%, EPS 3.86 / 5.16 / 6.58元.
# Optional: the two targets as metric rows (they live in the rating actions); the 约30% / 约29% upsides (derived).
# Judgement calls: 强推 -> buy (news7 / news66); the A and H lines are two rating actions on one company with the listing
# in the alias; "维持目标市值" and "维持盈利预测" print no earlier figure -> no prior; 约10.0万辆 -> 1.0e5 (约 dropped);
# the share prices carry no date of their own -> period None (the note is dated 2026-02-04); 20.2 GWh keeps its unit.
HC3 = "华创证券|华创|Huachuang Securities"
BYD3 = "比亚迪|BYD|002594|01211|比亚迪股份"
BYDA3 = "比亚迪|比亚迪A股|002594|BYD"
BYDH3 = "比亚迪股份|比亚迪港股|比亚迪|01211|BYD"
J3 = "2026-01"
F3 = "forecast, 华创证券"


def sv3(ent, vol, yoy=None, mom=None, basis="新能源 sales, 2026年1月"):
    e = ent + "|" + BYD3 if ent else BYD3
    r = [m("vehicle_sales|sales_volume|nev_sales", vol, "vehicles", e, J3, basis=basis)]
    if yoy is not None:
        r.append(m("vehicle_sales_growth|sales_volume_growth", yoy, "%", e, J3, basis="yoy"))
    if mom is not None:
        r.append(m("vehicle_sales_growth_mom|sales_volume_growth", mom, "%", e, J3, basis="mom, 环比"))
    return r


def fc3(metric, vals, unit, what):
    return [m(metric, v, unit, BYD3, "FY%d" % y, basis=F3 + ", " + what) for y, v in zip((2025, 2026, 2027), vals)]


G["zh03"] = ([
    m("target_price|price_target", 113.8, "CNY", BYDA3, None, opt=True, basis="A股 目标价 (also in the rating action)"),
    m("share_price|price|current_price", 87.37, "CNY", BYDA3, None, basis="A股 当前价"),
    m("upside|target_upside|potential_upside", 30, "%", BYDA3, None, opt=True, basis="约30% 潜在上行空间 (derived)"),
    m("target_price|price_target", 116.3, "HKD", BYDH3, None, opt=True, basis="港股 目标价调整至 (also in the rating action)"),
    m("share_price|price|current_price", 90.00, "HKD", BYDH3, None, basis="港股 当前价"),
    m("upside|target_upside|potential_upside", 29, "%", BYDH3, None, opt=True, basis="约29% 潜在上行空间 (derived)"),
    m("ps_ratio|price_to_sales|p/s", 1.1, "x", BYD3, "FY2026", basis="the target's multiple, 2026年1.1倍市销率(PS)"),
    m("target_market_cap|market_cap", 1.04e12, "CNY", BYD3, None, basis="目标市值 (maintained)"),
    m("vehicle_sales_forecast|sales_volume|vehicle_sales", None, "vehicles", BYD3, "FY2026", rng=(500e4, None),
      basis=F3 + ", 总销量有望突破500万辆 (lower bound, only figure)"),
    m("overseas_sales_forecast|overseas_sales|vehicle_sales", 150e4, "vehicles", "海外|overseas|" + BYD3, "FY2026",
      basis=F3 + ", 海外销量有望达到"),
    *sv3(None, 21.0e4, -30, -50, "新能源总销量, 2026年1月"),
    *sv3("纯电动车|BEV", 8.3e4, -34, -56),
    *sv3("插电混动车|PHEV", 12.2e4, -29, -45),
    *sv3("海外|overseas|海外市场", 10.0e4, 51, -25, "海外 sales, 约10.0万辆"),
    *sv3("王朝与海洋系列|王朝|海洋|Dynasty and Ocean", 17.8e4),
    *sv3("方程豹|Fangchengbao|Formula Leopard", 2.2e4),
    *sv3("腾势|Denza", 0.6e4),
    *sv3("仰望|Yangwang", 413),
    m("battery_shipments|shipments|battery_sales_volume", 20.2, "GWh", "锂电|lithium batteries|" + BYD3, J3,
      basis="锂电出货量"),
    m("battery_shipments_growth|shipments_growth", 30, "%", "锂电|lithium batteries|" + BYD3, J3, basis="yoy"),
    m("battery_shipments_growth_mom|shipments_growth", -26, "%", "锂电|lithium batteries|" + BYD3, J3, basis="mom"),
    *fc3("net_profit_forecast|net_profit|net_profit_attributable", (352e8, 470e8, 600e8), "CNY", "归母净利润"),
    *fc3("revenue_forecast|revenue|total_operating_revenue", (8056e8, 9436e8, 10705e8), "CNY", "营业总收入"),
    *fc3("revenue_growth_forecast|revenue_growth", (3.7, 17.1, 13.5), "%", "营业总收入同比增速"),
    *fc3("eps_forecast|eps|earnings_per_share", (3.86, 5.16, 6.58), "CNY", "每股盈利(EPS)"),
], [
    ra(HC3, BYDA3, "maintain", "buy", prior_rating="buy", target=113.8, cur="CNY"),
    ra(HC3, BYDH3, "maintain", "buy", prior_rating="buy", target=116.3, cur="HKD"),
])


# zh04: 新华网's item on the commerce ministry's weekly monitor of edible farm-product prices, on finance.sina.com.cn
# (roll, 2017-10-12 in the address). The page's own date line "2017年10月12日13:57 新华网" and the trailing "热门推荐 /
# 相关阅读 / 0" are dropped as furniture; the dateline "新华网北京10月12日电(冯孔)" kept; no headline in the stored text and
# none composed. Kind asked for: a fuel-price adjustment or a pork / grain price weekly; this is the commerce ministry's
# weekly wholesale-price monitor (vegetables, meat, grain, edible oil, poultry and eggs, aquatic products).
# Key (week 10月2日至8日, no year printed -> period None): the food price index +0.3% wow; 30 vegetables' average 3.82元/kg
# (+1.3%) with cucumber +13%, white radish +6.6%, celery +6.5%; pork 21.55元/kg (+0.2%); mutton 46.81 (+1.2%); beef 50.99
# (+0.2%); flour +0.5%; rapeseed oil +0.2%; peanut oil -0.1%; eggs 8.48 (-0.9%); white-strip chicken 15.56 (-0.2%); white-
# strip duck 17.28 (+0.4%); aquatic products -0.3% with grass carp -1.2%, small yellow croaker -0.9%, small hairtail -0.7%.
# Optional: the lead's "黄瓜价格上周13%" (printed without a direction word; the twin of the body's 上涨13%, signed +);
# the basket size 30种.
# Judgement calls: 大米 / 豆油 "与上一周持平" print no figure -> no row (news17 zh05); each price row and its wow change on
# the product as entity with "China" as alias; "每公斤X元" -> CNY/kg (news17); the 10月12日 dateline is not a metric.
W4 = "week-on-week, 上周(10月2日至8日)"


def p4(ent, price=None, chg=None, opt=False):
    e = ent + "|China|全国"
    r = []
    if price is not None:
        r.append(m("wholesale_price|average_price|price", price, "CNY/kg", e, None, basis="批发价格, " + W4))
    if chg is not None:
        r.append(m("price_change|wholesale_price_change", chg, "%", e, None, opt=opt, basis=W4))
    return r


G["zh04"] = ([
    m("price_index_change|food_price_index_change|price_change", 0.3, "%",
      "全国食用农产品市场价格指数|edible agricultural products price index|food prices|China", None, basis=W4),
    m("price_change|wholesale_price_change", 13, "%", "黄瓜|cucumber|China|全国", None, opt=True,
      basis="lead: 黄瓜价格上周13% (no direction word; twin of the body's 上涨13%)"),
    m("basket_size|count", 30, "items", "30种蔬菜|vegetables", None, opt=True, basis="30种蔬菜 (basket)"),
    *p4("30种蔬菜|vegetables|蔬菜", 3.82, 1.3),
    *p4("黄瓜|cucumber", None, 13),
    *p4("白萝卜|white radish", None, 6.6),
    *p4("芹菜|celery", None, 6.5),
    *p4("猪肉|pork", 21.55, 0.2),
    *p4("羊肉|mutton|lamb", 46.81, 1.2),
    *p4("牛肉|beef", 50.99, 0.2),
    *p4("面粉|flour", None, 0.5),
    *p4("菜籽油|rapeseed oil", None, 0.2),
    *p4("花生油|peanut oil", None, -0.1),
    *p4("鸡蛋|eggs", 8.48, -0.9),
    *p4("白条鸡|white-strip chicken|chicken", 15.56, -0.2),
    *p4("白条鸭|white-strip duck|duck", 17.28, 0.4),
    *p4("水产品|aquatic products", None, -0.3),
    *p4("草鱼|grass carp", None, -1.2),
    *p4("小黄鱼|small yellow croaker", None, -0.9),
    *p4("小带鱼|small hairtail", None, -0.7),
], [])


# zh05: 人民日报's item on the National Energy Administration's 2023 electricity consumption, stored on golangjump.com. The
# headline kept, reworded (同比增长6.7% -> 比上年增长6.7%); the store's line "发布时间:2024-11-24 18:34:50 来源: sp20241124" and the
# editors' line "(责编:白宇、卫嘉)" dropped as furniture; the paper's own source line "《 人民日报 》( 2024年01月19日 02 版)"
# kept with its spaces; the quotation of 孙钢 rendered as reported speech (据…介绍); the quoted words “高端化”, “绿色化”,
# “一加一减”, “减”, “加” kept as quoted terms.
# Key (FY2023): consumption 92241亿千瓦时 (+6.7%); industrial power generation above designated size 89091亿千瓦时; the
# four sectors' consumption and growth (1278 / +11.5%, 60745 / +6.5%, 16694 / +12.2%, residents 13524 / +0.9%); high-tech
# and equipment manufacturing +11.3% and its 3.9 pp lead over manufacturing; 浙江 energy-intensive industries (aluminium
# smelting etc.) 下降超13% (rng=(None, -13)); 浙江 PV equipment and components +50.9%; 安徽 car manufacturing 超37% and its
# NEV vehicle manufacturing 超117% (lower bounds); the four service industries 介于14%至18%之间 (one range row); the ski
# resort 超过103% (window 2023-11-01 to 2024-01-04).
# Optional: the headline 6.7% (twin).
# Judgement calls: 亿千瓦时 -> kWh (news32 zh06); the bounds are key because each is the only figure printed for its subject
# (news64 / news67); the four service industries share one range row (entity lists all four); 1月18日 (dateline) and
# 2024年01月19日 (the paper's date) carry no metric; the 规模以上工业发电量 sits inside the consumption sentence with 其中 as
# printed but is generation, labelled as its own metric.
CN5 = "全社会|全国|中国|China"
FY5 = "FY2023"
EC5, EG5 = "electricity_consumption|power_consumption", "electricity_consumption_growth|power_consumption_growth"
G["zh05"] = ([
    m(EG5, 6.7, "%", CN5, FY5, opt=True, basis="headline (twin)"),
    m(EC5, 92241e8, "kWh", CN5, FY5, basis="全社会用电量, 2023年"),
    m(EG5, 6.7, "%", CN5, FY5, basis="yoy"),
    m("power_generation|electricity_generation|industrial_power_generation", 89091e8, "kWh",
      "规模以上工业|industrial enterprises above designated size|" + CN5, FY5, basis="规模以上工业发电量"),
    m(EC5, 1278e8, "kWh", "第一产业|primary industry", FY5),
    m(EG5, 11.5, "%", "第一产业|primary industry", FY5, basis="yoy"),
    m(EC5, 60745e8, "kWh", "第二产业|secondary industry", FY5),
    m(EG5, 6.5, "%", "第二产业|secondary industry", FY5, basis="yoy"),
    m(EC5, 16694e8, "kWh", "第三产业|tertiary industry", FY5),
    m(EG5, 12.2, "%", "第三产业|tertiary industry", FY5, basis="yoy"),
    m(EC5, 13524e8, "kWh", "城乡居民生活用电|城乡居民生活|residential|urban and rural residents", FY5),
    m(EG5, 0.9, "%", "城乡居民生活用电|城乡居民生活|residential|urban and rural residents", FY5, basis="yoy"),
    m(EG5, 11.3, "%", "高技术及装备制造业|high-tech and equipment manufacturing", FY5, basis="yoy, 中电联"),
    m("growth_gap|growth_differential|electricity_consumption_growth_gap", 3.9, "pp",
      "高技术及装备制造业|high-tech and equipment manufacturing", FY5, basis="增速比制造业整体水平高出"),
    m(EG5, None, "%", "浙江高载能行业|铝冶炼|Zhejiang energy-intensive industries|浙江", FY5, rng=(None, -13),
      basis="yoy, 同比下降超13% (bound, only figure)"),
    m(EG5, 50.9, "%", "浙江光伏设备及元器件制造业|光伏设备及元器件制造业|Zhejiang PV equipment|浙江", FY5, basis="yoy"),
    m(EG5, None, "%", "安徽汽车制造业|汽车制造业|Anhui car manufacturing|安徽", FY5, rng=(37, None),
      basis="yoy, 同比增长超37% (bound, only figure)"),
    m(EG5, None, "%", "新能源车整车制造|Anhui NEV manufacturing|安徽", FY5, rng=(117, None),
      basis="yoy, 同比增长超117% (bound, only figure)"),
    m(EG5, None, "%", "批发和零售业、住宿和餐饮业、租赁和商务服务业、交通运输/仓储和邮政业|批发和零售业|住宿和餐饮业|"
      "租赁和商务服务业|交通运输/仓储和邮政业|services", FY5, rng=(14, 18), basis="全年用电量同比增速介于14%至18%之间"),
    m(EG5, None, "%", "天山天池国际滑雪场|Tianshan Tianchi ski resort|新疆", None, rng=(103, None),
      basis="yoy, 2023年11月1日至2024年1月4日, 同比增长超过103% (bound, only figure)"),
], [])


# zh06: a reportify.cn filing digest of 中信证券's compliance report on 海目星 (688559)'s A-share placement to specific
# investors (向特定对象发行, a 定增). The report's title, which the stored text prints after the digest, kept, reworded and
# set on the first line; the section heads and the " - … [n]" bullets with their markers kept, one paragraph per section;
# "超拟发行上限70%" kept as printed (the placement exceeds 70% of the planned cap). Kind asked for: a 定增 / convertible /
# IPO issue announcement; this is a completed placement (price, shares, proceeds, investors, allocations).
# Key: 4000.00万股 issued at 25.49元/股 (100.00% of the floor price); gross proceeds 1019600000.00元, net 1010523023.38元;
# 13 subscribers; four allocations (萍乡国源二期 5884660股 / 1.499999834亿元, 诺德基金 4911730股 / 1.251999977亿元, 詹珊玉
# 4393879股 / 1.1199997571亿元, 广东恒阔投资 3923107股 / 9999.999743万元); registered capital +4000万元, capital reserve
# +9.7052302338亿元; registered capital after the issue 2.43962亿元.
# Optional: 规模101960.00万元 (twin of the gross proceeds); the 70% threshold (rng=(70, None)); the 6-month lock-up and the
# 12-month validity; the cumulative share capital 2.43962亿元 (twin value, second item of the same clause); the process
# counts (4 new investors, 339 invitations, 11 first-round quotes, 342 further invitations, 10 quotes, 9 valid).
# Judgement calls: the deal terms take period None (no fiscal period; the printed dates are process dates); 中信证券 is the
# sponsor, not a rating broker -> no rating action; the allocation amounts are CNY with the investor as entity and the
# company as alias; R3 / C3 are risk grades, no figure.
HM6 = "海目星|海目星激光科技集团股份有限公司|688559|Hymson"


def al6(name, shares, amount):
    ent = name + "|" + HM6
    return [m("allocated_shares|shares_allocated", shares, "shares", ent, None, basis="获配"),
            m("allocation_amount|subscription_amount", amount, "CNY", ent, None, basis="获配金额")]


G["zh06"] = ([
    m("shares_issued|new_shares|placement_shares", 4000e4, "shares", HM6, None, basis="向特定对象发行股票4000.00万股"),
    m("placement_size|gross_proceeds|proceeds", 101960e4, "CNY", HM6, None, opt=True, basis="规模101960.00万元 (twin)"),
    m("issue_size_vs_cap|placement_ratio", None, "%", HM6, None, rng=(70, None), opt=True, basis="超拟发行上限70%"),
    m("issue_price|offer_price|placement_price", 25.49, "CNY", HM6, None, basis="每股发行价格25.49元"),
    m("price_to_floor_ratio|issue_price_to_floor", 100.00, "%", HM6, None, basis="与发行底价之比"),
    m("gross_proceeds|proceeds|funds_raised", 1019600000.00, "CNY", HM6, None, basis="募集资金总额"),
    m("net_proceeds|funds_raised", 1010523023.38, "CNY", HM6, None, basis="募集资金净额"),
    m("subscribers|investors|placees", 13, "investors", HM6, None, basis="发行对象13名"),
    m("lockup_period|lock_up", 6, "months", HM6, None, opt=True, basis="限售期6个月"),
    m("validity_period|term", 12, "months", HM6, None, opt=True, basis="股东大会授权有效期12个月"),
    m("new_investors|investors", 4, "investors", HM6, None, opt=True, basis="新增投资者表达认购意向"),
    m("invitations|investors", 339, "investors", HM6, None, opt=True, basis="《认购邀请书》"),
    m("quotes|investors", 11, "investors", HM6, None, opt=True, basis="首轮报价"),
    m("invitations|investors", 342, "investors", HM6, None, opt=True, basis="《追加认购邀请书》"),
    m("quotes|bids", 10, "quotes", HM6, None, opt=True, basis="追加认购报价"),
    m("valid_quotes|bids", 9, "quotes", HM6, None, opt=True, basis="有效报价"),
    *al6("萍乡国源二期|Pingxiang Guoyuan", 5884660, 1.499999834e8),
    *al6("诺德基金|Nuode Fund", 4911730, 1.251999977e8),
    *al6("詹珊玉|Zhan Shanyu", 4393879, 1.1199997571e8),
    *al6("广东恒阔投资|Guangdong Hengkuo", 3923107, 9999.999743e4),
    m("registered_capital_increase|share_capital_increase", 4000e4, "CNY", HM6, None, basis="注册资本增加"),
    m("capital_reserve_increase|capital_reserve", 9.7052302338e8, "CNY", HM6, None, basis="资本公积增加"),
    m("registered_capital|share_capital", 2.43962e8, "CNY", HM6, None, basis="变更后的注册资本"),
    m("share_capital|registered_capital", 2.43962e8, "CNY", HM6, None, opt=True, basis="累计股本 (same figure, twin)"),
], [])
