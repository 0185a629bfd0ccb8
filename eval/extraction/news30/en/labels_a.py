# Hand-written gold labels for news30/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news29/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("about $5.12 billion" -> 5.12e9, "more
# than 12 percent" -> 12), a same-sentence "X from Y" / "X compared to Y" / "X up from Y" / "X down from Y" value of the
# same quantity is the prior, a revised guidance range takes the earlier range as prior range also when the earlier
# range is printed in the next sentence (news3 Lyft, news29 batch b) with the earlier range an optional row of its own,
# periods only where the text states or clearly implies the year (a passage with no printed year has no period,
# news24), fiscal periods as the text names them (news17; Indian FY20 -> FY2020), market levels and moves and deal terms
# carry no period, crore = 1e7 (news15), cents scaled to USD, repeats and quote restatements optional, an intraday
# extreme optional, in a stock close a mover printed both in % and in currency has the % key and the currency move
# optional (news22) while commodity moves printed both ways are both key (news20), a stock leg per target share is a
# key exchange-ratio row in "shares" (news29 batch b), consensus figures key (news23), analyst counts optional, brokers'
# targets only in rating actions, ratings normalised lower-case, a target raise without a printed rating has rating
# None (dev corpus en11 style), deal rows on "target|acquirer" entities (news17)).

# ---------------------------------------------------------------- en01 Roper Technologies second quarter 2022: FY2022 adjusted-EPS guidance raised with the old and comparable ranges, FY consensus, Q3 guidance against the Street, net earnings and EPS with year-ago priors, adjusted EPS, revenue and growth, Q2 consensus (RTTNews via Nasdaq, 2022; USD)
# A US company's quarter with guidance and consensus; the stored text has no headline (none added). Period: "full-year
# 2022" / "fiscal 2022" -> FY2022; the second quarter is that fiscal year's (Roper's fiscal year is named by the text as
# 2022 and the quarter's results come with it) -> FY2022Q2; "the third quarter" -> FY2022Q3. Guidance: "now expects
# adjusted earnings ... in a range of $13.46 to $13.62 per share" -> key range, basis adjusted, continuing operations. The earlier range "$15.50 to
# $15.75" is printed in the next sentence ("Its earlier forecast had called for") -> prior range of the new range (the
# revision the text reports) and an optional row of its own (news29 batch b's rule for a revised range). The
# comparable restatement "$13.20 to $13.45 ..., once $2.30 for the industrial businesses now reported as
# discontinued operations is excluded" is a distinct printed fact (the like-for-like old guidance) -> key row with its own metric
# name; the $2.30 excluded per share is a reconciliation item -> optional. "Ten analysts ... expect the company, on average,
# to earn $15.69 per share for the year" -> key FY consensus; the count of ten analysts optional. Q3 "range of $3.42 to $3.46"
# key and "the Street is looking for ... $3.80" key consensus. Q2: "net earnings came to $268.8 million or $2.52 per share,
# down from $286.3 million or $2.69 per share in the prior-year quarter" -> key net income and EPS with the year-ago
# priors (same sentence), basis GAAP/reported; adjusted EPS "$3.95 ..., compared to $3.44 per share in the year-ago
# quarter" -> key with prior. Revenue "rose 10 percent to $1.31 billion from $1.19 billion" -> key level with prior
# and key growth (basis "reported and adjusted", one figure). "The Street had been looking for earnings of $3.65 per share on
# revenues of $1.44 billion for the quarter" -> two key consensus rows (Q2). Not labelled: Thursday (date).
ROP = "Roper Technologies|Roper Technologies, Inc.|Roper|ROP"
FY, Q2, Q3 = "FY2022", "FY2022Q2", "FY2022Q3"
EPSG = "guidance_eps|eps_guidance|adjusted_eps_guidance"
EPSC = "eps_consensus|eps_estimate"
G["en01"] = ([
    m(EPSG, None, "USD", ROP, FY, rng=(13.46, 13.62), prng=(15.50, 15.75), basis="adjusted, continuing operations"),
    m(EPSG + "|previous_guidance_eps", None, "USD", ROP, FY, rng=(15.50, 15.75), opt=True, basis="previous forecast"),
    m("comparable_guidance_eps|previous_guidance_eps|guidance_eps|eps_guidance", None, "USD", ROP, FY,
      rng=(13.20, 13.45), basis="previous forecast on a comparable basis, excluding discontinued operations"),
    m("discontinued_operations_eps|eps_adjustment|eps", 2.30, "USD", ROP, FY, opt=True,
      basis="industrial businesses reported as discontinued operations, excluded"),
    m(EPSC, 15.69, "USD", ROP, FY, basis="Thomson Reuters, ten analysts"),
    m("analyst_count", 10, "analysts", ROP, opt=True),
    m(EPSG, None, "USD", ROP, Q3, rng=(3.42, 3.46), basis="adjusted, continuing operations"),
    m(EPSC, 3.80, "USD", ROP, Q3),
    m("net_income|net_profit|net_earnings", 268.8e6, "USD", ROP, Q2, prior=286.3e6, basis="GAAP, reported"),
    m("eps", 2.52, "USD", ROP, Q2, prior=2.69, basis="GAAP, reported"),
    m("eps|adjusted_eps", 3.95, "USD", ROP, Q2, prior=3.44, basis="adjusted, continuing operations"),
    m("revenue|sales", 1.31e9, "USD", ROP, Q2, prior=1.19e9, basis="reported and adjusted"),
    m("revenue_growth|sales_growth", 10, "%", ROP, Q2),
    m(EPSC, 3.65, "USD", ROP, Q2),
    m("revenue_consensus|revenue_estimate", 1.44e9, "USD", ROP, Q2),
], [])

# ---------------------------------------------------------------- en02 Infosys April-June FY20: net profit with q/q fall and the Reuters consensus, revenue in rupees and dollars, constant-currency growth, digital revenue, FY20 revenue guidance raised, EBIT and margin, margin guidance kept (NDTV, 2019; INR crore and USD)
# An Indian company's quarter in English; the stored text has no headline (none added). Period: the April-June quarter
# of "the current financial year" which the text names FY20 ("a strong start to FY 20", "FY20 revenue growth guidance")
# -> FY2020Q1; the guidance and the margin guidance -> FY2020. Net profit "Rs 3,802 crore ..., 6.76 per cent lower than in
# the previous quarter" -> key level (3802e7 INR) and key q/q growth -6.76. "analysts had on average expected ... Rs
# 3,705 crore" -> key consensus. Revenue from operations "increased 1.22 per cent to Rs 21,803 crore from Rs 21,539 crore" ->
# key level with the previous-quarter prior (same sentence) and key growth (q/q). Dollar revenue "grew 2.3 per cent to
# $3,131 million" -> key level and key growth (q/q, sequential like the rupee figure beside it); constant currency "rose
# 2.8 per cent on a sequential basis" -> key. Digital "$1,119 million", "35.7 per cent of total revenues", "grew 41.9
# per cent year-on-year and 8.6 per cent sequentially in constant currency" -> four key rows on the digital
# business. Guidance "to 8.5-10 per cent from 7.5-9.5 per cent" (first sentence) -> one key range row with the prior
# range; its two restatements (the guidance paragraph and the CEO's quote) optional, and the old range optional twice
# (its two later printings; the first is the prior). EBIT "$642 million" and margin "20.5 per cent" key; "has kept its
# FY 20 operating margin guidance range at 21 -23 per cent" -> key range, no prior ("maintained" prints no old value,
# news25's "unchanged" rule), odd spacing as printed. The CEO's "constant currency growth accelerating to 12.4 per cent
# on year over year basis" is printed only in the quote -> key (a quote-only figure is key, news28 batch a); his "digital
# revenue growth of 41.9 per cent" repeats the body -> optional. Not labelled: "second largest" (rank), Bengaluru.
INF = "Infosys|Infosys Ltd|Infosys Limited|INFY"
Q, FY = "FY2020Q1", "FY2020"
RG = "guidance_revenue_growth|revenue_growth_guidance|revenue_guidance"
DIG = "Infosys digital|Infosys digital revenues|digital|" + INF
G["en02"] = ([
    m("net_profit|net_income|profit", 3802e7, "INR", INF, Q),
    m("net_profit_growth_qoq|net_profit_growth|net_income_growth", -6.76, "%", INF, Q, basis="from the previous quarter"),
    m("net_profit_consensus|net_profit_estimate", 3705e7, "INR", INF, Q, basis="Reuters, analysts' average"),
    m("revenue|revenue_from_operations|sales", 21803e7, "INR", INF, Q, prior=21539e7, basis="previous quarter as prior"),
    m("revenue_growth_qoq|revenue_growth|revenue_from_operations_growth", 1.22, "%", INF, Q, basis="sequential"),
    m("revenue|revenue_usd|sales", 3131e6, "USD", INF, Q),
    m("revenue_growth_qoq|revenue_growth|revenue_growth_usd", 2.3, "%", INF, Q, basis="dollar terms, sequential"),
    m("revenue_growth_cc|constant_currency_revenue_growth|revenue_growth", 2.8, "%", INF, Q,
      basis="constant currency, sequential"),
    m("digital_revenue|revenue|segment_revenue", 1119e6, "USD", DIG, Q),
    m("digital_revenue_share|revenue_share", 35.7, "%", DIG, Q),
    m("digital_revenue_growth|revenue_growth|digital_revenue_growth_yoy", 41.9, "%", DIG, Q,
      basis="year-on-year, constant currency"),
    m("digital_revenue_growth_qoq|revenue_growth_qoq|digital_revenue_growth", 8.6, "%", DIG, Q,
      basis="sequential, constant currency"),
    m(RG, None, "%", INF, FY, rng=(8.5, 10), prng=(7.5, 9.5), basis="constant currency"),
    m(RG, None, "%", INF, FY, rng=(8.5, 10), opt=True, basis="repeat, guidance paragraph"),
    m(RG, None, "%", INF, FY, rng=(8.5, 10), opt=True, basis="repeat, CEO quote"),
    m(RG + "|previous_revenue_growth_guidance", None, "%", INF, FY, rng=(7.5, 9.5), opt=True, basis="old range"),
    m(RG + "|previous_revenue_growth_guidance", None, "%", INF, FY, rng=(7.5, 9.5), opt=True, basis="old range, quote"),
    m("ebit|operating_profit|operating_income", 642e6, "USD", INF, Q),
    m("operating_margin|ebit_margin|operating_profit_margin", 20.5, "%", INF, Q),
    m("guidance_operating_margin|operating_margin_guidance", None, "%", INF, FY, rng=(21, 23), basis="maintained"),
    m("revenue_growth_cc|constant_currency_revenue_growth|revenue_growth_yoy|revenue_growth", 12.4, "%", INF, Q,
      basis="constant currency, year over year, CEO quote"),
    m("digital_revenue_growth|revenue_growth", 41.9, "%", DIG, Q, opt=True, basis="repeat, CEO quote"),
], [])

# ---------------------------------------------------------------- en03 Euro zone February flash inflation: headline with January prior, core, energy, food, services; January producer prices against expectations, PPI energy; January unemployment (Reuters via Moneycontrol; no year printed)
# A monthly data release; the stored text has no headline (none added; the trailing promotional line dropped). No year is
# printed ("February", "January", "Thursday") -> no periods (news24); the month is named in the basis. Headline
# inflation: the first sentence's "2.0 percent" and the second's "2.0 percent year-on-year in February, from 1.8
# percent in January" are the same reading -> one key row with the January prior, the first printing an optional repeat.
# "in line with market expectations" prints no number -> no consensus row. The ECB's "medium-term target of below, but
# close to 2 percent" -> optional target row (dev corpus en22). Core "stable at 0.9 percent" -> key, no prior ("stable"
# prints no old value). Energy "9.2 percent ..., faster than the 8.1 percent of the previous month" -> key with prior;
# food, alcohol and tobacco 2.5 key; services "1.3 percent ..., quickening from 1.2 percent in January" -> key with
# prior. Producer prices (January): +0.7 % m/m and +3.5 % y/y key; "more than the market had expected, which was a 0.6 percent
# monthly rise and a 3.2 percent increase on the year" -> two key consensus rows; the PPI's energy component +1.8 % m/m and +9.7 % y/y
# key. Unemployment "stayed stable in January at a rate of 9.6 percent" -> key, no prior. Not labelled: "19 countries" (count of
# countries), "Thursday".
EZ = "euro zone|eurozone|euro area|Eurostat"
G["en03"] = ([
    m("cpi|inflation|hicp|cpi_yoy|inflation_rate", 2.0, "%", EZ, prior=1.8, basis="February, flash, y/y"),
    m("cpi|inflation|hicp|cpi_yoy|inflation_rate", 2.0, "%", EZ, opt=True, basis="repeat, first sentence"),
    m("inflation_target", 2, "%", "ECB|European Central Bank|" + EZ, opt=True, basis="below, but close to"),
    m("core_inflation|core_cpi|core_hicp", 0.9, "%", EZ, basis="February, y/y, stable"),
    m("energy_inflation|energy_prices|energy_price_inflation", 9.2, "%", EZ, prior=8.1, basis="February"),
    m("food_inflation|food_alcohol_tobacco_inflation|food_prices", 2.5, "%", EZ, basis="February"),
    m("services_inflation|services_prices|services_price_inflation", 1.3, "%", EZ, prior=1.2, basis="February"),
    m("ppi_mom|ppi|producer_prices|producer_price_inflation", 0.7, "%", EZ, basis="January, m/m"),
    m("ppi_yoy|ppi|producer_prices|producer_price_inflation", 3.5, "%", EZ, basis="January, y/y"),
    m("ppi_mom_consensus|ppi_consensus|ppi_estimate", 0.6, "%", EZ, basis="January, m/m, market expectations"),
    m("ppi_yoy_consensus|ppi_consensus|ppi_estimate", 3.2, "%", EZ, basis="January, y/y, market expectations"),
    m("ppi_energy_mom|energy_producer_prices|energy_prices|energy_inflation", 1.8, "%", EZ, basis="January, m/m, PPI energy"),
    m("ppi_energy_yoy|energy_producer_prices|energy_prices|energy_inflation", 9.7, "%", EZ, basis="January, y/y, PPI energy"),
    m("unemployment_rate|jobless_rate", 9.6, "%", EZ, basis="January, stable"),
], [])

# ---------------------------------------------------------------- en04 Wall Street close with yields, dollar, gold, silver, oil and Europe: Dow, S&P 500, Nasdaq, Russell 2000, three bank/consumer movers, US 10-year yield, DXY, gold and silver futures, Brent and WTI, FTSE, CAC 40, DAX (UOB Kay Hian Wealth Daily, 2022 page; no year printed for the session)
# A market wrap; the stored text has no headline (none added). Market moves and levels carry no period; "since May
# 2019" is a date, not a row. Indices: Dow "shed 339.82 pts, or 0.96%, to close at 35,028.65" -> three key rows (index
# points and % both key, dev corpus en26); S&P 500 -0.97 %, Nasdaq -1.15 %, Russell 2000 -1.6 % key. The Nasdaq's
# "(dropped >10% from its Nov high)" is a bound on a drawdown that defines the correction -> optional (-10, basis). The
# three stock movers are printed only as bracketed % quotes ("(MS US, +1.83%)") -> key price moves (the only figure on
# each named mover). Yields: "the 10-year US Treasury note yield hit 1.90%" in the early hours is an intraday extreme ->
# optional; the bund "climbed above 0%" and "just below zero" -> one optional 0 % row; the close "ended down 0.88 basis
# points (bps) at 1.8646%" -> key change in bp and key level. DXY "slipped 0.23% to 95.510" -> key % and key level (points).
# Commodities (news20: a contract's move in % and in dollars/cents and its level are all key): gold "(Feb) contracts
# settled up $30.80, or 1.7%, at US$1,843.20/oz" -> three key rows; March silver "gained 73.9 cents, or 3.1%, to end at
# US$24.231/oz" -> three key rows (73.9 cents -> 0.739 USD); Brent "settled up 93 cents at US$88.44/bbl" and WTI "$1.53
# at US$86.96/bbl" (the "respectively" construction) -> key move and level each. "a fresh seven-year high" is not a
# figure. Europe: FTSE +0.35 %, CAC 40 +0.55 %, DAX +0.24 % key. Not labelled: "Wed", "NY time", contract months.
PC = "price_change|index_change"
IC = "index_change|price_change"
IL = "index_level|close|level"
PX = "price|commodity_price"
DOW = "Dow Jones Industrial Average|Dow Jones|Dow|DJIA"
NDQ = "Nasdaq Composite|Nasdaq"
UST = "10-year US Treasury|US 10-year|10-year Treasury|US Treasury 10-year note|10-year US Treasury note"
BUND = "German 10-year bund|German 10-year|bund"
DXY = "ICE dollar index|DXY|dollar index|US dollar"
GOLD = "US gold futures|gold futures|gold"
SILV = "March silver|silver futures|silver"
BRENT = "Brent|Brent futures|Brent crude"
WTI = "WTI|WTI futures|West Texas Intermediate|crude oil"
G["en04"] = ([
    m(IC, -339.82, "points", DOW),
    m(IC, -0.96, "%", DOW),
    m(IL, 35028.65, "points", DOW),
    m(IC, -0.97, "%", "S&P 500|S&P 500 index|S&P"),
    m(IC, -1.15, "%", NDQ),
    m(IC, -1.6, "%", "Russell 2000|small cap Russell 2000"),
    m("drawdown_from_high|index_change", -10, "%", NDQ, opt=True, basis="more than, from November high (correction)"),
    m("price_change|share_price_change", 1.83, "%", "Morgan Stanley|MS|MS US"),
    m("price_change|share_price_change", 0.39, "%", "Bank of America|BAC|BAC US"),
    m("price_change|share_price_change", 3.36, "%", "Procter & Gamble|P&G|PG|PG US"),
    m("yield|bond_yield|intraday_high", 1.90, "%", UST, opt=True, basis="hit in the early hours, intraday"),
    m("yield|bond_yield", 0, "%", BUND, opt=True, basis="rose above 0%, ended just below zero"),
    m("yield_change|bond_yield_change", -0.88, "bp", UST),
    m("yield|bond_yield", 1.8646, "%", UST),
    m(PC + "|fx_change", -0.23, "%", DXY),
    m("index_level|price|dxy", 95.510, "points", DXY),
    m(PC, 30.80, "USD", GOLD), m(PC, 1.7, "%", GOLD), m(PX + "|gold_price", 1843.20, "USD", GOLD, basis="per oz, settle"),
    m(PC, 0.739, "USD", SILV), m(PC, 3.1, "%", SILV), m(PX + "|silver_price", 24.231, "USD", SILV, basis="per oz"),
    m(PC + "|oil_price_change", 0.93, "USD", BRENT), m(PX + "|oil_price", 88.44, "USD", BRENT, basis="per bbl, front-month"),
    m(PC + "|oil_price_change", 1.53, "USD", WTI), m(PX + "|oil_price", 86.96, "USD", WTI, basis="per bbl, front-month"),
    m(IC, 0.35, "%", "FTSE|FTSE 100|UK FTSE"),
    m(IC, 0.55, "%", "CAC 40|CAC|France's CAC 40"),
    m(IC, 0.24, "%", "DAX|German DAX"),
], [])

# ---------------------------------------------------------------- en05 MetroPCS bids for Leap Wireless: $5.12bn all-stock offer, $2bn debt assumed, 2.75 shares per share worth $75.05, 3 % premium, $5.5bn on the 20-day average, 65.4 % ownership, $2.5bn savings, premarket moves (AP via NBC News, 2007 page; no year printed)
# An M&A story; the stored text has no headline (none added). No year is printed ("Tuesday", "Friday", "Aug. 3") -> no
# periods. Deal rows carry "Leap|MetroPCS". Deal value "about $5.12 billion" key (first sentence); its restatement
# "the MetroPCS offer would be worth about $5.12 billion" optional. "assume or refinance $2 billion of Leap's debt" -> key
# assumed-debt row. Terms "2.75 shares of its own stock for each Leap share" -> key exchange-ratio row in "shares"
# (news29 batch b); its repeat "2.75 shares would be worth" optional. "Friday's $27.29 closing price of MetroPCS shares"
# -> key MetroPCS close; "worth about $75.05" -> key implied offer value per Leap share; "a premium of 3 percent to Leap's
# Friday closing price of $72.50" -> key premium and key Leap close. "about 68.2 million Leap shares outstanding" -> optional
# (share count used for the arithmetic). "the deal values Leap at $5.5 billion" on the 20-day weighted average -> key second deal
# value (basis). "MetroPCS would own about 65.4 percent of the combined company" -> key ownership row on MetroPCS; "cost
# savings of about $2.5 billion" (projected) -> key synergies (no horizon printed). Premarket: "MetroPCS shares fell 29 cents to $27" -> key
# move (only printed in cents, -0.29 USD) and key price; "Leap shares jumped $9, or more than 12 percent, to $81.50" -> % key
# (bound kept: 12), dollar move optional (news22 stock-mover rule), price key. Not labelled: "top 200 markets" (a count
# inside a quote on licence coverage), "20 days" (window), advisers (no figures).
LEAP = "Leap Wireless International|Leap Wireless|Leap|Leap Wireless International Inc."
MPCS = "MetroPCS Communications|MetroPCS|MetroPCS Communications Inc."
D = LEAP + "|" + MPCS
DV = "deal_value|offer_value|transaction_value|valuation"
PC = "price_change|share_price_change"
G["en05"] = ([
    m(DV, 5.12e9, "USD", D),
    m(DV, 5.12e9, "USD", D, opt=True, basis="repeat, 68.2 million shares outstanding"),
    m("assumed_debt|debt_assumed|debt", 2e9, "USD", D, basis="assume or refinance Leap debt"),
    m("exchange_ratio|share_consideration|shares_per_share", 2.75, "shares", D),
    m("exchange_ratio|share_consideration|shares_per_share", 2.75, "shares", D, opt=True, basis="repeat"),
    m("price|close_price|closing_price", 27.29, "USD", MPCS, basis="Friday close"),
    m("offer_price|offer_value_per_share|implied_offer_price", 75.05, "USD", D),
    m("premium|offer_premium", 3, "%", D),
    m("price|close_price|closing_price", 72.50, "USD", LEAP, basis="Friday close"),
    m("shares_outstanding", 68.2e6, "shares", LEAP, opt=True),
    m(DV, 5.5e9, "USD", D, basis="20-day average weighted price of MetroPCS shares"),
    m("ownership|ownership_stake|stake", 65.4, "%", MPCS, basis="of the combined company"),
    m("cost_savings|synergies", 2.5e9, "USD", D),
    m(PC, -0.29, "USD", MPCS, basis="premarket"),
    m("price|share_price", 27, "USD", MPCS, basis="premarket"),
    m(PC, 12, "%", LEAP, basis="more than, premarket"),
    m(PC, 9, "USD", LEAP, opt=True, basis="premarket"),
    m("price|share_price", 81.50, "USD", LEAP, basis="premarket"),
], [])

# ---------------------------------------------------------------- en06 Analysts raise targets on Target after holiday sales: Susquehanna upgrade, four target raises (BMO, UBS, Deutsche Bank, Telsey), rating mix with priors, close against the consensus target, Costco's December comps (Market Realist, 2018)
# A broker note / roundup with USD targets; the headline and the subhead "Ratings summary and price target" are kept, the
# image caption repeating the title dropped. Rating actions: Susquehanna "upgraded TGT stock to 'positive' from
# 'neutral' and raised its price target to $84 from $54" -> upgrade with both ratings and both targets ("positive" kept as
# the broker's own rating word). BMO "$82 per share from $67", UBS "$73 from $70", Telsey "$75 from $65" -> raise_target
# with prior targets and no printed rating (None). Deutsche Bank "raised its price target on TGT stock by 23% to $70" ->
# raise_target to 70 with no prior (the old target is not printed and is not computed); the 23 % raise is an optional
# metric (a part of the rating action, not an analyst's headline fact). Metrics: the stock "climbed 2.3% on January 10,
# 2018" -> key move (no period: a market move). "five out of the 27 analysts" -> optional analyst counts. Rating mix: "19.0%
# of the analysts now rate TGT stock a 'buy,' up from 15.0% earlier" and "70.0% ... 'hold,' down from 74.0%" -> key shares with priors (same
# sentence); "11.0% of analysts kept their 'sell' rating" -> key, no prior. "closed at $70.73" key price; "the analysts'
# 12-month price target of $70.35" -> key consensus target (a consensus figure is a metric, dev corpus en14/en19).
# Costco "comps rising 11.5%" in December -> key comparable-sales row on Costco; no period (the month's year is not printed
# beside it; the January 10, 2018 date belongs to Target's move). Not labelled: "12-month" (horizon), "double-digit"
# (no figure), Walmart's "neutral outlook" (not a named broker's rating).
TGT = "Target|Target Corporation|TGT"
G["en06"] = ([
    m("price_change|share_price_change", 2.3, "%", TGT),
    m("analysts_raising_target|analyst_count", 5, "analysts", TGT, opt=True),
    m("analyst_count|analysts_covering", 27, "analysts", TGT, opt=True),
    m("target_price_change|price_target_change", 23, "%", TGT, opt=True, basis="Deutsche Bank"),
    m("buy_rating_share|buy_ratings_pct|analyst_buy_share", 19.0, "%", TGT, prior=15.0),
    m("hold_rating_share|hold_ratings_pct|analyst_hold_share", 70.0, "%", TGT, prior=74.0),
    m("sell_rating_share|sell_ratings_pct|analyst_sell_share", 11.0, "%", TGT),
    m("price|close_price|closing_price", 70.73, "USD", TGT),
    m("consensus_target_price|target_price|average_target_price", 70.35, "USD", TGT, basis="analysts' 12-month target"),
    m("comparable_sales_growth|same_store_sales_growth|comps", 11.5, "%", "Costco|COST|Costco Wholesale",
      basis="December"),
], [
    ra("Susquehanna", TGT, "upgrade", "positive", "neutral", target=84, prior_target=54, cur="USD"),
    ra("BMO|BMO Capital Markets", TGT, "raise_target", None, target=82, prior_target=67, cur="USD"),
    ra("UBS", TGT, "raise_target", None, target=73, prior_target=70, cur="USD"),
    ra("Deutsche Bank|Deutsche", TGT, "raise_target", None, target=70, cur="USD"),
    ra("Telsey Advisory Group|Telsey", TGT, "raise_target", None, target=75, prior_target=65, cur="USD"),
])
