# Hand labels for news47/zh, batch a (zh01-zh06; mainland outlets, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written from the six texts alone, by hand: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold
# file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news45/zh and news46/zh README.md and the labels files of news45/zh. Values fully
# scaled (亿元 -> x1e8, 万元 -> x1e4); mainland 元 = CNY, 美元 = USD; prices per tonne (元/吨, 美元/吨) are CNY / USD values
# with "per tonne" in basis; declines negative (下降 / 下跌 / 跌幅 / a printed minus sign), and so are net outflows (净流出)
# and losses printed as negative figures; 同比 = yoy in basis; 个百分点 -> pp; 成 -> x10 % (逾六成 -> 60 %). A level that is
# itself negative (a loss, a negative gross margin, a negative basis index) keeps its printed sign. A figure printed twice
# (headline or lead and body, or prose and table) is one key row plus optional twins. Bounds (超 / 超过 / 逾) are open
# ranges, key where they are the figure's only printing, optional where they restate an exact figure or mark a screening
# threshold. "(持平)" gives the level with itself as prior and no zero-change row. Stock codes are entity aliases, never
# values; product grades and specifications (SC5%, CIF6%, 5%≤Li2O<6%), tenors (14天, 1年) and index names (沪深300) carry
# no row. Group sizes and windows printed as counts (两块, 四项, 28个一级行业, 前十, 近十年) are optional count rows.
# Periods only where the text states or clearly implies the year: zh01 FY2023 (printed "2023年年度财报"); zh02 None
# ("6月19日", no year); zh03 None ("今年前5个月", "5月份", no year printed; the dateline has no year); zh04 None ("11 月
# 22 日", no year); zh05 None ("8月31日", no year); zh06 "H1" (上半年 / 中报 stated, no year printed). Address dates, page
# stamps and the writer's knowledge are never used. No rating action is in this batch.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: A-share company's annual-results reading with a segment table (beawan.com "年报解读"; headline reworded with the
# company, code and product names kept; the stored table breaks off inside the row "海洋信息装备产品 | 3.48亿", so the
# passage ends with the row before it and that 3.48 is not in the passage). 航天发展 (000547), FY2023 from the printed
# "2023年年度财报" / "2023年年度"; the table (分行业 / 分产品 with 营业收入 / 占比 / 毛利率) is the same annual report -> FY2023.
# Key: revenue 18.63亿元 (-47.74% yoy); 扣非净利润 -19.82亿元; net profit -22.94亿元; the ten-year cumulative profit 14.04亿元
# (period None, 近10年); operating cash flow -3.06亿元; product revenue shares 41.78% / 18.69% / 15.37% / 15.29% (依次, in
# order); segment rows 防务装备产业 10.47亿元 / 56.23% / -26.48%, 装备制造产业 5.38亿元 / 28.9% / -23.14%, 信息技术产业 2.09亿元
# / 11.21% / 22.95%, 其他民用三产 6,805.09万元 / 3.65% / 41.50%; product row 数字蓝军与蓝军装备产品 7.78亿元 / -26.77%.
# Optional: "净利润的亏损达到22.94亿元" (twin of -22.94亿元, printed as a loss amount); the table's 41.78% (twin of the prose
# share); the windows 近十年 / 近10年 / 近十年 (10 years, three printings); 两块 (2 businesses) and 四项 (4 products).
# Judgement calls: negative gross margins are levels kept negative (not declines); "由盈转亏" carries no figure; the
# listing year 1993 and "1、" carry no row; the cash-flow "同比大幅增长" has no figure.
HT = "航天发展|航天工业发展股份有限公司|航天工业发展|000547|000547.SZ|Aerospace Hi-Tech"
Y23 = "FY2023"
REV = "revenue|operating_revenue|segment_revenue"
SHR = "revenue_share|share_of_revenue|share"
GM = "gross_margin|gross_profit_margin"
DEF = "防务装备产业|defence equipment|" + HT
EQM = "装备制造产业|equipment manufacturing|" + HT
ITI = "信息技术产业|information technology|" + HT
OTH = "其他民用三产|other civilian businesses|" + HT
BLUE = "数字蓝军与蓝军装备产品|digital blue-force and blue-force equipment|" + HT
SEA = "海洋信息装备产品|marine information equipment|" + HT
OTP = "其他产品|other products|" + HT
COM = "新一代通信与指控装备产品|next-generation communications and command equipment|" + HT
G["zh01"] = ([
    m(REV, 1.863e9, "CNY", HT, Y23, basis="营收, annual report"),
    m("revenue_growth|revenue_change", -47.74, "%", HT, Y23, basis="yoy, 大幅下降"),
    m("net_profit_excl_nonrecurring|deducted_net_profit|recurring_net_profit", -1.982e9, "CNY", HT, Y23,
      basis="扣非净利润, from profit to loss"),
    m("net_profit|net_loss", -2.294e9, "CNY", HT, Y23, basis="净利润, from profit to loss; first loss in ten years"),
    m("years|window", 10, "years", HT, None, opt=True, basis="近十年 (first negative profit in ten years)"),
    m("years|window", 10, "years", HT, None, opt=True, basis="近10年"),
    m("net_profit|net_loss", -2.294e9, "CNY", HT, Y23, opt=True, basis="twin: 净利润的亏损达到22.94亿元 (loss amount)"),
    m("cumulative_net_profit|total_profit|net_profit", 1.404e9, "CNY", HT, None,
      basis="total profit over the past ten years (近10年 总盈利, 只有)"),
    m("years|window", 10, "years", HT, None, opt=True, basis="近十年的总盈利"),
    m("operating_cash_flow|net_operating_cash_flow|cash_flow", -3.06e8, "CNY", HT, Y23, basis="本期经营性现金流净额"),
    m("businesses|segments|count", 2, "segments", HT, None, opt=True, basis="核心业务分为两块"),
    m("products|count", 4, "products", HT, None, opt=True, basis="主要产品有四项"),
    m(SHR, 41.78, "%", BLUE, Y23, basis="share of revenue (依次, first)"),
    m(SHR, 18.69, "%", SEA, Y23, basis="share of revenue (依次, second)"),
    m(SHR, 15.37, "%", OTP, Y23, basis="share of revenue (依次, third)"),
    m(SHR, 15.29, "%", COM, Y23, basis="share of revenue (依次, fourth)"),
    m(REV, 1.047e9, "CNY", DEF, Y23, basis="table, 分行业"),
    m(SHR, 56.23, "%", DEF, Y23, basis="table, 占比"),
    m(GM, -26.48, "%", DEF, Y23, basis="table, negative gross margin (a level)"),
    m(REV, 5.38e8, "CNY", EQM, Y23, basis="table, 分行业"),
    m(SHR, 28.9, "%", EQM, Y23, basis="table, 占比"),
    m(GM, -23.14, "%", EQM, Y23, basis="table, negative gross margin (a level)"),
    m(REV, 2.09e8, "CNY", ITI, Y23, basis="table, 分行业"),
    m(SHR, 11.21, "%", ITI, Y23, basis="table, 占比"),
    m(GM, 22.95, "%", ITI, Y23, basis="table"),
    m(REV, 6.80509e7, "CNY", OTH, Y23, basis="table, 6,805.09万元"),
    m(SHR, 3.65, "%", OTH, Y23, basis="table, 占比"),
    m(GM, 41.50, "%", OTH, Y23, basis="table"),
    m(REV, 7.78e8, "CNY", BLUE, Y23, basis="table, 分产品"),
    m(SHR, 41.78, "%", BLUE, Y23, opt=True, basis="table twin of the prose share"),
    m(GM, -26.77, "%", BLUE, Y23, basis="table, negative gross margin (a level)"),
], [])


# zh02: central bank's MLF operation with an increment for small and medium banks and a 14-day reverse repo (jsfsdata.com;
# headline reworded with 2400亿元 and MLF kept; the date line "06月 19 日" kept with its stray spaces, the category tag
# "宏观政策" beside it dropped as page furniture; the two small tables kept as printed under reworded captions; whole
# stored item). No year printed ("6月19日") -> period None. Key: MLF operation 2400亿元 (总操作量, rolling over the day's
# maturing 2000亿元 in full plus an increment for small and medium banks); maturing MLF 2000亿元; 14-day reverse repo
# 400亿元; maturing reverse repos 150亿元; net injection 650亿元; reverse-repo rate 2.70% and MLF rate 3.30% (tables).
# Optional: the headline's 2400亿元, the table's 400亿元 and 2400亿元, the second printing of the maturing 2000亿元.
# Judgement calls: the increment itself (400亿元 by subtraction) is not printed and not labelled; "等量续做" carries no
# separate rollover row (it is the maturing 2000亿元); tenors 14天 / 1年 carry no row; no rate change is printed.
PBOC = "央行|中国人民银行|人民银行|PBOC|People's Bank of China"
MLF = "mlf_operation|mlf_amount|liquidity_injection|mlf"
RR = "reverse_repo|reverse_repo_operation|reverse_repo_amount|liquidity_injection"
G["zh02"] = ([
    m(MLF, 2.4e11, "CNY", PBOC, None, opt=True, basis="headline (规模2400亿元)"),
    m("mlf_maturing|maturing_mlf|maturities", 2e11, "CNY", PBOC, None, basis="MLF maturing that day, rolled over in full (等量续做)"),
    m(MLF, 2.4e11, "CNY", PBOC, None, basis="total MLF operation incl. the increment for small and medium banks (操作总量)"),
    m(RR, 4e10, "CNY", PBOC, None, basis="14-day reverse repo"),
    m("mlf_maturing|maturing_mlf|maturities", 2e11, "CNY", PBOC, None, opt=True, basis="second printing (当天共有…到期)"),
    m("reverse_repo_maturing|maturing_reverse_repo|maturities", 1.5e10, "CNY", PBOC, None, basis="reverse repos maturing"),
    m("net_injection|net_liquidity_injection", 6.5e10, "CNY", PBOC, None, basis="当日净投放"),
    m(RR, 4e10, "CNY", PBOC, None, opt=True, basis="table twin (中标量)"),
    m("reverse_repo_rate|policy_rate|rate", 2.70, "%", PBOC, None, basis="14-day reverse repo winning rate (table)"),
    m(MLF, 2.4e11, "CNY", PBOC, None, opt=True, basis="table twin (操作量)"),
    m("mlf_rate|policy_rate|rate", 3.30, "%", PBOC, None, basis="1-year MLF rate (table)"),
], [])


# zh03: Ministry of Finance's January-May fiscal release (Xinhua dateline on caijing.qianxunwang.com.cn; the credit
# "新华社北京6月17日电(记者申铖)" kept as printed; whole stored item; no headline in the stored text, none composed). No year
# is printed ("今年前5个月", "5月份"; the comparisons "比2019年同期" name only the base year) -> period None, the span in
# basis. Key: general budget revenue 96454亿元 (+24.2% yoy, +7.3% vs 2019); central 45735亿元 (+27%), local 50719亿元
# (+21.7%); tax revenue 83831亿元 (+25.5%), non-tax 12623亿元 (+16.2%); May alone +18.7% yoy and +6.8% vs 2019; VAT 29330亿元
# (+24%), consumption tax 7676亿元 (+16.6%), corporate income tax 22303亿元 (+21.8%), personal income tax 6056亿元 (+25.9%),
# import VAT and consumption tax 7308亿元 (+29%), tariffs 1232亿元 (+27%); expenditure 93553亿元 (+3.6%), central 12000亿元
# (-8.9%), local 81553亿元 (+5.8%); government-fund revenue 29704亿元 (+25.6%), expenditure 29614亿元 (-7%).
# Judgement calls: growth against 2019 is a separate key row with "vs 2019" in basis (not a prior); each tax line takes the
# tax as entity with China as alias; the years 2019 and the dates carry no row.
CN = "全国|中国|China|财政部|Ministry of Finance"
J5 = "前5个月 (January-May, no year printed)"
GBR = "general_budget_revenue|fiscal_revenue|budget_revenue|revenue"
GBRG = "general_budget_revenue_growth|fiscal_revenue_growth|revenue_growth"
GBE = "general_budget_expenditure|fiscal_expenditure|budget_expenditure|expenditure"
GBEG = "general_budget_expenditure_growth|fiscal_expenditure_growth|expenditure_growth"
TAX = "tax_revenue|revenue"
TAXG = "tax_revenue_growth|revenue_growth"
CEN = "中央|中央一般公共预算|central government|" + CN
LOC = "地方|地方一般公共预算|local governments|" + CN
G["zh03"] = ([
    m(GBR, 9.6454e12, "CNY", CN, None, basis="全国一般公共预算收入, " + J5),
    m(GBRG, 24.2, "%", CN, None, basis="yoy, " + J5),
    m(GBRG, 7.3, "%", CN, None, basis="vs 2019 same period, " + J5),
    m(GBR, 4.5735e12, "CNY", CEN, None, basis="中央一般公共预算收入, " + J5),
    m(GBRG, 27, "%", CEN, None, basis="yoy, " + J5),
    m(GBR, 5.0719e12, "CNY", LOC, None, basis="地方一般公共预算本级收入, " + J5),
    m(GBRG, 21.7, "%", LOC, None, basis="yoy, " + J5),
    m(TAX, 8.3831e12, "CNY", "税收收入|tax revenue|" + CN, None, basis="全国税收收入, " + J5),
    m(TAXG, 25.5, "%", "税收收入|tax revenue|" + CN, None, basis="yoy, " + J5),
    m("non_tax_revenue|revenue", 1.2623e12, "CNY", "非税收入|non-tax revenue|" + CN, None, basis=J5),
    m("non_tax_revenue_growth|revenue_growth", 16.2, "%", "非税收入|non-tax revenue|" + CN, None, basis="yoy, " + J5),
    m(GBRG, 18.7, "%", CN, None, basis="May alone (5月份当月), yoy"),
    m(GBRG, 6.8, "%", CN, None, basis="May alone, vs 2019 same period"),
    m(TAX, 2.933e12, "CNY", "国内增值税|增值税|domestic VAT|VAT|" + CN, None, basis=J5),
    m(TAXG, 24, "%", "国内增值税|增值税|domestic VAT|VAT|" + CN, None, basis="yoy, " + J5),
    m(TAX, 7.676e11, "CNY", "国内消费税|消费税|domestic consumption tax|" + CN, None, basis=J5),
    m(TAXG, 16.6, "%", "国内消费税|消费税|domestic consumption tax|" + CN, None, basis="yoy, " + J5),
    m(TAX, 2.2303e12, "CNY", "企业所得税|corporate income tax|" + CN, None, basis=J5),
    m(TAXG, 21.8, "%", "企业所得税|corporate income tax|" + CN, None, basis="yoy, " + J5),
    m(TAX, 6.056e11, "CNY", "个人所得税|个税|personal income tax|" + CN, None, basis=J5),
    m(TAXG, 25.9, "%", "个人所得税|个税|personal income tax|" + CN, None, basis="yoy, " + J5),
    m(TAX, 7.308e11, "CNY", "进口货物增值税、消费税|进口环节税收|import VAT and consumption tax|" + CN, None, basis=J5),
    m(TAXG, 29, "%", "进口货物增值税、消费税|进口环节税收|import VAT and consumption tax|" + CN, None, basis="yoy, " + J5),
    m(TAX, 1.232e11, "CNY", "关税|tariffs|customs duties|" + CN, None, basis=J5),
    m(TAXG, 27, "%", "关税|tariffs|customs duties|" + CN, None, basis="yoy, " + J5),
    m(GBE, 9.3553e12, "CNY", CN, None, basis="全国一般公共预算支出, " + J5),
    m(GBEG, 3.6, "%", CN, None, basis="yoy, " + J5),
    m(GBE, 1.2e12, "CNY", CEN, None, basis="中央本级支出, " + J5),
    m(GBEG, -8.9, "%", CEN, None, basis="yoy, 下降, " + J5),
    m(GBE, 8.1553e12, "CNY", LOC, None, basis="地方支出, " + J5),
    m(GBEG, 5.8, "%", LOC, None, basis="yoy, " + J5),
    m("government_fund_revenue|fund_budget_revenue|revenue", 2.9704e12, "CNY", "政府性基金|government funds|" + CN, None,
      basis="全国政府性基金预算收入, " + J5),
    m("government_fund_revenue_growth|fund_budget_revenue_growth|revenue_growth", 25.6, "%",
      "政府性基金|government funds|" + CN, None, basis="yoy, " + J5),
    m("government_fund_expenditure|fund_budget_expenditure|expenditure", 2.9614e12, "CNY",
      "政府性基金|government funds|" + CN, None, basis="全国政府性基金预算支出, " + J5),
    m("government_fund_expenditure_growth|fund_budget_expenditure_growth|expenditure_growth", -7, "%",
      "政府性基金|government funds|" + CN, None, basis="yoy, 下降, " + J5),
], [])


# zh04: lithium-chain spot price flash from 富宝锂电网 data (yingyancj.com; the bracketed headline "【碳酸锂价格出现变动】"
# reworded as "【碳酸锂价格有变动】"; the stray spaces of "11 月 22 日", " -660 元/吨", "79000 元/吨" etc. kept; whole stored
# item). No year printed -> period None. Key: 电碳现货基差指数 -660 元/吨 (a negative level); 电池级碳酸锂 79000 元/吨 (-2000);
# 工业级碳酸锂(综合) 78000 元/吨 (-1000); 电池级碳酸锂长协均价 75650 元/吨 (+200); 氢氧化锂指数 73667 元/吨 (持平 -> prior
# 73667); 锂辉石(非洲 SC5%) 510 美元/吨 (+5 美元/吨); 锂辉石(中国 CIF6%) 800 美元/吨 (持平 -> prior 800); 锂辉石指数 5950
# 元/吨 (-175); 锂云母指数 2230 元/吨 (-45); 磷锂铝石 8888 元/吨 (+388); 富宝卤水(硫酸锂)折扣系数 80% (+2, read as pp); 富锂铝
# 电解质指数 2265 元/吨 (-45). Judgement calls: the bracketed day-on-day changes are key change rows in the level's currency,
# signed as printed; no prior is derived from level and change; "(+2)" after a percentage is a pp change; grade
# specifications (SC5%, CIF6%, 5%≤Li2O<6%, 2%≤Li2O<4%, 7%≤Li2O<8%) are part of the product names and carry no row.
FB = "富宝锂电网|富宝|Fubao"
PT = "per tonne (元/吨), 富宝锂电网"
PTU = "per tonne (美元/吨), 富宝锂电网"
PX = "price|spot_price|quote"
PXC = "price_change|spot_price_change|change"
BAT = "电池级碳酸锂|battery-grade lithium carbonate|碳酸锂|lithium carbonate"
IND = "工业级碳酸锂(综合)|工业级碳酸锂|industrial-grade lithium carbonate|碳酸锂|lithium carbonate"
LTA = "电池级碳酸锂长协|长协均价|battery-grade lithium carbonate long-term contract|碳酸锂|lithium carbonate"
LOH = "氢氧化锂指数|氢氧化锂|lithium hydroxide index|lithium hydroxide"
SPA = "锂辉石(非洲 SC5%)|锂辉石|spodumene (Africa SC5%)|spodumene"
SPC = "锂辉石(中国 CIF6%)|锂辉石|spodumene (China CIF6%)|spodumene"
SPI = "锂辉石指数|锂辉石|spodumene index|spodumene"
LEP = "锂云母指数|锂云母|lepidolite index|lepidolite"
AMB = "磷锂铝石|amblygonite"
BRI = "富宝卤水(硫酸锂)|卤水|硫酸锂|brine (lithium sulphate)"
ELE = "富锂铝电解质指数|富锂铝电解质|lithium-rich aluminium electrolyte index"
G["zh04"] = ([
    m("basis|spot_basis|basis_index", -660, "CNY", "电碳现货基差指数|电碳现货基差|battery-grade spot basis index|" + FB, None,
      basis=PT + ", a negative level"),
    m(PX, 79000, "CNY", BAT, None, basis=PT),
    m(PXC, -2000, "CNY", BAT, None, basis="day-on-day, " + PT),
    m(PX, 78000, "CNY", IND, None, basis=PT),
    m(PXC, -1000, "CNY", IND, None, basis="day-on-day, " + PT),
    m(PX + "|average_price|contract_price", 75650, "CNY", LTA, None, basis="long-term contract average (长协均价), " + PT),
    m(PXC, 200, "CNY", LTA, None, basis="day-on-day, " + PT),
    m(PX + "|index_level|index", 73667, "CNY", LOH, None, prior=73667, basis="持平 (unchanged), " + PT),
    m(PX, 510, "USD", SPA, None, basis=PTU),
    m(PXC, 5, "USD", SPA, None, basis="day-on-day, " + PTU),
    m(PX, 800, "USD", SPC, None, prior=800, basis="持平 (unchanged), " + PTU),
    m(PX + "|index_level|index", 5950, "CNY", SPI, None, basis="5%≤Li2O<6%, " + PT),
    m(PXC, -175, "CNY", SPI, None, basis="day-on-day, " + PT),
    m(PX + "|index_level|index", 2230, "CNY", LEP, None, basis="2%≤Li2O<4%, " + PT),
    m(PXC, -45, "CNY", LEP, None, basis="day-on-day, " + PT),
    m(PX, 8888, "CNY", AMB, None, basis="7%≤Li2O<8%, " + PT),
    m(PXC, 388, "CNY", AMB, None, basis="day-on-day, " + PT),
    m("discount_coefficient|discount_factor|ratio", 80, "%", BRI, None, basis="折扣系数"),
    m("discount_coefficient_change|discount_factor_change|change", 2, "pp", BRI, None, basis="(+2) beside 80%"),
    m(PX + "|index_level|index", 2265, "CNY", ELE, None, basis=PT),
    m(PXC, -45, "CNY", ELE, None, basis="day-on-day, " + PT),
], [])


# zh05: A-share daily main-capital flow report (a "【主力资金】" item by 谢伊岚 on chinarong.cn; headline
# reworded with "超7亿元" kept; the byline "原创 谢伊岚" kept; the stored text breaks off after the sub-heading "尾盘主力卖出
# 这些股" inside "今日两市尾盘主力资金合计净流出99.2亿元,其", so the passage ends with the paragraph before the sub-heading
# and 99.2 is not in the passage). No year printed ("8月31日") -> period None. Net outflows are negative values.
# Key: market net outflow -268.72亿元; 沪指 -0.24%; 中小板 -64.29亿元, 创业板 -98.95亿元, 沪深300成份股 -95.74亿元; sector
# moves 食品饮料 +1.09%, 有色金属 +0.90%, 休闲服务 -3.55%, 非银金融 -1.07%; 4 industries with net inflow, 国防军工 +5.14亿元,
# 有色金属 +3.61亿元; 24 industries with net outflow, 医药生物 -34.06亿元, 电子 -23.84亿元; 42 stocks with net inflow above
# 1亿元; 紫金矿业 +10.69亿元, TCL科技 +10.14亿元, 兴业银行 +9.97亿元; those stocks' average gain 4.57%; 宁波银行 -2.28%,
# 沃森生物 -1.87%, 药明康德 -0.98%; listed stocks by industry 电子 7, 医药生物 5, 国防军工 4; 西藏天路 -10.64亿元, 顺丰控股
# -7.61亿元, 歌尔股份 -7.37亿元. Optional: the lead's -268.72亿元 (twin); the headline bound "超7亿元" (歌尔股份, restates
# -7.37亿元); the 28-industry universe; the "超亿元" screen at its two printings.
# Judgement calls: "涨幅为1.09%、0.90%" / "跌幅分别为…" map in order; the per-industry counts of listed stocks are key
# counts with the industry as entity; "涨停" names carry no figure; "沪深300" is an index name.
MKT = "沪深两市|两市|A股|A-shares|主力资金|main capital"
NF = "net_inflow|main_capital_net_inflow|net_flow|fund_flow"
SH = "沪指|上证指数|上证综指|Shanghai Composite"
SCR = "净流入超亿元个股|净流入超亿元的个股|stocks with net inflow above 100 million yuan"
STK = "stocks|count|number_of_stocks"
G["zh05"] = ([
    m(NF, -2.6872e10, "CNY", MKT, None, opt=True, basis="lead twin (全天主力资金净流出)"),
    m("index_change|price_change", -0.24, "%", SH, None, basis="8月31日, 下跌"),
    m(NF, -2.6872e10, "CNY", MKT, None, basis="main-capital net outflow, whole day (净流出)"),
    m(NF, -6.429e9, "CNY", "中小板|SME board", None, basis="净流出"),
    m(NF, -9.895e9, "CNY", "创业板|ChiNext", None, basis="净流出"),
    m(NF, -9.574e9, "CNY", "沪深300成份股|沪深300|CSI 300 constituents", None, basis="净流出"),
    m("industries|count", 28, "industries", "申万一级行业|Shenwan level-1 industries", None, opt=True, basis="申万28个一级行业"),
    m("sector_change|index_change|price_change", 1.09, "%", "食品饮料|food and beverage", None, basis="涨幅 (first)"),
    m("sector_change|index_change|price_change", 0.90, "%", "有色金属|non-ferrous metals", None, basis="涨幅 (second)"),
    m("sector_change|index_change|price_change", -3.55, "%", "休闲服务|leisure services", None, basis="跌幅 (first)"),
    m("sector_change|index_change|price_change", -1.07, "%", "非银金融|non-bank financials", None, basis="跌幅 (second)"),
    m("industries|count", 4, "industries", "申万一级行业|Shenwan level-1 industries", None,
      basis="industries with main-capital net inflow"),
    m(NF, 5.14e8, "CNY", "国防军工|defence", None, basis="largest industry net inflow"),
    m(NF, 3.61e8, "CNY", "有色金属|non-ferrous metals", None, basis="second industry net inflow"),
    m("industries|count", 24, "industries", "申万一级行业|Shenwan level-1 industries", None,
      basis="industries with main-capital net outflow"),
    m(NF, -3.406e9, "CNY", "医药生物|pharmaceuticals and biotech", None, basis="largest industry net outflow"),
    m(NF, -2.384e9, "CNY", "电子|electronics", None, basis="second industry net outflow"),
    m(STK, 42, "stocks", MKT, None, basis="stocks with main-capital net inflow above 1亿元"),
    m(NF, None, "CNY", SCR, None, rng=(1e8, None), opt=True, basis="screen 超亿元 (first printing)"),
    m(NF, 1.069e9, "CNY", "紫金矿业|Zijin Mining", None, basis="largest stock net inflow"),
    m(NF, 1.014e9, "CNY", "TCL科技|TCL Technology", None, basis="分别, first"),
    m(NF, 9.97e8, "CNY", "兴业银行|Industrial Bank", None, basis="分别, second"),
    m(NF, None, "CNY", SCR, None, rng=(1e8, None), opt=True, basis="screen 超亿元 (second printing)"),
    m("average_price_change|price_change", 4.57, "%", SCR, None, basis="average gain of the >1亿元 net-inflow stocks"),
    m("price_change|share_price_change", -2.28, "%", "宁波银行|Bank of Ningbo", None, basis="跌幅 (分别, first)"),
    m("price_change|share_price_change", -1.87, "%", "沃森生物|Walvax", None, basis="跌幅 (分别, second)"),
    m("price_change|share_price_change", -0.98, "%", "药明康德|WuXi AppTec", None, basis="跌幅 (分别, third)"),
    m(STK, 7, "stocks", "电子|electronics", None, basis="listed net-inflow stocks in the industry (first)"),
    m(STK, 5, "stocks", "医药生物|pharmaceuticals and biotech", None, basis="second"),
    m(STK, 4, "stocks", "国防军工|defence", None, basis="third"),
    m(NF, -1.064e9, "CNY", "西藏天路|Tibet Tianlu", None, basis="largest stock net outflow"),
    m(NF, -7.61e8, "CNY", "顺丰控股|SF Holding", None, basis="分别, first"),
    m(NF, -7.37e8, "CNY", "歌尔股份|Goertek", None, basis="分别, second; consumer-electronics leader"),
    m(NF, None, "CNY", "歌尔股份|Goertek|消费电子概念龙头", None, rng=(None, -7e8), opt=True,
      basis="headline 资金出逃超7亿元 (restates -7.37亿元)"),
], [])


# zh06: interim-results season round-up of A-share listed companies (京华时报 via 人民网, on news.sohu.com; the credit
# "(敖晓波) (来源:人民网-《京华时报》)" kept; the editor line "(责任编辑:张勇)" dropped as page furniture; no headline in the
# stored text, none composed; whole stored item otherwise). "上半年" / "中报" with no year printed -> period "H1" (the
# README rule for a stated half without a year); "截至昨天" no date. Key: 1454 companies reported (89.86% of the total);
# aggregate first-half net profit 4580亿元 (+14.81% yoy); 逾六成 of companies with profit growth (an open bound, its only
# printing); EPS weighted by total shares 0.238元 (+4.89%); ROE 8.25% (-0.73 pp yoy); 5 banks in the top ten; the banks'
# overall growth 超过70% (open bound, only printing); 工商银行 net profit 645.31亿元 (+57.99%).
# Optional: the top-ten list size (前十, 10). Judgement calls: "较去年同期增长14.81%" follows the 逾六成 clause as printed
# and is read as the aggregate profit's growth (entity the reporting companies); "增速有明显下降" carries no figure;
# "位居第一" is a rank (no row).
LC = "上市公司|A股上市公司|listed companies|A-share listed companies|沪深两市"
BK = "银行|银行类上市公司|banks|listed banks"
ICBC = "工商银行|中国工商银行|工行|ICBC"
G["zh06"] = ([
    m("companies|count|companies_reported", 1454, "companies", LC, "H1", basis="companies that have published interim reports, 截至昨天"),
    m("share|ratio|proportion", 89.86, "%", LC, "H1", basis="share of listed companies that have reported (占比)"),
    m("net_profit|aggregate_net_profit", 4.58e11, "CNY", LC, "H1", basis="aggregate first-half net profit (合计)"),
    m("share|proportion|companies_with_profit_growth", None, "%", LC, "H1", rng=(60, None),
      basis="逾六成 of companies with yoy profit growth (only printing)"),
    m("net_profit_growth|aggregate_net_profit_growth", 14.81, "%", LC, "H1", basis="较去年同期增长 (aggregate)"),
    m("eps|earnings_per_share|weighted_eps", 0.238, "CNY", LC, "H1", basis="weighted by total shares"),
    m("eps_growth|earnings_per_share_growth", 4.89, "%", LC, "H1", basis="yoy, 上升"),
    m("roe|return_on_equity", 8.25, "%", LC, "H1", basis="净资产收益率"),
    m("roe_change|return_on_equity_change", -0.73, "pp", LC, "H1", basis="vs a year earlier, 下降了0.73个百分点"),
    m("companies|count|list_size", 10, "companies", LC, "H1", opt=True, basis="半年报业绩排名前十 (list size)"),
    m("banks|count", 5, "banks", BK, "H1", basis="banks among the top ten by first-half profit"),
    m("net_profit_growth|profit_growth", None, "%", BK, "H1", rng=(70, None),
      basis="the banks' overall profit growth, 超过70% (only printing)"),
    m("net_profit", 6.4531e10, "CNY", ICBC, "H1", basis="ranked first, 高达"),
    m("net_profit_growth", 57.99, "%", ICBC, "H1", basis="yoy"),
], [])
