# Hand-written gold labels for news25/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news24/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("close to 5 million tonnes" -> 5e6), a
# same-sentence "X from Y" / "X compared with Y" / "X versus Y" value of the same quantity is the prior, an earlier-period
# figure in a sentence of its own is its own row, periods only where the text states or clearly implies the year, a
# passage whose only year is a past date has no period (news24), market moves carry no period, policy-rate levels and
# moves carry no period (dev corpus en20-en25), votes of committee members are not labelled, a figure stated once for
# two years is one row with period None and both years in the basis (news-set precedent for "FY23 and FY24 ... by
# 3-6%"), a rate "kept unchanged at X" is key with no prior, a bracketed currency conversion an optional row, repeats
# and rounded restatements optional, a word figure for a flat move an optional 0 (news24), divisions, brands and
# segments their own entities with the group as an alternative (news5, news21), deal figures on the target with the
# acquirer as an alternative (news23), crore = 1e7 and Indian digit grouping read as written ("76,39,997" = 7,639,997)).

# ---------------------------------------------------------------- en07 Canadian banks' third quarter: RBC, TD, CIBC profit growth, adjusted EPS vs estimates, RBC dividend (Reuters, 2012; C$)
# Three Canadian banks' quarterly results in one Reuters story. The dateline "Thu Aug 30, 2012" and "posting
# third-quarter profits ... on Thursday" date the quarter: 2012Q3 for every result row (the text never says "fiscal",
# and the dev corpus writes FY periods only when the text does, so the quarter is named as printed). Currency: "C$" ->
# CAD; "60 Canadian cents" -> 0.60 CAD. Entities: RBC (RY.TO), TD (TD.TO), CIBC (CM.TO); BMO and Scotiabank are named
# with no figures. RBC: dividend +5 % to 0.60 (two key rows; the old dividend is not printed, so no prior); net profit
# +73 % key; adjusted profit ("Stripping out one-time items and discontinued operations") +18 % to C$2.0 billion -> two
# key rows, basis adjusted; adjusted EPS C$1.31 vs estimates C$1.18 -> two key rows. CIBC: "a 42 percent profit rise"
# -> key profit growth. TD: net income +14 % to C$1.7 billion, adjusted EPS C$1.91 vs estimates C$1.84 -> four key rows.
# Not labelled: "Three of Canada's biggest banks", "all five", "at least two dividend increases ... more than three"
# (counts of banks and of dividend moves, not financial values), "the largest", "No.2" (ranks), the date and time.
RY = "Royal Bank of Canada|RBC|RY.TO|RY"
TD = "Toronto-Dominion Bank|TD|TD.TO|TD Bank"
CM = "Canadian Imperial Bank of Commerce|CIBC|CM.TO"
Q = "2012Q3"
G["en07"] = ([
    m("dividend_growth|dividend_increase|dps_growth", 5, "%", RY, Q),
    m("dividend_per_share|quarterly_dividend|dps|dividend", 0.60, "CAD", RY, Q),
    m("net_profit_growth|net_income_growth|profit_growth", 73, "%", RY, Q),
    m("net_profit_growth|net_income_growth|profit_growth", 42, "%", CM, Q),
    m("adjusted_profit_growth|net_profit_growth|profit_growth", 18, "%", RY, Q,
      basis="adjusted, excluding one-time items and discontinued operations"),
    m("adjusted_profit|adjusted_net_income|net_profit|net_income", 2.0e9, "CAD", RY, Q,
      basis="adjusted, excluding one-time items and discontinued operations"),
    m("adjusted_eps|eps", 1.31, "CAD", RY, Q, basis="adjusted"),
    m("eps_estimate|eps_consensus|adjusted_eps_estimate", 1.18, "CAD", RY, Q, basis="analysts' estimates"),
    m("net_income_growth|net_profit_growth|profit_growth", 14, "%", TD, Q),
    m("net_income|net_profit", 1.7e9, "CAD", TD, Q),
    m("adjusted_eps|eps", 1.91, "CAD", TD, Q, basis="adjusted"),
    m("eps_estimate|eps_consensus|adjusted_eps_estimate", 1.84, "CAD", TD, Q, basis="analysts' estimates"),
], [])

# ---------------------------------------------------------------- en08 Bharti Airtel July-September quarter: churn, 4G additions, ARPU, net loss vs Bloomberg consensus, revenue and Ebitda, India and India mobile, usage (Financial Express, 2020 page; no year for the quarter)
# An Indian telecom's quarter in Rs crore (INR; 1 crore = 1e7: "Rs 763 crore" -> 7.63e9, "Rs 15,933 crore" -> 1.5933e11,
# "Rs 121.55 crore" -> 1.2155e9, "Rs 25,785 crore" -> 2.5785e11). Period: the quarter is only "the July-September
# quarter"; the one year printed is a past date ("A tariff increase in December 2019"), which does not state the
# quarter's year -> no period (news24 rule), the quarter goes in the basis. The stored page ends in the middle of a
# sentence that repeats the opening standfirst; the passage keeps the standfirst and stops before the cut sentence.
# Churn "1.7% compared with 2.2% during the preceding quarter" -> key with prior. "14 million addition of 4G
# subscribers" -> key count (subscribers). ARPU Rs 162 key; its second mention "Apru which at Rs 162" (typo kept in the
# text) an optional repeat, and the "3.4% higher than the preceding quarter" key. Net loss "at Rs 763 crore compared with
# Rs 15,933 crore in the preceding quarter" -> key, negative, with the negative prior (losses negative, same-sentence
# "compared with"). "Bloomberg consensus estimate of a slender profit of Rs 121.55 crore" -> key consensus (positive,
# a profit). Revenue, Ebitda, India revenues and India mobile revenues: level and q/q growth key each (India and India
# mobile their own entities with the group as an alternative); Ebitda margin 46 % with prior 44.4 key. Usage KPIs: voice
# 1,005 minutes per customer per month and +1.1 % q/q key; data 16,409 MB per customer per month and -1.5 % ("slipped")
# key; "16 GB a month" (opening sentence) and "At 16 GB" are the same usage rounded -> one optional row; total data
# volume "76,39,997 million Mbs" is Indian digit grouping for 7,639,997 million -> 7.639997e12 MB and +5.5 % q/q key.
# Not labelled: "three-year high" and "sixth straight quarter" (durations/counts), "December 2019" (date).
AIR = "Bharti Airtel|Airtel|Bharti|Bharti Airtel Ltd"
AIN = "Bharti Airtel India|Airtel India|India revenues|India|" + AIR
AIM = "Bharti Airtel India mobile|India mobile|India mobile revenues|" + AIR
QB = "July-September quarter"
QQ = QB + ", qoq"
G["en08"] = ([
    m("churn|monthly_churn|churn_rate", 1.7, "%", AIR, prior=2.2, basis=QB + ", monthly"),
    m("4g_subscriber_additions|subscriber_additions|net_additions", 14e6, "subscribers", AIR, basis=QB + ", 4G"),
    m("data_usage_per_customer|data_usage", 16, "GB", AIR, opt=True, basis="per month, rounded"),      # 16 GB, twice
    m("arpu|average_revenue_per_user", 162, "INR", AIR, basis=QB),
    m("arpu|average_revenue_per_user", 162, "INR", AIR, opt=True, basis=QB),                        # "Apru ... Rs 162"
    m("arpu_growth|arpu_change", 3.4, "%", AIR, basis=QQ),
    m("net_profit|net_income|net_loss", -763e7, "INR", AIR, prior=-15933e7, basis=QB + ", consolidated"),
    m("net_profit_consensus|net_profit_estimate|profit_consensus", 121.55e7, "INR", AIR, basis=QB + ", Bloomberg consensus"),
    m("revenue|consolidated_revenue", 25785e7, "INR", AIR, basis=QB + ", consolidated"),
    m("revenue_growth|consolidated_revenue_growth", 7.71, "%", AIR, basis=QQ),
    m("ebitda", 11848e7, "INR", AIR, basis=QB),
    m("ebitda_growth", 11.36, "%", AIR, basis=QQ),
    m("ebitda_margin", 46, "%", AIR, prior=44.4, basis=QB),
    m("revenue|segment_revenue", 18747e7, "INR", AIN, basis=QB),
    m("revenue_growth|segment_revenue_growth", 6.58, "%", AIN, basis=QQ),
    m("revenue|segment_revenue|mobile_revenue", 13832e7, "INR", AIM, basis=QB),
    m("revenue_growth|segment_revenue_growth|mobile_revenue_growth", 7.42, "%", AIM, basis=QQ),
    m("voice_usage_per_customer|minutes_of_usage|mou", 1005, "minutes", AIR, basis=QB + ", per customer per month"),
    m("voice_usage_growth|mou_growth", 1.1, "%", AIR, basis=QQ),
    m("data_usage_per_customer|data_usage", 16409, "MB", AIR, basis=QB + ", per customer per month"),
    m("data_usage_change|data_usage_growth", -1.5, "%", AIR, basis=QQ),
    m("data_volume|total_data_volume|data_traffic", 7639997e6, "MB", AIR, basis=QB),
    m("data_volume_growth|data_traffic_growth", 5.5, "%", AIR, basis=QQ),
], [])

# ---------------------------------------------------------------- en09 South African Reserve Bank cut: repo rate and move, QPM implied path, GDP, headline and core inflation forecasts (InstaForex copy via trademapping, 2020)
# A central-bank decision outside the US. Rate level and move carry no period (dev corpus en20-en25): repo rate 3.50 %
# key, the cut -25 bp key (no prior level is printed). "Three policymakers backed the 25 basis points cut, while two
# preferred to keep the rate on hold" -> the vote split is a count of committee members (not labelled); the "25 basis
# points cut" it names is the same move again (optional repeat). "for a fifth straight policy meeting" is a count (not
# labelled); "September 17" a date. Years: the quote's "fourth quarter of 2020 ... first quarter of 2021", with "this
# year", "next year" and "2022" in the forecasts, makes this year 2020 and next year 2021 (clearly implied). The QPM
# path's "one repo rate cut of 25 basis points in the fourth quarter of 2020" (also the lede's "lower the rate once more
# in the final quarter") -> key -25 bp projection for 2020Q4; "remaining unchanged in the first quarter of 2021" ->
# optional 0 bp for 2021Q1 (a word figure for no move). GDP: -7.3 % for 2020 "versus a 7 percent fall projected in May"
# -> key with prior -7 (same sentence; a fall is negative); 3.7 % for 2021 and 2.8 % for 2022 key ("slightly below its
# earlier forecasts" prints no old values -> no prior). Headline inflation (average): 2020 "kept unchanged at 3.4
# percent" -> key, no prior; "the figure for the next two years was reduced to 4.3 percent from 4.4 percent" -> one
# figure for two years -> one key row, period None, both years in the basis, prior 4.4. Core inflation: 2020 3.3 from
# 3.5, 2021 3.9 from 3.8 (priors), 2022 "kept unchanged at 4.1" (no prior) -> three key rows. The outlet's credit line
# ("provided by InstaForex Company") was dropped from the passage as page furniture.
SA = "South African Reserve Bank|SARB|South Africa|South Africa's central bank"
G["en09"] = ([
    m("repo_rate|policy_rate|rate", 3.50, "%", SA),
    m("rate_change|repo_rate_change", -25, "bp", SA),
    m("rate_change|repo_rate_change", -25, "bp", SA, opt=True),                                  # vote sentence
    m("rate_change_projection|implied_rate_change|rate_change", -25, "bp", SA, "2020Q4",
      basis="Quarterly Projection Model implied path"),
    m("rate_change_projection|implied_rate_change|rate_change", 0, "bp", SA, "2021Q1", opt=True,
      basis="Quarterly Projection Model implied path, unchanged"),
    m("gdp_growth_forecast|gdp_forecast|growth_forecast", -7.3, "%", SA, "2020", prior=-7),
    m("gdp_growth_forecast|gdp_forecast|growth_forecast", 3.7, "%", SA, "2021"),
    m("gdp_growth_forecast|gdp_forecast|growth_forecast", 2.8, "%", SA, "2022"),
    m("inflation_forecast|cpi_forecast", 3.4, "%", SA, "2020", basis="average, unchanged"),
    m("inflation_forecast|cpi_forecast", 4.3, "%", SA, prior=4.4, basis="average, next two years (2021 and 2022)"),
    m("core_inflation_forecast|core_cpi_forecast", 3.3, "%", SA, "2020", prior=3.5),
    m("core_inflation_forecast|core_cpi_forecast", 3.9, "%", SA, "2021", prior=3.8),
    m("core_inflation_forecast|core_cpi_forecast", 4.1, "%", SA, "2022", basis="unchanged"),
], [])

# ---------------------------------------------------------------- en10 Signet Christmas trading: UK and brand like-for-likes, group and US sales, pre-tax profit guidance range, average selling price, gross margin, UK stores (Retail Week, 2010 page; no year in text)
# A jeweller's holiday trading update. No year is printed ("nine weeks to January 2", "48 weeks", "the year to January
# 30") -> no periods; the trading period goes in the basis. Entities: Signet (group), its UK division (own entity with
# Signet as an alternative), the US division, and the H Samuel and Ernest Jones chains (own entities, Signet an
# alternative). UK like-for-like -0.8 % (nine weeks) and -2.2 % (48 weeks) key; "UK same store sales fell by 0.8%" in
# the nine weeks repeats the first figure -> optional. Group sales -0.6 % (48 weeks) and +5.6 % (nine weeks) key; US
# same store sales +7.6 % key. Guidance: "pre-tax profits to fall, coming in at $222.5m-$232.5m (£137.7m-£143.8m) for
# the year to January 30" -> key USD range, the bracketed GBP range an optional conversion (no figure for the fall
# itself). "Total sales were up by 8.6% on a reported basis and down by 0.7% at constant exchange rates" stands in the UK
# paragraph -> two UK rows with their bases. H Samuel -1.6 % (48 weeks) and -1.5 % (nine weeks; "down" carries over),
# Ernest Jones -3.1 % and +0.2 % -> four key rows. Average selling price "about 8%" and "about 15%" key (hedge keeps the
# number). Gross margin "about 80 basis points below last year" for the nine weeks, an expectation in the UK passage ->
# key -80 bp. 554 UK stores key. "which make up 22% of group sales" describes the UK division's weight -> optional
# background. Not labelled: "last week before Christmas", "February" (dates).
SIG = "Signet|Signet Group|Signet Jewelers"
SUK = "Signet UK|UK division|UK operations|" + SIG
SUS = "Signet US|US division|US operations|" + SIG
HSM = "H Samuel|" + SIG
EJ = "Ernest Jones|" + SIG
LFL = "like_for_like_sales_growth|like_for_like_sales|lfl_sales_growth|same_store_sales_growth|comparable_sales_growth"
SGR = "sales_growth|total_sales_growth|revenue_growth"
W9, W48 = "nine weeks to January 2", "48 weeks to January 2"
G["en10"] = ([
    m(LFL, -0.8, "%", SUK, basis=W9),
    m(LFL, -2.2, "%", SUK, basis=W48),
    m(SGR, -0.6, "%", SIG, basis=W48),
    m(SGR, 5.6, "%", SIG, basis=W9),
    m(LFL, 7.6, "%", SUS, basis=W9),
    m("guidance_pretax_profit|pretax_profit_guidance|profit_before_tax_guidance", None, "USD", SIG,
      rng=(222.5e6, 232.5e6), basis="year to January 30"),
    m("guidance_pretax_profit|pretax_profit_guidance|profit_before_tax_guidance", None, "GBP", SIG,
      rng=(137.7e6, 143.8e6), opt=True, basis="year to January 30"),                            # bracketed conversion
    m(LFL, -0.8, "%", SUK, opt=True, basis=W9),                                                  # repeat
    m(SGR, 8.6, "%", SUK, basis=W9 + ", reported"),
    m(SGR, -0.7, "%", SUK, basis=W9 + ", constant exchange rates"),
    m(LFL, -1.6, "%", HSM, basis=W48),
    m(LFL, -1.5, "%", HSM, basis=W9),
    m(LFL, -3.1, "%", EJ, basis=W48),
    m(LFL, 0.2, "%", EJ, basis=W9),
    m("average_selling_price_change|asp_growth|average_selling_price_growth", 8, "%", HSM),
    m("average_selling_price_change|asp_growth|average_selling_price_growth", 15, "%", EJ),
    m("gross_margin_change|gross_margin", -80, "bp", SUK, basis=W9 + ", expected, vs last year"),
    m("store_count|stores", 554, "stores", SUK, basis="at January 2"),
    m("share_of_group_sales|sales_share", 22, "%", SUK, opt=True),
], [])

# ---------------------------------------------------------------- en11 United Engineers' S$4.00 offer for WBL: value, stake sought and held, premiums to a rival offer, last price and VWAPs (CommercialGuru copy via a merger-arbitrage blog, 2012/2013)
# A Singapore takeover. "S$" -> SGD. Deal figures take the target with the acquirer as alternatives (news23). Offer
# price S$4.00 per share key; "puts a value of around S$1.1 billion on WBL" -> key deal value (hedge keeps 1.1e9); the
# offer covers "the remaining 61.7 percent ... or 167.6 million shares" -> key stake sought and key share count; the
# offeror's concert parties "together own a 38.3 percent interest in WBL" -> key existing stake (entity: the offeror's
# side, WBL as an alternative). Premiums (the quoted announcement text is kept verbatim in the passage): 19.0 % to the
# competing cash offer, 14.0 % to the last transacted price, 13.3 % to the one-month VWAP, 12.0 % to the three-month
# VWAP -> four key rows told apart by basis. The "respectively" list maps in order. No financing terms are printed.
# Not labelled: "23 November 2012", "31 May 2013" (dates), "Chapter 10" (a rule number). The blog's byline, contact
# e-mail and related-story links were dropped from the passage as page furniture; no headline is stored.
WBL = "WBL Corporation Limited|WBL|WBL Corporation"
DEAL = WBL + "|United Engineers Limited|United Engineers|UE|UE Centennial Venture Pte Ltd|UE Centennial Venture"
UEC = "UE Centennial Venture and concert parties|UE Centennial Venture|United Engineers|UE|" + WBL
PR = "premium|offer_premium"
G["en11"] = ([
    m("offer_price|offer_price_per_share|price_per_share", 4.00, "SGD", DEAL),
    m("deal_value|offer_value|equity_value|valuation", 1.1e9, "SGD", DEAL),
    m("stake_sought|offer_stake|remaining_stake", 61.7, "%", DEAL),
    m("shares_sought|offer_shares|shares", 167.6e6, "shares", DEAL),
    m("stake|existing_stake|shareholding", 38.3, "%", UEC),
    m(PR, 19.0, "%", DEAL, basis="to a competing cash offer, adjusted for dividend"),
    m(PR, 14.0, "%", DEAL, basis="to last transacted price on 23 November 2012"),
    m(PR, 13.3, "%", DEAL, basis="to one-month VWAP"),
    m(PR, 12.0, "%", DEAL, basis="to three-month VWAP"),
], [])

# ---------------------------------------------------------------- en12 Malaysian palm oil close: December contract move and price, volume, ringgit, Malaysian and Indonesian stocks, September exports, soyoil (Business Recorder, 2018 page; no year in text)
# A commodity market report with named contracts. No year is printed ("Monday", "in August", "for September", "for
# the year") -> no periods; months go in the basis. Benchmark December palm oil contract on Bursa Malaysia: -0.8 % and
# 2,157 ringgit a tonne key (MYR), the "($521.27)" an optional conversion; volume 66,234 lots key (the "25 tonnes each"
# lot size is a contract specification, not labelled). The ringgit "was 0.1 percent lower in earlier Monday trade but
# firmed in the evening" -> an intraday move later reversed -> optional (news wraps: intraday figures optional).
# Inventories: Malaysia "a seven-month high of 2.49 million tonnes in August" key (tonnes as a count noun); the analyst's
# "peak end-stocks at 3-3.3 million tonnes for the year" -> key range forecast (the bare 3 takes the millions of the
# 3.3 it pairs with), "Indonesia's inventories at close to 5 million tonnes" -> key estimate (hedge keeps 5e6).
# Exports of Malaysian palm oil products for September +51.6 % (Intertek Testing Services) and +49.2 % (AmSpec Agri
# Malaysia) -> two key rows told apart by the surveyor. Chicago September soyabean oil -0.2 % key. The Dalian contracts
# "did not trade" (no figure). Not labelled: "seven-month high" (duration).
PO = "palm oil|Malaysian palm oil futures|benchmark palm oil contract|Bursa Malaysia palm oil|FCPO"
MYP = "Malaysia|Malaysian palm oil|Malaysian palm oil products|palm oil"
G["en12"] = ([
    m("price_change|futures_price_change", -0.8, "%", PO, basis="December delivery"),
    m("price|futures_price|settlement_price", 2157, "MYR", PO, basis="December delivery, per tonne"),
    m("price|futures_price|settlement_price", 521.27, "USD", PO, opt=True, basis="December delivery, per tonne"),
    m("trading_volume|volume", 66234, "lots", PO),
    m("fx_change|currency_change", -0.1, "%", "ringgit|MYR|USD/MYR", opt=True, basis="earlier Monday trade"),
    m("inventories|stocks|palm_oil_stocks", 2.49e6, "tonnes", MYP, basis="August"),
    m("end_stocks_forecast|inventory_forecast|stocks_forecast", None, "tonnes", MYP, rng=(3e6, 3.3e6),
      basis="peak end-stocks for the year, Dorab Mistry"),
    m("inventories|stocks|inventory_estimate", 5e6, "tonnes", "Indonesia|Indonesian palm oil",
      basis="estimate, Dorab Mistry, close to"),
    m("exports_growth|export_growth", 51.6, "%", MYP, basis="September vs August, Intertek Testing Services"),
    m("exports_growth|export_growth", 49.2, "%", MYP, basis="September, AmSpec Agri Malaysia"),
    m("price_change|futures_price_change", -0.2, "%", "Chicago soyabean oil|CBOT soyoil|soyabean oil|soybean oil",
      basis="September contract"),
], [])
