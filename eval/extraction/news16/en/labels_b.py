# Hand-written gold labels for news16/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md and news3-news15/en/README.md (a hedge or bound keeps the stated
# number; pence and cents scaled to the currency unit; a same-sentence earlier value is the prior, with an optional
# row of its own as news15 en12 did; periods only where the text states or implies the year; market-wrap levels and
# moves carry no period).

# ---------------------------------------------------------------- en07 New York dollar and Treasury report (Xinhua via chinesetoday.com; no year in text)
# Bond and currency wrap: no periods (the dateline "Sept. 27" has no year). The dollar index move (%) and level are
# key (as news9 en12, unit "points"). Each Treasury yield's move in bp and its level in % are key; "five basis points"
# is written in words -> 5 bp. "its highest level in ten years" and the quote's "10 consecutive weeks" are durations,
# not labelled. Currency pairs "X U.S. dollars from Y dollars in the previous session" are fx_rate rows with the
# previous session in prior, plus an optional row for the previous-session level (news15 en12 "compared to" pair
# practice). The euro and pound rates are in USD; the yen rate is JPY per dollar.
DXY = "dollar index|US dollar index|U.S. dollar index|DXY|U.S. dollar"
T10 = "ten-year Treasury|10-year Treasury|US 10-year Treasury|ten-year yield|benchmark ten-year yield"
T2 = "two-year Treasury|2-year Treasury|US 2-year Treasury|two-year yield"
T30 = "30-year bond|30-year Treasury|US 30-year Treasury|30-year yield"
EUR = "EUR/USD|euro"
GBP = "GBP/USD|British pound|pound|sterling"
JPY = "USD/JPY|Japanese yen|yen|U.S. dollar"
G["en07"] = ([
    m("index_change|fx_change", 0.41, "%", DXY),
    m("index_level|fx_index_level", 106.6639, "points", DXY),
    m("yield_change|bond_yield_change", 5, "bp", T10), m("bond_yield|yield", 4.607, "%", T10),
    m("yield_change|bond_yield_change", 5.4, "bp", T2), m("bond_yield|yield", 5.131, "%", T2),
    m("yield_change|bond_yield_change", 2.7, "bp", T30), m("bond_yield|yield", 4.723, "%", T30),
    m("fx_rate|exchange_rate", 1.0508, "USD", EUR, prior=1.0566),
    m("fx_rate|exchange_rate", 1.0566, "USD", EUR, opt=True),                     # previous session
    m("fx_rate|exchange_rate", 1.2137, "USD", GBP, prior=1.2157),
    m("fx_rate|exchange_rate", 1.2157, "USD", GBP, opt=True),                     # previous session
    m("fx_rate|exchange_rate", 149.5950, "JPY", JPY, prior=149.0710),
    m("fx_rate|exchange_rate", 149.0710, "JPY", JPY, opt=True),                   # previous session
], [])

# ---------------------------------------------------------------- en08 Fed cuts 25 bp to 4.00%-4.25% with new projections (Trading Economics, 2025-09-17)
# The decision is dated "September 2025" -> 2025-09. The cut (-25 bp) and the new range (4.00-4.25 %, a range with
# value None; the old range is not stated -> no prior) are key; the second "25bps move" is a repeat -> optional.
# Miran's preferred "half-point cut" is a dissent, not the decision -> optional (-50 bp, and -0.5 pp as the same move in
# another unit). The expected further cuts are key projections: -50 bp by end-2025 and "a quarter point" (words ->
# -25 bp) in 2026. Projections "X vs Y seen in the June projection" / "to X from Y" carry Y as prior; "the same as in
# June", "left at" and "still expected at" state no earlier figure -> no prior (news14: an "unchanged" figure has no
# prior). "this year" is 2025 and "next year" 2026 (the text's year is 2025). Entity: the Fed / the US economy.
FED = "Federal Reserve|Fed|US|U.S.|United States"
G["en08"] = ([
    m("rate_change|policy_rate_change|fed_funds_rate_change", -25, "bp", FED, "2025-09"),
    m("fed_funds_rate|policy_rate|interest_rate", None, "%", FED, "2025-09", rng=(4.00, 4.25)),
    m("rate_change|policy_rate_change|fed_funds_rate_change", -25, "bp", FED, "2025-09", opt=True),   # "the 25bps move"
    m("rate_change|dissent_rate_change", -50, "bp", FED, "2025-09", opt=True),                        # Miran's half-point
    m("rate_change|dissent_rate_change", -0.5, "pp", FED, "2025-09", opt=True),
    m("rate_change_projection|expected_rate_change|rate_change_forecast", -50, "bp", FED, "2025"),
    m("rate_change_projection|expected_rate_change|rate_change_forecast", -25, "bp", FED, "2026"),
    m("gdp_growth_projection|gdp_growth_forecast", 1.6, "%", FED, "2025", prior=1.4),
    m("gdp_growth_projection|gdp_growth_forecast", 1.8, "%", FED, "2026", prior=1.6),
    m("gdp_growth_projection|gdp_growth_forecast", 1.9, "%", FED, "2027", prior=1.8),
    m("pce_inflation_projection|inflation_projection|inflation_forecast", 3, "%", FED, "2025"),
    m("pce_inflation_projection|inflation_projection|inflation_forecast", 2.6, "%", FED, "2026", prior=2.4),
    m("core_pce_projection|core_inflation_projection|core_pce_inflation_forecast", 3.1, "%", FED, "2025"),
    m("core_pce_projection|core_inflation_projection|core_pce_inflation_forecast", 2.6, "%", FED, "2026", prior=2.4),
    m("unemployment_rate_projection|unemployment_rate_forecast", 4.5, "%", FED, "2025"),
    m("unemployment_rate_projection|unemployment_rate_forecast", 4.4, "%", FED, "2026", prior=4.5),
], [])

# ---------------------------------------------------------------- en09 Sydney close with bank and miner prices (SMH / AAP; no year in text)
# Market wrap: no periods. "$" on the ASX is AUD; cents are scaled (19 cents -> 0.19 AUD); "eight cents" and "one cent"
# are words -> 0.08 and 0.01. Each stock's move and price is key. David Jones "were flat" carries no printed number ->
# an optional 0 %; its "up more than 20 per cent since the bid" keeps the stated number (20 %, key, basis since the
# bid). The index, All Ordinaries and SPI futures moves and levels are key; the contract count is optional. Gold "up
# $US7.72 on Thursday's price of $US1,328.20" puts Thursday's price in prior (and an optional row). "three days of
# losses" is a count of days, not labelled; "May home loans data" has no figure.
ASX = "S&P/ASX200|S&P/ASX 200|ASX200|ASX 200|Australian share market"
AO = "All Ordinaries|All Ords|All Ordinaries index"
SPI = "September share price index futures|share price index futures|SPI futures|SPI 200 futures|ASX 24"
GOLD = "gold|gold in Sydney"
ANZ = "ANZ|ANZ Bank"
WBC = "Westpac"
NAB = "NAB|National Australia Bank"
CBA = "Commonwealth Bank|CBA|Commonwealth Bank of Australia"
DJS = "David Jones"
BHP = "BHP Billiton|BHP"
RIO = "Rio Tinto"
WPL = "Woodside Petroleum|Woodside"
FMG = "Fortescue Metals|Fortescue|Fortescue Metals Group"
G["en09"] = ([
    m("price_change", 0.19, "AUD", ANZ), m("price|close_price", 33.35, "AUD", ANZ),
    m("price_change", 0.20, "AUD", WBC), m("price|close_price", 33.95, "AUD", WBC),
    m("price_change", 0.28, "AUD", NAB), m("price|close_price", 33.67, "AUD", NAB),
    m("price_change", 0.38, "AUD", CBA), m("price|close_price", 81.23, "AUD", CBA),
    m("price_change", 0, "%", DJS, opt=True),                                      # "were flat"
    m("price|share_price", 3.93, "AUD", DJS),
    m("price_change", 20, "%", DJS, basis="since the bid in April"),
    m("price_change", 0.17, "AUD", BHP), m("price|close_price", 37.58, "AUD", BHP),
    m("price_change", -0.27, "AUD", RIO), m("price|close_price", 62.14, "AUD", RIO),
    m("price_change", 0.08, "AUD", WPL), m("price|close_price", 41.46, "AUD", WPL),
    m("price_change", 0.01, "AUD", FMG), m("price|close_price", 4.34, "AUD", FMG),
    m("index_change", 22.4, "points", ASX), m("index_change", 0.41, "%", ASX),
    m("index_level|index_close", 5486.8, "points", ASX),
    m("index_change", 20.3, "points", AO), m("index_change", 0.37, "%", AO),
    m("index_level|index_close", 5474.6, "points", AO),
    m("futures_change|index_change", 34, "points", SPI),
    m("futures_level|index_level|futures_price", 5454, "points", SPI),
    m("contracts_traded|volume", 29230, "contracts", SPI, opt=True),
    m("gold_price|price", 1335.92, "USD", GOLD, prior=1328.20),
    m("price_change|gold_price_change", 7.72, "USD", GOLD),
    m("gold_price|price", 1328.20, "USD", GOLD, opt=True),                        # Thursday's price
], [])

# ---------------------------------------------------------------- en10 Greggs trading update: like-for-like sales, raised outlook, share reaction (Reuters via Checkout.ie; 2019)
# The text's year is 2019 (the "2019 pretax profit" consensus). The update's six weeks to 9 November fit no period
# format -> period None, the span in basis. Total sales growth (12.4 %) and company-managed like-for-like growth (8.3 %)
# are key; "having increased 7.4% in its third quarter" is the same measure's earlier figure in the same sentence ->
# prior, plus an optional row (period None: the quarter is not dated beyond the context). The raised profit outlook
# has no figure. Analysts' 2019 pretax-profit average forecast (£109.7 million) is a key consensus row, its bracketed
# $140 million an optional conversion; "up from £89.8 million in 2018" is the 2018 actual in an "up from" construction
# -> prior, and an optional 2018 row. The share moves: "rose as much as 14.2%" is an intraday extreme -> optional; the
# one-year gain of 69% is key (stock performance, basis one year); 251 pence up at 2022 pence (-> 2.51 / 20.22 GBP)
# and the £2.04 billion valuation are key. "more than 2,000" outlets (store count) and Mothercare's 79 stores and
# "over 2,500" job losses are incidental -> optional. "12 December" is a date. The stored page shows no headline line;
# the first line is the page address's headline slug (words only, no figures).
GRG = "Greggs|Greggs plc"
MTC = "Mothercare|Mothercare UK"
G["en10"] = ([
    m("price_change|intraday_change", 14.2, "%", GRG, opt=True),                  # "as much as"
    m("price_change|share_price_change", 69, "%", GRG, basis="over the last year"),
    m("store_count|outlets", 2000, "outlets", GRG, opt=True),
    m("total_sales_growth|sales_growth", 12.4, "%", GRG, basis="six weeks to 9 November"),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth", 8.3, "%", GRG, prior=7.4,
      basis="company-managed shops, six weeks to 9 November"),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth", 7.4, "%", GRG, opt=True,
      basis="third quarter"),
    m("pretax_profit_consensus|pretax_profit_estimate|profit_before_tax_consensus", 109.7e6, "GBP", GRG, "2019",
      prior=89.8e6),
    m("pretax_profit_consensus|pretax_profit_estimate|profit_before_tax_consensus", 140e6, "USD", GRG, "2019", opt=True),
    m("pretax_profit|profit_before_tax", 89.8e6, "GBP", GRG, "2018", opt=True),
    m("store_count|stores", 79, "stores", MTC, opt=True),
    m("job_losses|jobs", 2500, "jobs", MTC, opt=True),
    m("price_change", 2.51, "GBP", GRG), m("price|share_price", 20.22, "GBP", GRG),
    m("market_cap|market_value|valuation", 2.04e9, "GBP", GRG),
], [])

# ---------------------------------------------------------------- en11 Jones Apparel guidance cut and share slump, Goldman target cut (Crain's New York, 2008)
# "the year" is 2008: Goldman's "full-year 2008 earnings forecast" ties the outlook year to 2008, and the quarter the
# company is about to report is its third quarter -> 2008Q3 (both decided here as clearly implied by the text). The new
# full-year EPS guidance is a range (0.93-0.98 USD) with the previous range (1.20-1.35) as prng; the Q3 guidance (0.32-
# 0.34, continuing operations) is key. The Thomson Reuters averages (0.51 for the quarter, 1.24 for the year) are key
# consensus rows. "a new 10-year low of $9.26, off 31.5% from Tuesdays close of $13.52" -> price 9.26 with prior 13.52
# (and an optional close row), move -31.5 %; the mid-afternoon price and moves are key. Goldman's target cut (neutral,
# $14.50 -> $12.50) is a cut_target; its EPS forecast (0.96 from 1.21) is a key estimate row. Lazard "rates Jones
# Apparel as hold" is a standing rating with no action in the text -> optional maintain. "10-year low" and "12-month
# price target" are durations; the source's "companys", "Tuesdays" and "reduce it current outlook" are kept as printed.
# Headline taken from the page address slug (the stored copy starts at the body).
JNY = "Jones Apparel|Jones Apparel Group|Jones Apparel Group Inc.|Jones Apparel Group Inc"
G["en11"] = ([
    m("price|share_price|intraday_low", 9.26, "USD", JNY, prior=13.52),
    m("price_change", -31.5, "%", JNY),
    m("close_price|price", 13.52, "USD", JNY, opt=True),                          # Tuesday's close
    m("guidance_eps|eps_guidance", None, "USD", JNY, "2008", rng=(0.93, 0.98), prng=(1.20, 1.35)),
    m("eps_consensus|eps_estimate", 0.51, "USD", JNY, "2008Q3"),
    m("eps_consensus|eps_estimate", 1.24, "USD", JNY, "2008"),
    m("eps_estimate|eps_forecast", 0.96, "USD", JNY, "2008", prior=1.21),
    m("price_change", -4.07, "USD", JNY), m("price_change", -30.1, "%", JNY),
    m("price|share_price", 9.45, "USD", JNY),
    m("guidance_eps|eps_guidance", None, "USD", JNY, "2008Q3", rng=(0.32, 0.34), basis="continuing operations"),
], [
    ra("Goldman Sachs|Goldman Sachs Group|Goldman Sachs Group Inc.|Goldman", JNY, "cut_target", "neutral", None,
       12.50, 14.50, "USD"),
    ra("Lazard Capital Markets|Lazard", JNY, "maintain", "hold", opt=True),
])

# ---------------------------------------------------------------- en12 China September 2019 trade data vs Reuters poll (Reuters via a repost, dateline October 14, 2019)
# The dateline gives the year: September -> 2019-09, August -> 2019-08. Growth rates are year-on-year (basis "yoy").
# The headline's -3.2 % and -8.5 % are repeats -> optional. Poll forecasts are consensus rows (exports -3 %, imports
# -5.2 %, surplus $33.3 billion). August exports (-1 %) stand in the forecast sentence, not beside the actual -> a key
# row of their own. August imports (-5.6 %) and the August surplus ($34.84 billion) are "compared with" the September
# figure in its own sentence -> prior, plus an optional August row (news15 en12 practice). The US tariffs (15 % on "more
# than $125 billion" of Chinese imports, hedge keeps the number) are key trade-policy figures, dated by "Sept. 1" of the
# dateline year (period None: they are a rate and a coverage, not a period figure). "year-long" is a duration. Headline
# taken from the page address slug (the Reuters headline; the stored copy starts at the photo caption).
CN = "China"
USCN = "US tariffs on Chinese imports|United States|U.S.|Washington"
P9, P8 = "2019-09", "2019-08"
G["en12"] = ([
    m("exports_growth|export_growth", -3.2, "%", CN, P9, basis="yoy", opt=True),                 # headline
    m("imports_growth|import_growth", -8.5, "%", CN, P9, basis="yoy", opt=True),                 # headline
    m("exports_growth|export_growth", -3.2, "%", CN, P9, basis="yoy"),
    m("exports_growth_consensus|exports_growth_forecast|export_growth_forecast", -3, "%", CN, P9, basis="yoy"),
    m("exports_growth|export_growth", -1, "%", CN, P8, basis="yoy"),
    m("imports_growth|import_growth", -8.5, "%", CN, P9, prior=-5.6, basis="yoy"),
    m("imports_growth_consensus|imports_growth_forecast|import_growth_forecast", -5.2, "%", CN, P9, basis="yoy"),
    m("imports_growth|import_growth", -5.6, "%", CN, P8, basis="yoy", opt=True),
    m("trade_surplus|trade_balance", 39.65e9, "USD", CN, P9, prior=34.84e9),
    m("trade_surplus|trade_balance", 34.84e9, "USD", CN, P8, opt=True),
    m("trade_surplus_consensus|trade_surplus_forecast|trade_balance_forecast", 33.3e9, "USD", CN, P9),
    m("tariff_rate|tariff", 15, "%", USCN),
    m("tariffed_imports|imports_subject_to_tariffs|tariff_coverage", 125e9, "USD", USCN),
], [])
