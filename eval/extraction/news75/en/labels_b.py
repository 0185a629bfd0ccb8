# Hand-written gold labels for news75/en en07-en12 (batch b: English news from Asia, the Pacific, Africa, the Middle
# East and Latin America, six kinds of story — an Indian carmaker's quarter in rupees (Maruti Suzuki India's September
# quarter: revenue against the CNBC-TV18 poll, volumes in lakh units year-on-year and quarter-on-quarter, EBITDA and the
# EBITDA margin against the estimates and the year-earlier quarter, raw-material costs as a share of sales, pending
# orders and the share move; financetom.com); an Australian jobs release (November's unemployment rate against the poll,
# participation, net employment against the forecast and the revised October, annual jobs growth, the Australian dollar,
# bond futures, swaps' cut odds and the RBA cash rate; Reuters as carried by regionalmedianews.com); a Chinese property
# developer's year reported in English (Country Garden's 2016 net profit, contracted sales, revenue, property development
# revenue, property sales collected, the sales mix by city tier and the contracted area; Macau Business,
# macaubusiness.com); a Saudi company's quarter in riyals (Saudi Tadawul Group's nine months and third quarter of 2023:
# revenues, gross, operating and net income and EPS against a year earlier in two tables, operating revenue, OpEx,
# EBITDA and the stake acquired; Argaam, argaam.com); an Asian stock-market close (the Kospi's yearly closing high with
# investor-group flows, movers in won, the won and Treasury yields; Yonhap on The Korea Herald, koreaherald.com); and a
# palm-oil market report (the Bursa Malaysia benchmark contract in ringgit a tonne, volume, MPOB exports, stocks and
# output, cargo surveyors' early-February exports and related oils; Business Recorder, brecorder.com)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file, and its m() and ra() helpers, to count this batch's rows), eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and
# sources files; unit strings and metric names were checked against earlier sets' labels_*.py files), and no other
# batch's texts, labels or sources were read (so the check against the other news75 batch's sources could not be made
# from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news74/en/README.md, with: news73 en10 and news71 en11 (an Indian company's quarter in crore: "Rs"/"₹" -> INR, crore
# scaled by 1e7, the CNBC-TV18 or Bloomberg poll as *_consensus rows, margins with their bp moves); news29 en05, news23
# en03 and news64 en12 (an Australian labour-force release: employment change in jobs with the previous month as prior
# and an optional earlier row, the poll as consensus rows, participation with prior); news8 zh02, news30 zh05 and news7
# en15 (a Chinese developer's contracted sales and profit in yuan), news36 en05 / news73 en08 (a Chinese company's year
# in English, conversions optional); news69 en02 (a results table: the current column key with the earlier column as
# prior plus an optional earlier row, the table's precise figure key and the prose's rounded repeat optional),
# news61 en09 and news55 en12 (Saudi results in riyals); news47 en01 and news27 en07 (a Seoul close: points, %, level,
# volume and value key, breadth optional, investor-group flows signed, movers' % and price in KRW, the won's rate and
# move in KRW); news25 en12 (a Malaysian palm-oil report: the benchmark contract's % and ringgit level, lots, MPOB and
# cargo-surveyor figures keyed on Malaysia, related oils keyed on their contracts); news74 en12 (a printed intraday high
# key); news74 en11 (headline repeats optional).
# Currencies: en07 "Rs" -> INR (crore scaled: "Rs 29,931 crore" -> 2.9931e11; lakh scaled: "5.17 lakh units" ->
# 517,000); en08 "$" for the Australian dollar's rate -> USD per Australian dollar; en09 "RMB" -> CNY, "MOP" (Macau
# pataca) and "US$" -> MOP and USD (bracketed conversions, optional); en10 "SAR" / "Riyals" -> SAR, the tables' "(M)"
# -> millions; en11 "won" -> KRW, "$" in the bracketed conversion -> USD; en12 "ringgit" -> MYR, "$" in the bracketed
# conversion -> USD.
# Scaling: values fully scaled ("Rs 2,769 crore" -> 2.769e10, "4.12 lakh vehicles" -> 412,000, "RMB308.84 billion" ->
# 308.84e9, "210 million square metres" -> 210e6, "SAR 298.3 million" -> 298.3e6, table "790.72" under "(M)" -> 790.72e6,
# "120.00" average shares -> 120e6, "5.7 trillion won" -> 5.7e12, "314.3 billion won" -> 314.3e9, "1.5 million tonnes" ->
# 1.5e6); declines negative ("fell 390 basis points" -> -390 bp, table "(7.8 %)" -> -7.8, "a decline of 19%" -> -19,
# "slipped 7 ticks" -> -7, "were net sellers of 312.1 billion won" -> -312.1e9, "dropped 2.7 basis points" -> -2.7 bp,
# "brought stockpiles down by nearly 7 percent" -> -7, "Production meanwhile dropped 13.5 percent" -> -13.5); levels stay
# positive; hedges in the basis ("nearly", "some", "slightly above").
# Periods decided: en07 "the September-quarter" set against "the September 2021 quarter" (and "from 4.2 percent last
# year") -> 2022Q3 for the quarter and 2021Q3 for the year-earlier figures (clearly implied; written as calendar
# quarters because the text names the quarter by its month and year, as news74 en11's "January-March quarter" ->
# 2025Q1; the text never writes Q2 or FY23); pending orders and the share move none. en08 prints no year ("November",
# "October", "February", "Tuesday", "Thursday", "the third quarter") -> no periods, the month in the basis. en09 "for
# 2016" / "for the year" -> 2016, "from 2015" / "from a year earlier" -> 2015; "as at the end of 2016" -> 2016 for the
# contracted area. en10 "the first nine months of 2023" / "9m 2023" -> 2023Q1-Q3 and "9m 2022" / "the prior-year
# period" -> 2022Q1-Q3 (the notation of earlier sets' nine-month rows); "Q3 2023" / "the third quarter of 2023" ->
# 2023Q3 and "Q3 2022" -> 2022Q3; the stake acquired none (a transaction). en11 a market close with no date printed
# ("Wednesday", "this year") -> no periods. en12 no year printed ("Monday", "January", "February 1-10", "January 15")
# -> no periods, months in the basis.
# Quotes rendered as reported speech (the set never copies third-party sentences): David Taylor's two quoted sentences
# (en08; "(were)" kept), the company's two quoted sentences from its annual results report (en09; no figures), Lee
# Kyung-min's quoted sentence (en11; "(stock)" kept) and the Kuala Lumpur trader's quoted sentence (en12; no figure).
# en07 and en10 carry no quotes.
# Not labelled: dates and times ("Monday", "Tuesday", "Wednesday", "Thursday", "May 7, 2023", "January 15", "this week"),
# ranks and spans ("seven quarters", "52-week high", "eight-month low", "for a year now", "highest close this year",
# "sixth straight day", "13 months", "fifth straight day", "a fourth day", "two weeks", "highest in a month"), the
# period names in "the December quarter of financial year 2021", counts of places (en09's "223 cities" and "27
# provinces", as the development corpus leaves counts of countries unlabelled), ranks ("No. 1 conglomerate"), the
# contract specification "lots of 25 tonnes each" (news25 en12), and the table labels ("Financials (M)", "Current
# Quarter Comparison (M)", "Item").

# ---------------------------------------------------------------- en07 Maruti Suzuki India's September quarter (financetom.com; the September 2022 quarter by the text's "September 2021 quarter"): revenue +45.7% to Rs 29,931 crore against the CNBC-TV18 poll of Rs 29,590 crore; volumes +36.3% to 5.17 lakh units, +10.4% quarter-on-quarter; EBITDA Rs 2,769 crore against Rs 2,751 crore estimated and Rs 855 crore a year earlier; EBITDA margin +500 bp to 9.2% from 4.2%, estimate 9.3%; raw material costs -390 bp to 76.5% of sales from 80.4%; pending orders 4.12 lakh vehicles, 1.3 lakh pre-bookings; shares +5.6% at Rs 9,548 (INR, %, bp, units, vehicles)
# An Indian carmaker's quarter in rupees (news73 en10 had an Indian bank's quarter in crore, news71 en11 an Indian IT
# company's, news30 en09 and news64 en09 Maruti Suzuki's monthly sales; Maruti's quarterly results, "29,931", "2,769
# crore", "5.17 lakh", "4.12 lakh" and "9,548" appear in no earlier text; financetom.com occurs in the source lists only
# with another page). Of the kind's elements the page prints revenue in crore, the EBITDA margin, volumes and the share
# move; the net profit is printed only as having "beat street expectations" (no figure). Whole as stored apart from
# furniture: the opening "NSE" tag and the closing "First Published:Oct 28, 2022 2:17 PM IST" line dropped (the
# address slug and that line are not used for the period). No headline in the stored text (none added). No quotes.
# Kept as printed: "September-quarter" hyphenated, "financial year 2021", "Rs" before crore amounts, "lakh", "topline",
# "street", "EBITDA Margin" and "Raw Material" capitalised, "favorable", "cost reduction efforts".
# Periods: 2022Q3 and 2021Q3 (see the header).
# Decided: revenue and its +45.7 % key, the poll a key consensus row ("slightly above" in the basis). Volumes 5.17 lakh
# units key with the year-on-year and quarter-on-quarter growth as two key rows. EBITDA Rs 2,769 crore key without a
# prior (the year-earlier Rs 855 crore is printed in a sentence of its own -> a key 2021Q3 row of its own, the
# development corpus's rule for figures in their own clause); the analysts' Rs 2,751 crore a key consensus row. "EBITDA
# Margin increased 500 basis points to 9.2 percent from 4.2 percent last year" -> key margin with prior, key +500 bp,
# optional 2021Q3 row; the street's 9.3 % a key consensus row. Raw-material costs as a share of sales likewise (key
# 76.5 % with prior 80.4 %, key -390 bp, optional 2021Q3 row). Pending orders and pre-bookings key as counts of vehicles
# (lakh scaled; no period: an order book, not a flow). The close and the +5.6 % key.
MS = "Maruti Suzuki India Ltd.|Maruti Suzuki India|Maruti Suzuki|Maruti|MSIL"
Q, PQ = "2022Q3", "2021Q3"
EM = "ebitda_margin|operating_margin|ebitda_margin_pct"
RM = "raw_material_cost_ratio|raw_material_costs_to_sales|raw_material_cost_share|raw_material_costs"
G["en07"] = ([
    m("revenue|revenue_from_operations|total_revenue", 2.9931e11, "INR", MS, Q, basis="Rs 29,931 crore; September-quarter"),
    m("revenue_growth|revenue_growth_yoy", 45.7, "%", MS, Q, basis="year-on-year"),
    m("revenue_consensus|revenue_estimate|revenue_forecast", 2.959e11, "INR", MS, Q,
      basis="CNBC-TV18 poll; Rs 29,590 crore; actual slightly above"),
    m("sales_volume|volumes|vehicle_sales|units_sold", 517000, "units", MS, Q, basis="5.17 lakh units"),
    m("sales_volume_growth|volume_growth|sales_volume_growth_yoy", 36.3, "%", MS, Q, basis="from last year"),
    m("sales_volume_growth_qoq|volume_growth_qoq|volume_growth", 10.4, "%", MS, Q, basis="quarter-on-quarter"),
    m("ebitda|operating_profit", 2.769e10, "INR", MS, Q, basis="operating profit or EBITDA; Rs 2,769 crore"),
    m("ebitda_consensus|ebitda_estimate|ebitda_forecast", 2.751e10, "INR", MS, Q,
      basis="estimated by analysts; actual in line"),
    m("ebitda|operating_profit", 8.55e9, "INR", MS, PQ, basis="September 2021 quarter; Rs 855 crore"),
    m(EM, 9.2, "%", MS, Q, prior=4.2),
    m("ebitda_margin_change|operating_margin_change|margin_change", 500, "bp", MS, Q, basis="year-on-year"),
    m(EM, 4.2, "%", MS, PQ, opt=True, basis="last year"),
    m("ebitda_margin_consensus|ebitda_margin_estimate|ebitda_margin_forecast", 9.3, "%", MS, Q, basis="street estimate"),
    m(RM, 76.5, "%", MS, Q, prior=80.4, basis="raw material costs as a percentage of sales"),
    m("raw_material_cost_ratio_change|raw_material_costs_change|margin_change", -390, "bp", MS, Q, basis="from last year"),
    m(RM, 80.4, "%", MS, PQ, opt=True, basis="last year"),
    m("pending_orders|order_backlog|pending_customer_orders|order_book", 412000, "vehicles", MS,
      basis="pending customer orders; 4.12 lakh"),
    m("pre_bookings|pending_orders|order_book", 130000, "vehicles", MS,
      basis="pre-bookings for recently launched models; 1.3 lakh"),
    m("price_change|share_price_change", 5.6, "%", MS, basis="shares ended higher; 52-week high"),
    m("price|share_price|close", 9548, "INR", MS, basis="close"),
], [])

# ---------------------------------------------------------------- en08 Australia's November jobs (Reuters as carried by regionalmedianews.com; no year printed): jobless rate 3.9% from 4.1% (poll 4.2%); participation 67.0% from 67.1%; net employment +35,600 after a revised +12,200 in October (forecast +25,000); annual jobs growth 2.4%; Australian dollar +0.6% to $0.6409; three-year bond futures -7 ticks to 96.192; swaps' February cut odds 55% from 68%; cash rate 4.35% (up from 0.1% in the pandemic), 2-3% target band (%, jobs, USD, ticks, points)
# An Australian jobs release with the poll (news29 en05, news23 en03 and news64 en12 had other months' labour-force
# releases, news35 en09 another; November's "3.9%", "35,600", "12,200", "0.6409" and "96.192" appear in no earlier text;
# this regionalmedianews.com address in no source list — another regionalmedianews.com page is). Of the kind's elements
# the page prints the employment change, the unemployment rate, the poll and the RBA cash rate (the release is not an
# RBA decision: the rate is the current one; the decision two days earlier prints no figure). Cut: the passage stops
# after the wage-growth sentence, before "The jobs report showed hours worked r", where the stored text breaks off
# mid-word (nothing with a figure goes with the cut); the cut is at a sentence boundary. No headline in the stored
# text (it opens with the dateline "SYDNEY (Reuters) -"; the address slug is not page text; none added). Quotes: David
# Taylor's two quoted sentences as reported speech ("(were)" kept). Kept as printed: "SYDNEY (Reuters) -Australia's"
# without a space, "67.0%", "2-3%", the dashes round "up from 0.1% during the pandemic" (rendered "in the pandemic").
# Periods: none (see the header).
# Decided: the jobless rate "to 3.9% in November from 4.1% in October" -> key with prior plus an optional October row;
# the analysts' 4.2 % a key consensus row. Participation "to 67.0%, from 67.1%" likewise. Net employment +35,600 with
# October's revised +12,200 as prior (the "from October, when it increased by" construction) and an optional October
# row (no first reading printed, so no revision row of its own); the 25,000 forecast a key consensus row; annual jobs
# growth 2.4 % key. The Australian dollar's +0.6 % and $0.6409 (USD per Australian dollar) key. Three-year bond
# futures -7 ticks (count noun) and 96.192 (points: a futures price quoted as 100 minus the yield) key. Swaps' 55 %
# chance of a February cut key with prior 68 % plus an optional earlier row. The cash rate 4.35 % key with the
# pandemic's 0.1 % as prior ("up from") plus an optional 0.1 % row; the 2-3 % target band an optional range (news74
# en04's inflation target optional).
AU = "Australia|Australian labour market|Australian economy|ABS"
AUD = "Australian dollar|AUD|AUD/USD|Aussie"
RBA = "Reserve Bank of Australia|RBA"
UR = "unemployment_rate|jobless_rate"
PR = "participation_rate|labour_force_participation_rate"
EC = "employment_change|jobs_change|net_employment_change|employment_growth"
PROB = "rate_cut_probability|probability|market_implied_probability|odds"
G["en08"] = ([
    m(UR, 3.9, "%", AU, prior=4.1, basis="November; eight-month low"),
    m(UR, 4.1, "%", AU, opt=True, basis="October"),
    m("unemployment_rate_consensus|unemployment_rate_forecast|jobless_rate_forecast", 4.2, "%", AU,
      basis="November; analysts had looked for a rise"),
    m(PR, 67.0, "%", AU, prior=67.1, basis="November"),
    m(PR, 67.1, "%", AU, opt=True, basis="October"),
    m(EC, 35600, "jobs", AU, prior=12200, basis="November from October; net employment"),
    m(EC, 12200, "jobs", AU, opt=True, basis="October; revised"),
    m("employment_change_consensus|employment_change_forecast|jobs_forecast|employment_forecast", 25000, "jobs", AU,
      basis="November; market forecasts"),
    m("employment_growth_annual|employment_growth_yoy|annual_jobs_growth|employment_growth", 2.4, "%", AU,
      basis="annual jobs growth; slowed only slightly"),
    m("fx_change|currency_change|price_change", 0.6, "%", AUD, basis="against the US dollar"),
    m("fx_rate|exchange_rate", 0.6409, "USD", AUD, basis="US dollars per Australian dollar"),
    m("futures_price_change|bond_futures_change|price_change", -7, "ticks",
      "three-year bond futures|Australian three-year bond futures|3-year bond futures"),
    m("futures_price|bond_futures_price|price", 96.192, "points",
      "three-year bond futures|Australian three-year bond futures|3-year bond futures"),
    m(PROB, 55, "%", RBA, prior=68, basis="swaps; cut in February"),
    m(PROB, 68, "%", RBA, opt=True, basis="swaps; before the data"),
    m("cash_rate|policy_rate|interest_rate", 4.35, "%", RBA, prior=0.1, basis="current; policy held for a year"),
    m("cash_rate|policy_rate|interest_rate", 0.1, "%", RBA, opt=True, basis="during the pandemic"),
    m("inflation_target|inflation_target_band|target_inflation", None, "%", RBA, rng=(2, 3), opt=True,
      basis="target band"),
], [])

# ---------------------------------------------------------------- en09 Country Garden's 2016 results (Macau Business, macaubusiness.com): net profit nearly RMB11.5 billion (MOP13.3 billion/US$1.7 billion), +24.2% from 2015; first and second-tier cities 59% of property sales, third and fourth-tier some 41%; contracted sales +120% to RMB308.84 billion; total revenue +35.2% (nearly) to RMB153.09 billion; property development revenue +35.4% to nearly RMB148.2 billion; property sales collected RMB284.08 billion, +142.8%; contracted area 210 million square metres in 223 cities and 27 provinces, nearly 1 million households; Forest City 20 square kilometres (CNY, MOP, USD, %, square metres)
# A Chinese property developer's year reported in English (news7 en15 had Country Garden's first-half core profit in a
# Hong Kong close, news23 zh04, news30 zh05 and news45 zh06 its monthly contracted sales in Chinese; its 2016 year,
# "308.84", "153.09", "284.08", "148.2 billion" and Forest City appear in no earlier text; macaubusiness.com in no source
# list). Of the kind's elements the page prints contracted sales and the yuan results (a developer: no deliveries).
# Cut: the passage stops after the Forest City sentence, before "According to a report in South China Morning Post
# earlier thi", where the stored text breaks off mid-word (nothing with a figure goes with the cut); the cut is at a
# sentence boundary. Headline kept (rewritten: "Urbanisation ignites Country Garden sales" -> "Urbanisation fires up
# Country Garden sales"); the crosshead "Forest city" kept as printed (lower-case "city"). Quotes: the company's two
# quoted sentences from its annual results report as reported speech (no figures). Kept as printed: "RMB11.5 billion"
# without a space, "(MOP13.3 billion/US$1.7 billion)" with the slash, "per cent", "first and second-tier", "some 41 per
# cent", "nearly 35.2 per cent", "revenue collected from property sales" (RMB284.08 billion, larger than total revenue:
# a sales-collection figure, labelled as printed), "the Group" capitalised.
# Periods: 2016, 2015 (see the header).
# Decided: net profit key in CNY ("nearly" in the basis), the MOP and US$ conversions optional; its +24.2 % key (the
# 2015 level not printed, none computed). The 59 % / 41 % split of property sales by city tier key as two share rows
# (the sales mix behind the profit; "some" in the basis). Contracted sales and +120 % key; total revenue and +35.2 % key;
# property development segment revenue and +35.4 % key; property sales collected and +142.8 % key. The contracted area
# under management (210 million square metres, count noun) key for 2016 ("as at the end of 2016"); "nearly 1 million
# households" optional (a count of owners, background) and Forest City's 20 square kilometres optional (a project's
# size). The 223 cities and 27 provinces not labelled (counts of places).
CG = "Country Garden|Country Garden Holdings|Country Garden Holdings Company Limited|2007.HK"
Y, P = "2016", "2015"
G["en09"] = ([
    m("net_profit|net_income", 11.5e9, "CNY", CG, Y, basis="nearly; for the year"),
    m("net_profit|net_income", 13.3e9, "MOP", CG, Y, opt=True, basis="conversion in brackets"),
    m("net_profit|net_income", 1.7e9, "USD", CG, Y, opt=True, basis="conversion in brackets"),
    m("net_profit_growth|net_income_growth|profit_growth", 24.2, "%", CG, Y, basis="from 2015"),
    m("property_sales_share|sales_share|share_of_property_sales|sales_mix", 59, "%", CG, Y,
      basis="home sales in first and second-tier cities; share of total property sales"),
    m("property_sales_share|sales_share|share_of_property_sales|sales_mix", 41, "%", CG, Y,
      basis="some; third and fourth-tier cities"),
    m("contracted_sales|total_contracted_sales", 308.84e9, "CNY", CG, Y, basis="total contracted sales of the group"),
    m("contracted_sales_growth|total_contracted_sales_growth", 120, "%", CG, Y),
    m("revenue|total_revenue", 153.09e9, "CNY", CG, Y),
    m("revenue_growth|total_revenue_growth", 35.2, "%", CG, Y, basis="nearly; from a year earlier"),
    m("property_development_revenue|segment_revenue|revenue", 148.2e9, "CNY", CG, Y,
      basis="nearly; property development segment"),
    m("property_development_revenue_growth|segment_revenue_growth|revenue_growth", 35.4, "%", CG, Y,
      basis="year-on-year"),
    m("property_sales_collection|revenue_collected_from_property_sales|property_sales_revenue|cash_collection",
      284.08e9, "CNY", CG, Y, basis="revenue collected from property sales"),
    m("property_sales_collection_growth|revenue_collected_growth|property_sales_revenue_growth", 142.8, "%", CG, Y,
      basis="year-on-year; notable"),
    m("contracted_area|managed_area|gross_floor_area|area_under_management", 210e6, "square metres", CG, Y,
      basis="contracted area managed as at the end of 2016"),
    m("households|owner_households|customers", 1e6, "households", CG, Y, opt=True, basis="nearly; households of owners"),
    m("site_area|project_area|land_area", 20, "square kilometres", "Forest City|Country Garden", opt=True,
      basis="joint venture with the Johor State government"),
], [])

# ---------------------------------------------------------------- en10 Saudi Tadawul Group's nine months and third quarter of 2023 (Argaam, argaam.com): 9m net profit -19% to SAR 298.3 million from SAR 367.4 million; 9m table (revenues 790.72 from 857.33, -7.8%; gross income 462.78 from 568.66, -18.6%; operating income 261.84 from 392.12, -33.2%; net income 298.29 from 367.42, -18.8%; average shares 120.00; EPS 2.49 riyals from 3.06, -18.8%); operating revenue -12.8% to SAR 740.7 million; OpEx +13.7%; 51% stake acquired; EBITDA -38.1%; Q3 net profit +15% to SAR 102.3 million from SAR 89.1 million; Q3 table (revenues 297.72 from 263.72, +12.9%; gross income 170.74 from 160.53, +6.4%; operating income 96.95 from 98.27, -1.3%; net income 102.28 from 89.12, +14.8%; EPS 0.85 from 0.74, +14.8%); Q3 operating revenue +7.8% to SAR 277.4 million from SAR 257.2 million (SAR, %, shares)
# A Saudi company's quarter in riyals (news61 en09 had Riyad Bank's quarter, news55 en12 Al Rajhi's and SNB's, news41
# en12 Aramco's IPO from another argaam.com page, news44 en12 a debut on Tadawul; Saudi Tadawul Group's results,
# "298.3", "790.72", "102.28" and "740.7" appear in no earlier text; this argaam.com address in no source list — another
# argaam.com page is). Of the kind's elements the page prints net profit, revenues and EPS against a year earlier (for
# the nine months and the quarter). The page is stored twice under this address; the passage follows the copy with the
# headline and the "(M)" table titles (its third-quarter operating income reads 96.95; the other copy, without headline,
# prints 97.00 and a further quarter-on-quarter table). Whole as stored apart from furniture: the repeated headline,
# the date line "22/10/2023 Argaam Exclusive", "View other reports" and the dangling toggle label "Compared With The"
# above the second table dropped. Headline kept (rewritten: "Tadawul Group 9-month net profit falls 19% to SAR 298.3
# mln; Q3 at SAR 102.3 mln" -> "Tadawul Group's 9-month net profit drops 19% to SAR 298.3 mln; Q3 at SAR 102.3 mln").
# Tables kept as tables, one row a line with " | " between cells (the stored copy runs the cells with spaces; the
# page's other stored copy has the same tables with bars), labels and figures as printed. No quotes. Kept as printed:
# "mln" in the headline, "(YoY)", "OpEx", the bracketed negatives "(7.8 %)" with a space before "%", "120.00", "-" for
# an unchanged share count, "EPS (Riyals)", "Net profits" plural, "amortization".
# Periods: 2023Q1-Q3, 2022Q1-Q3, 2023Q3, 2022Q3 (see the header).
# Decided (news69 en02's table rules): each table row -> the current column key with the earlier column as prior, the
# change column key, the earlier column an optional row of its own; the average shares (120.00 million in both columns
# of both tables) optional share counts. Where the prose or the headline restates a table figure rounded (net profit
# SAR 298.3 million for 298.29, "19%" for -18.8 %, SAR 367.4 million for 367.42, SAR 102.3 million for 102.28, "15%" for
# +14.8 %, SAR 89.1 million for 89.12), the table's figure is key and each rounded restatement optional (headline
# repeats optional too). "Operating revenue" (SAR 740.7 million for the nine months, SAR 277.4 million for the quarter)
# is a different line from the tables' "Revenues" -> key rows of its own with their % moves ("from SAR 257.2 million in
# Q3 2022" -> prior plus an optional 2022Q3 row). OpEx +13.7 % and EBITDA -38.1 % key (no levels printed). The 51 %
# stake in Direct Financial Network Company key as an acquisition stake (no period).
TG = "Saudi Tadawul Group Holding Co.|Tadawul Group|Saudi Tadawul Group|Saudi Tadawul Group Holding|Tadawul"
N9, P9, Q3, P3 = "2023Q1-Q3", "2022Q1-Q3", "2023Q3", "2022Q3"
REV = "revenue|revenues|total_revenue"
GI = "gross_income|gross_profit"
OI = "operating_income|operating_profit"
NI = "net_profit|net_income"
EPS = "eps|earnings_per_share"
SH = "average_shares|shares_outstanding|weighted_average_shares"
OR = "operating_revenue|revenue"
def tab(per, pper, rows):
    out = []
    for name, gname, cur, prev, chg, basis in rows:
        out.append(m(name, cur, "SAR", TG, per, prior=prev, basis=basis))
        out.append(m(gname, chg, "%", TG, per, basis="change; " + basis))
        out.append(m(name, prev, "SAR", TG, pper, opt=True, basis=basis))
    return out
G["en10"] = ([
    m(NI, 298.3e6, "SAR", TG, N9, opt=True, basis="headline repeat; mln"),
    m("net_profit_growth|net_income_growth|net_profit_change", -19, "%", TG, N9, opt=True, basis="headline repeat"),
    m(NI, 102.3e6, "SAR", TG, Q3, opt=True, basis="headline repeat; mln"),
    m(NI, 298.3e6, "SAR", TG, N9, opt=True, prior=367.4e6, basis="first nine months; rounded restatement of the table"),
    m("net_profit_growth|net_income_growth|net_profit_change", -19, "%", TG, N9, opt=True,
      basis="year-on-year; rounded restatement of the table's -18.8 %"),
    m(NI, 367.4e6, "SAR", TG, P9, opt=True, basis="prior-year period; rounded"),
] + tab(N9, P9, [
    (REV, "revenue_growth|revenues_growth|revenue_change", 790.72e6, 857.33e6, -7.8, "Revenues; table (M)"),
    (GI, "gross_income_growth|gross_profit_growth|gross_income_change", 462.78e6, 568.66e6, -18.6, "Gross Income; table (M)"),
    (OI, "operating_income_growth|operating_profit_growth|operating_income_change", 261.84e6, 392.12e6, -33.2,
     "Operating Income; table (M)"),
    (NI, "net_profit_growth|net_income_growth|net_profit_change", 298.29e6, 367.42e6, -18.8, "Net Income; table (M)"),
]) + [
    m(SH, 120e6, "shares", TG, N9, opt=True, basis="Average Shares 120.00 (M)"),
    m(SH, 120e6, "shares", TG, P9, opt=True, basis="Average Shares 120.00 (M)"),
    m(EPS, 2.49, "SAR", TG, N9, prior=3.06, basis="EPS (Riyals)"),
    m("eps_growth|earnings_per_share_growth|eps_change", -18.8, "%", TG, N9, basis="change; EPS"),
    m(EPS, 3.06, "SAR", TG, P9, opt=True, basis="EPS (Riyals)"),
    m(OR, 740.7e6, "SAR", TG, N9, basis="operating revenue"),
    m("operating_revenue_growth|revenue_growth|operating_revenue_change", -12.8, "%", TG, N9,
      basis="year-on-year; lower trading and post-trade revenue"),
    m("opex_growth|operating_expenses_growth|operating_expense_change", 13.7, "%", TG, N9, basis="year-on-year"),
    m("stake|acquired_stake|stake_acquired", 51, "%", "Direct Financial Network Company|Tadawul Group",
      basis="acquisition; consolidated from May 7, 2023"),
    m("ebitda_growth|ebitda_change", -38.1, "%", TG, N9, basis="year-on-year"),
    m(NI, 102.3e6, "SAR", TG, Q3, opt=True, prior=89.1e6, basis="third quarter; rounded restatement of the table"),
    m("net_profit_growth|net_income_growth|net_profit_change", 15, "%", TG, Q3, opt=True,
      basis="year-on-year; rounded restatement of the table's 14.8 %"),
    m(NI, 89.1e6, "SAR", TG, P3, opt=True, basis="Q3 2022; rounded"),
] + tab(Q3, P3, [
    (REV, "revenue_growth|revenues_growth|revenue_change", 297.72e6, 263.72e6, 12.9, "Revenues; table (M)"),
    (GI, "gross_income_growth|gross_profit_growth|gross_income_change", 170.74e6, 160.53e6, 6.4, "Gross Income; table (M)"),
    (OI, "operating_income_growth|operating_profit_growth|operating_income_change", 96.95e6, 98.27e6, -1.3,
     "Operating Income; table (M)"),
    (NI, "net_profit_growth|net_income_growth|net_profit_change", 102.28e6, 89.12e6, 14.8, "Net Income; table (M)"),
]) + [
    m(SH, 120e6, "shares", TG, Q3, opt=True, basis="Average Shares 120.00 (M)"),
    m(SH, 120e6, "shares", TG, P3, opt=True, basis="Average Shares 120.00 (M)"),
    m(EPS, 0.85, "SAR", TG, Q3, prior=0.74, basis="EPS (Riyals)"),
    m("eps_growth|earnings_per_share_growth|eps_change", 14.8, "%", TG, Q3, basis="change; EPS"),
    m(EPS, 0.74, "SAR", TG, P3, opt=True, basis="EPS (Riyals)"),
    m(OR, 277.4e6, "SAR", TG, Q3, prior=257.2e6, basis="operating revenue; data and technology segment"),
    m("operating_revenue_growth|revenue_growth|operating_revenue_change", 7.8, "%", TG, Q3, basis="increase"),
    m(OR, 257.2e6, "SAR", TG, P3, opt=True, basis="operating revenue; Q3 2022"),
], [])

# ---------------------------------------------------------------- en11 Seoul close at the Kospi's yearly high (Yonhap on The Korea Herald, koreaherald.com; a Wednesday in June 2016, no date printed): Kospi +15.45 points (+0.77%) to 2,027.08; 490 million shares worth 5.7 trillion won ($4.92 billion), 411 up / 395 down; foreigners +314.3 billion won, individuals -312.1 billion won, institutions -42.5 billion won; Samsung Electronics +0.57% to 1,406,000 won (1,400,000 won mark), KEPCO +0.83% to 60,500 won, POSCO +3.46% to 224,500 won, Samsung SDS +1.33% to 152,500 won; won 1,156.20 per dollar, up 6.10 won; three-year yield -2.7 bp to 1.378%, five-year -2.5 bp to 1.469% (points, KRW, USD, %, bp, shares)
# An Asian stock-market close (news47 en01 and news27 en07 had other Seoul closes from The Korea Herald, news69 en11 and
# news7 en12 others; "2,027.08", "1,406,000", "314.3 billion", "1,156.20" and "1.378" appear in no earlier text; this
# koreaherald.com address in no source list — other koreaherald.com pages are). Of the kind's elements the page prints
# the index in points and %, and movers with prices. Whole as stored apart from furniture: the opening "Back To Top"
# and the trailing "MOST POPULAR", "LATEST NEWS", "leadersclub", "subscribe" and a Korean site label dropped; the
# closing "(Yonhap)" credit kept as page text (news47 en01). Headline kept (rewritten: "KOSPI rises to yearly high on
# foreign buying, Samsung rally" -> "KOSPI climbs to yearly high on foreign buying, Samsung rally"). Quotes: Lee
# Kyung-min's quoted sentence as reported speech ("(stock)" kept). Kept as printed: "KOSPI" in the headline, "market
# kingpin", "1,406,000 won", "1,400,000 won mark", "No. 1 conglomerate", "the greenback", "(Yonhap)".
# Periods: none (see the header).
# Decided (news47 en01, news27 en07): the index's point and % moves and close key; volume (shares) and value (KRW) key,
# the "($4.92 billion)" conversion optional; breadth (411 / 395) optional counts. Flows: foreigners "bought a net" ->
# +314.3e9, individuals and institutions "were net sellers of" -> -312.1e9 and -42.5e9, each key on its investor group
# with the Kospi among the alternatives. Each mover's % move and closing price key in KRW; the "1,400,000 won mark"
# Samsung topped for the first time in 13 months an optional threshold. The won "at 1,156.20 ... up 6.10 won" -> a key
# rate of 1,156.20 KRW per dollar and a key +6.10 KRW move on the won (the text's "up", the won's direction). Each
# government bond yield's bp move and level key.
KS = "KOSPI|Kospi|Korea Composite Stock Price Index"
WON = "won|Korean won|South Korean won|KRW|USD/KRW"
PC = "price_change|share_price_change"
PX = "price|share_price|close"
FLOW = "net_flow|net_buying|net_selling|net_equity_flow|fund_flow"
movers11 = [("Samsung Electronics|Samsung Electronics Co|Samsung", 0.57, 1406000),
            ("Korea Electric Power Corp.|Korea Electric Power|KEPCO", 0.83, 60500),
            ("POSCO|Posco", 3.46, 224500),
            ("Samsung SDS", 1.33, 152500)]
T3 = "three-year Treasury|3-year Treasury|South Korea three-year Treasury|three-year government bond"
T5 = "five-year government bond|benchmark five-year government bond|5-year government bond|South Korea five-year bond"
G["en11"] = ([
    m("index_change|index_change_points|point_change", 15.45, "points", KS),
    m("index_change_pct|index_change|pct_change", 0.77, "%", KS),
    m("index_level|index_close|close", 2027.08, "points", KS, basis="highest close this year"),
    m("trading_volume|volume|turnover_volume", 490e6, "shares", KS, basis="moderate"),
    m("turnover|trading_value|turnover_value", 5.7e12, "KRW", KS),
    m("turnover|trading_value|turnover_value", 4.92e9, "USD", KS, opt=True, basis="conversion in brackets"),
    m("gainers|advancers", 411, "stocks", KS, opt=True, basis="gainers outnumbering losers 411 to 395"),
    m("losers|decliners", 395, "stocks", KS, opt=True),
    m(FLOW + "|foreign_net_buying|foreign_net_flow", 314.3e9, "KRW", "foreign investors|foreigners|" + KS,
      basis="bought a net"),
    m(FLOW + "|retail_net_flow|retail_net_selling", -312.1e9, "KRW", "individuals|retail investors|" + KS,
      basis="net sellers"),
    m(FLOW + "|institutional_net_flow|institutional_net_selling", -42.5e9, "KRW",
      "institutions|institutional investors|" + KS, basis="net sellers"),
] + [x for c, chg, px in movers11 for x in (m(PC, chg, "%", c), m(PX, px, "KRW", c))] + [
    m(PX, 1400000, "KRW", "Samsung Electronics|Samsung Electronics Co|Samsung", opt=True,
      basis="mark topped for the first time in 13 months"),
    m("fx_rate|exchange_rate", 1156.20, "KRW", WON, basis="won per US dollar; close"),
    m("fx_change|currency_change|exchange_rate_change", 6.10, "KRW", WON,
      basis="won up from the previous session's close; fifth straight day of gains"),
    m("yield_change|bond_yield_change", -2.7, "bp", T3),
    m("bond_yield|yield", 1.378, "%", T3),
    m("yield_change|bond_yield_change", -2.5, "bp", T5),
    m("bond_yield|yield", 1.469, "%", T5),
], [])

# ---------------------------------------------------------------- en12 Malaysian palm oil at a one-month high (Business Recorder, brecorder.com; a Monday in February, no year printed): April contract +1.2% to 2,543 ringgit ($645.92) a tonne, earlier 2,555 ringgit; 38,579 lots; MPOB January exports +6% to 1.5 million tonnes, stocks -7% (nearly) to 2.5 million tonnes, production -13.5% to 1.6 million tonnes; February 1-10 shipments +15% (nearly, Intertek Testing Services) and +10.6% (SGS); CBOT March soyabean oil +1%, Dalian May soyabean oil +0.1%, Dalian May palm oil +1.1% (%, MYR, USD, lots, tonnes)
# A palm-oil market report (news25 en12 had an October palm-oil day from another brecorder.com page, news41 en11 and
# news49 en08 Malaysian palm-oil statistics; "2,543", "2,555", "38,579", "645.92" and the January MPOB figures appear in
# no earlier text; this brecorder.com address in no source list — other brecorder.com pages are). Of the kind's
# elements the page prints ringgit a tonne, the moves, stocks and exports. Whole as stored apart from the closing
# "Comments" / "Comments are closed." furniture. No headline in the stored text (none added; the address slug is not
# page text). Quotes: the Kuala Lumpur futures trader's quoted sentence as reported speech (no figure). Kept as
# printed: "($645.92)", "a tonne", "lots of 25 tonnes each", "February 1-10", "month on month", "soyabean oil",
# "Societe Generale de Surveillance" without the accent.
# Periods: none (see the header).
# Decided (news25 en12): the benchmark April contract's +1.2 % and 2,543 ringgit a tonne key (MYR), the "($645.92)"
# conversion optional; the earlier touch of 2,555 ringgit key as a printed intraday high (news74 en12); the volume
# 38,579 lots key. MPOB's January exports +6 % and 1.5 million tonnes key; stockpiles "down by nearly 7 percent ... to
# 2.5 million tonnes" key (-7 %, "nearly" in the basis) and the level key; production -13.5 % and 1.6 million tonnes key
# — all keyed on Malaysia (the month in the basis). The cargo surveyors' February 1-10 shipment rises (nearly 15 % from
# Intertek Testing Services, 10.6 % from Societe Generale de Surveillance) two key rows told apart by the surveyor.
# Related oils: each contract's % move key on its own contract.
PO = "palm oil|Malaysian palm oil futures|benchmark palm oil contract|Bursa Malaysia palm oil|FCPO"
MYP = "Malaysia|Malaysian palm oil|Malaysian palm oil products|palm oil"
G["en12"] = ([
    m("price_change|futures_price_change", 1.2, "%", PO, basis="April delivery; biggest daily gain in two weeks"),
    m("price|futures_price|settlement_price", 2543, "MYR", PO, basis="April delivery; per tonne; close"),
    m("price|futures_price|settlement_price", 645.92, "USD", PO, opt=True, basis="April delivery; per tonne; conversion"),
    m("intraday_high|price|futures_price", 2555, "MYR", PO, basis="touched earlier; highest since January 15"),
    m("trading_volume|volume", 38579, "lots", PO),
    m("exports_growth|export_growth", 6, "%", MYP, basis="January; from the previous month; MPOB"),
    m("exports|palm_oil_exports", 1.5e6, "tonnes", MYP, basis="January; MPOB"),
    m("inventories_change|stocks_change|stockpiles_change", -7, "%", MYP, basis="nearly; month on month; January; MPOB"),
    m("inventories|stocks|stockpiles|palm_oil_stocks", 2.5e6, "tonnes", MYP, basis="January; MPOB"),
    m("production_change|output_change|production_growth", -13.5, "%", MYP, basis="January; MPOB"),
    m("production|output", 1.6e6, "tonnes", MYP, basis="January; MPOB"),
    m("exports_growth|export_growth|shipments_growth", 15, "%", MYP,
      basis="nearly; February 1-10 from the same period last month; Intertek Testing Services"),
    m("exports_growth|export_growth|shipments_growth", 10.6, "%", MYP,
      basis="February 1-10; Societe Generale de Surveillance"),
    m("price_change|futures_price_change", 1, "%",
      "Chicago soyabean oil|CBOT soyoil|soyabean oil|soybean oil|Chicago Board of Trade soyabean oil",
      basis="March contract"),
    m("price_change|futures_price_change", 0.1, "%", "Dalian soyabean oil|Dalian soyoil|Dalian Commodity Exchange",
      basis="May contract"),
    m("price_change|futures_price_change", 1.1, "%", "Dalian palm oil|Dalian Commodity Exchange palm oil",
      basis="May contract"),
], [])
