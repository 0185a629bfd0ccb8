# Hand-written gold labels for news56/en en01-en06 (batch a: North American company and market news in English — a
# Canadian bank's quarter in C$ with provisions for credit losses and its CET1 ratio, a US electronics retailer's quarter
# with comparable sales and a cut full-year outlook, a US REIT's quarter with FFO per share, FFO guidance and occupancy,
# a Federal Reserve hold with its dot-plot and economic projections, a US shale producer's quarter with output in boe/d
# and its realised oil price, and a round-up of three US analyst upgrades with ratings and price targets).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (count nouns "boe/d", "analysts" and "contracts" were checked against the earlier sets' labels_*.py files
# instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news55/en/README.md, with the labels of news54/en (batch a) and news31/en en03 (a Fed decision with projections) and
# news44/en en02 (a Schaeffer's analyst note) as models: values fully scaled ("$602-million" -> 602e6 CAD, "$1.97-billion"
# -> 1.97e9 CAD, "32 cents" -> 0.32 USD, "1.03 million boepd" -> 1.03e6 boe/d); declines, cuts and falls negative ("fell
# 8.5%" -> -8.5, "expenses dropped 7 per cent" -> -7, "a decline of 1.0% to 4.0%" -> the range (-4.0, -1.0), "a half
# percentage point of rate cuts" -> -0.5 pp, "cut its annual budget by $100 million" -> -100e6); "$" on the Globe and
# Mail's Canadian-bank page -> CAD (news33/news50: Canadian Press on Canadian banks), "$" on the US pages -> USD; prices
# per barrel in USD with "per barrel" in the basis (the development corpus's per-unit convention); oil and gas output in
# "boe/d" (news18, news20); ratio and volume multiples in "x", option volumes in "contracts", analyst counts in
# "analysts" (optional); hedges kept in the basis ("about", "nearly", "slightly more than"); a same-sentence "X,
# against / compared with / from / up from / higher than Y" value of the same quantity is the prior and the earlier value
# an optional row (news36-news55), a figure in a sentence of its own a key row; outlook ranges and prior outlook ranges
# as rng/prng with value None and the prior range also an optional row; periods only where the text states or clearly
# implies the year (news24; "the first quarter ended April 30, 2022" with "For fiscal 2023" -> FY2023Q1 and FY2023;
# "the first three months of 2023" and "its 2023 capital budget" -> 2023Q1 / 2023Q2 / 2023; quarters, "this year" and
# "next year" printed without a year none, the span in the basis; market moves, prices and point-in-time ratios none);
# brokers' ratings and targets only in rating actions (upgrade with both ratings and both targets); quotes rendered as
# reported speech (the set never copies third-party sentences), their figures labelled like any other; dates ("July 31",
# "April 30, 2022", "early March", "July 5, 2022", "June 14, 2022", "March 31", "Mar. 6"), spans ("12 months", "three
# months", "12-month change", "40-day", "100-day"), ordinals ("sixth-largest", "third straight"), counts of institutions
# ("three other major banks") and of committee members ("eight of the Fed's 19 policymakers", "Seven", "four", "two"),
# option-series names ("March 42 call", "April 35 put", "April 150 call", "May 145 call") and the headline's count of
# stocks ("3 stocks") not labelled.

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 National Bank of Canada's fiscal third quarter (The Globe and Mail, arc-dev.theglobeandmail.com; August 2020, no date printed): profit -1 per cent, $602-million or $1.66 a share vs $608-million or $1.66, analysts' EPS $1.30; new PCL $143-million, +66 per cent, down from $504-million in the prior quarter; revenue +1 per cent to $1.97-billion; expenses -7 per cent to $1.07-billion; CET1 unchanged at 11.4 per cent; personal and commercial banking profit -15 per cent to $233-million (CAD, %)
# A Canadian bank's quarter with provisions for credit losses and its CET1 ratio. Cut: the stored text breaks off in the
# loan-deferral sentence ("As of July 31, National Bank had deferred loans to personal banking clients – including
# mortgages and credit card"), so the passage stops after "... for clients in financial hardship." (rewritten), a
# sentence boundary. The stored text has no headline (it opens with "Skip to main content" and the photo caption "The
# National Bank of Canada logo is seen outside a branch in Ottawa on Feb. 14, 2019.CHRIS WATTIE/Reuters", both dropped
# as furniture; the address slug "article-national-bank-of-canada-beat-estimates-for-third-quarter-profit" is not page
# text; none added). Kept as printed: the Globe's hyphenated amounts "$602-million", "$1.97-billion", "per cent", the
# spaced en dashes around the two glosses, the year-earlier EPS "$1.66" equal to the quarter's. No quotes.
# Periods: none ("the fiscal quarter that ended July 31", "a year earlier", "the prior quarter" print no year; "the novel
# coronavirus" and "the pandemic" date the story only by world knowledge).
# Decided: the profit fall -1 % key; profit $602-million and $1.66 key with the same-sentence year-earlier figures as
# priors ($608-million, $1.66) and optional earlier rows. The analysts' $1.30 a key consensus row. New provisions for
# credit losses $143-million key with +66 % key (the year-earlier level is not printed; none computed); the next
# sentence's "sharply lower than the $504-million ... in the previous quarter" is the same quantity's earlier value ->
# prior 504e6 on the $143-million row, and since it stands in a sentence of its own, a key row for the previous quarter
# as well (its basis says so). Revenue +1 % and $1.97-billion, expenses -7 % and $1.07-billion key. The CET1 ratio 11.4 %
# key, "unchanged from the prior quarter" prints no earlier figure and no change figure (no prior, no 0 row; news54's
# "held steady"). Personal and commercial banking's profit -15 % and $233-million key on the division with the bank
# among the alternatives.
NBC = "National Bank of Canada|National Bank|NBC|NA"
PCB = ("personal and commercial banking|Personal and Commercial Banking|personal and commercial banking division|"
       "National Bank personal and commercial banking|" + NBC)
NP = "net_profit|net_income|profit"
EPS = "eps|earnings_per_share|diluted_eps"
PCL = "provision_for_credit_losses|pcl|credit_loss_provision|loan_loss_provisions"
G["en01"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", -1, "%", NBC, basis="third quarter; from a year earlier"),
    m(NP, 602e6, "CAD", NBC, prior=608e6, basis="fiscal quarter ended July 31"),
    m(NP, 608e6, "CAD", NBC, opt=True, basis="a year before"),
    m(EPS, 1.66, "CAD", NBC, prior=1.66, basis="a share; fiscal quarter ended July 31"),
    m(EPS, 1.66, "CAD", NBC, opt=True, basis="a year before"),
    m("eps_consensus|eps_estimate", 1.30, "CAD", NBC, basis="analysts on average, Refinitiv"),
    m(PCL, 143e6, "CAD", NBC, prior=504e6, basis="new provisions; third quarter"),
    m("provision_for_credit_losses_growth|pcl_growth|provisions_growth", 66, "%", NBC, basis="from a year earlier"),
    m(PCL, 504e6, "CAD", NBC, basis="set aside in the previous quarter"),
    m("revenue_growth", 1, "%", NBC),
    m("revenue", 1.97e9, "CAD", NBC),
    m("expenses_growth|expense_growth|non_interest_expenses_growth", -7, "%", NBC,
      basis="largely because of special items a year earlier"),
    m("expenses|total_expenses|non_interest_expenses", 1.07e9, "CAD", NBC),
    m("cet1_ratio|common_equity_tier1_ratio|cet1_capital_ratio|capital_ratio", 11.4, "%", NBC,
      basis="unchanged from the prior quarter"),
    m("segment_profit_growth|net_profit_growth|profit_growth", -15, "%", PCB),
    m("segment_profit|net_profit|profit", 233e6, "CAD", PCB),
], [])

# ---------------------------------------------------------------- en02 Best Buy's first quarter of fiscal 2023 with a cut outlook (RTTNews text on Nasdaq.com; Tuesday May 24, 2022, the store's date line): comparable sales -8.0%; fiscal 2023 revenue $48.3-$49.9 billion (prior $49.3-$50.8 billion), comparable sales -3.0% to -6.0% (prior -1.0% to -4.0%), non-GAAP EPS $8.40-$9.00 (prior $8.85-$9.15); earnings $341 million or $1.49 vs $595 million or $2.32; adjusted EPS $1.57 vs $1.61 expected; revenue -8.5% to $10.65 billion from $11.64 billion vs $10.4 billion expected; quarterly dividend $0.88 (USD, %)
# A US retailer's quarter with comparable sales and a cut full-year outlook. Whole as stored (the store's date line
# "date 2022-05-24" is not page text). The stored text has no headline (it opens with "(RTTNews) -"; the address slug
# "best-buy-revises-outlook" is not page text; none added). Kept as page text: "(RTTNews) -", "(BBY)", "Best Buy Co.,
# Inc." and "Best Buy Co."; kept as printed: "8.0%", "3.0% to 6.0%", "1.0% to 4.0%", "$9.00" with their decimals. The
# CFO's one quoted sentence is rendered as reported speech (no figures).
# Periods: "the first quarter ended April 30, 2022" is the first quarter of the year whose expectations were revised,
# which the next paragraph names "fiscal 2023" -> FY2023Q1 for the quarter's figures and FY2022Q1 for "a year earlier";
# the outlook FY2023. The dividend takes none (a quarterly rate).
# Decided: comparable sales -8.0 % key. The outlook: revenue, comparable sales and non-GAAP EPS as key ranges with the
# same-sentence prior outlook as prng and an optional prior-range row each; the comparable-sales ranges negative
# ("declining in a range of 3.0% to 6.0%" -> (-6.0, -3.0), "a decline of 1.0% to 4.0%" -> (-4.0, -1.0)). Earnings
# $341 million and $1.49 key with the year-earlier $595 million and $2.32 as priors and optional FY2022Q1 rows; adjusted
# EPS $1.57 and the analysts' $1.61 key. Revenue -8.5 % key, $10.65 billion key with prior $11.64 billion and an
# optional FY2022Q1 row; the analysts' $10.4 billion key. The $0.88 quarterly dividend per common share key. The CFO's
# remark prints no figure (none).
BBY = "Best Buy|Best Buy Co.|Best Buy Co., Inc.|Best Buy Co Inc|BBY"
Q, Q0, FY = "FY2023Q1", "FY2022Q1", "FY2023"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook"
GCS = "guidance_comparable_sales_growth|comparable_sales_guidance|guidance_same_store_sales_growth|comparable_sales_growth"
GEPS = "guidance_eps|eps_guidance|guidance_adjusted_eps|adjusted_eps_guidance"
NI = "net_income|net_profit|earnings"
G["en02"] = ([
    m("comparable_sales_growth|same_store_sales_growth|comparable_store_sales_growth", -8.0, "%", BBY, Q),
    m(GREV, None, "USD", BBY, FY, rng=(48.3e9, 49.9e9), prng=(49.3e9, 50.8e9), basis="revised outlook"),
    m(GREV, None, "USD", BBY, FY, rng=(49.3e9, 50.8e9), opt=True, basis="prior outlook"),
    m(GCS, None, "%", BBY, FY, rng=(-6.0, -3.0), prng=(-4.0, -1.0), basis="revised outlook; decline"),
    m(GCS, None, "%", BBY, FY, rng=(-4.0, -1.0), opt=True, basis="prior outlook; decline"),
    m(GEPS, None, "USD", BBY, FY, rng=(8.40, 9.00), prng=(8.85, 9.15), basis="non-GAAP; revised outlook"),
    m(GEPS, None, "USD", BBY, FY, rng=(8.85, 9.15), opt=True, basis="non-GAAP; prior outlook"),
    m(NI, 341e6, "USD", BBY, Q, prior=595e6),
    m(NI, 595e6, "USD", BBY, Q0, opt=True, basis="a year earlier"),
    m("eps|earnings_per_share|diluted_eps", 1.49, "USD", BBY, Q, prior=2.32),
    m("eps|earnings_per_share|diluted_eps", 2.32, "USD", BBY, Q0, opt=True, basis="a year earlier"),
    m("adjusted_eps|eps", 1.57, "USD", BBY, Q, basis="excluding items"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 1.61, "USD", BBY, Q,
      basis="analysts on average, Thomson Reuters"),
    m("revenue_growth", -8.5, "%", BBY, Q),
    m("revenue", 10.65e9, "USD", BBY, Q, prior=11.64e9),
    m("revenue", 11.64e9, "USD", BBY, Q0, opt=True, basis="a year earlier"),
    m("revenue_consensus|revenue_estimate", 10.4e9, "USD", BBY, Q, basis="analysts on average"),
    m("quarterly_dividend|dividend_per_share|dividend|dps", 0.88, "USD", BBY,
      basis="regular quarterly cash dividend per common share"),
], [])

# ---------------------------------------------------------------- en03 Duke Realty's first quarter (Indianapolis Business Journal, ibj.com; a Wednesday, most likely in late April 2017, no date or year printed): FFO $115.4 million or 32 cents vs a 29-cent estimate of nine analysts; profit $70.2 million or 20 cents vs $43.3 million or 12 cents; revenue $227.3 million up from $225 million; adjusted revenue $217.9 million vs $204 million expected by five analysts; full-year FFO $1.24-$1.30; in-service occupancy 97.7 percent; close $27.43, up slightly more than 3 percent this year and 23 percent over 12 months (USD, %, analysts)
# A US REIT's quarter with FFO per share, FFO guidance and occupancy. Whole as stored (page furniture aside). The stored
# text has no headline (it opens with its first paragraph; the address slug
# "duke-realty-beats-market-expectations-in-first-quarter" is not page text; none added). Dropped as furniture: the
# closing "Please enable JavaScript to view this content." Kept as printed: "32 cents" beside "$1.24", "97.7 percent",
# "Street forecasts", the FFO gloss. No quotes.
# Periods: none ("the period", "the quarter", "a year ago", "last year", "the full year", "as of March 31" and
# "Wednesday" print no year).
# Decided: FFO $115.4 million and 32 cents per share key; the analysts' 29 cents a key consensus row, the "nine analysts"
# an optional count. Profit $70.2 million and 20 cents key with the same-sentence year-ago $43.3 million and 12 cents as
# priors and optional earlier rows. Revenue $227.3 million key with prior $225 million ("up from") and an optional
# earlier row. Adjusted revenue $217.9 million and the Zacks analysts' $204 million key, "five analysts" optional. The
# full-year FFO range $1.24-$1.30 per share a key range. In-service occupancy 97.7 % key (an all-time high). The $27.43
# close, the year-to-date rise ("slightly more than 3 percent", hedge in the basis) and the 12-month rise (23 %) key.
DRE = "Duke Realty|Duke Realty Corp.|Duke Realty Corp|Duke Realty Corporation|Duke|DRE"
G["en03"] = ([
    m("ffo|funds_from_operations", 115.4e6, "USD", DRE, basis="the period"),
    m("ffo_per_share|ffo", 0.32, "USD", DRE, basis="32 cents per share"),
    m("ffo_per_share_consensus|ffo_estimate|ffo_consensus", 0.29, "USD", DRE,
      basis="average of nine analysts surveyed by Zacks"),
    m("analyst_count|analysts", 9, "analysts", DRE, opt=True, basis="surveyed by Zacks for FFO"),
    m("net_income|net_profit|profit", 70.2e6, "USD", DRE, prior=43.3e6, basis="the quarter"),
    m("net_income|net_profit|profit", 43.3e6, "USD", DRE, opt=True, basis="a year earlier"),
    m("eps|earnings_per_share", 0.20, "USD", DRE, prior=0.12, basis="20 cents per share"),
    m("eps|earnings_per_share", 0.12, "USD", DRE, opt=True, basis="12 cents per share; a year earlier"),
    m("revenue", 227.3e6, "USD", DRE, prior=225e6, basis="the period"),
    m("revenue", 225e6, "USD", DRE, opt=True, basis="last year"),
    m("adjusted_revenue|revenue", 217.9e6, "USD", DRE),
    m("adjusted_revenue_consensus|revenue_consensus|revenue_estimate", 204e6, "USD", DRE,
      basis="five analysts surveyed by Zacks"),
    m("analyst_count|analysts", 5, "analysts", DRE, opt=True, basis="surveyed by Zacks for revenue"),
    m("guidance_ffo_per_share|ffo_guidance|ffo_per_share_guidance", None, "USD", DRE, rng=(1.24, 1.30),
      basis="full year; per share"),
    m("occupancy|occupancy_rate|in_service_occupancy", 97.7, "%", DRE, basis="in-service; as of March 31; all-time high"),
    m(PX, 27.43, "USD", DRE, basis="Wednesday close"),
    m("price_change_ytd|ytd_change|" + PC, 3, "%", DRE, basis="slightly more than; since the start of the year"),
    m("price_change_12m|price_change_1y|" + PC, 23, "%", DRE, basis="past 12 months"),
], [])

# ---------------------------------------------------------------- en04 Federal Reserve hold with its June projections (Newsmax, rss.newsmax.com StreetTalk; Wednesday June 18, 2025, no year printed): range kept at 4.25%-4.50% (unanimous); median still a half percentage point of cuts by year-end; eight of 19 see 3.75%-4.00% at year-end, two a further quarter-point cut; next year's median 3.6% vs 3.4% in March; PCE inflation 3.0% this year and 2.4% next; core PCE 3.1%; unemployment 4.5% vs 4.4% (%, pp)
# A Federal Reserve decision with its dot plot and economic projections. Whole as stored (it ends with a whole
# sentence). The stored text has no headline (it opens with its first paragraph; the address slug "fed-rates-unchanged"
# is not page text; none added). Kept as printed: "3.75%-4.00%" and "4.25%-4.50%" with hyphens, "quarter-point", "U.S.",
# the spaced hyphens around the PCE gloss. The source's "the group as whole" (without "a") and its core-PCE sentence
# without "at" before "3.1% this year" are rewritten in correct English (no figure is affected). No quotes.
# Periods: none. "This year", "next year", "by year-end", "in March", "June's" and "three months ago" print no year (the
# tariffs of President Donald Trump date it only by world knowledge), so the projections carry their horizon in the
# basis, not a period (news24).
# Decided: the range kept at 4.25%-4.50% a key range (no change figure printed; none). The median's "a half percentage
# point of rate cuts by year-end" a key -0.5 pp projected change (a cut, negative; no bp restatement printed). The
# eight policymakers' year-end range 3.75%-4.00% a key projected range; the two policymakers' "further quarter-point
# reduction" an optional -0.25 pp (a minority view). Next year's median 3.6 % key with the same-sentence March forecast
# 3.4 % as prior and an optional earlier row. PCE inflation 3.0 % (this year) and 2.4 % (next year), core PCE 3.1 %
# (this year) key; unemployment 4.5 % key with the same-sentence earlier projection 4.4 % as prior and an optional earlier
# row. Counts of policymakers ("eight of the Fed's 19", "two", "Seven", "four in March", "two ... just one") are counts
# of committee members and of cuts in words without a financial value -> not labelled (the development corpus).
FED = "Federal Reserve|Fed|US Federal Reserve|U.S. Federal Reserve|FOMC|U.S. central bank|central bankers"
FEDUS = FED + "|US|U.S.|United States"
FFR = "fed_funds_rate|federal_funds_rate|policy_rate|fed_funds_target_range|target_range"
FFP = "fed_funds_rate_projection|rate_projection|dot_plot_median|projected_fed_funds_rate|fed_funds_rate|policy_rate"
RCP = "projected_rate_change|rate_change_projection|expected_rate_cuts|rate_cut|rate_change"
PCE = "pce_inflation_projection|inflation_projection|pce_inflation|inflation_forecast|inflation"
CORE = "core_pce_inflation_projection|core_pce_inflation|core_inflation_projection|core_inflation|core_pce"
UR = "unemployment_rate_projection|unemployment_rate_forecast|unemployment_rate"
G["en04"] = ([
    m(FFR, None, "%", FED, rng=(4.25, 4.50), basis="kept; unanimous; Wednesday"),
    m(RCP, -0.5, "pp", FED, basis="median of the projections; a half percentage point of rate cuts by year-end"),
    m(FFP, None, "%", FED, rng=(3.75, 4.00), basis="eight of 19 policymakers; by the end of this year"),
    m(RCP, -0.25, "pp", FED, opt=True, basis="two policymakers; a further quarter-point cut"),
    m(FFP, 3.6, "%", FED, prior=3.4, basis="median; end of next year"),
    m(FFP, 3.4, "%", FED, opt=True, basis="median; end of next year; March forecast"),
    m(PCE, 3.0, "%", FEDUS, basis="median projection; end of this year; 12-month change in the PCE price index"),
    m(PCE, 2.4, "%", FEDUS, basis="median projection; next year"),
    m(CORE, 3.1, "%", FEDUS, basis="median projection; this year"),
    m(UR, 4.5, "%", FEDUS, prior=4.4, basis="projection; this year"),
    m(UR, 4.4, "%", FEDUS, opt=True, basis="projection three months earlier; this year"),
], [])

# ---------------------------------------------------------------- en05 EOG Resources' and Coterra Energy's first quarter of 2023 (Reuters text on Investing.com; Thursday May 4, 2023, no date printed): EOG +1% and Coterra +3.5% after the bell; Brent nearly 20% lower, average $81.24 a barrel in the first three months of 2023; EOG's crude price about -20% to $77.26 per barrel, volumes 943,000 boepd from 883,300 boepd; Q2 production 939,500-974,700 boepd; 2023 capital budget $5.8-$6.2 billion and production 944,000 boepd-1.03 million boepd; adjusted EPS $2.69 vs $2.48; revenue about +52% to $6 billion vs $5.5 billion; Coterra EPS 87 cents vs 70 cents; APA budget cut $100 million (USD, %, boe/d)
# A US shale producer's quarter with output in boe/d and its realised oil price, with a peer's beat. Whole as stored.
# The stored text has no headline (it opens with "(Reuters) -"; the address slug
# "eog-coterra-beat-profit-estimates-on-higher-prices-oil-demand" is not page text; none added). Kept as printed:
# "(Reuters) -U.S." without a space, "Coterra Energy (NYSE:CTRA) Inc" with the ticker before "Inc", the tickers in
# brackets, "boepd", "1.03 million boepd" beside "944,000 boepd", "87 cents" and "70 cents". No quotes.
# Periods: "the first three months of 2023" (Brent), the first-quarter results and "its 2023 capital budget" make the
# quarter 2023Q1 for both producers' figures and Brent's average and fall, "a year earlier" 2022Q1, the second-quarter
# forecast 2023Q2 and the budget and annual production volume 2023. The share moves ("after the bell") and APA's budget
# cut take none.
# Decided: each share move after the bell key. Brent's "nearly 20%" fall and its $81.24 average key on Brent (per barrel
# in the basis). EOG's average crude oil price: the "about 20%" fall and $77.26 per barrel key (realised price, USD with
# "per barrel" in the basis). Total volumes 943,000 boe/d key with the same-sentence year-earlier 883,300 boe/d as prior
# and an optional 2022Q1 row. The second-quarter production forecast, the 2023 capital budget and the 2023 production
# volume are key ranges ("between ... and"). Adjusted EPS $2.69 and the analysts' $2.48 key; revenue +52 % ("about") and
# $6 billion key, the $5.5 billion estimate key. Coterra's 87 cents and the 70-cent expectation key (0.87 / 0.70 USD).
# APA's "cut its annual budget by $100 million" a key -100e6 change. Marathon Oil's and APA's beats print no figure.
EOG = "EOG Resources|EOG Resources Inc|EOG Resources Inc.|EOG"
CTRA = "Coterra Energy|Coterra Energy Inc|Coterra|CTRA"
BRENT = "Brent|Brent crude|benchmark Brent crude|Brent crude oil"
APA = "APA Corp|APA|APA Corporation"
PROD = "production|output|total_volumes|oil_and_gas_production"
GPROD = "guidance_production|production_guidance|production_forecast|production_outlook"
G["en05"] = ([
    m(PC, 1, "%", EOG, basis="after the bell"),
    m(PC, 3.5, "%", CTRA, basis="after the bell"),
    m("brent_price_change|oil_price_change|price_change", -20, "%", BRENT, "2023Q1",
      basis="nearly; lower than last year"),
    m("brent_price|average_price|oil_price|price", 81.24, "USD", BRENT, "2023Q1",
      basis="average; per barrel; first three months of 2023"),
    m("realised_price_change|average_price_change|realized_price_change|oil_price_change", -20, "%", EOG, "2023Q1",
      basis="about; average crude oil price"),
    m("realised_price|average_realised_price|realized_price|average_oil_price", 77.26, "USD", EOG, "2023Q1",
      basis="average crude oil price; per barrel"),
    m(PROD, 943000, "boe/d", EOG, "2023Q1", prior=883300, basis="total volumes"),
    m(PROD, 883300, "boe/d", EOG, "2022Q1", opt=True, basis="a year earlier"),
    m(GPROD, None, "boe/d", EOG, "2023Q2", rng=(939500, 974700), basis="total second-quarter production forecast"),
    m("guidance_capex|capex_guidance|capital_budget|capex_budget", None, "USD", EOG, "2023", rng=(5.8e9, 6.2e9),
      basis="reaffirmed capital budget"),
    m(GPROD, None, "boe/d", EOG, "2023", rng=(944000, 1.03e6), basis="reaffirmed production volume"),
    m("adjusted_eps|eps", 2.69, "USD", EOG, "2023Q1", basis="adjusted"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 2.48, "USD", EOG, "2023Q1",
      basis="analysts on average, Refinitiv"),
    m("revenue_growth", 52, "%", EOG, "2023Q1", basis="about; from a year earlier"),
    m("revenue", 6e9, "USD", EOG, "2023Q1"),
    m("revenue_consensus|revenue_estimate", 5.5e9, "USD", EOG, "2023Q1", basis="analysts' average estimate"),
    m("eps|adjusted_eps", 0.87, "USD", CTRA, "2023Q1", basis="87 cents per share"),
    m("eps_consensus|eps_estimate", 0.70, "USD", CTRA, "2023Q1", basis="70 cents; expectations"),
    m("budget_change|capex_change|budget_cut|capex_cut", -100e6, "USD", APA, basis="annual budget; to curb gas output"),
], [])

# ---------------------------------------------------------------- en06 Three US analyst upgrades (Schaeffer's Investment Research, schaeffersresearch.com; Thursday March 16, 2023, its time stamp dropped): Telsey upgrades Foot Locker to outperform from market perform, target $50 from $39 (stock +5% at $43.10, +14% year-to-date; 6,830 calls and 6,783 puts, four times normal); Wells Fargo upgrades Progressive to overweight from underweight, target $158 from $116 (+5.4% at $142.34, record high $146.50; 2,715 calls, triple); Mizuho upgrades Block to buy from neutral, target $93 from $80 (+1.5% at $75.21) (USD, %, x, contracts)
# A round-up of US analyst upgrades with ratings and price targets and options colour. Cut: the stored text breaks off
# mid-word in the Block paragraph ("... most notably the 1"), so the passage stops after "... on track for its
# third-straight day of gains." (rewritten), a sentence boundary. The stored headline ("3 Stocks Moving Higher on Analyst
# Upgrades" -> "3 stocks climb after analyst upgrades") and standfirst are kept (rewritten), as are the three crossheads
# (rewritten). Dropped as furniture: the byline "Deputy Editor", the time stamp "Mar 16, 2023 at 3:10 PM" and the
# "facebook twitter linkedin" share buttons. Kept as printed: the tickers "(NYSE:FL)", "(NYSE:PGR)", "(NYSE:SQ)", the
# quoted lower-case ratings, "price objective" beside "price target", the crosshead's "Square" for Block, "--", "Mar. 6",
# "four times" and "triple" in words. No quotes.
# Periods: none (analyst calls and intraday moves; "year-to-date", "Monday", "Mar. 6" print no year).
# Decided: three upgrade actions, each with both ratings and both targets ("upgraded ... to "overweight" from
# "underweight"" keeps its two-notch jump as printed). Metrics as news44 en02: each stock's intraday % move key, the
# trading price optional, Foot Locker's year-to-date +14 % key; Progressive's Mar. 6 record high optional (a chart
# level); option statistics optional (call and put counts in "contracts", "four times" and "triple" the usual volume as
# optional 4 x and 3 x). Brokers' targets appear only in the rating actions.
FL = "Foot Locker|Foot Locker Inc|Foot Locker, Inc.|FL"
PGR = "Progressive|Progressive Corp|Progressive Corporation|PGR"
SQ = "Block|Block Inc|Block, Inc.|Square|SQ"
G["en06"] = ([
    m(PC, 5, "%", FL, basis="at last glance; after the upgrade"),
    m(PX, 43.10, "USD", FL, opt=True, basis="last seen"),
    m("price_change_ytd|ytd_change|" + PC, 14, "%", FL, basis="year-to-date"),
    m("options_volume_multiple|volume_multiple|relative_volume", 4, "x", FL, opt=True,
      basis="four times the volume normally seen by this point"),
    m("calls_traded|call_volume|options_volume", 6830, "contracts", FL, opt=True, basis="calls so far"),
    m("puts_traded|put_volume|options_volume", 6783, "contracts", FL, opt=True, basis="puts so far"),
    m(PC, 5.4, "%", PGR, basis="at last check; after the upgrade"),
    m(PX, 142.34, "USD", PGR, opt=True, basis="at last check"),
    m("record_high|all_time_high|price", 146.50, "USD", PGR, opt=True, basis="Mar. 6 record high"),
    m("calls_traded|call_volume|options_volume", 2715, "contracts", PGR, opt=True, basis="calls so far"),
    m("options_volume_multiple|volume_multiple|relative_volume", 3, "x", PGR, opt=True,
      basis="triple the usual intraday volume"),
    m(PC, 1.5, "%", SQ, basis="last seen; after the upgrade"),
    m(PX, 75.21, "USD", SQ, opt=True, basis="last seen"),
], [
    ra("Telsey Advisory|Telsey Advisory Group|Telsey", FL, "upgrade", "outperform", "market perform",
       target=50, prior_target=39, cur="USD"),
    ra("Wells Fargo|Wells Fargo Securities", PGR, "upgrade", "overweight", "underweight",
       target=158, prior_target=116, cur="USD"),
    ra("Mizuho|Mizuho Securities", SQ, "upgrade", "buy", "neutral", target=93, prior_target=80, cur="USD"),
])
