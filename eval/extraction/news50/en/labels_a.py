# Hand-written gold labels for news50/en en01-en06 (batch a: North and South American company and market news). Read
# from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py,
# to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news49/en/README.md, with the labels of news48/en as the model: values fully scaled ("C$2.54 billion" -> 2.54e9
# CAD, "83 cents" -> 0.83 USD, "8.43 cents per available seat mile" -> 0.0843 USD, "1.21 billion reais" -> 1.21e9 BRL,
# "57,112 boe/d" -> 57112 boe/d, "21-22 million boe" -> a range in boe); declines negative ("slipped 0.2%" -> -0.2,
# "down 6 cents" -> -0.06 USD, "down about 20 basis points" -> -20 bp, "decline 14.5 percent to 15.5 percent" -> a range
# (-15.5, -14.5)), levels that fall short of a consensus stay positive; currency codes ("C$" -> CAD, "US$" and "$" on
# US pages -> USD, "reais" -> BRL, "yen" -> JPY; euro and sterling rates in USD as printed "$1.1481"); production in
# "boe/d" for daily rates and "boe" for annual volumes (news18, news21, news22), rigs and wells as count nouns; the
# dollar index in "points" (news16, news18); hedges keep the number with the hedge in the basis ("about", "as much as", "almost",
# "more than", "tentatively"); a same-sentence "X from Y" / "up from Y" / "compared with Y" / "against Y" value of the
# same quantity is the prior and the earlier value also an optional row; a revised guidance range carries the old range
# as prng and the old range also an optional row (news41 batch a, news47 batch b, news48 batch a); a year-ago figure in
# a sentence of its own is a key row of its own; bracketed currency conversions optional; periods only where the text
# states or clearly implies the year (market moves, prices and FX none); brokers' targets and ratings only in rating
# actions (none in this batch: no passage names a rating or a target); the source's own oddities labelled as printed;
# dates, times, spans ("more than 15 months"), counts of ballot measures, exchange codes and tickers not labelled;
# quotes rendered as reported speech (the set never copies third-party sentences), their figures labelled like any
# other.

PC = "price_change|share_price_change"
PX = "share_price|price"

# ---------------------------------------------------------------- en01 Bank of Nova Scotia third quarter in C$ (Dow Jones Newswires via Morningstar, www-prd.morningstar.com; Tuesday August 23, 2022, no date printed): net profit +3.3%, net income attributable C$2.54 billion (US$1.95 billion) vs C$2.46 billion, EPS C$2.09 from C$1.99, adjusted C$2.10 from C$2.01, FactSet consensus C$2.11, revenue C$7.8 billion from C$7.76 billion vs consensus C$8.16 billion, PCL C$412 million vs C$380 million, Tier 1 ratio 11.4%, down about 20 bp (CAD, USD, %, bp)
# A Canadian bank's quarter in C$ with its provision for credit losses, against the FactSet consensus. Whole as stored
# (page furniture aside): the byline "By Ian Walker", the closing "Write to Ian Walker at ...", "(END) Dow Jones
# Newswires", the wire timestamp line and the copyright line dropped. Headline kept (rewritten: "... 3Q Net Profit Rose
# on ..." -> "... 3Q Net Profit Up on ..."). Kept as printed: the headline's and the lead's "lower credit provision
# losses" beside a provision that rose (C$412 million against C$380 million), "adjusted earnings--which strips out" (two
# hyphens, singular verb), "3Q". No quotes.
# Periods: none ("third-quarter", "three months ended July 31", "a year earlier" print no year; the dropped timestamp is
# not page text).
# Decided: "a 3.3% rise in third-quarter net profit" -> key growth. Net income attributable to shareholders C$2.54
# billion with the year-earlier C$2.46 billion as prior ("compared with"), the US$1.95 billion conversion optional and
# the year-earlier value an optional row. EPS and adjusted EPS ("up from") with priors and optional earlier rows. The
# FactSet adjusted-EPS consensus and the revenue consensus key. Revenue "rose to C$7.8 billion from C$7.76 billion" ->
# key level with prior (no growth rate printed). PCL C$412 million with prior C$380 million (optional row). Tier 1 ratio
# 11.4 % key and "down about 20 basis points from the prior quarter" a key -20 bp change ("about" in the basis; the
# prior-quarter ratio is not printed, so no prior).
BNS = "Bank of Nova Scotia|Scotiabank|BNS"
NI = "net_income|net_profit|net_income_attributable|profit"
EPS = "eps|earnings_per_share|diluted_eps"
AEPS = "adjusted_eps|eps|adjusted_earnings_per_share"
REV = "revenue|total_revenue"
PCL = "provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision|pcl"
T1 = "tier1_capital_ratio|tier_1_capital_ratio|tier1_ratio|capital_ratio"
G["en01"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 3.3, "%", BNS, basis="third quarter"),
    m(NI, 2.54e9, "CAD", BNS, prior=2.46e9, basis="attributable to shareholders; three months ended July 31"),
    m(NI, 1.95e9, "USD", BNS, opt=True, basis="conversion in brackets"),
    m(NI, 2.46e9, "CAD", BNS, opt=True, basis="same period a year earlier"),
    m(EPS, 2.09, "CAD", BNS, prior=1.99),
    m(EPS, 1.99, "CAD", BNS, opt=True, basis="a year earlier"),
    m(AEPS, 2.10, "CAD", BNS, prior=2.01, basis="adjusted; excludes exceptional and one-off items"),
    m(AEPS, 2.01, "CAD", BNS, opt=True, basis="adjusted; the year prior"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|consensus_eps", 2.11, "CAD", BNS, basis="FactSet"),
    m(REV, 7.8e9, "CAD", BNS, prior=7.76e9),
    m(REV, 7.76e9, "CAD", BNS, opt=True, basis="a year earlier"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 8.16e9, "CAD", BNS),
    m(PCL, 412e6, "CAD", BNS, prior=380e6),
    m(PCL, 380e6, "CAD", BNS, opt=True, basis="a year earlier"),
    m(T1, 11.4, "%", BNS, basis="end of the quarter"),
    m(T1 + "_change|capital_ratio_change|tier1_ratio_change", -20, "bp", BNS, basis="about; from the prior quarter"),
], [])

# ---------------------------------------------------------------- en02 Target beats and raises, Lowe's misses on sales (ValueWalk, valuewalk.com; both third quarters reported Wednesday November 16, 2016, no date printed): Target adjusted EPS $1.04 on $16.44 billion vs 83 cents and $16.3 billion, year-ago 86 cents on $17.6 billion, GAAP $1.06 from 87 cents, comps -0.2% vs guidance flat to -2%, Signature Categories ahead by more than 3 pp, digital +26%, FY adjusted EPS $5.10-$5.30 from $4.80-$5.20, Q4 comps -1% to +1%, Q4 EPS $1.55-$1.75, $878 million buyback, shares up as much as 8.48% to $77.50; Lowe's adjusted 88 cents on $15.74 billion vs 96 cents and $15.85 billion, year-ago revenue $14.36 billion, net EPS 43 cents from 80 cents, comps +2.7% (USD, %, pp)
# Two US retailers' quarters against the analysts' estimates, one with its comparable sales against its own guidance
# range and a raised outlook. Cut: the stored page breaks off mid-word in a quote after the Lowe's comparable-sales
# sentence ("... rose 2.7%." then an opening quote mark and "Ou"), so the passage stops after that sentence, a sentence
# boundary. Headline kept (rewritten: "Surges On Beat And Raise, Lowe's Slides On Sales Miss" -> "Jumps On Beat And
# Raise, Lowe's Falls On Sales Miss"); the two crossheads kept (rewritten: "Target shares surge on increased guide" ->
# "Raised guide sends Target shares sharply higher", "Lowe's says sales below expectations" -> "Lowe's says sales fell
# short of expectations"). Dropped as furniture: the empty "Updated on" date widget under the headline. Kept as printed:
# "(NYSE:TGT)", "big box retailer", "GAAP and adjusted earnings", "The retailer's sales comparable store sales" (the
# doubled "sales"), "last year" for the year-ago figures. No quotes in the passage.
# Periods: none (the third quarter, the full year and the fourth quarter carry no year; the address's 2016 is not page
# text).
# Decided: each company's adjusted EPS and revenue key, the estimates key consensus rows. "In last year's third quarter
# ... 86 cents per share on $17.6 billion" (Target) and "$14.36 billion in revenue" (Lowe's) are year-ago figures in
# sentences of their own -> key rows with "last year's third quarter" in the basis (no prior on the current rows).
# "GAAP earnings rose to $1.06 per share from 87 cents" and Lowe's "plunged to 43 cents per share from 80 cents" -> key
# with priors and optional earlier rows. Target's comps -0.2 % key; "management's guidance of flat to down 2%" for the
# quarter just reported a key range (-2, 0). "Outpaced total comparable sales by more than 3 percentage points" -> key 3
# pp on the Signature Categories ("more than" in the basis); digital +26 % key. The raised full-year range with the
# previous range as prng (optional old-range row); the fourth-quarter comps "down 1% to up 1%" a key range (-1, 1)
# (raised, old range not printed -> no prior); fourth-quarter EPS $1.55-$1.75 a key range. The $878 million buyback key.
# "Rose by as much as 8.48% to $77.50 in premarket trades" -> key move ("as much as") and key price. Lowe's comps +2.7 %
# key as printed.
TGT = "Target|Target Corporation|Target Corp|TGT"
LOW = "Lowe's|Lowe's Companies|Lowes|LOW"
ADJ = "adjusted_eps|eps|adjusted_earnings_per_share"
REVS = "revenue|sales|net_sales|total_revenue"
EPSC = "eps_consensus|eps_estimate|consensus_eps|adjusted_eps_consensus"
REVC = "revenue_consensus|revenue_estimate|sales_consensus|sales_estimate"
GEPS = "eps|gaap_eps|earnings_per_share|net_eps"
COMP = "comparable_sales_growth|comparable_sales|same_store_sales_growth|comparable_store_sales_growth"
GCOMP = "guidance_comparable_sales_growth|comparable_sales_guidance|guidance_comparable_sales|guidance_same_store_sales_growth"
GEPSG = "guidance_adjusted_eps|guidance_eps|eps_guidance|adjusted_eps_guidance"
G["en02"] = ([
    m(ADJ, 1.04, "USD", TGT, basis="adjusted; third quarter"),
    m(REVS, 16.44e9, "USD", TGT, basis="third quarter"),
    m(EPSC, 0.83, "USD", TGT, basis="analyst estimates"),
    m(REVC, 16.3e9, "USD", TGT, basis="analyst estimates"),
    m(ADJ, 0.86, "USD", TGT, basis="adjusted; last year's third quarter"),
    m(REVS, 17.6e9, "USD", TGT, basis="last year's third quarter"),
    m(ADJ, 0.88, "USD", LOW, basis="adjusted; third quarter"),
    m(REVS, 15.74e9, "USD", LOW, basis="third quarter"),
    m(EPSC, 0.96, "USD", LOW, basis="analysts had been expecting"),
    m(REVC, 15.85e9, "USD", LOW, basis="analysts had been expecting"),
    m(REVS, 14.36e9, "USD", LOW, basis="last year's third quarter"),
    m(GEPS, 1.06, "USD", TGT, prior=0.87, basis="GAAP"),
    m(GEPS, 0.87, "USD", TGT, opt=True, basis="GAAP; last year"),
    m(COMP, -0.2, "%", TGT, basis="third quarter"),
    m(GCOMP, None, "%", TGT, rng=(-2, 0), basis="management's guidance for the quarter: flat to down 2%"),
    m("comparable_sales_outperformance|comparable_sales_growth_difference|signature_categories_comparable_sales_gap",
      3, "pp", "Signature Categories|" + TGT, basis="more than; ahead of total comparable sales"),
    m("digital_sales_growth|online_sales_growth|digital_comparable_sales_growth", 26, "%", TGT + "|digital channel",
      basis="year over year"),
    m(GEPSG, None, "USD", TGT, rng=(5.10, 5.30), prng=(4.80, 5.20), basis="adjusted; full year; raised"),
    m(GEPSG, None, "USD", TGT, rng=(4.80, 5.20), opt=True, basis="previous outlook"),
    m(GCOMP, None, "%", TGT, rng=(-1, 1), basis="fourth quarter; down 1% to up 1%; raised"),
    m("guidance_eps|eps_guidance|guidance_adjusted_eps", None, "USD", TGT, rng=(1.55, 1.75),
      basis="fourth quarter; GAAP and adjusted"),
    m("share_buyback|buyback|share_repurchases|repurchases", 878e6, "USD", TGT, basis="during the third quarter"),
    m(PC, 8.48, "%", TGT, basis="as much as; premarket"),
    m(PX, 77.50, "USD", TGT, basis="premarket"),
    m(GEPS, 0.43, "USD", LOW, prior=0.80, basis="net earnings per share"),
    m(GEPS, 0.80, "USD", LOW, opt=True, basis="last year"),
    m(COMP, 2.7, "%", LOW, basis="printed 'sales comparable store sales'"),
], [])

# ---------------------------------------------------------------- en03 PDC Energy drops a rig, raises 2016 output guidance (Natural Gas Intelligence, naturalgasintel.com; August 2016, no date printed): rigs four to three, capex $400-420 million from $410-440 million, Q2 output 57,112 boe/d (54,478 boe/d from the Denver-Julesburg Basin), 37,001 boe/d a year earlier, +14% from 1Q2016's 50,216 boe/d, guidance 21-22 million boe from 20-22 million boe, 37 wells turned in line, three of five Utica wells, 34 Wattenberg wells, three rigs into 2017, 20-30% growth next year (boe/d, boe, USD, %, rigs, wells)
# An oil and gas producer's quarterly output in barrels of oil equivalent a day with a raised production guidance range,
# a lower capex range and a rig cut. Cut: the stored page breaks off mid-word in a paragraph on Colorado ballot measures
# ("... One of those measures would create a patchwork of different local rules and oil and gas bans, while anot"), so
# the passage stops after that paragraph's first sentence ("... (see Shale Daily, Aug. 9)."), a sentence boundary. The
# stored text has no headline (the address slug "pdc-drops-rig-raises-production-guidance-on-improving-wells" is not page
# text; none added). The chief executive's remarks are reported speech in the source already (rewritten; the 2017 and
# "20-30%" figures kept). Kept as printed: "$400-420 million", "$410-440 million", "1Q2016", "21-22 million boe",
# "20-22 million boe" (a raise of the low end only), "turned in line 37 wells", "year/year", "(see Shale Daily, Aug. 9)".
# Periods: "1Q2016" dates the quarter that the second quarter is compared with "up 14%", so the second quarter is 2016Q2
# and "the same time last year" 2015Q2 (clearly implied); "would enter 2017" and "next year" make the full-year capex and
# production guidance 2016 and the growth call 2017. Rig and well counts: the quarter's wells 2016Q2, the Utica wells
# planned "this year" 2016, the 2017 rigs 2017; the rig count after this month's drop none (a count at a point in time).
# Decided: "from four to three rigs" -> key rig count 3 with prior 4 (words labelled with their value), the current four
# an optional row, the "three rigs" in 2017 an optional repeat; "drop a rig" (the article "a") not labelled. Capex "to
# $400-420 million from the previous range of $410-440 million" and production guidance "to 21-22 million boe from ...
# 20-22 million boe" -> key ranges with the old ranges as prng and optional old-range rows. Second-quarter output
# 57,112 boe/d key (no prior in its own sentence); the Denver-Julesburg Basin's 54,478 boe/d key on the basin with PDC
# among the alternatives. The next sentence's year-ago 37,001 boe/d and first-quarter 50,216 boe/d are key rows of their
# own (earlier periods in their own clauses) and the +14 % a key quarter-on-quarter growth row. Well counts (37 turned in
# line, three of five Utica wells, 34 Wattenberg wells) are incidental operational counts -> optional. The 2017 call
# "20-30% year/year growth" a key growth-guidance range ("tentatively" in the basis). Not labelled: "this month", "late
# in the first quarter" (no figure), "two ballot measures" (a count of measures), "Aug. 9" (a date).
PDC = "PDC Energy|PDC|PDC Energy Inc."
PROD = "production|output|oil_and_gas_production|average_daily_production"
G["en03"] = ([
    m("rig_count|rigs|drilling_rigs", 3, "rigs", PDC + "|Wattenberg", prior=4,
      basis="Wattenberg field; from four to three (words)"),
    m("rig_count|rigs|drilling_rigs", 4, "rigs", PDC + "|Wattenberg", opt=True, basis="current rigs (words)"),
    m("capex_guidance|guidance_capex|capital_expenditure_guidance|capex", None, "USD", PDC, "2016",
      rng=(400e6, 420e6), prng=(410e6, 440e6), basis="full year; cut"),
    m("capex_guidance|guidance_capex|capital_expenditure_guidance|capex", None, "USD", PDC, "2016",
      rng=(410e6, 440e6), opt=True, basis="previous range"),
    m(PROD, 57112, "boe/d", PDC, "2016Q2", basis="second quarter"),
    m(PROD, 54478, "boe/d", "Denver-Julesburg Basin|DJ Basin|" + PDC, "2016Q2", basis="second quarter"),
    m(PROD, 37001, "boe/d", PDC, "2015Q2", basis="the same time last year"),
    m("production_growth|output_growth|production_change", 14, "%", PDC, "2016Q2", basis="from 1Q2016"),
    m(PROD, 50216, "boe/d", PDC, "2016Q1", basis="1Q2016"),
    m("guidance_production|production_guidance|production_forecast", None, "boe", PDC, "2016", rng=(21e6, 22e6),
      prng=(20e6, 22e6), basis="full year; raised"),
    m("guidance_production|production_guidance|production_forecast", None, "boe", PDC, "2016", rng=(20e6, 22e6),
      opt=True, basis="previous forecast"),
    m("wells_turned_in_line|wells|wells_completed", 37, "wells", PDC, "2016Q2", opt=True, basis="turned in line"),
    m("wells_online|wells", 3, "wells", "Utica Shale|Utica|" + PDC, "2016Q2", opt=True,
      basis="of the five planned this year; words"),
    m("wells_planned|wells", 5, "wells", "Utica Shale|Utica|" + PDC, "2016", opt=True, basis="planned this year; words"),
    m("wells_turned_to_sales|wells", 34, "wells", "Wattenberg|" + PDC, opt=True, basis="late in the first quarter"),
    m("rig_count|rigs|drilling_rigs", 3, "rigs", PDC, "2017", opt=True, basis="entering 2017; repeat (words)"),
    m("guidance_production_growth|production_growth_guidance|production_growth_forecast", None, "%", PDC, "2017",
      rng=(20, 30), basis="tentatively; year/year"),
], [])

# ---------------------------------------------------------------- en04 American Airlines September traffic, capacity and third-quarter unit revenue outlook (Daily Herald, dailyherald.com; MINNEAPOLIS dateline, a Friday in September 2009 by the figures, no date printed): traffic -16.4% from August, capacity -9.7%, Q3 unit revenue -14.5% to -15.5% (-14.3% to -15.3% with regional flying), ex-fuel unit costs from 8.43 cents to 9.08 cents per ASM, AMR shares -6 cents at $8.74, +almost 20% Thursday after raising $2.9 billion (%, USD)
# A US airline's monthly traffic and capacity with its unit-revenue outlook range and unit costs. Whole as stored. The
# headline is kept (rewritten: "American Airlines Sept. traffic, capacity fall" -> "... capacity to drop"); the
# "MINNEAPOLIS --" dateline kept. The analyst's note is reported speech in the source already (rewritten; no figure).
# Kept as printed: "Sept.", "less severe than its big competitors", "AMR Corp.", "cents per available seat mile".
# Periods: none ("September", "August", "third quarter", "this year", "last year" print no year).
# Decided: "expects its September traffic to fall 16.4 percent from August, as capacity drops 9.7 percent" -> two key
# expected month-on-month changes (negative). Each unit-revenue outlook "to fall 14.5 percent to 15.5 percent" -> a key
# negative range (-15.5, -14.5) against the same period last year; "counting regional flying" a second key range. Unit
# costs "rise from 8.43 cents per available seat mile in August to 9.08 cents in September" -> key 0.0908 USD with prior
# 0.0843 (cents scaled; excluding fuel and special items) and an optional August row. "Down 6 cents to $8.74" -> key
# -0.06 USD and key price on AMR; Thursday's "almost 20 percent" rise key ("almost" in the basis); the $2.9 billion raised
# in cash and fresh financing key. Not labelled: "Labor Day", "this year's fall schedules" (no figure).
AA = "American Airlines|American|AMR Corp.|AMR"
G["en04"] = ([
    m("traffic_change|traffic_growth|passenger_traffic_change|rpm_change", -16.4, "%", AA,
      basis="expected; September from August"),
    m("capacity_change|capacity_growth|asm_change", -9.7, "%", AA, basis="expected; September"),
    m("guidance_unit_revenue_change|unit_revenue_change|rasm_change|prasm_change|unit_revenue_guidance", None, "%", AA,
      rng=(-15.5, -14.5), basis="third quarter against the same period last year"),
    m("guidance_unit_revenue_change|unit_revenue_change|rasm_change|prasm_change|unit_revenue_guidance", None, "%", AA,
      rng=(-15.3, -14.3), basis="third quarter; counting regional flying"),
    m("casm_ex_fuel|unit_cost|cost_per_available_seat_mile|casm", 0.0908, "USD", AA, prior=0.0843,
      basis="September; excluding fuel and special items; per available seat mile"),
    m("casm_ex_fuel|unit_cost|cost_per_available_seat_mile|casm", 0.0843, "USD", AA, opt=True,
      basis="August; excluding fuel and special items"),
    m(PC, -0.06, "USD", AA, basis="afternoon trading"),
    m(PX, 8.74, "USD", AA, basis="afternoon trading"),
    m(PC, 20, "%", AA, basis="almost; Thursday"),
    m("financing_raised|capital_raised|cash_raised|financing", 2.9e9, "USD", AA, basis="cash and fresh financing"),
], [])

# ---------------------------------------------------------------- en05 Ambev's first-quarter profit plunge in reais (Reuters, reuters.com; Thursday May 7, 2020, no date printed): net profit -56% y/y, net income 1.21 billion reais ($211.9 million) vs consensus 2.5 billion reais ($438 million), financial expenses more than doubled, volumes -27% in April and -5.6% in the first quarter, Brazil beer volumes -11.5%, shares +2.7% at 12.15 reais after an early -1.7%, Ibovespa +0.8%, BTG's "some two-thirds" of consumption on-premise (BRL, USD, %)
# A Brazilian company's quarterly results in reais against the Refinitiv consensus, with volumes and the share
# reaction. Cut: the stored page breaks off mid-word in the sentence after the BTG Pactual analysts' quote ("They plan
# to update estimates for Ambev results, and added that a severe round of earnings do"), so the passage stops after the
# quote, a sentence boundary. The stored text has no headline (the address slug is not page text; none added); the "SAO
# PAULO (Reuters) -" dateline kept. Ambev's quoted filing sentence and the analysts' quoted sentence are rendered as
# reported speech (the second keeps "some two-thirds"). Kept as printed: "(ABEV3.SA)", "(ABI.BR)", "Anheuser Busch
# InBev" without a hyphen, "Ibovespa .BVSP", "the second-quarter to be materially worse than the first-quarter".
# Periods: none ("first-quarter", "April", "between January and March" print no year; COVID-19 is a name).
# Decided: "56% year-on-year plunge in first-quarter net profit" -> key -56 %. Net income 1.21 billion reais and the
# Refinitiv consensus 2.5 billion reais key in BRL, their bracketed USD conversions optional. "Financial expenses more
# than doubled" -> optional 2 x and 100 % rows ("more than"). Sales volumes -27 % in April and -5.6 % in the first
# quarter, and Brazil's beer volumes -11.5 %, key. Shares "up 2.7% at 12.15 reais" key move and price; "an early fall of
# 1.7%" a key intraday move; the Ibovespa's +0.8 % key on the index. The analysts' "some two-thirds of consumption still
# on-premise" -> optional 66.67 % (words; an analyst's remark, not a company figure). Not labelled: "Bolivia and Panama",
# "Carnival" (no figure).
AMB = "Ambev|Ambev SA|Ambev S.A.|ABEV3.SA"
NIB = "net_income|net_profit|profit"
VOL = "volume_change|sales_volume_change|volume_growth|sales_volume_growth"
G["en05"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", -56, "%", AMB, basis="first quarter; year-on-year"),
    m(NIB, 1.21e9, "BRL", AMB, basis="first quarter"),
    m(NIB, 211.9e6, "USD", AMB, opt=True, basis="conversion in brackets"),
    m("net_income_consensus|net_profit_consensus|net_income_estimate|consensus_net_income", 2.5e9, "BRL", AMB,
      basis="Refinitiv consensus"),
    m("net_income_consensus|net_profit_consensus|net_income_estimate|consensus_net_income", 438e6, "USD", AMB, opt=True,
      basis="conversion in brackets"),
    m("financial_expenses_growth|financial_expenses_change", 2, "x", AMB, opt=True, basis="more than doubled"),
    m("financial_expenses_growth|financial_expenses_change", 100, "%", AMB, opt=True, basis="more than doubled"),
    m(VOL, -27, "%", AMB, basis="April"),
    m(VOL, -5.6, "%", AMB, basis="first quarter"),
    m("beer_volume_change|" + VOL, -11.5, "%", "Brazil beer|Brazil|" + AMB, basis="between January and March"),
    m(PC, 2.7, "%", AMB, basis="trading"),
    m(PX, 12.15, "BRL", AMB, basis="trading"),
    m(PC + "|intraday_change", -1.7, "%", AMB, basis="early fall"),
    m("index_change|price_change", 0.8, "%", "Ibovespa|.BVSP|Brazil's benchmark index"),
    m("on_premise_share|share_of_consumption|consumption_share", 66.67, "%", "Brazil beer|" + AMB, opt=True,
      basis="some two-thirds; BTG Pactual analysts' view"),
], [])

# ---------------------------------------------------------------- en06 Dollar and Treasury yields jump on US inflation data (MTS Gold, mtsgold.co.th, Reuters text; Wednesday November 10, 2021, no date printed): dollar index +0.96% at 94.8580 (high 94.876), five-year breakeven 3.113%, 10-year breakeven 2.72%, 10-year yield as high as 1.592%, +12.4 bp at 1.5733%, two-year +11.2 bp at 0.5209%, euro -1% at $1.1481 (low $1.1480), sterling -1.12% at $1.3406 past Friday's $1.3425 low, bitcoin record $69,000.00 then -1% at $66,221.75, dollar +0.89% at 113.875 yen (high 114 yen) (%, points, bp, USD, JPY)
# A currency and bond market move after a US data release (consumer prices), with breakevens, two Treasury yields,
# four currency pairs and bitcoin. Whole as stored. Headline kept (rewritten: "Dollar climbs with rate hike speculation
# raging on U.S. inflation surge" -> "Dollar rises as rate hike speculation rages on U.S. inflation surge"); the
# crosshead kept (rewritten: "Inflation fears, poor bond auction push yields higher" -> "Inflation fears and a poor bond
# auction drive yields higher"); the closing credit "Reference: Reuters" kept as page text. Kept as printed: "1543 EDT
# (2043GMT)", "94.8580", "$69,000.00", "proceded", "July 21 2020" (no comma), "Feb. 25", "a month-low". No quotes.
# Periods: none (market levels and moves; "since July 2020", "since May 2006", "since March 2020", "since 1990" are
# historic references, not labelled).
# Decided: the dollar index move (%) and level key in "points" (news16), its session high 94.876 key. The five-year
# (record) and 10-year breakeven rates key in %. The 10-year's "as high as 1.592%" key intraday high; each yield's last
# move in bp and level in % key. Each currency pair's last % move and rate key, the euro's earlier touch of $1.1480 key
# (a printed intraday low); sterling's "Friday's low $1.3425" an earlier session's level -> optional. Bitcoin's all-time
# high $69,000.00 key, its -1 % and $66,221.75 key. The dollar's +0.89 % and 113.875 yen key, the 114-yen session high
# key. Not labelled: the time stamps, "more than 15 months" (a span), "December 23" and the other dates.
DXY = "dollar index|U.S. dollar index|DXY|dollar|greenback"
T10 = "10-year Treasury|benchmark 10-year yield|10-year yield|US 10-year Treasury"
T2 = "two-year Treasury|two-year yield|2-year Treasury|US two-year note"
EUR = "EUR/USD|euro"
GBP = "GBP/USD|sterling|pound"
JPY = "USD/JPY|yen|Japanese yen|dollar|greenback"
BTC = "bitcoin|BTC"
G["en06"] = ([
    m("index_change|fx_change", 0.96, "%", DXY),
    m("index_level|fx_index_level", 94.8580, "points", DXY),
    m("index_high|intraday_high|index_level", 94.876, "points", DXY, basis="session high; highest in more than 15 months"),
    m("breakeven_inflation_rate|breakeven_rate|inflation_expectation", 3.113, "%",
      "five-year breakeven inflation rate|5-year breakeven|U.S.|US", basis="record high"),
    m("breakeven_inflation_rate|breakeven_rate|inflation_expectation", 2.72, "%",
      "10-year breakeven rate|10-year breakeven|U.S.|US", basis="highest since May 2006"),
    m("bond_yield|yield|intraday_high", 1.592, "%", T10, basis="as high as"),
    m("yield_change|bond_yield_change", 12.4, "bp", T10),
    m("bond_yield|yield", 1.5733, "%", T10),
    m("yield_change|bond_yield_change", 11.2, "bp", T2),
    m("bond_yield|yield", 0.5209, "%", T2),
    m("fx_change|price_change|currency_change", -1, "%", EUR),
    m("fx_rate|exchange_rate", 1.1481, "USD", EUR),
    m("fx_rate|exchange_rate|intraday_low", 1.1480, "USD", EUR, basis="earlier; lowest since July 21 2020"),
    m("fx_change|price_change|currency_change", -1.12, "%", GBP),
    m("fx_rate|exchange_rate", 1.3406, "USD", GBP),
    m("fx_rate|exchange_rate|previous_low", 1.3425, "USD", GBP, opt=True, basis="Friday's low"),
    m("price|all_time_high|record_high", 69000.00, "USD", BTC, basis="all-time high"),
    m("price_change", -1, "%", BTC),
    m("price", 66221.75, "USD", BTC),
    m("fx_change|price_change|currency_change", 0.89, "%", JPY),
    m("fx_rate|exchange_rate", 113.875, "JPY", JPY),
    m("fx_rate|exchange_rate|intraday_high", 114, "JPY", JPY, basis="session high"),
], [])
