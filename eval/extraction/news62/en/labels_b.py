# Hand-written gold labels for news62/en en07-en12 (batch b: Asia, Australia and Latin America in English: an
# Australian iron ore miner's March-quarter shipments in dry metric tonnes with its realised price in US$ and its cash
# cost per dmt in A$, a Malaysian bank's first quarter of 2024 in ringgit with loans, deposits and its return, cost and
# impaired-loan ratios, an Indian IT services company's December quarter in crore with its order inflow and deal wins in
# dollars, its margin, headcount and attrition, a Singapore REIT's first half of 2025 with its distribution per unit in
# Singapore cents, occupancy, rental reversions and leverage, a Brazilian meatpacker's third quarter of 2021 in reais
# against the analysts' EBITDA estimate with a 2022 dividend, and a Tokyo close with the Nikkei and the Topix, movers,
# their index-point contributions and sector moves). Read from texts/enNN.txt only; no extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or
# docs/ was opened, no gold.jsonl was opened or grepped (the unit words "tonnes", "employees", "stocks" and "points" and
# the codes "AUD", "USD", "MYR", "INR", "SGD" and "BRL" were checked against the unit strings of the earlier sets'
# labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news61/en/README.md, with the labels of news59/en, news60/en and news61/en as the model (news58 en07 for iron ore
# shipments in tonnes, news61 en11 and the development corpus's per-unit rule for a cost per unit, news54 en11 for a
# Singapore REIT's DPU in Singapore cents, news37 en05 and news50 en11 for Indian IT quarters in crore, news44 en07 for a
# Tokyo close, news20's Taiwan close for an index-point contribution): values fully scaled ("3.06 million dry metric
# tonnes" -> 3.06e6 tonnes, "RM1.65 billion" -> 1.65e9 MYR, "₹9,017 crore" -> 9017e7 INR with crore = 1e7, "$1.5
# billion" -> 1.5e9 USD, "0.98 Singapore cents" -> 0.0098 SGD, "7.58 billion reais" -> 7.58e9 BRL); declines, falls,
# drops and drags negative ("down by 7%" -> -7, "a 28% drop" -> -28, "slipped by 3.5%" -> -3.5, "a fall of 60 bps" ->
# -60 bp, "slipped by 2.7%" -> -2.7, "down 0.03%" -> -0.03, "taking 17 index points off" -> -17 points), a cost "only
# A$3.30 ... less than" the previous quarter's a negative change (-3.30 AUD); increases named as amounts positive
# ("climbed by RM104 million" -> 104e6 MYR); currency codes ("A$" -> AUD, the bare "$" on an Australian miner's
# Fastmarkets page and in the bracketed conversions -> USD, "RM" -> MYR, "₹" -> INR, "$" for an Indian IT company's
# orders -> USD, "Singapore cents" and "S$" -> SGD, "reais" -> BRL with the bracketed "$" -> USD); a price or cost per
# tonne or per dmt in the currency alone with the per-unit basis in `basis` ("$46 per dmt cfr" -> 46 USD, "A$66.90 per
# dmt" -> 66.90 AUD); index levels, point moves and index-point contributions in "points"; shipments and capacity in
# "tonnes", headcount in "employees", breadth in "stocks" (optional); hedges keep the number with the hedge in the basis
# ("about", "around", "almost", "up to", "past"); a same-sentence "X, compared with Y" / "X from Y" / "X, against Y" /
# "to X ... from Y" value of the same quantity is the prior and the earlier value an optional row (news30 batch b,
# news36-news61), while an earlier-period figure in a clause of its own is a key row of its own (Arrium's December-
# quarter shipments, Public Bank's year-earlier impairment allowance); the first printing of a figure key and a later
# repeat optional (LTIMindtree's deal wins repeating the chief executive's order inflow); bracketed currency conversions
# optional; ranges as rng with value None ("17-18 per cent"); periods only where the text states or clearly implies
# the year (news24; "the first quarter ended 31 March 2024 (1Q24)" -> 2024Q1 with "a year ago" / "previously" /
# "previous corresponding quarter" 2023Q1; "the first half of 2025" -> 2025H1 and "the second quarter of 2025" 2025Q2;
# JBS's "third-quarter" and "last quarter" in a story on "net profit in 2021" -> 2021Q3, "in 2021" 2021 and "in 2022"
# 2022; Arrium's "March quarter" / "January-March" beside "Monday April 20", LTIMindtree's "Q3" / "Q2" and the Tokyo
# session print no year -> none; point-in-time balances "as of 31 March 2024" and leverage none); no broker rating
# action occurs in these six stories (the analysts' EBITDA estimate is a metric); the source's own oddities labelled as
# printed ("₹1,169 core" for crore, "27 and 27 index points"); quotes rendered as reported speech (the set never copies
# third-party sentences), their figures labelled like any other. Not labelled: dates and times ("Monday April 20",
# "31 March 2024" as a date, "Nov 10", "Wednesday", "Thursday", "Tuesday"), spans ("a second quarter running", "nearly
# six-week", "a few quarters", "the medium term"), ranks ("no. 2 and 3 supports", "highest ever", "largest market"),
# grades and numbers inside names ("58% Fe Premium Index", "COVID-19", "Q1"/"Q3"/"Q4" as quarter names), stock codes
# ("BRFS3.SA") and the "1Q24" label.

NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"
PC = "price_change_pct|price_change|share_price_change|pct_change"
CONTR = "index_contribution|points_contribution|index_points_contribution"

# ---------------------------------------------------------------- en07 Arrium's March-quarter iron ore shipments and costs (Fastmarkets, fastmarkets.com; most likely Monday April 20, 2015 or the day after, no year printed): shipments 3.06 million dmt vs 3.03 million tonnes a year earlier; -7% from 3.29 million dmt in the December quarter; -5% in October-December; realised $46 per dmt cfr, -28%; Metal Bulletin's 58% Fe index $53.81 per tonne cfr, -19%; cash cost A$66.90 ($52) per dmt, A$3.30 ($2.60) below the previous quarter; Atlas Iron's 13 million tpy capacity; grade 59.1% Fe (tonnes, USD, AUD, %)
# An Australian iron ore miner's quarterly shipments in dry metric tonnes with its realised price and its cash cost
# per dmt (Arrium appears in no earlier text; Fortescue's quarters are in news58 and earlier sets). Cut: the stored
# page breaks off after "The miner currently runs two iron ore mining projects –", so the passage stops after the grade
# sentence, a sentence boundary (no figure goes with the cut). Headline kept (rewritten: "Arrium's iron ore shipments
# level in Q1" -> "Arrium's iron ore shipments hold level in Q1"). The migration note "Paragraph entered by Atlantic
# migration, in order for SteelFirst articles to display correctly on Metal Bulletin." dropped as furniture. The
# miner's quoted two sentences rendered as reported speech (no figures). Kept as printed: "filling" (for "filing"),
# "Australian Securities Exchange" without "the", "realized", "3.03 million tonnes" beside "3.06 million dry metric
# tonnes (dmt)", "$46 per dmt cfr", "$53.81 per tonne cfr", "A$66.90 ($52)", "A$3.30 ($2.60)", "13 million tpy",
# "59.1% Fe".
# Periods: none. "The March quarter", "January-March", "October-December" and "the December quarter" print no year
# ("Monday April 20" fixes 2015 only through a calendar, news60 en11).
# Decided: the March-quarter shipments key with the year-earlier 3.03 million tonnes as prior ("a little above the ...
# of the same quarter a year earlier") and an optional earlier row; the December quarter's 3.29 million dmt, printed in
# a clause of its own ("when it shipped"), a key row with the 7% fall key; the December quarter's own 5% fall key. The
# realised price and the index average key in USD with "per dmt cfr" / "per tonne cfr" in the basis (per-unit rule);
# their falls key. The cash cost key in AUD per dmt with the bracketed ($52) optional; "only A$3.30 ($2.60) per dmt less
# than its average in the previous quarter" -> key -3.30 AUD change, the ($2.60) optional. Atlas Iron's "production
# capacity of just 13 million tpy" an optional 13e6 tonnes row (an incidental figure of another company, as news58
# en07's Iron Bridge capacity). The average grade 59.1 % key. "58% Fe" in the index's name not labelled.
AR = "Arrium|Arrium Mining & Materials|Arrium Mining|Arrium Mining and Materials"
SHIP = "shipments|iron_ore_shipments|sales_volume|shipped_volume"
SHIPC = "shipments_change|shipments_growth|volume_change|shipments_decline"
MBI = "Metal Bulletin's 58% Fe Premium Index|58% Fe Premium Index|Metal Bulletin index|iron ore|iron ore price"
CC = "cash_cost|total_cash_cost|unit_cost|c1_cost"
G["en07"] = ([
    m(SHIP, 3.06e6, "tonnes", AR, prior=3.03e6, basis="dry metric tonnes (dmt); March quarter (January-March)"),
    m(SHIP, 3.03e6, "tonnes", AR, opt=True, basis="the same quarter a year earlier"),
    m(SHIPC, -7, "%", AR, basis="March quarter against the December quarter"),
    m(SHIP, 3.29e6, "tonnes", AR, basis="dmt; December quarter"),
    m(SHIPC, -5, "%", AR, basis="October-December, on the quarter before"),
    m("realised_price|average_realised_price|average_price|realized_price|price", 46, "USD", AR,
      basis="per dmt cfr; average, January-March"),
    m("realised_price_change|average_price_change|price_change", -28, "%", AR, basis="on the preceding quarter"),
    m("index_average|average_price|iron_ore_price|price|index_level", 53.81, "USD", MBI,
      basis="per tonne cfr; March-quarter average"),
    m("index_change|price_change|average_price_change", -19, "%", MBI, basis="on the December quarter"),
    m(CC, 66.90, "AUD", AR, basis="total cash cost per dmt; January-March"),
    m(CC, 52, "USD", AR, opt=True, basis="bracketed conversion ($52) per dmt"),
    m("cash_cost_change|unit_cost_change|cost_change", -3.30, "AUD", AR,
      basis="only; per dmt less than the previous quarter's average"),
    m("cash_cost_change|unit_cost_change|cost_change", -2.60, "USD", AR, opt=True, basis="bracketed conversion ($2.60)"),
    m("production_capacity|capacity", 13e6, "tonnes", "Atlas Iron|Atlas", opt=True,
      basis="just; per year ('13 million tpy'); production suspended"),
    m("average_grade|grade|fe_grade|iron_content", 59.1, "%", AR, basis="Fe; shipments in the March quarter"),
], [])

# ---------------------------------------------------------------- en08 Public Bank's first quarter of 2024 (The Exchange Asia, theexchangeasia.com; most likely Monday May 20, 2024, no date printed): net profit -3.5% to RM1.65 billion from RM1.72 billion; revenue RM6.79 billion from RM6.12 billion; other operating expenses +RM104 million; loan impairment allowance +RM61.9 million from a low RM1.5 million; NII and Islamic banking income +RM74.3 million; non-interest/financing income +RM3 million; gross loans +RM23.7 billion (6.2%) to RM405.3 billion against RM381.6 billion; deposits +4.1% (RM16.5 billion) to RM420.2 billion; ROE 12.3%, cost-to-income 35.4%, gross impaired loan ratio 0.62% (MYR, %)
# A Malaysian bank's quarter in ringgit with loans, deposits and its return, efficiency and asset-quality ratios (Public
# Bank's third quarter of 2024 appears only inside news45 en09's round-up of announcements; Maybank's quarters are in
# news18 en08 and news42 en08). Cut: the stored page breaks off in the middle of the chief executive's next quoted
# sentence ("... further stepping up its environmental, "), so the passage stops after his "remain vigilant" sentence,
# a sentence boundary (no figure goes with the cut). No headline in the stored text (it opens with "KUALA LUMPUR:"; the
# slug "public-banks-1q24-net-profit-falls-amid-rise-in-customer-loans" is not page text; none added). The bank's quoted
# passages (the OPR sentence and the two income sentences) and the chief executive's quoted sentence rendered as
# reported speech (their figures kept). Kept as printed: the dateline "KUALA LUMPUR:", "31 March 2024 (1Q24)",
# "RM23.7 billion (6.2%)", "4.1% (RM16.5 billion)", "non-interest/financing income", "Tan Sri Dr Tay Ah Lek", "for
# 1Q24".
# Periods: "the first quarter ended 31 March 2024 (1Q24)" -> 2024Q1 for the profit, revenue, the expense, impairment
# and income changes "in the latest quarter" and the ratios "for 1Q24"; "a year ago", "previously" and "the previous
# corresponding quarter" -> 2023Q1. Loans and deposits "as of 31 March 2024" and their growth none (point-in-time).
# Decided: net profit key with the year-ago RM1.72 billion as prior ("compared with") and an optional 2023Q1 row;
# revenue likewise with RM6.12 billion ("from ... previously"). Increases printed as amounts key as changes (positive).
# "Went up by RM61.9 million, having stood at a low RM1.5 million in the previous corresponding quarter" -> key change
# and the RM1.5 million a key 2023Q1 level of its own (a clause of its own; the current level is not printed). Gross
# loans: the RM23.7 billion change, 6.2 % growth and RM405.3 billion key, with RM381.6 billion as prior ("against ... a
# year ago") and an optional earlier row. Deposits: 4.1 %, RM16.5 billion and RM420.2 billion key (no earlier level
# printed). ROE, cost-to-income and gross impaired loan ratios key (2024Q1).
PB = "Public Bank|Public Bank Bhd|Public Bank Berhad|Public Bank group|PBBANK"
Q, QP = "2024Q1", "2023Q1"
G["en08"] = ([
    m(NPG, -3.5, "%", PB, Q),
    m(NP, 1.65e9, "MYR", PB, Q, prior=1.72e9),
    m(NP, 1.72e9, "MYR", PB, QP, opt=True, basis="a year ago"),
    m("revenue|total_revenue", 6.79e9, "MYR", PB, Q, prior=6.12e9),
    m("revenue|total_revenue", 6.12e9, "MYR", PB, QP, opt=True, basis="previously"),
    m("other_operating_expenses_change|operating_expenses_change|opex_change|expense_change", 104e6, "MYR", PB, Q,
      basis="increase, chiefly personnel costs"),
    m("loan_impairment_allowance_change|impairment_allowance_change|impairment_change|loan_loss_allowance_change",
      61.9e6, "MYR", PB, Q, basis="increase"),
    m("loan_impairment_allowance|impairment_allowance|loan_impairment|impairment", 1.5e6, "MYR", PB, QP,
      basis="low base in the previous corresponding quarter"),
    m("net_interest_income_change|nii_change|net_interest_and_islamic_banking_income_change", 74.3e6, "MYR", PB, Q,
      basis="net interest and Islamic banking income; increase"),
    m("non_interest_income_change|non_interest_financing_income_change|fee_income_change", 3e6, "MYR", PB, Q,
      basis="non-interest/financing income; edged up"),
    m("gross_loans_change|loans_change|loan_growth_amount", 23.7e9, "MYR", PB, basis="as of 31 March 2024, on a year ago"),
    m("loan_growth|gross_loans_growth|gross_loan_growth", 6.2, "%", PB, basis="as of 31 March 2024, on a year ago"),
    m("gross_loans|loans|total_loans", 405.3e9, "MYR", PB, prior=381.6e9, basis="as of 31 March 2024"),
    m("gross_loans|loans|total_loans", 381.6e9, "MYR", PB, opt=True, basis="a year ago"),
    m("deposit_growth|customer_deposits_growth|deposits_growth", 4.1, "%", PB, basis="customer deposits"),
    m("deposits_change|customer_deposits_change|deposit_growth_amount", 16.5e9, "MYR", PB, basis="customer deposits"),
    m("customer_deposits|deposits|total_deposits", 420.2e9, "MYR", PB, basis="as of 31 March 2024"),
    m("roe|return_on_equity|net_return_on_equity", 12.3, "%", PB, Q, basis="net"),
    m("cost_to_income_ratio|cost_income_ratio|cir", 35.4, "%", PB, Q),
    m("gross_impaired_loan_ratio|gil_ratio|impaired_loan_ratio|npl_ratio", 0.62, "%", PB, Q),
], [])

# ---------------------------------------------------------------- en09 LTIMindtree's December quarter (The Hindu BusinessLine, thehindubusinessline.com; most likely Wednesday January 17, 2024, no date printed): profit +16.8 per cent at ₹1,169 core; revenue from operations ₹9,017 crore, +1.2 per cent q-o-q, +4.6 per cent y-o-y; order inflow $1.5 billion (highest ever); cash and investment balance past ₹10,000 crore; margin 15.4 per cent, -60 bps; aspiration margin 17-18 per cent; deal wins $1.5 billion from $1.3 billion; employees 82,471 from 83,532; attrition 14.2 per cent from 15.2 per cent (INR, USD, %, bp, employees)
# An Indian IT services company's quarter in crore with its order inflow and deal wins in dollars (LTIMindtree appears
# only in news50 en12's Citi 'sell' calls; TCS, Infosys, Wipro and HCL quarters are in earlier sets). Whole as stored
# apart from furniture: the comment link "comment COMMENT NOW" at the foot dropped. No headline in the stored text (it
# opens with the first paragraph; none added). The chief executive's two quotes rendered as reported speech (the "$1.5
# billion" and "₹10,000 crore" kept). Kept as printed: "₹1,169 core" (the source's typo for crore), "y-o-y", "q-o-q",
# "60 bps (q-o-q)", "17-18 per cent", "marginally higher from $1.3 billion, last quarter", "Q3", "Q2", "Q4".
# Periods: none. "Q3", "Q2", "Q4", "last quarter" and "the new year" print no year (LTIMindtree's fiscal 2024 third
# quarter, October-December 2023, is not in the text).
# Decided: "₹1,169 core" key as 1169e7 INR (crore, the source's typo noted in the basis); growth 16.8 % key; "close to
# flat" sequentially not labelled (no figure). Revenue ₹9,017 crore with +1.2 % q-o-q and +4.6 % y-o-y key. The
# chief executive's "order inflow of $1.5 billion, its highest ever" is the first printing -> key, with the "deal wins
# ... $1.5 billion, from $1.3 billion last quarter" sentence giving its prior (the same quantity); the deal-wins repeat
# optional with the same prior and the $1.3 billion an optional earlier row. "Past ₹10,000 crore" key (hedge in the
# basis). Margin 15.4 % and -60 bp key; the 17-18 % aspiration margin a key range (its timeline pushed back). Headcount
# 82,471 key with prior 83,532 ("shrank to ... from") and attrition 14.2 % key with prior 15.2 %, the earlier values
# optional rows.
LTI = "LTIMindtree|LTIMindtree Ltd|LTI Mindtree|LTIM"
CR = 1e7
OI = "order_inflow|deal_wins|tcv|total_contract_value|order_book|bookings"
HC = "headcount|employees|total_employees|employee_count|workforce"
ATT = "attrition|attrition_rate"
G["en09"] = ([
    m(NPG, 16.8, "%", LTI, basis="year-on-year"),
    m(NP, 1169 * CR, "INR", LTI, basis="printed '₹1,169 core' (for crore)"),
    m("revenue_from_operations|revenue|operating_revenue", 9017 * CR, "INR", LTI),
    m("revenue_growth_qoq|revenue_growth|revenue_change", 1.2, "%", LTI, basis="quarter-on-quarter"),
    m("revenue_growth|revenue_growth_yoy|revenue_change", 4.6, "%", LTI, basis="year-on-year"),
    m(OI, 1.5e9, "USD", LTI, prior=1.3e9,
      basis="highest-ever order inflow (chief executive); deal wins $1.5 billion, from $1.3 billion last quarter"),
    m(OI, 1.5e9, "USD", LTI, opt=True, prior=1.3e9, basis="repeat: deal wins, marginally higher"),
    m(OI, 1.3e9, "USD", LTI, opt=True, basis="deal wins last quarter"),
    m("cash_and_investments|cash_and_investment_balance|cash_balance|cash", 10000 * CR, "INR", LTI,
      basis="past (crossed); cash and investment balance"),
    m("ebit_margin|operating_margin|margin", 15.4, "%", LTI, basis="the quarter"),
    m("margin_change|ebit_margin_change|operating_margin_change", -60, "bp", LTI, basis="q-o-q; printed '60 bps'"),
    m("target_margin|margin_target|aspiration_margin|margin_aspiration", None, "%", LTI, rng=(17, 18),
      basis="aspiration margin level; timeline pushed back by a few quarters"),
    m(HC, 82471, "employees", LTI, prior=83532, basis="Q3"),
    m(HC, 83532, "employees", LTI, opt=True, basis="the quarter before"),
    m(ATT, 14.2, "%", LTI, prior=15.2, basis="Q3"),
    m(ATT, 15.2, "%", LTI, opt=True, basis="Q2"),
], [])

# ---------------------------------------------------------------- en10 OUE REIT's first half of 2025 (NewsFlash Asia, newsflashasia.com; most likely late July 2025, no date printed): DPU +5.4% to 0.98 Singapore cents; core DPU +11.4%; revenue -2.7%, NPI -2.0%; finance costs -17.3%; Singapore office committed occupancy 95.5%, rental reversion 9.1% (2Q 2025); Mandarin Gallery 99.0% occupied, reversion 34.3%; hospitality RevPAR S$233; aggregate leverage 40.3%; 71.1% of debt hedged (SGD, %)
# A Singapore REIT's half-year with its distribution per unit, occupancy, rental reversions and leverage (OUE REIT
# appears in no earlier text; SPH Reit's first quarter of FY2020 is news54 en11). Whole as stored apart from furniture:
# a stray code-fence mark ("“`") at the foot dropped. No headline in the stored text (it opens with the first
# paragraph; the slug "oue-reits-dpu-rises-5-4-in-h1-2025" is not page text; none added). No quotes (the chief
# executive's remarks are reported speech in the source). Kept as printed: "OUE REIT Management Pte. Ltd.", "0.98
# Singapore cents", "2.7% and 2.0% respectively", "99.0%", "S$233".
# Periods: "the first half of 2025" -> 2025H1 for the DPU, core DPU, revenue, NPI and finance costs (the same
# half); "the second quarter of 2025" -> 2025Q2 for the office occupancy and rental reversion and Mandarin Gallery's
# reversion "over the same period". Mandarin Gallery's occupancy ("remained"), RevPAR, aggregate leverage and the
# hedged share none (no period of their own).
# Decided: DPU key as 0.0098 SGD (Singapore cents scaled, news54 en11) with +5.4 % key (no earlier DPU printed); core
# DPU growth key. Revenue -2.7 % and NPI -2.0 % key ("slipped"). Finance costs -17.3 % key. Occupancy and rental
# reversions key on the office portfolio and on Mandarin Gallery with OUE REIT among the alternatives. RevPAR S$233 key
# on the hospitality segment. Aggregate leverage 40.3 % key ("eased slightly", no earlier figure printed) and the 71.1 %
# of total debt hedged key.
OUE = "OUE REIT|OUE Real Estate Investment Trust|OUE REIT Management|OUE REIT Management Pte. Ltd."
H = "2025H1"
SGO = "Singapore office properties|Singapore office portfolio|OUE REIT Singapore office|" + OUE
MG = "Mandarin Gallery|" + OUE
OCC = "committed_occupancy|occupancy_rate|occupancy|committed_occupancy_rate"
RR = "rental_reversion|rent_reversion|rental_reversions"
G["en10"] = ([
    m("dpu|distribution_per_unit", 0.0098, "SGD", OUE, H, basis="0.98 Singapore cents"),
    m("dpu_growth|distribution_per_unit_growth|dpu_change", 5.4, "%", OUE, H, basis="year-on-year"),
    m("core_dpu_growth|dpu_growth|core_dpu_change", 11.4, "%", OUE, H,
      basis="core DPU, excluding capital distribution; year-on-year"),
    m("revenue_change|revenue_growth", -2.7, "%", OUE, H),
    m("npi_change|net_property_income_change|npi_growth|net_property_income_growth", -2.0, "%", OUE, H),
    m("finance_costs_change|finance_cost_change|interest_expense_change", -17.3, "%", OUE, H, basis="year-on-year"),
    m(OCC, 95.5, "%", SGO, "2025Q2", basis="committed"),
    m(RR, 9.1, "%", SGO, "2025Q2", basis="positive"),
    m(OCC, 99.0, "%", MG, basis="remained occupied"),
    m(RR, 34.3, "%", MG, "2025Q2", basis="over the same period"),
    m("revpar|revenue_per_available_room", 233, "SGD",
      "hospitality segment|hospitality|OUE REIT hospitality|" + OUE, basis="revenue per available room"),
    m("aggregate_leverage|gearing|leverage_ratio|gearing_ratio", 40.3, "%", OUE, basis="eased slightly"),
    m("hedged_debt_share|debt_hedged|hedging_ratio|hedged_debt_ratio", 71.1, "%", OUE, basis="share of total debt hedged"),
], [])

# ---------------------------------------------------------------- en11 JBS's third quarter of 2021 (Reuters on FX News 24, fxnews24.co.uk; Wednesday November 10, 2021, "Nov 10" printed, the year from "in 2021"): net income 7.58 billion reais ($1.83 billion); net revenue +32% to 92.62 billion reais; adjusted EBITDA 13.92 billion reais against 12.21 billion estimated; Seara revenue +38%, average price almost +15%; US cattle prices up to +22%; beef margin 21.8%; accumulated 2021 net profit 14 billion reais; minimum dividend around 3.5 billion reais in 2022 (BRL, USD, %)
# A Brazilian meatpacker's quarter in reais against the analysts' EBITDA estimate (JBS appears in no earlier text;
# Ambev's, Banco do Brasil's and Oi's quarters are in earlier sets). Cut: the stored page breaks off after the credit
# lines in a site widget ("The v"), so the passage stops after the dividend sentence, a sentence boundary (no figure
# goes with the cut). The wire update note "Adds details from the earnings statement", the credit line ("(Reporting by
# Ana Mano and Nayara Figueiredo; editing by Grant McCool)") and the contact line with its masked e-mail address and
# telephone numbers dropped as furniture. No headline in the stored text (the slug
# "brazils-jbs-posts-3rd-qtr-net-gain-of-1-38-bln-above-expectations" is not page text; none added). No quotes. Kept as
# printed: the dateline "SAO PAULO, Nov 10 (Reuters) –", the stock code "BRFS3.SA" printed after JBS SA (BRF's code in
# the source), "7.58 billion reais ($1.83 billion)", "almost 15%", "up to 22%", "JBS'", "labor".
# Periods: "third-quarter" / "the quarter" / "last quarter" in a story on "accumulated net profit in 2021" -> 2021Q3
# (clearly implied), the accumulated profit 2021 (year to date), the dividend "in 2022" 2022.
# Decided: net income key in BRL, the bracketed ($1.83 billion) optional; revenue +32 % and 92.62 billion reais key;
# adjusted EBITDA key and the analysts' average 12.21 billion reais key as an estimate. Seara's revenue +38 % and its
# average price "almost 15%" higher key on Seara (JBS among the alternatives). "Cattle prices were up to 22% higher"
# key on US cattle ("up to" in the basis). The beef division's 21.8 % margin key (2021Q3, "last quarter" being the
# quarter reported). The accumulated 14 billion reais key (2021) and the "minimum dividend of around 3.5 billion reais
# in 2022" key (2022, hedge in the basis).
JBS = "JBS|JBS SA|JBS S.A.|BRFS3.SA"
Q3 = "2021Q3"
SEARA = "Seara|JBS Seara|" + JBS
G["en11"] = ([
    m(NP, 7.58e9, "BRL", JBS, Q3),
    m(NP, 1.83e9, "USD", JBS, Q3, opt=True, basis="bracketed conversion"),
    m("revenue_growth|net_revenue_growth|sales_growth", 32, "%", JBS, Q3),
    m("net_revenue|revenue|sales", 92.62e9, "BRL", JBS, Q3),
    m("adjusted_ebitda|ebitda", 13.92e9, "BRL", JBS, Q3, basis="adjusted"),
    m("ebitda_estimate|adjusted_ebitda_estimate|ebitda_consensus", 12.21e9, "BRL", JBS, Q3,
      basis="analysts' average forecast"),
    m("revenue_growth|net_revenue_growth|sales_growth", 38, "%", SEARA, Q3, basis="net revenue"),
    m("average_price_change|price_increase|average_selling_price_change|price_change", 15, "%", SEARA, Q3,
      basis="almost; average price of products sold"),
    m("cattle_price_change|price_change|input_cost_change", 22, "%",
      "US cattle|cattle|cattle prices|United States|" + JBS, Q3, basis="up to; against the same quarter last year"),
    m("margin|ebitda_margin|division_margin|segment_margin", 21.8, "%", "beef business|JBS beef|beef|" + JBS, Q3,
      basis="highest of all divisions; last quarter"),
    m("accumulated_net_profit|net_profit|ytd_net_profit|net_income", 14e9, "BRL", JBS, "2021",
      basis="accumulated so far in 2021"),
    m("minimum_dividend|dividend|dividend_payout", 3.5e9, "BRL", JBS, "2022", basis="around; minimum, to be paid in 2022"),
], [])

# ---------------------------------------------------------------- en12 Tokyo close (Reuters on Business Recorder, brecorder.com; Thursday April 20, 2023, the store's date line): Nikkei +0.18% to 28,657.57, Tuesday's nearly six-week high 28,698.22; Topix -0.03% to 2,039.73; Tokyo Electron +1.75%, Advantest +2.2%, 27 and 27 index points; Fast Retailing about 46 points, +1.4%; Takashimaya +3.71%; banking and insurance around +0.4% each; paper & pulp +1%; mining -0.85%; SoftBank Group -17 index points, -1.64%; 128 up, 88 down, nine flat (points, %, stocks)
# A Tokyo close with the Nikkei and the Topix, movers and their contributions to the index, and sector moves (AFP's
# and Kyodo's Tokyo closes are in news3 en13, news7 en10, news44 en07 and news56 en11; none covers this session).
# Whole as stored apart from the store's date line ("date 2023-04-20", not page text). No headline in the stored text
# (it opens with the date line and "TOKYO:"; none added). The strategist's quoted sentence
# and her remark on Disco rendered as reported speech (no figures). Kept as printed: "TOKYO:", "0.18% to 28,657.57",
# "nearly six-week high of 28,698.22", "0.03% to 2,039.73", "27 and 27 index points respectively", "no. 2 and 3
# supports", "about 46 points", "around 0.4%", "Paper & pulp", "nine" in words.
# Periods: none (a market session; "Thursday", "Tuesday" only).
# Decided: the Nikkei's % move and close key (no point move printed); Tuesday's nearly six-week high 28,698.22 key as
# an index level (a level printed for another session). The Topix's -0.03 % and 2,039.73 key. Each mover's % move key;
# the index-point contributions key in "points" on the stock (Tokyo Electron 27, Advantest 27, Fast Retailing about 46,
# SoftBank Group -17, a drag negative), as news20's Taiwan close labels a "roughly 400 points" contribution. Sector moves
# key on each sector (banking and insurance "around 0.4%" each: two rows). Breadth optional in "stocks" (nine flat
# labelled 9). "Nikkei 225" does not occur; ranks ("no. 2 and 3", "biggest", "top performer") not labelled.
NK = "Nikkei|Nikkei share average|Nikkei 225|Nikkei Stock Average|Nikkei average"
TPX = "Topix|Topix index|TOPIX"
ICP = "index_change_pct|index_change|pct_change"
IL = "index_level|close|index_close"
SEC = "sector_change|index_change_pct|price_change|sector_index_change"
TEL = "Tokyo Electron|Tokyo Electron Ltd"
ADV = "Advantest|Advantest Corp"
FR = "Fast Retailing|Fast Retailing Co Ltd|Uniqlo"
SB = "SoftBank Group|SoftBank Group Corp|SoftBank"
G["en12"] = ([
    m(ICP, 0.18, "%", NK),
    m(IL, 28657.57, "points", NK),
    m("index_high|high|index_level|recent_high", 28698.22, "points", NK, basis="Tuesday's nearly six-week high"),
    m(ICP, -0.03, "%", TPX),
    m(IL, 2039.73, "points", TPX),
    m(PC, 1.75, "%", TEL),
    m(PC, 2.2, "%", ADV),
    m(CONTR, 27, "points", TEL, basis="index points added to the Nikkei; no. 2 support"),
    m(CONTR, 27, "points", ADV, basis="index points added to the Nikkei; no. 3 support"),
    m(PC, 1.4, "%", FR),
    m(CONTR, 46, "points", FR, basis="about; contributed to the Nikkei"),
    m(PC, 3.71, "%", "Takashimaya|Takashimaya Co Ltd", basis="biggest percentage gainer"),
    m(SEC, 0.4, "%", "banking|banks|banking sector|TSE banking index", basis="around"),
    m(SEC, 0.4, "%", "insurance|insurers|insurance sector|TSE insurance index", basis="around"),
    m(SEC, 1, "%", "paper & pulp|paper and pulp|pulp and paper|paper & pulp sector", basis="top performer"),
    m(SEC, -0.85, "%", "mining|mining sector|miners", basis="weakest sector"),
    m(CONTR, -17, "points", SB, basis="taken off the Nikkei; biggest drag"),
    m(PC, -1.64, "%", SB),
    m("gainers|advancers", 128, "stocks", NK, opt=True),
    m("losers|decliners", 88, "stocks", NK, opt=True),
    m("unchanged|flat", 9, "stocks", NK, opt=True, basis="printed 'nine'"),
], [])
