# Hand-written gold labels for news32/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow or
# project code run, and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news31/en/README.md (values fully
# scaled, declines and losses negative, pence and cents scaled to GBP / USD, a hedge or bound keeps the stated number
# ("over 7%" -> 7, "more than $20 billion" -> 20e9), a same-sentence "X from Y" / "X, up from Y" / "X compared with Y" /
# "X against Y" value of the same quantity is the prior, and a "from" value whose own period the text names is also an
# optional row of its own (news30 batch b), periods only where the text states or clearly implies the year (a passage
# with no printed year has no period, news24), fiscal periods as the text names them (news17), market levels and moves
# carry no period, consensus figures key (news23), bracketed currency conversions optional, repeats optional, ounces
# and tonnes as count nouns with per-ounce costs in the currency and "per ounce" in the basis (news18), a central
# bank's vote split (members for and against) not labelled (news17), brokers' targets and ratings only in rating
# actions, ratings normalised lower-case, a target raise without a printed rating has rating None (dev corpus en11
# style), index moves printed in points and in % both key (dev corpus en26)).

# ---------------------------------------------------------------- en01 Ross Stores third quarter: pre-market move, EPS and revenue against consensus, comps, gross and operating margin against consensus, Q4 comps and EPS guidance, full-year EPS guidance against consensus (cweb.com, 2024 page; no year printed; USD)
# A US retailer's quarterly results; the stored text has no headline (none added). No year is printed -> no periods;
# the quarter goes into the basis. "climb over 7% in pre-market" -> key move 7 (bound kept). EPS $1.48 and the $1.40
# Street consensus, revenue $5.07 billion and the anticipated $5.16 billion -> four key rows. Comps "increased 1%
# year-over-year" key. Gross margin "expanded to 28.3%, a 71-basis-point increase year-over-year and above the consensus
# estimate of 27.5%" -> key level, key bp change (as printed in bp) and key margin consensus (a consensus figure, news23;
# the change gives no prior since the year-ago margin is not printed). Operating margin "improved to 11.9%, up from 11.2%,
# and exceeded the projected 11.1%" -> key level with prior and key margin consensus. Fourth-quarter guidance: comps
# "grow by 2% to 3%" and EPS "between $1.57 and $1.64" -> key ranges, the $1.67 consensus key; full-year EPS guidance
# "$6.10 to $6.17" key range ("guidance", no earlier range printed -> no prior) and the $6.13 expectation key. "the
# first half of the year" carries no figure.
ROST = "Ross Stores|Ross Stores Inc.|Ross|ROST|NASDAQ:ROST"
EC = "eps_consensus|eps_estimate"
G["en01"] = ([
    m("price_change|share_price_change", 7, "%", ROST, basis="over, pre-market"),
    m("eps", 1.48, "USD", ROST, basis="third quarter"),
    m(EC, 1.40, "USD", ROST, basis="third quarter, Street consensus"),
    m("revenue|sales", 5.07e9, "USD", ROST, basis="third quarter"),
    m("revenue_consensus|revenue_estimate", 5.16e9, "USD", ROST, basis="third quarter, anticipated"),
    m("comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth", 1, "%", ROST,
      basis="third quarter, year-over-year"),
    m("gross_margin", 28.3, "%", ROST, basis="third quarter"),
    m("gross_margin_change", 71, "bp", ROST, basis="third quarter, year-over-year"),
    m("gross_margin_consensus|gross_margin_estimate", 27.5, "%", ROST, basis="third quarter"),
    m("operating_margin", 11.9, "%", ROST, prior=11.2, basis="third quarter"),
    m("operating_margin_consensus|operating_margin_estimate", 11.1, "%", ROST, basis="third quarter, projected"),
    m("guidance_comparable_sales_growth|comparable_sales_guidance|guidance_same_store_sales_growth", None, "%", ROST,
      rng=(2, 3), basis="fourth quarter"),
    m("guidance_eps|eps_guidance", None, "USD", ROST, rng=(1.57, 1.64), basis="fourth quarter"),
    m(EC, 1.67, "USD", ROST, basis="fourth quarter"),
    m("guidance_eps|eps_guidance", None, "USD", ROST, rng=(6.10, 6.17), basis="full year"),
    m(EC, 6.13, "USD", ROST, basis="full year, analyst expectations"),
], [])

# ---------------------------------------------------------------- en02 UBS third quarter 2013: net profit 577 million francs ($644 million) after a year-ago loss, operating profit, AWP consensus, share and SMI moves, wealth management profit and net new money with Q2 priors, Americas wealth management, investment bank back in profit (AFP via Business Standard, 2013; CHF)
# A European bank's results in Swiss francs; the stored text has no headline (none added; the "More From This Section"
# link line dropped). Period: the investment bank's year-ago loss is dated "the third quarter of 2012", so the third
# quarter reported is 2013Q3 (clearly implied) and "the second quarter of the year" / "the previous three-month period"
# 2013Q2. Net profit "577 million Swiss francs ($ 644 million), from a 2.1-billion-franc loss a year earlier" -> key level
# with the loss as negative prior, the bracketed dollar conversion optional, and the year-ago loss an optional row of
# its own (2012Q3; "a year earlier" names its period, news30 batch b). "operating profit slipped slightly to 6.2 billion
# Swiss francs" -> key, no prior (the old figure is not printed), labelled with the printed name. AWP consensus 600
# million and 6.6 billion francs -> key. Shares "plunged 5.42% to 18.14 francs" -> key move and key price (CHF); "The
# Swiss stock exchange's main index was down 0.11%" -> key index move (SMI as alternative). Wealth management pre-tax
# operating profit 555 million "slightly down from the 557 million it made in the second quarter" -> key with prior,
# the 557 million optional (2013Q2). Net new money "5.0 billion francs ... down from 10.1 billion in the previous
# three-month period" -> key with prior, 10.1 billion optional (2013Q2). Americas wealth management 202 million and
# "down 13% from the previous quarter" -> key level and key q/q change. Investment bank "turned its 2.8-billion-franc
# loss in the third quarter of 2012 in to a 251-million-franc pre-tax profit" -> key profit with negative prior, the
# loss optional (2012Q3). "10,000 job cuts" announced a year ago -> optional (restructuring background). Not labelled:
# "a year ago" (date of the plan), 2008 (year of the crisis).
UBS = "UBS|UBS AG|UBS Group"
Q3, Q2, Q3P = "2013Q3", "2013Q2", "2012Q3"
WM = "UBS Wealth Management|UBS wealth management|Wealth Management|UBS"
WMA = "UBS Wealth Management Americas|Wealth Management Americas|UBS"
IB = "UBS Investment Bank|UBS investment bank|Investment Bank|UBS"
PT = "pretax_profit|pre_tax_profit|profit_before_tax|operating_profit|pretax_operating_profit"
G["en02"] = ([
    m("net_profit|net_income", 577e6, "CHF", UBS, Q3, prior=-2.1e9),
    m("net_profit|net_income", 644e6, "USD", UBS, Q3, opt=True, basis="bracketed conversion"),
    m("net_profit|net_income|net_loss", -2.1e9, "CHF", UBS, Q3P, opt=True, basis="year-earlier loss"),
    m("operating_profit|operating_income", 6.2e9, "CHF", UBS, Q3),
    m("net_profit_consensus|net_profit_estimate", 600e6, "CHF", UBS, Q3, basis="AWP poll"),
    m("operating_profit_consensus|operating_profit_estimate", 6.6e9, "CHF", UBS, Q3, basis="AWP poll"),
    m("price_change|share_price_change", -5.42, "%", UBS, basis="morning trading"),
    m("price|share_price", 18.14, "CHF", UBS, basis="morning trading"),
    m("index_change", -0.11, "%", "Swiss Market Index|SMI|Swiss stock exchange's main index|Swiss stock exchange"),
    m(PT, 555e6, "CHF", WM, Q3, prior=557e6, basis="pre-tax operating profit, private wealth management"),
    m(PT, 557e6, "CHF", WM, Q2, opt=True, basis="pre-tax operating profit, previous quarter"),
    m("net_new_money|net_inflows|new_money", 5.0e9, "CHF", UBS, Q3, prior=10.1e9),
    m("net_new_money|net_inflows|new_money", 10.1e9, "CHF", UBS, Q2, opt=True, basis="previous three-month period"),
    m(PT, 202e6, "CHF", WMA, Q3, basis="pre-tax operating profit"),
    m("pretax_profit_growth|profit_growth|pretax_profit_change", -13, "%", WMA, Q3, basis="from the previous quarter"),
    m(PT, 251e6, "CHF", IB, Q3, prior=-2.8e9, basis="pre-tax profit"),
    m(PT + "|pretax_loss", -2.8e9, "CHF", IB, Q3P, opt=True, basis="year-earlier loss"),
    m("job_cuts|jobs_cut|headcount_reduction", 10000, "jobs", UBS, opt=True, basis="restructuring announced a year ago"),
], [])

# ---------------------------------------------------------------- en03 Bank of England holds at 5.25 % on a 6-3 vote: four-quarter GDP growth and modal CPI projections for Q4 2023-Q4 2026 with the earlier projections, market-implied Bank Rate path against the August path (ActionForex live comment, November 2023 projections)
# A Bank of England rate decision; the stored text has no headline (none added). "held its Bank Rate steady at 5.25%"
# -> key level, no prior (unchanged, news25) and no period (a rate level, dev corpus en20). "a 6-3 split" -> vote split,
# not labelled (news17); the three dissenters "opting for a 25 basis points increase" -> optional (a minority's preferred
# move, not the decision). Projections printed as "Lowered/Raised from X to Y in Q4 2023" -> key level with the earlier
# projection as prior, period 2023Q4 etc.; "(new)" rows for Q4 2026 have no prior. GDP "from 0.1% to 0.0%" -> key 0.0 with
# prior 0.1. The market-implied path "around 5.25% until Q3 2024" (a projection, a different quantity from the held
# rate; hedge kept) and "4.25% by the end of 2026" -> key rows dated 2024Q3 and 2026; the August projections' "5.8% by the
# end of 2023, 5.9% by the end of 2024, and 5% by the end of 2025" -> key rows of their own (an earlier path with no new
# value printed for the same dates, so not priors), basis "August projections". "its target" carries no number.
BOE = "Bank of England|BoE|MPC|Monetary Policy Committee|UK|United Kingdom"
GDP = "gdp_growth_projection|gdp_growth_forecast|gdp_growth"
CPI = "cpi_projection|inflation_projection|cpi_inflation_projection|cpi_forecast|inflation_forecast|cpi"
PATH = "bank_rate_projection|rate_projection|market_implied_rate|bank_rate|rate"
G["en03"] = ([
    m("bank_rate|rate|policy_rate", 5.25, "%", BOE, basis="held, 6-3 vote"),
    m("rate_change|rate_hike", 25, "bp", BOE, opt=True, basis="three members' preferred increase"),
    m(GDP, 0.6, "%", BOE, "2023Q4", prior=0.9, basis="four-quarter GDP growth projection"),
    m(GDP, 0.0, "%", BOE, "2024Q4", prior=0.1, basis="four-quarter GDP growth projection"),
    m(GDP, 0.4, "%", BOE, "2025Q4", prior=0.5, basis="four-quarter GDP growth projection"),
    m(GDP, 1.1, "%", BOE, "2026Q4", basis="four-quarter GDP growth projection, new"),
    m(CPI, 4.6, "%", BOE, "2023Q4", prior=4.9, basis="modal CPI inflation projection"),
    m(CPI, 3.1, "%", BOE, "2024Q4", prior=2.5, basis="modal CPI inflation projection"),
    m(CPI, 1.9, "%", BOE, "2025Q4", prior=1.6, basis="modal CPI inflation projection"),
    m(CPI, 1.5, "%", BOE, "2026Q4", basis="modal CPI inflation projection, new"),
    m(PATH, 5.25, "%", BOE, "2024Q3", basis="market-implied path, around, until Q3 2024"),
    m(PATH, 4.25, "%", BOE, "2026", basis="market-implied path, by the end of 2026"),
    m(PATH, 5.8, "%", BOE, "2023", basis="August projections, by the end of 2023"),
    m(PATH, 5.9, "%", BOE, "2024", basis="August projections, by the end of 2024"),
    m(PATH, 5, "%", BOE, "2025", basis="August projections, by the end of 2025"),
], [])

# ---------------------------------------------------------------- en04 Wall Street close: Dow back above 17,000, S&P 500 and Nasdaq in points and %, consumer confidence from 89.0 to 94.5, movers Pfizer, Twitter, Freeport-McMoran, Kohl's, IBM and Amgen with their company figures (AFP via Inquirer, 2014 page)
# A US stock-market close; the stored text has no headline, its "NEW YORK–" dateline is kept. The stored page breaks
# off mid-word after Amgen ("Madis"); the passage stops at the Amgen sentence (a sentence boundary). Index rows: "rose
# 187.81 points (1.12 percent) to 17,005.75" -> change in points, change in % and level all key (the bracketed % is
# the same move in another unit, printed as the wrap's standard pair, dev corpus en26); the S&P 500's "gained 23.42
# (1.19 percent)" has no unit word -> points. "back above 17,000" and "its first close above 17,000" -> the round
# threshold, optional (two printings). Consumer confidence "leaped to 94.5 in October from 89.0 in September" -> key
# index level in points with prior; no year is printed beside the months (2014 appears only in Kohl's outlook and 2015
# in Amgen's target) -> no period (news30 en06). Movers: each % move key. Company figures printed with the moves are key
# on the company: Pfizer earnings $2.7 billion and +2.9 %; Twitter monthly users +23 % to 284 million; Freeport-McMoran
# third-quarter net income -32.8 % to $552 million; Kohl's projected third-quarter comparable sales -1.4 % (guidance);
# IBM's additional $5 billion buyback authorisation; Amgen's revenue goal "more than $20 billion in 2015" (bound kept,
# period 2015 as printed). Not labelled: October 3 (date), Kohl's "low end of its prior estimated range" (no number),
# durable goods ("lousy" drop, no number).
DOW = "Dow Jones Industrial Average|Dow Jones|Dow|DJIA"
SPX = "S&P 500|S&P|Standard & Poor's 500"
NDQ = "Nasdaq Composite Index|Nasdaq Composite|Nasdaq"
IC = "index_change|price_change"
IL = "index_level|close|level"
PC = "price_change|share_price_change"
PFE, TWTR, FCX = "Pfizer|Pfizer Inc.", "Twitter", "Freeport-McMoran|Freeport-McMoRan|Freeport"
KSS, IBM, AMGN = "Kohl's|Kohl's Corp.|Kohls", "IBM|International Business Machines", "Amgen"
G["en04"] = ([
    m("index_level|threshold", 17000, "points", DOW, opt=True, basis="back above 17,000"),
    m("index_level|threshold", 17000, "points", DOW, opt=True, basis="first close above 17,000 since October 3"),
    m(IC, 187.81, "points", DOW),
    m(IC, 1.12, "%", DOW),
    m(IL, 17005.75, "points", DOW),
    m(IC, 23.42, "points", SPX),
    m(IC, 1.19, "%", SPX),
    m(IL, 1985.05, "points", SPX),
    m(IC, 78.36, "points", NDQ),
    m(IC, 1.75, "%", NDQ),
    m(IL, 4564.29, "points", NDQ),
    m("consumer_confidence|consumer_confidence_index", 94.5, "points",
      "US|United States|Conference Board consumer confidence index|Conference Board", prior=89.0, basis="October"),
    m(PC, 0.2, "%", PFE),
    m("net_income|net_profit|earnings", 2.7e9, "USD", PFE),
    m("net_income_growth|net_profit_growth|earnings_growth", 2.9, "%", PFE, basis="from the prior year"),
    m(PC, -9.8, "%", TWTR),
    m("monthly_active_users_growth|user_growth|mau_growth", 23, "%", TWTR),
    m("monthly_active_users|monthly_users|mau|users", 284e6, "users", TWTR),
    m(PC, -4.2, "%", FCX),
    m("net_income_growth|net_profit_growth", -32.8, "%", FCX, basis="third quarter"),
    m("net_income|net_profit", 552e6, "USD", FCX, basis="third quarter"),
    m(PC, -6.6, "%", KSS),
    m("guidance_comparable_sales_growth|comparable_sales_guidance|comparable_sales_growth", -1.4, "%", KSS,
      basis="third quarter, projected"),
    m(PC, 1.1, "%", IBM),
    m("share_buyback|buyback|buyback_authorization", 5e9, "USD", IBM, basis="additional authorization"),
    m(PC, 6.1, "%", AMGN),
    m("revenue_target|guidance_revenue|revenue_guidance|revenue", 20e9, "USD", AMGN, "2015", basis="more than"),
], [])

# ---------------------------------------------------------------- en05 Evolution Mining December quarter FY2018: production and AISC guidance, record low AISC A$784/oz ($602/oz), group gold, half-year, silver and copper output, six mines' ounces and AISC, Mt Carlton concentrate and dore, Ernest Henry copper, operating and net mine cash flow (Mining Weekly, 2018; AUD, ounces, tonnes)
# An Australian miner's quarterly production report; the stored text has no headline, its "JOHANNESBURG
# (miningweekly.com) –" dateline is kept; the stored page breaks off mid-word in the sentence after the cash flow
# paragraph ("during the Decemb"), and the passage stops before that sentence. Period: the guidance is for "the 2018
# financial year" (FY2018); the quarter follows "the September quarter" and completes "half-year output" -> the half is
# FY2018H1, the quarter FY2018Q2 and the September quarter FY2018Q1 (clearly implied: the half-year sum of the two
# quarters). Space-separated thousands read as printed ("220 971 oz" -> 220971; "A$1 288/oz" -> 1288). Guidance "750 000
# oz to 805 000 oz" -> key range in ounces; AISC guidance "A$820/oz to A$870/oz" -> key AUD range (basis per ounce).
# "record low AISC of A$784/oz" key; "converted to US dollar terms ... $602/oz" -> optional (a conversion). Group gold
# "decreased from 220 971 oz in the September quarter to 186 488 oz" -> key with prior, the September quarter an
# optional row (FY2018Q1, its period named); half-year 407 459 oz key (FY2018H1). Silver "fell by 19% ... to 238 429
# oz" and copper "dipped by 1.7% to 6 026 t" -> key levels and key q/q changes. Mines (entities of their own, parent as
# alternative): ounces and AISC key for Cowal, Mungari, Mt Carlton (payable gold, the 17 541 dry metric tonnes of
# concentrate key in tonnes, the 6 123 oz in dore key, one AISC), Mt Rawdon, Cracow; Ernest Henry gold and copper key
# (printed "Ernst Henry" there and "Ernest Henry" later; both spellings as alternatives); its "record low AISC" has no
# figure. Operating mine cash flow "A$204.7-million, compared with A$210.4-million in the September quarter" -> key with
# prior, the September quarter optional; net mine cash flow A$134.2-million and Ernest Henry's record A$55.1-million key.
EVN = "Evolution Mining|Evolution|Evolution Mining Ltd"
FY, H1, Q2, Q1 = "FY2018", "FY2018H1", "FY2018Q2", "FY2018Q1"
GP = "gold_production|production|gold_output"
AISC = "aisc|all_in_sustaining_cost|all_in_sustaining_costs"
def mine(name):
    return f"{name}|{name} mine|Evolution Mining {name}|Evolution Mining|Evolution"
COW, MUN, MTC = mine("Cowal"), mine("Mungari"), mine("Mt Carlton")
MTR, CRA = mine("Mt Rawdon"), mine("Cracow")
EH = "Ernest Henry|Ernst Henry|Ernest Henry mine|Evolution Mining|Evolution"
G["en05"] = ([
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", EVN, FY,
      rng=(750000, 805000), basis="group guidance"),
    m("guidance_aisc|aisc_guidance|guidance_all_in_sustaining_cost", None, "AUD", EVN, FY, rng=(820, 870),
      basis="per ounce"),
    m(AISC, 784, "AUD", EVN, Q2, basis="per ounce, record low"),
    m(AISC, 602, "USD", EVN, Q2, opt=True, basis="per ounce, converted to US dollars"),
    m(GP, 186488, "ounces", EVN, Q2, prior=220971, basis="group"),
    m(GP, 220971, "ounces", EVN, Q1, opt=True, basis="group, September quarter"),
    m(GP, 407459, "ounces", EVN, H1, basis="half-year output"),
    m("silver_production|production", 238429, "ounces", EVN, Q2),
    m("silver_production_growth|silver_production_change|production_growth", -19, "%", EVN, Q2,
      basis="quarter-on-quarter"),
    m("copper_production|production", 6026, "tonnes", EVN, Q2),
    m("copper_production_growth|copper_production_change|production_growth", -1.7, "%", EVN, Q2,
      basis="quarter-on-quarter"),
    m(GP, 62286, "ounces", COW, Q2), m(AISC, 852, "AUD", COW, Q2, basis="per ounce"),
    m(GP, 28156, "ounces", MUN, Q2), m(AISC, 1288, "AUD", MUN, Q2, basis="per ounce"),
    m(GP + "|payable_gold", 29927, "ounces", MTC, Q2, basis="payable gold in concentrate"),
    m("concentrate_production|concentrate|production", 17541, "tonnes", MTC, Q2, basis="dry metric tonnes of gold concentrate"),
    m(GP + "|dore_gold", 6123, "ounces", MTC, Q2, basis="gold in dore"),
    m(AISC, 493, "AUD", MTC, Q2, basis="per ounce"),
    m(GP, 21418, "ounces", MTR, Q2), m(AISC, 1056, "AUD", MTR, Q2, basis="per ounce"),
    m(GP, 20215, "ounces", CRA, Q2), m(AISC, 1237, "AUD", CRA, Q2, basis="per ounce"),
    m(GP, 24486, "ounces", EH, Q2),
    m("copper_production|production", 5441, "tonnes", EH, Q2),
    m("operating_mine_cash_flow|operating_cash_flow|cash_flow", 204.7e6, "AUD", EVN, Q2, prior=210.4e6),
    m("operating_mine_cash_flow|operating_cash_flow|cash_flow", 210.4e6, "AUD", EVN, Q1, opt=True,
      basis="September quarter"),
    m("net_mine_cash_flow|net_cash_flow|cash_flow", 134.2e6, "AUD", EVN, Q2),
    m("net_mine_cash_flow|net_cash_flow|cash_flow", 55.1e6, "AUD", EH, Q2, basis="record"),
], [])

# ---------------------------------------------------------------- en06 Buys and sells from top analysts: twelve London broker calls over two days (CSFB, Lehman Brothers, UBS, Deutsche Bank, Cazenove, Morgan Stanley) with targets in pence (Daily Mail, 2004 page; no year printed; GBP)
# An article reporting several analysts' rating changes and targets on different companies; the headline and the
# standfirst are kept, and the passage stops after the Thursday section (a paragraph boundary; the Wednesday section
# follows on the page). Targets in pence scaled to GBP ("540p" -> 5.40). Actions: "lifted its price target ... to X
# from Y" with no rating -> raise_target, rating None, both targets (Smith & Nephew, Pilkington); "... and repeated its
# 'outperform' stance" / "kept a 'neutral' rating" / "kept its 'neutral' stance" -> raise_target with the rating
# (Barclays, Great Portland Estates, Royal & Sun Alliance); "raised its rating ... to 'overweight' from 'hold'" ->
# upgrade, no target (BG; likewise Cable & Wireless to equal-weight from underweight); "cut its rating ... to 'neutral'
# from 'buy'" -> downgrade (Weir Group); "started coverage ... with a 'buy' rating and 726p" -> initiate (Marconi);
# Deutsche Bank adding Reuters "to its pan-European focus list with a 455p per share price target and a 'buy' rating"
# -> maintain with the rating and target (decided here: a focus-list addition states a rating without changing it);
# Unilever "to 'hold' from 'buy' and cut its price target ... to 500p from 550p" -> downgrade with both targets;
# Cazenove "downgraded its rating on Royal & Sun shares to 'in line'" -> downgrade, prior rating not printed, rating kept
# as printed ("in line"). "Royal & Sun" and "Royal & Sun Alliance" are one company (alternatives). No metrics: "better-
# than-expected results last week" has no figure; the dates carry no year.
CSFB = "Credit Suisse First Boston|CSFB|Credit Suisse"
RSA = "Royal & Sun Alliance|Royal & Sun|Royal & SunAlliance|RSA"
G["en06"] = ([], [
    ra(CSFB, "Smith & Nephew", "raise_target", None, target=5.40, prior_target=5.00, cur="GBP"),
    ra(CSFB, "Barclays", "raise_target", "outperform", target=7.19, prior_target=6.80, cur="GBP"),
    ra("Lehman Brothers|Lehman", "BG|BG Group", "upgrade", "overweight", "hold"),
    ra("UBS", "Marconi Corporation|Marconi|Marconi Corp", "initiate", "buy", target=7.26, cur="GBP"),
    ra("UBS", "Great Portland Estates|Great Portland", "raise_target", "neutral", target=2.95, prior_target=2.85, cur="GBP"),
    ra("UBS", "Weir Group|Weir", "downgrade", "neutral", "buy"),
    ra("UBS", RSA, "raise_target", "neutral", target=0.76, prior_target=0.72, cur="GBP"),
    ra("Deutsche Bank|Deutsche", "Reuters|Reuters Group", "maintain", "buy", target=4.55, cur="GBP"),
    ra("Deutsche Bank|Deutsche", "Unilever", "downgrade", "hold", "buy", target=5.00, prior_target=5.50, cur="GBP"),
    ra(CSFB, "Pilkington", "raise_target", None, target=0.91, prior_target=0.84, cur="GBP"),
    ra("Cazenove", RSA, "downgrade", "in line"),
    ra("Morgan Stanley", "Cable & Wireless|Cable and Wireless", "upgrade", "equal-weight", "underweight"),
])
