# Hand-written gold labels for news16/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news15/en/README.md (a hedge or bound
# keeps the stated number as the value; a same-sentence earlier value is the prior, one in a sentence of its own a row
# of its own; periods only where the text states or implies the year; market-wrap levels and moves carry no period;
# share prices in results/rating passages optional; conversions and repeats optional).

# ---------------------------------------------------------------- en01 Panasonic raises fiscal 2016 forecasts on weak yen (Japan Times, Feb 2017; JPY)
# Japanese company's revised full-year forecast and nine-month results in yen. The text names the year "fiscal 2016"
# (the business year through March), so the forecasts are FY2016 as printed (news4/news7: the period follows the
# text's "fiscal"). "Compared with its earlier estimate of ¥120 billion", "to ¥265 billion from ¥245 billion", "¥7.35
# trillion, up from ¥7.2 trillion" -> revised forecasts with the old forecast as prior. The bracketed $1.1 billion is a
# conversion -> optional. The assumed dollar rate "to ¥108 from ¥103" is the forecast's exchange-rate assumption,
# decided key (an analyst tracks it with the revised forecast), in JPY per USD with prior. The nine-month April-December
# period is the first three quarters of that same business year -> FY2016Q1-Q3 (as 2025Q1-Q3 is written in earlier
# sets; FY prefix because the text says fiscal for this year); the falls are negative. "Nov. 8" and "last October" are
# dates. The headline's "2016" is the same fiscal year and carries no figure.
E = "Panasonic|Panasonic Corp.|Panasonic Corp"
F = "FY2016"
N = "FY2016Q1-Q3"
G["en01"] = ([
    m("guidance_net_profit|net_profit_forecast|net_profit_guidance", 130e9, "JPY", E, F, prior=120e9),
    m("guidance_net_profit|net_profit_forecast|net_profit_guidance", 1.1e9, "USD", E, F, opt=True),   # ($1.1 billion)
    m("guidance_operating_profit|operating_profit_forecast|operating_profit_guidance", 265e9, "JPY", E, F, prior=245e9),
    m("guidance_revenue|guidance_sales|sales_forecast|revenue_forecast", 7.35e12, "JPY", E, F, prior=7.2e12),
    m("assumed_exchange_rate|fx_assumption|exchange_rate_assumption", 108, "JPY", E + "|USD/JPY|dollar-yen", F,
      prior=103),
    m("net_profit_growth|net_income_growth", 9.5, "%", E, N, basis="yoy"),
    m("net_profit|net_income", 175.39e9, "JPY", E, N),
    m("operating_profit_growth|operating_income_growth", -24.9, "%", E, N, basis="yoy"),
    m("operating_profit|operating_income", 240.56e9, "JPY", E, N),
    m("revenue|sales", 5.35e12, "JPY", E, N),
    m("revenue_growth|sales_growth", -5.7, "%", E, N, basis="yoy"),
], [])

# ---------------------------------------------------------------- en02 NatWest third quarter (StockMarketWire, Oct 2021 by the address; no year in the text)
# UK bank's quarter: pre-tax profit, income, net interest margin, impairment provisions, ECL coverage, CET1 ratio and
# RWA guidance. The text says "third quarter" / "three months ended 30 September" with no year; its only year belongs
# to the RWA guidance date ("on 1 January 2022"). Decided: the quarter's rows carry no period (the text does not state
# the quarter's year; the corpus leaves such quarters without one, e.g. news15 en12), while the RWA guidance is dated
# "2022-01-01" (a point-in-time balance-sheet date, as earlier sets write "2025-06-30"). "More than trebled" (words) is
# 3 x (hedge keeps the number; news14 "more than five-fold" is 5 x). "Grew to £1.56 billion from £355 million" -> prior.
# "Declined by 7 basis points to 1.54%" -> NIM 1.54 % and change -7 bp. "Reduced by £0.5 billion to £4.4 billion" ->
# level and change (-0.5e9). "Decreased from 1.31% to 1.19%" -> prior. "The CET ratio" (the source's shorthand for
# CET1) "up 50 basis points to 18.7% from Q2" -> level and change (+50 bp vs Q2). The headline's "nearly £300m legal
# charge" is a rounded repeat of the £294 million charge -> optional (hedge keeps 300e6).
NW = "NatWest|Natwest|NatWest Group"
G["en02"] = ([
    m("litigation_charge|conduct_charge|litigation_and_conduct_charge", 300e6, "GBP", NW, opt=True),   # headline "nearly"
    m("operating_profit_growth", 3, "x", NW),
    m("pretax_profit|profit_before_tax", 1.56e9, "GBP", NW, prior=355e6),
    m("income_growth|revenue_growth|total_income_growth", 14.5, "%", NW),
    m("income|revenue|total_income", 2.66e9, "GBP", NW),
    m("net_interest_margin|nim", 1.54, "%", NW),
    m("net_interest_margin_change|nim_change", -7, "bp", NW),
    m("impairment_provisions|loan_loss_provisions|provisions", 4.4e9, "GBP", NW),
    m("impairment_provisions_change|provisions_change", -0.5e9, "GBP", NW),
    m("ecl_coverage_ratio|expected_credit_loss_coverage_ratio|coverage_ratio", 1.19, "%", NW, prior=1.31),
    m("litigation_charge|conduct_charge|litigation_and_conduct_charge", 294e6, "GBP", NW),
    m("cet1_ratio|cet_ratio|capital_ratio", 18.7, "%", NW),
    m("cet1_ratio_change|cet_ratio_change", 50, "bp", NW),
    m("guidance_rwa|rwa_guidance|guidance_risk_weighted_assets|risk_weighted_assets_guidance", None, "GBP", NW,
      "2022-01-01", rng=(185e9, 195e9)),
], [])

# ---------------------------------------------------------------- en03 Commodities markets summary (AAP via Sydney Morning Herald, Dec 2013 by the address; no year in the text)
# Commodities wrap: oil, gold, silver, platinum, copper settlements with moves in US$ and per cent. "$US" is USD. No
# periods (market-wrap levels and moves; "July 5", "July 10" are dates and "almost five months" / "two weeks" are
# durations, not labelled). "added four US cents" (words) is +0.04 USD; "slid 14 US cents" -0.14 USD. Each contract's
# level and move is key; delivery months are part of the entity description, not labelled. The ISM index is described
# with no figure.
WTI = "WTI|West Texas Intermediate|US crude|crude oil"
BRENT = "Brent|Brent North Sea crude|Brent crude"
GOLD = "gold|Comex gold|gold futures"
SILVER = "silver"
PLAT = "platinum"
CU = "copper|LME copper|LME three-month copper"
G["en03"] = ([
    m("price_change", 0.04, "USD", WTI), m("price|settlement_price", 92.76, "USD", WTI),
    m("price_change", -0.14, "USD", BRENT), m("price|settlement_price", 109.55, "USD", BRENT),
    m("price_change", -28.50, "USD", GOLD), m("price_change", -2.3, "%", GOLD),
    m("price|settlement_price", 1221.90, "USD", GOLD),
    m("price_change", -3.7, "%", SILVER), m("price|settlement_price", 19.289, "USD", SILVER),
    m("price_change", -1.6, "%", PLAT), m("price|settlement_price", 1346.80, "USD", PLAT),
    m("price_change", -1.1, "%", CU), m("price|close_price", 6975, "USD", CU),
], [])

# ---------------------------------------------------------------- en04 Intel narrows its third-quarter revenue range (Fox News / Reuters, Sept 2005 by the address; no year in the text)
# Tech company guidance given as ranges. No year in the text -> no periods ("last year's third quarter" names no year).
# The new revenue range $9.8-10 billion carries the July range $9.6-10.2 billion as prior range (same sentence,
# "narrowing a forecast ... that called for"); the July range is also an optional row (news3: Lyft's initial range).
# The unchanged $9.9 billion midpoint is key; "up about 16 percent from the $8.5 billion reported in last year's third
# quarter" -> the implied growth (16 %, hedge keeps the number) is key and, following the corpus rule for a same-sentence
# "up ... from Y", the $8.5 billion is the midpoint's prior; the year-ago revenue is also an optional row of its own.
# Extra taxes $225-275 million (range) and the about $6.3 billion to be repatriated are key. Gross margin: "slightly
# above 60 percent" (hedge keeps 60) and "a range of 59 percent to 61 percent" are two key rows of the new guidance;
# the earlier target ("60 percent, plus or minus a couple of points", its own sentence) is an optional row, its
# "couple of points" tolerance an optional 2 pp. "Fell just under 1 percent" after hours is the share move (key, -1,
# hedge keeps the number); the after-hours price and the closing price are optional (prices in a results passage).
INTC = "Intel|Intel Corp|INTC"
G["en04"] = ([
    m("price_change", -1, "%", INTC),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", INTC, rng=(9.8e9, 10e9), prng=(9.6e9, 10.2e9)),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", INTC, rng=(9.6e9, 10.2e9), opt=True),  # July
    m("guidance_revenue_midpoint|guidance_revenue|revenue_guidance", 9.9e9, "USD", INTC, prior=8.5e9),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth", 16, "%", INTC, basis="yoy"),
    m("revenue", 8.5e9, "USD", INTC, opt=True),                                                    # year-ago quarter
    m("additional_tax|tax_payment|additional_taxes|tax_charge", None, "USD", INTC, rng=(225e6, 275e6)),
    m("repatriation|repatriated_income|repatriation_amount", 6.3e9, "USD", INTC),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast", 60, "%", INTC),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast", None, "%", INTC, rng=(59, 61)),
    m("guidance_gross_margin|previous_guidance_gross_margin|gross_margin_target", 60, "%", INTC, opt=True),  # earlier target
    m("guidance_gross_margin_tolerance|gross_margin_range_width", 2, "pp", INTC, opt=True),        # "a couple of points"
    m("price|after_hours_price", 25.86, "USD", INTC, opt=True),
    m("price|close_price", 26.09, "USD", INTC, opt=True),
], [])

# ---------------------------------------------------------------- en05 BofA upgrades Veolia to buy, target 34 euros (Cercle Finance via 4-traders, 2024)
# One broker note in EUR: upgrade neutral -> buy with the target raised "from 29.5 to 34 euros" (prior target). The 15%
# upside is key (news6: an implied upside is a key figure). The targets BofA expects Veolia to unveil (organic growth
# 5%, average annual EBITDA growth 7% "by 2026", EPS growth +15.5%) are analyst expectations -> key `*_forecast` /
# `*_target` rows; "by 2026" is a multi-year horizon, not a reporting period -> no period (as news15 en05 treated "by
# the end of March 2017"). "February 29" and "first half of the year" are dates with no figure; the copyright year is
# not labelled. "double-digit" is restated as +15.5% (one row).
VIE = "Veolia|Veolia Environnement|Veolia Environnement SA"
G["en05"] = ([
    m("upside|upside_potential|implied_upside", 15, "%", VIE),
    m("organic_growth_forecast|organic_growth_target|organic_growth", 5, "%", VIE),
    m("ebitda_growth_forecast|ebitda_growth_target|ebitda_growth", 7, "%", VIE, basis="average annual"),
    m("eps_growth_forecast|eps_growth_target|eps_growth", 15.5, "%", VIE),
], [
    ra("Bank of America|BofA|BofA Securities", VIE, "upgrade", "buy", "neutral", target=34, prior_target=29.5, cur="EUR"),
])

# ---------------------------------------------------------------- en06 Li Auto, NIO, XPeng July deliveries (GuardInvest, 2023)
# Carmakers' monthly deliveries in units with year-on-year and month-on-month comparisons. The text states "July 2022"
# and "so far in 2023", so the reported month is 2023-07, "June" is 2023-06, and the year-to-date totals are
# 2023-01..07 (the first seven months; the month-range form of earlier sets, e.g. "2017-01..10"). Each company's June
# and July 2022 figures are written in a sentence of their own ("The figure tops the ... and far exceeds the ...")
# -> rows of their own with their own periods. The YTD totals carry the 2022 seven-month figure as prior (same sentence,
# "a 145% increase on the 70,825 units"), and each 2022 seven-month figure is also an optional row (news15 en12). The
# combined 65,604 and "an increase of over 100%" (hedge keeps 100) are key. Counts are in "vehicles" (the text says
# cars / units / deliveries for the same thing). "All-time high" and "record" carry no figure.
LI = "Li Auto|Li Auto Inc"
NIO = "NIO|Nio|NIO Inc"
XP = "XPeng|Xpeng|XPeng Inc"
ALL = "NIO, XPeng and Li Auto|Chinese EV makers|NIO|XPeng|Li Auto"
D = "deliveries|vehicle_deliveries|deliveries_units"
DG = "deliveries_growth|delivery_growth"
G["en06"] = ([
    m(D, 65604, "vehicles", ALL, "2023-07"),
    m(DG, 100, "%", ALL, "2023-07", basis="yoy"),
    m(D, 34134, "vehicles", LI, "2023-07"),
    m(D, 32575, "vehicles", LI, "2023-06"),
    m(D, 10422, "vehicles", LI, "2022-07"),
    m(D, 173251, "vehicles", LI, "2023-01..07", prior=70825),
    m(DG, 145, "%", LI, "2023-01..07", basis="yoy"),
    m(D, 70825, "vehicles", LI, "2022-01..07", opt=True),
    m(D, 20462, "vehicles", NIO, "2023-07"),
    m(D, 10707, "vehicles", NIO, "2023-06"),
    m(D, 10052, "vehicles", NIO, "2022-07"),
    m(D, 75023, "vehicles", NIO, "2023-01..07", prior=60879),
    m(DG, 23, "%", NIO, "2023-01..07", basis="yoy"),
    m(D, 60879, "vehicles", NIO, "2022-01..07", opt=True),
    m(D, 11008, "vehicles", XP, "2023-07"),
    m(D, 8620, "vehicles", XP, "2023-06"),
    m(D, 11524, "vehicles", XP, "2022-07"),
], [])
