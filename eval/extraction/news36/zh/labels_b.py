# Hand labels for news36/zh, batch b (zh07-zh12; all six Traditional: five Hong Kong, one Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: the development corpus's README and scorer and
# the "Conventions decided" sections of news34/zh and news35/zh (with the top comments of their labels files).
# Currency: Hong Kong stock / HK bank / HK statistics context, bare 元 / 億元 = HKD (zh07-zh10, zh12); Taiwan results
# printed 新台幣 in the lead, the later bare 億元 / 元 follow it = TWD (zh11). Values fully scaled (172.54億元 -> 1.7254e10;
# 1兆1283.37億元 -> 1.128337e12; 1,520.38億元 -> 1.52038e11; 7,561份 -> 7561). 約X -> X; 逾X -> rng=(X, None), key only
# when it is a headline figure and the only figure for that quantity (zh09's 科指輪證 turnover "逾2億" / "逾兩億元"),
# otherwise optional (zh08's "逾五成四", "逾31%"); 升X倍 = X x 100 % with the X-times reading optional (news33 / news35);
# 四成 = 40 %. Declines negative (下跌, 跌, 下降, 減少, 插, 低收, 蝕); % vs 個百分點 (pp) vs 基點 (bp) as printed.
# Periods only from the text: zh07 "截至6月底止中期" without a year -> "H1" (balance-sheet ratios at end-June too);
# zh10 "二○二一年二月份" -> 2021-02; zh11 "第2季" / "第1季" / "上半年" without a year -> "Q2" / "Q1" / "H1", the year-ago
# quarter None with "year-ago Q2" in basis; zh08, zh09 and zh12 print no date or year ("昨日", "周五", "明日") -> None.
# URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body, lead and detail paragraph) is one row. Broker targets are also target_price
# metric rows besides the rating actions. Entities list names as printed plus Traditional / Simplified / English forms
# and stock codes.


# zh07: Hong Kong-listed bank's interim results: 中銀香港 (02388), half year to end-June, no year printed (信報 hkej
# instant news; the stored text prints no headline, none composed).
# Key: attributable profit 172.54億元 (-1.75%); EPS 1.6319元; interim dividend 0.545元; profit attributable to shareholders and
# other equity instrument holders 179.49億元 (+2.21%); NII 199.03億元 (+7.36%); NIM 1.59% (+5 bp); NII growth incl. FX swaps
# 12.2%; adjusted NIM 1.69% (+13 bp); net fee and commission income 60.46億元 (-6.64%) with brokerage -35.89%, fund
# distribution -15.94%, insurance +34.1%; net impairment charge 7.17億元 (飆升1.7倍 -> +170 %); cost-to-income ratio 25.81%
# (+0.42 pp); loan-to-deposit ratio 67.02% (+0.25 pp vs year-end); total capital ratio 23% (-0.1 pp vs year-end); CET1 17.85%
# (+0.37 pp); tier-1 20.01% (+0.25 pp).
# Optional: the dividend "與去年同期無異" as a 0 % change; the 1.7 x reading of 飆升1.7倍.
# Judgement calls: the two profit lines (shareholders only, and shareholders plus other equity instrument holders) are two
# key net_profit rows told apart by basis; the NII growth "計入外滙掉期合約…升12.2%" is a second key NII growth row (basis says
# adjusted); the three commission lines take the commission type as entity with the bank as alias; CET1 / tier-1 changes
# carry no printed base, read as vs year-end like the total capital ratio (basis says so); no prior levels are derived
# from a level and its change. Not labelled: 02388 (code), 6月底 as a date.
BOC = "中銀香港|中銀香港(控股)|中銀|BOC Hong Kong|BOCHK|02388|2388"
BRK7 = "證券經紀|證券經紀佣金|securities brokerage|" + BOC
FND7 = "基金分銷|基金分銷佣金|fund distribution|" + BOC
INS7 = "保險|保險佣金|insurance|" + BOC
H = "H1"
G["zh07"] = ([
    m("net_profit|attributable_profit", 1.7254e10, "HKD", BOC, H, basis="attributable to shareholders"),
    m("net_profit_growth|attributable_profit_growth", -1.75, "%", BOC, H, basis="yoy"),
    m("eps", 1.6319, "HKD", BOC, H),
    m("dividend", 0.545, "HKD", BOC, H, basis="interim, per share"),
    m("dividend_growth|dividend_change", 0, "%", BOC, H, opt=True, basis="與去年同期無異 (unchanged)"),
    m("net_profit|attributable_profit", 1.7949e10, "HKD", BOC, H,
      basis="attributable to shareholders and other equity instrument holders"),
    m("net_profit_growth|attributable_profit_growth", 2.21, "%", BOC, H, basis="yoy, incl. other equity instrument holders"),
    m("net_interest_income|nii", 1.9903e10, "HKD", BOC, H),
    m("net_interest_income_growth|nii_growth", 7.36, "%", BOC, H, basis="yoy"),
    m("net_interest_margin|nim", 1.59, "%", BOC, H),
    m("net_interest_margin_change|nim_change", 5, "bp", BOC, H, basis="yoy"),
    m("net_interest_income_growth|nii_growth", 12.2, "%", BOC, H, basis="adjusted: incl. FX swap funding income or cost"),
    m("net_interest_margin|nim|adjusted_nim", 1.69, "%", BOC, H, basis="adjusted (incl. FX swaps)"),
    m("net_interest_margin_change|nim_change|adjusted_nim_change", 13, "bp", BOC, H, basis="adjusted, yoy"),
    m("net_fee_income|fee_income|net_fee_and_commission_income", 6.046e9, "HKD", BOC, H),
    m("net_fee_income_growth|fee_income_growth", -6.64, "%", BOC, H, basis="yoy"),
    m("commission_income_growth|fee_income_growth", -35.89, "%", BRK7, H, basis="securities brokerage commission"),
    m("commission_income_growth|fee_income_growth", -15.94, "%", FND7, H, basis="fund distribution commission"),
    m("commission_income_growth|fee_income_growth", 34.1, "%", INS7, H, basis="insurance commission"),
    m("impairment_charges|loan_impairment_charges|provisions", 7.17e8, "HKD", BOC, H,
      basis="net charge of impairment allowances on loans and other accounts"),
    m("impairment_charges_growth|provisions_growth", 170, "%", BOC, H, basis="yoy, 飆升1.7倍"),
    m("impairment_charges_growth|provisions_growth", 1.7, "x", BOC, H, opt=True, basis="1.7倍 read as a multiple"),
    m("cost_income_ratio|cost_to_income_ratio", 25.81, "%", BOC, H),
    m("cost_income_ratio_change|cost_to_income_ratio_change", 0.42, "pp", BOC, H, basis="yoy"),
    m("loan_to_deposit_ratio|ldr", 67.02, "%", BOC, H, basis="end-June"),
    m("loan_to_deposit_ratio_change|ldr_change", 0.25, "pp", BOC, H, basis="vs end of last year"),
    m("total_capital_ratio|capital_adequacy_ratio|capital_ratio", 23, "%", BOC, H, basis="end-June"),
    m("total_capital_ratio_change|capital_adequacy_ratio_change|capital_ratio_change", -0.1, "pp", BOC, H,
      basis="vs end of last year"),
    m("cet1_ratio|common_equity_tier1_ratio|core_tier1_ratio", 17.85, "%", BOC, H, basis="end-June"),
    m("cet1_ratio_change|common_equity_tier1_ratio_change", 0.37, "pp", BOC, H, basis="vs end of last year (implied)"),
    m("tier1_ratio|tier1_capital_ratio", 20.01, "%", BOC, H, basis="end-June"),
    m("tier1_ratio_change|tier1_capital_ratio_change", 0.25, "pp", BOC, H, basis="vs end of last year (implied)"),
], [])


# zh08: 大行 note on 內險 with rating upgrades and raised targets, inside a market wrap: 滙豐環球研究部 on China Life (國壽),
# Ping An (平保) and PICC Group (人保) (太陽報 the-sun.on.cc finance, 2013 in the address, not used; the photo caption and the
# "港股沽空日誌" link line were left out as page chrome; the sub-heading "滙豐調高國壽目標" kept).
# Key: HSI and HSCEI each +115 points on the day; HSCEI's week +746 points / +6.97%; the average target raise for 內險股 46%;
# HSI close 23,696 and its week +664 points / +2.88%; HSCEI close 11,448; market turnover 652億元; China Life's NBV growth
# forecasts 11% / 13% / 15% for the next three years; targets 34元 (國壽), 6.2元 (人保, raised 四成 = 40 %), 84元 (平保); the
# ADR lines: 滙控 86.59元 (-0.01元 vs Hong Kong), 中移 80.55元 (+0.1元), the ADR-implied HSI -31 points.
# Optional: the intraday highs of the day (HSI +184, HSCEI +207 points); the raises "逾五成四" (國壽) and "逾31%" (平保) as
# lower bounds beside the exact target levels.
# Rating actions (HKD): 滙豐環球研究部 upgrade 國壽 to overweight (增持) from neutral (中性), target 34; upgrade 平保 and 人保
# to overweight (prior rating not printed), targets 84 and 6.2. No prior target is printed for any of them.
# Judgement calls: the lead's "雙雙上漲115點" and the body's "漲115點" / "縮窄至115點" are one row per index; "一周" / "全周"
# moves carry "week" in basis; the NBV forecasts take no period (no year printed) with the forecast year's rank in basis;
# "一一年十二月初以來" is a comparison date, not labelled; the ADR differences are HKD price differences vs the Hong Kong
# close. Not labelled: stock codes, 三年 (the forecast horizon in words).
HSI8 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI8 = "國企指數|國指|恒生中國企業指數|H股指數|HSCEI|Hang Seng China Enterprises Index"
INS8 = "內險股|內險|中資保險股|Chinese insurers|China insurance stocks"
CL8 = "國壽|中國人壽|China Life|02628|2628"
PA8 = "平保|中國平安|Ping An|02318|2318"
PICC8 = "人保|中國人保|中國人民保險集團|PICC Group|PICC|01339|1339"
HSBC8 = "滙豐環球研究部|滙豐環球研究|滙豐研究|滙豐|匯豐|HSBC Global Research|HSBC"
G["zh08"] = ([
    m("index_change", 115, "points", HSI8, None, basis="day"),
    m("index_change", 115, "points", HSCEI8, None, basis="day"),
    m("index_change", 746, "points", HSCEI8, None, basis="week"),
    m("index_change", 6.97, "%", HSCEI8, None, basis="week"),
    m("target_price_change", 46, "%", INS8, None, basis="average raise of insurers' targets, 滙豐環球研究部"),
    m("index_change", 184, "points", HSI8, None, opt=True, basis="intraday high after a higher open"),
    m("index_level", 23696, "points", HSI8, None, basis="close"),
    m("index_change", 664, "points", HSI8, None, basis="week"),
    m("index_change", 2.88, "%", HSI8, None, basis="week"),
    m("index_change", 207, "points", HSCEI8, None, opt=True, basis="intraday, early session"),
    m("index_level", 11448, "points", HSCEI8, None, basis="close"),
    m("turnover", 6.52e10, "HKD", "港股|大市|HK market|Main Board", None, basis="total turnover"),
    m("nbv_growth_forecast|new_business_value_growth|vnb_growth", 11, "%", CL8, None, basis="滙豐 forecast, first of next three years"),
    m("nbv_growth_forecast|new_business_value_growth|vnb_growth", 13, "%", CL8, None, basis="滙豐 forecast, second of next three years"),
    m("nbv_growth_forecast|new_business_value_growth|vnb_growth", 15, "%", CL8, None, basis="滙豐 forecast, third of next three years"),
    m("target_price", 34, "HKD", CL8, None, basis="滙豐環球研究部"),
    m("target_price_change", None, "%", CL8, None, rng=(54, None), opt=True, basis="逾五成四"),
    m("target_price", 6.2, "HKD", PICC8, None, basis="滙豐環球研究部"),
    m("target_price_change", 40, "%", PICC8, None, basis="四成"),
    m("target_price", 84, "HKD", PA8, None, basis="滙豐環球研究部"),
    m("target_price_change", None, "%", PA8, None, rng=(31, None), opt=True, basis="逾31%"),
    m("price|adr_price", 86.59, "HKD", "滙控|滙豐控股|HSBC Holdings|00005", None, basis="ADR, Friday early trade"),
    m("price_change|adr_premium", -0.01, "HKD", "滙控|滙豐控股|HSBC Holdings|00005", None, basis="ADR vs Hong Kong close"),
    m("price|adr_price", 80.55, "HKD", "中移|中國移動|China Mobile|00941", None, basis="ADR, Friday early trade"),
    m("price_change|adr_premium", 0.1, "HKD", "中移|中國移動|China Mobile|00941", None, basis="ADR vs Hong Kong close"),
    m("index_change", -31, "points", HSI8, None, basis="ADR-implied (按比例計算)"),
], [
    ra(HSBC8, CL8, "upgrade", "overweight", "neutral", 34, None, "HKD"),
    ra(HSBC8, PICC8, "upgrade", "overweight", None, 6.2, None, "HKD"),
    ra(HSBC8, PA8, "upgrade", "overweight", None, 84, None, "HKD"),
])


# zh09: Hong Kong market close with HSTECH futures' debut, southbound flows, short selling and named movers (蘋果日報 via an
# IPFS archive copy; headline kept as printed, once - the stored page prints it twice; "【本報訊】" and the sub-heading
# kept; no date or year printed -> period None; the quoted Cantonese remark was rendered as indirect speech, it carries
# no figure).
# Key: HSI close 26486, +34 points, +0.1%; H指 (HSCEI) 10666, +113, +1.1%; main-board turnover 1,520.38億元; 科指 +1.1% and
# 8088; the December HSTECH future 8108 and its 高水 19 points; the index warrants' and CBBCs' turnover 逾兩億元 (headline
# "逾2億", the only figure -> key lower bound); 北水 net inflow 52.15億元; short selling 約203.66億元 and 13.4%; 小米 +8% /
# 27.6元 / 北水 net buying 7.6億元; 阿里 target 333元 and +4.3%; 美團 308元 / +1.2%; 騰訊 586元; 新地, 九置, 領展 均插2% (one
# row each, -2 %).
# Optional: the open (高開208點) and the level it reached (26662), the 26400 trading level, the future's 739 contracts, the
# "逾百隻" warrants and CBBCs launched, the four-session inflow streak, 美團's intraday high 313.4元, the analyst's
# short-term test level 27000 (sub-heading and body, one row).
# Rating action: 瑞銀 initiate 阿里 at buy (首次給予「買入」), target 333 HKD.
# Judgement calls: "H指" is the HSCEI (alias list); 騰訊 "微跌" carries no figure, so only its price is labelled; the
# future's premium is a points row with the contract as entity; "逾兩億元" in the body and "逾2億" in the headline are one
# row. Not labelled: stock codes, 12月 (contract month), 四個月 (the high's look-back), 第四波.
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "H指|H股指數|國企指數|國指|恒生中國企業指數|HSCEI|Hang Seng China Enterprises Index"
HST9 = "科指|恒生科指|恒生科技指數|HSTECH|Hang Seng TECH Index"
FUT9 = "12月科指期貨|科指期貨|HSTECH futures|" + HST9
WAR9 = "科指窩輪及牛熊證|科指輪證|窩輪及牛熊證|HSTECH warrants and CBBCs"
NB9 = "北水|南向資金|港股通|Southbound|southbound funds"
MKT9 = "港股|大市|主板|HK market|Main Board"
XM9 = "小米|小米集團|Xiaomi|1810|01810"
ALI9 = "阿里|阿里巴巴|Alibaba|9988|09988"
MT9 = "美團|Meituan|3690|03690"
TC9 = "騰訊|騰訊控股|Tencent|700|00700"
G["zh09"] = ([
    m("index_change", 208, "points", HSI9, None, opt=True, basis="open (高開)"),
    m("index_level", 26662, "points", HSI9, None, opt=True, basis="intraday high at the open, >4-month high"),
    m("index_level", 26400, "points", HSI9, None, opt=True, basis="intraday trading level"),
    m("index_level", 26486, "points", HSI9, None, basis="close"),
    m("index_change", 34, "points", HSI9, None),
    m("index_change", 0.1, "%", HSI9, None),
    m("index_level", 10666, "points", HSCEI9, None, basis="close"),
    m("index_change", 113, "points", HSCEI9, None),
    m("index_change", 1.1, "%", HSCEI9, None),
    m("turnover", 1.52038e11, "HKD", MKT9, None, basis="main board"),
    m("index_change", 1.1, "%", HST9, None),
    m("index_level", 8088, "points", HST9, None, basis="close"),
    m("futures_level|index_level|futures_price", 8108, "points", FUT9, None, basis="December contract close"),
    m("futures_premium|basis|premium", 19, "points", FUT9, None, basis="高水 (premium to spot)"),
    m("futures_volume|volume|contracts", 739, "contracts", FUT9, None, opt=True),
    m("products_launched|new_listings", None, "products", WAR9, None, rng=(100, None), opt=True, basis="逾百隻"),
    m("turnover", None, "HKD", WAR9, None, rng=(2e8, None), basis="headline 逾2億, body 逾兩億元 (only figure)"),
    m("southbound_net_inflow|net_inflow", 5.215e9, "HKD", NB9, None),
    m("inflow_streak|streak", 4, "sessions", NB9, None, opt=True, basis="連續四個交易日"),
    m("short_selling_turnover", 2.0366e10, "HKD", MKT9, None, basis="約, full day"),
    m("short_selling_ratio", 13.4, "%", MKT9, None),
    m("price_change", 8, "%", XM9, None), m("price", 27.6, "HKD", XM9, None, basis="close, record high"),
    m("southbound_net_buy|southbound_net_inflow|net_inflow", 7.6e8, "HKD", XM9, None, basis="北水淨買入"),
    m("target_price", 333, "HKD", ALI9, None, basis="瑞銀, initiation"),
    m("price_change", 4.3, "%", ALI9, None),
    m("price", 313.4, "HKD", MT9, None, opt=True, basis="intraday high"),
    m("price", 308, "HKD", MT9, None, basis="close"), m("price_change", 1.2, "%", MT9, None),
    m("price", 586, "HKD", TC9, None, basis="close, 微跌"),
    m("price_change", -2, "%", "新地|新鴻基地產|Sun Hung Kai Properties|SHKP|016|00016", None, basis="均插2%"),
    m("price_change", -2, "%", "九置|九龍倉置業|Wharf Real Estate Investment|Wharf REIC|1997|01997", None, basis="均插2%"),
    m("price_change", -2, "%", "領展|Link REIT|823|00823", None, basis="均插2%"),
    m("index_target|index_level", 27000, "points", HSI9, None, opt=True, basis="analyst (郭思治): short-term test level"),
], [
    ra("瑞銀|UBS", ALI9, "initiate", "buy", None, 333, None, "HKD"),
])


# zh10: 土地註冊處 monthly statistics release for February 2021 (a copy of the government press release on a blog page; the
# page's "Become a Verified Merchant !" line left out; headline, the release's section titles and rules kept).
# Key: all sale-and-purchase agreements 7,561 (+21.7% mom, +71.3% yoy); the 12-month moving average 6,576 (+4.2%, +9.0%);
# their value 643億元 (-3.7%, +82.1%); residential agreements 6,125 (+34.3%, +71.5%) and their value 569億元 (+43.3%,
# +87.2%); land searches 366,285 (-17.9%, +13.9%).
# Judgement calls: "比一月份" = mom and "比去年二月" = yoy (basis); residential rows take 住宅樓宇 as entity with Hong Kong /
# the Land Registry as alias; the counts take the unit "agreements" and "searches" (count nouns); the moving average is
# the same metric with basis "12-month moving average". Not labelled: 三月二日 (release date), 十二個月 / 三十天 (window
# lengths in words), the excluded subsidised-housing schemes (no figure).
HK10 = "香港|Hong Kong|土地註冊處|Land Registry"
RES10 = "住宅樓宇|住宅|residential|" + HK10
P10 = "2021-02"
SPA = "sale_agreements|sale_and_purchase_agreements|property_transactions|registrations|transactions"
SPAG = "sale_agreements_growth|sale_and_purchase_agreements_growth|property_transactions_growth|registrations_growth|transactions_growth"
SPV = "sale_agreements_value|transaction_value|consideration|registration_value"
SPVG = "sale_agreements_value_growth|transaction_value_growth|consideration_growth|registration_value_growth"
G["zh10"] = ([
    m(SPA, 7561, "agreements", HK10, P10, basis="all types of building units"),
    m(SPAG, 21.7, "%", HK10, P10, basis="mom"), m(SPAG, 71.3, "%", HK10, P10, basis="yoy"),
    m(SPA, 6576, "agreements", HK10, P10, basis="12-month moving average"),
    m(SPAG, 4.2, "%", HK10, P10, basis="12-month moving average, mom"),
    m(SPAG, 9.0, "%", HK10, P10, basis="12-month moving average, yoy"),
    m(SPV, 6.43e10, "HKD", HK10, P10, basis="all building units"),
    m(SPVG, -3.7, "%", HK10, P10, basis="mom"), m(SPVG, 82.1, "%", HK10, P10, basis="yoy"),
    m(SPA, 6125, "agreements", RES10, P10, basis="residential"),
    m(SPAG, 34.3, "%", RES10, P10, basis="mom"), m(SPAG, 71.5, "%", RES10, P10, basis="yoy"),
    m(SPV, 5.69e10, "HKD", RES10, P10, basis="residential"),
    m(SPVG, 43.3, "%", RES10, P10, basis="mom"), m(SPVG, 87.2, "%", RES10, P10, basis="yoy"),
    m("land_searches|searches", 366285, "searches", HK10, P10),
    m("land_searches_growth|searches_growth", -17.9, "%", HK10, P10, basis="mom"),
    m("land_searches_growth|searches_growth", 13.9, "%", HK10, P10, basis="yoy"),
], [])


# zh11: Taiwan company's quarterly results: Hon Hai (鴻海) second quarter and first half (中央社 on Yahoo 奇摩新聞; headline
# and byline kept; the passage stops after the net-profit paragraph, before the first-half revenue / margin paragraphs
# and the group-share paragraph, so that the key rows stay within 30; no year printed).
# Key: Q2 net profit 228.8億元 (季增998%, 年增34%) and EPS 1.65元; H1 net profit 249.64億元 and EPS 1.8元; Q2 revenue 1兆1283.37億元
# (+21.45% qoq, -2.7% yoy); gross margin 5.91% (+1.4 / +0.6 pp); operating profit 224.69億元 (printed "首季", see below);
# operating margin 1.99% (+1.5 / +0.65 pp); the comparison figures as rows of their own: Q1 revenue 9291.33億元, year-ago
# revenue 1兆1597.84億元, Q1 / year-ago gross margin 4.5% / 5.31%, operating margin 0.49% / 1.34%, net profit 20.83億元 /
# 170.54億元, EPS 0.15元 / 1.23元.
# Judgement calls: both comparison bases are printed, so the Q1 and year-ago figures are key rows with their own periods
# (news34 zh11), not priors; the year-ago quarter has no printable period (no year) -> None with "year-ago Q2" in basis;
# "首季合併營業利益224.69億元" sits between the Q2 gross margin and the Q2 operating margin (1.99%, compared with the first
# quarter's 0.49%), so it is labelled as the Q2 operating profit with the printed "首季" noted in basis; the headline's
# 998% and 1.65元 are the body's figures (one row each); "季增" = qoq, "年增" = yoy; the text prints no stock code (2317
# is an entity alias only). Not labelled: 12日 (byline), 次高 (a rank).
FX = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Foxconn|2317|2317.TW"
YA = "year-ago Q2 (去年同期)"
G["zh11"] = ([
    m("net_profit", 2.288e10, "TWD", FX, "Q2", basis="稅後淨利"),
    m("net_profit_growth", 998, "%", FX, "Q2", basis="qoq (季增)"),
    m("net_profit_growth", 34, "%", FX, "Q2", basis="yoy (年增)"),
    m("eps", 1.65, "TWD", FX, "Q2"),
    m("net_profit", 2.4964e10, "TWD", FX, "H1"),
    m("eps", 1.8, "TWD", FX, "H1"),
    m("revenue", 1.128337e12, "TWD", FX, "Q2", basis="consolidated"),
    m("revenue", 9.29133e11, "TWD", FX, "Q1", basis="comparison quarter"),
    m("revenue_growth", 21.45, "%", FX, "Q2", basis="qoq"),
    m("revenue", 1.159784e12, "TWD", FX, None, basis=YA),
    m("revenue_growth", -2.7, "%", FX, "Q2", basis="yoy"),
    m("gross_margin", 5.91, "%", FX, "Q2"),
    m("gross_margin", 4.5, "%", FX, "Q1", basis="comparison quarter"),
    m("gross_margin_change", 1.4, "pp", FX, "Q2", basis="qoq"),
    m("gross_margin", 5.31, "%", FX, None, basis=YA),
    m("gross_margin_change", 0.6, "pp", FX, "Q2", basis="yoy"),
    m("operating_profit|operating_income", 2.2469e10, "TWD", FX, "Q2", basis="printed 首季, read as Q2 (see comment)"),
    m("operating_margin", 1.99, "%", FX, "Q2"),
    m("operating_margin", 0.49, "%", FX, "Q1", basis="comparison quarter"),
    m("operating_margin_change", 1.5, "pp", FX, "Q2", basis="qoq"),
    m("operating_margin", 1.34, "%", FX, None, basis=YA),
    m("operating_margin_change", 0.65, "pp", FX, "Q2", basis="yoy"),
    m("net_profit", 2.083e9, "TWD", FX, "Q1", basis="comparison quarter"),
    m("net_profit", 1.7054e10, "TWD", FX, None, basis=YA),
    m("eps", 0.15, "TWD", FX, "Q1", basis="comparison quarter"),
    m("eps", 1.23, "TWD", FX, None, basis=YA),
], [])


# zh12: 港股 IPO results and grey-market trading for three new listings: 美中嘉和 (2453), 中深建業 (2503), 長久股份 (6959)
# (明報 instant finance news; headline kept; page chrome "moneymonday / 指數/外匯 / 明報APP / 即時財經新聞" left out; the
# source's own "今日暗盤價" beside "昨日…暗盤價" kept as printed; no date or year -> period None).
# Key, per company: grey-market close (11.6 / 0.83 / 6.49元), IPO price (14.28 / 1 / 5.95元), grey close vs IPO price
# (-18.77% / -17% / +9.08%), public-offer oversubscription (0.99 / 57.44 / 10.67倍, printed "超額配售"), one-lot success
# rate (100% / 100% / 20.12%), funds raised (5.63 / 1.29 / 3.01億元).
# Optional: lot sizes (200 / 4000 / 500 shares), loss or gain per lot (536 / 680 / 270元), the 8 lots needed for one lot.
# Judgement calls: the one-lot success rate is key here although the corpus keeps allotment statistics optional - it is
# the headline's figure and the story's subject (see the README); "超額配售X倍" is read as the public offer's
# oversubscription (x), as the story compares it with the 1手中籤率; "集資額" / "集資" are funds_raised without "net" in
# basis (the text does not say net); 中深建業's 1元 IPO price is 1 HKD; the headline's 100% and 8手 are the body's figures.
# Not labelled: stock codes, 三隻 / 兩跌一升 (counts), sponsors' names.
MZ = "美中嘉和|美中嘉和醫學技術|Meizhong Jiahe|2453|02453"
ZS = "中深建業|2503|02503"
CJ = "長久股份|長久|Changjiu|6959|06959"
def ipo12(ent, grey, ipo, chg, over, one_lot, funds, broker, tranche="public offer (printed 超額配售)"):
    return [m("grey_market_price|price", grey, "HKD", ent, None, basis=broker + " grey-market close"),
            m("ipo_price|offer_price", ipo, "HKD", ent, None),
            m("price_change", chg, "%", ent, None, basis="grey-market close vs IPO price"),
            m("oversubscription", over, "x", ent, None, basis=tranche),
            m("allotment_ratio|one_lot_success_rate", one_lot, "%", ent, None, basis="one lot (1手中籤率)"),
            m("funds_raised|proceeds", funds, "HKD", ent, None, basis="集資額")]
mt = ipo12(MZ, 11.6, 14.28, -18.77, 0.99, 100, 5.63e8, "耀才")
mt += [m("lot_size", 200, "shares", MZ, None, opt=True), m("loss_per_lot", 536, "HKD", MZ, None, opt=True, basis="excl. fees")]
mt += ipo12(ZS, 0.83, 1, -17, 57.44, 100, 1.29e8, "耀才")
mt += [m("lot_size", 4000, "shares", ZS, None, opt=True), m("loss_per_lot", 680, "HKD", ZS, None, opt=True, basis="excl. fees")]
mt += ipo12(CJ, 6.49, 5.95, 9.08, 10.67, 20.12, 3.01e8, "富途", "printed 超額配售, tranche not stated (read as the public offer)")
mt += [m("lot_size", 500, "shares", CJ, None, opt=True), m("profit_per_lot", 270, "HKD", CJ, None, opt=True, basis="excl. fees"),
       m("lots_for_one_lot|lots", 8, "lots", CJ, None, opt=True, basis="認購8手穩獲1手")]
G["zh12"] = (mt, [])
