# Hand-written gold labels for news28/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news27/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("around 25 percent" -> 25, "~21.1%"
# -> 21.1), a same-sentence "X from Y" / "X, following Y in the same period last year" value of the same quantity is the
# prior, a raised guidance range keeps the old range in prng and as an optional row (news20-news23), periods only where
# the text states or clearly implies the year (a passage with no printed year has no period, news24), Indian fiscal
# years as FYyyyy of the year they end (FY25E -> FY2025), spans such as "FY23-26E" no period (news6), market levels and
# moves carry no period, a bracketed currency conversion an optional row (dev corpus, news20), headline repeats and
# intraday extremes in a wrap optional (news21), a "stable" figure with no number an optional 0 (news27), groups,
# segments, regions and channels their own entities (news5, news21), vote and participant counts not labelled (news17),
# broker targets only in rating actions, sub-units scaled to the main unit (news26 sen, news27 kobo; here Kuwaiti fils
# are thousandths of the dinar)).

# ---------------------------------------------------------------- en01 Cathay Pacific first half 2024: net profit and its fall, revenue and its rise, first interim dividend, HK Express loss against year-ago earnings, flight-level and headcount targets (RTHK, 2024; HKD)
# A Hong Kong company's half-year results in an RTHK English story. The stored text has no headline (none added); the
# passage stops before a half-stored sentence on the HK$19.5 billion preference-share buy-back. Quotes kept verbatim.
# Periods: "the first six months of 2024" -> 2024H1 for the group's and HK Express's half-year figures ("the first half
# of the year"); "the same period in 2023" / "last year" -> 2023H1 (used only as a prior). Net profit HK$3.6 billion and
# "down 15 percent" -> key pair; revenue "14 percent ... to HK$49.6 billion" -> key pair. The dividend is printed only in
# the chairman's quote ("a first interim dividend payment ... of HK$0.20 per ordinary share") -> key 0.20 HKD (the
# passage's only dividend figure; "first" is not a count). HK Express "a loss of HK$73 million ..., after earning HK$333
# million in the same period last year" -> key -73e6 with the year-ago earnings as prior (same sentence, same quantity,
# sign kept: profit last year, loss now). "on course to get back to 100 percent of its pre-pandemic flight levels within
# the first quarter of 2025" -> a key operating target (2025Q1). "increasing our group headcount by 5,000 to a total of
# 29,000 people by the end of this year" -> key level and key increase (count noun "people"); "this year" is 2024 (the
# text's own year, news16). Not labelled: "first interim dividend" (ordinal), "Wednesday", the engine and competition
# remarks (no figures).
CX = "Cathay Pacific|Cathay Pacific Airways|Cathay|Cathay Group|Cathay Pacific group"
HKX = "HK Express|Hong Kong Express|HK Express Airways"
H1 = "2024H1"
G["en01"] = ([
    m("net_profit|net_income|profit_attributable|attributable_profit", 3.6e9, "HKD", CX, H1),
    m("net_profit_growth|net_income_growth|net_profit_change", -15, "%", CX, H1, basis="vs same period in 2023"),
    m("revenue_growth|revenue_change", 14, "%", CX, H1, basis="year-on-year"),
    m("revenue|total_revenue", 49.6e9, "HKD", CX, H1),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.20, "HKD", CX, H1,
      basis="first interim dividend, per ordinary share"),
    m("net_profit|net_income|profit|net_loss", -73e6, "HKD", HKX + "|" + CX, H1, prior=333e6,
      basis="loss; prior = earnings in the same period last year"),
    m("flight_capacity_target|capacity_target|flight_level_target|capacity_recovery_target", 100, "%", CX, "2025Q1",
      basis="of pre-pandemic flight levels, on course, within the first quarter of 2025"),
    m("headcount|employees|staff|headcount_target", 29000, "people", CX, "2024", basis="group total by end of this year"),
    m("headcount_change|headcount_increase|hiring", 5000, "people", CX, "2024", basis="increase by end of this year"),
], [])

# ---------------------------------------------------------------- en02 Hong Kong close: Hang Seng level and fall, intraday low, Tech Index and Shanghai Composite, five named movers with HK$ prices, month-to-date and three-month moves (SCMP; no year printed)
# A Hong Kong market close. Headline and its two bullets kept (headline lightly reworded, "5-week low" and "12%" kept);
# the page's "Advertisement" / "Get more with myNEWS" furniture and the photo caption dropped; the passage stops before
# a half-stored quote ("All ..."). No year is printed ("Wednesday", "October 24", "since March 2020" are dates) -> no
# periods (market moves carry none anyway). Hang Seng "fell 2.1 per cent to 16,993.44" -> key % and key level in points;
# "had dropped as much as 2.7 per cent to a 12-month low" -> intraday extreme, optional (news21). Tech Index -2.3 % and
# Shanghai Composite -0.6 % -> key. Five movers, each "X per cent to HK$Y" -> ten key rows (Meituan, Alibaba, JD.com,
# Baidu, BYD). Longer moves: "The 80-member benchmark is down 0.7 per cent" (November to date, the month whose gain was
# wiped out) -> key; "a 15 per cent slump over three preceding losing months" -> key (basis names the span). The
# headline's "Meituan sinks 12%" and the bullet's "losing 15 per cent in the preceding three months" repeat body figures
# -> optional. Not labelled: "80-member" (constituent count), "fourth straight day", "5-week" / "five weeks",
# "12-month low" (spans), "October 24", "March 2020" (dates), "PDD Holdings" (no figure).
HSI = "Hang Seng Index|HSI|Hang Seng|Hang Seng benchmark"
PCT = "index_change|index_change_pct|percent_change|change_pct"
PC = "price_change|share_price_change|stock_price_change"
PX = "price|close_price|share_price"
MT = "Meituan|Meituan-W|3690"
BABA = "Alibaba Group|Alibaba|Alibaba-W|9988"
JD = "JD.com|JD|JD.com Inc|9618"
BIDU = "Baidu|Baidu Inc|9888"
BYD = "BYD|BYD Company|BYD Co|1211"
G["en02"] = ([
    m(PCT, -2.1, "%", HSI),
    m("index_level|index_close|close", 16993.44, "points", HSI),
    m(PCT, -2.7, "%", HSI, opt=True, basis="intraday, as much as, 12-month low"),
    m(PCT, -2.3, "%", "Hang Seng Tech Index|Tech Index|HSTECH|Hang Seng TECH"),
    m(PCT, -0.6, "%", "Shanghai Composite Index|Shanghai Composite|SSE Composite"),
    m(PC, -12, "%", MT), m(PX, 90.45, "HKD", MT),
    m(PC, -12, "%", MT, opt=True, basis="headline repeat"),
    m(PC, -2.2, "%", BABA), m(PX, 72.70, "HKD", BABA),
    m(PC, -1.6, "%", JD), m(PX, 106.60, "HKD", JD),
    m(PC, -4.1, "%", BIDU), m(PX, 115.10, "HKD", BIDU),
    m(PC, -3.3, "%", BYD), m(PX, 211.80, "HKD", BYD),
    m(PCT, -0.7, "%", HSI, basis="November to date (month's gain erased)"),
    m(PCT, -15, "%", HSI, basis="three preceding losing months"),
    m(PCT, -15, "%", HSI, opt=True, basis="bullet repeat, preceding three months"),
], [])

# ---------------------------------------------------------------- en03 ECB plans a 25 bp July hike and ends bond buying: 2 % target, raised 2022 inflation projection with its prior, 2023-2024 inflation and 2022-2024 GDP projections, EUR/USD level (Investing.com; projection years printed)
# A central-bank decision story from Investing.com (byline kept; the stored text has no headline, none added). The
# decision: "plans to end its massive bond-buying program and to raise interest rates by 25 basis points in July" ->
# key +25 bp planned move (basis names July). Its year is not printed (the projections name 2022-2024 but the decision
# date is not stated) -> no period for the move (decided here: a planned move dated only by month takes no year from
# the projection years). "the central bank's 2% target" -> standing target, optional (dev corpus). The September rise
# has no size ("a larger increment") -> nothing. Lagarde's "if you are at 2.1% in 2024 or beyond" is a conditional that
# restates the 2024 projection -> optional. Projections: euro area inflation "for 2022 to 6.8% from 5.1%" -> key with
# prior; "3.5% in 2023 and 2.1% in 2024" -> key; GDP "lowered, to 2.8% for 2022 and 2.1% over the following two years" ->
# key 2022 row (no old value printed -> no prior) and two key 2.1 % rows for 2023 and 2024 ("the following two years"
# after 2022). Market: "EUR/USD ... trading at $1.0691 at 0928 EST (1327 GMT)" -> key level in USD per euro (news26).
# Not labelled: "highest levels in eight years" (no yield figure), "0928 EST", "1327 GMT" (times), "Italy 10-Year",
# "Germany 10-Year" (instrument names).
ECB = "European Central Bank|ECB"
EZ = "euro area|euro zone|eurozone|" + ECB
INF = "inflation_projection|inflation_forecast|hicp_inflation_projection|staff_inflation_projection"
GDP = "gdp_growth_projection|gdp_growth_forecast|real_gdp_growth_forecast"
G["en03"] = ([
    m("rate_change|planned_rate_change|rate_hike|policy_rate_change", 25, "bp", ECB, basis="planned hike in July"),
    m("inflation_target", 2, "%", ECB, opt=True),
    m(INF, 6.8, "%", EZ, "2022", prior=5.1, basis="raised"),
    m(INF, 3.5, "%", EZ, "2023"),
    m(INF, 2.1, "%", EZ, "2024"),
    m(INF, 2.1, "%", EZ, "2024", opt=True, basis="Lagarde's conditional, '2.1% in 2024 or beyond'"),
    m(GDP, 2.8, "%", EZ, "2022", basis="annual real GDP growth, lowered"),
    m(GDP, 2.1, "%", EZ, "2023", basis="over the following two years"),
    m(GDP, 2.1, "%", EZ, "2024", basis="over the following two years"),
    m("fx_rate|exchange_rate", 1.0691, "USD", "EUR/USD|euro", basis="at 0928 EST (1327 GMT)"),
], [])

# ---------------------------------------------------------------- en04 Pandora first quarter: organic growth, LFL and network expansion, raised organic-growth guidance with the old range, EBIT-margin guidance, regional and channel LFL, gross margin and its rise, store openings (FashionUnited; no year printed)
# A jeweller's quarter (consumer goods / affordable luxury) in a FashionUnited story. The stored text has no headline
# (none added) and is whole as stored; the CEO's quote kept verbatim. No year is printed ("the first quarter", "the last
# 12 months") -> no periods; the quarter goes into the basis. "organic growth of 18 percent ... LFL growth of 11 percent
# and network expansion of 5 percent" -> three key rows (network expansion as its contribution to growth). Guidance
# "upgraded ... to 8 to 10 percent from a prior outlook of 6 to 9 percent" -> key range with the old range in prng and an
# optional row of the old range (news20-news23); EBIT margin guidance "unchanged at around 25 percent" -> key 25 (no
# prior: "unchanged" prints no earlier figure, news14). Regions: European key markets 9, Germany 67, US 9, Rest of
# Pandora 18 -> key LFL rows, each its own entity; "other markets stayed broadly stable" -> optional 0 (news27: "stable"
# with no number); "double-digit" is not a number. Channels: online 21, physical network 10, partners 3 -> key. Gross
# margin 79.4 % key and "an increase of 190bp" key (bp, sign +). Openings: 151 concept stores and 116 shop-in-shops over
# the last 12 months, 19 concept stores and "seven" shop-in-shops in the quarter -> four key count rows (news27: store
# openings take the printed count nouns; words -> numbers).
PAN = "Pandora|Pandora A/S|PNDORA"
LFL = "like_for_like_growth|lfl_growth|lfl_sales_growth|like_for_like_sales_growth"
OPN = "store_openings|new_stores|openings"
G["en04"] = ([
    m("organic_growth|organic_revenue_growth|organic_sales_growth", 18, "%", PAN, basis="first quarter"),
    m(LFL, 11, "%", PAN, basis="first quarter"),
    m("network_expansion|network_expansion_contribution|growth_contribution", 5, "%", PAN,
      basis="first quarter, network expansion's contribution to organic growth"),
    m("guidance_organic_growth|organic_growth_guidance|guidance_revenue_growth", None, "%", PAN, rng=(8, 10),
      prng=(6, 9), basis="upgraded"),
    m("guidance_organic_growth|organic_growth_guidance|guidance_revenue_growth", None, "%", PAN, rng=(6, 9), opt=True,
      basis="prior outlook"),
    m("guidance_ebit_margin|ebit_margin_guidance|guidance_operating_margin", 25, "%", PAN, basis="around, unchanged"),
    m(LFL, 9, "%", "European key markets|Europe|Pandora Europe|" + PAN, basis="first quarter"),
    m(LFL, 67, "%", "Germany|Pandora Germany|" + PAN, basis="first quarter"),
    m(LFL, 0, "%", "other European markets|other markets|" + PAN, opt=True, basis="broadly stable"),
    m(LFL, 9, "%", "US|United States|Pandora US|" + PAN, basis="first quarter"),
    m(LFL, 18, "%", "Rest of Pandora|" + PAN, basis="first quarter, double-digit"),
    m(LFL, 21, "%", "online channel|online|Pandora online|" + PAN, basis="first quarter"),
    m(LFL, 10, "%", "physical network|stores|Pandora physical network|" + PAN, basis="first quarter"),
    m(LFL, 3, "%", "partners|partner channel|" + PAN, basis="first quarter"),
    m("gross_margin", 79.4, "%", PAN, basis="first quarter"),
    m("gross_margin_change|gross_margin_expansion", 190, "bp", PAN, basis="first quarter, increase"),
    m(OPN, 151, "concept stores", PAN, basis="last 12 months"),
    m(OPN, 116, "shop-in-shops", PAN, basis="Pandora-owned, last 12 months"),
    m(OPN, 19, "concept stores", PAN, basis="first quarter"),
    m(OPN, 7, "shop-in-shops", PAN, basis="Pandora owned, first quarter"),
], [])

# ---------------------------------------------------------------- en05 ICICI Securities upgrades Thyrocare to Buy from Add, target ₹740 from ₹615: upside, FY25E EV/EBITDA and peer discount, earnings, revenue, EBITDA and PAT CAGRs, FY25 EBITDA estimate raise, FY26E margin, RoCE and cumulative FCF (Mint; INR)
# One broker's upgrade of one Indian stock. Headline (lightly reworded, "20% upside" kept) and standfirst kept; the
# page's "Active Stocks" ticker, the photo caption (a repeat of the 24.7 % CAGR) with its "Premium" tag and the "Also
# Read" line dropped; the source's "'Add; earlier" kept. The stored closing quote is whole but its trailing attribution
# is cut after "ICICI Securities"; the attribution is rendered before the quote ("ICICI Securities wrote:"). Rating
# action: "'Buy' from 'Add'" with "target price to ₹740 per share from ₹615" -> one upgrade with both ratings and both
# targets (INR); the body repeats it without the ₹ sign ("740 per share from 615") -> the same action, not a second one;
# targets are not metric rows. Headline "may see 20% upside" -> key upside (no period). Valuation: "17.8x FY25E
# EV/EBITDA" -> key multiple, FY2025 (Indian FY25 -> FY2025); "a 29% discount to its peer group" -> key, no period (a
# gap in valuation, basis names the multiple). Estimates: "earnings CAGR of 24.7% over FY23-FY26E" and "revenue / EBITDA
# / PAT by 14% / 21% / 25% over FY23-26E" -> four key CAGR rows, spans in the basis, no period (news6); "We raise our FY25
# EBITDA estimates by 4%" -> key estimate change, FY2025; "a 430 bps margin expansion to around 27% by FY26E" -> key
# expansion (span, no period) and key margin level FY2026 (hedge kept); "RoCE ... ~21.1% by FY26E" -> key FY2026;
# "cumulative free cash flow generation of 2.6 billion in FY24-26E" -> key 2.6e9 INR (decided here: a rupee amount
# printed without its currency sign in a passage whose other money is in ₹ is INR, printed form in the basis).
THY = "Thyrocare Technologies|Thyrocare|Thyrocare Technologies Ltd|THYROCARE"
ISEC = "ICICI Securities|I-Sec|ICICI Securities Ltd"
G["en05"] = ([
    m("upside|implied_upside|upside_potential|target_upside", 20, "%", THY, basis="headline, ICICI Securities target"),
    m("ev_ebitda|ev_to_ebitda|valuation_multiple|ev_ebitda_multiple", 17.8, "x", THY, "FY2025",
      basis="FY25E, ICICI Securities"),
    m("valuation_discount|discount_to_peers|discount", 29, "%", THY, basis="to peer group, on FY25E EV/EBITDA"),
    m("earnings_cagr|earnings_cagr_estimate|eps_cagr|profit_cagr", 24.7, "%", THY,
      basis="FY23-FY26E, ICICI Securities estimate"),
    m("ebitda_estimate_change|estimate_change|ebitda_estimate_revision", 4, "%", THY, "FY2025",
      basis="raised, ICICI Securities"),
    m("revenue_cagr|revenue_cagr_estimate|revenue_growth_estimate", 14, "%", THY, basis="FY23-26E, ICICI Securities"),
    m("ebitda_cagr|ebitda_cagr_estimate|ebitda_growth_estimate", 21, "%", THY, basis="FY23-26E, ICICI Securities"),
    m("pat_cagr|net_profit_cagr|pat_cagr_estimate|earnings_cagr", 25, "%", THY, basis="FY23-26E, ICICI Securities"),
    m("margin_expansion|ebitda_margin_change|margin_change_estimate", 430, "bp", THY,
      basis="FY23-26E, expansion to around 27% by FY26E"),
    m("ebitda_margin_estimate|ebitda_margin|margin_estimate", 27, "%", THY, "FY2026", basis="around, by FY26E"),
    m("roce_estimate|roce|return_on_capital_employed", 21.1, "%", THY, "FY2026", basis="~, by FY26E"),
    m("free_cash_flow_estimate|free_cash_flow|fcf|cumulative_fcf", 2.6e9, "INR", THY,
      basis="cumulative FY24-26E; printed '2.6 billion' without currency"),
], [
    ra(ISEC, THY, "upgrade", "buy", prior_rating="add", target=740, prior_target=615, cur="INR"),
])

# ---------------------------------------------------------------- en06 Zain Group second quarter and first half 2023: Q2 net profit and revenue in $ with growth, dividend from Zain KSA, customers; H1 revenue, EBITDA and margin, net income and EPS in KD and fils with $ conversions, data, enterprise and digital growth, interim dividend (Trends MENA, 2023; KWD/USD)
# A Kuwaiti telecom operator's results in a Gulf business-news story; the stored text has no headline (none added); the
# chairman's two quotes kept verbatim; the passage stops before a half-stored sentence on the $42 million dividend. The
# source's "Its revenue grew 10% $1.5 billion" (no "to") kept. Periods: "the second quarter of 2023" -> 2023Q2 for the
# $ figures in the first three sentences; "the first six months of 2023 (H1)" -> 2023H1. Q2: net profit $187 million and
# +14 % -> key; revenue +10 % and $1.5 billion -> key; "a first-ever cash dividend of $42 million from Zain KSA" -> key
# (dividend received by the group from its Saudi unit); "52.7 million customers at the end of the period, an increase of
# 2%" -> key count and growth, 2023Q2 (decided here: a customer base stated "at the end of the period" takes that
# quarter, unlike news27's fleet count, which named no period end). H1: revenue KD930 million (+12 %), Ebitda KD348
# million (+9 %), margin 37 %, net income KD112 million (+14 %) -> key; the bracketed $ conversions ($3.03 billion, $1.1
# billion, $364 million, $0.08) -> optional (news20). EPS "26 fils" -> 0.026 KWD (fils are thousandths of the Kuwaiti
# dinar; news26/news27 sub-unit rule). Data revenue +9 % and its 39 % share, enterprise +27 %, digital services +15 % ->
# key, each its own entity. Interim dividend "10 fils per share" -> 0.010 KWD key, 2023H1. Not labelled: "third year in
# a row" (count), "September 14, 2023" (date), "Q2 and H1 2023" in the chairman's attribution.
ZG = "Zain Group|Zain|Mobile Telecommunications Company|Zain Group KSCP"
Q, H = "2023Q2", "2023H1"
G["en06"] = ([
    m("net_profit|net_income", 187e6, "USD", ZG, Q),
    m("net_profit_growth|net_income_growth", 14, "%", ZG, Q),
    m("revenue_growth|revenue_change", 10, "%", ZG, Q),
    m("revenue|total_revenue", 1.5e9, "USD", ZG, Q, basis="printed 'grew 10% $1.5 billion'"),
    m("dividend_received|cash_dividend_received|dividend", 42e6, "USD", "Zain KSA|Zain Saudi Arabia|" + ZG, Q,
      basis="first-ever cash dividend from Zain KSA to Zain Group"),
    m("customers|subscribers|customer_base", 52.7e6, "customers", ZG, Q, basis="at the end of the period"),
    m("customer_growth|subscriber_growth|customer_base_growth", 2, "%", ZG, Q, basis="year-on-year"),
    m("revenue|total_revenue|consolidated_revenue", 930e6, "KWD", ZG, H),
    m("revenue|total_revenue|consolidated_revenue", 3.03e9, "USD", ZG, H, opt=True),                   # ($3.03 billion)
    m("revenue_growth|revenue_change", 12, "%", ZG, H, basis="year-on-year"),
    m("ebitda", 348e6, "KWD", ZG, H),
    m("ebitda", 1.1e9, "USD", ZG, H, opt=True),                                                        # ($1.1 billion)
    m("ebitda_growth|ebitda_change", 9, "%", ZG, H, basis="year-on-year"),
    m("ebitda_margin", 37, "%", ZG, H),
    m("net_income|net_profit", 112e6, "KWD", ZG, H),
    m("net_income|net_profit", 364e6, "USD", ZG, H, opt=True),                                         # ($364 million)
    m("net_income_growth|net_profit_growth", 14, "%", ZG, H, basis="year-on-year"),
    m("eps|earnings_per_share", 0.026, "KWD", ZG, H, basis="26 fils"),
    m("eps|earnings_per_share", 0.08, "USD", ZG, H, opt=True),                                         # ($0.08)
    m("data_revenue_growth|revenue_growth", 9, "%", "Zain data|data revenue|" + ZG, H),
    m("data_revenue_share|revenue_share|share_of_revenue", 39, "%", "Zain data|data revenue|" + ZG, H,
      basis="share of total group revenue"),
    m("enterprise_revenue_growth|revenue_growth", 27, "%", "Zain enterprise|enterprise revenue|ZainTech|" + ZG, H),
    m("digital_revenue_growth|revenue_growth", 15, "%", "Zain digital services|digital services|Dizlee|" + ZG, H),
    m("interim_dividend|dividend|dividend_per_share|dps", 0.010, "KWD", ZG, H, basis="10 fils per share, declared"),
], [])
