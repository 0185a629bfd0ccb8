# Hand labels for news59/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news58/zh/README.md and news57/zh/README.md with news57/zh/labels_*.py, plus news42 zh05 and news56 zh07 (airline
# monthly data: ASK / RPK growth and load factors as rows on the airline, the load-factor change in pp), news58 zh05 (counts
# of companies as key rows on the group, thresholds optional bounds), news56 zh12 / news57 zh09 (持平 -> optional 0 rows).
# Values fully scaled (亿元 / 亿 -> x1e8, 万元 -> x1e4); mainland 元 and 元人民币 = CNY, 港元 = HKD; declines negative
# (下降, 下降约…个百分点 as the CPI impact); 同比 = yoy, 环比 = mom, 比年初 = vs the start of the year in basis; 个百分点
# -> pp; 约X -> X; 超 / 突破 / 以上 X are open bounds rng=(X, None), optional unless the figure is a company's own result
# (zh03's "累计分红超128.16亿元" / "超34.08亿元" are the only figures printed for those companies' totals, so key). A figure
# printed twice is one key row plus an optional twin, and a rounded lead figure ("508 亿元" before "508.59 亿元") is the
# optional one. Per-unit prices are labelled in the currency alone with the basis ("套均" per flat) in `basis`. Brokers'
# targets and ratings only in rating actions (增持 = overweight). Count units as in earlier sets: "companies", "aircraft",
# "flights", "times", "years", "months".
# Periods only where the text states or clearly implies the year: zh01 "Q1-Q3" (今年前三季度, no year printed; as the
# corpus's "H1" when the half is printed without a year); zh02 2024-07 (printed; 2024-07-31 for the fleet at 截至2024年7月底);
# zh03 FY2024 / FY2023 / 2025Q1 (printed), FY2019-FY2023, FY2020-FY2024, FY2003-FY2022 (printed spans), None for totals
# since listing; zh04 2024-12 and FY2024 (printed); zh05 None (今明两年, 去年: no year printed) and "Q1-Q3" for 今年首三季;
# zh06 2025-12, 2025-10, 2025-11 (12月 / 10月至12月 under the printed 2025年12月 and 截至2026年1月12日), FY2025 (printed),
# FY2023-FY2025 (2023年至2025年三年间).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a regulator-style release on the insurance industry's first three quarters (ciudsrc.com webdiceng.php?id=56486;
# no headline in the stored text and none composed; the stored text breaks off inside "寿险公司分红险原保险保费收入
# 6766.2亿元,…;健康险与意外险原保险保费收" (the sentence runs on past a semicolon and is cut), so the passage ends with the
# paragraph before it; the stray space in "提高5 个百分点" kept).
# Key: premiums 13432.6亿元 (+11.2%, growth up 3.9 pp); claims and benefits 4508.8亿元 (+32.9%); total assets 80530.1亿元
# (+9.5% vs the start of the year); net assets 8638.5亿元 (+9.1%); estimated total profit 917.5亿元 (+526.9亿元, +134.9%);
# property insurance 4621.3亿元 (+15.8%, +0.9 pp); life 7589.4亿元 (+6.8%, +5 pp); health 857.5亿元 (+27.9%, +2.3 pp) and
# accident 364.4亿元 (+19.6%, +4.3 pp); profit by type of company: 产险 327.9亿元 (+55.1亿元, +20.2%), 寿险 470亿元 (+393.6亿元,
# +515.7%), 再保险 37.8亿元 (+13.3亿元, +54.5%), 资产管理 23.3亿元 (+6.3亿元, +36.7%); 农业保险 267.3亿元 (+28.6%, 5.5% of
# the property insurers' business, +0.5 pp) and 责任保险 172.8亿元 (+21.4%, 3.6%, +0.2 pp).
# Optional: the second printing of 917.5 / 526.9 / 134.9 (twins); new single-premium business "3%以上" each month of the
# third quarter (a bound) and its ended three-year decline (a span).
# Judgement calls: period "Q1-Q3" throughout (no year printed); the balance-sheet totals take the same period with "at the
# period end, vs the start of the year" in basis; "增幅/增速…提高X个百分点" are key pp rows on the growth rate
# (premium_growth_change); "同比增加526.9亿元" is a CNY change row; "预计利润总额" is labelled profit with "estimated" in
# basis (not a forecast of a future period); the shares of 农业保险 / 责任保险 in property insurers' business are % rows
# with their pp changes.
IND = "保险业|保险行业|保险市场|保险公司|insurance industry|China's insurance industry|insurers"
P1 = "Q1-Q3"
PREM = "premium_income|premiums|original_premium_income|gross_written_premiums|written_premiums"
PREMG = "premium_growth|premium_income_growth|premiums_growth"
PREMGC = "premium_growth_change|growth_change|premium_growth_rate_change"
PROF = "profit|total_profit|pretax_profit|profit_before_tax"
PROFC = "profit_change|profit_increase|total_profit_change"
PROFG = "profit_growth|total_profit_growth|pretax_profit_growth"
PROP = "财产险|财产险业务|property insurance|property and casualty insurance|P&C insurance"
LIFE = "寿险|寿险业务|life insurance"
HEAL = "健康险|健康险业务|health insurance"
ACC = "意外险|意外险业务|accident insurance|personal accident insurance"
PC = "产险公司|财产险公司|property insurers|P&C insurers"
LC = "寿险公司|life insurers"
RC = "再保险公司|reinsurers"
AMC = "资产管理公司|insurance asset managers|asset management companies"
AGR = "农业保险|agricultural insurance"
LIA = "责任保险|liability insurance"
SHR = "share|business_share|share_of_business|market_share"
SHRC = "share_change|business_share_change"
G["zh01"] = ([
    m(PREM, 1.34326e12, "CNY", IND, P1, basis="原保险保费收入"),
    m(PREMG, 11.2, "%", IND, P1, basis="yoy"),
    m(PREMGC, 3.9, "pp", IND, P1, basis="增幅较上年同期增加 (growth rate vs a year earlier)"),
    m("claims|claims_and_benefits|claim_payments|claims_paid", 4.5088e11, "CNY", IND, P1, basis="赔款与给付支出"),
    m("claims_growth|claims_and_benefits_growth|claims_paid_growth", 32.9, "%", IND, P1, basis="yoy"),
    m("total_assets|assets", 8.05301e12, "CNY", IND, P1, basis="at the period end"),
    m("total_assets_growth|asset_growth|assets_growth", 9.5, "%", IND, P1, basis="vs the start of the year (比年初)"),
    m("net_assets|equity|shareholders_equity", 8.6385e11, "CNY", IND, P1, basis="at the period end"),
    m("net_assets_growth|equity_growth", 9.1, "%", IND, P1, basis="vs the start of the year (比年初)"),
    m(PROF, 9.175e10, "CNY", IND, P1, basis="预计利润总额 (estimated total profit)"),
    m(PROFC, 5.269e10, "CNY", IND, P1, basis="yoy, absolute increase (比上年同期增加)"),
    m(PROFG, 134.9, "%", IND, P1, basis="yoy"),
    m(PREM, 4.6213e11, "CNY", PROP, P1, basis="原保险保费收入"),
    m(PREMG, 15.8, "%", PROP, P1, basis="yoy"),
    m(PREMGC, 0.9, "pp", PROP, P1, basis="增速比上年同期提高"),
    m(PREM, 7.5894e11, "CNY", LIFE, P1, basis="原保险保费收入"),
    m(PREMG, 6.8, "%", LIFE, P1, basis="yoy"),
    m(PREMGC, 5, "pp", LIFE, P1, basis="增速比上年同期提高 (printed '5 个百分点')"),
    m("new_business_growth|premium_growth|new_premium_growth", None, "%", "新单业务|寿险新单业务|new business|new life business",
      "Q3", rng=(3, None), opt=True, basis="each month of the third quarter (三季度每个月…3%以上, bound)"),
    m("decline_streak|negative_growth_streak", 3, "years", "新单业务|寿险新单业务|new business", None, opt=True,
      basis="持续三年的负增长 ended from 6月份"),
    m(PREM, 8.575e10, "CNY", HEAL, P1, basis="原保险保费收入 (依次, first)"),
    m(PREM, 3.644e10, "CNY", ACC, P1, basis="原保险保费收入 (依次, second)"),
    m(PREMG, 27.9, "%", HEAL, P1, basis="yoy"),
    m(PREMG, 19.6, "%", ACC, P1, basis="yoy"),
    m(PREMGC, 2.3, "pp", HEAL, P1, basis="增速比上年同期提高 (分别, first)"),
    m(PREMGC, 4.3, "pp", ACC, P1, basis="增速比上年同期提高 (分别, second)"),
    m(PROF, 9.175e10, "CNY", IND, P1, opt=True, basis="twin (保险公司预计利润总额)"),
    m(PROFC, 5.269e10, "CNY", IND, P1, opt=True, basis="twin"),
    m(PROFG, 134.9, "%", IND, P1, opt=True, basis="twin"),
    m(PROF, 3.279e10, "CNY", PC, P1, basis="预计利润总额"),
    m(PROFC, 5.51e9, "CNY", PC, P1, basis="yoy, absolute increase"),
    m(PROFG, 20.2, "%", PC, P1, basis="yoy"),
    m(PROF, 4.7e10, "CNY", LC, P1, basis="预计利润总额"),
    m(PROFC, 3.936e10, "CNY", LC, P1, basis="yoy, absolute increase"),
    m(PROFG, 515.7, "%", LC, P1, basis="yoy"),
    m(PROF, 3.78e9, "CNY", RC, P1, basis="预计利润总额"),
    m(PROFC, 1.33e9, "CNY", RC, P1, basis="yoy, absolute increase"),
    m(PROFG, 54.5, "%", RC, P1, basis="yoy"),
    m(PROF, 2.33e9, "CNY", AMC, P1, basis="预计利润总额"),
    m(PROFC, 6.3e8, "CNY", AMC, P1, basis="yoy, absolute increase"),
    m(PROFG, 36.7, "%", AMC, P1, basis="yoy"),
    m(PREM, 2.673e10, "CNY", AGR, P1, basis="原保险保费收入 of property insurers (分别, first)"),
    m(PREM, 1.728e10, "CNY", LIA, P1, basis="原保险保费收入 (分别, second)"),
    m(PREMG, 28.6, "%", AGR, P1, basis="yoy"),
    m(PREMG, 21.4, "%", LIA, P1, basis="yoy"),
    m(SHR, 5.5, "%", AGR, P1, basis="share of property insurers' business"),
    m(SHR, 3.6, "%", LIA, P1, basis="share of property insurers' business"),
    m(SHRC, 0.5, "pp", AGR, P1, basis="vs a year earlier (增加了)"),
    m(SHRC, 0.2, "pp", LIA, P1, basis="vs a year earlier (增加了)"),
], [])


# zh02: 南方航空's monthly operating-data filing for July 2024 as carried by 中财网 (podms.com p20240815001872; the title
# kept, reworded to drop the repeated company name; the time line "时间:2024年08月15日 17:46:33 中财网", the code line
# "证券代码:600029 … 公告编号:临2024-047" and the filing's own title kept; the bare "|" separator lines and the duplicate
# "原标题:/南方航空:/南方航空2024年7月主要运营数据公告" block left out; hard line wraps as in the PDF-extracted original,
# one between "2.64" and "个百分点"; the stored table breaks off at "EMB190系" (cut mid-row), so the passage ends with the
# 波音737系列 row).
# Key (2024-07, the group): ASK capacity +12.13% yoy (domestic +1.81%, regional +36.58%, international +64.74%); RPK
# +16.07% (domestic +6.03%, regional +32.01%, international +65.89%); load factor 83.77%, +2.84 pp (domestic +3.33 pp,
# international +0.58 pp, regional -2.78 pp); cargo capacity (AFTK) +10.43%, cargo RFTK +16.67%, cargo load factor 49.36%
# (+2.64 pp); 5 aircraft introduced, 3 retired; fleet 909 aircraft at the end of July; the table's subtotals by family
# (20 / 31 / 365 / 40 / 32 / 384).
# Optional: the split of the deliveries and retirements (4 B737-8, 1 ARJ21; 1 A330-200, 1 B737-800, 1 B737-700); the
# table's ownership cells (自行保有 / 融资租赁 / 经营租赁, zeros included); the new routes' "每周七班" (7 flights a week).
# Judgement calls: as news42 zh05, growth rows and load factors are on the airline (group incl. subsidiaries); the
# domestic / regional / international splits are rows on the airline with the segment as an entity alias and in basis;
# the load-factor changes "上升/下降…个百分点" are pp rows (the regional one negative); the fleet table is labelled by its
# subtotals (key) and ownership cells (optional); aircraft model names (B737-8, A330-200, ARJ21 …), the stock code and
# the filing number carry no row.
CZ = "南方航空|南航|中国南方航空|中国南方航空股份有限公司|本集团|China Southern|China Southern Airlines|600029"
DOM, REG, INTL = "|国内|国内航线|domestic", "|地区|地区航线|regional", "|国际|国际航线|international"
M2, E2 = "2024-07", "2024-07-31"
CAP = "capacity_growth|ask_growth|passenger_capacity_growth|available_seat_km_growth"
RPK = "rpk_growth|passenger_traffic_growth|passenger_turnover_growth|revenue_passenger_km_growth"
LF, LFC = "load_factor|passenger_load_factor", "load_factor_change|passenger_load_factor_change"
FLEET = "fleet_size|fleet|aircraft"


def fleet(family, cells):
    rows = []
    for (col, v) in zip(("自行保有 (owned)", "融资租赁 (finance lease)", "经营租赁 (operating lease)", "小计 (subtotal)"), cells):
        rows.append(m(FLEET, v, "aircraft", CZ + "|" + family, E2, opt=not col.startswith("小计"),
                      basis=family + ", " + col + ", fleet table"))
    return rows


G["zh02"] = ([
    m(CAP, 12.13, "%", CZ, M2, basis="客运运力投入 (按可利用座公里计, ASK), yoy"),
    m(CAP, 1.81, "%", CZ + DOM, M2, basis="domestic (国内), yoy (依次, first)"),
    m(CAP, 36.58, "%", CZ + REG, M2, basis="regional (地区), yoy"),
    m(CAP, 64.74, "%", CZ + INTL, M2, basis="international (国际), yoy"),
    m(RPK, 16.07, "%", CZ, M2, basis="旅客周转量 (按收入客公里计, RPK), yoy"),
    m(RPK, 6.03, "%", CZ + DOM, M2, basis="domestic, yoy"),
    m(RPK, 32.01, "%", CZ + REG, M2, basis="regional, yoy"),
    m(RPK, 65.89, "%", CZ + INTL, M2, basis="international, yoy"),
    m(LF, 83.77, "%", CZ, M2, basis="客座率"),
    m(LFC, 2.84, "pp", CZ, M2, basis="yoy (比上年同月上升)"),
    m(LFC, 3.33, "pp", CZ + DOM, M2, basis="domestic, yoy"),
    m(LFC, 0.58, "pp", CZ + INTL, M2, basis="international, yoy"),
    m(LFC, -2.78, "pp", CZ + REG, M2, basis="regional, yoy (同比下降)"),
    m("cargo_capacity_growth|capacity_growth|atk_growth|aftk_growth", 10.43, "%", CZ, M2,
      basis="货运运力投入 (按可利用吨公里—货邮运计), yoy"),
    m("cargo_traffic_growth|cargo_rtk_growth|rftk_growth|cargo_turnover_growth", 16.67, "%", CZ, M2,
      basis="货邮周转量 (按收入吨公里—货邮运计), yoy"),
    m("cargo_load_factor|load_factor", 49.36, "%", CZ, M2, basis="货邮载运率"),
    m("cargo_load_factor_change|load_factor_change", 2.64, "pp", CZ, M2, basis="yoy (wrapped '2.64\\n个百分点')"),
    m("flights_per_week|frequency|flights", 7, "flights", CZ, M2, opt=True,
      basis="each new route 每周七班 (哈尔滨-济南 / 南京 / 乌鲁木齐)"),
    m("aircraft_introduced|aircraft_deliveries|aircraft", 5, "aircraft", CZ, M2, basis="引进飞机"),
    m("aircraft_introduced|aircraft_deliveries|aircraft", 4, "aircraft", CZ + "|B737-8", M2, opt=True, basis="B737-8"),
    m("aircraft_introduced|aircraft_deliveries|aircraft", 1, "aircraft", CZ + "|ARJ21", M2, opt=True, basis="ARJ21"),
    m("aircraft_retired|aircraft_exits|aircraft", 3, "aircraft", CZ, M2, basis="退出飞机 (negative change not implied: a count)"),
    m("aircraft_retired|aircraft_exits|aircraft", 1, "aircraft", CZ + "|A330-200", M2, opt=True, basis="A330-200"),
    m("aircraft_retired|aircraft_exits|aircraft", 1, "aircraft", CZ + "|B737-800", M2, opt=True, basis="B737-800"),
    m("aircraft_retired|aircraft_exits|aircraft", 1, "aircraft", CZ + "|B737-700", M2, opt=True, basis="B737-700"),
    m(FLEET, 909, "aircraft", CZ, E2, basis="运输飞机 in operation, 截至2024年7月底"),
    *fleet("空客350系列|A350", (6, 14, 0, 20)),
    *fleet("空客330系列|A330", (8, 18, 5, 31)),
    *fleet("空客320系列|A320", (156, 65, 144, 365)),
    *fleet("波音787系列|B787", (9, 21, 10, 40)),
    *fleet("波音777系列|B777", (12, 20, 0, 32)),
    *fleet("波音737系列|B737", (144, 62, 178, 384)),
], [])


# zh03: a dividend league of Chinese dairy companies with 伊利's results, from 蓝鲨消费 on huashangw (cn.huashangw.com
# news/743880; no headline in the stored text and none composed; the two sub-heads kept, reworded ("伊利分红一骑绝尘" ->
# "伊利分红遥遥领先", "伊利高分红凭啥?" -> "伊利凭什么高分红?"); the spaces around figures as printed ("508 亿元", "154.96
# 亿元 ,", "2019 - 2023 年", "34.5% - 77%", "4.6、3.59、2.99 亿元"), "2019上市" / "2002上市" without 年; the stored text breaks
# off at "在成本控制上,2024 年伊利营业成本同比下降 10.01% 至" (cut mid-sentence), so the passage ends with the sentence
# before it).
# Key: 伊利 cumulative dividends 508.59 亿元 since its 1996 listing; 2024 planned dividend 77.26 亿元 and payout 91.4%;
# 蒙牛 cumulative 154.96 亿元, 2023 payout 40.0%; 中国飞鹤 cumulative 超 128.16 亿元 (lower bound), 2020-2024 payouts 34.5% -
# 77% (a closed range); 光明乳业 cumulative 超 34.08 亿元 (lower bound); 现代牧业 约 4.64 亿元; 新乳业 4.6, 天润乳业 3.59, 三元股份
# 2.99 亿元 (依次); 伊利 2024 net profit excluding goodwill impairment 115.39 亿元 (+12.2%), 2025Q1 扣非净利润 46.29 亿元
# (+24.19%), liquid milk revenue 750.03 亿元, ice cream 87.21 亿元, milk powder and dairy products 296.75 亿元 (+7.53%),
# overseas ice cream +13% and infant formula +68% (2024).
# Optional: the lead's rounded "508 亿元" (twin of 508.59); 伊利's 24 payouts and 光明's 18 (counts of dividends paid,
# "times"); 伊利's 2019-2023 payouts "70% 以上" (a bound); 现代牧业's "上市后 10 年" and 伊利 ice cream's "连续 30 年" (spans).
# Judgement calls: cumulative totals since listing take period None (the listing years are in basis); "2024 年,伊利拟分红"
# is the 2024 dividend (FY2024, proposed); 冷饮业务营收 87.21 亿元 is dated FY2024, the sentence sitting in the 2024 business
# review between two "2024 年" sentences; "累计分红超X" is a key lower bound because it is the only total printed for the
# company; the 第一 ranks carry no row (not printed as a number).
YL = "伊利股份|伊利|Yili|Inner Mongolia Yili|Yili Group|600887"
DIVC = "cumulative_dividends|total_dividends|dividends_paid|cumulative_dividend"
PAY = "payout_ratio|dividend_payout_ratio|dividend_ratio"
G["zh03"] = ([
    m(DIVC, 5.08e10, "CNY", YL, None, opt=True, basis="lead, rounded twin of 508.59 亿元 (since listing)"),
    m("dividend|proposed_dividend|total_dividend|dividend_payout", 7.726e9, "CNY", YL, "FY2024", basis="拟分红 (proposed)"),
    m(PAY, 91.4, "%", YL, "FY2024", basis="分红比例, a record (达)"),
    m(DIVC, 5.0859e10, "CNY", YL, None, basis="since the 1996 listing (达)"),
    m("dividend_count|payouts|number_of_dividends", 24, "times", YL, None, opt=True, basis="分红 24 次 since listing"),
    m(PAY, None, "%", YL, "FY2019-FY2023", rng=(70, None), opt=True, basis="maintained at 70% 以上 (bound)"),
    m(DIVC, 1.5496e10, "CNY", "蒙牛乳业|蒙牛|Mengniu|China Mengniu Dairy|2319", None, basis="since the 2004 listing"),
    m(PAY, 40.0, "%", "蒙牛乳业|蒙牛|Mengniu|China Mengniu Dairy|2319", "FY2023", basis="提升至"),
    m(DIVC, None, "CNY", "中国飞鹤|飞鹤|China Feihe|Feihe|6186", None, rng=(1.2816e10, None),
      basis="since the 2019 listing (超, lower bound)"),
    m(PAY, None, "%", "中国飞鹤|飞鹤|China Feihe|Feihe|6186", "FY2020-FY2024", rng=(34.5, 77),
      basis="range of yearly payouts (在34.5% - 77% 之间)"),
    m("dividend_count|payouts|number_of_dividends", 18, "times", "光明乳业|光明|Bright Dairy|600597", "FY2003-FY2022",
      opt=True, basis="分红 18 次"),
    m(DIVC, None, "CNY", "光明乳业|光明|Bright Dairy|600597", None, rng=(3.408e9, None),
      basis="since the 2002 listing (超, lower bound)"),
    m(DIVC, 4.64e8, "CNY", "现代牧业|Modern Dairy|China Modern Dairy|1117", None, basis="in 10 years since listing (约)"),
    m("years_listed|years", 10, "years", "现代牧业|Modern Dairy|China Modern Dairy|1117", None, opt=True,
      basis="上市后 10 年"),
    m(DIVC, 4.6e8, "CNY", "新乳业|New Hope Dairy|002946", None, basis="since listing (依次, first; 亿元 printed once)"),
    m(DIVC, 3.59e8, "CNY", "天润乳业|Terun|Tianrun Dairy|600419", None, basis="since listing (依次, second)"),
    m(DIVC, 2.99e8, "CNY", "三元股份|三元|Sanyuan|Beijing Sanyuan Foods|600429", None, basis="since listing (依次, third)"),
    m("net_profit|net_income|adjusted_net_profit", 1.1539e10, "CNY", YL, "FY2024",
      basis="net profit excluding goodwill impairment (扣除商誉减值影响后)"),
    m("net_profit_growth|net_income_growth|adjusted_net_profit_growth", 12.2, "%", YL, "FY2024", basis="yoy"),
    m("net_profit_excl_nonrecurring|recurring_net_profit|net_profit_deducted|net_profit", 4.629e9, "CNY", YL, "2025Q1",
      basis="扣非净利润"),
    m("net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth", 24.19, "%", YL, "2025Q1",
      basis="yoy"),
    m("revenue|segment_revenue", 7.5003e10, "CNY", YL + "|液体乳|液体乳业务|liquid milk", "FY2024", basis="液体乳业务 营收"),
    m("revenue|segment_revenue", 8.721e9, "CNY", YL + "|冷饮|冷饮业务|ice cream", "FY2024",
      basis="冷饮业务 营收 (year implied by the 2024 review)"),
    m("leadership_streak|years", 30, "years", YL + "|冷饮|冷饮业务|ice cream", None, opt=True,
      basis="连续 30 年 the national ice-cream leader"),
    m("revenue|segment_revenue", 2.9675e10, "CNY", YL + "|奶粉及奶制品|奶粉及奶制品业务|milk powder and dairy products",
      "FY2024", basis="奶粉及奶制品业务 营收"),
    m("revenue_growth|segment_revenue_growth", 7.53, "%", YL + "|奶粉及奶制品|奶粉及奶制品业务|milk powder and dairy products",
      "FY2024", basis="yoy"),
    m("revenue_growth|segment_revenue_growth", 13, "%", YL + "|海外冷饮业务|overseas ice cream", "FY2024",
      basis="overseas ice cream (分别, first)"),
    m("revenue_growth|segment_revenue_growth", 68, "%", YL + "|婴幼儿奶粉业务|海外婴幼儿奶粉|overseas infant formula", "FY2024",
      basis="overseas infant formula (分别, second)"),
], [])


# zh04: the statistics bureau's CPI release for December 2024 with the full year, as reposted by a WeChat digest account
# (wxredian.com art?id=8e395205abbbae1bdf7d274f3cabfc98; the post title kept, reworded ("发布" -> "出炉") with "0.2%↑"; the
# account line "文摘   2025-01-09 10:20   江苏" (spaces as printed) and the credit "国家统计局网站" kept; the section heads
# "一、" / "二、" kept and reworded; the trailing "最近微信改版 / 经常有读者朋友错过推送 / 别忘…" follow-us block left out;
# otherwise the whole stored item).
# Key: December CPI +0.1% yoy (urban +0.1%; food -0.5%, non-food +0.2%; consumer goods -0.2%, services +0.5%); mom rural
# -0.1%, food -0.6%, non-food +0.1%, consumer goods -0.1%, services +0.1%; full-year 2024 +0.2%; yoy by item: fresh fruit
# -3.0% (impact -0.06 pp), grain -1.3% (-0.02 pp), livestock meat +1.7% (+0.05 pp), pork +12.5% (+0.15 pp), aquatic
# products +1.0% (+0.02 pp), fresh vegetables +0.5% (+0.01 pp); other categories: 其他用品及服务 +4.9%, 衣着 +1.2%, 教育文化
# 娱乐 and 医疗保健 +0.9%, 居住 +0.1%, 交通通信 -2.2%, 生活用品及服务 -0.7%; mom by item: 食品烟酒 -0.3% (-0.09 pp), fresh
# vegetables -2.4% (-0.05 pp), livestock meat -1.3% (-0.04 pp), pork -2.1% (-0.03 pp), fresh fruit -1.0% (-0.02 pp);
# 生活用品及服务 and 交通通信 +0.3%, 衣着 +0.2%, 居住 +0.1%, 医疗保健 -0.1%.
# Optional: the title's 0.2% (twin of the full-year rate); every "持平" as a 0 % row (rural yoy; CPI, urban mom; 食品烟酒
# yoy; 教育文化娱乐 and 其他用品及服务 mom), as news56 zh12 / news57 zh09.
# Judgement calls: month rows take 2024-12 (printed), the year FY2024; the impacts "带动CPI下降/上涨约X个百分点" are pp
# rows signed by direction on the item ("cpi_contribution"); the category counts "五涨两降" / "四涨两平一降" carry no row.
CPI = "全国居民消费价格|居民消费价格|CPI|consumer prices|China CPI|China"
D4 = "2024-12"
CG = "cpi_yoy|cpi|inflation|price_change_yoy|consumer_price_change"
CM = "cpi_mom|cpi|price_change_mom|consumer_price_change"
PY = "price_change|price_change_yoy|price_growth|price_index_change"
PM = "price_change|price_change_mom|price_growth|price_index_change"
CT = "cpi_contribution|contribution_to_cpi|cpi_impact|impact_on_cpi"


def item(ent, yoy, mom=False, impact=None):
    b = "mom (环比)" if mom else "yoy (同比)"
    rows = [m(PM if mom else PY, yoy, "%", ent, D4, basis=b)]
    if impact is not None:
        rows.append(m(CT, impact, "pp", ent + "|" + CPI, D4, basis="impact on CPI, " + b + " (约)"))
    return rows


FRUIT = "鲜果|fresh fruit"
GRAIN = "粮食|grain"
MEAT = "畜肉类|畜肉|livestock meat|meat"
PORK = "猪肉|pork"
AQUA = "水产品|aquatic products|seafood"
VEG = "鲜菜|fresh vegetables|vegetables"
FT = "食品烟酒类|食品烟酒|food, tobacco and liquor"
OTH = "其他用品及服务|other goods and services"
CLO = "衣着|clothing"
EDU = "教育文化娱乐|education, culture and recreation"
MED = "医疗保健|healthcare|health care"
HOU = "居住|housing|residence"
TRA = "交通通信|transport and communication|transportation and communication"
HH = "生活用品及服务|household goods and services|household articles and services"
G["zh04"] = ([
    m(CG, 0.1, "%", CPI, D4, basis="yoy (同比上涨)"),
    m(CG, 0.1, "%", "城市|urban|urban CPI", D4, basis="yoy"),
    m(CG, 0, "%", "农村|rural|rural CPI", D4, opt=True, basis="yoy, 持平"),
    m(PY, -0.5, "%", "食品|食品价格|food|food prices", D4, basis="yoy"),
    m(PY, 0.2, "%", "非食品|非食品价格|non-food|non-food prices", D4, basis="yoy"),
    m(PY, -0.2, "%", "消费品|消费品价格|consumer goods", D4, basis="yoy"),
    m(PY, 0.5, "%", "服务|服务价格|services", D4, basis="yoy"),
    m(CM, 0, "%", CPI, D4, opt=True, basis="mom, 持平"),
    m(CM, 0, "%", "城市|urban|urban CPI", D4, opt=True, basis="mom, 持平"),
    m(CM, -0.1, "%", "农村|rural|rural CPI", D4, basis="mom"),
    m(PM, -0.6, "%", "食品|食品价格|food|food prices", D4, basis="mom"),
    m(PM, 0.1, "%", "非食品|非食品价格|non-food|non-food prices", D4, basis="mom"),
    m(PM, -0.1, "%", "消费品|消费品价格|consumer goods", D4, basis="mom"),
    m(PM, 0.1, "%", "服务|服务价格|services", D4, basis="mom"),
    m(CG + "|annual_cpi", 0.2, "%", CPI, "FY2024", basis="full year vs the year before"),
    m(CG + "|annual_cpi", 0.2, "%", CPI, "FY2024", opt=True, basis="title twin (0.2%↑)"),
    # yoy by item
    m(PY, 0, "%", FT, D4, opt=True, basis="yoy, 持平"),
    *item(FRUIT, -3.0, impact=-0.06),
    *item(GRAIN, -1.3, impact=-0.02),
    *item(MEAT, 1.7, impact=0.05),
    *item(PORK, 12.5, impact=0.15),
    *item(AQUA, 1.0, impact=0.02),
    *item(VEG, 0.5, impact=0.01),
    *item(OTH, 4.9),
    *item(CLO, 1.2),
    *item(EDU, 0.9),
    *item(MED, 0.9),
    *item(HOU, 0.1),
    *item(TRA, -2.2),
    *item(HH, -0.7),
    # mom by item
    *item(FT, -0.3, mom=True, impact=-0.09),
    *item(VEG, -2.4, mom=True, impact=-0.05),
    *item(MEAT, -1.3, mom=True, impact=-0.04),
    *item(PORK, -2.1, mom=True, impact=-0.03),
    *item(FRUIT, -1.0, mom=True, impact=-0.02),
    *item(HH, 0.3, mom=True),
    *item(TRA, 0.3, mom=True),
    *item(CLO, 0.2, mom=True),
    *item(HOU, 0.1, mom=True),
    m(PM, 0, "%", EDU, D4, opt=True, basis="mom, 持平"),
    m(PM, 0, "%", OTH, D4, opt=True, basis="mom, 持平"),
    *item(MED, -0.1, mom=True),
], [])


# zh05: 智通财经's item on J.P. Morgan raising its target on CICC after the A-share IPO pricing (zhitongcaijing.com
# content/detail/348917; the headline kept, reworded around "(03908)" and "22港元"; the lead and the last paragraph repeat
# the target move as printed; the "智通声明" disclaimer and the share buttons left out; otherwise the whole stored item).
# Key: the A-share IPO price 28.78元人民币 per share; the implied 30.7倍 P/E on last year's earnings excluding non-recurring
# items, the main board's implicit 23倍 cap and the peer average 29.2倍; earnings-forecast raises 13% (this year) and 15%
# (next year); first-three-quarter A-share average daily turnover 8660亿元人民币.
# Rating action (key): 摩根大通 (小摩) raise_target on 中金公司, overweight (增持) maintained, 22 HKD from 18.8 HKD (printed
# twice; one action).
# Judgement calls: the target appears only in the rating action; "今明两年" prints no year -> period None with "this year" /
# "next year" in basis; "今年首三季" -> "Q1-Q3"; the IPO's P/E benchmarks are "x" rows on the main board and the peers
# (a cap and an average, both figures in their own right); 中金股份 / 中金公司 / 中金 are one company.
CICC = "中金公司|中金股份|中金|CICC|China International Capital Corporation|03908|3908"
JPM = "摩根大通|小摩|JPMorgan|J.P. Morgan|JP Morgan"
G["zh05"] = ([
    m("ipo_price|offer_price|a_share_ipo_price|price", 28.78, "CNY", CICC, None, basis="A股IPO定价, per share"),
    m("pe|pe_ratio|ipo_pe|valuation", 30.7, "x", CICC, None,
      basis="IPO price on last year's earnings excluding non-recurring items (去年市盈率)"),
    m("pe|pe_ratio|pe_cap|valuation", 23, "x", "主板|A股主板|main board", None, basis="implicit cap (隐形上限)"),
    m("pe|pe_ratio|peer_pe|valuation", 29.2, "x", "同业集团|同业|peers|peer group", None, basis="peer-group average"),
    m("earnings_forecast_change|earnings_forecast_revision|forecast_change", 13, "%", CICC, None,
      basis="this year's forecast raised (今年, 分别, first)"),
    m("earnings_forecast_change|earnings_forecast_revision|forecast_change", 15, "%", CICC, None,
      basis="next year's forecast raised (明年, 分别, second)"),
    m("average_daily_turnover|adt|turnover|daily_turnover", 8.66e11, "CNY", "A股|A股市场|A-share market|A shares", "Q1-Q3",
      basis="日均成交, 今年首三季, above expectations (达)"),
], [
    ra(JPM, CICC, "raise_target", "overweight", "overweight", 22, 18.8, "HKD"),
])


# zh06: 北京商报's round-up of developers' December 2025 sales with the full-year ranking and land spending, carried on
# gamebaike.com (new/730379309874677760; no headline in the stored text and none composed; the sub-head kept and
# reworded ("13家房企集体增长" -> "13家房企销售额齐升"); "中海萬吉玖序" with 萬 and "中海・丽金府" with its dot as printed;
# whole stored item).
# Key: 18 developers had published December sales by 2026-01-12, 13 grew month on month (72.22%); 5 set full-year
# monthly records; 保利发展 led 中海 by 17.98亿元 in 2025 sales; 保利发展's land spending 2023-2025 in 北京 265.02亿元, 上海
# 359.27亿元, 广州 648.24亿元; December sales 华润置地 410亿元, 中海 398.32亿元, 招商蛇口 258.44亿元, 绿城中国 197亿元,
# 中国金茂 128.21亿元, 保利发展 121.64亿元; 安澜上海 套均5000万元 and 90.77亿元 sold; 中海 October 186.61亿元, November
# 222.35亿元.
# Optional: the sub-head's and the body's repeated 13家 / 18家 (twins); the "突破400/300/200亿元" and "超100亿元" bounds;
# the three-month streaks (连续三个月, 三连增); 中海's December 398.32亿元 printed again in the October-December run (twin).
# Judgement calls: December figures take 2025-12 (2025年12月 printed), 中海's run 2025-10 / 2025-11 (10月至12月 under the
# same year); the counts of developers are "companies" rows on 房企 with the cut-off date in basis; "以17.98亿元的销售额
# 优势领先" is a CNY sales-gap row on 保利发展 (FY2025), not a sales level; the land spending is a three-year total
# (FY2023-FY2025) per city with the city as an entity alias; "套均5000万元" is a CNY price per flat ("per unit" in basis);
# the project's 90.77亿元 is dated 2025-12 (opened in December).
DEV = "房企|房地产企业|developers|property developers|Chinese developers"
D6 = "2025-12"
SAL = "sales|contracted_sales|sales_value|monthly_sales"
CRL = "华润置地|CR Land|China Resources Land|1109"
COLI = "中海|中海地产|中国海外发展|China Overseas Land|China Overseas|COLI|688"
CMSK = "招商蛇口|China Merchants Shekou|001979"
POLY = "保利发展|保利|Poly Developments|Poly|600048"
G["zh06"] = ([
    m("companies|count|developers", 18, "companies", DEV, D6,
      basis="developers that had published December 2025 sales by 2026-01-12"),
    m("companies|count|developers", 13, "companies", DEV, D6, basis="of the 18, December sales up month on month (环比)"),
    m("share|percentage|proportion", 72.22, "%", DEV, D6, basis="13 of 18 (占比达)"),
    m("companies|count|developers", 5, "companies", "中国海外发展、华润置地、中国金茂等|" + DEV, D6,
      basis="monthly sales at a full-year record"),
    m("sales_gap|sales_lead|sales_difference", 1.798e9, "CNY", POLY + "|中海地产", "FY2025",
      basis="保利发展's 2025 sales ahead of 中海地产 (industry first)"),
    m("land_spending|land_acquisition|land_purchases", 2.6502e10, "CNY", POLY + "|北京|Beijing", "FY2023-FY2025",
      basis="拿地金额 in 北京, 2023年至2025年三年间 (依次, first)"),
    m("land_spending|land_acquisition|land_purchases", 3.5927e10, "CNY", POLY + "|上海|Shanghai", "FY2023-FY2025",
      basis="拿地金额 in 上海 (依次, second)"),
    m("land_spending|land_acquisition|land_purchases", 6.4824e10, "CNY", POLY + "|广州|Guangzhou", "FY2023-FY2025",
      basis="拿地金额 in 广州 (高达)"),
    m("companies|count|developers", 13, "companies", DEV, D6, opt=True, basis="sub-head twin (13家房企销售额齐升)"),
    m("companies|count|developers", 18, "companies", DEV, D6, opt=True, basis="twin"),
    m("companies|count|developers", 13, "companies", DEV, D6, opt=True, basis="twin (13家的销售额录得增长)"),
    m(SAL, None, "CNY", CRL, D6, rng=(4e10, None), opt=True, basis="突破400亿元 (bound)"),
    m(SAL, 4.1e10, "CNY", CRL, D6, basis="单月销售额 (达), first tier"),
    m(SAL, None, "CNY", COLI, D6, rng=(3e10, None), opt=True, basis="突破300亿元 (bound)"),
    m(SAL, 3.9832e10, "CNY", COLI, D6, basis="单月销售额 (达)"),
    m(SAL, None, "CNY", CMSK, D6, rng=(2e10, None), opt=True, basis="突破200亿元 (bound)"),
    m(SAL, 2.5844e10, "CNY", CMSK, D6, basis="单月销售额 (达), third tier"),
    m(SAL, None, "CNY", "绿城中国、中国金茂与保利发展|绿城中国|中国金茂|保利发展", D6, rng=(1e10, None), opt=True,
      basis="均超100亿元 (bound, 超百亿销售额榜)"),
    m(SAL, 1.97e10, "CNY", "绿城中国|绿城|Greentown China|Greentown|3900", D6, basis="依次, first"),
    m(SAL, 1.2821e10, "CNY", "中国金茂|金茂|China Jinmao|Jinmao|817", D6, basis="依次, second"),
    m(SAL, 1.2164e10, "CNY", POLY, D6, basis="依次, third"),
    m("growth_streak|months", 3, "months", "华润置地和中海|" + CRL + "|" + COLI, D6, opt=True,
      basis="连续三个月环比增长"),
    m("average_price|price_per_unit|unit_price|price", 5e7, "CNY", "安澜上海|安澜上海项目|" + COLI, D6,
      basis="套均 (average per flat), opened in December"),
    m(SAL, 9.077e9, "CNY", "安澜上海|安澜上海项目|" + COLI, D6, basis="project sales (已实现销售)"),
    m(SAL, 1.8661e10, "CNY", COLI, "2025-10", basis="October (依次, first)"),
    m(SAL, 2.2235e10, "CNY", COLI, "2025-11", basis="November (依次, second)"),
    m(SAL, 3.9832e10, "CNY", COLI, D6, opt=True, basis="December, twin (依次, third)"),
    m("growth_streak|months", 3, "months", COLI, D6, opt=True, basis="“三连增” October to December"),
], [])
