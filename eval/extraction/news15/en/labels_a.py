# Hand-written gold labels for news15/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news14 READMEs (hedges and bounds keep
# the stated number as the value; pence scaled to GBP; crore = 1e7; periods only where the text states or implies the
# year; intraday extremes and share prices in results/rating passages optional; repeats optional).

# ---------------------------------------------------------------- en01 Greencore half year and raised full-year guidance (RTE, 2024; GBP)
# UK-listed company results in GBP with guidance. The text states the fiscal year ("the year to September 2024"), so the
# full-year guidance is FY2024 and "the six months to March 29" (the first half of that same fiscal year) is FY2024H1,
# as news10 names a half of a non-calendar fiscal year. The lede's guidance range is key, its later repeat optional.
# "jumped as much as 11.6% ... to reach 155.6 pence" is an intraday extreme (optional, with its price, scaled to GBP).
# "slowed by 6.4% to reach £866.1m from £925.8m" is a fall (the level drops) -> -6.4. "Return a further £50m to
# shareholders over next year" is a capital-return target (key, no period: "next year" names no fiscal year); "a share
# buyback of up to £30m" keeps the stated number (key). "since May 2021", "April 2024", "fourth quarter" are dates.
E = "Greencore|Greencore Group"
P, F = "FY2024H1", "FY2024"
G["en01"] = ([
    m("guidance_operating_profit|operating_profit_guidance|guidance_adjusted_operating_profit", None, "GBP", E, F,
      rng=(86e6, 88e6), basis="adjusted"),
    m("price_change", 11.6, "%", E, opt=True),                                       # as much as, intraday
    m("price|intraday_high", 1.556, "GBP", E, opt=True),
    m("pretax_profit|profit_before_tax", 16.9e6, "GBP", E, P, prior=3.4e6, basis="adjusted"),
    m("pretax_profit_growth|profit_before_tax_growth", 397, "%", E, P, basis="adjusted"),
    m("revenue", 866.1e6, "GBP", E, P, prior=925.8e6),
    m("revenue_growth", -6.4, "%", E, P),
    m("guidance_operating_profit|operating_profit_guidance|guidance_adjusted_operating_profit", None, "GBP", E, F,
      rng=(86e6, 88e6), basis="adjusted", opt=True),                                 # body repeat
    m("capital_return|shareholder_return|cash_return_target", 50e6, "GBP", E),
    m("buyback|share_buyback", 30e6, "GBP", E),
], [])

# ---------------------------------------------------------------- en02 Jefferies upgrades M&S, downgrades Sainsbury's (Sharecast via Hargreaves Lansdown)
# One broker note with two actions, targets in pence scaled to GBP. M&S: upgrade hold -> buy with the target raised to
# 440p from 370p. Sainsbury's: downgrade buy -> hold; the 300p target is stated as unchanged ("price target unchanged")
# -> no prior (news14: a target said to be unchanged has no prior); the separate "price target of 300p" sentence is the
# same target (covered by the action). The share moves at 1330 BST are key (hedge "nearly 1%" keeps 1), the share
# prices optional (prices in a rating passage). "2025/26" names a fiscal year in a quote and carries no figure.
MS = "Marks & Spencer|Marks & Spencer Group|M&S"
SB = "J Sainsbury|Sainsbury's|Sainsbury"
G["en02"] = ([
    m("price_change", 2, "%", MS),
    m("price", 3.805, "GBP", MS, opt=True),
    m("price_change", -1, "%", SB),
    m("price", 2.864, "GBP", SB, opt=True),
], [
    ra("Jefferies", MS, "upgrade", "buy", "hold", target=4.40, prior_target=3.70, cur="GBP"),
    ra("Jefferies", SB, "downgrade", "hold", "buy", target=3.00, cur="GBP"),
])

# ---------------------------------------------------------------- en03 TheStreet "Wednesday's Analysts' Upgrades and Downgrades" (2007-era roundup)
# Eight rating changes. Target with "from" -> prior target; a target written alone ("$50 price target", "moves price
# target to $85") has no prior; MetroPCS's target that "stays at $38" is a held target (no prior). Adams Respiratory
# and Par Pharmaceutical are downgrades to Neutral with no prior rating written -> prior None. "Market-weight" is
# normalised to "market-weight" (as equal-weight), "equalweight" to "equal-weight". Year-to-date moves (11%, "31% so far
# this year") are key share moves with no period (no year in the text). The analyst's 2008 EPS estimate for MetroPCS is
# key with period 2008. Credit Suisse's "10%-15% top-line growth over next 3 years" for Johnson Controls' building
# efficiency business is an analyst growth forecast, decided key as a range (analyst estimates are rows); "3 years"
# is a duration (not labelled).
ARX = "Adams Respiratory|Adams Respiratory Therapeutics|ARXT"
PRX = "Par Pharmaceutical|PRX"
JCI = "Johnson Controls|JCI"
PCS = "MetroPCS|PCS"
G["en03"] = ([
    m("price_change|ytd_change", 11, "%", ARX),
    m("revenue_growth_forecast|revenue_growth_estimate|revenue_growth", None, "%",
      JCI + "|building efficiency|Johnson Controls building efficiency", rng=(10, 15)),
    m("eps_estimate|eps_forecast", 0.97, "USD", PCS, "2008"),
    m("price_change|ytd_change", 31, "%", PRX),
], [
    ra("Merrill Lynch|Merrill", ARX, "downgrade", "neutral"),
    ra("Goldman Sachs|Goldman", "Borders|Borders Group|BGP", "downgrade", "sell", "neutral", target=19, prior_target=20, cur="USD"),
    ra("Thomas Weisel|Thomas Weisel Partners", "Boyd Gaming|BYD", "downgrade", "market-weight", "overweight", target=50, cur="USD"),
    ra("Credit Suisse", "Gilead|Gilead Sciences|GILD", "downgrade", "neutral", "outperform", target=89, prior_target=84, cur="USD"),
    ra("Credit Suisse", JCI, "upgrade", "outperform", "neutral", target=135, prior_target=110, cur="USD"),
    ra("Morgan Stanley", "Moody's|MCO", "upgrade", "overweight", "equal-weight", target=85, cur="USD"),
    ra("Jefferies", PCS, "downgrade", "hold", "buy", target=38, cur="USD"),
    ra("Merrill Lynch|Merrill", PRX, "downgrade", "neutral"),
])

# ---------------------------------------------------------------- en04 BAT agrees to buy Reynolds American (Zee Business / Reuters, no year in text)
# M&A entities use "target|acquirer" alternatives. The deal value ($49.4 billion) is key, its headline repeat and the
# bracketed rupee conversion ("Rs 3,28,645.9 crore", Indian digit grouping, "nearly" kept) optional. The offer increase
# "by more than $2 billion" keeps the stated number (key); its rupee conversion optional. The per-share terms ($29.44
# cash plus 0.5260 BAT shares per Reynolds share) and the 26% premium are key; BAT's existing 42% stake is key (deal
# term). No year is stated ("October 20", "Tuesday") -> no periods. "12-year absence" is a duration (not labelled).
D = "Reynolds American|Reynolds American Inc|Reynolds|British American Tobacco|BAT"
G["en04"] = ([
    m("deal_value|takeover_value|transaction_value", 49.4e9, "USD", D, opt=True),          # headline
    m("deal_value|takeover_value|transaction_value", 49.4e9, "USD", D),
    m("deal_value|takeover_value|transaction_value", 3286459e6, "INR", D, opt=True),       # Rs 3,28,645.9 crore
    m("offer_increase|bid_increase|deal_value_change", 2e9, "USD", D),
    m("offer_increase|bid_increase|deal_value_change", 133055e6, "INR", D, opt=True),      # Rs 13,305.5 crore
    m("stake|existing_stake|stake_held", 42, "%", D),
    m("cash_per_share|cash_component", 29.44, "USD", D),
    m("exchange_ratio|share_ratio|bat_shares_per_share", 0.5260, "shares", D),
    m("premium|offer_premium", 26, "%", D),
], [])

# ---------------------------------------------------------------- en05 Apple expands capital return program to $200 billion (MacTech, April 2015)
# Buyback and dividend announcement. "an increase of more than 50%" keeps 50 (key). The $200 billion program is key;
# its deadline ("by the end of March 2017") is a cumulative horizon, not a reporting period -> no period. The buyback
# authorization "to $140 billion from the $90 billion level" -> prior. The 11% dividend increase and the $.52 quarterly
# dividend are key; the text dates only the payment (May 14, 2015), not the dividend's fiscal period -> no period.
# Cumulative returns since August 2012 through March 2015 ("over $112 billion", of which "$80 billion" in buybacks)
# are key with no period (a multi-year span, not one period). "third time in less than three years" is not labelled.
E = "Apple|Apple Inc"
G["en05"] = ([
    m("capital_return_program_increase|capital_return_increase", 50, "%", E),
    m("capital_return_program|capital_return|capital_return_target", 200e9, "USD", E),
    m("buyback_authorization|share_repurchase_authorization|buyback", 140e9, "USD", E, prior=90e9),
    m("dividend_growth|dps_growth", 11, "%", E),
    m("quarterly_dividend|dividend_per_share|dps", 0.52, "USD", E),
    m("capital_returned|cumulative_capital_returned", 112e9, "USD", E),
    m("buybacks_to_date|share_repurchases|buyback", 80e9, "USD", E),
], [])

# ---------------------------------------------------------------- en06 Indian earnings wrap: IRCTC, Shree Cement, JB Chemicals, Lux Industries (BQ Prime, Q2 FY24)
# Indian company results in Rs crore (1e7, INR). Every block is "Q2 FY24" -> FY2024Q2; the prose's "quarter ended
# September" is the same quarter (FY2024Q2). Table lines "X vs Y" put Y in prior; the table blocks are marked
# basis "consolidated" (the prose does not say). IRCTC: the prose's profit (Rs 295 crore, up 30%) differs from the
# table's reported profit (Rs 296 crore, up 31.56%) -> all key. Shree Cement: "profit doubled" (words) is a rounded
# restatement of "2.4 times" -> optional 2 x; the table's "2.44 times" and 18.87% differ from the prose's 2.4 times and
# 19% -> key; the table's exact repeats of the Rs 446.6 crore profit and the Rs 4,800 / 4,038 crore revenue are
# optional (one key row per figure; the table's profit row carries the year-ago Rs 183.2 crore as prior). Margins
# "X% vs Y%" -> margin with prior in %. Consensus estimates (Bloomberg) are key.
IR = "Indian Railways Catering and Tourism Corp.|IRCTC|Indian Railways Catering and Tourism Corporation"
SC = "Shree Cement|Shree Cement Ltd."
JB = "JB Chemicals|JB Chemicals & Pharmaceuticals"
LX = "Lux Industries"
Q = "FY2024Q2"
C = "consolidated"
G["en06"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 30, "%", IR, Q),
    m("net_profit|net_income|profit", 295e7, "INR", IR, Q),
    m("net_profit_consensus|net_profit_estimate", 281e7, "INR", IR, Q),
    m("net_profit_growth|net_income_growth|profit_growth", 2, "x", SC, Q, opt=True),            # "doubled"
    m("net_profit_growth|net_income_growth|profit_growth", 2.4, "x", SC, Q),
    m("net_profit|net_income|profit", 446.6e7, "INR", SC, Q),
    m("net_profit_consensus|net_profit_estimate", 328.1e7, "INR", SC, Q),
    m("revenue_growth", 19, "%", SC, Q),
    m("revenue", 4800e7, "INR", SC, Q, prior=4038e7),
    # IRCTC table
    m("revenue_growth", 23.44, "%", IR, Q, basis=C),
    m("revenue", 995e7, "INR", IR, Q, prior=806e7, basis=C),
    m("ebitda_growth", 19.91, "%", IR, Q, basis=C),
    m("ebitda", 366e7, "INR", IR, Q, prior=305e7, basis=C),
    m("ebitda_margin|margin", 36.8, "%", IR, Q, prior=37.89, basis=C),
    m("net_profit_growth|net_income_growth|profit_growth", 31.56, "%", IR, Q, basis=C),
    m("net_profit|net_income|profit|reported_profit", 296e7, "INR", IR, Q, prior=225e7, basis=C),
    # Shree Cement table
    m("revenue_growth", 18.87, "%", SC, Q, basis=C),
    m("revenue", 4800e7, "INR", SC, Q, prior=4038e7, basis=C, opt=True),                        # repeat
    m("ebitda_growth", 63.82, "%", SC, Q, basis=C),
    m("ebitda", 885.8e7, "INR", SC, Q, prior=540.7e7, basis=C),
    m("ebitda_margin|margin", 18.45, "%", SC, Q, prior=13.39, basis=C),
    m("net_profit_growth|net_income_growth|profit_growth", 2.44, "x", SC, Q, basis=C),
    m("net_profit|net_income|profit|reported_profit", 446.6e7, "INR", SC, Q, prior=183.2e7, basis=C, opt=True),  # repeat
    # JB Chemicals table
    m("revenue_growth", 8.93, "%", JB, Q, basis=C),
    m("revenue", 881.74e7, "INR", JB, Q, prior=809.44e7, basis=C),
    m("ebitda_growth", 31.94, "%", JB, Q, basis=C),
    m("ebitda", 243.54e7, "INR", JB, Q, prior=184.58e7, basis=C),
    m("ebitda_margin|margin", 27.62, "%", JB, Q, prior=22.8, basis=C),
    m("net_profit_growth|net_income_growth|profit_growth", 35.56, "%", JB, Q, basis=C),
    m("net_profit|net_income|profit", 150.59e7, "INR", JB, Q, prior=111.08e7, basis=C),
    # Lux Industries table
    m("revenue_growth", 0.56, "%", LX, Q, basis=C),
    m("revenue", 639.3e7, "INR", LX, Q, prior=635.7e7, basis=C),
    m("ebitda_growth", -14.9, "%", LX, Q, basis=C),
    m("ebitda", 55.1e7, "INR", LX, Q, prior=64.7e7, basis=C),
    m("ebitda_margin|margin", 8.6, "%", LX, Q, prior=10.2, basis=C),
    m("net_profit_growth|net_income_growth|profit_growth", -12.63, "%", LX, Q, basis=C),
    m("net_profit|net_income|profit|reported_profit", 35.9e7, "INR", LX, Q, prior=41.1e7, basis=C),
], [])
