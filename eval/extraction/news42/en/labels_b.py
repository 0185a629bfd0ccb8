# Hand-written gold labels for news42/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/
# was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching), news3/en/README.md, news4-news41/en/README.md
# and the labels of news40/en: values fully scaled ("Dh2.4 billion" -> 2.4e9 AED, "Dh209 million" -> 209e6 AED, "$3.25
# billion" -> 3.25e9 SGD, "54¢" -> 0.54 AUD, "US81¢" -> 0.81 USD, "$484.5 million" -> 484.5e6 AUD, "RM107.1 million" ->
# 107.1e6 MYR, "RM1.89 billion" -> 1.89e9 MYR, "$2 339.24" -> 2339.24 USD); declines, falls, net selling and outflows
# negative ("dropped 11¢" -> -0.11, "a contraction of -1.9 per cent" -> -1.9, "24 per cent lower impairments" -> -24,
# "net sold RM107.1 million" -> -107.1e6, "1% lower" -> -1), net buying and inflows positive (news27/news33 net flows,
# the Korean and loan-fund flow rows of earlier sets); currency codes ("Dh" -> AED, "$" on a Singapore page -> SGD, "$"
# and "¢" on an ASX wrap -> AUD, "$US" / "US81¢" -> USD, "$" for gold, platinum and palladium on a JSE page -> USD, "R"
# -> ZAR, "RM" -> MYR); hedges keep the number with the hedge in the basis ("around", "more than"); a same-sentence "X
# from / against / compared to / versus Y" value of the same quantity is the prior and the earlier reading also an
# optional row (news30 batch b, news36-news41); an earlier figure in its own sentence a key row of its own (news40 batch
# a); periods only where the text states or clearly implies the year (news24; market moves, prices, levels and flows
# none; a year-to-date span none, news16/news40 batch b); "unchanged" with no number an optional 0 (news16, news32,
# news40/news41 batch b); a figure restated in another currency optional; brokers' targets and ratings only in rating
# actions, a target raised with the rating kept -> raise_target with the old target as prior, ratings normalised
# lower-case; quotes rendered as reported speech (the set never copies third-party sentences), their figures labelled
# like any other (news38 batch a, news41 batch b).

# ---------------------------------------------------------------- en07 Dubai banks' first quarter of 2018 (Gulf News, an April 2018 page): Emirates NBD net profit Dh2.4 billion (+27 % YoY, +10 % QoQ), NIM +17 bp to 2.68 %, NII +7 % QoQ; Emirates Islamic net profit Dh209 million (+6 %), impairments -24 %; Dubai Islamic Bank net profit Dh1.21 billion (+16 %) from Dh1 billion, total income Dh2.69 billion from Dh2.37 billion (AED)
# A sector round-up of bank results. The stored page breaks off mid-sentence inside an unattributed quote after the DIB
# paragraph ("... A key component of the success witnessed by the bank has be..."): the passage stops before that quote,
# after "... for the same period in 2017.", a sentence boundary (the quote's speaker is not named in the stored text).
# The stored text has no headline (the address slug is not page text; none added); it opens with its "Dubai:" dateline;
# the crosshead "Strong note" is kept (rewritten, "On a strong note"). The two chief executives' quotes are rendered as
# reported speech (Nelson's carries no figure; Ghalaita's the 24 %). Kept as printed: "decline provisions", "Dh2.4
# billion net profits", "17 basis points", "Dh1 billion", "Dh209 million".
# Periods: "the first quarter of 2018" -> 2018Q1 for all three banks' quarter figures (DIB's "first quarter" in the
# same round-up, with "the same period in 2017" -> 2018Q1 against 2017Q1); "the previous quarter" prints no figure.
# Decided: Emirates NBD "up 27 per cent year on year and 10 per cent compared to the previous quarter" -> two key growth
# rows (YoY and QoQ, the comparison in the metric alternatives and the basis). "Net interest margin improved by 17 basis
# points to 2.68 per cent" -> key level and key bp change. "Net interest income improved 7 per cent over the previous
# quarter" -> key QoQ growth. Emirates Islamic: net profit and +6 % key; "24 per cent lower impairments as compared to
# the same period last year" -> key -24 % impairment change (reported speech). DIB: "Dh1.21 billion ..., up 16 per cent
# compared to Dh1 billion" -> key net profit with prior 1e9, key +16 %, and an optional 2017Q1 row; "total income
# increasing to Dh2.69 billion compared to Dh2.37 billion for the same period in 2017" -> key with prior and an optional
# 2017Q1 row (the growth is not printed, not computed). Emirates NBD's "Group" and Emirates Islamic are separate
# entities (Emirates NBD among Emirates Islamic's alternatives, as its parent). Not labelled: "first quarter" ordinals.
ENBD = "Emirates NBD|Emirates NBD Group|ENBD"
EI = "Emirates Islamic|Emirates Islamic Bank|" + ENBD
DIB = "Dubai Islamic Bank|DIB|Dubai Islamic Bank Group|DIB Group"
NP = "net_profit|net_income|net_profits"
NPG = "net_profit_growth|profit_growth|net_income_growth"
Q, PQ = "2018Q1", "2017Q1"
G["en07"] = ([
    m(NP, 2.4e9, "AED", ENBD, Q),
    m(NPG, 27, "%", ENBD, Q, basis="year on year"),
    m(NPG + "|net_profit_growth_qoq|qoq_growth", 10, "%", ENBD, Q, basis="compared to the previous quarter"),
    m("net_interest_margin|nim", 2.68, "%", ENBD, Q),
    m("net_interest_margin_change|nim_change", 17, "bp", ENBD, Q, basis="improved"),
    m("net_interest_income_growth|nii_growth|net_interest_income_growth_qoq", 7, "%", ENBD, Q,
      basis="over the previous quarter"),
    m(NP, 209e6, "AED", EI, Q),
    m(NPG, 6, "%", EI, Q, basis="year on year"),
    m("impairment_change|impairments_change|impairment_growth", -24, "%", EI, Q,
      basis="lower impairments vs the same period last year (chief executive, reported speech)"),
    m(NP, 1.21e9, "AED", DIB, Q, prior=1e9),
    m(NPG, 16, "%", DIB, Q),
    m(NP, 1e9, "AED", DIB, PQ, opt=True, basis="same period last year"),
    m("total_income|revenue|operating_income", 2.69e9, "AED", DIB, Q, prior=2.37e9),
    m("total_income|revenue|operating_income", 2.37e9, "AED", DIB, PQ, opt=True, basis="same period in 2017"),
], [])

# ---------------------------------------------------------------- en08 Maybank Kim Eng and OCBC Investment Research raise their DBS targets after a 10 % rise in second-quarter net profit (sgx-price-target blog, an August 2012 page): shares +1.2 % at $14.93, +30 % this year vs the STI's +16 %; OCBC buy, $15.94 from $15.40, FY2012 earnings estimate $3.25 billion from $3.14 billion; Maybank sell, $13.10 from $12.10, P/B 1.05 times from 0.97, 2012 ROE 11.1 % from 10.8 % (SGD)
# A broker-call item on a Singapore bank (two target raises, one on a buy and one on a sell). Whole as stored; the stored
# text has no headline (the address slug is not page text; none added). Kept as printed: "around 30%", "the 16% gain",
# "1.05 times versus 0.97 times previously", "11.1% from 10.8%", "'sell'".
# Periods: the results' "second-quarter" sits beside "2012 fiscal year", "2012 return on equity" and a "healthy second
# half" still to come -> 2012Q2 (clearly implied); "2012 fiscal year earnings estimate" -> FY2012; "2012 return on
# equity" -> 2012. The share and index moves carry none ("so far this year" in the basis).
# Decided: "$" on a Singapore page about an SGX-listed bank is SGD. "Beat forecasts with a 10% increase in its
# second-quarter net profit" -> key +10 % (no level printed; the forecast prints no figure). Share move and price key;
# "gained around 30% so far this year versus the 16% gain in the broader Straits Times Index" -> two key year-to-date
# moves (DBS, hedge in the basis; STI). OCBC: "increased its target ... to $15.94 from $15.40 and maintained its buy
# rating" -> raise_target, buy, 15.94 from 15.40; its "2012 fiscal year earnings estimate to $3.25 billion from $3.14
# billion" -> key analyst estimate with prior, the old estimate optional (news40 batch a's Evercore estimate). Maybank:
# "increased its target price to $13.10 from $12.10" with "Maybank maintained its 'sell' rating" -> raise_target, sell,
# 13.10 from 12.10 (a raise on a sell call, as printed); its valuation inputs "price-to-book value of 1.05 times versus
# 0.97 times previously" -> key 1.05 x with prior, 0.97 optional; "2012 return on equity of 11.1% from 10.8%" -> key
# ROE forecast with prior, 10.8 optional. The broker's assumptions are on DBS with the broker named in the basis.
# Not labelled: "second half", "second quarter" (no figure).
DBS = "DBS Group Holdings|DBS|DBS Group|DBS Bank"
OCBC = "OCBC Investment Research|OCBC|OCBC Securities"
MKE = "Maybank Kim Eng|Maybank|Maybank KE|Maybank Kim Eng Securities"
G["en08"] = ([
    m("net_profit_growth|profit_growth|net_income_growth", 10, "%", DBS, "2012Q2", basis="beat forecasts"),
    m("price_change|share_price_change", 1.2, "%", DBS, basis="Monday"),
    m("share_price|price", 14.93, "SGD", DBS, basis="Monday"),
    m("price_change_ytd|ytd_change|price_change", 30, "%", DBS, basis="around; so far this year"),
    m("index_change_ytd|ytd_change|index_change", 16, "%", "Straits Times Index|STI", basis="so far this year"),
    m("earnings_estimate|net_profit_estimate|earnings_forecast|net_profit_forecast", 3.25e9, "SGD", DBS, "FY2012",
      prior=3.14e9, basis="OCBC Investment Research estimate, raised"),
    m("earnings_estimate|net_profit_estimate|earnings_forecast|net_profit_forecast", 3.14e9, "SGD", DBS, "FY2012",
      opt=True, basis="OCBC's previous estimate"),
    m("price_to_book|pb_ratio|price_to_book_value|valuation_multiple", 1.05, "x", DBS, prior=0.97,
      basis="Maybank's target multiple, versus previously"),
    m("price_to_book|pb_ratio|price_to_book_value|valuation_multiple", 0.97, "x", DBS, opt=True,
      basis="Maybank's previous multiple"),
    m("roe_forecast|return_on_equity|roe|roe_estimate", 11.1, "%", DBS, "2012", prior=10.8,
      basis="Maybank's 2012 return on equity assumption"),
    m("roe_forecast|return_on_equity|roe|roe_estimate", 10.8, "%", DBS, "2012", opt=True,
      basis="Maybank's previous assumption"),
], [
    ra(OCBC, DBS, "raise_target", "buy", target=15.94, prior_target=15.40, cur="SGD"),
    ra(MKE, DBS, "raise_target", "sell", target=13.10, prior_target=12.10, cur="SGD"),
])

# ---------------------------------------------------------------- en09 ASX close above 5000 (The Age, March 20, 2006): S&P/ASX 200 +28.7 points to 5000.4 (previous closing high 4977.9), BHP Billiton +54¢ to $25.24, Rio Tinto +$1.60 to $72.85, copper +6.7 % last week and +4 % in Shanghai, zinc +30 % this year, Woodside -11¢ to $42.33 on a US81¢ fall in crude to $US62.77, four banks, Coles Myer +9¢ to $10.45 on a $484.5 million first-half profit, Woolworths, Ten, Seven (AUD, USD, points)
# An Australian market close with movers. The stored page breaks off mid-word in the media sentence ("... while News
# Corp's non-voting scr..."): the passage stops after the sentence ending "Seven gained 9¢ to $9.46.", a sentence
# boundary; the cut sentence ("Publishing and Broadcasting Ltd advanced 5¢ to $17.61 while ...") is dropped with its
# figures. Headline kept (rewritten: "BHP pushes index through 5000"). Page furniture dropped: the "We're sorry,
# this feature is currently unavailable" notice, the "This was published 18 years ago" line, the repeated headline, the
# byline "By Felicity Williams" and the "Advertisement" marker inside the copper sentence. The Bell Potter adviser's quote
# is rendered as reported speech (its "$25 mark" and "5000" kept). Kept as printed: "¢" for cents, "US81¢", "$US62.77",
# "5000.4" and "4977.9" with no thousands separator, "found 20¢", "grew 24¢", "firmed".
# Periods: none (a market wrap; "Thursday", "Friday", "last week", "this year" print no year).
# Decided: "$" and "¢" on an ASX page -> AUD, cents scaled (54¢ -> 0.54); "US81¢" and "$US62.77" -> USD. Index move
# (points) and close key; "the previous closing high of 4977.9" -> key earlier level of its own (set on Thursday). The
# 5000 milestone ("5000-point mark", "barrier of 5000 points", headline, quote) -> two optional rows (a round threshold,
# not a reading); BHP's "$25 mark" -> optional threshold. Each stock's cents move and close key; "slipping", "dropped",
# "lost" negative; "found", "grew", "firmed" positive. Copper "rose 6.7 per cent last week" and "yesterday in Shanghai
# was up 4 per cent" -> two key moves on copper; zinc "up 30 per cent this year" -> key year-to-date move. Crude's
# "US81¢ fall" -> key -0.81 USD and the price key. Coles Myer's "better than expected $484.5 million first-half net
# profit" -> key net profit (no year printed: no period; "first-half" in the basis).
ASX = "S&P/ASX 200|ASX 200|ASX200|Australian sharemarket"
PCH = "price_change|share_price_change"
PX = "share_price|price|close_price"
BHP = "BHP Billiton|BHP"
G["en09"] = ([
    m("index_change", 28.7, "points", ASX),
    m("index_level|index_close", 5000.4, "points", ASX),
    m("index_level|index_close|previous_closing_high|record_close", 4977.9, "points", ASX,
      basis="previous closing high, set on Thursday"),
    m("index_level|index_threshold", 5000, "points", ASX, opt=True, basis="historic 5000-point mark"),
    m("index_level|index_threshold", 5000, "points", ASX, opt=True, basis="psychological barrier of 5000 points"),
    m("share_price|price|price_threshold", 25, "AUD", BHP, opt=True, basis="the $25 mark"),
    m(PCH, 0.54, "AUD", BHP), m(PX, 25.24, "AUD", BHP),
    m(PCH, 1.60, "AUD", "Rio Tinto|Rio"), m(PX, 72.85, "AUD", "Rio Tinto|Rio"),
    m("price_change|copper_price_change", 6.7, "%", "copper|copper price", basis="last week (London)"),
    m("price_change|copper_price_change", 4, "%", "copper|copper price|Shanghai copper", basis="yesterday in Shanghai"),
    m("price_change_ytd|price_change|zinc_price_change", 30, "%", "zinc|zinc price", basis="this year"),
    m(PCH, -0.11, "AUD", "Woodside Petroleum|Woodside"), m(PX, 42.33, "AUD", "Woodside Petroleum|Woodside"),
    m("price_change|oil_price_change", -0.81, "USD", "crude oil|spot crude oil|oil|crude", basis="New York"),
    m("price|oil_price", 62.77, "USD", "crude oil|spot crude oil|oil|crude", basis="a barrel, New York"),
    m(PCH, 0.20, "AUD", "Westpac|Westpac Banking"), m(PX, 24.05, "AUD", "Westpac|Westpac Banking"),
    m(PCH, 0.24, "AUD", "ANZ|ANZ Bank"), m(PX, 26.06, "AUD", "ANZ|ANZ Bank"),
    m(PCH, 0.14, "AUD", "Commonwealth Bank|Commonwealth|CBA"), m(PX, 44.49, "AUD", "Commonwealth Bank|Commonwealth|CBA"),
    m(PCH, -0.26, "AUD", "National Australia Bank|NAB"), m(PX, 35.76, "AUD", "National Australia Bank|NAB"),
    m(PCH, 0.09, "AUD", "Coles Myer|Coles"), m(PX, 10.45, "AUD", "Coles Myer|Coles"),
    m("net_profit|net_income", 484.5e6, "AUD", "Coles Myer|Coles", basis="first-half; better than expected"),
    m(PCH, -0.05, "AUD", "Woolworths"), m(PX, 19.15, "AUD", "Woolworths"),
    m(PCH, 0.05, "AUD", "Ten Network|Ten"), m(PX, 3.14, "AUD", "Ten Network|Ten"),
    m(PCH, 0.09, "AUD", "Seven|Seven Network"), m(PX, 9.46, "AUD", "Seven|Seven Network"),
], [])

# ---------------------------------------------------------------- en10 India's December CPI and November IIP (The Indian Express, January 12, 2021; no year printed): CPI 4.59 % (November 6.93 %), IIP -1.9 %, RBI band 4 % +/- 2 % (upper margin 6 %), CFPI 3.41 % from 9.50 %, vegetables -10.41 %, policy rates unchanged (%)
# A macro data release. The stored page breaks off without the end of the sentence on oils and fats, eggs and pulses
# ("... pulses and products prices gained 15.98 per cent" with no full stop, then nothing): the passage stops after
# "Apart from vegetables, other prices were however positive.", the last whole sentence, and that sentence's three
# figures are dropped with it. The lead label "India CPI Inflation, IIP Growth Rate:" is kept; the photo caption and
# photo credit before it (vegetable vendors, Bloomberg) are page furniture (dropped). The stored text has no headline
# (none added). Kept as printed: "a contraction of -1.9 per cent", "slipped -10.41 per cent on-year rise", "9.50 per
# cent", "upper margin of 6 per cent", "4 per cent with a margin of 2 per cent on either side".
# Periods: "December", "November", "last month" and "the current financial year" print no year -> none (news24); the
# month in the basis.
# Decided: CPI 4.59 % key; IIP "a contraction of -1.9 per cent" -> key -1.9 (the doubled minus read once); November CPI
# "was 6.93 per cent" in its own sentence -> a key row of its own (news40 batch a), not a prior. The RBI's mandate: the
# 4 % target key, the "margin of 2 per cent on either side" key (unit % as printed), the "upper margin of 6 per cent"
# key (a band limit, the text's own figure). "Kept its key interest rates unchanged" -> optional 0 bp rate change.
# CFPI "eased to 3.41 per cent ..., down from 9.50 per cent in November" -> key with prior, the November row optional;
# "The 3.41 per cent growth in the food basket" repeat optional. Vegetables "slipped -10.41 per cent" -> key -10.41.
# Not labelled: "bi-monthly" (a frequency).
IND = "India|Indian economy|MoSPI"
RBI = "Reserve Bank of India|RBI|" + IND
CFPI = "India|Consumer Food Price Index|CFPI|food basket|food inflation"
G["en10"] = ([
    m("cpi_inflation|inflation_rate|retail_inflation|cpi", 4.59, "%", IND, basis="December; eased"),
    m("iip_growth|industrial_production_growth|factory_output_growth|iip", -1.9, "%", IND,
      basis="November; contraction"),
    m("cpi_inflation|inflation_rate|retail_inflation|cpi", 6.93, "%", IND, basis="November"),
    m("inflation_tolerance_upper|inflation_target_upper_band|inflation_upper_limit|upper_margin", 6, "%", RBI,
      basis="RBI's upper margin"),
    m("inflation_target|cpi_inflation_target", 4, "%", RBI, basis="mandated range midpoint"),
    m("inflation_tolerance|inflation_target_band|tolerance_band|margin", 2, "%", RBI,
      basis="margin on either side of the 4 % target"),
    m("rate_change|policy_rate_change|repo_rate_change", 0, "bp", RBI, opt=True,
      basis="key interest rates kept unchanged last month"),
    m("food_inflation|cfpi_inflation|cfpi", 3.41, "%", CFPI, prior=9.50, basis="December; eased"),
    m("food_inflation|cfpi_inflation|cfpi", 9.50, "%", CFPI, opt=True, basis="November"),
    m("food_inflation|cfpi_inflation|cfpi", 3.41, "%", CFPI, opt=True, basis="repeat"),
    m("vegetable_inflation|vegetable_price_change|price_change", -10.41, "%", "vegetables|vegetable prices|India",
      basis="December; on-year"),
], [])

# ---------------------------------------------------------------- en11 JSE gold and platinum miners rally with metal prices (Business Report via thestar.co.za, an April 2024 page; no date printed): Implats +4.9 %, Sibanye-Stillwater +4.9 %, Amplats +3.7 %, Northam +3.9 %, ARM +4.6 %; gold +16.1 % to $2 339.24 (R43222) from $2013.43; platinum +6.6 % to $993 from $930.80; palladium $1061.58 from 995.66; PGM prices below $1138.70; PGMs > 80 % of revenue; one-month +7/+4/+5 %, year-to-date -1/-3/+7 % (USD, ZAR)
# A commodity-and-miners story from South Africa. The stored page breaks off mid-word in the second sentence on the
# economist's first factor ("... was a boost to commo..."): the passage stops after the source's "The first was the
# stronger than anticipated US economy." (rewritten), a sentence boundary. The stored text has no headline (the address slug is not page text;
# none added). The Anchor Capital manager's quote is rendered as reported speech (all its figures kept). Kept as
# printed: the space-grouped "$2 339.24" beside "$2013.43", "$1061.58" and "$1138.70" without separators, "(R43222)",
# "995.66" with no "$", "1% lower, 3% lower and 7% higher", "December 2, 2023".
# Periods: none (prices, moves and market levels; "April last year" in the basis; the date "December 2, 2023" is the
# starting point of the gold move, not a period).
# Decided: "$" for metal prices per ounce on a JSE page -> USD; "R43222" -> ZAR (a bracketed conversion, optional).
# Each miner's midday move key. Gold "rose 16.1% to $2 339.24 ... from $2013.43" -> key move and key level with prior,
# the earlier level optional. Platinum "rose 6.6% ..., from $930.80 ... to $993" -> key move, key level with prior, the
# Friday level optional. Palladium "rose to $1061.58 from 995.66" -> key with prior (USD, the "$" of the pair), the
# Friday level optional. "Still below the $1138.70 reached in April last year" -> key earlier level on PGM prices
# (palladium among the alternatives). "More than 80% of revenue" -> key revenue share (hedge in the basis) on the
# platinum miners. One-month moves +7 / +4 / +5 % and year-to-date -1 / -3 / +7 % key on platinum, palladium and
# rhodium ("respectively" read in order; "lower" negative). Not labelled: "three factors" (a count of reasons).
PCH = "price_change|share_price_change"
GOLD = "gold|gold price"
PLAT = "platinum|platinum price|spot platinum"
PALL = "palladium|palladium price"
RHOD = "rhodium|rhodium price"
G["en11"] = ([
    m(PCH, 4.9, "%", "Impala Platinum Holdings|Impala Platinum|Implats", basis="around midday"),
    m(PCH, 4.9, "%", "Sibanye-Stillwater|Sibanye", basis="around midday"),
    m(PCH, 3.7, "%", "Anglo American Platinum|Amplats", basis="around midday"),
    m(PCH, 3.9, "%", "Northam Platinum Holdings|Northam Platinum|Northam", basis="around midday"),
    m(PCH, 4.6, "%", "African Rainbow Minerals|ARM", basis="around midday"),
    m("price_change|gold_price_change", 16.1, "%", GOLD, basis="since December 2, 2023"),
    m("price|gold_price", 2339.24, "USD", GOLD, prior=2013.43, basis="per ounce, yesterday"),
    m("price|gold_price", 43222, "ZAR", GOLD, opt=True, basis="rand conversion in brackets"),
    m("price|gold_price", 2013.43, "USD", GOLD, opt=True, basis="per ounce on December 2, 2023"),
    m("price_change|platinum_price_change", 6.6, "%", PLAT, basis="over a few days, spot"),
    m("price|platinum_price", 993, "USD", PLAT, prior=930.80, basis="per ounce, spot, yesterday"),
    m("price|platinum_price", 930.80, "USD", PLAT, opt=True, basis="per ounce on Friday"),
    m("price|palladium_price", 1061.58, "USD", PALL, prior=995.66, basis="per ounce"),
    m("price|palladium_price", 995.66, "USD", PALL, opt=True, basis="per ounce on Friday"),
    m("price|pgm_price|previous_high", 1138.70, "USD", "platinum group metals|PGM prices|" + PALL,
      basis="level reached in April last year; prices still below it"),
    m("revenue_share|share_of_revenue|revenue_contribution", 80, "%",
      "platinum miners|platinum, palladium and rhodium|PGMs", basis="more than; generally"),
    m("price_change|platinum_price_change", 7, "%", PLAT, basis="over the past month"),
    m("price_change|palladium_price_change", 4, "%", PALL, basis="over the past month"),
    m("price_change|rhodium_price_change", 5, "%", RHOD, basis="over the past month"),
    m("price_change_ytd|ytd_change|price_change", -1, "%", PLAT, basis="year-to-date"),
    m("price_change_ytd|ytd_change|price_change", -3, "%", PALL, basis="year-to-date"),
    m("price_change_ytd|ytd_change|price_change", 7, "%", RHOD, basis="year-to-date"),
], [])

# ---------------------------------------------------------------- en12 MIDF Research weekly fund flow on Bursa Malaysia (The Malaysian Reserve, March 27, 2023): foreigners net sold RM107.1 million (from RM536 million), Monday RM88.5 million, Thursday RM59.43 million, other days +RM40.8 million, year to date RM1.89 billion; sector inflows and outflows; local institutions net bought RM13.5 million (from RM566.7 million), Monday +RM56.8 million, Friday -RM77.90 million, to date RM1.78 billion; local retailers +RM84.7 million (MYR)
# A fund-flow report. The stored page breaks off after "Likewise, " at the start of the next sentence: the passage
# stops after "... local retailers turned net buyers at a rate of RM84.7 million last week.", a sentence boundary. The
# stored text has no headline (the address slug is not page text; none added). The three quotes from MIDF Research are
# rendered as reported speech (their figures kept). Kept as printed: "FOREIGN funds" in capitals, "To-date", "the 15
# trading days", "RM59.43 million", "RM77.90 million", the garbled "lower in comparison to the highest weekly amount in
# 2023 and the highest since the week ended Dec 9, 2022 – last week of RM566.7 million", "9 out of 12 weeks".
# Periods: none (weekly flows; "last week", "the week before", "today" print no year; the year-to-date totals are a
# span, none, with "to date" in the basis; "March 1, 2023" and "Dec 9, 2022" are dates).
# Decided: net selling and outflows negative, net buying and inflows positive (the sector lists' "outflows" negative).
# Foreigners "net sold RM107.1 million last week which was lower compared to the net selling amount of RM536 million
# the week before" -> key -107.1e6 with prior -536e6 and an optional week-before row. Monday's -88.5e6 and Thursday's
# -59.43e6 key; "all other days showed net inflows with a sum of RM40.8 million" -> key +40.8e6. Year-to-date foreign
# net selling RM1.89 billion key. Six sector flows key on the sector. Local institutions "net bought RM13.5 million
# last week ... – last week of RM566.7 million" -> key +13.5e6 with prior 566.7e6 (the week before, read from the
# garbled sentence) and an optional row; Monday +56.8e6 and Friday -77.90e6 key; "net bought RM1.78 billion" to date
# key. Local retailers +84.7e6 key. The streak counts ("the 15 trading days", "net sellers for nine weeks", "9 out of 12
# weeks") are optional counts (units "trading days", "weeks"). Not labelled: "fourth consecutive week" (an ordinal),
# "12 weeks so far this year" (elapsed time), "March 22 and March 24" (dates).
FOR = "foreign investors|foreigners|foreign funds|foreign|Bursa Malaysia"
LI = "local institutions|local institutional investors|institutions|Bursa Malaysia"
NF = "net_flow|net_foreign_flow|net_selling|net_buying|fund_flow|net_flows"
SEC = "sector_net_flow|net_foreign_flow|net_flow|fund_flow"
G["en12"] = ([
    m(NF, -107.1e6, "MYR", FOR, prior=-536e6, basis="net sold last week"),
    m(NF, -536e6, "MYR", FOR, opt=True, basis="net selling the week before"),
    m(NF, -88.5e6, "MYR", FOR, basis="Monday; highest net selling"),
    m(NF, -59.43e6, "MYR", FOR, basis="Thursday"),
    m(NF, 40.8e6, "MYR", FOR, basis="net inflows on all other days, sum"),
    m("net_selling_days|streak", 15, "trading days", FOR, opt=True, basis="net sellers since March 1, 2023"),
    m(NF + "|ytd_net_flow", -1.89e9, "MYR", FOR, basis="to date (this year); net sold"),
    m("net_selling_weeks|streak", 9, "weeks", FOR, opt=True, basis="net sellers in nine of 12 weeks this year"),
    m(SEC, 90e6, "MYR", "healthcare|healthcare sector", basis="net foreign inflow, top sector"),
    m(SEC, 24.4e6, "MYR", "transportation and logistics|transportation and logistics sector",
      basis="net foreign inflow"),
    m(SEC, 15.9e6, "MYR", "construction|construction sector", basis="net foreign inflow"),
    m(SEC, -70.5e6, "MYR", "industrial products and services|industrial products and services sector",
      basis="net foreign outflow"),
    m(SEC, -50.5e6, "MYR", "utilities|utilities sector", basis="net foreign outflow"),
    m(SEC, -49.2e6, "MYR", "consumer products and services|consumer products and services sector",
      basis="net foreign outflow"),
    m(NF, 13.5e6, "MYR", LI, prior=566.7e6, basis="net bought last week"),
    m(NF, 566.7e6, "MYR", LI, opt=True,
      basis="the week before; highest weekly amount in 2023 and since the week ended Dec 9, 2022"),
    m(NF, 56.8e6, "MYR", LI, basis="Monday; strongest inflows"),
    m(NF, -77.90e6, "MYR", LI, basis="Friday; largest outflow"),
    m(NF + "|ytd_net_flow", 1.78e9, "MYR", LI, basis="to date; net bought"),
    m("net_buying_weeks|streak", 9, "weeks", LI, opt=True, basis="9 out of 12 weeks net buying"),
    m(NF, 84.7e6, "MYR", "local retailers|retail investors|retailers|Bursa Malaysia", basis="turned net buyers last week"),
], [])
