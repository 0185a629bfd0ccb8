# Hand-written gold labels for news71/en en01-en06 (batch a: English news from the US, Canada and Europe — Lennar's
# fiscal fourth quarter of 2019 with EPS and revenue against the estimates, new orders, deliveries, backlog, gross
# margin, land-supply measures and the 2020 delivery and margin ranges; the DIA Group's full year 2016 in euros with
# adjusted EBITDA, gross sales under banner by region, like-for-like growth, cash from operations, the net debt
# reduction, pretax and net profit, stores and the proposed dividend; a US weekly jobless-claims release for the week
# ended March 31st with the revised prior week, the poll, the four-week averages, continuing claims and the payroll
# preview; the Federal Reserve's 25 bp cut to 3.50–3.75% on a three way split with its median projections for the
# funds rate, GDP, unemployment and PCE inflation for 2026-2028; Newell Brands' cut 2022 and third-quarter sales and
# EPS ranges with the share move and the FactSet poll; and seven brokers' targets on JPMorgan Chase after its
# fourth-quarter results).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news70/en/README.md, with: news59 en05 and news54 en02 (a US homebuilder's fiscal quarter: orders, deliveries and
# backlog in homes and dollars, the backlog a balance without a period, delivery and margin outlook ranges), news70 en04
# (a first printing key, its later repeat optional), news68 en01 / news69 en02 (a company's year with year-earlier
# comparisons; a proposed dividend printed without its year takes no period, news70 en02), news62 en04 and news67 en06
# (US jobless claims counted in "people", payrolls in "jobs", the poll as key consensus rows, thresholds optional),
# news69 en03 (a revised previous reading key on its own with its first reading as prior plus an optional row), news31
# en03 and news56 en04 (Fed median projections by year with the earlier projection as prior), news69 en04 / news70 en04
# (a policy-rate cut in bp and the new level key without a period, the vote count not labelled (news17), the
# dissenters' preferred move optional, earlier forecasts as optional rows), news69 en01 and news67 en02 (a guidance range
# cut from an earlier range: rng with prng plus an optional earlier-range row, the poll a key consensus row), news64
# en06 (a broker's standing target -> maintain, key) and news63 b (a target change with the rating kept -> raise_target
# with the rating), news48 en03 and news69 en06 (analyst counts optional, a consensus target a metric).
# Currencies: en01 "$" -> USD; en02 "EUR" (written before the figure, "EUR625m") -> EUR; en03 none (people, jobs, %);
# en04 none (%, bp, pp); en05 "$" and "cents" -> USD ("46 cents" -> 0.46, "52 cents" -> 0.52); en06 "$" -> USD.
# Scaling: values fully scaled ("$6.3 billion" -> 6.3e9, "$6.97 billion" -> 6.97e9, "EUR625m" -> 625e6, "EUR10.55bn" ->
# 10.55e9, "1.808 million" -> 1.808e6, "$9.37 billion" -> 9.37e9, "$4.8 billion" -> 4.8e9); declines negative ("down 4%"
# -> -4, "reduced its net debt by EUR254m" -> -254e6, "dropped by 42%" -> -42, "dropped by 64,000" -> -64000, "lowered
# interest rates by 25bps" -> -25 bp, "lost more than 4%" -> -4, "shed 22%" -> -22); hedges in the basis ("more than",
# "about", "around").
# Periods decided: en01 "fiscal fourth-quarter" results in a passage that closes "fiscal 2019" and gives the 2020
# outlook -> FY2019Q4 for the quarter's EPS, revenue, orders, deliveries and margin; "fiscal 2019" deliveries -> FY2019;
# "deliveries in 2020" and the 2020 margin range -> 2020 (the text says 2020, not fiscal); the backlog (a quarter-end
# balance, news59 en05), the land-supply measures at year-end and the estimates' share of them none. en02 "In 2016" ->
# 2016 for the year's sales, EBITDA (the standfirst's figure is the same year's, clearly implied), LFL growth, cash from
# operations, the net debt reduction and profits; the dividend (no year printed with it) and the year-end store count
# (a balance) none. en03 prints no year ("the week ended March 31st", "March 24th", "March", "February") -> none, the week
# or month in the basis; "December of 1973" -> 1973-12 on the optional historic row. en04: the decision none (a rate
# level, no year printed); each projection takes the year it names (2026, 2027, 2028). en05: "its outlook for 2022 and
# for the current quarter" -> 2022 for the annual ranges and 2022Q3 for the third-quarter ranges and the FactSet poll;
# the share moves none. en06 prints no year ("fourth-quarter results", "Q1", "Thursday", "this week") -> none.
# Not labelled: dates and times ("February 23, 2017", "Wednesday", "Thursday", "Tuesday", "Friday", "the week ended
# March 31st", "March 24th"), tickers and codes ("LEN", "NWL", "NYSE:JPM", "NYSE:C", "FBCM"), en02's "2016-18" goals (a
# span), en03's "44-year low" (a span), en04's "three way split" (a committee vote count, news17), en06's "five of the
# six businesses" (a count of business lines in a quote), "12 months" (a horizon) and "a month ago".

PC = "price_change|share_price_change|stock_change"

# ---------------------------------------------------------------- en01 Lennar's fiscal fourth quarter of 2019 (TheStreet, thestreet.com): backlog 15,577 homes, $6.3 billion, down 4% (standfirst, repeated in the body); EPS $2.13 vs $1.90 estimates; revenue $6.97 billion, +7.9%, vs $6.51 billion expected; new orders +23% to 13,089 homes; deliveries +16% to 16,420 homes; years owned supply of homesites 4.1 from 4.4; controlled homesites 33% from 30%; gross margin on home sales 21.5% (repeated in Jaffe's remark); 2020 deliveries 54,000 to 55,000 homes, margin 20.5% to 21%; fiscal 2019 deliveries 51,491 homes, +13% (USD, %, homes, years)
# A US homebuilder's quarter (the kind's orders, closings as deliveries, backlog, gross margin and EPS against the
# estimates; no average selling price is printed). Whole as stored apart from the page's "- Get Report" link text after
# "(LEN)", dropped. The stored text has no headline; it opens with a one-sentence standfirst on the backlog, kept as
# the first paragraph (the address slug is not page text; none added). Stuart Miller's two quoted sentences and Jon
# Jaffe's two rendered as reported speech ("4.1 years", "4.4 years", "33%", "30%" and the repeated "21.5%" kept). Kept
# as printed: "(LEN)", "fiscal fourth-quarter", "land lighter" unhyphenated, "years owned supply of homesites", "gross
# margin on home sales" beside "homebuilding gross margin", "a homebuilding gross margin percentage in the range of
# 20.5% to 21%".
# Decided: the standfirst is the first printing of the backlog (15,577 homes, $6.3 billion, down 4% on the dollar value)
# -> key; the body's repeats ("its backlog of $6.3 billion ... was down 4%", "held 15,577 homes") optional (news70 en04).
# EPS "$2.13 a share ... above estimates of $1.90" -> key EPS and key consensus; revenue $6.97 billion with its +7.9 %
# and the $6.51 billion expectations key. New orders and deliveries: levels in "homes" and growth key. Miller's
# land-supply measures: "to 4.1 years at year-end from 4.4 years at the end of the third quarter" -> key 4.1 years with
# prior 4.4 and an optional earlier row; controlled homesites "to 33% from 30%" -> key with prior and an optional row.
# Gross margin on home sales 21.5 % key (FY2019Q4); Jaffe's repeat optional. The 2020 outlook: deliveries "54,000 to
# 55,000 homes" and margin "20.5% to 21%" -> key ranges (no earlier range printed). "Fiscal 2019 deliveries totaled
# 51,491 homes, 13% more than a year earlier" -> key level and growth for FY2019.
LEN = "Lennar|Lennar Corp.|Lennar Corporation|LEN"
Q = "FY2019Q4"
BU = "backlog_units|backlog|backlog_homes"
BV = "backlog_value|backlog|backlog_dollar_value"
BVG = "backlog_value_change|backlog_value_growth|backlog_change"
DEL = "deliveries|home_deliveries|homes_delivered|closings"
DELG = "deliveries_growth|home_deliveries_growth|deliveries_change|closings_growth"
ORD = "new_orders|net_orders|orders"
GM = "gross_margin|home_sales_gross_margin|homebuilding_gross_margin|gross_margin_on_home_sales"
G["en01"] = ([
    m(BU, 15577, "homes", LEN, basis="standfirst; at quarter end"),
    m(BV, 6.3e9, "USD", LEN, basis="standfirst; dollar value of the backlog"),
    m(BVG, -4, "%", LEN, basis="standfirst; backlog dollar value down 4%"),
    m(BV, 6.3e9, "USD", LEN, opt=True, basis="body repeat; end of the quarter"),
    m(BVG, -4, "%", LEN, opt=True, basis="body repeat"),
    m(BU, 15577, "homes", LEN, opt=True, basis="body repeat"),
    m("eps|diluted_eps|earnings_per_share", 2.13, "USD", LEN, Q, basis="fourth quarter; a share"),
    m("eps_consensus|eps_estimate", 1.90, "USD", LEN, Q, basis="estimates"),
    m("revenue|revenues|total_revenue", 6.97e9, "USD", LEN, Q),
    m("revenue_growth|revenues_growth", 7.9, "%", LEN, Q, basis="from a year earlier"),
    m("revenue_consensus|revenue_estimate", 6.51e9, "USD", LEN, Q, basis="expectations"),
    m(ORD, 13089, "homes", LEN, Q),
    m("new_orders_growth|net_orders_growth|orders_growth", 23, "%", LEN, Q),
    m(DEL, 16420, "homes", LEN, Q, basis="new home deliveries"),
    m(DELG, 16, "%", LEN, Q, basis="jumped"),
    m("years_owned_supply|years_of_owned_homesites|owned_homesite_supply", 4.1, "years", LEN, prior=4.4,
      basis="years owned supply of homesites at year-end"),
    m("years_owned_supply|years_of_owned_homesites|owned_homesite_supply", 4.4, "years", LEN, opt=True,
      basis="end of the third quarter"),
    m("controlled_homesites_share|controlled_homesites_pct|controlled_homesites", 33, "%", LEN, prior=30,
      basis="controlled homesites as a percentage of total homesites; during the fourth quarter"),
    m("controlled_homesites_share|controlled_homesites_pct|controlled_homesites", 30, "%", LEN, opt=True,
      basis="before the fourth quarter"),
    m(GM, 21.5, "%", LEN, Q, basis="gross margin on home sales"),
    m(GM, 21.5, "%", LEN, Q, opt=True, basis="president's repeat; homebuilding gross margin"),
    m("guidance_deliveries|deliveries_guidance|deliveries_forecast", None, "homes", LEN, "2020", rng=(54000, 55000),
      basis="expects to deliver"),
    m("guidance_gross_margin|gross_margin_guidance|homebuilding_gross_margin_guidance", None, "%", LEN, "2020",
      rng=(20.5, 21), basis="homebuilding gross margin percentage"),
    m(DEL, 51491, "homes", LEN, "FY2019", basis="fiscal 2019 deliveries"),
    m(DELG, 13, "%", LEN, "FY2019", basis="more than a year earlier"),
], [])

# ---------------------------------------------------------------- en02 The DIA Group's full year 2016 (the company's release on diacorporate.com, February 23, 2017): adjusted EBITDA EUR625m, up 8.6% (standfirst and body); proposed dividend EUR0.21 per share; gross sales under banner EUR10.55bn, +10.2%; Iberia +1.1% to EUR6.815bn; emerging markets EUR3.736bn, +26.3%; Spain +0.9% to EUR5.967bn; LFL sales growth 8.7%; more than 3,300 entrepreneurs; EUR207m cash from operations; net debt reduced by EUR254m; pretax profits EUR243m, +12.8%; net attributable profit -42% to EUR174m; 7,799 stores, 81 more (EUR, %, stores)
# A Spanish company's results in euros (the kind's sales, EBITDA, net debt, dividend and outlook; DIA reports gross sales
# under banner rather than net sales, the net debt as the year's reduction and the outlook only in words, "2016-18 goals
# unchanged"). Cut: the stored text breaks off inside the dividend sentence ("The Board of Directors will propose to the
# general shareho"), so the passage stops after the store-count sentence, a sentence boundary; the dividend's detail
# goes with the cut (the standfirst's EUR0.21 per share is kept). The stored text has no headline above the date (the
# address slug is not page text; none added); the release date "February 23, 2017" kept as the dateline and the two
# standfirst lines kept. Ricardo Currás's quoted paragraph rendered as reported speech ("8.7%", "3,300", "EUR207m",
# "EUR254m", "2017" and "2016-18" kept). Kept as printed: "up 8.6% more than in local currency" (the standfirst's odd
# wording beside the body's "up 8.6% in local currency"), "EUR625m" / "EUR10.55bn" with the code before the figure,
# "(Argentina, Brazil, and China)", "LFL", "Cash from Operations" capitalised, "extraordinaries".
# Decided: the standfirst's adjusted EBITDA and +8.6 % are the first printing -> key (2016, clearly implied); the body's
# repeat optional. The dividend "will put forward a dividend of EUR0.21 per share" -> key, no period (no year printed
# with it; news70 en02). Gross sales under banner for the group, Iberia, the emerging-market segment and Spain key with
# their growth rates (local currency in the basis), each region keyed on the region with DIA among the alternatives.
# "LFL sales growth in 2016 to a record 8.7%" key. "More than 3,300 entrepreneurs" (franchise partners) optional (a
# count of minor interest). "EUR207m Cash from Operations" key; "reduced its net debt by EUR254m" -> key net-debt change
# -254e6 (no level printed). Pretax profits EUR243m and +12.8 % key; net attributable profit EUR174m and -42 % key. The
# year-end network of 7,799 stores and the 81 more key (no period, a balance and its change).
DIA = "DIA Group|DIA|Dia|Distribuidora Internacional de Alimentacion|Grupo DIA"
Y = "2016"
GS = "gross_sales_under_banner|gross_sales|sales|revenue"
GSG = "gross_sales_under_banner_growth|gross_sales_growth|sales_growth|revenue_growth"
EB = "adjusted_ebitda|ebitda"
EBG = "adjusted_ebitda_growth|ebitda_growth"
G["en02"] = ([
    m(EB, 625e6, "EUR", DIA, Y, basis="standfirst; adjusted"),
    m(EBG, 8.6, "%", DIA, Y, basis="standfirst; printed 'up 8.6% more than in local currency'"),
    m("dividend_per_share|dps|proposed_dividend|dividend", 0.21, "EUR", DIA, basis="to be proposed by the board"),
    m(GS, 10.55e9, "EUR", DIA, Y, basis="gross sales under banner"),
    m(GSG, 10.2, "%", DIA, Y, basis="on the previous year, local currency"),
    m(GS, 6.815e9, "EUR", "Iberia|DIA Iberia|" + DIA, Y, basis="gross sales under banner"),
    m(GSG, 1.1, "%", "Iberia|DIA Iberia|" + DIA, Y),
    m(GS, 3.736e9, "EUR", "emerging markets|emerging-market segment|Argentina, Brazil and China|" + DIA, Y,
      basis="sales"),
    m(GSG, 26.3, "%", "emerging markets|emerging-market segment|Argentina, Brazil and China|" + DIA, Y,
      basis="upturn, local currency"),
    m(GS, 5.967e9, "EUR", "Spain|DIA Spain|" + DIA, Y, basis="gross sales under banner"),
    m(GSG, 0.9, "%", "Spain|DIA Spain|" + DIA, Y),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth", 8.7, "%", DIA, Y,
      basis="record; highest annual rate since listing"),
    m("franchise_partners|entrepreneurs|partners", 3300, "entrepreneurs", DIA, opt=True,
      basis="more than; working with DIA every day"),
    m("cash_from_operations|operating_cash_flow", 207e6, "EUR", DIA, Y),
    m("net_debt_change|net_debt_reduction|net_debt", -254e6, "EUR", DIA, Y, basis="reduced its net debt by"),
    m("pretax_profit|profit_before_tax|pre_tax_profit", 243e6, "EUR", DIA, Y),
    m("pretax_profit_growth|profit_before_tax_growth", 12.8, "%", DIA, Y, basis="more than in 2015, local currency"),
    m("net_profit|net_income|net_attributable_profit", 174e6, "EUR", DIA, Y, basis="net attributable profit"),
    m("net_profit_growth|net_income_growth|net_attributable_profit_growth", -42, "%", DIA, Y,
      basis="absence of extraordinaries"),
    m(EB, 625e6, "EUR", DIA, Y, opt=True, basis="body repeat"),
    m(EBG, 8.6, "%", DIA, Y, opt=True, basis="body repeat; local currency"),
    m("stores|store_count|number_of_stores", 7799, "stores", DIA, basis="network at the end of the year"),
    m("store_change|net_new_stores|store_count_change", 81, "stores", DIA, basis="more than a year earlier"),
], [])

# ---------------------------------------------------------------- en03 US weekly jobless claims for the week ended March 31st (RTTNews/dpa-AFX on finanznachrichten.de; no year printed): initial claims +24,000 to 242,000 from a revised 218,000; poll 225,000 from the 215,000 first reported; four-week average +3,000 to 228,250 from a revised 225,250; continuing claims -64,000 to 1.808 million, lowest since 1.805 million in December of 1973; continuing four-week average -13,500 to 1,848,250 from a revised 1,861,750; March payrolls seen +198,000 after +313,000 in February; unemployment rate seen 4.0 percent from 4.1 percent (people, jobs, %)
# A US weekly jobless-claims release (the kind's level, change, the revised prior week, four-week average and the
# poll) with the payroll preview. Whole as stored apart from the closing "Copyright RTT News/dpa-AFX", dropped. The
# stored text has no headline (it opens with the dateline; the address slug is not page text; none added). The dateline
# "WASHINGTON (dpa-AFX) -" kept. No quotes. Kept as printed: "March 31st" / "March 24th" with "st" / "th", "claims
# taking procedures" unhyphenated, "December of 1973", "44-year low", "percent" written out.
# Periods: none (no year printed); the week or month in the basis.
# Decided (news62 en04, news67 en06, news69 en03): counts of claims in "people", payrolls in "jobs". "Rose to 242,000
# ... 24,000 more than the previous week's revised level of 218,000" -> key 242,000 with prior 218,000 and key +24,000.
# The revised previous week (218,000) is the kind's "revised prior week" -> a key row of its own with the "215,000 first
# reported" as prior and an optional first-reading row (news69 en03). The economists' 225,000 a key consensus row. The
# four-week average 228,250 with prior 225,250 and its +3,000 key, the revised earlier average optional. Continuing
# claims -64,000 and 1.808 million key; "their lowest since they hit 1.805 million in December of 1973" -> an optional
# historic row (1973-12). The continuing four-week average 1,848,250 with prior 1,861,750 and its -13,500 key, the earlier
# average optional. The payroll preview: "forecast to grow by 198,000 jobs in March" a key consensus row; "a jump of
# 313,000 jobs in February" a key row of its own (news62 en04's September change); "the unemployment rate is seen
# edging down to 4.0 percent from 4.1 percent" -> key consensus 4.0 with prior 4.1 and an optional February row.
US = "United States|US|U.S.|USA"
IC = "initial_claims|initial_jobless_claims|jobless_claims"
IC4 = "initial_claims_4wk_avg|four_week_average|initial_claims_four_week_average|jobless_claims_4_week_average"
CC = "continuing_claims|continued_claims|insured_unemployment"
CC4 = "continuing_claims_4wk_avg|continuing_claims_four_week_average|continued_claims_4_week_average"
W, W0 = "week ended March 31st", "week ended March 24th"
G["en03"] = ([
    m(IC, 242000, "people", US, prior=218000, basis=W),
    m("initial_claims_change|initial_jobless_claims_change|jobless_claims_change", 24000, "people", US, basis=W),
    m(IC, 218000, "people", US, prior=215000, basis="previous week, revised"),
    m(IC, 215000, "people", US, opt=True, basis="previous week, first reported"),
    m("initial_claims_consensus|initial_claims_forecast|jobless_claims_consensus", 225000, "people", US,
      basis=W + "; economists' forecast"),
    m(IC4, 228250, "people", US, prior=225250, basis="four-week moving average; less volatile"),
    m("initial_claims_4wk_avg_change|four_week_average_change|initial_claims_four_week_average_change", 3000, "people",
      US, basis="four-week moving average"),
    m(IC4, 225250, "people", US, opt=True, basis="previous week's revised average"),
    m(CC, 1.808e6, "people", US, basis=W0 + "; ongoing unemployment assistance"),
    m("continuing_claims_change|continued_claims_change|insured_unemployment_change", -64000, "people", US, basis=W0),
    m(CC, 1.805e6, "people", US, "1973-12", opt=True, basis="earlier low, December of 1973"),
    m(CC4, 1848250, "people", US, prior=1861750, basis="four-week moving average of continuing claims; 44-year low"),
    m("continuing_claims_4wk_avg_change|continuing_claims_four_week_average_change", -13500, "people", US,
      basis="four-week moving average of continuing claims"),
    m(CC4, 1861750, "people", US, opt=True, basis="previous week's revised average"),
    m("nonfarm_payrolls_consensus|nonfarm_payrolls_forecast|payrolls_consensus|employment_change_forecast", 198000,
      "jobs", US, basis="March; forecast"),
    m("nonfarm_payrolls|nonfarm_payrolls_change|employment_change|payrolls_change", 313000, "jobs", US,
      basis="February; jump"),
    m("unemployment_rate_consensus|unemployment_rate_forecast|unemployment_rate", 4.0, "%", US, prior=4.1,
      basis="March; forecast to edge down"),
    m("unemployment_rate", 4.1, "%", US, opt=True, basis="February"),
], [])

# ---------------------------------------------------------------- en04 The Federal Reserve's 25bps cut to 3.50–3.75% on a three way split (ActionForex, actionforex.com; projections for 2026-2028): Miran for 50bps; funds-rate path 3.4% end-2026, 3.10% end-2027, there through 2028, one 25bps cut a year in 2026 and 2027; GDP 2.3% in 2026 (from 1.8%), 2.0% in 2027, 1.9% in 2028; unemployment 4.4% in 2026 (unchanged), 4.2% in 2027 (from 4.3%), 4.2% in 2028; PCE 2.4% in 2026 (from 2.6%), 2.1% in 2027, 2.0% in 2028; core PCE 2.5% in 2026 (%, bp, pp)
# A Federal Reserve decision (the kind's target range, basis points, the vote and the median projections for GDP,
# unemployment and inflation). Whole as stored. The stored text has no headline (it opens with the lead; the address is
# a bare "?p=" number; none added). No quotes. Kept as printed: "25bps" / "50bps" unspaced, the en dash in "3.50–3.75%",
# "three way split" unhyphenated, the verbless "Governor Stephen Miran ... voting for ..." sentence, "Chicago Fed Austan
# Goolsbee" and "Kansas City Fed Jeffrey Schmid" (the bank's name before the president's), "3.10%" with its trailing
# zero beside "3.4%", "Labor-market".
# Decided: "lowered interest rates by 25bps to 3.50–3.75%" -> key -25 bp and key range (no earlier level printed, no
# period: a rate level, news31 en03). The three way split and the two no-change votes not labelled (a committee vote,
# news17); Miran's "bigger 50bps reduction" optional (a dissenter's preferred move, news70 en04); "the quarter-point
# move" restates the cut -> optional -0.25 pp (the development corpus's restatement rule). The funds-rate path: 3.4 % at
# the end of 2026 and 3.10 % at the end of 2027 key; "where it stays through 2028" -> an optional 3.10 % row for 2028 (the
# figure is not printed again); "one 25bps cut in each of 2026 and 2027" -> optional -25 bp rows for 2026 and 2027 (the
# writer's reading of the printed path; news31 en03 keyed a projected hike printed on its own). GDP 2.3 % for 2026 with
# prior 1.8 (optional earlier row), 2.0 % for 2027 and 1.9 % for 2028 key. Unemployment 4.4 % for 2026 "the same as in
# prior forecasts" -> key without a prior (news69 en04); 4.2 % for 2027 with prior 4.3 (optional earlier row); 4.2 % for
# 2028 key. Headline PCE 2.4 % for 2026 with prior 2.6 (optional row); 2.1 % for 2027 and 2.0 % for 2028 key; core PCE
# 2.5 % for 2026 key ("trimmed", no earlier figure printed; later years print no figure). Entity: the Fed / FOMC with the
# US economy among the alternatives for the projections (news31 en03).
FED = "Fed|Federal Reserve|FOMC|Federal Open Market Committee"
FEDUS = FED + "|US|U.S.|United States"
FFR = "fed_funds_rate|federal_funds_rate|target_range|policy_rate|rate"
FFP = "fed_funds_rate_projection|rate_projection|fed_funds_rate|federal_funds_rate|policy_rate_projection"
GDP = "gdp_growth_projection|gdp_growth_forecast|gdp_growth"
UR = "unemployment_rate_projection|unemployment_rate_forecast|unemployment_rate"
PCE = "pce_inflation_projection|pce_inflation_forecast|pce_inflation|inflation_projection"
CORE = "core_pce_projection|core_pce_forecast|core_pce|core_pce_inflation"
RC = "rate_change|rate_cut|fed_funds_rate_change|interest_rate_change"
G["en04"] = ([
    m(RC, -25, "bp", FED, basis="in line with expectations"),
    m(FFR, None, "%", FED, rng=(3.50, 3.75), basis="after the cut"),
    m("dissent_rate_change|proposed_rate_change|rate_change", -50, "bp", "Stephen Miran|Miran|" + FED, opt=True,
      basis="Governor Miran's preferred bigger reduction"),
    m(RC, -0.25, "pp", FED, opt=True, basis="'quarter-point move', restating the 25bps cut"),
    m(FFP, 3.4, "%", FEDUS, "2026", basis="end of 2026; path unchanged"),
    m(FFP, 3.10, "%", FEDUS, "2027", basis="end of 2027"),
    m(FFP, 3.10, "%", FEDUS, "2028", opt=True, basis="'where it stays through 2028'"),
    m("projected_rate_change|rate_change_projection|rate_cut|rate_change", -25, "bp", FEDUS, "2026", opt=True,
      basis="one 25bps cut implied"),
    m("projected_rate_change|rate_change_projection|rate_cut|rate_change", -25, "bp", FEDUS, "2027", opt=True,
      basis="one 25bps cut implied"),
    m(GDP, 2.3, "%", FEDUS, "2026", prior=1.8, basis="median projection; revised higher"),
    m(GDP, 1.8, "%", FEDUS, "2026", opt=True, basis="previous projection"),
    m(GDP, 2.0, "%", FEDUS, "2027", basis="median projection"),
    m(GDP, 1.9, "%", FEDUS, "2028", basis="median projection"),
    m(UR, 4.4, "%", FEDUS, "2026", basis="median projection; same as prior forecasts"),
    m(UR, 4.2, "%", FEDUS, "2027", prior=4.3, basis="median projection; edged lower"),
    m(UR, 4.3, "%", FEDUS, "2027", opt=True, basis="previous projection"),
    m(UR, 4.2, "%", FEDUS, "2028", basis="median projection; stayed"),
    m(PCE, 2.4, "%", FEDUS, "2026", prior=2.6, basis="headline PCE; median projection"),
    m(PCE, 2.6, "%", FEDUS, "2026", opt=True, basis="previous projection"),
    m(PCE, 2.1, "%", FEDUS, "2027", basis="headline PCE; still"),
    m(PCE, 2.0, "%", FEDUS, "2028", basis="headline PCE; still"),
    m(CORE, 2.5, "%", FEDUS, "2026", basis="trimmed"),
], [])

# ---------------------------------------------------------------- en05 Newell Brands cuts its 2022 and third-quarter outlook (MarketWatch on Morningstar, www-prd.morningstar.com; Tuesday, 2022 by the text): shares -4% (more than) in the extended session; 2022 sales $9.37-$9.58 billion from $9.76-$9.98 billion; 2022 EPS $1.56-$1.70 from $1.79-$1.86; Q3 sales $2.21-$2.32 billion from $2.39-$2.50 billion; Q3 EPS 46-51 cents; FactSet poll 52 cents and $2.47 billion; shares -22% this year against around -18% for the S&P 500 (USD, %)
# A US company's guidance cut (the kind's old and new ranges, the share move and EPS). Whole as stored apart from
# furniture: "Skip to Content", the "MarketWatch" label above the headline, the byline "By Claudia Assis" and the closing
# "See also:Here", dropped. Headline kept (rewritten: "Rubbermaid parent Newell Brands cuts outlook, blaming inflation,
# fewer retailer orders" -> "Rubbermaid parent Newell Brands lowers its outlook, citing inflation and fewer retailer
# orders"); the standfirst's quoted phrase and Ravi Saligram's two quoted sentences rendered as reported speech (no
# figures). Kept as printed: "(NWL)", "Newell Brands Inc.", "$1.56 a share and $1.70 a share" with the unit twice, the
# third-quarter EPS "between 46 cents and 51 cents" in cents beside dollar amounts, the space before the full stop in "S&P
# 500 index ." (rendered "around 18% ."), "back-to-school".
# Periods: "its outlook for 2022 and for the current quarter" -> the annual ranges 2022 and the third-quarter ranges and
# poll 2022Q3 (clearly implied); the share moves none.
# Decided: "lost more than 4%" in the extended session key (-4, hedge in the basis). The 2022 sales and EPS ranges "now
# ... between X and Y; it had earlier expected ... between A and B" / "down from an earlier EPS forecast of between A and
# B" -> key rng with prng and optional earlier-range rows (news69 en01). Third-quarter sales "between $2.21 billion and
# $2.32 billion ... against a previous range between $2.39 billion and $2.50 billion" -> key rng with prng and an
# optional earlier row; third-quarter EPS "between 46 cents and 51 cents" -> key rng in USD (no earlier range printed).
# The FactSet poll's 52 cents and $2.47 billion -> key consensus rows for 2022Q3. "Shed 22%" this year key on Newell and
# the S&P 500's "lost around 18%" key on the index. "Now sees its sales falling for the year" prints no figure.
NWL = "Newell Brands|Newell Brands Inc.|Newell|NWL"
GR = "guidance_revenue|revenue_guidance|guidance_sales|sales_guidance|sales_forecast"
GE = "guidance_eps|eps_guidance|guidance_adjusted_eps|eps_forecast"
G["en05"] = ([
    m(PC, -4, "%", NWL, basis="more than; extended session Tuesday"),
    m(GR, None, "USD", NWL, "2022", rng=(9.37e9, 9.58e9), prng=(9.76e9, 9.98e9), basis="lowered"),
    m(GR, None, "USD", NWL, "2022", rng=(9.76e9, 9.98e9), opt=True, basis="earlier expectation"),
    m(GE, None, "USD", NWL, "2022", rng=(1.56, 1.70), prng=(1.79, 1.86), basis="a share; lowered"),
    m(GE, None, "USD", NWL, "2022", rng=(1.79, 1.86), opt=True, basis="earlier EPS forecast"),
    m(GR, None, "USD", NWL, "2022Q3", rng=(2.21e9, 2.32e9), prng=(2.39e9, 2.50e9), basis="third quarter; trimmed"),
    m(GR, None, "USD", NWL, "2022Q3", rng=(2.39e9, 2.50e9), opt=True, basis="third quarter; previous range"),
    m(GE, None, "USD", NWL, "2022Q3", rng=(0.46, 0.51), basis="third quarter; printed '46 cents and 51 cents'"),
    m("eps_consensus|eps_estimate", 0.52, "USD", NWL, "2022Q3", basis="analysts polled by FactSet; 52 cents"),
    m("revenue_consensus|revenue_estimate|sales_consensus", 2.47e9, "USD", NWL, "2022Q3",
      basis="analysts polled by FactSet"),
    m("price_change_ytd|ytd_change|" + PC, -22, "%", NWL, basis="so far this year"),
    m("index_change_ytd|index_change|ytd_change|price_change", -18, "%", "S&P 500|S&P 500 index|S&P",
      basis="around; so far this year"),
], [])

# ---------------------------------------------------------------- en06 Brokers' targets on JPMorgan Chase after its fourth-quarter results (Seeking Alpha, seekingalpha.com; no year printed): earnings $4.8 billion, $1.12 per share, revenue $26.1 billion; average expected gain about 21 percent; 17 analysts, 15 positive, two neutral, none negative; median target $53 from $52; "the median is $54.50"; close $44.75; Bernstein $64, Oppenheimer $63; Nomura and Atlantic Equities Neutral $50; Meredith Whitney upgrade to Buy from Hold, $54, Q1 EPS $1.12 from $1.06; FBR $53 from $45, Outperform reiterated; Citigroup $54 from $48, Buy (USD, %, analysts)
# Several brokers' targets on a US bank stock after its results (the kind's brokers, old and new targets in $, ratings
# kept or changed). Cut: the passage stops after the Citigroup sentence, before "Morningstar (NASDAQ:MORN) Stock Analyst
# Notes' Jaime Peters writes that \"while the firm ", where the stored text breaks off (no figure goes with the cut).
# Dropped as furniture: the store's "Seeking Alpha", "Profile| Send Message| ( followers)" lines, the byline "By Karen
# Schwartz" and the image caption "Current 12-month price targets of selected sell-side and independent analysts. Click
# to enlarge." The stored text has no headline (the address slug is not page text; none added). Richard Bove's two
# quoted sentences and Paul Miller's quoted sentence rendered as reported speech (no figures). Kept as printed: "—" and
# "--" around "$1.12 per share", "(NYSE:JPM)", "(FBCM)", "(NYSE:C)", the second "the median is $54.50" beside the
# median of $53 (likely the mean; kept), "enforces", the quoted rating "Outperform", "Neutral" and "Buy" capitalised.
# Decided: the quarter's earnings ($4.8 billion), EPS ($1.12) and revenue ($26.1 billion) key (no estimate figure
# printed). "Gaining about 21 percent on average over the next 12 months" -> key implied upside (hedge in the basis).
# Analyst counts (17 updated, 15 positive, two neutral, none negative) optional (news69 en06). "Median 12-month price
# target ... $53, up from $52 a month ago" -> key consensus target with prior and an optional earlier row; "while the
# median is $54.50" -> a key consensus row as printed (the name of the measure in the basis). Thursday's close $44.75
# key. Whitney's "Q1 EPS now stands at $1.12, up from $1.06" -> key EPS estimate with prior and an optional row.
# Rating actions: Bernstein's "highest target ... at $64" and Oppenheimer's "$63" -> maintain with the target and no
# rating (standing targets, news64 en06's "is a buyer ... with a target of $28"); Nomura and Atlantic Equities "each
# with a Neutral rating and a $50 target" -> maintain neutral 50; Meredith Whitney Advisory Group "set a $54 price target
# ... upgraded to Buy from Hold" -> upgrade with the target (no earlier target printed); FBR "raised his price target ...
# to $53 from $45 and reiterated his Outperform rating" -> raise_target outperform with both targets; Citigroup "who has
# a Buy rating ... raised the price target to $54 from $48" -> raise_target buy with both targets. Rochdale's Richard
# Bove gives no rating or target (no action).
JPM = "JPMorgan Chase|JPMorgan Chase & Co.|JPMorgan|JPM|J.P. Morgan"
CT = "consensus_target_price|median_target_price|target_price_consensus|target_price"
G["en06"] = ([
    m("net_income|net_profit|earnings", 4.8e9, "USD", JPM, basis="fourth quarter; topped expectations"),
    m("eps|earnings_per_share", 1.12, "USD", JPM, basis="fourth quarter; per share"),
    m("revenue|revenues|total_revenue", 26.1e9, "USD", JPM, basis="fourth quarter"),
    m("implied_upside|expected_gain|upside", 21, "%", JPM, basis="about; average of analysts tracked, next 12 months"),
    m("analyst_count|analysts_updated", 17, "analysts", JPM, opt=True, basis="sell-side and independent, updated"),
    m("analyst_count|positive_ratings|buy_ratings", 15, "analysts", JPM, opt=True, basis="positive"),
    m("analyst_count|neutral_ratings|hold_ratings", 2, "analysts", JPM, opt=True, basis="neutral"),
    m("analyst_count|negative_ratings|sell_ratings", 0, "analysts", JPM, opt=True, basis="none negative"),
    m(CT, 53, "USD", JPM, prior=52, basis="median 12-month price target"),
    m(CT, 52, "USD", JPM, opt=True, basis="median a month ago"),
    m(CT + "|mean_target_price|average_target_price", 54.50, "USD", JPM,
      basis="printed as a second 'median' (likely the mean)"),
    m("closing_price|close|share_price|price", 44.75, "USD", JPM, basis="Thursday's close"),
    m("eps_estimate|eps_forecast", 1.12, "USD", "Meredith Whitney Advisory Group|" + JPM, prior=1.06,
      basis="Q1; Meredith Whitney's estimate"),
    m("eps_estimate|eps_forecast", 1.06, "USD", "Meredith Whitney Advisory Group|" + JPM, opt=True,
      basis="Q1; earlier estimate"),
], [
    ra("Bernstein|Sanford Bernstein|Sanford C. Bernstein", JPM, "maintain", None, target=64, cur="USD"),
    ra("Oppenheimer", JPM, "maintain", None, target=63, cur="USD"),
    ra("Nomura", JPM, "maintain", "neutral", target=50, cur="USD"),
    ra("Atlantic Equities", JPM, "maintain", "neutral", target=50, cur="USD"),
    ra("Meredith Whitney Advisory Group|Meredith Whitney", JPM, "upgrade", "buy", "hold", target=54, cur="USD"),
    ra("FBR|FBR Capital|FBR Capital Markets|FBCM", JPM, "raise_target", "outperform", target=53, prior_target=45,
       cur="USD"),
    ra("Citigroup|Citi", JPM, "raise_target", "buy", target=54, prior_target=48, cur="USD"),
])
