# Hand-written gold labels for news33/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run, nothing under plugins/ was opened, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news32/en/README.md (values fully
# scaled, declines and losses negative, cents and pence scaled to their currency ("77 Canadian cents" -> 0.77 CAD,
# "279c" -> 2.79 ZAR, "151.4p" -> 1.514 GBP), "C$" is CAD and "R" is ZAR, a hedge or bound keeps the stated number
# ("over 9%" -> 9, "almost 90%" -> 90, "approximately 5,000" -> 5000, "nearly five per cent" -> 5), a same-sentence
# "X from Y" / "X, up from Y" value of the same quantity is the prior and the earlier reading is also an optional row
# with its own period where the text names it (news29 en09, news30 batch b, news31), an unnamed year-ago "from" value is
# only a prior (news30 en10), an earlier-period figure in a sentence of its own is its own key row (news31 batch a),
# periods only where the text states or clearly implies the year (a passage with no printed year has no period,
# news24; a date line dates the quarter it reports, news31 batch b), a bracketed currency conversion an optional row,
# headline and bullet repeats optional, load-factor moves in "percentage points" are pp rows with the level key
# (news17 en06), multi-month year-to-date spans written "2017-01..08", segment rows on "segment|parent" entities
# (news31 batch b), brokers' targets only in rating actions (none in this batch), counts of banks or committee members
# and historic dates not labelled (dev corpus)).

# ---------------------------------------------------------------- en07 TD Bank fiscal third quarter of 2012: profit +14 %, net income and EPS, year-ago profit and EPS, dividend +7 % to 77 Canadian cents, adjusted EPS against the I/B/E/S estimate, wholesale, Canadian banking and U.S. retail profits with their changes (Reuters, August 30, 2012; CAD)
# A Canadian company's results in C$. The stored page has the headline "UPDATE 1-TD Bank profit rises 14 pct, dividend
# increased" and a date line "August 30, 2012 / 11:06 AM / 5 years ago"; the headline and the date "August 30, 2012" are
# kept, the time and the crawler-relative "5 years ago", the "Reuters Staff" byline and the "2 Min Read" tag are dropped
# as page furniture; the three summary bullets and the "TORONTO, Aug 30 (Reuters) -" dateline are kept. Whole as stored.
# Period: the date line dates the report (news31 batch b) and the text says "the fiscal third quarter ended July 31" ->
# FY2012Q3 (decided: TD's fiscal quarter is named "fiscal", so the FY form), the year-earlier figures FY2011Q3. Notation
# kept: "head of estimates" (the page's slip), "C$1.91/share", "77 Canadian cents". Decided: the lead's 14 percent is the
# key profit growth and the headline's "14 pct" an optional repeat; the body's "7 percent" dividend rise is key and the
# bullet's "7 pct" optional; the body's adjusted EPS C$1.91 and the I/B/E/S estimate C$1.84 are key, the bullet's
# "Adj profit C$1.91/share vs estimate C$1.84" two optional repeats. "C$1.7 billion ($1.72 billion)": the USD conversion
# is optional. "That compared with a profit of C$1.5 billion, or C$1.58 a share, a year earlier" is a sentence of its
# own (rewritten "A year earlier it had made a profit of ...") -> two key FY2011Q3 rows, not priors (news31 batch a).
# The dividend "raised ... by 7 percent to 77 Canadian cents a share" is key at 0.77 CAD with no period (a quarterly
# rate declared with the results; basis says quarterly) and no prior (the old dividend is not printed). Segments:
# wholesale banking profit +61 % to C$180 million, Canadian banking income +9 % to C$864 million, U.S. retail profit
# "eased 4 percent" to C$284 million -> level and change key for each on "segment|TD" entities, period FY2012Q3.
# Not labelled: "All five of Canada's big banks" (a count of banks), "second-largest" (a rank), the date.
TD = "Toronto-Dominion Bank|TD Bank|TD|Toronto-Dominion|TD Bank Group"
WB = "TD wholesale banking|wholesale banking|TD Securities|" + TD
CB = "TD Canadian banking|Canadian banking|Canadian Personal and Commercial Banking|TD Canada Trust|" + TD
USR = "TD U.S. retail banking|U.S. retail banking|U.S. retail|TD Bank, America's Most Convenient Bank|" + TD
Q, QY = "FY2012Q3", "FY2011Q3"
G["en07"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 14, "%", TD, Q),
    m("net_profit_growth|net_income_growth|profit_growth", 14, "%", TD, Q, opt=True, basis="headline '14 pct'"),
    m("net_profit|net_income|profit", 1.7e9, "CAD", TD, Q),
    m("net_profit|net_income|profit", 1.72e9, "USD", TD, Q, opt=True, basis="conversion in brackets"),
    m("eps|diluted_eps", 1.78, "CAD", TD, Q),
    m("net_profit|net_income|profit", 1.5e9, "CAD", TD, QY),
    m("eps|diluted_eps", 1.58, "CAD", TD, QY),
    m("dividend_growth|dps_growth|dividend_increase", 7, "%", TD, basis="quarterly dividend"),
    m("dividend_growth|dps_growth|dividend_increase", 7, "%", TD, opt=True, basis="bullet '7 pct'"),
    m("quarterly_dividend|dividend_per_share|dps", 0.77, "CAD", TD, basis="quarterly dividend, 77 Canadian cents"),
    m("adjusted_eps|eps", 1.91, "CAD", TD, Q, basis="excluding one-time items"),
    m("adjusted_eps|eps", 1.91, "CAD", TD, Q, opt=True, basis="bullet 'Adj profit C$1.91/share'"),
    m("eps_consensus|eps_estimate", 1.84, "CAD", TD, Q, basis="Thomson Reuters I/B/E/S"),
    m("eps_consensus|eps_estimate", 1.84, "CAD", TD, Q, opt=True, basis="bullet 'vs estimate C$1.84'"),
    m("segment_profit|net_profit|profit|wholesale_banking_profit", 180e6, "CAD", WB, Q),
    m("segment_profit_growth|net_profit_growth|profit_growth", 61, "%", WB, Q),
    m("segment_profit|net_income|income|canadian_banking_income", 864e6, "CAD", CB, Q),
    m("segment_profit_growth|net_income_growth|income_growth", 9, "%", CB, Q),
    m("segment_profit|net_profit|profit|us_retail_profit", 284e6, "CAD", USR, Q),
    m("segment_profit_growth|net_profit_growth|profit_growth", -4, "%", USR, Q),
], [])

# ---------------------------------------------------------------- en08 Mr Price first half: interim dividend 279c +22.3 %, HEPS +22.2 % to 442.9c against 20%-25% guidance, diluted HEPS, basic and diluted EPS growth, revenue R9.8bn +6.7 % with retail sales, other income and net finance income, operating profit +22 % to R1.5bn (BusinessLIVE, 2017 page; no year printed; ZAR)
# A South African company's results in rand. The stored text is the free first paragraph of a paywalled page (the
# "Subscribe now ..." / "BL Premium" furniture after it is dropped); it has no headline (none added). No year is printed
# anywhere ("the first half", "the six months to end-September") -> no periods (news24); the span is in the basis.
# Cents: "279c" -> 2.79 ZAR, "442.9c" -> 4.429 ZAR (cents scaled to the rand, as pence to GBP, news18); "R9.8bn" ->
# 9.8e9 ZAR. Decided: "HEPS ... grew 22.2% — right in the middle of recent guidance for a 20%-25% increase" gives a key
# HEPS growth and a key guidance range (20, 25) % with no prior (the guidance is the earlier outlook for the same
# half, not a revised one). "up 22.3% from the year-earlier interim dividend" prints no old amount -> growth row only.
# Revenue's three parts (retail sales, other income, net finance income) are key rows with their growth; "other income,
# which includes cellular services (up 6% ...)" -> the 6 % belongs to other income (the bracket follows the income
# clause). "R67m in net finance income, which was up almost 90% from R35m a year earlier" -> key level with the
# unnamed year-ago R35m as prior only (news30 en10) and a key 90 % growth ("almost" kept as the stated number).
# Not labelled: nothing else carries a number.
MRP = "Mr Price|Mr Price Group|Mr Price Group Ltd|MRP"
H = "six months to end-September"
G["en08"] = ([
    m("interim_dividend|dividend_per_share|dps", 2.79, "ZAR", MRP, basis=H),
    m("dividend_growth|dps_growth", 22.3, "%", MRP, basis="from the year-earlier interim dividend"),
    m("heps|headline_eps|headline_earnings_per_share", 4.429, "ZAR", MRP, basis=H),
    m("heps_growth|headline_eps_growth|headline_earnings_per_share_growth", 22.2, "%", MRP, basis=H),
    m("guidance_heps_growth|heps_growth_guidance|guidance", None, "%", MRP, rng=(20, 25), basis="recent guidance"),
    m("diluted_heps_growth|heps_growth", 23.6, "%", MRP, basis="diluted"),
    m("eps_growth|basic_eps_growth", 21.9, "%", MRP, basis="basic"),
    m("diluted_eps_growth|eps_growth", 23.2, "%", MRP, basis="diluted"),
    m("revenue|revenues|sales", 9.8e9, "ZAR", MRP, basis=H),
    m("revenue_growth|sales_growth", 6.7, "%", MRP, basis=H),
    m("retail_sales|sales|revenue", 9.1e9, "ZAR", MRP),
    m("retail_sales_growth|sales_growth", 6.4, "%", MRP, basis="from a year earlier"),
    m("other_income", 576e6, "ZAR", MRP, basis="includes cellular services"),
    m("other_income_growth", 6, "%", MRP, basis="from a year earlier"),
    m("net_finance_income|finance_income", 67e6, "ZAR", MRP, prior=35e6),
    m("net_finance_income_growth|finance_income_growth", 90, "%", MRP, basis="up almost 90%"),
    m("operating_profit|operating_income", 1.5e9, "ZAR", MRP),
    m("operating_profit_growth|operating_income_growth", 22, "%", MRP),
], [])

# ---------------------------------------------------------------- en09 Halfords Christmas trading update: full-year profit guidance £50m-£55m, revenue +4.6 % and like-for-likes +1.3 % in the 14 weeks to 3 January, cycling +5.9 %, autocentre revenue +31.2 % and like-for-likes +4.6 %, shares +4 % to 151.4p, retail motoring like-for-likes -2.7 %, B2B +32 % and 16 % of sales, online +27 % (City A.M., 2020 page; no year printed; GBP)
# A UK retailer's trading update. The stored text has no headline (none added). Whole as stored apart from the last
# paragraph, whose quote the stored page cuts after "Though pleased with our performance, mar" -> the passage stops
# before it (a sentence boundary). No year is printed ("14 weeks to 3 January", "third quarter", "Q4") -> no periods
# (news24); the span is in the basis. Guidance: "full-year profit guidance of between £50m and £55m" -> key range in
# GBP with no prior ("stick to"); "reconfirmed its operating profit target" prints no number. Decided: the CEO's "total
# revenue growing nearly five per cent in the quarter" is a rounded repeat of the 4.6 % revenue growth -> optional 5 %;
# "built 86,000 bikes in the week before Christmas" is colour, optional (unit "bikes"). The cycling, autocentre and
# retail motoring figures are on "division|Halfords" entities; the two 4.6 % rows (group revenue, autocentre
# like-for-likes) are two separate key facts. "a huge 32 per cent jump in B2B sales growth" is kept as printed and
# labelled as B2B sales growth 32 %; "now accounts for 16 per cent of all sales" is a key share row. Share price "up four
# per cent at 151.4p" -> key 4 % move and key 1.514 GBP price (pence scaled, news18).
HFD = "Halfords|Halfords Group|Halfords Group plc|HFD"
CYC = "Halfords cycling|cycling|" + HFD
AUTO = "Halfords Autocentres|autocentres|autocentre|" + HFD
MOT = "Halfords retail motoring|retail motoring|motoring|" + HFD
B2B = "Halfords B2B|B2B|" + HFD
P = "14 weeks to 3 January"
G["en09"] = ([
    m("guidance_profit|profit_guidance|guidance_pretax_profit", None, "GBP", HFD, rng=(50e6, 55e6),
      basis="full-year profit guidance, maintained"),
    m("revenue_growth|sales_growth|group_revenue_growth", 4.6, "%", HFD, basis=P),
    m("revenue_growth|sales_growth", 5, "%", HFD, opt=True, basis="CEO quote 'nearly five per cent', third quarter"),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth", 1.3, "%", HFD, basis=P),
    m("like_for_like_sales_growth|cycling_sales_growth|sales_growth", 5.9, "%", CYC, basis="comparable basis"),
    m("bikes_built|units|production", 86000, "bikes", HFD, opt=True, basis="week before Christmas"),
    m("segment_revenue_growth|revenue_growth|autocentre_revenue_growth", 31.2, "%", AUTO, basis="third quarter"),
    m("like_for_like_sales_growth|lfl_sales_growth|autocentre_lfl_growth", 4.6, "%", AUTO),
    m("price_change|share_price_change", 4, "%", HFD),
    m("price|share_price", 1.514, "GBP", HFD, basis="151.4p"),
    m("like_for_like_sales_growth|lfl_sales_growth|motoring_sales_growth", -2.7, "%", MOT),
    m("b2b_sales_growth|sales_growth", 32, "%", B2B),
    m("b2b_share_of_sales|sales_share|share_of_sales", 16, "%", B2B),
    m("online_sales_growth|sales_growth", 27, "%", HFD, basis="over the quarter"),
], [])

# ---------------------------------------------------------------- en10 Frontera Energy 2022 reserves: production +9 % to 41,370 boe/d, 2P gross reserves 175 mmboe with a $3.7bn pre-tax NPV +22 %, CPE-6 2P net reserves 41 mmboe and about 5,000 boe/d, gas and liquids reserves +11 % to 21 mmboe, three-year average additions, RRR and RLI, 2023 spending $170mn-$200mn (company release via Energy Analytics Institute, 22 Feb 2023; USD)
# An oil and gas company's production and reserves report. The stored page has the title "Frontera Announces 2022 Year
# End Reserves" (kept) and a stray "Instant Max AI" widget line (dropped as page furniture); its opening "(Frontera,
# 22.Feb.2023 —" with the unclosed bracket is kept. The passage stops after the CEO's quote, before the "2022 Reserves
# Report Key Points" list, whose first bullet the stored page cuts mid-sentence ("compared to 178.3 "); the quote is
# kept verbatim. Period: "2022 reserves results" and "compared to 2021" -> production and year-end reserves 2022; the
# spending plan "in 2023" -> 2023. Units: boe/d for daily rates, "boe" (count noun) for reserves ("175 mmboe" ->
# 175e6 boe), "years" for the reserve life index, USD for dollar amounts (the release says so). Decided: "2P gross
# reserves of 175 mmboe with a NPV before taxes of $3.7bn, an increase of 22% year over year" -> the 22 % belongs to
# the NPV (the nearest noun; the reserves are not said to have risen) -> key NPV growth; "average daily production by
# over 9% to 41,370 Boe/d compared to 2021" -> key growth 9 % and key level, no prior (the 2021 level is not
# printed). CPE-6 figures on "CPE-6|Frontera" entities: 2P net reserves 41 mmboe and "approximately 5,000 boe/d" of
# annual average production, both key, period 2022. "increased gross gas and liquids reserves by 11% year-over-year
# to 21 mmboe" -> key growth and level. The three-year figures ("averaged 16.6 mmboe gross 2P reserves additions,
# achieved 108% reserves replacement ratio and a 11.6 year reserve life index") are key with no period (a multi-year
# span, as in earlier sets; the span is in the basis). "$170mn-$200mn in 2023" -> key capex range, period 2023.
# Not labelled: "passing Quifa for the most reserves by block" (no number), the 22 Feb 2023 date.
FEC = "Frontera Energy|Frontera Energy Corporation|Frontera|FEC"
CPE6 = "CPE-6|CPE-6 block|" + FEC
T3 = "average over the last three years"
G["en10"] = ([
    m("production_growth|output_growth", 9, "%", FEC, "2022", basis="average daily production, over 9%"),
    m("production|average_daily_production|oil_and_gas_production", 41370, "boe/d", FEC, "2022"),
    m("reserves_2p|2p_reserves|proved_plus_probable_reserves|reserves", 175e6, "boe", FEC, "2022",
      basis="2P gross, year-end"),
    m("npv_before_tax|reserves_npv|npv", 3.7e9, "USD", FEC, "2022", basis="2P, before taxes"),
    m("npv_growth|reserves_npv_growth", 22, "%", FEC, "2022", basis="year over year"),
    m("reserves_2p|2p_reserves|reserves", 41e6, "boe", CPE6, "2022", basis="2P net"),
    m("production|average_production", 5000, "boe/d", CPE6, "2022", basis="annual average, approximately"),
    m("reserves_growth|gas_and_liquids_reserves_growth", 11, "%", FEC, "2022", basis="gross gas and liquids"),
    m("reserves|gas_and_liquids_reserves", 21e6, "boe", FEC, "2022", basis="gross gas and liquids"),
    m("reserves_additions|2p_reserves_additions|reserve_additions", 16.6e6, "boe", FEC, basis=T3 + ", gross 2P"),
    m("reserves_replacement_ratio|reserve_replacement_ratio|rrr", 108, "%", FEC, basis=T3),
    m("reserve_life_index|reserves_life_index|rli", 11.6, "years", FEC, basis=T3),
    m("capex_guidance|guidance_capex|capital_expenditure|investment", None, "USD", FEC, "2023", rng=(170e6, 200e6),
      basis="exploration investment plan"),
], [])

# ---------------------------------------------------------------- en11 Cathay Pacific and Cathay Dragon August 2017 traffic: passengers 3,079,949 +3.5 %, load factor -0.5 pp to 86.3 %, ASK +4.8 %, eight-month passengers and capacity, cargo and mail 172,253 tonnes +12.0 %, cargo load factor +2.2 pp to 65.5 %, cargo capacity +7.5 % and RTKs +11.3 %, eight-month tonnage, capacity and RTKs (company figures via Asia Travel Tips, September 2017)
# An airline's monthly traffic. The stored text has no headline (none added); the passage stops after Ronald Lam's
# quote, before the cargo director's quote, which the stored page cuts mid-word ("Overal"). The quote is kept verbatim;
# the page's "the number of passenger carried" is kept. Period: "August 2017" -> the month's rows 2017-08; "the first
# eight months of 2017" -> "2017-01..08" (the form used in earlier sets) with the basis saying so. Entity: the combined
# Cathay Pacific and Cathay Dragon figures (both names as alternatives, news17 en06). Load-factor moves printed in
# "percentage points" are key pp rows with the key level (the old level is not printed -> no prior). Counts use the
# printed nouns ("passengers", "tonnes"). Capacity growth in ASKs and in cargo/mail ATKs and RTK growth are key rows
# on the same entity (metric names separate passenger from cargo capacity). "compared to the same month in 2016" /
# "compared to August 2016" are the comparison base, not rows.
CX = "Cathay Pacific|Cathay Pacific Airways|Cathay Dragon|Cathay Pacific and Cathay Dragon|Cathay Pacific Group"
M, YTD = "2017-08", "2017-01..08"
E8 = "first eight months of 2017"
G["en11"] = ([
    m("passengers|passengers_carried|passenger_numbers", 3079949, "passengers", CX, M),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 3.5, "%", CX, M),
    m("load_factor_change|passenger_load_factor_change", -0.5, "pp", CX, M),
    m("load_factor|passenger_load_factor", 86.3, "%", CX, M),
    m("capacity_growth|ask_growth|passenger_capacity_growth", 4.8, "%", CX, M, basis="ASKs"),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 0.3, "%", CX, YTD, basis=E8),
    m("capacity_growth|ask_growth|passenger_capacity_growth", 2.0, "%", CX, YTD, basis=E8),
    m("cargo_volume|cargo_tonnage|cargo_carried|cargo_and_mail", 172253, "tonnes", CX, M),
    m("cargo_growth|cargo_volume_growth|cargo_tonnage_growth", 12.0, "%", CX, M),
    m("cargo_load_factor_change|load_factor_change", 2.2, "pp", CX, M),
    m("cargo_load_factor|load_factor", 65.5, "%", CX, M),
    m("cargo_capacity_growth|capacity_growth|atk_growth", 7.5, "%", CX, M, basis="available cargo/mail tonne km"),
    m("rtk_growth|cargo_traffic_growth|cargo_rtk_growth", 11.3, "%", CX, M),
    m("cargo_growth|cargo_volume_growth|cargo_tonnage_growth", 11.9, "%", CX, YTD, basis=E8),
    m("cargo_capacity_growth|capacity_growth|atk_growth", 3.3, "%", CX, YTD, basis=E8),
    m("rtk_growth|cargo_traffic_growth|cargo_rtk_growth", 9.5, "%", CX, YTD, basis=E8),
], [])

# ---------------------------------------------------------------- en12 Central Bank of the Republic of Turkey holds the 1-week repo rate at 5.75 %: lending, primary-dealer and late-liquidity rates, the earlier 50 bp and 25 bp cuts (to 6.25 %), annual CPI inflation of 10.45 % in December and the monthly readings back to March, the 5.5 % target (Investmacro, March 2012 page; no year printed)
# An emerging-market central bank decision with inflation figures. The stored text has no headline (none added; the
# address's slug is not page text). Whole as stored; the Bank's statement is quoted verbatim. No year is printed
# ("January last year", "early August", "December") -> no periods (news24); months go in the basis. Rates: the held
# 1-week repo rate 5.75 % key with an optional 0 bp change ("unchanged", news30 batch b); the lending rate 11.50 %,
# the primary-dealer borrowing rate 11.00 % and the late-liquidity lending rate 14.50 % key. History: "last cut the
# benchmark rate by 50 basis points ... in early August" -> key -50 bp; "cut its benchmark interest rate by 25 basis
# points to 6.25% in January last year" -> key -25 bp and key 6.25 % (both "January last year" in the basis).
# Inflation: "10.45% in December, up from 7.7% in October" -> key December row with prior 7.7 and an optional October
# row (the "X, up from Y" rule, news29 en09 / news30 batch b); the further readings in the same list (6.7 % in August,
# 6.3 % in July, 6.2 % in June, 7.2 % in May, 4.26 % in April, 3.99 % in March) are key rows of their own (decided: they
# are not the comparison of the "up from", only the next items of a monthly list). "above the Bank's full year
# inflation target of 5.5%" -> key inflation-target row (a stated comparison, as for the RBI in earlier sets).
# Not labelled: the "January Inflation Report" (a report name), "late July" reserve adjustment (no number).
CBRT = "Central Bank of the Republic of Turkey|CBRT|Turkish central bank|Central Bank of Turkey|Turkey"
TR = "Turkey|Turkish economy|" + CBRT
CPI = "cpi_inflation|inflation|annual_inflation|cpi_yoy"
G["en12"] = ([
    m("policy_rate|repo_rate|one_week_repo_rate|benchmark_rate", 5.75, "%", CBRT, basis="1-week repo, unchanged"),
    m("rate_change|policy_rate_change", 0, "bp", CBRT, opt=True, basis="unchanged"),
    m("lending_rate|overnight_lending_rate", 11.50, "%", CBRT),
    m("primary_dealer_borrowing_rate|borrowing_rate", 11.00, "%", CBRT, basis="borrowing facilities for primary dealers"),
    m("late_liquidity_lending_rate|lending_rate", 14.50, "%", CBRT, basis="late liquidity window"),
    m("rate_change|policy_rate_change|rate_cut", -50, "bp", CBRT, basis="emergency meeting, early August"),
    m("rate_change|policy_rate_change|rate_cut", -25, "bp", CBRT, basis="January last year"),
    m("policy_rate|benchmark_rate|repo_rate", 6.25, "%", CBRT, basis="January last year, after the cut"),
    m(CPI, 10.45, "%", TR, prior=7.7, basis="December, annual"),
    m(CPI, 7.7, "%", TR, opt=True, basis="October, annual"),
    m(CPI, 6.7, "%", TR, basis="August, annual"),
    m(CPI, 6.3, "%", TR, basis="July, annual"),
    m(CPI, 6.2, "%", TR, basis="June, annual"),
    m(CPI, 7.2, "%", TR, basis="May, annual"),
    m(CPI, 4.26, "%", TR, basis="April, annual"),
    m(CPI, 3.99, "%", TR, basis="March, annual"),
    m("inflation_target|cpi_inflation_target", 5.5, "%", CBRT, basis="full year"),
], [])
