# Hand-written gold labels for news41/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/
# was opened, no gold.jsonl was read, and no other batch's texts or labels were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching), news3/en/README.md, news4-news40/en/README.md
# (values fully scaled ("S$41.1 million" -> 41.1e6 SGD, "10.26 cents" -> 0.1026 SGD, "55.61c" -> 0.5561 ZAR, "1,448.9c"
# -> 14.489 ZAR, "R1.2bn" -> 1.2e9 ZAR, "1.698 million tonnes" -> 1.698e6 tonnes, "SAR 446 billion" -> 446e9 SAR,
# "4.91" mln subscribers -> 4.91e6), declines and falls negative ("fell 0.17%" -> -0.17, "drop by more than 20%" -> -20,
# "cut its target price by 10 percent" -> -10, "fell by 9,700" -> -9700), currency codes ("S$" and the headline's "$" on a
# Singapore page -> SGD, "R" and "c" on a JSE wrap -> ZAR, "Rs" and unprefixed Indian broker targets -> INR, "SAR" ->
# SAR, "$" for gold, oil, the Dow's euro cross -> USD), ranges as rng ("between R10m and R20m", "by 3-8 percent"), hedges
# keep the number with the hedge in the basis ("about", "approximately", "more than", "up to"), a same-sentence "X from /
# against / compared with Y" value of the same quantity is the prior and the earlier reading also an optional row (news30
# batch b, news36-news40), consensus figures key (news23), periods only where the text states or clearly implies the year
# (news24; market moves and levels none; "FY23" of an Indian company -> FY2023), headline/subhead repeats optional,
# "flat" / "unchanged" with no number an optional 0 (news16, news32, news40 batch b), percentage target changes key
# metrics (news18, news35), brokers' targets and ratings only in rating actions, ratings normalised lower-case, units as
# printed for a move written in percent (news39 batch a).

# ---------------------------------------------------------------- en07 Sing Holdings FY2012 and fourth quarter (Singapore Business Review, sbr.com.sg; a February 2013 page): FY profit S$41.1 million (+87%), revenue S$290.5 million (+94%), The Laurels 96% sold / 70% recognised / S$206.4 million billings next year, Q4 profit S$13.8 million (+75%), revenue +118% to S$103.4 million, dividends 1.0 cent + 0.6 cent special, EPS 10.26 cents from 5.50 cents, NAV per share 50.68 cents (+22%) (SGD)
# A Singapore developer's full-year and fourth-quarter results. Whole as stored. Headline and subhead kept (rewritten):
# "Sing Holdings' revenue jumps 118% to $103.4m" / "A 1.0 cent cash dividend is on the cards." The executive chairman's
# quote is rendered as reported speech (the set never copies third-party sentences); its figures (the dividend) are
# kept. Periods: "the financial year ended 31 December 2012" and "FY2012" -> FY2012 (a calendar-year company; the text
# writes FY); "the quarter ended 31 December 2012" -> 2012Q4; "FY2011" -> FY2011; "the next financial year" after FY2012
# -> FY2013 (clearly implied). Decided: "Revenue was up 118% at S$103.4 million" follows the quarter's sentence and is
# not the full year's S$290.5 million -> the quarter's revenue (2012Q4); the headline's "118% to $103.4m" repeats it
# (optional; the body rows, which carry the period, are key), and the subhead's "1.0 cent" dividend repeats the body's
# (optional). "About 96% of the units ... sold" and "70% of the contracted sales ... recognised" -> key operational
# ratios on The Laurels (Sing Holdings among the alternatives); the S$206.4 million of progress billings to be recorded
# next year -> key (hedge in the basis). EPS "from 5.50 cents in FY2011 to 10.26 cents in FY2012" -> key with prior and an
# optional FY2011 row. NAV per share "scaled 22% year-on-year to 50.68 cents" -> key level and key change. Not labelled:
# "31 December 2012" (a date).
SING = "Sing Holdings|Sing Holdings Ltd|Sing Holdings Limited|Sing"
LAUR = "The Laurels|The Laurels at Cairnhill Road|" + SING
NP = "net_profit|profit_attributable|net_income|profit_attributable_to_shareholders"
NPG = "net_profit_growth|profit_growth|net_income_growth"
G["en07"] = ([
    m("revenue_growth|revenue_change", 118, "%", SING, "2012Q4", opt=True, basis="headline repeat"),
    m("revenue|total_revenue", 103.4e6, "SGD", SING, "2012Q4", opt=True, basis="headline repeat, printed $103.4m"),
    m("dividend_per_share|dps|cash_dividend", 0.01, "SGD", SING, "FY2012", opt=True,
      basis="subhead repeat: cash dividend likely 1.0 cent"),
    m(NP, 41.1e6, "SGD", SING, "FY2012", basis="attributable to shareholders"),
    m(NPG, 87, "%", SING, "FY2012", basis="vs preceding financial year"),
    m("revenue|total_revenue", 290.5e6, "SGD", SING, "FY2012", basis="group"),
    m("revenue_growth|revenue_change", 94, "%", SING, "FY2012"),
    m("units_sold_ratio|percentage_sold|sell_through|sales_rate", 96, "%", LAUR,
      basis="about; units sold as at the announcement date"),
    m("revenue_recognised_ratio|percentage_recognised|recognised_sales_ratio", 70, "%", LAUR,
      basis="of the project's contracted sales recognised"),
    m("progress_billings|unrecognised_revenue|future_revenue|backlog", 206.4e6, "SGD", LAUR, "FY2013",
      basis="approximately; balance to be recorded in the next financial year"),
    m(NP, 13.8e6, "SGD", SING, "2012Q4", basis="attributable to shareholders; quarter ended 31 December 2012"),
    m(NPG, 75, "%", SING, "2012Q4", basis="vs same quarter of preceding year"),
    m("revenue_growth|revenue_change", 118, "%", SING, "2012Q4"),
    m("revenue|total_revenue", 103.4e6, "SGD", SING, "2012Q4"),
    m("dividend_per_share|dps|final_dividend|cash_dividend", 0.01, "SGD", SING, "FY2012",
      basis="proposed first and final cash dividend, 1.0 cent per ordinary share"),
    m("special_dividend|special_dividend_per_share|dividend_per_share", 0.006, "SGD", SING, "FY2012",
      basis="proposed, 0.6 cent per ordinary share"),
    m("eps|earnings_per_share", 0.1026, "SGD", SING, "FY2012", prior=0.055),
    m("eps|earnings_per_share", 0.055, "SGD", SING, "FY2011", opt=True),
    m("nav_per_share|net_asset_value_per_share", 0.5068, "SGD", SING, "FY2012"),
    m("nav_per_share_growth|net_asset_value_per_share_growth", 22, "%", SING, "FY2012", basis="year-on-year"),
], [])

# ---------------------------------------------------------------- en08 Indian brokerage calls (CNBC-TV18, a May 2022 page; "Tuesday"): Jefferies underperform on Divi's, FY23/24 EPS -6/-9%, target -10%; Goldman buy 4,850, FY23/24e EPS -3 to -8%; Motilal Oswal buy 4,480; Credit Suisse upgrades Ashok Leyland and Bajaj Auto to buy from outperform, Rs 178 and Rs 4,493; Morgan Stanley overweight Zomato 135 (INR)
# A morning round-up of broker calls. Whole as stored; headline kept (rewritten, word order changed); the byline line
# "By CNBCTV18.com IST (Published)" dropped as page furniture; the closing "(Edited by : Ajay Vaishnav)" credit kept.
# Kept as printed: "FY23/24" and "6/9 percent", "FY 23/24e", "3-8 percent", the targets "4,850", "4,480" and "135" with no
# currency, "to 'buy' from 'outperform'" (a Credit Suisse upgrade between two positive ratings, as printed).
# Periods: Indian fiscal years as the text writes them: "FY23" -> FY2023, "FY24" -> FY2024, "FY22 Q4" -> FY2022Q4.
# Decided: Jefferies "cut the target price by 10 percent" with 'underperform' maintained (lead) -> rating action
# cut_target, rating underperform, no target level (none printed), plus a key -10 % target_price_change metric (news18,
# news35). "Reduced ... FY23/24 EPS estimates by 6/9 percent" -> two key rows, -6 % FY2023 and -9 % FY2024 (slash pairs
# read in order). Goldman "cut the FY 23/24e EPS estimates by 3-8 percent" -> one key negative range (-8, -3) with no
# single period (the span in the basis). "The fourth-quarter numbers were flat" -> optional 0 %. Targets with no
# currency printed on Indian stocks in an Indian broker round-up whose other targets are in Rs -> INR (news8/news18: a
# target with no currency is in the listing's currency). "Maintained 'buy' with a target of 4,850" -> maintain with the
# target (no prior); Credit Suisse "upgraded ... to 'buy' from 'outperform' with a raised target price of Rs 178 ... and
# Rs 4,493 ... respectively" -> two upgrades with prior rating outperform and no prior target (none printed). Not
# labelled: Credit Suisse "raised earnings for all OEMs" (no figure), Motilal's "better-than-expected FY22 Q4" (no figure).
DIVI = "Divi's Labs|Divi's Laboratories|Divis Labs|Divi's Laboratories Ltd|Divi's"
EPSC = "eps_estimate_change|eps_forecast_change|eps_estimate_cut|eps_estimate_revision"
G["en08"] = ([
    m(EPSC, -6, "%", DIVI, "FY2023", basis="Jefferies; reduced"),
    m(EPSC, -9, "%", DIVI, "FY2024", basis="Jefferies; reduced"),
    m("target_price_change|price_target_change", -10, "%", DIVI, basis="Jefferies cut its target price"),
    m("earnings_growth|revenue_growth|q4_growth", 0, "%", DIVI, "FY2022Q4", opt=True,
      basis="fourth-quarter numbers were flat (Jefferies)"),
    m(EPSC, None, "%", DIVI, rng=(-8, -3), basis="Goldman Sachs; FY 23/24e EPS estimates cut by 3-8 percent"),
], [
    ra("Jefferies|Jefferies India", DIVI, "cut_target", "underperform"),
    ra("Goldman Sachs|Goldman", DIVI, "maintain", "buy", target=4850, cur="INR"),
    ra("Motilal Oswal|Motilal Oswal Financial Services|MOFSL|MOSL", DIVI, "maintain", "buy", target=4480, cur="INR"),
    ra("Credit Suisse", "Ashok Leyland|Ashok Leyland Ltd", "upgrade", "buy", "outperform", target=178, cur="INR"),
    ra("Credit Suisse", "Bajaj Auto|Bajaj Auto Ltd", "upgrade", "buy", "outperform", target=4493, cur="INR"),
    ra("Morgan Stanley", "Zomato|Zomato Ltd", "maintain", "overweight", target=135, cur="INR"),
])

# ---------------------------------------------------------------- en09 JSE close with rand, commodities, world indices and results-driven movers (TimesLive / Sunday Times business, September 19, 2019 page; no year printed): all share -0.17% to 56,123.80, top 40 -0.11%, rand R14.6827/$ (flat), R16.2297/€ (-0.17%), R18.3379/£ (unchanged), euro +0.22% to $1.1053, gold +0.29% to $1,498.39, platinum (unnamed) +1.42% to $939.91, Brent +1.42% to $64.50, Dow +0.35% to 27,242.67, seven movers with HEPS figures (ZAR)
# A South African market wrap. Whole as stored: the stored page opens at "At 5.20pm, the rand ..." (no headline or opening
# paragraph in the stored text; none added) and ends with the Kumba/Assore sentence. Kept as printed: "flat" and
# "unchanged" beside rates, "R14.6827/$", "R16.2297/€", "R18.3379/£", "$1,498.39/oz", "55.61c", "101.6c", "1,448.9c",
# "R1.2bn", "R10m and R20m", and the source's omission of the metal's name in "and 1.42% to $939.91" (platinum's level;
# kept without the name). Periods: none (a market wrap; "the year to end-May / end-June" print no year).
# Decided: rand crosses as rates in ZAR on the pair (news19 batch a); "the rand ... had weakened 0.17% to R16.2297/€" ->
# -0.17 on the rand; "flat" / "unchanged" -> optional 0 % moves beside the key levels. The euro's "+0.22% to $1.1053"
# key in USD. "Gold added 0.29% to $1,498.39/oz and 1.42% to $939.91" -> gold's move and level key; the second pair key
# on platinum with gold among the entity alternatives (the text as printed attaches it to gold). Each index move key;
# "the top 40 0.11%" and "industrials 0.18%" share the "fell / dropped" verb -> negative. Each mover's % move and rand
# close key. Blue Label "expects ... HEPS to drop by more than 20%" -> key -20 % guidance (hedge in the basis), the core
# HEPS an optional second row. Mr Price's "exposure of between R10m and R20m" -> key range. Texton "diluted earnings and
# HEPS rose 107.5% to 55.61c" -> key HEPS and growth, the diluted-earnings pair optional (same figures). Caxton, Remgro:
# HEPS and change key. Altron: the "R1.2bn broadband contract" -> key contract value on the City of Tshwane contract
# (Thobela Telecoms and Altron among the alternatives). Not labelled: "5.20pm" (a time), "Nikkei 225", "CAC 40", "top
# 40" (names), "July" (a date).
ALSI = "JSE all share|all share|JSE All-Share Index|FTSE/JSE All Share|ALSI|JSE"
T40 = "top 40|top 40 index|JSE Top 40|FTSE/JSE Top 40"
PC = "price_change|share_price_change"
PX = "price|close_price|share_price"
HEPS = "heps|headline_eps|headline_earnings_per_share"
HEPSG = "heps_growth|heps_change|headline_eps_growth"
BLU = "Blue Label Telecoms|Blue Label"
MRP = "Mr Price|Mr Price Group"
TEX = "Texton|Texton Property Fund"
CAX = "Caxton|Caxton and CTP Publishers and Printers|Caxton & CTP"
ALT = "Altron|Allied Electronics"
REM = "Remgro"
KIO = "Kumba Iron Ore|Kumba"
ASR = "Assore"
G["en09"] = ([
    m("fx_rate|exchange_rate", 14.6827, "ZAR", "rand|USD/ZAR|dollar-rand", basis="flat; at 5.20pm"),
    m("fx_change|currency_change", 0, "%", "rand|USD/ZAR|dollar-rand", opt=True, basis="flat"),
    m("fx_change|currency_change", -0.17, "%", "rand|EUR/ZAR|euro-rand", basis="rand weakened against the euro"),
    m("fx_rate|exchange_rate", 16.2297, "ZAR", "rand|EUR/ZAR|euro-rand"),
    m("fx_rate|exchange_rate", 18.3379, "ZAR", "rand|GBP/ZAR|pound-rand", basis="unchanged"),
    m("fx_change|currency_change", 0, "%", "rand|GBP/ZAR|pound-rand", opt=True, basis="unchanged"),
    m("fx_change|currency_change", 0.22, "%", "euro|EUR/USD|EUR", basis="firmed"),
    m("fx_rate|exchange_rate", 1.1053, "USD", "euro|EUR/USD|EUR"),
    m("price_change|gold_price_change", 0.29, "%", "gold|gold price"),
    m("price|gold_price", 1498.39, "USD", "gold|gold price", basis="per ounce"),
    m("price_change|platinum_price_change", 1.42, "%", "platinum|platinum price|gold",
      basis="metal unnamed in the source (platinum's level)"),
    m("price|platinum_price", 939.91, "USD", "platinum|platinum price|gold", basis="metal unnamed in the source"),
    m("price_change|oil_price_change", 1.42, "%", "Brent crude|Brent|oil"),
    m("price|oil_price", 64.50, "USD", "Brent crude|Brent|oil", basis="a barrel"),
    m("index_change", 0.35, "%", "Dow|Dow Jones|Dow Jones Industrial Average", basis="shortly after the JSE closed"),
    m("index_level|index_close", 27242.67, "points", "Dow|Dow Jones|Dow Jones Industrial Average"),
    m("index_change", 0.62, "%", "FTSE 100|FTSE"),
    m("index_change", 0.65, "%", "CAC 40|CAC"),
    m("index_change", 0.57, "%", "DAX"),
    m("index_change", 0.46, "%", "Shanghai Composite|Shanghai"),
    m("index_change", 0.38, "%", "Nikkei 225|Nikkei"),
    m("index_change", -1.07, "%", "Hang Seng|Hang Seng Index"),
    m("index_change", -0.17, "%", ALSI),
    m("index_level|index_close", 56123.80, "points", ALSI),
    m("index_change", -0.11, "%", T40),
    m("index_change", -1.04, "%", "platinum miners|platinum index|JSE platinum miners"),
    m("index_change", -0.18, "%", "industrials|industrial index|JSE industrials"),
    m(PC, 3.77, "%", BLU), m(PX, 2.75, "ZAR", BLU),
    m("guidance_heps_change|heps_change_guidance|heps_growth", -20, "%", BLU,
      basis="more than; expected decrease, headline EPS, year to end-May"),
    m("guidance_core_heps_change|core_heps_change|heps_growth", -20, "%", BLU, opt=True,
      basis="more than; core headline EPS, same figure"),
    m(PC, 0.79, "%", MRP), m(PX, 159.05, "ZAR", MRP),
    m("financial_exposure|potential_exposure|liability", None, "ZAR", MRP, rng=(10e6, 20e6),
      basis="potential exposure in a supplier investigation"),
    m(PC, 4.73, "%", TEX), m(PX, 3.10, "ZAR", TEX),
    m(HEPS, 0.5561, "ZAR", TEX, basis="55.61c; year to end-June"),
    m(HEPSG, 107.5, "%", TEX, basis="year to end-June"),
    m("diluted_eps|diluted_earnings_per_share", 0.5561, "ZAR", TEX, opt=True, basis="same figure as HEPS"),
    m("diluted_eps_growth|diluted_earnings_growth", 107.5, "%", TEX, opt=True, basis="same figure as HEPS"),
    m(PC, 8.38, "%", CAX), m(PX, 7.50, "ZAR", CAX),
    m(HEPS, 1.016, "ZAR", CAX, basis="101.6c; year to end-June"),
    m(HEPSG, -6.8, "%", CAX, basis="year to end-June"),
    m(PC, 4.17, "%", ALT), m(PX, 25, "ZAR", ALT),
    m("contract_value|deal_value", 1.2e9, "ZAR", "City of Tshwane|Thobela Telecoms|" + ALT,
      basis="municipal broadband contract set aside by a July court judgment"),
    m(PC, 1.56, "%", REM), m(PX, 177.43, "ZAR", REM),
    m(HEPS, 14.489, "ZAR", REM, basis="1,448.9c; year to end-June"),
    m(HEPSG, -4.2, "%", REM, basis="year to end-June"),
    m(PC, -5.33, "%", KIO), m(PX, 392.90, "ZAR", KIO),
    m(PC, -6.16, "%", ASR), m(PX, 277.52, "ZAR", ASR),
], [])

# ---------------------------------------------------------------- en10 Australian August labour force data (Dynamic Business, a September 2011 page; no year printed): unemployment 5.3% (+0.1 "percent"), employment -9,700 to 11,432,600, July 5.1% from 4.9%, full-time -12,600 to 8,034,900, part-time +2,900 to 3,397,600, unemployed +18,400 to 636,800, hours +4.6 million to 1,626.8 million, underutilisation 12.3% (+0.1 pp from May)
# A macro data release. Whole as stored; the stored text has no headline (the address slug is not page text; none added).
# The Westpac strategist's quote is rendered as reported speech, keeping the source's "the Australia economy". Kept as
# printed: "rose 0.1 percent ... to 5.3 percent" (the printed move of a rate, though July's printed rate was 5.1), "from
# 4.9 percent, to 5.1 percent" (with its comma), "12,600 people", "1,626.8 million hours", "0.1 percentage points".
# Periods: "last month", "August", "July", "May" print no year -> none (news24); the month in the basis.
# Decided: the rate's "rose 0.1 percent" -> key +0.1 in the unit as printed (%; news39 batch a), not converted to pp and
# not corrected to July's 5.1; "widely held expectations the rate would remain steady" -> optional 0 pp consensus change
# (no number printed). "When unemployment jumped from 4.9 percent, to 5.1 percent" in July -> key July rate with prior,
# the June 4.9 % an optional row. Employment, full-time, part-time and unemployed: each change and level key in the count
# noun "people"; falls negative. Hours worked "up 4.6 million hours to 1,626.8 million hours" -> key change and level
# (unit "hours"). Underutilisation 12.3 % and "+0.1 percentage points from May" -> key level and key pp change (May's
# level not computed). Not labelled: "10-month high" (a duration).
AUS = "Australia|Australian economy|Australian labour market|ABS|Australian Bureau of Statistics"
G["en10"] = ([
    m("unemployment_rate|jobless_rate", 5.3, "%", AUS, basis="August (last month); 10-month high"),
    m("unemployment_rate_change|jobless_rate_change", 0.1, "%", AUS,
      basis="printed 'rose 0.1 percent' (a rate move written in percent)"),
    m("unemployment_rate_change_consensus|unemployment_rate_consensus", 0, "pp", AUS, opt=True,
      basis="widely expected to remain steady"),
    m("employment_change|jobs_change|employed_change", -9700, "people", AUS, basis="August"),
    m("employment|employed_persons|employed", 11432600, "people", AUS, basis="August"),
    m("unemployment_rate|jobless_rate", 5.1, "%", AUS, prior=4.9, basis="July; jumped"),
    m("unemployment_rate|jobless_rate", 4.9, "%", AUS, opt=True, basis="before July's jump (June)"),
    m("full_time_employment_change|fulltime_employment_change", -12600, "people", AUS),
    m("full_time_employment|fulltime_employment", 8034900, "people", AUS),
    m("part_time_employment_change|parttime_employment_change", 2900, "people", AUS),
    m("part_time_employment|parttime_employment", 3397600, "people", AUS),
    m("unemployed_change|unemployment_change|unemployed_persons_change", 18400, "people", AUS, basis="August"),
    m("unemployed|unemployed_persons|unemployment", 636800, "people", AUS, basis="August"),
    m("hours_worked_change|aggregate_hours_worked_change", 4.6e6, "hours", AUS, basis="monthly aggregate, August"),
    m("hours_worked|aggregate_hours_worked", 1626.8e6, "hours", AUS, basis="monthly aggregate, August"),
    m("underutilisation_rate|labour_underutilisation_rate", 12.3, "%", AUS, basis="August"),
    m("underutilisation_rate_change|labour_underutilisation_rate_change", 0.1, "pp", AUS, basis="from May"),
], [])

# ---------------------------------------------------------------- en11 MPOB July palm oil supply and exports (Bernama via Malay Mail, August 10, 2020 page; no year printed): total stocks -10.55% to 1.698 million t from 1.898 million, CPO stocks -15.42%, processed stocks -4.81%, CPO output -4.14% to 1.807 million t, palm kernel -3.51%, exports +4.19% to 1.782 million t, oleochemicals -10.01%, biodiesel +143.26%, palm kernel oil +4.07%, palm kernel cake -28.36% (tonnes)
# A commodity supply-and-demand release. Whole as stored, closing "— Bernama" credit kept; the photo caption before the
# dateline ("A worker trims leaves ... — AFP pic") dropped as furniture; no headline in the stored text (none added).
# Kept as printed: "KUALA LUMPUR, Aug 10 —", "829, 372 tonnes" (the space after the comma), "465,712 tonnes ." (the space
# before the full stop), "1.898 million tonnes", "143.26 per cent".
# Periods: "July", "June", "Aug 10" print no year -> none (news24); the month in the basis.
# Decided: each of the ten series reads "fell / rose N per cent to X from / against / compared with / versus Y" in one
# sentence -> a key % change, a key July level with the June level as prior, and an optional June row (news30 batch b,
# news36-news40). "829, 372" is read as 829372. Declines negative. Tonnes are the count noun "tonnes"; entity Malaysia
# (MPOB among the alternatives), the product in the metric name.
MY = "Malaysia|Malaysian palm oil|MPOB|Malaysian Palm Oil Board"
JUL, JUN = "July", "June (previous month)"
SERIES = [
    ("palm_oil_stocks|total_palm_oil_stocks|stocks|inventory", -10.55, 1.698e6, 1.898e6),
    ("cpo_stocks|crude_palm_oil_stocks|stocks", -15.42, 868664, 1.027e6),
    ("processed_palm_oil_stocks|stocks", -4.81, 829372, 871296),
    ("cpo_production|crude_palm_oil_production|production|output", -4.14, 1.807e6, 1.885e6),
    ("palm_kernel_production|palm_kernel_output|production|output", -3.51, 449347, 465712),
    ("palm_oil_exports|exports", 4.19, 1.782e6, 1.710e6),
    ("oleochemical_exports|exports", -10.01, 247187, 274679),
    ("biodiesel_exports|exports", 143.26, 38974, 16022),
    ("palm_kernel_oil_exports|exports", 4.07, 100115, 96201),
    ("palm_kernel_cake_exports|exports", -28.36, 227494, 317534),
]
rows11 = []
for metric, chg, level, prev in SERIES:
    growth = "|".join(a + "_change" for a in metric.split("|")) + "|" + "|".join(a + "_growth" for a in metric.split("|"))
    rows11.append(m(growth, chg, "%", MY, basis="month on month, July vs June"))
    rows11.append(m(metric, level, "tonnes", MY, prior=prev, basis=JUL))
    rows11.append(m(metric, prev, "tonnes", MY, opt=True, basis=JUN))
G["en11"] = (rows11, [])

# ---------------------------------------------------------------- en12 Saudi Aramco IPO final pricing (Argaam, betatesting.argaam.com; a December 2019 page; no year printed): SAR 32 per share, SAR 446 billion raised, 465% oversubscribed, institutional orders SAR 397 billion, 33.3%/0.5% retail and 66.7%/1% institutional, 450 million over-allotment shares (up to 15%), 3.45 billion shares worth SAR 110.4 billion if exercised, and a tranche table (SAR)
# An IPO pricing story with a tranche table. Whole as stored; the comments widget after the table dropped as furniture;
# no headline in the stored text (none added). The table is kept as a table (its column labels reworded; every figure,
# "--" and "%" as printed). Kept as printed: "SAR 32", "raised SAR 446 billion" (the page's word for the orders), "465%
# oversubscribed", "33.3% of shares (0.5% of the company's capital)", "equal to up to 15%", "30 calendar days".
# Periods: none (an IPO; no year printed).
# Decided: the final price, the SAR 446 billion, the 465 % and the SAR 397 billion are key from the prose; the table's
# "446.0", "397.0" and total "465%" repeat them (optional). The table's new figures are key: retail subscribers 4.91 mln
# (count noun "subscribers"), retail funds SAR 49.00 bln, retail shares subscribed 1.53 bln and offered 1.00 bln, retail
# coverage 153 %, institutional shares offered 2.00 bln, total shares offered 3.00 bln. The tranche split (33.3 % / 66.7 %
# of the shares, 0.5 % / 1 % of the capital) key. The over-allotment "450 million additional shares, equal to up to 15%"
# -> key share count and key % with the hedge in the basis; the offering "3.45 billion shares worth SAR 110.4 billion"
# if the option is exercised in whole -> key with the condition in the basis. Not labelled: "30 calendar days" (a term).
ARAMCO = "Saudi Aramco|Aramco|Saudi Arabian Oil Co|Saudi Arabian Oil Company"
G["en12"] = ([
    m("ipo_price|offer_price|final_offer_price|final_price", 32, "SAR", ARAMCO, basis="final, per share"),
    m("funds_raised|ipo_orders|orders|subscriptions|ipo_demand", 446e9, "SAR", ARAMCO,
      basis="printed 'raised' from the retail and institutional tranches"),
    m("oversubscription|coverage_ratio|subscription_ratio", 465, "%", ARAMCO, basis="465% oversubscribed"),
    m("institutional_orders|orders|funds_raised", 397e9, "SAR", ARAMCO, basis="institutional tranche"),
    m("retail_allocation|retail_tranche_share|tranche_share", 33.3, "%", ARAMCO, basis="of shares offered, retail"),
    m("retail_stake_offered|stake_offered|share_of_capital", 0.5, "%", ARAMCO, basis="of the company's capital, retail"),
    m("institutional_allocation|institutional_tranche_share|tranche_share", 66.7, "%", ARAMCO,
      basis="of shares offered, institutional"),
    m("institutional_stake_offered|stake_offered|share_of_capital", 1, "%", ARAMCO,
      basis="of Aramco's capital, institutional"),
    m("overallotment_shares|over_allotment|greenshoe_shares|additional_shares", 450e6, "shares", ARAMCO,
      basis="stabilizing manager's option, at the final price"),
    m("overallotment_ratio|over_allotment_share|greenshoe_size", 15, "%", ARAMCO,
      basis="up to; of the total number of shares sold"),
    m("offering_size|total_offering_shares|ipo_shares", 3.45e9, "shares", ARAMCO,
      basis="if the option is exercised in whole"),
    m("offering_value|ipo_size|deal_value|offering_size", 110.4e9, "SAR", ARAMCO,
      basis="if the option is exercised in whole"),
    m("retail_subscribers|subscribers|number_of_subscribers", 4.91e6, "subscribers", ARAMCO, basis="table, retail"),
    m("retail_funds_raised|retail_orders|funds_raised", 49.00e9, "SAR", ARAMCO, basis="table, retail"),
    m("retail_shares_subscribed|shares_subscribed", 1.53e9, "shares", ARAMCO, basis="table, retail"),
    m("retail_shares_offered|shares_offered", 1.00e9, "shares", ARAMCO, basis="table, retail"),
    m("retail_coverage_ratio|coverage_ratio|oversubscription", 153, "%", ARAMCO, basis="table, retail"),
    m("institutional_orders|funds_raised", 397.0e9, "SAR", ARAMCO, opt=True, basis="table repeat, institutions"),
    m("institutional_shares_offered|shares_offered", 2.00e9, "shares", ARAMCO, basis="table, institutions"),
    m("funds_raised|ipo_orders|orders", 446.0e9, "SAR", ARAMCO, opt=True, basis="table repeat, total"),
    m("shares_offered|ipo_shares|offering_size", 3.00e9, "shares", ARAMCO, basis="table, total"),
    m("oversubscription|coverage_ratio", 465, "%", ARAMCO, opt=True, basis="table repeat, total"),
], [])
