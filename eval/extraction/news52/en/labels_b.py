# Hand-written gold labels for news52/en en07-en12 (batch b: English outlets in Europe outside Britain, Latin America
# and Canada — a Swedish telecom-equipment maker's quarter in SEK, a German engineering group's order intake in euros,
# a Spanish bank's quarter in euros, a Mexican central-bank cut, a Canadian miner's quarter in C$ and US$, a Milan
# close with movers). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was
# run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl
# was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news51/en/README.md, with the labels of news50/en as the model: values fully scaled ("SEK 54.8 billion" ->
# 54.8e9 SEK, "almost 1.5 billion euros" -> 1.5e9 EUR, "€2.646 billion" -> 2.646e9 EUR, "690,523 million" -> 6.90523e11
# EUR, "$816 million" -> 816e6 CAD, "11 cents" -> 0.11 CAD, "340,000 new customers" -> 340000 customers, "18.6 million"
# -> 18.6e6 customers, "50 basis points" -> 50 bp); declines, cuts and falls negative ("slipped 1 percent" -> -1,
# "dropped by 22 percent" -> -22, "has dropped by 4.9%" -> -4.9, "cut its interest rate ... 50 basis points" -> -50 bp,
# "(-0.83%)" -> -0.83); currency codes ("SEK" -> SEK, "euros" and "€" -> EUR, amounts on the Spanish bank's page without
# a currency sign -> EUR, "$" on a Canadian Press page about a Canadian miner -> CAD, "US$" -> USD); yields in %, yield
# moves and spreads in bp (the Milan page's "rose 1.5 points to 3.5%" is a yield move in basis points -> 1.5 bp);
# index levels in "points"; count nouns ("customers"); figures in words labelled with their value ("five percent" ->
# 5, "twelve percent" -> 12, "one billion euros" -> 1e9); hedges in the basis ("around", "almost", "just over"); a
# same-sentence "X from / compared with / up from Y" value of the same quantity is the prior and the earlier reading an
# optional row (news30 batch b, news36-news51), an earlier figure in a sentence of its own a key row without prior; a
# figure printed first in a headline is key there and its exact restatement in the body optional (news49 batch b,
# news50 batch b); the same amount restated as a share of another printed amount optional; periods only where the text
# states or clearly implies the year (market moves, index levels, yields, a rate decision, point-in-time balances and
# results whose year is not printed: none); ranges as rng=(low, high) with value None (a revenue guidance range, the
# Fed's target range); brokers' targets and ratings only in rating actions (no broker call in this batch; a credit
# agency's issuer-rating upgrade of a mover is an optional rating action, neither rewarded nor penalised); the source's
# own odd notation labelled as printed ("32.4" without "percent" -> 32.4 %, "Bbb"); dates, times, spans ("three and a
# half hours", "the last 12 months", "between 2021 and 2024"), ordinals ("eighth", "fourth"), vote counts, plan names
# ("2025-2027 Strategic Plan"), product and project names ("M7450", "QB2") and tickers not labelled; quotes rendered as
# reported speech (the set never copies third-party sentences), their figures labelled like any other.

PC = "price_change|share_price_change|pct_change"

# ---------------------------------------------------------------- en07 Ericsson's second quarter in SEK (Telecompaper text on je.st; 2014, implied by "before the end of 2014" and "by year-end"): sales -1 % to SEK 54.8 billion, Networks +3 % to SEK 29.0 billion, services -7 % to SEK 23.1 billion, gross margin 36.4 % from 32.4, operating profit +62 % to SEK 4.0 billion, net profit +76 % to SEK 2.7 billion (SEK, %)
# A Swedish telecom-equipment maker's quarter in its own currency with its two segments and the margin. Whole as stored.
# The stored text has no headline (the address slug "Ericsson-Q2-sales-flat-profits-up-on-better-margins" is not page
# text; none added). Kept as printed: the opening "(Telecompaper)" credit, "32.4" without "percent", "R&D", "tier-one",
# "M7450". No quotes.
# Periods: the page says devices with the modem will reach the market "before the end of 2014" and that the modem
# business should contribute to sales "by year-end", so the year of the quarter is 2014 (clearly implied) -> 2014Q2; the
# "a year earlier" gross margin 2013Q2.
# Decided: group sales -1 % and SEK 54.8 billion key; each segment's growth and level key on the segment with Ericsson
# among the alternatives; gross margin "rose to 36.4 percent from 32.4 a year ago" -> key with prior 32.4 (unit % as the
# sentence's first figure) and an optional earlier row; operating profit and net profit growth and levels key (no prior
# printed).
ERIC = "Ericsson|LM Ericsson|Telefonaktiebolaget LM Ericsson|Ericsson AB"
NETW = "Networks|Ericsson Networks|Networks business|" + ERIC
SERV = "services|Global Services|Ericsson services|" + ERIC
G["en07"] = ([
    m("revenue_growth|sales_growth", -1, "%", ERIC, "2014Q2", basis="year-on-year"),
    m("revenue|sales|net_sales", 54.8e9, "SEK", ERIC, "2014Q2"),
    m("segment_revenue_growth|revenue_growth|sales_growth", 3, "%", NETW, "2014Q2", basis="Networks"),
    m("segment_revenue|revenue|sales", 29.0e9, "SEK", NETW, "2014Q2", basis="Networks"),
    m("segment_revenue_growth|revenue_growth|sales_growth", -7, "%", SERV, "2014Q2", basis="services"),
    m("segment_revenue|revenue|sales", 23.1e9, "SEK", SERV, "2014Q2", basis="services"),
    m("gross_margin", 36.4, "%", ERIC, "2014Q2", prior=32.4),
    m("gross_margin", 32.4, "%", ERIC, "2013Q2", opt=True, basis="a year ago; printed without 'percent'"),
    m("operating_profit_growth|operating_income_growth|ebit_growth", 62, "%", ERIC, "2014Q2", basis="year-on-year"),
    m("operating_profit|operating_income|ebit", 4.0e9, "SEK", ERIC, "2014Q2"),
    m("net_profit_growth|net_income_growth|profit_growth", 76, "%", ERIC, "2014Q2"),
    m("net_profit|net_income", 2.7e9, "SEK", ERIC, "2014Q2"),
], [])

# ---------------------------------------------------------------- en08 Dürr's first quarter with record order intake (dpa-AFX text on MarketScreener; a Tuesday in May 2023, year from "the 2023 targets"): orders +5 % ("around five percent") to almost 1.5 billion euros, sales +12 % to just over one billion euros, profit below the line -22 % to 21 million euros, previous year's special income around five million euros, backlog 4.4 billion euros, full-year revenue 4.5-4.8 billion euros, 2022 sales +22 % to 4.3 billion euros (EUR, %)
# A German engineering group's quarter led by its order intake, with its backlog and a revenue guidance range. Cut:
# the stored page breaks off mid-word after the 2022 sales sentence ("Order intak"), so the passage stops after "... by
# 22 percent to 4.3 billion euros.", a sentence boundary. The stored text has no headline (the address slug
# "Durr-earns-less-incoming-orders-and-sales-increase" is not page text; none added). Kept as printed: the
# "BIETIGHEIM-BISSINGEN (dpa-AFX) -" dateline, "Profit below the line", "MDax", "the Group" with a capital, figures in
# words ("around five percent", "twelve percent", "just over one billion euros", "around five million euros"). The
# CEO's three quoted sentences and the statement's quoted sentence are rendered as reported speech (no figures).
# Periods: "He confirmed the 2023 targets" and "the current year" make the first quarter 2023Q1 and the full-year
# revenue range 2023 (clearly implied); "In 2022" dates the previous year's sales; "the previous year's figure" with
# its special income is 2022Q1; the backlog (a point-in-time balance) none.
# Decided: order intake growth and level key ("around", "almost; record level" in the basis); sales +12 % and "just over
# one billion euros" key (1e9, hedge in the basis); "Profit below the line fell by 22 percent to 21 million euros" ->
# key net profit -22 % and 21e6; the special income in last year's figure a key one-off row (news51 batch a: one-off
# amounts key); backlog 4.4 billion key; the full-year revenue expectation a key guidance range (4.5e9, 4.8e9); 2022
# sales growth and level key rows of their own.
DURR = "Dürr|Durr|Duerr|Dürr AG|Duerr AG|Dürr Group"
G["en08"] = ([
    m("order_intake_growth|orders_growth|incoming_orders_growth|new_orders_growth", 5, "%", DURR, "2023Q1",
      basis="around; printed 'around five percent'"),
    m("order_intake|orders|incoming_orders|new_orders|order_volume", 1.5e9, "EUR", DURR, "2023Q1",
      basis="almost; record level"),
    m("revenue_growth|sales_growth", 12, "%", DURR, "2023Q1", basis="printed 'twelve percent'"),
    m("revenue|sales", 1e9, "EUR", DURR, "2023Q1", basis="just over one billion euros"),
    m("net_profit_growth|net_income_growth|profit_growth", -22, "%", DURR, "2023Q1", basis="profit below the line"),
    m("net_profit|net_income|profit", 21e6, "EUR", DURR, "2023Q1", basis="profit below the line"),
    m("special_income|one_off_income|special_items|one_off_gain|one_time_income", 5e6, "EUR", DURR, "2022Q1",
      basis="around; included in the previous year's figure; legal dispute"),
    m("order_backlog|backlog|orders_on_hand", 4.4e9, "EUR", DURR, basis="climbed to a high"),
    m("guidance_revenue|revenue_guidance|revenue_forecast|guidance_sales", None, "EUR", DURR, "2023",
      rng=(4.5e9, 4.8e9), basis="full year; expected to rise to between"),
    m("revenue_growth|sales_growth", 22, "%", DURR, "2022"),
    m("revenue|sales", 4.3e9, "EUR", DURR, "2022"),
], [])

# ---------------------------------------------------------------- en09 CaixaBank's first quarter of 2025 (Ara in English, en.ara.cat; Wednesday April 30, 2025, no date printed, year from "the same period in 2024"): net attributable profit €1.47 billion, +46.2 % (headline key, body optional); NII -4.9 % to €2.646 billion; services revenue +6.8 %; liquid assets 171.17 billion; CET1 12.5 %; comparable profit growth 6.9 %; banking tax 493 million, 25 % (148 million) booked; customer funds +8.5 % to 690,523 million; healthy loans +2.9 % to 354,592 million euros of 364,159 million gross; 340,000 new customers, 18.6 million (EUR, %, customers)
# A Spanish bank's quarter with its net interest income, capital ratio, a bank levy and business volumes. Cut: the
# stored page breaks off mid-word in the next sentence ("... made public that Àngel Simón r"), so the passage stops
# after the customers sentence, a sentence boundary. Headline and standfirst kept (rewritten: "CaixaBank earns 1.47
# billion until March, 46.2% more" -> "CaixaBank makes 1.47 billion to March, 46.2% more"; the standfirst likewise); the
# crosshead "Tax on banking" kept. Kept as printed: "BarcelonaCaixaBank" (the dateline run into the name), "in a context
# of growth (ECB)", "(CNMV)", the garbled "last year the bank paid the banking tax in a single payment and this year
# (493 million)", amounts printed without a currency sign ("171.17 billion", "690,523 million", "364,159 million") beside
# "€" and "million euros", "2025-2027 Strategic Plan". The group's quoted phrase ("a comfortable liquidity and capital
# position") is rendered as reported speech (no figures).
# Periods: "the first quarter of the year ... 46.2% more than the same period in 2024" (and the first three months of the
# 2025-2027 plan) -> 2025Q1 for the quarter's profit, growth rates and the tax booked in the quarter; point-in-time
# balances (liquid assets, CET1, customer funds, loans, customers) and the garbled annual tax figure none.
# Decided: the headline's "1.47 billion" (no currency) and "46.2% more" key (the first printing) and the body's exact
# restatements optional; NII -4.9 % and €2.646 billion key; services revenue +6.8 % key; liquid assets 171.17e9 EUR and
# CET1 12.5 % key; the comparable profit growth 6.9 % key (basis "comparable"); the banking tax 493 million key as
# printed, the 148 million booked in the quarter key and its "25%" share optional (the same amount restated as a share);
# customer funds +8.5 % and 690,523 million, healthy loans +2.9 % and 354,592 million euros, gross loans 364,159 million
# key; 340,000 new customers and 18.6 million customers key counts (unit "customers").
CX = "CaixaBank|CaixaBank Group|Caixabank|CaixaBank SA"
NP = "net_profit|net_attributable_profit|attributable_profit|net_income"
NPG = "net_profit_growth|net_income_growth|profit_growth|attributable_profit_growth"
G["en09"] = ([
    m(NP, 1.47e9, "EUR", CX, "2025Q1", basis="headline; until March; no currency printed"),
    m(NPG, 46.2, "%", CX, "2025Q1", basis="headline"),
    m(NP, 1.47e9, "EUR", CX, "2025Q1", opt=True, basis="body repeat of the headline; net attributable profit"),
    m(NPG, 46.2, "%", CX, "2025Q1", opt=True, basis="body repeat; against the same period in 2024"),
    m("net_interest_income_growth|nii_growth|net_interest_income", -4.9, "%", CX, "2025Q1"),
    m("net_interest_income|nii", 2.646e9, "EUR", CX, "2025Q1"),
    m("services_revenue_growth|revenue_from_services_growth|fee_income_growth|commission_income_growth", 6.8, "%",
      CX, "2025Q1", basis="wealth management, personal protection insurance and bank fees"),
    m("liquid_assets|total_liquid_assets|liquidity", 171.17e9, "EUR", CX, basis="no currency printed"),
    m("cet1_ratio|cet1|capital_ratio", 12.5, "%", CX),
    m(NPG, 6.9, "%", CX, "2025Q1", basis="comparable terms"),
    m("bank_tax|banking_tax|bank_levy|tax", 493e6, "EUR", CX,
      basis="printed 'last year ... in a single payment and this year (493 million)'"),
    m("bank_tax|banking_tax|bank_levy|tax", 148e6, "EUR", CX, "2025Q1", basis="booked in the first quarter"),
    m("bank_tax_share|share_booked|share", 25, "%", CX, "2025Q1", opt=True,
      basis="share of the tax booked in the quarter (148 of 493 million)"),
    m("customer_funds_growth|customer_funds", 8.5, "%", CX, "2025Q1"),
    m("customer_funds", 690523e6, "EUR", CX, basis="no currency printed"),
    m("loan_growth|performing_loans_growth|loan_portfolio_growth|loans_growth", 2.9, "%", CX, "2025Q1",
      basis="healthy loan portfolio"),
    m("performing_loans|healthy_loans|loan_portfolio|loans", 354592e6, "EUR", CX, basis="healthy loan portfolio"),
    m("gross_loans|total_gross_loans|loans", 364159e6, "EUR", CX, basis="gross total; no currency printed"),
    m("new_customers|customers|customer_additions", 340000, "customers", CX + "|Spain",
      basis="in Spain over the last 12 months"),
    m("customers|total_customers|customer_base", 18.6e6, "customers", CX + "|Spain", basis="Spain"),
], [])

# ---------------------------------------------------------------- en10 Bank of Mexico cuts to 8% (independentxpress.de, English edition for Mexico; Thursday June 26, 2025, no year printed beside the decision): cut -50 bp (headline "50 points" key, body "50 basis points" optional), rate 8 %, Fed range 4.25-4.5 %, first-half-June inflation 4.51 %, 3 % target, Q4 2025 average headline inflation forecast raised to 3.7 % (%, bp)
# A Latin American central-bank rate cut with the inflation print behind it and a raised forecast. Cut: the stored page
# breaks off mid-word in the next sentence ("... disruptions due to geopolitical conflicts or trade p"), so the passage
# stops after the forecast sentence, a sentence boundary. Headline kept (rewritten: "Banxico cuts the reference rate by
# 50 points" -> "Banxico lowers its reference rate by 50 points"). Kept as printed: "( Banxico )" with its inner spaces,
# the headline's "50 points" for 50 basis points, "He said" after "The Governing Board said" (a board quoted as "he"),
# "March 21, 2024", "March 2023", "June 19", "the first half of June", "between 2021 and 2024". The bank's quoted
# passages ("appropriate to continue calibrating ...", "consider additional cuts ...", "is consistent, at all times, with
# ... the 3% target ...", "remains biased upward", "this is less pronounced ...") are rendered as reported speech (the
# "3% target" kept).
# Periods: the forecast "for the last quarter of 2025" -> 2025Q4; the decision, the rate, the Fed's range and the June
# inflation print none (no year printed beside them: the dates in the text belong to the first cut of the cycle).
# Decided: the headline's "by 50 points" is the cut in basis points -> key -50 bp (the first printing), the body's "the
# fourth of 50 basis points" an optional repeat; the new rate 8 % key without prior (the old rate is not printed); the
# Fed's "4.25% to 4.5% range" a key range on the Fed; annual inflation 4.51 % key on Mexico; the 3 % target key; the
# raised forecast 3.7 % key (old forecast not printed, no prior). "One vote against", "eighth" and "fourth" not
# labelled (a vote count and ordinals).
BX = "Bank of Mexico|Banxico|Banco de México|Banco de Mexico"
RC = "rate_change|policy_rate_change|interest_rate_change|rate_cut"
G["en10"] = ([
    m(RC, -50, "bp", BX, basis="headline; printed 'by 50 points'"),
    m("policy_rate|interest_rate|reference_rate|benchmark_rate", 8, "%", BX, basis="lowered to"),
    m(RC, -50, "bp", BX, opt=True, basis="body: the fourth cut of 50 basis points"),
    m("policy_rate|interest_rate|fed_funds_rate|federal_funds_rate|target_range", None, "%",
      "Federal Reserve|Fed|US Federal Reserve|United States", rng=(4.25, 4.5), basis="held last week"),
    m("inflation|inflation_rate|headline_inflation|cpi", 4.51, "%", "Mexico|" + BX,
      basis="annual; first half of June; overall inflation"),
    m("inflation_target", 3, "%", BX + "|Mexico"),
    m("inflation_forecast|headline_inflation_forecast|average_inflation_forecast", 3.7, "%", BX + "|Mexico", "2025Q4",
      basis="average headline inflation; raised"),
], [])

# ---------------------------------------------------------------- en11 Teck Resources' third quarter (The Canadian Press on thestar.com; Wednesday October 27, 2021, no year printed): profit $816 million from $61 million, $1.51 per diluted share from 11 cents, revenue $3.97 billion from $2.29 billion, realized copper US$4.28/lb from US$3, zinc US$1.36/lb from US$1.05, steelmaking coal US$237/t from US$102, adjusted $1.88 from 24 cents, Refinitiv consensus $1.50 (CAD, USD)
# A Canadian miner's quarter in Canadian dollars with realized commodity prices in US dollars and the consensus. Whole as
# stored. The stored text has no headline (the address slug is not page text; none added). Kept as printed: the
# "VANCOUVER -" dateline, "Sept. 30", "US$3" and "US$1.05" without decimals, "QB2", the closing "Companies in this
# story: (TSX:TECK.B)" line (a standing label with nothing to rewrite). The CEO's quoted sentence is rendered as
# reported speech (no figures).
# Periods: none ("third-quarter", "the quarter ended Sept. 30", "a year ago" print no year; the store's date line is not
# page text).
# Decided: "$" on a Canadian Press page about a Vancouver miner -> CAD, "US$" -> USD. Profit, diluted EPS, revenue,
# the three realized prices and adjusted EPS each "up from / compared with" the year-ago value -> key with prior and an
# optional earlier row; the realized prices keyed on Teck with the commodity among the alternatives (per pound / per
# tonne in the basis); the Refinitiv average estimate a key consensus row.
TECK = "Teck Resources|Teck Resources Ltd.|Teck|TECK.B"
NIP = "net_profit|net_income|profit"
DEPS = "eps|diluted_eps|earnings_per_share"
REVT = "revenue|sales|total_revenue"
AEPS = "adjusted_eps|eps|adjusted_diluted_eps"
CU = "realized_copper_price|copper_price|realized_price"
ZN = "realized_zinc_price|zinc_price|realized_price"
COAL = "realized_coal_price|steelmaking_coal_price|coal_price|realized_price"
G["en11"] = ([
    m(NIP, 816e6, "CAD", TECK, prior=61e6, basis="third quarter"),
    m(NIP, 61e6, "CAD", TECK, opt=True, basis="same quarter last year"),
    m(DEPS, 1.51, "CAD", TECK, prior=0.11, basis="per diluted share; quarter ended Sept. 30"),
    m(DEPS, 0.11, "CAD", TECK, opt=True, basis="a year ago; 11 cents"),
    m(REVT, 3.97e9, "CAD", TECK, prior=2.29e9),
    m(REVT, 2.29e9, "CAD", TECK, opt=True, basis="a year earlier"),
    m(CU, 4.28, "USD", TECK + "|copper", prior=3, basis="per pound"),
    m(CU, 3, "USD", TECK + "|copper", opt=True, basis="per pound; a year ago"),
    m(ZN, 1.36, "USD", TECK + "|zinc", prior=1.05, basis="per pound"),
    m(ZN, 1.05, "USD", TECK + "|zinc", opt=True, basis="per pound; a year ago"),
    m(COAL, 237, "USD", TECK + "|steelmaking coal|coal", prior=102, basis="per tonne"),
    m(COAL, 102, "USD", TECK + "|steelmaking coal|coal", opt=True, basis="per tonne; same quarter last year"),
    m(AEPS, 1.88, "CAD", TECK, prior=0.24, basis="adjusted; per diluted share; a record"),
    m(AEPS, 0.24, "CAD", TECK, opt=True, basis="adjusted; 24 cents; same quarter last year"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|consensus_eps", 1.50, "CAD", TECK,
      basis="average analyst estimate; Refinitiv"),
], [])

# ---------------------------------------------------------------- en12 Milan close with movers (ANSA text on 1zixun.com; a Thursday in August 2025 after an "August 7th" slide, no year printed): FTSE MIB +0.4 % to 41,753 points (headline key, body optional); BTP-Bund spread 79 bp; Italian yield +1.5 ("points") to 3.5 %, German +1.3 to 2.7 %; 24 movers' % moves; Fitch's Bbb upgrade of Leonardo optional (points, %, bp)
# A European stock market close with the bond spread and many movers (the Milan bourse; news49 batch a had a Paris
# close). Whole as stored (page furniture aside). Headline kept (rewritten: "Milan Bourse Maintains Gains as FTSE MIB
# Rises 0.4%" -> "Milan Bourse Holds On to Gains as FTSE MIB Climbs 0.4%"). Dropped as furniture: the closing "©
# Copyright ANSA. All rights reserved." line, the "share this news" buttons and the aggregator's Chinese "related
# content" block after it. Kept as printed: "closed in positive territory after over three and a half hours of trading"
# (a close after a half-day's trading, as printed), "The Italian annual yield" and "rose 1.5 points" for a yield move,
# "Bbb", "Unicredit", "Bper", "Tesellis (formerly Tiscali)", "EGM", "an August 7th slide". No quotes.
# Periods: none (a market close; no year printed).
# Decided: the headline's +0.4 % key (the first printing) and the body's "gained 0.4%" an optional repeat; the level
# 41,753 key; the spread "widened to 79 basis points" key (no prior printed); the yield moves "rose 1.5 points to 3.5%"
# and "increased 1.3 points to 2.7%" -> key +1.5 bp and +1.3 bp (basis points: the yields are 3.5 % and 2.7 %; "printed
# 'points'" in the basis) and key yield levels; each mover's bracketed move key on the stock, unsigned "(+...)" positive
# and "(-...)" negative, Bper's "almost unchanged (+0.05%)" key as printed; the newcomer Friends' "soaring 33.33%" on
# its debut key. Fitch's upgrade of Leonardo to "Bbb" is a credit agency's issuer rating, not a broker's stock call:
# an optional rating action (upgrade to bbb, no target), neither rewarded nor penalised.
MIB = "FTSE MIB|FTSE MIB index|Milan stock exchange|Milan bourse|Milan|Borsa Italiana|Piazza Affari"
ITY = "Italy|Italian 10-year BTP|BTP|BTPs|Italian yield|Italian 10-year yield"
DEY = "Germany|German Bund|Bund|Bunds|German yield|German 10-year yield"
movers = [("Leonardo", 1.5), ("Unipol|Unipol Gruppo", 1.3), ("Enel", 1), ("Snam", 0.9), ("Poste Italiane", 0.85),
          ("Nexi", -0.83), ("Amplifon", -0.8), ("Monte dei Paschi|Monte dei Paschi di Siena|MPS|BMPS", -0.75),
          ("Banco BPM", -0.47), ("Mediobanca", -0.33), ("Unicredit|UniCredit", 0.53), ("Intesa Sanpaolo|Intesa", 0.52),
          ("Popolare di Sondrio|Banca Popolare di Sondrio", 0.5), ("Bper|BPER Banca|BPER", 0.05), ("Prysmian", 0.8),
          ("Eni", 0.77), ("Saipem", 0.75), ("Stellantis", 0.6), ("Ferrari", -0.8), ("BestBe Holding|BestBe", 7.5),
          ("Tesellis|Tiscali", 6), ("Fidia", -3.66), ("Comer Industries|Comer", -2.66)]
G["en12"] = ([
    m("index_change_pct|index_change|pct_change", 0.4, "%", MIB, basis="headline"),
    m("index_change_pct|index_change|pct_change", 0.4, "%", MIB, opt=True, basis="body repeat of the headline"),
    m("index_level|close|index_close", 41753, "points", MIB, basis="reached"),
    m("spread|yield_spread|btp_bund_spread|bond_spread", 79, "bp", "BTP-Bund spread|" + ITY,
      basis="10-year BTPs against German Bunds; widened to"),
    m("yield_change|bond_yield_change|yield", 1.5, "bp", ITY, basis="printed 'rose 1.5 points'; annual yield"),
    m("bond_yield|yield|10y_yield|yield_level", 3.5, "%", ITY, basis="annual yield"),
    m("yield_change|bond_yield_change|yield", 1.3, "bp", DEY, basis="printed 'increased 1.3 points'"),
    m("bond_yield|yield|10y_yield|yield_level", 2.7, "%", DEY),
] + [m(PC, v, "%", s, basis="mover, bracketed move") for s, v in movers] + [
    m(PC + "|debut_gain|first_day_gain", 33.33, "%", "Friends", basis="debut on the EGM market; soaring"),
], [
    ra("Fitch|Fitch Ratings", "Leonardo", "upgrade", "bbb", opt=True),
])
