# Hand-written gold labels for news24/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news23/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("more than $NZ9 billion" -> 9e9), a
# same-sentence "X from Y" / "X up from Y" / "X after Y" value of the same quantity is the prior, an earlier-period
# figure in a sentence of its own is its own row with its own period, periods only where the text states or clearly
# implies the year (a split year "2014-15" -> FY2015, news18), market-wrap levels and moves carry no period, a
# bracketed currency conversion an optional row, the same move restated in another unit optional, repeats optional,
# historic trivia in a wrap optional, guidance ranges as rng=(low, high), groups' divisions and regions their own
# entities with the group as an alternative (news5, news21), consensus figures key (news23)).

# ---------------------------------------------------------------- en07 Fletcher Building full year to June: NZ$ profit, NZ-cent dividends, EBIT inside its guidance range, Australian earnings (ShareCafe, 2016)
# A New Zealand company's annual result in NZ$ ("$NZ462 million" -> NZD; "20 NZ cents" -> 0.20 NZD; the bare "39 cents"
# and "2 cents" in the same sentence are the same NZ cents). Period: the year "to June" is compared "from 2014-15", so
# the reported year is 2015-16 -> FY2016 and "In 2014-15" -> FY2015 (news18: a split year ending in June is named by
# its closing year). Profit: "a 71% increase in statutory after tax profit, to $NZ462 million" and "Net profit rose to
# $NZ462 million from $NZ270 million" are one quantity told twice -> the growth (key), one key level row carrying the
# same-sentence prior 270e6, and the first bare mention an optional repeat. Dividends: final 20 NZ cents and the year's
# total 39 cents key; "up 5% or 2 cents a share" -> the 5 % dividend growth key, the 2 cents the same move in another
# unit (optional). Revenue +4 % to "more than $NZ9 billion" (bound keeps 9e9) key. EBIT excluding one-time items
# $NZ682 million key, and the "guidance range of $NZ650 million to $NZ690 million" a key range (the guidance the result
# landed in; the passage gives no old range). One-time items: gains of $NZ44 million and, inside them, the $NZ90
# million gain on the Rocla Quarry Products sale -> key; the 2014-15 one-time charges of $NZ129 million stand in their
# own sentence -> a key FY2015 row, positive (a named charge, as news23 keeps a named shortfall positive). Australia
# is its own entity: earnings +29 % to $NZ154 million, revenue -3 % ("eased") to $NZ3.04 billion -> four key rows.
# The chief executive's quote carries no figures; "FBU" is the ticker (entity alternative).
FBU = "Fletcher Building|Fletcher|FBU|Fletcher Building Ltd"
FBA = "Fletcher Building Australia|Australian operations|Australian businesses|Australia|" + FBU
FY, PFY = "FY2016", "FY2015"
G["en07"] = ([
    m("net_profit_growth|statutory_profit_growth|profit_growth", 71, "%", FBU, FY, basis="statutory after tax"),
    m("net_profit|statutory_profit|net_income", 462e6, "NZD", FBU, FY, prior=270e6),
    m("net_profit|statutory_profit|net_income", 462e6, "NZD", FBU, FY, opt=True),               # first mention
    m("final_dividend|dividend_per_share|dps", 0.20, "NZD", FBU, FY),
    m("total_dividend|dividend_per_share|annual_dividend|dps", 0.39, "NZD", FBU, FY),
    m("dividend_growth|dps_growth", 5, "%", FBU, FY),
    m("dividend_change|dps_change", 0.02, "NZD", FBU, FY, opt=True),                           # same move, "2 cents"
    m("revenue_growth|sales_growth", 4, "%", FBU, FY),
    m("revenue|sales", 9e9, "NZD", FBU, FY),
    m("ebit|operating_earnings|operating_profit", 682e6, "NZD", FBU, FY, basis="excluding one-time items"),
    m("guidance_ebit|ebit_guidance|operating_earnings_guidance", None, "NZD", FBU, FY, rng=(650e6, 690e6)),
    m("one_time_gains|one_off_gains|significant_items", 44e6, "NZD", FBU, FY),
    m("gain_on_sale|disposal_gain", 90e6, "NZD", FBU, FY, basis="sale of Rocla Quarry Products"),
    m("one_time_charges|one_off_charges|significant_items", 129e6, "NZD", FBU, PFY),
    m("earnings_growth|ebit_growth|operating_earnings_growth", 29, "%", FBA, FY),
    m("earnings|ebit|operating_earnings", 154e6, "NZD", FBA, FY),
    m("revenue_growth|sales_growth", -3, "%", FBA, FY),
    m("revenue|sales", 3.04e9, "NZD", FBA, FY),
], [])

# ---------------------------------------------------------------- en08 Ryanair, easyJet and Wizz Air September traffic: passengers, growth, load factors, rolling 12 months (TheBusinessDesk North West, 2018 page; no year in text)
# Monthly airline traffic for three carriers. No year is printed ("September", "in August", "the year to September")
# -> no periods; the month or the rolling twelve months go in the basis. Entities: Ryanair, its Lauda unit (own entity
# with Ryanair as an alternative), easyJet, Wizz Air. Passenger counts take the printed count noun ("passengers",
# "customers"); "13.1m" -> 13.1e6. Ryanair: +11 % to 13.1m key; the 500,000 Lauda customers key; the ex-Lauda +6 % to
# 12.6m key (basis "excluding Lauda"); load factor "static at 97%" -> level key, the flat move an optional 0 (news16's
# flat-move rule); Lauda's 93 % key. "cut profit forecasts for the year by 12%" -> key -12 % guidance change (a cut is
# negative). The spokesman's "over 400 flights were cancelled" is a disruption count (optional, bound kept); "two
# days" and "five countries" are not labelled. Route counts from one airport ("more than 60 routes", "35", "59", "33",
# "eight destinations") are regional network trivia -> optional (count nouns routes/destinations). easyJet: +14.2 % to
# 8.816m, load factor "fell by 0.8% to 92.8%" -> change and level key; rolling 12 months +10.2 % to 88.454m, load
# factor 92.9 % "a 0.3% improvement" -> key. Wizz Air: +17.5 % to 3.173m, "a 1.2% boost to its load factor, of
# 94.1%" -> key; rolling +21.8 % to 32.763m, load factor "climbed 0.7% to 91.9%" -> key. Decided: the load-factor
# moves are printed with "%" although a load factor is itself a percentage; the text does not say whether they are
# point or relative changes, so they are labelled as printed (unit "%", sign as printed), not converted to "pp".
RY = "Ryanair|Ryanair Holdings"
LA = "Lauda|Laudamotion|" + RY
EZ = "easyJet|EasyJet|easyJet plc"
WZ = "Wizz Air|Wizz|Wizz Air Holdings"
SEP = "September"
R12 = "rolling 12 months to September"
PG = "passenger_growth|traffic_growth|passengers_growth"
PX = "passengers|passenger_numbers|traffic|customers"
LF = "load_factor|passenger_load_factor"
LFC = "load_factor_change|passenger_load_factor_change"
G["en08"] = ([
    m(PG, 11, "%", RY, basis=SEP),
    m(PX, 13.1e6, "passengers", RY, basis=SEP),
    m(PX, 500000, "customers", LA, basis=SEP),
    m(PG, 6, "%", RY, basis=SEP + ", excluding Lauda"),
    m(PX, 12.6e6, "customers", RY, basis=SEP + ", excluding Lauda"),
    m(LF, 97, "%", RY, basis=SEP),
    m(LFC, 0, "pp", RY, opt=True, basis=SEP),                                                   # "static"
    m(LF, 93, "%", LA, basis=SEP),
    m("flights_cancelled|cancelled_flights|cancellations", 400, "flights", RY, opt=True, basis=SEP),
    m("guidance_profit_change|profit_forecast_change|guidance_cut", -12, "%", RY, basis="profit forecasts for the year"),
    m("routes|route_count", 60, "routes", RY, opt=True, basis="from Manchester Airport, more than"),
    m("routes|route_count", 35, "routes", RY, opt=True, basis="from Liverpool John Lennon Airport"),
    m(PG, 14.2, "%", EZ, basis=SEP),
    m(PX, 8.816e6, "passengers", EZ, basis=SEP),
    m(LFC, -0.8, "%", EZ, basis=SEP + ", as printed"),
    m(LF, 92.8, "%", EZ, basis=SEP),
    m("routes|route_count", 59, "routes", EZ, opt=True, basis="from Manchester Airport"),
    m("routes|route_count", 33, "routes", EZ, opt=True, basis="from Liverpool John Lennon Airport"),
    m(PG, 10.2, "%", EZ, basis=R12),
    m(PX, 88.454e6, "customers", EZ, basis=R12),
    m(LF, 92.9, "%", EZ, basis=R12),
    m(LFC, 0.3, "%", EZ, basis=R12 + ", as printed"),
    m("destinations|routes", 8, "destinations", WZ, opt=True, basis="from Liverpool John Lennon Airport"),
    m(PG, 17.5, "%", WZ, basis=SEP),
    m(PX, 3.173e6, "passengers", WZ, basis=SEP),
    m(LFC, 1.2, "%", WZ, basis=SEP + ", as printed"),
    m(LF, 94.1, "%", WZ, basis=SEP),
    m(PG, 21.8, "%", WZ, basis=R12),
    m(PX, 32.763e6, "passengers", WZ, basis=R12),
    m(LFC, 0.7, "%", WZ, basis=R12 + ", as printed"),
    m(LF, 91.9, "%", WZ, basis=R12),
], [])

# ---------------------------------------------------------------- en09 US consumer prices for October: flat CPI vs the Reuters poll, annual rate, core monthly and annual, gasoline and food (Reuters, 2014 address; no year in the text)
# A US inflation report. The passage's own dateline is "Nov 20" with no year; "December 2008" dates only the start of
# the near-zero rate and "mid-2015" is the economists' expected date of a first hike, which bounds but does not state
# the current year -> no periods (news15 en09: months told apart by basis); all rows US. "unexpectedly held flat in
# October" is the headline reading -> key 0 % month on month (a word figure; news23's "a flat reading" forecast rule).
# "The CPI had risen 0.1 percent in September" stands in its own clause, apart from the October reading -> its own key
# row (basis September), not a prior. "economists polled by Reuters had expected it to slip 0.1 percent" -> key
# consensus -0.1 %. Year on year: CPI 1.7 % key ("the same margin for a third month running" prints no new figure).
# Core: "increased 0.2 percent last month after edging up 0.1 percent in September" and "gained 1.8 percent after a 1.7
# percent rise in September" -> same-sentence "X after Y" of the same quantity -> key rows with the September value as
# prior (the dev corpus "X from Y" rule; no separate September rows). The Fed's 2 percent inflation target -> key
# (news-set precedent for stated inflation targets). Components: gasoline -3.0 % after -1.0 %, food +0.1 % after +0.3 %
# -> key with priors; energy "for a fourth straight month" prints no change. Not labelled: "Oct. 28-29" (meeting
# dates), "December 2008", "mid-2015", "near zero" (no figure).
US = "US|U.S.|United States|US consumer prices"
CPIM = "cpi_mom|cpi|cpi_change|inflation_mom"
G["en09"] = ([
    m(CPIM, 0, "%", US, basis="October, mom"),
    m(CPIM, 0.1, "%", US, basis="September, mom"),
    m("cpi_consensus|cpi_forecast|cpi_estimate", -0.1, "%", US, basis="October, mom, Reuters poll"),
    m("cpi_yoy|inflation|inflation_rate|cpi", 1.7, "%", US, basis="12 months through October"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.2, "%", US, prior=0.1, basis="October, mom"),
    m("core_cpi_yoy|core_cpi|core_inflation", 1.8, "%", US, prior=1.7, basis="12 months through October"),
    m("inflation_target|cpi_inflation_target", 2, "%", "Federal Reserve|Fed|US"),
    m("gasoline_price_change|gasoline_prices|price_change", -3.0, "%", "gasoline|US gasoline prices|" + US,
      prior=-1.0, basis="October, mom"),
    m("food_price_change|food_prices|price_change", 0.1, "%", "food|US food prices|" + US, prior=0.3, basis="October, mom"),
], [])

# ---------------------------------------------------------------- en10 Nvidia Q2: segment revenue vs consensus, gross margin vs estimate, Q3 revenue and margin guidance with tolerances (Seeking Alpha news, 2019 page; no year in text)
# A chipmaker's quarter with segment revenue and next-quarter guidance. No year is printed ("Q2", "Q3", "the end of
# this year") -> no periods; quarter in the basis. "$1.31B" -> 1.31e9, "$291M" -> 291e6. Share move +6.2 % key; total
# revenue "down 17% Y/Y" -> key -17 % (the total revenue level is not printed). Q3 guidance: "revenue within 2% of
# $2.9B or about $2.84-2.96" -> the $2.9B centre key and the printed range key as rng=(2.84e9, 2.96e9) (the bare
# "2.84-2.96" takes the billions of the "$2.9B" it restates); the "within 2%" tolerance optional (news16: a guidance
# tolerance is an optional row). Gross-margin guidance "within 50 bps of 62.5%" -> 62.5 % key, 50 bp tolerance
# optional; the implied 62.0-63.0 % range is not printed and not labelled. Consensus for Q3 revenue ($2.98B) and gross
# margin (60.2 %) key. Segments are their own entities with Nvidia as an alternative: each revenue level and its
# "(consensus: ...)" key; the Q/Q and Y/Y growth printed for Gaming and Datacenter key (Y/Y declines negative). Gross
# margin 60.1 % vs the 59.5 % estimate, GAAP operating expenses $970M vs the $977.6M consensus -> four key rows. The
# Mellanox paragraph prints no figures ("5:30 PM" is a time). Decided: a guidance given as "within X% of C or about
# L-H" is a key centre row plus a key range row, its tolerance optional; a tolerance in bps without a printed range
# gives only the centre (key) and the tolerance (optional).
NV = "Nvidia|NVIDIA|NVDA|Nvidia Corp"
GAM = "Nvidia Gaming|Gaming|" + NV
PV = "Nvidia Professional Visualization|Professional Visualization|" + NV
DC = "Nvidia Datacenter|Datacenter|Data Center|" + NV
AU = "Nvidia Auto|Auto|Automotive|" + NV
OEM = "Nvidia OEM & IP|OEM & IP|OEM and IP|" + NV
Q2, Q3 = "Q2", "Q3"
SRV = "segment_revenue|revenue"
SRC = "segment_revenue_consensus|revenue_consensus|revenue_estimate"
G["en10"] = ([
    m("price_change|share_price_change", 6.2, "%", NV),
    m("revenue_growth|revenue_change", -17, "%", NV, basis=Q2 + ", yoy"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 2.9e9, "USD", NV, basis=Q3),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", NV, rng=(2.84e9, 2.96e9), basis=Q3),
    m("guidance_revenue_tolerance|revenue_guidance_range_width", 2, "%", NV, opt=True, basis=Q3),
    m("revenue_consensus|revenue_estimate", 2.98e9, "USD", NV, basis=Q3),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast", 62.5, "%", NV, basis=Q3),
    m("guidance_gross_margin_tolerance|gross_margin_range_width", 50, "bp", NV, opt=True, basis=Q3),
    m("gross_margin_consensus|gross_margin_estimate", 60.2, "%", NV, basis=Q3),
    m(SRV, 1.31e9, "USD", GAM, basis=Q2),
    m(SRC, 1.29e9, "USD", GAM, basis=Q2),
    m("segment_revenue_growth|revenue_growth", 24, "%", GAM, basis=Q2 + ", qoq"),
    m("segment_revenue_growth|revenue_growth", -27, "%", GAM, basis=Q2 + ", yoy"),
    m(SRV, 291e6, "USD", PV, basis=Q2),
    m(SRC, 292.4e6, "USD", PV, basis=Q2),
    m(SRV, 655e6, "USD", DC, basis=Q2),
    m(SRC, 671.2e6, "USD", DC, basis=Q2),
    m("segment_revenue_growth|revenue_growth", 3, "%", DC, basis=Q2 + ", qoq"),
    m("segment_revenue_growth|revenue_growth", -14, "%", DC, basis=Q2 + ", yoy"),
    m(SRV, 209e6, "USD", AU, basis=Q2),
    m(SRC, 177.9e6, "USD", AU, basis=Q2),
    m(SRV, 111e6, "USD", OEM, basis=Q2),
    m(SRC, 104e6, "USD", OEM, basis=Q2),
    m("gross_margin|gross_profit_margin", 60.1, "%", NV, basis=Q2),
    m("gross_margin_consensus|gross_margin_estimate", 59.5, "%", NV, basis=Q2),
    m("operating_expenses|opex", 970e6, "USD", NV, basis=Q2 + ", GAAP"),
    m("operating_expenses_consensus|opex_consensus|operating_expenses_estimate", 977.6e6, "USD", NV, basis=Q2 + ", GAAP"),
], [])

# ---------------------------------------------------------------- en11 Emaar Properties second quarter and first half: profit vs SICO forecast, revenue, malls and hospitality, international, property sales (Reuters copy via PropertyDelight, 2016; AED)
# A Dubai developer's results in dirhams ("dirhams" -> AED). Period: the passage contrasts the quarter with "the same
# quarter of 2015" and reports "the first half of 2016" -> the "three months to June 30" is 2016Q2, the year-earlier
# quarter 2015Q2, the half 2016H1. Net profit +8 % key; 1.27 billion dirhams key, its "($345.8 million)" an optional
# conversion; "That compares with a profit of 1.18 billion dirhams in the year-earlier period" is a sentence of its own
# -> a key 2015Q2 row, not a prior. "SICO Bahrain had forecast a quarterly profit of 1.06 billion dirhams" -> one
# broker's forecast, key (basis names the broker). Revenue "3.73 billion dirhams, up from 3.50 billion dirhams a year
# before" -> key with prior. Divisions are their own entities: malls and hospitality revenue 1.36 billion dirhams and
# the international operations' 533 million dirhams -> key (2016Q2). "retail revenue in the first half of 2016 was
# flat" -> an optional 0 % (a word figure for a division with no level). First half: net profit 2.48 billion dirhams
# and +12 % key; property sales 10.44 billion dirhams and +23 % key; Dubai sales +45 % to 8.85 billion dirhams key
# (Emaar's Dubai sales). Not labelled: "in 2016" (reopening year), "late-2014", "three-year boom" (duration), "world's
# tallest" (rank), "New Year's Eve" (date).
EM = "Emaar Properties|Emaar|EMAAR"
EMH = "Emaar malls and hospitality|malls and hospitality|shopping malls and hospitality businesses|" + EM
EMI = "Emaar international operations|international operations|" + EM
EMR = "Emaar retail|retail business|" + EM
EMD = "Emaar Dubai|Dubai|" + EM
Q, PQ, H = "2016Q2", "2015Q2", "2016H1"
NPR = "net_profit|net_income|profit"
G["en11"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 8, "%", EM, Q),
    m(NPR, 1.27e9, "AED", EM, Q),
    m(NPR, 345.8e6, "USD", EM, Q, opt=True),                                                   # bracketed conversion
    m(NPR, 1.18e9, "AED", EM, PQ),
    m("net_profit_forecast|net_profit_estimate|profit_forecast", 1.06e9, "AED", EM, Q, basis="SICO Bahrain"),
    m("revenue|sales", 3.73e9, "AED", EM, Q, prior=3.50e9),
    m("revenue|segment_revenue", 1.36e9, "AED", EMH, Q),
    m("revenue|segment_revenue", 533e6, "AED", EMI, Q),
    m("revenue_growth|retail_revenue_growth", 0, "%", EMR, H, opt=True),                       # "flat"
    m(NPR, 2.48e9, "AED", EM, H),
    m("net_profit_growth|net_income_growth|profit_growth", 12, "%", EM, H),
    m("property_sales|sales", 10.44e9, "AED", EM, H),
    m("property_sales_growth|sales_growth", 23, "%", EM, H),
    m("property_sales_growth|sales_growth", 45, "%", EMD, H),
    m("property_sales|sales", 8.85e9, "AED", EMD, H),
], [])

# ---------------------------------------------------------------- en12 Asia market close: Nikkei, Hang Seng, Shanghai, ASX 200 levels and moves; China Telecom, NAB, Alibaba (BBC, 2014 page; no year in text)
# An Asian stock-market wrap. The stored page also carried a live index widget of a later date, which is page furniture
# and not part of the passage; the page heading "Asia Market Report" is kept as the first line. Wrap levels and moves
# carry no period. Indexes: Nikkei -0.2 % at 16,167.45; Hang Seng +0.35 % at 23,921.61; Shanghai Composite +1.5 % to
# 2,343.57; ASX 200 -0.7 % at 5,375.77 -> a key % move and a key level (points) each. Movers: China Telecom +5.2 %,
# National Australia Bank -1.4 %, and Alibaba's overnight -3 % on Wall Street -> key. NAB's insurance unit "valued at
# about $800m" is a reported valuation of a possible sale, background to the move, in a BBC "$" whose currency the
# text does not pin down -> optional (USD, the outlet's "$"). Alibaba's debut last week ("$92.70 per share", "a 38%
# jump from the issue price of $68", "raised $25bn") is background to the day's move -> optional rows. Not labelled:
# "fourth-largest" (rank), "iPhone 6" (product name), "ASX 200" (index name).
NK = "Nikkei|Nikkei 225|N225|Japan's Nikkei index"
HS = "Hang Seng|Hang Seng index|HSI"
SH = "Shanghai Composite|Shanghai Composite Index|SSEC"
AX = "ASX 200|S&P/ASX 200|ASX 200 share index"
BABA = "Alibaba|Alibaba Group|BABA"
NAB = "National Australia Bank|NAB"
G["en12"] = ([
    m("index_change", -0.2, "%", NK),
    m("index_level|index_close", 16167.45, "points", NK),
    m("index_change", 0.35, "%", HS),
    m("index_level|index_close", 23921.61, "points", HS),
    m("index_change", 1.5, "%", SH),
    m("index_level|index_close", 2343.57, "points", SH),
    m("price_change|share_price_change", 5.2, "%", "China Telecom|China Telecom Corp"),
    m("index_change", -0.7, "%", AX),
    m("index_level|index_close", 5375.77, "points", AX),
    m("price_change|share_price_change", -1.4, "%", NAB),
    m("valuation|unit_value|deal_value", 800e6, "USD", "NAB insurance unit|insurance unit|" + NAB, opt=True),
    m("price_change|share_price_change", -3, "%", BABA),
    m("price|open_price|first_trade_price", 92.70, "USD", BABA, opt=True, basis="debut, last week"),
    m("price_change|first_day_gain|ipo_return", 38, "%", BABA, opt=True, basis="debut vs issue price"),
    m("ipo_price|issue_price|offer_price", 68, "USD", BABA, opt=True),
    m("ipo_proceeds|amount_raised|proceeds", 25e9, "USD", BABA, opt=True),
], [])
