# Hand labels for news49/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news47/zh and news48/zh README.md and the labels files of news47/zh (with news44 zh06 for
# the reserves release and news7 zh06 for a broker digest). Values fully scaled (亿元 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4,
# 亿美元 -> x1e8); mainland 元 = CNY, 美元 = USD; declines negative (下降 / 下跌 / 减少 / 降至, a printed minus sign), losses
# printed as negative figures keep their sign; 同比 = yoy, 环比 = mom in basis; 个百分点 -> pp, 个基点 -> bp; index levels in
# "points". A figure printed twice (headline and body, or lead and later paragraph) is one key row plus optional twins;
# screening thresholds ("超过100亿元", "至少上涨50%", "50篇以上") and restated bounds are optional open ranges; a level printed
# "从A…至B" / "由A降至B" is value B with prior A (A also an optional row of its own where it has a period of its own);
# "不低于X" commitments and "不超过X" caps are open ranges (key where they are the only printing). Ranks (第一, 第115位, 前200,
# TOP100), list names, document titles, slogans and the bracketed citation markers "[9][10]" carry no row. Stock codes are
# entity aliases, never values. Periods only where the text states or clearly implies the year: zh01 2023Q1 (printed
# "2023年第一季度报告"); zh02 2023H1 and 2023-06-30 (printed "2023年上半年", "截至日期2023-06-30"); zh03 2022H1 (printed
# "2022年上半年", prior 2021H1); zh04 2025-09 (printed "截至2025年9月末", "2025年9月"); zh05 as printed (FY2024 备考,
# 2025H1 for "2025年1-6月", FY2025-FY2027 commitments, 2025-06-30 valuation date); zh06 None ("近半年,截至10月22日"; the
# dateline 2018-10-24 gives no month or quarter the figures belong to). Address dates and the writer's knowledge are never
# used. Ratings: 强烈推荐 -> buy (news7's 强推 -> buy); a rating "given" over a period with no change stated -> maintain.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: 澎湃新闻 round-up of the five big listed baijiu makers' first-quarter results on a property-portal mirror
# (m.zhiye.eeju.com; headline reworded around "五大", "208亿", "茅台", "汾酒"; the column tag "【全球快播报】", the breadcrumb
# "当前位置: 首页 > 热点资讯 > 正文" and the caption "(资料图片仅供参考)" dropped; the time/source line kept as "发布于2023-04-30
# 07:48:51 来源:澎湃新闻"; the stored text breaks off inside "尽管与2022年第一季度43%的营收增速、70%的净…", so the passage ends
# with the 山西汾酒 sentence before it and 洋河股份's own figures are not in the passage). 2023Q1 from the printed "2023年第一季度
# 报告" (four times). Key: the five makers' combined revenue 1052亿元 (高达) and combined net profit 476.35亿元; per company
# revenue (约) and its yoy growth, net profit (约) and its yoy growth: 贵州茅台 387.56亿元 / +20% / 207.95亿元 (归母) / +20.59%;
# 五粮液 311.39亿元 / +13.03% / 125.42亿元 / +15.89%; 泸州老窖 76.1亿元 / +20.57% / 37.13亿元 / +29.10%; 山西汾酒 126.82亿元 /
# +20.44% (同比增加) / 48.19亿元 / +29.89%. Optional: the headline's "208亿净利" (rounded twin of 207.95亿元) and "首度站上200亿元
# 关口" (a threshold passed, open bound). Judgement calls: 约 is dropped from the values; "2020年以来的最高水平", "两位数", "行业
# 第三" / "排名第二" carry no row; the comparison with 2022年一季度 ("稍有回落") has no figure.
MT = "贵州茅台|茅台|600519|600519.SH|Kweichow Moutai|Moutai"
WLY = "五粮液|000858|000858.SZ|Wuliangye"
LZ = "泸州老窖|000568|000568.SZ|Luzhou Laojiao"
FJ = "山西汾酒|汾酒|600809|600809.SH|Shanxi Fenjiu|Fenjiu"
TOP5 = "五家上市白酒公司|五大白酒龙头|白酒|baijiu makers|five listed baijiu makers|A股上市白酒公司"
Q1 = "2023Q1"
NP = "net_profit|net_profit_attributable"
NPG = "net_profit_growth|net_profit_attributable_growth"
G["zh01"] = ([
    m(NP, 2.08e10, "CNY", MT, Q1, opt=True, basis="headline 208亿净利 (rounded twin of 207.95亿元)"),
    m(NP, None, "CNY", MT, Q1, rng=(2e10, None), opt=True, basis="净利润首度站上200亿元关口 (threshold passed)"),
    m("revenue|combined_revenue", 1.052e11, "CNY", TOP5, Q1, basis="five companies' combined revenue (高达)"),
    m("net_profit|combined_net_profit", 4.7635e10, "CNY", TOP5, Q1, basis="five companies' combined net profit (总额)"),
    m("revenue", 3.8756e10, "CNY", MT, Q1, basis="营收约为"),
    m("revenue_growth", 20, "%", MT, Q1, basis="yoy (同比, 与上年同期相比)"),
    m(NP, 2.0795e10, "CNY", MT, Q1, basis="归母净利润约为"),
    m(NPG, 20.59, "%", MT, Q1, basis="yoy"),
    m("revenue", 3.1139e10, "CNY", WLY, Q1, basis="营收约为"),
    m("revenue_growth", 13.03, "%", WLY, Q1, basis="yoy"),
    m(NP, 1.2542e10, "CNY", WLY, Q1, basis="净利润约为"),
    m(NPG, 15.89, "%", WLY, Q1, basis="yoy"),
    m("revenue", 7.61e9, "CNY", LZ, Q1, basis="营收约为"),
    m("revenue_growth", 20.57, "%", LZ, Q1, basis="yoy"),
    m(NP, 3.713e9, "CNY", LZ, Q1, basis="净利润约为"),
    m(NPG, 29.10, "%", LZ, Q1, basis="yoy"),
    m("revenue", 1.2682e10, "CNY", FJ, Q1, basis="营收约为"),
    m("revenue_growth", 20.44, "%", FJ, Q1, basis="yoy (同比增加)"),
    m(NP, 4.819e9, "CNY", FJ, Q1, basis="净利润约为"),
    m(NPG, 29.89, "%", FJ, Q1, basis="yoy"),
], [])


# zh02: A-share rural commercial bank's interim-report management discussion as a quote-site page (中财网, quoteimg.cfi.cn;
# the site banner "中财网 中财网股票行情" dropped; the field lines "渝农商行(601077)经营总结", "截止日期2023-06-30" (written
# "截至日期2023-06-30"), "信息来源2023年中期报告" (written "资料出处2023年中期报告") and the section heads kept; the quoted
# strategy slogans kept as printed; the stored text breaks off inside "不断丰富绿色金融体系,被纳入人行碳减排支持工具金融机",
# so the passage ends with the sentence before it). Period: flows 2023H1 ("2023年上半年"), balances and ratios 2023-06-30
# (the printed 截至日期; "比上年末" changes are against 2022 year-end). Key: total assets 14,383.51亿元 (+864.90亿元),
# deposits 9,024.82亿元 (+775.35亿元), loans 6,737.36亿元 (+410.59亿元); net profit 71.21亿元 (比上年同期增加6.24亿元, a CNY
# change row); NPL ratio 1.21% (下降0.01个百分点 -> -0.01 pp); provision coverage 350.87%; capital adequacy 15.30%; CET1
# 12.86%; 141 projects supported in the 成渝 twin-city economic circle with credit lines 1,084.21亿元 and loans 216.81亿元;
# financing for foreign-trade firms along the western land-sea corridor 105.66亿元; inclusive small-and-micro loans
# 1,252.11亿元 (+121.73亿元); agriculture-related loans 2,272.89亿元 (+116.64亿元).
# Judgement calls: no prior is derived for the NPL ratio (1.22% is not printed); the ranks (重庆第一, 第115位, 第22位, 排名第一)
# and the list name "2023年全球银行1,000强" carry no row; "十二个字" belongs to a slogan; the project count is a key "projects"
# row (the passage's only count); the project credit lines and loans, the corridor financing and the two targeted loan books
# take the segment as entity with the bank as alias.
YN = "渝农商行|重庆农村商业银行|重庆农商行|本集团|601077|Chongqing Rural Commercial Bank|CQRCB"
PRJ = "成渝地区双城经济圈重大项目及市级重点项目|重点项目|Chengdu-Chongqing projects|" + YN
TRD = "沿线外贸企业|西部陆海新通道|foreign-trade firms|" + YN
SME = "普惠型小微贷款|普惠小微|inclusive small and micro loans|" + YN
AGR = "涉农贷款|agriculture-related loans|" + YN
D23, H23 = "2023-06-30", "2023H1"
YE = "vs 上年末 (2022 year-end)"
G["zh02"] = ([
    m("total_assets", 1.438351e12, "CNY", YN, D23, basis="资产总额 at 截至日期2023-06-30"),
    m("total_assets_change|total_assets_increase", 8.649e10, "CNY", YN, D23, basis=YE),
    m("deposits|deposit_balance", 9.02482e11, "CNY", YN, D23, basis="存款余额"),
    m("deposits_change|deposit_increase", 7.7535e10, "CNY", YN, D23, basis=YE),
    m("loans|loan_balance", 6.73736e11, "CNY", YN, D23, basis="贷款余额"),
    m("loans_change|loan_increase", 4.1059e10, "CNY", YN, D23, basis=YE),
    m("net_profit", 7.121e9, "CNY", YN, H23, basis="2023年上半年"),
    m("net_profit_change|net_profit_increase", 6.24e8, "CNY", YN, H23, basis="yoy increase (比上年同期增加)"),
    m("npl_ratio|non_performing_loan_ratio", 1.21, "%", YN, D23, basis="不良贷款率"),
    m("npl_ratio_change|non_performing_loan_ratio_change", -0.01, "pp", YN, D23, basis=YE + ", 下降0.01个百分点"),
    m("provision_coverage_ratio|provision_coverage", 350.87, "%", YN, D23, basis="拨备覆盖率"),
    m("capital_adequacy_ratio|car", 15.30, "%", YN, D23, basis="资本充足率"),
    m("cet1_ratio|core_tier1_capital_ratio|core_tier_1_capital_adequacy_ratio", 12.86, "%", YN, D23,
      basis="核心一级资本充足率"),
    m("projects|count", 141, "projects", PRJ, H23, basis="major and municipal key projects supported"),
    m("credit_line|credit_granted", 1.08421e11, "CNY", PRJ, D23, basis="授信金额 for those projects"),
    m("loans|loan_balance", 2.1681e10, "CNY", PRJ, D23, basis="贷款余额 for those projects"),
    m("financing_balance|loans", 1.0566e10, "CNY", TRD, D23, basis="融资余额, western land-sea corridor"),
    m("loans|loan_balance", 1.25211e11, "CNY", SME, D23, basis="普惠型小微贷款余额"),
    m("loans_change|loan_increase", 1.2173e10, "CNY", SME, D23, basis=YE),
    m("loans|loan_balance", 2.27289e11, "CNY", AGR, D23, basis="涉农贷款余额"),
    m("loans_change|loan_increase", 1.1664e10, "CNY", AGR, D23, basis=YE),
], [])


# zh03: 中指院 half-year developer sales ranking as a 智研咨询 item reposted on an expo site (cncnexpo.com; the site banner
# "欢迎来到2024上海第二十五届海外置业移民留学展览会官方网站!", the breadcrumb and the repost line "时间:2022-07-10 09:55:37来源:
# 网络作者:佚名点击:" dropped; the headline line with its run-together date "2022-07-0911:05来源:智研咨询" kept, headline reworded
# around "原创", "2022年上半年", "3家", "突破2000亿元", "(TOP100)"; the "原标题:" line and the two ranking names kept as printed
# (titles); the methodology sentence without a final stop kept so; the stored text breaks off inside "从权益销售占比看,敏捷
# 集团、中冶置业、大华集团、星河湾集团4家企…", so the passage ends with the sentence before it). 2022H1 from the printed
# "2022年上半年"; comparisons with 2021年上半年 -> prior / 2021H1.
# Key: the top-100's combined sales 3.56万亿元 (同比下降48.67%); the entry threshold 70.3亿元 (prior 177.1亿元 of 2021,
# 下降60.30%); 85 firms above 100亿元 (减少47家), of which 9 above 1000亿元 (prior 19, 减少10家); 3 firms (碧桂园、万科、
# 保利发展) above 2000亿元; 92 firms in the top 200 in both halves, 3 with yoy growth, 中建信和 +171.9%, 89 with declines, 7
# with declines of more than 70%; 19 new entrants, 11 of them ranked 101-200 a year earlier, 11 with sales above 百亿元; 94
# firms in the equity top 100, 66 with equity sales above 100亿元, 4 above 1000亿元.
# Optional: the headline's "3家企业…突破2000亿元" and the 原标题's "3家企业突破2000亿元" (twins of the body count); the 2021H1
# threshold 177.1亿元 and the 19 firms above 1000亿元 in 2021H1 as rows of their own; the screening thresholds (超过100亿元
# twice, 超过百亿元, 超过1000亿元 twice, 突破2000亿元 at three printings, 下降超过70%) as open bounds.
# Judgement calls: the firm counts are the release's statistics and key "companies" rows (the entity is the group counted,
# with the top-100 as alias); "减少47家" / "减少10家" are negative count changes; ranks and list sizes (TOP200, TOP100, 前200,
# 前100, 第101-第200) carry no row; the dates 2022年1月1日-6月30日 give the period only.
T100 = "百强房企|百强企业|TOP100|房地产企业|中国房地产企业|中指院|top 100 developers|developers"
H22, H21 = "2022H1", "2021H1"
CO = "companies|count|number_of_companies"
BIG3 = "碧桂园|万科|保利发展|Country Garden|Vanke|Poly Developments"
ZJ = "中建信和|China State Construction Xinhe"
G["zh03"] = ([
    m(CO, 3, "companies", BIG3 + "|" + T100, H22, opt=True, basis="headline twin (3家企业销售额突破2000亿元)"),
    m(CO, 3, "companies", BIG3 + "|" + T100, H22, opt=True, basis="原标题 twin (3家企业突破2000亿元)"),
    m("sales|sales_revenue|contracted_sales", 3.56e12, "CNY", T100, H22, basis="top-100 combined sales (合计)"),
    m("sales_growth|sales_change", -48.67, "%", T100, H22, basis="yoy vs 2021年上半年 (同比下降)"),
    m("entry_threshold|threshold|sales", 7.03e9, "CNY", T100, H22, prior=1.771e10,
      basis="进榜门槛, from 2021年的177.1亿元 down to 70.3亿元"),
    m("entry_threshold|threshold|sales", 1.771e10, "CNY", T100, H21, opt=True, basis="2021 threshold (prior)"),
    m("entry_threshold_change|threshold_change", -60.30, "%", T100, H22, basis="下降60.30%"),
    m(CO, 85, "companies", T100, H22, basis="firms with sales above 100亿元"),
    m("sales", None, "CNY", T100, H22, rng=(1e10, None), opt=True, basis="screen 超过100亿元 (first printing)"),
    m("companies_change|count_change", -47, "companies", T100, H22, basis="vs 2021年上半年 (减少47家)"),
    m(CO, 9, "companies", T100, H22, prior=19, basis="firms with sales above 1000亿元; prior 2021年上半年的19家"),
    m("sales", None, "CNY", T100, H22, rng=(1e11, None), opt=True, basis="screen 超过1000亿元 (first printing)"),
    m(CO, 19, "companies", T100, H21, opt=True, basis="2021H1 firms above 1000亿元 (prior)"),
    m("companies_change|count_change", -10, "companies", T100, H22, basis="减少10家"),
    m(CO, 3, "companies", BIG3 + "|" + T100, H22, basis="碧桂园、万科、保利发展: sales above 2000亿元"),
    m("sales", None, "CNY", BIG3, H22, rng=(2e11, None), opt=True, basis="突破2000亿元 (body)"),
    m("sales", None, "CNY", BIG3, H22, rng=(2e11, None), opt=True, basis="突破2000亿元 (headline)"),
    m("sales", None, "CNY", BIG3, H22, rng=(2e11, None), opt=True, basis="突破2000亿元 (原标题)"),
    m(CO, 92, "companies", T100, H22, basis="ranked in the top 200 in both 2021H1 and 2022H1"),
    m(CO, 3, "companies", "中建信和|北京城建|中建三局地产|" + T100, H22, basis="firms with yoy sales growth"),
    m("sales_growth", 171.9, "%", ZJ, H22, basis="yoy, the highest growth (增幅最高)"),
    m(CO, 89, "companies", T100, H22, basis="firms with yoy sales declines"),
    m(CO, 7, "companies", T100, H22, basis="firms whose sales fell by more than 70%"),
    m("sales_growth", None, "%", T100, H22, rng=(None, -70), opt=True, basis="下降超过70% (screen)"),
    m(CO, 19, "companies", T100, H22, basis="new entrants vs 2021年上半年"),
    m(CO, 11, "companies", T100, H22, basis="new entrants ranked 第101-第200 a year earlier"),
    m(CO, 11, "companies", T100, H22, basis="new entrants with sales above 百亿元"),
    m("sales", None, "CNY", T100, H22, rng=(1e10, None), opt=True, basis="screen 超过百亿元"),
    m(CO, 94, "companies", T100, H22, basis="firms also in the equity-sales top 100"),
    m(CO, 66, "companies", T100, H22, basis="firms with equity sales above 100亿元"),
    m("equity_sales|sales", None, "CNY", T100, H22, rng=(1e10, None), opt=True, basis="screen 超过100亿元 (equity)"),
    m(CO, 4, "companies", T100, H22, basis="firms with equity sales above 1000亿元"),
    m("equity_sales|sales", None, "CNY", T100, H22, rng=(1e11, None), opt=True, basis="screen 超过1000亿元 (equity)"),
], [])


# zh04: monthly FX-reserves release with an economist's reading of currency and asset-price moves (北京商报 on a tag page of
# depuwaihui.cn; the tag line "Tag: 外汇储备" and the inserted link line "中国外汇储备规模分析_国际储备和外汇储备_黄金储备增持解读"
# dropped; headline reworded around "33387亿美元!", "创年内新高", "连续第11个月增持黄金"; byline "北京商报讯(记者 刘四红)" kept;
# the stored text ends with "黄金储备上,…截至9月末,中国官方黄金储备为7406万盎司(约2303.523吨),较上月末增加4万盎司(约1.24吨)"
# without a final stop, taken as cut, so the passage ends with the paragraph before it and the gold figures are not in it).
# 2025-09 from the printed "截至2025年9月末" / "2025年9月"; "9月" market moves likewise. Key: reserves 33387亿美元 (USD
# 3.3387e12), 比8月末上升165亿美元, 升幅0.5%; the Fed's 25 bp cut (rate change -25 bp); the dollar index 97.8 (持平 with the month
# start -> prior 97.8); 日元 and 英镑 against the dollar -1.1% / -0.5% (分别, in order); the hedged global bond index +0.7%; S&P 500
# +3.5%; Nikkei +5.4%; Euro Stoxx +1.2%.
# Optional: the headline's 33387亿美元 and the later "上涨165亿美元至33387亿美元" (twins); the threshold "3.3万亿美元关口之上" (open
# bound, two months running: "连续两个月" -> 2 months); the headline streak "连续第11个月" (months).
# Judgement calls: "2015年12月以来的最高水平" is a date, no row; 降息25个基点 is a negative bp change on the Fed (no level
# printed); the yen and pound moves are against the dollar (entity the currency).
CNR = "我国|中国|China|国家外汇管理局|外汇储备|外储|SAFE"
PB = "央行|中国人民银行|PBOC|People's Bank of China|China"
S25 = "2025-09"
FXR = "fx_reserves|foreign_exchange_reserves|reserves"
FXC = "fx_reserves_change|foreign_exchange_reserves_change|reserves_change"
MK = "index_change|price_change|change"
G["zh04"] = ([
    m(FXR, 3.3387e12, "USD", CNR, S25, opt=True, basis="headline twin (33387亿美元!)"),
    m("consecutive_months|streak_months", 11, "months", PB, None, opt=True, basis="headline: 连续第11个月增持黄金"),
    m(FXR, 3.3387e12, "USD", CNR, S25, basis="外汇储备规模, end of September (截至2025年9月末)"),
    m(FXC, 1.65e10, "USD", CNR, S25, basis="比8月末上升165亿美元"),
    m("fx_reserves_change_pct|fx_reserves_growth|reserves_change", 0.5, "%", CNR, S25, basis="升幅"),
    m("consecutive_months|streak_months", 2, "months", CNR, None, opt=True, basis="连续两个月 above 3.3万亿美元"),
    m(FXR, None, "USD", CNR, S25, rng=(3.3e12, None), opt=True, basis="处在3.3万亿美元关口之上 (threshold)"),
    m("rate_change|policy_rate_change", -25, "bp", "美联储|Fed|Federal Reserve", S25, basis="降息25个基点"),
    m(FXC, 1.65e10, "USD", CNR, S25, opt=True, basis="twin (9月末外储环比上涨165亿美元)"),
    m(FXR, 3.3387e12, "USD", CNR, S25, opt=True, basis="twin (…至33387亿美元)"),
    m("index_level|dollar_index|level", 97.8, "points", "美元指数|US dollar index|DXY", S25, prior=97.8,
      basis="收于与月初持平的97.8 (unchanged over the month)"),
    m(MK + "|fx_change", -1.1, "%", "日元|JPY|yen", S25, basis="against the dollar (分别, first)"),
    m(MK + "|fx_change", -0.5, "%", "英镑|GBP|pound", S25, basis="against the dollar (分别, second)"),
    m(MK, 0.7, "%", "全球债券指数|已对冲全球债券指数|hedged global bond index", S25, basis="USD-denominated, hedged"),
    m(MK, 3.5, "%", "标普500指数|标普500|S&P 500", S25, basis="9月"),
    m(MK, 5.4, "%", "日经指数|日经225|Nikkei", S25, basis="9月"),
    m(MK, 1.2, "%", "欧洲斯托克指数|斯托克|Euro Stoxx|STOXX", S25, basis="9月"),
], [])


# zh05: A-share maker's share-and-cash acquisition with matching funds, as a research-portal digest of the revised draft
# restructuring report (Reportify company page, staging.reportify.cn; the "搜索文档" button dropped; the page heading
# "禾信仪器(688622)", the item title (reworded around the company names and "(草案)(修订稿)") and the credit line "证券之星·
# 2025-08-04 16:47" kept; the digest's run-on bullets " - " and citation markers "[9][10]" … "[18]" kept; the stored text breaks
# off inside "- 单年度净利润低于2,500.00万元触发当期", so the passage ends with the bullet before it).
# Key: stake 56.00%; matching funds 不超过24,640.00万元 (open cap); total consideration 38,360.00万元 = cash 13,720.00万元 +
# shares 24,640.00万元; use of funds: intermediary fees and taxes 1,400.00万元, working capital 9,520.00万元; the valuation
# 68,600.00万元 (as printed for "56.00%股权") with appreciation 1,083.71% over book net assets (2025-06-30 base date); issue price
# at 80% of the 20-day average; the asset-ratio test 99.82%; 周振's stake 24.47% (prior 29.33%); 吴明's stake 16.57%; pro forma
# FY2024 total assets 130,401.60万元 and revenue 27,686.26万元; 2025H1 attributable net profit -169.36万元 (prior -1,745.96万元);
# basic EPS -0.02元 (prior -0.25元); performance commitments 不低于3,500.00万元 / 5,000.00万元 / 6,500.00万元 (FY2025-FY2027,
# open ranges, 分别 in order) and 累计不低于15,000.00万元.
# Optional: the second printings of 56.00% and of the cash consideration 13,720.00万元 (use of funds); the pre-deal comparatives
# -1,745.96万元 and -0.25元 as rows of their own; the 20-trading-day window; the lock-up terms (36 and 48 months, 50% and 100%);
# the cap of 35 investors and the 6-month lock-up; the 90% compensation trigger.
# Judgement calls: the share consideration and the matching-funds cap print the same 24,640.00万元 but are different figures
# (a value and an open cap: both key); the deal takes the acquirer as entity with the target as alias for deal-level rows;
# "改善至" keeps the loss's negative sign (value -169.36万元, not a change); the EPS bullet prints no period and gets None;
# the pro forma figures are FY2024 ("2024年备考报表").
HX = "禾信仪器|广州禾信仪器股份有限公司|广州禾信仪器|688622|Hexin Instrument"
LX = "量羲技术|上海量羲技术|Liangxi Technology"
DEAL = HX + "|" + LX
G["zh05"] = ([
    m("stake|acquired_stake|equity_stake", 56.00, "%", DEAL, None, basis="量羲技术56.00%股权 acquired"),
    m("matching_funds|fundraising|placement_amount", None, "CNY", HX, None, rng=(None, 2.464e8),
      basis="配套资金 不超过24,640.00万元 (cap)"),
    m("deal_value|transaction_consideration|consideration", 3.836e8, "CNY", DEAL, None, basis="交易对价合计"),
    m("cash_consideration|consideration", 1.372e8, "CNY", DEAL, None, basis="现金部分"),
    m("share_consideration|consideration", 2.464e8, "CNY", DEAL, None, basis="股份部分"),
    m("cash_consideration|use_of_proceeds", 1.372e8, "CNY", DEAL, None, opt=True,
      basis="twin: matching funds used to pay the cash consideration"),
    m("fees|use_of_proceeds", 1.4e7, "CNY", HX, None, basis="中介费用及税费 from the matching funds"),
    m("working_capital|use_of_proceeds", 9.52e7, "CNY", HX, None, basis="补充流动资金 from the matching funds"),
    m("stake|equity_stake", 56.00, "%", LX, None, opt=True, basis="second printing (量羲技术56.00%股权的评估值)"),
    m("valuation|appraised_value", 6.86e8, "CNY", LX, "2025-06-30", basis="评估值 (base date 2025年6月30日, income method)"),
    m("valuation_premium|appreciation_rate", 1083.71, "%", LX, "2025-06-30", basis="增值 over book net assets"),
    m("days|window", 20, "trading days", HX, None, opt=True, basis="定价基准日前20个交易日"),
    m("issue_price_ratio|discount", 80, "%", HX, None, basis="issue price = 80% of the 20-day average price"),
    m("lockup_months|months", 36, "months", "吴明|Wu Ming", None, opt=True, basis="满36个月后解锁"),
    m("unlock_ratio|share", 50, "%", "吴明|Wu Ming", None, opt=True, basis="解锁50% after 36 months"),
    m("lockup_months|months", 48, "months", "吴明|Wu Ming", None, opt=True, basis="满48个月后解锁"),
    m("unlock_ratio|share", 100, "%", "吴明|Wu Ming", None, opt=True, basis="解锁100% after 48 months"),
    m("investors|count", None, "investors", HX, None, rng=(None, 35), opt=True, basis="不超过35名特定投资者"),
    m("lockup_months|months", 6, "months", HX, None, opt=True, basis="限售期6个月 (placement)"),
    m("asset_ratio|ratio", 99.82, "%", DEAL, None, basis="资产净额占比 (major-restructuring test)"),
    m("stake|shareholding", 24.47, "%", "周振|Zhou Zhen|" + HX, None, prior=29.33,
      basis="actual controller's stake, 由29.33%降至24.47%"),
    m("stake|shareholding", 16.57, "%", "吴明|Wu Ming|" + HX, None, basis="stake after the deal"),
    m("total_assets", 1.3040160e9, "CNY", HX, "FY2024", basis="pro forma (2024年备考报表), 增至"),
    m("revenue", 2.768626e8, "CNY", HX, "FY2024", basis="pro forma (2024年备考报表), 增至"),
    m("net_profit_attributable|net_profit", -1.6936e6, "CNY", HX, "2025H1", prior=-1.74596e7,
      basis="pro forma, 由-1,745.96万元改善至-169.36万元 (a smaller loss)"),
    m("net_profit_attributable|net_profit", -1.74596e7, "CNY", HX, "2025H1", opt=True, basis="pre-deal figure (prior)"),
    m("eps|basic_eps", -0.02, "CNY", HX, None, prior=-0.25, basis="基本每股收益 pro forma, 由-0.25元提升至-0.02元"),
    m("eps|basic_eps", -0.25, "CNY", HX, None, opt=True, basis="pre-deal figure (prior)"),
    m("committed_net_profit|profit_commitment|net_profit", None, "CNY", LX, "FY2025", rng=(3.5e7, None),
      basis="不低于3,500.00万元 (分别, first)"),
    m("committed_net_profit|profit_commitment|net_profit", None, "CNY", LX, "FY2026", rng=(5e7, None),
      basis="不低于5,000.00万元 (分别, second)"),
    m("committed_net_profit|profit_commitment|net_profit", None, "CNY", LX, "FY2027", rng=(6.5e7, None),
      basis="不低于6,500.00万元 (分别, third)"),
    m("committed_net_profit|profit_commitment|net_profit", None, "CNY", LX, None, rng=(1.5e8, None),
      basis="cumulative over 2025-2027, 不低于15,000.00万元"),
    m("threshold|ratio", None, "%", LX, None, rng=(None, 90), opt=True, basis="compensation if below 90% (低于90%)"),
], [])


# zh06: 证券日报 feature on half a year of broker recommendations, from Choice data (a mirror copy on evenhosting.com; the
# breadcrumb "您所在的位置: 网站九游会·J9 > 金融机构 > 券商 > 正文" dropped; headline reworded around "64家" and "赏脸"; the time /
# source line "2018-10-24 00:44  来源:证券日报 周尚伃", the byline "■本报记者 周尚伃", the indents and the two-line sub-heading
# ("券商发布超100篇研报" / "重点推荐2家上市公司", the second reworded from 力推) kept; the stored text breaks off inside "此外,据
# 《证券日报》记者不完全", so the passage ends with the paragraph before it). Period None: "近半年,截至10月22日(下同)" under the
# 2018 dateline names a rolling half-year window, no month or quarter.
# Key: 1148 companies recommended; 98 forecast to double; 361 forecast to rise at least 50%; 64 already at the lowest target
# and 3 at the highest; 上汽集团 109 reports and 中国国旅 101 (分别, in order); 38 companies with 50 or more reports; 上汽集团 —
# 31 brokers, highest target 42元/股, lowest 32.24元/股, 11.71% below the lowest target; 中国国旅 — 29 brokers, highest 86.61元/股,
# lowest 61元/股, 5.54% below. Optional: the sub-heading bound "超100篇" and the body's "都超过100篇" (restating 109 / 101); the
# sub-heading's "2家上市公司"; the second printings of 109篇 and 101篇; the screens "至少上涨50%" and "50篇以上(包含50篇)".
# Rating actions: 平安证券, 招商证券, 长城证券, 广证恒生 on 上汽集团 and 招商证券, 东兴证券 on 中国国旅, each "强烈推荐" -> buy,
# no target (the targets printed are the highest and lowest across all brokers, not these brokers'), action maintain (a
# rating held over the half-year, no change stated).
# Judgement calls: the highest / lowest targets across brokers are key target_price metric rows (news7 zh06 labels printed
# targets as metrics too) — no rating action can carry them since no broker is named for them; "只差X%的涨幅" is an upside
# to the lowest target (positive); "翻倍" carries no figure (the count 98 is the row); counts of companies, brokers and reports
# are key as the article's statistics.
SAIC = "上汽集团|上海汽车集团|SAIC Motor|SAIC"
CITS = "中国国旅|China International Travel Service|CITS|China Tourism Group Duty Free"
CHOICE = "券商研报|券商|brokers|上市公司|listed companies|东方财富Choice"
RP = "reports|research_reports|count"
G["zh06"] = ([
    m("reports|count", None, "reports", SAIC + "|" + CITS, None, rng=(100, None), opt=True,
      basis="sub-heading 券商发布超100篇研报"),
    m("companies|count", 2, "companies", SAIC + "|" + CITS, None, opt=True, basis="sub-heading 重点推荐2家上市公司"),
    m("companies|count", 1148, "companies", CHOICE, None, basis="listed companies recommended by broker research, 近半年"),
    m("companies|count", 98, "companies", CHOICE, None, basis="forecast to double (翻倍)"),
    m("companies|count", 361, "companies", CHOICE, None, basis="forecast to rise at least 50%"),
    m("expected_upside|price_change", None, "%", CHOICE, None, rng=(50, None), opt=True, basis="screen 至少上涨50%"),
    m("companies|count", 64, "companies", CHOICE, None, basis="already at the lowest broker target"),
    m("companies|count", 3, "companies", CHOICE, None, basis="already at the highest broker target"),
    m("reports|count", None, "reports", SAIC + "|" + CITS, None, rng=(100, None), opt=True, basis="都超过100篇 (body)"),
    m(RP, 109, "reports", SAIC, None, basis="research reports recommending (分别, first)"),
    m(RP, 101, "reports", CITS, None, basis="research reports recommending (分别, second)"),
    m("companies|count", 38, "companies", CHOICE, None, basis="companies with 50篇以上 recommending reports"),
    m(RP, None, "reports", CHOICE, None, rng=(50, None), opt=True, basis="screen 50篇以上(包含50篇)"),
    m("brokers|count", 31, "brokers", SAIC, None, basis="brokers publishing on 上汽集团"),
    m(RP, 109, "reports", SAIC, None, opt=True, basis="second printing (发布了109篇推荐研报)"),
    m("target_price|target_price_high", 42, "CNY", SAIC, None, basis="highest target across brokers (元/股)"),
    m("target_price|target_price_low", 32.24, "CNY", SAIC, None, basis="lowest target across brokers (元/股)"),
    m("upside|target_upside", 11.71, "%", SAIC, None, basis="gap to the lowest target (只差11.71%的涨幅)"),
    m("brokers|count", 29, "brokers", CITS, None, basis="brokers publishing on 中国国旅"),
    m(RP, 101, "reports", CITS, None, opt=True, basis="second printing (发布了101篇推荐研报)"),
    m("target_price|target_price_high", 86.61, "CNY", CITS, None, basis="highest target across brokers (元/股)"),
    m("target_price|target_price_low", 61, "CNY", CITS, None, basis="lowest target across brokers (元/股)"),
    m("upside|target_upside", 5.54, "%", CITS, None, basis="gap to the lowest target (只差5.54%的涨幅)"),
], [
    ra("平安证券|Ping An Securities", SAIC, "maintain", "buy"),
    ra("招商证券|China Merchants Securities|CMS", SAIC, "maintain", "buy"),
    ra("长城证券|Great Wall Securities", SAIC, "maintain", "buy"),
    ra("广证恒生|GF Hang Seng|Guangzheng Hang Seng", SAIC, "maintain", "buy"),
    ra("招商证券|China Merchants Securities|CMS", CITS, "maintain", "buy"),
    ra("东兴证券|Dongxing Securities", CITS, "maintain", "buy"),
])
