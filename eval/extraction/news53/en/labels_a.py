# Hand-written gold labels for news53/en en01-en06 (batch a: Australian, New Zealand and South-East Asian company,
# market and macro news from outlets of the region, in English). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/,
# tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news52/en/README.md, with the labels of news51/en and news52/en as the model: values fully scaled ("$4.9
# billion" -> 4.9e9 AUD, "A$750-million" -> 750e6 AUD, "A$1 594/oz" -> 1594 AUD, "386 160 oz" -> 386160 oz, "Baht
# 21,533 million" -> 21.533e9 THB, "THB21.5 Billion" -> 21.5e9 THB, "1.3-million tonnes" -> 1.3e6 tonnes, "one cent"
# -> 0.01 AUD); declines, cuts and losses negative ("fell 2.0 per cent" -> -2.0, "a 39.3%
# year-on-year (YoY) decline" -> -39.3, "narrowed by 0.04 percentage points" -> -0.04 pp, "lowers OCR by 50pb" -> -50
# bp, "further cuts of up to 90 basis points" -> -90 bp, "a stock loss ... of approximately Baht 7,200 million" ->
# -7.2e9 THB); a write-off amount and a capital raising positive as printed (amounts, not changes); currency codes ("$"
# and "A$" on Australian pages -> AUD, "Baht" and "THB" -> THB, "US$" -> USD); index levels and point moves in
# "points"; gold ounces in "ounces" (the earlier sets' unit for "oz") and plant capacity in "tonnes" (count nouns); rates and rate moves in the unit printed
# ("rise by 0.12 per cent" -> 0.12 %, "12 basis points" -> 12 bp, "0.04 percentage points" -> -0.04 pp, "50pb" -> bp);
# hedges keep the number with the hedge in the basis ("more than", "up to", "as much as", "approximately", "nearly");
# a same-sentence "X from Y" / "up from Y" / "down from Y" / "higher than Y" value of the same quantity is the prior and
# the earlier value an optional row (news36-news52), a figure of its own clause or sentence a key row without prior; a
# headline or standfirst figure key and its exact body repeat optional, a rounded headline restatement ("up 1pct" for
# 0.98 per cent, "THB21.5 Billion" for Baht 21,533 million) optional (news50 batch b, news51); the same move restated in
# another unit optional (the development corpus's 0.75 pp rule); figures written as words labelled with their value
# ("two per cent" -> 2, "one cent" -> 0.01 AUD, "two-million-ounces-a-year" -> 2e6 oz, "nearly seven times" -> optional
# 7 x); periods only where the text states or clearly implies the year (news24; market moves, prices, balances and share
# reactions none; "2Q2025" -> 2025Q2 and "the same period last year" / "2Q2024" -> 2024Q2; the RBNZ's forecasts for
# quarters and years ending in March, June and September "this year" beside "calendar 2025" -> 2025Q1-2025Q3 and "the
# year" 2025Q4; a miner's September quarter named as the start of "the new financial year" with its "2022 guidance" ->
# FY2022Q1 and the June quarter before it FY2021Q4, as news51's Ryanair; halves, months and dates printed without a
# year none, the span in the basis); no broker rating actions occur in this batch; the source's own oddities labelled as
# printed (news44-news52); quotes rendered as reported speech (the set never copies third-party sentences), their
# figures labelled like any other; dates ("April 3", "December 31", "end of September"), spans ("12 months", "three
# months", "six months"), period labels ("2Q25", "Q2"), numbers inside names ("S&P/ASX200", "30 Day Interbank Cash Rate
# Futures", "(SET: PTT)") and the year of a forecast's name ("its 2020 demand forecast", "its 2022 guidance" with no
# figure) not labelled.

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Northern Star Resources' September quarter gold sales and costs (Mining Weekly, miningweekly.com; 19 October 2021, date in the dropped byline line only): 386 160 oz sold at an AISC of A$1 594/oz (Kalgoorlie 232 324 oz, Yandal 109 844 oz, Pogo 43 992 oz) against 444 012 oz in the June quarter (272 882 / 112 301 oz / 58 829 oz); a two-million-ounces-a-year goal by 2026; cash and bullion more than A$750-million after A$110-million in dividends; Pogo throughput from 1-million to 1.3-million tonnes a year (oz, AUD, tonnes)
# An ASX gold miner's quarterly production report with its all-in sustaining cost in A$ and sales by operation. Cut: the
# stored excerpt breaks off inside a quoted sentence ("We seized the chance to complete other major works, including
# replacing the primary con"); the passage stops after the Pogo plant-upgrade sentence, before it. Dropped as furniture:
# the byline line ("19th October 2021 By: Esmarie Iannucci - Creamer Media Senior Deputy Editor: Australasia").
# Headline kept (rewritten: "Northern Star stays the course" -> "Northern Star keeps to its course"); the dateline
# "PERTH (miningweekly.com) –" kept. The managing director's two quoted paragraphs are rendered as reported speech
# (figures kept: "2022 guidance", "two-million-ounces-a-year producer by 2026", "more than A$750-million",
# "A$110-million", "2022"). Kept as printed: the space as thousands separator ("386 160 oz", "A$1 594/oz"), "272 882"
# without "oz", "MD", "A$750-million" and "1-million tonnes" hyphenated.
# Periods: the September quarter is "a solid opening to the new financial year" that puts the miner on course for its
# "2022 guidance", and costs and earnings are to improve "as 2022 went on" -> the first quarter of the financial year
# 2022, FY2022Q1 (news51's Ryanair: a quarter named as the first of a financial year takes that year's fiscal label);
# the June quarter before it FY2021Q4. The end-of-September cash and bullion balance none (a balance; no year printed
# beside it); the 2026 production goal none ("by 2026" is the deadline of a target, not the period of a figure; the
# year in the basis).
# Decided: group sales and each operation's sales key for both quarters (the June-quarter figures stand in their own
# sentence -> key rows of their own with FY2021Q4, no prior on the September rows); operations keyed on the operation
# with the miner among the alternatives; "272 882" printed without a unit takes the oz of its neighbours. The AISC key
# in AUD (per ounce in the basis). "A two-million-ounces-a-year producer by 2026" -> a key production goal of 2e6 oz.
# Cash and bullion "more than A$750-million" key with the hedge; the A$110-million of dividends returned in the quarter
# key. Pogo's throughput capacity "from 1-million tonnes a year to 1.3-million tonnes a year" -> key 1.3e6 tonnes with
# prior 1e6 and an optional earlier row. "Slightly lower" and "slightly above guidance" print no number.
NST = "Northern Star Resources|Northern Star|NST|Northern Star Resources Ltd"
KAL = "Kalgoorlie operations|Kalgoorlie|" + NST
YAN = "Yandal operations|Yandal|" + NST
POGO = "Pogo project|Pogo|" + NST
GS = "gold_sales|gold_sold|gold_sales_volume|gold_production|production"
Q01, PQ01 = "FY2022Q1", "FY2021Q4"
G["en01"] = ([
    m(GS, 386160, "ounces", NST, Q01, basis="September quarter (three months to September); slightly lower than the June quarter"),
    m("aisc|all_in_sustaining_cost|aisc_per_ounce", 1594, "AUD", NST, Q01, basis="per ounce; printed 'A$1 594/oz'"),
    m(GS, 232324, "ounces", KAL, Q01, basis="September quarter"),
    m(GS, 109844, "ounces", YAN, Q01, basis="September quarter"),
    m(GS, 43992, "ounces", POGO, Q01, basis="September quarter; Pogo project in Alaska"),
    m(GS, 444012, "ounces", NST, PQ01, basis="June quarter"),
    m(GS, 272882, "ounces", KAL, PQ01, basis="June quarter; printed '272 882' without a unit"),
    m(GS, 112301, "ounces", YAN, PQ01, basis="June quarter"),
    m(GS, 58829, "ounces", POGO, PQ01, basis="June quarter"),
    m("production_target|annual_production_target|production_goal|production_guidance", 2e6, "ounces", NST,
      basis="printed 'a two-million-ounces-a-year producer by 2026'; per year; by 2026"),
    m("cash_and_bullion|cash|cash_balance", 750e6, "AUD", NST, basis="more than; end of September"),
    m("dividends_paid|dividends_returned|dividend_payment|dividends", 110e6, "AUD", NST, Q01,
      basis="returned to shareholders during the quarter"),
    m("throughput_capacity|processing_capacity|capacity", 1.3e6, "tonnes", POGO, prior=1e6,
      basis="a year; after the processing plant upgrade"),
    m("throughput_capacity|processing_capacity|capacity", 1e6, "tonnes", POGO, opt=True,
      basis="a year; before the upgrade"),
], [])

# ---------------------------------------------------------------- en02 Commonwealth Bank's first half with its margin, dividend and mortgage-rate rises (AAP and staff writers on PerthNow, perthnow.com.au; Wednesday February 15, 2017, no date printed): cash profit +2% to $4.9 billion, statutory net profit +6% to $4.8 billion, operating income +6% to $13.1 billion, interim dividend $1.99 (up one cent), interest-only investor rates +0.12%, viridian line of credit +0.40%, new investor IO standard variable rate 5.68%, NIM -0.04 pp to 2.11%, the statement's 12 and 4 basis points (AUD, %, pp, bp)
# An Australian bank's half-year with its net interest margin, interim dividend and mortgage repricing. Cut: the stored
# excerpt breaks off in the bank's quoted statement ("The new interest only standard varia"); the passage stops after the
# statement's first, whole sentence (the rate rises in basis points), before it. Dropped as furniture: the image alt line
# and photo caption ("Commonwealth Bank of Australia has posted a record first half profit." / "Camera Icon ... Credit:
# Supplied, Ian Waldie/Bloomberg News"), the byline ("AAP and staff writers" / "News Corp Australia") and the
# newsletter box ("Get in front of tomorrow's news for FREE ... READ NOW"). Headline kept (rewritten: "Commonwealth Bank
# posts record first half cash profit" -> "Commonwealth Bank reports record first half cash profit"). The chief
# executive's quote (no figures) and the statement's quoted sentence (figures kept: "12 basis points", "4 basis points")
# are rendered as reported speech. Kept as printed: the capitals "COMMONWEALTH Bank", "viridian" in lower case beside
# "Viridian Line of Credit (VLOC)", the rises printed "per cent" (0.12, 0.40) beside the statement's "basis points"
# (12, 4 -> the viridian rise printed as 0.40 per cent in the body but 4 basis points in the statement).
# Periods: none ("first half", "the six months to December 31" and "April 3" print no year).
# Decided: cash profit, statutory net profit and operating income key with their key growth rates ("two per cent",
# "six per cent" in words); "record" and "fully franked" in the basis. The interim dividend $1.99 key and "up one cent"
# a key 0.01 AUD increase (no earlier dividend printed). The two rate rises key in "%" as printed (0.12, 0.40), each on
# the loan product with the bank among the alternatives; the new investor interest-only standard variable rate 5.68 %
# key. NIM "narrowed by 0.04 percentage points to 2.11 per cent" -> key -0.04 pp and key 2.11 %. The statement's "12
# basis points" restates the 0.12 per cent rise in another unit -> optional 12 bp; its "4 basis points" for the
# viridian products restates (and contradicts) the body's 0.40 per cent -> optional 4 bp as printed.
CBA = "Commonwealth Bank|Commonwealth Bank of Australia|CBA|CommBank"
IOI = "interest-only investor loans|interest only home loan rates for investors|investor interest-only loans|" + CBA
VLOC = "viridian line of credit mortgages|Viridian Line of Credit|VLOC|" + CBA
RCH = "mortgage_rate_change|interest_rate_change|rate_increase|lending_rate_change"
G["en02"] = ([
    m("cash_profit_growth|cash_earnings_growth|profit_growth", 2, "%", CBA, basis="first half; printed 'two per cent'"),
    m("cash_profit|cash_earnings|cash_net_profit", 4.9e9, "AUD", CBA, basis="first half; record"),
    m("net_profit_growth|statutory_net_profit_growth|net_income_growth", 6, "%", CBA,
      basis="statutory; six months to December 31; printed 'six per cent'"),
    m("net_profit|net_income|statutory_net_profit", 4.8e9, "AUD", CBA, basis="statutory; six months to December 31"),
    m("operating_income_growth|revenue_growth|income_growth", 6, "%", CBA, basis="printed 'six per cent'"),
    m("operating_income|revenue|total_operating_income", 13.1e9, "AUD", CBA, basis="six months to December 31"),
    m("interim_dividend|dividend_per_share|dps", 1.99, "AUD", CBA, basis="fully franked; per share"),
    m("dividend_change|dividend_increase|interim_dividend_change", 0.01, "AUD", CBA, basis="printed 'up one cent'"),
    m(RCH, 0.12, "%", IOI, basis="rise; printed 'per cent'"),
    m(RCH, 0.40, "%", VLOC, basis="rise; printed 'per cent'"),
    m("mortgage_rate|standard_variable_rate|interest_rate|lending_rate", 5.68, "%",
      "interest only standard variable rate for investors|" + CBA, basis="new rate; from April 3"),
    m("net_interest_margin_change|nim_change", -0.04, "pp", CBA, basis="narrowed"),
    m("net_interest_margin|nim", 2.11, "%", CBA),
    m(RCH, 12, "bp", IOI, opt=True, basis="statement: the 0.12 per cent rise restated in basis points"),
    m(RCH, 4, "bp", VLOC, opt=True, basis="statement: printed '4 basis points' for the body's 0.40 per cent"),
], [])

# ---------------------------------------------------------------- en03 The Reserve Bank of New Zealand's 50-point cut to 3.75% with its forecast tracks (Good Returns, goodreturns.co.nz; Wednesday February 19, 2025, date in the dropped byline line only): OCR -50 bp ("50pb") to 3.75%, up to 90 bp more cuts this year; OCR track 4% / 3.4% / 3.2% / 3.1%; annual CPI forecasts 2.4% / (2.4%) / 2.7% against November's 2% / 2.1% / 2.5%; calendar 2025 inflation 2.5% from 2.4%; quarterly CPI 0.8% from 0.5% and 0.4% "down from" 0.3% (%, bp)
# A New Zealand central-bank cut with its new OCR and inflation forecast tracks against the previous ones. Cut: the
# stored excerpt breaks off mid-word in the next sentence ("... drop to 0.5% (from 0.6% previously) in the Sept"); the
# passage stops after the central bank's CPI-volatility remark, before it (the growth forecasts "0.6%", "0.5%" and "0.6%"
# go with the cut). Dropped as furniture: the date and byline line ("Wednesday, February 19th 2025, 2:37PM" / "by Jenny
# Ruth"). Headline kept (rewritten: "RBNZ cuts OCR by 50pb, signals further cuts sooner" -> "RBNZ lowers OCR by 50pb and
# signals more cuts sooner"); the standfirst, which repeats the lead on the stored page, kept as page text (rewritten
# separately). The Kiwibank economist's two quoted passages (no figures) and the bank's quoted phrase on near-term
# volatility (no figure) are rendered as reported speech. Kept as printed: "50pb" (for basis points), "but add that",
# "some what higher", "its expects", "0.4% in the June quarter, down from 0.3%" (a rise printed as "down"), the OCR
# forecast's "4% through the March quarter" beside the 3.75% cut.
# Periods: "this year" with "For calendar 2025" -> 2025: the OCR track's and the CPI forecasts' March, June and September
# quarters and years ending March, June and September -> 2025Q1, 2025Q2, 2025Q3, "ending the year" -> 2025Q4, the
# further cuts "this year" -> 2025; "the March quarter of 2028" is the end of the flat track (no new figure). The cut and
# the new rate none.
# Decided: the headline's "by 50pb" is the cut -> key -50 bp (no earlier rate printed, so no prior on the 3.75 %). The
# standfirst's 3.75 % and "up to 90 basis points" of further cuts (-90 bp, 2025) key; the lead's repeats optional. The
# OCR track's four levels key, each with its quarter. The CPI forecast for the year ending March 2.4 % key; "unchanged at
# that level for the year ending June" prints no figure -> optional 2.4 % (2025Q2); 2.7 % key. November's forecasts
# stand in their own sentence -> key rows of their own (2 %, 2.1 %, 2.5 %) with their periods and "November forecast"
# in the basis, no prior on the new ones. Calendar 2025 inflation 2.5 % "above November's 2.4% forecast" -> key with
# prior 2.4 and an optional 2.4 row. Quarterly CPI 0.8 % "up from 0.5% previously" and 0.4 % "down from 0.3%" -> key
# with priors (the second as printed) and optional earlier rows.
RB = "Reserve Bank of New Zealand|RBNZ|Reserve Bank"
NZ = "New Zealand|" + RB
OCRF = "ocr_forecast|policy_rate_forecast|cash_rate_forecast|interest_rate_forecast|ocr_track"
CPIF = "cpi_forecast|inflation_forecast|annual_cpi_forecast|annual_inflation_forecast"
CPIQ = "quarterly_cpi_forecast|cpi_qoq_forecast|cpi_forecast|inflation_forecast"
G["en03"] = ([
    m("rate_change|ocr_change|policy_rate_change|cash_rate_change", -50, "bp", RB, basis="headline: printed 'by 50pb'"),
    m("official_cash_rate|ocr|policy_rate|cash_rate", 3.75, "%", RB, basis="standfirst; cut to; as expected"),
    m("further_rate_cuts|expected_rate_cuts|rate_cut_guidance|ocr_change_forecast|rate_change", -90, "bp", RB, "2025",
      basis="standfirst; up to; further cuts this year"),
    m("official_cash_rate|ocr|policy_rate|cash_rate", 3.75, "%", RB, opt=True, basis="repeat"),
    m("further_rate_cuts|expected_rate_cuts|rate_cut_guidance|ocr_change_forecast|rate_change", -90, "bp", RB, "2025",
      opt=True, basis="repeat; as much as"),
    m(OCRF, 4, "%", RB, "2025Q1", basis="through the March quarter"),
    m(OCRF, 3.4, "%", RB, "2025Q2", basis="June quarter"),
    m(OCRF, 3.2, "%", RB, "2025Q3", basis="September quarter"),
    m(OCRF, 3.1, "%", RB, "2025Q4", basis="ends the year; stays there through to the March quarter of 2028"),
    m(CPIF, 2.4, "%", NZ, "2025Q1", basis="annual CPI, year ending March"),
    m(CPIF, 2.4, "%", NZ, "2025Q2", opt=True, basis="year ending June; 'unchanged at that level', not printed again"),
    m(CPIF, 2.7, "%", NZ, "2025Q3", basis="year ending September"),
    m(CPIF + "|previous_cpi_forecast", 2, "%", NZ, "2025Q1", basis="November forecast; year ending March"),
    m(CPIF + "|previous_cpi_forecast", 2.1, "%", NZ, "2025Q2", basis="November forecast; year ending June"),
    m(CPIF + "|previous_cpi_forecast", 2.5, "%", NZ, "2025Q3", basis="November forecast; year ending September"),
    m(CPIF, 2.5, "%", NZ, "2025", prior=2.4, basis="calendar 2025; marginally above November's forecast"),
    m(CPIF + "|previous_cpi_forecast", 2.4, "%", NZ, "2025", opt=True, basis="November's forecast for calendar 2025"),
    m(CPIQ, 0.8, "%", NZ, "2025Q1", prior=0.5, basis="quarterly; March quarter; up from 0.5% previously"),
    m(CPIQ, 0.5, "%", NZ, "2025Q1", opt=True, basis="previous quarterly forecast"),
    m(CPIQ, 0.4, "%", NZ, "2025Q2", prior=0.3, basis="quarterly; June quarter; printed 'down from 0.3%'"),
    m(CPIQ, 0.3, "%", NZ, "2025Q2", opt=True, basis="previous quarterly forecast"),
], [])

# ---------------------------------------------------------------- en04 ASX close led by banks and miners with buy-now-pay-later movers (AAP, aap.com.au; Monday July 13, 2020, time stamp dropped): S&P/ASX200 +59.3 points (+0.98%) to 5,977.5, All Ordinaries +53 points (+0.88%) to 6,089.3, intraday +1.5% and high 6,007.4; BHP, Fortescue, Rio Tinto, CBA, ANZ, NAB and Westpac % moves and prices; oil +2%; Woodside, Santos, Oil Search (-2.0% to $2.94, up to $576 million write-off); Sezzle +22.3% to $8.50 after a $79 million raising (points, %, AUD)
# An Australian market close with index moves, the intraday range and large-cap and other movers. Cut: the stored
# excerpt breaks off mid-word in the next sentence ("... as a phenomenal run for the sector c"); the passage stops after
# the Sezzle sentence, before it (OpenPay's "38.7 per cent" and "$4.05" and Zip Co's "5.4 per cent", "$7.63" and "115 per
# cent" go with the cut). Dropped as furniture: the photo caption ("Gains by mining and bank stocks helped push the ASX
# higher on Monday. Image by Dan Himbrechts/AAP PHOTOS"), the section label ("financial markets") and the time stamp
# ("2020-07-13 17:33:03"). Headline kept (rewritten: "ASX closes up 1pct as banks, miners gain" -> "ASX ends up 1pct as
# banks and miners advance"). No quotes (the CommSec analyst is reported speech on the page already). Kept as printed:
# "1pct", "CommSec market analysts Steven Daghlian" (a plural for one person), "2.0 per cent" with its decimal, the
# address slug's unrelated "asx-tipped-to-shoot-up-early-on-drug-hopes" (not page text).
# Periods: none (market levels, moves and prices; "its 2020 demand forecast" names a forecast that prints no figure).
# Decided: the headline's "up 1pct" rounds the body's 0.98 per cent -> optional 1 %; the S&P/ASX200's close, point move
# and % move key, likewise the All Ordinaries'. The early "up as much as 1.5 per cent" and the high of 6,007.4 key. Each
# mover's % move and price key in AUD (Fortescue's "all-time high" in the basis). Oil's "more than two per cent" key with
# the hedge. Oil Search's write-off "up to $576 million" key (an amount, positive) on Oil Search. Sezzle's +22.3 % and
# $8.50 key; "nearly seven times its IPO price" an optional 7 x; the $79 million capital raising key.
ASX = "S&P/ASX200|S&P/ASX 200|ASX200|ASX 200|ASX"
AO = "All Ordinaries|All Ordinaries index|All Ords"
IL = "index_level|index_close|close"
IC = "index_change|index_change_points|points_change"
ICP = "index_change_pct|index_change|pct_change"
movers04 = [("BHP|BHP Group", 2.2, 36.97, "mining giant"), ("Fortescue Metals|Fortescue|FMG", 3.4, 15.36, "all-time high"),
            ("Rio Tinto|Rio", 1.9, 99.84, None), ("CBA|Commonwealth Bank", 2.1, 72.12, None),
            ("ANZ|ANZ Bank", 1.9, 18.64, None), ("NAB|National Australia Bank", 1.7, 18.17, None),
            ("Westpac|WBC", 1.8, 17.97, None)]
G["en04"] = ([
    m(ICP, 1, "%", ASX, opt=True, basis="headline: up 1pct, rounded"),
    m(IL, 5977.5, "points", ASX, basis="close, Monday"),
    m(IC, 59.3, "points", ASX),
    m(ICP, 0.98, "%", ASX),
    m(IL, 6089.3, "points", AO, basis="close"),
    m(IC, 53, "points", AO),
    m(ICP, 0.88, "%", AO),
    m("intraday_change|index_change_pct|index_change", 1.5, "%", ASX, basis="early; up as much as"),
    m("intraday_high|index_high|high|index_level", 6007.4, "points", ASX, basis="early high"),
] + [x for c, p, px, b in movers04 for x in (m(PC, p, "%", c, basis=b), m(PX, px, "AUD", c, basis=b))] + [
    m("commodity_price_change|oil_price_change|price_change", 2, "%", "oil|oil prices|crude oil",
      basis="more than two per cent; after the IEA raised its 2020 demand forecast"),
    m(PC, 1.8, "%", "Woodside Petroleum|Woodside"),
    m(PC, 0.6, "%", "Santos"),
    m(PC, -2.0, "%", "Oil Search"),
    m(PX, 2.94, "AUD", "Oil Search"),
    m("write_off|writedown|impairment|asset_write_off", 576e6, "AUD", "Oil Search",
      basis="up to; mostly exploration licences in Papua New Guinea"),
    m(PC, 22.3, "%", "Sezzle", basis="on its return to trade"),
    m(PX, 8.50, "AUD", "Sezzle"),
    m("price_multiple|ipo_price_multiple|multiple", 7, "x", "Sezzle", opt=True,
      basis="nearly seven times its IPO price of a year ago"),
    m("capital_raising|capital_raised|equity_raising", 79e6, "AUD", "Sezzle"),
], [])

# ---------------------------------------------------------------- en05 Australia's December monthly CPI against expectations and the RBA's next move (Azzet, azzet.com; late January 2026, the December 2025 figures, no date or year printed): headline 3.8% from 3.4%, trimmed mean 3.3% from 3.2%, expectations 3.6% (headline) and 3.3% (underlying), the RBA's 2–3 % target range, housing +5.5%, food and non-alcoholic beverages +3.4%, recreation and culture +4.4%, the RBA Rate Tracker's 58% chance of a rise from 3.60% to 3.85% (%)
# A macro data release: a monthly consumer-price print with its core measure, the consensus and the market pricing of
# the next rate decision. Cut: the stored text breaks off mid-word ("In the three months to 31 De"); the passage stops
# after the Rate Tracker sentence, before it. Headline kept (rewritten: "Australian inflation jumps to 3.8% in
# December" -> "Australian inflation climbs to 3.8% in December"); the body is one paragraph as stored. The ABS
# official's remarks were reported speech on the page already (rewritten; figures kept). Kept as printed: "2–3 %" with
# its space, "the official cash interest rate", "30 Day Interbank Cash Rate Futures" (a name).
# Periods: none ("December", "a month before", "February" and "earlier this month" print no year).
# Decided: the headline's 3.8 % key with the body's "up from 3.4% a month before" as its prior; the body repeat and the
# 3.4 % earlier row optional. Trimmed mean 3.3 % "from 3.2%" key with prior and an optional earlier row. The headline
# expectation 3.6 % and the underlying forecast 3.3 % key consensus rows. The RBA's "2–3 % target range" a key range.
# The three components' annual rises key on the component with Australia among the alternatives. "The official cash
# interest rate being raised from 3.60% to 3.85%" -> a key 3.85 % scenario row with prior 3.60 and an optional 3.60 row
# (the current rate); the 58 % chance key.
AU = "Australia|Australian Bureau of Statistics|ABS"
RBA = "Reserve Bank of Australia|RBA"
CPI = "cpi_yoy|inflation_rate|annual_inflation|cpi|headline_inflation"
TM = "trimmed_mean_inflation|trimmed_mean|core_inflation|underlying_inflation"
COMP = "cpi_component_change|inflation_rate|price_change|cpi_yoy"
G["en05"] = ([
    m(CPI, 3.8, "%", AU, prior=3.4, basis="headline; 12 months to the end of December"),
    m(CPI, 3.8, "%", AU, opt=True, basis="repeat; 12 months to the end of December"),
    m(CPI, 3.4, "%", AU, opt=True, basis="a month before"),
    m(TM, 3.3, "%", AU, prior=3.2, basis="edged up; same period"),
    m(TM, 3.2, "%", AU, opt=True, basis="a month before"),
    m("cpi_consensus|inflation_consensus|cpi_forecast|inflation_expectation|cpi_estimate", 3.6, "%", AU,
      basis="market expectations for the headline rate"),
    m("trimmed_mean_consensus|trimmed_mean_forecast|core_inflation_consensus|underlying_inflation_forecast", 3.3, "%",
      AU, basis="forecasts of the underlying rate; broadly in line"),
    m("inflation_target|inflation_target_range|target_range", None, "%", RBA, rng=(2, 3), basis="printed '2–3 %'"),
    m(COMP, 5.5, "%", "housing|" + AU, basis="largest contributor; annual"),
    m(COMP, 3.4, "%", "food and non-alcoholic beverages|food|" + AU, basis="annual"),
    m(COMP, 4.4, "%", "recreation and culture|" + AU, basis="annual"),
    m("cash_rate_scenario|cash_rate_forecast|cash_rate|policy_rate", 3.85, "%", RBA, prior=3.60,
      basis="possible rise at the February meeting priced by the RBA Rate Tracker"),
    m("cash_rate|policy_rate|official_cash_rate", 3.60, "%", RBA, opt=True, basis="current official cash interest rate"),
    m("rate_hike_probability|probability|market_implied_probability", 58, "%", RBA,
      basis="RBA Rate Tracker, yesterday; chance of a rise to 3.85%"),
], [])

# ---------------------------------------------------------------- en06 PTT's second quarter of 2025 in baht (Kaohoon International, kaohooninternational.com; August 2025, no date printed): net profit -39.3% to Baht 21,533 million (headline THB21.5 Billion), sales revenue -17.7% to Baht 676,754 million, EBITDA -31.7% to Baht 78,793 million, Dubai crude -21.6% to US$66.9 a barrel, stock loss approximately Baht 7,200 million against a Baht 2,800 million gain, FX gain Baht 9,051 million from Baht 2,065 million, share of profit of joint ventures and associates Baht 7,938 million from Baht 500 million (THB, USD, %)
# A Thai energy group's quarter in its own currency with the oil price, inventory loss, currency gain and equity-accounted
# profit behind it. Cut: the stored excerpt breaks off in the next sentence ("In addition, finance costs decreased by
# 13.7% from debenture redemptions", no full stop); the passage stops after the joint-venture sentence, before it (the
# "13.7%" goes with the cut). Headline kept (rewritten: "PTT Reports THB21.5 Billion of Profit in 2Q25 as FX and
# Investment Gains Offset Downturn" -> "PTT Posts THB21.5 Billion Profit in 2Q25 as FX and Investment Gains Cushion the
# Downturn"); the crosshead "Performance by business segment:" and its four bullet labels kept as page text (no figures
# in the bullets). No quotes. Kept as printed: "Baht" before the amounts beside "THB21.5 Billion" in the headline,
# "(SET: PTT)", "(SET: TOP)", "2Q2025" / "2Q2024" / "2Q25", "compared to 2Q2024", "approximately".
# Periods: "the second quarter of 2025 (2Q2025)" -> 2025Q2 for the quarter's figures; "2Q2024" and "the same period last
# year" -> 2024Q2 for the earlier rows.
# Decided: net profit Baht 21,533 million and its -39.3 % key; the headline's "THB21.5 Billion" is a rounded restatement
# -> optional. Sales revenue and EBITDA with their falls key (no earlier levels printed). The Dubai crude price's -21.6 %
# and US$66.9 per barrel key on the benchmark. The stock loss "of approximately Baht 7,200 million ... a sharp swing from
# a Baht 2,800 million gain in the same period last year" -> key -7.2e9 THB with the earlier gain as prior (the same
# line item, same sentence) and an optional +2.8e9 row (2024Q2). The foreign exchange gain "sharply higher than the Baht
# 2,065 million of 2Q2024" and the share of profit "(from Baht 500 million in 2Q2024)" -> key with priors and optional
# earlier rows. The segment bullets carry no figures.
PTT = "PTT|PTT Public Company Limited|PTT Public Company|PTT PCL"
Q06, PQ06 = "2025Q2", "2024Q2"
SL = "stock_gain_loss|stock_loss|inventory_gain_loss|inventory_loss|stock_gain"
FX = "fx_gain|foreign_exchange_gain|forex_gain|fx_gain_loss"
JV = "share_of_profit_from_associates|share_of_profit_jv|equity_income|share_of_profit"
G["en06"] = ([
    m("net_profit|net_income", 21.5e9, "THB", PTT, Q06, opt=True, basis="headline: THB21.5 Billion, rounded"),
    m("net_profit|net_income", 21.533e9, "THB", PTT, Q06, basis="second quarter of 2025"),
    m("net_profit_growth|net_income_growth|profit_growth", -39.3, "%", PTT, Q06, basis="year-on-year decline"),
    m("revenue_growth|sales_growth|sales_revenue_growth", -17.7, "%", PTT, Q06, basis="compared to 2Q2024"),
    m("revenue|sales_revenue|sales", 676.754e9, "THB", PTT, Q06),
    m("ebitda_growth|ebitda_change", -31.7, "%", PTT, Q06),
    m("ebitda", 78.793e9, "THB", PTT, Q06),
    m("oil_price_change|commodity_price_change|price_change", -21.6, "%", "Dubai crude oil|Dubai crude|Dubai|" + PTT,
      Q06, basis="average price"),
    m("oil_price|average_oil_price|commodity_price|price", 66.9, "USD", "Dubai crude oil|Dubai crude|Dubai|" + PTT, Q06,
      basis="average; per barrel"),
    m(SL, -7.2e9, "THB", PTT, Q06, prior=2.8e9, basis="approximately; stock loss adjusted to NRV; swing from a gain"),
    m(SL, 2.8e9, "THB", PTT, PQ06, opt=True, basis="gain in the same period last year"),
    m(FX, 9.051e9, "THB", PTT, Q06, prior=2.065e9, basis="Thai Baht appreciation"),
    m(FX, 2.065e9, "THB", PTT, PQ06, opt=True, basis="2Q2024"),
    m(JV, 7.938e9, "THB", PTT, Q06, prior=500e6,
      basis="share of profit from investments in joint ventures and associates; Thai Oil's gain on bargain purchase"),
    m(JV, 500e6, "THB", PTT, PQ06, opt=True, basis="2Q2024"),
], [])
