# Hand-written labels for news7/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 RBC and CIBC fourth quarter, dividends (Canadian Press via canadiantrends.ca)
# Canadian Press on Canadian banks: "$" is the Canadian dollar -> CAD. "quarter ended Oct. 31" with no year -> no period.
# Year-ago figures in the same "up from / compared with" sentence are priors. "Unchanged from" with no number: no prior.
E = "Royal Bank of Canada|RBC"
C = "CIBC|Canadian Imperial Bank of Commerce"
G["en01"] = ([
    m("net_income|net_profit", 4.13e9, "CAD", E, prior=3.88e9),
    m("dividend_per_share|quarterly_dividend|dps", 1.38, "CAD", E, prior=1.35),
    m("dividend_change|dividend_increase", 0.03, "CAD", E),
    m("eps|diluted_eps", 2.90, "CAD", E, prior=2.74, basis="diluted"),
    m("revenue", 13.03e9, "CAD", E, prior=12.57e9),
    m("provision_for_credit_losses|loan_loss_provisions", 720e6, "CAD", E, prior=381e6),
    m("eps|adjusted_eps", 2.78, "CAD", E, basis="adjusted"),
    m("eps_consensus|eps_estimate", 2.62, "CAD", E, basis="adjusted"),
    m("dividend_per_share|quarterly_dividend|dps", 0.90, "CAD", C, prior=0.87),
    m("net_income|net_profit", 1.48e9, "CAD", C, prior=1.19e9),
    m("eps|diluted_eps", 1.53, "CAD", C, prior=1.26, basis="diluted"),
    m("revenue", 5.84e9, "CAD", C, prior=5.39e9),
    m("provision_for_credit_losses|loan_loss_provisions", 541e6, "CAD", C, prior=436e6),
    m("eps|adjusted_eps", 1.57, "CAD", C, prior=1.39, basis="adjusted"),
    m("eps_consensus|eps_estimate", 1.53, "CAD", C, basis="adjusted"),
], [])

# ---------------------------------------------------------------- en02 dpa-AFX overview of analyst recommendations on U.K. stocks (finanznachrichten, 2018)
# Targets in pence scaled to GBP; "(875)" is the prior target, "('BUY')" the prior rating. 'OP' = outperform.
# "STARTS ... AT 'BUY'" = initiate. Raymond James gives no target. The IG indication is a FTSE level with the close as prior.
F = "FTSE|FTSE 100"
G["en02"] = ([
    m("index_change|indicated_change", 0.03, "%", F),
    m("index_level|indicated_level", 7507, "points", F, prior=7504.60),
], [
    ra("Barclays", "UDG Healthcare", "cut_target", "equal-weight", target=7.70, prior_target=8.75, cur="GBP"),
    ra("Berenberg", "Hostelworld Group|Hostelworld", "downgrade", "hold", "buy", target=2.70, prior_target=4.20, cur="GBP"),
    ra("Berenberg", "Royal Mail", "cut_target", "sell", target=4.20, prior_target=4.60, cur="GBP"),
    ra("Berenberg", "BBA Aviation", "initiate", "buy", target=3.70, cur="GBP"),
    ra("Berenberg", "Lloyds|Lloyds Banking Group", "upgrade", "hold", "sell", target=0.60, cur="GBP"),
    ra("Berenberg", "Taptica International|Taptica", "raise_target", "buy", target=6.50, prior_target=6.40, cur="GBP"),
    ra("Bernstein", "Shire", "downgrade", "market perform", "outperform", target=46.00, prior_target=44.00, cur="GBP"),
    ra("Goldman|Goldman Sachs", "BAT|British American Tobacco", "cut_target", "buy", target=52.50, prior_target=53.50, cur="GBP"),
    ra("Goldman|Goldman Sachs", "Imperial Brands", "raise_target", "neutral", target=29.20, prior_target=28.60, cur="GBP"),
    ra("HSBC", "Aviva", "cut_target", "hold", target=5.40, prior_target=5.45, cur="GBP"),
    ra("HSBC", "Just Group", "cut_target", "buy", target=1.13, prior_target=1.95, cur="GBP"),
    ra("JPMorgan|JP Morgan", "Just Eat", "cut_target", "underweight", target=7.42, prior_target=7.49, cur="GBP"),
    ra("Kepler Cheuvreux", "Diageo", "raise_target", "buy", target=31.00, prior_target=28.50, cur="GBP"),
    ra("Kepler Cheuvreux", "Hunting", "upgrade", "buy", "hold", target=10.00, prior_target=8.60, cur="GBP"),
    ra("Liberum", "Halfords Group|Halfords", "upgrade", "buy", "hold", target=3.80, prior_target=3.60, cur="GBP"),
    ra("Raymond James", "InterContinental Hotels|InterContinental Hotels Group|IHG", "downgrade", "underperform", "market perform"),
    ra("RBC|RBC Capital Markets", "Inmarsat", "downgrade", "sector perform", "outperform", target=6.50, prior_target=7.25, cur="GBP"),
])

# ---------------------------------------------------------------- en03 KSOE, HHI and Hyundai Samho third quarter (Pulse via Hellenic Shipping News, 2021)
# No year in the text -> no periods. "more than tripled" is the wording of the 248.2 percent rise (no extra row).
# The dollar conversion is optional. HHI is a KSOE subsidiary; its figures carry HHI as entity.
K = "Korea Shipbuilding & Offshore Engineering|KSOE"
H = "Hyundai Heavy Industries|HHI"
S = "Hyundai Samho Heavy Industries|Hyundai Samho"
G["en03"] = ([
    m("operating_profit|operating_income", 141.7e9, "KRW", K),
    m("operating_profit|operating_income", 120.9e6, "USD", K, opt=True),
    m("operating_profit_growth|operating_income_growth", 248.2, "%", K),
    m("net_profit|net_income", 192.6e9, "KRW", K),
    m("revenue|sales", 3.55e12, "KRW", K),
    m("revenue_growth|sales_growth", 2.8, "%", K),
    m("operating_profit|operating_income", 301.8e9, "KRW", H),
    m("operating_profit_growth|operating_income_growth", 198.5, "%", H),
    m("revenue_growth|sales_growth", 59, "%", H),
    m("revenue|sales", 7.27e12, "KRW", H),
    m("net_profit_growth|net_income_growth", 28.6, "%", H),
    m("net_profit|net_income", 44.5e9, "KRW", H),
    m("operating_profit_growth|operating_income_growth", 248.6, "%", S),
    m("operating_profit|operating_income", 38.7e9, "KRW", S),
    m("revenue_growth|sales_growth", 11.7, "%", S),
    m("revenue|sales", 996.7e9, "KRW", S),
    m("net_profit|net_income", 47.6e9, "KRW", S),
    m("operating_profit|operating_income", 1.02e12, "KRW", H),            # January-September cumulative
    m("orders|new_orders|order_intake", 19.4e9, "USD", K),
    m("order_target|annual_order_target", 14.9e9, "USD", K),
], [])

# ---------------------------------------------------------------- en04 Sirius Real Estate placing and Pick n Pay rights offer (DealMakers weekly, via ghostmail.co.za, 2024)
# R = ZAR, pence scaled to GBP, "£2,5 million" (decimal comma) = 2.5e6. Discounts are positive figures of a "discount" metric.
# Hedges ("c.3.5%", "up to", "more than") keep the stated value. The 51.11-per-100 entitlement ratio is optional.
SI = "Sirius Real Estate|Sirius"
P = "Pick n Pay"
G["en04"] = ([
    m("capital_raise|equity_raise|offering_size", 150e6, "GBP", SI),
    m("shares_placed|shares_issued", 159574468, "shares", SI),
    m("offer_price|placing_price|issue_price", 0.94, "GBP", SI),
    m("discount|offer_discount", 3.5, "%", SI),
    m("share_of_capital|pct_of_share_capital", 11.8, "%", SI),
    m("retail_offer_size|capital_raise|offering_size", 2.5e6, "GBP", SI),
    m("acquisition_pipeline|pipeline_value", 100e6, "EUR", SI),
    m("rights_offer_size|rights_issue_size|capital_raise", 4e9, "ZAR", P),
    m("rights_offered|shares_offered", 252206809, "rights", P),
    m("rights_ratio|entitlement_ratio", 51.11, "shares", P, opt=True),
    m("subscription_price|offer_price|issue_price", 15.86, "ZAR", P),
    m("discount|offer_discount", 32.48, "%", P),
    m("share_of_capital|pct_of_share_capital", 33.8, "%", P),
], [])

# ---------------------------------------------------------------- en05 BASF preliminary second quarter 2021 and raised 2021 outlook (dpa-AFX via finanznachrichten, 2021)
# Periods stated: 2021Q2 and 2021. The prior-year EBIT of 59 million euros is the same sentence's comparison -> prior.
# The headline's 55.8% is a repeat of the body figure (optional). "mid-double-digit million-euro" gain has no number: not labelled.
E = "BASF|BASF Group|BASF SE"
G["en05"] = ([
    m("revenue_growth|sales_growth", 55.8, "%", E, "2021Q2"),
    m("revenue_growth|sales_growth", 55.8, "%", E, "2021Q2", opt=True),     # headline
    m("revenue|sales", 19.75e9, "EUR", E, "2021Q2"),
    m("revenue_consensus|revenue_estimate|sales_consensus", 17.16e9, "EUR", E, "2021Q2"),
    m("ebit|guidance_ebit", 2.32e9, "EUR", E, "2021Q2", prior=59e6),
    m("ebit_consensus|ebit_estimate", 1.93e9, "EUR", E, "2021Q2"),
    m("guidance_revenue|revenue_guidance|sales_guidance", None, "EUR", E, "2021", rng=(74e9, 77e9), prng=(68e9, 71e9)),
    m("guidance_ebit|ebit_guidance", None, "EUR", E, "2021", rng=(7.0e9, 7.5e9), prng=(5.0e9, 5.8e9), basis="before special items"),
], [])

# ---------------------------------------------------------------- en06 Singtel first-half results and interim dividend (The Business Times, Singapore)
# "first half-year ended September" with no year -> no periods. S$ = SGD. "from S$1.2 billion" in the same sentence -> prior.
# Headline figures repeating body figures are optional; "nearly treble" is the wording of the 176.4 per cent (no row).
# The year-earlier S$0.07 dividend is in its own sentence -> its own row. The share-price close and move are optional.
E = "Singtel|Singapore Telecommunications"
G["en06"] = ([
    m("net_profit|net_income", 3.4e9, "SGD", E, prior=1.2e9),
    m("net_profit_growth|net_income_growth", 176.4, "%", E),
    m("net_profit|net_income", 3.4e9, "SGD", E, opt=True),                 # headline
    m("exceptional_gain|one_off_gain", 2.05e9, "SGD", E, basis="net"),
    m("underlying_net_profit|net_profit", 1.4e9, "SGD", E, prior=1.2e9, basis="underlying"),
    m("underlying_net_profit_growth|net_profit_growth", 13.7, "%", E, basis="underlying"),
    m("underlying_net_profit_growth|net_profit_growth", 13.7, "%", E, opt=True, basis="underlying"),    # sub-headline
    m("underlying_net_profit|net_profit", 1.4e9, "SGD", E, opt=True, basis="underlying"),              # sub-headline
    m("revenue_growth|operating_revenue_growth", -1.2, "%", E),
    m("revenue|operating_revenue", 6.91e9, "SGD", E, prior=6.99e9),
    m("revenue_growth|operating_revenue_growth", 1.9, "%", E, basis="constant currency"),
    m("dividend_per_share|interim_dividend|dps", 0.082, "SGD", E),
    m("dividend_per_share|interim_dividend|dps", 0.07, "SGD", E),             # a year earlier, own sentence
    m("core_dividend_per_share|dividend_per_share", 0.064, "SGD", E),
    m("special_dividend_per_share|value_realisation_dividend|dividend_per_share", 0.018, "SGD", E),
    m("price_change", 0.4, "%", E, opt=True),
    m("price_change", 0.02, "SGD", E, opt=True),
    m("price|close_price", 4.62, "SGD", E, opt=True),
], [])

# ---------------------------------------------------------------- en07 J.P. Morgan upgrades MGM Resorts (MarketWatch Market Pulse repost, stascomtech)
# Upgrade neutral -> overweight with target $47 from $45. The day's move and the year-to-date moves are key price changes;
# the 13-year closing high and the 8.2% pullback from it are key (the note's stated reason); the 100% occupancy is not a
# financial figure of the company (optional).
E = "MGM Resorts International|MGM Resorts|MGM"
G["en07"] = ([
    m("price_change", 2.7, "%", E),
    m("price_change", -8.2, "%", E),
    m("price|close_price|closing_high", 42.20, "USD", E),
    m("occupancy|occupancy_rate", 100, "%", E, opt=True),
    m("price_change|ytd_change", 26.3, "%", E),
    m("price_change|ytd_change", -4.3, "%", "Las Vegas Sands|Las Vegas Sands Corp."),
    m("price_change|ytd_change", 35.0, "%", "Caesars Entertainment|Caesars Entertainment Inc."),
    m("price_change|ytd_change", -3.9, "%", "DraftKings|DraftKings Inc."),
    m("index_change|ytd_change", 10.4, "%", "S&P 500"),
], [
    ra("J.P. Morgan|JPMorgan", E, "upgrade", "overweight", "neutral", target=47, prior_target=45, cur="USD"),
])

# ---------------------------------------------------------------- en08 Allergan buys Vitae; Wedbush downgrade and other US rating changes (Proactive Investors broker wrap, 2016)
# Deal: "target|acquirer" entity alternatives; the September 13 close is the target's undisturbed price (key). Vitae's
# "160%" and the later "up 157% at $20.84" are both key moves; share prices in the wrap are optional.
# Wedbush "cut ... to neutral" with no prior rating stated -> downgrade without prior; target $21 "trimmed", old target not given.
# Drug codes (VTP-43742, VTP-38543) are not labelled.
V = "Vitae Pharmaceuticals|Vitae|VTAE"
D = V + "|Allergan"
G["en08"] = ([
    m("price_change", 160, "%", V),
    m("deal_value|takeover_value", 639e6, "USD", D),
    m("offer_price|offer_price_per_share|price_per_share", 21, "USD", D),
    m("premium|offer_premium", 159, "%", D),
    m("price|close_price|undisturbed_price", 8.10, "USD", V),
    m("price_change", 157, "%", V),
    m("price", 20.84, "USD", V, opt=True),
    m("price_change", 1.7, "%", "Macy's"),
    m("price", 35.26, "USD", "Macy's", opt=True),
    m("price_change", 1.3, "%", "Consolidated Edison|Con Ed|Consolidated Edison Inc"),
    m("price", 74.19, "USD", "Consolidated Edison|Con Ed|Consolidated Edison Inc", opt=True),
], [
    ra("Wedbush", V, "downgrade", "neutral", target=21, cur="USD"),
    ra("Citi|Citigroup", "Macy's", "upgrade", "buy", "neutral"),
    ra("Jefferies", "Consolidated Edison|Con Ed|Consolidated Edison Inc", "upgrade", "buy", "hold"),
    ra("Morgan Stanley", "Coach|Coach Inc", "downgrade", "underweight", "equal-weight"),
])
