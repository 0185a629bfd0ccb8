# Hand-written gold labels for news54/en en01-en06 (batch a: US company and market news in English — a US insurer's
# quarter with premiums and the combined ratio, a US homebuilder's quarter with orders, backlog and margins, a US
# chipmaker's quarter with segment revenue and gross-margin guidance, a US jobs report with revisions and the
# unemployment rate, a US Treasury auction and bond-market report with yields and bid-to-cover ratios, a US takeover
# with the per-share price, premium and deal value). Read from texts/enNN.txt only; no extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or
# docs/ was opened, no gold.jsonl was read (only the "unit" values of the earlier sets were grepped, to reuse their
# count nouns), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news53/en/README.md, with the labels of news52/en (batch a) as the model: values fully scaled ("$7.06 billion" ->
# 7.06e9 USD, "$161 million" -> 161e6 USD, "92 cents" -> 0.92 USD, "6 cents" -> 0.06 USD, "8.8 million" job listings ->
# 8.8e6 jobs, "7,610" orders -> 7610 homes); declines, cuts and downward revisions negative ("fell by $161 million" ->
# -161e6, "fell 3.5 percent" -> -3.5, "(down 30%)" -> -30, "revised down by 80,000" -> -80000 jobs, "fell five basis
# points" -> -5 bp, "declined 10 bps" -> -10 bp); "$" on these US pages -> USD; bid-to-cover ratios in "x"; yields and
# probabilities in %, yield moves in bp (a restatement in percentage points optional, as the development corpus's 75 bp
# / 0.75 pp); count nouns as in the earlier sets ("homes", "jobs", "hours", "people" for jobless claims); figures in
# words labelled with their value ("five basis points" -> 5 bp, "one-tenth of an hour" -> 0.1 hours, "zero" -> 0);
# hedges kept in the basis ("as much as", "about", "approximately", "around"); a same-sentence "X, compared with /
# against / from Y" value of the same quantity is the prior and the earlier value an optional row (news36-news53), a
# figure in a clause or sentence of its own a key row without prior; a first estimate "revised ... to" a new figure is
# the prior of the revised figure (news15 en09, news52 en05); guidance "approximately C, plus or minus T" -> a key centre
# row and an optional tolerance row, no range computed (news24 en10); a printed range of forecasts as a key range (rng)
# with value None; periods only where the text states or clearly implies the year (news24; "third-quarter fiscal 2017"
# -> FY2017Q3; quarters and months printed without a year none, the span in the basis; market moves, prices, yields and
# point-in-time balances none); no broker rating action occurs in these six stories; quotes rendered as reported speech
# (the set never copies third-party sentences), their figures labelled like any other; dates ("March 2018", "Aug. 8",
# "June 2013", "since 2008", "in 2007", "in 2013"), times ("5 p.m. ET"), spans ("12 months", "six weeks", "more than a
# year", "more than a decade", "past two years", "previous 10 auctions"), ordinals ("second-largest", "seventh", "fifth"),
# counts of institutions ("22 primary dealers") and tenors ("30-year", "10-year", "three-year") not labelled.

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Travelers' first quarter (Reuters text on workcompacademy.com; Thursday April 18, 2019, no year printed beside the quarter): shares up as much as 4.2 percent to $141.52, net written premiums +3 percent to $7.06 billion, gross written premiums +6 percent in the insurance business, catastrophe losses down $161 million to $193 million, combined ratio 93.7 percent vs 95.5 percent, net investment income -3.5 percent to $582 million, net income +19 percent to $796 million or $2.99 per share (USD, %)
# A US property-casualty insurer's quarter with premiums, catastrophe losses and the combined ratio. Cut: the stored
# excerpt breaks off in the core-income sentence ("Core income was $2.83"), so the passage stops after "... in the
# quarter ended March 31.", a sentence boundary (the "$2.83" goes with the cut). The stored text has no headline (it
# opens with the menu label "Menu Close", dropped as furniture; the address slug "travelers-beats-wall-street-estimates"
# is not page text; none added). Kept as printed: "Dow-component", "Dow Jones Industrial Index" (for the Average),
# "plaintiffs lawyers" without an apostrophe; the stray space in "net investment income ," dropped. The business
# insurance head's remark was reported speech in the source already (rewritten; no figures).
# Periods: none. The quarter is "the first quarter" / "the quarter ended March 31" with no year; "levels last seen in
# March 2018" together with "a more than one-year high" lets one work out 2019, but only by arithmetic, which is not
# the year clearly stated or implied (news24).
# Decided: the intraday "rose as much as 4.2 percent to $141.52" -> key % move and key price ("as much as" in the
# basis). Net written premiums +3 % and $7.06 billion key; the 6 % rise in gross written premiums "in its insurance
# business" key on the business with the company among the alternatives. Catastrophe losses "fell by $161 million to
# $193 million" -> a key -161e6 change and a key level (no earlier level printed: the $354 million it implies is not
# written, none computed). The combined ratio "of 93.7 percent, compared with 95.5 percent a year earlier" -> key with
# prior and an optional earlier row; the explanatory "below 100 percent" threshold optional. Net investment income
# -3.5 % and $582 million key; net income +19 %, $796 million and $2.99 per share key.
TRV = "Travelers|Travelers Companies|Travelers Companies Inc|The Travelers Companies|Travelers Cos|TRV"
G["en01"] = ([
    m(PC, 4.2, "%", TRV, basis="as much as; intraday; more than one-year high"),
    m(PX, 141.52, "USD", TRV, basis="as much as; intraday"),
    m("net_written_premiums_growth|premiums_growth|nwp_growth", 3, "%", TRV, basis="first quarter"),
    m("net_written_premiums|nwp|premiums_written", 7.06e9, "USD", TRV, basis="first quarter"),
    m("gross_written_premiums_growth|premiums_growth|gwp_growth", 6, "%",
      "insurance business|business insurance|Travelers insurance business|" + TRV, basis="first quarter"),
    m("catastrophe_losses_change|catastrophe_losses|cat_losses_change", -161e6, "USD", TRV,
      basis="net of reinsurance; fell by"),
    m("catastrophe_losses|cat_losses", 193e6, "USD", TRV, basis="net of reinsurance; first quarter"),
    m("combined_ratio", 93.7, "%", TRV, prior=95.5, basis="first quarter"),
    m("combined_ratio", 95.5, "%", TRV, opt=True, basis="a year earlier"),
    m("combined_ratio_threshold|combined_ratio", 100, "%", "insurers|" + TRV, opt=True,
      basis="explanatory: a ratio below 100 percent"),
    m("net_investment_income_growth|nii_growth|net_investment_income_change", -3.5, "%", TRV),
    m("net_investment_income|nii", 582e6, "USD", TRV),
    m("net_income_growth|net_profit_growth", 19, "%", TRV, basis="quarter ended March 31"),
    m("net_income|net_profit", 796e6, "USD", TRV, basis="quarter ended March 31"),
    m("eps|earnings_per_share", 2.99, "USD", TRV, basis="quarter ended March 31"),
], [])

# ---------------------------------------------------------------- en02 Lennar's third quarter of fiscal 2017 (Zacks text on netgrafika.com; Tuesday September 19, 2017, no date printed): adjusted EPS $1.06 vs $1.01 a year ago, 5% above both it and the Zacks consensus; revenues $3.26 billion vs the $3.22 billion consensus (+1.3%), +15%; homebuilding +15.5% to $2.89 billion, home sales $2.85 billion (+16.6%), land sales $37.5 million (-30%); new orders +8% to 7,610, their value +14% to $2.9 billion; deliveries +12% to 7,598; ASP $376,000 (+3.6%); backlog +10% to 10,212 homes, value +18% to $4.1 billion; gross margin +20 bps to 22.8% with $10.3 million of insurance recoveries worth 30 bps; SG&A -10 bps to 9.2% from 9.3% (USD, %, bp, homes)
# A US homebuilder's quarter with orders, deliveries, backlog and margins. Cut: the stored excerpt breaks off inside
# the SG&A explanation ("The improvement was due to enhanced operating leverage as "), so the passage stops after "...
# to 9.2% from 9.3% a year ago.", a sentence boundary. The stored text has no headline (the address slug
# "lennar-len-q3-earnings-top-home-sales-gross-margin-grows" is not page text; none added). Dropped as furniture: the
# chart caption and its link line ("Lennar Corporation Price, Consensus and EPS Surprise" / "Lennar Corporation Price,
# Consensus and EPS Surprise | Lennar Corporation Quote"). Kept as page text: "(LEN – Free Report)", the crossheads
# "Segment Details" and "Margins" and the run-in label "Homebuilding:". Kept as printed: EPS "surpassed both the Zacks
# Consensus Estimate and the year-ago level of $1.01 by 5%" (the consensus figure itself not printed), the 20-bp margin
# gain "because" of recoveries worth 30 bps, "barring Central" (rendered "except Central"). No quotes.
# Periods: "third-quarter fiscal 2017" -> FY2017Q3 for the quarter's results, growth rates, orders, deliveries, margins
# and the insurance recoveries; the year-ago EPS and SG&A ratio FY2016Q3. The backlog (homes and value, a point-in-time
# balance at quarter end) and its growth take none (news52 batch b: point-in-time balances none).
# Decided: adjusted EPS $1.06 with the same-sentence year-ago $1.01 as prior (optional FY2016Q3 row); the "by 5%" beat
# one key row (the text gives one percentage for both comparisons). Revenues, the Zacks consensus, the 1.3% beat and the
# 15% growth key. Homebuilding segment revenue, home sales and land sales key on the segment with Lennar among the
# alternatives, the bracketed "(up 16.6% ...)" and "(down 30%)" key growth rows (the land-sales fall negative). Orders
# and deliveries in "homes" (the unit of the backlog sentence, "homes delivered"); the value of net orders, ASP,
# backlog homes and value and their growth rates key. "Gross margin ... improved 20 basis points (bps) to 22.8%" -> key
# +20 bp and key 22.8 %; "insurance recoveries of $10.3 million positively impacted gross margin by 30 bps" -> key
# amount and key +30 bp effect, both as printed. SG&A "declined 10 bps to 9.2% from 9.3% a year ago" -> key -10 bp and
# key 9.2 % with prior 9.3 (optional FY2016Q3 row).
LEN = "Lennar|Lennar Corporation|Lennar Corp|Lennar Corp.|LEN"
HB = "Homebuilding|homebuilding segment|Lennar Homebuilding|" + LEN
Q, Q0 = "FY2017Q3", "FY2016Q3"
G["en02"] = ([
    m("adjusted_eps|eps|adjusted_earnings_per_share", 1.06, "USD", LEN, Q, prior=1.01, basis="adjusted"),
    m("adjusted_eps|eps|adjusted_earnings_per_share", 1.01, "USD", LEN, Q0, opt=True, basis="adjusted; year-ago level"),
    m("eps_surprise|eps_beat|eps_growth", 5, "%", LEN, Q,
      basis="above both the Zacks Consensus Estimate and the year-ago level"),
    m("revenue|total_revenues|total_revenue", 3.26e9, "USD", LEN, Q),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 3.22e9, "USD", LEN, Q, basis="Zacks Consensus Estimate"),
    m("revenue_surprise|revenue_beat", 1.3, "%", LEN, Q, basis="above the Zacks Consensus Estimate"),
    m("revenue_growth", 15, "%", LEN, Q, basis="year over year"),
    m("segment_revenue_growth|revenue_growth", 15.5, "%", HB, Q, basis="year over year"),
    m("segment_revenue|revenue", 2.89e9, "USD", HB, Q),
    m("home_sales_revenue|home_sales|revenue", 2.85e9, "USD", HB, Q),
    m("home_sales_revenue_growth|home_sales_growth|revenue_growth", 16.6, "%", HB, Q, basis="year over year"),
    m("land_sales_revenue|land_sales|revenue", 37.5e6, "USD", HB, Q),
    m("land_sales_revenue_growth|land_sales_growth|revenue_growth", -30, "%", HB, Q),
    m("new_orders_growth|net_orders_growth|orders_growth", 8, "%", LEN, Q, basis="year over year"),
    m("new_orders|net_orders|new_home_orders", 7610, "homes", LEN, Q),
    m("net_orders_value_growth|orders_value_growth|new_orders_value_growth", 14, "%", LEN, Q, basis="year over year"),
    m("net_orders_value|orders_value|new_orders_value", 2.9e9, "USD", LEN, Q, basis="potential value of net orders"),
    m("deliveries_growth|home_deliveries_growth", 12, "%", LEN, Q, basis="year over year"),
    m("deliveries|home_deliveries|homes_delivered", 7598, "homes", LEN, Q),
    m("average_selling_price|asp", 376000, "USD", LEN, Q, basis="homes delivered"),
    m("average_selling_price_growth|asp_growth|asp_change", 3.6, "%", LEN, Q, basis="year over year"),
    m("backlog_growth|backlog_units_growth", 10, "%", LEN, basis="year over year; homes"),
    m("backlog|backlog_units|backlog_homes", 10212, "homes", LEN),
    m("backlog_value_growth|backlog_growth", 18, "%", LEN, basis="potential housing revenues from backlog"),
    m("backlog_value|potential_housing_revenues_from_backlog", 4.1e9, "USD", LEN),
    m("gross_margin_change|home_sales_gross_margin_change", 20, "bp", LEN, Q, basis="gross margin on home sales"),
    m("gross_margin|home_sales_gross_margin", 22.8, "%", LEN, Q, basis="gross margin on home sales"),
    m("insurance_recoveries|insurance_recovery", 10.3e6, "USD", LEN, Q),
    m("gross_margin_impact|insurance_recoveries_impact|gross_margin_change", 30, "bp", LEN, Q,
      basis="effect of the insurance recoveries"),
    m("sga_ratio_change|sga_change|sga_percentage_change", -10, "bp", LEN, Q, basis="as a percentage of home sales"),
    m("sga_ratio|sga_percentage|sga_as_pct_of_home_sales", 9.2, "%", LEN, Q, prior=9.3,
      basis="as a percentage of home sales"),
    m("sga_ratio|sga_percentage|sga_as_pct_of_home_sales", 9.3, "%", LEN, Q0, opt=True, basis="a year ago"),
], [])

# ---------------------------------------------------------------- en03 AMD's third quarter with its fourth-quarter outlook (Benzinga text on ttm.financial; Tuesday October 29, 2024, no year printed): revenue $6.8 billion vs the $6.71 billion estimate, earnings 92 cents in line, revenue +18%; Data Center $3.5 billion (+122%), Client $1.9 billion (+29%), Gaming -69% to $462 million, Embedded -25% to $927 million and +8% q/q; Q4 revenue approximately $7.5 billion plus or minus $300 million, +22% at the midpoint, adjusted gross margin approximately 54%; shares -6.61% after hours at $155.01 (USD, %)
# A US chipmaker's quarter with segment revenue and next-quarter revenue and gross-margin guidance. Whole as stored
# (page furniture aside). The stored text has no headline (it opens with its first paragraph; none added). Dropped as
# furniture: the related-story line ("Check This Out: AMD Q3 Earnings On Deck: Mixed Signals On Charts As AI, Server
# Gains Take Focus"), the "Read Next:" block with its link ("Gold Hits Record Highs, Defies Market Gravity: ...") and
# the photo credit the stored page breaks off inside ("Photo: courtes"). Kept as page text: the run-in labels "Q3
# Earnings:", "Outlook:" and "AMD Price Action:" and "(NASDAQ:AMD)". The CEO's two quoted paragraphs and the quoted
# phrase on embedded demand are rendered as reported speech (no figures).
# Periods: none ("third-quarter", "fourth quarter", "Tuesday" print no year).
# Decided: revenue and the analyst estimate key; "earnings of 92 cents, in line with analyst estimates" -> a key EPS
# row (the estimate is not printed as a figure: no consensus row). Total revenue +18 % key. Segments are entities of
# their own with AMD among the alternatives: each level and its y/y change key (Gaming and Embedded falls negative),
# Embedded's +8 % quarter-over-quarter key. Outlook: "approximately $7.5 billion, plus or minus $300 million" -> the
# centre key and the tolerance optional (news24 en10; no range computed); "growth of 22% at the midpoint" key; adjusted
# gross margin "approximately 54%" key, and since it is "in line with third-quarter adjusted gross margin", an optional
# third-quarter 54 % row (no figure of its own printed). After-hours -6.61 % and $155.01 key.
AMD_ = "AMD|Advanced Micro Devices|Advanced Micro Devices Inc|Advanced Micro Devices, Inc."
DC = "Data Center|AMD Data Center|Data Center segment|" + AMD_
CL = "Client|AMD Client|Client segment|" + AMD_
GMG = "Gaming|AMD Gaming|Gaming segment|" + AMD_
EMB = "Embedded|AMD Embedded|Embedded segment|" + AMD_
SRV = "segment_revenue|revenue"
SRG = "segment_revenue_growth|revenue_growth"
G["en03"] = ([
    m("revenue", 6.8e9, "USD", AMD_, basis="third quarter"),
    m("revenue_estimate|revenue_consensus", 6.71e9, "USD", AMD_, basis="analyst estimates; third quarter"),
    m("eps|adjusted_eps|earnings_per_share", 0.92, "USD", AMD_, basis="92 cents; in line with analyst estimates"),
    m("revenue_growth", 18, "%", AMD_, basis="year-over-year"),
    m(SRV, 3.5e9, "USD", DC),
    m(SRG, 122, "%", DC, basis="year-over-year"),
    m(SRV, 1.9e9, "USD", CL),
    m(SRG, 29, "%", CL, basis="year-over-year"),
    m(SRG, -69, "%", GMG, basis="year-over-year"),
    m(SRV, 462e6, "USD", GMG),
    m(SRG, -25, "%", EMB, basis="year-over-year"),
    m(SRV, 927e6, "USD", EMB),
    m(SRG, 8, "%", EMB, basis="quarter-over-quarter"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 7.5e9, "USD", AMD_, basis="approximately; fourth quarter"),
    m("guidance_revenue_tolerance|revenue_guidance_range_width", 300e6, "USD", AMD_, opt=True,
      basis="plus or minus; fourth quarter"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_forecast", 22, "%", AMD_,
      basis="year-over-year at the midpoint; fourth quarter"),
    m("guidance_gross_margin|gross_margin_guidance|guidance_adjusted_gross_margin", 54, "%", AMD_,
      basis="adjusted; approximately; fourth quarter"),
    m("adjusted_gross_margin|gross_margin", 54, "%", AMD_, opt=True,
      basis="third quarter; implied by 'in line with' (no figure of its own)"),
    m(PC, -6.61, "%", AMD_, basis="after-hours"),
    m(PX, 155.01, "USD", AMD_, basis="after-hours; at the time of publication"),
], [])

# ---------------------------------------------------------------- en04 US August jobs report with revisions (Breitbart text on conservativenewsbriefing.com; Friday September 1, 2023, no year printed): payrolls +187,000, unemployment 3.8 percent; July revised to 157,000 from 187,000 (its preliminary jobless rate 3.5 percent), June revised down by 80,000 to 105,000, 12-month average 271,000; forecast around 170,000 (Econoday range 40,000-190,000); participation +0.2 pp to 62.8 percent; workweek +0.1 hour to 34.4, manufacturing 40.1 with overtime -0.1 to 3.0, production and nonsupervisory +0.1 to 33.8; AHE +0.2 percent to $33.82, +4.3 percent over 12 months, nonsupervisory +6 cents (0.2 percent) to $29.00; job listings 8.8 million; claims -4,000 to 227,000, four-week average +250 to 237,500 (jobs, %, pp, hours, USD, people)
# A US monthly jobs report with revisions, the unemployment rate, hours and earnings, and the week's other labour data.
# Cut: the stored excerpt breaks off in the ADP sentence ("A report released Tuesday by payroll processor ADP suggested
# a"), so the passage stops after the claims sentence ("... rose by 250 to 237,500."), a sentence boundary. The stored
# text has no headline (the address slug "unemployment-jumps-to-3-8-in-august-187000-jobs-added" is not page text; none
# added). Kept as printed: "the Department of Labor" beside "the Labor Department", the same 187,000 for August's gain
# and July's first estimate, "one-tenth of an hour" beside "0.1 hour", "3.0 hours" and "$29.00" with their decimals,
# "the fifth month in a row" (rendered "the fifth straight month"). No quotes.
# Periods: none (the months are printed without a year; the month is in the basis).
# Decided: August payrolls (187,000) and the unemployment rate (3.8 %) key. July's preliminary 187,000 "revised ...
# down to show the economy added just 157,000" -> key 157,000 with the first estimate as prior and an optional
# first-estimate row (news15 en09); July's preliminary unemployment rate 3.5 % a key row of its own (it was not revised,
# and it is no prior of August's rate: no "from" ties them). June "revised down by 80,000 to 105,000" -> a key -80,000
# revision and a key 105,000 (the earlier 185,000 is not printed; none computed). The 12-month average 271,000 key.
# Economists' "around 170,000" a key consensus row and the Econoday survey's "from 40,000 to 190,000" a key range of
# forecasts. Participation "rose 0.2 percentage points to 62.8 percent" -> key +0.2 pp and key 62.8 %. Hours: each
# change and level key (unit "hours"), manufacturing and production-and-nonsupervisory employees their own entities
# with the US among the alternatives; "held steady at 40.1 hours" prints no change figure (no 0 row). Earnings: the
# all-employee +0.2 % and $33.82 key, the 12-month +4.3 % key; the nonsupervisory +6 cents (0.06 USD), +0.2 % and
# $29.00 key. Job listings 8.8 million key ("jobs"); jobless claims -4,000 and 227,000, the four-week average +250 and
# 237,500 key (unit "people", a count noun of the earlier sets; claims are filed by people).
US = "US|U.S.|United States|US economy|U.S. economy|American economy"
MF = "manufacturing|US manufacturing|" + US
PNS = "production and nonsupervisory employees|private-sector nonsupervisory and production employees|" + US
NFP = "nonfarm_payrolls|payrolls|jobs_added|employment_change"
UR = "unemployment_rate|jobless_rate"
AWH = "average_weekly_hours|workweek|average_workweek"
AWHC = "average_weekly_hours_change|workweek_change|average_workweek_change"
AHE = "average_hourly_earnings|ahe|hourly_earnings"
AHEG = "average_hourly_earnings_growth|wage_growth|ahe_mom|ahe_growth"
G["en04"] = ([
    m(NFP, 187000, "jobs", US, basis="August"),
    m(UR, 3.8, "%", US, basis="August"),
    m(NFP, 157000, "jobs", US, prior=187000, basis="July, revised down"),
    m(NFP, 187000, "jobs", US, opt=True, basis="July, preliminary report"),
    m(UR, 3.5, "%", US, basis="July, preliminary report"),
    m("payrolls_revision|revision|net_revision", -80000, "jobs", US, basis="June, revised down by"),
    m(NFP, 105000, "jobs", US, basis="June, revised"),
    m("average_monthly_payrolls|payrolls_average|average_job_growth", 271000, "jobs", US,
      basis="average per month over the prior 12 months"),
    m("payrolls_consensus|payrolls_estimate|payrolls_forecast", 170000, "jobs", US, basis="around; economists"),
    m("payrolls_forecast_range|payrolls_estimate|payrolls_consensus", None, "jobs", US, rng=(40000, 190000),
      basis="range of forecasts, Econoday survey"),
    m("participation_rate_change|labor_force_participation_rate_change", 0.2, "pp", US, basis="August"),
    m("labor_force_participation_rate|participation_rate", 62.8, "%", US, basis="August"),
    m(AWHC, 0.1, "hours", US, basis="one-tenth of an hour"),
    m(AWH, 34.4, "hours", US),
    m(AWH, 40.1, "hours", MF, basis="held steady"),
    m("overtime_hours_change|overtime_change", -0.1, "hours", MF),
    m("overtime_hours|overtime", 3.0, "hours", MF),
    m(AWHC, 0.1, "hours", PNS),
    m(AWH, 33.8, "hours", PNS),
    m(AHEG, 0.2, "%", US, basis="m/m"),
    m(AHE, 33.82, "USD", US),
    m("average_hourly_earnings_growth_yoy|wage_growth|ahe_yoy|" + AHEG, 4.3, "%", US, basis="past 12 months"),
    m("average_hourly_earnings_change|ahe_change|wage_change", 0.06, "USD", PNS, basis="6 cents"),
    m(AHEG, 0.2, "%", PNS, basis="m/m"),
    m(AHE, 29.00, "USD", PNS),
    m("job_openings|job_listings", 8.8e6, "jobs", US, basis="last day in July"),
    m("jobless_claims_change|initial_claims_change|claims_change", -4000, "people", US, basis="last week"),
    m("jobless_claims|initial_claims", 227000, "people", US, basis="last week"),
    m("jobless_claims_4wk_avg_change|claims_average_change|four_week_average_change", 250, "people", US),
    m("jobless_claims_4wk_avg|claims_four_week_average|four_week_average", 237500, "people", US),
], [])

# ---------------------------------------------------------------- en05 Treasury auctions and bond market (Bloomberg text on newsmax.com; Thursday August 14, 2014, no year printed): 10-year note bid-to-cover 2.83 and 30-year bond 2.6, both above the previous 10 auctions' averages; 30-year yield -5 bp (0.05 percentage point) to 3.19 percent, its Aug. 8 low 3.18 percent; 10-year yield -2 bp to 2.40 percent; chance of a rate increase by June 35 percent from 51 percent; Fed range zero to 0.25 percent; jobless claims 311,000 (x, bp, pp, %, people)
# A US Treasury auction and bond-market report with bid-to-cover ratios, yield moves, rate-futures pricing and the data
# behind them. Cut: the stored excerpt breaks off in the long-bond sale sentence ("The $16 billion long-bond sale
# Thursday yielded 3.224 percent, compared with a forecast of 3.256 percen"), so the passage stops after the retail
# sales sentence ("... in the weakest performance in six months."), a sentence boundary (the "$16 billion", "3.224
# percent" and "3.256" go with the cut). The stored text has no headline (the address slug
# "bidders-long-term-debt-treasury" is not page text; none added). Kept as page text: the crosshead "Rate Bets". Kept as
# printed: "30- and 10-year", the bid-to-cover ratio printed as "2.83 times more bids" and "2.6 times more", "Treasurys"
# beside "Treasury", "zero to 0.25 percent", "one of 22 primary dealers". The strategist's two quoted sentences are
# rendered as reported speech (no figures).
# Periods: none (a market report; "Aug. 8", "July 31", "June", "July" print no year; "since June 2013" and "since 2008"
# are dates).
# Decided: the two bid-to-cover ratios key in "x" on each security (the "times more" wording in the basis); "above the
# averages at the previous 10 auctions" prints no average figure (none). The 30-year yield "dropped five basis points,
# or 0.05 percentage point, to 3.19 percent" -> key -5 bp, the pp restatement optional, key 3.19 %; "touched 3.18
# percent on Aug. 8, the lowest level since June 2013" a key level of its own (a recent low in a market report, not
# historic trivia). The 10-year yield -2 bp and 2.40 % key. The probability of a rate increase by June "declined to 35
# percent, from a 51 percent chance on July 31" -> key 35 % with prior 51 and an optional earlier row. The Fed's range
# "of zero to 0.25 percent" a key range (0, 0.25). Jobless claims 311,000 key ("people"). Not labelled: "more than a
# year", "previous 10 auctions", "22 primary dealers" (a count of institutions), "six weeks", "six months".
T30 = "30-year bond|30-year Treasury bond|30-year Treasury|US 30-year Treasury|long bond|30-year securities"
T10 = "10-year note|10-year Treasury note|10-year Treasury|US 10-year Treasury|benchmark 10-year note"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
Y = "yield|bond_yield|treasury_yield"
YC = "yield_change|bond_yield_change"
FED = "Federal Reserve|Fed|US Federal Reserve|central bank"
G["en05"] = ([
    m(BTC, 2.83, "x", T10, basis="2.83 times more bids than the amount of debt sold; this week's auction"),
    m(BTC, 2.6, "x", T30, basis="2.6 times more; this week's auction"),
    m(YC, -5, "bp", T30, basis="five basis points; Thursday"),
    m(YC + "|yield_change_pp", -0.05, "pp", T30, opt=True, basis="the same move restated in percentage points"),
    m(Y, 3.19, "%", T30, basis="Thursday, New York"),
    m(Y, 3.18, "%", T30, basis="touched on Aug. 8; lowest since June 2013"),
    m(YC, -2, "bp", T10, basis="two basis points"),
    m(Y, 2.40, "%", T10),
    m("rate_hike_probability|probability|rate_increase_probability", 35, "%", FED, prior=51,
      basis="benchmark rate raised by June; futures trading"),
    m("rate_hike_probability|probability|rate_increase_probability", 51, "%", FED, opt=True, basis="July 31"),
    m("fed_funds_target_range|policy_rate|benchmark_rate|target_range", None, "%", FED, rng=(0, 0.25),
      basis="held since 2008"),
    m("jobless_claims|initial_claims", 311000, "people", "US|U.S.|United States", basis="last week; highest in six weeks"),
], [])

# ---------------------------------------------------------------- en06 Amazon's all-cash purchase of Whole Foods Market (Los Angeles Times text on the San Diego Union-Tribune, sandiegouniontribune.com; Friday June 16, 2017, no year printed beside the deal): about $13.7 billion including debt, $42 a share, a 27% premium to the $33.06 Thursday close; Whole Foods +26.8% to $41.91, Amazon +3.4% to $996.91 (USD, %)
# A US takeover with the per-share price, the premium, the deal value and both share moves. Cut: the stored excerpt
# breaks off mid-word after the grocery-industry publisher's remarks ("The grocery market is a place where Amazon's
# competitors, such as T"), so the passage stops after his second quoted sentence, a sentence boundary. The stored text
# has no headline (it opens with the store's date line "date 2017-06-16", not page text; none added). Kept as printed:
# "Amazon.com Inc." and "Whole Foods Market Inc." in the lead, "AmazonFresh", "the Shelby Report". Mackey's quoted
# statement and Ron Johnston's two quoted passages are rendered as reported speech (no figures).
# Periods: none ("the second half of this year" prints no year; "in 2007" and "in 2013" are dates of launches).
# Decided: the deal value "about $13.7 billion, including the high-end grocery chain's debt" key on the target with the
# buyer among the alternatives (hedge and "including debt" in the basis); $42 a share, the 27% premium and the $33.06
# Thursday close key on Whole Foods; each company's early-trading % move and price key. Not labelled: "2007", "2013"
# (dates), "more than a decade" (a span).
WFM = "Whole Foods|Whole Foods Market|Whole Foods Market Inc.|WFM"
AMZN = "Amazon|Amazon.com|Amazon.com Inc.|AMZN"
G["en06"] = ([
    m("deal_value|acquisition_price|transaction_value", 13.7e9, "USD", WFM + "|" + AMZN,
      basis="about; all-cash; including debt"),
    m("offer_price|offer_price_per_share|price_per_share", 42, "USD", WFM, basis="a share, all cash"),
    m("premium|offer_premium", 27, "%", WFM, basis="over the Thursday close"),
    m("close_price|share_price|price", 33.06, "USD", WFM, basis="Thursday close"),
    m(PC, 26.8, "%", WFM, basis="early trading Friday"),
    m(PX, 41.91, "USD", WFM, basis="early trading Friday"),
    m(PC, 3.4, "%", AMZN, basis="early trading Friday"),
    m(PX, 996.91, "USD", AMZN, basis="early trading Friday"),
], [])
