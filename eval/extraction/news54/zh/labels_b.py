# Hand labels for news54/zh, batch b (zh07-zh12; all six Traditional Chinese: four Hong Kong outlets, one Macau outlet
# and one Taiwan outlet; see batch_b.md). Helpers m() and ra() are supplied by
# build_labels.py. Labels were written by hand from the six texts alone: no project code was run (no extractor, no
# newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code,
# plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news52/zh and news53/zh (their "Conventions decided" sections) and the labels files of news52/zh, with
# the precedents named below (news52 zh07 for results in a foreign currency with 仙, news52 zh09 for "vs 2019"
# comparisons and X倍 growths, news52 zh10 for quarters without a printed year, news53 zh04 for a lead that rounds a
# body figure, news53 zh08 for a trade-type release without a year).
# Currency: 保誠's figures are USD because the text says "(美元,下同)" (zh07), 仙 there = US cents (4.4仙 -> 0.044 USD);
# Hong Kong IPO totals in 港元 = HKD (zh08); Macau's 澳門元 = MOP with the bracketed 美元 conversions USD (zh09); Taiwan
# insurers' bare 億元 = TWD (zh10); Stock Connect's "億元人民幣" = CNY, while the named stocks' bare 億元 and 元 in the
# same Hong Kong market story are HKD by the corpus rule (元 in a Hong Kong stock context = HKD) (zh12).
# Values fully scaled (15.44億元 -> 1.544e9; 3,135.2億元 -> 3.1352e11; 568.1萬件 -> 5.681e6; 1 萬億港元 -> 1e12); X倍 as a
# gain or growth -> 100X % (升至3.6倍 -> 360 %, 激增4.3倍 -> 430 %); X倍 as an oversubscription -> "x"; X成 -> 10X %
# (超過 9 成 -> 90 %, 約 7 成 -> 70 %). Declines negative (減少, 跌, 大跌, 下降, 月減, 下跌). 約X -> X.
# Bounds (超過, 逾, 突破, 首次突破): open ranges, optional unless a headline figure (none of this batch's bounds is).
# Repeats: a figure printed twice (sub-heading and body, a lead restated in the body) is one key row and an optional twin;
# a rounded lead ("高達515億元" before 515.3億元, "僅約1%" before the median 1%) is the optional twin. Bracketed currency
# conversions (42.6億美元 after 340.9億澳門元) are optional. Counts use the earlier sets' nouns ("IPOs", "rooms", "shares",
# "months"; the lenient "count" for insurance claims, as news36 zh05's parcel volumes in 亿件; "rooms" as news48 zh10).
# Periods only where the text states or clearly implies the year: zh07 2024H1 (the interim to 6月底 with "今年下半年" and
# "2024年" printed in the outlook); zh08 None (新制實施後至今, 今年 2 月底 — no year printed for 今年) and FY2025 for the
# printed "2025 年全年"; zh09 2024Q3 (printed), 2013Q3 and the printed years for the VIP-room counts; zh10 2026-01 (今年一月
# beside the printed 2025年12月 and 今年1月), 2025-12 (上月) and 2025-01 (去年同期); zh11 "H1" for 今年上半年 and None for 6月 /
# 第二季 (no year printed); zh12 None (今周, undated). Addresses, dropped page chrome and the writer's knowledge are never used.
# No rating actions: none of the six passages carries a broker rating or target.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: UK/Asia insurer's interim results listed in Hong Kong (香港商報 hkcd.com, 2024-08-28 in the address only;
# Traditional, half-width commas, semicolons and brackets as printed; no headline in the stored text, none composed; the
# sub-heading reworded around 2.84%; the stray ",。" after 1.15億元 kept; whole stored item).
# Key: adjusted operating profit 15.44億元 (+5.61%); the short-term fluctuation in investment returns 負10.81億; attributable
# profit 1.2億元 (-87.29%); basic EPS 4.4仙; first interim dividend 6.84仙 (+9.27%); new business profit 14.68億元
# (-1.41%); APE sales 31.11億元 (+2.78%); Hong Kong APE 9.55億元 (-7.01%), NBP 6.51億元 (-2.84%); 中信保誠人壽 APE 3.24億元
# (-17.77%), NBP 1.15億元 (-32.75%); the first 20億元 buyback programme, 1.92億元 spent and 2200萬股 bought by 8月22日.
# Optional: the sub-heading's -2.84% (twin).
# Judgement calls: all amounts USD ("(美元,下同)"), 仙 = US cents; "負10.81億" (no 元 printed) is a negative USD row on the
# line item with the company as alias; period 2024H1 (the interim to 6月底, with "延續到今年下半年" and the outlook
# "2024年新業務利潤" fixing the year), 8月22日 -> 2024-08-22; the 2022-2027 and 2027 targets give no row (no figure).
PRU7 = "保誠|Prudential|保誠集團|2378|02378|2378.HK"
HK7 = "香港業務|香港|Hong Kong|" + PRU7
CN7 = "中信保誠人壽|CITIC-Prudential|CITIC Prudential|內地業務|中國內地|Mainland China|" + PRU7
APE7 = "ape_sales|annual_premium_equivalent_sales|ape|sales"
APEG7 = "ape_sales_growth|ape_growth|sales_growth|growth"
NBP7 = "new_business_profit|nbp"
NBPG7 = "new_business_profit_growth|nbp_growth|growth"
H7 = "2024H1"
G["zh07"] = ([
    m("adjusted_operating_profit|operating_profit|adjusted_operating_profit_before_tax", 1.544e9, "USD", PRU7, H7,
      basis="經調整經營溢利"),
    m("adjusted_operating_profit_growth|operating_profit_growth|growth", 5.61, "%", PRU7, H7, basis="yoy"),
    m("short_term_fluctuations_in_investment_returns|investment_return_fluctuations|investment_fluctuations",
      -1.081e9, "USD", "投資回報的短期波動|" + PRU7, H7, basis="負10.81億 (no 元 printed)"),
    m("net_profit|attributable_profit|shareholders_profit|profit", 1.2e8, "USD", PRU7, H7,
      basis="attributable, 股東應佔利潤"),
    m("net_profit_growth|attributable_profit_growth|profit_growth", -87.29, "%", PRU7, H7, basis="yoy, 大跌"),
    m("eps|basic_eps|earnings_per_share", 0.044, "USD", PRU7, H7, basis="basic, 4.4仙"),
    m("interim_dividend|dividend_per_share|dps|dividend", 0.0684, "USD", PRU7, H7,
      basis="first interim, 每股6.84仙"),
    m("dividend_growth|dps_growth|interim_dividend", 9.27, "%", PRU7, H7, basis="yoy"),
    m(NBP7, 1.468e9, "USD", PRU7, H7),
    m(NBPG7, -1.41, "%", PRU7, H7, basis="yoy, 減少"),
    m(APE7, 3.111e9, "USD", PRU7, H7, basis="年度保費等值銷售額"),
    m(APEG7, 2.78, "%", PRU7, H7, basis="增加…至"),
    m(APE7, 9.55e8, "USD", HK7, H7),
    m(APEG7, -7.01, "%", HK7, H7, basis="yoy"),
    m(NBP7, 6.51e8, "USD", HK7, H7),
    m(NBPG7, -2.84, "%", HK7, H7, basis="跌…至"),
    m(NBPG7, -2.84, "%", HK7, H7, opt=True, basis="sub-heading twin"),
    m(APE7, 3.24e8, "USD", CN7, H7),
    m(APEG7, -17.77, "%", CN7, H7),
    m(NBP7, 1.15e8, "USD", CN7, H7),
    m(NBPG7, -32.75, "%", CN7, H7, basis="跌…至"),
    m("buyback_programme|buyback_size|share_buyback", 2e9, "USD", PRU7, None, basis="首批 programme under way"),
    m("buyback_amount|share_buyback|buyback_spent", 1.92e8, "USD", PRU7, "2024-08-22", basis="截至8月22日"),
    m("shares_repurchased|buyback_shares|shares_bought_back", 2.2e7, "shares", PRU7, "2024-08-22",
      basis="截至8月22日, 2200萬股"),
], [])


# zh08: Hong Kong IPO-market statistics six months into the allocation reform, from a broker's data (am730 財經,
# 2026-03-11 in the dropped date line; Traditional, full-width punctuation with the half-width "(香港)" and the spaces
# around numbers in the second half as printed ("今年 2 月底", "1,091 倍", "18C公司", "至5%"); the sub-heading
# "一手中籤率…逾 53%" run into its paragraph as printed, reworded; passage stops before "新制生效半年間，首" (cut
# mid-sentence, no figure)).
# Key: of the 10 best first-day performers 9 used 機制B, top first-day gain 3.6倍 (360%); 63 機制B IPOs against 10 that
# trigger clawback (2 機制A, 8 18C); the year before the reform: no-clawback IPOs' median one-lot allotment rate 50%,
# median first-day change 4.2%, average gain 53.6%; clawback IPOs' median rate 17.5%, median oversubscription 194 x,
# average gain 10.5%; after it: 機制B median oversubscription 1,091 x, median rate 1%, median first-day change 24%,
# average gain 53.6%; 18C companies' median rate 5%.
# Optional: the 10-IPO sample; the second printings of 63 and 8; the lead's "僅約1%" (twin of the median 1%); the
# margin-user share 超過 9 成 (prior 約 7 成) and the 2025 margin total 首次突破 1 萬億港元 (bounds); the sub-heading's
# 逾 53% (bound restating 53.6%); 18C's 逾千倍 oversubscription (bound).
# Judgement calls: "首日股價最高升至3.6倍" is a first-day gain of 360 % (X倍 as a gain, the corpus rule; its twin story
# prints "升幅最高達3.6倍"), not a price of 3.6 times the offer price; counts of IPOs are key "IPOs" rows on the
# mechanism; "超過 9 成…較改革前的約 7 成" is one optional bound with the prior 70 on it; period None (今年 2 月底 has no
# printed year; the dropped date line is not used) except FY2025 for the printed "2025 年全年".
HK8 = "港股IPO|港股新股|香港新股|Hong Kong IPOs|港交所|HKEX"
MB8 = "「機制B」|機制B|機制 B|Mechanism B|" + HK8
NC8 = "沒有觸發回撥的新股|未有觸發回撥的新股|無回撥|no clawback|新規實施前|" + HK8
CB8 = "觸發回撥的新股|有觸發回撥的新股|觸發回撥|clawback|新規實施前|" + HK8
C18 = "18C公司|18C|18C companies|" + HK8
TIG8 = "老虎證券|老虎證券(香港)|老虎國際|Tiger Brokers|Tiger"
AL8 = "one_lot_allotment_rate|allotment_rate|median_allotment_rate|success_rate"
FD8 = "first_day_change|median_first_day_change|first_day_return|first_day_gain"
AV8 = "average_first_day_gain|first_day_gain|first_day_return|average_first_day_return"
OS8 = "oversubscription|median_oversubscription|subscription_multiple|oversubscription_multiple"
G["zh08"] = ([
    m("max_first_day_gain|first_day_gain|first_day_return|price_change", 360, "%", MB8, None,
      basis="首日股價最高升至3.6倍, best of the 10 top debuts since the reform"),
    m("ipo_count|ipos|number_of_ipos", 9, "IPOs", MB8, None, basis="of the 10 best first-day performers"),
    m("ipo_count|ipos|number_of_ipos", 10, "IPOs", HK8, None, opt=True, basis="top-10 sample"),
    m("ipo_count|ipos|number_of_ipos", 63, "IPOs", MB8, None, basis="since the reform"),
    m("ipo_count|ipos|number_of_ipos", 63, "IPOs", MB8, None, opt=True, basis="second printing"),
    m("ipo_count|ipos|number_of_ipos", 10, "IPOs", "會觸發回撥|觸發回撥|clawback IPOs|" + HK8, None,
      basis="since the reform"),
    m("ipo_count|ipos|number_of_ipos", 2, "IPOs", "「機制A」|機制A|Mechanism A|" + HK8, None),
    m("ipo_count|ipos|number_of_ipos", 8, "IPOs", C18, None),
    m("ipo_count|ipos|number_of_ipos", 8, "IPOs", C18, None, opt=True, basis="second printing"),
    m(AL8, 1, "%", MB8, None, opt=True, basis="lead, 僅約1%, approximate twin of the median"),
    m("margin_subscriber_share|margin_user_share|share", None, "%", TIG8, None, rng=(90, None), prior=70, opt=True,
      basis="超過 9 成 of users subscribing on margin, from 約 7 成 before the reform"),
    m("margin_financing_total|margin_total|ipo_margin_loans", None, "HKD", TIG8, "FY2025", rng=(1e12, None), opt=True,
      basis="首次突破 1 萬億港元, record"),
    m(AV8, None, "%", MB8, None, rng=(53, None), opt=True, basis="sub-heading, 逾 53%"),
    m(AL8, 50, "%", NC8, None, basis="median, the year before the reform, 高達"),
    m(FD8, 4.2, "%", NC8, None, basis="median, the year before the reform"),
    m(AV8, 53.6, "%", NC8, None, basis="average, 約, the year before the reform"),
    m(AL8, 17.5, "%", CB8, None, basis="median, the year before the reform"),
    m(OS8, 194, "x", CB8, None, basis="median, the year before the reform"),
    m(AV8, 10.5, "%", CB8, None, basis="average, 約, the year before the reform"),
    m(OS8, 1091, "x", MB8, None, basis="median, after the reform, 急增至"),
    m(AL8, 1, "%", MB8, None, basis="median, after the reform, 跌至"),
    m(FD8, 24, "%", MB8, None, basis="median, after the reform, 達到"),
    m(AV8, 53.6, "%", MB8, None, basis="average, after the reform"),
    m(OS8, None, "x", C18, None, rng=(1000, None), opt=True, basis="逾千倍超購"),
    m(AL8, 5, "%", C18, None, basis="median, 壓低至"),
], [])


# zh09: Macau's quarterly gaming revenue by segment, mass against VIP baccarat (comecchina.org 本報訊, reporter 海軒;
# Traditional, half-width commas and brackets as printed, the dash "——" kept; no headline in the stored text, none
# composed; whole stored item).
# Key: mass-market baccarat 340.9億澳門元 in the quarter to 2024-09-30, 61.1% of GGR, +11.5% vs 2019 and +14.5% vs
# 2023Q3; total GGR 557億澳門元; VIP baccarat 130.8億澳門元 (+11.2% yoy, -57.9% vs 2019), 23.5% of GGR against 43.8% in
# 2019; at the 2013 peak the third quarter's 578億澳門元 = 64.6% of the total; licensed VIP rooms 18 in 2024 (from 36 the
# year before), 235 at the 2013 peak, lately 24.
# Optional: the bracketed US-dollar conversions (42.6億, 69.6億, 16.3億, 72.2億美元); the year-before count 36 as a row.
# Judgement calls: "截至2024年9月30日的三個月" / "第三季度" -> 2024Q3; comparisons with 2019 are key growth rows with
# "vs 2019Q3" in basis (news52 zh09); the 2019 share "2019年時則為43.8%" takes period None (only the year is printed);
# the 2013 third-quarter 578億澳門元, printed beside "貴賓廳百家樂市場處於巔峰時" and "占全行業總收入的64.6%", is
# labelled on VIP baccarat (a segment's share of the industry) with the industry as alias, period 2013Q3; VIP-room
# counts are "rooms" with the printed year ("去年" beside 2024 -> 2023); "減半" gives no row.
MASS9 = "中場百家樂|中場|mass-market baccarat|mass baccarat|澳門|Macau"
VIP9 = "貴賓百家樂|貴賓廳百家樂|VIP baccarat|VIP|澳門|Macau"
ALL9 = "澳門博彩業|博彩行業|澳門|Macau|博監局|DICJ"
ROOM9 = "持牌貴賓廳|貴賓廳|licensed VIP rooms|VIP rooms|澳門|Macau"
GGR9 = "ggr|gross_gaming_revenue|gaming_revenue|revenue"
GG9 = "ggr_growth|gaming_revenue_growth|revenue_growth|growth"
SH9 = "share_of_ggr|ggr_share|revenue_share|share"
RC9 = "licensed_vip_rooms|vip_room_count|number_of_vip_rooms|count"
Q9 = "2024Q3"
G["zh09"] = ([
    m(GGR9, 3.409e10, "MOP", MASS9, Q9),
    m(GGR9, 4.26e9, "USD", MASS9, Q9, opt=True, basis="USD conversion in brackets"),
    m(SH9, 61.1, "%", MASS9, Q9),
    m(GG9, 11.5, "%", MASS9, Q9, basis="vs 2019Q3, 2019年同期"),
    m(GG9, 14.5, "%", MASS9, Q9, basis="yoy, vs 2023Q3"),
    m(GGR9, 5.57e10, "MOP", ALL9, Q9, basis="total, 總收入"),
    m(GGR9, 6.96e9, "USD", ALL9, Q9, opt=True, basis="USD conversion in brackets"),
    m(GGR9, 1.308e10, "MOP", VIP9, Q9),
    m(GGR9, 1.63e9, "USD", VIP9, Q9, opt=True, basis="USD conversion in brackets"),
    m(GG9, 11.2, "%", VIP9, Q9, basis="yoy, 同比"),
    m(GG9, -57.9, "%", VIP9, Q9, basis="vs 2019Q3, 下降了"),
    m(SH9, 23.5, "%", VIP9, Q9, basis="僅為"),
    m(SH9, 43.8, "%", VIP9, None, basis="2019年"),
    m(GGR9, 5.78e10, "MOP", VIP9 + "|" + ALL9, "2013Q3", basis="at the 2013 VIP peak"),
    m(GGR9, 7.22e9, "USD", VIP9 + "|" + ALL9, "2013Q3", opt=True, basis="USD conversion in brackets"),
    m(SH9, 64.6, "%", VIP9, "2013Q3", basis="占全行業總收入"),
    m(RC9, 18, "rooms", ROOM9, "2024", prior=36, basis="減半, 僅剩"),
    m(RC9, 36, "rooms", ROOM9, "2023", opt=True, basis="去年"),
    m(RC9, 235, "rooms", ROOM9, "2013", basis="2013 peak"),
    m(RC9, 24, "rooms", ROOM9, None, basis="latest, 最近…回升至"),
], [])


# zh10: Taiwan life insurers' monthly premium income, payouts and net inflow (經濟日報 on udn.com, 2026-03-05 in the
# dropped date line; Traditional, full-width punctuation, Chinese-numeral months 一月 / 六月 / 二、三月 and 八個月 as
# printed; no headline in the stored text, none composed; passage stops before "同時，保單解約也在持續，壽險業" (cut
# mid-sentence, no figure)).
# Key: total premium income 3,135.2億元 in January (prior-year 2,111.3億元; +7.4% mom, +48.5% yoy); payouts 2,619.9億元
# (prior-year 1,940.9億元; -0.8% mom, +35% yoy); net inflow 515.3億元 (from 277.9億元 the month before); claims 568.1萬件
# in 2025-12; claims +66.8% yoy in January.
# Optional: the body's second 3,135.2億元 and 2,619.9億元 (twins); the lead's 高達515億元 (rounded twin); the year-before
# levels 2,111.3億元 and 1,940.9億元 and the previous month's 277.9億元 as rows of their own; the 8-month streak; January's
# 突破689.3萬件 (a bound).
# Judgement calls: 今年一月 = 2026-01 (the text prints "2025年12月" then "今年1月" for the next month); 上月 = 2025-12,
# 去年同期 / 去年一月 = 2025-01; "對照去年同期2,111.3億元…年成長48.5%" gives the level with that prior (news53 zh04's
# "相比7月的A"); claim counts use the lenient "count" unit; "去年六月以來新高" gives no row.
LIFE10 = "壽險業|台灣壽險業|Taiwan life insurers|life insurance industry|保發中心"
PREM10 = "total_premium_income|premium_income|premiums"
PAY10 = "insurance_payouts|benefit_payments|payouts|claims_paid"
NET10 = "net_premium_inflow|net_inflow|net_premium_flow"
CLM10 = "claim_count|payout_count|claims"
J10 = "2026-01"
G["zh10"] = ([
    m(PREM10, 3.1352e11, "TWD", LIFE10, J10, prior=2.1113e11, basis="prior 去年同期"),
    m(PREM10, 3.1352e11, "TWD", LIFE10, J10, opt=True, basis="second printing"),
    m(PREM10, 2.1113e11, "TWD", LIFE10, "2025-01", opt=True, basis="去年同期"),
    m("premium_income_growth|premium_growth|growth", 7.4, "%", LIFE10, J10, basis="mom, 月增"),
    m("premium_income_growth|premium_growth|growth", 48.5, "%", LIFE10, J10, basis="yoy, 年成長"),
    m(PAY10, 2.6199e11, "TWD", LIFE10, J10, prior=1.9409e11, basis="prior 去年同期"),
    m(PAY10, 2.6199e11, "TWD", LIFE10, J10, opt=True, basis="second printing"),
    m(PAY10, 1.9409e11, "TWD", LIFE10, "2025-01", opt=True, basis="去年同期"),
    m("payout_growth|payouts_growth|growth", -0.8, "%", LIFE10, J10, basis="mom, 小幅月減"),
    m("payout_growth|payouts_growth|growth", 35, "%", LIFE10, J10, basis="yoy, 年成長"),
    m(NET10, 5.153e10, "TWD", LIFE10, J10, prior=2.779e10, basis="highest since 2025-06; prior 上月"),
    m(NET10, 5.15e10, "TWD", LIFE10, J10, opt=True, basis="lead, 高達515億元, rounded twin"),
    m(NET10, 2.779e10, "TWD", LIFE10, "2025-12", opt=True, basis="上月"),
    m("net_inflow_streak|streak", 8, "months", LIFE10, J10, opt=True, basis="連續八個月"),
    m(CLM10, 5.681e6, "count", LIFE10, "2025-12", basis="達, full-year high"),
    m(CLM10, None, "count", LIFE10, J10, rng=(6.893e6, None), opt=True, basis="突破689.3萬件"),
    m("claim_count_growth|payout_count_growth|growth", 66.8, "%", LIFE10, J10, basis="yoy, vs 去年一月"),
], [])


# zh11: Hong Kong's monthly external merchandise trade volume and price release (星島 std.stheadline.com 即時 財經;
# Traditional, half-width commas and semicolons as printed, the closing "(nc)" kept; no headline in the stored text (the
# address carries one), none composed; "最新回應" left out; whole stored item).
# Key: June yoy volumes: re-exports +9.2%, "出口貨量" (the domestic exports, printed without 港產品) +1.2%, total exports
# +9.1%, imports +8.2%; June prices: re-exports +1.8%, domestic exports +1.7%, total exports +1.8%, imports +2.1%; June
# export volumes by destination: India +37.9%, Taiwan +29.3%, Japan +14.0%, the mainland +8.8%, the US +1.2%; first-half
# volumes: re-exports +7.3%, domestic exports +0.5%, total exports +7.2%, imports +7.7%; first-half prices: re-exports
# +1.6%, domestic exports +2.6%, total exports +1.6%, imports +1.7%; second quarter seasonally adjusted qoq volumes: total
# exports +1.0%, re-exports +1.1%, domestic exports -6.3%, imports -1.1%.
# Optional: none.
# Judgement calls: each flow's growth is a key row on the flow with Hong Kong as alias (news53 zh08's categories);
# "今年上半年" -> "H1" (the half stated, the year not); 6月 and 第二季 take period None (news52 zh10); the June "出口貨量
# 亦上升1.2%" between re-exports and the total is the domestic-export line (港產品) and carries both names.
HK11 = "香港|本港|Hong Kong|政府統計處"
RX11 = "商品轉口|轉口|re-exports|" + HK11
DX11 = "港產品出口|港產品|出口貨量|domestic exports|" + HK11
TX11 = "商品整體出口|整體出口|total exports|exports|" + HK11
IM11 = "進口|商品進口|imports|" + HK11
VOL11 = "export_volume_growth|volume_growth|trade_volume_growth"
IVOL11 = "import_volume_growth|volume_growth|trade_volume_growth"
PR11 = "export_price_growth|price_growth|export_price_change"
IPR11 = "import_price_growth|price_growth|import_price_change"
G["zh11"] = ([
    m(VOL11, 9.2, "%", RX11, None, basis="June, yoy"),
    m(VOL11, 1.2, "%", DX11, None, basis="June, yoy"),
    m(VOL11, 9.1, "%", TX11, None, basis="June, yoy"),
    m(IVOL11, 8.2, "%", IM11, None, basis="June, yoy"),
    m(PR11, 1.8, "%", RX11, None, basis="June, yoy"),
    m(PR11, 1.7, "%", DX11, None, basis="June, yoy"),
    m(PR11, 1.8, "%", TX11, None, basis="June, yoy"),
    m(IPR11, 2.1, "%", IM11, None, basis="June, yoy"),
    m(VOL11, 37.9, "%", "印度|India|" + TX11, None, basis="June, yoy, to India"),
    m(VOL11, 29.3, "%", "台灣|Taiwan|" + TX11, None, basis="June, yoy, to Taiwan"),
    m(VOL11, 14.0, "%", "日本|Japan|" + TX11, None, basis="June, yoy, to Japan"),
    m(VOL11, 8.8, "%", "內地|中國內地|Mainland China|" + TX11, None, basis="June, yoy, to the mainland"),
    m(VOL11, 1.2, "%", "美國|United States|US|" + TX11, None, basis="June, yoy, to the US"),
    m(VOL11, 7.3, "%", RX11, "H1", basis="yoy"),
    m(VOL11, 0.5, "%", DX11, "H1", basis="yoy"),
    m(VOL11, 7.2, "%", TX11, "H1", basis="yoy"),
    m(IVOL11, 7.7, "%", IM11, "H1", basis="yoy"),
    m(PR11, 1.6, "%", RX11, "H1", basis="yoy"),
    m(PR11, 2.6, "%", DX11, "H1", basis="yoy"),
    m(PR11, 1.6, "%", TX11, "H1", basis="yoy"),
    m(IPR11, 1.7, "%", IM11, "H1", basis="yoy"),
    m(VOL11, 1.0, "%", TX11, None, basis="Q2, qoq, seasonally adjusted"),
    m(VOL11, 1.1, "%", RX11, None, basis="Q2, qoq, seasonally adjusted"),
    m(VOL11, -6.3, "%", DX11, None, basis="Q2, qoq, seasonally adjusted, 下跌"),
    m(IVOL11, -1.1, "%", IM11, None, basis="Q2, qoq, seasonally adjusted, 下跌"),
], [])


# zh12: weekly southbound Stock Connect flows with the named stocks' net buying (香港經濟日報 inews.hket.com; Traditional,
# half-width commas, brackets and "?" as printed; the editor line "編輯:黃銳" kept; no headline in the stored text (the
# address carries one), none composed; whole stored item).
# Key: 滬深300 +3.4% and 創業板指數 +7.6% on the week; southbound net inflow 240.3億元人民幣 (+430% wow, "激增4.3倍");
# net buying of 美團 45.9億元 and 安踏 46.1億元 (placement week), 騰訊 14.1億元, 中移動 24.1億元 (its week +2.4%, close
# 52.45元), 港交所 8.1億元.
# Optional: none.
# Judgement calls: the Stock Connect total is CNY as printed; the named stocks' flows, printed "億元" without 人民幣, are
# HKD by the corpus rule for a Hong Kong stock context (the text does not say "下同"); "比上周激增4.3倍" -> +430 % with
# "wow" in basis; "回到去年底的水平" and the comparisons with 小米 give no row; period None (undated).
SB12 = "港股通|南下資金|北水|Southbound|Stock Connect"
CM12 = "中移動|中國移動|China Mobile|00941|941"
FLOW12 = "net_buying|net_inflow|southbound_net_buying|net_purchase"
G["zh12"] = ([
    m("index_change|weekly_change|price_change", 3.4, "%", "滬深300指數|滬深300|CSI 300", None, basis="weekly, 累升"),
    m("index_change|weekly_change|price_change", 7.6, "%", "深圳創業板指數|創業板指數|創業板|ChiNext", None,
      basis="weekly"),
    m("net_inflow|southbound_net_inflow|net_buying", 2.403e10, "CNY", SB12, None, basis="weekly, 今周"),
    m("net_inflow_growth|net_inflow_change|growth", 430, "%", SB12, None, basis="wow, 激增4.3倍"),
    m(FLOW12, 4.59e9, "HKD", "美團|Meituan|03690|3690|" + SB12, None, basis="weekly, placement week"),
    m(FLOW12, 4.61e9, "HKD", "安踏|安踏體育|Anta|02020|2020|" + SB12, None, basis="weekly, placement week"),
    m(FLOW12, 1.41e9, "HKD", "騰訊|騰訊控股|Tencent|00700|700|" + SB12, None, basis="weekly, 累計, 僅得"),
    m(FLOW12, 2.41e9, "HKD", CM12 + "|" + SB12, None, basis="weekly, 達"),
    m("price_change|share_price_change", 2.4, "%", CM12, None, basis="weekly, 微升"),
    m("price|share_price|close", 52.45, "HKD", CM12, None, basis="close, 收報"),
    m(FLOW12, 8.1e8, "HKD", "港交所|香港交易所|HKEX|00388|388|" + SB12, None, basis="weekly"),
], [])
