# Hand-written gold labels for news72/en en01-en06 (batch a: English news from the US and Europe — Travelers' third
# quarter of 2018 with core and net income and EPS against the year-ago quarter, the consensus normalized EPS estimate,
# catastrophe losses, net written premiums, the combined ratio, the underwriting result, net investment income and the
# quarter's share repurchases; Luxottica's full year 2015 in euros with net profit, net revenues, adjusted net income,
# operating income and sales, the items left out of the adjusted figures, the operating margins, free cash flow, capex,
# net debt, the net debt to Ebitda ratio with its 2016 outlook and the proposed dividend; the US existing-home sales
# release for May 2018 with the annual rate, the revised April rate, the median price, inventory, months' supply and
# days on market; a US Treasury market report with the 5s30s and 2s10s spreads, the 10-year reopening auction's high
# yield, allotments and bid-to-cover ratio, the OIS pricing of Fed easing and the closing yields; Gannett's agreement to
# buy Belo for $13.75 a share in cash with the equity and enterprise values, the premium, synergies, EPS accretion and
# EV/EBITDA multiples; and an oil and natural gas futures settle with WTI and Brent moves, the weekly EIA crude,
# gasoline and distillate data against the Platts survey and the API, US output and natural gas settles).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news71/en/README.md, with: news67 en01 and news54 en01 (a US insurer's quarter: premiums, the combined ratio with the
# year-ago ratio as prior plus an optional row, catastrophe losses, investment income, shares repurchased and their cost),
# news71 b and news68 en01 ("X, compared with Y in the year-ago quarter" / "from Y" -> key with prior plus an optional
# year-ago row), news70 en02 and news71 en02 (a European company's year in euros; a proposed dividend printed without its
# year takes no period), news71 b en07 (a negative impact keyed as a negative amount), news34 en08 and news28 en09 (US
# housing: annual rates in "homes"/"units", revised earlier months, median price, inventory and months' supply), news46
# en06 and news54 en05 (a Treasury auction and bond report: high yield, allotments with recent averages, bid-to-cover in
# "x", yield moves in bp), news44 en04 (rate cuts priced by the market as negative bp with an earlier pricing as prior),
# news70 en04 (a first printing key, a later repeat optional), news30 en05 and news31 b (a takeover: per-share cash
# price, deal and enterprise values, assumed debt, premium, synergies; deal terms without a period), news42 en06 (an oil
# and gas futures settle from the same outlet: $ move, % move and settle key, EIA change, Platts forecast and API figure
# key, output change and level in "barrels per day").
# Currencies: en01 "$" and "cents" -> USD ("91 cents" -> 0.91); en02 "€" and "euros" -> EUR ("€8,837 million" ->
# 8.837e9, "0.89 euros per share" -> 0.89); en03 "$" -> USD; en04 "$" -> USD; en05 "$" -> USD; en06 "$" and "cents" ->
# USD ("50 cents" -> 0.50, "3 cents" -> 0.03).
# Scaling: values fully scaled ("$687 million" -> 687e6, "$7.06 billion" -> 7.06e9, "3.1 million shares" -> 3.1e6,
# "€1,443 million" -> 1.443e9, "5.43 million" -> 5.43e6, "$22 billion" -> 22e9, "9.25 million barrels a day" -> 9.25e6);
# declines negative ("decreased 0.4 percent" -> -0.4, "3.0 percent below a year ago" -> -3.0, "a loss of $246 million"
# -> -246e6, "knocked €174.3 million off sales" -> -174.3e6, "narrowing by about 2.5 basis points" -> -2.5 bp, "22 basis
# points of easing" -> -22 bp, "fell by 100,000 barrels a day" -> -100000); hedges in the basis ("about", "around",
# "roughly", "approximately", "more than", "nearly").
# Periods decided: en01 "third-quarter" results set against "the third quarter of 2017" as the year-ago quarter ->
# 2018Q3 (clearly implied), the year-ago figures 2017Q3; the repurchases "in the quarter" 2018Q3. en02 "for 2015" ->
# 2015 for the year's results; "in 2014" / "a year earlier" -> 2014 on the optional earlier rows; "in 2016" -> 2016 for
# the leverage outlook; net debt and the leverage ratio "at the end of 2015" are balances (none, the date in the basis,
# news68 b); the proposed dividend and the May dividend payment print no year of their own (none). en03 the release's
# dateline "June 20, 2018" and "May 2017" -> May 2018-05, April 2018-04, the year-ago figures 2017-05. en04 a market
# report (none), but the cumulative cuts "by year-end 2025" -> 2025. en05 deal terms (none; "June 12, 2013" is the
# reference close, "2011/2012" the multiple's base in the basis). en06 a futures settle with no year printed ("the week
# ending June 23", "last week", contract months) -> none, the week or contract month in the basis.
# Not labelled: dates and times ("June 20, 2018", "June 12, 2013", "June 23", "Wednesday", "Thursday", "Monday",
# "3:30 PM ET"), contract months, tenors ("2-year", "10-year", "30-year"), streaks and counts of months or days in a
# streak ("three straight months", "75th straight month", "36 consecutive months", "fourth consecutive day", "fifth
# consecutive increase"), horizons ("within three years", "within the first 12 months"), rankings ("fourth-largest",
# "#1 CBS", "#4 ABC", "#1 NBC"), "the top 25 markets" (a category), "six-auction" (a window), footnote markers "(1)",
# "(2)", "(3)", Hurricane Florence and Tropical Storm Cindy (no figures).

PC = "price_change|oil_price_change|gas_price_change|share_price_change"

# ---------------------------------------------------------------- en01 Travelers' third quarter of 2018 (S&P Global Market Intelligence, spglobal.com; 2018 by the text): core income $687 million, $2.54 a share, against $253 million, 91 cents; net income $709 million, $2.62, from $293 million, $1.05; consensus normalized EPS $2.26; catastrophe losses $264 million against $700 million; net written premiums +6% to $7.06 billion; combined ratio 96.6% from 103.2%; underwriting gain $198 million against a $246 million loss in Q3 2017; net investment income $646 million from $588 million; 3.1 million shares repurchased at $130.22 average for $400 million (USD, %, shares)
# A US insurer's quarter (the kind's premiums, combined ratio, EPS against the estimate and buyback; an insurer, not an
# asset manager, so no assets under management or net flows). Whole as stored. The stored text has no headline (it
# opens with the lead; the address is an opaque id; none added). No quotes. Kept as printed: "Travelers Cos. Inc.",
# "91 cents per share" beside dollar EPS, "year over year", "consensus normalized EPS estimate", "net of reinsurance",
# "fixed-income".
# Periods: 2018Q3 and 2017Q3 (see the header).
# Decided: core income and core EPS "$687 million, or $2.54 per share, ... against $253 million, or 91 cents per share, in
# the year-ago quarter" -> key with priors and optional 2017Q3 rows (news71 b, news68 en01); core income is the
# company's operating measure (metric alternatives include operating and adjusted income). Net income and EPS "rose ...
# to $709 million, or $2.62 per share, from $293 million, or $1.05 per share" -> key with priors and optional 2017Q3
# rows. The S&P Global Market Intelligence "consensus normalized EPS estimate" $2.26 -> a key consensus row (2018Q3).
# Catastrophe losses "$264 million, versus $700 million in the year-ago quarter" -> key with prior plus an optional row.
# Net written premiums +6 % and $7.06 billion key (the same $7.06 billion as news54 en01's first quarter of 2019, a
# different quarter and story). Combined ratio "improved to 96.6% from 103.2%" -> key with prior plus an optional
# 2017Q3 row (news54 en01). "An underwriting gain of $198 million, compared with a loss of $246 million in the third
# quarter of 2017" -> key 198e6 with prior -246e6 (a loss is negative) and an optional 2017Q3 row of -246e6. Net
# investment income "rose to $646 million from $588 million" -> key with prior plus an optional row. The buyback: 3.1
# million shares, the $130.22 average price and the $400 million total cost key for 2018Q3 (news67 en01).
TRV = "Travelers|Travelers Cos. Inc.|Travelers Cos.|Travelers Companies|The Travelers Companies|TRV"
Q, Q0 = "2018Q3", "2017Q3"
CI = "core_income|operating_income|adjusted_net_income|core_earnings"
CEPS = "core_eps|core_income_per_share|operating_eps|adjusted_eps|eps"
NI = "net_income|net_profit"
EPS = "eps|earnings_per_share|diluted_eps"
CAT = "catastrophe_losses|cat_losses|catastrophe_loss"
CR = "combined_ratio|combined_loss_and_expense_ratio"
UW = "underwriting_income|underwriting_gain|underwriting_result|underwriting_profit"
NII = "net_investment_income|investment_income|nii"
G["en01"] = ([
    m(CI, 687e6, "USD", TRV, Q, prior=253e6, basis="core income; third quarter"),
    m(CI, 253e6, "USD", TRV, Q0, opt=True, basis="year-ago quarter"),
    m(CEPS, 2.54, "USD", TRV, Q, prior=0.91, basis="core income per share"),
    m(CEPS, 0.91, "USD", TRV, Q0, opt=True, basis="year-ago quarter; printed '91 cents per share'"),
    m(NI, 709e6, "USD", TRV, Q, prior=293e6, basis="rose year over year"),
    m(NI, 293e6, "USD", TRV, Q0, opt=True, basis="year-ago quarter"),
    m(EPS, 2.62, "USD", TRV, Q, prior=1.05, basis="net income per share"),
    m(EPS, 1.05, "USD", TRV, Q0, opt=True, basis="year-ago quarter"),
    m("eps_consensus|eps_estimate|normalized_eps_consensus|eps_forecast", 2.26, "USD", TRV, Q,
      basis="S&P Global Market Intelligence consensus normalized EPS estimate"),
    m(CAT, 264e6, "USD", TRV, Q, prior=700e6, basis="net of reinsurance"),
    m(CAT, 700e6, "USD", TRV, Q0, opt=True, basis="year-ago quarter"),
    m("net_written_premiums_growth|premiums_growth|nwp_growth|net_premiums_written_growth", 6, "%", TRV, Q,
      basis="year over year"),
    m("net_written_premiums|net_premiums_written|nwp|premiums_written", 7.06e9, "USD", TRV, Q),
    m(CR, 96.6, "%", TRV, Q, prior=103.2, basis="improved"),
    m(CR, 103.2, "%", TRV, Q0, opt=True, basis="year-ago quarter"),
    m(UW, 198e6, "USD", TRV, Q, prior=-246e6, basis="underwriting gain"),
    m(UW, -246e6, "USD", TRV, Q0, opt=True, basis="a loss in the third quarter of 2017"),
    m(NII, 646e6, "USD", TRV, Q, prior=588e6, basis="higher fixed-income and private equity returns"),
    m(NII, 588e6, "USD", TRV, Q0, opt=True, basis="year-ago quarter"),
    m("shares_repurchased|buyback_shares|share_repurchases", 3.1e6, "shares", TRV, Q, basis="bought back in the quarter"),
    m("average_repurchase_price|buyback_price|average_price", 130.22, "USD", TRV, Q, basis="average price per share"),
    m("buyback_cost|buyback|share_repurchase_cost|buyback_amount", 400e6, "USD", TRV, Q, basis="total cost"),
], [])

# ---------------------------------------------------------------- en02 Luxottica's full year 2015 (ewintelligence.com): net profits +25.1% to €804 million; net revenues +15.5% to €8,837 million, +4.3% at constant exchange rates; adjusted net earnings +24.2% to €854 million, operating income +22.5% to €1,443 million, sales +17.0% to €9,011 million, +5.5% in local currencies; EyeMed -€174.3 million of sales, Oakley -€66.4 million of operating profit and -€49.8 million of net income; adjusted operating margin 16.0% from 15.3%, wholesale 23.9% from 22.7%, retail 14.7% from 14.1%; free cash flow €768 million from €802 million; capex +23% to €514 million; €92 million tax settlement; net debt €1,006 million from €1,013 million; €690 million dividends paid in May; net debt/Ebitda 0.5, 0.5-0.4 in 2016; dividend 0.89 euros per share, +24.0% (EUR, %, x)
# An Italian company's results in euros (the kind's revenue, net profit, net debt, dividend and targets; Luxottica's
# stored text prints no EBITDA figure, only the net debt to Ebitda ratio, and its target is that ratio's 2016 range).
# Whole as stored. The stored text has no headline (it opens with the lead; the address slug "luxotticas-net-rises-by-251"
# is not page text; none added). No quotes. Kept as printed: "€804 million" and "€8,837 million" in millions with the
# comma, "0.89 euros per share" written out beside the "€" amounts, "Ebitda" in lower case, "0.5-0.4" high to low, "U.S.-
# based" (rendered "based in the U.S."), "previously reported". The source's ungrammatical "with shaved €66.4 million off
# in operating profit and €49.8 million in net income" is rendered "which shaved €66.4 million off operating profit and
# €49.8 million off net income" (figures kept).
# Periods: 2015, 2014 (earlier rows), 2016 (the leverage outlook); balances and the dividend none (see the header).
# Decided: net profit €804 million and +25.1 % key; net revenues €8,837 million and +15.5 % key ("as already reported"
# in the basis); the +4.3 % at constant exchange rates key (a growth of its own basis). The adjusted lines (net
# earnings €854 million, +24.2 %; operating income €1,443 million, +22.5 %; sales €9,011 million, +17.0 %; +5.5 % in
# local currencies) key, "adjusted" in the basis. The items left out of the adjusted figures are keyed as negative
# impacts (news71 b en07's forex impact): EyeMed's -€174.3 million of sales on EyeMed with Luxottica among the
# alternatives; Oakley's integration costs -€66.4 million of operating profit and -€49.8 million of net income on Oakley
# with Luxottica among the alternatives. The adjusted operating margin "widened to 16.0 percent ... from 15.3 percent in
# 2014" and the wholesale (23.9 % from 22.7 %) and retail (14.7 % from 14.1 %) margins -> key with priors plus optional
# 2014 rows, the divisions keyed on the division with the group among the alternatives. Free cash flow "€768 million,
# down from €802 million in 2014" -> key with prior plus an optional 2014 row. Capex +23 % and €514 million key; the €92
# million tax settlement key. Net debt "slipped to €1,006 million ... from €1,013 million a year earlier" -> key with
# prior plus an optional row (balances, no period). The €690 million of dividends paid in May key (no period). The
# adjusted net debt to Ebitda ratio 0.5 key in "x" (news68 b leverage); "expected to hold there or ease slightly to
# 0.5-0.4" in 2016 -> a key guidance range (0.4, 0.5) for 2016. The proposed dividend of 0.89 euros per share and its
# +24.0 % key without a period (news71 en02); "short of the market's expectations of an extraordinary dividend payment"
# prints no figure.
LUX = "Luxottica|Luxottica Group|Luxottica Group S.p.A.|LUX"
EYE = "EyeMed|EyeMed Vision Care|" + LUX
OAK = "Oakley|" + LUX
WHS = "wholesale|wholesale division|Luxottica wholesale|" + LUX
RET = "retail|retail division|Luxottica retail|" + LUX
Y, Y0 = "2015", "2014"
OM = "adjusted_operating_margin|operating_margin|ebit_margin"
FCF = "free_cash_flow|fcf"
ND = "net_debt"
G["en02"] = ([
    m("net_profit|net_income", 804e6, "EUR", LUX, Y, basis="net profits"),
    m("net_profit_growth|net_income_growth", 25.1, "%", LUX, Y),
    m("revenue|net_revenues|revenues|sales", 8.837e9, "EUR", LUX, Y, basis="net revenues; previously reported"),
    m("revenue_growth|net_revenues_growth|sales_growth", 15.5, "%", LUX, Y, basis="previously reported"),
    m("constant_currency_revenue_growth|revenue_growth_constant_currency|revenue_growth", 4.3, "%", LUX, Y,
      basis="at constant exchange rates"),
    m("adjusted_net_income|adjusted_net_profit|adjusted_net_earnings|net_income", 854e6, "EUR", LUX, Y, basis="adjusted"),
    m("adjusted_net_income_growth|adjusted_net_profit_growth|net_income_growth", 24.2, "%", LUX, Y, basis="adjusted"),
    m("adjusted_operating_income|operating_income|adjusted_operating_profit|operating_profit", 1.443e9, "EUR", LUX, Y,
      basis="adjusted"),
    m("adjusted_operating_income_growth|operating_income_growth|operating_profit_growth", 22.5, "%", LUX, Y,
      basis="adjusted"),
    m("adjusted_sales|adjusted_revenue|sales|revenue", 9.011e9, "EUR", LUX, Y, basis="adjusted"),
    m("adjusted_sales_growth|adjusted_revenue_growth|sales_growth|revenue_growth", 17.0, "%", LUX, Y, basis="adjusted"),
    m("local_currency_sales_growth|constant_currency_sales_growth|adjusted_sales_growth|sales_growth", 5.5, "%", LUX, Y,
      basis="adjusted sales in local currencies"),
    m("sales_impact|revenue_impact|one_off_impact|sales_adjustment", -174.3e6, "EUR", EYE, Y,
      basis="change in the reinsurance agreement took it off full-year sales; excluded from adjusted figures"),
    m("operating_profit_impact|integration_costs|one_off_impact|operating_income_impact", -66.4e6, "EUR", OAK, Y,
      basis="integration costs shaved it off operating profit; excluded from adjusted figures"),
    m("net_income_impact|integration_costs|one_off_impact|net_profit_impact", -49.8e6, "EUR", OAK, Y,
      basis="integration costs shaved it off net income; excluded from adjusted figures"),
    m(OM, 16.0, "%", LUX, Y, prior=15.3, basis="adjusted; widened"),
    m(OM, 15.3, "%", LUX, Y0, opt=True, basis="adjusted; 2014"),
    m("wholesale_margin|segment_operating_margin|" + OM, 23.9, "%", WHS, Y, prior=22.7, basis="wholesale margin"),
    m("wholesale_margin|segment_operating_margin|" + OM, 22.7, "%", WHS, Y0, opt=True, basis="wholesale margin; 2014"),
    m("retail_margin|segment_operating_margin|" + OM, 14.7, "%", RET, Y, prior=14.1, basis="retail margin"),
    m("retail_margin|segment_operating_margin|" + OM, 14.1, "%", RET, Y0, opt=True, basis="retail margin; 2014"),
    m(FCF, 768e6, "EUR", LUX, Y, prior=802e6, basis="down"),
    m(FCF, 802e6, "EUR", LUX, Y0, opt=True, basis="2014"),
    m("capex|capital_expenditures|capital_expenditure", 514e6, "EUR", LUX, Y),
    m("capex_growth|capital_expenditures_growth|capex_change", 23, "%", LUX, Y),
    m("tax_settlement|tax_payment|tax_settlement_payment", 92e6, "EUR", LUX, Y, basis="had to pay"),
    m(ND, 1.006e9, "EUR", LUX, prior=1.013e9, basis="at the end of 2015; slipped"),
    m(ND, 1.013e9, "EUR", LUX, opt=True, basis="a year earlier (end of 2014)"),
    m("dividends_paid|dividend_payment|dividends", 690e6, "EUR", LUX, basis="paid in May"),
    m("net_debt_to_ebitda|leverage|net_debt_ebitda_ratio", 0.5, "x", LUX, basis="adjusted; at the end of 2015"),
    m("guidance_net_debt_to_ebitda|net_debt_to_ebitda|leverage_guidance|leverage", None, "x", LUX, "2016",
      rng=(0.4, 0.5), basis="expected to hold or ease slightly; printed '0.5-0.4'"),
    m("dividend_per_share|dps|proposed_dividend|dividend", 0.89, "EUR", LUX,
      basis="proposed for the full year; printed '0.89 euros per share'"),
    m("dividend_growth|dividend_increase|dps_growth", 24.0, "%", LUX, basis="higher than a year ago"),
], [])

# ---------------------------------------------------------------- en03 US existing-home sales for May 2018 (the National Association of Realtors' release as posted on powersiteblog.com; dateline "Washington, D.C. – June 20, 2018 (nar.realtor)"): sales -0.4% to a 5.43 million annual rate from a downwardly revised 5.45 million in April; -3.0% on a year ago; median price $264,800, +4.9% from May 2017 ($252,500); inventory +2.8% to 1.85 million, -6.1% on a year ago (1.97 million); 4.1-month supply (4.2 months a year ago); 26 days on market, unchanged from April, 27 days a year ago (homes, USD, %, months, days)
# A US housing release (the kind's existing-home sales at an annualized rate, the revised earlier month, the median
# price; a trade-association release, so no poll is printed). Cut: the stored excerpt breaks off inside the next
# sentence ("Fifty-eight percent of homes sold in May were on "), so the passage stops after the days-on-market
# sentence, a sentence boundary (the "Fifty-eight percent" goes with the cut). Headline kept (rewritten:
# "Existing-Home Sales Backpedal, Decrease 0.4 Percent in May" -> "Existing-Home Sales Slip Back, Down 0.4 Percent in
# May"); the dateline "Washington, D.C. – June 20, 2018 (nar.realtor)" kept. Dropped as furniture: the image label "NAR
# Logo" and the link address "https://www.nar.realtor/existing-home-sales" printed after "sales(1),". Lawrence Yun's two
# quoted sentences rendered as reported speech (no figures). Kept as printed: the footnote markers "(1)", "(2)", "(3)"
# run into the words, "Realtors®", "downwardly revised", the year-ago figures in brackets "($252,500)", "(1.97
# million)", "(4.2 months a year ago)", "4.1-month supply", "year-over-year".
# Periods: 2018-05, 2018-04, 2017-05 (see the header).
# Decided (news34 en08, news28 en09): the headline's "Down 0.4 Percent" repeats the body -> optional. Sales "decreased
# 0.4 percent in May to a seasonally adjusted annual rate of 5.43 million from a downwardly revised 5.45 million in April"
# -> key -0.4 %, key 5.43 million homes with prior 5.45 million, and the revised April rate a key row of its own (the
# kind's revision; no first reading is printed). "3.0 percent below a year ago" -> key -3.0 % year-on-year. The median
# price "$264,800, up 4.9 percent from May 2017 ($252,500)" -> key price with prior, key +4.9 %, optional 2017-05 row.
# Inventory "rose 2.8 percent to 1.85 million existing homes ...; it remains 6.1 percent below a year ago (1.97 million)"
# -> key level with the year-ago 1.97 million as prior (the bracketed comparison, as for the price), key +2.8 % and key
# -6.1 %, optional 2017-05 row. Months' supply 4.1 with "(4.2 months a year ago)" -> key with prior plus an optional row.
# Days on market 26 "the same as in April and down from 27 days a year ago" -> key with prior 27 plus an optional
# 2017-05 row; the April repeat and the zero change optional (news34 en08's "unchanged from June"). Streaks not labelled.
US = "US|U.S.|United States|US existing homes|existing-home sales|National Association of Realtors|NAR"
HS = "existing_home_sales|home_sales|sales|sales_rate"
HG = "existing_home_sales_growth|home_sales_growth|sales_growth|home_sales_change"
MP = "median_price|median_home_price|median_existing_home_price|median_sales_price|home_price"
INV = "inventory|housing_inventory|homes_for_sale"
MS = "months_supply|months_of_supply|inventory_months"
DOM = "days_on_market|median_days_on_market|time_on_market"
M5, M4, M5P = "2018-05", "2018-04", "2017-05"
SAAR = "seasonally adjusted annual rate"
G["en03"] = ([
    m(HG, -0.4, "%", US, M5, opt=True, basis="headline repeat"),
    m(HG, -0.4, "%", US, M5, basis="month-on-month; second straight monthly decline"),
    m(HS, 5.43e6, "homes", US, M5, prior=5.45e6, basis=SAAR),
    m(HS, 5.45e6, "homes", US, M4, basis=SAAR + "; downwardly revised"),
    m(HG + "|existing_home_sales_yoy|sales_yoy", -3.0, "%", US, M5, basis="below a year ago"),
    m(MP, 264800, "USD", US, M5, prior=252500, basis="all housing types; all-time high"),
    m(MP, 252500, "USD", US, M5P, opt=True, basis="May 2017, in brackets"),
    m("median_price_growth|median_home_price_growth|price_growth|home_price_growth", 4.9, "%", US, M5,
      basis="year-on-year, from May 2017"),
    m(INV, 1.85e6, "homes", US, M5, prior=1.97e6, basis="existing homes for sale at the end of May"),
    m(INV, 1.97e6, "homes", US, M5P, opt=True, basis="a year ago, in brackets"),
    m("inventory_growth|inventory_change|housing_inventory_growth", 2.8, "%", US, M5, basis="at the end of May"),
    m("inventory_yoy|inventory_growth|inventory_change|housing_inventory_growth", -6.1, "%", US, M5,
      basis="below a year ago"),
    m(MS, 4.1, "months", US, M5, prior=4.2, basis="unsold inventory at the current sales pace"),
    m(MS, 4.2, "months", US, M5P, opt=True, basis="a year ago, in brackets"),
    m(DOM, 26, "days", US, M5, prior=27, basis="typical property"),
    m(DOM, 27, "days", US, M5P, opt=True, basis="a year ago"),
    m(DOM, 26, "days", US, M4, opt=True, basis="the same as in April"),
    m("days_on_market_change|time_on_market_change", 0, "days", US, M5, opt=True, basis="unchanged from April"),
], [])

# ---------------------------------------------------------------- en04 US Treasuries on a JOLTS day with a 10-year reopening (itiger.com; no date printed, 2025 by the text): 5s30s spread -2.5 bp (about) to around 103 bp after topping 110 bp; short-end yields +3 bp (more than); 10-year yield +1.5 bp to around 4.18%; 2s10s -1.5 bp (roughly); high yield 4.175%; dealers 8.8% (average 9.5%), indirects 70.2%, directs 21%; bid-to-cover 2.55 (six-auction average 2.59); OIS about 22 bp of easing for Wednesday; cumulative cuts by year-end 2025 71 bp from 76 bp; $22 billion 30-year reopening Thursday; 3:30 PM list 3.6064%, 3.7744%, 4.18%, 4.8039%, 102.78 bp, 57.16 bp (bp, %, x, USD)
# A US Treasury auction and bond-market report (the kind's yields in %, basis-point moves, bid-to-cover and the 2s10s
# spread; the stored text prints no amount for the 10-year reopening itself, only the $22 billion 30-year reopening to
# come). Whole as stored. The stored text has no headline (it opens with the lead; the address is an opaque id; none
# added). No quotes. The closing "As of 3:30 PM ET:" list kept as a list, one line per item (the source runs them on one
# line with " - " separators). Kept as printed: "5s30s", "2s10s", "JOLTS", "basis points" written out, "3.6064%" and
# "4.8039%" to four decimals beside "4.18%", "six-auction average", "reopening".
# Periods: none but the cumulative cuts "by year-end 2025" (2025; see the header).
# Decided (news46 en06, news54 en05, news44 en04): the 5s30s spread "narrowed by about 2.5 basis points to around 103
# basis points" -> key -2.5 bp and key 103 bp; "after it topped 110 basis points last week" an optional earlier level.
# "Short-end yields were up more than 3 basis points" -> key +3 bp ("more than" in the basis) on the short end. The
# 10-year yield +1.5 bp and "around 4.18%" key (first printing); the list's "10-year yield: 4.18%" optional (a repeat,
# news70 en04). The 2s10s spread "flattened by roughly 1.5 basis points" -> key -1.5 bp. The reopening's high yield
# 4.175 % key ("in line with pre-auction trading levels" prints no tail figure). Allotments: primary dealers 8.8 % and
# their recent average 9.5 % key; indirects 70.2 % key; directs "a drop ... to 21%" key (no earlier figure printed).
# Bid-to-cover 2.55 and the six-auction average 2.59 key in "x". OIS "pricing in about 22 basis points of easing" before
# Wednesday's decision -> key -22 bp (easing negative, news44 en04). "Cumulative implied rate cuts by year-end 2025 stood
# at 71 basis points, down from 76 basis points at Monday's close" -> key -71 bp (2025) with prior -76 plus an optional
# row. The $22 billion 30-year reopening on Thursday key (an announced auction size). The 3:30 PM list: the 2-year, 5-year
# and 30-year yields and both spreads key (their only printings; 102.78 bp beside the lead's "around 103" is a level of
# its own).
UST = "US Treasuries|Treasuries|US Treasury|Treasury|US Treasury market"
T2 = "2-year Treasury|2-year note|US 2-year Treasury|2-year yield|2-year"
T5 = "5-year Treasury|5-year note|US 5-year Treasury|5-year yield|5-year"
T10 = "10-year Treasury|10-year note|US 10-year Treasury|10-year yield|10-year Treasury note|10-year"
T30 = "30-year Treasury|30-year bond|US 30-year Treasury|30-year yield|30-year"
S530 = "5s30s spread|5-year to 30-year spread|5-year/30-year spread|5s30s|" + UST
S210 = "2s10s spread|2-year to 10-year spread|2-year/10-year spread|2s10s|" + UST
A10 = "10-year note auction|10-year Treasury auction|10-year reopening|" + T10
FED = "Fed|Federal Reserve|FOMC|overnight index swaps|OIS|US"
Y = "yield|bond_yield|treasury_yield"
YC = "yield_change|bond_yield_change"
SP = "spread|yield_spread|curve_spread|term_spread"
SC = "spread_change|yield_spread_change|curve_spread_change"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
RCP = "rate_change_priced_in|rate_change_expected|implied_rate_change|rate_change|cumulative_rate_cuts"
G["en04"] = ([
    m(SC, -2.5, "bp", S530, basis="about; narrowed; fourth consecutive day of decline"),
    m(SP, 103, "bp", S530, basis="around"),
    m(SP, 110, "bp", S530, opt=True, basis="topped last week"),
    m(YC, 3, "bp", "short-end yields|short end|short-dated Treasuries|" + UST, basis="more than; by mid-afternoon"),
    m(YC, 1.5, "bp", T10, basis="rose"),
    m(Y, 4.18, "%", T10, basis="around; mid-afternoon"),
    m(SC, -1.5, "bp", S210, basis="roughly; flattened"),
    m("high_yield|auction_yield|stop_out_yield|yield", 4.175, "%", A10,
      basis="reopening sale; in line with pre-auction trading levels"),
    m("dealers|primary_dealers|dealer_share|dealer_allotment", 8.8, "%", A10, basis="took"),
    m("dealers_average|primary_dealers_average|dealers|primary_dealers", 9.5, "%", A10, basis="recent average"),
    m("indirect_bidders|indirects|indirect_bidders_share|indirect_allotment", 70.2, "%", A10, basis="awarded"),
    m("direct_bidders|directs|direct_bidders_share|direct_allotment", 21, "%", A10, basis="dropped to"),
    m(BTC, 2.55, "x", A10, basis="slightly below the six-auction average"),
    m(BTC + "|bid_to_cover_average|average_bid_to_cover", 2.59, "x", A10, basis="six-auction average"),
    m(RCP, -22, "bp", FED, basis="about; easing priced by overnight index swaps before Wednesday's decision"),
    m(RCP, -71, "bp", FED, "2025", prior=-76, basis="cumulative implied rate cuts by year-end 2025"),
    m(RCP, -76, "bp", FED, "2025", opt=True, basis="at Monday's close"),
    m("auction_size|amount_sold|offering_amount|auction_amount", 22e9, "USD",
      "30-year bond reopening|30-year bond|30-year Treasury bond|" + UST, basis="reopening scheduled for Thursday"),
    m(Y, 3.6064, "%", T2, basis="as of 3:30 PM ET"),
    m(Y, 3.7744, "%", T5, basis="as of 3:30 PM ET"),
    m(Y, 4.18, "%", T10, opt=True, basis="as of 3:30 PM ET; repeat of the body's level"),
    m(Y, 4.8039, "%", T30, basis="as of 3:30 PM ET"),
    m(SP, 102.78, "bp", S530, basis="as of 3:30 PM ET"),
    m(SP, 57.16, "bp", S210, basis="as of 3:30 PM ET"),
], [])

# ---------------------------------------------------------------- en05 Gannett agrees to buy Belo (the companies' joint release as posted on mediaconfidential.blogspot.com; 2013 by the text): $13.75 per share in cash, approximately $1.5 billion, plus $715 million of debt, enterprise value approximately $2.2 billion; 28.1% premium to the June 12, 2013 close; nearly a third of US households; 23 to 43 stations; 21 stations in the top 25 markets; more than half / nearly two-thirds of pro forma EBITDA; approximately $175 million run-rate synergies; approximately $0.50 EPS accretion; 9.4x and 5.4x EBITDA (USD, %, stations, x)
# A US takeover announcement (the kind's price per share, premium, equity and enterprise value, multiple and
# synergies; the stored excerpt prints no financing). Cut: after the multiple sentence the stored text starts the
# synergy sentence again and breaks off ("The Company anticipates that the transaction will generate approximately $175
# million "), so the passage stops after the multiple sentence, a sentence boundary (the repeated "$175 million" goes
# with the cut). The stored text has no headline (it opens with the lead; the address slug "tv-deal-gannett-belo-to-merge"
# is not page text; none added). No quoted sentences (the quoted term "Super Group," is kept in quotes). Kept as
# printed: "Gannett Co., Inc.", "Belo Corp.", "today", "the Company" capitalised, "#1 CBS", "#4 ABC", "#1 NBC",
# "9.4x average 2011/2012 EBITDA multiple", "5.4x".
# Periods: none (deal terms; see the header).
# Decided (news30 en05, news31 b): $13.75 per share in cash key (the offer price); "or approximately $1.5 billion" key
# (the equity value of the cash offer); the $715 million of existing debt taken on key; the enterprise value of
# approximately $2.2 billion key; the 28.1 % premium key. Stations "from 23 to 43" -> key 43 with prior 23 plus an
# optional 23 row; 21 stations in the top 25 markets key (the top 25 a category). Word fractions with hedges — "nearly a
# third of all U.S. households", "more than half" of pro forma EBITDA, "nearly two-thirds" for Digital and Broadcast —
# optional (vague shares written as words; 33.3 %, 50 %, 66.7 % with the wording in the basis). Synergies approximately
# $175 million key (annual run-rate; "within three years" a horizon). EPS accretion approximately $0.50 key (non-GAAP,
# first 12 months in the basis). The EV/EBITDA multiples 9.4x (before synergies, average 2011/2012 EBITDA) and 5.4x
# (with expected synergies) key in "x". "Significant free cash flow" prints no figure. No rating actions.
GCI = "Gannett|Gannett Co., Inc.|Gannett Co.|GCI"
BLC = "Belo|Belo Corp.|Belo Corporation|BLC"
D = BLC + "|" + GCI
GB = "Gannett Broadcast segment|Broadcast segment|Gannett Broadcast|" + GCI
EVM = "ev_ebitda_multiple|ev_to_ebitda|ebitda_multiple|valuation_multiple|multiple"
G["en05"] = ([
    m("offer_price|price_per_share|offer_value_per_share|cash_per_share", 13.75, "USD", D, basis="per share in cash"),
    m("equity_value|deal_value|offer_value|transaction_value", 1.5e9, "USD", D,
      basis="approximately; all outstanding shares"),
    m("assumed_debt|debt_assumed|debt", 715e6, "USD", D, basis="existing debt taken on"),
    m("enterprise_value|deal_value|transaction_value", 2.2e9, "USD", D, basis="approximately"),
    m("premium|offer_premium", 28.1, "%", D, basis="to Belo's closing price on June 12, 2013"),
    m("households_reach|household_reach|coverage", 33.3, "%", GCI, opt=True,
      basis="nearly a third of all U.S. households (word fraction)"),
    m("stations|station_count|tv_stations", 43, "stations", GCI, prior=23, basis="broadcast portfolio nearly doubles"),
    m("stations|station_count|tv_stations", 23, "stations", GCI, opt=True, basis="current portfolio"),
    m("stations_top_markets|stations|station_count", 21, "stations", GB, basis="in the top 25 markets"),
    m("ebitda_share|ebitda_contribution|share_of_ebitda", 50, "%", GB, opt=True,
      basis="more than half of pro forma total EBITDA (word fraction)"),
    m("ebitda_share|ebitda_contribution|share_of_ebitda", 66.7, "%",
      "Digital and Broadcast segments|Gannett Digital and Broadcast|" + GCI, opt=True,
      basis="nearly two-thirds of pro forma total EBITDA (word fraction)"),
    m("cost_synergies|synergies|cost_savings|annual_synergies", 175e6, "USD", D,
      basis="approximately; annual run-rate; within three years of closing"),
    m("eps_accretion|accretion|eps_impact", 0.50, "USD", GCI,
      basis="approximately; non-GAAP EPS; within the first 12 months"),
    m(EVM, 9.4, "x", D, basis="average 2011/2012 EBITDA; before synergies"),
    m(EVM + "|ev_ebitda_multiple_with_synergies", 5.4, "x", D, basis="assuming expected synergies"),
], [])

# ---------------------------------------------------------------- en06 Oil and natural gas futures settle higher (okenergytoday.com, citing Bloomberg MarketWatch; no year printed): August WTI +50 cents, +1.1%, $44.74; August Brent +66 cents, +1.4%, $47.31; US output -100,000 b/d to 9.25 million b/d; crude supplies +100,000 barrels against a 3.25 million-barrel decline forecast and the API's 851,000 increase; gasoline -900,000 and distillates -200,000 against forecasts of -900,000 and +500,000; July natural gas $3.067, +3 cents, +1%; August natural gas $3.094 (USD, %, barrels, barrels per day)
# A crude oil and natural gas market report (the kind's WTI and Brent in $ a barrel with moves, inventories in barrels,
# output, and natural gas in $ per million British thermal units; no OPEC+ output and no Henry Hub name are printed;
# the natural gas is the Nymex contract as printed). Whole as stored. Headline kept (rewritten: "Crude Oil Futures Show Signs of
# Rebounding as Settlements Rise on Wednesday" -> "Crude Oil Futures Show Signs of a Rebound as Settlements Climb on
# Wednesday"). No quotes. Kept as printed: "according to Bloomberg MarketWatch" (rendered "Bloomberg MarketWatch
# reported"), "London ICE Futures Exchange", "barrels a day", "S&P Global Platts", "100,000 barrels" twice (output per
# day and the inventory change), the gasoline build forecast and the actual draw both "900,000 barrels".
# Periods: none (see the header).
# Decided (news42 en06): WTI and Brent: the $ move ("50 cents" -> 0.50, "66 cents" -> 0.66), the % move and the settle
# key; "a fifth consecutive increase" a streak (not labelled). Output "fell by 100,000 barrels a day to 9.25 million
# barrels a day" -> key change and key level in "barrels per day" (no prior printed). Crude supplies +100,000 barrels
# (EIA) key; the Platts forecast of a 3.25 million-barrel decline a key consensus row (-3.25e6); the API's increase of
# 851,000 barrels key on the API. Gasoline -900,000 and distillates -200,000 (EIA) key; the Platts forecasts for
# gasoline (-900,000) and distillates (+500,000) key consensus rows. Natural gas: the expiring July contract's $3.067 per
# million British thermal units, +3 cents (0.03 USD) and +1 % key; the August contract's $3.094 key (no move printed).
WTI = "West Texas Intermediate|WTI|August WTI|crude oil|U.S. crude|oil"
BRT = "Brent|Brent crude|August Brent|oil"
USC = "U.S. crude inventories|US crude inventories|U.S. crude supplies|domestic crude stockpiles|crude oil|United States|U.S."
USO = "U.S. crude production|US crude output|domestic crude oil production|United States|U.S."
GSL = "U.S. gasoline stockpiles|gasoline stockpiles|gasoline inventories|gasoline|United States|U.S."
DST = "U.S. distillate stockpiles|distillate stockpiles|distillate inventories|distillates|United States|U.S."
NGJ = "natural gas|July natural gas|U.S. natural gas|Nymex natural gas"
NGA = "natural gas|August natural gas|U.S. natural gas|Nymex natural gas"
INV = "crude_inventories_change|inventory_change|crude_stocks_change|crude_inventory_change"
INVF = "crude_inventories_change_forecast|inventory_change_consensus|inventory_change_estimate|inventory_change_forecast"
PX = "price|settle_price|settlement_price|oil_price|gas_price"
PCP = "price_change|oil_price_change|gas_price_change|price_change_pct"
G["en06"] = ([
    m(PC, 0.50, "USD", WTI, basis="50 cents; August contract, Nymex settle"),
    m(PCP, 1.1, "%", WTI, basis="fifth consecutive increase"),
    m(PX, 44.74, "USD", WTI, basis="per barrel, settle"),
    m(PC, 0.66, "USD", BRT, basis="66 cents; August contract, ICE"),
    m(PCP, 1.4, "%", BRT),
    m(PX, 47.31, "USD", BRT, basis="per barrel, end of trading"),
    m("crude_output_change|production_change|output_change|crude_production_change", -100000, "barrels per day", USO,
      basis="EIA; week ending June 23"),
    m("crude_output|crude_production|production|output", 9.25e6, "barrels per day", USO, basis="EIA; week ending June 23"),
    m(INV, 100000, "barrels", USC, basis="EIA; last week"),
    m(INVF, -3.25e6, "barrels", USC, basis="analysts surveyed by S&P Global Platts; forecast decline"),
    m(INV + "|api_inventory_change", 851000, "barrels", USC + "|American Petroleum Institute|API",
      basis="API report; increase"),
    m("gasoline_inventories_change|gasoline_stocks_change|inventory_change", -900000, "barrels", GSL, basis="EIA; last week"),
    m("distillate_inventories_change|distillate_stocks_change|inventory_change", -200000, "barrels", DST,
      basis="EIA; last week"),
    m("gasoline_inventories_change_forecast|inventory_change_consensus|inventory_change_forecast", -900000, "barrels",
      GSL, basis="S&P Global Platts survey forecast"),
    m("distillate_inventories_change_forecast|inventory_change_consensus|inventory_change_forecast", 500000, "barrels",
      DST, basis="S&P Global Platts survey forecast; climb"),
    m(PX, 3.067, "USD", NGJ, basis="per million British thermal units; July contract, expired at settlement"),
    m(PC, 0.03, "USD", NGJ, basis="3 cents"),
    m(PCP, 1, "%", NGJ),
    m(PX, 3.094, "USD", NGA, basis="per million British thermal units; August contract, Nymex"),
], [])
