# Hand-written labels for news6/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 American Airlines record third quarter (AP via Newsday, about 2014)
# No year in the text ("third quarter", "last December") -> no periods. The headline's Southwest 27 percent is the
# profit rise of the wider article (key, as a headline figure). The year-ago $505 million is its own row.
E = "American Airlines|American Airlines Group|American Airlines Group Inc.|American"
G["en01"] = ([
    m("net_income_growth|net_profit_growth|profit_growth", 27, "%", "Southwest|Southwest Airlines"),
    m("net_income|net_profit", 942e6, "USD", E),
    m("net_income_growth|net_profit_growth", 87, "%", E),
    m("net_income|net_profit", 505e6, "USD", E + "|US Airways"),          # a year earlier, combined
    m("adjusted_net_income|net_income|adjusted_profit", 1.2e9, "USD", E, basis="excluding special items"),
    m("eps|adjusted_eps", 1.66, "USD", E, basis="excluding special items"),
    m("eps_consensus|eps_estimate", 1.63, "USD", E),
    m("revenue_growth", 4.4, "%", E),
    m("revenue", 11.14e9, "USD", E),
    m("load_factor", 83.9, "%", E, prior=85.6),
], [])

# ---------------------------------------------------------------- en02 BHP first-half result, dividend and shareholder returns (The West Australian, 2019)
# "first-half" / "December half" carry no stated year for the result (December 2018 and January 2019 date the buy-back
# and special dividend, not the reporting period) -> no periods. The since-2016 cumulative figures are incidental
# history (optional). The repeat of the 55-cent dividend in the CEO's words is optional.
E = "BHP|BHP Billiton"
G["en02"] = ([
    m("underlying_profit_growth|net_profit_growth|profit_growth", -8, "%", E, basis="underlying"),
    m("underlying_profit|net_profit|underlying_net_profit", 3.7e9, "USD", E, basis="underlying"),
    m("underlying_profit_consensus|net_profit_consensus|profit_estimate", None, "USD", E, rng=(3.93e9, 4.81e9), basis="underlying"),
    m("revenue_growth", 1, "%", E),
    m("revenue", 20.7e9, "USD", E),
    m("dividend_per_share|interim_dividend|dps", 0.55, "USD", E),
    m("shareholder_returns|total_returns", 13.2e9, "USD", E),
    m("asset_sale_proceeds|proceeds", 10.4e9, "USD", E, basis="net"),
    m("buyback|share_buyback|buyback_size", 5.2e9, "USD", E),
    m("special_dividend|dividend", 5.2e9, "USD", E),
    m("dividend_per_share|interim_dividend|dps", 0.55, "USD", E, opt=True),   # repeat in the CEO's words
    m("dividend_payout_ratio|payout_ratio", 75, "%", E),
    m("debt_change|net_debt_change|debt_reduction", -16e9, "USD", E, opt=True),   # cut debt by
    m("reinvestment|capex", 20e9, "USD", E, opt=True),
    m("shareholder_returns|total_returns", 25e9, "USD", E, opt=True),   # more than, since 2016
], [])

# ---------------------------------------------------------------- en03 RSA Insurance 2017 preliminary results and dividend (Sharecast, 2018)
# "preliminary results for 2017" -> period 2017. Pence scaled to GBP. Regional combined ratios are metrics of RSA with
# the region as an alternative entity. The headline 23% and the body's "up 23%" are the same figure: one key, one optional.
E = "RSA Insurance|RSA|RSA Insurance Group"
Y = "2017"
G["en03"] = ([
    m("dividend_growth|total_dividend_growth", 23, "%", E, Y),
    m("underlying_pre_tax_profit_growth|pre_tax_profit_growth|pretax_profit_growth", 12, "%", E, Y, basis="underlying"),
    m("underlying_pre_tax_profit|pre_tax_profit|pretax_profit", 620e6, "GBP", E, Y, basis="underlying"),
    m("operating_profit_growth", 1, "%", E, Y),
    m("operating_profit", 663e6, "GBP", E, Y),
    m("underwriting_profit_growth", 4, "%", E, Y),
    m("underwriting_profit", 394e6, "GBP", E, Y),
    m("combined_ratio|combined_operating_ratio", 94, "%", E, Y, prior=94.2),
    m("combined_ratio|scandinavia_combined_ratio", 82.9, "%", E + "|Scandinavia", Y),
    m("combined_ratio|canada_combined_ratio", 93.9, "%", E + "|Canada", Y),
    m("combined_ratio|middle_east_combined_ratio", 87.7, "%", E + "|Middle East", Y),
    m("combined_ratio|ireland_combined_ratio", 97, "%", E + "|Ireland", Y),
    m("eps_growth|underlying_eps_growth", 10, "%", E, Y, basis="underlying"),
    m("eps|underlying_eps", 0.435, "GBP", E, Y, basis="underlying"),
    m("final_dividend|dividend_per_share|dps", 0.13, "GBP", E, Y),
    m("total_dividend|dividend_per_share|dps", 0.196, "GBP", E, Y),
    m("dividend_growth|total_dividend_growth", 23, "%", E, Y, opt=True),   # repeat of the headline
], [])

# ---------------------------------------------------------------- en04 Ajanta Pharma Q3FY20 results, shares surge (Business Standard, 2020)
# Indian fiscal: Q3FY20 = FY2020Q3 (quarter ended December 31, 2019); nine months FY2020 = FY2020Q1-Q3. Crore = 1e7.
# "X against Y in the year-ago period" gives Y as prior; the year-ago quarterly profit in its own sentence is its own row.
E = "Ajanta Pharma|Ajanta Pharma Ltd|Ajanta"
Q, Q0, N, N0 = "FY2020Q3", "FY2019Q3", "FY2020Q1-Q3", "FY2019Q1-Q3"
SX = "S&P BSE Sensex|Sensex|BSE Sensex"
G["en04"] = ([
    m("price_change", 11, "%", E),
    m("net_profit_growth|net_income_growth", 61, "%", E, Q),
    m("net_profit|net_income", 1.08e9, "INR", E, Q),
    m("net_profit|net_income", 0.67e9, "INR", E, Q0),
    m("revenue|revenue_from_operations", 6.51e9, "INR", E, Q),
    m("revenue_growth", 34, "%", E, Q),
    m("ebitda_growth", 73, "%", E, Q),
    m("ebitda", 1.86e9, "INR", E, Q),
    m("revenue|revenue_from_operations", 19.06e9, "INR", E, N, prior=15.40e9),
    m("revenue_growth", 24, "%", E, N),
    m("ebitda", 5.40e9, "INR", E, N, prior=4.31e9),
    m("ebitda_growth", 25, "%", E, N),
    m("net_profit|net_income|pat", 3.39e9, "INR", E, N, prior=2.98e9),
    m("net_profit_growth|net_income_growth", 14, "%", E, N),
    m("india_sales_growth|segment_revenue_growth", 12, "%", E, Q),
    m("india_sales|segment_revenue", 1.95e9, "INR", E, Q),
    m("rd_expenses|r&d_expenses", 0.35e9, "INR", E, Q),
    m("rd_to_revenue|rd_share_of_revenue", 5, "%", E, Q),
    m("rd_expenses|r&d_expenses", 1.14e9, "INR", E, N),
    m("rd_expenses|r&d_expenses", 1.36e9, "INR", E, N0),
    m("rd_to_revenue|rd_share_of_revenue", 6, "%", E, N),
    m("eps", 12.32, "INR", E, Q, prior=7.60, basis="basic"),
    m("price_change", 7.55, "%", E),
    m("price", 1285, "INR", E, opt=True),
    m("index_change", 38, "points", SX),
    m("index_change", 0.09, "%", SX),
    m("index_level", 41181, "points", SX),
], [])

# ---------------------------------------------------------------- en05 Morgan Stanley and Bank of America upgrade Tesla, Bernstein downgrades (One News Page, 2020)
# Implied upside/downside of a broker target is key (as news5); the intraday "as much as 4%" is optional (news3);
# "more than tripling in 2020" is an incidental year-to-date move written as a word (optional, 3 x).
E = "Tesla|Tesla Inc|TSLA"
G["en05"] = ([
    m("implied_downside|implied_upside|upside", -16, "%", E),
    m("implied_upside|upside", 8, "%", E),
    m("price_change", 4, "%", E, opt=True),
    m("price_change_ytd|price_change", 3, "x", E, "2020", opt=True),
], [
    ra("Morgan Stanley", E, "upgrade", "equal-weight", "underweight", target=1360, prior_target=1050, cur="USD"),
    ra("Bank of America|BofA", E, "upgrade", "neutral", "underperform", target=1750, prior_target=800, cur="USD"),
    ra("Bernstein", E, "downgrade", "underperform", "market perform"),
])

# ---------------------------------------------------------------- en06 Morgan Stanley upgrades Jefferies Financial Group (DeepStreet, about 2024)
# One rating action (the takeaways restate it). The implied 24% upside is key once (headline), its repeats optional.
# Current price, 52-week high/low, volumes, the daily move and technical indicators are incidental (optional).
E = "Jefferies Financial Group|Jefferies Financial Group Inc.|Jefferies Financial|Jefferies|JEF"
G["en06"] = ([
    m("implied_upside|upside", 24, "%", E),
    m("implied_upside|upside", 24, "%", E, opt=True),
    m("implied_upside|upside", 24, "%", E, opt=True),
    m("price|close_price", 78.09, "USD", E, opt=True),
    m("price_high|annual_high|52_week_high", 80.53, "USD", E, opt=True),
    m("price_low|annual_low|52_week_low", 36.25, "USD", E, opt=True),
    m("trading_volume|volume", 309e6, "shares", E, opt=True),
    m("average_daily_volume|volume", 1.23e6, "shares", E, opt=True),
    m("price_change", 0.32, "%", E, opt=True),
    m("sma_20|moving_average", 76.779, "USD", E, opt=True),
    m("rsi", 77.58, "points", E, opt=True),
], [
    ra("Morgan Stanley", E, "upgrade", "overweight", "equal-weight", target=97, prior_target=67, cur="USD"),
])

# ---------------------------------------------------------------- en07 Shire rejects three Takeda proposals (Alliance News via SharePrices.com, 2018)
# M&A entities "target|acquirer"; Shire's market value and share price belong to Shire alone. The latest proposal
# (GBP46.50) is key once; its restatement as "a third of GBP46.50" is optional. "around half" of the enlarged
# Takeda is 50 %. Counts of proposals are incidental (optional). Pence scaled to GBP; the share price is optional
# (as news4 en04), its move key.
D = "Shire|Shire PLC|Takeda|Takeda Pharmaceutical|Takeda Pharmaceutical Co Ltd"
S = "Shire|Shire PLC"
G["en07"] = ([
    m("proposal_count|offer_count", 3, "proposals", D, opt=True),      # headline
    m("proposal_count|offer_count", 3, "proposals", D, opt=True),
    m("offer_price|offer_value_per_share", 46.50, "GBP", D),
    m("cash_component|cash_per_share|offer_cash_component", 17.75, "GBP", D),
    m("market_cap|market_capitalisation", 35.54e9, "GBP", S),
    m("deal_value|offer_value|valuation", 42.41e9, "GBP", D),
    m("offer_price|offer_value_per_share", 44.00, "GBP", D),
    m("pro_forma_ownership|shareholder_ownership|ownership_stake", 50, "%", D),
    m("offer_price|offer_value_per_share", 45.50, "GBP", D),
    m("offer_price|offer_value_per_share", 46.50, "GBP", D, opt=True),
    m("price_change", 5.0, "%", S),
    m("price|close_price", 39.43, "GBP", S, opt=True),
], [])

# ---------------------------------------------------------------- en08 London broker recommendations list (Alliance News via MarketScreener, 2023)
# "X (Y)" gives the new value X and the old value Y. Targets in pence scaled to GBP. A target raised/cut with a rating
# in quotes and no rating change is raise_target/cut_target with that rating; "raises Next to 'buy' (hold)" is an
# upgrade; "starts ... with" is initiate. The headline restates the Next upgrade (one action). No metrics.
G["en08"] = ([], [
    ra("SocGen|Societe Generale", "Next|Next plc", "upgrade", "buy", "hold", target=82.39, prior_target=70.34, cur="GBP"),
    ra("Berenberg", "JD Sports Fashion|JD Sports", "raise_target", "buy", target=2.25, prior_target=2.10, cur="GBP"),
    ra("UBS", "Whitbread", "raise_target", "buy", target=44.80, prior_target=42.00, cur="GBP"),
    ra("UBS", "Relx|RELX", "raise_target", "buy", target=30.10, prior_target=29.00, cur="GBP"),
    ra("Deutsche Bank", "Weir|Weir Group", "raise_target", "hold", target=21.65, prior_target=21.00, cur="GBP"),
    ra("JPMorgan|JP Morgan", "Spirax-Sarco|Spirax-Sarco Engineering", "raise_target", "overweight", target=115.00, prior_target=113.00, cur="GBP"),
    ra("Deutsche Bank", "Diageo", "raise_target", "sell", target=29.50, prior_target=29.20, cur="GBP"),
    ra("Goldman Sachs", "London Stock Exchange|London Stock Exchange Group|LSEG", "cut_target", "buy", target=111.00, prior_target=112.50, cur="GBP"),
    ra("JPMorgan|JP Morgan", "Beazley", "cut_target", "overweight", target=7.80, prior_target=8.00, cur="GBP"),
    ra("Berenberg", "Currys", "raise_target", "hold", target=0.62, prior_target=0.58, cur="GBP"),
    ra("RBC|RBC Capital Markets", "CMC Markets", "cut_target", "outperform", target=1.40, prior_target=2.50, cur="GBP"),
    ra("Goldman Sachs", "Babcock International|Babcock", "raise_target", "neutral", target=3.90, prior_target=3.60, cur="GBP"),
    ra("Goldman Sachs", "Man Group", "raise_target", "buy", target=2.95, prior_target=2.90, cur="GBP"),
    ra("Jefferies", "Computacenter", "raise_target", "buy", target=33.00, prior_target=27.00, cur="GBP"),
    ra("Deutsche Bank", "Playtech", "raise_target", "buy", target=7.34, prior_target=6.97, cur="GBP"),
    ra("Deutsche Bank", "Britvic", "raise_target", "hold", target=8.70, prior_target=8.65, cur="GBP"),
    ra("Stifel", "Watches of Switzerland|Watches of Switzerland Group", "initiate", "hold", target=6.80, cur="GBP"),
    ra("RBC|RBC Capital Markets", "Johnson Service Group", "raise_target", "sector perform", target=1.40, prior_target=1.25, cur="GBP"),
    ra("Jefferies", "Foresight Sustainable Forestry|Foresight Sustainable Forestry Company", "initiate", "hold"),
])
