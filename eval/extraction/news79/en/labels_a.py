# Hand-written gold labels for news79/en en01-en06 (batch a: English news from the US, the UK and Europe, six kinds of
# story — a US airline's quarter (American Airlines' fourth quarter with its 2019 guidance: the share move, the
# current-quarter unit-revenue range, the fourth quarter's unit-revenue growth flagged earlier in the month, the extra
# revenue and the cost savings planned for 2019, fuel expenses, the full-year EPS growth range against the analysts'
# average, net income excluding special items with its growth, EPS against the estimate and operating revenue with its
# growth; an unattributed Reuters text on lookoutpro.com); a Swiss company's results in francs (Schindler's year 2025:
# revenue and its fall, the currency effect, local-currency growth, adjusted EBIT and its rise, the operating margin
# against the previous year, the items left out, order intake and its fall, and the 2026 EBIT-margin target; Swissquote's
# morning news, swissquote.com); US retail sales for May (the headline gain against the Reuters poll, April revised
# from its first reading, core sales and their April revision, auto dealers, sales excluding autos, three store groups
# and first-quarter GDP; Reuters, uk.reuters.com); US new home sales for September (the fall and the annual rate against
# the economists' expectation, August revised from its first reading, the year-on-year rise, four regions, the median
# price against August and a year earlier, homes for sale and months' supply against August, and NAR's existing home
# sales against their expectation; an InstaForex text on betiforex.com); a gold and silver report (spot gold and its
# move, the settled gold futures, the Fed's quarter-point cut, the rate futures' two 25 bp cuts and 59 bps of easing for
# 2026, spot silver with its record, platinum and palladium; a Reuters text on Ammon News, en.ammonnews.net); and a
# broker initiating coverage of one stock (Oppenheimer on Target: overweight with a $190.00 target, the pre-market move,
# the FY24 and FY22 EPS figures, the Q4 EPS forecast against the Street, the implied earnings fall and comp decline and
# the store count; Investing.com, ca.investing.com)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py's m() and ra()
# functions, to count this batch's rows; build_labels.py itself was not run), eval/extraction/news_text.py was not run,
# nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the overlap check searched
# only the earlier sets' and the development corpus's texts/ folders and the sources files; unit strings and metric
# names were checked against earlier sets' labels_*.py files), and no other news79 batch's texts, labels or sources were
# read (the address check ran over every sources file and printed nothing; the figure greps over news*/en/texts also
# ran over the news79 texts folder, with any hit there filtered out unseen).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news78/en/README.md, with: news69 en01 / news61 en06 / news65 en01 / news74 en05 (a US airline's quarter: EPS and
# revenue key with the analysts' figures as key consensus rows, unit-revenue growth key, guidance ranges key, a quarter
# dated by a printed outlook year as clearly implied, fuel cost changes key); news65 en02 / news69 en02 / news36 en02 (a
# Swiss or Nordic company's results in its own currency: "to X from Y in the previous year" -> key with prior plus an
# optional earlier row, organic or local-currency growth key, reported growth key, currency effects key, outlook
# figures under guidance_* names); news74 en03 / news15 en09 (US retail sales: a revised month key with its first
# reading as prior and the first reading an optional row, the poll a key consensus row, core sales and store groups key,
# no periods when no year is printed); news52 en05 / news72 en03 (US home sales: the annual rate key with the revised
# month as prior where the sentence says "from", the revised month a key row of its own, regions keyed on the region with
# the US among the alternatives, median price, inventory and months' supply key, a historic low optional); news57 en06 /
# news36 en04 / news72 en04 (a precious-metals report: each spot price and its % move key, the futures settlement key, a
# record high optional, rate moves in bp negative for cuts, market-implied easing under rate_change_priced_in names);
# news38 en12 / news39 en07 / news58 en04 (a broker's initiation: initiate with rating and target, the broker's
# estimates as eps_estimate rows with their periods, the day's share move key; with news78 en11 for company background
# counts as optional rows).
# Currencies: en01 "$" -> USD ("$481 million" -> 481e6, "$1.04" -> 1.04); en02 "CHF" and "Swiss francs" -> CHF ("CHF
# 10.95 billion" -> 10.95e9, "54 million" printed without a currency word beside "16 million Swiss francs" -> CHF); en03
# none (%); en04 "$" -> USD (median prices); en05 "$" -> USD (per ounce); en06 "$" -> USD.
# Scaling: values fully scaled ("$1 billion" -> 1e9, "$300 million" -> 300e6, "$10.94 billion" -> 10.94e9, "CHF 431
# million" -> 431e6, "CHF 1.45 billion" -> 1.45e9, "CHF 11.31 billion" -> 11.31e9, "468,000" -> 468000, "5.55 million"
# -> 5.55e6); declines, cuts and costs of a currency effect negative ("revenue fell by 2.6 percent" -> -2.6, "Foreign
# currency effects cost CHF 431 million in sales" -> -431e6, "declined by 0.9 percent" -> -0.9, "contracted at a 1.0
# percent annual rate" -> -1.0, "slipped 0.1 percent" -> -0.1, "tumbled 11.5 percent" -> -11.5, "edge down just 0.5
# percent" -> -0.5, "settled 0.1% lower" -> -0.1, "a quarter-point rate cut" -> -25 bp, "two cuts of 25 basis points each"
# -> -25 bp, "59 bps of easing" -> -59 bp, "down more than 50% YoY" -> -50, "a 2% comp decline" -> -2); hedges and
# bounds in the basis ("nearly", "almost", "more than", "less than", "just").
# Periods decided: en01 prints "2019 guidance", "in 2019" (twice) and "the fourth quarter ended Dec. 31" -> the
# quarter's figures 2018Q4 (clearly implied by the 2019 outlook published with them, as news61 en06's "2018 earnings"
# dated its fourth quarter), "the current quarter" 2019Q1, the full-year EPS forecast, the extra revenue and the cost
# savings 2019; the share move none. en02 prints "last year" beside "the new 2026 financial year" -> the year's figures
# 2025 (clearly implied), "the previous year" 2024, the EBIT-margin target 2026 (the digest's "Published on" line is
# furniture, dropped). en03 prints no year ("June 12", "May", "April", "the January-March period", "the second quarter",
# "Thursday"; the store's date line is not page text) -> no periods, the month in the basis (news74 en03). en04 prints
# no year ("September", "August", "last November", "Monday", "last Thursday") -> no periods. en05 prints "in 2026" ->
# the rate futures' expected cuts and easing 2026 ("next year" in the same sentence); the prices, the moves and last
# week's cut none ("September 2011" is a date of comparison). en06 prints "FY24", "FY22" and "FY23" -> FY2024 and
# FY2022 for the EPS figures; "Q4" prints no year -> none (the "Published 2023-01-24" line is furniture, dropped).
# Not labelled: dates and days ("last Thursday", "Thursday", "Wednesday", "Tuesday", "Monday", "Friday", "June 12",
# "Dec. 31", "January-March", "September 2011"), ordinals, ranks and streaks ("No. 1", "No. 2", "its 34th day", "lowest
# level in ten months", "a two-month low", "a two-month high", "the next few quarters"), words without a figure ("low to
# mid single-digit range", "slightly", "over several years"), tickers and exchange codes ("NYSE:TGT", "TGT"), times
# ("01:48 p.m. ET (18:48 GMT)"), numbers inside names ("10-year" as the name of the Treasury benchmark) and the
# executives' and analysts' names.

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 American Airlines' fourth quarter with its 2019 guidance (an unattributed Reuters text on lookoutpro.com; 2018Q4 by the printed 2019 outlook): shares +nearly 6 percent; current-quarter unit revenue flat to +2 percent; fourth-quarter unit revenue growth less than 2 percent; $1 billion additional revenue and more than $300 million cost savings in 2019; fuel expenses +almost 20 percent; full-year EPS +21 to 65 percent against +30 percent expected (IBES data from Refinitiv); net income excluding special items +8.3 percent to $481 million, $1.04 a share against $1.01 estimated; total operating revenue +3.1 percent to $10.94 billion (USD, %)
# A US airline's quarter (the kind's revenue, unit revenue, fuel, EPS against the estimates and guidance). Whole as
# stored (the stored text ends with the revenue sentence, complete). The stored text has no headline (it opens with the
# lead; the address slug "american-airlines-profit-and-forecast-beat-on-higher-fares" is not page text; none added). No
# quotes. Kept as printed: "No. 1 U.S. carrier", "No. 2 U.S. carrier", "Delta Air Lines Inc" without a full stop,
# "its 34th day", "revenues per mile flown" beside "unit revenue growth" (the same measure named twice), "flat to up 2
# percent", "less than 2 percent", "$1 billion of additional revenue", "Premium Economy", "Dallas-Fort Worth and
# Charlotte hubs", "more than $300 million", "almost 20 percent", "between 21 percent and 65 percent", "IBES data from
# Refinitiv", "the fourth quarter ended Dec. 31", "$481 million, or $1.04 per share", "$1.01 per share", "percent" written
# out.
# Periods: 2018Q4, 2019Q1, 2019 (see the header).
# Decided (news69 en01, news61 en06, news65 en01, news74 en05): the lead's "sending its shares up nearly 6 percent" key
# (hedge in the basis). "Revenues per mile flown ... would be flat to up 2 percent in the current quarter" -> a key
# guidance range (0, 2) for 2019Q1 ("flat" is 0). "A fall in unit revenue growth to less than 2 percent in the fourth
# quarter" -> a key 2 % unit-revenue growth for 2018Q4 with "less than" in the basis (the earlier figure it fell from is
# not printed, no prior). "$1 billion of additional revenue in 2019" -> key under revenue-target names; "more than $300
# million of cost savings in 2019" key. "Fuel expenses rose almost 20 percent in the quarter" key (news78's fuel cost
# names). "Full-year earnings per share to rise between 21 percent and 65 percent" -> key range for 2019; "the 30 percent
# increase expected by analysts on average" a key consensus row. Net income excluding special items "rose 8.3 percent
# to $481 million, or $1.04 per share" -> key growth, key level and key adjusted EPS; "beating analysts' estimate of
# $1.01 per share" a key consensus row. "Total operating revenue rose 3.1 percent to $10.94 billion" -> key growth and
# key level. Delta's "slower revenue growth" prints no figure. No rating actions.
AA = "American Airlines|American Airlines Group|American|AAL"
Q, Q1, Y = "2018Q4", "2019Q1", "2019"
G["en01"] = ([
    m(PC, 6, "%", AA, basis="nearly; after the quarterly profit and 2019 guidance"),
    m("guidance_unit_revenue_growth|unit_revenue_growth_guidance|guidance_rasm_growth|unit_revenue_growth_forecast",
      None, "%", AA, Q1, rng=(0, 2), basis="revenues per mile flown; flat to up 2 percent; the current quarter"),
    m("unit_revenue_growth|rasm_growth|trasm_growth|revenue_per_available_seat_mile_growth", 2, "%", AA, Q,
      basis="less than; fell to; flagged earlier this month"),
    m("revenue_target|guidance_revenue|additional_revenue|guidance_additional_revenue", 1e9, "USD", AA, Y,
      basis="additional revenue forecast"),
    m("cost_savings|cost_savings_target|savings", 300e6, "USD", AA, Y, basis="more than"),
    m("fuel_cost_growth|fuel_costs_growth|fuel_cost_change|fuel_expense_growth", 20, "%", AA, Q, basis="almost"),
    m("guidance_eps_growth|eps_growth_guidance|eps_growth_forecast", None, "%", AA, Y, rng=(21, 65),
      basis="full-year earnings per share"),
    m("eps_growth_consensus|eps_growth_estimate|consensus_eps_growth", 30, "%", AA, Y,
      basis="analysts on average; IBES data from Refinitiv"),
    m("adjusted_net_income_growth|net_income_growth|net_profit_growth", 8.3, "%", AA, Q,
      basis="excluding special items"),
    m("adjusted_net_income|net_income|adjusted_net_profit|net_profit", 481e6, "USD", AA, Q,
      basis="excluding special items"),
    m("adjusted_eps|eps", 1.04, "USD", AA, Q, basis="excluding special items; per share"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 1.01, "USD", AA, Q,
      basis="analysts' estimate; beaten"),
    m("revenue_growth|operating_revenue_growth|total_revenue_growth", 3.1, "%", AA, Q, basis="total operating revenue"),
    m("revenue|total_revenue|operating_revenue|total_operating_revenue", 10.94e9, "USD", AA, Q),
], [])

# ---------------------------------------------------------------- en02 Schindler's year 2025 (Swissquote's morning news, swissquote.com; 2025 by the printed "new 2026 financial year"): revenue -2.6 percent to CHF 10.95 billion; currency effects CHF 431 million; local currencies +1.3 percent; adjusted EBIT +8.2 percent to CHF 1.45 billion; operating margin 13.3 percent from 12.0 percent; restructuring costs 54 million and Building Minds 16 million Swiss francs left out; order intake -0.9 percent to CHF 11.31 billion; 2026 EBIT margin 13 percent (CHF, %)
# A Swiss company's results in francs (the kind's sales, organic growth — printed as growth in local currencies —,
# margin and guidance; the outlook's sales growth is in words, "low to mid single-digit", with no figure). Cut: the page
# is a morning digest; the passage is its "Topic of the day" story, which ends with the EBIT-margin sentence, and the
# digest's other items that follow (a Swiss stocks section on the SMI and other shares) go with the cut, a sentence
# boundary (they are other stories). Dropped as furniture: the digest's section labels "Morning News" and "Topic of the
# day", the byline "By Nadine PEREIRA" and the line "Published on Wed, 11.Feb.2026". Headline kept (rewritten: "Schindler
# Holding AG Bottom Line Advances In Full Year" -> "Schindler Holding AG's Bottom Line Rises In Full Year"). No quotes.
# Kept as printed: "CHF 10.95 billion" with the code before the figure, "Central Swiss group", "CHF 431 million", "in
# local currencies", "Adjusted operating profit (EBIT)", "12.0 percent" with its decimal, "restructuring costs of 54
# million" without a currency word, "16 million Swiss francs", "Building Minds", the odd sentence "The basis for future
# results has shrunk slightly" (rendered "The basis for future results is now slightly smaller"), "the new 2026
# financial year", "low to mid single-digit range", "13 percent", the headline's "Bottom Line" (the net profit itself is
# not printed).
# Periods: 2025, 2024, 2026 (see the header).
# Decided (news65 en02, news69 en02, news36 en02): revenue "fell by 2.6 percent to CHF 10.95 billion" -> key growth and
# key level. "Foreign currency effects cost CHF 431 million in sales" -> key -431e6 CHF currency impact. "In local
# currencies, sales would have grown by 1.3 percent" -> key local-currency growth with organic names among the
# alternatives. Adjusted EBIT "+8.2 percent to CHF 1.45 billion" -> key growth and key level. "The operating margin
# improved to 13.3 percent from 12.0 percent in the previous year" -> key with prior plus an optional 2024 row. The items
# left out of the figures (restructuring costs 54 million, Building Minds expenses 16 million Swiss francs) key, both in
# CHF (the currency word printed once for the pair). Order intake "-0.9 percent to CHF 11.31 billion" -> key growth and
# key level. "Slightly exceeded analysts' expectations for adjusted EBIT" prints no consensus figure (none computed).
# "The EBIT margin is forecast to reach 13 percent" -> key 2026 guidance. No rating actions.
SCH = "Schindler|Schindler Holding AG|Schindler Holding|Schindler Group|Schindler AG"
Y, Y0, YN = "2025", "2024", "2026"
OM = "operating_margin|ebit_margin|adjusted_ebit_margin|operating_profit_margin"
G["en02"] = ([
    m("revenue_growth|sales_growth|revenue_change", -2.6, "%", SCH, Y, basis="overall; in Swiss francs"),
    m("revenue|sales|total_revenue", 10.95e9, "CHF", SCH, Y),
    m("fx_impact|currency_impact|fx_impact_sales|currency_effect", -431e6, "CHF", SCH, Y,
      basis="foreign currency effects cost in sales; strong Swiss franc"),
    m("local_currency_sales_growth|revenue_growth_local_currency|sales_growth_local_currency|organic_revenue_growth|"
      "organic_growth|constant_currency_sales_growth", 1.3, "%", SCH, Y, basis="would have grown in local currencies"),
    m("adjusted_ebit_growth|ebit_growth|operating_profit_growth|adjusted_operating_profit_growth", 8.2, "%", SCH, Y,
      basis="adjusted operating profit (EBIT)"),
    m("adjusted_ebit|adjusted_operating_profit|ebit|operating_profit", 1.45e9, "CHF", SCH, Y,
      basis="adjusted operating profit (EBIT)"),
    m(OM, 13.3, "%", SCH, Y, prior=12.0, basis="improved"),
    m(OM, 12.0, "%", SCH, Y0, opt=True, basis="the previous year"),
    m("restructuring_costs|one_off_costs|excluded_items", 54e6, "CHF", SCH, Y,
      basis="not included in the figures; printed '54 million' without a currency word"),
    m("building_minds_expenses|program_expenses|one_off_costs|excluded_items", 16e6, "CHF",
      "Building Minds program|Building Minds|" + SCH, Y, basis="expenses not included in the figures"),
    m("order_intake_growth|orders_growth|order_growth", -0.9, "%", SCH, Y, basis="declined"),
    m("order_intake|orders|orders_received", 11.31e9, "CHF", SCH, Y),
    m("guidance_ebit_margin|ebit_margin_guidance|guidance_operating_margin|operating_margin_target", 13, "%", SCH, YN,
      basis="forecast to reach; the new 2026 financial year"),
], [])

# ---------------------------------------------------------------- en03 US retail sales for May (Reuters, uk.reuters.com; June 12 dateline, June 2014 by the address only, no year printed): +0.3 percent against 0.6 percent forecast; April revised to +0.5 percent from a first +0.1 percent; a third of consumer spending; first-quarter GDP -1.0 percent annual rate; core unchanged, April core revised to +0.2 percent from -0.1 percent; auto dealerships +1.4 percent; ex-autos +0.1 percent; building materials and garden equipment +1.1 percent; gasoline stations +0.4 percent (%)
# A US retail-sales release (the kind's headline against the consensus, sales excluding autos, core sales — the
# control group: "core sales, which strip out automobiles, gasoline, building materials and food services" — and the
# prior month revised). Whole as stored apart from furniture: the store's date line ("date 2014-06-12", not page text)
# and the closing credit "(Reporting by Lucia Mutikani; Editing by Andrea Ricci)" dropped. The stored text has no
# headline (it opens with the dateline; the address slug is not page text; none added). No quotes. Kept as printed:
# the dateline "WASHINGTON, June 12" run into the first sentence, "percent" written out, "a revised 0.5 percent",
# the poll "by Reuters" (rendered "A Reuters poll of economists"), "a previously reported 0.1 percent rise", "a 1.0
# percent annual rate" with its decimal, "the January-March period", "So-called core sales", "slipped 0.1 percent",
# "non-store retailers", "pump prices", the store groups that rose or fell without a figure (non-store retailers,
# sporting goods, electronics and appliances, clothing, restaurants and bars).
# Periods: none (see the header); the month in the basis.
# Decided (news74 en03, news15 en09): May's +0.3 % key; April "rose by a revised 0.5 percent" stands in a sentence of its
# own (not "after a revised") -> a key row of its own, with the first reading "a previously reported 0.1 percent rise in
# April" as its prior and an optional first-reading row. "Economists polled by Reuters had forecast sales gaining 0.6
# percent" a key consensus row. "Which account for a third of consumer spending" -> an optional 33.3 % share (a word
# figure, background). "The economy contracted at a 1.0 percent annual rate in the January-March period" -> a key -1.0
# annualized GDP growth on the US economy, the quarter in the basis. Core sales "were unchanged last month" -> key 0;
# "revised to show a 0.2 percent rise in April after previously being reported to have slipped 0.1 percent" -> key 0.2
# with prior -0.1 and an optional first-reading row. Auto dealerships +1.4 %, sales excluding autos +0.1 %, building
# materials and garden equipment stores +1.1 % and gasoline stations +0.4 % key (store groups keyed on the group with the
# US among the alternatives). "Acceleration in growth this quarter" and "rebound strongly" print no figure. No rating
# actions.
US = "U.S.|US|United States|U.S. retail sales"
MAY, APR = "May", "April"
RS = "retail_sales_growth|retail_sales_change|retail_sales_mom"
RC = "core_retail_sales_growth|core_retail_sales|retail_sales_control_group"
CAT = "retail_sales_growth|sales_growth|category_sales_growth"
G["en03"] = ([
    m(RS, 0.3, "%", US, basis=MAY + "; last month; rose less than expected"),
    m(RS, 0.5, "%", US, prior=0.1, basis=APR + ", revised"),
    m(RS, 0.1, "%", US, opt=True, basis=APR + ", previously reported"),
    m("retail_sales_consensus|retail_sales_forecast|retail_sales_growth_forecast", 0.6, "%", US,
      basis=MAY + "; economists polled by Reuters"),
    m("retail_sales_share_of_consumer_spending|share_of_consumer_spending|share", 33.3, "%", US, opt=True,
      basis="a third of consumer spending (words)"),
    m("gdp_growth|gdp_growth_annualized|gdp_growth_saar", -1.0, "%", "U.S. economy|U.S.|US|United States",
      basis="contracted at an annual rate; the January-March period"),
    m(RC, 0, "%", US, basis=MAY + "; unchanged; excluding automobiles, gasoline, building materials, food services"),
    m(RC, 0.2, "%", US, prior=-0.1, basis=APR + ", revised"),
    m(RC, -0.1, "%", US, opt=True, basis=APR + ", previously reported; slipped"),
    m("auto_sales_growth|car_sales_growth|" + CAT, 1.4, "%", "auto dealerships|autos|motor vehicles|" + US,
      basis=MAY + "; receipts at auto dealerships"),
    m("retail_sales_ex_autos_growth|retail_sales_ex_auto_growth|retail_sales_ex_autos", 0.1, "%", US,
      basis=MAY + "; excluding autos"),
    m(CAT, 1.1, "%", "building materials and garden equipment stores|building materials stores|" + US, basis=MAY),
    m(CAT, 0.4, "%", "gasoline stations|gasoline|" + US, basis=MAY + "; higher pump prices"),
], [])

# ---------------------------------------------------------------- en04 US new home sales for September with NAR's existing home sales (an InstaForex text on betiforex.com; no year printed): new home sales -11.5 percent to 468,000 from a revised 529,000 in August (552,000 first reported), against -0.5 percent to 549,000 expected; lowest since 449,000 last November; +2.0 percent on a year ago; Northeast -61.8 percent to 13,000, South -8.7, Midwest -8.3, West -6.7 percent; median price $296,900, +2.7 percent from $289,100 in August and +13.5 percent from $261,500 a year earlier; 225,000 homes for sale, 5.8 months' supply (4.9 months in August); existing home sales +4.7 percent to 5.55 million from a revised 5.30 million (5.31 million first reported) against 5.35 million expected (units, homes, USD, %, months)
# A US housing release (the kind's new-home sales at an annualized rate against the forecast, the revised earlier
# month, regions, the median price, inventory and months' supply; NAR's existing-home sales with their forecast in the
# same page). Whole as stored apart from the closing line "The material has been provided by InstaForex Company –
# www.instaforex" (furniture, itself cut off in the store). The stored text has no headline (it opens with the lead; the
# address slug "u-s-new-home-sales-fall-much-more-than-expected-in-september" is not page text; none added). No quotes.
# Kept as printed: "in the month of September", "annual rate" without "seasonally adjusted", "the revised August rate of
# 529,000", "the 552,000 originally reported", "lowest level in ten months", "since hitting 449,000 last November", "2.0
# percent" with its decimal, "a rate of just 13,000", "8.7 percent and 8.3 percent, respectively", "$296,900",
# "$289,100", "$261,500", "5.8 months of supply" beside "4.9 months of supply" in a sentence of its own, "NAR", "a
# slightly downwardly revised 5.30 million", "the 5.31 million originally reported".
# Periods: none (see the header); the month in the basis.
# Decided (news52 en05, news72 en03): new home sales "tumbled 11.5 percent to an annual rate of 468,000 in September from
# the revised August rate of 529,000" -> key -11.5 % and key 468000 units with prior 529000; the revised August rate a
# key row of its own with its first reading (552,000, printed in the next sentence) as prior, and the first reading an
# optional row. The economists' "-0.5 percent to a rate of 549,000" -> two key consensus rows. "Since hitting 449,000 last
# November" an optional historic low. "+2.0 percent compared to the same month a year ago" key. Northeast "-61.8 percent
# to a rate of just 13,000" -> key change and key level; South, Midwest and West key (the "respectively" pair read in
# order). The median price "$296,900, up 2.7 percent from $289,100 in August and up 13.5 percent from $261,500 in the
# same month last year" -> two comparison points: the September price key with no prior, each change key, the August and
# year-ago prices key rows of their own (news78 en09's two comparison points). Homes for sale 225,000 units key;
# "5.8 months of supply" key and "There was 4.9 months of supply in August" (a sentence of its own) a key row of its own.
# Existing home sales "jumped 4.7 percent to an annual rate of 5.55 million in September from a slightly downwardly
# revised 5.30 million in August" -> key +4.7 %, key 5.55e6 homes with prior 5.30e6, the revised August rate a key row of
# its own with the first reading 5.31 million as prior (optional first-reading row); the economists' 5.35 million a key
# consensus row. "Lowest level in ten months" is a count of months (not labelled). No rating actions.
US = "U.S.|US|United States|U.S. new home sales|new home sales|Commerce Department"
EUS = "U.S. existing home sales|existing home sales|National Association of Realtors|NAR|U.S.|US|United States"
S, A = "September", "August"
NHS = "new_home_sales|home_sales|sales"
NHSC = "new_home_sales_change|home_sales_change|sales_change|new_home_sales_growth"
MP = "median_price|median_home_price|median_sales_price|home_price"
MPC = "median_price_growth|median_home_price_growth|median_price_change|price_growth|home_price_growth"
EHS = "existing_home_sales|home_sales|sales|sales_rate"
def reg(name):
    return name + "|" + US
G["en04"] = ([
    m(NHSC, -11.5, "%", US, basis=S + "; tumbled; month-on-month"),
    m(NHS, 468000, "units", US, prior=529000, basis=S + "; annual rate; lowest in ten months"),
    m(NHS, 529000, "units", US, prior=552000, basis=A + ", revised; annual rate"),
    m(NHS, 552000, "units", US, opt=True, basis=A + ", originally reported; annual rate"),
    m("new_home_sales_change_consensus|new_home_sales_consensus|home_sales_change_forecast|sales_change_consensus",
      -0.5, "%", US, basis=S + "; economists had expected; just"),
    m("new_home_sales_consensus|home_sales_consensus|new_home_sales_forecast|sales_consensus", 549000, "units", US,
      basis=S + "; economists had expected; annual rate"),
    m(NHS, 449000, "units", US, opt=True, basis="last November; the previous low"),
    m(NHSC + "|new_home_sales_yoy|sales_yoy", 2.0, "%", US, basis=S + "; compared to the same month a year ago"),
    m(NHSC, -61.8, "%", reg("Northeast"), basis=S + "; plunged"),
    m(NHS, 13000, "units", reg("Northeast"), basis=S + "; a rate of just"),
    m(NHSC, -8.7, "%", reg("South"), basis=S + "; slumped"),
    m(NHSC, -8.3, "%", reg("Midwest"), basis=S + "; slumped"),
    m(NHSC, -6.7, "%", reg("West"), basis=S + "; slid"),
    m(MP, 296900, "USD", US, basis=S + "; new houses sold"),
    m(MPC, 2.7, "%", US, basis=S + "; from August"),
    m(MP, 289100, "USD", US, basis=A),
    m(MPC, 13.5, "%", US, basis=S + "; from the same month last year"),
    m(MP, 261500, "USD", US, basis="the same month last year"),
    m("homes_for_sale|inventory|new_homes_for_sale", 225000, "units", US, basis="new houses for sale at the end of " + S),
    m("months_supply|months_of_supply|inventory_months", 5.8, "months", US, basis=S + "; at the current sales rate"),
    m("months_supply|months_of_supply|inventory_months", 4.9, "months", US, basis=A),
    m("existing_home_sales_growth|home_sales_growth|sales_growth|home_sales_change", 4.7, "%", EUS,
      basis=S + "; jumped; NAR"),
    m(EHS, 5.55e6, "homes", EUS, prior=5.30e6, basis=S + "; annual rate; NAR"),
    m(EHS, 5.30e6, "homes", EUS, prior=5.31e6, basis=A + ", slightly downwardly revised; annual rate"),
    m(EHS, 5.31e6, "homes", EUS, opt=True, basis=A + ", originally reported; annual rate"),
    m("existing_home_sales_consensus|home_sales_consensus|existing_home_sales_forecast|sales_consensus", 5.35e6,
      "homes", EUS, basis=S + "; economists had expected; annual rate"),
], [])

# ---------------------------------------------------------------- en05 Gold and silver on a Tuesday (a Reuters text on Ammon News, en.ammonnews.net; no date printed, 2026 printed for the rate outlook): spot gold +0.2% to $4,310.21; U.S. gold futures settled -0.1% at $4,332.3; the dollar at a two-month low and 10-year yields lower (no figures); last week's quarter-point Fed cut; rate futures: two 25 bp cuts in 2026, 59 bps of easing; spot silver -0.3% to $63.75 from a record $64.65; platinum +4% to $1,854.95; palladium +2.5% to $1,606.41 (USD, %, bp)
# A gold and silver market report (the kind's spot and futures prices with their moves, the dollar and yields; the
# dollar and the 10-year yields are printed as directions only, "fell to a two-month low" and "edged lower", with no
# level or move). Whole as stored apart from the closing source line "Reuters" (furniture, dropped). The stored text has
# no headline (it opens with "Ammon News -", kept; the address "article/87527" carries no title; none added). Quotes:
# none (Powell's comments are reported, without figures). Kept as printed: "Ammon News -", "0.2%" with the sign "%" run
# in, "$4,310.21 per ounce", "as of 01:48 p.m. ET (18:48 GMT)", "$4,332.3" with one decimal and no "an ounce",
# "greenback-priced bullion", "a quarter-point rate cut" in words, "25 basis points" beside "59 bps", "in 2026" beside
# "next year", "$63.75 an ounce", "a record high of $64.65 on Friday", "$1,854.95" and "$1,606.41" without "an ounce",
# "its highest level since September 2011", "a two-month high".
# Periods: 2026 for the rate futures' expected cuts and easing; the rest none (see the header).
# Decided (news57 en06, news36 en04, news72 en04): spot gold +0.2 % and $4,310.21 key (the time in the basis); U.S. gold
# futures "settled 0.1% lower at $4,332.3" -> key -0.1 % and key settlement. "A quarter-point rate cut" announced last
# week -> key -25 bp on the Fed (words -> bp). "Two cuts of 25 basis points each in 2026" -> a key -25 bp expected move
# for 2026 (each cut) with the count of two optional; "pricing in 59 bps of easing next year" -> key -59 bp priced in
# for 2026 (news72 en04's implied cumulative cuts, negative). Spot silver -0.3 % and $63.75 key; "a record high of
# $64.65 on Friday" optional (an earlier session's extreme, as news36 en04's record high). Platinum +4 % and $1,854.95,
# palladium +2.5 % and $1,606.41 key on the metal (per ounce by context). The unemployment rate's rise prints no figure.
# No rating actions.
SG = "spot gold|gold|XAU"
GF = "U.S. gold futures|US gold futures|gold futures|gold"
SS = "spot silver|silver|XAG"
PT = "platinum|spot platinum"
PD = "palladium|spot palladium"
FED = "Fed|Federal Reserve|U.S. Federal Reserve|FOMC|Federal Open Market Committee|U.S. rate futures|US"
RCP = "rate_change_priced_in|rate_change_expected|implied_rate_change|rate_change|cumulative_rate_cuts"
G["en05"] = ([
    m("price_change|price_change_pct|gold_price_change", 0.2, "%", SG, basis="as of 01:48 p.m. ET"),
    m("price|gold_price|spot_price", 4310.21, "USD", SG, basis="per ounce, as of 01:48 p.m. ET (18:48 GMT)"),
    m("price_change|price_change_pct|futures_change", -0.1, "%", GF, basis="settled lower"),
    m("price|settlement_price|futures_price|settle|gold_price", 4332.3, "USD", GF, basis="settled; per ounce"),
    m("rate_change|policy_rate_change|fed_funds_rate_change|rate_cut", -25, "bp", FED,
      basis="a quarter-point rate cut announced last week (words)"),
    m(RCP, -25, "bp", FED, "2026", basis="each of two expected cuts; U.S. rate futures"),
    m("expected_rate_cuts|rate_cuts_expected|number_of_cuts", 2, "cuts", FED, "2026", opt=True,
      basis="two cuts of 25 basis points each"),
    m(RCP, -59, "bp", FED, "2026", basis="easing priced in for next year; U.S. rate futures"),
    m("price_change|price_change_pct|silver_price_change", -0.3, "%", SS),
    m("price|silver_price|spot_price", 63.75, "USD", SS, basis="an ounce"),
    m("price|record_high|silver_price", 64.65, "USD", SS, opt=True, basis="record high on Friday"),
    m("price_change|price_change_pct|platinum_price_change", 4, "%", PT),
    m("price|platinum_price", 1854.95, "USD", PT, basis="per ounce; highest level since September 2011"),
    m("price_change|price_change_pct|palladium_price_change", 2.5, "%", PD),
    m("price|palladium_price", 1606.41, "USD", PD, basis="per ounce; a two-month high"),
], [])

# ---------------------------------------------------------------- en06 Oppenheimer initiates Target at Overweight (Investing.com, ca.investing.com; a Tuesday, January 2023 by the dropped date line, no year printed): overweight, $190.00 target; pre-market +0.15%; EPS rebounding to $10.40 by FY24 from an estimated $5.45 in FY22; Q4 EPS $1.32 against a $1.39 Street figure, earnings down more than 50% YoY, a 2% comp decline; more than 1,900 stores (USD, %, stores)
# A broker initiating coverage of one stock (the kind's rating, target and estimates; no implied upside is printed and
# none is computed from the $190.00 target, since no share price is printed). Cut: the stored text breaks off inside the
# quoted note's last sentence ("As we look forward, we see the potential for a strong multi-year profit recovery, dri"),
# so the passage stops after the note's sentence on partnerships with other brands/retailers, a sentence boundary (no
# figure goes with the cut). Dropped as furniture: the advertising lines at the top ("Get 40% Off", "🤯 This Tech
# Portfolio is up 29% YTD! Join Now to Get April's Top Picks", "Get The Picks – Just 99 USD"), the lines "Published
# 2023-01-24, 07:28 a/m" and "Updated 2023-01-24, 07:28 a/m", the image credit "© Reuters." (twice) and the byline "By
# Michael Elkins". Headline kept (rewritten: "Oppenheimer initiates Target at Overweight" -> "Oppenheimer begins coverage
# of Target at Overweight"). Quotes: the note's quoted sentences rendered as reported speech ("more than 1,900 stores"
# kept). Kept as printed: "(NYSE:TGT)", "TGT", "0.15%", "pre-market", "Overweight" capitalised, "$190.00" with its
# decimals, "base case modeling scenario" (rendered "base-case modeling scenario"), "$10.40 by FY24", "an estimated $5.45
# in FY22", "Street forecasts for FY23", "Q4", "$1.32 vs. a $1.39 Street figure", the verbless sentence "A forecast that
# implies ... and embeds a 2% comp decline" (kept verbless), "YoY", "comp", "Minneapolis, MN", "brands/retailers".
# Periods: FY2024 and FY2022 for the EPS figures; Q4 none (see the header).
# Decided (news38 en12, news39 en07, news58 en04): "initiated coverage of the retailer with an Overweight rating and
# $190.00 price target" -> initiate, overweight, target 190 USD (the headline repeats the call: one action). Metrics: the
# pre-market +0.15 % key. "A rebound in earnings to $10.40 by FY24 from an estimated $5.45 in FY22" -> key broker EPS
# estimate 10.40 for FY2024 and key 5.45 for FY2022 (an estimate for a year not yet reported, so a row of its own, not a
# prior: the two are different years). "For Q4 Oppenheimer is looking for EPS of $1.32 vs. a $1.39 Street figure" -> key
# broker estimate and key consensus row. "Implies earnings are down more than 50% YoY" -> key -50 % forecast change
# (hedge in the basis); "embeds a 2% comp decline" -> key -2 % comparable-sales forecast. "More than 1,900 stores in the
# United States" optional (company background, news78 en11's "more than 100" businesses). "Aggressive Street forecasts
# for FY23" prints no figure.
TGT = "Target|Target Corporation|Target Corp|TGT"
OPP = "Oppenheimer|Oppenheimer & Co.|Oppenheimer & Co"
G["en06"] = ([
    m(PC, 0.15, "%", TGT, basis="pre-market trading on Tuesday"),
    m("eps_estimate|eps_forecast|earnings_estimate", 10.40, "USD", TGT, "FY2024",
      basis="Oppenheimer's base case; earnings rebounding to"),
    m("eps_estimate|eps_forecast|earnings_estimate", 5.45, "USD", TGT, "FY2022", basis="an estimated; Oppenheimer"),
    m("eps_estimate|eps_forecast|earnings_estimate", 1.32, "USD", TGT, basis="Q4; Oppenheimer is looking for"),
    m("eps_consensus|eps_estimate|street_eps_estimate", 1.39, "USD", TGT, basis="Q4; Street figure"),
    m("eps_growth_forecast|earnings_growth_forecast|eps_change_forecast|eps_growth", -50, "%", TGT,
      basis="more than; earnings down YoY; Q4 forecast"),
    m("comparable_sales_growth_forecast|comparable_sales_forecast|comp_sales_forecast|comparable_sales_growth", -2,
      "%", TGT, basis="a comp decline embedded in the Q4 forecast"),
    m("stores|store_count", 1900, "stores", TGT, opt=True, basis="more than; in the United States"),
], [
    ra(OPP, TGT, "initiate", "overweight", target=190, cur="USD"),
])
