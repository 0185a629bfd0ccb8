# Hand-written gold labels for news8/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md, news4/en/README.md (hedges/bounds keep the stated number as the value), news4-news7 labels.

# ---------------------------------------------------------------- en09 Hong Kong close after Golden Week, HKD prices (AInvest; no year)
HSI = "Hang Seng Index|HSI"
HST = "Hang Seng Tech Index|Hang Seng TECH Index|HSTECH"
HSC = "Hang Seng China Enterprises Index|HSCEI|China Enterprises Index"
G["en09"] = ([
    m("index_change", -1.73, "%", HSI), m("index_change", -1.73, "%", HSI, opt=True),          # headline repeat
    m("index_change", -76.87, "points", HSI), m("index_level|index_close", 26752.59, "points", HSI),
    m("index_change", -3.27, "%", HST), m("index_change", -3.27, "%", HST, opt=True),          # headline repeat
    m("index_change", -209.35, "points", HST), m("index_level|index_close", 6471.34, "points", HST),
    m("index_change", 0.07, "%", HSC), m("index_level|index_close", 9530.13, "points", HSC),
    m("price_change", 25.88, "%", "Hang Seng Bank"), m("price|close_price", 149.8, "HKD", "Hang Seng Bank"),
    m("index_contribution|index_points_contribution", 36.11, "points", "Hang Seng Bank"),
    m("price_change", 7.26, "%", "Lenovo Group|Lenovo"), m("price|close_price", 12.56, "HKD", "Lenovo Group|Lenovo"),
    m("price_change", 5.43, "%", "Zijin Mining"), m("price|close_price", 36.14, "HKD", "Zijin Mining"),
    m("price_change", -7.49, "%", "Sino Biopharm"), m("price|close_price", 7.9, "HKD", "Sino Biopharm"),
    m("price_change", -6.7, "%", "SMIC"), m("price|close_price", 83.5, "HKD", "SMIC"),
    m("price_change", 3, "%", "Kuaishou"),                                                      # gained over 3%
    m("price_change", -2, "%", "Alibaba|Alibaba-W"),                                            # dropped more than 2%
    m("price_change", 9, "%", "China Gold International"),                                      # soar over 9%
    m("price_change", 7.26, "%", "Lenovo Group|Lenovo", opt=True), m("price|close_price", 12.56, "HKD", "Lenovo Group|Lenovo", opt=True),  # repeat
    m("price_change", -2.42, "%", "Alibaba-W|Alibaba"), m("price|close_price", 173.3, "HKD", "Alibaba-W|Alibaba"),
    m("price_change", -13.4, "%", "Clover Biopharmaceuticals-B|Clover Biopharmaceuticals"), m("price|close_price", 2.52, "HKD", "Clover Biopharmaceuticals-B|Clover Biopharmaceuticals"),
    m("price_change", -11.64, "%", "InnoCare Pharma|InnoCare"), m("price|close_price", 16.62, "HKD", "InnoCare Pharma|InnoCare"),
    m("price_change", -6.7, "%", "SMIC", opt=True), m("price|close_price", 83.5, "HKD", "SMIC", opt=True),  # repeat
    m("price_change", -6.43, "%", "Huahong Semiconductor|Hua Hong Semiconductor"), m("price|close_price", 85.2, "HKD", "Huahong Semiconductor|Hua Hong Semiconductor"),
    m("price_change", 17.4, "%", "Shanghai Electric"), m("price|close_price", 5.6, "HKD", "Shanghai Electric"),
    m("price_change", 8.43, "%", "Goldwind Technology|Goldwind"), m("price|close_price", 15.57, "HKD", "Goldwind Technology|Goldwind"),
], [])

# ---------------------------------------------------------------- en10 Hong Kong close, Reuters bullet wrap (Financial Post; no year in text)
CNY = "USD/CNY|yuan|CNY"
G["en10"] = ([
    m("index_change", 0.3, "%", HSI), m("index_level|index_close", 28466.48, "points", HSI),
    m("index_change", 0.4, "%", HSC), m("index_level|index_close", 10809.92, "points", HSC),
    m("index_change", 0.16, "%", "MSCI Asia ex-Japan|MSCI's Asia ex-Japan stock index|MSCI Asia ex-Japan index"),
    m("index_change", 0.95, "%", "Nikkei|Nikkei 225|Nikkei index"),
    m("fx_rate", 6.879, "CNY", CNY, prior=6.8817),
    m("fx_change|currency_change", 0.04, "%", "yuan|CNY|USD/CNY"),                # 0.04% firmer (yuan stronger)
    m("price_change", 5.6, "%", "Hengan International Group Company Ltd|Hengan International|Hengan"),
    m("price_change", 3.93, "%", "PICC Property and Casualty Co Ltd|PICC Property and Casualty|PICC P&C"),
    m("price_change", 2.54, "%", "China Resources Beer Holdings Co Ltd|China Resources Beer"),
    m("price_change", -2.15, "%", "Country Garden Holdings Co Ltd|Country Garden"),
    m("price_change", -1.95, "%", "China Vanke Co Ltd|China Vanke|Vanke"),
    m("price_change", -1.82, "%", "China Pacific Insurance Group Co Ltd|China Pacific Insurance|CPIC"),
    m("trading_volume|volume", 979.41e6, "shares", HSI),
    m("volume_vs_average|volume_pct_of_average", 67.9, "%", HSI),
    m("average_volume|trading_volume_30d_average", 1.44e9, "shares", HSI),
    m("trading_volume|volume", 1.14e9, "shares", HSI, opt=True),                   # previous session
    m("a_h_premium|premium", 27.62, "%", "A-shares|China A-shares|Hang Seng China AH Premium"),
], [])

# ---------------------------------------------------------------- en11 Hong Kong results roundup (hkmarketwrap blog, headline dated Aug. 16th, 2011)
# The headline date and "six months ended June 30 2011" make every interim/first-half figure 2011H1.
# "RMB75, 535 million" is labelled as printed (75,535 million).
MS = "China Minsheng Bank|Minsheng Bank"
CW = "China Wireless Technologies|China Wireless"
GE = "Golden Eagle Retail Group|Golden Eagle"
HF = "Hopefluent Group|Hopefluent"
RK = "Road King Infrastructure|Road King"
SZI = "Shenzhen International"
G["en11"] = ([
    m("net_profit|net_income", 13918e6, "CNY", MS, "2011H1"),
    m("net_profit_growth|net_income_growth", 48.77, "%", MS, "2011H1"),
    m("eps", 0.52, "CNY", MS, "2011H1"),
    m("eps_growth", 57.58, "%", MS, "2011H1"),
    m("net_profit|net_income", 119.0e6, "HKD", CW, "2011H1"),
    m("net_profit_growth|net_income_growth", -56.3, "%", CW, "2011H1"),
    m("dividend_per_share|interim_dividend|dps", 0.01, "HKD", CW, "2011H1"),
    m("gross_profit", 507.8e6, "HKD", CW, "2011H1"),
    m("gross_profit_growth", -18.2, "%", CW, "2011H1"),
    m("net_profit|profit_attributable|net_income", 612.2e6, "CNY", GE, "2011H1"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 32.5, "%", GE, "2011H1"),
    m("net_profit|profit_attributable|net_income", 75535e6, "CNY", HF, "2011H1"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 26.8, "%", HF, "2011H1"),
    m("eps", 0.1648, "HKD", HF, "2011H1"),
    m("dividend_per_share|interim_dividend|dps", 0.035, "HKD", HF, "2011H1"),
    m("net_profit_growth|net_income_growth", 36.9, "%", RK, "2011H1"),
    m("net_profit|net_income", 363e6, "HKD", RK, "2011H1"),
    m("dividend_per_share|interim_dividend|dps", 0.22, "HKD", RK, "2011H1"),
    m("net_profit|profit_attributable|net_income", 954e6, "HKD", SZI, "2011H1"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 34, "%", SZI, "2011H1"),
], [])

# ---------------------------------------------------------------- en12 UBS upgrades Cheung Kong Holdings (01113) to Buy, HKD target (Reportify digest; 2025-2027 forecasts)
# "so far this year" carries no stated year -> no period. The upgrade is restated in the bullets: one rating action.
CK = "Cheung Kong Holdings|CK Asset|CK Asset Holdings|Cheung Kong"
G["en12"] = ([
    m("earnings_forecast_change|earnings_estimate_change|net_profit_forecast_change", None, "%", CK, "2025-2027", rng=(-24, -18)),
    m("earnings_forecast_change|earnings_estimate_change|net_profit_forecast_change", None, "%", CK, "2025-2027", rng=(-24, -18), opt=True),  # repeat
    m("price_change|ytd_price_change|share_price_change", 24, "%", CK),
], [
    ra("UBS", CK, "upgrade", "buy", prior_rating="neutral", target=42.9, prior_target=31, cur="HKD"),
])

# ---------------------------------------------------------------- en13 European close with euro-zone PMI and two UK downgrades (CNBC; no year in text)
# The PMI's "previous month" reading is the prior of the same "51.6 ... compared with 51.3" construction; no year -> no period.
FE = "FTSEurofirst 300|FTSEurofirst 300 Index|pan-European FTSEurofirst 300"
G["en13"] = ([
    m("index_change", -0.3, "%", FE), m("index_level|index_close", 1301.48, "points", FE),
    m("index_change", -1.0, "%", "IBEX 35|IBEX|Spain's IBEX 35"),
    m("index_change", -1.5, "%", "FTSE MIB|Italy's FTSE MIB"),
    m("price_change", -3.8, "%", "Enel"),
    m("pmi|manufacturing_pmi", 51.6, "points", "euro zone|eurozone|euro zone manufacturing|Markit Eurozone Manufacturing PMI", prior=51.3),
    m("pmi_threshold", 50, "points", "euro zone|eurozone|Markit Eurozone Manufacturing PMI", opt=True),  # definitional threshold
    m("price_change", -2.1, "%", "Tesco"),
    m("price_change", -3.7, "%", "Debenhams"),
    m("price_change", -9.0, "%", "ThyssenKrupp|Thyssen"),
], [
    ra("HSBC", "Tesco", "downgrade", "underweight"),
    ra("Barclays", "Debenhams", "downgrade", "underweight"),
])

# ---------------------------------------------------------------- en14 Fed 25 bp hike to 4.5-4.75% (News.net / dpa-style, dated 2 February 2023)
# Headline 25 bp is key; the body's two "0.25 percentage points" restatements are optional (pp and %), as the dev corpus does.
# The dateline (2 February 2023) makes "December" 2022-12 and "November" 2022-11; the earlier 75/50 bp hikes are history (optional).
FED = "Federal Reserve|Fed|US Federal Reserve|US central bank|United States|US"
G["en14"] = ([
    m("rate_change|policy_rate_change", 25, "bp", FED),                       # headline
    m("rate_change|policy_rate_change", 0.25, "pp", FED, opt=True),           # body restatements in percentage points
    m("rate_change|policy_rate_change", 0.25, "pp", FED, opt=True),
    m("rate_change|policy_rate_change", 0.25, "%", FED, opt=True),            # either reading of "percentage points"
    m("rate_change|policy_rate_change", 0.25, "%", FED, opt=True),
    m("policy_rate|fed_funds_rate|interest_rate", None, "%", FED, rng=(4.5, 4.75)),
    m("rate_change|policy_rate_change", 0.75, "pp", FED, opt=True),           # earlier hikes
    m("rate_change|policy_rate_change", 0.5, "pp", FED, opt=True),
    m("inflation|cpi_inflation|cpi_yoy", 6.5, "%", "US|United States", "2022-12"),
    m("inflation|cpi_inflation|cpi_yoy", 7.1, "%", "US|United States", "2022-11"),
], [])

# ---------------------------------------------------------------- en15 oil and metals settlements on a strong dollar (MarketWatch via blog repost; no year)
# As news4 en11 (same outlet style): ticker quote strings ("CLJ5, +1.35%") are optional inline quotes.
WTI = "WTI|U.S. crude|April crude|crude oil|NYMEX crude"
BRT = "Brent|Brent crude|April Brent crude"
PT, PD, CU = "platinum|April platinum", "palladium|June palladium", "copper|May copper"
AU, AG = "gold|gold futures|April gold", "silver|May silver"
G["en15"] = ([
    m("price_change", 1.35, "%", WTI, opt=True),                          # quote string
    m("price|oil_price|settlement_price", 48.29, "USD", WTI),
    m("price_change", -1.71, "USD", WTI), m("price_change", -3.4, "%", WTI),
    m("price_change", 0.74, "%", BRT, opt=True),                          # quote string
    m("price_change", -2.14, "USD", BRT), m("price_change", -3.7, "%", BRT),
    m("price|oil_price|settlement_price", 56.39, "USD", BRT),
    m("price_change", 0.05, "%", PT, opt=True),                           # quote string
    m("price_change", -18.60, "USD", PT), m("price_change", -1.6, "%", PT),
    m("price|settlement_price", 1130, "USD", PT),
    m("price_change", 0.12, "%", PD, opt=True),                           # quote string
    m("price_change", -18.85, "USD", PD), m("price_change", -2.3, "%", PD),
    m("price|settlement_price", 804.10, "USD", PD),
    m("price_change", 0.27, "%", CU, opt=True),                           # quote string
    m("price_change", -0.047, "USD", CU), m("price_change", -1.7, "%", CU),
    m("price|settlement_price", 2.624, "USD", CU),
    m("price_change", 0.14, "%", AU, opt=True),                           # quote string
    m("price_change", -6.40, "USD", AU), m("price_change", -0.6, "%", AU),
    m("price|settlement_price", 1160.10, "USD", AU),
    m("price_change", 0.17, "%", AG, opt=True),                           # quote string
    m("price_change", -0.143, "USD", AG), m("price_change", -0.9, "%", AG),
    m("price|settlement_price", 15.633, "USD", AG),
], [])

# ---------------------------------------------------------------- en16 Goldman upgrades Hang Seng Bank and BOC Hong Kong, AAStocks-style movers (blog repost; no year in text)
# "$" is HKD (Hong Kong stock context). Inline quote strings, moving averages, intraday highs, last prices and single-stock
# volumes are optional (as the dev corpus's AAStocks passages and news3); the moves ("continuous rise of 5.9%") are key.
# The % by which a target was raised is optional (the target itself lives in the rating action).
HSB = "Hang Seng Bank|HANG SENG BANK"
BOCHK = "BOC Hong Kong|BOC HONG KONG|BOCHK"
HSBC = "HSBC Holdings|HSBC HOLDINGS|HSBC"
G["en16"] = ([
    m("price_change", None, "%", BOCHK + "|" + HSB, rng=(4, 6)),                  # headline group move 4%-6%
    m("price_change", 13.200, "HKD", HSB, opt=True), m("price_change", 7.428, "%", HSB, opt=True),
    m("short_selling_turnover", 71.33e6, "HKD", HSB, opt=True), m("short_selling_ratio", 22.021, "%", HSB, opt=True),
    m("moving_average|ma_100", 187.67, "HKD", HSB, opt=True), m("moving_average|ma_50", 187.84, "HKD", HSB, opt=True),
    m("target_price_change", 16, "%", HSB, opt=True),
    m("intraday_high|price", 188.9, "HKD", HSB, opt=True), m("price|last_price", 188.2, "HKD", HSB, opt=True),
    m("price_change", 5.9, "%", HSB),
    m("trading_volume|volume", 2.11e6, "shares", HSB, opt=True),
    m("price_change", 1.750, "HKD", BOCHK, opt=True), m("price_change", 4.679, "%", BOCHK, opt=True),
    m("short_selling_turnover", 47.57e6, "HKD", BOCHK, opt=True), m("short_selling_ratio", 19.907, "%", BOCHK, opt=True),
    m("target_price_change", 2.2, "%", BOCHK, opt=True),
    m("moving_average|ma_10", 38.2, "HKD", BOCHK, opt=True), m("moving_average|ma_100", 38.76, "HKD", BOCHK, opt=True),
    m("price|last_price", 38.9, "HKD", BOCHK, opt=True),
    m("price_change", 4, "%", BOCHK),
    m("trading_volume|volume", 8.71e6, "shares", BOCHK, opt=True),
    m("price_change", 2.300, "HKD", HSBC, opt=True), m("price_change", 2.882, "%", HSBC, opt=True),
    m("short_selling_turnover", 207.35e6, "HKD", HSBC, opt=True), m("short_selling_ratio", 22.167, "%", HSBC, opt=True),
    m("moving_average|ma_10", 81.14, "HKD", HSBC, opt=True),
    m("intraday_high|price", 81.25, "HKD", HSBC, opt=True), m("price|last_price", 81.15, "HKD", HSBC, opt=True),
    m("price_change", 1.7, "%", HSBC),
    m("pretax_profit_estimate|pretax_profit_forecast|pretax_profit", None, "USD", HSBC, rng=(17.4e9, 18.5e9)),
], [
    ra("Goldman Sachs|G Sachs", HSB, "upgrade", "buy", target=220, cur="HKD"),
    ra("Goldman Sachs|G Sachs", BOCHK, "upgrade", "buy", target=47.7, cur="HKD"),
])
