# Hand labels for news40/zh, batch a (zh01-zh06; all six mainland-sourced, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold file or other batch's text was read.
# Conventions followed: the development corpus's README and scorer (score.py) and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news16 / news34 / news35 / news37 / news38 / news39 in particular). Values fully scaled
# (亿元 -> x1e8, 万亿元 -> x1e12, 每吨3.23万元 -> 32300, 17.83分 -> 0.1783); mainland 元 = CNY, 港元 = HKD; declines
# negative (下降 / 下跌 / 减少 / 跌幅 / 同比-X); 同比 = yoy in basis. A flow's yoy change in a credit release is signed by
# its effect on the flow (多增 / 少减 / 多 -> positive, 少增 / 多减 / 少 -> negative; news16 zh04). A figure printed twice
# (headline and body, or a restatement in the body) is one key row plus an optional twin. PE at the current price is
# optional (news32 / news34 / news36 / news39), the target's multiple a key target_pe row (news38). Futures prices are
# labelled in the currency alone with "per tonne" in basis (news31 / news34). Stock codes are entity aliases, never values.
# Periods only where the text states or clearly implies them: zh01 2011Q1 (printed); zh02 2022Q1 and FY2022-FY2024
# (printed); zh03 2022-11 and 2022-01..11 ("2022年11月份", "1-11月"); zh04 None ("22日", no month or year); zh05 FY2020
# ("2020年度"); zh06 month-end dates 2025-04-30 and the printed 2024 month-ends (news37 / news38: a balance at 月底 takes
# the month-end date), the change against March 2025 with period 2025-04. URL dates and the writer's knowledge are never
# used.

G = G  # noqa: F821 (supplied by build_labels.py)

REV, REVG = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP, NPG = "net_profit|net_profit_attributable", "net_profit_growth|net_profit_attributable_growth"


# zh01: A-share company's first-quarter report as a news story (营业收入, 归属于上市公司股东的净利润, 基本每股收益): 格力电器
# 2011Q1 (headline "净利增长46.27% 全年零售料高于行业平均" kept as printed; whole item). Key: revenue 172.74亿元 (+68.91%),
# attributable profit 9.34亿元 (+46.27%), basic EPS 0.3317元; the company's own "营业收入较上年同期增加69.43%" is a second,
# different revenue-growth figure printed by the text (key, basis says it is the company's explanation; the text does
# not reconcile it with the 68.91%). Optional: the headline's 46.27% (twin of the body's key row). "全年零售料高于行业
# 平均", "三四级市场" and the falling price of fixed-frequency air conditioners print no figure. The expert's direct quotation
# (no figure) is rendered as reported speech.
GREE = "格力电器|格力|珠海格力电器|Gree Electric|Gree Electric Appliances|Gree|000651|000651.SZ"
P1 = "2011Q1"
G["zh01"] = ([
    m(NPG, 46.27, "%", GREE, P1, opt=True, basis="headline 净利增长46.27%, twin of the body's key row"),
    m(REV, 1.7274e10, "CNY", GREE, P1, basis="营业收入, first quarter 2011"),
    m(REVG, 68.91, "%", GREE, P1, basis="yoy (比上年同期增长)"),
    m(NP, 9.34e8, "CNY", GREE, P1, basis="attributable to shareholders of the listed company"),
    m(NPG, 46.27, "%", GREE, P1, basis="yoy"),
    m("eps|basic_eps", 0.3317, "CNY", GREE, P1, basis="basic"),
    m(REVG, 69.43, "%", GREE, P1,
      basis="company's explanation: 营业收入较上年同期增加69.43% (sales revenue up sharply); differs from the 68.91%"),
], [])

# zh02: broker note on an A-share company after its first-quarter report (一季报点评 with 盈利预测, PE, 目标价 and 评级), a
# report digest whose stored text names no broker: 海天味业 2022Q1 (whole item). Key: 2022Q1 revenue 72.10亿元 (+0.72%),
# attributable profit 18.29亿元 (-6.36%), 扣非 attributable profit 17.91亿元 (-5.49%), basic EPS 0.43元; revenue by category
# (酱油 / 蚝油 / 酱类 / 其他产品 40.76 / 11.31 / 8.07 / 7.68亿元, yoy -0.5% / -3.2% / -8.6% / +9.7%, each category its own
# entity with the company as alias); the maintained forecasts FY2022-FY2024 revenue 282.24 / 317.34 / 359.61亿元 (+12.88% /
# +12.44% / +13.32%), attributable profit 75.00 / 85.88 / 98.94亿元 (+12.44% / +14.50% / +15.20%) and EPS 1.78 / 2.04 /
# 2.35元; the target multiple 55倍 PE on 2022 (key target_pe, news38 zh02) and the target price 97.9元 (also a key
# target_price row, news35 zh02). Optional: PE 51 / 45 / 39倍 at the current price. Slashed lists "A/B/C ... 同比X/Y/Z" map
# in order. "维持此前盈利预测" keeps the forecasts: no prior values are printed. Rating action: broker None (the stored
# text names none; news35 zh02), maintain 增持 (overweight) with target 97.9 CNY.
HT = "海天味业|海天|佛山市海天调味食品股份有限公司|Foshan Haitian|Haitian Flavouring|Haitian|603288|603288.SH"
SOY = "酱油|soy sauce|" + HT
OYS = "蚝油|oyster sauce|" + HT
PST = "酱类|调味酱|sauces|condiment paste|" + HT
OTH = "其他产品|其他|other products|others|" + HT
Q1 = "2022Q1"
SREV, SREVG = REV + "|segment_revenue", REVG + "|segment_revenue_growth"
F = "broker forecast (维持此前盈利预测)"
G["zh02"] = ([
    m(REV, 7.21e9, "CNY", HT, Q1, basis="营收, 2022年一季报"),
    m(REVG, 0.72, "%", HT, Q1, basis="yoy (同比+0.72%)"),
    m(NP, 1.829e9, "CNY", HT, Q1, basis="归母净利润 (attributable)"),
    m(NPG, -6.36, "%", HT, Q1, basis="yoy"),
    m("net_profit_deducted|deducted_net_profit|recurring_net_profit", 1.791e9, "CNY", HT, Q1,
      basis="扣非归母净利润 (excluding non-recurring items)"),
    m("net_profit_deducted_growth|deducted_net_profit_growth|recurring_net_profit_growth", -5.49, "%", HT, Q1,
      basis="yoy"),
    m("eps|basic_eps", 0.43, "CNY", HT, Q1, basis="basic EPS"),
    m(SREV, 4.076e9, "CNY", SOY, Q1, basis="酱油 revenue"),
    m(SREVG, -0.5, "%", SOY, Q1, basis="yoy"),
    m(SREV, 1.131e9, "CNY", OYS, Q1, basis="蚝油 revenue"),
    m(SREVG, -3.2, "%", OYS, Q1, basis="yoy"),
    m(SREV, 8.07e8, "CNY", PST, Q1, basis="酱类 revenue"),
    m(SREVG, -8.6, "%", PST, Q1, basis="yoy"),
    m(SREV, 7.68e8, "CNY", OTH, Q1, basis="其他产品 revenue (料酒, 醋 and other new products)"),
    m(SREVG, 9.7, "%", OTH, Q1, basis="yoy (+9.7%)"),
    m(REV, 2.8224e10, "CNY", HT, "FY2022", basis=F),
    m(REV, 3.1734e10, "CNY", HT, "FY2023", basis=F),
    m(REV, 3.5961e10, "CNY", HT, "FY2024", basis=F),
    m(REVG, 12.88, "%", HT, "FY2022", basis=F + ", yoy"),
    m(REVG, 12.44, "%", HT, "FY2023", basis=F + ", yoy"),
    m(REVG, 13.32, "%", HT, "FY2024", basis=F + ", yoy"),
    m(NP, 7.5e9, "CNY", HT, "FY2022", basis=F + ", attributable"),
    m(NP, 8.588e9, "CNY", HT, "FY2023", basis=F + ", attributable"),
    m(NP, 9.894e9, "CNY", HT, "FY2024", basis=F + ", attributable"),
    m(NPG, 12.44, "%", HT, "FY2022", basis=F + ", yoy"),
    m(NPG, 14.50, "%", HT, "FY2023", basis=F + ", yoy"),
    m(NPG, 15.20, "%", HT, "FY2024", basis=F + ", yoy"),
    m("eps|eps_forecast|basic_eps", 1.78, "CNY", HT, "FY2022", basis=F),
    m("eps|eps_forecast|basic_eps", 2.04, "CNY", HT, "FY2023", basis=F),
    m("eps|eps_forecast|basic_eps", 2.35, "CNY", HT, "FY2024", basis=F),
    m("pe_ratio", 51, "x", HT, "FY2022", opt=True, basis="at the current price"),
    m("pe_ratio", 45, "x", HT, "FY2023", opt=True, basis="at the current price"),
    m("pe_ratio", 39, "x", HT, "FY2024", opt=True, basis="at the current price"),
    m("target_pe|pe_ratio|valuation_multiple", 55, "x", HT, "FY2022", basis="valuation multiple given for the target"),
    m("target_price", 97.9, "CNY", HT, None, basis="对应目标价, maintained 增持"),
], [
    ra(None, HT, "maintain", "overweight", None, 97.9, None, "CNY"),
])

# zh03: 人民银行 社会融资规模增量统计 release (monthly increment and its components), as reposted by a futures-news site:
# November 2022 and January-November (whole item; the three notes kept and rewritten). Period 2022-11 on every monthly
# row, "2022-01..11" on the cumulative rows. The total is the economy's (entity China); each component owns its figure
# (entity = the component, news16 zh04), metric named after it. Flows are signed (减少 -> negative). The yoy changes of
# the monthly flows are own rows in CNY: 多增 / 少减 / 多 positive, 少增 / 多减 / 少 negative (trust loans "减少365亿元, 同比
# 少减1825亿元" -> flow -365亿元 and change +1825亿元). Key: the total 1.99万亿元 (-6109亿元), the eight components and their
# changes, the January-November cumulative 30.49万亿元 (+1.51万亿元). The notes print only dates of methodology changes
# ("2019年12月起" and the like) -> not labelled. Component names are kept as the release prints them; the two loan lines
# are written "人民币贷款(对实体经济发放)" / "外币贷款(对实体经济发放,折合人民币)".
CN = "中国|全国|China|社会融资规模|aggregate financing"
P11, YTD = "2022-11", "2022-01..11"
RMB = "人民币贷款|对实体经济发放的人民币贷款|RMB loans"
FXL = "外币贷款|对实体经济发放的外币贷款|foreign-currency loans"
ENT = "委托贷款|entrusted loans"
TR = "信托贷款|trust loans"
BA = "未贴现的银行承兑汇票|银行承兑汇票|undiscounted bankers' acceptances"
CB = "企业债券|corporate bonds"
GB = "政府债券|government bonds"
EQ = "非金融企业境内股票融资|境内股票融资|domestic equity financing"
YC = "yoy change in the monthly flow"
TC = "tsf_component_change"
G["zh03"] = ([
    m("social_financing|tsf_increment|aggregate_financing", 1.99e12, "CNY", CN, P11, basis="monthly increment, preliminary"),
    m("social_financing_change|tsf_increment_change", -6.109e11, "CNY", CN, P11, basis=YC + " (比上年同期少)"),
    m("new_rmb_loans|new_loans|tsf_component", 1.14e12, "CNY", RMB, P11, basis="to the real economy"),
    m("new_rmb_loans_change|new_loans_change|" + TC, -1.573e11, "CNY", RMB, P11, basis=YC + " (同比少增)"),
    m("new_fx_loans|fx_loans_change|tsf_component", -6.48e10, "CNY", FXL, P11,
      basis="to the real economy, RMB equivalent, 减少"),
    m("new_fx_loans_change|" + TC, -5.14e10, "CNY", FXL, P11, basis=YC + " (同比多减)"),
    m("entrusted_loans|tsf_component", -8.8e9, "CNY", ENT, P11, basis="减少"),
    m("entrusted_loans_change|" + TC, -1.23e10, "CNY", ENT, P11, basis=YC + " (同比多减)"),
    m("trust_loans|tsf_component", -3.65e10, "CNY", TR, P11, basis="减少"),
    m("trust_loans_change|" + TC, 1.825e11, "CNY", TR, P11, basis=YC + " (同比少减: the flow is higher)"),
    m("bankers_acceptances|tsf_component", 1.9e10, "CNY", BA, P11, basis="增加"),
    m("bankers_acceptances_change|" + TC, 5.73e10, "CNY", BA, P11, basis=YC + " (同比多增)"),
    m("corporate_bond_financing|net_bond_financing|tsf_component", 5.96e10, "CNY", CB, P11, basis="net financing"),
    m("corporate_bond_financing_change|" + TC, -3.41e11, "CNY", CB, P11, basis=YC + " (同比少)"),
    m("government_bond_financing|net_bond_financing|tsf_component", 6.52e11, "CNY", GB, P11, basis="net financing"),
    m("government_bond_financing_change|" + TC, -1.638e11, "CNY", GB, P11, basis=YC + " (同比少)"),
    m("equity_financing|tsf_component", 7.88e10, "CNY", EQ, P11, basis="non-financial enterprises, domestic"),
    m("equity_financing_change|" + TC, -5.06e10, "CNY", EQ, P11, basis=YC + " (同比少)"),
    m("social_financing|tsf_increment|aggregate_financing", 3.049e13, "CNY", CN, YTD,
      basis="cumulative increment, 1-11月"),
    m("social_financing_change|tsf_increment_change", 1.51e12, "CNY", CN, YTD,
      basis="yoy change in the cumulative increment (比上年同期多)"),
], [])

# zh04: 期货 market close with 主力合约 closes and moves across the three exchanges (上海期货交易所, 大连商品交易所, 郑州商品
# 交易所): a 中国新闻网 story on a johnnytowncar mirror (2011 in the address, not used), "22日" printing no month or year ->
# period None, "22日" in basis; the stored text stops inside the grain sentence ("谷物类商…"), the passage ends at the
# sentence before it. Prices are the main contract's close per tonne, in CNY with "per tonne" in basis (每吨3.23万元 ->
# 32300; news31 / news34). Moves are % changes as printed (跌幅 -> negative, 涨幅 / 上涨 positive). Key: the 文华商品指数
# -0.62%; close and move of rubber (橡胶 32300, -2.43%), zinc (期锌 17100, +0.38%), plastic (塑料 10400, +0.24%), copper
# (67700, -0.25%), aluminium (17000, +0.18%), PVC (7950, +0.25%), fuel oil (燃油 4975, -0.08%), PTA (9182, -1.16%), sugar
# (白糖 6770, -0.51%), cotton (棉花 23700, -0.50%), palm oil (棕榈油 9062, -0.26%), rapeseed oil (菜子油 10500, -0.13%); soybean
# meal's move +0.34% (no price printed). Optional: the zinc move repeated in the base-metals sentence ("期锌主力合约上涨
# 0.38%"). 领涨 / 领跌 (plastic, rubber) print no further figure; the source's "期锌期货主力合约" is kept as printed.
D = "22日 (no month or year printed)"
C = "main contract (主力合约) close, per tonne, " + D
V = "main contract, % move, " + D
FP, FC = "futures_price|price|close", "price_change|futures_price_change"
WH = "文华商品指数|文华指数|Wenhua commodity index|commodity index"
RU = "橡胶期货|橡胶|天然橡胶|上海期货交易所橡胶期货|rubber futures|natural rubber"
ZN = "期锌|锌期货|锌|期锌期货|zinc futures"
PL = "塑料期货|塑料|大连商品交易所塑料期货|LLDPE|plastic futures"
CU = "期铜|铜期货|铜|copper futures|Shanghai copper"
AL = "期铝|铝期货|铝|aluminium futures|aluminum futures"
PVC = "PVC期货|PVC|大连商品交易所PVC期货|PVC futures"
FU = "燃油期货|燃油|燃料油|fuel oil futures"
PTA = "PTA期货|PTA|郑州商品交易所PTA期货|PTA futures"
SM = "豆粕期货|豆粕|soybean meal futures"
SR = "白糖期货|白糖|sugar futures"
CF = "棉花期货|棉花|cotton futures"
PO = "棕榈油期货|棕榈油|palm oil futures"
OI = "菜子油期货|菜子油|菜籽油|rapeseed oil futures"
G["zh04"] = ([
    m("index_change|price_change", -0.62, "%", WH, None, basis=D + ", 下跌"),
    m(FP, 32300, "CNY", RU, None, basis=C + " (每吨3.23万元)"),
    m(FC, -2.43, "%", RU, None, basis=V + ", the day's biggest fall"),
    m(FP, 17100, "CNY", ZN, None, basis=C + " (每吨1.71万元)"),
    m(FC, 0.38, "%", ZN, None, basis=V),
    m(FC, 0.38, "%", ZN, None, opt=True, basis="repeat in the base-metals sentence (期锌主力合约上涨0.38%)"),
    m(FP, 10400, "CNY", PL, None, basis=C + " (每吨1.04万元)"),
    m(FC, 0.24, "%", PL, None, basis=V + ", led the petrochemicals"),
    m(FP, 67700, "CNY", CU, None, basis=C + " (每吨6.77万元)"),
    m(FC, -0.25, "%", CU, None, basis=V),
    m(FP, 17000, "CNY", AL, None, basis=C + " (每吨1.70万元)"),
    m(FC, 0.18, "%", AL, None, basis=V),
    m(FP, 7950, "CNY", PVC, None, basis=C),
    m(FC, 0.25, "%", PVC, None, basis=V),
    m(FP, 4975, "CNY", FU, None, basis=C),
    m(FC, -0.08, "%", FU, None, basis=V),
    m(FP, 9182, "CNY", PTA, None, basis=C),
    m(FC, -1.16, "%", PTA, None, basis=V),
    m(FC, 0.34, "%", SM, None, basis=V + ", 小幅上涨; the only riser among soft commodities"),
    m(FP, 6770, "CNY", SR, None, basis=C),
    m(FC, -0.51, "%", SR, None, basis=V),
    m(FP, 23700, "CNY", CF, None, basis=C + " (每吨2.37万元)"),
    m(FC, -0.50, "%", CF, None, basis=V),
    m(FP, 9062, "CNY", PO, None, basis=C),
    m(FC, -0.26, "%", PO, None, basis=V),
    m(FP, 10500, "CNY", OI, None, basis=C + " (每吨1.05万元)"),
    m(FC, -0.13, "%", OI, None, basis=V),
], [])

# zh05: Hong Kong-listed mainland company's annual results as a market story in Simplified Chinese (格隆汇 item on an
# aggregator; the "(文章来源:格隆汇)" line kept as printed; whole item): 中国食品 (0506.HK), 2020年度 -> FY2020. Currency:
# the quote and market value are printed in 港元 (HKD); the results carry "(人民币,下同)" -> CNY for every 亿元 / 分 / 元
# after it, including the final dividend "每股0.089元" and the EPS "17.83分" (-> 0.1783 CNY); the text's own marker
# overrides the Hong Kong-context HKD default (news39 zh06). Key: the afternoon quote 3.23港元 (+4.53%) and market value
# 90亿港元 (period None, "现报" / "最新"); revenue 172.49亿元 (+0.4%), gross profit 68.26亿元 (+8.8%), gross margin 39.6%
# with prior 36.5% ("由上年同期的36.5%升至39.6%"), profit attributable to owners 4.99亿元 (+19.4%), basic EPS 17.83分, final
# dividend 0.089元 per share. Optional: the prior-year margin 36.5% as its own FY2019 row (news39 zh10's LDR). "4月份",
# "第二季度" and "下半年" recovery statements print no figure.
CFD = "中国食品|China Foods|0506.HK|0506|00506|506"
FY = "FY2020"
G["zh05"] = ([
    m("price|share_price", 3.23, "HKD", CFD, None, basis="current quote (现报), afternoon surge"),
    m("price_change|share_price_change", 4.53, "%", CFD, None, basis="intraday, 涨"),
    m("market_cap|market_value", 9e9, "HKD", CFD, None, basis="latest total market value (最新总市值)"),
    m(REV, 1.7249e10, "CNY", CFD, FY, basis="收入, (人民币,下同)"),
    m(REVG, 0.4, "%", CFD, FY, basis="yoy"),
    m("gross_profit", 6.826e9, "CNY", CFD, FY),
    m("gross_profit_growth", 8.8, "%", CFD, FY, basis="yoy"),
    m("gross_margin", 39.6, "%", CFD, FY, prior=36.5, basis="up from 36.5% a year earlier"),
    m("gross_margin", 36.5, "%", CFD, "FY2019", opt=True, basis="prior-year level (上年同期)"),
    m(NP + "|profit_attributable_to_owners", 4.99e8, "CNY", CFD, FY, basis="公司拥有人应占溢利"),
    m(NPG + "|profit_attributable_to_owners_growth", 19.4, "%", CFD, FY, basis="yoy"),
    m("eps|basic_eps", 0.1783, "CNY", CFD, FY, basis="每股基本盈利17.83分 (RMB cents)"),
    m("dividend_per_share|dps|final_dividend", 0.089, "CNY", CFD, FY, basis="末期股息每股, CNY per (人民币,下同)"),
], [])

# zh06: 中国证券投资基金业协会 monthly public-fund statistics as a news story (Tencent News, headline kept as printed; whole
# item). Key: the public-fund managers' count 163 at end-April 2025; total public-fund NAV 33.12万亿元 (2025-04-30); the
# record series of month-end totals 29.3 / 30.78 / 31.24 / 31.49 / 32.07 / 32.83万亿元 (2024-02-29 / 04-30 / 05-31 / 07-31 /
# 09-30 / 12-31, each its own period; the year 2024 is printed with 2月底 and carried by the list); closed-end NAV 3.76万亿元
# and open-end NAV 29.35万亿元; the open-end funds' increases against March: size +9240.87亿元, units +8718.09亿份 (a count
# of fund units), number +106 funds (period 2025-04, "较3月份"). Optional: the headline's 3.76万亿元 (twin of the body's key
# row); the breakdown of the 163 (基金管理公司 148, other asset managers 15); the repeat of 33.12万亿元 at the end of the
# series; the "7次" record count. "稍有缩水" / "数量未有变化" (closed-end) print no figure.
PF = "公募基金|公募基金市场|public funds|mutual funds|China public fund industry|中国证券投资基金业协会|AMAC"
CE = "封闭式基金|closed-end funds|" + PF
OE = "开放式基金|open-end funds|" + PF
E = "2025-04-30"
NAV = "fund_nav|aum|net_asset_value|fund_assets"
G["zh06"] = ([
    m(NAV, 3.76e13, "CNY", CE, E, opt=True, basis="headline, twin of the body row"),
    m("fund_managers|institutions|number_of_managers", 163, "institutions", PF, E,
      basis="公募基金管理机构 at end-April 2025"),
    m("fund_managers|fund_management_companies", 148, "companies", PF, E, opt=True, basis="基金管理公司"),
    m("fund_managers|asset_managers", 15, "institutions", PF, E, opt=True,
      basis="asset managers with a public-fund licence"),
    m(NAV, 3.312e13, "CNY", PF, E, basis="total public-fund NAV (资产净值合计), a record"),
    m(NAV, 2.93e13, "CNY", PF, "2024-02-29", basis="2024年2月底, record series"),
    m(NAV, 3.078e13, "CNY", PF, "2024-04-30", basis="4月底 (2024), record series"),
    m(NAV, 3.124e13, "CNY", PF, "2024-05-31", basis="5月底 (2024), record series"),
    m(NAV, 3.149e13, "CNY", PF, "2024-07-31", basis="7月底 (2024), record series"),
    m(NAV, 3.207e13, "CNY", PF, "2024-09-30", basis="9月底 (2024), record series"),
    m(NAV, 3.283e13, "CNY", PF, "2024-12-31", basis="12月底 (2024), record series"),
    m(NAV, 3.312e13, "CNY", PF, E, opt=True, basis="end of the record series, repeat"),
    m("records|count", 7, "times", PF, None, opt=True, basis="7次刷新纪录 since 2024"),
    m(NAV, 3.76e13, "CNY", CE, E, basis="closed-end funds' NAV"),
    m(NAV, 2.935e13, "CNY", OE, E, basis="open-end funds' NAV"),
    m("fund_nav_change|aum_change|net_asset_value_change", 9.24087e11, "CNY", OE, "2025-04",
      basis="size (规模) increase vs March 2025"),
    m("fund_units_change|shares_change|units_change", 8.71809e11, "units", OE, "2025-04",
      basis="份额 increase vs March 2025 (亿份, fund units)"),
    m("number_of_funds_change|fund_count_change", 106, "funds", OE, "2025-04", basis="数量 increase vs March 2025 (只)"),
], [])
