# Hand-written gold labels for news63/en en07-en12 (batch b: Asia, Australia, the Middle East and Africa in English: an
# Australian supermarket group's first half in A$ with comparable food sales, a fully franked interim dividend in cents
# and a rival's comparable sales, a Japanese carmaker's flat operating-profit forecast in yen against the analysts'
# mean with last year's result, a net-profit forecast, a vehicle-sales target and its dollar-rate assumption, an Indian
# state bank's March quarter in crore with provisions, a tax write-back, gross NPAs and gross and net NPA ratios against
# the previous and the year-ago quarter, a Dubai toll operator's upsized IPO in dirhams with its offer price, share
# count, tranche sizes and expected market capitalisation, Kenya's central bank rate cut with September inflation and
# second-quarter GDP growth, and a round-up of eleven Australian broker calls, seven target raises and four retained
# ratings with targets). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code
# was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no
# gold.jsonl was opened (one early grep -l for company names over the earlier sets' folders, before the helper was
# limited to texts and sources files, listed some gold.jsonl file names among its matches; none was opened and nothing
# of them was used), the unit words "vehicles", "shares", "analysts", "investors" and "points" and the codes "AUD",
# "JPY", "USD", "INR" and "AED" were checked against the unit strings of the earlier sets' labels_*.py files, and no
# other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news62/en/README.md, with the labels of news59/en, news60/en, news61/en and news62/en as the model (news60 en07 for an
# Australian half-year with an interim dividend in cents, news58 en08 for a Japanese carmaker's forecast with the
# analysts' mean and a dollar-rate assumption, news59 en11 for an Indian bank's quarter in crore with NPAs, news41 en12
# and the development corpus's IPO passages for an offer price and share count, the development corpus's en20-en25 and
# news25 batch b for a central-bank decision, news25 en05 and news62 en06 for a broker round-up): values fully scaled
# ("$969 million" -> 969e6 AUD, "410.0 billion yen" -> 410.0e9 JPY, "Rs159.98 crore" -> 159.98e7 INR with crore = 1e7,
# "1.867 billion" shares -> 1.867e9 shares, "Dh 15 bn" -> 15e9 AED, "1.11 million vehicles" -> 1.11e6 vehicles); cents
# scaled to the currency ("43 cents" -> 0.43 AUD, "nine cents" -> 0.09 AUD); declines, falls, drops and losses negative
# ("ease 0.2 percent" -> -0.2, "dropped 4.2 percent" -> -4.2, "down 27.4 percent" -> -27.4, "fell 51.64%" -> -51.64, "a
# loss of Rs510.97 crore" -> -510.97e7 INR, "cutting ... by 0.75%" -> -0.75, "down 2.5%" -> -2.5); currency codes ("$"
# on Australian pages -> AUD, "yen" -> JPY with the bracketed "$" -> USD, "Rs" -> INR, "Dh" -> AED); index levels in
# "points"; counts in "vehicles", "shares", "analysts" (optional) and "investors" (optional); hedges keep the number with
# the hedge in the basis ("more than", "around", "little changed"); a same-sentence "X against Y" / "X from Y" / "to X
# ... from Y" / "X, up from Y" / "X, compared to Y" value of the same quantity is the prior and the earlier value an
# optional row (news30 batch b, news36-news62), with "X compared with Y in the previous quarter and Z in the year-ago
# quarter" taking the first-named Y as prior and both earlier values optional (news62 en01), while an earlier-period
# figure in a sentence of its own is a key row of its own (Corporation Bank's gross NPA "a quarter ago"); the first
# printing of a figure key and a later repeat optional (a headline's figure key, its standfirst and body repeats
# optional; Woolworths' summary bullets optional except the dividend's nine-cent rise, printed only there); bracketed
# currency conversions optional; ranges as rng with value None ("target range of 2.5% and 7.5%"); periods only where the
# text states or clearly implies the year (news24; Kenya's "September" / "August" in a story that dates its other
# figures "the second quarter of 2024" and "December 2024" -> 2024-09 / 2024-08, "the Q2 of 2024" -> 2024Q2 with "the
# same period last year" 2023Q2; Woolworths' "first-half" and "27 weeks to December 31", Subaru's "the year to March"
# and "the year ended March", Corporation Bank's "March quarter" / "fourth quarter" print no year -> none; IPO terms,
# rates, share moves and index levels none); broker rating actions only in rating actions (en12), a target change with
# no rating printed -> raise_target with rating None, a rating "retained" / "kept" with a target -> maintain; the
# analysts' mean forecast a metric, not a rating action; the source's own oddities labelled as printed ("Rs1,7045.22
# crore" read as 17,045.22 crore); quotes rendered as reported speech (the set never copies third-party sentences),
# their figures labelled like any other. Not labelled: dates and times ("Friday", "Wednesday", "December 31", "Tuesday",
# "April", "Saturday", "September 26", "September 29", "September 13", "13 September 2022", "October", "December
# 2024"), spans ("27 weeks", "nearly two weeks", "the short-medium term"), ranks ("No. 7 automaker", "a record"), stock
# and index codes ("(ASX: WOW)", "(ASX: XJO)", "(ASX: ASB)", "(ASX: BPT)", "(ASX: BSL)", "(ASX: CSR)", "(ASX: NAB)"),
# numbers inside names ("S&P/ASX 200", "Q4" and "Q2" as quarter names, "I/B/E/S"), a financial year named as a date
# ("the 2019 financial year"), and the count of companies ("the three Dubai owned enterprises").

NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"
PC = "price_change_pct|price_change|share_price_change|pct_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en07 Woolworths' first half (AAP on Morningstar Australia, morningstar.com.au; Friday February 23, 2018, by the story's Friday results and the half to December 31, no year printed): profit +37.6 per cent to $969 million; comparable food sales +4.9 per cent; interim dividend up more than 25 per cent to 43 cents, fully franked; pre-tax earnings +9.9 per cent; revenue +3.8 per cent to $30 billion; like-for-like +5.1 per cent in the second quarter; Coles 0.9 per cent (half) and 1.4 per cent (second quarter); bullets 37.6pc, $969m, 3.8pc, $30bn, dividend up nine cents to 43 cents (AUD, %)
# An Australian supermarket group's half-year in A$ with comparable sales, a fully franked interim dividend in cents and
# a rival's comparable sales (news60 en07 had Westpac's half; Woolworths appears in earlier texts only as a mover in
# market wraps, Coles likewise). Whole as stored apart from furniture: the "AAP logo image" line and the closing
# copyright and service notice ("© [2018] Australian Associated Press Pty Limited (AAP) or its Licensors. This is the
# Morningstar service ...") dropped. No headline in the stored text (it opens with "BRISBANE - [AAP]", kept as page text;
# the address slug "woolworths39-h1-profit-soars-376pc-to-969m" is not page text; none added); the summary's crosshead
# "WOOLIES' CHANGES PAY DIVIDENDS IN H1" kept (rewritten "WOOLIES' OVERHAUL PAYS DIVIDENDS IN H1") with its three
# bullets. The chief executive's two quoted sentences rendered as reported speech (no figures; "the 2019 financial year"
# is a date). Kept as printed: "BRISBANE - [AAP]", "(ASX: WOW)", "per cent" in the body beside "pc" in the bullets,
# "$969m" and "$30bn", "nine cents" in words, "fully franked", "the 27 weeks to December 31", comparable food sales
# growth printed twice (4.9 per cent), "H1".
# Periods: none. "First-half", "the 27 weeks to December 31", "the half", "the second quarter" and "the same period a
# year ago" print no year; the quote's "into the 2019 financial year" implies only that the half lies in the 2018
# financial year, and whether to date it as the fiscal first half or the calendar second half of 2017 is left open
# (news60 en07's Westpac half likewise undated).
# Decided: profit $969 million and +37.6 % key (the first printings); comparable food sales +4.9 % key on the Australian
# supermarkets with Woolworths among the alternatives, its second printing ("compared to the same period a year ago")
# optional. Interim dividend "by more than 25 per cent to a fully franked 43 cents" -> key +25 % (hedge in the basis) and
# key 0.43 AUD. "Pre-tax earnings ... soared by 9.9 per cent" key as EBIT / pre-tax earnings growth. Revenue +3.8 % and
# $30 billion key. Like-for-like sales growth of 5.1 % in the second quarter key. Coles' comparable food and liquor sales
# growth 0.9 % (half) and 1.4 % (second quarter) key on Coles. Bullets: 37.6pc, $969m, 3.8pc, $30bn and the dividend's
# 43 cents optional repeats; "up nine cents" is printed only in the bullet -> key +0.09 AUD dividend change.
WOW = "Woolworths|Woolworths Limited|Woolworths Group|Woolies"
COL = "Coles|Coles Group|Coles Supermarkets"
CSG = "comparable_sales_growth|comparable_food_sales_growth|same_store_sales_growth|like_for_like_sales_growth"
DPS = "interim_dividend|dividend_per_share|dps|dividend"
G["en07"] = ([
    m(NP, 969e6, "AUD", WOW, basis="first-half profit"),
    m(NPG, 37.6, "%", WOW, basis="first half"),
    m(CSG, 4.9, "%", "Australian supermarkets|Australian Food|" + WOW, basis="comparable food sales at its Australian supermarkets"),
    m("dividend_growth|dividend_per_share_growth|dps_growth|interim_dividend_growth", 25, "%", WOW,
      basis="more than; interim dividend increase"),
    m(DPS, 0.43, "AUD", WOW, basis="interim, fully franked; printed 43 cents"),
    m("pretax_earnings_growth|ebit_growth|pre_tax_profit_growth|profit_before_tax_growth", 9.9, "%", WOW,
      basis="pre-tax earnings for the 27 weeks to December 31"),
    m("revenue_growth|sales_growth", 3.8, "%", WOW, basis="total group revenue"),
    m("revenue|sales", 30e9, "AUD", WOW, basis="total group revenue"),
    m(CSG, 4.9, "%", "Australian supermarkets|Australian Food|" + WOW, opt=True,
      basis="repeat: comparable food sales compared to the same period a year ago"),
    m("like_for_like_sales_growth|comparable_sales_growth|same_store_sales_growth", 5.1, "%", WOW,
      basis="second quarter"),
    m(CSG, 0.9, "%", COL, basis="comparable food and liquor sales growth for the half"),
    m(CSG, 1.4, "%", COL, basis="comparable food and liquor sales growth for the second quarter"),
    m(NPG, 37.6, "%", WOW, opt=True, basis="bullet: '37.6pc'"),
    m(NP, 969e6, "AUD", WOW, opt=True, basis="bullet: '$969m'"),
    m("revenue_growth|sales_growth", 3.8, "%", WOW, opt=True, basis="bullet: '3.8pc'"),
    m("revenue|sales", 30e9, "AUD", WOW, opt=True, basis="bullet: '$30bn'"),
    m("dividend_change|dividend_increase|dps_change|interim_dividend_change", 0.09, "AUD", WOW,
      basis="interim dividend up nine cents (number in words; printed only in the bullet)"),
    m(DPS, 0.43, "AUD", WOW, opt=True, basis="bullet: '43 cents'"),
], [])

# ---------------------------------------------------------------- en08 Subaru's forecast for the year to March and the year just ended (retailnews.asia; most likely Tuesday May 9, 2017, no date or year printed): operating profit forecast -0.2 percent to 410.0 billion yen ($3.62 billion) vs a mean estimate of 538.5 billion yen from 19 analysts; shares -4.2 percent; the year ended March 410.8 billion yen, -27.4 percent; net profit forecast 285.0 billion yen, +0.9 percent; around 1.11 million vehicles vs around 1.07 million; US sales +3 percent; around 60 percent of production sold in the US; dollar assumed at 110 yen vs a trading rate of around 113 yen (JPY, USD, %, vehicles, analysts)
# A Japanese carmaker's full-year forecast in yen against the analysts' mean with last year's result, a net-profit
# forecast, a global vehicle-sales target and a dollar-rate assumption (news58 en08 had Mazda's April 2017 forecast;
# Subaru appears in no earlier text). Whole as stored apart from furniture: the closing "Must read" box (a related
# headline on Veeko International with its teaser) dropped. Headline kept (rewritten: "Subaru sees flat profit this year
# on higher costs, below expectations" -> "Subaru expects flat profit this year as costs rise, short of forecasts"). No
# quotes. Kept as printed: "percent", "410.0 billion yen ($3.62 billion)" with the decimal zero, "285.0 billion yen",
# "Thomson Reuters I/B/E/S", "Japan's No. 7 automaker", "Takata Corp's air bags", "around" on both vehicle figures.
# Periods: none. "This year", "the year to March", "the year ended March", "last year", "the year just ended" and "the
# current year" print no year.
# Decided: the forecast's -0.2 % (ease) and 410.0 billion yen key as guidance rows, the $3.62 billion conversion
# optional; the analysts' mean 538.5 billion yen key (consensus), the 19 analysts optional. Shares -4.2 % key. The year
# ended March: 410.8 billion yen and -27.4 % key (a sentence of its own, not a prior of the forecast). Net profit
# forecast 285.0 billion yen and +0.9 % key. Vehicle sales forecast "around 1.11 million ... up from around 1.07 million
# in the year just ended" -> key 1.11e6 vehicles with prior 1.07e6 (the "up from" construction of the same quantity)
# and an optional earlier row. The US: forecast sales growth 3 % key and "around 60 percent of its global production"
# sold there key, each on the United States with Subaru among the alternatives. The dollar-rate assumption 110 yen key
# (JPY per dollar, news58 en08); the trading rate of around 113 yen on Tuesday key as the market rate (hedge in the
# basis). Not labelled: "No. 7", "nearly two weeks", "April".
SUB = "Subaru|Subaru Corp|Subaru Corporation|Fuji Heavy Industries"
US_SUB = "United States|US|U.S.|Subaru of America|" + SUB
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance"
OP = "operating_profit|operating_income"
FXA = "fx_assumption|exchange_rate_assumption|assumed_exchange_rate|exchange_rate"
G["en08"] = ([
    m("guidance_operating_profit_growth|operating_profit_growth_forecast|operating_profit_growth", -0.2, "%", SUB,
      basis="forecast to ease; year to March"),
    m(GOP, 410.0e9, "JPY", SUB, basis="year to March"),
    m(GOP, 3.62e9, "USD", SUB, opt=True, basis="bracketed conversion"),
    m("operating_profit_consensus|operating_profit_estimate|analyst_forecast", 538.5e9, "JPY", SUB,
      basis="mean estimate of 19 analysts polled by Thomson Reuters I/B/E/S"),
    m("analysts|analyst_count", 19, "analysts", SUB, opt=True, basis="analysts polled"),
    m(PC, -4.2, "%", SUB, basis="after the announcement; lowest in nearly two weeks"),
    m(OP, 410.8e9, "JPY", SUB, basis="year ended March"),
    m("operating_profit_growth|operating_income_growth|operating_profit_change", -27.4, "%", SUB,
      basis="year ended March, on the year"),
    m("guidance_net_profit|net_profit_forecast|net_profit_guidance", 285.0e9, "JPY", SUB, basis="this year"),
    m("guidance_net_profit_growth|net_profit_growth_forecast|net_profit_growth", 0.9, "%", SUB, basis="from last year"),
    m("guidance_global_sales|global_sales_forecast|sales_volume_forecast|vehicle_sales_forecast|global_sales", 1.11e6,
      "vehicles", SUB, prior=1.07e6, basis="around; this year; a record high"),
    m("global_sales|vehicle_sales|sales_volume", 1.07e6, "vehicles", SUB, opt=True, basis="around; the year just ended"),
    m("guidance_sales_growth|sales_growth_forecast|sales_volume_growth_forecast|sales_growth", 3, "%", US_SUB,
      basis="expected rise in US sales"),
    m("us_sales_share|share_of_production_sold|sales_share|production_share", 60, "%", US_SUB,
      basis="around; share of its global production sold in the United States"),
    m(FXA, 110, "JPY", "USD/JPY|dollar|US dollar|" + SUB, basis="average dollar rate assumed for the current year"),
    m("exchange_rate|fx_rate", 113, "JPY", "USD/JPY|dollar|yen", basis="around; the currency pair's trading rate on Tuesday"),
], [])

# ---------------------------------------------------------------- en09 Corporation Bank's March quarter (Livemint, livemint.com; Saturday May 20, 2017, the store's date line, no year printed): headline and standfirst profit Rs159.98 crore vs a loss of Rs510.97 crore; tax write-back Rs53.44 crore vs Rs724.32 crore; provisions -51.64% to Rs948.01 crore from Rs1,960.21 crore; NII -5.7% to Rs934.18 crore from Rs990.57 crore; other income +84.33% to Rs892.44 crore from Rs484.16 crore; gross NPAs +17.2% to Rs1,7045.22 crore from Rs14,544.25 crore, Rs15,827.99 crore a quarter ago; gross NPA ratio 11.7% vs 11.26% and 9.98%; net NPA ratio 8.33% vs 7.64% and 6.53%; deposits +7.5% to Rs22,056 crore; advances Rs14,036 crore; shares Rs56.55, -2.5%; Sensex +0.1% to 30464.92 points (INR, %, points)
# An Indian state bank's quarter in crore with provisions, a tax write-back, gross NPAs and gross and net NPA ratios
# against the previous and the year-ago quarter (news59 en11 had Canara Bank's September quarter of 2023, news40 en02
# IDBI's; Corporation Bank appears in no earlier text). The store holds two copies of the page: one opens with the photo
# caption and runs whole to the Sensex sentence, the other carries the headline and the standfirst and breaks off in the
# net-NPA sentence; where they overlap they agree, so the passage takes the headline and standfirst from the second and
# the body from the first. Furniture dropped: the "Active Stocks" ticker and the breadcrumb ("Business News/ Companies /
# ..."), the "Back" link, the photo caption ("The Gross non-performing assets (NPAs) of Corporation Bank rose 17.2% to
# Rs1,7045.22 crore at the end of the fourth quarter from Rs14,544.25 crore a year ago. Photo: Mint", a repeat of the
# body's sentence) and the "Premium" tag. Headline kept (rewritten: "Corporation Bank Q4 profit at Rs159.98 crore on
# lower provisions" -> "Corporation Bank Q4 profit at Rs159.98 crore as provisions fall"); the standfirst kept
# (rewritten). No quotes. Kept as printed: "Mumbai:", "Rs159.98 crore" and every amount with "Rs" run into the figure,
# "Rs1,7045.22 crore" with its misplaced thousands separator, "gross NPA" in the singular, "on year on year basis",
# "year-on-year", "little changed to Rs14,036 crore", "to closed at 30464.92 points", "Sensex Index", "BSE".
# Periods: none. "The fourth quarter", "the March quarter", "a year ago", "last year", "the previous quarter" and "a
# quarter ago" print no year (the store's date line 2017-05-20 is not page text).
# Decided: net profit Rs159.98 crore key at its first printing (the headline) with the year-ago loss of Rs510.97 crore as
# prior (the standfirst's and body's "against a loss of ... a year ago"); the standfirst's and body's repeats of both
# figures optional (two optional rows each). Tax write-back Rs53.44 crore key with prior Rs724.32 crore and an optional
# earlier row. Provisions, net interest income and other income: growth key and the current value key with the "from"
# value as prior and an optional earlier row. Gross NPAs +17.2 % key and "Rs1,7045.22 crore" key as 17,045.22 crore
# (170.4522e9 INR; the misplaced separator in the basis) with prior Rs14,544.25 crore and an optional earlier row; the
# gross NPA of Rs15,827.99 crore "a quarter ago" is a sentence of its own -> a key row. Gross and net NPA ratios: "X
# compared with Y in the previous quarter and Z in the year-ago quarter" -> key X with the previous quarter's Y as prior,
# Y and Z optional rows. Deposits +7.5 % and Rs22,056 crore key; advances "little changed to Rs14,036 crore" key (the
# hedge in the basis, no change row). Shares Rs56.55 and -2.5 % key; the Sensex +0.1 % and 30464.92 points key.
CB = "Corporation Bank|Corp Bank|Corporation Bank Ltd"
CR = 1e7
SX = "Sensex|BSE Sensex|S&P BSE Sensex|Sensex Index"
GN = "gross_npa|gross_npas|gross_non_performing_assets|gnpa"
GNR = "gross_npa_ratio|gnpa_ratio|gross_non_performing_assets_ratio|npa_ratio"
NNR = "net_npa_ratio|nnpa_ratio|net_non_performing_assets_ratio"
PRV = "provisions|provisions_and_contingencies|loan_loss_provisions"
NII = "net_interest_income|nii"
OI = "other_income|non_interest_income"
TWB = "tax_write_back|tax_writeback|tax_credit|tax"
G["en09"] = ([
    m(NP, 159.98 * CR, "INR", CB, prior=-510.97 * CR, basis="fourth (March) quarter; headline"),
    m(NP, 159.98 * CR, "INR", CB, opt=True, basis="standfirst repeat"),
    m(NP + "|net_loss", -510.97 * CR, "INR", CB, opt=True, basis="loss a year ago; standfirst"),
    m(NP, 159.98 * CR, "INR", CB, opt=True, basis="body repeat"),
    m(NP + "|net_loss", -510.97 * CR, "INR", CB, opt=True, basis="loss a year ago; body repeat"),
    m(TWB, 53.44 * CR, "INR", CB, prior=724.32 * CR, basis="tax write-back in the quarter"),
    m(TWB, 724.32 * CR, "INR", CB, opt=True, basis="last year"),
    m("provisions_growth|provision_change|provisions_change", -51.64, "%", CB, basis="year on year"),
    m(PRV, 948.01 * CR, "INR", CB, prior=1960.21 * CR),
    m(PRV, 1960.21 * CR, "INR", CB, opt=True, basis="a year earlier"),
    m("nii_growth|net_interest_income_growth", -5.7, "%", CB),
    m(NII, 934.18 * CR, "INR", CB, prior=990.57 * CR),
    m(NII, 990.57 * CR, "INR", CB, opt=True, basis="year-ago period"),
    m("other_income_growth|non_interest_income_growth", 84.33, "%", CB),
    m(OI, 892.44 * CR, "INR", CB, prior=484.16 * CR),
    m(OI, 484.16 * CR, "INR", CB, opt=True, basis="same period last year"),
    m("gross_npa_growth|gross_npas_growth|gnpa_growth", 17.2, "%", CB, basis="year on year"),
    m(GN, 17045.22 * CR, "INR", CB, prior=14544.25 * CR,
      basis="end of the March quarter; printed 'Rs1,7045.22 crore' (misplaced thousands separator)"),
    m(GN, 14544.25 * CR, "INR", CB, opt=True, basis="a year ago"),
    m(GN, 15827.99 * CR, "INR", CB, basis="a quarter ago; a sentence of its own"),
    m(GNR, 11.7, "%", CB, prior=11.26, basis="as a percentage of total loans, end of the March quarter"),
    m(GNR, 11.26, "%", CB, opt=True, basis="previous quarter"),
    m(GNR, 9.98, "%", CB, opt=True, basis="year-ago quarter"),
    m(NNR, 8.33, "%", CB, prior=7.64),
    m(NNR, 7.64, "%", CB, opt=True, basis="previous quarter"),
    m(NNR, 6.53, "%", CB, opt=True, basis="same quarter last year"),
    m("deposits_growth|deposit_growth|total_deposits_growth", 7.5, "%", CB, basis="year-on-year"),
    m("deposits|total_deposits", 22056 * CR, "INR", CB),
    m("advances|loans|loans_and_advances|gross_advances", 14036 * CR, "INR", CB, basis="little changed"),
    m(PX, 56.55, "INR", CB, basis="close on BSE, Friday"),
    m(PC, -2.5, "%", CB, basis="from previous close"),
    m("index_change_pct|index_change|pct_change", 0.1, "%", SX),
    m("index_close|index_level|close", 30464.92, "points", SX),
], [])

# ---------------------------------------------------------------- en10 Salik's upsized IPO (Gulf News, gulfnews.com via its cloudfront copy; September 2022, "13 September 2022" printed): offer raised to 24.9 per cent from 20 per cent; offer price Dh2 a share; 1.5 billion shares to 1.867 billion; Dubai Government 75.1 per cent; four cornerstone investors; Dh2 per share (statement); expected market cap Dh 15 bn; first and third tranches 120 million to 145.72 million shares (around 7.8 per cent); second tranche 1.38 billion to 1.72 billion shares (around 92.2 per cent) (AED, %, shares, investors)
# A Gulf IPO in dirhams: a state toll operator's offer enlarged in its subscription week (news41 en12 had Saudi Aramco's
# final IPO price in riyals, news50 en07 and news57 en12 Aldar's results; Salik appears in no earlier text). Cut: the
# stored text breaks off mid-word in the next sentence ("The retail offer will close on September 20 and the qualified
# investor offering on Se"), so the passage stops after "The subscription period for the IPO remains unchanged."
# (rewritten), a sentence boundary (the cut sentence's "September 20" is a date). No headline in the stored text (it
# opens with the dateline "Dubai:", kept as page text; the address slug "dubai-decides-to-raise-salik-ipo-size-to-249-
# after-record-retail-investor-demand" is not page text; none added). The factbox ("Dh 15 bn / Salik's expected starting
# market cap") and the crosshead "This is how the additional shares will be split" are page text, kept (rewritten). The
# analyst's quoted sentence and the statement's two quoted sentences rendered as reported speech. Kept as printed:
# "per cent", "Dh2 a share" beside "Dh2 per share", "Dh 15 bn" with a space, "1.867 billion" without "shares", "'over-
# subscribed mode'" in quotation marks, "Dubai owned enterprises" without a hyphen, "DEWA" and "Tecom", "13 September
# 2022" (day-month order beside "September 13"), "(around 7.8 per cent of the offer size)" beside "(or around 92.2 per
# cent of the offer size)", "whilst" (rewritten "while").
# Periods: none (IPO terms, stakes and tranches take none).
# Decided: the offer's share of the company "increased to 24.9 per cent from 20 per cent" -> key 24.9 % with prior 20
# and an optional 20 % row; the analyst's 24.9 per cent an optional repeat. Offer price Dh2 a share key (AED), the
# statement's Dh2 per share optional. Shares offered "from ... 1.5 billion shares earlier, this is now 1.867 billion" ->
# key 1.867e9 shares with prior 1.5e9 and an optional earlier row. The Dubai Government's 75.1 per cent key (a stake,
# the government among the alternatives). "Four cornerstone investors" optional ("investors", a number in words). The
# factbox's "Dh 15 bn" expected starting market capitalisation key. Tranches "from X to Y (around Z per cent of the
# offer size)" -> Y key with prior X and an optional X row, Z key (hedge in the basis), each on the tranche with Salik
# among the alternatives. Not labelled: "September 26", "September 29", "September 13", "13 September 2022", "three"
# (the count of Dubai enterprises listed).
SAL = "Salik|Salik Company|Salik Company PJSC"
T13 = "first and third tranches|retail and employee tranches|retail tranche|" + SAL
T2 = "second tranche|qualified investor tranche|qualified investors|" + SAL
OFS = "offer_size_pct|offering_size_pct|stake_offered|stake_sold|offer_size"
SHO = "shares_offered|offer_shares|offering_size_shares|offer_size"
TRS = "tranche_shares|tranche_size|shares_allocated|shares_offered"
TRP = "tranche_share|share_of_offer|allocation_pct|tranche_pct"
G["en10"] = ([
    m(OFS, 24.9, "%", SAL, prior=20, basis="share of capital offered; increased"),
    m(OFS, 20, "%", SAL, opt=True, basis="earlier offer size"),
    m("offer_price|ipo_price|offer_price_per_share", 2, "AED", SAL, basis="Dh2 a share; subscriptions opened September 13"),
    m(OFS, 24.9, "%", SAL, opt=True, basis="analyst's repeat"),
    m(SHO, 1.867e9, "shares", SAL, prior=1.5e9, basis="now; printed '1.867 billion'"),
    m(SHO, 1.5e9, "shares", SAL, opt=True, basis="earlier"),
    m("stake|ownership_stake|government_stake|shareholding", 75.1, "%", "Dubai Government|Government of Dubai|" + SAL,
      basis="of the equity capital, after the IPO"),
    m("cornerstone_investors|investor_count|investors", 4, "investors", SAL, opt=True,
      basis="cornerstone investors confirmed (number in words)"),
    m("offer_price|ipo_price|offer_price_per_share", 2, "AED", SAL, opt=True, basis="statement's repeat: Dh2 per share"),
    m("market_cap|market_capitalisation|market_value|valuation", 15e9, "AED", SAL,
      basis="expected starting market cap; factbox 'Dh 15 bn'"),
    m(TRS, 145.72e6, "shares", T13, prior=120e6, basis="first (retail) and third (eligible employees) tranches"),
    m(TRS, 120e6, "shares", T13, opt=True, basis="earlier"),
    m(TRP, 7.8, "%", T13, basis="around; of the offer size"),
    m(TRS, 1.72e9, "shares", T2, prior=1.38e9, basis="second tranche (qualified investors)"),
    m(TRS, 1.38e9, "shares", T2, opt=True, basis="earlier"),
    m(TRP, 92.2, "%", T2, basis="around; of the offer size"),
], [])

# ---------------------------------------------------------------- en11 Kenya's central bank rate cut (wealthnote254.com; October 2024, by "the October Monetary Policy Committee Meeting" in a story dated by "the second quarter of 2024" and "December 2024"): rate cut by 0.75% to 12%; target range 2.5% and 7.5%; inflation 3.6% in September from 4.4% in August; food inflation 5.1% vs 5.3%; GDP +4.6% in Q2 of 2024 vs 5.6% a year earlier (%)
# A central-bank decision in Africa: the Central Bank of Kenya's second successive cut (news50 en09 had the Central Bank
# of Nigeria's hike, news46 en11 Egypt's inflation; no Kenyan rate decision in earlier texts, Kenya only in news23 en12's
# Safaricom, news44 en11's remittances and news48 en07's KCB). Whole as stored. No headline in the stored text (it opens
# with its first paragraph; the address slug "central-bank-lowers-interest-rate-to-12" is not page text; none added).
# The MPC's quoted sentence rendered as reported speech (no figures). Kept as printed: "by 0.75% to 12%" (a rate move in
# percent), "October Monetary Policy Committee Meeting" capitalised, "target range of 2.5% and 7.5%" (for "between"),
# "compared to", "stabilized", "non-food, non-fuel" beside "non-food non-fuel", "in the Q2 of 2024", "mining,
# quarrying, and construction", "MPC" without "the" at the start of the fourth paragraph (rewritten "The MPC").
# Periods: "September" and "August" -> 2024-09 and 2024-08 (decided: clearly implied by a story on the October meeting
# that dates its GDP figure "the second quarter of 2024" and its next meeting "December 2024"); "the Q2 of 2024" ->
# 2024Q2 and "the same period last year" 2023Q2. The policy rate, its cut and the target range take none.
# Decided: "lowering the benchmark interest rate by 0.75% to 12%" -> key 12 % (no earlier rate printed: no prior
# computed) and key -0.75 in "%" as printed (a rate move written in percent, as news41's "rose 0.1 percent" for a
# jobless rate), with an optional -0.75 pp row (it also takes -75 bp). The target range key as rng (2.5, 7.5).
# Inflation 3.6 % key with
# August's 4.4 % as prior ("falling to ... from ...") and an optional 2024-08 row; food inflation 5.1 % key with prior
# 5.3 % ("compared to") and an optional row; GDP growth 4.6 % key with prior 5.6 % and an optional 2023Q2 row. Not
# labelled: "October", "December 2024", "the mid-point" (no figure).
CBK = "Central Bank of Kenya|CBK|Kenya"
KE = "Kenya|Kenyan economy"
G["en11"] = ([
    m("rate_change|policy_rate_change|central_bank_rate_change", -0.75, "%", CBK,
      basis="printed 'by 0.75%' (a rate move written in percent)"),
    m("rate_change|policy_rate_change|central_bank_rate_change", -0.75, "pp", CBK, opt=True,
      basis="the same cut in percentage points (75 bp)"),
    m("policy_rate|central_bank_rate|benchmark_rate|interest_rate", 12, "%", CBK, basis="benchmark interest rate"),
    m("inflation_target|inflation_target_range|target_range", None, "%", CBK, rng=(2.5, 7.5),
      basis="printed 'target range of 2.5% and 7.5%'"),
    m("inflation|inflation_rate|headline_inflation|cpi", 3.6, "%", KE, "2024-09", prior=4.4),
    m("inflation|inflation_rate|headline_inflation|cpi", 4.4, "%", KE, "2024-08", opt=True),
    m("food_inflation|food_cpi|food_price_inflation", 5.1, "%", KE, "2024-09", prior=5.3),
    m("food_inflation|food_cpi|food_price_inflation", 5.3, "%", KE, "2024-08", opt=True),
    m("gdp_growth|gdp_growth_rate|real_gdp_growth", 4.6, "%", KE, "2024Q2", prior=5.6,
      basis="Kenya National Bureau of Statistics"),
    m("gdp_growth|gdp_growth_rate|real_gdp_growth", 5.6, "%", KE, "2023Q2", opt=True, basis="same period last year"),
], [])

# ---------------------------------------------------------------- en12 a round-up of Australian broker calls (The Motley Fool Australia, fool.com.au; Tuesday October 27, 2020, the date only in the address): Goldman Sachs buy on Austal, $4.35; Citi Beach Energy $1.91 -> $1.98, buy; Bluescope targets raised by Citi $14.00 -> $16.00, Credit Suisse $15.55 -> $16.95, Macquarie $16.20 -> $19.05, Morgan Stanley $11.00 -> $16.00, UBS $13.10 -> $15.70; Credit Suisse CSR $4.10 -> $5.30; NAB: Credit Suisse outperform $21.30, UBS buy $20.50, Macquarie underperform $17.50 (AUD)
# A broker round-up of ASX calls in A$ (news25 en05 had an "ASX Broker Moves" round-up of six other ASX calls, news59
# en06 a round-up of target cuts on Netflix; Austal, Beach Energy, Bluescope and CSR appear in no earlier text). Cut:
# the stored text breaks off mid-word in the next sentence ("While it considers the valuation attractive, it has concerns about earnings
# r"), so the passage stops after "Conversely, Macquarie retained an underperform rating with a $17.50 price target."
# (rewritten), a sentence boundary (no figure goes with the cut). No headline in the stored text (it opens with its
# first paragraph; the address slug "why-these-7-asx-200-shares-received-broker-upgrades-this-week" is not page text;
# none added). The company crossheads with their ASX codes are page text, kept. No quotes. Kept as printed: "S&P/ASX 200
# Index (ASX: XJO)", "broker upgrades" for what are mostly target raises and retained ratings, "Bluescope" (not
# "BlueScope"), the five Bluescope bullets in the present tense ("raises price target from $14.00 to $16.00"), "$14.00"
# / "$11.00" with decimal zeros, "upgraded the CSR share price target", "first half results", "short-medium term".
# Periods: none.
# Decided: "$" on an Australian page -> AUD. "Retained its buy rating ... with a price target of $4.35" and the NAB
# calls ("retained an outperform rating with a $21.30 price target", "retained a buy rating with a $20.50 price
# target", "retained an underperform rating with a $17.50 price target") -> maintain with the rating and target, no
# prior target. Citi's Beach Energy target "from $1.91 to $1.98" with "retains a buy rating" -> raise_target, buy, both
# targets. The five Bluescope bullets and Credit Suisse's CSR target "upgraded ... from $4.10 to $5.30" print no rating
# -> raise_target with rating None and both targets. No metrics (the passage's only figures are brokers' targets).
AUS = "Austal|Austal Limited|Austal Ltd"
BPT = "Beach Energy|Beach Energy Ltd|Beach"
BSL = "Bluescope Steel|BlueScope Steel|BlueScope|Bluescope|Bluescope Steel Limited"
CSR = "CSR|CSR Limited|CSR Ltd"
NAB = "National Australia Bank|NAB|National Australia Bank Ltd"
CITI = "Citi|Citigroup|Citi Research"
CSU = "Credit Suisse"
MQ = "Macquarie|Macquarie Group|Macquarie Research"
G["en12"] = ([], [
    ra("Goldman Sachs|Goldman", AUS, "maintain", "buy", target=4.35, cur="AUD"),
    ra(CITI, BPT, "raise_target", "buy", target=1.98, prior_target=1.91, cur="AUD"),
    ra(CITI, BSL, "raise_target", None, target=16.00, prior_target=14.00, cur="AUD"),
    ra(CSU, BSL, "raise_target", None, target=16.95, prior_target=15.55, cur="AUD"),
    ra(MQ, BSL, "raise_target", None, target=19.05, prior_target=16.20, cur="AUD"),
    ra("Morgan Stanley", BSL, "raise_target", None, target=16.00, prior_target=11.00, cur="AUD"),
    ra("UBS", BSL, "raise_target", None, target=15.70, prior_target=13.10, cur="AUD"),
    ra(CSU, CSR, "raise_target", None, target=5.30, prior_target=4.10, cur="AUD"),
    ra(CSU, NAB, "maintain", "outperform", target=21.30, cur="AUD"),
    ra("UBS", NAB, "maintain", "buy", target=20.50, cur="AUD"),
    ra(MQ, NAB, "maintain", "underperform", target=17.50, cur="AUD"),
])
