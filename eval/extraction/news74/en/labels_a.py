# Hand-written gold labels for news74/en en01-en06 (batch a: English news from the US, Canada and Europe — ServiceNow's
# first quarter with adjusted EPS, adjusted revenue and subscription revenue against the estimates, its second-quarter
# and full-year subscription revenue guidance against the consensus, adjusted and subscription gross margins, free cash
# flow and the quarter's buyback; Sika's 2015 results in Swiss francs from a Reuters brief with sales and their growth in
# local currencies, net profit, EBIT, the proposed dividends per bearer and registered share against 2014, the raised
# EBIT-margin and operating-free-cash-flow targets up to 2018 and the 2016 sales-growth outlook; a US retail sales release
# for September with the revised August figures and their first readings, the economists' forecasts, four store
# categories, sales excluding autos, core retail sales and the year-on-year rise; an ECB hold with its deposit rate and
# the new staff projections for HICP inflation, core inflation and GDP in 2025-2027 against the expectations and the
# previous projections; Delta Air Lines' third quarter of 2021 with adjusted EPS and revenue against the Refinitiv
# estimates, net profit against 2019, the fourth-quarter outlook for revenue, costs before fuel, capacity and fuel
# prices; and eight brokers' calls on Micron Technology, one double-downgrade and seven target cuts with ratings kept,
# with the share price, the 52-week range and two consensus targets).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news73/en/README.md, with: news73 en01 / news69 en01 (a US quarter against the analysts' figures: actual and consensus
# rows key; a guidance range with rng), news73 b en08 ("X against Y a year earlier" -> key with prior plus an optional
# year-earlier row), news69 en02 / news73 en02 (a European company's results with bracketed year-earlier figures as
# priors plus optional earlier rows; a target range moved from an earlier one -> rng with prng plus an optional
# earlier-range row), news10 / news17 (bracketed currency conversions and the "($1 = ...)" rate optional), news15 en09
# and news73 en03 (a US monthly release without a printed year -> no periods; the month on month change "after a
# revised" earlier month -> key with prior; the revised month key with its first reading as prior plus an optional
# first-reading row; the economists' forecast a key consensus row), the Fed projection rows of earlier sets
# (projections per year key with the previous projection as prior; news25 / news30 b: a rate "kept unchanged at X" key
# with no prior, the 0 bp change optional), news65 en01 / news37 en07 (an airline's and a railroad's quarter: EPS and
# revenue against the estimates, fuel price per gallon in USD), news73 en06 / news71 en06 (a broker round: each
# broker's action key, the most specific action; rating-passage share prices and 52-week ranges optional, news3; a
# consensus or high target key).
# Currencies: en01 "$" -> USD; en02 "Swiss francs" / "francs" -> CHF, "$" -> USD (conversion optional), "673.3 million"
# (EBIT, no currency printed) read as francs, the line's company and the passage's currency; en03 none (%); en04 none
# (%, bp); en05 "$" and "cents" -> USD ("30 cents" -> 0.30); en06 "$" -> USD (the list's "150" and "100" without "$"
# read as dollars, as the line's other figure).
# Scaling: values fully scaled ("$2.60 billion" -> 2.6e9, "$961.1 million" -> 961.1e6, "5,489.2 million Swiss francs" ->
# 5.4892e9, "465.1 million francs" -> 465.1e6, "$11.4 billion" -> 11.4e9, "225,000 shares" -> 225000); declines
# negative ("fell about 5%" -> -5, "would fall 0.2 percent" -> -0.2, "down 19% from 2019" -> -19, "target to $67 from
# $140" -> downgrade, "target to $135 from $153" -> cut_target); hedges in the basis ("about", "a little bit less
# than", "around", "previously >10 pct" as an open range (10, None)).
# Periods decided: en01 "first-quarter", "second quarter" and "full-year" with no year printed -> none (the quarter and
# the guidance in the basis). en02 "FY 2015" -> 2015 (the scorer reads FY2015 and 2015 alike), "(2014: ...)" -> 2014,
# "For FY 2016" -> 2016, the targets "up to 2018" -> 2018 (the horizon printed with them); the dividends proposed with
# the 2015 results -> 2015. en03 no year printed ("Friday", "September", "August", "February") -> none, the month in
# the basis. en04 the decision, the rate and current inflation carry no year (none); the projections are printed per
# year ("2025:", "2026:", "2027:") -> 2025, 2026, 2027. en05 "higher fuel costs could weigh on its bottom line in late
# 2021" dates the reported third quarter 2021Q3 and "the fourth quarter" / "the last three months of the year" /
# "the December quarter" 2021Q4 (clearly implied); "the same quarter in 2019" (as the last three months) -> 2019Q4;
# "down 19% from 2019" is the 2021Q3 change (the comparison in the basis). en06 no year printed ("September 12", "9/17",
# "8/06") -> none.
# Not labelled: dates and days ("Feb 26", "Friday", "Wednesday", "September 12", "9/17", "8/26", "8/06"), tickers
# ("NYSE:NOW", "NASDAQ: MU"), "second profit since the pandemic" (an ordinal), "double-downgrade" (a word for two notches;
# the ratings carry it), "52-week" and "after-hours" as names, "meeting-by-meeting", "medium-term", "the smallest gain
# since February" (a streak/record without a figure), the year numbers in "2025:", "2026:", "2027:" and "up to 2018"
# (periods), the analysts' and the CEO's names.

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 ServiceNow's first quarter (Investing.com, ca.investing.com; no year printed): adjusted EPS $3.41 (from $2.37) vs $3.16 expected; adjusted revenue $2.60 billion vs $2.58 billion; subscription revenue $2.52 billion, in line; Q2 subscription revenue guidance $2.525-$2.53 billion vs $2.54 billion; shares -about 5% after hours; full-year subscription revenue guidance $10.56-$10.58 billion vs the Bloomberg consensus $10.59 billion; adjusted gross margin 83% vs 82.6%; subscription adjusted gross margin 86% vs 84.7%; free cash flow $1.23 billion vs $961.1 million; 225,000 shares bought back for $175 million, about $787 million left (USD, %, shares)
# A US software company's quarter (the kind's subscription revenue, EPS against estimates, guidance and free cash flow;
# the stored text prints gross margins, not an operating margin, and no ARR). Whole as stored. The stored text has no
# headline (it opens with the lead; the address slug is not page text; none added). No quotes. Kept as printed:
# "(NYSE:NOW)", "$2.525 billion and $2.53 billion" (three decimals beside two), "$961.1 million" beside billions,
# "Bloomberg consensus estimate", "the expected $3.16" / "the expected $2.54 billion" (no source named).
# Periods: none (see the header).
# Decided (news73 en01, news69 en01): adjusted EPS "$3.41, up from $2.37 a year earlier" -> key with prior plus an
# optional year-earlier row (news73 b en08's "against ... in the same period last year"). Each "against / ahead of / above
# the estimate X" -> a key consensus row (EPS, adjusted revenue, the second-quarter guidance, the full-year guidance, both
# gross margins, free cash flow). "Subscription revenue was in line with the estimate at $2.52 billion" -> the actual key
# and the estimate (the same $2.52 billion) an optional consensus row (one printed figure for two quantities). Guidance
# ranges "between $2.525 billion and $2.53 billion" (second quarter) and "$10.56 billion to $10.58 billion" (full year,
# "adjusted ... to", no earlier range printed) -> key ranges without prior. "Fell about 5% in after-hours trade" key
# ("about" in the basis). The buyback: shares bought (225,000 shares), the amount ($175 million) and the remaining
# authorization ("About $787 million") each key. No rating actions.
NOW = "ServiceNow|ServiceNow Inc.|NOW|NYSE:NOW"
Q1, Q2, FYB = "first quarter", "second quarter", "full year"
SUB = "subscription_revenue|subscription_revenues"
G["en01"] = ([
    m("adjusted_eps|eps", 3.41, "USD", NOW, prior=2.37, basis="adjusted; " + Q1),
    m("adjusted_eps|eps", 2.37, "USD", NOW, opt=True, basis="adjusted; a year earlier"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 3.16, "USD", NOW, basis="expected; " + Q1),
    m("adjusted_revenue|revenue", 2.6e9, "USD", NOW, basis="adjusted; " + Q1),
    m("revenue_consensus|revenue_estimate|adjusted_revenue_consensus", 2.58e9, "USD", NOW, basis="analyst forecast"),
    m(SUB, 2.52e9, "USD", NOW, basis=Q1),
    m("subscription_revenue_consensus|subscription_revenue_estimate", 2.52e9, "USD", NOW, opt=True,
      basis="met the estimate (the same figure)"),
    m("guidance_subscription_revenue|subscription_revenue_guidance", None, "USD", NOW, rng=(2.525e9, 2.53e9), basis=Q2),
    m("subscription_revenue_guidance_consensus|subscription_revenue_consensus|subscription_revenue_estimate", 2.54e9,
      "USD", NOW, basis="expected; " + Q2),
    m(PC, -5, "%", NOW, basis="about; after-hours trade"),
    m("guidance_subscription_revenue|subscription_revenue_guidance", None, "USD", NOW, rng=(10.56e9, 10.58e9),
      basis=FYB + "; adjusted to a narrow range"),
    m("subscription_revenue_guidance_consensus|subscription_revenue_consensus|subscription_revenue_estimate", 10.59e9,
      "USD", NOW, basis=FYB + "; Bloomberg consensus estimate"),
    m("adjusted_gross_margin|gross_margin", 83, "%", NOW, basis="adjusted; " + Q1),
    m("gross_margin_consensus|gross_margin_estimate|adjusted_gross_margin_estimate", 82.6, "%", NOW, basis="estimate"),
    m("subscription_adjusted_gross_margin|subscription_gross_margin|gross_margin", 86, "%", NOW, basis="adjusted; " + Q1),
    m("subscription_gross_margin_consensus|subscription_gross_margin_estimate|gross_margin_estimate", 84.7, "%", NOW,
      basis="anticipated"),
    m("free_cash_flow|fcf", 1.23e9, "USD", NOW, basis=Q1),
    m("free_cash_flow_consensus|free_cash_flow_estimate|fcf_estimate", 961.1e6, "USD", NOW, basis="estimate"),
    m("shares_repurchased|buyback_shares|share_repurchase", 225000, "shares", NOW, basis=Q1),
    m("buyback_amount|share_repurchase|buyback|repurchase_amount", 175e6, "USD", NOW, basis="for 225,000 shares"),
    m("remaining_buyback_authorization|buyback_remaining|repurchase_authorization_remaining", 787e6, "USD", NOW,
      basis="about; under the current authorization"),
], [])

# ---------------------------------------------------------------- en02 Sika's 2015 results (Reuters brief, cn.reuters.com; dated Feb 26, "FY 2015"): sales +6.2 pct in local currencies to 5,489.2 million Swiss francs ($5.56 billion); net profit +5.4 pct to 465.1 million francs; EBIT 673.3 million (+6.3 pct); six to eight new factories and three to four national subsidiaries in 2016; dividend 78.00 francs per bearer share (2014: 72.00, +8.3 pct) and 13.00 francs per registered share (2014: 12.00, +8.3 pct); EBIT margin target 12-14 pct (previously >10 pct) and operating free cash flow 8 pct (previously >6 pct) up to 2018; FY 2016 sales growth 6-8 pct; $1 = 0.9880 Swiss francs (CHF, USD, %, factories, subsidiaries)
# A Swiss company's results in francs (the kind's sales, growth in local currencies as the organic measure, EBIT,
# dividend and outlook). Whole as stored: a Reuters brief of seven bullet lines and the closing rate. The store's date
# line is dropped; the brief's own dateline "Feb 26 (Reuters) - Sika AG :" (with the space before the colon) kept. The
# stored text has no headline (none added). The CEO's quoted sentence rendered as reported speech (its "six to eight"
# and "three to four" kept). Bullets kept one to a line. Kept as printed: "pct", "FY 2015" with a space, "5,489.2
# million Swiss francs ($5.56 billion)", "673.3 million" without a currency, "78.00" / "72.00" / "13.00" / "12.00" with
# trailing zeros, "(2014: ...)", "12-14 pct", ">10 pct", ">6 pct", "6-8 pct", "($1 = 0.9880 Swiss francs)".
# Periods: 2015, 2014, 2016, 2018 (see the header).
# Decided (news69 en02, news73 en02; news10 / news17 for conversions): sales 5,489.2 million francs key with its growth
# "in local currencies" key (the kind's organic measure, the basis in the basis); the bracketed $5.56 billion optional.
# Net profit and EBIT key with their growth rates key. The dividends "to 78.00 francs per bearer share (2014: 72.00
# francs, +8.3 pct)" and "to 13.00 francs per registered share (2014: 12.00 francs, +8.3 pct)" -> key with prior plus an
# optional 2014 row each, and each +8.3 pct key on its share class (two measures of the same number). The targets
# "EBIT margin of 12-14 pct (previously >10 pct)" -> key range with prior open range (10, None) plus an optional
# earlier-target row; "operating free cash flow of 8 pct (previously >6 pct)" -> key 8 with prior open range (6, None)
# plus an optional earlier-target row. "FY 2016 ... sales growth of 6-8 pct" a key guidance range; "above-average
# increase in margins" has no figure. The CEO's plans (six to eight factories, three to four national subsidiaries in
# 2016) optional ranges in count nouns (plans in a statement, marginal). The closing rate optional. No rating actions.
SIKA = "Sika|Sika AG|SIKA"
Y, Y0, Y1, YT = "2015", "2014", "2016", "2018"
DPSM = "dividend_per_share|dps|dividend"
G["en02"] = ([
    m("revenue|sales|net_sales", 5.4892e9, "CHF", SIKA, Y),
    m("revenue|sales|net_sales", 5.56e9, "USD", SIKA, Y, opt=True, basis="bracketed conversion"),
    m("revenue_growth_local_currency|sales_growth_local_currency|organic_revenue_growth|sales_growth|revenue_growth",
      6.2, "%", SIKA, Y, basis="in local currencies"),
    m("net_profit|net_income", 465.1e6, "CHF", SIKA, Y),
    m("net_profit_growth|net_income_growth", 5.4, "%", SIKA, Y),
    m("ebit|operating_profit", 673.3e6, "CHF", SIKA, Y, basis="printed '673.3 million' without a currency"),
    m("ebit_growth|operating_profit_growth", 6.3, "%", SIKA, Y),
    m("new_factories|factories|planned_factories", None, "factories", SIKA, Y1, rng=(6, 8), opt=True,
      basis="a further six to eight new factories; CEO's plan"),
    m("new_subsidiaries|national_subsidiaries", None, "subsidiaries", SIKA, Y1, rng=(3, 4), opt=True,
      basis="three to four new national subsidiaries; CEO's plan"),
    m(DPSM + "|dividend_per_bearer_share", 78.0, "CHF", SIKA, Y, prior=72.0, basis="proposed; per bearer share"),
    m(DPSM + "|dividend_per_bearer_share", 72.0, "CHF", SIKA, Y0, opt=True, basis="per bearer share; 2014"),
    m("dividend_growth|dividend_increase|dps_growth", 8.3, "%", SIKA, Y, basis="per bearer share"),
    m(DPSM + "|dividend_per_registered_share", 13.0, "CHF", SIKA, Y, prior=12.0, basis="proposed; per registered share"),
    m(DPSM + "|dividend_per_registered_share", 12.0, "CHF", SIKA, Y0, opt=True, basis="per registered share; 2014"),
    m("dividend_growth|dividend_increase|dps_growth", 8.3, "%", SIKA, Y, basis="per registered share"),
    m("ebit_margin_target|target_ebit_margin|ebit_margin", None, "%", SIKA, YT, rng=(12, 14), prng=(10, None),
      basis="target up to 2018; previously >10 pct"),
    m("ebit_margin_target|target_ebit_margin|ebit_margin", None, "%", SIKA, YT, rng=(10, None), opt=True,
      basis="earlier target: >10 pct"),
    m("operating_free_cash_flow_target|ofcf_target|free_cash_flow_target", 8, "%", SIKA, YT, prng=(6, None),
      basis="target up to 2018; previously >6 pct"),
    m("operating_free_cash_flow_target|ofcf_target|free_cash_flow_target", None, "%", SIKA, YT, rng=(6, None), opt=True,
      basis="earlier target: >6 pct"),
    m("guidance_sales_growth|guidance_revenue_growth|sales_growth_guidance|revenue_growth_guidance", None, "%", SIKA,
      Y1, rng=(6, 8), basis="expectation for FY 2016"),
    m("exchange_rate|fx_rate", 0.988, "CHF", "USD/CHF", opt=True, basis="$1 = 0.9880 Swiss francs"),
], [])

# ---------------------------------------------------------------- en03 US retail sales in September (esperio.org market news; no year printed): +0.7 percent m-o-m after a revised +0.9 percent in August (first +0.7 percent); economists -0.2 percent; August drivers: sporting goods, music and book stores +3.7, general merchandise +2.0, miscellaneous retailers +1.8, gasoline stations +1.8 percent; ex-auto +0.8 after a revised +2.0 (first +1.8), forecast +0.5; core +0.8 after a revised +2.6 (first +2.5); y-o-y +13.9 percent after a revised +15.4 (first +15.1) (%)
# A US retail-sales release (the kind's month-on-month and year-on-year %, core, the revised prior month and the poll).
# Whole as stored. The stored text has no headline (none added). No quotes. Kept as printed: "m-o-m" / "y-o-y",
# "percent", "(originally a ... )" readings in brackets, "+3.7 percent m-o-m" signs in brackets, "the August increase"
# for the store categories (in a September report; read as printed, August in the basis), "Excluding auto", a fall of 0.2
# percent expected against a 0.7 percent rise, "the smallest gain since February" (no figure).
# Periods: none (see the header).
# Decided (news73 en03, news15 en09): each September figure "after a revised X in August (originally Y)" -> the
# September figure key with the revised August figure as prior; the revised August figure key with its first reading as
# prior; the first reading an optional row (headline, ex-auto, core, year-on-year). The economists' forecasts (-0.2
# headline, +0.5 ex-auto) key consensus rows. The four store categories key on their own entities with the US among the
# alternatives (the bracketed m-o-m changes, "August" in the basis as printed). The year-on-year rise in its own metric.
# No rating actions.
US = "U.S.|US|United States|U.S. retail sales"
S, A, MOM, YOY = "September", "August", "m-o-m", "y-o-y"
RS = "retail_sales_growth|retail_sales_change|retail_sales_mom"
RX = "retail_sales_ex_autos_growth|retail_sales_ex_auto_growth|retail_sales_ex_autos"
RC = "core_retail_sales_growth|core_retail_sales|retail_sales_control_group"
RY = "retail_sales_growth_yoy|retail_sales_yoy|retail_sales_growth"
G["en03"] = ([
    m(RS, 0.7, "%", US, prior=0.9, basis=S + "; " + MOM),
    m(RS, 0.9, "%", US, prior=0.7, basis=A + ", revised; " + MOM),
    m(RS, 0.7, "%", US, opt=True, basis=A + ", first reading; " + MOM),
    m("retail_sales_consensus|retail_sales_forecast|retail_sales_growth_forecast", -0.2, "%", US,
      basis=S + "; economists had forecast a fall; " + MOM),
    m("retail_sales_growth|sales_growth|category_sales_growth", 3.7, "%",
      "sporting goods, music and book stores|sporting goods stores|" + US, basis=A + " increase as printed; " + MOM),
    m("retail_sales_growth|sales_growth|category_sales_growth", 2.0, "%", "general merchandise stores|" + US,
      basis=A + " increase as printed; " + MOM),
    m("retail_sales_growth|sales_growth|category_sales_growth", 1.8, "%", "miscellaneous retailers|" + US,
      basis=A + " increase as printed; " + MOM),
    m("retail_sales_growth|sales_growth|category_sales_growth", 1.8, "%", "gasoline stations|" + US,
      basis=A + " increase as printed; " + MOM),
    m(RX, 0.8, "%", US, prior=2.0, basis=S + "; excluding auto; " + MOM),
    m(RX, 2.0, "%", US, prior=1.8, basis="the month before, revised; " + MOM),
    m(RX, 1.8, "%", US, opt=True, basis="the month before, first reading; " + MOM),
    m("retail_sales_ex_autos_consensus|retail_sales_ex_autos_forecast|retail_sales_consensus", 0.5, "%", US,
      basis=S + "; economists' forecast; " + MOM),
    m(RC, 0.8, "%", US, prior=2.6, basis=S + "; excluding automobiles, gasoline, building materials, food services; " + MOM),
    m(RC, 2.6, "%", US, prior=2.5, basis=A + ", revised; " + MOM),
    m(RC, 2.5, "%", US, opt=True, basis=A + ", first reading; " + MOM),
    m(RY, 13.9, "%", US, prior=15.4, basis=S + "; " + YOY),
    m(RY, 15.4, "%", US, prior=15.1, basis="the previous month, revised; " + YOY),
    m(RY, 15.1, "%", US, opt=True, basis="the previous month, first reading; " + YOY),
], [])

# ---------------------------------------------------------------- en04 The ECB holds (ZeroHedge, zerohedge.com; no year printed for the decision): deposit rate unchanged at 2%; inflation at around 2% (the 2% medium-term target); HICP projections 2025 2.1% (exp. 2.1%, prev. 2.0%), 2026 1.7% (exp. 1.9%, prev. 1.6%), 2027 1.9% (exp. 2.0%, prev. 2.0%); core 2025 2.4% (prev. 2.4%), 2026 1.9% (prev. 1.9%), 2027 1.8% (prev. 1.9%); GDP 2025 1.2% (exp. 1.1%, prev. 0.9%), 2026 1.0% (exp. 1.1%, prev. 1.1%), 2027 1.3% (exp. 1.5%, prev. 1.3%) (%, bp)
# A European Central Bank decision (the kind's rates, staff projections and the poll; a hold, so no basis-point move is
# printed). Whole as stored apart from the page's "(link here)" and its section head "Market Reaction" (dropped as
# furniture). The stored text has no headline (the address slug is not page text; none added). The statement's
# highlight lines (quoted from the ECB) rendered as reported speech; the projection lines kept as printed, one to a line,
# with their headings. Kept as printed: "ECB s" without the apostrophe, "2027:1.8%" without a space, "(exp. 1.1% prev.
# 0.9%)" without a comma, "1.1 %" with a space (twice), "exp." and "prev.", the headings in capitals ("INFLATION:",
# "ECONOMIC PROJECTIONS:", "HICP INFLATION:", "HICP CORE INFLATION (EX-ENERGY & FOOD):", "GDP:").
# Periods: the decision none; projections 2025, 2026, 2027 (see the header).
# Decided (earlier sets' Fed and ECB projection rows; news25 / news30 b for a hold): the deposit rate "kept at 2%" key
# with no prior and an optional 0 bp change; current inflation "at around 2%" key ("around" in the basis) and the "2%
# medium-term target" optional (a standing target restated). Each projection line "YYYY: X% (exp. E%, prev. P%)" -> the
# projection key with the previous projection as prior, plus an optional previous-projection row, plus a key consensus
# row for "exp." (the expectation printed for HICP inflation and GDP; none printed for core). "Near that level in 2027"
# and "close to the one from June" restate the lines (no new figure). No rating actions.
ECB = "ECB|European Central Bank|euro zone|euro area|eurozone|Eurosystem"
INF = "inflation_projection|hicp_inflation_projection|inflation_forecast|hicp_forecast"
INFC = "inflation_projection_consensus|inflation_forecast_consensus|hicp_inflation_consensus|inflation_projection_expected"
COR = "core_inflation_projection|core_inflation_forecast|hicp_core_projection"
GDP = "gdp_growth_projection|gdp_growth_forecast|gdp_projection"
GDPC = "gdp_growth_projection_consensus|gdp_growth_forecast_consensus|gdp_projection_consensus|gdp_growth_expected"
SP, PP, EX = "staff projection", "previous projection", "exp."
G["en04"] = ([
    m("deposit_rate|deposit_facility_rate|policy_rate", 2, "%", ECB, basis="kept unchanged"),
    m("rate_change|policy_rate_change|deposit_rate_change", 0, "bp", ECB, opt=True, basis="unchanged"),
    m("inflation|inflation_rate|hicp_inflation", 2, "%", ECB, basis="currently at around"),
    m("inflation_target", 2, "%", ECB, opt=True, basis="medium-term target"),
    m(INF, 2.1, "%", ECB, "2025", prior=2.0, basis="HICP; " + SP),
    m(INF, 2.0, "%", ECB, "2025", opt=True, basis="HICP; " + PP),
    m(INFC, 2.1, "%", ECB, "2025", basis="HICP; " + EX),
    m(INF, 1.7, "%", ECB, "2026", prior=1.6, basis="HICP; " + SP),
    m(INF, 1.6, "%", ECB, "2026", opt=True, basis="HICP; " + PP),
    m(INFC, 1.9, "%", ECB, "2026", basis="HICP; " + EX),
    m(INF, 1.9, "%", ECB, "2027", prior=2.0, basis="HICP; " + SP + "; trimmed"),
    m(INF, 2.0, "%", ECB, "2027", opt=True, basis="HICP; " + PP),
    m(INFC, 2.0, "%", ECB, "2027", basis="HICP; " + EX),
    m(COR, 2.4, "%", ECB, "2025", prior=2.4, basis="HICP core, ex-energy & food; " + SP),
    m(COR, 2.4, "%", ECB, "2025", opt=True, basis="HICP core; " + PP),
    m(COR, 1.9, "%", ECB, "2026", prior=1.9, basis="HICP core; " + SP),
    m(COR, 1.9, "%", ECB, "2026", opt=True, basis="HICP core; " + PP),
    m(COR, 1.8, "%", ECB, "2027", prior=1.9, basis="HICP core; " + SP + "; printed '2027:1.8%'"),
    m(COR, 1.9, "%", ECB, "2027", opt=True, basis="HICP core; " + PP),
    m(GDP, 1.2, "%", ECB, "2025", prior=0.9, basis=SP),
    m(GDP, 0.9, "%", ECB, "2025", opt=True, basis=PP),
    m(GDPC, 1.1, "%", ECB, "2025", basis=EX),
    m(GDP, 1.0, "%", ECB, "2026", prior=1.1, basis=SP),
    m(GDP, 1.1, "%", ECB, "2026", opt=True, basis=PP + "; printed '1.1 %'"),
    m(GDPC, 1.1, "%", ECB, "2026", basis=EX + "; printed '1.1 %'"),
    m(GDP, 1.3, "%", ECB, "2027", prior=1.3, basis=SP),
    m(GDP, 1.3, "%", ECB, "2027", opt=True, basis=PP),
    m(GDPC, 1.5, "%", ECB, "2027", basis=EX),
], [])

# ---------------------------------------------------------------- en05 Delta Air Lines' third quarter of 2021 (CNBC, cnbc.com; 2021 by the text's "late 2021"): adjusted EPS 30 cents vs 17 cents; revenue $9.15 billion vs $8.4 billion (repeated); profit $1.2 billion, -19% from 2019; Q4 revenue a little less than three-quarters of 2019Q4's $11.4 billion; Q4 costs before fuel +6% to 8%; capacity 80% of 2019 from 71%; fuel $2.25 to $2.40 from $1.97 a gallon (USD, %)
# A US airline's quarter (the kind's revenue, EPS against the estimates, fuel cost and guidance; capacity is printed as a
# share of 2019's, unit revenue is not printed). Cut: the stored text's second quoted sentence of the CEO breaks off
# mid-word ("sustained profitabi"), so the passage stops after his first sentence (rendered as reported speech), a
# sentence boundary (nothing with a figure goes with the cut). The photo caption at the top of the stored text dropped
# as furniture. The stored text has no headline (none added). The two "label: value" lines kept as lines. Kept as
# printed: "30 cents" / "17 cents", "$9.15 billion" and "$8.4 billion" printed twice, "a little bit less than
# three-quarters of the $11.4 billion", "6% to 8%", "$2.25 to $2.40" without "a gallon" and "$1.97 a gallon", "Refinitiv".
# Periods: 2021Q3, 2021Q4, 2019Q4 (see the header).
# Decided (news65 en01, news73 en01, news37 en07): adjusted EPS and revenue key with the Refinitiv estimates as key
# consensus rows; the repeat sentence's $9.15 billion and $8.4 billion optional. "Third-quarter profit of $1.2 billion,
# down 19% from 2019" -> key net profit and a key -19 % change (against 2019 in the basis). The outlook "to a little bit
# less than three-quarters of the $11.4 billion it took in during the same quarter in 2019" -> the 2019Q4 revenue key and
# the recovery share key as 75 % of 2019 (the hedge in the basis; a figure in words). "Costs before fuel ... to rise 6% to
# 8% in the fourth quarter" a key range. "Fly 80% of its 2019 capacity, up from 71% in the most recent quarter" -> the
# fourth-quarter 80 % key with prior 71 and the third quarter's 71 % key (the reported quarter's actual, not only an
# earlier value). "Fuel prices to climb to $2.25 to $2.40, from the average of $1.97 a gallon in the third quarter" ->
# a key 2021Q4 range with prior 1.97 and the third quarter's average fuel price key (per gallon in the basis). "Billions of
# dollars in federal assistance" has no figure. No rating actions.
DAL = "Delta Air Lines|Delta|Delta Air Lines Inc.|DAL"
Q3, Q4 = "2021Q3", "2021Q4"
G["en05"] = ([
    m("adjusted_eps|eps", 0.30, "USD", DAL, Q3, basis="adjusted; 30 cents"),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate", 0.17, "USD", DAL, Q3, basis="Refinitiv average estimate"),
    m("revenue|revenues|operating_revenue", 9.15e9, "USD", DAL, Q3),
    m("revenue_consensus|revenue_estimate", 8.4e9, "USD", DAL, Q3, basis="Refinitiv average estimate"),
    m("revenue|revenues|operating_revenue", 9.15e9, "USD", DAL, Q3, opt=True, basis="repeat"),
    m("revenue_consensus|revenue_estimate", 8.4e9, "USD", DAL, Q3, opt=True, basis="repeat"),
    m("net_profit|net_income|profit", 1.2e9, "USD", DAL, Q3, basis="without U.S. aid"),
    m("net_profit_change|net_income_change|profit_change|net_profit_growth", -19, "%", DAL, Q3,
      basis="against 2019 (the same quarter before the pandemic)"),
    m("revenue|revenues|operating_revenue", 11.4e9, "USD", DAL, "2019Q4", basis="the same quarter in 2019"),
    m("guidance_revenue_recovery|guidance_revenue_vs_2019|revenue_recovery_share", 75, "%", DAL, Q4,
      basis="a little bit less than three-quarters of 2019Q4 revenue"),
    m("guidance_cost_growth|guidance_costs_ex_fuel|cost_growth_guidance|casm_ex_fuel_guidance", None, "%", DAL, Q4,
      rng=(6, 8), basis="costs before fuel expenses"),
    m("guidance_capacity|capacity_vs_2019|capacity_share_of_2019|capacity", 80, "%", DAL, Q4, prior=71,
      basis="share of 2019 capacity"),
    m("capacity_vs_2019|capacity_share_of_2019|capacity", 71, "%", DAL, Q3, basis="share of 2019 capacity; the most recent quarter"),
    m("guidance_fuel_price|fuel_price_guidance|fuel_price", None, "USD", DAL, Q4, rng=(2.25, 2.40), prior=1.97,
      basis="per gallon (printed without 'a gallon')"),
    m("fuel_price|fuel_cost_per_gallon|average_fuel_price", 1.97, "USD", DAL, Q3, basis="average, a gallon"),
], [])

# ---------------------------------------------------------------- en06 Brokers on Micron Technology (tacticalbulls.com; no year printed): Exane BNP Paribas double-downgrade to Underperform from Outperform, target $67 from $140; UBS Buy $135 from $153; Citigroup Buy 150 from $175; Morgan Stanley Equal Weight 100 from $140; Raymond James Outperform $125 from $160; Needham & Co. Buy $140 from $150; Susquehanna Positive $175 from $185; KeyBanc Capital Markets Overweight $145 from $165; stock $88.50, 52-week range $63.83 to $157.54; consensus target $164.28 (Finviz) and $149.12 (MarketBeat), high target $225 (USD)
# Analysts' calls on a US semiconductor stock (the kind's several brokers, targets in $, ratings kept or changed: one
# downgrade and seven target cuts with ratings kept). Whole as stored apart from the trailing "Categories" (furniture).
# The stored text has no headline (none added). No quotes (the article's own cautionary paragraph rendered in our words;
# no figures). The list kept as a list, one broker a line, as printed. Kept as printed: "(NASDAQ: MU)", "double-downgrade",
# the ratings in capitals in brackets, "target to 150 from $175" and "target to 100 from $140" without "$", the garbled
# "these are the other most price target cuts", the dates "9/17" ... "8/06", "Needham & Co.", "Citigroup".
# Periods: none (see the header).
# Decided (news73 en06, news71 en06, news3 for rating-passage prices): "double-downgrade to Underperform from
# Outperform, ... price target to $67 from $140" -> downgrade with both ratings and both targets. Each list line
# "<broker> (<rating>) target to $X from $Y" under "the calls that kept their formal ratings", with X below Y ->
# cut_target with the rating and both targets; ratings normalised (buy, equal-weight, outperform, positive, overweight,
# underperform). The consensus targets ($164.28 at Finviz, $149.12 at MarketBeat) key as consensus_target_price metrics
# and the "high price target of $225" key (news69 en06's highest target); the last price $88.50 and the 52-week range
# optional (rating-passage statistics). The list's dates are not labelled.
MU = "Micron|Micron Technology|Micron Technology Inc.|MU"
CT = "consensus_target_price|consensus_price_target|target_price"
G["en06"] = ([
    m("share_price|price|stock_price", 88.50, "USD", MU, opt=True, basis="last traded"),
    m("price_range_52w|52_week_range", None, "USD", MU, rng=(63.83, 157.54), opt=True),
    m(CT, 164.28, "USD", MU, basis="listed at Finviz; likely to come down"),
    m(CT, 149.12, "USD", MU, basis="MarketBeat, for now"),
    m("high_target_price|target_price_high|highest_target_price|target_price", 225, "USD", MU,
      basis="high price target in the MarketBeat consensus"),
], [
    ra("Exane BNP Paribas|Exane|BNP Paribas Exane|BNP Paribas", MU, "downgrade", "underperform", "outperform",
       target=67, prior_target=140, cur="USD"),
    ra("UBS", MU, "cut_target", "buy", target=135, prior_target=153, cur="USD"),
    ra("Citigroup|Citi", MU, "cut_target", "buy", target=150, prior_target=175, cur="USD"),
    ra("Morgan Stanley", MU, "cut_target", "equal-weight", target=100, prior_target=140, cur="USD"),
    ra("Raymond James", MU, "cut_target", "outperform", target=125, prior_target=160, cur="USD"),
    ra("Needham & Co.|Needham|Needham & Company", MU, "cut_target", "buy", target=140, prior_target=150, cur="USD"),
    ra("Susquehanna|Susquehanna Financial Group|Susquehanna International Group", MU, "cut_target", "positive",
       target=175, prior_target=185, cur="USD"),
    ra("KeyBanc Capital Markets|KeyBanc|KeyBanc Capital", MU, "cut_target", "overweight", target=145, prior_target=165,
       cur="USD"),
])
