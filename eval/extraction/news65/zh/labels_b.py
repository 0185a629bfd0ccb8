# Hand labels for news65/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong pages (a 信報 stock360 broker-
# report page on stock360.hkej.com, a 明報 IPO item on news.mingpao.com, a Census and Statistics Department trade release
# reproduced on www.hkciea.org.hk), two Taiwan pages (a 時報資訊 《半導體》 item on a mirror, bobomg.com; 自由時報's paper edition
# on ec.ltn.com.tw) and one Macau government release (統計暨普查局, reproduced on news.hello-jobs.com); see batch_b.md).
# Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv, no eval/extraction/news_text.py; only build_labels.py at the end), no extractor output was seen, and no extractor
# code, plugin, test, docs page, gold.jsonl or other batch's file was opened; the unit words were checked against the "unit"
# arguments of the earlier sets' labels_*.py files (grep: "shares", "x", "points", "stocks", "contracts", "visitors", "hotels",
# "rooms", "nights", "pp", "companies", "investors").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news64/zh and news63/zh README.md and labels_*.py, with the precedents named below: news63 zh09 / news64 zh12 /
# news61 zh08 for broker actions (targets and ratings only in rating actions; 買入 = buy, 持有 = hold, 賣出 = sell; a rating
# cut -> downgrade carrying both targets; unchanged rating and target in a table -> maintain); news30 zh11 / news57 zh07 /
# news22 for an IPO at subscription (offer price, shares offered, proceeds, cornerstone subscription, margin and
# oversubscription key; lot size, entry fee, public tranche, cornerstone count optional); news28 zh11 / news31 zh12 for Taiwan
# revenue and profit items (月減 / 年增 / 季增 rows, 年增達2.1倍 -> +210 % as 增長逾3倍 -> 300 % in the development corpus, with
# the literal multiple optional); news30 zh10 / news20 zh09 for Hong Kong trade releases ("繼…錄得X%的按年跌幅後" gives the
# prior of the current month's growth plus an optional row of its own; 有形貿易逆差 a positive trade_deficit; its ratio to
# imports optional); news64 zh10 / news19 zh12 / news61 zh11 for a Taiwan close (賣超 -> negative net_buy in TWD; 口 ->
# "contracts", 減少 as a negative change row; 千金 counts in "stocks"); news48 zh10 for Macau's tour-group and hotel release
# ("visitors" for 人次, "hotels", "rooms", "nights", pp for 個百分點 changes, "持平" / "維持" -> prior = level, no zero row).
# Currency: Hong Kong bare 元 / 億元 = HKD (zh07, zh08, zh10); 元人民幣 -> CNY and 美元 -> USD (zh08); Taiwan bare 元 / 億元 =
# TWD (zh09, zh11). Values fully scaled (135.6億元 -> 1.356e10; 7760萬股 -> 7.76e7; 8214.9萬元人民幣 -> 8.2149e7; 147.26億元
# -> 1.4726e10; 3,056億元 -> 3.056e11; Chinese numerals resolved: 二九三四九．八一點 -> 29349.81 points, 一二〇．一八億元 ->
# 1.2018e10 TWD, 二萬三一五四口 -> 23154 contracts; 99.6萬人次 -> 996000 visitors). 近X / 約X -> X (近17% -> 17; 約五成 -> 50);
# X以上 -> an open lower bound. Declines negative (下跌, 減少, 月減, 虧損, 賣超, 微跌, 收盤下跌); 上升 / 增加 / 升 / 年增 / 季增 /
# 買超 / 大漲 positive. A discount (折讓) is a positive magnitude (news25 / news22).
# Periods only where the text states or clearly implies the year: zh07 2023Q3 (第3季 under the printed 評級日期 2023年10月31日)
# and FY2023-FY2026 for the forecast revisions (今年 = 2023, beside the printed 2023年市賬率 and 2024至26年); zh08 None (no year
# printed: 昨日, 下周二（16日）, 今年首4個月, 今年上半年, 去年11月); zh09 2020-11 (printed), 2020-10, 2020-01..11 (今年前11月 of
# 2020), 2020Q3 / 2020Q4 (第三季 / 第四季 / 本季 of the printed year) and 2020Q1-Q3 (前三季); zh10 2020-06, 2020-05, 2020H1,
# 2020Q2 (printed); zh11 FY2025 for the printed 二〇二五全年 rise and None for the day's rows (昨日, the 二〇二六年 first trading
# day, no date printed); zh12 2019-03 (printed 2019年3月 / 3月), 2019Q1 (今年首季 / 首季 of 2019) and 2019-03-31 (3月底).
# Addresses, dropped page chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong broker-report page (信報 stock360 大行報告 page for 中銀香港 on stock360.hkej.com; Traditional, half-width
# punctuation; the page's header fields (評級日期 / 劵商 / 評級 / 目標價(HK$) / 備註) re-set as labelled lines with their values as
# printed, including the box's "31.80 31.80" beside the body's 31.7 -> 31.8 and the odd 劵商 for 券商; the "最新大行精選" table
# kept as a table with its "|" / "---" separators and the stray "||" line; the table's note on simplified ratings kept,
# reworded; the live quote box "即時報價: | 36.420 | +1.020 (+2.9%) |" left out as page chrome (a quote at crawl time, not the
# report's); no headline in the stored text and none composed; whole stored item otherwise).
# Key metrics: 中銀香港's third-quarter operating profit before impairment 135.6億元 (+近17% qoq) and net operating income 177.9億
# 元 (+14% qoq) ("按季分別升近17%及14%" in order); Goldman's figures: operating profit 120.48億元 (+10% yoy), 6% above its
# forecast, pre-provision operating profit 9% above; EPS forecast revisions -1% (2023), +1% / +4% / +4% (2024-26, in order);
# 2023 P/B 0.7倍; ROE 約11% (today and next year); average dividend yield 約達9%.
# Rating actions (all HKD): 高盛 raises its 中銀香港 target 31.7 -> 31.8, 買入 kept (raise_target); table rows: 瑞銀 香港電訊-SS
# 買入 13.00 -> 13.40 (raise_target), 里昂 百威亞太 買入 10.40 -> 9.30 (cut_target), 瑞銀 友邦保險 買入 88.00 -> 88.00 (maintain),
# 瑞銀 恒生銀行 持有 -> 賣出, 112.00 -> 102.00 (downgrade, hold -> sell).
# Optional: none.
# Judgement calls: 第3季 / 第三季 are 2023Q3 (the printed rating date 2023年10月31日; 今年 sits beside 2023年市賬率 and 2024至26年);
# the table's paired 評級 / 目標價 cells are read as (previous, new), the order of the body's 由31.7元…至31.8元 and the only reading
# that makes 持有 -> 賣出 a rating change; the page simplifies ratings (買入 covers 跑贏大市, 賣出 covers 跑輸大市), so the printed
# word is normalised (buy / hold / sell); the header box's "31.80 31.80" conflicts with the body's 31.7 -> 31.8, and the body is
# taken for the action's prior target; targets appear only in the rating actions (no target_price metric rows); the two beats
# over Goldman's forecast are key % rows (the only figures for them); 今明兩年 for ROE and the dividend yield -> period None with
# the span in basis; the rating scale counts (5級 / 4級), stock codes and the date give no rows.
BOC7 = "中銀香港|中銀|BOC Hong Kong|BOCHK|Bank of China (Hong Kong)|02388|2388"
GS7 = "高盛|Goldman Sachs|Goldman"
UBS7 = "瑞銀|UBS"
Q7 = "2023Q3"
EPSR7 = "eps_forecast_change|eps_estimate_revision|earnings_forecast_revision|forecast_revision"
BEAT7 = "beat_vs_forecast|forecast_variance|earnings_surprise|vs_forecast"
G["zh07"] = ([
    m("operating_profit_before_impairment|pre_provision_operating_profit|operating_profit", 1.356e10, "HKD", BOC7, Q7,
      basis="提取減值準備前的經營溢利, 第3季"),
    m("operating_profit_before_impairment_growth|pre_provision_operating_profit_growth|operating_profit_growth", 17, "%",
      BOC7, Q7, basis="qoq, 升近17% (分別, first)"),
    m("net_operating_income|operating_income|revenue", 1.779e10, "HKD", BOC7, Q7, basis="淨經營收入, 第3季"),
    m("net_operating_income_growth|operating_income_growth|revenue_growth", 14, "%", BOC7, Q7, basis="qoq (分別, second)"),
    m("operating_profit", 1.2048e10, "HKD", BOC7, Q7, basis="第三季經營利潤, per Goldman"),
    m("operating_profit_growth", 10, "%", BOC7, Q7, basis="yoy (按年上升)"),
    m(BEAT7, 6, "%", BOC7, Q7, basis="operating profit above Goldman's forecast (高出6%)"),
    m(BEAT7, 9, "%", BOC7, Q7, basis="pre-provision operating profit above Goldman's forecast (高出9%)"),
    m(EPSR7, -1, "%", BOC7, "FY2023", basis="Goldman, 今年每股盈利預測下調"),
    m(EPSR7, 1, "%", BOC7, "FY2024", basis="Goldman, 上調 (分別, first of 2024至26年)"),
    m(EPSR7, 4, "%", BOC7, "FY2025", basis="Goldman, 上調 (分別, second)"),
    m(EPSR7, 4, "%", BOC7, "FY2026", basis="Goldman, 上調 (分別, third)"),
    m("pb_ratio|price_to_book|pb", 0.7, "x", BOC7, "FY2023", basis="current price = 0.7倍 2023年市賬率"),
    m("roe|return_on_equity", 11, "%", BOC7, None, basis="股本回報率約11%, 今明兩年 (2023-2024), Goldman"),
    m("dividend_yield|average_dividend_yield", 9, "%", BOC7, None, basis="平均股息率約達9%, Goldman"),
], [
    ra(GS7, BOC7, "raise_target", "buy", "buy", 31.8, 31.7, "HKD"),
    ra(UBS7, "香港電訊-SS|香港電訊|HKT|HKT Trust|06823|6823", "raise_target", "buy", "buy", 13.4, 13.0, "HKD"),
    ra("里昂|CLSA", "百威亞太|Budweiser APAC|Budweiser Brewing Company APAC|01876|1876", "cut_target", "buy", "buy", 9.3, 10.4,
       "HKD"),
    ra(UBS7, "友邦保險|友邦|AIA|AIA Group|1299|01299", "maintain", "buy", "buy", 88.0, 88.0, "HKD"),
    ra(UBS7, "恒生銀行|恒生|Hang Seng Bank|00011|0011|11", "downgrade", "sell", "hold", 102.0, 112.0, "HKD"),
])


# zh08: a Hong Kong daily's IPO item: a biotech opens its subscription, with two new filings, another IPO's pricing and a third's
# margin subscriptions (明報 經濟 on news.mingpao.com; Traditional, full-width brackets and punctuation; the section label "經濟"
# left out; the headline and the sub-heading kept, reworded (勁方醫藥集資15.8億 入場費4119元 -> 勁方醫藥入場費4119元 集資15.8億;
# 首日孖展超購84倍 -> 孖展首日超購84倍); "（見表）" kept although the table is not stored; the stored text breaks off in the sentence
# "另外，從事高端育兒品牌BeBeBus的「不同集團」昨通過上", so the passage ends with the 健康160 sentence before it (no figure dropped)).
# Key: 勁方醫藥 offers 7760萬股 at 20.39元 each, raising 約15.8億元; 9 cornerstone investors take 3823.4萬股, 約五成 of the global
# offer; revenue 8214.9萬元人民幣 and loss 6662.4萬元人民幣 in the first four months; first-day margin 133.3億元, 84倍 oversubscribed;
# 麥科田's first-half profit 4096.8萬元人民幣; 盛威時代's first-half loss 9009.5萬元人民幣; 禾賽 priced at 212.8元, raising 41.6億元,
# 1.7% below its US close of 27.74美元, with 255萬 extra shares; 健康160's margin 99.32億元, 197倍 oversubscribed.
# Optional: the headline's 15.8億 and 4119元 (twins); the 10% public tranche; lot size 200股; entry fee 4119.13元; the public tranche
# after reallocation 15%; the 9 cornerstone investors (count); the sub-heading's 84倍 (twin); 禾賽's bracketed 約216.37港元
# conversion; the extra shares' 15% share of the offer.
# Judgement calls: period None throughout (no year printed: 昨日, 下周二（16日）, 19日, 今年首4個月, 今年上半年, 去年11月);
# "每股招股價20.39元" is a single price (a fixed-price offer, no range), so ipo_price is a plain value; 18A (a listing chapter),
# 機制B, the stock codes, 10時多 and the dates give no rows; "相對去年同期未錄得任何收入" gives no zero row; losses negative; the
# discount is a positive magnitude; 盛威時代's earlier filing month gives no row.
JF8 = "勁方醫藥|勁方|GenFleet Therapeutics|GenFleet|2595|02595"
MKT8 = "麥科田生物醫療|麥科田"
SW8 = "盛威時代"
HS8 = "禾賽|禾賽科技|Hesai|Hesai Group|HSAI|2525|02525"
H160 = "健康160|2656|02656"
OP8 = "ipo_price|offer_price"
PR8 = "funds_raised|ipo_proceeds|proceeds"
MRG8 = "margin_subscription|margin_financing|margin_loans|ipo_margin"
OVS8 = "oversubscription|oversubscription_multiple"
G["zh08"] = ([
    m(PR8, 1.58e9, "HKD", JF8, None, opt=True, basis="headline 集資15.8億 (twin)"),
    m("entry_fee|minimum_subscription", 4119, "HKD", JF8, None, opt=True, basis="headline 入場費4119元 (rounded twin)"),
    m("offer_shares|shares_offered|global_offering_shares", 7.76e7, "shares", JF8, None, basis="擬發行7760萬股"),
    m("public_offer_share|offer_share_pct", 10, "%", JF8, None, opt=True, basis="10%於本港公開發售"),
    m(OP8, 20.39, "HKD", JF8, None, basis="招股價每股20.39元 (single price)"),
    m(PR8, 1.58e9, "HKD", JF8, None, basis="集資約15.8億元"),
    m("lot_size|board_lot", 200, "shares", JF8, None, opt=True, basis="每手200股"),
    m("entry_fee|minimum_subscription", 4119.13, "HKD", JF8, None, opt=True, basis="入場費一手"),
    m("public_offer_share|offer_share_pct", 15, "%", JF8, None, opt=True,
      basis="public tranche after discretionary reallocation (機制B)"),
    m("cornerstone_investors|count", 9, "investors", JF8, None, opt=True, basis="9名基石投資者"),
    m("cornerstone_shares|cornerstone_subscription", 3.8234e7, "shares", JF8, None, basis="合共認購3823.4萬股"),
    m("cornerstone_share|cornerstone_pct", 50, "%", JF8, None,
      basis="約五成 of the global offer shares, before the over-allotment and upsize options"),
    m("revenue|sales", 8.2149e7, "CNY", JF8, None, basis="今年首4個月"),
    m("net_loss|net_profit|loss", -6.6624e7, "CNY", JF8, None, basis="今年首4個月, 虧損 (narrowed yoy)"),
    m(MRG8, 1.333e10, "HKD", JF8, None, basis="首日孖展額, to 昨晚10時多"),
    m(OVS8, 84, "x", JF8, None, basis="首日孖展超購84倍"),
    m(OVS8, 84, "x", JF8, None, opt=True, basis="sub-heading twin"),
    m("net_profit|profit", 4.0968e7, "CNY", MKT8, None, basis="今年上半年利潤 (首次扭虧為盈)"),
    m("net_loss|net_profit|loss", -9.0095e7, "CNY", SW8, None, basis="上半年虧損 (按年收窄)"),
    m(OP8, 212.8, "HKD", HS8, None, basis="定價 (Hong Kong offer price)"),
    m(PR8, 4.16e9, "HKD", HS8, None, basis="集資總額"),
    m("share_price|close|price", 27.74, "USD", HS8, None, basis="US-listed shares' close on 周三 (美：HSAI)"),
    m("share_price|close|price", 216.37, "HKD", HS8, None, opt=True, basis="bracketed conversion, 約216.37港元"),
    m("discount|offer_discount", 1.7, "%", HS8, None, basis="offer price vs the US close (折讓)"),
    m("additional_shares|upsize_shares|offer_shares", 2.55e6, "shares", HS8, None,
      basis="發售量調整權 fully exercised, 額外配發255萬股"),
    m("upsize_share|share_of_offer", 15, "%", HS8, None, opt=True, basis="extra shares as % of the global offer"),
    m(MRG8, 9.932e9, "HKD", H160, None, basis="券商借出孖展資金, to 昨晚凌晨時分"),
    m(OVS8, 197, "x", H160, None, basis="超購197倍"),
], [])


# zh09: a Taiwan wire's monthly-revenue item on a chip foundry, with the quarter's outlook and the third-quarter results
# (時報資訊 《半導體》 column on a mirror page, bobomg.com; Traditional with half-width commas and brackets and the variant "爲"
# kept as printed (five times); the headline kept, reworded (Q4續戰新高 -> Q4再拚新高, keeping 月減3.64%); whole stored item).
# Key: 2020年11月 revenue 147.26億元, -3.64% on October's 152.82億元 (a record second high; its own row, 2020-10), +6% yoy;
# January-November 1615.32億元 (+19.8%); the fourth-quarter outlook: wafer shipments +1~2% qoq, ASP in USD +1%, revenue +2%至3%
# qoq, utilisation 約95%; October plus November 約300.08億元, 66.87% of the third quarter's 448.7億元; third quarter revenue
# +約1% qoq, attributable net profit 91.1億元 (+約36.3% qoq, +2.1倍 yoy -> +210 %), EPS 0.75元; first three quarters net profit
# 179.94億元 (+206.5%), EPS 1.5元.
# Optional: the headline's 月減3.64% (twin); the management repeat of 1~2% and 1% (twins of the outlook rows); the second printing
# of 448.7億元; the literal multiple 2.1倍 (x).
# Judgement calls: 今年 / 本季 / 第三季 / 前三季 are of the printed 2020 (2020-01..11, 2020Q4, 2020Q3, 2020Q1-Q3); "1~2%" and "2%至3%"
# are ranges (forecasts, basis forecast); the article's own 季成長估在2%至3% is a key forecast row although it is the writer's
# inference from the guidance; "毛利率持平" gives no row (no figure); 8吋 (a wafer size), Q4 in the headline, 日本新廠 and the
# code (2303) give no rows; October's revenue is a separate row (another month), not a prior of November's.
UMC9 = "聯電|聯華電子|UMC|United Microelectronics|2303"
REV9, MOM9, YOY9 = "revenue|sales|monthly_revenue", "revenue_growth_mom|revenue_change_mom|revenue_growth", \
    "revenue_growth_yoy|revenue_growth"
G["zh09"] = ([
    m(MOM9, -3.64, "%", UMC9, "2020-11", opt=True, basis="headline twin (月減)"),
    m(REV9, 1.4726e10, "TWD", UMC9, "2020-11", basis="合併營收"),
    m(REV9, 1.5282e10, "TWD", UMC9, "2020-10", basis="October, 歷史次高"),
    m(MOM9, -3.64, "%", UMC9, "2020-11", basis="vs October (減少)"),
    m(YOY9, 6, "%", UMC9, "2020-11", basis="vs the same month last year (增加)"),
    m(REV9, 1.61532e11, "TWD", UMC9, "2020-01..11", basis="今年前11月, 同期新高"),
    m(YOY9, 19.8, "%", UMC9, "2020-01..11", basis="年增"),
    m("wafer_shipments_growth|shipment_growth", None, "%", UMC9, "2020Q4", rng=(1, 2), basis="forecast, qoq, 1~2%"),
    m("asp_change|average_selling_price_change|asp_growth", 1, "%", UMC9, "2020Q4", basis="forecast, USD ASP, 季增"),
    m("revenue_growth_qoq|revenue_growth", None, "%", UMC9, "2020Q4", rng=(2, 3), basis="forecast, 季成長估在2%至3%"),
    m(REV9, 3.0008e10, "TWD", UMC9, "2020-10..11", basis="10月加上11月, 約"),
    m(REV9, 4.487e10, "TWD", UMC9, "2020Q3", basis="第三季營收"),
    m("share_of_quarter|ratio|share", 66.87, "%", UMC9, "2020-10..11", basis="Oct+Nov revenue as % of Q3 revenue"),
    m("wafer_shipments_growth|shipment_growth", None, "%", UMC9, "2020Q4", rng=(1, 2), opt=True,
      basis="management repeat (王石), 季增1~2%"),
    m("asp_change|average_selling_price_change|asp_growth", 1, "%", UMC9, "2020Q4", opt=True, basis="management repeat"),
    m("capacity_utilization|utilization_rate", 95, "%", UMC9, "2020Q4", basis="forecast, 產能利用率約95%"),
    m("revenue_growth_qoq|revenue_growth", 1, "%", UMC9, "2020Q3", basis="再季增約1%, record high"),
    m(REV9, 4.487e10, "TWD", UMC9, "2020Q3", opt=True, basis="second printing"),
    m("net_profit_attributable|net_profit|net_income", 9.11e9, "TWD", UMC9, "2020Q3", basis="歸屬母公司淨利"),
    m("net_profit_growth_qoq|net_profit_growth", 36.3, "%", UMC9, "2020Q3", basis="季增率約36.3%"),
    m("net_profit_growth_yoy|net_profit_growth", 210, "%", UMC9, "2020Q3", basis="年增達2.1倍 (-> +210 %)"),
    m("net_profit_growth_yoy|net_profit_growth", 2.1, "x", UMC9, "2020Q3", opt=True, basis="literal 2.1倍"),
    m("eps|earnings_per_share", 0.75, "TWD", UMC9, "2020Q3", basis="每股獲利"),
    m("net_profit|net_income", 1.7994e10, "TWD", UMC9, "2020Q1-Q3", basis="今年前三季淨利"),
    m("net_profit_growth_yoy|net_profit_growth", 206.5, "%", UMC9, "2020Q1-Q3", basis="年增"),
    m("eps|earnings_per_share", 1.5, "TWD", UMC9, "2020Q1-Q3", basis="每股淨利"),
], [])


# zh10: Hong Kong's monthly external merchandise trade release (政府統計處 release reproduced on www.hkciea.org.hk; Traditional,
# half-width punctuation, years and months in Chinese numerals (二零二零年六月份) as printed; the title kept, reworded
# (二零二零年六月對外商品貿易統計 -> 對外商品貿易統計(二零二零年六月)); the site's "Start typing and press Enter to search" left
# out; the enquiry line with its telephone number kept, reworded; whole stored item otherwise).
# Key (2020-06 unless noted): exports growth -1.3% (prior -7.4%, May) and imports -7.1% (prior -12.3%), the lead and the body
# print each once more -> one row each; exports 3,056億元, imports 3,389億元; visible trade deficit 333億元; first half (2020H1):
# exports -6.9%, imports -9.4%, deficit 1,752億元; 2020Q2 seasonally adjusted qoq: exports +5.8%, imports +0.3%.
# Optional: May's growth rates as rows of their own (2020-05); the two deficit-to-imports ratios (9.8%, 9.0%).
# Judgement calls: the lead's "依次下跌1.3%和7.1%" maps in order (exports, imports); the deficit is a positive trade_deficit;
# "二零一九年同月 / 同期" are the comparison base (no rows); 七月二十七日 (the release date) and the telephone number give no rows.
HK10 = "香港|本港|Hong Kong"
EXP10, IMP10 = "export_growth|exports_growth", "import_growth|imports_growth"
G["zh10"] = ([
    m(EXP10, -1.3, "%", HK10, "2020-06", prior=-7.4, basis="商品整體出口貨值, yoy; prior = 2020-05; lead repeats"),
    m(EXP10, -7.4, "%", HK10, "2020-05", opt=True, basis="yoy, 二零二零年五月份"),
    m("exports|export_value", 3.056e11, "HKD", HK10, "2020-06", basis="商品整體出口貨值"),
    m(IMP10, -7.1, "%", HK10, "2020-06", prior=-12.3, basis="商品進口貨值, yoy; prior = 2020-05; lead repeats"),
    m(IMP10, -12.3, "%", HK10, "2020-05", opt=True, basis="yoy, 二零二零年五月份"),
    m("imports|import_value", 3.389e11, "HKD", HK10, "2020-06", basis="商品進口貨值"),
    m("trade_deficit|visible_trade_deficit", 3.33e10, "HKD", HK10, "2020-06", basis="有形貿易逆差"),
    m("trade_deficit_ratio|trade_deficit_to_imports", 9.8, "%", HK10, "2020-06", opt=True, basis="deficit as % of imports"),
    m(EXP10, -6.9, "%", HK10, "2020H1", basis="yoy, 上半年"),
    m(IMP10, -9.4, "%", HK10, "2020H1", basis="yoy, 上半年"),
    m("trade_deficit|visible_trade_deficit", 1.752e11, "HKD", HK10, "2020H1", basis="有形貿易逆差, 上半年"),
    m("trade_deficit_ratio|trade_deficit_to_imports", 9.0, "%", HK10, "2020H1", opt=True, basis="deficit as % of imports"),
    m("export_growth_qoq|exports_growth|export_growth", 5.8, "%", HK10, "2020Q2", basis="seasonally adjusted, qoq"),
    m("import_growth_qoq|imports_growth|import_growth", 0.3, "%", HK10, "2020Q2", basis="seasonally adjusted, qoq"),
], [])


# zh11: a Taiwan paper's close for the first trading day of the year (自由時報 paper edition on ec.ltn.com.tw; Traditional,
# full-width punctuation; every body figure written in Chinese numerals with the full-width point "．" as printed
# (五九二八．五點, 三八六．二一點, 二九三四九．八一點, 六四八八億元, 一二〇．一八億元 …) beside the headline's Arabic figures; the byline
# 〔記者方韋傑／台北報導〕, the sub-heading with its "︰" and the quoted strategy 「分批布局、汰弱留強」 phrase kept (reworded around);
# the headline kept, reworded (大漲386點 成交量爆6488億 3大法人買超190億 -> 台股大漲386點 成交量衝上6488億 3大法人合計買超190億);
# the store's date line and the photo caption repeating the lead ("…加權指數終場大漲386點，收在29349點，同步創新高。（中央社）")
# left out; the stored text breaks off in the sentence "台新投顧指出，中國企業訂購超過二〇〇萬顆輝達H200晶片，預計在今年交付，且輝達目",
# so the passage ends before it (its 二〇〇萬 and H200 dropped)).
# Key: 二〇二五全年 rise 5928.5 points (FY2025); the day: TAIEX +386.21 to 29349.81 points; 台積電 closes at 1585元; turnover
# 6488億元; 27 stocks in the 千金俱樂部, 13 down, 13 up; 外資 net buying 120.18億元, 投信 net selling 42.18億元, 自營商 net buying
# 112.36億元, the three combined 190.63億元; 外資's net short TAIEX futures position -1905 to 23154 contracts.
# Optional: the headline's 386 points, 6488億 and 190億 (twins, the last rounded); 國泰投信's 六四〇〇億元以上 (a restated lower
# bound); the 近千家 listed companies rising (a count).
# Judgement calls: the day's rows take period None (昨日; the text names 二〇二六年的第一個交易日 but prints no date); the headline's
# 6488億 is the same value as the body's 六四八八億元 (one key, one optional twin); 賣超 -> negative net_buy; "減少一九〇五口" -> a
# negative change row with the level 23154 as its own row (no inferred prior, news61 zh11); the two 十三檔 counts are separate
# rows (down / up) on the 千金 group; 嘉澤 at 平盤 gives no row; 近千家 -> 1000 companies, optional.
TW11 = "台股|加權指數|集中市場|大盤|TAIEX|Taiwan stock market|Taiwan stocks"
TSMC11 = "台積電|台灣積體電路|TSMC|2330"
QJ11 = "千金俱樂部|千金股|stocks priced at NT$1,000 or more|TWD1000 stocks"
FI11 = "外資|外資法人|foreign investors|foreign institutional investors"
NB11 = "net_buy|net_buying|fund_flow|net_flow"
G["zh11"] = ([
    m("index_change", 386, "points", TW11, None, opt=True, basis="headline twin (大漲386點)"),
    m("turnover|trading_value|volume", 6.488e11, "TWD", TW11, None, opt=True, basis="headline 成交量爆6488億 (twin)"),
    m(NB11, 1.9e10, "TWD", "三大法人|institutional investors|three major institutional investors", None, opt=True,
      basis="headline 3大法人買超190億 (rounded twin)"),
    m("index_change|annual_change", 5928.5, "points", TW11, "FY2025", basis="二〇二五全年累計大漲"),
    m("share_price|close|price", 1585, "TWD", TSMC11, None, basis="收在一五八五元, record high (再創天價)"),
    m("companies|count|advancers", 1000, "companies", TW11, None, opt=True, basis="近千家上市櫃公司齊漲"),
    m("index_change", 386.21, "points", TW11, None, basis="終場大漲, the first trading day of 二〇二六年"),
    m("index_level|close", 29349.81, "points", TW11, None, basis="收盤, record close"),
    m("turnover|trading_value|volume", 6.488e11, "TWD", TW11, None, basis="成交量 六四八八億元"),
    m("stock_count|count|stocks", 27, "stocks", QJ11, None, basis="二十七檔 in the 千金俱樂部"),
    m("stock_count|count|stocks|decliners", 13, "stocks", QJ11, None, basis="十三檔收盤下跌 (信驊, 緯穎 …)"),
    m("stock_count|count|stocks|advancers", 13, "stocks", QJ11, None, basis="十三檔收紅 (世芯-KY, 鴻勁 …)"),
    m(NB11, 1.2018e10, "TWD", FI11, None, basis="買超"),
    m(NB11, -4.218e9, "TWD", "投信|investment trusts|domestic investment trusts", None, basis="賣超 (negative)"),
    m(NB11, 1.1236e10, "TWD", "自營商|dealers|proprietary traders", None, basis="買超"),
    m(NB11, 1.9063e10, "TWD", "三大法人|institutional investors|three major institutional investors", None,
      basis="合計買超"),
    m("futures_net_short_position_change|net_short_position_change", -1905, "contracts", FI11, None,
      basis="台指期淨空單 減少一九〇五口"),
    m("futures_net_short_position|net_short_position|open_interest", 23154, "contracts", FI11, None,
      basis="累計淨空單 二萬三一五四口"),
    m("turnover|trading_value|volume", None, "TWD", TW11, None, rng=(6.4e11, None), opt=True,
      basis="國泰投信: 六四〇〇億元以上 (restated lower bound)"),
], [])


# zh12: Macau's monthly tour-group and hotel-occupancy release (統計暨普查局 text reproduced on news.hello-jobs.com; Traditional,
# half-width punctuation and bracketed counts as printed, the stray space in ", 3月" kept; the release title kept, reworded
# (2019年3月旅行團及酒店入住率 -> 旅行團及酒店入住率(2019年3月)); the page's printed date line 2019-05-02 kept once, its repeat
# "2019/5/02", the label "News Detail" and the footer "Copyright@統計暨普查局(DSEC)" left out; whole stored item otherwise).
# Key (2019-03 unless noted): tour-group visitors 99.6萬 (+39.6%), mainland 80.3萬 (+47.5%), Korea 6.3萬 (+31.1%), Hong Kong 2.0萬
# (+47.1%), Taiwan 6.1萬 (+11.3%); first-quarter tour-group visitors 247.9萬 (+16.5%); residents travelling with agencies 12.1萬
# (-10.1%), of which not on package tours 8.1萬 (-0.5%) going to the mainland 3.4萬, Hong Kong 1.4萬, Taiwan 1.4萬 (together
# 76.7%), on package tours 4.0萬 (-24.8%), to the mainland 3.2萬 (-12.0%); first-quarter residents 39.9萬 (+2.6%); at
# 2019-03-31: 117 hotels (+2), 3.9萬 rooms (+2.2%), five-star rooms 2.4萬 (62.9% of supply, +3.1%); guests 118.6萬 (+3.2%),
# mainland 83.5萬 (+8.2%), Korea 4.5萬 (+11.0%), Hong Kong 10.4萬 (-20.9%), Taiwan 3.7萬 (-5.8%); occupancy 90.7% (+1.7 pp),
# three-star 93.4% (+1.6 pp), five-star 91.9% (+1.8 pp); stay 1.4 nights (持平); first quarter: guests 351.6萬 (+4.5%),
# occupancy 91.8% (+1.8 pp), stay 1.5 nights (維持), hotels' share of overnight visitors 70.9% (-2.4 pp).
# Optional: none.
# Judgement calls: as news48 zh10 — 人次 counts in "visitors" (guests and residents too), "hotels", "rooms", "nights"; every
# "依次" (written for 分別) list maps in order; "增加2間至117間" is the level 117 plus a +2 change row; "與去年同月持平" / "維持在1.5晚"
# give prior = level and no zero row; the three destinations' 76.7% is one share row with the three as alternatives; the
# Easter dates (2018's 3月底, 4月中) give no rows; the release date 2019-05-02 gives no row.
MO12 = "澳門|Macau"
PT12 = "參團旅客|團客|旅行團|package-tour visitors|tour groups|" + MO12
RES12 = "經旅行社安排外出的居民|外出居民|澳門居民|本澳居民|Macau residents|residents travelling with travel agencies"
NPK12 = "非隨團外遊|非隨團外遊居民|independent travel via agencies|" + RES12
PK12 = "隨團外遊|隨團外遊居民|outbound package tours|residents on package tours|" + RES12
HOT12 = "酒店及公寓|全澳酒店及公寓|澳門酒店|Macau hotels|hotels and guesthouses|" + MO12
FIVE12 = "五星級酒店|five-star hotels"
THREE12 = "三星級酒店|三星級|three-star hotels"
GU12 = "酒店及公寓住客|住客|hotel guests|" + HOT12
M12, Q12, E12 = "2019-03", "2019Q1", "2019-03-31"
VIS12, VG12 = "visitors|package_tour_visitors|tour_group_visitors|visitor_arrivals", \
    "visitors_growth|package_tour_visitors_growth|tour_group_visitors_growth|visitor_arrivals_growth"
RT12, RTG12 = "residents_travelling|outbound_residents|visitors", \
    "residents_travelling_growth|outbound_residents_growth|visitors_growth"
GS12, GG12 = "hotel_guests|guests|visitors", "hotel_guests_growth|guests_growth|visitors_growth"
OCC12, OCCC12 = "occupancy_rate|hotel_occupancy|occupancy", "occupancy_rate_change|occupancy_change|occupancy_rate"
G["zh12"] = ([
    m(VIS12, 996000, "visitors", PT12, M12, basis="參團旅客 99.6萬人次"),
    m(VG12, 39.6, "%", PT12, M12, basis="yoy (上升)"),
    m(VIS12, 803000, "visitors", "中國內地團客|內地團客|中國內地|Mainland China|mainland tour groups", M12, basis="tour groups"),
    m(VG12, 47.5, "%", "中國內地團客|內地團客|中國內地|Mainland China|mainland tour groups", M12, basis="依次, first"),
    m(VIS12, 63000, "visitors", "韓國團客|韓國|South Korea|Korea", M12, basis="tour groups"),
    m(VG12, 31.1, "%", "韓國團客|韓國|South Korea|Korea", M12, basis="依次, second"),
    m(VIS12, 20000, "visitors", "香港團客|香港|Hong Kong", M12, basis="tour groups"),
    m(VG12, 47.1, "%", "香港團客|香港|Hong Kong", M12, basis="依次, third"),
    m(VIS12, 61000, "visitors", "台灣地區團客|台灣團客|台灣地區|台灣|Taiwan", M12, basis="tour groups"),
    m(VG12, 11.3, "%", "台灣地區團客|台灣團客|台灣地區|台灣|Taiwan", M12, basis="升幅"),
    m(VIS12, 2479000, "visitors", PT12, Q12, basis="今年首季 參團旅客"),
    m(VG12, 16.5, "%", PT12, Q12, basis="yoy (增加)"),
    m(RT12, 121000, "visitors", RES12, M12, basis="經旅行社安排外出的居民, 12.1萬人次"),
    m(RTG12, -10.1, "%", RES12, M12, basis="yoy (下跌; Easter timing)"),
    m(RT12, 81000, "visitors", NPK12, M12, basis="非隨團外遊"),
    m(RTG12, -0.5, "%", NPK12, M12, basis="微跌"),
    m(RT12, 34000, "visitors", "中國內地|Mainland China|非隨團外遊目的地", M12, basis="non-package residents to the mainland"),
    m(RT12, 14000, "visitors", "香港|Hong Kong|非隨團外遊目的地", M12, basis="non-package residents to Hong Kong"),
    m(RT12, 14000, "visitors", "台灣地區|台灣|Taiwan|非隨團外遊目的地", M12, basis="non-package residents to Taiwan"),
    m("destination_share|share", 76.7, "%", "中國內地、香港及台灣地區|中國內地|香港|台灣地區|非隨團外遊目的地", M12,
      basis="the three destinations together (合共佔)"),
    m(RT12, 40000, "visitors", PK12, M12, basis="隨團外遊"),
    m(RTG12, -24.8, "%", PK12, M12, basis="減少"),
    m(RT12, 32000, "visitors", "中國內地|Mainland China|隨團外遊目的地", M12, basis="package-tour residents to the mainland"),
    m(RTG12, -12.0, "%", "中國內地|Mainland China|隨團外遊目的地", M12, basis="下跌"),
    m(RT12, 399000, "visitors", RES12, Q12, basis="首季"),
    m(RTG12, 2.6, "%", RES12, Q12, basis="yoy (上升)"),
    m("hotels|hotel_count", 117, "hotels", HOT12, E12, basis="3月底 營業中的酒店及公寓"),
    m("hotels_change|hotel_count_change", 2, "hotels", HOT12, E12, basis="按年增加2間"),
    m("hotel_rooms|rooms|room_supply", 39000, "rooms", HOT12, E12, basis="3.9萬間"),
    m("hotel_rooms_growth|rooms_growth|room_supply_growth", 2.2, "%", HOT12, E12, basis="增加"),
    m("hotel_rooms|rooms|room_supply", 24000, "rooms", FIVE12, E12, basis="2.4萬間客房"),
    m("share_of_rooms|share", 62.9, "%", FIVE12, E12, basis="佔總供應量62.9%"),
    m("hotel_rooms_growth|rooms_growth|room_supply_growth", 3.1, "%", FIVE12, E12, basis="上升"),
    m(GS12, 1186000, "visitors", GU12, M12, basis="3月份住客 118.6萬人次"),
    m(GG12, 3.2, "%", GU12, M12, basis="yoy (增加)"),
    m(GS12, 835000, "visitors", "中國內地住客|內地住客|mainland guests|Mainland China", M12),
    m(GG12, 8.2, "%", "中國內地住客|內地住客|mainland guests|Mainland China", M12, basis="依次, first"),
    m(GS12, 45000, "visitors", "韓國住客|Korean guests|South Korea|Korea", M12),
    m(GG12, 11.0, "%", "韓國住客|Korean guests|South Korea|Korea", M12, basis="依次, second"),
    m(GS12, 104000, "visitors", "香港住客|Hong Kong guests|Hong Kong", M12),
    m(GG12, -20.9, "%", "香港住客|Hong Kong guests|Hong Kong", M12, basis="下跌 (依次, first)"),
    m(GS12, 37000, "visitors", "台灣地區住客|台灣住客|Taiwan guests|Taiwan", M12),
    m(GG12, -5.8, "%", "台灣地區住客|台灣住客|Taiwan guests|Taiwan", M12, basis="下跌 (依次, second)"),
    m(OCC12, 90.7, "%", HOT12, M12, basis="平均入住率"),
    m(OCCC12, 1.7, "pp", HOT12, M12, basis="yoy (上升1.7個百分點)"),
    m(OCC12, 93.4, "%", THREE12, M12, basis="三星級入住率"),
    m(OCCC12, 1.6, "pp", THREE12, M12, basis="增加 (依次, first)"),
    m(OCC12, 91.9, "%", FIVE12, M12, basis="五星級酒店入住率"),
    m(OCCC12, 1.8, "pp", FIVE12, M12, basis="增加 (依次, second)"),
    m("average_length_of_stay|length_of_stay", 1.4, "nights", GU12, M12, prior=1.4, basis="平均留宿1.4晚, 持平"),
    m(GS12, 3516000, "visitors", GU12, Q12, basis="首季住客 351.6萬人次"),
    m(GG12, 4.5, "%", GU12, Q12, basis="yoy (上升)"),
    m(OCC12, 91.8, "%", HOT12, Q12, basis="首季平均入住率"),
    m(OCCC12, 1.8, "pp", HOT12, Q12, basis="增加1.8個百分點"),
    m("average_length_of_stay|length_of_stay", 1.5, "nights", GU12, Q12, prior=1.5, basis="維持在1.5晚"),
    m("hotel_share_of_overnight_visitors|share", 70.9, "%", HOT12, Q12, basis="入住酒店及公寓者佔留宿旅客70.9%"),
    m("hotel_share_of_overnight_visitors_change|share_change|share", -2.4, "pp", HOT12, Q12, basis="減少2.4個百分點"),
], [])
