# Hand-written gold labels for news73/en en01-en06 (batch a: English news from the US, Canada and Europe — Foot
# Locker's third quarter of 2022 with adjusted EPS and sales against the analysts' figures, comparable-store sales
# against the consensus, the inventory build, the gross margin change and its raised full-year comparable-sales and
# sales ranges, with the share move; Vesuvius's 2017 results in pounds and pence with revenue, trading profit and return
# on sales (reported and underlying), profit before tax, headline EPS, the final and full-year dividends, year-end net
# debt and the net debt to EBITDA ratio; the Conference Board's September consumer confidence index with the revised
# and first August readings, the Thomson Reuters poll, the present situation and expectations indexes and the survey's
# business-conditions and jobs shares; Fresenius's €750m eight year bond with its coupon, price, yield, peak demand and
# spread guidance against mid-swaps, beside Fresenius Medical Care's €1.75bn three-tranche sale; Costco's $7 special
# dividend and five-cent quarterly dividend increase with the aggregate cost, the share move and the year-to-date gain;
# and nine brokers' target cuts on Dollar General after its fourth-quarter results, all with ratings kept).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news72/en/README.md, with: news69 en01 and news67 en02 (a US quarter against the analysts' figures; a guidance range
# moved from an earlier range -> rng with prng plus an optional earlier-range row), news72 en01 (a quarter dated by its
# year-ago comparison, "Q3 2021" -> 2022Q3), news69 en02 / news72 en02 (a European company's year with bracketed
# year-earlier figures as priors plus optional earlier rows; net debt and leverage at the year end are balances without a
# period), the development corpus and news5 (pence scaled to GBP), news71 en03 and news69 en03 (a US macro release with
# no year printed -> no periods; a revised previous reading key with its first reading as prior plus an optional row;
# the poll a key consensus row), news72 en03 ("from X to Y" survey levels key with prior plus an optional earlier row),
# news67 en05 (a bond deal: size, coupon, price and re-offer yield in %, the order book, spreads in bp; tenors not
# labelled), news72 en04 (an earlier level in the same clause as prior plus an optional row), news22 en07 and news38
# en08 (special dividends; per-share amount and total key), news19 en07 / news69 en06 (a broker round: each broker's
# action key, analyst boilerplate optional) and news71 en06 / news63 b (a target change with the rating kept ->
# raise_target / cut_target with the rating and both targets).
# Currencies: en01 "$" and "B" -> USD ("$2.17B" -> 2.17e9); en02 "£" and "pence" -> GBP ("£1,683.9m" -> 1.6839e9,
# "40.7 pence" -> 0.407); en03 none (points, %); en04 "€" -> EUR, "US$" -> USD (conversions optional); en05 "$" and
# "cents" -> USD ("five cents" -> 0.05, "$0.50 cents" -> 0.50, "45 cents" -> 0.45); en06 "$" -> USD.
# Scaling: values fully scaled ("$2.17B" -> 2.17e9, "£165.5m" -> 165.5e6, "€750m" -> 750e6, "€2bn" -> 2e9, "€1.75bn"
# -> 1.75e9, "$3.1 billion" -> 3.1e9); declines negative ("gross margin declined by 270 basis points" -> -270 bp, "a
# 5.85% decline" -> -5.85, "decline 4% to 5%" -> (-5, -4), "the 16% decline" -> -16, "price target reduced from $239 to
# $206" -> cut_target); hedges in the basis ("nearly", "as much as", "more than", "at its peak").
# Periods decided: en01 "gross margin declined by 270 basis points from Q3 2021" dates the reported quarter 2022Q3
# (clearly implied; the quarter's EPS, sales, comparable sales and inventories with it), and the raised "full-year"
# outlook given after that third quarter -> 2022 (the company's year containing it; the scorer drops "FY"); the share
# move none. en02 every line compares with "(2016: ...)" -> the results 2017 and the earlier figures 2016; the final
# dividend recommended for the same year 2017; "year-end net debt" and the net debt to EBITDA ratio are balances (none,
# "year end" in the basis). en03 no year printed ("Tuesday", "September", "August", "last month") -> none, the month in
# the basis. en04 no year printed ("the end of November") -> none. en05 "so far in 2017" -> 2017 for the year-to-date
# gain, "February 2016" -> 2016-02 for Best Buy's dividend; the dividends, the share move and the one-year gain none
# (payment and record dates are not periods; the dateline "Apr. 26, 2017" is in the basis where it matters). en06 no
# year printed ("today", "yesterday morning", "fourth-quarter") -> none.
# Not labelled: dates and times ("Apr. 26, 2017, 01:11 PM", "May 26", "May 10", "March 1", "the end of November",
# "Tuesday"), tickers ("NYSE:FL", "COST", "DG"), the tenor "eight year" (in the basis), streaks ("for a second month in a
# row"), horizons and windows ("the next half year", "in a half year", "a recent three-week period", "over the past
# year" in the basis), the footnote markers "1", "2", "3" on en02's terms and "Note 4", the European Medium Term Note
# programme (no figure), the "retail apocalypse" and the analysts' names.

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 Foot Locker's third quarter (Seeking Alpha, seekingalpha.com; 2022 by the text's "Q3 2021"): shares +nearly 20%; adjusted EPS $1.27 vs $1.12 anticipated; sales $2.17B vs $2.1B; comparable-store sales +0.8% vs a 5.85% decline expected; inventories +29.5%; gross margin -270 bp from Q3 2021; full-year comparable sales -4% to -5% (from -8% to -9%) and sales -4% to -5% (from -6% to -7%) (USD, %, bp)
# A US retailer's quarter (the kind's comparable sales, gross margin, inventory, EPS against estimates and full-year
# guidance; the stored text prints the gross margin's change, not its level, and no EPS guidance). Cut: the stored text
# breaks off after "Meanwhile," at the end of the guidance paragraph, so the passage stops after the guidance sentence, a
# sentence boundary (nothing with a figure goes with the cut). The stored text has no headline (it opens with the lead;
# the address slug is not page text; none added). Quotes rendered as reported speech: the release's phrase on what drove
# comparable sales, Mary Dillon's two sentences and Andrew Page's two sentences (no figures). Kept as printed: "$2.17B"
# and "$2.1B" with "B", "Comparable-store sales" beside "comparable sales", "Q3 2021", "bloat", "New York-based"
# (rendered "based in New York").
# Periods: 2022Q3 and 2022 (see the header).
# Decided (news69 en01, news67 en02): the share move "a gain of nearly 20%" key ("nearly" in the basis). Adjusted EPS
# $1.27 key; "analysts had expected ... $1.12 and $2.1B, respectively" -> key consensus rows for EPS and sales; sales
# $2.17B key. Comparable-store sales +0.8 % key and "the consensus expectation of a 5.85% decline" a key consensus row
# (-5.85). "Merchandise inventories ... rose 29.5% from the prior year" key as inventory growth. "Gross margin declined
# by 270 basis points from Q3 2021" key -270 bp (no level printed). Guidance: "comparable sales to decline 4% to 5%, up
# from an earlier expectation of an 8% to 9% drop" -> key range (-5, -4) with prior range (-9, -8) plus an optional
# earlier-range row; "full-year sales to be down 4% to 5%, against a prior forecast of a 6% to 7% decline" -> key range
# (-5, -4) with prior range (-7, -6) plus an optional earlier-range row; both 2022 (the full year the CFO's outlook
# names). No rating actions.
FL = "Foot Locker|Foot Locker Inc.|Foot Locker, Inc.|FL|NYSE:FL"
Q, FY = "2022Q3", "2022"
CSG = "comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth"
GCS = "guidance_comparable_sales_growth|guidance_same_store_sales_growth|comparable_sales_guidance|guidance_comparable_sales"
GSG = "guidance_sales_growth|guidance_revenue_growth|sales_growth_guidance|revenue_growth_guidance"
G["en01"] = ([
    m(PC, 20, "%", FL, basis="nearly; after the results"),
    m("adjusted_eps|eps", 1.27, "USD", FL, Q, basis="adjusted"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 1.12, "USD", FL, Q,
      basis="analysts had expected"),
    m("revenue|sales|total_sales", 2.17e9, "USD", FL, Q, basis="total sales; printed '$2.17B'"),
    m("revenue_consensus|sales_consensus|revenue_estimate|sales_estimate", 2.1e9, "USD", FL, Q,
      basis="analysts had expected; printed '$2.1B'"),
    m(CSG, 0.8, "%", FL, Q, basis="comparable-store sales"),
    m("same_store_sales_consensus|same_store_sales_growth_consensus|comparable_sales_consensus|"
      "comparable_sales_growth_consensus", -5.85, "%", FL, Q, basis="consensus expectation of a decline"),
    m("inventory_growth|merchandise_inventories_growth|inventory_change", 29.5, "%", FL, Q,
      basis="merchandise inventories, from the prior year"),
    m("gross_margin_change|gross_profit_margin_change|gross_margin", -270, "bp", FL, Q, basis="from Q3 2021"),
    m(GCS, None, "%", FL, FY, rng=(-5, -4), prng=(-9, -8), basis="full year; raised outlook"),
    m(GCS, None, "%", FL, FY, rng=(-9, -8), opt=True, basis="earlier expectation"),
    m(GSG, None, "%", FL, FY, rng=(-5, -4), prng=(-7, -6), basis="full-year sales; raised outlook"),
    m(GSG, None, "%", FL, FY, rng=(-7, -6), opt=True, basis="prior forecast"),
], [])

# ---------------------------------------------------------------- en02 Vesuvius's 2017 results (the company's financial-performance page, vesuvius.com; 2017 by the "(2016: ...)" comparisons): revenue £1,683.9m, +20.2% reported, +12.5% underlying (2016: £1,401.4m); trading profit £165.5m, +24.2%, +16.1% underlying (2016: £133.3m); return on sales 9.8%, +30 bp, +30 bp underlying (2016: 9.5%); profit before tax £97.1m, +22.3% (2016: £79.4m); headline EPS 40.7 pence, +33.9% (2016: 30.4 pence); final dividend 12.50 pence, full year dividend 18.00 pence (2016: 16.55 pence); year-end net debt £274.3m, net debt to EBITDA 1.3x (GBP, %, bp, x)
# A UK company's results in pounds (the kind's revenue, pre-tax profit, earnings per share in pence, dividend in pence
# and net debt). Whole as stored: seven highlight lines and three footnotes. The stored text has no headline (it opens
# with the first highlight; the page title is not part of the stored text; none added). No quotes. Each highlight kept
# on a line of its own and the footnotes numbered as printed. Kept as printed: the footnote markers run into the terms
# ("basis1", "Trading profit2", "Return on sales2", "per share3", "Net debt2"), "£1,683.9m" with the thousands comma,
# "30 basis points" written out twice, "12.50 pence" and "18.00 pence" with trailing zeros, "Group full year dividend",
# "1.3x".
# Periods: 2017 and 2016 (see the header); net debt and the ratio none.
# Decided (news69 en02, news72 en02): each level "(2016: X)" -> key with prior plus an optional 2016 row (revenue,
# trading profit, return on sales, profit before tax, headline EPS, the full year dividend). Reported and underlying
# growth rates each key (the basis in the basis; news71 en02's "in local currency"). Return on sales "up by 30 basis
# points, with a 30 basis points rise on an underlying basis1 as well" -> two key rows of 30 bp (reported and underlying;
# the same number, two measures). Trading profit is the company's operating measure (alternatives include operating
# profit). Headline EPS 40.7 pence -> 0.407 GBP with prior 0.304. The recommended final dividend 12.50 pence (0.125 GBP)
# key, 2017; the Group full year dividend 18.00 pence (0.18 GBP) key with prior 16.55 pence (0.1655 GBP) and an optional
# 2016 row. Year-end net debt £274.3m key and the net debt to EBITDA ratio 1.3x key in "x" (balances, no period).
VS = "Vesuvius|Vesuvius plc|Vesuvius Group|Group|VSVS"
Y, Y0 = "2017", "2016"
TP = "trading_profit|operating_profit|adjusted_operating_profit"
ROS = "return_on_sales|operating_margin|trading_margin|ebit_margin"
EPS = "headline_eps|eps|adjusted_eps|headline_earnings_per_share"
DPS = "dividend_per_share|full_year_dividend|dps|dividend"
G["en02"] = ([
    m("revenue|revenues|sales", 1.6839e9, "GBP", VS, Y, prior=1.4014e9),
    m("revenue|revenues|sales", 1.4014e9, "GBP", VS, Y0, opt=True, basis="2016 comparison"),
    m("revenue_growth|sales_growth", 20.2, "%", VS, Y, basis="reported basis"),
    m("underlying_revenue_growth|revenue_growth_underlying|organic_revenue_growth|revenue_growth", 12.5, "%", VS, Y,
      basis="underlying basis: constant currency, excluding separately reported items, acquisitions and disposals"),
    m(TP, 165.5e6, "GBP", VS, Y, prior=133.3e6),
    m(TP, 133.3e6, "GBP", VS, Y0, opt=True, basis="2016 comparison"),
    m("trading_profit_growth|operating_profit_growth", 24.2, "%", VS, Y, basis="reported basis"),
    m("underlying_trading_profit_growth|trading_profit_growth|operating_profit_growth", 16.1, "%", VS, Y,
      basis="underlying basis"),
    m(ROS, 9.8, "%", VS, Y, prior=9.5),
    m(ROS, 9.5, "%", VS, Y0, opt=True, basis="2016 comparison"),
    m("return_on_sales_change|operating_margin_change|margin_change", 30, "bp", VS, Y, basis="reported"),
    m("underlying_return_on_sales_change|return_on_sales_change|operating_margin_change|margin_change", 30, "bp", VS, Y,
      basis="underlying basis"),
    m("profit_before_tax|pretax_profit|pbt|pre_tax_profit", 97.1e6, "GBP", VS, Y, prior=79.4e6),
    m("profit_before_tax|pretax_profit|pbt|pre_tax_profit", 79.4e6, "GBP", VS, Y0, opt=True, basis="2016 comparison"),
    m("profit_before_tax_growth|pretax_profit_growth|pbt_growth", 22.3, "%", VS, Y),
    m(EPS, 0.407, "GBP", VS, Y, prior=0.304, basis="headline; continuing operations; printed '40.7 pence'"),
    m(EPS, 0.304, "GBP", VS, Y0, opt=True, basis="2016 comparison"),
    m("headline_eps_growth|eps_growth", 33.9, "%", VS, Y),
    m("final_dividend|final_dividend_per_share|dividend_per_share|dps", 0.125, "GBP", VS, Y,
      basis="recommended; printed '12.50 pence per share'"),
    m(DPS, 0.18, "GBP", VS, Y, prior=0.1655, basis="Group full year dividend; printed '18.00 pence'"),
    m(DPS, 0.1655, "GBP", VS, Y0, opt=True, basis="2016 comparison"),
    m("net_debt", 274.3e6, "GBP", VS, basis="at the year end"),
    m("net_debt_to_ebitda|leverage|net_debt_ebitda_ratio", 1.3, "x", VS, basis="at the year end"),
], [])

# ---------------------------------------------------------------- en03 The Conference Board's September consumer confidence index (The Bond Buyer, bondbuyer.com; no year printed): 104.1 from a revised 101.8 (first 101.1); Thomson Reuters poll 99.0; present situation 128.5 from a revised 125.3 (first 123.0); expectations 87.8 from a revised 86.1 (first 86.4); business conditions "good" 27.4% from 30.3%, "bad" 16.2% from 18.2%; expecting a pickup 16.5% from 17.6%, worsening 10.2% from 11.4%; jobs "plentiful" 27.9% from 26.8%, "hard to get" 21.6% from 22.8%; fewer jobs 17.0% from 17.5%, more jobs 15.1% from 14.4% (points, %)
# A US consumer-confidence release (the kind's index level, the prior month, components and the poll). Cut: the stored
# text ends with a dangling "For" after the sample sentence, so the passage stops after the sample sentence, a sentence
# boundary (nothing with a figure goes with the cut). Headline kept (rewritten: "Conference Board Sept. Consumer
# Confidence Index Gains to 104.1" -> "Conference Board's Sept. Consumer Confidence Index Climbs to 104.1"). Lynn
# Franco's quoted paragraph (four sentences) rendered as reported speech (no figures; "second consecutive month" a
# streak). Kept as printed: "Sept." in the headline, "Thomson Reuters", the answer words in quotation marks ("good",
# "bad", "plentiful", "hard to get"), "27.4% of respondents ... 30.3% of respondents" with the noun twice, "17.0%"
# with a trailing zero, "the Nielsen Company".
# Periods: none (no year printed; see the header); "September", "August" in the basis.
# Decided (news71 en03, news69 en03, news72 en03): the headline's 104.1 repeats the body -> optional. The index "rose
# to 104.1 in September from a revised 101.8" -> key with prior 101.8; the revised August reading 101.8 a key row of
# its own with its first reading 101.1 as prior plus an optional first-reading row. "Economists in a Thomson Reuters
# poll had forecast a 99.0 reading" -> a key consensus row. The present situation and expectations indexes the same way
# (key September level with the revised August level as prior; the revised August level key with the first reading as
# prior; the first reading optional). Index levels in "points". The survey's shares of respondents ("good", "bad",
# expecting better or worse business conditions, jobs "plentiful" / "hard to get", fewer / more jobs) in %: each "X
# from Y" key with prior plus an optional August row ("in August" / "the month before"); no pp changes computed. The
# sampling sentence prints no figure. No rating actions.
CB = "US|U.S.|United States|The Conference Board|Conference Board|US consumers"
CCI = "consumer_confidence|consumer_confidence_index"
PSI = "present_situation_index|present_situation|consumer_confidence_present_situation"
EXI = "expectations_index|consumer_expectations_index|consumer_confidence_expectations"
S, A = "September", "August"
G["en03"] = ([
    m(CCI, 104.1, "points", CB, opt=True, basis="headline repeat"),
    m(CCI, 104.1, "points", CB, prior=101.8, basis=S),
    m(CCI, 101.8, "points", CB, prior=101.1, basis=A + ", revised"),
    m(CCI, 101.1, "points", CB, opt=True, basis=A + ", first reading"),
    m("consumer_confidence_consensus|consumer_confidence_forecast|consumer_confidence_estimate", 99.0, "points", CB,
      basis=S + "; economists in a Thomson Reuters poll"),
    m(PSI, 128.5, "points", CB, prior=125.3, basis=S),
    m(PSI, 125.3, "points", CB, prior=123.0, basis=A + ", revised"),
    m(PSI, 123.0, "points", CB, opt=True, basis=A + ", first reading"),
    m(EXI, 87.8, "points", CB, prior=86.1, basis=S),
    m(EXI, 86.1, "points", CB, prior=86.4, basis=A + ", revised"),
    m(EXI, 86.4, "points", CB, opt=True, basis=A + ", first reading"),
    m("business_conditions_good|share_business_conditions_good|respondents_share", 27.4, "%", CB, prior=30.3,
      basis=S + "; respondents calling business conditions 'good'"),
    m("business_conditions_good|share_business_conditions_good|respondents_share", 30.3, "%", CB, opt=True, basis=A),
    m("business_conditions_bad|share_business_conditions_bad|respondents_share", 16.2, "%", CB, prior=18.2,
      basis=S + "; calling conditions 'bad'"),
    m("business_conditions_bad|share_business_conditions_bad|respondents_share", 18.2, "%", CB, opt=True, basis=A),
    m("expect_business_improve|business_conditions_expected_better|respondents_share", 16.5, "%", CB, prior=17.6,
      basis=S + "; expecting a pickup over the next half year"),
    m("expect_business_improve|business_conditions_expected_better|respondents_share", 17.6, "%", CB, opt=True,
      basis=A),
    m("expect_business_worsen|business_conditions_expected_worse|respondents_share", 10.2, "%", CB, prior=11.4,
      basis=S + "; expecting conditions to worsen"),
    m("expect_business_worsen|business_conditions_expected_worse|respondents_share", 11.4, "%", CB, opt=True,
      basis=A + ", the month before"),
    m("jobs_plentiful|share_jobs_plentiful|respondents_share", 27.9, "%", CB, prior=26.8, basis=S),
    m("jobs_plentiful|share_jobs_plentiful|respondents_share", 26.8, "%", CB, opt=True, basis=A),
    m("jobs_hard_to_get|share_jobs_hard_to_get|respondents_share", 21.6, "%", CB, prior=22.8, basis=S),
    m("jobs_hard_to_get|share_jobs_hard_to_get|respondents_share", 22.8, "%", CB, opt=True, basis=A),
    m("expect_fewer_jobs|share_expecting_fewer_jobs|respondents_share", 17.0, "%", CB, prior=17.5,
      basis=S + "; fewer jobs in a half year"),
    m("expect_fewer_jobs|share_expecting_fewer_jobs|respondents_share", 17.5, "%", CB, opt=True, basis=A),
    m("expect_more_jobs|share_expecting_more_jobs|respondents_share", 15.1, "%", CB, prior=14.4,
      basis=S + "; more jobs becoming available"),
    m("expect_more_jobs|share_expecting_more_jobs|respondents_share", 14.4, "%", CB, opt=True, basis=A),
], [])

# ---------------------------------------------------------------- en04 Fresenius sells €750m of eight year debt (LaingBuisson News, laingbuissonnews.com; no year printed): €750m (US$833.3m); coupon 0.75%; priced 99.514% to yield 0.813%; demand €2bn at its peak; initial price thoughts mid-swaps +105 bp, guidance +85-90bp, final +85bp; Fresenius Medical Care €1.75bn (US$1.9bn) in three tranches at the end of November (EUR, USD, %, bp)
# A European company's bond offering (the kind's amount, coupon, maturity — an eight year tenor, no maturity date
# printed —, yield and spread, and the order book as peak demand). Whole as stored. Headline kept (rewritten: "Germany:
# Fresenius sells €750m eight year debt" -> "Germany: Fresenius places €750m of eight year debt"). The company's quoted
# sentence on the use of proceeds rendered as reported speech (no figures). Kept as printed: "€750m (US$833.3m)",
# "eight year" unhyphenated, "mid-swaps plus 105 basis points" written out beside "85-90bp" and "85bp" unspaced, "tighten
# in to", "€1.75bn (US$1.9bn)".
# Periods: none (see the header).
# Decided (news67 en05): the issue size €750m key with the bracketed US$ conversion optional. Coupon 0.75 %, the price
# 99.514 % and the yield 0.813 % key (a bond's price in % of par). "Demand peaked at €2bn" -> key order book ("at its
# peak" in the basis). "Let the initial price thoughts of mid-swaps plus 105 basis points tighten in to mid-swaps plus
# 85-90bp at guidance" -> key guidance range (85, 90) bp with the initial price thoughts 105 as prior plus an optional
# row for the initial price thoughts (news72 en04: an earlier level in the same clause); "finally priced at mid-swaps
# plus 85bp" -> key final spread. Fresenius Medical Care's €1.75bn sale key on Fresenius Medical Care (its US$1.9bn
# conversion optional); "three tranches" optional (a word count of the other deal's parts). The eight year tenor is not
# labelled (news67 en05: tenors not labelled). No rating actions.
FRE = "Fresenius|Fresenius SE|Fresenius SE & Co. KGaA|FRE"
BOND = "Fresenius eight year bond|Fresenius bond|Fresenius eight year debt|" + FRE
FMC = "Fresenius Medical Care|Fresenius Medical Care AG|FMC|FME"
SPR = "spread|spread_to_mid_swaps|new_issue_spread|yield_spread"
SPG = "spread_guidance|price_guidance|guidance_spread|spread_to_mid_swaps|spread"
G["en04"] = ([
    m("issue_size|bond_size|amount_raised|deal_size|offering_amount", 750e6, "EUR", BOND,
      basis="eight year debt; European Medium Term Note programme"),
    m("issue_size|bond_size|amount_raised|deal_size|offering_amount", 833.3e6, "USD", BOND, opt=True,
      basis="bracketed conversion"),
    m("coupon|coupon_rate", 0.75, "%", BOND),
    m("reoffer_price|issue_price|price", 99.514, "%", BOND, basis="priced"),
    m("reoffer_yield|yield|issue_yield|bond_yield", 0.813, "%", BOND),
    m("order_book|orders|bids|demand", 2e9, "EUR", BOND, basis="at its peak"),
    m(SPG, None, "bp", BOND, rng=(85, 90), prior=105, basis="over mid-swaps at guidance; tightened from initial price thoughts"),
    m("initial_price_thoughts|initial_spread_guidance|" + SPG, 105, "bp", BOND, opt=True,
      basis="initial price thoughts over mid-swaps"),
    m(SPR, 85, "bp", BOND, basis="final pricing over mid-swaps"),
    m("issue_size|bond_size|amount_raised|deal_size|debt_sold", 1.75e9, "EUR", FMC,
      basis="in three tranches; at the end of November"),
    m("issue_size|bond_size|amount_raised|deal_size|debt_sold", 1.9e9, "USD", FMC, opt=True,
      basis="bracketed conversion"),
    m("tranches|tranche_count|number_of_tranches", 3, "tranches", FMC, opt=True, basis="three tranches (word)"),
], [])

# ---------------------------------------------------------------- en05 Costco's special dividend (Business Insider / Markets Insider, markets.businessinsider.com; dated Apr. 26, 2017): quarterly dividend +five cents to "$0.50 cents"; special cash dividend $7 per share ($7.00 in the CFO's statement), payable May 26, record May 10; 14 times the regular dividend; cost $3.1 billion; shares +15% over the past year; Best Buy's 45 cents in February 2016; shares +more than 2% at $176.18, +10.4% so far in 2017, all-time high $178.71 (USD, %, x)
# A US company's special dividend (the kind's dividend per share, dates and share move; no split or spin-off ratio and
# no share count is printed: the story is a special dividend with a regular-dividend increase). Whole as stored apart
# from furniture: the byline "Greg Hoffman", the screenshot caption "Screen Shot 2017 04 26 at 11.55.59 AM" / "Markets
# Insider", the time stamps "03:59:44 PM" and "11:07:32 PM EST 12/8/2017", "Click here for a real-time Costco chart.",
# the "NOW WATCH" video line, "Your Personalized Market Center" and the trailing quote widget "-0.78 (-0.41%) Costco
# Wholesale Corp." dropped. Headline kept (rewritten: "Costco is giving shareholders a special payment (COST)" ->
# "Costco is handing shareholders a special payout (COST)") and the article's date line "Apr. 26, 2017, 01:11 PM" kept.
# Richard Galanti's two quoted sentences rendered as reported speech ("$7.00" kept). Kept as printed: "$0.50 cents a
# share" (dollar sign and "cents" together), "five cents", "$7" beside "$7.00", "14 times", "According S&P Global"
# (rendered "S&P Global said"), "45 cents", "more than 2%", "the "retail apocalypse"".
# Periods: 2017 for the year-to-date gain and 2016-02 for Best Buy's dividend; the rest none (see the header).
# Decided (news22 en07, news38 en08): the special cash dividend of $7 per share key (its $7.00 repeat in the CFO's
# statement optional); the quarterly dividend "by five cents to $0.50 cents a share" -> key level 0.50 USD (the printed
# "$0.50 cents" read as fifty cents, the dollar figure as printed) and key increase 0.05 USD (no earlier level printed,
# none computed). "Will cost the company $3.1 billion" -> key aggregate payment. "14 times the regular quarterly
# dividend" optional (a ratio derived from the two dividends). "Up 15% over the past year" key (one-year share change,
# the span in the basis). Best Buy's 45-cent special dividend of February 2016 optional (historic trivia). The day's
# move "up more than 2% at $176.18" -> key % move and key price; "gained 10.4% so far in 2017" key year-to-date change
# (2017); the all-time high of $178.71 set on March 1 optional (a historic level). No rating actions.
COST = "Costco|Costco Wholesale|Costco Wholesale Corp.|Costco Wholesale Corporation|COST"
G["en05"] = ([
    m("special_dividend_per_share|special_dividend|dividend_per_share", 7, "USD", COST,
      basis="special cash dividend per share; payable May 26, record May 10"),
    m("special_dividend_per_share|special_dividend|dividend_per_share", 7.00, "USD", COST, opt=True,
      basis="repeat in the CFO's statement"),
    m("quarterly_dividend|dividend_per_share|regular_dividend|dps", 0.50, "USD", COST,
      basis="raised; printed '$0.50 cents a share'"),
    m("dividend_increase|dividend_change|dps_change", 0.05, "USD", COST, basis="five cents, quarterly dividend"),
    m("special_dividend_multiple|dividend_multiple|ratio", 14, "x", COST, opt=True,
      basis="special dividend as a multiple of the regular quarterly dividend"),
    m("special_dividend_total|special_dividend_cost|dividend_payout|aggregate_payment", 3.1e9, "USD", COST,
      basis="cost to the company"),
    m(PC + "|price_change_1y", 15, "%", COST, basis="over the past year"),
    m("special_dividend_per_share|special_dividend|dividend_per_share", 0.45, "USD", "Best Buy|Best Buy Co.|BBY",
      "2016-02", opt=True, basis="last special dividend by a retailer, per S&P Global"),
    m(PC, 2, "%", COST, basis="more than; reaction to the announcement"),
    m("share_price|price|stock_price", 176.18, "USD", COST),
    m("price_change_ytd|ytd_change|price_change", 10.4, "%", COST, "2017", basis="so far in 2017"),
    m("all_time_high|record_high|share_price|price", 178.71, "USD", COST, opt=True, basis="all-time high set on March 1"),
], [])

# ---------------------------------------------------------------- en06 Nine brokers on Dollar General after its fourth quarter (The Motley Fool, fool.com; no year printed): shares +as much as 5% (quote string "DG -3.44%"); RBC outperform $239 -> $206; KeyBanc overweight $235 -> $220; Raymond James strong buy $250 -> $220; Deutsche Bank buy $241 -> $226; Goldman Sachs buy $238 -> $210; J.P. Morgan overweight $252 -> $224; UBS buy $245 -> $235; Jefferies buy $260 -> $250; Telsey Advisory outperform $245 -> $215; comparable-store sales -16% over a recent three-week period (USD, %)
# Analysts' calls on a US retail stock (the kind's several brokers, targets in $, ratings kept; none changed a rating on
# this day). Whole as stored apart from the outlet's section heads "What happened", "So what" and "Now what" (template
# headings, dropped). The stored text has no headline (it opens with the first section head; the address slug is not
# page text; none added). No quotes (the analysts' views are already reported speech). The list kept as a list, one
# broker a line. Kept as printed: the inline quote string "(DG -3.44%)" beside the 5% rise, "J.P. Morgan", "Telsey
# Advisory", "strong buy", "adjusts price target" (rendered "price target adjusted") for a lower target.
# Periods: none (see the header).
# Decided (news69 en06, news71 en06, news19 en07): each list line "<rating> kept / reiterated / maintained, price target
# reduced / lowered / cut / adjusted from $X to $Y" (Y below X) -> cut_target with the rating and both targets (the most
# specific action). Ratings normalised: outperform, overweight, strong buy, buy. "Risen by as much as 5% today" key (the
# hedge in the basis); the inline quote string -3.44 % optional (a quote widget, development corpus convention). "The
# 16% decline in comparable-store sales over a recent three-week period" (cited by RBC's analyst) key as -16 % with the
# window in the basis. The analysts' comments otherwise print no figures.
DG = "Dollar General|Dollar General Corp.|Dollar General Corporation|DG"
G["en06"] = ([
    m(PC, 5, "%", DG, basis="as much as; today, after analyst activity"),
    m(PC, -3.44, "%", DG, opt=True, basis="inline quote string '(DG -3.44%)'"),
    m(CSG + "|comparable_sales_change", -16, "%", DG, basis="over a recent three-week period; cited by RBC"),
], [
    ra("RBC|RBC Capital|RBC Capital Markets", DG, "cut_target", "outperform", target=206, prior_target=239, cur="USD"),
    ra("KeyBanc|KeyBanc Capital Markets|KeyBanc Capital", DG, "cut_target", "overweight", target=220, prior_target=235,
       cur="USD"),
    ra("Raymond James", DG, "cut_target", "strong buy", target=220, prior_target=250, cur="USD"),
    ra("Deutsche Bank|Deutsche", DG, "cut_target", "buy", target=226, prior_target=241, cur="USD"),
    ra("Goldman Sachs|Goldman", DG, "cut_target", "buy", target=210, prior_target=238, cur="USD"),
    ra("J.P. Morgan|JPMorgan|JP Morgan", DG, "cut_target", "overweight", target=224, prior_target=252, cur="USD"),
    ra("UBS", DG, "cut_target", "buy", target=235, prior_target=245, cur="USD"),
    ra("Jefferies", DG, "cut_target", "buy", target=250, prior_target=260, cur="USD"),
    ra("Telsey Advisory|Telsey Advisory Group|Telsey", DG, "cut_target", "outperform", target=215, prior_target=245,
       cur="USD"),
])
