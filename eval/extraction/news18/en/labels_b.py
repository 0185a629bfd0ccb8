# Hand-written gold labels for news18/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news17/en/README.md (values fully
# scaled, declines negative, a hedge keeps the stated number, a same-sentence earlier value is the prior, periods only
# where the text states or implies the year, market-wrap levels and moves carry no period, share prices in results and
# rating passages optional, intraday extremes optional, repeats optional, broker targets only in rating actions).

# ---------------------------------------------------------------- en07 Australian market close, AAP style (Switzer Report; no year in text)
# Market wrap: no periods ("Tuesday", "December" futures contract and "the year ahead" name no year). AAP's "$" is the
# Australian dollar -> AUD; cents are scaled to AUD (33 cents -> 0.33 AUD). Each stock's move in cents and its price
# are key, as in the London closes of news14/news15 ("five cents", "one cent", "six cents", "two cents" are words for
# numbers -> labelled). "X weaker at" / "down" / "dropped" / "gave up" are falls (negative). GPT's $3 billion bid for
# CPA is a key deal value (entity target|bidder). The index, All Ordinaries and futures closes and moves are key; the
# futures' traded-contract count and the 1.8 billion securities traded are counts of minor interest -> optional; the
# $4.1 billion national turnover is key (as news15 en08's market turnover).
AX = "S&P/ASX200|S&P/ASX 200|ASX200|ASX 200|Australian shares"
AO = "All Ordinaries|All Ordinaries index|All Ords"
SPI = "share price index futures|December share price index futures|SPI futures|SPI 200 futures"
MKT = "ASX|Australian share market|national turnover"
WBC = "Westpac|Westpac Banking"
ANZ = "ANZ|ANZ Banking Group|Australia and New Zealand Banking Group"
CBA = "Commonwealth Bank|Commonwealth Bank of Australia|CBA"
NAB = "National Australia Bank|NAB"
BHP = "BHP Billiton|BHP"
RIO = "Rio Tinto"
FMG = "Fortescue Metals|Fortescue Metals Group|Fortescue"
WOW = "Woolworths"
WES = "Wesfarmers"
CSL = "CSL"
SHL = "Sonic Healthcare"
COH = "Cochlear"
GPT = "GPT|GPT Group"
CPA = "Commonwealth Property Office Fund|CPA"
DXS = "Dexus|Dexus Property Group"
RUR = "Ruralco"
PX = "price|close_price"
G["en07"] = ([
    m("price_change", -0.33, "AUD", WBC), m(PX, 32.54, "AUD", WBC),
    m("price_change", -0.18, "AUD", ANZ), m(PX, 31.92, "AUD", ANZ),
    m("price_change", -0.14, "AUD", CBA), m(PX, 77.20, "AUD", CBA),
    m("price_change", -0.29, "AUD", NAB), m(PX, 34.07, "AUD", NAB),
    m("price_change", -0.05, "AUD", BHP), m(PX, 37.90, "AUD", BHP),
    m("price_change", -0.49, "AUD", RIO), m(PX, 65.16, "AUD", RIO),
    m("price_change", -0.01, "AUD", FMG), m(PX, 5.88, "AUD", FMG),
    m("price_change", -0.24, "AUD", WOW), m(PX, 33.86, "AUD", WOW),
    m("price_change", -0.26, "AUD", WES), m(PX, 43.75, "AUD", WES),
    m("price_change", 0.75, "AUD", CSL), m(PX, 68.35, "AUD", CSL),
    m("price_change", 0.43, "AUD", SHL), m(PX, 16.68, "AUD", SHL),
    m("price_change", 0.39, "AUD", COH), m(PX, 59.25, "AUD", COH),
    m("price_change", -0.06, "AUD", GPT), m(PX, 3.62, "AUD", GPT),
    m("bid_value|deal_value|offer_value|takeover_bid", 3e9, "AUD", CPA + "|" + GPT),
    m("price_change", 0.06, "AUD", CPA), m(PX, 1.26, "AUD", CPA),
    m("price_change", -0.02, "AUD", DXS), m(PX, 1.07, "AUD", DXS),
    m("price_change", 0.10, "AUD", RUR), m(PX, 3.31, "AUD", RUR),
    m("index_change", -31.8, "points", AX), m("index_change", -0.59, "%", AX),
    m("index_level|index_close", 5352.9, "points", AX),
    m("index_change", -30.1, "points", AO), m("index_change", -0.56, "%", AO),
    m("index_level|index_close", 5347.8, "points", AO),
    m("futures_change|index_change", -30, "points", SPI),
    m("futures_level|futures_price|index_level", 5368, "points", SPI),
    m("contracts_traded|futures_volume", 24223, "contracts", SPI, opt=True),
    m("turnover_volume|securities_traded|volume", 1.8e9, "securities", MKT, opt=True),
    m("turnover|market_turnover|turnover_value", 4.1e9, "AUD", MKT),
], [])

# ---------------------------------------------------------------- en08 Maybank second quarter and first half 2019 in RM, NIM, dividend (The Sun Daily)
# "the second quarter ended June 30, 2019" -> 2019Q2; "the six-month period" / "first half of the year" -> 2019H1.
# "X% to A from B" puts B in prior. RM -> MYR; sen scaled to MYR (25 sen -> 0.25; 2 sen -> 0.02). The interim dividend,
# its RM2.81 billion total and the 74.9% payout are key and dated 2019H1: the interim dividend is paid on the half
# year (decided: "net profit for the period" read as the half, which is what a 74.9% payout of RM2.81 billion implies
# against RM3.75 billion; a reader taking it as the quarter would differ only in period). The headline's 25 sen is a
# repeat -> optional. Group loan growth (4.6%) is key once, its repeat ("Gross loans increased 4.6%") optional; the four
# markets' loan growth is read "respectively" (one key row each). NIM 2.24% and its 9 bp slip are key. The asset-quality
# and capital ratios as at the end of June 2019 are dated 2019H1, with the "from ... a year ago / in June 2018 /
# previously" value as prior; "38 bps compared with 44 bps last year" puts 44 in prior and the year-ago level is also an
# optional row (news15 en12's "compared with" pair). The 100% regulatory minimum is optional. At 3pm: the 2 sen move is
# key (a timed move, as news15 en02), the RM8.55 price and the 2.99 million shares done are optional.
MBB = "Maybank|Malayan Banking Bhd|Malayan Banking|Malayan Banking Berhad"
Q, H = "2019Q2", "2019H1"
G["en08"] = ([
    m("interim_dividend|dividend_per_share|dps", 0.25, "MYR", MBB, H, opt=True),                # headline
    m("net_profit|net_income", 1.94e9, "MYR", MBB, Q, prior=1.96e9),
    m("net_profit_growth|net_income_growth", -0.9, "%", MBB, Q),
    m("revenue", 13.05e9, "MYR", MBB, Q, prior=11.51e9),
    m("revenue_growth", 13.4, "%", MBB, Q),
    m("interim_dividend|dividend_per_share|dps", 0.25, "MYR", MBB, H),
    m("dividend_amount|total_dividend|dividend_payout_amount", 2.81e9, "MYR", MBB, H),
    m("payout_ratio|dividend_payout_ratio", 74.9, "%", MBB, H),
    m("net_profit|net_income", 3.75e9, "MYR", MBB, H, prior=3.83e9),
    m("net_profit_growth|net_income_growth", -2.1, "%", MBB, H),
    m("revenue", 26.03e9, "MYR", MBB, H, prior=23.02e9),
    m("revenue_growth", 13.1, "%", MBB, H),
    m("net_operating_income|operating_income", 11.75e9, "MYR", MBB, H),
    m("net_operating_income_growth|operating_income_growth", 1, "%", MBB, H),
    m("net_fund_based_income|net_interest_income|fund_based_income", 8.47e9, "MYR", MBB, H),
    m("net_fund_based_income_growth|net_interest_income_growth", 1, "%", MBB, H),
    m("loan_growth|gross_loan_growth|group_loan_growth", 4.6, "%", MBB, H),
    m("loan_growth|gross_loan_growth|group_loan_growth", 4.6, "%", MBB, H, opt=True),          # repeat
    m("loan_growth|gross_loan_growth", 6.1, "%", "Indonesia|Maybank Indonesia", H),
    m("loan_growth|gross_loan_growth", 4.2, "%", "Malaysia|Maybank Malaysia", H),
    m("loan_growth|gross_loan_growth", 2.3, "%", "Singapore|Maybank Singapore", H),
    m("loan_growth|gross_loan_growth", 3.2, "%", "other international markets|international markets", H),
    m("net_interest_margin|nim", 2.24, "%", MBB, H),
    m("net_interest_margin_change|nim_change", -9, "bp", MBB, H),
    m("gross_impaired_loans_ratio|impaired_loans_ratio|gil_ratio", 2.62, "%", MBB, H, prior=2.64),
    m("net_credit_charge_off|credit_cost|credit_charge_off", 38, "bp", MBB, H, prior=44),
    m("net_credit_charge_off|credit_cost|credit_charge_off", 44, "bp", MBB, "2018H1", opt=True),
    m("cet1_ratio|common_equity_tier_1_ratio|capital_ratio", 14.23, "%", MBB, H, prior=13.16),
    m("total_capital_ratio|capital_ratio", 17.98, "%", MBB, H, prior=17.78),
    m("liquidity_coverage_ratio|lcr", 145.4, "%", MBB, H),
    m("lcr_requirement|regulatory_requirement", 100, "%", MBB, opt=True),
    m("price_change", 0.02, "MYR", MBB),
    m("price|share_price", 8.55, "MYR", MBB, opt=True),
    m("volume|shares_traded", 2.99e6, "shares", MBB, opt=True),
], [])

# ---------------------------------------------------------------- en09 Fortescue quarterly shipments, unit costs and FY guidance (Argus Media, July 2022)
# Fortescue's year ends 30 June: "the year to 30 June 2023" / "2022-23" -> FY2023, "the 2021-22 fiscal year" / "2021-22"
# -> FY2022, "2020-21" -> FY2021. The quarters are named by calendar months ("April-June", "January-March") and the
# year-ago quarter is "April-June 2021", so the latest quarter is 2022Q2 and the one before 2022Q1 (calendar quarters,
# as the text names months, not fiscal quarters). "mn t" -> tonnes (187mn -> 187e6). Argus's "$" is the US dollar ->
# USD. Unit costs and prices per tonne are in USD with the tonne in basis ("per wmt" / "per dmt"); units here are only
# ISO codes or count nouns. Decisions:
# - The FY2023 shipment range is key; its repeat in the second paragraph optional. Iron Bridge's 1mn t inside it is key.
# - The "22mn t/yr" capacity describes the project -> optional (basis "per year"). "67pc Fe" and "62pc Fe" are product
#   grades (part of a product name) -> not labelled.
# - The Iron Bridge cost range $3.6bn-3.8bn with the prior range $3.3bn-3.5bn is key (range with prior range).
# - The exchange-rate assumption (A$1 per $0.73, from $0.72) is key, dated as printed ("2021-22" -> FY2022).
# - Quarter shipments 49.5mn t "up from 46.5mn t in January-March and from 49.3mn t in April-June 2021": two comparisons
#   for one level (news3) -> the first is the prior; both earlier levels are optional rows with their own periods.
# - Cash costs "rose to $17.19/wmt ... from $15.31/wmt" -> prior. The source calls the FY2023 cost outlook "prices"
#   ("expects prices to average $18-18.75/wmt"): per-wmt is Fortescue's cost measure and the sentence continues the
#   cost paragraph, so it is labelled as cost guidance with price_guidance as an alternative name; range with the
#   FY2022 average ($15.91) as single prior (news3 JD Sports); that FY2022 average is also an optional row. The FY2022
#   guidance it beat ($15-15.50/wmt) is key.
# - Realised prices and their share of the benchmark (78pc, 70pc) are key for both quarters (own sentences).
# - Product-mix growth for FY2022 (24pc super special fines, 21pc Fortescue Blend, lump down 77pc) is key.
F = "Fortescue Metals|Fortescue|Fortescue Metals Group|FMG"
IB = "Iron Bridge|Fortescue"
WMT, DMT = "per wmt", "per dmt"
SHIP = "shipments|iron_ore_shipments|sales_volume"
GSHIP = "guidance_shipments|shipments_guidance|guidance_iron_ore_shipments"
COST = "c1_cost|cash_cost|unit_cost"
GCOST = "guidance_c1_cost|guidance_cash_cost|cash_cost_guidance|c1_cost_guidance|price_guidance"
G["en09"] = ([
    m(GSHIP, None, "tonnes", F, "FY2023", rng=(187e6, 192e6)),
    m(SHIP, 189e6, "tonnes", F, "FY2022"),
    m("capacity|production_capacity", 22e6, "tonnes", IB, opt=True, basis="per year"),
    m(GSHIP, None, "tonnes", F, "FY2023", rng=(187e6, 192e6), opt=True),                        # repeat
    m(GSHIP + "|production_guidance", 1e6, "tonnes", IB, "FY2023"),
    m("capex|project_cost|development_cost|capital_cost", None, "USD", IB, rng=(3.6e9, 3.8e9), prng=(3.3e9, 3.5e9)),
    m("fx_assumption|exchange_rate_assumption|exchange_rate", 0.73, "USD", "AUD/USD|Fortescue", "FY2022", prior=0.72),
    m(SHIP, 49.5e6, "tonnes", F, "2022Q2", prior=46.5e6),
    m(SHIP, 46.5e6, "tonnes", F, "2022Q1", opt=True),
    m(SHIP, 49.3e6, "tonnes", F, "2021Q2", opt=True),
    m(COST, 17.19, "USD", F, "2022Q2", prior=15.31, basis=WMT),
    m(GCOST, None, "USD", F, "FY2023", rng=(18, 18.75), prior=15.91, basis=WMT),
    m(COST, 15.91, "USD", F, "FY2022", opt=True, basis=WMT),
    m(GCOST, None, "USD", F, "FY2022", rng=(15, 15.50), basis=WMT),
    m("realised_price|average_realised_price|average_revenue", 107.84, "USD", F, "2022Q2", basis=DMT),
    m("price_realisation|realisation_rate|realisation", 78, "%", F, "2022Q2"),
    m("realised_price|average_realised_price|average_revenue", 137.90, "USD", F, "2022Q1", basis=DMT),
    m("price_realisation|realisation_rate|realisation", 70, "%", F, "2022Q1"),
    m("shipments_growth|sales_volume_growth", 24, "%", "super special fines|Fortescue", "FY2022"),
    m("shipments_growth|sales_volume_growth", 21, "%", "Fortescue Blend|Fortescue", "FY2022"),
    m("shipments_growth|sales_volume_growth", -77, "%", "lump|lump shipments|Fortescue", "FY2022"),
], [])

# ---------------------------------------------------------------- en10 Bilfinger outlook in euros, margin target beats consensus (dpa-AFX via 4-traders, 2024)
# A European company's annual targets: the text ties them to 2024 ("the targets for 2024"; "the still young year 2024")
# -> period 2024. The Ebita-margin target range, the analysts' average (4.7%, a consensus row) and the sales forecast
# range (4.5-4.8 billion euros) are key. Share moves: the midday +8.0% is key, its EUR 41.40 price optional (share price
# in a results passage); the "jumped ... to 42.60 euros" intraday high is optional, as is the 40-euro chart resistance;
# "a gain of just over 18%" in 2024 is a year-to-date move, key with the hedge keeping the number, no period (market
# move). "Double-digit percentage", "multi-year high" and "since October 2018" carry no figure / are dates. The UBS
# analyst's comments carry no rating or target -> no rating action.
B = "Bilfinger|Bilfinger SE"
G["en10"] = ([
    m("price|intraday_high", 42.60, "EUR", B, opt=True),
    m("price|resistance_level", 40, "EUR", B, opt=True),
    m("price_change", 8.0, "%", B),
    m("price|share_price", 41.40, "EUR", B, opt=True),
    m("price_change_ytd|ytd_change|price_change", 18, "%", B),
    m("guidance_ebita_margin|guidance_ebit_margin|guidance_operating_margin|ebita_margin_guidance|operating_margin_guidance",
      None, "%", B, "2024", rng=(4.9, 5.2)),
    m("ebita_margin_consensus|ebita_margin_estimate|operating_margin_consensus|ebit_margin_consensus",
      4.7, "%", B, "2024"),
    m("guidance_revenue|revenue_guidance|guidance_sales|sales_guidance", None, "EUR", B, "2024", rng=(4.5e9, 4.8e9)),
], [])

# ---------------------------------------------------------------- en11 Intel: five broker actions after the results warning (CercleFinance, English)
# No year in the text (address has none either) -> no periods. "$" -> USD. The 29% fall at 10:30 a.m. is a key timed
# move; the 15% headcount reduction and 10% cost cut are key restructuring figures, labelled as positive "reduction"
# amounts (the metric names carry the direction). "More than ten-year lows" is a duration (not labelled).
# Rating actions: BofA downgrade to underperform with a $23 target (no prior rating or target stated); HSBC downgrade
# hold -> 'lighten up' with the target cut $35 -> $19.8 (decided: the rating is kept as printed, lower-cased -- it is a
# translation of HSBC's "reduce", which the text does not name); New Street downgrade to neutral, target $27; Mizuho
# stays outperform with the target cut $45 -> $36 (cut_target); Wedbush cuts its target $32.5 -> $25 with no rating
# named (cut_target, rating None). Deutsche Bank's comment carries no figure -> no action.
I = "Intel|Intel Corp|Intel Corporation|INTC"
G["en11"] = ([
    m("price_change", -29, "%", I),
    m("headcount_reduction|job_cuts|workforce_reduction", 15, "%", I),
    m("cost_reduction|cost_cut|cost_savings", 10, "%", I),
], [
    ra("Bank of America|BofA|Bofa|BofA Securities", I, "downgrade", "underperform", target=23, cur="USD"),
    ra("HSBC", I, "downgrade", "lighten up", "hold", target=19.8, prior_target=35, cur="USD"),
    ra("New Street Research|New Street", I, "downgrade", "neutral", target=27, cur="USD"),
    ra("Mizuho", I, "cut_target", "outperform", target=36, prior_target=45, cur="USD"),
    ra("Wedbush Securities|Wedbush", I, "cut_target", None, target=25, prior_target=32.5, cur="USD"),
])

# ---------------------------------------------------------------- en12 Brookfield's EUR39.85-a-share bid for Neoen, Deutsche Bank target raise (Investing.com, 2024)
# Euro deal: the per-share price, the 26.9% premium and the 53.32% majority stake Brookfield aims to buy are key deal
# terms (entity target|bidder, as news3's M&A entities). No periods (point-in-time deal figures; no year in the text).
# Deutsche Bank raises its target to EUR39.85 from EUR30.00 and keeps Hold -> raise_target, rating hold. The stock codes
# (ETR:DBKGn, NEOEN:FP, OTC: NOSPF) are not labelled. The later sentences repeat the target and premium without figures.
N = "Neoen|Neoen SA|NEOEN:FP"
DEAL = N + "|Brookfield"
G["en12"] = ([
    m("offer_price|offer_price_per_share|bid_price", 39.85, "EUR", DEAL),
    m("premium|offer_premium|takeover_premium", 26.9, "%", DEAL),
    m("stake|stake_size|stake_acquired", 53.32, "%", DEAL),
], [
    ra("Deutsche Bank", N, "raise_target", "hold", target=39.85, prior_target=30.00, cur="EUR"),
])
