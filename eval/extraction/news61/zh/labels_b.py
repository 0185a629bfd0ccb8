# Hand labels for news61/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong pages (大公報 on tkww.hk, a
# 經濟通 item on an etnet quote server), one Macau daily (力報 on exmoo.com) and three Taiwan pages (the central bank's
# bond-auction release on pacificenews.com, 經濟日報 on udn.com, Yahoo奇摩新聞 tw.news.yahoo.com); see batch_b.md).
# Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier sets'
# labels_*.py files (grep: "transactions", "units", "square feet", "shares", "points", "contracts", "lots", "days",
# "years", "x").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news59/zh and news60/zh and the labels files of news59/zh (labels_a.py, labels_b.py), with the precedents
# named below: news26 zh07 for an 經濟通 quote item (the story's own 現價 quote, move and turnover key; the volume in
# shares, the appended index snapshot and the related-stocks table optional, the table's more precise restatement of the
# story's move optional); news60 for "由A…至B" (value B, prior A, plus an optional row for A); news27 zh12 for
# Republic-of-China years (+1911); the earlier sets' "printed '-0.92%' in the 增减 column" rows for a share change printed
# with % (labelled pp, key, with an optional "%" twin so either reading is matched); news56 / news57 for 持平 / 大致相若
# (optional 0 rows); the development corpus for "X倍" growth (上升近4倍 -> 400 %, 大超約1.92倍 -> 192 %).
# Currency: Hong Kong bare 元 / 萬元 / 億元 = HKD (zh07, zh08); Macau 萬澳門元 = MOP (zh09); Taiwan 新臺幣 / bare 元 /
# 億元 = TWD (zh10, zh11, zh12). Values fully scaled (1229億元 -> 1.229e11; 55.9萬澳門元 -> 559000; 69.999億元 ->
# 6.9999e9; 0.22億元 -> 2.2e7; 10.6 萬元 -> 106000; 228萬股 -> 2.28e6). 約X / 近X -> X; 近五成 -> 50 %, 逾三成 -> an
# optional bound (30, None); 減少約半 -> -50 %. Declines negative (跌, 下跌, 回落, 減少, 下調; 淨空單減少 -> a negative
# change of the net short position); 增加 / 上升 / 升 positive. Open bounds (逾, 以上, 超過, 飆破, 餘) are optional ranges
# except where the bound is the only figure printed for that statistic (zh07's 高出逾11.5%, key). A figure printed twice
# (headline and body, body and summary) is one key row and optional twins. Per-unit prices are labelled in the currency
# alone with the basis in `basis` (zh07's 呎價 22038元 -> 22038 HKD per sq ft).
# Brokers' targets and ratings appear only in rating actions (zh08: 超配 -> overweight, 買入 -> buy, 持有 -> hold); the
# printed % size of a target move is a target_price_change row (近五成 key, 逾三成 optional bound).
# Periods only where the text states or clearly implies the year: zh07 None (今年 / 去年, no year printed) and FY2022
# (printed); zh08 None (26日, 今年, 明年; no year printed); zh09 FY2023, 2023Q1..Q4, FY2022 (printed); zh10 2025-01-15 for
# the auction (114年 1 月 15 日, ROC +1911) and 2024-12-13 for the previous same-tenor issue (113年12月13日); zh11 None
# (昨（2）日, 9月第一周; the page's date line is dropped and not used); zh12 None (23 日, 1 月 27 日至 29 日; the date line
# is dropped). Addresses, dropped page chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 大公報 round-up of Hong Kong's first-hand home sales so far this year with one developer's tender sale (tkww.hk
# e-paper; Traditional, half-width commas and brackets as stored; the headline kept, reworded; the doubled "去年去年"
# kept, the doubled "則則" not reproduced; whole stored item).
# Key: 10083 transactions year to date (body), 約10479 last year, 約96.2% of last year, 約9100 in 2022 (FY2022) and the 10%
# excess over it; value 約1229億元 and 約1102億元 last year, value growth 逾11.5% (the only figure for it -> key bound);
# Kowloon 6079 (last year 4755, +約27.8%), Hong Kong Island 1403 (last year 480, 大超約1.92倍 -> +192 %), New Territories
# 2601 (last year 5244, 減少約半 -> -50 %); 新地's 瓏珀山 flat sold for 3266萬元 at 22038元 per sq ft, 70 flats sold for 近14億元.
# Optional: the headline's 10083 and 96% (twins), the lead's 逾萬個單位 and 96%以上 (bounds), 3年新高, the areas (1482 and
# 約1230方呎; areas optional as in the earlier sets' single-flat rows) and the 1.92倍 read as "x".
# Judgement calls: counts of 宗 are "transactions", 伙 / 個單位 are "units"; this year's and last year's figures are
# separate rows (period None: no year printed), each region its own entity; "較去年去年全年" read as last year's total.
# Not labelled: 本周一 / 昨日 / 5月底 (dates), King Tower 1, 27樓, 4房, the stock code 00016.
HK7 = "香港|本港|一手住宅|一手市場|一手|新盤|發展商|Hong Kong|Hong Kong primary market|Hong Kong new homes"
KLN7 = "九龍區|九龍|將軍澳|西貢|Kowloon"
HKI7 = "港島區|港島|愉景灣|Hong Kong Island"
NT7 = "新界區|新界|New Territories"
LPS7 = "瓏珀山|King Tower 1|新地|新鴻基地產|Sun Hung Kai Properties|SHKP|00016"
TX7 = "first_hand_transactions|transactions|new_home_sales|sales_volume|units_sold"
TXG7 = "transactions_growth|sales_growth|growth|first_hand_transactions_growth"
VAL7 = "sales_value|transaction_value|total_value|sales|sales_amount"
SHR7 = "share_of_previous_year|pct_of_last_year|ratio|share"
G["zh07"] = ([
    m(TX7, 10083, "transactions", HK7, None, basis="今年至今 (to 本周一), 一手成交"),
    m(TX7, 10083, "transactions", HK7, None, opt=True, basis="headline twin"),
    m("units_sold|first_hand_transactions|transactions", None, "units", HK7, None, rng=(10000, None), opt=True,
      basis="lead, 逾萬個單位 (bound)"),
    m(SHR7, 96.2, "%", HK7, None, basis="約96.2% of last year's full-year total"),
    m(SHR7, 96, "%", HK7, None, opt=True, basis="headline, rounded"),
    m(SHR7, None, "%", HK7, None, rng=(96, None), opt=True, basis="lead, 96%以上 (bound)"),
    m(TX7, 10479, "transactions", HK7, None, basis="去年全年, 約"),
    m(TX7, 9100, "transactions", HK7, "FY2022", basis="2022年全年, 約"),
    m(TXG7, 10, "%", HK7, None, basis="this year so far vs the 2022 full year (更多出10%)"),
    m(VAL7, 1.229e11, "HKD", HK7, None, basis="今年暫錄 成交總額, 約"),
    m(VAL7, 1.102e11, "HKD", HK7, None, basis="去年全年, 約"),
    m("sales_value_growth|value_growth|growth", None, "%", HK7, None, rng=(11.5, None),
      basis="高出逾11.5% vs last year's total (the only figure for it -> key bound)"),
    m("years|record", 3, "years", HK7, None, opt=True, basis="3年新高"),
    m(TX7, 6079, "transactions", KLN7, None, basis="this year so far, incl. 將軍澳 and 西貢"),
    m(TX7, 4755, "transactions", KLN7, None, basis="去年全年"),
    m(TXG7, 27.8, "%", KLN7, None, basis="vs last year's full year, 多約27.8%"),
    m(TX7, 1403, "transactions", HKI7, None, basis="this year so far, incl. 愉景灣"),
    m(TX7, 480, "transactions", HKI7, None, basis="去年去年全年 (last year's full year, doubled word as printed)"),
    m(TXG7, 192, "%", HKI7, None, basis="大超約1.92倍 (exceeds by 1.92 times -> +192 %)"),
    m(TXG7, 1.92, "x", HKI7, None, opt=True, basis="the same 1.92倍 read as a multiple"),
    m(TX7, 2601, "transactions", NT7, None, basis="this year so far"),
    m(TX7, 5244, "transactions", NT7, None, basis="去年全年"),
    m(TXG7, -50, "%", NT7, None, basis="減少約半 (about half)"),
    m("area|saleable_area", 1482, "square feet", LPS7, None, opt=True, basis="實用面積1482方呎"),
    m("roof_area|area", 1230, "square feet", LPS7, None, opt=True, basis="約1230方呎天台"),
    m("transaction_price|price|sale_price", 3.266e7, "HKD", LPS7, None, basis="tender sale, 昨日, 3266萬元"),
    m("price_per_sq_ft|unit_price|price", 22038, "HKD", LPS7, None, basis="per sq ft of saleable area (呎價)"),
    m("units_sold|flats_sold|units", 70, "units", LPS7, None, basis="累計售出70伙 since 5月底 (completed flats)"),
    m("sales_proceeds|sales_value|proceeds", 1.4e9, "HKD", LPS7, None, basis="套現近14億元"),
], [])


# zh08: 經濟通 item on Sun Hung Kai Properties' share price before its interim results, with two brokers' opposite rating
# moves and their Hong Kong home-price forecasts (an etnet quote-server page; Traditional, half-width commas; the "|"
# table of property stocks kept as printed, the dateline 《經濟通通訊社26日專訊》 kept at the end as stored; the slip
# "2%証調至7%" kept; the promotional line 【說說心理話】… after the dateline left out; no headline in the stored text and
# none composed; whole stored item otherwise).
# Key: 新地 quote 138.8元 and +1.8% (現價), its turnover 3.18億元; 摩根大通's forecast for this year's home prices
# 10%至15% (from 5%至7%) and +5% next year; 大華繼顯's forecast 7% (from 2%); 摩根大通's target raise 近五成 (50 %).
# Optional: the volume 約228萬股; the old forecast ranges / levels (5%至7%, 2%); 大華繼顯's 逾三成 target raise (bound);
# the index snapshot at 現時 (恒指 26690, -74, -0.3%, main-board turnover 近621億元, 國企 8947, -87, -1%, 科指 5202, -58,
# -1.1%) and the property-stocks table (新地's 升1.76% a more precise restatement of the body's 1.8%; its 138.80元 repeats
# the body's quote and gets no row; the nine peers' quotes and moves), as news26 zh07.
# Rating actions: 摩根大通 upgrade of 新地 to 超配 (overweight; the previous rating is not printed), target 162元 from 109元;
# 大華繼顯 downgrade of 新地 from 買入 to 持有 (buy -> hold), target 143.8元 (its previous target is not printed; the 逾三成
# rise is not turned into a derived old target).
# Judgement calls: the forecasts are rows on Hong Kong home prices with the broker in basis (two brokers, two rows);
# 今年 / 明年 have no printed year -> period None; the quotes are the morning of 26日 -> period None with the day in basis.
# Not labelled: the stock codes, 去年12月底 (the interim's end, no figure), 全行最牛 (a superlative).
SHKP8 = "新地|新鴻基地產|Sun Hung Kai Properties|SHKP|00016|16"
HP8 = "香港樓價|本港樓價|樓價|本地樓市|香港|本港|Hong Kong home prices|Hong Kong property prices|Hong Kong"
JPM8 = "摩根大通|摩通|J.P. Morgan|JPMorgan|JP Morgan"
UOB8 = "大華繼顯|UOB Kay Hian|UOBKH"
HSI8 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI8 = "國企指數|恒生中國企業指數|Hang Seng China Enterprises Index|HSCEI"
HST8 = "恒生科技指數|科指|Hang Seng TECH Index|HSTECH"
MB8 = "主板|大市|港股|HKEX Main Board|Hong Kong market"
D8 = "26日, at press time (現時)"
PC8, HPF8 = "price_change|share_price_change", "home_price_forecast|home_price_growth_forecast|price_growth_forecast|forecast"
IL8, IC8 = "index_level|price", "index_change"


def peer8(name, price, chg):
    return [m("share_price|price", price, "HKD", name, None, opt=True, basis="property-stocks table, " + D8),
            m(PC8, chg, "%", name, None, opt=True, basis="property-stocks table, " + D8)]


G["zh08"] = ([
    m("share_price|price", 138.8, "HKD", SHKP8, None, basis="quote at press time (現價), " + D8 + "; table repeats 138.80元"),
    m(PC8, 1.8, "%", SHKP8, None, basis="at press time, 升"),
    m(PC8, 1.76, "%", SHKP8, None, opt=True, basis="table, more precise restatement (升1.76%)"),
    m("volume|shares_traded|trading_volume", 2.28e6, "shares", SHKP8, None, opt=True, basis="約228萬股"),
    m("turnover|trading_value", 3.18e8, "HKD", SHKP8, None, basis="the stock's turnover (涉及金額3.18億元)"),
    m(HPF8, None, "%", HP8, None, rng=(10, 15), prng=(5, 7), basis="摩根大通, this year's rise, raised from 5%至7%"),
    m(HPF8, None, "%", HP8, None, rng=(5, 7), opt=True, basis="摩根大通, the earlier forecast range"),
    m(HPF8, 5, "%", HP8, None, basis="摩根大通, next year (明年會再升5%)"),
    m(HPF8, 7, "%", HP8, None, prior=2, basis="大華繼顯, this year's rise, 由2%証調至7%"),
    m(HPF8, 2, "%", HP8, None, opt=True, basis="大華繼顯, the earlier forecast"),
    m("target_price_change", 50, "%", SHKP8, None, basis="摩根大通, 由109元大幅提升近五成至162元"),
    m("target_price_change", None, "%", SHKP8, None, rng=(30, None), opt=True, basis="大華繼顯, 上調逾三成 (bound)"),
    m(IL8, 26690, "points", HSI8, None, opt=True, basis="market snapshot, " + D8),
    m(IC8, -74, "points", HSI8, None, opt=True, basis="跌74點"),
    m("index_change_pct|index_change", -0.3, "%", HSI8, None, opt=True, basis="跌0.3%"),
    m("turnover|trading_value", 6.21e10, "HKD", MB8, None, opt=True, basis="main-board turnover so far, 近621億元"),
    m(IL8, 8947, "points", HSCEI8, None, opt=True, basis="market snapshot"),
    m(IC8, -87, "points", HSCEI8, None, opt=True),
    m("index_change_pct|index_change", -1, "%", HSCEI8, None, opt=True),
    m(IL8, 5202, "points", HST8, None, opt=True, basis="market snapshot"),
    m(IC8, -58, "points", HST8, None, opt=True),
    m("index_change_pct|index_change", -1.1, "%", HST8, None, opt=True),
    *peer8("恒地|恒基地產|Henderson Land|00012", 34.68, 0.29),
    *peer8("新世界|新世界發展|New World Development|00017", 11.12, -0.18),
    *peer8("長實|長江實業集團|CK Asset|01113", 47.66, 2.19),
    *peer8("恒隆地產|Hang Lung Properties|00101", 10.04, 0.40),
    *peer8("九置|九龍倉置業|Wharf Real Estate Investment|Wharf REIC|01997", 28.66, 0.35),
    *peer8("太地|太古地產|Swire Properties|01972", 26.42, -0.23),
    *peer8("嘉里建設|Kerry Properties|00683", 25.50, -1.01),
    *peer8("信置|信和置業|Sino Land|00083", 12.98, -0.23),
    *peer8("希慎|希慎興業|Hysan Development|00014", 22.92, -0.17),
], [
    ra(JPM8, SHKP8, "upgrade", "overweight", None, target=162, prior_target=109, cur="HKD"),
    ra(UOB8, SHKP8, "downgrade", "hold", "buy", target=143.8, prior_target=None, cur="HKD"),
])


# zh09: Macau's 2023 GDP release as reported by 力報 (exmoo.com; Traditional, half-width commas; the kicker and headline
# kept, reworded (勁增 -> 大增, 疫前 -> 疫情前); the printed date line "01/03/2024" kept; the view count "44182", the
# 收藏 / 分享 / 檢舉 / comment / 相關新聞 / 七日預報 furniture left out; the “生活補貼計劃” quotes, "10.0%" and the space in
# " -21.4%" as printed; whole stored item otherwise).
# Key (Macau, FY2023): real GDP +80.5%; GDP per capita 55.9萬澳門元 and +80.5%; deflator +6.5%; private consumption +12.1%,
# GFCF +14.7%, government consumption -6.4%; visitor arrivals 近4倍 (+400 %); gaming services exports +343.7%, other
# tourism services exports +127.9%, goods exports -28.1%; 2023Q4: GDP +86.4%, gaming +430.8%, other tourism +130.2%, private
# consumption +16.6%, GFCF +10.0%, government consumption -17.7%, goods exports -24.9%; revisions: FY2022 -21.4%, 2023Q1
# 32.3%, 2023Q2 100.9%, 2023Q3 120.4%.
# Optional: the headline's 80.5% (twin); the recovery to 逾八成 of 2019's level (bound, body and kicker); goods imports
# 大致相若 with 2022Q4 (an optional 0 row).
# Judgement calls: the territory is the entity for every row (the component is in the metric name); 同比上升近4倍 is a rise
# of 4 times -> 400 %; revised rows carry "revised" in basis; the dated line is printed, but the periods come from the
# printed years anyway. Not labelled: 2019 (reference year of the recovery), 2022年第4季 (comparison quarter, no figure).
MO9 = "澳門|Macau|Macao|澳門特區|統計暨普查局|DSEC"
Y9, Q9 = "FY2023", "2023Q4"
GDPG9 = "gdp_growth|real_gdp_growth|gdp"
PCG9 = "private_consumption_growth|consumption_growth"
GFCF9 = "gfcf_growth|fixed_capital_formation_growth|investment_growth"
GOV9 = "government_consumption_growth|government_spending_growth"
GAM9 = "gaming_exports_growth|gaming_services_exports_growth|gaming_revenue_growth"
TOUR9 = "tourism_exports_growth|other_tourism_services_exports_growth|tourism_services_exports_growth"
GEX9 = "goods_exports_growth|exports_growth|merchandise_exports_growth"
G["zh09"] = ([
    m(GDPG9, 80.5, "%", MO9, Y9, basis="real, yoy"),
    m(GDPG9, 80.5, "%", MO9, Y9, opt=True, basis="headline twin (去年 大增80.5%)"),
    m("gdp_recovery|recovery_ratio|gdp_vs_2019", None, "%", MO9, Y9, rng=(80, None), opt=True,
      basis="逾八成 of the 2019 level (bound)"),
    m("gdp_recovery|recovery_ratio|gdp_vs_2019", None, "%", MO9, Y9, rng=(80, None), opt=True,
      basis="kicker twin, 疫情前逾八成"),
    m("gdp_per_capita|per_capita_gdp", 559000, "MOP", MO9, Y9, basis="55.9萬澳門元"),
    m("gdp_per_capita_growth|per_capita_gdp_growth", 80.5, "%", MO9, Y9, basis="yoy"),
    m("gdp_deflator|gdp_deflator_change|deflator", 6.5, "%", MO9, Y9, basis="implicit GDP deflator, yoy, 上升"),
    m(PCG9, 12.1, "%", MO9, Y9, basis="private consumption, yoy (分別, first)"),
    m(GFCF9, 14.7, "%", MO9, Y9, basis="gross fixed capital formation, yoy (分別, second)"),
    m(GOV9, -6.4, "%", MO9, Y9, basis="government final consumption, 下跌"),
    m("visitor_arrivals_growth|visitors_growth|tourist_arrivals_growth", 400, "%", MO9, Y9,
      basis="入境旅客人次 同比上升近4倍 (4 times -> 400 %)"),
    m(GAM9, 343.7, "%", MO9, Y9, basis="exports of gaming services, yoy"),
    m(TOUR9, 127.9, "%", MO9, Y9, basis="exports of other tourism services, yoy"),
    m(GEX9, -28.1, "%", MO9, Y9, basis="goods exports, 下跌"),
    m(GDPG9, 86.4, "%", MO9, Q9, basis="real, yoy"),
    m(GAM9, 430.8, "%", MO9, Q9, basis="yoy"),
    m(TOUR9, 130.2, "%", MO9, Q9, basis="yoy"),
    m(PCG9, 16.6, "%", MO9, Q9, basis="yoy"),
    m(GFCF9, 10.0, "%", MO9, Q9, basis="yoy, printed 10.0%"),
    m(GOV9, -17.7, "%", MO9, Q9, basis="yoy, 回落"),
    m("goods_imports_growth|imports_growth", 0, "%", MO9, Q9, opt=True, basis="與2022年第4季大致相若 (roughly unchanged)"),
    m(GEX9, -24.9, "%", MO9, Q9, basis="yoy, 下跌"),
    m(GDPG9, -21.4, "%", MO9, "FY2022", basis="revised real change (修訂為 -21.4%)"),
    m(GDPG9, 32.3, "%", MO9, "2023Q1", basis="revised, yoy"),
    m(GDPG9, 100.9, "%", MO9, "2023Q2", basis="revised, yoy"),
    m(GDPG9, 120.4, "%", MO9, "2023Q3", basis="revised, yoy"),
], [])


# zh10: the central bank's release on a 10-year government-bond auction (中央銀行 新聞稿 as carried by pacificenews.com;
# Traditional, half-width commas and colons; the release's numbered layout, the spaces in "114年 1 月 15 日", the hard wrap
# inside "113年12月  / 13日" and the aligned three-row table kept as printed; the release's title kept, reworded (開標結果 ->
# 標售結果); the "Leave a Comment" form after the table left out; whole stored item otherwise).
# Key (2025-01-15): actual issue 新臺幣70億元; coupon 1.6250%; competitive tranche accepted 69.999億元, bids 233億元,
# bid-to-cover 3.33; lowest / highest / weighted-average accepted yields 1.6200% / 1.6350% (prior 1.5900% at the previous
# same-tenor auction) / 1.6280%; yield range 0.015 pp; allotment shares: banks 47.14% (prior 78.00%), securities firms
# 52.86% (prior 20.29%); changes -30.86 / +32.57 / -1.71 pp.
# Optional: the announced issue 70億元 and the competitive tranche's announced / actual 69.999億元 (same figures as the
# key rows); the 0.125 step of the coupon rule; the post-office tranche 0.001億元 (twice); section 2's restatement of
# 1.6350% and the previous auction's 1.5900% as a row of its own (2024-12-13); the previous shares (78.00, 20.29, 1.71%);
# every 0.00% cell (bills' and insurers' shares and the insurers' change); the "%" reading of the three changes.
# Judgement calls: ROC years +1911 (114年 = 2025, 113年 = 2024, 124年 = 2035); the issue / maturity dates and the 10-year
# tenor get no rows; the yields are % levels (年息百分之X), their range 個百分點 -> pp; the allotment-share changes are
# printed with % in the 增減 row but are percentage-point differences (47.14 - 78.00 = -30.86) -> key pp rows with an
# optional "%" twin; each industry is an entity with the bond as alias.
B10 = ("10年期114年度乙類第1期中央政府建設公債|114年度乙類第1期中央政府建設公債|114乙1|中央政府建設公債|10年期公債|"
       "Taiwan 10-year government bond|Taiwan government bond|中央銀行|本行|Central Bank of the Republic of China|CBC|財政部")
PREV10 = "113年度甲10期增額公債|113甲10|上次同年期公債|" + B10
D10, P10 = "2025-01-15", "2024-12-13"
ISS10 = "issue_size|issue_amount|amount_issued"
HY10 = "highest_accepted_yield|max_yield|cutoff_yield|yield|auction_yield"
SH10, SHC10 = "allotment_share|winning_bid_share|share|take_up_share", "allotment_share_change|share_change"
BK10 = "銀行業|banks|banking|" + B10
SC10 = "證券業|securities firms|brokers|" + B10
BL10 = "票券業|bills finance companies|" + B10
IN10 = "保險業|insurers|insurance|" + B10
G["zh10"] = ([
    m(ISS10, 7e9, "TWD", B10, D10, basis="實際發行金額 (actual), 新臺幣70億元"),
    m(ISS10, 7e9, "TWD", B10, D10, opt=True, basis="公告發行金額 (announced), same figure"),
    m("coupon_rate|coupon", 1.625, "%", B10, D10, basis="票面利率 年息百分之1.6250"),
    m("coupon_step|increment", 0.125, "%", B10, D10, opt=True, basis="級距 百分之0.125 (coupon rule)"),
    m("accepted_amount|amount_allotted|competitive_tranche|issue_size", 6.9999e9, "TWD", B10, D10,
      basis="競標部分 得標總金額"),
    m("competitive_tranche|issue_size", 6.9999e9, "TWD", B10, D10, opt=True, basis="競標部分 公告發行金額"),
    m("competitive_tranche|issue_size", 6.9999e9, "TWD", B10, D10, opt=True, basis="競標部分 實際發行金額"),
    m("total_bids|bids|bid_amount|tender_amount", 2.33e10, "TWD", B10, D10, basis="投標總金額"),
    m("bid_to_cover|bid_cover_ratio|cover_ratio|subscription_ratio", 3.33, "x", B10, D10, basis="投標倍數"),
    m("lowest_accepted_yield|min_yield|yield", 1.62, "%", B10, D10, basis="最低得標利率 年息百分之1.6200"),
    m(HY10, 1.635, "%", B10, D10, prior=1.59, basis="最高得標利率 年息百分之1.6350; previous same-tenor auction 1.5900%"),
    m(HY10, 1.635, "%", B10, D10, opt=True, basis="section 2 restatement (1.6350%)"),
    m(HY10, 1.59, "%", PREV10, P10, opt=True, basis="previous same-tenor issue (issued 113年12月13日), 1.5900%"),
    m("yield_spread|accepted_yield_range|spread", 0.015, "pp", B10, D10, basis="得標利率高低差 0.015個百分點"),
    m("weighted_average_yield|average_yield|yield", 1.628, "%", B10, D10, basis="得標加權平均利率 年息百分之1.6280"),
    m("post_office_tranche|issue_size", 1e5, "TWD", B10, D10, opt=True, basis="中華郵政 代售 公告發行金額 0.001億元"),
    m("post_office_tranche|issue_size", 1e5, "TWD", B10, D10, opt=True, basis="中華郵政 代售 實際發行金額 0.001億元"),
    m(SH10, 47.14, "%", BK10, D10, prior=78.00, basis="本期 share of the allotment; 上次同年期 78.00%"),
    m(SH10, 78.00, "%", BK10, P10, opt=True, basis="上次同年期"),
    m(SHC10, -30.86, "pp", BK10, D10, basis="增減, printed '-30.86%'"),
    m(SHC10, -30.86, "%", BK10, D10, opt=True, basis="as printed in %"),
    m(SH10, 52.86, "%", SC10, D10, prior=20.29, basis="本期; 上次同年期 20.29%"),
    m(SH10, 20.29, "%", SC10, P10, opt=True, basis="上次同年期"),
    m(SHC10, 32.57, "pp", SC10, D10, basis="增減, printed '+32.57%'"),
    m(SHC10, 32.57, "%", SC10, D10, opt=True, basis="as printed in %"),
    m(SH10, 0, "%", BL10, D10, opt=True, prior=1.71, basis="本期 0.00%"),
    m(SH10, 1.71, "%", BL10, P10, opt=True, basis="上次同年期"),
    m(SHC10, -1.71, "pp", BL10, D10, basis="增減, printed '-1.71%'"),
    m(SHC10, -1.71, "%", BL10, D10, opt=True, basis="as printed in %"),
    m(SH10, 0, "%", IN10, D10, opt=True, basis="本期 0.00%"),
    m(SH10, 0, "%", IN10, P10, opt=True, basis="上次同年期 0.00%"),
    m(SHC10, 0, "pp", IN10, D10, opt=True, basis="增減 0.00%"),
], [])


# zh11: 經濟日報's Taiwan index-futures wrap with institutional positions and options data (udn.com; Traditional,
# full-width punctuation and brackets, thousands commas; "put/call ratio", "OI", "VIX" and the stray space in "0.22億元、 賣權"
# as printed; the page's date line " date 2025-09-02" left out; no headline in the stored text and none composed; whole
# stored item otherwise).
# Key: 台指期 23,965點 (-42點), 逆價差 51.78點; 台股 24,016點 (-54點); 三大法人 net long 938口 (+1,120口); 外資 net short
# 24,295口 (-2,369口); 特定法人 net short 416口 (-2,040口); put/call ratio 1.06 (from 1.03); VIX 21.39 (+0.15); 外資's
# net call and put amounts 0.22億元 and -0.21億元.
# Optional: the morning's 超過200點 rise (bound, intraday), 日K連四黑 (4 days), the 24,000點 level held, the 1.9萬餘口 OI gap
# (bound), the four strike levels with the largest OI (24,300 / 24,000 / 25,000 / 13,800點) and the earlier 1.03.
# Judgement calls: position sizes in 口 are "contracts"; a net short position is a positive size on a net_short metric and
# its 減少 a negative change row (the sign follows the printed direction word, not the market side); the 三大法人's
# "淨多單增加1,120口至938口" is labelled as printed (net long 938, +1,120) without inferring the earlier short; 逆價差 is a
# positive discount as printed (no minus sign, no direction word); the ratio is "x"; period None (昨（2）日 and 9月第一周,
# no year in the kept text). Not labelled: the stock code 2330, 月線 / 黑K棒 (no figure).
TX11 = "台指期|台指期貨|臺股期貨|台股期貨|TAIEX futures|Taiwan index futures|TX"
TW11 = "台股|加權指數|集中市場|發行量加權股價指數|TAIEX|Taiwan stock market"
III11 = "三大法人|institutional investors|three major institutional investors"
FI11 = "外資|foreign investors|foreign institutional investors"
SP11 = "特定法人|十大交易人中的特定法人|十大交易人|top-ten traders|specific institutions"
OPT11 = "台指選擇權|選擇權|近月選擇權|月選擇權|TAIEX options|TXO"
VIX11 = "VIX指數|VIX|台指VIX|Taiwan VIX"
D11 = "昨（2）日"
NS11, NSC11 = "net_short_position|net_short|futures_net_short", "net_short_change|net_position_change|position_change"
G["zh11"] = ([
    m("futures_price|index_level|close|price", 23965, "points", TX11, None, basis="close, " + D11),
    m("futures_change|index_change|price_change", -42, "points", TX11, None, basis="下跌42點"),
    m("basis|futures_discount|backwardation|spread", 51.78, "points", TX11, None, basis="逆價差 (futures below the index)"),
    m("intraday_change|index_change", None, "points", TX11, None, rng=(200, None), opt=True,
      basis="早盤一度大漲超過200點 (intraday bound)"),
    m("streak|losing_streak|days", 4, "days", TX11, None, opt=True, basis="日K連四黑 (four black daily candles)"),
    m("index_level|close", 24016, "points", TW11, None, basis="close, " + D11),
    m("index_change", -54, "points", TW11, None, basis="下跌54點"),
    m("index_level|support_level", 24000, "points", TW11, None, opt=True, basis="守住24,000點整數關卡"),
    m("net_long_position|net_position|futures_net_position", 938, "contracts", III11, None,
      basis="台指期 淨多單 增加1,120口至938口"),
    m("net_long_change|net_position_change|position_change", 1120, "contracts", III11, None, basis="增加"),
    m(NS11, 24295, "contracts", FI11, None, basis="台指期 淨空單, 減少2,369口至24,295口"),
    m(NSC11, -2369, "contracts", FI11, None, basis="淨空單減少"),
    m(NS11, 416, "contracts", SP11, None, basis="全月份台指期 淨空單, 減少2,040口至416口"),
    m(NSC11, -2040, "contracts", SP11, None, basis="淨空單減少"),
    m("open_interest_gap|oi_difference|open_interest", None, "contracts", OPT11, None, rng=(19000, None), opt=True,
      basis="賣權OI比買權OI多出1.9萬餘口 (bound)"),
    m("max_open_interest_strike|strike|open_interest_level", 24300, "points", OPT11, None, opt=True,
      basis="9月第一周周三結算 買權大量區"),
    m("max_open_interest_strike|strike|open_interest_level", 24000, "points", OPT11, None, opt=True,
      basis="weekly puts, 賣權最大OI"),
    m("max_open_interest_strike|strike|open_interest_level", 25000, "points", OPT11, None, opt=True,
      basis="月買權最大OI"),
    m("max_open_interest_strike|strike|open_interest_level", 13800, "points", OPT11, None, opt=True,
      basis="月賣權最大OI"),
    m("put_call_ratio|pc_ratio", 1.06, "x", OPT11, None, prior=1.03, basis="全月份未平倉量 put/call ratio, 由1.03升至1.06"),
    m("put_call_ratio|pc_ratio", 1.03, "x", OPT11, None, opt=True, basis="the earlier reading"),
    m("index_level|vix", 21.39, "points", VIX11, None, basis="上升0.15至21.39"),
    m("index_change|vix_change", 0.15, "points", VIX11, None, basis="上升"),
    m("call_net_amount|net_call_premium|net_amount", 2.2e7, "TWD", FI11, None, basis="外資 台指期買權淨金額 0.22億元"),
    m("put_net_amount|net_put_premium|net_amount", -2.1e7, "TWD", FI11, None, basis="外資 賣權淨金額 -0.21億元"),
], [])


# zh12: a Taiwan round-up of three share offerings open for public subscription in the week, with the potential gain per
# winning lot (Yahoo奇摩新聞 tw.news.yahoo.com; Traditional, full-width punctuation and brackets, the spaces around
# figures ("10.6 萬元", "255 張", "1 月 27 日至 29 日") as printed; the headline kept, reworded; the page's date line
# " date 2026-01-26" left out; whole stored item otherwise).
# Key: 尖點 255 張 offered, 承銷價 127 元, 23 日 close 233 元, price gap 106 元 per share, 約 10.6 萬元 per winning lot,
# return 83.5%; 華廣 承銷價 50 元, close 54.5 元, 約 4,500 元 per lot, 約 9%; 明係 承銷價 16.8 元, 約 900 元 per lot, 約 5.3%.
# Optional: the headline's and lead's 10.6萬 / 10.6 萬元 and the summary paragraph's restatements (127, 10.6 萬元, 83.5%,
# 50, 4,500, 9%, 16.8, 900, 5.3%); the lead's 飆破 80% (bound); 10 trading days / 6 days of the 注意股 test; 每五分鐘.
# Judgement calls: 張 (a board lot of shares) -> "lots"; the potential gain and return are rows on each company with
# "per winning lot" in basis; the offerings are 上市增資 / 現增 (cash capital increases), labelled with offer_price
# metrics as the earlier sets' IPO rows; period None (no year in the kept text). Not labelled: the stock codes, the dates
# (1 月 26 日至 2 月 6 日, 1 月 27 日至 29 日, 2 月 2 日, 今（26）日), 三檔 (the count of offerings).
JD12 = "尖點|尖點科技|Topoint|8021"
HG12 = "華廣|華廣生技|4737"
MX12 = "明係|6804"
OP12 = "offer_price|subscription_price|underwriting_price|ipo_price"
GN12 = "potential_gain|profit_per_lot|gain|expected_profit"
RT12 = "return|expected_return|potential_return|rate_of_return"
CL12 = "share_price|closing_price|close|price"
G["zh12"] = ([
    m("shares_offered|offering_size|lots_offered", 255, "lots", JD12, None, basis="上市增資 釋出 255 張"),
    m(OP12, 127, "TWD", JD12, None, basis="承銷價"),
    m(OP12, 127, "TWD", JD12, None, opt=True, basis="summary twin"),
    m(CL12, 233, "TWD", JD12, None, basis="23 日收盤價"),
    m("price_spread|spread|premium", 106, "TWD", JD12, None, basis="每股價差"),
    m(GN12, 106000, "TWD", JD12, None, basis="per winning lot, 約 10.6 萬元"),
    m(GN12, 106000, "TWD", JD12, None, opt=True, basis="headline twin, 10.6萬"),
    m(GN12, 106000, "TWD", JD12, None, opt=True, basis="lead twin, 高達 10.6 萬元"),
    m(GN12, 106000, "TWD", JD12, None, opt=True, basis="summary twin"),
    m(RT12, 83.5, "%", JD12, None, basis="投資報酬率"),
    m(RT12, 83.5, "%", JD12, None, opt=True, basis="summary twin"),
    m(RT12, None, "%", JD12, None, rng=(80, None), opt=True, basis="lead, 飆破 80% (bound)"),
    m("trading_days|days", 10, "days", JD12, None, opt=True, basis="最近 10 個交易日"),
    m("days", 6, "days", JD12, None, opt=True, basis="6 天觸及注意股標準"),
    m("matching_interval|interval", 5, "minutes", JD12, None, opt=True, basis="每五分鐘撮合一次"),
    m(OP12, 50, "TWD", HG12, None, basis="承銷價"),
    m(OP12, 50, "TWD", HG12, None, opt=True, basis="summary twin"),
    m(CL12, 54.5, "TWD", HG12, None, basis="23 日收盤價"),
    m(GN12, 4500, "TWD", HG12, None, basis="per winning lot, 約"),
    m(GN12, 4500, "TWD", HG12, None, opt=True, basis="summary twin"),
    m(RT12, 9, "%", HG12, None, basis="約 9%"),
    m(RT12, 9, "%", HG12, None, opt=True, basis="summary twin"),
    m(OP12, 16.8, "TWD", MX12, None, basis="承銷價, 僅"),
    m(OP12, 16.8, "TWD", MX12, None, opt=True, basis="summary twin"),
    m(GN12, 900, "TWD", MX12, None, basis="per winning lot, 約"),
    m(GN12, 900, "TWD", MX12, None, opt=True, basis="summary twin"),
    m(RT12, 5.3, "%", MX12, None, basis="約 5.3%"),
    m(RT12, 5.3, "%", MX12, None, opt=True, basis="summary twin"),
], [])
