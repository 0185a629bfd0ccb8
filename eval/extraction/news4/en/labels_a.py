# Hand-written labels for news4/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 Qualcomm fiscal Q3 results, 2013 outlook raise (Reuters, 2013)
E = "Qualcomm|Qualcomm Inc"
G["en01"] = ([
    m("revenue", 6.24e9, "USD", E, "FY2013Q3"),
    m("net_income|net_profit", 1.58e9, "USD", E, "FY2013Q3"),
    m("eps", 0.90, "USD", E, "FY2013Q3"),
    m("guidance_revenue|revenue_guidance", None, "USD", E, "FY2013Q4", rng=(5.9e9, 6.6e9)),
    m("revenue_consensus|revenue_estimate", 6.055e9, "USD", E, "FY2013Q3"),
    m("revenue_consensus|revenue_estimate", 6.293e9, "USD", E, "FY2013Q4"),
    m("eps", 1.03, "USD", E, "FY2013Q3", basis="non-GAAP"),
    m("guidance_eps|eps_guidance", None, "USD", E, "2013", rng=(4.48, 4.56), prng=(4.40, 4.55), basis="non-GAAP"),
    m("price_change", 1.66, "%", E),                                   # rose in extended trade
    m("price_change", -1.46, "%", E, opt=True),                        # regular-session close move
    m("price|close_price", 61.39, "USD", E, opt=True),
], [])

# ---------------------------------------------------------------- en02 Cisco fiscal Q4 results and outlook, $ with EUR conversions (Irish Times, 2007)
# Period: the text ties the full-year forecast to "fiscal 2008", so the new year's quarter/year are FY2008Q1/FY2008
# and the quarter just reported is FY2007Q4.
E = "Cisco|Cisco Systems|Cisco Systems Inc"
Q = "FY2007Q4"
G["en02"] = ([
    m("price_change", 5, "%", E, opt=True),                            # rounded repeat of the 5.8% after-hours move
    m("net_income|net_profit", 1.9e9, "USD", E, Q, prior=1.5e9),
    m("net_income|net_profit", 1.38e9, "EUR", E, Q, prior=1.09e9, opt=True),
    m("eps", 0.31, "USD", E, Q, prior=0.25),
    m("eps", 0.36, "USD", E, Q, basis="excluding items"),
    m("eps_surprise|eps_vs_consensus", 0.01, "USD", E, Q, basis="excluding items"),   # a penny ahead of the estimate
    m("price_change", 5.8, "%", E),                                    # after-hours
    m("price", 31.40, "USD", E, opt=True),
    m("price", 22.84, "EUR", E, opt=True),
    m("close_price|price", 29.69, "USD", E, opt=True),
    m("close_price|price", 21.60, "EUR", E, opt=True),
    m("price_change", 70, "%", E, opt=True),         # more than 70 per cent from a year earlier
    m("revenue_growth", 18, "%", E, Q),
    m("revenue", 9.4e9, "USD", E, Q),
    m("revenue", 6.84e9, "EUR", E, Q, opt=True),
    m("revenue_consensus|revenue_estimate", 9.275e9, "USD", E, Q),
    m("revenue_consensus|revenue_estimate", 6.74e9, "EUR", E, Q, opt=True),
    m("guidance_revenue_growth|revenue_growth_guidance", None, "%", E, Q, rng=(15, 16)),   # Chambers' May estimate
    m("guidance_revenue_growth|revenue_growth_guidance", 16, "%", E, "FY2008Q1"),          # about 16 per cent
    m("guidance_revenue|revenue_guidance", None, "USD", E, "FY2008Q1", rng=(9.45e9, 9.55e9)),
    m("guidance_revenue|revenue_guidance", None, "EUR", E, "FY2008Q1", rng=(6.87e9, 6.94e9), opt=True),
    m("guidance_revenue_growth|revenue_growth_guidance", None, "%", E, "FY2008", rng=(13, 16)),
    m("revenue_consensus|revenue_estimate", 39.7e9, "USD", E, "FY2008"),
    m("revenue_consensus|revenue_estimate", 29.88e9, "EUR", E, "FY2008", opt=True),
    m("revenue_growth_consensus|revenue_growth_estimate", 13.6, "%", E, "FY2008"),
    m("long_term_revenue_growth_target|revenue_growth_target", None, "%", E, rng=(12, 17), prng=(10, 15)),
    m("routing_revenue_growth|segment_revenue_growth", 14, "%", E, Q),
    m("switching_revenue_growth|segment_revenue_growth", 18, "%", E, Q),
], [])

# ---------------------------------------------------------------- en03 US analyst upgrades/downgrades roundup, first three calls (24/7 Wall St., 2020)
AEP = "American Electric Power|American Electric Power Co. Inc.|AEP"
CF = "CF Industries|CF Industries Holdings Inc.|CF"
CZZ = "Cosan|Cosan Ltd.|CZZ"
G["en03"] = ([
    m("price_range_52w|price_range", None, "USD", AEP, rng=(65.14, 104.87), opt=True),
    m("consensus_target_price|target_price", 96.94, "USD", AEP),
    m("price|close_price", 82.49, "USD", AEP, opt=True),
    m("consensus_target_price|target_price", 35.58, "USD", CF),
    m("price|close_price", 33.50, "USD", CF, opt=True),
    m("price_change", 4, "%", CF, opt=True),         # up over 4% on the day
    m("consensus_target_price|target_price", 19.18, "USD", CZZ),
    m("price|close_price", 17.57, "USD", CZZ, opt=True),
], [
    ra("Guggenheim", AEP, "upgrade", "neutral", "sell"),
    ra("Stephens", CF, "upgrade", "overweight", "equal-weight", target=44, cur="USD"),
    ra("Goldman Sachs", CZZ, "raise_target", "neutral", target=19, prior_target=16, cur="USD"),
])

# ---------------------------------------------------------------- en04 London morning report: UK first-half results, M&A (Stockmarketwire via AJ Bell)
# Pre-tax losses are labelled as negative pre-tax profit (metric alternatives name both). Pence scaled to GBP.
# No year is stated, so no periods.
FT, DR, AD = "FTSE 100|FTSE", "Deliveroo", "Admiral"
AV = "Avast|NortonLifeLock"
VE = "Vectura|Phillip Morris|Philip Morris"
IM = "4imprint"
G["en04"] = ([
    m("index_change", 0.2, "%", FT),
    m("index_level", 7176.08, "points", FT),
    m("pre_tax_profit|pre_tax_loss|pretax_profit", -104.8e6, "GBP", DR, prior=-128.4e6),
    m("price_change", -1.4, "%", DR),
    m("price|close_price", 3.789, "GBP", DR, opt=True),
    m("price_change", 1.7, "%", AD),
    m("price|close_price", 35.09, "GBP", AD, opt=True),
    m("dividend_growth|dividend_change", 63, "%", AD),
    m("pre_tax_profit_growth|pretax_profit_growth", 76, "%", AD, basis="continuing operations"),
    m("pre_tax_profit|pretax_profit", 482.2e6, "GBP", AD, prior=274.4e6, basis="continuing operations"),
    m("deal_value|takeover_value", 8.6e9, "USD", AV),   # for up to $8.6 billion
    m("price_change", 3.5, "%", "Avast"),
    m("price|close_price", 5.882, "GBP", "Avast", opt=True),
    m("deal_value|takeover_value", 1.02e9, "GBP", VE),
    m("price_change", 3.2, "%", IM),
    m("price|close_price", 29.50, "GBP", IM, opt=True),
    m("pre_tax_profit|pretax_profit", 3.4e6, "USD", IM, prior=0.03e6),
    m("revenue_growth|sales_growth", 23, "%", IM),
    m("revenue|sales", 326.8e6, "USD", IM),
], [])

# ---------------------------------------------------------------- en05 China Hongqiao first-half results, broker target raises in HKD (Reportify summary, 2025)
# "first half of the year" carries no stated year -> no period. Targets raised with no rating stated -> rating None.
E = "China Hongqiao|China Hongqiao Group"
G["en05"] = ([
    m("market_cap|market_capitalisation", 228e9, "HKD", E),            # close to HKD 228 billion
    m("revenue", 81.04e9, "HKD", E),
    m("revenue_growth", 10.1, "%", E),
    m("net_profit|net_income", 12.36e9, "HKD", E),
    m("net_profit_growth|net_income_growth", 35, "%", E),
    m("recurring_net_profit_growth|net_profit_growth", 31, "%", E, basis="recurring"),
    m("recurring_net_profit|net_profit", 14.5e9, "HKD", E, basis="recurring"),
    m("buyback|share_buyback|buyback_size", 3e9, "HKD", E),     # at least HKD 3 billion
    m("dividend_payout_ratio|payout_ratio", 60, "%", E),         # no less than 60%
    m("profit_forecast_revision|earnings_forecast_revision", None, "%", E, rng=(13, 39), basis="recurring"),
], [
    ra("Goldman Sachs", E, "raise_target", None, target=19.6, prior_target=12.5, cur="HKD"),
    ra("Jefferies", E, "raise_target", None, target=26.9, prior_target=17.7, cur="HKD"),
])

# ---------------------------------------------------------------- en06 Prosus cash bid for Just Eat vs Takeaway.com all-share deal (RTTNews via Nasdaq, 2019)
# M&A entities "target|acquirer"; pence scaled to GBP. The undisturbed closes behind each offer value are key (as news3 en14).
JE = "Just Eat|Just Eat plc"
PR = JE + "|Prosus|Prosus N.V.|MIH Food Delivery Holdings"
TK = JE + "|Takeaway.com|Takeaway.com N.V."
TW = "Takeaway.com|Takeaway.com N.V."
G["en06"] = ([
    m("price_change", 24, "%", JE, opt=True),                           # around 24 percent, rounded repeat of 23.69
    m("deal_value|offer_value|takeover_value", 4.9e9, "GBP", PR),
    m("exchange_ratio|share_exchange_ratio", 0.09744, "shares", TK),
    m("close_price|price", 83.55, "EUR", TW),                          # July 26 close behind the implied value
    m("offer_value_per_share|implied_value_per_share|offer_price", 7.31, "GBP", TK),
    m("offer_price|cash_offer_per_share", 7.10, "GBP", PR),
    m("premium|offer_premium", 20, "%", PR, basis="vs value of Takeaway.com Offer"),
    m("offer_value_per_share|implied_value_per_share|offer_price", 5.94, "GBP", TK),
    m("close_price|price", 71, "EUR", TW),
    m("premium|offer_premium", 20, "%", PR, basis="vs closing price"),
    m("close_price|price", 5.89, "GBP", JE),
    m("price", 7.29, "GBP", JE, opt=True),
    m("price_change", 23.69, "%", JE),
], [])

# ---------------------------------------------------------------- en07 Hengrui and Mirxes Hong Kong IPO debuts (Investing.com repost, 2025)
# "the first quarter" with "this year" only -> no period.
HR = "Jiangsu Hengrui Pharmaceuticals|Hengrui"
MX = "Mirxes"
HKI = "Hong Kong IPO market|Hong Kong|HKEX"
G["en07"] = ([
    m("debut_change|price_change", 31, "%", HR),
    m("price|debut_price|close_price", 57.65, "HKD", HR),
    m("index_change", 0.6, "%", "Hang Seng Index|Hang Seng|HSI"),
    m("ipo_proceeds|funds_raised", 9.74e9, "HKD", HR, basis="net"),
    m("ipo_proceeds|funds_raised", 1.25e9, "USD", HR, basis="net", opt=True),   # conversion
    m("ipo_price|offer_price", 44.05, "HKD", HR),
    m("price_change", -0.1, "%", HR + "|Hengrui Shanghai-listed shares"),
    m("debut_change|price_change", 28, "%", MX),
    m("ipo_proceeds|funds_raised", 880.5e6, "HKD", MX, basis="net"),
    m("listings|new_listings|ipo_count", 17, "listings", HKI),
    m("funds_raised|ipo_proceeds", 18.7e9, "HKD", HKI),
    m("funds_raised_change|funds_raised_growth", 4, "x", HKI, opt=True),        # nearly quadrupled
], [])

# ---------------------------------------------------------------- en08 Repsol buyback and second-quarter results (Reuters repost, about 2023)
# "second quarter" has no stated year in the text (only 2022/2024/2025 in other contexts) -> no period.
E = "Repsol"
G["en08"] = ([
    m("buyback|share_buyback|buyback_size", 850e6, "EUR", E),
    m("buyback|share_buyback|buyback_size", 943.84e6, "USD", E, opt=True),   # conversion
    m("buyback_shares|shares_repurchased", 60e6, "shares", E),
    m("shares_repurchased|buyback_shares", 310e6, "shares", E),                # cumulative since start of 2022
    m("capital_reduction", 20.3, "%", E),
    m("buyback_target|shares_repurchased_target", 200e6, "shares", E),          # pledged through 2025
    m("adjusted_net_profit|net_profit|adjusted_profit", 827e6, "EUR", E, prior=2.16e9, basis="adjusted"),
    m("adjusted_net_profit_consensus|net_profit_consensus|adjusted_profit_consensus", 706e6, "EUR", E, basis="adjusted"),
    m("net_profit|net_income", 308e6, "EUR", E, prior=1.15e9),
    m("net_debt", 797e6, "EUR", E),
    m("net_debt_change", -83e6, "EUR", E),
], [])
