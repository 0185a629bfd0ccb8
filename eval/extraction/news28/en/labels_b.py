# Hand-written gold labels for news28/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news27/en/README.md (values fully
# scaled, declines, outflows and net selling negative, a hedge or bound keeps the stated number ("more than 84 per
# cent" -> 84), a same-sentence "X from Y" / "X compared to Y" value of the same quantity is the prior, an
# earlier-period figure in a sentence of its own is its own row, periods only where the text states or clearly implies
# the year (a passage with no printed year has no period, news24; a split year "2015-16" -> FY2016, news18/news24),
# market levels and moves carry no period, the same move restated in another unit optional (news22: % key, cents
# optional), repeats and headline repeats of a body figure no row or optional (news21), a round threshold optional
# (news21), a revised previous reading key with its first estimate as prior and as an optional row (news25), a raised
# guidance range with the old range in prng and as an optional row (news20-news23), a figure printed without its scale
# word read at the scale the passage confirms (news26/news27), index readings in "points", sample sizes not labelled
# (news27)).

# ---------------------------------------------------------------- en07 Qantas 2015-16: record net profit in $A, 7-cent dividend, capital returns and buy-backs, underlying PBT, divisional earnings (AirlineRatings, 2016)
# An Australian company's annual result. Headline and the dateline "August 24, 2016" kept; a bare "1432" counter under
# the headline dropped as page furniture. "$A" is AUD; "7 cents per share" -> 0.07 AUD. Period: "2015-16 net profit"
# -> FY2016 (news24: a split year ending in June is named by its closing year); every "on last year" figure and the
# divisional earnings of the same result take FY2016. Net profit $A1.03 billion and "more than 84 per cent" (bound kept)
# key; dividend 7 cents key (fully franked in basis) and the $A134m total payment key (the cash cost of the dividend, a
# different quantity). Capital management: the $A505 million capital return and $A500 million buy-back "in the last 12
# months" are key but carry no period (the span is not tied to the 2015-16 year in the text; basis), the new $A366
# million on-market buy-back key. The one-off $A3000 bonus per staff member is an incidental per-head figure
# (optional). Underlying pre-tax profit $A1.53 billion and +57 % key. Divisions are their own entities with the group as
# alternative (news5, news21): International's turnaround "by more than $A1 billion compared to 2014" is a key change row
# (bound kept, comparison in basis; the 2014 level is not computed) and its $A512 million earnings key; Domestic record
# earnings $A578 million, +20 %, and the $A121 million resources-revenue drop (key, negative); the Asian Jetstar
# airlines' improvement "by $85 million" -- a bare "$" in an Australian outlet's story amid "$A" figures -> AUD, key,
# printed form in basis (unlike news24's BBC "$", read as the outlet's USD); Jetstar group underlying earnings $A452
# million and +97 % key; Loyalty's 11.4 million members key (a stock count "now", no period), earnings +10 % and $A346
# million key. Not labelled: "since 2009", "18-month pay freeze" (duration), "95-year history" (age), "2014" (year).
QAN = "Qantas|Qantas Group|Qantas Airways"
INT = "Qantas International|international arm|" + QAN
DOM = "Qantas Domestic|domestic operations|" + QAN
JST = "Jetstar|Jetstar Group|low-cost group|" + QAN
JSA = "Asian-based Jetstar airlines|Jetstar Asian airlines|Jetstar Asia|" + JST
LOY = "Qantas Loyalty|Qantas loyalty program|loyalty program|" + QAN
FY = "FY2016"
ERN = "earnings|underlying_earnings|underlying_ebit|ebit"
EG = "earnings_growth|underlying_earnings_growth|ebit_growth"
BB = "share_buyback|buyback|buy_back"
G["en07"] = ([
    m("dividend_per_share|final_dividend|dps", 0.07, "AUD", QAN, FY, basis="fully-franked"),
    m("net_profit|net_income|statutory_profit", 1.03e9, "AUD", QAN, FY),
    m("net_profit_growth|net_income_growth|profit_growth", 84, "%", QAN, FY, basis="more than"),
    m("dividend_payment|total_dividend|dividend_amount", 134e6, "AUD", QAN, FY),
    m("capital_return", 505e6, "AUD", QAN, basis="completed in the last 12 months"),
    m(BB, 500e6, "AUD", QAN, basis="completed in the last 12 months"),
    m("staff_bonus|bonus_per_employee|bonus", 3000, "AUD", QAN, opt=True, basis="one-off cash bonus per staff member"),
    m(BB, 366e6, "AUD", QAN, basis="additional on-market, planned"),
    m("underlying_pbt|underlying_profit_before_tax|underlying_pre_tax_profit", 1.53e9, "AUD", QAN, FY),
    m("underlying_pbt_growth|underlying_profit_growth|profit_growth", 57, "%", QAN, FY),
    m("earnings_change|ebit_change|earnings_improvement", 1e9, "AUD", INT, FY, basis="more than; turnaround compared to 2014"),
    m(ERN, 512e6, "AUD", INT, FY),
    m(ERN, 578e6, "AUD", DOM, FY, basis="record"),
    m(EG, 20, "%", DOM, FY),
    m("revenue_change|resources_revenue_change", -121e6, "AUD", DOM, FY, basis="revenue from the resources market"),
    m("earnings_change|earnings_improvement|performance_improvement", 85e6, "AUD", JSA, FY, basis="printed '$85 million'"),
    m(ERN, 452e6, "AUD", JST, FY, basis="record underlying"),
    m(EG, 97, "%", JST, FY),
    m("members|loyalty_members|membership", 11.4e6, "members", LOY),
    m(EG, 10, "%", LOY, FY),
    m(ERN, 346e6, "AUD", LOY, FY),
], [])

# ---------------------------------------------------------------- en08 European bourses: FTSE Eurobloc/Eurotop indices, Xetra DAX, CAC40, AEX levels and moves, movers in euros and euro cents (Irish Times; no year printed)
# A continental European close of the early euro years. No headline in the stored text (none added); the passage stops
# before a half-stored sentence on Philips' upgrade. No year printed ("Thursday") -> no periods. Indices: each point
# change and level key (FTSE Eurobloc 100, Eurotop 100, Eurotop 300, Xetra DAX, CAC40, AEX), the CAC40's "0.6 per cent"
# key beside its points (both printed, news7), the DAX's "five-day gain of 2.7 per cent" key with basis (news21: a
# week's index move is key). Movers: "64 cents" etc. are euro cents (0.64 EUR). Where a move is printed both ways
# ("gained 64 cents or 3.1 per cent") the % is key and the euro move optional (news22); a move printed only in euros or
# cents ("Veba eased EUR1.14", "BASF added 66 cents") is key; closing prices key. "Degussa Huels 54 cents at EUR36.30"
# reads the price as Degussa's. The reported Veba offer -- "a price 10 per cent above market value for its 25.1 per cent
# stake in Viag" -- gives a key premium and the key stake (deal terms on "target|bidder|seller" entities, news17).
# Michelin's "12.6 per cent on Thursday" is the previous session's move (background, optional); its move today is key.
# Philips' "5.1 per cent advance" key. Not labelled: "second successive record closing high" (count), "US producer
# prices" (no figure).
EB = "FTSE Eurobloc 100|Eurobloc 100"
E1 = "FTSE Eurotop 100|Eurotop 100"
E3 = "FTSE Eurotop 300|Eurotop 300"
DAX = "Xetra DAX|DAX|Frankfurt"
CAC = "CAC40|CAC 40|Paris"
AEX = "AEX|Amsterdam"
IC = "index_change|index_change_points|point_change"
ICP = "index_change|index_change_pct|percent_change"
IL = "index_level|index_close|close"
PC = "price_change|share_price_change|stock_price_change"
PX = "price|close_price|share_price"
VIAG = "Viag"
VEBA = "Veba"
DC = "DaimlerChrysler"
HOE = "Hoechst"
DEG = "Degussa Huels|Degussa-Huels|Degussa"
LH = "Lufthansa"
TOT = "TotalFina|Total"
ELF = "Elf Aquitaine|Elf"
MICH = "Michelin"
G["en08"] = ([
    m(IC, 9.61, "points", EB), m(IL, 1120.50, "points", EB),
    m(IC, 7.18, "points", E1), m(IL, 3048.76, "points", E1),
    m(IC, 2.19, "points", E3), m(IL, 1336.19, "points", E3),
    m(IC, 47.09, "points", DAX), m(IL, 5483.95, "points", DAX),
    m(ICP + "|weekly_change", 2.7, "%", DAX, basis="five-day gain"),
    m("premium|offer_premium", 10, "%", "Viag|Veba|state of Bavaria|Bavaria",
      basis="Veba's reported offer above market value for Bavaria's stake"),
    m("stake|shareholding", 25.1, "%", "state of Bavaria|Bavaria|Viag|Veba", basis="Bavaria's stake in Viag"),
    m(PC, 3.1, "%", VIAG), m(PC, 0.64, "EUR", VIAG, opt=True), m(PX, 21.32, "EUR", VIAG),
    m(PC, -1.14, "EUR", VEBA), m(PX, 56.95, "EUR", VEBA),
    m(PC, 0.65, "EUR", DC), m(PX, 72.65, "EUR", DC),
    m(PC, 4.9, "%", HOE), m(PC, 1.96, "EUR", HOE, opt=True), m(PX, 41.09, "EUR", HOE),
    m(PC, 0.66, "EUR", "BASF"),
    m(PC, 0.54, "EUR", DEG), m(PX, 36.30, "EUR", DEG),
    m(PC, 0.45, "EUR", LH), m(PX, 18.81, "EUR", LH),
    m(IC, 28.06, "points", CAC), m(ICP, 0.6, "%", CAC), m(IL, 4745.48, "points", CAC),
    m(PC, 2.4, "%", TOT), m(PC, 3.10, "EUR", TOT, opt=True), m(PX, 130, "EUR", TOT),
    m(PC, 2.7, "%", ELF), m(PC, 4.80, "EUR", ELF, opt=True), m(PX, 180.80, "EUR", ELF),
    m(PC, 12.6, "%", MICH, opt=True, basis="Thursday, previous session"),
    m(PC, -2.8, "%", MICH), m(PC, -1.35, "EUR", MICH, opt=True), m(PX, 46.40, "EUR", MICH),
    m(IC, 4.27, "points", AEX), m(IL, 591.67, "points", AEX),
    m(PC, 5.1, "%", "Philips"),
], [])

# ---------------------------------------------------------------- en09 US housing starts in August: level and % change, consensus, revised July, single-family and 5+ unit starts, y/y, permits (MarketWatch via indiabullion; no year printed)
# A US housing release. Headline and byline kept; the headline's "0.9% to 891,000" repeats the body (no row of its own,
# news21). Only "August", "July" and "Wednesday" are printed -> no periods; the month goes in the basis. Starts: +0.9 %
# and the 891,000 annual rate key (unit "units", seasonally adjusted annual rate in basis); the MarketWatch consensus
# 921,000 key. July: "an originally estimated July starts rate of 896,000 ... revised July's starts rate to 883,000"
# -> key 883,000 with the first estimate 896,000 as prior, and 896,000 also an optional row (news25: a revised previous
# reading). Segments (own entities, "U.S." as alternative): single-family starts +7 % and 5+ unit starts -9.4 % key;
# starts +19 % y/y key. Permits: -3.8 % and 918,000 rate key; 5+ unit permits -15.7 % and single-family permits +3 % key.
# Not labelled: "at least five units" (a category definition).
HS = "U.S. housing starts|housing starts|U.S."
SF = "single-family housing starts|single-family starts|single-family homes|U.S."
MF = "multifamily housing starts|starts in buildings with at least five units|five-plus unit starts|U.S."
BP = "U.S. building permits|building permits|permits|U.S."
BSF = "single-family permits|single-family building permits|U.S."
BMF = "multifamily permits|permits in buildings with at least five units|five-plus unit permits|U.S."
HSC = "housing_starts_change|housing_starts_growth|starts_change"
HSR = "housing_starts|housing_starts_rate|starts"
PMC = "building_permits_change|permits_change|building_permits_growth"
G["en09"] = ([
    m(HSC, 0.9, "%", HS, basis="August, mom"),
    m(HSR, 891000, "units", HS, basis="August, seasonally adjusted annual rate"),
    m("housing_starts_consensus|housing_starts_estimate|housing_starts_forecast", 921000, "units", HS,
      basis="August, MarketWatch survey of economists"),
    m(HSR, 883000, "units", HS, prior=896000, basis="July, revised"),
    m(HSR, 896000, "units", HS, opt=True, basis="July, original estimate"),
    m(HSC, 7, "%", SF, basis="August"),
    m(HSC, -9.4, "%", MF, basis="August"),
    m(HSC + "|housing_starts_yoy", 19, "%", HS, basis="August, yoy"),
    m(PMC, -3.8, "%", BP, basis="August"),
    m("building_permits|permits|building_permits_rate", 918000, "units", BP, basis="August, annual rate"),
    m(PMC, -15.7, "%", BMF, basis="August"),
    m(PMC, 3, "%", BSF, basis="August"),
], [])

# ---------------------------------------------------------------- en10 Bitcoin below $57,000: price and move, volume, spot ETF outflows (total and FBTC on two days), FedWatch odds, ether, crypto market cap, Fear & Greed (ReadWrite; no year printed)
# A crypto market report. No headline in the stored text (none added); the subhead kept; the passage stops before a
# half-stored sentence. Dates "Sept. 5" and "Sept. 3" carry no year -> no periods (date in basis). Bitcoin: "plunged
# below $57,000" is a threshold crossed (optional, news21), the current price "under $53,400" key (bound kept) and
# -4.8 % key; the "nearly $45 billion" 24-hour trading volume key. ETF flows are negative outflows (news27 net flows):
# the market's -$211.1 million on Sept. 5 and -$287.8 million on Sept. 3, and FBTC's -$149.5 million and -$162.3 million
# inside them, four key rows. FedWatch: the 59 % and 41 % probabilities are key (the priced odds of a September cut);
# the 25 bp and 50 bp cut sizes only define the two scenarios -> optional -25/-50 bp rows. Ether "just over $2,200" key
# and "almost 7 percent" fall key (-7). Market cap: "fallen from $1.97 trillion down to $1.89 trillion" -> key 1.89e12
# with prior 1.97e12; "equivalent to $80 billion leaving the market" restates the difference of the two labelled
# levels -> optional -80e9. Fear & Greed index 22 key (points). Not labelled: "second-highest day" (rank), "24 hours".
BTC = "Bitcoin|BTC"
ETH = "Ethereum|ETH|ether"
ETF = "U.S. spot Bitcoin ETFs|United States-based Bitcoin spot ETF market|Bitcoin spot ETFs|BTC spot ETFs"
FBTC = "Fidelity Wise Origin Bitcoin Fund|FBTC|Fidelity"
FED = "Federal Reserve|Fed|CME FedWatch"
CRY = "cryptocurrency market|crypto market|cryptocurrency"
NF = "net_flows|etf_flows|net_outflows|outflows"
G["en10"] = ([
    m("price|bitcoin_price", 57000, "USD", BTC, opt=True, basis="threshold, plunged below"),
    m("price|bitcoin_price", 53400, "USD", BTC, basis="under, at the time of writing"),
    m("price_change|percent_change", -4.8, "%", BTC, basis="24 hours"),
    m("trading_volume|volume", 45e9, "USD", BTC, basis="nearly, 24 hours"),
    m(NF, -211.1e6, "USD", ETF, basis="Sept. 5"),
    m(NF, -149.5e6, "USD", FBTC, basis="Sept. 5"),
    m(NF, -287.8e6, "USD", ETF, basis="Sept. 3, largest outflow day"),
    m(NF, -162.3e6, "USD", FBTC, basis="Sept. 3"),
    m("rate_cut_probability|probability", 59, "%", FED, basis="25 basis point cut in September"),
    m("rate_cut_probability|probability", 41, "%", FED, basis="50 basis point cut"),
    m("rate_change|expected_rate_cut", -25, "bp", FED, opt=True, basis="scenario, September"),
    m("rate_change|expected_rate_cut", -50, "bp", FED, opt=True, basis="scenario"),
    m("price|ether_price", 2200, "USD", ETH, basis="just over"),
    m("price_change|percent_change", -7, "%", ETH, basis="almost, 24 hours"),
    m("market_cap|market_capitalization|total_market_cap", 1.89e12, "USD", CRY, prior=1.97e12, basis="24 hours"),
    m("market_cap_change|outflow", -80e9, "USD", CRY, opt=True, basis="equivalent to the fall in market cap"),
    m("fear_and_greed_index|sentiment_index", 22, "points", "Crypto Fear & Greed Index|crypto market"),
], [])

# ---------------------------------------------------------------- en11 Marriott second quarter: North America revPAR guidance, unchanged worldwide revPAR range, raised adjusted EPS range, net income and EPS with priors, adjusted EPS and revenue against estimates, fee drop, share fall (Reuters via Hospitality Ireland; no year printed)
# A hotel company's results. No headline in the stored text (none added); the subhead "Income And Revenue" and the
# credit line kept, the "Click subscribe" furniture dropped. No year printed ("second quarter ended June 30", "third
# quarter", "full year") -> no periods; the span goes in the basis. Share move "down about 4%" key. Guidance: North
# America third-quarter revPAR +1.5 %-2 % key range; worldwide full-year revPAR "unchanged at 3%-4%" key range with no
# prior (an unchanged figure prints no earlier value, news16); full-year adjusted EPS "to $5.81 to $5.91 per share from
# $5.43 to $5.55" key range with the old range in prng, and the old range also an optional row (news20-news23). Quarter:
# net income $610 million from $489 million and EPS $1.71 from $1.28 (same sentence) key with priors; adjusted EPS $1.47
# and the $1.38 analyst estimate key; revenue $5.35 billion and the $5.84 billion estimate key; "a drop 5.6% in fee
# received from the properties that the company owns or leases" key -5.6 % (source wording kept). Not labelled:
# "Independence Day", "I/B/E/S".
MAR = "Marriott International|Marriott|Marriott International Inc"
MNA = "Marriott North America|North America|" + MAR
RPG = "guidance_revpar_growth|revpar_guidance|revpar_growth_forecast|revpar_growth"
EPSG = "guidance_adjusted_eps|guidance_eps|eps_guidance|adjusted_eps_forecast"
G["en11"] = ([
    m("price_change|share_price_change|stock_price_change", -4, "%", MAR, basis="about"),
    m(RPG, None, "%", MNA, rng=(1.5, 2), basis="third quarter, North America"),
    m(RPG, None, "%", MAR, rng=(3, 4), basis="full year, worldwide, unchanged"),
    m(EPSG, None, "USD", MAR, rng=(5.81, 5.91), prng=(5.43, 5.55), basis="full year, adjusted"),
    m(EPSG, None, "USD", MAR, rng=(5.43, 5.55), opt=True, basis="previous forecast"),
    m("net_income|net_profit", 610e6, "USD", MAR, prior=489e6, basis="second quarter"),
    m("eps|earnings_per_share", 1.71, "USD", MAR, prior=1.28, basis="second quarter"),
    m("adjusted_eps|eps", 1.47, "USD", MAR, basis="second quarter, excluding items"),
    m("eps_estimate|eps_consensus|adjusted_eps_estimate", 1.38, "USD", MAR, basis="average analyst estimate, I/B/E/S"),
    m("revenue|sales", 5.35e9, "USD", MAR, basis="second quarter"),
    m("revenue_estimate|revenue_consensus", 5.84e9, "USD", MAR, basis="Wall Street estimate"),
    m("fee_revenue_change|fees_change|fee_change", -5.6, "%", MAR, basis="fees from owned or leased properties"),
], [])

# ---------------------------------------------------------------- en12 Venture dashboard for September: fundraising, deal value and count, named rounds, venture-backed M&A, IPO count and proceeds (Venture Capital Journal; no year printed)
# A venture / IPO-market roundup. No headline in the stored text (none added); the four section heads with their %s
# kept; the photo credit dropped. Only months are printed -> no periods; "September"/"August" in the basis. Section
# heads: "(value down 74%)" repeats the body's "dropped 74 percent" (one key row, no row for the head, news21); the
# other three heads print changes the body does not state ("value up 83%" deals, "value down 42%" M&A, "proceeds down
# 77%" IPOs) -> key rows. Fundraising: "$662 million ... from $2.56 billion in August" key with prior; the second "$662
# million" an optional repeat; the 11 firms that raised money key (a fundraising count); New China Capital
# Management's "about $194 million" for Cathay Capital Holdings III key. Deals: $5.5 billion "compared to $3 billion in
# August" key with prior; "slightly more than 500 deals ... compared to about 390" key with prior (unit "deals"); the
# Vice Media round ("raised a $500 million", source wording kept) and The Founders Fund's $165 million into Palantir key
# (entity the company with the investors as alternatives). M&A: 34 companies bought and the $1.96 billion aggregate key;
# "for the seven that disclosed financial terms" optional (a disclosure count); August's "40 companies ... for a combined
# $3.4 billion" stands in its own sentence -> two key rows with basis August (not priors); Amazon-Twitch $970 million
# key. IPOs: "fell to four ... compared to six" key with prior (unit "IPOs"); proceeds "from about $1.3 billion in August
# to $294 in September" -- printed without its scale word, read as $294 million (the 77 % fall from $1.3 billion
# confirms it) -> key 294e6 with prior 1.3e9, printed form in basis, no literal row (a $294 IPO total is not plausible,
# news27 a-batch); Tokai's "more than $97 million" key; "one of three VC-backed biotech companies" optional. Not
# labelled: "Sept. 17" (date), "Cathay Capital Holdings III" (fund name numeral).
VF = "U.S.-based venture firms|venture firms|venture capital fundraising"
VD = "venture-backed U.S.-based companies|venture-backed companies|venture deals"
VM = "venture-backed M&A|venture-backed U.S.-based companies|venture-backed companies"
VI = "VC-backed IPOs|venture-backed IPOs|VC-backed companies"
G["en12"] = ([
    m("fundraising|funds_raised|capital_raised", 662e6, "USD", VF, prior=2.56e9, basis="September; prior August"),
    m("fundraising_change|fundraising_growth", -74, "%", VF, basis="September vs August"),
    m("fundraising|funds_raised|capital_raised", 662e6, "USD", VF, opt=True, basis="repeat, 11 firms"),
    m("firms_raising|number_of_firms|funds_raised_count", 11, "firms", VF, basis="September"),
    m("fund_commitments|fundraising|commitments", 194e6, "USD",
      "New China Capital Management|Cathay Capital Holdings III", basis="about, September"),
    m("deal_value|venture_investment|amount_raised", 5.5e9, "USD", VD, prior=3e9, basis="September; prior August"),
    m("deal_value_change|venture_investment_growth", 83, "%", VD, basis="section head, September vs August"),
    m("deal_count|number_of_deals|deals", 500, "deals", VD, prior=390, basis="slightly more than; prior about, August"),
    m("round_size|funding_round|amount_raised", 500e6, "USD",
      "Vice Media|The Raine Group|Technology Crossover Ventures", basis="late-stage round"),
    m("investment|round_size|amount_invested", 165e6, "USD",
      "Palantir Technologies Inc|Palantir Technologies|Palantir|The Founders Fund|Founders Fund"),
    m("acquisitions|m_and_a_count|companies_acquired", 34, "companies", VM, basis="September"),
    m("deal_value|m_and_a_value|aggregate_value", 1.96e9, "USD", VM, basis="September, seven with disclosed terms"),
    m("disclosed_deals|deals_with_disclosed_terms", 7, "companies", VM, opt=True),
    m("acquisitions|m_and_a_count|companies_acquired", 40, "companies", VM, basis="August"),
    m("deal_value|m_and_a_value|aggregate_value", 3.4e9, "USD", VM, basis="August"),
    m("deal_value_change|m_and_a_value_change", -42, "%", VM, basis="section head, September vs August"),
    m("deal_value|acquisition_price|transaction_value", 970e6, "USD", "Twitch|Amazon"),
    m("ipo_count|number_of_ipos|ipos", 4, "IPOs", VI, prior=6, basis="September; prior August"),
    m("ipo_proceeds|proceeds", 294e6, "USD", VI, prior=1.3e9, basis="printed '$294' without scale word; prior about, August"),
    m("ipo_proceeds_change|proceeds_change", -77, "%", VI, basis="section head, September vs August"),
    m("ipo_proceeds|amount_raised|ipo_size", 97e6, "USD", "Tokai Pharmaceuticals|Tokai", basis="more than, largest offering"),
    m("biotech_ipo_count|ipo_count", 3, "IPOs", "VC-backed biotech companies|" + VI, opt=True),
], [])
