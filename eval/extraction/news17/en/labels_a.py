# Hand-written gold labels for news17/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news16/en/README.md (values fully
# scaled, declines negative; a hedge or bound keeps the stated number as the value; a same-sentence earlier value is
# the prior, one in a sentence of its own a row of its own; crore = 1e7; pence scaled to GBP; periods only where the
# text states or implies the year; market-wrap levels and moves carry no period; intraday extremes, conversions, poll
# counts and repeats optional).

# ---------------------------------------------------------------- en01 Sensex/Nifty record close with IndusInd Bank's December quarter (DNA India, Jan 2018; Rs crore)
# Indian market close plus a bank's quarterly result. Index levels and point moves carry no period (market wrap). The
# Sensex's close and 70.42-point rise are key in the lede; the second paragraph repeats both (optional) and adds the
# 0.20 per cent move (key). The headline's "crosses 10,650" is a rounded threshold of the Nifty's 10,651.20 close ->
# optional. "Rallied to 34,558.88" (Sensex) and "touch an all-time high of 10,664.60" (Nifty) are intraday extremes ->
# optional (dev-corpus rule for intraday extremes; not a stock-mover brief's record close). IndusInd: "the quarter
# ended on December 31, 2017" is also called "the third quarter of the current fiscal", with the year-ago quarter
# "third quarter of 2016-17" -> Indian fiscal naming by the end year: FY2018Q3 (2016-17 is FY2017). "Increased to Rs
# 5,473.54 crore ... as against Rs 4,716.13 crore" is one sentence -> prior; likewise the NPA ratio "1.16 per cent ...
# against 0.94 per cent" -> prior. "30-share", "50-share" are index descriptions (not labelled).
SX = "Sensex|BSE Sensex|S&P BSE Sensex"
NF = "Nifty|NSE Nifty|Nifty 50"
IB = "IndusInd Bank|IndusInd|IndusInd Bank Ltd"
Q = "FY2018Q3"
G["en01"] = ([
    m("index_level|index_high", 10650, "points", NF, opt=True),                          # headline threshold
    m("index_change", 70.42, "points", SX),
    m("index_level|index_close", 34503.49, "points", SX),
    m("index_level|index_close", 10651.20, "points", NF),
    m("index_change", 19, "points", NF),
    m("index_level|intraday_high", 34558.88, "points", SX, opt=True),                    # intraday
    m("index_level|index_close", 34503.49, "points", SX, opt=True),                      # repeat
    m("index_change", 70.42, "points", SX, opt=True),                                    # repeat
    m("index_change_pct|index_change", 0.20, "%", SX),
    m("index_level|intraday_high|record_high", 10664.60, "points", NF, opt=True),        # intraday all-time high
    m("net_profit_growth|net_income_growth|profit_growth", 24.72, "%", IB, Q),
    m("net_profit|net_income|profit", 936.25e7, "INR", IB, Q),
    m("total_income|revenue|income", 5473.54e7, "INR", IB, Q, prior=4716.13e7),
    m("total_income_growth|revenue_growth|income_growth", 16.05, "%", IB, Q),
    m("gross_npa_ratio|gross_npa|npa_ratio", 1.16, "%", IB, Q, prior=0.94),
], [])

# ---------------------------------------------------------------- en02 BMO and Scotiabank second quarter (Reuters via a repost; C$, no year in the text)
# Canadian bank results in C$ -> CAD. The text gives no year ("second quarter", "three months ended April 30",
# Bank of the West bought "in February") -> no periods. "Excluding one-off items" marks the adjusted basis for BMO's net
# income and EPS; Scotiabank's "it fell to C$2.17 billion ..." continues the same measure -> adjusted too. "Rose to X
# ... compared with Y" and "fell to X ... from Y" put Y in prior (same sentence), for income and EPS alike (the
# source's missing full stop after "C$3.23 a share" is kept). Scotiabank's PCL "jumped to C$709 million from C$219
# million" -> prior; BMO's adjusted PCL "C$318 million ... compared with C$50 million a year ago" (same sentence) ->
# prior. The segment falls (10%, 8%) belong to the Canadian banking segments (entity lists the segment and the bank).
# Bracketed US$ conversions and the "($1 = 1.3372 Canadian dollars)" rate are optional.
BMO = "Bank of Montreal|BMO"
BNS = "Bank of Nova Scotia|Scotiabank"
A = "adjusted"
G["en02"] = ([
    m("adjusted_income_growth|net_income_growth|segment_income_growth", -10, "%",
      "Scotiabank Canadian banking|Canadian banking|" + BNS, basis=A),
    m("adjusted_income_growth|net_income_growth|segment_income_growth", -8, "%",
      "BMO Canadian banking|Canadian banking|" + BMO, basis=A),
    m("provision_for_credit_losses|pcl|loan_loss_provisions", 709e6, "CAD", BNS, prior=219e6),
    m("provision_for_credit_losses|pcl|loan_loss_provisions", 318e6, "CAD", BMO, prior=50e6, basis=A),
    m("net_income|net_profit|adjusted_net_income", 2.22e9, "CAD", BMO, prior=2.19e9, basis=A),
    m("net_income|net_profit|adjusted_net_income", 1.65e9, "USD", BMO, opt=True, basis=A),          # conversion
    m("eps|adjusted_eps", 2.93, "CAD", BMO, prior=3.23, basis=A),
    m("net_income|net_profit|adjusted_net_income", 2.17e9, "CAD", BNS, prior=2.77e9, basis=A),
    m("net_income|net_profit|adjusted_net_income", 1.62e9, "USD", BNS, opt=True, basis=A),          # conversion
    m("eps|adjusted_eps", 1.7, "CAD", BNS, prior=2.18, basis=A),
    m("exchange_rate|fx_rate", 1.3372, "CAD", "USD/CAD|Canadian dollar", opt=True),
], [])

# ---------------------------------------------------------------- en03 Sony's year to March 2017 and its forecast for the year to March 2018 (Japan Times, Apr 2017; JPY)
# Japanese company's annual results and full-year forecast in yen. The text names the year to March 2018 "fiscal 2017"
# ("In its projections for fiscal 2017"), so, as news16 en01 (Panasonic's "fiscal 2016"), the period follows the
# text's own fiscal name: forecasts FY2017, and the business year "ended March 31" (the year before it) FY2016. (news14
# en07 named a "year to next March" by its end year only because that text gave no fiscal name.) The forecasts are
# guidance rows; "more than triple" keeps 3 in x (key; hedge keeps the number). The headline's ¥500 billion is an
# optional repeat. The ¥112 billion film impairment is a key one-off of the year. "Fiscal 2012", "fiscal 2008 to 2011",
# "second consecutive" and the earthquake dates are history/dates (not labelled). Falls are negative.
E = "Sony|Sony Corp.|Sony Corp"
F, P = "FY2017", "FY2016"
G["en03"] = ([
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 500e9, "JPY", E, F, opt=True),  # headline
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 500e9, "JPY", E, F),
    m("guidance_operating_profit_growth|operating_profit_forecast_growth|operating_profit_growth", 73.2, "%", E, F),
    m("operating_profit|operating_income", 288.70e9, "JPY", E, P),
    m("operating_profit_growth|operating_income_growth", -1.9, "%", E, P),
    m("revenue|sales", 7.60e12, "JPY", E, P),
    m("revenue_growth|sales_growth", -6.2, "%", E, P),
    m("net_profit_growth|net_income_growth", -50.4, "%", E, P),
    m("net_profit|net_income", 73.29e9, "JPY", E, P),
    m("impairment_loss|impairment|writedown", 112e9, "JPY", E + "|Sony film business|film business", P),
    m("guidance_net_profit|net_profit_forecast|net_profit_guidance", 255e9, "JPY", E, F),
    m("guidance_net_profit_growth|net_profit_forecast_growth|net_profit_growth", 3, "x", E, F),
    m("guidance_revenue_growth|revenue_forecast_growth|revenue_growth", 5.2, "%", E, F),
    m("guidance_revenue|revenue_forecast|sales_forecast", 8e12, "JPY", E, F),
], [])

# ---------------------------------------------------------------- en04 Reuters poll: ECB to cut the deposit rate in October and December (forex blog repost, Oct 2024 by the address)
# Central-bank expectations story. The text states no current year ("October 17", "poll of October 2-8", "next
# quarter"; 2027 is a horizon) -> no periods. A poll's expected move is a consensus row (news15): the expected
# 25 basis-point October cut is key (-25 bp, a cut) in the lede; its restatement "by 25 basis points ... to 3.25%" is
# an optional repeat while the expected level 3.25% is key, as are the expected December level 3.00% and the expected
# first-quarter level 2.50%. "Three 25-basis-point ... cuts this year, but now expect four cuts" -> expected number of
# cuts 4 with prior 3 (same sentence; words labelled with their numeric value); the "25-basis-point" size inside it is
# optional. "Twice" and "two more cuts" (further counts of cuts) are optional. Poll shares ("more than 90%", "12%",
# "more than 55%") and economist counts ("70 out of 75", "five", "nine out of 77", "68 out of 75", "41 out of 72") are
# poll statistics -> optional (dev corpus: analyst counts optional). Inflation "fell to 1.8% last month" (euro zone,
# September, no year) is key; "fell below 2%" is the same September reading as a bound -> optional. "Reach the ECB's
# 2% target next quarter" is the survey's inflation forecast -> key (inflation_forecast, target as alternative).
ECB = "ECB|European Central Bank"
EZ = "euro zone|euro area|eurozone|common currency bloc"
EC = "economists"
G["en04"] = ([
    m("deposit_rate_change_expected|rate_change_consensus|deposit_rate_change_consensus|rate_change_expected|deposit_rate_change",
      -25, "bp", ECB),
    m("poll_share|economists_share", 90, "%", ECB, opt=True),
    m("poll_share|economists_share", 12, "%", ECB, opt=True),
    m("inflation|cpi_inflation|hicp", 2, "%", EZ, opt=True),                            # "below 2%"
    m("expected_rate_cuts|rate_cuts_expected|rate_cuts", 4, "cuts", ECB, prior=3),
    m("deposit_rate_change_expected|rate_change_consensus|rate_cut_size", -25, "bp", ECB, opt=True),   # 25-basis-point cuts
    m("poll_share|economists_share", 90, "%", ECB, opt=True),
    m("economists_count|economists", 70, EC, ECB, opt=True),
    m("economists_count|economists", 75, EC, ECB, opt=True),
    m("deposit_rate_change_expected|rate_change_consensus|deposit_rate_change", -25, "bp", ECB, opt=True),  # repeat
    m("deposit_rate_expected|deposit_rate_consensus|deposit_rate_forecast|deposit_rate", 3.25, "%", ECB),
    m("economists_count|economists", 5, EC, ECB, opt=True),
    m("poll_share|economists_share", 12, "%", ECB, opt=True),
    m("economists_count|economists", 9, EC, ECB, opt=True),
    m("economists_count|economists", 77, EC, ECB, opt=True),
    m("deposit_rate_expected|deposit_rate_consensus|deposit_rate_forecast|deposit_rate", 3.00, "%", ECB),
    m("economists_count|economists", 68, EC, ECB, opt=True),
    m("economists_count|economists", 75, EC, ECB, opt=True),
    m("poll_share|economists_share", 55, "%", ECB, opt=True),
    m("economists_count|economists", 41, EC, ECB, opt=True),
    m("economists_count|economists", 72, EC, ECB, opt=True),
    m("expected_rate_cuts|rate_cuts_expected|rate_cuts", 2, "cuts", ECB, opt=True),     # "twice"
    m("deposit_rate_expected|deposit_rate_consensus|deposit_rate_forecast|deposit_rate", 2.50, "%", ECB),
    m("expected_rate_cuts|rate_cuts_expected|rate_cuts", 2, "cuts", ECB, opt=True),     # "two more cuts"
    m("inflation|cpi_inflation|hicp", 1.8, "%", EZ),
    m("inflation_forecast|inflation_target|inflation_expected", 2, "%", EZ + "|" + ECB),
], [])

# ---------------------------------------------------------------- en05 OpenText agrees to buy Micro Focus (Reuters via Investing.com, Aug 2022; pence and US$)
# Takeover with per-share cash offer in pence (scaled to GBP), premium, enterprise value ("$6 billion including debt")
# and equity value ("market capitalization of about $2 billion", hedge keeps the number). Deal rows use "target|
# acquirer" entities; the share moves belong to each company alone. The headline's $6 billion is an optional repeat;
# the bracketed $6.30 and the "($1 = 0.8448 pounds)" rate are optional conversions. "Soared more than 90%" keeps 90
# (key). "A more than one-year high of 518 pence in early trade" is an intraday extreme -> optional (the duration is
# not labelled). Micro Focus's $4.4 billion debt (the bridge from equity to enterprise value), the financing parts
# ($4.6 billion new debt, $1.3 billion cash, $600 million revolver) and the $400 million cost savings are key. OpenText's
# 4.8% after-hours fall is key. "First quarter of 2023" is the expected closing date (not labelled).
D = "Micro Focus|Micro Focus International|OpenText|Open Text"
MF = "Micro Focus|Micro Focus International"
OT = "OpenText|Open Text"
G["en05"] = ([
    m("deal_value|enterprise_value|transaction_value", 6e9, "USD", D, opt=True),       # headline
    m("price_change", 90, "%", MF),
    m("deal_value|enterprise_value|transaction_value", 6e9, "USD", D),
    m("offer_price|offer_price_per_share|cash_per_share", 5.32, "GBP", D),
    m("offer_price|offer_price_per_share|cash_per_share", 6.30, "USD", D, opt=True),   # conversion
    m("premium|offer_premium", 98.7, "%", D),
    m("equity_value|market_cap|market_capitalization", 2e9, "USD", D),
    m("price|intraday_high", 5.18, "GBP", MF, opt=True),                               # intraday extreme
    m("debt|net_debt", 4.4e9, "USD", MF),
    m("debt_financing|new_debt", 4.6e9, "USD", OT + "|" + MF),
    m("cash_financing|cash", 1.3e9, "USD", OT + "|" + MF),
    m("revolver_draw|credit_facility_draw|revolving_credit_facility", 600e6, "USD", OT + "|" + MF),
    m("cost_savings|synergies|cost_synergies", 400e6, "USD", OT + "|" + MF),
    m("price_change", -4.8, "%", OT),
    m("exchange_rate|fx_rate", 0.8448, "GBP", "GBP/USD|USD/GBP|pound", opt=True),
], [])

# ---------------------------------------------------------------- en06 Cathay Pacific and Dragonair June traffic (Xinhua via China.org.cn, July 2008)
# Airline monthly traffic. The text states "traffic figures for June 2008" -> the month's rows are 2008-06. Year-to-date
# figures run from January to the end of June 2008 -> 2008H1 with basis "year to date" (decided: the year to the end of
# June is the first half). Entity: the combined Cathay Pacific and Dragonair figures (both names as alternatives).
# Load-factor moves "0.3 percentage point" and "0.5 percentage point" are key pp changes with the levels key (no prior
# level is printed). "Cargo tonnage and capacity for the year to date have both risen by 6.9 percent": one figure for
# two quantities -> key for the first (tonnage), optional for the second (capacity) (news2 rule). Counts use the printed
# nouns ("passengers", "tons"). Shiu's remark carries no figure.
E = "Cathay Pacific|Cathay Pacific Airways|Dragonair|Cathay Pacific and Dragonair"
M, Y = "2008-06", "2008H1"
YTD = "year to date"
G["en06"] = ([
    m("passengers|passengers_carried|passenger_numbers", 2123462, "passengers", E, M),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 12.7, "%", E, M),
    m("load_factor_change|passenger_load_factor_change", 0.3, "pp", E, M),
    m("load_factor|passenger_load_factor", 81.3, "%", E, M),
    m("capacity_growth|ask_growth|passenger_capacity_growth", 16, "%", E, M),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 13.7, "%", E, Y, basis=YTD),
    m("capacity_growth|ask_growth|passenger_capacity_growth", 14.3, "%", E, Y, basis=YTD),
    m("cargo_volume|cargo_tonnage|cargo_carried", 137680, "tons", E, M),
    m("cargo_growth|cargo_volume_growth|cargo_tonnage_growth", 4, "%", E, M),
    m("cargo_capacity_growth|capacity_growth|atk_growth", 2.2, "%", E, M),
    m("cargo_load_factor_change|load_factor_change", 0.5, "pp", E, M),
    m("cargo_load_factor|load_factor", 67.5, "%", E, M),
    m("cargo_growth|cargo_volume_growth|cargo_tonnage_growth", 6.9, "%", E, Y, basis=YTD),
    m("cargo_capacity_growth|capacity_growth|atk_growth", 6.9, "%", E, Y, basis=YTD, opt=True),   # same figure, 2nd quantity
], [])
