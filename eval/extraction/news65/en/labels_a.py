# Hand-written gold labels for news65/en en01-en06 (batch a: US, Canadian and European news in English — a US airline's
# third quarter with net income, the ex-hedge profit and its beat, revenue, traffic, unit revenue, a capacity range,
# trans-Pacific revenue, its refinery's profit and its jet fuel cost per gallon; a Swiss flavours group's first half of
# 2020 in Swiss francs with net income, EPS, EBITDA and its margins, sales, like-for-like growth by division and 4-5 % /
# 12-17 % outlook ranges; a US housing-starts release for August 2006 with permits, the analysts' forecast, July's
# revisions, the year-on-year falls, the regions and the five-month average; a weekly metals and oil wrap with gold,
# silver, copper, oil and the dollar and the US oil rig count; an agreed all-cash takeover of a Texas wire maker by an
# Italian cable maker with the deal value including debt, the per-share price, two VWAP premiums, two EV/EBITDA
# multiples, synergies, the financing and the go-shop; and a round-up of price-target cuts on Nike after its third
# quarter).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the unit words
# "units", "rigs", "days" and "x", the units "%" and the codes "USD" and "CHF" were checked against the unit strings of
# the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news64/en/README.md, with news40 en10 (an airline's traffic: traffic and unit-revenue growth key, a unit-revenue
# range as rng), news37 en07 (a fuel price per gallon in USD with "per gallon" in the basis), news62 en03 / news64 en03
# (a European group's results against the year-ago period: "X from Y" -> prior and an optional year-ago row), news28
# en09 and news60 en03 (US housing starts: levels in "units" at the seasonally adjusted annual rate, a revised month
# with its first estimate as prior and an optional first-estimate row, regions keyed on themselves with the US among the
# alternatives, the consensus as key rows), news19 en11 / news31 (a metals wrap: prices in USD with per ounce / per
# pound / per barrel in the basis), news50 en09 (a rig count in "rigs" with the earlier count as prior), news23 en06 and
# news27 en08 (takeover terms: offer price, premium, deal value including debt, EV/EBITDA in "x", no periods on deal
# terms, deal rows on "target|acquirer") and news62 en06 / news63 en12 / news64 en06 (broker calls: targets only in
# rating actions; a target change with no rating printed -> cut_target with rating None) as models.
# Currencies: "$" -> USD on the US pages (en01, en03, en04, en05, en06; en05's "$4.1 billion", "$290", "$148.5 million",
# "$1.2 billion", "$3.6 billion" and "$3 billion" on a Texas page about a US-listed target); "Swiss francs" / "francs"
# -> CHF (en02). Scaling: values fully scaled ("$1.37 billion" -> 1.37e9, "5 cents" -> 0.05 USD, "413 million Swiss
# francs" -> 413e6 CHF, "3.22 billion francs" -> 3.22e9, "1.665 million" -> 1665000 units, "$148.5 million" ->
# 148.5e6); declines negative ("fell 5 percent" -> -5, "dropped 6%" -> -6, "closed 5.5% lower" -> -5.5, "a 12.2% drop"
# -> -12.2, "lost $136 million" -> -136e6, "lost two percent" -> -2); figures written as words labelled with their value
# ("four percent" -> 4, "two percent" -> 2, "more than a billion dollars" -> 1e9, "double" -> 2 x); hedges in the basis
# ("almost", "about", "just over", "roughly", "more than").
# Periods decided: en01 prints no year ("the third quarter", "the fourth quarter", "last year", "a year earlier") ->
# none. en02 prints "in 2019" and "in 2020" beside "the first half" -> 2020H1 and, a year earlier, 2019H1 (clearly
# implied); "for the year ahead" with the 2020 first half -> 2020 for the outlook ranges; the "by 2030" ambition 2030.
# en03's dateline "September 19, 2006" dates "August" 2006-08, "July" 2006-07 and "February" 2006-02 (clearly implied);
# the five-month averages span several months (no period, the span in the basis). en04 is a market wrap -> no periods
# ("this week", "2016", "May 2015" are dates and spans). en05: deal terms carry no period (news23); General Cable's
# 2017 deal is dated 2017 as printed. en06 prints no year ("Q3", "the current fourth quarter"; "FY26" carries no
# figure) -> none.
# Not labelled: dates and times ("Tuesday", "Friday", "Wednesday", "April 15", "1:55 p.m. EST", "2:01 p.m. EST",
# "September 19, 2006"), spans and streaks ("six of the last seven months", "seven months in a row", "three of the
# four regions", "the third straight meeting", "15-months", "11-month high", "five-year lows", "within four years"),
# historic lows ("lowest since April 2003", "lowest since August 2002", "highest level in 2016", "May 2015 high"),
# ranks ("only United Airlines carries more passenger traffic"), tickers and codes ("(DAL)", "(GVDBF.PK)", "(NKE)"),
# the dates in Givaudan's ambitions ("before 2050", "before 2025"), en06's "mid-teens percentage range" (no figure) and
# "FY26" (no figure), and the closing period "the second half of 2024" (a date, not a metric).

PC = "price_change|share_price_change|stock_price_change"
PX = "share_price|price|stock_price"

# ---------------------------------------------------------------- en01 Delta Air Lines' third quarter (CBS News, cbsnews.com; most likely Wednesday October 16, 2013, no date or year printed): net income +31 percent to $1.37 billion ($1.59 a share); ex fuel hedges $1.2 billion ($1.41), 5 cents above FactSet; a year ago $1.05 billion ($1.23); revenue +6 percent to $10.49 billion; shares +4 percent to $25.65 premarket; traffic +2 percent; unit revenue almost +5 percent; Q4 capacity +1 to 3 percent; trans-Pacific revenue -5 percent; refinery profit $3 million after a $136 million loss; jet fuel -5 percent to $2.97 per gallon (USD, %)
# A US airline's quarterly results with traffic, unit revenue, capacity and fuel cost per gallon. The stored text breaks
# off after "Delta Air Lines Inc. b" (mid-word, the start of a further paragraph), so the passage stops after the jet
# fuel sentence, a sentence boundary; no figure goes with the cut. Headline kept (rewritten: "Delta Air Lines posts
# profit of $1.37 billion" -> "Delta Air Lines earns $1.37 billion profit"); the dateline "MINNEAPOLIS" kept. The
# president's quoted phrase ("revenue environment appears solid through the end of the year") is rendered as reported
# speech (no figure). Kept as printed: "(DAL)", "more than a billion dollars", "31 percent", "$1.37 billion, or $1.59
# per share", "$1.2 billion, or $1.41 per share", "5 cents per share", "FactSet", "$1.05 billion, or $1.23 per share",
# "6 percent to $10.49 billion", "4 percent, to $25.65", "2 percent", "almost 5 percent", "1 percent to 3 percent",
# "5 percent" (Pacific), "$3 million", "$136 million", "5 percent to $2.97 per gallon".
# Periods: none (no year printed; "the third quarter", "the fourth quarter", "a year earlier" and "last year" only).
# Decided: the headline's $1.37 billion key as net profit; the body's "jumped 31 percent to $1.37 billion" repeats it
# (the body row optional, news63 en09: the headline's printing key, each repeat optional) with +31 % key; the lead's
# "more than a billion dollars" an optional rounded repeat (bound in the basis). EPS $1.59 key. "Not counting gains from
# fuel hedges ... $1.2 billion, or $1.41 per share" -> key adjusted profit and adjusted EPS (basis names the
# exclusion); "5 cents per share more than expected by analysts surveyed by FactSet" -> key +0.05 USD surprise on the
# adjusted EPS (the implied estimate $1.36 not printed, none computed). "A year ago it earned $1.05 billion, or $1.23
# per share" is a sentence of its own -> two key rows with "a year ago" in the basis (not priors: the current sentence
# says "jumped 31 percent to", not "from"). Revenue +6 % and $10.49 billion key ("about what analysts were expecting"
# prints no estimate). Premarket share move +4 % and $25.65 key. Traffic +2 % key (quarter's RPM growth); "the amount
# passengers paid for each seat flown one mile rose almost 5 percent" -> key unit-revenue growth 5 (hedge in the basis,
# news40 en10's wording). "Capacity would rise 1 percent to 3 percent in the fourth quarter" -> key guidance range
# (1, 3). "Revenue for flights across the Pacific fell 5 percent" -> key -5 % on the trans-Pacific entity (Delta among
# the alternatives). The refinery's first profit $3 million key and its "lost $136 million total during the three
# previous quarters" a key -136e6 USD (a loss is a negative profit, news63 en09), both on the refinery entity with Delta
# among the alternatives. Jet fuel "fell 5 percent to $2.97 per gallon" -> key -5 % and key 2.97 USD (per gallon in the
# basis, news37 en07). No rating actions.
DAL = "Delta Air Lines|Delta|DAL|Delta Air Lines Inc."
REF = "Delta's oil refinery|refinery|oil refinery near Philadelphia|" + DAL
PAC = "trans-Pacific|Pacific|flights across the Pacific|Delta Pacific|" + DAL
NP = "net_profit|net_income"
G["en01"] = ([
    m(NP, 1.37e9, "USD", DAL, basis="third quarter; headline"),
    m(NP, 1.37e9, "USD", DAL, opt=True, basis="third quarter; body repeat"),
    m(NP, 1e9, "USD", DAL, opt=True, basis="more than a billion dollars; rounded lead repeat"),
    m("net_profit_growth|net_income_growth|profit_growth", 31, "%", DAL, basis="third quarter"),
    m("eps|earnings_per_share|diluted_eps", 1.59, "USD", DAL, basis="third quarter"),
    m("adjusted_net_profit|adjusted_net_income|" + NP, 1.2e9, "USD", DAL, basis="not counting gains from fuel hedges"),
    m("adjusted_eps|eps|adjusted_earnings_per_share", 1.41, "USD", DAL, basis="not counting gains from fuel hedges"),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.05, "USD", DAL, basis="adjusted; above analysts surveyed by FactSet"),
    m(NP, 1.05e9, "USD", DAL, basis="a year ago"),
    m("eps|earnings_per_share|diluted_eps", 1.23, "USD", DAL, basis="a year ago"),
    m("revenue_growth|sales_growth", 6, "%", DAL, basis="third quarter"),
    m("revenue|total_revenue|operating_revenue", 10.49e9, "USD", DAL, basis="about what analysts were expecting"),
    m(PC, 4, "%", DAL, basis="premarket trading"),
    m(PX, 25.65, "USD", DAL, basis="premarket trading"),
    m("rpm_growth|traffic_growth|revenue_passenger_miles_growth|passenger_traffic_growth", 2, "%", DAL,
      basis="for the quarter"),
    m("unit_revenue_growth|prasm_growth|rasm_growth|passenger_unit_revenue_growth", 5, "%", DAL,
      basis="almost; amount paid for each seat flown one mile"),
    m("guidance_capacity_growth|capacity_growth_guidance|asm_growth_guidance|capacity_growth", None, "%", DAL,
      rng=(1, 3), basis="flying capacity, fourth quarter"),
    m("revenue_growth|passenger_revenue_growth|revenue_change", -5, "%", PAC, basis="flights across the Pacific"),
    m("net_profit|profit|refinery_profit|operating_profit", 3e6, "USD", REF, basis="first profit, most recent quarter"),
    m("net_profit|profit|refinery_profit|operating_profit|net_loss", -136e6, "USD", REF,
      basis="lost, total of the three previous quarters"),
    m("fuel_price_change|jet_fuel_cost_change|fuel_cost_change", -5, "%", DAL, basis="cost for jet fuel"),
    m("fuel_price|jet_fuel_price|fuel_cost_per_gallon|fuel_cost", 2.97, "USD", DAL, basis="jet fuel, per gallon"),
], [])

# ---------------------------------------------------------------- en02 Givaudan's first half of 2020 (RTTNews on nasdaq.com; Tuesday July 21, 2020, "in 2019" / "in 2020" printed): net income +8.8 percent to 413 million Swiss francs from 380 million; basic EPS 44.81 francs against 41.24; EBITDA +11.3 percent to 734 million; EBITDA margin 22.8 percent from 21.3 percent, comparable 23.7 percent against 22.3 percent; sales 3.22 billion francs, +4.1 percent from 3.09 billion; like-for-like +4 percent, Fragrance +4.5 percent, Flavour +3.6 percent; outlook 4-5 percent sales growth and free cash flow of 12-17 percent of sale; doubling the business by 2030 (CHF, %)
# A Swiss company's results in CHF with organic growth, margins and an outlook range. Whole as stored (the stored text
# ends with the quoted ambitions sentence); the store's date line is not page text. The stored text has no headline
# (it opens with "(RTTNews) -", kept; the address slug "givaudan-group-h1-profit-rises-sees-sales-growth-in-fy20-quick-
# facts" is not page text; none added). The company's quoted ambitions are rendered as reported speech ("by 2030",
# "before 2050", "before 2025", "by 2030" kept). Kept as printed: "(GVDBF.PK)", "413 million Swiss francs", "380
# million francs", "44.81 francs", "41.24 francs", "11.3 percent", "734 million francs", "22.8 percent", "21.3 percent
# in 2019", "23.7 percent in 2020", "22.3 percent", "3.22 billion francs", "4.1 percent", "3.09 billion francs", "4
# percent on a like-for-like basis", "Fragrance Division", "Flavour Division" (British spelling beside "flavor
# products"), "4-5 percent", "12-17 percent of sale" (so printed, for "of sales").
# Periods: the first half 2020H1 ("in 2020" printed for the comparable margin, "in 2019" for the year-ago margin), the
# year-ago figures 2019H1; the outlook ("looking ahead for the year") 2020; the ambition 2030.
# Decided: "net income increased 8.8 percent to 413 million Swiss francs from last year's 380 million francs" -> key
# 413e6 CHF with prior 380e6 and an optional 2019H1 row, +8.8 % key. Basic EPS "44.81 francs, compared to 41.24 francs
# last year" -> key with prior and an optional row. EBITDA +11.3 % and 734e6 key (no year-ago EBITDA printed, none
# computed). EBITDA margin "22.8 percent, up from 21.3 percent in 2019" -> key with prior, optional 2019H1 row; the
# comparable margin "23.7 percent in 2020, compared to 22.3 percent a year ago" likewise (basis "comparable"). Sales
# "3.22 billion francs, an increase of 4.1 percent from last year's 3.09 billion francs" -> key with prior, optional
# row, +4.1 % key (reported, in francs). "Sales grew 4 percent on a like-for-like basis" -> key organic growth; the two
# divisions' like-for-like growth keyed on the division with Givaudan among the alternatives. Outlook: "4-5 percent sales
# growth" and "a free cash flow of 12-17 percent of sale" -> two key ranges (guidance, 2020). The ambition of "doubling
# its business ... by 2030" -> optional 2 x (a long-range ambition written in words). No rating actions.
GIV = "Givaudan|Givaudan Group|Givaudan SA|GVDBF|GVDBF.PK"
FRA = "Fragrance Division|Givaudan Fragrance Division|Fragrance|" + GIV
FLA = "Flavour Division|Givaudan Flavour Division|Flavour|Flavor Division|" + GIV
H, H0 = "2020H1", "2019H1"
EM = "ebitda_margin|margin"
LFL = "organic_growth|like_for_like_sales_growth|lfl_sales_growth|organic_sales_growth"
G["en02"] = ([
    m("net_profit|net_income", 413e6, "CHF", GIV, H, prior=380e6),
    m("net_profit|net_income", 380e6, "CHF", GIV, H0, opt=True, basis="last year"),
    m("net_profit_growth|net_income_growth|profit_growth", 8.8, "%", GIV, H),
    m("eps|basic_eps|earnings_per_share", 44.81, "CHF", GIV, H, prior=41.24, basis="basic"),
    m("eps|basic_eps|earnings_per_share", 41.24, "CHF", GIV, H0, opt=True, basis="basic; last year"),
    m("ebitda_growth|ebitda_change", 11.3, "%", GIV, H),
    m("ebitda", 734e6, "CHF", GIV, H),
    m(EM, 22.8, "%", GIV, H, prior=21.3),
    m(EM, 21.3, "%", GIV, H0, opt=True, basis="in 2019"),
    m("comparable_ebitda_margin|" + EM, 23.7, "%", GIV, H, prior=22.3, basis="comparable basis"),
    m("comparable_ebitda_margin|" + EM, 22.3, "%", GIV, H0, opt=True, basis="comparable basis; a year ago"),
    m("revenue|sales|group_sales", 3.22e9, "CHF", GIV, H, prior=3.09e9),
    m("revenue|sales|group_sales", 3.09e9, "CHF", GIV, H0, opt=True, basis="last year"),
    m("revenue_growth|sales_growth", 4.1, "%", GIV, H, basis="reported, in Swiss francs"),
    m(LFL, 4, "%", GIV, H, basis="like-for-like"),
    m(LFL + "|segment_sales_growth", 4.5, "%", FRA, H, basis="like-for-like"),
    m(LFL + "|segment_sales_growth", 3.6, "%", FLA, H, basis="like-for-like"),
    m("guidance_sales_growth|sales_growth_guidance|guidance_revenue_growth", None, "%", GIV, "2020", rng=(4, 5),
      basis="aims to outpace the market"),
    m("guidance_free_cash_flow_margin|free_cash_flow_margin_guidance|fcf_margin_guidance", None, "%", GIV, "2020",
      rng=(12, 17), basis="free cash flow as a percent of sales (printed 'of sale')"),
    m("business_growth_target|ambition|growth_target", 2, "x", GIV, "2030", opt=True,
      basis="ambition to double its business by 2030 (words)"),
], [])

# ---------------------------------------------------------------- en03 US housing starts for August 2006 (FloorDaily, floordaily.net; dateline "Washington, DC, September 19, 2006"): starts -6% to 1.665 million; permits -2.3% to 1.722 million; expected -2.5% to 1.75 million and -1.6% to 1.74 million; July starts revised to -3.3% and 1.772 million from 1.795 million, July permits 1.763 million from 1.747 million; starts -19.8% and permits -21.9% year on year; Northeast +5.4%, Midwest -12.2%, South -6.1%, West -5.5%; five-month average 1.81 million, down from 1.87 million and 2.115 million (units, %)
# A macro data release: a US housing-starts report with permits, the forecast, the earlier month's revisions, the
# year-on-year rates and the regions. Whole as stored. The stored text has no headline (it opens with the dateline; the
# address slug "housing-starts-off-6-in-august" is not page text; none added). No quotes. Kept as printed: the dateline
# "Washington, DC, September 19, 2006--" with its double hyphen, "a seasonally adjusted annual rate of 1.665 million",
# "a seasonally adjusted rate of 1.722 million" (permits, without "annual"), "about 2.5%", "1.75 million", "1.6%",
# "1.74 million", "3.3%", "1.772 million", "1.795 million", "1.763 million", "1.747 million", "19.8%", "21.9%
# year-on year" (so hyphenated), "5.4%", "12.2%", "6.1%", "5.5%", "1.81 million", "1.87 million", "2.115 million in
# February". The source's "Analysts were expected starts to decline" is rewritten "Analysts had expected starts to
# fall" (the figures kept).
# Periods: August 2006-08, July 2006-07, February 2006-02 (the dateline's 2006, clearly implied). The five-month
# averages take no period (spans of several months; the span in the basis).
# Decided: starts -6 % and 1.665 million key ("units", seasonally adjusted annual rate, news28 en09 / news60 en03);
# permits -2.3 % and 1.722 million key. The analysts' expectations (-2.5 % "about" and 1.75 million for starts, -1.6 %
# and 1.74 million for permits) four key consensus rows. July: "revised lower to a 3.3% drop to 1.772 million from 1.795
# million reported earlier" -> key -3.3 % and key 1.772 million with the first estimate 1.795 million as prior (a
# revision) and an optional first-estimate row; July permits "revised higher to 1.763 million from 1.747 million" ->
# key with prior and an optional row. "Down 19.8% in the past year" and "fallen 21.9% year-on year" -> key year-on-year
# rows for August. Regional starts moves key on the region with the US among the alternatives. "In the past five months,
# housing starts have averaged 1.81 million, down from 1.87 million in the five months ending in July and 2.115 million
# in February" -> key 1.81 million with 1.87 million as prior (the same five-month average one month earlier, "down
# from"), 1.87 million an optional row and 2.115 million an optional historic row (whether it is February's own rate
# or the average to February is not clear from the text; dated 2006-02 as printed). Streaks ("six of the past seven
# months", "seven months in a row", "three of four regions") and historic lows ("since April 2003", "since August
# 2002") not labelled. No rating actions.
US = "US|U.S.|United States|US housing market"
HS = "US housing starts|housing starts|starts|" + US
BP = "US building permits|building permits|permits|" + US
NE, MW, SO, WE = ("Northeast|" + US, "Midwest|" + US, "South|" + US, "West|" + US)
M, J, F = "2006-08", "2006-07", "2006-02"
HSC = "housing_starts_change|housing_starts_growth|starts_change"
HSR = "housing_starts|housing_starts_rate|starts"
BPC = "building_permits_change|permits_change|building_permits_growth"
BPR = "building_permits|permits|building_permits_rate"
G["en03"] = ([
    m(HSC, -6, "%", HS, M, basis="August, from July"),
    m(HSR, 1665000, "units", HS, M, basis="seasonally adjusted annual rate; lowest since April 2003"),
    m(BPC, -2.3, "%", BP, M, basis="August"),
    m(BPR, 1722000, "units", BP, M, basis="seasonally adjusted rate; lowest since August 2002"),
    m("housing_starts_change_consensus|housing_starts_consensus|housing_starts_forecast", -2.5, "%", HS, M,
      basis="about; analysts' expectation"),
    m("housing_starts_consensus|housing_starts_estimate|housing_starts_forecast", 1750000, "units", HS, M,
      basis="analysts' expectation"),
    m("building_permits_change_consensus|permits_consensus|building_permits_forecast", -1.6, "%", BP, M,
      basis="analysts' expectation"),
    m("building_permits_consensus|permits_consensus|building_permits_forecast", 1740000, "units", BP, M,
      basis="analysts' expectation"),
    m(HSC, -3.3, "%", HS, J, basis="July, revised lower"),
    m(HSR, 1772000, "units", HS, J, prior=1795000, basis="July, revised"),
    m(HSR, 1795000, "units", HS, J, opt=True, basis="July, reported earlier"),
    m(BPR, 1763000, "units", BP, J, prior=1747000, basis="July, revised higher"),
    m(BPR, 1747000, "units", BP, J, opt=True, basis="July, earlier estimate"),
    m(HSC + "|housing_starts_yoy", -19.8, "%", HS, M, basis="in the past year"),
    m(BPC + "|building_permits_yoy", -21.9, "%", BP, M, basis="year-on year"),
    m(HSC, 5.4, "%", NE, M, basis="new construction, August"),
    m(HSC, -12.2, "%", MW, M, basis="August"),
    m(HSC, -6.1, "%", SO, M, basis="August"),
    m(HSC, -5.5, "%", WE, M, basis="August"),
    m("housing_starts_average|average_housing_starts|" + HSR, 1810000, "units", HS, prior=1870000,
      basis="average of the past five months"),
    m("housing_starts_average|average_housing_starts|" + HSR, 1870000, "units", HS, opt=True,
      basis="average of the five months ending in July"),
    m("housing_starts_average|average_housing_starts|" + HSR, 2115000, "units", HS, F, opt=True,
      basis="'2.115 million in February' (historic comparison)"),
], [])

# ---------------------------------------------------------------- en04 Weekly metals and oil round-up (Investing News Network copy on apexgoldsilvercoin2.com; most likely Friday April 29, 2016, no date printed — the Fed's third hold of 2016 "on Wednesday"): gold +4 percent on the week to $1,289.65 per ounce; US dollar -2 percent; silver +4.1 percent to $17.75 per ounce; comex copper +0.39 percent to $2.29 per pound; oil +5.63 percent on the week to $45.44 per barrel; US oil rigs 332, down from 679 (USD, %, rigs)
# A metals and energy market wrap with weekly moves. Cut: the stored text's last sentence breaks off mid-word ("Brent
# crude futures were down 17 cents to $47.97 per barrely by "), so the passage stops after "could be waning"
# (rewritten "could be easing"), a sentence boundary; the Brent figures (-17 cents, $47.97) go with the cut. The
# promotional box between the Fed paragraph and the silver paragraph ("Get Our Expert Guide to Copper Investing FREE!
# Download this FREE Special Report ...") is page furniture (dropped). The stored text has no headline (it opens with
# the lead; the address slug "weekly-round-gold-silver-copper-gain-weaker-us-dollar" is not page text; none added). No
# quotes. Kept as printed: "four percent" and "two percent" in words, "$1,289.65 per ounce", "15-months" (so
# hyphenated), "safe haven", "2016", "just over 4.1 percent", "$17.75 per ounce", "1:55 p.m. EST", "breaked" (so
# printed: "has now breaked its May 2015 high"), "11-month high", "comex" in lower case, "0.39 percent", "$2.29 per
# pound", "2:01 p.m. EST", "LME", "roughly 5.63 percent", "$45.44 per barrel", "332", "679". "The silver price, was
# also" loses its stray comma in the rewrite.
# Periods: none (a market wrap; "this week", "Wednesday", "Friday", "2016" and "May 2015" only).
# Decided: each commodity's weekly % move key and its price key in USD (per ounce / per pound / per barrel in the basis,
# news19 en11, news31); "up four percent for the week" -> 4 (words); "gaining just over 4.1 percent" -> 4.1 with the
# hedge; "up roughly 5.63 percent" -> 5.63 with the hedge. "Oil prices" is the US benchmark's weekly move (no grade
# printed; entity "oil" with WTI / US crude among the alternatives). The US dollar's "fell two percent this week" -> key
# -2 % on the dollar. "US oil rig counts came in at 332, down from 679 last year" -> key 332 rigs with prior 679 and an
# optional year-ago row (news50 en09's "rigs"). "Highest level ... in 15-months", "11-month high", "highest level in
# 2016", "its May 2015 high" and "the third straight meeting" are spans, streaks and dates (not labelled); the Fed's
# unchanged rates print no figure. No rating actions.
GOLD = "gold|gold prices|spot gold|yellow metal"
SI = "silver|silver price|white metal"
CU = "copper|comex copper|COMEX copper|red metal"
OIL = "oil|oil prices|crude oil|US crude|WTI"
DXY = "US dollar|dollar|U.S. dollar|USD"
RIG = "US oil rigs|US oil rig count|oil rigs|US"
WK = "weekly_change|price_change|weekly_price_change|commodity_price_change"
P = "price|commodity_price|spot_price"
G["en04"] = ([
    m(WK, 4, "%", GOLD, basis="for the week; 'four percent'"),
    m(P + "|gold_price", 1289.65, "USD", GOLD, basis="per ounce; end of the week"),
    m(WK + "|currency_change|fx_change", -2, "%", DXY, basis="this week; 'two percent'"),
    m(WK, 4.1, "%", SI, basis="just over; this week"),
    m(P + "|silver_price", 17.75, "USD", SI, basis="per ounce; Friday 1:55 p.m. EST"),
    m(WK, 0.39, "%", CU, basis="for the week"),
    m(P + "|copper_price", 2.29, "USD", CU, basis="per pound; 2:01 p.m. EST"),
    m(WK, 5.63, "%", OIL, basis="roughly; for the week"),
    m(P + "|oil_price", 45.44, "USD", OIL, basis="per barrel; end of the week"),
    m("rig_count|rigs|oil_rig_count", 332, "rigs", RIG, prior=679, basis="US oil rig count"),
    m("rig_count|rigs|oil_rig_count", 679, "rigs", RIG, opt=True, basis="last year"),
], [])

# ---------------------------------------------------------------- en05 Prysmian's agreed cash takeover of Encore Wire (The Texas Lawbook, texaslawbook.net; April 2024, "April 15" and "the second half of 2024" printed): $4.1 billion including debt; $290 per share in cash; premiums of about 20 percent (30-day VWAP) and 29 percent (90 days); 8.2 times last year's EBITDA, 6.3 times with synergies; about $148.5 million of run-rate EBITDA synergies; 35-day go-shop; financing $1.2 billion cash and $3.6 billion new debt; Prysmian's $3 billion General Cable deal in 2017 (USD, %, x, days)
# An agreed takeover with the price per share in cash, premiums, the value including debt, multiples, synergies and the
# financing. Cut: the stored text breaks off inside the chief executive's quotation ("This transaction maximizes value
# for Encore Wire shareholders and provides an attractive p"), so the passage stops after the sentence before it (the
# chief executive's statement, already reported speech in the original), a sentence boundary; no figure goes with the
# cut. The stored text has no headline (it opens with the lead; the address "?p=115467" has no slug; none added). No
# quotes kept (the broken quotation is cut). Kept as printed: "McKinney, Texas-based", "announced April 15", "Prysmian
# SpA", "$4.1 billion, including debt", "$290 per share in cash", "about 20 percent over the 30-day volume weighted
# average share price as of Friday, 29 percent over 90 days", "8.2 times last year's EBITDA, 6.3 times including
# synergies", "about $148.5 million in run-rate EBITDA synergies within four years", "the second half of 2024", "35-day
# "go-shop" period", "($1.2 billion)", "($3.6 billion)", the advisers and lawyers, "Goldman Sachs Bank Europe SE,
# Succursale Italia", "$3 billion acquisition of Kentucky-based General Cable in 2017". The financing ($1.2 billion +
# $3.6 billion = $4.8 billion) exceeds the $4.1 billion deal value; labelled as printed.
# Periods: none on the deal terms (news23 en06); the General Cable deal 2017 as printed.
# Decided: deal rows on "Encore Wire|...|Prysmian" (target|acquirer, news27 en08). "$4.1 billion, including debt" ->
# key enterprise value / deal value including debt. "$290 per share in cash" -> key offer price. The two premiums key
# (about 20 % over the 30-day VWAP as of Friday; 29 % over the 90-day VWAP) — no premium to the last close is printed.
# "8.2 times last year's EBITDA, 6.3 times including synergies" -> two key EV/EBITDA rows in "x" (basis names the
# EBITDA). Synergies "about $148.5 million ... within four years" key (hedge and horizon in the basis). Financing: cash
# $1.2 billion and new debt facilities $3.6 billion key on Prysmian (with the deal among the alternatives). The 35-day
# go-shop optional in "days" (a deal term written as a span). The 2017 General Cable deal ($3 billion) optional
# (historic, an adviser's earlier work). No break fee and no expected-closing figure other than "the second half of
# 2024" (a date) are printed. No rating actions.
ENC = "Encore Wire|Encore Wire Corp.|Encore Wire Corporation|WIRE"
PRY = "Prysmian|Prysmian SpA|Prysmian Group"
D = ENC + "|" + PRY
EVM = "ev_ebitda|ev_to_ebitda|ev_multiple|valuation_multiple"
G["en05"] = ([
    m("enterprise_value|deal_value_including_debt|deal_value|transaction_value", 4.1e9, "USD", D,
      basis="including debt"),
    m("offer_price|offer_price_per_share|price_per_share", 290, "USD", D, basis="per share in cash"),
    m("premium|offer_premium|takeover_premium", 20, "%", D,
      basis="about; over the 30-day volume weighted average share price as of Friday"),
    m("premium|offer_premium|takeover_premium", 29, "%", D, basis="over the 90-day volume weighted average price"),
    m(EVM, 8.2, "x", D, basis="last year's EBITDA"),
    m(EVM, 6.3, "x", D, basis="last year's EBITDA including synergies"),
    m("synergies|run_rate_synergies|ebitda_synergies|expected_synergies", 148.5e6, "USD", D,
      basis="about; run-rate EBITDA synergies within four years from closing"),
    m("financing_cash|cash_financing|cash_on_balance_sheet|financing", 1.2e9, "USD", PRY + "|" + ENC,
      basis="cash on Prysmian's balance sheet"),
    m("debt_financing|new_debt_facilities|committed_debt|financing", 3.6e9, "USD", PRY + "|" + ENC,
      basis="newly committed debt facilities"),
    m("go_shop_period|go_shop_days", 35, "days", D, opt=True, basis="go-shop period"),
    m("acquisition_value|deal_value", 3e9, "USD", "General Cable|" + PRY, "2017", opt=True,
      basis="Prysmian's acquisition of General Cable (historic)"),
], [])

# ---------------------------------------------------------------- en06 Brokers' price-target cuts on Nike after its third quarter (Asianet Newsable, newsable.asianetnews.com; most likely Monday March 24, 2025, no date or year printed): shares -5.5% on Friday; Bernstein $95 from $102 (outperform); Morgan Stanley $70 from $72 (equal weight); Wells Fargo $85 from $90; UBS ("USB") $66 from $73; JP Morgan $64 from $73; Needham $75, TD Cowen $65, RBC Capital $92; Jefferies cut (no figure); fourth-quarter revenue guided down mid-teens against the 12.2% drop expected (USD, %)
# Several brokers' calls on one large US consumer stock after its results. Cut: the stored text breaks off mid-word
# after the Stocktwits sentence ("Several users posted positive comments abou"), so the passage stops after the
# Stocktwits sentence, a sentence boundary; no figure goes with the cut. Headline and standfirst kept (rewritten: "Nike
# Gets A Wave Of Price-Target Cuts From Wall Street, But Retail Traders Are Not Totally Rattled" -> "Nike hit by a wave
# of price-target cuts from Wall Street, but retail traders are not entirely rattled"; the standfirst rewritten as its
# own line, with no final full stop as printed). Quotes rendered as reported speech: Bernstein's "mixed bag" (a quoted
# phrase, paraphrased), the chief financial officer's "will begin to moderate". Kept as printed: "Morgan Staley" (twice,
# standfirst and list) beside "Morgan Stanley" (its own paragraph), "Well Fargo" (list) beside "Wells Fargo", "USB"
# (for UBS, in its own sentence) beside "UBS" (list), "Nike, Inc (NKE)", "PTs", "The Fly", "5.5%", "five-year lows",
# "$95 from $102", "'outperform'", "Q3", "$70 from $72", "'equal weight'", "FY26", "$85 from $90", "$66 from $73",
# "$64 from $73", "$75, $65 and $92, respectively", "mid-teens percentage range", "12.2%", "LSEG", "'neutral'",
# "'bearish'", "'extremely high'".
# Periods: none (no year printed; "Q3", "the current fourth quarter", "last week", "Friday"; "FY26" carries no figure).
# Decided: metrics: the Friday share move -5.5 % key; the consensus "12.2% drop" for fourth-quarter revenue a key
# consensus row (-12.2, LSEG via Reuters). Nike's own guidance "decline in the mid-teens percentage range" prints no
# figure -> not labelled (news precedent: "mid-single-digit" not labelled). Rating actions (all USD, brokers' targets
# only here): Bernstein "lowered its PT to $95 from $102 but maintained an 'outperform' rating" -> cut_target outperform
# 95 from 102; Morgan Stanley "cut its PT to $70 from $72 and kept an 'equal weight' rating" -> cut_target equal-weight
# 70 from 72; Wells Fargo $85 from $90, "USB" (UBS) $66 from $73 and JP Morgan $64 from $73 -> cut_target with rating
# None and both targets; Needham $75, TD Cowen $65 and RBC Capital $92 ("lowered their PTs to ..., respectively") ->
# cut_target with rating None and no earlier target (none printed). Jefferies is named among the firms that cut their
# PTs but no figure is printed -> an optional cut_target with no rating and no target (a call with nothing to match on
# beyond the broker). The standfirst's and the list's naming of the same brokers are not extra actions. The headline's
# "wave" and the Stocktwits sentiment carry no figures.
NKE = "Nike|Nike, Inc|Nike Inc|NIKE|NKE"
G["en06"] = ([
    m(PC, -5.5, "%", NKE, basis="Friday close; five-year lows"),
    m("revenue_growth_consensus|revenue_growth_estimate|consensus_revenue_growth", -12.2, "%", NKE,
      basis="fourth quarter; consensus estimate of a drop, LSEG estimates via Reuters"),
], [
    ra("Bernstein|Sanford C. Bernstein|AllianceBernstein", NKE, "cut_target", "outperform", target=95,
       prior_target=102, cur="USD"),
    ra("Morgan Stanley|Morgan Staley", NKE, "cut_target", "equal-weight", target=70, prior_target=72, cur="USD"),
    ra("Wells Fargo|Well Fargo", NKE, "cut_target", None, target=85, prior_target=90, cur="USD"),
    ra("UBS|USB", NKE, "cut_target", None, target=66, prior_target=73, cur="USD"),
    ra("JP Morgan|JPMorgan|J.P. Morgan", NKE, "cut_target", None, target=64, prior_target=73, cur="USD"),
    ra("Needham|Needham & Company", NKE, "cut_target", None, target=75, cur="USD"),
    ra("TD Cowen|Cowen", NKE, "cut_target", None, target=65, cur="USD"),
    ra("RBC Capital|RBC Capital Markets|RBC", NKE, "cut_target", None, target=92, cur="USD"),
    ra("Jefferies", NKE, "cut_target", None, cur="USD", opt=True),
])
