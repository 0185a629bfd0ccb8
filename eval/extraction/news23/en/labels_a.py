# Hand-written gold labels for news23/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news22/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# versus Y a year earlier" value of the same quantity is the prior, a revised reading keeps its first-reported value as
# prior and as an optional row (news22), periods only where the text states or clearly implies the year, fiscal
# periods as the text names them (news17), market moves carry no period, broker targets only in rating actions, a
# bracketed or appended currency conversion an optional row (dev corpus, news20), inline quote strings optional,
# rounded restatements optional, groups and divisions their own entities (news5, news21)).

# ---------------------------------------------------------------- en01 Nordea third quarter: profit, NII vs FactSet, ROE targets, CET1, buyback (Dow Jones via Owler, 2024; EUR)
# European bank's quarter. The passage prints its own dateline "10-17-24" and the ROE target "in 2024" and the buyback
# runs "until ... February 2025" -> the "third quarter" is 2024Q3 (news7: periods from a dateline the passage prints).
# Buyback "of up 250 million euros" (the source's missing "to" kept) -> key 250e6 EUR (a bound keeps the number,
# news4), no period (a programme, not a period figure); "equivalent to $271.5 million" is the dollar conversion ->
# optional. Net profit "1.27 billion euros ..., down from 1.35 billion euros a year earlier" -> prior; basis
# "attributable to shareholders". NII "slipped 1.4% to 1.88 billion euros" -> change -1.4 % and level key. FactSet poll
# "net profit of 1.22 billion euros and net interest income of 1.88 billion euros" -> two consensus rows. ROE target
# "above 16% in 2024, from above 15% previously" -> key 16 % with prior 15 (bound kept), period 2024; the superseded 15 %
# target is also an optional row (news20/news22 practice for revised guidance). "still expects a figure of above 15%
# in 2025" -> key 15 %, 2025. "supported by a cost-to-income ratio of 44%-46% and an annual net loan loss ratio of
# around 10 basis points" hangs on the 2025 expectation in the same sentence -> both dated 2025 (decided here: a
# supporting target attached by "supported by" to a year-dated target takes that year); the C/I ratio a key range, the
# loan loss ratio key 10 bp (hedge kept). CET1 "15.8%, compared with 16.3% a year earlier" -> prior (same sentence,
# year-earlier value), dated by the reporting quarter (news20). "Thursday", "October", "0110ET" are dates/times.
NDA = "Nordea|Nordea Bank|Nordea Bank Abp"
Q = "2024Q3"
ROE = "roe_target|guidance_roe|return_on_equity_target|return_on_equity|roe"
G["en01"] = ([
    m("buyback|share_buyback|buyback_size|share_repurchase", 250e6, "EUR", NDA),
    m("buyback|share_buyback|buyback_size|share_repurchase", 271.5e6, "USD", NDA, opt=True),     # $271.5 million
    m("net_profit|net_income|net_profit_attributable", 1.27e9, "EUR", NDA, Q, prior=1.35e9,
      basis="attributable to shareholders"),
    m("net_interest_income_growth|nii_growth|net_interest_income_change|nii_change", -1.4, "%", NDA, Q),
    m("net_interest_income|nii", 1.88e9, "EUR", NDA, Q),
    m("net_profit_consensus|net_profit_estimate|consensus_net_profit", 1.22e9, "EUR", NDA, Q, basis="FactSet poll"),
    m("net_interest_income_consensus|nii_consensus|net_interest_income_estimate|nii_estimate", 1.88e9, "EUR", NDA, Q,
      basis="FactSet poll"),
    m(ROE, 16, "%", NDA, "2024", prior=15),
    m(ROE, 15, "%", NDA, "2024", opt=True, basis="previous target"),
    m(ROE, 15, "%", NDA, "2025"),
    m("cost_to_income_ratio_target|cost_income_ratio|cost_to_income_ratio|guidance_cost_income_ratio", None, "%", NDA,
      "2025", rng=(44, 46)),
    m("net_loan_loss_ratio|loan_loss_ratio|credit_loss_ratio|loan_loss_ratio_target", 10, "bp", NDA, "2025",
      basis="annual"),
    m("cet1_ratio|common_equity_tier_1_ratio|cet1", 15.8, "%", NDA, Q, prior=16.3),
], [])

# ---------------------------------------------------------------- en02 Symantec fiscal Q1 vs FactSet and Estimize, fiscal Q2 and full-year guidance ranges, after-hours drop (MarketWatch copy, 2018; USD)
# US company against consensus with next-quarter guidance and an after-hours move. Periods: the CEO's quote names
# "first quarter fiscal year 2019" -> the "fiscal first-quarter" figures are FY2019Q1, the "fiscal second quarter"
# guidance FY2019Q2 and "for the year" FY2019 (fiscal as the text names it, news17); market moves and the "for the
# year" share-price change carry no period (the calendar year is not printed). After-hours "fell more than 12%" -> key
# -12 % (bound kept). "a 2.2% rise to close the regular session at $20.88" -> key move and key close (the stock's
# figures in a results-and-reaction story, as Downer's prior close in the dev corpus); the inline quote strings
# "SYMC, +2.20%", "SPX, +0.49%", "COMP, +1.24%" are optional (dev corpus). "down 26% for the year" -> key -26 %
# (basis year to date); the S&P 500's 5.8 % and Nasdaq's 13 % year-to-date gains quoted for comparison belong to
# those indexes -> key (news21: comparison figures belong to their own entities). Guidance: EPS "31 cents to 35
# cents" and revenue "$1.13 billion to $1.16 billion" for FY2019Q2, "$1.47 to $1.57 a share on revenue of $4.67 billion
# to $4.79 billion" for FY2019 -> four key ranges; "adjusted" governs the whole guidance sentence -> basis adjusted on
# the EPS ranges. FactSet: 37 cents and $1.19 billion (Q2), $1.56 and $4.83 billion (year) -> four consensus rows.
# Q1: loss "$63 million, or 10 cents a share, compared with a loss of $133 million, or 22 cents a share, in the
# year-ago period" -> net profit -63e6 prior -133e6 and GAAP EPS -0.10 prior -0.22 (losses negative); adjusted EPS
# 0.34; revenue "to $1.16 billion from $1.18 billion" -> prior. Analysts "33 cents a share on revenue of $1.15
# billion" -> consensus rows (FactSet is named only for the outlook; basis left None). Estimize's crowd-sourced "37
# cents a share on revenue of $1.17 billion" -> key estimate rows with basis "Estimize" (a second, named consensus).
# Segments, own entities: Enterprise Security -16 % to $565 million vs $545.6 million expected; Consumer Digital
# Safety +7 % to $600 million vs $605 million expected -> growth, level and consensus key for each. "fiscal year 2018"
# in the quote carries no figure.
SYMC = "Symantec|Symantec Corp.|Symantec Corp|SYMC"
ES = "Symantec Enterprise Security|Enterprise Security|enterprise security"
CDS = "Symantec Consumer Digital Safety|Consumer Digital Safety|consumer digital safety"
Q1, Q2, FY = "FY2019Q1", "FY2019Q2", "FY2019"
EPSC = "eps_consensus|eps_estimate|consensus_eps"
REVC = "revenue_consensus|revenue_estimate|consensus_revenue"
PC = "price_change|share_price_change|stock_price_change"
G["en02"] = ([
    m(PC, -12, "%", SYMC, basis="after hours"),
    m(PC, 2.2, "%", SYMC, basis="regular session"),
    m(PC, 2.20, "%", SYMC, opt=True),                                                               # SYMC, +2.20%
    m("close_price|closing_price|price|share_price", 20.88, "USD", SYMC),
    m(PC, -26, "%", SYMC, basis="year to date"),
    m("index_change|price_change|ytd_change", 5.8, "%", "S&P 500|S&P 500 index|SPX", basis="year to date"),
    m("index_change|price_change", 0.49, "%", "S&P 500|S&P 500 index|SPX", opt=True),               # SPX, +0.49%
    m("index_change|price_change|ytd_change", 13, "%", "Nasdaq Composite|Nasdaq Composite Index|Nasdaq|COMP",
      basis="year to date"),
    m("index_change|price_change", 1.24, "%", "Nasdaq Composite|Nasdaq Composite Index|Nasdaq|COMP", opt=True),
    m("guidance_eps|eps_guidance|eps_forecast", None, "USD", SYMC, Q2, rng=(0.31, 0.35), basis="adjusted"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", SYMC, Q2, rng=(1.13e9, 1.16e9)),
    m("guidance_eps|eps_guidance|eps_forecast", None, "USD", SYMC, FY, rng=(1.47, 1.57), basis="adjusted"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", SYMC, FY, rng=(4.67e9, 4.79e9)),
    m(EPSC, 0.37, "USD", SYMC, Q2, basis="FactSet"),
    m(REVC, 1.19e9, "USD", SYMC, Q2, basis="FactSet"),
    m(EPSC, 1.56, "USD", SYMC, FY, basis="FactSet"),
    m(REVC, 4.83e9, "USD", SYMC, FY, basis="FactSet"),
    m("net_profit|net_income|net_loss", -63e6, "USD", SYMC, Q1, prior=-133e6),
    m("eps|earnings_per_share|loss_per_share", -0.10, "USD", SYMC, Q1, prior=-0.22, basis="GAAP"),
    m("adjusted_eps|eps|earnings_per_share", 0.34, "USD", SYMC, Q1, basis="adjusted"),
    m("revenue|sales", 1.16e9, "USD", SYMC, Q1, prior=1.18e9),
    m(EPSC, 0.33, "USD", SYMC, Q1),
    m(REVC, 1.15e9, "USD", SYMC, Q1),
    m(EPSC, 0.37, "USD", SYMC, Q1, basis="Estimize"),
    m(REVC, 1.17e9, "USD", SYMC, Q1, basis="Estimize"),
    m("revenue_growth|segment_revenue_growth|revenue_change", -16, "%", ES, Q1, basis="adjusted"),
    m("revenue|segment_revenue", 565e6, "USD", ES, Q1, basis="adjusted"),
    m(REVC, 545.6e6, "USD", ES, Q1),
    m("revenue_growth|segment_revenue_growth|revenue_change", 7, "%", CDS, Q1),
    m("revenue|segment_revenue", 600e6, "USD", CDS, Q1),
    m(REVC, 605e6, "USD", CDS, Q1),
], [])

# ---------------------------------------------------------------- en03 Australia June labour force: unemployment rate, jobs, full/part-time, participation, revisions (InstaForex copy; no year printed)
# Jobs report with forecasts and revisions. No year is printed ("June", "May", "Thursday") -> no periods; May figures
# carry basis "May". Unemployment rate 6.0 % "lower than estimates for 6.1 percent, although it was up from the
# downwardly revised 5.9 percent in May (originally 6.0 percent)" -> June rate key with prior 5.9 (same sentence
# "up from"), consensus 6.1 key, May's revised 5.9 key with its first-reported 6.0 as prior, and that 6.0 an optional
# row (news22's revision rule). Jobs: "added 7,300 jobs ... to 11,768,600" -> change key (jobs) and level key (people);
# "forecasts for a flat reading" -> consensus 0 jobs key (a flat forecast is 0, news16/news19); the previous month's
# gain "revised increase of 40,000 jobs ... (originally 42,000)" -> key May row with prior 42,000, the 42,000 also
# optional. Full-time +24,500 to 8,156,200 and part-time -17,200 to 3,612,400 -> change and level key each. The sex
# split (females +17,500 and males +7,000 full-time; females -10,600 and males -6,600 part-time) -> groups as their own
# entities, key (news21 batch a: every group change key). Participation "inched up to 64.8 percent, beating
# expectations for 64.7 percent, which would have been unchanged" -> 64.8 key, consensus 64.7 key; the clause implies
# May's rate was 64.7 but prints no "from" -> no prior, an optional implied previous-month row (basis May). Unemployed
# +12,800 to 756,100; those seeking full-time +27,200 to 541,200; part-time only -14,500 to 214,900 -> change and level
# key each (people). Hours "5.1 million hours (0.3 percent) to 1,636.9 million hours" -> change in hours, % change and
# level all key (the bracketed % of a level change is a pair, as news21's "(+N; +x%)", not a conversion).
AU = "Australia|Australian economy|Australian labour market"
EC = "employment_change|job_change|jobs_added|net_change_in_employment"
UR = "unemployment_rate|jobless_rate"
FEM = "Australian females|females|female"
MAL = "Australian males|males|male"
G["en03"] = ([
    m(UR, 6.0, "%", AU, prior=5.9, basis="seasonally adjusted"),
    m("unemployment_rate_consensus|unemployment_rate_forecast|unemployment_rate_estimate", 6.1, "%", AU),
    m(UR, 5.9, "%", AU, prior=6.0, basis="May, revised"),
    m(UR, 6.0, "%", AU, opt=True, basis="May, first reported"),
    m(EC, 7300, "jobs", AU),
    m("employment_change_consensus|employment_change_forecast|jobs_forecast", 0, "jobs", AU),
    m("employment|total_employment|employed", 11768600, "people", AU),
    m(EC, 40000, "jobs", AU, prior=42000, basis="May, revised"),
    m(EC, 42000, "jobs", AU, opt=True, basis="May, first reported"),
    m("full_time_employment_change|full_time_jobs_change|employment_change", 24500, "jobs",
      "Australia full-time|full-time employment|" + AU),
    m("full_time_employment|employment", 8156200, "people", "Australia full-time|full-time employment|" + AU),
    m("part_time_employment_change|part_time_jobs_change|employment_change", -17200, "jobs",
      "Australia part-time|part-time employment|" + AU),
    m("part_time_employment|employment", 3612400, "people", "Australia part-time|part-time employment|" + AU),
    m("full_time_employment_change|employment_change", 17500, "jobs", FEM),
    m("full_time_employment_change|employment_change", 7000, "jobs", MAL),
    m("part_time_employment_change|employment_change", -10600, "jobs", FEM),
    m("part_time_employment_change|employment_change", -6600, "jobs", MAL),
    m("participation_rate|labour_force_participation_rate", 64.8, "%", AU),
    m("participation_rate_consensus|participation_rate_forecast|participation_rate_estimate", 64.7, "%", AU),
    m("participation_rate|labour_force_participation_rate", 64.7, "%", AU, opt=True, basis="May, implied"),
    m("unemployed_change|unemployment_change|unemployed_persons_change", 12800, "people", AU),
    m("unemployed|unemployed_persons|unemployment", 756100, "people", AU),
    m("unemployed_change|unemployed_persons_change", 27200, "people",
      "unemployed looking for full-time work|" + AU, basis="looking for full-time work"),
    m("unemployed|unemployed_persons", 541200, "people",
      "unemployed looking for full-time work|" + AU, basis="looking for full-time work"),
    m("unemployed_change|unemployed_persons_change", -14500, "people",
      "unemployed looking for part-time work|" + AU, basis="looking only for part-time work"),
    m("unemployed|unemployed_persons", 214900, "people",
      "unemployed looking for part-time work|" + AU, basis="looking only for part-time work"),
    m("hours_worked_change|monthly_hours_worked_change", 5.1e6, "hours", AU),
    m("hours_worked_growth|hours_worked_change_pct|hours_worked_change", 0.3, "%", AU),
    m("hours_worked|aggregate_monthly_hours_worked|monthly_hours_worked", 1636.9e6, "hours", AU),
], [])

# ---------------------------------------------------------------- en04 OPEC monthly report: August output, Saudi cut, basket price, Q2 output, 2023/2024 demand (AFP via Panay News, 2023)
# Commodities report on OPEC output. The year: "Projected global oil demand increase in 2023 remained unchanged in the
# August report", "October through December this year" and "In 2024 ... Next year" -> the report and its August are
# 2023 -> August figures 2023-08, "the second quarter" 2023Q2, "Next year" 2024 (clearly implied). Units: barrels per
# day as "b/d" (news22). August output "rose by 113,000 barrels per day ... to a monthly average of 27.45 million bpd"
# -> change and level key (the July level is not printed, not computed). Saudi Arabia "produced 88,000 fewer barrels
# per day compared with July" -> key -88,000 b/d, entity Saudi Arabia. "its one-million-barrel output cut for the period
# of October through December this year" -> key 1e6 b/d (a figure in words is labelled; the cut is a daily rate in
# context; a cut is a positive size, news18), period 2023Q4 (October-December of the printed year). The "$80 per barrel"
# the kingdom needs to balance its budget -> key USD row (fiscal break-even price, analysts' figure, basis per barrel).
# "OPEC's benchmark price rose by $6.27 to $87.33 per barrel" in August -> change and level key, dated 2023-08 (a monthly
# average in a monthly report, not a market-wrap tick). Q2 production "averaged at 28.3 million barrels per day, falling
# 100,000 barrels per day short of demand" -> level key and the shortfall key as a positive size (named shortfall, not
# balance). 2023 demand growth 2.4 million b/d "remained unchanged" -> key with no prior (news14: "unchanged" has no
# prior). 2024: demand growth 2.2 million b/d and total 104.3 million b/d -> key. "13-member" is a membership count.
OPEC = "OPEC|Organization of the Petroleum Exporting Countries"
KSA = "Saudi Arabia|Saudi|the kingdom"
GLB = "global oil demand|world oil demand|global|oil demand"
P8 = "2023-08"
G["en04"] = ([
    m("production_change|output_change|oil_production_change", 113000, "b/d", OPEC, P8),
    m("production|output|oil_production|crude_production", 27.45e6, "b/d", OPEC, P8, basis="monthly average"),
    m("production_change|output_change|oil_production_change", -88000, "b/d", KSA, P8),
    m("production_cut|output_cut|voluntary_cut|supply_cut", 1e6, "b/d", KSA, "2023Q4", basis="voluntary"),
    m("breakeven_oil_price|fiscal_breakeven_price|oil_price_needed|oil_price", 80, "USD", KSA, basis="per barrel"),
    m("price_change|basket_price_change|oil_price_change", 6.27, "USD",
      "OPEC basket|OPEC reference basket|OPEC benchmark|" + OPEC, P8, basis="per barrel"),
    m("price|basket_price|oil_price", 87.33, "USD", "OPEC basket|OPEC reference basket|OPEC benchmark|" + OPEC, P8,
      basis="per barrel"),
    m("production|output|oil_production|crude_production", 28.3e6, "b/d", OPEC, "2023Q2", basis="average"),
    m("supply_shortfall|shortfall_to_demand|supply_deficit|shortfall", 100000, "b/d", OPEC, "2023Q2"),
    m("demand_growth|oil_demand_growth|demand_increase|demand_growth_forecast", 2.4e6, "b/d", GLB, "2023"),
    m("demand_growth|oil_demand_growth|demand_increase|demand_growth_forecast", 2.2e6, "b/d", GLB, "2024"),
    m("oil_demand|demand|total_demand|demand_forecast", 104.3e6, "b/d", GLB, "2024"),
], [])

# ---------------------------------------------------------------- en05 Canadian analyst actions: RBC upgrades Cameco, Jefferies, CIBC, National Bank, Raymond James on BRP, Aurora, Hexo (Globe and Mail, no year printed; CAD)
# Analyst-actions column, several brokers on different companies, targets in C$ -> CAD. The stored page is cut inside
# the next bullet (High Tide) -> the passage ends after the Hexo bullet. RBC on Cameco: rating "now sector perform",
# target "to C$26 from C$17", previously "underperform" -> upgrade with both ratings and both targets. Jefferies on
# Aurora: "raises rating to hold but cuts price target to C$8.56 from C$9.44" -> upgrade (rating up, target cut: stays
# upgrade with both targets, news20), prior rating not printed -> None. CIBC on BRP: "raises price target to C$134
# from C$108 and upgrades rating to outperformer from neutral" -> upgrade with both; "outperformer" kept as printed
# (news18: a rating kept as printed). National Bank of Canada and Raymond James on BRP: target raises with no rating
# -> raise_target, rating None (news21). Jefferies on Hexo: "cuts price target to C$2.54 from C$5.97" -> cut_target,
# rating None. No metrics: the passage's only other numbers are tickers; RBC's "X factor" is not a figure.
CCO = "Cameco|Cameco Corp|CCO"
ACB = "Aurora Cannabis|Aurora Cannabis Inc|ACB|Aurora"
DOO = "BRP|BRP Inc|DOO"
HEXO = "Hexo|Hexo Corp|HEXO"
G["en05"] = ([], [
    ra("RBC|RBC Capital Markets|Royal Bank of Canada", CCO, "upgrade", "sector perform", "underperform",
       target=26, prior_target=17, cur="CAD"),
    ra("Jefferies", ACB, "upgrade", "hold", target=8.56, prior_target=9.44, cur="CAD"),
    ra("CIBC|CIBC World Markets|CIBC Capital Markets", DOO, "upgrade", "outperformer", "neutral",
       target=134, prior_target=108, cur="CAD"),
    ra("National Bank of Canada|National Bank Financial|National Bank", DOO, "raise_target", None,
       target=135, prior_target=125, cur="CAD"),
    ra("Raymond James", DOO, "raise_target", None, target=137, prior_target=122, cur="CAD"),
    ra("Jefferies", HEXO, "cut_target", None, target=2.54, prior_target=5.97, cur="CAD"),
])

# ---------------------------------------------------------------- en06 EMI accepts Terra Firma's 265p offer: equity value, break fee, EV/EBITDA, value including debt, share move (domain-b, 2007; GBP with USD and INR conversions)
# Takeover terms. The dateline "22 May 2007" is printed, but deal terms carry no period (news22: the terms of a deal
# or sale carry none) and market moves carry none. Offer "£2.4 billion ($4.73 billion / Rs 19281.6 crore) ... in
# cash" -> key equity/offer value in GBP; the bracketed dollar and rupee conversions optional (Rs 19281.6 crore =
# 1.928160e11 INR, crore = 1e7, news6). The headline's "$4.7 billion" is a rounded repeat of the $4.73 billion
# conversion -> optional. "break fee of £24 million if EMI pulls out" -> key. "265 pence a share" -> key offer price
# 2.65 GBP (pence scaled to pounds, news5). "values EMI at 18.5 times EBITDA" -> key multiple in x. "Including debt
# the deal also puts a value of £3.2 billion pounds on EMI" -> key enterprise value (the doubled "pounds" kept in the
# text). "stock rose 9.3 per cent higher at 271 pence" -> move and price key, entity the target alone (news3).
# Rankings ("third largest", "fourth-largest") are not metrics. No premium and no financing terms are printed.
EMI = "EMI|EMI Group"
DEAL = "EMI|EMI Group|Terra Firma"
DV = "deal_value|equity_value|offer_value|takeover_value"
G["en06"] = ([
    m(DV, 2.4e9, "GBP", DEAL),
    m(DV, 4.73e9, "USD", DEAL, opt=True),                                                          # ($4.73 billion
    m(DV, 19281.6e7, "INR", DEAL, opt=True),                                                       # / Rs 19281.6 crore)
    m(DV, 4.7e9, "USD", DEAL, opt=True),                                                           # headline
    m("break_fee|termination_fee|break_up_fee", 24e6, "GBP", DEAL),
    m("offer_price|offer_price_per_share|price_per_share", 2.65, "GBP", DEAL),
    m("ev_ebitda|ev_to_ebitda|valuation_multiple|ebitda_multiple", 18.5, "x", DEAL),
    m("enterprise_value|deal_value_including_debt|deal_value", 3.2e9, "GBP", DEAL, basis="including debt"),
    m("price_change|share_price_change", 9.3, "%", EMI),
    m("price|share_price", 2.71, "GBP", EMI),
], [])
