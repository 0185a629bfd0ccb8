# Hand-written gold labels for news6/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md,
# news3/en/README.md, news4/en/README.md and news5/en/README.md (hedges/bounds keep the stated number as the value).

# ---------------------------------------------------------------- en09 Mumbai close with rupee (IANS via Business Standard; no year in text)
SX = "Sensex|S&P Sensex|BSE Sensex"
NF = "Nifty|NSE Nifty"
INR = "USD/INR|rupee|Indian rupee"
G["en09"] = ([
    m("index_change", 400, "points", SX, opt=True),                  # headline "over 400 points"
    m("index_change", 405, "points", SX, opt=True),                  # rounded repeat of 404.89
    m("index_change", 2.25, "%", SX),
    m("fx_rate|record_low", 68.75, "INR", INR),                      # record low touched on Wednesday
    m("fx_rate", 67.10, "INR", INR),
    m("index_open|index_level", 18073.66, "points", SX, opt=True),
    m("index_level", 18401.04, "points", SX, prior=17996.15),
    m("index_change", 404.89, "points", SX),
    m("index_change", 2.25, "%", SX, opt=True),                      # repeat
    m("index_high|intraday_high", 18455.66, "points", SX, opt=True),
    m("index_low|intraday_low", 18071.22, "points", SX, opt=True),
    m("index_change", 225.11, "points", "S&P BSE oil and gas index|BSE oil and gas index|oil and gas index"),
    m("index_change", 184.52, "points", "BSE metal index|metal index"),
    m("index_change", 140.09, "points", "BSE FMCG index|FMCG index"),
    m("index_change", 152.68, "points", "BSE capital goods index|capital goods index"),
    m("index_change", 209.99, "points", "BSE auto index|auto index"),
    m("index_change", 163.62, "points", "bankex|BSE bankex"),
    m("index_change", 140.94, "points", "BSE healthcare index|healthcare index"),
    m("index_change", 124.05, "points", NF), m("index_change", 2.35, "%", NF), m("index_level", 5409.05, "points", NF),
    m("price_change", 13.54, "%", "Sesa Goa"), m("price", 192.50, "INR", "Sesa Goa"),
    m("price_change", 6.30, "%", "HDFC"), m("price", 695.30, "INR", "HDFC"),
    m("price_change", 4.65, "%", "Hindalco Industries|Hindalco"), m("price", 106.90, "INR", "Hindalco Industries|Hindalco"),
    m("price_change", 4.22, "%", "Reliance Industries Limited|Reliance Industries|RIL"), m("price", 845.35, "INR", "Reliance Industries Limited|Reliance Industries|RIL"),
    m("price_change", 3.89, "%", "Bharti Airtel"), m("price", 298.95, "INR", "Bharti Airtel"),
    m("price_change", 3.58, "%", "Dr.Reddy's Laboratories|Dr. Reddy's Laboratories|Dr Reddy's"), m("price", 2250.10, "INR", "Dr.Reddy's Laboratories|Dr. Reddy's Laboratories|Dr Reddy's"),
    m("price_change", -1.65, "%", "Coal India"), m("price", 249.95, "INR", "Coal India"),
    m("price_change", -0.60, "%", "State Bank of India|SBI"), m("price", 1489.25, "INR", "State Bank of India|SBI"),
    m("price_change", -0.52, "%", "Tata Power"), m("price", 76.60, "INR", "Tata Power"),
    m("index_change", 0.91, "%", "Nikkei|Nikkei 225"),
    m("index_change", 0.84, "%", "Hang Seng|Hang Seng Index|HSI"),
    m("index_change", -0.19, "%", "Shanghai Composite Index|Shanghai Composite"),
], [])

# ---------------------------------------------------------------- en10 CLSA ("Lyon") notes on Smoore ("Seymour") and AAC (uSMART, machine-translated; no year)
# "fiscal 22" -> FY2022; the 21-24 CAGR and the 22-23 forecast cuts span several years -> no period.
LY = "Lyon|CLSA"
SM = "Seymour|Smoore International|Smoore|06969.HK"
AAC = "AAC|AAC Technologies|AAC Tech|02018.HK"
SY = "Shunyu Optical Technology|Shunyu|Sunny Optical|02382.HK"
G["en10"] = ([
    m("overseas_revenue_cagr|revenue_cagr|revenue_cagr_estimate", 29, "%", SM),
    m("domestic_revenue_growth|revenue_growth_forecast|revenue_growth", -44, "%", SM, "FY2022"),
    m("rd_ratio|rd_spending_ratio", 10, "%", SM),
    m("revenue_forecast_change|revenue_estimate_change", None, "%", SM, rng=(-9, -7)),
    m("earnings_forecast_change|net_profit_forecast_change", None, "%", SM, rng=(-29, -27), basis="adjusted"),
    m("profit_impact|profit_loss", -900e6, "CNY", SY),
    m("profit_impact|profit_loss", None, "CNY", AAC, rng=(-500e6, -400e6)),
], [
    ra(LY, SM, "cut_target", "buy", target=25, prior_target=35, cur="HKD"),
    ra(LY, AAC, "downgrade", "sell", target=15, cur="HKD"),
])

# ---------------------------------------------------------------- en11 RBI holds repo rate (machine-translated wire; "the 2020 fiscal year" is stated)
# The current fiscal year is FY2020 (stated), so "next" fiscal year is FY2021; December inflation has no stated year -> no period.
RBI = "Reserve Bank of India|RBI|Central Bank of India|India"
IN = "India"
G["en11"] = ([
    m("repo_rate|policy_rate|rate", 5.15, "%", RBI),
    m("economists_polled|analyst_count", 37, "economists", RBI, opt=True),
    m("cpi_inflation|inflation", 7.35, "%", IN),
    m("rate_change|cumulative_rate_cut", -135, "bp", RBI),
    m("inflation_forecast", 6.5, "%", RBI, "FY2020Q4"),
    m("inflation_forecast", None, "%", RBI, "FY2020H2", rng=(4.7, 5.1)),
    m("inflation_forecast", None, "%", RBI, "FY2021H1", rng=(5, 5.4), prng=(3.8, 4)),
    m("gdp_growth_forecast|gdp_growth", 6, "%", RBI, "FY2021", prior=5),
], [])

# ---------------------------------------------------------------- en12 China trade data, USD and RMB terms (Moebius; no year in text -> no period)
CN = "China"
G["en12"] = ([
    m("trade_surplus_growth|trade_balance_growth", 45, "%", CN, opt=True),          # headline repeat
    m("export_growth|exports_growth", 1.1, "%", CN),
    m("export_growth_consensus|export_growth_forecast", -3.9, "%", CN),
    m("import_growth|imports_growth", -8.5, "%", CN),
    m("import_growth_consensus|import_growth_forecast", -3.9, "%", CN),
    m("trade_surplus|trade_balance", 41.65e9, "USD", CN),
    m("trade_surplus_consensus|trade_balance_forecast", 22.3e9, "USD", CN),
    m("import_growth|imports_growth", -2.5, "%", CN),                              # RMB terms
    m("import_growth_consensus|import_growth_forecast", 5.8, "%", CN),
    m("export_growth|exports_growth", 7.7, "%", CN),
    m("export_growth_consensus|export_growth_forecast", 4.7, "%", CN),
    m("trade_surplus|trade_balance", 279.12e9, "CNY", CN),
    m("trade_surplus_consensus|trade_balance_forecast", 136e9, "CNY", CN),
    m("total_trade|trade_value", 12.1e12, "CNY", CN), m("total_trade_growth|trade_growth", 4.1, "%", CN),
    m("exports", 6.5e12, "CNY", CN), m("export_growth|exports_growth", 6.1, "%", CN),
    m("imports", 5.6e12, "CNY", CN), m("import_growth|imports_growth", 1.8, "%", CN),
    m("trade_surplus|trade_balance", 893.36e9, "CNY", CN), m("trade_surplus_growth|trade_balance_growth", 45, "%", CN),
    m("total_trade|trade_value", 1.749e12, "USD", CN), m("total_trade_growth|trade_growth", -1.6, "%", CN),
    m("exports", 958.34e9, "USD", CN), m("export_growth|exports_growth", 0.4, "%", CN),
    m("imports", 827.87e9, "USD", CN), m("import_growth|imports_growth", -3.7, "%", CN),
    m("trade_surplus|trade_balance", 130.47e9, "USD", CN), m("trade_surplus_growth|trade_balance_growth", 38.3, "%", CN),
], [])

# ---------------------------------------------------------------- en13 SCMP broker column, Hong Kong stocks with "$" = HKD (no year in text)
# Closing prices and the share-price performance grid are optional (share prices in rating passages, as news3).
CIFH = "Citic International Financial Holdings|CIFH"
SMIC = "Semiconductor Manufacturing International Corp|SMIC|Semiconductor Manufacturing International"
BEA = "Bank of East Asia|BEA"
G["en13"] = ([
    m("price|close_price", 2.775, "HKD", CIFH, opt=True),
    m("price_change", 1.76, "%", CIFH, opt=True), m("price_change", 22.82, "%", CIFH, opt=True),
    m("price_change", 5.08, "%", CIFH, opt=True), m("price_change", 28.73, "%", CIFH, opt=True),
    m("earnings_forecast_change|eps_estimate_change", -12, "%", CIFH),
    m("price|close_price", 1.60, "HKD", SMIC, opt=True),
    m("price_change", 4.19, "%", SMIC, opt=True), m("price_change", 32.37, "%", SMIC, opt=True),
    m("price_change", 10.86, "%", SMIC, opt=True),
    m("stake|ownership_stake", 37, "%", SMIC),                                   # venture capital investors' holding
    m("sale_price|price", 2.03, "HKD", SMIC, opt=True),                          # expected VC selling price (= target)
    m("irr|internal_rate_of_return", 30, "%", SMIC, opt=True),
    m("price|close_price", 22.45, "HKD", BEA, opt=True),
    m("price_change", 0.44, "%", BEA, opt=True), m("price_change", 11, "%", BEA, opt=True),
    m("price_change", 3.67, "%", BEA, opt=True), m("price_change", 39.49, "%", BEA, opt=True),
    m("earnings_forecast_change|eps_estimate_change", -8, "%", BEA),             # this year
    m("earnings_forecast_change|eps_estimate_change", -13, "%", BEA),            # next year
], [
    ra("CLSA", CIFH, "downgrade", "sell", "outperform", target=3.05, cur="HKD"),
    ra("Goldman Sachs|Goldman", SMIC, "initiate", "in-line", target=2.03, cur="HKD"),
    ra("UBS", BEA, "downgrade", "sell", "buy", target=19, cur="HKD"),
])

# ---------------------------------------------------------------- en14 JPMorgan downgrades Goldwind H-shares (Investing.com, 2025)
GW = "Goldwind Science & Technology|Goldwind|HK:2208"
GWA = "Goldwind Science & Technology|Goldwind|Goldwind A-shares"
G["en14"] = ([
    m("gross_margin|gross_profit_margin", 8, "%", GW, "2025H1"),                 # turbine segment
    m("gross_margin_target|guidance_gross_margin", 7, "%", GW, "2025"),          # management's full-year target
    m("gross_margin_estimate|gross_margin_forecast", 6.4, "%", GW, "2025H1"),    # JPMorgan's previous estimate
    m("price_to_book|pb_ratio", 0.65, "x", "H-shares wind farm|wind farm|H-share wind farms"),
    m("earnings_estimate_change|earnings_forecast_change", None, "%", GW, rng=(3, 7)),
    m("turbine_earnings_estimate_change|earnings_forecast_change", 35, "%", GW),   # "more than 35%"
    m("relative_performance|outperformance", 31, "%", GW),                       # vs its A-shares, year-to-date
    m("relative_performance|outperformance", 21, "%", GW),                       # vs HSCEI, year-to-date
], [
    ra("JPMorgan|J.P. Morgan", GW, "downgrade", "neutral", "overweight", target=10.30, prior_target=7.70, cur="HKD"),
    ra("JPMorgan|J.P. Morgan", GWA, "maintain", "overweight"),
])

# ---------------------------------------------------------------- en15 European close (Irish Times / Reuters, 2011 stated only for the year-to-date fall)
ES = "Eurostoxx 50|Euro Stoxx 50|EURO STOXX 50"
DAX = "DAX|Frankfurt DAX"
CAC = "CAC|CAC 40|Paris CAC"
FE = "FTSEurofirst 300|FTSEurofirst 300 index"
G["en15"] = ([
    m("index_level", 2315.89, "points", ES), m("index_change", -39.59, "points", ES),
    m("index_level", 5859.43, "points", DAX), m("index_change", -107.77, "points", DAX),
    m("index_level", 3166.06, "points", CAC), m("index_change", -51.83, "points", CAC),
    m("index_change", -1, "%", FE), m("index_level", 966.04, "points", FE),
    m("volume_pct_of_average|trading_volume", 85, "%", FE),
    m("index_change_ytd|index_change", -13, "%", FE, "2011"),                    # "down more than 13 percent in 2011"
    m("index_change", -1.6, "%", "Stoxx Europe 600 Banking Index|European banks"),
    m("price_change", -6.1, "%", "UniCredit"),
    m("price_change_from_low|price_change", 40, "%", "UniCredit"),             # "up nearly 40percent from a low"
    m("price_change", -7.3, "%", "Greek banks"),
    m("fibonacci_level|support_level", 981.9, "points", FE, opt=True),
    m("fibonacci_retracement", 38.2, "%", FE, opt=True),
    m("fibonacci_retracement", 23.6, "%", FE, opt=True),
    m("fibonacci_level|support_level", 932.7, "points", FE, opt=True),
], [])

# ---------------------------------------------------------------- en16 gold, metals and oil (Nine Atlas; no year in text -> no period)
GOLD = "gold|spot gold"
GF = "gold futures|December gold futures|December futures|gold"
BRT = "Brent|Brent crude|Brent crude futures"
WTI = "WTI|West Texas Intermediate|West Texas Intermediate crude|US crude"
G["en16"] = ([
    m("price_change", -0.07, "%", GOLD), m("price|gold_price", 4051.48, "USD", GOLD),
    m("price|intraday_low", 4040.33, "USD", GOLD, opt=True),                    # early-trading dip
    m("price_change", -0.5, "%", GF), m("price|gold_price", 4058.90, "USD", GF),
    m("nonfarm_payrolls|jobs_added|payrolls", 119000, "jobs", "US|United States|U.S."),
    m("rate_cut_probability|probability", 69, "%", "Federal Reserve|Fed|FedWatch", prior=74),
    m("price_change", 0.23, "%", "silver"), m("price|silver_price", 50.15, "USD", "silver"),
    m("price_change", 1.96, "%", "platinum"), m("price|platinum_price", 1545.11, "USD", "platinum"),
    m("price_change", 0.74, "%", "palladium"), m("price|palladium_price", 1392.46, "USD", "palladium"),
    m("price_change", -0.32, "%", BRT), m("price|oil_price", 62.35, "USD", BRT),
    m("price_change", -0.4, "%", WTI), m("price|oil_price", 57.84, "USD", WTI),
    m("price_change|weekly_change", -3, "%", "Brent|WTI|crude|oil"),            # both fell "nearly 3%" last week
], [])
