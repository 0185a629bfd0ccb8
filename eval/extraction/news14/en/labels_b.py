# Hand-written gold labels for news14/en en09-en16 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4/en/README.md (hedges/bounds keep the
# stated number as the value), and the news4-news13 labels.

# ---------------------------------------------------------------- en09 US close with yields, gold, ISM manufacturing, Kraft Heinz (MT Newswires, 09/02/2025)
# Market levels and moves carry no period; the ISM index takes its year from the printed dateline (2025-08, prior
# July's 48). The gold session peak is an intraday extreme (optional); the breakeven level of 50 is a threshold
# (optional). "sixth month in a row" is a duration (not labelled).
NQ = "Nasdaq Composite|Nasdaq"
SP = "S&P 500"
DJ = "Dow Jones Industrial Average|Dow|DJIA"
VIX = "CBOE Volatility Index|VIX"
T10 = "10-year Treasury|US 10-year Treasury|10-year yield"
T2 = "two-year Treasury|US 2-year Treasury|two-year yield|two-year rate"
GOLD = "gold|gold futures"
ISM = "ISM manufacturing index|Institute for Supply Management US manufacturing index|US manufacturing|US"
KHC = "Kraft Heinz|KHC"
WTI = "WTI|West Texas Intermediate|West Texas Intermediate crude oil futures|US crude"
G["en09"] = ([
    m("index_change", -0.9, "%", NQ), m("index_level", 21256.1, "points", NQ),
    m("index_change", -0.8, "%", SP), m("index_level", 6407.3, "points", SP),
    m("index_change", -0.7, "%", DJ), m("index_level", 45246.5, "points", DJ),
    m("index_change", 9.6, "%", VIX), m("index_level", 17.67, "points", VIX),
    m("yield_change|bond_yield_change", 4.9, "bp", T10), m("bond_yield|yield", 4.28, "%", T10),
    m("yield_change|bond_yield_change", 2.6, "bp", T2), m("bond_yield|yield", 3.65, "%", T2),
    m("price_change", 2.5, "%", GOLD), m("price|gold_price", 3599.9, "USD", GOLD),
    m("price|gold_price|intraday_high", 3600.30, "USD", GOLD, opt=True),            # session peak
    m("pmi|manufacturing_pmi|ism_manufacturing_index", 48.7, "points", ISM, "2025-08", prior=48),
    m("pmi_consensus|pmi_estimate|ism_manufacturing_consensus", 49, "points", ISM, "2025-08"),
    m("pmi_threshold|breakeven_level", 50, "points", ISM, opt=True),
    m("price_change", -7.4, "%", KHC),
    m("price_change", 2.5, "%", WTI), m("price|oil_price", 65.63, "USD", WTI),
], [])

# ---------------------------------------------------------------- en10 Bank of Ghana hikes 100 bp to 14.5% (Bloomberg via BusinessDay; no year for the decision)
# No year is tied to the decision or to October's inflation ("since last year", "November 2015" only) -> no periods.
# The 250 bp of easing since last year is a cumulative move (key, negative). "as much as a percentage point" is what
# no economist expected (optional, 1 pp). Economist counts are optional; "stay where it was" is a written-out
# no-change forecast (optional 0 bp). "15-month high" is a duration (not labelled).
BOG = "Bank of Ghana|Ghana|Ghana's central bank"
G["en10"] = ([
    m("rate_change|policy_rate_change", 100, "bp", BOG),
    m("policy_rate|interest_rate|benchmark_rate", 14.5, "%", BOG),
    m("rate_change_consensus|rate_change_forecast", 0, "bp", BOG, opt=True),        # median forecast: unchanged
    m("analyst_count", 9, "economists", BOG, opt=True),
    m("analyst_count", 2, "economists", BOG, opt=True),                              # two predicted a hike
    m("rate_change_forecast|rate_change", 1, "pp", BOG, opt=True),                   # a percentage point (not expected)
    m("rate_change|cumulative_rate_cut|cumulative_easing", -250, "bp", BOG),
    m("inflation|cpi_yoy|inflation_rate", 11, "%", "Ghana"),
    m("inflation_target|inflation_target_band", None, "%", BOG, rng=(6, 10)),
], [])

# ---------------------------------------------------------------- en11 Raymond James upgrades JP Morgan to Strong Buy (Benzinga, 2013)
# The target lives in the rating action; the implied upside is key. The analyst's EPS estimates are "from X to Y"
# revisions (prior) for the stated years 2013 and 2014; the consensus is written FY13 / FY14 -> FY2013 / FY2014
# (as news3 reads "FY09-11"). The share price in a rating passage is optional; the move ("nearly 2.7 percent",
# the hedge keeps the number) is key.
JPM = "JP Morgan|JPMorgan|JPMorgan Chase|JPM"
G["en11"] = ([
    m("implied_upside|upside", 20, "%", JPM),
    m("eps_estimate|eps_forecast", 5.75, "USD", JPM, "2013", prior=5.60),
    m("eps_estimate|eps_forecast", 6.00, "USD", JPM, "2014", prior=5.75),
    m("eps_consensus|eps_estimate", 5.73, "USD", JPM, "FY2013"),
    m("eps_consensus|eps_estimate", 5.97, "USD", JPM, "FY2014"),
    m("price_change", 2.7, "%", JPM),
    m("price", 53.50, "USD", JPM, opt=True),
], [
    ra("Raymond James", JPM, "upgrade", "strong buy", "outperform", target=64, prior_target=55, cur="USD"),
])

# ---------------------------------------------------------------- en12 Hong Kong close (Xinhua via China.org.cn / chinagate, July 21, 2015)
# The headline's "0.04 pct lower" contradicts the body's +0.52 percent; both are labelled as printed (the source's own
# error; the headline as a key row, as news10 en14 keeps a headline figure that differs from the body). Odd spacing
# ("25, 634.32", "0. 83", "228. 4") is read as the number. The day's range is an intraday extreme (optional range);
# the USD conversion of turnover is optional. Stock moves and price levels in a market wrap are key; no periods.
HSI = "Hang Seng Index|HSI|Hang Seng|Hong Kong stocks"
HSC = "Hang Seng China Enterprises Index|HSCEI|China Enterprises Index"
HS = "HSBC|HSBC Holdings"
HSB = "Hang Seng Bank"
HKX = "HKEX|Hong Kong Exchanges and Clearing|Hong Kong Exchanges"
HLP = "Hang Lung Properties|Hang Lung"
HL = "Henderson Land|Henderson Land Development"
CK = "Cheung Kong Holding|Cheung Kong|Cheung Kong Holdings"
G["en12"] = ([
    m("index_change", -0.04, "%", HSI),                                              # headline (as printed)
    m("index_change", 131.62, "points", HSI), m("index_change", 0.52, "%", HSI),
    m("index_level|index_close", 25536.43, "points", HSI),
    m("index_range|intraday_range", None, "points", HSI, rng=(25342.69, 25634.32), opt=True),
    m("turnover|market_turnover", 80.84e9, "HKD", HSI),
    m("turnover|market_turnover", 10.43e9, "USD", HSI, opt=True),                   # bracketed conversion
    m("index_change", 97.62, "points", HSC), m("index_change", 0.83, "%", HSC),
    m("index_level|index_close", 11871.54, "points", HSC),
    m("index_change", 1.04, "%", "Commerce and Industry sub-index|Commerce and Industry"),
    m("index_change", 0.36, "%", "Finance sub-index|Finance"),
    m("index_change", -0.38, "%", "Properties sub-index|Properties"),
    m("index_change", -0.17, "%", "Utilities sub-index|Utilities"),
    m("price_change", 0.07, "%", HS), m("price|close_price", 70.85, "HKD", HS),
    m("price_change", 0.71, "%", HSB), m("price|close_price", 155.6, "HKD", HSB),
    m("price_change", -1.21, "%", HKX), m("price|close_price", 228.4, "HKD", HKX),
    m("price_change", 0.22, "%", HLP), m("price|close_price", 22.55, "HKD", HLP),
    m("price_change", -0.56, "%", HL), m("price|close_price", 52.85, "HKD", HL),
    m("price_change", 0.35, "%", CK), m("price|close_price", 115.4, "HKD", CK),
], [])

# ---------------------------------------------------------------- en13 Five downgrades of note (Investing.com via budrigannews, 2022-09-20)
# Five rating changes with both targets -> "downgrade" with target and prior target. The Nike rationale's growth
# ambitions are written in words ("high single digits to low double digits", "mid-to-high teens") and the list
# markers (1)-(3) are not figures -> not labelled. Q1 (Sep) / Q2 (Dec) carry no numbers. "Equalweight" is
# normalised to equal-weight. Tickers were stripped in the source ("(NYSE:)") and are kept so.
G["en13"] = ([], [
    ra("BofA Securities|BofA|Bank of America", "Weyerhaeuser|WY", "downgrade", "neutral", "buy", target=34.00, prior_target=38.00, cur="USD"),
    ra("Deutsche Bank", "Western Digital Corp.|Western Digital|WDC", "downgrade", "hold", "buy", target=40.00, prior_target=56.00, cur="USD"),
    ra("Barclays", "Nike|NKE", "downgrade", "equal-weight", "overweight", target=110.00, prior_target=125.00, cur="USD"),
    ra("BofA Securities|BofA|Bank of America", "Louisiana-Pacific Corp|Louisiana-Pacific Corporation|Louisiana-Pacific|LPX", "downgrade", "underperform", "neutral", target=56.00, prior_target=64.00, cur="USD"),
    ra("Susquehanna", "PayPal|PayPal Holdings Inc|PayPal Holdings|PYPL", "downgrade", "neutral", "positive", target=100.00, prior_target=115.00, cur="USD"),
])

# ---------------------------------------------------------------- en14 London close during the Trump-Putin summit (PA via The Courier, no year in text)
# Market wrap: no periods. Pence are scaled to GBP (41p -> 0.41 GBP). Brent's "as much as 3.75% to 72.002" is an
# intraday extreme (optional, with its level); the quoted "Down 3%" is Brent's move (key); "the wrong side of 73 per
# barrel" is a bound with no currency written (optional, USD from the sentence before). BHP's fallers-list repeat is
# optional. "flat" for the pound is a written-out zero move (optional). "next three days" is a duration.
BR = "Brent|Brent crude"
FT = "FTSE 100|FTSE|Footsie"
BHP = "BHP Billiton|BHP"
G["en14"] = ([
    m("price_change", -3.75, "%", BR, opt=True),                                    # as much as, intraday
    m("price|oil_price", 72.002, "USD", BR, opt=True),
    m("price_change", -2.3, "%", "BP"),
    m("price_change", -2.1, "%", "Shell|Royal Dutch Shell"),
    m("price_change", -2.48, "%", BHP), m("price_change", -0.41, "GBP", BHP), m("price|close_price", 16.092, "GBP", BHP),
    m("index_change", -0.8, "%", FT), m("index_change", -61.42, "points", FT),
    m("index_level|index_close", 7600.45, "points", FT),
    m("price_change", -3, "%", BR),
    m("price|oil_price", 73, "USD", BR, opt=True),                                  # the wrong side of 73
    m("index_change", -0.36, "%", "Cac 40|CAC 40|CAC"),
    m("index_change", 0.16, "%", "Dax|DAX"),
    m("fx_change|currency_change", 0, "%", "GBP/USD|pound|sterling", opt=True),     # flat
    m("fx_change|currency_change", 0, "%", "GBP/EUR|pound|sterling", opt=True),     # flat
    m("price_change", 0.25, "GBP", "Ocado"), m("price|close_price", 10.545, "GBP", "Ocado"),
    m("price_change", 0.061, "GBP", "DS Smith"), m("price|close_price", 4.96, "GBP", "DS Smith"),
    m("price_change", 0.27, "GBP", "CRH"), m("price|close_price", 27.18, "GBP", "CRH"),
    m("price_change", 0.0184, "GBP", "Barclays"), m("price|close_price", 1.9152, "GBP", "Barclays"),
    m("price_change", -0.37, "GBP", "Micro Focus International|Micro Focus"),
    m("price|close_price", 12.415, "GBP", "Micro Focus International|Micro Focus"),
    m("price_change", -0.41, "GBP", BHP, opt=True), m("price|close_price", 16.092, "GBP", BHP, opt=True),   # repeat
    m("price_change", -0.46, "GBP", "Severn Trent"), m("price|close_price", 18.95, "GBP", "Severn Trent"),
    m("price_change", -0.133, "GBP", "BP"), m("price|close_price", 5.575, "GBP", "BP"),
], [])

# ---------------------------------------------------------------- en15 China October activity data (Caixin Global; year only in the address)
# The text states no year -> no periods. Every earlier reading sits in the same sentence as "up from / lower than /
# easing from / faster than" -> prior (as the news4-news13 labels treat same-sentence comparisons). All growth rates
# are year-on-year (basis "yoy"). "10 months", "nine months", "March 2014" are spans/dates (not labelled).
CN = "China|Chinese economy"
Y = "yoy"
G["en15"] = ([
    m("fixed_asset_investment_growth|fai_growth", 5.7, "%", CN, prior=5.4, basis=Y),
    m("infrastructure_investment_growth", 3.7, "%", CN, prior=3.3, basis=Y),
    m("property_investment_growth|real_estate_investment_growth", 9.7, "%", CN, prior=9.9, basis=Y),
    m("retail_sales_growth|retail_sales_value_growth", 8.6, "%", CN, prior=9.2, basis=Y),
    m("industrial_production_growth|industrial_value_added_growth|industrial_output_growth", 5.9, "%", CN, prior=5.8, basis=Y),
], [])

# ---------------------------------------------------------------- en16 BYD hits record highs; HSBC target raise, UOB Kay Hian upgrade (Reuters via Tiger Brokers; no year for the day)
# A stock-mover brief: the moves and the record-high levels are the news -> key (as market-wrap movers, not as the
# incidental price of a rating note). HSBC raises two targets (Hong Kong H shares in HKD, Shenzhen A shares in CNY)
# with the rating kept -> two raise_target actions, one per listing. UOB Kay Hian's upgrade has no target. "In 2023"
# dates a land purchase ("two plots" carries no financial value) -> not labelled. Stock codes are not labelled.
BYDH = "BYD|BYD Co|BYD Company|1211.HK"
BYDA = "BYD|BYD Co|BYD Company|002594.SZ"
G["en16"] = ([
    m("price_change", 8.1, "%", BYDH), m("price|record_high|close_price", 366.4, "HKD", BYDH),
    m("price_change", 5.4, "%", BYDA), m("price|record_high|close_price", 359.6, "CNY", BYDA),
    m("index_change", 3.1, "%", "Hang Seng Tech Index|HSTECH|Hang Seng TECH"),
    m("index_change", 2.2, "%", "Hang Seng Index|HSI|Hang Seng"),
], [
    ra("HSBC", BYDH, "raise_target", "buy", None, target=389, prior_target=355, cur="HKD"),
    ra("HSBC", BYDA, "raise_target", "buy", None, target=369, prior_target=337, cur="CNY"),
    ra("UOB Kay Hian|UOBKH", "BYD|BYD Co|BYD Company", "upgrade", "buy", "hold"),
])
