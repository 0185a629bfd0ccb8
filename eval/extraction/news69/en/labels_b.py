# Hand-written gold labels for news69/en en07-en12 (batch b: Asia, the Pacific, Africa and the Middle East in English:
# an Australian gold miner's September 2019 quarter (Regis Resources' Duketon project) with ounces, pre-royalty cash
# costs and AISC in A$ per ounce, ore milled in Mt, head grade, recovery, operating cash flow, the unchanged FY20
# production and AISC guidance ranges, cash and bullion and dividends paid; a Malaysian contractor's first quarter of
# 2021 in ringgit (Kerjaya Prospek) with net profit, revenue, segment profit, contract wins and the FY20 final dividend
# in sen; India's September 2021 merchandise trade release with exports, imports, the trade deficit, gold and oil
# imports and the April-September totals in $ billion; a South African company's full year in rand (JSE Ltd, the
# Johannesburg bourse operator) with headline earnings per share and EPS in cents, operating revenue, an impairment and
# the dividend; a Seoul market close (KOSPI points, % and level, volume, value, breadth, foreign, institutional and
# retail flows in won, five movers with won prices, the won); and a Gulf bank's first quarter of 2016 in dirhams (Bank
# of Sharjah) with net profit, EPS in fils, total assets, deposits, net liquidity, net operating income and the capital
# adequacy ratio).
# Read from texts/enNN.txt only; the passages were labelled by hand. No extractor, newsflow, pytest, .venv or other
# project code was run (only build_labels.py, to build the gold file; eval/extraction/news_text.py was not run),
# nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the overlap check searched
# only the earlier sets' and the development corpus's texts/ folders and sources files; unit strings were checked
# against the earlier sets' labels_*.py files), and no other batch's texts, labels or sources were read (so the
# check against the other news69 batches' sources could not be made from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news68/en/README.md, with the labels of news63/en to news68/en as the model (news32 en05 and news66 en04 for a gold
# miner's quarter with ounces, AISC per ounce and guidance ranges, news55 en08 for "g/t", news66 en09 for a Malaysian
# quarter in RM with a dividend in sen, news67 en11 for a monthly trade release, news67 en08 and news64 en11 for rand
# cents, news27 en07 for a Seoul close with investor flows in won, news66 en10 for a Gulf bank in "Dh"): values fully
# scaled ("87,633oz" -> 87633 ounces, "2.31Mt" -> 2.31e6 tonnes, "$82.5M" -> 82.5e6 AUD, "RM26.39 million" ->
# 26.39e6 MYR, "$33.79 billion" -> 33.79e9 USD, "1.4 billion rand" -> 1.4e9 ZAR, "11.2 trillion won" -> 11.2e12
# KRW, "Dh27.6 billion" -> 27.6e9 AED, "Dh18,746 million" -> 18.746e9 AED); sub-units scaled to the currency ("1.5
# sen" -> 0.015 MYR, "562.4 cents" -> 5.624 ZAR, "3.7 fils" -> 0.037 AED); currency codes ("$A" and the bare "$" of an
# ASX miner -> AUD, "RM" and "sen" -> MYR, "$" in the Indian trade figures -> USD, "rand" and "cents" -> ZAR with the
# bracketed "$" -> USD, "won" -> KRW with "US$" -> USD, "Dh" and "fils" -> AED with the bracketed "$" -> USD); ounces,
# tonnes, shares and stocks as count nouns, per-ounce costs in the currency with "per ounce" in the basis (news18,
# news32 en05), grade in "g/t" (news55 en08); declines, falls and net selling negative ("fell 10 percent" -> -10,
# "sold 815 billion won" -> -815e9, "fell 1.16 percent" -> -1.16, "slipped by two per cent" -> -2, "nine per cent less"
# -> -9); words labelled with their value ("three contracts" -> 3, "two new property development projects" -> 2, "six
# per cent" -> 6); hedges in the basis ("about", "some", "nearly", "as much as"); a same-sentence "X from Y" / "to X
# from Y" / "X against Y" / "X compared with Y" / "up N per cent over Y" value of the same quantity is the prior and the
# earlier value an optional row (news30 batch b, news36-news68); a value compared with two earlier figures in one
# clause is key without a prior, both earlier figures optional (news68 en01); guidance ranges rng=(low, high);
# bracketed currency conversions optional; a figure restated later in the same passage key once and optional once;
# breadth counts optional (news27 en07). Periods only where the text states or clearly implies the year (news24):
# Regis's "Sept 2019 qtr (Q1 20)" -> FY2020Q1, "Q4 19" -> FY2019Q4 and "FY20" -> FY2020 (decided: the company's own
# fiscal labels, printed with "FY20"); Kerjaya's "first quarter (Q1) ended March 31, 2021" -> 2021Q1, "a year earlier"
# 2020Q1, "FY20" -> FY2020; India's "September" -> 2021-09 (clearly implied by "April-September 2021" and "September
# 2020" beside it), "the same month last year" 2020-09, "April-September 2021" -> 2021-04..09 and "April-September
# 2020" -> 2020-04..09 (the month-range form of news16 and news33), "the end of the fiscal" -> FY2022 (India's fiscal
# 2021-22, named by the year it ends in, as "2019/20" -> FY2020 in the development corpus); JSE Ltd's "year to end
# December" -> 2011 and "a year earlier" 2010 (decided: clearly implied, the same passage saying the All-share "ended
# 2011" and that "so far this year" leads to "June 2012"); the Seoul close none; Bank of Sharjah's "three months ended
# March 31" beside "SHARJAH, April 30, 2016" and "4.1 fils in 2015" -> 2016Q1, the year-ago quarter 2015Q1. Balances
# at a date (cash and bullion, total assets, deposits, net liquidity, the capital adequacy ratio), share and index
# moves and levels, market-wide statistics and contract wins "year to date" none. Quotes rendered as reported speech
# (the set never copies third-party sentences): Tee Eng Tiong's two quoted paragraphs (the three contracts and
# RM384.5 million kept), FIEO's Khalid Khan (the $400 billion kept) and Park Gwang-nam's two quoted sentences (no
# figures). No broker rating action occurs in these six stories. Not labelled: dates, days and times ("May 27",
# "March 31", "December 31, 2021", "Thursday", "MARCH 13", "Monday", "Friday", "April 30, 2016", "31 December 2015"),
# distances ("350km NE of Kalgoorlie"), years and fiscal-year names as names ("FY21", "2011" in "ended 2011", "June
# 2012"), counts of partner bourses ("six other emerging market bourses"), streaks ("for the first time in six
# sessions"), ranks ("No. 2 chipmaker", "Africa's biggest securities exchange"), the exchange-rate line ("$1 = 7.5619
# South African rand"), qualitative moves without a figure ("bond prices ... ended higher", "the Korean won gained",
# "stayed high"), the list of growing export sectors.

NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"
REV = "revenue|revenues|sales|turnover"
REVG = "revenue_growth|sales_growth|turnover_growth"
EPS = "eps|basic_eps|earnings_per_share"
PC = "price_change_pct|price_change|share_price_change|pct_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en07 Regis Resources' Duketon Gold Project in the Sept 2019 qtr (Q1 20) (miningbusiness.net; no date printed, most likely October 2019): production 87,633oz from Q4 19's 90,966oz after a 6-day mill shutdown; pre-royalty cash costs $A914oz from $949oz; AISC $1,234oz from $1,189oz; ore milled 2.31Mt from 2.33Mt; head grade 1.26g/t from 1.29g/t; recovery 93.6% from 94.3%; operating cash flow $82.5M vs $85.2M; FY20 guidance 340,000oz-370,000oz at AISC $1,125oz-$1,195oz; cash and bullion $147.4M vs $205.3; $40.7M fully franked dividends (ounces, AUD, tonnes, g/t, %, days)
# An Australian miner's quarterly production report with tonnes, ounces, costs per ounce and a guidance range (news32
# en05 had Evolution Mining's December 2017 quarter, news66 en08 Whitehaven's coal year, news53 en01 Northern Star;
# Regis Resources, Duketon, Garden Well, "87,633" and "90,966" appear in no earlier text; miningbusiness.net in no
# source list). Whole as stored. No headline in the stored text (the address slug "regis-res-mill-maintenance-cuts-
# q1-20-prodn-87633oz" is not page text; none added). No quotes. Kept as printed: "6-day", "Sept 2019 qtr (Q1 20)",
# "350km NE", "87,633oz", "Q4 19's 90,966oz", "$A914oz" (currency after the sign, no slash before "oz") beside
# "$949oz", "$1,234oz", "$1,189oz", "2.31Mt", "2.33Mt", "1.26g/t", "1.29g/t", "93.6%", "94.3%", "$82.5M", "$85.2M",
# "340,000oz-370,000oz", "AISC $1,125oz-$1,195oz", "$147.4M", "$205.3" (no "M"), "$40.7M", "fully franked".
# Periods: FY2020Q1 for the quarter ("Sept 2019 qtr (Q1 20)"), FY2019Q4 for "Q4 19", FY2020 for "FY20" guidance
# (decided: the company's own fiscal labels, the quarter's calendar months in the basis); cash and bullion are
# quarter-end balances (none); the dividends paid during Q1 20 FY2020Q1.
# Decided: production, cash costs, AISC, ore milled, head grade, recovery and operating cash flow each "X from Y" on
# the previous quarter -> key with prior and an optional FY2019Q4 row, on Duketon with Regis among the alternatives.
# Per-ounce costs in AUD ("$A914oz" sets the currency for the bare "$" amounts of this ASX miner), "per ounce" and
# "pre-royalty" in the basis. FY20 guidance "remains at" -> key ranges in ounces and AUD per ounce (no prior: unchanged,
# no earlier range printed). "$147.4M in cash and bullion, down on end Q4 19's $205.3" -> key with prior 205.3e6 (the
# "M" read from the parallel figure; printed form in the basis) and an optional earlier row. The $40.7M of fully
# franked dividends key as dividends paid. The "6-day" shutdown optional (a duration, count noun "days"). No
# production change in % is printed and none is computed.
REG = "Regis Resources|Regis Resources Ltd|Regis|RRL"
DUK = "Duketon Gold Project|Duketon|Regis Duketon|" + REG
Q, PQ, FY = "FY2020Q1", "FY2019Q4", "FY2020"
GP = "gold_production|production|gold_output"
CC = "cash_cost|cash_costs|pre_royalty_cash_cost|unit_cost"
AISC = "aisc|all_in_sustaining_cost|all_in_sustaining_costs"
OM = "ore_milled|ore_processed|mill_throughput|throughput"
HG = "head_grade|grade|mill_head_grade"
REC = "recovery|recovery_rate|metallurgical_recovery"
OCF = "operating_cash_flow|cash_flow_from_operations|mine_operating_cash_flow"
CB = "cash_and_bullion|cash|cash_and_bullion_on_hand"
G["en07"] = ([
    m(GP, 87633, "ounces", DUK, Q, prior=90966, basis="Sept 2019 qtr (Q1 20); cut by an unplanned 6-day mill maintenance shutdown"),
    m(GP, 90966, "ounces", DUK, PQ, opt=True, basis="Q4 19"),
    m("shutdown_duration|downtime|mill_shutdown_days", 6, "days", DUK, Q, opt=True, basis="unplanned mill maintenance shutdown"),
    m(CC, 914, "AUD", DUK, Q, prior=949, basis="pre-royalty; per ounce; printed '$A914oz'"),
    m(CC, 949, "AUD", DUK, PQ, opt=True, basis="pre-royalty; per ounce; Q4 19"),
    m(AISC, 1234, "AUD", DUK, Q, prior=1189, basis="per ounce; temporary grade reduction"),
    m(AISC, 1189, "AUD", DUK, PQ, opt=True, basis="per ounce; Q4 19"),
    m(OM, 2.31e6, "tonnes", DUK, Q, prior=2.33e6, basis="eased; Garden Well mill shutdown; printed '2.31Mt'"),
    m(OM, 2.33e6, "tonnes", DUK, PQ, opt=True, basis="Q4 19; printed '2.33Mt'"),
    m(HG, 1.26, "g/t", DUK, Q, prior=1.29, basis="head grade, grams per tonne"),
    m(HG, 1.29, "g/t", DUK, PQ, opt=True, basis="Q4 19"),
    m(REC, 93.6, "%", DUK, Q, prior=94.3),
    m(REC, 94.3, "%", DUK, PQ, opt=True, basis="Q4 19"),
    m(OCF, 82.5e6, "AUD", DUK, Q, prior=85.2e6, basis="down a little"),
    m(OCF, 85.2e6, "AUD", DUK, PQ, opt=True, basis="Q4 19"),
    m("guidance_gold_production|gold_production_guidance|production_guidance", None, "ounces", REG + "|Duketon", FY,
      rng=(340000, 370000), basis="FY20 guidance remains; printed '340,000oz-370,000oz'"),
    m("guidance_aisc|aisc_guidance|guidance_all_in_sustaining_cost", None, "AUD", REG + "|Duketon", FY,
      rng=(1125, 1195), basis="FY20 guidance remains; per ounce; printed '$1,125oz-$1,195oz'"),
    m(CB, 147.4e6, "AUD", REG, prior=205.3e6, basis="end Q1 20; down on expenditures"),
    m(CB, 205.3e6, "AUD", REG, opt=True, basis="end Q4 19; printed '$205.3' without 'M'"),
    m("dividends_paid|dividend_payment|dividends", 40.7e6, "AUD", REG, Q,
      basis="fully franked dividends, among the quarter's expenditures"),
], [])

# ---------------------------------------------------------------- en08 Kerjaya Prospek Group's first quarter of 2021 (Malay Mail, malaymail.com, Bernama style; dateline "KUALA LUMPUR, May 27"): net profit RM26.39 million, +18.2 per cent from RM22.33 million; revenue RM268.67 million against RM211.84 million; construction segment profit RM24.50 million from RM21.50 million; three contracts worth RM384.5 million year to date; two new property projects planned; FY20 final dividend 1.5 sen approved (MYR, %, contracts, projects)
# A Malaysian company's quarter in ringgit with revenue, net profit and a dividend in sen (news66 en09 had MBM
# Resources' third quarter, news62 en08 Public Bank's quarter; Kerjaya Prospek, Tee Eng Tiong, "26.39", "268.67" and
# "384.5" appear in no earlier text; this address in no source list, other malaymail.com pages only with other
# stories). Cut: the stored text breaks off inside its last sentence ("The entitlement date and the payment date of the
# dividend are June "), so the passage stops after the dividend-approval sentence, a sentence boundary (only the
# entitlement and payment dates go with the cut). No headline in the stored text (the address slug "kerjaya-prospeks-
# profit-improves-in-q1-on-resumption-of-construction-projec" is not page text; none added); the dateline "KUALA
# LUMPUR, May 27 —" kept. Quotes: Tee Eng Tiong's two quoted paragraphs rendered as reported speech (three contracts,
# RM384.5 million kept). Kept as printed: "first quarter (Q1) ended March 31, 2021", "18.2 per cent", "RM22.33
# million", "RM268.67 million", "RM211.84 million", "RM24.50 million", "RM21.50 million" (trailing zeros), "financial
# year ending December 31, 2021 (FY21)", "three contracts", "RM384.5 million", "two new property development
# projects", "1.5 sen per share for FY20".
# Periods: the quarter 2021Q1, "a year earlier" / "the corresponding period of last year" / "the year-ago period"
# 2020Q1; the final dividend FY2020 ("FY20"; the financial year ends December 31, so the calendar year); the contracts
# "year to date" and the planned launches none (in the basis).
# Decided: net profit "RM26.39 million ..., up 18.2 per cent from RM22.33 million" -> key with prior, key growth and an
# optional 2020Q1 row. Revenue "RM268.67 million against RM211.84 million" -> key with prior and optional row (no
# growth printed; none computed). The construction segment's profit key on the segment with Kerjaya among the
# alternatives, prior and optional row. The three contracts' combined RM384.5 million key as contract wins (the
# contract count optional); the two planned property launches optional (a count, no value). The final dividend of 1.5
# sen -> key 0.015 MYR for FY2020 (approved at the AGM; "proposed final dividend" in the basis).
KPG = "Kerjaya Prospek Group Bhd|Kerjaya Prospek Group|Kerjaya Prospek|Kerjaya"
CON = "construction division|construction segment|Kerjaya construction division|" + KPG
Q, PQ = "2021Q1", "2020Q1"
G["en08"] = ([
    m(NP, 26.39e6, "MYR", KPG, Q, prior=22.33e6, basis="first quarter ended March 31, 2021"),
    m(NPG, 18.2, "%", KPG, Q, basis="from a year earlier"),
    m(NP, 22.33e6, "MYR", KPG, PQ, opt=True, basis="a year earlier"),
    m(REV, 268.67e6, "MYR", KPG, Q, prior=211.84e6, basis="higher revenue"),
    m(REV, 211.84e6, "MYR", KPG, PQ, opt=True, basis="corresponding period of last year"),
    m("segment_profit|construction_profit|profit", 24.50e6, "MYR", CON, Q, prior=21.50e6,
      basis="construction segment; quarter under review"),
    m("segment_profit|construction_profit|profit", 21.50e6, "MYR", CON, PQ, opt=True, basis="year-ago period"),
    m("contracts_secured|new_contracts|contract_wins|order_wins", 384.5e6, "MYR", CON,
      basis="year to date; combined value of three contracts, building and infrastructure works"),
    m("contracts|contract_count|new_contracts", 3, "contracts", CON, opt=True, basis="year to date; printed 'three'"),
    m("planned_project_launches|new_projects|projects", 2, "projects", KPG, opt=True,
      basis="new property development projects planned for the second half of this year; printed 'two'"),
    m("final_dividend|dividend_per_share|dps", 0.015, "MYR", KPG, "FY2020",
      basis="proposed final dividend for FY20, approved at the AGM; printed '1.5 sen per share'"),
], [])

# ---------------------------------------------------------------- en09 India's merchandise trade in September 2021 (rediff.com; released on a Thursday, most likely October 14, 2021, no date printed): exports +22.63% to $33.79 billion; imports $56.39 billion, +84.77%; deficit $22.59 billion against $2.96 billion; gold imports $5.11 billion against $$601 million; oil imports $17.44 billion against $5.83 billion; April-September 2021 imports $72.99 billion against $32.01 billion; exports +57.53% to $197.89 billion against $125.62 billion; imports +81.67% to $276 billion against $151.94 billion; deficit $78.13 billion against $26.31 billion; FIEO: $400 billion exports by fiscal end (USD, %)
# An Indian trade release with growth, the year-ago month and exports and imports in $ billion (news67 en11 had South
# Korea's October exports, news66 en11 India's GST collections; no earlier text has India's monthly merchandise trade,
# "33.79", "56.39" (only an unrelated Brent price in news8 en15), "FIEO" or "Sakthivel"; rediff.com in no source list).
# Cut: the stored text breaks off inside its next sentence ("Technocraft Industries India founder chairman Sharad Kumar
# Saraf s"), so the passage stops after A Sakthivel's remark, a sentence boundary (no figure goes with the cut). No
# headline in the stored text (the address slug "exports-rise-by-2263-to-3379-bn-in-sep" is not page text; none
# added). Quotes: Khalid Khan's quoted caution on the trade deficit rendered as reported speech (his $400 billion
# remark and Sakthivel's were reported speech already; rewritten). Kept as printed: "22.63 per cent", "$33.79
# billion", "$22.59 billion" (twice), "$56.39 billion", "84.77 per cent", "$2.96 billion", "$5.11 billion", "$$601
# million" (doubled dollar sign), "$17.44 billion", "$5.83 billion", "September 2020", "April-September 2021", "$72.99
# billion", "$32.01 billion", "57.53 per cent", "$197.89 billion", "$125.62 billion", "81.67 per cent", "$276 billion",
# "$151.94 billion", "$78.13 billion", "$26.31 billion", "$400 billion".
# Periods: "September" -> 2021-09 (clearly implied: "April-September 2021" and "September 2020" are printed beside
# it), "the same month last year" / "the same period last year" / "September 2020" -> 2020-09; "April-September 2021"
# / "the period" / "the first six months of the fiscal" -> 2021-04..09 and "April-September 2020" / "the same period
# last year" -> 2020-04..09; FIEO's "by the end of the fiscal" -> FY2022 (decided: the current Indian fiscal 2021-22).
# Decided: the lead's deficit "$22.59 billion" key once with its prior ($2.96 billion from the third paragraph's
# "widened to $22.59 billion from $2.96 billion"), the restatement optional; monthly exports key with growth (no
# year-ago level printed); monthly imports key with growth. Gold and oil imports "X against/compared with Y" -> key with
# prior and an optional 2020-09 row; "$$601 million" read as 601e6 USD (printed form in the basis). "In April-September
# 2021, imports stood at $72.99 billion, against $32.01 billion" follows the oil-imports sentence and cannot be total
# imports (the passage gives those as $276 billion for the same span): labelled as printed with oil imports first among
# the metric alternatives (decided: the April-September oil-import figure in substance), prior and optional row.
# Cumulative exports, imports and deficit -> key with priors, growth key, earlier rows optional. FIEO's "$400 billion
# exports by the end of the fiscal" key as an exports forecast on India (FIEO in the basis).
IN = "India|Indian economy|India's merchandise trade"
S, PS, H, PH = "2021-09", "2020-09", "2021-04..09", "2020-04..09"
EX, EXG = "exports|merchandise_exports", "exports_growth|export_growth"
IM, IMG = "imports|merchandise_imports", "imports_growth|import_growth"
TD = "trade_deficit|trade_balance|merchandise_trade_deficit"
G["en09"] = ([
    m(EXG, 22.63, "%", IN, S, basis="year-on-year; merchandise exports in September"),
    m(EX, 33.79e9, "USD", IN, S, basis="merchandise exports in September"),
    m(TD, 22.59e9, "USD", IN, S, prior=2.96e9, basis="widened; September"),
    m(TD, 22.59e9, "USD", IN, S, opt=True, basis="restated in the third paragraph"),
    m(TD, 2.96e9, "USD", IN, PS, opt=True, basis="same month last year"),
    m(IM, 56.39e9, "USD", IN, S, basis="merchandise imports in September"),
    m(IMG, 84.77, "%", IN, S, basis="compared with the year-ago period"),
    m("gold_imports|" + IM, 5.11e9, "USD", IN, S, prior=601e6, basis="soared"),
    m("gold_imports|" + IM, 601e6, "USD", IN, PS, opt=True, basis="same period last year; printed '$$601 million'"),
    m("oil_imports|" + IM, 17.44e9, "USD", IN, S, prior=5.83e9),
    m("oil_imports|" + IM, 5.83e9, "USD", IN, PS, opt=True, basis="September 2020"),
    m("oil_imports|" + IM, 72.99e9, "USD", IN, H, prior=32.01e9,
      basis="printed 'In April-September 2021, imports stood at'; follows the oil-imports sentence"),
    m("oil_imports|" + IM, 32.01e9, "USD", IN, PH, opt=True, basis="same period last year"),
    m(EXG, 57.53, "%", IN, H, basis="cumulative"),
    m(EX, 197.89e9, "USD", IN, H, prior=125.62e9, basis="cumulative"),
    m(EX, 125.62e9, "USD", IN, PH, opt=True, basis="April-September 2020"),
    m(IMG, 81.67, "%", IN, H, basis="over the period"),
    m(IM, 276e9, "USD", IN, H, prior=151.94e9, basis="over the period"),
    m(IM, 151.94e9, "USD", IN, PH, opt=True, basis="April-September 2020"),
    m(TD, 78.13e9, "USD", IN, H, prior=26.31e9, basis="first six months of the fiscal; widened"),
    m(TD, 26.31e9, "USD", IN, PH, opt=True, basis="April-September 2020"),
    m("exports_forecast|export_target|exports_outlook", 400e9, "USD", IN + "|FIEO", "FY2022",
      basis="FIEO vice-chairman Khalid Khan: on the current trend, by the end of the fiscal"),
], [])

# ---------------------------------------------------------------- en10 JSE Ltd's full year to end December 2011 (Reuters, in.reuters.com; dateline "JOHANNESBURG, MARCH 13", 2012 implied): full-year earnings +29 percent; HEPS 562.4 cents from 436.1 cents; earlier alert of as much as +34 percent; EPS -10 percent to 400.8 cents; 223.3 million rand impairment; operating revenue +9 percent to 1.4 billion rand ($185.14 million); dividend 250 cents against 210 cents; All-share largely flat in 2011, up nearly 7 percent this year; JSE shares up nearly 12 percent (ZAR, USD, %)
# A South African company's results in rand with headline earnings per share, revenue and the dividend (news67 en08
# had TFG's half year from a results snapshot, news64 en11 Mr Price, news39 en09 FirstRand; JSE Ltd's own results,
# "562.4", "400.8" and "223.3 million rand" appear in no earlier text, the JSE otherwise only as a market in wraps and
# previews; this address in no source list). Whole as stored, but for the wire's tag "(Adds details, background)"
# (dropped; the store's date line is not page text). No headline in the stored text (the address "jse-brief-..." has
# no headline slug; none added); the dateline "JOHANNESBURG, MARCH 13 -" kept. No quotes. Kept as printed: "29
# percent", "562.4 cents", "436.1 cents", "as much as 34 percent", "10 percent", "400.8 cents", "223.3 million rand",
# "9 percent", "1.4 billion rand ($185.14 million)", "250 cents", "210 cents", "ended 2011", "nearly 7 percent",
# "life-time highs", "nearly 12 percent", "six other emerging market bourses", "equity indexes derivatives", "June
# 2012", "($1 = 7.5619 South African rand)".
# Periods: the results year 2011 ("the year to end December"; decided: clearly implied, the passage says the index
# "ended 2011" and that the cross-listing comes "by June 2012", so "this year" is 2012 and the reported year 2011),
# "a year earlier" 2010; the earlier alert of up to 34 percent 2011; the index and share moves none.
# Decided: the lead's "29 percent rise in full-year earnings" key as headline earnings growth (it matches 562.4 on
# 436.1). HEPS "562.4 cents ..., up from 436.1 cents" -> key 5.624 ZAR with prior 4.361 and an optional 2010 row. The
# trading statement's "rose as much as 34 percent" key as earlier HEPS-growth guidance with the hedge in the basis (an
# upper bound, as news68 en12's "up to" limits are values). EPS -10 % and 4.008 ZAR key; the 223.3 million rand
# impairment key. Operating revenue +9 % and 1.4e9 ZAR key, the dollar conversion optional. Dividend "250 cents,
# against 210 cents a year earlier" -> key 2.50 ZAR with prior 2.10 and an optional 2010 row. The All-share's "largely
# flat" 2011 an optional 0 % (hedged, no figure printed); its "nearly 7 percent" and the JSE shares' "nearly 12
# percent" gains this year key with the hedge in the basis.
JSE = "JSE Ltd|JSE|JSE Limited|Johannesburg Stock Exchange operator"
ALSI = "All-share index|All-Share|JSE All-share index|Johannesburg All-share index"
Y, PY = "2011", "2010"
HEPS = "heps|headline_eps|headline_earnings_per_share"
G["en10"] = ([
    m("headline_earnings_growth|earnings_growth|heps_growth|" + NPG, 29, "%", JSE, Y, basis="full-year earnings"),
    m(HEPS, 5.624, "ZAR", JSE, Y, prior=4.361, basis="year to end December; printed '562.4 cents'"),
    m(HEPS, 4.361, "ZAR", JSE, PY, opt=True, basis="a year earlier; printed '436.1 cents'"),
    m("heps_growth_guidance|guidance_heps_growth|trading_statement_heps_growth|heps_growth", 34, "%", JSE, Y,
      basis="as much as; the JSE's earlier alert to the market"),
    m(EPS, 4.008, "ZAR", JSE, Y, basis="includes one-off items; printed '400.8 cents'"),
    m("eps_growth|eps_change", -10, "%", JSE, Y, basis="fell"),
    m("impairment|impairment_charge|writedown", 223.3e6, "ZAR", JSE, Y, basis="software under development"),
    m("operating_revenue|" + REV, 1.4e9, "ZAR", JSE, Y, basis="operating revenue"),
    m("operating_revenue|" + REV, 185.14e6, "USD", JSE, Y, opt=True, basis="bracketed conversion"),
    m("operating_revenue_growth|" + REVG, 9, "%", JSE, Y, basis="operating revenue"),
    m("dividend_per_share|dps|full_year_dividend|dividend", 2.50, "ZAR", JSE, Y, prior=2.10,
      basis="full-year dividend; printed '250 cents'"),
    m("dividend_per_share|dps|full_year_dividend|dividend", 2.10, "ZAR", JSE, PY, opt=True,
      basis="a year earlier; printed '210 cents'"),
    m("index_change_pct|index_change|pct_change", 0, "%", ALSI, opt=True, basis="ended 2011 largely flat"),
    m("index_change_pct|index_change|ytd_change|pct_change", 7, "%", ALSI, basis="nearly; so far this year"),
    m(PC + "|ytd_change", 12, "%", JSE, basis="nearly; JSE shares so far this year"),
], [])

# ---------------------------------------------------------------- en11 Seoul close on a Monday (Korea News Gazette, koreanewsgazette.com; most likely November 15, 2021, no date printed): KOSPI +30.72 points / +1.03 percent to 2,999.52, just shy of 3,000; about 631 million shares worth some 11.2 trillion won (US$9.5 billion); gainers 626, losers 238; foreigners net +397 billion won, institutions +417 billion won, retail -815 billion won; Nasdaq +1 percent, Dow +0.5 percent on Friday; Samsung Electronics +1.13% to 71,400 won; SK hynix +4.23% to 111,000; Samsung Biologics +3.72% to 864,000; Hyundai Motor +0.48% to 209,000; LG Chem -1.16% to 765,000; won 1,178.4, up 1.2 won (points, %, shares, KRW, USD, stocks)
# A Korean market close in English with the Kospi's points and %, movers with won prices and foreign flows (news27
# en07 had a Seoul close in October 2016, news45 en12, news47 en01 and news51 en03 other Kospi stories; "2,999.52",
# "71,400", "1,178.4" and "Park Gwang-nam" appear in no earlier text; koreanewsgazette.com in no source list). Cut: the
# stored text breaks off after "Bond prices, which move inversely to yields, closed higher. The", so the passage stops
# after the bond-price sentence (rewritten), a sentence boundary (the yields, if any, go with the cut). Headline kept
# (rewritten: "Seoul stocks close just shy of 3,000 on foreign and institutional buying" -> "Seoul stocks finish just
# short of 3,000 on foreign and institutional buying"); the dateline "SEOUL–" kept as printed (no space before the
# dash). Quotes: Park Gwang-nam's two quoted sentences rendered as reported speech (no figures; "uptick momentum"
# kept). Kept as printed: "3,000-point mark", "30.72 points, or 1.03 percent", "2,999.52 points", "about 631 million
# shares", "some 11.2 trillion won (US$9.5 billion)", "626 to 238", "a net 397 billion won", "a net 417 billion won",
# "sold 815 billion won" (no "net"), "the 3,000 point" (singular), "six sessions", "October", "1 percent", "0.5
# percent", "top cap", "SK hynix" (lower-case), the five movers' moves and prices, "1,178.4 won", "up 1.2 won".
# Periods: none (a market close; no year printed).
# Decided: the KOSPI's point move, % move and close key; volume ("about") and value ("some") key, the US$ conversion
# optional; breadth optional (news27 en07). Investor flows key on each investor group with the KOSPI among the
# alternatives: foreigners +397e9 and institutions +417e9 KRW net buying; retail "sold 815 billion won" -> -815e9 net
# selling (the flows net out, so the sale is a net sale). The "3,000-point mark" is a round threshold, optional once
# (the headline and the "back above the 3,000 point" repeat carry no other value). The Nasdaq's +1 % and the Dow's
# +0.5 % (Friday) key on those indexes (decided: printed index moves with their own entity, as in the set's market
# wraps, not a benchmark beside a company's move). Each
# mover's % move and won price key. The won's close 1,178.4 KRW per dollar key and "up 1.2 won" -> +1.2 KRW (the won
# rose; news27 en07's "down 12.00 won" -> -12.00 when the won fell).
KS = "KOSPI|Kospi|Korea Composite Stock Price Index"
KRW = "USD/KRW|won|Korean won|local currency"
SEC = "Samsung Electronics|Samsung"
SKH = "SK hynix|SK Hynix"
SBL = "Samsung Biologics"
HMC = "Hyundai Motor|Hyundai"
LGC = "LG Chem"
FLOW = "net_flow|net_buying|net_selling|net_purchases|fund_flow"
G["en11"] = ([
    m("index_change|index_change_points|point_change", 30.72, "points", KS),
    m("index_change_pct|index_change|percent_change", 1.03, "%", KS),
    m("index_level|index_close|close", 2999.52, "points", KS),
    m("index_level|threshold|index_close", 3000, "points", KS, opt=True, basis="the 3,000-point mark (a round threshold)"),
    m("trading_volume|volume", 631e6, "shares", KS, basis="about; moderate"),
    m("turnover|trading_value|traded_value", 11.2e12, "KRW", KS, basis="some"),
    m("turnover|trading_value|traded_value", 9.5e9, "USD", KS, opt=True, basis="bracketed conversion"),
    m("gainers|advancers", 626, "stocks", KS, opt=True),
    m("losers|decliners", 238, "stocks", KS, opt=True),
    m(FLOW + "|foreign_net_buying|foreign_net_flow", 397e9, "KRW", "foreign investors|foreigners|" + KS,
      basis="bought a net"),
    m(FLOW + "|institutional_net_buying", 417e9, "KRW", "institutions|institutional investors|" + KS,
      basis="purchased a net"),
    m(FLOW + "|retail_net_selling", -815e9, "KRW", "retail investors|individuals|" + KS, basis="sold"),
    m("index_change_pct|index_change|percent_change", 1, "%", "Nasdaq composite|Nasdaq", basis="Friday; tech-heavy"),
    m("index_change_pct|index_change|percent_change", 0.5, "%", "Dow Jones Industrial Average|Dow|Dow Jones",
      basis="Friday"),
    m(PC, 1.13, "%", SEC), m(PX, 71400, "KRW", SEC),
    m(PC, 4.23, "%", SKH), m(PX, 111000, "KRW", SKH),
    m(PC, 3.72, "%", SBL), m(PX, 864000, "KRW", SBL),
    m(PC, 0.48, "%", HMC), m(PX, 209000, "KRW", HMC),
    m(PC, -1.16, "%", LGC), m(PX, 765000, "KRW", LGC),
    m("fx_rate|exchange_rate", 1178.4, "KRW", KRW, basis="won per U.S. dollar, close"),
    m("fx_change|currency_change", 1.2, "KRW", KRW, basis="won up 1.2 won from the previous session's close"),
], [])

# ---------------------------------------------------------------- en12 Bank of Sharjah's first quarter of 2016 (TradeArabia, tradearabia.com; dateline "SHARJAH, April 30, 2016"): net profit Dh81 million ($22.1 million) from Dh85 million ($23 million); EPS -10 per cent to 3.7 fils from 4.1 fils; total assets Dh27.6 billion, +6 per cent over Dh26.1 billion, level with 31 December 2015; customers' deposits +3 per cent to Dh19.3 billion over Dh18,746 million; net liquidity Dh6.79 billion, +6 per cent on Dh6.39 billion, -9 per cent on Dh7.46 billion; net interest income -2 per cent; non-interest income +29 per cent; net operating income +8 per cent to Dh157 million from Dh146 million; CAR 21.13 per cent (AED, USD, %)
# A Gulf bank's quarter in dirhams with net profit, total assets, growth and EPS (news66 en10 had Dubai Islamic Bank's
# first half of 2013, news47 en09 ADCB's, news42 en07 Dubai banks' first quarter of 2018; Bank of Sharjah, "3.7 fils",
# "Dh18,746" and "21.13" appear in no earlier text, "27.6 billion" only in an unrelated yen figure; tradearabia.com in
# no source list). Whole as stored, but for the closing credit "-TradeArabia News Service" (dropped, as news68 en09's
# "With inputs from PTI"). Headline kept (rewritten: "Bank of Sharjah net profit down in Q1" -> "Bank of Sharjah's Q1
# net profit slips"); the dateline "SHARJAH, April 30, 2016" kept on its own line. No quotes. Kept as printed: "Dh81
# million ($22.1 million)", "Dh85 million ($23 million)", "10 per cent", "3.7 fils", "4.1 fils in 2015", "Dh27.6
# billion", "six per cent", "Dh26.1 billion", "31 December 2015", "three per cent", "Dh19.3 billion", "the
# corresponding ch 2015 figure" (a garbled "March"), "Dh18,746 million" beside "Dh19.3 billion", "Net Liquidity"
# capitalised, "Dh6.79 billion", "31 March 2016", "Dh6.39 billion", "nine per cent", "December 31, 2015", "Dh7.46
# billion", "two per cent", "29 per cent", "eight per cent", "Dh157 million", "Dh146 million", "21.13 per cent in 2016".
# Periods: the quarter 2016Q1 ("three months ended March 31" beside the dateline's 2016, "4.1 fils in 2015" and "31
# March 2016"), the year-ago quarter 2015Q1 ("last year", "the corresponding period of 2015", "the same period of
# 2015"); balances and ratios at a date (total assets, deposits, net liquidity, the capital adequacy ratio) none.
# Decided: net profit "fell to Dh81 million ... from Dh85 million" -> key with prior and an optional 2015Q1 row; the
# bracketed dollar figures optional; no profit change in % is printed and none is computed. EPS "fell by 10 per cent
# and reached 3.7 fils compared to 4.1 fils" -> key 0.037 AED with prior 0.041, key -10 %, optional 2015Q1 row. Total
# assets "Dh27.6 billion, up six per cent over Dh26.1 billion" -> key with prior, key +6 %, optional earlier row; "the
# same level" as at 31 December 2015 an optional 0 % (no figure printed). Deposits "+3 per cent to Dh19.3 billion over
# ... Dh18,746 million" -> key with prior 18.746e9, key +3 %, optional earlier row. Net liquidity compared with two
# earlier balances in one sentence -> key Dh6.79 billion without a prior (news68 en01's margin), key +6 % and key -9 %,
# both earlier balances optional. Net interest income -2 % and non-interest income +29 % key (no levels printed). Net
# operating income "+8 per cent ... to reach Dh157 million ... compared to Dh146 million" -> key with prior, key growth,
# optional 2015Q1 row. Capital adequacy ratio 21.13 % key (no period: a ratio at the quarter's end; "in 2016" in the
# basis).
BOS = "Bank of Sharjah|BOS|Bank of Sharjah PJSC"
Q, PQ = "2016Q1", "2015Q1"
TA = "total_assets|assets"
DEP = "customer_deposits|customers_deposits|deposits"
NL = "net_liquidity|liquidity|liquid_assets"
NOI = "net_operating_income|operating_income|total_operating_income"
G["en12"] = ([
    m(NP, 81e6, "AED", BOS, Q, prior=85e6, basis="first quarter; slight drop"),
    m(NP, 22.1e6, "USD", BOS, Q, opt=True, basis="bracketed conversion"),
    m(NP, 85e6, "AED", BOS, PQ, opt=True, basis="last year"),
    m(NP, 23e6, "USD", BOS, PQ, opt=True, basis="bracketed conversion of last year's profit"),
    m(EPS, 0.037, "AED", BOS, Q, prior=0.041, basis="printed '3.7 fils'"),
    m(EPS, 0.041, "AED", BOS, PQ, opt=True, basis="printed '4.1 fils in 2015'"),
    m("eps_growth|eps_change", -10, "%", BOS, Q, basis="fell, owing to the drop in net profit"),
    m(TA, 27.6e9, "AED", BOS, prior=26.1e9, basis="against the same period last year"),
    m(TA, 26.1e9, "AED", BOS, opt=True, basis="same period last year"),
    m("total_assets_growth|asset_growth", 6, "%", BOS, basis="over the same period last year; printed 'six per cent'"),
    m("total_assets_growth|asset_growth|total_assets_change", 0, "%", BOS, opt=True,
      basis="the same level as the 31 December 2015 figure"),
    m(DEP, 19.3e9, "AED", BOS, prior=18.746e9, basis="surged; customers' deposits"),
    m(DEP, 18.746e9, "AED", BOS, opt=True, basis="printed 'corresponding ch 2015 figure of Dh18,746 million'"),
    m("customer_deposits_growth|deposit_growth|deposits_growth", 3, "%", BOS, basis="printed 'three per cent'"),
    m(NL, 6.79e9, "AED", BOS, basis="as at 31 March 2016; high compared to industry levels"),
    m("net_liquidity_growth|liquidity_growth|net_liquidity_change", 6, "%", BOS,
      basis="compared to the same period of 2015; printed 'six per cent'"),
    m(NL, 6.39e9, "AED", BOS, opt=True, basis="same period of 2015"),
    m("net_liquidity_growth|liquidity_growth|net_liquidity_change", -9, "%", BOS,
      basis="less than the December 31, 2015 balance; printed 'nine per cent'"),
    m(NL, 7.46e9, "AED", BOS, opt=True, basis="December 31, 2015 balance"),
    m("net_interest_income_growth|nii_growth|net_interest_income_change", -2, "%", BOS, Q,
      basis="fell slightly; against the corresponding period of 2015"),
    m("non_interest_income_growth|non_interest_income_change|fee_income_growth", 29, "%", BOS, Q, basis="surged"),
    m(NOI, 157e6, "AED", BOS, Q, prior=146e6, basis="net operating income in 2016"),
    m(NOI, 146e6, "AED", BOS, PQ, opt=True, basis="same period of 2015"),
    m("net_operating_income_growth|operating_income_growth", 8, "%", BOS, Q, basis="printed 'eight per cent'"),
    m("capital_adequacy_ratio|car|total_capital_ratio", 21.13, "%", BOS, basis="in 2016; kept its strong level"),
], [])
