# Hand-written labels for news8/en passages en01-en08 (helper A). Read from texts/enNN.txt only.

# ---------------------------------------------------------------- en01 Research In Motion third quarter (NYT-style wire repost on a blog, 2006)
# No year in the text ("three months ended Dec. 2", "In September") -> no periods. Year-ago figures in the same
# "up from" sentence are priors. After-hours and regular-close prices are optional; the move (% and $) is key.
# The September outlook is labelled as guidance ranges; "about 800,000" keeps the stated number.
E = "Research In Motion|Research In Motion Ltd.|R.I.M.|RIM"
G["en01"] = ([
    m("net_income|net_profit", 176e6, "USD", E, prior=120e6),
    m("eps", 0.93, "USD", E, prior=0.61),
    m("eps|adjusted_eps", 0.95, "USD", E, basis="excluding stock option expenses"),
    m("revenue_growth", 49, "%", E),
    m("revenue", 835.1e6, "USD", E),
    m("eps_consensus|eps_estimate", 0.93, "USD", E, basis="before one-time items"),
    m("revenue_consensus|revenue_estimate", 815.4e6, "USD", E),
    m("price|after_hours_price", 141.30, "USD", E, opt=True),
    m("price_change", 7.60, "USD", E),
    m("price_change", 5.7, "%", E),
    m("price|close_price", 133.70, "USD", E, opt=True),
    m("subscriber_additions|net_subscriber_additions", 875000, "accounts", E),
    m("subscriber_accounts|subscriber_base", 7e6, "accounts", E),
    m("guidance_revenue|revenue_guidance", None, "USD", E, rng=(780e6, 820e6)),
    m("guidance_subscriber_additions|subscriber_additions_guidance", 800000, "accounts", E),
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(0.88, 0.95), basis="net"),
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(0.90, 0.97), basis="adjusted"),
], [])

# ---------------------------------------------------------------- en02 Auto Trader first half, interim dividend, buybacks (DividendMax, 2019)
# The text ties the year to "year ended 31 March 2019", so H1 2020 / H1 2019 are fiscal halves: FY2020H1 (reported)
# and the "(H1 2019: X)" comparatives are priors. The final dividend is for the year ended 31 March 2019 -> FY2019,
# with the printed "(H1 2019: 4.0 pence)" as its prior. Pence scaled to GBP. The headline dividend and the bullet
# restatement of cash returned, buybacks and dividends paid are repeats (optional). Transaction costs are incidental.
E = "Auto Trader|Auto Trader Group"
P = "FY2020H1"
G["en02"] = ([
    m("interim_dividend|dividend_per_share|dps", 0.024, "GBP", E, P, opt=True),        # headline
    m("final_dividend|dividend_per_share|dps", 0.046, "GBP", E, "FY2019", prior=0.040),
    m("dividends_paid|dividend_payout", 42.6e6, "GBP", E, P, prior=37.9e6),
    m("shares_repurchased|shares_bought_back", 5.1e6, "shares", E, P, prior=9.6e6),
    m("buyback|share_buyback|buyback_amount", 27.2e6, "GBP", E, P, prior=42.9e6),
    m("transaction_costs", 0.1e6, "GBP", E, P, prior=0.2e6, opt=True),
    m("cash_returned|cash_returned_to_shareholders|shareholder_returns", 69.8e6, "GBP", E, P, prior=80.8e6),
    m("interim_dividend|dividend_per_share|dps", 0.024, "GBP", E, P),
    m("revenue_growth", 6, "%", E, P),
    m("revenue", 186.7e6, "GBP", E, P, prior=176.8e6),
    m("operating_profit_growth|operating_income_growth", 9, "%", E, P),
    m("operating_profit|operating_income", 131.4e6, "GBP", E, P, prior=120.6e6),
    m("operating_margin|operating_profit_margin", 70, "%", E, P, prior=68),
    m("pretax_profit_growth|profit_before_tax_growth", 12, "%", E, P),
    m("pretax_profit|profit_before_tax", 127.7e6, "GBP", E, P, prior=114.5e6),
    m("eps_growth", 14, "%", E, P, basis="basic"),
    m("eps", 0.1113, "GBP", E, P, prior=0.0978, basis="basic"),
    m("operating_cash_flow_growth|cash_from_operations_growth", 3, "%", E, P),
    m("operating_cash_flow|cash_from_operations", 132.7e6, "GBP", E, P, prior=129.0e6),
    m("cash_conversion", 98, "%", E, P, prior=101),
    m("cash_returned|cash_returned_to_shareholders|shareholder_returns", 69.8e6, "GBP", E, P, prior=80.8e6, opt=True),   # bullet repeat
    m("buyback|share_buyback|buyback_amount", 27.2e6, "GBP", E, P, prior=42.9e6, opt=True),                               # bullet repeat
    m("dividends_paid|dividend_payout", 42.6e6, "GBP", E, P, prior=37.9e6, opt=True),                                     # bullet repeat
], [])

# ---------------------------------------------------------------- en03 AMAT target cuts and a PANW target raise (daily analyst-actions blog, zeah.us)
# Targets and prices are printed without a currency sign; both are US-listed stocks -> USD. No year -> no periods.
# Each implied upside is a key figure (news6 convention). "down about 2%" and "over 11%" keep the stated numbers.
# The morning price is optional. Rating kept + target moved -> cut_target / raise_target.
A = "Applied Materials|AMAT"
PA = "Palo Alto Networks|PANW"
G["en03"] = ([
    m("price_change", -2, "%", A),
    m("upside|implied_upside", 21.8, "%", A),          # Piper Sandler
    m("price", 108.35, "USD", A, opt=True),
    m("upside|implied_upside", 20.0, "%", A),          # Needham
    m("upside|implied_upside", 47.7, "%", A),          # Mizuho
    m("upside|implied_upside", 15.4, "%", A),          # Barclays
    m("price_change", 11, "%", PA),
], [
    ra("Piper Sandler", A, "cut_target", "neutral", target=132, prior_target=153, cur="USD"),
    ra("Needham", A, "cut_target", "buy", target=130, prior_target=172, cur="USD"),
    ra("Mizuho", A, "cut_target", "buy", target=160, prior_target=180, cur="USD"),
    ra("Barclays", A, "cut_target", "equal-weight", target=125, prior_target=150, cur="USD"),
    ra("Keybanc|KeyBanc", PA, "raise_target", "overweight", target=630, prior_target=610, cur="USD"),
])

# ---------------------------------------------------------------- en04 Palo Alto Networks Q3 beat, BofA downgrade (Metadoro market review, 2023)
# The passage places the events in 2023 ("in 2023", "89% YTD"), so Q3 -> 2023Q3 and Q2 / "previous quarter" -> 2023Q2.
# The earlier quarter's EPS and revenue stand in their own clauses ("than the $1.44 of the previous quarter") -> own rows.
# BofA: downgrade buy -> neutral, target $265; the old target is not printed (only "by $25"), so no prior target;
# the $25 cut is an optional metric row. Share prices in a rating passage are optional; the 8.5% fall is key.
E = "Palo Alto Networks|Palo Alto|PANW"
G["en04"] = ([
    m("eps", 1.38, "USD", E, "2023Q3"),
    m("eps_consensus|eps_estimate", 1.16, "USD", E, "2023Q3"),
    m("eps", 1.44, "USD", E, "2023Q2"),
    m("revenue", 1.9e9, "USD", E, "2023Q3"),
    m("revenue_consensus|revenue_estimate", 1.84e9, "USD", E, "2023Q3"),
    m("revenue", 2.0e9, "USD", E, "2023Q2"),
    m("price_change", -8.5, "%", E),
    m("price", 242.30, "USD", E, prior=264.75, opt=True),
    m("target_price_change", -25, "USD", E, opt=True),
    m("billings_growth|billings_change", -36, "%", E, basis="QoQ"),
    m("price_change|ytd_change", 89, "%", E, "2023"),
], [
    ra("Bank of America|BofA|Bank of America Securities", E, "downgrade", "neutral", "buy", target=265, cur="USD"),
])

# ---------------------------------------------------------------- en05 JPMorgan ("Motong") on Hong Kong utilities (Gelonghui via Futu, machine-translated English, 2023)
# The translation's names are kept as printed with the usual names as alternatives ("Motong"/"Motorcom" = JPMorgan,
# "Changjiang Infrastructure"/"Changjian" = CKI, "Electric Energy Industry"/"electricity" = Power Assets).
# "increase in holdings" = overweight, "reduced holdings" = underweight. The dateline states 2023, so "this year" = 2023.
# "about 6%" and "more than 15%" keep the stated numbers. The 6% yield is one row for both top picks.
JPM = "Motong|Motorcom|JPMorgan|J.P. Morgan"
CKI = "Changjiang Infrastructure|Changjian|CKI Holdings|CK Infrastructure"
PA = "Electric Energy Industry|electricity|Power Assets"
CLP = "CLP Holdings|CLP"
CG = "China Gas|Hong Kong and China Gas|HK & China Gas"
G["en05"] = ([
    m("relative_performance|outperformance", 7, "%", "Hong Kong's public stocks|Hong Kong utilities"),
    m("dividend_yield|yield", 6, "%", CKI + "|" + PA),
    m("profit_growth_forecast|net_profit_growth_forecast|profit_growth_estimate", 15, "%", CG, "2023"),
], [
    ra(JPM, CKI, "raise_target", "overweight", target=52, prior_target=50, cur="HKD"),
    ra(JPM, PA, "raise_target", "overweight", target=51.5, prior_target=50, cur="HKD"),
    ra(JPM, CLP, "raise_target", "neutral", target=57, prior_target=52, cur="HKD"),
    ra(JPM, CG, "upgrade", "neutral", "underweight", target=6.5, prior_target=6, cur="HKD"),
])

# ---------------------------------------------------------------- en06 SoftBank's cash offer for ARM Holdings (Trade with Eva blog, 2016)
# M&A entities "target|acquirer"; the undisturbed closes (share and ADR) belong to ARM alone. Pence scaled to GBP.
# The deal value is key once in GBP (GBP24.3 bln); the dollar conversion and the body's repeat ("~24.3 bln (or $31.4
# bln)", printed without a currency for the pound figure) are optional. "~" keeps the stated number.
# Context figures (yen buyers' 30 percent, the Broadcom/Avago deal) are optional. Ordinals ("third-largest") not labelled.
A = "ARM Holdings|ARM|ARMH"
D = A + "|SoftBank|Softbank|SoftBank Group"
G["en06"] = ([
    m("currency_change|price_change", -30, "%", "pound|GBP/JPY", opt=True),
    m("deal_value", 37e9, "USD", "Broadcom|Avago Technologies", opt=True),
    m("deal_value|takeover_value", 24.3e9, "GBP", D),
    m("deal_value|takeover_value", 31.4e9, "USD", D, opt=True),
    m("offer_price|offer_price_per_share|price_per_share", 17.00, "GBP", D),
    m("premium|offer_premium", 43.0, "%", D),
    m("price|close_price|undisturbed_price", 11.89, "GBP", A),
    m("premium|offer_premium", 42.9, "%", D),                     # to the ADR close
    m("price|close_price|undisturbed_price", 47.08, "USD", A),    # ARM ADR
    m("deal_value|takeover_value", 24.3e9, "GBP", D, opt=True),   # body repeat, printed without currency
    m("deal_value|takeover_value", 31.4e9, "USD", D, opt=True),   # body repeat
], [])

# ---------------------------------------------------------------- en07 Rigaku's Tokyo IPO debut, Tokyo Metro (Reuters via KFGO, 2024)
# No year is tied to the debut in the text (only "January 2021" for Carlyle's purchase) -> no periods.
# The headline's 4% is a repeat (optional). The dollar conversion of the opening price and the exchange-rate footer are
# optional. "roughly 80%" keeps the stated number; the stake belongs to Rigaku with Carlyle as the holder.
R = "Rigaku"
T = "Tokyo Metro"
G["en07"] = ([
    m("price_change", -4, "%", R, opt=True),                   # headline
    m("price_change", -4, "%", R),
    m("ipo_proceeds|ipo_size|amount_raised", 863e6, "USD", R),
    m("open_price|opening_price|price", 1205, "JPY", R),
    m("open_price|opening_price|price", 7.94, "USD", R, opt=True),
    m("ipo_price|offer_price", 1260, "JPY", R),
    m("ipo_price_range|price_range", None, "JPY", R, rng=(1230, 1260)),
    m("stake|stake_acquired", 80, "%", R + "|Carlyle Group|Carlyle"),
    m("price_change", 45, "%", T),
    m("ipo_proceeds|ipo_size|amount_raised", 2.3e9, "USD", T),
    m("exchange_rate|fx_rate", 151.76, "JPY", "USD/JPY", opt=True),
], [])

# ---------------------------------------------------------------- en08 Infosys first quarter, raised FY25 revenue guidance (NDTV Profit, 2024)
# Periods from the text: "financial year ending March 2025" / "fiscal years 2024–25" -> FY2025; the quarter ended
# June 30 is the headline's Q1 -> FY2025Q1; "fourth quarter of the previous financial year" -> FY2024Q4.
# Crore = 1e7, Rs = INR. "against Rs X in the previous quarter" in the same sentence -> prior. The headline's "nearly 10%"
# ADR move differs from the body's "more than 8%" (both key, hedges keep the number). The closing summary lines repeat
# the net profit (optional), its "Estimate: Rs 6,253.1 crore" is the more precise repeat of the consensus (optional).
# Share prices optional; the share and Sensex moves are key.
E = "Infosys|Infosys Ltd."
ADR = "Infosys ADRs|Infosys|Infosys Ltd."
P = "FY2025Q1"
G["en08"] = ([
    m("price_change", 10, "%", ADR),                                   # headline
    m("price_change", 8, "%", ADR),
    m("price|adr_price", 22.20, "USD", ADR, opt=True),
    m("guidance_revenue_growth|revenue_growth_guidance", None, "%", E, "FY2025", rng=(3, 5), prng=(1, 2)),
    m("guidance_operating_margin|operating_margin_guidance", None, "%", E, "FY2025", rng=(20, 22)),
    m("net_profit_growth|net_income_growth", -20.1, "%", E, P, basis="sequential"),
    m("net_profit|net_income", 6374e7, "INR", E, P, prior=7969e7),
    m("net_profit_consensus|net_profit_estimate", 6253e7, "INR", E, P),
    m("one_time_interest_income|interest_on_tax_refund|other_income", 1916e7, "INR", E, "FY2024Q4"),
    m("net_profit_growth|net_income_growth", 5.2, "%", E, P, basis="excluding one-time item"),
    m("revenue_growth", 3.7, "%", E, P),
    m("revenue", 39315e7, "INR", E, P, prior=37923e7),
    m("revenue_consensus|revenue_estimate", 38810.6e7, "INR", E, P),
    m("ebit_growth|operating_profit_growth", 8.8, "%", E, P),
    m("ebit|operating_profit", 8288e7, "INR", E, P, prior=7621e7),
    m("ebit_consensus|ebit_estimate", 8024.6e7, "INR", E, P),
    m("ebit_margin|operating_margin|margin", 21.1, "%", E, P, prior=20.1),
    m("ebit_margin_consensus|margin_estimate|operating_margin_estimate", 20.67, "%", E, P),
    m("net_profit_growth|net_income_growth", -20, "%", E, P, opt=True),              # summary repeat
    m("net_profit|net_income", 6374e7, "INR", E, P, prior=7969e7, opt=True),        # summary repeat
    m("net_profit_consensus|net_profit_estimate", 6253.1e7, "INR", E, P, opt=True), # summary repeat
    m("price_change", 2.24, "%", E),
    m("price|close_price", 1761, "INR", E, opt=True),
    m("index_change", 0.78, "%", "Sensex|BSE Sensex"),
], [])
