# Hand-written gold labels for news57/en en01-en06 (batch a: US and European news in English — a dpa-AFX round-up of
# broker downgrades, upgrades and target changes on U.K. stocks with old and new targets in pence, a Danish drugmaker's
# quarter in kroner (Danish crowns) with product sales and its full-year forecasts, a US regional bank's quarter with its
# net interest margin and net chargeoffs, a US consumer-price report with core, shelter and component figures, a
# cash-and-stock merger with its exchange ratio and premium, and a precious-metals report with futures settlements, spot
# prices per ounce and COMEX volumes).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# (only the earlier sets' "unit" values were grepped, to reuse their unit words: "lots", "shares", "employees", "x",
# "points", "bp"), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news56/en/README.md, with news7 en02 (a dpa-AFX overview of U.K. analyst recommendations), news40 en03 (a US CPI
# release), news53 en09 (a precious-metals report) and news56 batch a as models: values fully scaled ("3.98 billion
# kroner" -> 3.98e9 DKK, "$63.7 billion" -> 63.7e9 USD, "78 cents" -> 0.78 USD, "20.20 cents" -> 0.2020 USD, targets in
# pence scaled to GBP as news7 en02 and news56 en07: "370 (400) pence" -> 3.70 with prior 4.00); declines, cuts and falls
# negative ("net income fell 43%" -> -43, "narrowed by 17 basis points" -> -17 bp, "settled down $7.70" -> -7.70 USD,
# "gasoline is down 12.4%" -> -12.4); "kroner" -> DKK, "$" -> USD; prices per ounce in USD with "per ounce" in the basis
# (the development corpus's per-unit convention, news31 en04, news53 en09); futures volumes in "lots" (news25, news53);
# the exchange ratio in "shares" (news41-news55 deals); analysts' "triple" as 3 x; hedges kept in the basis ("about",
# "Around", "less than", "over"); a same-sentence "X, from Y" / "(close: Y)" / bracketed earlier target value of the same
# quantity is the prior, the earlier value an optional row for metrics (news36-news56); ranges as rng with value None;
# periods only where the text states or clearly implies the year (news24: "the same period of 2012" dates the bank's
# quarter 2013Q3, "In 2006" / "in 2007" the merger's earnings and forecasts; quarters, months and "the full year"
# printed without a year none; market moves, prices, ratios and indications none); brokers' targets and ratings only in
# rating actions (action the most specific one: a target moved with the rating kept -> raise_target / cut_target, a
# rating move with or without a target -> upgrade / downgrade with both ratings and both targets where printed, "starts
# coverage" -> initiate); quotes rendered as reported speech (the set never copies third-party sentences), their figures
# labelled like any other; the source's own oddities labelled as printed. Not labelled: dates and times ("Sunday",
# "Friday", "Tuesday", "September", "January", "last month", "3 pm EDT (1900 GMT)"), spans ("30-day", "six months",
# "the first year" as a span), phase names ("Phase III"), the pipeline date "the first half of 2014", the deal's closing
# quarter ("the third quarter"), and numbers inside names ("FTSE" carries none; "3Q" in the headline is the quarter).

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"
GBP = "GBP"

# ---------------------------------------------------------------- en01 dpa-AFX overview of analyst recommendations on U.K. stocks (finanznachrichten.de; December 2018, the store's date line only): 23 calls — 3 downgrades (Canaccord Kier to hold from buy 525 (1200) pence; Merrill Lynch Rolls Royce Group and Senior to underperform), 3 upgrades (Deutsche Bank Cobham to hold from sell 120 (115), Rightmove to buy from hold 530 (440); Goldman BT Group to buy from neutral 320 (240)), 2 initiations (Liberum: Lookers buy, Pendragon hold), 15 target moves (10 cuts, 5 raises); IG's FTSE indication -0.17% to 7050 (close 7062.41) points (GBP, %, points)
# A European broker round-up of downgrades, upgrades and target changes with old and new targets in pence. Whole as
# stored (the store's date line "date 2018-12" is not page text). The stored text has no headline (it opens with the
# dateline "FRANKFURT (dpa-AFX) -", kept; none added). The wire's all-capitals list is rendered in ordinary case and each
# item rewritten as a sentence, with the notation of every figure kept: "370 (400) pence" (new target, the old one in
# brackets), "('buy')" for the earlier rating, "-0.17%", "(close: 7062.41)", and JPMorgan's Go-Ahead target "1466 (1420)
# P" with its bare "P" for pence; names kept as printed ("Rolls Royce Group" without a hyphen, "Daily Mail" for the
# Daily Mail and General Trust, "Senior plc", "GoCompare" for GOCOMPARE). No quotes.
# Periods: none (broker calls and a pre-market indication; no year printed).
# Decided: targets in pence scaled to GBP (news7 en02); a target cut or raise with the rating kept -> cut_target /
# raise_target with the bracketed old target as prior_target; "cuts/raises X to 'r1' ('r2') - target T (T0)" ->
# downgrade / upgrade with both ratings and both targets (Deutsche Bank's Cobham upgrade raises the target, Canaccord's
# Kier downgrade cuts it); Merrill Lynch's two cuts print no target (downgrade, rating only, no prior rating printed);
# Liberum's "initiates ... with" -> initiate, no target. Two brokers on the same stock (Barclays and Jefferies on
# Glencore, Canaccord and JPMorgan on Kier, Deutsche Bank and Merrill Lynch on Rolls Royce) are separate actions. IG's
# FTSE indication as news7 en02: the indicated change -0.17 % key and the indicated level 7050 points key with the
# bracketed close 7062.41 as prior, the close an optional row.
FTSE = "FTSE|FTSE 100|FTSE 100 index"
DB = "Deutsche Bank|Deutsche"
GLEN = "Glencore|Glencore plc"
KIER = "Kier Group|Kier"
RR = "Rolls Royce Group|Rolls-Royce|Rolls Royce|Rolls-Royce Holdings|Rolls-Royce Group"
G["en01"] = ([
    m("indicated_change|index_change|futures_change", -0.17, "%", FTSE, basis="indicated by IG"),
    m("indicated_level|index_level|indicated_open", 7050, "points", FTSE, prior=7062.41, basis="indicated by IG"),
    m("close|index_level|previous_close", 7062.41, "points", FTSE, opt=True, basis="previous close, in brackets"),
], [
    ra("Barclays", GLEN, "cut_target", "overweight", target=3.70, prior_target=4.00, cur=GBP),
    ra("Canaccord|Canaccord Genuity", KIER, "downgrade", "hold", "buy", target=5.25, prior_target=12.00, cur=GBP),
    ra("CFRA|CFRA Research", "GlaxoSmithKline|GSK", "cut_target", "hold", target=16.20, prior_target=16.50, cur=GBP),
    ra(DB, "BAE Systems|BAE", "cut_target", "buy", target=6.90, prior_target=7.20, cur=GBP),
    ra(DB, "GoCompare|Gocompare|GoCompare.com|Gocompare.com", "cut_target", "buy", target=1.30, prior_target=1.50,
       cur=GBP),
    ra(DB, "Informa|Informa plc", "cut_target", "buy", target=9.30, prior_target=9.55, cur=GBP),
    ra(DB, "RELX|Relx", "cut_target", "buy", target=17.85, prior_target=18.20, cur=GBP),
    ra(DB, "Cobham|Cobham plc", "upgrade", "hold", "sell", target=1.20, prior_target=1.15, cur=GBP),
    ra(DB, "Daily Mail|Daily Mail and General Trust|DMGT", "raise_target", "hold", target=6.40, prior_target=6.35,
       cur=GBP),
    ra(DB, "Meggitt|Meggitt plc", "raise_target", "hold", target=5.80, prior_target=5.15, cur=GBP),
    ra(DB, "Pearson|Pearson plc", "raise_target", "sell", target=6.30, prior_target=5.90, cur=GBP),
    ra(DB, "Rightmove|Rightmove plc", "upgrade", "buy", "hold", target=5.30, prior_target=4.40, cur=GBP),
    ra(DB, RR, "raise_target", "hold", target=9.80, prior_target=9.00, cur=GBP),
    ra("Goldman|Goldman Sachs", "BT Group|BT", "upgrade", "buy", "neutral", target=3.20, prior_target=2.40, cur=GBP),
    ra("HSBC", "Drax Group|Drax", "cut_target", "buy", target=4.30, prior_target=4.40, cur=GBP),
    ra("Jefferies", GLEN, "cut_target", "buy", target=4.00, prior_target=4.40, cur=GBP),
    ra("JPMorgan|JP Morgan|J.P. Morgan", KIER, "cut_target", "neutral", target=4.82, prior_target=9.94, cur=GBP),
    ra("JPMorgan|JP Morgan|J.P. Morgan", "Go-Ahead Group|Go-Ahead", "raise_target", "underweight", target=14.66,
       prior_target=14.20, cur=GBP),
    ra("Liberum|Liberum Capital", "Lookers|Lookers plc", "initiate", "buy"),
    ra("Liberum|Liberum Capital", "Pendragon|Pendragon plc", "initiate", "hold"),
    ra("Merrill Lynch|Merrill|BofA Merrill Lynch", RR, "downgrade", "underperform"),
    ra("Merrill Lynch|Merrill|BofA Merrill Lynch", "Senior plc|Senior", "downgrade", "underperform"),
    ra("RBC|RBC Capital Markets", "Consort Medical|Consort Medical plc", "cut_target", "outperform", target=13.20,
       prior_target=14.30, cur=GBP),
])

# ---------------------------------------------------------------- en02 Lundbeck's third quarter (PharmaTimes, pharmatimes.com; most likely November 2011, no date or year printed): revenues +10%, 3.98 billion kroner (about $733 million); net income -43% to 352 million kroner incl. a 341 million kroner write-off; R&D +44% to 1.10 billion kroner; around 150 redundancies; Cipralex +5% to 1.46 billion, Lexapro -12% to 498 million, Ebixa +18% to 707 million, Azilect +20% to 301 million, Xenazine 193 million +12%, Sabril 77 million +47%; full-year revenues 15.3-15.8 billion and net income 2.3-2.6 billion kroner (DKK, USD, %, employees)
# A European drugmaker's quarter in Danish crowns (printed "kroner") with product sales and unchanged full-year
# forecasts. Cut: the stored text breaks off mid-word in the chief executive's quote that follows the forecasts
# ("Chief executive Ulf Wiinberg said "we are now entering a new era with many new produ"), so the passage stops after
# the forecast sentence, a sentence boundary (no figure goes with the cut). The stored text has no headline (it opens
# with its first paragraph; the address slug "lundbeck_excited_about_new_products_as_sales_grow" is not page text; none
# added). The quoted phrase on trial recruitment is rendered as reported speech (no figures). Kept as printed: "kroner"
# throughout beside one "$733 million", "R&D", the spaced hyphen around the Lexapro gloss (rewritten as commas), "the
# USA"; the source's "may now be filled" (for "filed") is rewritten in correct English (no figure affected); Xenazine's
# sales and growth printed in the order "sales of 193 million kroner, up 12%".
# Periods: none ("the third quarter", "the full year", "before year-end" and "January" print no year; "the first half
# of 2014" dates a filing plan, not a figure).
# Decided: revenue growth +10 % and net income growth -43 % key; sales 3.98e9 DKK key with the bracketed "about $733
# million" an optional conversion; net income 352e6 DKK key; the 341e6 DKK write-off key; R&D costs +44 % and 1.10e9 DKK
# key; "Around 150 employees" made redundant a key job-cut row in "employees" (hedge in the basis). Each product's
# growth and sales key on the product with Lundbeck among the alternatives (Lexapro with Forest Laboratories too). The
# full-year forecasts "15.3-15.8 billion kroner for revenues and 2.3-2.6 billion kroner for net income" key ranges
# (guidance kept: "sticking by"; no prior printed).
LUN = "Lundbeck|H. Lundbeck|H. Lundbeck A/S|Lundbeck A/S"
PS = "product_sales|sales|revenue|drug_sales"
PSG = "product_sales_growth|sales_growth|revenue_growth|drug_sales_growth"
G["en02"] = ([
    m("revenue_growth|sales_growth", 10, "%", LUN, basis="third quarter"),
    m("net_income_growth|net_profit_growth", -43, "%", LUN, basis="third quarter; write-offs related to R&D restructuring"),
    m("revenue|sales", 3.98e9, "DKK", LUN, basis="third quarter"),
    m("revenue|sales", 733e6, "USD", LUN, opt=True, basis="about; bracketed conversion"),
    m("net_income|net_profit", 352e6, "DKK", LUN, basis="third quarter; includes the write-off"),
    m("write_off|writeoff|impairment|one_off_charge", 341e6, "DKK", LUN, basis="R&D restructuring"),
    m("rd_costs_growth|r_and_d_growth|rd_expense_growth", 44, "%", LUN, basis="pushed up by the write-off"),
    m("rd_costs|r_and_d_costs|rd_expenses|research_and_development_costs", 1.10e9, "DKK", LUN),
    m("job_cuts|redundancies|layoffs|employees_cut", 150, "employees", LUN, basis="around; made redundant"),
    m(PSG, 5, "%", "Cipralex|escitalopram|" + LUN, basis="flagship antidepressant"),
    m(PS, 1.46e9, "DKK", "Cipralex|escitalopram|" + LUN),
    m(PSG, -12, "%", "Lexapro|Forest Laboratories|" + LUN, basis="US version, sold by Forest Laboratories"),
    m(PS, 498e6, "DKK", "Lexapro|Forest Laboratories|" + LUN, basis="US version, sold by Forest Laboratories"),
    m(PSG, 18, "%", "Ebixa|memantine|" + LUN),
    m(PS, 707e6, "DKK", "Ebixa|memantine|" + LUN),
    m(PSG, 20, "%", "Azilect|rasagiline|" + LUN),
    m(PS, 301e6, "DKK", "Azilect|rasagiline|" + LUN),
    m(PS, 193e6, "DKK", "Xenazine|tetrabenazine|" + LUN),
    m(PSG, 12, "%", "Xenazine|tetrabenazine|" + LUN),
    m(PS, 77e6, "DKK", "Sabril|vigabatrin|" + LUN),
    m(PSG, 47, "%", "Sabril|vigabatrin|" + LUN),
    m("guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook", None, "DKK", LUN, rng=(15.3e9, 15.8e9),
      basis="full year; forecast kept"),
    m("guidance_net_income|net_income_guidance|net_income_forecast|net_profit_guidance", None, "DKK", LUN,
      rng=(2.3e9, 2.6e9), basis="full year; forecast kept"),
], [])

# ---------------------------------------------------------------- en03 Comerica's third quarter of 2013 (American Banker, americanbanker.com; a Wednesday in October 2013, the year from "the same period of 2012"): profit $143 million, 78 cents a share, 7 cents above estimates, +26%; $25 million charges a year earlier; NII -4% to $412 million; NIM -17 bp to 2.79%; assets +1% to $63.7 billion; loans to $44.1 billion; noninterest income +9% to $214 million; provision $8 million from $22 million; net chargeoffs $19 million from $43 million; noninterest expense -7% to $417 million (USD, %, bp)
# A US regional bank's quarter with its net interest margin and net chargeoffs. Whole as stored (page furniture aside).
# Headline kept (rewritten: "Comerica 3Q Profit Rose on Fees, Credit Quality" -> "Fees and credit quality lift Comerica's
# 3Q profit"). Dropped as furniture: the closing reprint line ("For reprint and licensing requests for this article,
# click here."), the topic tags ("Consumer banking Community banking") and "MORE FROM AMERICAN BANKER". The chief
# executive's quoted passage is rendered as reported speech (no figures). Kept as printed: "(CMA)", "3Q", "net
# chargeoffs" unhyphenated, the commas before each "to $..." ("slipped by 4%, to $412 million"), "grew by the same
# amount" for the loans (no figure of its own), the year-earlier $25 million charge named twice.
# Periods: "Quarterly profit was 26% higher than in the same period of 2012" dates the quarter -> 2013Q3 for the
# quarter's figures (clearly implied), 2012Q3 for the year-earlier charge ("the third quarter of 2012"). The provision's
# and chargeoffs' earlier figures ("from $22 million", "from $43 million") name no period -> none.
# Decided: profit $143 million and 78 cents a share key; "7 cents higher than the estimates" a key EPS surprise of 0.07
# USD (no consensus figure computed); profit growth +26 % key; the year-earlier $25 million acquisition charges key
# once (2012Q3) and their restatement in the expense sentence optional. NII -4 % and $412 million key; the NIM's "decreased
# by 17 basis points, to 2.79%" -> key -17 bp and key 2.79 % (no earlier level printed, none computed). Total assets +1 %
# and $63.7 billion key; loans $44.1 billion key, their growth "by the same amount" (1 %) an optional row (no number
# printed for it). Noninterest income +9 % and $214 million key. Provision for loan losses $8 million and net chargeoffs
# $19 million key with the same-sentence "from" figures as priors and optional earlier rows. Noninterest expense -7 %
# and $417 million key.
CMA = "Comerica|Comerica Inc|Comerica Incorporated|CMA"
Q3, Q3P = "2013Q3", "2012Q3"
G["en03"] = ([
    m("net_income|net_profit|profit", 143e6, "USD", CMA, Q3, basis="quarterly profit"),
    m("eps|earnings_per_share|diluted_eps", 0.78, "USD", CMA, Q3, basis="78 cents a share"),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.07, "USD", CMA, Q3,
      basis="7 cents higher than the estimates of analysts polled by Bloomberg"),
    m("net_income_growth|net_profit_growth|profit_growth", 26, "%", CMA, Q3, basis="against the same period of 2012"),
    m("acquisition_charges|charges|merger_charges|one_off_charge", 25e6, "USD", CMA, Q3P,
      basis="charges connected to the Sterling Bancshares acquisition, a year earlier"),
    m("acquisition_charges|charges|merger_charges|one_off_charge", 25e6, "USD", CMA, Q3P, opt=True,
      basis="repeat in the expense sentence"),
    m("net_interest_income_growth|nii_growth", -4, "%", CMA, Q3),
    m("net_interest_income|nii", 412e6, "USD", CMA, Q3),
    m("net_interest_margin_change|nim_change", -17, "bp", CMA, Q3),
    m("net_interest_margin|nim", 2.79, "%", CMA, Q3),
    m("total_assets_growth|asset_growth", 1, "%", CMA, Q3),
    m("total_assets|assets", 63.7e9, "USD", CMA, Q3),
    m("loan_growth|total_loans_growth|loans_growth", 1, "%", CMA, Q3, opt=True,
      basis="printed 'grew by the same amount' as the assets' 1%"),
    m("total_loans|loans", 44.1e9, "USD", CMA, Q3),
    m("noninterest_income_growth|non_interest_income_growth|fee_income_growth", 9, "%", CMA, Q3),
    m("noninterest_income|non_interest_income|fee_income", 214e6, "USD", CMA, Q3),
    m("provision_for_loan_losses|loan_loss_provisions|provision_for_credit_losses|provisions", 8e6, "USD", CMA, Q3,
      prior=22e6),
    m("provision_for_loan_losses|loan_loss_provisions|provision_for_credit_losses|provisions", 22e6, "USD", CMA,
      opt=True, basis="earlier figure ('from $22 million')"),
    m("net_charge_offs|net_chargeoffs|charge_offs|nco", 19e6, "USD", CMA, Q3, prior=43e6),
    m("net_charge_offs|net_chargeoffs|charge_offs|nco", 43e6, "USD", CMA, opt=True,
      basis="earlier figure ('from $43 million')"),
    m("noninterest_expense_growth|non_interest_expense_growth|expenses_growth", -7, "%", CMA, Q3,
      basis="mainly because of the year-earlier acquisition charge"),
    m("noninterest_expense|non_interest_expense|expenses", 417e6, "USD", CMA, Q3),
], [])

# ---------------------------------------------------------------- en04 US consumer prices for October (WIBIZ, wibiz.org; Wednesday November 13, 2024, the date only in the address): CPI +0.2% m/m, +2.6% y/y; core +0.3% m/m, 3.3% y/y; shelter +0.4% m/m (over half of the rise), +4.9% y/y; food +0.2% m/m, 2.1% y/y; food away from home 3.8%; used cars and trucks +2.7% m/m; energy -4.9% y/y, gasoline -12.4%, electricity +4%, utility gas +4.5%; transportation services +8.2% y/y, medical care services +3.8% y/y, each +0.4% m/m (%)
# A US consumer-price report with core, shelter and component figures. Whole as stored. The stored text has no
# headline (it opens with its first paragraph; the address slug "consumer-inflation-rises-2-6-in-october" is not page
# text; none added). No quotes. Kept as printed: the spaced en dashes around the CPI gloss and before "both of which",
# "Over half" in words, energy prices "unchanged" on the month with no figure, "Each of those" for three components
# (rewritten "All three").
# Periods: none ("October", "September", "a year ago", "last year" and "Wednesday" print no year; the address's 2024 is
# not page text).
# Decided: headline CPI +0.2 % m/m and +2.6 % y/y key; core +0.3 % m/m and 3.3 % y/y key ("unchanged compared with last
# month's readings" prints no earlier figure -> no prior, no 0 row). Shelter +0.4 % m/m key and its "over half" share of
# the CPI rise an optional 50 % row (a fraction in words, hedge in the basis). Food +0.2 % m/m key in the shelter
# sentence and its repeat in the food sentence optional; energy "unchanged" on the month prints no figure (not
# labelled, news54/news56's "held steady"). Used cars and trucks +2.7 % against September key. Food 2.1 % y/y and food
# away from home 3.8 % key. Energy -4.9 %, gasoline -12.4 %, electricity +4 %, utility gas service +4.5 % y/y key.
# Shelter 4.9 %, transportation services 8.2 %, medical care services 3.8 % y/y key; "Each of those rose 0.4% on a
# monthly basis" -> key 0.4 % m/m rows for transportation and medical care services and an optional repeat for
# shelter (its 0.4 % already key). Each component keyed on the component with the US among the alternatives.
US = "United States|US|U.S.|U.S. economy"
CPI_M = "cpi_mom|cpi|inflation_mom|consumer_price_index|cpi_change"
CPI_Y = "cpi_yoy|inflation_rate|cpi|inflation|consumer_price_index"
CMP_M = "component_cpi_mom|cpi_component_mom|price_change_mom|price_change|cpi_mom"
CMP_Y = "component_cpi_yoy|cpi_component_yoy|price_change_yoy|price_change|cpi_yoy"
SHEL = "shelter|shelter prices|shelter index|" + US
FOOD = "food|food prices|food index|" + US
TRN = "transportation services|" + US
MED = "medical care services|" + US
G["en04"] = ([
    m(CPI_M, 0.2, "%", US, basis="October, from the prior month"),
    m(CPI_Y, 2.6, "%", US, basis="October, from a year ago"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.3, "%", US, basis="October; unchanged from last month's reading"),
    m("core_cpi_yoy|core_cpi|core_inflation", 3.3, "%", US, basis="from a year ago; unchanged from last month's reading"),
    m("shelter_cpi_mom|shelter_inflation|" + CMP_M, 0.4, "%", SHEL, basis="October, monthly"),
    m("contribution_share|share_of_increase|shelter_contribution", 50, "%", SHEL, opt=True,
      basis="over half of the rise in CPI"),
    m("food_cpi_mom|food_inflation|" + CMP_M, 0.2, "%", FOOD, basis="monthly"),
    m("food_cpi_mom|food_inflation|" + CMP_M, 0.2, "%", FOOD, opt=True, basis="repeat, monthly"),
    m("used_car_prices_mom|used_cars_cpi|" + CMP_M, 2.7, "%", "used cars and trucks|" + US,
      basis="compared with September"),
    m("food_cpi_yoy|food_inflation|" + CMP_Y, 2.1, "%", FOOD, basis="from a year ago"),
    m("food_away_from_home_yoy|" + CMP_Y, 3.8, "%", "food away from home|" + US, basis="from a year ago"),
    m("energy_cpi_yoy|energy_prices|" + CMP_Y, -4.9, "%", "energy|energy prices|" + US, basis="compared to a year ago"),
    m("gasoline_prices_yoy|gasoline_cpi|" + CMP_Y, -12.4, "%", "gasoline|" + US, basis="compared to a year ago"),
    m("electricity_prices_yoy|electricity_cpi|" + CMP_Y, 4, "%", "electricity|electricity prices|" + US,
      basis="year on year"),
    m("utility_gas_prices_yoy|utility_gas_cpi|" + CMP_Y, 4.5, "%", "utility gas service|utility gas|" + US,
      basis="year on year"),
    m("shelter_cpi_yoy|shelter_inflation|" + CMP_Y, 4.9, "%", SHEL, basis="from last year"),
    m("transportation_services_yoy|" + CMP_Y, 8.2, "%", TRN, basis="year on year"),
    m("medical_care_services_yoy|" + CMP_Y, 3.8, "%", MED, basis="year on year"),
    m("transportation_services_mom|" + CMP_M, 0.4, "%", TRN, basis="monthly ('each of those')"),
    m("medical_care_services_mom|" + CMP_M, 0.4, "%", MED, basis="monthly ('each of those')"),
    m("shelter_cpi_mom|shelter_inflation|" + CMP_M, 0.4, "%", SHEL, opt=True, basis="monthly, repeat ('each of those')"),
], [])

# ---------------------------------------------------------------- en05 Hologic to buy Cytyc (futern.com; a Sunday, most likely May 20, 2007, no date printed; the years 2006 and 2007 from the text): cash-and-stock deal worth $6.2 billion; $16.50 in cash and 0.52 Hologic shares per Cytyc share; 33% premium to the $35.05 Friday close; adds 10 cents in the first year; Hologic 2006 EPS 56 cents on sales of $463 million, analysts' 2007 earnings to triple on 56% sales growth; Cytyc EPS $1.14 on sales of $608 million (USD, %, shares, x)
# A cash-and-stock merger with its exchange ratio and premium. Whole as stored (page furniture aside). The stored text
# has no headline (it opens with its first paragraph; none added). Dropped as furniture: the three inline quote widgets
# "[CYTC Unavailable () ]", "[HOLX 17.11 -0.47 (-2.67%) ]" and "[GS 109.43 -2.10 (-1.88%) ]" (live share quotes inserted
# by the page, not article text, as news55 en12's quote widgets). The chief executive's two quoted sentences are
# rendered as reported speech (no figures). Kept as printed: the doubled "said ... announced" of the opening sentence
# (rewritten once), the quote's stray closing mark after "Jack Cumming," (not reproduced in reported speech), "add 10
# cents to Hologic's bottom line", "expect earnings to triple" in words, Thomson Financial as the source.
# Periods: "In 2006" dates Hologic's EPS and sales (2006); the analysts' earnings and sales-growth forecasts "in 2007"
# (2007); Cytyc's EPS and sales in the next sentence are the same year's comparison -> 2006 (clearly implied by the
# parallel). The deal terms, premium and close take none.
# Decided: the $6.2 billion deal value key on Hologic and Cytyc; the per-share terms key as a cash component ($16.50)
# and an exchange ratio (0.52 "shares", news41-news55); the 33 % premium and the $35.05 Friday close key (the close on
# Cytyc). The first-year accretion "add 10 cents" key (0.10 USD). Hologic's 2006 EPS (0.56 USD) and sales ($463 million)
# key; the analysts' expectation that earnings "triple in 2007" a key 3 x forecast row (a figure written as a word) and
# "sales growth of 56%" a key 2007 forecast row. Cytyc's EPS $1.14 and sales $608 million key. Goldman Sachs funding
# the cash portion prints no amount.
HOLX = "Hologic|Hologic Inc|Hologic Inc.|HOLX"
CYTC = "Cytyc|Cytyc Corp|Cytyc Corporation|CYTC"
G["en05"] = ([
    m("deal_value|transaction_value|acquisition_value|deal_size", 6.2e9, "USD", CYTC + "|" + HOLX,
      basis="cash-and-stock deal"),
    m("cash_per_share|cash_consideration|offer_price_cash|cash_component", 16.50, "USD", CYTC + "|" + HOLX,
      basis="in cash for every Cytyc share"),
    m("exchange_ratio|share_consideration|stock_consideration|shares_per_share", 0.52, "shares", CYTC + "|" + HOLX,
      basis="Hologic shares for every Cytyc share"),
    m("premium|takeover_premium|offer_premium", 33, "%", CYTC + "|" + HOLX, basis="to Friday's closing price"),
    m(PX + "|closing_price", 35.05, "USD", CYTC, basis="closing price on Friday"),
    m("eps_accretion|accretion|eps_impact", 0.10, "USD", HOLX, basis="adds 10 cents in the first year"),
    m("eps|earnings_per_share", 0.56, "USD", HOLX, "2006", basis="56 cents a share"),
    m("revenue|sales", 463e6, "USD", HOLX, "2006"),
    m("earnings_growth_forecast|eps_growth_forecast|earnings_multiple_forecast", 3, "x", HOLX, "2007",
      basis="analysts expected earnings to triple, before the merger announcement; Thomson Financial"),
    m("revenue_growth_forecast|sales_growth_forecast|revenue_growth_estimate", 56, "%", HOLX, "2007",
      basis="analysts' expectation; Thomson Financial"),
    m("eps|earnings_per_share", 1.14, "USD", CYTC, "2006", basis="year implied by the Hologic comparison"),
    m("revenue|sales", 608e6, "USD", CYTC, "2006", basis="year implied by the Hologic comparison"),
], [])

# ---------------------------------------------------------------- en06 US precious metals on a Tuesday (Reuters text on Business Recorder, brecorder.com; a Tuesday, most likely October 12, 2010, the year only in the address; no date printed): COMEX December gold -$7.70 at $1,346.70 (range $1,341.40-$1,356.30 "per lb"), volume 138,568 lots; spot gold -0.3% at $1,349.30; COMEX December silver -20.20 cents at $23.147 (range $22.945-$23.495), volume 51,118 lots, 27% above average; spot silver -less than 0.1% at $23.30; NYMEX January platinum -$7.50 at $1,683.30, spot -0.3% at $1,678; NYMEX December palladium -$8.10, -1.4%, at $580.65, spot -1.2% at $578.50 (USD, %, lots)
# A precious-metals report in dollars per ounce. Whole as stored (page furniture aside). The stored text has no
# headline (it opens with its first paragraph; the address slug "us-midday-gold-down" is not page text; none added).
# Dropped as furniture: the closing "Comments" / "Comments are closed." lines. The analyst's and the Fed president's
# remarks were reported speech on the page already (rewritten; no figures). Kept as printed: the verbless "Ranged from
# ... per lb." (gold's session range given "per lb", the source's slip for an ounce) and "Ranged from ... an ounce."
# (rewritten as sentences with a subject), "Estimated gold volume at" / "Estimated silver volume a busy" (rewritten
# with verbs), "3 pm EDT (1900 GMT)", "20.20 cents" beside dollar moves, spot palladium's "$578.50" with no "an ounce".
# Periods: none (one session's settlements, spot prices and volumes; no year printed; "September" dates the Fed's
# meeting, not a figure).
# Decided (news53 en09): each futures settlement's move in dollars or cents and its level key, keyed on the contract
# with the metal among the alternatives ("20.20 cents" -> -0.2020 USD); palladium's "or 1.4 percent" key; each session
# range "from $X to $Y" an optional range (gold's with "per lb" as printed in the basis); COMEX estimated volumes in lots
# key, silver's "about 27 percent above its 30-day average" an optional comparison (volume colour, as news56's volume
# multiples); each spot price and its % move key (spot silver's "less than 0.1 percent" hedge in the basis).
GF = "US gold futures|gold futures|COMEX December gold|December gold|gold"
SG = "spot gold|gold"
SF = "silver futures|COMEX December silver|December silver|silver"
SS = "spot silver|silver"
PF = "platinum futures|NYMEX January platinum|January platinum|platinum"
SPT = "spot platinum|platinum"
DF = "palladium futures|NYMEX December palladium|December palladium|palladium"
SD = "spot palladium|palladium"
USDCH = "price_change|futures_change|settlement_change"
PCH = "price_change|price_change_pct|futures_change"
SET = "price|settlement_price|futures_price|settle"
RNG = "trading_range|price_range|session_range"
VOL = "trading_volume|volume|futures_volume"
G["en06"] = ([
    m(USDCH, -7.70, "USD", GF, basis="December, settled"),
    m(SET + "|gold_price", 1346.70, "USD", GF, basis="December, settled; per ounce"),
    m(RNG, None, "USD", GF, rng=(1341.40, 1356.30), opt=True, basis="session range, printed 'per lb'"),
    m(VOL, 138568, "lots", GF, basis="estimated; in line with its 30-day average"),
    m(PCH, -0.3, "%", SG, basis="at 3 pm EDT"),
    m(PX + "|gold_price|spot_price", 1349.30, "USD", SG, basis="per ounce, at 3 pm EDT"),
    m(USDCH, -0.2020, "USD", SF, basis="printed '20.20 cents'; December, ended"),
    m(SET + "|silver_price", 23.147, "USD", SF, basis="December, ended; per ounce"),
    m(RNG, None, "USD", SF, rng=(22.945, 23.495), opt=True, basis="session range; an ounce"),
    m(VOL, 51118, "lots", SF, basis="estimated; busy"),
    m("volume_vs_average|volume_change|relative_volume", 27, "%", SF, opt=True,
      basis="about; above its 30-day average"),
    m(PCH, -0.1, "%", SS, basis="less than"),
    m(PX + "|silver_price|spot_price", 23.30, "USD", SS, basis="per ounce"),
    m(USDCH, -7.50, "USD", PF, basis="January, finished"),
    m(SET + "|platinum_price", 1683.30, "USD", PF, basis="January, finished; per ounce"),
    m(PCH, -0.3, "%", SPT),
    m(PX + "|platinum_price|spot_price", 1678, "USD", SPT, basis="per ounce"),
    m(USDCH, -8.10, "USD", DF, basis="December, closed"),
    m(PCH, -1.4, "%", DF, basis="December, closed"),
    m(SET + "|palladium_price", 580.65, "USD", DF, basis="December, closed; per ounce"),
    m(PCH, -1.2, "%", SD),
    m(PX + "|palladium_price|spot_price", 578.50, "USD", SD, basis="no unit basis printed"),
], [])
