# Hand-written gold labels for news53/en en07-en12 (batch b: commodities, energy and transport in English from any
# region). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read,
# and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news52/en/README.md, with the labels of news51/en as the model: values fully scaled ("24.27 million bpd" -> 24.27e6
# b/d, "3.7m barrels a day" -> 3.7e6 b/d, "2.7m barrels of oil equivalent a day" -> 2.7e6 boe/d, "$7bn" -> 7e9 USD,
# "113.25 lakh" passengers -> 11.325e6 with lakh = 1e5, "77.95 lakh tonnes" -> 7.795e6 tonnes, "49.5 cents" -> 0.495
# USD); declines, falls and losses negative ("settled down $15.20, or 1.6 percent" -> -15.20 USD and -1.6 %, "slipped
# 0.07%" -> -0.07, "down 69.6%" -> -69.6); production cuts as positive amounts (news47 en10's agreed cut); currency codes
# ("$" and "US$" -> USD, "Yuan" / "yuan" -> CNY); oil output in "b/d" and "boe/d" (news23, news47, news50), commodity
# prices per barrel / ounce / ton / pound in the currency with the measure in the basis (news18, news19, news36), stocks,
# sugar output and ETF-like volumes in "tonnes", traffic in "passengers", futures volume in "lots" (news25), mill and
# project counts as count nouns; space thousands separators read as printed ("93 250 tons" -> 93250, "121 790 yuan" ->
# 121790, news32, news35); hedges keep the number with the hedge in the basis ("about", "around", "some", "more than",
# "above", "below", "nearly", "toward"); a same-sentence "X from Y" / "X compared with Y" / "X against Y" value of the
# same quantity is the prior and the earlier value an optional row (news30 batch b, news36-news52), while an
# earlier-period figure in a sentence of its own is a key row of its own (news50 batch a); a lead's rounded restatement
# ("toward $920", "nearly 2 percent") optional, intraday ranges optional (news36 en04's session extremes), bracketed
# currency conversions and a closing exchange-rate note optional; periods only where the text states or clearly implies
# the year (news24; market prices, moves, stocks and traffic without a printed year none); figures written as words
# labelled with their value ("a third of world demand" -> an optional -33.33 %, "two sugar mills" -> 2); the source's
# own oddities labelled as printed (news44-news52); quotes rendered as reported speech (the set never copies
# third-party sentences), their figures labelled like any other; dates ("May 1", "Aug. 1", "June 27", "1 May", "24 Jun,
# 2009"), times ("0703 GMT", "3:25 pm EDT (2025 GMT)"), spans ("three-decade", "21-year", "five years", "three-year"),
# ordinals ("39th month"), member and airport counts ("13-member", "four key airports"), and RICs ("LCOc1") not labelled.

PCH = "price_change|futures_change|pct_change"
PX = "price|futures_price|spot_price|metal_price"

# ---------------------------------------------------------------- en07 OPEC's August output in the Reuters survey as OPEC+ eased its record cut (Reuters text on argentinashale.com; early September 2020, no year printed): output +about 1 million bpd, 24.27 million bpd, +950,000 bpd from July; Brent above $46 from April's low below $16; OPEC+ cut 9.7 million bpd (10% of global output) from May 1, tapered to 7.7 million bpd from Aug. 1, OPEC's share 4.868 million bpd; compliance 99% in August, July revised up to 95% (b/d, USD, %)
# A crude-oil supply survey with the producer group's output, its cut and its compliance, and the Brent price. Whole as
# stored. No headline in the stored text (the address slug "opec-august-oil-output-rises-for-second-month-as-cut-eased"
# is not page text; none added). The OPEC delegate's two quoted sentences are rendered as reported speech (no figures).
# Kept as printed: the RIC "LCOc1" after "oil", "(bpd)" after the first "barrels per day", "Aug. 1".
# Periods: none ("August", "July", "June", "April", "May 1" and "until December" print no year; the story is of 2020).
# Decided: "risen by about 1 million barrels per day ... in August" -> a key +1e6 b/d change ("about" in the basis),
# beside the key level 24.27e6 b/d and the key "+950,000 bpd from July's figure" (the July level is not printed, so no
# prior on the level and none computed). Brent "climb above $46 a barrel from April's 21-year low of below $16" -> key 46
# USD with prior 16 (same-sentence "from") and an optional 16 row. The OPEC+ cut of 9.7 million bpd and its "10% of global
# output" key; "destroyed a third of world demand" a word fraction -> optional -33.33 %; the cut "tapered to 7.7 million
# bpd" key (the 9.7 million is in the sentence before: no prior); OPEC's share 4.868 million bpd key. August compliance
# 99 % and July's "revised up to 95%" key (no earlier July figure printed, no prior).
OPEC = "OPEC|Organization of the Petroleum Exporting Countries"
OPECP = "OPEC+|OPEC plus|" + OPEC
BRENT = "Brent|Brent crude|oil|LCOc1|crude oil"
OUT = "production|output|crude_output|oil_output"
OUTCH = "production_change|output_change|production_growth"
CUT = "production_cut|output_cut|supply_cut|agreed_cut"
G["en07"] = ([
    m(OUTCH, 1e6, "b/d", OPEC, basis="about; August; Reuters survey"),
    m(OUT, 24.27e6, "b/d", OPEC, basis="August average; Reuters survey"),
    m(OUTCH, 950000, "b/d", OPEC, basis="up from July's figure"),
    m("price|oil_price|brent_price", 46, "USD", BRENT, prior=16, basis="above; a barrel"),
    m("price|oil_price|brent_price|low", 16, "USD", BRENT, opt=True, basis="below; April's 21-year low"),
    m(CUT, 9.7e6, "b/d", OPECP, basis="record cut from May 1"),
    m("cut_share_of_global_output|share_of_global_output|share", 10, "%", OPECP, basis="of global output"),
    m("demand_change|oil_demand_change", -33.33, "%", "world demand|world oil demand|global demand", opt=True,
      basis="the virus destroyed a third of world demand"),
    m(CUT, 7.7e6, "b/d", OPECP, basis="tapered from Aug. 1 until December"),
    m(CUT + "|opec_share_of_cut", 4.868e6, "b/d", OPEC, basis="OPEC's share of the 7.7 million bpd cut"),
    m("compliance|compliance_rate", 99, "%", OPEC, basis="August; countries bound by the deal"),
    m("compliance|compliance_rate", 95, "%", OPEC, basis="July; revised up"),
], [])

# ---------------------------------------------------------------- en08 copper near multi-month highs on LME and SHFE with both exchanges' stocks and the other base metals (Reuters text on energynews.oedigital.com; Thursday July 3, 2025, no year printed): SHFE copper -0.07% to 80,560 Yuan ($11246.37); LME three-month copper -0.35% to $9,978; SHFE stocks 81,550 tonnes (-69.6% from the year's high, -74.5% on the year); Comex +2% to $5.199 per pound (14% premium); LME stocks 93 250 tons (-65.6% from the year's high); five SHFE and five LME metals' moves and prices; $1 = 7.1632 yuan (CNY, USD, %, tonnes)
# A base-metals market report led by copper with exchange inventories. Whole as stored apart from the page label "Latest
# News" above the headline, the closing "Click or to see the top news stories about metals, and other topics." link line
# and the credit line the stored page breaks off inside ("(Reporting and editing by Sherry Jab-Phillips; Vijay Kishor"),
# all dropped as furniture; the closing "($1 = 7.1632 Chinese Yuan)" note kept as page text. Headline kept (rewritten:
# "Prices of copper remain near their multi-month highs due to supply constraints and US tariff fears" -> "Copper prices
# hold close to multi-month highs on tight supply and US tariff worries"). The run-in crosshead "Total Copper Stocks" is
# set on its own line. No quotes. Kept as printed: "SFE" beside "SHFE", "80,560 Yuan ($11246.37) or its highest level
# since March 27" (a fall that is also a high, and no thousands comma in the conversion), "when prices are higher", "down
# 69.6% on the highest day of the year on February 28, or 74.5% on the previous year", "93 250 tons" and "121 790 yuan"
# with space separators, "Yuan" capitalised beside "yuan", "Zinc ... at 22,325 Yuan", and the LME prices "$2.066.5",
# "$2.744" and "$2.611" with a dot where a thousands comma belongs.
# Periods: none (market prices, moves and stocks; "June 27", "February 28", "mid-February", "March 27" and "Wednesday"
# print no year; the page is of July 2025).
# Decided: each exchange's copper move and price key, keyed on the exchange's contract with "copper" among the
# alternatives; the bracketed "$11246.37" an optional conversion. SHFE stocks 81,550 tonnes key with their two printed
# falls key (-69.6 % against the year's peak day, -74.5 % on the previous year); LME stocks "93 250 tons" key in tonnes
# (space separator read as printed) with the -65.6 % fall from the year's peak key. Comex +2 % and $5.199 per pound key;
# the "premium of 14% over the LME Copper futures" a key premium row. The five SHFE moves and prices (CNY per ton) and
# the five LME moves and prices (USD per ton) key. The dotted LME prices "$2.066.5", "$2.744" and "$2.611" are read with
# the dot as a thousands separator (2066.5, 2744 and 2611 USD a ton: a lead, zinc or aluminium price of two or three
# dollars a ton is impossible beside nickel's "$15,370 per ton" and tin's "$33,730"; decided, basis says so). The
# exchange-rate note "$1 = 7.1632 Chinese Yuan" optional.
SHCU = "SHFE copper|Shanghai copper|Shanghai Futures Exchange copper|SHFE|copper"
LMCU = "LME copper|three-month copper|London Metal Exchange copper|LME|copper"
COMEX = "Comex copper|U.S. Comex Copper Futures|COMEX copper futures|US copper|copper"
STK = "inventories|stocks|copper_stocks|warehouse_stocks"
STKCH = "inventory_change|stocks_change|copper_stocks_change"
G["en08"] = ([
    m(PCH, -0.07, "%", SHCU, basis="most-traded contract"),
    m(PX, 80560, "CNY", SHCU, basis="per ton; 'or its highest level since March 27' as printed"),
    m(PX, 11246.37, "USD", SHCU, opt=True, basis="conversion in brackets"),
    m(PCH, -0.35, "%", LMCU, basis="three-month"),
    m(PX, 9978, "USD", LMCU, basis="per ton; at 0703 GMT"),
    m(STK, 81550, "tonnes", "SHFE copper stocks|SHFE warehouses|" + SHCU, basis="by June 27"),
    m(STKCH, -69.6, "%", "SHFE copper stocks|SHFE warehouses|" + SHCU,
      basis="on the highest day of the year on February 28"),
    m(STKCH, -74.5, "%", "SHFE copper stocks|SHFE warehouses|" + SHCU, basis="on the previous year"),
    m(PCH, 2, "%", COMEX, basis="Wednesday"),
    m(PX, 5.199, "USD", COMEX, basis="per pound"),
    m("premium|price_premium|spread", 14, "%", COMEX, basis="over the LME Copper futures"),
    m(STK, 93250, "tonnes", "LME copper stocks|LME warehouses|LME-registered warehouses|" + LMCU,
      basis="printed '93 250 tons'; as of Wednesday"),
    m(STKCH, -65.6, "%", "LME copper stocks|LME warehouses|LME-registered warehouses|" + LMCU,
      basis="from the highest level of the year in mid-February"),
    m(PCH, 0.8, "%", "SHFE nickel|nickel"),
    m(PX, 121790, "CNY", "SHFE nickel|nickel", basis="printed '121 790 yuan per ton'"),
    m(PCH, 0.5, "%", "SHFE lead|lead"),
    m(PX, 17245, "CNY", "SHFE lead|lead"),
    m(PCH, 0.5, "%", "SHFE zinc|zinc"),
    m(PX, 22325, "CNY", "SHFE zinc|zinc", basis="'at' as printed"),
    m(PCH, 0.07, "%", "SHFE aluminium|aluminium|aluminum"),
    m(PX, 20680, "CNY", "SHFE aluminium|aluminium|aluminum"),
    m(PCH, -0.33, "%", "SHFE tin|tin"),
    m(PX, 268420, "CNY", "SHFE tin|tin"),
    m(PCH, 0.44, "%", "LME nickel|nickel"),
    m(PX, 15370, "USD", "LME nickel|nickel", basis="per ton"),
    m(PCH, 0.34, "%", "LME lead|lead"),
    m(PX, 2066.5, "USD", "LME lead|lead", basis="printed '$2.066.5' (dot read as a thousands separator)"),
    m(PCH, 0.05, "%", "LME tin|tin"),
    m(PX, 33730, "USD", "LME tin|tin"),
    m(PCH, -0.49, "%", "LME zinc|zinc"),
    m(PX, 2744, "USD", "LME zinc|zinc", basis="printed '$2.744' (dot read as a thousands separator)"),
    m(PCH, -0.34, "%", "LME aluminium|aluminium|aluminum"),
    m(PX, 2611, "USD", "LME aluminium|aluminium|aluminum", basis="printed '$2.611' (dot read as a thousands separator)"),
    m("exchange_rate|fx_rate", 7.1632, "CNY", "USD/CNY|Chinese Yuan|yuan|US dollar", opt=True,
      basis="$1 = 7.1632 Chinese Yuan"),
], [])

# ---------------------------------------------------------------- en09 US precious metals settle lower with crude (Business Recorder, brecorder.com AMP page dated 24 Jun, 2009; the Monday, June 22, 2009 session): August gold settled -$15.20 (-1.6%) at $921 (lead "toward $920", "nearly 2 percent"), range $935.60-$918.30, 87,810 lots, spot $922.20 (-1.2%); July silver -49.5 cents (-3.5%) at $13.705, range $14.190-$13.680, 40,241 lots, spot $13.74 (-3.2%); July platinum -$42.10 (-3.5%) at $1,169.10, spot $1,159.50 (-3.7%); September palladium -$12.25 (-5%) at $233.90, spot $231.50 (-5.1%) (USD, %, lots)
# A precious-metals futures settlement report with spot prices, session ranges and volumes. Whole as stored apart from the
# closing "Read Comments" link (dropped as furniture); the page's date line "24 Jun, 2009" kept as page text. Headline
# kept (rewritten: "US gold drops" -> "US gold falls"). The traders' remark after "GOLD:" is attributed reported speech
# (no figures). The fragments "Ranging from $935.60 to $918.30." and "Ranging $14.190 to $13.680." are rewritten as
# sentences with the figures and their order kept. Kept as printed: the section labels "GOLD:", "SILVER:", "PLATINUM:",
# "PALLADIUM:", the contract months used as subjects ("August settled", "July ended", "September closed"), "(2025 GMT)"
# (a time), and the typo "tacking platinum's losses".
# Periods: none (settlements, spot prices and volumes of one session; the date line's 2009 is not a reporting period).
# Decided: the lead's "toward $920 an ounce" and "losing nearly 2 percent" are rounded restatements of the settlement
# that follows (-1.6 % to $921) -> optional rows; each settlement's dollar move, % move and level key, keyed on the
# metal's futures with the metal among the alternatives; each session range "from $X to $Y" an optional range (session
# extremes, news36 en04); COMEX estimated final volumes in lots key (news25 en12); each spot price and its % move "from
# its previous session / finish" key. "49.5 cents" -> -0.495 USD.
GF = "US gold futures|gold futures|COMEX gold|August gold|gold"
SG = "spot gold|gold"
SF = "silver futures|COMEX silver|July silver|silver"
SS = "spot silver|silver"
PF = "platinum futures|NYMEX platinum|July platinum|platinum"
SP = "spot platinum|platinum"
DF = "palladium futures|NYMEX palladium|September palladium|palladium"
SD = "spot palladium|palladium"
USDCH = "price_change|futures_change|settlement_change"
SET = "price|settlement_price|futures_price|settle"
RNG = "trading_range|price_range|session_range"
VOL = "trading_volume|volume|futures_volume"
G["en09"] = ([
    m(PX, 920, "USD", GF, opt=True, basis="toward; an ounce; lead's rounded restatement"),
    m(PCH, -2, "%", GF, opt=True, basis="nearly; lead's rounded restatement"),
    m(USDCH, -15.20, "USD", GF, basis="August, settled"),
    m(PCH, -1.6, "%", GF, basis="August, settled"),
    m(SET, 921, "USD", GF, basis="August, settled; an ounce; COMEX"),
    m(RNG, None, "USD", GF, rng=(918.30, 935.60), opt=True, basis="session range, printed high first"),
    m(VOL, 87810, "lots", GF, basis="COMEX estimated final volume"),
    m(PX, 922.20, "USD", SG, basis="at 3:25 pm EDT"),
    m(PCH, -1.2, "%", SG, basis="from its previous session"),
    m(USDCH, -0.495, "USD", SF, basis="printed '49.5 cents'; July, finished"),
    m(PCH, -3.5, "%", SF, basis="July, finished"),
    m(SET, 13.705, "USD", SF, basis="July, finished; an ounce"),
    m(RNG, None, "USD", SF, rng=(13.680, 14.190), opt=True, basis="session range, printed high first"),
    m(VOL, 40241, "lots", SF, basis="COMEX estimated final volume"),
    m(PX, 13.74, "USD", SS, basis="an ounce"),
    m(PCH, -3.2, "%", SS, basis="from its previous finish"),
    m(USDCH, -42.10, "USD", PF, basis="July, ended"),
    m(PCH, -3.5, "%", PF, basis="July, ended"),
    m(SET, 1169.10, "USD", PF, basis="July, ended; an ounce"),
    m(PX, 1159.50, "USD", SP, basis="an ounce"),
    m(PCH, -3.7, "%", SP, basis="from its previous session"),
    m(USDCH, -12.25, "USD", DF, basis="September, closed"),
    m(PCH, -5, "%", DF, basis="September, closed"),
    m(SET, 233.90, "USD", DF, basis="September, closed; an ounce"),
    m(PX, 231.50, "USD", SD, basis="an ounce"),
    m(PCH, -5.1, "%", SD, basis="from its previous finish"),
], [])

# ---------------------------------------------------------------- en10 India's June domestic air traffic from the DGCA with airline market shares (Financial Express, financialexpress.com; Wednesday July 18, 2018, no year printed): 113.25 lakh passengers (+17.57 lakh, +18.36%) against 95.68 lakh; IndiGo 46.3 lakh and 41.3%, on-time 84.1%; Jet Airways 15.12 lakh and 13.3%; SpiceJet load factor 93.4%; Air India 14.11 lakh and 12.5%; January-June 684.83 lakh against 561.55 lakh (+21.95%) (passengers, %)
# A regulator's monthly domestic airline traffic data with market shares, load factors and punctuality. Whole as stored
# apart from the photo caption above the text ("National carrier Air India saw a drop ... operators. (Reuters)", a
# caption repeating a body sentence with its photo credit; dropped as furniture). No headline in the stored text (the
# address slug "double-digit-growth-continues-domestic-air-passenger-traffic-grows-18-36-at-113-25-lakh-in-june" is not
# page text; none added); the store's date line "date 2018-07-18" is not page text. No quotes. Kept as printed:
# "according to a DGCA data", "Director General of Civil Aviation (DGCA)" (for the Directorate), "a 41.3 per cent pie",
# "for the 39th month in row", "lakh" throughout.
# Periods: none ("June", "the same month last year", "the previous month", "the January to June period" and "today"
# print no year; the release is of July 2018).
# Decided: June traffic "113.25 lakh, compared with 95.68 lakh in the same month last year" -> key with prior (lakh =
# 1e5) and an optional earlier row; the "17.57 lakh more passengers" a key change row and the 18.36 % growth key. The
# load factor's "declining trend" prints no figure (not labelled). Each airline's passengers and market share key;
# IndiGo's 84.1 % on-time share and SpiceJet's 93.4 % loads (load factor) key; Air India's market share "reducing ... to
# 12.5 per cent" key with no prior (none printed). January-June "684.83 lakh, compared with 561.55 lakh during the
# year-ago period" -> key with prior and an optional earlier row; 21.95 % key. Entity for industry totals: India's
# domestic airlines with the DGCA among the alternatives.
IND = "India|Indian domestic airlines|domestic airlines|Indian aviation|DGCA"
PAX = "passengers|passenger_traffic|domestic_passengers|traffic"
PAXG = "passenger_growth|traffic_growth|passenger_traffic_growth"
MS = "market_share|domestic_market_share|share"
G["en10"] = ([
    m(PAX, 11.325e6, "passengers", IND, prior=9.568e6, basis="113.25 lakh; June"),
    m(PAX, 9.568e6, "passengers", IND, opt=True, basis="95.68 lakh; same month last year"),
    m("passenger_change|passenger_increase|traffic_change", 1.757e6, "passengers", IND, basis="17.57 lakh more; June"),
    m(PAXG, 18.36, "%", IND, basis="June, year on year"),
    m(PAX, 4.63e6, "passengers", "IndiGo|InterGlobe Aviation", basis="46.3 lakh; June"),
    m(MS, 41.3, "%", "IndiGo|InterGlobe Aviation", basis="pie of total domestic traffic"),
    m(PAX, 1.512e6, "passengers", "Jet Airways", basis="15.12 lakh; June"),
    m(MS, 13.3, "%", "Jet Airways"),
    m("on_time_performance|otp|on_time_rate", 84.1, "%", "IndiGo|InterGlobe Aviation",
      basis="flights arriving and departing on time at four key airports"),
    m("load_factor|passenger_load_factor|plf", 93.4, "%", "SpiceJet", basis="highest loads; 39th month in row"),
    m(PAX, 1.411e6, "passengers", "Air India", basis="14.11 lakh; June, domestic network"),
    m(MS, 12.5, "%", "Air India", basis="reduced to"),
    m(PAX, 68.483e6, "passengers", IND, prior=56.155e6, basis="684.83 lakh; January to June"),
    m(PAX, 56.155e6, "passengers", IND, opt=True, basis="561.55 lakh; year-ago January to June"),
    m(PAXG, 21.95, "%", IND, basis="January to June"),
], [])

# ---------------------------------------------------------------- en11 oil majors' first-quarter round-up led by BP's production and cash flow (Petroleum Economist text on Mozambique Mining Post, mozambiqueminingpost.com; May 4, 2018 page, no date printed): BP projects seven in 2017 and six planned in 2018, production +6% to 3.7m barrels a day, operating cash flow around $7bn, debt $40bn, Deepwater Horizon cost more than $65bn; Total production +5% to some 2.7m boe a day (b/d, boe/d, USD, %, projects)
# An oil-sector round-up of first-quarter results with production in barrels. Cut: the stored page breaks off mid-sentence
# in the Statoil sentence ("Norway's Statoil increased cash from operations by 14% to $7.13bn in the first quarter, and
# while its net profit of $1.47bn was slightly below an"); the passage stops after the Total sentence before it (the
# "14%", "$7.13bn" and "$1.47bn" go with the cut). The standfirst ("Upstream results from some leading oil firms were the
# best seen for years, but others fell flat.") kept as page text, rewritten. No headline in the stored text (the address
# slug "global-oil-gas-mixed-fortunes-in-oil-majors-results-round-petroleum-economist" is not page text; none added). The
# chief financial officer's remarks were reported speech in the source already (rewritten; no figures but "2018").
# Kept as printed: "hydrocarbons projects", "3.7m barrels a day" for BP beside "barrels of oil equivalent a day" for
# Total, the em dashes without spaces, "1 May".
# Periods: the results announced "on 1 May" beside "plans ... in 2018" and "later in 2018" -> the first quarter is 2018Q1
# (clearly implied); the projects brought on stream "in 2017" 2017 and the six planned "in 2018" 2018; the Deepwater
# Horizon cost to date none.
# Decided: BP "a 6% rise in first quarter production to 3.7m barrels a day" -> key growth and key level in b/d as printed
# (not boe/d); Total "by 5% to some 2.7m barrels of oil equivalent a day ... compared to a year earlier" -> key growth
# and key level in boe/d ("some" in the basis; the year-earlier level is not printed). The seven projects of 2017 and the
# six planned for 2018 key counts ("projects", news50's wells). Cash flow from operating activities "around $7bn"
# excluding Deepwater Horizon payments and one-offs key (the exclusion in the basis); debt $40bn key; the Deepwater
# Horizon aftermath "estimated to have cost ... more than $65bn" a key cost, positive as printed (news51 en02's one-off
# cost), keyed on the disaster with BP among the alternatives. "A three-year high" for Brent, "since 2014", "the 2014 oil
# price crash" and "the 2010 Deepwater Horizon disaster" carry no figure to label.
BP = "BP|BP plc"
TOT = "Total|Total SA|TotalEnergies"
Q = "2018Q1"
G["en11"] = ([
    m("projects_started|projects|new_projects|projects_on_stream", 7, "projects", BP, "2017",
      basis="hydrocarbons projects brought on stream"),
    m("projects_planned|projects|new_projects|projects_on_stream", 6, "projects", BP, "2018",
      basis="planned to come into operation"),
    m("production_growth|output_growth", 6, "%", BP, Q, basis="first quarter production"),
    m("production|output", 3.7e6, "b/d", BP, Q, basis="printed 'barrels a day'"),
    m("operating_cash_flow|cash_flow_from_operations|cash_flow_from_operating_activities|cash_flow", 7e9, "USD", BP, Q,
      basis="around; excluding Deepwater Horizon payments and some one-off charges"),
    m("debt|net_debt|total_debt", 40e9, "USD", BP, Q),
    m("cost|total_cost|deepwater_horizon_cost|disaster_cost", 65e9, "USD", "Deepwater Horizon|" + BP,
      basis="more than; estimated cost of the aftermath"),
    m("production_growth|output_growth", 5, "%", TOT, Q, basis="compared to a year earlier"),
    m("production|output", 2.7e6, "boe/d", TOT, Q, basis="some; barrels of oil equivalent a day"),
], [])

# ---------------------------------------------------------------- en12 India's sugar output to December 31 at a five-year low (BusinessLine, thehindubusinessline.com; January 2, 2020, no date printed): 77.95 lakh tonnes (October-December 2019) against 111.72 lakh tonnes a season earlier ("30 per cent more"), lowest since 2014-15's 74.95 lakh tonnes; 437 mills crushing against 507; Maharashtra 137 mills, 16.50 lakh tonnes against 44.57 lakh tonnes from 187 mills, recovery 10% against 10.5%, two mills shut; Uttar Pradesh 119 mills, 33.16 lakh tonnes, recovery 10.71%, a season earlier 117 mills, 31.07 lakh tonnes, 10.84%; about 18 to 20 mills diverting molasses (tonnes, mills, %)
# An agricultural crop report from an industry association with output by state, mill counts and sugar recovery rates.
# Cut: the stored page breaks off at the first word of the next paragraph ("In"); the passage stops after the molasses
# sentence before it. No headline in the stored text (the address slug "at-78-lakh-tonnes-indias-sugar-output-falls-to-
# lowest-in-five-years" is not page text; none added); the store's date line "date 2020-01-02" is not page text. No
# quotes. Kept as printed: "lakh tonnes" throughout, "(October 2019-September 2020)", "2018-19", "2014-15", "the State"
# with a capital, "Commissioner (Sugar), Maharashtra", "'B' category heavy molasses", and the source's arithmetic: the
# 2018-19 output of 111.72 lakh tonnes "30 per cent more" than the current 77.95 lakh tonnes (the figures give about 43
# per cent more, or the current output about 30 per cent less).
# Periods: "till December 31, that is, the first three months of the current sugar season (October 2019-September 2020)"
# and "till December 31, 2019" -> the season-to-date figures cover October-December 2019 = 2019Q4 (decided: the months
# and year are printed); "the corresponding period of the previous 2018-19 sugar season" / "of 2018-19" / "last year up
# to the same period" -> 2018Q4. Mill counts (points in time), the 2014-15 comparison and the "30 per cent" none.
# Decided: national output 77.95 lakh tonnes key (lakh = 1e5; 7.795e6 tonnes); the 2018-19 comparison in a sentence of its
# own is a key 2018Q4 row (no prior on the current row); "30 per cent more" a key +30 % gap labelled as printed (the
# 2018-19 output's excess over the current season's; positive, "more"). The 2014-15 low of 74.95 lakh tonnes optional
# (a historic comparison, news52 en05). "437 mills ... compared to 507 mills" -> key with prior and an optional earlier
# row (unit "mills"). Maharashtra: "137 sugar mills ... produced 16.50 lakh tonnes ..., against 187 sugar mills which had
# produced 44.57 lakh tonnes" -> key mills and key output, each with its same-sentence prior and an optional earlier row;
# recovery "10 per cent, against 10.5 per cent" likewise. "Two sugar mills ... closed operations" optional (an incidental
# count in words). Uttar Pradesh: current mills, output and recovery key; the 2018-19 mills, output and recovery in a
# sentence of their own key rows with their own period (mills none). "About 18 to 20 sugar mills" diverting molasses an
# optional range ("about" in the basis).
IND = "India|Indian sugar mills|Indian Sugar Mills Association|ISMA|Indian sugar industry"
MH = "Maharashtra|Maharashtra sugar mills"
UP = "Uttar Pradesh|UP|Uttar Pradesh sugar mills"
SUG = "sugar_production|production|output|sugar_output"
MILLS = "mills_operating|mills_crushing|operating_mills|mills"
REC = "sugar_recovery|recovery_rate|average_recovery|recovery"
G["en12"] = ([
    m(SUG, 7.795e6, "tonnes", IND, "2019Q4", basis="77.95 lakh tonnes; season to December 31"),
    m(SUG, 11.172e6, "tonnes", IND, "2018Q4", basis="111.72 lakh tonnes; corresponding period of the 2018-19 season"),
    m("production_difference|production_gap|production_change", 30, "%", IND,
      basis="2018-19 period output 30 per cent more than the current season's (as printed)"),
    m(SUG, 7.495e6, "tonnes", IND, opt=True, basis="74.95 lakh tonnes; the 2014-15 season, lowest since"),
    m(MILLS, 437, "mills", IND, prior=507, basis="currently crushing sugarcane"),
    m(MILLS, 507, "mills", IND, opt=True, basis="same period of the previous season"),
    m(MILLS, 137, "mills", MH, prior=187, basis="in operation"),
    m(MILLS, 187, "mills", MH, opt=True, basis="last year up to the same period"),
    m(SUG, 1.65e6, "tonnes", MH, "2019Q4", prior=4.457e6, basis="16.50 lakh tonnes; till December 31"),
    m(SUG, 4.457e6, "tonnes", MH, "2018Q4", opt=True, basis="44.57 lakh tonnes; last year up to the same period"),
    m(REC, 10, "%", MH, "2019Q4", prior=10.5, basis="average sugar recovery; till December 31, 2019"),
    m(REC, 10.5, "%", MH, "2018Q4", opt=True, basis="corresponding period of 2018-19"),
    m("mills_closed|mill_closures|mills", 2, "mills", MH, opt=True, basis="two sugar mills closed operations"),
    m(MILLS, 119, "mills", UP),
    m(SUG, 3.316e6, "tonnes", UP, "2019Q4", basis="33.16 lakh tonnes; till December end"),
    m(REC, 10.71, "%", UP, "2019Q4", basis="average recovery"),
    m(MILLS, 117, "mills", UP, basis="2018-19 season, in operation as on the same date last year"),
    m(SUG, 3.107e6, "tonnes", UP, "2018Q4", basis="31.07 lakh tonnes; 2018-19 season to the same date"),
    m(REC, 10.84, "%", UP, "2018Q4", basis="average recovery; 2018-19 season to the same date"),
    m("mills_diverting_molasses|mills", None, "mills", UP, rng=(18, 20), opt=True,
      basis="about; diverting 'B' category heavy molasses for ethanol"),
], [])
