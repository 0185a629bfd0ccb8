# Hand-written gold labels for news49/en en07-en12 (batch b: English outlets in Southeast Asia, Australia and New
# Zealand — the Philippines, Malaysia, Australia, New Zealand, Vietnam and Thailand). Read from texts/enNN.txt only; no
# extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold file),
# nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or
# sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news48/en/README.md, with the labels of news47/en and news48/en as the model: values fully scaled ("P820
# million" -> 820e6 PHP, "P1.13 billion" -> 1.13e9 PHP, "US$305.53 billion" -> 305.53e9 USD, "7.7 billion baht" ->
# 7.7e9 THB, "US$419 million" -> 419e6 USD, "319,836 tonnes" -> 319836 tonnes); declines, falls, deficits and net
# outflows negative ("a decrease of 26.9 percent" -> -26.9, "fell by 29.1 percent" -> -29.1, "a 3.3% drop" -> -3.3,
# "a trade deficit of US$1 billion" -> -1e9, "down by US$2.01 billion" -> -2.01e9, "net sellers ... worth 7.7 billion
# baht" -> -7.7e9); currency codes ("P" on a Manila page -> PHP, "baht" -> THB, "US$" and "$US" -> USD, "$NZ" -> NZD,
# the bare "$" of an Australian broker page -> AUD, of a New Zealand bank's milk-price forecast -> NZD, and after a
# "US$"/"$US" figure in the same sentence or paragraph -> USD); count nouns for output and yields ("tonnes", "tonnes
# per hectare per month", "brokers"); hedges in the basis ("about", "more than"); a same-sentence "X from / compared
# with / against Y" value of the same quantity is the prior and the earlier reading an optional row (news30 batch b,
# news36-news48), an earlier figure in a clause or sentence of its own a key row without prior; bracketed currency
# conversions optional; figures written as words labelled with their value ("four percent", "nine percent"); periods
# only where the text states or clearly implies the year (news24; auction prices, market flows without a month, trade
# figures with no year printed: none; cumulative January-to-month totals: none, the months in the basis, as news40
# batch b); brokers' targets and ratings only in rating actions; dates, codes ("(AZJ)", "(TME)"), names with numbers
# and spans ("three-day", "the past year") not labelled.

# ---------------------------------------------------------------- en07 Metro Pacific Investments' first quarter of 2011 (The Philippine Star, qa.philstar.com, May 10, 2011): reported net income +26 % to P820 million; core net income P1.13 billion, +44 % from P788 million; Meralco stake 17.4 % from 14.5 % (end-March 2010); Maynilad P707 million (45 %), Meralco P437 million (28 %), Tollways P353 million (23 %), hospitals P64 million (four percent); revenues +17 % to P5.05 billion from P4.31 billion; EPS P0.041 from P.032 (PHP, %)
# A Philippine infrastructure holding company's quarterly results with each unit's contribution to core income.
# Cut: the stored page breaks off mid-word in the chairman's sentence ("... pending the final determination of the
# Energy Regulatory Commission with respect to investment p"), so the passage stops after the chief executive's
# quoted remarks (rendered as reported speech; the only figure in them is the year 2011). The stored text has no
# headline (the address slug "mpic-income-jumps-26-first-quarter" is not page text; none added); the dateline
# "MANILA, Philippines -" kept. Kept as printed: "president president", "P.032" (no leading zero), "four percent" in
# words, "Riverside and Lourdes Hospital".
# Periods: "the first quarter this year" with the quote's "slower economic growth in 2011 compared with last year" ->
# 2011Q1 (clearly implied); "the previous year" / "a year earlier" -> 2010Q1; the Meralco holding "at end-March 2010"
# -> 2010-03 and "at the same point this year" -> 2011-03.
# Decided: reported net income P820 million and its +26 % key. Core net income "P1.13 billion, up 44 percent from P788
# million" -> key level with prior, key growth, optional 2010Q1 row; the basis notes "net of exceptional one-time
# charges". The Meralco holding "from 14.5 percent ... to 17.4 percent" -> key 17.4 % with prior 14.5 (entity Meralco
# with MPIC among the alternatives), optional 14.5 % row. Each unit's contribution and its share of core net income
# are two key rows (Maynilad, Meralco, Metro Pacific Tollways, the hospital group's "four percent" -> 4). Revenues
# "17 percent to P5.05 billion from P4.31 billion" -> key growth, key level with prior, optional 2010Q1 row; EPS
# "to P0.041 from P.032" -> key with prior 0.032 and an optional 2010Q1 row.
MPIC = "Metro Pacific Investments Corp.|Metro Pacific Investments|Metro Pacific|MPIC"
Q, Q0 = "2011Q1", "2010Q1"
CORE = "core_net_income|core_net_profit|core_profit|core_income"
CONTRIB = "core_net_income_contribution|contribution|income_contribution|net_income_contribution"
SHARE = "contribution_share|share_of_core_net_income|core_income_share|share"
REV = "revenue|operating_revenues|consolidated_operating_revenues|revenues"
MER = "Meralco|Manila Electric Co.|Manila Electric"
G["en07"] = ([
    m("net_profit|net_income|reported_net_income", 820e6, "PHP", MPIC, Q, basis="reported net income"),
    m("net_profit_growth|net_income_growth|profit_growth", 26, "%", MPIC, Q, basis="reported net income"),
    m(CORE, 1.13e9, "PHP", MPIC, Q, prior=788e6, basis="consolidated, net of exceptional one-time charges"),
    m("core_net_income_growth|core_profit_growth|core_net_profit_growth", 44, "%", MPIC, Q),
    m(CORE, 788e6, "PHP", MPIC, Q0, opt=True, basis="the previous year"),
    m("stake|ownership|ownership_stake|shareholding", 17.4, "%", MER + "|" + MPIC, "2011-03", prior=14.5,
      basis="MPIC's holding in Meralco, end-March this year"),
    m("stake|ownership|ownership_stake|shareholding", 14.5, "%", MER + "|" + MPIC, "2010-03", opt=True,
      basis="end-March 2010"),
    m(CONTRIB, 707e6, "PHP", "Maynilad|Maynilad Water Services Inc.|Maynilad Water Services", Q),
    m(SHARE, 45, "%", "Maynilad|Maynilad Water Services Inc.|Maynilad Water Services", Q,
      basis="of total core net income"),
    m(CONTRIB, 437e6, "PHP", MER, Q),
    m(SHARE, 28, "%", MER, Q, basis="of total core net income"),
    m(CONTRIB, 353e6, "PHP", "Metro Pacific Tollways|Metro Pacific Tollways Corp.|MPTC", Q),
    m(SHARE, 23, "%", "Metro Pacific Tollways|Metro Pacific Tollways Corp.|MPTC", Q, basis="of total core net income"),
    m(CONTRIB, 64e6, "PHP", "hospital group|hospitals|Riverside and Lourdes Hospital", Q),
    m(SHARE, 4, "%", "hospital group|hospitals|Riverside and Lourdes Hospital", Q,
      basis="printed 'four percent'; of the total"),
    m(REV, 5.05e9, "PHP", MPIC, Q, prior=4.31e9, basis="consolidated operating revenues"),
    m("revenue_growth|operating_revenue_growth|revenues_growth", 17, "%", MPIC, Q),
    m(REV, 4.31e9, "PHP", MPIC, Q0, opt=True, basis="a year earlier"),
    m("eps|earnings_per_share", 0.041, "PHP", MPIC, Q, prior=0.032),
    m("eps|earnings_per_share", 0.032, "PHP", MPIC, Q0, opt=True, basis="printed P.032"),
], [])

# ---------------------------------------------------------------- en08 Sabah's oil palm output in the first three quarters of 2020 (theSun, thesun.my; a parliamentary reply of late 2020 by the Q3 2020 figures, no date printed): FFB yield 1.17 t/ha/month in Q1 2020 vs 1.6 in Q1 2019 (-26.9 %); CPO -29.1 % to 319,836 tonnes a month from 450,823; Q2 and Q3 FFB 1.54 and 1.5 t/ha/month, +11.6 % and +7.4 %; CPO 433,380 tonnes (+9 %) vs 397,594 and 411,418 tonnes (+1.3 %) vs 406,171 (tonnes, tonnes per hectare per month, %)
# A Malaysian state's palm-oil output figures given by the plantation ministry in parliament. Whole as stored. The
# stored text has no headline (the address slug "sabah-s-ffb-production-down-269-in-q1-mpic" is not page text; none
# added); the dateline "KUALA LUMPUR:" kept. The deputy minister's quoted sentence is rendered as reported speech (no
# figure). Kept as printed: "1.6 tonnes" beside "1.17 tonnes", "1.5 tonnes per ha per month", "Q3 (July to
# September)" without a year, "nine percent" in words, the Q2/Q3 yields called "FFB production per month" (rendered
# "monthly FFB production") in tonnes per ha per month.
# Periods: "the first quarter of 2020 (Q1 2020)" -> 2020Q1, "Q1 2019" -> 2019Q1; "Q2 2020 (April to June) and Q3" ->
# 2020Q2 and 2020Q3 (Q3's year clearly implied by the pairing and "Q2 and Q3 2019"); "the same period in 2019" ->
# 2019Q2 / 2019Q3. "October 2019 until March 2020", "November to March" are dates (not labelled).
# Decided: each quarter's average monthly FFB yield is a key row in "tonnes per hectare per month"; Q1's "1.17 ...
# compared with 1.6 ... in Q1 2019, a decrease of 26.9 percent" -> key level with prior, optional 2019Q1 row, key
# -26.9 % change. CPO "fell by 29.1 percent to 319,836 tonnes per month from 450,823" -> key -29.1 %, key level with
# prior, optional 2019Q1 row. Q2/Q3 yields "increased to 1.54 ... and 1.5 ... up 11.6 percent and 7.4 percent" ->
# four key rows, no priors (the 2019 yields are not printed). Q2 CPO 433,380 "compared with 397,594" and Q3 411,418
# "compared with 406,171" -> key levels with priors, key +9 % and +1.3 %, optional 2019 rows. Average monthly CPO
# output in "tonnes" (the basis says per month). Entity Sabah throughout.
SAB = "Sabah|Sabah state|Sabah oil palm"
YLD = "ffb_yield|average_ffb_yield|ffb_yield_per_month|ffb_production|yield"
YLDC = "ffb_yield_change|ffb_yield_growth|yield_change|ffb_production_growth|ffb_production_change"
CPO = "cpo_production|crude_palm_oil_production|cpo_output|production|average_monthly_cpo_production"
CPOC = "cpo_production_change|cpo_production_growth|production_change|production_growth|cpo_output_change"
TPH = "tonnes per hectare per month"
G["en08"] = ([
    m(YLD, 1.17, TPH, SAB, "2020Q1", prior=1.6, basis="average monthly FFB yield"),
    m(YLD, 1.6, TPH, SAB, "2019Q1", opt=True, basis="average monthly FFB yield"),
    m(YLDC, -26.9, "%", SAB, "2020Q1", basis="a decrease of"),
    m(CPOC, -29.1, "%", SAB, "2020Q1", basis="average monthly CPO production fell by"),
    m(CPO, 319836, "tonnes", SAB, "2020Q1", prior=450823, basis="average per month"),
    m(CPO, 450823, "tonnes", SAB, "2019Q1", opt=True, basis="average per month"),
    m(YLD, 1.54, TPH, SAB, "2020Q2", basis="average monthly FFB production, April to June"),
    m(YLD, 1.5, TPH, SAB, "2020Q3", basis="average monthly FFB production, July to September"),
    m(YLDC, 11.6, "%", SAB, "2020Q2", basis="from Q2 2019"),
    m(YLDC, 7.4, "%", SAB, "2020Q3", basis="from Q3 2019"),
    m(CPO, 433380, "tonnes", SAB, "2020Q2", prior=397594, basis="average per month"),
    m(CPOC, 9, "%", SAB, "2020Q2", basis="printed 'nine percent'"),
    m(CPO, 397594, "tonnes", SAB, "2019Q2", opt=True, basis="average per month, same period in 2019"),
    m(CPO, 411418, "tonnes", SAB, "2020Q3", prior=406171, basis="average per month"),
    m(CPOC, 1.3, "%", SAB, "2020Q3", basis="higher"),
    m(CPO, 406171, "tonnes", SAB, "2019Q3", opt=True, basis="same period in 2019"),
], [])

# ---------------------------------------------------------------- en09 Switzer Report's "what the brokers say" (FNArena content, switzerreport.com.au; a late-2017 page by AusNet's FY18 first half, inferred, no date printed): Macquarie upgrades Aurizon to Outperform, target $5.33; Citi upgrades Trade Me to Buy, target $4.80 from $4.55, EPS estimates +1-2%; Credit Suisse downgrades AusNet to Neutral, target $1.85 from $1.80, net profit estimates +16.8% (FY18) and +15.8% (FY19); UBS downgrades Costa Group to Neutral; B/H/S tallies (AUD, %, brokers)
# A weekly broker-ratings digest on ASX-listed stocks, each item a heading line (company, code, the change, the
# broker, the Buy/Hold/Sell tally of the database's brokers) and a paragraph. Cut: the stored page breaks off mid-word
# in the Costa Group paragraph ("The company has upgraded FY18 guidance for net profit to be up 2"), so the passage
# stops after the Costa Group heading line, a line boundary; the heading's rating change survives, its reasons and
# figure are lost. No headline in the stored text (none added); the section labels "In the good books", "Upgrades",
# "In the not-so-good books", "Downgrades" kept as page text. Heading lines rewritten only in the verb ("Upgrade to" ->
# "Upgraded to", "Downgrade to" -> "Downgraded to"); names, codes and tallies kept as printed.
# Periods: none for the rating actions; "FY18 and FY19" -> FY2018 and FY2019 for the net profit estimate revisions.
# Decided: four rating actions, targets in AUD (the "$" of an Australian page; Trade Me's target likewise, its ASX
# quote): Macquarie on Aurizon an upgrade to outperform from neutral with the $5.33 target (no old target printed);
# Citi on Trade Me an upgrade to buy from neutral, target 4.80 from 4.55; Credit Suisse on AusNet a downgrade to
# neutral from outperform with the target raised to 1.85 from 1.80 (a rating change with a target change is a
# downgrade carrying both targets); UBS on Costa Group a downgrade to neutral from buy (no target in the kept text).
# Metrics: Citi's EPS estimate rise "by 1-2%" a key range (1, 2) %; Credit Suisse's net profit estimate rises 16.8 %
# (FY2018) and 15.8 % (FY2019) key. The B/H/S tallies ("1/4/3" = one Buy, four Hold, three Sell among the database's
# brokers) are counts of brokers -> optional rows (as analyst counts in the development corpus), zeros included.
AZJ = "Aurizon Holdings Limited|Aurizon Holdings|Aurizon|AZJ"
TME = "Trade Me Group Limited|Trade Me Group|Trade Me|TME"
AST = "AusNet Services|AusNet|AST"
CGC = "Costa Group Holdings Limited|Costa Group Holdings|Costa Group|Costa|CGC"
BUYN = "buy_ratings|brokers_buy|buy_count|number_of_buy_ratings"
HOLDN = "hold_ratings|brokers_hold|hold_count|number_of_hold_ratings"
SELLN = "sell_ratings|brokers_sell|sell_count|number_of_sell_ratings"
bhs09 = [(AZJ, 1, 4, 3), (TME, 2, 1, 2), (AST, 1, 5, 1), (CGC, 1, 2, 0)]
G["en09"] = ([
    m("eps_estimate_change|eps_estimate_revision|eps_forecast_change|earnings_estimate_change", None, "%", TME,
      rng=(1, 2), basis="Citi raises earnings per share estimates by 1-2%"),
    m("net_profit_estimate_change|net_profit_estimate_revision|earnings_estimate_change|net_profit_forecast_change",
      16.8, "%", AST, "FY2018", basis="Credit Suisse raises net profit estimates, FY18"),
    m("net_profit_estimate_change|net_profit_estimate_revision|earnings_estimate_change|net_profit_forecast_change",
      15.8, "%", AST, "FY2019", basis="Credit Suisse raises net profit estimates, FY19"),
] + [x for c, b, h, s in bhs09 for x in (
    m(BUYN, b, "brokers", c, opt=True, basis="B/H/S tally: Buy"),
    m(HOLDN, h, "brokers", c, opt=True, basis="B/H/S tally: Hold"),
    m(SELLN, s, "brokers", c, opt=True, basis="B/H/S tally: Sell"))], [
    ra("Macquarie|Macquarie Group|Macquarie Securities", AZJ, "upgrade", "outperform", "neutral", target=5.33,
       cur="AUD"),
    ra("Citi|Citigroup|Citi Research", TME, "upgrade", "buy", "neutral", target=4.80, prior_target=4.55, cur="AUD"),
    ra("Credit Suisse", AST, "downgrade", "neutral", "outperform", target=1.85, prior_target=1.80, cur="AUD"),
    ra("UBS", CGC, "downgrade", "neutral", "buy"),
])

# ---------------------------------------------------------------- en10 GlobalDairyTrade auction with record milk-fat prices (Otago Daily Times, odt.co.nz; a June 2017 page, year implied by "April 2016"): overall -0.8 %, WMP -3.3 %, SMP +1.4 %; AMF record $US6886 ($NZ9532) a tonne, butter record $5768; butter more than doubled over a year; WMP about +16 % over March-May; NZ April production +6.8 % on April 2016; Westpac's $6.50 milk-price forecast (USD, NZD, %, x)
# A New Zealand dairy auction report with economists' comments and a bank's milk-price forecast. Whole as stored
# apart from the closing "Add a Comment" link (dropped as furniture). Headline kept (rewritten: "WMP leads fall in dairy
# prices" -> "WMP leads dairy prices lower"). The economists' remarks were reported speech already (rewritten; figures
# kept). Kept as printed: "$US6886 ($NZ9532)" (currency after the "$", no thousands comma), the bare "$5768" for butter
# (USD by "respectively" after "$US6886"), "GlobalDairyTrade" as one word, "$6.50" with no unit.
# Periods: auction moves and prices none (no year printed; "early March", "March, April and May" are dates); "In
# April, New Zealand production was 6.8% higher than in April 2016" -> 2017-04 (the comparison year makes April's year
# clearly implied); "this season" of the forecast prints no year -> none.
# Decided: the overall -0.8 % key (entity the auction / GDT index), WMP -3.3 % and SMP +1.4 % key. The two record highs
# are key prices per tonne (AMF 6886 USD, butter 5768 USD); the bracketed $NZ9532 an optional conversion. "Butter
# prices had now more than doubled over the past year" (rendered "more than double what they had been a year
# earlier") -> an optional 2 x (and an optional 100 %) with the hedge in the
# basis (a figure in words; news47 batch a's "nearly nine times"). "About 16% higher over March, April and May" a key
# WMP move with the hedge in the basis. New Zealand's April milk production +6.8 % key (2017-04). Westpac's "$6.50
# forecast milk price for this season" a key bank forecast in NZD (a New Zealand bank's farmgate milk-price forecast;
# not a rating action).
GDT = "GlobalDairyTrade|Global Dairy Trade|GDT|GDT price index|dairy prices"
WMP = "whole milk powder|WMP"
PC = "price_change|price_index_change|index_change"
PX = "price|average_price|record_price|record_high"
BUT = "butter|butter prices"
G["en10"] = ([
    m(PC, -0.8, "%", GDT, basis="overall prices; first fall since early March"),
    m(PC, -3.3, "%", WMP, basis="led the fall"),
    m(PC, 1.4, "%", "skim milk powder|SMP"),
    m(PX, 6886, "USD", "anhydrous milk fat|AMF", basis="auction record high, per tonne; printed $US6886"),
    m(PX, 9532, "NZD", "anhydrous milk fat|AMF", opt=True, basis="conversion in brackets; printed $NZ9532"),
    m(PX, 5768, "USD", BUT, basis="auction record high, per tonne; printed $5768 (US$ by 'respectively')"),
    m(PC + "|price_multiple", 2, "x", BUT, opt=True, basis="more than double a year earlier"),
    m(PC, 100, "%", BUT, opt=True, basis="more than double a year earlier (read as +100 %)"),
    m(PC, 16, "%", WMP, basis="about; over March, April and May"),
    m("milk_production_growth|production_growth|production_change|milk_production_change", 6.8, "%",
      "New Zealand|New Zealand production|New Zealand milk production|NZ", "2017-04", basis="up on April 2016"),
    m("milk_price_forecast|farmgate_milk_price_forecast|forecast_milk_price|milk_price", 6.50, "NZD",
      "Westpac|Fonterra farmgate milk price|milk price|New Zealand", basis="the bank's forecast for this season"),
], [])

# ---------------------------------------------------------------- en11 Vietnam's January-May trade (The Saigon Times, english.thesaigontimes.vn; 2024 data by the figures, no year printed): total trade US$305.53 billion (+16.6 %), May US$66.62 billion (+9.1 % m/m, +22.6 % y/y); May exports US$32.81 billion (+5.7 %, +15.8 %), five-month exports US$156.77 billion (+15.2 %), domestic US$43.69 billion (+20.5 %), foreign-invested US$113.08 billion (+13.3 %); May imports US$33.81 billion (+12.8 %, +29.9 %), five-month imports US$148.76 billion (+18.2 %), domestic US$54.95 billion (+24.2 %), foreign-invested US$93.81 billion (+14.9 %); May deficit US$1 billion, five-month surplus US$8.01 billion, down US$2.01 billion; exports to the U.S. US$44 billion, imports from China US$54.9 billion (USD, %)
# A macro trade release from the statistics office: the month's and the year-to-date trade, exports and imports by
# sector, the balance and the main partners. Whole as stored. The stored text has no headline (the address slug
# "trade-revenue-up-over-16-in-jan-may" is not page text; none added); the dateline "HCMC –" kept. No quotes. Kept as
# printed: "so far this year", "this month" beside "in May", "versus April" (rendered "on April"), "totaled".
# Periods: none. No year is printed anywhere ("this year", "last year", "May", "the first five months", "the
# January-May period"); the months go in the basis.
# Decided: every level and growth rate key, each with its own entity (Vietnam; the domestic sector and the
# foreign-invested sector with Vietnam among the alternatives; the U.S. and China with Vietnam among the alternatives).
# The month's growth rates are split into month-on-month and year-on-year rows (two metric names). "A trade deficit of
# US$1 billion this month" -> key -1e9 balance; "a trade surplus of US$8.01 billion in the January-May period, down by
# US$2.01 billion compared to the same period last year" -> key +8.01e9 balance and a key -2.01e9 change (the
# year-earlier surplus is not printed, so no prior). Exports to the U.S. "estimated" in the basis.
VN = "Vietnam|Viet Nam"
DOM = "domestic sector|Vietnam's domestic sector|" + VN
FDI = "foreign-invested sector|FDI sector|foreign-invested|" + VN
TT = "total_trade|trade_turnover|trade_value|total_trade_value"
TTG = "total_trade_growth|trade_turnover_growth|trade_growth"
EX = "exports|export_value|export_turnover"
EXG = "export_growth|exports_growth|export_turnover_growth"
EXM = "export_growth_mom|exports_mom|" + EXG
IM = "imports|import_value|import_turnover"
IMG = "import_growth|imports_growth|import_turnover_growth"
IMM = "import_growth_mom|imports_mom|" + IMG
TB = "trade_balance|trade_surplus|trade_deficit"
YTD = "first five months (January-May)"
G["en11"] = ([
    m(TT, 305.53e9, "USD", VN, basis="so far this year; " + YTD),
    m(TTG, 16.6, "%", VN, basis="year-on-year; " + YTD),
    m(TT, 66.62e9, "USD", VN, basis="this month (May), estimated"),
    m("total_trade_growth_mom|trade_growth_mom|" + TTG, 9.1, "%", VN, basis="May, month-on-month"),
    m(TTG, 22.6, "%", VN, basis="May, year-on-year"),
    m(EX, 32.81e9, "USD", VN, basis="May"),
    m(EXM, 5.7, "%", VN, basis="May, over the previous month"),
    m(EXG, 15.8, "%", VN, basis="May, year-on-year"),
    m(EX, 156.77e9, "USD", VN, basis=YTD),
    m(EXG, 15.2, "%", VN, basis=YTD + ", year-on-year"),
    m(EX, 43.69e9, "USD", DOM, basis=YTD),
    m(EXG, 20.5, "%", DOM, basis=YTD),
    m(EX, 113.08e9, "USD", FDI, basis=YTD + "; including crude oil"),
    m(EXG, 13.3, "%", FDI, basis=YTD),
    m(IM, 33.81e9, "USD", VN, basis="May"),
    m(IMM, 12.8, "%", VN, basis="May, versus April"),
    m(IMG, 29.9, "%", VN, basis="May, year-on-year"),
    m(IM, 148.76e9, "USD", VN, basis=YTD),
    m(IMG, 18.2, "%", VN, basis=YTD + ", year-on-year"),
    m(IM, 54.95e9, "USD", DOM, basis=YTD),
    m(IMG, 24.2, "%", DOM, basis=YTD),
    m(IM, 93.81e9, "USD", FDI, basis=YTD),
    m(IMG, 14.9, "%", FDI, basis=YTD),
    m(TB, -1e9, "USD", VN, basis="trade deficit this month (May)"),
    m(TB, 8.01e9, "USD", VN, basis="trade surplus, " + YTD),
    m("trade_surplus_change|trade_balance_change", -2.01e9, "USD", VN, basis="down by, compared with the same period last year"),
    m(EX + "|exports_to_us", 44e9, "USD", "U.S.|United States|US|" + VN, basis="largest export market; estimated; " + YTD),
    m(IM + "|imports_from_china", 54.9e9, "USD", "China|" + VN, basis="biggest exporter to Vietnam; " + YTD),
], [])

# ---------------------------------------------------------------- en12 Thai equities' foreign fund flows for November 2019 with IPO fund-raising (Bangkok Post, bangkokpost.com, December 2019): November net selling 7.7 billion baht vs October's 7.8 billion; 11-month outflows 20.1 billion baht; Q1 -13.3 billion, Q2 +54 billion, Q3 -45.3 billion; 287 billion baht in the first 11 months of 2018; November IPOs US$419 million, 11-month IPO value $2.55 billion; 2014-November 2019 $16.1 billion vs Singapore's $7.2 billion (THB, USD)
# A stock exchange's monthly report on foreign fund flows and IPO fund-raising. Cut: the stored page breaks off
# mid-word ("The ave") after the IPO comparison, so the passage stops after the sentence on Singapore's $7.2 billion.
# Headline kept (rewritten: "SET: Foreign sell-off carries on" -> "SET: Foreign selling goes on"; the stored text
# prints it twice, kept once). Dropped as furniture: the photo caption
# (printed twice, with the photographer's credit "PORNPROM SATRABHAYA"), which repeats the body's 20.1 billion baht.
# The SET executive's two quoted sentences are rendered as reported speech (no figures).
# Periods: "From the beginning of 2014 to November 2019" and "the first 11 months of 2018 ... last year" make "this
# year" 2019: "last month" (November) -> 2019-11, October -> 2019-10, the quarters 2019Q1/Q2/Q3, November's IPOs
# 2019-11; the 11-month totals (2019 and 2018) and the 2014-November 2019 total are cumulative spans -> no period, the
# span in the basis.
# Decided: net selling and net outflows negative, net inflows positive (news47 batch a's investor-group flows);
# October's 7.8 billion is printed in its own comparison ("milder than October's net outflows of 7.8 billion baht")
# without the November figure restated -> a key row of its own, not a prior. "45.3 billion" (baht carried from the
# first-quarter figure) -> THB. IPO funds: November's US$419 million key (Asean's highest), the 11-month $2.55 billion
# key, the 2014-November 2019 $16.1 billion (Thailand) and Singapore's $7.2 billion key ("$" after "US$" -> USD).
TH = "foreign investors|Thai equities|Stock Exchange of Thailand|SET|Thailand|Thai stock market"
FL = "net_flow|net_foreign_flow|foreign_net_flow|net_selling|net_buying|fund_flow|net_outflow"
IPO = "ipo_proceeds|ipo_value|ipo_funds_raised|funds_raised"
G["en12"] = ([
    m(FL, -7.7e9, "THB", TH, "2019-11", basis="net sellers of Thai equities last month"),
    m(FL, -7.8e9, "THB", TH, "2019-10", basis="October's net outflows"),
    m(FL, -20.1e9, "THB", TH, basis="foreign net outflows, first 11 months (2019)"),
    m(FL, -13.3e9, "THB", TH, "2019Q1", basis="foreign net outflows, first quarter"),
    m(FL, -45.3e9, "THB", TH, "2019Q3", basis="foreign net outflows, third quarter; baht carried"),
    m(FL, 54e9, "THB", TH, "2019Q2", basis="foreign net inflows, second quarter"),
    m(FL, -287e9, "THB", TH, basis="offshore net outflows, first 11 months of 2018"),
    m(IPO, 419e6, "USD", "Thailand|SET|Stock Exchange of Thailand|Thai stock market", "2019-11",
      basis="funds raised from IPOs in November; Asean's highest"),
    m(IPO, 2.55e9, "USD", "Thailand|SET|Stock Exchange of Thailand|Thai stock market",
      basis="11-month IPO value (2019)"),
    m(IPO, 16.1e9, "USD", "Thailand|SET|Thai capital market", basis="beginning of 2014 to November 2019"),
    m(IPO, 7.2e9, "USD", "Singapore", basis="beginning of 2014 to November 2019"),
], [])
