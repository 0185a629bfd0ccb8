# Hand-written gold labels for news52/en en01-en06 (batch a: US company and market news in English). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's
# texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news51/en/README.md, with the labels of news50/en and news51/en as the model: values fully scaled ("$1.48
# billion" -> 1.48e9 USD, "76 cents a share" -> 0.76 USD, "3-cents-a-share" -> 0.03 USD, "$146 million" -> 146e6 USD,
# "563,000 units" -> 563000 units, "3.62 billion shares" -> 3.62e9 shares); declines, losses, cuts and downward
# revisions negative ("fell 3.5%" -> -3.5, "a loss of $4.05 billion" -> -4.05e9, "3Q Loss: $56.0 million" -> -56.0e6,
# "(-2%)" -> -2, "revised lower by a combined 34,000 units" -> -34000 units, "cut by approximately $240 million" ->
# -240e6, a currency "hit" of 3 cents -> -0.03 USD); "$" on these US pages -> USD; index levels and point moves in
# "points"; home sales and homes for sale in "units", the months on market in "months", shares outstanding in
# "shares"; hedges keep the number with the hedge in the basis ("about", "roughly", "approximately", "nearly", "less
# than", "more than"); a same-sentence "X from Y" / "up from Y" / "against Y" / "a little below Y" / "well above Y"
# value of the same quantity is the prior and the earlier value an optional row (news36-news51), a figure of its own
# clause or sentence a key row without prior; a headline or subheading figure key and its exact body repeat optional,
# a rounded restatement ("more than 2%") optional (news50 batch b, news51); "flat" with no number an optional 0 %
# (news41); inline quote strings ("ORCL, -0.02%", "(LLY -1.81%)") optional (news41 batch a); guidance, consensus and
# range figures as ranges (rng) with value None; periods only where the text states or clearly implies the year
# (news24; market moves, prices and share reactions none; "3Q16" beside "3Q" dates the quarter 2017Q3; "from October
# 2015" dates the October release 2016-10; quarters, halves and fiscal periods printed without a year none, the span in
# the basis); brokers' targets and ratings only in rating actions (a target raised with the rating kept is
# raise_target with the rating and no prior rating; a printed "$9" step beside the new target an optional
# target_price_change row); the source's own oddities labelled as printed (news44-news51); quotes rendered as reported
# speech (the set never copies third-party sentences), their figures labelled like any other; dates ("April 2016" as a
# date of a record, "since September 2009", "since April"), spans ("12 months", "nine months", "two-day"), ordinals
# ("third straight quarter"), period labels ("3Q", "YTD") and numbers inside names ("GARDASIL 9", "S&P 500", "M-M-R II",
# "(figure 1)") not labelled.

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"
SPX = "S&P 500|S&P 500 index|SPX"
DJI = "Dow Jones Industrial Average|Dow|DJIA|Dow Jones"
IXIC = "Nasdaq|Nasdaq Composite|Nasdaq Composite Index|COMP"
IC = "index_change|index_change_points|points_change"
ICP = "index_change|index_change_pct|price_change"
IL = "index_level|index_close|close"

# ---------------------------------------------------------------- en01 PNC Financial Services' second quarter (forexezy.com; Tuesday July 18, 2023, no date printed): net income $1.48 billion, EPS $3.36 vs $3.39, revenue $5.29 billion from $5.12 billion, average deposits $425.7 billion from $446.5 billion a year ago and $436.2 billion the prior quarter, net interest income +15% y/y to $3.51 billion and -2% sequentially, credit-loss provision $146 million vs $36 million a year ago and $235 million in the first quarter, shares -3.5% premarket to $122.75 (USD, %)
# A US bank's quarter with net interest income, deposits and the provision for credit losses. Whole as stored. The
# stored text has no headline (the address slug "pnc-financial-services-reports-flat-earnings-in-q2" is not page text;
# none added); the crosshead "Financial Highlights" and the bullet labels ("Net Income:", "Deposits:" ...) kept as page
# text. Kept as printed: "Pittsburgh-based" (rendered "based in Pittsburgh"), "on a sequential basis" (rendered
# "sequentially"), the earnings "similar to" the previous year's with no earlier figure printed. No quotes.
# Periods: none ("second-quarter", "the first quarter", "a year ago", "last year" print no year).
# Decided: net income key (no earlier value printed: "in line with the previous year's earnings" has no figure). EPS
# "$3.36, a little below the $3.39 per share of the year-ago period" and revenue "$5.29 billion, up from $5.12 billion"
# -> key with priors and optional earlier rows. Average deposits "down from $446.5 billion a year earlier and $436.2
# billion in the prior quarter" -> key with the year-ago value as prior (the first earlier value printed) and both
# earlier values optional rows. Net interest income: +15 % key, $3.51 billion key (no earlier level printed), "dropped
# 2% sequentially" a key -2 % quarter-on-quarter row. The provision "$146 million ..., well above the $36 million set
# aside a year earlier, though less than the first quarter's $235 million" -> key with the year-ago prior, both earlier
# values optional rows. The premarket -3.5 % and $122.75 key.
PNC = "PNC Financial Services|PNC|PNC Financial Services Group|PNC Financial"
EPS = "eps|earnings_per_share|diluted_eps"
REV = "revenue|total_revenue"
DEP = "average_deposits|deposits|total_deposits"
NII = "net_interest_income|nii"
NIIG = "net_interest_income_growth|nii_growth|net_interest_income_change"
PCL = "provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision|pcl"
G["en01"] = ([
    m("net_income|net_profit", 1.48e9, "USD", PNC, basis="second quarter"),
    m(EPS, 3.36, "USD", PNC, prior=3.39, basis="second quarter"),
    m(EPS, 3.39, "USD", PNC, opt=True, basis="year-ago period"),
    m(REV, 5.29e9, "USD", PNC, prior=5.12e9, basis="second quarter"),
    m(REV, 5.12e9, "USD", PNC, opt=True, basis="the year before"),
    m(DEP, 425.7e9, "USD", PNC, prior=446.5e9, basis="average; second quarter"),
    m(DEP, 446.5e9, "USD", PNC, opt=True, basis="average; a year earlier"),
    m(DEP, 436.2e9, "USD", PNC, opt=True, basis="average; prior quarter"),
    m(NIIG, 15, "%", PNC, basis="from last year"),
    m(NII, 3.51e9, "USD", PNC, basis="second quarter"),
    m(NIIG, -2, "%", PNC, basis="sequentially"),
    m(PCL, 146e6, "USD", PNC, prior=36e6, basis="set aside for credit losses; second quarter"),
    m(PCL, 36e6, "USD", PNC, opt=True, basis="a year earlier"),
    m(PCL, 235e6, "USD", PNC, opt=True, basis="first quarter"),
    m(PC, -3.5, "%", PNC, basis="premarket trading"),
    m(PX, 122.75, "USD", PNC, basis="premarket trading"),
], [])

# ---------------------------------------------------------------- en02 Oracle's fiscal third quarter with its fourth-quarter outlook and buybacks (MarketWatch text on worldbusiness.life; Thursday March 14, 2019 by the figures, no date printed): shares -3% after hours after moving about 1% either way, regular session down less than 0.1% to $53.05, a penny off the record close, +1.4% over 12 months vs S&P 500 +2.2% and Nasdaq +1.8%; outlook: a 3-cent currency hit, adjusted EPS $1.05-$1.09, revenue -2% to flat or $11.03-$11.26 billion vs FactSet $1.05 and $11.14 billion; net income $2.75 billion (76 cents) vs a $4.05 billion loss (98 cents), adjusted 87 cents vs 83 cents, 3.62 billion shares vs 4.12 billion, roughly $10 billion of buybacks, $29.89 billion in nine months vs less than $7 billion, 33 analysts' 84 cents vs the company's 83-85 cents (USD, %, shares, analysts)
# A US tech company's quarter with guidance ranges against the FactSet consensus and its buybacks. Cut: the stored page
# breaks off mid-word in the revenue sentence ("Revenue declined to $9.61 billion from $9.68 billion in the year-a"),
# so the passage stops after the sentence before it ("... 83 cents to 85 cents a share."), a sentence boundary (the
# "$9.61 billion" and "$9.68 billion" go with the cut). The stored text has no headline (the address slug
# "earnings-results-oracle-stock-slides-on-outlook-after-onceagain-riding-stock-buybacks-to-earnings-beat" is not page
# text; none added). Dropped as furniture: the related-story link line "Previously: Oracle bought an earnings beat with
# share repurchases". MarketWatch's inline quote strings ("ORCL, -0.02%", "SPX, -0.09%", "COMP, -0.16%") kept as page
# text (the stray space before the comma after each dropped). Kept as printed: "3-cents-a-share", "from 2% lower to
# flat", "83 cents to 85 cents". The co-chief executive's outlook was reported speech in the source already
# (rewritten; figures kept).
# Periods: none ("the fiscal third quarter", "fourth-quarter", "the year-ago period", "the past nine months" print no
# year; the March 2019 date is not page text).
# Decided: the after-hours "last down 3%" key; the "about 1%" swing "either way" before the outlook optional (no
# direction, a hedge); the regular session's "less than 0.1%" slip a key -0.1 % ("less than" in the basis) and the
# $53.05 close key; "a penny below the stock's all-time closing high" an optional 0.01 USD (words, an incidental
# distance). The 12-month moves of the stock (+1.4 %), the S&P 500 (+2.2 %) and the Nasdaq (+1.8 %) key, each index
# on its own entity; the three inline quote strings optional. Outlook (the quarter the FactSet poll calls
# "fourth-quarter"): the "3-cents-a-share hit from currency" a key -0.03 USD on EPS (a headwind is a negative effect),
# adjusted EPS $1.05-$1.09, revenue growth -2 % to 0 % ("from 2% lower to flat") and revenue $11.03-$11.26 billion as
# three key ranges; FactSet's $1.05 and $11.14 billion key consensus rows. Third quarter: net income $2.75 billion and
# EPS 76 cents "against a year-earlier loss of $4.05 billion, or 98 cents a share" -> key with the (negative) losses as
# priors and optional earlier rows; adjusted EPS 87 cents against 83 cents and shares outstanding 3.62 billion against
# 4.12 billion likewise. Buybacks: roughly $10 billion in the quarter, $29.89 billion over nine months and "less than
# $7 billion" in the same nine months a year earlier -> three key rows (the last in a sentence of its own, no prior).
# The 33 analysts optional (an analyst count); their 84-cent average a key consensus row; the company's own earlier
# forecast for the quarter just reported, 83-85 cents, a key guidance range.
ORCL = "Oracle|Oracle Corp.|Oracle Corporation|ORCL"
NIO = "net_income|net_profit"
AEPS = "adjusted_eps|eps|adjusted_earnings_per_share"
GAEPS = "guidance_adjusted_eps|guidance_eps|eps_guidance|adjusted_eps_guidance"
EPSC = "eps_consensus|eps_estimate|consensus_eps|adjusted_eps_consensus"
BB = "share_buyback|buyback|share_repurchases|repurchases|stock_buyback"
SHO = "shares_outstanding|share_count"
G["en02"] = ([
    m(PC, -3, "%", ORCL, basis="extended session; last"),
    m(PC, 1, "%", ORCL, opt=True, basis="about; after hours before the outlook; either way"),
    m(PC, -0.02, "%", ORCL, opt=True, basis="inline quote string"),
    m(PC, -0.1, "%", ORCL, basis="less than; regular session"),
    m(PX, 53.05, "USD", ORCL, basis="regular-session close"),
    m("price_difference|distance_from_record_close", 0.01, "USD", ORCL, opt=True,
      basis="a penny below the all-time closing high (words)"),
    m(PC, 1.4, "%", ORCL, basis="last 12 months"),
    m(ICP, 2.2, "%", SPX, basis="last 12 months"),
    m(ICP, -0.09, "%", SPX, opt=True, basis="inline quote string"),
    m(ICP, 1.8, "%", IXIC, basis="last 12 months"),
    m(ICP, -0.16, "%", IXIC, opt=True, basis="inline quote string"),
    m("currency_impact|fx_impact|currency_headwind|fx_impact_eps|currency_effect", -0.03, "USD", ORCL,
      basis="per share; outlook; a hit from currency"),
    m(GAEPS, None, "USD", ORCL, rng=(1.05, 1.09), basis="adjusted; outlook for the fourth quarter"),
    m("guidance_revenue_growth|revenue_growth_guidance|guidance_revenue_change", None, "%", ORCL, rng=(-2, 0),
      basis="from 2% lower to flat"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", ORCL, rng=(11.03e9, 11.26e9),
      basis="outlook for the fourth quarter"),
    m(EPSC, 1.05, "USD", ORCL, basis="FactSet; fourth quarter"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 11.14e9, "USD", ORCL, basis="FactSet; fourth quarter"),
    m(NIO, 2.75e9, "USD", ORCL, prior=-4.05e9, basis="fiscal third quarter"),
    m(NIO, -4.05e9, "USD", ORCL, opt=True, basis="loss; a year earlier"),
    m(EPS, 0.76, "USD", ORCL, prior=-0.98, basis="fiscal third quarter"),
    m(EPS, -0.98, "USD", ORCL, opt=True, basis="loss per share; a year earlier"),
    m(AEPS, 0.87, "USD", ORCL, prior=0.83, basis="adjusted; fiscal third quarter"),
    m(AEPS, 0.83, "USD", ORCL, opt=True, basis="adjusted; a year before"),
    m(SHO, 3.62e9, "shares", ORCL, prior=4.12e9, basis="end of the third quarter"),
    m(SHO, 4.12e9, "shares", ORCL, opt=True, basis="a year earlier"),
    m(BB, 10e9, "USD", ORCL, basis="roughly; the quarter"),
    m(BB, 29.89e9, "USD", ORCL, basis="past nine months"),
    m(BB, 7e9, "USD", ORCL, basis="less than; same nine months a year earlier"),
    m("analyst_count|analysts", 33, "analysts", ORCL, opt=True, basis="FactSet survey"),
    m(EPSC, 0.84, "USD", ORCL, basis="FactSet average; adjusted; fiscal third quarter"),
    m(GAEPS, None, "USD", ORCL, rng=(0.83, 0.85), basis="the company's own earlier forecast for the third quarter"),
], [])

# ---------------------------------------------------------------- en03 Merck's third quarter by product (Contract Pharma, contractpharma.com; Friday October 27, 2017, no date printed): 3Q revenues $10.3 billion (-2%), 3Q loss $56.0 million (earnings $2.2 billion 3Q16), YTD revenues $29.7 billion (flat), YTD earnings $3.5 billion (-24%); pharmaceutical sales -3% to $9.2 billion; Keytruda $1.0 billion (+194%), Januvia -2% to $1.5 billion, Gardasil -22% to $675 million, ProQuad/M-M-R II/Varivax $519 million (+4%), Zepatier +185% to $468 million, Zetia/Vytorin -51% to $462 million, Isentress -17% to $310 million, Zostavax +23% to $234 million; revenue cut by approximately $240 million (Gardasil 9 stockpile borrowing) and approximately $135 million (cyber-attack); a $2.4 billion charge for the AstraZeneca collaboration (USD, %)
# A US drugmaker's quarter with sales by product. Whole as stored (page furniture aside). Dropped as furniture: the
# section label "Financial News" above the title, the byline "By: Kristin Brooks" with "Managing Editor, Contract
# Pharma", and the closing newsletter line ("Keep Up With Our Content. Subscribe To Contract Pharma Newsletters").
# Headline: the series title "Financial Report: Merck" kept as printed (a standing title with nothing to rewrite); the
# subheading rewritten ("Keytruda sales top $1.0 billion, up 194% in the quarter" -> "Keytruda sales pass $1.0 billion
# in the quarter, up 194%"). The data rows ("3Q Revenues: $10.3 billion (-2%)" ... "YTD Earnings: $3.5 billion
# (-24%)") kept as printed (table rows, not sentences), with the company label "Merck" above them; the "Comments:"
# paragraph rewritten. Kept as printed: "3Q16", "(flat)", the upper-case product names ("PROQUAD", "M-M-R II",
# "VARIVAX", "ZETIA / VYTORIN", "ISENTRESS / ISENTRESS HD", "ZOSTAVAX", "GARDASIL 9") beside "Keytruda", "Januvia",
# "Gardasil" and "Zepatier", "U.S. CDC and Prevention Pediatric Vaccine Stockpile", "cyber-attack". No quotes.
# Periods: the loss line compares the quarter with "3Q16", so the quarter reported is 2017Q3 (clearly implied; news50
# en03's "1Q2016" reasoning) and the year-ago earnings 2016Q3; "in the quarter" rows 2017Q3. The YTD rows take none (a
# nine-month span, not a calendar year; "year to date" in the basis).
# Decided: 3Q revenues $10.3 billion and -2 % key. "3Q Loss: $56.0 million (earnings were $2.2 billion 3Q16)" -> key
# net income -56.0e6 with the year-ago earnings as prior (same line) and an optional 2016Q3 row. YTD revenues key with
# "(flat)" an optional 0 %; YTD earnings $3.5 billion and -24 % key. Pharmaceutical sales -3 % and $9.2 billion key on
# the pharmaceutical business with Merck among the alternatives. Keytruda: the subheading's "pass $1.0 billion" and
# "up 194%" key (the first printing; "pass" as a hedge in the basis), the body's $1.0 billion and 194 % optional
# repeats. Each other product's sales level and % change key, keyed on the product name with Merck among the
# alternatives (the combined PROQUAD, M-M-R II and VARIVAX line one pair of rows). The GARDASIL 9 stockpile borrowing's
# "approximately $240 million" and the cyber-attack's "approximately $135 million" -> key negative revenue impacts; the
# "$2.4 billion charge" key, positive as printed (an amount charged). Not labelled: "3Q", "YTD" (labels), "9" in
# GARDASIL 9 and "II" in M-M-R II (names).
MRK = "Merck|Merck & Co|Merck & Co.|Merck & Co Inc|MRK"
Q, Q0 = "2017Q3", "2016Q3"
SAL = "sales|product_sales|revenue|drug_sales"
SALG = "sales_growth|product_sales_growth|revenue_growth|sales_change"
def prod(name):
    return name + "|" + MRK
G["en03"] = ([
    m("revenue|revenues|sales", 10.3e9, "USD", MRK, Q, basis="3Q"),
    m("revenue_growth|sales_growth", -2, "%", MRK, Q, basis="3Q"),
    m("net_income|net_profit|net_loss|earnings", -56.0e6, "USD", MRK, Q, prior=2.2e9, basis="3Q loss"),
    m("net_income|net_profit|earnings", 2.2e9, "USD", MRK, Q0, opt=True, basis="3Q16 earnings"),
    m("revenue|revenues|sales", 29.7e9, "USD", MRK, basis="year to date"),
    m("revenue_growth|sales_growth", 0, "%", MRK, opt=True, basis="year to date; (flat)"),
    m("net_income|net_profit|earnings", 3.5e9, "USD", MRK, basis="year to date"),
    m("net_income_growth|net_profit_growth|earnings_growth", -24, "%", MRK, basis="year to date"),
    m(SAL, 9.2e9, "USD", prod("pharmaceutical|Merck pharmaceutical|pharmaceutical sales"), Q, basis="in the quarter"),
    m(SALG, -3, "%", prod("pharmaceutical|Merck pharmaceutical|pharmaceutical sales"), Q, basis="in the quarter"),
    m(SAL, 1.0e9, "USD", prod("Keytruda"), Q, basis="subheading; pass"),
    m(SALG, 194, "%", prod("Keytruda"), Q, basis="subheading"),
    m(SAL, 1.0e9, "USD", prod("Keytruda"), Q, opt=True, basis="body repeat"),
    m(SALG, 194, "%", prod("Keytruda"), Q, opt=True, basis="body repeat"),
    m(SAL, 1.5e9, "USD", prod("Januvia"), Q),
    m(SALG, -2, "%", prod("Januvia"), Q, basis="pricing pressure"),
    m(SAL, 675e6, "USD", prod("Gardasil"), Q),
    m(SALG, -22, "%", prod("Gardasil"), Q),
    m(SAL, 519e6, "USD", prod("PROQUAD, M-M-R II and VARIVAX|PROQUAD|M-M-R II|VARIVAX"), Q),
    m(SALG, 4, "%", prod("PROQUAD, M-M-R II and VARIVAX|PROQUAD|M-M-R II|VARIVAX"), Q),
    m(SAL, 468e6, "USD", prod("Zepatier"), Q),
    m(SALG, 185, "%", prod("Zepatier"), Q),
    m(SAL, 462e6, "USD", prod("ZETIA / VYTORIN|ZETIA|VYTORIN"), Q, basis="loss of U.S. market exclusivity"),
    m(SALG, -51, "%", prod("ZETIA / VYTORIN|ZETIA|VYTORIN"), Q),
    m(SAL, 310e6, "USD", prod("ISENTRESS / ISENTRESS HD|ISENTRESS"), Q),
    m(SALG, -17, "%", prod("ISENTRESS / ISENTRESS HD|ISENTRESS"), Q),
    m(SAL, 234e6, "USD", prod("ZOSTAVAX"), Q),
    m(SALG, 23, "%", prod("ZOSTAVAX"), Q),
    m("revenue_impact|revenue_reduction|sales_impact", -240e6, "USD", prod("GARDASIL 9"), Q,
      basis="approximately; borrowing from the CDC pediatric vaccine stockpile"),
    m("revenue_impact|revenue_reduction|sales_impact|lost_sales", -135e6, "USD", MRK, Q,
      basis="approximately; cyber-attack production shutdown; lost sales"),
    m("charge|one_off_charge|special_charge", 2.4e9, "USD", MRK + "|AstraZeneca", Q,
      basis="strategic oncology collaboration with AstraZeneca"),
], [])

# ---------------------------------------------------------------- en04 Wall Street close on strong earnings (AFP text on the Daily Mail, dailymail.co.uk; Tuesday October 16, 2018, no date printed): Dow +2.2% (headline "more than 2%") or nearly 550 points to 25,798.42, S&P 500 +2.2% to 2,809.92, Nasdaq +2.9% to 7,645.49; Morgan Stanley +5.8%, Goldman Sachs +3.0%, Johnson & Johnson +2.0%, UnitedHealth +4.6%, Walmart +2.1%, Adobe +9.5% (points, %)
# A New York market close with earnings movers. Whole as stored (page furniture aside): the closing comments notice
# ("Sorry we are not currently accepting comments on this article.") dropped as furniture. Headline kept (rewritten:
# "Dow jumps more than 2% as US stocks rebound on strong earnings" -> "Dow climbs more than 2% as US stocks bounce back
# on strong earnings"). The CFRA strategist's two quoted sentences rendered as reported speech (no figures). Kept as
# printed: "a hair under its session peaks", "-- at least for now --", "tech-rich", the source's "won 5.8 percent and
# 3.0 percent" for the movers' gains (rendered "rose"), "3.0 percent" and "2.0 percent" with their decimals.
# Periods: none (a market wrap; "Tuesday", "last week", "August" and "full-year" print no year).
# Decided: each index's close and % move key; the Dow's "nearly 550 points" a key point move ("nearly" in the basis;
# the other two indexes print no point move). The headline's "more than 2%" an optional rounded restatement of the
# Dow's 2.2 %. Six stock moves key, read in order from the "respectively"-style pairs ("5.8 percent and 3.0 percent",
# "2.0 percent and 4.6 percent"). Not labelled: "two-day selloff" (a span), the unquantified forecast cut, revenue
# targets and job openings.
G["en04"] = ([
    m(ICP, 2, "%", DJI, opt=True, basis="headline; more than"),
    m(IL, 25798.42, "points", DJI),
    m(ICP, 2.2, "%", DJI),
    m(IC, 550, "points", DJI, basis="nearly"),
    m(ICP, 2.2, "%", SPX),
    m(IL, 2809.92, "points", SPX),
    m(ICP, 2.9, "%", IXIC),
    m(IL, 7645.49, "points", IXIC),
    m(PC, 5.8, "%", "Morgan Stanley|MS", basis="on earnings results"),
    m(PC, 3.0, "%", "Goldman Sachs|Goldman|GS", basis="on earnings results"),
    m(PC, 2.0, "%", "Johnson & Johnson|J&J|JNJ", basis="after earnings"),
    m(PC, 4.6, "%", "UnitedHealth Group|UnitedHealth|UNH", basis="after earnings"),
    m(PC, 2.1, "%", "Walmart|WMT", basis="despite a lower full-year earnings forecast"),
    m(PC, 9.5, "%", "Adobe|ADBE", basis="revenue targets above analyst expectations"),
], [])

# ---------------------------------------------------------------- en05 US new home sales for October 2016 with revisions (Zillow Research, zillow.com; November 2016, no date printed): sales -1.9% to 563,000 SAAR, the three previous months revised down by a combined 34,000, August 567,000 from 609,000, stuck in the 560,000-580,000 range; regions m/m West +8.8%, South -3%, Midwest -13.7%, Northeast -9.1%, y/y West +28.7%, South +17.9%, Midwest +8.6%, Northeast -6.25%; homes for sale +2.9% m/m and +9.3% y/y to 246,000, 57% below the July 2006 peak of 572,000; median months on market 3 (low 2.9 in December 2015); median price $310,300, +1.3% m/m, +2.1% y/y, below the $321,900 high of April 2016 (units, %, months, USD)
# A US housing release with revisions, regional moves, inventory and prices. Cut: the stored page breaks off mid-word
# in the sentence after the price-growth remark ("A year ago, median sales prices of newly built homes were growing at
# an average rate of 6.2 percent (12-m"), so the passage stops after "... slowed sharply in recent months." (rendered
# "Price growth has cooled sharply over recent months."), a sentence boundary (the "6.2 percent" goes with the cut).
# The stored text has no headline (the address slug "october-new-home-sales-report-13886" is not page text; none added).
# Kept as printed: "(SAAR)" after the first rate and after the August and inventory figures, "560,000-580,000",
# "(figure 1)", "6.25 percent" with two decimals, "(since completion)", "seasonally-adjusted" hyphenated, the inventory
# peak in brackets "(572,000 units on the market, SAAR)". No quotes.
# Periods: "9.3 percent from October 2015" dates the October release 2016-10 (clearly implied), so "September" is
# 2016-09 and "August" 2016-08; the July 2006 peak, the December 2015 low and the April 2016 high carry their printed
# months. Changes are month-on-month ("from September", "from the month before") or year-on-year ("year-over-year",
# "from a year earlier", "from October 2015"), said in the basis.
# Decided: the -1.9 % and 563,000 units key (2016-10). "Revisions lowered the three previous months' sales by a
# combined 34,000 units" -> a key -34000 units revision (no period: three months). August "first put at 609,000 units
# ... now estimated at 567,000 units" -> key 567000 with the first estimate as prior and an optional first-estimate row
# (news15 en09: a revision carries the first reading as prior). The "560,000-580,000 range" sales have been stuck in
# -> an optional range (a description of recent months, not a release figure). Four regions' month-on-month moves and
# four year-on-year moves key on the region with the US among the alternatives (declines negative). Homes for sale
# 246,000 units with +2.9 % m/m and +9.3 % y/y key; "57 percent short of the July 2006 peak" a key -57 % distance from
# the peak; the peak's 572,000 units optional (historic). Median months on market 3 key; the historic low 2.9 months
# optional. Median price $310,300 with +1.3 % m/m and +2.1 % y/y key; the April 2016 historic high $321,900 optional.
# Not labelled: "since April", "since September 2009" (dates), "three previous months" as a count of months.
US = "US|U.S.|United States|U.S. new home sales|new home sales|U.S. Census Bureau"
OCT, SEP, AUG = "2016-10", "2016-09", "2016-08"
NHS = "new_home_sales|home_sales|sales"
NHSC = "new_home_sales_change|home_sales_change|sales_change|new_home_sales_growth"
def reg(name):
    return name + "|" + US
G["en05"] = ([
    m(NHSC, -1.9, "%", US, OCT, basis="from September; SAAR"),
    m(NHS, 563000, "units", US, OCT, basis="seasonally adjusted annual rate (SAAR)"),
    m("revision|new_home_sales_revision|sales_revision", -34000, "units", US,
      basis="the three previous months combined; revised lower"),
    m(NHS, 567000, "units", US, AUG, prior=609000, basis="revised estimate; SAAR"),
    m(NHS, 609000, "units", US, AUG, opt=True, basis="first estimate; SAAR"),
    m(NHS, None, "units", US, opt=True, rng=(560000, 580000), basis="range sales have been stuck in since April"),
    m(NHSC, 8.8, "%", reg("West"), OCT, basis="from September"),
    m(NHSC, -3, "%", reg("South"), OCT, basis="from September"),
    m(NHSC, -13.7, "%", reg("Midwest"), OCT, basis="from September"),
    m(NHSC, -9.1, "%", reg("Northeast"), OCT, basis="from September"),
    m(NHSC, 28.7, "%", reg("West"), OCT, basis="year-over-year"),
    m(NHSC, 17.9, "%", reg("South"), OCT, basis="year-over-year"),
    m(NHSC, 8.6, "%", reg("Midwest"), OCT, basis="year-over-year"),
    m(NHSC, -6.25, "%", reg("Northeast"), OCT, basis="from a year ago"),
    m("homes_for_sale|inventory|new_homes_for_sale", 246000, "units", US, OCT, basis="SAAR; most since September 2009"),
    m("inventory_change|homes_for_sale_change|inventory_growth", 2.9, "%", US, OCT, basis="from September"),
    m("inventory_change|homes_for_sale_change|inventory_growth", 9.3, "%", US, OCT, basis="from October 2015"),
    m("inventory_vs_peak|inventory_change|homes_for_sale_change", -57, "%", US, OCT, basis="short of the July 2006 peak"),
    m("homes_for_sale|inventory|new_homes_for_sale", 572000, "units", US, "2006-07", opt=True, basis="peak; SAAR"),
    m("median_months_on_market|months_on_market", 3, "months", US, OCT, basis="median; since completion"),
    m("median_months_on_market|months_on_market", 2.9, "months", US, "2015-12", opt=True, basis="historic low"),
    m("median_price|median_sales_price|median_home_price", 310300, "USD", US, OCT, basis="seasonally adjusted"),
    m("median_price_change|median_sales_price_change|price_change", 1.3, "%", US, OCT, basis="from the month before"),
    m("median_price_change|median_sales_price_change|price_change", 2.1, "%", US, OCT, basis="from a year earlier"),
    m("median_price|median_sales_price|median_home_price", 321900, "USD", US, "2016-04", opt=True,
      basis="historic high"),
], [])

# ---------------------------------------------------------------- en06 Analysts lift Eli Lilly targets after its first quarter (The Motley Fool, fool.com; Friday April 28, 2023, no date printed): shares +1.4% vs the S&P 500's +0.8%; Wells Fargo $440 from $375 (overweight), UBS +$9 to $447 (buy), Morgan Stanley $478 from $445 (buy), Truist Securities $430, +$9 (buy) (USD, %)
# A US analyst round-up of price-target changes on one drugmaker after its quarter. Whole as stored. The stored text
# has no headline (the address slug "why-eli-lilly-stock-was-a-winner-today" is not page text; none added); the three
# crossheads "What happened", "So what", "Now what" kept as printed (standing crossheads with nothing to rewrite). The
# inline quote string "(LLY -1.81%)" kept as page text. Kept as printed: the typos "pharamceutical" and "As his did so"
# (for "as he did so"), "(i.e., buy)", "white-shoe", Morgan Stanley's rating given as "a buy" (the firm's scale is not
# printed otherwise), the two "$9" steps. No quotes.
# Periods: none ("first quarter", "Friday", "the week" print no year).
# Decided: the Friday +1.4 % key and the S&P 500's +0.8 % key on the index; the quote string -1.81 % optional.
# Rating actions: four raise_target actions, each with its rating kept as printed ("overweight (i.e., buy)" ->
# overweight; UBS, Morgan Stanley and Truist "buy") and no prior rating (none changed); prior targets where printed
# ("well above his previous $375", "instead of his earlier $445"); UBS's and Truist's earlier targets are not printed
# (only the "$9" steps), so no prior target (the arithmetic $438 and $421 are not written in the text). The two "$9"
# steps beside printed new targets are optional target_price_change rows (incidental restatements of the actions;
# news30's treatment of a printed target step). Analysts' names are in the broker alternatives. Not labelled: "the
# morning before", "the last trading day of the week" (dates).
LLY = "Eli Lilly|Lilly|Eli Lilly and Company|Eli Lilly & Co.|LLY"
G["en06"] = ([
    m(PC, -1.81, "%", LLY, opt=True, basis="inline quote string"),
    m(PC, 1.4, "%", LLY, basis="Friday"),
    m(ICP, 0.8, "%", SPX, basis="Friday"),
    m("target_price_change|price_target_change", 9, "USD", LLY, opt=True, basis="UBS; raised by"),
    m("target_price_change|price_target_change", 9, "USD", LLY, opt=True, basis="Truist Securities; an increase of"),
], [
    ra("Wells Fargo|Wells Fargo Securities|Mohit Bansal", LLY, "raise_target", "overweight", target=440,
       prior_target=375, cur="USD"),
    ra("UBS|Colin Bristow", LLY, "raise_target", "buy", target=447, cur="USD"),
    ra("Morgan Stanley|Terence Flynn", LLY, "raise_target", "buy", target=478, prior_target=445, cur="USD"),
    ra("Truist Securities|Truist|Robyn Karnauskas", LLY, "raise_target", "buy", target=430, cur="USD"),
])
