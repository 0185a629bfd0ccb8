# Hand-written gold labels for news58/en en01-en06 (batch a: US and European news in English — a US home-improvement
# retailer's fiscal second quarter with comparable sales and a raised full-year outlook, a European carmaker's third
# quarter in euros with a one-off charge, adjusted EBIT, its North American margin and vehicle shipments, a US monthly
# jobs report with payrolls, revisions, the unemployment rate, sector gains, hours and wages, a round-up of analyst
# initiations on a newly listed US stock with ratings and price targets, a European bank's quarter in euros with a
# buyback and its CET1 ratio, and an oil market report with Brent and WTI per barrel and OPEC's monthly output).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the unit words "jobs", "hours", "vehicles", "analysts", "barrels" and "b/d" were checked against the unit
# strings of the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news57/en/README.md, with news56 en02 and news48 en02 (US retailers' quarters and outlooks), news54 en04 (a US jobs
# report), news27 en02 and news55 en01 (European banks' quarters), news53 en07 (OPEC output) and news57 en01 (a broker
# round-up) as models: values fully scaled ("$2.67 billion" -> 2.67e9 USD, "564 million euros" -> 564e6 EUR,
# "700-million-euro" -> 700e6 EUR, "EUR379 million" -> 379e6 EUR, "6 cents" -> 0.06 USD, "56 cents" -> -0.56 USD,
# "33.39 million barrels per day" -> 33.39e6 b/d, "1.12 million vehicles" -> 1.12e6); declines, falls, drops and
# downward revisions negative ("fell nearly 40 percent" -> -40, "a 4.1 percent drop in the share count" -> -4.1, "7,000
# less than first reported" -> -7,000 jobs, "13 per cent below their IPO price" -> -13, "slid 2.63 per cent" -> -2.63,
# "56 cents, or 1.1 percent, lower" -> -0.56 USD and -1.1 %); currency codes ("$" -> USD on US pages and for the bracketed
# conversions, "euros" and "EUR" -> EUR); oil prices per barrel in USD with "per barrel" in the basis (the development
# corpus's per-unit convention, news56 en05); payrolls and sector gains in "jobs", workweek and overtime in "hours"
# (news54 en04), shipments and affected vehicles in "vehicles", crude stock changes in "barrels" and output in "b/d"
# (news53 en07), analyst counts in "analysts" (optional); hedges kept in the basis ("approximately", "nearly", "over",
# "just over", "more than", "as much as", "up to"); a same-sentence "X from Y" / "X, against Y" / "X, compared with Y" /
# "up from Y" value of the same quantity is the prior and the earlier value an optional row (news36-news57), while a
# revised outlook's earlier value printed in a sentence of its own is the prior and also a key row (news56 en01);
# periods only where the text states or clearly implies the year (news24: "fiscal 2017" with "second-quarter results"
# -> FY2017 and FY2017Q2, "last year" FY2016Q2; "the first nine months of 2016" dates September's report 2016-09 with
# July 2016-07 and August 2016-08, and "in 2015" 2015; quarters and months printed without a year none; market moves,
# prices and ratios none; spans such as "the past three months", "the past year" and "over the year" none, the span in
# the basis); brokers' ratings and targets only in rating actions ("initiated coverage with" / "rated ... as" / "told
# investors to buy" on the day coverage began -> initiate, with the target where printed); quotes rendered as reported
# speech (the set never copies third-party sentences), their figures labelled like any other; the source's own
# oddities labelled as printed. Not labelled: dates and times ("Tuesday", "Friday morning, Oct. 7", "May 2017",
# "2014-2016" model years, "Wednesday, October 12", "2:38 p.m. (1838 GMT)", "4:30 p.m. EDT (2030 GMT)", "Sept. 27",
# "Nov. 30"), spans and ordinals ("40 days after", "12-month price target", "seven-month peak", "six weeks", "eight-year
# highs", "at least eight years", "the first time"), counts of categories ("two categories"), the year of a forecast
# printed without a figure ("2017 non-OPEC supply growth") and the bank's "fourth quarter" start date.

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Home Depot's fiscal second quarter with a raised fiscal 2017 outlook (dpa-AFX, finanznachrichten.de; a Tuesday in August 2017, the month only in the address): pre-market +1.8 percent to $156.97; FY2017 EPS growth approximately 13.0 percent (previously approximately 11 percent) to $7.29 incl. $7 billion of buybacks; consensus $7.25 (32 analysts); sales approximately +5.3 percent and comp sales approximately +5.5 percent (previously approximately 4.6 and 4.6); net earnings +9.5 percent to $2.67 billion from $2.44 billion; EPS +14.2 percent to $2.25 from $1.97; share count -4.1 percent; net sales +6.2 percent to $28.11 billion from $26.47 billion; comps 6.3 percent, U.S. 6.6 percent; analysts $2.21 and $27.82 billion (USD, %, analysts)
# A US retailer's quarter with comparable sales and a raised full-year outlook. Cut: the stored text breaks off
# mid-word in the gross-profit sentence ("Gross profit increased 6 percent from last year to $9.46 billion, and
# operating income gre"), so the passage stops after the analysts' quarterly expectations ("... on sales of $27.82
# billion."), a sentence boundary; the cut sentence's "6 percent" and "$9.46 billion" go with it. The stored text has no
# headline (it opens with the dateline "COBB COUNTY (dpa-AFX) -", kept; the address slug
# "home-depot-lifts-fy17-outlook-as-q2-results-top-estimates" is not page text; none added). The chief executive's two
# quoted sentences are rendered as reported speech (no figures). Kept as printed: "(HD)", "13.0 percent" with its
# decimal beside "11 percent", "comp sales" beside "comparable store sales", "positive 6.3 percent", "U.S.", the two
# earlier forecasts both "approximately 4.6 percent".
# Periods: the outlook is "for fiscal 2017" and the results are the second quarter reported with it -> FY2017 for the
# outlook, the buybacks and the full-year consensus, FY2017Q2 for the quarter (clearly implied: the forecast was lifted
# "after reporting" that quarter), FY2016Q2 for "last year" / "a year ago".
# Decided: the pre-market move +1.8 % key and the pre-market price optional (news13, news18: prices in a results
# passage). EPS growth guidance 13.0 % key with the earlier "approximately 11 percent" as prior, and since the earlier
# figure stands in a sentence of its own, a key row for it as well (news56 en01); the guided EPS $7.29 key (the fiscal
# 2016 base is not printed; none computed). "$7 billion of share repurchases" included in the guidance a key FY2017
# buyback row. The analysts' $7.25 a key consensus row, "32 analysts" optional. Sales growth guidance 5.3 % and comp
# sales guidance 5.5 % key, each with the earlier 4.6 % as prior and a key row for the earlier forecast (own sentence).
# Net earnings +9.5 % and $2.67 billion key, EPS +14.2 % and $2.25 key, each level with the same-sentence year-earlier
# value as prior and an optional FY2016Q2 row; "a 4.1 percent drop in the share count" a key -4.1 % row. Net sales
# +6.2 % and $28.11 billion key (prior $26.47 billion, optional earlier row). Comparable store sales 6.3 % key; U.S.
# stores' comp 6.6 % key on the U.S. stores with the company among the alternatives. The analysts' $2.21 EPS and $27.82
# billion sales for the quarter key consensus rows. "Highest quarterly sales/net earnings in company history" print no
# figure.
HD = "Home Depot|Home Depot Inc.|Home Depot Inc|The Home Depot|HD"
HDUS = "Home Depot U.S. stores|U.S. stores|Home Depot U.S.|" + HD
Q, Q0, FY = "FY2017Q2", "FY2016Q2", "FY2017"
GEPSG = "guidance_eps_growth|eps_growth_guidance|eps_growth_forecast|guidance_eps_growth_rate"
GEPS = "guidance_eps|eps_guidance|eps_forecast|guidance_diluted_eps"
GREVG = "guidance_revenue_growth|revenue_growth_guidance|sales_growth_guidance|guidance_sales_growth"
GCS = ("guidance_comparable_sales_growth|comparable_sales_guidance|guidance_same_store_sales_growth|"
       "guidance_comp_sales_growth")
COMP = "comparable_sales_growth|comparable_store_sales_growth|same_store_sales_growth|comp_sales_growth"
NI = "net_earnings|net_income|net_profit"
EPS = "eps|earnings_per_share|diluted_eps"
REV = "revenue|net_sales|sales"
G["en01"] = ([
    m(PC, 1.8, "%", HD, basis="pre-market"),
    m(PX + "|premarket_price", 156.97, "USD", HD, opt=True, basis="pre-market"),
    m(GEPSG, 13.0, "%", HD, FY, prior=11, basis="approximately; from fiscal 2016; raised"),
    m(GEPSG, 11, "%", HD, FY, basis="approximately; previous expectation"),
    m(GEPS, 7.29, "USD", HD, FY, basis="includes $7 billion of share repurchases"),
    m("share_repurchases|buyback|share_buyback|buyback_amount", 7e9, "USD", HD, FY,
      basis="share repurchases included in the guidance"),
    m("eps_consensus|eps_estimate", 7.25, "USD", HD, FY, basis="on average, 32 analysts polled by Thomson Reuters"),
    m("analyst_count|analysts", 32, "analysts", HD, opt=True, basis="polled by Thomson Reuters"),
    m(GREVG, 5.3, "%", HD, FY, prior=4.6, basis="approximately; full-year sales"),
    m(GCS, 5.5, "%", HD, FY, prior=4.6, basis="approximately; comp sales"),
    m(GREVG, 4.6, "%", HD, FY, basis="approximately; previous expectation"),
    m(GCS, 4.6, "%", HD, FY, basis="approximately; previous expectation"),
    m("net_earnings_growth|net_income_growth|net_profit_growth", 9.5, "%", HD, Q),
    m(NI, 2.67e9, "USD", HD, Q, prior=2.44e9),
    m(NI, 2.44e9, "USD", HD, Q0, opt=True, basis="last year"),
    m("eps_growth|earnings_per_share_growth", 14.2, "%", HD, Q),
    m(EPS, 2.25, "USD", HD, Q, prior=1.97),
    m(EPS, 1.97, "USD", HD, Q0, opt=True, basis="last year"),
    m("share_count_change|shares_outstanding_change|diluted_share_count_change", -4.1, "%", HD, Q,
      basis="drop in the share count"),
    m("revenue_growth|net_sales_growth|sales_growth", 6.2, "%", HD, Q),
    m(REV, 28.11e9, "USD", HD, Q, prior=26.47e9),
    m(REV, 26.47e9, "USD", HD, Q0, opt=True, basis="a year ago"),
    m(COMP, 6.3, "%", HD, Q, basis="comparable store sales were positive"),
    m(COMP, 6.6, "%", HDUS, Q, basis="comp sales at U.S. stores"),
    m("eps_consensus|eps_estimate", 2.21, "USD", HD, Q, basis="analysts were looking for"),
    m("revenue_consensus|revenue_estimate|sales_consensus|sales_estimate", 27.82e9, "USD", HD, Q,
      basis="analysts were looking for"),
], [])

# ---------------------------------------------------------------- en02 Fiat Chrysler's third quarter hit by a diesel-probe charge (AP via the New Jersey Herald, njherald.com; Tuesday October 30, 2018, the date only in the address): profits -nearly 40 percent; net profit 564 million euros ($641 million) against 910 million euros; 700-million-euro charge; 104,000 vehicles in the probe; fines sought over $4 billion; adjusted EBIT a record 1.99 billion euros; North American margin 10.2 percent; revenues +9 percent to 28.7 billion euros; combined shipments 1.12 million vehicles, up from just over 1 million (EUR, USD, %, vehicles)
# A European carmaker's quarter in euros with a one-off charge, adjusted EBIT, its regional operating margin and vehicle
# shipments. Cut: the stored text breaks off mid-word after the revenue sentence ("North American profits counted for
# the lion's sh"), so the passage stops after "... counting its joint venture in China." (rewritten), a sentence
# boundary (no figure goes with the cut). The stored headline is kept (rewritten: "Fiat Chrysler profits hit by charges
# for diesel probe" -> "Diesel probe charges dent Fiat Chrysler's profits"), as is the dateline "MILAN (AP) —". No
# quotes (the company's statements are reported speech on the page already; rewritten, no figures). Kept as printed:
# "euros" spelt out beside one bracketed "($641 million)", "700-million-euro" hyphenated, "2014-2016", "U.S.-built",
# "Fiat" for Fiat Chrysler, "just over 1 million" without "vehicles".
# Periods: none ("third-quarter", "the same period last year" and "last year" print no year; "May 2017" dates the
# lawsuit and "2014-2016" the vehicles' model years, not a figure of the quarter).
# Decided: "profits fell nearly 40 percent" -> key -40 % on net profit growth (the hedge in the basis; 564 against 910
# is the fall). Net profit 564e6 EUR key with the same-sentence "against 910 million euros" as prior and an optional
# earlier row; the bracketed "$641 million" an optional conversion. The 700-million-euro charge key (a charge as a
# positive amount, news52, news57). The 104,000 Ram pickups and Jeep Grand Cherokees in the probe optional (a count of
# vehicles named in the lawsuit, no result of the company). The civil fines sought, "over $4 billion", key on the
# company with the Justice Department among the alternatives (hedge in the basis). Adjusted EBIT 1.99e9 EUR key (record;
# excluding the charge). "Profit margins in North America ... 10.2 percent" key on the North American business with the
# company among the alternatives. Revenues +9 % and 28.7e9 EUR key. Combined shipments 1.12e6 vehicles key with the
# same-sentence "up from just over 1 million last year" as prior and an optional earlier row ("just over" in the basis).
FCA = "Fiat Chrysler Automobiles|Fiat Chrysler|FCA|Fiat Chrysler Automobiles N.V.|Fiat"
FCANA = "North America|FCA North America|Fiat Chrysler North America|" + FCA
NP = "net_profit|net_income|profit"
SHIP = "shipments|combined_shipments|vehicle_shipments|deliveries"
G["en02"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", -40, "%", FCA, basis="nearly; third-quarter profits"),
    m(NP, 564e6, "EUR", FCA, prior=910e6, basis="third quarter"),
    m(NP, 641e6, "USD", FCA, opt=True, basis="bracketed conversion"),
    m(NP, 910e6, "EUR", FCA, opt=True, basis="same period last year"),
    m("charge|one_off_charge|special_charge|provision", 700e6, "EUR", FCA,
      basis="one-off charge for a possible settlement in the U.S. diesel probe"),
    m("affected_vehicles|vehicles|vehicles_affected", 104000, "vehicles",
      "Ram pickups and Jeep Grand Cherokees|Ram|Jeep Grand Cherokee|" + FCA, opt=True,
      basis="U.S.-built, 2014-2016, alleged illegal emissions devices"),
    m("fines_sought|civil_fines|potential_fines|fines", 4e9, "USD", FCA + "|U.S. Justice Department|Justice Department",
      basis="over; civil fines sought in the government's lawsuit"),
    m("adjusted_ebit|adjusted_operating_profit|ebit|operating_profit", 1.99e9, "EUR", FCA,
      basis="record; excluding the charge"),
    m("operating_margin|adjusted_ebit_margin|ebit_margin|profit_margin", 10.2, "%", FCANA,
      basis="all-time high; profit margins in North America"),
    m("revenue_growth|sales_growth", 9, "%", FCA, basis="overall revenues"),
    m("revenue|net_revenues|revenues", 28.7e9, "EUR", FCA, basis="overall revenues"),
    m(SHIP, 1.12e6, "vehicles", FCA, prior=1e6, basis="combined, including the joint venture in China"),
    m(SHIP, 1e6, "vehicles", FCA, opt=True, basis="just over; last year"),
], [])

# ---------------------------------------------------------------- en03 US September jobs report with revisions (Crain's Cleveland Business, crainscleveland.com; Friday October 7, 2016): payrolls +156,000; unemployment 5% from 4.9%; Bloomberg median 172,000; July revised to +252,000 from +275,000, August to +167,000 from +151,000, together 7,000 less; three-month average 192,000; 2016 nine-month average 178,000 vs 229,000 in 2015; professional and business services +67,000 (+582,000 in a year), consulting +16,000, administrative and support +35,000; health care +33,000 (+445,000 in 12 months); AHE +6 cents to $25.79, +2.6% over the year; workweek +0.1 hour to 34.4, manufacturing +0.1 to 40.7, overtime 3.3 (jobs, %, USD, hours)
# A US monthly jobs report with revisions, sector gains, hours and earnings. Cut: the stored text breaks off mid-word in
# the closing Bloomberg sentence ("... it still inducated the U.S. labor market "is settli"), so the passage stops after
# the manufacturing workweek sentence ("... overtime held unchanged at 3.3 hours."), a sentence boundary (no figure
# goes with the cut). The stored text has no headline (it opens with its first paragraph; the address slug
# "economy-adds-156000-jobs-in-september-as-unemployment-rate-rises-to" is not page text; none added). No quotes. Kept
# as printed: "5%", "4.9%" and "2.6%" with the per-cent sign, the signed revisions "+275,000 to +252,000"
# and "+151,000 to +167,000", the bracketed "(+16,000)" and "(+35,000)", "BLS" beside "U.S. Bureau of Labor Statistics",
# "0.1 hour" in the singular.
# Periods: "the first nine months of 2016" places September in 2016 -> 2016-09 for September's figures, 2016-07 and
# 2016-08 for the revised July and August figures and August's jobless rate, "2016Q1-Q3" for the nine-month average
# (news57 en11's form) and "2015" for the earlier average. Spans ending in September ("the past three months", "the
# past year", "the past 12 months", "over the year") take no period, the span in the basis.
# Decided: September payrolls (156,000) key; the unemployment rate 5 % key with the same-sentence "from 4.9% in August"
# as prior and an optional August row. The Bloomberg median 172,000 a key consensus row. July "revised down from
# +275,000 to +252,000" and August "revised up from +151,000 to +167,000" -> key revised levels with the first estimates
# as priors and optional first-estimate rows (news54 en04); "7,000 less than first reported" a key -7,000 net revision.
# The three-month average 192,000 key; the nine-month average 178,000 key with the same-sentence 2015 average 229,000
# as prior and an optional 2015 row. Sector gains key on the sector with the US among the alternatives (professional and
# business services +67,000 and +582,000 over the past year; management and technical consulting services +16,000;
# administrative and support services +35,000; health care +33,000 and +445,000 over 12 months). Earnings: +6 cents
# (0.06 USD) and $25.79 key, the year's +2.6 % key. Hours: each change and level key (unit "hours"); overtime "held
# unchanged at 3.3 hours" key at its level, with no 0 change row. "Two categories" not labelled.
US = "US|U.S.|United States|U.S. economy|US economy|American economy"
S, A, J = "2016-09", "2016-08", "2016-07"
NFP = "nonfarm_payrolls|payrolls|jobs_added|employment_change"
UR = "unemployment_rate|jobless_rate"
AVG = "average_monthly_payrolls|payrolls_average|average_job_growth|average_monthly_job_growth"
SEC = "sector_jobs_change|employment_change|jobs_added|sector_employment_change|payrolls"
PBS = "professional and business services|" + US
HC = "health care|healthcare|" + US
MF = "manufacturing|US manufacturing|" + US
AWH = "average_weekly_hours|workweek|average_workweek"
AWHC = "average_weekly_hours_change|workweek_change|average_workweek_change"
AHE = "average_hourly_earnings|ahe|hourly_earnings"
G["en03"] = ([
    m(NFP, 156000, "jobs", US, S),
    m(UR, 5, "%", US, S, prior=4.9),
    m(UR, 4.9, "%", US, A, opt=True, basis="August"),
    m("payrolls_consensus|payrolls_estimate|payrolls_forecast", 172000, "jobs", US, S,
      basis="median forecast, Bloomberg survey of economists"),
    m(NFP, 252000, "jobs", US, J, prior=275000, basis="revised down"),
    m(NFP, 275000, "jobs", US, J, opt=True, basis="first estimate"),
    m(NFP, 167000, "jobs", US, A, prior=151000, basis="revised up"),
    m(NFP, 151000, "jobs", US, A, opt=True, basis="first estimate"),
    m("payrolls_revision|net_revision|revision", -7000, "jobs", US,
      basis="July and August combined, less than first reported"),
    m(AVG, 192000, "jobs", US, basis="per month over the past three months"),
    m(AVG, 178000, "jobs", US, "2016Q1-Q3", prior=229000, basis="per month, first nine months of 2016"),
    m(AVG, 229000, "jobs", US, "2015", opt=True, basis="per month in 2015"),
    m(SEC, 67000, "jobs", PBS, S),
    m(SEC, 582000, "jobs", PBS, basis="over the past year"),
    m(SEC, 16000, "jobs", "management and technical consulting services|" + PBS, S),
    m(SEC, 35000, "jobs", "administrative and support services|" + PBS, S, basis="kept trending up"),
    m(SEC, 33000, "jobs", HC, S),
    m(SEC, 445000, "jobs", HC, basis="in the past 12 months"),
    m("average_hourly_earnings_change|ahe_change|wage_change", 0.06, "USD", US, S,
      basis="6 cents; all employees on private nonfarm payrolls"),
    m(AHE, 25.79, "USD", US, S, basis="all employees on private nonfarm payrolls"),
    m("average_hourly_earnings_growth_yoy|wage_growth|ahe_yoy|average_hourly_earnings_growth", 2.6, "%", US,
      basis="over the year"),
    m(AWHC, 0.1, "hours", US, S, basis="private nonfarm payrolls"),
    m(AWH, 34.4, "hours", US, S, basis="private nonfarm payrolls"),
    m(AWHC, 0.1, "hours", MF, S),
    m(AWH, 40.7, "hours", MF, S),
    m("overtime_hours|overtime", 3.3, "hours", MF, S, basis="held unchanged"),
], [])

# ---------------------------------------------------------------- en04 Wall Street initiates coverage of Facebook (City A.M., cityam.com; June 2012, no date or year printed): eight initiations — Morgan Stanley overweight $38, JP Morgan overweight $45, Goldman Sachs, Nomura, Topeka Capital and Needham & Co buy, BMO Capital and Sanford Bernstein underperform $25; shares 13 per cent below the $38 IPO price; -2.63 per cent to $32.23 (USD, %)
# A round-up of analyst initiations on a newly listed stock with ratings and price targets. Whole as stored. The stored
# headline is kept (rewritten: "Wall Street initiates coverage of Facebook with low expectations" -> "Wall Street
# starts covering Facebook with modest hopes"). Morgan Stanley's one quoted sentence is rendered as reported speech (no
# figures). Kept as printed: the capitals of "FACEBOOK" opening the first paragraph, "per cent", "IPO", the quotation
# marks around "overweight rating" (the word "rating" inside them), "Needham & Co" without a full stop, "Sanford
# Bernstein", "$38 per share float price".
# Periods: none (analyst calls and a day's move; "yesterday" and "40 days after its Nasdaq debut" print no year).
# Decided: eight initiate actions on Facebook (the day coverage began): Morgan Stanley overweight with its "12-month
# price target of $38" (the span not labelled) and JP Morgan overweight $45; Goldman Sachs "told investors to buy" and
# "so did ... Nomura, Topeka Capital and Needham & Co" -> four buy initiations without targets (all named, all key);
# "BMO Capital and Sanford Bernstein, both of which rated the stock "underperform" and set a price target of $25" -> two
# underperform initiations with the $25 target each. Metrics: "trading 13 per cent below their IPO price" a key -13 %
# row against the IPO price; the "$38 per share float price" a key IPO-price row (Morgan Stanley's equal target appears
# only in its rating action); the day's slide -2.63 % and the $32.23 close key (a closing price, not an intraday quote).
FB = "Facebook|Facebook Inc|Facebook Inc.|FB"
G["en04"] = ([
    m("price_vs_ipo_price|change_since_ipo|discount_to_ipo_price|price_change", -13, "%", FB,
      basis="shares now trading below their IPO price"),
    m("ipo_price|offer_price|float_price", 38, "USD", FB, basis="per share float price"),
    m(PC, -2.63, "%", FB, basis="yesterday"),
    m(PX, 32.23, "USD", FB, basis="yesterday"),
], [
    ra("Morgan Stanley", FB, "initiate", "overweight", target=38, cur="USD"),
    ra("JP Morgan|JPMorgan|J.P. Morgan", FB, "initiate", "overweight", target=45, cur="USD"),
    ra("Goldman Sachs|Goldman", FB, "initiate", "buy"),
    ra("Nomura", FB, "initiate", "buy"),
    ra("Topeka Capital|Topeka Capital Markets|Topeka", FB, "initiate", "buy"),
    ra("Needham & Co|Needham|Needham & Company", FB, "initiate", "buy"),
    ra("BMO Capital|BMO Capital Markets|BMO", FB, "initiate", "underperform", target=25, cur="USD"),
    ra("Sanford Bernstein|Bernstein|Sanford C. Bernstein", FB, "initiate", "underperform", target=25, cur="USD"),
])

# ---------------------------------------------------------------- en05 BBVA's second quarter with a buyback of up to 10% of its capital (Dow Jones Newswires via ADVFN, ih.advfn.com; Friday July 30, 2021, the trailing time stamp dropped): buyback up to 10% of capital; net profit +10% to 701 million euros ($833.4 million), analysts EUR379 million; NII EUR3.50 billion vs EUR3.54 billion; impairments and provisions EUR656 million from EUR1.41 billion; fully-loaded CET1 14.17% from 11.88%; pro forma 12.89% (EUR, USD, %)
# A European bank's quarter in euros with a buyback and its CET1 ratio. Whole as stored apart from furniture: the
# reporter's e-mail line ("Write to Pietro Lombardi at ..."), the trailing time stamp ("July 30, 2021 01:36 ET (05:36
# GMT)"), the copyright line and the stock-chart widgets ("BBVA Bilbao Vizcaya Arge... (NYSE:BBVA) Historical Stock
# Chart ...") dropped (news27 en02). Kept as page text: the byline "By Xavier Fontdegloria" and "(END) Dow Jones
# Newswires". The stored text has no headline (it opens with the byline; the address slug
# "bbva-2q-profit-grew-share-buyback-program-to-star" is not page text; none added). No quotes. Kept as printed: "701
# million euros ($833.4 million)" beside "EUR379 million", "EUR3.50 billion", "EUR656 million"; the double hyphens
# around the NII gloss; "fully-loaded" hyphenated; a profit "10%" above a year earlier that the analysts had put at
# little more than half of it.
# Periods: none ("the fourth quarter", "from April to June", "the second quarter", "in June", "in March" and "a year
# earlier" print no year; the coronavirus pandemic dates the comparison only by world knowledge).
# Decided: the buyback "of up to 10% of its capital" a key 10 % row (hedge in the basis; no amount printed). Net profit
# +10 % and 701e6 EUR key (the year-earlier level is not printed; none computed), "$833.4 million" an optional
# conversion; the analysts' EUR379 million a key consensus row. NII EUR3.50 billion key with the same-sentence "compared
# with EUR3.54 billion a year earlier" as prior and an optional earlier row; impairments and provisions EUR656 million key
# with prior EUR1.41 billion ("from") and an optional earlier row. The fully-loaded CET1 ratio 14.17 % in June key with
# the same-sentence March 11.88 % as prior and an optional March row; the pro forma 12.89 % including the buyback key.
BBVA = ("BBVA|Banco Bilbao Vizcaya Argentaria|Banco Bilbao Vizcaya Argentaria SA|Banco Bilbao Vizcaya Argentaria S.A.|"
        "Banco Bilbao Vizcaya")
NP = "net_profit|net_income|profit"
NII = "net_interest_income|nii"
IMP = "impairments_and_provisions|impairments|provisions|loan_loss_provisions|impairment_charges"
CET1 = "cet1_ratio|cet1|cet1_fully_loaded|common_equity_tier_1_ratio|capital_ratio"
G["en05"] = ([
    m("buyback_share_of_capital|buyback_size|share_buyback|buyback", 10, "%", BBVA,
      basis="up to 10% of its capital; to start in the fourth quarter"),
    m("net_profit_growth|net_income_growth|profit_growth", 10, "%", BBVA, basis="from the same period last year"),
    m(NP, 701e6, "EUR", BBVA, basis="April to June"),
    m(NP, 833.4e6, "USD", BBVA, opt=True, basis="bracketed conversion"),
    m("net_profit_consensus|net_profit_estimate|profit_consensus|net_income_consensus", 379e6, "EUR", BBVA,
      basis="analysts had expected"),
    m(NII, 3.50e9, "EUR", BBVA, prior=3.54e9),
    m(NII, 3.54e9, "EUR", BBVA, opt=True, basis="a year earlier"),
    m(IMP, 656e6, "EUR", BBVA, prior=1.41e9, basis="impairments on financial assets and provisions; second quarter"),
    m(IMP, 1.41e9, "EUR", BBVA, opt=True, basis="same period a year earlier"),
    m(CET1, 14.17, "%", BBVA, prior=11.88, basis="fully-loaded; in June"),
    m(CET1, 11.88, "%", BBVA, opt=True, basis="fully-loaded; in March"),
    m("pro_forma_cet1_ratio|cet1_ratio_pro_forma|cet1_ratio|cet1", 12.89, "%", BBVA,
      basis="pro forma fully-loaded, including the share repurchase program"),
], [])

# ---------------------------------------------------------------- en06 Oil slips as OPEC's September output hits an eight-year high (Reuters text on BizWatchNigeria, bizwatchnigeria.ng; Wednesday October 12, 2016, no year printed): oil -more than 1 pe rcent; Brent -56 cents (-1.1 percent) at $51.85 a barrel; WTI settled -61 cents (-1.2 percent) at $50.18; crude stockpiles expected +300,000 barrels; Brent +nearly 13 percent since Sept. 27; OPEC 33.39 million bpd, +220,000 bpd from August, as much as 890,000 bpd above target (USD, %, barrels, b/d)
# An oil market report with Brent and WTI per barrel and OPEC's monthly output. Whole as stored apart from furniture:
# the closing cookie notice ("This website uses cookies ... Strictly Necessary Cookies ...") dropped. The stored text
# has no headline (it opens with its first paragraph; the address slug "oil-price-slides-51-85-opec-output-rises" is not
# page text; none added). No quotes (traders and analysts are reported speech on the page already; rewritten). Kept as
# printed: "1 pe rcent" with its stray space, "Organisation" with an s, "(WTI) crude futures" with the bracketed ticker
# standing for the name, "(bpd)", "Sept. 27", "Nov. 30", "greenback-denominated".
# Periods: none ("Wednesday, October 12", "September", "August", "last month" and "last week" print no year; "2017"
# names a forecast year with no figure printed for it).
# Decided: the lead's "more than 1 pe rcent" fall an optional -1 % on oil (a rounded summary of the two benchmarks' moves
# given next; the hedge in the basis). Brent: -56 cents (-0.56 USD), -1.1 % and $51.85 a barrel key (intraday, at 2:38
# p.m.); WTI: settled -61 cents, -1.2 % and $50.18 per barrel key. Analysts' expected rise in U.S. crude stockpiles of
# 300,000 barrels a key forecast row. Brent "up nearly 13 percent since ... Sept. 27" a key +13 % (hedge and span in the
# basis). OPEC's output 33.39 million bpd key, its rise of 220,000 bpd from August key (the August level is not printed;
# none computed), and "as much as 890,000 bpd above the new supply target" a key excess row (hedge in the basis; the
# target itself is not printed).
OIL = "oil|crude oil|oil prices|crude"
BRENT = "Brent|Brent crude|Brent crude futures|Brent crude oil"
WTI = "WTI|West Texas Intermediate|WTI crude|WTI crude futures|U.S. crude"
OPEC = "OPEC|Organisation of Petroleum Exporting Countries|Organization of the Petroleum Exporting Countries"
PCH = "price_change|oil_price_change|futures_price_change"
PRICE = "price|oil_price|settlement_price|futures_price"
G["en06"] = ([
    m("price_change|oil_price_change", -1, "%", OIL + "|" + BRENT + "|" + WTI, opt=True,
      basis="more than; printed '1 pe rcent'; lead's summary"),
    m(PCH, -0.56, "USD", BRENT, basis="56 cents; at 2:38 p.m. (1838 GMT)"),
    m(PCH, -1.1, "%", BRENT, basis="at 2:38 p.m. (1838 GMT)"),
    m(PRICE, 51.85, "USD", BRENT, basis="a barrel; at 2:38 p.m. (1838 GMT)"),
    m(PCH, -0.61, "USD", WTI, basis="61 cents; settled"),
    m(PCH, -1.2, "%", WTI, basis="settled"),
    m(PRICE, 50.18, "USD", WTI, basis="per barrel; settlement"),
    m("crude_inventories_change_forecast|crude_stocks_change_estimate|inventory_change_forecast|crude_inventories_change",
      300000, "barrels", "U.S. crude stockpiles|US crude stocks|US crude inventories|US|U.S.",
      basis="analysts expect; last week"),
    m(PCH + "|price_change_since", 13, "%", BRENT, basis="nearly; since OPEC's Sept. 27 announcement"),
    m("production|output|crude_output|oil_output", 33.39e6, "b/d", OPEC, basis="last month (September)"),
    m("production_change|output_change|production_growth", 220000, "b/d", OPEC, basis="up from August"),
    m("output_above_target|production_above_target|excess_over_target|production_vs_target", 890000, "b/d", OPEC,
      basis="as much as; above the new supply target"),
], [])
