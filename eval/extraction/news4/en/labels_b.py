# Hand-written gold labels for news4/en en09-en16 (batch b). Conventions: shared/corpora/news-text/en/README.md
# and news3/en/README.md (with news2/en/README.md): repeats key once + optional per repeat, bounds optional open ranges.

# ---------------------------------------------------------------- en09 Hong Kong close (Reuters, Jan 16, no year)
HSI = "Hang Seng Index|Hang Seng|HSI"
HSCE = "Hang Seng China Enterprises Index|China Enterprises Index|HSCE|HSCEI|H-share index"
HKX = "Hong Kong Exchanges and Clearing|HKEx|HKEX"
G["en09"] = ([
    m("index_change", 1.8, "%", HSI, opt=True),                          # headline (rounded repeat)
    m("price_change", 2, "%", "Tencent|Tencent Holdings", opt=True),   # "over 2 percent"
    m("price_change", 6, "%", HKX, opt=True),                            # "nearly 6 percent", rounded repeat of 5.43
    m("index_change", 565.88, "points", HSI), m("index_change", 1.81, "%", HSI), m("index_level", 31904.75, "points", HSI),
    m("index_change", 2.54, "%", HSCE), m("index_level", 12787.28, "points", HSCE),
    m("index_change", 1.1, "%", "Hang Seng energy sub-index|energy sector"),
    m("index_change", 2.04, "%", "Hang Seng IT sub-index|IT sector"),
    m("index_change", 2.39, "%", "Hang Seng financial sub-index|financial sector"),
    m("index_change", 1.11, "%", "Hang Seng property sub-index|property sector"),
    m("price_change", 5.43, "%", HKX),
    m("price_change", -3.66, "%", "AAC Technologies|AAC Technologies Holdings"),
    m("index_change", 0.79, "%", "Shanghai Composite Index|Shanghai Composite"),
    m("index_level", 3437.4848, "points", "Shanghai Composite Index|Shanghai Composite"),
    m("index_change", 0.81, "%", "CSI300|CSI 300"),
    m("index_change", 0.54, "%", "MSCI Asia ex-Japan|MSCI's Asia ex-Japan stock index"),
    m("index_change", 1.00, "%", "Nikkei|Nikkei 225"),
    m("fx_rate", 6.4348, "CNY", "USD/CNY|yuan", prior=6.4363),
    m("fx_change", 0.02, "%", "USD/CNY|yuan"),
    m("index_change_ytd|index_change", 4.75, "%", HSI),
    m("index_change_ytd|index_change", 6.5, "%", HSCE),
    m("index_change_mtd|index_change", 4.75, "%", HSI),
    m("price_change", 8.93, "%", "China Vanke|Vanke"),
    m("price_change", 4.76, "%", "CITIC Securities"),
    m("price_change", 4, "%", "China Galaxy Securities|Galaxy Securities"),
    m("price_change", -1.90, "%", "Air China"),
    m("price_change", -0.6, "%", "Sinopharm Group|SINOPHARM GROUP|Sinopharm"),
    m("price_change", -0.3, "%", "PetroChina"),
], [])

# ---------------------------------------------------------------- en10 US payrolls (no year stated for August)
US = "US|U.S.|United States"
G["en10"] = ([
    m("payrolls|nonfarm_payrolls", 235000, "jobs", US),
    m("payrolls|nonfarm_payrolls", 1053000, "jobs", US, prior=943000),   # previous month, revised from 943,000
    m("professional_business_services_payrolls|sector_payrolls", 74000, "jobs", "US professional and business services|US"),
    m("transportation_warehousing_payrolls|sector_payrolls", 53000, "jobs", "US transportation and warehousing|US"),
    m("private_education_payrolls|sector_payrolls", 40000, "jobs", "US private education|US"),
    m("manufacturing_payrolls|sector_payrolls", 37000, "jobs", "US manufacturing|US"),
    m("other_services_payrolls|sector_payrolls", 37000, "jobs", "US other services|US"),
    m("retail_payrolls|sector_payrolls", -29000, "jobs", "US retail trade|US"),
    m("unemployment_rate", 5.2, "%", US, prior=5.4),
    m("unemployment_rate", 3.5, "%", US, opt=True),                      # pre-crisis level, historic comparison
    m("payrolls_consensus|payrolls_estimate", 750000, "jobs", US),
    m("unemployment_rate_consensus|unemployment_rate_estimate", 5.2, "%", US),
    m("participation_rate|labor_force_participation_rate", 61.7, "%", US),
    m("average_hourly_earnings_growth_mom|wage_growth_mom", 0.6, "%", US),
    m("average_hourly_earnings_change", 0.17, "USD", US),
    m("average_hourly_earnings", 30.73, "USD", US),
    m("average_hourly_earnings_growth_mom|wage_growth_mom", 0.4, "%", US),            # July, own clause
    m("average_hourly_earnings_growth_mom_consensus|wage_growth_mom_estimate", 0.3, "%", US),
    m("average_hourly_earnings_growth|wage_growth", 4.3, "%", US),
    m("average_hourly_earnings_growth|wage_growth", 4.1, "%", US, prior=4.0),        # July, revised from 4.0
    m("average_workweek", 34.7, "hours", US),
    m("average_workweek_consensus|average_workweek_estimate", 34.8, "hours", US),
], [])

# ---------------------------------------------------------------- en11 oil and metals settlements (MarketWatch, no year)
# ticker quote strings ("CLJ5, -0.50%") are optional, as the development corpus's inline quote strings
WTI = "WTI|U.S. crude|April crude|crude oil|NYMEX crude"
BRT = "Brent|Brent crude|April Brent crude"
PT, PD, CU = "platinum|April platinum", "palladium|June palladium", "copper|May copper"
AU, AG = "gold|gold futures|April gold", "silver|May silver"
G["en11"] = ([
    m("price_change", -0.50, "%", WTI, opt=True),                        # quote string
    m("price|oil_price|settlement_price", 43.88, "USD", WTI),
    m("price_change", -0.96, "USD", WTI), m("price_change", -2.1, "%", WTI),
    m("intraday_low|price", 43, "USD", WTI, opt=True),  # intraday extreme, "under $43"
    m("weekly_change|price_change", -9.6, "%", WTI),
    m("price_change", -2.30, "%", BRT, opt=True),                        # quote string
    m("price_change", -1.23, "USD", BRT), m("price_change", -2.3, "%", BRT),
    m("price|oil_price|settlement_price", 53.44, "USD", BRT),
    m("price_change", -0.43, "%", PT, opt=True),                         # quote string
    m("price_change", -7.30, "USD", PT), m("price|settlement_price", 1107.90, "USD", PT),
    m("price_change", -0.85, "%", PD, opt=True),                         # quote string
    m("price_change", -8.60, "USD", PD), m("price|settlement_price", 780.10, "USD", PD),
    m("price_change", -0.32, "%", CU, opt=True),                         # quote string
    m("price_change", None, "USD", CU, rng=(0, 0.01), opt=True),          # "less than a cent higher"
    m("price|settlement_price", 2.668, "USD", CU),
    m("price_change", 0.06, "%", AU, opt=True),                          # quote string
    m("price_change", 0.80, "USD", AU), m("price_change", 0.1, "%", AU),
    m("price|settlement_price", 1153.20, "USD", AU),
    m("price_change", -0.40, "%", AG, opt=True),                         # quote string
    m("price_change", 0.123, "USD", AG), m("price_change", 0.8, "%", AG),
    m("price|settlement_price", 15.617, "USD", AG),
], [])

# ---------------------------------------------------------------- en12 Bank of England hold (no year for the decision)
BOE = "Bank of England|BoE|MPC|Monetary Policy Committee|UK"
G["en12"] = ([
    m("policy_rate|base_rate|bank_rate|rate", 0.25, "%", BOE),
    m("dissent_rate_change|proposed_rate_change", 25, "bp", BOE + "|Kristin Forbes"),
    m("corporate_bond_purchases|asset_purchase_programme", 10e9, "GBP", BOE),
    m("gilt_purchases|gilt_stock|asset_purchases", 435e9, "GBP", BOE),
    m("cpi|cpi_inflation|inflation", 1.8, "%", "UK|Britain"),
    m("inflation_target", 2, "%", BOE),
    m("inflation_forecast|cpi_forecast|inflation_peak_forecast", 2.75, "%", "UK|Britain|" + BOE, "2018"),
], [])

# ---------------------------------------------------------------- en13 London close (PA, 9 February 2024)
FT = "FTSE 100|FTSE"
G["en13"] = ([
    m("index_change", -22.9, "points", FT, opt=True), m("index_change", -0.30, "%", FT, opt=True),   # standfirst repeat
    m("index_level", 7572.58, "points", FT, opt=True),
    m("index_change", -22.9, "points", FT), m("index_change", -0.30, "%", FT), m("index_level", 7572.58, "points", FT),
    m("index_change", -0.22, "%", "Dax|DAX|Frankfurt's Dax"),
    m("index_change", -0.24, "%", "Cac 40|CAC 40|CAC"),
    m("index_change", 0.27, "%", "S&P 500"),
    m("index_change", -0.36, "%", "Dow Jones|Dow"),
    m("index_level", 5000, "points", "S&P 500", opt=True),   # "topping the 5,000 mark"
    m("fx_change|price_change", 0.07, "%", "GBP/USD|pound|sterling"), m("fx_rate", 1.2626, "USD", "GBP/USD|pound|sterling"),
    m("fx_change|price_change", 0.05, "%", "GBP/EUR|pound|sterling"), m("fx_rate", 1.1712, "EUR", "GBP/EUR|pound|sterling"),
    m("deal_value", 600e6, "GBP", "Tesco Bank|Barclays"),
    m("employees_added|staff", 2800, "staff", "Tesco Bank|Barclays"),
    m("price_change", -0.61, "%", "Barclays"),
    m("revenue_growth", -30, "%", "Bellway"),
    m("revenue", 1.25e9, "GBP", "Bellway"),
], [])

# ---------------------------------------------------------------- en14 China Q1 GDP and March activity data (2021 stated)
CN = "China"
G["en14"] = ([
    m("gdp_growth|gdp_growth_yoy", 18.3, "%", CN, "2021Q1", prior=6.5),
    m("gdp_growth_consensus|gdp_growth_estimate", 19.0, "%", CN, "2021Q1"),
    m("gdp_growth|gdp_growth_yoy", 6.5, "%", CN, "2020Q4", opt=True),    # earlier quarter, also the prior above
    m("industrial_production_growth|industrial_output_growth", 14.1, "%", CN, "2021-03", prior=35.1),
    m("industrial_production_growth_consensus|industrial_output_growth_estimate", 17.2, "%", CN, "2021-03"),
    m("industrial_production_growth|industrial_output_growth", 35.1, "%", CN, "2021-02", opt=True),
    m("retail_sales_growth", 34.2, "%", CN, "2021-03", prior=33.8),
    m("retail_sales_growth_consensus|retail_sales_growth_estimate", 28.0, "%", CN, "2021-03"),
    m("retail_sales_growth", 33.8, "%", CN, "2021-02", opt=True),
    m("fixed_asset_investment_growth|fai_growth", 25.8, "%", CN, prior=35.0),
    m("fixed_asset_investment_growth_consensus|fai_growth_estimate", 25.0, "%", CN),
    m("fixed_asset_investment_growth|fai_growth", 35.0, "%", CN, opt=True),
    m("unemployment_rate|jobless_rate", 5.3, "%", CN, "2021-03", prior=5.5),
    m("unemployment_rate|jobless_rate", 5.5, "%", CN, "2021-02", opt=True),
], [])

# ---------------------------------------------------------------- en15 Geely annual results (Bloomberg; no year stated for the results)
GE = "Geely Automobile Holdings|Geely Automobile|Geely"
GH = "Zhejiang Geely Holding Group|Geely's parent|Manganese Bronze|Manganese Bronze Holdings"
G["en15"] = ([
    m("exports_growth", 100, "%", GE, opt=True),                           # headline "Exports Double"
    m("exports_growth", 100, "%", GE, opt=True),         # "more than doubled"
    m("net_profit|net_income", 2.04e9, "CNY", GE),
    m("net_profit_growth|net_income_growth", 32, "%", GE),
    m("net_profit|net_income", 328e6, "USD", GE, opt=True),                # conversion in brackets
    m("eps", 0.26, "CNY", GE),
    m("net_profit_consensus|net_income_estimate", 1.86e9, "CNY", GE),
    m("analyst_count", 23, "analysts", GE, opt=True),
    m("overseas_sales_share_target", 50, "%", GE, "2015"),   # "at least half ... by 2015"
    m("intraday_change|price_change", 4.3, "%", GE, opt=True),             # "as much as"
    m("price_change", 3.8, "%", GE),
    m("price", 3.85, "HKD", GE, opt=True),
    m("index_change", 0.6, "%", "Hang Seng Index|Hang Seng|HSI"),
    m("revenue_growth", 17, "%", GE),
    m("revenue", 24.6e9, "CNY", GE),
    m("revenue_consensus|revenue_estimate", 24.4e9, "CNY", GE),
    m("analyst_count", 30, "analysts", GE, opt=True),
    m("guidance_vehicle_sales_growth|guidance_sales_growth", 16, "%", GE),
    m("guidance_vehicle_sales|guidance_sales_volume", 560000, "units", GE),
    m("investment|investment_commitment", 100e6, "GBP", GH),
    m("investment|investment_commitment", 151e6, "USD", GH, opt=True),     # conversion in brackets
], [])

# ---------------------------------------------------------------- en16 Asia close (Baystreet, no year)
def idx3(ent, pts, pct, lvl):
    return [m("index_change", pts, "points", ent), m("index_change", pct, "%", ent), m("index_level", lvl, "points", ent)]
G["en16"] = (
    idx3("Nikkei|Nikkei 225", -594.66, -1.5, 40168.07) + [
    m("fx_rate", 151.41, "JPY", "USD/JPY|yen|Japanese yen"),
    m("fx_rate", 151.97, "JPY", "USD/JPY|yen|Japanese yen"),             # previous day's 34-year low, own clause
    m("price_change", 0.7, "%", "Rio Tinto"),
    m("price_change", 1.4, "%", "BHP Group|BHP"),
    ] + idx3("Hang Seng Index|Hang Seng|HSI", 148.58, 0.9, 16541.42)
    + idx3("CSI 300|CSI300", 18.17, 0.5, 3520.96)
    + idx3("Kospi|KOSPI", -9.29, -0.3, 2745.82)
    + idx3("Taiex|TAIEX", -53.57, -0.3, 20146.55)
    + idx3("Straits Times Index|STI", -27.7, -0.9, 3224.01)
    + idx3("NZX 50", 94.63, 0.8, 12105.29)
    + idx3("ASX 200|S&P/ASX 200", 77.25, 1, 7896.86),
    [])
