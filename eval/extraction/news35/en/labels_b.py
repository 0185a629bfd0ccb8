# Hand-written gold labels for news35/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run, nothing under plugins/ was opened, and no other batch's texts were read.
# Conventions: the development corpus's README, news3/en/README.md, news4-news34/en/README.md (values fully
# scaled, declines and falls negative, pence scaled to GBP ("49.5p" -> 0.495 GBP, "£10.05" -> 10.05 GBP), crore = 1e7
# ("Rs 4,466.1 crore" -> 4.4661e10 INR), "US cents" scaled to the dollar ("77. 90 U.S. cents" -> 0.779 USD), space
# thousands separators read as printed ("613 000 oz" -> 613000 ounces, news32), "oz" -> ounces and "t" -> tonnes (count
# nouns, news19/news32), a hedge or bound keeps the stated number ("about $6.3 billion" -> 6.3e9, "nearly 44%" -> 44,
# "more than 29,800" -> 29800), a same-sentence "X from Y" / "X, up from Y" / "X against Y" / "X compared with Y" value of
# the same quantity is the prior and the earlier reading also an optional row with its own period where the text names
# it (news29 en09, news30 batch b, news31, news33/news34 batch b), an earlier-period figure in a sentence of its own is
# its own key row (news31 batch a, news33 batch b), periods only where the text states or clearly implies the year
# (market-wrap moves and levels carry none; a passage with no printed year has none, news24; Indian fiscal quarters
# FY2023Q2 style), a stock move printed "up 49.5p to £10.05, a rise of 5.16%" keeps the % move and the price key and the
# currency move optional (news22 en07, news34 en09), the same figure restated optional, segment and mine rows on
# "part|parent" entities (news31 batch b, news32 en05), counts of consecutive months, operations or committee members and
# historic dates not labelled (dev corpus, news30), brokers' targets only in rating actions (none in this batch)).

# ---------------------------------------------------------------- en07 Costco December 2018 sales: total, U.S., Canada and Other International comparable sales and e-commerce growth, reported and adjusted; net sales for the retail month and for the 18 weeks with last year's figures (dpa-AFX via finanznachrichten, January 2019; USD)
# A US retailer's monthly sales update. The stored page has no headline (the "ISSAQUAH (dpa-AFX) -" dateline opens it);
# none was added. Whole as stored. Notation kept: "(ASC 606) ," (the space before the comma), "a 8.1 percent",
# "Monthly Comparable sales" (capital C), "the Company". Period: "the month of December 2018" -> 2018-12 for every
# monthly comparable-sales and e-commerce row and for the retail month's net sales (the five weeks ended January 6, 2019
# are Costco's retail December; the span goes in the basis). Decided: the reported comps (6.1 % total, 7.5 % U.S., 2.0 %
# Canada, 2.8 % Other International) and the comps "excluding the impacts from changes in gasoline prices, foreign
# exchange and ... (ASC 606)" (7.0 %, 7.1 %, 8.1 %, 5.7 %) are two key sets, the second with the basis "adjusted"; each
# sets' e-commerce growth (13.6 % reported, 23.9 % adjusted) key on the company. Regions are rows on "region|Costco"
# entities. "Net sales of $15.42 billion ..., an increase of 7.8 percent from $14.30 billion last year" -> key level
# with prior, key growth, and an optional 2017-12 row at $14.30 billion (its period named by "last year"). "For the 18
# weeks ended January 6, 2019 ... $52.99 billion, an increase of 9.5 percent from $48.39 billion" -> key level with
# prior and key growth with no period (an 18-week fiscal span that is not a calendar month, quarter or half; the span in
# the basis), the similar period last year an optional row. Not labelled: "five weeks", "18 weeks" (span lengths), "606".
CO = "Costco|Costco Wholesale|Costco Wholesale Corp.|Costco Wholesale Corporation|COST"
def reg(name):
    return f"Costco {name}|{name}|" + CO
USC, CAN, OIN = reg("U.S.") + "|US|United States", reg("Canada"), reg("Other International")
CS = "comparable_sales_growth|same_store_sales_growth|comparable_sales|comp_sales_growth"
EC = "ecommerce_sales_growth|e_commerce_sales_growth|online_sales_growth|digital_sales_growth|ecommerce_growth"
NS, NG = "net_sales|revenue|sales", "net_sales_growth|revenue_growth|sales_growth"
D = "2018-12"
ADJ = "adjusted: excluding gasoline prices, foreign exchange and the ASC 606 accounting change"
G["en07"] = ([
    m(CS, 6.1, "%", CO, D, basis="total, reported"),
    m(CS, 7.5, "%", USC, D, basis="reported"),
    m(CS, 2.0, "%", CAN, D, basis="reported"),
    m(CS, 2.8, "%", OIN, D, basis="reported"),
    m(EC, 13.6, "%", CO, D, basis="reported"),
    m(CS, 7.0, "%", CO, D, basis="total, " + ADJ),
    m(CS, 7.1, "%", USC, D, basis=ADJ),
    m(CS, 8.1, "%", CAN, D, basis=ADJ),
    m(CS, 5.7, "%", OIN, D, basis=ADJ),
    m(EC, 23.9, "%", CO, D, basis=ADJ),
    m(NS, 15.42e9, "USD", CO, D, prior=14.30e9, basis="retail month of December, five weeks ended January 6, 2019"),
    m(NG, 7.8, "%", CO, D, basis="retail month of December"),
    m(NS, 14.30e9, "USD", CO, "2017-12", opt=True, basis="retail month of December last year"),
    m(NS, 52.99e9, "USD", CO, prior=48.39e9, basis="18 weeks ended January 6, 2019"),
    m(NG, 9.5, "%", CO, basis="18 weeks ended January 6, 2019"),
    m(NS, 48.39e9, "USD", CO, opt=True, basis="similar 18-week period last year"),
], [])

# ---------------------------------------------------------------- en08 ITC second quarter of fiscal 2022/23: close and move on the BSE, net profit with growth, year-ago profit, CNBC-TV18 poll, revenue, EBITDA and EBITDA margin against the year-ago quarter (CNBC-TV18, October 2022; INR)
# An Indian company's quarterly results in Rs crore. The stored page opens with a byline ("By Jomy Jos Pullokaran") and a
# stray quote-widget word ("Mini") before the first sentence; both dropped as page furniture. No headline in the stored
# text; none added. Whole as stored. Period: "the second quarter that ended on September 30, 2022" and "the second
# quarter of this fiscal" -> FY2023Q2 (Indian fiscal 2022/23 is FY2023, dev corpus), "the corresponding quarter last
# year" / "of the preceding fiscal" -> FY2022Q2. Decided: "ended at Rs 349.70, up by Rs 3.35, or 0.97 percent" -> key
# close and key % move, the rupee move optional (no period: a share quote). Net profit "Rs 4,466.1 crore ..., a 20.8
# percent year-on-year (YoY) jump" key with its growth; the year-ago Rs 3,697 crore stands in a sentence of its own ->
# a key FY2022Q2 row, not a prior. "CNBC-TV18 polls had predicted a profit of Rs 4,375 crore" -> key consensus row.
# Revenue "Rs 16,129 crore ..., up 26.7 percent against Rs 12,731 crore" and EBITDA "jumped 39.2 percent to Rs 5,863.7
# crore ..., up from Rs 4,213.6 crore" -> key levels with priors, key growth rows, and optional year-ago rows. EBITDA
# margin "36.4 percent ... as compared to 33.1 percent" -> key with prior 33.1 and an optional FY2022Q2 row; the margin
# change (3.3 pp) is not printed and not computed. Not labelled: the EBITDA definition sentence.
ITC = "ITC|ITC Ltd|ITC Limited"
Q, QY = "FY2023Q2", "FY2022Q2"
G["en08"] = ([
    m("price|close_price|share_price", 349.70, "INR", ITC, basis="close on the BSE"),
    m("price_change", 0.97, "%", ITC),
    m("price_change", 3.35, "INR", ITC, opt=True, basis="the same move in rupees"),
    m("net_profit|net_income|profit", 4.4661e10, "INR", ITC, Q),
    m("net_profit_growth|net_income_growth|profit_growth", 20.8, "%", ITC, Q, basis="year-on-year"),
    m("net_profit|net_income|profit", 3.697e10, "INR", ITC, QY),
    m("net_profit_consensus|net_profit_estimate|profit_estimate|net_profit_forecast", 4.375e10, "INR", ITC, Q,
      basis="CNBC-TV18 poll"),
    m("revenue|revenue_from_operations|sales", 1.6129e11, "INR", ITC, Q, prior=1.2731e11),
    m("revenue_growth|sales_growth", 26.7, "%", ITC, Q, basis="year-on-year"),
    m("revenue|revenue_from_operations|sales", 1.2731e11, "INR", ITC, QY, opt=True),
    m("ebitda|operating_profit", 5.8637e10, "INR", ITC, Q, prior=4.2136e10),
    m("ebitda_growth|operating_profit_growth", 39.2, "%", ITC, Q, basis="year-on-year"),
    m("ebitda|operating_profit", 4.2136e10, "INR", ITC, QY, opt=True),
    m("ebitda_margin|operating_margin", 36.4, "%", ITC, Q, prior=33.1),
    m("ebitda_margin|operating_margin", 33.1, "%", ITC, QY, opt=True),
], [])

# ---------------------------------------------------------------- en09 Australian labour force for May: unemployment rate, jobs added, women's part-time jobs, Australian dollar, economists' forecasts, budget forecast, state rate moves and levels, underemployment, underutilisation, hours worked and participation (Xinhua via clv-development.org, June 2015; AUD/USD)
# An Australian economic release (ABS labour force). The stored page has no headline; none added. Whole as stored, the
# agency's closing "./." marker dropped as page furniture. Kept as printed: "U. S." and "77. 90 U.S. cents" (odd
# spacing), "Western Australian" (for the state), "labor"/"labour" both spellings, and "a decrease of 0.4 percentage
# points from May" (the page's slip: the underutilisation change is against the previous quarter, but it is labelled as
# printed). Period: "the lowest since June 2014" for a rate "at its lowest point in a year last month" makes the month
# May 2015 (clearly implied) -> 2015-05 for the May figures; "unchanged from February" -> 2015-02 for the optional
# February row. Decided: the unemployment rate 6.0 % key, its restatement "At 6.0 percent" optional; "42,000 more
# Australians were employed in May" key in jobs; "more than 29,800 women finding part-time employment" key on
# "Australian women" (bound keeps the number). The Australian dollar "gaining more than three-quarters of a cent to 77. 90
# U.S. cents" -> key level 0.779 USD on AUD/USD (no period: a market quote), the "more than three-quarters of a cent" gain
# an optional 0.0075 USD (a hedged word figure). "Economists had forecast only 10,000 jobs ..., keeping the unemployment
# rate at 6.2 percent" -> two key consensus rows (2015-05). "The federal budget predicted the rate to reach 6.5 percent
# early next year" -> key forecast row with no period ("early next year" is not a full period; the horizon in the basis).
# States: Western Australian -0.5 pp and Queensland -0.3 pp key changes (no levels printed); South Australia "up 0.4 to
# 7.6 percent" and the Northern Territory "up 0.1 to 4.5 percent" -> key pp changes (the unit carried from the states'
# "percentage points" and the "percent" levels) and key levels. Underemployment "remained unchanged from February at 8.5
# percent" -> key 8.5 % with no period (the text says only "latest"), an optional 2015-02 row and an optional 0 pp
# change; underutilisation 14.5 % and its -0.4 pp change key (no period). Hours worked "increased 0.1 percent to 1.631
# billion hours, a record high and an increase of 2.0 percent over the past year" -> key level in hours, key monthly and
# key yearly growth. Participation "remained unchanged at 64.7 percent" -> key, with an optional 0 pp change. Not
# labelled: "19 consecutive months" (a count), "June 2014" (a historic date), "a month after".
AU = "Australia|Australian|AU|Australian labour market"
P = "2015-05"
UR = "unemployment_rate|jobless_rate"
URC = "unemployment_rate_change|jobless_rate_change"
AUD = "AUD/USD|Australian dollar|AUD"
WA = "Western Australia|Western Australian|WA"
QLD = "Queensland|QLD"
SA = "South Australia|SA"
NT = "Northern Territory|NT"
UU = "underutilisation_rate|labour_underutilisation_rate|labor_underutilization_rate|underutilization_rate"
G["en09"] = ([
    m(UR, 6.0, "%", AU, P, basis="lowest in a year"),
    m(UR, 6.0, "%", AU, P, opt=True, basis="restated 'At 6.0 percent'"),
    m("employment_change|jobs_added|employment_growth|jobs", 42000, "jobs", AU, P),
    m("part_time_employment_change|employment_change|part_time_jobs", 29800, "people",
      "Australian women|women|Australia", P, basis="more than; women finding part-time employment"),
    m("fx_rate|price|exchange_rate", 0.779, "USD", AUD, basis="77. 90 U.S. cents"),
    m("fx_change|price_change", 0.0075, "USD", AUD, opt=True, basis="more than three-quarters of a cent"),
    m("employment_change_consensus|employment_change_estimate|jobs_forecast|employment_change_forecast", 10000, "jobs",
      AU, P, basis="economists' forecast"),
    m("unemployment_rate_consensus|unemployment_rate_estimate|unemployment_rate_forecast", 6.2, "%", AU, P,
      basis="economists' forecast"),
    m("unemployment_rate_forecast|unemployment_rate_projection|unemployment_rate", 6.5, "%", AU,
      basis="federal budget forecast for early next year"),
    m(URC, -0.5, "pp", WA, P, basis="in the past month"),
    m(URC, -0.3, "pp", QLD, P, basis="in the past month"),
    m(URC, 0.4, "pp", SA, P),
    m(UR, 7.6, "%", SA, P),
    m(URC, 0.1, "pp", NT, P),
    m(UR, 4.5, "%", NT, P),
    m("underemployment_rate", 8.5, "%", AU, basis="seasonally adjusted, quarterly, latest; unchanged from February"),
    m("underemployment_rate", 8.5, "%", AU, "2015-02", opt=True),
    m("underemployment_rate_change", 0, "pp", AU, opt=True, basis="unchanged from February"),
    m(UU, 14.5, "%", AU, basis="seasonally adjusted, latest"),
    m("underutilisation_rate_change|labour_underutilisation_rate_change|underutilization_rate_change", -0.4, "pp", AU, basis="as printed 'from May'"),
    m("hours_worked|aggregate_hours_worked", 1.631e9, "hours", AU, P, basis="record high"),
    m("hours_worked_growth|hours_worked_change", 0.1, "%", AU, P, basis="month-on-month"),
    m("hours_worked_growth|hours_worked_growth_yoy|hours_worked_change", 2.0, "%", AU, P, basis="over the past year"),
    m("participation_rate|labour_force_participation_rate", 64.7, "%", AU, P, basis="unchanged"),
    m("participation_rate_change", 0, "pp", AU, P, opt=True, basis="unchanged"),
], [])

# ---------------------------------------------------------------- en10 London close with Europe: FTSE 100 points and level, DAX, CAC, IBEX and FTSE MIB points and levels, Vedanta, Fresnillo, Randgold, Man Group, RBS and Standard Chartered moves in pence and per cent with prices (The Guardian Market Forces, May 2012; GBP)
# A European stock market close. Headline ("FTSE rises cautiously with all eyes on what Europe will do next") and
# standfirst ("European markets split with French CAC and German DAX up but Spanish IBEX and Italian FTSE MIB down") kept
# as printed. The stored page is cut mid-sentence after "It is worth remembering ... last week though." ("In the"), so the
# passage ends at that sentence boundary. No periods (a market wrap; the only date, "June 17", is an election day).
# Decided: FTSE 100 "closed up 36 points at 5304" -> key change in points and key level (no % printed). "The German DAX
# and French CAC were both up 59 and 19 points respectively, at 6331 and 3027, while the Spanish IBEX and Italian FTSE MIB
# both dropped slightly - 42 points and 36 points respectively to 6524 and 13012" -> key change (negative for the IBEX
# and FTSE MIB) and key level for each index. Movers: "up 49.5p to £10.05, a rise of 5.16%" (Vedanta), "dropping 39p to
# £13.44, a fall of 2.9%" (Fresnillo), "close up 39p, or 0.8%, at £48.39" (Randgold), "closing up 3.5p, or 4.7%, at
# 78.4p" (Man Group), "(up 0.8p, or 4%, to 20.3p)" (RBS), "(up 42p, or 3.3%, to £13.14)" (Standard Chartered) -> the %
# move and the price key, the pence move optional (the same move in another unit); pence and pounds scaled to GBP.
# Not labelled: "five-month low" (no figure), "G8" (a name), "June 17" (a date), "this Wednesday".
FT, DAX, CAC = "FTSE 100|FTSE|Footsie", "DAX|German DAX|Dax", "CAC|CAC 40|French CAC|Cac 40"
IBEX, MIB = "IBEX|IBEX 35|Spanish IBEX|Ibex", "FTSE MIB|Italian FTSE MIB"
VED, FRES, RAND = "Vedanta Resources|Vedanta", "Fresnillo", "Randgold|Randgold Resources"
MAN, RBS, STAN = "Man Group", "Royal Bank of Scotland|RBS", "Standard Chartered|StanChart"
PX = "price|close_price|share_price"
G["en10"] = ([
    m("index_change", 36, "points", FT),
    m("index_level|index_close", 5304, "points", FT),
    m("index_change", 59, "points", DAX),
    m("index_level|index_close", 6331, "points", DAX),
    m("index_change", 19, "points", CAC),
    m("index_level|index_close", 3027, "points", CAC),
    m("index_change", -42, "points", IBEX),
    m("index_level|index_close", 6524, "points", IBEX),
    m("index_change", -36, "points", MIB),
    m("index_level|index_close", 13012, "points", MIB),
    m("price_change", 5.16, "%", VED), m(PX, 10.05, "GBP", VED),
    m("price_change", 0.495, "GBP", VED, opt=True),
    m("price_change", -2.9, "%", FRES), m(PX, 13.44, "GBP", FRES),
    m("price_change", -0.39, "GBP", FRES, opt=True),
    m("price_change", 0.8, "%", RAND), m(PX, 48.39, "GBP", RAND),
    m("price_change", 0.39, "GBP", RAND, opt=True),
    m("price_change", 4.7, "%", MAN), m(PX, 0.784, "GBP", MAN),
    m("price_change", 0.035, "GBP", MAN, opt=True),
    m("price_change", 4, "%", RBS), m(PX, 0.203, "GBP", RBS),
    m("price_change", 0.008, "GBP", RBS, opt=True),
    m("price_change", 3.3, "%", STAN), m(PX, 13.14, "GBP", STAN),
    m("price_change", 0.42, "GBP", STAN, opt=True),
], [])

# ---------------------------------------------------------------- en11 Newcrest December-quarter production: group gold and copper output with q/q growth, group AISC and its fall, Cadia AISC, output and target throughput, Telfer, Lihir, Bonriko (and its sale price) and Gosowong against the September quarter, full-year guidance and output to date (Mining Weekly, January 2018; USD)
# A mining company's production report. The stored page opens with the "JOHANNESBURG (miningweekly.com) –" dateline and no
# headline; none added. The stored page is cut mid-sentence in the copper-guidance sentence ("with year-to-date
# production currently at 39 002 "), so the passage ends after the gold-guidance sentence before it. Kept as printed:
# "Bonriko" (for Bonikro; both spellings as alternatives), "12 196 t of copper to 180 223 t of copper" (the page's
# slip: the copper figure repeats the gold figure; labelled as printed), space thousands separators, "$81-million",
# "14-million tonnes", "2.4-million ounces to 2.7-million ounces". Currency: "$" per ounce in a report on Newcrest's
# group AISC -> USD (the miner's reporting currency; no "A$" printed). Period: no year is printed (quarters are named
# "December quarter"/"September quarter"), so no period (news24); the quarter goes in the basis. Decided: group gold
# "increased by 17.2% quarter-on-quarter to 613 000 oz" and copper "up 33.8% ... to 22 000 t" -> key levels and key q/q
# growth. AISC "decreased by $69/oz to $829/oz" -> key level and key -69 USD change (no prior computed, news33 batch
# a); Cadia's "record low AISC of $129/oz" key. Mines "from X to Y" -> key level with prior and the earlier quarter an
# optional row (Cadia gold and copper, Telfer gold and copper); Lihir "209 888 oz ..., which compares with 202 922 oz in
# the previous quarter", Bonriko "40 929 oz ..., an improvement on the 36 846 oz" and Gosowong "59 338 oz, down 13% on the
# 68 524 oz" -> the same (a same-sentence comparison of the same quantity), with Gosowong's -13 % key. Cadia's "target
# throughput of 14-million tonnes a year" key in tonnes; the Bonriko sale "for $81-million" key on the mine. Guidance
# "2.4-million ounces to 2.7-million ounces" -> key range; "has produced 1.14-million ounces towards that range" -> key
# year-to-date output. Not labelled: "all but one of ... five operations" (counts), "the end of December" (a date).
NCM = "Newcrest|Newcrest Mining|Newcrest Mining Ltd"
def mine(name, alt=""):
    return f"{name}|{alt}{name} mine|Newcrest {name}|" + NCM
CAD, TEL, LIH = mine("Cadia"), mine("Telfer"), mine("Lihir")
BON, GOS = mine("Bonriko", "Bonikro|Bonikro mine|"), mine("Gosowong")
GP = "gold_production|production|gold_output"
CP = "copper_production|production|copper_output"
AISC = "aisc|all_in_sustaining_cost|all_in_sustaining_costs"
DQ, SQ = "December quarter", "September quarter"
G["en11"] = ([
    m(GP, 613000, "ounces", NCM, basis=DQ),
    m("gold_production_growth|production_growth|gold_output_growth", 17.2, "%", NCM, basis="quarter-on-quarter"),
    m(CP, 22000, "tonnes", NCM, basis=DQ),
    m("copper_production_growth|production_growth|copper_output_growth", 33.8, "%", NCM, basis="quarter-on-quarter"),
    m(AISC, 829, "USD", NCM, basis="per ounce, group, " + DQ),
    m("aisc_change|all_in_sustaining_cost_change", -69, "USD", NCM, basis="per ounce, quarter-on-quarter"),
    m(AISC, 129, "USD", CAD, basis="per ounce, record low"),
    m(GP, 180223, "ounces", CAD, prior=120514, basis=DQ),
    m(GP, 120514, "ounces", CAD, opt=True, basis="previous quarter"),
    m(CP, 180223, "tonnes", CAD, prior=12196, basis=DQ + ", as printed"),
    m(CP, 12196, "tonnes", CAD, opt=True, basis="previous quarter"),
    m("target_throughput|throughput_target|throughput", 14e6, "tonnes", CAD, basis="a year, by the end of December"),
    m(GP, 122318, "ounces", TEL, prior=94112, basis=DQ),
    m(GP, 94112, "ounces", TEL, opt=True, basis=SQ),
    m(CP, 4058, "tonnes", TEL, prior=4485, basis=DQ),
    m(CP, 4485, "tonnes", TEL, opt=True, basis=SQ),
    m(GP, 209888, "ounces", LIH, prior=202922, basis=DQ),
    m(GP, 202922, "ounces", LIH, opt=True, basis="previous quarter"),
    m("sale_price|deal_value|divestment_value", 81e6, "USD", BON, basis="agreed sale"),
    m(GP, 40929, "ounces", BON, prior=36846, basis=DQ),
    m(GP, 36846, "ounces", BON, opt=True, basis=SQ),
    m(GP, 59338, "ounces", GOS, prior=68524, basis=DQ),
    m("gold_production_growth|production_growth|gold_output_growth", -13, "%", GOS, basis="quarter-on-quarter"),
    m(GP, 68524, "ounces", GOS, opt=True, basis="previous quarter"),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", NCM,
      rng=(2.4e6, 2.7e6), basis="full year"),
    m("gold_production_ytd|gold_production|production", 1.14e6, "ounces", NCM, basis="year to date"),
], [])

# ---------------------------------------------------------------- en12 Blackstone-led take-private of Tallgrass Energy: deal value, sweetened per-share offer against the original, pre-market move and price, executives' premium, offer premium, the group's existing stake, equity funding and Enagas's investment (Reuters, December 2019; USD)
# A private-equity deal with value, premium and financing. The stored page opens with the "HOUSTON (Reuters) -" dateline
# and no headline; none added. The closing "Reporting by ...; Editing by ..." credit line is dropped as page furniture.
# Whole as stored otherwise. No year is printed ("on Tuesday", "August", "Monday"), so no periods. Decided: "The deal
# values the company at about $6.3 billion" -> key deal value (enterprise value and valuation as alternatives; the text
# does not split equity and debt). "Blackstone's offer of $22.45 per Class A share ..., and sweetened from its August
# $19.50-a-share take-private offer" -> key offer price with prior 19.50 (a same-sentence "from"); the original offer
# "of $19.50 a share" in the second sentence is its own key row and its repeat in the "sweetened from" clause optional.
# "Pushed Tallgrass shares up 20% in pre-market trading to $22.12" -> key % move and key price. "A premium of about 30%"
# for the executives' shares -> key on "Tallgrass executives" (a deal term the dispute was about); "a premium of 22.7% to
# the company's last close" -> key offer premium. "Already owns nearly 44% of Tallgrass's Class A and Class B shares" ->
# key stake of the buyer group. Financing "about $3 billion in equity and the remainder with debt" -> key equity
# funding (the debt amount is not printed); Enagas's "$836 million" investment key on Enagas. Not labelled: the advisers,
# the tickers, "Class A"/"Class B" (share classes).
TGE = "Tallgrass Energy|Tallgrass|TGE|TGE.N|Tallgrass Energy LP"
BX = "Blackstone|Blackstone Infrastructure Partners|Blackstone-led group|Blackstone Infrastructure"
G["en12"] = ([
    m("deal_value|enterprise_value|valuation|transaction_value", 6.3e9, "USD", TGE + "|" + BX),
    m("offer_price|offer_per_share", 22.45, "USD", TGE, prior=19.50, basis="per Class A share, sweetened"),
    m("offer_price|original_offer_price|offer_per_share", 19.50, "USD", TGE, basis="original offer"),
    m("offer_price|original_offer_price|offer_per_share", 19.50, "USD", TGE, opt=True,
      basis="restated: August take-private offer"),
    m("price_change", 20, "%", TGE, basis="pre-market"),
    m("price|share_price", 22.12, "USD", TGE, basis="pre-market"),
    m("premium|executive_premium|offer_premium", 30, "%", "Tallgrass executives|" + TGE,
      basis="about; executives' shares under the original offer"),
    m("premium|offer_premium", 22.7, "%", TGE, basis="to last close on Monday"),
    m("stake|existing_stake|ownership_stake", 44, "%", BX + "|" + TGE, basis="nearly; buyer group's Class A and B shares"),
    m("equity_financing|equity_funding|equity_contribution", 3e9, "USD", BX + "|" + TGE,
      basis="about; remainder with debt"),
    m("investment|equity_investment", 836e6, "USD", "Enagas|Enagas SA|ENAG.MC", basis="part of the takeover"),
], [])
