# Hand-written gold labels for news59/en en01-en06 (batch a: US, Canadian and European news in English — a US airline's
# third quarter with passenger revenue per available seat mile, load factor and a remark on fuel prices, a Canadian oil
# producer's first quarter with upstream production in barrels of oil equivalent per day, net-debt thresholds and a
# dividend rise, a UK supermarket's Christmas trading update with like-for-like sales and its Kantar market share, a
# euro-zone GDP flash estimate with Germany's and France's quarters and years, a US homebuilder's fiscal third quarter
# with signed contracts, deliveries guidance and backlog in units and dollars, and a round-up of analyst price-target
# cuts on a US streaming/tech stock after a subscriber miss).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the unit words "boe/d", "homes", "units", "subscribers", "economists" and "employees" were checked against
# the unit strings of the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news58/en/README.md, with news58 batch a (a US retailer's quarter, a European bank's quarter), news54 en02 (a US
# homebuilder's fiscal quarter), news56 en05 (a producer's output in boe/d), news33 en03 (a euro-zone GDP release),
# news52 en06 and news57 en01 (broker target changes) as models: values fully scaled ("$177 million" -> 177e6 USD,
# "12.15 cents" -> 0.1215 USD, "88 cents" -> 0.88 USD, "$8.4-billion" -> 8.4e9 CAD, "£2.9bn" -> 2.9e9 GBP, "$2.21B" ->
# 2.21e9 USD, "$815K" -> 815000 USD, "798,600 barrels of oil equivalent per day" -> 798600 boe/d); declines, falls,
# losses and cuts negative ("a loss of $78 million" -> -78e6, "fell by more than two percent" -> -2, "fell 67 cents" ->
# -0.67 USD, "cut his target price by $20" -> an optional -20 USD step); currency codes ("$" -> USD on US pages, "$" ->
# CAD on the Canadian page (Globe and Mail, Toronto Stock Exchange) beside its "US$" -> USD, "£" -> GBP); a price per
# barrel in the currency alone with the per-unit basis in `basis` (the development corpus's per-unit convention); hedges
# kept in the basis ("more than", "around", "nearly"); a same-sentence "X, up from Y" / "X vs. Y" / "X, compared with Y"
# / "from X to Y" value of the same quantity is the prior and the earlier value an optional row (news36-news58), except
# where the earlier value is the passage's only statement of the reporting quarter's own result (en05, decided: key);
# ranges as rng with value None; periods only where the text states or clearly implies the year (en01: "prospects for
# 2008" looking into "the current quarter" -> 2007Q3 and 2006Q3; en04: "the whole of last year" = "2014" -> 2014Q4,
# 2014Q3, 2014 and the central bank's 2015Q1; en05: "the quarter ended July 31, 2020" with "fiscal Q3" -> FY2020Q3,
# FY2019Q3 and the outlook FY2020Q4; en02, en03 and en06 print no year for their figures -> none; market moves, prices,
# point-in-time balances and spans such as "the six weeks to January 4" none, the span in the basis); brokers' targets
# and ratings only in rating actions (a target lowered with no rating change printed -> cut_target with the rating
# where printed, else None; the earlier target only where printed, "by $20 to $130" prints none); quotes rendered as
# reported speech (the set never copies third-party sentences), their figures labelled like any other; the source's
# own oddities labelled as printed. Not labelled: dates and times ("yesterday", "Thursday", "September 30", "Wednesday",
# "the end of March", "January 4", "November 23", "December 29", "Friday", "Monday", "July 31, 2020", "Aug. 26 at 11:00
# AM ET", "Tuesday"), the years in remarks without a figure of their own ("prospects for 2008", "activity in 2015"),
# spans and ordinals ("the six weeks", "the 13 weeks", "the 19 weeks", "the 12 weeks", "nine-year high", "more than a
# decade", "two quarters close to zero", "highest Q3 ever", "biggest ever Christmas"), ranks ("Canada's second-largest",
# "The UK's biggest", "the euro zone's biggest economy", "second largest economy"), counts of countries ("18
# countries") and the stock code "CVE-T".

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"
NI = "net_income|net_profit|net_earnings|profit"
EPS = "eps|earnings_per_share|diluted_eps"
REV = "revenue|total_revenue|operating_revenue|sales"
TPC = "target_price_change|price_target_change"

# ---------------------------------------------------------------- en01 US Airways' third quarter of 2007 (AP via The Royal Gazette, royalgazette.com; reported on a Thursday, most likely October 25, 2007, printed the next day as "yesterday"; no date printed, the year implied by "prospects for 2008"): net income $177 million, $1.87 per share, against a loss of $78 million, 88 cents; excluding special items $185 million, $1.96 against $101 million, $1.09; Thomson Financial $1.75; revenue $3.04 billion from $2.97 billion vs $3.06 billion predicted; PRASM 12.15 cents, +5.6 percent; capacity -more than two percent; load factor 83 percent vs 79 percent; 350 more pilots by the end of 2008; shares -67 cents, -2.3 percent, to $28.07 (USD, %, employees)
# A US airline's quarter with passenger revenue per available seat mile. Cut: the stored text breaks off mid-sentence
# in the share-price paragraph's second sentence ("Its shares fell 13.3 percent over the third quarter, and have sunk by
# about half since it dropped its hostile bid for Delta Air Lines Inc. in"), so the passage stops after "... to $28.07
# in late morning trading Thursday." (rewritten), a sentence boundary; the cut sentence's "13.3 percent" and "about
# half" go with it. The stored headline is kept (rewritten: ":US Airways swings into profit" -> "US Airways returns to
# profit"; the stray leading colon not reproduced), as is the dateline "–TEMPE, Arizona (AP) -" with its leading dash.
# The chief executive's two quoted sentences are rendered as reported speech (their only number, "2008", is a year).
# Kept as printed: "US Airways Group Inc.", "Thomson Financial", "passenger revenue per available seat mile - a key
# measure ..." with spaced hyphens, "more than two percent" in words, "a loss of 88 cents per share", "America West
# Airlines". The fuel-price remark prints no figure.
# Periods: "looking into the current quarter ... optimistic about prospects for 2008" places the report in late 2007 ->
# 2007Q3 for the quarter's results, PRASM, capacity and load factor (decided: clearly implied), 2006Q3 for "the same
# period last year" / "a year ago". The hiring plan "by the end of 2008" is a deadline, not a reporting period (none).
# Share moves none.
# Decided: net income $177 million key with the same-sentence year-earlier loss (-$78 million) as prior and an optional
# 2006Q3 row; EPS $1.87 with prior -0.88 likewise. Profit excluding special items $185 million and $1.96 key (basis
# "excluding special items") with the year-ago $101 million and $1.09 as priors and optional rows. The Thomson
# Financial $1.75 key consensus row. Revenue $3.04 billion with "up from $2.97 billion" as prior (optional earlier row,
# no period printed for it) and the analysts' $3.06 billion a key consensus row. PRASM 12.15 cents (0.1215 USD) and its
# +5.6 % rise key; capacity "fell by more than two percent" a key -2 % row (hedge in the basis); the load factor
# ("filled 83 percent of its seats") key with the same-sentence 79 percent as prior and an optional 2006Q3 row. "An
# additional 350 pilots" a key hiring row in "employees" (pilots are employees; the earlier sets' count noun). The
# share move -67 cents (-0.67 USD) and -2.3 % key; the $28.07 price "in late morning trading" optional (an intraday
# quote, news56's "last seen" prices).
UAIR = "US Airways|US Airways Group|US Airways Group Inc.|US Airways Group Inc|LCC"
Q, Q0 = "2007Q3", "2006Q3"
G["en01"] = ([
    m(NI, 177e6, "USD", UAIR, Q, prior=-78e6, basis="net income for the three months ended September 30"),
    m(NI, -78e6, "USD", UAIR, Q0, opt=True, basis="loss, same period last year"),
    m(EPS, 1.87, "USD", UAIR, Q, prior=-0.88),
    m(EPS, -0.88, "USD", UAIR, Q0, opt=True, basis="a loss of 88 cents per share"),
    m("adjusted_net_income|adjusted_profit|net_income_excluding_items|" + NI, 185e6, "USD", UAIR, Q, prior=101e6,
      basis="excluding special items"),
    m("adjusted_net_income|adjusted_profit|net_income_excluding_items|" + NI, 101e6, "USD", UAIR, Q0, opt=True,
      basis="excluding special items, a year ago"),
    m("adjusted_eps|" + EPS, 1.96, "USD", UAIR, Q, prior=1.09, basis="excluding special items"),
    m("adjusted_eps|" + EPS, 1.09, "USD", UAIR, Q0, opt=True, basis="excluding special items, a year ago"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 1.75, "USD", UAIR, Q,
      basis="average of analysts surveyed by Thomson Financial; excludes one-time costs"),
    m(REV, 3.04e9, "USD", UAIR, Q, prior=2.97e9),
    m(REV, 2.97e9, "USD", UAIR, opt=True, basis="earlier figure ('up from')"),
    m("revenue_consensus|revenue_estimate|sales_consensus", 3.06e9, "USD", UAIR, Q, basis="analysts predicted"),
    m("prasm|passenger_revenue_per_available_seat_mile|passenger_unit_revenue|unit_revenue", 0.1215, "USD", UAIR, Q,
      basis="printed '12.15 cents'; per available seat mile"),
    m("prasm_growth|passenger_unit_revenue_growth|unit_revenue_growth|revenue_per_available_seat_mile_growth", 5.6, "%",
      UAIR, Q),
    m("capacity_change|capacity_growth|available_seat_miles_change", -2, "%", UAIR, Q,
      basis="more than two percent; number of flights flown"),
    m("load_factor|passenger_load_factor", 83, "%", UAIR, Q, prior=79, basis="share of seats filled"),
    m("load_factor|passenger_load_factor", 79, "%", UAIR, Q0, opt=True, basis="same period last year"),
    m("new_hires|hires|pilot_hires|employees_added", 350, "employees", UAIR,
      basis="additional pilots to be hired by the end of 2008"),
    m(PC, -0.67, "USD", UAIR, basis="67 cents, late morning trading Thursday"),
    m(PC, -2.3, "%", UAIR, basis="late morning trading Thursday"),
    m(PX, 28.07, "USD", UAIR, opt=True, basis="late morning trading Thursday (intraday)"),
], [])

# ---------------------------------------------------------------- en02 Cenovus Energy's first quarter (The Globe and Mail, theglobeandmail.com; a Wednesday, most likely April 27, 2022, no year printed): profit more than sevenfold; dividend nearly tripled; shares +6.1 per cent to $22.35; WTI around US$100; upstream production 798,600 boepd from 769,254; net debt $8.4-billion; 50 per cent of excess free funds flow returned below $9-billion, 100 per cent below the $4-billion target; base dividend US$0.14 to US$0.42 annually; adjusted EPS 79 cents vs 71 cents (CAD, USD, %, boe/d, x)
# A Canadian oil producer's quarter in Canadian dollars with output in boe/d. Cut: the stored text breaks off mid-figure
# in the net-earnings sentence ("The Calgary Alberta-based company's net earnings rose to $1.63-billion, or 81 cents per
# share, for the first-quarter ended March 31, from $220-"), so the passage stops after the IBES sentence ("...
# according to IBES data from Refinitiv."), a sentence boundary; the cut sentence's "$1.63-billion" and "81 cents" go
# with it. The stored text has no headline (it opens with the page's "Skip to main content" and the photo caption; the
# address slug "cenovus-energys-profit-up-sevenfold-on-crude-price-rally-triples" is not page text; none added).
# Dropped as furniture: "Skip to main content", "Open this photo in gallery:" and the photo caption with its credit
# ("Cenovus CEO Alex Pourbaix speaks during a news conference in Calgary, on Jan. 30, 2020.Jeff McIntosh/The Canadian
# Press"). The chief executive's quoted sentence is rendered as reported speech (no figures). Kept as printed:
# "CVE-T", "per cent", "$8.4-billion", "$9-billion" and "$4-billion" hyphenated, "or boepd", the missing comma after
# "the U.S. benchmark", the base dividend printed in "US$" beside "$" amounts elsewhere, "79 cents" and "71 cents"
# without a currency.
# Periods: none ("the first quarter", "last year", "the second quarter of this year", "the end of March" print no year;
# the caption's 2020 is dropped furniture and dates only the photo).
# Decided: "$" on this Canadian page (Toronto Stock Exchange price, net debt and thresholds) and the cents per share ->
# CAD; "US$" -> USD (WTI, and the base dividend as printed). "A more than sevenfold jump in quarterly profit" a key
# 7 x row (a multiple in words with the hedge in the basis; the year-earlier profit went with the cut); "nearly
# tripled its dividend" an optional 3 x row (restated by the dividend figures). The day's +6.1 % and the $22.35 price
# key (not marked intraday). WTI "around US$100" key on WTI (per barrel not printed; hedge in the basis). Upstream
# production 798,600 boe/d key with the same-sentence 769,254 as prior and an optional year-earlier row. Net debt
# $8.4-billion key (no earlier figure printed). The return policy: 50 % of excess free funds flow when debt is below
# $9-billion and 100 % below the $4-billion target -> four key rows (two shares, the threshold and the target). Base
# dividend "from US$0.14 ... to US$0.42 per share annually" -> key 0.42 USD with prior 0.14 and an optional earlier row.
# Adjusted EPS 79 cents and the analysts' 71 cents key.
CVE = "Cenovus Energy|Cenovus|Cenovus Energy Inc.|Cenovus Energy Inc|CVE|CVE-T"
WTI = "West Texas Intermediate|WTI|West Texas Intermediate crude|U.S. crude|crude oil"
PROD = "production|upstream_production|output|total_production"
DPS = "dividend_per_share|base_dividend|annual_dividend|dps|dividend"
RET = "shareholder_return_share|excess_free_funds_flow_payout|payout_ratio|return_of_free_funds_flow"
G["en02"] = ([
    m("net_income_multiple|profit_growth_multiple|net_income_growth", 7, "x", CVE,
      basis="more than sevenfold jump in quarterly profit"),
    m("dividend_multiple|dividend_growth_multiple|dividend_growth", 3, "x", CVE, opt=True,
      basis="nearly tripled its dividend"),
    m(PC, 6.1, "%", CVE, basis="Toronto Stock Exchange, Wednesday"),
    m(PX, 22.35, "CAD", CVE, basis="printed '$'; Toronto Stock Exchange"),
    m("oil_price|crude_price|wti_price|price", 100, "USD", WTI, basis="around; last trading; per barrel not printed"),
    m(PROD, 798600, "boe/d", CVE, prior=769254, basis="upstream production; first quarter"),
    m(PROD, 769254, "boe/d", CVE, opt=True, basis="a year earlier"),
    m("net_debt", 8.4e9, "CAD", CVE, basis="as of the end of March; reduced to"),
    m(RET, 50, "%", CVE, basis="of excess free funds flow, through buybacks or variable dividends, once debt is below "
                               "$9-billion"),
    m("net_debt_threshold|debt_threshold|net_debt", 9e9, "CAD", CVE, basis="debt level below which 50 per cent is "
                                                                          "returned"),
    m("net_debt_target|net_debt", 4e9, "CAD", CVE, basis="target"),
    m(RET, 100, "%", CVE, basis="of excess free funds, once net debt falls below the $4-billion target"),
    m(DPS, 0.42, "USD", CVE, prior=0.14, basis="base dividend per share, annually, from the second quarter; printed "
                                                "US$"),
    m(DPS, 0.14, "USD", CVE, opt=True, basis="previous base dividend per share, annually"),
    m("adjusted_eps|" + EPS, 0.79, "CAD", CVE, basis="excluding one-time items; 79 cents"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 0.71, "CAD", CVE,
      basis="analysts' estimates, IBES data from Refinitiv"),
], [])

# ---------------------------------------------------------------- en03 Tesco's Christmas trading update (PA text on The Yorkshire Post, yorkshirepost.co.uk; most likely Thursday January 9, 2025, the date of other outlets' copies of the same PA story; no date or year printed): UK and Ireland like-for-like sales +3.7 per cent over six weeks to January 4; third quarter +2.8 per cent (13 weeks to November 23); +3.1 per cent over 19 weeks; Kantar market share 28.5 per cent (12 weeks to December 29); full-year guidance around £2.9bn; 6 per cent the previous Christmas; interactive investor's 2.8 per cent over the quarter and 3.8 per cent over Christmas (%, GBP)
# A UK supermarket's Christmas trading update with like-for-like sales and its market share. Cut: the stored text
# breaks off mid-word in the analyst's last quoted sentence ("... lessening the likelihood of positiv"), so the passage
# stops after his second quoted passage (rendered "... with any number of eye-catching performances behind that
# growth."), a sentence boundary (no figure goes with the cut). The stored text has no headline (it opens with its first
# paragraph, "The UK's biggest supermarket chain ..."; the address slug "tesco-records-highest-market-share-since-2016-
# after-strong-festive-sales" is not page text; none added). Dropped as furniture: the photo caption with its credit
# ("The Tesco Express store on Bedford Street in Covent Garden, London. Supermarket giant Tesco has cheered its best
# market share since 2016 ... (Photo by Jonathan Brady/PA Wire)"), so its "since 2016" is not page text. The chief
# executive's two quoted sentences and the analyst's three quoted passages are rendered as reported speech, their
# figures kept. Kept as printed: "per cent", "£2.9bn", "UK and Ireland", "interactive investor" in lower case, "Head of
# Markets", the analyst's "like-for like-sales" with its misplaced hyphen, his 3.8 per cent for Christmas beside the
# company's 3.7 per cent.
# Periods: none (the six, 13, 19 and 12 weeks, "the previous Christmas" and the full year print no year; the spans go
# in the basis).
# Decided: the UK and Ireland like-for-like +3.7 % key on the UK and Ireland business with Tesco among the
# alternatives; third-quarter sales +2.8 % and the 19 weeks' +3.1 % key (sales growth, like-for-like among the metric
# alternatives); Kantar's 28.5 % market share key (a nine-year high; no earlier share printed, no prior). The upgraded
# full-year guidance of "around £2.9bn in retail underlying earnings" a key GBP row (hedge in the basis; the earlier
# guidance is not printed). "Lower than the 6 per cent growth it notched up the previous Christmas" a key row for the
# earlier Christmas (a figure in its own clause, not a "from" prior). The analyst's "2.8 per cent over the quarter"
# repeats the company's third-quarter figure -> optional; his "3.8 per cent over Christmas" (retail like-for-like) key.
TSCO = "Tesco|Tesco plc|Tesco PLC|TSCO"
TUKI = "Tesco UK and Ireland|UK and Ireland|Tesco UK & Ireland|" + TSCO
LFL = "like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth|comparable_sales_growth"
SG = "sales_growth|revenue_growth|" + LFL
G["en03"] = ([
    m(LFL, 3.7, "%", TUKI, basis="UK and Ireland, excluding fuel and VAT; six weeks to January 4"),
    m(SG, 2.8, "%", TSCO, basis="third quarter, 13 weeks to November 23"),
    m(SG, 3.1, "%", TSCO, basis="in total, 19 weeks to January 4"),
    m("market_share|grocery_market_share", 28.5, "%", TSCO, basis="Kantar; 12 weeks to December 29; nine-year high"),
    m("guidance_operating_profit|retail_operating_profit_guidance|profit_guidance|guidance_underlying_operating_profit",
      2.9e9, "GBP", TSCO, basis="around; full-year retail underlying earnings; recently upgraded guidance"),
    m(SG, 6, "%", TSCO, basis="the previous Christmas"),
    m(LFL, 2.8, "%", TSCO, opt=True,
      basis="retail like-for-like over the quarter; Richard Hunter, interactive investor; repeats the third-quarter "
            "figure"),
    m(LFL, 3.8, "%", TSCO, basis="retail like-for-like over Christmas; Richard Hunter, interactive investor"),
], [])

# ---------------------------------------------------------------- en04 Euro-zone GDP for the fourth quarter of 2014 (Reuters text on Lincoln Daily News, archives.lincolndailynews.com; Friday February 13, 2015, the date only in the address): euro zone +0.3 percent q/q against a 0.2 percent poll of 51 economists (the third quarter's "same rate"); 0.9 percent y/y, 0.1 percentage points above expectations; Germany +0.7 percent vs 0.3 percent expected, 1.6 percent in 2014 (twice); France +0.1 percent, 0.4 percent in 2014; the Bank of France's first-quarter forecast 0.4 percent (%, pp, economists)
# A euro-zone GDP flash estimate with the largest economies' quarters and full years. Cut: the stored text breaks off
# mid-word in the oil-price sentence ("But a halving of the price of oil and the prospect of the Eur"), so the passage
# stops after the Greece sentence ("... plenty of turbulence ... to deal with."), a sentence boundary; the cut
# sentence's "a halving" goes with it. The stored text has no headline and no dateline (it opens with its first
# paragraph; the address slug "business_G" is not page text; none added). The economist's three quoted sentences and
# the minister's quoted sentence are rendered as reported speech (no figures beyond the year "2015"). Kept as printed:
# "the 18 countries", "Eurostat", "euro zone" in two words, "0.1 percentage points", "the whole of last year to 1.6
# percent" with no closing full stop, "2014 growth of 1.6 percent" repeating it, "pick up" unhyphenated, "UniCredit",
# "France's central bank".
# Periods: "the whole of last year" = "2014" ("2014 growth", "the whole of 2014") -> the release's "October and
# December" / "fourth quarter" quarter is 2014Q4 and "the third quarter" 2014Q3 (clearly implied); Germany's and France's
# annual growth 2014; the central bank's "first quarter growth" forecast, made after the 2014 figures, 2015Q1 (clearly
# implied: the quarter after 2014Q4).
# Decided: euro-zone growth +0.3 % q/q key; the Reuters poll's 0.2 % a key consensus row ("51 economists" optional in
# "economists"); "the same rate as in the third quarter" -> an optional 2014Q3 0.2 % row (the number printed once, for
# the poll). Year-on-year 0.9 % key and "0.1 percentage points higher than expected" a key 0.1 pp surprise (the implied
# 0.8 % consensus is not printed; none computed). Germany +0.7 % and the expected 0.3 % key; Germany's 2014 growth of
# 1.6 % key at its first printing and the next sentence's repeat optional. France +0.1 % and 0.4 % for 2014 key; "Italy
# fared even worse" prints no figure. The Bank of France's 0.4 % first-quarter forecast key on France with the central
# bank among the alternatives. "Two quarters close to zero" prints no figure (not labelled).
EZ = "euro zone|eurozone|euro area|Eurozone|Eurostat"
DE, FR = "Germany|German economy", "France|French economy"
QOQ = "gdp_growth_qoq|gdp_growth|economic_growth|gdp_change_qoq"
YOY = "gdp_growth_yoy|gdp_growth|economic_growth|gdp_change_yoy"
ANN = "gdp_growth_annual|annual_gdp_growth|gdp_growth|economic_growth"
CONS = "gdp_growth_consensus|gdp_growth_estimate|gdp_growth_qoq_consensus|gdp_growth_forecast"
Q4, Q3, Y = "2014Q4", "2014Q3", "2014"
G["en04"] = ([
    m(QOQ, 0.3, "%", EZ, Q4, basis="preliminary estimate; October to December against the previous three months"),
    m(CONS, 0.2, "%", EZ, Q4, basis="Reuters poll of 51 economists"),
    m("analyst_count|economists_polled|economists", 51, "economists", EZ, opt=True, basis="Reuters poll"),
    m(QOQ, 0.2, "%", EZ, Q3, opt=True, basis="'the same rate as in the third quarter'"),
    m(YOY, 0.9, "%", EZ, Q4, basis="year-on-year"),
    m("gdp_growth_surprise|gdp_surprise|gdp_growth_vs_consensus", 0.1, "pp", EZ, Q4,
      basis="year-on-year, higher than expected"),
    m(QOQ, 0.7, "%", DE, Q4, basis="in the quarter"),
    m(CONS, 0.3, "%", DE, Q4, basis="expectations"),
    m(ANN, 1.6, "%", DE, Y, basis="the whole of last year"),
    m(ANN, 1.6, "%", DE, Y, opt=True, basis="repeat: 2014 growth"),
    m(QOQ, 0.1, "%", FR, Q4, basis="just"),
    m(ANN, 0.4, "%", FR, Y, basis="across the whole of 2014"),
    m("gdp_growth_forecast|gdp_growth_qoq_forecast|gdp_forecast", 0.4, "%",
      FR + "|Bank of France|France's central bank|Banque de France", "2015Q1", basis="central bank's prediction"),
], [])

# ---------------------------------------------------------------- en05 Toll Brothers' fiscal third quarter of 2020 (Seeking Alpha news, seekingalpha.com; Tuesday August 25, 2020, the store's date line): after hours +2.7%; Q4 deliveries 2,400-2,550 homes vs 2,022 in Q3; Q4 average price $815K-$835K vs $805K; Q4 adjusted home sales gross margin 21.5% vs 21.9%; net signed contracts $2.21B and 2,833 units vs $1.87B and 2,241; backlog $6.09B and 7,239 units vs $5.84B and 6,839; cancellation rate 8.0% vs 6.5%; average price per unit $805K from $881.1K; EPS 90 cents vs 67 cents consensus, from $1.00; revenue $1.65B vs $1.52B estimate, from $1.77B (USD, %, homes, units)
# A US homebuilder's fiscal quarter with signed contracts, deliveries and backlog in units and dollars and its
# next-quarter outlook. Whole as stored apart from furniture: the closing related-item line ("Previously: Toll
# Brothers EPS beats by $0.21, beats on revenue (Aug. 25)", a link to an earlier item, dropped as news54 en03's
# related-story line; its "$0.21" goes with it). The stored text has no headline (it opens with the store's date line
# and its first paragraph; the address slug "toll-brothers-gains-after-strong-fq3-sees-even-stronger-fq4" is not page
# text; none added). No quotes. The wire's verbless "Sees ..." items are rewritten as sentences with a subject ("The
# company forecasts ..."). Kept as printed: "(NYSE:TOL)", "TOL", "fiscal Q4", "2,400-2,550 homes", "home building" in
# two words, "$815K-$835K", "$805K", "$881.1K", "$2.21B", "vs.", "fiscal Q3 2019" beside "Q3 2019", "8.0%", "90 cents"
# beside "$1.00", "Aug. 26 at 11:00 AM ET".
# Periods: "the quarter ended July 31, 2020" with "fiscal Q3" -> FY2020Q3 for the quarter's contracts, deliveries,
# margin, cancellation rate, average price, EPS and revenue; "the year-ago quarter", "a year ago", "Q3 2019" -> FY2019Q3;
# the outlook's "fiscal Q4" / "Q4" -> FY2020Q4. The backlog (a point-in-time balance at quarter end) takes none
# (news54 en02), as does the after-hours move.
# Decided: the outlook ranges key (deliveries in "homes", average price in USD) with the same-sentence Q3 figure as
# prior; the Q4 adjusted home sales gross margin 21.5 % key with prior 21.9. The Q3 figures given only as these
# comparisons are the passage's only statement of the quarter's deliveries (2,022 homes) and adjusted home sales gross
# margin (21.9 %) -> key FY2020Q3 rows (decided: results of the reporting quarter, not year-ago bases); the $805K
# average price is key in its own sentence and its repeat in the outlook sentence optional. Net signed contracts in
# dollars and units, backlog in dollars and units, the cancellation rate, the average price, EPS and revenue key, each
# with its same-sentence year-ago figure as prior and an optional earlier row. The consensus EPS (67 cents) and the
# average analyst revenue estimate ($1.52B) key. "Highest Q3 ever in both units and dollars" prints no figure.
TOL = "Toll Brothers|Toll Brothers Inc.|Toll Brothers Inc|TOL"
Q, Q0, QN = "FY2020Q3", "FY2019Q3", "FY2020Q4"
DEL = "deliveries|home_deliveries|homes_delivered|closed_units"
ASP = "average_selling_price|asp|average_price_per_unit|average_delivered_price"
GM = "adjusted_gross_margin|gross_margin|home_sales_gross_margin|adjusted_home_sales_gross_margin"
CV = "net_signed_contracts_value|net_contracts_value|net_orders_value|signed_contracts_value"
CU = "net_signed_contracts|net_contracts|net_orders|signed_contracts"
BV = "backlog_value|backlog"
BU = "backlog_units|backlog"
G["en05"] = ([
    m(PC, 2.7, "%", TOL, basis="after-hours trading"),
    m("guidance_deliveries|deliveries_guidance|deliveries_forecast", None, "homes", TOL, QN, rng=(2400, 2550),
      prior=2022, basis="fiscal Q4; up from fiscal Q3"),
    m(DEL, 2022, "homes", TOL, Q, basis="home building deliveries in fiscal Q3"),
    m("guidance_average_price|average_price_guidance|guidance_asp|asp_forecast", None, "USD", TOL, QN,
      rng=(815000, 835000), prior=805000, basis="average price; against fiscal Q3"),
    m(ASP, 805000, "USD", TOL, Q, opt=True, basis="repeat in the outlook sentence"),
    m("guidance_gross_margin|gross_margin_guidance|adjusted_gross_margin_guidance|gross_margin_forecast", 21.5, "%",
      TOL, QN, prior=21.9, basis="adjusted home sales gross margin; down from Q3"),
    m(GM, 21.9, "%", TOL, Q, basis="adjusted home sales gross margin in Q3"),
    m(CV, 2.21e9, "USD", TOL, Q, prior=1.87e9, basis="net signed contracts; highest Q3 ever"),
    m(CV, 1.87e9, "USD", TOL, Q0, opt=True, basis="year-ago quarter"),
    m(CU, 2833, "units", TOL, Q, prior=2241, basis="net signed contracts; highest Q3 ever"),
    m(CU, 2241, "units", TOL, Q0, opt=True, basis="year-ago quarter"),
    m(BV, 6.09e9, "USD", TOL, prior=5.84e9, basis="at quarter-end"),
    m(BV, 5.84e9, "USD", TOL, opt=True, basis="fiscal Q3 2019"),
    m(BU, 7239, "units", TOL, prior=6839, basis="at quarter-end"),
    m(BU, 6839, "units", TOL, opt=True, basis="fiscal Q3 2019"),
    m("cancellation_rate", 8.0, "%", TOL, Q, prior=6.5),
    m("cancellation_rate", 6.5, "%", TOL, Q0, opt=True, basis="a year ago"),
    m(ASP, 805000, "USD", TOL, Q, prior=881100, basis="average price per unit; declined"),
    m(ASP, 881100, "USD", TOL, Q0, opt=True, basis="Q3 2019"),
    m(EPS, 0.90, "USD", TOL, Q, prior=1.00, basis="90 cents"),
    m(EPS, 1.00, "USD", TOL, Q0, opt=True, basis="year-ago quarter"),
    m("eps_consensus|eps_estimate", 0.67, "USD", TOL, Q, basis="consensus estimate; 67 cents"),
    m(REV, 1.65e9, "USD", TOL, Q, prior=1.77e9, basis="total consolidated revenue"),
    m(REV, 1.77e9, "USD", TOL, Q0, opt=True, basis="a year ago"),
    m("revenue_consensus|revenue_estimate", 1.52e9, "USD", TOL, Q, basis="average analyst estimate"),
], [])

# ---------------------------------------------------------------- en06 Analysts cut Netflix price targets after a second-quarter subscriber miss (The Hollywood Reporter, hollywoodreporter.com; Tuesday July 19, 2016, no date or year printed): Guggenheim Partners by $20 to $130; FBR & Co. by $14 to $90; Canaccord Genuity by $5 to $115, "buy" kept; Cowen $110 from $130; Jefferies $76 from $80; domestic net adds 160,000 against management's 500,000 outlook and Guggenheim's 520,000 estimate (USD, subscribers)
# A round-up of analyst price-target cuts on a US streaming/tech stock after its quarter. Whole as stored (page
# furniture aside). Headline kept (rewritten: "Netflix Stock Price Targets Cut as Analysts Focus on Slower Subscriber
# Growth" -> "Netflix stock price targets cut as analysts zero in on slower subscriber growth"); the standfirst (a quoted
# line attributed to "one analyst") kept as reported speech. Dropped as furniture: the photo credit "Kiyoshi Ota/
# Bloomberg via Getty Images" and the caption "Netflix". The analysts' quoted passages and the quoted phrase on the
# growth trajectory are rendered as reported speech, their figures kept ("160,000", "500,000", "520,000"); the rating
# word "buy" stays in quotation marks as printed. Kept as printed: "FBR & Co.", "Canaccord Genuity", "U.S.", "sub miss",
# "realized", Cowen's and Jefferies' cuts in one sentence.
# Periods: none ("the second quarter", "third-quarter", "Monday", "Tuesday" print no year).
# Decided: five cut_target actions. Guggenheim Partners ("cut his target price by $20 to $130"), FBR & Co. ("by $14 to
# $90") and Canaccord Genuity ("by $5 to $115") print no earlier target -> no prior target (the arithmetic $150, $104
# and $120 are not written); their "$20", "$14" and "$5" steps optional target_price_change rows (-20, -14, -5 USD; news52
# en06). Canaccord "maintained his 'buy' rating" -> rating buy; the others print no rating (None). Cowen "to $110 from
# $130" and Jefferies "to $76 from $80" carry prior targets. Analysts' names are among the broker alternatives. The
# domestic net subscriber additions of 160,000 key (second quarter), management's 500,000 outlook key (guidance) and
# Guggenheim's own 520,000 estimate key (an analyst estimate, not a target), all in "subscribers" on the domestic
# business with Netflix among the alternatives.
NFLX = "Netflix|Netflix Inc.|Netflix Inc|NFLX"
NFUS = "Netflix U.S.|Netflix domestic|U.S.|domestic|" + NFLX
G["en06"] = ([
    m("net_subscriber_additions|domestic_net_adds|subscriber_additions|net_adds", 160000, "subscribers", NFUS,
      basis="second-quarter domestic net subscriber additions"),
    m("guidance_net_subscriber_additions|subscriber_guidance|net_adds_guidance|guidance_subscriber_additions", 500000,
      "subscribers", NFUS, basis="management's outlook, domestic, second quarter"),
    m("net_subscriber_additions_estimate|net_adds_estimate|subscriber_additions_estimate", 520000, "subscribers", NFUS,
      basis="Guggenheim Partners' estimate, domestic, second quarter"),
    m(TPC, -20, "USD", NFLX, opt=True, basis="Guggenheim Partners; cut by"),
    m(TPC, -14, "USD", NFLX, opt=True, basis="FBR & Co.; reduced by"),
    m(TPC, -5, "USD", NFLX, opt=True, basis="Canaccord Genuity; lowered by"),
], [
    ra("Guggenheim Partners|Guggenheim|Guggenheim Securities|Michael Morris", NFLX, "cut_target", None, target=130,
       cur="USD"),
    ra("FBR & Co.|FBR & Co|FBR|FBR Capital Markets|Barton Crockett", NFLX, "cut_target", None, target=90, cur="USD"),
    ra("Canaccord Genuity|Canaccord|Michael Graham", NFLX, "cut_target", "buy", target=115, cur="USD"),
    ra("Cowen|Cowen and Company|Cowen & Co.|Cowen & Co|John Blackledge", NFLX, "cut_target", None, target=110,
       prior_target=130, cur="USD"),
    ra("Jefferies|Jefferies & Co.|John Janedis", NFLX, "cut_target", None, target=76, prior_target=80, cur="USD"),
])
