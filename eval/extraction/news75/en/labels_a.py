# Hand-written gold labels for news75/en en01-en06 (batch a: English news from the US, Canada and Europe — AMD's first
# fiscal quarter with adjusted EPS and revenue against the estimates, the next quarter's sales and gross-margin outlook
# against Wall Street's figures, net income and diluted EPS against a year earlier and its segments' revenue and growth;
# GEA Group's full year in euros with EBIT, EBITDA (each also before restructuring expenses), net profit, EPS, revenue and
# organic growth against the previous year, the proposed dividend and the fiscal-2024 organic-growth outlook; the US
# November payrolls release with the Econoday consensus, the revised October and September gains, wages, the
# unemployment rate, participation and the ADP count; Bank of Montreal's fiscal first quarter in Canadian dollars with
# profit, EPS and adjusted EPS against Refinitiv, provisions for credit losses, the unchanged quarterly dividend, four
# divisions' profits and the CET1 ratio; Alcon's New York IPO and first day (range, price, shares, proceeds, over-
# allotment, Nestle's stake) beside the Travelers offering waiting to price; and six brokers' calls on Danone, targets
# in euros, with the MarketBeat consensus and the stock's statistics).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news74/en/README.md, with: news74 en01 / news73 en01 / news54 en03 (a US tech quarter against the estimates: actual and
# consensus rows key, the current-quarter outlook and the Street's figures for it key, the after-hours move key),
# news73 b en08 / news74 en01 ("X, compared to Y a year earlier" -> key with prior plus an optional year-earlier row),
# news69 en02 / news74 en02 (a European company's year with the previous year's figures as priors plus optional
# earlier rows; the organic measure key; an outlook range with rng), news58 en03 / news54 en04 / news2 en23 (a US payrolls
# release: no year printed -> no periods, a revised month "to X from Y" key with the first estimate as prior plus an
# optional first-estimate row, the poll as key consensus rows), news56 en01 / news61 en02 (a Canadian bank's quarter from
# the Globe and Mail: "$" -> CAD, hyphenated amounts, no year printed -> no periods, CET1 key, divisions keyed on
# the division with the bank among the alternatives), news40 en12 / news14 en05 / news69 en05 (an IPO: range, price,
# shares, proceeds, over-allotment and the first-day move key), news69 en06 / news19 en07 (a MarketBeat-style broker
# round: each dated broker action key, the consensus target key, analyst counts and stock boilerplate optional).
# Currencies: en01 "$" -> USD; en02 "euros" / "euro" -> EUR; en03 none (jobs, %); en04 "$" -> CAD (a Canadian bank in
# the Globe and Mail, as news56 en01); en05 "$" -> USD; en06 "€" -> EUR (targets), "$" -> USD (the bracketed target
# conversions, the consensus target, the ADR's price and statistics on the OTC market).
# Scaling: values fully scaled ("$7.44 billion" -> 7.44e9, "$800 million" -> 800e6, "519.7 million euros" -> 519.7e6,
# "5.374 billion euros" -> 5.374e9, "266,000" -> 266000, "$156-million" -> 156e6, "$2-billion" -> 2e9, "69.75 million
# shares" -> 69.75e6, "968,214" -> 968214); declines negative ("fell 30%" -> -30, "decline 3%" -> -3, "a decrease of 55
# per cent" -> -55, "traded down $0.23" -> -0.23); hedges in the basis ("over", "approximately", "about").
# Periods decided: en01 "first fiscal quarter" / "the quarter ending March 29" / "the current quarter" print no year ->
# none (the quarter in the basis); only "AI GPU sales reaching $5 billion in fiscal 2024" carries FY2024. en02 the
# reported "full year" is the year before "Looking forward to fiscal 2024" (the outlook year follows the reported one, as
# news73 en01 dated its quarter by the text's other year) -> 2023 for the year's figures and 2022 for "the previous year"
# / "last year" / "a year ago"; the dividend proposed with the results -> 2023 (news74 en02); the outlook FY2024. en03
# no year printed ("November", "October", "September", "Dec. 4", "May") -> none, the month in the basis. en04 "the
# fiscal first quarter" / "the three months that ended Jan. 31" print no year (the pandemic dates the story only by world
# knowledge, news56 en01) -> none. en05 no year printed ("Thursday", "late Wednesday", "the year's biggest IPO so far")
# -> none. en06 dated broker notes ("Monday, March 14th" ...) print no year -> none.
# Not labelled: dates and days ("March 29", "Jan. 31", "Dec. 4", "March 14th", "February 3rd", "Thursday"), tickers and
# exchange codes ("AMD", "GEAGF.PK", "ACL", "TAP.A", "OTCMKTS:DANOY"), ordinals and ranks ("second-largest",
# "fourth-largest", "the first of Canada's Bix Six banks", "the world's largest", "the largest insurance IPO ever", "the
# slowest ... since May"), product names ("Zen 5", "Epyc", "Instinct"), spans in names ("50 day", "200-day", "one year"
# are carried by the metric names), consensus rating words without a broker ("Hold").

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 AMD's first fiscal quarter (GuruFocus, gurufocus.com; no year printed for the quarter): data center sales +57%; shares +over 4% after hours; $800 million export-restriction cost; adjusted EPS $0.96 vs $0.94; revenue $7.44 billion vs $7.13 billion; current-quarter sales ~$7.4 billion, gross margin 43%, Street adjusted EPS $0.86 and sales $7.25 billion; net income $709 million ($123 million), diluted EPS $0.44 ($0.07); revenue +36%; AI GPU sales $5 billion in fiscal 2024; data center $3.7 billion; client and gaming +28% to $2.9 billion, laptop and PC chips +68%; gaming -30%; embedded -3% to $823 million (USD, %)
# A US semiconductor company's quarter (the kind's revenue, segments' sales, a gross margin — here the outlook's —, EPS
# against estimates and guidance). Whole as stored. The stored text has no headline (it opens with the lead; the address
# slug is not page text; none added). No quotes. Kept as printed: "(AMD, Financial)" (the page's ticker tag, kept as
# the development corpus kept "(ADBE: Research, Estimates)"), "$0.96" / "$0.94" / "$0.44" / "$0.07" with their
# decimals, "over 4%", "approximately $7.4 billion", "fiscal 2024", "year-over-year".
# Periods: none, apart from FY2024 for the AI GPU sales (see the header).
# Decided (news74 en01, news73 en01, news54 en03): the data center segment's 57 % sales rise key on the segment with AMD
# among the alternatives ("surpassing expectations" prints no estimate). The after-hours rise "over 4%" key (hedge in the
# basis). The "$800 million cost due to U.S. export restrictions" key as a charge. Adjusted EPS and revenue key with the
# "expected" / "anticipated" figures as key consensus rows. The current quarter: "sales of approximately $7.4 billion
# with a gross margin of 43%" -> key guidance rows (revenue and gross margin); "Wall Street estimates an adjusted EPS of
# $0.86 and sales of $7.25 billion" -> key consensus rows for the current quarter. "Net income was $709 million, or $0.44
# per diluted share, compared to $123 million, or $0.07 per share, a year earlier" -> net income and diluted EPS key with
# the year-earlier figures as priors plus optional year-earlier rows. Revenue +36 % key. "AI GPU sales reaching $5
# billion in fiscal 2024" key (a printed fact, FY2024). Segments: data center revenue $3.7 billion key; client and gaming
# +28 % and $2.9 billion key; laptop and PC chip sales +68 % key on the client business; gaming sales -30 % key; embedded
# -3 % and $823 million key (each on its segment, AMD among the alternatives). No rating actions.
AMD = "Advanced Micro Devices|AMD|Advanced Micro Devices Inc.|AMD Inc."
DC = "data center segment|data center|AMD data center|" + AMD
CG = "client and gaming segment|client and gaming|AMD client and gaming|" + AMD
CL = "client|laptop and PC chips|PC chips|client segment|" + AMD
GM = "gaming|gaming segment|AMD gaming|" + AMD
EM = "embedded segment|embedded|AMD embedded|" + AMD
Q1, CQ = "first fiscal quarter (ending March 29)", "current quarter"
G["en01"] = ([
    m("segment_revenue_growth|revenue_growth|sales_growth|data_center_revenue_growth", 57, "%", DC,
      basis=Q1 + "; y/y; above expectations"),
    m(PC, 4, "%", AMD, basis="over; after-hours trading"),
    m("export_restriction_charge|charge|one_time_charge|inventory_charge", 800e6, "USD", AMD,
      basis="cost due to U.S. export restrictions on some AI chips"),
    m("adjusted_eps|eps", 0.96, "USD", AMD, basis="adjusted; " + Q1),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 0.94, "USD", AMD, basis="expected; " + Q1),
    m("revenue|revenues|sales", 7.44e9, "USD", AMD, basis=Q1),
    m("revenue_consensus|revenue_estimate", 7.13e9, "USD", AMD, basis="anticipated; " + Q1),
    m("guidance_revenue|revenue_guidance|guidance_sales|sales_guidance", 7.4e9, "USD", AMD,
      basis="approximately; " + CQ),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin", 43, "%", AMD, basis=CQ),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 0.86, "USD", AMD,
      basis="Wall Street estimate; " + CQ),
    m("revenue_consensus|revenue_estimate|sales_consensus", 7.25e9, "USD", AMD, basis="Wall Street estimate; " + CQ),
    m("net_income|net_profit", 709e6, "USD", AMD, prior=123e6, basis=Q1),
    m("net_income|net_profit", 123e6, "USD", AMD, opt=True, basis="a year earlier"),
    m("diluted_eps|eps", 0.44, "USD", AMD, prior=0.07, basis="per diluted share; " + Q1),
    m("diluted_eps|eps", 0.07, "USD", AMD, opt=True, basis="a year earlier"),
    m("revenue_growth|sales_growth", 36, "%", AMD, basis="year-over-year"),
    m("ai_gpu_sales|ai_gpu_revenue|gpu_sales|revenue", 5e9, "USD", AMD, "FY2024", basis="AI GPU sales, reaching"),
    m("segment_revenue|revenue|data_center_revenue", 3.7e9, "USD", DC, basis=Q1),
    m("segment_revenue_growth|revenue_growth|client_and_gaming_revenue_growth", 28, "%", CG, basis="y/y"),
    m("segment_revenue|revenue|client_and_gaming_revenue", 2.9e9, "USD", CG, basis=Q1),
    m("sales_growth|segment_revenue_growth|revenue_growth", 68, "%", CL, basis="laptop and PC chip sales"),
    m("sales_growth|segment_revenue_growth|revenue_growth|gaming_revenue_growth", -30, "%", GM,
      basis="gaming sales; lower console chip revenue"),
    m("segment_revenue_growth|revenue_growth|embedded_revenue_growth", -3, "%", EM, basis="decline"),
    m("segment_revenue|revenue|embedded_revenue", 823e6, "USD", EM, basis=Q1),
], [])

# ---------------------------------------------------------------- en02 GEA Group's full year (RTTNews via dpa-AFX on finanznachrichten.de; 2023 by the text's "Looking forward to fiscal 2024"): EBIT 519.7 (461) million euros; EBIT before restructuring 580.6 (529.1); EBITDA 713.8 (654); EBITDA before restructuring 774.3 (712); net profit 392.8 (401.4) million euros, EPS 2.28 (2.28); EPS before restructuring 2.56 (2.58); revenue +4 percent to 5.374 (5.165) billion euros, organic +8.4 percent; dividend +0.05 euros to 1.00 euro; fiscal 2024 organic growth 2-4 percent (EUR, %)
# A German company's results in euros (the kind's revenue, EBIT and EBITDA, net income, dividend and outlook). Whole as
# stored (the store's date line is not page text). The stored text has no headline (it opens with the dateline; the
# address slug is not page text; none added). No quotes. Kept as printed: the dateline "GEA (dpa-AFX) -" (the company's
# name where a city would stand), "(GEAGF.PK)", "EBIT" and "EBITDA" with their glosses, "prior year" without an article,
# "1.00 euro" (singular) beside "0.05 euros", "2 percent to 4 percent", the unchanged "2.28 euros per share" printed for
# both years.
# Periods: 2023, 2022, FY2024 (see the header).
# Decided (news69 en02, news74 en02): each "X, up from / from / compared with Y (the previous year / last year / a year
# ago)" -> the 2023 figure key with the 2022 figure as prior plus an optional 2022 row (EBIT, EBIT before restructuring
# expenses, EBITDA, EBITDA before restructuring expenses, net profit, EPS, EPS before restructuring expenses, revenue).
# EPS 2.28 with prior 2.28 (the same printed figure; no change computed). "Before restructuring expenses" in the basis
# and the metric alternatives. Revenue +4 percent key; "on an organic basis ... 8.4 percent" key as organic growth. The
# dividend "raise ... by 0.05 euros to 1.00 euro per share" -> key 1.00 EUR (proposed) and key +0.05 EUR change (the
# earlier 0.95 is not printed; none computed). "Organic revenue growth of 2 percent to 4 percent" for fiscal 2024 a key
# guidance range. The reasons for the slight profit fall carry no figure. No rating actions.
GEA = "GEA Group|GEA Group AG|GEA|GEAGF"
Y, Y0, YG = "2023", "2022", "FY2024"
BR = "before restructuring expenses"
G["en02"] = ([
    m("ebit|operating_profit", 519.7e6, "EUR", GEA, Y, prior=461e6, basis="full year"),
    m("ebit|operating_profit", 461e6, "EUR", GEA, Y0, opt=True, basis="previous year"),
    m("ebit_before_restructuring|adjusted_ebit|ebit|operating_profit", 580.6e6, "EUR", GEA, Y, prior=529.1e6, basis=BR),
    m("ebit_before_restructuring|adjusted_ebit|ebit|operating_profit", 529.1e6, "EUR", GEA, Y0, opt=True,
      basis=BR + "; last year"),
    m("ebitda", 713.8e6, "EUR", GEA, Y, prior=654e6),
    m("ebitda", 654e6, "EUR", GEA, Y0, opt=True, basis="a year ago"),
    m("ebitda_before_restructuring|adjusted_ebitda|ebitda", 774.3e6, "EUR", GEA, Y, prior=712e6, basis=BR),
    m("ebitda_before_restructuring|adjusted_ebitda|ebitda", 712e6, "EUR", GEA, Y0, opt=True, basis=BR + "; prior year"),
    m("net_profit|net_income", 392.8e6, "EUR", GEA, Y, prior=401.4e6, basis="full year; slight decrease"),
    m("net_profit|net_income", 401.4e6, "EUR", GEA, Y0, opt=True, basis="previous year"),
    m("eps|earnings_per_share", 2.28, "EUR", GEA, Y, prior=2.28, basis="full year; the same figure as the year before"),
    m("eps|earnings_per_share", 2.28, "EUR", GEA, Y0, opt=True, basis="previous year"),
    m("eps_before_restructuring|adjusted_eps|eps", 2.56, "EUR", GEA, Y, prior=2.58, basis=BR),
    m("eps_before_restructuring|adjusted_eps|eps", 2.58, "EUR", GEA, Y0, opt=True, basis=BR + "; last year"),
    m("revenue|sales", 5.374e9, "EUR", GEA, Y, prior=5.165e9, basis="full year"),
    m("revenue|sales", 5.165e9, "EUR", GEA, Y0, opt=True, basis="a year ago"),
    m("revenue_growth|sales_growth", 4, "%", GEA, Y),
    m("organic_revenue_growth|organic_growth|revenue_growth", 8.4, "%", GEA, Y, basis="on an organic basis"),
    m("dividend_per_share|dps|dividend", 1.00, "EUR", GEA, Y, basis="annual; proposed by the Board"),
    m("dividend_change|dividend_increase|dps_change", 0.05, "EUR", GEA, Y, basis="proposed raise"),
    m("guidance_organic_revenue_growth|organic_revenue_growth_guidance|guidance_revenue_growth", None, "%", GEA, YG,
      rng=(2, 4), basis="looking forward to fiscal 2024"),
], [])

# ---------------------------------------------------------------- en03 US November payrolls (S&P Global Market Intelligence, spglobal.com; no year printed): nonfarm payrolls +266,000 vs Econoday 180,000; October revised to 156,000 from 128,000; September revised to 193,000 from 180,000; average hourly earnings +3.1% y/y vs 3.0% expected; unemployment 3.5% vs 3.6% consensus; participation 63.2%; ADP private employers +67,000 (jobs, %)
# A US nonfarm payrolls release (the kind's jobs added, unemployment rate, wages, revisions and the poll). Whole as stored.
# The stored text has no headline (it opens with the lead; the address slug is not page text; none added). No quotes.
# Kept as printed: "Econoday consensus estimate" / "Econoday consensus forecast", "additional jobs", "on a yearly basis",
# "3.0%" with its decimal, "little changed", "a well-documented automobile industry strike", "Dec. 4".
# Periods: none (see the header); the months are in the basis.
# Decided (news58 en03, news54 en04, news2 en23): November payrolls (266,000) key; the Econoday 180,000 a key consensus
# row. "Revised up to 156,000 from 128,000" (October) and "revised up to 193,000 from 180,000" (September) -> key revised
# levels with the first estimates as priors plus optional first-estimate rows. Average hourly earnings +3.1 % y/y key
# with the "market expectations of 3.0%" a key consensus row. The unemployment rate 3.5 % key with the Econoday 3.6 % a
# key consensus row (a forecast, not an earlier level: no prior). Participation "little changed at 63.2%" key (no change
# figure printed; no 0 row). ADP's private-sector 67,000 key on the ADP report (its forecasts print no figure). The
# sectors named for the gains (healthcare, professional and technical services, manufacturing) carry no figures. No
# rating actions.
US = "US|U.S.|United States|U.S. job market|US economy|U.S. economy"
NFP = "nonfarm_payrolls|payrolls|jobs_added|employment_change"
NFPC = "payrolls_consensus|payrolls_estimate|payrolls_forecast|nonfarm_payrolls_consensus"
UR = "unemployment_rate|jobless_rate"
G["en03"] = ([
    m(NFP, 266000, "jobs", US, basis="November"),
    m(NFPC, 180000, "jobs", US, basis="November; Econoday consensus estimate"),
    m(NFP, 156000, "jobs", US, prior=128000, basis="October, revised up"),
    m(NFP, 128000, "jobs", US, opt=True, basis="October, first estimate"),
    m(NFP, 193000, "jobs", US, prior=180000, basis="September, revised up"),
    m(NFP, 180000, "jobs", US, opt=True, basis="September, first estimate"),
    m("average_hourly_earnings_growth_yoy|wage_growth|ahe_yoy|average_hourly_earnings_growth", 3.1, "%", US,
      basis="November; on a yearly basis"),
    m("average_hourly_earnings_growth_consensus|wage_growth_consensus|ahe_consensus|wage_growth_forecast", 3.0, "%", US,
      basis="market expectations; annual growth"),
    m(UR, 3.5, "%", US, basis="November"),
    m("unemployment_rate_consensus|unemployment_rate_forecast|unemployment_rate_estimate", 3.6, "%", US,
      basis="November; Econoday consensus forecast"),
    m("labor_force_participation_rate|participation_rate", 63.2, "%", US, basis="November; little changed"),
    m("private_payrolls_change|private_payrolls|adp_employment_change|private_employment_change", 67000, "jobs",
      "ADP|ADP National Employment Report|" + US, basis="November; private-sector employers; below forecasts"),
], [])

# ---------------------------------------------------------------- en04 Bank of Montreal's fiscal first quarter (The Globe and Mail, theglobeandmail.com; no year printed): profit +27 per cent; provisions $156-million, -55 per cent; profit $2-billion ($1.59-billion), EPS $3.03 ($2.37); adjusted EPS $3.06 vs $2.12 (Refinitiv); quarterly dividend unchanged at $1.06; Canadian P&C +5 per cent to $737-million; U.S. P&C +66 per cent to $582-million; capital markets +36 per cent to $483-million; wealth management +23 per cent to $358-million; CET1 12.4 per cent from 11.9 per cent (CAD, %)
# A Canadian bank's quarter in C$ (the kind's net income, adjusted EPS against the estimate, provisions for credit
# losses, the CET1 ratio and the dividend). Whole as stored (the store's date line is not page text). The stored text
# has no headline (it opens with the lead; the address slug is not page text; none added). No quotes. Kept as printed:
# the Globe's hyphenated amounts ("$156-million", "$2-billion", "$1.59-billion", "$737-million" ...), "per cent", the
# spaced hyphens around the two asides, "jumped 27 per cent higher" / "soared 66 per cent higher", "prepandemic", the
# typo "Bix Six", "common equity Tier 1 (CET1) ratio".
# Periods: none (see the header).
# Decided (news56 en01, news61 en02): the profit jump +27 % key. Provisions "fell to $156-million - a decrease of 55 per
# cent from the same quarter last year" -> key level and key -55 % (the year-earlier level is not printed; none
# computed). Profit $2-billion and EPS $3.03 key with the same-sentence year-earlier figures as priors ($1.59-billion,
# $2.37) plus optional year-earlier rows. Adjusted EPS $3.06 key; the analysts' $2.12 (Refinitiv) a key consensus row.
# The quarterly dividend "unchanged at $1.06 per share" key, with an optional 0 change (the word "unchanged", as news74
# en04's rate "kept at 2%"). The four divisions' profits and their growth rates key, each on the division with BMO among
# the alternatives. The CET1 ratio "increased to 12.4 per cent, from 11.9 per cent in the fiscal fourth quarter last
# year" -> key with prior 11.9 plus an optional earlier-quarter row. No rating actions.
BMO = "Bank of Montreal|BMO|BMO Financial Group"
CPC = "Canadian personal and commercial banking|Canadian P&C|BMO Canadian personal and commercial banking|" + BMO
UPC = "U.S. personal and commercial banking|U.S. P&C|U.S. personal and commercial arm|U.S. retail banking|" + BMO
CM = "capital markets|BMO Capital Markets|BMO capital markets|" + BMO
WM = "wealth management|BMO Wealth Management|BMO wealth management|" + BMO
Q = "fiscal first quarter (three months ended Jan. 31)"
NP = "net_profit|net_income|profit"
PCL = "provision_for_credit_losses|pcl|credit_loss_provision|loan_loss_provisions"
SP = "segment_profit|net_profit|profit|net_income"
SPG = "segment_profit_growth|net_profit_growth|profit_growth|net_income_growth"
G["en04"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 27, "%", BMO, basis=Q + "; jumped"),
    m(PCL, 156e6, "CAD", BMO, basis=Q),
    m("provision_for_credit_losses_growth|pcl_growth|provisions_change|pcl_change", -55, "%", BMO,
      basis="from the same quarter last year"),
    m(NP, 2e9, "CAD", BMO, prior=1.59e9, basis=Q),
    m(NP, 1.59e9, "CAD", BMO, opt=True, basis="a year ago"),
    m("eps|earnings_per_share|diluted_eps", 3.03, "CAD", BMO, prior=2.37, basis=Q),
    m("eps|earnings_per_share|diluted_eps", 2.37, "CAD", BMO, opt=True, basis="a year ago"),
    m("adjusted_eps|eps", 3.06, "CAD", BMO, basis="adjusted for one-time items; " + Q),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 2.12, "CAD", BMO,
      basis="analysts, according to Refinitiv"),
    m("dividend_per_share|quarterly_dividend|dps|dividend", 1.06, "CAD", BMO, basis="quarterly; kept unchanged"),
    m("dividend_change|dps_change", 0, "CAD", BMO, opt=True, basis="unchanged"),
    m(SPG, 5, "%", CPC),
    m(SP, 737e6, "CAD", CPC, basis=Q),
    m(SPG, 66, "%", UPC, basis="soared"),
    m(SP, 582e6, "CAD", UPC, basis=Q),
    m(SPG, 36, "%", CM),
    m(SP, 483e6, "CAD", CM, basis=Q),
    m(SPG, 23, "%", WM),
    m(SP, 358e6, "CAD", WM, basis=Q),
    m("cet1_ratio|common_equity_tier1_ratio|cet1_capital_ratio|capital_ratio", 12.4, "%", BMO, prior=11.9, basis=Q),
    m("cet1_ratio|common_equity_tier1_ratio|cet1_capital_ratio|capital_ratio", 11.9, "%", BMO, opt=True,
      basis="fiscal fourth quarter last year"),
], [])

# ---------------------------------------------------------------- en05 Alcon's New York IPO and debut (CNN/Money, money.cnn.com; no year printed): +3 percent on debut, closed at $34, a $1 gain; raised $2.3 billion selling 69.75 million shares at $33, the midpoint of $31-to-$35; Nestle about 75 percent after the IPO if the 7 million-share over-allotment is exercised; Travelers to sell 210 million shares at $16-to-$19, a $3.7 billion issue (USD, %, shares)
# A US IPO and stock-market debut (the kind's price range, pricing, shares sold, proceeds and first-day move; no
# valuation is printed). Whole as stored (the page's trailing table rule "|" dropped as furniture). The stored text has
# no headline (it opens with the dateline; none added). No quotes. Kept as printed: the dateline "NEW YORK (CNN/Money) -"
# (joined to the first sentence), "(ACL: Research, Estimates)" (kept as the development corpus kept "(ADBE: Research,
# Estimates)"), "$31-to-$35" and "$16-to-$19" with their hyphens, "69.75 million", "about 75 percent", "TAP.A",
# "Credit Suisse First Boston", "Salomon Smith Barney".
# Periods: none (see the header).
# Decided (news40 en12, news14 en05, news69 en05): the debut gain +3 percent key (first day, "inched up" -> edged up);
# the close $34 and the $1 gain key (a debut's closing price and move). Proceeds $2.3 billion, shares sold 69.75
# million and the $33 price key; "the midpoint of its $31-to-$35 price range" -> a key range (the midpoint relation in
# the price row's basis). "Nestle will own about 75 percent ... if underwriters exercise their over-allotment option to
# buy 7 million shares" -> Nestle's stake after the IPO key (hedge and condition in the basis) and the over-allotment
# 7 million shares key. Travelers: "plans to sell 210 million shares at $16-to-$19 each" -> key planned shares and key
# price range; "At $3.7 billion" -> key planned offering size; all on Travelers Property Casualty. "The year's biggest
# IPO so far" and "the largest insurance IPO ever" are ranks (not labelled). No rating actions.
ALC = "Alcon|Alcon Inc.|ACL"
TRV = "Travelers Property Casualty|Travelers Property Casualty Corp.|Travelers|TAP.A"
G["en05"] = ([
    m("first_day_change|price_change|debut_change|share_price_change", 3, "%", ALC, basis="market debut, Thursday"),
    m("close_price|closing_price|share_price|price", 34, "USD", ALC, basis="debut close, New York Stock Exchange"),
    m(PC + "|first_day_change", 1, "USD", ALC, basis="gain on the debut"),
    m("ipo_proceeds|amount_raised|proceeds", 2.3e9, "USD", ALC, basis="late Wednesday"),
    m("ipo_shares|shares_sold|shares_offered", 69.75e6, "shares", ALC),
    m("ipo_price|offer_price|offering_price", 33, "USD", ALC, basis="per share; midpoint of the range"),
    m("ipo_price_range|price_range|offer_price_range", None, "USD", ALC, rng=(31, 35)),
    m("stake|ownership_stake|parent_stake", 75, "%", "Nestle|" + ALC,
      basis="about; Nestle's share of Alcon common shares after the IPO if the over-allotment is exercised"),
    m("overallotment_shares|over_allotment|greenshoe_shares|additional_shares", 7e6, "shares", ALC,
      basis="underwriters' over-allotment option"),
    m("ipo_shares|shares_offered|shares_sold", 210e6, "shares", TRV, basis="planned"),
    m("ipo_price_range|price_range|offer_price_range", None, "USD", TRV, rng=(16, 19), basis="planned; per share"),
    m("ipo_size|offering_size|ipo_proceeds|deal_value", 3.7e9, "USD", TRV, basis="the issue; expected to price Thursday"),
], [])

# ---------------------------------------------------------------- en06 Brokers on Danone (MarketBeat-style note on etfdailynews.com; no year printed): Morgan Stanley target EUR62.00 ($68.13) -> EUR55.00 ($60.44), equal weight; Bernstein market perform -> outperform; Zacks sell -> hold; Credit Suisse initiates neutral; RBC target EUR51.00 ($56.04) -> EUR56.00 ($61.54), sector perform; Societe Generale sell -> buy; 5 sell, 7 hold, 5 buy; MarketBeat consensus target $42.00; down $0.23 to $11.04; volume 968,214 vs 856,474; 50 day $12.01, 200-day $12.60; one year $10.21-$15.38; debt-to-equity 0.72, quick 0.91, current 1.09 (EUR, USD, analysts, shares, x)
# Analysts' calls on a European stock (the kind's several brokers, targets in euros, ratings changed: three upgrades, an
# initiation and two target moves). Cut: the stored text's company description breaks off mid-word ("Early Life
# Nutritio"), so the passage stops after its first sentence ("Danone SA engages in the food processing industry.",
# rewritten), a sentence boundary (nothing with a figure goes with the cut). The link text "– Get Rating" after the
# ticker dropped as furniture (news71 dropped "- Get Report"). The stored text has no headline (the address slug is not
# page text; none added). No quotes. Kept as printed: "(OTCMKTS:DANOY)", "€62.00 ($68.13)", "€55.00 ($60.44)",
# "€51.00 ($56.04)", "€56.00 ($61.54)" with their trailing zeros and bracketed dollar conversions, "The Fly reports",
# "Sanford C. Bernstein", "Credit Suisse Group", "Royal Bank of Canada" (for RBC), "Societe Generale", the ratings in
# quotation marks, the dated notes ("Monday, March 14th" ...), the consensus target "$42.00" in dollars beside a $11.04
# ADR price (as printed), "50 day" unhyphenated beside "200-day", "one year low" / "one year high".
# Periods: none (see the header).
# Decided (news69 en06, news19 en07): Morgan Stanley "price target dropped ... from €62.00 to €55.00" with a current
# "equal weight" rating -> cut_target with the rating and both targets. Bernstein, Zacks and Societe Generale "raised
# ... from a X rating to a Y rating" -> upgrades with both ratings (no target printed). Credit Suisse "started coverage
# ... issued a neutral rating" -> initiate neutral (no target). RBC "increased their target price from €51.00 to €56.00
# and gave ... a sector perform rating" -> raise_target with the rating and both targets. Each dated action key. Targets
# in EUR in the rating actions; their bracketed dollar conversions optional metric rows (news10 / news17 conversions,
# harmless to a model that reports them). The MarketBeat consensus target $42.00 key; the analyst counts, the day's move
# and price, the volumes, the moving averages, the one-year range and the balance-sheet ratios optional (stock
# boilerplate, news19 en07). The consensus rating "Hold" carries no broker and no figure (not labelled).
DAN = "Danone|Danone SA|DANOY|OTCMKTS:DANOY|BN"
TP = "target_price|price_target"
G["en06"] = ([
    m(TP, 68.13, "USD", DAN, opt=True, basis="Morgan Stanley's earlier target, bracketed conversion of EUR62.00"),
    m(TP, 60.44, "USD", DAN, opt=True, basis="Morgan Stanley's new target, bracketed conversion of EUR55.00"),
    m(TP, 56.04, "USD", DAN, opt=True, basis="Royal Bank of Canada's earlier target, bracketed conversion of EUR51.00"),
    m(TP, 61.54, "USD", DAN, opt=True, basis="Royal Bank of Canada's new target, bracketed conversion of EUR56.00"),
    m("analyst_count|sell_ratings", 5, "analysts", DAN, opt=True, basis="sell"),
    m("analyst_count|hold_ratings", 7, "analysts", DAN, opt=True, basis="hold"),
    m("analyst_count|buy_ratings", 5, "analysts", DAN, opt=True, basis="buy"),
    m("consensus_target_price|target_price|consensus_price_target", 42.00, "USD", DAN, basis="MarketBeat"),
    m(PC, -0.23, "USD", DAN, opt=True, basis="Friday's trading"),
    m("share_price|price|stock_price", 11.04, "USD", DAN, opt=True, basis="Friday's trading"),
    m("trading_volume|volume|shares_traded", 968214, "shares", DAN, opt=True),
    m("average_volume|average_trading_volume|trading_volume", 856474, "shares", DAN, opt=True),
    m("moving_average|ma_50", 12.01, "USD", DAN, opt=True, basis="50 day"),
    m("moving_average|ma_200", 12.60, "USD", DAN, opt=True, basis="200-day"),
    m("price_range_52w|52_week_range|twelve_month_range", None, "USD", DAN, rng=(10.21, 15.38), opt=True,
      basis="one year low and high"),
    m("debt_to_equity|debt_to_equity_ratio", 0.72, "x", DAN, opt=True),
    m("quick_ratio", 0.91, "x", DAN, opt=True),
    m("current_ratio", 1.09, "x", DAN, opt=True),
], [
    ra("Morgan Stanley", DAN, "cut_target", "equal-weight", target=55.00, prior_target=62.00, cur="EUR"),
    ra("Sanford C. Bernstein|Bernstein|AllianceBernstein", DAN, "upgrade", "outperform", "market perform"),
    ra("Zacks Investment Research|Zacks", DAN, "upgrade", "hold", "sell"),
    ra("Credit Suisse Group|Credit Suisse", DAN, "initiate", "neutral"),
    ra("Royal Bank of Canada|RBC|RBC Capital Markets", DAN, "raise_target", "sector perform", target=56.00,
       prior_target=51.00, cur="EUR"),
    ra("Societe Generale|SocGen|Société Générale", DAN, "upgrade", "buy", "sell"),
])
