# Hand-written gold labels for news64/en en01-en06 (batch a: US, Canadian and European news in English — a US
# homebuilder's fiscal first quarter with deliveries, selling prices, backlog, net and gross orders against the
# consensus and a full-year revenue range, a US biotech's second quarter with Enbrel, Prolia and Kyprolis sales against
# the Street and raised EPS and revenue ranges, a Danish energy group's first quarter in kroner with its Wind Power
# EBITDA, ROCE, gross investments, net debt and offshore wind project rights in GW, a US producer-price release with
# goods, services, core and energy components against the Reuters poll, a Toronto close with the TSX, sector moves,
# crude and six movers in Canadian dollars, and a round-up of upgrades, initiations and target changes on three US
# regional banks).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the unit words "homes", "units", "projects", "sectors" and "points", the units "%", "GW" and the codes
# "USD", "CAD", "DKK" and "EUR" were checked against the unit strings of the earlier sets' labels_*.py files instead;
# "banks", "downgrades" and "upgrades" appear in none of them and are used as plain count nouns, which the scorer
# treats alike), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news63/en/README.md, with news54 en02 (a US homebuilder's quarter: orders and deliveries in "homes", backlog a
# point-in-time balance with no period), news34 en07 and news41 en01 (a US drugmaker's quarter and raised guidance:
# ranges as rng with the earlier range as prng and an optional earlier-range row), news62 en03 and news47 en12 (a
# European group's results against the year-ago period, a bracketed currency conversion optional), news33 en05 and
# news63 en04 (a US macro release with no year printed: no periods, the month in the basis; an earlier month's figure
# in its own sentence a key row), news43 en05 (a Toronto close: index move, close and % move key, each mover's move in
# CAD and % and its price key, sector moves key, crude's move and settle in USD with the per-barrel basis) and news62
# en06 / news63 en12 (broker calls: brokers' targets and ratings only in rating actions; a target change with no rating
# printed -> raise_target / cut_target with rating None) as models: values fully scaled ("$1.38 billion" -> 1.38e9 USD,
# "$494,500" -> 494500, "DKK 5.2 billion" -> 5.2e9 DKK, "DKK 8.1bn" -> 8.1e9, "EUR 699 million" -> 699e6 EUR, "10
# cents" -> 0.10 USD, "95 Canadian cents" -> 0.95 CAD); declines and falls negative ("decreased 3%" -> -3, "fell 49%"
# -> -49, "down 92.52 points" -> -92.52 points, "settled 16 cents lower" -> -0.16 USD); currency codes ("$" -> USD on
# the US pages and for US crude, "C$" / "Canadian cents" -> CAD, "DKK" -> DKK, "EUR" -> EUR); a price per barrel in the
# currency alone with the per-unit basis (the development corpus's per-unit convention); hedges kept in the basis
# ("about", "nearly", "more than", "as much as"); a same-sentence "X, up from Y" / "from Y to X" / "X compared with Y" /
# "X, down from Y" value of the same quantity is the prior and the earlier value an optional row; ranges as rng with
# value None; figures written as words labelled with their value ("six", "eight", "about a third", "nearly
# three-fourths"); periods only where the text states or clearly implies the year (en01: "fiscal first-quarter" beside
# "full-year 2023" -> FY2023Q1 for the quarter, 2023 for the full-year range; en02: "2nd-quarter" beside "2016 adjusted
# earnings" and "the 2nd half of the year" -> 2016Q2 and, a year ago, 2015Q2, the ranges 2016; en03: "the first
# quarter of 2016" / "Q1 2016" -> 2016Q1 and 2015Q1; en04 prints no year -> none; en05 is a market close -> none; en06
# has no period figures); point-in-time balances (backlog, net debt, ROCE for the last 12 months) take no period, their
# date in the basis; quotes rendered as reported speech (the set never copies third-party sentences), their figures
# labelled like any other; the source's own oddities labelled as printed.
# Not labelled: dates and times ("Wednesday", "Tuesday", "January and February", "the early weeks of March", "5 p.m.
# ET", "Oct. 11", "September", "August", "July", "April" beyond their bases, "the end of 2015", "the end of March 2016",
# "beyond 2020", "earlier this month", "today", "third quarter" of BB&T's earnings), spans ("the last 12 months", "the
# 12 months ended", "the last 30 days", "for the week" beyond its row), ranks and streaks ("a fourth straight advance",
# "the world's largest"), stock codes ("KBH", "(NSDQ:AMGN)", "(NYSE:MTB)", "(NYSE:BBT)", "(NASDAQ:ZION)"), numbers
# inside names ("Gode Wind 1 & 2", "Hornsea 1", "S&P/TSX", "I/B/E/S"), "the 2nd half" and "the 1st quarter" of en02
# (no figure of theirs printed), and the ten main groups of the TSX (a count of the index's sectors).

PC = "price_change|share_price_change"
PX = "share_price|price|close"

# ---------------------------------------------------------------- en01 KB Home's fiscal first quarter of 2023 (Benzinga, benzinga.com; Wednesday March 22, 2023, the store's date line; "full-year 2023" printed): revenue $1.38 billion vs $1.31 billion; EPS $1.45 vs $1.14; homes delivered -3% to 2,788; average selling price +2% to $494,500; backlog 7,016 units worth $3.31 billion, down from 11,886 units worth $5.71 billion; net orders -49% to 2,142; gross orders -29% y/y, +55% sequentially; $500 million buyback; 2023 revenue $5.2-$5.9 billion vs $5.31 billion; shares +2.67% at $37.85 (USD, %, homes, units)
# A US homebuilder's quarter with deliveries, backlog and orders against the consensus and a full-year revenue range.
# Whole as stored apart from the store's date line (not page text) and the closing photo credit ("Photo: Paul Brennan
# from Pixabay.", dropped as furniture). The stored text has no headline (it opens with the lead; the address slug
# "kb-home-stock-is-climbing-after-hours-as-homebuilder-sees-spring-increase-in-demand" is not page text; none added).
# The run-in labels "What Happened:" and "KBH Price Action:" kept as page text. The chief executive's quoted paragraph
# (three sentences, no figures) is rendered as reported speech, and the quoted phrase "essentially the same" is
# paraphrased (no figure). Kept as printed: "KB Home KBH" with the bare ticker, "fiscal first-quarter", "per Benzinga
# Pro", "year-over-year", "2,788", "$494,500", "7,016 units", "11,886 units", "2,142", "sequentially", "$500 million",
# "full-year 2023", "$5.2 billion and $5.9 billion", "5 p.m. ET", "2.67%", "$37.85".
# Periods: the quarter's figures FY2023Q1 (decided: the fiscal first quarter of the year whose "full-year 2023"
# revenue range the same report gives, with the Spring selling season, January, February and March named — clearly
# implied); the full-year range and its estimate 2023; the backlog (a point-in-time balance at quarter end) none.
# Decided: revenue and EPS key with their consensus rows (the quarter's). Deliveries and net orders in "homes" (news54
# en02); the backlog in "units" as printed, keyed with the year-ago 11,886 units and $5.71 billion as priors ("down from
# ... on a year-over-year basis", the same quantity) and each year-ago figure an optional row. Gross orders' "-29%
# year-over-year" and "+55% sequentially" two key rows (the second a quarter-on-quarter change, in the basis). The
# buyback key. The full-year range key (rng) with "estimates of $5.31 billion" a key consensus row. The after-hours
# move and price key. No rating actions.
KB = "KB Home|KBH|KB Home Inc."
Q, Y = "FY2023Q1", "2023"
G["en01"] = ([
    m("revenue|total_revenues|revenues", 1.38e9, "USD", KB, Q, basis="fiscal first quarter"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 1.31e9, "USD", KB, Q,
      basis="consensus estimates, per Benzinga Pro"),
    m("eps|earnings_per_share|diluted_eps", 1.45, "USD", KB, Q),
    m("eps_consensus|eps_estimate|consensus_eps", 1.14, "USD", KB, Q, basis="average estimates"),
    m("deliveries_growth|home_deliveries_growth|homes_delivered_growth", -3, "%", KB, Q, basis="year-over-year"),
    m("deliveries|home_deliveries|homes_delivered", 2788, "homes", KB, Q),
    m("average_selling_price_growth|asp_growth|asp_change", 2, "%", KB, Q),
    m("average_selling_price|asp", 494500, "USD", KB, Q),
    m("backlog|backlog_units|backlog_homes", 7016, "units", KB, prior=11886, basis="at the end of the quarter"),
    m("backlog|backlog_units|backlog_homes", 11886, "units", KB, opt=True, basis="a year earlier"),
    m("backlog_value|backlog", 3.31e9, "USD", KB, prior=5.71e9, basis="at the end of the quarter"),
    m("backlog_value|backlog", 5.71e9, "USD", KB, opt=True, basis="a year earlier"),
    m("net_orders_growth|new_orders_growth|orders_growth", -49, "%", KB, Q, basis="year-over-year"),
    m("net_orders|new_orders|orders", 2142, "homes", KB, Q),
    m("gross_orders_growth|orders_growth", -29, "%", KB, Q, basis="year-over-year"),
    m("gross_orders_growth_qoq|gross_orders_growth|orders_growth", 55, "%", KB, Q, basis="sequentially"),
    m("buyback|share_buyback|share_repurchase|buyback_authorization", 500e6, "USD", KB, basis="new"),
    m("guidance_revenue|revenue_guidance", None, "USD", KB, Y, rng=(5.2e9, 5.9e9), basis="full-year"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 5.31e9, "USD", KB, Y, basis="full-year estimates"),
    m(PC, 2.67, "%", KB, basis="extended trading, at the time of writing"),
    m(PX, 37.85, "USD", KB, basis="at the time of writing"),
], [])

# ---------------------------------------------------------------- en02 Amgen's second quarter of 2016 (Reuters on drugdeliverybusiness.com; Wednesday July 27, 2016, no date printed; "2016 adjusted earnings" printed): 2016 adjusted EPS $11.10-$11.40 (from $10.85-$11.20) vs $11.18; revenue $22.5-$22.8 billion (from $22.2-$22.6 billion); adjusted EPS $2.84, 10 cents above; revenue +6% to $5.7 billion vs about $5.6 billion; Enbrel +10% to $1.48 billion; net profit $1.87 billion ($2.47) from $1.65 billion ($2.15); Prolia +30% to $441 million vs about $388 million; Kyprolis +45% to $172 million vs about $185 million (USD, %)
# A US biotech's quarter with its products' sales against the Street and raised full-year EPS and revenue ranges. The
# stored text ends after the Kyprolis sentence, at a sentence end; the passage is the whole stored text. It has no
# headline (it opens with "(Reuters) –", kept; the address slug "amgen-2nd-quarter-profit-tops-street-view-raises-2016-
# forecast" is not page text; none added). The chief executive's quoted sentence (printed with a closing quotation mark
# only) is rendered as reported speech (no figures). Kept as printed: "(Reuters) –" with its en dash, "(NSDQ:AMGN)",
# "2nd-quarter", "the 2nd half", "the 1st quarter", "Robert Bradaway" (so spelt), "$11.10 to $11.40", "$10.85 to
# $11.20", "$11.18", "$22.5 billion to $22.8 billion", "$22.2 billion to $22.6 billion", "10 cents", "Thomson Reuters
# I/B/E/S", "about $5.6 billion", "about $388 million", "about $185 million"; "Its midpoint is above of Wall Street
# estimates" is rewritten without the stray "of".
# Periods: the quarter 2016Q2 (decided: "2nd-quarter" beside the "2016" forecast and "the 2nd half of the year" ->
# clearly implied), its year-ago figures 2015Q2; the ranges and the full-year estimate 2016.
# Decided: both ranges key with the earlier ranges as prng ("up from its prior view of ...") and optional earlier-range
# rows; "Wall Street estimates of $11.18 for the year" a key consensus row. The adjusted $2.84 key and its "by 10 cents"
# beat a key 0.10 USD surprise row (the implied estimate is not printed, none computed). Revenue +6 % and $5.7 billion
# key, "about $5.6 billion" a key consensus row (hedge in the basis). Products keyed on themselves with Amgen among the
# alternatives: each product's growth, sales and the Street's estimate key. Net profit and GAAP EPS key with the
# year-ago figures as priors ("rose to ... from ...") and optional 2015Q2 rows. No rating actions.
AMGN = "Amgen|Amgen Inc.|AMGN"
ENB = "Enbrel|Enbrel (etanercept)|" + AMGN
PRO = "Prolia|Prolia (denosumab)|" + AMGN
KYP = "Kyprolis|KYPROLIS|Kyprolis (carfilzomib)|" + AMGN
Q, Q0, Y = "2016Q2", "2015Q2", "2016"
PS, PSG = "product_sales|sales|drug_sales|revenue", "product_sales_growth|sales_growth|drug_sales_growth|revenue_growth"
PSE = "product_sales_estimate|sales_estimate|sales_consensus|revenue_estimate"
G["en02"] = ([
    m("guidance_eps|eps_guidance|adjusted_eps_guidance", None, "USD", AMGN, Y, rng=(11.10, 11.40), prng=(10.85, 11.20),
      basis="adjusted; raised"),
    m("guidance_eps|eps_guidance|adjusted_eps_guidance", None, "USD", AMGN, Y, rng=(10.85, 11.20), opt=True,
      basis="adjusted; prior view"),
    m("eps_consensus|eps_estimate|consensus_eps", 11.18, "USD", AMGN, Y, basis="Wall Street estimates for the year"),
    m("guidance_revenue|revenue_guidance", None, "USD", AMGN, Y, rng=(22.5e9, 22.8e9), prng=(22.2e9, 22.6e9),
      basis="full-year; raised"),
    m("guidance_revenue|revenue_guidance", None, "USD", AMGN, Y, rng=(22.2e9, 22.6e9), opt=True,
      basis="full-year; earlier outlook"),
    m("adjusted_eps|eps|adjusted_earnings_per_share", 2.84, "USD", AMGN, Q, basis="adjusted, excluding special items"),
    m("eps_surprise|eps_beat", 0.10, "USD", AMGN, Q, basis="above analysts' average expectations, Thomson Reuters I/B/E/S"),
    m("revenue_growth|sales_growth", 6, "%", AMGN, Q),
    m("revenue|total_revenues|revenues", 5.7e9, "USD", AMGN, Q),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 5.6e9, "USD", AMGN, Q, basis="about; Wall Street estimates"),
    m(PSG, 10, "%", ENB, Q, basis="helped by another round of price increases"),
    m(PS, 1.48e9, "USD", ENB, Q),
    m("net_profit|net_income", 1.87e9, "USD", AMGN, Q, prior=1.65e9),
    m("net_profit|net_income", 1.65e9, "USD", AMGN, Q0, opt=True, basis="a year ago"),
    m("eps|diluted_eps|earnings_per_share", 2.47, "USD", AMGN, Q, prior=2.15, basis="GAAP"),
    m("eps|diluted_eps|earnings_per_share", 2.15, "USD", AMGN, Q0, opt=True, basis="GAAP; a year ago"),
    m(PSG, 30, "%", PRO, Q),
    m(PS, 441e6, "USD", PRO, Q),
    m(PSE, 388e6, "USD", PRO, Q, basis="about; Wall Street estimates"),
    m(PSG, 45, "%", KYP, Q),
    m(PS, 172e6, "USD", KYP, Q),
    m(PSE, 185e6, "USD", KYP, Q, basis="about; analysts' consensus forecast"),
], [])

# ---------------------------------------------------------------- en03 DONG Energy's first quarter of 2016 (offshore-energy.biz; most likely Wednesday April 27, 2016, no date printed): net profit DKK 5.2 billion (EUR 699 million), +49% on DKK 3.5bn; EBITDA DKK 8.1bn against DKK 6bn, +35%; Wind Power +53% to DKK 2.9bn; adjusted ROCE 14% against 5%; gross investments DKK 4.2 billion; net debt from DKK 9.2 billion to DKK 0.9 billion; 50% farm down of Burbo Bank Extension; six offshore wind farms; 1 GW of US project rights acquired, 2.5 GW in total (DKK, EUR, %, GW, projects)
# A Danish energy group's quarter in kroner with its Wind Power EBITDA, ROCE, investments and net debt. Cut: the stored
# text breaks off mid-word in the chief executive's second quoted paragraph ("Furthermore we have taken initiatives to
# expand our geographic scop"), so the passage stops after the US project-rights sentence ("... to 2.5 GW."), a sentence
# boundary; no figure goes with the cut. Headline kept (rewritten: "Wind Lifts DONG Energy, IPO Within a Year" -> "Wind
# power lifts DONG Energy, IPO within a year"; the IPO itself is not mentioned in the stored body). The chief
# executive's two quoted paragraphs (one and five sentences) are rendered as reported speech with their figures ("Q1
# 2016", "50%", "six", "2020", "1 GW", "2.5 GW"). Kept as printed: "DKK 5.2 billion (EUR 699 million)" beside "DKK
# 3.5bn", "DKK 8.1bn", "DKK 6bn" and "DKK 2.9bn" (bn) beside "DKK 4.2 billion", "DKK 9.2 billion" and "DKK 0.9 billion"
# (billion), "Q1 2016" and "Q1 2015" beside "the first quarter of 2016", "the last 12 months", "Gode Wind 1 & 2",
# "Hornsea 1", "50% farm down", "1 GW offshore project rights" (rewritten "1 GW of offshore project rights").
# Periods: "the first quarter of 2016" / "Q1 2016" -> 2016Q1 for the quarter's profit, EBITDA, growth rates, Wind Power,
# gross investments and the farm down (a Q1 2016 milestone); the year-ago figures 2015Q1. ROCE for the last 12 months,
# net debt (end of 2015, end of March 2016) and the US project rights are point-in-time or trailing figures (no period,
# the span or date in the basis).
# Decided: net profit DKK 5.2 billion key with "a 49% increase compared to DKK 3.5bn" giving DKK 3.5bn as prior (the
# same quantity a year earlier; 5.2 on 3.5 is +49 %, as printed) and an optional 2015Q1 row; the bracketed EUR
# conversion optional; +49 % key. EBITDA DKK 8.1bn key with DKK 6bn as prior ("compared with") and an optional 2015Q1
# row; +35 % key (reported and underlying in the basis). "A 53% increase to DKK 2.9bn in Wind Power" -> key +53 % and
# key DKK 2.9bn EBITDA on Wind Power (the sentence explains the EBITDA rise) with DONG among the alternatives. ROCE 14 %
# key with 5 % as prior ("compared with") and an optional row. Gross investments key. Net debt "decreased from DKK 9.2
# billion ... to DKK 0.9 billion" -> key 0.9 with prior 9.2 and an optional row. The "50% farm down" of Burbo Bank
# Extension key as the stake sold (%), on the wind farm with DONG among the alternatives. "Six major offshore wind farms"
# under construction optional in "projects" (a count of minor interest). The acquired "1 GW" and the total "2.5 GW" of
# US project rights key in "GW" (as printed; news62 kept "MW"). No rating actions.
DONG = "DONG Energy|DONG|DONG Energy A/S|Dong Energy"
WP = "Wind Power|DONG Wind Power|DONG Energy Wind Power|" + DONG
BBE = "Burbo Bank Extension|Burbo Bank Extension wind farm|Burbo Bank|" + DONG
USR = "DONG Energy US offshore project rights|US offshore wind|US project rights|" + DONG
Q, Q0 = "2016Q1", "2015Q1"
EBITDA = "ebitda|operating_profit"
G["en03"] = ([
    m("net_profit|net_income", 5.2e9, "DKK", DONG, Q, prior=3.5e9),
    m("net_profit|net_income", 699e6, "EUR", DONG, Q, opt=True, basis="bracketed conversion of DKK 5.2 billion"),
    m("net_profit|net_income", 3.5e9, "DKK", DONG, Q0, opt=True, basis="first quarter of 2015"),
    m("net_profit_growth|net_income_growth|profit_growth", 49, "%", DONG, Q),
    m(EBITDA, 8.1e9, "DKK", DONG, Q, prior=6e9),
    m(EBITDA, 6e9, "DKK", DONG, Q0, opt=True, basis="Q1 2015"),
    m("ebitda_growth|ebitda_change", 35, "%", DONG, Q, basis="both reported and underlying"),
    m("segment_ebitda_growth|ebitda_growth|segment_growth", 53, "%", WP, Q, basis="drove the underlying improvement"),
    m("segment_ebitda|ebitda|segment_profit", 2.9e9, "DKK", WP, Q),
    m("roce|adjusted_roce|return_on_capital_employed", 14, "%", DONG, prior=5, basis="adjusted; last 12 months"),
    m("roce|adjusted_roce|return_on_capital_employed", 5, "%", DONG, opt=True, basis="at the end of Q1 2015"),
    m("gross_investments|capex|capital_expenditure|investments", 4.2e9, "DKK", DONG, Q,
      basis="mainly offshore wind, also oil and gas fields"),
    m("net_debt|interest_bearing_net_debt", 0.9e9, "DKK", DONG, prior=9.2e9, basis="interest-bearing; end of March 2016"),
    m("net_debt|interest_bearing_net_debt", 9.2e9, "DKK", DONG, opt=True, basis="interest-bearing; end of 2015"),
    m("stake_sold|farm_down|divested_stake|stake", 50, "%", BBE, Q, basis="farm down, UK"),
    m("projects_under_construction|wind_farms|projects", 6, "projects", DONG, opt=True,
      basis="six major offshore wind farms in the UK and Germany; printed 'six'"),
    m("project_rights_acquired|acquired_capacity|capacity|project_rights", 1, "GW", USR, basis="acquired; US offshore"),
    m("project_rights|total_project_rights|capacity|pipeline", 2.5, "GW", USR, basis="total US project rights"),
], [])

# ---------------------------------------------------------------- en04 US producer prices for September (Modern Distribution Management, mdm.com; Wednesday October 11, 2023, "Oct. 11" printed without a year): final demand +0.5% (seasonally adjusted) after +0.7% in August and +0.6% in July; +2.2% in the 12 months to September, the most since 2.3% to April; goods +0.9%, services +0.3%; less foods, energy and trade services +0.2% and +2.8% over 12 months; Reuters poll +0.3%; wholesale goods +0.9% with energy +3.3% nearly three-fourths of it; gasoline +5.4%, more than 40% (%)
# A macro data release: a US PPI report. Whole as stored apart from the "Related Posts" list after the body (three
# teasers of other stories, one with "49% for September", dropped as furniture). The stored text has no headline (it
# opens with the lead; the address slug "ppi-increases-0-5-in-september" is not page text; none added). No quotes (the
# bureau's and Reuters' statements are reported speech in the original). Kept as printed: "seasonally adjusted",
# "Oct. 11", "0.7% in August and 0.6% in July", "2.2% for the 12 months ended in September", "2.3% for the 12 months
# ended in April", "final demand less foods, energy and trade services", "the fourth consecutive advance" (rewritten "a
# fourth straight advance"), "Economists polled by news outlet Reuters", "nearly three-fourths", "more than 40%".
# Periods: none (decided: "September", "August", "July", "April" and "Oct. 11" print no year); the month or the
# 12-month span is in the basis.
# Decided: the headline monthly rise 0.5 % key; "Final demand prices rose 0.7% in August and 0.6% in July" is a sentence
# of its own -> two key rows (news63 en04's earlier-month rows), not priors. The 12-month 2.2 % key; "the largest
# increase since moving up 2.3% for the 12 months ended in April" an optional historic row. Goods +0.9 % and services
# +0.3 % key on the component; the core measure (less foods, energy and trade services) +0.2 % (monthly) and +2.8 %
# (12 months) key. The Reuters poll's 0.3 % a key consensus row. Reuters' "price of wholesale goods jumped 0.9%" is the
# same goods move restated in Reuters' words -> optional repeat. Energy products +3.3 % and gasoline +5.4 % key; their
# shares of the increase key in % ("nearly three-fourths" -> 75, "more than 40%" -> 40, hedges in the basis). No rating
# actions.
US = "United States|US|U.S.|USA"
PPI = "ppi_mom|ppi|producer_price_index|ppi_final_demand|ppi_change"
PPIY = "ppi_yoy|ppi|producer_price_index_yoy|ppi_final_demand_yoy"
GOODS = "final demand goods|PPI final demand goods|goods|US goods prices|" + US
SERV = "final demand services|PPI final demand services|services|" + US
CORE = "final demand less foods, energy and trade services|core PPI|PPI ex food, energy and trade|" + US
ENER = "energy products|energy|US energy prices|" + US
GAS = "gasoline|US gasoline|gasoline prices|" + US
CS = "contribution_share|share_of_increase|contribution"
G["en04"] = ([
    m(PPI, 0.5, "%", US, basis="final demand, September, seasonally adjusted"),
    m(PPI, 0.7, "%", US, basis="final demand, August"),
    m(PPI, 0.6, "%", US, basis="final demand, July"),
    m(PPIY, 2.2, "%", US, basis="12 months ended in September, unadjusted; largest increase since April"),
    m(PPIY, 2.3, "%", US, opt=True, basis="12 months ended in April"),
    m("ppi_goods|goods_prices_change|price_change|" + PPI, 0.9, "%", GOODS, basis="September; led the increase"),
    m("ppi_services|services_prices_change|price_change|" + PPI, 0.3, "%", SERV, basis="September"),
    m("core_ppi|core_ppi_mom|ppi_core|" + PPI, 0.2, "%", CORE, basis="September; fourth consecutive advance"),
    m("core_ppi_yoy|core_ppi|ppi_core_yoy|" + PPIY, 2.8, "%", CORE, basis="12 months ended in September"),
    m("ppi_consensus|ppi_forecast|ppi_mom_consensus", 0.3, "%", US, basis="economists polled by Reuters"),
    m("wholesale_goods_prices_change|ppi_goods|price_change", 0.9, "%", GOODS, opt=True,
      basis="price of wholesale goods, Reuters' restatement of the goods move"),
    m("energy_prices_change|price_change|energy_ppi", 3.3, "%", ENER, basis="cost of energy products"),
    m(CS, 75, "%", ENER, basis="nearly three-fourths of the increase in goods prices"),
    m("gasoline_prices_change|price_change|gasoline_ppi", 5.4, "%", GAS),
    m(CS, 40, "%", GAS, basis="more than 40% of the increase in the cost of goods"),
], [])

# ---------------------------------------------------------------- en05 Toronto close (Reuters on The Royal Gazette, royalgazette.com; most likely Friday March 30, 2007, no date printed — quarter-end, the weekend ahead, the Britain-Iran standoff over the captured sailors; the address's 20110204 is the store's): S&P/TSX -92.52 points, -0.7 percent, at 13,165.50, -0.5 percent on the week; eight of 10 groups lower, energy -1.4 percent, financials -0.9 percent; May crude -16 cents at $65.87 a barrel; Canadian Natural Resources -C$1.52, -2.3 percent, C$63.75; EnCana -95 Canadian cents, -1.6 percent, C$58.40; Royal Bank -69 cents, -1.2 percent, C$57.50; Bank of Nova Scotia -49 cents, -0.9 percent, C$53.19; telecoms +0.4 percent, BCE +60 cents, +1.9 percent, C$32.65; Rogers +44 cents, +1.2 percent, C$37.79; health care +0.3 percent (points, %, CAD, USD, sectors)
# A Toronto close with the TSX, its weekly move, sector moves, crude and six movers in Canadian dollars. Whole as
# stored. Headline kept (rewritten: "Toronto drops" -> "Toronto slips"); the dateline "TORONTO (Reuters) -" kept. The
# strategist's two quoted paragraphs are rendered as reported speech (no figures). Kept as printed: "TORONTO (Reuters)
# -", "92.52 points, or 0.7 percent, at 13,165.50", "0.5 percent for the week", "eight of the TSX index's 10 main
# groups", "a 1.4 percent slide", "a 0.9 percent retreat", "US crude oil for May", "16 cents lower at $65.87 a barrel",
# "C$1.52", "95 Canadian cents", "69 Canadian cents", "49 Canadian cents", "60 Canadian cents", "44 Canadian cents",
# "about a third of the main index", "BCE Inc.", "Northern Securities Corp."; the missing space in "profit-taking.The"
# is not carried into the rewrite.
# Periods: none (a market session; "the week" and "the weekend" only).
# Decided: the index's point move, % move and close key, its weekly -0.5 % key (span in the basis). Sector moves key on
# the sector; the financials' -0.9 % printed twice ("a 0.9 percent retreat in the financials sector" and "The financial
# services sector ... dropped 0.9 percent") -> the first key, the second an optional repeat; "about a third of the main
# index" optional as the sector's weight (33.3 %, words labelled with their value). "Eight of the TSX index's 10 main
# groups were lower" optional in "sectors" (breadth, as news62 en12's counts; the 10 not labelled). Crude's -16 cents
# (-0.16 USD) and settle 65.87 USD (per barrel, May contract, in the basis) key. Each mover's move in CAD ("95 Canadian
# cents" -> 0.95 CAD), its % move and its price key. No rating actions.
TSX = "S&P/TSX composite index|S&P/TSX composite|TSX|S&P/TSX|Toronto Stock Exchange|TSX composite"
IC, ICP, IL = "index_change|index_points_change", "index_change_pct|index_change|pct_change", "index_level|close|index_close"
SC = "sector_change|index_change_pct|price_change|sector_index_change"
OIL = "US crude oil|crude oil|US crude|oil|crude|WTI"
CNQ = "Canadian Natural Resources|Canadian Natural|CNRL|CNQ"
ECA = "EnCana|EnCana Corp.|Encana"
RY = "Royal Bank of Canada|Royal Bank|RBC|RY"
BNS = "Bank of Nova Scotia|Scotiabank|BNS"
BCE = "BCE Inc.|BCE|Bell Canada Enterprises"
RCI = "Rogers Communications|Rogers|Rogers Communications Inc."
FIN = "financials sector|financial services sector|financials|TSX financials|financial services"
G["en05"] = ([
    m(IC, -92.52, "points", TSX),
    m(ICP, -0.7, "%", TSX),
    m(IL, 13165.50, "points", TSX),
    m("weekly_change|index_change_pct|index_change|week_change", -0.5, "%", TSX, basis="for the week"),
    m("decliners|sectors_lower|losers", 8, "sectors", TSX, opt=True, basis="eight of the 10 main groups lower"),
    m(SC, -1.4, "%", "energy issues|energy sector|energy|TSX energy group|energy group"),
    m(SC, -0.9, "%", FIN),
    m(SC, -0.9, "%", FIN, opt=True, basis="restated: the financial services sector dropped"),
    m("index_weight|sector_weight|weight", 33.3, "%", FIN, opt=True, basis="about a third of the main index"),
    m("price_change|commodity_price_change|futures_price_change", -0.16, "USD", OIL, basis="May contract, 16 cents lower"),
    m("price|commodity_price|futures_price|settle", 65.87, "USD", OIL, basis="a barrel; May contract settle"),
    m(PC, -1.52, "CAD", CNQ), m(PC, -2.3, "%", CNQ), m(PX, 63.75, "CAD", CNQ),
    m(PC, -0.95, "CAD", ECA, basis="95 Canadian cents"), m(PC, -1.6, "%", ECA), m(PX, 58.40, "CAD", ECA),
    m(PC, -0.69, "CAD", RY, basis="69 Canadian cents"), m(PC, -1.2, "%", RY), m(PX, 57.50, "CAD", RY),
    m(PC, -0.49, "CAD", BNS, basis="49 Canadian cents"), m(PC, -0.9, "%", BNS), m(PX, 53.19, "CAD", BNS),
    m(SC, 0.4, "%", "telecoms sector|telecoms|telecom sector|telecommunications"),
    m(PC, 0.60, "CAD", BCE, basis="60 Canadian cents"), m(PC, 1.9, "%", BCE), m(PX, 32.65, "CAD", BCE),
    m(PC, 0.44, "CAD", RCI, basis="44 Canadian cents"), m(PC, 1.2, "%", RCI), m(PX, 37.79, "CAD", RCI),
    m(SC, 0.3, "%", "health care sector|health care|healthcare"),
], [])

# ---------------------------------------------------------------- en06 US regional banks' upgrades, initiations and target changes (Seeking Alpha, seekingalpha.com; most likely Wednesday November 3, 2010, no date printed — M&T's Wilmington Trust deal, "closed Tuesday"): FDIC problem banks 860 from 829; 14 downgrades, 9 upgrades, 6 positive, 2 negative, 15 neutral; M&T: Stifel Buy, RBC Outperform $86, BMO initiates Outperform $85, Jefferies initiates Hold $88, KBW $79, Credit Suisse $90, Citigroup Hold $86 from $80, close $77.11; BB&T: Janney Buy $28, Citigroup Buy $35 from $38, Rochdale (Bove) buyer $28, close $23.59; Zions: Credit Suisse Neutral from Underperform $26, Jefferies initiates Buy $26, D.A. Davidson initiates Buy $31, Morgan Stanley Overweight, close $19.55 (USD, banks, downgrades, upgrades)
# An analysts' round-up of upgrades, initiations and target changes on three US regional banks. Cut: the stored text
# breaks off mid-word in the next sentence ("Other banks receiving upgrades to a positive rating: Synovus Financial
# (NYSE:SNV), W"), so the passage stops after "Zion's closed Tuesday at $19.55.", a sentence boundary; no figure goes
# with the cut. The stored text has no headline (it opens with the site's profile furniture "Seeking Alpha / Profile|
# Send Message| ( followers)" and the byline "by Angus Robertson", both dropped; the address slug "upgrades-downgrades-
# u-s-regional-banks" is not page text; none added). No quotes. Kept as printed: "(NYSE:MTB)", "(NYSE:BBT)",
# "(NASDAQ:ZION)", "Alacra Pulse", "the last 30 days", "6 have a positive rating , 2 are negative" with its stray space,
# "Buffalo, NY", "today", "earlier this month", "$79 and $90, respectively", "$86 from $80", "regional ranks" (for
# banks), "$35 from $38", "Dick Bove", "Zion's closed" with its apostrophe; "has grown to from 829 to 860" is rewritten
# "has risen from 829 to 860" (the figures kept).
# Periods: none (no period figures; BB&T's "third quarter earnings" carry no figure).
# Decided: the Problem Banks count 860 key in "banks" with 829 as prior ("from 829 to 860") and an optional row. The
# counts of analyst actions and of ratings (14 downgrades, 9 upgrades, 6 positive, 2 negative, 15 neutral) optional
# (counts of minor interest, like analyst counts). Each bank's Tuesday close key. Rating actions: "upgraded to Buy by
# Stifel Nicolaus" -> upgrade to buy (no prior rating, no target printed); "to Outperform by RBC Capital ... RBC has a
# price target of $86" -> upgrade with target 86; "initiated coverage ... with an Outperform rating and $85 target" /
# "started coverage with a Hold rating and $88 target" / "initiated coverage ... with a Buy rating and $26 target" /
# "started it at Buy with a $31 target" -> initiate with rating and target; KBW's and Credit Suisse's "boosted their
# price targets on MTB to $79 and $90, respectively" -> raise_target with rating None and no prior target (none
# printed); Citigroup "moved to $86 from $80 with a Hold rating" -> raise_target with hold and both targets; Janney
# "upgraded to Buy with a target of $28" -> upgrade; Citigroup "maintained a Buy rating and trimmed its target to $35
# from $38" -> cut_target with buy and both targets; Bove at Rochdale "is a buyer of BB&T with a target of $28" ->
# maintain buy 28 (a standing view, key); Credit Suisse "lifted to Neutral from Underperform ... with a target of $26"
# -> upgrade with both ratings and the target; Morgan Stanley "maintained its Overweight rating" -> maintain overweight
# (no target). Brokers' targets appear only in rating actions.
MTB = "M&T Bank|M&T|MTB|M&T Bank Corp."
BBT = "BB&T|BBT|BB&T Corp."
ZION = "Zions Bancorporation|Zions|ZION|Zion's|Zions Bancorp"
G["en06"] = ([
    m("problem_banks|problem_bank_count|banks_on_problem_list", 860, "banks", "FDIC|FDIC Problem Banks list|US banks",
      prior=829, basis="FDIC's Problem Banks list"),
    m("problem_banks|problem_bank_count|banks_on_problem_list", 829, "banks", "FDIC|FDIC Problem Banks list|US banks",
      opt=True, basis="earlier count"),
    m("downgrades|downgrade_count|rating_downgrades", 14, "downgrades", "US regional banks|regional banks", opt=True,
      basis="last 30 days, analysts tracked by Alacra Pulse"),
    m("upgrades|upgrade_count|rating_upgrades", 9, "upgrades", "US regional banks|regional banks", opt=True,
      basis="last 30 days"),
    m("positive_ratings|banks_rated_positive", 6, "banks", "US regional banks|regional banks", opt=True),
    m("negative_ratings|banks_rated_negative", 2, "banks", "US regional banks|regional banks", opt=True),
    m("neutral_ratings|banks_rated_neutral", 15, "banks", "US regional banks|regional banks", opt=True),
    m(PX, 77.11, "USD", MTB, basis="closed Tuesday"),
    m(PX, 23.59, "USD", BBT, basis="closed Tuesday"),
    m(PX, 19.55, "USD", ZION, basis="closed Tuesday"),
], [
    ra("Stifel Nicolaus|Stifel", MTB, "upgrade", "buy", cur="USD"),
    ra("RBC Capital|RBC|RBC Capital Markets", MTB, "upgrade", "outperform", target=86, cur="USD"),
    ra("BMO Capital|BMO|BMO Capital Markets", MTB, "initiate", "outperform", target=85, cur="USD"),
    ra("Jefferies & Co|Jefferies|Jefferies & Co.", MTB, "initiate", "hold", target=88, cur="USD"),
    ra("Keefe, Bruyette & Woods|KBW|Keefe Bruyette & Woods", MTB, "raise_target", None, target=79, cur="USD"),
    ra("Credit Suisse", MTB, "raise_target", None, target=90, cur="USD"),
    ra("Citigroup|Citi", MTB, "raise_target", "hold", target=86, prior_target=80, cur="USD"),
    ra("Janney Montgomery Scott|Janney", BBT, "upgrade", "buy", target=28, cur="USD"),
    ra("Citigroup|Citi", BBT, "cut_target", "buy", target=35, prior_target=38, cur="USD"),
    ra("Rochdale Securities|Rochdale|Dick Bove", BBT, "maintain", "buy", target=28, cur="USD"),
    ra("Credit Suisse", ZION, "upgrade", "neutral", prior_rating="underperform", target=26, cur="USD"),
    ra("Jefferies & Co|Jefferies|Jefferies & Co.", ZION, "initiate", "buy", target=26, cur="USD"),
    ra("D.A. Davidson|DA Davidson|Davidson", ZION, "initiate", "buy", target=31, cur="USD"),
    ra("Morgan Stanley", ZION, "maintain", "overweight", cur="USD"),
])
