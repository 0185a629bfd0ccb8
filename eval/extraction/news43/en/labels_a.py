# Hand-written gold labels for news43/en en01-en06 (batch a: US, European and Canadian stories). Read from texts/enNN.txt
# only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, no other batch's labels or sources
# were read, and no other batch's text was used (en07-en09 were displayed once by a file glob while this batch's texts
# were printed).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching), news3/en/README.md, news4-news42/en/README.md
# (values fully scaled ("$15 million" -> 15e6 USD, "C$4.24 billion" -> 4.24e9 CAD, "$32 billion" -> 32e9 USD, "271,000
# new jobs" -> 271000 jobs, "a 6-cent-per-share options expense" -> 0.06 USD, "90¢" -> 0.90 CAD, "US99.1¢" -> 0.991
# USD), declines and falls negative ("fell 19%" -> -19, "15% below its own expectations" -> -15, "fell 53¢" -> -0.53
# CAD, "Wednesday's 237-point loss" -> -237 points, "slipped 0.72%" -> -0.72), writedowns as positive amounts (earlier
# sets), currency codes ("$" on a US page -> USD, "$" and "¢" for Toronto-listed stocks on a Canadian page -> CAD, "C$"
# -> CAD, "US$" -> USD), PMI readings in "points" with the 50 line an optional pmi_threshold row (news38 batch a, dev
# corpus en40), yields and probabilities in "%", ranges as rng ("$1.10 to $1.15", "$450 million to $455 million",
# "$32 billion – $34.5 billion", "$900 million to $1.5 billion"), hedges keep the number with the hedge in the basis
# ("about", "nearly", "almost", "more than"), a same-sentence "X from / up from / compared with Y" value of the same
# quantity is the prior and the earlier reading also an optional row (news30 batch b, news36-news42; ranges take prng),
# a revised figure whose old value stands in the next sentence takes it as prior and keeps it as a key row (news42 batch
# a), consensus and poll figures key (news23), periods only where the text states or clearly implies the year (news24;
# market moves and levels none), bracketed conversions optional, brokers' targets and ratings only in rating actions
# (a target raised with no rating printed is raise_target with rating None), figures in quotes rendered as reported
# speech labelled like any other (news38 batch a), the source's own errors labelled as printed, dates, spans ("more than
# five years", "52-week", "11-month high", "four-month low") and ordinals not labelled, ratings lower-case.

# ---------------------------------------------------------------- en01 Lifetime Brands cuts its full-year outlook (Crain's New York Business, a Thursday December 21, 2006 page): shares -19% to $15.83, profit outlook $15-$16 million, EPS $1.10-$1.15 from $1.45-$1.55, revenue $450-$455 million from $480-$490 million, consensus $1.48 / $485.5 million, last year $1.23 / $307.9 million, Q4 sales 15% below plan, Q4 revenue growth >20% over $124.4 million (implied $149.3 million) vs $184.6 million expected, full-year revenue >45%, 2007 organic growth >15% (USD)
# A US consumer-goods maker's guidance cut against the Thomson Financial consensus. Whole as stored. No headline in the
# stored text (the address slug is not page text; none added). Kept as printed: "between $15 million to $16 million",
# the double single quotes of ''cautious stance'', "Westbury, L.I.". Periods: the text prints no year for the current
# period, but "Looking ahead to 2007" marks the current full year as 2006 (clearly implied); hence the full-year guidance
# and consensus 2006, "Last year" 2005, the fourth quarter 2006Q4 and "the prior year's $124.4 million" 2005Q4; the
# organic growth outlook 2007. The share move and price carry none. Decided: the profit outlook range and the EPS range
# key; "from a prior view of $1.45 to $1.55 per share" -> prior range on the EPS guidance and an optional row of the old
# range; the revenue forecast "to $450 million to $455 million from ... $480 million to $490 million" alike. The
# "6-cent-per-share options expense" included in the EPS outlook is a key per-share expense row. The Thomson Financial
# EPS and revenue consensus key; last year's EPS and sales key (their own clause, no prior). "Fourth-quarter sales ... 15%
# below its expectations" -> a key -15 % shortfall against the company's own plan. "Grow by more than 20% over the prior
# year's $124.4 million -- implying sales of $149.3 million" -> key growth guidance (hedge in the basis), a key
# prior-year quarter row and a key implied quarterly revenue; "full-year revenue will expand by more than 45%" key; the
# analysts' $184.6 million quarterly forecast key; the 2007 organic growth outlook (more than 15%) key. Not labelled:
# "52-week" (a span).
LCUT = "Lifetime Brands|Lifetime Brands Inc.|Lifetime"
GEPS = "guidance_eps|eps_guidance|eps_outlook"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook"
GRG = "guidance_revenue_growth|revenue_growth_guidance|revenue_growth_outlook|revenue_growth"
G["en01"] = ([
    m("price_change|share_price_change", -19, "%", LCUT, basis="to a new 52-week low"),
    m("share_price|price|close", 15.83, "USD", LCUT),
    m("guidance_net_income|guidance_profit|profit_guidance|net_income_guidance|profit_outlook", None, "USD", LCUT,
      "2006", rng=(15e6, 16e6), basis="cut; printed 'between $15 million to $16 million'"),
    m(GEPS, None, "USD", LCUT, "2006", rng=(1.10, 1.15), prng=(1.45, 1.55),
      basis="cut; including a 6-cent-per-share options expense"),
    m(GEPS, None, "USD", LCUT, "2006", rng=(1.45, 1.55), opt=True, basis="prior view"),
    m("options_expense_per_share|stock_option_expense|options_expense", 0.06, "USD", LCUT, "2006",
      basis="per share, included in the EPS outlook"),
    m(GREV, None, "USD", LCUT, "2006", rng=(450e6, 455e6), prng=(480e6, 490e6), basis="lowered"),
    m(GREV, None, "USD", LCUT, "2006", rng=(480e6, 490e6), opt=True, basis="previous projection"),
    m("eps_consensus|eps_estimate", 1.48, "USD", LCUT, "2006", basis="Wall Street, Thomson Financial"),
    m("revenue_consensus|revenue_estimate", 485.5e6, "USD", LCUT, "2006", basis="Wall Street, Thomson Financial"),
    m("eps|earnings_per_share", 1.23, "USD", LCUT, "2005", basis="last year"),
    m("revenue|sales", 307.9e6, "USD", LCUT, "2005", basis="last year"),
    m("revenue_shortfall|sales_vs_expectations|revenue_vs_plan|revenue_guidance_change", -15, "%", LCUT, "2006Q4",
      basis="fourth-quarter sales below the company's own expectations"),
    m(GRG, 20, "%", LCUT, "2006Q4", basis="more than; over the prior year's quarter"),
    m("revenue|sales", 124.4e6, "USD", LCUT, "2005Q4", basis="the prior year's fourth quarter"),
    m("guidance_revenue|revenue_guidance|implied_revenue|revenue_forecast", 149.3e6, "USD", LCUT, "2006Q4",
      basis="implied by the growth outlook"),
    m(GRG, 45, "%", LCUT, "2006", basis="more than; full-year"),
    m("revenue_consensus|revenue_estimate", 184.6e6, "USD", LCUT, "2006Q4", basis="analysts' quarterly forecast"),
    m("guidance_organic_revenue_growth|organic_revenue_growth_guidance|organic_growth|" + GRG, 15, "%", LCUT, "2007",
      basis="more than; confident"),
], [])

# ---------------------------------------------------------------- en02 Suncor agrees to buy Canadian Oil Sands after a sweetened bid (EJ Insight, ejinsight.com, a January 19, 2016 page; Reuters reporting): about C$4.24 billion (US$2.93 billion), 0.28 Suncor share from 0.25, C$8.74 per share, nearly 17% premium, C$2.4 billion debt, about C$6.6 billion with debt, Syncrude stake 12% -> 49%, COS's 36.7% (CAD)
# A Canadian oil takeover turned friendly, with deal values, an exchange ratio, a premium and stakes. Whole as stored; the
# closing "– Contact us at [email protected]" line dropped as furniture; the editors' initials "RA/CG" kept (a credit).
# No headline in the stored text (none added). The two investors' quotes rendered as reported speech (no figures in
# them). Periods: none ("on Friday"; no year printed). Decided: the deal value "about C$4.24 billion" key (entity the
# target with the bidder as an alternative) and its bracketed US$2.93 billion conversion optional. "0.28 of a Suncor share
# ... up from the 0.25 shares of its initial bid" -> a key exchange ratio (unit "shares") with prior 0.25 and an optional
# row of the initial bid. The C$8.74 implied value per share and the "nearly 17 percent" premium key. "Including ...
# C$2.4 billion debt, ... about C$6.6 billion" -> key debt and key debt-inclusive value. "Would lift Suncor's 12 percent
# stake in Syncrude ... to 49 percent" -> key 49 % with prior 12 and an optional 12 % row; Canadian Oil Sands' 36.7 %
# Syncrude stake key. Not labelled: "days after" (no figure), the advisers' names.
SU = "Suncor Energy|Suncor Energy Inc.|Suncor"
COS = "Canadian Oil Sands|Canadian Oil Sands Ltd.|Canadian Oil|COS"
DV = "deal_value|transaction_value|offer_value|acquisition_value"
ST = "stake|ownership_stake|equity_stake|stake_in_syncrude"
G["en02"] = ([
    m(DV, 4.24e9, "CAD", COS + "|" + SU, basis="about"),
    m(DV, 2.93e9, "USD", COS + "|" + SU, opt=True, basis="conversion in brackets"),
    m("exchange_ratio|share_ratio|offer_ratio|suncor_shares_per_share", 0.28, "shares", COS + "|" + SU, prior=0.25,
      basis="Suncor shares per Canadian Oil Sands share; improved offer"),
    m("exchange_ratio|share_ratio|offer_ratio|suncor_shares_per_share", 0.25, "shares", COS + "|" + SU, opt=True,
      basis="initial hostile bid"),
    m("offer_price|offer_value_per_share|price_per_share|offer_per_share", 8.74, "CAD", COS),
    m("premium|offer_premium|takeover_premium", 17, "%", COS, basis="nearly; over Friday's closing prices"),
    m("debt|net_debt|assumed_debt", 2.4e9, "CAD", COS),
    m("enterprise_value|deal_value_including_debt|" + DV, 6.6e9, "CAD", COS + "|" + SU, basis="about; including debt"),
    m(ST, 49, "%", SU + "|Syncrude", prior=12, basis="Suncor's stake in Syncrude after the takeover"),
    m(ST, 12, "%", SU + "|Syncrude", opt=True, basis="Suncor's current stake in Syncrude"),
    m(ST, 36.7, "%", COS + "|Syncrude", basis="Canadian Oil Sands' stake in Syncrude"),
], [])

# ---------------------------------------------------------------- en03 Treasury yields jump after the October payrolls (Fox Business, foxbusiness.com; Friday November 6, 2015, no year printed): two-year 0.942% intraday high, 0.914% vs 0.842% before the data, 10-year 2.309% vs 2.243%, 271,000 jobs vs 183,000 expected, December hike odds 70% (58% before the report, 38% before the October statement) (%, jobs)
# A US Treasury market story built around a jobs report. Whole as stored, a single paragraph as on the page. Headline
# kept (rewritten: "Jobs Data Sends Treasury Bond Yields Higher"). Kept as printed: the twice-printed "yields rise as bond
# prices fall" sentence (rewritten, both kept), and "The yield on the benchmark 10-year note rose 2.309% compared with
# 2.243%" (a level printed with "rose"). The strategist's and Yellen's quotes rendered as reported speech (no figures in
# them). Periods: none ("last month", "Friday", "December", "Oct. 28": no year printed; market levels none).
# Decided: the two-year's 0.942 % intraday high key; "was recently at 0.914%, compared with 0.842% right before the jobs
# release" -> key 0.914 % with prior 0.842 and an optional pre-release row; the 10-year's "rose 2.309% compared with
# 2.243%" -> a key yield level of 2.309 % (not a change) with prior 2.243 and an optional pre-data row. Payrolls 271,000
# and the 183,000 expectation key (unit "jobs"). Fed funds futures: 70 % odds of a December hike key, with the next
# sentence's 58 % "ahead of the jobs report" as its prior and a key row of its own (news42 batch a), and the 38 % before
# the October statement key. Not labelled: "more than five years", "since July", "since May 2010", "Dec. 15-16",
# "Oct. 28" (spans and dates).
UST2 = "two-year note|2-year Treasury|two-year Treasury note|two-year|U.S. Treasury|Treasuries"
UST10 = "10-year Treasury note|10-year note|10-year Treasury|benchmark 10-year|U.S. Treasury|Treasuries"
USA = "United States|U.S.|US|U.S. economy|Labor Department"
FED = "Federal Reserve|Fed|FOMC|fed funds futures|CME Group"
Y2 = "yield|bond_yield|treasury_yield|2_year_yield|two_year_yield"
Y10 = "yield|bond_yield|treasury_yield|10_year_yield|ten_year_yield"
PH = "rate_hike_probability|hike_probability|probability|implied_probability|rate_increase_probability"
G["en03"] = ([
    m(Y2, 0.942, "%", UST2, basis="intraday; highest intraday level since May 2010 (Tradeweb)"),
    m(Y2, 0.914, "%", UST2, prior=0.842, basis="recently"),
    m(Y2, 0.842, "%", UST2, opt=True, basis="right before the jobs release"),
    m(Y10, 2.309, "%", UST10, prior=2.243, basis="printed 'rose 2.309%': the level"),
    m(Y10, 2.243, "%", UST10, opt=True, basis="before the data"),
    m("nonfarm_payrolls|payrolls|jobs_added|employment_change|nonfarm_payrolls_change", 271000, "jobs", USA,
      basis="last month; nonfarm employment release"),
    m("nonfarm_payrolls_consensus|payrolls_consensus|payrolls_estimate|nonfarm_payrolls_forecast|jobs_consensus", 183000,
      "jobs", USA, basis="economists had expected"),
    m(PH, 70, "%", FED, prior=58, basis="fed funds futures, Dec. 15-16 meeting (CME Group data)"),
    m(PH, 58, "%", FED, basis="ahead of the jobs report"),
    m(PH, 38, "%", FED, basis="before the Fed's interest-rate statement last month"),
], [])

# ---------------------------------------------------------------- en04 Euro zone flash PMIs (Reuters text via Zawya, zawya.com; an April 2024 page, no year printed): composite 51.4 from 50.3 vs 50.7 polled, services 52.9 from 51.5 vs 51.8, manufacturing 45.6 from 46.1 vs 46.6, manufacturing output 47.3 from 47.1, services new business 52.1, manufacturing new orders 43.8 from 46.0, composite employment 51.8 from 50.9 (points)
# A European macro data release (flash PMI survey) against a Reuters poll. Whole as stored; the leading "PHOTO" marker
# dropped as furniture; the credit line "(Reporting by ...; editing by ...)" kept. No headline in the stored text (none
# added). The economist's quote rendered as reported speech (no figures in it). Periods: none ("this month", "March",
# "last month" with no year; "mid-2022" and "June last year" are reference dates). Decided: every index reading in
# "points" (news38 batch a, dev corpus en40). Each "to X from Y" reading -> key level with prior and an optional row of
# the earlier reading (composite, services, manufacturing, manufacturing output, manufacturing new orders, composite
# employment). The Reuters-poll expectations (50.7, 51.8 median, 46.6) key. "Its second month above the 50 level" and
# "below 50 since mid-2022" -> optional pmi_threshold rows. The services new business index's 52.1 key (no earlier value
# printed). Not labelled: "nearly a year", "second month", "11-month high", "four-month low", "second quarter" (spans,
# ordinals).
EZ = "euro zone|eurozone|euro area|HCOB|HCOB Eurozone|S&P Global"
CP = "composite_pmi|pmi|flash_composite_pmi|hcob_composite_pmi"
SP = "services_pmi|pmi|flash_services_pmi"
MP = "manufacturing_pmi|pmi|flash_manufacturing_pmi"
G["en04"] = ([
    m(CP, 51.4, "points", EZ, prior=50.3, basis="preliminary (flash); this month"),
    m(CP, 50.3, "points", EZ, opt=True, basis="March"),
    m("composite_pmi_consensus|pmi_consensus|pmi_forecast|pmi_estimate", 50.7, "points", EZ, basis="Reuters poll"),
    m("pmi_threshold", 50, "points", EZ, opt=True, basis="level separating growth from contraction"),
    m(SP, 52.9, "points", EZ, prior=51.5, basis="flash"),
    m(SP, 51.5, "points", EZ, opt=True, basis="last month"),
    m("services_pmi_consensus|pmi_consensus|pmi_forecast|pmi_estimate", 51.8, "points", EZ,
      basis="Reuters poll median"),
    m(MP, 45.6, "points", EZ, prior=46.1),
    m(MP, 46.1, "points", EZ, opt=True, basis="previous"),
    m("manufacturing_pmi_consensus|pmi_consensus|pmi_forecast|pmi_estimate", 46.6, "points", EZ, basis="Reuters poll"),
    m("pmi_threshold", 50, "points", EZ, opt=True, basis="manufacturing below 50 since mid-2022"),
    m("manufacturing_output_index|output_index|pmi", 47.3, "points", EZ, prior=47.1),
    m("manufacturing_output_index|output_index|pmi", 47.1, "points", EZ, opt=True, basis="previous"),
    m("services_new_business_index|new_business_index|new_orders_index", 52.1, "points", EZ, basis="11-month high"),
    m("manufacturing_new_orders_index|new_orders_index", 43.8, "points", EZ, prior=46.0, basis="four-month low"),
    m("manufacturing_new_orders_index|new_orders_index", 46.0, "points", EZ, opt=True, basis="previous"),
    m("composite_employment_index|employment_index", 51.8, "points", EZ, prior=50.9),
    m("composite_employment_index|employment_index", 50.9, "points", EZ, opt=True, basis="previous"),
], [])

# ---------------------------------------------------------------- en05 Toronto close with movers (Investment Executive, investmentexecutive.com; Thursday July 10, 2008, no date printed): S&P/TSX +133.04 points / +0.98% to 13,743.88 after almost -200, energy +3.3%, Nymex crude +US$5.6 / +4.1% to US$141.65, gold +US$13.40 / +0.9% to US$942, sectors and movers with $ moves and prices, a Royal Bank writedown of $900 million to $1.5 billion, Venture +11.16 / +0.47% to 2,383.65, loonie +0.2¢ to US99.1¢, Dow +81.58 to 11,229.02 after -237, Nasdaq +22.96 to 2,257.85 (points, %, CAD, USD)
# A Canadian market close with sectors, movers, commodities, the currency and New York. The stored text breaks off
# mid-sentence ("The S&P 500 in"): the passage stops after the Nasdaq sentence, a sentence boundary. No headline in the
# stored text (the address slug is not page text; none added). Kept as printed: "finished higher at as" (a missing
# word), "as Tensions ... intensified helped push", "US$5.6", the verbless "Financial shares down sharply earlier in the
# session ...", "US99.1¢". Periods: none (market moves and levels; Royal Bank's "in the third quarter" has no year).
# Decided: "$" and "¢" for Toronto-listed stocks -> CAD ("90¢" -> 0.90, "53¢" -> 0.53); "US$" for Nymex crude and gold
# -> USD; the loonie's "0.2¢ ... at US99.1¢" -> key +0.002 USD change and key 0.991 USD level. Each index's point and %
# move and close key; the previous day's moves ("falling almost 200 points on Wednesday", "Wednesday's 237-point loss")
# key on their indices (hedge in the basis). Sector % moves key on the sector groups. Each stock's $ move and price key.
# Genuity's possible Royal Bank writedown "$900 million to $1.5 billion" -> a key positive range (an estimate, in the
# basis). Not labelled: "August delivery" (a contract month).
TSX = "S&P/TSX composite index|S&P/TSX composite|S&P/TSX|TSX|Toronto Stock Exchange"
VEN = "S&P/TSX Venture composite index|S&P/TSX Venture|TSX Venture|Venture"
DOW = "Dow Jones industrial average|Dow Jones|Dow|DJIA"
NAS = "Nasdaq composite index|Nasdaq composite|Nasdaq"
OIL = "crude oil|crude|oil|Nymex crude|crude for August delivery|WTI"
GOLD = "gold|gold for August delivery|Nymex gold|Comex gold"
CAD_ = "Canadian dollar|loonie|CAD|CAD/USD"
IC, IL = "index_change|price_change", "index_level|close|index_close"
SC = "sector_change|index_change|price_change"
PC, PX = "price_change|share_price_change", "share_price|price|close"
CC, CL = "price_change|commodity_price_change|futures_price_change", "price|commodity_price|futures_price|settle"
ECA, CNQ, GG = "EnCana|EnCana Corp.|Encana", "Canadian Natural Resources|Canadian Natural|CNRL", "Goldcorp|Goldcorp Inc."
TCK, FDG = "Teck Cominco|Teck Cominco Ltd.|Teck", "Fording Canadian Coal Trust|Fording Canadian Coal|Fording"
TD, CM, RY = "TD Bank|Toronto-Dominion Bank|TD", "CIBC|Canadian Imperial Bank of Commerce", "Royal Bank|Royal Bank of Canada|RBC"
G["en05"] = ([
    m(IC, 133.04, "points", TSX), m(IC, 0.98, "%", TSX), m(IL, 13743.88, "points", TSX),
    m(IC, -200, "points", TSX, basis="almost; Wednesday"),
    m(SC, 3.3, "%", "TSX energy group|energy group|energy sector|energy"),
    m(CC, 5.6, "USD", OIL, basis="printed US$5.6; Nymex"), m(CC, 4.1, "%", OIL),
    m(CL, 141.65, "USD", OIL, basis="a barrel"),
    m(PC, 2.47, "CAD", ECA), m(PX, 83.65, "CAD", ECA),
    m(PC, 3.39, "CAD", CNQ), m(PX, 89.15, "CAD", CNQ),
    m(CC, 13.40, "USD", GOLD, basis="Nymex"), m(CC, 0.9, "%", GOLD), m(CL, 942, "USD", GOLD, basis="an ounce"),
    m(SC, 2.7, "%", "TSX gold subindex|gold subindex|gold sector|gold"),
    m(PC, 1.54, "CAD", GG), m(PX, 46.34, "CAD", GG),
    m(SC, 3.25, "%", "base metals sector|base metals|TSX base metals"),
    m(PC, 0.90, "CAD", TCK, basis="90¢"), m(PX, 42.40, "CAD", TCK),
    m(PC, 4.81, "CAD", FDG), m(PX, 80.77, "CAD", FDG),
    m(SC, -0.72, "%", "TSX financial sector|financial sector|financials|TSX financials"),
    m(PC, -1.12, "CAD", TD), m(PX, 60.12, "CAD", TD),
    m(PC, -1.22, "CAD", CM), m(PX, 53.74, "CAD", CM),
    m(PC, -0.53, "CAD", RY, basis="53¢"), m(PX, 43.63, "CAD", RY),
    m("writedown|writedowns|writedown_estimate|impairment", None, "CAD", RY, rng=(900e6, 1.5e9),
      basis="could face another writedown in the third quarter (Genuity Capital Markets note)"),
    m(IC, 11.16, "points", VEN), m(IC, 0.47, "%", VEN), m(IL, 2383.65, "points", VEN),
    m("exchange_rate_change|currency_change|fx_change|price_change", 0.002, "USD", CAD_,
      basis="0.2¢ from Wednesday's close"),
    m("exchange_rate|fx_rate|currency_level|price", 0.991, "USD", CAD_, basis="US99.1¢"),
    m(IC, 81.58, "points", DOW), m(IL, 11229.02, "points", DOW),
    m(IC, -237, "points", DOW, basis="Wednesday"),
    m(IC, 22.96, "points", NAS), m(IL, 2257.85, "points", NAS),
], [])

# ---------------------------------------------------------------- en06 Meta's second quarter beats, eight brokers lift targets (inkl.com, a Thursday July 27, 2023 page; no year printed for the quarter): revenue +11% to $32 billion vs $28.13 billion, EPS $2.98 vs $2.63, Q3 revenue guidance $32-$34.5 billion vs $28.29 billion, target raises (Baird, Bernstein, Canaccord Genuity, Jefferies, Oppenheimer, Piper Sandler, RBC Capital Markets, TD Cowen), premarket +8.92% to $26.62 (USD)
# A US tech company's quarterly results against consensus, its guidance, and a list of broker target raises. The stored
# text breaks off mid-word in a background sentence ("Information from Wikipedia shows that the com"): the passage stops
# after the sentence before it, a sentence boundary (the three whole background sentences kept, rewritten). No headline
# in the stored text (the address slug is not page text; none added). The list of target raises kept as a list. Kept as
# printed: the consensus figures ($28.13 billion, $28.29 billion), the premarket price "$26.62" (the source's error for a
# stock near $300), "(NASDAQ:META)", "Meta Platform", "$32 billion – $34.5 billion" with its dash, "Street estimate".
# The analyst's quotes rendered as reported speech (no figures in them). Periods: none (the second and third quarters
# carry no year; "since the fourth quarter of 2021" is a reference date, not the period reported). Decided: revenue
# growth, revenue and consensus key; EPS and the Street estimate key; the third-quarter revenue guidance a key range
# (the quarter in the basis) with its consensus key; the premarket move and the printed price key (the error labelled
# as printed). Each broker's "from $A to $B" -> raise_target with rating None (no rating printed) and both targets in
# USD. Not labelled: "double-digit" (no figure), "Sept. 27" (a date).
META = "Meta Platforms|Meta Platforms, Inc.|Meta|META|Meta Platform"
G["en06"] = ([
    m("revenue_growth|revenue_change", 11, "%", META, basis="second quarter; first double-digit growth since 2021Q4"),
    m("revenue|total_revenue", 32e9, "USD", META, basis="second quarter"),
    m("revenue_consensus|revenue_estimate", 28.13e9, "USD", META, basis="consensus estimate; second quarter"),
    m("eps|earnings_per_share", 2.98, "USD", META, basis="second quarter"),
    m("eps_consensus|eps_estimate", 2.63, "USD", META, basis="Street estimate; second quarter"),
    m("guidance_revenue|revenue_guidance|revenue_outlook", None, "USD", META, rng=(32e9, 34.5e9),
      basis="third quarter"),
    m("revenue_guidance_consensus|revenue_consensus|revenue_estimate", 28.29e9, "USD", META,
      basis="consensus estimate; third quarter"),
    m("premarket_price_change|price_change|share_price_change", 8.92, "%", META,
      basis="premarket Thursday (Zenger News Pro)"),
    m("share_price|price|premarket_price", 26.62, "USD", META, basis="as printed; premarket"),
], [
    ra("Baird|Robert W. Baird", META, "raise_target", None, target=355, prior_target=330, cur="USD"),
    ra("Bernstein|Sanford C. Bernstein|AllianceBernstein", META, "raise_target", None, target=375, prior_target=350,
       cur="USD"),
    ra("Canaccord Genuity|Canaccord", META, "raise_target", None, target=375, prior_target=360, cur="USD"),
    ra("Jefferies", META, "raise_target", None, target=400, prior_target=360, cur="USD"),
    ra("Oppenheimer", META, "raise_target", None, target=380, prior_target=350, cur="USD"),
    ra("Piper Sandler", META, "raise_target", None, target=365, prior_target=310, cur="USD"),
    ra("RBC Capital Markets|RBC", META, "raise_target", None, target=400, prior_target=330, cur="USD"),
    ra("TD Cowen|Cowen", META, "raise_target", None, target=365, prior_target=345, cur="USD"),
])
