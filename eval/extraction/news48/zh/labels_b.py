# Hand labels for news48/zh, batch b (zh07-zh12; all six Traditional: three Hong Kong, one Macau, two Taiwan). Helpers
# m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no project code was
# run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor output was seen, and
# no extractor code, plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news46/zh and news47/zh and the labels files of news46/zh (and, for precedents named
# below, news35 / news44 / news45).
# Currency: Hong Kong market and bank context, bare 元 / 億元 / 仙 / $ = HKD (zh07, zh08, zh09); Taiwan, bare 元 / 億元 = TWD
# and 美元 = USD (zh11, zh12). Values fully scaled (43億元 -> 4.3e9; 4,010萬人次 -> 4.01e7; 72.3萬人次 -> 723000; 80仙 -> 0.8
# HKD; 8.54千萬 -> 8.54e7; 1萬元 -> 10000; 4131.82億元 -> 4.13182e11; 54億美元 -> 5.4e9 USD). Deposit rates and other
# levels in 厘 are "%" (2.1厘 -> 2.1 %), rate moves in 點子 are "bp" (減幅為30點子 -> -30 bp, 上調50點子 -> +50 bp), moves
# in 個百分點 are "pp". 約X / 近X -> X; 逾X / 超過X / 突破X / X或以上 -> open bounds rng=(X, None) (rng=(None, -X) for a fall
# of 逾X), optional unless a headline's only figure; 上限X -> rng=(None, X); 略高於X / 略低於X in a guidance -> an open bound
# on the printed side. Declines negative (減少, 下跌, 跌, 年減, 季減, 下調, 降至, 調降 — the last kept as printed even where the
# item's own arithmetic disagrees, zh12). Counts in count nouns (visitors, rooms, hotels, nights, events).
# Brokers' targets and ratings only in rating actions; a target change printed in percent ("目標價平均下調15%") is a key
# target_price_change row because ra() has no place for it (news46 zh07). Ratings normalised: 買入 = buy, 持有 = hold,
# 減持 = underweight.
# Periods only where the text states or clearly implies the year: zh07 FY2025 / 2025Q4 (the text's own "2025年…舉辦",
# "2026年2月正式開幕", "2026年集團會…" make 去年 2025); zh11 2020Q1 for the 首季 guidance and FY2019 / 2019Q1-Q3 for 去年
# (the text's "日月光投控2019年…" results paragraph and "去年電子代工營收" make 去年 2019), FY2018 for 前年; zh12 2024-05-13
# (printed); zh08 None ("今年", "明年" without a year; "明年上半年" -> "H1", the half printed without its year), the closing
# quote stamp 2026-01-16 being the mirror's quote time, not the note's date; zh09 None (no year; "1月31日" is a promotion's
# deadline); zh10 None ("今年9月", "首三季", no year printed). Dropped date lines, addresses and the writer's knowledge are
# never used.
# Repeats: a figure printed twice (sub-heading and body, headline and body, lead and closing sentence) is one key row and
# an optional twin. AASTOCKS inline quotes ("-0.060 (-0.189%) 沽空 $8.54千萬; 比率 32.658%") are four optional rows at each
# printing. A comparative printed beside a current figure is its prior and an optional row of its own with its period;
# "維持" / "持平" give prior = level and no zero change row. Entities list names as printed plus Traditional / English forms
# and stock codes; segments, products, fuel grades, visitor groups and tenors take their own name with the company / market
# as alias where that helps.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong-listed Macau casino operator's fourth-quarter and full-year results with the final dividend, visitor
# arrivals and the day's close (HK01 財經快訊, Traditional; the stored page's date line " date 2026-02-26" left out as
# chrome and not used; no headline in the stored text, none composed; the two sub-headings reworded, the first
# keeping "19%"; the photo caption "銀河娛樂（0027）去年第4季收益增加22%至138億元。（資料圖片）" left out as chrome (a copy of the
# body's Q4 revenue); whole stored item otherwise).
# Key: 2025Q4 adjusted EBITDA 43億元 (+33% yoy), the 7.31億元 lift from a high win rate, normalised 36億元 (+9%), Q4 net
# revenue 138億元 (+22%); FY2025 adjusted EBITDA 145億元 (+19%), final dividend 80仙 (+60%), net revenue 492億元 (+13%),
# attributable profit 107億元 (+22%); Macau visitor arrivals 4,010萬人次 (+15%), mainland 2,900萬 (+18%), international
# 280萬 (+14%); the close 41.44 (printed "41.44億元") and -4.3%.
# Optional: the sub-heading's 19% (twin); the 約350 events; the literal reading of the close as 41.44億元 (4.144e9 HKD).
# Judgement calls: 去年 = 2025 by the text's own dated sentences (2025年 events held, 2026年2月 opening, plans for 2026), so
# the quarter is 2025Q4 and the year FY2025; the win-rate lift is a key HKD row of its own (an EBITDA effect, not a
# growth); the visitor figures are the chairman's Macau-wide numbers (entity Macau; 銀娛 is not an alias of it), with
# FY2025; the close printed "收報41.44億元" is read as the share price 41.44 HKD (key; a 41.44億元 price for a blue chip is a
# slip of the source, kept as printed) with the literal 4.144e9 HKD as an optional row so that neither reading is
# penalised; "約350場" events are a minor operating count (optional); "續約三年" (a contract term), the hotel's opening
# months and the casino's closure month carry no row. Not labelled: the code 0027.
GEG7 = "銀娛|銀河娛樂|銀河娛樂集團|Galaxy Entertainment|Galaxy Entertainment Group|GEG|0027|00027|27"
MO7 = "訪澳旅客|澳門|Macau|Macau visitor arrivals|visitor arrivals"
CN7 = "內地客|內地旅客|內地|mainland visitors|Mainland China"
INT7 = "國際客|國際旅客|international visitors"
Q7, Y7 = "2025Q4", "FY2025"
EB7, EBG7 = "adjusted_ebitda|ebitda", "adjusted_ebitda_growth|ebitda_growth"
NR7, NRG7 = "net_revenue|revenue", "net_revenue_growth|revenue_growth"
VA7, VG7 = "visitor_arrivals|visitors|arrivals", "visitor_arrivals_growth|visitors_growth|arrivals_growth"
G["zh07"] = ([
    m(EB7, 4.3e9, "HKD", GEG7, Q7, basis="第4季經調整EBITDA"),
    m(EBG7, 33, "%", GEG7, Q7, basis="yoy"),
    m("win_rate_impact|adjusted_ebitda_change|ebitda_impact", 7.31e8, "HKD", GEG7, Q7,
      basis="EBITDA lifted by a high gaming win rate (淨贏率偏高)"),
    m(EB7, 3.6e9, "HKD", GEG7, Q7, basis="normalised for the win rate (淨贏率正常化)"),
    m(EBG7, 9, "%", GEG7, Q7, basis="yoy, normalised"),
    m(NR7, 1.38e10, "HKD", GEG7, Q7, basis="季內淨收益"),
    m(NRG7, 22, "%", GEG7, Q7, basis="yoy"),
    m(EBG7, 19, "%", GEG7, Y7, opt=True, basis="sub-heading twin (全年按年增19%)"),
    m(EB7, 1.45e10, "HKD", GEG7, Y7, basis="去年全年經調整EBITDA"),
    m(EBG7, 19, "%", GEG7, Y7, basis="yoy"),
    m("final_dividend|dividend_per_share|dps", 0.8, "HKD", GEG7, Y7, basis="末期息80仙"),
    m("final_dividend_growth|dividend_growth|dps_growth", 60, "%", GEG7, Y7, basis="yoy"),
    m(NR7, 4.92e10, "HKD", GEG7, Y7, basis="年內淨收益"),
    m(NRG7, 13, "%", GEG7, Y7, basis="yoy"),
    m("net_profit_attributable|net_profit|profit_attributable", 1.07e10, "HKD", GEG7, Y7, basis="股東應佔溢利"),
    m("net_profit_attributable_growth|net_profit_growth", 22, "%", GEG7, Y7, basis="yoy"),
    m(VA7, 4.01e7, "visitors", MO7, Y7, basis="整體訪澳旅客 4,010萬人次, record high"),
    m(VG7, 15, "%", MO7, Y7, basis="yoy"),
    m(VA7, 2.9e7, "visitors", CN7, Y7, basis="內地客 2,900萬人次"),
    m(VG7, 18, "%", CN7, Y7, basis="yoy"),
    m(VA7, 2.8e6, "visitors", INT7, Y7, basis="國際客 280萬人次"),
    m(VG7, 14, "%", INT7, Y7, basis="yoy"),
    m("events|event_count", 350, "events", GEG7, Y7, opt=True, basis="約350場 entertainment, sports and large events in 2025"),
    m("price|share_price|close", 41.44, "HKD", GEG7, None, basis="close, printed 收報41.44億元 (read as the share price)"),
    m("price|share_price|close", 4.144e9, "HKD", GEG7, None, opt=True, basis="literal reading of 41.44億元"),
    m("price_change|share_price_change", -4.3, "%", GEG7, None, basis="跌4.3% at the close"),
], [])


# zh08: broker's Hong Kong property note cutting its house-price forecasts and developers' earnings forecasts, with three
# downgrades (AASTOCKS, Traditional; no headline in the stored text, none composed; the five inline quotes, the embedded
# "相關內容《大行》…" link with its two codes (reworded, no figure besides the codes), the closing "(jl/k)" and the
# delayed-quote boilerplate with its stamp "2026-01-16 16:25" kept (the boilerplate reworded); the footer "AASTOCKS新聞"
# left out; whole stored item otherwise).
# Key: 滙豐研究's forecast for this year's home prices cut to 0% from +8%; next year's first half -5%; the old forecast for
# next year +4%; the recent mortgage-rate rise of 50點子; developers' 2024-2025 earnings forecasts cut by 9.9% to 10.4%
# (a range); targets cut 15% on average.
# Optional: the old 8% as a row of its own; the inline quotes (five printings x four rows).
# Rating actions (broker 滙豐研究, no targets printed — "(見另表)" refers to a table not in the item): downgrade 恒地 hold ->
# underweight (減持); downgrade 嘉里 buy -> hold; downgrade 九倉 buy -> hold.
# Judgement calls: "將今年樓價預測下調至0%" is a key 0 % forecast row with the old 8% as prior ("該行原先對今年樓價預測增長8%");
# "明年增長4%" has no new full-year counterpart (only the first-half -5%), so it is a key row of its own (an earlier
# forecast, basis says so) rather than a prior; "明年上半年…將跌5%" takes period "H1" (half printed, year not); "按息…上調50點子"
# is a key +50 bp row on Hong Kong mortgage rates; "2024至2025年盈利預測下調9.9%至10.4%" is one range covering both years
# (period None, years in basis; news46 zh07's shared-figure rule), negative; "偏好長實…及信和置業" names preferences without a
# rating word, so no rating action; "三個領先指標" is a count of indicators, not labelled. Not labelled: the stock codes,
# the boilerplate's stamp and "十五分鐘".
HSBC8 = "滙豐研究|滙豐|HSBC|HSBC Global Research|HSBC Research|HSBC Global Investment Research"
HKP8 = "香港樓價|樓價|香港房地產市場|香港樓市|Hong Kong home prices|Hong Kong property prices|Hong Kong property market"
DEV8 = "本港發展商|香港發展商|發展商|本港地產股|Hong Kong developers|developers"
MR8 = "本港按息|按息|香港按揭利率|Hong Kong mortgage rates|mortgage rates"
HLD8 = "恒地|恒基地產|恒基兆業地產|Henderson Land|Henderson Land Development|00012|12"
KPL8 = "嘉里|嘉里建設|Kerry Properties|00683|683"
WH8 = "九倉|九龍倉|九龍倉集團|Wharf|Wharf Holdings|00004|4"
CKA8 = "長實|長實集團|CK Asset|CK Asset Holdings|01113|1113"
SINO8 = "信和置業|信和|Sino Land|00083|83"
HPF8 = "house_price_forecast|home_price_forecast|price_forecast|forecast"
QUOTES8 = [(HLD8, -0.06, -0.189, 8.54e7, 32.658), (KPL8, 0.38, 1.803, 6.25e6, 16.475), (WH8, 0.24, 1.008, 2.79e7, 59.643),
           (CKA8, 0.0, 0.0, 3.09e7, 16.328), (SINO8, 0.11, 0.959, 1.65e7, 19.678)]
_m8 = [
    m(HPF8, 0, "%", HKP8, None, prior=8, basis="滙豐研究, this year's (今年) home-price forecast cut to 0% (下調至0%), was +8%"),
    m(HPF8, -5, "%", HKP8, "H1", basis="滙豐研究, next year's first half (明年上半年), before the market stabilises"),
    m(HPF8, 8, "%", HKP8, None, opt=True, basis="previous forecast for this year (原先)"),
    m(HPF8, 4, "%", HKP8, None, basis="previous forecast for next year (原先…明年增長4%); no new full-year figure printed"),
    m("mortgage_rate_change|rate_change", 50, "bp", MR8, None, basis="按息近期上調50點子"),
    m("earnings_forecast_change|eps_forecast_change|forecast_revision", None, "%", DEV8, None, rng=(-10.4, -9.9),
      basis="滙豐研究, 2024至2025年盈利預測下調9.9%至10.4% (FY2024-FY2025, one range)"),
    m("target_price_change", -15, "%", DEV8, None, basis="滙豐研究, average target cut (目標價平均下調15%, 見另表)"),
]
for ent, chg, pct, ss, ratio in QUOTES8:
    _m8 += [m("price_change", chg, "HKD", ent, None, opt=True, basis="inline quote"),
            m("price_change", pct, "%", ent, None, opt=True, basis="inline quote"),
            m("short_selling_turnover", ss, "HKD", ent, None, opt=True, basis="inline quote 沽空"),
            m("short_selling_ratio", ratio, "%", ent, None, opt=True, basis="inline quote 比率")]
G["zh08"] = (_m8, [
    ra(HSBC8, HLD8, "downgrade", "underweight", "hold"),
    ra(HSBC8, KPL8, "downgrade", "hold", "buy"),
    ra(HSBC8, WH8, "downgrade", "hold", "buy"),
])


# zh09: Hong Kong banks' time-deposit rate round-up after the year-end (星島 stheadline 投資, Traditional; the date line
# " date 2026-01-05" left out as page chrome and not used; no headline in the stored text, none composed; the three
# sub-headings reworded with their figures; the stored text breaks off inside the sentence on ICBC Asia's existing
# customers ("現有客戶方面，…98天為2.75厘、188天為2.5厘，存款額需80萬元或以上；若為零售銀行個人"), so the passage ends before
# it: its 98, 2.75, 188, 2.5 and 80 are not in the passage).
# Key: 滙豐 6-month HKD time deposit 2.1% (from 2.4%, -30 bp), 3-month kept at 2.4%; 恒生 and 渣打 6-month 2.4%, 中銀 2.2%;
# 3-month 恒生 and 中銀 2.4%, 渣打 2.3%; 渣打 12-month 2.45%; PAObank 3 / 6 / 12 months 2.9% / 2.8% / 2.7%, its referral
# one-month promotion 18% and the 750元 it earns; 工銀亞洲 3-month top rates 2.9% and 2.85%.
# Optional: the sub-headings' figures (twins); 滙豐's old 2.4% as a row of its own and the body's repeat of its 3-month
# 2.4%; minimum deposits (1萬元, 100元, 10萬元或以上, 300萬元或以上) and the promotion's 首5萬元; the referral rewards
# (500元, 上限5000元, 3000元 / 2000元 / 1000元) and the 5萬元或以上 deposit that triggers them.
# Judgement calls: every deposit rate is a key "%" row on the bank with the tenor in basis; "由2.4厘降至2.1厘，減幅為30點子"
# gives the level with prior 2.4 and a key -30 bp change row; "未有下調…繼續維持於2.4厘" gives prior = level and no zero
# row; the three banks' common 2.4% is one key row each (printed for each bank by name), the sub-heading one optional row
# with all three as alternatives; "最高息率為2.9厘" / "3個月最高2.85厘" are the top tiers' rates, so key levels (not caps);
# thresholds, minimum deposits, caps and cash rewards are promotion terms (optional, the development corpus's fee rule); "首三名" and
# the tenors carry no row.
HSBC9 = "滙豐|滙豐銀行|HSBC|HSBC Hong Kong|The Hongkong and Shanghai Banking Corporation"
HS9 = "恒生|恒生銀行|Hang Seng|Hang Seng Bank"
SC9 = "渣打|渣打香港|渣打銀行|Standard Chartered|Standard Chartered Hong Kong"
BOC9 = "中銀|中銀香港|BOC Hong Kong|BOCHK|Bank of China (Hong Kong)"
PAO9 = "PAObank|平安壹賬通銀行|PAO Bank"
ICBC9 = "工銀亞洲|中國工商銀行(亞洲)|ICBC Asia|ICBC (Asia)"
DR9 = "deposit_rate|time_deposit_rate|interest_rate"
G["zh09"] = ([
    m(DR9, 2.1, "%", HSBC9, None, prior=2.4, basis="6個月港元定存, 由2.4厘降至2.1厘"),
    m(DR9, 2.4, "%", HSBC9, None, opt=True, basis="old 6-month rate"),
    m("deposit_rate_change|rate_change", -30, "bp", HSBC9, None, basis="減幅為30點子 (6-month)"),
    m("minimum_deposit", 10000, "HKD", HSBC9, None, opt=True, basis="起存額1萬元"),
    m(DR9, 2.4, "%", HSBC9, None, prior=2.4, basis="3個月港元定存, not cut, 維持於2.4厘"),
    m(DR9, 2.4, "%", HSBC9 + "|" + HS9 + "|" + BOC9, None, opt=True, basis="sub-heading: 3-month, 滙豐恒生中銀 2.4厘"),
    m(DR9, 2.4, "%", HS9, None, basis="6-month (仍有2.4厘)"),
    m(DR9, 2.4, "%", SC9, None, basis="6-month (仍有2.4厘)"),
    m(DR9, 2.2, "%", BOC9, None, basis="6-month"),
    m(DR9, 2.4, "%", HSBC9, None, opt=True, basis="3-month, repeat in the comparison"),
    m(DR9, 2.4, "%", HS9, None, basis="3-month"),
    m(DR9, 2.4, "%", BOC9, None, basis="3-month"),
    m(DR9, 2.3, "%", SC9, None, basis="3-month (只得2.3厘)"),
    m(DR9, 2.45, "%", SC9, None, basis="12-month"),
    m("interest_earned|interest", 750, "HKD", PAO9, None, opt=True, basis="sub-heading twin: 1個月可速賺750元"),
    m(DR9, 2.9, "%", PAO9, None, basis="3-month"),
    m(DR9, 2.8, "%", PAO9, None, basis="6-month"),
    m(DR9, 2.7, "%", PAO9, None, basis="12-month"),
    m("minimum_deposit", 100, "HKD", PAO9, None, opt=True, basis="起存額100元"),
    m("promotional_deposit_amount|deposit_cap", 50000, "HKD", PAO9, None, opt=True, basis="首5萬元定存"),
    m("promotional_rate|deposit_rate", 18, "%", PAO9, None, basis="referred new customers, 1-month promotion 18厘"),
    m("interest_earned|interest", 750, "HKD", PAO9, None, basis="速賺750元 (5萬元 at 18厘 for a month)"),
    m("minimum_deposit|deposit_threshold", None, "HKD", PAO9, None, rng=(50000, None), opt=True,
      basis="referral reward condition: 5萬元或以上定期存款"),
    m("referral_reward|cash_reward", 500, "HKD", PAO9, None, opt=True, basis="推薦人 500元現金獎賞"),
    m("referral_reward|cash_reward", None, "HKD", PAO9, None, rng=(None, 5000), opt=True, basis="上限5000元"),
    m("referral_reward|cash_reward", 3000, "HKD", PAO9, None, opt=True, basis="top referrer"),
    m("referral_reward|cash_reward", 2000, "HKD", PAO9, None, opt=True, basis="second referrer"),
    m("referral_reward|cash_reward", 1000, "HKD", PAO9, None, opt=True, basis="third referrer"),
    m(DR9, 2.9, "%", ICBC9, None, opt=True, basis="sub-heading twin: 工銀亞洲新客3個月2.9厘"),
    m("minimum_deposit|deposit_threshold", None, "HKD", ICBC9, None, rng=(3e6, None), opt=True,
      basis="300萬元或以上 for the top rate"),
    m(DR9, 2.9, "%", ICBC9, None, basis="3-month, new 工銀財富 accounts, top rate (最高)"),
    m(DR9, 2.85, "%", ICBC9, None, basis="3-month, new 理財金 / 理財e時代 / 綜合 customers, top rate (最高)"),
    m("minimum_deposit", None, "HKD", ICBC9, None, rng=(1e5, None), opt=True, basis="起存額10萬元或以上"),
], [])


# zh10: Macau monthly tour-group and hotel-occupancy release (統計暨普查局 item on gov.mo, Traditional; no headline in the
# stored text, none composed; half-width punctuation and bracketed counts kept as printed; whole stored item).
# Key (September, 今年9月, and the first three quarters, 首三季): tour-group visitors 72.3萬 (-24.9%) with mainland 59.6萬
# (-23.6%), Taiwan 3.7萬 (-41.7%), Hong Kong 1.8萬 (-31.1%), Korea 1.7萬 (-52.2%), Japan 1.7萬 (+28.4%); inbound package
# tours 67.9萬 (-14.7%); local tour participants 4.5萬 (-73.3%); Q1-Q3 tour-group visitors 739.2萬 (-8.0%), inbound
# 627.7萬 (-5.1%); residents travelling with agencies 11.2萬 (-8.6%), package tours 4.3萬 (-3.4%) with destination shares
# 80.2% / 5.2% / 3.8%; Q1-Q3 residents 111.7萬 (-1.4%); 103 hotels, 3.0萬 rooms (+7.4%), five-star rooms 2.0萬 (66.3%);
# guests 85.3萬 (+0.1%), mainland 53.3萬 (-2.6%), Hong Kong 13.5萬 (+33.1%); average stay 1.4 nights (持平); occupancy
# 78.4% (-6.2 pp); five-star 80.7% (guests +4.3%, rooms +8.2%, -5.2 pp); Q1-Q3 guests 760.4萬 (-5.7%), occupancy 80.0%
# (-6.3 pp); hotels' share of overnight visitors 68.0% (-0.8 pp).
# Optional: none.
# Judgement calls: as news35 zh11, 人次 counts take the count unit "visitors" (guests and residents too), rooms "rooms",
# hotels "hotels", stays "nights"; no year is printed ("今年9月"), so period None with the month or 首三季 in basis; the
# bracketed counts after each market are key rows on that market's tour groups / guests; "分別錄得41.7%、31.1%及52.2%的減幅"
# maps in order (negative); "與去年同月持平" gives prior 1.4 and no zero row; "較去年同期分別下跌5.7%及6.3個百分點" maps to
# the guests (%) and the occupancy (pp) in order; a share "佔總數X%" is a key share row; "按年微增0.1%" is +0.1.
MO10 = "澳門|Macau"
PT10 = "參團旅客|旅行團|package-tour visitors|tour groups|" + MO10
CN10 = "中國內地團客|內地團客|中國內地|Mainland China|mainland tour groups"
TW10 = "台灣團客|台灣|Taiwan"
HK10 = "香港團客|香港|Hong Kong"
KR10 = "韓國團客|韓國|South Korea|Korea"
JP10 = "日本團客|日本|Japan"
INB10 = "隨團入境旅客|隨團入境|inbound package-tour visitors|" + MO10
LOC10 = "本地參團旅客|於本地參團的旅客|本地參團|local tour participants|" + MO10
RES10 = "經旅行社服務外出的居民|外出居民|澳門居民|本澳居民|Macau residents|residents travelling with travel agencies"
OUT10 = "隨團外遊居民|隨團外遊|outbound package tours|residents on package tours|" + MO10
DCN10, DTW10, DHK10 = ("中國內地|Mainland China|隨團外遊目的地", "台灣|Taiwan|隨團外遊目的地", "香港|Hong Kong|隨團外遊目的地")
HOT10 = "酒店及公寓|全澳酒店及公寓|澳門酒店|Macau hotels|hotels and guesthouses|" + MO10
FIVE10 = "五星級酒店|five-star hotels"
GU10 = "酒店及公寓住客|住客|hotel guests|" + HOT10
GCN10 = "中國內地住客|內地住客|mainland guests|Mainland China"
GHK10 = "香港住客|Hong Kong guests|Hong Kong"
VIS10, VG10 = "visitors|package_tour_visitors|tour_group_visitors|visitor_arrivals", \
    "visitors_growth|package_tour_visitors_growth|tour_group_visitors_growth|visitor_arrivals_growth"
GS10, GG10 = "hotel_guests|guests|visitors", "hotel_guests_growth|guests_growth|visitors_growth"
OCC10, OCCC10 = "occupancy_rate|hotel_occupancy|occupancy", "occupancy_rate_change|occupancy_change|occupancy_rate"
SEP, YTD = "今年9月", "首三季 (first three quarters, no year printed)"
G["zh10"] = ([
    m(VIS10, 723000, "visitors", PT10, None, basis=SEP + ", 72.3萬人次"),
    m(VG10, -24.9, "%", PT10, None, basis="yoy"),
    m(VIS10, 596000, "visitors", CN10, None, basis=SEP),
    m(VG10, -23.6, "%", CN10, None, basis="yoy (下跌)"),
    m(VIS10, 37000, "visitors", TW10, None, basis=SEP + ", tour groups"),
    m(VG10, -41.7, "%", TW10, None, basis="減幅 (分別, first)"),
    m(VIS10, 18000, "visitors", HK10, None, basis=SEP + ", tour groups"),
    m(VG10, -31.1, "%", HK10, None, basis="減幅 (分別, second)"),
    m(VIS10, 17000, "visitors", KR10, None, basis=SEP + ", tour groups"),
    m(VG10, -52.2, "%", KR10, None, basis="減幅 (分別, third)"),
    m(VIS10, 17000, "visitors", JP10, None, basis=SEP + ", tour groups"),
    m(VG10, 28.4, "%", JP10, None, basis="yoy (增加)"),
    m(VIS10, 679000, "visitors", INB10, None, basis=SEP),
    m(VG10, -14.7, "%", INB10, None, basis="yoy (下跌)"),
    m(VIS10, 45000, "visitors", LOC10, None, basis=SEP),
    m(VG10, -73.3, "%", LOC10, None, basis="減少73.3%至4.5萬人次"),
    m(VIS10, 7392000, "visitors", PT10, None, basis=YTD),
    m(VG10, -8.0, "%", PT10, None, basis=YTD + ", yoy (減幅)"),
    m(VIS10, 6277000, "visitors", INB10, None, basis=YTD),
    m(VG10, -5.1, "%", INB10, None, basis=YTD + ", yoy"),
    m("residents_travelling|outbound_residents|visitors", 112000, "visitors", RES10, None, basis="9月份, 11.2萬人次"),
    m("residents_travelling_growth|outbound_residents_growth|visitors_growth", -8.6, "%", RES10, None, basis="yoy"),
    m("residents_travelling|outbound_residents|visitors", 43000, "visitors", OUT10, None, basis="9月份, 隨團外遊"),
    m("residents_travelling_growth|outbound_residents_growth|visitors_growth", -3.4, "%", OUT10, None, basis="yoy"),
    m("destination_share|share", 80.2, "%", DCN10, None, basis="佔總數80.2% of package-tour residents"),
    m("destination_share|share", 5.2, "%", DTW10, None, basis="share of package-tour residents"),
    m("destination_share|share", 3.8, "%", DHK10, None, basis="share of package-tour residents"),
    m("residents_travelling|outbound_residents|visitors", 1117000, "visitors", RES10, None, basis=YTD),
    m("residents_travelling_growth|outbound_residents_growth|visitors_growth", -1.4, "%", RES10, None, basis=YTD + ", yoy"),
    m("hotels|hotel_count", 103, "hotels", HOT10, None, basis="9月底, 有營業的酒店及公寓"),
    m("hotel_rooms|rooms|room_supply", 30000, "rooms", HOT10, None, basis="9月底, 3.0萬間客房"),
    m("hotel_rooms_growth|rooms_growth|room_supply_growth", 7.4, "%", HOT10, None, basis="vs the same month last year"),
    m("hotel_rooms|rooms|room_supply", 20000, "rooms", FIVE10, None, basis="五星級酒店客房 2.0萬間"),
    m("share_of_rooms|share", 66.3, "%", FIVE10, None, basis="佔總數66.3%"),
    m(GS10, 853000, "visitors", GU10, None, basis=SEP + ", 85.3萬人次"),
    m(GG10, 0.1, "%", GU10, None, basis="yoy (微增)"),
    m(GS10, 533000, "visitors", GCN10, None, basis=SEP),
    m(GG10, -2.6, "%", GCN10, None, basis="yoy"),
    m(GS10, 135000, "visitors", GHK10, None, basis=SEP),
    m(GG10, 33.1, "%", GHK10, None, basis="yoy (增幅)"),
    m("average_length_of_stay|length_of_stay", 1.4, "nights", GU10, None, prior=1.4, basis="平均留宿1.4晚, 持平"),
    m(OCC10, 78.4, "%", HOT10, None, basis=SEP + ", 平均入住率"),
    m(OCCC10, -6.2, "pp", HOT10, None, basis="yoy (下跌6.2個百分點)"),
    m(OCC10, 80.7, "%", FIVE10, None, basis=SEP + ", highest by class"),
    m(GG10, 4.3, "%", FIVE10, None, basis="five-star guests, yoy (升幅)"),
    m("hotel_rooms_growth|rooms_growth|room_supply_growth", 8.2, "%", FIVE10, None, basis="five-star room supply, yoy"),
    m(OCCC10, -5.2, "pp", FIVE10, None, basis="yoy (下跌5.2個百分點)"),
    m(GS10, 7604000, "visitors", GU10, None, basis=YTD),
    m(OCC10, 80.0, "%", HOT10, None, basis=YTD + ", 平均入住率"),
    m(GG10, -5.7, "%", GU10, None, basis=YTD + ", yoy (分別, first)"),
    m(OCCC10, -6.3, "pp", HOT10, None, basis=YTD + ", yoy (分別, second)"),
    m("hotel_share_of_overnight_visitors|share", 68.0, "%", HOT10, None, basis="入住酒店者佔留宿旅客68.0%"),
    m("hotel_share_of_overnight_visitors_change|share_change|share", -0.8, "pp", HOT10, None, basis="減少0.8個百分點"),
], [])


# zh11: Taiwan chip packager's earnings-call guidance for the first quarter with the previous year's results (中時新聞網
# chinatimes realtime news, Traditional; the photo caption "日月光集團高雄K11廠。(資料照,林資傑攝)" left out as chrome (its
# "11" is part of a plant's name); no headline in the stored text, none composed; whole stored item otherwise).
# Key: 2020Q1 guidance — OSAT (封測) revenue between 597.9億元 and 679.01億元 (a range), OSAT gross margin slightly above
# 18.5% (open bound), EMS revenue about 349.59億元, EMS operating margin slightly below 2.1% (open bound); FY2019 revenue
# 4131.82億元 (+11%), gross margin 15.6%, attributable net profit 168.5億元 (-33%), EPS 3.96元 (prior 5.95元); the FY2018
# remeasurement gain 76億元; FY2019 EMS revenue 54億美元 (record), testing 14億美元 (+7%), SiP 25億美元 (+13%) with 2.3億美元
# from new projects, fan-out growth 近70%.
# Optional: the reference quarters as rows of their own (2019Q2 OSAT revenue 597.9億元 and gross margin 18.5%, 2019Q3
# 679.01億元, 2019Q1 EMS revenue 349.59億元 and operating margin 2.1%); analysts' estimates 季減逾15% and 成長逾10% (bounds);
# 2018 EPS 5.95元; fan-out 突破5000萬美元 (bound).
# Judgement calls: the company's own results paragraph ("日月光投控2019年…") and "去年電子代工營收" make 去年 2019 and 首季 2020Q1,
# 前年 2018 (clearly implied, not the writer's knowledge; the address's 2020 date is not used); a guidance "介於A至B水準" is
# a key closed range on the guided quarter with A and B optional rows on their own quarters; "略高於X" / "略低於X" give
# key open bounds (the guidance itself, not a hedge on a reported figure) with X an optional row; "與去年同期349.59億元相當"
# gives a key guidance row of that value on 2020Q1 and the optional 2019Q1 twin; analysts' 逾 bounds stay optional; EPS
# "低於前年5.95元" gives the prior; "近70%" -> 70; 億元 = TWD, 美元 = USD. Not labelled: the code 3711, 今(7)日.
ASE11 = "日月光投控|日月光|日月光集團|ASE Technology|ASE Technology Holding|ASE|ASEH|3711"
OSAT11 = "封測|封裝測試|packaging and testing|ATM|OSAT|" + ASE11
EMS11 = "電子代工|EMS|electronic manufacturing services|" + ASE11
TEST11 = "測試業務|測試|testing|" + ASE11
SIP11 = "系統級封測|SiP|system in package|" + ASE11
FO11 = "扇出型封裝|fan-out|fan-out packaging|" + ASE11
Q1, Y19, Y18 = "2020Q1", "FY2019", "FY2018"
G["zh11"] = ([
    m("revenue_guidance|revenue", None, "TWD", OSAT11, Q1, rng=(5.979e10, 6.7901e10),
      basis="guidance: 封測營收介於去年第二季597.9億元至第三季679.01億元水準"),
    m("revenue", 5.979e10, "TWD", OSAT11, "2019Q2", opt=True, basis="reference quarter"),
    m("revenue", 6.7901e10, "TWD", OSAT11, "2019Q3", opt=True, basis="reference quarter"),
    m("gross_margin_guidance|gross_margin", None, "%", OSAT11, Q1, rng=(18.5, None),
      basis="guidance: 略高於去年第二季18.5%"),
    m("gross_margin", 18.5, "%", OSAT11, "2019Q2", opt=True, basis="reference quarter"),
    m("revenue_guidance|revenue", 3.4959e10, "TWD", EMS11, Q1, basis="guidance: 與去年同期349.59億元相當"),
    m("revenue", 3.4959e10, "TWD", EMS11, "2019Q1", opt=True, basis="reference quarter (去年同期)"),
    m("operating_margin_guidance|operating_margin", None, "%", EMS11, Q1, rng=(None, 2.1),
      basis="guidance: 營益率略低於去年同期2.1%"),
    m("operating_margin", 2.1, "%", EMS11, "2019Q1", opt=True, basis="reference quarter"),
    m("revenue_growth|revenue_change", None, "%", ASE11, Q1, rng=(None, -15), opt=True,
      basis="analysts' estimate (法人推估): 季減逾15%"),
    m("revenue_growth", None, "%", ASE11, Q1, rng=(10, None), opt=True,
      basis="analysts' estimate: yoy 成長逾10%"),
    m("revenue|consolidated_revenue", 4.13182e11, "TWD", ASE11, Y19, basis="自結合併營收"),
    m("revenue_growth", 11, "%", ASE11, Y19, basis="年增"),
    m("gross_margin", 15.6, "%", ASE11, Y19),
    m("net_profit_attributable|net_profit|net_income", 1.685e10, "TWD", ASE11, Y19, basis="歸屬母公司稅後淨利"),
    m("net_profit_growth|net_profit_attributable_growth", -33, "%", ASE11, Y19, basis="年減"),
    m("eps|earnings_per_share", 3.96, "TWD", ASE11, Y19, prior=5.95, basis="每股盈餘, below 前年 5.95元"),
    m("eps|earnings_per_share", 5.95, "TWD", ASE11, Y18, opt=True, basis="前年"),
    m("remeasurement_gain|one_off_gain|gain", 7.6e9, "TWD", ASE11 + "|矽品|SPIL", Y18,
      basis="矽品再衡量價值利益 recognised when the holding company was set up (前年)"),
    m("revenue", 5.4e9, "USD", EMS11, Y19, basis="去年電子代工營收 record (新高)"),
    m("revenue_growth", 7, "%", TEST11, Y19, basis="成長7%"),
    m("revenue", 1.4e9, "USD", TEST11, Y19),
    m("revenue_growth", 13, "%", SIP11, Y19, basis="成長13%"),
    m("revenue", 2.5e9, "USD", SIP11, Y19),
    m("new_project_revenue|revenue_contribution|revenue", 2.3e8, "USD", SIP11, Y19, basis="新專案貢獻"),
    m("revenue_growth", 70, "%", FO11, Y19, basis="成長幅度近70%"),
    m("revenue", None, "USD", FO11, Y19, rng=(5e7, None), opt=True, basis="達成突破5000萬美元目標"),
], [])


# zh12: Taiwan's state refiner's weekly pump-price announcement with the double price-stabilisation mechanism (聯合新聞網
# udn 汽車 autos.udn.com, Traditional; the headline reworded around its "0.1元"; the photo caption repeating the body's
# prices ("13日凌晨零時起…超級柴油每公升27.0元。 圖/台灣中油") left out as chrome; the "延伸閱讀" related-article links after
# the item left out as page furniture; whole stored item otherwise).
# Key (2024-05-13): diesel +0.1元 per litre; reference retail prices 92 unleaded 29.4元, 95 unleaded 30.9元, 98 unleaded
# 32.9元, premium diesel 27.0元 per litre; the formula's moves as printed (gasoline 調降2.5元, diesel 調降4.0元); the amounts
# absorbed to stay below neighbouring Asian countries (2.2元, 3.6元); the stabilisation's first stage absorbing 25% of the
# move, i.e. 0.3元 per litre each.
# Optional: the headline's 0.1元 (twin); the closing "柴油實際每公升調漲0.1元" (twin); the 30元 trigger (超過30元, bound).
# Judgement calls: 元 = TWD, per litre in basis; the printed date gives 2024-05-13 to every row of the adjustment; gasoline
# "不調整" prints no figure (no zero row); the formula's "應調降2.5元" / "應調降4.0元" are labelled as printed (negative) even
# though the item's own arithmetic (2.5 - 2.2 - 0.3 = 0 for gasoline, 4.0 - 3.6 - 0.3 = 0.1 and a diesel rise) reads like
# rises — the text is kept as printed and the labels follow the text; the absorbed amounts are positive amounts, not
# price moves; "汽柴油每公升各吸收0.3元" is one figure for both fuels (one key row with both as entity alternatives); grade
# names (92 / 95 / 98) are names, not figures.
CPC12 = "台灣中油|中油|CPC|CPC Corporation|CPC Corporation, Taiwan"
G92 = "92無鉛汽油|92無鉛|92 unleaded gasoline|" + CPC12
G95 = "95無鉛汽油|95無鉛|95 unleaded gasoline|" + CPC12
G98 = "98無鉛汽油|98無鉛|98 unleaded gasoline|" + CPC12
DSL12 = "超級柴油|柴油|diesel|premium diesel|" + CPC12
GAS12 = "汽油|gasoline|petrol|" + CPC12
D12 = "2024-05-13"
FP12, FC12 = "fuel_price|retail_price|price", "fuel_price_change|price_change"
G["zh12"] = ([
    m(FC12, 0.1, "TWD", DSL12, D12, opt=True, basis="headline twin: 柴油微漲0.1元"),
    m(FC12, 0.1, "TWD", DSL12, D12, basis="柴油調漲0.1元 per litre from 2024年5月13日"),
    m(FP12, 29.4, "TWD", G92, D12, basis="reference retail price per litre"),
    m(FP12, 30.9, "TWD", G95, D12, basis="reference retail price per litre"),
    m(FP12, 32.9, "TWD", G98, D12, basis="reference retail price per litre"),
    m(FP12, 27.0, "TWD", DSL12, D12, basis="超級柴油 reference retail price per litre, printed 27.0"),
    m("formula_price_change|price_change", -2.5, "TWD", GAS12, D12, basis="浮動油價機制: 應調降2.5元 (as printed)"),
    m("formula_price_change|price_change", -4.0, "TWD", DSL12, D12, basis="浮動油價機制: 應調降4.0元 (as printed)"),
    m("absorbed_amount|price_absorption|subsidy", 2.2, "TWD", GAS12, D12, basis="吸收2.2元 to stay below neighbours"),
    m("absorbed_amount|price_absorption|subsidy", 3.6, "TWD", DSL12, D12, basis="吸收3.6元"),
    m("price_threshold|fuel_price", None, "TWD", G95, D12, rng=(30, None), opt=True,
      basis="trigger: price after the cut 超過30元"),
    m("absorption_share|absorption_rate|share", 25, "%", CPC12, D12, basis="油價平穩措施 first stage absorbs 25% of the move"),
    m("absorbed_amount|price_absorption|subsidy", 0.3, "TWD", GAS12 + "|" + DSL12, D12,
      basis="汽柴油每公升各吸收0.3元 (one figure for both)"),
    m(FC12, 0.1, "TWD", DSL12, D12, opt=True, basis="twin: 柴油實際每公升調漲0.1元"),
], [])
