# Hand-written gold labels for news19/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news18/en/README.md (values fully
# scaled, declines negative, a hedge keeps the stated number, a same-sentence earlier value is the prior, periods only
# where the text states or implies the year, market-wrap levels and moves carry no period, share prices in movers
# wraps key and in rating passages optional, repeats optional, broker targets only in rating actions, a bracketed
# currency conversion is no row).

# ---------------------------------------------------------------- en01 CNBC "European Earnings": Adidas, Hannover Re, Hypo Real Estate (euros, 2008)
# Three German first-quarter reports. Year implied: Adidas guides "this year" against "2007's 551 million euros" and
# Hannover Re compares with "the first quarter of 2007" -> the quarter is 2008Q1 and "this year"/"full year" 2008 (the
# Hypo Real Estate item is the same day's first quarter -> 2008Q1). "($261.1 million)" and "($270 million)" are bracketed
# conversions -> no row. "climbed by a third" restates the 32% -> optional 33.3 (a figure in words). "2.624 billion" and
# "29 million" carry no currency but sit in a euro report -> EUR. "high single-digit percentage" has no figure (not
# labelled). Adidas' "at least 15 percent above 2007's 551 million euros" -> net income growth guidance 15 % (2008) and
# the 2007 base as a key row of its own (a stated full-year figure). Hannover Re's premium income "flat versus 2007,
# compared with a 5 percent increase it anticipated previously" -> guidance growth 0 % with prior 5 (a revised forecast
# in one sentence; "flat" read as 0). ROE "above 15 percent" and EPS "around 5 euros" are 2008 targets (key, hedges keep
# the number). "X up from Y in the first quarter of 2007" / "to X from Y" -> prior, plus the year-ago value as an
# optional 2007Q1 row (news18 en04). Analyst counts (13, 17) optional.
ADS = "Adidas|Adidas AG|adidas"
HNR = "Hannover Re|Hannover Rueck|Hannover Rück"
HRE = "Hypo Real Estate|Hypo Real Estate Holding|HRE"
Q, PQ, Y = "2008Q1", "2007Q1", "2008"
G["en01"] = ([
    m("price_change|share_price_change", 5.7, "%", ADS),
    m("net_income_growth|net_profit_growth", 33.3, "%", ADS, Q, opt=True),                 # "by a third"
    m("net_income_growth|net_profit_growth", 32, "%", ADS, Q),
    m("net_income|net_profit", 169e6, "EUR", ADS, Q),
    m("revenue_growth|sales_growth", 3, "%", ADS, Q, basis="currency-adjusted"),
    m("revenue|sales", 2.621e9, "EUR", ADS, Q),
    m("analyst_count", 13, "analysts", ADS, opt=True),
    m("net_income_consensus|net_income_estimate|net_profit_consensus", 157e6, "EUR", ADS, Q),
    m("revenue_consensus|sales_consensus|revenue_estimate", 2.624e9, "EUR", ADS, Q),
    m("guidance_net_income_growth|net_income_growth_guidance|net_income_growth", 15, "%", ADS, Y,
      basis="at least, above 2007"),
    m("net_income|net_profit", 551e6, "EUR", ADS, "2007"),
    m("net_profit_growth|net_income_growth", 23, "%", HNR, Q),
    m("guidance_premium_income_growth|premium_income_growth_guidance|premium_growth", 0, "%", HNR, Y, prior=5),
    m("guidance_roe|roe_target|return_on_equity", 15, "%", HNR, Y, basis="after-tax, above"),
    m("guidance_eps|eps_guidance|eps_target", 5, "EUR", HNR, Y),
    m("net_profit|net_income", 151.5e6, "EUR", HNR, Q, prior=123.5e6),
    m("net_profit|net_income", 123.5e6, "EUR", HNR, PQ, opt=True),
    m("ebit_growth", 59, "%", HNR, Q),
    m("ebit", 245.6e6, "EUR", HNR, Q, prior=154.2e6),
    m("ebit", 154.2e6, "EUR", HNR, PQ, opt=True),
    m("ebit_consensus|ebit_estimate|ebit_forecast", 214e6, "EUR", HNR, Q),
    m("writedowns|write_downs|impairments", 175e6, "EUR", HRE, Q),
    m("pretax_profit|profit_before_tax", 6e6, "EUR", HRE, Q),
    m("pretax_profit_consensus|pretax_profit_estimate", 29e6, "EUR", HRE, Q),
    m("analyst_count", 17, "analysts", HRE, opt=True),
], [])

# ---------------------------------------------------------------- en02 Samsung Electronics record third quarter (The Korea Times via PressReader; no year in text)
# Preliminary quarter in won. No year is printed ("third quarter", "previous year") -> periods None; the quarters of
# the chip division are told apart in basis (third quarter / April-to-June / first quarter). "($12.8 billion)" is a
# bracketed conversion -> no row. "nearly triple the amount from the previous year" restates the 179 percent rise ->
# optional 3 x. The chip division is an entity of its own: analysts' "surpass 10 trillion won" is an estimate (key,
# hedge keeps the number), its earlier quarters key, the 20 trillion won semiconductor sales expectation a key
# estimate. The 28.7% share of all listed firms' profit, FnGuide's 51 trillion won projection for all listed Korean
# firms and Vietnam's 244 trillion won GDP are context figures -> optional; "40th" is a rank (not labelled).
SEC = "Samsung Electronics|Samsung"
CHIP = "Samsung Electronics chip division|Samsung chip division|semiconductor business|chip division"
KLC = "Korean listed companies|all listed Korean companies|Korean listed firms"
G["en02"] = ([
    m("operating_profit|operating_income", 14.5e12, "KRW", SEC, basis="third quarter"),
    m("operating_profit_growth|operating_income_growth", 3, "x", SEC, opt=True),
    m("operating_profit_consensus|operating_profit_estimate|operating_income_consensus", 14.3e12, "KRW", SEC),
    m("operating_profit_growth|operating_income_growth", 179, "%", SEC),
    m("revenue|sales", 62e12, "KRW", SEC, basis="third quarter"),
    m("revenue_growth|sales_growth", 29.7, "%", SEC),
    m("operating_profit_estimate|operating_profit_forecast|operating_profit", 10e12, "KRW", CHIP, basis="third quarter"),
    m("operating_profit|operating_income", 8.03e12, "KRW", CHIP, basis="April-to-June"),
    m("operating_profit|operating_income", 6.31e12, "KRW", CHIP, basis="first quarter"),
    m("operating_margin|profit_margin", 23.4, "%", SEC),
    m("operating_profit_share|share_of_operating_profit", 28.7, "%", SEC, opt=True),
    m("operating_profit_forecast|operating_profit_estimate|operating_profit", 51e12, "KRW", KLC, opt=True),
    m("gdp", 244e12, "KRW", "Vietnam", opt=True),
    m("revenue_estimate|sales_estimate|revenue", 20e12, "KRW", CHIP, basis="third quarter"),
], [])

# ---------------------------------------------------------------- en03 JSE close: miners weaker, Steinhoff rallies, rand and bonds (BusinessLIVE; no year in text)
# South African market wrap: no periods. R = ZAR; Royal Bafokeng's "29.74" carries no "R" but sits in a list of rand
# prices -> ZAR (news8/news18: a price with no currency is in the listing's currency). Stock moves and prices are key
# (movers wrap, news18 en07). "down more than 3.5%" and "more than 25%" keep the stated number. Platinum and gold "up
# 1.22%, to $960.36, and 0.24%, to $1,316.20, respectively" -> a change and a price each (USD, as the corpus labels
# commodity prices). Rand crosses "at X from Y" -> rate with prior (unit ZAR, entity the pair); the euro "$1.2067, up
# from $1.2014" likewise in USD. Bond yields "last bid at 8.53% from 8.605%" -> yield with prior. The Alsi futures'
# move and level are key; contracts traded (with Wednesday's count as prior) optional. "6.17pm" is a time.
ALSI = "JSE all share|all share|JSE All-Share Index|FTSE/JSE All Share|ALSI"
T40 = "top 40|top 40 index|JSE Top 40|FTSE/JSE Top 40"
GMI = "gold mining index|JSE gold mining index|gold index"
PMI_ = "platinum miners|platinum index|JSE platinum miners"
IMP = "Impala Platinum|Implats"
PLAT = "platinum|platinum price"
GOLD = "gold|gold price"
GFI = "Gold Fields"
ANG = "AngloGold Ashanti|AngloGold"
RBP = "Royal Bafokeng|Royal Bafokeng Platinum"
SNH = "Steinhoff|Steinhoff International"
FUT = "top 40 Alsi futures|Alsi futures|top 40 futures"
G["en03"] = ([
    m("index_change", -0.26, "%", ALSI),
    m("index_level|index_close", 59476.8, "points", ALSI),
    m("index_change", -0.32, "%", T40),
    m("index_level|index_close", 52662.6, "points", T40),
    m("index_change", -2.51, "%", GMI),
    m("index_change", -0.95, "%", PMI_),
    m("price_change", -3.5, "%", IMP),
    m("price_change|platinum_price_change", 1.22, "%", PLAT),
    m("price|platinum_price", 960.36, "USD", PLAT),
    m("price_change|gold_price_change", 0.24, "%", GOLD),
    m("price|gold_price", 1316.20, "USD", GOLD),
    m("price_change", -3.95, "%", GFI), m("price|close_price", 53.24, "ZAR", GFI),
    m("price_change", -2.6, "%", ANG), m("price|close_price", 128.10, "ZAR", ANG),
    m("price|close_price", 32.38, "ZAR", IMP),
    m("price_change", 14.34, "%", RBP), m("price|close_price", 29.74, "ZAR", RBP),
    m("price_change", 25, "%", SNH),
    m("fx_rate|exchange_rate", 12.3224, "ZAR", "rand|USD/ZAR|dollar-rand", prior=12.3642),
    m("fx_rate|exchange_rate", 14.8697, "ZAR", "rand|EUR/ZAR|euro-rand", prior=14.8554),
    m("fx_rate|exchange_rate", 16.6896, "ZAR", "rand|GBP/ZAR|pound-rand", prior=16.7145),
    m("fx_rate|exchange_rate", 1.2067, "USD", "euro|EUR/USD|EUR", prior=1.2014),
    m("bond_yield|yield", 8.53, "%", "R186|R186 bond|benchmark R186", prior=8.605),
    m("bond_yield|yield", 7.205, "%", "R207|R207 bond", prior=7.275),
    m("futures_change|index_change", -0.51, "%", FUT),
    m("futures_level|futures_price|index_level", 53124, "points", FUT),
    m("contracts_traded|futures_volume", 28723, "contracts", FUT, prior=31033, opt=True),
], [])

# ---------------------------------------------------------------- en04 Ross Stores second quarter and raised FY23 outlook (FashionUnited-style page via tesetturmavi.com)
# US retailer in "dollars" spelled out. The text names the fiscal year "FY23" and "the year ending January 27, 2024" ->
# FY2023 (news17: named as the text names it); "the three months ended July 29" is its second quarter -> FY2023Q2, the
# prior-year period FY2022Q2. Comparable sales "up 5 percent, compared to a drop of 7 percent in the prior-year period"
# and net profit "446 million dollars, up from 385 million" -> priors, with the year-ago values as optional rows
# (news18 en08's "compared with" pair). "relatively flat" expectations (quarter comps and the earlier full-year comps
# outlook) carry no figure -> not labelled, and no prior on the new comps range. The operating margin "remained flat at
# 11.3 percent" -> 11.3 % with no prior row. EPS guidance 5.15-5.26 (range) carries the superseded 4.77-4.99 range of
# the next sentence as its prior range (a revised forecast whose old range the text gives; decided although it sits in
# its own sentence); "4.38 dollars last year" is FY2022 EPS, a key row of its own. The CEO's statements carry no figure.
ROST = "Ross Stores|Ross Stores Inc|Ross|ROST"
Q, PQ, FY = "FY2023Q2", "FY2022Q2", "FY2023"
G["en04"] = ([
    m("revenue_growth|sales_growth", 7.7, "%", ROST, Q),
    m("revenue|sales", 4.9e9, "USD", ROST, Q),
    m("comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth", 5, "%", ROST, Q, prior=-7),
    m("comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth", -7, "%", ROST, PQ, opt=True),
    m("net_profit|net_income", 446e6, "USD", ROST, Q, prior=385e6),
    m("net_profit|net_income", 385e6, "USD", ROST, PQ, opt=True),
    m("operating_margin", 11.3, "%", ROST, Q),
    m("guidance_comparable_sales_growth|comparable_sales_guidance|same_store_sales_guidance", None, "%", ROST, FY,
      rng=(2, 3)),
    m("guidance_eps|eps_guidance", None, "USD", ROST, FY, rng=(5.15, 5.26), prng=(4.77, 4.99)),
    m("eps", 4.38, "USD", ROST, "FY2022"),
], [])

# ---------------------------------------------------------------- en05 FBR Capital upgrades JPMorgan Chase (Motley Fool, 2014)
# One broker upgrade: market perform -> outperform with the target "to $70 (from $55)" -> upgrade with both targets. The
# "about 20% worth of upside" is a key implied-upside row; the headline "Pop 20%" repeats it (optional). "(JPM -0.37%)"
# is an inline quote string -> optional, no period. FBR's operating EPS outlook for 2014 and 2015 -> two key estimate
# rows with their years (basis "operating"), action "reiterated" on an estimate is no rating action. "single-digit
# forward P/E" has no figure (not labelled). Miller's reported view carries no figure.
JPM = "JPMorgan Chase|JPMorgan Chase & Co.|JPMorgan|JPM"
G["en05"] = ([
    m("implied_upside|upside", 20, "%", JPM, opt=True),                                       # headline
    m("price_change", -0.37, "%", JPM, opt=True),
    m("implied_upside|upside", 20, "%", JPM),
    m("eps_estimate|eps_forecast", 5.77, "USD", JPM, "2014", basis="operating"),
    m("eps_estimate|eps_forecast", 5.95, "USD", JPM, "2015", basis="operating"),
], [
    ra("FBR Capital|FBR|FBR Capital Markets", JPM, "upgrade", "outperform", "market perform", target=70, prior_target=55,
       cur="USD"),
])

# ---------------------------------------------------------------- en06 First Quantum third-quarter output and revised 2021 guidance (Mining News Zambia)
# Miner's production report; "t" and "000 t" with space thousands separators -> tonnes, "oz" -> ounces (count nouns).
# The text names 2021 for the gold guidance, and "the year" / "third quarter" of the same report -> 2021 and 2021Q3.
# Guidance cuts and raises are signed changes of the guidance ("cut ... by 15 000 t" -> -15000; "lower end ... raised
# by 10,000 tonnes" -> +10000 with basis "lower end"; gold guidance +10000 oz). Ranges -> rng. The source's own oddity
# "from 205 000 t to 205 000 t" is labelled as printed (205000 with prior 205000); its typos (Senitel, Kansashi,
# "First, Quantum") are kept in the text, with the spellings as entity alternatives. Mine-level output, total copper
# output and its 5% rise (q/q), copper sales and gold output with its 4% fall (q/q) are key. The EBITDA sentence was cut
# from the excerpt (text ends before it).
FQM = "First Quantum|First Quantum Minerals"
CP = "Cobre Panama"
KAN = "Kansanshi|Kansashi"
SEN = "Sentinel|Senitel"
Y, Q = "2021", "2021Q3"
G["en06"] = ([
    m("guidance_copper_production_change|production_guidance_change|guidance_change", -15000, "tonnes", FQM, Y),
    m("guidance_copper_production|copper_production_guidance|production_guidance", None, "tonnes", FQM, Y,
      rng=(800000, 835000)),
    m("guidance_copper_production_change|production_guidance_change|guidance_change", 10000, "tonnes", CP, Y,
      basis="lower end"),
    m("guidance_copper_production|copper_production_guidance|production_guidance", None, "tonnes", CP, Y,
      rng=(320000, 335000)),
    m("guidance_copper_production|copper_production_guidance|production_guidance", 205000, "tonnes", KAN, Y,
      prior=205000),
    m("guidance_copper_production_change|production_guidance_change|guidance_change", -5000, "tonnes", SEN, Y),
    m("guidance_copper_production|copper_production_guidance|production_guidance", None, "tonnes", SEN, Y,
      rng=(235000, 245000)),
    m("copper_production|production", 87242, "tonnes", CP, Q),
    m("copper_production|production", 59931, "tonnes", SEN, Q),
    m("copper_production|production", 209859, "tonnes", FQM, Q),
    m("copper_production_growth|production_growth", 5, "%", FQM, Q, basis="q/q"),
    m("copper_sales|sales_volume", 194278, "tonnes", FQM, Q),
    m("gold_production|production", 78124, "ounces", FQM, Q),
    m("gold_production_growth|production_growth", -4, "%", FQM, Q, basis="q/q"),
    m("guidance_gold_production_change|gold_guidance_change|guidance_change", 10000, "ounces", FQM, Y),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", FQM, Y,
      rng=(290000, 310000)),
], [])
