# Hand labels for news35/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, one Taiwan, one Macau). Helpers m()
# and ra() are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor
# code, test, docs page or other batch's text was read. Conventions followed: the development corpus's README and scorer
# (score.py) and the "Conventions decided" sections of news33/zh and news34/zh (with their labels files' top comments).
# Currency: a mainland company's results printed 元人民幣 -> CNY, the later bare 億元 of the same results follow it (zh07);
# Hong Kong stock / HK bank context, bare 元 / 億元 / $ = HKD (zh08 targets, quotes and short-selling amounts, zh12);
# zh10 (Taiwan) prints rates and growth rates only; rates in 厘 / 年息 X% are "%" levels (X厘 = X %), 點子 = bp, 1碼 = 25 bp
# (zh09, zh10);
# Macau visitor counts in 人次 take the count unit "visitors" (zh11). Values fully scaled (594.8億元 -> 5.948e10;
# 3040萬部 -> 3.04e7; $1.64千萬 -> 1.64e7; 82.16億元 -> 8.216e9; 1,509,403人次 -> 1509403). 約X / 近X -> X (近三成 -> 30 %);
# 逾X / 超過X -> an open bound, optional unless it is the only figure for a core quantity; 升X倍 = X x 100 % with the X-times
# reading an optional row (news33). Declines negative (跌, 蝕, 減少, 下滑, 減, 倒跌); % vs 個百分點 (pp) vs 點子 (bp) as printed.
# Periods only from the text: zh07 prints "首季" / "至3月底止" without a year -> "Q1" (news34 zh10); zh08, zh09 print no year
# -> None; zh10 prints "今年(2025)第4季理監事會議" and "去年(2024年)" -> FY2025 / FY2026 / FY2024 / 2025Q1-Q3, the meeting's
# rate levels 2025Q4, the Fed's December move 2025-12; zh11 "二零零四年十月" -> 2004-10 and 2004-01..10; zh12's dateline
# "2020-12-15 13:46" -> 2020-12-15. URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body, or a sub-heading and body) is one row; a rounded headline version of a body
# figure is optional. An earlier level printed beside a new one ("13元->14.8元") is the prior of the new value and an optional
# row of its own (news33 / news34). Broker targets are also target_price metric rows besides the rating actions. AASTOCKS
# inline quotes and related-content headlines are optional (corpus). Entities list names as printed plus Traditional /
# Simplified / English forms and stock codes.


# zh07: Hong Kong-listed tech company's quarterly results: Xiaomi (小米) first quarter, no year printed (RTHK item via its
# agora0 mirror; headline kept as printed).
# Key: net profit 約42億元人民幣 (swung from the year-ago loss 近5.9億元 -> prior -5.9e8); adjusted profit 32.3億元, +約13% yoy
# and 急升1.21倍 qoq (+121 %); the 11億元 innovation-business (EV) expenses; revenue 594.8億元, -近19% yoy, -10% qoq;
# smartphone revenue 350億元, -近24% / -近5%; shipments 3040萬部, -21% / -約7%; ASP -約3% yoy; IoT revenue 168億元,
# -近14% yoy, -約22% qoq; smart TV and laptop revenue -24%; internet services 70億元 (printed 收人), -約1% / -2%; gross margin
# 19.5% and +2.2 pp yoy.
# Optional: the year-ago loss as a row of its own; the 1.21 x reading of 急升1.21倍.
# Judgement calls: the headline's 13% is the body's adjusted-profit growth (one row); "首季" / "上季" with "至3月底止" and no
# year -> period "Q1"; the 11億元 is an expense row for the EV / innovation business (entity that business, Xiaomi as alias);
# the smart TV / laptop fall is read as yoy (it explains the yoy IoT fall). Not labelled: the year-ago period as a date.
XM = "小米|小米集團|小米集團-W|小米集团|Xiaomi|Xiaomi Corporation|Xiaomi Group|01810|1810"
SP7 = "智能手機|智能手機業務|smartphones|smartphone|" + XM
IOT7 = "IoT與生活消費產品|IoT and lifestyle products|IoT|" + XM
INT7 = "互聯網服務|internet services|" + XM
TV7 = "智能電視及筆記本電腦|智能電視|筆記本電腦|smart TVs and laptops|" + XM
EV7 = "智能電動汽車等創新業務|智能電動汽車|創新業務|smart EV and other new initiatives|" + XM
Q7 = "Q1"
G["zh07"] = ([
    m("net_profit|profit", 4.2e9, "CNY", XM, Q7, prior=-5.9e8, basis="約, swung from loss (由虧轉盈)"),
    m("net_profit|net_loss|profit", -5.9e8, "CNY", XM, None, opt=True, basis="year-ago quarter loss, 蝕近5.9億元"),
    m("adjusted_net_profit|adjusted_profit|net_profit", 3.23e9, "CNY", XM, Q7, basis="non-IFRS 經調整盈利"),
    m("adjusted_net_profit_growth|adjusted_profit_growth|net_profit_growth", 13, "%", XM, Q7, basis="yoy, 約"),
    m("adjusted_net_profit_growth|adjusted_profit_growth|net_profit_growth", 121, "%", XM, Q7, basis="qoq, 急升1.21倍"),
    m("adjusted_net_profit_growth|adjusted_profit_growth|net_profit_growth", 1.21, "x", XM, Q7, opt=True, basis="1.21倍 read as a multiple"),
    m("expenses|innovation_expenses|operating_expenses", 1.1e9, "CNY", EV7, Q7, basis="smart EV and other innovation expenses included"),
    m("revenue", 5.948e10, "CNY", XM, Q7),
    m("revenue_growth", -19, "%", XM, Q7, basis="yoy, 跌近19%"),
    m("revenue_growth", -10, "%", XM, Q7, basis="qoq"),
    m("revenue|segment_revenue|smartphone_revenue", 3.5e10, "CNY", SP7, Q7),
    m("revenue_growth|segment_revenue_growth|smartphone_revenue_growth", -24, "%", SP7, Q7, basis="yoy, 近"),
    m("revenue_growth|segment_revenue_growth|smartphone_revenue_growth", -5, "%", SP7, Q7, basis="qoq, 近"),
    m("shipments|smartphone_shipments", 3.04e7, "units", SP7, Q7, basis="部"),
    m("shipments_growth|smartphone_shipments_growth", -21, "%", SP7, Q7, basis="yoy"),
    m("shipments_growth|smartphone_shipments_growth", -7, "%", SP7, Q7, basis="qoq, 約"),
    m("asp_growth|price_growth|asp_change", -3, "%", SP7, Q7, basis="unit price, yoy, 約"),
    m("revenue|segment_revenue", 1.68e10, "CNY", IOT7, Q7),
    m("revenue_growth|segment_revenue_growth", -14, "%", IOT7, Q7, basis="yoy, 近"),
    m("revenue_growth|segment_revenue_growth", -22, "%", IOT7, Q7, basis="qoq, 約"),
    m("revenue_growth|segment_revenue_growth", -24, "%", TV7, Q7, basis="smart TV and laptop revenue, yoy (read from context)"),
    m("revenue|segment_revenue", 7e9, "CNY", INT7, Q7, basis="printed 收人"),
    m("revenue_growth|segment_revenue_growth", -1, "%", INT7, Q7, basis="yoy, 約"),
    m("revenue_growth|segment_revenue_growth", -2, "%", INT7, Q7, basis="qoq"),
    m("gross_margin", 19.5, "%", XM, Q7, basis="group, record high"),
    m("gross_margin_change", 2.2, "pp", XM, Q7, basis="yoy"),
], [])


# zh08: 大行 note with a table of targets and ratings on several 內房 stocks: 滙豐環球研究 on mainland developers (AASTOCKS
# news page on an HK mirror host; no headline or date in the stored text; the trailing truncated delayed-quote / short-data
# boilerplate was left out as page chrome, the editor tag "(fc/da)" kept).
# Key: the average upside 22% across the revised targets; seven target_price rows - 中海外 14.8 (prior 13), 潤地 36.3 (prior
# 32.5), 建發國際 21.2, 中國金茂 1.6 (prior 1.5), 綠城中國 11.5 (prior 10.8), 龍湖 12.3 (prior 11.4), 貝殼-W 68.38.
# Optional: the five earlier targets as rows of their own; every AASTOCKS inline quote (price change, % change, short-selling
# amount, short-selling ratio), listed twice for the four stocks quoted twice (the preference sentence and the table), so that
# a repeat is absorbed rather than counted as junk; the related-content headline's 建發國際 target 21.8元.
# Rating actions (HKD): raise_target 中海外 hold 14.8 <- 13, 潤地 buy 36.3 <- 32.5, 中國金茂 buy 1.6 <- 1.5, 綠城中國 hold
# 11.5 <- 10.8, 龍湖 buy 12.3 <- 11.4; maintain 建發國際 buy 21.2 and 貝殼-W buy 68.38 (no arrow printed); optional:
# raise_target 建發國際 21.8 with rating None (from the embedded related-content headline, a different note).
# Judgement calls: "13元->14.8元" is a target revision (value 14.8, prior 13); the related headline's 21.8元 differs from the
# table's 21.2元 and is kept apart (optional); 貝殼-W's 68.38元 is the HK line (02423.HK) -> HKD; the short-selling amounts
# "$2.30億" / "$1.64千萬" are HKD; the preference list (潤地, 建發國際, 中國金茂, 貝殼) is not a rating. Not labelled: stock
# codes, "今年" sales targets without figures.
HSBC8 = "滙豐環球研究|滙豐研究|滙豐|匯豐|HSBC|HSBC Global Research"
COLI = "中海外|中國海外發展|中國海外|China Overseas Land|China Overseas|COLI|00688|00688.HK|688"
CRL = "潤地|華潤置地|China Resources Land|CR Land|01109|01109.HK|1109"
CND = "建發國際|建發國際集團|C&D International|01908|01908.HK|1908"
JM = "中國金茂|金茂|China Jinmao|00817|00817.HK|817"
GTC = "綠城中國|綠城|Greentown China|Greentown|03900|03900.HK|3900"
LF = "龍湖|龍湖集團|Longfor|Longfor Group|00960|00960.HK|960"
KE = "貝殼-W|貝殼|KE Holdings|Beike|02423|02423.HK|2423|BEKE|BEKE.US"
def q8(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '+0.150 (+0.557%) 沽空 $2.30億; 比率 21.030%' -> all optional"""
    return [m("price_change", chg, "HKD", ent, None, opt=True), m("price_change", pct, "%", ent, None, opt=True),
            m("short_selling_turnover", short, "HKD", ent, None, opt=True),
            m("short_selling_ratio", ratio, "%", ent, None, opt=True)]
mt = [
    m("upside|target_price_upside|average_upside", 22, "%", "內房股|內地房地產|mainland developers|China property stocks", None,
      basis="average upside implied by HSBC's revised targets"),
    m("target_price", 21.8, "HKD", CND, None, opt=True, basis="related-content headline (a different note)"),
    m("target_price", 14.8, "HKD", COLI, None, prior=13), m("target_price", 13, "HKD", COLI, None, opt=True, basis="earlier target"),
    m("target_price", 36.3, "HKD", CRL, None, prior=32.5), m("target_price", 32.5, "HKD", CRL, None, opt=True, basis="earlier target"),
    m("target_price", 21.2, "HKD", CND, None, basis="maintained"),
    m("target_price", 1.6, "HKD", JM, None, prior=1.5), m("target_price", 1.5, "HKD", JM, None, opt=True, basis="earlier target"),
    m("target_price", 11.5, "HKD", GTC, None, prior=10.8), m("target_price", 10.8, "HKD", GTC, None, opt=True, basis="earlier target"),
    m("target_price", 12.3, "HKD", LF, None, prior=11.4), m("target_price", 11.4, "HKD", LF, None, opt=True, basis="earlier target"),
    m("target_price", 68.38, "HKD", KE, None, basis="maintained, HK line 02423.HK"),
]
for _ in range(2):  # quoted in the preference sentence and again in the table
    mt += q8(CRL, 0.150, 0.557, 2.30e8, 21.030) + q8(CND, -0.120, -0.726, 1.64e7, 14.194)
    mt += q8(JM, 0.000, 0.000, 1.07e7, 6.797) + q8(KE, -0.400, -0.723, 1.82e8, 14.317)
mt += q8(COLI, -0.040, -0.279, 1.52e8, 24.026) + q8(GTC, -0.120, -1.145, 2.22e7, 5.568) + q8(LF, -0.060, -0.562, 1.34e8, 14.518)
G["zh08"] = (mt, [
    ra(HSBC8, COLI, "raise_target", "hold", None, 14.8, 13, "HKD"),
    ra(HSBC8, CRL, "raise_target", "buy", None, 36.3, 32.5, "HKD"),
    ra(HSBC8, CND, "maintain", "buy", None, 21.2, None, "HKD"),
    ra(HSBC8, JM, "raise_target", "buy", None, 1.6, 1.5, "HKD"),
    ra(HSBC8, GTC, "raise_target", "hold", None, 11.5, 10.8, "HKD"),
    ra(HSBC8, LF, "raise_target", "buy", None, 12.3, 11.4, "HKD"),
    ra(HSBC8, KE, "maintain", "buy", None, 68.38, None, "HKD"),
    ra(HSBC8, CND, "raise_target", None, None, 21.8, None, "HKD", opt=True),
])


# zh09: Hong Kong bank rate story: 滙豐 launches a new fixed-rate mortgage plan, with the day's HIBOR fixings (HK01 財經快訊;
# the stored text prints no headline or year - "今年2月", "8月18日", "今日" -> period None; none composed; the sub-heading
# was reworded with its figures kept).
# Key: the plan's rate 低至2.73厘 (prior range: the February plan's 3.03厘至3.18厘); the cut 減最多0.45厘 (-45 bp); the HIBOR-based
# rate 3.5厘; the cap rate 3.5厘 at H+1.3厘; the seven HIBOR tenors' levels and point changes: one-month 2.7272厘 (-4.34點子),
# overnight 2.66345 (-10.44), one-week 2.80964 (+0.92), two-week 2.78262 (-2.7), three-month 2.78952 (-4.79), six-month
# 2.97905 (-0.71) and the tenor printed "2個月" 3.08161 (-3.91).
# Optional: the February plan's range as a row of its own; the cut as an upper-bound range twin; the spreads P減1.75厘
# (-175 bp) and H+1.3厘 (+130 bp); the penalty periods 2年 / 3年.
# Judgement calls: 厘 levels are "%" and 點子 changes "bp"; "減最多0.45厘" is exactly the gap to 3.18厘, so a key -45 bp value
# with an optional (None, -45) bound twin; the HIBOR-based rate 3.5厘 and the cap 3.5厘 are two statements (the current H按
# rate and its cap) -> two key rows; "2個月拆息" is listed among the 中長線 tenors after 6個月 and is probably the 12-month
# fixing: labelled as printed, with the 12-month names as entity aliases; the sub-heading repeats the one-month fixing and
# its 3-day streak (one row; streaks not labelled). Not labelled: 三年 / 五年 (plan tenors in words), 8月18日, 五月初.
HSBC9 = "滙豐|滙豐銀行|匯豐|HSBC|HSBC Hong Kong"
FIX9 = "滙豐定息按揭計劃|定息按揭計劃|定息按揭|定按|fixed-rate mortgage|" + HSBC9
HB = "香港銀行同業拆息|港元拆息|HIBOR"
def hib(tenor, lvl, chg):
    ent = tenor + "|" + HB
    return [m("rate|hibor|interbank_rate", lvl, "%", ent, None, basis="HIBOR fixing"),
            m("rate_change|hibor_change", chg, "bp", ent, None, basis="點子")]
mt = [
    m("mortgage_rate|rate", 2.73, "%", FIX9, None, prng=(3.03, 3.18), basis="低至, 3- or 5-year fixed"),
    m("mortgage_rate|rate", None, "%", FIX9, None, rng=(3.03, 3.18), opt=True, basis="February plan (earlier)"),
    m("rate_change|mortgage_rate_change", -45, "bp", FIX9, None, basis="減最多0.45厘 vs February plan"),
    m("rate_change|mortgage_rate_change", None, "bp", FIX9, None, rng=(None, -45), opt=True, basis="最多 as a bound"),
    m("mortgage_rate|rate", 3.5, "%", "H按|HIBOR mortgage|HIBOR-based mortgage|" + HB, None, basis="current HIBOR-based rate"),
    m("cap_rate|mortgage_rate|rate", 3.5, "%", "H按|封頂息|HIBOR mortgage cap|" + HB, None, basis="cap rate at H+1.3厘"),
    m("rate_spread", 130, "bp", "H按|HIBOR mortgage", None, opt=True, basis="H+1.3厘"),
    m("rate_spread", -175, "bp", FIX9, None, opt=True, basis="P減1.75厘 after the fixed period"),
    m("penalty_period", 2, "years", FIX9, None, opt=True, basis="3-year plan"),
    m("penalty_period", 3, "years", FIX9, None, opt=True, basis="5-year plan"),
]
mt += hib("一個月拆息|1個月拆息|1個月HIBOR|one-month HIBOR", 2.7272, -4.34)
mt += hib("隔夜拆息|overnight HIBOR", 2.66345, -10.44)
mt += hib("1星期拆息|one-week HIBOR", 2.80964, 0.92)
mt += hib("2星期拆息|two-week HIBOR", 2.78262, -2.7)
mt += hib("3個月拆息|three-month HIBOR", 2.78952, -4.79)
mt += hib("6個月拆息|six-month HIBOR", 2.97905, -0.71)
mt += hib("2個月拆息|two-month HIBOR|12個月拆息|12-month HIBOR", 3.08161, -3.91)
G["zh09"] = (mt, [])


# zh10: Taiwan central-bank decision: 中央銀行 Q4 2025 board meeting keeps rates, with its GDP and CPI forecasts (中央社 item on
# Yahoo 新聞; the photo caption and ad lines were left out as page chrome; no headline in the stored text, none composed; the
# bold rate line is kept as a line of its own).
# Key: the Fed's cut 降息1碼 (-25 bp, 2025-12); the discount rate 2%, the secured-accommodation rate 2.375% and the
# short-term accommodation rate 4.25% (2025Q4); GDP growth Q1-Q3 7.18%; the GDP forecasts 7.31% (FY2025) and 3.67% (FY2026);
# CPI and core CPI 1.66% / 1.65% (FY2025 forecast) and 2.18% / 1.88% (FY2024); CPI and core CPI 1.63% each (FY2026 forecast).
# Optional: the decision as a 0 bp change; the 7-quarter hold streak; the outlook "續低於2%" as an upper bound for FY2026.
# Judgement calls: 1碼 = 25 bp (Taiwanese usage); "均為1.63%" gives one row per series; the 2024 figures are rows of their own
# (comparison year), not priors; the meeting's levels take 2025Q4 (the meeting is "今年(2025)第4季"); forecasts carry Taiwan
# as entity with the central bank as alias. Not labelled: 18日, 12月 (the Fed meeting month, used as the period).
FED10 = "美國聯準會|聯準會|Fed|美國聯邦準備理事會|美國"
CBC = "中央銀行|央行|台灣央行|Central Bank of the Republic of China|CBC"
TW10 = "台灣|我國|國內|Taiwan|" + CBC
G["zh10"] = ([
    m("rate_change", -25, "bp", FED10, "2025-12", basis="降息1碼"),
    m("rate|discount_rate|policy_rate", 2, "%", "重貼現率|discount rate|" + CBC, "2025Q4", basis="重貼現率, unchanged"),
    m("rate|policy_rate", 2.375, "%", "擔保放款融通利率|secured accommodation rate|" + CBC, "2025Q4", basis="unchanged"),
    m("rate|policy_rate", 4.25, "%", "短期融通利率|short-term accommodation rate|" + CBC, "2025Q4", basis="unchanged"),
    m("rate_change", 0, "bp", CBC, "2025Q4", opt=True, basis="policy rates unchanged"),
    m("unchanged_streak|hold_streak", 7, "quarters", CBC, "2025Q4", opt=True, basis="連續7季"),
    m("inflation_forecast|cpi_forecast|cpi", None, "%", TW10, "FY2026", rng=(None, 2), opt=True, basis="outlook, 續低於2%"),
    m("gdp_growth", 7.18, "%", TW10, "2025Q1-Q3", basis="first three quarters"),
    m("gdp_growth_forecast|gdp_growth", 7.31, "%", TW10, "FY2025", basis="central-bank forecast"),
    m("gdp_growth_forecast|gdp_growth", 3.67, "%", TW10, "FY2026", basis="central-bank forecast"),
    m("cpi_forecast|cpi|inflation_forecast|cpi_growth", 1.66, "%", TW10, "FY2025", basis="forecast, yoy"),
    m("core_cpi_forecast|core_cpi|core_cpi_growth", 1.65, "%", TW10, "FY2025", basis="forecast, yoy"),
    m("cpi|inflation|cpi_growth", 2.18, "%", TW10, "FY2024", basis="actual, yoy"),
    m("core_cpi|core_cpi_growth", 1.88, "%", TW10, "FY2024", basis="actual, yoy"),
    m("cpi_forecast|cpi|inflation_forecast|cpi_growth", 1.63, "%", TW10, "FY2026", basis="forecast, yoy"),
    m("core_cpi_forecast|core_cpi|core_cpi_growth", 1.63, "%", TW10, "FY2026", basis="forecast, yoy (均為1.63%)"),
], [])


# zh11: Macau's monthly visitor arrivals: October 2004 and the first ten months (統計暨普查局 release on the Macau government
# portal gov.mo; the headline "二零零四年十月旅客入境數目" kept; the passage stops after the sea-route paragraph, before the
# land and air paragraphs, so that the key rows stay within 30).
# Key: October arrivals 1,509,403 and +35.4%; mainland +48.3%, Hong Kong +15.4%, Taiwan +16.6%; the three markets' shares
# 58.1% / 28.0% / 8.3%; same-day visitors 785,369; Jan-Oct arrivals 13,699,516 and +44.1%; mainland 7,836,240 and +78.1%,
# shares 57.2% / 30.7% / 7.6%; same-day visitors 6,854,887; sea arrivals 5,195,997 and +24.0%; Outer Harbour 5,084,179 and
# +23.5%; Inner Harbour 111,818 and +53.9%.
# Optional: the same-day visitors' shares of arrivals (52.0%, 50.0%); Hong Kong visitors' share at the Outer Harbour
# (60.7%) and mainland visitors' share at the Inner Harbour (74.3%).
# Judgement calls: "今年" is fixed by the headline's 二零零四年; the source-market shares are key (the release's composition
# of arrivals), the ratios of sub-groups within a route are optional; the ferry terminals are entities of their own with
# the route as alias. Not labelled: 三大客源 (a count in words).
MO = "澳門|Macau|Macao"
ARR = "入境旅客|訪澳旅客|visitor arrivals|visitors|" + MO
CN11 = "中國大陸旅客|中國大陸|內地旅客|mainland visitors|Mainland China"
HK11 = "香港旅客|香港|Hong Kong visitors|Hong Kong"
TW11 = "中國台灣旅客|台灣旅客|中國台灣|Taiwan visitors|Taiwan"
SD11 = "不過夜旅客|same-day visitors|" + MO
SEA = "海路|經海路入境旅客|by sea|" + MO
OH = "外港碼頭|Outer Harbour Ferry Terminal|" + SEA
IH = "內港碼頭|Inner Harbour Ferry Terminal|" + SEA
VA = "visitor_arrivals|arrivals|visitors"
VG = "visitor_arrivals_growth|arrivals_growth|visitors_growth"
O, Y = "2004-10", "2004-01..10"
G["zh11"] = ([
    m(VA, 1509403, "visitors", ARR, O), m(VG, 35.4, "%", ARR, O, basis="yoy"),
    m(VG, 48.3, "%", CN11, O, basis="yoy"), m(VG, 15.4, "%", HK11, O, basis="yoy"), m(VG, 16.6, "%", TW11, O, basis="yoy"),
    m("share|visitor_share", 58.1, "%", CN11, O, basis="of total arrivals"),
    m("share|visitor_share", 28.0, "%", HK11, O, basis="of total arrivals"),
    m("share|visitor_share", 8.3, "%", TW11, O, basis="of total arrivals"),
    m(VA, 785369, "visitors", SD11, O, basis="same-day (不過夜)"),
    m("share|visitor_share", 52.0, "%", SD11, O, opt=True, basis="of arrivals"),
    m(VA, 13699516, "visitors", ARR, Y), m(VG, 44.1, "%", ARR, Y, basis="yoy"),
    m(VA, 7836240, "visitors", CN11, Y), m(VG, 78.1, "%", CN11, Y, basis="yoy"),
    m("share|visitor_share", 57.2, "%", CN11, Y, basis="of total arrivals"),
    m("share|visitor_share", 30.7, "%", HK11, Y, basis="of total arrivals"),
    m("share|visitor_share", 7.6, "%", TW11, Y, basis="of total arrivals"),
    m(VA, 6854887, "visitors", SD11, Y, basis="same-day (不過夜)"),
    m("share|visitor_share", 50.0, "%", SD11, Y, opt=True, basis="of arrivals"),
    m(VA, 5195997, "visitors", SEA, Y, basis="by sea"), m(VG, 24.0, "%", SEA, Y, basis="yoy"),
    m(VA, 5084179, "visitors", OH, Y), m(VG, 23.5, "%", OH, Y, basis="yoy"),
    m("share|visitor_share", 60.7, "%", OH, Y, opt=True, basis="Hong Kong visitors' share"),
    m(VA, 111818, "visitors", IH, Y), m(VG, 53.9, "%", IH, Y, basis="yoy"),
    m("share|visitor_share", 74.3, "%", IH, Y, opt=True, basis="mainland visitors' share"),
], [])


# zh12: 港股 session report with short-selling figures and named movers: 信報 港股直擊 of 2020-12-15, 13:46 (headline and the
# column / time line kept as printed).
# Key: 恒指 midday 26218, -170 points, -0.65%; at 13:33 -223 points to 26166; the market's half-day short selling 82.16億元 and
# ratio 10.9%; 盈富 11.9億元 / 64.5% / -0.9% / 26.34元; 小米 6.19億元 / 13.7% / -1.7% / 28.7元; 友邦 3.71億元 / 近三成 (30 %) /
# +0.1% / 90.1元; 平保 3.53億元 / 37.5% / -0.9% / 92.75元.
# Optional: the headline's and the body's "逾 / 超過兩百點" (bounds); the morning low 26127; 小米's and 友邦's intraday record
# highs 29.95元 / 91.7元; the headline's rounded "盈富半日沽空達12億"; 吉利, 中生製藥 and 石藥 "均升逾4%" (bounds, one row each);
# the losing streaks (10連跌 x2, 九連跌, 8連跌 x4) as session counts.
# Judgement calls: the printed dateline fixes 2020-12-15 for every row; the 13:33 reading is key (an exact level and move printed
# as the latest state of the index), the morning low optional (intraday extreme); the four stocks' moves and prices are the
# latest at the time of writing (basis says so); "中建材03323)" is kept with its missing bracket. Not labelled: stock codes,
# 13:46 / 13時33分 as times.
D12 = "2020-12-15"
HSI12 = "恒生指數|恒指|Hang Seng Index|HSI"
MKT12 = "大市|港股|香港股市|HK market|Main Board"
TK = "盈富基金|盈富|Tracker Fund|TraHK|02800|2800"
XM12 = "小米|小米集團|Xiaomi|01810|1810"
AIA = "友邦|友邦保險|AIA|01299|1299"
PA = "平保|中國平安|Ping An|02318|2318"
def mv12(ent, short, ratio, pct, px):
    return [m("short_selling_turnover", short, "HKD", ent, D12, basis="half-day"),
            m("short_selling_ratio", ratio, "%", ent, D12, basis="half-day"),
            m("price_change", pct, "%", ent, D12, basis="latest, afternoon"),
            m("price", px, "HKD", ent, D12, basis="latest, afternoon")]
mt = [
    m("index_level", 26218, "points", HSI12, D12, basis="midday close"),
    m("index_change", -170, "points", HSI12, D12, basis="midday"), m("index_change", -0.65, "%", HSI12, D12, basis="midday"),
    m("index_change", None, "points", HSI12, D12, rng=(None, -200), opt=True, basis="headline, 逾兩百點"),
    m("index_change", None, "points", HSI12, D12, rng=(None, -200), opt=True, basis="afternoon, 超過兩百點"),
    m("index_level", 26127, "points", HSI12, D12, opt=True, basis="morning low"),
    m("index_change", -223, "points", HSI12, D12, basis="at 13:33"),
    m("index_level", 26166, "points", HSI12, D12, basis="at 13:33"),
    m("short_selling_turnover", 8.216e9, "HKD", MKT12, D12, basis="half-day"),
    m("short_selling_ratio", 10.9, "%", MKT12, D12, basis="half-day"),
    m("short_selling_turnover", 1.2e9, "HKD", TK, D12, opt=True, basis="headline, rounded (達12億)"),
    m("price", 29.95, "HKD", XM12, D12, opt=True, basis="intraday record high"),
    m("price", 91.7, "HKD", AIA, D12, opt=True, basis="intraday record high"),
]
mt += mv12(TK, 1.19e9, 64.5, -0.9, 26.34) + mv12(XM12, 6.19e8, 13.7, -1.7, 28.7)
mt += mv12(AIA, 3.71e8, 30, 0.1, 90.1) + mv12(PA, 3.53e8, 37.5, -0.9, 92.75)
for ent in ("吉利|吉利汽車|Geely|00175", "中生製藥|中國生物製藥|Sino Biopharm|01177", "石藥|石藥集團|CSPC|01093"):
    mt.append(m("price_change", None, "%", ent, D12, rng=(4, None), opt=True, basis="均升逾4%, best blue chips"))
for ent, n in (("中國科培|China Kepei|01890", 10), ("長飛光纖光纜|長飛|YOFC|06869", 10), ("新華保險|New China Life|01336", 9),
               ("中移動|中國移動|China Mobile|00941", 8), ("中交建|中國交通建設|CCCC|01800", 8),
               ("中國建築國際|China State Construction International|03311", 8), ("中建材|中國建材|CNBM|03323", 8)):
    mt.append(m("losing_streak", n, "sessions", ent, D12, opt=True, basis="連跌"))
G["zh12"] = (mt, [])
