# Hand-written gold labels for news27/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news26/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# compared with Y" / "X against Y" value of the same quantity is the prior, a revised reading keeps its first-reported
# value as prior and as an optional row (news22), an earlier period's reading in its own clause or sentence is its own
# key row (news24, news26), periods only where the text states or clearly implies the year, fiscal periods as the text
# names them (news17), market moves carry no period, broker targets only in rating actions, a bracketed currency
# conversion an optional row (dev corpus, news20), repeats and rounded headline restatements optional, groups,
# segments, regions and sectors their own entities (news5, news21), tonnes as count nouns with per-tonne prices in the
# currency (news18, news19), a "little changed" / "stable" figure with no number an optional 0, a size printed without
# its scale word read at the scale the passage itself confirms with the printed form in the basis (news26)).

# ---------------------------------------------------------------- en01 Cisco fiscal second quarter: revenue and its fall, next-quarter revenue-decline and EPS guidance ranges, dividend rise, net profit, adjusted EPS, regional and product-line growth, operating cash flow, buyback shares, GAAP gross margins with year-ago priors (Telecompaper; fiscal 2020 implied; USD)
# A US networking company's quarter in a Telecompaper story; the stored text has no headline (none added; the page's
# metadata date line dropped). Period: the quarter is "fiscal second quarter to January", and the margin comparison is
# "the second quarter of fiscal 2019" (the year-ago quarter of a y/y story), so the reported quarter is FY2020Q2 (clearly
# implied) and "the current quarter" / "fiscal Q3" guidance is FY2020Q3. Revenue "down 4 percent ... to USD 12.0
# billion" -> level and -4 key. "a further decline of 1.5-3.5 percent in the current quarter" -> key guidance range of
# revenue growth, declines negative: rng=(-3.5, -1.5). Quarterly dividend "by 3 percent to USD 0.36" -> dividend and its
# growth key (no period: a declared quarterly rate). Net profit +2 % to USD 2.9 billion key pair; operating costs "4
# percent reduction" -> key -4. Adjusted EPS USD 0.77 and +5 % key (basis adjusted). Guidance EPS "USD 0.62-0.67, or USD
# 0.79-0.81 on an adjusted basis" -> two key ranges told apart by basis (GAAP implied for the first). Regions (Americas
# -5, EMEA -3, APJC -1) and product lines (product revenue -6, infrastructure platforms -8, applications -8, security +9,
# service +5) -> key growth rows, each its own entity with Cisco's names as alternatives. Operating cash flow USD 3.8
# billion key; "stable year-on-year" -> optional 0 %. "acquired 18 million of its own shares" -> key share count.
# GAAP gross margins "64.7%, 63.9%, and 66.6% ... as compared with 62.5%, 61.0%, and 66.6%" -> three key margins paired by
# "respectively", the year-ago values as priors (same sentence, same quantity).
CS = "Cisco|Cisco Systems|Cisco Systems Inc|CSCO"
Q, NQ = "FY2020Q2", "FY2020Q3"
RG = "revenue_growth|sales_growth|revenues_growth|revenue_change"
GM = "gross_margin|gaap_gross_margin"
G["en01"] = ([
    m("revenue|revenues|total_revenue", 12.0e9, "USD", CS, Q),
    m(RG, -4, "%", CS, Q, basis="y/y"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_forecast", None, "%", CS, NQ, rng=(-3.5, -1.5),
      basis="current quarter, further decline"),
    m("dividend|quarterly_dividend|dividend_per_share|dps", 0.36, "USD", CS, basis="quarterly, raised"),
    m("dividend_growth|dividend_increase|dividend_change", 3, "%", CS),
    m("net_profit|net_income", 2.9e9, "USD", CS, Q),
    m("net_profit_growth|net_income_growth", 2, "%", CS, Q),
    m("operating_costs_growth|operating_expenses_growth|opex_growth|operating_costs_change", -4, "%", CS, Q,
      basis="reduction"),
    m("eps|adjusted_eps|earnings_per_share|non_gaap_eps", 0.77, "USD", CS, Q, basis="adjusted"),
    m("eps_growth|adjusted_eps_growth", 5, "%", CS, Q, basis="adjusted"),
    m("guidance_eps|eps_guidance|earnings_per_share_guidance", None, "USD", CS, NQ, rng=(0.62, 0.67),
      basis="GAAP, fiscal Q3"),
    m("guidance_eps|eps_guidance|guidance_adjusted_eps|adjusted_eps_guidance", None, "USD", CS, NQ,
      rng=(0.79, 0.81), basis="adjusted, fiscal Q3"),
    m(RG, -5, "%", "Americas|Cisco Americas|" + CS, Q, basis="region"),
    m(RG, -3, "%", "EMEA|Cisco EMEA|" + CS, Q, basis="region"),
    m(RG, -1, "%", "APJC|Cisco APJC|" + CS, Q, basis="region"),
    m("product_revenue_growth|" + RG, -6, "%", "Cisco product|product revenue|" + CS, Q),
    m(RG, -8, "%", "infrastructure platforms|Cisco infrastructure platforms|" + CS, Q),
    m(RG, -8, "%", "applications|Cisco applications|" + CS, Q),
    m(RG, 9, "%", "security|Cisco security|security products|" + CS, Q),
    m("service_revenue_growth|" + RG, 5, "%", "Cisco services|service revenue|" + CS, Q),
    m("operating_cash_flow|cash_flow_from_operations|ocf", 3.8e9, "USD", CS, Q),
    m("operating_cash_flow_growth|operating_cash_flow_change", 0, "%", CS, Q, opt=True, basis="stable y/y"),
    m("shares_repurchased|buyback_shares|shares_bought_back", 18e6, "shares", CS, Q, basis="buyback programme"),
    m(GM, 64.7, "%", CS, Q, prior=62.5, basis="GAAP, total"),
    m("product_gross_margin|" + GM, 63.9, "%", "Cisco product|" + CS, Q, prior=61.0, basis="GAAP, product"),
    m("service_gross_margin|" + GM, 66.6, "%", "Cisco services|" + CS, Q, prior=66.6, basis="GAAP, service"),
], [])

# ---------------------------------------------------------------- en02 ING Groep first quarter 2024: EUR2.5 billion buyback, NII and the year-ago NII, net profit against the year-ago figure and expectations, CET1 ratio, target and consensus, buyback CET1 effect, 2024 guidance, fee-income growth (Dow Jones via Morningstar; EUR)
# A European bank's quarter in a Dow Jones story; headline and byline kept; page furniture ("Skip to Content", "Global
# News Select"), the authors' e-mail line and the trailing time stamp dropped; the wire's "-0-" note giving the
# consensus buyback and "(END) Dow Jones Newswires" kept; the source's garbled half sentence ("and was It attributed the
# xx on") and "EUR1.58 billion euros" kept as published. Periods: "For the first quarter of 2024" dates the quarter ->
# 2024Q1 for the quarter's figures; "the same quarter the previous year" -> 2023Q1; guidance "this year" -> 2024; the
# CET1 target "by 2025" and the "2025 CET1" consensus -> 2025. Buyback "up to 2.5 billion euros ($2.68 billion)" -> key
# EUR row, dollar conversion optional, the headline's "EUR2.5 Billion" an optional repeat; the "-0-" note
# "company-compiled consensus had expected a EUR2.5 billion share buyback" -> a key consensus row (a printed consensus
# figure). NII "3.825 billion euros ($4.10 billion)" key, conversion optional; "This represents a fall from the EUR4.01
# billion it reported for the same quarter the previous year" is its own sentence -> the year-ago NII is its own key
# row (2023Q1), not a prior (news24/news26 rule for an earlier period's reading outside the "X from Y" clause). Net profit
# "EUR1.58 billion euros compared with EUR1.59 billion ... and ahead of expectations of a EUR1.45 billion result" -> key
# level with the year-ago prior, key consensus. CET1: 14.8 % key (2024Q1); target "around 12.5% by 2025" key target row;
# consensus 13.0 % for 2025 key; the buybacks "will benefit its CET1 ratio by 77 basis points" -> key +77 bp (sign as
# printed: "benefit"). Guidance (this year): fee income growth 5 %-10 % key range, cost growth "around 3%" key, return
# on equity 12 % key. Fee income +11 % y/y and +14 % q/q -> two key rows. No RoTE, cost-income ratio or dividend is
# printed.
ING = "ING|ING Groep|ING Groep NV|ING Group|INGA"
Q1, PQ, FY = "2024Q1", "2023Q1", "2024"
BB = "share_buyback|buyback|buyback_amount|share_repurchase"
NII = "net_interest_income|nii"
NP = "net_profit|net_income"
CET1 = "cet1_ratio|common_equity_tier_1_ratio|cet1"
G["en02"] = ([
    m(BB, 2.5e9, "EUR", ING, basis="up to"),
    m(BB, 2.68e9, "USD", ING, opt=True),                                                      # ($2.68 billion)
    m(BB, 2.5e9, "EUR", ING, opt=True, basis="headline repeat"),
    m(NII, 3.825e9, "EUR", ING, Q1),
    m(NII, 4.10e9, "USD", ING, Q1, opt=True),                                                 # ($4.10 billion)
    m(NII, 4.01e9, "EUR", ING, PQ, basis="same quarter the previous year"),
    m(NP, 1.58e9, "EUR", ING, Q1, prior=1.59e9, basis="printed 'EUR1.58 billion euros'"),
    m("net_profit_consensus|net_profit_estimate|net_income_consensus|net_profit_expectation", 1.45e9, "EUR", ING, Q1,
      basis="expectations"),
    m(CET1, 14.8, "%", ING, Q1),
    m("cet1_ratio_target|cet1_target|target_cet1_ratio", 12.5, "%", ING, "2025", basis="around, by 2025"),
    m("cet1_ratio_consensus|cet1_consensus|cet1_ratio_estimate", 13.0, "%", ING, "2025", basis="consensus before print"),
    m("cet1_impact|buyback_cet1_impact|cet1_ratio_change|cet1_benefit", 77, "bp", ING, basis="from the share buybacks"),
    m("guidance_fee_income_growth|fee_income_growth_guidance|fee_income_growth_forecast", None, "%", ING, FY,
      rng=(5, 10), basis="this year"),
    m("guidance_cost_growth|cost_growth_guidance|cost_growth|expense_growth_guidance", 3, "%", ING, FY,
      basis="around, this year"),
    m("guidance_roe|roe_guidance|return_on_equity_guidance|return_on_equity_target|roe_target", 12, "%", ING, FY,
      basis="this year"),
    m("fee_income_growth|fee_and_commission_income_growth|net_fee_income_growth", 11, "%", ING, Q1, basis="y/y"),
    m("fee_income_growth|fee_and_commission_income_growth|net_fee_income_growth", 14, "%", ING, Q1, basis="q/q"),
    m("buyback_consensus|share_buyback_consensus|buyback_expectation|buyback_estimate", 2.5e9, "EUR", ING,
      basis="company-compiled consensus"),
], [])

# ---------------------------------------------------------------- en03 New Zealand June-quarter GDP: 0.1 % growth against the 0.5 % average forecast, the forecast range and the Reserve Bank's 0.6 %, annual growth, the revised March quarter, industry and investment growth (NBR; no year printed)
# A New Zealand macro release (Statistics New Zealand) in an NBR story; headline kept; the standfirst, printed three
# times on the stored page (page furniture), kept once. The only year is the trivia "the largest increase since March
# 2005" (not a metric) -> no periods; quarters go into the basis. GDP "0.1% in the second three months of the year" ->
# key q/q growth. Forecasts: "average economic forecast ... 0.5%" -> key consensus; "an unusually broad range in those
# forecasts, from 0.1% to 1.0%" -> key range row of the forecasts (decided here: the printed spread of economists'
# forecasts is a key consensus-range row beside the average); the Reserve Bank's 0.6 % -> key forecast row (entity NZ,
# basis RBNZ). Annual GDP 1.5 % key. March quarter "revision upwards from 0.8% to 0.9%" -> key 0.9 with prior 0.8, the
# 0.8 optional (news22). Industries: finance insurance and business services +1.5, agriculture +4.3, construction -4.3,
# mining -5.4, manufacturing -0.1 -> key; construction's "4.4% drop in the March quarter" and manufacturing's "two large
# quarterly rises of 3.3% and 3.6%" are earlier quarters' readings in their own clause -> own key rows (news26), the two
# manufacturing quarters not told apart by the text (basis says so). Investment: plant and machinery +4.7, business
# investment in fixed assets +1.3 (quarter), business investment +9.6 "for the year" -> key. "two strong quarters" and
# "the second quarterly fall" are counts (not labelled).
NZ = "New Zealand|NZ|New Zealand economy|NZ economy"
GG = "gdp_growth|gdp_growth_qoq|real_gdp_growth|economic_growth"
GF = "gdp_growth_consensus|gdp_growth_forecast|gdp_forecast|gdp_growth_estimate"
IG = "output_growth|industry_growth|sector_growth|growth"
G["en03"] = ([
    m(GG, 0.1, "%", NZ, basis="June quarter (second three months), q/q"),
    m(GF, 0.5, "%", NZ, basis="average economic forecast"),
    m(GF + "|gdp_forecast_range", None, "%", NZ, rng=(0.1, 1.0), basis="range of forecasts"),
    m(GF + "|rbnz_gdp_forecast", 0.6, "%", "Reserve Bank|RBNZ|Reserve Bank of New Zealand|" + NZ,
      basis="Reserve Bank forecast, monetary policy statement"),
    m("gdp_growth_annual|gdp_growth_yoy|annual_gdp_growth|" + GG, 1.5, "%", NZ, basis="annual"),
    m(GG, 0.9, "%", NZ, prior=0.8, basis="March quarter, revised"),
    m(GG, 0.8, "%", NZ, opt=True, basis="March quarter, previously reported"),
    m(IG, 1.5, "%", "finance insurance and business services|financial sector|" + NZ),
    m(IG, 4.3, "%", "agriculture|NZ agriculture|" + NZ),
    m(IG, -4.3, "%", "construction|NZ construction|" + NZ),
    m(IG, -4.4, "%", "construction|NZ construction|" + NZ, basis="March quarter"),
    m(IG, -5.4, "%", "mining|mining output|" + NZ),
    m(IG, -0.1, "%", "manufacturing|manufacturing output|" + NZ),
    m(IG, 3.3, "%", "manufacturing|manufacturing output|" + NZ, basis="one of the two previous quarters"),
    m(IG, 3.6, "%", "manufacturing|manufacturing output|" + NZ, basis="one of the two previous quarters"),
    m("investment_growth|plant_and_machinery_investment_growth", 4.7, "%", "plant and machinery investment|" + NZ,
      basis="over the quarter"),
    m("business_investment_growth|investment_growth", 1.3, "%", "business investment|" + NZ,
      basis="in fixed assets, quarter"),
    m("business_investment_growth|investment_growth", 9.6, "%", "business investment|" + NZ, basis="for the year"),
], [])

# ---------------------------------------------------------------- en04 LME morning report: three-month copper, nickel and aluminium prices and moves, aluminium stock inflows and totals, SHFE stocks, cash/three-month and forward spreads (Fastmarkets; no year printed; USD per tonne)
# A metals market report; the stored page has no headline (none added), the site's menu words dropped; the two quoted
# statements kept verbatim (with the source's "…" and "[Shanghai Futures Exchange]"). Market levels and moves carry no
# period. "$" prices are USD per tonne (basis). Copper "at $5,369.50 per tonne, up by $81 per tonne (1.5%) from last
# Friday's 5pm close of $5,288.50" -> price key with the Friday close as prior (same sentence, same quantity), the $81
# and 1.5 % moves key. Nickel "$75 per tonne (0.6%) at $12,325" -> three key rows. Aluminium "little changed ... at $1,505
# ... compared with a close of $1,506.50" -> price key with prior, the "little changed" an optional 0 %; "gaining more than
# 3% last week" -> key weekly move (bound kept, basis). Stocks: "a further 25,400 tonnes delivered into LME sheds in Port
# Klang" -> key inflow; "Over 70% of total aluminium stocks ... held in Malaysia" -> key share (bound in basis); "Total
# aluminium stocks now stand at 1.4 million" (no unit printed) -> key 1.4e6 tonnes, the unit the paragraph's tonnes;
# SHFE deliverable stocks "declined for a ninth straight week by 8.6% to 322,060 tonnes" -> level and -8.6 key ("ninth"
# a count, not labelled). Spreads (values as printed, no sign convention imposed): cash/three-month "narrowed to $25.50
# ... from $33.50" -> key with prior; June/three-month "flat at $0 per tonne" -> key 0 (a printed figure); August/three-
# month "$0.50-per-tonne backwardation" -> key 0.50 (basis backwardation).
CU = "LME copper|copper|three-month copper|LME three-month copper"
NI = "LME nickel|nickel|three-month nickel|LME three-month nickel"
AL = "LME aluminium|aluminium|aluminum|three-month aluminium|LME three-month aluminium"
PX = "price|metal_price|three_month_price|lme_price|futures_price"
PCH = "price_change|change"
PPC = "price_change_pct|price_change|change_pct|pct_change"
STK = "stocks|inventories|warehouse_stocks|aluminium_stocks"
SPR = "spread|cash_three_month_spread|price_spread"
G["en04"] = ([
    m(PX, 5369.50, "USD", CU, prior=5288.50, basis="per tonne, vs last Friday's 5pm close"),
    m(PCH, 81, "USD", CU, basis="per tonne"),
    m(PPC, 1.5, "%", CU),
    m(PX, 12325, "USD", NI, basis="per tonne"),
    m(PCH, 75, "USD", NI, basis="per tonne"),
    m(PPC, 0.6, "%", NI),
    m(PX, 1505, "USD", AL, prior=1506.50, basis="per tonne, vs last Friday's close"),
    m(PPC, 0, "%", AL, opt=True, basis="little changed"),
    m(PPC, 3, "%", AL, basis="more than, last week"),
    m("stock_inflow|deliveries|stocks_delivered|" + STK, 25400, "tonnes", "Port Klang|LME Port Klang|" + AL,
      basis="delivered into LME sheds this morning"),
    m("stocks_share|share_of_stocks|share", 70, "%", "Malaysia|LME Malaysia|" + AL,
      basis="over, share of total LME aluminium stocks"),
    m(STK, 1.4e6, "tonnes", "LME aluminium stocks|" + AL, basis="total, printed '1.4 million' without unit"),
    m(STK, 322060, "tonnes", "SHFE aluminium|SHFE|Shanghai Futures Exchange|SHFE warehouses",
      basis="deliverable, last week"),
    m("stocks_change|inventory_change|stocks_growth", -8.6, "%", "SHFE aluminium|SHFE|Shanghai Futures Exchange|SHFE warehouses",
      basis="weekly"),
    m(SPR, 25.50, "USD", "aluminium cash/three-month spread|LME aluminium cash/3M|" + AL, prior=33.50,
      basis="per tonne, narrowed from a week ago"),
    m(SPR, 0, "USD", "aluminium June/three-month spread|" + AL, basis="per tonne, flat"),
    m(SPR, 0.50, "USD", "aluminium August/three-month spread|" + AL, basis="per tonne, backwardation"),
], [])

# ---------------------------------------------------------------- en05 Google first-quarter report: seven broker target cuts with old targets, the share fall and price, Dow and Nasdaq moves (WebProNews; no year printed; USD)
# Several analysts on one stock after its results. The stored text has no headline (none added). No year printed -> no
# periods (market moves carry none anyway). Seven brokers, each "from $X to $Y" -> seven cut_target actions with both
# targets; no rating is printed for any broker -> rating None (as in news5, news10, news18, news23 for a target cut
# with no rating printed).
# "Morgan Stanley's cut" and "Oppenheimer's lowered" (contractions of "has") kept. Share move "down 7.01 percent (to
# $537.97)" -> key move and key price (in an analyst story the price is a key row, as in news26 en08); "the Dow is up
# 0.33 percent, and the Nasdaq is down just 0.18 percent" -> key index moves (decided here: the benchmark moves set
# against the stock in a one-stock analyst story are key, as market moves). "a number of financial institutions" is no
# count; "dessert statues" etc. carry no figures.
GOOG = "Google|Google Inc|Google Inc.|GOOG|Alphabet"
USD = "USD"
G["en05"] = ([
    m("share_price_change|price_change|stock_price_change|change_pct", -7.01, "%", GOOG, basis="this morning"),
    m("share_price|price|stock_price", 537.97, "USD", GOOG),
    m("index_change|index_change_pct|percent_change|change_pct", 0.33, "%",
      "Dow|Dow Jones|Dow Jones Industrial Average|DJIA"),
    m("index_change|index_change_pct|percent_change|change_pct", -0.18, "%", "Nasdaq|Nasdaq Composite|NASDAQ"),
], [
    ra("Credit Suisse", GOOG, "cut_target", None, target=700, prior_target=750, cur=USD),
    ra("Goldman Sachs|Goldman", GOOG, "cut_target", None, target=690, prior_target=720, cur=USD),
    ra("Morgan Stanley", GOOG, "cut_target", None, target=645, prior_target=750, cur=USD),
    ra("Oppenheimer|Oppenheimer & Co", GOOG, "cut_target", None, target=650, prior_target=715, cur=USD),
    ra("Stifel Nicolaus|Stifel", GOOG, "cut_target", None, target=750, prior_target=775, cur=USD),
    ra("UBS", GOOG, "cut_target", None, target=765, prior_target=780, cur=USD),
    ra("Wedbush|Wedbush Securities", GOOG, "cut_target", None, target=700, prior_target=750, cur=USD),
])

# ---------------------------------------------------------------- en06 Zenith Bank first half 2016: profit after and before tax with their falls and priors, gross earnings, interest income and expense, EPS in kobo, NPL ratio, total assets and liabilities, second-quarter PBT and PAT, interim dividend (Business Standard Nigeria; NGN)
# A Nigerian bank's half-year results; headline and byline kept; the passage stops before a half-stored sentence ("The
# gross earnings dipped from N115.760 billion in se..."). "N" is the naira (NGN); kobo are hundredths of the naira (like
# sen, news26: "26 kobo" -> 0.26 NGN). The source's slips are kept in the text: "for for", "at he end", "of-20 per cent",
# "N0.25 kobo", EPS "143 kobo at the end of half year 2015" (the current half is meant) and "N18.270" printed without a
# scale word. Periods: "half year ended 30 June 2016" -> 2016H1; the year-ago figures are priors in the same "from Y to X"
# sentences; "second quarter 2016" -> 2016Q2. Decided here: EPS "from 169 kobo in 2015 half year to 143 kobo at the end
# of half year 2015" takes 2016H1 (the passage's own comparison shows the printed 2015 is a slip; printed wording in the
# basis), and the second-quarter PAT "down from N25.500 billion ... to N18.270" is read at 18.27e9 NGN (the same quantity
# as its billion-scale prior; printed form in the basis). Each "drop of N8.337 billion" / "decreased by N14.270 billion"
# / "decreased by N8.920 billion" / "decrease by 26 kobo" is a key negative change row beside the level and % change
# (printed figures, not computed). Headline "N44.8bn" -> optional rounded repeat of the N44.843 billion PAT; the interim
# dividend "N0.25 kobo" (printed only in the headline) -> key 0.25 NGN, proposed. NPL "rose to 2.34 per cent from 1.44
# per cent" -> key with prior. Total assets and liabilities "from ... to ..." -> key with priors. Q2 PBT "change of-20
# per cent ... to N31.160 billion from N39.073 billion" -> growth key and level key with prior; Q2 PAT key with prior.
ZEN = "Zenith Bank|Zenith Bank Plc|Zenith|ZENITHBANK"
H1, Q2 = "2016H1", "2016Q2"
PAT = "profit_after_tax|net_profit|net_income|pat"
PBT = "profit_before_tax|pretax_profit|pbt"
GE = "gross_earnings|revenue|gross_revenue"
G["en06"] = ([
    m("profit_after_tax_change|net_profit_change|pat_change|net_income_change", -8.337e9, "NGN", ZEN, H1, basis="drop"),
    m(PAT, 44.843e9, "NGN", ZEN, H1, prior=53.180e9),
    m(PAT, 44.8e9, "NGN", ZEN, H1, opt=True, basis="headline, rounded"),
    m("profit_after_tax_growth|net_profit_growth|net_income_growth|pat_growth", -15.68, "%", ZEN, H1),
    m("gross_earnings_change|revenue_change", -14.270e9, "NGN", ZEN, H1, basis="decrease"),
    m("gross_earnings_growth|revenue_growth", -6.2, "%", ZEN, H1),
    m(GE, 214.812e9, "NGN", ZEN, H1, prior=229.082e9),
    m("interest_income|interest_and_similar_income", 181.408e9, "NGN", ZEN, H1, prior=176.223e9),
    m("interest_expense|interest_and_similar_expense|interest_expenses", 54.385e9, "NGN", ZEN, H1, prior=63.585e9),
    m("profit_before_tax_change|pbt_change|pretax_profit_change", -8.920e9, "NGN", ZEN, H1, basis="decrease"),
    m("profit_before_tax_growth|pretax_profit_growth|pbt_growth", -12.35, "%", ZEN, H1),
    m(PBT, 63.281e9, "NGN", ZEN, H1, prior=72.201e9),
    m("eps_change|earnings_per_share_change", -0.26, "NGN", ZEN, H1, basis="basic and diluted, 26 kobo"),
    m("eps|earnings_per_share|basic_eps|diluted_eps", 1.43, "NGN", ZEN, H1, prior=1.69,
      basis="basic and diluted, 143 kobo; printed 'half year 2015'"),
    m("npl_ratio|non_performing_loan_ratio|npl", 2.34, "%", ZEN, H1, prior=1.44),
    m("total_assets|assets", 4.357e12, "NGN", ZEN, H1, prior=4.007e12),
    m("total_liabilities|liabilities", 3.737e12, "NGN", ZEN, H1, prior=3.412e12),
    m("profit_before_tax_growth|pretax_profit_growth|pbt_growth", -20, "%", ZEN, Q2, basis="y/y"),
    m(PBT, 31.160e9, "NGN", ZEN, Q2, prior=39.073e9),
    m(PAT, 18.270e9, "NGN", ZEN, Q2, prior=25.500e9, basis="printed 'N18.270' without scale word"),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.25, "NGN", ZEN, H1,
      basis="interim, proposed; printed 'N0.25 kobo'"),
], [])
