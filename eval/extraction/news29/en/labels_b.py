# Hand-written gold labels for news29/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news28/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("about $1.9bn" -> 1.9e9, "just over
# $40" -> 40), a same-sentence "X from Y" / "X up from Y" / "X down from Y" value of the same quantity is the prior, an
# earlier-period figure in a sentence of its own is its own key row with its own period, earlier levels listed beside a
# prior optional rows with their own periods (news20), periods only where the text states or clearly implies the year
# (a passage with no printed year has no period, news24), fiscal periods as the text names them (news17), market levels
# and moves and deal terms carry no period, a bracketed currency conversion an optional row, repeats and headline
# restatements optional, an intraday extreme optional, a word multiple ("nearly twice") in "x" and optional where both
# levels are labelled (news15, news26), pence scaled to GBP (news18), deal rows on "target|acquirer" entities (news17),
# an IPO's initial range the prior range of the revised range and an optional row of its own, initially marketed shares
# optional (news3 en15), a size printed with a missing or wrong scale word read at the scale the passage confirms with
# the printed form in the basis, plus a literal optional row only where the literal is itself a plausible amount
# (news26, news27, news29 batch a), guidance ranges as rng=(low, high), consensus figures key (news23), brokers' targets
# only in rating actions, ratings normalised lower-case ("sector performer" -> "sector perform", news29 batch a)).

# ---------------------------------------------------------------- en07 Steris bids for Synergy Health: $1.9bn cash-and-stock deal, £4.39 cash plus 0.4308 shares per share, 39 % premium to the last close and 27 % to the 52-week high, $30m cost savings, Synergy's jump to 1820p, Steris' year-to-date gain and value (IBTimes UK; no year printed)
# An M&A story with the headline and standfirst kept; the copyright line dropped. No year is printed ("13 October", "10
# October", "so far this year") -> no periods. Deal rows carry "target|acquirer". Body: "for about $1.9bn in cash and
# stock" -> key deal value (bound kept), the headline's "$1.9bn Bid" an optional repeat. Cash "£4.39 ($7.06) per share"
# -> key 4.39 GBP, the bracketed $7.06 optional; the stock leg "0.4308 shares in a new company" -> key exchange-ratio
# row in "shares" (a deal term, printed per Synergy share). The standfirst's "£4.39 per share in cash, together with
# 0.4308 shares" repeats both terms -> optional. Premiums: 39 % "to Synergy's closing stock price on 10 October, the last
# trading day before the announcement" key; "a 27% premium to the 52-week high" key (a second printed premium, basis
# names the reference). Synergy's shares "trading 30% higher to 1820p at 12.29BST" -> key +30 % and key 18.20 GBP (pence
# scaled); "having surged 33% in early London trading" is the intraday extreme -> optional; the headline's "Jumps 30%"
# an optional repeat. Cost savings "total annual pre-tax cost savings of $30m (£18.6m , €23.6m) or more" -> key 30e6 USD
# (the synergies of the deal; "or more" keeps the number), the two bracketed conversions optional (GBP, EUR). Steris'
# "stock has jumped 17.43%" "so far this year" -> key year-to-date move (no period: no year printed) and "valuing the
# firm at $3.35bn" key market value on Steris. Not labelled: "13 October", "10 October", "12.29BST", "1330 BST" (dates,
# times), "52-week" (window), advisers (no figures). No enterprise value and no financing figures are printed.
SYN = "Synergy Health|Synergy|Synergy Health plc"
STE = "Steris|STERIS|Steris Corp"
D = SYN + "|" + STE
DV = "deal_value|offer_value|transaction_value|takeover_value"
OP = "offer_price|offer_price_per_share|cash_per_share|price_per_share|cash_consideration"
XR = "exchange_ratio|share_consideration|stock_consideration|shares_per_share"
PREM = "premium|offer_premium|takeover_premium"
PC = "price_change|share_price_change|stock_price_change"
G["en07"] = ([
    m(PC, 30, "%", SYN, opt=True, basis="headline"),                                               # headline
    m(DV, 1.9e9, "USD", D, opt=True, basis="headline"),                                            # headline
    m(OP, 4.39, "GBP", D, opt=True, basis="standfirst, in cash"),                                  # standfirst
    m(XR, 0.4308, "shares", D, opt=True, basis="standfirst, shares in newly incorporated firm"),    # standfirst
    m(DV, 1.9e9, "USD", D, basis="about, cash and stock"),
    m(PC, 30, "%", SYN, basis="at 12.29BST"),
    m("price|share_price", 18.20, "GBP", SYN, basis="printed 1820p"),
    m(PC + "|intraday_high", 33, "%", SYN, opt=True, basis="early London trading"),                 # intraday extreme
    m(OP, 4.39, "GBP", D, basis="in cash"),
    m(OP, 7.06, "USD", D, opt=True, basis="conversion of GBP4.39"),                                # ($7.06)
    m(XR, 0.4308, "shares", D, basis="shares in a new company per Synergy share"),
    m(PREM, 39, "%", D, basis="to closing price on 10 October, last trading day before announcement"),
    m(PREM + "|premium_to_52_week_high", 27, "%", D, basis="to 52-week high"),
    m("cost_savings|synergies|cost_synergies|annual_cost_savings", 30e6, "USD", D,
      basis="total annual pre-tax, or more"),
    m("cost_savings|synergies|cost_synergies|annual_cost_savings", 18.6e6, "GBP", D, opt=True),     # conversion
    m("cost_savings|synergies|cost_synergies|annual_cost_savings", 23.6e6, "EUR", D, opt=True),     # conversion
    m(PC + "|ytd_change|year_to_date_change", 17.43, "%", STE, basis="so far this year"),
    m("market_value|market_cap|market_capitalisation|valuation", 3.35e9, "USD", STE),
], [])

# ---------------------------------------------------------------- en08 Facebook's IPO debut: $38 at the top of the range, 421 (million) shares, $16 billion raised, $104 billion valuation at 104 times earnings, first-day move, market cap, volume, 51 % upsizing, revised and initial price ranges (Wyatt Research; no year printed)
# An IPO story. The stored text has no headline (none added). No year is printed ("today", "last year", "earlier this
# week") -> no periods. "opening at $38 a share – the high end of its latest price range": the passage calls $38 the
# opening and ties it to the top of the range, and later speaks of "the IPO price" -> one key row at 38 with both
# readings as metric alternatives (ipo_price / opening_price), printed wording in basis. "With 421 shares sold": the
# source drops "million"; the passage itself confirms millions ($16 billion raised at $38 a share; the original plan of
# 337.4 million shares) -> key 421e6 with the printed form in basis, no literal row (421 shares is not a plausible IPO
# size). "raised $16 billion" key; "The $16 billion deal" a repeat -> optional. Valuation $104 billion key; "104 times
# last year's earnings" -> key P/E 104 x (news21 labelled an IPO's earnings multiple key). First day: "up 5.5% at just
# over $40 a share" -> key +5.5 % and key 40 USD (bound kept); market cap "near the $110 billion range" key 110e9
# (hedge kept); "popped 18% earlier in the day" the intraday extreme -> optional. Volume "around 411 million trades" ->
# key (news21 labelled an IPO's first-day volume key), the printed noun "trades" as unit. "51% larger than the company
# first anticipated" -> key deal-size increase. Ranges (news3 en15, Lyft): "raised its expected IPO price range to
# $34-$38" -> key range (34, 38) with prior range (28, 35) from the original plan (the raise implies the earlier range
# as its starting point), the original range an optional row of its own, and the originally planned 337.4 million
# shares optional. Not labelled: "third-largest", "seventh-largest" (ranks), "an hour left" (time).
FB = "Facebook|Facebook Inc|FB"
RNG = "ipo_price_range|price_range|ipo_price"
G["en08"] = ([
    m("ipo_price|offer_price|opening_price|open_price", 38, "USD", FB,
      basis="printed 'opening at $38 a share', high end of latest price range"),
    m("shares_sold|ipo_shares|shares_offered", 421e6, "shares", FB, basis="printed '421 shares' without 'million'"),
    m("ipo_proceeds|funds_raised|amount_raised|ipo_size", 16e9, "USD", FB),
    m("valuation|market_value|market_cap", 104e9, "USD", FB, basis="at the IPO"),
    m("pe_ratio|valuation_multiple|price_to_earnings", 104, "x", FB, basis="times last year's earnings"),
    m("price_change|first_day_gain|share_price_change", 5.5, "%", FB, basis="first trading day, an hour before close"),
    m("price|share_price", 40, "USD", FB, basis="just over"),
    m("market_cap|market_value|market_capitalisation", 110e9, "USD", FB, basis="near the $110 billion range"),
    m("price_change|intraday_high|first_day_gain", 18, "%", FB, opt=True, basis="earlier in the day, at one point"),
    m("trading_volume|volume|shares_traded", 411e6, "trades", FB, basis="around"),
    m("ipo_proceeds|funds_raised|amount_raised|ipo_size", 16e9, "USD", FB, opt=True),            # "The $16 billion deal"
    m("deal_size_increase|offering_size_change|ipo_size_change", 51, "%", FB, basis="versus original plan"),
    m("shares_marketed|ipo_shares|shares_offered", 337.4e6, "shares", FB, opt=True, basis="original plan"),
    m(RNG, None, "USD", FB, rng=(28, 35), opt=True, basis="original plan"),                       # also the prior below
    m(RNG, None, "USD", FB, rng=(34, 38), prng=(28, 35), basis="raised earlier this week"),
], [])

# ---------------------------------------------------------------- en09 Standard Chartered first quarter 2021: operating income, underlying PBT, provisions, buyback, NII and NIM, loans, other income, costs and cost-income ratio, impairments, CET1 with its target range (Hargreaves Lansdown; year implied by "the end of 2020"; USD)
# A bank's quarter; the stored text has no headline (none added); the subhead "First Quarter Results (constant exchange
# rates)" kept; HL's disclaimer dropped; the passage stops before a half-stored sentence ("Net in..."). Period: the
# quarter's CET1 is set against "the 14.4% reported at the end of 2020" and "a year ago" -> the first quarter is 2021Q1
# (clearly implied: the first quarter after the end of 2020), "a year ago" 2020Q1, "the end of 2020" 2020Q4. Operating
# income $3.9bn and -10 % (constant currency, yoy) key. Underlying PBT +19 % to $1.4bn key; "provisions for bad loans
# dropped 98% year-on-year" key -98 %. Buyback "$255m of shares in the quarter" key; "paid no dividend" prints no figure.
# "the shares were up 7%" key (no period: a market move). NII $1.7bn and -11 % key; NIM "falling from 1.52% to 1.22%" ->
# key with prior; loans "an 8% rise ... to $292.1bn" -> growth and level key. Other income -9 % to $2.3bn key; "without
# them, income would have risen 4%" -> key growth with basis excluding derivative valuations (a printed adjusted
# figure). Underlying operating costs +4 % to $2.5bn key; cost-to-income ratio "rose 5 percentage points to 63%" ->
# level and +5 pp key. Impairments "$20m, down from $956m a year ago" -> key with prior; "The $20m total" an optional
# repeat. CET1 "14.0% ..., up from 13.4% a year ago but down on the 14.4% reported at the end of 2020" -> key 14.0 with
# the same-sentence "up from" value 13.4 as prior, and the two earlier levels optional rows with their periods (news20
# en03: earlier levels listed beside the prior). "the target 13-14% range" -> key CET1 target range (13, 14), no period.
# No return on equity is printed.
SC = "Standard Chartered|StanChart|Standard Chartered PLC|STAN"
Q, PQ, Y4 = "2021Q1", "2020Q1", "2020Q4"
CC = "constant currency, yoy"
CET1 = "cet1_ratio|common_equity_tier_1_ratio|cet1"
G["en09"] = ([
    m("operating_income|total_income|income|revenue", 3.9e9, "USD", SC, Q),
    m("operating_income_growth|income_growth|revenue_growth", -10, "%", SC, Q, basis=CC),
    m("underlying_profit_before_tax|underlying_pretax_profit|profit_before_tax|pretax_profit", 1.4e9, "USD", SC, Q),
    m("underlying_profit_before_tax_growth|pretax_profit_growth|profit_before_tax_growth", 19, "%", SC, Q),
    m("provisions_change|impairment_change|loan_loss_provision_change|credit_impairment_change", -98, "%", SC, Q,
      basis="provisions for bad loans, yoy"),
    m("share_buyback|buyback|share_repurchase", 255e6, "USD", SC, Q, basis="bought back in the quarter"),
    m("price_change|share_price_change|stock_price_change", 7, "%", SC, basis="after the announcement"),
    m("net_interest_income|nii", 1.7e9, "USD", SC, Q),
    m("net_interest_income_growth|nii_growth", -11, "%", SC, Q, basis="yoy"),
    m("net_interest_margin|nim", 1.22, "%", SC, Q, prior=1.52),
    m("loan_growth|loans_growth", 8, "%", SC, Q, basis="loans & advances to customers"),
    m("loans|loans_and_advances|loans_and_advances_to_customers", 292.1e9, "USD", SC, Q),
    m("other_income|non_interest_income", 2.3e9, "USD", SC, Q),
    m("other_income_growth|non_interest_income_growth", -9, "%", SC, Q),
    m("other_income_growth|non_interest_income_growth|income_growth", 4, "%", SC, Q,
      basis="excluding derivative valuation changes, would have risen"),
    m("operating_costs|operating_expenses|underlying_operating_costs|costs", 2.5e9, "USD", SC, Q, basis="underlying"),
    m("operating_costs_growth|operating_expenses_growth|cost_growth", 4, "%", SC, Q, basis="underlying, yoy"),
    m("cost_income_ratio|cost_to_income_ratio", 63, "%", SC, Q, basis="underlying"),
    m("cost_income_ratio_change|cost_to_income_ratio_change", 5, "pp", SC, Q, basis="underlying"),
    m("impairments|credit_impairment|loan_impairment|loan_loss_provisions|provisions", 20e6, "USD", SC, Q,
      prior=956e6, basis="impairments for bad loans"),
    m("impairments|credit_impairment|loan_impairment|loan_loss_provisions|provisions", 20e6, "USD", SC, Q,
      opt=True),                                                                                    # "The $20m total"
    m(CET1, 14.0, "%", SC, Q, prior=13.4),
    m(CET1, 13.4, "%", SC, PQ, opt=True, basis="a year ago"),
    m(CET1, 14.4, "%", SC, Y4, opt=True, basis="reported at the end of 2020"),
    m("cet1_ratio_target|cet1_target|target_cet1_ratio", None, "%", SC, rng=(13, 14), basis="target range"),
], [])

# ---------------------------------------------------------------- en10 Turkish Airlines 2023 and December traffic: passengers total, domestic and international with growth, 2022 passengers, load factors and change, ASK, cargo, December passengers against December 2022, load factors, ASK and cargo, fleet (Daily Sabah, 2023 printed)
# An airline's monthly and full-year traffic. The stored text has no headline (none added). Periods: "last year" is
# printed as 2023 ("30.4 million in 2023", "234.8 billion in 2023") -> the year's rows 2023; "December" / "December
# 2023" -> 2023-12; "in 2022" -> 2022. Year: 83.4 million passengers and +16.1 % key; domestic +19.1 % to 30.4 million
# and international +14.4 % to 53 million key on their own entities (domestic / international routes, the airline as an
# alternative). "carried some 71.8 million passengers in 2022" is its own sentence -> its own key row (2022), not a
# prior ("some" kept as printed value). Load factor "increased by 1.9 points to 82.6%" -> level and +1.9 pp key, the
# domestic 84.3 % and international 82.4 % key. ASK +16.4 % and 234.8 billion key (unit "ASK", the printed abbreviation
# of available seat kilometres, as a count noun). Cargo and mail -1.2 % key; "to 1.66 tons": the source drops "million";
# the passage itself confirms millions (December alone carried 159,700 tons) -> key 1.66e6 tons with the printed form in
# basis, no literal row (1.66 tons for a year is not a plausible volume). December: "jumped by 10.1% ... to 6.1 million
# from 5.5 million" -> key level with prior and key growth; load factor 79.8 % total, 80 % international, 78.5 %
# domestic key; ASK +19.4 % to 19.8 billion key; cargo 159,700 tons and +15.8 % key. "flies to 340 destinations" is
# network trivia -> optional (news24: route counts optional); "a fleet of 440 aircraft" key without period (a stock of
# aircraft, news27 en11). Not labelled: "on Monday" (day).
THY = "Turkish Airlines|THY|Türk Hava Yolları"
DOM = "Turkish Airlines domestic|domestic flights|domestic|" + THY
INT = "Turkish Airlines international|international routes|international flights|international|" + THY
Y, PY, DEC = "2023", "2022", "2023-12"
PX = "passengers|passengers_carried|passenger_numbers|traffic"
PG = "passenger_growth|passengers_growth|traffic_growth"
LF = "load_factor|passenger_load_factor|seat_occupancy"
ASK = "available_seat_kilometers|ask|capacity"
ASKG = "ask_growth|capacity_growth|available_seat_kilometers_growth"
CV = "cargo_volume|cargo_carried|cargo_and_mail|cargo_tonnage"
CG = "cargo_growth|cargo_volume_growth|cargo_tonnage_growth"
G["en10"] = ([
    m(PX, 83.4e6, "passengers", THY, Y, basis="some"),
    m(PG, 16.1, "%", THY, Y),
    m(PX, 30.4e6, "passengers", DOM, Y, basis="domestic flights"),
    m(PG, 19.1, "%", DOM, Y, basis="domestic flights, yoy"),
    m(PX, 53e6, "passengers", INT, Y, basis="international routes"),
    m(PG, 14.4, "%", INT, Y, basis="international routes"),
    m(PX, 71.8e6, "passengers", THY, PY, basis="some"),
    m(LF, 82.6, "%", THY, Y),
    m("load_factor_change|passenger_load_factor_change", 1.9, "pp", THY, Y, basis="printed 'points'"),
    m(LF, 84.3, "%", DOM, Y, basis="domestic flights"),
    m(LF, 82.4, "%", INT, Y, basis="international flights"),
    m(ASKG, 16.4, "%", THY, Y),
    m(ASK, 234.8e9, "ASK", THY, Y),
    m(CG, -1.2, "%", THY, Y, basis="cargo and mail"),
    m(CV, 1.66e6, "tons", THY, Y, basis="cargo and mail, printed '1.66 tons' without 'million'"),
    m(PX, 6.1e6, "passengers", THY, DEC, prior=5.5e6),
    m(PG, 10.1, "%", THY, DEC),
    m(LF, 79.8, "%", THY, DEC, basis="total"),
    m(LF, 80, "%", INT, DEC, basis="international routes"),
    m(LF, 78.5, "%", DOM, DEC, basis="domestic"),
    m(ASKG, 19.4, "%", THY, DEC),
    m(ASK, 19.8e9, "ASK", THY, DEC),
    m(CV, 159700, "tons", THY, DEC, basis="cargo and mail"),
    m(CG, 15.8, "%", THY, DEC, basis="cargo and mail, yoy"),
    m("destinations|destination_count|routes", 340, "destinations", THY, opt=True, basis="end of last year"),
    m("fleet|fleet_size|aircraft", 440, "aircraft", THY, basis="passenger and cargo planes, end of last year"),
], [])

# ---------------------------------------------------------------- en11 Oi first quarter 2013: net income against the Reuters poll, the year-earlier consolidated profit, EBITDA and forecast, preferred-share slide, net debt (printed "27.495 million"), capex growth (Reuters; year implied by "the first quarter of 2012"; BRL)
# A Latin American company's quarter in reais. No headline in the stored text (none added); dateline kept. Period: the
# year-earlier quarter is printed as "the first quarter of 2012" -> the reported quarter is 2013Q1 (clearly implied),
# the year-earlier 2012Q1; "at the end of March" is the quarter end (2013Q1). Net income 262 million reais key, the
# "($131 million)" conversion optional; "the average estimate of 134 million reais in a Reuters poll" -> key consensus;
# "almost twice" the estimate -> optional 2 x (both levels labelled). "a consolidated profit of 444 million reais for the
# first quarter of 2012" is its own sentence (and Oi calls it not comparable) -> its own key row 2012Q1, not a prior.
# EBITDA "increased 7 percent ... to 2.151 billion reais" -> growth and level key; "the average forecast of 2.17 billion
# reais" key consensus. "preferred shares have lost a third of their value since its chief executive left in January"
# -> key -33.33 % (a word fraction, labelled numerically; no period: a market move). Net debt "climbed 10 percent in
# three months" -> key +10 % (q/q); "to 27.495 million reais": three decimals and a quarterly EBITDA of 2.151 billion
# show the figure is 27,495 million reais printed with the Portuguese thousands point (27.495 billion); the passage's
# own scale (billions of EBITDA, "rising debt levels" questioned) confirms billions -> key 27.495e9 with the printed form
# in basis, and an optional literal row 27.495e6 (decided: the literal is a plausible-looking amount in isolation, as
# news27's €5.6m; it is kept optional so neither reading is penalised). Capex "55 percent more" -> key +55 %. Not
# labelled: "two quarters", "one quarter" (counts of periods), "April 30" (date), "January" (month of the CEO's exit).
OI = "Oi|Grupo Oi|Grupo Oi SA|Oi SA"
Q, PQ = "2013Q1", "2012Q1"
NI = "net_income|net_profit|profit"
G["en11"] = ([
    m(NI, 262e6, "BRL", OI, Q),
    m(NI, 131e6, "USD", OI, Q, opt=True),                                                          # ($131 million)
    m("net_income_consensus|net_income_estimate|net_profit_consensus", 134e6, "BRL", OI, Q,
      basis="average estimate, Reuters poll"),
    m("net_income_vs_estimate|earnings_surprise_multiple", 2, "x", OI, Q, opt=True, basis="almost twice the estimate"),
    m(NI + "|consolidated_profit", 444e6, "BRL", OI, PQ, basis="consolidated, not comparable"),
    m("ebitda_growth", 7, "%", OI, Q, basis="yoy"),
    m("ebitda", 2.151e9, "BRL", OI, Q),
    m("ebitda_consensus|ebitda_estimate|ebitda_forecast", 2.17e9, "BRL", OI, Q, basis="average forecast, Reuters survey"),
    m("price_change|share_price_change|stock_price_change", -33.33, "%", OI,
      basis="preferred shares, lost a third since CEO left in January"),
    m("net_debt_growth|net_debt_change", 10, "%", OI, Q, basis="in three months"),
    m("net_debt", 27.495e9, "BRL", OI, Q, basis="end of March, printed '27.495 million reais' (Portuguese thousands point)"),
    m("net_debt", 27.495e6, "BRL", OI, Q, opt=True, basis="as printed"),                             # literal
    m("capex_growth|capital_spending_growth|capital_expenditure_growth", 55, "%", OI, Q),
], [])

# ---------------------------------------------------------------- en12 BlackBerry fiscal first quarter 2025: EPS and revenue against estimates, segment revenue, IoT royalties share and gross margin, ARR and net retention, FY2025 and fiscal Q2 EPS and revenue guidance ranges against consensus, three analyst actions (AnaChart, 2024)
# A tech company's quarter. The page title ("Selected stock price target news of the day - June 27th, 2024"), byline
# and the item headline are kept; the site's closing "Which Analyst has the best track record" block dropped. Periods:
# "first quarter for fiscal year 2025" / "Q1 FY2025" -> FY2025Q1; "FY2025" -> FY2025; "Q2 2025", printed right after the
# FY2025 outlook for a company reporting fiscal Q1 2025, is the next fiscal quarter -> FY2025Q2 (decided: the quarter
# is named in the passage's fiscal frame; basis keeps the printed "Q2 2025"). Loss figures in brackets are negative:
# EPS "($0.07)" -> -0.07 key, "the analyst estimate of ($0.05)" -> key consensus -0.05; "$0.02 worse than" restates the
# gap between the two labelled figures -> optional -0.02 surprise row. Revenue $144 million key, consensus $132.05
# million key. Segments (own entities, the group as alternative): IoT $53 million, cybersecurity $85 million, licensing
# and other $6 million key; the later "The division's revenue reached $85 million" an optional repeat. IoT: royalties
# "especially in the automotive sector, which made up 80% of the division's total revenue" -> key share row (basis
# names the ambiguous royalties/automotive reading); gross margin 81 % key. Cybersecurity: ARR $285 million and
# dollar-based net retention rate 87 % key. Guidance: FY2025 EPS "($0.03) to ($0.07)" -> key range (-0.07, -0.03),
# consensus -0.04 key; FY2025 revenue (586e6, 616e6) key, consensus 601e6 key; fiscal Q2 EPS "($0.02) to ($0.04)" ->
# key range (-0.04, -0.02), consensus -0.02 key; revenue (136e6, 144e6) key, consensus 142e6 key. The headline's
# "Misses", "Revenue Beat" and "Mixed" carry no figures. Rating actions (USD): Canaccord Genuity "kept a Hold rating and
# cut the price target from $3.25 to $2.7" -> cut_target hold 2.7 from 3.25; CIBC "upgraded from Neutral to
# Outperformer" -> upgrade to outperform (CIBC's "Outperformer" normalised like RBC's "sector performer", news29 batch
# a) from neutral, no target printed; Baird "kept a Neutral rating and cut the price target from $3.5 to $3" ->
# cut_target neutral 3 from 3.5. Analysts' names are not labelled; "June 27th, 2024" is a date.
BB = "BlackBerry|BlackBerry Ltd|BlackBerry Limited|BB"
IOT = "BlackBerry IoT|IoT|IoT division|" + BB
CYB = "BlackBerry Cybersecurity|cybersecurity|cybersecurity division|" + BB
LIC = "BlackBerry Licensing and other|licensing and other|licensing|" + BB
Q, FY, NQ = "FY2025Q1", "FY2025", "FY2025Q2"
EPS = "eps|earnings_per_share|adjusted_eps"
EPSC = "eps_consensus|eps_estimate"
REV = "revenue|total_revenue|sales"
REVC = "revenue_consensus|revenue_estimate"
GEPS = "guidance_eps|eps_guidance|eps_outlook"
GREV = "guidance_revenue|revenue_guidance|revenue_outlook"
G["en12"] = ([
    m(EPS, -0.07, "USD", BB, Q),
    m(EPSC, -0.05, "USD", BB, Q),
    m("eps_surprise|eps_miss|eps_vs_estimate", -0.02, "USD", BB, Q, opt=True, basis="$0.02 worse than estimate"),
    m(REV, 144e6, "USD", BB, Q),
    m(REVC, 132.05e6, "USD", BB, Q),
    m(REV + "|segment_revenue", 53e6, "USD", IOT, Q),
    m(REV + "|segment_revenue", 85e6, "USD", CYB, Q),
    m(REV + "|segment_revenue", 6e6, "USD", LIC, Q),
    m("revenue_share|share_of_revenue|royalty_share", 80, "%", IOT, Q,
      basis="royalties, especially automotive, share of IoT revenue"),
    m("gross_margin", 81, "%", IOT, Q),
    m("arr|annual_recurring_revenue", 285e6, "USD", CYB, Q),
    m("net_retention_rate|dollar_based_net_retention_rate|nrr", 87, "%", CYB, Q),
    m(REV + "|segment_revenue", 85e6, "USD", CYB, Q, opt=True),                                      # repeat
    m(GEPS, None, "USD", BB, FY, rng=(-0.07, -0.03), basis="reiterated full-year outlook"),
    m(EPSC, -0.04, "USD", BB, FY),
    m(GREV, None, "USD", BB, FY, rng=(586e6, 616e6), basis="reiterated full-year outlook"),
    m(REVC, 601e6, "USD", BB, FY),
    m(GEPS, None, "USD", BB, NQ, rng=(-0.04, -0.02), basis="printed 'Q2 2025'"),
    m(EPSC, -0.02, "USD", BB, NQ),
    m(GREV, None, "USD", BB, NQ, rng=(136e6, 144e6), basis="printed 'Q2 2025'"),
    m(REVC, 142e6, "USD", BB, NQ),
], [
    ra("Canaccord Genuity|Canaccord", BB, "cut_target", "hold", None, 2.7, 3.25, "USD"),
    ra("CIBC|CIBC Capital Markets", BB, "upgrade", "outperform", "neutral"),
    ra("Baird|Robert W. Baird", BB, "cut_target", "neutral", None, 3, 3.5, "USD"),
])
