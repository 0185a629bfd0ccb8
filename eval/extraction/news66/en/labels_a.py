# Hand-written gold labels for news66/en en01-en06 (batch a: US, Canadian and European news in English — a UK tile
# retailer's first half in pounds and pence with adjusted and statutory sales and pre-tax profit, its divisions' growth,
# adjusted EPS growth, an acquired chain's annualised sales and loss, net debt, an interim dividend in pence and the
# first seven weeks' sales and like-for-like growth; a US restaurant group's second quarter with net income and EPS
# against a year earlier, adjusted EPS and revenue against the FactSet consensus, same-restaurant sales at its two brands,
# 2017 same-restaurant-sales ranges against the earlier ranges and a planned range of restaurant closures; a US weekly
# petroleum-inventory report with crude, Cushing, gasoline and distillate stocks against the analysts' forecasts, an SPR
# transfer, production, refinery utilization and the July crude price; a Canadian gold miner's record second quarter in
# US dollars with production in ounces, its all-in sustaining cost, the year-ago output, a stake bought, EPS and annual
# production, cash-cost and AISC ranges; a US IPO and debut with the price, the marketed range and share count, shares
# sold, proceeds, the opening and closing prices, the first-day gain, the valuation and the store count; and a UK
# brokers' round-up of upgrades, downgrades and target changes in pence on four London-listed companies).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the unit words
# "barrels", "b/d", "ounces", "shares", "stores" and "restaurants", the units "%" and "pp" and the codes "GBP" and "USD"
# were checked against the unit strings of the earlier sets' labels_*.py files instead), and no other batch's texts,
# labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news65/en/README.md, with news15 en01 and news10 en01 (a UK company's half of a non-calendar financial year ->
# FYyyyyH1; pence scaled to GBP), news18 en01 / news51 en12 (This is Money's "Buys and sells": pence targets scaled to
# GBP, "in-line" kept as the rating, a rating change with a target change carries both targets), news64 en02 (a US
# quarter with "2nd-quarter" beside the year's guidance -> that year's quarter; "up from its prior view of" -> prng and an
# optional earlier-range row), news55 en09 (the EIA's weekly inventories: changes and levels in "barrels", the poll's
# expectations as *_estimate rows, production in "b/d", utilization moves in pp, no periods), news32 en05 / news35 en11 /
# news53 en01 (a gold miner's quarter: "oz" -> ounces with space thousands separators read as printed, AISC per ounce in
# the currency with the per-ounce basis, guidance ranges as rng) and news63 en06 (a US IPO debut: IPO price, range as
# rng, shares, proceeds, opening price and first-day move key) as models.
# Currencies: "£" and "p" -> GBP (en01: "£127.8m" -> 127.8e6, "0.8p" -> 0.008 GBP; en06: "450p" -> 4.50 GBP, "1,750p"
# -> 17.50 GBP); "$" -> USD on the US pages (en02, en03, en05) and for the Canadian miner's costs and EPS (en04: Mining
# Weekly's "$1 150/oz", "$0.66 a share" — a gold miner's unit costs quoted in US dollars; no C$ is printed). Scaling:
# values fully scaled ("$20.9 million" -> 20.9e6, "7.9 million barrels" -> 7.9e6, "300,000 barrels" -> 300000, "12.4
# million barrels a day" -> 12.4e6 b/d, "873 294 oz" -> 873294 ounces, "3.24-million" -> 3.24e6, "$4.1 billion" ->
# 4.1e9, "20.2 million shares" -> 20.2e6); declines and losses negative ("fell 2.6%" -> -2.6, "down 6% to down 8%" ->
# (-8, -6), "lost 45%" -> -45, "a fall of 300,000 barrels" -> -300000, "fell by 2.1 percentage points" -> -2.1 pp, "a
# £1m loss" -> -1e6, "fell 23% against the market" -> -23); hedges in the basis ("roughly", "nearly", "about", "just").
# Periods decided: en01 "the first half of its financial year", "the 26 weeks ended 29 March 2025" -> FY2025H1 (a half
# ending in March 2025 is the first half of the financial year that ends later in 2025, news15 en01's reading); the
# first seven weeks of the second half, the annualised CTD sales and the period-end net debt none (a partial span, a run
# rate and a balance). en02 "second quarter" beside "2017 is expected to be a year of transition", the 2017 guidance and
# "in 2017" -> 2017Q2 (clearly implied) and, a year earlier, 2016Q2; the guidance 2017; the planned closures and the
# share moves none. en03 prints no year ("last week", "Wednesday", "July delivery") -> none. en04 prints no year ("the
# second quarter", "June", "May", "for the year") -> none. en05 (an IPO debut; "Wednesday", "the summer") -> none. en06
# ("14 March", "13 March", "in the year to date") prints no year -> none.
# Not labelled: dates and times ("Tuesday", "Thursday", "Wednesday", "29 March 2025" beyond its period, "October 2027",
# "June", "May", "14 March", "13 March", "July delivery"), spans ("26 weeks", "first seven weeks" beyond their bases,
# "three months", "the past few months"), ranks and streaks ("a three-year-high" beyond its basis, "record", "best-ever",
# "sharpest"), qualitative guidance without a figure (en01's full-year profit and sales growth and CTD's break-even "by
# the fourth quarter", en04's "tracking very well"), en02's Glendale location, en03's "almost exactly in line with the
# five-year average" (no figure), en05's "by the hundreds" (no figure) and ticker "BIRD", and the names list of en06.

PC = "price_change|share_price_change|stock_price_change"
NP = "net_profit|net_income"

# ---------------------------------------------------------------- en01 Topps Tiles' first half (Sharecast News on fidelity.co.uk; most likely Tuesday May 20, 2025 — "on Tuesday" and "the 26 weeks ended 29 March 2025" printed): adjusted sales +4.1% to £127.8m; adjusted PBT +3.2% to £3.2m; statutory revenue +16.4% to £142.9m; statutory PBT £1.9m after a loss; online trade +85%, Pro Tiler Tools +17.6%, Tile Warehouse +100%; adjusted EPS +8.7%; CTD annualised sales £30.3m and a £1m loss; adjusted net debt £1.2m; interim dividend 0.8p; first seven weeks adjusted sales +9.5%, Topps Tiles like-for-like +6.2% (GBP, %)
# A UK company's results in pounds and pence with adjusted and statutory figures, divisions, a dividend in pence and a
# current-trading like-for-like figure. Cut: the stored text breaks off mid-word inside the chief executive's quotation
# ("I am pleased with the progress we have made over the first half, which has included an improving sal"), so the
# passage stops after the like-for-like sentence, a sentence boundary; no figure goes with the cut. Headline kept
# (rewritten: "Topps Tiles profits rise as it integrates acquisition" -> "Topps Tiles lifts profits as it folds in
# acquisition"); "(Sharecast News) -" kept. The page's risk notice above the headline ("Important information: The value
# of investments can go down as well as up ...") and "Skip Header" are furniture (dropped). Kept as printed: "£127.8m",
# "£3.2m", "£142.9m", "£1.9m", "£30.3m", "£1m", "£1.2m", "0.8p", "year-on-year", "17.6% and 100%, respectively",
# "annualised", "October 2027", "the first seven weeks", "6.2% at Topps Tiles".
# Periods: FY2025H1 for the half's figures (see the header); none for the seven weeks, the annualised sales and the
# period-end net debt.
# Decided: adjusted and statutory figures are separate key rows with the measure in the basis (adjusted sales exclude
# CTD; statutory revenue includes it). "Statutory profit before tax of £1.9m compared to a loss a year earlier" -> key
# 1.9e6 GBP; the year-ago loss prints no amount (none computed, no prior). Online trade, Pro Tiler Tools and Tile
# Warehouse growth keyed on the channel or business with Topps among the alternatives. "An 8.7% increase in adjusted
# earnings per share" -> key EPS growth (no EPS level printed). CTD's "annualised sales reached £30.3m" key (a run rate,
# no period) and "a £1m loss in the period" key as -1e6 GBP on CTD. Adjusted net debt key (balance). The interim
# dividend "0.8p" -> 0.008 GBP key. The second half's first seven weeks: adjusted sales +9.5 % and the Topps Tiles
# brand's like-for-like growth 6.2 % key with the span in the basis. No rating actions.
TPT = "Topps Tiles|Topps Tiles plc|Topps Tiles PLC|Topps|Topps Group|TPT"
CTD = "CTD|CTD Tiles|" + TPT
H = "FY2025H1"
G["en01"] = ([
    m("revenue|sales|adjusted_sales|adjusted_revenue", 127.8e6, "GBP", TPT, H,
      basis="adjusted (excluding CTD); 26 weeks ended 29 March 2025"),
    m("revenue_growth|sales_growth|adjusted_sales_growth", 4.1, "%", TPT, H, basis="adjusted"),
    m("pretax_profit|profit_before_tax|adjusted_pretax_profit|adjusted_profit_before_tax", 3.2e6, "GBP", TPT, H,
      basis="adjusted"),
    m("pretax_profit_growth|profit_before_tax_growth|adjusted_pretax_profit_growth", 3.2, "%", TPT, H, basis="adjusted"),
    m("revenue|statutory_revenue|sales", 142.9e6, "GBP", TPT, H, basis="statutory, including CTD sales"),
    m("revenue_growth|statutory_revenue_growth|sales_growth", 16.4, "%", TPT, H, basis="statutory"),
    m("pretax_profit|profit_before_tax|statutory_pretax_profit", 1.9e6, "GBP", TPT, H,
      basis="statutory; against a loss a year earlier"),
    m("sales_growth|online_sales_growth|segment_sales_growth", 85, "%", "online trade sales|online trade|" + TPT, H,
      basis="year-on-year"),
    m("sales_growth|segment_sales_growth", 17.6, "%", "Pro Tiler Tools|Pro Tiler|" + TPT, H),
    m("sales_growth|segment_sales_growth", 100, "%", "Tile Warehouse|" + TPT, H),
    m("adjusted_eps_growth|eps_growth|adjusted_earnings_per_share_growth", 8.7, "%", TPT, H,
      basis="adjusted earnings per share"),
    m("annualised_sales|annualized_sales|run_rate_sales|revenue", 30.3e6, "GBP", CTD, basis="annualised"),
    m("net_profit|net_loss|loss|trading_loss|operating_profit", -1e6, "GBP", CTD, H, basis="loss in the period"),
    m("net_debt|adjusted_net_debt", 1.2e6, "GBP", TPT, basis="adjusted; at the period end"),
    m("interim_dividend|dividend_per_share|dps|dividend", 0.008, "GBP", TPT, H, basis="0.8p; in line with policy"),
    m("sales_growth|adjusted_sales_growth|revenue_growth", 9.5, "%", TPT,
      basis="adjusted; first seven weeks of the second half"),
    m("like_for_like_sales_growth|lfl_sales_growth|like_for_like_growth", 6.2, "%", "Topps Tiles brand|" + TPT,
      basis="first seven weeks of the second half; Topps Tiles brand"),
], [])

# ---------------------------------------------------------------- en02 DineEquity's second quarter of 2017 (Fox Business, foxbusiness.com; Thursday August 10, 2017 by the store's date line, not page text; "2017" printed): shares +14%; net income $20.9 million ($1.18) down from $26.4 million ($1.45); adjusted EPS $1.30 vs FactSet $1.19; revenue $155.2 million from $160.3 million vs $156 million; same-restaurant sales IHOP -2.6%, Applebee's -6.2%; 2017 Applebee's down 6% to down 8% (earlier down 4% to down 8%), IHOP down 1% to down 3% (earlier flat to up 3%); 105 to 135 Applebee's closures (earlier 40 to 60); shares -45% in 2017, S&P 500 +10% (USD, %, restaurants)
# A US restaurant group's quarter with same-restaurant sales by brand, EPS and revenue against the consensus, brand
# guidance ranges and planned closures. Whole as stored; the store's date line is not page text. The stored text has no
# headline (it opens with the lead; the address slug "applebee-parent-dineequity-stock-surges-14-after-profit-beat" is
# not page text; none added). The chief executive's quoted sentence is rendered as reported speech (no figures); his
# other remarks were already reported speech. Kept as printed: "DineEquity Inc.", "Glendale, Calif.-based", "$20.9
# million, or $1.18 a share", "$26.4 million, or $1.45 a share", "$1.30", "FactSet consensus of $1.19", "$155.2 million
# from $160.3 million", "$156 million", "2.6%", "6.2%", "down 6% to down 8%", "down 4% to down 8%", "down 1% to down
# 3%", "flat to up 3%", "105 to 135", "40 to 60 closures", "45%", "S&P 500", "10%"; "still expects" beside a range that
# has changed (as printed).
# Periods: 2017Q2 and 2016Q2 (see the header); guidance 2017; closures and share moves none.
# Decided: net income and EPS "down from ... in the year-earlier period" -> key with the year-ago figures as priors and
# optional 2016Q2 rows; revenue "slipped to ... from ..." likewise. Adjusted EPS key and the FactSet consensus for EPS
# and revenue key consensus rows. Same-restaurant sales per brand keyed on the brand with DineEquity among the
# alternatives (negative). "Down 6% to down 8% ..., against earlier guidance of down 4% to down 8%" -> key rng (-8, -6)
# with prng (-8, -4) and an optional earlier-range row; IHOP's "down 1% to down 3%, against earlier guidance of flat to
# up 3%" -> key rng (-3, -1) with prng (0, 3) and an optional earlier-range row ("flat" -> 0). The planned closures "105
# to 135 ..., compared with its earlier expectation of 40 to 60" -> key rng in "restaurants" with the earlier range as
# prng and an optional row (no period: the text names no year for the plan). The Thursday jump key; "lost 45% in 2017"
# key as a year-to-date move (-45, the span in the basis); the S&P 500's 10 % rise is a benchmark comparison (optional).
# No traffic, average check or store count is printed (the closures are the only restaurant-count figure). No rating
# actions (FactSet's consensus is a metric).
DIN = "DineEquity|DineEquity Inc.|DineEquity Inc|Dine Brands|DIN"
APB = "Applebee's|Applebees|Applebee's restaurants|" + DIN
IHOP = "IHOP|" + DIN
Q, Q0, Y = "2017Q2", "2016Q2", "2017"
SSS = "same_restaurant_sales_growth|same_store_sales_growth|comparable_sales_growth|comp_sales_growth"
GSSS = "guidance_same_restaurant_sales_growth|guidance_same_store_sales_growth|same_store_sales_guidance|" + SSS
EPS = "eps|diluted_eps|earnings_per_share"
REV = "revenue|total_revenue|revenues"
G["en02"] = ([
    m(PC, 14, "%", DIN, basis="Thursday; after topping profit estimates"),
    m(NP, 20.9e6, "USD", DIN, Q, prior=26.4e6),
    m(NP, 26.4e6, "USD", DIN, Q0, opt=True, basis="year-earlier period"),
    m(EPS, 1.18, "USD", DIN, Q, prior=1.45),
    m(EPS, 1.45, "USD", DIN, Q0, opt=True, basis="year-earlier period"),
    m("adjusted_eps|eps|adjusted_earnings_per_share", 1.30, "USD", DIN, Q, basis="adjusted"),
    m("eps_consensus|eps_estimate|consensus_eps", 1.19, "USD", DIN, Q, basis="FactSet consensus"),
    m(REV, 155.2e6, "USD", DIN, Q, prior=160.3e6),
    m(REV, 160.3e6, "USD", DIN, Q0, opt=True, basis="year-earlier quarter"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 156e6, "USD", DIN, Q, basis="FactSet consensus"),
    m(SSS, -2.6, "%", IHOP, Q),
    m(SSS, -6.2, "%", APB, Q),
    m(GSSS, None, "%", APB, Y, rng=(-8, -6), prng=(-8, -4), basis="still expects; down 6% to down 8%"),
    m(GSSS, None, "%", APB, Y, rng=(-8, -4), opt=True, basis="earlier guidance, down 4% to down 8%"),
    m(GSSS, None, "%", IHOP, Y, rng=(-3, -1), prng=(0, 3), basis="down 1% to down 3%"),
    m(GSSS, None, "%", IHOP, Y, rng=(0, 3), opt=True, basis="earlier guidance, flat to up 3%"),
    m("planned_closures|restaurant_closures|store_closures|closures", None, "restaurants", APB, rng=(105, 135),
      prng=(40, 60), basis="underperforming Applebee's restaurants to be closed"),
    m("planned_closures|restaurant_closures|store_closures|closures", None, "restaurants", APB, rng=(40, 60), opt=True,
      basis="earlier expectation of closures"),
    m(PC + "|ytd_change", -45, "%", DIN, basis="in 2017, year to date"),
    m("index_change|price_change", 10, "%", "S&P 500|S&P|S&P 500 index", opt=True,
      basis="in 2017; benchmark comparison"),
], [])

# ---------------------------------------------------------------- en03 the US EIA's weekly petroleum inventories (Dow Jones Newswires text on marketscreener.com; Wednesday June 14, 2023 by the store's date line, not page text; no year printed): July Nymex crude +0.8% at $69.94; commercial crude +7.9 million barrels to 467.1 million against a 300,000-barrel fall forecast; 1.9-million-barrel SPR transfer; Cushing +1.6 million to 42.1 million; production 12.4 million barrels a day, unchanged; gasoline +2.1 million to 220.9 million against a 100,000-barrel increase expected; distillates +2.1 million to 113.9 million, about 14% below the five-year average, against a 1 million rise expected; refinery utilization -2.1 pp to 93.7% (barrels, b/d, USD, %, pp)
# A US weekly oil inventory report with the analysts' expectations, refinery utilization and the crude price. Cut: the
# stored text's last sentence breaks off ("It was the sharpest weekly decline of the year and compared with expectations
# for no cha"), so the passage stops after the utilization sentence, a sentence boundary (the expected no change goes
# with the cut). The byline ("By Dan Molinski") and the store's date line are furniture (dropped). The stored text has no
# headline (it opens with the byline; the address slug "U-S-Crude-Oil-and-Fuel-Inventories-Surge-Higher" is not page
# text; none added). No quotes. Kept as printed: "Nymex", "July delivery", "0.8%", "$69.94 a barrel", "7.9 million
# barrels", "467.1 million barrels", "The Wall Street Journal", "300,000 barrels", "1.9-million-barrel transfer",
# "Strategic Petroleum Reserve", "Cushing, Okla., the delivery point for U.S. stocks" (so printed, for the U.S. crude
# futures), "1.6 million barrels", "42.1 million barrels", "a three-year-high 12.4 million barrels a day", "2.1 million
# barrels" (twice), "220.9 million barrels", "100,000-barrel increase", "113.9 million barrels", "about 14%", "1 million
# barrels", "2.1 percentage points", "93.7%".
# Periods: none (weekly changes, levels and a price; "last week", "Wednesday" and "July delivery" print no year).
# Decided: each inventory's weekly change key with its level key (news55 en09); the WSJ analysts' forecasts key as
# *_estimate rows in barrels ("a fall of 300,000 barrels" -> -300000; "a 100,000-barrel increase" -> +100000; "grow by
# 1 million barrels" -> +1e6). The SPR transfer key on the reserve (a quantity explaining part of the build). Production
# "did not change ..., holding at a three-year-high 12.4 million barrels a day" -> key level in b/d, the "unchanged" an
# optional zero change (a word, not a printed figure). Distillates "about 14% below the five-year average" key as a
# negative deviation from the average (hedge in the basis); crude's "almost exactly in line with the five-year average"
# prints no figure. Utilization "fell by 2.1 percentage points ... to 93.7%" -> key -2.1 pp and key 93.7 %. The July
# Nymex contract "traded 0.8% higher, at $69.94 a barrel" -> key % move and key price in USD (per barrel in the basis).
# No rating actions.
CRUDE = "U.S. crude inventories|US crude stocks|commercial crude-oil stockpiles|crude inventories|crude oil|U.S. crude|EIA"
CUSH = "Cushing|Cushing, Okla.|Cushing, Oklahoma|Cushing crude stocks"
GAS = "U.S. gasoline stocks|gasoline stockpiles|gasoline|gasoline inventories"
DIST = "distillate stocks|distillates|distillate inventories|diesel fuel"
REF = "U.S. refineries|refineries|refining capacity utilization|refinery utilization"
NYM = "Nymex crude|July crude|Nymex front-month crude contract|U.S. crude|WTI|oil"
INVCH = "inventory_change|stocks_change|crude_inventory_change|inventories_change"
INV = "inventories|stocks|inventory_level|crude_inventories"
INVEST = "inventory_change_estimate|inventory_change_forecast|expected_inventory_change|consensus"
G["en03"] = ([
    m("price_change|oil_price_change|commodity_price_change", 0.8, "%", NYM,
      basis="front-month July contract; recently, after the report"),
    m("price|oil_price|commodity_price", 69.94, "USD", NYM, basis="a barrel; July delivery"),
    m(INVCH, 7.9e6, "barrels", CRUDE, basis="commercial; last week"),
    m(INV, 467.1e6, "barrels", CRUDE, basis="commercial; almost at the five-year average"),
    m(INVEST, -300000, "barrels", CRUDE, basis="analysts polled by The Wall Street Journal; a fall"),
    m("spr_transfer|transfer|spr_release|inventory_transfer", 1.9e6, "barrels",
      "Strategic Petroleum Reserve|SPR|" + CRUDE, basis="transfer from the SPR to commercial storage last week"),
    m(INVCH, 1.6e6, "barrels", CUSH, basis="from the week before"),
    m(INV, 42.1e6, "barrels", CUSH),
    m("crude_production|oil_production|production|output", 12.4e6, "b/d",
      "U.S. crude-oil output|U.S. crude production|" + CRUDE, basis="three-year high; unchanged on the week"),
    m("production_change|output_change", 0, "b/d", "U.S. crude-oil output|U.S. crude production|" + CRUDE, opt=True,
      basis="did not change (word)"),
    m(INVCH, 2.1e6, "barrels", GAS),
    m(INV, 220.9e6, "barrels", GAS),
    m(INVEST, 100000, "barrels", GAS, basis="just; analysts' expectations"),
    m(INVCH, 2.1e6, "barrels", DIST),
    m(INV, 113.9e6, "barrels", DIST),
    m("vs_five_year_average|deviation_from_five_year_average|inventory_vs_average", -14, "%", DIST,
      basis="about; below the five-year average"),
    m(INVEST, 1e6, "barrels", DIST, basis="analysts had expected a rise"),
    m("utilization_rate_change|refinery_utilization_change|utilization_change", -2.1, "pp", REF,
      basis="unexpectedly; from the week before"),
    m("utilization_rate|refinery_utilization|utilization", 93.7, "%", REF),
], [])

# ---------------------------------------------------------------- en04 Agnico Eagle's record second quarter (Mining Weekly text on jcc-canhu.com; most likely Wednesday July 26, 2023, no date or year printed): production 873 294 oz at an AISC of $1 150/oz; 858 170 oz a year before; 100% of Canadian Malartic after buying the remaining 50% from Yamana; seven-millionth ounce; net income $0.66 a share, adjusted $0.65; annual guidance 3.24-million to 3.44-million ounces, cash cost $840 to $890, AISC $1 140/oz to $1 190/oz (ounces, USD, %)
# A Canadian gold miner's quarter with production in ounces, all-in sustaining costs and annual guidance ranges. Whole
# as stored. The stored text has no headline (it opens with the lead; the address slug "agnico-eagle-posts-record-
# output-with-full-ownership-of-canadian-malartic" is not page text; none added). The chief executive's quoted sentence
# is rendered as reported speech (no figures); his other remark was already reported speech. Kept as printed: "100%
# ownership", "the remaining 50%", "873 294 oz" and "858 170 oz" with space thousands separators, "all-in sustaining
# cost (AISC)", "$1 150/oz", "seven-millionth ounce", "$0.66 a share", "$0.65 a share", "3.24-million to 3.44-million
# ounces", "$840 to $890", "$1 140/oz to $1 190/oz", "Detour Lake, in Ontario", "LaRonde, in Quebec", "Nunavut".
# Periods: none (no year printed: "the second quarter", "the prior-year period", "June", "May", "the year").
# Decided: "$" -> USD (a gold miner's unit costs and EPS, no C$ printed; Agnico Eagle reports in US dollars). The
# quarter's production key in "ounces" and its AISC key in USD with the per-ounce basis. "That compares with quarterly
# output of 858 170 oz a year before" is a sentence of its own -> a key year-ago row (news65 en01's reading of a year-ago
# figure in its own sentence), not a prior. "Acquired the remaining 50% of Canadian Malartic" -> key stake bought (news64
# en03's stake in %); "its 100% ownership" restates the result (optional). "The mine's seven-millionth ounce" ->
# optional cumulative-production milestone (7e6 ounces; historic). Net income "$0.66 a share" -> key EPS; "$0.65 a share
# on an adjusted basis" -> key adjusted EPS. Annual guidance: production 3.24-3.44 million ounces, cash cost $840-$890
# and AISC $1,140-$1,190 per ounce -> three key ranges (rng, value None). Records and "best-ever" throughput carry no
# figure. No rating actions.
AEM = "Agnico Eagle|Agnico Eagle Mines|Agnico Eagle Mines Limited|AEM"
CM = "Canadian Malartic|Canadian Malartic mine|" + AEM
G["en04"] = ([
    m("gold_production|production|output|gold_output", 873294, "ounces", AEM, basis="second quarter; record"),
    m("aisc|all_in_sustaining_cost|all_in_sustaining_costs", 1150, "USD", AEM, basis="per ounce; second quarter"),
    m("gold_production|production|output|gold_output", 858170, "ounces", AEM, basis="quarterly output a year before"),
    m("stake_acquired|acquired_stake|ownership_stake|stake", 50, "%", CM,
      basis="remaining stake acquired, formerly held by Yamana Gold"),
    m("ownership_stake|stake|ownership", 100, "%", CM, opt=True, basis="full ownership for the whole quarter"),
    m("cumulative_production|production_milestone|gold_production", 7e6, "ounces", CM, opt=True,
      basis="seven-millionth ounce, marked in June (historic milestone)"),
    m("eps|net_income_per_share|earnings_per_share", 0.66, "USD", AEM, basis="net income per share; the quarter"),
    m("adjusted_eps|adjusted_net_income_per_share|eps", 0.65, "USD", AEM, basis="adjusted net income per share"),
    m("guidance_gold_production|production_guidance|guidance_production", None, "ounces", AEM, rng=(3.24e6, 3.44e6),
      basis="for the year"),
    m("guidance_cash_cost|cash_cost_guidance|guidance_total_cash_costs", None, "USD", AEM, rng=(840, 890),
      basis="per ounce; for the year"),
    m("guidance_aisc|aisc_guidance|guidance_all_in_sustaining_cost", None, "USD", AEM, rng=(1140, 1190),
      basis="per ounce; for the year"),
], [])

# ---------------------------------------------------------------- en05 Allbirds' IPO and market debut (CNBC text on rashtranews.com; most likely Wednesday November 3, 2021, no date or year printed): +90% (headline and lead), valuation roughly $4.1 billion; opened $21.21; 20.2 million shares priced at $15, roughly $303 million raised; 19.2 million shares marketed at $12 to $14; closed $28.64, up nearly 91%; 27 brick-and-mortar locations (USD, %, shares, stores)
# A US IPO priced above its range with its first-day trading. Cut: the stored text breaks off inside Zwillinger's
# quotation ("It's tricky. My business "), so the passage stops after the store-count sentence, a sentence boundary; no
# figure goes with the cut. Headline kept (rewritten: "Allbirds shares surge 90% in eco-friendly shoe maker's market
# debut" -> "Eco-friendly shoe maker Allbirds' shares jump 90% in market debut"; the site suffix " : Rashtra News" is
# furniture). The photo caption (a woman walking past an Allbirds store in Georgetown, "Tuesday, Feb. 16, 2021") and its
# credit ("Al Drago | Bloomberg | Getty Images") are furniture (dropped). The co-CEO's two quoted sentences are rendered
# as reported speech (no figures); his comparable remark was already reported speech. Kept as printed: "90%" (headline
# and lead), "roughly $4.1 billion", "$21.21", "20.2 million shares", "$15", "roughly $303 million", "19.2 million
# shares", "between $12 and $14", "$28.64", "nearly 91%", "Nasdaq", ""BIRD."", "Squawk Box", "ESG", "Warby Parker",
# "Solo Brands", "Rent the Runway", "internet savvy", "27 brick-and-mortar locations", "by the hundreds".
# Periods: none (an IPO debut; "Wednesday" and "the summer" only).
# Decided: "up nearly 91%" at the close (against the $15 IPO price) key with the hedge in the basis; the headline's and
# the lead's "90%" are the same first-day move rounded (optional, news65's rounded headline repeat). The valuation, the
# opening price, the IPO price, the shares priced and the proceeds key (news63 en06). "Had marketed 19.2 million shares
# at a price of between $12 and $14" -> key marketed share count and key range (rng, value None), not priors: they are
# printed in a sentence of their own. The first-day close $28.64 key. "Only 27 brick-and-mortar locations as of the
# summer" -> key store count in "stores"; "by the hundreds" prints no figure. No rating actions.
BIRD = "Allbirds|Allbirds Inc|Allbirds Inc.|BIRD"
DEB = PC + "|first_day_gain|debut_change"
G["en05"] = ([
    m(DEB, 90, "%", BIRD, opt=True, basis="headline; rounded first-day move"),
    m(DEB, 90, "%", BIRD, opt=True, basis="lead; rounded first-day move"),
    m("valuation|market_value|market_cap", 4.1e9, "USD", BIRD, basis="roughly; on the debut"),
    m("opening_price|open_price|price|share_price", 21.21, "USD", BIRD, basis="first trade"),
    m("ipo_shares|shares_offered|shares_sold", 20.2e6, "shares", BIRD, basis="priced a day earlier"),
    m("ipo_price|offer_price", 15, "USD", BIRD, basis="each"),
    m("ipo_proceeds|amount_raised|proceeds", 303e6, "USD", BIRD, basis="roughly"),
    m("shares_marketed|ipo_shares_marketed|shares_offered|ipo_shares", 19.2e6, "shares", BIRD,
      basis="marketed ahead of the IPO"),
    m("ipo_price_range|price_range", None, "USD", BIRD, rng=(12, 14), basis="marketed range per share"),
    m("closing_price|close|share_price|price", 28.64, "USD", BIRD, basis="first-day close"),
    m(DEB, 91, "%", BIRD, basis="nearly; first-day close against the IPO price"),
    m("store_count|stores|locations", 27, "stores", BIRD, basis="brick-and-mortar locations as of the summer"),
], [])

# ---------------------------------------------------------------- en06 This is Money's "Buys and sells from top analysts" for 13 and 14 March (thisismoney.co.uk; most likely March 2003 by the companies and brokers named, no year printed): Lehman Brothers' short-term trading buy on Amersham (450p) after a 23% relative fall; UBS Warburg's BA target 150p from 200p (buy); Schroder Salomon Smith Barney's AstraZeneca downgrade to underperform from neutral (1,750p from 2,200p); Merrill Lynch's Rentokil Initial downgrade to neutral from buy; CSFB's Shire upgrade to outperform from neutral (480p from 500p); Merrill Lynch's Canary Wharf downgrade to neutral from buy; Goldman Sachs' Canary Wharf downgrade to in-line from outperform (fair value 199p from 355p); SSSB's Canary Wharf target 155p from 195p (underperform) (GBP, %)
# A UK brokers' round-up of upgrades, downgrades and target changes in pence. Cut: the stored text breaks off mid-word
# ("Schroder Salomon Smith Barney has cut its p"), so the passage stops after the preceding Schroder Salomon Smith Barney
# sentence, a sentence boundary; no figure goes with the cut. Headline kept (rewritten: "Buys and sells from top
# analysts" -> "Top analysts' buys and sells"); the standfirst's list of 28 company names kept as printed (a list; it
# names more companies than the stored excerpt reaches). The share-dealing promotion line ("Our Share Dealing Service
# enables you to trade shares for a flat fee of GBP15 ... Midas column.") is furniture (dropped). Merrill Lynch's quoted
# sentence on Canary Wharf is rendered as reported speech (no figures). Kept as printed: "BROKERS" in capitals, "14
# March" run into its first sentence beside "13 March" on a line of its own, "'short-term trading buy'", "23%", "450p",
# "150p from 200p", "1,750p from 2,200p", "pest control to security firm Rentokil Initial", "480p from 500p", "Docklands",
# "cashflows", "'in-line'", "199p from 355p" (a fair value, on "the stock" with no company named in that sentence),
# "155p from 195p", "'underperform' stance".
# Periods: none ("14 March", "13 March", "in the year to date" print no year).
# Decided: pence targets scaled to GBP ("450p" -> 4.50, "1,750p" -> 17.50). Lehman Brothers "has put a 'short-term
# trading buy' rating on ... Amersham ... Its share price target is 450p" -> initiate buy 4.50 (a new trading call with
# no earlier rating printed; the rating normalised to "buy", the "short-term trading" qualifier being a horizon); the
# 23% fall relative to the market in the year to date is a key metric on Amersham (-23, relative to the market). UBS
# Warburg kept 'buy' and lowered the target -> cut_target buy 1.50 from 2.00. Schroder Salomon Smith Barney on
# AstraZeneca -> downgrade underperform from neutral, 17.50 from 22.00. Merrill Lynch on Rentokil Initial and on Canary
# Wharf -> two downgrades to neutral from buy with no target. CSFB on Shire -> upgrade outperform from neutral with the
# target cut to 4.80 from 5.00 (a rating change with a target change carries both targets). Goldman Sachs "moved down
# to 'in-line' from 'outperform' and sharply lowered its fair value on the stock" (Canary Wharf, the paragraph's
# subject) -> downgrade in-line from outperform, 1.99 from 3.55 (the fair value is its target, news18 en01). Schroder
# Salomon Smith Barney on Canary Wharf "repeating its 'underperform' stance, reduced its target to 155p from 195p" ->
# cut_target underperform 1.55 from 1.95. The names list carries no figures.
AMS = "Amersham|Amersham plc"
BA = "British Airways|BA"
AZN = "AstraZeneca|Astrazeneca|AZN"
RTO = "Rentokil Initial|Rentokil"
SHP = "Shire Pharmaceuticals|Shire|Shire Pharmaceuticals Group"
CW = "Canary Wharf|Canary Wharf Group"
SSSB = "Schroder Salomon Smith Barney|Salomon Smith Barney|SSSB"
G["en06"] = ([
    m("relative_performance|relative_price_change|price_change", -23, "%", AMS,
      basis="fall against the market in the year to date (printed so far this year in the original)"),
], [
    ra("Lehman Brothers|Lehman", AMS, "initiate", "buy", target=4.50, cur="GBP"),
    ra("UBS Warburg|UBS", BA, "cut_target", "buy", target=1.50, prior_target=2.00, cur="GBP"),
    ra(SSSB, AZN, "downgrade", "underperform", "neutral", target=17.50, prior_target=22.00, cur="GBP"),
    ra("Merrill Lynch|Merrill", RTO, "downgrade", "neutral", "buy"),
    ra("Credit Suisse First Boston|CSFB|Credit Suisse", SHP, "upgrade", "outperform", "neutral", target=4.80,
       prior_target=5.00, cur="GBP"),
    ra("Merrill Lynch|Merrill", CW, "downgrade", "neutral", "buy"),
    ra("Goldman Sachs|Goldman", CW, "downgrade", "in-line", "outperform", target=1.99, prior_target=3.55, cur="GBP"),
    ra(SSSB, CW, "cut_target", "underperform", target=1.55, prior_target=1.95, cur="GBP"),
])
