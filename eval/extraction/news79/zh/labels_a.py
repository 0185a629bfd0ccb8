# Hand labels for news79/zh, batch a (zh01-zh06; mainland stories, Simplified Chinese): a stockstar.com summary of 华钰矿业's
# 2024 annual profit-forecast notice (业绩预增公告), a 新华社 item on the statistics bureau's May CPI and PPI as carried by
# 海峡网 (hxnews.com), a 20on.com review of one day's northbound (北向资金) turnover and net selling by channel and industry
# (12月22日), a 界面新闻 item on 中国化学's share-buyback plan as carried by zixun.sjcfw.net, a zcaijing.com commentary on
# the central bank's 2019年2月 money and credit data (M2, M1, 社会融资规模, new loans), and a reportify.cn digest of
# 西部证券's morning call of 2025-09-01 with its initiation of 深南电路 (首次覆盖, 买入, target price, forecasts), each
# rewritten sentence by sentence in our own words from a stored public page (sources_a.tsv), every figure and notation kept.
# The labels were written by hand from the six texts alone. No project code was run except the m() and ra() helpers of
# build_labels.py (at the end, to check that the labels load); no extractor, newsflow, pytest, .venv or
# eval/extraction/news_text.py was run, no extractor output was seen, and no plugin, test, docs page or gold.jsonl was
# opened. No labels, sources, notes or texts of the other batch of this set were opened.
# Conventions: those of shared/corpora/news-text/zh/README.md and score.py, and of the earlier sets' zh/README.md and
# labels_*.py (news78 zh README and labels_a.py / labels_b.py read whole), with these precedents per kind: news36 zh01,
# news16 zh02, news58 zh02, news28 zh03 and news54 zh05 for an A-share profit forecast (预告 ranges as rng with value None,
# "增加X到Y" change ranges, the 上年同期 figures as key rows of their own: news36 / news16 / news58, the majority, over
# news54 zh05's prior); news73 zh02, news52 zh04, news65 zh01 and news15 zh03 for the statistics bureau's CPI / PPI
# (components as entities, "较上月扩大 / 回落 / 收窄X个百分点" as signed pp rows, "由上月A转为B" -> B with prior A and A as an
# optional row, "涨幅与上月相同" -> the level as prior); news17 zh10, news22 zh05 and news28 zh05 for a day's northbound
# flows (buy / sell turnover and net buying per channel key, net selling negative, the daily quota and its balance
# optional, breadth counts optional); news68 zh06, news13 zh06 and news10 zh01 for a buyback plan (caps "不超过X" as
# rng=(None, X), each printed share count and its share of the capital a key row, restatements in the 测算 sentence
# optional twins, the term optional); news69 zh02 and news74 zh05 for money and credit data (M2 / M1 growth, 社融 increment,
# new loans, "比1月的X" / "1月是X" as priors with the earlier month as an optional row, "同比多增X" a signed change); news41
# zh02, news27 zh04 and news76 zh04 for a broker's initiation (首次覆盖 -> initiate, 买入 = buy, the target price also a
# target_price row, forecasts per fiscal year key).
# Values fully scaled (27,500万元 -> 2.75e8, 7,388.72万元 -> 7.38872e7, 484.33亿元 -> 4.8433e10, 6,109万股 -> 6.109e7, 9.10亿元
# -> 9.1e8, 4.64万亿 -> 4.64e12, 2226亿 -> 2.226e11, 1.9万亿美元 -> 1.9e12, 5035.69亿元 -> 5.03569e11, 221.34亿元 -> 2.2134e10,
# 1625.72亿元 -> 1.62572e11, 450万颗 -> 4.5e6); declines negative (下降, 减少, 净卖出, 回落); 个百分点 -> pp, and a change of a
# growth rate printed with % ("比1月的8.4%回落了0.4%") -> pp (news20 zh01, news61); 近X -> X; 超过X / 高于X as open bounds
# (optional unless the only figure); dates, stock codes, announcement numbers, citation markers ([9], [10][11]), ranks,
# list items (1、2、3) and product names give no rows.
# Currencies: 元 / 万元 / 亿元 / 万亿元 and bare 亿 / 万亿 in these mainland stories = CNY (news75 zh04); 美元 = USD (zh06).
# Periods only where the text states or clearly implies the year: zh01 FY2024 (2024年年度, printed) and FY2023 for 上年同期;
# zh02 None (6月10日, 5月份, 上月: no year printed; the month in basis, news15 zh03); zh03 None (12月22日, no year printed);
# zh04 None (8月15日, a plan); zh05 2019-02 (2019年2月 printed), 2019-01 (1月 of the same passage), 2019-01..02 (1-2月 /
# 前两个月); zh06 2025Q1 and 2025-03-31 for the fund statistics (printed), FY2025-FY2027 for the forecasts, FY2026 for the
# target market value, 2025 for the ASIC sizing, None for the target price.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: a stockstar.com summary (AN2025012300046515) of 西藏华钰矿业股份有限公司 (华钰矿业, 601020)'s 2024 annual profit-forecast
# notice: the "(原标题:…)" line and the code line "证券代码:601020 证券简称:华钰矿业 公告编号:临 2025-001号" kept as printed
# (a filing's title and its data line, news54 zh05 / news36 zh01); whole stored item.
# Kind asked for: an A-share company's profit forecast (预计净利润 X至Y, 同比增长 A%至B%, 扣非, 上年同期): all printed, the
# amounts in 万元 rather than 亿元.
# Key (FY2024): attributable net profit forecast 27,500万元到33,500万元 (rng), its increase on the year before 20,111.28万元到
# 26,111.28万元 (rng) and growth 272.19%到353.39% (rng); the recurring (扣非) forecast 27,000万元到33,000万元, its increase
# 19,740.93万元到25,740.93万元 and growth 271.95%到354.60% (rngs). Key (FY2023, 上年同期): attributable net profit
# 7,388.72万元, recurring net profit 7,259.07万元, EPS 0.09元.
# Optional: none.
# Judgement calls: the 上年同期 figures are printed in a sentence of their own after the reasons, so they are key rows of
# their own (news36 zh01, news16 zh02, news58 zh02), not priors of the ranges; "较上年同期增加X到Y" is a CNY change range
# (news36 zh01, news28 zh03); 2024 in the reasons sentence and in "2024年年度报告" gives no row; "塔铝金业", 康桥奇金 and the
# 锑 project are names; the code 601020 and 临 2025-001号 are an alias and a filing number.
HY1 = "华钰矿业|西藏华钰矿业股份有限公司|Tibet Huayu Mining|Huayu Mining|601020|601020.SH"
Y1, P1 = "FY2024", "FY2023"
NP1 = "net_profit_guidance|net_profit_forecast|net_profit|net_profit_attributable"
NPC1 = "net_profit_change|net_profit_increase|net_profit_guidance_change"
NPG1 = "net_profit_growth|net_profit_guidance_growth|net_profit_growth_forecast|net_profit_attributable_growth"
KF1 = "deducted_net_profit|net_profit_excl_nonrecurring|recurring_net_profit|net_profit_guidance|net_profit"
KFC1 = "deducted_net_profit_change|net_profit_excl_nonrecurring_change|recurring_net_profit_change|net_profit_change"
KFG1 = "deducted_net_profit_growth|net_profit_excl_nonrecurring_growth|recurring_net_profit_growth|net_profit_growth"
G["zh01"] = ([
    m(NP1, None, "CNY", HY1, Y1, rng=(2.75e8, 3.35e8),
      basis="company forecast (预计), attributable (归属于上市公司股东), 27,500万元到33,500万元"),
    m(NPC1, None, "CNY", HY1, Y1, rng=(2.011128e8, 2.611128e8), basis="vs 上年同期, 增加20,111.28万元到26,111.28万元"),
    m(NPG1, None, "%", HY1, Y1, rng=(272.19, 353.39), basis="yoy, forecast, 同比增加 (printed 同比增幅) 272.19%到353.39%"),
    m(KF1, None, "CNY", HY1, Y1, rng=(2.7e8, 3.3e8),
      basis="forecast, attributable, excluding non-recurring items (扣除非经常性损益), 27,000万元到33,000万元"),
    m(KFC1, None, "CNY", HY1, Y1, rng=(1.974093e8, 2.574093e8), basis="vs 上年同期, 扣非, 增加19,740.93万元到25,740.93万元"),
    m(KFG1, None, "%", HY1, Y1, rng=(271.95, 354.60), basis="yoy, forecast, 扣非, 同比增加271.95%到354.60%"),
    m("net_profit|net_profit_attributable", 7388.72e4, "CNY", HY1, P1, basis="上年同期, attributable, 7,388.72万元"),
    m("deducted_net_profit|net_profit_excl_nonrecurring|recurring_net_profit|net_profit", 7259.07e4, "CNY", HY1, P1,
      basis="上年同期, excluding non-recurring items, 7,259.07万元"),
    m("eps|basic_eps|earnings_per_share", 0.09, "CNY", HY1, P1, basis="上年同期 每股收益"),
], [])


# zh02: a 新华社 item on the statistics bureau's May CPI and PPI as carried by 海峡网 (hxnews.com news/gn/gnxw/202206/10/
# 2071395): no headline in the stored text and none composed; the dateline "新华社北京6月10日电" kept, the reporter's name
# after it "(记者魏玉坤)" left out as a byline. Left out as page furniture: the breadcrumb "您现在的位置:海峡网>新闻中心>国内
# 频道>国内新闻", "分享", the editor line "责任编辑:赵睿", the site's 特别声明 with its e-mail address, and the channel and
# link lists after it (their 2024 dropped with them). 董莉娟's direct quotation is rendered as reported speech. Whole item
# otherwise. The page's address dates it to 2022 (the May 2022 release), but no year is printed in the item.
# Kind asked for: the statistics bureau's monthly CPI and PPI (同比, 环比, 核心CPI, 上月): all printed (the previous month as
# "涨幅与上月相同", "由上月上涨0.4%转为下降0.2%" and the pp changes).
# Key (May, no year printed -> period None): CPI +2.1% yoy (涨幅与上月相同 -> prior 2.1) and -0.2% mom (prior +0.4%); food
# +2.3% and +0.4 pp; fresh fruit +19%, potatoes +16.1%, grain +3.2%; fresh vegetables +11.6% (-12.4 pp), eggs +11.4%
# (-1.9 pp); pork -21.1% (+12.2 pp, 降幅收窄); non-food +2.1% (-0.1 pp); gasoline +27.6%, diesel +30.1%, LPG +26.9%; hotel
# accommodation -7.4%, air tickets -2.4%; core CPI +0.9% (涨幅与上月相同 -> prior 0.9); PPI +6.4% yoy (-1.6 pp) and +0.1%
# mom (-0.5 pp).
# Optional: April's CPI mom +0.4% as a row of its own (the prior).
# Judgement calls: "涨幅比上月均有扩大" (fruit, potatoes, grain) prints no figure -> no change rows; "分别回落12.4和1.9个百分点"
# maps in order; "降幅比上月收窄12.2个百分点" is a +12.2 pp change of a negative rate (news73 zh02); components are entities of
# their own with CPI as alias; 6月10日 / 10日 (the release day) give no row.
CPI2 = "CPI|居民消费价格指数|全国居民消费价格指数|全国CPI|China CPI|consumer price index"
PPI2 = "PPI|工业生产者出厂价格指数|全国工业生产者出厂价格指数|全国PPI|China PPI|producer price index"
CORE2 = "核心CPI|core CPI|" + CPI2
M2_ = "May (5月份, no year printed)"
PC2 = "price_change|cpi_component_yoy|inflation"
CH2 = "rate_change|change|price_change_change"


def c2(ent, v, basis):
    return m(PC2, v, "%", ent + "|" + CPI2, None, basis="yoy, " + basis + ", " + M2_)


def d2(ent, v, basis):
    return m(CH2, v, "pp", ent + "|" + CPI2, None, basis=basis + ", " + M2_)


G["zh02"] = ([
    m("cpi_yoy|cpi|inflation", 2.1, "%", CPI2, None, prior=2.1,
      basis="yoy, " + M2_ + "; 涨幅同上月持平 (printed 与上月相同; prior = level)"),
    m("cpi_mom|cpi|inflation_mom", -0.2, "%", CPI2, None, prior=0.4,
      basis="mom, 从上月的上涨0.4%变为下降0.2% (prior 0.4), " + M2_),
    m("cpi_mom|cpi|inflation_mom", 0.4, "%", CPI2, None, opt=True, basis="上月 (April) mom, the prior as a row"),
    c2("食品|食品价格|food prices", 2.3, "上涨"),
    d2("食品|食品价格|food prices", 0.4, "涨幅较上月扩大0.4个百分点"),
    c2("鲜果|鲜果价格|fresh fruit", 19, "依次 first"),
    c2("薯类|薯类价格|potatoes|tubers", 16.1, "依次 second"),
    c2("粮食|粮食价格|grain", 3.2, "依次 third"),
    c2("鲜菜|鲜菜价格|fresh vegetables", 11.6, "依次 first"),
    d2("鲜菜|鲜菜价格|fresh vegetables", -12.4, "涨幅较上月回落 (分别 first)"),
    c2("鸡蛋|鸡蛋价格|eggs", 11.4, "依次 second"),
    d2("鸡蛋|鸡蛋价格|eggs", -1.9, "涨幅较上月回落 (分别 second)"),
    c2("猪肉|猪肉价格|pork", -21.1, "下降"),
    d2("猪肉|猪肉价格|pork", 12.2, "降幅较上月收窄12.2个百分点"),
    c2("非食品|非食品价格|non-food prices", 2.1, "上涨"),
    d2("非食品|非食品价格|non-food prices", -0.1, "涨幅较上月回落0.1个百分点"),
    c2("汽油|汽油价格|gasoline", 27.6, "依次 first"),
    c2("柴油|柴油价格|diesel", 30.1, "依次 second"),
    c2("液化石油气|液化石油气价格|LPG|liquefied petroleum gas", 26.9, "依次 third"),
    c2("宾馆住宿|宾馆住宿价格|hotel accommodation", -7.4, "依次下降 (first)"),
    c2("飞机票|飞机票价格|air tickets", -2.4, "依次下降 (second)"),
    m("core_cpi_yoy|core_cpi|core_inflation", 0.9, "%", CORE2, None, prior=0.9,
      basis="yoy, excl. food and energy; 涨幅和上月一样 (prior = level), " + M2_),
    m("ppi_yoy|ppi|price_change", 6.4, "%", PPI2, None, basis="yoy, " + M2_),
    m("ppi_yoy_change|rate_change|change", -1.6, "pp", PPI2, None, basis="涨幅较上月回落1.6个百分点, " + M2_),
    m("ppi_mom|ppi|price_change", 0.1, "%", PPI2, None, basis="mom, " + M2_),
    m("ppi_mom_change|rate_change|change", -0.5, "pp", PPI2, None, basis="mom 涨幅较上月回落0.5个百分点, " + M2_),
], [])


# zh03: a 20on.com review (160622) of the northbound money on 12月22日: no headline in the stored text and none composed.
# Left out as page furniture: the six chart credits "数据来源:金融数据可视化工作室" and the link "什么是债转股(债转股如何
# 操作)" between them. Cut: the stored text breaks off after the industry paragraph in "重磅来" (a broken promotion line),
# so the passage ends with the industry paragraph (no figure dropped). The list items "1、", "2、", "3、" kept as printed;
# the line break inside "其中," before "沪股通:" and the space before "深股通:" kept as printed.
# Kind asked for: northbound or southbound money on one day (当日成交与净买入, 沪股通, 深股通, 个股净买入额): the day's buy,
# sell and total turnover, the net selling overall and per channel, the channels' quotas and balances, and the industry
# flows; no single-stock net purchase is printed (the stored text breaks off before the 个股 / 十大交易股 sections the
# introduction announces).
# Key (12月22日, no year printed -> period None): northbound buy turnover 484.33亿元, sell turnover 520.18亿元, total turnover
# 1004.51亿元, net selling 35.86亿元 (-); 沪股通 turnover 226.49亿元 and net selling 3.21亿元 (-); 深股通 turnover 257.84亿元 and
# net selling 32.65亿元 (-); net inflows into 电气设备 11.56亿元, 医药生物 4.95亿元, 食品饮料 2.85亿元; the largest outflows from
# 电子 9.31亿元, 汽车 7.93亿元, 农林牧渔 5.29亿元 (-).
# Optional: the two channels' daily quotas 520.00亿元 and balances 509.61亿元 / 537.83亿元 (news17 zh10: a by-product of the
# flow); the industry counts 28, 9 and 19 (breadth counts, news22 zh05 / news28 zh05).
# Judgement calls: "卖出最多的前三行业…额度分别为" sits beside the net-inflow list and is read as the industries' net outflows
# (negative net flows, as news28 zh05's 净流出); the balance 537.83亿元 above the 520.00亿元 quota and the garbled "净流入出
# 行业19个" (the net-outflow count) are kept as printed; the three preferences of the introduction, "十大交易股" and
# "聪明钱" give no rows.
NB3 = "北向资金|北上资金|northbound|Stock Connect northbound|外资"
SH3 = "沪股通|Shanghai Connect|Shanghai-Hong Kong Stock Connect northbound"
SZ3 = "深股通|Shenzhen Connect|Shenzhen-Hong Kong Stock Connect northbound"
NBUY3 = "net_buy|net_inflow|fund_flow"
D3 = "12月22日 (no year printed)"
IND3 = "net_inflow|net_buy|fund_flow|sector_net_inflow"
G["zh03"] = ([
    m("buy_turnover|buy_value|turnover", 484.33e8, "CNY", NB3, None, basis="买入成交合计, " + D3),
    m("sell_turnover|sell_value|turnover", 520.18e8, "CNY", NB3, None, basis="卖出成交, " + D3),
    m("turnover|trading_value|total_turnover", 1004.51e8, "CNY", NB3, None, basis="合计成交额, " + D3),
    m(NBUY3, -35.86e8, "CNY", NB3, None, basis="全天成交净卖出 (negative), " + D3),
    m("turnover|trading_value|total_turnover", 226.49e8, "CNY", SH3, None, basis="合计成交额, " + D3),
    m(NBUY3, -3.21e8, "CNY", SH3, None, basis="成交净卖出 (negative), " + D3),
    m("daily_quota|quota", 520.00e8, "CNY", SH3, None, opt=True, basis="当日额度, " + D3),
    m("quota_balance|remaining_quota", 509.61e8, "CNY", SH3, None, opt=True, basis="余额, " + D3),
    m("turnover|trading_value|total_turnover", 257.84e8, "CNY", SZ3, None, basis="合计成交额, " + D3),
    m(NBUY3, -32.65e8, "CNY", SZ3, None, basis="成交净卖出 (negative), " + D3),
    m("daily_quota|quota", 520.00e8, "CNY", SZ3, None, opt=True, basis="当日额度, " + D3),
    m("quota_balance|remaining_quota", 537.83e8, "CNY", SZ3, None, opt=True,
      basis="余额 (above the quota, as printed), " + D3),
    m("industry_count|count", 28, "industries", "申万一级行业|Shenwan level-1 industries", None, opt=True, basis=D3),
    m("industry_count|count", 9, "industries", "北向资金净流入行业|industries with northbound net inflows", None, opt=True,
      basis=D3),
    m("industry_count|count", 19, "industries", "北向资金净流出行业|industries with northbound net outflows", None,
      opt=True, basis="printed 净流入出行业19个, " + D3),
    m(IND3, 11.56e8, "CNY", "电气设备|electrical equipment|" + NB3, None, basis="northbound net inflow, 依次 first, " + D3),
    m(IND3, 4.95e8, "CNY", "医药生物|pharmaceuticals and biotech|" + NB3, None,
      basis="northbound net inflow, 依次 second, " + D3),
    m(IND3, 2.85e8, "CNY", "食品饮料|food and beverages|" + NB3, None, basis="northbound net inflow, 依次 third, " + D3),
    m(IND3, -9.31e8, "CNY", "电子|electronics|" + NB3, None,
      basis="卖出最多 (net outflow, negative), 依次 first, " + D3),
    m(IND3, -7.93e8, "CNY", "汽车|autos|automobiles|" + NB3, None,
      basis="卖出最多 (net outflow, negative), 依次 second, " + D3),
    m(IND3, -5.29e8, "CNY", "农林牧渔|agriculture|" + NB3, None,
      basis="卖出最多 (net outflow, negative), 依次 third, " + D3),
], [])


# zh04: a 界面新闻 item on 中国化学's share-buyback plan as carried by zixun.sjcfw.net (shangye/20220815/100140733): no headline
# in the stored text and none composed; the photo placeholder "(资料图)" left out; the credit line "(文章来源:界面新闻)" kept
# as printed; whole item otherwise. Short (285 characters with whitespace): the whole stored item.
# Kind asked for: a listed company's buyback or shareholder-purchase announcement (回购金额区间, 价格上限, 股份数量, 占总股本
# 比例): the share-count bounds with their shares of the capital, the price cap and the estimated amount cap are printed;
# the amount is a cap (不超过9.10亿元), not a band.
# Key (a plan; 8月15日 with no year -> period None): upper bound 6,109万股 (1% of the share capital), lower bound 4,880万股
# (0.8%), price cap 14.89元/股 (rng=(None, 14.89)), estimated amount 不超过9.10亿元 (rng=(None, 9.1e8)).
# Optional: the band 4,880万股-6,109万股 as a range (twin of the two bounds); the 测算 sentence's restated 6,109万股 and
# 14.89元/股; the term 6个月 (不超过, rng=(None, 6)).
# Judgement calls: each printed share count and its share of the capital is a key row (news68 zh06, news13 zh06), the band
# optional; 1% is a plain value (printed without a bound word, news10 zh01); the purpose (股权激励计划) and the share class
# (A股) give no rows.
ZH4 = "中国化学|中国化学工程股份有限公司|中国化学工程|China National Chemical Engineering|CNCEC|601117"
BS4 = "buyback_shares|shares_to_repurchase|buyback"
BP4 = "buyback_share_pct|buyback_pct_of_shares|share_of_total_shares"
G["zh04"] = ([
    m(BS4, 6109e4, "shares", ZH4, None, basis="回购股份上限, 6,109万股"),
    m(BP4, 1, "%", ZH4, None, basis="upper bound, of the current total share capital (目前总股本)"),
    m(BS4, 4880e4, "shares", ZH4, None, basis="回购股份下限, 4,880万股"),
    m(BP4, 0.8, "%", ZH4, None, basis="lower bound, of the current total share capital"),
    m(BS4, None, "shares", ZH4, None, rng=(4880e4, 6109e4), opt=True, basis="the band 下限-上限 as a range (twin)"),
    m("buyback_price_cap|buyback_max_price|buyback_price", None, "CNY", ZH4, None, rng=(None, 14.89),
      basis="per share, 不超过人民币14.89元/股"),
    m(BS4, 6109e4, "shares", ZH4, None, opt=True, basis="restated in the 测算 sentence"),
    m("buyback_price_cap|buyback_max_price|buyback_price", 14.89, "CNY", ZH4, None, opt=True,
      basis="restated in the 测算 sentence (回购价格上限)"),
    m("buyback_amount|buyback_cap|buyback_size", None, "CNY", ZH4, None, rng=(None, 9.1e8),
      basis="estimated at the share and price caps, 不超过9.10亿元"),
    m("buyback_period|term", None, "months", ZH4, None, rng=(None, 6), opt=True, basis="回购期限 不超过6个月"),
], [])


# zh05: a zcaijing.com commentary (shuipi/168133) on the central bank's 2019年2月 money and credit data: no headline in the
# stored text and none composed; the two section heads ("2月份金融数据全面回落", "金融数据回落,意味着什么?") kept, reworded.
# Cut: the stored text breaks off inside its last sentence ("无论是社融的数据还是贷款的数据,都保持了相对的增长", no full
# stop), so the passage ends with the sentence before it (no figure dropped). The author's first-person view ("我觉得")
# and the central bank's and 易纲's statements are reported speech in the stored text and stay so; the missing 会 of "两会
# 记者上" is kept as printed.
# Kind asked for: the central bank's monthly financial data (M2, M1, 社会融资规模增量与存量, 人民币贷款): M2 and M1 growth, the
# month's 社融 increment, new loans with the household split, and the two months' 社融 increment with its growth and
# loans; no 社融存量 level is printed (the "同比增长10.1%" beside the two months' increment is the only growth figure).
# Key (2019-02): M2 growth 8% (prior 8.4%, 2019-01) and its -0.4 pp (printed 回落了0.4%); M1 growth 2% (prior 0.4%);
# 社融 increment 7030亿元 (prior 4.64万亿, 1月); household medium- and long-term loans +2226亿, short-term -2932亿; new RMB
# loans 8858亿元 (prior 3.23万亿元, 1月) against the expected 1.3万亿元. Key (2019-01..02): 社融 increment 5.31万亿元 and its
# growth 10.1%; new loans 4.11万亿元 and their yoy change +3748亿元.
# Optional: January's M2 growth 8.4%, M1 growth 0.4%, 社融 increment 4.64万亿 and new loans 3.23万亿元 as rows of their own
# (the priors, news69 zh02).
# Judgement calls: "1月" in a passage on 2019年2月 is 2019-01 and "1-2月" / "前两个月" 2019-01..02; the expectation
# (大家的预期) is a consensus row on the same quantity (metric with _consensus, key); "同比增长10.1%" is labelled as printed,
# the growth of the 1-2月 社融 (the commentary does not say stock or flow); "增速连续两个月高于去年末", "1、2月份", "一季度",
# "前3个月" and 3月10日 give no rows; bare 亿 / 万亿 = CNY.
CN5 = "中国|China|全国|央行|人民银行|PBOC|People's Bank of China"
HH5 = "居民|住户|households|居民贷款"
F5, J5, JF5 = "2019-02", "2019-01", "2019-01..02"
M2G5 = "m2_growth|money_supply_growth|m2_yoy"
M1G5 = "m1_growth|m1_yoy|money_supply_growth"
TSF5 = "social_financing|tsf_increment|aggregate_financing|social_financing_increment"
NL5 = "new_rmb_loans|new_loans|rmb_loans_increase"
G["zh05"] = ([
    m(M2G5, 8, "%", CN5, F5, prior=8.4, basis="2月 M2 同比增长; prior = 1月的8.4%"),
    m(M2G5, 8.4, "%", CN5, J5, opt=True, basis="1月 (the prior as a row)"),
    m("m2_growth_change|rate_change|change", -0.4, "pp", CN5, F5, basis="比1月回落 (printed 回落了0.4%)"),
    m(M1G5, 2, "%", CN5, F5, prior=0.4, basis="2月 M1 增速反弹至; prior = 1月是0.4%"),
    m(M1G5, 0.4, "%", CN5, J5, opt=True, basis="1月 (the prior as a row)"),
    m(TSF5, 7030e8, "CNY", CN5, F5, prior=4.64e12, basis="2月社会融资规模新增; prior = 1月的社融增量"),
    m(TSF5, 4.64e12, "CNY", CN5, J5, opt=True, basis="1月的社融增量 4.64万亿 (the prior as a row)"),
    m("household_medium_long_term_loans|medium_long_term_loans|mortgage_loans|new_loans", 2226e8, "CNY", HH5, F5,
      basis="中长期贷款 (房贷) 增加2226亿"),
    m("household_short_term_loans|short_term_loans|new_loans", -2932e8, "CNY", HH5, F5, basis="短期贷款减少了2932亿"),
    m(NL5, 8858e8, "CNY", CN5, F5, prior=3.23e12, basis="2月份人民币新增贷款; prior = 1月份的3.23万亿元"),
    m(NL5, 3.23e12, "CNY", CN5, J5, opt=True, basis="1月份 (the prior as a row)"),
    m("new_rmb_loans_consensus|new_loans_consensus|new_loans_forecast", 1.3e12, "CNY", CN5, F5,
      basis="大家的预期 (market expectation) for 2月"),
    m(TSF5, 5.31e12, "CNY", CN5, JF5, basis="1-2月社会融资规模增加"),
    m("social_financing_growth|tsf_growth|tsf_stock_growth", 10.1, "%", CN5, JF5, basis="1-2月, 同比增长 (as printed)"),
    m(NL5, 4.11e12, "CNY", CN5, JF5, basis="前两个月贷款新增"),
    m("new_rmb_loans_change|new_loans_change|loan_change", 3748e8, "CNY", CN5, JF5, basis="yoy, 同比多增"),
], [])


# zh06: a reportify.cn digest (tags/product, tagValue 运动户外用品) whose first document is 西部证券's morning call of
# 2025-09-01 ("西部证券晨会纪要-20250901"); the title line and the broker and time line "西部证券· 2025-09-01 09:55" kept as
# printed; the two section heads kept, the " - " bullets run on as printed, the citation markers ([9], [10], [10][11],
# [2], [13], [14], [15]) kept as printed and not labelled (news20 zh02, a reportify digest); the straight quotes of "买入" kept. Left out as page furniture:
# "Workflow", the tag line "运动户外用品", "icon" and "搜索文档". The stored text runs both sections on one line; the
# passage puts the second section on a line of its own. Cut: the stored text breaks off in the next section head
# ("图南股份(300855.SZ)高温合金业务前"), so the passage ends with the 深南电路 section (300855 dropped).
# Kind asked for: a broker's initiation of a company (评级, 目标价, 盈利预测, 对应PE): 西部证券's 首次覆盖 of 深南电路
# (002916.SZ) at 买入 with a target price, a target market value and revenue and profit forecasts, in a morning-call digest
# after a section on overseas funds' A-share holdings; no PE is printed (the target rests on 可比公司估值法).
# Key: overseas mutual funds holding A shares 1532 (2025Q1), their assets 1.9万亿美元, 4.7% of them above 60% in A shares;
# active funds' average quarterly return 0.51%, median 0.28%, 52.28% positive; high-allocation funds' average 1.77%,
# median 2.00%, 58.5% beating the CSI 300; holdings value 5035.69亿元 and 0.64% of the A-share free float (2025-03-31);
# 深南电路's revenue forecasts 221.34 / 263.30 / 300.87亿元 and attributable-profit forecasts 32.73 / 42.78 / 51.54亿元
# (FY2025-FY2027); the market sizing 18亿美元 (2025); the 2026 target market value 1625.72亿元; the target price 243.83元.
# Optional: the allocation band 0%-20% (rng); "近七成" (70%); the top three stocks' weight 高于5% (bound); the 20亿元级
# order scale; the sizing inputs 450万颗 and 400美元; the PCB layers 14 (prior 10) and the backplane's 68 layers
# (product specifications, news58 zh02).
# Rating action: 西部证券 initiates 深南电路 at 买入 (buy) with a target of 243.83 CNY (首次覆盖 -> initiate, news41 zh02).
# Judgement calls: 2025Q1 is printed, "截至2025年3月31日" dates the holdings value; "预计2025-2027年…依次为" maps in order;
# "预计2026年目标市值" is a FY2026 target_market_cap row; the target price takes period None (news41 zh02); the fund
# statistics belong to the overseas funds (entity), the holdings value and its float share to their A-share book; the
# ranked names (海尔智家 … 恒立液压, 宁德时代 … 美的集团) and 400G / 800G (product names) give no rows; 元 = CNY, 美元 = USD.
OF6 = "境外共同基金|overseas mutual funds|foreign mutual funds|境外基金"
AF6 = "主动基金|active funds|" + OF6
HF6 = "高仓位A股基金|high-allocation A-share funds|" + OF6
SN6 = "深南电路|深南电路股份有限公司|002916.SZ|002916|Shennan Circuits"
XB6 = "西部证券|Western Securities"
Q6 = "2025Q1"
G["zh06"] = ([
    m("fund_count|count|funds", 1532, "funds", OF6, Q6, basis="持有A股的境外共同基金 合计"),
    m("aum|assets_under_management|fund_size", 1.9e12, "USD", OF6, Q6, basis="总规模 1.9万亿美元"),
    m("allocation_range|a_share_allocation", None, "%", OF6, Q6, rng=(0, 20), opt=True,
      basis="绝大多数基金的A股投资比例 0%-20%"),
    m("share_of_funds|share", 4.7, "%", OF6, Q6, basis="share of funds with an A-share allocation 超过60%"),
    m("average_return|fund_return|return", 0.51, "%", AF6, Q6, basis="季度平均收益率"),
    m("median_return|fund_return|return", 0.28, "%", AF6, Q6, basis="中位数"),
    m("share_of_funds_positive|share_of_funds|share", 52.28, "%", AF6, Q6, basis="取得正收益"),
    m("average_return|fund_return|return", 1.77, "%", HF6, Q6, basis="平均收益率"),
    m("median_return|fund_return|return", 2.00, "%", HF6, Q6, basis="中位数, printed 2.00%"),
    m("share_of_funds_positive|share_of_funds|share", 70, "%", HF6, Q6, opt=True, basis="近七成 获得正收益 (近X -> X)"),
    m("share_of_funds_outperforming|share_of_funds|share", 58.5, "%", HF6, Q6, basis="跑赢沪深300指数"),
    m("holdings_value|market_value_of_holdings|position_value", 5035.69e8, "CNY", OF6, "2025-03-31",
      basis="A股持仓总市值, 截至2025年3月31日"),
    m("share_of_free_float|holdings_share|share", 0.64, "%", OF6, "2025-03-31", basis="占A股流通市值"),
    m("holding_weight|share", None, "%", "宁德时代|贵州茅台|美的集团", "2025-03-31", rng=(5, None), opt=True,
      basis="持仓占比均高于5% in all funds (the top three stocks)"),
    m("revenue_forecast|revenue|operating_revenue", 221.34e8, "CNY", SN6, "FY2025", basis="西部证券 forecast, 营收, 依次 first"),
    m("revenue_forecast|revenue|operating_revenue", 263.30e8, "CNY", SN6, "FY2026", basis="forecast, 依次 second"),
    m("revenue_forecast|revenue|operating_revenue", 300.87e8, "CNY", SN6, "FY2027", basis="forecast, 依次 third"),
    m("net_profit_forecast|net_profit|net_profit_attributable", 32.73e8, "CNY", SN6, "FY2025",
      basis="forecast, 归母净利润, 依次 first"),
    m("net_profit_forecast|net_profit|net_profit_attributable", 42.78e8, "CNY", SN6, "FY2026", basis="forecast, 依次 second"),
    m("net_profit_forecast|net_profit|net_profit_attributable", 51.54e8, "CNY", SN6, "FY2027", basis="forecast, 依次 third"),
    m("orders|order_scale", 20e8, "CNY", "数据中心PCB|data-centre PCB|" + SN6, "2024", opt=True,
      basis="第二个订单规模达到20亿元级的下游市场 (an order-of-magnitude level)"),
    m("shipments|unit_shipments", 4.5e6, "units", "ASIC|全球ASIC|global ASIC", "2025", opt=True,
      basis="sizing input (若…为450万颗)"),
    m("content_value|value_per_unit", 400, "USD", "单颗ASIC的PCB|PCB per ASIC", None, opt=True, basis="sizing input, 单颗"),
    m("market_size|addressable_market", 18e8, "USD", "ASIC PCB|ASIC用PCB|" + SN6, "2025",
      basis="对应市场空间, 据测算"),
    m("pcb_layers|layers", 14, "layers", "800G光模块PCB|PCB for 800G optical modules", None, prior=10, opt=True,
      basis="由400G时的10层提升到14层 (product specification)"),
    m("pcb_layers|layers", 68, "layers", "背板|backplane|" + SN6, None, opt=True, basis="批量生产层数已达68层"),
    m("target_market_cap|target_market_value", 1625.72e8, "CNY", SN6, "FY2026", basis="预计2026年目标市值, 可比公司估值法"),
    m("target_price", 243.83, "CNY", SN6, None, basis="西部证券, 首次覆盖 买入"),
], [
    ra(XB6, SN6, "initiate", "buy", None, 243.83, None, "CNY"),
])
