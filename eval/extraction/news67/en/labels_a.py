# Hand-written gold labels for news67/en en01-en06 (batch a: US and European news in English — a US property and
# casualty insurer's second quarter of 2008 with net income and EPS against a year earlier, operating income and
# operating EPS, its affirmed 2008 operating-EPS range, flat net written premiums with the U.S. and non-U.S. moves, the
# combined ratio with the catastrophe points of both years, the expense ratio, investment income and the quarter's share
# buyback; a US chipmaker's third quarter against the Capital IQ consensus with its raised third-quarter guidance, six
# segments' revenue with sequential and year-on-year growth and a fourth-quarter revenue range and gross margin against
# the consensus; a UK retail-sales release for January 2013 with the City's forecast, December's revision, the
# three-month and year-on-year comparisons, four categories and fourth-quarter GDP; a Swiss chemicals group's job cuts
# in Swiss francs with the savings, the headcount, the Swiss and European shares and its 2019 net profit and sales
# against 2018; the European Commission's €9 billion ten-year syndicated EU-Bond with its coupon, re-offer yield and
# price, order book, oversubscription and spreads to mid-swaps, the Bund and the OAT and the half-year issuance target;
# and a Wall Street close with the three indexes, the energy sector, oil movers, crude prices and weekly jobless claims
# against the poll).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the unit words
# "shares", "people" and "jobs", the units "%", "pp", "bp", "x" and "points" and the codes "USD", "CHF" and "EUR" were
# checked against the unit strings of the earlier sets' labels_*.py files instead; "positions" and "posts" are new count
# nouns, printed so in en04), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news66/en/README.md, with news61 en01 / news54 en01 (a US insurer's quarter: net income and EPS with the year-ago
# figures as priors and optional rows, operating EPS, the combined ratio in "%"), news16 en04 and news24 en10 (a chip
# maker's guidance: ranges as rng with the earlier range as prng and an optional row, a gross-margin tolerance an
# optional row, segments as their own entities with the company among the alternatives, consensus rows key), news65
# en01 (an EPS beat printed as "N cents more than expected" -> a key surprise row), news65 en03 (a macro release: the
# forecast as key consensus rows, a revised month with its first reading as prior and an optional row, spans of several
# months without a period), news12 en12 and news23 en10 (bond deals: size, coupon, yield, spread in bp, order book and
# oversubscription key, tenor and maturity dates not labelled, no periods on deal terms) and news61 en05 (a Wall Street
# close: each index's point move, % move and close, movers' % and price, no periods) as models.
# Currencies: "$" -> USD on the US pages (en01, en02, en06) and for the bracketed conversion in en04 ("a little over $51
# million"); "CHF" -> CHF (en04: "CHF50 million" -> 50e6, "CHF4.39 billion" -> 4.39e9); "€" -> EUR (en05: "€9 billion" ->
# 9e9, "€40.17 billion" -> 40.17e9). Scaling: values fully scaled ("$469 million" -> 469e6, "$3.0 billion" -> 3.0e9,
# "$15.78 bln" -> 15.78e9, "$689 mln" -> 689e6, "$15.3-15.9 bln" -> (15.3e9, 15.9e9), "5,477,480 shares" -> 5477480,
# "281,000" -> 281000); declines negative ("declined 13%" -> -13, "down 3%" -> -3, "down 1% Y/Y" -> -1, "down 9 percent
# sequentially" -> -9, "fell 0.6%" -> -0.6, "the fall ... revised ... from 0.1% to 0.3%" -> -0.3 with prior -0.1, "a
# decline of more than 6 percent" -> -6, "-15.5 bps below the OAT" -> -15.5 bp); hedges and bounds in the basis ("more
# than", "approximately", "around", "a little over", "in excess of", "over", "up to").
# Periods decided: en01 "the second quarter of 2008" / "of 2007" -> 2008Q2 / 2007Q2, "2008 Operating Income per Share
# Guidance" -> 2008, the repurchase authorization left "At June 30, 2008" a balance (none). en02 prints no year ("Q3
# (Sep)", "Q4", "September 16"; the address's 2016 is not page text) -> none, the quarter in the basis. en03 "the same
# month of 2012" for January and "the fourth quarter of 2012" -> January 2013-01, December 2012-12, 2012Q4 (clearly
# implied: January's year-on-year comparison is with January 2012); the November-to-January three months a span (none).
# en04 "a drop in profit in 2019" and "from CHF356 million in 2018" -> 2019 and 2018 for net profit and for the sales of
# the same paragraph group; the job cuts "over the next two years" none. en05 deal terms none; "its €90 billion bond
# issuance target for the first half of 2025" -> 2025H1 for the target and the amount issued against it. en06 (a market
# wrap; "Thursday", "the week ended April 4", "May 15 delivery") -> none.
# Not labelled: dates and times ("July 24, 2008", "June 30, 2008" beyond the basis, "September 16", "12 December 2035",
# "15 February 2035", "25 May 2035", "April 4", "May 15 delivery", "8:30 a.m.", "2 p.m.", "Thursday", "Tuesday"), tenors
# and spans ("10-year", "over the next two years", "since March 2010", "since last spring", "a 15-year low", "the third
# recession ... since 2008"), numbers inside names ("S&P 500", "Standard & Poor's 500", "NextGenerationEU"), tickers and
# index codes ("[NYSE: CB]", "(NYSE:GE)", "(INDEXDJX:.DJI)"), en04's dated portfolio moves ("in 2019", "in 2020") and
# en06's announced release times.

NI = "net_income|net_profit|profit"
EPS = "eps|earnings_per_share|diluted_eps|net_income_per_share"
PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Chubb's second quarter of 2008 (The Chubb Corporation's news release, Exhibit 99.1 on sec.gov; dateline "WARREN, New Jersey, July 24, 2008"): net income $469 million or $1.27 a share against $709 million or $1.75; operating income $518 million from $648 million; operating EPS -13% to $1.40 from $1.60; 2008 operating-EPS guidance $5.70 to $6.10 affirmed (headline); net written premiums flat at $3.0 billion, U.S. -3%, outside the U.S. +11% (3% in local currencies); combined ratio 88.5% against 82.7%; catastrophe losses 5.4 percentage points (2008) and 3.9 points (2007); expense ratio 29.8% and 29.6%; investment income +4% to $327 million from $313 million; 5,477,480 shares bought back for $281 million; 9,315,206 shares left under the authorization (USD, %, pp, shares)
# A US insurer's quarter with premiums, the combined ratio, the catastrophe share of it, the expense ratio and a share
# buyback (no book value per share is printed in the stored excerpt). Cut: the stored text breaks off inside the chief
# executive's quotation ("In an otherwise excellent quarter, our results were adversely impacted by unusually high
# catastrophe losses and by one large Surety loss," with no attribution and no end), so the passage stops after the
# repurchase-authorization sentence, a sentence boundary; no figure goes with the cut. The release's four-line title
# kept as the headline (rewritten, joined on one line with semicolons as the title's own lines were); the exhibit label
# ("Exhibit 99.1"), the letterhead ("News from The Chubb Corporation", "15 Mountain View Road • P.O. Box 1615", "Warren,
# New Jersey 07061-1615", "Telephone: 908-903-2000"), "FOR IMMEDIATE RELEASE" and the page number "2" are furniture
# (dropped); the dateline kept. Kept as printed: "[NYSE: CB]" in square brackets, "$469 million or $1.27 per share"
# without a comma, "flat at $3.0 billion", "(3% in local currencies)", "5.4 percentage points" beside "3.9 points",
# "5,477,480 shares", "9,315,206 shares".
# Periods: 2008Q2, 2007Q2, guidance 2008 (see the header).
# Decided: net income and EPS "..., compared to $709 million or $1.75 per share in the second quarter of 2007" -> key
# with priors and optional 2007Q2 rows; the headline's "$1.27" an optional repeat of the body's key EPS. Operating
# income "declined to $518 million from $648 million" and operating EPS "declined 13% to $1.40 from $1.60" -> key levels
# with priors, optional 2007Q2 rows, the -13 % key; the headline's "-13% to $1.40" two optional repeats. The headline's
# "2008 Operating Income per Share Guidance of $5.70 to $6.10 Is Affirmed" -> key rng (5.70, 6.10) for 2008 (no earlier
# range printed; "affirmed" in the basis). Net written premiums "flat at $3.0 billion" key, its zero change an optional
# row (a word); "down 3% in the U.S. and up 11% outside the U.S. (3% in local currencies)" -> three key growth rows on
# the region with Chubb among the alternatives. "88.5% in 2008, compared to 82.7% in 2007" -> key combined ratio with
# prior and an optional 2007Q2 row; the headline's "88.5%" an optional repeat. Catastrophe losses "accounted for 5.4
# percentage points of the combined ratio" (2008Q2) and, in a sentence of its own, "3.9 points" (2007Q2) -> two key rows
# in "pp" (points of a ratio, news16's "a couple of points"; not a prior, news65 en01's year-ago sentence of its own).
# "The expense ratio ... was 29.8% in 2008 and 29.6% in 2007" -> key with prior and an optional row (the same sentence
# compares the two years). Investment income "increased 4% to $327 million in 2008 from $313 million in 2007" -> key
# level with prior, key growth, optional 2007Q2 row. The buyback: shares repurchased (5,477,480 "shares") and total cost
# ($281 million) key for 2008Q2; the 9,315,206 shares left under the authorization key with no period (a balance). No
# rating actions.
CB = "The Chubb Corporation|Chubb Corporation|Chubb Corp|Chubb|CB"
US_ = "Chubb U.S.|U.S.|United States|" + CB
NUS = "Chubb outside the U.S.|outside the U.S.|non-U.S.|international|" + CB
Q, Q0, Y = "2008Q2", "2007Q2", "2008"
OPI = "operating_income|operating_profit|operating_earnings"
OPEPS = "operating_eps|operating_income_per_share|operating_earnings_per_share|adjusted_eps|eps"
OPG = "operating_eps_growth|operating_income_per_share_growth|operating_eps_change|eps_growth"
CR = "combined_ratio|combined_loss_and_expense_ratio"
NWP = "net_written_premiums|net_premiums_written|premiums_written|premiums"
NWPG = "net_written_premiums_growth|premium_growth|premiums_growth|net_premiums_written_growth"
CAT = "catastrophe_impact|catastrophe_losses_ratio_points|catastrophe_loss_ratio|cat_loss_ratio|catastrophe_points"
XR = "expense_ratio"
NII = "investment_income|net_investment_income|after_tax_investment_income"
G["en01"] = ([
    m(NI, 469e6, "USD", CB, Q, prior=709e6),
    m(NI, 709e6, "USD", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(EPS, 1.27, "USD", CB, Q, prior=1.75, basis="net income per share"),
    m(EPS, 1.27, "USD", CB, Q, opt=True, basis="headline repeat"),
    m(EPS, 1.75, "USD", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(OPI, 518e6, "USD", CB, Q, prior=648e6,
      basis="net income excluding after-tax realized investment gains and losses"),
    m(OPI, 648e6, "USD", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(OPEPS, 1.40, "USD", CB, Q, prior=1.60, basis="operating income per share"),
    m(OPEPS, 1.60, "USD", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(OPG, -13, "%", CB, Q, basis="operating income per share declined"),
    m(OPG, -13, "%", CB, Q, opt=True, basis="headline repeat"),
    m(OPEPS, 1.40, "USD", CB, Q, opt=True, basis="headline repeat"),
    m("guidance_operating_eps|operating_eps_guidance|guidance_eps|eps_guidance", None, "USD", CB, Y, rng=(5.70, 6.10),
      basis="2008 operating income per share guidance, affirmed (headline)"),
    m(NWP, 3.0e9, "USD", CB, Q, basis="total net written premiums, flat"),
    m(NWPG, 0, "%", CB, Q, opt=True, basis="flat (word)"),
    m(NWPG, -3, "%", US_, Q, basis="premiums in the U.S."),
    m(NWPG, 11, "%", NUS, Q, basis="premiums outside the U.S."),
    m(NWPG, 3, "%", NUS, Q, basis="outside the U.S., in local currencies"),
    m(CR, 88.5, "%", CB, Q, prior=82.7, basis="combined loss and expense ratio"),
    m(CR, 82.7, "%", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(CR, 88.5, "%", CB, Q, opt=True, basis="headline repeat"),
    m(CAT, 5.4, "pp", CB, Q, basis="catastrophe losses' share of the combined ratio, percentage points"),
    m(CAT, 3.9, "pp", CB, Q0, basis="catastrophe losses' share of the combined ratio, printed 'points'"),
    m(XR, 29.8, "%", CB, Q, prior=29.6),
    m(XR, 29.6, "%", CB, Q0, opt=True, basis="second quarter of 2007"),
    m(NII, 327e6, "USD", CB, Q, prior=313e6, basis="property and casualty investment income after taxes"),
    m(NII, 313e6, "USD", CB, Q0, opt=True, basis="second quarter of 2007"),
    m("investment_income_growth|net_investment_income_growth", 4, "%", CB, Q, basis="after taxes"),
    m("shares_repurchased|buyback_shares|share_repurchases", 5477480, "shares", CB, Q, basis="common stock"),
    m("buyback_cost|buyback|share_repurchase_cost|buyback_amount", 281e6, "USD", CB, Q, basis="total cost"),
    m("buyback_authorization_remaining|remaining_authorization|shares_remaining_under_authorization", 9315206,
      "shares", CB, basis="left under the current repurchase authorization as of June 30, 2008"),
], [])

# ---------------------------------------------------------------- en02 Intel's third quarter against the Capital IQ consensus with its raised guidance and its Q4 outlook (tradewitheva.com; most likely Tuesday October 18, 2016 — no date or year printed): adjusted EPS $0.80, $0.08 above $0.72; revenues +9.1% to $15.78 bln against $15.61 bln; adj. gross margin 64.8%; GAAP EPS $0.69 vs $0.67; Q3 guidance raised on September 16 to $15.3-15.9 bln from $14.4-15.4 bln and gross margin to 63% from 62%; six segments' revenue with sequential and year-on-year growth; Q4 revs $15.2-16.2 bln vs $15.88 bln, gross margin 63% +/- a couple percent (USD, %, pp)
# A US tech company's quarter with next-quarter guidance, gross margin, EPS against estimates and segment revenue.
# Whole as stored (page furniture aside): the blog's "No comments:" and "Post a Comment" are furniture (dropped). The
# first line (the post's summary title, ending " :") kept as the headline (rewritten: "Intel beats Q3 estimates after
# raising revenue, gross margin guidance on Sept 16; guides Q4 revs in-line, gross margin lower Q/Q at midpoint :" ->
# "Intel tops Q3 estimates after lifting revenue, gross margin guidance on Sept 16; Q4 revs guided in-line, gross margin
# lower Q/Q at midpoint :"); the bulleted list kept as a list (its segment rows are data rows, reworded only in their
# verb: "revenue of" -> "revenue came to"; "Q3 results by segment:" -> "Q3 segment results:"). Kept as printed: "Q3 (Sep)", "items,$0.08" with no space,
# "Capital IQ Consensus", "year/year", "bln", "mln", "adj. gross margin", "$15.3-15.9 bln from $14.4-15.4 bln", "co",
# "rev", "revs", "yearover-year" (twice, unhyphenated), "percent" beside "%", "Y/Y", the segment rows without full
# stops, "+/- a couple percent".
# Periods: none (no year printed; the quarter in the basis).
# Decided: "$0.80 per share, excluding non-recurring items" -> key adjusted EPS; "$0.08 better than the Capital IQ
# Consensus of $0.72" -> key surprise +0.08 USD and key consensus 0.72 (news65 en01's beat in cents). Revenue growth
# 9.1 %, revenue $15.78 bln and its consensus $15.61 bln key; the adjusted gross margin 64.8 % key; GAAP EPS $0.69 and
# its $0.67 consensus key (GAAP in the basis). The September 16 raise "to $15.3-15.9 bln from $14.4-15.4 bln" -> key
# rng with prng and an optional earlier-range row; the non-GAAP gross-margin guidance "to 63% from 62%" -> key with prior
# and an optional earlier row. Segments: each revenue level key on the segment with Intel among the alternatives, each
# sequential and year-on-year growth key (declines negative); "flat sequentially" (Intel Security) an optional zero row
# (a word); Programmable Solutions prints no year-on-year figure. Q4: "$15.2-16.2 bln" key rng, the "$15.88 bln Capital
# IQ Consensus" key, the gross margin 63 % key and "+/- a couple percent" an optional 2 pp tolerance (news16 en04). "In-
# line" and "lower Q/Q at midpoint" print no figure. No rating actions (Capital IQ's consensus is a metric).
INTC = "Intel|Intel Corp|Intel Corporation|INTC"
CCG = "Client Computing Group|Intel Client Computing Group|CCG|" + INTC
DCG = "Data Center Group|Intel Data Center Group|DCG|" + INTC
IOT = "Internet of Things Group|Intel Internet of Things Group|IoT Group|IOTG|" + INTC
NVM = "Non-Volatile Memory Solutions Group|Intel Non-Volatile Memory Solutions Group|NSG|" + INTC
ISG = "Intel Security Group|Intel Security|" + INTC
PSG = "Programmable Solutions Group|Intel Programmable Solutions Group|PSG|" + INTC
Q3, Q4 = "Q3 (Sep)", "Q4"
SRV = "segment_revenue|revenue"
QOQ = "segment_revenue_growth_qoq|segment_revenue_growth|revenue_growth|sequential_growth"
YOY = "segment_revenue_growth_yoy|segment_revenue_growth|revenue_growth"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast"
GGM = "guidance_gross_margin|gross_margin_guidance|gross_margin_forecast"
G["en02"] = ([
    m("adjusted_eps|eps|eps_excluding_items", 0.80, "USD", INTC, basis=Q3 + "; excluding non-recurring items"),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.08, "USD", INTC, basis=Q3 + "; better than the Capital IQ Consensus"),
    m("eps_consensus|eps_estimate|consensus_eps", 0.72, "USD", INTC, basis=Q3 + "; Capital IQ Consensus"),
    m("revenue_growth|revenue_change", 9.1, "%", INTC, basis=Q3 + "; year/year"),
    m("revenue|revenues|total_revenue", 15.78e9, "USD", INTC, basis=Q3),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 15.61e9, "USD", INTC, basis=Q3 + "; Capital IQ Consensus"),
    m("adjusted_gross_margin|gross_margin", 64.8, "%", INTC, basis=Q3 + "; adj."),
    m("gaap_eps|eps|diluted_eps", 0.69, "USD", INTC, basis=Q3 + "; GAAP"),
    m("gaap_eps_consensus|eps_consensus|eps_estimate", 0.67, "USD", INTC, basis=Q3 + "; GAAP consensus"),
    m(GREV, None, "USD", INTC, rng=(15.3e9, 15.9e9), prng=(14.4e9, 15.4e9), basis="Q3; raised on September 16"),
    m(GREV, None, "USD", INTC, rng=(14.4e9, 15.4e9), opt=True, basis="Q3; guidance before the September 16 raise"),
    m(GGM, 63, "%", INTC, prior=62, basis="Q3; non-GAAP; raised on September 16"),
    m(GGM, 62, "%", INTC, opt=True, basis="Q3; non-GAAP; before the September 16 raise"),
    m(SRV, 8.9e9, "USD", CCG, basis=Q3),
    m(QOQ, 21, "%", CCG, basis=Q3 + "; sequentially"),
    m(YOY, 5, "%", CCG, basis=Q3 + "; yearover-year"),
    m(SRV, 4.5e9, "USD", DCG, basis=Q3),
    m(QOQ, 13, "%", DCG, basis=Q3 + "; sequentially"),
    m(YOY, 10, "%", DCG, basis=Q3 + "; yearover-year"),
    m(SRV, 689e6, "USD", IOT, basis=Q3),
    m(QOQ, 20, "%", IOT, basis=Q3 + "; sequentially"),
    m(YOY, 19, "%", IOT, basis=Q3 + "; Y/Y"),
    m(SRV, 649e6, "USD", NVM, basis=Q3),
    m(QOQ, 17, "%", NVM, basis=Q3 + "; sequentially"),
    m(YOY, -1, "%", NVM, basis=Q3 + "; Y/Y"),
    m(SRV, 537e6, "USD", ISG, basis=Q3),
    m(QOQ, 0, "%", ISG, opt=True, basis=Q3 + "; flat sequentially (word)"),
    m(YOY, 6, "%", ISG, basis=Q3 + "; Y/Y"),
    m(SRV, 425e6, "USD", PSG, basis=Q3),
    m(QOQ, -9, "%", PSG, basis=Q3 + "; sequentially"),
    m(GREV, None, "USD", INTC, rng=(15.2e9, 16.2e9), basis=Q4 + "; in-line guidance"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 15.88e9, "USD", INTC, basis=Q4 + "; Capital IQ Consensus"),
    m(GGM, 63, "%", INTC, basis=Q4 + "; +/- a couple percent"),
    m("guidance_gross_margin_tolerance|gross_margin_range_width", 2, "pp", INTC, opt=True,
      basis=Q4 + "; '+/- a couple percent'"),
], [])

# ---------------------------------------------------------------- en03 UK retail sales for January 2013 (The Herald, heraldscotland.com; most likely Saturday February 16, 2013 — "yesterday" for the ONS release; "the same month of 2012" and "the fourth quarter of 2012" printed): volumes -0.6% month-on-month against a forecast +0.4%; December's fall revised from 0.1% to 0.3%; fourth-quarter 2012 GDP -0.3%; November-January -0.8% on the previous three months; -0.6% year on year; food -1.6%, non-food +0.6%, non-specialised +1.6%, household goods -0.3% (%)
# A euro-area or UK macro release: UK retail sales with the previous month (revised) and the forecast. Cut: the
# stored text breaks off inside the economist's second quotation (He added: "The rest of 2013 l"), so the passage
# stops after his first statement, a sentence boundary; no figure goes with the cut. The stored text has no headline
# (it opens with the lead; the address slug "Tumble_in_retail_sales_fuels_fears_over_economy" is not page text; none
# added). "Loading article content" between the third and fourth paragraphs is furniture (dropped). Quotes rendered as
# reported speech: Howard Archer's quoted phrase ("significant dent to growth hopes"; no figure) and Samuel Tombs' two
# quoted sentences (no figures). Kept as printed: "the City", "seasonally-adjusted" hyphenated, "0.4% month-on-month
# rise", "from 0.1% to 0.3%" for a fall, "three-month-on-three-month", "since March 2010", "the same month of 2012",
# "since last spring", "non-specialised" (British spelling), "British Retail Consortium".
# Periods: 2013-01, 2012-12, 2012Q4; the three-month comparison none (see the header).
# Decided: "sales volumes fell 0.6% on a seasonally-adjusted basis last month" (January) -> key -0.6 % month-on-month;
# "the City had forecast a 0.4% month-on-month rise" -> key consensus +0.4 %. "The fall in retail sales volumes in
# December was revised ... from 0.1% to 0.3%" -> key -0.3 % for 2012-12 with the first reading -0.1 as prior and an
# optional first-reading row (news65 en03's revision). GDP "fell 0.3% in the fourth quarter of 2012" key on the UK.
# "Comparing the November to January period with the preceding three months ... down 0.8%" -> key, no period (a span;
# the span in the basis). "Down 0.6% on the same month of 2012" -> key year-on-year row for January. Food -1.6 %,
# non-food +0.6 %, non-specialised +1.6 % and household goods -0.3 % key on the category with UK retail sales among the
# alternatives (non-food and the two stores' categories read as January month-on-month, as the food sentence before
# them). "The third recession ... since 2008" is an ordinal and a year (not labelled). No rating actions.
UK = "UK|United Kingdom|Britain|UK economy"
RS = "UK retail sales|retail sales volumes|retail sales|UK retail sales volumes|" + UK
J, D, Q412 = "2013-01", "2012-12", "2012Q4"
RSC = "retail_sales_change|retail_sales_volume_change|retail_sales_growth|retail_sales_mom"
G["en03"] = ([
    m(RSC, -0.6, "%", RS, J, basis="volumes, month-on-month, seasonally adjusted"),
    m("retail_sales_consensus|retail_sales_forecast|retail_sales_growth_forecast", 0.4, "%", RS, J,
      basis="the City's forecast, month-on-month"),
    m(RSC, -0.3, "%", RS, D, prior=-0.1, basis="December fall, revised"),
    m(RSC, -0.1, "%", RS, D, opt=True, basis="December fall, first reading"),
    m("gdp_growth|gdp_change|gdp_growth_qoq", -0.3, "%", UK, Q412, basis="gross domestic product"),
    m("retail_sales_3m_change|retail_sales_change_3m_3m|" + RSC, -0.8, "%", RS,
      basis="November to January vs the preceding three months; weakest since March 2010"),
    m("retail_sales_yoy|retail_sales_change_yoy|" + RSC, -0.6, "%", RS, J,
      basis="on the same month of 2012; worst since last spring"),
    m("food_sales_change|" + RSC, -1.6, "%", "food sales|food|" + RS, J, basis="month-on-month"),
    m("non_food_sales_change|" + RSC, 0.6, "%", "non-food sales|non-food|" + RS, J, basis="month-on-month"),
    m("non_specialised_sales_change|category_sales_change|" + RSC, 1.6, "%",
      "non-specialised stores|non-specialised category|department stores|" + RS, J, basis="volumes, month-on-month"),
    m("household_goods_sales_change|category_sales_change|" + RSC, -0.3, "%", "household goods|" + RS, J,
      basis="month-on-month"),
], [])

# ---------------------------------------------------------------- en04 Clariant's job cuts with its 2019 results (swissinfo.ch, from Keystone-SDA; most likely Thursday February 20, 2020 — "For 2020" and "this year" printed): up to 600 jobs (lead); approximately 500 to 600 positions over two years saving approximately CHF50 million (a little over $51 million); around 17,200 employees; 3-3.5% of the workforce; around 40% in Europe, 20 posts in Switzerland, 522 people there; 2019 net profit CHF38 million from CHF356 million; sales CHF4.39 billion from CHF4.4 billion (CHF, USD, %, jobs, positions, people, posts)
# A European company announcing job cuts and cost savings with its results, in Swiss francs. Whole as stored (page
# furniture aside). The stored text has no headline (it opens with the standfirst "The Swiss specialty chemicals firm
# Clariant says it will cut up to 600 jobs ..."; the address slug "clariant-to-cut-up-to-600-jobs-as-profit-falls" is
# not page text; none added). Dropped as furniture: "This content was published on", the reading time "2 minutes", the
# credit "Keystone-SDA/sb", the link label "External link" run into "on Thursday", and the closing "Popular Stories" /
# "More" lists. Quotes rendered as reported speech: the company's statement on 2020 (one sentence; no figure beyond the
# year) and its statement on the portfolio (one sentence; the years 2019 and 2020 kept). Kept as printed: "Basel-based"
# beside "Muttenz-based" for the same group, "up to 600 jobs", "approximately 500 to 600 positions", "approximately
# CHF50 million (a little over $51 million)", "around 17,200", "3-3.5%", "Around 40%", "20 posts", "522 people", "Last
# year, net profit fell to CHF38 million from CHF356 million in 2018", "CHF4.39 billion from CHF4.4 billion".
# Periods: 2019 and 2018 for net profit and sales; none for the job cuts, savings and headcounts (see the header).
# Decided: the body's "workforce reduction of approximately 500 to 600 positions" -> key rng (500, 600) in "positions";
# the standfirst's "up to 600 jobs" restates the range's top (optional, 600 "jobs", the bound in the basis). Savings
# "approximately CHF50 million" key; the bracketed "a little over $51 million" an optional conversion. Headcount "around
# 17,200" key ("people"). "Correspond to 3-3.5% of the total workforce" -> key rng (3, 3.5) %. "Around 40% ... in
# Europe" key share; "20 posts in Switzerland" key count of cuts ("posts") and "522 people are currently employed" key
# Swiss headcount (both on Clariant in Switzerland). Net profit "fell to CHF38 million from CHF356 million in 2018" ->
# key 2019 with prior and an optional 2018 row; sales "fell slightly to CHF4.39 billion from CHF4.4 billion" -> key 2019
# with prior and an optional 2018 row. No rating actions.
CLN = "Clariant|Clariant AG|Clariant Group"
CLNCH = "Clariant Switzerland|Switzerland|" + CLN
CLNEU = "Clariant Europe|Europe|" + CLN
G["en04"] = ([
    m("job_cuts|jobs_cut|headcount_reduction|workforce_reduction", 600, "jobs", CLN, opt=True,
      basis="up to (standfirst); the top of the body's range"),
    m("job_cuts|jobs_cut|headcount_reduction|workforce_reduction", None, "positions", CLN, rng=(500, 600),
      basis="approximately; over the next two years"),
    m("cost_savings|cost_savings_target|savings", 50e6, "CHF", CLN, basis="approximately; expected from the job cuts"),
    m("cost_savings|cost_savings_target|savings", 51e6, "USD", CLN, opt=True, basis="a little over; conversion"),
    m("employees|headcount|workforce|staff", 17200, "people", CLN, basis="around; worldwide, currently"),
    m("job_cuts_share_of_workforce|headcount_reduction_pct|job_cuts_pct|workforce_reduction_pct", None, "%", CLN,
      rng=(3, 3.5), basis="of the total workforce"),
    m("job_cuts_share|share_of_job_cuts|job_cuts_pct", 40, "%", CLNEU, basis="around; of the announced job cuts"),
    m("job_cuts|jobs_cut|headcount_reduction", 20, "posts", CLNCH, basis="of the cuts, in Switzerland"),
    m("employees|headcount|staff", 522, "people", CLNCH, basis="currently employed in Switzerland"),
    m(NI, 38e6, "CHF", CLN, "2019", prior=356e6, basis="last year"),
    m(NI, 356e6, "CHF", CLN, "2018", opt=True),
    m("sales|revenue|net_sales", 4.39e9, "CHF", CLN, "2019", prior=4.4e9, basis="fell slightly"),
    m("sales|revenue|net_sales", 4.4e9, "CHF", CLN, "2018", opt=True),
], [])

# ---------------------------------------------------------------- en05 The EU's €9 billion ten-year syndicated EU-Bond (the European Commission's release on Mirage News, miragenews.com; most likely 2025, "the first half of 2025" printed): €9 billion due 12 December 2035; priced 99.674%; re-offer yield 3.413%; bids in excess of €95 billion, about 10-times oversubscribed; coupon 3.375%; 65 bps over mid-swap, 52.9 bps over the Bund, -15.5 bps against the OAT; €40.17 billion issued of a €90 billion first-half target (EUR, %, bp, x)
# A bond deal with size, coupon, yield, price, spreads in basis points, order book and maturity. Whole as stored: the
# stored text opens inside the release (with "The single-tranche transaction concerned ...") and ends with its
# unpunctuated target sentence. The stored text has no headline (the address slug "eu-raises-e9b-in-3rd-2025-bond-sale"
# is not page text; none added). The flattened table row kept as one paragraph ending in the table separator " |"
# ("Today's bond syndication 10-year Bond Due on 12 December 2035, this bond carries ..." rewritten "Today's bond
# syndication 10-year Bond Due on 12 December 2035: the bond carries ..."). No quotes. Kept as printed: "€9 billion
# EU-Bond", "12 December 2035", "priced 99.674%" without "at", "re-offer yield of 3.413%" (twice), "in excess of €95
# billion", "approximately 10-times", "NextGenerationEU", "a coupon of 3.375%", "65 bps", "52.9 bps over the Bund due on
# 15 February 2035", "-15.5 bps below the OAT due 25 May 2035" (a minus sign with "below"), "over €95 billion", "BofA,
# CA-CIB, DZ Bank, GS and Santander", "approximately €40.17 billion", "€90 billion", the last sentence without a full
# stop.
# Periods: none on the deal terms; 2025H1 for the issuance target and the amount issued against it.
# Decided: the issuer is the European Union / European Commission (the text names "EU-Bond", "EU policy programmes" and
# "The Commission"). Size €9 billion, price 99.674 %, re-offer yield 3.413 %, bids "in excess of €95 billion" and the
# oversubscription "approximately 10-times" (10 x) key; the table row's repeats of the yield, the price and the order
# book ("over €95 billion") optional. Coupon 3.375 % key. Spreads key in bp: 65 over mid-swap, 52.9 over the Bund and
# -15.5 against the OAT (printed "-15.5 bps below", labelled negative as printed). The first-half target €90 billion and
# the €40.17 billion issued against it key (2025H1). The tenor ("10-year") and the maturity and benchmark dates are not
# labelled (news12 en12, news23 en10). Lead and co-lead managers carry no figures. No rating actions.
EU = "European Union|EU|European Commission|the Commission|EU-Bond"
BOND = "EU-Bond due 12 December 2035|10-year EU-Bond|EU-Bond|" + EU
H1 = "2025H1"
YLD = "reoffer_yield|yield|issue_yield|bond_yield"
PRICE = "reoffer_price|issue_price|price"
BOOK = "order_book|orders|bids|demand"
G["en05"] = ([
    m("issue_size|bond_size|amount_raised|deal_size", 9e9, "EUR", BOND, basis="single tranche, new EU-Bond"),
    m(PRICE, 99.674, "%", BOND, basis="priced"),
    m(YLD, 3.413, "%", BOND, basis="re-offer yield"),
    m(BOOK, 95e9, "EUR", BOND, basis="bids received, in excess of"),
    m("oversubscription|oversubscription_ratio|cover_ratio|bid_to_cover", 10, "x", BOND, basis="approximately"),
    m("coupon|coupon_rate", 3.375, "%", BOND),
    m(YLD, 3.413, "%", BOND, opt=True, basis="table row repeat"),
    m(PRICE, 99.674, "%", BOND, opt=True, basis="table row repeat"),
    m("spread|spread_to_mid_swaps|new_issue_spread|yield_spread", 65, "bp", BOND, basis="to mid-swap"),
    m("spread_over_bund|spread|yield_spread", 52.9, "bp", BOND, basis="over the Bund due on 15 February 2035"),
    m("spread_over_oat|spread|yield_spread", -15.5, "bp", BOND, basis="below the OAT due 25 May 2035"),
    m(BOOK, 95e9, "EUR", BOND, opt=True, basis="final order book, over; repeat"),
    m("issuance_to_date|bonds_issued|amount_issued|funding_raised", 40.17e9, "EUR", EU, H1,
      basis="approximately; issued so far against the first-half target"),
    m("issuance_target|funding_target|borrowing_target|bond_issuance_target", 90e9, "EUR", EU, H1,
      basis="bond issuance target for the first half of 2025"),
], [])

# ---------------------------------------------------------------- en06 A Wall Street close with energy leading (International Business Times, ibtimes.com; most likely Thursday April 9, 2015 — no date or year printed): GE +more than 2.8 percent to $25.73; Dow +56.22 points, +0.31 percent, 17,958.73; S&P 500 +9.28, +0.45 percent, 2,091.18; Nasdaq +23.74, +0.48 percent, 4,974.56; oil's earlier fall of more than 6 percent; S&P 500 energy sector +1.5 percent; Ensco +5.6 percent to $24.02; Cameron +4.8, Halliburton +4.1 percent; WTI +0.73 percent to $50.79, Brent +more than 2 percent to $56.68 a barrel; jobless claims +14,000 to 281,000 against +17,000 to 285,000 expected (points, %, USD, people)
# A US stock-market close with the three indexes, a sector, movers with prices and %, crude and a data release. Whole
# as stored (page furniture aside: the closing "© Copyright" dropped). Headline kept (rewritten: "Dow Jones Industrial
# Average Closes Up; Higher Crude Oil Prices Boost S&P 500 Energy Sector 1.5%" -> "Dow Jones Industrial Average ends
# higher as rising crude prices lift S&P 500 energy sector 1.5%"). No quotes. Kept as printed: the ticker tags
# "(NYSE:GE)", "(NYSE:ESV)", "(NYSE:CAM)", "(NYSE:HAL)" and the index tags as the page printed them, crossed over
# ("The Standard & Poor's 500 (INDEXNASDAQ:.IXIC)" and "The Nasdaq composite (INDEXSP:.INX)"), "more than 2.8 percent",
# "more than 5.6 percent", "more than 4.8 percent and 4.1 percent, respectively", "May 15 delivery" for both WTI and
# Brent, "the London ICE Futures Exchange", "a 15-year low", "a seasonally adjusted 281,000", "a rise of 17,000, to
# 285,000", "Thomson Reuters", "8:30 a.m. EDT", "2 p.m. EDT".
# Periods: none (a market wrap; see the header).
# Decided: each index's point move, % move and close key (closes in "points"). GE "adding more than 2.8 percent to close
# at $25.73" -> key % (bound in the basis) and key price. Oil's "more than 6 percent decline a day earlier" -> key -6 %
# on oil with the day and the bound in the basis. The S&P 500 energy sector's 1.5 % key; the headline's "1.5%" an
# optional repeat. Ensco +5.6 % and $24.02 key; Cameron +4.8 % and Halliburton +4.1 % key. WTI +0.73 % and $50.79 and
# Brent +2 % and $56.68 key (a barrel, May 15 delivery in the basis). Jobless claims: the rise of 14,000 and the level of
# 281,000 key in "people" (news62 en04); the economists' expected rise of 17,000 and level of 285,000 two key consensus
# rows. No rating actions (the Thomson Reuters poll is a metric).
DJ = "Dow Jones Industrial Average|Dow|DJIA|Dow Jones"
SP = "Standard & Poor's 500|S&P 500|S&P 500 index|S&P|SPX"
NQ = "Nasdaq composite|Nasdaq Composite|Nasdaq"
IC, IL = "index_change", "index_level|index_close"
GE = "General Electric|General Electric Co.|GE"
ENSCO = "Ensco|Ensco PLC|ESV"
CAM = "Cameron International|Cameron International Corp.|Cameron|CAM"
HAL = "Halliburton|Halliburton Co.|HAL"
EN = "S&P 500 energy sector|energy sector|energy stocks|S&P 500 energy"
OIL = "oil|crude oil|oil prices"
WTI = "West Texas Intermediate|WTI|WTI crude|U.S. crude|" + OIL
BRENT = "Brent|Brent crude|" + OIL
US = "US|U.S.|United States|US jobless claims|initial jobless claims"
CLM = "initial_claims|jobless_claims|initial_jobless_claims|unemployment_claims"
CLMC = "initial_claims_change|jobless_claims_change|claims_change"
G["en06"] = ([
    m(PC, 2.8, "%", GE, basis="more than; biggest Dow gainer"),
    m(PX, 25.73, "USD", GE, basis="close"),
    m(IC, 56.22, "points", DJ),
    m(IC, 0.31, "%", DJ),
    m(IL, 17958.73, "points", DJ, basis="close"),
    m(IC, 9.28, "points", SP),
    m(IC, 0.45, "%", SP),
    m(IL, 2091.18, "points", SP, basis="close"),
    m(IC, 23.74, "points", NQ),
    m(IC, 0.48, "%", NQ),
    m(IL, 4974.56, "points", NQ, basis="close"),
    m("price_change|oil_price_change|commodity_price_change", -6, "%", OIL, basis="more than; decline a day earlier"),
    m("sector_change|index_change|price_change", 1.5, "%", EN, basis="Thursday"),
    m("sector_change|index_change|price_change", 1.5, "%", EN, opt=True, basis="headline repeat"),
    m(PC, 5.6, "%", ENSCO, basis="more than"),
    m(PX, 24.02, "USD", ENSCO, basis="close"),
    m(PC, 4.8, "%", CAM, basis="more than"),
    m(PC, 4.1, "%", HAL),
    m("price_change|oil_price_change|commodity_price_change", 0.73, "%", WTI, basis="May 15 delivery, Nymex"),
    m("price|oil_price|commodity_price|settlement_price", 50.79, "USD", WTI, basis="a barrel; May 15 delivery"),
    m("price_change|oil_price_change|commodity_price_change", 2, "%", BRENT, basis="more than; ICE"),
    m("price|oil_price|commodity_price|settlement_price", 56.68, "USD", BRENT, basis="a barrel; May 15 delivery"),
    m(CLMC, 14000, "people", US, basis="week ended April 4"),
    m(CLM, 281000, "people", US, basis="seasonally adjusted; week ended April 4"),
    m("initial_claims_change_consensus|claims_change_forecast|jobless_claims_change_consensus", 17000, "people", US,
      basis="economists' expectations, Thomson Reuters poll"),
    m("initial_claims_consensus|jobless_claims_consensus|initial_claims_forecast", 285000, "people", US,
      basis="economists' expectations, Thomson Reuters poll"),
], [])
