# news75/zh batch a (zh01-zh06): six real mainland-China passages in Simplified Chinese, each rewritten sentence by
# sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except build_labels.py (at the
# end, to check that the labels load); no extractor, newsflow, pytest, .venv or eval/extraction/news_text.py was run, no
# extractor output was seen, and no plugin, test, docs page or gold.jsonl was opened. No labels, sources, notes or texts
# of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news74 and news73 read whole; news73 zh03 and news36 zh01 for a broker note whose house the stored text
# does not name; news36 zh03 and news68 zh02 for the statistics bureau's fixed-asset-investment release with its pp
# changes against the previous cumulative period; news44 zh05 for the Eastmoney / Choice daily margin-trading report;
# news15 zh01, news11 zh08 and news12 zh01 for a profit-distribution plan with a dividend per 10 shares; news23 zh04 for
# a developer's monthly contracted sales with area in m2 and 环比 changes; news74 zh03 for a report's printed line items).
# Values fully scaled (44亿元 -> 4.4e9, 483292亿元 -> 4.83292e13, 1.82万亿元 -> 1.82e12, 5.02亿 -> 5.02e8, 76.7 万平方米 ->
# 767000 m2, 710,787,405.60 元 -> 710787405.6); declines negative (下降, 下跌 / 收跌, 减少, 回落, a printed minus, 净偿还 cells
# printed with a minus); 个百分点 -> pp; 倍 of a valuation or a leverage ratio -> "x"; 同比 -> yoy and 环比 -> mom / qoq
# in basis; a growth rate's "降幅收窄X个百分点" is a +X pp change (the rate is less negative), "降幅扩大" / "增速回落" a
# -X pp change, "增速提高" a +X pp change; bounds (超X, 超X倍) -> open ranges, optional (README: key only when a headline
# figure); 翻倍 (doubling) -> +100 %, optional; a figure printed twice is one key row and an optional twin; a broker's target
# lives in the rating action with an optional target_price row; a dividend per 10 shares is labelled as printed with basis
# "per 10 shares"; ranks, list sizes, dates, stock codes and notice numbers give no key rows.
# Currencies: 元 / 亿元 / 万亿元 / 亿 and 元人民币 in these mainland stories = CNY; no other currency occurs.
# Periods only where the text states or clearly implies the year: zh01 2025H1 (2025年上半年), "2025-01..08" (2025年1-8月;
# the next bullet's bare 1-8月 belongs to the same year), FY2025-FY2027 for the forecasts and targets (printed years),
# FY2024 / FY2027 for the total assets (printed 2024年 / 2027年), None for the product mix and the rate of electrification
# (no date beside them); zh02 "2020-01..10" (the title prints 2020年1—10月份) and 2020-10 for the month-on-month rise;
# zh03 "2024Q1-Q3" (2024前三季度) and 2024Q3, FY2024-FY2026 for the forecasts, None for the fund companies' AUM and the
# fee-business share (no date beside them); zh04 None (11月26日 with no year printed); zh05 FY2023 (2023 年度) and
# 2023-12-31 (2023 年末) for the distributable profit; zh06 2012-04 and "2012-01..04" (printed 2012年4月 / 2012年1至4月),
# 2012-03 for the March briefing's new projects, 2012Q1 for 今年1至3月 (今年 = 2012, the year of the report the item
# opens with), 2007Q1 and 2011Q1 for the printed first quarters, None for the land-bank streaks.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a reportify report page (staging.reportify.cn/reports/1168255997542797312) with a digest of a broker note on 亿纬锂能
# (300014): rating and target, the first half's shipments, forecasts, PE, product mix, 2025 shipment targets, gross
# margins, market data, EPS, revenue forecasts and total assets. The page's title line (stored after the digest) kept,
# reworded, on the first line; the section heads, " - " bullets and "[n]" markers kept, one paragraph per section. The
# stored text ends with the title; nothing cut.
# Kind asked for: a broker's note on an NEV or power-battery company (sales, revenue and attributable-profit forecasts,
# EPS, PE, target, rating): a battery maker with shipments (its "sales" in GWh), revenue and net-profit forecasts, EPS,
# PE, a target and a rating; the stored text never names the broker (the rating word 买进 is printed, the house is not)
# -> broker None (news73 zh03, news36 zh01); the stored notes with a named broker and a target were earlier stories
# (华创's and 东吴's notes on 比亚迪's sales) or printed no EPS and no target (信达's note on 长安汽车), see batch_a.md.
# Rating action: 买进 = buy, target 100元人民币 (CNY); no action word is printed (neither 维持 nor 首次) -> reiterate with no
# prior rating and no earlier target.
# Key: power-battery shipments 21.48GWh (+58.6%) and energy-storage shipments 28.71GWh (+37%) in 2025H1; the commercial-
# vehicle segment's electrification rate 10%; net-profit forecasts 44 / 67.5 / 89亿元 (+7.9% / +53.4% / +32%, FY2025-
# FY2027); PE 34 / 22 / 17x; product mix 45% / 37% / 18%; the 2025 shipment targets 80GWh (+58%) for energy storage and
# 50GWh (+65%) for power batteries; 2025H1 gross margins 17.6% (+6.1 pp) and 12% (-2.4 pp); new-energy commercial-vehicle
# sales +55% (2025-01..08); domestic energy-storage tenders 144GWh and Chinese makers' new orders +220% (2025-01..08);
# EPS 2.15 / 3.3 / 4.35元; revenue forecasts 666.1 / 911.22 / 1155.35亿元; total assets 1008.91亿元 (2024) and
# 1313.63亿元 (2027 forecast).
# Optional: the target as a target_price row; 2026 overall shipments "同比增幅超30%" (30, None) %; heavy trucks' "翻倍增长"
# (+100 %); the tenders' "同比增长超2倍" (200, None) %; the new orders "超160GWh" (160, None) GWh.
# Judgement calls: 净利润 is labelled with the attributable-profit alternatives (the digest's forecasts are the note's
# 净利润 line); "出货" (shipments) is the battery maker's sales volume, labelled in GWh on the product line with the company
# as alias; the product mix is a revenue share on each line (period None); the 2025 targets are the company's
# (全年目标), forecast rows on FY2025 with "target" in basis; "电动化率仅10%" belongs to the commercial-vehicle segment, not
# the company; the tender and order figures are market data (entities the domestic tenders and the Chinese makers); the
# total assets "由2024年的…增至2027年的…" are a forecast path, two rows without a prior; the ranks (市占率位居第二 /
# 排第二) give no rows.
EVE = "亿纬锂能|300014|EVE Energy|EVE"
PB1 = "动力电池|power batteries|power battery|" + EVE
ES1 = "储能电池|energy storage batteries|energy-storage batteries|" + EVE
CB1 = "消费电池|consumer batteries|" + EVE
H1, J8 = "2025H1", "2025-01..08"
SHP = "shipments|battery_shipments|shipment_volume|sales_volume"
SHPG = "shipments_growth|shipment_growth|sales_volume_growth"
NPF1 = "net_profit_forecast|net_profit_attributable|net_profit"
NPG1 = "net_profit_growth_forecast|net_profit_growth"


def fy1(metric, vals, unit, basis):
    return [m(metric, v, unit, EVE, "FY%d" % y, basis="forecast, " + basis) for y, v in zip((2025, 2026, 2027), vals)]


G["zh01"] = ([
    m("target_price|price_target", 100, "CNY", EVE, None, opt=True, basis="目标价100元人民币 (also in the rating action)"),
    m(SHP, 21.48, "GWh", PB1, H1, basis="动力电池出货, 2025年上半年"),
    m(SHPG, 58.6, "%", PB1, H1, basis="yoy"),
    m("electrification_rate|penetration_rate|ev_penetration", 10, "%", "商用车|商用车领域|commercial vehicles", None,
      basis="电动化率仅10% (the segment's, no date)"),
    m(SHP, 28.71, "GWh", ES1, H1, basis="储能电池出货, 2025年上半年"),
    m(SHPG, 37, "%", ES1, H1, basis="yoy"),
    *fy1(NPF1, (44e8, 67.5e8, 89e8), "CNY", "净利润"),
    *fy1(NPG1, (7.9, 53.4, 32), "%", "净利润 yoy"),
    *fy1("pe|pe_ratio|p/e", (34, 22, 17), "x", "市盈率 at the current price (依次)"),
    m("revenue_share|revenue_mix|share", 45, "%", PB1, None, basis="产品结构 (product mix)"),
    m("revenue_share|revenue_mix|share", 37, "%", ES1, None, basis="产品结构 (product mix)"),
    m("revenue_share|revenue_mix|share", 18, "%", CB1, None, basis="产品结构 (product mix)"),
    m("shipment_target|shipments", 80, "GWh", ES1, "FY2025", basis="2025年全年目标"),
    m("shipment_target_growth|shipments_growth", 58, "%", ES1, "FY2025", basis="target, yoy"),
    m("shipment_target|shipments", 50, "GWh", PB1, "FY2025", basis="2025年全年目标"),
    m("shipment_target_growth|shipments_growth", 65, "%", PB1, "FY2025", basis="target, yoy"),
    m(SHPG + "|shipments_growth_forecast", None, "%", EVE, "FY2026", rng=(30, None), opt=True,
      basis="整体出货量, forecast, 同比增幅超30%"),
    m("gross_margin", 17.6, "%", PB1, H1),
    m("gross_margin_change", 6.1, "pp", PB1, H1, basis="yoy, 提升"),
    m("gross_margin", 12, "%", ES1, H1),
    m("gross_margin_change", -2.4, "pp", ES1, H1, basis="yoy, 下降"),
    m("sales_growth|sales_volume_growth", 55, "%", "新能源商用车|new-energy commercial vehicles|NEV commercial vehicles",
      J8, basis="销量, yoy (market data)"),
    m("sales_growth|sales_volume_growth", 100, "%", "重卡|heavy trucks|new-energy heavy trucks", J8, opt=True,
      basis="翻倍增长 (doubling)"),
    m("tender_capacity|energy_storage_tenders|capacity", 144, "GWh",
      "国内储能招标|国内招标|domestic energy-storage tenders|储能市场", J8, basis="国内招标容量"),
    m("tender_capacity_growth|capacity_growth", None, "%", "国内储能招标|国内招标|domestic energy-storage tenders|储能市场",
      J8, rng=(200, None), opt=True, basis="同比增长超2倍"),
    m("new_orders|orders", None, "GWh", "中国企业|Chinese makers|储能市场", J8, rng=(160, None), opt=True,
      basis="新签订单超160GWh"),
    m("new_orders_growth|orders_growth", 220, "%", "中国企业|Chinese makers|储能市场", J8, basis="新签订单, yoy"),
    *fy1("eps_forecast|eps|earnings_per_share", (2.15, 3.3, 4.35), "CNY", "每股收益"),
    *fy1("revenue_forecast|revenue|operating_revenue", (666.1e8, 911.22e8, 1155.35e8), "CNY", "营业收入预测"),
    m("total_assets", 1008.91e8, "CNY", EVE, "FY2024", basis="2024年 level (start of the forecast path)"),
    m("total_assets|total_assets_forecast", 1313.63e8, "CNY", EVE, "FY2027", basis="forecast, 2027年"),
], [
    ra(None, EVE, "reiterate", "buy", None, 100, None, "CNY"),
])


# zh02: the statistics bureau's release on fixed-asset investment for January-October 2020 as posted by 福建省发展和改革
# 委员会 (fgw.fujian.gov.cn, zwgk/tjxx/202011/t20201125_5457230); the title kept, reworded, on the first line; the site's
# posting line "时间: 2020-11-20 08:15" left out as page furniture. Restored, not kept: the stored text lost the dashes and
# enumeration commas the title keeps ("110月份" / "19月份" for 1—10月份 / 1—9月份, "4.0%3.7%", "0.70.8"); they are set out
# as 1—10月份, 1—9月份, "4.0%、3.7%" and "0.7、0.8" (the title's own "1—10月份" fixes the form; news74 zh03's restored
# table). Cut: the stored text ends in the release's table ("2020110月份固定资产投资(不含农户)主要数据 指 标 同比增长(% 固定资产
# 投资(不含农户) 1.8 其中:国有控", broken off); the passage ends before it (its 1.8 repeats the lead; the table title's
# 2020 and 1—10 are dropped with it).
# Kind asked for: the statistics bureau's industrial-profit or fixed-asset-investment data (亿元, yoy, cumulative, sectors,
# 前值): FAI with amounts, yoy, the cumulative January-October period, sectors, industries, regions and ownership types;
# the previous cumulative period appears as pp changes against 1—9月份, not as printed levels (no prior).
# Key: FAI (excluding rural households) 483292亿元, +1.8% yoy, +1.0 pp vs Jan-Sep; private FAI 269183亿元, -0.7%, +0.8 pp
# (降幅收窄); October mom +3.22%; the three industries' amounts, growth and pp changes; industry -2.2% (+1.1 pp), mining
# -8.4% (+1.1 pp), manufacturing -5.3% (+1.2 pp), utilities +18.2% (+0.7 pp); infrastructure +0.7% (+0.5 pp) with rail
# +3.2% (-1.3 pp), road +2.7% (-0.3 pp), water +2.7% (+1.8 pp), public facilities -2.5% (+0.8 pp); the four regions and
# three ownership types with their pp changes.
# Optional: the title's 1.8% (twin).
# Judgement calls: rows whose sentence prints no 同比 are yoy (the paragraph opens with 同比); "降幅收窄X个百分点" of a
# negative rate is +X pp, "增速回落X个百分点" -X pp (news36 zh03); the pp changes are key rows on the growth's entity, no
# prior (the Jan-Sep rates are not printed); sectors, industries, regions and ownership types are entities of their own.
P2, M2 = "2020-01..10", "2020-10"
CN2 = "全国固定资产投资|固定资产投资(不含农户)|全国|中国|China|fixed-asset investment|FAI"
PRI2 = "民间固定资产投资|民间投资|private fixed-asset investment|private investment"
FI2 = "fixed_asset_investment|fai|investment"
FIG2 = "fixed_asset_investment_growth|fai_growth|investment_growth"
FIGC2 = "fixed_asset_investment_growth_change|fai_growth_change|investment_growth_change|growth_change"


def g2(ent, g, ch, lvl=None, note=""):
    out = [] if lvl is None else [m(FI2, lvl, "CNY", ent, P2, basis="cumulative 1—10月份")]
    return out + [m(FIG2, g, "%", ent, P2, basis="yoy" + note),
                  m(FIGC2, ch, "pp", ent, P2, basis="growth vs 1—9月份" + note)]


G["zh02"] = ([
    m(FIG2, 1.8, "%", CN2, P2, opt=True, basis="title (twin)"),
    *g2(CN2, 1.8, 1.0, 4.83292e13, ", 增速提高"),
    *g2(PRI2, -0.7, 0.8, 2.69183e13, ", 下降; 降幅收窄 -> +0.8 pp"),
    m("fixed_asset_investment_mom|fai_mom|investment_growth_mom|fai_growth", 3.22, "%", CN2, M2,
      basis="环比, 10月份"),
    *g2("第一产业|primary industry", 17.3, 2.8, 1.1861e12),
    *g2("第二产业|secondary industry", -2.1, 1.3, 1.38736e13, ", 下降; 降幅收窄"),
    *g2("第三产业|tertiary industry", 3.0, 0.7, 3.32695e13),
    *g2("工业投资|工业|industrial investment|industry", -2.2, 1.1, None, ", 下降; 降幅收窄"),
    *g2("采矿业|mining", -8.4, 1.1, None, ", 下降; 降幅收窄"),
    *g2("制造业|manufacturing", -5.3, 1.2, None, ", 下降; 降幅收窄"),
    *g2("电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", 18.2, 0.7),
    *g2("基础设施投资|基础设施|infrastructure investment|infrastructure", 0.7, 0.5, None,
        ", 不含电力、热力、燃气及水生产和供应业"),
    *g2("铁路运输业|railway transport", 3.2, -1.3, None, ", 增速回落"),
    *g2("道路运输业|road transport", 2.7, -0.3, None, ", 增速回落"),
    *g2("水利管理业|water conservancy", 2.7, 1.8),
    *g2("公共设施管理业|public facilities management", -2.5, 0.8, None, ", 下降; 降幅收窄"),
    *g2("东部地区|eastern region|east", 3.0, 0.5),
    *g2("中部地区|central region|central", -2.4, 1.9, None, ", 下降; 降幅收窄"),
    *g2("西部地区|western region|west", 4.0, 0.7, None, ", 依次"),
    *g2("东北地区|northeastern region|northeast", 3.7, 0.8, None, ", 依次"),
    *g2("内资企业|domestic enterprises", 1.5, 0.8),
    *g2("港澳台商企业|Hong Kong, Macau and Taiwan enterprises", 4.2, -0.7, None, ", 增速回落"),
    *g2("外商企业|foreign enterprises|foreign-invested enterprises", 11.2, 5.9),
], [])


# zh03: a reportify report page (reportify.cc/reports/1050427388866990080) with the digest of a broker note on 广发证券
# (000776)'s 2024 third-quarter report: the nine months' and the third quarter's revenue and attributable profit, the fee
# businesses (brokerage, asset management, investment banking), the capital businesses (investment, credit), the fund
# subsidiaries' AUM, the forecasts and the rating. No headline in the stored text and none composed; the section heads,
# " - " bullets and "[n]" markers kept; "我们" (the note's voice) written as "报告" (reported speech). Nothing cut (the
# stored text ends with the rating sentence).
# Kind asked for: a securities company's quarterly or annual report (revenue, attributable profit, brokerage, investment-
# banking and proprietary income, yoy): all of them are printed, read from the report by a broker's note (the stored
# single-company results items were filings whose stored text is the front matter, a note whose stored text never names
# the company, or 中信证券's nine months of 2025, already in news51 zh05's round-up; see batch_a.md).
# Rating action: broker not named (broker None, news73 zh03) maintains 买入 (买入(维持), "维持"买入"评级") on 广发证券; no
# target printed.
# Key: 2024Q1-Q3 total revenue 191.37亿元 (+6.24%), attributable profit 67.64亿元 (+16.43%); 2024Q3 revenue 73.59亿元
# (+54.08% yoy, +7.76% qoq), attributable profit 24.02亿元 (+88.90% yoy, -14.94% qoq); brokerage + asset management 50.9% of
# securities revenue; investment revenue 59.8亿元 (+114.7%), 33.6% of securities revenue; 2024Q3 annualised investment
# yield 2.31% (+2.01 pp), leverage 2.97x (+0.30x); brokerage fees 39.9亿元 (-10.7%), asset-management fees 50.8亿元
# (-15.7%), investment-banking fees 5.3亿元 (+33.1%), credit net interest income 13.7亿元 (-44.6%); 广发基金 / 易方达基金
# non-money-market AUM 8170 / 13660亿元 (+25% / +43%); forecasts FY2024-FY2026: revenue 262 / 272 / 287亿元 (+12.5% / +3.6% /
# +5.5%), attributable profit 89 / 99 / 110亿元 (+28.2% / +10.9% / +11.0%).
# Optional: the second printings of the investment revenue 59.8亿元 / +114.7% and of the Q3 yield 2.31% / +2.01 pp and
# leverage 2.97x / +0.30x (twins).
# Judgement calls: 营业总收入 (written 营收总额 for the quarter) is revenue; 投资业务收入 is the proprietary (self-
# investment) income; the first printing of 59.8亿元 prints no period but is the nine months' figure printed again under
# 2024前三季度 (both rows 2024Q1-Q3); "同比增加0.30倍" of a leverage multiple is a +0.30 x change; the share rows print no
# period of their own (50.9%: None; 33.6%: with the investment revenue, 2024Q1-Q3); the forecast upgrade ("上调盈利预测")
# prints no earlier figures (no priors); the fund companies are entities of their own.
GF = "广发证券|000776|GF Securities|广发"
N3, Q33 = "2024Q1-Q3", "2024Q3"
NP3 = "net_profit_attributable|net_profit|net_income"
NPG3 = "net_profit_attributable_growth|net_profit_growth"
REV3 = "revenue|total_revenue|operating_revenue"
REVG3 = "revenue_growth|total_revenue_growth|operating_revenue_growth"


def fc3(metric, vals, unit, basis):
    return [m(metric, v, unit, GF, "FY%d" % y, basis="forecast, " + basis) for y, v in zip((2024, 2025, 2026), vals)]


G["zh03"] = ([
    m(REV3, 191.37e8, "CNY", GF, N3, basis="营业总收入, 2024前三季度"),
    m(REVG3, 6.24, "%", GF, N3, basis="yoy"),
    m(NP3, 67.64e8, "CNY", GF, N3, basis="归母净利润"),
    m(NPG3, 16.43, "%", GF, N3, basis="yoy"),
    m(REV3, 73.59e8, "CNY", GF, Q33, basis="2024Q3 单季"),
    m(REVG3, 54.08, "%", GF, Q33, basis="yoy"),
    m(REVG3 + "|revenue_growth_qoq", 7.76, "%", GF, Q33, basis="qoq (环比)"),
    m(NP3, 24.02e8, "CNY", GF, Q33, basis="归母净利润, 2024Q3"),
    m(NPG3, 88.90, "%", GF, Q33, basis="yoy"),
    m(NPG3 + "|net_profit_growth_qoq", -14.94, "%", GF, Q33, basis="qoq (环比下降)"),
    m("revenue_share|share", 50.9, "%", "经纪与资管业务|brokerage and asset management|" + GF, None,
      basis="经纪+资管 合计 share of 证券主营收入"),
    m("investment_income|proprietary_trading_income|investment_revenue", 59.8e8, "CNY", "投资业务|investment business|" + GF,
      N3, opt=True, basis="first printing (twin; the period printed with the second)"),
    m("investment_income_growth|proprietary_trading_income_growth", 114.7, "%", "投资业务|investment business|" + GF, N3,
      opt=True, basis="yoy, first printing (twin)"),
    m("revenue_share|share", 33.6, "%", "投资业务|investment business|" + GF, N3, basis="share of 证券主营业务收入"),
    m("investment_yield|annualized_investment_yield|investment_return", 2.31, "%", GF, Q33, basis="年化投资收益率"),
    m("investment_yield_change|annualized_investment_yield_change", 2.01, "pp", GF, Q33, basis="yoy, 增加"),
    m("leverage|investment_leverage", 2.97, "x", GF, Q33, basis="投资杠杆"),
    m("leverage_change|investment_leverage_change", 0.30, "x", GF, Q33, basis="yoy, 增加0.30倍"),
    m("brokerage_fee_income|brokerage_income|net_fee_income", 39.9e8, "CNY", "经纪业务|brokerage|" + GF, N3,
      basis="经纪业务手续费净收入"),
    m("brokerage_fee_income_growth|brokerage_income_growth", -10.7, "%", "经纪业务|brokerage|" + GF, N3,
      basis="yoy, 下降"),
    m("asset_management_fee_income|asset_management_income|net_fee_income", 50.8e8, "CNY",
      "资管业务|asset management|" + GF, N3, basis="资管业务手续费净收入"),
    m("asset_management_fee_income_growth|asset_management_income_growth", -15.7, "%", "资管业务|asset management|" + GF,
      N3, basis="yoy, 下降"),
    m("aum|assets_under_management", 8170e8, "CNY", "广发基金|GF Fund Management", None, basis="非货基AUM"),
    m("aum_growth|assets_under_management_growth", 25, "%", "广发基金|GF Fund Management", None, basis="yoy"),
    m("aum|assets_under_management", 13660e8, "CNY", "易方达基金|易方达|E Fund Management|E Fund", None,
      basis="非货基AUM"),
    m("aum_growth|assets_under_management_growth", 43, "%", "易方达基金|易方达|E Fund Management|E Fund", None,
      basis="yoy"),
    m("investment_banking_fee_income|investment_banking_income|net_fee_income", 5.3e8, "CNY",
      "投行业务|investment banking|" + GF, N3, basis="投行业务手续费净收入"),
    m("investment_banking_fee_income_growth|investment_banking_income_growth", 33.1, "%",
      "投行业务|investment banking|" + GF, N3, basis="yoy"),
    m("investment_income|proprietary_trading_income|investment_revenue", 59.8e8, "CNY", "投资业务|investment business|" + GF,
      N3, basis="投资业务收入, 2024前三季度"),
    m("investment_income_growth|proprietary_trading_income_growth", 114.7, "%", "投资业务|investment business|" + GF, N3,
      basis="yoy"),
    m("investment_yield|annualized_investment_yield|investment_return", 2.31, "%", GF, Q33, opt=True,
      basis="second printing (twin)"),
    m("investment_yield_change|annualized_investment_yield_change", 2.01, "pp", GF, Q33, opt=True,
      basis="second printing (twin)"),
    m("leverage|investment_leverage", 2.97, "x", GF, Q33, opt=True, basis="second printing (twin)"),
    m("leverage_change|investment_leverage_change", 0.30, "x", GF, Q33, opt=True, basis="second printing (twin)"),
    m("net_interest_income|credit_business_income", 13.7e8, "CNY", "信用业务|credit business|margin financing|" + GF, N3,
      basis="信用业务净利息收入"),
    m("net_interest_income_growth|credit_business_income_growth", -44.6, "%", "信用业务|credit business|" + GF, N3,
      basis="yoy, 下降"),
    *fc3("revenue_forecast|revenue", (262e8, 272e8, 287e8), "CNY", "营收 (依次)"),
    *fc3("revenue_growth_forecast|revenue_growth", (12.5, 3.6, 5.5), "%", "营收 yoy"),
    *fc3("net_profit_forecast|net_profit_attributable|net_profit", (89e8, 99e8, 110e8), "CNY", "归母净利润 (依次)"),
    *fc3("net_profit_growth_forecast|net_profit_growth", (28.2, 10.9, 11.0), "%", "归母净利润 yoy"),
], [
    ra(None, GF, "maintain", "buy", "buy", None, None, None),
])


# zh04: an Eastmoney 股吧 post (guba.eastmoney.com, news,688227,1489586956) with the day's margin-trading report (Choice
# data): the market's financing, securities-lending and total margin balances with their day-on-day changes, the
# industries' table and the top net financing purchases. No headline in the stored text and none composed; the three
# section heads reworded; the tables' titles, column headings, "|" cells and "---" separators kept as printed. Cut: the
# stored text breaks off inside the top-ten table's seventh row ("603395 | N红"); the passage ends with the fifth row
# (中国联通), leaving out the sixth row (300033 | 同花顺 | 1.36亿 | 2.71 | 52.29亿 | 1.25 | - | -) to keep the passage within
# 900 characters (its 300033, 1.36, 2.71, 52.29 and 1.25 dropped with it). The "前十" table therefore shows five rows.
# Kind asked for: a margin-balance or northbound-flow daily (融资余额, 融券余额, 亿元, changes, single-stock net purchases):
# the kind asked for (news44 zh05 is the precedent, another day).
# Period None: 11月26日 with no year printed.
# Key: 沪指 -0.12%, 3260 points; financing balance 1.82万亿元 (-53.25亿元), securities-lending balance 107.22亿元
# (+1.79亿元), total margin balance 1.83万亿元 (-51.79亿元); 43 industries with a rising financing balance; the industry
# table's net inflow (signed as printed: the 净偿还 side prints "-9.14亿" etc.) and financing balance for ten industries,
# in CNY (the column headings say (元), the cells print 亿 without 元); 3709 eligible securities, 1684 with net financing
# purchases, 45.4%; the table's five rows: net financing purchase, its share of turnover (%), financing balance, close
# change (%); 长江电力's and 华胜天成's cumulative amounts over their streaks.
# Optional: the 103 industries (the universe); the list sizes 前五 / 前十; the streak lengths 3 and 4 days ("-" cells print
# no figure).
# Judgement calls (news44 zh05): the balances are end-of-day (当日收盘时); 政金债 (511520) is a bond fund listed among the
# 两融标的 and keeps its rows as named; 9.99 (光华科技, 华胜天成) is each stock's close change, two rows.
MKT4 = "沪深两市|两市|A股|A-share market|Shanghai and Shenzhen markets"
SH4 = "沪指|上证指数|Shanghai Composite|SSE Composite Index"
D4 = "11月26日, no year printed"
FB4 = "financing_balance|margin_financing_balance|margin_balance"
FBC4 = "financing_balance_change|margin_financing_balance_change|margin_balance_change"
NI4 = "net_financing_inflow|financing_net_inflow|net_inflow|net_financing_purchase"
NB4 = "net_financing_purchase|financing_net_buy|net_buy|net_financing_inflow"
SHR4 = "net_buy_share_of_turnover|financing_net_buy_ratio|share"
PC4 = "price_change|share_price_change|close_change"
IND4 = "东财二级行业|东财行业|Eastmoney level-2 industries"
TOP4, REP4 = "融资净流入前五 (top net inflow)", "融资净偿还前五 (top net repayment, negative as printed)"


def ind4(name, en, inflow, bal, side):
    e = name + "|" + en + "|" + IND4
    return [m(NI4, inflow, "CNY", e, None, basis=side + ", " + D4),
            m(FB4, bal, "CNY", e, None, basis="融资余额, " + D4)]


def stk4(code, name, en, nb, share, bal, chg):
    e = name + "|" + en + "|" + code
    return [m(NB4, nb, "CNY", e, None, basis="融资净买入额, " + D4),
            m(SHR4, share, "%", e, None, basis="融资净买入占成交额比"),
            m(FB4, bal, "CNY", e, None, basis="融资余额"),
            m(PC4, chg, "%", e, None, basis="收盘涨跌")]


G["zh04"] = ([
    m("index_change_pct|price_change|change_pct", -0.12, "%", SH4, None, basis="收跌0.12%, " + D4),
    m("index_close|close|index_level", 3260, "points", SH4, None, basis="报3260点, " + D4),
    m(FB4, 1.82e12, "CNY", MKT4, None, basis="沪深两市融资余额, end of day, " + D4),
    m(FBC4, -53.25e8, "CNY", MKT4, None, basis="比前一交易日减少53.25亿元"),
    m("securities_lending_balance|short_selling_balance|short_balance", 107.22e8, "CNY", MKT4, None, basis="两市融券余额"),
    m("securities_lending_balance_change|short_selling_balance_change|short_balance_change", 1.79e8, "CNY", MKT4, None,
      basis="比前一交易日增加1.79亿元"),
    m("margin_balance|margin_trading_balance|margin_financing_and_securities_lending_balance", 1.83e12, "CNY", MKT4, None,
      basis="两市融资融券余额合计"),
    m("margin_balance_change|margin_trading_balance_change", -51.79e8, "CNY", MKT4, None, basis="比前一交易日减少51.79亿元"),
    m("industries|count", 103, "industries", IND4, None, opt=True, basis="东财二级行业 universe"),
    m("industries|count", 43, "industries", IND4, None, basis="融资余额出现增加的行业"),
    m("industries|count", 5, "industries", IND4, None, opt=True, basis="list size 前五"),
    *ind4("化学制品", "chemical products", 5.02e8, 285.87e8, TOP4),
    *ind4("电力", "power|electricity", 3.72e8, 393.40e8, TOP4),
    *ind4("互联网金融", "internet finance", 1.42e8, 390.92e8, TOP4),
    *ind4("专用设备", "special-purpose equipment", 1.27e8, 386.80e8, TOP4),
    *ind4("化学原料", "chemical raw materials", 1.24e8, 280.38e8, TOP4),
    *ind4("其他电气设备", "other electrical equipment", -9.14e8, 146.01e8, REP4),
    *ind4("计算机软件", "computer software", -8.22e8, 896.09e8, REP4),
    *ind4("稀有金属", "rare metals", -6.46e8, 305.91e8, REP4),
    *ind4("电子设备制造", "electronic equipment manufacturing", -3.57e8, 515.04e8, REP4),
    *ind4("银行", "banks", -3.21e8, 600.55e8, REP4),
    m("securities|count|stocks", 3709, "stocks", "两融标的|margin-eligible securities", None, basis="两融标的 total"),
    m("securities|count|stocks", 1684, "stocks", "两融标的|margin-eligible securities", None, basis="获得融资净买入"),
    m("share|ratio|proportion", 45.4, "%", "两融标的|margin-eligible securities", None, basis="所占比例 of the 3709"),
    m("stocks|count", 10, "stocks", "两融标的|margin-eligible securities", None, opt=True, basis="list size 前十"),
    *stk4("002741", "光华科技", "Guanghua Technology", 3.30e8, 8.99, 5.38e8, 9.99),
    *stk4("600900", "长江电力", "China Yangtze Power", 2.81e8, 11.77, 89.33e8, -0.48),
    m("consecutive_days|streak_days", 3, "days", "长江电力|China Yangtze Power|600900", None, opt=True,
      basis="连续净买入天数"),
    m(NB4 + "|cumulative_net_buy", 5.30e8, "CNY", "长江电力|China Yangtze Power|600900", None,
      basis="累计金额 over the 3-day net-buying streak"),
    *stk4("511520", "政金债", "policy financial bond ETF", 2.32e8, 4.01, 5.94e8, 0.11),
    *stk4("600410", "华胜天成", "Teamsun", 2.25e8, 6.91, 7.81e8, 9.99),
    m("consecutive_days|streak_days", 4, "days", "华胜天成|Teamsun|600410", None, opt=True, basis="连续净买入天数"),
    m(NB4 + "|cumulative_net_buy", 3.16e8, "CNY", "华胜天成|Teamsun|600410", None,
      basis="累计金额 over the 4-day net-buying streak"),
    *stk4("600050", "中国联通", "China Unicom", 1.40e8, 6.80, 36.84e8, -0.2),
], [])


# zh05: 浙商中拓 (000906)'s notice of its 2023 profit-distribution plan as printed on aijingu.com (notices/000906/
# AN202404241631137363): the page's date line "公告日期:2024-04-25" kept; the notice header (证券代码 / 证券简称 / 公告编号
# with its runs of spaces), the company name and the notice title kept as printed (a document's name); the spaced
# figures ("2023 年", "2024 年4 月 23 日", "每 10 股", "3.50 元") kept with their spaces; the sentences reworded (the
# letter-spaced PDF line "度 合 并 报 表 实 现 归 属 于 …" reworded without the PDF's spacing). Left out as page furniture: the
# site's head ("联系客服 000906 深市 浙商中拓 首页 公告"), the page title repeated three times ("浙商中拓:关于公司2023年度利润分配
# 预案的公告", its 2023 dropped with each) and "PDF查看PDF原文". Cut: the stored text breaks off at the next section's head
# ("二、2023 年度利润分配预案的合法性和合理性 公司 2023 年"); the passage ends before it (its two 2023 dropped with it).
# Kind asked for: a listed company's dividend plan or shareholders' meeting (cash per 10 shares, dividend yield, total
# payout, share of net profit): the cash per 10 shares, the total payout and its share of the consolidated attributable
# profit and of the parent's distributable profit are printed; no dividend yield is printed (the stored dividend items
# with a yield were data tables, a policy item without a per-10-share figure, or earlier stories; see batch_a.md).
# Key (FY2023 unless noted): attributable net profit 710,787,405.60元; the parent's net profit 555,438,863.63元; the
# statutory surplus reserve 55,543,886.36元; the parent's distributable profit 1,399,794,166.93元 (2023-12-31); cash
# dividend 3.50元 per 10 shares (含税); total 244,822,192.65元; 34.44% of the attributable profit; 17.49% of the parent's
# distributable profit.
# Optional: the share base 699,491,979 shares (news15 zh01's share capital); the statutory 10% appropriation rate.
# Judgement calls: the dividend per 10 shares labelled as printed, pre-tax (含税), proposed (news15 zh01, news12 zh01); the
# parent company's figures on the parent with the company as alias; the meeting date, the notice number and the date line
# give no rows; a plan awaiting the shareholders' meeting keeps its fiscal year (FY2023).
ZS = "浙商中拓|浙商中拓集团股份有限公司|000906"
PAR5 = "母公司|parent company|" + ZS
Y5 = "FY2023"
G["zh05"] = ([
    m("net_profit_attributable|net_profit|net_income", 710787405.60, "CNY", ZS, Y5,
      basis="合并报表归属于上市公司股东的净利润, audited"),
    m("net_profit|parent_net_profit", 555438863.63, "CNY", PAR5, Y5, basis="母公司实现的净利润"),
    m("statutory_reserve_rate|appropriation_rate", 10, "%", PAR5, Y5, opt=True, basis="法定盈余公积金 提取比例"),
    m("statutory_surplus_reserve|surplus_reserve_appropriation", 55543886.36, "CNY", PAR5, Y5,
      basis="提取法定盈余公积金"),
    m("distributable_profit|retained_earnings_available", 1399794166.93, "CNY", PAR5, "2023-12-31",
      basis="母公司报表可供股东分配的利润, 2023 年末"),
    m("share_capital|total_shares|share_base", 699491979, "shares", ZS, None, opt=True,
      basis="最新总股本 at the plan's disclosure, the dividend base"),
    m("dividend|dividend_per_share|dps", 3.50, "CNY", ZS, Y5, basis="per 10 shares, pre-tax (含税), proposed"),
    m("total_dividend|total_cash_dividend|dividend_payout", 244822192.65, "CNY", ZS, Y5, basis="派送现金红利合计, proposed"),
    m("payout_ratio|dividend_payout_ratio", 34.44, "%", ZS, Y5, basis="of consolidated attributable net profit"),
    m("payout_ratio|dividend_share_of_distributable_profit", 17.49, "%", PAR5, Y5,
      basis="of the parent's distributable profit"),
], [])


# zh06: 央视网 (jingji.cntv.cn, 20120504/110722) on 万科's April 2012 sales report: April's area and amount with the change
# from March, the January-April totals, the March briefing's new projects, the first-quarter sales run since 2007, the
# first quarter's decline, the land-bank pauses and the April marketing. No headline in the stored text and none composed;
# the site's navigation line ("央视网|中国网络电视台|网站地图 | 客服设为首页 |") and the byline "(记者 董超文 实习生 董思)" left
# out as page furniture; the spokesman's quoted sentence rendered as reported speech (称). Nothing cut.
# Kind asked for: a developer's or property-manager's monthly sales briefing (contracted sales, area, yoy, mom,
# cumulative): the month's area and amount with the change from March (环比), the cumulative four months and the first
# quarter's yoy decline.
# Key: April 2012 sales area 76.7 万平方米 (-30.2% vs March) and amount 74.4 亿元 (-35.4%); 2012-01..04 area 377.6万平方米
# and amount 385.1亿元; 5 new projects (2012-03 briefing); first-quarter sales 46.1亿元 (2007Q1) and 355.1亿元 (2011Q1);
# 2012Q1 (今年1至3月) sales 310.7亿元, -12.5% yoy.
# Optional: the 5-year streak of first-quarter growth; "5年间翻了7倍" (7x, the writer's rounding of 46.1 -> 355.1); the
# 33-month gap; the 7 months with 2 projects (2008-10..2009-04); the 10 projects at the fair.
# Judgement calls: "与3月的数据相比分别下降30.2%和35.4%" pairs area then amount (printed order) and is month-on-month; the
# spaced "76.7 万平方米" / "74.4 亿元" are read as printed (76.7万 m2 -> 767000 m2, news23 zh04's m2); the March briefing's
# 5 new projects are dated 2012-03; "6年来首次" and "自2007年以来…第一次" are streak statements without a figure of their
# own (no rows); 今年 = 2012.
VK = "万科|万科A|Vanke|China Vanke"
CSL6 = "contracted_sales|sales|sales_amount"
CSG6 = "contracted_sales_growth|sales_growth|sales_amount_growth"
GFA6 = "contracted_gfa|sales_area|gfa_sold"
GFAG6 = "contracted_gfa_growth|sales_area_growth|gfa_sold_growth"
G["zh06"] = ([
    m(GFA6, 7.67e5, "m2", VK, "2012-04", basis="4月份 销售面积 76.7 万平方米"),
    m(CSL6, 74.4e8, "CNY", VK, "2012-04", basis="4月份 销售金额"),
    m(GFAG6, -30.2, "%", VK, "2012-04", basis="mom (与3月相比), 下降"),
    m(CSG6, -35.4, "%", VK, "2012-04", basis="mom (与3月相比), 下降"),
    m(GFA6, 3.776e6, "m2", VK, "2012-01..04", basis="1至4月 累计"),
    m(CSL6, 385.1e8, "CNY", VK, "2012-01..04", basis="1至4月 累计"),
    m("new_projects|projects_added|count", 5, "projects", VK, "2012-03", basis="2012年3月份销售简报, 新增项目"),
    m("streak|consecutive_years", 5, "years", VK, None, opt=True, basis="一季度销售金额连续5年同比上升 (2007-2011)"),
    m(CSL6, 46.1e8, "CNY", VK, "2007Q1", basis="一季度销售金额"),
    m(CSL6, 355.1e8, "CNY", VK, "2011Q1", basis="一季度销售金额"),
    m("growth_multiple|sales_multiple", 7, "x", VK, None, opt=True, basis="5年间翻了7倍 (2007Q1 -> 2011Q1, as printed)"),
    m(CSL6, 310.7e8, "CNY", VK, "2012Q1", basis="今年1至3月 销售金额"),
    m(CSG6, -12.5, "%", VK, "2012Q1", basis="yoy, 下降"),
    m("months|gap_months", 33, "months", VK, None, opt=True, basis="时隔33个月 (first two months in a row without land)"),
    m("months|duration", 7, "months", VK, "2008-10..2009-04", opt=True, basis="拿地低潮, 7个月"),
    m("new_projects|projects_added|count", 2, "projects", VK, "2008-10..2009-04", opt=True, basis="7个月里仅新增2个项目"),
    m("projects|count", 10, "projects", "深圳万科|" + VK, None, opt=True, basis="春交会 10大项目"),
], [])
