# Hand-written gold labels for news39/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news38/en/README.md (values fully
# scaled ("155p" -> 1.55 GBP, "31 cents" -> 0.31 USD, "R12.9bn" -> 1.29e10 ZAR, "255c" -> 2.55 ZAR, "7.69 billion reais"
# -> 7.69e9 BRL, "59 centavos" -> 0.59 BRL, "$60 billion" -> 6e10 USD), declines and falls negative ("dropped 0.61%" ->
# -0.61, "decline by 4.3%" -> -4.3, "retreated 14 percent" -> -14), currency codes ("p" in a London broker list -> GBP,
# "R" / "c" on a JSE page -> ZAR, "reais" / "centavos" -> BRL, "$" on US pages -> USD), ranges as rng ("18%-22%"), hedges
# keep the number with the hedge in the basis ("more than 1%", "as much as 6 percent", "up to $60 billion"), a
# same-sentence "X from Y" / "down from Y" value of the same quantity is the prior and the earlier reading also an
# optional row (news30 batch b, news36-news38), consensus and poll figures key (news23), periods only where the text
# states or clearly implies the year (news24), market moves and levels no period, intraday and session extremes optional
# (news36), historic reference levels optional, the same move restated in another unit optional, brokers' targets and
# ratings only in rating actions (a target moved with the rating kept is raise_target / cut_target, a rating change
# with a target change is an upgrade with both targets), ratings normalised lower-case.

# ---------------------------------------------------------------- en07 a London broker round-up: nineteen calls with pence targets on seventeen companies (sharecompare.co.uk, "Wednesday broker round-up", 28th Aug 2013 08:09)
# A UK daily broker list. The stored text breaks off mid-entry ("Perform Group: Citi increases target price from 430p
# to 550p reiterating"): the passage stops after the Pennon Group entry, a sentence boundary. The stored text runs the
# entries together with no space after the full stop ("recommendation.Antofagasta"); they are written one company per
# line (a paragraph-break normalisation). Kept as printed: the dateline "28th Aug 2013 08:09", "Astra Zeneca" as two
# words, "Great Portland Group", the un-grouped pence ("1050p", "3400p", "2450p").
# Decided: pence targets scaled to GBP (news20). "Takes/ups/increases/revises/moves/shifts target price from X to Y"
# with a higher Y and the rating reiterated / retained / unchanged -> raise_target with both targets and the rating;
# "cuts/reduces/lowers ... from X to Y" -> cut_target. Bunzl's "but still recommends selling" is the rating sell
# (raise_target). Chime's "raises target price to 380p" prints no earlier target: raise_target with no prior (news10).
# Monitise "initiates with ... a buy recommendation" -> initiate. Pennon "moves target price from 670p to 745p upgrading
# to overweight" -> upgrade to overweight, no prior rating printed, both targets. Antofagasta's three brokers are three
# actions. No metric: the list prints only targets. Not labelled: the date and time.
ANTO = "Antofagasta"
JPM = "JP Morgan|JPMorgan|J.P. Morgan|JPMorgan Cazenove"
MS = "Morgan Stanley"
G["en07"] = ([], [
    ra("Nomura", "African Barrick Gold|ABG", "raise_target", "buy", target=2.50, prior_target=1.55, cur="GBP"),
    ra("Deutsche Bank|Deutsche", ANTO, "cut_target", "hold", target=10.35, prior_target=10.50, cur="GBP"),
    ra(JPM, ANTO, "cut_target", "neutral", target=9.75, prior_target=10.05, cur="GBP"),
    ra("UBS", ANTO, "raise_target", "buy", target=9.90, prior_target=9.60, cur="GBP"),
    ra(JPM, "Astra Zeneca|AstraZeneca|AZN", "cut_target", "neutral", target=33.00, prior_target=34.00, cur="GBP"),
    ra("UBS", "Berendsen", "raise_target", "neutral", target=9.00, prior_target=7.50, cur="GBP"),
    ra(MS, "Big Yellow Group|Big Yellow", "raise_target", "equal-weight", target=4.45, prior_target=3.95, cur="GBP"),
    ra(MS, "British Land", "raise_target", "overweight", target=6.70, prior_target=6.30, cur="GBP"),
    ra("Berenberg", "Bunzl", "raise_target", "sell", target=10.50, prior_target=9.10, cur="GBP"),
    ra(MS, "Capital & Counties Properties|Capital & Counties|Capital and Counties Properties|Capco",
       "raise_target", "overweight", target=3.70, prior_target=3.40, cur="GBP"),
    ra("Numis|Numis Securities", "Chime Communications|Chime", "raise_target", "buy", target=3.80, cur="GBP"),
    ra(MS, "Derwent London|Derwent", "raise_target", "overweight", target=29.00, prior_target=24.50, cur="GBP"),
    ra(MS, "Great Portland Group|Great Portland Estates|Great Portland", "raise_target", "overweight", target=6.70,
       prior_target=6.10, cur="GBP"),
    ra(MS, "Hammerson", "raise_target", "equal-weight", target=5.40, prior_target=5.30, cur="GBP"),
    ra(MS, "Intu Properties|Intu|intu", "cut_target", "underweight", target=3.00, prior_target=3.10, cur="GBP"),
    ra(MS, "Land Securities|Land Securities Group|Landsec", "raise_target", "overweight", target=10.20,
       prior_target=9.40, cur="GBP"),
    ra(MS, "London Metric Property|LondonMetric Property|LondonMetric", "raise_target", "underweight", target=1.13,
       prior_target=1.02, cur="GBP"),
    ra("Berenberg", "Monitise", "initiate", "buy", target=0.70, cur="GBP"),
    ra(JPM, "Pennon Group|Pennon", "upgrade", "overweight", target=7.45, prior_target=6.70, cur="GBP"),
])

# ---------------------------------------------------------------- en08 a precious-metals futures wrap: gold +$4.50 (+0.3 %) to $1,560.40 (+1.7 % Tuesday), silver +31 cents (+1.6 %) to $19.547 (+4.9 % Tuesday), platinum +$28.60 (+3 %) to $984.20, palladium +$16.90 (+1.1 %) to $1,552.10, London fixes gold +$8.25 (+0.5 %) to $1,546.10 and silver +83 cents (+4.5 %) to $19.305 (CoinNews, September 2019; no year printed for the day; USD)
# A commodity market report. The stored text breaks off in its US Mint bullion-sales table: the passage stops after
# the LBMA sentence, before the "US Mint 2019 Bullion Sales" heading, a sentence boundary. The section labels "In PGM
# futures on Wednesday:" and "London Precious Metals Prices" and the bullet dashes are kept (a stray empty bullet line
# before the platinum bullet is dropped). Quotes kept verbatim. Kept as printed: "The soared 4.9% on Tuesday" (the
# source's missing word), "trading between $1,533 from $1,558.30", "a delay of midnight". No year printed for the trading
# day ("April 11, 2013" and "Sept. 26, 2016" are reference dates): market levels and moves carry no period (news7).
# Decided: "ranging from 0.3% for gold to 3% for platinum" gives a key % move for each metal (the only % printed for
# gold's futures and for platinum). Each metal's $ move and settle are key; silver's and palladium's printed % moves key.
# "On Tuesday they rallied 1.7%" and "The soared 4.9% on Tuesday" are the previous session's moves, key with "Tuesday"
# in the basis (a printed move of its own, like news37's sequence of quarters). "The highest since April 11, 2013, when
# gold ended at $1,564.90" and silver's "$19.596" on Sept. 26, 2016 are historic reference levels: optional. Session lows
# and highs ("ranged from a low of $1,542.60 to a high of $1,566.20", "between $19.28 and $19.69", "from $958.60 to
# $994.30", "between $1,533 from $1,558.30") are intraday extremes: optional value rows (news36). The London fixes
# (Tuesday PM to Wednesday PM) give key moves and levels on "London gold/silver fix" entities. Not labelled: "multi-year",
# "a delay of midnight", the dates.
GOLD = "gold|gold futures|Comex gold|December gold"
SILVER = "silver|silver futures|Comex silver|December silver"
PLAT = "platinum|platinum futures|October platinum"
PALL = "palladium|palladium futures|December palladium"
LGOLD = "London gold fix|LBMA gold|London gold|gold"
LSILVER = "London silver fix|LBMA silver|London silver|silver"
PC = "price_change|futures_price_change|commodity_price_change"
PX = "price|settle_price|settlement_price|futures_price|commodity_price"
G["en08"] = ([
    m(PC, 0.3, "%", GOLD),
    m(PC, 4.50, "USD", GOLD),
    m(PX, 1560.40, "USD", GOLD, basis="settle, per ounce; highest since April 11, 2013"),
    m(PX, 1564.90, "USD", GOLD, opt=True, basis="settle on April 11, 2013 (historic reference)"),
    m(PX, 1542.60, "USD", GOLD, opt=True, basis="session low"),
    m(PX, 1566.20, "USD", GOLD, opt=True, basis="session high"),
    m(PC, 1.7, "%", GOLD, basis="Tuesday"),
    m(PC, 0.31, "USD", SILVER),
    m(PC, 1.6, "%", SILVER),
    m(PX, 19.547, "USD", SILVER, basis="settle, per ounce; strongest since Sept. 26, 2016"),
    m(PX, 19.596, "USD", SILVER, opt=True, basis="settle on Sept. 26, 2016 (historic reference)"),
    m(PX, 19.28, "USD", SILVER, opt=True, basis="session low"),
    m(PX, 19.69, "USD", SILVER, opt=True, basis="session high"),
    m(PC, 4.9, "%", SILVER, basis="Tuesday; printed 'The soared'"),
    m(PC, 3, "%", PLAT),
    m(PC, 28.60, "USD", PLAT),
    m(PX, 984.20, "USD", PLAT, basis="per ounce"),
    m(PX, 958.60, "USD", PLAT, opt=True, basis="session low"),
    m(PX, 994.30, "USD", PLAT, opt=True, basis="session high"),
    m(PC, 16.90, "USD", PALL),
    m(PC, 1.1, "%", PALL),
    m(PX, 1552.10, "USD", PALL, basis="per ounce"),
    m(PX, 1533, "USD", PALL, opt=True, basis="session low"),
    m(PX, 1558.30, "USD", PALL, opt=True, basis="session high"),
    m(PC, 8.25, "USD", LGOLD, basis="London fix, Tuesday PM to Wednesday PM"),
    m(PC, 0.5, "%", LGOLD, basis="London fix"),
    m(PX, 1546.10, "USD", LGOLD, basis="London fix, per ounce"),
    m(PC, 0.83, "USD", LSILVER, basis="London fix, Tuesday PM to Wednesday PM"),
    m(PC, 4.5, "%", LSILVER, basis="London fix"),
    m(PX, 19.305, "USD", LSILVER, basis="London fix, per ounce"),
], [])

# ---------------------------------------------------------------- en09 FirstRand's results for the year to end-June 2017: normalised earnings and EPS +7 %, dividend +13 % to 255c, HEPS +6 % to 423.7c, ROE 23.4 % from 24 %, NII +7 %, NIR +8 %, FNB +5 % to R12.9bn (53 % of earnings), RMB +11 % to R6.9bn, Wesbank +2 % ("R3.9%"), FNB customers +3 %, premium +7 %, costs +7 % from 11 %, ROE target 18-22 %, shares +0.92 % to R54.95 and -0.61 % to R54.12, +2.41 % YTD, banking index +0.55 %, Capitec +25.7 % (BusinessLIVE, September 7, 2017; ZAR)
# A South African bank group's full-year results. Whole as stored; the stored text has no headline (the address slug is
# not page text; none added). The chief executive's quote is kept verbatim. Kept as printed: "255c", "423.7c", "R12.9bn",
# "R3.9%" (the source's slip for Wesbank's earnings), "18%-22%", "SA's", "9.35am".
# Period: "the year to end-June" with "down from 11% in 2016" for the previous year's cost growth makes the reported
# year the year to June 2017: FY2017 (a fiscal year ending in June, like news37's "year to September 2014"); the 11 %
# and the 24 % ROE of the year before are FY2016. Share moves carry no period; the ROE target range is a standing
# target (no period).
# Decided: "Normalised earnings, together with basic and diluted normalised EPS, rose 7%" is one printed figure for the
# earnings and the per-share measures: one key row (earnings growth, EPS growth among the alternatives) and an optional
# EPS-growth row so a second reading is not penalised (news36: one figure printed once is one key row). Dividend +13 %
# to 255c and HEPS +6 % to 423.7c: levels and growth key (cents scaled to ZAR). "Softened to 23.4% from 24%": key with
# prior, the 24 % an optional FY2016 row. NII +7 %, NIR +8 % key. FNB: earnings +5 %, R12.9bn and "53% of total
# earnings" key on FNB (FirstRand among the alternatives); RMB +11 % and R6.9bn key; Wesbank +2 % key, and its "R3.9%"
# labelled as printed (3.9 %, optional) with the evident R3.9bn reading also optional (dev corpus: the source's own
# errors as printed). Customers +3 % and premium customers +7 % key on FNB. "Total costs rose 7%, down from 11% in
# 2016": key with prior, the 11 % an optional FY2016 row. "Near the upper end of its stated target range of 18%-22%"
# is a key ROE target range. Share moves and prices key: +0.92 % to R54.95 at the open, -0.61 % to R54.12 by 9.35am,
# +2.41 % so far this year; the banking index +0.55 % and Capitec +25.7 % (year to date) key on their own entities.
FSR = "FirstRand|FirstRand Ltd|FirstRand Limited|FSR"
FNB = "First National Bank|FNB|" + FSR
RMB = "Rand Merchant Bank|RMB|" + FSR
WES = "Wesbank|WesBank|" + FSR
G["en09"] = ([
    m("normalised_earnings_growth|earnings_growth|net_profit_growth|normalised_eps_growth|eps_growth", 7, "%", FSR,
      "FY2017", basis="normalised; also basic and diluted normalised EPS"),
    m("normalised_eps_growth|eps_growth", 7, "%", FSR, "FY2017", opt=True,
      basis="basic and diluted normalised EPS (same printed figure)"),
    m("dividend_growth|dividend_per_share_growth", 13, "%", FSR, "FY2017", basis="ordinary dividend for the year"),
    m("dividend_per_share|dividend|ordinary_dividend", 2.55, "ZAR", FSR, "FY2017", basis="ordinary, for the year"),
    m("heps_growth|headline_eps_growth|eps_growth", 6, "%", FSR, "FY2017", basis="basic and diluted HEPS"),
    m("heps|headline_eps|headline_earnings_per_share|eps", 4.237, "ZAR", FSR, "FY2017", basis="basic and diluted"),
    m("roe|return_on_equity", 23.4, "%", FSR, "FY2017", prior=24),
    m("roe|return_on_equity", 24, "%", FSR, "FY2016", opt=True),
    m("net_interest_income_growth|nii_growth", 7, "%", FSR, "FY2017", basis="group"),
    m("non_interest_revenue_growth|nir_growth|non_interest_income_growth", 8, "%", FSR, "FY2017"),
    m("normalised_earnings_growth|earnings_growth|segment_earnings_growth", 5, "%", FNB, "FY2017"),
    m("normalised_earnings|earnings|segment_earnings|net_profit", 12.9e9, "ZAR", FNB, "FY2017"),
    m("earnings_share|share_of_earnings|earnings_contribution", 53, "%", FNB, "FY2017", basis="of total earnings"),
    m("normalised_earnings_growth|earnings_growth|segment_earnings_growth", 11, "%", RMB, "FY2017"),
    m("normalised_earnings|earnings|segment_earnings|net_profit", 6.9e9, "ZAR", RMB, "FY2017"),
    m("normalised_earnings_growth|earnings_growth|segment_earnings_growth", 2, "%", WES, "FY2017"),
    m("normalised_earnings|earnings|segment_earnings|net_profit", 3.9, "%", WES, "FY2017", opt=True,
      basis="as printed 'R3.9%'"),
    m("normalised_earnings|earnings|segment_earnings|net_profit", 3.9e9, "ZAR", WES, "FY2017", opt=True,
      basis="evident reading of the printed 'R3.9%'"),
    m("customer_growth|customers_growth", 3, "%", FNB, "FY2017", basis="consumer segment"),
    m("customer_growth|premium_customer_growth|customers_growth", 7, "%", "FNB premium customers|" + FNB, "FY2017",
      basis="premium customers"),
    m("cost_growth|total_costs_growth|operating_expenses_growth", 7, "%", FSR, "FY2017", prior=11),
    m("cost_growth|total_costs_growth|operating_expenses_growth", 11, "%", FSR, "FY2016", opt=True),
    m("roe_target|return_on_equity_target|target_roe", None, "%", FSR, rng=(18, 22),
      basis="stated target range; aims near the upper end"),
    m("price_change|share_price_change", 0.92, "%", FSR, basis="at the opening of trade on the JSE"),
    m("share_price|price", 54.95, "ZAR", FSR, basis="at the opening"),
    m("price_change_ytd|ytd_change|price_change", 2.41, "%", FSR, basis="so far this year"),
    m("index_change_ytd|ytd_change|index_change|price_change", 0.55, "%",
      "JSE banking index|banking index|JSE banks index", basis="so far this year"),
    m("price_change_ytd|ytd_change|price_change", 25.7, "%", "Capitec|Capitec Bank|Capitec Bank Holdings",
      basis="so far this year"),
    m("price_change|share_price_change", -0.61, "%", FSR, basis="by 9.35am"),
    m("share_price|price", 54.12, "ZAR", FSR, basis="by 9.35am"),
], [])

# ---------------------------------------------------------------- en10 Restaurant Brands International's fiscal fourth quarter: shares +1 % premarket, net income $257 million (54 cents) from $301 million (64 cents), adjusted EPS 75 cents vs 73 cents expected, net sales +6.8 % to $1.48 billion vs $1.46 billion expected, same-store sales Popeyes +34 %, Burger King +2.8 % (U.S. +0.6 %, third-quarter U.S. +5 %), Tim Hortons -4.3 % (Canada -4.6 %) (CNBC, February 10, 2020; no year printed; USD)
# A consumer (restaurant) company's quarterly results with same-store sales by brand. Whole as stored; the stored text
# has no headline (none added). The stored text keeps the line introducing CNBC's comparison bullets ("... based on a
# survey of analysts by Refinitiv:") but not the bullets themselves; the line is kept and nothing is added after it.
# Period: "fiscal fourth-quarter" with no year printed -> no period (news24); "a year earlier" gives priors.
# Decided: "rose more than 1% in premarket trading" -> key +1 % with the hedge in the basis. Net income $257 million "down
# from $301 million" and 54 cents "down from ... 64 cents per share, a year earlier" -> key rows with priors, the
# year-earlier values optional rows. "Excluding items ... 75 cents per share, beating the 73 cents per share expected" ->
# key adjusted EPS and key consensus. Net sales +6.8 % to $1.48 billion "topping expectations of $1.46 billion" -> key
# growth, level and consensus. Same-store sales growth key per brand on brand entities (the parent among the
# alternatives): Popeyes +34 %, Burger King +2.8 %, Burger King U.S. +0.6 %, Burger King U.S. in the third quarter +5 %
# (basis "third quarter", no period), Tim Hortons -4.3 %, Tim Hortons Canada -4.6 % (declines negative). Not labelled:
# "early November" (a date).
QSR = "Restaurant Brands International|Restaurant Brands|RBI|QSR"
SSS = "same_store_sales_growth|comparable_sales_growth|same_store_sales|comparable_sales"
G["en10"] = ([
    m("price_change|share_price_change|premarket_price_change", 1, "%", QSR, basis="more than; premarket"),
    m("net_income|net_profit", 257e6, "USD", QSR, prior=301e6, basis="fiscal fourth quarter"),
    m("net_income|net_profit", 301e6, "USD", QSR, opt=True, basis="year earlier"),
    m("eps|earnings_per_share", 0.54, "USD", QSR, prior=0.64),
    m("eps|earnings_per_share", 0.64, "USD", QSR, opt=True, basis="year earlier"),
    m("eps|adjusted_eps|earnings_per_share", 0.75, "USD", QSR, basis="excluding items"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 0.73, "USD", QSR, basis="Refinitiv survey"),
    m("net_sales_growth|revenue_growth|sales_growth", 6.8, "%", QSR),
    m("net_sales|revenue|sales", 1.48e9, "USD", QSR),
    m("net_sales_consensus|revenue_consensus|revenue_estimate|sales_estimate", 1.46e9, "USD", QSR),
    m(SSS, 34, "%", "Popeyes|Popeyes Louisiana Kitchen|" + QSR),
    m(SSS, 2.8, "%", "Burger King|" + QSR),
    m(SSS, 0.6, "%", "Burger King U.S.|Burger King US|Burger King|" + QSR, basis="U.S."),
    m(SSS, 5, "%", "Burger King U.S.|Burger King US|Burger King|" + QSR, basis="U.S., third quarter"),
    m(SSS, -4.3, "%", "Tim Hortons|Tims|" + QSR),
    m(SSS, -4.6, "%", "Tim Hortons Canada|Tim Hortons|Tims|" + QSR, basis="Canada, fourth quarter"),
], [])

# ---------------------------------------------------------------- en11 a Brazilian market story: Ibovespa futures +1.3 % to 55,005, real +0.3 % to 1.9935 per dollar, Petrobras first-quarter net income 7.69 billion reais ($3.86 billion), 59 centavos vs a 57-centavo average of 11 estimates, Bank of America recommends buying Petrobras, mining tax plan (as much as 6 % from 3 % shelved, as much as 4 % considered), IGP-M +7.30 % vs 7.35 % median, Ibovespa -14 % from its peak (Bloomberg, April 23, 2013; no year printed; BRL)
# An emerging-market market and company story. The stored text opens with Bloomberg's site menus and contact numbers
# (dropped as page furniture) and breaks off mid-word ("The MSCI BRIC Index of sha..."): the passage stops at the
# sentence before, a sentence boundary. Headline kept ("Ibovespa Futures Rise as Petrobras Earnings Top Estimates").
# Kept as printed: "55,005", "1.9935 per dollar", "7.69 billion reais ($3.86 billion)", "59 centavos", "57-centavo",
# "7.30 percent", "9:40 a.m.", "Jan. 3". Period: no year printed ("first-quarter", "the year ending on April 20",
# "this year's peak on Jan. 3") -> no period (news24).
# Decided: "Bank of America Corp. recommended buying the stock" on the back of the results -> one rating action on
# Petrobras, rating buy, no target and no prior rating printed; action upgrade (the results prompted a new buy call).
# The mining tax: "shelved a plan to raise a mining tax to as much as 6 percent from 3 percent and is now considering
# increasing it to as much as 4 percent" -> two key proposed-rate rows on Brazil with "as much as" in the basis, each
# with the current 3 % as prior, and the 3 % an optional current-rate row. Ibovespa futures +1.3 % and 55,005 key
# (points). "The real strengthened 0.3 percent to 1.9935 per dollar" -> key +0.3 % on the real and a key USD/BRL level in
# BRL. Petrobras net income 7.69 billion reais key (the $3.86 billion conversion optional); 59 centavos a share key EPS
# (0.59 BRL) and "the 57-centavo average of 11 analysts' estimates" a key consensus (0.57 BRL), the 11 analysts an
# optional count. IGP-M +7.30 % in the year to April 20 key and the 7.35 % median a key consensus, on Brazil. "The
# Ibovespa has retreated 14 percent from this year's peak" -> key -14 % on the cash index with the span in the basis.
PBR = "Petrobras|Petroleo Brasileiro SA|Petroleo Brasileiro|PBR|PETR4"
BR = "Brazil|Brazilian economy"
G["en11"] = ([
    m("proposed_tax_rate|mining_tax_rate|tax_rate", 6, "%", "Brazil mining tax|mining tax|" + BR, prior=3,
      basis="as much as; shelved plan"),
    m("proposed_tax_rate|mining_tax_rate|tax_rate", 4, "%", "Brazil mining tax|mining tax|" + BR, prior=3,
      basis="as much as; now under consideration"),
    m("mining_tax_rate|tax_rate", 3, "%", "Brazil mining tax|mining tax|" + BR, opt=True, basis="current rate"),
    m("index_change|futures_change|price_change", 1.3, "%", "Ibovespa futures|Ibovespa|June Ibovespa futures",
      basis="contracts expiring in June; at 9:40 a.m."),
    m("index_level|futures_level|level|price", 55005, "points", "Ibovespa futures|Ibovespa|June Ibovespa futures",
      basis="contracts expiring in June; at 9:40 a.m."),
    m("fx_change|change|price_change", 0.3, "%", "Brazilian real|real|BRL|USD/BRL", basis="strengthened"),
    m("fx_rate|exchange_rate", 1.9935, "BRL", "USD/BRL|Brazilian real|real|BRL", basis="per dollar"),
    m("net_income|net_profit", 7.69e9, "BRL", PBR, basis="first quarter"),
    m("net_income|net_profit", 3.86e9, "USD", PBR, opt=True, basis="conversion"),
    m("eps|earnings_per_share", 0.59, "BRL", PBR, basis="59 centavos"),
    m("eps_consensus|eps_estimate", 0.57, "BRL", PBR, basis="average of 11 analysts' estimates, Bloomberg"),
    m("analyst_count|number_of_analysts", 11, "analysts", PBR, opt=True),
    m("inflation_rate|igp_m|igpm_inflation|price_index_change", 7.30, "%", "IGP-M|IGP-M inflation index|" + BR,
      basis="year ending on April 20; wholesale, construction and consumer prices"),
    m("inflation_consensus|igp_m_consensus|inflation_estimate|inflation_forecast", 7.35, "%",
      "IGP-M|IGP-M inflation index|" + BR, basis="median estimate of economists, Bloomberg survey"),
    m("index_change|price_change", -14, "%", "Ibovespa|Ibovespa index|Bovespa",
      basis="from this year's peak on Jan. 3"),
], [
    ra("Bank of America|Bank of America Corp.|BofA|Bank of America Merrill Lynch|BofA Merrill Lynch", PBR, "upgrade",
       "buy"),
])

# ---------------------------------------------------------------- en12 Microsoft's buyback and dividend announcement: buyback of up to $60 billion, quarterly dividend $0.83 (+10 %, 8 cents), shares +15 % this year and +0.7 % after hours to $431.34, Apple's $110 billion and Alphabet's $70 billion buybacks (Arabian Business, September 2024; USD)
# A dividend and buyback announcement. Whole as stored; the stored text has no headline (the address slug is not page
# text; none added). The stored "Appleās" is a mis-encoded apostrophe, normalised to "Apple's" (typographic
# normalisation); the en dash before the two peer plans is kept. Kept as printed: "up to $60 billion", "$0.83 per
# share", "up 10 per cent (8 cents)", "12 December, 2024", "fiscal 2025", "$431.34".
# Period: the dividend's payment and record dates go in the basis, not the period (news38 batch b); the share moves
# carry no period; "the second half of fiscal 2025" prints no figure.
# Decided: "a shares buyback programme of up to $60 billion" -> key buyback with "up to" in the basis. The increased
# quarterly dividend $0.83 key and "up 10 per cent" key dividend growth; "(8 cents)" restates the same rise in another
# unit: optional 0.08 USD (dev corpus). No earlier dividend is computed. "Increased 15 per cent since the start of this
# year" -> key +15 % with the span in the basis; "rose marginally by 0.7 per cent in after-hours to $431.34" -> key move
# and key after-hours price. The peers' plans are key on the peers (news37: a peer's figure is key on the peer):
# Apple's record $110 billion and Alphabet's $70 billion. Not labelled: "Only two companies" (a count in words of no
# financial value), "billions of dollars" (no figure), the dates.
MSFT = "Microsoft|Microsoft Corp|Microsoft Corporation|MSFT"
G["en12"] = ([
    m("buyback|share_buyback|buyback_amount|share_repurchase", 60e9, "USD", MSFT, basis="up to; no expiration date"),
    m("dividend_per_share|quarterly_dividend|dividend", 0.83, "USD", MSFT,
      basis="quarterly; payable 12 December 2024, record 21 November"),
    m("dividend_growth|dividend_per_share_growth|dividend_increase", 10, "%", MSFT, basis="over the previous quarter"),
    m("dividend_change|dividend_increase|dividend_growth", 0.08, "USD", MSFT, opt=True,
      basis="the 10 per cent rise restated in cents"),
    m("price_change_ytd|ytd_change|price_change", 15, "%", MSFT, basis="since the start of this year"),
    m("price_change|share_price_change|after_hours_price_change", 0.7, "%", MSFT, basis="marginally; after-hours"),
    m("share_price|price", 431.34, "USD", MSFT, basis="after-hours"),
    m("buyback|share_buyback|buyback_amount|share_repurchase", 110e9, "USD", "Apple|Apple Inc.|AAPL",
      basis="record; announced in May"),
    m("buyback|share_buyback|buyback_amount|share_repurchase", 70e9, "USD", "Alphabet|Alphabet Inc.|GOOGL",
      basis="announced in April"),
], [])
