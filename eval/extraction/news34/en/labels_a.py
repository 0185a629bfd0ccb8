# Hand-written gold labels for news34/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code run (only build_labels.py, to build the gold file), and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news33/en/README.md (values fully
# scaled, declines and losses negative (a net loss and its per-share loss are negative, a consensus "per-share loss"
# too), currency codes (NZ "$" -> NZD on a New Zealand page, "US$700m ($890m)" -> a USD row and an optional NZD
# conversion, "EUR31.37" -> EUR, "$US8267 per tonne" and "$4512.50/t" -> USD with the per-tonne unit in the basis), a
# hedge or bound keeps the stated number ("at least 13.5%" -> 13.5, "a minimum of EUR780 million" -> 780e6, "less than
# 2%" -> 2, "below $1070 an ounce" -> 1070), ranges as rng, a same-sentence "X from Y" / "X compared with Y" / "up from
# Y" value of the same quantity is the prior, and a "from" value whose own period the text names ("in the same quarter
# last year", "a year earlier", "in 2022", "in the previous year") is also an optional row of its own (news30 batch b),
# a revised forecast takes its earlier forecast as prior and as an optional row (news25), periods only where the text
# states or clearly implies the year (a passage with no printed year has no period, news24), "first nine months" as
# YYYYQ1-Q3 (news23), market moves and levels carry no period, consensus figures key (news23), word multiples
# ("more than doubled", "nearly double") optional in "x" where both levels are labelled, repeats, rounded restatements,
# intraday moves and round thresholds optional, brokers' targets and ratings only in rating actions, ratings normalised
# lower-case, quotes kept verbatim in the texts).

# ---------------------------------------------------------------- en01 Red Robin Gourmet Burgers' first quarter: after-hours +5.5 %, full-year same-store sales guidance 2 %-4 %, revenue "at least" $1.3 billion (from "approximately" $1.3 billion) against the $1.29 billion FactSet consensus and 4.2 % comps consensus, restaurant operating profit outlook at least 13.5 % from at least 13 %, net loss $3.1 million / -19 cents against $3.1 million / -20 cents, revenue $418 million from $395.6 million, adjusted EPS 25 cents against a 57-cent expected loss, $405.6 million revenue and 8.5 % comps expected, comps +8.6 % (MarketWatch Market Pulse via a 2023 page; no year printed; USD)
# A US restaurant company's quarterly results; the headline is kept (the stored text's leading ": " before it, a
# crawler remnant, was dropped, as were the "Market Pulse Stories" footer and the previous/next post links). No year is
# printed ("this year", "the same quarter last year"), so no row has a period; the quarter goes in the basis (news32).
# Guidance: "same-store sales gains of between 2% and 4% this year" -> key % range; "total revenue of "at least" $1.3
# billion ... more bullish than a prior forecast for "approximately" $1.3 billion" -> key guidance 1.3e9 with prior
# 1.3e9 (the same number, only the hedge changed) and the prior forecast as an optional row. FactSet full-year consensus
# $1.29 billion and 4.2 % comps -> key consensus rows. "bumped its restaurant operating profit to at least 13.5%, up from
# an earlier outlook for at least 13%" -> key margin guidance (a percentage, so a margin) with prior 13, the earlier
# outlook optional. Quarter: "a net loss of $3.1 million, or 19 cents a share, compared with $3.1 million, or 20 cents
# a share, in the same quarter last year" -> key -3.1e6 and -0.19 with the year-ago losses as negative priors and as
# optional rows (period named: "the same quarter last year"). Revenue "to $418 million from $395.6 million in the
# prior-year quarter" -> key with prior, optional year-ago row. Adjusted EPS 25 cents key (basis adjusted); comps +8.6 %
# key. FactSet quarterly consensus: "a 57-cent adjusted per-share loss" -> key -0.57; revenue $405.6 million and 8.5 %
# comps key. "a surprise per-share profit" carries no figure (not labelled).
RR = "Red Robin Gourmet Burgers|Red Robin|RRGB|Red Robin Gourmet Burgers Inc."
SSS = "same_store_sales_growth|comparable_sales_growth|comparable_restaurant_sales_growth|same_store_sales"
G["en01"] = ([
    m("price_change|share_price_change", 5.5, "%", RR, basis="after hours"),
    m("guidance_same_store_sales_growth|same_store_sales_guidance|guidance_comparable_sales_growth|"
      "comparable_sales_guidance|same_store_sales_growth_guidance", None, "%", RR, rng=(2, 4), basis="full year"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 1.3e9, "USD", RR, prior=1.3e9,
      basis="at least; full year"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 1.3e9, "USD", RR, opt=True,
      basis="approximately; prior forecast"),
    m("revenue_consensus|revenue_estimate|sales_consensus", 1.29e9, "USD", RR, basis="FactSet, full year"),
    m("same_store_sales_consensus|same_store_sales_growth_consensus|comparable_sales_consensus|"
      "same_store_sales_estimate", 4.2, "%", RR, basis="FactSet, full year"),
    m("guidance_restaurant_operating_margin|restaurant_operating_profit_margin_guidance|guidance_operating_margin|"
      "restaurant_operating_profit_guidance|guidance_restaurant_operating_profit", 13.5, "%", RR, prior=13,
      basis="at least; full year"),
    m("guidance_restaurant_operating_margin|restaurant_operating_profit_margin_guidance|guidance_operating_margin|"
      "restaurant_operating_profit_guidance|guidance_restaurant_operating_profit", 13, "%", RR, opt=True,
      basis="at least; earlier outlook"),
    m("net_profit|net_income|net_loss", -3.1e6, "USD", RR, prior=-3.1e6, basis="first quarter"),
    m("net_profit|net_income|net_loss", -3.1e6, "USD", RR, opt=True, basis="same quarter last year"),
    m("eps", -0.19, "USD", RR, prior=-0.20, basis="first quarter"),
    m("eps", -0.20, "USD", RR, opt=True, basis="same quarter last year"),
    m("revenue|sales", 418e6, "USD", RR, prior=395.6e6, basis="first quarter"),
    m("revenue|sales", 395.6e6, "USD", RR, opt=True, basis="prior-year quarter"),
    m("eps", 0.25, "USD", RR, basis="adjusted; first quarter"),
    m(SSS, 8.6, "%", RR, basis="first quarter"),
    m("eps_consensus|eps_estimate", -0.57, "USD", RR, basis="adjusted; FactSet, first quarter"),
    m("revenue_consensus|revenue_estimate", 405.6e6, "USD", RR, basis="FactSet, first quarter"),
    m("same_store_sales_consensus|same_store_sales_growth_consensus|comparable_sales_consensus|"
      "same_store_sales_estimate", 8.5, "%", RR, basis="FactSet, first quarter"),
], [])

# ---------------------------------------------------------------- en02 Fletcher Building's half year to December: net profit $235 million (+22 %), fully imputed interim dividend 24 cents from 22 cents, NZX-50 up half a per cent then flat, Formica bought for US$700m ($890m), shares $9.15 (-20 % this year), revenue $3.55 billion (+19 %), EPS 47 cents (+14 %), EBIT $394m against $340m after $16m Formica restructuring costs, total shareholder return -4 %, a construction backlog of over $1 billion (NZ Herald, 2008 page; no year printed; NZD)
# A New Zealand company's half-year results in NZ$ with the dividend in cents. The stored page has no headline in its
# text (none added; its "KEY POINTS:" label was dropped as page furniture); the passage stops after the sentence on the
# construction backlog, whose quotation runs on in the original into a half-stored sentence ("... change in eco"), so
# its opening quotation mark is left unclosed as printed. No year is printed ("six months to December", "this year",
# "last year") -> no periods. "$" on a New Zealand page is NZD; "US$700m ($890m)" -> a key USD deal value and an
# optional NZD conversion. Net profit $235 million key, "up 22 per cent on the year ago profit" key growth (the year-ago
# level is not printed). "fully imputed interim dividend to 24 cents per share from 22 cents" -> key 0.24 NZD with prior
# 0.22 (no own period named -> no optional row); "the 12th consecutive dividend increase" is an ordinal (not labelled).
# "The NZX-50 index was up half a per cent early ... flat by 11.30am" -> an intraday move and an intraday flat reading,
# both optional. "closing yesterday at $9.15, down 20 per cent from the start of the year" -> key close and key
# year-to-date change (no period). Revenue +19 % to $3.55 billion and EPS +14 % to 47 cents -> four key rows.
# "Operating earnings (earnings before interest and tax) and after Formica restructuring costs of $16m were $394m,
# compared to $340m a year earlier" -> key EBIT with prior 340e6 and the year-ago EBIT an optional row ("a year
# earlier" named), and the $16m restructuring costs a key row of their own. "total shareholder return was negative 4 per
# cent for the half-year" -> key -4 %. The CEO's "construction backlog of over $1 billion" in New Zealand, market colour
# inside a quotation whose owner (the group or the market) is not clear, is optional.
FB = "Fletcher Building|Fletcher|FBU|Fletcher Building Ltd"
H = "six months to December"
G["en02"] = ([
    m("net_profit|net_income", 235e6, "NZD", FB, basis=H),
    m("net_profit_growth|net_income_growth", 22, "%", FB, basis=H),
    m("dividend|interim_dividend|dps", 0.24, "NZD", FB, prior=0.22, basis="interim, fully imputed"),
    m("index_change", 0.5, "%", "NZX-50|NZX 50|NZX-50 index", opt=True, basis="early, intraday"),
    m("index_change", 0, "%", "NZX-50|NZX 50|NZX-50 index", opt=True, basis="flat by 11.30am"),
    m("deal_value|acquisition_price|acquisition_cost|purchase_price", 700e6, "USD", "Formica Corp|Formica|" + FB,
      basis="last year"),
    m("deal_value|acquisition_price|acquisition_cost|purchase_price", 890e6, "NZD", "Formica Corp|Formica|" + FB,
      opt=True, basis="conversion"),
    m("price|close_price|share_price", 9.15, "NZD", FB, basis="close yesterday"),
    m("price_change|share_price_change|ytd_change", -20, "%", FB, basis="from the start of the year"),
    m("revenue|operating_revenue|sales", 3.55e9, "NZD", FB, basis=H),
    m("revenue_growth|operating_revenue_growth|sales_growth", 19, "%", FB, basis=H),
    m("eps", 0.47, "NZD", FB, basis=H),
    m("eps_growth", 14, "%", FB, basis=H),
    m("ebit|operating_earnings|operating_profit", 394e6, "NZD", FB, prior=340e6,
      basis="after Formica restructuring costs"),
    m("ebit|operating_earnings|operating_profit", 340e6, "NZD", FB, opt=True, basis="a year earlier"),
    m("restructuring_costs|formica_restructuring_costs|one_off_costs", 16e6, "NZD", FB + "|Formica", basis=H),
    m("total_shareholder_return|tsr", -4, "%", FB, basis="half-year"),
    m("construction_backlog|backlog|order_backlog", 1e9, "NZD", FB + "|New Zealand construction|New Zealand",
      opt=True, basis="over; CEO quote"),
], [])

# ---------------------------------------------------------------- en03 Federal Reserve's 75 bp hike to 1.5 %-1.75 % with the June dot plot: another roughly 1.65 pp by year-end, median midpoint 3.4 %, five members at roughly 3.2 %, PCE 5.2 % from 4.3 %, core PCE 4.3 % from 4.1 %, 2022 GDP 1.7 % from 2.8 %, 2023 and 2024 growth below 2 % (CNBC copy via dowjonesnewslive, June 2022; year implied by "March 2022")
# A US Federal Reserve decision with rate ranges and dot-plot projections; the stored text has no headline (none
# added); the CNBC PRO subscription prompt was dropped, the two chart-introducing sentences (their charts not stored)
# kept. Period: "the Fed's forecast ... in March 2022" and "GDP growth projection for 2022" date "the year" / "by
# year-end" to 2022. Rate decision: "raised rates by 75 basis points, or 0.75 percentage point, to a range of 1.5% to
# 1.75%" -> key 75 bp, optional 0.75 pp (the same move restated, dev en20), key range (1.5, 1.75) with no period (the
# decision, like a market level). Dot plot: "increase by another roughly 1.65 percentage points over the next four
# policy meetings" -> key projected change 1.65 pp (2022); "to end the year above 3%" -> an optional rounded
# restatement; "the midpoint of the target range ... would go to 3.4%" -> key median projection (2022), its repeat
# "the midpoint 3.4% rate" optional; "The remaining five members expect ... roughly 3.2%" -> key projection row with
# the members in the basis (the only other rate level of the distribution printed). Member counts ("five of the 18",
# "eight members") are counts of committee members (not labelled); "One basis point equals 0.01%" is a definition (not
# labelled). Projections (the revision rule, news25): PCE inflation 5.2 % by year-end "up from a March projection of
# 4.3%" and core PCE 4.3 % "up from a previous estimate of 4.1%" -> key rows with priors and the earlier projections as
# optional rows; "slashed its GDP growth projection for 2022 to 1.7% from 2.8%" -> key with prior, 2.8 optional;
# "lowered its growth expectations for 2023 and 2024 to less than 2%" -> two key 2 % rows (2023, 2024; a bound keeps
# the number), with no earlier value printed.
FED = "Federal Reserve|Fed|FOMC|Federal Open Market Committee|US"
RP = "rate_projection|fed_funds_rate_projection|dot_plot_median|fed_funds_projection|projected_fed_funds_rate"
GDP = "gdp_growth_projection|gdp_projection|gdp_growth_forecast"
PCE = "pce_inflation_projection|inflation_projection|pce_projection|inflation_forecast"
CORE = "core_pce_inflation_projection|core_pce_projection|core_inflation_projection|inflation_projection"
G["en03"] = ([
    m("rate_change_projection|projected_rate_change|rate_change|rate_hike_projection", 1.65, "pp", FED, "2022",
      basis="another roughly, over the next four policy meetings"),
    m(RP, 3, "%", FED, "2022", opt=True, basis="above; end of year, rounded"),
    m(RP, 3.4, "%", FED, "2022", basis="dot plot, midpoint of the target range, end of year"),
    m(RP, 3.4, "%", FED, "2022", opt=True, basis="repeat"),
    m("rate_change", 75, "bp", FED),
    m("rate_change", 0.75, "pp", FED, opt=True, basis="same move restated"),
    m("rate|fed_funds_rate|fed_funds_target_range", None, "%", FED, rng=(1.5, 1.75)),
    m(RP, 3.2, "%", FED, "2022", basis="roughly; the remaining five members"),
    m(PCE, 5.2, "%", FED, "2022", prior=4.3, basis="PCE price index, by year-end"),
    m(PCE, 4.3, "%", FED, "2022", opt=True, basis="March projection"),
    m(CORE, 4.3, "%", FED, "2022", prior=4.1, basis="core PCE"),
    m(CORE, 4.1, "%", FED, "2022", opt=True, basis="previous estimate"),
    m(GDP, 1.7, "%", FED, "2022", prior=2.8),
    m(GDP, 2.8, "%", FED, "2022", opt=True, basis="previous projection"),
    m(GDP, 2, "%", FED, "2023", basis="less than"),
    m(GDP, 2, "%", FED, "2024", basis="less than"),
], [])

# ---------------------------------------------------------------- en04 Metals rout deepens: LME nickel -4.9 % to $US8267/t (12-year low), copper -2 % to $4512.50/t, aluminium -0.7 % to $1425.50/t, zinc -1.2 % to $1531/t, iron ore -0.4 % to $44.75/t (below $45/t, below $50/t for 30 days this year), gold below $1070 an ounce, SPI 200 futures down 18 points (MiningNews, 2015 page; no year printed; USD)
# A metals wrap with per-tonne prices and moves. The stored text has no headline (none added; the slug is not page
# text) and its "This article is 9 years old. Images might not display." line and commodities-widget shortcode were
# dropped as page furniture; the Investec quote is kept verbatim. No period (market moves and levels). Per-tonne prices
# are in USD ("$US8267 per tonne"; the "$" prices of the following sentences are the same LME dollar quotes) with "per
# tonne" in the basis (news convention for metals reports). "Copper and aluminium dropped 2% and 0.7% to $4512.50/t and
# $1425.50/t respectively" assigns in order. Iron ore "falling another 0.4% to $44.75/t" -> key move and level; "its
# second consecutive day below $45/t", "just one day in August below $45/t" and "below $50/t for 30 days this year" ->
# round thresholds and a day count, optional ("one day" and "second" not labelled). "gold below $1070 an ounce" -> key
# 1070 USD (a bound keeps the number, per ounce in the basis). "The SPI 200 Futures index was 18 points down" -> key
# -18 points (the "200" is part of the name). "a new 12-year low" and "global financial crisis levels" carry no value.
LMEN = "nickel|LME nickel"
LMEC = "copper|LME copper"
LMEA = "aluminium|aluminum|LME aluminium"
LMEZ = "zinc|LME zinc"
IRON = "iron ore|iron ore spot price"
PX = "price|metal_price|commodity_price"
G["en04"] = ([
    m("price_change", -4.9, "%", LMEN),
    m(PX + "|nickel_price", 8267, "USD", LMEN, basis="per tonne; 12-year low"),
    m("price_change", -2, "%", LMEC),
    m(PX + "|copper_price", 4512.50, "USD", LMEC, basis="per tonne"),
    m("price_change", -0.7, "%", LMEA),
    m(PX + "|aluminium_price", 1425.50, "USD", LMEA, basis="per tonne"),
    m("price_change", -1.2, "%", LMEZ),
    m(PX + "|zinc_price", 1531, "USD", LMEZ, basis="per tonne"),
    m("price_change", -0.4, "%", IRON),
    m(PX + "|iron_ore_price", 44.75, "USD", IRON, basis="per tonne"),
    m(PX + "|iron_ore_price|price_threshold", 45, "USD", IRON, opt=True, basis="below; second consecutive day"),
    m(PX + "|iron_ore_price|price_threshold", 45, "USD", IRON, opt=True, basis="below; one day in August"),
    m(PX + "|iron_ore_price|price_threshold", 50, "USD", IRON, opt=True, basis="below; this year"),
    m("days_below_threshold|days", 30, "days", IRON, opt=True, basis="below $50/t this year"),
    m(PX + "|gold_price", 1070, "USD", "gold", basis="below; per ounce"),
    m("index_change", -18, "points", "SPI 200 Futures|SPI 200 futures index|SPI futures"),
], [])

# ---------------------------------------------------------------- en05 Kion's first nine months of 2023: shares -3.7 % at EUR31.37, net profit 228.3 million euros ($241.2 million) from EUR66.9 million, revenue +1.3 % to EUR8.35 billion, adjusted EBIT more than doubled to EUR571.9 million from EUR210.6 million, order book EUR6.63 billion from EUR7.08 billion, order intake EUR7.93 billion from EUR9.17 billion, adjusted EBIT target a minimum of EUR780 million from EUR680 million, revenue guidance EUR11.2 billion from EUR11.4 billion (Dow Jones copy via forexbrokersreview, 2023; EUR)
# A German company's results in euros with order intake and guidance. The stored text has no headline (none added);
# the byline and the "Post a comment" prompt were dropped. Period: the order book "from EUR7.08 billion in 2022" and
# Citi's "surge in its order backlog in 2022" make the current nine months 2023 (the year clearly implied) ->
# "2023Q1-Q3", and the same period last year "2022Q1-Q3"; the order book is labelled with the nine-month period in which
# the text frames it ("a decline in its order book for the first nine months"). Full-year targets -> 2023. Share move and
# price at 0848 GMT: key, no period. Net profit "to 228.3 million euros ($241.2 million) ..., up from EUR66.9 million
# during the same period last year" -> key with prior, the USD conversion optional and the year-ago profit an optional
# row (period named). Revenue +1.3 % to EUR8.35 billion -> two key rows. Adjusted EBIT "more than doubled to EUR571.9
# million, compared to EUR210.6 million in the previous year" -> key with prior, the year-ago EBIT optional, "more than
# doubled" an optional 2 x (both levels labelled). Order book "to EUR6.63 billion from EUR7.08 billion in 2022" and
# order intake "to EUR7.93 billion from EUR9.17 billion during the same time frame last year" -> key with priors and
# the earlier values as optional rows (their periods named). Guidance (the revision rule, news25): adjusted EBIT "a
# minimum of EUR780 million, up from the previous forecast of a minimum of EUR680 million" -> key 780e6 (a bound keeps
# the number) with prior 680e6 and the previous forecast optional; revenue guidance "downgraded to EUR11.2 billion from
# EUR11.4 billion" -> key with prior, 11.4e9 optional. Citi's research note carries no target or rating (no rating
# action); "the Industrial Trucks & Services segment" carries no figure.
KION = "Kion|Kion Group|KION GROUP|Kion Group AG"
P, PP = "2023Q1-Q3", "2022Q1-Q3"
EBIT = "ebit|adjusted_ebit|operating_profit"
GEBIT = "guidance_ebit|guidance_adjusted_ebit|ebit_guidance|adjusted_ebit_target|ebit_target"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast|revenue_target"
G["en05"] = ([
    m("price_change|share_price_change", -3.7, "%", KION, basis="at 0848 GMT"),
    m("price|share_price", 31.37, "EUR", KION, basis="at 0848 GMT"),
    m("net_profit|net_income", 228.3e6, "EUR", KION, P, prior=66.9e6),
    m("net_profit|net_income", 241.2e6, "USD", KION, P, opt=True, basis="conversion"),
    m("net_profit|net_income", 66.9e6, "EUR", KION, PP, opt=True, basis="same period last year"),
    m("revenue|sales", 8.35e9, "EUR", KION, P),
    m("revenue_growth|sales_growth", 1.3, "%", KION, P),
    m(EBIT, 571.9e6, "EUR", KION, P, prior=210.6e6, basis="adjusted"),
    m(EBIT, 210.6e6, "EUR", KION, PP, opt=True, basis="adjusted; previous year"),
    m("ebit_growth|adjusted_ebit_growth|ebit_multiple", 2, "x", KION, P, opt=True, basis="more than doubled"),
    m("order_book|order_backlog|backlog", 6.63e9, "EUR", KION, P, prior=7.08e9),
    m("order_book|order_backlog|backlog", 7.08e9, "EUR", KION, PP, opt=True, basis="in 2022"),
    m("order_intake|orders|orders_received", 7.93e9, "EUR", KION, P, prior=9.17e9),
    m("order_intake|orders|orders_received", 9.17e9, "EUR", KION, PP, opt=True, basis="same time frame last year"),
    m(GEBIT, 780e6, "EUR", KION, "2023", prior=680e6, basis="minimum; adjusted, full year"),
    m(GEBIT, 680e6, "EUR", KION, "2023", opt=True, basis="minimum; previous forecast"),
    m(GREV, 11.2e9, "EUR", KION, "2023", prior=11.4e9, basis="full year, downgraded"),
    m(GREV, 11.4e9, "EUR", KION, "2023", opt=True, basis="previous outlook"),
], [])

# ---------------------------------------------------------------- en06 Instinet downgrades Under Armour to reduce from neutral, target $16 from $27 (26 % below the price): shares -1.3 % midday, P/E 47.97 against Nike's 25.40, -30 % in three months against Nike's +12 % and the S&P 500's +6.9 % (MarketWatch via Fox Business, 2017 page; no year printed; USD)
# A single broker's downgrade with target and rating and the stock move; the headline is kept, the MarketWatch
# copyright line dropped. No period. Rating action: "cut his rating to reduce from neutral, and slashed his stock price
# target to $16 ... from $27" -> a downgrade with both ratings ("reduce" kept as the broker's word, lower-case) and both
# targets, broker Instinet (the analyst's name is not the broker). Metrics: the midday move -1.3 % key; "which was 26%
# below current prices" -> key implied move to the target, negative; "price-to-earnings ratio of 47.97 ... nearly
# double rival Nike Inc.'s P/E ratio of 25.40" -> two key P/E rows in x (Under Armour, Nike) and "nearly double" an
# optional 2 x (both levels labelled); "plunged 30% over the past three months, while Nike's stock has soared 12% and
# the S&P 500 has gained 6.9%" -> three key moves with the span in the basis and no period (the "500" is part of the
# index name). The quoted "exciting path" / "fairly valued at best" carry no figures.
UA = "Under Armour|Under Armour Inc.|UA|UAA"
NKE = "Nike|Nike Inc.|NKE"
G["en06"] = ([
    m("price_change|share_price_change", -1.3, "%", UA, basis="midday trade Monday"),
    m("implied_upside|upside|implied_downside|target_discount|implied_return", -26, "%", UA,
      basis="new target below current prices"),
    m("pe_ratio|price_to_earnings|p_e_ratio", 47.97, "x", UA, basis="FactSet"),
    m("pe_ratio|price_to_earnings|p_e_ratio", 25.40, "x", NKE, basis="FactSet"),
    m("pe_ratio_multiple|relative_pe|pe_premium", 2, "x", UA, opt=True, basis="nearly double Nike's"),
    m("price_change|share_price_change", -30, "%", UA, basis="past three months"),
    m("price_change|share_price_change", 12, "%", NKE, basis="past three months"),
    m("index_change|price_change", 6.9, "%", "S&P 500|S&P", basis="past three months"),
], [
    ra("Instinet", UA, "downgrade", "reduce", "neutral", target=16, prior_target=27, cur="USD"),
])
