# Hand-written gold labels for news70/en en01-en06 (batch a: English news from the US, Canada and Europe — Gilead
# Sciences' second quarter of 2019 with revenue and adjusted EPS against the estimates, GAAP and adjusted net income,
# HIV, HCV and other product sales, R&D expenses, the raised full-year net product sales range and the quarterly
# dividend; Schneider Electric's full year 2019 in euros with revenues, adjusted EBITA and margin, net income, free cash
# flow, ROCE, adjusted EPS, the proposed dividend and its 2020 target ranges; a US durable-goods release for September
# with the poll, August's revision and the components; the Bank of England's 25 bp cut to 4.5% in February 2025 with its
# inflation and growth forecasts; IBM's dividend increase and $15 billion buyback authorization with the yield, the share
# move and its 2007 EPS outlook; and a soft-commodities report on sugar, cocoa and coffee futures with Vietnam's coffee
# exports).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news69/en/README.md, with: news52 en03 and news57 en02 (a drugmaker's quarter: each product's sales and growth keyed on
# the product with the company among the alternatives, R&D costs as their own rows, guidance ranges as rng), news67 en02
# and news69 en01 (a guidance range raised from an earlier range: rng with prng plus an optional earlier-range row),
# news68 en01 (year-ago figures in "compared to" / "from" clauses as priors plus optional year-ago rows), news69 en02 (a
# release with bullets and a key-figures table: one key row per fact, the table's repeats optional, the earlier-year
# column as prior plus optional rows), the development corpus's "rounded headline repeat" rule (optional), news33 en05
# (a US durable-goods release: the month's change key, the revision with its first reading as prior, each component
# key on the component with the US among the alternatives), news68 en03 / news69 en03 (no year printed -> no periods,
# the month in the basis; the previous month's readings key rows of their own), news32 en03 and news40 en09 (a Bank of
# England decision: rate change and level key without a period, the vote count not labelled (news17), the dissenters'
# preferred move optional, the 2 % target key, revised forecasts with the earlier forecast as prior plus optional earlier
# rows), news69 b en07 (a figure printed without its scale read in the scale of its neighbours, the printed form in the
# basis), news55 en10 and news38 en04 (futures settlements: each contract's move, % move and settle key on the
# commodity, cents scaled to USD, London cocoa in GBP, deliveries in tonnes, a restatement in another unit optional).
# Currencies: en01 "$" -> USD; en02 "€" -> EUR (the table "in € million" scaled from millions); en03 "$" -> USD; en04
# none (%, bp); en05 "$" and "cents" -> USD ("10 cents" -> 0.10, "40 cents" -> 0.40); en06 "$" -> USD, "cent(s)" on
# a per-lb price -> USD ("0.46 cent" -> 0.0046, "26.27 cents" -> 0.2627), "pounds" on London cocoa -> GBP.
# Scaling: values fully scaled ("$5.7 billion" -> 5.7e9, "$842 million" -> 842e6, "€27.2bn" -> 27.2e9, "27,158" in
# € million -> 27.158e9, "$176.2 billion" -> 176.2e9, "$167.5" -> 167.5e9 (see en03), "$16.4 billion" -> 16.4e9, "2.87
# million metric tons" -> 2.87e6 tonnes); declines negative ("down 0.21%" -> -0.21, "fell to $842 million" keeps the
# level positive, "dropped 25%" -> -25, "a revised 0.1 percent fall" -> -0.1, "a 25 basis point cut" -> -25 bp, "settled
# 0.46 cent ... lower" -> -0.0046, "fallen 7.3%" -> -7.3); hedges in the basis ("c.", "more than", "at least", "about").
# Periods decided: en01 "the second quarter of 2019" -> 2019Q2, "the prior-year quarter" / "last year" -> 2018Q2, "full
# year 2019" guidance -> 2019, the dividend "for the third quarter of 2019" -> 2019Q3; the aftermarket share move none.
# en02 "full year results for the period ending December 31, 2019" and the table's "2018 FY | 2019 FY" -> 2019 / 2018
# (calendar years; the text says FY for a December year-end, written as the calendar year like news69 en02); "2020
# Target" -> 2020; the proposed dividend none (no year printed with it). en03 prints no year ("September", "August",
# "Tuesday") -> none, the month in the basis. en04: the growth and inflation forecasts "for this year" / "later this
# year", in a passage that calls the decision "its first cut of 2025" -> 2025, "both 2026 and 2027" -> 2026 / 2027; the
# rate decision itself none (a rate level, news32 en03). en05: "expects earnings per share to rise 12% to 14% in 2007"
# -> 2007, so "the first quarter of this year" -> 2007Q1 and "last year" (with "an 18 percent gain for 2006" in the same
# frame) -> 2006; the dividend, yield, price and authorizations none. en06: market settlements none; "the first nine
# months of 2023" -> 2023Q1-Q3 (news68's nine-month form).
# Not labelled: dates and times ("September 27, 2019", "September 13, 2019", "Feb. 20, 2020", "December 31, 2019",
# "Sept. 26", "Tuesday", "Friday", "the start of 2028", "the October 2024 Budget"), tickers and codes ("NYSE: GILD",
# "SBc1", "LSUc1", "LCCc2", "CCc1", "LRCc1", "KCc1"), footnote marks ("¹", "²", "³"), en04's "twice in 2024" (a count of
# decisions, news27) and "seven to two" (a committee vote count, news17), en03's "three years or more" (a definition),
# en05's "mid-single digit" growth (no figure) and "a few points" (no figure), en06's "12-year high" and "46-year high"
# (spans) and the "60 kg (130 pound)" bag size (a unit definition).

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 Gilead Sciences' second quarter of 2019 (AlphaStreet, news.alphastreet.com): shares -0.21% aftermarket; revenues +1.7% to $5.7 billion vs $5.5 billion estimates; GAAP net income $1.9 billion or $1.47 vs $1.8 billion or $1.39; adjusted net income $2.3 billion or $1.82 vs $1.72 forecast; product sales $5.6 billion vs $5.5 billion; HIV +8% to $4 billion; HCV $842 million from $1 billion; other -25% to $604 million; R&D $1.16 billion from $1.19 billion; 2019 net product sales guidance $21.6-$22.1 billion from $21.3-$21.8 billion; dividend $0.63 for 2019Q3 (USD, %)
# A US biotech's quarter (the kind's sales by product franchise, R&D spending, EPS against estimates and raised
# guidance). Whole as stored apart from the closing furniture ("Get access to timely and accurate verbatim
# transcripts ...", the "Most Popular" list of other stories), dropped. No headline in the stored text (the address slug
# is not page text; none added). No quotes. Kept as printed: "(NYSE: GILD)" (the source's exchange tag), "inched up" ->
# "edged up", "Ranexa and Letairis".
# Decided: the aftermarket share move key (no period). Revenue +1.7 % and $5.7 billion key with the $5.5 billion
# "estimates" a key consensus row (no year-ago revenue printed). GAAP net income and per-share earnings "X, compared to Y
# in the prior-year quarter" -> key with priors and optional 2018Q2 rows ("per share" read as EPS, GAAP in the basis).
# Adjusted net income and adjusted EPS key (no prior printed); "topping forecasts of $1.72 per share" a key consensus
# row. Total product sales "$5.6 billion ... compared to $5.5 billion last year" -> key with prior and an optional
# 2018Q2 row. The franchises (HIV, HCV, other products) keyed on the franchise with Gilead among the alternatives: HIV
# +8 % and $4 billion key; HCV "$842 million from $1 billion last year" key with prior and an optional 2018Q2 row; other
# products -25 % and $604 million key. R&D "to $1.16 billion from $1.19 billion last year" key with prior and an
# optional row. "Raised its full year 2019 guidance ... net product sales of $21.6 billion to $22.1 billion versus the
# previous range of $21.3 billion to $21.8 billion" -> key rng with prng and an optional earlier-range row. The dividend
# of $0.63 "for the third quarter of 2019" key, 2019Q3.
GIL = "Gilead Sciences|Gilead Sciences Inc.|Gilead|GILD"
QC, Q0 = "2019Q2", "2018Q2"
NI = "net_income|net_profit|gaap_net_income"
PS = "product_sales|sales|revenue|drug_sales"
PSG = "product_sales_growth|sales_growth|revenue_growth|drug_sales_growth"
RD = "rd_expenses|r_and_d_expenses|research_and_development_expenses|rd_costs"
NPS = "guidance_net_product_sales|guidance_product_sales|product_sales_guidance|guidance_revenue|revenue_guidance"
def gprod(name):
    return name + "|" + GIL
HIV = gprod("HIV products|HIV|Gilead HIV")
HCV = gprod("HCV products|HCV|Gilead HCV")
OTH = gprod("other products|other product sales|Ranexa|Letairis")
G["en01"] = ([
    m(PC, -0.21, "%", GIL, basis="aftermarket hours on Tuesday"),
    m("revenue_growth|total_revenue_growth|revenues_growth", 1.7, "%", GIL, QC, basis="y/y; edged up"),
    m("revenue|total_revenue|revenues", 5.7e9, "USD", GIL, QC, basis="total revenues"),
    m("revenue_consensus|revenue_estimate|revenues_estimate", 5.5e9, "USD", GIL, QC, basis="estimates"),
    m(NI, 1.9e9, "USD", GIL, QC, prior=1.8e9, basis="GAAP"),
    m(NI, 1.8e9, "USD", GIL, Q0, opt=True, basis="GAAP, prior-year quarter"),
    m("eps|diluted_eps|gaap_eps|earnings_per_share", 1.47, "USD", GIL, QC, prior=1.39, basis="GAAP, per share"),
    m("eps|diluted_eps|gaap_eps|earnings_per_share", 1.39, "USD", GIL, Q0, opt=True, basis="GAAP, prior-year quarter"),
    m("adjusted_net_income|adjusted_net_profit|non_gaap_net_income|net_income", 2.3e9, "USD", GIL, QC, basis="adjusted"),
    m("adjusted_eps|non_gaap_eps|eps", 1.82, "USD", GIL, QC, basis="adjusted, per share"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 1.72, "USD", GIL, QC,
      basis="adjusted, forecasts"),
    m(PS, 5.6e9, "USD", GIL, QC, prior=5.5e9, basis="total product sales"),
    m(PS, 5.5e9, "USD", GIL, Q0, opt=True, basis="total product sales, last year"),
    m(PSG, 8, "%", HIV, QC, basis="y/y; higher volume and Biktarvy uptake"),
    m(PS, 4e9, "USD", HIV, QC),
    m(PS, 842e6, "USD", HCV, QC, prior=1e9, basis="fell from last year"),
    m(PS, 1e9, "USD", HCV, Q0, opt=True, basis="last year"),
    m(PSG, -25, "%", OTH, QC, basis="declines in Ranexa and Letairis"),
    m(PS, 604e6, "USD", OTH, QC),
    m(RD, 1.16e9, "USD", GIL, QC, prior=1.19e9, basis="eased slightly"),
    m(RD, 1.19e9, "USD", GIL, Q0, opt=True, basis="last year"),
    m(NPS, None, "USD", GIL, "2019", rng=(21.6e9, 22.1e9), prng=(21.3e9, 21.8e9), basis="full year net product sales; raised"),
    m(NPS, None, "USD", GIL, "2019", rng=(21.3e9, 21.8e9), opt=True, basis="previous range"),
    m("dividend_per_share|dps|quarterly_dividend|dividend", 0.63, "USD", GIL, "2019Q3",
      basis="declared, per share of common stock"),
], [])

# ---------------------------------------------------------------- en02 Schneider Electric's full year 2019 (the company's release on PR Newswire, Feb. 20, 2020): headline revenue €27.2bn, reported growth +6%; organic +4.2%; adj. EBITA €4.2bn, +9%, margin 15.6%, +70 bps org.; adj. net income €2.9bn +14%; net income €2.4bn +3.4%; FCF €3.5bn +65%; ROCE 12.5% +70bps; dividend €2.55 +8.5%; c. €0.6bn revenues addressed; 2020 organic growth +1% to +3%, adj. EBITA margin +16.0% to +16.3%; table (€ million, 2018 FY | 2019 FY | reported | organic): revenues 25,720 | 27,158 | +5.6% | +4.2%; adj. EBITA 3,874 | 4,238 | +9.4% | +8.7%; margin 15.1% | 15.6% | +50 bps | +70 bps; net income 2,334 | 2,413 | +3.4%; FCF 2,102 | 3,476 | +65.4%4; adj. EPS 4.64 | 5.32 | +14.7% | +13.3% (EUR, %, bp)
# A French industrial company's results in euros (the kind's adjusted EBITA margin, free cash flow and outlook range;
# Schneider reports no order intake, so no orders are printed). Cut: the stored text breaks off inside the chief
# executive's quote ("... compensating the softness of d"), so the passage stops after the quote's sentence on "full
# digital solutions in energy and automation", a sentence boundary; the "above 5%" organic growth in Energy management
# goes with the cut. Headline kept (rewritten). The dateline "RUEIL-MALMAISON, France, Feb. 20, 2020 /PRNewswire/ --"
# kept. The flattened key-figures table set out one row a line with " | " between cells, cells as printed. The chief
# executive's quote (five sentences) rendered as reported speech; its "€3.5bn" kept. Kept as printed: "+65.4%4" (a
# footnote number run into the figure), the footnote marks "¹", "²", "³", the plus signs on margin levels ("+16.0% to
# +16.3%"), "bps" beside "bps org." and "+70bps" unspaced, "c. €0.6bn", "FCF", "Adj." / "adj." / "org.".
# Decided: the table carries the precise figures and the 2018 column, so its rows are key (levels with the 2018 figure
# as prior and optional 2018 rows, the reported and organic changes key); the headline's and bullets' rounded figures
# that the table restates more precisely ("€27.2bn", "+6%", "€4.2bn", "+9%", "€2.4bn", "€3.5bn", "+65%") are optional
# (rounded repeats, development-corpus rule), and repeats of the same value (organic +4.2 %, margin 15.6 %, +70 bps org.,
# +3.4 %) key once and optional once. The quote's "€3.5bn" a further optional repeat. Figures only in the bullets key:
# adjusted net income €2.9bn and +14 %, ROCE 12.5 % and its +70 bps change, the proposed dividend €2.55/share (no
# period printed) and +8.5 %, "c. €0.6bn in revenues addressed" by the portfolio optimization. "2020 Target²: Org.
# revenue growth between +1% and +3%; adj. EBITA margin³ +16.0% to +16.3%" -> two key ranges for 2020 (no earlier range
# printed; the margin range read as a level, its plus signs as printed). Margin changes in bp: "+50 bps" reported and
# "+70 bps" organic.
SE = "Schneider Electric|Schneider Electric SE|Schneider"
Y1, Y0 = "2019", "2018"
REV = "revenue|revenues|sales"
REVG = "revenue_growth|revenues_growth|sales_growth|reported_revenue_growth"
ORG = "organic_revenue_growth|organic_growth|organic_sales_growth"
EBITA = "adjusted_ebita|ebita|adj_ebita"
EBITAG = "adjusted_ebita_growth|ebita_growth|adj_ebita_growth"
MARG = "adjusted_ebita_margin|ebita_margin|adj_ebita_margin|operating_margin"
MARGC = "adjusted_ebita_margin_change|ebita_margin_change|margin_change"
SNI = "net_income|net_profit|net_income_group_share"
SNIG = "net_income_growth|net_profit_growth"
FCF = "free_cash_flow|fcf"
FCFG = "free_cash_flow_growth|fcf_growth"
AEPS = "adjusted_eps|eps|adjusted_earnings_per_share"
G["en02"] = ([
    # headline
    m(REV, 27.2e9, "EUR", SE, Y1, opt=True, basis="headline; rounded '€27.2bn'"),
    m(REVG, 6, "%", SE, Y1, opt=True, basis="headline; reported, rounded"),
    # bullets
    m(ORG, 4.2, "%", SE, Y1, basis="FY19, organic"),
    m(EBITA, 4.2e9, "EUR", SE, Y1, opt=True, basis="bullet; rounded '€4.2bn'"),
    m(EBITAG, 9, "%", SE, Y1, opt=True, basis="bullet; rounded"),
    m(MARG, 15.6, "%", SE, Y1, opt=True, basis="bullet repeat of the table's margin"),
    m(MARGC, 70, "bp", SE, Y1, basis="organic; '+70 bps org.'"),
    m("adjusted_net_income|adjusted_net_profit|net_income", 2.9e9, "EUR", SE, Y1, basis="adjusted"),
    m("adjusted_net_income_growth|net_income_growth", 14, "%", SE, Y1, basis="adjusted"),
    m(SNI, 2.4e9, "EUR", SE, Y1, opt=True, basis="bullet; rounded '€2.4bn'"),
    m(SNIG, 3.4, "%", SE, Y1, basis="bullet"),
    m(FCF, 3.5e9, "EUR", SE, Y1, opt=True, basis="bullet; rounded '€3.5bn'"),
    m(FCFG, 65, "%", SE, Y1, opt=True, basis="bullet; rounded"),
    m("roce|return_on_capital_employed", 12.5, "%", SE, Y1),
    m("roce_change|return_on_capital_employed_change", 70, "bp", SE, Y1, basis="'+70bps'"),
    m("dividend_per_share|dps|proposed_dividend|dividend", 2.55, "EUR", SE, basis="proposed, per share"),
    m("dividend_growth|dividend_increase|dps_growth", 8.5, "%", SE, basis="proposed dividend"),
    m("revenues_addressed|portfolio_revenues|divestment_revenues", 0.6e9, "EUR", SE,
      basis="c.; revenues addressed by portfolio optimization"),
    m("guidance_organic_revenue_growth|organic_growth_guidance|guidance_organic_growth|organic_revenue_growth_target",
      None, "%", SE, "2020", rng=(1, 3), basis="2020 target"),
    m("guidance_adjusted_ebita_margin|adjusted_ebita_margin_target|guidance_ebita_margin|ebita_margin_guidance",
      None, "%", SE, "2020", rng=(16.0, 16.3), basis="2020 target; printed '+16.0% to +16.3%'"),
    # table (€ million)
    m(REV, 27.158e9, "EUR", SE, Y1, prior=25.720e9, basis="table"),
    m(REV, 25.720e9, "EUR", SE, Y0, opt=True, basis="table, 2018 FY"),
    m(REVG, 5.6, "%", SE, Y1, basis="table, reported"),
    m(ORG, 4.2, "%", SE, Y1, opt=True, basis="table repeat, organic"),
    m(EBITA, 4.238e9, "EUR", SE, Y1, prior=3.874e9, basis="table, adjusted"),
    m(EBITA, 3.874e9, "EUR", SE, Y0, opt=True, basis="table, 2018 FY"),
    m(EBITAG, 9.4, "%", SE, Y1, basis="table, reported"),
    m("organic_ebita_growth|adjusted_ebita_organic_growth|" + EBITAG, 8.7, "%", SE, Y1, basis="table, organic"),
    m(MARG, 15.6, "%", SE, Y1, prior=15.1, basis="table, % of revenues"),
    m(MARG, 15.1, "%", SE, Y0, opt=True, basis="table, 2018 FY"),
    m(MARGC, 50, "bp", SE, Y1, basis="table, reported"),
    m(MARGC, 70, "bp", SE, Y1, opt=True, basis="table repeat, organic"),
    m(SNI, 2.413e9, "EUR", SE, Y1, prior=2.334e9, basis="table, group share"),
    m(SNI, 2.334e9, "EUR", SE, Y0, opt=True, basis="table, 2018 FY"),
    m(SNIG, 3.4, "%", SE, Y1, opt=True, basis="table repeat"),
    m(FCF, 3.476e9, "EUR", SE, Y1, prior=2.102e9, basis="table"),
    m(FCF, 2.102e9, "EUR", SE, Y0, opt=True, basis="table, 2018 FY"),
    m(FCFG, 65.4, "%", SE, Y1, basis="table; printed '+65.4%4' (footnote 4 run into the figure)"),
    m(AEPS, 5.32, "EUR", SE, Y1, prior=4.64, basis="table, adjusted"),
    m(AEPS, 4.64, "EUR", SE, Y0, opt=True, basis="table, 2018 FY"),
    m("adjusted_eps_growth|eps_growth", 14.7, "%", SE, Y1, basis="table, reported"),
    m("organic_eps_growth|adjusted_eps_organic_growth|eps_growth", 13.3, "%", SE, Y1, basis="table, organic"),
    # quote
    m(FCF, 3.5e9, "EUR", SE, Y1, opt=True, basis="chief executive's repeat"),
], [])

# ---------------------------------------------------------------- en03 US durable goods orders for September (CNN/Money; no year printed): +0.8 percent to $176.2 billion after a revised -0.1 percent in August (first reported as a full percentage point); poll +1.0 percent; ex-transportation +1.2 percent to $125.1 billion (August +0.7); transportation -0.1 percent; non-defense aircraft -3.9 percent; motor vehicles +7.6 percent (August -7.1); ex-defense +2.6 percent to $167.5 (August -1.7); non-defense capital goods ex-aircraft +3.9 percent (August -0.1); computers +2.6 percent (August +2) (USD, %)
# A US durable-goods release (the kind's month-on-month %, the revision to the earlier month and the poll). Whole as
# stored apart from a stray closing "|" (page furniture), dropped. No headline in the stored text (the slug is not page
# text; none added). The dateline "NEW YORK (CNN/Money) -" kept. No quotes. Kept as printed: "$167.5" with no "billion",
# the hyphenated "3.9-percent", "7.1-percent" and "2-percent" beside unhyphenated "percent", the double hyphens around
# the definition of durable goods, "non-defense".
# Periods: no year printed ("September", "August", "Tuesday") -> none, the month in the basis (news68 en03).
# Decided: September's +0.8 % and the $176.2 billion level key. "After falling a revised 0.1 percent in August" with
# "August's decline had initially been reported as a full percentage point" -> key -0.1 % with prior -1.0 and an
# optional -1.0 % row for the first reading (the "full percentage point" is the size of the first-reported monthly
# decline, a % change). The Briefing.com average expectation key as a consensus row. Each component's September move key
# on the component with the US among the alternatives; each August move printed beside it a key row of its own
# (news69 en03). Levels: ex-transportation $125.1 billion key; ex-defense "$167.5" printed without a scale, read as
# billions like the two other order levels (news69 b en07), the printed form in the basis.
US = "United States|U.S.|US|USA"
DG = "durable_goods_orders_change|durable_goods_orders|durable_goods_orders_growth|durable_goods"
DGL = "durable_goods_orders|new_orders|durable_goods_orders_level|orders"
DGX = "durable_goods_orders_ex_transportation_change|durable_goods_orders_ex_transportation|core_durable_goods_orders|" + DG
DGXL = "durable_goods_orders_ex_transportation|new_orders_ex_transportation|" + DGL
DGD = "durable_goods_orders_ex_defense_change|durable_goods_orders_ex_defense|" + DG
DGDL = "durable_goods_orders_ex_defense|new_orders_ex_defense|" + DGL
CAP = "core_capital_goods_orders_change|core_capital_goods_orders|capital_goods_orders_change|nondefense_capital_goods_ex_aircraft"
def comp(name):
    return name + "|" + US
G["en03"] = ([
    m(DG, 0.8, "%", US, basis="September, m/m"),
    m(DGL, 176.2e9, "USD", US, basis="September, seasonally adjusted"),
    m(DG, -0.1, "%", US, prior=-1.0, basis="August, revised"),
    m(DG, -1.0, "%", US, opt=True, basis="August, initially reported as 'a full percentage point' decline"),
    m("durable_goods_orders_consensus|durable_goods_orders_estimate|durable_goods_orders_forecast", 1.0, "%", US,
      basis="September, economists' average expectation, Briefing.com"),
    m(DGX, 1.2, "%", US, basis="September, excluding transportation"),
    m(DGXL, 125.1e9, "USD", US, basis="September, excluding transportation"),
    m(DGX, 0.7, "%", US, basis="August, excluding transportation"),
    m("transportation_orders_change|transportation_orders|durable_goods_orders_transportation", -0.1, "%",
      comp("US transportation orders|transportation"), basis="September"),
    m("aircraft_orders_change|nondefense_aircraft_orders|aircraft_orders", -3.9, "%",
      comp("non-defense aircraft|nondefense aircraft|aircraft"), basis="September"),
    m("motor_vehicle_orders_change|motor_vehicles_and_parts_orders|vehicle_orders", 7.6, "%",
      comp("motor vehicles and parts|motor vehicles"), basis="September"),
    m("motor_vehicle_orders_change|motor_vehicles_and_parts_orders|vehicle_orders", -7.1, "%",
      comp("motor vehicles and parts|motor vehicles"), basis="August"),
    m(DGD, 2.6, "%", US, basis="September, excluding defense"),
    m(DGDL, 167.5e9, "USD", US, basis="September, excluding defense; printed '$167.5' without a scale"),
    m(DGD, -1.7, "%", US, basis="August, excluding defense"),
    m(CAP, 3.9, "%", comp("non-defense capital goods excluding aircraft|core capital goods"),
      basis="September; proxy for business spending"),
    m(CAP, -0.1, "%", comp("non-defense capital goods excluding aircraft|core capital goods"), basis="August"),
    m("computer_orders_change|computers_and_electronics_orders|computer_orders", 2.6, "%",
      comp("computers and electronic equipment|computers"), basis="September"),
    m("computer_orders_change|computers_and_electronics_orders|computer_orders", 2, "%",
      comp("computers and electronic equipment|computers"), basis="August"),
], [])

# ---------------------------------------------------------------- en04 The Bank of England's February 2025 cut (adviser-hub.co.uk): -25 bp to 4.5% on a seven-to-two vote, two members for -50 bp; inflation to 3.7% later this year, 2% target; 2025 growth forecast halved from 1.5% to 0.75%; 2026 and 2027 raised to 1.5% from 1.25% (%, bp)
# A Bank of England rate decision (the kind's rate, basis points, vote split and inflation and growth forecasts). Whole
# as stored. No headline in the stored text (the slug is not page text; none added); the standfirst and the three key
# points above the body kept as page text (the standfirst repeats the body's opening sentence, as printed). Quotes: the
# pull quote and Andrew Bailey's two quoted sentences and the BoE's quoted comments ("a deterrent to investment", on
# tariffs) rendered as reported speech (no figures). Kept as printed: "base rate" beside "key interest rate", "seven to
# two" in words, "the October 2024 Budget", the dash-bracketed aside on paused levies.
# Decided: "a cut of 25 basis points, reducing the base rate to 4.5%" -> key -25 bp and key 4.5 % (no earlier level
# printed, no prior; no period for a rate level, news32 en03); the key-point bullet's 4.5 % is the first printing (key),
# the body's the optional repeat. "Voted by seven to two" and "twice in 2024" not labelled (a committee vote count,
# news17; a count of decisions, news27); the two members' preferred "reduction of 50 basis points" optional (a
# minority's preferred move, news32 en03 / news40 en09). "Push up inflation to 3.7% later this year" -> key inflation
# forecast for 2025 (the year the passage names for this cut). "Its 2% target" key (first mention, news40 en09). "Halved
# its growth forecast for this year from 1.5% to 0.75%" -> key 0.75 for 2025 with prior 1.5 and an optional
# earlier-forecast row; "raised its predictions for both 2026 and 2027 to 1.5% from 1.25%" -> key 1.5 for each year
# with prior 1.25 and optional earlier rows. The "halved" key point carries no figure.
BOE = "Bank of England|BoE|MPC|Monetary Policy Committee|UK|United Kingdom"
UK = "UK|United Kingdom|Britain|UK economy|" + BOE
BR = "bank_rate|base_rate|policy_rate|rate|interest_rate|key_interest_rate"
INF = "inflation_forecast|cpi_forecast|cpi_inflation_forecast|inflation_peak_forecast"
GDPF = "gdp_growth_forecast|growth_forecast|gdp_forecast|economic_growth_forecast"
G["en04"] = ([
    m("rate_change|rate_cut|bank_rate_change|interest_rate_change", -25, "bp", BOE, basis="February meeting; seven to two"),
    m(BR, 4.5, "%", BOE, basis="key point; after the cut"),
    m(BR, 4.5, "%", BOE, opt=True, basis="body repeat; base rate"),
    m("dissent_rate_change|proposed_rate_change|rate_change", -50, "bp", "two MPC members|" + BOE, opt=True,
      basis="two members' preferred bigger reduction"),
    m(INF, 3.7, "%", UK, "2025", basis="later this year; rising energy prices"),
    m("inflation_target|cpi_inflation_target", 2, "%", BOE),
    m(GDPF, 0.75, "%", UK, "2025", prior=1.5, basis="this year; halved"),
    m(GDPF, 1.5, "%", UK, "2025", opt=True, basis="previous forecast for this year"),
    m(GDPF, 1.5, "%", UK, "2026", prior=1.25, basis="raised"),
    m(GDPF, 1.25, "%", UK, "2026", opt=True, basis="previous forecast"),
    m(GDPF, 1.5, "%", UK, "2027", prior=1.25, basis="raised"),
    m(GDPF, 1.25, "%", UK, "2027", opt=True, basis="previous forecast"),
], [])

# ---------------------------------------------------------------- en05 IBM raises its dividend and its buyback (Crain's New York Business; 2007 by the text): payout +10 cents to 40 cents a quarter (last year to 30 cents from 20, by half); shares +4.5% to $99.49; yield 1.6%; cost more than $2 billion; a further $15 billion of buybacks, $16.4 billion available; $8 billion bought back last year and $3.5 billion in the first quarter; EPS growth goal of at least 10% a year; 2007 EPS growth 12% to 14%; shares +18 percent in 2006 (USD, %)
# A US company raising its dividend and its buyback (the kind's amount, dividend per share and yield; beside them the
# share move, past repurchases and the raised EPS outlook rather than a quarter's results). Cut: the stored text breaks
# off inside the treasurer's sentence ("... especially in the highly profitab"), so the passage stops after the sentence
# on the stock "treading water" this year, a sentence boundary; the treasurer's remark (no figure) goes with the cut. No headline in the stored text (the slug is not page text; none added). No quotes. Kept as printed:
# "NewYork Stock Exchange" (no space), "%" beside "18 percent", "30 cents per share from 20" (unit once), "by half".
# Decided: "increased its dividend payout by 10 cents" -> key +0.10 USD change; "the new quarterly dividend will be 40
# cents per share" -> key 0.40 USD with prior 0.30 (the quarterly dividend set at the last increase, "to 30 cents", which
# the 10-cent rise replaces); the earlier increase "by half, to 30 cents per share from 20" optional (history: 0.30 with
# prior 0.20, the 0.20 and the 50 % as optional rows). The 4.5 % jump and the $99.49 price key; the "annual yield of
# 1.6%" key; the payout's possible cost "more than $2 billion" key (hedge in the basis). The additional $15 billion
# authorization and the $16.4 billion now available key (two quantities: the new authorization and the total with the
# earlier leftover). Past repurchases "$8 billion ... last year" (2006) and "$3.5 billion ... during the first quarter
# of this year" (2007Q1) key. The goal "to increase earnings per share by at least 10% a year" key as a target (hedge in
# the basis). "Expects earnings per share to rise 12% to 14% in 2007, a few points above previous guidance" -> key rng
# for 2007 (the previous guidance prints no figure, no prng). "An 18 percent gain for 2006" key (2006).
IBM = "International Business Machines|International Business Machines Corp.|IBM"
DPS = "dividend_per_share|dps|quarterly_dividend|dividend"
BUY = "buyback|share_buyback|buyback_amount|share_repurchase|buyback_authorization"
SPENT = "buyback_spending|share_repurchases|repurchases|buyback|buyback_amount"
G["en05"] = ([
    m("dividend_change|dividend_increase|dps_change", 0.10, "USD", IBM, basis="quarterly payout raised by 10 cents"),
    m(DPS, 0.40, "USD", IBM, prior=0.30, basis="new quarterly dividend, per share"),
    m(DPS, 0.30, "USD", IBM, prior=0.20, opt=True, basis="previous increase, a year earlier"),
    m(DPS, 0.20, "USD", IBM, opt=True, basis="before the previous increase"),
    m("dividend_growth|dividend_increase_pct|dps_growth", 50, "%", IBM, opt=True, basis="previous increase, 'by half'"),
    m(PC, 4.5, "%", IBM, basis="Tuesday morning trading"),
    m("share_price|price|stock_price", 99.49, "USD", IBM, basis="Tuesday morning, New York Stock Exchange"),
    m("dividend_yield|yield", 1.6, "%", IBM, basis="annual yield of the new payout"),
    m("dividend_cost|dividend_payout|total_dividend|annual_dividend_cost", 2e9, "USD", IBM,
      basis="more than; depending on the share count"),
    m(BUY, 15e9, "USD", IBM, basis="additional authorization"),
    m("buyback_capacity|remaining_buyback_authorization|total_buyback_authorization|" + BUY, 16.4e9, "USD", IBM,
      basis="now available, with the earlier authorization's remainder"),
    m(SPENT, 8e9, "USD", IBM, "2006", basis="last year"),
    m(SPENT, 3.5e9, "USD", IBM, "2007Q1", basis="first quarter of this year"),
    m("eps_growth_target|target_eps_growth|eps_growth_goal", 10, "%", IBM, basis="at least, a year; financial goal"),
    m("guidance_eps_growth|eps_growth_guidance|eps_growth_forecast|eps_growth_outlook", None, "%", IBM, "2007",
      rng=(12, 14), basis="raised; a few points above previous guidance"),
    m("share_price_change|price_change|annual_share_price_change|stock_change", 18, "%", IBM, "2006",
      basis="gain for 2006"),
], [])

# ---------------------------------------------------------------- en06 Soft commodities on ICE (Reuters via Nasdaq.com; Friday Sept 29, the year from "the first nine months of 2023"): October raw sugar -0.46 cent (-1.7%) at 26.27 cents per lb, record delivery 2.87 million metric tons; December white sugar -$10.70 (-1.5%) to $705.90 a ton; March London cocoa -18 pounds (-0.6%) at 2,915 pounds per ton; December New York cocoa -$41 (-1.2%) to $3,418; November robusta -$7 (-0.3%) at $2,462; Vietnam coffee exports -7.3% to 1.27 million metric tons (21.6 million bags) in the first nine months of 2023; December arabica -1.05 cents (-0.7%) to $1.4615 per lb (USD, GBP, %, tonnes, bags)
# A soft-commodities market report (sugar, cocoa and coffee futures with moves in cents, dollars and pounds, % moves and
# settlements per lb and per ton; no grains). Whole as stored apart from furniture: the store's section label
# "News & Insights", the date-and-time line "September 29, 2023 — 04:18 pm EDT" and the byline "Written by Marcelo
# Teixeira and Nigel Hunt for Reuters ->", dropped. Headline kept (rewritten: "SOFTS-Raw sugar futures slip; cocoa,
# coffee also down" -> "SOFTS-Raw sugar futures slide; cocoa and coffee lower as well"). The dateline "NEW YORK, Sept 29
# (Reuters) -" and the section heads SUGAR / COCOA / COFFEE kept; the bullets kept as "*" lines. Commerzbank's quoted
# sentence rendered as reported speech (no figure). Kept as printed: the RIC codes ("SBc1", "LSUc1", "LCCc2", "CCc1",
# "LRCc1", "KCc1"), "0.46 cent" (singular) beside "1.05 cents", "a ton" / "per ton" (not "tonne"), "metric tons",
# "centre-south", "60 kg (130 pound) bags".
# Periods: settlements and moves none (a market report; the day prints no year in the kept text); Vietnam's exports
# "in the first nine months of 2023" -> 2023Q1-Q3.
# Decided (news55 en10): each contract's move, % move and settlement key on the commodity with the contract month in the
# basis; cent figures on per-lb prices scaled to USD; London cocoa in GBP. "A record delivery of 2.87 million metric
# tons" key in tonnes on the expiring October contract. Vietnam's exports "decreased 7.3% ... to 1.27 million metric
# tons" key (change and level); "equivalent to 21.6 million 60 kg (130 pound) bags" optional (the same exports restated
# in another unit). The "12-year high" and "46-year high" are spans (not labelled); the speculators' cut in bullish bets
# prints no figure.
PCH = "price_change|futures_change|futures_price_change"
PX = "price|futures_price|settlement_price|settle_price"
RAW = "raw sugar|raw sugar futures|ICE raw sugar|October raw sugar|sugar|SBc1"
WHITE = "white sugar|white sugar futures|December white sugar|sugar|LSUc1"
LDC = "London cocoa|March London cocoa|cocoa|cocoa futures|LCCc2"
NYC = "New York cocoa|December New York cocoa|cocoa|cocoa futures|CCc1"
ROB = "robusta coffee|robusta|November robusta coffee|coffee|LRCc1"
ARA = "arabica coffee|arabica|December arabica coffee|coffee|KCc1"
VN = "Vietnam|Vietnam coffee exports|Vietnam coffee|coffee|General Statistics Office"
G["en06"] = ([
    m(PCH, -0.0046, "USD", RAW, basis="October contract, settled; printed '0.46 cent'; per lb"),
    m(PCH, -1.7, "%", RAW, basis="October contract"),
    m(PX, 0.2627, "USD", RAW, basis="October contract, settled; printed '26.27 cents per lb'"),
    m("delivery|deliveries|physical_delivery|delivery_volume", 2.87e6, "tonnes", "October raw sugar contract|" + RAW,
      basis="record delivery at expiry; metric tons"),
    m(PCH, -10.70, "USD", WHITE, basis="December contract; per ton"),
    m(PCH, -1.5, "%", WHITE, basis="December contract"),
    m(PX, 705.90, "USD", WHITE, basis="December contract; a ton"),
    m(PCH, -18, "GBP", LDC, basis="March contract, settled; printed '18 pounds'"),
    m(PCH, -0.6, "%", LDC, basis="March contract"),
    m(PX, 2915, "GBP", LDC, basis="March contract, settled; pounds per ton"),
    m(PCH, -41, "USD", NYC, basis="December contract"),
    m(PCH, -1.2, "%", NYC, basis="December contract"),
    m(PX, 3418, "USD", NYC, basis="December contract; a ton"),
    m(PCH, -7, "USD", ROB, basis="November contract, settled"),
    m(PCH, -0.3, "%", ROB, basis="November contract"),
    m(PX, 2462, "USD", ROB, basis="November contract, settled; a ton"),
    m("exports_change|export_growth|coffee_exports_change", -7.3, "%", VN, "2023Q1-Q3",
      basis="estimated; first nine months, y/y"),
    m("exports|coffee_exports|export_volume", 1.27e6, "tonnes", VN, "2023Q1-Q3", basis="estimated; metric tons"),
    m("exports|coffee_exports|export_volume", 21.6e6, "bags", VN, "2023Q1-Q3", opt=True,
      basis="same exports in 60 kg bags"),
    m(PCH, -0.0105, "USD", ARA, basis="December contract; printed '1.05 cents'; per lb"),
    m(PCH, -0.7, "%", ARA, basis="December contract"),
    m(PX, 1.4615, "USD", ARA, basis="December contract; per lb"),
], [])
