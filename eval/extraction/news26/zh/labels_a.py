# Hand labels for news26/zh, batch a (zh01-zh06; all six mainland Simplified). Helpers m() and ra() are supplied by
# build_labels.py. Mainland context: 元 / 万元 / 亿元 / 万亿元 = CNY (also where a figure prints 亿 without 元, zh03);
# 美元 = USD; 万辆 / 万吨 / 万股 scaled to the count; 个百分点 = pp. Per-unit prices (元/克, 元/公斤, 美元/盎司) take the
# currency alone as unit, the "per gram / per kg / per ounce" going into basis (development corpus: price_per_tonne in
# "CNY"; news17 zh11). No year is taken from outside the text (URLs and page metadata are never used): a day or month
# written without a year ("3月19日", "10日", "前三季度") has no year in its period, the day in `basis`; a year is used when
# the text prints it or its own dated comparisons pin it down (zh02). A figure printed twice in the same sense (headline
# and body) is one row. Stock codes and product grades (603288, 601012.SH, Au99.95) are names, never values. Labels
# were written from the texts alone (no extractor run, no extractor output seen, no extractor code, test or docs read).

# zh01: 中国证券报·中证网 report (fzxysj.com mirror, automatic Traditional-script copy of the Simplified original; the
# passage is written in Simplified, the script of the report, as news24 zh02) on 海天味业's 2021 annual report, with its
# headline. The year is printed (2021年, 2021年度) -> FY2021 for every flow and ratio. Key: revenue 250.04亿元 and
# +9.71%, 归母净利润 66.71亿元 and +4.18% (the headline's "净利润同比增长4.18%" is the same figure -> one row), 扣非净利润
# 64.30亿元 and +4.09%, operating cash flow 63.24亿元 and "同比下降9.02%" (negative), basic EPS 1.58元, weighted ROE
# 31.63%, the proposal "每10股送1.00股派7.60元(含税)" -> bonus_shares 1.00 shares per 10 shares (news14 zh07, news17)
# and dividend 7.60元 per 10 shares, pre-tax (as printed, news24 zh01); the headline's "10送1股派7.6元" restates them ->
# no extra rows. Segments (酱油, 蚝油, 调味酱) each own revenue, yoy growth and share of revenue (key, news24 zh07), and
# their 2021 gross margins (分别 in printed order). Company gross margin 38.66% with "同比下降3.51个百分点" -> -3.51 pp,
# net margin 26.68% with "比上年同期下降1.44个百分点" -> -1.44 pp (changes are rows of their own; the earlier levels are
# not printed, so no prior). The data-service statistic "近三年的净利润复合年增长率达15.19%" is optional (trivia-like
# CAGR, news10; period None: the three years are not named); its industry rank "8/15" and "2020年" (the ranking year)
# are not labelled. "3月25日" is a date.
HT = "海天味业|Foshan Haitian|Haitian|603288"
Y21 = "FY2021"
SOY = "酱油|soy sauce|" + HT
OYS = "蚝油|oyster sauce|" + HT
PST = "调味酱|seasoning sauce|" + HT
SR, SRG, SHR = "segment_revenue|revenue", "segment_revenue_growth|revenue_growth", "revenue_share|segment_revenue_share"
SGM = "segment_gross_margin|gross_margin"
G["zh01"] = ([
    m("revenue|operating_revenue", 2.5004e10, "CNY", HT, Y21),
    m("revenue_growth|operating_revenue_growth", 9.71, "%", HT, Y21, basis="yoy"),
    m("net_profit|net_profit_attributable", 6.671e9, "CNY", HT, Y21, basis="归母净利润 (attributable)"),
    m("net_profit_growth", 4.18, "%", HT, Y21, basis="yoy; headline and body"),
    m("net_profit_ex_items|recurring_net_profit|net_profit", 6.43e9, "CNY", HT, Y21, basis="扣非净利润"),
    m("net_profit_ex_items_growth|recurring_net_profit_growth|net_profit_growth", 4.09, "%", HT, Y21, basis="yoy"),
    m("operating_cash_flow", 6.324e9, "CNY", HT, Y21, basis="net cash from operating activities"),
    m("operating_cash_flow_growth", -9.02, "%", HT, Y21, basis="yoy, 下降"),
    m("eps|basic_eps", 1.58, "CNY", HT, Y21, basis="basic"),
    m("roe|return_on_equity", 31.63, "%", HT, Y21, basis="weighted average"),
    m("bonus_shares|capitalisation_issue", 1.00, "shares", HT, Y21, basis="per 10 shares, bonus issue (送), proposed; headline 10送1股"),
    m("dividend|dividend_per_share", 7.60, "CNY", HT, Y21, basis="per 10 shares, pre-tax (含税), proposed; headline 派7.6元"),
    m("net_profit_cagr|cagr", 15.19, "%", HT, None, opt=True, basis="近三年 CAGR, data-service statistic"),
    m(SR, 1.4188e10, "CNY", SOY, Y21), m(SRG, 8.78, "%", SOY, Y21, basis="yoy"), m(SHR, 56.74, "%", SOY, Y21),
    m(SR, 4.532e9, "CNY", OYS, Y21), m(SRG, 10.18, "%", OYS, Y21, basis="yoy"), m(SHR, 18.12, "%", OYS, Y21),
    m(SR, 2.666e9, "CNY", PST, Y21), m(SRG, 5.61, "%", PST, Y21, basis="yoy"), m(SHR, 10.66, "%", PST, Y21),
    m("gross_margin", 38.66, "%", HT, Y21),
    m("gross_margin_change", -3.51, "pp", HT, Y21, basis="yoy, 下降"),
    m("net_margin", 26.68, "%", HT, Y21),
    m("net_margin_change", -1.44, "pp", HT, Y21, basis="vs a year earlier, 下降"),
    m(SGM, 42.91, "%", SOY, Y21), m(SGM, 34.61, "%", OYS, Y21), m(SGM, 39.52, "%", PST, Y21),
], [])

# zh02: 21世纪经济报道 story (stockstar copy) on the PBOC's May money and social-financing data, with the page's
# original headline as the first line (the "原标题" tag dropped; the headline prints no figure); the stored excerpt is
# cut before the last paragraph, which starts a list it does not finish. No year is printed next to the data, but the
# text's own comparisons pin it: the increment is set against "上年同期" and, separately, "2019年同期", and the analyst
# speaks of "两年平均值" and of credit "比2019年稍显宽松" since the start of this year -> the current year is 2021 (a year
# fixed by the text's own comparison, news25 batch a (5)). So 5月末 stocks and growth rates -> "2021-05-31", May flows
# -> "2021-05", "上个月" -> "2021-04-30", "去年同期" -> "2020-05-31". Growth-rate changes against the previous month-end
# and a year earlier are pp rows (news18 zh05), signed by 高/低. "当月现金净回笼1626亿元" is a net cash withdrawal ->
# net_cash_injection -1626亿元 (a withdrawal is a negative injection, news14/news18 name). The social-financing stock's
# earlier growth rates ("去年同期和上个月增速分别为12.5%、11.7%") are printed as data points, not as "from" values ->
# key rows of their own with their own month-ends (news23 zh03), the May row has no prior. Increment changes: "少1.27万
# 亿元" negative, "比2019年同期多2081亿元" positive (a change against 2019, basis says so); components as news16 zh04:
# each owns its flow (减少 negative) and its yoy change (少增 / 多减 negative). Stocks of two components (信托贷款,
# 政府债券) with their yoy growth are key. The analyst's "处于“8”的水平" restates 8.3% -> optional. M0/M1/M2
# definitions ("M0+企事业单位活期存款") carry no figure; "6月10日" is a date.
CN = "中国|全国|China"
ME, MO, AP, YA = "2021-05-31", "2021-05", "2021-04-30", "2020-05-31"
TSFS = "social_financing_stock|tsf_stock|aggregate_financing_stock"
TSFG = "social_financing_stock_growth|tsf_stock_growth"
SF = "social_financing|tsf_increment|aggregate_financing"
SFC = "social_financing_change|tsf_increment_change"
RMB = "人民币贷款|对实体经济发放的人民币贷款|RMB loans"
TR = "信托贷款|trust loans"
GB = "政府债券|government bonds"
BA = "未贴现的银行承兑汇票|银行承兑汇票|undiscounted bankers' acceptances"
YC = "yoy change in the monthly flow"
G["zh02"] = ([
    m("m2|money_supply_m2", 2.2755e14, "CNY", CN, ME),
    m("m2_growth", 8.3, "%", CN, ME, basis="yoy"),
    m("m2_growth", 8, "%", CN, ME, opt=True, basis="analyst 周茂华: 处于“8”的水平 (rounded restatement)"),
    m("m2_growth_change", 0.2, "pp", CN, ME, basis="vs previous month-end, 高"),
    m("m2_growth_change", -2.8, "pp", CN, ME, basis="vs a year earlier, 低"),
    m("m1|money_supply_m1", 6.168e13, "CNY", CN, ME),
    m("m1_growth", 6.1, "%", CN, ME, basis="yoy"),
    m("m1_growth_change", -0.1, "pp", CN, ME, basis="vs previous month-end, 低"),
    m("m1_growth_change", -0.7, "pp", CN, ME, basis="vs a year earlier, 低"),
    m("m0|money_supply_m0|currency_in_circulation", 8.42e12, "CNY", CN, ME),
    m("m0_growth", 5.6, "%", CN, ME, basis="yoy"),
    m("net_cash_injection|cash_injection", -1.626e11, "CNY", CN, MO, basis="当月现金净回笼 (net withdrawal)"),
    m(TSFS, 2.9798e14, "CNY", CN, ME, basis="preliminary"),
    m(TSFG, 11, "%", CN, ME, basis="yoy"),
    m(TSFG, 12.5, "%", CN, YA, basis="yoy, same period a year earlier (去年同期)"),
    m(TSFG, 11.7, "%", CN, AP, basis="yoy, previous month (上个月)"),
    m(SF, 1.92e12, "CNY", CN, MO, basis="monthly increment"),
    m(SFC, -1.27e12, "CNY", CN, MO, basis="vs same period a year earlier, 少"),
    m(SFC, 2.081e11, "CNY", CN, MO, basis="vs the same period of 2019, 多"),
    m("tsf_component_stock|outstanding_balance", 5.74e12, "CNY", TR, ME, basis="largest drag on the stock"),
    m("tsf_component_stock_growth|balance_growth", -22.4, "%", TR, ME, basis="yoy, 下降"),
    m("tsf_component_stock|outstanding_balance", 4.775e13, "CNY", GB, ME, basis="largest contributor to the stock"),
    m("tsf_component_stock_growth|balance_growth", 17.1, "%", GB, ME, basis="yoy"),
    m("new_rmb_loans|new_loans|tsf_component", 1.43e12, "CNY", RMB, MO, basis="to the real economy"),
    m("new_rmb_loans_change|new_loans_change|tsf_component_change", -1.208e11, "CNY", RMB, MO, basis=YC + " (同比少增)"),
    m("trust_loans|tsf_component", -1.295e11, "CNY", TR, MO, basis="减少"),
    m("trust_loans_change|tsf_component_change", -9.58e10, "CNY", TR, MO, basis=YC + " (同比多减)"),
    m("bankers_acceptances|tsf_component", -9.26e10, "CNY", BA, MO, basis="减少"),
    m("bankers_acceptances_change|tsf_component_change", -1.762e11, "CNY", BA, MO, basis=YC + " (同比多减)"),
], [])

# zh03: Weibo-style news item on sina.cn (citing 第一财经) on BYD's A-share market value passing 1 trillion, with its
# bracketed hashtag headline (rephrased; its "突破万亿" is the body's "首度突破万亿" -> one row). "10日午盘…截至发稿"
# prints no month or year -> the quote rows have period None with the day in basis; the story's own quote at press time
# (349.28元, 涨幅8.33%) is key although intraday (news24 zh02). "A股市值首度突破万亿" (no 元; mainland A share -> CNY) is
# the headline figure given as a bound -> key open range rng=(1e12, None) (README: bounds key when a headline figure).
# The ranking's "1288亿美元" total market value is key (7日, period None); its bracketed conversion "(约8626亿人民币)" is
# optional. Production / sales: "5月" in the paragraph that prints "2022年前五个月" -> 2022-05; the year-to-date figures
# -> 2022-01..05; 万辆 scaled (11.8135万辆 -> 118135 vehicles); "同比分别上涨347.6%和348.11%" pair with production and
# sales in printed order. The buyback price cap "由300元/股上调至不超过400元/股" is an upper cap, rng=(None, 400) with
# prng=(None, 300) (news23 zh06 price cap as rng=(None, X); a cap raised from A to B carries A as prior), key; the old cap
# is also an optional row of its own (news23 batch b: earlier levels in "由A…至B"). Fund holdings "从36亿扩张至270亿"
# (no 元 -> CNY) -> value 270亿 with prior 36亿 (same quantity, "X from Y"), key, period None ("今年" is not dated by a
# printed year of its own); 36亿 optional row of its own; the count of funds holding the stock (473只) is an optional
# count. Ranks (排名第三, 首个) and the dates 7日 / 8日 / 10日 are not labelled.
BYD = "比亚迪|BYD|002594|比亚迪A股|BYD A shares"
NEV = "比亚迪新能源汽车|新能源汽车|BYD NEV|" + BYD
FD = "10日, after the midday reopening, at press time (截至发稿)"
PRD, PRDG = "vehicle_production|production|nev_production", "vehicle_production_growth|production_growth|nev_production_growth"
SLS, SLSG = "vehicle_sales|sales_volume|nev_sales", "vehicle_sales_growth|sales_growth|nev_sales_growth"
G["zh03"] = ([
    m("share_price|price", 349.28, "CNY", BYD, None, basis="intraday quote, " + FD),
    m("price_change|share_price_change", 8.33, "%", BYD, None, basis=FD),
    m("market_cap|market_value", None, "CNY", BYD, None, rng=(1e12, None),
      basis="A-share market value, 首度突破万亿; headline and body"),
    m("market_cap|market_value", 1.288e11, "USD", BYD, None, basis="total market value in the 7日 global automaker ranking"),
    m("market_cap|market_value", 8.626e11, "CNY", BYD, None, opt=True, basis="bracketed conversion (约8626亿人民币)"),
    m(PRD, 118135, "vehicles", NEV, "2022-05", basis="May, new-energy vehicles"),
    m(SLS, 114943, "vehicles", NEV, "2022-05", basis="May, new-energy vehicles"),
    m(PRD, 513143, "vehicles", NEV, "2022-01..05", basis="first five months, cumulative"),
    m(SLS, 507314, "vehicles", NEV, "2022-01..05", basis="first five months, cumulative"),
    m(PRDG, 347.6, "%", NEV, "2022-01..05", basis="yoy, cumulative"),
    m(SLSG, 348.11, "%", NEV, "2022-01..05", basis="yoy, cumulative"),
    m("buyback_price|repurchase_price|buyback_price_cap", None, "CNY", BYD, None, rng=(None, 400), prng=(None, 300),
      basis="upper price limit of the share repurchase, raised (上调至不超过400元/股), per share"),
    m("buyback_price|repurchase_price|buyback_price_cap", None, "CNY", BYD, None, rng=(None, 300), opt=True,
      basis="previous upper price limit, per share"),
    m("fund_holdings_value|holdings_value", 2.7e10, "CNY", BYD, None, prior=3.6e9,
      basis="market value of BYD held by funds, 从36亿扩张至270亿 (no 元 printed)"),
    m("fund_holdings_value|holdings_value", 3.6e9, "CNY", BYD, None, opt=True, basis="earlier holdings value (从36亿)"),
    m("fund_holders|funds_holding", 473, "funds", BYD, None, opt=True, basis="funds holding BYD this year (今年)"),
], [])

# zh04: story on 隆基股份 (news.gqsoso.com copy) with its headline (rephrased: "年内" -> "今年以来"), quoting two brokers'
# 2月4日 notes; the stored excerpt breaks off inside 海通's paragraph, so the passage ends at the last full sentence.
# "3月19日" prints no year -> the close rows have period None (the day in basis). Close 78.96元, 跌幅4.7% (negative)
# and 总市值2978.19亿元 (headline and body -> one row) are key. The polysilicon framework agreement: "2021年3月至2023年12月
# 期间…合作量不少于9.14万吨" is the contract's own minimum -> key open range rng=(91400, None) tonnes over
# "2021-03..2023-12" (a contractual term, not a hedge on a rounded figure, like the development corpus's 回购 不低于…
# ranges); "约73.28亿元(不含税)" -> 7.328e9 CNY, key (约X -> X). Capacities "分别约85-90GW左右、33-35GW左右" are ranges
# (rng, key, unit GW, product as entity, period None: 目前); "45GW以上" is a lower bound that is not a headline figure ->
# optional. 长江证券's forecasts "2020-2022年…归母净利润84.6、117.5、152.3亿元，EPS…2.24、3.12、4.04元，…PE…49、35、27倍"
# are per-year rows FY2020..FY2022 paired in printed order, basis forecast + broker (news21-news24). 海通: "20年上半年
# 组件销量6.58GW，同比增长106%" -> 2020H1 (20年 = 2020 as printed in two-digit form), key; "20年…超过20GW的销量" ->
# optional bound, FY2020. The figure inside 长江's quoted report title ("硅料锁单比例近八成") is optional with period None
# (news23 zh02); 近X -> X = 80 %. Rating actions: 长江证券 "继续重点推荐" -> maintain; 重点推荐 (a "key recommendation",
# the emphatic form, like 强烈推荐) normalised to buy (judgement call; 推荐 alone = outperform in the earlier sets);
# 海通证券 "给予…优于大市评级" with no earlier rating or target printed -> maintain outperform (news11). No targets are
# printed. Researchers' names, "2月2日", "2019年下半年" (a date) and "一年左右" (a lead time) are not labelled.
LONGI = "隆基股份|隆基|LONGi|LONGi Green Energy|601012.SH|601012"
CJ = "长江证券|Changjiang Securities"
HTS = "海通证券|Haitong Securities"
D19 = "3月19日, close"


def cjf(metric, vals, unit, what):
    return [m(metric, v, unit, LONGI, f"FY{y}", basis=f"forecast, {what}, 长江证券") for y, v in zip((2020, 2021, 2022), vals)]


G["zh04"] = (
    [
        m("share_price|close|closing_price", 78.96, "CNY", LONGI, None, basis=D19),
        m("price_change|share_price_change", -4.7, "%", LONGI, None, basis="3月19日, 跌幅"),
        m("market_cap|market_value", 2.97819e11, "CNY", LONGI, None, basis="3月19日, 总市值; headline and body"),
        m("purchase_volume|contract_volume", None, "tonnes", LONGI, "2021-03..2023-12", rng=(91400, None),
          basis="polysilicon purchase framework agreement with 江苏中能(保利协鑫), 不少于"),
        m("contract_value", 7.328e9, "CNY", LONGI, "2021-03..2023-12", basis="estimated total, excluding tax, 约"),
        m("capacity|production_capacity", None, "GW", "硅片|silicon wafers|" + LONGI, None, rng=(85, 90), basis="current, 左右"),
        m("capacity|production_capacity", None, "GW", "电池|cells|" + LONGI, None, rng=(33, 35), basis="current, 左右"),
        m("capacity|production_capacity", None, "GW", "组件|modules|" + LONGI, None, rng=(45, None), opt=True,
          basis="current, 45GW以上, incl. the Vietnam base"),
        m("lock_in_ratio|share", 80, "%", LONGI, None, opt=True, basis="inside 长江's report title: 硅料锁单比例近八成"),
    ]
    + cjf("net_profit_forecast|net_profit", [8.46e9, 1.175e10, 1.523e10], "CNY", "归母净利润 (attributable)")
    + cjf("eps_forecast|eps", [2.24, 3.12, 4.04], "CNY", "EPS")
    + cjf("pe_ratio|pe", [49, 35, 27], "x", "PE at the current price")
    + [
        m("sales_volume|module_sales|shipments", 6.58, "GW", "组件|modules|" + LONGI, "2020H1", basis="module sales, 海通 citing the interim report"),
        m("sales_volume_growth|module_sales_growth", 106, "%", "组件|modules|" + LONGI, "2020H1", basis="yoy"),
        m("sales_volume|module_sales|shipments", None, "GW", "组件|modules|" + LONGI, "FY2020", rng=(20, None), opt=True,
          basis="超过20GW, PVInfollink, first in module shipments"),
    ],
    [
        ra(CJ, LONGI, "maintain", "buy", None, None, None, None),
        ra(HTS, LONGI, "maintain", "outperform", None, None, None, None),
    ],
)

# zh05: insurance-industry item (m.huize.com 保险资讯) on the four A-share listed insurers' premiums for the first three
# quarters, with its headline (rephrased; "破万亿元" -> "突破万亿元"); the stored excerpt breaks off inside the last
# sentence (agent head-counts), so the passage ends before it. No year is printed for "今年前三季度" ("2015年" dates only
# the scrapped agent exam) -> period "Q1-Q3" (by analogy with the development corpus's "H1" when the half is stated but
# the year is not); "去年全年" and "去年同期" figures have period None with the comparison in basis. Each insurer and
# subsidiary owns its premium income (key); "约3763亿元" -> 3.763e11 (约X -> X). The combined 10176.15亿元 is key; the
# headline's and body's "突破万亿元" restate it as a bound -> one optional row. Last year's full-year combined premiums in
# brackets "(10646.8亿元)" cover a different period from the nine-month total, so they are not its prior; they are a key
# row of their own (year-earlier figures as rows of their own, news17 zh02). 平安寿险's business lines (个人业务 2184.7亿,
# its 新业务 900.1亿, 团体业务 131.69亿, its 新业务 131.6亿) and 太保寿险's channels (个人业务 1045.56亿 with 新保 358.22亿,
# bracketed 期交 345.66亿 / 趸交 12.56亿, 续期 687.34亿; 法人渠道 新保 76.61亿, 期交 2.48亿, 趸交 74.13亿, 续期 51.18亿)
# are key breakdown rows (the brackets split a figure; they are not conversions), entity "line|subsidiary". The printed
# figures do not add up (个人 2184.7亿 + 团体 131.69亿 exceed 平安寿险's 2184.9亿): labelled as printed. Agency new
# business: "同比增长40%" / "44.56%" key growth rows (the current levels are not printed) and the year-earlier levels
# 642.44亿 / 247.8亿 key rows of their own (period None, basis 去年同期).
CL = "中国人寿|国寿|China Life"
PA = "中国平安|平安|Ping An"
CPIC = "中国太保|太保|CPIC|China Pacific Insurance"
NCI = "新华保险|新华|New China Life|NCI"
BIG4 = "四大上市险企|A股四大上市险企|four listed insurers"
PAL = "平安寿险|Ping An Life|" + PA
CPL = "太保寿险|CPIC Life|" + CPIC
PI = "premium_income|original_premium_income|premiums"
NB = "new_business_premium|new_business_income|premium_income"
RN = "renewal_premium|premium_income"
REG = "regular_premium|new_business_premium"
SGL = "single_premium|new_business_premium"
Q = "Q1-Q3"
G["zh05"] = ([
    m(PI, 3.763e11, "CNY", CL, Q, basis="cumulative original insurance premiums, 约"),
    m(PI, 3.5906700e11, "CNY", PA, Q),
    m(PI, 1.8883e11, "CNY", CPIC, Q),
    m(PI, 9.3418e10, "CNY", NCI, Q),
    m(PI, 1.017615e12, "CNY", BIG4, Q, basis="combined, media calculation"),
    m(PI, None, "CNY", BIG4, Q, rng=(1e12, None), opt=True, basis="突破万亿元, headline and body (restated bound)"),
    m(PI, 1.06468e12, "CNY", BIG4, None, basis="last year's full year (去年全年), in brackets"),
    m(PI, 1.2742e11, "CNY", "平安产险|Ping An P&C|" + PA, Q),
    m(PI, 2.1849e11, "CNY", PAL, Q),
    m(PI, 1.254e10, "CNY", "平安养老|Ping An Annuity|" + PA, Q),
    m(PI, 6.0e8, "CNY", "平安健康|Ping An Health|" + PA, Q),
    m(PI, 2.1847e11, "CNY", "个人业务|individual business|" + PAL, Q, basis="life business, individual"),
    m(NB, 9.001e10, "CNY", "个人业务|individual business|" + PAL, Q, basis="individual new business income"),
    m(PI, 1.3169e10, "CNY", "团体业务|group business|" + PAL, Q, basis="group business"),
    m(NB, 1.316e10, "CNY", "团体业务|group business|" + PAL, Q, basis="group new business income"),
    m(PI, 1.17335e11, "CNY", CPL, Q, basis="cumulative original insurance business income"),
    m(PI, 7.1495e10, "CNY", "太保产险|CPIC P&C|" + CPIC, Q, basis="cumulative original insurance business income"),
    m(PI, 1.04556e11, "CNY", "个人业务|individual business|" + CPL, Q, basis="individual business"),
    m(NB, 3.5822e10, "CNY", "个人业务|individual business|" + CPL, Q, basis="new business (新保)"),
    m(REG, 3.4566e10, "CNY", "个人业务|individual business|" + CPL, Q, basis="new business, regular premium (期交), in brackets"),
    m(SGL, 1.256e9, "CNY", "个人业务|individual business|" + CPL, Q, basis="new business, single premium (趸交), in brackets"),
    m(RN, 6.8734e10, "CNY", "个人业务|individual business|" + CPL, Q, basis="renewal business (续期)"),
    m(NB, 7.661e9, "CNY", "法人渠道|corporate channel|" + CPL, Q, basis="new business (新保)"),
    m(REG, 2.48e8, "CNY", "法人渠道|corporate channel|" + CPL, Q, basis="new business, regular premium (期交)"),
    m(SGL, 7.413e9, "CNY", "法人渠道|corporate channel|" + CPL, Q, basis="new business, single premium (趸交)"),
    m(RN, 5.118e9, "CNY", "法人渠道|corporate channel|" + CPL, Q, basis="renewal business (续期)"),
    m("new_business_growth|agency_new_business_growth", 40, "%", "个险渠道|agency channel|" + PA, Q, basis="yoy, agency new business"),
    m(NB, 6.4244e10, "CNY", "个险渠道|agency channel|" + PA, None, basis="agency new business, same period last year (去年同期)"),
    m("new_business_growth|agency_new_business_growth", 44.56, "%", "个险渠道|agency channel|" + CPIC, Q, basis="yoy, agency new business"),
    m(NB, 2.478e10, "CNY", "个险渠道|agency channel|" + CPIC, None, basis="agency new business, same period last year (去年同期)"),
], [])

# zh06: Xinhua (新华网上海7月12日专电, whmsebhyy.com mirror: automatic Traditional-script copy of the Simplified wire, written
# here in Simplified as news24 zh02) on domestic and international gold and silver prices; the page has no headline and
# none was composed. No year is printed -> period None on every row, the day (11日 / 12日) in basis. Prices per gram,
# per kg and per ounce take the currency alone as unit (header). Shanghai Gold Exchange products (Au99.95, Au99.99,
# Pt99.95, Au(T+D)) each own their close, change (上涨 -> positive, in CNY per gram) and traded volume in kg (共成交X公斤,
# key). The lead's "金价逼近165元/克" restates the Au99.95 close as an approximate level -> optional (近X -> X).
# International spot gold and New York's most active August gold futures on 11日: close (USD per ounce) and change,
# key. New York spot silver "收于11.53美元/盎司至11.63美元/盎司" is a closing range -> key rng. 上海华通铂银 grades 1-3
# quote ranges "3245元/公斤至3255元/公斤" etc. -> key rng rows with the grade as entity; "各类白银的结算价较11日大涨
# 75元/公斤" -> one key change row for the market's silver (+75 CNY per kg). "3984公斤" etc. are volumes (unit kg),
# not prices. "7月12日" / "11日" / "12日" are dates; the grade names and "八月" (the contract month) are not values.
SGE = "上海黄金交易所|Shanghai Gold Exchange|SGE"
AU95 = "黄金Au99.95|Au99.95|" + SGE
AU99 = "黄金Au99.99|Au99.99|" + SGE
PT95 = "铂金Pt99.95|Pt99.95|" + SGE
AUTD = "黄金Au(T+D)|Au(T+D)|" + SGE
SPOT = "国际现货黄金|现货黄金|spot gold"
NYG = "纽约八月期金|八月期金|纽约期金|New York gold futures|COMEX gold"
NYS = "纽约现货白银|现货白银|New York spot silver"
HTX = "上海华通铂银交易市场|上海华通铂银|Shanghai Huatong Platinum & Silver Exchange"
D12, D11 = "12日", "11日"
PX, PC, VOL = "price|close|closing_price", "price_change", "trading_volume|volume"
G["zh06"] = ([
    m(PX, 165, "CNY", "黄金|金价|gold|" + SGE, None, opt=True, basis="12日, 逼近165元/克 (approximate restatement), per gram"),
    m(PX, 164.40, "CNY", AU95, None, basis=D12 + " close, per gram"),
    m(PC, 3.60, "CNY", AU95, None, basis=D12 + ", per gram, 上涨"),
    m(VOL, 3984, "kg", AU95, None, basis=D12),
    m(PX, 164.39, "CNY", AU99, None, basis=D12 + " close, per gram"),
    m(PC, 3.49, "CNY", AU99, None, basis=D12 + ", per gram, 上涨"),
    m(VOL, 345, "kg", AU99, None, basis=D12),
    m(PX, 329.83, "CNY", PT95, None, basis=D12 + " close, per gram"),
    m(PC, 5.11, "CNY", PT95, None, basis=D12 + ", per gram, 上涨"),
    m(VOL, 6, "kg", PT95, None, basis=D12),
    m(PX, 164.37, "CNY", AUTD, None, basis=D12 + " close, per gram, deferred-settlement product"),
    m(PC, 3.45, "CNY", AUTD, None, basis=D12 + ", per gram, 上涨"),
    m(VOL, 3254, "kg", AUTD, None, basis=D12),
    m(PX, 641.25, "USD", SPOT, None, basis=D11 + " close, per ounce"),
    m(PC, 17.20, "USD", SPOT, None, basis=D11 + ", per ounce, 上涨"),
    m(PX, 643.40, "USD", NYG, None, basis=D11 + " close, per ounce, most active August contract"),
    m(PC, 17, "USD", NYG, None, basis=D11 + ", per ounce, 上涨"),
    m(PX, None, "USD", NYS, None, rng=(11.53, 11.63), basis=D11 + " close, per ounce, range"),
    m("price|quote", None, "CNY", "1号白银|No.1 silver|" + HTX, None, rng=(3245, 3255), basis=D12 + " spot quote, per kg"),
    m("price|quote", None, "CNY", "2号白银|No.2 silver|" + HTX, None, rng=(3235, 3245), basis=D12 + " spot quote, per kg"),
    m("price|quote", None, "CNY", "3号白银|No.3 silver|" + HTX, None, rng=(3225, 3235), basis=D12 + " spot quote, per kg"),
    m(PC, 75, "CNY", "白银|silver|" + HTX, None, basis="settlement price vs 11日, all grades (各类白银), per kg, 大涨"),
], [])
