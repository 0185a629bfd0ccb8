# Hand-written gold labels for news24/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news23/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# compared with Y" / "X versus Y" value of the same quantity is the prior, a revised reading keeps its first-reported
# value as prior and as an optional row (news22), periods only where the text states or clearly implies the year, fiscal
# periods as the text names them (news17), market moves carry no period, broker targets only in rating actions, a
# bracketed currency conversion an optional row (dev corpus, news20), repeats and rounded restatements optional,
# groups, segments and sectors their own entities (news5, news21), ounces and tonnes as count nouns with per-ounce
# prices in the currency (news18, news19)).

# ---------------------------------------------------------------- en01 Sulzer full year: organic sales growth, 2020 guidance ranges, dividend, order intake, backlog, opEBITA, EBIT (Reuters BRIEF, 2020; CHF)
# A Swiss industrial's annual results as a Reuters brief (all-capital bullets kept as a sentence shape; "CHF 154.0M",
# "CHF 1’792.6 MILLION" with its typographic-apostrophe thousands separator kept). Period: the bullets' "FY" is the
# company's full year, which the text itself dates by the calendar ("AS OF DEC 31, 2019", "COMPARED WITH ... 2018",
# "FY 2019") -> 2019 (decided here: "FY" for a company whose year the text shows ends on Dec 31 is the calendar year,
# not a fiscal FY period); the guidance is "FOR 2020". Sales "+10.8%" organic and "+13.0%" including acquisitions ->
# two key growth rows told apart by basis. Guidance: order growth 2%-4%, sales growth 1%-3%, profitability "AROUND
# 10.2% TO 10.5%" -> three key ranges (the hedge keeps the range; "profitability" is Sulzer's operational profitability,
# the opEBITA margin). Dividend "RAISING ... TO CHF 4.00" -> key, basis proposed, no prior (the old dividend is not
# printed). Order intake +8.2 % key. Net income "CHF 154.0M, +35.4%" -> level and growth key. Basic EPS CHF 4.52 key.
# Backlog "CHF 1’792.6 MILLION AS OF DEC 31, 2019, VERSUS ... CHF 1’786.9 MILLION AS OF DEC 31, 2018" -> prior (same
# sentence, same quantity a year earlier), dated 2019 with the year's results. opEBITA, EBIT and operating cash flow
# "X, COMPARED WITH Y IN 2018" -> priors; EBIT's "A RISE OF 34.2%" key. The coronavirus bullet has no figure.
SUN = "Sulzer|Sulzer AG|Sulzer Ltd"
Y, NY = "2019", "2020"
G["en01"] = ([
    m("organic_sales_growth|organic_revenue_growth|sales_growth|revenue_growth", 10.8, "%", SUN, Y, basis="organic"),
    m("sales_growth|revenue_growth", 13.0, "%", SUN, Y, basis="including acquisitions"),
    m("guidance_order_growth|guidance_order_intake_growth|order_growth_guidance|order_intake_growth", None, "%", SUN,
      NY, rng=(2, 4)),
    m("guidance_sales_growth|guidance_revenue_growth|sales_growth_guidance|sales_growth", None, "%", SUN, NY,
      rng=(1, 3)),
    m("guidance_operational_profitability|guidance_opebita_margin|guidance_margin|profitability_guidance|"
      "operational_profitability", None, "%", SUN, NY, rng=(10.2, 10.5)),
    m("dividend_per_share|dividend|dps", 4.00, "CHF", SUN, Y, basis="proposed"),
    m("order_intake_growth|orders_growth|order_growth", 8.2, "%", SUN, Y),
    m("net_income|net_profit|net_income_attributable", 154.0e6, "CHF", SUN, Y, basis="attributable to shareholders"),
    m("net_income_growth|net_profit_growth", 35.4, "%", SUN, Y),
    m("eps|basic_eps|earnings_per_share", 4.52, "CHF", SUN, Y, basis="basic"),
    m("order_backlog|backlog", 1792.6e6, "CHF", SUN, Y, prior=1786.9e6, basis="as of Dec 31"),
    m("operational_ebita|opebita|ebita|adjusted_ebita", 371.3e6, "CHF", SUN, Y, prior=322.5e6),
    m("ebit|operating_profit", 241.0e6, "CHF", SUN, Y, prior=183.8e6),
    m("ebit_growth|operating_profit_growth", 34.2, "%", SUN, Y),
    m("operating_cash_flow|cash_flow_from_operations|cash_flow_from_operating_activities", 319.6e6, "CHF", SUN, Y,
      prior=260.8e6),
], [])

# ---------------------------------------------------------------- en02 Wells Fargo second quarter against estimates: EPS, revenue, NII, NIM, provisions, CET1, buyback, dividend rise (Investing.com; no year printed; USD)
# A US bank's quarter with a consensus figure beside nearly every line. The stored page opens with an unrelated ticker
# headline ("Gold prices slip lower ...", page furniture) -> dropped; no article headline is stored -> none added. No
# year is printed ("second quarter", "first half of this year", "third quarter common stock dividend") -> no periods.
# Each reported figure is a key row and each estimate a key consensus row ("consensus estimate", "estimated by analysts",
# "estimate", "forecasted", "expected", "projected", "expectations"). "The efficiency ratio improved to 64% from the
# expected 64.8%" -> the "from" value is an expectation, not an earlier reading of the ratio -> no prior; 64 key and
# 64.8 a key consensus row (decided here: "from the expected Y" is a consensus, not a prior). "matched forecasts at
# 11.1%" -> CET1 11.1 key; the forecast it implies (11.1) is an optional consensus row (implied, not printed apart).
# CEO quote: "repurchased over $6 billion of common stock" in the first half -> key buyback 6e9 USD (bound kept, basis
# first half); "increase our third quarter common stock dividend by 12.5%" -> key planned dividend increase. The
# consumer banking and lending revenue belongs to that segment (own entity). The premarket move prints no figure.
WFC = "Wells Fargo|Wells Fargo & Company|Wells Fargo & Co|WFC"
CBL = "Wells Fargo Consumer Banking and Lending|Consumer Banking and Lending|consumer banking and lending"
G["en02"] = ([
    m("eps|earnings_per_share|diluted_eps", 1.60, "USD", WFC),
    m("eps_consensus|eps_estimate|consensus_eps", 1.40, "USD", WFC),
    m("revenue|total_revenue", 20.82e9, "USD", WFC),
    m("revenue_consensus|revenue_estimate|consensus_revenue", 20.76e9, "USD", WFC),
    m("net_interest_income|nii", 11.71e9, "USD", WFC),
    m("net_interest_income_consensus|nii_consensus|net_interest_income_estimate|nii_estimate", 11.83e9, "USD", WFC),
    m("net_interest_margin|nim", 2.68, "%", WFC),
    m("net_interest_margin_consensus|nim_consensus|net_interest_margin_estimate|nim_estimate", 2.7, "%", WFC),
    m("buyback|share_buyback|share_repurchase|stock_repurchase", 6e9, "USD", WFC, basis="first half"),
    m("dividend_growth|dividend_increase|dividend_change", 12.5, "%", WFC,
      basis="planned third-quarter common stock dividend"),
    m("revenue|segment_revenue", 9.23e9, "USD", CBL),
    m("provision_for_credit_losses|provisions|credit_loss_provision|loan_loss_provisions", 1.01e9, "USD", WFC),
    m("provision_for_credit_losses_consensus|provisions_consensus|provision_estimate|provisions_estimate", 1.16e9,
      "USD", WFC),
    m("noninterest_expense|non_interest_expense|expenses|operating_expenses", 13.38e9, "USD", WFC),
    m("noninterest_expense_consensus|noninterest_expense_estimate|expenses_estimate", 13.4e9, "USD", WFC),
    m("investment_banking_fees|ib_fees", 696e6, "USD", WFC),
    m("investment_banking_fees_consensus|investment_banking_fees_estimate|ib_fees_estimate", 703.1e6, "USD", WFC),
    m("efficiency_ratio", 64, "%", WFC),
    m("efficiency_ratio_consensus|efficiency_ratio_estimate", 64.8, "%", WFC),
    m("return_on_assets|roa", 1.14, "%", WFC),
    m("return_on_equity|roe", 12.8, "%", WFC),
    m("return_on_equity_consensus|roe_consensus|return_on_equity_estimate|roe_estimate", 11.3, "%", WFC),
    m("cet1_ratio|common_equity_tier_1_ratio|cet1", 11.1, "%", WFC),
    m("cet1_ratio_consensus|cet1_consensus|cet1_ratio_estimate", 11.1, "%", WFC, opt=True),     # "matched forecasts"
    m("rotce|return_on_tangible_common_equity", 15.2, "%", WFC),
    m("rotce_consensus|rotce_estimate|return_on_tangible_common_equity_estimate", 13.5, "%", WFC),
], [])

# ---------------------------------------------------------------- en03 Brazil third-quarter GDP against a Reuters poll, revisions, sector and demand components (Reuters via Devdiscourse; no year printed)
# A Latin American GDP release. The stored text has no headline (none added) and no year: "third quarter of this year",
# "early last year", "last year's overall economic growth" -> no periods; the quarters and "last year" are in the basis.
# The headline growth "0.6%" q/q is printed three times ("0.6% growth over the previous quarter", "grew by 0.6% ...
# from the prior quarter", "The 0.6% growth") -> one key row and two optional repeats; "from the prior quarter" names
# the comparison period, not a prior value. Reuters poll 0.4 % q/q and economists' 1.0 % y/y -> key consensus rows;
# y/y growth 1.2 % key. Revisions (news22 rule): Q2 "revised up to 0.5% ... from 0.4%" -> key 0.5 with prior 0.4 and
# the first-reported 0.4 optional; Q1 "flat ... rather than the 0.2% contraction first estimated" -> key 0 (a flat
# reading is 0, news23) with prior -0.2 (a contraction is negative) and the -0.2 optional; last year's growth "revised
# up ... to 1.3% from 1.1%" -> key with prior, 1.1 optional. Components, each its own entity with Brazil as an
# alternative: agribusiness +1.3 %, industrial production +0.8 %, services +0.4 %, government spending -0.4 %
# ("shrank ... falling by 0.4%"), exports -2.8 %, imports +2.9 % -> key. The services sector's "more than 70%" share
# of the economy is background -> optional (bound kept). "second straight quarter" and "almost two years" are counts.
BR = "Brazil|Brazil economy|Brazilian economy|Brazil GDP"
GG = "gdp_growth|gdp_growth_qoq|economic_growth|gdp_change"
GC = "gdp_growth_consensus|gdp_growth_forecast|gdp_forecast|gdp_growth_estimate"
G["en03"] = ([
    m(GG, 0.6, "%", BR, basis="third quarter, q/q"),
    m(GG, 0.6, "%", BR, opt=True, basis="repeat"),
    m(GG, 0.6, "%", BR, opt=True, basis="repeat"),
    m(GC, 0.4, "%", BR, basis="q/q, Reuters poll"),
    m("gdp_growth_yoy|gdp_growth|annual_gdp_growth|economic_growth", 1.2, "%", BR, basis="year-on-year"),
    m(GC + "|gdp_growth_yoy_consensus", 1.0, "%", BR, basis="y/y, economists' forecast"),
    m(GG, 0.5, "%", BR, prior=0.4, basis="second quarter, revised"),
    m(GG, 0.4, "%", BR, opt=True, basis="second quarter, first reported"),
    m(GG, 0, "%", BR, prior=-0.2, basis="first quarter, revised"),
    m(GG, -0.2, "%", BR, opt=True, basis="first quarter, first estimate"),
    m("gdp_growth|annual_gdp_growth|economic_growth", 1.3, "%", BR, prior=1.1, basis="last year, revised"),
    m("gdp_growth|annual_gdp_growth|economic_growth", 1.1, "%", BR, opt=True, basis="last year, earlier estimate"),
    m("agribusiness_growth|agriculture_growth|sector_growth|gdp_growth", 1.3, "%",
      "Brazil agribusiness|agribusiness|agriculture|" + BR, basis="July-September"),
    m("industrial_production_growth|industry_growth|sector_growth|gdp_growth", 0.8, "%",
      "Brazil industry|industrial production|industry|" + BR),
    m("services_growth|services_sector_growth|sector_growth|gdp_growth", 0.4, "%",
      "Brazil services|services sector|services|" + BR),
    m("share_of_gdp|share_of_economy|services_share", 70, "%", "Brazil services|services sector|services|" + BR,
      opt=True, basis="more than"),
    m("government_spending_growth|government_spending_change|government_consumption_growth", -0.4, "%",
      "Brazil government spending|government spending|" + BR),
    m("exports_growth|export_growth|exports_change", -2.8, "%", "Brazil exports|exports|" + BR),
    m("imports_growth|import_growth|imports_change", 2.9, "%", "Brazil imports|imports|" + BR),
], [])

# ---------------------------------------------------------------- en04 Harmony Gold first fiscal quarter: ounces, AISC, rand revenue, rand gold price, full-year guidance (Dow Jones copy via Wikiwake; ZAR and USD)
# A gold miner's quarterly update. The stored page ends with an e-mail line and "Read the full article here" (page
# furniture, dropped); no headline is stored (none added); the byline is kept. Periods: "the three months to Sept. 30"
# is the "first quarter", compared with "the first quarter of fiscal 2023" a year earlier, in a year that ends June 30
# -> the current quarter is FY2024Q1 and "the full year ending June 30" FY2024 (clearly implied by the printed fiscal
# 2023 year-ago quarter; fiscal periods as news17). Output "7% more ... than in the preceding quarter, 425,130 ounces
# compared with 395,520 ounces" -> key production with the preceding quarter as prior, growth 7 % (q/q) key, and
# "17% more than in the first quarter of fiscal 2023" a key y/y growth row. AISC "improved 7% to $1,404 an ounce" ->
# key level (USD per ounce, news18) and key change -7 % (an improvement of a cost is a decline; the lede says costs
# "fell"). Gold revenue "rose 33% to ZAR14.78 billion ($789 million)" -> level and growth key, the dollar conversion
# optional. "a strong South African rand gold price, which rose 18% in the period" -> key 18 % (the price the miner
# realised in rand; entity the rand gold price with Harmony as an alternative). Guidance "between 1.38 million and 1.48
# million ounces" -> key range; "AISC below ZAR975,000 a kilogram" -> key 975000 ZAR (bound kept, basis per kilogram).
HAR = "Harmony Gold|Harmony Gold Mining|Harmony|Harmony Gold Mining Company"
Q, FY = "FY2024Q1", "FY2024"
G["en04"] = ([
    m("gold_production|production", 425130, "ounces", HAR, Q, prior=395520, basis="vs preceding quarter"),
    m("gold_production_growth|production_growth", 7, "%", HAR, Q, basis="q/q"),
    m("gold_production_growth|production_growth", 17, "%", HAR, Q, basis="y/y, vs first quarter of fiscal 2023"),
    m("aisc|all_in_sustaining_cost|all_in_sustaining_costs", 1404, "USD", HAR, Q, basis="per ounce"),
    m("aisc_change|all_in_sustaining_cost_change|aisc_growth", -7, "%", HAR, Q),
    m("gold_revenue|revenue", 14.78e9, "ZAR", HAR, Q),
    m("gold_revenue|revenue", 789e6, "USD", HAR, Q, opt=True),                                       # ($789 million)
    m("gold_revenue_growth|revenue_growth", 33, "%", HAR, Q, basis="y/y"),
    m("gold_price_change|realised_gold_price_change|rand_gold_price_change|price_change", 18, "%",
      "rand gold price|South African rand gold price|gold price|" + HAR, Q),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", HAR, FY,
      rng=(1.38e6, 1.48e6)),
    m("guidance_aisc|aisc_guidance|guidance_all_in_sustaining_cost", 975000, "ZAR", HAR, FY,
      basis="per kilogram, below"),
], [])

# ---------------------------------------------------------------- en05 Four brokers cut Macquarie Group targets after its half-year result, Goldman's FY24 estimates (Motley Fool Australia, 2023; AUD)
# Several brokers on ONE company after its results. The headline and standfirst are kept; page furniture (an image
# caption, "Image source", a membership notice) dropped. "$" on this Australian page is AUD (the text's own "A$" in the
# Goldman quote). Rating actions, all with the rating retained (rating kept, prior_rating None, news21/news22):
# Goldman Sachs neutral, "$180.80 (from $194.99)"; Citi neutral, "$161.00 (from $175.00)"; Morgans add, "$182.80 (from
# $194.41)"; Morgan Stanley overweight, "$202 (from $215)" -> four cut_target (the bracketed "from" old target is the
# prior target). Metrics: the stock "down almost 1% to $161.86" -> key move (-1, hedge kept) and key price, no period.
# Goldman's estimates, dated by the text's "FY 2024" / "FY24E" -> FY2024 (Macquarie's fiscal year as the text names
# it): profits to "fall by almost a third" -> key -33.3 % forecast (a fraction in words labelled as its number, dev corpus;
# "almost" hedge kept); "Our FY24E NPAT forecast is 4% below where management expected consensus to move ... (A$3.7-3.9
# bn)" -> key -4 % gap to consensus and the expected consensus range A$3.7-3.9 bn a key range (the bare "3.7" takes the
# "bn" of the range, news24 batch b). Citi's quoted "(+0.6% vs market)" share reaction on result day is an aside in a
# quote -> optional. "2H24" and "MAM" carry no figure.
MQG = "Macquarie|Macquarie Group|Macquarie Group Ltd|MQG"
G["en05"] = ([
    m("price_change|share_price_change|stock_price_change", -1, "%", MQG, basis="morning trade, almost"),
    m("share_price|price|stock_price", 161.86, "AUD", MQG),
    m("net_profit_growth_forecast|net_profit_growth_estimate|profit_growth_forecast|earnings_growth_forecast|"
      "net_profit_growth", -33.3, "%", MQG, "FY2024", basis="Goldman Sachs forecast, almost a third"),
    m("npat_forecast_vs_consensus|forecast_vs_consensus|net_profit_forecast_gap|estimate_vs_consensus", -4, "%", MQG,
      "FY2024", basis="Goldman Sachs NPAT forecast vs management-expected consensus"),
    m("net_profit_consensus|npat_consensus|consensus_net_profit|net_profit_estimate", None, "AUD", MQG, "FY2024",
      rng=(3.7e9, 3.9e9), basis="where management expected consensus to move"),
    m("relative_share_price_change|price_change|share_price_change", 0.6, "%", MQG, opt=True,
      basis="result day, vs market"),
], [
    ra("Goldman Sachs|Goldman", MQG, "cut_target", "neutral", target=180.80, prior_target=194.99, cur="AUD"),
    ra("Citi|Citigroup", MQG, "cut_target", "neutral", target=161.00, prior_target=175.00, cur="AUD"),
    ra("Morgans", MQG, "cut_target", "add", target=182.80, prior_target=194.41, cur="AUD"),
    ra("Morgan Stanley", MQG, "cut_target", "overweight", target=202, prior_target=215, cur="AUD"),
])

# ---------------------------------------------------------------- en06 Nuplex NZ$132.8 million seven-for-one rights issue at 23 cents, share plunge (NZ Herald; no year printed; NZD)
# A deeply discounted rights issue. "$" in the New Zealand Herald about an NZX/ASX-listed New Zealand company -> NZD;
# "40 cents" and "23 cents" scaled to 0.40 and 0.23 NZD. Terms carry no period (news22) and no year is printed. Size
# "$132.8 million" -> key, its body repeat and the headline's rounded "$132m" optional. The earlier plan "to raise $110
# million to meet an agreement with its banks" -> key with basis initial plan (a different, superseded amount, not a
# prior: it is in its own sentence). Share move "dropped more than 70 per cent from $1.07 ... but had recovered to 40
# cents" -> key -70 % (bound kept) and key price 0.40 with prior 1.07 (decided here: the pre-announcement price the
# same sentence moves from is the prior of the later level), the 1.07 also an optional row. "577,643,738 new shares"
# and "82,520,524 it currently has on issue" -> key counts; "more than seven times" is a restatement -> optional
# (x, bound kept); the "seven for one" entitlement ratio optional as news7's ratio. Issue price 0.23 NZD key. The call
# option for sub-underwriters of "up to 15 per cent of the shares on issue" -> key (a deal term, bound kept). No
# discount is printed (not computed). Dates, "45 minutes", "11am" and "five days" are not metrics.
NPX = "Nuplex|Nuplex Industries"
RIS = "rights_issue_size|rights_offer_size|capital_raise|equity_raise|offering_size"
G["en06"] = ([
    m(RIS, 132.8e6, "NZD", NPX),
    m(RIS, 132.8e6, "NZD", NPX, opt=True, basis="repeat"),
    m(RIS, 132e6, "NZD", NPX, opt=True, basis="headline, rounded"),
    m("price_change|share_price_change|stock_price_change", -70, "%", NPX, basis="first 45 minutes, more than"),
    m("share_price|price|stock_price", 0.40, "NZD", NPX, prior=1.07),
    m("share_price|price|stock_price", 1.07, "NZD", NPX, opt=True, basis="before the fall"),
    m("capital_raise|planned_raise|equity_raise|offering_size", 110e6, "NZD", NPX, basis="initial plan"),
    m("rights_ratio|entitlement_ratio", 7, "shares", NPX, opt=True, basis="seven for one"),
    m("new_shares|shares_issued|shares_offered|rights_offered", 577643738, "shares", NPX),
    m("shares_outstanding|shares_on_issue|existing_shares", 82520524, "shares", NPX),
    m("new_to_existing_shares_ratio|dilution_ratio", 7, "x", NPX, opt=True, basis="more than seven times"),
    m("issue_price|offer_price|subscription_price", 0.23, "NZD", NPX),
    m("share_of_capital|pct_of_share_capital|call_option_share_of_capital", 15, "%", NPX,
      basis="up to; call option for sub-underwriters"),
], [])
