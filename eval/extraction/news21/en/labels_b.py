# Hand-written gold labels for news21/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news20/en/README.md (values fully
# scaled, declines negative, a loss is a negative profit, a hedge or bound keeps the stated number, a same-sentence
# earlier value or a revised forecast's earlier value is the prior, an earlier value in a sentence of its own is a row
# of its own, periods only where the text states or implies the year, FY only where the text writes fiscal/FY or the
# company's year is named by its end, market-wrap levels and moves carry no period, share prices in results, preview and
# rating passages optional but their % moves key, repeats and rounded restatements optional, broker targets only in
# rating actions, a bracketed currency conversion an optional row as in the development corpus, crore = 1e7).

# ---------------------------------------------------------------- en07 Swiss Re quarter: loss estimate beaten, Admin Re sale, P&C net income (Bloomberg, 2012 page; no year in text)
# Reinsurer's quarter against a Bloomberg survey. "the three months to June 30" with no year anywhere (the page's
# date is not printed) -> no periods. Net income "dropped 91 percent to $83 million" -> growth -91 and level 83e6. The
# "mean estimate of 17 analysts ... who had expected a $73.7 million loss" -> a negative consensus (a loss is a
# negative profit); the analyst count optional. "took a $1 billion loss ... on agreeing to sell" -> key one-off row,
# negative (decided: a booked loss is a negative result, as a net loss is a negative profit). The sale price 398
# million pounds is key (entity: the unit sold, its seller and buyer as alternatives); "($624 million)" optional
# conversion. The shares' -1.1% move is key and the 61.20 francs level optional (share price in a results story, news3);
# "this year's gain to 35 percent" is the stock's own year-to-date move -> key (basis year to date); the insurance
# index's 16 percent is the benchmark's context -> optional. "fourth-best", "26-company" and "10:24 a.m." are not
# labelled. P&C reinsurance net income +86% to $717 million and reserve releases of $307 million key (the segment as
# entity, the group as alternative). "Helvea who has a neutral rating on the stock" describes a standing rating, not
# a new action -> optional maintain. The quote has no figures.
SR = "Swiss Re|Swiss Re Ltd.|Swiss Re Ltd|SREN"
PC = "Swiss Re property and casualty reinsurance|property and casualty reinsurance|P&C reinsurance|Swiss Re"
ADM = "U.S. Admin Re|Admin Re|Swiss Re|Prudential Plc|Prudential"
G["en07"] = ([
    m("net_income_growth|net_profit_growth", -91, "%", SR),
    m("net_income|net_profit", 83e6, "USD", SR),
    m("net_income_consensus|net_income_estimate|net_profit_consensus|net_profit_estimate", -73.7e6, "USD", SR),
    m("analyst_count|analysts", 17, "analysts", SR, opt=True),
    m("loss_on_sale|disposal_loss|one_off_loss|one_off_charge", -1e9, "USD", SR),
    m("deal_value|sale_price|transaction_value", 398e6, "GBP", ADM),
    m("deal_value|sale_price|transaction_value", 624e6, "USD", ADM, opt=True),                      # conversion
    m("price_change", -1.1, "%", SR),
    m("price|share_price", 61.20, "CHF", SR, opt=True),
    m("price_change_ytd|ytd_change|price_change", 35, "%", SR, basis="year to date"),
    m("index_change|index_change_ytd", 16, "%", "Bloomberg Europe 500 Insurance Index", opt=True, basis="year to date"),
    m("net_income_growth|net_profit_growth", 86, "%", PC),
    m("net_income|net_profit", 717e6, "USD", PC),
    m("reserve_releases|reserve_release", 307e6, "USD", SR),
], [
    ra("Helvea", SR, "maintain", "neutral", opt=True),
])

# ---------------------------------------------------------------- en08 Oil Search record quarterly output, revenue, raised 2015 production guidance (Dow Jones via ADVFN, 2015)
# Energy producer's quarterly report. "the first half of 2015" and "the second half of 2015" date the year -> the
# second quarter ("three months through June") is 2015Q2 and the full-year guidance 2015. Production 7.41 million
# barrels of oil equivalent (unit "boe", a count noun; news18 used "boe/d" for a daily rate) with +7.3% q/q and +94%
# y/y key. Sales revenue "down 17% quarter-on-quarter at US$391.5 million" -> level and q/q change. The realised gas
# and LNG price "dropped 35%" and the oil and condensate price's "20% recovery" (q/q, "from the first three months")
# are key change rows (basis names the product). H1 revenue "US$863.8 million, up from US$510 million a year before"
# -> prior (same sentence). Peers: Santos -19% on-year to A$786 million ("786 million Australian dollars" -> AUD) with
# the bracketed US$580 million optional; Woodside -47% to US$989 million; their "second-quarter" / "for the period"
# in a 2015 story -> 2015Q2. The 29% PNG LNG stake is company background -> optional; 1929 and April 2014 are dates.
# Guidance: "between 27 million and 29 million barrels of oil equivalent, higher than its earlier guidance of 26
# million-28 million" -> range with prior range, the earlier range also optional (news3 Lyft, news20). First-half
# production costs "between US$8 and US$10 a barrel" -> key range in USD with basis per barrel (news20: prices per
# barrel carry the currency); "lower than previously expected" gives no number. "Aug. 25" is a date.
OS = "Oil Search|Oil Search Ltd.|Oil Search Ltd|OSH"
STO = "Santos|Santos Ltd.|Santos Ltd|STO"
WPL = "Woodside|Woodside Petroleum|Woodside Petroleum Ltd.|WPL"
Q = "2015Q2"
G["en08"] = ([
    m("production|oil_and_gas_production|output", 7.41e6, "boe", OS, Q),
    m("production_growth|output_growth", 7.3, "%", OS, Q, basis="q/q"),
    m("production_growth|output_growth", 94, "%", OS, Q, basis="y/y"),
    m("revenue_growth|sales_revenue_growth", -17, "%", OS, Q, basis="q/q"),
    m("revenue|sales_revenue", 391.5e6, "USD", OS, Q),
    m("realised_price_change|average_price_change|realized_price_change", -35, "%", OS, Q, basis="gas and LNG"),
    m("realised_price_change|average_price_change|realized_price_change", 20, "%", OS, Q, basis="oil and condensate"),
    m("revenue|sales_revenue", 863.8e6, "USD", OS, "2015H1", prior=510e6),
    m("revenue_growth|sales_revenue_growth", -19, "%", STO, Q, basis="y/y"),
    m("revenue|sales_revenue", 786e6, "AUD", STO, Q),
    m("revenue|sales_revenue", 580e6, "USD", STO, Q, opt=True),                                   # conversion
    m("revenue_growth|sales_revenue_growth", -47, "%", WPL, Q),
    m("revenue|sales_revenue", 989e6, "USD", WPL, Q),
    m("stake|ownership_stake|equity_stake", 29, "%", OS + "|PNG LNG", opt=True),
    m("guidance_production|production_guidance|production_forecast", None, "boe", OS, "2015",
      rng=(27e6, 29e6), prng=(26e6, 28e6)),
    m("guidance_production|production_guidance|production_forecast", None, "boe", OS, "2015",
      rng=(26e6, 28e6), opt=True),                                                                 # earlier guidance
    m("guidance_production_cost|production_cost_guidance|production_cost", None, "USD", OS, "2015H1",
      rng=(8, 10), basis="per barrel"),
], [])

# ---------------------------------------------------------------- en09 Bank Indonesia cuts the BI Rate 25 bp; growth and loan-growth ranges revised (Reuters via Gulf Today, 2025)
# Emerging-market rate decision. The year comes from the text's "2025 loan growth target" and "in 2025 and 2026", so
# "this year" is 2025: growth forecast and government target 2025, the first quarter 2025Q1, April 2025-04. The
# decision itself is dated only "on Wednesday" (the month is not printed) -> no period. Cut "by 25 basis points to
# 5.50 per cent" -> rate_change -25 bp and the new level (no earlier level printed). "20 of 32 economists" -> optional
# counts. "Two other policy rates were reduced by the same amount" prints no number -> one optional -25 bp row.
# Quarterly growth 4.87 per cent "annual rate" -> y/y. BI's forecast "to a range of 4.6 per cent to 5.4 per cent,
# compared with 4.7 per cent to 5.5 per cent previously" -> range with prior range (same sentence), the earlier range
# also an optional row (news20). The government's 5.2 per cent target key; the president's pledge of 8 per cent "by
# the end of his term in 2029" is a political aim -> optional, dated 2029. "up to 35 per cent of their capital from
# foreign funds" (hedge keeps 35) key; "The level at present is 30 per cent" is a sentence of its own -> own key row
# (basis current), not a prior (news7). Loan growth "slowed to 8.88 per cent in April, from 9.16 per cent in the
# previous month" -> prior. Loan growth target range with prior range, the earlier range also optional. The quoted
# inflation sentence has no figures ("within target"); "more than three years" is a span.
BI = "Bank Indonesia|BI|Indonesia"
ID = "Indonesia|Indonesian economy"
G["en09"] = ([
    m("rate_change|policy_rate_change", -25, "bp", BI, basis="BI Rate, 7-day reverse repurchase rate"),
    m("policy_rate|bi_rate|reverse_repo_rate|interest_rate", 5.50, "%", BI),
    m("economists_expecting|analysts_expecting", 20, "economists", BI, opt=True),
    m("poll_size|economists_polled", 32, "economists", BI, opt=True),
    m("rate_change|policy_rate_change", -25, "bp", "Bank Indonesia deposit facility rate|Bank Indonesia lending "
      "facility rate|BI other policy rates", opt=True),                                             # "the same amount"
    m("gdp_growth|gdp_growth_yoy|economic_growth", 4.87, "%", ID, "2025Q1", basis="y/y"),
    m("gdp_growth_forecast|growth_forecast|gdp_growth_projection", None, "%", BI + "|Indonesia", "2025",
      rng=(4.6, 5.4), prng=(4.7, 5.5)),
    m("gdp_growth_forecast|growth_forecast|gdp_growth_projection", None, "%", BI + "|Indonesia", "2025",
      rng=(4.7, 5.5), opt=True),                                                                   # previous range
    m("gdp_growth_target|growth_target", 5.2, "%", "Indonesia|Indonesian government|government", "2025"),
    m("gdp_growth_target|growth_target", 8, "%", "Indonesia|Prabowo Subianto|Indonesian government", "2029",
      opt=True),
    m("foreign_funding_cap|foreign_capital_limit|foreign_funds_share", 35, "%", BI + "|Indonesian banks"),
    m("foreign_funding_cap|foreign_capital_limit|foreign_funds_share", 30, "%", BI + "|Indonesian banks",
      basis="current"),
    m("loan_growth|credit_growth", 8.88, "%", ID, "2025-04", prior=9.16),
    m("loan_growth_target|credit_growth_target|loan_growth_forecast", None, "%", BI + "|Indonesia", "2025",
      rng=(8, 11), prng=(11, 13)),
    m("loan_growth_target|credit_growth_target|loan_growth_forecast", None, "%", BI + "|Indonesia", "2025",
      rng=(11, 13), opt=True),                                                                     # previous range
], [])

# ---------------------------------------------------------------- en10 Aeon Q2 operating profit, raised year-to-February-2012 outlook vs I/B/E/S, acquisition (Reuters, 2011)
# Japanese retailer in yen ("bln yen", "Y190-205 bln"). "the year to February 2012" with the text's own "FY" ->
# FY2012 (news10/news17: a fiscal year named by the year it ends in); the bulleted "Q2" is that year's second quarter
# -> FY2012Q2. Q2 operating profit 48.1 bln yen and +19 pct key; the lede's "by nearly a fifth" restates the 19 pct ->
# optional 20 %. The bullet's forecast "Y190-205 bln range" differs from the body's "195-205 billion yen" -> a key row of
# its own, as printed (news10: a headline figure that differs from the body's is key); the bullet's "Y185 bln
# consensus" is a rounded repeat of the body's 185.2 billion -> optional. Body: range 195-205 billion "from 175
# billion yen" -> range with a single prior value (news3 JD Sports); I/B/E/S average 185.2 billion key, 11 analysts
# optional. "as much as 205 billion yen ($2.7 billion)" repeats the range's top -> optional, conversion optional.
# Investment target "FY 2011-2013 ... to 950 bln from 830 bln" -> key with prior; a three-year span fits no period
# format -> period None, span in basis (news16). Acquisition of Marunaka and Sanyo Marunaka 44.9 billion yen key,
# ($585 million) optional. The record "189.7 billion yen set in the 2006 business year" is an earlier-period figure in
# a clause of its own -> key row FY2006 (the text names the business year). "March 11" is a date; the quote has none.
A = "Aeon|Aeon Co|Aeon Co Ltd"
FY = "FY2012"
GOP = "guidance_operating_profit|operating_profit_guidance|operating_profit_forecast"
G["en10"] = ([
    m("operating_profit", 48.1e9, "JPY", A, "FY2012Q2"),
    m("operating_profit_growth", 19, "%", A, "FY2012Q2"),
    m("operating_profit_growth|profit_growth", 20, "%", A, "FY2012Q2", opt=True),                  # "nearly a fifth"
    m(GOP, None, "JPY", A, FY, rng=(190e9, 205e9)),                                                 # bullet, as printed
    m("operating_profit_consensus|operating_profit_estimate", 185e9, "JPY", A, FY, opt=True),      # bullet, rounded
    m("investment_target|capex_target|investment_plan", 950e9, "JPY", A, prior=830e9, basis="FY 2011-2013"),
    m("acquisition_cost|deal_value|acquisition_price", 44.9e9, "JPY", "Marunaka|Sanyo Marunaka|" + A),
    m("acquisition_cost|deal_value|acquisition_price", 585e6, "USD", "Marunaka|Sanyo Marunaka|" + A, opt=True),
    m(GOP, 205e9, "JPY", A, FY, opt=True),                                                          # "as much as"
    m(GOP, 2.7e9, "USD", A, FY, opt=True),                                                          # conversion
    m(GOP, None, "JPY", A, FY, rng=(195e9, 205e9), prior=175e9),
    m("operating_profit_consensus|operating_profit_estimate", 185.2e9, "JPY", A, FY),
    m("analyst_count|analysts", 11, "analysts", A, opt=True),
    m("operating_profit|record_operating_profit", 189.7e9, "JPY", A, "FY2006"),
], [])

# ---------------------------------------------------------------- en11 Korean brokers raise targets for Samsung, Hyundai, SK hynix; Kospi bands lifted (Korea JoongAng Daily, 25 Jan. 2026)
# Broker round-up in won. Three target raises with no rating named -> raise_target with rating None (news13: an action
# that names no rating has rating None), targets in KRW with priors ("from 170,000 won to 200,000 won"). The bracketed
# "(from $118 to $138)" converts Samsung's targets -> optional USD row with prior (a conversion; broker targets
# otherwise live only in rating actions). Share prices "around 150,000 won" and "510,000 won" optional (prices in a
# rating passage, news3). "195 analyst reports raised ... only 30 reports cut" -> key counts (unit "reports"), the
# market-wide statistic of the story, entity Korean stocks. Kospi projection bands: Korea Investment & Securities'
# upper end "from 4,600 to 5,560" and Hana Securities' "from 4,650 to 5,600" -> index forecast rows with priors (basis
# names the broker; the year of the band is not stated -> no period); "nearly 1,000 points in less than a month"
# summarises both revisions -> optional; "upper forecasts to above 5,200" for three brokers is one key row (hedge keeps
# 5,200; one figure for one entity, the brokers in basis, as news3 kept a group move in one row). The headline's "past
# 5,000" is a threshold -> optional index level. "Published/Updated" dates and times are not labelled.
SAM = "Samsung Electronics|Samsung Electronics Co.|Samsung"
HMC = "Hyundai Motor|Hyundai Motor Co.|Hyundai"
SKH = "SK hynix|SK Hynix|SK hynix Inc."
KOSPI = "Kospi|KOSPI"
IF = "index_forecast|index_target|target_level|kospi_forecast"
G["en11"] = ([
    m("index_level", 5000, "points", KOSPI, opt=True),                                              # headline threshold
    m("target_price", 138, "USD", SAM, prior=118, opt=True),                                        # conversion
    m("price|share_price", 150000, "KRW", SAM, opt=True),
    m("target_raises|target_price_raises|reports_raising_targets", 195, "reports", "Korean stocks|Korea"),
    m("target_cuts|target_price_cuts|reports_cutting_targets", 30, "reports", "Korean stocks|Korea"),
    m("price|share_price", 510000, "KRW", HMC, opt=True),
    m(IF, 5560, "points", KOSPI, prior=4600, basis="upper end of projection band, Korea Investment & Securities"),
    m(IF, 5600, "points", KOSPI, prior=4650, basis="upper end of projection band, Hana Securities"),
    m("index_forecast_change|target_change", 1000, "points", KOSPI, opt=True),                     # "nearly 1,000"
    m(IF, 5200, "points", KOSPI, basis="upper forecast, Samsung Securities, Kiwoom Securities and SK Securities"),
], [
    ra("Kiwoom Securities|Kiwoom", SAM, "raise_target", None, None, target=200000, prior_target=170000, cur="KRW"),
    ra("Samsung Securities", HMC, "raise_target", None, None, target=850000, prior_target=650000, cur="KRW"),
    ra("Eugene Investment & Securities|Eugene Investment|Eugene", SKH, "raise_target", None, None,
       target=990000, prior_target=690000, cur="KRW"),
])

# ---------------------------------------------------------------- en12 Axis Bank Q2 preview: profit, NII, margin, NPAs and slippages expected (NDTV, 2012)
# Indian bank earnings preview in Rs crore (1e7) with "per cent" and "basis points". "the quarter ending September
# 2012", called "Q2" by the headline -> the second quarter of the Indian fiscal year to March 2013: FY2013Q2 (news17);
# "the June quarter" -> FY2013Q1; "the same quarter a year earlier" -> FY2012Q2. Every expected figure is an estimate
# row (*_estimate|*_forecast): net profit Rs 1,115 crore and +21 per cent y/y, NII Rs 2,304 crore and "nearly 15 per
# cent" (hedge keeps 15), fee income growth "around 10 per cent", loan growth "around 25-26 per cent" (range), margin
# rise "15-20 basis points" over the June quarter (range in bp, q/q), gross NPAs "around Rs 2,450 crore" with "a
# sequential jump of 17 per cent from Rs 2,092 crore" (prior, same sentence; the June-quarter level also an optional
# row), slippages Rs 700-800 crore (range), restructuring Rs 700 crore. Year-ago profit Rs 920 crore and NII Rs 2,007
# crore stand in a sentence of their own -> key rows FY2012Q2 (not priors, news7). June-quarter NIM 3.37 per cent key.
# Exposure "nearly Rs 400 crore" to Deccan Chronicle key. The headline's 21% and Rs 1115 crore repeat the body ->
# optional. Shares "flat at Rs 1,119" -> optional 0 % and optional price (news16: "flat" is an optional 0%); the BSE
# banking index "down 0.6 per cent" is a stated move -> key, no period. "number three" is a rank, not labelled.
AX = "Axis Bank|Axis Bank Ltd|Axis"
Q = "FY2013Q2"
G["en12"] = ([
    m("net_profit_growth_estimate|net_profit_growth|profit_growth_forecast", 21, "%", AX, Q, opt=True),   # headline
    m("net_profit_estimate|net_profit_forecast|net_profit", 1115e7, "INR", AX, Q, opt=True),              # headline
    m("net_profit_growth_estimate|net_profit_growth|profit_growth_forecast", 21, "%", AX, Q, basis="y/y"),
    m("net_profit_estimate|net_profit_forecast|net_profit", 1115e7, "INR", AX, Q),
    m("nii_growth_estimate|net_interest_income_growth|nii_growth", 15, "%", AX, Q),
    m("nii_estimate|net_interest_income_estimate|net_interest_income|nii", 2304e7, "INR", AX, Q),
    m("net_profit|net_income", 920e7, "INR", AX, "FY2012Q2"),
    m("net_interest_income|nii", 2007e7, "INR", AX, "FY2012Q2"),
    m("fee_income_growth_estimate|fee_income_growth", 10, "%", AX, Q, basis="y/y"),
    m("loan_growth_estimate|loan_growth", None, "%", AX, Q, rng=(25, 26), basis="y/y"),
    m("nim_change_estimate|net_interest_margin_change|nim_change", None, "bp", AX, Q, rng=(15, 20), basis="q/q"),
    m("net_interest_margin|nim", 3.37, "%", AX, "FY2013Q1"),
    m("exposure|loan_exposure", 400e7, "INR", AX + "|Deccan Chronicle"),
    m("gross_npa_estimate|gross_npa|gross_npas", 2450e7, "INR", AX, Q, prior=2092e7),
    m("gross_npa|gross_npas", 2092e7, "INR", AX, "FY2013Q1", opt=True),
    m("gross_npa_growth_estimate|gross_npa_growth", 17, "%", AX, Q, basis="q/q"),
    m("slippages_estimate|slippages", None, "INR", AX, Q, rng=(700e7, 800e7)),
    m("restructured_loans_estimate|restructured_loans|loan_restructuring", 700e7, "INR", AX, Q),
    m("price_change", 0, "%", AX, opt=True),
    m("price|share_price", 1119, "INR", AX, opt=True),
    m("index_change|index_change_pct", -0.6, "%", "BSE banking index|BSE Bankex|Bankex"),
], [])
