# Hand-written gold labels for news55/en en07-en12 (batch b: commodities and emerging markets in English: a Mexican
# retailer's quarter in pesos, a South African gold miner's quarter in kilograms and rand per kilogram, the US EIA's weekly
# petroleum inventories in barrels, a soft-commodity futures report in cents per lb and per tonne, Argentina's inflation
# and policy-rate hikes, and two Saudi banks' quarter in riyals). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/,
# tests/ or docs/ was opened, no gold.jsonl was read (only the earlier sets' "unit" values were grepped, to reuse their
# unit words), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news54/en/README.md, with the labels of news53/en as the model: values fully scaled ("11.44 billion pesos" -> 11.44e9
# MXN, "R3,218 million" -> 3.218e9 ZAR, "2.4 million barrels" -> 2.4e6 barrels, "328,000 barrels per day" -> 328000
# b/d, "9.24 million bpd" -> 9.24e6 b/d, "12.88 cents per lb" -> 0.1288 USD, "0.23 cent" -> 0.0023 USD, "30 cents" ->
# 0.30 USD, "SAR 6.15 billion" -> 6.15e9 SAR); declines, draws, cuts in charges and depreciations negative ("fell by 2.4
# million barrels" -> -2.4e6, "a 1.9-million-barrel draw" -> -1.9e6, "slipped by 2 percentage points" -> -2 pp,
# "settled down 30 cents, or 0.09%" -> -0.30 USD and -0.09 %, "decreased by 243.6%" -> -243.6 as printed, "the 15% ...
# depreciation of the average rand: dollar exchange rate" -> -15 %); rises, builds and hikes positive ("an 885,000-barrel
# rise" -> +885000 barrels, "by 600 basis points to 97%" -> +600 bp); currency codes ("pesos" -> MXN, "R" -> ZAR, "$" /
# "US$" -> USD, "pounds" for London cocoa -> GBP, "SAR" / "riyals" -> SAR); count and measure units in the words earlier
# sets use ("barrels", "b/d" for barrels per day and "bpd", "tonnes", "lots", "ounces" for "oz", "kg", "stores"), plus
# "g/t" for a mine's yield in grams per tonne (no earlier set has one; decided, the printed notation); commodity prices
# and unit costs in the currency with the measure in the basis ("R715,345/kg" -> 715345 ZAR per kilogram, "$67.87 a
# barrel" -> 67.87 USD, news53); hedges keep the number with the hedge in the basis ("about", "more than", "nearly");
# a same-sentence "X from Y" / "up from Y" / "X compared with Y" value of the same quantity is the prior and the earlier
# value an optional row (news30 batch b, news36-news54), while an earlier-period figure in a sentence or clause of its own
# is a key row of its own; bracketed currency and unit conversions ("($668 million)", "(288,938oz)", "(US$1,316/oz)")
# optional; the same quantity restated in another unit after "or" ("3,439 lots, or about 175,000 tonnes") key in the
# first unit and optional in the second (the development corpus's 0.75 pp rule); session and intraday peaks optional
# (news36 en04, news53 en09); a figure that covers two entities ("sent shares of both banks up nearly 2%") key once with
# both entities as alternatives and optional for the second; periods only where the text states or clearly implies the
# year (news24; "Q3 2020" -> 2020Q3, "the comparable period in 2019" / "Q3 2019" -> 2019Q3, "Q2" beside "July 21, 2025"
# and "the first half of 2025" -> 2025Q2, "June" beside the page's own "Published July 14,2023" -> 2023-06; market
# prices, moves, stocks and weekly inventories with no year printed none; rate decisions on dates without a year none);
# no broker rating actions occur in this batch (Monex's remark carries no rating or target); the source's own oddities
# labelled as printed (news44-news54); quotes rendered as reported speech (the set never copies third-party sentences),
# their figures labelled like any other; dates ("August 22", "Feb. 28", "May 15", "30 September 2020", "July 21, 2025"),
# times ("10:36 a.m. EDT (1436 GMT)"), spans ("three-week-long", "more than seven months", "six months", "five-month"),
# stock codes ("(1120)", "(1180.SA)"), the "2020-21 season" and "the early 1990s" not labelled.

PCH = "price_change|futures_change|pct_change"
PX = "price|futures_price|settlement_price|settle_price"

# ---------------------------------------------------------------- en07 Walmart de Mexico's second quarter with its sales, same-store sales, new stores and e-commerce (Reuters text on thecheapinvestor.com; a Thursday in July 2023, no year printed): net profit +5% to 11.44 billion pesos ($668 million); EPS 0.66 pesos against the Refinitiv estimate of 0.69 pesos; revenue +9.25% to 213.724 billion pesos against an estimate of 213.34 billion pesos; same-store sales +8.5% Mexico, +9.5% Central America; 22 new stores; ANTAD beaten by 40 basis points; EBITDA +8.5% to 21.9 billion pesos; GMV +25% in Mexico, ecommerce sales +21% (MXN, %, bp, stores)
# A Mexican retailer's quarter in pesos against the consensus, with same-store sales and e-commerce. Cut: the stored
# excerpt breaks off mid-word in the next sentence ("Walmex's prepaid mobile phone se"); the passage stops after the
# GMV sentence, before it. Dropped as furniture: the byline line ("By Carolina Pulice"). No headline in the stored text
# (it opens with the byline; none added). The chief financial officer's quoted sentence (no figures), the chief
# executive's two quoted sentences (figure kept: "40 basis points") and Monex's quoted phrase (no figures) are rendered
# as reported speech. Kept as printed: the dateline "MEXICO CITY (Reuters) -Walmart's" without a space after the dash,
# "Refinitiv", "213.724 billion pesos" with three decimals, "(Mexico retail group) ANTAD" in brackets, "e-commerce"
# beside "ecommerce".
# Periods: none ("second-quarter", "the year-earlier period", "June" and "the second half of the year" print no year;
# the story is of July 2023).
# Decided: net profit, EPS and revenue key with their growth rates; the Refinitiv EPS and revenue estimates key as
# *_estimate|*_consensus rows ("just below" / "marginally beating" carry no figure of their own); the bracketed "$668
# million" optional. Same-store sales growth key for Mexico and for Central America (each region keyed with the company
# among the alternatives); "22 new stores in Mexico" key (stores). "Outperform ... ANTAD by 40 basis points" -> a key
# +40 bp outperformance of same-store sales against the market. EBITDA growth and level key; GMV growth in Mexico and
# ecommerce sales growth key. "A three-week-long atypical heat wave" is a span (not labelled).
WMX = "Walmart de Mexico|Walmex|Wal-Mart de Mexico|Walmart Mexico|Walmart's Mexico and Central America unit"
WMX_MX = "Mexico|Walmex Mexico|Walmart de Mexico Mexico|" + WMX
WMX_CA = "Central America|Walmex Central America|" + WMX
G["en07"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 5, "%", WMX, basis="second quarter, year-on-year"),
    m("net_profit|net_income", 11.44e9, "MXN", WMX, basis="second quarter; 'billion pesos'"),
    m("net_profit|net_income", 668e6, "USD", WMX, opt=True, basis="conversion in brackets"),
    m("eps|earnings_per_share", 0.66, "MXN", WMX, basis="profit of 0.66 pesos a share; just below the estimate"),
    m("eps_estimate|eps_consensus", 0.69, "MXN", WMX, basis="Refinitiv estimate"),
    m("revenue_growth|sales_growth", 9.25, "%", WMX, basis="quarterly revenue, from the year-earlier period"),
    m("revenue|sales", 213.724e9, "MXN", WMX, basis="quarterly revenue; marginally beat the estimate"),
    m("revenue_estimate|revenue_consensus", 213.34e9, "MXN", WMX, basis="Refinitiv estimate"),
    m("same_store_sales_growth|comparable_sales_growth|same_store_sales", 8.5, "%", WMX_MX),
    m("same_store_sales_growth|comparable_sales_growth|same_store_sales", 9.5, "%", WMX_CA),
    m("new_stores|store_openings|stores_opened", 22, "stores", WMX_MX, basis="new stores in Mexico"),
    m("same_store_sales_outperformance|outperformance|market_differential|growth_differential", 40, "bp", WMX,
      basis="outperformed the self-service and club market measured by ANTAD"),
    m("ebitda_growth", 8.5, "%", WMX, basis="quarter"),
    m("ebitda", 21.9e9, "MXN", WMX, basis="quarter; 'billion pesos'"),
    m("gmv_growth|gross_merchandise_volume_growth", 25, "%", WMX_MX, basis="gross merchandise volume (GMV) in Mexico"),
    m("ecommerce_sales_growth|e_commerce_sales_growth|online_sales_growth", 21, "%", WMX, basis="sales in ecommerce"),
], [])

# ---------------------------------------------------------------- en08 Sibanye-Stillwater's SA gold operations in the September 2020 quarter (min-met.com; operating update for the quarter ended 30 September 2020, no page date printed): production 8,987kg (288,938oz) flat; AISC R715,345/kg (US$1,316/oz); excluding DRDGOLD 7,473kg (240,262oz) and AISC R746,127/kg (US$1,372/oz), +9%; gold price US$1,845/oz, +27%; rand -15%; rand gold price received +47% to R1,002,945/kg; adjusted EBITDA margin 37% against 14%; adjusted EBITDA +282% to R3,218 million (US$190 million); Driefontein underground 2,424kg (77,933oz), +17%, yield +14% to 6.26g/t against 5.51g/t (kg, ounces, ZAR, USD, %, g/t)
# A South African gold miner's quarterly operating update with production in kilograms and ounces, all-in sustaining costs
# in rand per kilogram and the rand gold price. Cut: the stored excerpt breaks off mid-word ("Underground yields have
# naturally normalised as the employee compleme"); the passage stops after the phased-recall sentence, before it.
# Headline kept (rewritten: "Sibanye's gold operations progressed ahead of plan" -> "Sibanye's gold operations ran ahead
# of plan"). No quotes. Kept as printed: "Sibanye Stillwater" without the hyphen, "SA Gold operations" beside "SA gold
# operations", "post lockdown production build up" unhyphenated, "8,987kg (288,938oz)" and the other figures without a
# space before the unit, "R715,345/kg (US$1,316/oz)", "rand: dollar exchange rate" with its space, "R3,218 million",
# "6.26g/t", "high grade areas".
# Periods: "Q3 2020" -> 2020Q3 (production, costs, gold price, rand gold price, EBITDA and its margin, and Driefontein's
# quarter, the "period" of the last paragraph being the same quarter); "Q3 2019" / "the comparable period in 2019" ->
# 2019Q3. The rand's depreciation year-on-year to Q3 2020 2020Q3. "H1 2020", "H1 2019", "since May 2020" carry no figure.
# Decided: production key in kg (the unit printed first; "kg" as in the earlier sets) with the bracketed ounces
# optional; AISC key in ZAR (per kilogram in the basis) with the bracketed US$ per ounce optional (a conversion); "flat
# year-on-year" and "similar to the comparable period" print no number (not labelled). The excluding-DRDGOLD figures keyed
# on the SA gold operations with the exclusion in the basis; their AISC "9% higher than for Q3 2019" a key +9 % change
# (the Q3 2019 level is not printed). The average gold price US$1,845/oz key in USD with its +27 % key. "The 15% ...
# depreciation of the average rand: dollar exchange rate year-on-year" -> a key -15 % change of the rand against the
# dollar (a depreciation is a fall in the rand's value). The rand gold price received +47 % and R1,002,945/kg key
# ("record" in the basis). "The adjusted EBITDA margin ... expanding to 37% compared with 14% for Q3 2019" -> key 37 %
# with prior 14 and an optional 2019Q3 row. Adjusted EBITDA +282 % and R3,218 million key; "(US$190 million)" optional.
# Driefontein underground production 2,424kg key with its +17 % growth key (year-on-year against 2019's comparable
# period, no earlier level printed), the ounces optional; "a 14% increase in the average yield to 6.26g/t compared with
# 5.51g/t" -> key +14 % and key 6.26 g/t with prior 5.51 and an optional 2019Q3 row.
SIB = "Sibanye Stillwater|Sibanye-Stillwater|Sibanye|SA Gold operations|SA gold operations|Sibanye SA gold operations"
DRIE = "Driefontein operation|Driefontein|" + SIB
RAND = "rand|South African rand|ZAR|USD/ZAR|rand: dollar exchange rate"
Q, PQ = "2020Q3", "2019Q3"
GP = "gold_production|production|gold_output|output"
AISC = "aisc|all_in_sustaining_cost|all_in_sustaining_costs"
G["en08"] = ([
    m(GP, 8987, "kg", SIB, Q, basis="flat year-on-year"),
    m(GP, 288938, "ounces", SIB, Q, opt=True, basis="ounces in brackets"),
    m(AISC, 715345, "ZAR", SIB, Q, basis="per kilogram; remained elevated"),
    m(AISC, 1316, "USD", SIB, Q, opt=True, basis="per ounce, in brackets"),
    m(GP, 7473, "kg", SIB, Q, basis="excluding DRDGOLD; similar to the comparable period in 2019"),
    m(GP, 240262, "ounces", SIB, Q, opt=True, basis="excluding DRDGOLD; ounces in brackets"),
    m(AISC, 746127, "ZAR", SIB, Q, basis="excluding DRDGOLD; per kilogram"),
    m(AISC, 1372, "USD", SIB, Q, opt=True, basis="excluding DRDGOLD; per ounce, in brackets"),
    m("aisc_change|aisc_growth|all_in_sustaining_cost_change", 9, "%", SIB, Q,
      basis="excluding DRDGOLD; higher than for Q3 2019"),
    m("gold_price|average_gold_price|price", 1845, "USD", "gold|" + SIB, Q, basis="average; per ounce"),
    m("gold_price_change|price_change|gold_price_growth", 27, "%", "gold|" + SIB, Q,
      basis="higher than the comparable period in 2019"),
    m("exchange_rate_change|currency_change|depreciation", -15, "%", RAND, Q,
      basis="depreciation of the average rand: dollar exchange rate, year-on-year"),
    m("rand_gold_price_change|gold_price_change|price_change", 47, "%", SIB, Q, basis="average rand gold price received"),
    m("rand_gold_price|gold_price_received|average_gold_price|gold_price", 1002945, "ZAR", SIB, Q,
      basis="average rand gold price received; per kilogram; record level"),
    m("adjusted_ebitda_margin|ebitda_margin", 37, "%", SIB, Q, prior=14, basis="expanding to; compared with Q3 2019"),
    m("adjusted_ebitda_margin|ebitda_margin", 14, "%", SIB, PQ, opt=True, basis="Q3 2019"),
    m("adjusted_ebitda_growth|ebitda_growth", 282, "%", SIB, Q),
    m("adjusted_ebitda|ebitda", 3.218e9, "ZAR", SIB, Q, basis="printed 'R3,218 million'"),
    m("adjusted_ebitda|ebitda", 190e6, "USD", SIB, Q, opt=True, basis="conversion in brackets"),
    m(GP + "|underground_production", 2424, "kg", DRIE, Q, basis="underground production"),
    m(GP + "|underground_production", 77933, "ounces", DRIE, Q, opt=True, basis="ounces in brackets"),
    m("production_growth|gold_production_growth|output_growth", 17, "%", DRIE, Q, basis="underground production"),
    m("yield_change|average_yield_change|yield_growth", 14, "%", DRIE, Q, basis="average underground yield"),
    m("yield|average_yield|grade", 6.26, "g/t", DRIE, Q, prior=5.51, basis="average yield; grams per tonne"),
    m("yield|average_yield|grade", 5.51, "g/t", DRIE, PQ, opt=True, basis="comparable period in 2019"),
], [])

# ---------------------------------------------------------------- en09 the US EIA's weekly petroleum inventories for the week ended August 22 (Reuters text on energynow.com; Wednesday August 27, 2025, no year printed): crude -2.4 million barrels to 418.3 million against a 1.9-million-barrel draw expected; Cushing -838,000 barrels; Brent $67.87 (+65 cents), WTI $63.98 (+73 cents); refinery runs -328,000 bpd; utilization -2 pp to 94.6% against 91.9% a year before; gasoline -1.2 million barrels to 222.3 million against a 2.2-million-barrel draw expected; gasoline supplied 9.24 million bpd from 8.84 million; distillates -1.8 million barrels to 114.2 million against an 885,000-barrel rise expected; distillate demand 4.14 million bpd from 3.97 million (barrels, b/d, USD, pp, %)
# A US government weekly petroleum-inventory report with the poll's expectations, refinery runs, demand and the oil price.
# Cut: the stored excerpt breaks off inside the imports sentence ("Net U.S. crude imports rose last week by 299,000 barrels
# per day, the EIA said, while exports were"); the passage stops after the distillate-demand sentence, before it (the
# "299,000" goes with the cut). No headline in the stored text (the address slug "us-crude-stocks-fuel-inventories-fall-
# as-demand-rises-eia-says" is not page text; none added). The analyst's two quoted sentences are rendered as reported
# speech (no figures). Kept as printed: the opening "(Reuters) –" with an en dash, "a proxy for demand rose" without a
# comma after "demand", "bpd" beside "barrels per day", "up from 8.84 million" without a unit, "utilization".
# Periods: none (weekly inventories, flows and prices; "the week ended August 22", "last week" and "prior year levels"
# print no year; the report is of August 27, 2025).
# Decided: each inventory's weekly change key (negative for falls and draws) with its level key; the Reuters-poll
# expectations key as *_estimate rows in barrels ("a 1.9-million-barrel draw" -> -1.9e6, "an 885,000-barrel rise" ->
# +885000). Cushing's fall key. Brent and WTI prices key in USD (a barrel) with their cent moves key (0.65 and 0.73 USD).
# Refinery runs' fall key in b/d. Utilization "fell by 2 percentage points to 94.6%, but were sharply up compared to prior
# year levels of 91.9%" -> key -2 pp and key 94.6 % with prior 91.9 (same-sentence "compared to"; the year-earlier level
# optional). Gasoline supplied "rose to 9.24 million bpd ..., up from 8.84 million" and distillate demand "rose to 4.14
# million bpd, up from 3.97 million bpd" -> key levels in b/d with priors and optional earlier rows. The Labor Day remark
# carries no figure.
CRUDE = "U.S. crude inventories|US crude stocks|crude inventories|crude oil|U.S. crude|EIA"
CUSH = "Cushing|Cushing, Oklahoma|Cushing crude stocks|Cushing hub"
GAS = "U.S. gasoline stocks|gasoline stocks|gasoline|gasoline inventories"
DIST = "distillate stockpiles|distillates|distillate inventories|distillate fuel oil|diesel and heating oil"
REF = "U.S. refineries|refineries|refinery|U.S. refinery crude runs|refinery utilization"
INVCH = "inventory_change|stocks_change|crude_inventory_change|inventories_change"
INV = "inventories|stocks|inventory_level|crude_inventories"
INVEST = "inventory_change_estimate|inventory_change_forecast|expected_inventory_change|consensus"
G["en09"] = ([
    m(INVCH, -2.4e6, "barrels", CRUDE, basis="week ended August 22"),
    m(INV, 418.3e6, "barrels", CRUDE, basis="week ended August 22"),
    m(INVEST, -1.9e6, "barrels", CRUDE, basis="analysts' expectations in a Reuters poll; a draw"),
    m(INVCH, -838000, "barrels", CUSH, basis="last week"),
    m(PX + "|oil_price|brent_price", 67.87, "USD", "Brent|Brent crude|Brent crude futures|oil",
      basis="a barrel; at 10:36 a.m. EDT"),
    m(PCH + "|oil_price_change", 0.65, "USD", "Brent|Brent crude|Brent crude futures|oil", basis="up 65 cents"),
    m(PX + "|oil_price|wti_price", 63.98, "USD", "WTI|West Texas Intermediate|U.S. West Texas Intermediate futures|oil",
      basis="a barrel"),
    m(PCH + "|oil_price_change", 0.73, "USD", "WTI|West Texas Intermediate|U.S. West Texas Intermediate futures|oil",
      basis="up 73 cents"),
    m("refinery_runs_change|crude_runs_change|refinery_crude_runs_change", -328000, "b/d", REF,
      basis="refinery crude runs; 'barrels per day'"),
    m("utilization_rate_change|refinery_utilization_change|utilization_change", -2, "pp", REF),
    m("utilization_rate|refinery_utilization|utilization", 94.6, "%", REF, prior=91.9,
      basis="sharply up compared to prior year levels"),
    m("utilization_rate|refinery_utilization|utilization", 91.9, "%", REF, opt=True, basis="prior year levels"),
    m(INVCH, -1.2e6, "barrels", GAS, basis="in the week"),
    m(INV, 222.3e6, "barrels", GAS),
    m(INVEST, -2.2e6, "barrels", GAS, basis="analysts' expectations in a Reuters poll; a draw"),
    m("gasoline_supplied|product_supplied|demand|gasoline_demand", 9.24e6, "b/d", "gasoline supplied|" + GAS,
      prior=8.84e6, basis="a proxy for demand; 'bpd'; last week"),
    m("gasoline_supplied|product_supplied|demand|gasoline_demand", 8.84e6, "b/d", "gasoline supplied|" + GAS, opt=True,
      basis="up from; printed without a unit"),
    m(INVCH, -1.8e6, "barrels", DIST, basis="in the week"),
    m(INV, 114.2e6, "barrels", DIST),
    m(INVEST, 885000, "barrels", DIST, basis="expectations; a rise"),
    m("demand|distillate_demand|product_supplied", 4.14e6, "b/d", DIST, prior=3.97e6, basis="distillate fuel oil demand"),
    m("demand|distillate_demand|product_supplied", 3.97e6, "b/d", DIST, opt=True, basis="up from"),
], [])

# ---------------------------------------------------------------- en10 soft-commodity futures on ICE led by raw sugar at a seven-month high after a small October delivery (Business Recorder, brecorder.com AMP page; Tuesday October 1, 2019, no year printed): March raw sugar +0.23 cent (+1.8%) at 12.88 cents per lb after a 12.90-cent peak; October touched 12.02 cents; delivery 3,439 lots (about 175,000 tonnes) against more than 2 million tonnes; December white sugar -30 cents (-0.09%) at $344.00 after $347.20; December New York cocoa +$11 (+0.5%) at $2,453; Ivory Coast cap 2 million tonnes; March London cocoa +13 pounds (+0.7%) at 1,880 pounds; December arabica -0.25 cents (-0.2%) at $1.0135 per lb; November robusta -$9 (-0.7%) at $1,311 (USD, GBP, %, lots, tonnes)
# A soft-commodity futures report (sugar, cocoa, coffee) with settlements in cents per pound and per tonne and exchange
# delivery data. Whole as stored. No headline in the stored text (the AMP page opens with its first paragraph; none
# added). No quotes. Kept as printed: "0.23 cent" (singular) beside "0.25 cents", "12.88 cents per lb", "Feb. 28",
# "Aug. 5", "ICE Futures US", "$344.00" with its decimals, "13 pounds ... at 1,880 pounds a tonne" for London cocoa, the
# white-sugar fall "30 cents, or 0.09%" (30 cents of $344 is 0.087%).
# Periods: none (futures settlements, moves and deliveries; "Tuesday", "Monday", "early March" print no year; the page is
# of October 1, 2019). The Ivory Coast cap "from the 2020-21 season" takes no period (the season in the basis).
# Decided: each contract's move, % move and settlement key, keyed on the commodity's futures with the contract month in
# the basis; cent figures scaled to USD ("0.23 cent" -> 0.0023, "12.88 cents" -> 0.1288, "30 cents" on a per-tonne
# price -> 0.30, "0.25 cents" -> 0.0025); London cocoa in GBP. The peaks "after peaking at 12.90 cents" (March raw sugar)
# and "after peaking at $347.20" (white sugar) optional (session extremes, news53 en09); the October contract's "touched
# 12.02 cents ... ahead of expiry", the only price printed for that contract, key. The delivery "3,439 lots, or about
# 175,000 tonnes" -> key 3,439 lots and the same delivery in tonnes optional (restated in another unit after "or"); the
# last expiry's "more than 2 million tonnes" key. Ivory Coast's production cap of 2 million tonnes key (positive, a cap).
# "The highest in more than seven months" and "its highest since Feb. 28" are spans or dates (not labelled).
RAW = "raw sugar|raw sugar futures|ICE raw sugar|March raw sugar|sugar"
WHITE = "white sugar|white sugar futures|December white sugar|sugar"
NYC = "New York cocoa|cocoa|cocoa futures|ICE cocoa"
LDC = "London cocoa|cocoa|cocoa futures"
ARA = "arabica coffee|arabica|coffee|arabica coffee futures"
ROB = "robusta coffee|robusta|coffee|robusta coffee futures"
DELIV = "delivery|deliveries|physical_delivery|delivery_volume"
G["en10"] = ([
    m(PCH, 0.0023, "USD", RAW, basis="March contract; printed '0.23 cent'; per lb"),
    m(PCH, 1.8, "%", RAW, basis="March contract"),
    m(PX, 0.1288, "USD", RAW, basis="March contract, settled; printed '12.88 cents per lb'"),
    m(PX + "|high|peak", 0.1290, "USD", RAW, opt=True, basis="March contract; peak on Monday, highest since Feb. 28"),
    m(PX + "|high|peak", 0.1202, "USD", "October raw sugar contract|" + RAW,
      basis="October contract touched on Monday ahead of expiry; highest for the front month since Aug. 5"),
    m(DELIV, 3439, "lots", "October raw sugar contract|ICE Futures US|" + RAW, basis="physical delivery"),
    m(DELIV, 175000, "tonnes", "October raw sugar contract|ICE Futures US|" + RAW, opt=True,
      basis="about; the same delivery restated in tonnes"),
    m(DELIV, 2e6, "tonnes", "raw sugar|ICE Futures US|sugar", basis="more than; at the last expiry"),
    m(PCH, -0.30, "USD", WHITE, basis="December contract, settled; printed '30 cents'; per tonne"),
    m(PCH, -0.09, "%", WHITE, basis="December contract"),
    m(PX, 344.00, "USD", WHITE, basis="December contract, settled; a tonne"),
    m(PX + "|high|peak", 347.20, "USD", WHITE, opt=True, basis="peak; highest since early March"),
    m(PCH, 11, "USD", NYC, basis="December contract"),
    m(PCH, 0.5, "%", NYC, basis="December contract"),
    m(PX, 2453, "USD", NYC, basis="December contract, settled; a tonne"),
    m("production_cap|output_cap|cocoa_production_cap|production", 2e6, "tonnes",
      "Ivory Coast|Côte d'Ivoire|Ivory Coast cocoa", basis="cap from the 2020-21 season"),
    m(PCH, 13, "GBP", LDC, basis="March contract; printed '13 pounds'"),
    m(PCH, 0.7, "%", LDC, basis="March contract"),
    m(PX, 1880, "GBP", LDC, basis="March contract; 'pounds a tonne'"),
    m(PCH, -0.0025, "USD", ARA, basis="December contract; printed '0.25 cents'; per lb"),
    m(PCH, -0.2, "%", ARA, basis="December contract"),
    m(PX, 1.0135, "USD", ARA, basis="December contract; per lb"),
    m(PCH, -9, "USD", ROB, basis="November contract"),
    m(PCH, -0.7, "%", ROB, basis="November contract"),
    m(PX, 1311, "USD", ROB, basis="November contract; a tonne"),
], [])

# ---------------------------------------------------------------- en11 Argentina's June 2023 inflation with the central bank's rate hikes (Anadolu Agency text on anews.com.tr; page dated "Published July 14,2023"): monthly CPI 6% in June after 7.8% in May; annual 115.6% in June, 114.2% May, 108.8% April, 104.3% March, 102.5% February; the benchmark rate +600 bp to 97% (May 15), +1,000 bp to 91% (April 27), +300 bp to 81% (April 20), +300 bp to 78% (March 16), +550 bp to 75% (Sept. 15) (%, bp)
# A macro data release (monthly and annual consumer inflation from the statistics agency) with the central bank's
# policy-rate hikes. Whole as stored apart from the page's "Contact Us" link (dropped as furniture); the store's date
# line "date 2023-07-13" is not page text, while the page's own line "Published July 14,2023" is kept as page text. No
# headline in the stored text (the address slug "argentinas-monthly-inflation-slows-annually-climbs-to-new-record" is
# not page text; none added). No quotes. Kept as printed: "July 14,2023" without a space, "INDEC", "--" before "highest
# levels since the early 1990s", "Sept. 15", "Banco Central de la República Argentina", "a whopping".
# Periods: the page's "Published July 14,2023" and the data "released Thursday" on "June" -> the June figures 2023-06 and
# the earlier months 2023-05 to 2023-02 (decided: the year is printed on the page and the months run back from June
# within it). The rate decisions "On May 15", "April 27", "April 20", "March 16" and "Sept. 15" print no year and take no
# period (the dates are in the basis; the September hike is of 2022).
# Decided: monthly inflation 6 % key; "The figure eased from 7.8% in May" is a sentence of its own -> a key 2023-05 row of
# its own (no prior on June's 6 %), as the development corpus's own-clause rule. Annual inflation 115.6 % key ("record" in
# the basis) and each earlier month's annual rate key with its period. Each hike key in bp with the new rate key; no
# priors on the rates (no "from" is printed; the earlier levels are key rows of their own). "The first softening in six
# months" and "the highest levels since the early 1990s" are spans (not labelled).
ARG = "Argentina|INDEC|Argentine consumer prices|Argentina CPI"
BCRA = "Banco Central de la República Argentina|BCRA|Argentina's central bank|central bank|Argentina"
MOM = "inflation_mom|cpi_mom|monthly_inflation|inflation_rate"
YOY = "inflation_yoy|cpi_yoy|annual_inflation|inflation_rate|inflation"
RCH = "rate_change|policy_rate_change|interest_rate_change|rate_hike"
RATE = "policy_rate|benchmark_interest_rate|interest_rate|benchmark_rate"
G["en11"] = ([
    m(MOM, 6, "%", ARG, "2023-06", basis="monthly basis; eased"),
    m(MOM, 7.8, "%", ARG, "2023-05", basis="monthly basis; the figure eased from"),
    m(YOY, 115.6, "%", ARG, "2023-06", basis="compared to the same month last year; record"),
    m(YOY, 114.2, "%", ARG, "2023-05"),
    m(YOY, 108.8, "%", ARG, "2023-04"),
    m(YOY, 104.3, "%", ARG, "2023-03"),
    m(YOY, 102.5, "%", ARG, "2023-02"),
    m(RCH, 600, "bp", BCRA, basis="raised on May 15"),
    m(RATE, 97, "%", BCRA, basis="from May 15"),
    m(RCH, 1000, "bp", BCRA, basis="hike on April 27"),
    m(RATE, 91, "%", BCRA, basis="after April 27"),
    m(RCH, 300, "bp", BCRA, basis="hike on April 20"),
    m(RATE, 81, "%", BCRA, basis="after April 20"),
    m(RCH, 300, "bp", BCRA, basis="increased on March 16; first hike since Sept. 15"),
    m(RATE, 78, "%", BCRA, basis="after March 16"),
    m(RCH, 550, "bp", BCRA, basis="hiked on Sept. 15; 'a whopping'"),
    m(RATE, 75, "%", BCRA, basis="after Sept. 15"),
], [])

# ---------------------------------------------------------------- en12 Al Rajhi Bank and Saudi National Bank beat second-quarter forecasts (Sahm Capital, sahmcapital.com; July 21, 2025): shares of both up nearly 2%; Al Rajhi Q2 net profit +31% to SAR 6.15 billion ($1.64 billion) against a mean estimate of SAR 5.69 billion, operating income +25.7%, net financing and investment income +24.7%, provisions +31.9% to SAR 600 million, H1 net profit +32.45% to SAR 12.06 billion; SNB Q2 net profit +17.3% to SAR 6.13 billion ($1.63 billion) against SAR 5.6 billion forecast, operating income +6.6%, impairment charges -243.6% (SAR, USD, %)
# A Gulf banks' quarterly results story in riyals against the analysts' estimates. Cut: the stored page breaks off in the
# next sentence ("For the first half of the year, SNB's"); the passage stops after the impairment sentence, before it.
# Dropped as furniture: the page banner "Please use a PC Browser to access Register-Tadawul" and the two quote-widget lines
# under the headline ("ALRAJHI 1120.SA | 95.60 | -2.05% |", "SNB 1180.SA | 37.20 | -0.80% |", live share quotes, not
# article text). Headline kept (rewritten: "Saudi Banking Giants Al Rajhi (1120) and SNB (1180) Post Soaring Q2 Profits,
# 'Comfortably' Beating Forecasts" -> "Saudi banking giants Al Rajhi (1120) and SNB (1180) report soaring Q2 profits,
# beating forecasts 'comfortably'"). The filing's quoted phrase ("strong credit quality and higher recoveries"; no
# figures) is rendered as reported speech. Kept as printed: the dateline "Riyadh, Saudi Arabia – July 21, 2025 –",
# "Al Rajhi Bank(1120.SA)" and "The Saudi National Bank(1180.SA)" without a space, "SAR 5.6 billion riyals" (currency
# twice), the impairment charges that "decreased by 243.6%" (a fall of more than 100 per cent), "today".
# Periods: "Q2" / "second-quarter" beside the dateline "July 21, 2025" and "the first half of 2025" -> 2025Q2 (clearly
# implied); "the first half of 2025" -> 2025H1; the share move "today" none (a market move).
# Decided: "sent shares of both banks up nearly 2%" -> one key row with both banks as entity alternatives and an optional
# second row (one printed figure for two stocks). Each bank's net profit growth and level key with the analysts' estimate
# key (net_profit_estimate|net_profit_consensus); the bracketed dollar conversions optional. Al Rajhi's operating income,
# net financing and investment income and provisions growth key, the provisions level SAR 600 million key (positive, an
# amount), its first-half profit growth and level key (2025H1). SNB's operating income growth key and its impairment
# charges "decreased by 243.6%" key as printed (-243.6 %). The world's-largest and kingdom's-biggest claims carry no
# figure.
RAJ = "Al Rajhi Bank|Al Rajhi|Al Rajhi Bank (1120.SA)|1120.SA|ALRAJHI"
SNB = "The Saudi National Bank|Saudi National Bank|SNB|1180.SA"
Q2, H1 = "2025Q2", "2025H1"
NP = "net_profit|net_income"
NPG = "net_profit_growth|net_income_growth|profit_growth"
NPE = "net_profit_estimate|net_profit_consensus|net_income_estimate|consensus"
G["en12"] = ([
    m("share_price_change|price_change", 2, "%", RAJ + "|" + SNB, basis="nearly; both banks; early trading today"),
    m("share_price_change|price_change", 2, "%", SNB + "|" + RAJ, opt=True, basis="nearly; the second bank"),
    m(NPG, 31, "%", RAJ, Q2, basis="year-on-year"),
    m(NP, 6.15e9, "SAR", RAJ, Q2),
    m(NP, 1.64e9, "USD", RAJ, Q2, opt=True, basis="conversion in brackets"),
    m(NPE, 5.69e9, "SAR", RAJ, Q2, basis="analysts' mean estimate (Zawya citing LSEG data)"),
    m("operating_income_growth|total_operating_income_growth|income_growth", 25.7, "%", RAJ, Q2,
      basis="total operating income"),
    m("net_financing_and_investment_income_growth|net_interest_income_growth|financing_income_growth", 24.7, "%", RAJ,
      Q2, basis="net financing and investment income"),
    m("provisions_growth|provision_change|expected_credit_loss_provisions_change", 31.9, "%", RAJ, Q2,
      basis="provisions for expected credit losses, year-on-year"),
    m("provisions|expected_credit_loss_provisions|impairment_charges", 600e6, "SAR", RAJ, Q2,
      basis="provisions for expected credit losses"),
    m(NPG, 32.45, "%", RAJ, H1, basis="first half of 2025"),
    m(NP, 12.06e9, "SAR", RAJ, H1, basis="first half of 2025"),
    m(NPG, 17.3, "%", SNB, Q2, basis="jump"),
    m(NP, 6.13e9, "SAR", SNB, Q2),
    m(NP, 1.63e9, "USD", SNB, Q2, opt=True, basis="conversion in brackets"),
    m(NPE, 5.6e9, "SAR", SNB, Q2, basis="forecast by analysts; printed 'SAR 5.6 billion riyals'"),
    m("operating_income_growth|total_operating_income_growth|income_growth", 6.6, "%", SNB, Q2,
      basis="total operating income"),
    m("impairment_charges_change|provisions_change|expected_credit_loss_change", -243.6, "%", SNB, Q2,
      basis="impairment charges for expected credit losses decreased, compared to the same quarter last year; as printed"),
], [])
