# Hand-written gold labels for news25/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news24/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# compared with Y" / "X against Y" / "X instead of Y" value of the same quantity is the prior, a revised reading keeps
# its first-reported value as prior and as an optional row (news22), periods only where the text states or clearly
# implies the year, fiscal periods by the year they end in (news17), a quarter-end ratio dated by its reporting quarter
# (news20), a span that fits no period format has period None and the span in basis (news16), market moves carry no
# period, broker targets only in rating actions, an implied upside or downside of a target a key metric (news6), a
# bracketed currency conversion an optional row (dev corpus, news20), analyst counts and trivia optional, segments
# their own entities (news5, news21), prices per barrel / per mcf / per boe with the currency as unit and the measure in
# basis, daily output in boe/d and b/d (news18, news21)).

# ---------------------------------------------------------------- en01 Sony raises its forecasts for the year to March 2011: net income and operating profit, Bloomberg consensus, first-quarter profit (Bloomberg copy via Gulf News, 2010; JPY, AED)
# A Japanese company's quarterly result with a revised full-year forecast. The stored page has no headline (none added);
# its two subheads "New focus" and "Net income" are kept. Periods: "the year ending March 2011" -> FY2011 (fiscal year
# named by the year it ends in, news17). The first quarter is the one just reported ("last quarter"), and the forecast
# year runs on with "the nine months from July 1" -> the April-June quarter of that year, FY2011Q1 (decided here: a
# quarter reported together with a forecast for "the year ending March 2011" whose remaining "nine months from July 1"
# the same text names is clearly that year's first quarter). Forecasts: net income "60 billion yen (Dh2.5 billion) ...
# compared with an earlier projection of 50 billion yen" -> key guidance with prior (same sentence), the dirham
# conversion optional (AED); operating profit "180 billion yen, compared with the 160 billion yen forecast in May" ->
# key with prior. Share move before the announcement: +0.1 % and the 2,611 yen close key, "narrowing its loss this
# year to 2.2 per cent" -> key -2.2 % with basis year to date (news21: a stock's own year-to-date move in a results story
# is key). Bloomberg's average of 22 estimates -> key consensus rows for net income, operating profit and revenue,
# dated FY2011: they sit beside the full-year forecasts and the 7.5 trillion yen of revenue can only be a year's; the
# count 22 optional. First-quarter net income 25.7 billion yen "compared with a 37.1 billion yen loss recorded a year
# earlier" -> key with the loss as a negative prior (news22: a prior loss is a negative prior); the median estimate of
# "a shortfall of 18 billion yen" -> key consensus -18e9 (news21: an expected loss is a negative consensus), its count
# of six analysts optional. Maintained sales forecast "a 5 per cent increase ... to 7.6 trillion yen" -> key growth and
# key level (basis maintained, no prior). Currency assumptions: dollar "unchanged at 90 yen" -> key, no prior (news14:
# "unchanged" prints no earlier value); euro "to 110 yen from 125 yen for the nine months from July 1" -> key with prior
# 125, period None with the span in basis (news16). The Deutsche Bank analyst "has a 'hold' rating on the stock" ->
# optional maintain (news21: a standing rating, not a new action). Not labelled: "number three" (a rank), "3-D", "May",
# "last month", "July 1".
SONY = "Sony|Sony Corp|Sony Corp.|Sony Corporation"
FY, Q = "FY2011", "FY2011Q1"
GNI = "guidance_net_income|net_income_forecast|net_income_guidance|net_income"
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance|operating_profit"
FX = "exchange_rate_assumption|fx_assumption|currency_assumption|exchange_rate"
G["en01"] = ([
    m(GNI, 60e9, "JPY", SONY, FY, prior=50e9),
    m(GNI, 2.5e9, "AED", SONY, FY, opt=True),                                                        # (Dh2.5 billion)
    m(GOP, 180e9, "JPY", SONY, FY, prior=160e9),
    m("price_change|share_price_change|stock_price_change", 0.1, "%", SONY, basis="before the announcement"),
    m("share_price|close_price|closing_price|price", 2611, "JPY", SONY),
    m("ytd_change|year_to_date_change|share_price_change|price_change", -2.2, "%", SONY, basis="year to date"),
    m("net_income_consensus|net_income_estimate|consensus_net_income", 67e9, "JPY", SONY, FY,
      basis="average of 22 estimates compiled by Bloomberg"),
    m("operating_profit_consensus|operating_profit_estimate|consensus_operating_profit", 161e9, "JPY", SONY, FY,
      basis="average of 22 estimates compiled by Bloomberg"),
    m("revenue_consensus|revenue_estimate|sales_consensus|consensus_revenue", 7.5e12, "JPY", SONY, FY,
      basis="average of 22 estimates compiled by Bloomberg"),
    m("analyst_count|number_of_analysts|analysts", 22, "analysts", SONY, opt=True),
    m("net_income|net_profit", 25.7e9, "JPY", SONY, Q, prior=-37.1e9),
    m("net_income_consensus|net_income_estimate|consensus_net_income", -18e9, "JPY", SONY, Q,
      basis="median of six analysts, Bloomberg News survey; shortfall"),
    m("analyst_count|number_of_analysts|analysts", 6, "analysts", SONY, opt=True),
    m("guidance_revenue_growth|sales_growth_forecast|revenue_growth_guidance|sales_growth", 5, "%", SONY, FY,
      basis="maintained"),
    m("guidance_revenue|sales_forecast|revenue_guidance|sales|revenue", 7.6e12, "JPY", SONY, FY, basis="maintained"),
    m(FX, 90, "JPY", "USD/JPY|yen|dollar|" + SONY, basis="assumption, unchanged"),
    m(FX, 110, "JPY", "EUR/JPY|euro|yen|" + SONY, prior=125, basis="assumption, nine months from July 1"),
], [
    ra("Deutsche Bank|Deutsche Bank AG", SONY, "maintain", "hold", opt=True),
])

# ---------------------------------------------------------------- en02 Tryg third quarter and nine months: profit, EPS, premiums, claims, technical result, combined ratio, ROE, solvency (S&P Global Market Intelligence, 2018; DKK)
# A Nordic non-life insurer's quarter. No headline is stored (none added). Periods: the nine months "down from 1.99
# billion kroner in the same period in 2017" -> the year is 2018: third quarter 2018Q3, "the nine months to Sept. 30"
# 2018Q1-Q3 (news23 batch b's notation for a nine-month period, and its rule that a year-ago period named with its
# year dates the current one). Every "X, down from / compared to / from Y a year earlier" in the same sentence -> Y is the
# prior (profit, EPS, gross premium income, gross claims, technical result, investment return, combined ratios, ROE);
# the year-ago values get no rows of their own. "kroner" is DKK. EPS in kroner per share. The investment return keeps
# "after insurance technical interest" in basis; "after-tax" ROE in basis. Solvency: "291% at the end of September" ->
# key, 2018Q3 (quarter-end ratio, news20); "or 207% when adjusted for the capital raised for its acquisition of ...
# Alka" -> a second key row with that adjustment in basis (not a prior: the same date, another measure); "expects a
# solvency ratio of about 170% after completing the acquisition" -> key expected ratio, period None (no year named for
# the completion; hedge kept). The closing exchange-rate note "US$1 was equivalent to 6.47 Danish kroner" is the
# outlet's conversion aid -> optional. Not labelled: "Oct. 10", "Sept. 30".
TRY = "Tryg|Tryg A/S|Tryg AS"
Q, M9 = "2018Q3", "2018Q1-Q3"
NP = "net_profit|net_income|profit"
EPS = "eps|earnings_per_share"
CR = "combined_ratio|net_combined_ratio"
ROE = "roe|return_on_equity|after_tax_roe"
SOLV = "solvency_ratio|solvency_capital_ratio|solvency_coverage_ratio"
G["en02"] = ([
    m(NP, 627e6, "DKK", TRY, Q, prior=671e6),
    m(EPS, 2.07, "DKK", TRY, Q, prior=2.44),
    m("gross_premium_income|gross_premiums|premium_income|gross_premiums_earned", 4.70e9, "DKK", TRY, Q, prior=4.58e9),
    m("gross_claims|gross_claims_incurred|claims_incurred|claims", 3.28e9, "DKK", TRY, Q, prior=2.95e9),
    m("technical_result|insurance_technical_result|underwriting_result", 761e6, "DKK", TRY, Q, prior=789e6),
    m("investment_return|investment_income|investment_result", 79e6, "DKK", TRY, Q, prior=87e6,
      basis="after insurance technical interest"),
    m(NP, 1.62e9, "DKK", TRY, M9, prior=1.99e9),
    m(EPS, 5.36, "DKK", TRY, M9, prior=7.25),
    m(CR, 83.8, "%", TRY, Q, prior=82.6),
    m(CR, 84.1, "%", TRY, M9, prior=83.8),
    m(ROE, 21.7, "%", TRY, Q, prior=30.3, basis="after tax"),
    m(ROE, 18.1, "%", TRY, M9, prior=30.9, basis="after tax"),
    m(SOLV, 291, "%", TRY, Q, basis="end of September"),
    m(SOLV, 207, "%", TRY, Q, basis="end of September, adjusted for the capital raised for the Alka acquisition"),
    m("expected_solvency_ratio|solvency_ratio_target|guidance_solvency_ratio|solvency_ratio", 170, "%", TRY,
      basis="expected after completing the Alka acquisition, about"),
    m("exchange_rate|usd_dkk", 6.47, "DKK", "USD/DKK|dollar|Danish krone", opt=True, basis="as of Oct. 10"),
], [])

# ---------------------------------------------------------------- en03 UK labour market: ILO unemployment and inactivity vs forecast, payrolled employees, claimant count with revised August, vacancies, total and regular pay vs forecast, real pay (esperio, 2023; UK)
# A UK labour-market release with previous readings and economists' forecasts. No headline is stored (none added).
# Periods: the only printed year is in "the NHS and civil service one-off payments made in June, July and August 2023",
# which the text says distort "this total annual growth" of June to August -> the release's months are 2023 (clearly
# implied). Rolling three-month periods ("June to August") fit no period format -> period None with the span in basis
# (news16); single months take the month: payrolled employees "in August" 2023-08, the claimant count "in September"
# 2023-09 (the month after the 2023 data), vacancies "in July to September" 2023Q3. Rates: unemployment 4.0 % key; its
# quarterly fall printed "(-0.4%)" is labelled as printed, unit "%" (news24: a move printed with "%" is not converted to
# pp); "Economists expected the unemployment rate to remain at 4.1%" -> key consensus 4.1 %, and the previous rate it
# implies ("remain at") an optional row with no prior (news23: an implied earlier reading with no "from" is optional);
# inactivity 21.8 % and "(-0.3%)" key. Payrolled employees "decreased by 35,000 (-0.1%) compared to July, but rose by
# 165,000 (+0.5%) year-on-year" -> four key rows (news21: each "(N; x%)" pair is two key rows), unit "jobs" as payrolls.
# Claimant count "+27,900 ... to 1.797 million" -> key change and key level (unit people); the forecast 20,200 key
# consensus; "after an increase of 300 in August (revised from +23,700)" -> August's change is its own key row (it is in
# the forecast's sentence, not the September figure's), with the first-reported +23,700 as prior and as an optional row
# (news22). Vacancies "decreased by 34,000 q/q, to 841,000" -> key change and key level (unit vacancies); "the 27th
# consecutive period" is a count of quarters (not labelled). Pay: total 3.8 % "(+4.1% in the previous three months)"
# and regular 4.9 % "(+5.1% ...)" -> key with the bracketed previous three months as prior (same sentence), and those
# previous readings also optional rows; "Economists also expected an increase by 3.8% and 4.9%, respectively" -> two key
# consensus rows paired in order (news15); real pay 0.9 % and 1.9 % key. Not labelled: "16 years" (an age).
UK = "UK|United Kingdom|Britain|UK economy|UK labour market"
J2A, P3 = "June to August", "previous three months"
UR = "unemployment_rate|ilo_unemployment_rate|jobless_rate"
PAYE = "payrolled_employees_change|payrolled_employees|employment_change|payrolls_change"
CC = "claimant_count_change|claimant_count|jobless_claims_change"
TP = "average_total_pay_growth|total_pay_growth|wage_growth|average_earnings_growth"
RP = "regular_pay_growth|average_regular_pay_growth|wage_growth_ex_bonus|average_earnings_ex_bonus_growth"
G["en03"] = ([
    m(UR, 4.0, "%", UK, basis=J2A),
    m("unemployment_rate_change|jobless_rate_change", -0.4, "%", UK, basis=J2A + ", latest quarter"),
    m("unemployment_rate_consensus|unemployment_rate_forecast|unemployment_rate_expected", 4.1, "%", UK, basis=J2A),
    m(UR, 4.1, "%", UK, opt=True, basis="previous reading implied by 'remain at'"),
    m("economic_inactivity_rate|inactivity_rate", 21.8, "%", UK, basis=J2A),
    m("economic_inactivity_rate_change|inactivity_rate_change", -0.3, "%", UK, basis=J2A + ", latest quarter"),
    m(PAYE, -35000, "jobs", UK, "2023-08", basis="m/m, compared to July"),
    m("payrolled_employees_growth|payrolled_employees_change_pct|employment_growth", -0.1, "%", UK, "2023-08",
      basis="m/m"),
    m(PAYE, 165000, "jobs", UK, "2023-08", basis="yoy"),
    m("payrolled_employees_growth|payrolled_employees_change_pct|employment_growth", 0.5, "%", UK, "2023-08",
      basis="yoy"),
    m(CC, 27900, "people", UK, "2023-09", basis="m/m"),
    m("claimant_count|claimant_count_level|claimants", 1.797e6, "people", UK, "2023-09"),
    m("claimant_count_change_consensus|claimant_count_forecast|claimant_count_expected", 20200, "people", UK,
      "2023-09"),
    m(CC, 300, "people", UK, "2023-08", prior=23700, basis="revised"),
    m(CC, 23700, "people", UK, "2023-08", opt=True, basis="first reported"),
    m("vacancies_change|job_vacancies_change", -34000, "vacancies", UK, "2023Q3", basis="q/q, July to September"),
    m("vacancies|job_vacancies", 841000, "vacancies", UK, "2023Q3", basis="July to September"),
    m(TP, 3.8, "%", UK, prior=4.1, basis=J2A + ", including bonuses, per annum"),
    m(TP, 4.1, "%", UK, opt=True, basis=P3 + ", including bonuses"),
    m(RP, 4.9, "%", UK, prior=5.1, basis=J2A + ", excluding bonuses, per annum"),
    m(RP, 5.1, "%", UK, opt=True, basis=P3 + ", excluding bonuses"),
    m("total_pay_growth_consensus|wage_growth_consensus|average_earnings_growth_forecast", 3.8, "%", UK,
      basis=J2A + ", including bonuses"),
    m("regular_pay_growth_consensus|wage_growth_ex_bonus_consensus|average_earnings_ex_bonus_forecast", 4.9, "%", UK,
      basis=J2A + ", excluding bonuses"),
    m("real_total_pay_growth|real_wage_growth|real_pay_growth", 0.9, "%", UK, basis=J2A + ", total pay, real terms"),
    m("real_regular_pay_growth|real_wage_growth|real_pay_growth", 1.9, "%", UK, basis=J2A + ", regular pay, real terms"),
], [])

# ---------------------------------------------------------------- en04 BP third quarter 2025: adjusted EPS per ADS and revenue vs Zacks consensus, oil production in Mboe/d, realised liquids/gas/hydrocarbon prices, segment earnings, refining, capex, net debt, gearing (Zacks summary via Reportify, 2025; USD)
# An oil and gas producer's quarter in bullet form under section labels (kept as lines). No headline is stored (none
# added); the source's citation markers "[1][10]" etc. are page furniture (dropped); the stored text stops at a
# half-stored "Outlook - For the fourth quarter of 2025" (cut before it). Period: "third-quarter 2025" -> 2025Q3 for every
# figure; net debt and gearing "at the end of the third quarter" -> 2025Q3 (news20). EPS "85 cents per American
# Depositary Share" -> 0.85 USD, basis adjusted, per ADS, prior 0.83 (same bullet "improving from 83 cents a year ago"),
# the Zacks 72 cents a key consensus row; revenue $49.3 billion with prior $48.3 billion and the $63 billion Zacks
# consensus key. Production "1,556 thousand barrels of oil equivalent per day (Mboe/d)" -> 1.556e6 boe/d (Mboe = thousand
# boe) with prior 1,488 Mboe/d, and "the estimate of 1,441.3 Mboe/d" a key estimate row; the Gas & Low Carbon Energy
# production 806 Mboe/d from 890 -> key with prior; refinery throughputs "1,516 thousand barrels per day (MBbl/D)" ->
# 1.516e6 b/d with prior 1.44e6. Realised prices: liquids $59.58 per barrel from $70.22, gas $3.32 per mcf from $2.25,
# overall $47.89 per Boe from $53.65 -> key USD rows with the measure in basis and the year-ago price as prior. Segments
# are their own entities with BP as an alternative (news21): oil segment underlying RC EBIT $2.3 billion with prior $2.8
# billion, "but meeting estimates" -> the implied estimate is an optional row (news24: "matched forecasts" makes the
# implied forecast optional); Gas & Low Carbon Energy profits $1.52 billion with prior $1.76 billion; Customers &
# Products underlying RC EBIT "$1,716 million" with prior $381 million. Refining availability 96.6 % with prior 95.6 %.
# Capex: organic $3.33 billion and total $3.4 billion -> two key rows told apart by basis. Net debt $26.1 billion and
# gearing 25.1 % key.
BP = "BP|BP plc|BP p.l.c."
Q = "2025Q3"
OILSEG = "BP oil segment|oil segment|oil production & operations|" + BP
GLCE = "Gas & Low Carbon Energy|gas & low carbon energy segment|" + BP
CP = "Customers & Products|customers & products segment|" + BP
RCE = "underlying_rc_ebit|underlying_replacement_cost_ebit|segment_ebit|segment_profit|underlying_ebit"
G["en04"] = ([
    m("eps|adjusted_eps|earnings_per_ads|adjusted_earnings_per_share", 0.85, "USD", BP, Q, prior=0.83,
      basis="adjusted, per ADS"),
    m("eps_consensus|eps_estimate|consensus_eps", 0.72, "USD", BP, Q, basis="Zacks Consensus Estimate, per ADS"),
    m("revenue|revenues|total_revenues", 49.3e9, "USD", BP, Q, prior=48.3e9),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 63e9, "USD", BP, Q, basis="Zacks Consensus Estimate"),
    m("production|oil_production|total_production|output", 1.556e6, "boe/d", BP, Q, prior=1.488e6,
      basis="total oil production"),
    m("production_estimate|production_consensus|oil_production_estimate", 1.4413e6, "boe/d", BP, Q),
    m("realised_liquids_price|realized_liquids_price|liquids_price|realised_price", 59.58, "USD", BP, Q, prior=70.22,
      basis="per barrel, liquids"),
    m("realised_gas_price|realized_gas_price|natural_gas_price|realised_price", 3.32, "USD", BP, Q, prior=2.25,
      basis="per mcf, natural gas"),
    m("realised_price|realized_price|hydrocarbon_price_realization|price_realization", 47.89, "USD", BP, Q,
      prior=53.65, basis="per boe, overall hydrocarbon"),
    m(RCE, 2.3e9, "USD", OILSEG, Q, prior=2.8e9, basis="underlying replacement cost EBIT"),
    m("underlying_rc_ebit_estimate|segment_ebit_estimate|ebit_estimate", 2.3e9, "USD", OILSEG, Q, opt=True,
      basis="implied by 'meeting estimates'"),
    m("segment_profit|profit|underlying_rc_ebit|segment_ebit", 1.52e9, "USD", GLCE, Q, prior=1.76e9),
    m("production|total_production|output", 806000, "boe/d", GLCE, Q, prior=890000),
    m(RCE, 1716e6, "USD", CP, Q, prior=381e6, basis="underlying replacement cost EBIT"),
    m("refining_availability|refinery_availability", 96.6, "%", BP, Q, prior=95.6),
    m("refinery_throughput|refinery_throughputs|refining_throughput", 1.516e6, "b/d", BP, Q, prior=1.44e6),
    m("capex|capital_expenditure|organic_capex", 3.33e9, "USD", BP, Q, basis="organic"),
    m("capex|capital_expenditure|total_capex|capital_spending", 3.4e9, "USD", BP, Q, basis="total capital spending"),
    m("net_debt", 26.1e9, "USD", BP, Q, basis="end of quarter"),
    m("gearing|gearing_ratio|net_debt_to_capital", 25.1, "%", BP, Q, basis="end of quarter"),
], [])

# ---------------------------------------------------------------- en05 ASX broker moves: six rating changes on six different companies with old and new targets and implied upside (aussief.au; no year printed; AUD)
# A roundup of several brokers' rating changes on different companies, one block each. The page heading "ASX Broker
# Moves: Recent Changes in Ratings and Target Prices" is kept as the first line; "Table of Contents" (page furniture)
# dropped. The stored text stops after "Jefferies on Xero (ASX: XRO): Downgraded to Hold" and a half-stored rationale
# ("Post share price increa...") -> cut after the complete heading line (the Xero action has no stored target). "$" on
# this Australian page is AUD (news24, news22). Rating actions: Jarden upgrades Core Lithium to neutral, target "$0.10
# from $0.07"; UBS upgrades Goodman to buy with the target "Adjusted slightly down to $36.00 from $36.80" (an upgrade with
# a cut target stays an upgrade with both targets, news20); Citi upgrades Macquarie Group to neutral, "$200 from $177";
# UBS downgrades Coronado to neutral, "$0.19 from $0.31"; Macquarie (the broker) downgrades Treasury Wine Estates to
# neutral, "$8.90 from $11.70"; Jefferies downgrades Xero to hold (no target). No prior rating is printed for any of
# them ("Upgraded to Neutral") -> prior_rating None. Metrics: the bracketed implied moves to target "(+6.4% upside)",
# "(+16.4% upside)", "(-6.6% downside)" and "(+2.9% upside)" -> key upside rows, a downside negative (news6); Coronado's
# "(no change in upside)" prints no figure (not labelled). UBS's "forecasted medium-term operating earnings growth of
# ~10%" for Goodman -> key broker forecast with the broker in basis (news24: a single broker's forecast is a key
# *_forecast row), "~" kept as a hedge. Not labelled: "five trading days" (a span), the tickers.
CXO = "Core Lithium|CXO"
GMG = "Goodman Group|Goodman|GMG"
MQG = "Macquarie Group|Macquarie|MQG"
CRN = "Coronado Global Resources|Coronado|CRN"
TWE = "Treasury Wine Estates|Treasury Wine|TWE"
XRO = "Xero|XRO"
UP = "upside|implied_upside|target_upside|upside_potential"
G["en05"] = ([
    m(UP, 6.4, "%", CXO, basis="Jarden target"),
    m(UP, 16.4, "%", GMG, basis="UBS target"),
    m("operating_earnings_growth_forecast|earnings_growth_forecast|operating_earnings_growth", 10, "%", GMG,
      basis="UBS forecast, medium-term, ~"),
    m(UP, -6.6, "%", MQG, basis="Citi target, downside"),
    m(UP, 2.9, "%", TWE, basis="Macquarie target"),
], [
    ra("Jarden", CXO, "upgrade", "neutral", target=0.10, prior_target=0.07, cur="AUD"),
    ra("UBS", GMG, "upgrade", "buy", target=36.00, prior_target=36.80, cur="AUD"),
    ra("Citi|Citigroup", MQG, "upgrade", "neutral", target=200, prior_target=177, cur="AUD"),
    ra("UBS", CRN, "downgrade", "neutral", target=0.19, prior_target=0.31, cur="AUD"),
    ra("Macquarie|Macquarie Group", TWE, "downgrade", "neutral", target=8.90, prior_target=11.70, cur="AUD"),
    ra("Jefferies", XRO, "downgrade", "hold"),
])

# ---------------------------------------------------------------- en06 Covestro's Frankfurt debut after a scaled-down IPO: first-day gain, open, mid-morning high, issue price, size cut, initial range, oversubscription, valuation (Reuters via IFR, 2015 page; no year printed for the deal; EUR)
# A European IPO pricing and first day. No headline is stored (none added); the source's "rose as much 12.5 percent"
# (missing "as") is kept. IPO terms and market moves carry no period (news22/news23), and the passage prints no year
# for the deal ("more than eight years", "this autumn"; 2007 belongs to Tognum). Key: the first-day move "as much 12.5
# percent" (bound kept), the 26-euro open, the 26.99-euro mid-morning level (an intraday high in an IPO debut is key,
# news21 en06), the 24-euro issue price, and the 26.81-euro price at 0926 GMT; the "($27)" conversion optional (USD).
# Size: "seeking to raise 1.5 billion euros instead of 2.5 billion" -> key planned size with the old 2.5 billion as prior
# (same-sentence earlier value of the same quantity; "2.5 billion" takes "euros" from the figure it is set against), and
# the old size also an optional row (news23: a replaced target keeps an optional row of its own). "slashing its price
# range from an initial 26.50-35.50 euros" -> the only printed range, key with basis initial (the cut range is not
# printed and not computed). "more than three times oversubscribed" -> key 3 x (bound kept, news14). Valuation
# "Including debt and pension liabilities, the price values Covestro at 8.9 billion euros" -> key with that basis.
# Tognum's "2 billion euro transaction" in 2007 is historic trivia -> optional row of Tognum. Not labelled: "more than
# eight years", "0926 GMT", "Tuesday", "Monday".
CVS = "Covestro|Covestro AG"
SIZE = "ipo_size|planned_proceeds|amount_raised|funds_raised|ipo_proceeds|offering_size"
G["en06"] = ([
    m("price_change|first_day_gain|share_price_change", 12.5, "%", CVS, basis="first day, as much as"),
    m("open_price|opening_price|price", 26, "EUR", CVS),
    m("intraday_high|high|price", 26.99, "EUR", CVS, basis="by mid-morning"),
    m("ipo_price|issue_price|offer_price", 24, "EUR", CVS),
    m("ipo_price|issue_price|offer_price", 27, "USD", CVS, opt=True),                                    # ($27)
    m("price|share_price", 26.81, "EUR", CVS, basis="at 0926 GMT"),
    m(SIZE, 1.5e9, "EUR", CVS, prior=2.5e9, basis="scaled-down target"),
    m(SIZE, 2.5e9, "EUR", CVS, opt=True, basis="original target"),
    m("ipo_price_range|price_range|ipo_price", None, "EUR", CVS, rng=(26.50, 35.50), basis="initial range, later cut"),
    m("oversubscription|times_oversubscribed|subscription_multiple", 3, "x", CVS, basis="more than"),
    m("valuation|enterprise_value|market_value", 8.9e9, "EUR", CVS,
      basis="at issue price, including debt and pension liabilities"),
    m(SIZE + "|deal_value", 2e9, "EUR", "Tognum", opt=True, basis="2007 flotation"),
], [])
