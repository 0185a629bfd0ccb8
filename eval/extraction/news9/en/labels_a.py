# Hand-written labels for news9/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 Microsoft third quarter (Reuters via repost)
# No year in the text ("third quarter ended March 31", "fiscal second quarter") -> no periods. Segment figures carry
# the segment as an alternative entity. The record-high price is optional (share price); the after-hours move and the
# year-to-date gain are key. "$1.14 versus expectations of $1" gives an EPS row and a consensus row; net income and
# the "$1.15 per share" EPS take the year-ago figures from the same "to X from Y" sentence as priors.
E = "Microsoft|Microsoft Corp"
G["en01"] = ([
    m("price_change|share_price_change", 3, "%", E),
    m("price_change_ytd|share_price_change_ytd|ytd_change", 23, "%", E),
    m("price|record_high|share_price", 125.85, "USD", E, opt=True),
    m("revenue_growth", 73, "%", "Microsoft|Azure"),
    m("revenue_growth", 76, "%", "Microsoft|Azure"),
    m("revenue|segment_revenue", 9.65e9, "USD", "Microsoft|intelligent cloud"),
    m("revenue_consensus|revenue_estimate|segment_revenue_estimate", 9.28e9, "USD", "Microsoft|intelligent cloud"),
    m("revenue_growth", 14, "%", E),
    m("revenue", 30.57e9, "USD", E),
    m("revenue_consensus|revenue_estimate", 29.84e9, "USD", E),
    m("eps", 1.14, "USD", E),
    m("eps_consensus|eps_estimate", 1.0, "USD", E),
    m("net_income|net_profit", 8.81e9, "USD", E, prior=7.42e9),
    m("eps", 1.15, "USD", E, prior=0.96),
], [])

# ---------------------------------------------------------------- en02 London broker recommendations list (Alliance News via MarketScreener)
# "X (Y)" = new value X, old value Y. Pence scaled to GBP; the IAG target is in EUR as printed. A target moved with the
# rating in quotes is raise_target/cut_target with that rating; "lowers Croda International to 'neutral' (buy)" is a
# downgrade with both targets; "starts ... at" is initiate. The headline restates the Croda and Wise calls (one action
# each). 'equal weight' normalised to equal-weight. No metrics.
GS = "Goldman Sachs|Goldman"
JPM = "JPMorgan|JP Morgan"
CS = "Credit Suisse"
G["en02"] = ([], [
    ra(CS, "Auto Trader|Auto Trader Group", "raise_target", "underperform", target=4.73, prior_target=4.05, cur="GBP"),
    ra(GS, "Associated British Foods|ABF", "raise_target", "neutral", target=23.60, prior_target=22.00, cur="GBP"),
    ra(JPM, "Tesco", "cut_target", "overweight", target=2.70, prior_target=2.90, cur="GBP"),
    ra(JPM, "J Sainsbury|Sainsbury", "cut_target", "underweight", target=2.09, prior_target=2.19, cur="GBP"),
    ra("Morgan Stanley", "J Sainsbury|Sainsbury", "raise_target", "underweight", target=2.50, prior_target=2.37, cur="GBP"),
    ra(JPM, "International Consolidated Airlines|IAG", "raise_target", "neutral", target=2.50, prior_target=2.40, cur="EUR"),
    ra(CS, "Diageo", "cut_target", "outperform", target=38.50, prior_target=42.00, cur="GBP"),
    ra(GS, "abrdn", "raise_target", "neutral", target=1.95, prior_target=1.90, cur="GBP"),
    ra("Barclays", "Sage|Sage Group", "raise_target", "equal-weight", target=8.10, prior_target=7.75, cur="GBP"),
    ra("Barclays", "Melrose Industries|Melrose", "raise_target", "overweight", target=5.75, prior_target=4.50, cur="GBP"),
    ra(GS, "Croda International|Croda", "downgrade", "neutral", "buy", target=72.00, prior_target=87.00, cur="GBP"),
    ra("UBS", "Johnson Matthey", "cut_target", "neutral", target=19.00, prior_target=20.00, cur="GBP"),
    ra("UBS", "Marks & Spencer|M&S", "raise_target", "neutral", target=2.00, prior_target=1.20, cur="GBP"),
    ra("CitiGroup|Citigroup|Citi", "Qinetiq|QinetiQ", "raise_target", "buy", target=4.57, prior_target=4.54, cur="GBP"),
    ra("Berenberg", "Pets at Home", "raise_target", "buy", target=4.60, prior_target=4.30, cur="GBP"),
    ra("Berenberg", "IP Group", "cut_target", "buy", target=1.33, prior_target=1.47, cur="GBP"),
    ra("Jefferies", "SSP|SSP Group", "raise_target", "buy", target=3.40, prior_target=3.25, cur="GBP"),
    ra(GS, "Dr Martens", "cut_target", "neutral", target=1.45, prior_target=1.52, cur="GBP"),
    ra("RBC|RBC Capital Markets", "Paragon Banking|Paragon Banking Group", "raise_target", "sector perform", target=7.00, prior_target=6.75, cur="GBP"),
    ra("Davy", "Wise", "initiate", "outperform", target=7.00, cur="GBP"),
])

# ---------------------------------------------------------------- en03 Citigroup upgrades Tesla (Benzinga)
# Citigroup: upgrade to neutral from sell with the target raised from $141.33 to $176. Morgan Stanley's "100% upside
# potential" is a view, not a rating action (no rating or target stated); it is labelled as an upside figure.
# "about half a trillion" of market value erased is a market-cap change (negative), key. Premarket move key, price optional.
E = "Tesla|Tesla Inc.|TSLA"
G["en03"] = ([
    m("market_cap_change|market_value_change", -0.5e12, "USD", E),
    m("upside|upside_potential", 100, "%", E),
    m("price_change|premarket_change", 1.63, "%", E),
    m("price|premarket_price", 172.68, "USD", E, opt=True),
], [
    ra("Citigroup|Citi", E, "upgrade", "neutral", "sell", target=176, prior_target=141.33, cur="USD"),
])

# ---------------------------------------------------------------- en04 Barclays upgrades Canada Goose (Tiger Brokers news)
# Upgrade underweight -> equal-weight ("also described as Hold" is the same rating). The target is given in USD and
# restated in CAD; the action is labelled in USD (first printed) and the CAD restatement as an optional action.
# The FactSet mean target is a key consensus metric (CAD). Pre-market move key.
E = "Canada Goose|Canada Goose Holdings|GOOS"
G["en04"] = ([
    m("price_change|premarket_change", 5.09, "%", E),
    m("consensus_target_price|target_price", 14.92, "CAD", E),
], [
    ra("Barclays", E, "upgrade", "equal-weight", "underweight", target=14, prior_target=11, cur="USD"),
    ra("Barclays", E, "upgrade", "equal-weight", "underweight", target=19.17, prior_target=15.04, cur="CAD", opt=True),
])

# ---------------------------------------------------------------- en05 Elliott Management to buy Barnes & Noble (WSJ via The Star, 2019)
# M&A entities "target|acquirer"; prices and market value belong to the target alone. "about $683 million" keeps the
# stated number. The Thursday close and the Wednesday close behind the premiums are key (as news3 en14); the 30% jump
# on the report and the 10% premarket gain are key moves. 627 stores is a count (optional, incidental).
# "third quarter of 2019" is a closing date, not a figure. Waterstones "last year" carries no figure.
T = "Barnes & Noble|Barnes & Noble Inc."
D = "Barnes & Noble|Barnes & Noble Inc.|Elliott Management|Elliott Management Corp."
G["en05"] = ([
    m("offer_price|offer_value_per_share", 6.50, "USD", D),
    m("deal_value|transaction_value", 683e6, "USD", D),
    m("price|close_price", 5.96, "USD", T),
    m("price_change", 30, "%", T),
    m("market_cap|market_value", 436e6, "USD", T),
    m("premium|offer_premium", 9.1, "%", D),
    m("premium|offer_premium", 42, "%", D),
    m("price|close_price", 4.59, "USD", T),
    m("price_change|premarket_change", 10, "%", T),
    m("store_count|stores", 627, "stores", T, opt=True),
], [])

# ---------------------------------------------------------------- en06 British American Tobacco full year and buyback (Reuters, 2012)
# The text states 2011 (results year) and 2012 (the raised buyback). Pence scaled to GBP. The bullet restatements of the
# buyback and EPS are optional repeats; the USD conversion is optional. The 2011 buyback of 750 million pounds is stated
# in its own sentence -> its own row with period 2011 (not a prior). "705 billion cigarette last year" = 2011
# (the passage's results year). The dividend payout ratio (65 percent of earnings) is key.
E = "British American Tobacco|BAT"
G["en06"] = ([
    m("buyback|share_buyback|buyback_amount", 1.25e9, "GBP", E, "2012", opt=True),          # bullet
    m("eps|adjusted_eps", 1.946, "GBP", E, "2011", basis="adjusted diluted", opt=True),     # bullet
    m("eps_consensus|eps_estimate", 1.943, "GBP", E, "2011", opt=True),                      # bullet
    m("volume_change|cigarette_volume_change", -0.4, "%", E, "2011"),
    m("buyback|share_buyback|buyback_amount", 1.25e9, "GBP", E, "2012"),
    m("buyback|share_buyback|buyback_amount", 1.96e9, "USD", E, "2012", opt=True),
    m("buyback|share_buyback|buyback_amount", 750e6, "GBP", E, "2011"),
    m("volume|cigarette_volume", 705e9, "cigarettes", E, "2011"),
    m("eps_growth", 11, "%", E, "2011", basis="adjusted diluted"),
    m("eps|adjusted_eps", 1.946, "GBP", E, "2011", basis="adjusted diluted"),
    m("eps_consensus|eps_estimate", 1.943, "GBP", E, "2011"),
    m("eps_consensus|eps_estimate|eps_forecast", 1.939, "GBP", E, "2011"),
    m("payout_ratio|dividend_payout_ratio", 65, "%", E, "2011"),
    m("dividend_growth|dividend_per_share_growth", 11, "%", E, "2011"),
    m("dividend_per_share|dividend|full_year_dividend|dps", 1.265, "GBP", E, "2011"),
], [])

# ---------------------------------------------------------------- en07 GoPro Nasdaq IPO and debut (AP via The Columbian, 2014)
# No year is stated for the IPO itself -> no period. "at least $427.2 million" keeps the stated number. The $3.5 billion
# valuation, opening price and its 19% premium, IPO price and range, shares offered, oversubscription, close and its
# 30% gain are key; "$30 and higher" is an intraday level (optional). Duracell's 1991 IPO is historic trivia (optional).
# IPO counts: 91 in the second quarter "up from 62" (prior); "33 in 2012" has its own year -> 2012Q2.
E = "GoPro|GoPro Inc.|GPRO"
G["en07"] = ([
    m("market_value|valuation|market_cap", 3.5e9, "USD", E),
    m("open_price|opening_price|price", 28.65, "USD", E),
    m("price_change|premium_to_ipo_price", 19, "%", E),
    m("price|intraday_price", 30, "USD", E, opt=True),
    m("ipo_price|offer_price", 24, "USD", E),
    m("ipo_price_range|price_range", None, "USD", E, rng=(21, 24)),
    m("shares_offered|ipo_shares", 17.8e6, "shares", E),
    m("oversubscription", 20, "x", E),
    m("close_price|price", 31.34, "USD", E),
    m("price_change|first_day_gain", 30, "%", E),
    m("ipo_proceeds|amount_raised", 427.2e6, "USD", E),
    m("ipo_proceeds|amount_raised", 433e6, "USD", "Duracell", "1991", opt=True),
    m("ipo_count|ipos", 91, "IPOs", "US|U.S. IPO market", prior=62),
    m("ipo_count|ipos", 33, "IPOs", "US|U.S. IPO market", "2012Q2"),
], [])

# ---------------------------------------------------------------- en08 Toyota raises full-year outlook, first half (Kyodo)
# No year in the text ("current business year to next March", "first half that ended Sept. 30") -> no periods.
# Revised forecasts take the earlier outlook as prior; the unchanged sales forecast and vehicle plan are key guidance
# rows without prior. The growth rates of the new outlooks are guidance growth rows. The dollar conversion is optional.
# Currency assumptions: USD/JPY 111 (prior 110) and EUR/JPY 128 (prior 124), unit JPY, entity the pair|Toyota.
# "for the first time in 18 years" is a duration (not labelled).
E = "Toyota|Toyota Motor Corp."
G["en08"] = ([
    m("guidance_net_profit|net_profit_guidance|net_profit_forecast", 1.95e12, "JPY", E, prior=1.75e12),
    m("guidance_net_profit|net_profit_guidance|net_profit_forecast", 17e9, "USD", E, opt=True),
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 2e12, "JPY", E, prior=1.85e12),
    m("guidance_revenue|revenue_guidance|sales_forecast", 28.5e12, "JPY", E),
    m("guidance_net_profit_growth|net_profit_growth_forecast", 6.5, "%", E),
    m("guidance_operating_profit_growth|operating_profit_growth_forecast", 0.3, "%", E),
    m("exchange_rate_assumption|fx_assumption", 111, "JPY", "USD/JPY|Toyota", prior=110),
    m("exchange_rate_assumption|fx_assumption", 128, "JPY", "EUR/JPY|Toyota", prior=124),
    m("fx_impact|currency_impact|operating_profit_impact", 65e9, "JPY", E),
    m("guidance_vehicle_sales|vehicle_sales_plan|sales_volume_forecast", 10.25e6, "vehicles", E),
    m("net_profit_growth|net_income_growth", 13.2, "%", E),
    m("net_profit|net_income", 1.07e12, "JPY", E),
], [])
