# Hand-written labels for news10/en passages en01-en08 (helper A). Read from texts/enNN.txt only; no extractor run.

# ---------------------------------------------------------------- en01 Schaeffer's downgrade roundup (2016)
# As the development corpus's Schaeffer's passage (en13): share prices, moves, highs/lows and option-flow counts in a
# rating roundup are optional. "no fewer than 10 analysts trimmed their price targets, to a range between $10 and $16"
# has no named broker -> labelled as an (optional) target range metric plus an analyst count, not as rating actions.
# Macquarie/Bernstein downgrades carry no prior rating. The SQ calls are rating cuts "to neutral from buy".
MU = "Micron Technology|Micron Technology, Inc.|Micron|MU"
SQ = "Square|Square Inc|SQ"
TGT = "Target|Target Corporation|TGT"
G["en01"] = ([
    m("price_change", -1.1, "%", MU, opt=True),
    m("price", 10.37, "USD", MU, opt=True),
    m("analyst_count|target_cuts", 10, "analysts", MU, opt=True),
    m("target_price|target_price_range", None, "USD", MU, rng=(10, 16), opt=True),
    m("price_change_ytd|price_change", -29, "%", MU, opt=True),
    m("price|record_high|all_time_high", 15.13, "USD", SQ, opt=True),
    m("price_change", -3.1, "%", SQ, opt=True),
    m("price", 14.56, "USD", SQ, opt=True),
    m("price|low", 8.06, "USD", SQ, opt=True),
    m("call_put_ratio|calls_per_put", 6, "x", SQ, opt=True),
    m("price_change", -2.8, "%", TGT, opt=True),
    m("price", 81.30, "USD", TGT, opt=True),
], [
    ra("Macquarie", MU, "downgrade", "neutral"),
    ra("Bernstein", MU, "downgrade", "market perform"),
    ra("BTIG", SQ, "downgrade", "neutral", "buy"),
    ra("Monness Crespi Hardt|Monness, Crespi, Hardt", SQ, "downgrade", "neutral", "buy"),
    ra("Barclays", TGT, "downgrade", "underweight", "overweight", target=70, prior_target=90, cur="USD"),
])

# ---------------------------------------------------------------- en02 Snap post-earnings downgrades (Seeking Alpha, 2017)
# The stock's slide is the story -> key; the price level is optional (as news9 en03). "a few billions" of market cap
# has no number -> not labelled. "a Sell equivalent" -> rating "sell"; "to Hold" -> hold; no prior ratings stated.
# Targets paired by "respectively". Canaccord: target cut with no rating stated -> cut_target, rating None.
# Tencent's extra 10% of Snap is key (stake acquired); Spiegel's 11% stake is incidental (optional).
E = "Snap|Snap Inc.|SNAP"
G["en02"] = ([
    m("price_change", -17.9, "%", E),
    m("price", 12.40, "USD", E, opt=True),
    m("stake_acquired|stake|stake_increase", 10, "%", "Snap|Tencent"),
    m("stake|ownership_stake", 11, "%", "Snap|Evan Spiegel", opt=True),
], [
    ra("UBS", E, "downgrade", "sell", target=7, cur="USD"),
    ra("JPMorgan|JP Morgan", E, "downgrade", "sell", target=10, cur="USD"),
    ra("Stifel|Stifel Nicolaus", E, "downgrade", "hold", target=13, cur="USD"),
    ra("RBC|RBC Capital Markets", E, "downgrade", "hold", target=15, cur="USD"),
    ra("Canaccord Genuity|Canaccord", E, "cut_target", None, target=12, prior_target=15, cur="USD"),
    ra("Wells Fargo", E, "cut_target", "market perform", target=13, prior_target=15, cur="USD"),
    ra("Pivotal|Pivotal Research", E, "reiterate", "sell"),
])

# ---------------------------------------------------------------- en03 Procter & Gamble fiscal first quarter (CNBC, 2019)
# The text names fiscal 2020 only for the outlook; the quarter itself is "fiscal first-quarter" with no year -> no period
# (the year is not stated for it). Bullet lines restated in the body: the bullets are optional repeats, the body rows
# key (as news9 en06). Net income and GAAP EPS take the year-ago figures of the same "up from" sentence as priors.
# Guidance: raised ranges with the old ranges as prior ranges; "nearly 30%" keeps 30.
E = "Procter & Gamble|P&G|PG"
G["en03"] = ([
    m("eps", 1.37, "USD", E, basis="adjusted", opt=True),                      # bullet
    m("eps_consensus|eps_estimate", 1.24, "USD", E, opt=True),                 # bullet
    m("revenue|net_sales", 17.80e9, "USD", E, opt=True),                       # bullet
    m("revenue_consensus|revenue_estimate", 17.42e9, "USD", E, opt=True),      # bullet
    m("price_change|premarket_change", 3.8, "%", E),
    m("price_change_ytd|ytd_change", 30, "%", E),
    m("market_cap|market_value", 298e9, "USD", E),
    m("net_income|net_profit", 3.59e9, "USD", E, prior=3.20e9),
    m("eps", 1.36, "USD", E, prior=1.22, basis="GAAP"),
    m("eps", 1.37, "USD", E, basis="adjusted"),
    m("eps_consensus|eps_estimate", 1.24, "USD", E),
    m("revenue_growth|net_sales_growth", 7, "%", E),
    m("revenue|net_sales", 17.80e9, "USD", E),
    m("revenue_consensus|revenue_estimate", 17.42e9, "USD", E),
    m("guidance_sales_growth|guidance_revenue_growth", None, "%", E, "FY2020", rng=(3, 5), prng=(3, 4), basis="all-in"),
    m("guidance_eps_growth|eps_growth_guidance", None, "%", E, "FY2020", rng=(4, 10), prng=(4, 9), basis="core"),
], [])

# ---------------------------------------------------------------- en04 Mitie Group first half (dpa-AFX / RTTNews, 2024)
# "six months to 30 September 2024" is a first half of a fiscal year running from April 2024: labelled FY2025H1 (the
# fiscal year named by its end year, as the corpus writes Indian fiscal 2019/20 as FY2020). Every "X compared with /
# versus / from Y" pair is one row with Y as prior. Pence scaled to GBP. The headline 14% restates the body (optional).
E = "Mitie|Mitie Group|Mitie Group plc"
P = "FY2025H1"
G["en04"] = ([
    m("revenue_growth", 14, "%", E, P, opt=True),                                   # headline
    m("pretax_profit|profit_before_tax", 56.8e6, "GBP", E, P, prior=52.3e6),
    m("eps", 0.027, "GBP", E, P, prior=0.030),
    m("pretax_profit|profit_before_tax", 94.5e6, "GBP", E, P, prior=84.3e6, basis="adjusted"),
    m("eps", 0.050, "GBP", E, P, prior=0.048, basis="adjusted"),
    m("revenue_growth", 14, "%", E, P),
    m("revenue", 2.43e9, "GBP", E, P),
    m("organic_growth|organic_revenue_growth", 8, "%", E, P),
    m("interim_dividend|dividend_per_share|dps", 0.013, "GBP", E, P),
], [])

# ---------------------------------------------------------------- en05 Allocate Software recommends HgCapital offer (Alliance News, 2014)
# M&A entities "target|bidder" for deal figures (as news9 en05); the close price and dividend belong to the target.
# Headline and body both give the GBP109.6 million value: headline optional repeat. "around GBP109.6 million" keeps the
# stated number. Pence scaled to GBP. Acceptances of 47.1% of the share capital are key; the 75% approval threshold is a
# voting rule (optional). The final dividend has no year -> no period.
T = "Allocate Software|Allocate Software PLC|Allocate"
D = "Allocate Software|Allocate Software PLC|Allocate|Acorn Bidco|HgCapital"
G["en05"] = ([
    m("deal_value|offer_value|valuation", 109.6e6, "GBP", D, opt=True),                 # headline
    m("deal_value|offer_value|valuation", 109.6e6, "GBP", D),
    m("offer_price|offer_value_per_share", 1.5355, "GBP", D),
    m("premium|offer_premium", 35.3, "%", D),
    m("price|close_price", 1.135, "GBP", T),
    m("acceptances|acceptance_level", 47.1, "%", D),
    m("approval_threshold|required_approval", 75, "%", D, opt=True),
    m("final_dividend|dividend_per_share|dps", 0.0145, "GBP", T),
], [])

# ---------------------------------------------------------------- en06 Samsung Electronics first-quarter estimate (Reuters)
# No year is stated for the reported quarter ("SEOUL, April 7", "first-quarter"); "highest level since the third quarter
# of 2015" only bounds it, so no period is given (not guessed). The company's own preliminary figures are labelled as
# the quarter's operating profit / revenue. The USD conversion, the analyst count and the exchange-rate footnote are
# optional. won = KRW.
E = "Samsung Electronics|Samsung Electronics Co Ltd|Samsung"
G["en06"] = ([
    m("operating_profit_growth|operating_income_growth", 10.4, "%", E),
    m("operating_profit|operating_income", 6.6e12, "KRW", E),
    m("operating_profit|operating_income", 5.7e9, "USD", E, opt=True),
    m("operating_profit_consensus|operating_profit_estimate", 5.6e12, "KRW", E),
    m("analyst_count", 23, "analysts", E, opt=True),
    m("revenue_growth", 4, "%", E),
    m("revenue", 49e12, "KRW", E),
    m("exchange_rate|fx_rate", 1154.2, "KRW", "USD/KRW", opt=True),
], [])

# ---------------------------------------------------------------- en07 HSBC cuts HKEX target, keeps Buy (Investing.com repost, 2024)
# Excerpt of the body (the page headline, which names Investing.com as if it were the broker, is left out). A target cut
# with the rating kept is cut_target; "Despite the downgrade" refers to that cut, not to a rating change (one action).
# HK$ = HKD. HSBC's long-term ADT growth forecast 6% "down from" 10% -> prior. The market's 3% is a consensus figure.
# EPS forecast cuts carry the stated years. The 10% ADT drop "over the past two years" is key, no period.
E = "Hong Kong Exchanges and Clearing|Hong Kong Exchanges and Clearing Limited|HKEX|HKEx"
A = "Hong Kong Exchanges and Clearing|HKEX|HKEx|Hong Kong stock market"
G["en07"] = ([
    m("adt_growth_forecast|average_daily_turnover_growth_forecast", 6, "%", A, prior=10),
    m("adt_growth_consensus|adt_growth_expectation|average_daily_turnover_growth_consensus", 3, "%", A),
    m("eps_forecast_change|eps_estimate_change", -10, "%", E, "2024"),
    m("eps_forecast_change|eps_estimate_change", -11, "%", E, "2025"),
    m("adt_change|average_daily_turnover_change", -10, "%", A),
], [
    ra("HSBC", E, "cut_target", "buy", target=270, prior_target=352, cur="HKD"),
])

# ---------------------------------------------------------------- en08 Rolls-Royce full year, dividend and buyback (City AM repost, 2025)
# The results year itself is not stated ("full-year") -> no period for profit, revenue and the 6p dividend. The buyback
# runs "through 2025" -> 2025; the lead mention is key, the two restatements optional. "over 14%" and "approximately
# £17.3bn" keep the stated numbers. The "previous forecast of between £2.1bn and £2.3bn" is the company's earlier
# guidance for the same profit (a range, key, no prior). Medium-term targets "by 2028" apply to both ranges.
# "nearly doubled" / "almost sixfold" are written multiples of the share price (optional, x).
E = "Rolls-Royce|Rolls-Royce Holdings"
G["en08"] = ([
    m("buyback|share_buyback|buyback_amount", 1e9, "GBP", E, "2025"),
    m("dividend_per_share|dividend|dps", 0.06, "GBP", E),
    m("buyback|share_buyback|buyback_amount", 1e9, "GBP", E, "2025", opt=True),
    m("price_change", 14, "%", E),
    m("underlying_profit|underlying_operating_profit|operating_profit", 2.5e9, "GBP", E, basis="underlying"),
    m("guidance_underlying_profit|guidance_operating_profit|profit_guidance", None, "GBP", E, rng=(2.1e9, 2.3e9), basis="underlying"),
    m("revenue", 17.8e9, "GBP", E),
    m("revenue_consensus|revenue_estimate", 17.3e9, "GBP", E),
    m("guidance_underlying_operating_profit|guidance_operating_profit|operating_profit_target", None, "GBP", E, "2028", rng=(3.6e9, 3.9e9), basis="underlying"),
    m("guidance_free_cash_flow|free_cash_flow_target", None, "GBP", E, "2028", rng=(4.2e9, 4.5e9)),
    m("buyback|share_buyback|buyback_amount", 1e9, "GBP", E, "2025", opt=True),
    m("price_change|price_multiple", 2, "x", E, opt=True),
    m("price_change|price_multiple", 6, "x", E, opt=True),
], [])
