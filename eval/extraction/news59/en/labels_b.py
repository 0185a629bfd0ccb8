# Hand-written gold labels for news59/en en07-en12 (batch b: Asia-Pacific, India and the Middle East in English: an
# Indian automaker's monthly sales in units with exports and its farm-equipment segment, a Singapore property
# developer's second quarter in S$ with units sold and prices per square foot, a Japanese brokerage's second quarter in
# yen with its divisions' pretax profit against the Refinitiv estimate, a Thai stock market close with the baht's
# bid-offer quotes and movers in baht, an Indian state bank's September quarter in crore with gross and net NPAs and net
# interest income, and a Gulf low-cost airline's full year and fourth quarter in dirhams with passengers and its
# dividend in fils). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run
# (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the unit words "units", "shares", "stocks", "people", "passengers" and "routes" were checked against
# the unit strings of the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news58/en/README.md, with the labels of news56/en, news57/en and news58/en as the model (news30 en09 for an Indian
# carmaker's monthly sales in "units", news44 en07 for bid-offer currency quotes as ranges, news58 en09 for Indian
# fiscal quarters, news58 en08 for the closing "($1 = ... yen)" rate): values fully scaled ("$204.8 million" -> 204.8e6
# SGD, "Y67.6 bln" / "67.6 billion yen" -> 67.6e9 JPY, "14.4 billion baht" -> 14.4e9 THB, "Rs 3606 crore" -> 36.06e9
# INR with crore = 1e7, "1.5 billion dirhams" / "AED 1.2 billion" -> AED, "4.2 million" passengers -> 4.2e6); cents and
# fils scaled to the currency ("six cents per share" -> 0.06 SGD, "20 fils per share" -> 0.20 AED); declines, falls,
# slumps and cuts negative ("a 9 per cent decline" -> -9, "down 12 per cent" -> -12, "slumped 51.2%" -> -51.2, "down by
# 37%" -> -37, "lost 0.50" -> -0.50 THB, "cut ... by a half point" -> -0.5 pp); currency codes ("$" on a Singapore page
# (The Straits Times) -> SGD, "Y" and "yen" -> JPY, the bracketed "$" beside yen and dirhams and "dollars" on the Thai
# page -> USD, "baht" and the bare prices after a baht price -> THB, "Rs" -> INR, "dirhams", "AED" and "fils" -> AED);
# prices per square foot in the currency with the measure in the basis (the development corpus's per-unit rule: "about
# $3,500 per square foot" -> 3500 SGD, basis per square foot); an oil price per barrel in USD with "a barrel" in the
# basis; index levels and point moves in "points"; vehicles, tractors and homes sold in "units" as printed, turnover
# volume in "shares", breadth in "stocks" (optional, news45 en12, news58 en12), a sales force in "people" (optional),
# passengers and travellers in "passengers", routes in "routes"; hedges keep the number with the hedge in the basis
# ("about", "over", "more than", "approaching"); a same-sentence "X from Y" / "X as compared to Y" / "X as against Y" /
# "X against Y" / "X vs Y" / "X, compared with Y" / "a ...% growth over Y" value of the same quantity is the prior and
# the earlier value an optional row (news30 batch b, news36-news58), while an earlier-period figure in a sentence of its
# own is a key row of its own (M&M's "had sold 45,101 units in the corresponding month last year"); bid-offer quotes
# ("34.24-26") are ranges with the second figure completed from the first (news44 en07), the earlier quote the prior
# range and an optional row; the first printing of a figure key and a later repeat optional (the Reuters summary lines
# at the head of en09 are its first printings, the body's repeats optional; a rounded headline figure optional; a figure
# repeated inside reported remarks optional, news50-news58); bracketed currency conversions and the closing "($1=...
# yen)" rate optional; a fraction in words ("one third of the turnover") optional; a project's size ("the 174-unit
# Gramercy Park") optional; a price "unchanged at" / "trading flat at" key with no 0 change row (news58 en12); periods
# only where the text states or clearly implies the year (news24; "November 2018" as "the same month last year" beside
# "November 2019" -> 2019-11 and 2018-11; "the September 2022 quarter" as the corresponding quarter of the previous
# fiscal -> Q2 = FY2024Q2 and the year-ago FY2023Q2, Indian fiscal years named by the year they end (news47, news58);
# "the full year ending December 31, 2023" -> 2023, "the last quarter of the year" 2023Q4 against "the same period in
# 2022" 2022Q4, "a year earlier" / "in 2022" 2022, and "last year" in a 2023 full-year passage 2023; CDL's and Nomura's
# quarters and the Thai close print no year of their own (CDL's "March 2016" dates only a launch, Nomura's "by March
# 2022" only the cost-cut target) -> none); no broker rating action occurs in these six stories; the source's own
# oddities labelled as printed (news44-news58); quotes rendered as reported speech (the set never copies third-party
# sentences), their figures labelled like any other. Not labelled: dates and times ("Sunday", "yesterday", "Oct 28",
# "Thursday", "Tuesday", "Wednesday's", "last month", "end-June", "December 31, 2023"), spans and streaks ("more than 17
# years", "two quarters", "the second straight day", "in four years", "the last three months"), ordinals, stock codes
# ("8604.T", "4307.T"), numbers inside names ("SET-50", "Phase 1"), numbers in words with no financial value ("the two
# penthouses", "a double-digit growth"), and the "820-point mark" the index failed to break is optional.

# ---------------------------------------------------------------- en07 Mahindra and Mahindra's November 2019 sales (The Hindu BusinessLine, thehindubusinessline.com; Sunday December 1, 2019, the store's date line; "November 2018" and "November 2019" printed): total sales -9 per cent at 41,235 units vs 45,101; domestic -7 per cent at 38,614 vs 41,564; exports -26 per cent to 2,621 vs 3,537; passenger vehicles 14,637 vs 16,188, -10 per cent; commercial vehicles 17,384 vs 19,673, -12 per cent; farm equipment domestic 20,414 vs 25,159, exports 618; total tractors 21,032 vs 25,949 (%, units)
# An Indian automaker's monthly sales in units with exports, segments and its farm-equipment (tractor) business. Cut:
# the stored page breaks off mid-sentence inside the farm-equipment president's quote ('... With government support on
# agri and rural sector and healthy reservoir'); the passage stops after the quote's first, whole sentence (rendered as
# reported speech). Dropped as furniture: a related-story teaser at the head of the page ("Social service starts at
# school in Shimla" with its one-line blurb). No headline in the stored text (it opens with the teaser and then its first
# paragraph; the address slug "mahindra-mahindra-total-sales-down-9-per-cent-in-november" is not page text; none added).
# The sales chief's quote (no figures) and the farm-equipment president's whole sentence are rendered as reported speech.
# Kept as printed: "Mahindra and Mahindra (M&M)" beside "Mahindra & Mahindra Ltd", "Veejay Ram Nakra", "President - Farm
# Equipment Sector", "(domestic + exports)", "units" throughout and "tractors" in the quote, and the "as compared to" /
# "as against" comparisons.
# Periods: "November 2018" named as the year-ago month and "November 2019" for the tractor totals -> the month is
# 2019-11 (stated), "the corresponding month last year" / "the year-ago month" / "the same month last year" 2018-11.
# Decided: total sales 41,235 units key and its -9 % key; "had sold 45,101 units in the corresponding month last year"
# is a sentence of its own -> a key 2018-11 row without a prior (news30 batch b). Domestic sales, exports, each segment's
# sales and the farm-equipment figures with "as compared to" / "as against" in the same sentence -> key current value
# with the year-ago value as prior and an optional 2018-11 row; their % changes key (declines negative). Segments keyed
# on the segment with M&M among the alternatives; tractor figures keyed on the farm equipment sector. "Exports for the
# month stood at 618 units" (tractors) key. The 20,414 tractors repeated in the president's remarks optional.
MM = "Mahindra and Mahindra|Mahindra & Mahindra|M&M|Mahindra & Mahindra Ltd|Mahindra"
PV = "passenger vehicle segment|passenger vehicles|M&M passenger vehicles|" + MM
CV = "commercial vehicle segment|commercial vehicles|M&M commercial vehicles|" + MM
FE = "farm equipment segment|farm equipment sector|tractors|Mahindra farm equipment|" + MM
N19, N18 = "2019-11", "2018-11"
TS = "total_sales|sales|sales_volume|vehicle_sales"
TSG = "total_sales_growth|sales_growth|sales_change"
DS = "domestic_sales|sales|domestic_sales_volume"
EX = "exports|export_sales|export_volume"
SS = "segment_sales|sales|sales_volume"
SSG = "segment_sales_growth|sales_growth|sales_change"
TR = "tractor_sales|sales|segment_sales|domestic_tractor_sales"
G["en07"] = ([
    m(TSG, -9, "%", MM, N19, basis="total sales, decline"),
    m(TS, 41235, "units", MM, N19),
    m(TS, 45101, "units", MM, N18, basis="corresponding month last year; a sentence of its own"),
    m("domestic_sales_growth|" + TSG, -7, "%", MM, N19, basis="domestic market"),
    m(DS, 38614, "units", MM, N19, prior=41564, basis="domestic market"),
    m(DS, 41564, "units", MM, N18, opt=True, basis="November 2018"),
    m("export_growth|exports_growth|" + TSG, -26, "%", MM, N19, basis="exports declined"),
    m(EX, 2621, "units", MM, N19, prior=3537),
    m(EX, 3537, "units", MM, N18, opt=True, basis="year-ago month"),
    m(SS + "|passenger_vehicle_sales", 14637, "units", PV, N19, prior=16188,
      basis="passenger vehicles, incl. utility vehicles, cars and vans"),
    m(SS + "|passenger_vehicle_sales", 16188, "units", PV, N18, opt=True, basis="same month last year"),
    m(SSG + "|passenger_vehicle_sales_growth", -10, "%", PV, N19),
    m(SS + "|commercial_vehicle_sales", 17384, "units", CV, N19, prior=19673),
    m(SS + "|commercial_vehicle_sales", 19673, "units", CV, N18, opt=True, basis="same month a year ago"),
    m(SSG + "|commercial_vehicle_sales_growth", -12, "%", CV, N19),
    m(TR + "|farm_equipment_domestic_sales", 20414, "units", FE, N19, prior=25159,
      basis="farm equipment, domestic sales"),
    m(TR + "|farm_equipment_domestic_sales", 25159, "units", FE, N18, opt=True, basis="same month last year"),
    m("tractor_exports|" + EX, 618, "units", FE, N19, basis="farm equipment exports for the month"),
    m("total_tractor_sales|" + TR, 21032, "units", FE, N19, prior=25949, basis="domestic + exports"),
    m("total_tractor_sales|" + TR, 25949, "units", FE, N18, opt=True, basis="same month last year"),
    m(TR + "|farm_equipment_domestic_sales", 20414, "units", FE, N19, opt=True,
      basis="repeat in the farm-equipment president's remarks; printed '20,414 tractors'"),
], [])

# ---------------------------------------------------------------- en08 City Developments' second quarter (The Straits Times, straitstimes.com; Thursday August 9, 2018, the store's date line; no year printed for the quarter): net profit $204.8 million, +80 per cent from $114.1 million; revenue +60 per cent to $1.36 billion from $854 million; 651 units sold worth $1.29 billion vs 691 units worth $1.15 billion; Gramercy Park 174-unit, fully sold; New Futura 124-unit, 92 units sold, over 74 per cent, about $3,500 psf; The Tapestry 861-unit, 488 or 89 per cent of 550 units released, about $1,350 psf; special interim dividend six cents (SGD, %, units)
# A Singapore property developer's quarter in S$ (printed "$", The Straits Times' house style) with units sold and
# average selling prices per square foot. Cut: the stored page breaks off mid-sentence in the executive chairman's
# quote ('... Sales are expected to moderate though prices may be sustained for very few quality projects in good
# locations where there '); the passage stops after the quote's first, whole sentence (rendered as reported speech; "two
# quarters" is a span, not labelled). No headline in the stored text (it opens with the store's date line and its first
# paragraph; the address slug "cdls-q2-earnings-surge-80-on-strong-home-sales" is not page text; none added). Kept as
# printed: "$" for the Singapore dollar, "executive condominiums (ECs)", "the 174-unit", "the 124-unit", "861-unit",
# the spaced hyphens round "- representing over 74 per cent of all units and including the two penthouses -", "$3,500
# per square foot" beside "$1,350 psf", "Mr Kwek Leng Beng" and "six cents" in words.
# Periods: none. The quarter is "second-quarter ... this year" with no year printed ("launched in March 2016" dates only
# Gramercy Park's launch; "March this year" prints no year); the store's date line is not page text.
# Decided: "$" on a Straits Times page -> SGD. Net profit and revenue with "from ... in the same period" as prior and
# optional earlier rows; their % rises key. Units sold and sales value "compared with 691 units worth $1.15 billion" ->
# key values with priors and optional earlier rows (the group with its JV associates, keyed on CDL). A project's size
# ("174-unit", "124-unit", "861-unit") optional in "units" (a description, not a result); units sold to date and the
# units released key on the project with CDL among the alternatives; "over 74 per cent" and "89 per cent" sold key;
# average selling prices "about $3,500 per square foot" and "about $1,350 psf" key in SGD with the measure in the basis.
# The special interim dividend "six cents per share" key as 0.06 SGD (a number in words).
CDL = "City Developments|City Developments Limited|CDL|City Developments Ltd"
NF = "New Futura|" + CDL
TAP = "The Tapestry|Tapestry|" + CDL
GP = "Gramercy Park|" + CDL
NP = "net_profit|net_income|profit"
REV = "revenue|revenues|sales"
US = "units_sold|homes_sold|sales_volume|units"
PSF = "average_selling_price|asp|price_per_square_foot|selling_price"
G["en08"] = ([
    m(NP, 204.8e6, "SGD", CDL, prior=114.1e6, basis="second quarter"),
    m(NP, 114.1e6, "SGD", CDL, opt=True, basis="same period a year ago"),
    m("net_profit_growth|net_income_growth|profit_growth", 80, "%", CDL, basis="second quarter"),
    m("revenue_growth|sales_growth", 60, "%", CDL, basis="second quarter"),
    m(REV, 1.36e9, "SGD", CDL, prior=854e6, basis="second quarter"),
    m(REV, 854e6, "SGD", CDL, opt=True, basis="same period last year"),
    m(US, 651, "units", CDL, prior=691, basis="first half, with joint venture associates, including ECs"),
    m(US, 691, "units", CDL, opt=True, basis="same period last year"),
    m("sales_value|total_sales_value|property_sales", 1.29e9, "SGD", CDL, prior=1.15e9,
      basis="total sales value of the units sold"),
    m("sales_value|total_sales_value|property_sales", 1.15e9, "SGD", CDL, opt=True, basis="same period last year"),
    m("project_units|units|project_size", 174, "units", GP, opt=True, basis="174-unit Gramercy Park, fully sold"),
    m("project_units|units|project_size", 124, "units", NF, opt=True, basis="124-unit New Futura"),
    m(US, 92, "units", NF, basis="sold to date, including the two penthouses"),
    m("percent_sold|share_sold|sold_ratio", 74, "%", NF, basis="over; of all units"),
    m(PSF, 3500, "SGD", NF, basis="about; per square foot"),
    m("project_units|units|project_size", 861, "units", TAP, opt=True, basis="861-unit condominium in Tampines"),
    m(US, 488, "units", TAP, basis="sold to date since Phase 1 launched"),
    m("percent_sold|share_sold|sold_ratio", 89, "%", TAP, basis="of the units released"),
    m("units_released|units_launched|units", 550, "units", TAP),
    m(PSF, 1350, "SGD", TAP, basis="about; psf"),
    m("dividend_per_share|dps|special_dividend|interim_dividend", 0.06, "SGD", CDL,
      basis="special interim ordinary dividend; printed 'six cents per share'"),
], [])

# ---------------------------------------------------------------- en09 Nomura's second quarter (Reuters on Nasdaq.com, nasdaq.com; Wednesday October 28, 2020, the year only in the address; no year printed for the quarter): headline -51%; summary lines Q2 net profit Y67.6 bln vs Y138.6 bln, wholesale pretax Y65.5 bln vs Y18.9 bln, retail pretax Y22.8 bln vs Y5.3 bln; body -51.2%, 67.6 billion yen ($645.65 million) vs 138.6 billion, Refinitiv estimate 58.95 billion yen; wholesale 65.5 billion vs 18.9 billion; retail 22.8 billion net profit vs 5.3 billion; 7,000-strong sales force; last year's one-off 73.3 billion yen; cost-cut target about 140 billion yen by March 2022, more than 70% achieved; ($1=104.7000 yen) (JPY, USD, %, people)
# A Japanese brokerage's quarterly results in yen with its divisions' pretax profit against the Refinitiv estimate.
# Whole as stored apart from furniture: the photo credit "Credit: REUTERS/CARLO ALLEGRI", the wire's update note "Adds
# details on quarterly numbers and background", the page's teaser paragraph above the summary lines (a verbatim
# duplicate of the dateline paragraph) and the credit line "(Reporting by Takashi Umekawa; Editing by Sam Ho" (which the
# page leaves unclosed) dropped. Headline kept (rewritten: "Japan's Nomura second-quarter profit slumps 51%" -> "Japan's
# Nomura sees second-quarter profit slump 51%"); the three Reuters summary lines kept (reworded, notation kept: "Y67.6
# bln", "vs", "Q2"). No quotes. Kept as printed: "Nomura Holdings Inc 8604.T", "Nomura Research Institute 4307.T", the
# dateline "TOKYO, Oct 28 (Reuters) -", "July-September", "end-June", "($1=104.7000 yen)" without spaces, and the retail
# division's "22.8 billion yen net profit" in the body beside "pretax profit" in the summary line.
# Periods: none. "Second-quarter" / "Q2" / "July-September" / "the three months" print no year ("Oct 28" only; the
# address's 2020 is not page text); "the second quarter last year" none; "by March 2022" dates only the cost-cut target
# (in the basis).
# Decided: the summary lines are the first printings -> key, each with its "vs" figure as prior and an optional earlier
# row; the body's repeats of 67.6, 65.5 and 22.8 billion yen (with their earlier figures) optional, the retail repeat
# with net_profit among its metrics. The headline's rounded "51%" optional and the body's "51.2%" slump key (negative).
# "An estimate of 58.95 billion yen as compiled by Refinitiv" key as consensus. Divisions keyed on the division with
# Nomura among the alternatives. The 7,000-strong sales force optional in "people". Last year's one-off profit from the
# Nomura Research Institute stake sale key (73.3 billion yen; no period). The cost-cut target "about 140 billion yen"
# key and "more than 70%" of it achieved key. "($1=104.7000 yen)" optional, the conversion "($645.65 million)" optional.
NOM = "Nomura|Nomura Holdings|Nomura Holdings Inc"
WS = "wholesale division|wholesale segment|Nomura wholesale|wholesale|" + NOM
RT = "retail division|Nomura retail|retail|" + NOM
NPN = "net_profit|net_income|profit"
PT = "pretax_profit|pretax_income|income_before_taxes|profit_before_tax|segment_pretax_profit"
G["en09"] = ([
    m("net_profit_growth|net_income_growth|profit_growth|net_profit_change", -51, "%", NOM, opt=True,
      basis="headline, rounded"),
    m(NPN, 67.6e9, "JPY", NOM, prior=138.6e9, basis="Q2; summary line 'Y67.6 bln'"),
    m(NPN, 138.6e9, "JPY", NOM, opt=True, basis="last year; summary line"),
    m(PT, 65.5e9, "JPY", WS, prior=18.9e9, basis="summary line"),
    m(PT, 18.9e9, "JPY", WS, opt=True, basis="prior year; summary line"),
    m(PT, 22.8e9, "JPY", RT, prior=5.3e9, basis="summary line"),
    m(PT, 5.3e9, "JPY", RT, opt=True, basis="a year ago; summary line"),
    m("net_profit_growth|net_income_growth|profit_growth|net_profit_change", -51.2, "%", NOM,
      basis="second quarter, from last year; slump"),
    m(NPN, 67.6e9, "JPY", NOM, opt=True, prior=138.6e9, basis="July-September; body repeat"),
    m(NPN, 645.65e6, "USD", NOM, opt=True, basis="conversion in brackets"),
    m(NPN, 138.6e9, "JPY", NOM, opt=True, basis="last year; body repeat"),
    m("net_profit_estimate|net_profit_consensus|profit_estimate", 58.95e9, "JPY", NOM, basis="compiled by Refinitiv"),
    m(PT, 65.5e9, "JPY", WS, opt=True, prior=18.9e9, basis="body repeat"),
    m(PT, 18.9e9, "JPY", WS, opt=True, basis="last year; body repeat"),
    m(PT + "|" + NPN, 22.8e9, "JPY", RT, opt=True, prior=5.3e9, basis="body repeat, printed 'net profit'"),
    m(PT + "|" + NPN, 5.3e9, "JPY", RT, opt=True, basis="a year ago; body repeat"),
    m("sales_force|employees|headcount", 7000, "people", RT, opt=True, basis="7,000-strong sales force"),
    m("one_off_profit|one_off_gain|gain_on_sale", 73.3e9, "JPY", NOM,
      basis="second quarter last year; stake sale in Nomura Research Institute"),
    m("cost_cut_target|cost_savings_target|cost_cuts", 140e9, "JPY", NOM, basis="about; by March 2022"),
    m("cost_cut_progress|plan_achieved|target_progress", 70, "%", NOM, basis="more than; as of end-June"),
    m("exchange_rate|fx_rate", 104.7, "JPY", "USD/JPY|dollar|yen", opt=True, basis="($1=104.7000 yen)"),
], [])

# ---------------------------------------------------------------- en10 Thai stocks close (AFP text on Business Recorder, brecorder.com; Thursday September 20, 2007, the date not printed): SET +0.45 percent, +3.64 points to 815.43; SET-50 +3.28 points to 590.35; 149 gainers, 147 losers, 131 unchanged; 1.4 billion shares worth 14.4 billion baht (420.4 million dollars); baht 34.24-26 from 34.25-26 per dollar, 48.00-10 from 47.75-82 per euro; energy one third of turnover; oil approaching 82 dollars a barrel; energy sector +0.96 percent; 820-point mark; Fed funds cut by a half point to 4.75 percent; PTT +2.00 baht to 320.00, PTT Chemical +7.00 to 130.00, PTTEP +1.00 to 131.00, Bangkok Bank 115.00 and Kasikornbank 75.00 unchanged, Siam Cement +2.00 to 246.00, Thai Airways -0.50 to 41.00 (%, points, THB, USD, pp, shares, stocks)
# An Asian market close with the currency's bid-offer quotes and movers in baht. The stored text ends with the movers'
# sentence, whole. No headline in the stored text (it opens with its first paragraph; none added). The analyst's two
# quoted passages (one with "one third of the turnover" and one with the "820-point mark") are rendered as reported
# speech. Kept as printed: "percent" spelt out, "(SET) composite index", "blue chip SET-50", "149 to 147", "(420.4
# million dollars)", the bid-offer quotes "34.24-26", "34.25-26", "48.00-10" and "47.75-82", "82 dollars a barrel",
# "the 820-point mark", "by a half point to 4.75 percent", "2.00 baht" with every later price bare, and the decimals
# ".00" on whole-baht moves.
# Periods: none (a market close; "Thursday", "Wednesday's" and "Tuesday" only; the year is not printed).
# Decided: the SET's % and point moves and level key; SET-50's point move and level key (no % printed). Breadth optional
# in "stocks"; turnover "1.4 billion shares" key in "shares" and its value "14.4 billion baht" key, the "(420.4 million
# dollars)" conversion optional. The baht's bid-offer closes are ranges with the second figure completed from the first
# (34.24-34.26 per dollar, 48.00-48.10 per euro) in THB, each with the previous day's quote as prior range and an
# optional earlier row (news44 en07); "remained stable" prints no change. "One third of the turnover" optional 33.33 %.
# Oil "approaching 82 dollars a barrel" key in USD ("approaching; a barrel" in the basis); the energy sector's +0.96 %
# key on the sector with the SET among the alternatives. The "820-point mark" optional (a threshold, not a level
# reached). The Fed's cut "by a half point to 4.75 percent" -> key -0.5 pp and key 4.75 % on the federal funds rate.
# Movers: each change and closing price key in THB (the bare "7.00 to 130.00" and later prices read as baht); Bangkok
# Bank "unchanged at 115.00" and Kasikornbank "closed at 75.00" ("as was") key prices with no 0 change row.
SET = "SET|SET index|SET composite index|Stock Exchange of Thailand|Thai stocks|Thai share prices"
S50 = "SET-50|SET-50 index|SET50"
IC = "index_change|index_change_points|change"
ICP = "index_change_pct|index_change|pct_change"
IL = "index_level|close|index_close"
FX = "exchange_rate|fx_rate|price|quote"
PC = "price_change|share_price_change|change"
PX = "share_price|price|close|close_price"
PTT = "PTT|PTT Plc|PTT Public Company"
PTTC = "PTT Chemical|PTTCH"
PTTEP = "PTT Exploration and Production|PTTEP"
BBL = "Bangkok Bank|BBL"
KBANK = "Kasikornbank|KBANK|Kasikorn Bank"
SCC = "Siam Cement|SCC|Siam Cement Group"
THAI = "Thai Airways International|Thai Airways|THAI"
FED = "federal funds rate|Federal Reserve|Fed|US central bank|fed funds rate"
G["en10"] = ([
    m(ICP, 0.45, "%", SET),
    m(IC, 3.64, "points", SET),
    m(IL, 815.43, "points", SET),
    m(IC, 3.28, "points", S50),
    m(IL, 590.35, "points", S50),
    m("gainers|advancers|advancing_stocks", 149, "stocks", SET, opt=True),
    m("losers|decliners|declining_stocks", 147, "stocks", SET, opt=True),
    m("unchanged|unchanged_stocks", 131, "stocks", SET, opt=True),
    m("volume|trading_volume|turnover_volume", 1.4e9, "shares", SET),
    m("turnover|trading_value|turnover_value|value_traded", 14.4e9, "THB", SET),
    m("turnover|trading_value|turnover_value|value_traded", 420.4e6, "USD", SET, opt=True,
      basis="conversion in brackets"),
    m(FX + "|usd_thb", None, "THB", "USD/THB|Thai baht|baht|dollar", rng=(34.24, 34.26), prng=(34.25, 34.26),
      basis="bid-offer close '34.24-26'; prior Wednesday's '34.25-26'"),
    m(FX + "|usd_thb", None, "THB", "USD/THB|Thai baht|baht|dollar", rng=(34.25, 34.26), opt=True,
      basis="Wednesday's close"),
    m(FX + "|eur_thb", None, "THB", "EUR/THB|Thai baht|baht|euro", rng=(48.00, 48.10), prng=(47.75, 47.82),
      basis="bid-offer close '48.00-10'; prior Wednesday's '47.75-82'"),
    m(FX + "|eur_thb", None, "THB", "EUR/THB|Thai baht|baht|euro", rng=(47.75, 47.82), opt=True,
      basis="Wednesday's close"),
    m("turnover_share|share_of_turnover|trading_share", 33.33, "%", "energy stocks|energy sector|" + SET, opt=True,
      basis="one third of the turnover"),
    m("oil_price|crude_price|price", 82, "USD", "oil|crude oil|oil prices", basis="approaching; a barrel, early electronic trading"),
    m("sector_change|index_change_pct|pct_change", 0.96, "%", "energy sector|Thai energy sector|" + SET),
    m("resistance_level|index_level|threshold", 820, "points", SET, opt=True,
      basis="the 820-point mark the index failed to break"),
    m("rate_change|interest_rate_change|policy_rate_change", -0.5, "pp", FED, basis="cut by a half point"),
    m("interest_rate|policy_rate|federal_funds_rate|fed_funds_rate", 4.75, "%", FED),
    m(PC, 2.00, "THB", PTT),
    m(PX, 320.00, "THB", PTT),
    m(PC, 7.00, "THB", PTTC, basis="soared"),
    m(PX, 130.00, "THB", PTTC),
    m(PC, 1.00, "THB", PTTEP),
    m(PX, 131.00, "THB", PTTEP, basis="close"),
    m(PX, 115.00, "THB", BBL, basis="unchanged"),
    m(PX, 75.00, "THB", KBANK, basis="unchanged; closed at"),
    m(PC, 2.00, "THB", SCC, basis="edged up"),
    m(PX, 246.00, "THB", SCC),
    m(PC, -0.50, "THB", THAI, basis="lost"),
    m(PX, 41.00, "THB", THAI),
], [])

# ---------------------------------------------------------------- en11 Canara Bank's September quarter of 2023 (Business Today, businesstoday.in; Thursday October 26, 2023, the date only in the address): net profit +42.8 per cent at Rs 3606 crore vs Rs 2525.5 crore; NII +20 percent to Rs 8903 crore vs Rs 7433 crore; operating profit +10.30% to Rs 7616 crore vs Rs 6905 crore; gross NPAs Rs 43,956 crore vs Rs 52,485 crore; gross NPA ratio 4.76% vs 6.37%; net NPA ratio 1.41% vs 2.19%; net NPAs Rs 12554 crore vs Rs 17,286 crore; stock flat at Rs 355.10; market cap Rs 64,419 crore (INR, %)
# An Indian state bank's quarter in crore with gross and net NPAs and net interest income. Whole as stored apart from
# furniture: the closing "Also read: Adani Wilmar shares dive 5% to hit one-year low; check key technical levels to
# watch" link dropped (its 5% is not page text of this story). No headline in the stored text (it opens with its first
# paragraph; the address slug "canara-bank-q2-results-net-profit-rises-43-gross-net-npas-decline" is not page text;
# none added). No quotes. Kept as printed: "Rs 3606 crore", "Rs 8903 crore", "Rs 7616 crore" and "Rs 12554 crore"
# without thousands separators beside "Rs 43,956 crore", "Rs 17,286 crore" and "Rs 64,419 crore", "per cent" beside
# "percent" and "%", "10.30%", "Q2", and ratios that "slipped" (fell).
# Periods: "the September 2022 quarter" is "the corresponding quarter of the previous fiscal" -> the current Q2 is the
# September quarter of fiscal 2023-24 -> FY2024Q2 (decided: clearly implied; Indian fiscal years named by the year they
# end, news47, news58 en09) and the year-ago quarter FY2023Q2. The share price and market cap take no period.
# Decided: every "X against / compared with / compared to Y" pair -> key current value with the year-ago value as prior
# and an optional FY2023Q2 row; the growth rates key. Crore scaled (1 crore = 1e7): Rs 3606 crore -> 36.06e9 INR. Gross
# and net NPAs in INR and their ratios in % key (ratios that "slipped" are levels, no change rows computed). "Trading
# flat at Rs 355.10" -> key price, no 0 change row; market cap key.
CAN = "Canara Bank|Canara"
Q, PQ = "FY2024Q2", "FY2023Q2"
NPC = "net_profit|net_income|profit"
NII = "net_interest_income|nii"
OPP = "operating_profit|operating_income"
GN = "gross_npa|gross_npas|gross_non_performing_assets|gnpa"
GNR = "gross_npa_ratio|gnpa_ratio|gross_non_performing_assets_ratio|npa_ratio"
NN = "net_npa|net_npas|net_non_performing_assets|nnpa"
NNR = "net_npa_ratio|nnpa_ratio|net_non_performing_assets_ratio"
G["en11"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 42.8, "%", CAN, Q, basis="year-on-year"),
    m(NPC, 36.06e9, "INR", CAN, Q, prior=25.255e9, basis="September quarter; printed 'Rs 3606 crore'"),
    m(NPC, 25.255e9, "INR", CAN, PQ, opt=True, basis="corresponding quarter of the last year"),
    m("nii_growth|net_interest_income_growth", 20, "%", CAN, Q),
    m(NII, 89.03e9, "INR", CAN, Q, prior=74.33e9, basis="printed 'Rs 8903 crore'"),
    m(NII, 74.33e9, "INR", CAN, PQ, opt=True, basis="corresponding quarter of the previous fiscal"),
    m("operating_profit_growth|operating_income_growth", 10.30, "%", CAN, Q),
    m(OPP, 76.16e9, "INR", CAN, Q, prior=69.05e9),
    m(OPP, 69.05e9, "INR", CAN, PQ, opt=True, basis="September quarter of the last fiscal"),
    m(GN, 439.56e9, "INR", CAN, Q, prior=524.85e9, basis="fell"),
    m(GN, 524.85e9, "INR", CAN, PQ, opt=True, basis="September 2022 quarter"),
    m(GNR, 4.76, "%", CAN, Q, prior=6.37, basis="slipped"),
    m(GNR, 6.37, "%", CAN, PQ, opt=True, basis="corresponding quarter of the previous fiscal"),
    m(NNR, 1.41, "%", CAN, Q, prior=2.19, basis="slipped"),
    m(NNR, 2.19, "%", CAN, PQ, opt=True, basis="September 2022 quarter"),
    m(NN, 125.54e9, "INR", CAN, Q, prior=172.86e9, basis="declined; printed 'Rs 12554 crore'"),
    m(NN, 172.86e9, "INR", CAN, PQ, opt=True, basis="September 2022 quarter"),
    m("share_price|price|stock_price", 355.10, "INR", CAN, basis="trading flat, afternoon session"),
    m("market_cap|market_capitalisation|market_value", 644.19e9, "INR", CAN),
], [])

# ---------------------------------------------------------------- en12 Air Arabia's full year 2023 and fourth quarter (Zawya, zawya.com; Wednesday February 14, 2024, the store's date line; "December 31, 2023" printed): net profit a record 1.5 billion dirhams ($408.4 million), +27% over AED 1.2 billion; Q4 net profit AED 225 million, -37%; Q4 turnover +11% to AED 1.54 billion, seat factor 81%, passengers +17% to 4.2 million; 26 new routes; 16.7 million travellers, +31%; turnover AED 6 billion, +14% vs AED 5.2 billion; dividend 20% of share capital, 20 fils per share (AED, USD, %, passengers, routes)
# A Gulf low-cost airline's annual and quarterly results in dirhams with passengers, seat factor and a dividend in fils.
# Whole as stored apart from furniture: the credit line "(Writing by Cleofe Maceda; editing by Brinda Darasha)" dropped.
# No headline in the stored text (it opens with the store's date line and its first paragraph; the address slug
# "uaes-air-arabia-net-profit-softens-in-q4-2023" is not page text; none added). The chairman's two quotes (no figures)
# are rendered as reported speech (the page's first quote has no "said"; rendered with one). Kept as printed: "1.5
# billion dirhams" beside "AED" amounts, "($408.4 million)", "a double-digit growth" (no figure), "seat factor" beside
# "seat load factor", "fully-year" (for "full-year"), "travellers", "20% of share capital" and "20 fils".
# Periods: "the full year ending December 31, 2023" -> 2023, "a year earlier" and "in 2022" -> 2022; "the last quarter
# of the year" -> 2023Q4 and "the same period in 2022" 2022Q4; "last year" in the paragraph on the 2023 full year ->
# 2023 (clearly implied: the year just reported). The dividend recommendation takes 2023 (the year it is paid for is
# implied by the full-year results).
# Decided: net profit 1.5e9 AED key with "a 27% growth over the AED 1.2 billion recorded a year earlier" as prior and an
# optional 2022 row, its +27 % key, "($408.4 million)" optional. Fourth-quarter net profit and its -37 % key (the 2022Q4
# level not printed, none computed); turnover +11 % and AED 1.54 billion key; the seat factor 81 % key; passengers +17 %
# and 4.2 million key in "passengers". Full-year routes added key in "routes"; 16.7 million travellers key in
# "passengers" and their +31 % key; full-year turnover AED 6 billion with "compared to AED 5.2 billion in 2022" as prior
# and an optional 2022 row, its +14 % key. Dividend "20% of share capital" key and "20 fils per share" key as 0.20 AED.
AA = "Air Arabia|Air Arabia PJSC"
Y, PY, Q4, PQ4 = "2023", "2022", "2023Q4", "2022Q4"
NPA = "net_profit|net_income|profit"
TO = "revenue|turnover|total_turnover|sales"
G["en12"] = ([
    m(NPA, 1.5e9, "AED", AA, Y, prior=1.2e9, basis="record; printed '1.5 billion dirhams'"),
    m(NPA, 408.4e6, "USD", AA, Y, opt=True, basis="conversion in brackets"),
    m("net_profit_growth|net_income_growth|profit_growth", 27, "%", AA, Y),
    m(NPA, 1.2e9, "AED", AA, PY, opt=True, basis="a year earlier"),
    m(NPA, 225e6, "AED", AA, Q4, basis="last quarter of the year, total net profit"),
    m("net_profit_growth|net_income_growth|profit_growth|net_profit_change", -37, "%", AA, Q4,
      basis="from the same period in 2022"),
    m("revenue_growth|turnover_growth|sales_growth", 11, "%", AA, Q4),
    m(TO, 1.54e9, "AED", AA, Q4),
    m("seat_load_factor|load_factor|seat_factor", 81, "%", AA, Q4),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 17, "%", AA, Q4),
    m("passengers|passenger_numbers|passengers_carried", 4.2e6, "passengers", AA, Q4),
    m("new_routes|routes|routes_added", 26, "routes", AA, Y, basis="introduced within its global network"),
    m("passengers|passenger_numbers|passengers_carried", 16.7e6, "passengers", AA, Y, basis="travellers transported"),
    m("passenger_growth|passengers_growth|passenger_traffic_growth", 31, "%", AA, Y, basis="passenger traffic"),
    m(TO, 6e9, "AED", AA, Y, prior=5.2e9, basis="full year"),
    m(TO, 5.2e9, "AED", AA, PY, opt=True, basis="in 2022"),
    m("revenue_growth|turnover_growth|sales_growth", 14, "%", AA, Y),
    m("dividend_payout|dividend_ratio|dividend_pct_of_capital|dividend", 20, "%", AA, Y,
      basis="recommended; of share capital"),
    m("dividend_per_share|dps|dividend", 0.20, "AED", AA, Y, basis="recommended; printed '20 fils per share'"),
], [])
