# news74/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (once, at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news73 and news72 read whole; news20 zh01 for a quarterly-report table, news25 zh04 for a table whose cell
# boundaries were lost in the stored text, news68 zh06 for a buyback plan, news69 zh02 for monthly financial data, news72
# zh03 and news20 zh02 for a broker note with revised forecasts and the valuation multiple behind a target, news35 zh04 for
# a money-market daily, news25 zh03 / news53 zh02 for the statistics bureau's industrial-output release). Values fully
# scaled (48.9亿元 -> 4.89e9, 2800亿 -> 2.8e11, 1.16万亿元 -> 1.16e12, 1912.78万股 -> 19127800 shares, 2,604,051,484.66元
# -> 2604051484.66); declines negative (下降, 下滑, 回落, 下行, 减少, a printed minus, 少增 / 多减 as changes against the year
# before); 个百分点 / pct -> pp; bp -> bp; 倍 as a valuation multiple -> "x"; 同比 -> yoy and 环比 -> mom in basis; ranges
# (1.5-400吨, 不低于…不超过…) -> rng=(low, high) with value None, a price cap (不超过X元/股) -> rng=(None, X); "在X以内" of a
# fall -> rng=(-X, None), optional; 约 / 附近 dropped (约3bp -> 3); "由A回落至B" / "B(A年为X)" -> value B with prior A plus an
# optional row for A; a figure printed twice is one key row and an optional twin; a broker's target lives in the rating
# action with an optional target_price row.
# Currencies: 元 / 亿元 / 万亿元 / 亿 in these mainland stories = CNY (人民币 printed in zh06); no other currency occurs.
# Periods only where the text states or clearly implies the year: zh01 FY2025-FY2027 for the forecasts (printed 2025-2027年 /
# 2025E), 2025-08-12 for the printed share price, "2025-01..07" for the excavator sales (printed 2025年1-7月), FY2024 and
# FY2022 / FY2023 for the printed earlier years; zh02 "2025-01..02" (the title prints 2025年1—2月份) and 2025-02 for the
# month-on-month change of 2月份; zh03 2020Q3 (本报告期 of the printed 2020年第三季度报告), "2020Q1-Q3" (年初至报告期末) and
# 2020-09-30 (本报告期末) for the balance-sheet lines, their priors being 上年度末; zh04 None (the daily prints its report date
# 2025年8月29日 but reviews "当日" / "今日" without saying which session, so no date is attached to the market figures);
# zh05 None (4月 / 3月 with no year printed; month in basis); zh06 None (a plan; the item's 2024-07-05 date line dates the
# article, not a measured period).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a reportify.cn tag page (tags/concept, 工程机械景气度延续) whose first item is a digest of 东方证券's note on 中联重科
# (000157) of 2025-08-13; the note's title kept, reworded, on the first line, and the source line "东方证券· 2025-08-13 10:16"
# kept (it names the broker); the section heads, " - " bullets, "**…**" bold marks and "[n]" markers kept, one paragraph per
# section; the tag-page heads "工程机械景气度延续" and "搜索文档" left out as page furniture. Cut: the page then lists the same
# note a second time ("中联重科(000157):跟踪报告:…", 东方证券· 2025-08-13 09:56) and breaks off inside its forecast bullet
# ("…对应同比增长38.9%/14.1%/14.6%[3"); the passage ends before that second listing (its 000157, 2025-08-13 09:56, 9.12元,
# 16倍, 48.9/55.8/63.9亿元, 38.9% and the growth rates 14.1% / 14.6% are dropped with it).
# Kind asked for: a broker's note on an auto-parts or machinery company (revenue and attributable-profit forecasts, EPS,
# PE, target, rating): a construction-machinery maker with all of them.
# Rating action: 东方证券 maintains 买入 (= buy; prior buy, 维持), target 9.12元 (CNY); no earlier target printed.
# Key: the target's 16x 2025 PE; price 7.49元 on 2025-08-12; excavator sales Jan-Jul 2025 +17.8% (domestic +22.3%, exports
# +13%); attributable-profit forecasts 48.9 / 55.8 / 63.9亿元 (FY2025-FY2027) with the earlier 50.6 / 59.5亿元 as priors
# (FY2025 / FY2026); EPS 0.57 / 0.64 / 0.74元; 2025E revenue 507.6亿元 (+11.6%), gross margin 28.9% (+0.7 pp), net margin
# 9.6% (+1.9 pp), attributable-profit growth 38.9%, ROE 8.4% (prior 6.3%, the printed 2023 level); 2025E PE 13.3x against
# peers 三一重工 20.8x and 恒立液压 36.7x; aerial-work machinery revenue 25亿元 in 2024 (prior 15亿元, the printed 2022 level).
# Optional: the target as a target_price row; the upside 21.8%; the earlier forecasts 50.6 / 59.5亿元 as rows of their own;
# the 2023 ROE 6.3% and the 2022 aerial-machinery revenue 15亿元 as rows of their own; the earth-moving range 1.5-400吨.
# Judgement calls: the earlier forecasts are priors (前值, a revision) and the earlier-year levels printed in brackets beside
# a figure ("ROE提升至8.4%(2023年为6.3%)", "2024年达到25亿元(2022年为15亿元)") are priors too, each with an optional row of
# its own; the excavator figures are industry data (entity the excavator market, not the company); ranks ("份额位列行业前
# 三", "市占率居首") and the unquantified 2024 margin rise give no rows; the peers' PE are key (news72 zh03's peer PB).
ZL = "中联重科|000157|Zoomlion|中联重科股份有限公司"
DF = "东方证券|Orient Securities"
EXC = "挖机|挖掘机|excavators|工程机械|construction machinery|China excavator market"
J7 = "2025-01..07"
NPF1 = "net_profit_forecast|net_profit_attributable|net_profit"
G["zh01"] = ([
    m("target_price|price_target", 9.12, "CNY", ZL, None, opt=True, basis="目标价 (also in the rating action)"),
    m("target_pe|pe_ratio|pe|valuation_multiple", 16, "x", ZL, "FY2025", basis="valuation behind the target: 2025年16倍PE"),
    m("share_price|price|close", 7.49, "CNY", ZL, "2025-08-12", basis="现价 on 2025年8月12日"),
    m("upside|target_upside|potential_upside", 21.8, "%", ZL, None, opt=True, basis="潜在涨幅 to the target"),
    m("excavator_sales_growth|sales_volume_growth|sales_growth", 17.8, "%", EXC, J7, basis="industry excavator sales, yoy"),
    m("excavator_sales_growth|sales_volume_growth|sales_growth", 22.3, "%", "挖机内销|domestic excavator sales|" + EXC, J7,
      basis="内销, yoy (+22.3%)"),
    m("excavator_export_growth|export_growth|sales_growth", 13, "%", "挖机出口|excavator exports|" + EXC, J7,
      basis="出口, yoy (+13%)"),
    m(NPF1, 48.9e8, "CNY", ZL, "FY2025", prior=50.6e8, basis="归母净利润 forecast; prior = 前值 50.6亿元"),
    m(NPF1, 55.8e8, "CNY", ZL, "FY2026", prior=59.5e8, basis="归母净利润 forecast; prior = 前值 59.5亿元"),
    m(NPF1, 63.9e8, "CNY", ZL, "FY2027", basis="归母净利润 forecast (no earlier value printed)"),
    m(NPF1, 50.6e8, "CNY", ZL, "FY2025", opt=True, basis="earlier forecast (前值), the prior"),
    m(NPF1, 59.5e8, "CNY", ZL, "FY2026", opt=True, basis="earlier forecast (前值), the prior"),
    m("eps_forecast|eps|earnings_per_share", 0.57, "CNY", ZL, "FY2025", basis="forecast"),
    m("eps_forecast|eps|earnings_per_share", 0.64, "CNY", ZL, "FY2026", basis="forecast"),
    m("eps_forecast|eps|earnings_per_share", 0.74, "CNY", ZL, "FY2027", basis="forecast"),
    m("revenue_forecast|revenue", 507.6e8, "CNY", ZL, "FY2025", basis="2025E 营收"),
    m("revenue_growth_forecast|revenue_growth", 11.6, "%", ZL, "FY2025", basis="2025E, +11.6%"),
    m("gross_margin_forecast|gross_margin", 28.9, "%", ZL, "FY2025", basis="2025E"),
    m("gross_margin_change", 0.7, "pp", ZL, "FY2025", basis="同比+0.7pct"),
    m("net_margin_forecast|net_margin", 9.6, "%", ZL, "FY2025", basis="2025E"),
    m("net_margin_change", 1.9, "pp", ZL, "FY2025", basis="同比+1.9pct"),
    m("net_profit_growth_forecast|net_profit_attributable_growth|net_profit_growth", 38.9, "%", ZL, "FY2025",
      basis="2025年归母净利润同比增速"),
    m("roe_forecast|roe", 8.4, "%", ZL, "FY2025", prior=6.3, basis="ROE升至8.4%; prior = 2023年为6.3%"),
    m("roe", 6.3, "%", ZL, "FY2023", opt=True, basis="2023年 level (the prior)"),
    m("pe_ratio|pe|p/e", 13.3, "x", ZL, "FY2025", basis="2025E 市盈率"),
    m("pe_ratio|pe|p/e|peer_pe", 20.8, "x", "三一重工|Sany Heavy|Sany", "FY2025", basis="comparable, 2025E"),
    m("pe_ratio|pe|p/e|peer_pe", 36.7, "x", "恒立液压|Hengli Hydraulic|Hengli", "FY2025", basis="comparable, 2025E"),
    m("product_range|tonnage_range", None, "tonnes", "土方机械|earth-moving machinery|" + ZL, None, rng=(1.5, 400),
      opt=True, basis="全型谱覆盖 1.5-400吨"),
    m("segment_revenue|revenue", 25e8, "CNY", "高空机械|高空作业机械|aerial work platforms|" + ZL, "FY2024", prior=15e8,
      basis="2024年达到25亿元; prior = 2022年为15亿元"),
    m("segment_revenue|revenue", 15e8, "CNY", "高空机械|高空作业机械|aerial work platforms|" + ZL, "FY2022", opt=True,
      basis="2022年 level (the prior)"),
], [
    ra(DF, ZL, "maintain", "buy", "buy", 9.12, None, "CNY"),
])


# zh02: the statistics bureau's release on industrial value added for January-February 2025 as posted on dljxlhw.cn
# (html/50728-85731); its title kept, reworded, on the first line; the line "编辑:2025-03-21 10:21:29" (the site's edit
# stamp) and the stray "<span times=… style=…>" markup lines between the paragraphs left out as page furniture (no figure of
# the release in them). Cut: the stored text breaks off in the markup after the industry paragraph; the passage ends with
# that paragraph.
# Kind asked for: the statistics bureau's GDP or industrial value-added data (yoy, mom, cumulative, industries, 前值, 预期):
# yoy, mom, the cumulative January-February figure, three sectors, four ownership types and sixteen industries are printed;
# no previous-month figure (前值) and no consensus (预期) are printed (the stored items that print them were Traditional-
# converted mirrors or earlier stories, see batch_a.md).
# Period "2025-01..02" (the title prints 2025年1—2月份); the month-on-month change is February's (2025-02).
# Key: value added +5.9% (real, yoy), February +0.51% mom; mining +4.3%, manufacturing +6.9%, utilities +1.1%; state-
# controlled +3.7%, joint-stock +6.6%, foreign-invested +3.2%, private +6.7%; sixteen industries from coal mining +5.4% to
# power and heat +0.8% (non-metallic mineral products -2.1%).
# Optional: the title's 5.9% (twin); the breadth counts 41 industries / 36 growing (news25 zh03's breadth measures).
# Judgement calls: each sector, ownership type and industry is an entity of its own with China as alias; "增长" rows are
# yoy (the paragraph opens with 同比); the growth rates are real (扣除价格因素) - noted in basis.
P2, F2 = "2025-01..02", "2025-02"
CN2 = "中国|全国|China|规模以上工业|全国规模以上工业|China industry"
IVA2 = "industrial_production_growth|industrial_value_added_growth|iva_growth|value_added_growth"


def s2(ent, v, basis="yoy, real"):
    return m(IVA2, v, "%", ent + "|" + CN2, P2, basis=basis)


G["zh02"] = ([
    m(IVA2, 5.9, "%", CN2, P2, opt=True, basis="title (twin)"),
    m(IVA2, 5.9, "%", CN2, P2, basis="yoy, real (扣除价格因素), cumulative 1—2月份"),
    m("industrial_production_mom|industrial_value_added_growth_mom|industrial_production_growth", 0.51, "%", CN2, F2,
      basis="mom, 2月份 vs 上月"),
    s2("采矿业|mining", 4.3),
    s2("制造业|manufacturing", 6.9),
    s2("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", 1.1),
    s2("国有控股企业|state-controlled enterprises|SOEs", 3.7),
    s2("股份制企业|joint-stock enterprises", 6.6),
    s2("外商及港澳台投资企业|foreign-invested enterprises", 3.2),
    s2("私营企业|private enterprises", 6.7),
    m("industries|count", 41, "industries", CN2, P2, opt=True, basis="大类行业 total"),
    m("industries|count", 36, "industries", CN2, P2, opt=True, basis="industries with yoy growth (breadth)"),
    s2("煤炭开采和洗选业|coal mining and washing", 5.4),
    s2("石油和天然气开采业|oil and gas extraction", 0.9),
    s2("农副食品加工业|agricultural and sideline food processing", 8.3),
    s2("酒、饮料和精制茶制造业|liquor, beverages and refined tea", 3.9),
    s2("纺织业|textiles", 7.0),
    s2("化学原料和化学制品制造业|chemical raw materials and products", 9.5),
    s2("非金属矿物制品业|non-metallic mineral products", -2.1, "yoy, real, 下降"),
    s2("黑色金属冶炼和压延加工业|ferrous metal smelting and rolling", 5.7),
    s2("有色金属冶炼和压延加工业|non-ferrous metal smelting and rolling", 6.6),
    s2("通用设备制造业|general-purpose equipment", 9.5),
    s2("专用设备制造业|special-purpose equipment", 3.8),
    s2("汽车制造业|automobile manufacturing|autos", 12.0),
    s2("铁路、船舶、航空航天和其他运输设备制造业|railway, ship, aerospace and other transport equipment", 20.8),
    s2("电气机械和器材制造业|electrical machinery and equipment", 12.0),
    s2("计算机、通信和其他电子设备制造业|computers, communication and other electronic equipment", 10.6),
    s2("电力、热力生产和供应业|power and heat production and supply", 0.8),
], [])


# zh03: 青青稞酒 (青海互助青稞酒股份有限公司)'s 2020 third-quarter report as printed on Sina Finance's bulletin page
# (vCB_AllBulletinDetail, stockid=002646, id=6687247): the title line and "公告日期:2020-10-29" kept as printed (a document's
# name and its date), the company name, report title and "2020年10月" kept as printed, the two boilerplate paragraphs
# reworded, the section heads and table row labels kept as printed (a document's headings and line items). The stored text
# prints the table with its cell boundaries lost ("2,604,051,484.662,807,039,883.12-7.23%"); it is restored as a "|" table,
# the split fixed by the two-decimal amounts, the four-decimal EPS and the "%" cells (news25 zh04), with an empty first
# header cell where the stored header row has no label. Left out as page furniture: the dead quote widget above the title
# ("读取中,请稍候 00-00 00:00:00 --.-- 0.00 (0.000%) 昨收盘:0.000…52周最低:0.000"; its zeros, 00 and 52 dropped with it) and
# the "下载公告" button. Cut: the stored text breaks off in the next section ("非经常性损益项目和金额 √ 适用 □ 不适用 单位:元
# 项目年初至报告期期末金额说明 非"); the passage ends with the first table (no figure lost).
# Kind asked for: a liquor, appliance or food company's half-year or third-quarter report (revenue, attributable profit,
# recurring profit, gross margin, operating cash flow, yoy); a baijiu maker's third-quarter report with all but the gross
# margin, which its key-figures table does not print.
# Periods: 2020Q3 (本报告期), "2020Q1-Q3" (年初至报告期末), 2020-09-30 (本报告期末; prior = 上年度末).
# Key: the whole table (news20 zh01): total assets and attributable equity at the period end with the year-end figures as
# priors and their changes; revenue, attributable profit, recurring (扣非) profit, operating cash flow, basic and diluted EPS
# and weighted ROE for the quarter and the nine months, each with its yoy change.
# Judgement calls: losses are negative values, their printed negative changes (-675.51%, -1,207.63% …) kept as printed; the
# ROE change column is printed "%" but is a change of a ratio -> "pp" (news20 zh01); diluted EPS equals basic EPS and is
# labelled as its own rows (two printed facts); the filing date gives no row.
QK = "青青稞酒|青海互助青稞酒股份有限公司|互助青稞酒|Qinghai Huzhu Barley Wine"
Q3, YTD3, E3 = "2020Q3", "2020Q1-Q3", "2020-09-30"
NP3 = "net_profit_attributable|net_profit"
NPG3 = "net_profit_attributable_growth|net_profit_growth"
KF3 = "net_profit_attributable_excl_nonrecurring|deducted_net_profit|recurring_net_profit|net_profit_excl_nonrecurring"
KFG3 = "net_profit_attributable_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth"
G["zh03"] = ([
    m("total_assets|assets", 2604051484.66, "CNY", QK, E3, prior=2807039883.12, basis="本报告期末; prior = 上年度末"),
    m("total_assets_growth|total_assets_change", -7.23, "%", QK, E3, basis="vs 上年度末"),
    m("equity|shareholders_equity|net_assets", 2295042421.28, "CNY", QK, E3, prior=2372242814.32,
      basis="归属于上市公司股东的净资产; prior = 上年度末"),
    m("equity_growth|shareholders_equity_growth|net_assets_growth", -3.25, "%", QK, E3, basis="vs 上年度末"),
    m("revenue|operating_revenue", 192330759.67, "CNY", QK, Q3, basis="营业收入, 本报告期"),
    m("revenue_growth|operating_revenue_growth", -32.45, "%", QK, Q3, basis="yoy"),
    m("revenue|operating_revenue", 546276017.74, "CNY", QK, YTD3, basis="营业收入, 年初至报告期末"),
    m("revenue_growth|operating_revenue_growth", -33.89, "%", QK, YTD3, basis="yoy"),
    m(NP3, -29246150.45, "CNY", QK, Q3, basis="归属于上市公司股东的净利润 (loss)"),
    m(NPG3, -675.51, "%", QK, Q3, basis="yoy, as printed"),
    m(NP3, -64312561.12, "CNY", QK, YTD3, basis="归母净利润 (loss)"),
    m(NPG3, -333.60, "%", QK, YTD3, basis="yoy, as printed"),
    m(KF3, -29507377.39, "CNY", QK, Q3, basis="扣除非经常性损益的归母净利润 (loss)"),
    m(KFG3, -1207.63, "%", QK, Q3, basis="yoy, printed -1,207.63%"),
    m(KF3, -70630743.50, "CNY", QK, YTD3, basis="扣非 (loss)"),
    m(KFG3, -562.59, "%", QK, YTD3, basis="yoy"),
    m("operating_cash_flow|net_operating_cash_flow", 25511722.40, "CNY", QK, Q3,
      basis="经营活动产生的现金流量净额"),
    m("operating_cash_flow_growth|net_operating_cash_flow_growth", 585.11, "%", QK, Q3, basis="yoy"),
    m("operating_cash_flow|net_operating_cash_flow", -118019687.30, "CNY", QK, YTD3, basis="net outflow"),
    m("operating_cash_flow_growth|net_operating_cash_flow_growth", -13.00, "%", QK, YTD3, basis="yoy"),
    m("eps|basic_eps|earnings_per_share", -0.0650, "CNY", QK, Q3, basis="基本每股收益 (元/股)"),
    m("eps_growth|basic_eps_growth", -675.22, "%", QK, Q3, basis="yoy"),
    m("eps|basic_eps|earnings_per_share", -0.1429, "CNY", QK, YTD3, basis="基本每股收益"),
    m("eps_growth|basic_eps_growth", -333.50, "%", QK, YTD3, basis="yoy"),
    m("diluted_eps|eps", -0.0650, "CNY", QK, Q3, basis="稀释每股收益 (same as basic)"),
    m("diluted_eps_growth|eps_growth", -675.22, "%", QK, Q3, basis="yoy, diluted"),
    m("diluted_eps|eps", -0.1429, "CNY", QK, YTD3, basis="稀释每股收益"),
    m("diluted_eps_growth|eps_growth", -333.50, "%", QK, YTD3, basis="yoy, diluted"),
    m("roe|weighted_roe", -1.27, "%", QK, Q3, basis="加权平均净资产收益率"),
    m("roe_change", -1.49, "pp", QK, Q3, basis="yoy, printed '-1.49%' in the 增减 column"),
    m("roe|weighted_roe", -2.76, "%", QK, YTD3, basis="加权平均净资产收益率"),
    m("roe_change", -3.92, "pp", QK, YTD3, basis="yoy, printed '-3.92%' in the 增减 column"),
], [])


# zh04: a reportify.cn tag page (tags/concept, 股债跷板效应) whose first item is the digest of 建信期货's bond daily
# (国债日报) of 2025-08-29; the report title "建信期货国债日报-20250829" and the source line "建信期货· 2025-08-29 10:23" kept as
# printed (a document's name and its source line), the digest's section names, " - " bullets, "[n]" markers and spaced
# figures ("2025 年 8 月 29 日", "2 - 3 月", "1.31%附近") kept, the sentences reworded; the tag-page heads "股债跷板效应" and
# "搜索文档" left out as page furniture. Cut: the stored text breaks off inside the second news bullet ("商务部与有关部门共");
# the passage ends with the first news bullet (no figure lost).
# Kind asked for: a bond-market daily (government-bond yields, bond futures, bp moves, liquidity, DR007, reverse-repo
# amounts): yields with the bp move, the open-market operation, the overnight and 7-day interbank rates and the CD rate
# are printed; the futures only as "全线收跌" without figures (no row); the 7-day rate is given as "银存间…7 天" (the
# depository-institution 7-day repo rate, i.e. DR007) and labelled with DR007 as alias.
# Period None: the report is dated 2025年8月29日 but reviews "当日" and "今日" without saying which session.
# Key: 10-year active bond (250011) yield 1.761%, -0.25 bp; reverse repos maturing 2530亿元, the operation 4161亿元, net
# injection 1631亿元; overnight (银存间隔夜加权) 1.31%; 7-day 1.54% after +3 bp; 1-year AAA CD 1.6%.
# Optional: "回落幅度大多处在 1bp 以内" -> a fall of at most 1 bp, rng=(-1, None) bp, for the interbank rate bonds.
# Judgement calls: "约3bp" -> 3 (约 dropped); "1.31%附近" -> 1.31 (附近 like 约); 回落至1.6% gives the level only (no size of the
# move printed); the bond code 250011 and the report date give no rows; the outlook paragraph's months (6 月下旬, 7 月,
# 2 - 3 月) are dates, not metrics.
PB4 = "央行|中国人民银行|PBOC|People's Bank of China"
T10 = "10年国债活跃券|250011|10年期国债|10年国债|China 10-year government bond|CGB 10Y"
G["zh04"] = ([
    m("bond_yield|yield|10y_yield|government_bond_yield", 1.761, "%", T10, None, basis="收益率报 1.761%"),
    m("bond_yield_change|yield_change", -0.25, "bp", T10, None, basis="下行 0.25bp"),
    m("bond_yield_change|yield_change", None, "bp", "银行间利率现券|interbank rate bonds|利率债", None, rng=(-1, None),
      opt=True, basis="各主要期限 回落幅度大多处在 1bp 以内 (a fall of at most 1 bp)"),
    m("reverse_repo_maturing|maturing_reverse_repos|maturities", 2530e8, "CNY", PB4, None, basis="今日到期的逆回购"),
    m("reverse_repo_operation|reverse_repo|omo_injection", 4161e8, "CNY", PB4, None, basis="央行开展逆回购操作"),
    m("net_injection|net_liquidity_injection|omo_net_injection", 1631e8, "CNY", PB4, None, basis="全口径净投放"),
    m("interbank_rate|repo_rate|overnight_rate|dr001", 1.31, "%", "银存间隔夜|DR001|银存间隔夜加权|overnight repo", None,
      basis="银存间隔夜加权, 1.31%附近 (approx.)"),
    m("interbank_rate|repo_rate|7d_repo_rate|dr007", 1.54, "%", "银存间7天|DR007|7天|7-day repo", None,
      basis="7 天 抬升…至 1.54%"),
    m("interbank_rate_change|repo_rate_change|rate_change", 3, "bp", "银存间7天|DR007|7天|7-day repo", None,
      basis="抬升约 3bp (约 dropped)"),
    m("cd_rate|ncd_yield|certificate_of_deposit_rate", 1.6, "%", "1年AAA存单|1 年 AAA 存单|AAA NCD 1Y|同业存单", None,
      basis="回落至 1.6% (level only)"),
], [])


# zh05: feheadline.com's item (news/10393304) with a broker's "核心观点" on April's financial data (M1, new loans by
# sector, total social financing by component, each against the Bloomberg consensus); the head "核心观点" kept and "具体分项数据分析
# 如下" reworded, each as a line of its own, the numbered sections "1)" "2)" "3)" and the chart references
# "(图表6)" / "(图表4)" kept. Cut: the stored text breaks off inside "此外,4月企业债余额环比上升2,340亿元,同比多增633亿元,
# 显示信用债利"; the passage ends before that sentence (its 4, 2,340 and 633 dropped with it).
# Kind asked for: the central bank's financial data (M2, M1, TSF increment, new RMB loans, yoy, 前值, 预期): M1, new loans
# and TSF with their consensus (彭博一致预期) and the March figures (前值) are printed; M2 is not in the stored text (the
# item's M2 section, if any, lies past the break; the stored items with M2 and a numeric consensus were Traditional-
# converted mirrors or earlier sets' months, see batch_a.md).
# Period None: "4月" / "3月" with no year printed (month in basis).
# Key: M1 yoy 1.5% (prior 1.6%, 3月), consensus 3.2%, M1 mom 0% (prior 0.4%); replacement bonds issued so far 1.6万亿元; PPI
# yoy -2.7%; new loans 2800亿 (consensus 7,000亿元, -4500亿元 yoy); loan-balance growth 7.2% (prior 7.4%); household short /
# medium-long loans -4,019 / -1,231亿元 mom and -501 / +435亿元 yoy; corporate short / medium-long -4,800 / +2,500亿元 mom and
# -700 / -1,600亿元 yoy; bill financing +8,341亿元 mom, -40亿元 yoy; other loans -1121亿元 yoy; new TSF 1.16万亿元
# (consensus 1.4万亿元, +1.22万亿元 yoy); non-standard assets -2,873亿元 mom, +1,386亿元 yoy; off-balance bills +1,697亿元
# yoy; government bonds 9,762亿元 net (+1.07万亿元 yoy), lifting TSF growth by about 0.3 pp.
# Optional: the second printing of M1 1.5% (the section's lead repeats it), the March figures 1.6% (printed twice), 0.4%
# and 7.4% as rows of their own.
# Judgement calls: the consensus figures are key rows (the kind's 预期; news73 zh08's "遜預期X" consensus row) although
# earlier sets kept "市场预期" figures optional when incidental; "同比少增X" / "同比多减X" are negative changes on the year
# before, "同比多增X" / "同比少减X" positive (news69 zh02); "余额环比下降" of household loans is a negative monthly change of
# the balance; "降幅再度扩大至2.7%" -> PPI yoy -2.7 (no earlier level printed); "约0.3个百分点" -> 0.3 pp.
CN5 = "中国|China|央行|PBOC|人民银行|金融机构"
A5 = "April (4月)"
NL5 = "new_rmb_loans|new_loans|rmb_loans"
TSF5 = "social_financing|tsf_increment|aggregate_financing|new_tsf"
HH5 = "住户|居民|households"
CO5 = "企业|企(事)业单位|corporates"
G["zh05"] = ([
    m("m1_growth|money_supply_growth|m1", 1.5, "%", CN5, None, prior=1.6, basis="yoy, " + A5 + "; prior = 3月"),
    m("m1_growth|money_supply_growth|m1", 1.5, "%", CN5, None, opt=True, basis="second printing (twin)"),
    m("m1_growth|money_supply_growth|m1", 1.6, "%", CN5, None, opt=True, basis="3月 (the prior), first printing"),
    m("m1_growth|money_supply_growth|m1", 1.6, "%", CN5, None, opt=True, basis="3月 (the prior), second printing"),
    m("m1_growth_consensus|consensus|m1_growth_forecast", 3.2, "%", CN5, None, basis="彭博一致预期, " + A5),
    m("m1_growth_mom|m1_mom|m1_growth", 0, "%", CN5, None, prior=0.4, basis="月环比(非年化), " + A5 + "; prior = 3月"),
    m("m1_growth_mom|m1_mom|m1_growth", 0.4, "%", CN5, None, opt=True, basis="3月 mom (the prior)"),
    m("bond_issuance|replacement_bond_issuance|local_government_bond_issuance", 1.6e12, "CNY",
      "地方置换债|local government replacement bonds|" + CN5, None, basis="今年以来累计发行 (year to date)"),
    m("ppi_yoy|ppi|price_change", -2.7, "%", "PPI|工业生产者出厂价格指数|producer price index|China PPI", None,
      basis="yoy, " + A5 + ", 降幅…扩大至2.7%"),
    m(NL5, 2800e8, "CNY", CN5, None, basis="新增人民币贷款, " + A5),
    m(NL5 + "|new_loans_consensus|consensus", 7000e8, "CNY", CN5, None, basis="彭博一致预期"),
    m("new_rmb_loans_change|new_loans_change|loan_change", -4500e8, "CNY", CN5, None, basis="yoy, 同比少增"),
    m("loan_growth|rmb_loan_growth|loan_balance_growth", 7.2, "%", CN5, None, prior=7.4,
      basis="人民币贷款余额同比增速, " + A5 + "; prior = 3月"),
    m("loan_growth|rmb_loan_growth|loan_balance_growth", 7.4, "%", CN5, None, opt=True, basis="3月 (the prior)"),
    m("household_short_term_loans|new_loans|loan_change", -4019e8, "CNY", HH5, None, basis="余额环比下降 (mom)"),
    m("household_medium_long_term_loans|new_loans|loan_change", -1231e8, "CNY", HH5, None, basis="余额环比下降 (mom)"),
    m("household_short_term_loans_change|loan_change", -501e8, "CNY", HH5, None, basis="yoy, 多减"),
    m("household_medium_long_term_loans_change|loan_change", 435e8, "CNY", HH5, None, basis="yoy, 同比多增"),
    m("corporate_short_term_loans|new_loans|loan_change", -4800e8, "CNY", CO5, None, basis="mom, 较上月减少"),
    m("corporate_medium_long_term_loans|new_loans|loan_change", 2500e8, "CNY", CO5, None, basis="mom, 环比增加"),
    m("corporate_short_term_loans_change|loan_change", -700e8, "CNY", CO5, None, basis="yoy, 同比少增"),
    m("corporate_medium_long_term_loans_change|loan_change", -1600e8, "CNY", CO5, None, basis="yoy, 同比少增"),
    m("bill_financing|new_loans|loan_change", 8341e8, "CNY", "票据融资|bill financing|" + CN5, None, basis="mom, 环比大增"),
    m("bill_financing_change|loan_change", -40e8, "CNY", "票据融资|bill financing|" + CN5, None, basis="yoy, 同比小幅少增"),
    m("other_loans_change|loan_change", -1121e8, "CNY", "其他贷款|other loans|" + CN5, None,
      basis="yoy, 同比少增 (loans other than to households, corporates and non-bank financials)"),
    m(TSF5, 1.16e12, "CNY", CN5, None, basis="新增社融, " + A5),
    m(TSF5 + "|tsf_consensus|consensus", 1.4e12, "CNY", CN5, None, basis="彭博一致预期"),
    m("social_financing_change|tsf_increment_change|tsf_change", 1.22e12, "CNY", CN5, None, basis="yoy, 同比多增"),
    m("non_standard_financing|tsf_component|shadow_financing", -2873e8, "CNY", "非标资产|non-standard assets|" + CN5, None,
      basis="trust + entrusted loans + undiscounted bankers' acceptances, mom (较上月减少)"),
    m("non_standard_financing_change|tsf_component_change", 1386e8, "CNY", "非标资产|non-standard assets|" + CN5, None,
      basis="yoy, 同比少减"),
    m("undiscounted_bankers_acceptances_change|tsf_component_change", 1697e8, "CNY",
      "表外票据|off-balance-sheet bills|undiscounted bankers' acceptances|" + CN5, None, basis="yoy, 同比少减"),
    m("government_bond_financing|net_bond_financing|tsf_component", 9762e8, "CNY", "政府债|government bonds|" + CN5, None,
      basis="净发行, " + A5),
    m("government_bond_financing_change|tsf_component_change", 1.07e12, "CNY", "政府债|government bonds|" + CN5, None,
      basis="yoy, 同比多增"),
    m("tsf_growth_contribution|contribution|social_financing_stock_growth_change", 0.3, "pp",
      "政府债|government bonds|" + CN5, None, basis="提升4月社融增速约0.3个百分点 (约 dropped)"),
], [])


# zh06: 中国证券报·中证网's item on 海亮股份's share buyback plan as relayed on a sohu-hosted page (125.65.46.38,
# down1SWHzRvE); the title kept, reworded, on the first line; the date line "2024-07-05 20:55:56" kept. Left out as page
# furniture: the relay's source line "来源: 香港文汇网", an injected spam line ("内蒙古呼和浩特市新划定4个高风险区和1个中风险区
# 国产四虎,", its 4 and 1 dropped with it), and the closing lines ("文章来源:中国证券报·中证网", "文章作者:李香才", "原标题:海亮
# 股份:拟1.5亿元至2.5亿元回购" with its repeated 1.5 / 2.5, "发布于:", the sohu disclaimer and "Copyright © 2023 Sohu All
# Rights Reserved 搜狐公司 版权所有" with its 2023). Whole item otherwise.
# Kind asked for: a listed company's buyback or private-placement notice (amount range, price cap, shares, share of
# capital, proceeds): a buyback plan with all but proceeds (a buyback raises none).
# Key (news68 zh06): amount 不低于1.5亿元…不超过2.5亿元 -> rng (1.5e8, 2.5e8) CNY; price cap 13.07元/股 -> rng (None, 13.07);
# 约1912.78万股 / 约0.9572% at the upper bound, 约1147.67万股 / 约0.5743% at the lower bound.
# Optional: the headline's 1.5亿元至2.5亿元 (twin range); the bounds and the price restated in the estimates (2.5亿元, 1.5亿元,
# 13.07元 twice).
# Judgement calls: 约 dropped; the share counts and percentages are separate key rows, each with its own bound; period None
# (a plan; the date line dates the article); the four-decimal percentages kept as printed (0.9572, 0.5743).
HL6 = "海亮股份|海亮|Hailiang"
G["zh06"] = ([
    m("buyback_amount|buyback_size", None, "CNY", HL6, None, rng=(1.5e8, 2.5e8), opt=True, basis="headline: 1.5亿元至2.5亿元 (twin)"),
    m("buyback_amount|buyback_size", None, "CNY", HL6, None, rng=(1.5e8, 2.5e8), basis="回购资金总额 不低于…不超过"),
    m("buyback_price_cap|buyback_price", None, "CNY", HL6, None, rng=(None, 13.07), basis="per share, 不超过13.07元/股"),
    m("buyback_amount|buyback_size", 2.5e8, "CNY", HL6, None, opt=True, basis="上限, restated in the estimate"),
    m("buyback_price_cap|buyback_price", 13.07, "CNY", HL6, None, opt=True, basis="price used in the estimate (upper bound)"),
    m("buyback_shares|shares_to_repurchase", 1912.78e4, "shares", HL6, None, basis="at the 2.5亿元 upper bound, 约1912.78万股"),
    m("buyback_pct_of_shares|share_of_total_shares", 0.9572, "%", HL6, None, basis="at the upper bound, 约占已发行总股本"),
    m("buyback_amount|buyback_size", 1.5e8, "CNY", HL6, None, opt=True, basis="下限, restated in the estimate"),
    m("buyback_price_cap|buyback_price", 13.07, "CNY", HL6, None, opt=True, basis="price used in the estimate (lower bound)"),
    m("buyback_shares|shares_to_repurchase", 1147.67e4, "shares", HL6, None, basis="at the 1.5亿元 lower bound, 约1147.67万股"),
    m("buyback_pct_of_shares|share_of_total_shares", 0.5743, "%", HL6, None, basis="at the lower bound, 约占已发行总股本"),
], [])
