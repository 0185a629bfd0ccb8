# Hand-written gold labels for news26/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news24/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# compared with Y" value of the same quantity is the prior, a revised reading keeps its first-reported value as prior
# and as an optional row (news22), an earlier period's reading in its own clause is its own key row (news24), periods
# only where the text states or clearly implies the year, market moves carry no period, share prices in a results
# story optional with the move key (news3, news21), intraday swings in a wrap optional, breadth counts optional
# (news7), a bracketed currency conversion and a "($1=...)" rate optional (news17, news20), repeats (bullets,
# headlines) one key row plus optional repeats, a "flat" figure with no number an optional 0, a revised guidance range
# with its old range as prior range and as an optional row (news20-news22), losses as negative profit values).

# ---------------------------------------------------------------- en01 BMW third quarter: automotive EBIT margin, revenue in euros, net profit fall, sales growth, EV share against target, automotive FCF against the full-year forecast (Reuters via KDAL, no year printed; EUR)
# A European carmaker's quarter in a Reuters story; the stored text has no headline (none added); the "($1=0.9410
# euros)" line and the reporting credit are kept. No year is printed ("third quarter", "last year's decision", "this
# year", "in August") -> no periods; the quarter and the year-to-date scope go into the basis. Automotive EBIT margin
# "9.8% in the quarter, rising to 10.8%, excluding the impact of" the BBA consolidation -> two key rows told apart by
# basis (the 10.8 is the same margin on another basis, not a later level: no prior). Revenue "rose 3.4% to 38.5 billion
# euros ($40.92 billion)" -> level and growth key, the dollar conversion optional; "eight analysts polled by LSEG" is an
# analyst count -> optional (no consensus figure is printed, so no consensus row). Group net profit "fell 7.7%" -> key
# -7.7. "Sales this year were up 5.1% so far" -> key unit-sales growth, year to date (BMW's car sales; entity the
# group). "Fully electric sales hit 15.1% in the third quarter, outstripping BMW's end-year target of 15%" -> the 15.1 %
# share key and the 15 % target a key target row (company outlook figure). Automotive free cash flow "so far this year
# ... 5.7 billion euros, near the full-year forecast of 6 billion" -> level key (year to date) and the company's
# full-year forecast a key guidance row in EUR (the bare "6 billion" takes the euros of the figure it is set against).
# The raised automotive margin outlook "in August" prints no figure (not labelled). The "($1=0.9410 euros)" rate
# optional.
BMW = "BMW|BMW AG|BMW Group|Bayerische Motoren Werke"
BMWA = "BMW automotive|BMW automotive segment|BMW Automotive|" + BMW
EBITM = "ebit_margin|automotive_ebit_margin|operating_margin|automotive_margin"
G["en01"] = ([
    m(EBITM, 9.8, "%", BMWA, basis="third quarter, automotive segment"),
    m(EBITM, 10.8, "%", BMWA, basis="third quarter, excluding the BBA consolidation impact"),
    m("revenue|group_revenue|revenues", 38.5e9, "EUR", BMW, basis="third quarter, group"),
    m("revenue|group_revenue|revenues", 40.92e9, "USD", BMW, opt=True),                          # ($40.92 billion)
    m("revenue_growth|group_revenue_growth|revenues_growth", 3.4, "%", BMW),
    m("analyst_count|analysts_polled|number_of_analysts", 8, "analysts", BMW, opt=True, basis="polled by LSEG"),
    m("net_profit_growth|net_income_growth|group_net_profit_growth", -7.7, "%", BMW, basis="group"),
    m("sales_growth|unit_sales_growth|deliveries_growth|vehicle_sales_growth", 5.1, "%", BMW, basis="year to date"),
    m("bev_share|ev_share_of_sales|fully_electric_share|electric_sales_share|bev_sales_share", 15.1, "%", BMW,
      basis="third quarter, fully electric share of sales"),
    m("bev_share_target|ev_share_target|target_bev_share|guidance_bev_share|fully_electric_share_target", 15, "%",
      BMW, basis="end-year target"),
    m("free_cash_flow|automotive_free_cash_flow|fcf", 5.7e9, "EUR", BMWA, basis="automotive segment, year to date"),
    m("guidance_free_cash_flow|free_cash_flow_guidance|free_cash_flow_forecast|guidance_automotive_free_cash_flow",
      6e9, "EUR", BMWA, basis="full-year forecast, automotive segment"),
    m("exchange_rate|fx_rate", 0.9410, "EUR", "USD/EUR|EUR/USD|euro", opt=True),                 # ($1=0.9410 euros)
], [])

# ---------------------------------------------------------------- en02 Capital One third quarter: EPS against I/B/E/S, net income, provisions, revenue against consensus, NII, net charge-off rate (Reuters, cn.reuters.com; no year printed; USD)
# A US card lender's quarter as a Reuters story led by three summary bullets (kept; the wire's "(Adds details)" tag
# dropped, the "Oct 16" dateline and reporting credit kept). No year is printed ("third quarter ended Sept. 30", "Oct
# 16") -> no periods. Net income "fell 2.9 percent to $1.06 billion, or $1.86 per share, ... from $1.09 billion, or $1.84
# per share, a year earlier" -> net income and EPS key with the year-ago values as priors, the growth key. The bullets
# repeat figures of the body: "$1.86/share vs est $1.94" (EPS and consensus), "up 17 pct to $993 mln" (provision and its
# growth), "down 1 pct to about $4.50 bln" (NII and its change) -> the body sentences give the key rows, each bullet
# figure an optional repeat (news24: one key row per figure, repeats optional). The bullet says "Provision for loan
# losses", the body "provision for credit losses": one quantity. Consensus "$1.94 per share on revenue of $5.56
# billion" -> two key consensus rows. Revenue "nearly flat at $5.64 billion" -> level key, the flat move an optional 0 %.
# NII "fell about 1 percent to $4.50 billion" -> level and change key (hedge kept in the basis). Net charge-off rate
# "1.52 percent, a decrease of 40 basis points from a year earlier" -> level key and the -40 bp change key. The closing
# price $78.53 is a share price in a results story -> optional. American Express's sentence carries no figure.
COF = "Capital One|Capital One Financial|Capital One Financial Corp|COF"
EPSC = "eps_consensus|eps_estimate|consensus_eps|earnings_per_share_estimate"
PROV = "provision_for_credit_losses|provisions|loan_loss_provisions|provision_for_loan_losses|credit_loss_provision"
PROVG = "provision_growth|provisions_growth|provision_for_credit_losses_growth|provision_change"
NII = "net_interest_income|nii"
NIIG = "net_interest_income_growth|nii_growth|net_interest_income_change|nii_change"
G["en02"] = ([
    m("eps|earnings_per_share|net_income_per_share|diluted_eps", 1.86, "USD", COF, prior=1.84,
      basis="third quarter, vs year earlier"),
    m("eps|earnings_per_share|net_income_per_share", 1.86, "USD", COF, opt=True, basis="bullet repeat"),
    m(EPSC, 1.94, "USD", COF, basis="Thomson Reuters I/B/E/S average"),
    m(EPSC, 1.94, "USD", COF, opt=True, basis="bullet repeat"),
    m("net_income|net_profit|net_income_attributable", 1.06e9, "USD", COF, prior=1.09e9,
      basis="attributable to shareholders, vs year earlier"),
    m("net_income_growth|net_profit_growth", -2.9, "%", COF),
    m(PROV, 993e6, "USD", COF),
    m(PROV, 993e6, "USD", COF, opt=True, basis="bullet repeat"),
    m(PROVG, 17, "%", COF, basis="y/y"),
    m(PROVG, 17, "%", COF, opt=True, basis="bullet repeat"),
    m("revenue|total_net_revenue|net_revenue", 5.64e9, "USD", COF),
    m("revenue_growth|revenue_change", 0, "%", COF, opt=True, basis="nearly flat"),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 5.56e9, "USD", COF, basis="Thomson Reuters I/B/E/S"),
    m(NII, 4.50e9, "USD", COF),
    m(NII, 4.50e9, "USD", COF, opt=True, basis="bullet repeat, about"),
    m(NIIG, -1, "%", COF, basis="about"),
    m(NIIG, -1, "%", COF, opt=True, basis="bullet repeat"),
    m("net_charge_off_rate|nco_rate|charge_off_rate", 1.52, "%", COF),
    m("net_charge_off_rate_change|nco_rate_change|charge_off_rate_change", -40, "bp", COF, basis="y/y"),
    m("share_price|price|stock_price|closing_price", 78.53, "USD", COF, opt=True, basis="close"),
], [])

# ---------------------------------------------------------------- en03 US third-quarter GDP second estimate: revised growth against the first estimate and consensus, earlier quarters, core and overall PCE prices, consumer spending, final sales (wire copy on a forum page; no year printed)
# A US GDP revision (Commerce Department) in wire copy stored on a forum page; no headline stored (none added); the
# missing apostrophes ("Federal Reserve s", "prior quarter s") and "in the in third quarter" kept. The only year is the
# trivia "second quarter of 1995" -> no periods; quarters in the basis. Revisions (news22): GDP "2.2 pct annualised ...
# up from the 1.6 pct rate estimated a month ago" -> key 2.2 with prior 1.6, the 1.6 optional; core PCE "a revised 2.2
# pct ... down slightly from the 2.3 pct estimated" -> key with prior, 2.3 optional; overall PCE "a revised 2.4 pct ...
# down slightly from the 2.5 pct estimated last month and sharply down from the prior quarter s 4.0 pct" -> key 2.4 with
# the first estimate 2.5 as prior (the first comparison, news3), 2.5 optional; consumer spending "a revised 2.9 pct ...
# compared to the 3.1 pct increase first estimated and following a 2.6 pct increase between April and June" -> key
# with prior 3.1, 3.1 optional; final sales "a revised 2.1 pct ... faster than the 1.7 pct earlier estimated" -> key
# with prior 1.7, 1.7 optional. Decided here: where a revised reading's prior slot is taken by its first estimate, the
# previous quarter's reading printed beside it (PCE's 4.0, consumer spending's 2.6) is its own KEY row like the other
# prior-quarter readings (GDP 2.6 and 5.6, core PCE 2.7, final sales 2.1), not an optional second comparison: it is a
# different quarter's headline reading. Consensus "about 1.8 pct" -> key (hedge in basis). Core PCE "over the past 12
# months ... an unrevised 2.4 pct" -> key annual rate. Consumer spending's "as much as two-thirds of the economy" is
# background -> optional 66.7 % (fraction in words as its number).
US = "US|U.S.|United States|US economy|U.S. economy"
GG = "gdp_growth|gdp_growth_annualized|gdp_growth_qoq_annualized|economic_growth|real_gdp_growth"
CPCE = "core PCE price index|US core PCE|core PCE|" + US
CORE = "core_pce_price_index|core_pce|core_pce_inflation|core_inflation|core_pce_growth"
PCEE = "PCE price index|US PCE price index|PCE|" + US
PCE = "pce_price_index|pce_inflation|pce_price_index_growth|pce_growth"
CSE = "US consumer spending|consumer spending|" + US
CS = "consumer_spending_growth|personal_consumption_growth|consumer_spending|pce_growth"
FSE = "US final sales|final sales|" + US
FS = "final_sales_growth|final_sales|real_final_sales_growth"
G["en03"] = ([
    m(GG, 2.2, "%", US, prior=1.6, basis="third quarter, annualised, revised"),
    m(GG, 1.6, "%", US, opt=True, basis="third quarter, first estimate"),
    m("gdp_growth_consensus|gdp_growth_forecast|gdp_forecast|gdp_growth_estimate", 1.8, "%", US,
      basis="third quarter, economists' expectation, about"),
    m(GG, 2.6, "%", US, basis="second quarter (prior three months), annual rate"),
    m(GG, 5.6, "%", US, basis="first quarter (January-March), annual rate"),
    m(CORE, 2.2, "%", CPCE, prior=2.3, basis="third quarter, revised"),
    m(CORE, 2.3, "%", CPCE, opt=True, basis="third quarter, earlier estimate"),
    m(CORE, 2.7, "%", CPCE, basis="prior quarter"),
    m(CORE + "|core_pce_yoy|core_pce_annual", 2.4, "%", CPCE, basis="past 12 months, unrevised"),
    m(PCE, 2.4, "%", PCEE, prior=2.5, basis="third quarter, revised"),
    m(PCE, 2.5, "%", PCEE, opt=True, basis="third quarter, earlier estimate"),
    m(PCE, 4.0, "%", PCEE, basis="prior quarter"),
    m(CS, 2.9, "%", CSE, prior=3.1, basis="third quarter, revised"),
    m(CS, 3.1, "%", CSE, opt=True, basis="third quarter, first estimate"),
    m(CS, 2.6, "%", CSE, basis="April-June"),
    m("share_of_gdp|share_of_economy|consumer_spending_share", 66.7, "%", CSE, opt=True,
      basis="as much as two-thirds"),
    m(FS, 2.1, "%", FSE, prior=1.7, basis="third quarter, revised"),
    m(FS, 1.7, "%", FSE, opt=True, basis="third quarter, earlier estimate"),
    m(FS, 2.1, "%", FSE, basis="second quarter"),
], [])

# ---------------------------------------------------------------- en04 Asia Aviation / Thai AirAsia first half and second quarter 2018: revenue, profit and losses in baht, load factors, passengers, fleet, fuel cost rise, market share (The Nation Thailand, 2018; THB)
# An airline's results with traffic statistics. Page furniture dropped (the site's date bar "FRIDAY, March 29, 2024",
# the site name and a doubled headline); the headline kept once; the passage ends where the stored text breaks off, at
# the sentence before a half-stored one ("In the latter half of 2018, Santisu..."). "Bt" is the baht (THB); "Bt 306
# million" with its space kept. Periods: "the first half of 2018" -> 2018H1; "the second quarter" of the same report ->
# 2018Q2 (clearly implied); the fuel-cost rise "from last year" sits in the second-quarter paragraph -> 2018Q2. Entities:
# results of the listed holding company AAV and of the airline TAA are kept apart where the text separates them (Q2
# revenue Bt9.3 billion for each, losses Bt 306 million and Bt567.5 million -> four key rows); traffic figures are the
# airline's and carry both names. H1: revenue Bt20.89 billion, net profit Bt698 million, -6 % -> key; load factor 88 %
# key, "on par with the same period last year" -> optional 0 pp change (news24's "static" rule); 10.95 million
# passengers and +15 % key; fleet of 59 aircraft key. Q2: fuel costs +37 % key; load factor 85 % key; 5.31 million
# passengers and +13 % key; "keeping its fleet at 59 aircraft" -> optional repeat. Route counts ("four routes", "one
# from Chiang Mai", "seven routes") are optional (news24: route counts in an airline story). The 33 % domestic market
# share is key, no period (a current standing, not tied to a stated period).
AAV = "Asia Aviation|Asia Aviation Plc|AAV"
TAA = "Thai AirAsia|Thai AirAsia Co Ltd|TAA|AirAsia"
AAVT = TAA + "|" + AAV
H1, Q2 = "2018H1", "2018Q2"
REV = "revenue|total_revenue|revenues"
NP = "net_profit|net_income|net_loss"
G["en04"] = ([
    m(REV, 20.89e9, "THB", AAV, H1),
    m(NP, 698e6, "THB", AAV, H1),
    m("net_profit_growth|net_income_growth|net_profit_change", -6, "%", AAV, H1, basis="y/y"),
    m("load_factor|passenger_load_factor", 88, "%", AAVT, H1),
    m("load_factor_change", 0, "pp", AAVT, H1, opt=True, basis="on par with last year"),
    m("passengers|passengers_carried|passenger_numbers|passengers_served", 10.95e6, "passengers", AAVT, H1),
    m("passenger_growth|passengers_growth|traffic_growth", 15, "%", AAVT, H1, basis="y/y"),
    m("fleet_size|fleet|aircraft", 59, "aircraft", AAVT, H1),
    m(REV, 9.3e9, "THB", AAV, Q2),
    m(NP, -306e6, "THB", AAV, Q2),
    m(REV, 9.3e9, "THB", TAA, Q2),
    m(NP, -567.5e6, "THB", TAA, Q2),
    m("fuel_cost_growth|fuel_costs_growth|fuel_cost_change|fuel_expense_growth", 37, "%", AAVT, Q2, basis="y/y"),
    m("load_factor|passenger_load_factor", 85, "%", AAVT, Q2),
    m("passengers|passengers_carried|passenger_numbers|passengers_served", 5.31e6, "passengers", AAVT, Q2),
    m("passenger_growth|passengers_growth|traffic_growth", 13, "%", AAVT, Q2, basis="y/y"),
    m("fleet_size|fleet|aircraft", 59, "aircraft", AAVT, Q2, opt=True, basis="unchanged, repeat"),
    m("routes|route_count|routes_with_added_frequency", 4, "routes", AAVT, Q2, opt=True,
      basis="added frequency, from Bangkok Don Mueang"),
    m("routes|route_count|routes_with_added_frequency", 1, "routes", AAVT, Q2, opt=True,
      basis="added frequency, from Chiang Mai"),
    m("domestic_market_share|market_share", 33, "%", AAVT, basis="domestic"),
    m("new_routes|routes_launched|routes", 7, "routes", AAVT, H1, opt=True),
], [])

# ---------------------------------------------------------------- en05 Vietnam close: VN-Index level and moves, HoSE trading value in dong, nine named VN30 movers, foreign net buying, HNX and UPCoM (VnExpress copy on vnexpressnews.net; no year printed; VND)
# A one-market Asian wrap. No headline in the stored text (none added); trailing advertisement links dropped. Market
# moves carry no period. VN-Index "gained 0.89 percent to 1,360.68 points" -> level and % move key; "closing 12 points
# higher" -> key point move of the day (rounded, as printed); the intraday swing "plunging 15 points" and the "rallied
# 30 points" recovery are intraday moves in a wrap -> optional (-15, +30 points). Trading value "VND15.36 trillion
# ($669.12 million)" -> key, the dollar conversion optional. The "20-trillion mark" is a threshold, "fifth straight
# session", "five months" and "last February" are counts and dates (not labelled); "the 30 largest capped stocks"
# defines the basket (not labelled). Breadth "22 tickers in the green", "Seven blue chips fell" -> optional (news7).
# Nine named movers, each by its ticker and company: TPB +6.9, VHM +6.7, MSN +5.2, SAB +3.6, CTG +3.3, BID +2.6, SSI
# -3.1, KDH -0.9, PLX -2.2 -> key. Foreign investors "net buyers to the tune of VND305.89 billion" -> key. HNX-Index
# -0.62 % and UPCoM-Index -0.19 % -> key.
VNI = "VN-Index|VNIndex|VN Index|Vietnam VN-Index"
HOSE = "HoSE|Ho Chi Minh Stock Exchange|" + VNI
PC = "price_change|share_price_change|stock_price_change|change_pct"
IC = "index_change|index_change_pct|percent_change|change_pct"
G["en05"] = ([
    m("index_level|index_close|close|closing_level", 1360.68, "points", VNI),
    m(IC, 0.89, "%", VNI),
    m("index_change|index_change_points|point_change", 12, "points", VNI, basis="close"),
    m("index_change|intraday_change|index_change_points", -15, "points", VNI, opt=True,
      basis="intraday, first 30 minutes of the afternoon session"),
    m("index_change|intraday_change|index_change_points", 30, "points", VNI, opt=True, basis="intraday rally"),
    m("trading_value|turnover|market_turnover|traded_value", 15.36e12, "VND", HOSE),
    m("trading_value|turnover|market_turnover|traded_value", 669.12e6, "USD", HOSE, opt=True),  # ($669.12 million)
    m("gainers|advancers", 22, "stocks", "VN30|VN30 basket", opt=True),
    m(PC, 6.9, "%", "TPB|TPBank"),
    m(PC, 6.7, "%", "VHM|Vinhomes"),
    m(PC, 5.2, "%", "MSN|Masan Group|Masan"),
    m(PC, 3.6, "%", "SAB|Sabeco"),
    m(PC, 3.3, "%", "CTG|VietinBank"),
    m(PC, 2.6, "%", "BID|BIDV"),
    m("losers|decliners", 7, "stocks", "VN30|VN30 basket|blue chips", opt=True),
    m(PC, -3.1, "%", "SSI|SSI Securities"),
    m(PC, -2.2, "%", "PLX|Petrolimex"),
    m(PC, -0.9, "%", "KDH|Khang Dien|Khang Dien House"),
    m("foreign_net_buying|net_foreign_buying|foreign_net_purchases|net_buying|foreign_net_flow", 305.89e9, "VND",
      "foreign investors|" + HOSE),
    m(IC, -0.62, "%", "HNX-Index|HNX Index|HNX|Hanoi Stock Exchange"),
    m(IC, -0.19, "%", "UPCoM-Index|UPCoM Index|UPCoM"),
], [])

# ---------------------------------------------------------------- en06 Pfizer second quarter: adjusted EPS and sales against Bloomberg estimates, Ibrance and Prevnar sales against estimates, oncology growth, Hospira and Teva deal values, raised guidance range (Bloomberg via IOL; no year kept; USD)
# A drugmaker's quarter with product sales by drug. The headline is kept; page furniture ("File photo", "Share",
# "Related Topics") and the page's publication-date line dropped, so no year of the results is printed: the quarter, the
# guidance "this year" and the deals carry no period; Ibrance's "a $3.39 billion drug by 2018" names its own horizon ->
# period 2018 on that row only. Adjusted EPS 56 cents against "the average projection of 52 cents" -> key EPS (0.56
# USD, adjusted) and key consensus (0.52). "First-quarter sales of $11.9 billion" is printed so in a second-quarter
# story (the source's own slip, kept in the text) -> key revenue as printed, the wording in the basis; analysts' $11.4
# billion -> key consensus. Ibrance $140 million against $95.3 million projected -> key product sales and key
# consensus; analysts' $3.39 billion by 2018 -> key sales forecast (analysts' estimate). Oncology sales "rose 25
# percent from a year earlier" -> key (entity the oncology business with Pfizer). Prevnar $1.5 billion against the $1.3
# billion average estimate -> key pair. Deal values: Hospira "about $17 billion" (Pfizer's acquisition) and Allergan's
# generics unit to Teva "$40.5 billion" -> key deal_value rows (hedge in basis). Guidance: adjusted EPS "$2.01 to $2.07
# ... compared with an earlier estimate of $1.95 to $2.05" -> key range with the earlier range as prior range, and the
# earlier range also an optional row; sales "$45 billion to $46 billion" -> key range. "More than doubled the time" (a
# trial outcome) and "two or three separate companies" carry no financial value -> not labelled.
PFE = "Pfizer|Pfizer Inc|PFE"
IBR = "Ibrance|Pfizer Ibrance|" + PFE
PRV = "Prevnar|Prevnar family|Prevnar vaccines|" + PFE
PSALES = "product_sales|drug_sales|sales|revenue|vaccine_sales"
PCONS = "product_sales_consensus|product_sales_estimate|sales_estimate|sales_consensus|revenue_consensus"
G["en06"] = ([
    m("eps|adjusted_eps|earnings_per_share", 0.56, "USD", PFE, basis="adjusted, second quarter"),
    m("eps_consensus|eps_estimate|consensus_eps", 0.52, "USD", PFE, basis="Bloomberg average projection"),
    m("revenue|sales", 11.9e9, "USD", PFE, basis="printed as first-quarter sales"),
    m("revenue_consensus|sales_consensus|revenue_estimate|sales_estimate", 11.4e9, "USD", PFE,
      basis="analysts' projection"),
    m(PSALES, 140e6, "USD", IBR),
    m(PCONS, 95.3e6, "USD", IBR, basis="analysts' projection"),
    m("product_sales_forecast|sales_forecast|sales_estimate|drug_sales_forecast", 3.39e9, "USD", IBR, "2018",
      basis="analysts' estimates, by 2018"),
    m("oncology_sales_growth|sales_growth|segment_sales_growth|revenue_growth", 25, "%",
      "Pfizer oncology|oncology|" + PFE, basis="y/y"),
    m(PSALES, 1.5e9, "USD", PRV),
    m(PCONS, 1.3e9, "USD", PRV, basis="average estimate"),
    m("deal_value|transaction_value|acquisition_value|deal_size", 17e9, "USD", "Hospira|" + PFE, basis="about"),
    m("deal_value|transaction_value|sale_price|deal_size", 40.5e9, "USD",
      "Allergan generics unit|Allergan|Teva|Teva Pharmaceutical Industries"),
    m("guidance_eps|eps_guidance|guidance_adjusted_eps|adjusted_eps_guidance", None, "USD", PFE, rng=(2.01, 2.07),
      prng=(1.95, 2.05), basis="adjusted, this year"),
    m("guidance_eps|eps_guidance|guidance_adjusted_eps|adjusted_eps_guidance", None, "USD", PFE, rng=(1.95, 2.05),
      opt=True, basis="earlier estimate"),
    m("guidance_revenue|revenue_guidance|guidance_sales|sales_guidance", None, "USD", PFE, rng=(45e9, 46e9),
      basis="this year"),
], [])
