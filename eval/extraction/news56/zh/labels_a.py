# Hand labels for news56/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page or other
# batch's file was read; of the earlier sets' gold files only the "unit" values were grepped (to check the unit words).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news54/zh and news55/zh README.md and the labels files of news54/zh and news55/zh
# (plus news46 zh05 for A-share IPO lottery results, news52 zh03 / news46 zh06 for bank wealth-management items and the
# development corpus's "吨价为3712.99元" -> 3712.99 "CNY" for prices per tonne).
# Values fully scaled (亿元 / 亿 -> x1e8, 万亿元 -> x1e12, 万元 -> x1e4, 亿股 -> x1e8 shares, 万股 -> x1e4 shares, 万户 ->
# x1e4 accounts, 万只 -> x1e4 products); mainland 元 = CNY, and an amount printed with 亿 but no 元 in a quote header is CNY;
# prices per tonne (元/吨) are labelled in the currency alone ("CNY") with "per tonne" in basis, as the development corpus
# labels 吨价为3712.99元; declines negative (下降, 降, a printed minus sign in "-4.8个百分点"); 同比 = yoy, 环比 = mom / qoq
# in basis; 个百分点 -> pp; 约 X -> X; 超 / 超过 / 余 / 多 / 以上 X are open bounds (rng=(X, None)), optional unless the
# figure is a result in its own right; "20-30元/吨" is a closed range with value None. A figure printed twice (headline and
# body, or body twice) is one key row plus an optional twin. Valuation multiples (市盈率 / 市净率 / 市销率 / 申购倍数) are "x".
# Brokers' ratings appear only in rating actions (增持 = overweight; a first rating, 首次, is "initiate").
# Count units as in earlier sets: "shares", "accounts" (申购户数, as news46 zh05), "reports", "banks", "products",
# "industries", "years", and the lenient "count" for registration certificates.
# Periods only where the text states or clearly implies the year: zh01 FY2015, FY2023, 2015..2023, 2024Q1-Q3 and 2024H1
# (printed); zh02 2025H1 and 2025Q2 (printed "2025年半年报", "2025年第二季度") and 2025-08-29 for the multiples at the
# close of 8月29日 (the day the 2025 half-year report came out, so the year is clearly implied); zh03 2016-01 (printed
# "2016年1月份"); zh04 None (今日 / 今天, no date printed); zh05 None (allotment statistics and offer terms, as news46 zh05;
# the dateline 2025-11-24 is kept in the text but the rows are not period figures); zh06 2016-06-30 for balances
# ("截至2016年6月底") and 2016H1 for flows ("2016年上半年").

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a broker-rating page on 证券之星 (stock.quote.stockstar.com corp/rating_002749) for 国光股份: the quote header
# (market values and share capital), the three-month rating tally, the rating table's header and its one row (国信证券,
# analyst 杨林, 增持, 首次, 2025-01-07, the report title reworded; the link cell "查看详情" left out) and the note's core
# views. The stored text breaks off inside "目前公司拥有农药原药产能1.45万吨/年,…同时近些年来相继并购了重庆依尔双" (cut
# mid-sentence), so the passage ends with the sentence before it (its 1.45 / 1.5 / 8.89 / 2.2 万吨/年 dropped).
# Key: net profit 3.02亿元 in 2023 (from 1.34亿元 in 2015, as prior) and its CAGR 10.69% over 2015-2023; 2024 nine months'
# net profit 2.7亿元 (+21.18%); ROE 17.02% (2023); average payout 69.51% (2015-2023); 2023 payout 79.87% and dividend yield
# 4.59%; 2024 nine months' cash dividends 2.81亿元, payout 104.06%, yield 约4.30%; the company's 约8% national share of
# regulator registrations; the pesticide business's H1 2024 gross margin 49.92%.
# Optional: the quote header (总市值 65.37亿, 流通市值 59.01亿, 总股本 4.68亿, 流通股本 4.23亿 — an inline quote, as the
# corpus treats AASTOCKS quotes); the 2015 level 1.34亿元 as a row of its own; the report tally (3 reports, 1 buy, 2
# overweight; the three 0篇 carry no row); the bounds "30余年", "超130个" and the registration periods "四年、三年以上".
# Rating action: 国信证券 initiates 国光股份 at 增持 (overweight), no target printed.
# Judgement calls: "从1.34亿元增长至3.02亿元" over "2015-2023年" gives 3.02亿元 (FY2023) with prior 1.34亿元 and an
# optional FY2015 row, as news54 zh01; the CAGR and the average payout take the span "2015..2023"; "全国占比约8%" is the
# company's share of the registration certificates; the date 2025-01-07, the stock code and the report count by rating
# are not metric rows except as optional counts; the doubled "分别在在" is a typo kept as printed.
GG = "国光股份|国光|Guoguang|Sichuan Guoguang|002749"
PEST = "农药业务|pesticides|pesticide business|" + GG
G["zh01"] = ([
    m("market_cap|market_capitalisation", 6.537e9, "CNY", GG, None, opt=True, basis="总市值 65.37亿 (quote header)"),
    m("free_float_market_cap|market_cap", 5.901e9, "CNY", GG, None, opt=True, basis="流通市值 59.01亿 (quote header)"),
    m("total_shares|share_capital|shares_outstanding", 4.68e8, "shares", GG, None, opt=True,
      basis="总股本 4.68亿 (quote header)"),
    m("float_shares|tradable_shares|shares_outstanding", 4.23e8, "shares", GG, None, opt=True,
      basis="流通股本 4.23亿 (quote header)"),
    m("research_reports|reports|count", 3, "reports", GG, None, opt=True, basis="近3个月 research reports"),
    m("buy_ratings|reports|count", 1, "reports", GG, None, opt=True, basis="of which 买入"),
    m("overweight_ratings|reports|count", 2, "reports", GG, None, opt=True, basis="of which 增持"),
    m("net_profit|net_income", 3.02e8, "CNY", GG, "FY2023", prior=1.34e8,
      basis="attributable (归母); 由1.34亿元增长至 (2015 -> 2023)"),
    m("net_profit|net_income", 1.34e8, "CNY", GG, "FY2015", opt=True, basis="attributable, 2015 level"),
    m("net_profit_cagr|cagr|profit_cagr", 10.69, "%", GG, "2015..2023", basis="归母净利润 CAGR 2015-2023"),
    m("net_profit|net_income", 2.7e8, "CNY", GG, "2024Q1-Q3", basis="attributable, 前三季度"),
    m("net_profit_growth", 21.18, "%", GG, "2024Q1-Q3", basis="yoy"),
    m("roe|return_on_equity", 17.02, "%", GG, "FY2023", basis="已提升至"),
    m("payout_ratio|dividend_payout_ratio", 69.51, "%", GG, "2015..2023", basis="average 2015-2023 (均值)"),
    m("payout_ratio|dividend_payout_ratio", 79.87, "%", GG, "FY2023", basis="分红比例达"),
    m("dividend_yield", 4.59, "%", GG, "FY2023", basis="对应股息率达"),
    m("dividends|cash_dividends|dividend", 2.81e8, "CNY", GG, "2024Q1-Q3", basis="累计现金分红, 前三季度"),
    m("payout_ratio|dividend_payout_ratio", 104.06, "%", GG, "2024Q1-Q3", basis="前三季度"),
    m("dividend_yield", 4.30, "%", GG, "2024Q1-Q3", basis="前三季度 yield, 约 (折算)"),
    m("years_in_business|years", None, "years", GG, None, rng=(30, None), opt=True, basis="30余年 of production"),
    m("registrations|registration_certificates|count", None, "count", GG, None, rng=(130, None), opt=True,
      basis="调节剂登记证 超130个"),
    m("market_share|registration_share|share", 8, "%", GG, None, basis="全国占比约8% (of regulator registrations)"),
    m("registration_period|years", None, "years", "调节剂原药|technical-grade regulators", None, rng=(4, None),
      opt=True, basis="原药 登记周期 四年以上"),
    m("registration_period|years", None, "years", "调节剂制剂|regulator formulations", None, rng=(3, None),
      opt=True, basis="制剂 登记周期 三年以上"),
    m("gross_margin", 49.92, "%", PEST, "2024H1", basis="农药业务毛利率, 已修复至"),
], [
    ra("国信证券|Guosen Securities|Guosen", GG, "initiate", "overweight", None, None, None, None),
])


# zh02: an automated results brief on 中控技术's 2025 half-year report (reportify.ai news page; the headline kept and
# reworded; the stored text breaks off inside "其中,销售费用同比增长1.75%,管理费用同比减少1.97%,研发费用同比减少5.54%,财务
# 费用同 ..." (cut mid-sentence by the page), so the passage ends with the sentence before it (its 1.75 / 1.97 / 5.54
# dropped); the stray spaces of the stored text kept where they fall: "下降 9.92%", "基 本", "市销率 (TTM)", "3.03 个百分点",
# "上 升", "较上 年").
# Key: H1 revenue 38.30亿元 (-9.92%), attributable net profit 3.54亿元 (-31.46%), recurring net profit 2.89亿元 (-38.86%),
# basic EPS 0.45元, weighted ROE 3.40%; P/E (TTM) 37.69x, P/B (LF) 3.95x, P/S (TTM) 4.57x at the 8月29日 close; H1 gross
# margin 32.08% (-1.15 pp yoy) and net margin 9.29% (-3.03 pp); Q2 gross margin 33.33% (-1.43 pp yoy, +2.97 pp qoq) and
# net margin 10.59% (-4.51 pp yoy, +3.10 pp qoq); period expenses 9.37亿元 (+2537.82万元 yoy) and expense ratio 24.45%
# (+3.02 pp). Optional: the headline's five figures (twins of the body's) and the second printing of EPS 0.45元.
# Judgement calls: margin changes in 个百分点 are key pp rows (no prior derived); 较上年同期增加2537.82万元 is a key CNY change
# row; the multiples carry the date of the close (2025-08-29) rather than the half-year.
SC = "中控技术|浙江中控技术|SUPCON|Supcon Technology|Zhejiang Supcon Technology|688777"
H2, Q2, D2 = "2025H1", "2025Q2", "2025-08-29"
G["zh02"] = ([
    m("revenue|operating_revenue", 3.83e9, "CNY", SC, H2, opt=True, basis="headline twin"),
    m("revenue_growth", -9.92, "%", SC, H2, opt=True, basis="headline twin (同比降)"),
    m("net_profit|net_income", 3.54e8, "CNY", SC, H2, opt=True, basis="headline twin, attributable"),
    m("net_profit_growth", -31.46, "%", SC, H2, opt=True, basis="headline twin (同比降)"),
    m("gross_margin_change|margin_change", -1.15, "pp", SC, H2, opt=True, basis="headline twin, yoy"),
    m("revenue|operating_revenue", 3.83e9, "CNY", SC, H2, basis="营业收入"),
    m("revenue_growth", -9.92, "%", SC, H2, basis="yoy, 下降"),
    m("net_profit|net_income", 3.54e8, "CNY", SC, H2, basis="attributable (归母)"),
    m("net_profit_growth", -31.46, "%", SC, H2, basis="attributable, yoy, 下降"),
    m("net_profit|recurring_net_profit|net_profit_excl_items", 2.89e8, "CNY", SC, H2,
      basis="扣非 (excluding non-recurring items), attributable"),
    m("net_profit_growth|recurring_net_profit_growth", -38.86, "%", SC, H2, basis="扣非, yoy, 下降"),
    m("eps|basic_eps|earnings_per_share", 0.45, "CNY", SC, H2, basis="基本每股收益"),
    m("eps|basic_eps|earnings_per_share", 0.45, "CNY", SC, H2, opt=True, basis="second printing"),
    m("roe|return_on_equity", 3.40, "%", SC, H2, basis="加权平均净资产收益率"),
    m("pe_ratio|p_e|valuation", 37.69, "x", SC, D2, basis="市盈率 (TTM) at the 8月29日 close, 约"),
    m("pb_ratio|p_b|valuation", 3.95, "x", SC, D2, basis="市净率 (LF), 约"),
    m("ps_ratio|p_s|valuation", 4.57, "x", SC, D2, basis="市销率 (TTM), 约"),
    m("gross_margin", 32.08, "%", SC, H2),
    m("gross_margin_change|margin_change", -1.15, "pp", SC, H2, basis="yoy, 下降"),
    m("net_margin", 9.29, "%", SC, H2),
    m("net_margin_change|margin_change", -3.03, "pp", SC, H2, basis="yoy, 下降"),
    m("gross_margin", 33.33, "%", SC, Q2, basis="第二季度 (single quarter)"),
    m("gross_margin_change|margin_change", -1.43, "pp", SC, Q2, basis="yoy, 下降"),
    m("gross_margin_change|margin_change", 2.97, "pp", SC, Q2, basis="qoq (环比), 上升"),
    m("net_margin", 10.59, "%", SC, Q2, basis="第二季度"),
    m("net_margin_change|margin_change", -4.51, "pp", SC, Q2, basis="yoy, 下降"),
    m("net_margin_change|margin_change", 3.10, "pp", SC, Q2, basis="qoq (较上一季度), 上升"),
    m("operating_expenses|period_expenses|expenses", 9.37e8, "CNY", SC, H2, basis="期间费用"),
    m("operating_expenses_change|expenses_change|change", 2.537782e7, "CNY", SC, H2, basis="yoy, 增加2537.82万元"),
    m("expense_ratio|period_expense_ratio", 24.45, "%", SC, H2, basis="期间费用率"),
    m("expense_ratio_change|change", 3.02, "pp", SC, H2, basis="yoy, 上升"),
], [])


# zh03: 国家统计局's release on January 2016 producer prices as reprinted by sohu business (business.sohu.com
# 20160218/n437796187; the stored item starts with the label "附:国家统计局全文", kept and reworded, and the release's title,
# kept and reworded; the trailing "我来说两句排行榜" left out; the hard line break after "生产资料价格环比下降0.7%," kept).
# Key, all 2016-01: PPI -5.3% yoy and -0.5% mom; purchase prices -6.3% yoy and -0.7% mom; yoy by group — 生产资料 -6.9%
# (pulling the total down 约5.2 pp), 采掘 -19.8%, 原材料 -9.1%, 加工 -4.9%, 生活资料 -0.5% (约0.1 pp), 食品 +0.2%, 衣着 +0.7%,
# 一般日用品 -1.2%, 耐用消费品 -1.6%; the carry-over effect -4.8 pp and the new-price effect -0.5 pp; purchase prices yoy by
# class — 黑色金属材料类 -13.6%, 燃料动力类 -10.7%, 有色金属材料及电线类 -10.4%, 化工原料类 -5.7%; mom by group — 生产资料
# -0.7% (约0.5 pp), 采掘 -4.3%, 原材料 -1.1%, 加工 -0.2%, 生活资料 +0.1%, 食品 +0.2%, 衣着 +0.3%, 一般日用品 +0.1%, 耐用消费品
# -0.1%; purchase prices mom — 燃料动力类 -1.9%, 黑色金属材料类 -1.1%, 有色金属材料及电线类 -0.4%, 农副产品类 +0.3%.
# Optional: the title's -5.3% and the "-5.3%的同比降幅" of the decomposition sentence (twins of the lead's).
# Judgement calls: in a release that is nothing but price changes every group's change is key (no "secondary detail"
# demotion); a group's contribution "使…总水平下降约5.2个百分点" is a key negative pp row on the group; the decomposition's
# "约为-4.8个百分点" / "约为-0.5个百分点" are negative pp rows as printed; sub-groups take their own name with the index as an
# alias; "一、" / "二、" section numbers carry no row.
P3 = "2016-01"
PPI = "工业生产者出厂价格|全国工业生产者出厂价格|出厂价格|PPI|producer price index|producer prices|China"
PUR = "工业生产者购进价格|购进价格|PPIRM|purchase prices|producer purchase price index|China"
YOY, MOM = "yoy (同比)", "mom (环比)"
PC = "price_change|ppi|ppi_change|price_index_change"


def grp(name):
    return name + "|" + PPI


def cls(name):
    return name + "|" + PUR


G["zh03"] = ([
    m(PC, -5.3, "%", PPI, P3, opt=True, basis="title twin, yoy, 下降"),
    m(PC, -5.3, "%", PPI, P3, basis=YOY + ", 下降"),
    m(PC, -0.5, "%", PPI, P3, basis=MOM + ", 下降"),
    m(PC, -6.3, "%", PUR, P3, basis=YOY + ", 下降"),
    m(PC, -0.7, "%", PUR, P3, basis=MOM + ", 下降"),
    # yoy, producer prices by group
    m(PC, -6.9, "%", grp("生产资料|生产资料价格|means of production"), P3, basis=YOY),
    m("contribution|ppi_contribution|impact", -5.2, "pp", grp("生产资料|生产资料价格|means of production"), P3,
      basis="yoy, pulls the total down 约5.2个百分点"),
    m(PC, -19.8, "%", grp("采掘工业|mining"), P3, basis=YOY),
    m(PC, -9.1, "%", grp("原材料工业|raw materials"), P3, basis=YOY),
    m(PC, -4.9, "%", grp("加工工业|processing"), P3, basis=YOY),
    m(PC, -0.5, "%", grp("生活资料|生活资料价格|consumer goods"), P3, basis=YOY),
    m("contribution|ppi_contribution|impact", -0.1, "pp", grp("生活资料|生活资料价格|consumer goods"), P3,
      basis="yoy, 下降约0.1个百分点"),
    m(PC, 0.2, "%", grp("食品|food"), P3, basis=YOY + ", 上涨"),
    m(PC, 0.7, "%", grp("衣着|clothing"), P3, basis=YOY + ", 上涨"),
    m(PC, -1.2, "%", grp("一般日用品|daily-use goods"), P3, basis=YOY),
    m(PC, -1.6, "%", grp("耐用消费品|durable consumer goods"), P3, basis=YOY),
    # decomposition of the yoy fall
    m(PC, -5.3, "%", PPI, P3, opt=True, basis="third printing (同比降幅为-5.3%)"),
    m("carryover_effect|base_effect|contribution", -4.8, "pp", PPI, P3, basis="翘尾因素 约为-4.8个百分点"),
    m("new_price_effect|contribution", -0.5, "pp", PPI, P3, basis="新涨价因素 约为-0.5个百分点"),
    # yoy, purchase prices by class
    m(PC, -13.6, "%", cls("黑色金属材料类|ferrous metal materials"), P3, basis=YOY),
    m(PC, -10.7, "%", cls("燃料动力类|fuel and power"), P3, basis=YOY),
    m(PC, -10.4, "%", cls("有色金属材料及电线类|non-ferrous metal materials and wires"), P3, basis=YOY),
    m(PC, -5.7, "%", cls("化工原料类|chemical raw materials"), P3, basis=YOY),
    # mom, producer prices by group
    m(PC, -0.7, "%", grp("生产资料|生产资料价格|means of production"), P3, basis=MOM),
    m("contribution|ppi_contribution|impact", -0.5, "pp", grp("生产资料|生产资料价格|means of production"), P3,
      basis="mom, 下降约0.5个百分点"),
    m(PC, -4.3, "%", grp("采掘工业|mining"), P3, basis=MOM),
    m(PC, -1.1, "%", grp("原材料工业|raw materials"), P3, basis=MOM),
    m(PC, -0.2, "%", grp("加工工业|processing"), P3, basis=MOM),
    m(PC, 0.1, "%", grp("生活资料|生活资料价格|consumer goods"), P3, basis=MOM + ", 上涨"),
    m(PC, 0.2, "%", grp("食品|food"), P3, basis=MOM + ", 上涨"),
    m(PC, 0.3, "%", grp("衣着|clothing"), P3, basis=MOM + ", 上涨"),
    m(PC, 0.1, "%", grp("一般日用品|daily-use goods"), P3, basis=MOM + ", 上涨"),
    m(PC, -0.1, "%", grp("耐用消费品|durable consumer goods"), P3, basis=MOM),
    # mom, purchase prices by class
    m(PC, -1.9, "%", cls("燃料动力类|fuel and power"), P3, basis=MOM),
    m(PC, -1.1, "%", cls("黑色金属材料类|ferrous metal materials"), P3, basis=MOM),
    m(PC, -0.4, "%", cls("有色金属材料及电线类|non-ferrous metal materials and wires"), P3, basis=MOM),
    m(PC, 0.3, "%", cls("农副产品类|agricultural and sideline products"), P3, basis=MOM + ", 上涨"),
], [])


# zh04: a regional building-steel market review for Yunnan and Guizhou (jc.steelcn.cn remarkInfo page; whole stored item
# with its four bracketed section heads 【市场回顾】【今日价格】【区域价差】【明日预测】 reworded only in their bodies; the stray
# space before the comma in "涨15元/吨 ," and the wording oddities "勘正情绪" and "或继延续" kept as printed; no headline or
# date in the stored text, none composed).
# Key: iron ore 2401 contract's close 961.5元/吨 (+2.56%), rebar 2401 contract's close 3879元/吨 (+0.65%); the national
# main-city average 3984元/吨 (+15元/吨 on the previous working day); the day's spot changes — 上海 / 杭州 (华东) +20-30元/吨,
# 广州 / 海口 (华南) +10, 长沙 / 武汉 (华中) +20-30, 重庆 / 成都 +20, 昆明 +10, 贵阳 +20, 云南区域 +10, 贵州 +20 (元/吨).
# Judgement calls: prices and changes per tonne are "CNY" with "per tonne" in basis (the development corpus's rule for 吨价);
# a pair of cities printed with one change is one row with both cities (and the region) as entity alternatives; "20-30元/吨"
# is a closed range with value None; "2401" is a contract code (no row); period None (今日 / 今天, no date).
IO = "铁矿石2401合约|铁矿石2401|铁矿石|iron ore futures|iron ore|DCE iron ore"
RB = "螺纹钢2401合约|螺纹钢2401|螺纹钢|rebar futures|rebar|SHFE rebar"
NAT = "全国主要城市|全国|建筑钢材|construction steel|rebar spot|China"
PT = "per tonne (元/吨)"
SCH = "spot_price_change|price_change|change"
G["zh04"] = ([
    m("futures_price|close|price", 961.5, "CNY", IO, None, basis="2401 contract close, " + PT),
    m("price_change|futures_price_change", 2.56, "%", IO, None, basis="涨"),
    m("futures_price|close|price", 3879, "CNY", RB, None, basis="2401 contract close (收于), " + PT),
    m("price_change|futures_price_change", 0.65, "%", RB, None, basis="涨"),
    m("spot_price|average_price|price", 3984, "CNY", NAT, None, basis="全国主要城市均价, " + PT),
    m(SCH, 15, "CNY", NAT, None, basis="vs the previous working day, 涨, " + PT),
    m(SCH, None, "CNY", "上海|杭州|华东|Shanghai|Hangzhou|East China", None, rng=(20, 30), basis="涨20-30元/吨, " + PT),
    m(SCH, 10, "CNY", "广州|海口|华南|Guangzhou|Haikou|South China", None, basis="涨, " + PT),
    m(SCH, None, "CNY", "长沙|武汉|华中|Changsha|Wuhan|Central China", None, rng=(20, 30), basis="涨20-30元/吨, " + PT),
    m(SCH, 20, "CNY", "重庆|成都|Chongqing|Chengdu", None, basis="涨, " + PT),
    m(SCH, 10, "CNY", "昆明|Kunming", None, basis="建筑钢材 涨, " + PT),
    m(SCH, 20, "CNY", "贵阳|Guiyang", None, basis="建筑钢材 涨, " + PT),
    m(SCH, 10, "CNY", "云南|云南区域|Yunnan", None, basis="今日 建筑钢材 涨, " + PT),
    m(SCH, 20, "CNY", "贵州|Guizhou", None, basis="今日 建筑钢材 涨, " + PT),
], [])


# zh05: 红星资本局's item on 摩尔线程's online subscription and final lottery rate for its STAR Market IPO, carried by
# 保山日报网 (baoshandaily.com 20251124; the headline kept and reworded around "超482万户" and "0.036%"; the dateline
# "发布时间: 2025-11-24 23:27:11" and "来源: 保山日报网" kept as printed; the photo credit "资料图 图据视觉中国" left out; the
# stored text breaks off inside "财务数据显示,2022年至2024年及2025年上半年,摩尔线程分别实现营收0.46亿元、1.24亿元、4.38"
# (cut mid-sentence), so the passage ends with the paragraph before it (its 2022 / 2024 / 2025 / 0.46 / 1.24 / 4.38 dropped)).
# Key: valid applicant accounts 482.66万户, valid shares applied for 462.17亿股, initial lottery rate 0.02423369%, initial
# oversubscription 约4126.49倍; the clawback of 10% (560.00万股); final offline tranche 3920.00万股 (70.00%), final online
# tranche 1680.00万股 (30.00%); final lottery rate 0.03635054%; offer price 114.28元/股; post-IPO share capital 约4.7亿股;
# planned proceeds 80亿元.
# Optional: the headline's "超482万户" (a bound restating 482.66万户) and "0.036%" (the rounded final rate); the 100-times
# clawback trigger; the 500-share rounding unit; the payment per winning lot 57140元, the subscription cap 11000股 and the
# 11万元 market value it needs (lot-size figures, as the corpus's "lot sizes, fees"); the market-value bound "超过500亿元".
# Judgement calls: in a story that is nothing but subscription results the results are key (as news46 zh05); 户 ->
# "accounts"; the shares of the final tranches (70.00% / 30.00%) are key rows on the tranche with the company as alias;
# the stock code 688795 and the "四小龙" nickname carry no row; period None throughout (see the file header).
MT = "摩尔线程|摩尔线程智能科技|Moore Threads|688795"
LR = "allotment_rate|lottery_rate|online_lottery_rate|winning_rate"
OFF = "网下|网下发行|offline tranche|institutional tranche|" + MT
ON = "网上|网上发行|online tranche|retail tranche|" + MT
G["zh05"] = ([
    m("applicants|valid_applicants|subscription_accounts", None, "accounts", MT, None, rng=(4.82e6, None), opt=True,
      basis="headline: 超482万户"),
    m(LR, 0.036, "%", MT, None, opt=True, basis="headline: 最终中签率0.036% (rounded twin)"),
    m("applicants|valid_applicants|subscription_accounts", 4826600, "accounts", MT, None,
      basis="网上发行有效申购户数, 高达482.66万户"),
    m("shares_applied|valid_subscription_shares|subscription_shares", 4.6217e10, "shares", MT, None,
      basis="有效申购股数 462.17亿股"),
    m(LR, 0.02423369, "%", MT, None, basis="初步中签率 (before the clawback)"),
    m("oversubscription|subscription_multiple", 4126.49, "x", MT, None, basis="初步有效申购倍数, 约"),
    m("clawback_threshold|oversubscription", 100, "x", MT, None, opt=True, basis="启动回拨机制的标准 (100倍)"),
    m("clawback|clawback_share|reallocation", 10, "%", MT, None,
      basis="share of the offering (net of strategic placement) moved from 网下 to 网上"),
    m("clawback_shares|reallocated_shares|shares", 5.6e6, "shares", MT, None, basis="即560.00万股"),
    m("lot_size|rounding_unit", 500, "shares", MT, None, opt=True, basis="向上取整至500股的整数倍"),
    m("tranche_shares|offline_shares|shares", 3.92e7, "shares", OFF, None, basis="网下最终发行数量"),
    m("tranche_share|offline_share|share", 70.00, "%", OFF, None, basis="of the offering net of strategic placement"),
    m("tranche_shares|online_shares|shares", 1.68e7, "shares", ON, None, basis="网上最终发行数量"),
    m("tranche_share|online_share|share", 30.00, "%", ON, None, basis="占比 (same base)"),
    m(LR, 0.03635054, "%", MT, None, basis="网上发行最终中签率, after the clawback"),
    m("ipo_price|offer_price|issue_price", 114.28, "CNY", MT, None, basis="发行价 per share (元/股)"),
    m("payment_per_lot|subscription_payment", 57140, "CNY", MT, None, opt=True, basis="中一签需缴款"),
    m("subscription_cap|max_subscription", 11000, "shares", MT, None, opt=True, basis="网上申购上限"),
    m("required_market_value|market_value", 1.1e5, "CNY", MT, None, opt=True, basis="顶格申购需配沪市市值"),
    m("total_shares|share_capital|shares_outstanding", 4.7e8, "shares", MT, None, basis="发行后总股本, 约"),
    m("market_cap|market_capitalisation", None, "CNY", MT, None, rng=(5e10, None), opt=True,
      basis="上市时总市值将超过500亿元 (at the offer price)"),
    m("proceeds|ipo_proceeds|fundraising", 8e9, "CNY", MT, None, basis="计划募资 (planned)"),
], [])


# zh06: 证券时报网's item on the first half-year report of the bank wealth-management registry (理财登记托管中心) for the
# first half of 2016, on yg88.cn (news/show-601232; the dateline "证券时报网(www.stcn.com)08月31日讯" and the credit
# "(证券时报网快讯中心)" kept; the editor line "(责任编辑: HN666)" and the trailing teaser "和讯网今天刊登了《2016年上半年银…"
# left out; the quoting artifacts of the stored text kept as printed: the stray apostrophes "' 银行业…", "《' 中国银行('
# 601988,' 股吧)业理财市场报告", the spaces where quotation marks were stripped "简称 理财登记托管中心 ", "为 二级(中低) 及以下",
# " 四级(中高) 和 五级(高) "; no headline in the stored text, none composed).
# Key: 454 banking institutions with 68,961 products outstanding; balance 26.28万亿元 at end-June (+2.78万亿元 on the start
# of 2016, +11.83%); open-ended products' balance 11.26万亿元 (+0.94万亿元, +9.11%); H1 issuance 97,636 products raising
# 83.98万亿元 (open-ended 59.85万亿元, closed-end 24.13万亿元); three asset classes 74.70% of investments; 16.03万亿元 to the
# real economy; 10.8万 products paid out (8.73万 matured), 4,723.8亿元 of returns paid, closed-end average yield 3.98%; the
# banks' WM income 950.3亿元; low-risk products' fund-raising 69.42万亿元 (82.67%) and high-risk 0.26万亿元 (0.31%).
# Optional: the bound "90多个二级行业".
# Judgement calls: the market (银行理财 / 银行业理财市场) is the entity, open-ended / closed-end / low- and high-risk products
# their own entities with the market as alias; 银行业金融机构 count -> "banks"; product counts -> "products" (万只 scaled);
# "较2016年年初增加" is a key CNY change row (vs the start of the year in basis), no prior derived; the risk grades 二级 /
# 四级 / 五级, the stock code 601988 inside the report title and the day "31日" carry no row.
WM = "银行理财|银行业理财市场|银行理财市场|理财产品|理财资金|bank wealth management|WMPs|wealth management products"
OPEN = "开放式理财产品|开放式产品|open-ended WMPs|open-ended products|" + WM
CLOSED = "封闭式产品|封闭式理财产品|closed-end WMPs|closed-end products|" + WM
LOW = "二级(中低)及以下|低风险等级理财产品|low-risk WMPs|" + WM
HIGH = "四级(中高)和五级(高)|高风险等级理财产品|high-risk WMPs|" + WM
E6, H6 = "2016-06-30", "2016H1"
G["zh06"] = ([
    m("institutions|banks|count", 454, "banks", WM, E6, basis="银行业金融机构 with products outstanding (存续)"),
    m("products_outstanding|products|count", 68961, "products", WM, E6, basis="存续理财产品"),
    m("aum|balance|outstanding_balance", 2.628e13, "CNY", WM, E6, basis="理财资金账面余额"),
    m("aum_change|balance_change|change", 2.78e12, "CNY", WM, E6, basis="vs the start of 2016 (较2016年年初增加)"),
    m("aum_growth|balance_growth|growth", 11.83, "%", WM, E6, basis="增幅, vs the start of 2016"),
    m("aum|balance|outstanding_balance", 1.126e13, "CNY", OPEN, E6, basis="开放式理财产品存续余额"),
    m("aum_change|balance_change|change", 9.4e11, "CNY", OPEN, E6, basis="增长, vs the start of 2016"),
    m("aum_growth|balance_growth|growth", 9.11, "%", OPEN, E6, basis="增幅"),
    m("products_issued|new_products|products", 97636, "products", WM, H6, basis="发行理财产品"),
    m("funds_raised|fundraising|sales", 8.398e13, "CNY", WM, H6, basis="募集资金, 上半年合计"),
    m("funds_raised|fundraising|sales", 5.985e13, "CNY", OPEN, H6, basis="开放式产品募集"),
    m("funds_raised|fundraising|sales", 2.413e13, "CNY", CLOSED, H6, basis="封闭式产品募集"),
    m("asset_share|allocation_share|share", 74.70, "%", WM, E6,
      basis="债券, 银行存款 and 非标准化债权类资产 together, share of investments"),
    m("real_economy_investment|investment|amount", 1.603e13, "CNY", WM, E6, basis="理财资金投向实体经济"),
    m("industries|count", None, "industries", WM, E6, rng=(90, None), opt=True, basis="90多个二级行业"),
    m("products_redeemed|products_paid_out|products", 1.08e5, "products", WM, H6, basis="发生兑付的产品 10.8万只"),
    m("products_matured|products", 8.73e4, "products", WM, H6, basis="终止到期 8.73万只"),
    m("returns_paid|investor_returns|income", 4.7238e11, "CNY", WM, H6, basis="累计兑付客户收益 4,723.8亿元"),
    m("average_yield|yield|annualised_yield", 3.98, "%", CLOSED, H6, basis="封闭式产品兑付客户收益率平均"),
    m("wm_income|fee_income|income", 9.503e10, "CNY", "相关银行业金融机构|banks|" + WM, H6, basis="理财业务收益"),
    m("funds_raised|fundraising|sales", 6.942e13, "CNY", LOW, H6, basis="风险等级二级(中低)及以下"),
    m("share|fundraising_share", 82.67, "%", LOW, H6, basis="of the market's fund-raising"),
    m("funds_raised|fundraising|sales", 2.6e11, "CNY", HIGH, H6, basis="风险等级四级(中高)和五级(高)"),
    m("share|fundraising_share", 0.31, "%", HIGH, H6, basis="仅占"),
], [])
