# Hand labels for news54/zh, batch a (zh01-zh06; mainland China pages, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code
# was run (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs
# page, gold file (beyond a grep of the "unit" values, as the brief asked) or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news52/zh and news53/zh README.md and the labels files of news52/zh. Values fully
# scaled (亿元 / 亿 -> x1e8 CNY, 万元 -> x1e4 CNY, 万亿元 -> x1e12 CNY, 万股 -> x1e4 shares, 万元/吨 -> x1e4 CNY/tonne);
# mainland 元 = CNY; an amount printed without 元 ("1.98亿", "4.92亿", "22 万") is CNY (per tonne where the context is a
# per-tonne quote); declines negative (下降, 下跌, 缩水, 暴跌, 大降, 亏损, 净流出, 减仓, 同比-30%), a loss that narrows is a
# negative loss change; 同比 = yoy, 较年初 = vs the previous year-end in basis; 个百分点 -> pp, 个基点 -> bp. A figure printed
# twice (headline / sub-head and body) is one key row plus an optional twin; "较A…" / "相比去年同期A" gives the level with
# prior A plus an optional row for A; no prior is derived from a printed change alone. Forecast ranges ("1.98亿至2.5亿
# 之间") and quote ranges ("8.5-9.1 万元/吨") are key ranges with value None; "下降49.15%至59.73%" is a negative range.
# Bounds (超, 超过) on thresholds are optional open ranges; 近X -> X and 左右 (about) -> the figure, key where it is the
# only figure for its metric. Stock codes, years of management changes, week numbers and section numbers carry no row.
# Units: "units" for 套 (a count noun), "square metres" for ㎡, "CNY/m2" for 元/㎡, "CNY/tonne" for 万元/吨, "stocks" for
# 只股票, "shares" for 股, "banks" for 家城商行, "years" for a streak of years (all checked against the unit values of
# earlier sets).
# Periods only where the text states or clearly implies the year (the addresses and the writer's knowledge are never
# used): zh01 FY2024, FY2020 and FY2021 (printed) and 2024-12-31 for balances of the printed 2024; zh02 2025Q1-Q3,
# 2025Q3, 2025-09-30 and FY2022-FY2024 (printed), the prior year's quarter 2024Q3 / 2024Q1-Q3 (去年同期); zh03 None
# (no date in the text); zh04 2018-01-22..2018-01-28 (printed "2018年第04周(01月22日~01月28日)") and
# 2018-01-15..2018-01-21 for 上周 (the week before the printed one); zh05 2024H1 (printed "2024年1月1日至6月30日")
# with 2023H1 for 上年同期; zh06 None (5月 dates and 本周 without a year).
# No rating actions: none of the six kinds carries a broker rating or target.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a digest of 重庆银行's 2024 annual results with its five-year profitability trend (reportify.cn news page; the
# digest's sections and " - " bullets run on one line with the citation markers [2][3] ... [13] as printed; the title,
# printed under the digest in the stored page, is put on the first line, reworded around "下滑2.6%" and "连续五年"; the
# section labels reworded). Key: revenue 136.79亿元 (+3.54%), attributable net profit 51.17亿元 (+3.80%); net interest income
# 101.76亿元 (-2.59%); non-interest income 35.03亿元 (+26.72%) and its 25.61% share of revenue; fee income 8.88亿元 (+115.73%);
# investment income 23.62亿元 (+17.50%); ROA 0.68% (from 0.86% in 2020); net interest spread 1.22% (from 2.18%); cost-income
# ratio 28.41% (from 20.64% in 2020); operating expenses 37.41亿元 (+8.50%); weighted ROE 9.29% (from 12.23% in 2020); total
# assets 8566亿元 (+12.7%), deposits 4741亿元 (+14.3%), loans 4406亿元 (+12.1%); yield on interest-earning assets 3.80% (-33 bp),
# cost of interest-bearing liabilities 2.58% (-16 bp); NPL ratio 1.25% (the highest of 8 city banks); 2021's revenue 145.15亿元
# and net profit 46.64亿元; top-five holders 74.51%, 香港中央结算 33.75%; basic EPS 1.38元; proposed dividend 2.48元 per 10 shares.
# Optional: the headline's "下滑2.6%" (rounded twin of -2.59%), the 2020 levels and the earlier spread 2.18% as rows of their
# own, the "连续五年" streaks, the count of 8 city banks.
# Judgement calls: "由2020年的A降至2024年的B" gives B (FY2024) with prior A, plus an optional FY2020 row for A (the prior is
# four years back, as printed); the spread's "由2.18%收窄至1.22%" prints no years — 1.22% takes FY2024 from the bullet's
# 2020-2024 frame and the item's year, 2.18% gets period None; the balances printed without a date ("总资产8566亿元(同比
# +12.7%)") take 2024-12-31, the year-end of the printed 2024; changes in 个基点 are key bp rows, no prior derived; "净利润低于
# 2021年46.64亿元" (51.17亿元 is not lower — as printed) gives a key FY2021 row; "2023-2024年" (management changes) no row.
CQ = "重庆银行|重慶銀行|Bank of Chongqing|BOCQ"
Y1, E1 = "FY2024", "2024-12-31"
G["zh01"] = ([
    m("net_interest_income_growth|nii_growth", -2.6, "%", CQ, Y1, opt=True,
      basis="headline: 下滑2.6% (rounded twin of -2.59%)"),
    m("streak|decline_streak", 5, "years", CQ, None, opt=True, basis="headline: 连续五年走低"),
    m("revenue|operating_income", 1.3679e10, "CNY", CQ, Y1, basis="营业收入"),
    m("revenue_growth", 3.54, "%", CQ, Y1, basis="yoy"),
    m("net_profit|net_income", 5.117e9, "CNY", CQ, Y1, basis="attributable (归母)"),
    m("net_profit_growth", 3.80, "%", CQ, Y1, basis="attributable, yoy"),
    m("net_interest_income|nii", 1.0176e10, "CNY", CQ, Y1, basis="利息净收入"),
    m("net_interest_income_growth|nii_growth", -2.59, "%", CQ, Y1, basis="yoy, 减少"),
    m("non_interest_income", 3.503e9, "CNY", CQ, Y1),
    m("non_interest_income_growth", 26.72, "%", CQ, Y1, basis="yoy, 上涨"),
    m("non_interest_income_share|share_of_revenue|share", 25.61, "%", CQ, Y1, basis="share of revenue, 升至"),
    m("net_fee_income|fee_income|net_fee_and_commission_income", 8.88e8, "CNY", CQ, Y1, basis="手续费及佣金净收入"),
    m("net_fee_income_growth|fee_income_growth", 115.73, "%", CQ, Y1, basis="yoy, printed 同比+115.73%"),
    m("investment_income", 2.362e9, "CNY", CQ, Y1),
    m("investment_income_growth", 17.50, "%", CQ, Y1, basis="yoy, printed 同比+17.50%"),
    m("roa|return_on_assets", 0.68, "%", CQ, Y1, prior=0.86, basis="平均总资产回报率; prior = 2020"),
    m("roa|return_on_assets", 0.86, "%", CQ, "FY2020", opt=True, basis="2020 level"),
    m("streak|decline_streak", 5, "years", CQ, None, opt=True, basis="ROA 连续五年走低"),
    m("net_interest_spread|interest_spread", 1.22, "%", CQ, Y1, prior=2.18, basis="净利差, 收窄"),
    m("net_interest_spread|interest_spread", 2.18, "%", CQ, None, opt=True, basis="earlier level (no year printed)"),
    m("cost_income_ratio|cost_to_income_ratio", 28.41, "%", CQ, Y1, prior=20.64, basis="prior = 2020"),
    m("cost_income_ratio|cost_to_income_ratio", 20.64, "%", CQ, "FY2020", opt=True, basis="2020 level"),
    m("operating_expenses|opex", 3.741e9, "CNY", CQ, Y1, basis="业务及管理费用"),
    m("operating_expenses_growth|opex_growth", 8.50, "%", CQ, Y1, basis="yoy, 上涨"),
    m("roe|return_on_equity", 9.29, "%", CQ, Y1, prior=12.23, basis="加权平均净资产收益率; prior = 2020"),
    m("roe|return_on_equity", 12.23, "%", CQ, "FY2020", opt=True, basis="2020 level"),
    m("total_assets|assets", 8.566e11, "CNY", CQ, E1, basis="总资产"),
    m("total_assets_growth|assets_growth", 12.7, "%", CQ, E1, basis="printed 同比+12.7%"),
    m("deposits|customer_deposits", 4.741e11, "CNY", CQ, E1),
    m("deposit_growth|deposits_growth", 14.3, "%", CQ, E1, basis="printed 同比+14.3%"),
    m("loans|total_loans", 4.406e11, "CNY", CQ, E1),
    m("loan_growth|loans_growth", 12.1, "%", CQ, E1, basis="printed 同比+12.1%"),
    m("yield_on_interest_earning_assets|asset_yield", 3.80, "%", CQ, Y1, basis="生息资产平均收益率"),
    m("asset_yield_change|yield_change|change", -33, "bp", CQ, Y1, basis="下降33个基点"),
    m("cost_of_interest_bearing_liabilities|funding_cost|liability_cost", 2.58, "%", CQ, Y1, basis="计息负债平均成本率"),
    m("funding_cost_change|liability_cost_change|change", -16, "bp", CQ, Y1, basis="下降16个基点"),
    m("npl_ratio|non_performing_loan_ratio", 1.25, "%", CQ, E1, basis="the highest of 8 city commercial banks"),
    m("count|banks", 8, "banks", "城商行|city commercial banks", None, opt=True, basis="8家城商行 (comparison group)"),
    m("revenue|operating_income", 1.4515e10, "CNY", CQ, "FY2021", basis="2021 level, not yet regained"),
    m("net_profit|net_income", 4.664e9, "CNY", CQ, "FY2021", basis="2021 level, printed as higher than 2024's"),
    m("shareholding|stake", 74.51, "%", "前五大股东|top five shareholders|" + CQ, None, basis="合计持股"),
    m("shareholding|stake", 33.75, "%", "香港中央结算|HKSCC|" + CQ, None, basis="largest shareholder"),
    m("eps|basic_eps|earnings_per_share", 1.38, "CNY", CQ, Y1, basis="基本每股收益"),
    m("dividend|dividend_per_share", 2.48, "CNY", CQ, Y1, basis="per 10 shares, proposed (拟每10股派发现金)"),
], [])


# zh02: a feature on 酒鬼酒's slump with its 2025 third-quarter report (cjcn.com.cn; the lead "导语" line and the section
# head "01 利润暴跌、现金吃紧…" reworded; no headline in the stored text, none composed; the stored text breaks off
# mid-sentence after the contract-liability paragraph, so the passage ends there; the source's doubled "下降下降52.24%"
# is written once). Key: nine months revenue 7.60亿元 (-36.21%), attributable loss 980.55万元 (-117.36%); third quarter
# revenue 1.98亿元 (+0.78%), loss 1876万元 (prior-year quarter's loss 6453万元, narrowed 70.9%); FY2022 revenue 40.5亿元 and
# net profit 10.49亿元; FY2023 28.3亿元 (-30%) and 5.48亿元 (-47.76%); FY2024 14.23亿元 (-49.7%) and 1249万元 (-97.72%);
# nine-month operating cash flow -3.26亿元 (prior -4.11亿元); at end-September 2025 cash 5.4亿元 (from 12.5亿元, 近六成
# down), inventory 18.4亿元 (+5.17%), contract liabilities 1.17亿元 (-52.24% vs the start of the year). Optional: the
# lead's "10亿利润" and the body's "净利润由10亿元跌成亏损" (rounded restatements of 2022's 10.49亿元), the prior-year
# levels -6453万元 and -4.11亿元, the start-of-year cash 12.5亿元.
# Judgement calls: a loss is a negative net_profit (亏损980.55万元 -> -9.8055e6); "亏损幅度缩小70.9%" is a key loss_change
# of -70.9 % (the loss narrows; news52 zh08 labels a widening loss positive); "同比-30%" printed with a minus sign is -30;
# "缩水近六成" is a key -60 % change (近X -> X) since no exact change is printed; 年初 (start of 2025) is dated 2024-12-31
# on the optional level row; "十年来头一回亏损", "三连降" and the code 000799 carry no row.
JG = "酒鬼酒|酒鬼酒股份有限公司|Jiugui Liquor|JiuGui|000799"
N9, Q3, B2 = "2025Q1-Q3", "2025Q3", "2025-09-30"
G["zh02"] = ([
    m("net_profit|profit", 1e9, "CNY", JG, None, opt=True, basis="lead: 三年时间10亿利润跌没了 (rounded)"),
    m("revenue", 7.6e8, "CNY", JG, N9, basis="前三季度"),
    m("revenue_growth", -36.21, "%", JG, N9, basis="yoy, 下降"),
    m("net_profit|net_loss", -9.8055e6, "CNY", JG, N9, basis="attributable (归母), loss, 前三季度"),
    m("net_profit_growth", -117.36, "%", JG, N9, basis="yoy, 暴跌"),
    m("revenue", 1.98e8, "CNY", JG, Q3, basis="第三季度"),
    m("revenue_growth", 0.78, "%", JG, Q3, basis="yoy, 微增"),
    m("net_profit|net_loss", -1.876e7, "CNY", JG, Q3, prior=-6.453e7, basis="loss, 第三季度; prior-year quarter 亏损6453万元"),
    m("net_profit|net_loss", -6.453e7, "CNY", JG, "2024Q3", opt=True, basis="去年同期 loss"),
    m("loss_change|net_loss_change|net_profit_change", -70.9, "%", JG, Q3, basis="亏损幅度缩小 (loss narrowed), yoy"),
    m("revenue", 4.05e9, "CNY", JG, "FY2022"),
    m("net_profit", 1.049e9, "CNY", JG, "FY2022"),
    m("revenue", 2.83e9, "CNY", JG, "FY2023", basis="降至"),
    m("revenue_growth", -30, "%", JG, "FY2023", basis="yoy, printed 同比-30%"),
    m("net_profit", 5.48e8, "CNY", JG, "FY2023"),
    m("net_profit_growth", -47.76, "%", JG, "FY2023", basis="yoy, 大降"),
    m("revenue", 1.423e9, "CNY", JG, "FY2024", basis="仅剩"),
    m("revenue_growth", -49.7, "%", JG, "FY2024", basis="yoy, printed 同比-49.7%"),
    m("net_profit", 1.249e7, "CNY", JG, "FY2024", basis="仅"),
    m("net_profit_growth", -97.72, "%", JG, "FY2024", basis="yoy, 暴跌"),
    m("net_profit", 1e9, "CNY", JG, "FY2022", opt=True, basis="由10亿元跌成亏损 (rounded restatement of 10.49亿元)"),
    m("operating_cash_flow|net_operating_cash_flow", -3.26e8, "CNY", JG, N9, prior=-4.11e8,
      basis="经营性现金流净额, 前三季度; prior = 去年同期"),
    m("operating_cash_flow|net_operating_cash_flow", -4.11e8, "CNY", JG, "2024Q1-Q3", opt=True, basis="去年同期"),
    m("cash|cash_balance|monetary_funds", 5.4e8, "CNY", JG, B2, prior=1.25e9, basis="货币资金, 仅剩; prior = 年初"),
    m("cash|cash_balance|monetary_funds", 1.25e9, "CNY", JG, "2024-12-31", opt=True, basis="年初 (start of 2025)"),
    m("cash_change|change", -60, "%", JG, B2, basis="vs 年初, 缩水近六成 (近 -> the figure)"),
    m("inventory|inventories", 1.84e9, "CNY", JG, B2, basis="存货, 高达, record"),
    m("inventory_growth", 5.17, "%", JG, B2, basis="yoy"),
    m("contract_liabilities|advance_receipts", 1.17e8, "CNY", JG, B2, basis="合同负债(预收款), 仅"),
    m("contract_liabilities_change|contract_liabilities_growth|change", -52.24, "%", JG, B2, basis="vs 年初, 下降"),
], [])


# zh03: a weekly price review of lithium-battery cathode materials and their inputs (chinasihan.com industry-news page;
# no headline or date in the stored text, none composed; the stored text breaks off mid-sentence in the lithium-carbonate
# paragraph, so the passage ends with that paragraph's first sentence; the spaces around the figures and units as printed,
# e.g. "8.5-9.1 万元/吨", "镍 55 型", "NCM811 型", "常规 523 型", "硫酸钴 处在", "3.6-3.7 万元/吨 之间").
# Key: quote ranges of 动力型磷酸铁锂 8.5-9.1 万元/吨 (+0.1 万元/吨 wow), 镍55型三元材料 22.1-22.5 (+0.2), NCM523数码型 23.4-23.8
# (+0.2), NCM811型 26.9-27.4, 523型三元前驱体 13.1-13.5 (+0.1), 硫酸钴 9.5-10.3 (+0.5), 硫酸镍 3.6-3.7, 硫酸锰 0.95-1 (all 万元/吨),
# and battery-grade lithium carbonate 22 万左右. Judgement calls: period None (本周, no date); a quote range is a key range
# in CNY/tonne with value None (8.5-9.1 万元/吨 -> 85000-91000); a weekly change "较上周同期上涨 0.1 万元/吨" is a key
# CNY/tonne row (+1000), no prior derived; "22 万左右" (no unit printed) is a key 220000 CNY/tonne level (左右 = about).
R3 = "price|quote|price_range|offer_price"
C3 = "price_change|weekly_price_change|change"
LFP = "动力型磷酸铁锂|主流动力型磷酸铁锂|磷酸铁锂|LFP|lithium iron phosphate"
N55 = "镍55型三元材料|镍 55 型三元材料|三元材料|NCM cathode|ternary cathode"
N523 = "NCM523数码型三元材料|NCM523|三元材料|NCM523 cathode"
N811 = "NCM811型三元材料|NCM811 型三元材料|NCM811|三元材料"
P523 = "523型三元前驱体|523 型三元前驱体|三元前驱体|NCM precursor"
COS = "硫酸钴|cobalt sulphate|cobalt sulfate"
NIS = "硫酸镍|nickel sulphate|nickel sulfate"
MNS = "硫酸锰|manganese sulphate|manganese sulfate"
LI = "电池级碳酸锂|碳酸锂|battery-grade lithium carbonate|lithium carbonate"
WOW = "vs 上周同期 (week on week), 上涨"
G["zh03"] = ([
    m(R3, None, "CNY/tonne", LFP, None, rng=(85000, 91000), basis="本周报价, 主流动力型"),
    m(C3, 1000, "CNY/tonne", LFP, None, basis=WOW),
    m(R3, None, "CNY/tonne", N55, None, rng=(221000, 225000), basis="本周报价"),
    m(C3, 2000, "CNY/tonne", N55, None, basis=WOW),
    m(R3, None, "CNY/tonne", N523, None, rng=(234000, 238000), basis="本周报价"),
    m(C3, 2000, "CNY/tonne", N523, None, basis=WOW),
    m(R3, None, "CNY/tonne", N811, None, rng=(269000, 274000), basis="本周报价"),
    m(R3, None, "CNY/tonne", P523, None, rng=(131000, 135000), basis="本周报价, 常规"),
    m(C3, 1000, "CNY/tonne", P523, None, basis=WOW),
    m(R3, None, "CNY/tonne", COS, None, rng=(95000, 103000), basis="本周报价"),
    m(C3, 5000, "CNY/tonne", COS, None, basis=WOW),
    m(R3, None, "CNY/tonne", NIS, None, rng=(36000, 37000), basis="本周报价"),
    m(R3, None, "CNY/tonne", MNS, None, rng=(9500, 10000), basis="本周报价"),
    m("price|quote", 220000, "CNY/tonne", LI, None, basis="本周报价, 已达到 22 万左右 (about; unit not printed)"),
], [])


# zh04: Shenzhen's weekly new-property transaction statistics by type (banq.cn; the sub-headline "■新宅量跌价升,均价
# 5.5万元/㎡" reworded around its figure, with its "■" and trailing space; the tab indents as printed; the passage stops
# before the table caption "全市商品房分类成交数据(01月22日~01月28日)" and its header cells, where the stored table has no
# rows). Key, for the city total and each of 新房住宅 / 商业 / 办公楼 / 其他: units (套) with the previous week's figure as
# prior, area (㎡) with prior, average price (元/㎡) with prior, total value, average total price per unit, the segment's
# shares of the city's units and area, and the week's % changes in units, area and average price (下跌 / 下降 negative).
# Optional: the sub-headline's rounded "5.5万元/㎡" (the new homes' 55284元/㎡) and the previous week's levels as rows of
# their own. Judgement calls: period "2018-01-22..2018-01-28" (printed week) and "2018-01-15..2018-01-21" for 上周 (the
# week before); 套 -> "units", ㎡ -> "square metres", 元/㎡ -> "CNY/m2"; the oddities are labelled as printed: 商业's
# "总金额55.48亿元" (5.548e9, although 206 units at 269.34万元 each would be about 5.5亿元) and 办公楼's "套均总价306.40元"
# (306.4 CNY, 万 missing); segments take their own name with the city as alias; "第04周" carries no row.
SZ = "深圳全市商品房|深圳全市|深圳商品房|深圳|Shenzhen|Shenzhen commercial housing"
NH = "新房住宅|新宅|深圳新房住宅|new homes|new residential|" + SZ
CM = "商业|商业类|commercial|" + SZ
OF = "办公楼|offices|office|" + SZ
OT = "其他|其他类|others|other|" + SZ
W4, PW4 = "2018-01-22..2018-01-28", "2018-01-15..2018-01-21"
UN4 = "transactions|units_sold|sales_volume|transaction_volume"
AR4 = "transaction_area|area_sold|gfa_sold|floor_area_sold"
AP4 = "average_price|avg_price|asp|average_selling_price"
TV4 = "transaction_value|sales_value|total_value|sales"
PU4 = "average_total_price|average_price_per_unit|price_per_unit"
SU4 = "share_of_units|unit_share|share"
SA4 = "share_of_area|area_share|share"
CU4 = "transactions_change|units_change|volume_change|change"
CA4 = "area_change|transaction_area_change|change"
CP4 = "average_price_change|price_change|change"


def seg4(ent, units, pu, area, parea, price, pprice, value, per_unit, shares, chg):
    rows = [
        m(UN4, units, "units", ent, W4, prior=pu, basis="成交套数; prior = 上周"),
        m(UN4, pu, "units", ent, PW4, opt=True, basis="上周"),
        m(AR4, area, "square metres", ent, W4, prior=parea, basis="成交面积; prior = 上周"),
        m(AR4, parea, "square metres", ent, PW4, opt=True, basis="上周"),
        m(AP4, price, "CNY/m2", ent, W4, prior=pprice, basis="成交均价; prior = 上周"),
        m(AP4, pprice, "CNY/m2", ent, PW4, opt=True, basis="上周"),
        m(TV4, value, "CNY", ent, W4, basis="总金额"),
        m(PU4, per_unit, "CNY", ent, W4, basis="套均总价"),
    ]
    if shares:
        rows += [m(SU4, shares[0], "%", ent, W4, basis="share of the city's units"),
                 m(SA4, shares[1], "%", ent, W4, basis="share of the city's area")]
    rows += [m(CU4, chg[0], "%", ent, W4, basis="week on week"),
             m(CA4, chg[1], "%", ent, W4, basis="week on week"),
             m(CP4, chg[2], "%", ent, W4, basis="week on week")]
    return rows


G["zh04"] = ([
    m(AP4, 55000, "CNY/m2", NH, W4, opt=True, basis="sub-headline: 均价5.5万元/㎡ (rounded twin of 55284)"),
    *seg4(SZ, 930, 1325, 76458.66, 104390.1, 53060, 52774, 4.056e9, 4.3622e6, None, (-29.81, -26.76, 0.54)),
    *seg4(NH, 535, 714, 53555.03, 73129.42, 55284, 53416, 2.96e9, 5.534e6, (57.53, 70.04), (-25.07, -26.77, 3.50)),
    *seg4(CM, 206, 187, 12151.88, 10979.65, 45659, 58113, 5.548e9, 2.6934e6, (22.15, 15.89), (10.16, 10.68, -21.43)),
    *seg4(OF, 165, 415, 9472.1, 19756.22, 53374, 48048, 5.06e8, 306.40, (17.74, 12.39), (-60.24, -52.06, 11.08)),
    *seg4(OT, 24, 9, 1279.65, 524.81, 27934, 29392, 3.6e7, 1.4894e6, (2.58, 1.67), (166.67, 143.83, -4.96)),
], [])


# zh05: 中国宝安's first-half 2024 profit-warning summary (stockstar.com; the "(原标题:2024年半年度业绩预告)" line kept as
# the title; the bullets " - " run on as printed; whole stored item). Key: attributable net profit forecast 1.98亿至2.5亿
# (no 元) against 4.92亿 a year earlier, -49.15% to -59.73%; net profit excluding non-recurring items 2.01亿至2.53亿 against
# 3.3亿, -23.26% to -39.03%; basic EPS 0.0768元至0.0969元 against 0.1906元. Optional: the year-earlier levels as rows of
# their own (2023H1). Judgement calls: forecast ranges are key ranges with value None and the year-earlier figure as prior
# (prior_value; the text prints a single prior); a "下降A%至B%" range is negative (rng=(-59.73, -49.15)); period 2024H1
# from the printed "2024年1月1日至6月30日"; the causes (芳源股份, 大佛药业) give no row.
CB = "中国宝安|中国宝安集团股份有限公司|中国宝安集团|China Baoan|China Baoan Group|000009"
H5, PH5 = "2024H1", "2023H1"
G["zh05"] = ([
    m("net_profit|net_profit_forecast", None, "CNY", CB, H5, rng=(1.98e8, 2.5e8), prior=4.92e8,
      basis="forecast, attributable (归母); prior = 去年同期"),
    m("net_profit_growth|net_profit_change", None, "%", CB, H5, rng=(-59.73, -49.15), basis="forecast, yoy, 下降"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|adjusted_net_profit|net_profit", None, "CNY", CB, H5,
      rng=(2.01e8, 2.53e8), prior=3.3e8, basis="forecast, excluding non-recurring items (扣非); prior = 上年同期"),
    m("net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth", None, "%", CB, H5,
      rng=(-39.03, -23.26), basis="forecast, yoy, 下降, 扣非"),
    m("eps|basic_eps|earnings_per_share", None, "CNY", CB, H5, rng=(0.0768, 0.0969), prior=0.1906,
      basis="forecast, basic; prior = 上年同期"),
    m("net_profit", 4.92e8, "CNY", CB, PH5, opt=True, basis="去年同期, attributable"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|net_profit", 3.3e8, "CNY", CB, PH5, opt=True, basis="上年同期, 扣非"),
    m("eps|basic_eps|earnings_per_share", 0.1906, "CNY", CB, PH5, opt=True, basis="上年同期, basic"),
], [])


# zh06: 中国证券报's weekly northbound-flow story carried by sina (the credit line "转自:中国证券报" kept; the ad line
# "炒股就看金麒麟…" above it, the chart caption "本周北向资金持股增加数前十个股" and sina's "(维权)" link after 中天科技 left
# out; the sub-head kept, reworded around 44只 and 超1000万股; the stored text breaks off mid-sentence ("从市场表现上来看,
# 本周北"), so the passage ends with the sentence before; the day list's "5月12日" after 5月18日 — a misprint for 5月19日 —
# kept as printed). Key: the three indices' weekly gains 0.34% / 0.78% / 1.16%; net outflow 16.91亿元 (沪股通 9.57亿元,
# 深股通 7.34亿元); holdings raised in 1319 stocks and cut in 1249; the five daily flows; holdings' market value 2.41万亿元
# (+30亿元); 44 stocks with over 10 million shares added; 民生银行 +6902.76万股, 中国银行 +4116.83万股, 京东方A +3384.23万股;
# 中天科技 +9.19%, 中国电信 -8.61%; 14 stocks with holdings' value up over 5亿元; 三花智控 +16.61亿元, 阳光电源 +15.93亿元,
# 恒瑞医药 +13.91亿元; 汇川技术 cut by 15.5万股. Optional: the sub-head's 44, the second printing of 1319, the bound "净流出
# 超10亿元" and the thresholds 超1000万股 / 超过1000万股 / 超过5亿元. Judgement calls: period None (本周 and 5月 dates, no year);
# daily flows carry their date in basis; a net outflow is a negative flow; "减仓15.5万股" is a negative holding change;
# "宁德时代 / 贵州茅台" (largest add / cut, no figure) give no row.
NB = "北向资金|northbound funds|northbound|Stock Connect northbound"
FL6 = "net_flow|net_inflow|net_buying|fund_flow"
HC6 = "holding_change|shares_added|net_purchase|holdings_change"
HV6 = "holding_value_change|market_value_change|holdings_value_change"
G["zh06"] = ([
    m("index_change|weekly_change|price_change", 0.34, "%", "上证指数|沪指|Shanghai Composite|SSE Composite", None,
      basis="weekly, 累计上涨"),
    m("index_change|weekly_change|price_change", 0.78, "%", "深证成指|深成指|Shenzhen Component", None, basis="weekly"),
    m("index_change|weekly_change|price_change", 1.16, "%", "创业板指|创业板指数|ChiNext", None, basis="weekly"),
    m(FL6, -1.691e9, "CNY", NB, None, basis="weekly, 净流出"),
    m(FL6, -9.57e8, "CNY", "沪股通|Shanghai Connect|" + NB, None, basis="weekly, 净流出"),
    m(FL6, -7.34e8, "CNY", "深股通|Shenzhen Connect|" + NB, None, basis="weekly, 净流出"),
    m("stocks_added|stocks_with_increased_holdings|count", 1319, "stocks", NB, None, basis="持股数增加"),
    m("stocks_cut|stocks_with_reduced_holdings|count", 1249, "stocks", NB, None, basis="减仓"),
    m("stocks_added|count", 44, "stocks", NB, None, opt=True, basis="sub-head twin: 44只个股 增持超1000万股"),
    m(HC6, None, "shares", NB, None, rng=(1e7, None), opt=True, basis="sub-head threshold 超1000万股"),
    m(FL6, None, "CNY", NB, None, rng=(None, -1e9), opt=True, basis="净流出总额超10亿元 (bound restating 16.91亿元)"),
    m(FL6, 4.085e9, "CNY", NB, None, basis="daily, 5月15日, 净流入"),
    m(FL6, -3.401e9, "CNY", NB, None, basis="daily, 5月16日, 净流出"),
    m(FL6, 1.687e9, "CNY", NB, None, basis="daily, 5月17日, 净流入"),
    m(FL6, -1.836e9, "CNY", NB, None, basis="daily, 5月18日, 净流出"),
    m(FL6, -2.226e9, "CNY", NB, None, basis="daily, printed 5月12日, 净流出"),
    m("holdings_market_value|holding_value|market_value", 2.41e12, "CNY", NB, None, basis="持仓市值, 截至5月19日"),
    m(HV6, 3e9, "CNY", NB, None, basis="vs 上周, 增加"),
    m("stocks_added|stocks_with_increased_holdings|count", 1319, "stocks", NB, None, opt=True, basis="second printing"),
    m("stocks_added_over_10m_shares|count", 44, "stocks", NB, None, basis="持股增加数超过1000万股"),
    m(HC6, None, "shares", NB, None, rng=(1e7, None), opt=True, basis="threshold 超过1000万股"),
    m(HC6, 6.90276e7, "shares", "民生银行|China Minsheng Bank", None, basis="北向资金持股增加, the largest"),
    m(HC6, 4.11683e7, "shares", "中国银行|Bank of China", None, basis="北向资金持股增加"),
    m(HC6, 3.38423e7, "shares", "京东方A|京东方|BOE", None, basis="北向资金持股增加"),
    m("price_change|share_price_change", 9.19, "%", "中天科技|ZTT", None, basis="weekly, 上涨, top of the ten"),
    m("price_change|share_price_change", -8.61, "%", "中国电信|China Telecom", None, basis="weekly, 下跌"),
    m("stocks_value_up_over_500m|count", 14, "stocks", NB, None, basis="持仓市值增加超过5亿元"),
    m(HV6, None, "CNY", NB, None, rng=(5e8, None), opt=True, basis="threshold 超过5亿元"),
    m(HV6, 1.661e9, "CNY", "三花智控|Sanhua Intelligent Controls", None, basis="北向资金持仓市值增加"),
    m(HV6, 1.593e9, "CNY", "阳光电源|Sungrow", None, basis="北向资金持仓市值增加"),
    m(HV6, 1.391e9, "CNY", "恒瑞医药|Hengrui Medicine", None, basis="北向资金持仓市值增加"),
    m(HC6, -1.55e5, "shares", "汇川技术|Inovance", None, basis="北向资金减仓"),
    m(HC6, None, "shares", "立讯精密|Luxshare", None, rng=(1e7, None), opt=True, basis="持股增加量超1000万股"),
    m(HC6, None, "shares", "中天科技|ZTT", None, rng=(1e7, None), opt=True, basis="持股增加量超1000万股"),
], [])
