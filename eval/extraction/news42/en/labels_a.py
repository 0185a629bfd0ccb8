# Hand-written gold labels for news42/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/,
# tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and its score.py matching rules), news3/en/README.md,
# news4-news41/en/README.md: values fully scaled ("$6.05 billion" -> 6.05e9, "62 cents" -> 0.62 USD, "190p" -> 1.90
# GBP, "$781 million" -> 781e6, "2.5 million barrels" -> 2.5e6, "91 cents" -> 0.91 USD), declines, falls and net
# outflows negative ("declined close to 2%" -> -2, "lost 15.56% or 8.700 points" -> -15.56 % and -8.7 points, "down
# almost 4.1%" -> -4.1, "pulled $20 billion" -> fund flow -20e9 (news13/news16/news17: net outflows are negative net
# inflows), "shrink by 0.5%" -> -0.5), currency codes ("$" on US pages -> USD, "p" -> GBP, "€" -> EUR), hedges keep the
# number with the hedge in the basis ("close to 2%", "almost 4.1%", "over $12 billion", "more than $24.5 billion",
# "nearly 4.5 million barrels"), a same-sentence "X from / down from / compared to Y" value of the same quantity is the
# prior and the earlier reading an optional row (news30 batch b, news36-news41), an earlier period's figure or an old
# forecast in a clause or sentence of its own a key row (news40 batch a), consensus, poll and analysts' expectations key
# (news23), periods only where the text states or clearly implies the year (news24; market moves and levels none),
# headline/body and scraped repeats optional, share prices, prior closes and 52-week ranges in a rating round-up optional
# (news3, news13 batch a), brokers' targets and ratings only in rating actions (pence targets scaled to GBP), streak
# counts optional (zh sets' inflow_streak rows), ordinals and ranks ("sixth consecutive hike", "second-largest",
# "sixth largest") and dates/years ("1992", "August 19") not labelled, spans of time ("nearly 15 years", "more than
# 30-year high", "over six months") not labelled, ratings lower-case.

# ---------------------------------------------------------------- en01 Block second quarter vs LSEG (CNBC text via gokawiil.com, August 7, 2025): after-hours +6%, adjusted EPS 62 cents vs 69 cents, revenue $6.05 billion vs $6.31 billion (-2% from $6.16 billion), gross profit +14% to $2.54 billion vs $2.46 billion, Square GPV +10% to $64.25 billion, Cash App GPV $2.37 billion, full-year gross profit guidance $10.17 billion (+14%) after $9.96 billion, adjusted operating income $2.03 billion (20% margin), Q3 gross profit +16% to $2.6 billion, operating margin 18% (USD)
# A US fintech's quarterly results against the LSEG consensus, with raised full-year and new third-quarter guidance.
# Whole as stored; no headline in the stored text (none added). The stored text prints the EPS bullet twice ("62 cents
# adjusted vs. 69 cents expected 62 cents adjusted vs. 69 cents expected", a scraped repeat) -> kept as printed; the
# first printing key, the repeat optional. Periods: no year is printed ("Thursday", "the quarter", "full-year", "third
# quarter") -> none; the span in the basis. Decided: "From $6.16 billion a year earlier, revenue declined close to 2%"
# does not restate the $6.05 billion -> a key -2 % ("close to" in the basis) and a key year-earlier revenue row, no prior
# (news40 batch a's sequential comparisons). Gross profit, its growth and the analysts' estimate key. Square's GPV and
# growth key on Square (Block as an alternative); Cash App's GPV key on Cash App. "Lifted its full-year gross profit
# guidance to $10.17 billion" with the old $9.96 billion in the next sentence -> key guidance with the old forecast as
# prior (a raised forecast) and a key row for the $9.96 billion (its own sentence, news40 batch a). The implied 14 %
# growth of the guidance is key (a second printing of 14 % but another quantity than the quarter's 14 %). Adjusted
# operating income guidance and its 20 % margin, the third quarter's gross profit, 16 % growth and 18 % margin key.
BLK = "Block|Block Inc|Block, Inc.|XYZ|SQ"
SQR = "Square|" + BLK
CAP = "Cash App|" + BLK
EPS = "eps|earnings_per_share|adjusted_eps"
EPSC = "eps_consensus|eps_estimate|adjusted_eps_consensus"
GP = "gross_profit"
GPG = "guidance_gross_profit|gross_profit_guidance|gross_profit_forecast"
GPGG = "guidance_gross_profit_growth|gross_profit_growth_guidance|gross_profit_growth"
G["en01"] = ([
    m("price_change|share_price_change|after_hours_change", 6, "%", BLK, basis="extended trading, Thursday"),
    m(EPS, 0.62, "USD", BLK, basis="adjusted; LSEG comparison bullet"),
    m(EPSC, 0.69, "USD", BLK, basis="LSEG consensus"),
    m(EPS, 0.62, "USD", BLK, opt=True, basis="scraped repeat of the bullet"),
    m(EPSC, 0.69, "USD", BLK, opt=True, basis="scraped repeat of the bullet"),
    m("revenue|total_revenue|net_revenue", 6.05e9, "USD", BLK),
    m("revenue_consensus|revenue_estimate", 6.31e9, "USD", BLK, basis="LSEG consensus"),
    m("revenue_growth|revenue_change", -2, "%", BLK, basis="close to 2%; from a year earlier"),
    m("revenue|total_revenue|net_revenue", 6.16e9, "USD", BLK, basis="a year earlier"),
    m(GP, 2.54e9, "USD", BLK, basis="the quarter"),
    m("gross_profit_growth|gross_profit_change", 14, "%", BLK, basis="from a year earlier"),
    m("gross_profit_estimate|gross_profit_consensus", 2.46e9, "USD", BLK, basis="analysts' estimates for the quarter"),
    m("gross_payment_volume|gpv|payment_volume", 64.25e9, "USD", SQR),
    m("gross_payment_volume_growth|gpv_growth|payment_volume_growth", 10, "%", SQR),
    m("gross_payment_volume|gpv|payment_volume", 2.37e9, "USD", CAP),
    m(GPG, 10.17e9, "USD", BLK, prior=9.96e9, basis="full year, raised"),
    m(GPGG, 14, "%", BLK, basis="full year, implied by the guidance"),
    m(GPG, 9.96e9, "USD", BLK, basis="full year, previous guidance (prior earnings report)"),
    m("guidance_adjusted_operating_income|adjusted_operating_income_guidance|operating_income_guidance", 2.03e9, "USD",
      BLK, basis="full year"),
    m("guidance_operating_margin|operating_margin_guidance|adjusted_operating_margin", 20, "%", BLK,
      basis="full year, adjusted operating income margin"),
    m(GPG, 2.6e9, "USD", BLK, basis="third quarter"),
    m(GPGG, 16, "%", BLK, basis="third quarter, from a year ago"),
    m("guidance_operating_margin|operating_margin_guidance|operating_margin", 18, "%", BLK, basis="third quarter"),
], [])

# ---------------------------------------------------------------- en02 European bank downgrades and target cuts (24/7 Wall St., a673b.bigscoots-temp.com copy, March 22, 2016): HSBC downgrades Barclays to hold from buy, 190p from 230p (prior close 160.50); Goldman cuts Barclays to 265p from 310p; Goldman keeps Credit Suisse at buy (off Conviction Buy list); Goldman keeps Deutsche Bank at buy, EUR 25 from EUR 27.20 (close EUR 16.92); ADS moves -4.1% and -1.7% (GBP, EUR, USD)
# A rating round-up on European banks with local-currency targets and New York ADS prices. Cut after the Deutsche
# Bank target sentence, before "The ADSs were last seen down 2.2% at $18.65 Tues...", where the stored page breaks off
# mid-word; the cut is at a sentence boundary (Investec's action and any Swiss-franc target are beyond the cut). Headline
# kept (rewritten); the section label "Banking, finance, and taxes" and the photo credit "Thinkstock" dropped as
# furniture. Periods: none ("Tuesday"; no year printed). Decided: four rating actions. "Downgraded to Hold from Buy at
# HSBC Securities ... cut to 190p from 230p" -> downgrade with both targets (pence -> GBP). "Goldman Sachs also lowered
# its price target to 265p from 310p" prints no rating -> cut_target with rating None (dev corpus). "Maintained as Buy
# ... but ... removed it from the prized Conviction Buy list" -> maintain buy, no target (the list removal is not a
# rating printed as changed; the text says "maintained"). "Maintained as Buy ... cut its target price to €25 from
# €27.20" -> cut_target, buy, EUR. Metrics: the ADS % moves key ("almost" in the basis); the ADS prices, the 52-week
# ranges, Barclays' prior close and Deutsche Bank's close before the call optional (share prices and ranges in a rating
# round-up, news13 batch a). Barclays' "prior close of 160.50" prints no unit; beside pence targets it is read as
# 160.50p -> 1.605 GBP (optional). The upside is not quantified (no row). Not labelled: "52-week" (a window), "24/7".
BCS = "Barclays|Barclays PLC|BCS"
CS = "Credit Suisse|Credit Suisse Group|Credit Suisse Group A.G.|CS"
DB = "Deutsche Bank|Deutsche Bank A.G.|DB"
GS = "Goldman Sachs|Goldman"
PX = "price|share_price|ads_price"
RNG = "price_range_52w|52_week_range|twelve_month_range"
G["en02"] = ([
    m("price|close|previous_close", 1.605, "GBP", BCS, opt=True, basis="prior close in London, printed 160.50 (pence)"),
    m("price_change|share_price_change", -4.1, "%", BCS, basis="almost; ADSs in New York, Tuesday"),
    m(PX, 8.96, "USD", BCS, opt=True, basis="ADS, New York"),
    m(RNG, None, "USD", BCS, rng=(8.52, 18.05), opt=True),
    m("price_change|share_price_change", -1.7, "%", CS, basis="ADSs, New York, last seen"),
    m(PX, 14.79, "USD", CS, opt=True, basis="ADS, New York"),
    m(RNG, None, "USD", CS, rng=(12.56, 29.99), opt=True),
    m("price|close|previous_close", 16.92, "EUR", DB, opt=True, basis="close before the call"),
], [
    ra("HSBC Securities|HSBC", BCS, "downgrade", "hold", "buy", target=1.90, prior_target=2.30, cur="GBP"),
    ra(GS, BCS, "cut_target", None, target=2.65, prior_target=3.10, cur="GBP"),
    ra(GS, CS, "maintain", "buy"),
    ra(GS, DB, "cut_target", "buy", target=25, prior_target=27.20, cur="EUR"),
])

# ---------------------------------------------------------------- en03 Riksbank hike to 3.75% (AFP text via business-line.com, a June 2023 decision; no date printed): +0.25 pp to 3.75%, 2% target, CPI 9.7% in May from 10.5% in April, peak 12.3% in December, 11.7% January, 12% February, CPIF 6.7% vs 7.6%, 2023 GDP -0.5% and inflation 8.9% forecasts (%, pp)
# A central-bank decision with the inflation backdrop and the bank's forecasts. Whole as stored; the "[ad_1]",
# "[ad_2]" markers and the closing "Source link" dropped as furniture. No headline in the stored text (the address
# slug is not page text; none added). The bank's quoted statements are rendered as reported speech (the set copies
# no third-party sentences), every figure kept. Periods: the decision and the monthly readings print no year ("today",
# "in May", "in December", "this year") -> none, the month in the basis; "For 2023 as a whole" dates the two forecasts
# 2023. Decided: "by 0.25 percentage points to 3.75%" -> key rate level and key +0.25 pp move. "Its 2% target" key.
# "Up 9.7% year-on-year in May, down from 10.5% in April" -> key with the April reading as prior and an optional April
# row; "the first time in over six months that inflation had come in under 10 percent" -> an optional 10 % threshold
# row (not a reading). The December peak, January and February readings are a sequence without "from" -> three key rows.
# CPIF "6.7% in May against 7.6% in April" (one sentence) -> key with prior and an optional April row. "Shrink by 0.5%"
# -> key -0.5 % GDP forecast; "unadjusted inflation of 8.9%" -> key inflation forecast. Not labelled: "nearly 15
# years", "more than 30-year high", "over six months" (spans), "sixth straight hike" (ordinal), "one more time".
SE = "Sweden|Swedish economy|Swedish|Riksbank"
RB = "Riksbank|Sveriges Riksbank|Sweden"
CPI = "cpi_yoy|inflation_rate|cpi|inflation|consumer_price_index"
CPIF = "cpif|cpif_inflation|underlying_inflation|inflation_rate|inflation"
G["en03"] = ([
    m("policy_rate|interest_rate|key_rate|policy_rate_level", 3.75, "%", RB, basis="highest in nearly 15 years"),
    m("policy_rate_change|rate_change|rate_hike", 0.25, "pp", RB, basis="sixth straight hike"),
    m("inflation_target", 2, "%", RB),
    m(CPI, 9.7, "%", SE, prior=10.5, basis="May, year-on-year"),
    m(CPI, 10.5, "%", SE, opt=True, basis="April"),
    m(CPI, 10, "%", SE, opt=True, basis="threshold: first time under 10 percent in over six months"),
    m(CPI, 12.3, "%", SE, basis="December peak; more than 30-year high"),
    m(CPI, 11.7, "%", SE, basis="January"),
    m(CPI, 12, "%", SE, basis="February"),
    m(CPIF, 6.7, "%", SE, prior=7.6, basis="CPIF, May"),
    m(CPIF, 7.6, "%", SE, opt=True, basis="CPIF, April"),
    m("gdp_growth_forecast|gdp_forecast|gdp_growth", -0.5, "%", SE, "2023", basis="Riksbank forecast; contraction"),
    m("inflation_forecast|cpi_forecast|inflation_rate", 8.9, "%", SE, "2023",
      basis="Riksbank forecast; unadjusted inflation"),
], [])

# ---------------------------------------------------------------- en04 Frankfurt close (Investing.com, za.investing.com; an undated Tuesday): DAX -1.58% to a 52-week low, MDAX -1.73%, TecDAX -1.85%; DAX gainers Beiersdorf, Continental, E.ON and losers Covestro (-15.56%), Wirecard, Deutsche Bank with % and point moves and prices; MDAX and TecDAX movers with % moves and prices (%, points, EUR)
# Investing.com's templated German market close. Cut after the TecDAX top-performers sentence, before "The worst
# performers were Sixt AG ST O.N. ...", which the stored page breaks off mid-sentence ("... Steinhoff International
# Holdings NV (DE: SNHG "); the cut is at a sentence boundary. Headline kept (rewritten); the breadcrumb ("Investing.com",
# "Stock Market News"), the repeated headline and the image credit "Credit: © Reuters." dropped as furniture; the
# opening "Investing.com –" credit kept. Source oddities kept as printed: the space before the closing bracket of each
# code ("(DE: BEIG )"), the space before the comma in "Food & Beverages , Chemicals", three-decimal prices ("92.720",
# "29.7600"). Periods: none (market moves and levels; no date printed). Decided: the headline's -1.58 % key, the body's
# repeat optional (news41 batch a: headline first printing key); MDAX and TecDAX moves key. Each DAX stock's % move,
# its point move and its price key; each MDAX/TecDAX stock's % move and price key. Units: the template prints the
# stocks' moves as "points" -> unit "points" as printed (the values are euro amounts; the text never names a currency);
# the prices print no unit and are Frankfurt (Xetra) share prices -> EUR. Losers negative in both % and points. Not
# labelled: "52-week" (a window), the codes ("DE: 1COV").
DAX = "DAX|DAX 30|German DAX|DAX index"
IC = "index_change|price_change|index_change_pct"
PC = "price_change|share_price_change"
PCP = "price_change|share_price_change|price_change_points"
PX = "price|share_price|close"
BEI = "Beiersdorf|Beiersdorf AG|Beiersdorf AG O.N.|BEIG"
CON = "Continental|Continental AG|Continental AG O.N.|CONG"
EON = "E.ON|E.ON SE|E.ON SE NA|EONGn"
COV = "Covestro|Covestro AG|1COV"
WDI = "Wirecard|Wirecard AG|WDIG"
DBK = "Deutsche Bank|Deutsche Bank AG|Deutsche Bank AG NA O.N.|DBKGn"
DUE = "Duerr|Duerr AG|Dürr|DUEG"
GEA = "GEA Group|GEA Group AG|GEA|G1AG"
ZAL = "Zalando|Zalando SE|ZALG"
NEM = "Nemetschek|Nemetschek AG|Nemetschek AG O.N.|NEKG"
EVK = "Evonik|Evonik Industries|Evonik Industries AG|EVKn"
TLX = "Talanx|Talanx AG|Talanx AG NA O.N.|TLXGn"
SKB = "Koenig & Bauer|Koenig & Bauer AG|Koenig & Bauer AG ST O.N.|SKBG"
SAE = "Shop Apotheke|Shop Apotheke Europe|Shop Apotheke Europe NV|SAEG"
HLA = "Hapag Lloyd|Hapag-Lloyd|Hapag Lloyd AG|HLAG"
G["en04"] = ([
    m(IC, -1.58, "%", DAX, basis="headline"),
    m(IC, -1.58, "%", DAX, opt=True, basis="body repeat; new 52-week low"),
    m(IC, -1.73, "%", "MDAX|MDAX index"),
    m(IC, -1.85, "%", "TecDAX|TecDAX index"),
    m(PC, 0.76, "%", BEI),
    m(PCP, 0.700, "points", BEI, basis="printed as points"),
    m(PX, 92.720, "EUR", BEI, basis="close"),
    m(PC, 0.11, "%", CON),
    m(PCP, 0.15, "points", CON, basis="printed as points"),
    m(PX, 136.10, "EUR", CON),
    m(PC, 0.10, "%", EON),
    m(PCP, 0.009, "points", EON, basis="printed as points"),
    m(PX, 9.215, "EUR", EON, basis="late in the session"),
    m(PC, -15.56, "%", COV),
    m(PCP, -8.700, "points", COV, basis="printed as points"),
    m(PX, 47.200, "EUR", COV, basis="late in the session"),
    m(PC, -5.17, "%", WDI),
    m(PCP, -7.100, "points", WDI, basis="printed as points"),
    m(PX, 130.325, "EUR", WDI),
    m(PC, -4.80, "%", DBK),
    m(PCP, -0.411, "points", DBK, basis="printed as points"),
    m(PX, 8.153, "EUR", DBK),
    m(PC, 1.40, "%", DUE),
    m(PX, 29.720, "EUR", DUE),
    m(PC, 0.96, "%", GEA),
    m(PX, 26.190, "EUR", GEA),
    m(PC, 0.92, "%", ZAL),
    m(PX, 27.48, "EUR", ZAL),
    m(PC, -7.74, "%", NEM),
    m(PX, 99.550, "EUR", NEM),
    m(PC, -5.26, "%", EVK),
    m(PX, 24.510, "EUR", EVK),
    m(PC, -4.72, "%", TLX),
    m(PX, 30.660, "EUR", TLX),
    m(PC, 3.20, "%", SKB),
    m(PX, 41.980, "EUR", SKB),
    m(PC, 3.16, "%", SAE),
    m(PX, 39.200, "EUR", SAE),
    m(PC, 2.83, "%", HLA),
    m(PX, 29.7600, "EUR", HLA),
], [])

# ---------------------------------------------------------------- en05 US fund flows, week ended June 27 (Reuters, reuters.com, June 28, 2018): equity funds -$20 billion, high-yield -$1.1 billion, equity mutual funds -$8 billion, equity ETFs -$12 billion (more than -$24.5 billion over four weeks), money market +$18 billion, Treasury +$781 million, investment-grade +$1.5 billion (USD)
# Weekly Lipper fund-flow data. Cut after the investment-grade paragraph, before "Outside o...", where the stored page
# breaks off mid-word; the cut is at a sentence boundary. No headline in the stored text (none added); the "NEW YORK
# (Reuters) -" dateline kept. The analyst's two quotes are rendered as reported speech (the slash in "trade
# tensions/potential trade war" kept). Source oddities kept as printed: "attract $1.5 billion of ... cash for week".
# Periods: none ("the week ended June 27", no year printed); the week in the basis. Decided: outflows are negative
# net-flow rows, inflows positive (news13/news16/news17). Each fund group's weekly flow key on the group. "Over $12
# billion this week" from equity ETFs repeats the ETFs' $12 billion -> optional; "more than $24.5 billion over the last
# four" (weeks) -> key with the span and hedge in the basis, on equity ETFs (equity funds as an alternative). Streaks
# ("second consecutive week of outflows", "a fourth weekly outflow in a row", "after two weeks of withdrawals", "a
# fourth straight week of inflows") -> optional count rows in weeks. Not labelled: "second-largest", "sixth biggest"
# (ranks), "1992", "June 27", "since February" (dates).
NF = "net_inflow|net_flow|fund_flow|fund_flows"
EQ = "U.S.-based equity funds|US equity funds|equity funds"
HY = "U.S.-based high-yield bonds|high-yield bond funds|high-yield bonds|high-yield funds"
MF = "U.S.-based equity mutual funds|equity mutual funds|US equity mutual funds"
ETF = "U.S.-based equity exchange-traded funds|equity exchange-traded funds|equity ETFs|US equity ETFs"
MM = "U.S.-based money market funds|money market funds|money-market funds"
TR = "U.S.-based government-Treasury bond funds|government-Treasury bond funds|Treasury bond funds|Treasury funds"
IG = ("U.S.-based corporate investment-grade bond funds|corporate investment-grade bond funds|"
      "investment-grade corporate bond funds|investment-grade bond funds")
STK = "outflow_streak|inflow_streak|streak"
G["en05"] = ([
    m(NF, -20e9, "USD", EQ, basis="week ended June 27; biggest outflows since February"),
    m(NF, -1.1e9, "USD", HY, basis="week ended June 27; cash withdrawals"),
    m(NF, -8e9, "USD", MF, basis="the week"),
    m(NF, -12e9, "USD", ETF, basis="the same period"),
    m(NF, -12e9, "USD", ETF, opt=True, basis="over $12 billion this week; repeat"),
    m(NF, -24.5e9, "USD", ETF + "|" + EQ, basis="more than; over the last four weeks"),
    m(NF, 18e9, "USD", MM, basis="more than; the week, after two weeks of withdrawals"),
    m(NF, 781e6, "USD", TR, basis="the week"),
    m(NF, 1.5e9, "USD", IG, basis="the week; inflow streak since February"),
    m(STK, 2, "weeks", HY, opt=True, basis="second consecutive week of outflows"),
    m(STK, 4, "weeks", EQ, opt=True, basis="fourth weekly outflow in a row"),
    m(STK, 2, "weeks", MM, opt=True, basis="two weeks of withdrawals before this week"),
    m(STK, 4, "weeks", TR, opt=True, basis="fourth straight week of inflows"),
], [])

# ---------------------------------------------------------------- en06 Oil and gas futures settle after EIA data (MarketWatch text via okenergytoday.com, August 24, 2016): WTI -$1.33 (-2.8%) to $46.77, around $47.50 before the data, Brent -91 cents (-1.8%) to $49.05, EIA crude +2.5 million barrels vs Platts 200,000 and API nearly 4.5 million, output -49,000 to 8.548 million barrels a day, natural gas +3.5 cents (+1.3%) to $2.796 (USD, barrels, barrels per day)
# A commodity futures settle with the weekly US inventory data. Whole as stored; the image file name
# "00102_Crudeoildown041516" dropped as furniture. Headline kept (rewritten). Source wording kept: "according to
# Bloomberg MarketWatch"; the stored sentence "S&P Global Platts analysts expected a 200,000-barrel climb, but lower
# than the rise of nearly 4.5 million barrels reported ... by the American Petroleum Institute" is rendered as two
# clauses with every figure kept. Periods: none (settles are market levels; "the week ending August 19" prints no year;
# the contract months October/September in the basis). Decided: WTI and Brent: the $ move, the % move and the settle
# key ("91 cents" -> 0.91 USD); "prices had been trading around $47.50 a barrel" before the data -> an optional
# intraday level (news39 batch b's intraday "around $16" optional). EIA inventory change +2.5 million barrels key; the
# Platts expectation (200,000 barrels) key as a consensus; the API's "nearly 4.5 million barrels" key on the API
# estimate. Output "falling by 49,000 barrels a day to 8.548 million barrels a day" -> key change and key level (no
# "from", no prior). Natural gas: +3.5 cents -> 0.035 USD, +1.3 %, $2.796 per million British thermal units, all key.
# Not labelled: "August 19", "next September", "the April meeting" (dates), OPEC/Iran (no figures).
WTI = "West Texas Intermediate|WTI|October WTI|crude oil|U.S. crude|oil"
BRT = "Brent|Brent crude|October Brent|oil"
USC = "U.S. crude inventories|US crude inventories|crude oil inventories|domestic crude supplies|United States|U.S."
USO = "United States|U.S.|US crude output|domestic crude output|U.S. crude production"
NG = "natural gas|U.S. natural gas|September natural gas|Nymex natural gas"
INV = "crude_inventories_change|inventory_change|crude_stocks_change|crude_inventory_change"
G["en06"] = ([
    m("price_change|oil_price_change", -1.33, "USD", WTI, basis="October contract, Nymex settle"),
    m("price_change|oil_price_change|price_change_pct", -2.8, "%", WTI),
    m("price|settle_price|oil_price|settlement_price", 46.77, "USD", WTI, basis="per barrel, settle"),
    m("price|oil_price", 47.50, "USD", WTI, opt=True, basis="around; before the supply data"),
    m("price_change|oil_price_change", -0.91, "USD", BRT, basis="91 cents; October contract, ICE settle"),
    m("price_change|oil_price_change|price_change_pct", -1.8, "%", BRT),
    m("price|settle_price|oil_price|settlement_price", 49.05, "USD", BRT, basis="per barrel, settle"),
    m(INV, 2.5e6, "barrels", USC, basis="EIA; week ending August 19"),
    m(INV.replace("|", "_forecast|") + "_forecast|inventory_change_consensus|inventory_change_estimate", 200000,
      "barrels", USC, basis="S&P Global Platts analysts' expectation"),
    m(INV + "|api_inventory_change", 4.5e6, "barrels", USC + "|American Petroleum Institute|API",
      basis="nearly; API estimate, late Tuesday"),
    m("crude_output_change|production_change|output_change|crude_production_change", -49000, "barrels per day", USO,
      basis="latest week, EIA"),
    m("crude_output|crude_production|production|output", 8.548e6, "barrels per day", USO, basis="latest week, EIA"),
    m("price_change|gas_price_change", 0.035, "USD", NG, basis="3.5 cents; September contract, Nymex"),
    m("price_change|gas_price_change|price_change_pct", 1.3, "%", NG),
    m("price|settle_price|gas_price|settlement_price", 2.796, "USD", NG,
      basis="per million British thermal units, settle"),
], [])
