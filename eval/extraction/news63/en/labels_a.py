# Hand-written gold labels for news63/en en01-en06 (batch a: US, Canadian and European news in English — a US card
# issuer's third quarter with purchase volume, EPS against the analysts' average, its provision for credit losses and
# reserve build, net charge-offs, delinquencies, net interest income and margin, each against the prior quarter and the
# year-ago quarter, Canada's two big railways' third quarter in C$ with revenue, operating ratios, cash flow, free cash
# flow and CN's business lines, revenue tonne miles, carloads and revenue per carload, a French carmaker's 2018 results
# in euros with recurring operating profit and margin, Nissan's contribution, sales to partners and a 2019 margin
# target, a US factory-orders release for November with transportation, durable goods, inventories, unfilled orders,
# shipments and the inventory-to-sales ratio, a Frankfurt close after the Brexit vote with the DAX and its movers, and a
# US IPO priced below its range with its first-day high, opening price, shares sold and proceeds, with rupee
# conversions).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the unit words "shares", "points" and "companies", the units "%" and "x" and the codes "USD", "CAD",
# "EUR" and "INR" were checked against the unit strings of the earlier sets' labels_*.py files instead), and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news62/en/README.md, with news48 en01 (a US bank's quarter; a "Previously:" / related-news line optional), news60 en01
# (a US regional bank's quarter), news62 en01 (a quarter compared with the prior quarter and the year-ago quarter in one
# construction: the first named is the prior, both earlier values optional rows with their periods), news62 en02 ("$" ->
# CAD on a Canadian page; a per-unit figure in the currency with the per-unit basis), news37 en07 (a railway's operating
# ratio in %), news33 en05 (a US durable-goods release: no year printed -> no periods, the month in the basis; a revision
# "to X after initially Y" -> prior and an optional first-estimate row; an earlier month's figure in its own clause a
# key row), news60 en04 and news62 en12 (market closes: index point move, close and % move key; each mover's move key)
# and news14 en05 / news21 en06 (IPO pricing: price, range as rng, shares, proceeds, first-day move) as models: values
# fully scaled ("$44.6B" -> 44.6e9 USD, "$703M" -> 703e6, "$3.118 billion" -> 3.118e9 CAD, "57.42 billion euros" ->
# 5.742e10 EUR, "578.96 million euros" -> 5.7896e8 EUR, "Rs. 13,000 crores" -> 1.3e11 INR, "5.6 million shares" ->
# 5.6e6 shares); declines, falls and drops negative ("fell 2.3 percent" -> -2.3, "declined by 946 million euros" ->
# -946e6, "dropped 7.8%" -> -7.8, "down by 288.5 points" -> -288.5 points, "shed around 1,000 points" -> -1000);
# currency codes ("$" -> USD on the US pages, "$" -> CAD on the Canadian trade magazine's page about CN's and CP's
# Canadian-dollar results, "euros" -> EUR, "Rs." -> INR); a price per carload in the currency alone with the per-unit
# basis (the development corpus's per-unit convention); a ratio printed as a bare number ("1.18") in "x"; hedges kept in
# the basis ("nearly", "about", "around", "as much as", "roughly"); a same-sentence "to X from Y" / "X ... from Y" /
# "from Y ... to X" / "X, a steep drop from Y" value of the same quantity is the prior and the earlier value an optional
# row; ranges as rng with value None; periods only where the text states or clearly implies the year (en01: "Q3" with
# "Q3 2021" as the year-ago quarter and "Sept. 30, 2022" -> 2022Q3, 2022Q2 and 2021Q3, point-in-time balances none with
# the date in the basis; en02: "the third quarter of 2014" with "the third quarter of 2013" -> 2014Q3 and 2013Q3; en03:
# "in 2018", "in 2017", "for 2019" -> 2018, 2017, 2019; en04 prints no year -> none; en05 is a market wrap -> none; en06,
# an IPO debut, prints no year for its figures -> none); quotes rendered as reported speech (the set never copies
# third-party sentences), their figures labelled like any other; the source's own oddities labelled as printed.
# Not labelled: dates and times ("Sept. 30, 2022", "June 30", "8:00 AM ET", "September 30", "Thursday", "Monday",
# "Wednesday", "June 28, 2016", "today", "last week", "this year", "Founded in 2002"), spans and ranks ("for a third
# straight month", "over the past year" beyond its basis, "the highest of any category", "a fresh quarterly record"),
# counts that carry no financial value ("Canada's two major railways", "three business areas", "every other DAX member
# share"), "30+ days" in the name of the delinquency measure, and numbers inside names ("Q3" beyond its period, "S&P").

PC = "price_change|share_price_change"
EPS = "eps|earnings_per_share|diluted_eps|gaap_eps"
NI = "net_income|net_profit|net_earnings|profit|earnings"

# ---------------------------------------------------------------- en01 Synchrony Financial's third quarter of 2022 (Seeking Alpha, seekingalpha.com; Tuesday October 25, 2022, the store's date line; "Sept. 30, 2022" printed): purchase volume $44.6B from $47.2B and $41.9B; EPS $1.47 vs the $1.38 estimate, from $1.60 and $2.00; net earnings $703M from $804M and $1.14B; provision $929M with a $294M build, from $724M and $25M (a $407M release); NCO rate 3.00% from 2.73% and 2.18%; 30+ delinquency 3.28% from 2.74% and 2.42%; NII $3.93B from $3.80B and $3.66B; NIM 15.52% from 15.60% and 15.45%; loan receivables $86.0B from $82.7B; other expense $1.06B from $1.08B and $961M; the related line's GAAP EPS $1.47 beat by $0.09, revenue $2.91B beat by $110M (USD, %)
# A US card issuer's quarter with purchase volume, its provision for credit losses, net charge-offs, delinquencies,
# net interest income and margin. Whole as stored (page furniture aside). The stored text has no headline (it opens
# with the store's date line "date 2022-10-25" and the lead; the address slug
# "synchrony-financial-q3-earnings-decline-as-provision-for-credit-losses-rise" is not page text; none added). The CFO's
# two quoted sentences are rendered as reported speech (no figures). Kept as printed: "(NYSE:SYF)", "$44.6B", "$703M"
# and the other B/M abbreviations, "Q2" / "Q3" / "Q3 2021", "3.00%" with its trailing zeros, "$86.0B", "Sept. 30, 2022",
# "30+ days past due", "Synchrony Financial's (SYF)", "8:00 AM ET" and the closing related-news line "Earlier,
# Synchrony Financial (SYF) GAAP EPS of $1.47 beats by $0.09, revenue of $2.91B beats by $110M" (printed without a
# final full stop; rewritten "Earlier: ...").
# Periods: "Q3" beside the year-ago "Q3 2021" and "Sept. 30, 2022" -> 2022Q3; "Q2" / "the prior quarter" -> 2022Q2; "Q3
# 2021" / "a year ago" / "the year-ago quarter" -> 2021Q3. Loan receivables "at Sept. 30, 2022" and "at June 30" are
# point-in-time balances (no period; the dates in the basis, news62 en01).
# Decided: every current-quarter figure compared "from X in Q2 and from Y in Q3 2021" in one sentence -> key with the
# first-named (the prior quarter's) value as the prior and both earlier values optional rows with their periods (news62
# en01): purchase volume, EPS, net earnings, the provision, the NCO rate, the delinquency rate, NII, NIM and other
# expense. The analysts' average EPS estimate $1.38 a key consensus row. The provision's "reserve build of $294M" key;
# the year-ago quarter's "$407M reserve release" key as a 2021Q3 release (an earlier period's figure in a clause of its
# own, positive as printed). Loan receivables $86.0B key with June 30's $82.7B as prior and an optional row. The closing
# related-news line optional throughout (news48 en01, dev corpus): its GAAP EPS repeat, the $0.09 beat, revenue $2.91B
# and its $110M beat. "30+ days" names the measure (not labelled); "8:00 AM ET" a time.
SYF = "Synchrony Financial|Synchrony|SYF"
Q, Q2, QY = "2022Q3", "2022Q2", "2021Q3"
PV = "purchase_volume|card_purchase_volume|purchase_volume_total"
PCL = "provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision|pcl"
NCO = "net_charge_off_rate|nco_rate|net_charge_offs|net_charge_off_ratio|charge_off_rate"
DQ = "delinquency_rate|30_day_delinquency_rate|past_due_rate|30_plus_delinquency_rate"
NII = "net_interest_income|nii"
NIM = "net_interest_margin|nim"
OX = "other_expense|total_other_expense|operating_expenses|noninterest_expense|expenses"
G["en01"] = ([
    m(PV, 44.6e9, "USD", SYF, Q, prior=47.2e9),
    m(PV, 47.2e9, "USD", SYF, Q2, opt=True, basis="Q2"),
    m(PV, 41.9e9, "USD", SYF, QY, opt=True, basis="Q3 2021"),
    m(EPS, 1.47, "USD", SYF, Q, prior=1.60, basis="Q3 EPS; GAAP per the related line"),
    m(EPS, 1.60, "USD", SYF, Q2, opt=True, basis="prior quarter"),
    m(EPS, 2.00, "USD", SYF, QY, opt=True, basis="year-ago quarter"),
    m("eps_consensus|eps_estimate|consensus_eps", 1.38, "USD", SYF, Q, basis="average analyst estimate"),
    m(NI, 703e6, "USD", SYF, Q, prior=804e6, basis="net earnings"),
    m(NI, 804e6, "USD", SYF, Q2, opt=True, basis="net earnings, Q2"),
    m(NI, 1.14e9, "USD", SYF, QY, opt=True, basis="net earnings, Q3 2021"),
    m(PCL, 929e6, "USD", SYF, Q, prior=724e6, basis="included a reserve build of $294M"),
    m(PCL, 724e6, "USD", SYF, Q2, opt=True, basis="Q2"),
    m(PCL, 25e6, "USD", SYF, QY, opt=True, basis="Q3 2021; included a $407M reserve release"),
    m("reserve_build|allowance_build|reserve_increase|loan_loss_reserve_build", 294e6, "USD", SYF, Q,
      basis="included in the provision"),
    m("reserve_release|allowance_release|reserve_build_release", 407e6, "USD", SYF, QY,
      basis="included in the Q3 2021 provision"),
    m(NCO, 3.00, "%", SYF, Q, prior=2.73, basis="as a percentage of average loan receivables including held for sale"),
    m(NCO, 2.73, "%", SYF, Q2, opt=True, basis="Q2"),
    m(NCO, 2.18, "%", SYF, QY, opt=True, basis="a year ago"),
    m(DQ, 3.28, "%", SYF, Q, prior=2.74, basis="30+ days past due"),
    m(DQ, 2.74, "%", SYF, Q2, opt=True, basis="30+ days past due, Q2"),
    m(DQ, 2.42, "%", SYF, QY, opt=True, basis="30+ days past due, a year ago"),
    m(NII, 3.93e9, "USD", SYF, Q, prior=3.80e9),
    m(NII, 3.80e9, "USD", SYF, Q2, opt=True, basis="prior quarter"),
    m(NII, 3.66e9, "USD", SYF, QY, opt=True, basis="year-ago quarter"),
    m(NIM, 15.52, "%", SYF, Q, prior=15.60),
    m(NIM, 15.60, "%", SYF, Q2, opt=True, basis="Q2"),
    m(NIM, 15.45, "%", SYF, QY, opt=True, basis="Q3 2021"),
    m("loan_receivables|loans|total_loans|loan_balance", 86.0e9, "USD", SYF, prior=82.7e9, basis="at Sept. 30, 2022"),
    m("loan_receivables|loans|total_loans|loan_balance", 82.7e9, "USD", SYF, opt=True, basis="at June 30"),
    m(OX, 1.06e9, "USD", SYF, Q, prior=1.08e9, basis="total other expense"),
    m(OX, 1.08e9, "USD", SYF, Q2, opt=True, basis="total other expense, Q2"),
    m(OX, 961e6, "USD", SYF, QY, opt=True, basis="total other expense, Q3 2021"),
    m(EPS, 1.47, "USD", SYF, Q, opt=True, basis="GAAP; related-news line repeat"),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.09, "USD", SYF, Q, opt=True, basis="beats by; related-news line"),
    m("revenue|net_revenue|total_revenue", 2.91e9, "USD", SYF, Q, opt=True, basis="related-news line"),
    m("revenue_surprise|revenue_beat|revenue_vs_consensus", 110e6, "USD", SYF, Q, opt=True,
      basis="beats by; related-news line"),
], [])

# ---------------------------------------------------------------- en02 CN's and CP's third quarter of 2014 in C$ (Canadian Sailings, canadiansailings.ca; most likely late October 2014, no date printed): CN revenues +15.6 per cent to $3.118 billion, operating ratio 58.76 from 59.82 per cent, operating cash flow $1.328 billion from $1.066 billion, free cash flow $706 million from $468 million; CP revenues $1.67 billion, +9 per cent, operating ratio 62.81 from 65.84 per cent, operating income $621 million from $524 million, operating cash flow $534 million from $504 million; CN grain and fertilizers +29 per cent, $469 million; petroleum and chemicals $594 million, +21 per cent; freight revenues +16 per cent; RTM +13 per cent; revenue per RTM +2.5 per cent; carloads +11 per cent; $3,536 per carload (CAD, %)
# A sector round-up of two Canadian railways' quarters in C$. Cut: the stored text breaks off inside the next sentence
# ("CN's most important revenue generator continues to be"), so the passage stops after the revenue-per-carload
# sentence, a sentence boundary; no figure goes with the cut. The stored text has no headline (it opens with the lead;
# the address slug "cn-and-cp-announce-third-quarter-results-3" is not page text; none added). No quotes. Kept as
# printed: "per cent", "$3.118 billion", "$1.328 billion", "$1.67 billion" and the other dollar amounts without a
# currency prefix, the operating ratios written as "operating expenses as a percentage of revenues" for CN and as
# "Operating expenses declined dramatically from 65.84 per cent ... to 62.81 per cent" for CP (no "as a percentage of
# revenues" there; rewritten "Operating expenses dropped sharply, from ..."), the quoted "Free" cash flow with its
# gloss, "(29 per cent)" in brackets, "revenue tonne miles (RTM)", "$3,536 per carload".
# Periods: CP's "third quarter of 2014" and both railways' "third quarter of 2013" comparisons -> 2014Q3 for every
# current-quarter figure (CN's too: the same quarter ended September 30) and 2013Q3 for the year-ago values.
# Decided: "$" -> CAD (a Canadian trade magazine on the two Canadian railways' results, reported in Canadian dollars;
# news62 en02). Operating expenses as a percentage of revenues -> operating_ratio in % with the earlier value as prior
# (a "from Y to X" construction) and an optional 2013Q3 row, for CN and for CP (news37 en07). "Increased to X from Y",
# "rose to X from Y", "up significantly from Y", "rose from Y ... to X" -> key with prior and an optional 2013Q3 row
# (operating cash flow, free cash flow, operating income). CN's year-earlier quarter is named only for revenue; the
# cash-flow "from" values are its year-ago quarter too (2013Q3 in the optional rows). Business lines (grain and
# fertilizers, petroleum and chemicals) keyed on themselves with CN among the alternatives; "the largest revenue gains
# ... (29 per cent)" -> key growth. Freight revenue growth, RTM growth, revenue per RTM growth and carload growth key on
# CN. "At $3,536 per carload" -> 3536 CAD with "per carload" in the basis (the per-unit convention), on petroleum and
# chemicals. "A new quarterly record" (twice) is a rank, not labelled.
CN = "CN|Canadian National|Canadian National Railway|CN Rail|Canadian National Railway Company|CNR"
CP = "CP|Canadian Pacific|Canadian Pacific Railway|CP Rail|Canadian Pacific Railway Limited"
Q, QY = "2014Q3", "2013Q3"
REV = "revenue|revenues|total_revenue"
REVG = "revenue_growth|revenues_growth|sales_growth"
OR = "operating_ratio|operating_expense_ratio|operating_expenses_pct_revenue|operating_expenses_to_revenue"
OCF = "operating_cash_flow|cash_flow_from_operations|cash_from_operations"
FCF = "free_cash_flow|fcf"
GF = "grain and fertilizers|grain and fertilizer|CN grain and fertilizers|" + CN
PETC = "petroleum and chemicals|CN petroleum and chemicals|" + CN
G["en02"] = ([
    m(REVG, 15.6, "%", CN, Q, basis="compared to the third quarter of 2013"),
    m(REV, 3.118e9, "CAD", CN, Q, basis="a new quarterly record"),
    m(OR, 58.76, "%", CN, Q, prior=59.82, basis="operating expenses as a percentage of revenues; a new quarterly record"),
    m(OR, 59.82, "%", CN, QY, opt=True, basis="operating expenses as a percentage of revenues, earlier"),
    m(OCF, 1.328e9, "CAD", CN, Q, prior=1.066e9),
    m(OCF, 1.066e9, "CAD", CN, QY, opt=True, basis="earlier"),
    m(FCF, 706e6, "CAD", CN, Q, prior=468e6, basis="operating cash flow less net investments and dividends"),
    m(FCF, 468e6, "CAD", CN, QY, opt=True, basis="earlier"),
    m(REV, 1.67e9, "CAD", CP, Q),
    m(REVG, 9, "%", CP, Q, basis="compared to the third quarter of 2013"),
    m(OR, 62.81, "%", CP, Q, prior=65.84, basis="operating expenses (as a percentage of revenues)"),
    m(OR, 65.84, "%", CP, QY, opt=True, basis="third quarter of 2013"),
    m("operating_income|operating_profit", 621e6, "CAD", CP, Q, prior=524e6),
    m("operating_income|operating_profit", 524e6, "CAD", CP, QY, opt=True, basis="third quarter of 2013"),
    m(OCF, 534e6, "CAD", CP, Q, prior=504e6, basis="quarter just ended"),
    m(OCF, 504e6, "CAD", CP, QY, opt=True, basis="third quarter of 2013"),
    m("segment_revenue_growth|" + REVG, 29, "%", GF, Q, basis="largest revenue gains of the quarter"),
    m("segment_revenue|" + REV, 469e6, "CAD", GF, Q, basis="revenue from carrying grain and fertilizers"),
    m("segment_revenue|" + REV, 594e6, "CAD", PETC, Q),
    m("segment_revenue_growth|" + REVG, 21, "%", PETC, Q, basis="over the same quarter of 2013"),
    m("freight_revenue_growth|freight_revenues_growth|" + REVG, 16, "%", CN, Q, basis="overall"),
    m("rtm_growth|revenue_tonne_miles_growth|revenue_ton_miles_growth|traffic_growth", 13, "%", CN, Q,
      basis="overall revenue tonne miles (RTM)"),
    m("revenue_per_rtm_growth|revenue_per_tonne_mile_growth|yield_growth", 2.5, "%", CN, Q, basis="revenue per RTM"),
    m("carloads_growth|carload_growth|volume_growth", 11, "%", CN, Q),
    m("revenue_per_carload|revenue_per_unit", 3536, "CAD", PETC, Q,
      basis="per carload; petroleum and chemical products; highest of any category"),
], [])

# ---------------------------------------------------------------- en03 Renault's 2018 results (Automotive News Europe, europe.autonews.com; Thursday February 14, 2019, no date printed): revenue -2.3 percent to 57.42 billion euros ($64.7 billion); recurring operating profit -6.3 percent to 3.61 billion, 6.3 percent margin; net income 3.3 billion euros from 5.31 billion in 2017; +2.5 percent excluding currency effects; sales to partners -946 million euros ($1.1 billion); Nissan's contribution 1.51 billion euros, -46 percent; cost savings 421 million euros, -37 percent; 2019 target around 6 percent vs 6.3 percent (EUR, USD, %)
# A European carmaker's annual results in euros with its margin and a target for the next year. Cut: the stored text
# breaks off after the words "Global and European" (a sentence begun but not finished) after the target sentence, so
# the passage stops after "... compared with 6.3 percent in 2018." (rewritten "... against 6.3 percent in 2018."), a
# sentence boundary; no figure goes with the cut. The stored text has no headline (it opens with the dateline "PARIS
# --"; the address slug "renault-sales-and-profits-fall-diesel-currency-setbacks" is not page text; none added); the
# crosshead "Weaker targer" is kept with its typo. Dropped as furniture: a podcast promotion between the Nissan and the
# cost-saving paragraphs ("In this episode of the Ally All Ears podcast, host Emma Hancock interviews Kelly Olson, ...";
# no figures). The CEO's quoted sentence and quoted phrase are rendered as reported speech (no figures beyond the year
# 2018), and the quoted target phrase "around 6 percent," is kept without its quotation marks. Kept as printed: "PARIS
# --", "57.42 billion euros ($64.7 billion)", "3.61 billion" and "the 5.31 billion" without "euros", "946 million euros
# ($1.1 billion)", "Thierry Bollore" without an accent, "targer". The source's "thet reported" (for "that reported") is
# rewritten away.
# Periods: "in 2018" -> 2018 for every results figure (revenue, recurring operating profit and margin, net income,
# sales to partners, Nissan's contribution, the cost savings are the same year's); "recorded in 2017" -> 2017; "for
# 2019" -> 2019 for the target.
# Decided: revenue, recurring operating profit and net income key with their growth where printed; "for a 6.3 percent
# operating margin" a key margin row (the -6.3 % profit fall is a separate key row with the same absolute value).
# "3.3 billion euros, down sharply from the 5.31 billion recorded in 2017" -> key with the 2017 figure as prior and an
# optional 2017 row. "Excluding currency effects, revenue would have risen 2.5 percent" -> key constant-currency growth.
# "Sales to partners ... fell by 946 million euros" -> key -946e6 EUR change, its "($1.1 billion)" an optional
# conversion (negative like the change). Nissan's contribution 1.51 billion euros and its -46 % key on Nissan with Renault
# among the alternatives; the cost savings' 421 million euros and "a 37 percent decline" key. The 2019 target "around 6
# percent" a key guidance row (hedge in the basis); its "compared with 6.3 percent in 2018" restates the 2018 margin
# (optional repeat, not a prior: the target is a different quantity from last year's margin). The bracketed dollar
# conversions optional. "This year" (the further negative impact) carries no figure.
REN = "Renault|Groupe Renault|Renault SA|Renault Group|Renault group"
NIS = "Nissan|Nissan Motor|" + REN
G["en03"] = ([
    m("revenue_growth|sales_growth", -2.3, "%", REN, "2018"),
    m("revenue|sales|group_revenue", 57.42e9, "EUR", REN, "2018"),
    m("revenue|sales|group_revenue", 64.7e9, "USD", REN, "2018", opt=True, basis="bracketed conversion"),
    m("operating_profit_growth|recurring_operating_profit_growth|operating_income_growth", -6.3, "%", REN, "2018",
      basis="recurring operating profit"),
    m("operating_profit|recurring_operating_profit|operating_income|operating_margin_amount", 3.61e9, "EUR", REN,
      "2018", basis="recurring operating profit; printed without euros"),
    m("operating_margin|recurring_operating_margin", 6.3, "%", REN, "2018"),
    m(NI, 3.3e9, "EUR", REN, "2018", prior=5.31e9, basis="down sharply"),
    m(NI, 5.31e9, "EUR", REN, "2017", opt=True, basis="recorded in 2017; printed without euros"),
    m("revenue_growth_constant_currency|constant_currency_revenue_growth|organic_revenue_growth|revenue_growth", 2.5,
      "%", REN, "2018", basis="excluding currency effects; would have risen"),
    m("sales_to_partners_change|partner_sales_change|revenue_change", -946e6, "EUR", REN, "2018",
      basis="sales to partners including Nissan; collapsing diesel demand"),
    m("sales_to_partners_change|partner_sales_change|revenue_change", -1.1e9, "USD", REN, "2018", opt=True,
      basis="bracketed conversion"),
    m("nissan_contribution|associate_contribution|contribution_from_associates|equity_income", 1.51e9, "EUR", NIS,
      "2018", basis="Nissan's contribution to Renault earnings"),
    m("nissan_contribution_change|contribution_growth|associate_contribution_change", -46, "%", NIS, "2018",
      basis="decline from 2017, when one-off gains inflated Nissan's profit"),
    m("cost_savings|cost_saving_contribution|savings", 421e6, "EUR", REN, "2018",
      basis="purchasing and manufacturing cost savings contributed to profit"),
    m("cost_savings_change|cost_savings_growth|savings_change", -37, "%", REN, "2018", basis="a decline"),
    m("guidance_operating_margin|operating_margin_guidance|operating_margin_target|profitability_target", 6, "%", REN,
      "2019", basis="around; weaker profit goal"),
    m("operating_margin|recurring_operating_margin", 6.3, "%", REN, "2018", opt=True,
      basis="restated beside the 2019 target"),
], [])

# ---------------------------------------------------------------- en04 US factory orders for November (Investment Executive, investmentexecutive.com; no date or year printed): orders +2.5% against the 2.3% expected; transportation equipment nearly 16% (15.8%); October revised to 1.7% after 2.2%; motor vehicle bodies, parts and trailers -7.8%; durable goods +4.4%; inventories +0.2%; unfilled orders +3%; inventory-to-sales ratio 1.18; orders +7.8% in the past year; shipments +0.2% after +0.7% in October; nondurable shipments +0.4%, petroleum -5%, chemicals +2.4%; total shipments +7% in the past year (%, x)
# A macro data release: a US factory-orders report. Whole as stored. The stored text has no headline (it opens with
# the lead; the address slug "u-s-november-factory-orders-rise-2-5" is not page text; none added). No quotes. Kept as
# printed: "U.S.-made factory goods", "the U.S. Commerce Department said today", "nearly 16%" in the lead beside
# "15.8%" later for the same transportation orders, "unrevised from last week's estimate", "1.18" with no unit.
# Periods: none ("November", "October", "today", "last week" and "the past year" print no year; the month goes into the
# basis, news33 en05).
# Decided: factory orders +2.5 % key and the economists' 2.3 % a key consensus row. Transportation equipment orders:
# the precise "15.8% rise" key, the lead's "nearly 16% jump" an optional rounded repeat (dev corpus: a rounded repeat
# is optional; the hedge in the basis). "October orders ... were revised to rise 1.7% after initially estimated to
# climb 2.2%" -> key 1.7 with prior 2.2 and an optional first-estimate row (news33 en05). Motor vehicle bodies, parts and
# trailers -7.8 % key; durable goods orders +4.4 % key; inventories +0.2 % and unfilled orders +3 % key; the
# inventory-to-sales ratio 1.18 key in "x"; orders' +7.8 % "in the past year" key (a year-on-year row). Shipments +0.2 %
# (November) key and "after rising 0.7% in October" a key October row (an earlier month in a clause of its own).
# Nondurable shipments +0.4 %, petroleum -5 %, chemicals +2.4 % key; total shipments +7 % over the past year key.
# "Manufacturing orders were flat" and "shipments of durable goods were flat" carry no figure (not labelled as 0).
US = "US|U.S.|United States"
FO = "factory_orders_change|factory_orders|factory_orders_growth|new_orders_change|manufacturing_orders_change"
SHP = "factory_shipments_change|shipments_change|shipments_growth|manufacturing_shipments_change"
TR = "transportation equipment|transportation equipment orders|transportation|" + US
G["en04"] = ([
    m(FO, 2.5, "%", US, basis="November"),
    m("factory_orders_consensus|factory_orders_estimate|factory_orders_forecast", 2.3, "%", US,
      basis="November; expected by economists"),
    m("transportation_equipment_orders_change|transportation_orders_change|transportation_orders|" + FO, 15.8, "%", TR,
      basis="November"),
    m("transportation_equipment_orders_change|transportation_orders_change|transportation_orders|" + FO, 16, "%", TR,
      opt=True, basis="nearly; rounded repeat in the lead"),
    m(FO, 1.7, "%", US, prior=2.2, basis="October, revised"),
    m(FO, 2.2, "%", US, opt=True, basis="October, initial estimate"),
    m("motor_vehicle_orders_change|motor_vehicle_parts_orders_change|orders_change", -7.8, "%",
      "motor vehicle bodies, parts and trailers|motor vehicles|" + US, basis="November"),
    m("durable_goods_orders_change|durable_goods_orders|durable_goods_orders_growth", 4.4, "%", US,
      basis="November; unrevised from last week's estimate"),
    m("inventories_change|inventory_change|factory_inventories_change", 0.2, "%", US, basis="November"),
    m("unfilled_orders_change|unfilled_orders|unfilled_orders_growth", 3, "%", US, basis="November; total"),
    m("inventory_to_sales_ratio|inventory_sales_ratio|inventories_to_sales_ratio", 1.18, "x", US,
      basis="held for the third consecutive month"),
    m("factory_orders_yoy|factory_orders_annual_change|orders_growth_yoy|" + FO, 7.8, "%", US,
      basis="in the past year; not adjusted for price changes"),
    m(SHP, 0.2, "%", US, basis="November; factory goods"),
    m(SHP, 0.7, "%", US, basis="October"),
    m("nondurable_shipments_change|nondurable_goods_shipments_change|" + SHP, 0.4, "%", US, basis="November"),
    m("petroleum_shipments_change|" + SHP, -5, "%", "petroleum|petroleum shipments|" + US, basis="November"),
    m("chemicals_shipments_change|chemical_shipments_change|" + SHP, 2.4, "%", "chemicals|chemical shipments|" + US,
      basis="November"),
    m("shipments_yoy|total_shipments_change|" + SHP, 7, "%", US, basis="total shipments, in the past year"),
], [])

# ---------------------------------------------------------------- en05 Frankfurt close after the Brexit vote (Xinhua on China.org.cn, en.chinagate.cn; the session of Monday June 27, 2016, dateline "Xinhua, June 28, 2016"): DAX nearly -300 points, -288.5 points, -3.02 percent, 9,286.66 points; around -1,000 points since the referendum; Vonovia +2.37, Henkel +1.1, Deutsche Lufthansa -8.26, Continental -8.08, HeidelbergCement -8.03, Volkswagen -7.13, Deutsche Bank -6.17, Allianz -5.24, Commerzbank -5.24 percent; Allianz turnover 578.96 million euros (642.57 million U.S. dollars) (points, %, EUR, USD)
# A stock market close with the DAX and its movers. Whole as stored (page furniture aside; the wire's closing "Endit"
# marker dropped). Headline kept (rewritten: "Germany's benchmark DAX index continues to fall" -> "Germany's benchmark
# DAX index keeps falling"); the dateline "Xinhua, June 28, 2016" kept. Dropped as furniture: the "Off the wire" list of
# other stories (among them "British FTSE 100 decreases 2.55 pct on Monday"; its figure goes with it), "You are here:
# Home", "Adjust font size:" and "Endit". No quotes. Kept as printed: "nearly 300 points" in the lead beside "288.5
# points" for the same fall, "9,286.66 points", "around 1,000 points", the gloss on Henkel's "three business areas",
# "Commerzbank closed 5.24 percent lower" with the same figure as Allianz, "578.96 million euros (642.57 million U.S.
# dollars)".
# Periods: none (a market wrap; the session's "Monday" and the dateline are dates).
# Decided: the precise -288.5 points, the close 9,286.66 and -3.02 % key; the lead's "nearly 300 points" an optional
# rounded repeat (hedge in the basis). "Has lost around 1,000 points since the result of the referendum" -> key
# cumulative -1000 points (hedge and span in the basis). Each mover's % move key (two movers share -5.24, two rows).
# Allianz's turnover 578.96 million euros key, its U.S.-dollar conversion optional. "All the other DAX member shares"
# and "three business areas" carry no figure worth labelling.
DAX = "DAX|DAX index|DAX 30|German DAX|Frankfurt DAX"
G["en05"] = ([
    m("index_change|points_change", -288.5, "points", DAX, basis="Monday close"),
    m("index_change|points_change", -300, "points", DAX, opt=True, basis="nearly; rounded repeat in the lead"),
    m("index_close|close|index_level", 9286.66, "points", DAX, basis="closed at"),
    m("index_change_pct|index_change|percent_change", -3.02, "%", DAX),
    m("index_change|points_change|cumulative_change", -1000, "points", DAX,
      basis="around; since the result of the referendum in Britain was unveiled"),
    m(PC, 2.37, "%", "Vonovia|Vonovia SE"),
    m(PC, 1.1, "%", "Henkel|Henkel AG"),
    m(PC, -8.26, "%", "Deutsche Lufthansa|Lufthansa"),
    m(PC, -8.08, "%", "Continental|Continental AG"),
    m(PC, -8.03, "%", "HeidelbergCement|Heidelberg Cement"),
    m(PC, -7.13, "%", "Volkswagen|VW"),
    m(PC, -6.17, "%", "Deutsche Bank"),
    m(PC, -5.24, "%", "Allianz|Allianz SE"),
    m(PC, -5.24, "%", "Commerzbank"),
    m("turnover|trading_value|traded_value|trading_volume", 578.96e6, "EUR", "Allianz|Allianz SE",
      basis="most traded share of the day"),
    m("turnover|trading_value|traded_value|trading_volume", 642.57e6, "USD", "Allianz|Allianz SE", opt=True,
      basis="bracketed conversion"),
], [])

# ---------------------------------------------------------------- en06 Sonos's IPO and market debut (Reuters on Gadgets 360 / NDTV, gadgets.ndtv.com; Thursday August 2, 2018, no date printed): as much as +34 percent to $20.20 (Rs. 1,390); market value nearly $1.9 billion (Rs. 13,000 crores); opened $16, about 7 percent above the $15 IPO price; range $17-$19; about 5.6 million shares raised $83.3 million (Rs. 573 crores); existing holders sold 8.3 million shares; around 100 streaming providers; $149 (Rs. 10,250) (USD, INR, %, shares)
# A US IPO priced below its range with its first-day trading. Whole as stored. The stored text has no headline (it
# opens with the lead; the address slug "sonos-ipo-public-listing-market-debut-share-jump-nasdaq-1894566" is not page
# text; none added). The chief executive's two quoted sentences and his later quoted sentence (with the inner quote
# "Hey, for $149 (roughly Rs. 10,250) ...") are rendered as reported speech; "$149 (roughly Rs. 10,250)" kept. Kept as
# printed: the page's rupee conversions "(roughly Rs. 1,390)", "(roughly Rs. 13,000 crores)", "(roughly Rs. 573
# crores)" and "(roughly Rs. 10,250)", "$17-$19 per share" with a hyphen, "about 5.6 million shares", "KKR & Co",
# "Spotify Technology SA", "Allen & Co", "Santa Barbara, California-based", "around 100 music streaming providers".
# Periods: none (an IPO debut; "Thursday", "Wednesday", "this year" and "Founded in 2002" print no year for the
# figures).
# Decided: "rose as much as 34 percent to $20.20" -> key % move and key price (the intraday high; hedge in the basis);
# the market value "nearly $1.9 billion" key (at that level). Opening price $16 key and "about 7 percent above the ...
# IPO price" key; IPO price $15 key; "the target range of $17-$19 per share" a key range (rng, value None). "About 5.6
# million shares" key in shares and its $83.3 million proceeds key; the existing shareholders' "additional 8.3 million
# shares" key (shares sold by holders). The rupee conversions optional (dev corpus: currency conversions in brackets),
# "Rs. 13,000 crores" scaled to 1.3e11 INR and "Rs. 573 crores" to 5.73e9 INR. The "around 100 music streaming
# providers" optional in "companies" (a partner count of minor interest); the CEO's "$149" entry price optional (an
# incidental product price inside a quote) with its rupee conversion optional. "Founded in 2002" a date.
SONO = "Sonos|Sonos Inc|Sonos Inc.|SONO"
G["en06"] = ([
    m("price_change|debut_change|first_day_gain|share_price_change", 34, "%", SONO,
      basis="as much as; market debut, intraday"),
    m("share_price|price|intraday_high|debut_high", 20.20, "USD", SONO, basis="as much as; market debut, intraday"),
    m("share_price|price|intraday_high|debut_high", 1390, "INR", SONO, opt=True, basis="roughly; bracketed conversion"),
    m("market_value|market_cap|valuation", 1.9e9, "USD", SONO, basis="nearly; at the debut high"),
    m("market_value|market_cap|valuation", 1.3e11, "INR", SONO, opt=True,
      basis="roughly Rs. 13,000 crores; bracketed conversion"),
    m("opening_price|open_price|price|share_price", 16, "USD", SONO, basis="opened"),
    m("open_vs_ipo_price|debut_change|price_change|premium_to_ipo_price", 7, "%", SONO,
      basis="about; opening price above the IPO price"),
    m("ipo_price|offer_price", 15, "USD", SONO, basis="per share; priced below the range"),
    m("ipo_price_range|price_range", None, "USD", SONO, rng=(17, 19), basis="target range per share"),
    m("ipo_shares|shares_offered|shares_sold", 5.6e6, "shares", SONO, basis="about; Sonos' offering"),
    m("ipo_proceeds|amount_raised|proceeds", 83.3e6, "USD", SONO),
    m("ipo_proceeds|amount_raised|proceeds", 5.73e9, "INR", SONO, opt=True,
      basis="roughly Rs. 573 crores; bracketed conversion"),
    m("secondary_shares|shares_sold_by_shareholders|shares_sold|shares_offered", 8.3e6, "shares",
      "Sonos shareholders|existing Sonos shareholders|" + SONO, basis="additional shares sold by existing shareholders"),
    m("streaming_partners|partners|partnerships", 100, "companies", SONO, opt=True,
      basis="around; tie-ups with music streaming providers"),
    m("product_price|price|entry_price", 149, "USD", SONO, opt=True, basis="to get started on Sonos; in a quote"),
    m("product_price|price|entry_price", 10250, "INR", SONO, opt=True, basis="roughly; bracketed conversion"),
], [])
