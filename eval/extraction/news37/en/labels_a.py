# Hand-written gold labels for news37/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news36/en/README.md (values fully
# scaled ("$11.9 billion" -> 11.9e9, "Rs 10,431 crore" -> 1.0431e11 INR, "6,16,171" -> 616171, "3,9 billion euros"
# -> 3.9e9 with the decimal comma read as a decimal point, "107 billion cubic feet (bcf)" -> 107e9 cubic feet, "2.610
# trillion cubic feet" -> 2.610e12), declines and falls negative ("tumbled by 0.9 percent" -> -0.9, "cut its net debt by
# 4,6%" -> -4.6, "down 18 per cent year-to-date" -> -18), currency codes ("$" on US pages -> USD, "euros" / "€" -> EUR,
# "Rs" -> INR, "SFr" -> CHF, "DKr" -> DKK), ranges as rng (guidance "$47.4 billion - $48.2 bln", "$8-8.5 billion",
# "$400m-$500m"), a same-sentence "X from Y" / "X after Y" / "X, against Y" / "X compared with Y" value of the same
# quantity is the prior and the earlier reading also an optional row with its own period where the text names it
# (news30 batch b, news36), a second earlier reading in the same sentence ("and 25.6 per cent in the year-ago quarter",
# "and an all-time monthly high of 95.4 bcfd in November") a key row of its own (news35 batch b, news36 batch b), a
# revised previous-month reading key with its first-reported value as prior and that value an optional row (news20,
# news23), consensus and poll figures key (news23), periods only where the text states or clearly implies the year
# (news24; a point-in-time figure takes its month, "September 30, 2017" -> 2017-09), market moves and levels no period,
# repeats optional, index levels in points, brokers' targets and ratings only in rating actions (a rating change with a
# target change is upgrade with both targets), ratings normalised lower-case).

# ---------------------------------------------------------------- en01 Centene third quarter of 2017 (Reuters BRIEF): EPS $1.16, adjusted EPS $1.35, revenue $11.9 billion against $11.78 billion expected, EPS view $1.25, HBR 88.0% against 87.0%, managed care membership 12.3 million (+874,900, +8%), FY2017 guidance (revenue $47.4-48.2 bln, GAAP diluted EPS $4.04-4.18, adjusted diluted EPS $4.86-5.04, HBR 87-87.4 percent), CSR impact $0.07-0.12 per share, FY2017 views EPS $4.95 and revenue $47.24 billion (uk.reuters.com, October 2017; USD)
# A US health insurer's quarterly results as a Reuters BRIEF bullet list. The headline, the date line and the "Oct 24
# (Reuters) - Centene Corp:" opener are kept; the byline ("Reuters Staff"), reading-time tag and the closing "Source text
# for Eikon: Further company coverage:" were dropped as page furniture. Notation kept: "i/b/e/s" and "I/B/E/S", "hbr",
# "fy", "Fy2017", "gaap", "csr", "$47.4 billion - $48.2 bln", "$4.86-$5.04", "87 percent to 87.4 percent", the lower-case
# "corporation". Periods: "Q3 2017" -> 2017Q3 for the quarter's rows; "Q3 of 2016" -> 2016Q3; the membership "at
# September 30, 2017" is a point-in-time figure -> 2017-09 (its change and growth rows too); "fy 2017" / "Fy2017" ->
# FY2017; "the 2017 health benefits ratio" and "2017 earnings" -> 2017. Decided: the headline EPS and the third bullet's
# "Earnings per share for Q3 stood at $1.16" repeat the reported EPS -> one key GAAP row, the two repeats optional. The
# "Q3 earnings per share view $1.25" is a key consensus row (no basis printed). "88.0% for Q3 of 2017, against 87.0% in Q3
# of 2016" -> key HBR with prior 87.0 and an optional 2016Q3 row (the medical cost ratio's names as alternatives).
# Membership: level key (count noun "members"), "+874,900 members" key, "or 8%" key growth. Guidance: four key ranges, no
# prior (no earlier range printed; "updates" only). "Expect lack of csr payments to have a $0.07 - $0.12 per diluted
# share impact on 2017 earnings" -> a key range, signed negative (-0.12 to -0.07): the missing payments reduce earnings
# (declines negative). The two FY2017 I/B/E/S views are key consensus rows. Not labelled: the date, "Q3" labels.
CN = "Centene|Centene Corp|Centene Corp.|Centene Corporation|CNC"
Q3, Q3P = "2017Q3", "2016Q3"
HBR = "health_benefits_ratio|hbr|medical_cost_ratio|medical_loss_ratio|medical_care_ratio|mlr"
EPS = "eps|diluted_eps|earnings_per_share"
G["en01"] = ([
    m(EPS, 1.16, "USD", CN, Q3, basis="GAAP"),
    m(EPS, 1.16, "USD", CN, Q3, opt=True, basis="headline repeat"),
    m(EPS, 1.16, "USD", CN, Q3, opt=True, basis="repeat"),
    m(EPS + "|adjusted_eps", 1.35, "USD", CN, Q3, basis="adjusted"),
    m("revenue|total_revenues|revenues", 11.9e9, "USD", CN, Q3),
    m("revenue_consensus|revenue_estimate", 11.78e9, "USD", CN, Q3, basis="Thomson Reuters I/B/E/S view"),
    m("eps_consensus|eps_estimate", 1.25, "USD", CN, Q3, basis="Thomson Reuters I/B/E/S view"),
    m(HBR, 88.0, "%", CN, Q3, prior=87.0),
    m(HBR, 87.0, "%", CN, Q3P, opt=True),
    m("membership|managed_care_membership|members", 12.3e6, "members", CN, "2017-09", basis="at September 30, 2017"),
    m("membership_change|membership_increase|net_new_members|membership_growth", 874900, "members", CN, "2017-09",
      basis="compared to Q3 of 2016"),
    m("membership_growth|membership_change", 8, "%", CN, "2017-09", basis="compared to Q3 of 2016"),
    m("guidance_revenue|revenue_guidance|guidance_total_revenues", None, "USD", CN, "FY2017", rng=(47.4e9, 48.2e9)),
    m("guidance_eps|eps_guidance", None, "USD", CN, "FY2017", rng=(4.04, 4.18), basis="GAAP diluted"),
    m("guidance_eps|eps_guidance|guidance_adjusted_eps", None, "USD", CN, "FY2017", rng=(4.86, 5.04),
      basis="adjusted diluted"),
    m("guidance_health_benefits_ratio|health_benefits_ratio_guidance|guidance_hbr|guidance_medical_cost_ratio", None,
      "%", CN, "2017", rng=(87, 87.4)),
    m("eps_impact|guidance_eps_impact|csr_impact|earnings_impact", None, "USD", CN, "2017", rng=(-0.12, -0.07),
      basis="lack of csr payments, per diluted share"),
    m("eps_consensus|eps_estimate", 4.95, "USD", CN, "FY2017", basis="Thomson Reuters I/B/E/S view"),
    m("revenue_consensus|revenue_estimate", 47.24e9, "USD", CN, "FY2017", basis="Thomson Reuters I/B/E/S view"),
], [])

# ---------------------------------------------------------------- en02 Enel first half: net profit excluding exceptional items 3,9 billion euros (+20,6%), turnover -17,8% to 38,7 billion euros, confirmed targets (net profit 6,6-6,8 billion, Ebitda 22,1-22,8 billion), dividend above the 0,43 euro minimum, Ebitda +8,8% to 11,7 billion, net debt -4,6% to 57,4 billion (55 billion with pending asset sales), 21 billion euros of planned asset sales, 49,99% of EGPE Solar to Masdar for 817 million euros (EV 1,7 billion), renewables 69,9% / thermal 17,4% / nuclear 12,7% (batinfo.com, a 2024 page; EUR)
# An Italian company's half-year results in euros with EBITDA, net debt and dividend. The stored text starts with the
# ordinary net profit sentence and has no headline (none added; the address slug is not page text). Whole as stored.
# Notation kept: the decimal commas ("3,9 billion", "20,6%", "17,8%", "6,6 to 6,8", "22,1 and 22,8", "0,43 euros",
# "8,8%", "4,6%", "57,4", "49,99%", "1,7 billion", "69,9%", "17,4%", "12,7%"), the mixed quotation marks ("falling
# prices" and "decrease ... markets” as printed), "M . Cattaneo", and the page's "it increases to 55 billion" for a
# debt figure that falls once disposals are counted. Quotes kept verbatim. Decimal commas are read as decimal points
# (3,9 billion -> 3.9e9; 49,99% -> 49.99). Periods: no year is printed for the half (only the "2023-2025 strategic plan"
# span), so no row has a period; "first half" / "half-year" go in the basis, "this year" for the confirmed objectives.
# Decided: "net profit ... excluding exceptional items ... up 20,6%" -> key level and growth (basis "excluding
# exceptional items", net ordinary income as an alternative). "Turnover fell by 17,8% to 38,7 billion" -> key revenue
# and -17.8. Targets "6,6 to 6,8 billion" and "between 22,1 and 22,8 billion" -> key ranges (confirmed, no earlier range
# -> no prior). "A dividend higher than the minimum set at 0,43 euros per share" -> key minimum dividend per share.
# "Ebitda ... increased by 8,8% to 11,7 billion" -> key level and growth. "Net debt was reduced by 4,6% to 57,4 billion"
# -> key level and key -4.6 %; the 55 billion pro-forma figure "if we take into account the asset sales" is a key row of
# its own (basis says pro forma; labelled by its printed value, the page's "increases" wording noted in the basis). The
# plan's "asset sales of 21 billion euros" -> key target (span in basis). Masdar deal: "49,99% of EGPE Solar" -> key stake
# sold on EGPE Solar, "817 million euros" -> key transaction value, "enterprise value ... 1,7 billion" -> key. The
# production mix (69,9 % renewable, 17,4 % thermal, 12,7 % nuclear) -> three key share rows on Enel, source in basis.
# Not labelled: 2023-2025 (a plan's years).
EN = "Enel|Enel S.p.A.|Enel SpA|Enel Group|ENEL"
EG = "EGPE Solar|Enel Green Power Espana Solar|Endesa|Enel"
OH = "first half"
G["en02"] = ([
    m("net_profit|net_ordinary_income|net_income|adjusted_net_profit", 3.9e9, "EUR", EN,
      basis="excluding exceptional items; " + OH),
    m("net_profit_growth|net_ordinary_income_growth|net_income_growth", 20.6, "%", EN,
      basis="excluding exceptional items; " + OH),
    m("revenue|turnover|revenues|sales", 38.7e9, "EUR", EN, basis=OH),
    m("revenue_growth|turnover_growth|sales_growth", -17.8, "%", EN, basis=OH),
    m("guidance_net_profit|net_profit_guidance|guidance_net_ordinary_income|net_profit_target", None, "EUR", EN,
      rng=(6.6e9, 6.8e9), basis="excluding exceptionals; this year, confirmed"),
    m("guidance_ebitda|ebitda_guidance|ebitda_target", None, "EUR", EN, rng=(22.1e9, 22.8e9),
      basis="excluding exceptionals; this year, confirmed"),
    m("minimum_dividend|dividend_floor|dps|dividend_per_share|dividend", 0.43, "EUR", EN,
      basis="minimum per share; dividend intended to be higher"),
    m("ebitda|ordinary_ebitda|adjusted_ebitda", 11.7e9, "EUR", EN, basis="excluding exceptional items; " + OH),
    m("ebitda_growth|ordinary_ebitda_growth", 8.8, "%", EN, basis="excluding exceptional items; " + OH),
    m("net_debt", 57.4e9, "EUR", EN, basis="after the half-year"),
    m("net_debt_change|net_debt_growth|net_debt_reduction", -4.6, "%", EN, basis="over the half-year"),
    m("net_debt|pro_forma_net_debt", 55e9, "EUR", EN,
      basis="pro forma for asset sales being finalized (printed 'increases to')"),
    m("asset_sales_target|planned_asset_sales|disposals_target|asset_sales", 21e9, "EUR", EN,
      basis="2023-2025 strategic plan"),
    m("stake_sold|stake|divested_stake", 49.99, "%", EG, basis="sold to Masdar"),
    m("deal_value|transaction_value|sale_price", 817e6, "EUR", EG + "|Masdar", basis="sale of 49,99% to Masdar"),
    m("enterprise_value|valuation", 1.7e9, "EUR", EG),
    m("renewable_share|generation_share|production_share|share", 69.9, "%", EN, basis="renewable share of production"),
    m("thermal_share|generation_share|production_share|share", 17.4, "%", EN, basis="thermal share of production"),
    m("nuclear_share|generation_share|production_share|share", 12.7, "%", EN, basis="nuclear share of production"),
], [])

# ---------------------------------------------------------------- en03 US import and export prices for June: import prices -0.9% (May revised to unchanged from -0.3%, forecast -0.7%), fuel imports -6.5% after +2.3%, ex-fuel -0.3%, export prices -0.7% after -0.2% (forecast -0.2%), non-agricultural exports -1.1%, agricultural exports +2.7%, import prices -2.0% y/y, export prices -1.6% y/y (dpa-AFX via finanznachrichten.de, July 2019; rates in %)
# A US import prices release with a revision and economists' forecasts. The stored page has no headline (the
# "WASHINGTON (dpa-AFX) -" dateline opens it); none was added. Whole as stored. Kept as printed: the missing full stop
# at the end of the ex-fuel sentence, "August of 2016", "year-over-year". Periods: no year is printed for June or May
# ("the largest annual drop since August of 2016" does not name the current year), so no row has a period; the month
# goes in the basis (news24). Decided: "tumbled by 0.9 percent in June, while revised data showed prices were unchanged
# in May" -> June key with no prior (not a "from"/"after" construction: the revision is its own clause); May's revised
# reading a key 0 % row with its first-reported -0.3 as prior ("compared to the 0.3 percent decrease originally
# reported"), the -0.3 also an optional row (news23's revision rule). "Had been expected to drop by 0.7 percent" -> key
# consensus -0.7. "A 6.5 percent nosedive in prices for fuel imports, which jumped by 2.3 percent in May" -> key -6.5
# with prior 2.3 and an optional May row (a same-sentence earlier reading, like "after"). "Excluding fuel imports,
# import prices fell by 0.3 percent for the second consecutive month" -> key -0.3 (the implied May figure not labelled:
# no number printed for it). Exports: "slumped by 0.7 percent in June after dipping by 0.2 percent in May" -> key -0.7
# with prior -0.2 and an optional May row; "economists had expected another 0.2 percent drop" -> key consensus -0.2.
# Non-agricultural -1.1 and agricultural +2.7 -> key on their export groups. Year-on-year: imports -2.0 and exports -1.6
# -> key. Not labelled: "August of 2016" (a date), "second consecutive month" (a count of months).
US = "United States|U.S.|US|U.S. economy|USA"
IMP = "import_prices_mom|import_price_change|import_prices|import_price_index_change"
EXP = "export_prices_mom|export_price_change|export_prices|export_price_index_change"
FUEL = "U.S. fuel imports|fuel imports|fuel import prices|" + US
G["en03"] = ([
    m(IMP, -0.9, "%", US, basis="June, m/m"),
    m(IMP, 0, "%", US, prior=-0.3, basis="May, revised (unchanged)"),
    m(IMP, -0.3, "%", US, opt=True, basis="May, originally reported"),
    m("import_prices_consensus|import_prices_forecast|import_price_change_consensus|import_prices_estimate", -0.7, "%",
      US, basis="June, expected"),
    m("fuel_import_prices_change|fuel_import_price_change|import_prices|fuel_prices", -6.5, "%", FUEL, prior=2.3,
      basis="June"),
    m("fuel_import_prices_change|fuel_import_price_change|import_prices|fuel_prices", 2.3, "%", FUEL, opt=True,
      basis="May"),
    m("import_prices_ex_fuel|nonfuel_import_price_change|import_price_change|import_prices", -0.3, "%",
      "U.S. non-fuel imports|imports excluding fuel|import prices excluding fuel|" + US,
      basis="June, excluding fuel imports; second consecutive month"),
    m(EXP, -0.7, "%", US, prior=-0.2, basis="June, m/m"),
    m(EXP, -0.2, "%", US, opt=True, basis="May"),
    m("export_prices_consensus|export_prices_forecast|export_price_change_consensus|export_prices_estimate", -0.2, "%",
      US, basis="June, expected (another 0.2 percent drop)"),
    m("nonagricultural_export_prices_change|export_price_change|export_prices", -1.1, "%",
      "U.S. non-agricultural exports|non-agricultural exports|" + US, basis="June"),
    m("agricultural_export_prices_change|export_price_change|export_prices", 2.7, "%",
      "U.S. agricultural exports|agricultural exports|" + US, basis="June"),
    m("import_prices_yoy|import_price_change|import_prices", -2.0, "%", US, basis="June, year-on-year"),
    m("export_prices_yoy|export_price_change|export_prices", -1.6, "%", US, basis="June, year-over-year"),
], [])

# ---------------------------------------------------------------- en04 US natural gas before the weekly storage report: 107 bcf expected build (110 bcf a year ago, 93 bcf five-year average), stockpiles 2.610 tcf, 19.2% above the 2.189 tcf average, July futures unchanged at $1.882 per mmBtu (+9% on the June expiry), balance-of-2020 and calendar-2021 strips 20% and 41% over, Lower 48 output 89.3 bcfd in May (92.9 in April, record 95.4 in November), demand projection 78.4 from 78.5 bcfd, LNG exports 6.5 bcfd (8.1 in April, record 8.7 in February) (Reuters via the Financial Post, May 2020; USD, cubic feet)
# A natural gas market story with the price per mmBtu, storage and flows. The stored text has no headline (none added;
# the crawler date tag was dropped); the passage stops before the page's storage table ("Week ended Week ended Year ago
# Five-year ..."), a table of figures with no prose; the cut is at a sentence boundary. The stored page's broken lines
# were joined and the stray space before ", U.S. LNG exports" dropped. Kept as printed: "(bcf)", "(tcf)", "(bcfd)",
# "five-year (2015-19)", "7:58 a.m. EDT (1158 GMT)". Units: volumes are scaled to cubic feet ("107 billion cubic feet
# (bcf)" -> 107e9, "2.610 trillion cubic feet (tcf)" -> 2.610e12), daily rates in cubic feet with "per day" in the basis
# ("89.3 billion cubic feet per day (bcfd)" -> 89.3e9); the gas price is USD with "per million British thermal units" in
# the basis. Periods: "futures for the balance of 2020 and calendar 2021" makes the current year 2020, so the monthly
# output and LNG figures are dated ("so far in May" 2020-05, "April" 2020-04, "February" 2020-02, the all-time high "in
# November" before it 2019-11); the storage week ("week ended May 22") and the market price and moves carry no period
# (weekly and market rows; the week in the basis). Decided: the analysts' 107 bcf is a key forecast build; "That
# compares with an increase of 110 bcf during the same week last year and a five-year (2015-19) average build of 93 bcf"
# stands in a sentence of its own -> two key rows, no prior. "Would bring stockpiles to 2.610 tcf, 19.2% above the
# five-year average of 2.189 tcf" -> key forecast level, key % gap and key five-year average. The July contract
# "remained unchanged at $1.882" -> key price; the unchanged move and "flat with where it closed" -> one optional 0 %
# change; "up about 9% from where the June contract expired" -> key +9 %. Strips "about 20% and 41% over the
# front-month" -> two key premium rows. Output "fell to 89.3 bcfd ... down from an eight-month low of 92.9 bcfd in April
# and an all-time monthly high of 95.4 bcfd in November" -> key May with prior 92.9 and an optional April row; the
# November high (the sentence's second comparison) a key row of its own (news36 batch b). Demand projections "to 78.4
# bcfd from 78.5 bcfd on Wednesday" -> key with prior, the old projection optional. LNG exports "6.5 bcfd ... down from a
# four-month low of 8.1 bcfd in April and a record 8.7 bcfd in February" -> key May with prior 8.1 and an optional April
# row, the February record key. Not labelled: the time of day, "eight-month", "four-month", "five-year", "2015-19",
# "next two weeks".
NG = "U.S. natural gas|US natural gas|natural gas|U.S. natural gas futures|NYMEX natural gas|gas"
FUT = "U.S. natural gas futures|natural gas futures|July natural gas futures|NYMEX natural gas|" + NG
L48 = "U.S. Lower 48|Lower 48|U.S. Lower 48 states|U.S. natural gas output|" + NG
LNG = "U.S. LNG exports|US LNG exports|LNG exports|U.S. LNG|" + NG
CF = "cubic feet"
PROD = "gas_output|production|natural_gas_production|output|average_output"
LX = "lng_exports|exports|lng_export_volume"
G["en04"] = ([
    m("storage_injection_forecast|storage_build_forecast|storage_change_forecast|injection_estimate|storage_injection",
      107e9, CF, NG, basis="week ended May 22; analysts' estimate"),
    m("storage_injection|storage_build|storage_change", 110e9, CF, NG, basis="same week last year"),
    m("storage_injection_five_year_average|five_year_average_build|storage_build|storage_injection", 93e9, CF, NG,
      basis="five-year (2015-19) average build for the week"),
    m("storage_level_forecast|stockpiles|inventories|storage_level|working_gas_in_storage", 2.610e12, CF, NG,
      basis="if the estimate is correct"),
    m("storage_vs_five_year_average|inventories_vs_five_year_average|storage_surplus|stockpiles_vs_average", 19.2, "%",
      NG, basis="above the five-year average"),
    m("five_year_average_storage|stockpiles_five_year_average|inventories|storage_level", 2.189e12, CF, NG,
      basis="five-year average for this time of year"),
    m("price|futures_price|front_month_price", 1.882, "USD", FUT,
      basis="July contract, per million British thermal units, 7:58 a.m. EDT"),
    m("price_change|futures_price_change", 0, "%", FUT, opt=True, basis="unchanged; flat with the prior close"),
    m("price_change|futures_price_change", 9, "%", FUT, basis="about; from the June contract's expiry"),
    m("forward_premium|futures_premium|price_premium|strip_premium", 20, "%", "balance of 2020 futures|" + FUT,
      basis="about; over the front-month"),
    m("forward_premium|futures_premium|price_premium|strip_premium", 41, "%", "calendar 2021 futures|" + FUT,
      basis="about; over the front-month"),
    m(PROD, 89.3e9, CF, L48, "2020-05", prior=92.9e9, basis="per day; so far in May; Refinitiv"),
    m(PROD, 92.9e9, CF, L48, "2020-04", opt=True, basis="per day; eight-month low"),
    m(PROD, 95.4e9, CF, L48, "2019-11", basis="per day; all-time monthly high"),
    m("demand_forecast|demand_projection|gas_demand|demand", 78.4e9, CF, NG, prior=78.5e9,
      basis="per day; next two weeks, including exports; Refinitiv"),
    m("demand_forecast|demand_projection|gas_demand|demand", 78.5e9, CF, NG, opt=True,
      basis="per day; Wednesday's projection"),
    m(LX, 6.5e9, CF, LNG, "2020-05", prior=8.1e9, basis="per day; average so far in May"),
    m(LX, 8.1e9, CF, LNG, "2020-04", opt=True, basis="per day; four-month low"),
    m(LX, 8.7e9, CF, LNG, "2020-02", basis="per day; record"),
], [])

# ---------------------------------------------------------------- en05 TCS September quarter: net profit Rs 10,431 crore (+8.38% YoY, from Rs 9,624 crore), revenue Rs 55,309 crore (+18.01%, from Rs 46,867 crore), CC growth 15.4%, Ebit margin 24% (23.10% in June quarter, 25.6% a year ago), TCV $8.1 billion against $8-8.5 billion expected, LTM attrition 21.5%, net headcount +9,840 to 6,16,171, second interim dividend Rs 8, close Rs 3,121.20 (+1.84%), -18% year-to-date (Business Today, October 2022; INR and USD)
# An Indian IT company's quarterly results in rupees with deal wins (TCV). The stored text has no headline (none added;
# the crawler date tag and the closing "(More to come)" were dropped). The CEO's quote is kept verbatim (curly quotes
# written straight). Notation kept: "Rs 10,431 crore", "year-on-year (YoY)", "constant currency (CC)", "Ebit", "23.10
# per cent", "total contract value (TCV)", "$8-8.5 billion", "last twelve month (LTM)", "6,16,171" (Indian digit
# grouping), "Rs 3,121.20 on BSE". Crore = 1e7 (news35). Periods: no year is printed ("September quarter", "June
# quarter", "year-to-date"), so no row has a period; the quarter goes in the basis (news24). Decided: "net profit at Rs
# 10,431 crore ... compared with Rs 9,624 crore in the corresponding quarter last year" -> key level with prior and an
# optional year-ago row; "rose 18.01 per cent YoY to Rs 55,309 crore from Rs 46,867 crore" -> key level with prior,
# optional year-ago row, key growth; constant-currency growth 15.4 key (basis). "Ebit margin ... 24 per cent against
# 23.10 per cent in June quarter and 25.6 per cent in the year-ago quarter" -> key 24 with prior 23.10 and an optional
# June-quarter row; the year-ago 25.6 (the second comparison) a key row of its own (news36 batch b). TCV $8.1 billion
# key; "analysts were largely expecting a TCV of $8-8.5 billion" -> key consensus range (the low end takes the scale of
# the high end). Attrition 21.5 % key; "net headcount addition of 9,840 ... taking the workforce strength to 6,16,171"
# -> change and level key ("employees"). "Second interim dividend of Rs 8 per share" key. Close Rs 3,121.20 and +1.84 %
# key; "down 18 per cent year-to-date" key -18 (basis). Not labelled: "last twelve month", "Monday".
TC = "TCS|Tata Consultancy Services|Tata Consultancy Services Ltd|Tata Consultancy Services Limited|TCS.NS|TCS.BO|532540"
SQ, JQ, YQ = "September quarter", "June quarter", "corresponding quarter last year"
NP = "net_profit|net_income|consolidated_net_profit"
REV = "revenue|revenue_from_operations|revenues|sales"
EM = "ebit_margin|operating_margin|ebit_margin_pct"
G["en05"] = ([
    m(NP, 10431e7, "INR", TC, prior=9624e7, basis=SQ),
    m(NP, 9624e7, "INR", TC, opt=True, basis=YQ),
    m("net_profit_growth|net_income_growth", 8.38, "%", TC, basis="yoy; " + SQ),
    m(REV, 55309e7, "INR", TC, prior=46867e7, basis=SQ),
    m(REV, 46867e7, "INR", TC, opt=True, basis="same quarter last year"),
    m("revenue_growth|sales_growth", 18.01, "%", TC, basis="yoy; " + SQ),
    m("revenue_growth_cc|constant_currency_revenue_growth|cc_revenue_growth|revenue_growth", 15.4, "%", TC,
      basis="constant currency, yoy"),
    m(EM, 24, "%", TC, prior=23.10, basis=SQ),
    m(EM, 23.10, "%", TC, opt=True, basis=JQ),
    m(EM, 25.6, "%", TC, basis="year-ago quarter"),
    m("tcv|total_contract_value|deal_wins|order_book|deal_tcv", 8.1e9, "USD", TC, basis=SQ),
    m("tcv_consensus|tcv_estimate|total_contract_value_estimate|total_contract_value_consensus", None, "USD", TC,
      rng=(8e9, 8.5e9), basis="analysts' expectation"),
    m("attrition_rate|attrition|it_services_attrition", 21.5, "%", TC, basis="LTM, IT services"),
    m("net_headcount_addition|net_hires|headcount_change|net_addition", 9840, "employees", TC, basis=SQ),
    m("headcount|employees|workforce|total_employees", 616171, "employees", TC, basis="workforce strength"),
    m("interim_dividend|dividend|dps|dividend_per_share", 8, "INR", TC, basis="second interim, per share"),
    m("price|close_price|share_price", 3121.20, "INR", TC, basis="BSE close, Monday"),
    m("price_change|share_price_change", 1.84, "%", TC, basis="Monday"),
    m("price_change_ytd|ytd_change|price_change|share_price_change", -18, "%", TC, basis="year-to-date"),
], [])

# ---------------------------------------------------------------- en06 Morgan Stanley upgrades Metro to overweight from neutral, target €33 from €23, Metro +10.3% to €27.34; the European close around it: Xetra Dax +0.7% to 8,530.89, Carrefour +4.7% to €24.42 on its 25% MAF stake sale ($400m-$500m), CAC 40 +0.4% to 4,051.11, FTSE Eurofirst 300 +0.2% to 1,256.28, Merck +3.4% to €123.50, Roche +3% to SFr258.5, SMI +1.1% to 8,407.61, Carnegie upgrades Danske Bank to buy from hold (+3.2% to DKr106.30), Terna -3.4% to €3.36 on UniCredit's 5.4% placement at €3.35 (Financial Times, May 2013; EUR, CHF, DKK, USD)
# A broker's upgrade of a European stock with target, rating and the stock's move, inside the FT's European market
# report. The stored text has no headline (none added); the closing "Get alerts on" (page furniture) was dropped. Whole
# otherwise. The Morgan Stanley quote is kept verbatim. Notation kept: "€23 to €33 a share", "10.3 per cent",
# "$400m-$500m", "SFr258.5", "DKr106.30", "8,407.61" (with the page's missing full stop after it), "Xetra Dax", "FTSE
# Eurofirst 300". Periods: no year is printed ("Tuesday"), and market moves carry none. Rating actions: "upgraded their
# rating from "neutral" to "overweight" and moved their price target on the shares from €23 to €33" -> upgrade,
# overweight from neutral, target 33 from 23 EUR; "raised its outlook on the shares from "hold" to "buy"" (Carnegie on
# Danske Bank, no target) -> upgrade, buy from hold. Metrics: every stock's % move and price and every index's % move and
# level are key (closing prices in the stock's currency: € -> EUR, SFr -> CHF, DKr -> DKK; index levels in points).
# Carrefour: "its 25 per cent stake in Majid Al Futtaim" (the stake to be divested) -> key on Carrefour/MAF; "expected to
# pocket $400m-$500m" -> key proceeds range in USD. Terna: "UniCredit sold a 5.4 per cent stake in the group" -> key
# stake sold on Terna (UniCredit as alternative); "placed at €3.35 per share" -> key placement price. Not labelled:
# "for the first time in nearly a decade" (a span), "Tuesday", "40"/"300" inside index names.
MET = "Metro|Metro AG|METRO|MEO|MEOG"
DAX = "Xetra Dax|DAX|Dax|Frankfurt's Xetra Dax|DAX 30"
CAC = "CAC 40|CAC|Paris CAC 40|Paris CAC 40 index"
EF = "FTSE Eurofirst 300|Eurofirst 300|Eurofirst|FTSEurofirst 300"
SMI = "Swiss SMI|SMI|Swiss Market Index|SMI index"
CA = "Carrefour|Carrefour SA"
MK = "Merck|Merck KGaA|Frankfurt-listed Merck"
RO = "Roche|Roche Holding"
DB = "Danske Bank|Danske|Danske Bank A/S"
TE = "Terna|Terna SpA|Terna S.p.A."
PC, PR = "price_change|share_price_change", "price|share_price|close_price"
IC, IL = "index_change|price_change", "index_level|index_close|level"
G["en06"] = ([
    m(PC, 10.3, "%", MET),
    m(PR, 27.34, "EUR", MET),
    m(IC, 0.7, "%", DAX),
    m(IL, 8530.89, "points", DAX),
    m("stake|stake_to_divest|stake_sold|divested_stake", 25, "%", CA + "|Majid Al Futtaim|MAF",
      basis="stake in Majid Al Futtaim, in advanced talks to divest"),
    m("expected_proceeds|proceeds|deal_value|sale_proceeds", None, "USD", CA + "|Majid Al Futtaim|MAF",
      rng=(400e6, 500e6), basis="from the owners of MAF; Reuters, citing sources"),
    m(PC, 4.7, "%", CA),
    m(PR, 24.42, "EUR", CA),
    m(IC, 0.4, "%", CAC),
    m(IL, 4051.11, "points", CAC),
    m(IC, 0.2, "%", EF),
    m(IL, 1256.28, "points", EF),
    m(PC, 3.4, "%", MK),
    m(PR, 123.50, "EUR", MK),
    m(PC, 3, "%", RO),
    m(PR, 258.5, "CHF", RO),
    m(IC, 1.1, "%", SMI),
    m(IL, 8407.61, "points", SMI),
    m(PC, 3.2, "%", DB),
    m(PR, 106.30, "DKK", DB),
    m(PC, -3.4, "%", TE),
    m(PR, 3.36, "EUR", TE),
    m("stake_sold|stake|placement_stake|divested_stake", 5.4, "%", TE + "|UniCredit", basis="sold by UniCredit in a placement"),
    m("placement_price|offer_price|price", 3.35, "EUR", TE, basis="per share, UniCredit's placement"),
], [
    ra("Morgan Stanley|MS", MET, "upgrade", "overweight", "neutral", target=33, prior_target=23, cur="EUR"),
    ra("Carnegie", DB, "upgrade", "buy", "hold"),
])
