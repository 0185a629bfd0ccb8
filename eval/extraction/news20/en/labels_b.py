# Hand-written gold labels for news20/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news19/en/README.md (values fully
# scaled, declines negative, a loss is a negative profit, a hedge or bound keeps the stated number, a same-sentence
# earlier value or a revised forecast's earlier value is the prior, periods only where the text states or implies the
# year, FY only where the text writes fiscal/FY, market-wrap levels and moves carry no period, share prices in results
# passages optional and in movers wraps key, inline quote strings optional, repeats and rounded restatements optional,
# broker targets only in rating actions, a bracketed currency conversion an optional row as in the development corpus).

# ---------------------------------------------------------------- en07 Coupa Software second quarter vs consensus, Q3 and full-year guidance (RTTNews via finanzen.at)
# US software quarter. The lede ties the quarter to "the third quarter and full year 2023" (the outlook) -> the quarter
# is 2023Q2, the outlook 2023Q3 and 2023 (as news3 dated Intel's quarter from "its 2017 outlook"); the text never
# says "fiscal", so calendar notation. Net loss "$75.3 million or $0.99 per share, against $91.5 million or $1.24"
# -> negative net income and EPS with negative priors (GAAP, as against the "Adjusted" sentence). Adjusted net
# income and EPS with their same-sentence year-ago priors. Thomson Reuters $0.09 is the adjusted EPS consensus (basis
# left None, as the sentence does not say). Revenue "rose 18% to $211.1 million from $179.2 million" -> level with
# prior plus growth. Guidance: Q3 revenue and per-share ranges; full-year ranges the company "now sees" with "The
# company's earlier forecast" ranges as prior ranges (a revised forecast), and, as news3 did for Lyft, the earlier
# ranges also as optional rows. Consensus for Q3 and the year are key rows. The lede's "over 13%" after-hours gain
# is the key price move (dev en01 Nordstrom); the closing line is an RTTNews quote string (close $55.82, -$1.16,
# -2.04%, after-hours +$7.52, +13.47%) -> optional. The CEO quote carries no figures.
C = "Coupa Software|Coupa Software Inc.|Coupa|COUP"
G["en07"] = ([
    m("price_change", 13, "%", C, basis="extended session"),
    m("net_income|net_profit", -75.3e6, "USD", C, "2023Q2", prior=-91.5e6, basis="GAAP"),
    m("eps", -0.99, "USD", C, "2023Q2", prior=-1.24, basis="GAAP"),
    m("net_income|net_profit", 16.5e6, "USD", C, "2023Q2", prior=20.3e6, basis="adjusted"),
    m("eps", 0.20, "USD", C, "2023Q2", prior=0.26, basis="adjusted"),
    m("eps_consensus|eps_estimate", 0.09, "USD", C, "2023Q2"),
    m("revenue", 211.1e6, "USD", C, "2023Q2", prior=179.2e6),
    m("revenue_growth", 18, "%", C, "2023Q2"),
    m("revenue_consensus|revenue_estimate", 204.02e6, "USD", C, "2023Q2"),
    m("guidance_revenue|revenue_guidance", None, "USD", C, "2023Q3", rng=(211.0e6, 214.0e6)),
    m("guidance_eps|eps_guidance", None, "USD", C, "2023Q3", rng=(0.08, 0.10)),
    m("eps_consensus|eps_estimate", 0.06, "USD", C, "2023Q3"),
    m("revenue_consensus|revenue_estimate", 214.06e6, "USD", C, "2023Q3"),
    m("guidance_revenue|revenue_guidance", None, "USD", C, "2023", rng=(838.0e6, 844.0e6), prng=(838e6, 843e6)),
    m("guidance_eps|eps_guidance", None, "USD", C, "2023", rng=(0.37, 0.44), prng=(0.21, 0.27)),
    m("guidance_revenue|revenue_guidance", None, "USD", C, "2023", rng=(838e6, 843e6), opt=True),          # previous
    m("guidance_eps|eps_guidance", None, "USD", C, "2023", rng=(0.21, 0.27), opt=True, basis="adjusted"),  # previous
    m("eps_consensus|eps_estimate", 0.26, "USD", C, "2023"),
    m("revenue_consensus|revenue_estimate", 840.31e6, "USD", C, "2023"),
    m("price|close_price", 55.82, "USD", C, opt=True),
    m("price_change", -1.16, "USD", C, opt=True),
    m("price_change", -2.04, "%", C, opt=True),
    m("price_change", 7.52, "USD", C, opt=True, basis="after hours"),
    m("price_change", 13.47, "%", C, opt=True, basis="after hours"),
], [])

# ---------------------------------------------------------------- en08 Roth MKM upgrades Tesla, target $85 -> $380, FY2024/FY2025 estimates (Cantech Letter)
# Single broker note. Upgrade "Neutral" -> "Buy" with the target "from $85.00 to $380.00" -> upgrade with both targets.
# The analyst's estimates: EPS $2.30 and revenue $97.4-billion "in fiscal 2024", EPS $3.40 and topline $1.15-billion
# "in fiscal 2025" -> FY2024 / FY2025 (the text says fiscal). "$1.15-billion" is surely a slip for ~$115 billion but
# is labelled as printed (1.15e9; dev corpus: the source's own errors are labelled as printed). "December 2" has no
# year. The quotes carry no figures ("a large-cap company" and "orders of magnitude" are not metrics).
T = "Tesla|Tesla Inc|TSLA"
G["en08"] = ([
    m("eps_estimate|eps_forecast", 2.30, "USD", T, "FY2024"),
    m("revenue_estimate|revenue_forecast|sales_estimate", 97.4e9, "USD", T, "FY2024"),
    m("eps_estimate|eps_forecast", 3.40, "USD", T, "FY2025"),
    m("revenue_estimate|revenue_forecast|sales_estimate", 1.15e9, "USD", T, "FY2025"),
], [
    ra("Roth MKM|Roth|Roth Capital", T, "upgrade", "buy", "neutral", target=380.00, prior_target=85.00, cur="USD"),
])

# ---------------------------------------------------------------- en09 Japan first-quarter GDP revised up; BoJ and consensus forecasts (FocusEconomics, dated June 10, 2013)
# Macro revision with a printed date (June 10, 2013) and "the final quarter of 2012" -> Q1 is 2013Q1, the earlier
# quarter 2012Q4. The revised 4.1% saar that "is an improvement on the 3.5% rise given in the first estimate" -> prior
# 3.5 (a revised figure of the same quantity). "(previously reported: +0.2% year-on-year)" and the other bracketed
# "previously reported" figures are priors (news8: "X (H1 2019: Y)"). Private non-residential investment "shrank by a
# less severe 1.2%, compared to the 2.6% decline reported earlier" -> -1.2 with prior -2.6. BoJ ranges: "the fiscal
# year ending in March 2014" -> FY2014 (named by the year it ends in, news17), "the following fiscal year" -> FY2015;
# ranges with value None. Consensus 1.4% for 2013, "0.2 percentage points more than in last month's projection" ->
# consensus row plus a 0.2 pp revision row (the old 1.2% is not printed, so no prior). 2014 consensus 1.5%. All key.
JP = "Japan"
SAAR = "q/q seasonally adjusted annualized"
G["en09"] = ([
    m("gdp_growth|gdp_growth_annualized|gdp_growth_saar", 4.1, "%", JP, "2013Q1", prior=3.5, basis=SAAR),
    m("gdp_growth|gdp_growth_annualized|gdp_growth_saar", 1.2, "%", JP, "2012Q4", basis=SAAR),
    m("gdp_growth_yoy|gdp_growth", 0.4, "%", JP, "2013Q1", prior=0.2, basis="year-on-year"),
    m("private_non_residential_investment_growth|business_investment_growth|capex_growth", -1.2, "%", JP, "2013Q1",
      prior=-2.6),
    m("private_consumption_growth|consumption_growth", 3.6, "%", JP, "2013Q1", prior=3.7, basis=SAAR),
    m("public_spending_growth|government_spending_growth", 1.7, "%", JP, "2013Q1", prior=2.3, basis=SAAR),
    m("gdp_growth_forecast|gdp_growth_projection", None, "%", "Japan|Bank of Japan|BoJ", "FY2014", rng=(2.4, 3.0)),
    m("gdp_growth_forecast|gdp_growth_projection", None, "%", "Japan|Bank of Japan|BoJ", "FY2015", rng=(1.0, 1.5)),
    m("gdp_growth_consensus|gdp_growth_forecast|gdp_growth_estimate", 1.4, "%", JP, "2013"),
    m("gdp_growth_forecast_change|consensus_revision|gdp_growth_consensus_change", 0.2, "pp", JP, "2013"),
    m("gdp_growth_consensus|gdp_growth_forecast|gdp_growth_estimate", 1.5, "%", JP, "2014"),
], [])

# ---------------------------------------------------------------- en10 Taiex up 639.41 points as TSMC hits a record; movers in NT$ (Taiwan Wire / Focus Taiwan; no year in text)
# Asian close, no periods. NT$ -> TWD. Taiex: change in points and %, level, turnover NT$406.48 billion key; the
# bracketed US$12.36 billion is an optional conversion row; the lede's "over 600 points" is a rounded restatement ->
# optional. TSMC: +4.56% and the close NT$1,125.00 ("a new high": one row, record_high as alternative, as news14 keeps
# a record-high price in a mover brief key); its "roughly 400 points" contribution to the index is key (hedge
# keeps the number). Electronics index +3.42% key. The Taiex's 0.98% opening gain is an intraday point -> optional.
# The Nasdaq's 1.77% rise is the overseas lead -> key index move. Each named mover's % move and close price key
# (movers wrap). The CES and analyst sentences carry no figures.
TX = "Taiex|TAIEX|Taiwan Stock Exchange Weighted Index|TWSE"
TSMC = "Taiwan Semiconductor Manufacturing Co.|Taiwan Semiconductor Manufacturing|TSMC"
MTK = "MediaTek|MediaTek Inc."
ASE = "ASE Technology Holding|ASE Technology Holding Co.|ASE Technology|ASE"
GUC = "Global Unichip|Global Unichip Corp.|GUC"
HH = "Hon Hai Precision Industry|Hon Hai Precision Industry Co.|Hon Hai|Foxconn"
QC = "Quanta Computer|Quanta Computer Inc.|Quanta"
FPC = "Formosa Plastics|Formosa Plastics Corp."
NYP = "Nan Ya Plastics|Nan Ya Plastics Corp.|Nan Ya"
PX = "price|close_price"
G["en10"] = ([
    m("index_change", 600, "points", TX, opt=True),                                             # lede "over 600"
    m("index_change", 639.41, "points", TX),
    m("index_change|index_change_pct", 2.79, "%", TX),
    m("index_level", 23547.41, "points", TX),
    m("turnover", 406.48e9, "TWD", TX),
    m("turnover", 12.36e9, "USD", TX, opt=True),
    m("price_change", 4.56, "%", TSMC), m("price|close_price|record_high", 1125.00, "TWD", TSMC),
    m("index_contribution|points_contribution|index_points_contribution", 400, "points", TSMC),
    m("index_change|index_change_pct", 3.42, "%", "electronics index|Taiwan electronics index|electronics sector"),
    m("index_change|opening_change", 0.98, "%", TX, opt=True, basis="at the open"),
    m("index_change|index_change_pct", 1.77, "%", "Nasdaq|Nasdaq index|Nasdaq Composite"),
    m("price_change", 4.40, "%", MTK), m(PX, 1425.00, "TWD", MTK),
    m("price_change", 3.11, "%", ASE), m(PX, 116.00, "TWD", ASE),
    m("price_change", 5.51, "%", GUC), m(PX, 1340.00, "TWD", GUC),
    m("price_change", 1.93, "%", HH), m(PX, 184.50, "TWD", HH),
    m("price_change", 1.73, "%", QC), m(PX, 294.00, "TWD", QC),
    m("price_change", 5.07, "%", FPC), m(PX, 36.25, "TWD", FPC),
    m("price_change", 5.75, "%", NYP), m(PX, 31.25, "TWD", NYP),
], [])

# ---------------------------------------------------------------- en11 JB Hi-Fi year to 30 June 2009: profit, comparable sales, margins, dividends (SmartHouse)
# Australian retailer; "$" and "cents" -> AUD (news13/news16: "$" in an Australian story is AUD; cents scaled).
# "the year ended 30 June 2009", with the text's own "FY08" for the year before -> FY2009 (news10/news17: a fiscal year
# named by the text / by the year it ends in). "(2008: $65.1 million)" and the other "(2008: ...)" brackets and
# "(final FY08: 16 cents)" are priors (news8). Net profit $94.4 million +45% and sales $2.327 billion "a 27% increase"
# key. The June guidance "circa $92 million" is a key guidance row (hedge keeps the number). Consolidated comparable
# store growth 11.5% key. Gross margin, cost of doing business (as a % of sales) and EBIT margin with priors key;
# operating cash flow $145.6 million key. Final dividend 29 cents (prior 16 cents), "up 13 cents or 81%":
# the % is the key growth row and the 13 cents (the same increase in cents) optional (decided); full-year dividend 44
# cents and its 69% rise key. Payment and record dates are not labelled; the CEO quote has no figures.
J = "JB Hi-Fi|JB Hi-Fi Limited|JB Hi-Fi Ltd|JB"
FY = "FY2009"
G["en11"] = ([
    m("net_profit|net_income", 94.4e6, "AUD", J, FY, prior=65.1e6),
    m("net_profit_growth|net_income_growth", 45, "%", J, FY),
    m("revenue|sales", 2.327e9, "AUD", J, FY, prior=1.829e9),
    m("revenue_growth|sales_growth", 27, "%", J, FY),
    m("guidance_net_profit|net_profit_guidance|profit_guidance", 92e6, "AUD", J, FY),
    m("comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth", 11.5, "%", J, FY),
    m("gross_margin", 21.6, "%", J, FY, prior=21.9),
    m("cost_of_doing_business|codb_ratio|cost_to_sales_ratio", 14.5, "%", J, FY, prior=15.3),
    m("ebit_margin", 6.1, "%", J, FY, prior=5.6),
    m("operating_cash_flow|cash_flow_from_operations", 145.6e6, "AUD", J, FY),
    m("final_dividend|dividend_per_share|dps", 0.29, "AUD", J, FY, prior=0.16),
    m("final_dividend_change|dividend_change|dps_change", 0.13, "AUD", J, FY, opt=True),
    m("final_dividend_growth|dividend_growth|dps_growth", 81, "%", J, FY),
    m("full_year_dividend|annual_dividend|dividend_per_share|dps", 0.44, "AUD", J, FY),
    m("full_year_dividend_growth|dividend_growth|dps_growth", 69, "%", J, FY),
], [])

# ---------------------------------------------------------------- en12 Didi and SentinelOne debuts, Coupang comparison (Barron's via blog repost; no year in text)
# IPO debut story with no year (March 31 and "the year's" name none) -> no periods. Didi: proceeds $4.4 billion key
# (lede; the closing "At $4.4 billion" repeat optional), opening price $16.65 key, intraday high $18.01 optional,
# latest price $16.83 and "up 20%" key (headline 20% optional), 316.8 million ADS sold at $14 at "the top of its $13 to
# $14 price range" (price key, range key with value None). The planned 288 million shares are in a sentence of their
# own -> own key row (basis planned), not a prior (news7). "Four of these shares are equal to one class A ordinary
# share" is an ADS ratio -> optional. Fully diluted valuation $87.5 billion key (its "At $16.83 a share" repeats the
# price -> optional). "among 10 companies" optional count; "more than 493 million annual active users" key (hedge
# keeps the number); "nearly 4,000 cities" optional; 16 countries and the founding year not labelled. SentinelOne:
# open $46 key, high $46.50 optional, $43.07 and +23% key, $1.2 billion raised, 35 million shares at $35 key; the
# filed "$26 to $29" range "raised to $31 to $32" -> range with
# prior range, the filed range also optional (news3 Lyft); the 32 million filed shares key (basis planned). Coupang's
# about $4.6 billion key.
D = "Didi Global|Didi|DIDI|Didi Global Inc."
S1 = "SentinelOne|SentinelOne Inc.|S"
MKT = "US IPO market|IPOs"
PROC = "funds_raised|ipo_proceeds"
G["en12"] = ([
    m("debut_change|price_change", 20, "%", D, opt=True),                                         # headline
    m(PROC, 4.4e9, "USD", D),
    m("opening_price|open_price|debut_price|price", 16.65, "USD", D),
    m("intraday_high|price", 18.01, "USD", D, opt=True),
    m("price|debut_price", 16.83, "USD", D),
    m("debut_change|price_change", 20, "%", D),
    m("shares_sold|ipo_shares", 316.8e6, "shares", D),
    m("ipo_price|offer_price", 14, "USD", D),
    m("ipo_price_range|ipo_price", None, "USD", D, rng=(13, 14)),
    m("ads_ratio|ads_per_share", 4, "x", D, opt=True),
    m("shares_offered|planned_shares|ipo_shares", 288e6, "shares", D, basis="planned"),
    m("price|debut_price", 16.83, "USD", D, opt=True),                                            # "At $16.83 a share"
    m("valuation|market_value|market_cap", 87.5e9, "USD", D, basis="fully diluted"),
    m("ipo_count", 10, "IPOs", MKT, opt=True),
    m("annual_active_users|users", 493e6, "users", D),
    m("city_count|cities", 4000, "cities", D, opt=True),
    m(PROC, 4.4e9, "USD", D, opt=True),                                                           # repeat
    m("opening_price|open_price|debut_price|price", 46, "USD", S1),
    m("intraday_high|price", 46.50, "USD", S1, opt=True),
    m("price|debut_price", 43.07, "USD", S1),
    m("debut_change|price_change", 23, "%", S1),
    m(PROC, 1.2e9, "USD", S1),
    m("shares_sold|ipo_shares", 35e6, "shares", S1),
    m("ipo_price|offer_price", 35, "USD", S1),
    m("ipo_price_range|ipo_price", None, "USD", S1, rng=(31, 32), prng=(26, 29)),
    m("ipo_price_range|ipo_price", None, "USD", S1, rng=(26, 29), opt=True),                     # filed range
    m("shares_offered|planned_shares|ipo_shares", 32e6, "shares", S1, basis="planned"),
    m(PROC, 4.6e9, "USD", "Coupang|CPNG"),
], [])
