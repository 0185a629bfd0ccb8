# Hand labels for news32/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: shared/corpora/news-text/zh/README.md, score.py
# and the "Conventions decided" sections of news30/zh and news31/zh (with their labels files' top comments).
# Currency: Hong Kong context, bare 元 / 億元 = HKD (zh07, zh09, zh10, zh12); Taiwan context, bare 元 / 億元 / 兆元 = TWD
# (zh08, zh11); 美元 -> USD (zh08's capex). Values fully scaled (320億元 -> 3.2e10; 110.08兆元 -> 1.1008e14; 3039萬股 ->
# 3.039e7; 月租4.4萬元 -> 44000). Chinese numerals resolved (半成 -> 5 %); 約X / 近X -> X; 升X倍 = X x 100 % (news13);
# 逾X / 突破X -> an open bound rng=(X, None) (or (None, -X) for 跌逾X), optional unless the passage's only figure for a
# core quantity (none here). Declines and net selling negative (減少, 下跌, 跌, 回落, 賣超); % vs 個百分點 (pp) vs 基點 (bp)
# vs 點 (points) as printed. Ratings (Taiwan wording): 優於大盤 = outperform, 劣於大盤 = underperform, 中立 = neutral,
# 買進 = buy.
# Periods only from the text: zh07's "較2017年底" makes 去年 2018 (-> FY2018, ratios at year end 2018-12-31); zh10 prints
# 2025年10月份 (-> 2025-10, 2025-09, first ten months 2025-01..10, three months to October 2025-08..10); zh08 prints 2026 /
# 2027 for the capex and EUV figures (FY2026 / FY2027); zh12's purchase year 2011 is printed. zh09 (今日), zh11 (昨（23）日,
# no month or year) and zh12's index readings (最新, 今年) carry no year -> None. Page metadata, URL dates and the writer's
# knowledge are never used.
# A figure printed twice (headline / sub-heading and body) is one row; a rounded restatement is optional. An earlier level
# printed beside a new one ("由1,888元升至1,988元") is the prior of the new value and also an optional row of its own.
# Broker targets are also target_price metric rows (news21 / news22 / corpus zh26), besides the rating actions. Intraday
# highs / moves, lot sizes, per-lot gains and IPO allotment statistics are optional (corpus). Entities list names as
# printed plus Traditional / Simplified / English forms and stock codes.


# zh07: Hong Kong bank's annual results: BOC Hong Kong (中銀香港, 02388), year to end of last year (hkej 信報 即時新聞
# announcement item; the stored text has no headline line, none composed). Year: the capital ratios are compared "較2017年底"
# -> 去年 = 2018 -> FY2018; ratios and the loan-to-deposit ratio at 截至去年底 -> 2018-12-31. 元 = HKD.
# Key: profit 320億元 and +2.7% (record); continuing-operations profit +12%; EPS 3.0266元; final dividend 0.923元; full-year
# dividend 1.468元 and 按年增半成 (+5 %); payout ratio 48.5%; net interest income 393.94億元 and +13.14%; NIM 1.62% and, with
# FX-swap funding, 1.63% with +19 bp yoy; net fee and commission income 113.07億元 and -2.5%; loan commissions -27.6%;
# securities-brokerage and insurance commissions +5.5% / +16.6%; impairment charge 11.78億元 and +12.6%; loan-to-deposit
# ratio 66.82% and +2.34 pp; CET1 17.48% (+0.96 pp), tier-1 19.76% (+3.24 pp), total capital ratio 23.10% (+2.71 pp).
# Judgement calls: the EPS 3.0266元 follows the continuing-operations clause; it is labelled as the year's EPS (eps|basic_eps)
# with the clause in basis. The +19 bp belongs to the 1.63% (FX-swap-adjusted) margin as printed. The capital-ratio changes
# are vs end-2017 (no prior derived: the earlier ratios are not printed). Not labelled: 02388 (code).
BOC = "中銀香港|中銀|中银香港|BOC Hong Kong|BOCHK|BOC Hong Kong (Holdings)|Bank of China (Hong Kong)|02388|2388"
F7, YE7 = "FY2018", "2018-12-31"
G["zh07"] = ([
    m("net_profit|profit_attributable|annual_profit|profit", 3.2e10, "HKD", BOC, F7, basis="全年盈利, record high"),
    m("net_profit_growth|profit_growth", 2.7, "%", BOC, F7, basis="yoy (按年增長)"),
    m("net_profit_growth|profit_growth|continuing_operations_profit_growth", 12, "%", BOC, F7,
      basis="continuing operations basis, yoy (上升)"),
    m("eps|basic_eps", 3.0266, "HKD", BOC, F7, basis="每股盈利, printed after the continuing-operations clause"),
    m("final_dividend|dividend|dividend_per_share|dps", 0.923, "HKD", BOC, F7, basis="末期息"),
    m("dividend|total_dividend|dividend_per_share|dps", 1.468, "HKD", BOC, F7, basis="full year, interim + final"),
    m("dividend_growth|dps_growth", 5, "%", BOC, F7, basis="按年增半成 (半成 = 5%)"),
    m("payout_ratio|dividend_payout_ratio", 48.5, "%", BOC, F7),
    m("net_interest_income|nii", 3.9394e10, "HKD", BOC, F7),
    m("net_interest_income_growth|nii_growth", 13.14, "%", BOC, F7, basis="yoy"),
    m("net_interest_margin|nim", 1.62, "%", BOC, F7),
    m("net_interest_margin|nim", 1.63, "%", BOC, F7, basis="including funding income / cost of FX swap contracts"),
    m("net_interest_margin_change|nim_change", 19, "bp", BOC, F7, basis="yoy, on the FX-swap-adjusted 1.63% margin"),
    m("net_fee_and_commission_income|fee_income|net_fee_income", 1.1307e10, "HKD", BOC, F7),
    m("net_fee_and_commission_income_growth|fee_income_growth|net_fee_income_growth", -2.5, "%", BOC, F7,
      basis="yoy (減少)"),
    m("commission_income_growth|loan_commission_growth|fee_income_growth", -27.6, "%",
      "貸款佣金|loan commissions|" + BOC, F7, basis="loan commissions, yoy (減少)"),
    m("commission_income_growth|brokerage_commission_growth|fee_income_growth", 5.5, "%",
      "證券經紀佣金|證券經紀|securities brokerage commissions|" + BOC, F7, basis="yoy"),
    m("commission_income_growth|insurance_commission_growth|fee_income_growth", 16.6, "%",
      "保險佣金|insurance commissions|" + BOC, F7, basis="yoy"),
    m("impairment_charge|loan_impairment_charge|provisions|impairment", 1.178e9, "HKD", BOC, F7,
      basis="net charge of impairment allowances on loans and other accounts"),
    m("impairment_charge_growth|provisions_growth", 12.6, "%", BOC, F7, basis="yoy"),
    m("loan_to_deposit_ratio|ldr", 66.82, "%", BOC, YE7),
    m("loan_to_deposit_ratio_change|ldr_change", 2.34, "pp", BOC, YE7, basis="yoy"),
    m("cet1_ratio|common_equity_tier1_ratio", 17.48, "%", BOC, YE7),
    m("cet1_ratio_change|common_equity_tier1_ratio_change", 0.96, "pp", BOC, YE7, basis="vs end-2017"),
    m("tier1_ratio|tier_1_capital_ratio", 19.76, "%", BOC, YE7),
    m("tier1_ratio_change|tier_1_capital_ratio_change", 3.24, "pp", BOC, YE7, basis="vs end-2017"),
    m("total_capital_ratio|capital_adequacy_ratio", 23.10, "%", BOC, YE7),
    m("total_capital_ratio_change|capital_adequacy_ratio_change", 2.71, "pp", BOC, YE7, basis="vs end-2017"),
], [])

# zh08: a broker news story covering several Taiwan stocks with target and rating changes (經濟日報 on udn.com, 即時報導;
# the byline "經濟日報／ 記者崔馨方／即時報導" is kept with its space, the "快訊" label and the photo caption are left out; the
# passage ends before the BofA forecast paragraph, where the stored text breaks off mid-sentence). No report date is printed
# -> target periods None; the EUV / capex figures carry their printed years. Taiwan context: 元 = TWD; 美元 -> USD.
# Rating actions: 摩根士丹利 (大摩) raises 台積電 1,888 -> 1,988, 優於大盤; 美銀證券 raises 台積電 1,960 -> 2,150, 買進;
# 大摩 upgrades 世界 (世界先進, 5347) 劣於大盤 -> 中立 with the target 82.5 -> 130; 家登 (3680) 優於大盤 kept, 380 -> 480;
# 聯電 (2303) downgraded 中立 -> 劣於大盤, no target printed. Key metrics: the four new targets (previous targets as priors);
# the 8-inch wafer price-increase room 5%至10% (range); TSMC's 2027 EUV orders +約40%至50% vs 2026 (range, FY2027); the raised
# 2027 capex estimate 540億美元 (FY2027) and the 2026 figure 490億美元 (FY2026). Optional: the previous targets as rows of
# their own. Judgement calls: the 家登 and 聯電 actions name no broker; the paragraph follows "另外，大摩將世界…" and the
# 家登 sentence continues the same report -> broker 大摩 for both (as the text implies). "美銀證券也由1,960元至2,150元" has
# no verb: read as a raise (也 links it to 大摩's 調升). "劣於大盤" -> underperform, "優於大盤" -> outperform, "中立" ->
# neutral. The 540億美元 is a raised estimate whose earlier value is not printed (the 490億美元 is another year, not a
# prior). Not labelled: stock codes, 8吋 / 12吋 (wafer sizes), "多家" (no figure).
MS = "摩根士丹利|大摩|摩根士丹利證券|摩根士丹利（大摩）證券|Morgan Stanley"
BOFA = "美銀證券|美銀|美国银行|美國銀行|BofA Securities|BofA|Bank of America|BofA Merrill Lynch"
TSMC = "台積電|台灣積體電路|台積|台积电|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
VIS = "世界先進|世界|世界先进|Vanguard International Semiconductor|VIS|5347"
GUD = "家登|家登精密|Gudeng|Gudeng Precision|3680"
UMC8 = "聯電|聯華電子|联电|UMC|United Microelectronics|2303"
G["zh08"] = ([
    m("target_price", 1988, "TWD", TSMC, None, prior=1888, basis="Morgan Stanley (大摩), 優於大盤"),
    m("target_price", 1888, "TWD", TSMC, None, opt=True, basis="Morgan Stanley, previous target"),
    m("target_price", 2150, "TWD", TSMC, None, prior=1960, basis="BofA Securities (美銀證券), 買進"),
    m("target_price", 1960, "TWD", TSMC, None, opt=True, basis="BofA Securities, previous target"),
    m("target_price", 130, "TWD", VIS, None, prior=82.5, basis="Morgan Stanley, upgrade 劣於大盤 -> 中立"),
    m("target_price", 82.5, "TWD", VIS, None, opt=True, basis="Morgan Stanley, previous target"),
    m("target_price", 480, "TWD", GUD, None, prior=380, basis="Morgan Stanley (implied), 優於大盤 kept"),
    m("target_price", 380, "TWD", GUD, None, opt=True, basis="previous target"),
    m("price_increase|wafer_price_change|price_change|asp_change", None, "%", "8吋晶圓|8-inch wafers|8吋晶圓價格|" + VIS,
      None, rng=(5, 10), basis="room for 8-inch wafer price increases (調漲空間), reason for the VIS upgrade"),
    m("order_growth|euv_order_growth|growth", None, "%", "極紫外光（EUV）訂單|EUV orders|" + TSMC, "FY2027",
      rng=(40, 50), basis="2027 EUV orders vs 2026, 約40%至50% (Morgan Stanley, 詹家鴻)"),
    m("capex|capital_expenditure|capex_forecast", 5.4e10, "USD", TSMC, "FY2027",
      basis="2027 capex estimate, raised (上調…至540億美元)"),
    m("capex|capital_expenditure|capex_forecast", 4.9e10, "USD", TSMC, "FY2026", basis="2026 capex, compared (高於…)"),
], [
    ra(MS, TSMC, "raise_target", "outperform", None, 1988, 1888, "TWD"),
    ra(BOFA, TSMC, "raise_target", "buy", None, 2150, 1960, "TWD"),
    ra(MS, VIS, "upgrade", "neutral", "underperform", 130, 82.5, "TWD"),
    ra(MS, GUD, "raise_target", "outperform", None, 480, 380, "TWD"),
    ra(MS, UMC8, "downgrade", "underperform", "neutral", None, None, None),
])

# zh09: 港股 IPO first day: 智匯礦業 (02546) listing-day close with its allotment results (經濟通 etnet news item on the
# 202.62.215.22 mirror, ETN351219732; the closing 《經濟通通訊社19日專訊》 tag kept where the page prints it, the poll line left
# out). No month or year is printed (今日, 19日) -> periods None. 元 = HKD. Key: close 8.6元; IPO / final offer price 4.51元
# (printed twice: one row; top of range, 上限定價); +90.7% vs the IPO price; first-day turnover 2.96億元; Hong Kong public offer
# oversubscription 約5247.15倍; 輝立 grey-market close 10.2元 and its rise 升1.26倍 (+126 %, news13); international offer
# oversubscription 1.68倍; funds raised 約5.5億元. Optional (corpus: intraday extremes, share counts, lot sizes, per-lot gains,
# allotment statistics): the 10.92元 high and the -21% from it; 3039萬股 traded; the 1000-share lot (printed three times:
# lot, one-lot applications, 頂頭槌飛 allotment -> two rows); per-lot paper gains 4090元 (first day) and 5690元 (grey market);
# 約17.7萬 applicants, 4.7萬 one-lot applicants, 474 successful, 1% allotment ratio; 頂頭槌飛 609.8萬股, 2591 applicants, the
# printed "15.6人" (a count that cannot be fractional: kept as printed, optional), 0.01% ratio; the public offer's 10% share.
# Judgement call: "升1.26倍" is +126 % (key); the same figure read as 1.26 x is an optional row so that neither reading is
# punished. Not labelled: 02546 (code), 一手 (a count word).
ZH9 = "智匯礦業|智汇矿业|智匯礦業H股|02546|2546"
G["zh09"] = ([
    m("price|share_price|close", 8.6, "HKD", ZH9, None, basis="first-day close (收報)"),
    m("ipo_price|offer_price", 4.51, "HKD", ZH9, None, basis="招股價 / 最終發售價 per H share, top of range (上限定價)"),
    m("price_change|first_day_return", 90.7, "%", ZH9, None, basis="first-day close vs IPO price"),
    m("price|intraday_high", 10.92, "HKD", ZH9, None, opt=True, basis="first-day high (最高價)"),
    m("price_change", -21, "%", ZH9, None, opt=True, basis="close vs the day's high (回落)"),
    m("volume|shares_traded", 3.039e7, "shares", ZH9, None, opt=True, basis="first-day volume"),
    m("turnover|trading_value", 2.96e8, "HKD", ZH9, None, basis="first-day turnover (涉資)"),
    m("lot_size", 1000, "shares", ZH9, None, opt=True),
    m("gain_per_lot|profit_per_lot", 4090, "HKD", ZH9, None, opt=True, basis="first day, before fees"),
    m("applications", 1.77e5, "applications", ZH9, None, opt=True, basis="Hong Kong public offer, 約17.7萬人"),
    m("oversubscription", 5247.15, "x", ZH9, None, basis="Hong Kong public offer, 約"),
    m("applications", 4.7e4, "applications", ZH9, None, opt=True, basis="one-lot applicants"),
    m("successful_applications", 474, "applications", ZH9, None, opt=True, basis="one-lot applicants allotted"),
    m("allotment_ratio", 1, "%", ZH9, None, opt=True, basis="one lot"),
    m("grey_market_price|price", 10.2, "HKD", ZH9, None, basis="輝立 grey-market close (暗盤)"),
    m("price_change", 126, "%", ZH9, None, basis="grey-market close vs offer price, 升1.26倍 (+126%)"),
    m("price_change", 1.26, "x", ZH9, None, opt=True, basis="升1.26倍 read as a multiple"),
    m("gain_per_lot|profit_per_lot", 5690, "HKD", ZH9, None, opt=True, basis="grey market"),
    m("shares|subscribed_shares", 6.098e6, "shares", ZH9, None, opt=True, basis="頂頭槌飛 (top-tier applications)"),
    m("applications", 2591, "applications", ZH9, None, opt=True, basis="頂頭槌飛 applicants"),
    m("successful_applications", 15.6, "applications", ZH9, None, opt=True, basis="printed 15.6人 (sic)"),
    m("shares|allotted_shares", 1000, "shares", ZH9, None, opt=True, basis="allotted to each successful 頂頭槌飛 applicant"),
    m("allotment_ratio", 0.01, "%", ZH9, None, opt=True, basis="頂頭槌飛"),
    m("offer_share_pct", 10, "%", ZH9, None, opt=True, basis="Hong Kong public offer share of total offer, unchanged"),
    m("oversubscription", 1.68, "x", ZH9, None, basis="international offer"),
    m("funds_raised|ipo_proceeds|amount_raised", 5.5e8, "HKD", ZH9, None, basis="招股集資約5.5億元"),
], [])

# zh10: 統計處 release on Hong Kong consumer prices for October 2025 (經濟通 etnet forex news article, its dateline
# "20/11/2025 17:01" kept; the passage ends after the first-ten-months sentence, before the three-months and twelve-months
# sentences where the stored text goes on and breaks off). Periods printed: 2025-10 (二零二五年十月份 / 今年10月份),
# 2025-09, first ten months 2025-01..10, three months to October 2025-08..10 (seasonally adjusted average monthly rate).
# Key: headline composite CPI +1.2% yoy (prior 1.1%, September); underlying inflation 1.0%; seasonally adjusted average
# monthly rise over the three months to October 0.1% and its underlying counterpart 0.1%; the ten component categories'
# yoy changes (seven rises, three falls: 衣履 -4.7%, 耐用物品 -3.3%, 電力、燃氣及水 -0.3%); first ten months: composite
# +1.5%, CPI(A) 2.0%, CPI(B) 1.3%, CPI(C) 1.1%, and net of one-off relief 1.1%, 1.4%, 1.0%, 0.9%. Optional: September's 1.1%
# as its own row; "與9月份的相應升幅相同" (underlying) and the unchanged three-month rate as 0 pp changes (news28 / news30: no
# prior derived). Judgement call: the four figures after "相應升幅則分別為" are the composite, A, B and C indices net of the
# relief measures, in the order printed. Not labelled: 三個月 / 首10個月 (spans, in period and basis), 17:01 (time).
HK10 = "香港|綜合消費物價指數|整體消費物價|Hong Kong|Composite CPI|Composite Consumer Price Index|Hong Kong CPI|CCPI"
CPIA = "甲類消費物價指數|甲類|CPI(A)|CPI A|" + HK10.split("|")[0]
CPIB = "乙類消費物價指數|乙類|CPI(B)|CPI B|" + HK10.split("|")[0]
CPIC = "丙類消費物價指數|丙類|CPI(C)|CPI C|" + HK10.split("|")[0]
CPI = "cpi_yoy|inflation_rate|cpi_growth|cpi|inflation"
UND = "underlying_inflation|underlying_cpi_yoy|core_inflation|inflation_rate|cpi_yoy"
P10, P10M, P3M = "2025-10", "2025-01..10", "2025-08..10"


def cat(ent, v):
    return m(CPI + "|price_change", v, "%", ent + "|" + HK10.split("|")[0], P10, basis="CPI component, yoy")


G["zh10"] = ([
    m(CPI, 1.2, "%", HK10, P10, prior=1.1, basis="headline composite CPI, yoy; prior = September"),
    m(CPI, 1.1, "%", HK10, "2025-09", opt=True, basis="September, yoy"),
    m(UND, 1.0, "%", HK10, P10, basis="underlying inflation, netting out one-off government relief measures, yoy"),
    m("underlying_inflation_change|inflation_change", 0, "pp", HK10, P10, opt=True, basis="same as September (相同)"),
    m("cpi_mom|cpi_monthly_change|inflation_rate", 0.1, "%", HK10, P3M,
      basis="seasonally adjusted, average monthly rise over the 3 months to October"),
    m("cpi_mom_change|inflation_change", 0, "pp", HK10, P3M, opt=True, basis="same as the 3 months to September"),
    m("underlying_cpi_mom|cpi_mom|cpi_monthly_change", 0.1, "%", HK10, P3M,
      basis="seasonally adjusted, 3-month average monthly rise, net of one-off relief measures"),
    cat("交通|transport", 3.1),
    cat("煙酒|alcoholic drinks and tobacco", 2.0),
    cat("雜項服務|miscellaneous services", 2.0),
    cat("住屋|housing", 1.6),
    cat("雜項物品|miscellaneous goods", 1.3),
    cat("外出用膳及外賣|meals out and takeaway food|meals bought away from home", 1.3),
    cat("基本食品|basic food", 0.1),
    cat("衣履|clothing and footwear", -4.7),
    cat("耐用物品|durable goods", -3.3),
    cat("電力、燃氣及水|electricity, gas and water", -0.3),
    m(CPI, 1.5, "%", HK10, P10M, basis="first 10 months, yoy"),
    m(CPI, 2.0, "%", CPIA, P10M, basis="first 10 months, yoy"),
    m(CPI, 1.3, "%", CPIB, P10M, basis="first 10 months, yoy"),
    m(CPI, 1.1, "%", CPIC, P10M, basis="first 10 months, yoy"),
    m(UND, 1.1, "%", HK10, P10M, basis="first 10 months, net of one-off relief measures"),
    m(UND, 1.4, "%", CPIA, P10M, basis="first 10 months, net of one-off relief measures"),
    m(UND, 1.0, "%", CPIB, P10M, basis="first 10 months, net of one-off relief measures"),
    m(UND, 0.9, "%", CPIC, P10M, basis="first 10 months, net of one-off relief measures"),
], [])

# zh11: Taiwan stock market close on the first trading day of the Year of the Horse (經濟日報 on udn.com; no headline or
# byline in the stored text, none composed). "昨（23）日" prints the day only -> periods None, the day in basis. Taiwan: 元 /
# 億元 / 兆元 = TWD. Key: TAIEX close 33,773 and +167 points (record close); analysts' short-term range 33,071 to 34,500
# points (range); listed market value 110.08兆元 (record); market turnover 9,499億元; institutional flows: foreign investors
# net bought 83.52億元, investment trusts net sold 19.97億元, dealers net sold 114.72億元 (negative); TSMC close 1,900元 and
# -15元; electronics index 2,076.92 and "上漲1.97點" (as printed); listed finance & insurance index 2,563.99 and +2.7%;
# the OTC (櫃買) index 303.83 and +2.05%. Optional: the intraday high 34,212 and +606 points; "突破34,000大關" and "34K"
# (round level, two rows since both are printed); "突破110兆元" (bound); TSMC's intraday +20元 and 1,935元 high; the finance
# index's 1990-03-15 reference level 2,569.18. Judgement call: "成交量衝高至9,499億元" is a value (億元), labelled as turnover
# in TWD. Not labelled: 三大資金 / 六大紀錄 / 連四買 / 連八買 (counts and streaks), stock codes, 3月 (no figure).
TAIEX = "加權指數|台股|發行量加權股價指數|台灣加權指數|大盤|TAIEX|Taiwan Weighted Index|Taiwan stocks"
TWSE = "集中市場|台股|上市|上市公司|Taiwan Stock Exchange|TWSE|listed market|" + TAIEX
TSMC11 = TSMC
ELEC = "電子類股指數|電子指數|電子類指數|electronics index|electronics sub-index"
FIN = "上市金融保險指數|金融保險指數|金融指數|finance and insurance index|financial index"
OTC = "櫃買指數|櫃買|OTC指數|TPEx index|TPEx|OTC index|Taipei Exchange"
IL11, IC11 = "index_level|close", "index_change"
NB11 = "net_buy|net_flow|net_buying|institutional_net_buy"
D11 = "23日"
G["zh11"] = ([
    m(IL11, None, "points", TAIEX, None, rng=(34000, None), opt=True, basis="突破34,000大關 (intraday, first time)"),
    m(IL11, 34000, "points", TAIEX, None, opt=True, basis="「34K」 (intraday)"),
    m(IL11, 33773, "points", TAIEX, None, basis="close, " + D11 + ", record close"),
    m(IC11, 167, "points", TAIEX, None, basis="close"),
    m(IL11, 34212, "points", TAIEX, None, opt=True, basis="intraday high"),
    m(IC11, 606, "points", TAIEX, None, opt=True, basis="intraday"),
    m("index_forecast|forecast_range|index_range", None, "points", TAIEX, None, rng=(33071, 34500),
      basis="short-term range expected by 富邦投顧 / 兆豐投顧 for this week"),
    m("market_cap|market_value", 1.1008e14, "TWD", TWSE, None, basis="上市市值, record"),
    m("market_cap|market_value", None, "TWD", TWSE, None, rng=(1.1e14, None), opt=True, basis="突破110兆元"),
    m("turnover|trading_value", 9.499e11, "TWD", TWSE, None, basis="集中市場成交量, second highest ever"),
    m(NB11, 8.352e9, "TWD", "外資|外資及陸資|foreign investors|foreign institutional investors", None,
      basis="net buying (買超), 4th day"),
    m(NB11, -1.997e9, "TWD", "投信|investment trusts|securities investment trust companies", None,
      basis="net selling (賣超)"),
    m(NB11, -1.1472e10, "TWD", "自營商|dealers|proprietary dealers", None, basis="net selling (賣超)"),
    m("price_change|share_price_change", 20, "TWD", TSMC11, None, opt=True, basis="intraday (一度上漲)"),
    m("share_price|price|intraday_high", 1935, "TWD", TSMC11, None, opt=True, basis="intraday high, record"),
    m("share_price|price|close", 1900, "TWD", TSMC11, None, basis="close"),
    m("price_change|share_price_change", -15, "TWD", TSMC11, None, basis="close (下跌)"),
    m(IL11, 2076.92, "points", ELEC, None, basis="close, record"),
    m(IC11, 1.97, "points", ELEC, None, basis="上漲1.97點 as printed"),
    m(IL11, 2563.99, "points", FIN, None, basis="close, highest since 1990-03-15"),
    m(IC11 + "|index_change_pct", 2.7, "%", FIN, None),
    m(IL11, 2569.18, "points", FIN, "1990-03-15", opt=True, basis="historical reference level"),
    m(IL11, 303.83, "points", OTC, None, basis="close"),
    m(IC11 + "|index_change_pct", 2.05, "%", OTC, None, basis="大漲"),
], [])

# zh12: Hong Kong property story: the weekly Centa-City Leading Index with weekend viewings and a rental deal (明報 經濟,
# headline "CCL按周跌1.19% 逾10個月最大跌幅" kept as printed; the three sub-headings reworded with their figures kept:
# "年初139點高位", "三連升", "月租4.4萬 呎租27元"; the site label "明報新聞網" left out). No year is printed for the readings
# (最新, 今年, 去年9月, 5月) -> periods None; the purchase year 2011 is printed. 元 = HKD.
# Key: CCL 137.19 points and -1.19% wow (headline repeats); the short-term target, the year-start high 139.25 points, with
# its gap 2.06 points / 1.5%; the rise of 1.5% from the 135.16-point May low; year-to-date -0.33%; +1.71% vs the 134.89
# pre-budget low; +0.98% vs before last September's first rate cut; weekend viewing appointments at 50 estates 1225 groups
# (+2.5%), New Territories 585 (+3.5%), Hong Kong Island 210 (+2.4%), Kowloon 430 (+1.2%); the 承峰 flat's monthly rent
# 4.4萬元 (headline repeats), rent per square foot 約27.4元, the owner's 2011 purchase price 1679萬元 and the rental yield
# 約3.1厘 (3.1 %). Optional: the earlier lows 135.16 / 134.89 as rows of their own; the 137-point floor; the sub-heading's
# rounded 139點; the 跌逾28% vs the 2021 high (bound); the HSI's 25,000點 level; the headline's rounded 呎租27元; the flat's
# 1607 sq ft area. Judgement calls: viewing appointments are counted in "groups" (組, a count noun); the CCL's earlier lows
# are reference levels (optional), the changes measured from them are key; the two 1.5% figures are separate rows. Not
# labelled: 逾10個月 / 3周 / 近10周七升三跌 / 連升三周 (durations and streaks), 50 / 8 (estate counts), 4房 / 2座 (layout, block).
CCL = "中原城市領先指數|中原城市領先指數CCL|CCL|Centa-City Leading Index|樓價|二手樓價"
VIEW = "周末預約睇樓量|預約睇樓量|睇樓量|50個二手指標屋苑|weekend viewing appointments|viewings"
FLAT = "大埔承峰|承峰|承峰2座高層C室|承峰2座"
G["zh12"] = ([
    m("index_level", 137.19, "points", CCL, None, basis="latest weekly reading; headline repeats the change"),
    m("index_change", -1.19, "%", CCL, None, basis="wow (按周跌); largest weekly fall in over 10 months"),
    m("index_level", 137, "points", CCL, None, opt=True, basis="held above 137 for 3 weeks"),
    m("index_level", 25000, "points", "港股|恒指|恒生指數|Hang Seng Index|HSI", None, opt=True,
      basis="港股徘徊25,000點水平"),
    m("index_level|index_target", 139.25, "points", CCL, None, basis="year-start high, short-term target (上試)"),
    m("index_level|index_target", 139, "points", CCL, None, opt=True, basis="sub-heading, rounded"),
    m("index_gap|gap_to_target|index_change", 2.06, "points", CCL, None, basis="distance to 139.25"),
    m("index_gap_pct|gap_to_target|index_change", 1.5, "%", CCL, None, basis="distance to 139.25, in %"),
    m("index_change", 1.5, "%", CCL, None, basis="rise from the 135.16 May low (week H-rate fell below the cap again)"),
    m("index_level", 135.16, "points", CCL, None, opt=True, basis="May low"),
    m("index_change|ytd_change", -0.33, "%", CCL, None, basis="year to date (今年累跌)"),
    m("index_change", 1.71, "%", CCL, None, basis="vs the 134.89 low before the March budget"),
    m("index_level", 134.89, "points", CCL, None, opt=True, basis="low before the March budget"),
    m("index_change", 0.98, "%", CCL, None, basis="vs before the first rate cut last September"),
    m("index_change", None, "%", CCL, None, rng=(None, -28), opt=True, basis="vs the 2021 high, 跌逾28%"),
    m("viewings|viewing_appointments", 1225, "groups", VIEW, None, basis="weekend, 50 estates (利嘉閣)"),
    m("viewings_growth|viewing_appointments_change", 2.5, "%", VIEW, None, basis="wow"),
    m("viewings|viewing_appointments", 585, "groups", "新界區|新界|New Territories|" + VIEW, None),
    m("viewings_growth|viewing_appointments_change", 3.5, "%", "新界區|新界|New Territories|" + VIEW, None, basis="wow"),
    m("viewings|viewing_appointments", 210, "groups", "港島區|港島|Hong Kong Island|" + VIEW, None, basis="8 estates"),
    m("viewings_growth|viewing_appointments_change", 2.4, "%", "港島區|港島|Hong Kong Island|" + VIEW, None, basis="wow"),
    m("viewings|viewing_appointments", 430, "groups", "九龍區|九龍|Kowloon|" + VIEW, None),
    m("viewings_growth|viewing_appointments_change", 1.2, "%", "九龍區|九龍|Kowloon|" + VIEW, None, basis="wow"),
    m("monthly_rent|rent", 4.4e4, "HKD", FLAT, None, basis="月租4.4萬元; headline repeats"),
    m("rent_per_sqft|rent_psf", 27.4, "HKD", FLAT, None, basis="實用呎租約27.4元"),
    m("rent_per_sqft|rent_psf", 27, "HKD", FLAT, None, opt=True, basis="headline, rounded (呎租27元)"),
    m("area|saleable_area", 1607, "sq ft", FLAT, None, opt=True, basis="實用面積1607方呎"),
    m("purchase_price|price", 1.679e7, "HKD", FLAT, "2011", basis="owner's purchase price in 2011"),
    m("rental_yield|yield", 3.1, "%", FLAT, None, basis="租金回報約3.1厘"),
], [])
