# Hand-written gold labels for news20/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news19/en/README.md (values fully
# scaled, declines negative, pence scaled to pounds, a hedge or bound keeps the stated number, a same-sentence earlier
# value or a revised forecast's earlier value is the prior, two earlier values for one level put the first in prior
# and both become optional rows (news18 en09), periods only where the text states or implies the year, market-wrap
# levels and moves carry no period, share prices in rating/results/deal passages optional, inline quote strings
# optional, repeats and restatements in another unit optional, broker targets only in rating actions, a bracketed
# currency conversion an optional row as news20 batch b and the development corpus write it).

# ---------------------------------------------------------------- en01 Banco do Brasil second quarter, revised ROE and interest-income guidance (Reuters, Aug 2014; BRL)
# Brazilian bank's quarter in reais. The passage prints its dateline "August 14, 2014" and "this year" for the
# guidance -> the quarter is 2014Q2 (news7: periods from a dateline the passage prints), "this year" 2014. Recurring
# net income ("profit excluding one-time items") is the headline profit -> basis "recurring". Its rises "from the first
# quarter" and "from the same period last year" are two growth rows (basis q/q and yoy). "($1.32 billion)" is a
# bracketed conversion -> optional row; the closing "$1 = 2.28 Brazilian reais" is the conversion rate -> optional
# (news17 labels such rates optional). Reuters-poll forecasts (2.579 billion reais, 14 percent ROE) are consensus rows.
# The ROE estimate "to a range between 14 percent and 17 percent, compared with 12 percent to 15 percent in February"
# and the gross interest income growth "to 5 percent to 9 percent ... from a prior guidance of 3 percent to 7 percent"
# are revised guidance ranges -> rng with the old range as prng (news3 Lyft); the old ranges are also optional rows of
# their own (as batch b did for Coupa). "Brazil's largest bank by assets" is a rank (not labelled).
BB = "Banco do Brasil|Banco do Brasil SA|BB|Banco do Brasil S.A."
Q, Y = "2014Q2", "2014"
G["en01"] = ([
    m("net_income|net_profit|recurring_net_income", 3.002e9, "BRL", BB, Q, basis="recurring"),
    m("net_income|net_profit|recurring_net_income", 1.32e9, "USD", BB, Q, opt=True, basis="recurring"),     # ($1.32 billion)
    m("net_income_growth|net_profit_growth", 23.2, "%", BB, Q, basis="q/q"),
    m("net_income_growth|net_profit_growth", 14, "%", BB, Q, basis="yoy"),
    m("net_income_consensus|net_income_estimate|net_profit_consensus", 2.579e9, "BRL", BB, Q, basis="recurring"),
    m("roe|return_on_equity", 17.1, "%", BB, Q, basis="recurring"),
    m("roe_consensus|roe_estimate|return_on_equity_estimate", 14, "%", BB, Q),
    m("guidance_roe|roe_guidance|roe_target|return_on_equity_guidance", None, "%", BB, Y, rng=(14, 17), prng=(12, 15),
      basis="recurring"),
    m("guidance_roe|roe_guidance|roe_target|return_on_equity_guidance", None, "%", BB, Y, rng=(12, 15), opt=True,
      basis="recurring"),                                                                                # February range
    m("guidance_gross_interest_income_growth|gross_interest_income_growth_guidance|net_interest_income_growth_guidance",
      None, "%", BB, Y, rng=(5, 9), prng=(3, 7)),
    m("guidance_gross_interest_income_growth|gross_interest_income_growth_guidance|net_interest_income_growth_guidance",
      None, "%", BB, Y, rng=(3, 7), opt=True),                                                           # prior guidance
    m("fx_rate|exchange_rate", 2.28, "BRL", "USD/BRL|Brazilian real|real", opt=True),
], [])

# ---------------------------------------------------------------- en02 London broker round-up: eleven rating changes with pence targets (BrokerForecasts, 5 July 2013)
# UK broker list. Targets in pence are scaled to pounds (155 pence -> 1.55 GBP; dev corpus / news5: pence scaled to
# pounds). Each line "upgraded X to 'A' from 'B', price target cut/increased to N pence per share from M pence" is an
# upgrade/downgrade with both ratings and both targets (the rating change is the most specific action even when the
# target moves the other way: Nomura's three upgrades with cut targets, Deutsche Bank's downgrade of Meggitt with a
# raised target). Cantor's Moss Bros target "left unchanged at 65 pence" -> target with no prior (news14). Numis'
# "revised price target of 230 pence" states no earlier target -> no prior (news10). The headline promises
# initiations, but the list holds none. The "[LON:XXX]" codes are tickers, used as entity alternatives (not labelled).
# "At 4:12pm": the two timed share-price moves are key (news18 en02 keeps moves in a rating passage key) and the price
# levels optional (prices in a rating passage); "0.1 pence lower" -> -0.001 GBP, "7.87 pence lower" -> -0.0787 GBP.
# Date and time are not labelled.
ABG = "African Barrick Gold|ABG|LON:ABG"
POLY = "Polymetal International|Polymetal|POLY|LON:POLY"
RRS = "Randgold Resources|Randgold|RRS|LON:RRS"
MOSB = "Moss Bros|MOSB|LON:MOSB"
LAM = "Lamprell|LAM|LON:LAM"
WG = "Wood Group|John Wood Group|WG.|LON:WG."
MGGT = "Meggitt|MGGT|LON:MGGT"
SAB = "SABMiller|SAB|LON:SAB"
RDW = "Redrow|RDW|LON:RDW"
VCT = "Victrex|VCT|LON:VCT"
JMAT = "Johnson Matthey|JMAT|LON:JMAT"
BAML = "Bank of America Merrill Lynch|BofA Merrill Lynch|BofAML|Bank of America|Merrill Lynch"
MS = "Morgan Stanley"
G["en02"] = ([
    m("price_change", -0.001, "GBP", ABG),
    m("price|share_price", 1.052, "GBP", ABG, opt=True),
    m("price_change", -0.0787, "GBP", LAM),
    m("price|share_price", 1.3788, "GBP", LAM, opt=True),
], [
    ra("Nomura", ABG, "upgrade", "buy", "reduce", target=1.55, prior_target=2.00, cur="GBP"),
    ra("Nomura", POLY, "upgrade", "buy", "neutral", target=5.90, prior_target=9.00, cur="GBP"),
    ra("Nomura", RRS, "upgrade", "neutral", "reduce", target=43.70, prior_target=46.50, cur="GBP"),
    ra("Cantor Fitzgerald|Cantor", MOSB, "upgrade", "buy", "hold", target=0.65, cur="GBP"),
    ra(BAML, LAM, "downgrade", "neutral", "buy", target=1.60, prior_target=1.80, cur="GBP"),
    ra(BAML, WG, "upgrade", "buy", "neutral", target=10.40, prior_target=9.40, cur="GBP"),
    ra("Deutsche Bank|Deutsche", MGGT, "downgrade", "hold", "buy", target=5.25, prior_target=4.95, cur="GBP"),
    ra("Societe Generale|SocGen|Société Générale", SAB, "upgrade", "buy", "hold", target=36.20, prior_target=32.50,
       cur="GBP"),
    ra("Numis|Numis Securities", RDW, "upgrade", "hold", "reduce", target=2.30, cur="GBP"),
    ra(MS, VCT, "upgrade", "equal-weight", "underweight", target=16.00, prior_target=15.50, cur="GBP"),
    ra(MS, JMAT, "upgrade", "equal-weight", "underweight", target=25.70, prior_target=22.00, cur="GBP"),
])

# ---------------------------------------------------------------- en03 U.S. Bancorp second quarter 2020: EPS, NII, NIM, provisions, loans, deposits, CET1 (Seeking Alpha)
# US bank's quarter in Seeking Alpha shorthand ($3.22B, $993M). The text names "Q2 2019" as the year-ago quarter and
# "June 30, 2020" as the quarter end -> Q2 is 2020Q2, Q1 2020Q1, the year-ago quarter 2019Q2. "X vs. A in Q1 and B in
# the year-ago quarter": two earlier values for one level -> the first (Q1) is the prior and both earlier levels are
# optional rows with their own periods (news18 en09); a "consensus" inside the same "vs." list is its own key
# consensus row, not the prior. The CEO quote carries no figures. Net interest income keeps the text's "FTE" as basis.
# "Q2 noninterest income of $2.61B, up % Q/Q and % Y/Y" prints no growth numbers -> only the level is labelled. Loan
# and deposit growth Q/Q and Y/Y are key (basis q/q / yoy, as news19 en06). The CET1 ratio "at June 30, 2020 vs. 9.0% at
# March 31, 2020 and 9.5% at June 30, 2019" -> dated by its reporting quarter (news18 en08 dated quarter-end capital
# ratios by the reporting period), prior 9.0, and the two earlier levels optional. The closing "Previously: ... EPS
# beats by $0.09" is a related-news line -> optional surprise row (dev corpus: a related-news line is optional). "9:00
# AM ET" is a time.
USB = "U.S. Bancorp|US Bancorp|USB|NYSE:USB"
Q, Q1, PQ = "2020Q2", "2020Q1", "2019Q2"
G["en03"] = ([
    m("eps", 0.41, "USD", USB, Q, prior=0.72),
    m("eps", 0.72, "USD", USB, Q1, opt=True),
    m("eps", 1.09, "USD", USB, PQ, opt=True),
    m("eps_consensus|eps_estimate", 0.38, "USD", USB, Q),
    m("net_interest_income|nii", 3.22e9, "USD", USB, Q, prior=3.22e9, basis="FTE"),
    m("net_interest_income_consensus|nii_consensus|net_interest_income_estimate", 3.22e9, "USD", USB, Q),
    m("net_interest_income|nii", 3.22e9, "USD", USB, Q1, opt=True, basis="FTE"),
    m("net_interest_income|nii", 3.33e9, "USD", USB, PQ, opt=True, basis="FTE"),
    m("net_interest_margin|nim", 2.62, "%", USB, Q, prior=2.91),
    m("net_interest_margin|nim", 2.91, "%", USB, Q1, opt=True),
    m("net_interest_margin|nim", 3.13, "%", USB, PQ, opt=True),
    m("noninterest_income|non_interest_income|fee_income", 2.61e9, "USD", USB, Q),
    m("provision_for_credit_losses|credit_loss_provision|loan_loss_provision", 1.74e9, "USD", USB, Q, prior=993e6),
    m("provision_for_credit_losses_consensus|credit_loss_provision_estimate|provision_consensus", 1.68e9, "USD", USB,
      Q),
    m("provision_for_credit_losses|credit_loss_provision|loan_loss_provision", 993e6, "USD", USB, Q1, opt=True),
    m("average_loans|average_total_loans|loans", 318.1e9, "USD", USB, Q),
    m("loan_growth|average_loan_growth", 6.9, "%", USB, Q, basis="q/q"),
    m("loan_growth|average_loan_growth", 10, "%", USB, Q, basis="yoy"),
    m("average_deposits|average_total_deposits|deposits", 403.3e9, "USD", USB, Q),
    m("deposit_growth|average_deposit_growth", 11, "%", USB, Q, basis="q/q"),
    m("deposit_growth|average_deposit_growth", 17, "%", USB, Q, basis="yoy"),
    m("cet1_ratio|common_equity_tier_1_ratio|capital_ratio", 9.0, "%", USB, Q, prior=9.0),
    m("cet1_ratio|common_equity_tier_1_ratio|capital_ratio", 9.0, "%", USB, Q1, opt=True),
    m("cet1_ratio|common_equity_tier_1_ratio|capital_ratio", 9.5, "%", USB, PQ, opt=True),
    m("eps_surprise|eps_beat", 0.09, "USD", USB, opt=True),                                         # "Previously:" line
], [])

# ---------------------------------------------------------------- en04 Sharecast commodities: oil, LME metals, precious metals, softs (no year in text)
# Commodities wrap: no periods. "$" is USD. Every contract's move in % and in dollars/cents (where given) and its level
# are key; "34 cents" -> -0.34 USD, "three cents" (words) -> 0.03 USD. Prices per barrel/tonne/ounce carry the currency
# as unit (the basis is left empty, as the corpus labels commodity prices). The copper line keeps the source's oddity
# ("remained under pressure up 0.1%") -> +0.1 as printed. The analyst's "lost over 6% yesterday" for "the global
# benchmark" (Brent) is the previous session's move inside a quote -> optional (hedge keeps 6). Spot and futures gold
# are separate entities. The LME and US agricultural moves are key rows of their own. "1758 GMT" and "1635 GMT" are
# times.
BRENT = "Brent|Brent crude|Brent front month futures|Brent front-month contract"
WTI = "WTI|West Texas Intermediate|US crude"
GOLDF = "COMEX gold|gold futures|COMEX gold futures|gold"
GOLDS = "spot gold|gold"
SILVER = "COMEX silver|silver"
PLAT = "spot platinum|platinum"
CU = "copper|LME copper|three-month copper"
PX = "price|commodity_price"
PC = "price_change|commodity_price_change"
G["en04"] = ([
    m(PC, -1.02, "%", BRENT), m(PC, -0.34, "USD", BRENT), m(PX + "|oil_price", 39.85, "USD", BRENT),
    m(PC, -0.72, "%", WTI), m(PC, -0.27, "USD", WTI), m(PX + "|oil_price", 37.17, "USD", WTI),
    m(PC, -6, "%", BRENT, opt=True, basis="previous session"),                                      # quote: "over 6% yesterday"
    m(PC, 0.5, "%", "aluminium|primary aluminium|LME aluminium"),
    m(PC, 0.6, "%", "tin|LME tin"),
    m(PC, 1.5, "%", "lead|LME lead"),
    m(PC, 0.9, "%", "zinc|LME zinc"),
    m(PC, 0.1, "%", CU), m(PX + "|copper_price", 4592.50, "USD", CU),
    m(PC, -0.14, "%", GOLDF), m(PC, -1.50, "USD", GOLDF), m(PX + "|gold_price", 1073.90, "USD", GOLDF),
    m(PC, 0.17, "%", GOLDS), m(PC, 1.84, "USD", GOLDS), m(PX + "|gold_price", 1076.80, "USD", GOLDS),
    m(PC, 0.21, "%", SILVER), m(PC, 0.03, "USD", SILVER), m(PX + "|silver_price", 14.15, "USD", SILVER),
    m(PC, 1.83, "%", PLAT), m(PC, 15.50, "USD", PLAT), m(PX + "|platinum_price", 863.53, "USD", PLAT),
    m(PC, -0.27, "%", "CBOT corn|corn"),
    m(PC, -0.22, "%", "ICE cotton|cotton"),
    m(PC, -2.22, "%", "CME live cattle|live cattle"),
    m(PC, 1.30, "%", "CBOT wheat|wheat"),
    m(PC, 1.78, "%", "ICE cocoa|cocoa"),
], [])

# ---------------------------------------------------------------- en05 Gilts and sterling after a five-year gilt sale (Bloomberg via indiabullion; no year in text)
# Bond and currency wrap: no periods ("April 2", "December 2011" and "September 2022" are dates or part of a bond's
# name; "four days" / "second day" are counts of days, not labelled). The 4 billion pound gilt sale is key (auction
# size), its bracketed "$6.2 billion" an optional conversion row. Yields: move in bp and level in % key; the restated
# "or 0.01 percentage point" is the same move in another unit -> optional -0.01 pp (dev corpus: 75 bp key, 0.75 pp
# optional); the earlier intraday highs (2.27 percent, 1.04 percent) optional (intraday highs in wraps). The 1.75
# percent September 2022 gilt's price move (+0.1) and price (96.165) and the "1 pound per 1,000-pound face amount"
# gloss are quoted per 100 of face value with no currency -> decided optional (a single bond's price in a yield wrap is
# an incidental restatement of the yield move; unit "points"). Sterling: "+0.7 percent to 85.92 pence per euro" -> %
# move key and the rate scaled from pence to pounds (0.8592 GBP per euro, decided: pence scaled to pounds applies to a
# rate quoted in pence); "-0.2 percent to $1.5516" -> move and rate in USD key. The quote has no figures.
T10 = "10-year gilt|UK 10-year gilt|10-year gilt yield|U.K. 10-year government bond"
T5 = "five-year gilt|UK five-year gilt|five-year gilt yield|five-year yield"
GBPEUR = "pound|sterling|GBP/EUR|EUR/GBP|pound-euro"
GBPUSD = "pound|sterling|GBP/USD|cable"
GILT = "UK government|U.K. government|gilts|five-year gilts|UK Debt Management Office"
BOND = "1.75 percent gilt due September 2022|1.75 percent bond due in September 2022|gilt due 2022"
G["en05"] = ([
    m("bond_sale|auction_size|gilt_sale_amount|debt_sold", 4e9, "GBP", GILT),
    m("bond_sale|auction_size|gilt_sale_amount|debt_sold", 6.2e9, "USD", GILT, opt=True),               # ($6.2 billion)
    m("yield_change|bond_yield_change", -1, "bp", T10),
    m("yield_change|bond_yield_change", -0.01, "pp", T10, opt=True),                                   # "or 0.01 percentage point"
    m("bond_yield|yield", 2.20, "%", T10),
    m("bond_yield|yield|intraday_high", 2.27, "%", T10, opt=True, basis="intraday high"),
    m("bond_price_change|price_change", 0.1, "points", BOND, opt=True),
    m("bond_price_change|price_change", 1, "GBP", BOND, opt=True, basis="per 1,000-pound face amount"),
    m("bond_price|price", 96.165, "points", BOND, opt=True),
    m("yield_change|bond_yield_change", -2, "bp", T5),
    m("bond_yield|yield", 0.98, "%", T5),
    m("bond_yield|yield|intraday_high", 1.04, "%", T5, opt=True, basis="intraday high"),
    m("fx_change|currency_change|price_change", 0.7, "%", GBPEUR),
    m("fx_rate|exchange_rate", 0.8592, "GBP", GBPEUR),
    m("fx_change|currency_change|price_change", -0.2, "%", GBPUSD),
    m("fx_rate|exchange_rate", 1.5516, "USD", GBPUSD),
], [])

# ---------------------------------------------------------------- en06 Searchlight's recommended cash offer for Gresham House (Investors Chronicle, July 17, 2023)
# Takeover in pence and pounds. The offer "1,105p-a-share" -> 11.05 GBP key; the £469.8mn equity value key (deal
# value); the 63 per cent premium key; the offer as 5.9 per cent of AUM key. Multiples in "x": EV to cash profit 15.9
# "times 2022 cash profit" -> period 2022 (the bullet names the year; the body's "last year's" repeat is optional);
# 21.4 times adjusted net income key in the bullet, its body repeat optional; the body's PE of 20 key; the year of the
# 21.4 and 20 multiples is not printed -> no period (decided: the bullet's "2022" attaches to cash profit only). The
# forward PE "around 18.7" (hedge keeps the number) and Canaccord Genuity's 14 per cent pre-tax profit growth forecast
# are key analyst figures (no year printed). "(GHE:1,060p)" is an inline quote string -> optional price row (10.60
# GBP). Searchlight's "$11.6bn assets under management" describes the bidder -> optional. The dateline is a date.
GH = "Gresham House|Gresham House plc|GHE"
SL = "Searchlight|Searchlight Capital Partners|Searchlight Capital"
G["en06"] = ([
    m("offer_price|offer_price_per_share", 11.05, "GBP", GH),
    m("deal_value|equity_value|offer_value", 469.8e6, "GBP", GH),
    m("premium|offer_premium", 63, "%", GH),
    m("ev_to_cash_profit|ev_ebitda|ev_multiple|valuation_multiple", 15.9, "x", GH, "2022"),
    m("price_to_adjusted_net_income|valuation_multiple|pe_ratio", 21.4, "x", GH),
    m("offer_to_aum|offer_value_to_aum|value_to_aum", 5.9, "%", GH),
    m("price|share_price", 10.60, "GBP", GH, opt=True),                                              # (GHE:1,060p)
    m("aum|assets_under_management", 11.6e9, "USD", SL, opt=True),
    m("ev_to_cash_profit|ev_ebitda|ev_multiple|valuation_multiple", 15.9, "x", GH, "2022", opt=True),  # body repeat
    m("price_to_adjusted_net_income|valuation_multiple|pe_ratio", 21.4, "x", GH, opt=True),             # body repeat
    m("pe_ratio|price_earnings_ratio|p/e", 20, "x", GH),
    m("forward_pe|forward_pe_ratio|pe_ratio", 18.7, "x", GH),
    m("pretax_profit_growth_forecast|pretax_profit_growth_estimate|profit_before_tax_growth", 14, "%", GH),
], [])
