# Hand-written gold labels for news48/en en07-en12 (batch b: English outlets in Africa, the Middle East and South Asia
# — Kenya, India, Sri Lanka, Turkey, Israel and an Iraqi outlet's Reuters copy on Saudi oil prices). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news47/en/README.md, with the labels of news46/en as the model: values fully scaled ("12.7 billion shillings"
# -> 12.7e9 KES, "827 million shillings" -> 827e6 KES, "Rs 1,459 crore" -> 1.459e10 INR, "2,21,10,955 equity shares"
# -> 22110955 shares, "$28.8 million" -> 28.8e6 USD, "$6.06 billion" -> 6.06e9 USD, "30 cents a share" -> 0.30 USD, "10
# cents" -> 0.10 USD, "9 million barrels per day" -> 9e6 bpd, "50 basis points" -> 50 bp); declines, cuts, discounts
# and losses negative ("by 50 basis points to" a lower rate -> -50 bp, "the highest monthly decrease was 7.95 percent"
# -> -7.95, "quarterly loss ... 30 cents a share" -> -0.30 USD, "ICE Brent minus 10 cents" -> -0.10 USD, "shares were
# down 3.4%" -> -3.4, an expected EBITDA loss range -> negative ends); currency codes ("shillings" on a Kenyan page ->
# KES, "Rs" -> INR, "$" on Haaretz's US-listed and Tel Aviv companies -> USD, "shekels" -> ILS, "$" and "cents" in
# Saudi crude differentials -> USD); subscription multiples in "x" (news45 batch a); hedges keep the number with the
# hedge in the basis ("a little more than", "up to", "about", "around", "as much as"); a same-sentence "X from / up
# from Y" value of the same quantity is the prior and the earlier reading an optional row (news30 batch b,
# news36-news47), an earlier figure in a sentence of its own a key row without prior, a restatement of an
# already-labelled figure optional (the first printing key), bracketed currency conversions optional, "unchanged"
# with no move printed an optional 0 (news16, news32, news40-news47), counts of analysts, economists or survey sources
# optional, historic records optional (news47 batch a's 2004 record); periods only where the text states or clearly
# implies the year (news24; market moves, prices, crude differentials and the terms of an IPO none; "first quarter"
# or "full-year" without a year none); ranges as rng=(low, high) with value None (price bands, guidance, survey
# expectations); the source's own errors labelled as printed (news44-news47: "went up by 0.05 percent" for a rise in
# an annual rate); no broker rating or target appears in this batch, so there are no rating actions; dates, times,
# spans ("three-day", "the last decade", "the past month"), names with numbers ("COVID-19", "OPEC+", "I/B/E/S") not
# labelled.

# ---------------------------------------------------------------- en07 KCB half-year results (KBC, kbc.co.ke, August 15, 2019): net profit +5 % to 12.7 billion shillings; loan loss provision +266 % to 3 billion shillings (from 827 million); loans and advances 478.7 billion shillings (end-June) from 421.5 billion a year earlier; gross NPLs 39.1 billion from 37.6 billion (June last year); NII +5 % to 25.4 billion on a 14 % bigger loan book; fees and commissions +31 % to 8.9 billion; non-branch transactions 96 % of the total from 87 % in 2018; interim dividend one shilling (KES, %)
# A Kenyan bank's half-year results with its loan book, asset quality, income lines, channel mix and interim dividend.
# Whole as stored. The stored text has no headline (the address slug "kcb-makes-5pc-net-profit-in-first-six-months" is
# not page text; none added); the store's date line is not page text. Kept as printed: "percent" beside "per cent"
# ("96 percent ... up from 87 per cent in 2018"), "as at end of June this year", the dividend in words ("one
# shilling"). No quotes in the text.
# Periods: "up from 87 per cent in 2018" prints the previous year, so "this year" and "the first six months" are 2019
# (clearly implied): the half's flows (profit, provision, NII, fees, the growth rates, the channel share, the interim
# dividend) 2019H1; "as at end of June this year" -> 2019-06 for loans and gross NPLs; "a year earlier" / "in June last
# year" -> 2018-06; "in 2018" -> 2018. The earlier provision (827 million) is printed without a period -> none.
# Decided: the first printing of the provision ("jumped by 266 percent to 3 billion shillings") is key without prior;
# the later "from 827 million shillings to 3 billion shillings" is an optional repeat carrying the prior, the 827
# million an optional row (the prior sits in another sentence than the key row, so it is not put on the key row).
# "Loans and advances to 478.7 billion ... up from 421.5 billion a year earlier" and "gross non-performing loans ... to
# 39.1 billion ..., up from 37.6 billion" are key levels with priors and optional 2018-06 rows. "A 14 percent expansion
# of the loan book" is a key loan-growth row. The non-branch share of transactions (96 %, prior 87) key, its 2018 value
# optional. "An interim dividend payout of one shilling per share" -> key 1 KES (printed in words). Not labelled: "March
# this year" (a date), "next month".
KCB = "KCB|KCB Group|Kenya Commercial Bank|KCB Bank"
H, JUN, JUN0 = "2019H1", "2019-06", "2018-06"
LLP = "loan_loss_provision|loan_loss_provisions|impairment_charge|provisions|credit_impairment"
LOANS = "loans_and_advances|net_loans|loans|loan_book|customer_loans"
NPL = "gross_npl|gross_non_performing_loans|non_performing_loans|npl|npls"
CHAN = "non_branch_transactions_share|alternative_channels_share|digital_transactions_share|transactions_share"
G["en07"] = ([
    m("net_profit|net_income|profit_after_tax", 12.7e9, "KES", KCB, H, basis="first six months"),
    m("net_profit_growth|net_income_growth|profit_growth", 5, "%", KCB, H, basis="increase in net profit"),
    m("loan_loss_provision_growth|provision_growth|impairment_growth|" + LLP, 266, "%", KCB, H, basis="jumped by"),
    m(LLP, 3e9, "KES", KCB, H, basis="loan loss provision, first printing"),
    m(LOANS, 478.7e9, "KES", KCB, JUN, prior=421.5e9, basis="as at end of June this year"),
    m(LOANS, 421.5e9, "KES", KCB, JUN0, opt=True, basis="a year earlier"),
    m(NPL, 39.1e9, "KES", KCB, JUN, prior=37.6e9, basis="stock of gross non-performing loans"),
    m(NPL, 37.6e9, "KES", KCB, JUN0, opt=True, basis="June last year"),
    m(LLP, 3e9, "KES", KCB, H, prior=827e6, opt=True, basis="repeat; adjusted from 827 million shillings"),
    m(LLP, 827e6, "KES", KCB, opt=True, basis="earlier provision; no period printed"),
    m("net_interest_income|nii", 25.4e9, "KES", KCB, H),
    m("net_interest_income_growth|nii_growth", 5, "%", KCB, H, basis="rose 5 percent"),
    m("loan_growth|loan_book_growth|loans_growth", 14, "%", KCB, H, basis="expansion of the loan book"),
    m("fees_and_commissions_growth|fee_income_growth|fees_growth", 31, "%", KCB, H, basis="increased by"),
    m("fees_and_commissions|fee_income|fees_and_commission_income", 8.9e9, "KES", KCB, H),
    m(CHAN, 96, "%", KCB, H, prior=87, basis="transactions outside branches, share of total transactions"),
    m(CHAN, 87, "%", KCB, "2018", opt=True, basis="in 2018; printed per cent"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1, "KES", KCB, H,
      basis="interim dividend recommended; printed one shilling per share"),
], [])

# ---------------------------------------------------------------- en08 Inox India's stock-market debut (editorji, editorji.com, December 21, 2023; no date printed): NSE listing at Rs 949.65, a 44% premium to the Rs 660 IPO price; BSE Rs 933.15, a 41% premium; grey-market premium Rs 440 (about 67%), around Rs 540-550 on Tuesday; price band Rs 627-660, lot 22 shares; a little more than Rs 1,459 crore raised through an OFS of up to 2,21,10,955 shares; subscribed 61.28 times (QIBs 147.80, NIIs 53.20, retail 15.30) (INR, %, x, shares)
# An Indian IPO's listing day with the price band, the grey-market premium and the subscription by category. Whole as
# stored (page furniture aside). The stored text has no headline (the address slug is not page text; none added).
# Dropped as furniture: the link line "Also Read: IPO 2023: DOMS industries listed at a premium of more than 77% over
# IPO price" (another article's headline; its figure is not in the passage). Kept as page text: the glossary sentence
# on "scrip" (rewritten) and the closing company profile. Kept as printed: "national stock exchange (NSE)" in lower
# case, the spaced hyphen in "Rs 933.15 on the BSE - a 41% premium", "Dalal street", "Rs 540-550 apiece" given as the
# premium after it was "brought down" (higher than the Rs 440 printed before it), the lakh-grouped "2,21,10,955",
# "InoxCVA" beside "Inox India", "customized".
# Periods: none (an IPO's terms, listing prices and demand; no year printed; "Tuesday", "December 14 to 18" dates).
# Decided: each exchange's listing price and % premium key (NSE and BSE in the entity alternatives); the IPO price
# key; the grey-market premium of Rs 440 key in INR and "about 67% increase" a key % row ("about" in the basis); the
# Tuesday premium "around Rs 540-550 apiece" a key range (not a prior: the text does not say the premium fell from it).
# The price band a key range in INR; the lot size (22 shares) key. "A little more than Rs 1,459 crore" -> key 1.459e10
# INR (hedge in the basis); the OFS of "up to 2,21,10,955 equity shares" a key share count. Overall and category
# subscriptions key in x. Not labelled: "three-day" (a span), "December 14 to 18", "Tuesday".
INOX = "Inox India|INOX India|Inox India Ltd|INOX India Limited|InoxCVA|Inox India IPO"
NSE = INOX + "|NSE|National Stock Exchange"
BSE = INOX + "|BSE"
LP = "listing_price|opening_price|debut_price|share_price|price"
PREM = "listing_premium|listing_gain|premium|premium_pct"
GMP = "grey_market_premium|gmp|premium"
SUB = "subscription|subscription_times|oversubscription|ipo_subscription|times_subscribed"
G["en08"] = ([
    m(PREM, 44, "%", NSE, basis="NSE listing, premium to the IPO price"),
    m(LP, 949.65, "INR", NSE, basis="NSE debut price"),
    m("ipo_price|issue_price|offer_price", 660, "INR", INOX, basis="a piece"),
    m(LP, 933.15, "INR", BSE, basis="BSE listing price"),
    m(PREM, 41, "%", BSE, basis="BSE listing premium"),
    m(GMP, 440, "INR", INOX, basis="grey market, per share, ahead of listing"),
    m(GMP + "|gmp_pct|expected_listing_gain", 67, "%", INOX, basis="about; implied increase for investors"),
    m(GMP, None, "INR", INOX, rng=(540, 550), basis="around; unofficial market premium on Tuesday, apiece"),
    m("price_band|ipo_price_range|ipo_price", None, "INR", INOX, rng=(627, 660), basis="per share"),
    m("lot_size|minimum_lot|market_lot", 22, "shares", INOX),
    m("ipo_size|issue_size|amount_raised|ipo_proceeds|offer_size", 1.459e10, "INR", INOX,
      basis="a little more than Rs 1,459 crore; entirely an offer for sale"),
    m("ofs_shares|offer_for_sale_shares|shares_offered|issue_size_shares", 22110955, "shares", INOX,
      basis="up to; offer for sale, printed 2,21,10,955"),
    m(SUB, 61.28, "x", INOX, basis="overall"),
    m(SUB + "|qib_subscription", 147.80, "x", INOX + "|QIBs|qualified institutional bidders",
      basis="QIB portion"),
    m(SUB + "|nii_subscription", 53.20, "x", INOX + "|NIIs|non-institutional investors",
      basis="non-institutional investors' category"),
    m(SUB + "|retail_subscription", 15.30, "x", INOX + "|retail investors|retail", basis="retail quota"),
], [])

# ---------------------------------------------------------------- en09 Central Bank of Sri Lanka cuts its policy rates (Hiru News, hirunews.lk, Thursday 07 May 2020): SDFR and SLFR cut by 50 basis points to 5.50 per cent and 6.50 per cent; policy rates down 150 basis points so far in 2020; list: SDFR 5.50%, SLFR 6.50%, Bank Rate 9.50%, SRR 4.00% (unchanged) (bp, %)
# A central-bank rate cut with a closing list of the bank's rates and reserve ratio. Whole as stored. The stored text
# has no headline (the address slug is not page text; none added); its date line "Thursday, 07 May 2020 - 10:20" is
# kept as page text (the store's own date line is not). Kept as printed: "having reviewed the current monetary policy
# have and decided" (the source's "after reviewing the current monetary policy have and decided"), "per cent" in the
# prose beside "%" in the list, "4.00% (unchanged)". The statement is reported, not quoted; no quotes in the text.
# Periods: the decision and the rate levels none (news46 batch b: the decision none); "so far in 2020" -> 2020 for the
# cumulative cut. "06 May 2020" (the effective date) is a date.
# Decided: "reduce the SDFR and the SLFR ... by 50 basis points to 5.50 per cent and 6.50 per cent, respectively" ->
# one key -50 bp row (the cut is printed once) and an optional second -50 bp row (the same cut applied to the other
# rate), the two new rates key, no priors (the old rates, 6.00 and 7.00, are not printed). "Reduced by 150 basis points
# so far in 2020" -> a key cumulative -150 bp row. The closing list: SDFR 5.50% and SLFR 6.50% optional repeats; the
# Bank Rate 9.50% and the SRR 4.00% key (first printings), the SRR's "(unchanged)" an optional 0 pp change.
CBSL = "Central Bank of Sri Lanka|CBSL|Central Bank|Monetary Board|Sri Lanka"
SDFR = "Standing Deposit Facility Rate|SDFR|" + CBSL
SLFR = "Standing Lending Facility Rate|SLFR|" + CBSL
RC = "policy_rate_change|rate_change|interest_rate_change|rate_cut"
G["en09"] = ([
    m(RC, -50, "bp", CBSL + "|SDFR|SLFR", basis="cut to the SDFR and the SLFR; printed once"),
    m(RC, -50, "bp", CBSL + "|SDFR|SLFR", opt=True, basis="the same cut, applied to the second rate"),
    m("sdfr|standing_deposit_facility_rate|policy_rate|deposit_facility_rate", 5.50, "%", SDFR),
    m("slfr|standing_lending_facility_rate|policy_rate|lending_facility_rate", 6.50, "%", SLFR),
    m(RC + "|cumulative_rate_cut", -150, "bp", CBSL, "2020", basis="policy interest rates reduced so far in 2020"),
    m("sdfr|standing_deposit_facility_rate|policy_rate|deposit_facility_rate", 5.50, "%", SDFR, opt=True,
      basis="closing list repeat"),
    m("slfr|standing_lending_facility_rate|policy_rate|lending_facility_rate", 6.50, "%", SLFR, opt=True,
      basis="closing list repeat"),
    m("bank_rate|policy_rate", 9.50, "%", "Bank Rate|" + CBSL, basis="closing list"),
    m("statutory_reserve_ratio|srr|reserve_requirement|reserve_ratio", 4.00, "%", "Statutory Reserve Ratio|SRR|" + CBSL,
      basis="closing list; unchanged"),
    m("statutory_reserve_ratio_change|srr_change|reserve_ratio_change", 0, "pp", "Statutory Reserve Ratio|SRR|" + CBSL,
      opt=True, basis="unchanged, no move printed"),
], [])

# ---------------------------------------------------------------- en10 Turkey's January 2019 inflation (Turkish Minute, turkishminute.com, Monday February 4, 2019): annual CPI 20.35 %, up "0.05 percent"; food and non-alcoholic beverages +30.97 % y/y; Anadolu survey of 16 economists 20.59 %; CPI +1.06 % m/m; food +6.43 % m/m, clothing and footwear -7.95 % m/m; central bank year-end forecast 14.6 % from 15.2 %; targets 15.9 % (this year), 9.8 % (next year), 6.0 % (2021); decade low 3.99 % (March 2011), peak 25.24 % (October 2018) (%)
# A macro data release on consumer prices against a news-agency survey, with the central bank's forecast revision and
# the government's targets. Whole as stored. The stored text has no headline (the address slug is not page text; none
# added). TurkStat's two quoted sentences are rendered as reported speech (figures kept: "6.43 percent", "7.95
# percent"). Kept as printed: "went up by 0.05 percent" for the rise in the annual rate (from a 20.30 not printed),
# "Turkish Statistics Institute (TurkStat)", "economy program".
# Periods: "compared to January 2018" dates the January figures 2019-01 (annual change against the same month of 2018,
# clearly implied; the survey's expectation is for the same reading); "year-end inflation forecast" revised "last
# month" -> 2019; the targets "this year", "next year" and "in 2021" -> 2019, 2020, 2021 (the program was announced in
# September 2018 and the third year is printed 2021); the decade's low and peak 2011-03 and 2018-10.
# Decided: annual inflation 20.35 % key. "Went up by 0.05 percent" is labelled as printed: a key 0.05 % change (the
# source's own unit for a change of the annual rate), with an optional 0.05 pp row for the same rise read as
# percentage points. Food and non-alcoholic beverages' annual 30.97 % key. The Anadolu survey's 20.59 % a key consensus
# row for January 2019, the 16 economists an optional count. Monthly CPI 1.06 % key; the largest monthly increase
# (food, 6.43 %) key and the largest monthly decrease (clothing and footwear) key as -7.95 %. The central bank's
# year-end forecast 14.6 % key with prior 15.2 and an optional 15.2 % row. Each annual target key. The decade's low and
# peak are historic records -> optional rows.
TR = "Turkey|Turkish Statistics Institute|TurkStat"
INF = "inflation|annual_inflation|cpi_yoy|headline_inflation|cpi_inflation"
IPC = "price_change|inflation|component_inflation|cpi_component_change"
FOOD = "food and non-alcoholic beverages|food|" + TR
CBRT = "Turkey's central bank|Central Bank of the Republic of Turkey|CBRT|Turkey"
TGT = "inflation_target|cpi_target"
FC = "inflation_forecast|year_end_inflation_forecast|cpi_forecast|inflation_projection"
G["en10"] = ([
    m(INF, 20.35, "%", TR, "2019-01", basis="annual, January"),
    m("inflation_change|cpi_yoy_change|annual_inflation_change", 0.05, "%", TR, "2019-01",
      basis="went up by 0.05 percent, as printed (a change of the annual rate)"),
    m("inflation_change|cpi_yoy_change|annual_inflation_change", 0.05, "pp", TR, "2019-01", opt=True,
      basis="the same rise read as percentage points"),
    m(IPC, 30.97, "%", FOOD, "2019-01", basis="annual; highest annual increase, against January 2018"),
    m("inflation_consensus|inflation_estimate|inflation_forecast|cpi_yoy_estimate|cpi_consensus", 20.59, "%",
      TR + "|Anadolu", "2019-01", basis="average annual rise forecast by economists, Anadolu survey"),
    m("economists|analyst_count|survey_respondents", 16, "economists", TR + "|Anadolu", opt=True,
      basis="economists polled"),
    m("cpi_mom|monthly_inflation|inflation_mom|cpi_monthly", 1.06, "%", TR, "2019-01", basis="monthly"),
    m(IPC, 6.43, "%", FOOD, "2019-01", basis="monthly; highest monthly increase"),
    m(IPC, -7.95, "%", "clothing and footwear|clothing|" + TR, "2019-01", basis="monthly; highest monthly decrease"),
    m(FC, 14.6, "%", CBRT, "2019", prior=15.2, basis="year-end inflation forecast, revised last month"),
    m(FC, 15.2, "%", CBRT, "2019", opt=True, basis="previous year-end forecast"),
    m(TGT, 15.9, "%", "Turkey|new economy program", "2019", basis="this year"),
    m(TGT, 9.8, "%", "Turkey|new economy program", "2020", basis="next year"),
    m(TGT, 6.0, "%", "Turkey|new economy program", "2021"),
    m(INF, 3.99, "%", TR, "2011-03", opt=True, basis="lowest level over the last decade"),
    m(INF, 25.24, "%", TR, "2018-10", opt=True, basis="peak over the last decade"),
], [])

# ---------------------------------------------------------------- en11 Haaretz "Business in Briefs": Wix and Elbit Systems quarters against the I/B/E/S consensus (Haaretz, haaretz.com, TheMarker Staff; Elbit's first quarter of 2014, reported Tuesday May 13, 2014 — a May 2014 page, no date printed): standfirst 32% of Clal Insurance; Wix loss ex-items 30 cents a share from 76 cents, revenue $28.8 million vs forecasts of a 36-cent loss and $26.9 million; full-year revenue forecast $130-$133 million from $127-$130 million, growth up to 65%; adjusted EBITDA loss $38-$42 million; shares -3.4% at $16.90; Elbit $1.22 a diluted share ex-items (unchanged), revenue $682.6 million from $680.2 million vs forecasts of $1.07 and $697.2 million; backlog $6.06 billion from $5.78 billion, first time above $6 billion; shares +0.3% to 213.20 shekels ($61.70) (USD, ILS, %)
# A news-brief column with two Israeli companies' quarters against the analysts' consensus, one of them with a raised
# full-year outlook. Cut: the stored page breaks off mid-word in the third brief ("... elicited strong opposition in
# the Knesset Finance Committee Tues"), so the passage stops after the Elbit brief's credit "(TheMarker Staff)"; the
# third brief's crosshead "MKs cast doubt on Clal Insurance sale" goes with the cut (its 32% survives in the
# standfirst). Headline "Business in Briefs" kept; standfirst kept (rewritten: "Wix waxes expectations" -> "Wix
# outdoes expectations"); the two crossheads kept (rewritten); each brief's credit "(TheMarker Staff)" kept as page
# text. Dropped as furniture: the byline "Zef Nikolla". The CFO's remark was reported speech already (no figure). Kept
# as printed: "36 cents-a-share loss", "$127-$130 million" beside "$130 million to $133 million", "I/B/E/S", "defense".
# Periods: none — no year is printed ("the first quarter", "full-year", "the end of March", "a year earlier").
# Decided: Wix's "loss excluding one-off items narrowed to 30 cents a share from 76 cents" -> key -0.30 USD adjusted
# EPS with prior -0.76 and an optional year-ago row; the I/B/E/S forecasts (a 36-cent loss, $26.9 million revenue) key
# consensus rows. The raised revenue forecast a key range with the previous range as prior range (prng), the previous
# range also an optional row; "year-over-year growth of as much as 65%" a key growth-guidance row ("as much as" in the
# basis); the expected adjusted EBITDA loss a key negative range. Elbit's "$1.22 a diluted share excluding one-time
# items ..., unchanged from a year earlier" -> key adjusted EPS with prior 1.22, an optional year-ago 1.22 row and an
# optional 0 % change. Revenue with prior key, consensus EPS and revenue key. Backlog $6.06 billion key with prior 5.78
# (optional old row); "topping $6 billion for the first time" an optional threshold row. Share moves and prices key;
# the bracketed $61.70 an optional conversion. The standfirst's 32% stake in Clal Insurance key (its only printing).
WIX = "Wix|Wix.com"
ELB = "Elbit Systems|Elbit|Elbit Systems Ltd"
AEPS = "adjusted_eps|eps|loss_per_share|adjusted_loss_per_share|eps_ex_items"
EPSC = "eps_consensus|eps_estimate|adjusted_eps_consensus|eps_forecast"
REVC = "revenue_consensus|revenue_estimate|revenue_forecast"
PCH = "price_change|share_price_change|pct_change"
BKL = "backlog|order_backlog|orders_backlog"
G["en11"] = ([
    m("stake|stake_size|stake_sold|stake_pct", 32, "%", "Clal Insurance|Clal",
      basis="standfirst; stake proposed for sale to a Chinese investment group"),
    m(AEPS, -0.30, "USD", WIX, prior=-0.76, basis="quarterly loss per share excluding one-off items, narrowed"),
    m(AEPS, -0.76, "USD", WIX, opt=True, basis="same period last year"),
    m("revenue|sales", 28.8e6, "USD", WIX, basis="quarterly"),
    m(EPSC, -0.36, "USD", WIX, basis="loss per share forecast by analysts polled by Thomson Reuters I/B/E/S"),
    m(REVC, 26.9e6, "USD", WIX, basis="Thomson Reuters I/B/E/S"),
    m("guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook", None, "USD", WIX,
      rng=(130e6, 133e6), prng=(127e6, 130e6), basis="full-year, raised"),
    m("guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook", None, "USD", WIX,
      rng=(127e6, 130e6), opt=True, basis="previous estimate"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth", 65, "%", WIX,
      basis="as much as; year-over-year"),
    m("guidance_adjusted_ebitda|adjusted_ebitda_guidance|adjusted_ebitda|adjusted_ebitda_loss", None, "USD", WIX,
      rng=(-42e6, -38e6), basis="expected adjusted losses before interest, tax, depreciation and amortization"),
    m(PCH, -3.4, "%", WIX, basis="late morning trading in New York"),
    m("share_price|price|stock_price", 16.90, "USD", WIX),
    m(AEPS + "|diluted_eps", 1.22, "USD", ELB, prior=1.22,
      basis="per diluted share excluding one-time items, first quarter; unchanged from a year earlier"),
    m(AEPS + "|diluted_eps", 1.22, "USD", ELB, opt=True, basis="a year earlier"),
    m("eps_growth|eps_change", 0, "%", ELB, opt=True, basis="unchanged, no move printed"),
    m("revenue|sales", 682.6e6, "USD", ELB, prior=680.2e6),
    m("revenue|sales", 680.2e6, "USD", ELB, opt=True, basis="a year earlier"),
    m(EPSC, 1.07, "USD", ELB, basis="Thomson Reuters I/B/E/S"),
    m(REVC, 697.2e6, "USD", ELB, basis="Thomson Reuters I/B/E/S"),
    m(BKL, 6.06e9, "USD", ELB, prior=5.78e9, basis="at the end of March"),
    m(BKL, 5.78e9, "USD", ELB, opt=True, basis="a year earlier"),
    m(BKL, 6e9, "USD", ELB, opt=True, basis="threshold topped for the first time"),
    m(PCH, 0.3, "%", ELB, basis="edged up; Tel Aviv"),
    m("closing_price|share_price|price|close", 213.20, "ILS", ELB, basis="Tel Aviv close, shekels"),
    m("closing_price|share_price|price|close", 61.70, "USD", ELB, opt=True, basis="conversion in brackets"),
], [])

# ---------------------------------------------------------------- en12 Saudi Aramco's May official selling prices (Shafaq News, shafaq.com, Reuters text; an April 2024 page by the figures, no date printed): Arab Light to Asia $2.00 over Oman/Dubai, up 30 cents; survey of five refining sources expected +20 to 30 cents; Mediterranean ICE Brent minus 10 cents from a 20 cent discount; NW Europe ICE Brent plus 30 cents and U.S. ASCI plus $4.75, unchanged; about 9 million bpd of Asia-bound crude (USD, bpd)
# A commodity-pricing story: a state producer's monthly crude price differentials by region against a survey of
# refiners. Whole as stored. The stored text has no headline (the address slug is not page text; none added); the
# opening credit "Shafaq News/" and the closing "(REUTERS)" kept as page text. Kept as printed: "ICE Brent minus 10
# cents" beside "a 20 cent discount" (no hyphen), "ASCI plus $4.75", "(bpd)", "high-sulphur". No quotes in the text.
# Periods: none — the prices are for "May" with no year printed (differentials set for a loading month, like market
# prices); "April" likewise.
# Decided: each region's Arab Light differential is a key OSP row in USD a barrel (premiums positive, "minus" / a
# discount negative), the region in the entity alternatives. Asia's "up by 30 cents from the April price" a key +0.30
# change (the April level, $1.70, is not printed, so no prior). The survey's "increase of 20 to 30 cents a barrel" a key
# expected-change range; "five refining sources" an optional count. The Mediterranean -0.10 key with prior -0.20 ("a
# 20 cent discount in April") and an optional -0.20 row. North-west Europe +0.30 and the U.S. +4.75 key, "unchanged on
# the month" an optional 0 change for each. "About 9 million barrels per day (bpd)" of crude priced off Saudi OSPs a
# key volume ("about" in the basis). Not labelled: "OPEC+" (a name), "the past month" (a span).
AL = "Arab Light|Saudi Aramco|Aramco|Saudi Arabia"
OSP = "osp|official_selling_price|price_differential|premium|differential"
OSPC = "osp_change|price_change|differential_change|osp_increase"
G["en12"] = ([
    m(OSP, 2.00, "USD", AL + "|Asia", basis="May; premium to the Oman/Dubai average, a barrel, Asian buyers"),
    m(OSPC, 0.30, "USD", AL + "|Asia", basis="up by 30 cents from the April price"),
    m("expected_osp_change|osp_change_estimate|osp_change_forecast|price_change_estimate", None, "USD", AL + "|Asia",
      rng=(0.20, 0.30), basis="Reuters survey of refining sources; a barrel, from April"),
    m("survey_respondents|sources|refiners_polled", 5, "sources", AL, opt=True, basis="refining sources surveyed"),
    m(OSP, -0.10, "USD", AL + "|Mediterranean", prior=-0.20, basis="ICE Brent minus 10 cents, May; narrowing"),
    m(OSP, -0.20, "USD", AL + "|Mediterranean", opt=True, basis="20 cent discount in April"),
    m(OSP, 0.30, "USD", AL + "|Northwest Europe|NW Europe", basis="ICE Brent plus 30 cents; unchanged on the month"),
    m(OSP, 4.75, "USD", AL + "|U.S.|United States|US", basis="ASCI plus $4.75; unchanged on the month"),
    m(OSPC, 0, "USD", AL + "|Northwest Europe|NW Europe", opt=True, basis="unchanged, no move printed"),
    m(OSPC, 0, "USD", AL + "|U.S.|United States|US", opt=True, basis="unchanged, no move printed"),
    m("volume|crude_volume|crude_exports|oil_volume", 9e6, "bpd", "Saudi Arabia|Asia|Iran|Kuwait|Iraq",
      basis="about; crude bound for Asia whose prices follow Saudi OSPs"),
], [])
