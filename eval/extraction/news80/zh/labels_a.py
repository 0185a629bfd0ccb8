# Hand labels for news80/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese): a broker note on 无锡银行's
# first-quarter 2023 results on a 九方智投 stock page (9fzt.com), a report of the statistics bureau's 2022 first-half
# industrial and fixed-asset-investment figures from the State Council Information Office press conference
# (tingshufang.com), 证券时报's weekly review of new-fund issuance (reposted on yuhaojiang.com), a 网易号 digest of
# 五粮液's 2024 dividend implementation notice (m.163.com), 人民日报海外版's report of a monthly LPR fixing with a 25-basis-
# point cut (reposted on w54.net), and 界面新闻's item on 中国国航's June 2024 operating data (reposted on czt.cc), each
# rewritten sentence by sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except the m() and ra() functions of
# build_labels.py (at the end, to check that the labels load); no extractor, newsflow, pytest, .venv or
# eval/extraction/news_text.py was run, no extractor output was seen, and no plugin, test, docs page or gold.jsonl was
# opened. No labels, sources, notes or texts of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news79 zh README and labels_a.py / labels_b.py read whole), with these precedents per kind: news77 zh01,
# news72 zh01, news32 zh01 and news25 zh01 for a bank's results with asset quality (NIM levels in %, their changes in bp
# as printed ("下降20BP" -> -20 bp), NPL / coverage / capital-ratio changes "较年初…个百分点" as pp rows, "与年初持平" ->
# the level as prior, a restated figure an optional twin); news25 zh03, news68 zh02 and news75 zh02 for the statistics
# bureau's industrial output and fixed-asset investment (sub-sectors and investment fields as entities, "比上月加快X个
# 百分点" a signed pp row, "由负转正" with the printed earlier month as prior, ownership-type splits optional as in the
# corpus README, 万平方米 -> square metres); news41 zh04 and news45 zh04 for weekly and half-year new-fund issuance
# (fund counts in "funds", per-type counts, totals and averages key, 近X / 不足X shares optional); news28 zh01, news52
# zh02, news72 zh01 and news76 zh01 for a dividend (每10股派X元 labelled as printed with "per 10 shares" in basis, the total
# key); news15 zh04 for the monthly LPR fixing (tenors as metric names lpr_1y / lpr_5y, the fixing's date in basis)
# with news10 zh09 and news11 zh13 for rate moves in bp (减息 -> -25 bp); news68 zh05 and news59 zh02 for an airline's
# monthly operating data (capacity, RPK and load factor on the airline, routes as entity aliases, load-factor changes in
# pp, mom rows with "mom" in basis, fleet total key and ownership split optional).
# Values fully scaled (12.4 亿元 -> 1.24e9, 2265 亿元 -> 2.265e11, 54 亿 -> 5.4e9, 34410亿元 -> 3.441e12, 271430亿元 ->
# 2.7143e13, 68923万平方米 -> 6.8923e8 square metres, 276.04亿元 -> 2.7604e10, 123.01亿元 -> 1.2301e10); declines negative
# (下降, 回落, 减少, 下滑, 降, 下调, a printed "-"); 个百分点 -> pp; BP / 基点 -> bp; 近X -> X; 不足X -> rng=(None, X);
# "与…持平" gives the level itself as prior; dates, stock codes, list numbers (1、2、3、), ranks and tenor words (7天期,
# 1个月, 1年 as holding-period thresholds) give no rows.
# Currencies: 元 / 亿元 / bare 亿 in these mainland stories = CNY (zh01's "54 亿" and "20 亿" included).
# Periods only where the text states or clearly implies the year: zh01 2023Q1 (1Q23, 2023 年4 月27 日) and 2023-03-31 for
# balances and ratios (截至2023 年3 月末), FY2022 only in basis (the comparison year), 2022-12 for the 2022 year-end
# placement; zh02 2022H1 (2022年上半年 printed), 2022Q2, 2022-04, 2022-05, 2022-06 and 2022-01..05 (1-5月 of the same
# release); zh03 None (7月21日至27日, no year printed; the week in basis); zh04 FY2024 (2024年度 printed; the 2025 dates
# give no rows); zh05 None (10月21日, 今年2月 / 7月: no year printed; the month in basis); zh06 2024-06 (6月 beside
# "2024年6月" printed) and 2024-06-30 for the fleet (截至2024年6月底).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a broker note on 无锡银行's first-quarter 2023 results on a 九方智投 stock page (9fzt.com detail/sh_600908_10_
# 736249085248): no headline in the stored text and none composed; the three numbered section heads kept, reworded, the
# third run together with the first sentence of its paragraph as printed ("…核心一级资本充足率小幅上升资产质量保持优异。");
# the stray spaces inside the figures and dates as printed ("2023 年4 月27 日", "12.4 亿元", "0.7 个百分点", "22 年末",
# "54 亿", "1.88 个百分点", "-0.5 个百分点"), "YoY+3.65%" / "YoY+23.18%", the slash lists "7.1%/4.4%/6.4%" and "+0.12/+0.1/
# -0.5" and "BP" kept. Cut: the stored text breaks off at "投资建议:无" (the head of the next section), so the passage ends
# with the capital paragraph (no figure dropped). The analyst's "根据我们测算" stays in the first person as printed.
# Kind asked for: an A-share bank's quarterly or annual results (营业收入, 归母净利润, 不良贷款率, 拨备覆盖率, 净息差, 同比): all
# printed, with ROE, the balance-sheet growth, the yield and cost split of the margin and the three capital ratios.
# Key (2023Q1): revenue 12.4 亿元 (+3.65%) and its growth +0.7 pp against 2022; attributable net profit 5.5 亿元 (+23.18%)
# and its growth -3.5 pp; annualised ROE 12.40% (-0.28 pp yoy); corporate loans +54 亿, retail loans -3 亿; NIM 1.61%
# (-20 bp against FY2022), earning-asset yield 3.81% (-13 bp), cost of interest-bearing liabilities 2.39%. Key
# (2023-03-31): total assets 2265 亿元 and its qoq growth 7.1%, loans +4.4% and deposits +6.4% qoq; NPL ratio 0.78% (-3 bp
# against the start of the year); special-mention ratio 0.31% (和年初持平 -> prior 0.31); provision coverage 554.62%
# (+1.88 pp); loan provision ratio 4.34% (-12 bp); CET1 11.09% (+0.12 pp), tier 1 12.40% (+0.1 pp), CAR 14.25% (-0.5 pp).
# Optional: the second section's restated 12.4 亿元, 3.7% (the rounded 3.65%), 5.5 亿元 and 23.2% (the rounded 23.18%); the
# restated ROE 12.40%, NPL ratio 0.78% and coverage 554.62%; the 20 亿 placement completed at the end of 2022 (background
# to the ROE dilution); the cost of liabilities' "大体持平" as a zero change.
# Judgement calls: 1Q23 is 2023Q1 and its ratios are dated 2023-03-31 (截至2023 年3 月末); the first paragraph's figures are
# the key rows and the sections' repeats optional twins (news77 zh01, news32 zh01); "YoY+3.65%" is the revenue's yoy
# growth; "增速比2022 年提高0.7 个百分点" is a pp change of the growth rate (no 2022 rate printed -> no prior); the margin is
# the broker's own estimate (测算, in basis); "较2022 年全年下降20BP" -> -20 bp without a prior (the 2022 margin is not
# printed); "较年初下降3BP" -> -3 bp on the NPL ratio; "和2022 年大体持平" gives no prior (an approximate level) and only an
# optional zero change; the slash list maps in order (总资产/贷款/存款 -> 7.1%/4.4%/6.4%; 核心一级/一级/资本充足率 ->
# +0.12/+0.1/-0.5); "零售贷款小幅减少3 亿" is a negative change; 20 亿定增 is CNY (bare 亿).
WX1 = ("无锡银行|无锡农村商业银行|无锡农村商业银行股份有限公司|无锡农商行|Wuxi Rural Commercial Bank|Bank of Wuxi|"
       "Wuxi Bank|600908")
Q1, E1 = "2023Q1", "2023-03-31"
YS1 = ", vs the start of the year (较年初)"
REV1 = "revenue|operating_revenue|operating_income"
REVG1 = "revenue_growth|operating_revenue_growth"
NP1 = "net_profit_attributable|net_profit|net_income"
NPG1 = "net_profit_attributable_growth|net_profit_growth|net_income_growth"
NPL1 = "npl_ratio|non_performing_loan_ratio"
COV1 = "provision_coverage_ratio|provision_coverage"
G["zh01"] = ([
    m(REV1, 12.4e8, "CNY", WX1, Q1, basis="营业收入, 1Q23 (printed '12.4 亿元')"),
    m(REVG1, 3.65, "%", WX1, Q1, basis="yoy (printed 'YoY+3.65%')"),
    m(NP1, 5.5e8, "CNY", WX1, Q1, basis="归母净利润 (attributable)"),
    m(NPG1, 23.18, "%", WX1, Q1, basis="yoy (printed 'YoY+23.18%')"),
    m("roe|return_on_equity", 12.40, "%", WX1, Q1, basis="年化加权平均ROE (annualised, weighted average)"),
    m("total_assets|assets", 2265e8, "CNY", WX1, E1, basis="资产规模, 截至2023 年3 月末"),
    m(NPL1, 0.78, "%", WX1, E1, basis="不良贷款率"),
    m(COV1, 554.62, "%", WX1, E1, basis="拨备覆盖率"),
    m(REV1, 12.4e8, "CNY", WX1, Q1, opt=True, basis="restated in the first section (营收, twin)"),
    m(REVG1, 3.7, "%", WX1, Q1, opt=True, basis="yoy, restated rounded (twin of 3.65%)"),
    m("revenue_growth_change|growth_change", 0.7, "pp", WX1, Q1,
      basis="增速比2022 年提高 (growth rate vs FY2022; the 2022 rate is not printed)"),
    m(NP1, 5.5e8, "CNY", WX1, Q1, opt=True, basis="restated (twin)"),
    m(NPG1, 23.2, "%", WX1, Q1, opt=True, basis="yoy, restated rounded (twin of 23.18%)"),
    m("net_profit_growth_change|net_profit_attributable_growth_change|growth_change", -3.5, "pp", WX1, Q1,
      basis="增速比2022年回落 (vs FY2022)"),
    m("roe|return_on_equity", 12.40, "%", WX1, Q1, opt=True, basis="restated (twin)"),
    m("roe_change|rate_change", -0.28, "pp", WX1, Q1, basis="比上年同期下降 (yoy)"),
    m("private_placement|equity_raised|placement_size", 20e8, "CNY", WX1, "2022-12", opt=True,
      basis="22 年末完成20 亿定增 to replenish core tier-1 capital (background)"),
    m("total_assets_growth|asset_growth|growth", 7.1, "%", WX1, E1, basis="季环比 (qoq), 总资产 (slash list, first)"),
    m("loan_growth|loans_growth|growth", 4.4, "%", WX1, E1, basis="季环比 (qoq), 贷款 (second)"),
    m("deposit_growth|deposits_growth|growth", 6.4, "%", WX1, E1, basis="季环比 (qoq), 存款 (third)"),
    m("loan_change|new_loans|loans_change", 54e8, "CNY", "对公贷款|corporate loans|" + WX1, Q1,
      basis="对公贷款增加54 亿 in the quarter"),
    m("loan_change|new_loans|loans_change", -3e8, "CNY", "零售贷款|retail loans|" + WX1, Q1,
      basis="零售贷款小幅减少3 亿 (negative)"),
    m("net_interest_margin|nim", 1.61, "%", WX1, Q1, basis="净息差, broker's estimate (据我们测算)"),
    m("net_interest_margin_change|nim_change", -20, "bp", WX1, Q1, basis="vs FY2022 (较2022 年全年下降20BP)"),
    m("earning_asset_yield|asset_yield|yield_on_interest_earning_assets", 3.81, "%", WX1, Q1,
      basis="生息资产平均收益率, estimate"),
    m("earning_asset_yield_change|asset_yield_change", -13, "bp", WX1, Q1, basis="vs FY2022, 下降13BP"),
    m("cost_of_liabilities|funding_cost|cost_of_interest_bearing_liabilities", 2.39, "%", WX1, Q1,
      basis="计息负债成本率, estimate; 和2022 年大体持平 (approximate -> no prior)"),
    m("cost_of_liabilities_change|funding_cost_change", 0, "bp", WX1, Q1, opt=True, basis="大体持平 vs FY2022 (zero change)"),
    m(NPL1, 0.78, "%", WX1, E1, opt=True, basis="restated in the asset-quality section (twin)"),
    m("npl_ratio_change|non_performing_loan_ratio_change", -3, "bp", WX1, E1, basis="下降3BP" + YS1),
    m("special_mention_ratio|special_mention_loan_ratio", 0.31, "%", WX1, E1, prior=0.31,
      basis="关注贷款率; 和年初持平 (prior = level)"),
    m(COV1, 554.62, "%", WX1, E1, opt=True, basis="restated (twin)"),
    m("provision_coverage_ratio_change|provision_coverage_change", 1.88, "pp", WX1, E1, basis="再提升" + YS1),
    m("loan_provision_ratio|provision_to_loan_ratio|allowance_to_loan_ratio", 4.34, "%", WX1, E1, basis="拨贷比"),
    m("loan_provision_ratio_change|provision_to_loan_ratio_change", -12, "bp", WX1, E1, basis="下降12BP" + YS1),
    m("cet1_ratio|core_tier1_capital_ratio", 11.09, "%", WX1, E1, basis="核心一级资本充足率 (依次, first)"),
    m("cet1_ratio_change|core_tier1_capital_ratio_change|rate_change", 0.12, "pp", WX1, E1, basis="+0.12" + YS1),
    m("tier1_capital_ratio|tier_1_ratio", 12.40, "%", WX1, E1, basis="一级资本充足率 (second)"),
    m("tier1_capital_ratio_change|tier_1_ratio_change|rate_change", 0.1, "pp", WX1, E1, basis="+0.1" + YS1),
    m("capital_adequacy_ratio|car|total_capital_ratio", 14.25, "%", WX1, E1, basis="资本充足率 (third)"),
    m("capital_adequacy_ratio_change|car_change|rate_change", -0.5, "pp", WX1, E1, basis="-0.5" + YS1),
], [])


# zh02: a report on the State Council Information Office press conference of 7月15日 on the economy in the first half of
# 2022 (tingshufang.com wangluodongtai/20366): the headline kept, reworded ("上半年全国规上工业增加值同比增长3.4%,商品房
# 销售额下降28.9%" -> "全国规上工业增加值上半年同比增长3.4% 商品房销售额降28.9%"); the spokesman 付凌晖's figures are reported
# speech in the stored text and stay so. Cut: the stored text breaks off inside the high-tech sub-industry sentence
# ("高技术制造业中,电子及通信设备制造业、医疗仪器设备及仪器仪表制造业投资分别增长28.8%、28.0%;高技术服务业中,科技成果
# 转化服务业、研"), so the passage ends with the sentence before it (its 28.8% and 28.0% dropped).
# Kind asked for: the statistics bureau's monthly industrial value added and fixed-asset investment (当月, 1-X月累计, 同比,
# 上月, 分行业): the half-year (1-6月) figures with the second quarter, April, May and June (当月, with the change against
# May and the month-on-month rate), the three industrial sectors, high-tech manufacturing and products, the June PMI, the
# January-May profits, and investment by field and sector with the property sales.
# Key (2022H1): industrial value added +3.4%; mining +9.5%, manufacturing +2.8%, utilities +3.9%; high-tech manufacturing
# +9.6% and its lead of 6.2 pp over all industry; output of new-energy vehicles +111.2%, solar cells +31.8%, mobile base-
# station equipment +19.8%; fixed-asset investment 271430亿元 (+6.1%); infrastructure +7.1%, manufacturing investment
# +10.4%, real-estate development -5.4%; commodity-housing sales area 68923万平方米 (-22.2%) and value 66072亿元 (-28.9%);
# primary +4.0%, secondary +10.9%, tertiary +4.0%; private investment +3.5%; high-tech industries +20.2%, high-tech
# manufacturing +23.8%, high-tech services +12.6%. Key (months and quarter): 2022Q2 +0.7%; 2022-04 -2.9%; 2022-05 +0.7%
# (由负转正 -> prior -2.9); 2022-06 +3.9% (prior 0.7) and +3.2 pp, mom +0.84%; June PMI 50.2% (+0.6 pp) and the business-
# expectations index 55.2% (+1.3 pp). Key (2022-01..05): industrial profits 34410亿元 (+1.0%).
# Optional: the headline's 3.4% and -28.9% (twins); the ownership split (state-controlled +2.7%, shareholding +4.8%, foreign
# and HK/Macao/Taiwan -2.1%, private +4.0%: the corpus README's secondary detail of a macro release).
# Judgement calls: 上半年 is 2022H1 (2022年上半年 printed in the same paragraph); "比上年同期增长" is the yoy growth; sectors,
# fields and products are entities of their own with 全国 / China as alias; "快于全部规模以上工业6.2个百分点" is a growth
# differential (pp, key, as news79 zh12's relative performance); "比上月加快3.2个百分点" is a pp change with May's printed
# 0.7% as prior of June's 3.9%; "增速由负转正,为增长0.7%" takes April's printed -2.9% as prior; PMI readings in "%" with
# pp changes (corpus); 68923万平方米 -> square metres; 7月15日 gives no row.
CN2 = "全国|中国|China"
IPE2 = "全国规模以上工业|规模以上工业|规上工业|industry|" + CN2
IP2 = "industrial_production_growth|industrial_value_added_growth"
IPC2 = "industrial_production_growth_change|industrial_value_added_growth_change"
FAI2 = "fixed_asset_investment|fai"
FAIG2 = "fixed_asset_investment_growth|fai_growth|investment_growth"
OUT2 = "output_growth|production_growth"
H2 = "2022H1"


def ip2(ent, v, per=H2, basis="yoy", opt=False, prior=None):
    return m(IP2, v, "%", ent + "|" + CN2, per, prior=prior, opt=opt, basis=basis)


def fi2(ent, v, basis="yoy", opt=False):
    return m(FAIG2, v, "%", ent + "|" + CN2, H2, opt=opt, basis=basis + ", 上半年")


G["zh02"] = ([
    m(IP2, 3.4, "%", IPE2, H2, opt=True, basis="headline twin (上半年同比增长)"),
    m("property_sales_growth|sales_value_growth|commodity_housing_sales_growth", -28.9, "%",
      "商品房销售额|commodity housing sales|" + CN2, H2, opt=True, basis="headline twin (降28.9%)"),
    m(IP2, 3.4, "%", IPE2, H2, basis="yoy (比上年同期增长), 上半年"),
    ip2("采矿业|mining", 9.5),
    ip2("制造业|manufacturing", 2.8),
    ip2("电力、热力、燃气及水生产和供应业|utilities", 3.9),
    ip2("高技术制造业|high-tech manufacturing", 9.6),
    m("growth_differential|growth_gap|relative_growth", 6.2, "pp", "高技术制造业|high-tech manufacturing|" + CN2, H2,
      basis="快于全部规模以上工业 (lead over all industry)"),
    ip2("国有控股企业|state-controlled enterprises", 2.7, opt=True, basis="yoy, ownership split"),
    ip2("股份制企业|shareholding enterprises", 4.8, opt=True, basis="yoy, ownership split"),
    ip2("外商及港澳台商投资企业|foreign-funded enterprises", -2.1, opt=True, basis="yoy, ownership split, 下降"),
    ip2("私营企业|private enterprises", 4.0, opt=True, basis="yoy, ownership split"),
    m(OUT2, 111.2, "%", "新能源汽车|new-energy vehicles|NEV|" + CN2, H2, basis="产量 yoy (依次, first)"),
    m(OUT2, 31.8, "%", "太阳能电池|solar cells|" + CN2, H2, basis="产量 yoy (second)"),
    m(OUT2, 19.8, "%", "移动通信基站设备|mobile communication base-station equipment|" + CN2, H2, basis="产量 yoy (third)"),
    m(IP2, 0.7, "%", IPE2, "2022Q2", basis="yoy, 二季度"),
    m(IP2, -2.9, "%", IPE2, "2022-04", basis="yoy, 4月份, 下降"),
    m(IP2, 0.7, "%", IPE2, "2022-05", prior=-2.9, basis="yoy, 5月份, 由负转正 (prior = April's printed -2.9%)"),
    m(IP2, 3.9, "%", IPE2, "2022-06", prior=0.7, basis="yoy, 6月份 (prior = May's printed 0.7%)"),
    m(IPC2, 3.2, "pp", IPE2, "2022-06", basis="较上月加快 (vs May)"),
    m("industrial_production_mom|" + IP2, 0.84, "%", IPE2, "2022-06", basis="环比 (mom)"),
    m("pmi|manufacturing_pmi", 50.2, "%", "制造业采购经理指数|制造业PMI|manufacturing PMI|PMI|" + CN2, "2022-06",
      basis="6月份"),
    m("pmi_change", 0.6, "pp", "制造业采购经理指数|制造业PMI|manufacturing PMI|PMI|" + CN2, "2022-06", basis="较上月上升"),
    m("expectations_index|business_expectations_index|pmi_subindex", 55.2, "%",
      "企业生产经营活动预期指数|business expectations index|" + CN2, "2022-06", basis="6月份"),
    m("expectations_index_change|pmi_subindex_change", 1.3, "pp",
      "企业生产经营活动预期指数|business expectations index|" + CN2, "2022-06", basis="上升 (vs May)"),
    m("total_profit|industrial_profits|profit", 34410e8, "CNY", "全国规模以上工业企业|规模以上工业企业|industrial enterprises|"
      + CN2, "2022-01..05", basis="利润总额, 1-5月"),
    m("total_profit_growth|industrial_profits_growth|profit_growth", 1.0, "%",
      "全国规模以上工业企业|规模以上工业企业|industrial enterprises|" + CN2, "2022-01..05", basis="yoy, 1-5月"),
    m(FAI2, 271430e8, "CNY", "全国固定资产投资|固定资产投资|" + CN2, H2, basis="不含农户 (excluding rural households), 上半年"),
    fi2("全国固定资产投资|固定资产投资", 6.1),
    fi2("基础设施投资|基建投资|infrastructure investment", 7.1),
    fi2("制造业投资|manufacturing investment", 10.4),
    fi2("房地产开发投资|real estate development investment|property investment", -5.4, basis="yoy, 下降"),
    m("property_sales_area|floor_area_sold|commodity_housing_sales_area", 68923e4, "square metres",
      "商品房销售面积|commodity housing|" + CN2, H2, basis="全国商品房销售面积 68923万平方米"),
    m("property_sales_area_growth|floor_area_sold_growth", -22.2, "%", "商品房销售面积|commodity housing|" + CN2, H2,
      basis="yoy, 下降"),
    m("property_sales|sales_value|commodity_housing_sales", 66072e8, "CNY", "商品房销售额|commodity housing sales|" + CN2,
      H2, basis="商品房销售额"),
    m("property_sales_growth|sales_value_growth|commodity_housing_sales_growth", -28.9, "%",
      "商品房销售额|commodity housing sales|" + CN2, H2, basis="yoy, 下降"),
    fi2("第一产业|primary industry", 4.0),
    fi2("第二产业|secondary industry", 10.9),
    fi2("第三产业|tertiary industry", 4.0),
    fi2("民间投资|民间固定资产投资|private investment", 3.5),
    fi2("高技术产业投资|高技术产业|high-tech industries", 20.2),
    fi2("高技术制造业投资|高技术制造业|high-tech manufacturing", 23.8, basis="yoy (依次, first)"),
    fi2("高技术服务业投资|高技术服务业|high-tech services", 12.6, basis="yoy (second)"),
], [])


# zh03: 证券时报's weekly review of new-fund issuance (reposted on yuhaojiang.com redian/1159510): no headline in the stored
# text and none composed; the byline "证券时报记者 王明弘" left out. The remarks of "业内人士" and "市场人士" are reported
# speech in the stored text and stay so. Cut: the stored text breaks off at "此外,国泰上证科创板创" (a fund name cut in
# the middle), so the passage ends with the sentence before it (no figure dropped).
# Kind asked for: new funds' or ETFs' size and flows (发行份额, 募集规模, 净申购, 份额变动): the week's new funds with their
# total and average issuance, the split by type (counts, totals, shares, averages), the passive-index count and two named
# funds' raisings; the sizes are printed in 亿元 (发行规模), not in 亿份, and no subscription or redemption flow is printed.
# Key (the week of 7月21日至27日, no year printed -> period None): 35 new funds, 276.04亿元 in total, 7.89亿元 on average;
# equity funds' 60.44% of the issuance; equity funds 23 / 166.85亿元 / 7.25亿元 average; bond funds 7 / 77.03亿元 / 27.91% /
# 11亿元 average; mixed funds 3 / 27.26亿元 / 9.09亿元 average; 20 passive index funds; 华宝沪深300自由现金流联接A 26.97亿元
# and 天弘富时中国A股自由现金流聚焦指数A 13.64亿元.
# Optional: the mixed funds' "占比不足一成" (rng (None, 10) %) and the passive funds' "占比近六成" (60 %, 近X -> X).
# Judgement calls: fund counts take the unit "funds" (news41 zh04); 发行规模 / 募资 in 亿元 are CNY amounts (the fundraising
# metric with CNY, not units); "占比" of a type is its share of the week's issuance; "分别募得" maps in order; the index
# names (沪深300, 中证500, 上证科创板, 恒生科技, 国证自由现金流 …) and "Wind" give no rows; the type counts (23 + 7 + 3) need not
# add up to 35 and are labelled as printed.
NF3 = "新成立基金|新发基金|新基金|公募基金|全市场|new funds|mutual funds"
EQ3 = "股票型基金|equity funds|" + NF3
BD3 = "债券型基金|bond funds|" + NF3
MX3 = "混合型基金|mixed funds|hybrid funds|" + NF3
PI3 = "被动指数型基金|passive index funds|index funds|" + NF3
W3 = "上周 (7月21日至27日, no year printed)"
CNT3 = "new_funds|fund_launches|number_of_funds"
FR3 = "fundraising|issue_size|fund_issuance|fund_units_raised"
AV3 = "average_issue_size|average_fund_size|average_fundraising"
SH3 = "issuance_share|share_of_issuance|share"
G["zh03"] = ([
    m(CNT3, 35, "funds", NF3, None, basis="新成立, " + W3),
    m(FR3, 276.04e8, "CNY", NF3, None, basis="合计发行规模, " + W3),
    m(AV3, 7.89e8, "CNY", NF3, None, basis="单只平均发行规模, " + W3),
    m(SH3, 60.44, "%", EQ3, None, basis="股票型基金's share of the week's issuance, " + W3),
    m(CNT3, 23, "funds", EQ3, None, basis=W3),
    m(FR3, 166.85e8, "CNY", EQ3, None, basis="发行规模, " + W3),
    m(AV3, 7.25e8, "CNY", EQ3, None, basis="单只平均募资, " + W3),
    m(CNT3, 7, "funds", BD3, None, basis=W3),
    m(FR3, 77.03e8, "CNY", BD3, None, basis="发行规模, " + W3),
    m(SH3, 27.91, "%", BD3, None, basis="占比, " + W3),
    m(AV3, 11e8, "CNY", BD3, None, basis="单只平均规模, " + W3),
    m(CNT3, 3, "funds", MX3, None, basis="仅新成立3只, " + W3),
    m(FR3, 27.26e8, "CNY", MX3, None, basis="发行规模, " + W3),
    m(SH3, None, "%", MX3, None, rng=(None, 10), opt=True, basis="占比不足一成 (bound), " + W3),
    m(AV3, 9.09e8, "CNY", MX3, None, basis="单只平均规模, " + W3),
    m(CNT3, 20, "funds", PI3, None, basis="among the week's new funds, " + W3),
    m(SH3, 60, "%", PI3, None, opt=True, basis="占比近六成 (近X -> X), " + W3),
    m(FR3, 26.97e8, "CNY", "华宝沪深300自由现金流联接A|华宝沪深300自由现金流联接|华宝基金|Hwabao", None,
      basis="募得 (分别, first), " + W3),
    m(FR3, 13.64e8, "CNY", "天弘富时中国A股自由现金流聚焦指数A|天弘富时中国A股自由现金流聚焦指数|天弘基金|Tianhong", None,
      basis="募得 (分别, second), " + W3),
], [])


# zh04: a 网易号 digest of 五粮液 (000858)'s 2024 dividend implementation notice (m.163.com dy/article/K477BFM205198NMR):
# the title kept, reworded ("五粮液(000858)2024年度分红派息实施公告要点" -> "…实施公告:要点梳理"), the section head "分红
# 方案" that the stored text runs onto the title put on a line of its own; the other section heads (税收安排, 重要时间节点,
# 派息方式) and the " • " bullets kept as printed; "(含税)" (twice), "(扣税后)", "1个月-1年" with its hyphen and the comma
# groups of "3,881,608,005股" kept. Whole stored item (short: the digest's points).
# Kind asked for: an A-share company's annual dividend plan (每10股派X元, 分红总额, 分红率, 股息率): the per-10-share cash
# dividend and the total are printed, with the share base and the after-tax amounts; no payout ratio or dividend yield is
# printed (the digest gives the implementation notice's points only).
# Key (FY2024, 2024年度): cash dividend 31.69元 per 10 shares (含税); total 123.01亿元 (含税); overseas investors' 28.521元 per
# 10 shares after tax.
# Optional: the share base 3,881,608,005股 (a share count); the individual investors' tax top-ups 6.338元 (held within 1
# month) and 3.169元 (1 month to 1 year) per 10 shares; the 4 shareholders paid by the company itself.
# Judgement calls: 每10股派X元 is labelled as printed with "per 10 shares" in basis (news72 zh01, news76 zh01); the after-tax
# 28.521元 is the same dividend net of withholding for overseas investors (key, basis "after tax"); the tax top-ups are
# amounts per 10 shares owed back (optional, positive as printed); the record, ex-dividend and payment dates (2025年7月17日
# / 18日) and the holding-period thresholds (1个月, 1年, 超过1年) give no rows; 000858 is the stock code.
WL4 = "五粮液|宜宾五粮液|宜宾五粮液股份有限公司|Wuliangye|Wuliangye Yibin|000858|000858.SZ"
Y4 = "FY2024"
DPS4 = "dividend_per_share|dividend|dps"
G["zh04"] = ([
    m(DPS4, 31.69, "CNY", WL4, Y4, basis="per 10 shares (每10股派发现金), pre-tax (含税), 2024年度"),
    m("shares|share_base|share_count", 3881608005, "shares", WL4, Y4, opt=True, basis="总股本基数 (dividend base)"),
    m("total_dividend|dividend_amount|cash_dividend_total", 123.01e8, "CNY", WL4, Y4, basis="分配总额, pre-tax (含税)"),
    m(DPS4, 28.521, "CNY", "境外投资者|overseas investors|" + WL4, Y4,
      basis="per 10 shares, after tax (扣税后), overseas investors"),
    m("tax_top_up|withholding_tax|tax_payable", 6.338, "CNY", "个人投资者|individual investors|" + WL4, Y4, opt=True,
      basis="per 10 shares, 补缴 for holdings within 1 month"),
    m("tax_top_up|withholding_tax|tax_payable", 3.169, "CNY", "个人投资者|individual investors|" + WL4, Y4, opt=True,
      basis="per 10 shares, 补缴 for holdings of 1个月-1年"),
    m("shareholders|count", 4, "shareholders", "宜宾发展控股集团|" + WL4, None, opt=True,
      basis="4家特定股东 paid by the company itself"),
], [])


# zh05: 人民日报海外版's report of the monthly LPR fixing (reposted on w54.net public/xinwen.php?n5fO=Ja0): no headline in the
# stored text and none composed; the dateline "本报北京10月21日电" kept, the reporter's name after it "(记者徐佩玉)" left out
# as a byline; left out as page furniture: the site's time and source line "发布时间:2024-11-23 07:46:50 来源: sp20241123"
# above the item (its 2024, 11, 23, 07, 46, 50 and 20241123 dropped with it) and the editor line "(责编:杨光宇、胡永秋)".
# The analysts' view (据分析) is reported speech in the stored text and stays so. Whole item otherwise.
# Kind asked for: the monthly loan prime rate (1年期, 5年期以上, 与上月相比, 下调基点): both tenors' levels and their cuts
# against the previous fixing are printed, with the year's earlier cuts and the cumulative cuts.
# Key (10月21日, no year printed -> period None): 1-year LPR 3.1% and its -25 bp; 5-year-plus LPR 3.6% and its -25 bp; the
# earlier cuts of 今年2月 (5-year-plus -25 bp) and 7月 (both tenors -10 bp); the year-to-date cuts (1-year -35 bp, 5-year-plus
# -60 bp).
# Optional: the analysts' restatement "这次两个期限的LPR都下调了25个基点" (two twins); "年内的第三次调整" (a count).
# Judgement calls: the earlier levels are not printed, so the levels take no prior (3.35% / 3.85% would be arithmetic);
# "均比上一期下降25个基点" gives each tenor a -25 bp change; "同时下调10个基点" gives each tenor a -10 bp row (basis 7月);
# periods None throughout (the page's 2024 was in the dropped time line, not in the item), the month in basis; 7天期 (the
# reverse-repo tenor) and 21日 give no rows.
LPRC5 = "贷款市场报价利率|LPR|loan prime rate|中国人民银行|人民银行|央行|PBOC|全国银行间同业拆借中心"
L1_5 = "1年期LPR|1年期贷款市场报价利率|1-year LPR|" + LPRC5
L5_5 = "5年期以上LPR|5年期以上贷款市场报价利率|5-year LPR|5-year-plus LPR|" + LPRC5
CH5 = "lpr_change|rate_change|loan_prime_rate_change"
D5 = "10月21日 fixing (no year printed)"
G["zh05"] = ([
    m("lpr_1y|loan_prime_rate|lpr", 3.1, "%", L1_5, None, basis="1-year LPR, " + D5),
    m("lpr_5y|loan_prime_rate|lpr", 3.6, "%", L5_5, None, basis="5-year-plus LPR, " + D5),
    m(CH5, -25, "bp", L1_5, None, basis="均比上一期下降25个基点, " + D5),
    m(CH5, -25, "bp", L5_5, None, basis="均比上一期下降25个基点, " + D5),
    m("rate_adjustments|count", 3, "adjustments", LPRC5, None, opt=True, basis="年内的第三次调整"),
    m(CH5, -25, "bp", L5_5, None, basis="今年2月 cut (下调25个基点)"),
    m(CH5, -10, "bp", L1_5, None, basis="7月 cut (同时下调10个基点)"),
    m(CH5, -10, "bp", L5_5, None, basis="7月 cut (同时下调10个基点)"),
    m("lpr_change_ytd|" + CH5, -35, "bp", L1_5, None, basis="今年以来累计下降 (year to date)"),
    m("lpr_change_ytd|" + CH5, -60, "bp", L5_5, None, basis="今年以来累计下降 (year to date)"),
    m(CH5, -25, "bp", L1_5, None, opt=True, basis="analysts' restatement (这次两个期限…都下调了25个基点, twin)"),
    m(CH5, -25, "bp", L5_5, None, opt=True, basis="analysts' restatement (twin)"),
], [])


# zh06: 界面新闻's item on 中国国航's June 2024 operating data (reposted on czt.cc jrgx/202407/102520): the headline kept,
# reworded ("今日快讯:中国国航:6月旅客周转量同比上升22.6%" -> "…6月份旅客周转量同比增长22.6%"), its 22.6% kept as printed
# although the body prints 26% for the same growth; the credit line "文章转载自:界面新闻网 非本站原创" kept, reworded, in
# brackets. Left out as page furniture: the breadcrumb "首页 今日更新 > 正文", the "导读" teaser (a cut-off copy of the first
# sentence ending in "同...") and the site's "郑重声明" disclaimer. Whole item otherwise.
# Kind asked for: an airline's or express company's monthly operating data (旅客周转量, 客座率, 同比环比): capacity, passenger
# turnover and load factor, each yoy and mom, by route, with the cargo figures and the fleet.
# Key (2024-06): capacity (ASK) +14% yoy, -4% mom; RPK +26% yoy, +0.7% mom; domestic capacity -3% / -8%, RPK +3% / -0.8%;
# international capacity +81% / -0.5%, RPK +117% / +7%; regional capacity +30.7% / -9%, RPK +41% / +8%; load factor 80.0%,
# +3 pp yoy and +7 pp mom; the routes' load-factor changes (domestic +5 / +0.8 pp, international +5 / +8 pp, regional +8 /
# +3 pp); cargo capacity +15% / -7%, cargo traffic +44% / +0.1%, cargo load factor 43% (+5 pp yoy, +4 pp mom). Key
# (2024-06-30): fleet 915 aircraft.
# Optional: the headline's 22.6% (it disagrees with the body's 26%; labelled as printed, optional); the fleet's ownership
# split (owned 407, finance lease 212, operating lease 296, news59 zh02).
# Judgement calls: as news68 zh05 and news59 zh02, the rows are on the airline (公司及所属子公司 / 集团) with the routes as
# entity aliases; yoy / mom in basis; load-factor changes "提高…个百分点" are pp rows; "其中" after the load factor introduces
# the routes' changes (their levels are not printed); 7月15日 (the announcement date) gives no row; "没有引进或退出飞机"
# prints no figure.
CA6 = "中国国航|国航|中国国际航空|中国国际航空股份有限公司|Air China|集团|601111|00753"
DOM6, INTL6, REG6 = "国内航线|国内|domestic|" + CA6, "国际航线|国际|international|" + CA6, "地区航线|地区|regional|" + CA6
M6, E6 = "2024-06", "2024-06-30"
CAP6 = "capacity_growth|ask_growth|passenger_capacity_growth|available_seat_km_growth"
RPK6 = "rpk_growth|passenger_traffic_growth|passenger_turnover_growth|revenue_passenger_km_growth"
LFC6 = "load_factor_change|passenger_load_factor_change"
FLEET6 = "fleet_size|fleet|aircraft"


def g6(metric, ent, yoy, mom, what):
    return [m(metric, yoy, "%", ent, M6, basis=what + ", yoy (同比)"),
            m(metric, mom, "%", ent, M6, basis=what + ", mom (环比)")]


def lc6(ent, yoy, mom, what):
    return [m(LFC6, yoy, "pp", ent, M6, basis=what + ", yoy (同比提高)"),
            m(LFC6, mom, "pp", ent, M6, basis=what + ", mom (环比提高)")]


G["zh06"] = ([
    m(RPK6, 22.6, "%", CA6, M6, opt=True, basis="headline (同比增长22.6%); the body prints 26% for the same growth"),
    *g6(CAP6, CA6, 14, -4, "客运运力投入 (按可用座位公里计, ASK)"),
    *g6(RPK6, CA6, 26, 0.7, "合并旅客周转量 (按收入客公里计, RPK)"),
    *g6(CAP6, DOM6, -3, -8, "国内客运运力投入"),
    *g6(RPK6, DOM6, 3, -0.8, "国内旅客周转量"),
    *g6(CAP6, INTL6, 81, -0.5, "国际客运运力投入"),
    *g6(RPK6, INTL6, 117, 7, "国际旅客周转量"),
    *g6(CAP6, REG6, 30.7, -9, "地区客运运力投入"),
    *g6(RPK6, REG6, 41, 8, "地区旅客周转量"),
    m("load_factor|passenger_load_factor", 80.0, "%", CA6, M6, basis="平均客座率 (printed 80.0%)"),
    *lc6(CA6, 3, 7, "平均客座率"),
    *lc6(DOM6, 5, 0.8, "国内航线"),
    *lc6(INTL6, 5, 8, "国际航线"),
    *lc6(REG6, 8, 3, "地区航线"),
    *g6("cargo_capacity_growth|capacity_growth|atk_growth|aftk_growth", CA6, 15, -7,
        "货运运力投入 (按可用货运吨公里计)"),
    *g6("cargo_traffic_growth|cargo_rtk_growth|rftk_growth|cargo_turnover_growth", CA6, 44, 0.1,
        "货邮周转量 (按收入货运吨公里计)"),
    m("cargo_load_factor|load_factor", 43, "%", CA6, M6, basis="货运载运率"),
    m("cargo_load_factor_change|load_factor_change", 5, "pp", CA6, M6, basis="货运载运率, yoy (同比提高)"),
    m("cargo_load_factor_change|load_factor_change", 4, "pp", CA6, M6, basis="货运载运率, mom (环比提高)"),
    m(FLEET6, 915, "aircraft", CA6, E6, basis="合计运营, 截至2024年6月底"),
    m(FLEET6, 407, "aircraft", CA6, E6, opt=True, basis="自有飞机 (owned)"),
    m(FLEET6, 212, "aircraft", CA6, E6, opt=True, basis="融资租赁 (finance lease)"),
    m(FLEET6, 296, "aircraft", CA6, E6, opt=True, basis="经营租赁 (operating lease)"),
], [])
