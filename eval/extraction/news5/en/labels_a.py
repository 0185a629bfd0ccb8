# Hand-written labels for news5/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 Schaeffer's downgrades roundup: BlackBerry, Cisco, Twitter (2013)
# Citigroup's CSCO "sell" with an $18 target: the text gives no earlier Citigroup rating; the headline files it under
# downgrades, so it is a downgrade with no prior rating. Mizuho "resumed coverage" is an initiation.
BB, CS, TW = "BlackBerry|BlackBerry Ltd|BBRY", "Cisco|Cisco Systems|Cisco Systems, Inc.|CSCO", "Twitter|Twitter Inc|TWTR"
G["en01"] = ([
    m("price_change_ytd|price_change", -49.7, "%", BB, opt=True),
    m("close_price|price", 5.97, "USD", BB, opt=True),
    m("implied_downside|implied_upside|upside", -33, "%", BB),
    m("analyst_count", 26, "analysts", BB, opt=True),
    m("analysts_hold", 17, "analysts", BB, opt=True),
    m("analysts_sell", 2, "analysts", BB, opt=True),
    m("analysts_strong_sell", 7, "analysts", BB, opt=True),
    m("price_change_from_high|price_change", -20, "%", CS, opt=True),
    m("annual_high|price_high", 26.49, "USD", CS, opt=True),
    m("close_price|price", 21.21, "USD", CS, opt=True),
    m("price_change", -0.9, "%", CS, opt=True),                       # indicated opening loss
    m("implied_downside|implied_upside|upside", -11.5, "%", TW),
    m("close_price|price", 51.99, "USD", TW, opt=True),
    m("consensus_target_price|target_price", 39.95, "USD", TW),
    m("lifetime_low|price_low", 38.80, "USD", TW, opt=True),
], [
    ra("Citigroup|Citi", BB, "downgrade", "sell", "neutral", target=4, prior_target=7, cur="USD"),
    ra("Mizuho Securities|Mizuho", CS, "initiate", "neutral"),
    ra("Citigroup|Citi", CS, "downgrade", "sell", target=18, cur="USD"),
    ra("Macquarie", TW, "initiate", "neutral", target=46, cur="USD"),
])

# ---------------------------------------------------------------- en02 HSBC cuts HKEX to hold, raises target, HK$ (Zhitong Finance via Futu)
# The 26% target rise restates the rating action's target move (optional). The ADT forecasts belong to the Hong Kong
# market (as in news3 en06); the profit forecasts to HKEX, years tied by "respectively". No prior rating is stated.
HKX = "HKEX|Hong Kong Exchanges|Hong Kong Exchanges and Clearing|Hong Kong Stock Exchange"
HKM = "Hong Kong stock market|Hong Kong stocks|HKEX|Hong Kong Stock Exchange"
G["en02"] = ([
    m("target_price_change", 26, "%", HKX, opt=True),
    m("target_price_change", 26, "%", HKX, opt=True),                  # repeated in the body
    m("average_daily_turnover_forecast|adt_forecast", 121e9, "HKD", HKM, "2024"),
    m("average_daily_turnover_forecast|adt_forecast", 160e9, "HKD", HKM, "2025"),
    m("average_daily_turnover_forecast|adt_forecast", 170e9, "HKD", HKM, "2026"),
    m("profit_forecast_change|earnings_forecast_change", 5.4, "%", HKX, "2024"),
    m("profit_forecast_change|earnings_forecast_change", 16.9, "%", HKX, "2025"),
    m("profit_forecast_change|earnings_forecast_change", 18.1, "%", HKX, "2026"),
    m("price_change", 55, "%", HKX, opt=True),                         # since September 24
], [
    ra("HSBC|HSBC Global Research", HKX, "downgrade", "hold", target=378, prior_target=300, cur="HKD"),
])

# ---------------------------------------------------------------- en03 Schaeffer's downgrades roundup: Kellogg, Michael Kors, Targacept (2014)
# Citigroup and Sterne Agee cut their KORS targets without a stated figure or rating: cut_target with no target.
# Barclays' $82 is a lowered target with an underweight rating (no change of rating stated): cut_target.
K, KO, TR = "Kellogg|Kellogg Company|K", "Michael Kors|Michael Kors Holdings Ltd|KORS", "Targacept|Targacept, Inc.|TRGT"
G["en03"] = ([
    m("close_price|price", 66.20, "USD", K, opt=True),
    m("implied_downside|implied_upside|upside", -10.9, "%", K),
    m("price_change_ytd|price_change", 8.4, "%", K, opt=True),
    m("buy_ratings_share|buy_ratings", 17, "%", K, opt=True),
    m("price_change", -3.5, "%", KO, opt=True),
    m("close_price|price", 85.67, "USD", KO, opt=True),
    m("price_change", -3, "%", KO, opt=True),                          # set to open more than 3% lower
    m("implied_downside|implied_upside|upside", -21, "%", TR),
    m("price_change", -19.8, "%", TR, opt=True),                       # as much as, intraday
    m("close_price|price", 4.41, "USD", TR, opt=True),
    m("price_change", -0.7, "%", TR, opt=True),
], [
    ra("Goldman Sachs|Goldman", K, "downgrade", "sell", target=59, prior_target=64, cur="USD"),
    ra("Barclays", KO, "cut_target", "underweight", target=82, cur="USD"),
    ra("Citigroup|Citi", KO, "cut_target", None),
    ra("Sterne Agee", KO, "cut_target", None),
    ra("MKM Partners|MKM", TR, "cut_target", None, target=3.50, prior_target=4.50, cur="USD"),
])

# ---------------------------------------------------------------- en04 iRobot third-quarter results, 2018 guidance raised (AlphaStreet, 2018)
# The quarter is 2018Q3: it is compared with "the third quarter of 2017" and the outlook is "full-year 2018".
# The prior revenue outlook is printed "$1.06-$1.08 million" (a source slip for billion); labelled as printed.
E = "iRobot|iRobot Corp|IRBT"
Q = "2018Q3"
G["en04"] = ([
    m("price_change", 10, "%", E),                                     # about 10%, after hours
    m("net_profit|net_income", 31.93e6, "USD", E, Q, prior=22.08e6),
    m("eps", 1.12, "USD", E, Q, prior=0.76),
    m("revenue_growth", 29, "%", E, Q),
    m("revenue", 264.53e6, "USD", E, Q),
    m("guidance_revenue|revenue_guidance", None, "USD", E, "2018", rng=(1.08e9, 1.09e9), prng=(1.06e6, 1.08e6)),
    m("guidance_eps|eps_guidance", None, "USD", E, "2018", rng=(2.55, 2.75), prng=(2.30, 2.50)),
    m("guidance_operating_profit|operating_profit_guidance|operating_income_guidance", None, "USD", E, "2018", rng=(92e6, 96e6)),
    m("price_change", 2, "%", E, opt=True),                            # regular session
    m("price_change", 14, "%", E, opt=True),                           # about 14% over twelve months
], [])

# ---------------------------------------------------------------- en05 Tesco starts £1bn buyback; annual results (Alliance News via Shares, 2024)
# Period: the total dividend is compared with "financial 2023", so the year just reported is FY2024. The buyback
# figures carry no period (the programme runs "by April 2025"). "up to £1 billion" keeps the stated number.
E = "Tesco|Tesco PLC"
P = "FY2024"
G["en05"] = ([
    m("buyback|share_buyback", 1e9, "GBP", E),
    m("buyback_tranche|share_buyback", 450e6, "GBP", E),
    m("cumulative_buyback|shares_bought_back|share_buyback", 1.8e9, "GBP", E),
    m("shares_bought_back|share_buyback", 750e6, "GBP", E),            # in the 12 months to this month
    m("pretax_profit|profit_before_tax", 2.29e9, "GBP", E, P, prior=882e6),
    m("revenue_growth", 4.4, "%", E, P),
    m("revenue", 68.19e9, "GBP", E, P, prior=65.32e9),
    m("cost_of_sales_growth", 2.1, "%", E, P),
    m("cost_of_sales", 62.84e9, "GBP", E, P, prior=61.52e9),
    m("final_dividend|dividend_per_share", 0.0825, "GBP", E, P),
    m("total_dividend|dividend_per_share", 0.1210, "GBP", E, P, prior=0.1090),
    m("dividend_growth|total_dividend_growth", 11, "%", E, P),
    m("price_change", 2.3, "%", E),
    m("price", 2.879, "GBP", E, opt=True),                             # 287.90 pence
], [])

# ---------------------------------------------------------------- en06 Samsung Electronics Q1 operating profit guidance (Yonhap)
# The text says only "the first quarter of this year" (dateline April 7, no year): period None. The 2013 record is
# historic trivia (optional). The chip business estimate is the brokerages' (an estimate, key).
E = "Samsung Electronics|Samsung Electronics Co.|Samsung"
G["en06"] = ([
    m("operating_profit", 9.9e12, "KRW", E, prior=6.68e12),
    m("operating_profit", 9.9e12, "KRW", E, opt=True),                 # headline repeat
    m("operating_profit_growth", 48.2, "%", E),
    m("operating_profit", 8.76e9, "USD", E, opt=True),                 # conversion
    m("record_operating_profit|operating_profit", 10.1e12, "KRW", E, "2013Q3", opt=True),
    m("revenue_growth|sales_growth", 0.44, "%", E),
    m("revenue|sales", 50e12, "KRW", E),
    m("operating_profit_consensus|operating_profit_estimate", 9.43e12, "KRW", E),
    m("broker_count|analyst_count", 22, "brokerage houses", E, opt=True),
    m("segment_operating_profit_estimate|operating_profit_estimate", 6e12, "KRW",
      "Samsung Electronics chip business|Samsung chipmaking business|Samsung Electronics"),
], [])

# ---------------------------------------------------------------- en07 Roche to buy InterMune for $8.3bn (forum repost, 2014)
# Deal figures use "target|acquirer" alternatives (news3 convention); the closing prices belong to the target alone.
E = "InterMune|InterMune Inc|ITMN|Roche|Roche Holding AG"
T = "InterMune|InterMune Inc|ITMN"
G["en07"] = ([
    m("deal_value", 8.3e9, "USD", E),
    m("offer_price", 74.00, "USD", E),
    m("premium|offer_premium", 38, "%", E),
    m("price|close_price", 53.80, "USD", T),
    m("premium|offer_premium", 63, "%", E, basis="unaffected"),
    m("price|close_price|unaffected_price", 45.49, "USD", T),
], [])

# ---------------------------------------------------------------- en08 Casper Sleep IPO debut, PPD IPO (Reuters via Financial Post, 2020)
# "the first nine months of 2019" is 2019Q1-Q3 (the development corpus's notation). The net loss is a negative net
# profit, as in news4 (Deliveroo); it "widened 5%": the change is labelled +5 on net_loss.
E = "Casper Sleep|Casper Sleep Inc|Casper"
PPD = "PPD|PPD Inc"
G["en08"] = ([
    m("debut_price_change|price_change", 21, "%", E),
    m("price_change", 30, "%", E, opt=True),                          # as much as, early trade
    m("open_price|debut_price|price", 14.5, "USD", E),
    m("valuation|market_cap", 574.6e6, "USD", E),
    m("private_valuation|valuation", 1.1e9, "USD", E),
    m("ipo_shares|shares_sold", 8.35e6, "shares", E),
    m("ipo_price|offer_price", 12, "USD", E),
    m("funds_raised|ipo_proceeds", 100.2e6, "USD", E),
    m("ipo_price_range|ipo_price", None, "USD", E, rng=(12, 13), prng=(17, 19)),
    m("revenue", 312.3e6, "USD", E, "2019Q1-Q3"),
    m("revenue_growth", 20, "%", E, "2019Q1-Q3"),
    m("net_loss_change|net_loss_growth", 5, "%", E, "2019Q1-Q3"),
    m("net_profit|net_loss", -67.3e6, "USD", E, "2019Q1-Q3"),
    m("funds_raised|ipo_proceeds", 1.62e9, "USD", PPD),
    m("debut_price_change|price_change", 15, "%", PPD),
], [])
