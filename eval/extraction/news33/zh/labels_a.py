# Hand labels for news33/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of shared/corpora/news-text/zh/README.md and score.py, and the "Conventions decided"
# sections of the earlier sets' zh/README.md (news27 / news31 / news32 in particular): values fully scaled (亿元 / 万亿元 ->
# CNY; 亿美元 / 万亿美元 -> USD; 亿SDR -> XDR; 万辆 -> vehicles; 万盎司 -> ounces; 万家 / 万户 -> count nouns); mainland
# 元 = CNY; declines negative (下降 / 减少 / 骤减 / 回落); 个百分点 = pp; PE 倍 / X = "x"; a dividend per 10 shares is
# labelled as printed with basis "per 10 shares, pre-tax" (news3 / news31); 扣非 profit is its own row
# (net_profit|deducted_net_profit, "excluding non-recurring items" in basis); "持平" as a 0 pp change is optional; 约X /
# 逼近X -> X; bounds (超 / 超过) optional unless they are the only figure for a core quantity; a repeated figure (headline,
# 核心提示 / lead, body) is one row; a rounded restatement beside the exact figure is optional; an earlier level printed
# beside a new one is the prior of the new row and an optional row of its own; broker targets are also target_price
# metric rows besides the rating action. Periods only where the text states or clearly implies the year: zh01 2019 / 2020
# (2019年年报, 2020-2021年EPS, 2020年目标PE); zh02 2022 (dateline 2022-11-15 with "10月份", "1-10月"); zh03 2021 (2021年年度
# 报告); zh05 2024 (2024年业绩, 截至2024年末); zh06 2016 (截至2016年4月末; 2015年12月; 2014年6月末); zh04 prints no year
# ("8月", "今年1-8月") -> period None with the month / window in basis. Stock codes are entity aliases, never values.

# zh01: a broker's research note on a pharma (CRO) company with multi-year EPS forecasts, target PE and 目标价 / 评级:
# 国泰君安 (丁丹) on 昭衍新药 (sohu analyst page, 2020-04-15; the page's table row is reduced to the stock, its printed
# sector "计算机行业", the date and the broker/analyst; the row's price-tracking figures are page furniture and were left
# out; the note is cut before its "预计业绩将维持高增速" list, where the stored text breaks off). Periods: 2019年年报 ->
# FY2019; Q4 (of that report) -> 2019Q4; 2019年年末 -> 2019-12-31; forecasts FY2020-FY2022. Key: FY2019 revenue,
# attributable profit and 扣非 profit with their growth (分别 in order); the same three for Q4 with growth; EPS forecasts
# 1.64 / 2.25 (FY2020 / FY2021) and 2.93 (FY2022); the printed revisions "(+0.13)" / "(+0.19)" as key eps_forecast_change
# rows in CNY (no prior derived: the earlier forecasts are not printed); target PE 60X (FY2020); target price 98.4元 and its
# "(+22.9元)" as a key target_price_change in CNY (no prior derived); the 5400平 of new animal facilities expected in 2020
# (square metres); the order backlog 约10.4亿元 at end-2019 and its +30%. Rating action: raise_target, overweight (增持
# maintained, target raised), 98.4 CNY, prior target not printed. Not labelled: 2020-04-15 (date), "计算机行业" (sector).
ZY = "昭衍新药|昭衍|Joinn Laboratories|Joinn|603127|603127.SH"
GTJA = "国泰君安|国泰君安证券|Guotai Junan|Guotai Junan Securities|丁丹"
Y19, Q4 = "FY2019", "2019Q4"
REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"
KF, KFG = "net_profit|deducted_net_profit", "net_profit_growth|deducted_net_profit_growth"
EPSF = "eps_forecast|eps"
G["zh01"] = ([
    m(REV, 6.39e8, "CNY", ZY, Y19, basis="营业收入"),
    m(NP, 1.78e8, "CNY", ZY, Y19, basis="归母净利润 (attributable)"),
    m(KF, 1.55e8, "CNY", ZY, Y19, basis="attributable, excluding non-recurring items (扣非归母净利润)"),
    m(REVG, 56.4, "%", ZY, Y19, basis="yoy"),
    m(NPG, 64.64, "%", ZY, Y19, basis="yoy, attributable"),
    m(KFG, 71.41, "%", ZY, Y19, basis="yoy, attributable, excluding non-recurring items"),
    m(REV, 2.91e8, "CNY", ZY, Q4, basis="Q4单季度"),
    m(NP, 1.02e8, "CNY", ZY, Q4, basis="Q4, attributable"),
    m(KF, 9.4e7, "CNY", ZY, Q4, basis="Q4, attributable, excluding non-recurring items"),
    m(REVG, 76.28, "%", ZY, Q4, basis="yoy"),
    m(NPG, 99.33, "%", ZY, Q4, basis="yoy, attributable"),
    m(KFG, 101.51, "%", ZY, Q4, basis="yoy, attributable, excluding non-recurring items"),
    m(EPSF, 1.64, "CNY", ZY, "FY2020", basis="forecast, 上调 (+0.13)"),
    m(EPSF, 2.25, "CNY", ZY, "FY2021", basis="forecast, 上调 (+0.19)"),
    m(EPSF, 2.93, "CNY", ZY, "FY2022", basis="forecast, new year"),
    m("eps_forecast_change|earnings_forecast_change", 0.13, "CNY", ZY, "FY2020", basis="revision vs previous forecast (+0.13)"),
    m("eps_forecast_change|earnings_forecast_change", 0.19, "CNY", ZY, "FY2021", basis="revision vs previous forecast (+0.19)"),
    m("target_pe|pe_ratio|pe", 60, "x", ZY, "FY2020", basis="目标PE60X"),
    m("target_price", 98.4, "CNY", ZY, None, basis="国泰君安"),
    m("target_price_change|target_change", 22.9, "CNY", ZY, None, basis="(+22.9元) vs previous target"),
    m("capacity_addition|new_capacity|animal_facility_area", 5400, "square metres", ZY, "FY2020",
      basis="新增动物房5400平, expected"),
    m("order_backlog|backlog|orders_on_hand", 1.04e9, "CNY", ZY, "2019-12-31", basis="在手订单, 约"),
    m("order_backlog_growth|backlog_growth", 30, "%", ZY, "2019-12-31", basis="yoy (同比增)"),
], [
    ra(GTJA, ZY, "raise_target", "overweight", None, 98.4, None, "CNY"),
])

# zh02: 国家统计局 CPI data in a 中国青年报客户端 story on the 国新办 press conference (headline and time line kept; the
# "天天视讯!" site prefix of the headline, the photo placeholder and caption and the "资讯推荐" line left out). Periods:
# dateline 2022-11-15 -> 10月份 = 2022-10, 1-10月 = 2022-01..10. Key: CPI Jan-Oct +2.0 % yoy; October CPI +2.1 % yoy
# (headline repeats; one row), its -0.7 pp change vs September (回落) and +0.1 % mom; the eight CPI categories' yoy
# changes (entity = the category, price_change|cpi as news4-news32); core CPI +0.6 %; four food items (鲜菜 -8.1,
# 粮食 +3.6, 鲜果 +12.6, 猪肉 +51.8; the headline repeats pork), read as yoy from the context of the release (basis
# says so). Optional: core CPI "涨幅与上月持平" as a 0 pp change (news30 / news31). The release prints no PPI.
CN = "全国|中国|China|全国居民消费价格"
OCT, JO = "2022-10", "2022-01..10"
PC = "price_change|cpi"
G["zh02"] = ([
    m("cpi|cpi_yoy|inflation", 2.0, "%", CN, JO, basis="yoy, January-October (1-10月)"),
    m("cpi|cpi_yoy|inflation", 2.1, "%", CN, OCT, basis="yoy; headline repeats"),
    m("cpi_change|inflation_change", -0.7, "pp", CN, OCT, basis="vs previous month's yoy rate (回落)"),
    m("cpi_mom|cpi|cpi_monthly_change", 0.1, "%", CN, OCT, basis="mom (环比)"),
    m(PC, 5.2, "%", "食品烟酒|food, tobacco and liquor", OCT, basis="yoy"),
    m(PC, 0.5, "%", "衣着|clothing", OCT, basis="yoy"),
    m(PC, -0.2, "%", "居住|housing|residence", OCT, basis="yoy, 下降"),
    m(PC, 1.4, "%", "生活用品及服务|household goods and services", OCT, basis="yoy"),
    m(PC, 3.1, "%", "交通通信|transport and communication", OCT, basis="yoy"),
    m(PC, 1.2, "%", "教育文化娱乐|education, culture and recreation", OCT, basis="yoy"),
    m(PC, 0.5, "%", "医疗保健|healthcare|health care", OCT, basis="yoy"),
    m(PC, 1.9, "%", "其他用品及服务|other goods and services", OCT, basis="yoy"),
    m("core_cpi|cpi", 0.6, "%", "核心CPI|core CPI|" + CN, OCT, basis="yoy, excluding food and energy"),
    m("core_cpi_change|cpi_change", 0, "pp", "核心CPI|core CPI|" + CN, OCT, opt=True, basis="涨幅与上月持平"),
    m(PC, -8.1, "%", "鲜菜|fresh vegetables", OCT, basis="yoy (from context), 下降"),
    m(PC, 3.6, "%", "粮食|grain", OCT, basis="yoy (from context)"),
    m(PC, 12.6, "%", "鲜果|fresh fruit", OCT, basis="yoy (from context)"),
    m(PC, 51.8, "%", "猪肉|pork", OCT, basis="yoy (from context); headline repeats"),
], [])

# zh03: A-share company's 年报 with 分红 and 扣非: 济川药业 (600566) 2021 annual report, 格隆汇 item (iewzx mirror; time and
# source line kept; the double code "(600566)(600566.SH)" kept as printed). Period FY2021; the share base is a count at
# 2022-03-31. Key: revenue 76.31亿元 and +23.77%; attributable profit 17.19亿元 and +34.60%; 扣非 attributable profit
# 15.57亿元 and +26.15%; basic EPS 1.94元; the proposed cash dividend 6.80元 per 10 shares (含税) labelled as printed with
# basis "per 10 shares, pre-tax" (news3 / news31). Optional: the share base 888,276,131 shares (a minor share count).
JC = "济川药业|济川|Jichuan Pharmaceutical|600566|600566.SH"
Y21 = "FY2021"
G["zh03"] = ([
    m(REV, 7.631e9, "CNY", JC, Y21, basis="营业收入"),
    m(REVG, 23.77, "%", JC, Y21, basis="yoy"),
    m(NP, 1.719e9, "CNY", JC, Y21, basis="attributable (归属于上市公司股东的净利润)"),
    m(NPG, 34.60, "%", JC, Y21, basis="yoy, attributable"),
    m(KF, 1.557e9, "CNY", JC, Y21, basis="attributable, excluding non-recurring items (扣除非经常性损益)"),
    m(KFG, 26.15, "%", JC, Y21, basis="yoy, attributable, excluding non-recurring items"),
    m("eps|basic_eps", 1.94, "CNY", JC, Y21, basis="basic"),
    m("dividend|dividend_per_share|dps", 6.80, "CNY", JC, Y21, basis="per 10 shares, pre-tax (含税), proposed"),
    m("share_capital|shares_outstanding|total_shares", 888276131, "shares", JC, "2022-03-31", opt=True,
      basis="dividend base (总股本)"),
], [])

# zh04: 中汽协 monthly vehicle data: August car exports by vehicle type, with mom (环比) and yoy changes, and the
# January-August cumulative exports with yoy growth (aqsiqauto.com copy; the photo credit line left out). No year is
# printed ("8月", "今年1-8月") -> period None, the month / window in basis. 万辆 -> vehicles. Key: total exports 30.8万辆
# with +6.2% mom and +65% yoy; 乘用车 / 商用车 / 新能源汽车 exports with their mom and yoy changes (商用车 环比下降0.3% ->
# -0.3); the four cumulative volumes with yoy growth. Entity: 汽车企业 (the industry total) / the vehicle type, with the
# association's name as an alias of the total. Not labelled: "连续创历史新高"-type wording (no figure).
AUTO = "汽车企业|汽车|中国汽车|China auto exports|中国汽车工业协会|中汽协|CAAM"
PV = "乘用车|passenger vehicles|passenger cars"
CV = "商用车|commercial vehicles"
NEV = "新能源汽车|新能源车|NEV|new energy vehicles"
EX, EXG = "exports|vehicle_exports|export_volume", "exports_growth|export_growth|vehicle_exports_growth"
AUG, JA = "August (8月)", "January-August cumulative (今年1-8月)"
G["zh04"] = ([
    m(EX, 3.08e5, "vehicles", AUTO, None, basis=AUG),
    m(EXG, 6.2, "%", AUTO, None, basis=AUG + ", mom (环比)"),
    m(EXG, 65, "%", AUTO, None, basis=AUG + ", yoy (同比)"),
    m(EX, 2.6e5, "vehicles", PV, None, basis=AUG),
    m(EXG, 7.6, "%", PV, None, basis=AUG + ", mom (环比)"),
    m(EXG, 68.7, "%", PV, None, basis=AUG + ", yoy (同比)"),
    m(EX, 4.9e4, "vehicles", CV, None, basis=AUG),
    m(EXG, -0.3, "%", CV, None, basis=AUG + ", mom (环比), 下降"),
    m(EXG, 47.5, "%", CV, None, basis=AUG + ", yoy (同比)"),
    m(EX, 8.3e4, "vehicles", NEV, None, basis=AUG),
    m(EXG, 53.6, "%", NEV, None, basis=AUG + ", mom (环比)"),
    m(EXG, 82.3, "%", NEV, None, basis=AUG + ", yoy (同比)"),
    m(EX, 1.817e6, "vehicles", AUTO, None, basis=JA),
    m(EXG, 52.8, "%", AUTO, None, basis=JA + ", yoy"),
    m(EX, 1.446e6, "vehicles", PV, None, basis=JA),
    m(EXG, 56.4, "%", PV, None, basis=JA + ", yoy"),
    m(EX, 3.71e5, "vehicles", CV, None, basis=JA),
    m(EXG, 40.2, "%", CV, None, basis=JA + ", yoy"),
    m(EX, 3.4e5, "vehicles", NEV, None, basis=JA),
    m(EXG, 97.4, "%", NEV, None, basis=JA + ", yoy"),
], [])

# zh05: a bank's results summary in a news article: 中国银行 (Bank of China) 2024 results, 每日经济新闻 story (zhenguoke
# mirror; byline kept; the in-text sub-heading reworded with its figures kept; cut after the pension paragraph, where
# the stored text breaks off). Periods: 2024年业绩 / 2024年 -> FY2024 (flows, ratios, growth rates); 截至2024年末 balances
# -> 2024-12-31. 万亿元 / 亿元 -> CNY. Key: revenue 6328亿元 and +1.38% (printed three times: one row each); after-tax
# profit 2527亿元 and +2.58% (printed twice); the A-share and H-share price gains 45.24% / 42.97% (复权, 2024; entity the
# bank, the share class in basis); total assets 35.06万亿元 and +8.11% vs the previous year-end; total liabilities
# 32.11万亿元 and +8.20%; NIM 1.40%; ROA 0.75%; ROE 9.50%; cost-income ratio 28.77% (mainland regulatory basis); credit to
# 10.29万家 tech companies (count "companies") and the 1.91万亿元 of credit; green credit +31.03%; inclusive small-business
# loan balance +29.63% and borrower count +39.62%; pension entrusted funds +23.44% vs the previous year-end. Optional
# bounds: "累计超过7100亿元" (十四五, cumulative), "超七成" 独角兽 (rng 70 %), "超4万户" 专精特新 clients, "超6000亿元" loans,
# "超千万客户" pension accounts. Not labelled: rankings (第二 / 第三), "2月26日" (a date), "五篇大文章", "十四五".
BOC = "中国银行|中行|Bank of China|BOC|601988|601988.SH|3988"
FY, YE = "FY2024", "2024-12-31"
G["zh05"] = ([
    m("revenue|operating_revenue|operating_income", 6.328e11, "CNY", BOC, FY, basis="营业收入, group; printed three times"),
    m("revenue_growth|operating_revenue_growth|operating_income_growth", 1.38, "%", BOC, FY, basis="yoy"),
    m("net_profit|profit_after_tax", 2.527e11, "CNY", BOC, FY, basis="税后利润, group; printed twice"),
    m("net_profit_growth|profit_after_tax_growth", 2.58, "%", BOC, FY, basis="yoy"),
    m("share_price_change|price_change", 45.24, "%", "中国银行A股|BOC A shares|" + BOC, FY, basis="A-share, 复权 (adjusted), 2024"),
    m("share_price_change|price_change", 42.97, "%", "中国银行H股|BOC H shares|" + BOC, FY, basis="H-share, 复权 (adjusted), 2024"),
    m("total_assets", 3.506e13, "CNY", BOC, YE, basis="资产总额, group"),
    m("total_assets_growth", 8.11, "%", BOC, YE, basis="vs previous year-end (较上年末)"),
    m("total_liabilities", 3.211e13, "CNY", BOC, YE, basis="负债总额, group"),
    m("total_liabilities_growth", 8.20, "%", BOC, YE, basis="vs previous year-end"),
    m("net_interest_margin|nim", 1.40, "%", BOC, FY, basis="净息差"),
    m("roa|return_on_assets", 0.75, "%", BOC, FY, basis="平均总资产回报率"),
    m("roe|return_on_equity", 9.50, "%", BOC, FY, basis="净资产收益率"),
    m("cost_income_ratio|cost_to_income_ratio", 28.77, "%", BOC, FY, basis="成本收入比, mainland regulatory basis"),
    m("customers|companies_served|tech_companies", 1.029e5, "companies", "科技型企业|tech companies|" + BOC, FY,
      basis="科技型企业 given credit support, 10.29万家"),
    m("credit_support|credit_lines|credit_granted", 1.91e12, "CNY", "科技型企业|tech companies|" + BOC, FY,
      basis="授信支持 to tech companies"),
    m("services_provided|financing_provided", None, "CNY", BOC, None, rng=(7.1e11, None), opt=True,
      basis="综合化服务累计超过7100亿元 (14th Five-Year Plan period)"),
    m("share_of_unicorns_served|share", None, "%", "独角兽|unicorns|" + BOC, None, rng=(70, None), opt=True,
      basis="超七成 of China's unicorns served"),
    m("green_loan_growth|loan_growth", 31.03, "%", "境内绿色信贷|green credit|" + BOC, YE, basis="domestic green loan balance growth"),
    m("inclusive_sme_loan_growth|loan_growth", 29.63, "%", "普惠型小微企业贷款|inclusive small-business loans|" + BOC, YE,
      basis="balance growth"),
    m("inclusive_sme_borrowers_growth|borrowers_growth|customer_growth", 39.62, "%",
      "普惠型小微企业贷款|inclusive small-business loans|" + BOC, YE, basis="borrower count (户数) growth"),
    m("customers|clients", None, "clients", "专精特新|specialised SMEs|" + BOC, None, rng=(4e4, None), opt=True,
      basis="超4万户 credit clients"),
    m("loans|loans_provided", None, "CNY", "专精特新|specialised SMEs|" + BOC, None, rng=(6e11, None), opt=True,
      basis="提供贷款超6000亿元"),
    m("customers|accounts", None, "customers", "个人养老金|personal pension accounts|" + BOC, None, rng=(1e7, None), opt=True,
      basis="超千万客户, cumulative"),
    m("pension_funds_growth|aum_growth", 23.44, "%", "养老金受托资金|pension entrusted funds|" + BOC, YE,
      basis="vs previous year-end"),
], [])

# zh06: 外汇储备 report: China's official reserve assets at end-April 2016 (中国金融信息网 / xinhua08; headline and the
# site's dateline/category line kept; the breadcrumb and the chart caption left out; cut before the closing paragraph on
# the SDR reporting rule, where the stored text breaks off). Periods: 截至2016年4月末 -> 2016-04 (month-end stock as news3 /
# news31); 3月末 / 上月 -> 2016-03; 2015年12月 -> 2015-12; 2014年6月末 -> 2014-06. Units: 亿美元 / 万亿美元 -> USD; 亿SDR ->
# XDR (ISO code of the SDR); 万盎司 -> ounces. Key: FX reserves 32196.68亿美元 with the March-end 32125.79 (亿 from the
# sentence; printed without a unit) as prior; the +70.64亿美元 change (headline, 核心提示 and body: one row); the previous
# month's +102.8亿美元 (own period 2016-03); the December 2015 fall -1079.22亿美元 (own period); gold reserves 747.51亿美元
# and 5814万盎司 (printed three times) with the +32.66亿美元 / +35万盎司 monthly increases; the IMF reserve position
# 106.51亿美元 (prior 107.24亿美元, "3末" as printed) and its -0.73亿美元; SDR holdings 105.48亿美元 and +0.63亿美元; other
# reserve assets 5.16亿美元 (prior 1.72亿美元); total official reserve assets 33161.35亿美元 and +106.9亿美元; in SDR terms
# the FX reserves 22716.43亿SDR and -87.36亿SDR (printed twice) and gold 527.41亿SDR and +20亿SDR. Optional: the rounded
# 3.22万亿美元 (printed twice beside the exact figure), the March-end 32125.79 and the prior IMF / other-asset levels as
# rows of their own, and "逼近4万亿美元" (the June 2014 peak, 逼近X -> X). Not labelled: the streak counts (连续第二个月,
# 连续四个月), 5月7日 (release date), the 15:20 time.
FXR = "中国外汇储备|外汇储备|中国|China|China FX reserves|foreign exchange reserves"
GOLD = "黄金储备|中国黄金储备|gold reserves|China"
A16, M16 = "2016-04", "2016-03"
G["zh06"] = ([
    m("fx_reserves|foreign_exchange_reserves", 3.219668e12, "USD", FXR, A16, prior=3.212579e12,
      basis="month-end; vs March-end 32125.79 (亿美元, unit not printed)"),
    m("fx_reserves|foreign_exchange_reserves", 3.22e12, "USD", FXR, A16, opt=True, basis="rounded 3.22万亿美元, printed twice"),
    m("fx_reserves|foreign_exchange_reserves", 3.212579e12, "USD", FXR, M16, opt=True, basis="March-end (32125.79, unit not printed)"),
    m("fx_reserves_change|foreign_exchange_reserves_change", 7.064e9, "USD", FXR, A16, basis="mom (环比增加); headline, lead, body"),
    m("fx_reserves_change|foreign_exchange_reserves_change", 1.028e10, "USD", FXR, M16, basis="previous month's increase (上月)"),
    m("fx_reserves_change|foreign_exchange_reserves_change", -1.07922e11, "USD", FXR, "2015-12",
      basis="largest monthly fall on record (大幅减少)"),
    m("fx_reserves|foreign_exchange_reserves", 4e12, "USD", FXR, "2014-06", opt=True, basis="逼近4万亿美元, historical peak"),
    m("gold_reserves|gold_reserves_value", 7.4751e10, "USD", GOLD, A16, basis="value; printed three times"),
    m("gold_reserves|gold_reserves_volume", 5.814e7, "ounces", GOLD, A16, basis="5814万盎司; printed three times"),
    m("gold_reserves_change|gold_reserves_value_change", 3.266e9, "USD", GOLD, A16, basis="vs March-end"),
    m("gold_reserves_change|gold_reserves_volume_change", 3.5e5, "ounces", GOLD, A16, basis="35万盎司, vs March-end"),
    m("imf_reserve_position|reserve_position", 1.0651e10, "USD", "基金组织储备头寸|IMF reserve position|China", A16,
      prior=1.0724e10, basis="vs 3末 (March-end) 107.24亿美元"),
    m("imf_reserve_position|reserve_position", 1.0724e10, "USD", "基金组织储备头寸|IMF reserve position|China", M16, opt=True,
      basis="March-end (3末)"),
    m("imf_reserve_position_change|reserve_position_change", -7.3e7, "USD", "基金组织储备头寸|IMF reserve position|China", A16,
      basis="减少0.73亿美元"),
    m("sdr_holdings|special_drawing_rights", 1.0548e10, "USD", "特别提款权|SDR holdings|China", A16, basis="增加…至"),
    m("sdr_holdings_change|special_drawing_rights_change", 6.3e7, "USD", "特别提款权|SDR holdings|China", A16, basis="mom"),
    m("other_reserve_assets", 5.16e8, "USD", "其他储备资产|other reserve assets|China", A16, prior=1.72e8,
      basis="previous month-end 1.72亿美元"),
    m("other_reserve_assets", 1.72e8, "USD", "其他储备资产|other reserve assets|China", M16, opt=True, basis="上月末"),
    m("official_reserve_assets|total_reserves", 3.316135e12, "USD", "官方储备资产|official reserve assets|China", A16),
    m("official_reserve_assets_change|total_reserves_change", 1.069e10, "USD", "官方储备资产|official reserve assets|China", A16,
      basis="mom (环比增加)"),
    m("fx_reserves|foreign_exchange_reserves", 2.271643e12, "XDR", FXR, A16, basis="in SDR terms (亿SDR); printed twice"),
    m("fx_reserves_change|foreign_exchange_reserves_change", -8.736e9, "XDR", FXR, A16, basis="in SDR terms, mom (减少)"),
    m("gold_reserves|gold_reserves_value", 5.2741e10, "XDR", GOLD, A16, basis="in SDR terms"),
    m("gold_reserves_change|gold_reserves_value_change", 2e9, "XDR", GOLD, A16, basis="in SDR terms (增加20亿SDR)"),
], [])
