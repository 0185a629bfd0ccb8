# Hand-written gold labels for news47/en en07-en12 (batch b: UK, European and Gulf outlets in English). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news46/en/README.md, with news45/en and news46/en as the model: values fully scaled ("117.5p" -> 1.175 GBP,
# "2,159.5p" -> 21.595 GBP, "£1.2 billion" -> 1.2e9 GBP, "£3.2bn" -> 3.2e9 GBP, "Dh2.1 billion" -> 2.1e9 AED, "Dh814
# million" -> 814e6 AED, "29.11 million barrels per day" -> 29.11e6 b/d, "110,000 b/d" -> 110000 b/d, "DKK 45.457
# billion" -> 45.457e9 DKK), declines, falls and cuts negative ("gave up 46.27 points" -> -46.27, "down 117.5p" ->
# -1.175 GBP, "dropped 1.4 per cent" -> -1.4, "fell 2 per cent" -> -2, "a fall of 110,000 b/d" -> -110000, "Declines
# totalling 150,000 b/d" -> -150000, "fell by 4 percent" -> -4), currency codes ("p" and "£" -> GBP, pence scaled;
# "Dh" -> AED; "DKK" -> DKK; "$" of the OPEC price range -> USD), oil output in "b/d" (news23), index levels and point
# moves in "points", guidance ranges as rng with a revised range's old ends as prng (news45 en01, news46 en10), hedges
# in the basis ("more than"), a same-sentence "X from / compared to / after Y" value of the same quantity is the prior
# and the earlier reading an optional row (news30 batch b, news36-news46), a rounded headline restatement optional
# (dev corpus: "over 384%"; news46 batch a's "above $69"), a headline that repeats the body's figure exactly optional
# with the body's row key (news46 batch b), a growth rate printed twice for one quantity key at its first printing and
# optional at the repeat, periods only where the text states or clearly implies the year (news24; market moves, levels
# and prices none; "first half of 2017" -> 2017H1, "second quarter of 2016" -> 2016Q2, "end of June 2017" -> 2017-06,
# "fiscal 2024" -> FY2024), quotes rendered as reported speech labelled like any other text (news38 batch a, news45,
# news46), dates, ages ("134 year-old", "50 years old"), membership counts ("12-member", "the 11 members"), spans ("13
# weeks", "six months") and page codes ("(NVO)") not labelled.

PC = "price_change|share_price_change"
PX = "price|share_price|close|close_price"

# ---------------------------------------------------------------- en07 London close (The Scotsman, scotsman.com; Thursday October 31, 2013, no date printed): FTSE 100 -46.27 points to 6,731.43 (headline "46 points"); Shell more than -5%, -117.5p to 2,159.5p; Croda -199p or -7.6% to 2,436p; Premier Foods -29.5p to 150.5p; BT +7.5p at 377p; M&S +10.3p to 503.5p; AB Foods +45p to 2,267p (points, GBP, %)
# A FTSE 100 close with movers in pence. Whole as stored apart from furniture: the "Hide Ad Hide Ad" markers after the
# index sentence and the closing "Related topics:" label are dropped. Headline kept (rewritten: "Footsie falls 46
# points" -> "Footsie loses 46 points", the label "THURSDAY MARKET CLOSE:" kept). The IG analyst's quote is rendered as
# reported speech (no figure in it; the "[Federal Reserve]" insertion kept). Kept as printed: "off 29.5p lower" and
# "Shares were recovered from early losses". Periods: none (market moves and prices; "third-quarter profits" carry no
# figure).
# Decided: the headline's "46 points" is a rounded restatement of the body's 46.27 (not within 0.5 %) -> an optional
# -46 row; the body's -46.27 points and the 6,731.43 close key. Each mover's pence move and pence price key, scaled to
# GBP; the % moves key where printed (Shell "more than 5 per cent" -> -5 with the hedge in the basis; Croda 7.6 %).
# "Thousands of broadband customers" (no figure) not labelled.
FTSE = "FTSE 100|FTSE|Footsie|FTSE 100 index|London's top shares index"
SHEL = "Royal Dutch Shell|Shell"
CRDA = "Croda International|Croda"
PFD = "Premier Foods"
BT = "BT|BT Group"
MKS = "Marks & Spencer|M&S|Marks and Spencer"
ABF = "Associated British Foods|AB Foods|ABF"
G["en07"] = ([
    m("index_change|price_change", -46, "points", FTSE, opt=True, basis="headline, rounded"),
    m("index_change|price_change", -46.27, "points", FTSE, basis="close; retreated"),
    m("index_level|close|index_close", 6731.43, "points", FTSE, basis="close"),
    m(PC, -5, "%", SHEL, basis="more than; after a disappointing quarterly update"),
    m(PC, -1.175, "GBP", SHEL, basis="down 117.5p"),
    m(PX, 21.595, "GBP", SHEL, basis="2,159.5p"),
    m(PC, -1.99, "GBP", CRDA, basis="drop of 199p; heaviest top-flight faller"),
    m(PC, -7.6, "%", CRDA),
    m(PX, 24.36, "GBP", CRDA, basis="2,436p"),
    m(PC, -0.295, "GBP", PFD, basis="off 29.5p lower"),
    m(PX, 1.505, "GBP", PFD, basis="150.5p"),
    m(PC, 0.075, "GBP", BT, basis="7.5p higher"),
    m(PX, 3.77, "GBP", BT, basis="close, 377p"),
    m(PC, 0.103, "GBP", MKS, basis="climbing 10.3p"),
    m(PX, 5.035, "GBP", MKS, basis="503.5p"),
    m(PC, 0.45, "GBP", ABF, basis="adding 45p"),
    m(PX, 22.67, "GBP", ABF, basis="2,267p"),
], [])

# ---------------------------------------------------------------- en08 Marks & Spencer's Christmas-quarter trading update (The Herald, files.heraldscotland.com; a Friday January 12, 2018 page, no year printed): total UK like-for-like sales -1.4% in the 13 weeks to December 30; shares -7% or -22.8p at 301.2p; clothing and home -2.8% like-for-like to £1.2 billion; food -1.4% to £1.7bn; total sales £3.2bn (%, GBP)
# A UK retailer's trading update as reported by a newspaper (the shares' reaction, the division figures, the chief
# executive's and an analyst's comments). Cut: the stored page breaks off mid-word inside a quote ('"Price investment
# before Christmas and a strong performance from seasonal li'), so the passage stops after the sentence on the fall in
# food sales. The stored text has no headline (the address slug "M_S_under_pressure_as_festive_sales_decline" is not
# page text; none added). Quotes rendered as reported speech: Mr Rowe's "making further changes ...", the ETX Capital
# analyst's sentence, Mr Rowe's "mixed quarter" sentence and the two quoted phrases on food sales (no figures in them).
# Kept as printed: "a mixed fortunes", "senior market analysts" (plural), "134 year-old", and the food division's "fell
# by 1.4 per cent to £1.7bn" (the same 1.4 % as the total like-for-like fall; labelled as printed).
# Periods: none ("the 13 weeks to December 30", "In November" print no year).
# Decided: the total UK like-for-like fall -1.4 % key. The share move "down seven per cent, or 22.8p, at 301.2p" -> three
# key rows (-7 %, -0.228 GBP, 3.012 GBP). Clothing and home: -2.8 % like-for-like key and its £1.2 billion sales key
# (entity the division, M&S as alternative); food: -1.4 % and £1.7bn key; the quarter's total £3.2bn sales key. Not
# labelled: "134 year-old" (an age), "13 weeks" (a span), "In November" (a date).
MS = "Marks & Spencer|M&S|Marks and Spencer"
CH = "clothing and home|M&S clothing and home|clothing and home division|" + MS
FD = "food|M&S food|food sales|" + MS
LFL = "like_for_like_sales_growth|lfl_sales_growth|comparable_sales_growth|sales_growth"
G["en08"] = ([
    m(LFL, -1.4, "%", MS + "|M&S UK", basis="total UK like-for-like sales, 13 weeks to December 30"),
    m(PC, -7, "%", MS, basis="printed 'seven per cent'; worst performer on the FTSE 100"),
    m(PC, -0.228, "GBP", MS, basis="22.8p"),
    m(PX, 3.012, "GBP", MS, basis="close, 301.2p"),
    m(LFL, -2.8, "%", CH, basis="like-for-like"),
    m("revenue|sales|division_sales", 1.2e9, "GBP", CH, basis="clothing and home sales for the quarter"),
    m(LFL + "|food_sales_growth", -1.4, "%", FD, basis="food sales, as printed"),
    m("revenue|sales|food_sales", 1.7e9, "GBP", FD, basis="food sales for the quarter"),
    m("revenue|sales|total_sales", 3.2e9, "GBP", MS, basis="total sales generated in the period"),
], [])

# ---------------------------------------------------------------- en09 ADCB's first-half 2017 results (Gulf News, gulfnews.com, July 2017): H1 net profit -2% to Dh2.1 billion; Q2 2017 Dh1 billion, -10% from Dh1.12 billion in Q2 2016; H1 impairments Dh814 million, +16% over Dh703 million; Q2 impairments Dh427 million, +22%; ROE 15.5%; net loans +6% to Dh164 billion; deposits +9% to Dh161.8 billion (AED, %)
# A Gulf bank's half-year and quarterly results. Cut: the stored page breaks off mid-sentence inside a quote ('"If you
# look at second-quarter numbers such as loan growth and deposit growth, they were weak. '), so the passage stops after
# the sentence on Dubai's banks. The stored text has no headline (the address slug "adcb-second-quarter-profits-down-10-
# to-dh1b" is not page text; none added); the dateline "Dubai" kept. The chief executive's two quoted passages are
# rendered as reported speech (the 15.5 per cent return on equity kept in the second). Kept as printed: "Impairment
# cost ... were", "six per cent" in words beside "9 per cent" in figures.
# Periods: "the first half of 2017" -> 2017H1 (the first-half impairments "of this year" likewise; "the same period last
# year" -> 2016H1); "second quarter of 2017" -> 2017Q2, "second quarter of 2016" -> 2016Q2; "at the end of June 2017" and
# "at the end of the first half" -> 2017-06 (balance-sheet dates).
# Decided: H1 net profit Dh2.1 billion and its -2 % key. Q2 "Dh1 billion, down 10 per cent compared to the Dh1.12
# billion" -> key 2017Q2 row with prior, the -10 % key and an optional 2016Q2 row. H1 impairments "Dh814 million ... a
# 16 per cent jump over the Dh703 million" -> key with prior, the +16 % key, an optional 2016H1 row; Q2 impairments Dh427
# million and +22 % key. ROE 15.5 % key. Net loans and advances Dh164 billion and +6 % key; customer deposits Dh161.8
# billion and +9 % key. Emirates NBD's and Dubai Islamic Bank's growth carry no figures (not labelled).
ADCB = "Abu Dhabi Commercial Bank|ADCB"
NP = "net_profit|net_income"
NPG = "net_profit_growth|net_income_growth|profit_growth"
IMP = "impairment_charges|impairments|impairment_costs|provisions|loan_loss_provisions"
G["en09"] = ([
    m(NPG, -2, "%", ADCB, "2017H1", basis="year-on-year; higher impairments and lower non-interest income"),
    m(NP, 2.1e9, "AED", ADCB, "2017H1", basis="first six months"),
    m(NP, 1e9, "AED", ADCB, "2017Q2", prior=1.12e9, basis="second quarter (implied by the half-year figure)"),
    m(NPG, -10, "%", ADCB, "2017Q2"),
    m(NP, 1.12e9, "AED", ADCB, "2016Q2", opt=True, basis="second quarter of 2016"),
    m(IMP, 814e6, "AED", ADCB, "2017H1", prior=703e6, basis="first half; impairment costs"),
    m("impairment_growth|impairment_charges_growth|provisions_growth", 16, "%", ADCB, "2017H1"),
    m(IMP, 703e6, "AED", ADCB, "2016H1", opt=True, basis="same period last year"),
    m(IMP, 427e6, "AED", ADCB, "2017Q2", basis="second quarter alone"),
    m("impairment_growth|impairment_charges_growth|provisions_growth", 22, "%", ADCB, "2017Q2", basis="year-on-year"),
    m("roe|return_on_equity", 15.5, "%", ADCB, "2017H1"),
    m("net_loans|loans|loans_and_advances|net_loans_and_advances", 164e9, "AED", ADCB, "2017-06",
      basis="net loans and advances, end of June 2017"),
    m("loan_growth|net_loans_growth|loans_growth", 6, "%", ADCB, "2017-06", basis="printed 'six per cent'; year-on-year"),
    m("deposits|customer_deposits", 161.8e9, "AED", ADCB, "2017-06", basis="deposits from customers, end of first half"),
    m("deposit_growth|deposits_growth|customer_deposits_growth", 9, "%", ADCB, "2017-06", basis="year-on-year"),
], [])

# ---------------------------------------------------------------- en10 OPEC's August crude output in the Platts survey (Oil & Gas Middle East, dev.oilandgasmiddleeast.com; a September 2010 page, no year printed): OPEC 29.11 million b/d from 29.22 million (-110,000 b/d); OPEC-11 26.79 million b/d from 26.82 million (-30,000 b/d), 24.845 million b/d target exceeded by 1.945 million b/d, 53.7% compliance with 4.2 million b/d of cuts; decreases totalling 150,000 b/d, Angola +40,000 b/d; informal $70-$80 price range (b/d, %, USD)
# A monthly OPEC production survey with quota compliance. Whole as stored (no headline in the stored text; the address
# slug "opec-11-members-exceeding-production-guidelines" is not page text; none added). The Platts news director's quote
# is rendered as reported speech (no figure in it). Kept as printed: "(/b)", "$70-$80", "agreed in late 2008 and which
# came into force in January 2009" (rendered "which took effect in January 2009").
# Periods: none. The output months print no year ("in August", "in July"); the page's year (2010, OPEC's fiftieth
# anniversary month) is not printed, and the cuts' dates (late 2008, January 2009) date the agreement, not the output.
# Decided: "averaged 29.11 million b/d in August, down 110,000 b/d from an estimated 29.22 million b/d in July" -> key
# level with prior, key change, optional July row ("estimated" in the basis); the OPEC-11 likewise (26.79 / 26.82,
# -30,000). The OPEC-11 target 24.845 million b/d and the 1.945 million b/d overshoot key; the compliance rate 53.7 % and
# the 4.2 million b/d of agreed cuts key. "Decreases totalling 150,000 b/d" from five members -> one key -150,000 row
# (entity OPEC with the members as alternatives); Angola's +40,000 b/d key. The informal price range $70-$80 a key range
# in USD (per barrel). Not labelled: "12-member", "the 11 members" (membership counts), "50 years old" (an age),
# "October 14" (a date).
OPEC = "OPEC|Organization of the Petroleum Exporting Countries"
OPEC11 = "OPEC-11|OPEC 11|OPEC members bound by quotas|" + OPEC
PROD = "production|output|oil_production|crude_production|crude_output"
CHG = "production_change|output_change|oil_production_change"
G["en10"] = ([
    m(PROD, 29.11e6, "b/d", OPEC, prior=29.22e6, basis="August average; Platts survey"),
    m(CHG, -110000, "b/d", OPEC, basis="August vs July"),
    m(PROD, 29.22e6, "b/d", OPEC, opt=True, basis="July, estimated"),
    m(PROD, 26.79e6, "b/d", OPEC11, prior=26.82e6, basis="August average, excluding Iraq"),
    m(CHG, -30000, "b/d", OPEC11, basis="August vs July"),
    m(PROD, 26.82e6, "b/d", OPEC11, opt=True, basis="July, estimated"),
    m("production_target|output_target|quota|production_quota", 24.845e6, "b/d", OPEC11),
    m("overproduction|excess_over_target|production_above_target|quota_overshoot", 1.945e6, "b/d", OPEC11,
      basis="exceeded its target by"),
    m("compliance_rate|quota_compliance|compliance", 53.7, "%", OPEC11, basis="with the agreed output cuts"),
    m("production_cut|output_cut|agreed_cut|supply_cut", 4.2e6, "b/d", OPEC11, basis="agreed in late 2008; in force January 2009"),
    m(CHG, -150000, "b/d", "Iran|Nigeria|Qatar|United Arab Emirates|UAE|Iraq|" + OPEC,
      basis="decreases totalling; Iran, Nigeria, Qatar, the UAE and Iraq"),
    m(CHG, 40000, "b/d", "Angola|Angolan volumes", basis="increase in Angolan volumes"),
    m("price_target|target_price_range|oil_price_range|price_range|oil_price", None, "USD", OPEC, rng=(70, 80),
      basis="per barrel; informally adopted range, no official target"),
], [])

# ---------------------------------------------------------------- en11 Euro-area inflation for October, final data (Trade Magazin, trademagazin.hu, MTI; a Thursday November 17, 2022 page, no year printed): euro area 10.6% from 9.9%, EU 11.5% from 10.9%, monthly 1.5% and 1.4%; core 5% from 4.8% (headline and body); food, alcohol and tobacco 13.1% after 11.8%; energy 41.5% after 40.7%; services 4.3%; France 7.1%, Spain 7.3%, Malta 7.4%, Estonia 22.5%, Lithuania 22.1%, Hungary 21.9% (%)
# A euro-area inflation release (final data) with components and country extremes. Whole as stored apart from
# furniture: the "Related news" / "Read more" blocks and the audio-player labels after the credit are dropped. Headline
# kept (rewritten: "accelerated" -> "sped up"); the crosshead "Services did not accelerate faster than in September"
# (rewritten) and the credit "MTI" kept as page text.
# Periods: none. No year is printed anywhere ("in October", "in September", "on Thursday", "last month").
# Decided: the headline's core 5 % from 4.8 % repeats the body's sentence exactly -> optional rows (news46 batch b), the
# body's core 5 % key with prior 4.8 and an optional 4.8 row. Euro-area 10.6 % from 9.9 % and EU 11.5 % from 10.9 % ->
# key rows with priors, the September readings optional. The month-on-month 1.5 % (euro area) and 1.4 % (EU) key. "13.1
# percent after 11.8 percent in September" and "41.5 percent ... following 40.7 percent" -> key rows with priors and
# optional old rows. Services 4.3 % "the same as in September" -> key, no prior (an unchanged reading has no prior,
# news14). The six country rates key (entity the country).
EA = "euro area|euro zone|eurozone|Eurozone"
EU = "EU|European Union"
INF = "inflation|annual_inflation|hicp|hicp_yoy|cpi_yoy|inflation_rate"
CORE = "core_inflation|core_hicp|inflation"
MOM = "inflation_mom|cpi_mom|monthly_inflation|hicp_mom"
CMP = "component_inflation|price_change|inflation"
G["en11"] = ([
    m(CORE, 5, "%", EA, opt=True, prior=4.8, basis="headline repeat"),
    m(CORE, 4.8, "%", EA, opt=True, basis="headline repeat, previous reading"),
    m(INF, 10.6, "%", EA, prior=9.9, basis="annual, October; record; final data"),
    m(INF, 9.9, "%", EA, opt=True, basis="September"),
    m(INF, 11.5, "%", EU, prior=10.9, basis="annual, October"),
    m(INF, 10.9, "%", EU, opt=True, basis="September"),
    m(MOM, 1.5, "%", EA, basis="October compared to September"),
    m(MOM, 1.4, "%", EU, basis="October compared to September"),
    m(CORE, 5, "%", EA, prior=4.8, basis="excluding food, alcohol, energy and tobacco"),
    m(CORE, 4.8, "%", EA, opt=True, basis="previous reading"),
    m(CMP, 13.1, "%", "food, alcohol and tobacco|food|" + EA, prior=11.8),
    m(CMP, 11.8, "%", "food, alcohol and tobacco|food|" + EA, opt=True, basis="September"),
    m(CMP, 41.5, "%", "energy|energy prices|" + EA, prior=40.7),
    m(CMP, 40.7, "%", "energy|energy prices|" + EA, opt=True, basis="a month earlier"),
    m(CMP, 4.3, "%", "services|" + EA, basis="the same as in September"),
    m(INF, 7.1, "%", "France", basis="lowest annual rate"),
    m(INF, 7.3, "%", "Spain"),
    m(INF, 7.4, "%", "Malta"),
    m(INF, 22.5, "%", "Estonia", basis="highest annual rate"),
    m(INF, 22.1, "%", "Lithuania"),
    m(INF, 21.9, "%", "Hungary"),
], [])

# ---------------------------------------------------------------- en12 Novo Nordisk's first half of 2024 (RTTNews / dpa-AFX on finanznachrichten.de, Wednesday August 7, 2024): net profit +16% to DKK 45.457 billion from DKK 39.242 billion; sales growth 24%; EPS DKK 10.17 from DKK 8.71; operating profit DKK 57.780 billion, +18% from DKK 48.895 billion; sales DKK 133.409 billion from DKK 107.667 billion; Diabetes and Obesity care +26% to DKK 125.0 billion, GLP-1 diabetes +32%, Obesity care +37%, Rare disease -4%; 2024 outlook sales growth 22%-28% (from 19%-27%), operating profit growth 20%-28% (from 22%-30%) at CER (DKK, %)
# A Nordic company's half-year results in Danish kroner with a revised full-year outlook. Whole as stored apart from the
# two copyright lines ("Copyright(c) 2024 RTTNews.com. All Rights Reserved", "Copyright RTT News/dpa-AFX"), dropped as
# furniture (news45 en01); the "COPENHAGEN (dpa-AFX) -" dateline kept. No headline in the stored text (the address slug
# is not page text; none added). Kept as printed: the space before the full stop in "Diabetes and Obesity care .", the
# dash spacing in "22 percent- 28 percent", "19 percent-27 percent", "20 percent- 28 percent", "22 percent -30 percent".
# Periods: "Looking ahead to fiscal 2024" (rendered "For fiscal 2024") and "for the year" date the outlook FY2024 and
# clearly imply the reported half 2024H1; "the same period a year ago" -> 2023H1.
# Decided: each "X from Y" line -> key 2024H1 row with prior and an optional 2023H1 row (net profit, EPS, operating
# profit, sales). Sales growth 24 %: the lead's first printing key, the sales sentence's repeat optional. Net profit and
# operating profit growth key. Diabetes and Obesity care sales and growth key; GLP-1 diabetes (+32 %), Obesity care
# (+37 %), Rare disease (-4 %) growth key. The outlook: sales growth 22-28 % at CER a key FY2024 range with the previous
# 19-27 % as prior range, and an optional row for the previous range; operating profit growth 20-28 % likewise with the
# previous 22-30 % (lowered).
NOVO = "Novo Nordisk|Novo Nordisk A/S|NVO"
REV = "revenue|sales|net_sales"
G["en12"] = ([
    m("net_profit|net_income", 45.457e9, "DKK", NOVO, "2024H1", prior=39.242e9),
    m("net_profit_growth|net_income_growth|profit_growth", 16, "%", NOVO, "2024H1"),
    m("net_profit|net_income", 39.242e9, "DKK", NOVO, "2023H1", opt=True, basis="same period a year ago"),
    m("revenue_growth|sales_growth", 24, "%", NOVO, "2024H1", basis="lead"),
    m("eps|earnings_per_share", 10.17, "DKK", NOVO, "2024H1", prior=8.71),
    m("eps|earnings_per_share", 8.71, "DKK", NOVO, "2023H1", opt=True, basis="last year"),
    m("operating_profit|operating_income|ebit", 57.780e9, "DKK", NOVO, "2024H1", prior=48.895e9),
    m("operating_profit_growth|operating_income_growth|ebit_growth", 18, "%", NOVO, "2024H1"),
    m("operating_profit|operating_income|ebit", 48.895e9, "DKK", NOVO, "2023H1", opt=True, basis="a year ago"),
    m(REV, 133.409e9, "DKK", NOVO, "2024H1", prior=107.667e9),
    m("revenue_growth|sales_growth", 24, "%", NOVO, "2024H1", opt=True, basis="repeat in the sales sentence"),
    m(REV, 107.667e9, "DKK", NOVO, "2023H1", opt=True, basis="previous year"),
    m(REV + "|segment_sales", 125.0e9, "DKK", "Diabetes and Obesity care|" + NOVO, "2024H1"),
    m("revenue_growth|sales_growth|segment_sales_growth", 26, "%", "Diabetes and Obesity care|" + NOVO, "2024H1"),
    m("revenue_growth|sales_growth|segment_sales_growth", 32, "%", "GLP-1 diabetes|GLP-1|" + NOVO, "2024H1"),
    m("revenue_growth|sales_growth|segment_sales_growth", 37, "%", "Obesity care|" + NOVO, "2024H1"),
    m("revenue_growth|sales_growth|segment_sales_growth", -4, "%", "Rare disease|" + NOVO, "2024H1"),
    m("guidance_sales_growth|guidance_revenue_growth|sales_growth_outlook|revenue_growth_guidance", None, "%", NOVO,
      "FY2024", rng=(22, 28), prng=(19, 27), basis="at CER; raised"),
    m("guidance_sales_growth|guidance_revenue_growth|sales_growth_outlook|revenue_growth_guidance", None, "%", NOVO,
      "FY2024", rng=(19, 27), opt=True, basis="previous outlook, at CER"),
    m("guidance_operating_profit_growth|operating_profit_growth_outlook|guidance_ebit_growth", None, "%", NOVO,
      "FY2024", rng=(20, 28), prng=(22, 30), basis="at CER; lowered"),
    m("guidance_operating_profit_growth|operating_profit_growth_outlook|guidance_ebit_growth", None, "%", NOVO,
      "FY2024", rng=(22, 30), opt=True, basis="guided earlier, at CER"),
], [])
