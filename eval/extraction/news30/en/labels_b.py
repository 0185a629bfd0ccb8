# Hand-written gold labels for news30/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow or
# project code was run, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news29/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("over $US6 billion" -> 6e9, "more than
# 26%" -> 26, "about $226" -> 226), a same-sentence "X from Y" / "X as compared to Y" / "X compared with Y" / "X, against
# Y" value of the same quantity is the prior and the earlier reading is also an optional row with its own period where
# the text names it (news29 en09), an earlier-period figure in a clause of its own is its own key row with its own period,
# periods only where the text states or clearly implies the year (a passage with no printed year has no period, news24),
# fiscal periods as the text names them (news17; an Australian bank's "2015/16" is FY2016), market levels and moves carry
# no period, a bracketed currency conversion an optional row, repeats and standfirst restatements optional, "bps" / "basis
# points" as bp, cents scaled to the currency unit (news18), barrels (of oil equivalent) as a count noun with the scale
# word applied ("25.9 million barrels of oil equivalent (MMboe)" -> 25.9e6 "boe"), a single bond's price move in a yield
# wrap optional (news20), bid-to-cover in "x" (news23), brokers' targets only in rating actions, "reinstated" -> initiate
# (dev corpus), "maintained its Buy rating" -> maintain (news29 batch a), consensus targets as metrics (dev corpus en19),
# ratings lower-case and normalised).

# ---------------------------------------------------------------- en07 NAB full year at a glance: cash earnings, net interest and other operating income, net operating income, bad-debt charge, impaired-assets ratio, NIM, statutory and cash ROE, cash EPS, final dividend, payout ratio, CET1 and APRA target, three divisions' cash earnings (Banking Day; FY2017 implied; AUD)
# An Australian bank's annual results in a trade-press "at a glance" piece; headline kept; the stored page runs its
# section labels into the previous sentence ("billion.Impairment charges"), put one section per paragraph here (a
# paragraph-break normalisation); the passage stops before the half-stored "New Zealand Bank..." sentence. Source
# oddities kept: "$17. 895 billion" (-> 17.895e9), "rose 4.4 cents per cent", "79.4. per cent", "1.535 billion" without
# "$", "and increase of 12.3 per cent", "198 cents a share" called the final dividend. Period: the comparable period is
# "cash profit in 2016" and the payout ratio is set against "2015/16", NAB's year running to September ("the year to
# September 2016") -> the reported year is FY2017 (clearly implied: the year after FY2016) and 2015/16 is FY2016.
# Currency: "A$" and "$" -> AUD; "1.535 billion" printed without a sign in an all-A$ passage -> AUD, printed form in basis
# (news28 batch a). Rows: cash earnings 6.6e9 and +2.5 % key (cash basis); NII 13.2e9 / +1.8 %, other operating income
# 4.7e9 / +5.0 %, net operating income 17.895e9 / +2.5 % key; bad and doubtful debts charge 810e6 and +1.3 % key;
# impaired assets to gross loans 0.70 % and -15 bp key; NIM 1.85 % and "fell three basis points" -3 bp key; "ROE was 10.9
# per cent" key (statutory: the next sentence gives the cash figure, so basis "statutory"); cash ROE "fell 30bps from
# 14.3 per cent to 14.0 per cent" -> key 14.0 with prior 14.3, key -30 bp, 14.3 optional FY2016 row. EPS: "on a cash
# basis ... rose 4.4 cents per cent to $2.40 - allowing for dilution" -> key 2.40 AUD (cash, diluted); the garbled
# change is read as +4.4 % (key, printed form in basis) with the literal 4.4-cent reading an optional 0.044 AUD row
# (decided: "cents per cent" prints both units; the % reading is the one an analyst's table carries, the other is not
# punished). Dividend "final dividend of 198 cents a share, unchanged from the March half" -> key 1.98 AUD, no prior
# ("unchanged" has no printed old value, news25). Payout "79.4. per cent, compared with 80.8 per cent in 2015/16" -> key
# 79.4 with prior 80.8 and an optional 80.8 FY2016 row. CET1 10.06 % and +29 bp key; APRA's "'unquestionably strong'
# target of 10.5 per cent ... by January 2020" -> key target row, no period (a deadline, date in basis). Divisions: three
# cash-earnings levels and growth rates key, entity the division. Historic background "sale of 80 per cent of NAB's life
# insurance business" (FY2016) -> optional stake row. Not labelled: 2015, 2016, September, January 2020 (years and dates).
NAB = "National Australia Bank|NAB|National Australia Bank Ltd"
BPB = "Business and Private Banking|NAB Business and Private Banking"
CIB = "Corporate and Institutional Banking|NAB Corporate and Institutional Banking"
CBW = "Consumer Banking and Wealth|NAB Consumer Banking and Wealth"
FY, PY = "FY2017", "FY2016"
CE = "cash_earnings|cash_profit|net_profit|earnings"
CEG = "cash_earnings_growth|cash_profit_growth|net_profit_growth|earnings_growth"
G["en07"] = ([
    m(CE, 6.6e9, "AUD", NAB, FY, basis="cash basis"),
    m(CEG, 2.5, "%", NAB, FY, basis="cash basis, on previous comparable period"),
    m("net_interest_income|nii", 13.2e9, "AUD", NAB, FY),
    m("net_interest_income_growth|nii_growth", 1.8, "%", NAB, FY),
    m("other_operating_income|other_income|non_interest_income", 4.7e9, "AUD", NAB, FY),
    m("other_operating_income_growth|other_income_growth|non_interest_income_growth", 5.0, "%", NAB, FY),
    m("net_operating_income|operating_income|total_income|revenue", 17.895e9, "AUD", NAB, FY,
      basis="printed '$17. 895 billion'"),
    m("net_operating_income_growth|operating_income_growth|income_growth|revenue_growth", 2.5, "%", NAB, FY),
    m("bad_debt_charge|impairment_charge|credit_impairment_charge|loan_loss_provisions|provisions", 810e6, "AUD", NAB,
      FY, basis="charge for bad and doubtful debts"),
    m("bad_debt_charge_growth|impairment_charge_growth|provisions_growth|credit_impairment_change", 1.3, "%", NAB, FY),
    m("impaired_assets_ratio|impaired_assets_to_gross_loans|npl_ratio", 0.70, "%", NAB, FY,
      basis="impaired assets to gross loans and acceptances"),
    m("impaired_assets_ratio_change|npl_ratio_change", -15, "bp", NAB, FY),
    m("net_interest_margin|nim", 1.85, "%", NAB, FY),
    m("net_interest_margin_change|nim_change", -3, "bp", NAB, FY, basis="three basis points"),
    m("roe|return_on_equity", 10.9, "%", NAB, FY, basis="statutory"),
    m("cash_roe|roe|return_on_equity", 14.0, "%", NAB, FY, prior=14.3, basis="cash basis"),
    m("cash_roe|roe|return_on_equity", 14.3, "%", NAB, PY, opt=True, basis="cash basis, previous year"),
    m("cash_roe_change|roe_change|return_on_equity_change", -30, "bp", NAB, FY, basis="cash basis"),
    m("cash_eps|eps|earnings_per_share|diluted_cash_eps", 2.40, "AUD", NAB, FY, basis="cash basis, diluted"),
    m("cash_eps_growth|eps_growth|earnings_per_share_growth", 4.4, "%", NAB, FY,
      basis="cash basis; printed 'rose 4.4 cents per cent'"),
    m("cash_eps_change|eps_change|eps_growth", 0.044, "AUD", NAB, FY, opt=True,
      basis="literal '4.4 cents' reading of 'rose 4.4 cents per cent'"),
    m("final_dividend|dividend_per_share|dividend|dps", 1.98, "AUD", NAB, FY,
      basis="198 cents a share, unchanged from the March half"),
    m("payout_ratio|dividend_payout_ratio", 79.4, "%", NAB, FY, prior=80.8, basis="printed '79.4. per cent'"),
    m("payout_ratio|dividend_payout_ratio", 80.8, "%", NAB, PY, opt=True, basis="2015/16"),
    m("cet1_ratio|common_equity_tier_1_ratio|cet1", 10.06, "%", NAB, FY),
    m("cet1_ratio_change|cet1_change|common_equity_tier_1_ratio_change", 29, "bp", NAB, FY),
    m("cet1_target|target_cet1_ratio|capital_target|cet1_ratio_target", 10.5, "%", NAB,
      basis="APRA 'unquestionably strong' target, by January 2020"),
    m(CE + "|divisional_cash_earnings", 2.8e9, "AUD", BPB, FY),
    m(CEG + "|divisional_cash_earnings_growth", 6.3, "%", BPB, FY),
    m(CE + "|divisional_cash_earnings", 1.535e9, "AUD", CIB, FY, basis="printed '1.535 billion' without $"),
    m(CEG + "|divisional_cash_earnings_growth", 12.3, "%", CIB, FY),
    m(CE + "|divisional_cash_earnings", 1.633e9, "AUD", CBW, FY, basis="printed '$1633 million'"),
    m(CEG + "|divisional_cash_earnings_growth", 4.3, "%", CBW, FY),
    m("stake_sold|stake|divested_stake", 80, "%", NAB, PY, opt=True,
      basis="life insurance business sold, year to September 2016"),
], [])

# ---------------------------------------------------------------- en08 Woodside June quarter 2020: write-downs, quarterly and half-year sales revenue with q/q and y/y changes, record production and first-half output, sales volumes, average realised price (ShareCafe, 2020; USD, MMboe)
# An oil and gas producer's quarterly output and prices; headline and byline kept ("More Articles by Glenn Dyer", the
# author box and "RELATED COMPANIES" tag dropped). The stored page ends one sentence with a dangling "and" ("...from the
# March quarter's 23.9 MMboe and"), rendered here as a full stop (no figure is lost). Periods: "the March 2020 quarter"
# and "the June quarter of 2019" -> the June quarter is 2020Q2, the three months to March 2020Q1, the six months to June
# 2020H1 (against "the first six months of 2019", 2019H1). Write-downs "over $US6 billion" -> key (no period: announced
# "a day" earlier, no period named). Sales revenue "slid by more than 26% ... to $US768 million, from over $US1.11
# billion in the three months to March" -> key 768e6 with prior 1.11e9 (same sentence), key -26 % (q/q, bound kept), and
# 1.11e9 an optional 2020Q1 row. "down by only $US31 million from the June quarter of 2019 when they totalled $US836
# million" -> key -31e6 change (y/y) and key 836e6 for 2019Q2 (the source's figures do not reconcile with 768; labelled
# as printed). Half year: 1.917e9, -15 % and -343e6 key. Production: record 25.9 MMboe (2020Q2) and +7 % q/q key; "record
# first-half output of 50.1 MMboe, up 28%" -> key 2020H1 level and y/y growth. Sales volumes "rose 13% to 27.1 MMboe
# from the March quarter's 23.9 MMboe" -> key 27.1e6 with prior 23.9e6 and +13 % key; 23.9e6 optional 2020Q1 row.
# Realised price "$US28 per barrel of oil equivalent, down from $US45" -> key 28 USD (per boe, basis) with prior 45;
# 45 optional 2020Q1 row. Not labelled: "second half of 2021", "mid-2020", "2021", "August 13" (FID timing and dates).
WPL = "Woodside Petroleum|Woodside|Woodside Petroleum Ltd|WPL|Woodside Energy"
Q, PQ, YQ, H, YH = "2020Q2", "2020Q1", "2019Q2", "2020H1", "2019H1"
SR = "sales_revenue|revenue|sales"
G["en08"] = ([
    m("asset_writedowns|impairment|writedowns|impairment_charge", 6e9, "USD", WPL, basis="over, asset write-downs"),
    m(SR, 768e6, "USD", WPL, Q, prior=1.11e9),
    m(SR, 1.11e9, "USD", WPL, PQ, opt=True, basis="over, three months to March"),
    m("sales_revenue_growth|revenue_growth|sales_growth|revenue_change", -26, "%", WPL, Q,
      basis="more than, quarter on quarter"),
    m("sales_revenue_change|revenue_change|sales_change", -31e6, "USD", WPL, Q, basis="only, versus June quarter 2019"),
    m(SR, 836e6, "USD", WPL, YQ, basis="June quarter of 2019"),
    m(SR, 1.917e9, "USD", WPL, H, basis="six months to June"),
    m("sales_revenue_growth|revenue_growth|sales_growth|revenue_change", -15, "%", WPL, H),
    m("sales_revenue_change|revenue_change|sales_change", -343e6, "USD", WPL, H),
    m("production|output|oil_and_gas_production", 25.9e6, "boe", WPL, Q, basis="record, MMboe"),
    m("production_growth|output_growth", 7, "%", WPL, Q, basis="versus March 2020 quarter"),
    m("production|output|oil_and_gas_production", 50.1e6, "boe", WPL, H, basis="record first-half, MMboe"),
    m("production_growth|output_growth", 28, "%", WPL, H, basis="versus first six months of 2019"),
    m("sales_volume|sales_volumes|sales", 27.1e6, "boe", WPL, Q, prior=23.9e6, basis="MMboe"),
    m("sales_volume|sales_volumes|sales", 23.9e6, "boe", WPL, PQ, opt=True, basis="March quarter, MMboe"),
    m("sales_volume_growth|sales_growth", 13, "%", WPL, Q),
    m("realised_price|average_realised_price|realized_price", 28, "USD", WPL, Q, prior=45,
      basis="per barrel of oil equivalent"),
    m("realised_price|average_realised_price|realized_price", 45, "USD", WPL, PQ, opt=True,
      basis="per barrel, quarter ended March 31"),
], [])

# ---------------------------------------------------------------- en09 Maruti Suzuki April 2021 sales: total with March prior and -4 %, domestic, OEM and export split, domestic m/m fall, mini and compact segment sales with March priors (Mint, 2021 implied; units)
# An Indian carmaker's monthly sales; the stored text has no headline (none added). Indian digit grouping kept
# ("1,59,691" -> 159691, "1,42,454" -> 142454). Period: "April last year" is "April 2020" -> the reported April is 2021-04
# and "March this year" 2021-03 (clearly implied). Total sales "dip ... 4% ... at 1,59,691 units in April as compared to
# 1,67,014 units in March this year" -> key 159691 with prior 167014, key -4 % (m/m), 167014 optional 2021-03 row. "did
# not sell any unit in the domestic market in April last year" -> optional 0-units row for 2020-04 (a zero an extractor
# may or may not emit). Split: domestic 137,151, other OEMs 5,303, exports 17,237 -> three key rows. "domestic sales in
# April fell 8% on a monthly basis to 1,42,454 units from 1,55,417 units" -> key 142454 with prior (this domestic figure
# includes the OEM sales: 137,151 + 5,303; basis says so) and key -8 %; 155417 optional 2021-03 row. Segments: mini cars
# +2 % to 25,041 "as against 24,653 units in March" and compact -12 % to 72,318 "from 82,201 cars in March" -> levels with
# priors and growth key, March levels optional rows. Units: "units" (count noun; "cars" accepted as any count noun).
# Not labelled: "Saturday", model names.
MS = "Maruti Suzuki India|Maruti Suzuki|Maruti|MSIL|Maruti Suzuki India Ltd"
MINI = "Maruti Suzuki mini cars|mini cars|mini car segment|Alto and S-Presso"
COMP = "Maruti Suzuki compact segment|compact segment|compact cars|compact segment vehicles"
A, MAR, A0 = "2021-04", "2021-03", "2020-04"
G["en09"] = ([
    m("total_sales|sales|sales_volume|vehicle_sales", 159691, "units", MS, A, prior=167014,
      basis="domestic+export; printed '1,59,691'"),
    m("total_sales|sales|sales_volume|vehicle_sales", 167014, "units", MS, MAR, opt=True, basis="March this year"),
    m("total_sales_growth|sales_growth|sales_change", -4, "%", MS, A, basis="versus March, month on month"),
    m("domestic_sales|sales", 0, "units", MS, A0, opt=True, basis="no unit sold in April last year, lockdown"),
    m("domestic_sales|sales", 137151, "units", MS, A),
    m("oem_sales|sales_to_other_oems|sales", 5303, "units", MS, A, basis="sales to other OEMs"),
    m("exports|export_sales|export_volume", 17237, "units", MS, A),
    m("domestic_sales|sales", 142454, "units", MS, A, prior=155417,
      basis="domestic incl. sales to other OEMs; printed '1,42,454 units from 1,55,417'"),
    m("domestic_sales|sales", 155417, "units", MS, MAR, opt=True, basis="March"),
    m("domestic_sales_growth|sales_growth|sales_change", -8, "%", MS, A, basis="month on month"),
    m("segment_sales|sales|mini_car_sales", 25041, "units", MINI, A, prior=24653, basis="mini cars, Alto and S-Presso"),
    m("segment_sales|sales|mini_car_sales", 24653, "units", MINI, MAR, opt=True, basis="mini cars, March"),
    m("segment_sales_growth|sales_growth|sales_change", 2, "%", MINI, A, basis="mini cars, month on month"),
    m("segment_sales|sales|compact_car_sales", 72318, "units", COMP, A, prior=82201, basis="compact segment"),
    m("segment_sales|sales|compact_car_sales", 82201, "cars", COMP, MAR, opt=True, basis="compact segment, March"),
    m("segment_sales_growth|sales_growth|sales_change", -12, "%", COMP, A, basis="compact segment, month on month"),
], [])

# ---------------------------------------------------------------- en10 Galaxy Entertainment first half: profit with year-ago prior, revenue, adjusted EBITDA, GGR by segment; Galaxy Macau and StarWorld Macau net revenue, EBITDA, gaming revenue and rolling chip volume (Focus Gaming News; no year printed; HKD with US$ conversions)
# A Macau casino operator listed in Hong Kong, in HK$ with bracketed US$ conversions. The stored text has no headline;
# its standfirst ("Net profit for the first half was up 52 per cent year-on-year.") is kept as the first line; the
# passage stops after StarWorld's gaming revenue (the Broadway Macau lines and the chairman's smart-table remarks that
# follow are left out, a cut at a sentence boundary, to keep the key rows within 30). No year is printed ("the first
# half of the year") -> no periods. Profit "up 52 per cent year-on-year from HK$2.89bn to HK$4.4bn (US$564.7m)" -> key
# 4.4e9 HKD with prior 2.89e9 and key +52 %; the standfirst's 52 % an optional repeat; US$ conversions optional
# throughout. Group revenue 21.5e9 and +37 %, adjusted EBITDA 6e9 and +37 %, GGR 20e9 and +45 %, mass GGR 16e9 and
# +43 %, rolling chip GGR 2.7e9 and +56 %, electronic GGR 1.3e9 and +61 % -> key. Galaxy Macau: net revenue 17e9 and
# +43 %, adjusted EBITDA 5.4e9 and +34 %, gaming revenue 14.23e9 and +44.2 %, rolling chip volume 82.01e9 and +62 % ->
# key on the property. StarWorld Macau: net revenue 2.7e9 and +25 %, adjusted EBITDA 777e6 and +34 %, gaming revenues
# 2.42e9 and +25.6 % -> key. The earlier-year 2.89e9 is only a prior (same sentence; no period to give an own row).
GEG = "Galaxy Entertainment Group|Galaxy Entertainment|GEG|Galaxy Entertainment Group Ltd"
GM = "Galaxy Macau"
SW = "StarWorld Macau|StarWorld|StarWorld Hotel"
NP = "net_profit|profit|net_income|profit_attributable"
REV = "revenue|net_revenue|net_revenues"
EB = "adjusted_ebitda|ebitda"
GGR = "ggr|gross_gaming_revenue|gaming_revenue"
G["en10"] = ([
    m(NP + "|net_profit_growth|profit_growth", 52, "%", GEG, opt=True, basis="standfirst"),          # standfirst
    m(NP, 4.4e9, "HKD", GEG, prior=2.89e9, basis="first half"),
    m("net_profit_growth|profit_growth|net_income_growth", 52, "%", GEG, basis="year-on-year"),
    m(NP, 564.7e6, "USD", GEG, opt=True),                                                          # (US$564.7m)
    m(REV, 21.5e9, "HKD", GEG),
    m("revenue_growth|net_revenue_growth", 37, "%", GEG),
    m(REV, 2.76e9, "USD", GEG, opt=True),
    m(EB, 6e9, "HKD", GEG),
    m("adjusted_ebitda_growth|ebitda_growth", 37, "%", GEG),
    m(EB, 770e6, "USD", GEG, opt=True),
    m(GGR, 20e9, "HKD", GEG),
    m("ggr_growth|gross_gaming_revenue_growth|gaming_revenue_growth", 45, "%", GEG),
    m(GGR, 2.57e9, "USD", GEG, opt=True),
    m("mass_ggr|mass_gross_gaming_revenue|mass_table_ggr|ggr", 16e9, "HKD", GEG),
    m("mass_ggr_growth|ggr_growth|mass_gross_gaming_revenue_growth", 43, "%", GEG),
    m("mass_ggr|mass_gross_gaming_revenue|mass_table_ggr|ggr", 2.05e9, "USD", GEG, opt=True),
    m("rolling_chip_ggr|vip_ggr|rolling_chip_win|ggr", 2.7e9, "HKD", GEG),
    m("rolling_chip_ggr_growth|vip_ggr_growth|ggr_growth", 56, "%", GEG),
    m("rolling_chip_ggr|vip_ggr|rolling_chip_win|ggr", 346.5e6, "USD", GEG, opt=True),
    m("electronic_ggr|electronic_gaming_revenue|electronic_gaming_win|ggr", 1.3e9, "HKD", GEG),
    m("electronic_ggr_growth|ggr_growth|electronic_gaming_revenue_growth", 61, "%", GEG),
    m("electronic_ggr|electronic_gaming_revenue|electronic_gaming_win|ggr", 166.85e6, "USD", GEG, opt=True),
    m(REV, 17e9, "HKD", GM),
    m("revenue_growth|net_revenue_growth", 43, "%", GM),
    m(EB, 5.4e9, "HKD", GM),
    m("adjusted_ebitda_growth|ebitda_growth", 34, "%", GM),
    m(EB, 693.1e6, "USD", GM, opt=True),
    m("gaming_revenue|ggr|gross_gaming_revenue", 14.23e9, "HKD", GM),
    m("gaming_revenue_growth|ggr_growth", 44.2, "%", GM),
    m("gaming_revenue|ggr|gross_gaming_revenue", 1.83e9, "USD", GM, opt=True),
    m("rolling_chip_volume|vip_rolling_chip_volume|rolling_volume", 82.01e9, "HKD", GM),
    m("rolling_chip_volume_growth|rolling_volume_growth", 62, "%", GM),
    m("rolling_chip_volume|vip_rolling_chip_volume|rolling_volume", 10.53e9, "USD", GM, opt=True),
    m(REV, 2.7e9, "HKD", SW),
    m("revenue_growth|net_revenue_growth", 25, "%", SW),
    m(EB, 777e6, "HKD", SW),
    m("adjusted_ebitda_growth|ebitda_growth", 34, "%", SW),
    m(EB, 99.73e6, "USD", SW, opt=True),
    m("gaming_revenue|ggr|gross_gaming_revenue", 2.42e9, "HKD", SW),
    m("gaming_revenue_growth|ggr_growth", 25.6, "%", SW),
    m("gaming_revenue|ggr|gross_gaming_revenue", 310.6e6, "USD", SW, opt=True),
], [])

# ---------------------------------------------------------------- en11 10-year Treasury auction: size, high yield against the pre-auction level, bid-to-cover against the six-auction average, 10- and 30-year yields and price moves, two-year and three-month yields (AP via Washington Examiner; no year printed)
# A U.S. bond-market story with its AP dateline; the stored text has no headline (none added). No year is printed
# ("Wednesday", "last Friday", "Tuesday") -> no periods. Auction: "$24 billion of the notes at a yield of 1.68 percent"
# -> key size and key auction yield; "sharply higher than the 1.63 percent the 10-year Treasury was trading at prior to
# the auction" -> key pre-auction yield (the comparison an analyst reads the auction by; not a prior: a different
# quantity, the secondary-market level). Bid-to-cover "$2.49 in bids for every $1 on offer ..., a sharp drop from the
# $3.16 average of the previous six auctions" -> key 2.49 x with prior 3.16 (news23), 3.16 an optional row of its own,
# and the literal dollar reading 2.49 USD optional (decided: the ratio is printed as dollars per dollar, so an extractor
# keeping "$" is not punished). Price moves "fell 15.6 cents for every $100 invested" (10-year) and "62.5 cents" (30-year)
# -> optional (news20: a bond's price move in a yield wrap restates the yield move), each as -0.156 / -0.625 in points and
# in USD per $100. Yields: 10-year "leveled off at 1.65 percent, compared with 1.63 percent late Tuesday" -> key 1.65 with
# prior 1.63 (1.63 late Tuesday also an optional row, besides the key pre-auction 1.63); 30-year "rose to 2.75 percent
# from 2.72 percent" key with prior; two-year 0.28 from 0.27 and three-month bill 0.11 from 0.10 key with priors; the
# earlier levels optional rows. Not labelled: "previous six auctions" (a count of auctions).
T10 = "10-year Treasury note|10-year Treasury|10-year note|U.S. 10-year Treasury|10-year Treasury yield"
AUC = "10-year Treasury notes|10-year Treasury auction|U.S. Treasury|Treasury Department|10-year Treasury|10-year note"
T30 = "30-year bond|30-year Treasury bond|30-year Treasury|U.S. 30-year Treasury"
T2 = "two-year note|2-year note|two-year Treasury|2-year Treasury"
B3 = "three-month bill|3-month bill|three-month Treasury bill|3-month Treasury bill"
Y = "bond_yield|yield|treasury_yield"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
PX = "bond_price_change|price_change"
G["en11"] = ([
    m("auction_size|bond_sale|amount_sold|debt_sold", 24e9, "USD", AUC),
    m("auction_yield|high_yield|yield|bond_yield", 1.68, "%", AUC),
    m(Y + "|pre_auction_yield", 1.63, "%", T10, basis="trading level prior to the auction"),
    m(BTC, 2.49, "x", AUC, prior=3.16, basis="printed '$2.49 in bids for every $1 on offer'"),
    m(BTC, 2.49, "USD", AUC, opt=True, basis="literal dollars of bids per $1 on offer"),
    m(BTC + "|average_bid_to_cover", 3.16, "x", AUC, opt=True, basis="average of the previous six auctions"),
    m(PX, -0.156, "points", T10, opt=True, basis="15.6 cents for every $100 invested"),
    m(PX, -0.156, "USD", T10, opt=True, basis="per $100 invested"),
    m(Y, 1.65, "%", T10, prior=1.63, basis="leveled off after the auction"),
    m(Y, 1.63, "%", T10, opt=True, basis="late Tuesday"),
    m(PX, -0.625, "points", T30, opt=True, basis="62.5 cents for every $100 invested"),
    m(PX, -0.625, "USD", T30, opt=True, basis="per $100 invested"),
    m(Y, 2.75, "%", T30, prior=2.72),
    m(Y, 2.72, "%", T30, opt=True, basis="Tuesday"),
    m(Y, 0.28, "%", T2, prior=0.27),
    m(Y, 0.27, "%", T2, opt=True),
    m(Y, 0.11, "%", B3, prior=0.10),
    m(Y, 0.10, "%", B3, opt=True),
], [])

# ---------------------------------------------------------------- en12 24/7 Wall St. analyst round-up (page 3): Merrill reiterates Shire, Credit Suisse downgrades Sony and Time Warner, Stifel downgrades Supernus and TSS, Jefferies maintains Supernus, Merrill reinstates TreeHouse with $68; Shire upside, close and consensus target, Supernus fall, TreeHouse close, Vornado's stake (24/7 Wall St., 2017 page; no year printed in the entries)
# A round-up of several rating changes on US stocks; the stored page is the third page of the article, with the
# article's headline (its names are the whole round-up's, most of them on other pages) kept; the passage stops before the
# half-stored RBC initiation entry ("...Allscripts Healthcare S"). No period is needed (all market data). Rating actions
# (dev corpus, news29 batch a): "reiterated as Buy at Merrill Lynch" -> reiterate buy, no target (the target is not
# printed, only its "about 50% upside"); "downgraded to Neutral from Outperform at Credit Suisse" (Sony, Time Warner) and
# "downgraded to Hold from Buy at Stifel" (Supernus, Total System Services) -> downgrades with prior ratings; "Jefferies
# maintained its Buy rating" -> maintain buy (key: an entry of the round-up); "reinstated as Neutral at Merrill Lynch,
# and the $68 price objective" -> initiate neutral with 68 USD (dev corpus: reinstated = initiate). Metrics: Shire's
# "about 50% upside" to Merrill's target -> key upside row (news28 batch a); Shire's $155.66 close and "consensus
# target price of about $226" -> key (consensus targets are metrics, dev corpus en19); Supernus "decline more than 5%"
# -> key -5 %; TreeHouse's "$67.29 closing price from the prior day" -> key; Vornado's "33% stake" in Toys "R" Us -> key
# ownership row; "written down its investment to zero" -> optional 0 USD row. Merrill's no-value remark on Vornado is not
# a rating action. Not labelled: 2005, 2019, weekdays, Chapter 11.
SHP = "Shire|Shire PLC|SHPG|Shire plc"
ML = "Merrill Lynch|BofA Merrill Lynch|Bank of America Merrill Lynch|Merrill"
CS = "Credit Suisse"
SUP = "Supernus Pharmaceuticals|Supernus|SUPN|Supernus Pharmaceuticals Inc."
G["en12"] = ([
    m("upside|implied_upside|upside_potential|target_upside", 50, "%", SHP, basis="about, Merrill Lynch overseas target"),
    m("price|share_price|closing_price", 155.66, "USD", SHP, basis="close on Monday"),
    m("consensus_target_price|target_price|consensus_price_target", 226, "USD", SHP, basis="about, consensus"),
    m("price_change|share_price_change|stock_price_change", -5, "%", SUP, basis="more than"),
    m("price|share_price|closing_price", 67.29, "USD", "TreeHouse Foods|TreeHouse|THS|TreeHouse Foods Inc.",
      basis="prior day's close"),
    m("stake|ownership_stake|equity_stake", 33, "%", "Vornado Realty Trust|Vornado|VNO",
      basis="stake in Toys R Us since 2005 leveraged buyout"),
    m("investment_value|carrying_value|investment", 0, "USD", "Vornado Realty Trust|Vornado|VNO", opt=True,
      basis="Toys R Us investment written down to zero"),
], [
    ra(ML, SHP, "reiterate", "buy"),
    ra(CS, "Sony|Sony Corp.|Sony Corp|SNE", "downgrade", "neutral", "outperform"),
    ra("Stifel|Stifel Nicolaus", SUP, "downgrade", "hold", "buy"),
    ra("Jefferies", SUP, "maintain", "buy"),
    ra(CS, "Time Warner|Time Warner Inc.|TWX", "downgrade", "neutral", "outperform"),
    ra("Stifel|Stifel Nicolaus", "Total System Services|Total System Services Inc.|TSS|TSYS", "downgrade", "hold", "buy"),
    ra(ML, "TreeHouse Foods|TreeHouse|THS|TreeHouse Foods Inc.", "initiate", "neutral", target=68, cur="USD"),
])
