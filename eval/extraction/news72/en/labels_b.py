# Hand-written gold labels for news72/en en07-en12 (batch b: English news from Asia, the Pacific, Africa, the Middle
# East and Latin America, six kinds of story — a Canadian gas producer's quarter in C$ (Peyto's third quarter of its 2022
# fiscal year, from its GlobeNewswire release on stockhouse.com, with margins and returns, funds from operations and
# per share against a year earlier, the hedging loss, FFO over capital spending, the free cash flow and payout ratios,
# the quarter's dividends, production in boe/d with its gas and liquids split against a year earlier, per-Mcfe cash
# costs, realized revenue and the cash netback in $/Mcfe and $/boe); a mainland Chinese company's year reported in
# English (Li Ning's 2020 in yuan with reported and comparative net profit and margins, revenue, the operating margin
# in basis points, operating cash flow, working capital, the cash conversion cycle in days and the final dividend in
# ¥ cents, from sgbonline.com); a euro-zone macro release (the final February 2019 composite and services
# PMIs against January and the flash readings, the PMI-implied quarterly GDP growth, the Reuters poll, the new business
# and backlog indexes, as carried by the Taiwanese trade site manufacturers.com.tw from euronews.com); a Taiwanese
# chipmaker's quarter in NT$ (UMC's third quarter of 2017 with net profit, EPS, revenue, gross margin in pp,
# utilization, wafer shipments and its fourth-quarter guidance, DIGITIMES); a European stock-market close (the FTSE
# 100, CAC 40, DAX 30 and FTSEurofirst 300 in points and %, Athens, Brent, the STOXX 600 oil and gas sector and four
# movers in %, from News24/Fin24 in South Africa); and several brokers' calls on an Indian stock (Infosys after its
# March quarter: a six-broker table of ratings and rupee targets, Nomura's estimate cut and forecasts, deal wins, the
# ADR fall, from CNBC-TV18)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and
# sources files; unit strings and metric names were checked against earlier sets' labels_*.py files), and no other
# batch's texts, labels or sources were read (so the check against the other news72 batches' sources could not be made
# from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news71/en/README.md, with: news62 en02 and news59 en02 (a Canadian producer's quarter: production in "boe/d", FFO and
# FFO per share in CAD, per-unit costs in the currency with the measure in the basis, a net debt change as a change);
# news66 en12 and news70 en02 (a Chinese company's year: margins in %, margin changes in bp as printed, a
# proposed dividend with its year; a rounded lead figure optional beside the bullet's precise figure, news70 en02);
# news43 en04 and news38 en09 (a euro-zone PMI release: index readings in "points", "to X from Y" as key with prior
# plus an optional earlier row, the Reuters poll a *_consensus row, the 50 line optional); news34 en11 (a DIGITIMES
# Taiwanese quarter in NT$: headline and byline kept, the US$ conversion optional, q/q growth key); news22 en10 and
# news6 en15 (a European close: index % and levels key, sector and mover % moves key, no periods); news22 en02 and
# news41 en08 (brokers' calls on Indian stocks: INR targets, cut_target with the rating kept, downgrade with both ratings
# and both targets, estimate cuts as negative ranges with the years in the basis).
# Currencies: en07 "$" on a Calgary release -> CAD (decided: a Canadian producer's release; no other currency is named);
# en08 "¥" on a Chinese company -> CNY ("¥20.46 cents" -> 0.2046); en09 none (points, %); en10 "NT$" -> TWD, "US$" ->
# USD; en11 "$" on Brent -> USD; en12 "Rs" and the table's "(`)" (the page's rupee glyph) -> INR, "$" on deal wins ->
# USD.
# Scaling: values fully scaled ("$197 million" -> 197e6, "¥14,457 million" -> 14.457e9, "NT$3.47 billion" -> 3.47e9,
# "US$114.9 million" -> 114.9e6, "1.75 million" -> 1.75e6, "US$1.7 billion" -> 1.7e9, "$2.1 billion" -> 2.1e9, "6 466"
# with a space as thousands separator -> 6466, "¥20.46 cents" -> 0.2046 CNY); declines negative ("a $92 million realized
# hedging loss" -> -92e6 on a hedging gain/loss metric, "Net debt was down 14%" -> -14, "fell by 21.1 percent" -> -21.1,
# "improved (was reduced) by 11 percent" -> -11, "improved further (was shortened) by 6 days" -> -6 days, "slid 0.5pp"
# -> -0.5, "a 3-4% sequential decrease" -> (-4, -3), "a nearly 1% ASP decrease" -> -1, "down more than 18%" -> -18,
# "down nearly 6%" -> -6, "closed 10 percent lower" -> -10, "a 3.2 percent decline" -> -3.2, "cut ... by 8-9 percent" ->
# (-9, -8)); hedges in the basis ("about", "nearly", "approximately", "more than", "over", "above").
# Periods decided: en07 "the third quarter of its 2022 fiscal year" with the quarters printed "Q3 2022" / "Q3 2021" ->
# 2022Q3 / 2021Q3 (Peyto's fiscal year is the calendar year by the text's "Q3 2022"; the scorer drops "FY", so the FY
# form would score alike); the trailing twelve-month returns none (a trailing span, the span in the basis). en08 "the
# year ended December 31" with the dividend "for the year ended 31 December 2020" and "(2019: ...)" -> 2020 and 2019.
# en09 the page's own date line "Mar 06, 2019" with "last month" / "February" -> 2019-02, "January" -> 2019-01, "the
# fourth quarter of last year" -> 2018Q4, "this quarter" -> 2019Q1 (decided: the printed date line dates the story, as
# news71 en02's release date did). en10 "the third quarter of 2017" -> 2017Q3, "the prior quarter" -> 2017Q2, "a year
# earlier" -> 2016Q3, "the fourth quarter of 2017" -> 2017Q4, "capex target for 2017" -> 2017. en11 a market close: no
# periods (no year is printed; "since November 2011" bounds it). en12 "financial year 2024" / "financial year 2025" ->
# FY2024 / FY2025 (Indian fiscal years, written FY as in the development corpus); "the March quarter" prints no year ->
# none; the estimate cut "for financial year 2024-2025" spans two years -> none, the years in the basis (news22 en02).
# Quotes rendered as reported speech (the set never copies third-party sentences): Chris Williamson's three quoted
# sentences (en09; "0.2 percent", "0.1 percent", "0.2 percent" kept), Jason Wang's quoted sentence (en10; no figure),
# Chris Beauchamp's quoted sentence (en11; no figure). Not labelled: dates and times ("Nov. 09, 2022", "Mar 06, 2019",
# "Thursday 26 October 2017", "Thursday", "Friday", "the beginning of October" as a date, "November 2011", "31 December
# 2020" as a date), spans and ranks ("nine-quarter high", "9-quarter high", "the first time in over five years",
# "four-year low", "more than four-year low", "worst ... in over three years", "the worst in at least a decade", "the
# lowest in three quarters"), numbers inside names and technical labels ("FTSE 100", "CAC 40", "DAX 30", "FTSEurofirst
# 300", "STOXX 600", "8-inch", "12-inch", "28nm", the footnote marks "1,2" ... "7" run into Peyto's terms), and
# qualitative statements without a figure ("Total liquid yields were unchanged", "The gross profit margin was flat",
# "low-single-digit", "mid-single-digit", "foresaw demand for 28nm HKMG softening").

# ---------------------------------------------------------------- en07 Peyto Exploration & Development's third quarter of 2022 (GlobeNewswire release on stockhouse.com; dateline "Nov. 09, 2022"): operating margin 71%, profit margin 30%, ROC 14%, ROE 19%; FFO/share +83%; FFO $197 million ($1.15/share, $1.13 diluted) from $105 million ($0.63); hedging loss $92 million; FFO over capex $57 million; FCF ratio 29%; dividends $25.7 million, payout 13%, total payout 84%; production/share +12%; production 104,071 boe/d (545 MMcf/d, 7,903 and 5,360 bbl/d), +16% from 89,998 boe/d; cash costs $1.57/Mcfe ($0.87 ex royalties) by item; realized revenue $5.01/Mcfe; netback $3.44/Mcfe ($20.62/boe), +63% from $2.11/Mcfe ($12.68/boe); royalties +94%; other cash costs $0.86/Mcfe in Q3 2021; net debt -14% (CAD, %, boe/d, MMcf/d, bbl/d)
# A Canadian oil and gas producer's quarter (news62 en02 had Baytex's third quarter of 2017 and news59 en02 another
# Canadian producer; Peyto, "104,071", "89,998", "$3.44/Mcfe" and "Mcfe" appear in no earlier text; the stockhouse.com
# address in no source list). Of the kind's elements the stored text has boe/d, funds from operations, the cash netback,
# capital spending (only as FFO's excess over it, $57 million; no capex level is printed, none computed) and the
# dividends in C$ (as the quarter's total, $25.7 million, with the payout ratio; no per-share dividend is printed).
# Cut: the stored text goes on from the net debt bullet's header into "Net debt was reduced $161 million f", where it
# breaks off; the passage stops after the header "Net debt down 14%." (rewritten "Net debt was down 14%."), a sentence
# boundary (the $161 million goes with the cut). No headline in the stored text (it opens with its dateline; the address
# slug "peyto-reports-q3-2022-results-and-2023-plans-including-120-dividend-increase" is not page text; none added). The
# release's first person and "is pleased to present" are rewritten in the third person. Kept as printed: "(GLOBE
# NEWSWIRE) --", the footnote digits run into the terms ("Operating Margin1,2", "Profit Margin3", "Return on Capital4",
# "Return on Equity4", "Funds from operations5", "free cashflow ratio6", "payout ratio7", twice), "free cashflow" as one
# word, "Q3 2022" / "Q3 2021", "$1.15/share, $1.13/diluted share", "($0.63/share)", "boe/d", "MMcf/d", "bbl/d",
# "Condensate and Pentanes" and "Butane and Propane" capitalised, "$/Mcfe" costs, "industry leading" unhyphenated,
# "($20.62/boe)" and "($12.68/boe)" in brackets.
# Periods: 2022Q3 and 2021Q3 (see the header); the trailing twelve-month returns none.
# Decided: the margins "in the quarter" (71 % operating, 30 % profit) key for 2022Q3; the returns "on a trailing
# twelve-month basis" key without a period. FFO "$197 million ... up from $105 million" and FFO per share "$1.15/share ...
# ($0.63/share)" -> key with priors and optional 2021Q3 rows; the diluted $1.13 key (basis diluted). The hedging loss key
# as a negative gain/loss (news precedent: losses negative). "FFO ... $57 million more than capital expenditures,
# including acquisitions" -> key free-cash-flow row (FFO less capex, the printed form in the basis). Ratios (free
# cashflow 29 %, dividend payout 13 %, total payout 84 %) and the quarter's dividends ($25.7 million) key. Per-share
# growth headers (FFO +83 %, production +12 %) key. Production 104,071 boe/d with prior 89,998 and an optional 2021Q3
# row; the gas (545 MMcf/d) and two liquids streams (bbl/d) key on the streams with Peyto among the alternatives; +16 %
# key. Per-Mcfe costs key in CAD with "per Mcfe" in the basis (the news62 / news59 per-unit rule); the realized revenue
# key. The netback $3.44/Mcfe key with prior 2.11; the bracketed per-boe restatements ($20.62, $12.68) optional (the same
# figure in another unit, as the development corpus's bracketed conversions) and the $2.11 year-earlier row optional.
# Royalties +94 % key. "The other cash costs were virtually the same as the $0.86/Mcfe of Q3 2021" -> key 2021Q3 row
# (a year-ago figure in its own clause). "Net debt was down 14%" key as a % change for the quarter.
PEY = "Peyto|Peyto Exploration & Development Corp.|Peyto Exploration & Development|Peyto Exploration"
Q, PQ = "2022Q3", "2021Q3"
FFO = "funds_from_operations|ffo|funds_flow"
FFOPS = "ffo_per_share|funds_from_operations_per_share|funds_flow_per_share"
PROD = "production|average_production|output"
NB = "cash_netback|netback|operating_netback"
MCFE = "per Mcfe"
G["en07"] = ([
    m("operating_margin|operating_profit_margin", 71, "%", PEY, Q, basis="printed 'Operating Margin1,2'"),
    m("profit_margin|net_margin|net_profit_margin", 30, "%", PEY, Q, basis="printed 'Profit Margin3'"),
    m("return_on_capital|roc", 14, "%", PEY, basis="trailing twelve-month basis"),
    m("return_on_equity|roe", 19, "%", PEY, basis="trailing twelve-month basis"),
    m("ffo_per_share_growth|funds_from_operations_per_share_growth", 83, "%", PEY, Q),
    m(FFO, 197e6, "CAD", PEY, Q, prior=105e6),
    m(FFO, 105e6, "CAD", PEY, PQ, opt=True),
    m(FFOPS, 1.15, "CAD", PEY, Q, prior=0.63, basis="per share"),
    m(FFOPS, 1.13, "CAD", PEY, Q, basis="per diluted share"),
    m(FFOPS, 0.63, "CAD", PEY, PQ, opt=True, basis="per share"),
    m("realized_hedging_gain|hedging_gain|realized_hedging_loss|hedging_loss", -92e6, "CAD", PEY, Q,
      basis="realized hedging loss"),
    m("free_cash_flow|ffo_less_capex|free_funds_flow|ffo_in_excess_of_capex", 57e6, "CAD", PEY, Q,
      basis="FFO more than capital expenditures, including acquisitions"),
    m("free_cash_flow_ratio|free_cashflow_ratio", 29, "%", PEY, Q, basis="of FFO; printed 'free cashflow ratio6'"),
    m("dividends|dividends_paid|dividend", 25.7e6, "CAD", PEY, Q, basis="the quarter's dividends"),
    m("dividend_payout_ratio|payout_ratio", 13, "%", PEY, Q),
    m("total_payout_ratio|payout_ratio", 84, "%", PEY, Q, basis="including capital investments"),
    m("production_per_share_growth", 12, "%", PEY, Q),
    m(PROD, 104071, "boe/d", PEY, Q, prior=89998),
    m(PROD, 89998, "boe/d", PEY, PQ, opt=True),
    m("natural_gas_production|gas_production|" + PROD, 545, "MMcf/d", "natural gas|Peyto natural gas|" + PEY, Q),
    m("condensate_production|liquids_production|" + PROD, 7903, "bbl/d",
      "Condensate and Pentanes|condensate|" + PEY, Q),
    m("ngl_production|liquids_production|" + PROD, 5360, "bbl/d", "Butane and Propane|" + PEY, Q),
    m("production_growth|output_growth", 16, "%", PEY, Q),
    m("total_cash_costs|cash_costs", 1.57, "CAD", PEY, Q, basis=MCFE),
    m("cash_costs_excluding_royalties|total_cash_costs|cash_costs", 0.87, "CAD", PEY, Q,
      basis=MCFE + "; excluding royalties"),
    m("royalties|royalty_costs", 0.70, "CAD", PEY, Q, basis=MCFE),
    m("operating_costs|opex", 0.38, "CAD", PEY, Q, basis=MCFE),
    m("transportation_costs|transportation", 0.26, "CAD", PEY, Q, basis=MCFE),
    m("g_and_a|general_and_administrative|g&a", 0.02, "CAD", PEY, Q, basis=MCFE),
    m("interest_costs|interest|interest_expense", 0.21, "CAD", PEY, Q, basis=MCFE),
    m("realized_revenue|realized_price|revenue_per_unit", 5.01, "CAD", PEY, Q, basis=MCFE),
    m(NB, 3.44, "CAD", PEY, Q, prior=2.11, basis=MCFE),
    m(NB, 20.62, "CAD", PEY, Q, opt=True, prior=12.68, basis="per boe; bracketed restatement"),
    m(NB, 2.11, "CAD", PEY, PQ, opt=True, basis=MCFE),
    m(NB, 12.68, "CAD", PEY, PQ, opt=True, basis="per boe; bracketed restatement"),
    m("netback_growth|cash_netback_growth", 63, "%", PEY, Q),
    m("royalties_growth|royalty_change|royalties_change", 94, "%", PEY, Q),
    m("cash_costs_excluding_royalties|other_cash_costs|cash_costs", 0.86, "CAD", PEY, PQ,
      basis=MCFE + "; the remaining cash costs in Q3 2021, virtually the same this quarter"),
    m("net_debt_change|net_debt_reduction|net_debt", -14, "%", PEY, Q, basis="highlight 'Net debt down 14%'"),
], [])

# ---------------------------------------------------------------- en08 Li Ning's year ended December 31, 2020 (sgbonline.com; no page date printed): adjusted profits +34%, revenues +4.2%; net profit attributable +13.3%, net margin 11.7% from 10.8%; comparative net profit +34.2% to ¥1,698 million, margin 11.7% from 9.1%; revenue ¥14,457 million; operating margin 15.2%, +410 bp; operating cash flow -21.1% to ¥2,763 million; working capital -11%; cash conversion cycle -6 days, 20 days (2019: 26 days); final dividend ¥20.46 cents (2019: ¥15.47 cents) (CNY, %, bp, days)
# A Hong Kong-listed mainland Chinese company's year reported in English (Li Ning appears in no earlier text;
# "14,457", "2,763", "¥20.46" and "cash conversion cycle" in none; sgbonline.com in no source list). Of the kind's
# elements the page has revenue, net profit, margins and the dividend per share (in ¥ cents). Cut: the stored text goes
# on to an operational bullet that breaks off ("Average selling price (ASP) regi"); the passage stops after the bullet
# before it, a sentence (bullet) boundary (no figure goes with the cut). No headline in the stored text (it opens with
# its lead; the address slug is not page text; none added). No quotes. Kept as printed: "¥1,698 million", "¥14,457
# million", "¥2,763 million", "¥20.46 cents" and "¥15.47 cents" (a yen-style sign on yuan cents), "410 basis points",
# "(2019: 26 days/2020: 20 days)", "(2019: ¥15.47 cents)", the missing semicolon after the working-capital bullet, the
# bullets' closing semicolons and "; and", "low-single-digit", "mid-single-digit(s)".
# Periods: 2020 for the year, 2019 for the earlier figures (see the header).
# Decided: the lead's "profits on an adjusted basis rose 34 percent" is the rounded form of the comparative 34.2 % ->
# optional (a rounded repeat); the lead's "revenues grew 4.2 percent" is the first printing -> key, its two bullet
# repeats optional. "Net profit margin rose from 10.8 percent to 11.7 percent" -> key with prior and an optional 2019
# row; the comparative margin "from 9.1 percent to 11.7 percent" -> a second key row on the comparative metric with its
# own prior (the same 2020 value, a different earlier base; both statements are facts) and an optional 2019 row. The
# comparative net profit (¥1,698 million) and growth (34.2 %) key with "comparative basis" in the basis. The operating
# margin level key and "up 410 basis points" key in bp. Operating cash flow -21.1 % and ¥2,763 million key. Working
# capital "improved (was reduced) by 11 percent" -> -11 % key. Cash conversion cycle "shortened by 6 days" -> key -6
# days; "(2019: 26 days/2020: 20 days)" -> key 20 days with prior 26 and an optional 2019 row. Final dividend "¥20.46
# cents (2019: ¥15.47 cents)" -> key 0.2046 CNY with prior 0.1547 and an optional 2019 row. The flat gross margin and the
# operational "single-digit" statements carry no figure (not labelled).
LN = "Li Ning|Li Ning Company Limited|Li Ning Co|Li Ning Co Ltd|Li-Ning"
Y, PY = "2020", "2019"
NPM = "net_profit_margin|net_margin"
CNPM = "comparable_net_profit_margin|adjusted_net_margin|net_profit_margin|net_margin"
CCC = "cash_conversion_cycle|ccc"
DPS = "final_dividend|dividend_per_share|dps|dividend"
G["en08"] = ([
    m("adjusted_net_profit_growth|comparable_net_profit_growth|net_profit_growth|profit_growth", 34, "%", LN, Y,
      opt=True, basis="lead: profits on an adjusted basis; rounded form of 34.2%"),
    m("revenue_growth|sales_growth", 4.2, "%", LN, Y, basis="lead: revenues"),
    m("net_profit_growth|net_profit_attributable_growth|net_income_growth", 13.3, "%", LN, Y,
      basis="approximately; attributable to equity holders"),
    m(NPM, 11.7, "%", LN, Y, prior=10.8),
    m(NPM, 10.8, "%", LN, PY, opt=True),
    m("comparable_net_profit_growth|adjusted_net_profit_growth|net_profit_growth", 34.2, "%", LN, Y,
      basis="approximately; comparative basis excluding last year's one-off"),
    m("comparable_net_profit|adjusted_net_profit|net_profit|net_profit_attributable", 1698e6, "CNY", LN, Y,
      basis="comparative basis; attributable to equity holders"),
    m(CNPM, 11.7, "%", LN, Y, prior=9.1, basis="comparative basis"),
    m(CNPM, 9.1, "%", LN, PY, opt=True, basis="comparative basis"),
    m("revenue|sales", 14457e6, "CNY", LN, Y),
    m("revenue_growth|sales_growth", 4.2, "%", LN, Y, opt=True, basis="approximately; bullet repeat"),
    m("operating_profit_margin|operating_margin", 15.2, "%", LN, Y),
    m("operating_profit_margin_change|operating_margin_change", 410, "bp", LN, Y),
    m("operating_cash_flow_growth|operating_cash_flow_change", -21.1, "%", LN, Y),
    m("operating_cash_flow", 2763e6, "CNY", LN, Y),
    m("working_capital_change|gross_average_working_capital_change", -11, "%", LN, Y,
      basis="gross average working capital improved (was reduced)"),
    m("revenue_growth|sales_growth", 4.2, "%", LN, Y, opt=True, basis="approximately; second bullet repeat"),
    m("cash_conversion_cycle_change|ccc_change", -6, "days", LN, Y, basis="improved further (was shortened)"),
    m(CCC, 20, "days", LN, Y, prior=26),
    m(CCC, 26, "days", LN, PY, opt=True),
    m(DPS, 0.2046, "CNY", LN, Y, prior=0.1547, basis="final, per ordinary share; printed '¥20.46 cents'"),
    m(DPS, 0.1547, "CNY", LN, PY, opt=True, basis="printed '(2019: ¥15.47 cents)'"),
], [])

# ---------------------------------------------------------------- en09 Euro zone final PMIs for February 2019 (euronews.com text on manufacturers.com.tw, dated "Mar 06, 2019"): composite 51.9 from 51.0, flash 51.4; PMI-implied quarterly GDP growth 0.2% in February from 0.1% in January; Q4 2018 growth 0.2%; Reuters poll 0.3% for the quarter; services 52.8 from 51.2, flash 52.3; new business index 51.4 from 50.1; composite backlog sub-index 50 from 48.3 (points, %)
# A euro-zone macro release with the prior reading and the poll (news43 en04 had the April 2024 flash PMIs, news38 en09
# a June manufacturing PMI and news8 en13 a November PMI in a close; this February 2019 final composite 51.9 with the
# 51.4 flash, the 52.8 services reading and Chris Williamson appear in no earlier text; manufacturers.com.tw in no source
# list). Whole as stored; the page's date line "Mar 06, 2019" kept as page text at the top and its closing attribution
# "Source: euronews.com" kept. No headline in the stored text (none added). Quotes: Chris Williamson's three quoted
# sentences rendered as reported speech (figures kept). Kept as printed: "Euro Zone" capitalised in the index's name,
# "Composite Final Purchasing Managers' Index (PMI)", "lacklustre", "0.2 percent" twice, "bang on the breakeven 50
# mark", "more than four-year low".
# Periods: 2019-02, 2019-01, 2018Q4, 2019Q1 (see the header).
# Decided: PMI readings in "points" (news43 en04). The final composite "to 51.9 in February, up from January's 51.0" ->
# key with prior and an optional 2019-01 row; the earlier flash reading 51.4 a key row of its own (a flash metric; the
# same month). The "50 mark" optional (pmi_threshold, news43 en04). The survey-implied "quarterly GDP growth
# accelerating to 0.2 percent in February, from 0.1 percent in January" -> key with prior (the survey's GDP signal, the
# printed basis kept) and an optional January row; the fourth quarter's 0.2 % key (2018Q4); the Reuters poll's 0.3 %
# "this quarter" key as a GDP consensus for 2019Q1. Services "bounced to 52.8, from 51.2 in January" -> key with prior
# and an optional row; its flash 52.3 key. The new business index "to ... 51.4 from 50.1" -> key with prior and an
# optional January row (the paragraph is on services; the metric alternatives allow both). The composite backlog
# sub-index "bang on the breakeven 50 mark, up from January's 48.3" -> key 50 with prior 48.3 and an optional row.
EZ = "euro zone|eurozone|euro area|Euro Zone|IHS Markit"
F, J = "2019-02", "2019-01"
CP = "composite_pmi|pmi|final_composite_pmi"
SP = "services_pmi|pmi|final_services_pmi"
GDPQ = "gdp_growth_qoq|gdp_growth|implied_gdp_growth"
NBI = "new_business_index|services_new_business_index|new_orders_index"
BLI = "backlog_index|backlogs_of_work_index|composite_backlog_index"
G["en09"] = ([
    m(CP, 51.9, "points", EZ, F, prior=51.0, basis="final"),
    m(CP, 51.0, "points", EZ, J, opt=True),
    m("flash_composite_pmi|composite_pmi_flash|composite_pmi", 51.4, "points", EZ, F, basis="earlier flash reading"),
    m("pmi_threshold", 50, "points", EZ, opt=True, basis="mark separating growth from contraction"),
    m(GDPQ, 0.2, "%", EZ, F, prior=0.1, basis="quarterly rate of GDP growth indicated by the survey"),
    m(GDPQ, 0.1, "%", EZ, J, opt=True, basis="quarterly rate indicated by the survey"),
    m("gdp_growth_qoq|gdp_growth", 0.2, "%", EZ, "2018Q4", basis="expansion in the fourth quarter of last year"),
    m("gdp_growth_consensus|gdp_growth_forecast|gdp_forecast", 0.3, "%", EZ, "2019Q1",
      basis="Reuters poll last week; this quarter"),
    m(SP, 52.8, "points", EZ, F, prior=51.2, basis="final"),
    m(SP, 51.2, "points", EZ, J, opt=True),
    m("flash_services_pmi|services_pmi_flash|services_pmi", 52.3, "points", EZ, F, basis="earlier flash estimate"),
    m(NBI, 51.4, "points", EZ, F, prior=50.1, basis="still-weak"),
    m(NBI, 50.1, "points", EZ, J, opt=True, basis="more than four-year low"),
    m(BLI, 50, "points", EZ, F, prior=48.3, basis="composite sub-index; bang on the breakeven 50 mark"),
    m(BLI, 48.3, "points", EZ, J, opt=True),
], [])

# ---------------------------------------------------------------- en10 UMC's third quarter of 2017 (DIGITIMES, digitimes.com; byline date "Thursday 26 October 2017"): net profit NT$3.47 billion (US$114.9 million), +65.5% q/q; EPS NT$0.28; revenue about NT$37.7 billion, +0.4% q/q; gross margin 17.5%, -0.5pp; utilization nearly 100% (8-inch), above 90% (12-inch), about 96% overall; wafer shipments about 1.75 million against 1.74 million and 1.57 million; Q4 guidance shipments -3-4%, ASP nearly -1%, utilization 87-89%, gross margin about 15%; 2017 capex target US$1.7 billion (TWD, USD, %, pp, wafers)
# A Taiwanese chipmaker's quarter in NT$ with guidance (news34 en11 had AU Optronics' quarter from DIGITIMES the same day,
# news20 en10 and news26 en10 TSMC; UMC, "NT$3.47 billion", "87-89%" and Jason Wang appear in no earlier text; this
# DIGITIMES address in no source list — two other DIGITIMES pages are). Whole as stored. Headline kept (rewritten: "UMC
# profits hit 9-quarter high" -> "UMC's profits reach a 9-quarter high"); the byline/date line "Jessie Shen, DIGITIMES,
# Taipei [Thursday 26 October 2017]" kept as page text (news34 en11). Quotes: Jason Wang's quoted sentence rendered as
# reported speech (no figure). Kept as printed: "9-quarter" in the headline beside "nine-quarter" in the text,
# "NT$3.47 billion (US$114.9 million)", "0.5pp" unspaced, "8-inch equivalent wafers", "1.74 million units", "3-4%",
# "ASP", "28nm HKMG", "87-89%", "capex".
# Periods: 2017Q3, 2017Q2, 2016Q3, 2017Q4, 2017 (see the header).
# Decided: net profit key, the US$ conversion optional (news34 en11); "up 65.5% sequentially" key q/q growth; EPS key.
# Revenue "about NT$37.7 billion" key, +0.4 % q/q key. Gross margin 17.5 % key and "slid 0.5pp" key -0.5 pp. The three
# utilization rates key on the fab groups (8-inch, 12-inch) and the company, hedges in the basis. Wafer shipments in
# "wafers": the quarter's 1.75 million key; "against 1.74 million units shipped the quarter before and 1.57 million a
# year earlier" -> two key rows with their own periods (two comparisons, neither printed as "from"; no prior set).
# Guidance for 2017Q4: shipments "a 3-4% sequential decrease" -> key range (-4, -3); ASP "a nearly 1% decrease" -> key
# -1; utilization "87-89%" -> key range; gross margin "about 15%" key. The 2017 capex target "remains unchanged at
# US$1.7 billion" key (no earlier figure printed).
UMC = "United Microelectronics|UMC|United Microelectronics Corp|United Microelectronics Corporation"
Q, PQ, YQ, Q4 = "2017Q3", "2017Q2", "2016Q3", "2017Q4"
NP = "net_profit|net_income"
UT = "capacity_utilization|utilization_rate|utilization"
WS = "wafer_shipments|shipments"
G["en10"] = ([
    m(NP, 3.47e9, "TWD", UMC, Q),
    m(NP, 114.9e6, "USD", UMC, Q, opt=True, basis="conversion in brackets"),
    m("net_profit_growth|net_income_growth|net_profit_growth_qoq", 65.5, "%", UMC, Q, basis="sequentially"),
    m("eps|earnings_per_share", 0.28, "TWD", UMC, Q),
    m("revenue|consolidated_revenue|sales", 37.7e9, "TWD", UMC, Q, basis="about; consolidated"),
    m("revenue_growth|revenue_growth_qoq|sales_growth", 0.4, "%", UMC, Q, basis="on quarter"),
    m("gross_margin", 17.5, "%", UMC, Q),
    m("gross_margin_change", -0.5, "pp", UMC, Q, basis="slid"),
    m(UT, 100, "%", "UMC 8-inch fabs|8-inch fabs|" + UMC, Q, basis="nearly"),
    m(UT, 90, "%", "UMC 12-inch fabs|12-inch fabs|" + UMC, Q, basis="above"),
    m(UT, 96, "%", UMC, Q, basis="about; overall capacity"),
    m(WS, 1.75e6, "wafers", UMC, Q, basis="about; 8-inch equivalent"),
    m(WS, 1.74e6, "wafers", UMC, PQ, basis="the quarter before; printed 'units'"),
    m(WS, 1.57e6, "wafers", UMC, YQ, basis="a year earlier"),
    m("guidance_wafer_shipments_change|wafer_shipments_guidance|shipments_growth_guidance", None, "%", UMC, Q4,
      rng=(-4, -3), basis="sequential decrease"),
    m("guidance_asp_change|asp_guidance|asp_change", -1, "%", UMC, Q4, basis="nearly"),
    m("guidance_utilization|utilization_guidance|capacity_utilization", None, "%", UMC, Q4, rng=(87, 89)),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin", 15, "%", UMC, Q4, basis="about"),
    m("capex_target|capex_guidance|capital_expenditure|capex", 1.7e9, "USD", UMC, "2017", basis="unchanged"),
], [])

# ---------------------------------------------------------------- en11 A European close on a Thursday after the Fed meeting (News24/Fin24, m.news24.com; December 18, 2014 by the address, no year printed): FTSE 100 +2.04% at 6 466; CAC 40 +3.35% to 4 249.49; DAX 30 +2.79% to 9 811.06; FTSEurofirst 300 +2.8% at 1 353.52; Athens +1.5%; Seadrill +8.1%; Brent $63; STOXX 600 Oil & Gas +2.9%, down more than 18% since October; Alcatel-Lucent +7.8%; Swisscom nearly -6% (points, %, USD)
# A European stock-market close (news22 en10, news8 en13, news6 en15 and the development corpus's en29 had other days;
# "6 466", "9 811.06", "1 353.52", Seadrill, Swisscom and Chris Beauchamp appear in no earlier text; this news24.com
# address in no source list). Of the kind's elements the page has the FTSE 100, CAC 40 and DAX in points and %, the
# FTSEurofirst 300 and the STOXX 600 oil and gas sector; its movers are printed in % only (no pence or euro prices).
# Whole as stored; the leading "Share" button and the closing subscription appeal ("We live in a world where facts and
# fiction get blurred ...") dropped as furniture. Headline kept (rewritten: "European stocks close sharply higher" ->
# "European shares end sharply higher"); the subheading "Oil stocks hit hard" kept (rewritten "Oil stocks battered").
# Quotes: Chris Beauchamp's quoted sentence rendered as reported speech (no figure). Kept as printed: "London -", the
# space as thousands separator ("6 466", "4 249.49", "9 811.06", "1 353.52"), "DAX 30", the leading "- " before the
# Reuters paragraph and "Reuter" without the s, "STOXX 600 Oil & Gas" in capitals, "$63 per barrel".
# Periods: none (a market close; no year printed).
# Decided: each index's % move and level key (levels in points, "6 466" -> 6466). The Athens Composite's +1.5 % key.
# Sector and company moves key on the sector or company (Seadrill +8.1 %, STOXX 600 Oil & Gas +2.9 %, Alcatel-Lucent
# +7.8 %, Swisscom "down nearly 6%" -> -6); the sector's "still down more than 18% since the beginning of October" key
# as -18 with the span and hedge in the basis. Brent "jumped to $63 per barrel" key as a price in USD (no move printed).
# "Its biggest rise since November 2011" not labelled (a date bound).
G["en11"] = ([
    m("index_change|index_change_pct", 2.04, "%", "FTSE 100|FTSE|London's benchmark FTSE 100 index"),
    m("index_level|index_close|close", 6466, "points", "FTSE 100|FTSE|London's benchmark FTSE 100 index",
      basis="printed '6 466'"),
    m("index_change|index_change_pct", 3.35, "%", "CAC 40|CAC|Paris CAC 40"),
    m("index_level|index_close|close", 4249.49, "points", "CAC 40|CAC|Paris CAC 40", basis="printed '4 249.49'"),
    m("index_change|index_change_pct", 2.79, "%", "DAX 30|DAX|Frankfurt DAX"),
    m("index_level|index_close|close", 9811.06, "points", "DAX 30|DAX|Frankfurt DAX", basis="printed '9 811.06'"),
    m("index_change|index_change_pct", 2.8, "%", "FTSEurofirst 300|FTSEurofirst 300 index"),
    m("index_level|index_close|close", 1353.52, "points", "FTSEurofirst 300|FTSEurofirst 300 index",
      basis="printed '1 353.52'"),
    m("index_change|index_change_pct", 1.5, "%", "Athens Composite Index|Athens Composite|Athens|Greek stocks"),
    m("price_change|share_price_change", 8.1, "%", "Seadrill"),
    m("price|oil_price", 63, "USD", "Brent|Brent crude", basis="per barrel; jumped to"),
    m("sector_change|index_change", 2.9, "%", "STOXX 600 Oil & Gas|oil and gas sector|Oil & Gas sector"),
    m("sector_change|index_change", -18, "%", "STOXX 600 Oil & Gas|oil and gas sector|Oil & Gas sector",
      basis="more than; since the beginning of October"),
    m("price_change|share_price_change", 7.8, "%", "Alcatel-Lucent|Alcatel"),
    m("price_change|share_price_change", -6, "%", "Swisscom", basis="nearly"),
], [])

# ---------------------------------------------------------------- en12 Brokers on Infosys after its March quarter (CNBC-TV18, cnbctv18.com; an April 2023 page by the store's date line, which is not page text; no year printed but the forecast years): ADRs -10%; constant currency revenue -3.2%; table of six brokers (Nomura, Reliance Securities, Ambit, DAM Capital, Motilal Oswal, Emkay) with ratings and Rs targets; Nomura's FY2024-2025 estimate cut 8-9%, target cut over 22%, USD revenue growth forecasts 6.9% (FY2024) and 8.9% (FY2025); deal wins $2.1 billion; Reliance Securities' target cut nearly 23% (INR, USD, %)
# Several brokers' calls on an Indian stock (news22 en02 had the brokers on Infosys after its April 2022 fourth quarter,
# news30 en02 and news8 en08 other Infosys quarters; Reliance Securities, DAM Capital, Emkay, "1,290", "1,594" and
# "$2.1 billion" in deal wins appear in no earlier text; this cnbctv18.com address in no source list — three other
# cnbctv18.com pages are). Cut: the stored text goes on to Ambit's paragraph and breaks off ("Ambit has maintained its
# sell rating on Infosy"); the passage stops after Reliance Securities' paragraph, a sentence boundary (Ambit's call is
# in the table). The table, stored flattened into one line, is set out as a table with " | " separators (its title,
# header and cells as printed). No headline in the stored text (it opens with the lead after the store's date line;
# none added). No quotes. Kept as printed: "Analysts Recommendations On Infosys" without the apostrophe, the header
# "Price Target (`)" with the page's rupee glyph as a backtick, "Downgrade To Sell From Buy" beside "Downgrade to Neutral
# From Buy", "Cut to 1,520" without an earlier target, "Rs 1,290", "financial year 2024-2025", "8-9 percent", "over 22
# percent", "the company's guidance deal wins" (the missing "and"), "US Dollar", "nearly 23 percent".
# Periods: FY2024, FY2025 for Nomura's forecasts; the March quarter's figures and the two-year estimate cut none (see the
# header).
# Decided: six rating actions from the table, the prose repeating Nomura's and Reliance Securities' (not counted twice):
# "Downgrade to Neutral From Buy | Cut to 1,290 From 1,660" -> downgrade with both ratings and both targets (Nomura, DAM
# Capital; Reliance Securities to sell); "Sell | Cut to 1,340 From 1,505" and "Buy | Cut to 1,620 From 1,700" ->
# cut_target with the rating kept (Ambit, Emkay); "Buy | Cut to 1,520" -> cut_target buy with no prior target (Motilal
# Oswal). The ADRs' "closed 10 percent lower" key on the US-listed shares; the constant-currency revenue decline key for
# the March quarter (no period). Nomura's estimate cut "by 8-9 percent" -> key range (-9, -8), both years in the basis.
# The target cuts "by over 22 percent" and "by nearly 23 percent" restate the table's moves -> optional. Deal wins $2.1
# billion key (USD). Nomura's US Dollar revenue growth forecasts key for FY2024 and FY2025.
INFY = "Infosys|Infosys Ltd|Infosys Limited|INFY"
TPC = "target_price_change|price_target_change"
G["en12"] = ([
    m("price_change|share_price_change|adr_price_change", -10, "%",
      "Infosys ADR|Infosys ADRs|US-listed shares of Infosys|" + INFY, basis="US-listed shares; closed lower on Thursday"),
    m("constant_currency_revenue_growth|cc_revenue_growth|revenue_growth", -3.2, "%", INFY,
      basis="constant currency; the March quarter"),
    m("earnings_estimate_change|eps_estimate_change|estimate_cut", None, "%", INFY, rng=(-9, -8),
      basis="Nomura; financial year 2024-2025"),
    m(TPC, -22, "%", INFY, opt=True, basis="Nomura; over 22 percent"),
    m("deal_wins|total_contract_value|tcv", 2.1e9, "USD", INFY, basis="the March quarter"),
    m("revenue_growth_forecast|usd_revenue_growth_estimate|revenue_growth_estimate", 6.9, "%", INFY, "FY2024",
      basis="Nomura; US Dollar revenue growth"),
    m("revenue_growth_forecast|usd_revenue_growth_estimate|revenue_growth_estimate", 8.9, "%", INFY, "FY2025",
      basis="Nomura; US Dollar revenue growth"),
    m(TPC, -23, "%", INFY, opt=True, basis="Reliance Securities; nearly 23 percent"),
], [
    ra("Nomura", INFY, "downgrade", "neutral", "buy", target=1290, prior_target=1660, cur="INR"),
    ra("Reliance Securities", INFY, "downgrade", "sell", "buy", target=1350, prior_target=1750, cur="INR"),
    ra("Ambit|Ambit Capital", INFY, "cut_target", "sell", target=1340, prior_target=1505, cur="INR"),
    ra("DAM Capital|DAM Capital Advisors", INFY, "downgrade", "neutral", "buy", target=1390, prior_target=1594,
       cur="INR"),
    ra("Motilal Oswal|Motilal Oswal Financial Services", INFY, "cut_target", "buy", target=1520, cur="INR"),
    ra("Emkay|Emkay Global", INFY, "cut_target", "buy", target=1620, prior_target=1700, cur="INR"),
])
