# Hand-written gold labels for news38/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: the development corpus's README, news3/en/README.md, news4-news37/en/README.md (values fully scaled
# ("$2.12 billion" -> 2.12e9, "£253k" -> 253e3, "MXN18.6 billion" -> 18.6e9, "2.3 pence" -> 0.023 GBP, "c.10.4p" ->
# 0.104 GBP), declines, falls, losses and hits negative, % vs pp vs bp as printed, a PMI reading in "points" (dev corpus
# en40), a hedge or bound keeps the stated number ("about $425 million", "c.£451 million", "around one percentage
# point" -> 1 pp), a same-sentence "X from Y" / "X, against Y" / "(H1 2016: Y)" / "(Y previous)" value of the same
# quantity is the prior and the earlier reading also an optional row with its own period where the text names it
# (news8 brackets, news30 batch b, news36 batch b), periods only where the text states or clearly implies the year (a
# passage with no printed year has none, news24; market moves and levels carry none), repeats, intraday extremes,
# conversions in brackets and restatements optional, the source's own errors labelled as printed (dev corpus), brokers'
# targets and ratings only in rating actions, ratings lower-case; a broker estimate is an *_estimate metric (dev corpus
# en11)).

# ---------------------------------------------------------------- en07 Medtronic's fiscal third quarter (quarter ended January 25th): minimally invasive therapies revenue $2.12 billion against $2.08 billion expected, full-year EPS guidance $5.14-5.16 from $5.10-5.15 (view $5.12), 2019 organic growth forecast 5.25-5.5 %, strong-dollar hit $425-475 million, restorative therapies +4.2 % (estimate $2.02 billion), net income $1.27 billion / 94 cents against a loss of $1.39 billion / $1.03, adjusted EPS $1.29 (view $1.24), revenue +2.4 % to $7.55 billion (view $7.52 billion) (Reuters via the Irish Times, February 2019; USD)
# A US-listed medical-device maker's quarterly results. The stored text has no headline (none added); whole as stored,
# with the closing "– Reuters" credit kept. Notation kept: "$2.12 billion (€1.87 billion)", "5.25 per cent to 5.5 per
# cent", "$425 million to $475 million", "January 25th", "94 cents per share". Period: "its 2019 forecast for organic
# revenue growth" names the full year: the full-year guidance rows (organic growth, EPS range, the analysts' full-year
# view, the currency hit on "full-year revenue") take 2019 (the text does not say "fiscal", so no FY prefix; the scorer
# treats 2019 and FY2019 alike). The quarter "ended January 25th" has no printed year: the quarterly rows carry none.
# Decided: the guidance range "$5.14 to $5.16 ..., up from the prior forecast of $5.10 to $5.15" is a key range with the
# old range as prior range. "A strong dollar would impact its full-year revenue by about $425 million to $475 million"
# is a key currency-hit range signed negative (news37 batch a: a range that lowers earnings is negative though no minus
# is printed). "Net income ... $1.27 billion, or 94 cents per share, ... compared with a loss of $1.39 billion, or $1.03
# per share, a year earlier" gives key net income and EPS with the year-earlier losses as priors (negative) and
# optional year-earlier rows. Segment figures sit on the segment, the Medtronic names as alternatives. "Rose 4.2 per cent
# to beat the average analyst estimate of $2.02 billion" gives a key growth row and a key segment consensus row (the
# segment's revenue level is not printed and not computed). The euro conversion is optional. Not labelled: "since 2015"
# (a year).
MDT = "Medtronic|Medtronic plc|MDT"
MITG = "Medtronic minimally invasive therapies|minimally invasive therapies|Minimally Invasive Therapies Group|" + MDT
RTG = "Medtronic restorative therapies|restorative therapies|Restorative Therapies Group|" + MDT
Y = "2019"
G["en07"] = ([
    m("segment_revenue|revenue", 2.12e9, "USD", MITG),
    m("segment_revenue|revenue", 1.87e9, "EUR", MITG, opt=True),
    m("segment_revenue_consensus|revenue_consensus|revenue_estimate", 2.08e9, "USD", MITG),
    m("guidance_eps|eps_guidance", None, "USD", MDT, Y, rng=(5.14, 5.16), prng=(5.10, 5.15)),
    m("eps_consensus|eps_estimate", 5.12, "USD", MDT, Y, basis="full-year"),
    m("guidance_organic_revenue_growth|organic_revenue_growth_guidance|guidance_revenue_growth", None, "%", MDT, Y,
      rng=(5.25, 5.5)),
    m("fx_impact_revenue|currency_impact|revenue_fx_impact", None, "USD", MDT, Y, rng=(-475e6, -425e6),
      basis="strong dollar impact on full-year revenue, about"),
    m("segment_revenue_growth|revenue_growth", 4.2, "%", RTG),
    m("segment_revenue_consensus|revenue_consensus|revenue_estimate", 2.02e9, "USD", RTG),
    m("net_income|net_profit", 1.27e9, "USD", MDT, prior=-1.39e9, basis="attributable to Medtronic"),
    m("net_income|net_profit", -1.39e9, "USD", MDT, opt=True, basis="year earlier, tax-related charge"),
    m("eps", 0.94, "USD", MDT, prior=-1.03, basis="GAAP"),
    m("eps", -1.03, "USD", MDT, opt=True, basis="year earlier"),
    m("eps", 1.29, "USD", MDT, basis="excluding items"),
    m("eps_consensus|eps_estimate", 1.24, "USD", MDT, basis="excluding items"),
    m("revenue", 7.55e9, "USD", MDT),
    m("revenue_growth", 2.4, "%", MDT),
    m("revenue_consensus|revenue_estimate", 7.52e9, "USD", MDT),
], [])

# ---------------------------------------------------------------- en08 Taylor Wimpey's half year to 2 July 2017: completions 6,580 (+9.3 %), average selling price £253k (+6.3 %), pre-exceptional operating profit £346.2 million (+24.2 %), order book 8,741 homes / £2,111 million, £2,224 million at 23 July 2017, landbank 76,503 plots (58 % strategic), £130 million leasehold provision, profit before tax £205.0 million, special dividend £340 million (c.10.4p), dividend policy c.5 % of net assets and at least £150 million, £1.3 billion 2016-18 target, interim dividend 2.3p, 2017 total c.£451 million / 13.8p, net cash £429.0 million (DividendMax dividend news, August 2017; GBP)
# A UK housebuilder's half-year results in bullet style. The stored text opens with the "UK operational performance"
# heading (no headline; none added) and is kept whole as stored. Notation kept: "(H1 2016: 6,019)", "£253k", "(3 July
# 2016: 8,683)", "(2016 equivalent period: £2,237 million)", "c.10.4p pence per share" (the doubled unit), "(July 2017:
# £301 million and 9.20 pence per share)", "2016-18", "c.£451 million". Periods: "H1 2017 accounts" and "(H1 2016: ...)"
# make the half 2017H1 and the brackets 2016H1; point-in-time figures are dated by their printed month ("as at 23 July
# 2017" -> 2017-07, "at 2 July 2017" -> 2017-07, "3 July 2016" -> 2016-07); the 8,741-home / £2,111 million order book
# carries no date of its own, so no period (its "3 July 2016" comparatives are 2016-07); the special dividend's payment
# date (July 2018) and last year's (July 2017) go in the basis, not the period; "total 2017 dividends" -> 2017.
# Decided: every bracketed comparative is the prior of its row and an optional row of its own (news8, news36 batch b).
# The £2,224 million order book "as at 23 July 2017 (2016 equivalent period: £2,237 million)" is a second key order-book
# value with its own prior. "£130 million ... recorded as an exceptional item" is a key provision, positive (it is an
# amount booked, not a change). "Special dividend of £340 million (c.10.4p pence per share) ... (July 2017: £301 million
# and 9.20 pence per share)" gives key total and per-share special dividends with last year's special as priors and
# optional rows. Dividend policy: "approximately 5% of Group net assets" key %, "at least £150 million per annum" key
# minimum. The "£1.3 billion in dividends over period 2016-18" target is key (span in the basis). Interim dividend 2.3p
# with prior 0.53p; "2017 total dividends to c.£451 million or 13.8 pence per share" key total and per-share. Net cash
# key with prior. Not labelled: "3 November 2017" (a date).
TW = "Taylor Wimpey|Taylor Wimpey plc|TW."
H, HP = "2017H1", "2016H1"
G["en08"] = ([
    m("completions|home_completions", 6580, "homes", TW, H, prior=6019, basis="excluding joint ventures"),
    m("completions|home_completions", 6019, "homes", TW, HP, opt=True),
    m("completions_growth|completion_growth", 9.3, "%", TW, H),
    m("average_selling_price_growth|asp_growth", 6.3, "%", TW, H),
    m("average_selling_price|asp", 253e3, "GBP", TW, H, prior=238e3, basis="total, excluding joint ventures"),
    m("average_selling_price|asp", 238e3, "GBP", TW, HP, opt=True),
    m("operating_profit_growth|operating_income_growth", 24.2, "%", TW, H, basis="pre-exceptional"),
    m("operating_profit|operating_income", 346.2e6, "GBP", TW, H, prior=278.8e6, basis="pre-exceptional"),
    m("operating_profit|operating_income", 278.8e6, "GBP", TW, HP, opt=True, basis="pre-exceptional"),
    m("order_book_units|order_book_homes|order_book", 8741, "homes", TW, prior=8683),
    m("order_book_units|order_book_homes|order_book", 8683, "homes", TW, "2016-07", opt=True),
    m("order_book_value|order_book", 2111e6, "GBP", TW, prior=2156e6, basis="excluding joint ventures"),
    m("order_book_value|order_book", 2156e6, "GBP", TW, "2016-07", opt=True),
    m("order_book_value|order_book", 2224e6, "GBP", TW, "2017-07", prior=2237e6, basis="as at 23 July 2017"),
    m("order_book_value|order_book", 2237e6, "GBP", TW, "2016-07", opt=True, basis="2016 equivalent period"),
    m("landbank_plots|short_term_landbank|landbank", 76503, "plots", TW),
    m("strategic_land_share|landbank_strategic_share", 58, "%", TW),
    m("exceptional_provision|provision|exceptional_charge", 130e6, "GBP", TW, H, basis="leasehold review"),
    m("pretax_profit|profit_before_tax", 205.0e6, "GBP", TW, H, prior=268.8e6),
    m("pretax_profit|profit_before_tax", 268.8e6, "GBP", TW, HP, opt=True),
    m("special_dividend|special_dividend_total", 340e6, "GBP", TW, prior=301e6, basis="to be paid July 2018"),
    m("special_dividend|special_dividend_total", 301e6, "GBP", TW, opt=True, basis="July 2017"),
    m("special_dividend_per_share|special_dividend", 0.104, "GBP", TW, prior=0.092, basis="c.10.4p, July 2018"),
    m("special_dividend_per_share|special_dividend", 0.092, "GBP", TW, opt=True, basis="July 2017"),
    m("dividend_policy_pct_net_assets|dividend_policy", 5, "%", TW, basis="approximately, of Group net assets"),
    m("minimum_ordinary_dividend|dividend_policy_minimum", 150e6, "GBP", TW, basis="at least, per annum"),
    m("dividend_return_target|cash_return_target", 1.3e9, "GBP", TW, basis="2016-18"),
    m("interim_dividend|dividend_per_share", 0.023, "GBP", TW, H, prior=0.0053),
    m("interim_dividend|dividend_per_share", 0.0053, "GBP", TW, HP, opt=True),
    m("total_dividend|total_dividends", 451e6, "GBP", TW, "2017", basis="c."),
    m("total_dividend_per_share|dividend_per_share", 0.138, "GBP", TW, "2017"),
    m("net_cash", 429.0e6, "GBP", TW, "2017-07", prior=116.7e6),
    m("net_cash", 116.7e6, "GBP", TW, "2016-07", opt=True),
], [])

# ---------------------------------------------------------------- en09 Markit's eurozone manufacturing PMI for June: 48.8 from 48.3 (a 16-month high) against 48.7 expected; Spain 50.0 (48.1, 48.5 expected), Italy 49.1 (47.3, 47.8), France 48.4 (46.4, 48.3), Germany 48.6 (49.4, 48.7), the prose's truncated "48." for Germany (City A.M. blog, a 2013 page; no year printed for June)
# A eurozone business survey release with country readings. Whole as stored, headline kept ("Eurozone manufacturing
# picks up in June, best outlook since March 2012"). Notation kept: "from 48.3 to 48.8", "(a 16-month high)", "Spain's
# 50.0", "to 48. (from 49.4 last month)" (the truncated figure), the four "X (Y previous, Z expected)" lines. Period:
# only "June" is printed; "best outlook since March 2012" and "16-month high" would need arithmetic to give the year, so
# no row takes a period (news24).
# Decided: each PMI reading is in "points" (dev corpus en40). "Rise from 48.3 to 48.8" gives the key eurozone reading
# with prior and an optional previous-month row; "anticipated a rise to 48.7" is a key consensus row. Each country line
# "X (Y previous, Z expected)" gives a key reading with the previous as prior (bracket convention), an optional
# previous row and a key consensus row. Spain's prose "Spain's 50.0" repeats its table row: optional. Germany's prose
# "falling ... to 48. (from 49.4 last month)" is the source's truncated 48.6: labelled as printed (48, prior 49.4) and
# optional, the complete table row 48.6 being key; the prose "49.4" is the same previous reading as the table's (one
# optional row). "Shrinking for 25 consecutive months" and "16 straight months of contraction" are optional streaks in
# months. Not labelled: the 50 threshold (a definition, stated twice), "16-month high" (a rank), "since January".
EZ = "Eurozone|euro zone|eurozone manufacturing|Markit Eurozone Manufacturing PMI"
ES, IT, FR, DE = "Spain|Spanish manufacturing", "Italy|Italian manufacturing", "France|French manufacturing", \
    "Germany|German manufacturing"
PMI = "pmi|manufacturing_pmi"
PMIC = "pmi_consensus|pmi_forecast|pmi_estimate|manufacturing_pmi_consensus"
G["en09"] = ([
    m(PMI, 48.8, "points", EZ, prior=48.3),
    m(PMI, 48.3, "points", EZ, opt=True, basis="previous month"),
    m(PMIC, 48.7, "points", EZ),
    m(PMI, 50.0, "points", ES, prior=48.1),
    m(PMI, 50.0, "points", ES, opt=True, basis="prose repeat"),
    m(PMI, 48.1, "points", ES, opt=True, basis="previous"),
    m(PMIC, 48.5, "points", ES),
    m("contraction_streak|months_of_contraction", 25, "months", ES, opt=True),
    m(PMI, 49.1, "points", IT, prior=47.3),
    m(PMI, 47.3, "points", IT, opt=True, basis="previous"),
    m(PMIC, 47.8, "points", IT),
    m(PMI, 48.4, "points", FR, prior=46.4),
    m(PMI, 46.4, "points", FR, opt=True, basis="previous"),
    m(PMIC, 48.3, "points", FR),
    m("contraction_streak|months_of_contraction", 16, "months", FR, opt=True),
    m(PMI, 48.6, "points", DE, prior=49.4),
    m(PMI, 48, "points", DE, prior=49.4, opt=True, basis="prose, printed '48.'"),
    m(PMI, 49.4, "points", DE, opt=True, basis="previous"),
    m(PMIC, 48.7, "points", DE),
], [])

# ---------------------------------------------------------------- en10 a currency market story: dollar index 108.23 (+0.074 %) after a 108.26 five-week high, dollar 137.40 yen, 6.8308 onshore yuan and 6.8520 offshore yuan after the PBOC's rate cut, euro $1.0027 (-0.13 %) after $1.0026, sterling $1.1805 (-0.23 %) near Friday's $1.17925 five-week low (noortrends.ae, a Reuters story in English, August 2022; no year printed for the day)
# Whole as stored; no headline in the stored text (none added). Notation kept: "0.074 percent", "137.40 Japanese yen",
# "in internal trading", "one- and five-year loans", "$ 1.0026" and "$ 1.0027" with the space, "$1.17925". Period:
# market levels and moves carry none ("since September 2020", "since July 15" are reference dates, not labelled).
# Decided: the dollar index "rose to 108.26 for the first time since July 15 and last rose 0.074 percent to 108.23":
# the last level and the move are key, the 108.26 peak optional (intraday extreme). Dollar-yen 137.40 is the only yen
# figure: key, a USD/JPY level in JPY. "The dollar rose to 6.8308 yuan in internal trading" is a key onshore USD/CNY
# level in CNY; "against the offshore yuan, the dollar reached 6.8520" a key USD/CNH level (unit CNY; the scorer reads
# CNH as CNY). The euro "fell to its lowest level to $ 1.0026 ..., before trading down 0.13 percent at $ 1.0027": the
# trading level and move key, the low optional. Sterling -0.23 % to $1.1805 key; Friday's $1.17925 five-week low
# optional (an earlier session's extreme). No rate figure is printed for the PBOC cut: no row. Not labelled: "three-day
# halt" (a duration), "six major currencies" (a count), "Covid-19".
DXY = "dollar index|US dollar index|DXY|USD"
USDJPY = "USD/JPY|dollar/yen|yen|JPY"
USDCNY = "USD/CNY|dollar/yuan|yuan|CNY|onshore yuan"
USDCNH = "USD/CNH|offshore yuan|CNH|yuan"
EURUSD = "EUR/USD|euro|EUR"
GBPUSD = "GBP/USD|sterling|pound|GBP"
G["en10"] = ([
    m("index_level|dollar_index|level", 108.26, "points", DXY, opt=True, basis="five-week high"),
    m("index_level|dollar_index|level", 108.23, "points", DXY, basis="last"),
    m("index_change|change|price_change", 0.074, "%", DXY),
    m("fx_rate|exchange_rate", 137.40, "JPY", USDJPY, basis="highest since July 27"),
    m("fx_rate|exchange_rate", 6.8308, "CNY", USDCNY, basis="onshore, highest since September 2020"),
    m("fx_rate|exchange_rate", 6.8520, "CNY", USDCNH, basis="offshore, highest since September 2020"),
    m("fx_rate|exchange_rate", 1.0026, "USD", EURUSD, opt=True, basis="five-week low"),
    m("fx_rate|exchange_rate", 1.0027, "USD", EURUSD),
    m("fx_change|change|price_change", -0.13, "%", EURUSD),
    m("fx_rate|exchange_rate", 1.1805, "USD", GBPUSD),
    m("fx_change|change|price_change", -0.23, "%", GBPUSD),
    m("fx_rate|exchange_rate", 1.17925, "USD", GBPUSD, opt=True, basis="five-week low on Friday"),
], [])

# ---------------------------------------------------------------- en11 America Movil's third quarter: EBITDA +7.7 % to 71.8 billion pesos (€3.3 billion), +13 % at constant rates, about 1 pp from a Brazilian provision release; net profit MXN18.6 billion from MXN2.5 billion; revenue +2.1 % to MXN249.2 billion (+3.4 % at constant rates), postpaid +8.6 %; 1.1 million postpaid adds (Brazil 472,000, Mexico 184,000, Colombia 100,000), base +7.6 % q/q; Brazil and Mexico mobile service revenue +10 % and +9.5 %, ARPU +13 % and +8 %; U.S. ARPU +11 %, base down close to 2 million to 21.8 million; Europe 21.1 million, postpaid +4.9 % to 16.1 million, 247,000 net adds; Telekom Austria revenue +1.3 % to €1.1 billion, EBITDA -2.1 % to €390 million (Total Telecom, October 2018; no year printed; MXN and EUR)
# A Mexican company's quarterly results in pesos. Whole as stored; the stored text has no headline (none added).
# Notation kept: "71.8 billion pesos (€3.3 billion)", "MXN18.6 billion", "MXN249.2 billion", "10.%" (the source's
# truncated figure), "on-year", "close to 2 million", "Q3", "Q2". Period: no year is printed ("the three months to the
# end of September", "Q3"), so no row takes one (news24).
# Decided: "71.8 billion pesos" and "MXN" are MXN; the bracketed euro conversion is optional. "Or 13% growth at constant
# exchange rates" is a key constant-currency growth row; "boosted to the tune of around one percentage point by the
# release of certain provisions" a key +1 pp contribution (a figure in words, dev corpus). "Bottom line ... MXN18.6
# billion, up from MXN2.5 billion" is key net profit with prior and an optional earlier row. Revenue +2.1 % and the
# level key, +3.4 % at constant rates key, "the strongest growth came from the mobile postpaid segment at 8.6%" a key
# segment revenue growth. Customer additions are counts in "customers" on the country entity with America Movil as an
# alternative; "grew by 7.6% on Q2" is key quarter-on-quarter growth of the postpaid base. "10.%" is labelled as
# printed (10) on Brazil's mobile service revenue. "Contracted by close to 2 million over 12 months to 21.8 million"
# gives a key -2 million change and a key 21.8 million base. Europe (Telekom Austria): base 21.1 million, postpaid +4.9 %
# to 16.1 million and 247,000 net adds key. Telekom Austria's revenue +1.3 % to €1.1 billion and EBITDA -2.1 % to €390
# million key on Telekom Austria. Not labelled: "five quarters" (a rank), "12 months" (a span).
AMX = "America Movil|América Móvil|America Movil SAB de CV|AMX"
BR = "America Movil Brazil|Brazil|Claro Brazil|Claro|" + AMX
MX = "America Movil Mexico|Mexico|Telcel|" + AMX
CO = "America Movil Colombia|Colombia|" + AMX
US = "America Movil U.S.|U.S.|US|United States|" + AMX
EU = "Telekom Austria|A1 Telekom Austria|America Movil Europe|Europe|" + AMX
TA = "Telekom Austria|A1 Telekom Austria"
G["en11"] = ([
    m("ebitda_growth", 7.7, "%", AMX),
    m("ebitda", 71.8e9, "MXN", AMX),
    m("ebitda", 3.3e9, "EUR", AMX, opt=True),
    m("ebitda_growth", 13, "%", AMX, basis="constant exchange rates"),
    m("ebitda_growth_contribution|provision_release_impact|ebitda_growth_impact", 1, "pp", AMX,
      basis="around, release of Brazilian tax provisions (Claro)"),
    m("net_profit|net_income", 18.6e9, "MXN", AMX, prior=2.5e9),
    m("net_profit|net_income", 2.5e9, "MXN", AMX, opt=True, basis="year earlier"),
    m("revenue_growth", 2.1, "%", AMX),
    m("revenue", 249.2e9, "MXN", AMX),
    m("revenue_growth", 3.4, "%", AMX, basis="constant rates"),
    m("segment_revenue_growth|postpaid_revenue_growth|revenue_growth", 8.6, "%",
      "America Movil mobile postpaid|mobile postpaid|" + AMX),
    m("postpaid_net_adds|net_adds|subscriber_additions", 1.1e6, "customers", AMX),
    m("postpaid_net_adds|net_adds|subscriber_additions", 472000, "customers", BR),
    m("postpaid_net_adds|net_adds|subscriber_additions", 184000, "customers", MX),
    m("postpaid_net_adds|net_adds|subscriber_additions", 100000, "customers", CO),
    m("postpaid_base_growth|subscriber_growth", 7.6, "%", AMX, basis="on Q2"),
    m("mobile_service_revenue_growth|service_revenue_growth", 10, "%", BR, basis="printed '10.%'"),
    m("mobile_service_revenue_growth|service_revenue_growth", 9.5, "%", MX),
    m("arpu_growth", 13, "%", BR),
    m("arpu_growth", 8, "%", MX),
    m("arpu_growth", 11, "%", US),
    m("subscriber_change|customer_change|subscribers_change", -2e6, "customers", US, basis="close to, over 12 months"),
    m("subscribers|customers", 21.8e6, "customers", US),
    m("subscribers|customers", 21.1e6, "customers", EU, basis="European mobile customer base"),
    m("postpaid_subscriber_growth|subscriber_growth", 4.9, "%", EU, basis="on-year"),
    m("postpaid_subscribers|subscribers|customers", 16.1e6, "customers", EU),
    m("postpaid_net_adds|net_adds|subscriber_additions", 247000, "customers", EU),
    m("revenue_growth", 1.3, "%", TA),
    m("revenue", 1.1e9, "EUR", TA),
    m("ebitda_growth", -2.1, "%", TA),
    m("ebitda", 390e6, "EUR", TA),
], [])

# ---------------------------------------------------------------- en12 a round-up of broker rating changes on US companies: Morgan Stanley on Bank of America (overweight, $32), KBW upgrades Bank of America (outperform, $16.50), Goldman upgrades BB&T ($24 from $25), Fifth Third ($8 from $6.50), Great Plains Energy ($19), Huntington ($4.50) and downgrades Portland General ($21), BMO downgrades Corn Products ($30), Morgan Stanley upgrades Jones Apparel ($14) and Phillips-Van Heusen ($37), Piper Jaffray initiates Mastercard (buy, $222; 2009 EPS estimate $10.86), Argus upgrades PF Chang's ($41) (TheStreet, "Analysts Upgrades & Downgrades", a 2009 page; USD)
# A daily broker round-up. The stored text breaks off mid-sentence after the Phillips-Van Heusen call ("Upgrade based
# on margin sta..."): the passage stops at the sentence before, a sentence boundary. Dropped as page furniture: the
# standing line "Analysts Upgrades & Downgrades is published weekdays at 10am EDT." and the "- Get Report" link labels.
# Notation kept: "CHANGE IN RATINGS", the tickers in brackets, "Keefe, Bruyette & Woods", "$16.50", "Conviction Buy",
# "overweight" in lower case for PVH, "through 2011", "in 2010", "2009 EPS estimates of $10.86".
# Decided: "estimates raised at Morgan Stanley ... Overweight rating and $32 price target" states the rating and target
# without a change: maintain, overweight, 32. "Upgraded ... to Outperform. $16.50 price target" with no prior rating
# printed: upgrade with no prior rating. A rating change with a target change is an upgrade with both targets (BB&T,
# Fifth Third); "maintained price target" gives the target as current and prior (Great Plains, Huntington, Portland
# General). "Conviction Buy" is the prior rating as printed, lower-cased ("conviction buy"). Mastercard "initiated ...
# with a Buy rating and $222 price target" is initiate; "Introduces 2009 EPS estimates of $10.86" is a key broker
# EPS estimate for 2009 (dev corpus en11: a broker's EPS estimate is a metric). Not labelled: "through 2011", "in 2010"
# (years), "double digits" (no figure), "second half of the year".
G["en12"] = ([
    m("eps_estimate|eps_forecast", 10.86, "USD", "Mastercard|MasterCard|MA", "2009", basis="Piper Jaffray"),
], [
    ra("Morgan Stanley", "Bank of America|BAC", "maintain", "overweight", target=32, cur="USD"),
    ra("Keefe, Bruyette & Woods|KBW|Keefe Bruyette", "Bank of America|BAC", "upgrade", "outperform", target=16.50,
       cur="USD"),
    ra("Goldman|Goldman Sachs", "BB&T|BBT", "upgrade", "neutral", "sell", target=24, prior_target=25, cur="USD"),
    ra("BMO|BMO Capital Markets", "Corn Products|CPO", "downgrade", "market perform", "outperform", target=30,
       cur="USD"),
    ra("Goldman|Goldman Sachs", "Fifth Third Bancorp|Fifth Third|FITB", "upgrade", "buy", "neutral", target=8,
       prior_target=6.50, cur="USD"),
    ra("Goldman|Goldman Sachs", "Great Plains Energy|GXP", "upgrade", "buy", "hold", target=19, prior_target=19,
       cur="USD"),
    ra("Goldman|Goldman Sachs", "Huntington Bancshares|Huntington|HBAN", "upgrade", "neutral", "sell", target=4.50,
       prior_target=4.50, cur="USD"),
    ra("Morgan Stanley", "Jones Apparel|Jones Apparel Group|JNY", "upgrade", "overweight", target=14, cur="USD"),
    ra("Piper Jaffray", "Mastercard|MasterCard|MA", "initiate", "buy", target=222, cur="USD"),
    ra("Argus|Argus Research", "PF Chang's|P.F. Chang's|PFCB", "upgrade", "buy", target=41, cur="USD"),
    ra("Goldman|Goldman Sachs", "Portland General Electric|Portland General|POR", "downgrade", "neutral",
       "conviction buy", target=21, prior_target=21, cur="USD"),
    ra("Morgan Stanley", "Phillips-Van Heusen|PVH", "upgrade", "overweight", target=37, cur="USD"),
])
