# Hand-written labels for news14/en passages en01-en08 (helper A). Read from texts/enNN.txt only; no extractor run.

# ---------------------------------------------------------------- en01 FTSE early trade, dividends and buybacks (AJ Bell / Sharecast)
# A morning movers wrap: each stock's move and price are key (as the movers wraps of news9/news10/news13). No year is
# stated ("since 2019" only dates Greggs' last dividend) -> no periods. Pence scaled to GBP; "c" dividends of BP,
# Standard Chartered and Hiscox (dollar reporters) are US cents -> USD. The index level is printed "7.091,52" (kept in the
# text) = 7091.52. BP's underlying RC profit "compared with a year-on-year loss of $6.68 billion" in the same sentence ->
# prior -6.68e9 (a loss is negative). Domino's "flat" carries no number -> no change row.
FT = "FTSE 100|FTSE"
BP = "BP"
SC = "Standard Chartered|StanChart"
HX = "Hiscox"
DL = "Direct Line"
GR = "Greggs"
DO = "Domino's|Dominos|Domino's Pizza"
G["en01"] = ([
    m("index_change", 9.80, "points", FT),
    m("index_change_pct|index_change", 0.1, "%", FT),
    m("index_level|index_close", 7091.52, "points", FT),
    m("price_change", 2.7, "%", BP), m("price", 2.9746, "GBP", BP),
    m("buyback|share_buyback", 1.4e9, "USD", BP),
    m("underlying_replacement_cost_profit|underlying_profit", 2.8e9, "USD", BP, prior=-6.68e9),
    m("quarterly_dividend|dividend_per_share|dps", 0.0546, "USD", BP),
    m("dividend_growth|dps_growth", 4, "%", BP),
    m("price_change", 0.2, "%", SC), m("price", 4.374, "GBP", SC),
    m("profit_growth|pretax_profit_growth", 57, "%", SC),
    m("interim_dividend|dividend_per_share|dps", 0.03, "USD", SC),
    m("buyback|share_buyback", 250e6, "USD", SC),
    m("price_change", 3.9, "%", HX), m("price", 8.9964, "GBP", HX),
    m("price_change", 3.2, "%", DL), m("price", 3.09, "GBP", DL),
    m("interim_dividend|dividend_per_share|dps", 0.115, "USD", HX),
    m("dividend_growth|dps_growth", 2.7, "%", DL),
    m("interim_dividend|dividend_per_share|dps", 0.076, "GBP", DL),
    m("price_change", 2.7, "%", GR), m("price", 28.24, "GBP", GR),
    m("interim_dividend|dividend_per_share|dps", 0.15, "GBP", GR),
    m("price", 4.218, "GBP", DO),
    m("buyback|share_buyback", 35e6, "GBP", DO),
    m("pretax_profit_growth|profit_before_tax_growth", 28, "%", DO),
    m("pretax_profit|profit_before_tax", 60.8e6, "GBP", DO),
], [])

# ---------------------------------------------------------------- en02 The Fly's top five upgrades (Yahoo Finance)
# Six rating actions: each "upgraded ... to X from Y with a price target of $A, up from $B" is one upgrade with both
# targets; Citi's "unchanged price target of $36" is the target only (no "from" value is
# written, so no prior target, as a maintained target elsewhere); Seaport's upgrade has a target and
# no prior. Broker targets live only in rating_actions. Warner Music's "30% valuation discount to Universal Music" is a
# valuation gap stated in the rationale -> optional. "2024 earnings growth" carries no number -> not labelled.
G["en02"] = ([
    m("valuation_discount", 30, "%", "Warner Music|Warner Music Group|WMG", opt=True),
], [
    ra("RBC Capital|RBC", "Cigna|CI", "upgrade", "outperform", "sector perform", target=354, prior_target=327, cur="USD"),
    ra("Cantor Fitzgerald|Cantor", "Cigna|CI", "upgrade", "overweight", "neutral", target=372, prior_target=334, cur="USD"),
    ra("Evercore ISI|Evercore", "Tapestry|TPR", "upgrade", "outperform", "in line", target=50, prior_target=30, cur="USD"),
    ra("Redburn Atlantic|Redburn", "Warner Music|Warner Music Group|WMG", "upgrade", "neutral", "sell", target=21, prior_target=17, cur="USD"),
    ra("Citi|Citigroup", "Citizens Financial|Citizens Financial Group|CFG", "upgrade", "buy", "neutral", target=36, cur="USD"),
    ra("Seaport Research|Seaport Research Partners|Seaport", "Dover|DOV", "upgrade", "buy", "neutral", target=190, cur="USD"),
])

# ---------------------------------------------------------------- en03 HSBC and JPMorgan raise targets on Sun Hung Kai Properties (moomoo / Jinwu)
# Two raise_target actions in HKD (ratings kept: buy, neutral). The early move is key, the share price optional (share
# price in a rating note). "a minimum target of 25 billion" keeps the stated number (English bound convention), period
# FY2025 as written; the bracketed "(compared to 25.6 billion ... in the 2024 fiscal year)" is its prior (a "compared
# to" pair), and the FY2024 figure is also an optional row of its own. The 19% is the broker's EPS growth forecast
# (basic, FY2025). JPMorgan's "by 3%" restates its target raise (optional); the 50% NAV discount is valuation method
# (optional).
E = "shk ppt|Sun Hung Kai Properties|SHK Properties|SHKP|00016"
G["en03"] = ([
    m("price_change", 2, "%", E),
    m("price", 76.65, "HKD", E, opt=True),
    m("contracted_sales_target|guidance_contracted_sales|contracted_sales", 25e9, "HKD", E, "FY2025", prior=25.6e9),
    m("contracted_sales", 25.6e9, "HKD", E, "FY2024", opt=True),
    m("eps_growth_forecast|eps_growth_estimate|eps_growth", 19, "%", E, "FY2025", basis="basic"),
    m("nav_discount|target_nav_discount", 50, "%", E, opt=True),
    m("target_price_change", 3, "%", E, opt=True),
], [
    ra("HSBC Global Research|HSBC", E, "raise_target", "buy", target=95.3, prior_target=95, cur="HKD"),
    ra("JPMorgan|J.P. Morgan|JPM", E, "raise_target", "neutral", target=70, prior_target=68, cur="HKD"),
])

# ---------------------------------------------------------------- en04 Citi downgrades Lumen, TD Cowen lifts target (Tiger Brokers news)
# Citi: downgrade buy -> neutral with a $11 target (no prior target written). TD Cowen: "kept a Hold rating ... lifted
# the price target to $8.00" -> raise_target with no prior target. The pre-market plunge is key; the "early 6.4% gain in
# overnight trading" is an earlier extreme of the same session -> optional. The Q3 beat/loss are written without
# numbers -> not labelled; no year -> no period.
E = "Lumen Technologies|Lumen|LUMN"
G["en04"] = ([
    m("price_change|premarket_change", -19.92, "%", E),
    m("price_change|overnight_change", 6.4, "%", E, opt=True),
], [
    ra("Citi|Citigroup", E, "downgrade", "neutral", "buy", target=11, cur="USD"),
    ra("TD Cowen|Cowen", E, "raise_target", "hold", target=8.00, cur="USD"),
])

# ---------------------------------------------------------------- en05 MapLight Therapeutics Nasdaq debut (Reuters via a regional repost)
# The opening premium, the valuation at the open, the opening price, the offer price, the proceeds and the shares sold
# are key. "opened at $19 ... against the $17 offer price" compares two different quantities (open vs offer), so the
# offer price is its own row, not a prior. "More than half a dozen companies" (written in words; hedge kept as value 6)
# and the 476,707 private-placement shares are incidental -> optional. "20-day rule" is a name; no year -> no period.
E = "MapLight Therapeutics|MapLight"
G["en05"] = ([
    m("debut_change|price_change|open_vs_ipo_price", 11.8, "%", E),
    m("valuation|market_value|market_cap", 787e6, "USD", E),
    m("open_price|price", 19, "USD", E),
    m("ipo_price|offer_price", 17, "USD", E),
    m("ipo_proceeds|amount_raised", 250.8e6, "USD", E),
    m("ipo_shares|shares_sold|shares_offered", 14.75e6, "shares", E),
    m("private_placement_shares|shares_bought", 476707, "shares", E, opt=True),
    m("ipo_count|companies", 6, "companies", opt=True),
], [])

# ---------------------------------------------------------------- en06 Microsoft quarterly results and raised sales outlook (Irish Times / Reuters)
# No year is stated ("last November", "July estimate") -> no periods. Full-year guidance ranges are key; the "$200
# million to $300 million higher than a July estimate" is the guidance change as a range. "cut the high end ... by a
# penny" (words) -> guidance EPS change -0.01. The after-hours price "rose to $28.50 from a close of $28.35" is one
# row with prior, optional (share price in a results story); the "up 25 per cent since June" run-up is key (as a
# year-to-date gain). Division losses are negative: -96e6 with prior -173e6 (the first comparison), and the previous
# quarter's -414e6 as an optional row (two comparisons for one level, news3). "six million" consoles (words) is key;
# "five years" is a duration -> not labelled.
E = "Microsoft"
ED = "Microsoft|Microsoft entertainment and devices division|entertainment and devices division"
G["en06"] = ([
    m("net_income_growth|net_profit_growth", 11, "%", E),
    m("price_change", 25, "%", E),
    m("price|after_hours_price", 28.50, "USD", E, prior=28.35, opt=True),
    m("guidance_revenue|revenue_guidance", None, "USD", E, rng=(50e9, 50.9e9)),
    m("guidance_revenue_change|revenue_guidance_change", None, "USD", E, rng=(200e6, 300e6)),
    m("guidance_eps_change|eps_guidance_change", -0.01, "USD", E),
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(1.43, 1.46)),
    m("eps_consensus|eps_estimate", 1.44, "USD", E),                     # full year
    m("revenue_consensus|revenue_estimate", 50.3e9, "USD", E),           # full year
    m("revenue_growth|sales_growth", 11, "%", E),
    m("revenue|sales", 10.8e9, "USD", E),
    m("eps_consensus|eps_estimate", 0.31, "USD", E),                     # quarter
    m("revenue_consensus|revenue_estimate", 10.7e9, "USD", E),           # quarter
    m("sql_server_sales_growth|revenue_growth", 30, "%", "SQL Server|Microsoft"),
    m("xbox_360_units_sold|units_sold", 6e6, "consoles", "Xbox 360|Microsoft"),
    m("operating_income|operating_loss|segment_loss", -96e6, "USD", ED, prior=-173e6),
    m("operating_income|operating_loss|segment_loss", -414e6, "USD", ED, opt=True),
], [])

# ---------------------------------------------------------------- en07 Toyota January-March results and full-year forecast (Indian Express / agencies, 2012)
# The printed dateline (May 9, 2012) dates the quarter: January-March is 2012Q1, and the "fourth quarter" of the same
# paragraph is that same quarter (the text does not say "fiscal", so the calendar label is used for both). "For the
# year to next March" is the fiscal year ending March 2013 -> FY2013 (named by its end year, as the corpus names Indian
# fiscal years). The lede's "$3 billion" restates the 238.5 billion yen in dollars -> optional; the bracketed $12.54
# billion conversion is optional. "more than five-fold" and "would treble" (words) are multiples in "x" (the hedge keeps
# the number); the headline's "tripling" is an optional repeat. The 23-analyst count is optional. Share-price
# comparisons written as fractions ("more than a third", Topix "a tenth") and BMW's 41% are incidental -> optional.
E = "Toyota|Toyota Motor|Toyota Motor Corp"
G["en07"] = ([
    m("guidance_operating_profit_growth|operating_profit_guidance_growth", 3, "x", E, "FY2013", opt=True),   # headline
    m("operating_profit_growth|operating_income_growth", 5, "x", E, "2012Q1"),
    m("operating_profit|operating_income", 3e9, "USD", E, "2012Q1", opt=True),
    m("guidance_operating_profit_growth|operating_profit_guidance_growth", 3, "x", E, "FY2013"),
    m("operating_profit|operating_income", 238.5e9, "JPY", E, "2012Q1"),
    m("operating_profit_consensus|operating_profit_estimate", 223e9, "JPY", E, "2012Q1"),
    m("analyst_count|analysts", 23, "analysts", E, opt=True),
    m("net_profit|net_income", 121e9, "JPY", E, "2012Q1", prior=25.4e9),
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 1e12, "JPY", E, "FY2013"),
    m("guidance_operating_profit|operating_profit_guidance|operating_profit_forecast", 12.54e9, "USD", E, "FY2013", opt=True),
    m("operating_profit_consensus|profit_consensus|operating_profit_estimate", 990e9, "JPY", E, "FY2013"),
    m("price_change", 33.3, "%", E, opt=True),
    m("price_change", 41, "%", "BMW", opt=True),
    m("index_change", 10, "%", "Topix", opt=True),
], [])

# ---------------------------------------------------------------- en08 Takeda's fifth proposal for Shire (POST Online Media)
# M&A entities use "target|acquirer" alternatives. The fifth proposal's value per share (£49, "roughly" kept as value),
# its cash part ($30.33; the bracketed £21.75 is an optional conversion), its share ratio (0.839 new Takeda shares per
# Shire share) and share part (£27.26), and the deal value (£46bn; the headline's "£46 billion" an optional repeat) are
# key. The fourth approach is written in its own sentence -> its own rows (per-share value, cash, shares, £44bn), not
# priors. Takeda's ¥4,923 share price used in the valuation is incidental -> optional. Ordinals ("fifth"), the 1700 BST
# deadline and the date are not labelled. No year is stated -> no period.
D = "Shire|Shire plc|Takeda|Takeda Pharmaceutical"
G["en08"] = ([
    m("deal_value|offer_value|transaction_value", 46e9, "GBP", D, opt=True),          # headline
    m("offer_price|offer_value_per_share|price_per_share", 49, "GBP", D),
    m("cash_per_share|cash_component", 30.33, "USD", D),
    m("cash_per_share|cash_component", 21.75, "GBP", D, opt=True),
    m("exchange_ratio|share_ratio|takeda_shares_per_share", 0.839, "shares", D),
    m("price|share_price", 4923, "JPY", "Takeda|Takeda Pharmaceutical", opt=True),
    m("stock_component|share_component|stock_per_share", 27.26, "GBP", D),
    m("deal_value|offer_value|transaction_value", 46e9, "GBP", D),
    m("offer_price|offer_value_per_share|price_per_share", 47, "GBP", D),             # fourth approach
    m("cash_per_share|cash_component", 21, "GBP", D),                                 # fourth approach
    m("stock_component|share_component|stock_per_share", 26, "GBP", D),              # fourth approach
    m("deal_value|offer_value|transaction_value", 44e9, "GBP", D),                    # fourth approach
], [])
