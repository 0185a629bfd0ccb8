# Hand-written gold labels for news60/en en01-en06 (batch a: US and European news in English — a US regional bank's
# third quarter with net interest income, its margin, provisions, charge-offs and its CET1 and Tier 1 leverage ratios, a
# European telecoms group's third quarter in euros with organic growth, adjusted EBITDA after leases, a raised 2025
# outlook and a dividend rise, a US housing-starts release with regions, permits and revisions, a London stock market
# close with movers in pence, a round-up of analyst upgrades and downgrades on European stocks with targets in euros
# ("e21") and pence, and a US chipmaker's fiscal second quarter with data-centre revenue and a third-quarter revenue
# range).
# Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the unit words "units" and "points" were checked against the unit strings of the earlier sets'
# labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news59/en/README.md, with news57 en03 (a US regional bank's quarter), news58 en05 (a bank's CET1 ratio), news28 en09 (a
# US housing-starts release), news40 en04 and news33 (London closes in pence), news18 en01 and news32 en06 ("Buys and
# sells from top analysts" round-ups) and news24 en10 (a chipmaker's quarter and guidance) as models: values fully
# scaled ("$861 million" -> 861e6 USD, "$59.6 billion" -> 59.6e9 USD, "€28.9 billion" -> 28.9e9 EUR, "1,139 thousand
# units" -> 1139000 units, "785,000 units" -> 785000, "23.5p" -> 0.235 GBP, "581p" -> 5.81 GBP, "825p" -> 8.25 GBP,
# "e21" -> 21 EUR, "67 cents" -> 0.67 USD); declines, falls, cuts and narrowings negative ("fell 0.3 percent" -> -0.3,
# "(-17.6 percent to 131 thouand)" -> -17.6, "87.6 points lower" -> -87.6 points, "23.5p down" -> -0.235 GBP, "fell
# 17.9%" -> -17.9, "narrowed by 8 basis points" -> -8 bp, "cut the reported growth rates by 1.5%" -> -1.5); currency
# codes ("$" -> USD on US pages, "€" and the old "e" notation -> EUR, "p" and "£" -> GBP); a price per barrel in the
# currency alone with the per-unit basis in `basis` (the development corpus's per-unit convention); hedges kept in the
# basis ("about", "approximately", "around", "more than", "below"); a same-sentence "X from Y" / "X, against Y" / "from
# Y to X" / "up from Y" value of the same quantity is the prior and the earlier value an optional row (news36-news59),
# while an earlier value printed in a sentence of its own is the prior and also a key row (news56 en01; en06's "That
# is up from 67 cents"); ranges as rng with value None; periods only where the text states or clearly implies the year
# (en01: "Q3" with "September 30, 2025" -> 2025Q3 and 2024Q3; en02: "the third time in 2025" with "the third quarter"
# -> 2025Q3, "the first nine months" 2025Q1-Q3, the outlook and the dividend 2025, the buyback 2026; en03: "March
# 2019" -> 2019-03 and February 2019-02; en05: the forecasts' "2004 and 2005"; en06: "2026 second-quarter" -> FY2026Q2,
# "a year ago" FY2025Q2, "the third quarter" FY2026Q3; en04 is a market wrap -> none; point-in-time balances and
# capital ratios none, the date in the basis); brokers' targets and ratings only in rating actions (a rating move ->
# upgrade / downgrade with both ratings and both targets where printed; a target raised with no rating printed ->
# raise_target with rating None); quotes rendered as reported speech (the set never copies third-party sentences), their
# figures labelled like any other; the source's own oddities labelled as printed. Not labelled: dates and times
# ("Thursday", "September 30, 2025" as a date, "September 2016", "October of 2018", "Friday"), spans and ordinals ("the
# third time", "near two years", "near 2-year low", "seven weeks", "second biggest", "top cellphone maker"), the stock
# codes "(ZION)" and "(ETR:DTEGn)", and numbers inside product or index names ("FTSE 100", "H20", "Tier 1").

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"
GBP = "GBP"

# ---------------------------------------------------------------- en01 Zions Bancorporation's third quarter of 2025 (Zacks summary on reportify.ai; October 2025, no date printed): adjusted EPS $1.54 vs Zacks $1.40, +12.4%; net revenues $861 million, +8.7%, vs $845.5 million; NII +8.4% to $672 million; NIM +25 bp to 3.28%; non-interest income +9.9% to $189 million; adjusted non-interest expenses +4.2% to $520 million; adjusted efficiency ratio 59.6% from 62.5%; net loans and leases $59.6 billion, down approximately 1% q/q; deposits +1.5% to $74.9 billion; NPA ratio -8 bp to 0.54%; net charge-offs $56 million from $3 million; provision $49 million vs $13 million; Tier 1 leverage 8.8% from 8.6%; CET1 11.3% from 10.7%; ROA 0.99% from 0.95%; ROTCE 16% from 17.4% (USD, %, bp)
# A US regional bank's quarter with net interest income, provisions and its CET1 ratio. Whole as stored. The stored
# headline is kept (rewritten: "Zions' Q3 Earnings Beat Estimates on Higher NII & Fee Income, Stock Up" -> "Zions' Q3
# earnings top estimates on stronger NII and fee income; shares rise"). The summary's run-on bullet list is rendered as
# five short paragraphs, each opening with its section label reworded ("Core Insights" -> "Key points", "Asset and
# Deposit Trends" -> "Assets and deposits", ...); the bracketed reference markers ("[1][10]", "[4][10]", ... "[11]")
# dropped as furniture. No quotes. Kept as printed: "(ZION)", "Zacks Consensus Estimate", "(tax equivalent)", "down
# approximately 1%", "16%" without a decimal beside "17.4%".
# Periods: the headline's "Q3" with "As of September 30, 2025" -> 2025Q3 for the quarter's flows and ratios (clearly
# implied), 2024Q3 for the prior-year figures; balances and capital ratios at September 30, 2025 (loans, deposits, the
# NPA ratio, Tier 1 leverage and CET1) carry no period (point-in-time, news59), the date in the basis.
# Decided: adjusted EPS $1.54 key (basis adjusted) with the Zacks $1.40 a key consensus row and +12.4 % key. Net revenues
# $861 million key as revenue (tax equivalent in the basis), +8.7 % key, the Zacks $845.5 million a key consensus row.
# NII +8.4 % and $672 million key; "NIM expanding 25 basis points to 3.28%" -> key +25 bp and key 3.28 % (no earlier
# level printed, none computed). Non-interest income +9.9 % and $189 million key; adjusted non-interest expenses +4.2 %
# and $520 million key; the adjusted efficiency ratio 59.6 % key with the same-sentence 62.5 % as prior and an optional
# 2024Q3 row. Net loans and leases $59.6 billion key and "down approximately 1% from the prior quarter" a key -1 % row
# (hedge in the basis); deposits +1.5 % and $74.9 billion key. The NPA ratio -8 bp and 0.54 % key; net charge-offs $56
# million key with prior $3 million and an optional earlier row; the provision $49 million key with the same-sentence
# "against $13 million" as prior and an optional 2024Q3 row. Tier 1 leverage 8.8 % (prior 8.6) and CET1 11.3 % (prior
# 10.7) key with optional earlier rows; ROA 0.99 % (prior 0.95) and ROTCE 16 % (prior 17.4) key with optional earlier
# rows. "Shares rise" in the headline prints no figure.
ZION = "Zions Bancorporation|Zions|ZION|Zions Bancorp|Zions Bancorporation N.A."
Q, Q0 = "2025Q3", "2024Q3"
EPS = "eps|earnings_per_share|adjusted_eps|diluted_eps"
REV = "revenue|net_revenues|net_revenue|total_revenue"
NII = "net_interest_income|nii"
G["en01"] = ([
    m(EPS, 1.54, "USD", ZION, Q, basis="adjusted"),
    m("eps_consensus|eps_estimate", 1.40, "USD", ZION, Q, basis="Zacks Consensus Estimate"),
    m("eps_growth|earnings_per_share_growth|adjusted_eps_growth", 12.4, "%", ZION, Q, basis="year over year"),
    m(REV, 861e6, "USD", ZION, Q, basis="net revenues, tax equivalent"),
    m("revenue_growth|net_revenue_growth|net_revenues_growth", 8.7, "%", ZION, Q, basis="year over year"),
    m("revenue_consensus|revenue_estimate", 845.5e6, "USD", ZION, Q, basis="Zacks Consensus Estimate"),
    m("net_interest_income_growth|nii_growth", 8.4, "%", ZION, Q),
    m(NII, 672e6, "USD", ZION, Q),
    m("net_interest_margin_change|nim_change", 25, "bp", ZION, Q, basis="widened"),
    m("net_interest_margin|nim", 3.28, "%", ZION, Q),
    m("non_interest_income_growth|noninterest_income_growth|fee_income_growth", 9.9, "%", ZION, Q),
    m("non_interest_income|noninterest_income|fee_income", 189e6, "USD", ZION, Q),
    m("non_interest_expense_growth|noninterest_expense_growth|expenses_growth|adjusted_expenses_growth", 4.2, "%", ZION,
      Q, basis="adjusted"),
    m("non_interest_expense|noninterest_expense|expenses|adjusted_non_interest_expenses", 520e6, "USD", ZION, Q,
      basis="adjusted"),
    m("efficiency_ratio|adjusted_efficiency_ratio", 59.6, "%", ZION, Q, prior=62.5, basis="adjusted"),
    m("efficiency_ratio|adjusted_efficiency_ratio", 62.5, "%", ZION, Q0, opt=True, basis="prior-year period"),
    m("net_loans|loans|net_loans_and_leases|total_loans", 59.6e9, "USD", ZION,
      basis="net loans and leases held for investment at September 30, 2025"),
    m("loan_growth|loans_growth|net_loans_change", -1, "%", ZION, basis="approximately; from the prior quarter"),
    m("deposit_growth|deposits_growth|total_deposits_growth", 1.5, "%", ZION, basis="at September 30, 2025"),
    m("total_deposits|deposits", 74.9e9, "USD", ZION, basis="at September 30, 2025"),
    m("npa_ratio_change|non_performing_assets_ratio_change|npa_ratio", -8, "bp", ZION,
      basis="non-performing assets to loans and leases, year over year"),
    m("npa_ratio|non_performing_assets_ratio|nonperforming_assets_ratio", 0.54, "%", ZION,
      basis="non-performing assets to loans and leases"),
    m("net_charge_offs|net_chargeoffs|charge_offs|nco", 56e6, "USD", ZION, Q, prior=3e6,
      basis="net loan and lease charge-offs"),
    m("net_charge_offs|net_chargeoffs|charge_offs|nco", 3e6, "USD", ZION, Q0, opt=True, basis="prior-year quarter"),
    m("provision_for_credit_losses|provisions|loan_loss_provisions|credit_loss_provision", 49e6, "USD", ZION, Q,
      prior=13e6),
    m("provision_for_credit_losses|provisions|loan_loss_provisions|credit_loss_provision", 13e6, "USD", ZION, Q0,
      opt=True, basis="year-ago quarter"),
    m("tier_1_leverage_ratio|leverage_ratio|tier1_leverage_ratio", 8.8, "%", ZION, prior=8.6,
      basis="at September 30, 2025"),
    m("tier_1_leverage_ratio|leverage_ratio|tier1_leverage_ratio", 8.6, "%", ZION, opt=True,
      basis="prior-year quarter"),
    m("cet1_ratio|cet1|common_equity_tier_1_ratio|capital_ratio", 11.3, "%", ZION, prior=10.7,
      basis="common equity tier 1 capital ratio at September 30, 2025"),
    m("cet1_ratio|cet1|common_equity_tier_1_ratio|capital_ratio", 10.7, "%", ZION, opt=True,
      basis="prior-year quarter"),
    m("return_on_assets|roa|return_on_average_assets", 0.99, "%", ZION, Q, prior=0.95),
    m("return_on_assets|roa|return_on_average_assets", 0.95, "%", ZION, Q0, opt=True, basis="a year earlier"),
    m("rotce|return_on_tangible_common_equity|return_on_average_tangible_common_equity", 16, "%", ZION, Q,
      prior=17.4),
    m("rotce|return_on_tangible_common_equity|return_on_average_tangible_common_equity", 17.4, "%", ZION, Q0,
      opt=True, basis="a year earlier"),
], [])

# ---------------------------------------------------------------- en02 Deutsche Telekom's third quarter of 2025 with a raised 2025 outlook (Investing.com, ng.investing.com; Thursday November 13, 2025, no date printed): net revenue +3.3% organic to €28.9 billion; service revenue +3.6%; adjusted EBITDA AL +2.9% to €11.1 billion; currency drag 1.5%, 2.2%, 0.2%; adjusted net profit +14.3% to €2.7 billion; net profit excluding special factors -17.9% to €2.4 billion; FCF AL -9.2% to €5.6 billion, nine months +6.8% to €16.1 billion; 2025 adjusted EBITDA AL around €45.3 billion (previously more than €45 billion); FCF AL about €20.1 billion (previously more than €20 billion); dividend €0.90 to €1; buyback up to €2 billion in 2026 (EUR, %)
# A European telecoms group's results in euros with EBITDA and a raised outlook. Cut: the stored text breaks off
# mid-sentence after the dividend paragraph ("In Germany, fiber-to-the-home (FTTH) demand strength"), so the passage
# stops after "... to buy back up to €2 billion of shares in 2026." (rewritten), a sentence boundary; no figure goes with
# the cut. The stored text has no headline of this story (it opens with the site's ticker line about bitcoin, dropped as
# furniture, then "Investing.com --", kept; the address slug "deutsche-telekom-posts-higher-q3-profit-boosts-fullyear-
# guidance" is not page text; none added). The chief executive's two quoted sentences are rendered as reported speech
# (no figures). Kept as printed: "(ETR:DTEGn)", "€" amounts, "after leases (AL)", "Adjusted net profit rose 14.3%"
# beside "Excluding special factors, net profit declined 17.9%" (the page's own labels, apparently swapped; labelled as
# printed), the currency effects printed in "%", "program".
# Periods: "for the third time in 2025" with "the third quarter" -> 2025Q3 for the quarter (clearly implied); "the first
# nine months" -> 2025Q1-Q3 (news58 en03's form); the outlook "for 2025" -> 2025; the dividend "for the 2025 financial
# year" -> 2025; the buyback "in 2026" -> 2026. The earlier outlooks and the €0.90 dividend name no period of their own.
# Decided: organic net revenue growth +3.3 % and €28.9 billion key; service revenue +3.6 % key; adjusted EBITDA AL
# +2.9 % and €11.1 billion key. The exchange-rate effects ("cut the reported growth rates by 1.5% ..., by 2.2% ... and
# by 0.2%") -> three key negative rows in "%" as printed (an FX impact on the reported growth of each measure).
# Adjusted net profit +14.3 % and €2.7 billion key; net profit excluding special factors -17.9 % and €2.4 billion key,
# each with its label as printed in the basis. FCF AL -9.2 % and €5.6 billion key (2025Q3); nine months +6.8 % and €16.1
# billion key (2025Q1-Q3). Outlook: adjusted EBITDA AL around €45.3 billion key with the same-sentence "more than €45
# billion" as prior and an optional earlier row; FCF AL about €20.1 billion key with prior more than €20 billion and an
# optional earlier row (the hedges in the basis). Dividend "from €0.90 to €1 per share" -> key 1 EUR with prior 0.90
# and an optional earlier row; the buyback of up to €2 billion key (2026). "A record dividend" prints no figure.
DT = "Deutsche Telekom|Deutsche Telekom AG|Telekom|DTEGn"
Q, NM, Y = "2025Q3", "2025Q1-Q3", "2025"
EBITDA = "adjusted_ebitda_al|adjusted_ebitda|ebitda|adjusted_ebitda_after_leases"
FCF = "free_cash_flow_al|free_cash_flow|fcf"
FXI = "fx_impact|currency_impact|fx_effect|exchange_rate_effect"
G["en02"] = ([
    m("revenue_growth|net_revenue_growth|organic_revenue_growth", 3.3, "%", DT, Q, basis="organic; net revenue"),
    m("revenue|net_revenue", 28.9e9, "EUR", DT, Q, basis="net revenue"),
    m("service_revenue_growth|organic_service_revenue_growth", 3.6, "%", DT, Q, basis="organic"),
    m("adjusted_ebitda_al_growth|adjusted_ebitda_growth|ebitda_growth", 2.9, "%", DT, Q, basis="organic; after leases"),
    m(EBITDA, 11.1e9, "EUR", DT, Q, basis="adjusted EBITDA after leases"),
    m(FXI, -1.5, "%", DT, Q, basis="weaker exchange rates cut reported revenue growth"),
    m(FXI, -2.2, "%", DT, Q, basis="weaker exchange rates cut reported service revenue growth"),
    m(FXI, -0.2, "%", DT, Q, basis="weaker exchange rates cut reported adjusted EBITDA AL growth"),
    m("adjusted_net_profit_growth|net_profit_growth|net_income_growth", 14.3, "%", DT, Q,
      basis="printed 'adjusted net profit'"),
    m("adjusted_net_profit|net_profit|net_income", 2.7e9, "EUR", DT, Q, basis="printed 'adjusted net profit'"),
    m("net_profit_growth|adjusted_net_profit_growth|net_income_growth", -17.9, "%", DT, Q,
      basis="net profit excluding special factors"),
    m("net_profit|adjusted_net_profit|net_income", 2.4e9, "EUR", DT, Q, basis="net profit excluding special factors"),
    m("free_cash_flow_growth|fcf_growth|free_cash_flow_al_growth", -9.2, "%", DT, Q, basis="AL; year over year"),
    m(FCF, 5.6e9, "EUR", DT, Q, basis="after leases"),
    m("free_cash_flow_growth|fcf_growth|free_cash_flow_al_growth", 6.8, "%", DT, NM, basis="AL; first nine months"),
    m(FCF, 16.1e9, "EUR", DT, NM, basis="after leases; first nine months"),
    m("guidance_adjusted_ebitda|adjusted_ebitda_guidance|guidance_ebitda|ebitda_guidance", 45.3e9, "EUR", DT, Y,
      prior=45e9, basis="around; adjusted EBITDA AL; raised from more than €45 billion"),
    m("guidance_adjusted_ebitda|adjusted_ebitda_guidance|guidance_ebitda|ebitda_guidance", 45e9, "EUR", DT, Y,
      opt=True, basis="more than; previous outlook"),
    m("guidance_free_cash_flow|free_cash_flow_guidance|guidance_fcf|fcf_guidance", 20.1e9, "EUR", DT, Y, prior=20e9,
      basis="about; free cash flow AL; up from more than €20 billion"),
    m("guidance_free_cash_flow|free_cash_flow_guidance|guidance_fcf|fcf_guidance", 20e9, "EUR", DT, Y, opt=True,
      basis="more than; previous outlook"),
    m("dividend_per_share|dividend|dps", 1, "EUR", DT, Y, prior=0.90,
      basis="proposed for the 2025 financial year, subject to approval"),
    m("dividend_per_share|dividend|dps", 0.90, "EUR", DT, opt=True, basis="previous dividend"),
    m("share_buyback|buyback|buyback_amount|share_repurchases", 2e9, "EUR", DT, "2026", basis="up to"),
], [])

# ---------------------------------------------------------------- en03 US housing starts and permits for March 2019 (Trading Economics, tradingeconomics.com; Friday April 19, 2019, the date only in the address): starts -0.3% to 1,139 thousand; February -12% revised; consensus +6.5%; single-family -0.4% to 785,000; multi-family unchanged at "354,00"; Midwest -17.6% to 131, South -7.2% to 604, Northeast -4.4% to 86, West +31.4% to 318 thousand; February starts 1,142 from 1,162 thousand; permits -1.7% to 1,269 thousand vs +0.3% to 1,300 thousand expected; single-family -1.1% to 808, multi-family -2.7% to 461; Northeast -9.6% to 122, Midwest -3.6% to 185, South -4.6% to 644, West +10% to 318 thousand; February permits 1,291 from 1,296 thousand; y/y starts -14.2%, permits -7.8% (units, %)
# A US housing-starts release with regions, permits and revisions. Whole as stored (page furniture aside): the repeated
# headline and the author's line with her e-mail address ("US Census Bureau | Stefanie Moya | stefanie.moya@...") at the
# foot of the stored page dropped as furniture. The stored headline is kept (rewritten: "US Housing Starts Fall to Near
# 2-Year Low in March" -> "US housing starts slip to near 2-year low in March"). No quotes. Kept as printed: "1,139
# thousand units" beside "785,000 units", the misprinted "354,00 units", "the the Midwest", "131 thouand", the bracketed
# regional moves with their minus signs, the semicolon in "(-9.6 percent to 122 thousand); Midwest", "near two years"
# in words beside "near 2-year" in the headline, "October of 2018".
# Periods: "in March 2019" -> 2019-03 for March's figures (the regional figures, permits, the consensus and the
# year-on-year changes included); February's revised decline and revised levels -> 2019-02.
# Decided: levels in "units" scaled (news28 en09: "1,139 thousand" -> 1139000, "131 thouand" -> 131000); starts -0.3 %
# and the level key; February's "upwardly revised 12 percent decline" a key -12 % row (2019-02); the market's expected
# +6.5 % a key consensus row. Single-family -0.4 % and 785,000 key. The multi-family "unchanged at a rate of 354,00
# units" -> one optional row read as 354,000 (a misplaced comma; the page's own error; no 0 change row for
# "unchanged"). Regional starts and permits: each % move and level key on the region with the US among the
# alternatives. "February starts were revised to 1,142 thousand from 1,162 thousand" -> key revised level with the
# first estimate as prior and an optional first-estimate row; likewise permits 1,291 from 1,296 thousand. Permits -1.7 %
# and 1,269 thousand key; the expected +0.3 % and 1,300 thousand key consensus rows. Single-family permits -1.1 % and
# 808 thousand, multi-family permits -2.7 % and 461 thousand key. Year on year: starts -14.2 % and permits -7.8 % key.
# "The lowest level since September 2016", "the lowest since October of 2018" and "near two years" are dates and
# spans (not labelled).
US = "US|U.S.|United States|US housing market"
HS = "US housing starts|housing starts|" + US
SF = "single-family starts|single-family homebuilding|single-family|" + US
MF = "multi-family starts|multi-family housing segment|multi-family|" + US
BP = "building permits|permits|" + US
SFP = "single-family permits|single-family authorizations|single-family|" + US
MFP = "multi-family permits|multi-family housing segment|multi-family|" + US
MW, SO, NE, WE = ("Midwest|" + US, "South|" + US, "Northeast|" + US, "West|" + US)
M, F = "2019-03", "2019-02"
HSC = "housing_starts_change|housing_starts_growth|starts_change"
HSR = "housing_starts|housing_starts_rate|starts"
BPC = "building_permits_change|permits_change|building_permits_growth"
BPR = "building_permits|permits|building_permits_rate"
G["en03"] = ([
    m(HSC, -0.3, "%", HS, M, basis="from a month earlier"),
    m(HSR, 1139000, "units", HS, M, basis="seasonally adjusted annual rate; 1,139 thousand"),
    m(HSC, -12, "%", HS, F, basis="February, revised upward"),
    m("housing_starts_change_consensus|housing_starts_consensus|housing_starts_forecast", 6.5, "%", HS, M,
      basis="market expectations"),
    m(HSC, -0.4, "%", SF, M),
    m(HSR, 785000, "units", SF, M, basis="rate; lowest since September 2016"),
    m(HSR, 354000, "units", MF, M, opt=True, basis="unchanged; printed '354,00 units', read as 354,000"),
    m(HSC, -17.6, "%", MW, M),
    m(HSR, 131000, "units", MW, M, basis="printed '131 thouand'"),
    m(HSC, -7.2, "%", SO, M),
    m(HSR, 604000, "units", SO, M),
    m(HSC, -4.4, "%", NE, M),
    m(HSR, 86000, "units", NE, M),
    m(HSC, 31.4, "%", WE, M),
    m(HSR, 318000, "units", WE, M),
    m(HSR, 1142000, "units", HS, F, prior=1162000, basis="February, revised"),
    m(HSR, 1162000, "units", HS, F, opt=True, basis="February, first estimate"),
    m(BPC, -1.7, "%", BP, M, basis="from a month earlier"),
    m(BPR, 1269000, "units", BP, M, basis="seasonally adjusted annual rate; lowest since October of 2018"),
    m("building_permits_change_consensus|permits_consensus|building_permits_forecast", 0.3, "%", BP, M,
      basis="market expectations"),
    m("building_permits_consensus|permits_consensus|building_permits_forecast", 1300000, "units", BP, M,
      basis="market expectations"),
    m(BPC, -1.1, "%", SFP, M),
    m(BPR, 808000, "units", SFP, M),
    m(BPC, -2.7, "%", MFP, M),
    m(BPR, 461000, "units", MFP, M),
    m(BPC, -9.6, "%", NE, M),
    m(BPR, 122000, "units", NE, M),
    m(BPC, -3.6, "%", MW, M),
    m(BPR, 185000, "units", MW, M),
    m(BPC, -4.6, "%", SO, M),
    m(BPR, 644000, "units", SO, M),
    m(BPC, 10, "%", WE, M),
    m(BPR, 318000, "units", WE, M),
    m(BPR, 1291000, "units", BP, F, prior=1296000, basis="February, revised"),
    m(BPR, 1296000, "units", BP, F, opt=True, basis="February, first estimate"),
    m(HSC + "|housing_starts_yoy", -14.2, "%", HS, M, basis="year on year"),
    m(BPC + "|building_permits_yoy", -7.8, "%", BP, M, basis="year on year"),
], [])

# ---------------------------------------------------------------- en04 London close (The Guardian's Market Forces, theguardian.com; Wednesday June 4, 2008, the date only in the address): FTSE 100 -87.6 points, -1.45%, 5970.1 (below the 6000 mark); crude below $123 a barrel (£61); Vedanta and Kazakhmys about -4%; BP -23.5p to 581p; Vodafone -8.1p to 154.65p; National Grid -28.5p to 720p; HBOS -11.25p to 340.5p; RBS +4.75p to 249.5p; Barratt -8%, Bovis -5.6%; BA +13p to 243.75p; Easyjet +19.5p to 314.75p; Rentokil +2.5p to 100p; Informa +17.5p to 404.25p (points, %, USD, GBP)
# A UK stock market close with movers in pence. Whole as stored. The stored headline is kept (rewritten: "FTSE 100
# closes below 6000 mark" -> "FTSE 100 ends below the 6000 mark"). No quotes. Kept as printed: "5970.1" and "6000"
# without thousands separators, "$123 a barrel (£61)", pence with halves and quarters ("11.25p", "154.65p", "243.75p",
# "314.75p", "404.25p"), "Easyjet" in that spelling, the housebuilders' moves in % only, "on Friday".
# Periods: none (a market wrap; no year printed).
# Decided: the index's -87.6 points, 5970.1 and -1.45 % key; the headline's "6000 mark" an optional level (a round
# threshold the close fell below). The crude price "below $123 a barrel" key on crude oil in USD (per barrel and the
# hedge in the basis), its bracketed "(£61)" an optional conversion. "Vedanta Resources and Kazakhmys each lost about
# 4%" -> two key -4 % rows (hedge in the basis). Each mover's pence change and closing price key, scaled to GBP (a
# "closed ... higher at", "ended ... down at", "down ... at", "lower at", "shed ... to", "rose ... to", "adding ... to"
# price is the day's close in a closing report); Barratt -8 % and Bovis -5.6 % key. "Lowest level for seven weeks" is a
# span; the rights issue's "Friday" a date (not labelled).
FTSE = "FTSE 100|FTSE|FTSE 100 index|Footsie"
G["en04"] = ([
    m("index_change|points_change", -87.6, "points", FTSE, basis="at the close"),
    m("index_close|close|index_level", 5970.1, "points", FTSE, basis="at the close"),
    m("index_change_pct|index_change|percent_change", -1.45, "%", FTSE),
    m("index_level|threshold|index_close", 6000, "points", FTSE, opt=True, basis="headline: closes below the 6000 mark"),
    m("oil_price|crude_price|price", 123, "USD", "crude oil|crude|oil", basis="below; per barrel"),
    m("oil_price|crude_price|price", 61, "GBP", "crude oil|crude|oil", opt=True, basis="bracketed conversion; per barrel"),
    m(PC, -4, "%", "Vedanta Resources|Vedanta", basis="about"),
    m(PC, -4, "%", "Kazakhmys", basis="about"),
    m(PC, -0.235, GBP, "BP"),
    m(PX, 5.81, GBP, "BP"),
    m(PC, -0.081, GBP, "Vodafone|Vodafone Group", basis="ex-dividend"),
    m(PX, 1.5465, GBP, "Vodafone|Vodafone Group"),
    m(PC, -0.285, GBP, "National Grid", basis="ex-dividend"),
    m(PX, 7.20, GBP, "National Grid"),
    m(PC, -0.1125, GBP, "HBOS"),
    m(PX, 3.405, GBP, "HBOS"),
    m(PC, 0.0475, GBP, "Royal Bank of Scotland|RBS"),
    m(PX, 2.495, GBP, "Royal Bank of Scotland|RBS"),
    m(PC, -8, "%", "Barratt Developments|Barratt"),
    m(PC, -5.6, "%", "Bovis Homes|Bovis"),
    m(PC, 0.13, GBP, "British Airways|BA"),
    m(PX, 2.4375, GBP, "British Airways|BA"),
    m(PC, 0.195, GBP, "Easyjet|easyJet"),
    m(PX, 3.1475, GBP, "Easyjet|easyJet"),
    m(PC, 0.025, GBP, "Rentokil|Rentokil Initial"),
    m(PX, 1.00, GBP, "Rentokil|Rentokil Initial"),
    m(PC, 0.175, GBP, "Informa"),
    m(PX, 4.0425, GBP, "Informa"),
], [])

# ---------------------------------------------------------------- en05 "Buys and sells from top analysts" on European stocks (This is Money, thisismoney.co.uk; most likely January 2004, no date printed): DrKW ASML to buy from hold, target e21 from e13.50, gross margins 33.6% (2004) and 38.1% (2005); ABN Amro European tobacco sector to overweight from neutral, BAT to add from hold, 825p from 750p; Deutsche Bank Ericsson to hold from sell, Alcatel target e11.6 from e7.5, AGA Foodservice to hold from sell, mg tech to buy from hold, capital goods sector about 20% undervalued, overweight; Merrill Lynch Royal Dutch/Shell to neutral from buy; Commerzbank Nokia to overweight from underweight (EUR, GBP, %)
# An analyst round-up of upgrades and downgrades on European stocks. Cut: the stored text breaks off mid-word in the
# next item ("Credit Suisse First Boston upgraded its rating on British software firm Sage Group to 'outperform' from
# 'neutral', citing the impact of its acq"), so the passage stops after the Nokia/ASML model-portfolio sentence, a
# sentence boundary (the cut item carries CSFB's Sage upgrade, no figure). The stored headline is kept (it is the
# series title, "Buys and sells from top analysts", kept as printed). Deutsche Bank's quoted sentence is rendered as
# reported speech ("about 20%" kept). Kept as printed: the capitals of "BROKERS", the old "e" euro notation ("e21",
# "e13.50", "e11.6", "e7.5") beside pence ("825p", "750p"), the quoted ratings in single quotes, the stray spaces in
# "British American Tobacco ," and "ASML .", "mg tech" in lower case, "Royal Dutch/Shell".
# Periods: the gross-margin forecasts "in 2004 and 2005" -> 2004 and 2005; rating calls carry none.
# Decided: "e" is the euro -> EUR targets (ASML 21 from 13.50; Alcatel 11.6 from 7.5); pence targets scaled to GBP (BAT
# 8.25 from 7.50). Rating moves "to 'x' from 'y'" -> upgrade / downgrade with both ratings, and both targets where the
# same item moves the target (ASML, BAT). Deutsche Bank's Alcatel target raise prints no rating -> raise_target, rating
# None. "The bank now has a 'hold' rating on AGA, up from 'sell', and a 'buy' rating on mg tech from 'hold'" -> two
# upgrades. ABN Amro's move on "the European tobacco sector" and Deutsche Bank's "overweight stance" on the European
# Capital Goods sector are sector calls, not ratings of a company -> optional rating actions (decided here). The
# analyst's ASML gross-margin forecasts 33.6 % (2004) and 38.1 % (2005) key as forecast metrics (brokers' estimates are
# metrics; only targets and ratings go in rating actions); the sector's "about 20%" undervaluation key on the sector.
# JP Morgan putting Nokia into its model portfolio in place of ASML is no rating action of the vocabulary and carries
# no figure (news18 en01's focus list; not labelled). Nokia's "fourth-quarter sales and profits" print no figure.
ASML = "ASML Holdings|ASML|ASML Holding"
BAT = "British American Tobacco|BAT"
DB = "Deutsche Bank|Deutsche"
G["en05"] = ([
    m("gross_margin_forecast|gross_margin|gross_margin_estimate", 33.6, "%", ASML, "2004",
      basis="forecast, Dresdner Kleinwort Wasserstein"),
    m("gross_margin_forecast|gross_margin|gross_margin_estimate", 38.1, "%", ASML, "2005",
      basis="forecast, Dresdner Kleinwort Wasserstein"),
    m("undervaluation|valuation_discount|upside", 20, "%", "European Capital Goods sector|capital goods sector",
      basis="about; Deutsche Bank's estimate"),
], [
    ra("Dresdner Kleinwort Wasserstein|Dresdner Kleinwort|DrKW", ASML, "upgrade", "buy", "hold", target=21,
       prior_target=13.50, cur="EUR"),
    ra("ABN Amro|ABN AMRO", "European tobacco sector|tobacco sector", "upgrade", "overweight", "neutral", opt=True),
    ra("ABN Amro|ABN AMRO", BAT, "upgrade", "add", "hold", target=8.25, prior_target=7.50, cur=GBP),
    ra(DB, "Ericsson", "upgrade", "hold", "sell"),
    ra(DB, "Alcatel", "raise_target", None, target=11.6, prior_target=7.5, cur="EUR"),
    ra(DB, "AGA Foodservice Group|AGA Foodservice|AGA", "upgrade", "hold", "sell"),
    ra(DB, "mg tech|mg technologies", "upgrade", "buy", "hold"),
    ra(DB, "European Capital Goods sector|capital goods sector", "maintain", "overweight", opt=True),
    ra("Merrill Lynch|Merrill", "Royal Dutch/Shell|Royal Dutch Shell|Shell", "downgrade", "neutral", "buy"),
    ra("Commerzbank", "Nokia", "upgrade", "overweight", "underweight"),
])

# ---------------------------------------------------------------- en06 Nvidia's fiscal 2026 second quarter (infopulsenow.site; late August 2025, no date printed): revenue $46.74 billion, +56%, vs $46.06 billion; EPS $1.05 vs $1.01, from 67 cents; data center $41.1 billion vs $41.29 billion, 88% of sales; gaming $4.3 billion, networking $7.25 billion; $60 billion buyback; Q3 revenue $52.9-55.1 billion vs $53.46 billion (USD, %)
# A US chipmaker's quarter with data-centre revenue and guidance. Whole as stored. The stored text has no headline (it
# opens with a standfirst, kept and rewritten; none added). No quotes. Kept as printed: "2026 second-quarter" (the
# fiscal year, without the word "fiscal"), "a 56 percent increase in the quarter", the double hyphens around the EPS
# gloss, "67 cents" beside "$1.05", the data-centre share "88 percent of total sales in the previous quarter" (printed
# so), the explanatory sentence on buybacks, "H20".
# Periods: "2026 second-quarter" is Nvidia's fiscal year (the quarter reported in 2025) -> FY2026Q2 for the quarter
# (the FY form as news24 en10; score.py drops "FY" when comparing), "a year ago" FY2025Q2, "the third quarter" of the
# outlook FY2026Q3. The data-centre share printed for "the previous quarter" takes no period (it may mean the quarter
# reported; the basis keeps the wording).
# Decided: revenue $46.74 billion key with the "56 percent increase" a key growth row and the Wall Street $46.06 billion
# a key consensus row. EPS $1.05 key with the $1.01 estimate a key consensus row; "That is up from 67 cents per share a
# year ago", a sentence of its own, -> prior 0.67 on the EPS row and a key FY2025Q2 row (news56 en01's form). Data-centre
# sales $41.1 billion key with the $41.29 billion projection a key consensus row, the 88 % share key. Gaming $4.3 billion
# and networking $7.25 billion key. The further $60 billion of buybacks key. Q3 revenue "in a range of $52.9 billion to
# $55.1 billion" a key guidance range with investors' $53.46 billion a key consensus row. "No H20 shipments" prints no
# figure (H20 is a product name).
NVDA = "Nvidia|NVIDIA|Nvidia Corp|NVIDIA Corporation|NVDA"
NVDC = "data center|Nvidia data center|data center segment|" + NVDA
Q, Q0, Q3 = "FY2026Q2", "FY2025Q2", "FY2026Q3"
G["en06"] = ([
    m("revenue|total_revenue", 46.74e9, "USD", NVDA, Q, basis="record quarterly revenue"),
    m("revenue_growth", 56, "%", NVDA, Q, basis="printed 'a 56 percent increase in the quarter'"),
    m("revenue_consensus|revenue_estimate", 46.06e9, "USD", NVDA, Q, basis="Wall Street consensus forecast"),
    m("eps|earnings_per_share", 1.05, "USD", NVDA, Q, prior=0.67),
    m("eps_consensus|eps_estimate", 1.01, "USD", NVDA, Q, basis="market estimate"),
    m("eps|earnings_per_share", 0.67, "USD", NVDA, Q0, basis="67 cents per share a year ago"),
    m("data_center_revenue|segment_revenue|revenue", 41.1e9, "USD", NVDC, Q, basis="data center sales"),
    m("data_center_revenue_consensus|data_center_revenue_estimate|revenue_consensus", 41.29e9, "USD", NVDC, Q,
      basis="projection"),
    m("data_center_revenue_share|revenue_share|share_of_revenue", 88, "%", NVDC,
      basis="of total sales; printed 'in the previous quarter'"),
    m("gaming_revenue|segment_revenue|revenue", 4.3e9, "USD", "gaming|Nvidia gaming|" + NVDA, Q),
    m("networking_revenue|segment_revenue|revenue", 7.25e9, "USD", "networking|Nvidia networking|" + NVDA, Q),
    m("share_buyback|buyback|buyback_authorization|share_repurchases", 60e9, "USD", NVDA,
      basis="additional stock buybacks approved"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "USD", NVDA, Q3, rng=(52.9e9, 55.1e9),
      basis="projected range"),
    m("revenue_consensus|revenue_estimate", 53.46e9, "USD", NVDA, Q3, basis="investors' expectations"),
], [])
