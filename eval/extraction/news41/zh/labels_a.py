# Hand labels for news41/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, test, docs page, gold file or
# other batch's text was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py) and
# the "Conventions decided" sections of the earlier sets' zh/README.md (news26 / news35 / news39 / news40 in particular).
# Values fully scaled (亿元 -> x1e8, 万元 -> x1e4, 万股 -> x1e4, 亿份 -> x1e8, 万平方米 -> x1e4, 美分 -> USD / 100);
# mainland 元 = CNY, 美元 / 美分 = USD; declines negative (下降 / 下跌 / 下挫 / 回落); 同比 = yoy and 环比 = qoq / mom in
# basis; 基点 -> bp, 个百分点 -> pp. A figure printed twice (lead or sub-heading and body, or a restatement) is one key row
# plus optional twins; bounds (超 / 超过 / 突破 / 不超过 / 不低于) are ranges, key only where they are the figure's only
# printing (news39 zh06), optional where they restate an exact figure. Brokers' targets and ratings are in rating actions
# (the target also a key target_price row, news40 zh02). Stock codes are entity aliases, never values. Periods only where
# the text states or clearly implies them: zh01 "Q1-Q3" / "Q3" ("今年前三季度", "第三季度", no year printed; news26 zh05);
# zh02 FY2017-FY2019 and FY2018 for the forecasts and the target multiple; zh03 None ("7月份", no year); zh04 None (weeks
# given by day and month only); zh05 FY2017-FY2019 for the printed "2017年-2019年" series; zh06 2016-07-19 (dateline
# 2016-07-20 with "周二(7月19日)", news35 zh04). URL dates and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)

REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"


# zh01: bank third-quarter results round-up (深圳商报·读创, byline kept; the stored text has no headline and breaks off at
# "在资产质量方面,截至9月", so the passage ends with the paragraph before it). No year is printed ("今年前三季度", "今年第三
# 季度", "今年三季度末") -> period "Q1-Q3" for the nine months and "1-9月", "Q3" for the single quarter and the quarter-end
# balance (news26 zh05; news39 zh06 "截至六月底" -> "H1"). Key: 重庆银行 revenue 117.4亿元 (+10.40%), net profit 51.96亿元
# (+10.42%), total assets 10227亿元 at the end of Q3 (+19.4% on the start of the year); 平安银行 nine-month revenue
# 1006.68亿元 (-9.8%) and profit attributable to shareholders 383.39亿元 (-3.5%), Q3 revenue 312.83亿元 (-9.2%) and profit
# 134.69亿元 (-2.8%), 1-9月 NIM 1.79% (-14 bp yoy), Q3 attributable profit +18.4% qoq, deposit cost rate -12 bp qoq, NIM
# +3 bp qoq, retail loan balance +2.0% qoq; 无锡银行's "拨备覆盖率超420%" is a key lower bound (the bank's only figure,
# printed once). Optional: the lead's "超10%" for 重庆银行 (restates the exact 10.40% / 10.42%), "突破万亿元" (restates the
# 10227亿元 total assets), the second printing of the 1.79% NIM ("环比回升3个基点至1.79%"), "四家银行", "连续8个季度".
# "近九年来…首次" and "双两位数" carry no figure of their own. 重庆银行's 净利润 is labelled net profit as printed (the lead
# speaks of 归母净利润; the body prints 净利润 only).
CQ = "重庆银行|Bank of Chongqing|Chongqing Bank"
PAB = "平安银行|Ping An Bank"
WX = "无锡银行|Wuxi Rural Commercial Bank|Bank of Wuxi"
Q9, Q3 = "Q1-Q3", "Q3"
NIM = "net_interest_margin|nim"
G["zh01"] = ([
    m("banks|count", 4, "banks", "上市银行|listed banks", None, opt=True, basis="four banks reported so far"),
    m(REVG, None, "%", CQ, Q9, rng=(10, None), opt=True, basis="lead: 超10%, restates the exact 10.40%"),
    m(NPG, None, "%", CQ, Q9, rng=(10, None), opt=True, basis="lead: 归母净利润 超10%, restates the body's 10.42%"),
    m("provision_coverage_ratio|npl_coverage_ratio|coverage_ratio", None, "%", WX, None, rng=(420, None),
      basis="拨备覆盖率超420% (lower bound, the bank's only figure)"),
    m(REV, 1.174e10, "CNY", CQ, Q9, basis="营业收入, first three quarters"),
    m(REVG, 10.40, "%", CQ, Q9, basis="yoy"),
    m("net_profit", 5.196e9, "CNY", CQ, Q9, basis="净利润 as printed"),
    m("net_profit_growth", 10.42, "%", CQ, Q9, basis="yoy"),
    m("total_assets", 1.0227e12, "CNY", CQ, Q3, basis="end of Q3 (三季度末)"),
    m("total_assets_growth|total_assets_change", 19.4, "%", CQ, Q3, basis="vs start of the year (比年初)"),
    m("total_assets", None, "CNY", CQ, Q3, rng=(1e12, None), opt=True, basis="突破万亿元, restates the 10227亿元"),
    m(REV, 1.00668e11, "CNY", PAB, Q9, basis="营业收入, first three quarters"),
    m(REVG, -9.8, "%", PAB, Q9, basis="yoy, 下降"),
    m(NP, 3.8339e10, "CNY", PAB, Q9, basis="归属于股东的净利润"),
    m(NPG, -3.5, "%", PAB, Q9, basis="yoy, 下降"),
    m(REV, 3.1283e10, "CNY", PAB, Q3, basis="third quarter alone"),
    m(REVG, -9.2, "%", PAB, Q3, basis="yoy, 下降"),
    m(NP, 1.3469e10, "CNY", PAB, Q3, basis="third quarter alone, attributable to shareholders"),
    m(NPG, -2.8, "%", PAB, Q3, basis="yoy, 下降"),
    m(NIM, 1.79, "%", PAB, Q9, basis="1-9月 净息差"),
    m("net_interest_margin_change|nim_change", -14, "bp", PAB, Q9, basis="yoy (比去年同期下降14个基点)"),
    m(NPG, 18.4, "%", PAB, Q3, basis="qoq (环比), third-quarter attributable profit vs the second quarter"),
    m("deposit_cost_rate_change|deposit_cost_change", -12, "bp", PAB, Q3, basis="存款付息率, qoq"),
    m("net_interest_margin_change|nim_change", 3, "bp", PAB, Q3, basis="qoq, 环比回升"),
    m(NIM, 1.79, "%", PAB, Q3, opt=True, basis="环比回升3个基点至1.79%, second printing of the NIM"),
    m("retail_loan_growth|loan_growth|retail_loans_change", 2.0, "%", PAB, Q3, basis="零售贷款余额, qoq"),
    m("quarters|count", 8, "quarters", PAB, None, opt=True, basis="连续8个季度 of decline before Q3"),
], [])

# zh02: broker note on a Sohu "最新买入评级" analyst page (国泰君安, analyst 杨墨): the page row (start date, start price,
# target, upside relative to the current price, 20- and 60-day highs and gains) is kept as a header line (news14 zh01), the
# note text follows; the stored note breaks off inside the 天融信猎豹 sentence ("国内首款自主知…"), so the passage ends
# with the sentence before it (the 2006年 of the broken sentence is therefore not in the passage). The analyst's licence
# number and the page's menus are dropped. Rating action: 首次覆盖 -> `initiate`, 增持 = overweight, target 21.20 CNY (the
# note's own figure). The page row prints 目标价 21.04 (a different figure from the note's 21.20, kept as printed): a key
# target_price row of its own with the page column named in basis; the note's target printed twice is one key row plus an
# optional twin; "对应2018年40倍PE" is a key FY2018 target_pe row (news40 zh02); EPS forecasts 2017-2019 0.41 / 0.53 / 0.67元
# are key (slashed list mapped in order). 天融信 (the subsidiary) owns its firewall market share 22.2% (key); the combined
# share of firewall and UTM hardware "超过60%" is an optional bound; the ranks 第三 / 第二 are optional. The start price,
# the upside (415.69%, relative to the page's current price) and the evaluation highs / gains are optional (news14 zh01).
NY = "南洋股份|南洋|Nanyang|Guangdong Nanyang Cable|002212"
TRX = "天融信|Topsec|" + NY
GTJA = "国泰君安|国泰君安证券|Guotai Junan|GTJA"
G["zh02"] = ([
    m("price|share_price", 14.95, "CNY", NY, None, opt=True, basis="start price (起评价), 2018-04-30"),
    m("target_price", 21.04, "CNY", NY, None, basis="page row's 目标价 column (the note's text says 21.20)"),
    m("target_upside|upside", 415.69, "%", NY, None, opt=True, basis="目标空间, relative to the page's current price"),
    m("price|share_price", 15.49, "CNY", NY, None, opt=True, basis="20-day high"),
    m("price_change|max_gain", 3.27, "%", NY, None, opt=True, basis="20-day max gain"),
    m("price|share_price", 15.43, "CNY", NY, None, opt=True, basis="60-day high"),
    m("price_change|max_gain", 3.21, "%", NY, None, opt=True, basis="60-day max gain"),
    m("target_price", 21.20, "CNY", NY, None, basis="initiation at 增持 (overweight)"),
    m("target_price", 21.20, "CNY", NY, None, opt=True, basis="repeat with the valuation (目标价定为21.20元)"),
    m("eps|eps_forecast", 0.41, "CNY", NY, "FY2017", basis="broker forecast"),
    m("eps|eps_forecast", 0.53, "CNY", NY, "FY2018", basis="broker forecast"),
    m("eps|eps_forecast", 0.67, "CNY", NY, "FY2019", basis="broker forecast"),
    m("target_pe|pe_ratio|valuation_multiple", 40, "x", NY, "FY2018", basis="multiple behind the target (对应2018年40倍PE)"),
    m("market_share", 22.2, "%", TRX, None, basis="firewall share of the network-security hardware market, IDC data"),
    m("rank", 3, "rank", TRX, None, opt=True, basis="第三 in VPN / intrusion detection / intrusion prevention"),
    m("rank", 2, "rank", TRX, None, opt=True, basis="overall brand 第二"),
    m("market_share", None, "%", "防火墙硬件和统一威胁管理硬件|firewall and UTM hardware|IT安全硬件市场", None,
      rng=(60, None), opt=True, basis="两者合计超过60% of the security-hardware market"),
], [
    ra(GTJA, NY, "initiate", "overweight", None, 21.20, None, "CNY"),
])

# zh03: 国家统计局 70-city home-price release as a 新华社 item (东南商报 print page; whole item, "新华社" source tag kept).
# "7月份" with "15日", no year printed -> period None on every row, "7月份" in basis. Each city tier owns its rows (the
# tier's city count is an entity alias); new homes (新建商品住宅) and second-hand homes (二手住宅) are told apart by metric
# and basis. Key: mom changes of new homes (first / second / third tier +0.2% / +1.1% / +1.5%) with the change in the
# growth rate (回落 0.4 / 0.1 pp -> negative, 扩大 0.8 pp -> positive); mom changes of second-hand homes +0.2% / +1% / +1.1%;
# yoy changes of new homes +0.2% / +7.3% / +6.7% and of second-hand homes +0.5% / +5.5% / +5.1% with their 扩大 pp moves
# (second-hand first tier +0.4; second tier new +1 and second-hand +0.9; third tier new +0.7 and second-hand +0.8). "涨幅
# 比上月…扩大1个和0.9个百分点" maps in order (1个 -> 1 pp). Optional: the city counts 70 / 4 / 31 / 35.
T1 = "一线城市|first-tier cities|4个一线城市"
T2 = "二线城市|second-tier cities|31个二线城市"
T3 = "三线城市|third-tier cities|35个三线城市"
M = "7月份 (no year printed)"
NH = "new_home_price_change|home_price_change|price_change"
SH = "second_hand_home_price_change|home_price_change|price_change"
NHC = "new_home_price_growth_change|home_price_change_change|growth_change"
SHC = "second_hand_home_price_growth_change|home_price_change_change|growth_change"
G["zh03"] = ([
    m("cities|count", 70, "cities", "70个大中城市|70 large and medium-sized cities", None, opt=True, basis=M),
    m("cities|count", 4, "cities", T1, None, opt=True, basis=M),
    m("cities|count", 31, "cities", T2, None, opt=True, basis=M),
    m("cities|count", 35, "cities", T3, None, opt=True, basis=M),
    m(NH, 0.2, "%", T1, None, basis="新建商品住宅, mom, " + M),
    m(NHC, -0.4, "pp", T1, None, basis="new homes, mom growth 回落 vs the previous month, " + M),
    m(NH, 1.1, "%", T2, None, basis="新建商品住宅, mom, " + M),
    m(NHC, -0.1, "pp", T2, None, basis="new homes, mom growth 回落, " + M),
    m(NH, 1.5, "%", T3, None, basis="新建商品住宅, mom, " + M),
    m(NHC, 0.8, "pp", T3, None, basis="new homes, mom growth 扩大, " + M),
    m(SH, 0.2, "%", T1, None, basis="二手住宅, mom, " + M),
    m(SH, 1, "%", T2, None, basis="二手住宅, mom, " + M),
    m(SH, 1.1, "%", T3, None, basis="二手住宅, mom, " + M),
    m(NH, 0.2, "%", T1, None, basis="新建商品住宅, yoy, " + M),
    m(SH, 0.5, "%", T1, None, basis="二手住宅, yoy, " + M),
    m(SHC, 0.4, "pp", T1, None, basis="second-hand homes, yoy growth 扩大, " + M),
    m(NH, 7.3, "%", T2, None, basis="新建商品住宅, yoy, " + M),
    m(SH, 5.5, "%", T2, None, basis="二手住宅, yoy, " + M),
    m(NHC, 1, "pp", T2, None, basis="new homes, yoy growth 扩大 (1个百分点), " + M),
    m(SHC, 0.9, "pp", T2, None, basis="second-hand homes, yoy growth 扩大, " + M),
    m(NH, 6.7, "%", T3, None, basis="新建商品住宅, yoy, " + M),
    m(SH, 5.1, "%", T3, None, basis="二手住宅, yoy, " + M),
    m(NHC, 0.7, "pp", T3, None, basis="new homes, yoy growth 扩大, " + M),
    m(SHC, 0.8, "pp", T3, None, basis="second-hand homes, yoy growth 扩大, " + M),
], [])

# zh04: fund-industry weekly (中国基金报, reposted; byline kept; the stored text breaks off at "分类型来看,债券型基金成", the
# passage ends with the sentence before it; the image caption "6只基金,本周开售! 第1张" is dropped). Weeks are printed by day
# and month only ("9月16日至9月20日", "9月9日至9月13日") -> period None with the week in basis ("2024年" dates only the REIT
# record). Key: 6 new funds this week (body "合计6只"; the lead's and the sub-heading's 6 optional twins), 3 equity funds,
# fundraising targets 50亿份 (富国中证中央企业红利联接) and 5亿份 (招商中证100联接), the REIT's 5亿份 issue, its 103.66倍
# subscription multiple and 2.727元/份 offer price; last week's 14 new funds (lead and sub-heading twins optional), their
# 311.24亿份 total and 22.23亿份 average, and "增幅分别为63%、179%" mapped in order to the total and the average. Fund units
# (份) take the unit "units", 只 "funds". Optional: "一半" / "半数" (50% of the new funds are equity funds), the one bond /
# mixed / REIT fund each, the subscription periods in days (9 / 21 / 2 / 2 / 2), the REIT's building area (约6.53万平方米),
# 927 flats and 15 commercial units, and the 79 investors / 207 placement objects behind the bids (allotment statistics).
PF = "公募基金|公募基金市场|新基金|new funds|public funds"
FG = "富国中证中央企业红利联接|富国基金|Fullgoal"
ZS100 = "招商中证100联接|招商基金|China Merchants Fund"
TH = "天弘中证港股通高股息投资指数|天弘基金|Tianhong"
ZQ = "招商资管智达量化选股|招商资管"
REIT = "招商基金蛇口租赁住房REIT|蛇口租赁住房REIT|招商基金|China Merchants Shekou rental housing REIT"
W1, W0 = "this week, 9月16日至9月20日", "last week, 9月9日至9月13日"
G["zh04"] = ([
    m("new_funds|fund_launches|number_of_funds", 6, "funds", PF, None, opt=True, basis="lead, " + W1),
    m("equity_fund_share|share", 50, "%", PF, None, opt=True, basis="一半 of the new funds are equity funds, lead"),
    m("new_funds|fund_launches|number_of_funds", 14, "funds", PF, None, opt=True, basis="lead, " + W0),
    m("new_funds|fund_launches|number_of_funds", 6, "funds", PF, None, opt=True, basis="sub-heading, " + W1),
    m("equity_fund_share|share", 50, "%", PF, None, opt=True, basis="sub-heading 股票型基金占半数"),
    m("new_funds|fund_launches|number_of_funds", 6, "funds", PF, None, basis="合计6只, fewer than last week, " + W1),
    m("new_funds|number_of_funds", 1, "funds", "债券型基金|bond funds|" + PF, None, opt=True, basis=W1),
    m("new_funds|number_of_funds", 1, "funds", "混合型基金|mixed funds|" + PF, None, opt=True, basis=W1),
    m("new_funds|number_of_funds", 1, "funds", "公募REITs|REITs|" + PF, None, opt=True, basis=W1),
    m("new_funds|number_of_funds", 3, "funds", "股票型基金|equity funds|" + PF, None, basis=W1),
    m("subscription_period|days", 9, "days", ZS100, None, opt=True, basis="认购天数"),
    m("subscription_period|days", 21, "days", FG, None, opt=True, basis="认购天数"),
    m("subscription_period|days", 2, "days", TH, None, opt=True, basis="认购天数"),
    m("fundraising_target|target_size|fund_size", 5e9, "units", FG, None, basis="募集目标 50亿份"),
    m("fundraising_target|target_size|fund_size", 5e8, "units", ZS100, None, basis="募集目标 5亿份"),
    m("subscription_period|days", 2, "days", ZQ, None, opt=True, basis="认购期"),
    m("issue_size|fund_units|offering_size", 5e8, "units", REIT, None, basis="发行份额总额 5亿份, subscription from 9月19日"),
    m("subscription_period|days", 2, "days", REIT, None, opt=True, basis="认购天数"),
    m("floor_area|gross_floor_area", 65300, "square metres", REIT, None, opt=True, basis="约6.53万平方米, underlying assets"),
    m("units|count", 927, "flats", REIT, None, opt=True, basis="租赁住房927套"),
    m("units|count", 15, "units", REIT, None, opt=True, basis="配套商业15套"),
    m("investors|count", 79, "investors", REIT, None, opt=True, basis="网下投资者 with valid bids"),
    m("placement_objects|count", 207, "accounts", REIT, None, opt=True, basis="配售对象"),
    m("subscription_multiple|oversubscription|cover_ratio", 103.66, "x", REIT, None,
      basis="全场认购倍数, a 2024 record for public REITs' offline bookbuilding"),
    m("offer_price|issue_price", 2.727, "CNY", REIT, None, basis="发售价格 2.727元/份 (per unit)"),
    m("new_funds|fund_launches|number_of_funds", 14, "funds", PF, None, opt=True, basis="sub-heading, " + W0),
    m("new_funds|fund_launches|number_of_funds", 14, "funds", PF, None, basis="14只产品 established, " + W0),
    m("fund_units_raised|issue_size|fundraising", 3.1124e10, "units", PF, None, basis="发行份额合计, " + W0),
    m("average_fund_size|average_issue_size|fund_units_raised", 2.223e9, "units", PF, None,
      basis="平均每只发行份额, " + W0),
    m("fund_units_raised_growth|issue_size_growth|growth", 63, "%", PF, None,
      basis="total units vs the week before (增幅分别为63%、179%, first)"),
    m("average_fund_size_growth|average_issue_size_growth|growth", 179, "%", PF, None,
      basis="average units per fund vs the week before (second)"),
], [])

# zh05: IPO story (中国经济网 item on an aggregator; headline `信测标准高毛利率"惊奇":研发费率垫底 营收仅华测10%` and the
# timestamp kept as printed; the empty "来源: | 编辑:" fields, printed twice, are dropped). The stored text begins after
# the lead and breaks off inside the peers' total-assets sentence ("同行中华测检测资产总额分别为35.16亿元、40.59亿元"), so
# the passage ends with the company's own 2017-2019 series. The regulator's quoted reason (figures 三个月, 2016年9月30日)
# is rendered as reported speech. Key: the headline's revenue ratio to 华测检测 (10%, printed once), the first attempt's
# planned proceeds 2.37亿元 (period None, 2016 in basis), the new-share cap "不超过1627.50万股" (rng upper bound, shares),
# the floor "不低于…总股本的25.00%" (rng lower bound), planned proceeds 3.54亿元 and the three projects' allocations 2.14亿元 /
# 7382.32万元 / 6633.10万元 (each project its own entity with the company as alias), total assets FY2017-FY2019 2.81 / 3.45 /
# 4.07亿元. Optional: "第3家保荐机构" and "过期三个月" (a rule's duration). Peers' codes are aliases only.
XC = "信测标准|Xince Standard|Guangdong Xince"
HC = "华测检测|300012.SZ|300012|Centre Testing International"
G["zh05"] = ([
    m("revenue_ratio|relative_revenue|revenue_share", 10, "%", XC, None,
      basis="headline: 营收仅华测10% (revenue as a share of " + HC.split("|")[0] + "'s)"),
    m("sponsors|count", 3, "sponsors", XC, None, opt=True, basis="五矿证券 is the 第3家 sponsor"),
    m("months|duration", 3, "months", XC, None, opt=True, basis="financial data 过期三个月 -> automatic termination (2016)"),
    m("ipo_proceeds|planned_proceeds|fundraising_target", 2.37e8, "CNY", XC, None,
      basis="planned proceeds of the first IPO attempt (2016)"),
    m("new_shares|shares_offered|ipo_shares", None, "shares", XC, None, rng=(None, 1.6275e7),
      basis="不超过1627.50万股 new shares, ChiNext"),
    m("float_ratio|share_of_capital|offering_ratio", None, "%", XC, None, rng=(25.00, None),
      basis="不低于 25.00% of post-offering share capital"),
    m("ipo_proceeds|planned_proceeds|fundraising_target", 3.54e8, "CNY", XC, None, basis="拟募集资金, this attempt"),
    m("use_of_proceeds|project_investment|allocation", 2.14e8, "CNY", "迁扩建华东检测基地项目|" + XC, None,
      basis="proceeds allocated"),
    m("use_of_proceeds|project_investment|allocation", 7.38232e7, "CNY",
      "广州检测基地汽车材料与零部件检测平台建设项目|" + XC, None, basis="proceeds allocated (7382.32万元)"),
    m("use_of_proceeds|project_investment|allocation", 6.6331e7, "CNY", "研发中心和信息系统建设项目|" + XC, None,
      basis="proceeds allocated (6633.10万元)"),
    m("total_assets", 2.81e8, "CNY", XC, "FY2017", basis="资产总额"),
    m("total_assets", 3.45e8, "CNY", XC, "FY2018", basis="资产总额"),
    m("total_assets", 4.07e8, "CNY", XC, "FY2019", basis="资产总额"),
], [])

# zh06: US corn cash and CBOT futures report from a mainland grain-exchange site (hge.com.cn; headline and dateline
# "2016-07-20" kept; the site's section tag "交易所公告 |", "来源:本站" and the closing contact line "(禾木 交流2317227198)"
# are dropped as page furniture). "周二(7月19日)" with the dateline -> period 2016-07-19 on the day's rows (news35 zh04).
# Prices are labelled in USD with the quoting basis (per bushel / per tonne) in basis (news31 / news34); 美分 scaled to
# USD (15.25美分 -> 0.1525, 341.75美分/蒲 -> 3.4175; corpus 美仙 -> USD). Key: Gulf No. 2 yellow corn 4.0825美元 per bushel
# (162.1美元 per tonne, the printed conversion also key, news39 zh11) and its -15.25美分; the Louisiana Gulf basis "高出61到
# 72美分" over CBOT September (rng 0.61..0.72 USD); central Illinois No. 2 yellow corn 3.4525美元 (-14.25美分) and its basis
# "低5美分到高出12美分" (rng -0.05..0.12 USD, the previous day's "低5美分到高出10美分" as prior range); CBOT September 341.75美分/蒲
# (-15.25美分) and December 348.5美分/蒲 (-14.75美分). Optional: the Gulf basis unchanged (持平 -> 0), the previous day's
# Illinois basis range as a row of its own, "过去20年" (the crop-condition comparison window).
D = "2016-07-19"
GULF = "2号黄玉米|美湾|美湾2号黄玉米|US Gulf No. 2 yellow corn|美国玉米现货|US corn"
LA = "路易斯安那湾|Louisiana Gulf"
IL = "伊利诺伊州中部|二号黄玉米|central Illinois|Illinois corn"
SEP = "9月玉米期约|CBOT 9月玉米|CBOT玉米期货|CBOT September corn|CBOT corn"
DEC = "12月玉米|CBOT 12月玉米|CBOT December corn"
CP, CC = "cash_price|price|spot_price", "price_change|cash_price_change"
FP, FC = "futures_price|price|close", "price_change|futures_price_change"
BS = "basis|cash_basis"
G["zh06"] = ([
    m("years|duration", 20, "years", "美国玉米|US corn", None, opt=True,
      basis="优良率 among the best in the past 20 years (USDA crop progress report)"),
    m(CP, 4.0825, "USD", GULF, D, basis="cash quote, per bushel (每蒲式耳)"),
    m(CP, 162.1, "USD", GULF, D, basis="per tonne (折合每吨), the printed conversion"),
    m(CC, -0.1525, "USD", GULF, D, basis="vs the previous trading day, 下跌15.25美分, per bushel"),
    m(BS, None, "USD", LA, D, rng=(0.61, 0.72), basis="over CBOT September corn, 高出61到72美分, per bushel"),
    m("basis_change|change", 0, "USD", LA, D, opt=True, basis="与前一交易日持平"),
    m(CP, 3.4525, "USD", IL, D, basis="average processor bid, per bushel (每蒲)"),
    m(CC, -0.1425, "USD", IL, D, basis="vs the previous trading day, 下跌14.25美分"),
    m(BS, None, "USD", IL, D, rng=(-0.05, 0.12), prng=(-0.05, 0.10),
      basis="vs CBOT September, 低5美分到高出12美分; previous day 低5美分到高出10美分"),
    m(BS, None, "USD", IL, None, rng=(-0.05, 0.10), opt=True, basis="previous trading day's basis range"),
    m(FP, 3.4175, "USD", SEP, D, basis="CBOT close, 341.75美分/蒲 (per bushel)"),
    m(FC, -0.1525, "USD", SEP, D, basis="下跌15.25美分"),
    m(FP, 3.485, "USD", DEC, D, basis="CBOT close, 348.5美分/蒲 (per bushel)"),
    m(FC, -0.1475, "USD", DEC, D, basis="下跌14.75美分"),
], [])
