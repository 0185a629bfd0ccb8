# Hand-written labels for news13/en passages en01-en08 (helper A). Read from texts/enNN.txt only; no extractor run.

# ---------------------------------------------------------------- en01 Cooper Companies fiscal Q3 and guidance (moomoo)
# No year is stated for the quarter or the fiscal year ("since April 2022" only bounds the price high) -> no periods.
# The 12% rise is key; the headline repeat is optional; "as much as 12.7%" and the $106.58 intraday peak are optional
# (intraday extremes / share price). The year-ago $0.84 is in a sentence of its own -> its own row (no prior). Net
# sales "$1 billion, up from $930.2 million" -> prior. Q4 and full-year guidance are ranges; consensus figures are key.
E = "Cooper Companies|Cooper Cos.|Cooper|COO"
G["en01"] = ([
    m("price_change", 12, "%", E, opt=True),                                        # headline
    m("price_change", 12, "%", E),
    m("price_change", 12.7, "%", E, opt=True),                                      # as much as, intraday
    m("price|intraday_high", 106.58, "USD", E, opt=True),
    m("eps", 0.96, "USD", E, basis="adjusted"),
    m("eps", 0.84, "USD", E, basis="adjusted"),                                     # a year earlier
    m("eps_consensus|eps_estimate", 0.91, "USD", E, basis="adjusted"),
    m("revenue|net_sales", 1e9, "USD", E, prior=930.2e6),
    m("revenue_consensus|revenue_estimate|net_sales_consensus", 997.3e6, "USD", E),
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(0.98, 1.01), basis="adjusted"),     # fiscal Q4
    m("guidance_revenue|revenue_guidance", None, "USD", E, rng=(1.02e9, 1.04e9)),          # fiscal Q4
    m("eps_consensus|eps_estimate", 0.96, "USD", E),                                        # fiscal Q4
    m("revenue_consensus|revenue_estimate", 1.01e9, "USD", E),                              # fiscal Q4
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(3.64, 3.67)),                       # fiscal year
    m("guidance_revenue|revenue_guidance", None, "USD", E, rng=(3.89e9, 3.91e9)),          # fiscal year
    m("eps_consensus|eps_estimate", 3.57, "USD", E),                                        # fiscal year
    m("revenue_consensus|revenue_estimate|net_sales_consensus", 3.89e9, "USD", E),          # fiscal year
], [])

# ---------------------------------------------------------------- en02 Provident Financial first half 2019 (dpa-AFX / RTT News)
# "six months ended 30 June 2019" -> 2019H1. Every "X from Y" pair is one row with Y as prior. Pence scaled to GBP.
# "Adjusted profit before tax was flat ... at 74.9 million pounds" gives the level only (no change figure written).
# The interim dividend of 9.0p "against no dividend in the prior year" -> prior 0 (a nil dividend is a stated value).
E = "Provident Financial|Provident Financial Plc.|PFG.L|PFG"
P = "2019H1"
G["en02"] = ([
    m("pretax_profit|profit_before_tax", 37.6e6, "GBP", E, P, prior=34.6e6, basis="statutory"),
    m("pretax_profit_growth|profit_before_tax_growth", 8.8, "%", E, P, basis="statutory"),
    m("eps", 0.081, "GBP", E, P, prior=0.098, basis="basic"),
    m("eps_growth", -17.3, "%", E, P, basis="basic"),
    m("pretax_profit|profit_before_tax", 74.9e6, "GBP", E, P, basis="adjusted"),
    m("eps", 0.218, "GBP", E, P, prior=0.242, basis="adjusted basic"),
    m("revenue", 523.9e6, "GBP", E, P, prior=572.5e6),
    m("interim_dividend|dividend_per_share|dps", 0.09, "GBP", E, P, prior=0),
], [])

# ---------------------------------------------------------------- en03 Europe Movers (ticker.com, 9 May 2023)
# A movers wrap: each stock's move and price level are key (as the Hong Kong movers of news9/news10). The dateline
# (2023) gives the first quarter its year (2023Q1), as news7 takes periods from a printed dateline. Banco BPM's
# 779.28 million / 265.32 million have no currency printed -> the listing's currency (EUR, as news8). "€1.1 billion or
# 75 cents, from a previous estimate of 60 cents": the prior belongs to the EPS forecast only. Fresenius' revenue and
# operating-income outlooks are written in words (no number) -> not labelled; their bases "from €19.39 billion" /
# "from €1.54 billion" are the previous year's (2022) levels. JD Sports' pence scaled to GBP; the Courir deal value is
# key with "target|acquirer" entities.
BPM = "Banco BPM|Banco BPM SpA"
FME = "Fresenius Medical|Fresenius Medical SE|Fresenius Medical Care|Fresenius"
JD = "JD Sports|JD Sports Fashion|JD Sports Fashion PLC"
Q = "2023Q1"
G["en03"] = ([
    m("price_change", 4.99, "%", BPM), m("price|close_price", 3.95, "EUR", BPM),
    m("net_interest_income|nii", 779.28e6, "EUR", BPM, Q, prior=561.18e6),
    m("net_interest_income_growth|nii_growth", 38.9, "%", BPM, Q),
    m("net_income|net_profit", 265.32e6, "EUR", BPM, Q, prior=177.80e6),
    m("net_income_growth|net_profit_growth", 49.2, "%", BPM, Q),
    m("guidance_net_income|net_income_guidance|guidance_earnings", 1.1e9, "EUR", BPM, "2023"),
    m("guidance_eps|eps_guidance", 0.75, "EUR", BPM, "2023", prior=0.60),
    m("guidance_net_income|net_income_guidance|guidance_earnings", 1.4e9, "EUR", BPM, "2024"),
    m("guidance_eps|eps_guidance", 0.90, "EUR", BPM, "2024", prior=0.75),
    m("dividend_plan|planned_dividends|dividends", 1.25e9, "EUR", BPM),
    m("price_change", -4.3, "%", "Daimler Truck|Daimler Truck Holding AG"),
    m("price|close_price", 28.07, "EUR", "Daimler Truck|Daimler Truck Holding AG"),
    m("price_change", 6.9, "%", FME), m("price|close_price", 27.21, "EUR", FME),
    m("revenue_growth", 3.4, "%", FME, Q),
    m("revenue", 4.7e9, "EUR", FME, Q),
    m("net_income|net_profit", 86e6, "EUR", FME, Q, prior=157e6),
    m("net_income_growth|net_profit_growth", -45.1, "%", FME, Q),
    m("eps", 0.29, "EUR", FME, Q, prior=0.54, basis="basic"),
    m("eps", 0.53, "EUR", FME, Q, prior=0.67, basis="adjusted"),
    m("revenue", 19.39e9, "EUR", FME, "2022"),                                   # base of the 2023 revenue outlook
    m("operating_income|operating_profit", 1.54e9, "EUR", FME, "2022"),          # base of the 2023 outlook
    m("price_change", 2.2, "%", JD), m("price|close_price", 1.6555, "GBP", JD),
    m("deal_value|acquisition_price|transaction_value", 520e6, "EUR", "Groupe Courir|Courir|" + JD),
], [])

# ---------------------------------------------------------------- en04 Goldman Sachs downgrades Snap (The Fly via InvestingChannel)
# Downgrade buy -> neutral with the target cut to $12 from $25 (one action with both targets). The premarket slide is
# key; the price level is optional (share price in a rating note). "flat year-over-year" carries no number -> not
# labelled. No year is stated for Q2/Q3.
E = "Snap|Snap Inc.|SNAP"
G["en04"] = ([
    m("price_change|premarket_change", -29, "%", E),
    m("price|premarket_price", 11.69, "USD", E, opt=True),
], [
    ra("Goldman Sachs|Goldman", E, "downgrade", "neutral", "buy", target=12, prior_target=25, cur="USD"),
])

# ---------------------------------------------------------------- en05 Investing.com Pro Recap: Eli Lilly and DraftKings upgrades (repost)
# Jefferies: upgrade hold -> buy with the target raised to $615 from $430. JPMorgan and Truist upgrades with new targets
# (no prior target stated). Wells Fargo "upgraded the company" with no rating named -> upgrade, rating None.
# Jefferies' raised peak-sales estimates for the two drugs are key analyst forecasts (entity company|drug). Tuesday's
# "nearly 15%" rise and DraftKings' "more than 4%" premarket fall keep the stated numbers (key); the $519.43 price
# level is optional (share price in a rating passage). No year is stated for Q2.
LLY = "Eli Lilly|Lilly|LLY"
DK = "DraftKings|DKNG"
G["en05"] = ([
    m("peak_sales_estimate|sales_forecast", 70e9, "USD", LLY + "|Mounjaro"),
    m("peak_sales_estimate|sales_forecast", 8.5e9, "USD", LLY + "|orforglipron"),
    m("price", 519.43, "USD", LLY, opt=True),
    m("price_change", 15, "%", LLY),
    m("price_change|premarket_change", -4, "%", DK),
], [
    ra("Jefferies", LLY, "upgrade", "buy", "hold", target=615, prior_target=430, cur="USD"),
    ra("JPMorgan|JP Morgan", DK, "upgrade", "neutral", "underweight", target=26, cur="USD"),
    ra("Truist Securities|Truist", DK, "upgrade", "buy", "hold", target=44, cur="USD"),
    ra("Wells Fargo", DK, "upgrade", None),
])

# ---------------------------------------------------------------- en06 24/7 Wall St. analyst calls, 28 August 2018 (excerpt: Affimed, Brooks)
# Excerpt cut before the Coty item (truncated in the stored page). "reiterated its Outperform rating and lifted its
# target price to $5 from $4" and "reiterated as Buy ... lifted its fair value estimate (price target) to $56 from $40"
# are raise_target with the kept rating. "indicated up over 150%" keeps 150 (key); the Monday close, the indicated
# price, the prior close and the 52-week range are optional (share prices / ranges in a rating roundup, as news3);
# the market cap is key. The $675 million sale of the Cryo Vacuum business is a key deal value. The dated day gives no
# figure a period.
AF = "Affimed|Affimed N.V.|AFMD"
BR = "Brooks Automation|Brooks Automation Inc.|BRKS"
G["en06"] = ([
    m("price|close_price", 1.60, "USD", AF, opt=True),
    m("price_change|premarket_change", 150, "%", AF),
    m("price|premarket_price", 4.25, "USD", AF, opt=True),
    m("price_range_52w|52_week_range", None, "USD", AF, rng=(1.15, 2.85), opt=True),
    m("market_cap|market_value", 99e6, "USD", AF),
    m("price|close_price", 30.25, "USD", BR, opt=True),
    m("deal_value|sale_price|divestiture_value", 675e6, "USD", BR + "|Cryo Vacuum"),
], [
    ra("BMO Capital Markets|BMO Capital markets|BMO", AF, "raise_target", "outperform", target=5, prior_target=4, cur="USD"),
    ra("Janney|Janney Montgomery Scott", BR, "raise_target", "buy", target=56, prior_target=40, cur="USD"),
])

# ---------------------------------------------------------------- en07 Commonwealth Bank full year, buyback and dividend (WAtoday / SMH)
# "$" in an Australian bank story is AUD. No results year is stated in the text ("since 2018" only dates the
# divestments) -> no period. The body's profit, growth, buyback and dividend are key; the headline repeats of the
# buyback and the 20 per cent, the lead's repeat of the buyback and "rose by a fifth" are optional. "about $8.6 billion"
# keeps the stated number. The $6.2 billion of excess capital from divestments is key. "multibillion-dollar" has no
# number -> not labelled.
E = "Commonwealth Bank|Commonwealth Bank of Australia|CBA"
G["en07"] = ([
    m("buyback|share_buyback|buyback_amount", 6e9, "AUD", E, opt=True),                  # headline
    m("net_profit_growth|profit_growth|cash_profit_growth", 20, "%", E, opt=True),       # headline
    m("buyback|share_buyback|buyback_amount", 6e9, "AUD", E, opt=True),                  # lead
    m("net_profit_growth|profit_growth|cash_profit_growth", 20, "%", E, opt=True),       # "by a fifth"
    m("net_profit|profit|cash_profit", 8.65e9, "AUD", E),
    m("net_profit_growth|profit_growth|cash_profit_growth", 20, "%", E),
    m("buyback|share_buyback|buyback_amount", 6e9, "AUD", E),
    m("final_dividend|dividend_per_share|dps", 2, "AUD", E),
    m("excess_capital|capital_generated", 6.2e9, "AUD", E),
    m("cash_profit_consensus|net_profit_consensus|cash_earnings_estimate", 8.6e9, "AUD", E),
    m("final_dividend_consensus|dividend_estimate|dps_consensus", 1.89, "AUD", E),
], [])

# ---------------------------------------------------------------- en08 IPO week in review: Navigator, Vince, Oxford Immunotec, Sungy (24/7 Wall St.-style repost)
# No year is stated ("week ending November 22nd") -> no periods. IPO counts (nine scheduled, five completed) are key
# count rows for the US IPO market. Navigator's enlarged offer: the 11.3 million initial size is in a sentence of its own
# -> its own row (no prior), as news7. "about $156 million" / "about $73 million" / "about 43%" keep the stated numbers.
# IPO prices, ranges, shares offered, opening and closing prices and the first-day gain are key (as news9 en07); the
# intraday peak "around $16" is optional.
NV = "Navigator Holdings|Navigator Holdings Ltd.|Navigator|NVGS"
VN = "Vince Holding|Vince Holding Corp.|Vince|VNCE|Apparel Holding Corp."
OX = "Oxford Immunotec|Oxford Immunotec Global PLC|Oxford Immunotec Global|OXFD"
SG = "Sungy Mobile|Sungy Mobile Ltd.|GOMO"
US = "US IPO market|U.S. IPO market|US"
G["en08"] = ([
    m("ipo_count_scheduled|ipo_count|ipos_scheduled", 9, "IPOs", US),
    m("ipo_count|ipos", 5, "IPOs", US),
    m("shares_offered|ipo_shares", 12e6, "shares", NV),
    m("ipo_price|offer_price", 19, "USD", NV),
    m("ipo_price_range|price_range", None, "USD", NV, rng=(17, 19)),
    m("shares_offered|ipo_shares", 11.3e6, "shares", NV),
    m("ipo_proceeds|amount_raised", 156e6, "USD", NV),
    m("use_of_proceeds|proceeds_for_ships", 73e6, "USD", NV),
    m("close_price|price", 19.97, "USD", NV),
    m("close_price|price", 20.06, "USD", NV),
    m("shares_offered|ipo_shares", 10e6, "shares", VN),
    m("ipo_price|offer_price", 20, "USD", VN),
    m("ipo_price_range|price_range", None, "USD", VN, rng=(17, 19)),
    m("open_price|opening_price|price", 29.50, "USD", VN),
    m("close_price|price", 28.66, "USD", VN),
    m("price_change|first_day_gain|premium_to_ipo_price", 43, "%", VN),
    m("shares_offered|ipo_shares", 5.4e6, "shares", OX),
    m("ipo_price|offer_price", 12, "USD", OX),
    m("ipo_price_range|price_range", None, "USD", OX, rng=(13, 15)),
    m("open_price|opening_price|price", 14, "USD", OX),
    m("close_price|price", 15.88, "USD", OX),
    m("ipo_price|offer_price", 11.22, "USD", SG),
    m("ipo_price_range|price_range", None, "USD", SG, rng=(9.50, 11.50)),
    m("open_price|opening_price|price", 14.11, "USD", SG),
    m("price|intraday_high", 16, "USD", SG, opt=True),
    m("close_price|price", 13.35, "USD", SG),
], [])
