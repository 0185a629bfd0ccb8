# Hand labels for news65/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read. The unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep: "head", "ounces", "XDR", "stocks", "companies", "x", "kg", "days", "months"; "CNY", "USD",
# "%", "pp" as in the development corpus).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news64/zh/README.md and news63/zh/README.md with their labels_*.py; precedents looked up by grep in news52 zh04 (a CPI
# release with 董莉娟's reading), news49 zh04 / news44 zh06 / news33 zh06 (reserves), news10 zh02 (a reportify digest of a
# broker note), news11 / news17 (prices per kg) and news63 zh07 (a level "由A…至B").
# Currencies: mainland 元 / 亿元 / bare 亿 = CNY; 亿美元 = USD; 亿SDR = XDR (ISO code of the SDR, as news33).
# Values fully scaled (亿元 / 亿美元 / 亿SDR -> x1e8, 万头 -> x1e4 head, 万盎司 -> x1e4 ounces); declines negative (下降, 跌,
# 降幅扩大 as a negative pp change; 上升 / 提升 / 增加 positive); 同比 = yoy, 环比 = mom (or qoq for a quarter) in basis;
# 个百分点 -> pp; 倍 (PE / PB) -> "x"; 近X -> X; 超 / 超过 X are open lower bounds (rng=(X, None)); closed bands
# ("在0.4%—1.4%之间", "14.5%-14.7%之间") are ranges. Prices per kg are CNY with "per kg" in basis (news11 / news17), the hogs'
# average weight kg with "per head" in basis. A level printed as "由A…转为/至B" is value B with prior A plus an optional
# row for A dated by the earlier month / year (news63 zh07); "持平" gives prior = level (news52 zh04). A figure printed twice
# is one key row plus an optional twin (for reserves the exact 33990.78 is key and the rounded 33991 the twin, as news64
# zh02). Streaks (连续第15个月, 最后三个交易日) are optional. A broker's rating lives only in the rating action; 推荐 =
# outperform (news5 / news6 / news10), 维持 / 继续给予 -> maintain.
# Periods only where the text states or clearly implies the year: zh01 2023-07 and 2023-01..07 (7月份 / 1至7月平均 under
# the kept line "《 人民日报 》( 2023年08月10日 第 10 版)"), 上月 = 2023-06; zh02 2023Q1 (printed 2023年一季度) and
# 2023-03-31 for the balances at 报吿期末; zh03 FY2024 (actual), FY2025-FY2027 (forecasts, printed 2025-2027年), 2026-02-10
# for the printed close, None for the 2025-2027 bands and the product price; zh04 None (11月首个交易日, 周一 / 周二 / 周三,
# 11月8日: no year printed; the address's 2019-11 not used); zh05 2021-01 (printed 2021年1月); zh06 2026-01 (printed
# 2026年1月末) and 2025-12 for the earlier gold level.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 人民日报 (2023-08-10, page 10) on the statistics bureau's July-2023 CPI and PPI with 董莉娟's reading, on a mirror
# page (system.33tw.cn html/20251108/48439; the stored text breaks off in "“总体看,CPI同比回落是阶段性的。下阶段,…加之上年
# 同期高基数影响逐步" (cut mid-sentence, no figure), so the passage ends with the 测算 sentence before it). No headline in the
# stored text; the paper's line "《 人民日报 》( 2023年08月10日 第 10 版)" kept as printed; the quotations rendered as
# reported speech.
# Key (2023-07 unless said): CPI 1至7月平均 +0.5% and PPI -3.2% (2023-01..07); CPI -0.3% yoy (prior 0, 由上月持平转为下降)
# and +0.2% mom (prior -0.2%); PPI -4.4% yoy, -0.2% mom; core CPI +0.8% yoy and its +0.4 pp change; food -1.0% mom, its
# -0.5 pp change (降幅扩大) and its -0.18 pp contribution; non-food +0.5% mom (prior -0.1%) and its +0.4 pp contribution;
# 鸡蛋/食用油/牛羊肉/禽肉类 falls 0.4%-1.4% (a negative closed range); 飞机票 +26.0%, 旅游 +10.1%, 宾馆住宿 +6.5%; services
# +0.8%; industrial consumer goods +0.3% (prior -0.4%); gasoline +1.9%; household items +0.7%-1.2% (range); the new-price
# effect -0.3 pp (prior -0.5 pp).
# Optional: the 环比 paragraph's restated +0.2% and the 同比 paragraph's restated -0.3% (twice: "转为下降0.3%", "0.3%的…降幅");
# the previous month's levels as rows (CPI mom -0.2%, non-food -0.1%, industrial consumer goods -0.4%, CPI yoy 0 (持平, no
# numeral), carry-over 0.5 pp, new-price effect -0.5 pp); pork 持平 (0, no numeral); the carry-over effect "约为0" (a zero, as
# news52 zh04's 新影响约为0) with its prior 0.5 pp.
# Judgement calls: the item moves in the 董莉娟 and 非食品 paragraphs follow "从环比看" and are mom; "降幅扩大0.5个百分点" is a
# -0.5 pp change; "影响CPI下降约0.18个百分点" a -0.18 pp contribution to CPI mom (约 dropped); "两者降幅均收窄" prints no
# figure -> no row.
J7, J6, A7 = "2023-07", "2023-06", "2023-01..07"
CPI1 = "CPI|居民消费价格指数|consumer price index|全国CPI|China"
PPI1 = "PPI|工业生产者出厂价格指数|producer price index|China"
CORE1 = "核心CPI|core CPI|" + CPI1
FOOD1 = "食品价格|食品|food prices"
NONF1 = "非食品价格|非食品|non-food prices"
MOM = "price_change|mom_change|cpi_component_mom"
CHG1 = "rate_change|change"
CON1 = "contribution|cpi_contribution|impact"
G["zh01"] = ([
    m("cpi_yoy|cpi|inflation", 0.5, "%", CPI1, A7, basis="1至7月平均, yoy (比上年同期上涨)"),
    m("cpi_yoy|cpi|inflation", -0.3, "%", CPI1, J7, prior=0, basis="yoy, 7月份; 由上月持平转为下降 (prior 0)"),
    m("cpi_mom|cpi|price_change", 0.2, "%", CPI1, J7, prior=-0.2, basis="mom, 由上月下降0.2%转为上涨"),
    m("ppi_yoy|ppi|price_change", -3.2, "%", PPI1, A7, basis="1至7月平均, yoy"),
    m("ppi_yoy|ppi|price_change", -4.4, "%", PPI1, J7, basis="yoy, 7月份"),
    m("ppi_mom|ppi|price_change", -0.2, "%", PPI1, J7, basis="mom, 7月份"),
    m("core_cpi_yoy|core_cpi|core_inflation", 0.8, "%", CORE1, J7, basis="yoy, excl. food and energy"),
    m("core_cpi_yoy_change|" + CHG1, 0.4, "pp", CORE1, J7, basis="涨幅较上月扩大0.4个百分点"),
    m("cpi_mom|cpi|price_change", 0.2, "%", CPI1, J7, opt=True, prior=-0.2, basis="环比 paragraph restatement (twin)"),
    m("cpi_mom|cpi|price_change", -0.2, "%", CPI1, J6, opt=True, basis="previous month's mom (prior)"),
    m(MOM, -1.0, "%", FOOD1, J7, basis="mom, 下降"),
    m(CHG1, -0.5, "pp", FOOD1, J7, basis="降幅较上月扩大0.5个百分点"),
    m(CON1, -0.18, "pp", FOOD1, J7, basis="contribution to CPI mom, 影响CPI下降约0.18个百分点"),
    m(MOM, 0.5, "%", NONF1, J7, prior=-0.1, basis="mom, 从上月的下降0.1%转为上涨0.5%"),
    m(MOM, -0.1, "%", NONF1, J6, opt=True, basis="previous month's mom (prior)"),
    m(CON1, 0.4, "pp", NONF1, J7, basis="contribution to CPI mom, 影响CPI上涨约0.4个百分点"),
    m(MOM, 0, "%", "猪肉|猪肉价格|pork", J7, opt=True, basis="猪肉价格持平 (no numeral printed)"),
    m(MOM, None, "%", "鸡蛋|食用油|牛羊肉|禽肉类|eggs|edible oil|beef and mutton|poultry", J7, rng=(-1.4, -0.4),
      basis="mom, 价格下降, 降幅介于0.4%—1.4%之间 (negative closed range)"),
    m(MOM, 26.0, "%", "飞机票|飞机票价格|airfares|air tickets", J7, basis="mom (依次, first)"),
    m(MOM, 10.1, "%", "旅游|旅游价格|tourism", J7, basis="mom (依次, second)"),
    m(MOM, 6.5, "%", "宾馆住宿|宾馆住宿价格|hotel accommodation", J7, basis="mom (依次, third)"),
    m(MOM, 0.8, "%", "服务价格|服务|services", J7, basis="mom, 带动服务价格上涨"),
    m(MOM, 0.3, "%", "工业消费品|工业消费品价格|industrial consumer goods", J7, prior=-0.4,
      basis="mom, 从上月下降0.4%变为上涨0.3%"),
    m(MOM, -0.4, "%", "工业消费品|工业消费品价格|industrial consumer goods", J6, opt=True, basis="previous month's mom (prior)"),
    m(MOM, 1.9, "%", "汽油|国内汽油|汽油价格|gasoline", J7, basis="mom"),
    m(MOM, None, "%", "家庭日用杂品|大型家用器具|个人护理用品|household sundries|large household appliances|personal care",
      J7, rng=(0.7, 1.2), basis="mom, 价格回升, 涨幅在0.7%—1.2%之间"),
    m("cpi_yoy|cpi|inflation", -0.3, "%", CPI1, J7, opt=True, prior=0, basis="同比 paragraph restatement (twin)"),
    m("cpi_yoy|cpi|inflation", 0, "%", CPI1, J6, opt=True, basis="上月持平 (previous month's yoy, no numeral)"),
    m("cpi_yoy|cpi|inflation", -0.3, "%", CPI1, J7, opt=True, basis="7月份CPI同比0.3%的降幅 (twin, in the 测算 sentence)"),
    m("carryover_effect|base_effect|contribution", 0, "pp", CPI1, J7, opt=True, prior=0.5,
      basis="翘尾影响约为0 (a zero); 上月为0.5个百分点"),
    m("carryover_effect|base_effect|contribution", 0.5, "pp", CPI1, J6, opt=True, basis="previous month's carry-over"),
    m("new_price_effect|contribution", -0.3, "pp", CPI1, J7, prior=-0.5, basis="今年价格变动产生的新影响约为-0.3个百分点"),
    m("new_price_effect|contribution", -0.5, "pp", CPI1, J6, opt=True, basis="previous month's new-price effect"),
], [])


# zh02: 格隆汇 on 工商银行 (ICBC)'s first-quarter 2023 results, on hk.usmartglobal.com (zh-cn news-detail
# 7057351545343574193; whole stored item, no headline in the stored text and none composed; the dateline "格隆汇4月28日丨"
# with its "丨" and the code "(01398.HK)" kept; the variant character "报吿期末" (for 报告期末) kept as printed; the bank's
# own "本行" outlook sentence rendered as reported speech). 923 characters: the stored item itself is 958, so the whole
# item is kept rather than cut inside its asset-quality paragraph.
# Key (2023Q1 for flows, 2023-03-31 for balances; changes of balances are against end-2022 in basis): net profit 907.70亿元
# (+0.50%); ROA 0.89% and ROE 11.22% with their -0.11 / -0.93 pp changes; revenue 2,184.61亿元 (-3.52%); net interest income
# 1,684.12亿元 (-4.79%); NIM 1.77%; non-interest income 500.49亿元 (+1.02%); fee and commission income 404.86亿元 (-2.86%);
# operating expenses 454.35亿元 (+5.39%); cost-to-income 20.80%; total assets, loans, investments, liabilities, deposits and
# equity with their 比上年末 increases and growth; domestic RMB loans' increase and growth; loans by type; deposits by type;
# NPL balance 3,375.91亿元 (+164.21亿元); NPL ratio 1.38% (与上年末持平 -> prior 1.38); coverage 213.57% (+4.10 pp); CET1 13.70%,
# tier-1 15.22%, total CAR 18.79%.
# Optional: none.
# Judgement calls: "下降至1.77%" prints no earlier NIM -> no prior; coverage's earlier level is not printed (only the +4.10 pp)
# -> no prior; "增加X亿元, 增长Y%" are a change row and a growth row on the balance; 应计利息 is a row of the deposit structure.
ICBC2 = "工商银行|中国工商银行|工行|ICBC|Industrial and Commercial Bank of China|01398.HK|01398|1398"
Q2, E2 = "2023Q1", "2023-03-31"
YE2 = ", vs end-2022 (比上年末)"
G["zh02"] = ([
    m("net_profit|net_income", 907.70e8, "CNY", ICBC2, Q2, basis="净利润"),
    m("net_profit_growth|net_income_growth", 0.50, "%", ICBC2, Q2, basis="yoy"),
    m("roa|return_on_assets", 0.89, "%", ICBC2, Q2, basis="年化平均总资产回报率"),
    m("roe|return_on_equity", 11.22, "%", ICBC2, Q2, basis="年化加权平均权益回报率"),
    m("roa_change|" + "rate_change", -0.11, "pp", ICBC2, Q2, basis="下降0.11个百分点 (各, first)"),
    m("roe_change|" + "rate_change", -0.93, "pp", ICBC2, Q2, basis="下降0.93个百分点 (各, second)"),
    m("revenue|operating_revenue", 2184.61e8, "CNY", ICBC2, Q2, basis="营收"),
    m("revenue_growth|operating_revenue_growth", -3.52, "%", ICBC2, Q2, basis="yoy, 下降"),
    m("net_interest_income|nii", 1684.12e8, "CNY", ICBC2, Q2, basis="利息净收入"),
    m("net_interest_income_growth|nii_growth", -4.79, "%", ICBC2, Q2, basis="yoy, 下降"),
    m("nim|net_interest_margin", 1.77, "%", ICBC2, Q2, basis="年化净利息收益率, 下降至 (no earlier level printed)"),
    m("non_interest_income", 500.49e8, "CNY", ICBC2, Q2),
    m("non_interest_income_growth", 1.02, "%", ICBC2, Q2, basis="yoy"),
    m("fee_income|net_fee_and_commission_income", 404.86e8, "CNY", ICBC2, Q2, basis="手续费及佣金净收入"),
    m("fee_income_growth|net_fee_and_commission_income_growth", -2.86, "%", ICBC2, Q2, basis="yoy, 下降"),
    m("operating_expenses|opex", 454.35e8, "CNY", ICBC2, Q2, basis="营业费用 (不含税金及附加)"),
    m("operating_expenses_growth|opex_growth", 5.39, "%", ICBC2, Q2, basis="yoy"),
    m("cost_income_ratio|cost_to_income_ratio", 20.80, "%", ICBC2, Q2),
    m("total_assets", 420338.95e8, "CNY", ICBC2, E2, basis="报吿期末"),
    m("total_assets_change|change", 24237.49e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("total_assets_growth|growth", 6.12, "%", ICBC2, E2, basis="增长" + YE2),
    m("loans|gross_loans|total_loans", 245252.05e8, "CNY", ICBC2, E2, basis="客户贷款及垫款总额 (不含应计利息)"),
    m("loans_change|change", 13148.29e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("loans_growth|growth", 5.66, "%", ICBC2, E2, basis="增长" + YE2),
    m("loans_change|change", 12676.67e8, "CNY", "境内分行人民币贷款|domestic branches' RMB loans|" + ICBC2, E2,
      basis="增加" + YE2),
    m("loans_growth|growth", 5.90, "%", "境内分行人民币贷款|domestic branches' RMB loans|" + ICBC2, E2, basis="增长" + YE2),
    m("corporate_loans|loans", 151202.03e8, "CNY", "公司类贷款|corporate loans|" + ICBC2, E2),
    m("personal_loans|retail_loans|loans", 83998.04e8, "CNY", "个人贷款|personal loans|" + ICBC2, E2),
    m("discounted_bills|bill_discounting|loans", 10051.98e8, "CNY", "票据贴现|discounted bills|" + ICBC2, E2),
    m("investments|investment", 110326.77e8, "CNY", ICBC2, E2, basis="投资"),
    m("investments_change|change", 4989.75e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("investments_growth|growth", 4.74, "%", ICBC2, E2, basis="增长" + YE2),
    m("total_liabilities", 384323.23e8, "CNY", ICBC2, E2, basis="总负债"),
    m("total_liabilities_change|change", 23375.96e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("total_liabilities_growth|growth", 6.48, "%", ICBC2, E2, basis="增长" + YE2),
    m("deposits|customer_deposits|total_deposits", 319838.74e8, "CNY", ICBC2, E2, basis="客户存款"),
    m("deposits_change|change", 21133.83e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("deposits_growth|growth", 7.08, "%", ICBC2, E2, basis="增长" + YE2),
    m("time_deposits|deposits", 178064.31e8, "CNY", "定期存款|time deposits|" + ICBC2, E2),
    m("demand_deposits|deposits", 135344.65e8, "CNY", "活期存款|demand deposits|" + ICBC2, E2),
    m("other_deposits|deposits", 1887.63e8, "CNY", "其他存款|other deposits|" + ICBC2, E2),
    m("accrued_interest|deposits", 4542.15e8, "CNY", "应计利息|accrued interest|" + ICBC2, E2,
      basis="accrued interest within customer deposits"),
    m("shareholders_equity|total_equity|equity", 36015.72e8, "CNY", ICBC2, E2, basis="股东权益合计"),
    m("shareholders_equity_change|change", 861.53e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("shareholders_equity_growth|growth", 2.45, "%", ICBC2, E2, basis="增长" + YE2),
    m("npl_balance|non_performing_loans", 3375.91e8, "CNY", ICBC2, E2, basis="不良贷款余额 (五级分类)"),
    m("npl_balance_change|change", 164.21e8, "CNY", ICBC2, E2, basis="增加" + YE2),
    m("npl_ratio|non_performing_loan_ratio", 1.38, "%", ICBC2, E2, prior=1.38, basis="与上年末持平 (prior = level)"),
    m("provision_coverage_ratio|coverage_ratio", 213.57, "%", ICBC2, E2, basis="拨备覆盖率"),
    m("provision_coverage_ratio_change|rate_change", 4.10, "pp", ICBC2, E2, basis="上升4.10个百分点" + YE2),
    m("cet1_ratio|core_tier1_ratio", 13.70, "%", ICBC2, E2, basis="核心一级资本充足率 (依次, first)"),
    m("tier1_ratio|tier_1_capital_ratio", 15.22, "%", ICBC2, E2, basis="一级资本充足率 (依次, second)"),
    m("capital_adequacy_ratio|car|total_capital_ratio", 18.79, "%", ICBC2, E2, basis="资本充足率 (依次, third)"),
], [])


# zh03: a reportify digest of 国联民生证券's note on 珀莱雅 after a product launch (reportify.cn tags/concept 多品牌布局; the
# page's "Workflow", tag name, "icon" and "搜索文档" furniture dropped; the stored text breaks off in "产品矩阵拓展:主品牌
# “源力系列”围绕“严苛修护场景" (cut mid-bullet), so the passage ends with the 新品发布 bullet; no figure dropped). The note's
# title line "…-20260211" and the broker / time line "国联民生证券· 2026-02-10 21:25" kept (title reworded); the bracketed
# source markers "[3]", "[9]", "[2][9][10]" … kept as printed (as news10 zh02); the section heads set on their own lines.
# Key: the 投资建议 bullet's forecasts for FY2025-FY2027 (revenue 109.94 / 126.65 / 139.95亿元 with +2.0 / +15.2 / +10.5%,
# attributable net profit 15.92 / 18.59 / 20.63亿元 with +2.5 / +16.8 / +11.0%, PE 19 / 16 / 14x); FY2024 actual revenue
# 107.78亿元, net profit 15.52亿元 and EPS 3.92元; EPS forecasts 4.02 / 4.69 / 5.21元; the 2026-02-10 close 75.51元; PB 4.6 /
# 3.7 / 3.1x; gross margin 74.2% in 2027 (prior 71.4%, the 2024 level); net margin 14.5%-14.7% (range, 2025-2027); DPS 0.80 /
# 0.93 / 1.03元; payout ratio 19.79%; the new serum's price 299元 per 30ml.
# Optional: the 财务预测与估值 section's repeats of the revenue, growth, profit, profit-growth and PE forecasts (15 twins); the
# 2024 gross margin 71.4% as a row of its own (the prior of the 2027 figure, as news63 zh07).
# Rating action: 国联民生证券 maintain 珀莱雅 at 推荐 (= outperform), printed twice ("继续给予“推荐”评级"), no target price.
# Judgement calls: forecasts are dated by their fiscal year with "forecast" in basis; the 2025-2027 net-margin band and the
# payout ratio (稳定于19.79%) cover the three years -> period None with the span in basis; the product price is CNY with
# "per 30ml" in basis (launch date 2026年2月9日, period None).
PLY3 = "珀莱雅|Proya|Proya Cosmetics"
GL3 = "国联民生证券|国联民生|Guolian Minsheng Securities"
REV3 = "revenue|operating_revenue"
REVG3 = "revenue_growth|operating_revenue_growth"
NP3 = "net_profit_attributable|net_profit"
NPG3 = "net_profit_attributable_growth|net_profit_growth"
PE3 = "pe|pe_ratio|p_e"
F = "forecast"


def fc3(metric, vals, unit, opt=False, what=""):
    return [m(metric, v, unit, PLY3, "FY%d" % y, opt=opt, basis=F + what)
            for y, v in zip((2025, 2026, 2027), vals)]


G["zh03"] = ([
    *fc3(REV3, (109.94e8, 126.65e8, 139.95e8), "CNY", what=", 投资建议"),
    *fc3(REVG3, (2.0, 15.2, 10.5), "%", what=", yoy, 投资建议"),
    *fc3(NP3, (15.92e8, 18.59e8, 20.63e8), "CNY", what=", 归母净利润, 投资建议"),
    *fc3(NPG3, (2.5, 16.8, 11.0), "%", what=", yoy, 投资建议"),
    *fc3(PE3, (19, 16, 14), "x", what=", at the current price (当前股价), 投资建议"),
    m(REV3, 107.78e8, "CNY", PLY3, "FY2024", basis="2024年实际"),
    *fc3(REV3, (109.94e8, 126.65e8, 139.95e8), "CNY", opt=True, what=", repeat in 财务预测与估值 (twin)"),
    *fc3(REVG3, (2.0, 15.2, 10.5), "%", opt=True, what=", repeat (twin)"),
    m(NP3, 15.52e8, "CNY", PLY3, "FY2024", basis="2024年实际, 归母净利润"),
    *fc3(NP3, (15.92e8, 18.59e8, 20.63e8), "CNY", opt=True, what=", repeat (twin)"),
    *fc3(NPG3, (2.5, 16.8, 11.0), "%", opt=True, what=", repeat (twin)"),
    m("eps|earnings_per_share", 3.92, "CNY", PLY3, "FY2024", basis="2024年实际"),
    *fc3("eps|earnings_per_share", (4.02, 4.69, 5.21), "CNY"),
    m("price|share_price|close", 75.51, "CNY", PLY3, "2026-02-10", basis="收盘价 used for the valuation"),
    *fc3(PE3, (19, 16, 14), "x", opt=True, what=", at the 2026-02-10 close, repeat (twin)"),
    *fc3("pb|pb_ratio|p_b", (4.6, 3.7, 3.1), "x", what=", at the 2026-02-10 close"),
    m("gross_margin", 74.2, "%", PLY3, "FY2027", prior=71.4, basis=F + ", 由2024年的71.4%逐步提升至"),
    m("gross_margin", 71.4, "%", PLY3, "FY2024", opt=True, basis="2024 level (the prior of the 2027 figure)"),
    m("net_margin|net_profit_margin", None, "%", PLY3, None, rng=(14.5, 14.7),
      basis=F + ", 归母净利润率 2025-2027, 维持在14.5%-14.7%之间"),
    *fc3("dps|dividend_per_share|dividend", (0.80, 0.93, 1.03), "CNY", what=", 每股股利"),
    m("payout_ratio|dividend_payout_ratio", 19.79, "%", PLY3, None, basis=F + ", 2025-2027, 股利支付率稳定于"),
    m("price|product_price|list_price", 299, "CNY", "红宝石微珠精华|ruby microbead serum|" + PLY3, None,
      basis="售价299元/30ml (per 30ml), launched 2026年2月9日"),
], [
    ra(GL3, PLY3, "maintain", "outperform", None, None, None, None),
])


# zh04: 都市快报 (Hangzhou) on the A-share week to the first trading day of November, on hznews.hangzhou.com.cn
# (jingji content 2019-11/02 7296485). The stored text breaks off in "区块链概念股同样大幅回调,仅少数龙" (cut mid-word; no
# figure), so the passage ends with the Wednesday sentence before it. No headline in the stored text, none composed; the
# in-text sub-heading "区块链牵动市场神经 A股维持震荡走势" kept, reworded, on its own line; the byline "都市快报(记者 林司楠)"
# kept. No stored page with a single day's A-share close, turnover and northbound flow was left that is not an earlier
# source (see batch_a.md), so this weekly round-up anchored on the day's close is the closest kind.
# Key (period None): the day's closes 上证综指 涨近1% (1 %), 深成指 +1.73%, 创业板指 +0.94%; northbound inflow 87.03亿元;
# Monday's 120 blockchain limit-ups and the sector's +8.63%; Tuesday's 沪指 -0.87% and 创业板 -1.05%; Tuesday's limit-ups 24
# (prior 120) and 近18只 炸板 stocks.
# Optional: the call-auction (intraday) bounds 超200家 and 超100股 一字板; the 837 exchange questions and 超过20家 companies
# responding (colour); the restated 120只 in "由周一的120只"; the 最后三个交易日 streak.
# Judgement calls: "收盘累计金额达到87.03亿元" of 北上资金 "大幅流入" is the day's net inflow (CNY, mainland 亿元); weekday moves
# carry the weekday in basis (no dates printed); counts of listed companies / stocks are "stocks"; "近18只" -> 18.
SH4 = "上证综指|沪指|上证指数|Shanghai Composite|SSE Composite"
SZ4 = "深成指|深证成指|Shenzhen Component"
CY4 = "创业板指|创业板|创业板指数|ChiNext|ChiNext Index"
BC4 = "区块链概念股|区块链板块|区块链上市公司|blockchain stocks|blockchain concept stocks"
NB4 = "北上资金|北向资金|northbound|Stock Connect northbound"
D4 = "昨日 = 11月首个交易日 (no year printed)"
G["zh04"] = ([
    m("index_change|price_change", 1, "%", SH4, None, basis=D4 + ", close, 涨近1% (近 dropped)"),
    m("index_change|price_change", 1.73, "%", SZ4, None, basis=D4 + ", close"),
    m("index_change|price_change", 0.94, "%", CY4, None, basis=D4 + ", close"),
    m("consecutive_days|streak", 3, "days", SH4, None, opt=True, basis="10月底前的最后三个交易日 沪指接连回调"),
    m("net_buy|net_inflow|fund_flow", 87.03e8, "CNY", NB4, None, basis=D4 + ", 截至收盘累计流入金额"),
    m("limit_up_stocks|limit_up_count", None, "stocks", BC4, None, rng=(200, None), opt=True,
      basis="周一, 集合竞价阶段涨停 超200家 (intraday bound)"),
    m("limit_up_stocks|limit_up_count", None, "stocks", BC4, None, rng=(100, None), opt=True,
      basis="周一, 一字板涨停 超100股 (bound)"),
    m("limit_up_stocks|limit_up_count", 120, "stocks", BC4, None, basis="周一 close, 120家涨停"),
    m("sector_change|index_change|price_change", 8.63, "%", BC4, None, basis="周一, 板块整体上涨"),
    m("count|questions", 837, "questions", BC4, None, opt=True, basis="此前的周末 沪深交易所 investor questions on 区块链"),
    m("count|companies", None, "companies", BC4, None, rng=(20, None), opt=True,
      basis="超过20家上市公司正面回应 (bound)"),
    m("index_change|price_change", -0.87, "%", SH4, None, basis="周二 close, 跌"),
    m("index_change|price_change", -1.05, "%", CY4, None, basis="周二 close, 跌"),
    m("limit_up_stocks|limit_up_count", 24, "stocks", BC4, None, prior=120, basis="周二, 由周一的120只减少至24只"),
    m("limit_up_stocks|limit_up_count", 120, "stocks", BC4, None, opt=True, basis="restated 周一的120只 (twin / prior)"),
    m("broken_limit_up_stocks|count", 18, "stocks", BC4, None, basis="周二尾盘 近18只个股“炸板” (近 dropped)"),
], [])


# zh05: 正邦科技's January-2021 hog sales brief, on hnxmsyzz.com (news show-10621; whole stored item; no headline in the
# stored text and none composed).
# Key (2021-01): hogs sold 78.67万头 (of which piglets 7.43万头 and finishing hogs 71.24万头), -41.38% mom and +162.47% yoy;
# sales revenue 31.21亿元, -19.64% mom and +179.58% yoy; finishing hogs' average price 32.65元/公斤 (+3.27% mom) and average
# weight 129.82公斤/头 (+1.75% mom).
# Optional: none.
# Judgement calls: 头 -> "head"; the price per kg is CNY with "per kg" in basis and the weight kg "per head"; 较上月 = mom; the
# explanations name "2020年2季度末至3季度初" without a figure -> no row.
ZB5 = "正邦科技|正邦|Zhengbang Technology|Jiangxi Zhengbang|002157.SZ|002157"
HOG5 = "商品猪|finishing hogs|" + ZB5
PIG5 = "仔猪|piglets|" + ZB5
M5 = "2021-01"
G["zh05"] = ([
    m("hog_sales|sales_volume|hogs_sold", 78.67e4, "head", ZB5, M5, basis="销售生猪"),
    m("hog_sales|sales_volume|hogs_sold", 7.43e4, "head", PIG5, M5, basis="of which 仔猪"),
    m("hog_sales|sales_volume|hogs_sold", 71.24e4, "head", HOG5, M5, basis="of which 商品猪"),
    m("hog_sales_growth|sales_volume_growth", -41.38, "%", ZB5, M5, basis="mom (环比下降)"),
    m("hog_sales_growth|sales_volume_growth", 162.47, "%", ZB5, M5, basis="yoy"),
    m("revenue|sales_revenue", 31.21e8, "CNY", ZB5, M5, basis="销售收入"),
    m("revenue_growth|sales_revenue_growth", -19.64, "%", ZB5, M5, basis="mom (环比下降)"),
    m("revenue_growth|sales_revenue_growth", 179.58, "%", ZB5, M5, basis="yoy"),
    m("average_price|average_selling_price|asp", 32.65, "CNY", HOG5, M5, basis="销售均价, per kg (元/公斤), excl. piglets"),
    m("average_price_change|asp_change|price_change", 3.27, "%", HOG5, M5, basis="mom (比上月上升)"),
    m("average_weight", 129.82, "kg", HOG5, M5, basis="均重, per head (公斤/头)"),
    m("average_weight_change", 1.75, "%", HOG5, M5, basis="mom (比上月上升)"),
], [])


# zh06: 新华网财经's reading of China's January-2026 official reserve assets, as a reportify social-media digest
# (reportify.cn social-media 771214680204271; whole stored item). The headline "央行连续第15个月增持黄金" kept, reworded
# ("央行已连续15个月增持黄金"); the source / time line "新华网财经·2026-02-07 11:07" kept; the bracketed markers "[1]" / "[2]" /
# "[3]" kept as printed; section heads on their own lines.
# Key (2026-01): official reserve assets 38362.81亿美元; FX reserves 33990.78亿美元 (the exact figure) with the +412亿美元
# change and +1.23% against end-December; gold 7419万盎司 (prior 7415万盎司) and its +4万盎司; gold valued at 3695.82亿美元
# and 2674.51亿SDR; the IMF reserve position 111.98亿美元, SDR holdings 562.34亿美元 and other reserve assets 1.89亿美元.
# Optional: the rounded 33991亿美元 (twin of 33990.78); the end-December gold level 7415万盎司 as a row (2025-12); the streak
# "连续第15个月" (headline and body).
# Judgement calls: "较上月有所增加" for the total prints no figure -> no row; 亿SDR -> XDR; the SDR holdings (特别提款权 as a
# reserve asset, in 亿美元) are USD, not XDR.
CN6 = "中国|China|国家外汇管理局|外汇管理局|SAFE|中国人民银行|央行|PBOC"
FX6 = "外汇储备|外储|China FX reserves|" + CN6
GOLD6 = "黄金储备|央行黄金储备|gold reserves|" + CN6
OR6 = "官方储备资产|official reserve assets|" + CN6
J26 = "2026-01"
G["zh06"] = ([
    m("consecutive_months|streak_months", 15, "months", GOLD6, None, opt=True, basis="headline: 连续15个月增持黄金"),
    m("official_reserve_assets|reserve_assets|total_reserves", 38362.81e8, "USD", OR6, J26, basis="1月末 总额"),
    m("fx_reserves|foreign_exchange_reserves|reserves", 33991e8, "USD", FX6, J26, opt=True,
      basis="外汇储备规模 (rounded twin of 33990.78亿美元)"),
    m("fx_reserves_change|foreign_exchange_reserves_change|reserves_change", 412e8, "USD", FX6, J26,
      basis="比2025年12月末上升"),
    m("fx_reserves_change_pct|fx_reserves_growth|reserves_change", 1.23, "%", FX6, J26, basis="升幅, mom"),
    m("gold_reserves|gold_reserves_volume", 7419e4, "ounces", GOLD6, J26, prior=7415e4,
      basis="由2025年12月末的7415万盎司增加至7419万盎司"),
    m("gold_reserves|gold_reserves_volume", 7415e4, "ounces", GOLD6, "2025-12", opt=True, basis="end-December level (prior)"),
    m("gold_reserves_change", 4e4, "ounces", GOLD6, J26, basis="增加4万盎司, mom"),
    m("consecutive_months|streak_months", 15, "months", GOLD6, None, opt=True, basis="连续第15个月增持"),
    m("fx_reserves|foreign_exchange_reserves|reserves", 33990.78e8, "USD", FX6, J26, basis="1月末规模 (exact figure)"),
    m("gold_reserves_value|gold_reserves", 3695.82e8, "USD", GOLD6, J26, basis="按美元计"),
    m("gold_reserves_value|gold_reserves", 2674.51e8, "XDR", GOLD6, J26, basis="按特别提款权计 (亿SDR)"),
    m("imf_reserve_position|reserve_position_in_imf", 111.98e8, "USD", "基金组织储备头寸|IMF reserve position|" + CN6, J26),
    m("sdr_holdings|special_drawing_rights", 562.34e8, "USD", "特别提款权|SDR holdings|" + CN6, J26),
    m("other_reserve_assets", 1.89e8, "USD", "其他储备资产|other reserve assets|" + CN6, J26),
], [])
