# Hand-written gold labels for news41/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/
# was opened, no gold.jsonl was read, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news40/en/README.md (values fully
# scaled ("$4.24 billion" -> 4.24e9, "$879.7 million" -> 879.7e6, "917 million euros" -> 917e6 EUR, "25.7p" -> 0.257
# GBP, "£3billion" -> 3e9 GBP), declines and falls negative ("slid 3.0%" -> -3.0, "declined 8%" -> -8, "down 71p" ->
# -0.71 GBP, "dropped 1.5% or 85.9 points" -> -1.5 % and -85.9 points, rate cuts -25 bp), currency codes ("$" on US
# pages -> USD, "euros" -> EUR, "p" and "£" on a London page -> GBP), ranges as rng ("$5.60 to $5.70", "$22.0 billion to
# $22.5 billion"; "below last year's 8.125 billion euros" an open range (None, 8.125e9)), hedges keep the number with
# the hedge in the basis ("about 4%", "nearly 47%", "nearly 7%", "about 7.3 billion euros", "around 2%"), a same-sentence
# "X from Y" value of the same quantity is the prior and the earlier reading an optional row (news30 batch b,
# news36-news40; ranges take prng), consensus, poll and market-expectation figures key (news23), periods only where the
# text states or clearly implies the year (news24; market moves and levels none; a first quarter reported beside the
# same year's named guidance takes that year, news38's "Backed its 2022 guidance"), headline/lead repeats, bracketed
# conversions, inline quote strings ("LLY, -0.23%") and historic trivia optional, "flat" / "unchanged" with no number
# an optional 0 (news16, news32), "more than half" in words an optional -50 % (like news40's "almost doubled"),
# brokers' targets and ratings only in rating actions, an implied upside to a target a key metric (news28, news31),
# figures inside quotes labelled like any other (news38 batch a), ordinals ("the eighth rate cut", "third place") and
# dates not labelled, ratings lower-case.

# ---------------------------------------------------------------- en01 Eli Lilly first quarter of 2019 vs FactSet (MarketWatch text via incomeloopholes.com, April 30, 2019 page): premarket -3.0%, net income $4.24 billion ($4.31) from $1.22 billion ($1.16), adjusted EPS $1.33 from $1.31 vs $1.31, revenue +3% to $5.09 billion vs $5.20 billion, five drugs' revenue vs expectations, 2019 adjusted EPS guidance $5.60-$5.70 from $5.55-$5.65, revenue outlook $22.0-$22.5 billion from $25.1-$25.6 billion, YTD +3.4% vs S&P 500 +17.4% (USD)
# A US drugmaker's quarterly results against consensus, with drug-by-drug revenue and guidance ranges. Whole as stored;
# the closing newsletter line ("Have breaking news sent to your inbox ...") dropped as furniture. No headline in the
# stored text (the address slug is not page text; none added). MarketWatch's inline quote strings ("LLY, -0.23%",
# "SPX, +0.11%") kept as printed. Periods: "raised its 2019 adjusted EPS guidance" in a first-quarter story dates the
# quarter 2019Q1 and "the same period a year ago" 2018Q1; the guidance rows 2019. The premarket move and the
# year-to-date moves are market moves (no period; "year to date through Monday" in the basis). Decided: "Net income rose
# to $4.24 billion, or $4.31 a share, from $1.22 billion, or $1.16 a share" -> key net income and EPS with priors and
# optional year-ago rows. "Adjusted EPS rose to $1.33 from $1.31, and beat the FactSet consensus of $1.31" -> key
# adjusted EPS with prior, an optional year-ago row and a key consensus row (the same $1.31, kept twice as printed).
# Revenue "+3% to $5.09 billion" and its consensus key. Each drug: % move, revenue and the FactSet/expected figure key on
# the drug (Lilly as an alternative); "virtually flat" (Alimta) and "flat" (Forteo) -> optional 0 % rows. Guidance "to
# $5.60 to $5.70 from $5.55 to $5.65" and the revenue outlook "to $22.0 billion to $22.5 billion from $25.1 billion to
# $25.6 billion" -> key ranges with prior ranges and optional rows of the old ranges. The inline quote strings optional.
LLY = "Eli Lilly|Eli Lilly & Co.|Eli Lilly and Company|Lilly|LLY"
Q, QP, Y = "2019Q1", "2018Q1", "2019"
DR = "drug_revenue|product_revenue|revenue|sales"
DG = "drug_revenue_growth|product_revenue_growth|revenue_growth|sales_growth"
DE = "drug_revenue_consensus|drug_revenue_estimate|product_revenue_consensus|revenue_consensus|revenue_estimate"
TRU, HUM, ALI = "Trulicity|" + LLY, "Humalog|" + LLY, "Alimta|" + LLY
FOR, CIA = "Forteo|" + LLY, "Cialis|" + LLY
G["en01"] = ([
    m("price_change|share_price_change", -0.23, "%", LLY, opt=True, basis="inline quote string"),
    m("price_change|share_price_change|premarket_price_change", -3.0, "%", LLY, basis="premarket trade Tuesday"),
    m("net_income|net_profit", 4.24e9, "USD", LLY, Q, prior=1.22e9),
    m("eps|earnings_per_share", 4.31, "USD", LLY, Q, prior=1.16, basis="GAAP"),
    m("net_income|net_profit", 1.22e9, "USD", LLY, QP, opt=True, basis="year-earlier period"),
    m("eps|earnings_per_share", 1.16, "USD", LLY, QP, opt=True, basis="GAAP; year-earlier period"),
    m("adjusted_eps|eps", 1.33, "USD", LLY, Q, prior=1.31, basis="adjusted, excluding non-recurring items"),
    m("adjusted_eps|eps", 1.31, "USD", LLY, QP, opt=True, basis="adjusted; year-earlier period"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 1.31, "USD", LLY, Q, basis="FactSet consensus"),
    m("revenue_growth|revenue_change", 3, "%", LLY, Q),
    m("revenue|total_revenue", 5.09e9, "USD", LLY, Q),
    m("revenue_consensus|revenue_estimate", 5.20e9, "USD", LLY, Q, basis="FactSet consensus"),
    m(DG, 30, "%", TRU, Q),
    m(DR, 879.7e6, "USD", TRU, Q),
    m(DE, 948.8e6, "USD", TRU, Q, basis="FactSet consensus"),
    m(DG, -8, "%", HUM, Q),
    m(DR, 730.8e6, "USD", HUM, Q),
    m(DE, 719.2e6, "USD", HUM, Q, basis="expectations"),
    m(DG, 0, "%", ALI, Q, opt=True, basis="virtually flat"),
    m(DR, 499.2e6, "USD", ALI, Q),
    m(DE, 568.6e6, "USD", ALI, Q, basis="expectations"),
    m(DG, 0, "%", FOR, Q, opt=True, basis="flat"),
    m(DR, 312.9e6, "USD", FOR, Q),
    m(DE, 393.8e6, "USD", FOR, Q, basis="expectations"),
    m(DG, -38, "%", CIA, Q),
    m(DR, 308.2e6, "USD", CIA, Q),
    m(DE, 218.3e6, "USD", CIA, Q, basis="expectations"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance", None, "USD", LLY, Y, rng=(5.60, 5.70), prng=(5.55, 5.65),
      basis="adjusted; raised"),
    m("guidance_adjusted_eps|guidance_eps|eps_guidance", None, "USD", LLY, Y, rng=(5.55, 5.65), opt=True,
      basis="previous guidance"),
    m("guidance_revenue|revenue_guidance|revenue_outlook", None, "USD", LLY, Y, rng=(22.0e9, 22.5e9),
      prng=(25.1e9, 25.6e9), basis="lowered to reflect the Elanco disposition"),
    m("guidance_revenue|revenue_guidance|revenue_outlook", None, "USD", LLY, Y, rng=(25.1e9, 25.6e9), opt=True,
      basis="previous outlook"),
    m("price_change_ytd|ytd_change|price_change", 3.4, "%", LLY, basis="year to date through Monday"),
    m("index_change|price_change", 0.11, "%", "S&P 500|SPX", opt=True, basis="inline quote string"),
    m("index_change_ytd|ytd_change|index_change|price_change", 17.4, "%", "S&P 500|SPX", basis="year to date"),
], [])

# ---------------------------------------------------------------- en02 CNBC Pro analyst calls (via pelican.press, a Monday in 2024): Morgan Stanley upgrades Micron to equal weight from underweight, target $130 from $98 (~4% upside; shares +~47% in 2024); UBS upgrades Universal Health Services to buy from neutral, target $226 from $189 (27% upside) (USD)
# A broker-call live blog: headline, an editor's note, a summary paragraph and two timed entries. The stored text breaks
# off mid-word in the analyst's second quote ("\"We expec..."): the passage stops after the sentence before it, a sentence
# boundary. Headline kept. The byline line "— Brian Evans" after the first entry kept (it is entry text). Kept as
# printed: "equal weight", the stray space before the full stop / comma after a stripped ticker link ("Micron Technology
# .", "Universal Health Services ,"), the typo "hi 12-month price target", the analyst's quote with "underestimating"
# and "[W]e". Periods: "in 2024" dates the year-to-date share move 2024; the targets and upsides have none. Decided:
# "upgraded ... to equal weight from underweight and increased its price target to $130 per share from $98" -> upgrade
# with both ratings and both targets; UBS "to buy from neutral ... to $226 from $189" alike. "Implies about 4% upside" ->
# key upside (hedge in the basis); the summary's "called for a 27% rally ahead" is the first printing of UBS's upside
# (key) and the entry's "implies upside of 27%" an optional repeat. "Shares have climbed nearly 47% in 2024" -> key
# year-to-date move. Not labelled: "20-30 minutes", "5:45 a.m.", "CY23" (a year in a quote with no figure), "12-month"
# (the target's horizon).
MU = "Micron Technology|Micron|MU"
UHS = "Universal Health Services|UHS"
UPS = "upside|implied_upside|upside_potential|target_upside"
G["en02"] = ([
    m(UPS, 27, "%", UHS, basis="summary: called for a 27% rally ahead (UBS)"),
    m(UPS, 4, "%", MU, basis="about; to Morgan Stanley's $130 target from Friday's close"),
    m("price_change_ytd|ytd_change|price_change", 47, "%", MU, "2024", basis="nearly; in 2024"),
    m(UPS, 27, "%", UHS, opt=True, basis="entry repeat; to the $226 target from Friday's close"),
], [
    ra("Morgan Stanley", MU, "upgrade", "equal-weight", prior_rating="underweight", target=130, prior_target=98,
       cur="USD"),
    ra("UBS", UHS, "upgrade", "buy", prior_rating="neutral", target=226, prior_target=189, cur="USD"),
])

# ---------------------------------------------------------------- en03 ECB cuts its three key rates by 25 basis points (Anadolu Agency text via alpacavista.com, June 2025 page): deposit rate 2%, main refinancing 2.15%, marginal lending 2.40%, 2% target, staff projections for inflation (2.0%, 1.6%, 2.0%) and GDP growth (0.9%, 1.1%, 1.3%) for 2025-2027
# A central-bank decision with staff projections. Cut after the paragraph on underlying inflation, before "The rate cut
# followed the better-than-expected easing in the euro area's annua...", where the stored page breaks off mid-word; the
# cut is at a sentence boundary. Headline and standfirst kept (rewritten); the "ISTANBUL" dateline kept; the ECB's three
# quoted passages kept verbatim. Periods: the decision, the rate levels and "currently" carry none ("Thursday"; "since
# January 2023" and "in June 2024" are reference dates); the projections are dated by their printed years (2025, 2026,
# 2027). Decided: the headline's "by 25 basis points" is the key -25 bp and the body's "three key interest rates by 25
# basis points" an optional repeat; the standfirst's "deposit rate lowered to 2%" is key and the body's "now stands at
# 2%" an optional repeat (no earlier level printed, so no prior). The main refinancing (2.15 %) and marginal lending
# (2.40 %) rates key. "Inflation will stay around its 2% target" (standfirst) -> key 2 % target (a forecast as an
# alternative); "inflation is currently at around the ... 2% medium-term target" -> optional current-inflation row
# (hedge); the closing "about the Governing Council's 2% medium-term target on a sustained basis" optional. Each
# projection key with its year. Not labelled: "the eighth cut" (an ordinal), "three key interest rates" (a count),
# January 2023 / June 2024 (dates).
ECB = "European Central Bank|ECB|Governing Council|euro area|euro zone|eurozone"
EA = "euro area|euro zone|eurozone|" + ECB
G["en03"] = ([
    m("rate_change|rate_cut|deposit_rate_change|policy_rate_change", -25, "bp", ECB, basis="headline; in line with forecasts"),
    m("deposit_rate|deposit_facility_rate|policy_rate|rate", 2, "%", ECB, basis="standfirst; lowest since January 2023"),
    m("inflation_target|inflation_forecast", 2, "%", ECB, basis="standfirst; inflation to stay around its 2% target"),
    m("rate_change|rate_cut|deposit_rate_change|policy_rate_change", -25, "bp", ECB, opt=True,
      basis="body repeat; three key rates"),
    m("deposit_rate|deposit_facility_rate|policy_rate|rate", 2, "%", ECB, opt=True, basis="body repeat"),
    m("main_refinancing_rate|refinancing_rate|refi_rate|rate", 2.15, "%", ECB, basis="main refinancing operations"),
    m("marginal_lending_rate|marginal_lending_facility_rate|rate", 2.40, "%", ECB, basis="marginal lending facility"),
    m("inflation_rate|inflation|hicp", 2, "%", EA, opt=True, basis="around; currently at the 2% medium-term target"),
    m("inflation_forecast|inflation_projection|headline_inflation_forecast", 2.0, "%", EA, "2025",
      basis="Eurosystem staff projections, average"),
    m("inflation_forecast|inflation_projection|headline_inflation_forecast", 1.6, "%", EA, "2026",
      basis="Eurosystem staff projections, average"),
    m("inflation_forecast|inflation_projection|headline_inflation_forecast", 2.0, "%", EA, "2027",
      basis="Eurosystem staff projections, average"),
    m("gdp_growth_forecast|gdp_growth_projection|gdp_forecast", 0.9, "%", EA, "2025"),
    m("gdp_growth_forecast|gdp_growth_projection|gdp_forecast", 1.1, "%", EA, "2026"),
    m("gdp_growth_forecast|gdp_growth_projection|gdp_forecast", 1.3, "%", EA, "2027"),
    m("inflation_target|inflation_forecast|inflation_rate", 2, "%", ECB, opt=True,
      basis="about the 2% medium-term target on a sustained basis; underlying inflation measures"),
], [])

# ---------------------------------------------------------------- en04 London close on a eurozone scare (Energy Voice, November 2011 events; no date printed): FTSE 100 -1.5% / -85.9 points to 5,423.1, Spain nearly 7% to borrow £3billion, banks, miners and retailers with % and pence moves and closes, biggest Footsie risers and fallers, Brewin Dolphin's small-cap movers (GBP)
# A London market close with movers, whole as stored. No headline in the stored text (the address slug is not page
# text; none added). Kept as printed: "£3billion" (no space), "Taxpayer backed", the missing full stop after "319.4p",
# the mixed "or 1.2p at 25.7p" / "or 27.7p to 127.3p" wording, "76.875p", "£27.76" beside pence prices. Periods: none
# (market moves and levels; "today"; "its profits in 2012" is a future year with no figure). Decided: the index's % and
# point falls and close key. "Spain was forced to pay nearly 7% to borrow £3billion" -> key borrowing cost (yield, hedge
# in the basis) and key amount raised, on Spain. Each stock's % move, pence move and close key, pence scaled to GBP
# ("1.2p" -> 0.012, "£10.14" -> 10.14), falls negative ("off", "down", "lower", "fell", "slipped"); "were 24% lower or
# 14.8p to 45.6p" -> -24 %, -0.148 GBP, 45.6p. Centrica's "recovered most of its earlier falls" has no figure. Not
# labelled: "2012" (a year).
FTSE = "FTSE 100|FTSE 100 Index|FTSE|Footsie"
PC = "price_change|share_price_change"
PX = "price|share_price|close"
LLOY = "Lloyds Banking Group|Lloyds"
VED = "Vedanta Resources|Vedanta"
MTC = "Mothercare"
FCCN = "French Connection"
NXT = "Next"
MKS = "Marks & Spencer|M&S"
CNA = "Centrica|Scottish Gas"
PACE = "Pace"
ADM, NG, REX, GLEN = "Admiral|Admiral Group", "National Grid", "Rexam", "Glencore"
ESSR, ANTO, FRES = "Essar Energy", "Antofagasta", "Fresnillo"
ENC, PMO, SGC = "Encore Oil", "Premier Oil", "Stagecoach|Stagecoach Group"
STV, JPR = "STV Group|STV", "Johnston Press"
G["en04"] = ([
    m("index_change|price_change", -1.5, "%", FTSE),
    m("index_change|price_change", -85.9, "points", FTSE),
    m("index_level|close|index_close", 5423.1, "points", FTSE),
    m("borrowing_cost|bond_yield|yield", 7, "%", "Spain|Spanish government", basis="nearly; forced to pay"),
    m("borrowing_amount|amount_raised|debt_issued|auction_size", 3e9, "GBP", "Spain|Spanish government",
      basis="£3billion as printed"),
    m(PC, -5, "%", LLOY), m(PC, -0.012, "GBP", LLOY, basis="1.2p"), m(PX, 0.257, "GBP", LLOY, basis="25.7p"),
    m(PC, -0.75, "GBP", VED, basis="off 75p"), m(PX, 10.14, "GBP", VED),
    m(PC, -18, "%", MTC), m(PC, -0.277, "GBP", MTC, basis="27.7p"), m(PX, 1.273, "GBP", MTC, basis="127.3p"),
    m(PC, -16, "%", FCCN), m(PC, -0.114, "GBP", FCCN, basis="11.4p"), m(PX, 0.62, "GBP", FCCN, basis="62p"),
    m(PC, -0.34, "GBP", NXT, basis="34p"), m(PX, 27.76, "GBP", NXT),
    m(PC, -0.056, "GBP", MKS, basis="5.6p lower"), m(PX, 3.194, "GBP", MKS, basis="319.4p"),
    m(PC, -0.002, "GBP", CNA, basis="0.2p; after a profits warning"), m(PX, 2.946, "GBP", CNA, basis="294.6p"),
    m(PC, -24, "%", PACE), m(PC, -0.148, "GBP", PACE, basis="14.8p"), m(PX, 0.456, "GBP", PACE, basis="45.6p"),
    m(PC, 0.245, "GBP", ADM, basis="24.5p"), m(PX, 8.25, "GBP", ADM, basis="825p"),
    m(PC, 0.15, "GBP", NG, basis="15p"), m(PX, 6.415, "GBP", NG, basis="641.5p"),
    m(PC, 0.077, "GBP", REX, basis="7.7p"), m(PX, 3.328, "GBP", REX, basis="332.8p"),
    m(PC, 0.078, "GBP", GLEN, basis="7.8p"), m(PX, 4.129, "GBP", GLEN, basis="412.9p"),
    m(PC, -0.164, "GBP", ESSR, basis="16.4p"), m(PX, 2.425, "GBP", ESSR, basis="242.5p"),
    m(PC, -0.71, "GBP", ANTO, basis="71p"), m(PX, 11.03, "GBP", ANTO),
    m(PC, -1.10, "GBP", FRES, basis="110p"), m(PX, 17.59, "GBP", FRES),
    m(PC, 1.65, "%", ENC), m(PX, 0.76875, "GBP", ENC, basis="76.875p"),
    m(PC, 1.17, "%", PMO), m(PX, 3.713, "GBP", PMO, basis="371.3p"),
    m(PC, 0.83, "%", SGC), m(PX, 2.5635, "GBP", SGC, basis="256.35p"),
    m(PC, -9.4, "%", STV), m(PX, 0.94, "GBP", STV, basis="94p"),
    m(PC, -7.77, "%", JPR), m(PX, 0.0515, "GBP", JPR, basis="5.15p"),
], [])

# ---------------------------------------------------------------- en05 UK CPI for January (Reuters-poll story via euro-ind.com, February 2024 page; no year printed): CPI 4% (same as December) vs BoE 4.1% and Reuters poll 4.2%, core 5.1%, market rate expectations 5% / 4.75% / 4.5%, Hunt: down from 11%, BoE sees around 2% (%)
# A UK inflation release against forecasts, whole as stored. No headline in the stored text (the address slug is not page
# text; none added). The Chancellor's quote kept verbatim. Periods: no year is printed ("January", "December", "last
# month", "February", "March", "June", "September", "December") -> none; the months in the basis. Decided: "has
# remained at 4%" (lead) is the key CPI row and "stood at 4% in January" an optional repeat; "the same as in December"
# prints no separate figure -> no prior, and "remained" / "the same as last month" give optional 0 pp change rows for CPI
# and core (news16/news32's "unchanged"). The Bank of England's 4.1 % forecast and the Reuters poll's 4.2 % key. Core
# 5.1 % key. "Markets currently expect interest rates to be brought down to 5% in June and to 4.75% in September,
# falling further to 4.5% in December" -> three key expected Bank Rate rows (months in the basis). Hunt's "down from 11%"
# -> an optional earlier-peak row (historic, undated); "the Bank of England forecast that it will fall to around 2% in a
# matter of months" -> key inflation forecast (hedge in the basis).
UK = "United Kingdom|UK|Britain|ONS"
BOE = "Bank of England|BoE|Monetary Policy Committee|MPC|" + UK
CPI = "cpi|inflation_rate|cpi_yoy|inflation|consumer_price_index"
CORE = "core_cpi|core_inflation|core_cpi_yoy"
ER = "bank_rate_expected|rate_expectation|interest_rate_expected|expected_rate|bank_rate|interest_rate"
G["en05"] = ([
    m(CPI, 4, "%", UK, basis="January; remained, same as in December"),
    m(CPI, 4, "%", UK, opt=True, basis="repeat, stood at 4% in January"),
    m("cpi_change|inflation_change|inflation_rate_change", 0, "pp", UK, opt=True, basis="remained; same as December"),
    m("cpi_forecast|inflation_forecast|cpi_consensus|cpi_estimate", 4.1, "%", "Bank of England|BoE",
      basis="central bank's forecast for January"),
    m("cpi_consensus|cpi_forecast|inflation_consensus|cpi_estimate", 4.2, "%", UK, basis="economists polled by Reuters"),
    m(CORE, 5.1, "%", UK, basis="January; same as last month, below expectations"),
    m("core_cpi_change|core_inflation_change", 0, "pp", UK, opt=True, basis="remaining the same as last month"),
    m(ER, 5, "%", BOE, basis="markets' expectation for June"),
    m(ER, 4.75, "%", BOE, basis="markets' expectation for September"),
    m(ER, 4.5, "%", BOE, basis="markets' expectation for December"),
    m(CPI + "|inflation_peak", 11, "%", UK, opt=True, basis="Hunt: bringing inflation down from 11%"),
    m("inflation_forecast|cpi_forecast", 2, "%", BOE, basis="around; in a matter of months (Bank of England forecast)"),
], [])

# ---------------------------------------------------------------- en06 Daimler scraps its 2013 forecast after a first-quarter slump (Reuters text via Business Recorder, April 2013 page): 2013 EBIT below last year's 8.125 billion euros, consensus about 7.3 billion euros, Q1 EBIT 917 million euros ($1.19 billion) from 2.1 billion euros vs a 930 million euro low estimate, Mercedes-Benz Cars return on sales 3.3% from 8.2%, 2 billion euros of cost cuts (EUR)
# A European carmaker's quarterly results with a guidance cut against a Reuters poll. The stored text breaks off
# mid-sentence in the CEO's outlook ("... as well as the new CLA four-door"): the passage stops after the cost-cut
# sentence, a sentence boundary. No headline in the stored text (none added). The CEO's quote kept verbatim. Periods:
# "2013 earnings" and "this year" date the guidance and the consensus "for the year" 2013 and "last year's 8.125 billion
# euros" 2012; the first quarter of the same year 2013Q1 and "the year before" / "a year earlier" 2012Q1 (news38's
# "Backed its 2022 guidance"). Decided: "to be below last year's 8.125 billion euros" -> a key open-ended guidance range
# (None, 8.125e9) dated 2013 and a key 2012 EBIT row. "Consensus for the year to about 7.3 billion euros" key (hedge).
# "Plunged to 917 million euros ($1.19 billion) from 2.1 billion euros the year before" -> key EBIT with prior, the
# year-before row and the dollar conversion optional; "the low of 930 million euros in the range of analysts' estimates"
# -> key low-end estimate. Return on sales "to 3.3 percent from 8.2 percent a year earlier" -> key with prior and an
# optional year-earlier row. "Its 2 billion euros in cost cuts" -> key cost-savings target (by the end of next year in
# the basis). "Profit plunged by more than half" (lead, in words) -> optional -50 % (hedge); BMW's and VW's "flat"
# group earnings -> optional 0 % rows. Not labelled: "third place", "in 2011", "April 10" (an ordinal and dates).
DAI = "Daimler|Daimler AG"
MBC = "Mercedes-Benz Cars|Mercedes-Benz|Mercedes|" + DAI
EBIT = "ebit|operating_profit|earnings_before_interest_and_tax"
G["en06"] = ([
    m("profit_change|profit_growth|ebit_growth|ebit_change", -50, "%", DAI, "2013Q1", opt=True,
      basis="plunged by more than half"),
    m("earnings_growth_guidance|guidance_earnings_growth|earnings_growth", 0, "%", "BMW", "2013", opt=True,
      basis="flat group earnings expected this year"),
    m("earnings_growth_guidance|guidance_earnings_growth|earnings_growth", 0, "%", "Volkswagen|VW", "2013", opt=True,
      basis="flat group earnings expected this year"),
    m("guidance_ebit|ebit_guidance|ebit_outlook", None, "EUR", DAI, "2013", rng=(None, 8.125e9),
      basis="continued operations; below last year's level"),
    m(EBIT, 8.125e9, "EUR", DAI, "2012", basis="continued operations; last year's"),
    m("ebit_consensus|ebit_estimate|consensus", 7.3e9, "EUR", DAI, "2013", basis="about; Reuters poll"),
    m(EBIT, 917e6, "EUR", DAI, "2013Q1", prior=2.1e9, basis="ongoing business"),
    m(EBIT, 1.19e9, "USD", DAI, "2013Q1", opt=True, basis="conversion in brackets"),
    m(EBIT, 2.1e9, "EUR", DAI, "2012Q1", opt=True, basis="the year before"),
    m("ebit_estimate_low|ebit_estimate|ebit_consensus_low", 930e6, "EUR", DAI, "2013Q1",
      basis="low end of analysts' estimates"),
    m("return_on_sales|ebit_margin|operating_margin", 3.3, "%", MBC, "2013Q1", prior=8.2),
    m("return_on_sales|ebit_margin|operating_margin", 8.2, "%", MBC, "2012Q1", opt=True, basis="a year earlier"),
    m("cost_cuts|cost_savings|cost_savings_target", 2e9, "EUR", DAI, basis="by the end of next year"),
], [])
