# Hand-written gold labels for news19/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news18/en/README.md (values fully
# scaled, pence scaled to GBP, declines negative, a hedge keeps the stated number, a same-sentence earlier value is the
# prior, periods only where the text states or implies the year or from a printed dateline, market-wrap levels and moves
# carry no period, share prices in rating passages optional and in movers wraps key, repeats optional, broker targets
# only in rating actions, a bracketed currency conversion is no row).

# ---------------------------------------------------------------- en07 Citigroup: BMO downgrade plus five earlier broker actions (MarketBeat syndication via reporter.am; no year in text)
# MarketBeat-style rating note on one US stock. Six rating actions: BMO downgrade outperform -> market perform with a
# $57.00 target (no prior target stated); Piper Sandler and Morgan Stanley cut their targets with the rating "set"
# (neutral / underweight) -> cut_target with that rating; HSBC upgrade hold -> buy with the target raised $42 -> $61;
# Oppenheimer raise_target $82 -> $85, outperform; Jefferies cut_target $47 -> $43 with no rating named (rating None).
# The earlier actions (October-January) are listed as recent history but each is a dated broker action with figures ->
# key, as the MarketBeat rows of the development corpus. The MarketBeat consensus target ($54.09) is a key consensus
# row (news4); the consensus rating "Hold" is no broker action and carries no figure (not labelled). Analyst counts
# (2 sell, 7 hold, 8 buy) optional. The stock boilerplate (opening price, moving averages, 12-month range, quick/current
# /debt-to-equity ratios, PE, PEG, beta) is incidental -> optional; the market capitalisation is key (news13-news17 keep
# market caps key). Dates carry no year -> no periods.
C = "Citigroup|Citigroup Inc|Citi|NYSE:C"
G["en07"] = ([
    m("analyst_count|sell_ratings", 2, "analysts", C, opt=True, basis="sell"),
    m("analyst_count|hold_ratings", 7, "analysts", C, opt=True, basis="hold"),
    m("analyst_count|buy_ratings", 8, "analysts", C, opt=True, basis="buy"),
    m("consensus_target_price|target_price", 54.09, "USD", C),
    m("open_price|opening_price|price", 52.62, "USD", C, opt=True),
    m("moving_average|ma_50", 48.22, "USD", C, opt=True),
    m("moving_average|ma_200", 44.81, "USD", C, opt=True),
    m("price_range_52w|52_week_range|twelve_month_range", None, "USD", C, rng=(38.17, 54.75), opt=True),
    m("quick_ratio", 0.94, "x", C, opt=True),
    m("current_ratio", 0.94, "x", C, opt=True),
    m("debt_to_equity|debt_to_equity_ratio", 1.45, "x", C, opt=True),
    m("market_cap|market_capitalization|market_value", 100.71e9, "USD", C),
    m("pe_ratio|p_e_ratio", 8.34, "x", C, opt=True),
    m("peg_ratio|price_to_earnings_growth_ratio", 1.61, "x", C, opt=True),
    m("beta", 1.57, "x", C, opt=True),
], [
    ra("BMO Capital Markets|BMO", C, "downgrade", "market perform", "outperform", target=57.00, cur="USD"),
    ra("Piper Sandler", C, "cut_target", "neutral", target=45.00, prior_target=47.00, cur="USD"),
    ra("Morgan Stanley", C, "cut_target", "underweight", target=43.00, prior_target=45.00, cur="USD"),
    ra("HSBC", C, "upgrade", "buy", "hold", target=61.00, prior_target=42.00, cur="USD"),
    ra("Oppenheimer", C, "raise_target", "outperform", target=85.00, prior_target=82.00, cur="USD"),
    ra("Jefferies Financial Group|Jefferies", C, "cut_target", None, target=43.00, prior_target=47.00, cur="USD"),
])

# ---------------------------------------------------------------- en08 OCBC third-quarter profit, NIM in bp (CNA/Reuters repost; no year in text)
# Singapore bank quarter in S$ -> SGD. "Thursday (Nov 1)" and "last year" name no year -> periods None (the quarter is
# "the three months ended Sep 30", kept in basis). Net profit "S$1.25 billion (US$902.3 million) ... versus S$1.11
# billion a year ago" -> prior 1.11e9 (same sentence); the US$ conversion is no row. The 12% growth is key once, its
# headline repeat optional. Refinitiv's S$1.15 billion average is a consensus row; "three analysts" optional. NIM
# "rose 6 basis points to 1.72 per cent" -> level 1.72 % and change 6 bp (both key); net interest income S$1.51 billion
# and its 9% growth key; wealth management income +6% key.
O = "OCBC|Oversea-Chinese Banking Corp|Oversea-Chinese Banking Corporation"
QB = "three months ended Sep 30"
G["en08"] = ([
    m("net_profit_growth|profit_growth|net_income_growth", 12, "%", O, opt=True),                 # headline
    m("net_profit_growth|profit_growth|net_income_growth", 12, "%", O, basis=QB),
    m("net_profit|net_income", 1.25e9, "SGD", O, prior=1.11e9, basis=QB),
    m("net_profit_consensus|net_profit_estimate|net_income_consensus", 1.15e9, "SGD", O, basis=QB),
    m("analyst_count", 3, "analysts", O, opt=True),
    m("net_interest_margin|nim", 1.72, "%", O, basis=QB),
    m("net_interest_margin_change|nim_change", 6, "bp", O, basis=QB),
    m("net_interest_income|nii", 1.51e9, "SGD", O, basis=QB),
    m("net_interest_income_growth|nii_growth", 9, "%", O, basis=QB),
    m("wealth_management_income_growth|fee_income_growth", 6, "%", O, basis=QB),
], [])

# ---------------------------------------------------------------- en09 T-Mobile first quarter 2023: revenue miss, subscriber adds, raised guidance (Reuters via TTM, dateline 2023-04-28)
# US telecom quarter with a printed dateline (2023-04-28) -> "first-quarter" / "the quarter ended March" is 2023Q1, "the
# December quarter" 2022Q4, the full year "through December" 2023 (news7: periods from a printed dateline). Revenue
# "fell 2.4 per cent to $19.63 billion, missing analysts' estimate of $19.82 billion" -> revenue, growth -2.4 and a
# consensus row. Postpaid phone net additions 538,000 vs FactSet's 547,800 (consensus row); the December quarter's
# 927,000 is its own sentence -> its own key row (2022Q4). Guidance "between 5.3 million and 5.7 million, compared with
# its earlier forecast of 5.0 million to 5.5 million" -> range with prior range. Shares -3% key. Unit "subscribers".
TM = "T-Mobile|T-Mobile US|T-Mobile US Inc|TMUS"
NA = "postpaid_phone_net_additions|phone_net_additions|net_additions|subscriber_additions"
G["en09"] = ([
    m("price_change", -3, "%", TM),
    m("revenue|total_revenue", 19.63e9, "USD", TM, "2023Q1"),
    m("revenue_growth|total_revenue_growth", -2.4, "%", TM, "2023Q1"),
    m("revenue_consensus|revenue_estimate", 19.82e9, "USD", TM, "2023Q1"),
    m(NA, 538000, "subscribers", TM, "2023Q1"),
    m("postpaid_phone_net_additions_consensus|net_additions_estimate|net_additions_consensus", 547800, "subscribers",
      TM, "2023Q1"),
    m(NA, 927000, "subscribers", TM, "2022Q4"),
    m("guidance_net_additions|net_additions_guidance|guidance_wireless_net_additions|guidance_subscriber_additions",
      None, "subscribers", TM, "2023", rng=(5.3e6, 5.7e6), prng=(5.0e6, 5.5e6)),
], [])

# ---------------------------------------------------------------- en10 US IPO week: seven deals with proceeds, sizes, prices and first-day pops (24/7 Wall St.; no year in text)
# IPO recap: no year in the text -> no periods. Per deal: proceeds, shares sold, IPO price, first-day move ("popped" /
# "added") and, where given, the week's move -> all key (an IPO's size, price and debut are its key figures). "the high
# end / low end of the expected range" carries no figure. Week totals: 10 IPOs and $1.6 billion raised, average pop
# around 10% (key, hedge keeps the number); the 13% long-run average is a benchmark -> optional; "10 firms succeeded"
# repeats the 10 -> optional. The coming week's 10 IPOs and about $1.9 billion are key (basis "coming week"). The typos
# "(NASDAQ: BAND) )", "$ 35" and "on the IPO on the Friday IPO" are kept as printed ($ 35 -> 35 USD).
LW, CW = "last week", "coming week"
MKT = "US IPO market|IPO market|IPOs"
PROC = "ipo_proceeds|amount_raised|proceeds|offering_size"
SH = "shares_offered|shares_sold|ipo_shares"
PR = "ipo_price|offer_price|offering_price"
POP = "first_day_change|first_day_gain|first_day_pop|price_change"
WK = "price_change|weekly_change|week_change"
CBTX = "CBTX|CBTX Inc"
MRBK = "Meridian Bank|MRBK"
SOGO = "Sogou|Sogou Inc|SOGO"
ERYP = "Erytech Pharmaceuticals|Erytech|ERYP"
BAND = "Bandwidth|Bandwidth Inc|BAND"
MCB = "Metropolitan Bank Holding|Metropolitan Bank Holding Corp|Metropolitan Bank|MCB"
PPDF = "PPDAI Group|PPDAI|PPDF"
G["en10"] = ([
    m("ipo_count|ipos", 10, "IPOs", MKT, basis=LW),
    m("ipo_count|ipos|firms_listed", 10, "firms", MKT, opt=True, basis=LW),
    m("ipo_proceeds|amount_raised|total_raised", 1.6e9, "USD", MKT, basis=LW),
    m("average_first_day_return|first_day_pop|average_first_day_change", 10, "%", MKT, basis=LW),
    m("average_first_day_return|first_day_pop|average_first_day_change", 13, "%", MKT, opt=True, basis="average"),
    m("ipo_count|ipos", 10, "IPOs", MKT, basis=CW),
    m("ipo_proceeds|amount_raised|expected_proceeds", 1.9e9, "USD", MKT, basis=CW),
    m(PROC, 62e6, "USD", CBTX), m(SH, 2.4e6, "shares", CBTX), m(PR, 26, "USD", CBTX),
    m(POP, 10, "%", CBTX), m(WK, 12, "%", CBTX, basis="week"),
    m(PROC, 40e6, "USD", MRBK), m(SH, 2.4e6, "shares", MRBK), m(PR, 17, "USD", MRBK), m(POP, 7, "%", MRBK),
    m(SH, 45e6, "shares", SOGO), m(PR, 13, "USD", SOGO), m(PROC, 585e6, "USD", SOGO),
    m(POP, 4, "%", SOGO), m(WK, 7, "%", SOGO, basis="week"),
    m(PROC, 109e6, "USD", ERYP), m(SH, 4.7e6, "shares", ERYP), m(PR, 23.26, "USD", ERYP), m(POP, 6.4, "%", ERYP),
    m(PROC, 80e6, "USD", BAND), m(SH, 4e6, "shares", BAND), m(PR, 20, "USD", BAND), m(POP, 6, "%", BAND),
    m(PROC, 109e6, "USD", MCB), m(SH, 3.1e6, "shares", MCB), m(PR, 35, "USD", MCB), m(POP, 6, "%", MCB),
    m(PROC, 221e6, "USD", PPDF), m(SH, 17e6, "shares", PPDF), m(PR, 13, "USD", PPDF), m(POP, 1, "%", PPDF),
], [])

# ---------------------------------------------------------------- en11 Gold, silver, PGMs and LME base metals (Reuters via worldal.com; no year in text)
# Commodities wrap: no periods ("end of 2009" is the expiry of finance deals, not a reporting period). Prices in USD
# (per ounce / per tonne, unit USD as news18 en06). "X against Y" and "X from Y" and "compared to Tuesday's close of Y"
# put Y in prior (the same quantity's earlier quote). "back above $1,055" in headline and lede is a threshold -> optional
# (two rows); spot gold $1,056 (prior $1,054) is key. Futures "eased $1.60 to $1,057" -> change and level. The record
# high of $1,070.40 last week is key (a recent record, not trivia). Copper's previous-session fall of $49 is key (basis
# "previous session"). LME aluminium stocks +9,050 tonnes key and the day-before +35,975 tonnes key (basis); the
# "record high around 4.6 million tonnes" level and the 70% of stocks tied up in finance deals are incidental ->
# optional. Nickel "$18,875/18,900 from $18,850" is a bid/offer quote -> range (18875, 18900) with the single prior
# 18850 (decided; the text writes the second figure without "$").
GOLD = "gold|spot gold"
GF = "US gold futures|gold futures|COMEX gold|December gold"
SI = "silver|spot silver"
PT = "platinum"
PD = "palladium"
CU = "copper|LME copper|three-month copper"
AL = "aluminium|aluminum|LME aluminium"
ZN = "zinc"
PB = "lead"
SN = "tin"
NI = "nickel"
P = "price|spot_price|metal_price"
G["en11"] = ([
    m(P, 1055, "USD", GOLD, opt=True),                                                          # headline threshold
    m(P, 1055, "USD", GOLD, opt=True),                                                          # lede threshold
    m(P, 1056, "USD", GOLD, prior=1054),
    m("price_change|futures_change", -1.60, "USD", GF),
    m("price|futures_price", 1057, "USD", GF),
    m("record_high|price", 1070.40, "USD", GOLD),
    m(P, 17.50, "USD", SI, prior=17.45),
    m(P, 1352, "USD", PT, prior=1347),
    m(P, 331.80, "USD", PD, prior=334),
    m(P, 6365, "USD", CU, prior=6416),
    m("price_change", -49, "USD", CU, basis="previous session"),
    m(P, 1902, "USD", AL, prior=1913),
    m("inventory_change|stocks_change|lme_stocks_change", 9050, "tonnes", AL),
    m("inventories|lme_stocks|stocks", 4.6e6, "tonnes", AL, opt=True),
    m("inventory_change|stocks_change|lme_stocks_change", 35975, "tonnes", AL, basis="previous day"),
    m("share_of_stocks_in_finance_deals|share", 70, "%", "LME stocks|aluminium", opt=True),
    m(P, 2135, "USD", ZN, prior=2128),
    m(P, 2270, "USD", PB, prior=2299),
    m(P, 14300, "USD", SN, prior=14400),
    m(P, None, "USD", NI, rng=(18875, 18900), prior=18850),
], [])

# ---------------------------------------------------------------- en12 FTSE 100 at midday: UK jobs data, Vodafone, Imperial Brands, Diageo (StockMarketWire via AJ Bell; no year in text)
# Midday movers wrap with results (as news14 en01): each stock's move and price key; no year -> no periods (the
# half-year and the year "through September" are kept in basis). Pence and pounds -> GBP (117.36p -> 1.1736).
# Vodafone reports in euros: its "4.5c" interim dividend is euro cents -> 0.045 EUR (decided from the euro figures
# around it). Pre-tax profit "fell to €1.28 billion, down from €1.93 billion" -> prior; the 34% fall in first-half
# profit is key; the year-ago €1 billion Australian asset-sale gain is an explanatory one-off -> optional. Guidance
# "narrowed ... to the top end of the previous range of €15.0 billion to €15.4 billion" -> value 15.4e9 (the top end)
# with the previous range as prior range (decided). Imperial: pre-tax profit £3.24 billion from £2.17 billion (prior),
# revenue +1.4% to £3.15 billion, interim dividend 139.08p (as printed) up 1%. Diageo's "at least 16%" organic net
# sales growth guidance for the first half keeps the number. UK unemployment 4.3% from 4.4% (prior); average earnings
# +5.8% against expectations of 5.5% (consensus row). "Diagio" typo kept.
FT = "FTSE 100|FTSE"
UK = "UK|United Kingdom|Britain"
VOD = "Vodafone|Vodafone Group"
IMB = "Imperial Brands"
DGE = "Diageo"
G["en12"] = ([
    m("index_change_pct|index_change", 0.2, "%", FT),
    m("index_level", 7365.72, "points", FT),
    m("unemployment_rate|jobless_rate", 4.3, "%", UK, prior=4.4),
    m("average_earnings_growth|wage_growth", 5.8, "%", UK),
    m("average_earnings_growth_consensus|wage_growth_estimate|average_earnings_consensus", 5.5, "%", UK),
    m("price_change", 4.3, "%", VOD), m("price", 1.1736, "GBP", VOD),
    m("profit_growth|pretax_profit_growth|net_profit_growth", -34, "%", VOD, basis="first half"),
    m("pretax_profit|profit_before_tax", 1.28e9, "EUR", VOD, prior=1.93e9, basis="six months through September"),
    m("asset_sale_gain|one_off_gain|disposal_gain", 1e9, "EUR", VOD, opt=True),
    m("guidance_adjusted_earnings|guidance_adjusted_ebitda|adjusted_earnings_guidance|guidance_ebitda", 15.4e9, "EUR",
      VOD, prng=(15.0e9, 15.4e9), basis="adjusted, top end of previous range"),
    m("interim_dividend|dividend_per_share|dps", 0.045, "EUR", VOD),
    m("price_change", 1.9, "%", IMB), m("price", 16.29, "GBP", IMB),
    m("pretax_profit|profit_before_tax", 3.24e9, "GBP", IMB, prior=2.17e9, basis="year through September"),
    m("revenue_growth", 1.4, "%", IMB),
    m("revenue", 3.15e9, "GBP", IMB),
    m("interim_dividend|dividend_per_share|dps", 1.3908, "GBP", IMB),
    m("dividend_growth|dps_growth", 1, "%", IMB),
    m("price_change", 2.2, "%", DGE), m("price", 39.01, "GBP", DGE),
    m("guidance_organic_net_sales_growth|guidance_organic_sales_growth|organic_sales_growth_guidance", 16, "%", DGE,
      basis="first half, at least"),
], [])
