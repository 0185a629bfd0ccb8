# Hand labels for news66/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page or
# gold.jsonl was opened; no other batch's file was read. The unit words were checked against the "unit" values of the
# earlier sets' labels_*.py files (by grep: "lots" (手, futures volume and open interest), "tonnes", "square metres",
# "parcels", "months", "x"; "CNY", "USD", "%", "pp" as in the development corpus).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news65/zh/README.md and news64/zh/README.md with their labels_*.py; precedents looked up by grep in news54 zh05 (a
# profit-warning summary with ranges and year-earlier priors), news23 zh02 and news25 zh04 (eastmoney / Choice broker
# digests with a forecast table and a table of the month's reports), news56 zh04 (black-series futures closes, prices
# per tonne), the "lots" rows of the earlier futures passages (手), news16 zh08 (a developer's monthly sales), news65
# zh10 (a trade release with the previous month's rates) and the "Q3" / "Q1-Q3" periods of the earlier sets.
# Currencies: mainland 元 / 万元 / 亿元 / 万亿元 = CNY; 亿美元 = USD.
# Scaling: 万元 -> x1e4, 亿元 -> x1e8, 万亿元 -> x1e12; 万手 -> x1e4 lots; 万吨 -> x1e4 tonnes; 万平方米 -> x1e4 square metres;
# 三个百分点 -> 3 pp. Declines negative (下降, 降幅, 跌幅, 回落, 收窄 of a surplus, 降 / 减 of output, stocks and positions);
# 增长 / 升 / 增 / 扩大 positive. 同比 = yoy, 环比 = qoq (GDP) or week-on-week (weekly steel data) in basis; 个百分点 -> pp;
# 约X -> X; 倍 / 市盈率 / 市净率 -> "x". Ranges "X到Y" -> rng=(low, high), value None (news54 zh05). Prices per tonne
# (元/吨) are CNY with "per tonne" in basis (news56 zh04). A figure printed twice is one key row plus an optional twin.
# Brokers' ratings and targets live in the rating actions; the target price is also an optional metric row (so that a
# target reported as a metric is neither rewarded nor penalised; news64 / news65 keep targets in rating actions only).
# Periods only where the text states or clearly implies the year: zh01 FY2024 (printed 2024年年度) and FY2023 for 上年同期;
# zh02 "Q3" and "Q1-Q3" (三季度 / 前三季度, no year printed in the text); zh03 None (the closes and the weekly data sit
# under the printed report date 2025-12-26 13:14, which is before that day's close, so the trading day is not stated);
# zh04 2021-07, 2021-01..07 and FY2021 (printed 2021年7月份经营简报 and 2021年年度销售目标; 今年1-7月 is that year);
# zh05 None (今年前8个月, 8月份, 7月份, 9月5日 / 9月8日: no year printed); zh06 FY2024-FY2026 (printed 2024E-2026E) and
# 2024-12-09 for the close "截至研报发布日" (the table dates the 广发证券 report 2024-12-09, as news23 zh02).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 财中社 on 凌云B股 (900957)'s 2024 profit warning, on news.qq.com (rain/a/20250123A066JH00; whole stored item, no
# headline in the stored text and none composed; the dateline "财中社1月23日电" run on into the company name as printed).
# Key (FY2024): attributable net profit forecast 1200万元到1600万元 (prior 4028万元, the 上年同期 figure printed two sentences
# later), its yoy change -2828万元 to -2428万元 and -70% to -60%; net profit excluding non-recurring items 845万元到1245万元
# (prior 4005万元), its change -3160万元 to -2760万元 and -79% to -69%; last year's EPS 0.1154元 (FY2023; the only EPS printed,
# no forecast EPS -> key row of its own).
# Optional: the two year-earlier profit levels as rows of their own (FY2023).
# Judgement calls: "同比下降A到B" and "降幅为70%到60%" are negative closed ranges (rng=(-70, -60)), printed high-to-low; the
# causes (上网结算电量, 发电量, 天气, 消纳能力, 电价, 平均标杆电价) print no figure -> no row; 1月23日 (the report date) no row.
LY1 = "凌云B股|凌云B|900957|Lingyun B"
NP1 = "net_profit|net_profit_forecast|net_profit_attributable"
RNP1 = "net_profit_excl_nonrecurring|recurring_net_profit|adjusted_net_profit|net_profit"
G["zh01"] = ([
    m(NP1, None, "CNY", LY1, "FY2024", rng=(1.2e7, 1.6e7), prior=4.028e7,
      basis="forecast, attributable (归母); prior = 上年同期 4028万元"),
    m("net_profit_change|net_profit_forecast_change", None, "CNY", LY1, "FY2024", rng=(-2.828e7, -2.428e7),
      basis="forecast, yoy, 同比下降2828万元到2428万元"),
    m("net_profit_growth|net_profit_change_pct", None, "%", LY1, "FY2024", rng=(-70, -60),
      basis="forecast, yoy, 降幅为70%到60%"),
    m(RNP1, None, "CNY", LY1, "FY2024", rng=(8.45e6, 1.245e7), prior=4.005e7,
      basis="forecast, excluding non-recurring items (扣除非经常性损益后); prior = 上年同期 4005万元"),
    m("net_profit_excl_nonrecurring_change|recurring_net_profit_change|net_profit_change", None, "CNY", LY1, "FY2024",
      rng=(-3.16e7, -2.76e7), basis="forecast, yoy, 同比下降3160万元到2760万元, 扣非"),
    m("net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth", None, "%", LY1, "FY2024",
      rng=(-79, -69), basis="forecast, yoy, 降幅为79%到69%, 扣非"),
    m("eps|basic_eps|earnings_per_share", 0.1154, "CNY", LY1, "FY2023", basis="上年同期 每股收益"),
    m(NP1, 4.028e7, "CNY", LY1, "FY2023", opt=True, basis="上年同期, attributable (the prior of the FY2024 range)"),
    m(RNP1, 4.005e7, "CNY", LY1, "FY2023", opt=True, basis="上年同期, 扣非 (the prior of the FY2024 range)"),
], [])


# zh02: 财经 (news.caijingmobile.com article 444728) on China's third-quarter GDP release with the statistics bureau
# spokesman's reading and a Nomura economist's caution (the stored excerpt starts at the quarter's growth and ends with
# "... ..." (dropped); no headline in the stored text and none composed; the spokesman's statement and the economist's
# remark rendered as reported speech).
# Key: Q3 GDP +4.9% yoy and its change -3 pp on Q2 ("回落三个百分点", Chinese numeral); the two-year average +4.9% and its
# -0.6 pp change; first-three-quarter value added of the primary, secondary and tertiary industries (51430亿元, 320940亿元,
# 450761亿元) with their yoy growth (+7.4%, +10.6%, +9.5%) and two-year average growth (+4.8%, +5.7%, +4.9%); Q3 GDP +0.2% qoq.
# Optional: none.
# Judgement calls: no year is printed (三季度, 前三季度, 去年上半年) -> periods "Q3" and "Q1-Q3" (the earlier sets' form for a
# quarter without a year); "比二季度回落三个百分点" prints no Q2 level -> a -3 pp change row without a prior (no inferred
# prior, news61 zh11 / news65 zh02); the two-year averages are separate rows with "two-year average" in basis (the same
# 4.9 appears as the yoy rate, the two-year average and the tertiary two-year average: three rows); the statements of 付凌晖
# and 陆挺 print no figure -> no row.
CN2 = "中国|我国|国内|国内生产总值|GDP|China|Chinese economy"
PRI2 = "第一产业|primary industry|primary sector"
SEC2 = "第二产业|secondary industry|secondary sector"
TER2 = "第三产业|tertiary industry|tertiary sector|services"
VA2, VAG2 = "value_added|industry_value_added|gva", "value_added_growth|industry_value_added_growth|gva_growth"
TY2 = "value_added_growth_two_year_average|two_year_average_growth|value_added_growth"
G["zh02"] = ([
    m("gdp_growth|gdp_yoy|gdp", 4.9, "%", CN2, "Q3", basis="yoy, 三季度 (no year printed)"),
    m("gdp_growth_change|rate_change|change", -3, "pp", CN2, "Q3",
      basis="vs Q2, 比二季度回落三个百分点 (no Q2 level printed -> no prior)"),
    m("gdp_growth_two_year_average|two_year_average_growth|gdp_growth", 4.9, "%", CN2, "Q3", basis="两年平均 growth, Q3"),
    m("gdp_growth_two_year_average_change|rate_change|change", -0.6, "pp", CN2, "Q3",
      basis="two-year average vs Q2, 下降0.6个百分点"),
    m(VA2, 51430e8, "CNY", PRI2, "Q1-Q3", basis="前三季度 第一产业增加值"),
    m(VAG2, 7.4, "%", PRI2, "Q1-Q3", basis="yoy"),
    m(TY2, 4.8, "%", PRI2, "Q1-Q3", basis="两年平均"),
    m(VA2, 320940e8, "CNY", SEC2, "Q1-Q3", basis="前三季度 第二产业增加值"),
    m(VAG2, 10.6, "%", SEC2, "Q1-Q3", basis="yoy"),
    m(TY2, 5.7, "%", SEC2, "Q1-Q3", basis="两年平均"),
    m(VA2, 450761e8, "CNY", TER2, "Q1-Q3", basis="前三季度 第三产业增加值"),
    m(VAG2, 9.5, "%", TER2, "Q1-Q3", basis="yoy"),
    m(TY2, 4.9, "%", TER2, "Q1-Q3", basis="两年平均"),
    m("gdp_growth_qoq|gdp_qoq|gdp_growth", 0.2, "%", CN2, "Q3", basis="qoq (环比)"),
], [])


# zh03: 光大期货's black-series daily (黑色商品日报, 2025-12-26) as a reportify digest (reportify.cn tags/concept
# 黑色商品期货; the page's "Workflow", tag name "黑色商品期货", "icon" and "搜索文档" dropped; the report title
# "黑色商品日报(2025 年 12 月 26 日)-20251226" kept, reworded, with its spaced date; the broker / time line kept; the
# bracketed markers [1] / [3] kept; the stored text breaks off inside the 研究观点 bullet on 锰硅 ("主力合约报收 5846 元/吨,
# 环比涨 0.48%,持仓环比降 3752 手,12 月部分工厂减产转产,本周产量环比降 0.54%,"), so the passage ends with the 焦炭 bullet
# before it (the 5846 / 0.48 / 3752 / 12 / 0.54 dropped)).
# Key (period None): rebar 2605 close 3127元/吨, -0.29%, open interest -1.56万手; the week's national rebar output +2.71万吨,
# social stocks -18.81万吨, plant stocks +0.52万吨, apparent demand -5.96万吨 (wow); iron ore i2605 close 778.5元/吨, -0.13%,
# volume 15万手, open interest +1.3万手 (增仓); coking coal 2605 close 1124元/吨, -0.71%, open interest +3115手; coke 2605
# close 1739元/吨, -0.4%, open interest +330手.
# Optional: none.
# Judgement calls: closes per tonne are CNY with "per tonne" in basis (news56 zh04); 手 -> "lots" (the earlier futures
# passages); "持仓减 / 增仓 / 持仓量增" are open-interest change rows (negative for 减); the weekly steel-balance changes are
# tonnes rows on the rebar market (社库 / 厂库 / 表需 as entity alternatives); the contract codes 2605 / i2605 and the
# markers [1] / [3] are not figures; period None (the report's 2025-12-26 13:14 stamp is before that day's close; 本周 has
# no period form); the 核心观点 bullets print no figure.
RB3 = "螺纹 2605 合约|螺纹2605|螺纹|螺纹钢|rebar|rebar futures|RB2605"
RBN3 = "全国螺纹|螺纹|螺纹钢|rebar|China rebar"
IO3 = "铁矿石|i2605|铁矿石期货|铁矿石主力合约|iron ore|iron ore futures"
JM3 = "焦煤|焦煤2605|焦煤 2605 合约|coking coal|coking coal futures|JM2605"
J3 = "焦炭|焦炭2605|焦炭 2605 合约|coke|coke futures|J2605"
PT3 = "per tonne (元/吨)"
FP3, PC3 = "futures_price|close|price", "price_change|futures_price_change"
OIC3 = "open_interest_change|position_change|open_interest"
G["zh03"] = ([
    m(FP3, 3127, "CNY", RB3, None, basis="2605 contract close (收盘), " + PT3),
    m(PC3, -0.29, "%", RB3, None, basis="跌幅"),
    m(OIC3, -1.56e4, "lots", RB3, None, basis="持仓减 1.56 万手"),
    m("output_change|production_change", 2.71e4, "tonnes", RBN3, None, basis="本周 (weekly), 全国螺纹产量环比升"),
    m("inventory_change|social_inventory_change", -1.881e5, "tonnes", "社会库存|社库|" + RBN3, None,
      basis="本周, social stocks 环比降"),
    m("inventory_change|plant_inventory_change", 5.2e3, "tonnes", "厂内库存|厂库|" + RBN3, None,
      basis="本周, plant stocks 环比升"),
    m("apparent_demand_change|demand_change", -5.96e4, "tonnes", "表观需求|表需|" + RBN3, None,
      basis="本周, apparent demand 环比降"),
    m(FP3, 778.5, "CNY", IO3, None, basis="main contract i2605 close (报收), " + PT3),
    m(PC3, -0.13, "%", IO3, None, basis="跌幅"),
    m("trading_volume|volume", 1.5e5, "lots", IO3, None, basis="成交 15 万手"),
    m(OIC3, 1.3e4, "lots", IO3, None, basis="增仓 1.3 万手"),
    m(FP3, 1124, "CNY", JM3, None, basis="2605 contract close, " + PT3),
    m(PC3, -0.71, "%", JM3, None, basis="跌幅"),
    m(OIC3, 3115, "lots", JM3, None, basis="持仓量增 3115 手"),
    m(FP3, 1739, "CNY", J3, None, basis="2605 contract close, " + PT3),
    m(PC3, -0.4, "%", J3, None, basis="跌幅"),
    m(OIC3, 330, "lots", J3, None, basis="持仓量增 330 手"),
], [])


# zh04: 贝壳财经 on 新城控股's July-2021 sales brief, relayed on ashea.com.cn (caijing 2021/0806/370986; whole stored item;
# the attribution "(文章来源:贝壳财经)" kept once, reworded, and its repeat "文章来源:贝壳财经" dropped as page furniture; no
# headline in the stored text and none composed).
# Key: July contracted sales 约168.88亿元 (-19.40% yoy) and area 约155.39万平方米 (-21.49%) (2021-07); January-July cumulative
# sales 约1345.53亿元 (+13.57%) and area 约1242.35万平方米 (+15.52%) (2021-01..07); the 2021 annual sales target 2600亿元
# (FY2021) and the 51.75% of it reached in the first seven months.
# Optional: the 6 land parcels added in July (a count, news16 zh08).
# Judgement calls: 约X -> X; 销售面积 in 万平方米 -> "square metres"; the target completion is a % row dated by the
# cumulative span; 8月6日 (the announcement date), 7月单月 / 1-7月 spans and the listed cities give no further rows.
SZ4 = "新城控股|新城控股集团股份有限公司|新城|Seazen Holdings|Seazen"
CS4, CSG4 = "contracted_sales|sales|property_sales", "contracted_sales_growth|sales_growth|property_sales_growth"
GFA4, GFAG4 = "contracted_gfa|gfa_sold|sales_area", "contracted_gfa_growth|gfa_sold_growth|sales_area_growth"
M4, C4 = "2021-07", "2021-01..07"
G["zh04"] = ([
    m(CS4, 168.88e8, "CNY", SZ4, M4, basis="7月单月 合同销售金额 (约)"),
    m(CSG4, -19.40, "%", SZ4, M4, basis="yoy, 下降"),
    m(GFA4, 155.39e4, "square metres", SZ4, M4, basis="7月单月 销售面积 (约)"),
    m(GFAG4, -21.49, "%", SZ4, M4, basis="yoy, 下降"),
    m(CS4, 1345.53e8, "CNY", SZ4, C4, basis="1-7月 累计合同销售金额 (约), cumulative"),
    m(CSG4, 13.57, "%", SZ4, C4, basis="yoy, cumulative"),
    m(GFA4, 1242.35e4, "square metres", SZ4, C4, basis="1-7月 累计销售面积 (约), cumulative"),
    m(GFAG4, 15.52, "%", SZ4, C4, basis="yoy, cumulative"),
    m("sales_target|annual_sales_target|contracted_sales_target", 2600e8, "CNY", SZ4, "FY2021",
      basis="2021年年度销售目标"),
    m("target_completion|target_completion_rate|sales_target_completion", 51.75, "%", SZ4, C4,
      basis="share of the 2021 target reached in the first 7 months"),
    m("land_parcels_acquired|land_parcels", 6, "parcels", SZ4, M4, opt=True, basis="7月份 新增土地 6宗"),
], [])


# zh05: 每日经济新闻 on China's January-August merchandise trade with August's month and July's earlier figures, on
# m.nbd.com.cn (articles 2018-09-08 1253197). Left out as page furniture: the summary box above the byline (stored from a
# broken start "月8日,海关总署官网公布了…" and repeating the August paragraph word for word: its 8 / 8 / 2.71 / 12.7 / 1.44 /
# 7.9 / 1.27 / 18.8 / 1797.5 / 34.2 dropped), the byline "每经记者 李可愚 每经实习编辑 廖丹" and the picture credit
# "图片来源:摄图网"; the stored text breaks off in "其中,美国对中国的贸易逆差环比增长10%,扩大至创纪录", so the passage ends
# with the sentence before it (its 10% dropped). No headline in the stored text and none composed.
# Key (period None): Jan-Aug total trade 19.43万亿元 (+9.1%), exports 10.34万亿元 (+5.4%), imports 9.09万亿元 (+13.7%),
# surplus 1.25万亿元 (收窄31.3% -> -31.3%); August total 2.71万亿元 (+12.7%), exports 1.44万亿元 (prior 1.39万亿元) +7.9%
# (prior 6%), imports 1.27万亿元 (prior 1.21万亿元) +18.8% (prior 20.9%), surplus 1797.5亿元 (-34.2%); the market consensus
# for August export growth 5.7%; Jan-Aug exports to the EU 1.71万亿元 (+4.4%), the US 1.96万亿元 (+6.5%), ASEAN 1.33万亿元
# (+10.6%), Japan 6088.1亿元 (+1.4%); the surplus with the US 1.24万亿元 (扩大7.7%); the US July trade deficit 501亿美元.
# Optional: July's four figures as rows of their own (the priors of August's); the restated "达到7.9%"; the span
# "近五个月来的最大规模" (5 months).
# Judgement calls: no year is printed (今年前8个月, 8月份, 7月份, 9月8日 / 9月5日) -> period None with the month or span in
# basis (news16 zh08); "比去年同期(下同)" makes every growth yoy; July's figures, printed as "此前公布的数据" for the
# comparison with August ("明显好于7月", "大幅超过7月"), are the priors (前值) of August's four export / import rows plus
# optional rows of their own (news65 zh10); a narrowing surplus is a negative change (收窄), a widening one positive (扩大);
# the US deficit is a positive trade_deficit (news65 zh10) in USD.
CN5 = "中国|我国|China"
US5 = "美国|United States|US"
JA5, AU5, JU5 = "Jan-Aug (今年前8个月)", "August (8月份)", "July (7月份)"
TT5, TTG5 = "total_trade|trade_value|imports_and_exports", "total_trade_growth|trade_growth|trade_value_growth"
EX5, EXG5 = "exports|export_value", "export_growth|exports_growth"
IM5, IMG5 = "imports|import_value", "import_growth|imports_growth"
SU5, SUG5 = "trade_surplus|trade_balance", "trade_surplus_change|trade_surplus_growth|trade_balance_change"
G["zh05"] = ([
    m(TT5, 19.43e12, "CNY", CN5, None, basis=JA5 + ", 货物贸易进出口总值"),
    m(TTG5, 9.1, "%", CN5, None, basis=JA5 + ", yoy"),
    m(EX5, 10.34e12, "CNY", CN5, None, basis=JA5),
    m(EXG5, 5.4, "%", CN5, None, basis=JA5 + ", yoy"),
    m(IM5, 9.09e12, "CNY", CN5, None, basis=JA5),
    m(IMG5, 13.7, "%", CN5, None, basis=JA5 + ", yoy"),
    m(SU5, 1.25e12, "CNY", CN5, None, basis=JA5),
    m(SUG5, -31.3, "%", CN5, None, basis=JA5 + ", yoy, 收窄"),
    m(TT5, 2.71e12, "CNY", CN5, None, basis=AU5),
    m(TTG5, 12.7, "%", CN5, None, basis=AU5 + ", yoy"),
    m(EX5, 1.44e12, "CNY", CN5, None, prior=1.39e12, basis=AU5 + "; prior = July (此前公布)"),
    m(EXG5, 7.9, "%", CN5, None, prior=6, basis=AU5 + ", yoy; prior = July's 6%"),
    m(IM5, 1.27e12, "CNY", CN5, None, prior=1.21e12, basis=AU5 + "; prior = July"),
    m(IMG5, 18.8, "%", CN5, None, prior=20.9, basis=AU5 + ", yoy; prior = July's 20.9%"),
    m(SU5, 1797.5e8, "CNY", CN5, None, basis=AU5),
    m(SUG5, -34.2, "%", CN5, None, basis=AU5 + ", yoy, 收窄"),
    m(EX5, 1.39e12, "CNY", CN5, None, opt=True, basis=JU5 + " (the prior of August's)"),
    m(EXG5, 6, "%", CN5, None, opt=True, basis=JU5 + ", yoy (the prior of August's)"),
    m(IM5, 1.21e12, "CNY", CN5, None, opt=True, basis=JU5 + " (the prior of August's)"),
    m(IMG5, 20.9, "%", CN5, None, opt=True, basis=JU5 + ", yoy (the prior of August's)"),
    m("export_growth_forecast|export_growth_consensus|export_growth", 5.7, "%", CN5, None,
      basis=AU5 + ", yoy, market consensus (市场普遍预计)"),
    m(EXG5, 7.9, "%", CN5, None, opt=True, basis=AU5 + ", restated (达到7.9%, twin)"),
    m(EX5, 1.71e12, "CNY", "欧盟|EU|European Union", None, basis=JA5 + ", China's exports to"),
    m(EXG5, 4.4, "%", "欧盟|EU|European Union", None, basis=JA5 + ", yoy"),
    m(EX5, 1.96e12, "CNY", US5, None, basis=JA5 + ", China's exports to"),
    m(EXG5, 6.5, "%", US5, None, basis=JA5 + ", yoy"),
    m(EX5, 1.33e12, "CNY", "东盟|ASEAN", None, basis=JA5 + ", China's exports to"),
    m(EXG5, 10.6, "%", "东盟|ASEAN", None, basis=JA5 + ", yoy"),
    m(EX5, 6088.1e8, "CNY", "日本|Japan", None, basis=JA5 + ", China's exports to"),
    m(EXG5, 1.4, "%", "日本|Japan", None, basis=JA5 + ", yoy"),
    m("trade_surplus|bilateral_trade_surplus|trade_balance", 1.24e12, "CNY", "对美|中美|China-US|" + CN5 + "|" + US5,
      None, basis=JA5 + ", China's surplus with the US"),
    m("trade_surplus_change|trade_surplus_growth|bilateral_trade_surplus_growth", 7.7, "%",
      "对美|中美|China-US|" + CN5 + "|" + US5, None, basis=JA5 + ", yoy, 扩大"),
    m("trade_deficit|trade_balance", 501e8, "USD", US5, None,
      basis="US July trade deficit, US Commerce Department data of 9月5日"),
    m("months|record_span", 5, "months", US5, None, opt=True, basis="近五个月来的最大规模 (span)"),
], [])


# zh06: an eastmoney guba broker-digest item (guba.eastmoney.com news,300705,1495043238) on 广发证券's buy note on 九典制药:
# the rating and target, the close and upside, the 2024 profit forecast, a 2024E-2026E forecast table and a table of the
# month's three broker reports; the closing disclaimer kept, reworded; no headline in the stored text and none composed;
# the tables kept as "|" tables with their "---|" rules and the "[点击查看PDF原文]" cell.
# Rating actions: 广发证券 maintain buy (买入), target 26.53 CNY (body and table -> one action); 国盛证券 and 华源证券 maintain
# buy, no target ("-"), from the table (a broker table listing ratings -> maintain, news23 zh02).
# Key: the close 25.8元 (2024-12-09, "截至研报发布日"); the 2024 attributable profit growth +42.56% (FY2024 forecast); the
# table's 21 cells for FY2024-FY2026: revenue 32.79 / 39.42 / 46.77亿元, attributable net profit 5.25 / 6.92 / 8.96亿元 (the
# prose 5.25亿元 is the same cell, one row), EPS 1.06 / 1.4 / 1.81元, book value per share 5.05 / 6.45 / 8.27元, PE 24.31 /
# 18.41 / 14.23x, PB 5.1 / 4 / 3.12x, ROE 21 / 21.7 / 21.9%.
# Optional: the target 26.53元 as a metric row (the target lives in the rating action); the 2.83% upside (derived).
# Judgement calls: "给予…买入评级" with no change word -> maintain (news7 / news9 / news16 / news23 "给予" rule), 买入 = buy;
# forecast columns 2024E..2026E -> FY2024..FY2026 with "forecast, 广发证券" in basis; 市盈率 / 市净率 -> "x"; 3份 (a count
# of reports), the report dates and the report titles give no rows.
JD6 = "九典制药|Jiudian Pharmaceutical|Jiudian"
GF6 = "广发证券|广发|GF Securities"


def fc6(metric, vals, unit, what):
    return [m(metric, v, unit, JD6, "FY%d" % y, basis="forecast, 广发证券, " + what)
            for y, v in zip((2024, 2025, 2026), vals)]


G["zh06"] = ([
    m("target_price|price_target", 26.53, "CNY", JD6, None, opt=True, basis="广发证券, 目标价位 (also in the rating action)"),
    m("share_price|close|closing_price", 25.8, "CNY", JD6, "2024-12-09", basis="latest close at the report date"),
    m("upside|target_upside|potential_upside", 2.83, "%", JD6, None, opt=True, basis="target vs close, 上行空间 (derived)"),
    m("net_profit_growth_forecast|net_profit_growth", 42.56, "%", JD6, "FY2024", basis="forecast, 广发证券, yoy, attributable"),
    *fc6("revenue_forecast|revenue|total_operating_revenue", (32.79e8, 39.42e8, 46.77e8), "CNY", "营业总收入(亿元)"),
    *fc6("net_profit_forecast|net_profit|net_profit_attributable", (5.25e8, 6.92e8, 8.96e8), "CNY",
         "归母净利润(亿元); the 2024 cell also in the prose"),
    *fc6("eps_forecast|eps|earnings_per_share", (1.06, 1.4, 1.81), "CNY", "每股收益(元)"),
    *fc6("bvps|book_value_per_share|net_assets_per_share", (5.05, 6.45, 8.27), "CNY", "每股净资产(元)"),
    *fc6("pe_ratio|pe", (24.31, 18.41, 14.23), "x", "市盈率(PE)"),
    *fc6("pb_ratio|pb", (5.1, 4, 3.12), "x", "市净率(PB)"),
    *fc6("roe|return_on_equity", (21, 21.7, 21.9), "%", "净资产收益率(%)"),
], [
    ra(GF6, JD6, "maintain", "buy", None, 26.53, None, "CNY"),
    ra("国盛证券|国盛|Guosheng Securities", JD6, "maintain", "buy", None, None, None, None),
    ra("华源证券|华源|Huayuan Securities", JD6, "maintain", "buy", None, None, None, None),
])
