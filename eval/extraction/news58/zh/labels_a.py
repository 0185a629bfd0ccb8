# Hand labels for news58/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no project code was run except
# build_labels.py at the end, no extractor output was seen, and no extractor code, plugin, test, docs page or other
# batch's file was read; of the earlier sets' gold files only the "unit" values were grepped (to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news57/zh/README.md and news56/zh/README.md with news56/zh/labels_*.py, plus news36 zh05 (国家邮政局 express data:
# segments and regions as entities, shares of the national total), news50 zh04 (a weekly ETF report: the week in basis,
# period None), news47 / news28 (净流出 -> negative), news28 zh04 (a loss range with the loss sign) and news49 zh05
# (业绩承诺 "不低于X" -> key open lower bounds rng=(X, None)).
# Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4, 百万元 -> x1e6, 百万股 -> x1e6 shares, 亿件 -> x1e8
# parcels); mainland 元 = CNY, and an amount printed with 亿 but no 元 beside amounts in 亿元 is CNY; declines negative
# (下降, 降, 负增长, 净流出, a printed minus sign, a loss); 同比 = yoy in basis; 个百分点 -> pp; 约X -> X; 超 / 低于 X are
# open bounds, optional unless the figure is a result in its own right; "不低于X" profit commitments are key lower
# bounds; a range "A亿元至B亿元" of a loss is rng=(-B, -A). A figure printed twice (headline and body, or body twice) is
# one key row plus an optional twin. Valuation multiples (PB / 市净率) are "x". Brokers' ratings and targets appear only
# in rating actions (增持 = overweight).
# Count units as in earlier sets: "shares", "banks", "parcels" (件; news36 zh05 used the lenient "count"), "GW", "rank".
# Periods only where the text states or clearly implies the year: zh01 FY2022-FY2026 (the table's 2022A..2026E and
# "2024 - 2026年"), 2024Q2 (printed "24Q2") and 2024-06-30 ("6月末" in a note on the "2024年中报"), None for the quote
# box; zh02 FY2024 / FY2023 (printed), 2024Q1-Q3 and 2024Q4 ("前三季度" and "Q4" of the 2024 forecast; "去年前三季度"
# under a January dateline of that forecast), 2025-12-31 ("2025年底"); zh03 None ("今年前8个月", "8月份", no year
# printed); zh04 None (the week "20260112-20260116" in basis, as news50 zh04), FY2025 for the optional full-year twin;
# zh05 2025Q1 ("一季度" / "一季报" under the printed dateline 2025-05-23); zh06 2020-12-31 and 2023-12-31 (printed
# dates), 2024Q1-Q3 (printed), None for the three unnamed commitment years.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 国泰君安's note on 江苏银行's 2024 interim results as a reportify.cn company-documents page (the company line
# "江苏银行(600919)", the title, reworded, and the source/time line "国泰君安· 2024-08-20 14:39" kept; the "搜索文档"
# search box left out; the digest's " - " bullets, the "|"-table and the "[n]" citation markers kept in their order; the
# stored text breaks off at "- 资" (cut mid-word), so the passage ends with the bullet before it).
# Key: current price 7.96元; net-profit growth forecasts 10.7% / 12.0% / 12.2% (FY2024-FY2026); BVPS 12.97 / 14.28 /
# 15.77元 with their revisions +0.09 / +0.06 / -0.02元; valuation 0.7倍PB; total assets 2,980,295百万元, loans 1,893,127百万元,
# deposits 1,875,335百万元, CET1 ratio 9.46%; the table's revenue, revenue growth, attributable net profit, its growth
# (2022A / 2023A only), BVPS (2022A / 2023A only), ROE and P/B for 2022A-2026E (forecast years "forecast" in basis);
# 24Q2 revenue growth 2.9%, net-profit growth 10.1%, NII growth 4.4%, fee-income growth 53.2%; loan growth 11.9% (new
# basis), deposits +11.5% since the start of the year at end-June.
# Optional: the quote box's market data (52-week range 6.43 - 8.44元, market cap 146,077百万元, share counts 18,351 /
# 18,351百万股, the B/H zeros, absolute 1M / 3M / 12M rises 1% / 1% / 19% and relative rises 4% / 10% / 27% — an inline
# quote, as news56 zh01's quote header); the table's 2024E-2026E net-profit growth and BVPS cells (twins of the text's).
# Rating action: 国泰君安 raise_target on 江苏银行, overweight (增持) maintained (上次评级也是增持), 9.16 CNY from 8.55 CNY.
# Judgement calls: the target appears only in the rating action; "(+0.09)" etc. are BVPS forecast revisions in CNY; the
# "24Q2" sentence's figures take 2024Q2 as printed (the note may mean the half-year to Q2; the text says 24Q2); the table
# is labelled cell by cell (actual years key, forecast years key with "forecast" in basis, text twins optional).
JS = "江苏银行|Bank of Jiangsu|Jiangsu Bank|600919"
GTJA = "国泰君安|国泰君安证券|Guotai Junan|Guotai Junan Securities|GTJA"
FC = "forecast (国泰君安), "
REV1 = "revenue|operating_revenue|operating_income"
REVG1 = "revenue_growth|operating_revenue_growth"
NP1 = "net_profit|net_profit_attributable|net_income"
NPG1 = "net_profit_growth|net_profit_attributable_growth|net_income_growth"
BV1 = "bvps|book_value_per_share|net_assets_per_share"
ROE1 = "roe|return_on_equity"
PB1 = "pb_ratio|p_b|price_to_book|valuation"


def tab(metric, vals, unit, scale=1.0, opt_fc=False, basis=""):
    rows = []
    for yr, v in zip(("FY2022", "FY2023", "FY2024", "FY2025", "FY2026"), vals):
        fc = yr >= "FY2024"
        rows.append(m(metric, round(v * scale, 6), unit, JS, yr, opt=(opt_fc and fc),
                      basis=(FC if fc else "actual (A), ") + "财务摘要 table" + basis))
    return rows


G["zh01"] = ([
    m("share_price|price|current_price", 7.96, "CNY", JS, None, basis="当前价格 at the note's date"),
    m(NPG1, 10.7, "%", JS, "FY2024", basis=FC + "yoy, 调整后"),
    m(NPG1, 12.0, "%", JS, "FY2025", basis=FC + "yoy"),
    m(NPG1, 12.2, "%", JS, "FY2026", basis=FC + "yoy"),
    m(BV1, 12.97, "CNY", JS, "FY2024", basis=FC + "元/股"),
    m("bvps_forecast_change|bvps_change|forecast_change", 0.09, "CNY", JS, "FY2024", basis="revision (+0.09)"),
    m(BV1, 14.28, "CNY", JS, "FY2025", basis=FC + "元/股"),
    m("bvps_forecast_change|bvps_change|forecast_change", 0.06, "CNY", JS, "FY2025", basis="revision (+0.06)"),
    m(BV1, 15.77, "CNY", JS, "FY2026", basis=FC + "元/股"),
    m("bvps_forecast_change|bvps_change|forecast_change", -0.02, "CNY", JS, "FY2026", basis="revision (-0.02)"),
    m(PB1, 0.7, "x", JS, None, basis="target valuation, 维持估值0.7倍PB"),
    # quote box (交易数据): market data optional, balance-sheet data key
    m("share_price_range|price_range|52_week_range", None, "CNY", JS, None, rng=(6.43, 8.44), opt=True,
      basis="52周内股价区间 (quote box)"),
    m("market_cap|market_capitalisation", 1.46077e11, "CNY", JS, None, opt=True, basis="总市值146,077百万元 (quote box)"),
    m("total_shares|share_capital|shares_outstanding", 1.8351e10, "shares", JS, None, opt=True,
      basis="总股本18,351百万股 (quote box)"),
    m("float_shares|tradable_shares|a_shares", 1.8351e10, "shares", JS, None, opt=True,
      basis="流通A股18,351百万股 (quote box)"),
    m("b_shares|float_b_shares", 0, "shares", JS, None, opt=True, basis="流通B股 0 (quote box)"),
    m("h_shares|float_h_shares", 0, "shares", JS, None, opt=True, basis="流通H股 0 (quote box)"),
    m("total_assets|assets", 2.980295e12, "CNY", JS, None, basis="资产总额2,980,295百万元 (quote box)"),
    m("total_loans|loans", 1.893127e12, "CNY", JS, None, basis="贷款总额1,893,127百万元"),
    m("total_deposits|deposits", 1.875335e12, "CNY", JS, None, basis="存款总额1,875,335百万元"),
    m("cet1_ratio|core_tier1_capital_ratio|capital_adequacy_ratio", 9.46, "%", JS, None,
      basis="核心一级资本充足率"),
    m("share_price_change|price_change|absolute_return", 1, "%", JS, None, opt=True, basis="1M 绝对升幅"),
    m("share_price_change|price_change|absolute_return", 1, "%", JS, None, opt=True, basis="3M 绝对升幅"),
    m("share_price_change|price_change|absolute_return", 19, "%", JS, None, opt=True, basis="12M 绝对升幅"),
    m("relative_return|relative_price_change|price_change", 4, "%", JS, None, opt=True, basis="1M 相对指数升幅"),
    m("relative_return|relative_price_change|price_change", 10, "%", JS, None, opt=True, basis="3M 相对指数升幅"),
    m("relative_return|relative_price_change|price_change", 27, "%", JS, None, opt=True, basis="12M 相对指数升幅"),
    # 财务摘要 table
    *tab(REV1, (70570, 74293, 80131, 87234, 94200), "CNY", 1e6, basis=", 营业收入(百万元)"),
    *tab(REVG1, (9.1, 5.3, 7.9, 8.9, 8.0), "%", basis=", yoy (+/-)%"),
    *tab(NP1, (25386, 28750, 31813, 35641, 40000), "CNY", 1e6, basis=", 净利润(归母,百万元)"),
    *tab(NPG1, (28.9, 13.3, 10.7, 12.0, 12.2), "%", opt_fc=True, basis=", yoy (+/-)%; forecast cells twin the text"),
    *tab(BV1, (9.19, 11.47, 12.97, 14.28, 15.77), "CNY", opt_fc=True,
         basis=", 每股净资产(元,期末股本); forecast cells twin the text"),
    *tab(ROE1, (12.7, 12.5, 12.0, 12.3, 12.7), "%", basis=", 净资产收益率"),
    *tab(PB1, (0.87, 0.69, 0.61, 0.56, 0.50), "x", basis=", 市净率"),
    # 投资建议
    m(REVG1, 2.9, "%", JS, "2024Q2", basis="24Q2, yoy, 放缓至"),
    m(NPG1, 10.1, "%", JS, "2024Q2", basis="24Q2, yoy, 两位数平稳增长达"),
    m("net_interest_income_growth|nii_growth", 4.4, "%", JS, "2024Q2", basis="24Q2, yoy, 转正"),
    m("fee_income_growth|net_fee_income_growth|net_fee_and_commission_income_growth", 53.2, "%", JS, "2024Q2",
      basis="24Q2, yoy, 转正"),
    m("loan_growth|loans_growth", 11.9, "%", JS, None, basis="yoy, 新口径"),
    m("deposit_growth|deposits_growth", 11.5, "%", JS, "2024-06-30", basis="6月末 vs the start of the year (较年初)"),
], [
    ra(GTJA, JS, "raise_target", "overweight", "overweight", 9.16, 8.55, "CNY"),
])


# zh02: 财联社's item on 隆基绿能's 2024 loss warning, on zhenguoke.com (dateline and byline "财联社1月16日讯(记者 刘梦然)"
# kept; no headline in the stored text, none composed; the stored text breaks off at "隆基绿能在降本方面的" (cut
# mid-sentence, no figure), so the passage ends with the sentence before it).
# Key: FY2024 net loss guidance 82亿元至88亿元 (rng=(-8.8e9, -8.2e9)); FY2023 net profit 107.51亿元; 2024Q1-Q3 attributable
# net profit -65.05亿元; the implied 2024Q4 loss 16.95亿元-22.95亿元 (rng=(-2.295e9, -1.695e9)); module shipments 51.23GW
# (+17.70%), BC modules 13.77GW, share 约27% (2024Q1-Q3); HPBC2.0 capacity 约50GW by end-2025.
# Optional: the Hi-MOX10 module's peak output 670W and efficiency 24.8% (product specifications).
# Judgement calls: the loss range keeps the loss sign (news28); the year-earlier profit is its own key row (FY2023), not
# a prior of the range (as news36 zh01); the Q4 range is the reporter's arithmetic (basis "implied"); "去年前三季度"
# under the January dateline of the 2024 forecast is 2024Q1-Q3; "二代" / "HPBC2.0" / "HPBC1.0" are product names, no rows.
LG = "隆基绿能|隆基|LONGi|LONGi Green Energy|Longi|601012|601012.SH"
G["zh02"] = ([
    m("net_profit_guidance|net_profit|net_loss|net_profit_forecast", None, "CNY", LG, "FY2024", rng=(-8.8e9, -8.2e9),
      basis="company guidance (业绩预告), 预计净亏损82亿元至88亿元"),
    m("net_profit|net_income", 1.0751e10, "CNY", LG, "FY2023", basis="上一年(2023年) 净利润"),
    m("net_profit|net_profit_attributable|net_loss", -6.505e9, "CNY", LG, "2024Q1-Q3", basis="前三季度 归母净利润"),
    m("net_profit|net_loss|quarterly_loss", None, "CNY", LG, "2024Q4", rng=(-2.295e9, -1.695e9),
      basis="implied Q4 loss (full-year guidance less 前三季度), 16.95亿元-22.95亿元"),
    m("module_shipments|shipments", 51.23, "GW", LG, "2024Q1-Q3", basis="组件出货量, 去年前三季度"),
    m("module_shipments_growth|shipments_growth", 17.70, "%", LG, "2024Q1-Q3", basis="yoy"),
    m("bc_module_sales|module_sales|sales_volume", 13.77, "GW", "BC组件|BC modules|" + LG, "2024Q1-Q3",
      basis="BC组件销量"),
    m("bc_share|share|sales_share", 27, "%", "BC组件|BC modules|" + LG, "2024Q1-Q3", basis="share of module shipments, 约"),
    m("module_power|power_output", 670, "W", "Hi-MOX10|" + LG, None, opt=True, basis="最高量产功率 (product spec)"),
    m("module_efficiency|conversion_efficiency|efficiency", 24.8, "%", "Hi-MOX10|" + LG, None, opt=True,
      basis="组件量产效率最高 (product spec)"),
    m("capacity|production_capacity|planned_capacity", 50, "GW", "HPBC2.0|" + LG, "2025-12-31",
      basis="planned HPBC2.0 capacity by 2025年底, 约"),
], [])


# zh03: 新华社's item on 国家邮政局's January-August postal and express figures, on imline.cn (北疆新闻's mirror; the
# dateline and byline "新华社北京9月19日电(记者邹多为、戴小河)" kept; no headline in the stored text, none composed; the
# mirror's copyright and disclaimer block (北疆新闻版权与免责声明 …, its phone number, ICP and licence numbers) left out;
# whole stored item otherwise).
# Key (period None: "今年前8个月" and "8月份" print no year): postal delivery volume 1009.6亿件 (+13.1%), express volume
# 814.6亿件 (+15.9%); intra-city 84.3亿件 (+0.2%), inter-city 711.6亿件 (+17.3%), international/HK-Macao-Taiwan 18.7亿件
# (+56.3%); postal revenue 9708.5亿元 (+10.4%); the eastern / central / western regions' shares of express volume (75.8 /
# 16.4 / 7.8%) and of revenue (76.4 / 14.0 / 9.6%); August volume 135.9亿件 (+14.8%) and revenue 1226.2亿元 (+10.0%).
# Judgement calls: as news36 zh05, each segment and region is its own entity and the shares are of the national total;
# "业务收入比重" in the regional sentence is the express revenue share (the sentence's subject); 件 -> "parcels".
PO = "邮政行业|邮政|postal industry|postal sector|国家邮政局|State Post Bureau|China|全国|我国"
EX = "快递|快递业务|express delivery|express|国家邮政局|China|全国|我国"
J8 = "Jan-Aug (前8个月, no year printed)"
TC3 = "同城快递|同城|intra-city express|intra-city"
YD3 = "异地快递|异地|inter-city express|inter-city|cross-city"
GJ3 = "国际/港澳台快递|国际/港澳台|international/Hong Kong, Macao and Taiwan express|international express|international"
EA3, CE3, WE3 = "东部地区|东部|eastern region|east", "中部地区|中部|central region|central", "西部地区|西部|western region|west"
VOL = "parcel_volume|delivery_volume|business_volume|volume|express_volume"
VOLG = "parcel_volume_growth|delivery_volume_growth|volume_growth|express_volume_growth"
G["zh03"] = ([
    m(VOL, 1.0096e11, "parcels", PO, None, basis=J8 + ", 寄递业务量, cumulative"),
    m(VOLG, 13.1, "%", PO, None, basis=J8 + ", yoy"),
    m(VOL, 8.146e10, "parcels", EX, None, basis=J8 + ", 快递业务量 (excl. 邮政集团包裹业务)"),
    m(VOLG, 15.9, "%", EX, None, basis=J8 + ", yoy"),
    m(VOL, 8.43e9, "parcels", TC3, None, basis=J8),
    m(VOLG, 0.2, "%", TC3, None, basis=J8 + ", yoy"),
    m(VOL, 7.116e10, "parcels", YD3, None, basis=J8),
    m(VOLG, 17.3, "%", YD3, None, basis=J8 + ", yoy"),
    m(VOL, 1.87e9, "parcels", GJ3, None, basis=J8),
    m(VOLG, 56.3, "%", GJ3, None, basis=J8 + ", yoy"),
    m("postal_revenue|revenue|business_revenue", 9.7085e11, "CNY", PO, None,
      basis=J8 + ", 邮政行业业务收入 (excl. 邮政储蓄银行直接营业收入)"),
    m("postal_revenue_growth|revenue_growth", 10.4, "%", PO, None, basis=J8 + ", yoy"),
    m("volume_share|share|parcel_volume_share", 75.8, "%", EA3, None, basis=J8 + ", share of express volume"),
    m("volume_share|share|parcel_volume_share", 16.4, "%", CE3, None, basis=J8 + ", share of express volume"),
    m("volume_share|share|parcel_volume_share", 7.8, "%", WE3, None, basis=J8 + ", share of express volume"),
    m("revenue_share|share", 76.4, "%", EA3, None, basis=J8 + ", share of express revenue"),
    m("revenue_share|share", 14.0, "%", CE3, None, basis=J8 + ", share of express revenue"),
    m("revenue_share|share", 9.6, "%", WE3, None, basis=J8 + ", share of express revenue"),
    m(VOL, 1.359e10, "parcels", PO, None, basis="August (8月份), 寄递业务量"),
    m(VOLG, 14.8, "%", PO, None, basis="August, yoy"),
    m("postal_revenue|revenue|business_revenue", 1.2262e11, "CNY", PO, None, basis="August, 邮政行业业务收入"),
    m("postal_revenue_growth|revenue_growth", 10.0, "%", PO, None, basis="August, yoy"),
], [])


# zh04: 东莞证券's weekly ETF report (ETF 基金周报, 20260112-20260116) as a yanbaoke.com research-report page (the
# markdown "#" heads, the week and date line kept; the headline reworded around "沪深300ETF资金净流出超千亿"; the page's
# "来源:[研报客](…)" line and the analyst's SAC / fund-qualification numbers, telephone and e-mail left out, the name
# "分析师:李荣" and the data-source line kept; "$0.87\%$" kept as printed (LaTeX markup); the stored text breaks off at
# "资金净流入的债券型ETF基金挂钩指数前三分别是上证投资级转债" (cut mid-sentence, no figure), so the passage ends with the
# sentence before it).
# Key (period None, the week in basis): ETF net outflow 1571.98亿元, stock ETFs 1416.43亿元, size-based (规模型) ETFs
# 2126.17亿元, ETFs tracking the CSI 300 1033.81亿元 (all negative: 净流出); convertible-bond ETFs' average weekly rise
# 0.87%.
# Optional: the headline's "净流出超千亿" (a bound, twin of 1033.81亿元; rng=(None, -1e11)); "相当于2025年全年的净流出量"
# (FY2025 twin of 2126.17亿元); credit-bond ETFs' "净流出超百亿" (a bound, rng=(None, -1e10)).
# Judgement calls: net outflows are negative flows (news47 / news28); "其中规模型…2126.17亿元" exceeds the stock-ETF total it
# is printed under — kept and labelled as printed on the 规模型 group; "各类型ETF基金均录得周度平均正收益" carries no figure.
WK4 = "week 2026-01-12..2026-01-16 (20260112-20260116)"
NF4 = "net_flow|net_inflow|fund_flow|net_outflow|net_subscription"
HS4 = "沪深300ETF|沪深300指数ETF|挂钩沪深300指数的ETF基金|CSI 300 ETFs|CSI 300"
G["zh04"] = ([
    m(NF4, None, "CNY", HS4, None, rng=(None, -1e11), opt=True, basis="headline: 净流出超千亿 (bound, twin of 1033.81亿元)"),
    m(NF4, -1.57198e11, "CNY", "ETF基金|ETF|ETFs|ETF market", None, basis=WK4 + ", 资金净流出"),
    m(NF4, -1.41643e11, "CNY", "股票型ETF基金|股票型ETF|stock ETFs|equity ETFs", None, basis=WK4 + ", 净流出"),
    m(NF4, -2.12617e11, "CNY", "规模型ETF基金|规模型ETF|size-based ETFs|broad-based ETFs", None,
      basis=WK4 + ", 净流出 (printed as part of the stock-ETF total)"),
    m(NF4, -2.12617e11, "CNY", "规模型ETF基金|规模型ETF|size-based ETFs|broad-based ETFs", "FY2025", opt=True,
      basis="相当于2025年全年的净流出量 (full-year twin)"),
    m(NF4, -1.03381e11, "CNY", HS4, None, basis=WK4 + ", 大幅净流出"),
    m("average_weekly_return|weekly_return|return|price_change", 0.87, "%", "转债类ETF基金|转债ETF|convertible-bond ETFs",
      None, basis=WK4 + ", 周度平均上涨"),
    m(NF4, None, "CNY", "信用债ETF基金|信用债ETF|credit-bond ETFs", None, rng=(None, -1e10), opt=True,
      basis=WK4 + ", 净流出超百亿 (bound)"),
], [])


# zh05: 新浪财经's round-up of ten A-share rural commercial banks' first-quarter reports, as a reportify.cn news digest
# (headline reworded around "降超7%" and "仅1.23%"; the source/time line "新浪财经·2025-05-23 08:34" kept; the page's
# "Workflow" tab left out; the " - " bullets, section labels and "[n]" markers kept in their order; whole stored item).
# Key (2025Q1): 10 banks with profit growth; 常熟银行 profit growth 13.81%; 8 banks with revenue growth and 2 with a
# fall (沪农商行 -7.41%, 紫金银行 -4.82%); attributable profit 渝农商行 37.45亿, 沪农商行 35.64亿, 常熟银行 10.84亿元; 4 banks
# with profit growth above 6%; total assets 渝农商行 1.61万亿元 (growth 6.3%), 沪农商行 1.54万亿元 and the gap 704亿元, 青农商行
# 5115.75亿元, 常熟银行 3890.15亿元, 江阴银行 2070.58亿元; 7 banks with NPL ratios below 1%; NPL ratios 常熟银行 0.76%, 青农商行
# 1.77% and its substandard loans +25.66%; provision coverage 常熟银行 489.56%, 紫金银行 202.52%, 瑞丰银行 326.08% (+5.21 pp);
# NIM 紫金银行 1.23% against the industry average 1.52%, 江阴银行 1.51% (-0.25 pp), 张家港行 1.43% (-0.19 pp).
# Optional: the headline's "降超7%" (bound, twin of -7.41%) and "仅1.23%" (twin), the headline's "10家" (twin), the
# "超30亿元" and "超6%" thresholds (bounds), the "低于1%" threshold, 青农商行's rank 第三.
# Judgement calls: "一季度" under the printed 2025 dateline is 2025Q1 for flows and quarter-end balances alike; the counts
# of banks are key "banks" rows on the group (news57 zh01's sector counts); "37.45亿、35.64亿" printed without 元 beside
# 亿元 amounts are CNY; "增速6.3%" has no comparison base printed (basis says so); "差距扩大至704亿元" is the asset gap
# (no prior printed); the pp changes carry no derived prior.
RCB = "A股上市农商行|农商行|rural commercial banks|A-share rural commercial banks|A-share listed rural banks"
CS5 = "常熟银行|常熟农商银行|Changshu Rural Commercial Bank|Changshu Bank"
HN5 = "沪农商行|上海农商银行|上海农村商业银行|Shanghai Rural Commercial Bank"
ZJ5 = "紫金银行|紫金农商银行|Zijin Rural Commercial Bank|Zijin Bank"
YN5 = "渝农商行|重庆农商行|重庆农村商业银行|Chongqing Rural Commercial Bank|CQRCB"
QN5 = "青农商行|青岛农商银行|Qingdao Rural Commercial Bank"
RF5 = "瑞丰银行|瑞丰农商银行|Ruifeng Rural Commercial Bank|Ruifeng Bank"
JY5 = "江阴银行|江阴农商银行|Jiangyin Rural Commercial Bank|Jiangyin Bank"
ZG5 = "张家港行|张家港农商银行|Zhangjiagang Rural Commercial Bank"
Q5 = "2025Q1"
NPG5 = "net_profit_growth|net_profit_attributable_growth"
NP5 = "net_profit|net_profit_attributable"
TA5 = "total_assets|assets"
NPL5 = "npl_ratio|non_performing_loan_ratio|bad_loan_ratio"
PCR5 = "provision_coverage_ratio|provision_coverage"
NIM5 = "nim|net_interest_margin"
G["zh05"] = ([
    m("revenue_growth|operating_revenue_growth", None, "%", HN5, Q5, rng=(None, -7), opt=True,
      basis="headline: 营收降超7% (bound, twin of -7.41%)"),
    m(NIM5, 1.23, "%", ZJ5, Q5, opt=True, basis="headline twin: 净息差仅1.23%"),
    m("banks|count", 10, "banks", RCB, Q5, opt=True, basis="headline: 10家A股农商行 (twin)"),
    m("banks|count|banks_with_profit_growth", 10, "banks", RCB, Q5, basis="all 10 with positive net-profit growth"),
    m(NPG5, 13.81, "%", CS5, Q5, basis="yoy, 领跑 (highest)"),
    m("banks|count|banks_with_revenue_growth", 8, "banks", RCB, Q5, basis="营收同比增长"),
    m("banks|count|banks_with_revenue_decline", 2, "banks", RCB, Q5, basis="营收负增长"),
    m("revenue_growth|operating_revenue_growth", -7.41, "%", HN5, Q5, basis="yoy, 负增长"),
    m("revenue_growth|operating_revenue_growth", -4.82, "%", ZJ5, Q5, basis="yoy, 负增长"),
    m(NP5, None, "CNY", YN5 + "|" + HN5, Q5, rng=(3e9, None), opt=True, basis="归母净利润超30亿元 (bound)"),
    m(NP5, 3.745e9, "CNY", YN5, Q5, basis="归母净利润 37.45亿"),
    m(NP5, 3.564e9, "CNY", HN5, Q5, basis="归母净利润 35.64亿"),
    m(NP5, 1.084e9, "CNY", CS5, Q5, basis="归母净利润"),
    m("banks|count", 4, "banks", RCB, Q5, basis="净利润增速超6% (青农商行、瑞丰银行等)"),
    m(NPG5, None, "%", QN5 + "|" + RF5, Q5, rng=(6, None), opt=True, basis="增速超6% (bound)"),
    m(TA5, 1.61e12, "CNY", YN5, Q5, basis="总资产, 居首"),
    m("total_assets_growth|asset_growth", 6.3, "%", YN5, Q5, basis="增速 (comparison base not printed)"),
    m(TA5, 1.54e12, "CNY", HN5, Q5, basis="总资产"),
    m("asset_gap|total_assets_gap|gap", 7.04e10, "CNY", HN5 + "|" + YN5, Q5, basis="差距扩大至 (vs 渝农商行)"),
    m(TA5, 5.11575e11, "CNY", QN5, Q5, basis="总资产, 第三"),
    m("rank|market_rank", 3, "rank", QN5, Q5, opt=True, basis="排名第三 by total assets"),
    m(TA5, 3.89015e11, "CNY", CS5, Q5, basis="总资产"),
    m(TA5, 2.07058e11, "CNY", JY5, Q5, basis="资产规模最小"),
    m("banks|count", 7, "banks", RCB, Q5, basis="不良率低于1%"),
    m(NPL5, None, "%", RCB, Q5, rng=(None, 1), opt=True, basis="threshold: 不良率低于1%"),
    m(NPL5, 0.76, "%", CS5, Q5, basis="最优"),
    m(NPL5, 1.77, "%", QN5, Q5, basis="最高"),
    m("substandard_loans_growth|substandard_loan_growth|loan_growth", 25.66, "%", QN5, Q5, basis="次级类贷款金额增长"),
    m(PCR5, 489.56, "%", CS5, Q5, basis="居首"),
    m(PCR5, 202.52, "%", ZJ5, Q5, basis="最低"),
    m(PCR5, 326.08, "%", RF5, Q5, basis="提升…至"),
    m("provision_coverage_ratio_change|provision_coverage_change|change", 5.21, "pp", RF5, Q5, basis="提升"),
    m(NIM5, 1.23, "%", ZJ5, Q5, basis="低于行业均值"),
    m(NIM5, 1.52, "%", "行业均值|行业|industry average|rural commercial banks|农商行", Q5, basis="行业均值"),
    m(NIM5, 1.51, "%", JY5, Q5, basis="下降…至"),
    m("nim_change|net_interest_margin_change|change", -0.25, "pp", JY5, Q5, basis="下降"),
    m(NIM5, 1.43, "%", ZG5, Q5, basis="下降…至"),
    m("nim_change|net_interest_margin_change|change", -0.19, "pp", ZG5, Q5, basis="下降"),
], [])


# zh06: 财中社's item on 江苏新能's acquisition of 40% of 大唐滨海 and the target's profit commitments, on
# finance.eastmoney.com (headline reworded; dateline "财中社11月18日电" run into the name as printed; the closing
# "(文章来源:财中社)" kept; whole stored item).
# Key: stake 40.00% bought from 国信集团 for 7.5亿元; the stake's full equity value 18.75亿元 (valuation at 2020-12-31);
# new registered capital and shares 6775万元, registered capital after the change 6.86亿元; profit commitments for the
# three years of at least 2.75亿元 / 2.44亿元 / 2.61亿元 (key lower bounds, as news49 zh05) and the actual 3.99亿元 /
# 2.88亿元 / 2.87亿元 with achievement rates 144.99% / 117.89% / 109.98%; cumulative achievement 124.79% at end-2023;
# 2024Q1-Q3 revenue 15.58亿元 and attributable net profit 4.24亿元.
# Optional: the headline's "40%" and the second printing of "40.00%" (twins).
# Judgement calls: the three commitment years are not named ("未来三年"; the 2023年末 cumulative suggests 2021-2023 but
# the text does not say so) -> period None with year 1/2/3 in basis; the valuation takes the printed base date
# 2020-12-31; "至2023年末" -> 2023-12-31; the target's figures are rows on 大唐滨海 with the buyer as alias only where
# the text ties them (commitments and results on 大唐滨海, registered capital on 江苏新能).
XN = "江苏新能|Jiangsu New Energy|603693"
DT = "大唐滨海|Datang Binhai|大唐国信滨海"
GX = "国信集团|Guoxin Group|Jiangsu Guoxin"
CMT = "committed_net_profit|profit_commitment|net_profit"
G["zh06"] = ([
    m("stake|equity_stake", 40, "%", DT + "|" + XN, None, opt=True, basis="headline twin (40%股权)"),
    m("stake|equity_stake", 40.00, "%", DT + "|" + XN, None, basis="股权 bought from 国信集团 (issue of shares)"),
    m("stake|equity_stake", 40.00, "%", DT + "|" + XN, None, opt=True, basis="second printing (已合法持有)"),
    m("deal_value|transaction_price|consideration|price", 7.5e8, "CNY", DT + "|" + XN + "|" + GX, None,
      basis="交易价格 for the 40% stake"),
    m("valuation|equity_value|appraised_value", 1.875e9, "CNY", DT, "2020-12-31",
      basis="全部权益价值, valuation as at 2020年12月31日"),
    m("registered_capital_increase|new_registered_capital|share_capital_increase", 6.775e7, "CNY", XN, None,
      basis="新增注册资本及股本合计"),
    m("registered_capital|share_capital", 6.86e8, "CNY", XN, None, basis="变更后的累计注册资本"),
    m(CMT, None, "CNY", DT + "|" + GX, None, rng=(2.75e8, None), basis="year 1 of 未来三年, 不低于2.75亿元 (国信集团承诺)"),
    m(CMT, None, "CNY", DT + "|" + GX, None, rng=(2.44e8, None), basis="year 2, 不低于2.44亿元"),
    m(CMT, None, "CNY", DT + "|" + GX, None, rng=(2.61e8, None), basis="year 3, 不低于2.61亿元"),
    m("net_profit|actual_net_profit", 3.99e8, "CNY", DT, None, basis="year 1 actual (实际业绩)"),
    m("net_profit|actual_net_profit", 2.88e8, "CNY", DT, None, basis="year 2 actual"),
    m("net_profit|actual_net_profit", 2.87e8, "CNY", DT, None, basis="year 3 actual"),
    m("achievement_rate|commitment_fulfilment_rate|completion_rate", 144.99, "%", DT, None, basis="year 1 实现率"),
    m("achievement_rate|commitment_fulfilment_rate|completion_rate", 117.89, "%", DT, None, basis="year 2 实现率"),
    m("achievement_rate|commitment_fulfilment_rate|completion_rate", 109.98, "%", DT, None, basis="year 3 实现率"),
    m("achievement_rate|commitment_fulfilment_rate|completion_rate", 124.79, "%", DT, "2023-12-31",
      basis="cumulative, 至2023年末 累计实现业绩承诺金额的比例"),
    m("revenue|operating_revenue", 1.558e9, "CNY", XN, "2024Q1-Q3", basis="前三季度 收入"),
    m("net_profit|net_profit_attributable", 4.24e8, "CNY", XN, "2024Q1-Q3", basis="前三季度 归母净利润"),
], [])
