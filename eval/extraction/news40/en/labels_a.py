# Hand-written gold labels for news40/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news39/en/README.md (values fully
# scaled ("$25.49 billion" -> 25.49e9, "81 cents" -> 0.81 USD, "₹1,323.3 crore" -> 1.3233e10 INR (crore = 1e7),
# "1,570p" -> 15.70 GBP, "615 000 oz" -> 615000 ounces, "2.35-million ... ounces" -> 2.35e6, "$213B" -> 213e9),
# declines negative ("dropped 12%" -> -12, "slipped 2.9%" -> -2.9, "down 2.33 percent" -> -2.33, "10 percent lower" ->
# -10), ranges as rng ("between 2.35-million and 2.6-million ounces", "between 80 000 t and 90 000 t"), hedges keep the
# number with the hedge in the basis ("less than 1%", "more than €100m", "in excess of 20 metres"), a same-sentence "X
# from / after / as against / compared with Y" value of the same quantity is the prior and the earlier reading an
# optional row (news30 batch b, news36-news39), an earlier period's figure in a clause or sentence of its own a key row
# with its own period, consensus and poll figures key (news23), periods only where the text states or clearly implies
# the year (news24; market moves and levels none; "Q2FY24" -> FY2024Q2, Indian fiscal 2023-24 = FY2024), headline/bullet
# repeats, bracketed conversions and incidental descriptors optional, brokers' targets and ratings only in rating
# actions, broker estimates *_estimate metrics (dev corpus en11), figures inside quotes labelled like any other (news38
# batch a), ratings lower-case.

# ---------------------------------------------------------------- en01 Bank of America third quarter (CNBC via NBC San Diego, October 2024 page): net income -12% to $6.9 billion, EPS 81 cents vs 77 cents LSEG, revenue $25.49 billion (+<1%) vs $25.3 billion, NII -2.9% to $14.1 billion vs $14.06 billion, fixed income trading +8% to $2.9 billion vs $2.74 billion, equities trading +18% to $2 billion vs $1.81 billion (USD)
# A US bank's quarterly results against estimates, in CNBC's style: three key-point bullets, a "reported" pair of bullets,
# then the body. Cut after the equities-trading paragraph, before "Investment banking fees also jumped 18% to $1.40
# billion, toppi...", where the stored page breaks off mid-word; the cut is at a sentence boundary. Headline kept; the
# section label "news" and the photo caption (the CEO's name and the picture credit) dropped as furniture. Periods: no
# year is printed ("third-quarter", "Tuesday"; "since 2010" is a tenure date) -> none; "third quarter" in the basis
# where useful. Decided: the key-point bullets and the body print net income, its -12 % and the 81 cents twice -> the
# first printing (bullet) key, the body repeat optional; the "Earnings: 81 cents vs. 77 cents LSEG estimate" bullet
# repeats the EPS (optional) and gives the key EPS consensus. "Revenue: $25.49 billion vs. $25.3 billion estimate" -> key
# revenue and key consensus; the body's "grew less than 1% to $25.49 billion" -> key +1 % ("less than" in the basis) and
# an optional revenue repeat. NII "slipped 2.9% to $14.1 billion, just ahead of the $14.06 billion estimate" -> key
# level, key change, key consensus. Trading lines: each desk's revenue, % rise and StreetAccount estimate key. Not
# labelled: "since 2010" (a date).
BAC = "Bank of America|Bank of America Corp|Bank of America Corporation|BofA|BAC"
G["en01"] = ([
    m("net_income|net_profit", 6.9e9, "USD", BAC, basis="third quarter; key-point bullet"),
    m("net_income_growth|net_profit_growth|net_income_change", -12, "%", BAC, basis="from a year earlier; bullet"),
    m("eps|earnings_per_share", 0.81, "USD", BAC, basis="81 cents a share; bullet"),
    m("net_interest_income|nii", 14.1e9, "USD", BAC),
    m("net_interest_income_growth|nii_growth|net_interest_income_change", -2.9, "%", BAC),
    m("net_interest_income_consensus|nii_consensus|net_interest_income_estimate|nii_estimate", 14.06e9, "USD", BAC,
      basis="estimate"),
    m("eps|earnings_per_share", 0.81, "USD", BAC, opt=True, basis="'Earnings: 81 cents' bullet repeat"),
    m("eps_consensus|eps_estimate", 0.77, "USD", BAC, basis="LSEG estimate"),
    m("revenue|total_revenue|net_revenue", 25.49e9, "USD", BAC),
    m("revenue_consensus|revenue_estimate", 25.3e9, "USD", BAC, basis="estimate"),
    m("net_income|net_profit", 6.9e9, "USD", BAC, opt=True, basis="body repeat"),
    m("net_income_growth|net_profit_growth|net_income_change", -12, "%", BAC, opt=True, basis="body repeat"),
    m("eps|earnings_per_share", 0.81, "USD", BAC, opt=True, basis="body repeat"),
    m("revenue_growth|revenue_change", 1, "%", BAC, basis="less than 1%"),
    m("revenue|total_revenue|net_revenue", 25.49e9, "USD", BAC, opt=True, basis="body repeat"),
    m("fixed_income_trading_revenue|fixed_income_revenue|ficc_revenue", 2.9e9, "USD", BAC),
    m("fixed_income_trading_revenue_growth|fixed_income_revenue_growth|ficc_revenue_growth", 8, "%", BAC),
    m("fixed_income_trading_revenue_estimate|fixed_income_revenue_consensus|ficc_revenue_estimate", 2.74e9, "USD",
      BAC, basis="StreetAccount estimate"),
    m("equities_trading_revenue|equities_revenue|equity_trading_revenue", 2e9, "USD", BAC),
    m("equities_trading_revenue_growth|equities_revenue_growth|equity_trading_revenue_growth", 18, "%", BAC),
    m("equities_trading_revenue_estimate|equities_revenue_consensus|equity_trading_revenue_estimate", 1.81e9, "USD",
      BAC, basis="StreetAccount estimate"),
], [])

# ---------------------------------------------------------------- en02 IDBI Bank second quarter of FY2023-24 (Mint, October 21, 2023): net profit ₹1,323.3 crore (+59.8% from ₹828.1 crore; +8% QoQ from ₹1,224.2 crore), NII +12% to ₹3,066.5 crore from ₹2,738.1 crore, GNPA 4.9% vs 5.05%, net NPA 0.39% from 0.44%, total income ₹6,924.2 crore (+14%, -10% QoQ from ₹7,712 crore), opex ₹1,884.2 crore (+16%, +3% QoQ), NIM 4.33% vs 5.80% and 4.37%, shares ₹67 (-2.33%) (INR)
# An Indian bank's quarterly results in rupees crore, whole as stored (the ad-template markers "{{^adFree}}" dropped as
# furniture). No headline in the stored text (the address slug and the store's date line are not page text). Periods:
# "the second quarter of fiscal year 2023-24 (Q2FY24)" -> FY2024Q2 (Indian fiscal 2023-24 = FY2024, dev corpus); "the
# year-ago period" and "Q2FY23" -> FY2023Q2; "Q1FY24", "the June 2023 quarter", "the first quarter of the current
# fiscal", "the previous quarter" -> FY2024Q1; "the September 2023 quarter" -> FY2024Q2. The share close "on October
# 20" is a market level: no period. Decided: "₹1,323.3 crore ..., 59.8 percent more than the profit of ₹828.1 crore
# ... in the year-ago period" -> key profit with prior, key growth, optional year-ago row (likewise NII "to ... from",
# total income "14 percent higher than the ₹6,065.5 crore", opex "16 percent above the ₹1,617.70 crore"). The
# sequential comparisons stand in a clause or sentence without the current value ("the net profit rose 8 percent,
# having stood at ₹1,224.2 crore in Q1FY24"; "Compared with the ₹7,712 crore ... total income is 10 percent lower";
# "3 percent higher than the ₹1,830.83 crore recorded in the June 2023 quarter") -> key QoQ change and a key
# earlier-quarter row with its own period, no prior. GNPA "improved ... to 4.9 percent, as against 5.05 percent" -> key
# with prior and an optional June-quarter row. Net NPA "coming down 0.39 percent in Q2FY24 from 0.44 percent" -> read as
# the level 0.39 % (the "from 0.44 percent" makes it a ratio, not a change) with prior and an optional row. NIM "4.33
# percent ..., compared with 5.80 percent in Q1FY24 and 4.37 percent in Q2FY23" names two comparison points -> no single
# prior: three key rows with their periods. Shares "ended at ₹67 apiece ..., down 2.33 percent" -> key price and move.
# Not labelled: "October 21", "October 20" (dates).
IDBI = "IDBI Bank|IDBI Bank Ltd|IDBI"
Q2, Q1, Q2P = "FY2024Q2", "FY2024Q1", "FY2023Q2"
CR = 1e7
NP = "net_profit|net_income|profit_after_tax"
TI = "total_income|revenue|total_revenue"
OPX = "operating_expenses|opex|operating_costs"
NIM = "net_interest_margin|nim"
G["en02"] = ([
    m(NP, 1323.3 * CR, "INR", IDBI, Q2, prior=828.1 * CR, basis="standalone, unaudited"),
    m("net_profit_growth|net_income_growth|profit_growth", 59.8, "%", IDBI, Q2, basis="year on year"),
    m(NP, 828.1 * CR, "INR", IDBI, Q2P, opt=True, basis="year-ago period"),
    m("net_profit_growth_qoq|net_profit_growth|net_income_growth|profit_growth", 8, "%", IDBI, Q2,
      basis="quarter-on-quarter"),
    m(NP, 1224.2 * CR, "INR", IDBI, Q1),
    m("net_interest_income|nii", 3066.5 * CR, "INR", IDBI, Q2, prior=2738.1 * CR),
    m("net_interest_income_growth|nii_growth", 12, "%", IDBI, Q2, basis="soared; year on year"),
    m("net_interest_income|nii", 2738.1 * CR, "INR", IDBI, Q2P, opt=True, basis="corresponding period of previous year"),
    m("gross_npa_ratio|gross_npa|gnpa_ratio", 4.9, "%", IDBI, Q2, prior=5.05, basis="improved sequentially"),
    m("gross_npa_ratio|gross_npa|gnpa_ratio", 5.05, "%", IDBI, Q1, opt=True, basis="June 2023 quarter"),
    m("net_npa_ratio|net_npa|nnpa_ratio", 0.39, "%", IDBI, Q2, prior=0.44, basis="printed 'coming down 0.39 percent'"),
    m("net_npa_ratio|net_npa|nnpa_ratio", 0.44, "%", IDBI, Q1, opt=True, basis="previous quarter"),
    m(TI, 6924.2 * CR, "INR", IDBI, Q2, prior=6065.5 * CR),
    m("total_income_growth|revenue_growth", 14, "%", IDBI, Q2, basis="year on year"),
    m(TI, 6065.5 * CR, "INR", IDBI, Q2P, opt=True, basis="year-ago period"),
    m(TI, 7712 * CR, "INR", IDBI, Q1, basis="first quarter of the current fiscal"),
    m("total_income_growth_qoq|total_income_growth|revenue_growth", -10, "%", IDBI, Q2, basis="vs first quarter"),
    m(OPX, 1884.2 * CR, "INR", IDBI, Q2, prior=1617.70 * CR),
    m("operating_expenses_growth|opex_growth|cost_growth", 16, "%", IDBI, Q2, basis="year on year"),
    m(OPX, 1617.70 * CR, "INR", IDBI, Q2P, opt=True, basis="Q2FY23"),
    m("operating_expenses_growth_qoq|operating_expenses_growth|opex_growth|cost_growth", 3, "%", IDBI, Q2,
      basis="vs June 2023 quarter"),
    m(OPX, 1830.83 * CR, "INR", IDBI, Q1, basis="June 2023 quarter"),
    m(NIM, 4.33, "%", IDBI, Q2, basis="annualised; September 2023 quarter"),
    m(NIM, 5.80, "%", IDBI, Q1),
    m(NIM, 4.37, "%", IDBI, Q2P),
    m("price|share_price|close", 67, "INR", IDBI, basis="BSE close, October 20"),
    m("price_change|share_price_change", -2.33, "%", IDBI, basis="from previous day's close"),
], [])

# ---------------------------------------------------------------- en03 US consumer prices for September (Reuters, uk.reuters.com, October 18, 2016): CPI +0.3% after +0.2% in August, +1.5% year on year (1.1% to August), consensus 0.3% and 1.5%, core +0.1% after +0.3%, core year on year 2.2% after 2.3%
# A US economic release against consensus, whole as stored, with the reporting credit kept (as news38 kept "– Reuters").
# The "WASHINGTON Oct 18" dateline is kept; the store's date line before it and the stored text's hard line wraps are not
# page text (prose re-flowed into paragraphs). No headline in the stored text. Periods: no year is printed for the
# release ("Oct 18", "September", "August", "this year"; "since October 2014" is a reference date) -> none; the month
# in the basis. Decided: "increased 0.3 percent last month after rising 0.2 percent in August" -> key with the August
# reading as prior (news38 batch b treats "after" like "from") and an optional August row; the core's "gained 0.1
# percent ... after climbing 0.3 percent in August" and "to 2.2 percent following a 2.3 percent rise in August" alike.
# "In the year to August, the CPI had increased 1.1 percent" stands in its own sentence -> a key August row, not a prior
# of the 1.5 %. The economists' forecasts (0.3 % m/m, 1.5 % y/y) key consensus rows. Not labelled: "October 2014", "May
# through August" (dates), the December meeting.
US = "United States|US|U.S.|U.S. economy"
CPI_M = "cpi_mom|cpi|inflation_mom|consumer_price_index|cpi_change"
CPI_Y = "cpi_yoy|inflation_rate|cpi|inflation|consumer_price_index"
G["en03"] = ([
    m(CPI_M, 0.3, "%", US, prior=0.2, basis="September, month on month"),
    m(CPI_M, 0.2, "%", US, opt=True, basis="August"),
    m(CPI_Y, 1.5, "%", US, basis="12 months through September; biggest since October 2014"),
    m(CPI_Y, 1.1, "%", US, basis="year to August"),
    m("cpi_mom_consensus|cpi_consensus|cpi_forecast|inflation_consensus", 0.3, "%", US,
      basis="economists' forecast, month on month"),
    m("cpi_yoy_consensus|cpi_consensus|cpi_forecast|inflation_consensus", 1.5, "%", US,
      basis="economists' forecast, year on year"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.1, "%", US, prior=0.3, basis="September, month on month"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.3, "%", US, opt=True, basis="August"),
    m("core_cpi_yoy|core_cpi|core_inflation", 2.2, "%", US, prior=2.3, basis="year on year, September"),
    m("core_cpi_yoy|core_cpi|core_inflation", 2.3, "%", US, opt=True, basis="August"),
], [])

# ---------------------------------------------------------------- en04 London close (Fund Strategy, March 2012 page): FTSE 100 +47.81 points to 5,902.7, Ifo 109.8 from 109.7, Tullow +6.59% to 1,570p (20 metres of net oil pay), Aberdeen +4.36% to 260.8p, Smiths +2.84% to 1,049p (contract more than €100m (£86.6m)), Croda +2.81% to 2,156p, SSE +2.74% to 1,348p (GBP)
# A London market close with the leading risers in pence, whole as stored; headline kept ("FTSE 100 CLOSE: London stocks
# rise on German confidence"); the economist's quote kept verbatim. Periods: none (market moves and levels; no year
# printed; "Monday", "this morning"). Decided: the index's point rise and close key (no % printed, none computed). "The
# Ifo business climate index, which moved from 109.7 points to 109.8" -> key 109.8 points with prior and an optional
# 109.7 row, on Germany/Ifo; "its fifth straight month of gains" is an ordinal (not labelled). Each riser's % move and
# pence close key, pence scaled to GBP ("1,570p" -> 15.70). Tullow's "in excess of 20 metres of net oil pay at its
# Ngamia-1 exploration well" -> a key operational row (count noun metres, hedge in the basis) on Tullow. Smiths' "contract
# worth more than €100m (£86.6m)" -> key EUR value with "more than" in the basis, the bracketed sterling optional. The
# fallers print no figures. Not labelled: "Ngamia-1" (a well name).
FTSE = "FTSE 100|FTSE|FTSE 100 index|Footsie"
TLW = "Tullow Oil|Tullow|TLW"
ADN = "Aberdeen Asset Management|Aberdeen|ADN"
SMIN = "Smiths Group|Smiths|SMIN"
CRDA = "Croda International|Croda|CRDA"
SSE = "Scottish and Southern Energy|SSE"
PC = "price_change|share_price_change"
PX = "price|share_price|close"
G["en04"] = ([
    m("index_change|price_change", 47.81, "points", FTSE, basis="Monday's session"),
    m("index_level|close|index_close", 5902.7, "points", FTSE, basis="close"),
    m("business_climate_index|ifo_index|business_confidence", 109.8, "points",
      "Germany|Ifo|Ifo business climate index|German business confidence", prior=109.7),
    m("business_climate_index|ifo_index|business_confidence", 109.7, "points",
      "Germany|Ifo|Ifo business climate index|German business confidence", opt=True, basis="previous reading"),
    m(PC, 6.59, "%", TLW),
    m(PX, 15.70, "GBP", TLW, basis="close, 1,570p"),
    m("net_oil_pay|oil_pay|net_pay", 20, "metres", TLW + "|Ngamia-1", basis="in excess of; Ngamia-1 well, Kenya"),
    m(PC, 4.36, "%", ADN),
    m(PX, 2.608, "GBP", ADN, basis="260.8p"),
    m(PC, 2.84, "%", SMIN),
    m(PX, 10.49, "GBP", SMIN, basis="1,049p"),
    m("contract_value|deal_value|order_value", 100e6, "EUR", SMIN, basis="more than"),
    m("contract_value|deal_value|order_value", 86.6e6, "GBP", SMIN, opt=True, basis="conversion in brackets"),
    m(PC, 2.81, "%", CRDA),
    m(PX, 21.56, "GBP", CRDA, basis="2,156p"),
    m(PC, 2.74, "%", SSE),
    m(PX, 13.48, "GBP", SSE, basis="1,348p"),
], [])

# ---------------------------------------------------------------- en05 Evercore ISI lifts its Apple target and iPhone revenue estimate (Seeking Alpha text via thebusinessseries.com, June 2024 page): premarket +0.8%, target $250 from $220, fiscal 2025 iPhone revenue estimate $213B from $207B, a one-month shorter cycle could add $14B, FY2025 revenue $418B and EPS $7.55 vs consensus $7.27 on $412.89B (USD)
# An analyst note on a US tech stock with a price-target raise and estimates, whole as stored (the photo credit "Justin
# Sullivan/Getty Images News" before the text dropped as furniture). No headline in the stored text (the address slug
# is not page text). The analyst's two-part quote is kept verbatim. Periods: "fiscal year 2025" / "fiscal 2025" ->
# FY2025 for the iPhone estimate; "full-year 2025" of a company whose estimates the text frames as fiscal -> FY2025; the
# consensus "to earn $7.27 per share on $412.89B in revenue" is the same year's comparison -> FY2025. The premarket
# move has none. Decided: rating action Evercore ISI raise_target to 250 from 220 USD, rating None (none printed,
# dev-corpus practice). "Lifted his fiscal 2025 iPhone revenue estimate to $213B from $207B" -> key estimate with prior
# and an optional old row. "A decline of even one month in the replacement cycle could add $14B in revenue" -> a key
# revenue-upside row (hedge in the basis). The analyst's revenue and EPS estimates and the consensus EPS and revenue
# key. Not labelled: the product names "iPhone 15 Pro", "iPhone 16", "iPhone 13/14 Pro" (numbers in names), "one month".
AAPL = "Apple|Apple Inc|Apple Inc.|AAPL"
FY25 = "FY2025"
G["en05"] = ([
    m("price_change|share_price_change|premarket_price_change", 0.8, "%", AAPL, basis="premarket"),
    m("iphone_revenue_estimate|revenue_estimate|segment_revenue_estimate", 213e9, "USD", AAPL, FY25, prior=207e9,
      basis="Evercore ISI, raised"),
    m("iphone_revenue_estimate|revenue_estimate|segment_revenue_estimate", 207e9, "USD", AAPL, FY25, opt=True,
      basis="Evercore ISI, previous"),
    m("revenue_upside|revenue_impact|iphone_revenue_upside", 14e9, "USD", AAPL,
      basis="could add; one-month decline in replacement cycle"),
    m("revenue_estimate|revenue_forecast", 418e9, "USD", AAPL, FY25, basis="Evercore ISI"),
    m("eps_estimate|eps_forecast", 7.55, "USD", AAPL, FY25, basis="Evercore ISI"),
    m("eps_consensus|eps_estimate", 7.27, "USD", AAPL, FY25, basis="analyst consensus"),
    m("revenue_consensus|revenue_estimate", 412.89e9, "USD", AAPL, FY25, basis="analyst consensus"),
], [
    ra("Evercore ISI|Evercore", AAPL, "raise_target", None, target=250, prior_target=220, cur="USD"),
])

# ---------------------------------------------------------------- en06 Newcrest September-quarter production (Mining Weekly, creamermedia.com, October 27, 2016 page): gold +3% to 615 000 oz, copper 24 000 t, AISC margin +15%, AISC A$790/oz from A$787/oz, mine-by-mine gold and copper, full-year guidance 2.35-2.6 million oz and 80 000-90 000 t, Apollo Consolidated's 80%-held Seguela (AUD)
# A mining company's quarterly production report with guidance ranges. Cut after the Seguela option sentence, before
# "Under the terms of the option, ... will purchase 100% of...", where the stored page breaks off mid-sentence; the cut is
# at a sentence boundary. No headline in the stored text (the address slug is not page text). The CEO's quote is kept
# verbatim, with the stored text's comma after "on Thursday"; source oddities kept as printed: "ASIC" for AISC, the
# missing full stop after "206 760 oz of gold", "Hidden Valley, in New South Wales". Notation kept: space-grouped
# thousands ("615 000 oz", "195 301 oz", "80 000 t"), "2.35-million", "A$790/oz". Periods: none (no year printed: "the
# three months to September", "the June quarter", "the full year"); the quarter in the basis. Decided: the 3 % rise and
# the quarter's gold (ounces) and copper (tonnes) key; the quote's "3% increase in production" an optional repeat; "15%
# increase in ... (AISC) margin" key. "ASIC ... rose to A$790/oz, from A$787/oz in the June quarter" -> key AUD per-ounce
# cost with prior and an optional June-quarter row. Each mine's gold and copper output key on the mine (Newcrest as an
# alternative). Full-year guidance "between 2.35-million and 2.6-million ounces" and "between 80 000 t and 90 000 t" ->
# key ranges. "Apollo Consolidated's 80%-held Seguela gold project" -> an optional stake row (an incidental descriptor).
# Not labelled: "July" (a month), "dual-mill" (no figure).
NCM = "Newcrest|Newcrest Mining|NCM"
OZ, T = "ounces", "tonnes"
GP = "gold_production|gold_output|production"
CP = "copper_production|copper_output|production"
G["en06"] = ([
    m("gold_production_growth|production_growth|gold_output_growth", 3, "%", NCM, basis="three months to September"),
    m(GP, 615000, OZ, NCM, basis="three months to September"),
    m(CP, 24000, T, NCM, basis="three months to September"),
    m("production_growth|gold_production_growth", 3, "%", NCM, opt=True, basis="repeat in CEO quote"),
    m("aisc_margin_growth|aisc_margin_change", 15, "%", NCM, basis="CEO quote"),
    m("aisc|all_in_sustaining_cost", 790, "AUD", NCM, prior=787, basis="per ounce; printed 'ASIC'"),
    m("aisc|all_in_sustaining_cost", 787, "AUD", NCM, opt=True, basis="per ounce; June quarter"),
    m(GP, 195301, OZ, "Cadia|" + NCM),
    m(CP, 18774, T, "Cadia|" + NCM),
    m(GP, 57690, OZ, "Gosowong|" + NCM),
    m(GP, 110255, OZ, "Telfer|" + NCM),
    m(CP, 4949, T, "Telfer|" + NCM),
    m(GP, 206760, OZ, "Lihir|" + NCM),
    m(GP, 34973, OZ, "Bonikro|" + NCM),
    m(GP, 10520, OZ, "Hidden Valley|" + NCM),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, OZ, NCM, rng=(2.35e6, 2.6e6),
      basis="full year"),
    m("guidance_copper_production|copper_production_guidance|production_guidance", None, T, NCM, rng=(80000, 90000),
      basis="full year, targeted"),
    m("stake|ownership_stake|holding", 80, "%", "Seguela|Apollo Consolidated", opt=True,
      basis="Apollo Consolidated's 80%-held project"),
], [])
