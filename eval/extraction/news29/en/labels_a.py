# Hand-written gold labels for news29/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news28/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# compared with Y" / "X as against Y" value of the same quantity is the prior, a revised reading keeps its first-reported
# value as prior and as an optional row (news22), an earlier period's reading in its own sentence is its own key row
# (news24, news26), a bracketed previous-period reading in the same sentence is the prior and also an optional row
# (news25), periods only where the text states or clearly implies the year, fiscal periods as the text names them
# (news17), market moves and auction terms carry no period, broker targets only in rating actions with pence scaled to
# GBP (news18), a bracketed currency conversion an optional row (dev corpus, news20), repeats and headline restatements
# optional, crore = 1e7 (news15), barrels as a count noun and barrels per day as "b/d" (news22), a size printed without
# its scale word read at the scale the passage itself confirms with the printed form in the basis (news26)).

# ---------------------------------------------------------------- en01 NTPC fourth quarter FY22: standalone net profit and growth, year-ago profit, revenue, EBITDA and margin with year-ago priors, final and interim dividend per share, share close (Business Today, 2022; INR crore)
# An Indian power utility's quarter; the stored text has no headline (none added). Period: "the fourth quarter ended 31
# March, 2022" and "Q4 FY22" -> FY2022Q4 (Indian fiscal year named by the year it ends in); "the year-ago period" ->
# FY2021Q4; the dividends are "for the financial year 2021-22" -> FY2022. Net profit "rise of 25.5 per cent ... at Rs
# 5,622 crore" -> level and growth key, basis standalone (the only basis the text gives; no consolidated figure is
# printed). "The company had reported a profit of Rs 4,479 crore in the year-ago period" is its own sentence -> its own
# key row (FY2021Q4), not a prior. Revenue from operations "23.8 per cent to Rs 32,905 crore, as against Rs 26,567 crore
# a year earlier" -> level with the year-ago prior (same sentence) and growth key. EBITDA "Rs 11,426 crore ..., against
# Rs 7,773 in the year-ago period" -> key with prior; the year-ago figure is printed without "crore" and is read at the
# crore scale the sentence itself uses (7773e7; printed form in basis; the literal Rs 7,773 is not a plausible EBITDA, so
# no literal row). Margins "to 31 per cent ... compared with 26 per cent" -> key EBITDA margin with prior. Final dividend
# Rs 3 per share key; interim dividend printed "R 4" (the source's dropped "s") -> key 4 INR, printed form in basis.
# Share close "0.91 per cent higher at Rs 149.35" -> price and % move key (no period). Not labelled: 31 March, February
# 2022 (dates), "Annual General Meeting".
NT = "NTPC|NTPC Ltd|NTPC Limited"
Q, PQ, FY = "FY2022Q4", "FY2021Q4", "FY2022"
G["en01"] = ([
    m("net_profit|net_income|standalone_net_profit|profit", 5622e7, "INR", NT, Q, basis="standalone"),
    m("net_profit_growth|net_income_growth|profit_growth", 25.5, "%", NT, Q, basis="standalone"),
    m("net_profit|net_income|standalone_net_profit|profit", 4479e7, "INR", NT, PQ, basis="standalone, year-ago period"),
    m("revenue|revenue_from_operations|revenues|sales", 32905e7, "INR", NT, Q, prior=26567e7),
    m("revenue_growth|revenue_from_operations_growth|sales_growth", 23.8, "%", NT, Q),
    m("ebitda", 11426e7, "INR", NT, Q, prior=7773e7, basis="year-ago printed 'Rs 7,773' without crore"),
    m("ebitda_margin|margin|operating_margin", 31, "%", NT, Q, prior=26),
    m("final_dividend|dividend_per_share|dividend|dps", 3, "INR", NT, FY, basis="final, recommended, per equity share"),
    m("interim_dividend|dividend_per_share|dividend|dps", 4, "INR", NT, FY,
      basis="interim, paid February 2022, printed 'R 4'"),
    m("price|share_price|closing_price", 149.35, "INR", NT, basis="BSE close"),
    m("price_change|share_price_change|stock_change", 0.91, "%", NT),
], [])

# ---------------------------------------------------------------- en02 Japan Airlines first half: operating profit and fall, net profit against a year-earlier loss, pretax profit, sales, full-year operating-profit and sales forecasts cut, net and pretax forecasts unchanged (Japan Times, 2006; JPY)
# A Japanese airline's half year with a revised forecast for the year to March; the stored text has no headline (none
# added). Period: the text names JAL's business years by calendar year ("a loss in the 2005 business year", "the first
# half of 2006" for the April-September half, "pledged to return to profitability in 2006") -> the half is FY2006H1 and
# "the full year to March 31" is FY2006 (decided: a fiscal year is named as the text names it, news17; the year to March
# 2007 is not renamed FY2007 when the text itself calls it 2006); the year-ago half is FY2005H1 but carries no row of its
# own. Operating profit "dropped 48.3 percent ... to 8.1 billion yen" -> level and -48.3 key. Net profit "1.5 billion
# yen, compared with a net loss of 12 billion yen in the same period a year ago" -> key with the loss as prior (-12e9,
# same sentence). Pretax 5.3 billion and -45.5 % key; sales 1.15 trillion and +3.4 % key. Forecasts: operating profit 13
# billion "down 4 billion yen from its initial forecast" and sales 2.28 trillion "down 20 billion yen from the initial
# forecast" -> key forecast rows plus key signed revision rows (-4e9, -20e9; the printed change an analyst keeps); the
# initial values are not printed and are not computed (no prior). Net profit 3 billion and pretax 500 million "both
# unchanged from the initial projections" -> key forecast rows, no prior (news25: "unchanged at" has no prior). Not
# labelled: "four-year plan covering 2007 to 2010" (a span), April, March 31, February (dates).
JAL = "Japan Airlines|Japan Airlines Corp.|Japan Airlines Corp|JAL"
H, FY = "FY2006H1", "FY2006"
G["en02"] = ([
    m("operating_profit|operating_income", 8.1e9, "JPY", JAL, H, basis="consolidated, April-September half"),
    m("operating_profit_growth|operating_income_growth", -48.3, "%", JAL, H),
    m("net_profit|net_income", 1.5e9, "JPY", JAL, H, prior=-12e9, basis="group; year-ago net loss"),
    m("pretax_profit|profit_before_tax|pre_tax_profit|recurring_profit", 5.3e9, "JPY", JAL, H, basis="group"),
    m("pretax_profit_growth|profit_before_tax_growth|pre_tax_profit_growth", -45.5, "%", JAL, H),
    m("revenue|sales|group_sales|revenues", 1.15e12, "JPY", JAL, H, basis="group"),
    m("revenue_growth|sales_growth", 3.4, "%", JAL, H),
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 13e9, "JPY", JAL, FY,
      basis="group, full year to March 31, revised down"),
    m("guidance_operating_profit_revision|operating_profit_forecast_change|operating_profit_forecast_revision", -4e9,
      "JPY", JAL, FY, basis="from initial forecast"),
    m("guidance_revenue|guidance_sales|revenue_guidance|sales_forecast|revenue_forecast", 2.28e12, "JPY", JAL, FY,
      basis="group, cut"),
    m("guidance_revenue_revision|sales_forecast_change|sales_forecast_revision|revenue_forecast_revision", -20e9, "JPY",
      JAL, FY, basis="from initial forecast"),
    m("guidance_net_profit|net_profit_guidance|net_profit_forecast|net_income_forecast", 3e9, "JPY", JAL, FY,
      basis="consolidated, unchanged"),
    m("guidance_pretax_profit|pretax_profit_guidance|pretax_profit_forecast", 500e6, "JPY", JAL, FY,
      basis="group, unchanged"),
], [])

# ---------------------------------------------------------------- en03 EIA weekly oil report: crude build against a Reuters-poll draw, stocks level, Cushing, Brent and U.S. crude prices and moves, refinery runs and utilization, gasoline and distillate draws against expectations, net imports and exports (Reuters copy via Sudan Events; no year printed)
# A U.S. weekly petroleum-status report with the futures reaction; headline kept. No year is printed ("the week ending
# August 9th") -> no periods (weekly stocks and market moves carry none anyway). Stocks and changes take barrels as a
# count noun; daily rates "b/d" (news22); entities are the stock series (crude, Cushing, gasoline, distillates), the
# refineries, imports and exports, each with U.S. as an alternative where it fits. Crude: +1.36 million to 430.7
# million key; the Reuters poll's "decrease of 2.2 million barrels" -> key consensus -2.2e6 (declines negative); Cushing
# -1.7 million key. Prices: Brent "$80.32 per barrel, down about 37 cents" -> level and -0.37 USD key (hedge keeps the
# number; the 14:48 GMT time not labelled); U.S. crude "63 cents lower at $77.72" -> level and -0.63 key. Refineries:
# crude consumption +65,000 b/d key; utilization "by one percentage point to 91.5%" -> level key and +1 pp key (word
# figure). Gasoline -2.9 million to 222.2 million with the expected -1.3 million key; "more than double" the expected
# decline -> optional 2 x (news27: a word multiple is optional where both figures are labelled). Distillates -1.7 million
# to 126.1 million, expected -520,000 key. Net crude imports -57,000 b/d to 2.53 million b/d and exports +118,000 b/d to
# 3.76 million b/d -> key change and level rows (the "to" level is not a prior).
US = "U.S.|United States|US"
CR = "U.S. crude inventories|U.S. crude oil inventories|crude inventories|crude stocks|U.S. crude stocks"
CU = "Cushing|Cushing, Oklahoma|Cushing delivery hub|Cushing crude stocks"
GS = "U.S. gasoline inventories|gasoline inventories|gasoline stocks|gasoline"
DS = "U.S. distillate inventories|distillate inventories|distillate stocks|distillates"
BR = "Brent|Brent crude|Brent crude futures"
WT = "U.S. crude|U.S. crude futures|WTI|West Texas Intermediate"
RF = "U.S. refineries|refineries|refinery|" + US
IM = "U.S. net crude imports|net crude imports|crude imports|" + US
EX = "U.S. crude exports|crude exports|exports|" + US
INVCH = "inventory_change|stocks_change|stockpile_change|crude_inventory_change"
INV = "inventories|stocks|inventory_level|crude_inventories"
INVC = "inventory_change_consensus|inventory_change_forecast|stocks_change_consensus|inventory_change_expected"
G["en03"] = ([
    m(INVCH, 1.36e6, "barrels", CR, basis="week ending August 9th, EIA"),
    m(INV, 430.7e6, "barrels", CR),
    m(INVC, -2.2e6, "barrels", CR, basis="Reuters poll"),
    m(INVCH, -1.7e6, "barrels", CU),
    m("price|oil_price|futures_price|brent_price", 80.32, "USD", BR, basis="per barrel, at 14:48 GMT"),
    m("price_change|oil_price_change|futures_change", -0.37, "USD", BR, basis="about 37 cents"),
    m("price|oil_price|futures_price|wti_price", 77.72, "USD", WT, basis="per barrel"),
    m("price_change|oil_price_change|futures_change", -0.63, "USD", WT),
    m("refinery_runs_change|refinery_crude_runs_change|crude_runs_change|refinery_crude_consumption_change", 65000,
      "b/d", RF),
    m("refinery_utilization|refinery_utilization_rate|capacity_utilization|utilization_rate", 91.5, "%", RF),
    m("refinery_utilization_change|utilization_change|capacity_utilization_change", 1, "pp", RF),
    m(INVCH, -2.9e6, "barrels", GS),
    m(INV, 222.2e6, "barrels", GS),
    m(INVC, -1.3e6, "barrels", GS, basis="expectations"),
    m("inventory_change_vs_consensus|multiple_of_expected|ratio", 2, "x", GS, opt=True,
      basis="more than double the expected decline"),
    m(INVCH, -1.7e6, "barrels", DS),
    m(INV, 126.1e6, "barrels", DS),
    m(INVC, -520000, "barrels", DS, basis="expectations"),
    m("net_imports_change|net_crude_imports_change|imports_change", -57000, "b/d", IM),
    m("net_imports|net_crude_imports|imports", 2.53e6, "b/d", IM),
    m("exports_change|crude_exports_change", 118000, "b/d", EX),
    m("exports|crude_exports", 3.76e6, "b/d", EX),
], [])

# ---------------------------------------------------------------- en04 Italy's 10-year BTP auction: size with dollar conversion, yield, bid-to-cover, 2014 bonds sold, 10-year yield fall since ECB buying, austerity plan, BTP-Bund spread and record, maturing bills and bond needs (Bloomberg via BusinessWeek, 2011; EUR)
# A sovereign auction story with the secondary market; headline and date line kept, page furniture (the "Bloomberg
# News" label, editors' and contact lines, promotional links) dropped. Auction terms and market levels carry no period
# (news23, news26); the "August 30, 2011" date line dates the funding calendar: "this year" -> 2011 and "in September"
# -> 2011-09. Auction: "3.75 billion euros ($5.4 billion) of 10-year securities" -> key size, dollar conversion
# optional; yield 5.22 % key; "Demand was 1.27 times the amount on offer" -> key bid-to-cover 1.27 x; the headline's
# size and yield -> optional repeats; "2.99 billion euros of bonds maturing in 2014" -> key size of a second line (2014 is
# a maturity, not a period). Secondary: the benchmark 10-year yield "has dropped more than 100 basis points since" Aug. 8
# -> key -100 bp (the bound keeps the number; span in basis). The "45.5 billion-euro austerity plan" -> key (a fiscal
# package size). Spread "rose 10 basis points to 296 basis points ... compared with a euro-era record of 416 basis
# points on Aug. 5" -> level and +10 bp key; the record is a historic comparison -> optional row, not a prior (a
# different date's extreme, not the previous level of this move). Funding: 9 billion euros of bills maturing Aug. 31
# (period None: one redemption date, basis), 75 billion euros of bills maturing this year (2011), about 80 billion
# euros of bonds to sell (2011, same sentence), about 46 billion euros of bonds maturing in September (2011-09) -> key.
# Not labelled: "three weeks ago", Aug. 8, Aug. 5, Aug. 31, 11:21 a.m. (dates and times), "10-year" (tenor).
IT = "Italy|Italian Treasury|Italian government|Treasury"
IT10 = "Italy 10-year BTP|Italian 10-year bonds|10-year BTPs|10-year BTP|BTP|" + IT
IT14 = "Italy 2014 bonds|bonds maturing in 2014|" + IT
SP = "BTP-Bund spread|Italy-Germany 10-year spread|Italian 10-year bonds over German bunds|" + IT
SIZE = "auction_size|amount_sold|issue_size|amount_issued"
AY = "auction_yield|average_yield|yield"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
G["en04"] = ([
    m(SIZE, 3.75e9, "EUR", IT10),
    m(SIZE, 5.4e9, "USD", IT10, opt=True),                                                   # ($5.4 billion)
    m(SIZE, 3.75e9, "EUR", IT10, opt=True, basis="headline repeat"),
    m(AY, 5.22, "%", IT10),
    m(AY, 5.22, "%", IT10, opt=True, basis="headline repeat"),
    m(BTC, 1.27, "x", IT10),
    m(SIZE, 2.99e9, "EUR", IT14),
    m("yield_change|bond_yield_change", -100, "bp", "Italy benchmark 10-year bond|" + IT10,
      basis="more than, since ECB buying began Aug. 8"),
    m("austerity_plan|austerity_package|fiscal_package|austerity_plan_size", 45.5e9, "EUR", IT),
    m("yield_spread|spread|bond_spread|risk_premium", 296, "bp", SP, basis="over German bunds"),
    m("spread_change|yield_spread_change|bond_spread_change", 10, "bp", SP),
    m("yield_spread|spread|bond_spread|risk_premium", 416, "bp", SP, opt=True, basis="euro-era record on Aug. 5"),
    m("maturing_bills|bills_maturing|debt_maturing|redemptions", 9e9, "EUR", IT, basis="bills maturing Aug. 31"),
    m("maturing_bills|bills_maturing|debt_maturing|redemptions", 75e9, "EUR", IT, "2011",
      basis="bills still maturing this year"),
    m("bond_sales_needed|funding_requirement|planned_bond_sales|issuance_needs", 80e9, "EUR", IT, "2011",
      basis="about, for redemptions and the budget deficit"),
    m("maturing_bonds|bonds_maturing|debt_maturing|redemptions", 46e9, "EUR", IT, "2011-09", basis="about"),
], [])

# ---------------------------------------------------------------- en05 Australian August labour force: jobs gain against forecast, revised July, full- and part-time changes, unemployment and participation rates, hours worked, working-age population, state jobless rates (Adviser Voice, 2010 page; no year printed)
# A monthly labour-force release in bullet form; the stored text opens with the section label "Labour force" (kept as
# the first line; no headline added). The country is not named, but the state list (NSW, Victoria, Queensland, ...)
# makes it Australia -> entity Australia. No year is printed ("in August", "a 19 month low") -> no periods; the month
# goes into the basis. Employment +30,900 key; "forecasts centred on job gains of around 29,000" -> key consensus (hedge
# keeps the number). July "revised up to show job growth of 25,000 (previously showed a rise of 23,500)" -> key 25,000
# with the first estimate as prior and as an optional row (news22). Full-time +53,100 "(July down 9,600)" and part-time
# -22,100 "(July rose by 34,700)" -> key August rows with the bracketed July readings as priors and as optional rows
# (news25 rule for a bracketed previous-period reading in the same sentence). Unemployment rate "fell from 5.3 per cent
# to 5.1 per cent" -> key with prior; the two-decimal restatement 5.12 from 5.31 -> optional (same reading, more
# precision). Participation 65.4 from 65.5 key with prior. Average hours worked +0.9 % (m/m) and hours worked +4.4 %
# "over the year" -> key, told apart by basis. Working age population +32,000 key (people). States: eight August
# jobless rates with the bracketed July rate as prior and as an optional July row ("Victoria 5.5 per cent (5.5 per
# cent)" takes the July meaning from the NSW pattern). Not labelled: "19 month low", "first time in three months",
# "two decimal points".
AU = "Australia|Australian economy|Australian labour market|Australian labour force"
UR = "unemployment_rate|jobless_rate"
STATES = [("NSW|New South Wales", 5.0, 5.5), ("Victoria|VIC", 5.5, 5.5), ("Queensland|QLD", 5.4, 5.6),
          ("South Australia|SA", 5.4, 5.1), ("Western Australia|WA", 4.5, 4.4), ("Tasmania|TAS", 6.0, 6.6),
          ("Northern Territory|NT", 3.0, 2.9), ("ACT|Australian Capital Territory", 3.1, 3.2)]
G["en05"] = ([
    m("employment_change|jobs_change|employment_growth|job_gains", 30900, "jobs", AU, basis="August"),
    m("employment_change_consensus|employment_change_forecast|jobs_forecast|employment_forecast", 29000, "jobs", AU,
      basis="around, forecasts centred on"),
    m("employment_change|jobs_change|employment_growth|job_gains", 25000, "jobs", AU, prior=23500,
      basis="July, revised up"),
    m("employment_change|jobs_change|employment_growth|job_gains", 23500, "jobs", AU, opt=True,
      basis="July, previously reported"),
    m("full_time_employment_change|fulltime_employment_change|full_time_jobs_change", 53100, "jobs", AU, prior=-9600,
      basis="August"),
    m("full_time_employment_change|fulltime_employment_change|full_time_jobs_change", -9600, "jobs", AU, opt=True,
      basis="July"),
    m("part_time_employment_change|parttime_employment_change|part_time_jobs_change", -22100, "jobs", AU, prior=34700,
      basis="August"),
    m("part_time_employment_change|parttime_employment_change|part_time_jobs_change", 34700, "jobs", AU, opt=True,
      basis="July"),
    m(UR, 5.1, "%", AU, prior=5.3, basis="August"),
    m(UR, 5.12, "%", AU, prior=5.31, opt=True, basis="to two decimal points, 19 month low"),
    m("participation_rate|labour_force_participation_rate", 65.4, "%", AU, prior=65.5),
    m("hours_worked_change|average_hours_worked_change|hours_worked_growth", 0.9, "%", AU,
      basis="average hours worked, month"),
    m("hours_worked_change|hours_worked_growth|hours_worked_growth_yoy", 4.4, "%", AU, basis="over the year"),
    m("working_age_population_change|working_age_population_growth|population_growth", 32000, "people", AU,
      basis="August"),
] + [m(UR, v, "%", s + "|" + AU, prior=p, basis="August, state/territory") for s, v, p in STATES]
  + [m(UR, p, "%", s + "|" + AU, opt=True, basis="July, state/territory") for s, v, p in STATES], [])

# ---------------------------------------------------------------- en06 London broker round-up: 27 calls on 20 stocks — target raises and cuts with ratings kept, reiterations, up- and downgrades with and without targets (ShareCompare, 2012; pence -> GBP)
# A UK morning broker round-up; headline and date/time line kept; the stored page runs the entries together without
# spaces after the full stops (".Avon Rubber"), normalised here to one entry per line (a paragraph-break normalisation);
# the list stops before the half-stored last entry ("BC"). No metrics: every figure is a broker target. Targets in pence
# are scaled to GBP (news18: "3,100p" -> 31.00). Actions (dev corpus, news3): rating kept and target moved ->
# raise_target / cut_target with the kept rating; "reiterates ... and 230p target" -> reiterate; "maintains" /
# "stays with" / "keeps ... rating and ... target" -> maintain (key: each is an entry of the round-up, not an incidental
# standing rating); "downgrades from buy to neutral, 755p target left unchanged" -> downgrade with the target and no
# prior target (decided: an "unchanged" target has no printed old value, as news25's "unchanged at" has no prior);
# "upgrades to buy, cutting its target from 440p to 270p" -> upgrade with both targets (news25); a rating change with no
# target ("Liberum Capital downgrades to hold") -> no target. Prior ratings only where printed ("from buy to neutral",
# "to underperform from neutral"). Ratings normalised lower-case; RBC's "sector performer" -> "sector perform"; Singer's
# "fair value" kept as its rating. Broker and company alternatives include usual short names.
JEF = "Jefferies"
INV_ = "Investec|Investec Securities"
LIB = "Liberum Capital|Liberum"
BAML = "Bank of America Merrill Lynch|BofA Merrill Lynch|BofAML|Merrill Lynch|Bank of America"
IHG = "InterContinental Hotels|InterContinental Hotels Group|IHG"
STAN = "Standard Chartered|Standard Chartered plc|StanChart|STAN"
G["en06"] = ([], [
    ra(JEF, "AstraZeneca|AstraZeneca plc|AZN", "raise_target", "hold", target=31.00, prior_target=29.75, cur="GBP"),
    ra(INV_, "Avon Rubber|Avon Rubber plc", "reiterate", "hold", target=3.15, cur="GBP"),
    ra(JEF, "BTG|BTG plc", "maintain", "hold", target=4.10, cur="GBP"),
    ra(JEF, "Cobham|Cobham plc", "reiterate", "buy", target=2.30, cur="GBP"),
    ra(INV_, "Cobham|Cobham plc", "maintain", "sell", target=2.00, cur="GBP"),
    ra(INV_, "Dee Valley|Dee Valley Group", "raise_target", "hold", target=12.52, prior_target=12.45, cur="GBP"),
    ra("UBS", "Heritage Oil|Heritage Oil plc", "raise_target", "buy", target=2.50, prior_target=1.90, cur="GBP"),
    ra("UBS", "Hikma|Hikma Pharmaceuticals", "downgrade", "neutral", "buy", target=7.55, cur="GBP"),
    ra(LIB, "IAG|International Airlines Group|International Consolidated Airlines Group", "downgrade", "hold"),
    ra("UBS", IHG, "raise_target", "sell", target=12.30, prior_target=11.30, cur="GBP"),
    ra("Natixis", IHG, "raise_target", "buy", target=19.00, prior_target=16.90, cur="GBP"),
    ra("Nomura", IHG, "raise_target", "neutral", target=16.70, prior_target=14.72, cur="GBP"),
    ra("JPMorgan Cazenove|JPMorgan|JP Morgan Cazenove|J.P. Morgan Cazenove", IHG, "downgrade", "neutral"),
    ra(BAML, "Melrose|Melrose Industries|Melrose plc", "upgrade", "buy", target=2.70, prior_target=4.40, cur="GBP"),
    ra(LIB, "National Grid|National Grid plc", "upgrade", "buy"),
    ra("UBS", "Premier Foods|Premier Foods plc", "cut_target", "sell", target=0.70, prior_target=1.00, cur="GBP"),
    ra(INV_, "Redefine International|Redefine International plc|Redefine", "maintain", "buy", target=0.40, cur="GBP"),
    ra("Numis|Numis Securities", "Secure Trust Bank|Secure Trust Bank plc", "downgrade", "hold", target=11.67,
       prior_target=12.23, cur="GBP"),
    ra("UBS", "Serco|Serco Group", "downgrade", "neutral", "buy", target=6.00, cur="GBP"),
    ra(BAML, "Smiths Group|Smiths Group plc|Smiths", "downgrade", "underperform", "neutral", target=11.50, cur="GBP"),
    ra("Singer Capital Markets|Singer", "Spirent Communications|Spirent", "downgrade", "fair value", target=1.57,
       prior_target=1.75, cur="GBP"),
    ra("Credit Suisse", STAN, "maintain", "neutral", target=14.60, cur="GBP"),
    ra("Redburn", STAN, "downgrade", "neutral"),
    ra("RBC Capital Markets|RBC", STAN, "downgrade", "sector perform"),
    ra("Berenberg", STAN, "upgrade", "buy"),
    ra(INV_, "Tate & Lyle|Tate and Lyle", "maintain", "hold", target=6.50, cur="GBP"),
    ra("UBS", "Telecity|TelecityGroup|Telecity Group", "raise_target", "buy", target=9.75, prior_target=9.00,
       cur="GBP"),
])
