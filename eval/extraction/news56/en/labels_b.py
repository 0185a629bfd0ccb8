# Hand-written gold labels for news56/en en07-en12 (batch b: the UK, Africa, India, Japan and Australia in English: a
# FTSE 100 housebuilder's half-year with its interim dividend in pence, the Nationwide UK house-price index with regions
# and towns, a Nigerian bank's full year in naira with its dividend in kobo, an Indian market close with Sensex and Nifty
# points and movers in rupees, a Tokyo market close with the Nikkei and movers in yen, and an Australian miner's quarterly
# copper and gold production with C1 and total production costs in US cents and dollars per pound). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read (only the earlier
# sets' "unit" values were grepped, to reuse their unit words), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news55/en/README.md, with the labels of news53/en, news54/en and news55/en as the model: values fully scaled
# ("£292.4m" -> 292.4e6 GBP, "£1.19bn" -> 1.19e9 GBP, "N95 billion" / "₦528.7 billion" -> NGN, "₦4.95 trillion" ->
# 4.95e12 NGN, "Rs 26,993 crore" -> 26993e7 INR with crore = 1e7, "$A47 million" -> 47e6 AUD); pence scaled to pounds
# ("40p" -> 0.40 GBP, news4/news51), kobo to naira ("50 kobo" -> 0.50 NGN, news27), US cents to dollars ("US75.3c per
# pound" -> 0.753 USD, "80-90c/lb" -> 0.80-0.90 USD); declines, falls, slumps and losses negative ("a 43% slump" -> -43,
# "fell 32%" -> -32, "fell 1.15 per cent or 425 points" -> -1.15 % and -425 points, "a 4% annual fall" -> -4, "around
# 45% below their 2007 peak" -> -45, "biggest quarterly loss ever of Rs 26,993 crore" -> -26993e7 on net_profit|net_loss
# as news4 and news52, "contributed 57 points towards decline" -> -57 points); currency codes ("£" and "p" -> GBP, "N" and
# "₦" -> NGN, "Rs" -> INR, "¥" -> JPY, "RM" -> MYR, "US...c" and "$" on the per-pound costs -> USD, "$A" and the "$" of a
# sale inside the $A cash balance -> AUD); count and measure units in the words earlier sets use ("homes", "tonnes",
# "ounces", "points", "sectors"); unit costs in the currency with the measure in the basis ("per pound", news18, news26);
# index levels, point moves and point contributions in "points"; hedges keep the number with the hedge in the basis
# ("around", "about", "over"); a same-sentence "X from Y" / "up from Y" / "down from Y" / "compared to Y" / "X against Y" /
# "X (December 2017: Y)" value of the same quantity is the prior and the earlier value an optional row (news30 batch b,
# news36-news55), while an earlier-period figure in a clause or sentence of its own, or a second earlier figure beside the
# one taken as the prior, is a key row of its own; a figure printed once for several entities ("Coventry, Brighton and
# Bristol ... all recording growth of 10%", "Plymouth and Glasgow ... a 0% annual change", the Metal and Auto indices'
# "over 3 per cent decline") key once with all of them as entity alternatives and optional for the others (news55 en12);
# a deck line's figure key and its body repeat optional, and a figure repeated inside reported remarks optional
# (news50-news55); bracketed currency conversions ("(RM4.16)") optional; guidance and forecast ranges as key ranges (rng)
# with value None; periods only where the text states or clearly implies the year (news24; "full year (FY) ended
# December 31, 2018" -> 2018 and its balances "December 2018" -> 2018-12; "the same quarter of 2014" beside "the March
# quarter" -> the June quarter of 2015, 2015Q2, with 2015Q1 and 2014Q2; "at the end of 2018" -> 2018-12; first halves,
# months and market sessions printed without a year none, and a year that only arithmetic gives, "slowest annual pace in
# two years" with "since June 2013", none, as news54 en01); no broker rating action occurs in these six stories; the
# source's own oddities labelled as printed (news44-news55); quotes rendered as reported speech (the set never copies
# third-party sentences), their figures labelled like any other; dates ("7 November", "December 31, 2018", "Sept 25",
# "June 2013", "2007", "2018", "2022"), times and spans ("six months", "seven weeks", "the last 30 minutes", "12 months",
# "three months early", "two years", "five-year high"), ordinals ("second place"), counts of places, indexes and assets
# ("top five", "three major US indexes", "one asset in production, two under development ..."), index names with
# numbers ("Nikkei 225", "Nifty 50", "S&P 500", "Nifty Midcap 100") and "Covid-19" / "IFRS 9" not labelled.

CR = 1e7  # crore
PC = "price_change|share_price_change|pct_change"
PX = "share_price|price|close|close_price"
IL = "index_level|index_close|close"
IC = "index_change|index_change_points|points_change"
ICP = "index_change_pct|index_change|pct_change"

# ---------------------------------------------------------------- en07 Persimmon's first half with a 'modest' interim dividend in pence (StockMarketWire, stockmarketwire.com; Tuesday August 18, 2020, no date or year printed): first-half profit -43%; pre-tax profit £292.4m from £509.3m; revenue -32% to £1.19bn; completions -35% to 4,900; average selling price £225,066 from £216,942; interim dividend 40p from 235p; weekly private sales rates per site up around 49% since July; forward order book about £2.5bn, +21%; around 45% of the second half's completions expected by end-September (GBP, %, homes)
# A FTSE 100 housebuilder's half-year with its interim dividend in pence, completions, average selling price and the
# forward order book. Whole as stored apart from furniture: the dealing promotion ("Find out how to deal online from
# £1.50 in a SIPP, ISA or Dealing account.", its "£1.50" not labelled) and the widget label "Latest share price and
# company details:" dropped; the credit line "Story provided by StockMarketWire.com" and the opening
# "StockMarketWire.com -" kept as page text. No headline in the stored text (the slug "Persimmon-declares-modest-
# divided-as-first-half-profit-slumps-43pct" is not page text; none added). The chief executive's four quoted sentences
# are rendered as reported speech (figures kept: "around 45%", "40p per share"); the quoted words 'excellent start' and
# 'modest' kept as quoted words. Kept as printed: "Permission" for Persimmon (a typo), "on-year", "pre-Covid", "£292.4m"
# beside "£1.19bn" and "£2.5bn".
# Periods: none. "First-half", "the six months through June", "the second half", "since the start of July" and "the end
# of September" print no year (the Covid-19 lockdowns place it in 2020, but that is outside knowledge).
# Decided: "a 43% slump in first-half profit" -> key -43 % on pre-tax profit (292.4 against 509.3 is the 43 % fall; the
# metric alternatives name profit); pre-tax profit "dropped to £292.4m, down from £509.3m on-year" key with prior and an
# optional earlier row. Revenue -32 % and £1.19bn key; completions -35 % and 4,900 homes key. "Permission achieved an
# average selling price ... of £225,066, up from £216,942" -> key with prior (the typo in the basis) and an optional
# earlier row. Interim dividend 40p "down from 235p" -> key 0.40 GBP with prior 2.35 and an optional earlier row; the
# remarks' "modest interim dividend of 40p per share" an optional repeat. "An increase of around 49% in average weekly
# private sales rates per site" key; "a current forward order book of about £2.5bn, up 21% on-year" -> key level and key
# growth. "Around 45% of ... anticipated second half new home legal completions" by the end of September -> a key share.
PSN = "Persimmon|Persimmon Plc|Persimmon plc|PSN|Permission"
PBT = "pretax_profit|profit_before_tax|pbt|pre_tax_profit"
ASP = "average_selling_price|asp|average_price|average_sales_price"
IDIV = "interim_dividend|dividend_per_share|dps|dividend"
G["en07"] = ([
    m("pretax_profit_growth|profit_growth|profit_before_tax_growth|pbt_growth", -43, "%", PSN,
      basis="a 43% slump in first-half profit"),
    m(PBT, 292.4e6, "GBP", PSN, prior=509.3e6, basis="six months through June"),
    m(PBT, 509.3e6, "GBP", PSN, opt=True, basis="on-year; a year earlier"),
    m("revenue_growth|sales_growth", -32, "%", PSN, basis="first half"),
    m("revenue|sales", 1.19e9, "GBP", PSN, basis="first half"),
    m("completions_growth|home_completions_growth|completions_change", -35, "%", PSN, basis="home completions"),
    m("completions|home_completions|homes_completed", 4900, "homes", PSN, basis="home completions; first half"),
    m(ASP, 225066, "GBP", PSN, prior=216942, basis="per home; the typo 'Permission' as printed"),
    m(ASP, 216942, "GBP", PSN, opt=True, basis="a year earlier"),
    m(IDIV, 0.40, "GBP", PSN, prior=2.35, basis="'modest' interim dividend of 40p per share"),
    m(IDIV, 2.35, "GBP", PSN, opt=True, basis="235p; the earlier interim payment"),
    m("sales_rate_growth|private_sales_rate_growth|weekly_sales_rate_change", 49, "%", PSN,
      basis="around; average weekly private sales rates per site since the start of July"),
    m("forward_order_book|order_book|forward_sales", 2.5e9, "GBP", PSN, basis="about; current"),
    m("forward_order_book_growth|order_book_growth|forward_sales_growth", 21, "%", PSN, basis="on-year"),
    m("completions_share|share_of_completions|completions_delivered_share", 45, "%", PSN,
      basis="around; of the anticipated second-half new home legal completions, expected by the end of September"),
    m(IDIV, 0.40, "GBP", PSN, opt=True, basis="repeat in the chief executive's remarks; proposed by the Board"),
], [])

# ---------------------------------------------------------------- en08 Nationwide's June house prices by region and town (News Letter, newsletter.co.uk; June 2015 index, early July 2015, no date or year printed): UK +3.3% y/y (weakest since June 2013), -0.2% m/m after +0.2% in May, average £195,055; Northern Ireland +8%, London +7.3% to £429,711, Wales -0.8%, Scotland -1%; NI around 45% below its 2007 peak, average £126,525; Reading +13%, Oxford +12%, Coventry, Brighton and Bristol +10%; Sunderland -4%, Belfast -3%, Nottingham -2%, Plymouth and Glasgow 0% (%, GBP)
# A UK house-price index report (news26 had Halifax's September 2015 index; this is Nationwide's June index with regions
# and towns). Cut: the stored page breaks off mid-word in the next sentence ("This has been helped by a pick-up in
# annual wage growth, which moved up to 2.7% in the three months to A"), so the passage stops after the chief
# economist's sentence, a sentence boundary (the "2.7%" goes with the cut). Dropped as furniture: the photo caption "For
# Sale signs" (printed twice under the headline). Headline kept (rewritten: "House prices rise faster in NI than in
# London" -> "NI house prices outstrip London's growth"). The chief economist's remark was reported speech on the
# page already (rewritten; no figures). Kept as printed: "NI" in the headline, "out-pace" hyphenated, the typographic
# quotes around "best performing", "a 0% annual change", "1%" without a decimal beside "0.8%".
# Periods: none. The month is June and "the 12 months to June" / "since June 2013" / "slowest annual pace in two years"
# give 2015 only by arithmetic (news54 en01's reading: not the year clearly stated); May likewise.
# Decided: UK annual growth 3.3 % and the monthly -0.2 % key; "reversing a 0.2% increase in May" is not a "from"
# construction -> a key May row of its own (no prior). Average UK price £195,055 key. Regions: Northern Ireland +8 %,
# London +7.3 % and £429,711, Wales -0.8 % and Scotland -1 % ("declines of ... respectively", read in order) key, each
# keyed on the region. "Still around 45% below their 2007 peak levels" -> key -45 % (Northern Ireland's gap to its
# peak, hedge in the basis); NI average £126,525 key. Towns: Reading +13 %, Oxford +12 % key; Coventry, Brighton and
# Bristol "all recording growth of 10%" -> one key row with the three towns as alternatives and two optional rows;
# Sunderland -4 %, Belfast -3 %, Nottingham -2 % key; Plymouth and Glasgow "a 0% annual change" -> one key 0 % row with
# both as alternatives and one optional row. Not labelled: "two years", "12 months", "June 2013", "2007", "top five".
UK = "UK|United Kingdom|Nationwide|Nationwide Building Society"
NI = "Northern Ireland|NI"
HPY = "house_price_growth_yoy|house_price_growth|annual_house_price_growth|hpi_yoy"
HPM = "house_price_mom|house_price_change|monthly_house_price_change|hpi_mom"
AHP = "average_house_price|house_price|average_price|average_property_price"
G["en08"] = ([
    m(HPY, 3.3, "%", UK, basis="12 months to June; weakest annual growth since June 2013"),
    m(HPM, -0.2, "%", UK, basis="June, month-on-month"),
    m(HPM, 0.2, "%", UK, basis="May, month-on-month; reversed in June"),
    m(AHP, 195055, "GBP", UK, basis="average UK house price now"),
    m(HPY, 8, "%", NI, basis="strongest growth of any region"),
    m(HPY, 7.3, "%", "London", basis="year-on-year; second place"),
    m(AHP, 429711, "GBP", "London", basis="average property price"),
    m(HPY, -0.8, "%", "Wales", basis="year-on-year decline; respectively"),
    m(HPY, -1, "%", "Scotland", basis="year-on-year decline; respectively"),
    m("house_price_vs_peak|price_below_peak|house_price_gap_to_peak", -45, "%", NI,
      basis="around; average values below their 2007 peak levels"),
    m(AHP, 126525, "GBP", NI, basis="average house price in Northern Ireland"),
    m(HPY, 13, "%", "Reading", basis="over the last year; best-performing place"),
    m(HPY, 12, "%", "Oxford"),
    m(HPY, 10, "%", "Coventry|Brighton|Bristol", basis="all recording growth of 10%; top five"),
    m(HPY, 10, "%", "Brighton|Coventry|Bristol", opt=True, basis="the same printed figure, second town"),
    m(HPY, 10, "%", "Bristol|Coventry|Brighton", opt=True, basis="the same printed figure, third town"),
    m(HPY, -4, "%", "Sunderland", basis="annual fall; weakest growth"),
    m(HPY, -3, "%", "Belfast"),
    m(HPY, -2, "%", "Nottingham"),
    m(HPY, 0, "%", "Plymouth|Glasgow", basis="a 0% annual change; worst-performing list"),
    m(HPY, 0, "%", "Glasgow|Plymouth", opt=True, basis="the same printed figure, second city"),
], [])

# ---------------------------------------------------------------- en09 Access Bank's full year 2018 in naira with a 50 kobo dividend (National Daily, nationaldailyng.com; a Friday in early 2019, no date printed): PAT +58% to N95 billion from N60.1 billion; gross earnings +15% to ₦528.7 billion vs ₦459.1 billion, interest 72% and non-interest 26%; PBT ₦103.2 billion, +32% from ₦78.2 billion; ROAE 19%, ROA 2.1%; dividend 50 kobo; total assets +21% YTD to ₦4.95 trillion from ₦4.10 trillion; loans ₦2.14 trillion (₦2.06 trillion); deposits +14% to ₦2.57 trillion from ₦2.25 trillion; CAR 20.8% (transitional) and 19.9% (full impact); liquidity 50.9% (47.2%) (NGN, %)
# A Nigerian bank's full-year results in naira with its dividend in kobo, returns and balance-sheet ratios (news27 had
# Zenith Bank's first half of 2016). Cut: the stored page breaks off mid-quote in the managing director's comment ("...
# '2018 marked a significant year of progress for the Bank amidst an unfavourable macro"), so the passage stops after
# the liquidity sentence, a sentence boundary. Dropped as furniture: the byline ("By Chioma Obinagwam"). The stored text
# opens with the deck line "- proposes 50 kobo dividend per share" (kept, rewritten as "- proposes a dividend of 50 kobo
# per share"); the headline above it is not in the stored text (none added). No quotes in the passage. Kept as printed:
# "N95 billion" and "N60.1 billion" with "N" beside "₦" everywhere else, "results ... shows" and "results, which was also filed",
# "Return on Asset (ROA)", "Confiance News gathered from the statement" (another outlet's name in the text), "Loans and
# Advances totaled", the bracketed "(December 2017: ₦2.06 trillion)" and "(December 2017: 47.2 percent)", "Liquidity ratios"
# in the plural for one figure, and shares of 72 and 26 percent that add up to 98.
# Periods: "the full year (FY) ended December 31, 2018" / "FY 2018" -> 2018 for flows, returns and the dividend; "the
# corresponding period of 2017" / "in 2017" -> 2017; balances "in December 2018" / "as at December 2018" -> 2018-12 and
# "December 2017" -> 2017-12; the capital adequacy ratios, printed beside no date in the December 2018 balance-sheet run,
# -> 2018-12 (as news54 en07's provision coverage ratio).
# Decided: PAT +58 % and N95 billion key, "from N60.1 billion in the corresponding period of 2017" the prior with an
# optional 2017 row. Gross earnings +15 % and ₦528.7 billion "compared to ₦459.1 billion" key with prior, optional
# earlier row; interest and non-interest income "contributing 72 percent and 26 percent respectively" key shares. PBT
# ₦103.2 billion with "growth from ₦78.2 billion" as prior and its +32 % key, optional earlier row. ROAE 19 % and ROA 2.1 %
# key. Dividend: the deck line's 50 kobo key (0.50 NGN, proposed) and the body's repeat optional. Total assets +21 % (year
# to date) and ₦4.95 trillion from ₦4.10 trillion key with prior, optional earlier row. Loans and advances ₦2.14 trillion
# with the bracketed "(December 2017: ₦2.06 trillion)" as prior (the same quantity a year earlier) and an optional
# earlier row; deposits +14 % and ₦2.57 trillion from ₦2.25 trillion likewise. CAR 20.8 % (with the IFRS 9 transitional
# arrangement) and 19.9 % (full impact) both key with the basis. Liquidity ratio 50.9 % with the bracketed 47.2 % as
# prior and an optional 2017-12 row. Not labelled: "December 31, 2018", "Friday", "IFRS 9".
ACC = "Access Bank|Access Bank Plc|Access"
Y, Y0, D18, D17 = "2018", "2017", "2018-12", "2017-12"
PAT = "profit_after_tax|net_profit|pat|net_income"
GE = "gross_earnings|revenue|gross_income"
PBT9 = "profit_before_tax|pbt|pretax_profit"
DIV9 = "dividend_per_share|dividend|dps|final_dividend"
TA = "total_assets|assets"
LA = "loans_and_advances|loans|net_loans|loans_to_customers"
DEP = "customer_deposits|deposits|deposits_from_customers"
CAR = "capital_adequacy_ratio|car|capital_ratio"
LIQ = "liquidity_ratio|liquidity_ratios"
G["en09"] = ([
    m("profit_after_tax_growth|net_profit_growth|pat_growth|net_income_growth", 58, "%", ACC, Y),
    m(PAT, 95e9, "NGN", ACC, Y, prior=60.1e9, basis="printed 'N95 billion'"),
    m(PAT, 60.1e9, "NGN", ACC, Y0, opt=True, basis="corresponding period of 2017; printed 'N60.1 billion'"),
    m("gross_earnings_growth|revenue_growth|gross_income_growth", 15, "%", ACC, Y),
    m(GE, 528.7e9, "NGN", ACC, Y, prior=459.1e9),
    m(GE, 459.1e9, "NGN", ACC, Y0, opt=True, basis="in 2017"),
    m("interest_income_share|share_of_gross_earnings|revenue_share", 72, "%", ACC, Y,
      basis="interest income's share of gross earnings; respectively"),
    m("non_interest_income_share|share_of_gross_earnings|revenue_share", 26, "%", ACC, Y,
      basis="non-interest income's share of gross earnings; respectively"),
    m(PBT9, 103.2e9, "NGN", ACC, Y, prior=78.2e9),
    m("pbt_growth|profit_before_tax_growth|pretax_profit_growth", 32, "%", ACC, Y),
    m(PBT9, 78.2e9, "NGN", ACC, Y0, opt=True, basis="in 2017"),
    m("roae|return_on_average_equity|roe|return_on_equity", 19, "%", ACC, Y),
    m("roa|return_on_assets|return_on_asset", 2.1, "%", ACC, Y),
    m(DIV9, 0.50, "NGN", ACC, Y, basis="deck line: proposes 50 kobo dividend per share"),
    m(DIV9, 0.50, "NGN", ACC, Y, opt=True, basis="body repeat; proposed"),
    m("total_assets_growth|asset_growth", 21, "%", ACC, D18, basis="Year To Date (YTD)"),
    m(TA, 4.95e12, "NGN", ACC, D18, prior=4.10e12),
    m(TA, 4.10e12, "NGN", ACC, D17, opt=True, basis="December 2017"),
    m(LA, 2.14e12, "NGN", ACC, D18, prior=2.06e12, basis="as at December 2018"),
    m(LA, 2.06e12, "NGN", ACC, D17, opt=True, basis="bracketed (December 2017: ...)"),
    m("customer_deposits_growth|deposit_growth|deposits_growth", 14, "%", ACC, D18),
    m(DEP, 2.57e12, "NGN", ACC, D18, prior=2.25e12),
    m(DEP, 2.25e12, "NGN", ACC, D17, opt=True, basis="December 2017"),
    m(CAR, 20.8, "%", ACC, D18, basis="with the regulatory transitional arrangement of IFRS 9 implementation"),
    m(CAR, 19.9, "%", ACC, D18, basis="full impact basis"),
    m(LIQ, 50.9, "%", ACC, D18, prior=47.2, basis="well above regulatory requirements"),
    m(LIQ, 47.2, "%", ACC, D17, opt=True, basis="bracketed (December 2017: ...)"),
], [])

# ---------------------------------------------------------------- en10 Indian market close dragged by Tata Motors' record loss (NDTV, ndtv.com; Friday February 8, 2019, the store's date line only): Tata Motors' quarterly loss Rs 26,993 crore on a Rs 27,838 crore JLR impairment; Sensex -1.15% / -425 points to 36,546; Nifty -1.14% / -126 points to 10,944; Tata Motors 57 points of the Sensex's fall; 17 of 19 sector gauges lower, Metal and Auto over -3%, Telecom +1.74%; Nifty Midcap 100 -1.47%, Smallcap 100 -1.63%; five Nifty losers with % falls and Rs prices (INR, points, %)
# An Indian market close with Sensex and Nifty points and movers in rupees. Cut: the stored page ends with the bare
# crosshead "Top Five Nifty Gainers:" and no list under it, so the passage stops after the losers' list (the crosshead,
# which carries no figure, goes with the cut). No headline in the stored text (it opens with the store's date line; the
# slug "sensex-nifty-clock-worst-day-in-seven-weeks-dragged-by-tata-motors" is not page text; none added). No quotes.
# The losers' crosshead and list kept as page text (rewritten: "Top Five Nifty Losers:" -> "The five biggest Nifty
# losers:", each row rewritten as "... ended at Rs ..., down ... per cent"). Kept as printed: "reported biggest quarterly loss ever" without "its", "Seventeen
# of 19" (a word beside a numeral), "S&P BSE Metal and S&P BSE Auto indices' over 3 per cent decline" (one figure for two
# indices), "For most part of the day", "Rs 607.30" and "Rs 714.50" with their trailing zeros, "Rs 20,812".
# Periods: none (a market session; the loss is "quarterly" with no quarter or year printed).
# Decided: Tata Motors' "biggest quarterly loss ever of Rs 26,993 crore" -> key -26993e7 INR on net_profit|net_loss (a
# loss is negative, as news4 and news52); the "asset impairment charge of Rs 27,838 crore" key as a positive charge on
# Jaguar Land Rover with Tata Motors among the alternatives. Sensex and Nifty % moves, point moves and closes key. "Tata
# Motors alone contributed 57 points towards decline in the Sensex" -> key -57 points (a drag on a falling index,
# negative). "Seventeen of 19 sector gauges ... ended lower" -> an optional 17 sectors (a breadth count in words; the
# 19 not labelled). The Metal and Auto indices' "over 3 per cent decline" -> one key -3 % row with both indices as
# alternatives ("over" in the basis) and an optional second row; Telecom +1.74 %, Nifty Midcap 100 -1.47 % and Nifty
# Smallcap 100 -1.63 % key. The five losers' % falls and rupee prices key. Not labelled: "seven weeks", "the last 30
# minutes", "Top Five", the index names' "50" and "100".
TM = "Tata Motors|Tata Motors Ltd"
SX = "S&P BSE Sensex|BSE Sensex|Sensex"
NF = "NSE Nifty 50 Index|Nifty 50|Nifty|NSE Nifty"
MA = "S&P BSE Metal|BSE Metal|S&P BSE Auto|BSE Auto"
losers10 = [(TM, -18, 150.15), ("Indiabulls Housing Finance|Indiabulls Housing|Indiabulls", -7, 607.30),
            ("Vedanta|Vedanta Ltd", -5, 154.60), ("Grasim Industries|Grasim", -5, 714.50),
            ("Eicher Motors|Eicher", -4.99, 20812)]
G["en10"] = ([
    m("net_profit|net_loss|net_income|quarterly_loss", -26993 * CR, "INR", TM,
      basis="biggest quarterly loss ever; quarter not named"),
    m("impairment|impairment_charge|asset_impairment|impairment_charges", 27838 * CR, "INR",
      "Jaguar Land Rover|JLR|" + TM, basis="asset impairment charge for its subsidiary"),
    m(ICP, -1.15, "%", SX),
    m(IC, -425, "points", SX),
    m(IL, 36546, "points", SX),
    m(ICP, -1.14, "%", NF),
    m(IC, -126, "points", NF),
    m(IL, 10944, "points", NF),
    m("index_contribution|points_contribution|index_points_contribution", -57, "points", TM + "|" + SX,
      basis="contributed towards the Sensex's decline"),
    m("sectors_declining|declining_sectors|decliners", 17, "sectors", "BSE|BSE sector gauges", opt=True,
      basis="Seventeen of 19 sector gauges ended lower (word)"),
    m("index_change_pct|index_change|sector_change", -3, "%", MA, basis="over 3 per cent decline; both indices"),
    m("index_change_pct|index_change|sector_change", -3, "%", "S&P BSE Auto|BSE Auto|S&P BSE Metal|BSE Metal",
      opt=True, basis="the same printed figure, second index"),
    m("index_change_pct|index_change|sector_change", 1.74, "%", "S&P BSE Telecom Index|BSE Telecom|S&P BSE Telecom",
      basis="top gainer"),
    m(ICP, -1.47, "%", "Nifty Midcap 100 Index|Nifty Midcap 100|Nifty Midcap"),
    m(ICP, -1.63, "%", "Nifty Smallcap 100 Index|Nifty Smallcap 100|Nifty Smallcap"),
] + [x for c, p, px in losers10 for x in (m(PC, p, "%", c, basis="top Nifty loser"),
                                            m(PX, px, "INR", c, basis="top Nifty loser"))], [])

# ---------------------------------------------------------------- en11 Tokyo close on Wall Street's gains (AFP text on Malay Mail, malaymail.com; Friday September 25, 2020, "Sept 25" printed without a year): Nikkei 225 +0.51% / +116.80 points to 23,204.62, weekly -0.67%; Topix +0.48% / +7.79 points to 1,634.23, weekly -0.74%; Dow +0.2%, S&P 500 +0.3%, Nasdaq +0.4%; dollar ¥105.32 (RM4.16) against ¥105.41; SoftBank Group, Fast Retailing, Murata, Toyota, Honda, Nissan and Sony % moves and yen prices (points, %, JPY, MYR)
# A Tokyo market close with the Nikkei and movers in yen. Whole as stored apart from furniture: the photo caption at
# the top, which repeats the Nikkei sentence and ends "— Reuters pic", dropped. The dateline "TOKYO, Sept 25 ―" and the
# closing credit "― AFP" kept as page text. No headline in the stored text (it opens with the store's date line and the
# caption; the slug "tokyo-stocks-close-higher-on-us-rallies" is not page text; none added). Okasan Online Securities'
# quoted sentence and the quoted phrase on infections are rendered as reported speech (no figures). Kept as printed:
# "he added" after a quote credited to a brokerage, "¥105.32 (RM4.16)" with the ringgit in brackets, "¥2,474.5" and
# "¥363.6" with one decimal.
# Periods: none (a market session; "Sept 25" has no year).
# Decided: each index's % move, point move and close key; the weekly changes "for a weekly loss of 0.67 per cent" and
# "over the week, it fell 0.74 per cent" key (negative, "week" in the basis). The Dow's, S&P 500's and Nasdaq's moves the
# day before key. "The dollar fetched ¥105.32 ... against ¥105.41 in New York" -> key fx row with prior (the same rate in
# the earlier market) and an optional New York row; the bracketed "(RM4.16)" an optional MYR conversion. Each mover's %
# move and yen price key. Not labelled: "Nikkei 225" and "S&P 500" (names), "three major US indexes" (a count), "a record
# number of new cases" (no figure).
NK = "Nikkei 225|Nikkei|Nikkei 225 index|Nikkei Stock Average"
TPX = "Topix|Topix index|TOPIX"
WK = "weekly_change|index_change_pct|index_change|weekly_index_change"
USDJPY = "USD/JPY|dollar|US dollar|dollar-yen|yen"
movers11 = [("SoftBank Group|SoftBank", 1.26, 6164), ("Fast Retailing|Uniqlo", 1.06, 64800),
            ("Murata Manufacturing|Murata", 1.31, 6866), ("Toyota|Toyota Motor", 1.48, 7031),
            ("Honda|Honda Motor", 1.72, 2474.5), ("Nissan|Nissan Motor", -0.38, 363.6), ("Sony|Sony Group", -0.67, 8100)]
G["en11"] = ([
    m(ICP, 0.51, "%", NK),
    m(IC, 116.80, "points", NK),
    m(IL, 23204.62, "points", NK, basis="close"),
    m(WK, -0.67, "%", NK, basis="weekly loss"),
    m(ICP, 0.48, "%", TPX),
    m(IC, 7.79, "points", TPX),
    m(IL, 1634.23, "points", TPX, basis="close"),
    m(WK, -0.74, "%", TPX, basis="over the week"),
    m(ICP, 0.2, "%", "Dow|Dow Jones Industrial Average|Dow Jones", basis="the session before"),
    m(ICP, 0.3, "%", "S&P 500|S&P", basis="the session before"),
    m(ICP, 0.4, "%", "Nasdaq Composite Index|Nasdaq Composite|Nasdaq", basis="the session before"),
    m("fx_rate|exchange_rate", 105.32, "JPY", USDJPY, prior=105.41, basis="Asian trade"),
    m("fx_rate|exchange_rate", 105.41, "JPY", USDJPY, opt=True, basis="in New York"),
    m("fx_rate|exchange_rate", 4.16, "MYR", "USD/MYR|ringgit|dollar", opt=True, basis="bracketed RM conversion"),
] + [x for c, p, px in movers11 for x in (m(PC, p, "%", c), m(PX, px, "JPY", c))], [])

# ---------------------------------------------------------------- en12 OZ Minerals' June quarter of 2015 at Prominent Hill (MiningNews.net, miningnews.net; July 2015, no date printed): copper 32,991 tonnes from 31,160t (March quarter) and 22,181t (June quarter 2014); Malu $A47 million net revenue; gold 24,790 ounces from 32,874oz; C1 US75.3c/lb from 63.2c/lb; total production costs $1.569/lb vs $1.544/lb; full-year C1 guidance 80-90c/lb; end-2018 stockpiles 30,000 to 40,000t copper, 45,000-55,000oz gold, gold ore stockpiles 450,000 to 500,000oz; cash +87% to $A410 million with $125 million from the Sandfire stake (tonnes, ounces, USD, AUD, %)
# An Australian miner's quarterly production and costs (copper and gold in tonnes and ounces, C1 and total production
# costs per pound, cost guidance, stockpile forecasts and cash; news53 had an ASX gold miner's quarter in A$ per ounce).
# Cut: the stored page breaks off mid-word ("Shares in OZ d"), so the passage stops after the remark to analysts, a
# sentence boundary. Dropped as furniture: the section label "CAPITAL MARKETS", the byline "Kristie Batten", the archive
# notice "This article is 9 years old. Images might not display." and the standfirst, which the page itself truncates
# mid-word with an ellipsis ("OZ Minerals CEO Andrew Cole said the company's strong quarterly result is evidence that its
# new s..."; no figures). Headline kept (rewritten: "OZ copper production hits five-year high" -> "OZ copper output
# reaches five-year high"). The chief executive's four quoted passages are rendered as reported speech (figures kept:
# "between 30,000 to 40,000t", "45,000-55,000oz", "450,000 to 500,000oz"). Kept as printed: "Cole" never introduced in
# the body (his full name and title were in the dropped standfirst), "in previous quarter" without "the", "31,160t",
# "32,874oz" and "63.2c/lb" with units set against the figures, "US75.3c per pound" beside "c/lb", "$1.569/lb" and
# "$125 million" with a bare "$" beside "$A47 million" and "$A410 million", "between 30,000 to 40,000t".
# Periods: "the same quarter of 2014" names the year-ago quarter, so the quarter reported (the one after "the March
# quarter") is the June quarter of 2015 (clearly implied) -> 2015Q2, "the March quarter" / "previous quarter" / "March"
# -> 2015Q1, the year-ago quarter 2014Q2; the full-year C1 guidance 2015; "at the end of 2018" -> 2018-12 for the copper
# ore stockpiles' copper and gold; the gold ore stockpiles' "will reach" (a separate remark) none; the cash balance, its
# rise over "the strong half", the Sandfire proceeds and Malu's revenue "so far" none (no date printed beside them).
# Decided: copper "rose to 32,991 tonnes, up from 31,160t in the March quarter and 22,181t the same quarter of 2014" ->
# key with the March quarter's 31,160 as prior (the figure it is compared with first) and an optional 2015Q1 row; the
# year-ago 22,181t a key 2014Q2 row of its own (a second earlier figure cannot also be the prior). Gold "dropped to
# 24,790 ounces from 32,874oz" key with prior and an optional row. C1 "rose to US75.3c per pound from 63.2c/lb" -> key
# 0.753 USD with prior 0.632 and an optional row; total production costs "$1.569/lb ... than the $1.544/lb reported in
# March" -> key with prior and an optional row, read as US dollars like the C1 figures it stands beside (decided; the
# page marks Australian dollars "$A"). Full-year C1 guidance "80-90c/lb" a key range 0.80-0.90 USD. Malu's "$A47 million
# in net revenue" key. The stockpile forecasts key ranges ("between 30,000 to 40,000t" read as 30,000-40,000 tonnes of
# copper, 45,000-55,000 ounces of gold, 450,000-500,000 ounces in the gold ore stockpiles). Cash +87 % and $A410 million
# key; "$125 million coming from the sale of its stake in Sandfire Resources" key in AUD (a part of the $A cash balance;
# decided). Not labelled: "five-year high", "three months early", "2018" and "2022" as dates, the counts of assets under
# review ("one asset in production, two under development, one ... and one exploration project").
OZ = "OZ Minerals|OZ|Oz Minerals"
PH = "Prominent Hill|Prominent Hill operation|" + OZ
MALU = "Malu|Malu underground mine|Malu underground|" + OZ
Q, Q1, QP = "2015Q2", "2015Q1", "2014Q2"
CU = "copper_production|production|copper_output"
AU = "gold_production|production|gold_output"
C1 = "c1_cash_cost|c1_cost|cash_cost|unit_cost"
TPC = "total_production_cost|production_cost|unit_cost|total_production_costs"
G["en12"] = ([
    m(CU, 32991, "tonnes", PH, Q, prior=31160, basis="headline: five-year high"),
    m(CU, 31160, "tonnes", PH, Q1, opt=True, basis="March quarter; printed 31,160t"),
    m(CU, 22181, "tonnes", PH, QP, basis="the same quarter of 2014; printed 22,181t"),
    m("net_revenue|revenue|sales", 47e6, "AUD", MALU, basis="so far; commissioned three months early"),
    m(AU, 24790, "ounces", PH, Q, prior=32874),
    m(AU, 32874, "ounces", PH, Q1, opt=True, basis="previous quarter; printed 32,874oz"),
    m(C1, 0.753, "USD", PH, Q, prior=0.632, basis="per pound; printed US75.3c; due to lower gold production"),
    m(C1, 0.632, "USD", PH, Q1, opt=True, basis="per lb; March quarter; printed 63.2c/lb"),
    m(TPC, 1.569, "USD", PH, Q, prior=1.544, basis="per lb; printed '$' (read as US dollars, as the C1 figures)"),
    m(TPC, 1.544, "USD", PH, Q1, opt=True, basis="per lb; reported in March"),
    m("guidance_c1_cost|guidance_cash_cost|c1_cost_guidance|cash_cost_guidance", None, "USD", PH, "2015",
      rng=(0.80, 0.90), basis="per lb; full-year guidance, expected to be bettered; printed 80-90c/lb"),
    m("copper_in_stockpiles|contained_copper|stockpile_copper|copper_stockpile", None, "tonnes", OZ, "2018-12",
      rng=(30000, 40000), basis="copper ore stockpiles at the end of 2018; printed 'between 30,000 to 40,000t'"),
    m("gold_in_stockpiles|contained_gold|stockpile_gold|gold_stockpile", None, "ounces", OZ, "2018-12",
      rng=(45000, 55000), basis="gold metal in the copper ore stockpiles at the end of 2018"),
    m("gold_ore_stockpiles|contained_gold|stockpile_gold|gold_stockpile", None, "ounces", OZ, rng=(450000, 500000),
      basis="gold ore stockpiles will reach; contained gold metal"),
    m("cash_balance_growth|cash_growth|cash_change", 87, "%", OZ, basis="over the strong half"),
    m("cash_balance|cash|cash_and_equivalents", 410e6, "AUD", OZ, basis="printed $A410 million"),
    m("sale_proceeds|divestment_proceeds|proceeds|asset_sale_proceeds", 125e6, "AUD",
      "Sandfire Resources|Sandfire|" + OZ, basis="from the sale of its stake in Sandfire; printed '$' (part of the $A cash)"),
], [])
