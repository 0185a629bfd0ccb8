# Hand-written gold labels for news22/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news21/en/README.md (values fully
# scaled, declines negative, a loss is a negative profit, a hedge or bound keeps the stated number, a same-sentence
# earlier value or a revised figure's earlier value is the prior, an earlier value in a sentence of its own is a row of
# its own, periods only where the text states or implies the year (a printed dateline counts, news7), FY only where the
# text writes fiscal/FY or the company's year is named by its end, market-wrap levels and moves carry no period, share
# prices in results and rating passages optional but their % moves key, the same move restated in another unit optional,
# repeats and rounded restatements optional, broker targets only in rating actions, pence and cents scaled to the unit).

# ---------------------------------------------------------------- en07 Singapore stocks to watch: Keppel Q3, SPH full year, SGX debt programme (Business Times, 2019)
# A "stocks to watch" list. The printed dateline "Published Fri, Oct 18, 2019" dates the items (news7): Keppel's
# "third-quarter" is 2019Q3 (its EPS "for the three months to September" too); SPH's "full year ended Aug 31" is the
# year named by its end -> FY2019 (the same list writes "FY2019" for Second Chance's year to Aug 31). Keppel: net profit
# "fell 30 per cent to S$159 million from a restated S$227 million a year earlier" -> level with prior, growth -30; EPS
# "to 8.8 Singapore cents from 12.5 cents" -> 0.088 SGD prior 0.125. "no dividend was recommended, as in the previous
# corresponding period" -> optional 0 SGD with prior 0 (news13: a nil dividend is 0). Share moves: "down two Singapore
# cents or 0.3 per cent" -> the % move key, the cent move optional (the same move in another unit, as news20 kept
# "13 cents or 81%" with the % key); the closing prices (S$5.96, S$2.13, S$8.22) are the point of a watch-list item
# (news14: a price in a stock-mover brief is key) -> key, no period (market levels). SPH: "cut 5 per cent of the staff in
# its media group" -> key, a positive size of the cut (news18); net profit -23.4 % and S$213 million; final dividend
# 6.5 Singapore cents with its parts, the normal 5.5 cents and the special "one cent" (word figure) -> three key rows.
# SGX: the "first-ever S$1.5 billion multicurrency debt issuance programme" -> key. Second Chance prints no figure
# ("a lower profit"); FY2019, Aug 31, Oct 24, Dec 20 and the dateline are dates. The headline's SK Jewellery item falls
# after the excerpt's cut.
KEP = "Keppel Corp|Keppel Corporation|Keppel"
SPH = "Singapore Press Holdings|SPH"
SGX = "Singapore Exchange|SGX"
Q = "2019Q3"
G["en07"] = ([
    m("net_profit_growth|net_income_growth", -30, "%", KEP, Q),
    m("net_profit|net_income", 159e6, "SGD", KEP, Q, prior=227e6),
    m("eps|earnings_per_share", 0.088, "SGD", KEP, Q, prior=0.125),
    m("dividend_per_share|dividend", 0, "SGD", KEP, Q, prior=0, opt=True),                        # "no dividend"
    m("price_change|share_price_change", -0.3, "%", KEP),
    m("price_change|share_price_change", -0.02, "SGD", KEP, opt=True),                            # same move in cents
    m("price|share_price|close", 5.96, "SGD", KEP),
    m("job_cuts|staff_cut|headcount_reduction", 5, "%", "SPH media group|" + SPH),
    m("net_profit_growth|net_income_growth", -23.4, "%", SPH, "FY2019"),
    m("net_profit|net_income", 213e6, "SGD", SPH, "FY2019"),
    m("final_dividend|dividend_per_share|dividend", 0.065, "SGD", SPH, "FY2019"),
    m("normal_dividend|ordinary_dividend|dividend_per_share", 0.055, "SGD", SPH, "FY2019"),
    m("special_dividend|dividend_per_share", 0.01, "SGD", SPH, "FY2019"),
    m("price_change|share_price_change", -1.39, "%", SPH),
    m("price_change|share_price_change", -0.03, "SGD", SPH, opt=True),                            # same move in cents
    m("price|share_price|close", 2.13, "SGD", SPH),
    m("debt_issuance_programme|debt_programme|programme_size|mtn_programme", 1.5e9, "SGD", SGX),
    m("price|share_price|close", 8.22, "SGD", SGX),
    m("price_change|share_price_change", -0.5, "%", SGX),
    m("price_change|share_price_change", -0.04, "SGD", SGX, opt=True),                            # same move in cents
], [])

# ---------------------------------------------------------------- en08 BofA cuts UPS to Neutral: target, 2026 multiple, EPS estimate cuts (Investing.com, 2025)
# A single downgrade with reasoning. "cut UPS to Neutral from Buy and reduced its price target to $98.00 from $115.00"
# -> downgrade with both targets. Rating-passage statistics (news2, news3): the 52-week low $90.55, the "about 17%"
# year-to-date fall and the nine analysts who lowered expectations -> optional. The trailing "$90.91 billion in revenue
# over the last twelve months" is key (news2: trailing revenue key; basis ttm, no period). The Amazon volume reasoning
# "year-over-year drops of 30% in the second half of the year after 13% declines in the first half": the year is the
# passage's own (the note cuts "third-quarter 2025" and "full-year 2025" forecasts and follows the "second-quarter
# earnings for 2025") -> 2025H2 (a BofA forecast) and 2025H1 (a reported decline), both key, negative. The target
# multiple "14.0x (down from 15.0x) its 2026 EPS estimate" -> key, prior 15.0, period 2026 (the year it is printed with).
# "its 2026 EPS estimate, which it cut by 9%" and "its 2026 projection by 9% to $7.00" are the same cut -> one key row
# and one optional repeat; the estimates are BofA's, so *_estimate rows: 2025Q3 -12 % to $1.38, 2025 -4 % to $6.70, 2026
# -9 % to $7.00 (no old levels printed, so no priors). "full-year 2025" is not called fiscal -> 2025. The Q2 2025 report:
# diluted EPS $1.55 against "the average forecast of $1.57" and revenue $21.2 billion against "the anticipated $20.8
# billion" -> actuals and consensus rows, 2025Q2, all key. The quoted phrase has no figures; 52-week is a name.
UPS = "UPS|United Parcel Service|United Parcel Service Inc."
BOFA = "BofA Securities|BofA|Bank of America|BofA Global Research"
EPSE = "eps_estimate|eps_forecast|earnings_per_share_estimate"
EPSC = "eps_estimate_change|eps_estimate_cut|estimate_revision|eps_revision"
G["en08"] = ([
    m("52_week_low|price_low", 90.55, "USD", UPS, opt=True),
    m("price_change_ytd|ytd_change|price_change", -17, "%", UPS, opt=True, basis="year to date"),
    m("analyst_count|analysts", 9, "analysts", UPS, opt=True),
    m("revenue|revenue_ttm|trailing_revenue", 90.91e9, "USD", UPS, basis="last twelve months"),
    m("volume_change_forecast|amazon_volume_change|amazon_business_decline", -30, "%",
      "UPS Amazon business|Amazon|" + UPS, "2025H2", basis="y/y, BofA forecast"),
    m("volume_change|amazon_volume_change|amazon_business_decline", -13, "%",
      "UPS Amazon business|Amazon|" + UPS, "2025H1", basis="y/y"),
    m("target_multiple|valuation_multiple|pe_multiple|price_to_earnings", 14.0, "x", UPS, "2026", prior=15.0,
      basis="on 2026 EPS estimate, BofA"),
    m(EPSC, -9, "%", UPS, "2026", opt=True),                                                       # repeat of the 9% cut
    m(EPSC, -12, "%", UPS, "2025Q3"),
    m(EPSE, 1.38, "USD", UPS, "2025Q3"),
    m(EPSC, -4, "%", UPS, "2025"),
    m(EPSE, 6.70, "USD", UPS, "2025"),
    m(EPSC, -9, "%", UPS, "2026"),
    m(EPSE, 7.00, "USD", UPS, "2026"),
    m("eps|diluted_eps|earnings_per_share", 1.55, "USD", UPS, "2025Q2", basis="diluted"),
    m("eps_consensus|eps_estimate", 1.57, "USD", UPS, "2025Q2"),
    m("revenue", 21.2e9, "USD", UPS, "2025Q2"),
    m("revenue_consensus|revenue_estimate", 20.8e9, "USD", UPS, "2025Q2"),
], [
    ra(BOFA, UPS, "downgrade", "neutral", "buy", target=98.00, prior_target=115.00, cur="USD"),
])

# ---------------------------------------------------------------- en09 UK goods trade gap wider than forecast, oil balance revision, France's deficit (Reuters via Irish Times, no year in text)
# A trade release with forecasts and revised prior readings. The text never prints a year ("July", "June", "since
# January", "since December") -> no periods; the month goes in the basis. Decided: a deficit is a negative trade
# balance, as a loss is a negative profit (news5, news21): "goods trade gap widened to £7.065 billion" -> -7.065e9 GBP;
# the economists' "deficit of £6.4 billion" -> a negative consensus (news21: an expected loss is a negative consensus).
# Same for the non-EU gap (-4.480e9 vs -3.55e9 forecast) and the oil balance (-270e6). "June's surplus, first reported
# at £257 million, has been revised to a deficit of £14 million" -> June's revised balance -14e6 with the original
# +257e6 as prior (a revision's earlier value, news20), the original also an optional row. Exports +2.5 % to £19.2
# billion and imports +4 % to £26.3 billion key (the text does not say month-on-month, so no basis beyond the month);
# the four EU/non-EU export and import moves key with the partner in the basis; import prices excluding oil and erratics
# -0.7 % key. France: "grew to €3.304 billion from a revised €3.145 billion in June" -> -3.304e9 EUR with prior -3.145e9
# (June's revised deficit also optional), "the €3.0 billion economists had forecast" -> consensus -3.0e9. "largest
# deficit since January" and "steepest fall since December" print no figure.
UK = "UK|Britain|United Kingdom"
FR = "France|French"
TB = "trade_balance|trade_deficit|goods_trade_balance"
TBC = "trade_balance_consensus|trade_balance_forecast|trade_deficit_forecast|trade_deficit_consensus"
G["en09"] = ([
    m(TB, -7.065e9, "GBP", UK, basis="goods, all countries, July"),
    m(TBC, -6.4e9, "GBP", UK, basis="goods, all countries, July"),
    m(TB, -4.480e9, "GBP", UK, basis="goods, non-EU, July"),
    m(TBC, -3.55e9, "GBP", UK, basis="goods, non-EU, July"),
    m("oil_balance|oil_trade_balance|oil_deficit", -270e6, "GBP", UK, basis="July"),
    m("oil_balance|oil_trade_balance|oil_deficit", -14e6, "GBP", UK, prior=257e6, basis="June, revised"),
    m("oil_balance|oil_trade_balance|oil_surplus", 257e6, "GBP", UK, opt=True, basis="June, first reported"),
    m("export_growth|exports_growth|exports_change", 2.5, "%", UK, basis="goods, July"),
    m("exports|goods_exports", 19.2e9, "GBP", UK, basis="goods, July"),
    m("import_growth|imports_growth|imports_change", 4, "%", UK, basis="goods, July"),
    m("imports|goods_imports", 26.3e9, "GBP", UK, basis="goods, July"),
    m("export_growth|exports_growth|exports_change", 9.5, "%", UK, basis="to EU countries"),
    m("export_growth|exports_growth|exports_change", -6, "%", UK, basis="to non-EU countries"),
    m("import_growth|imports_growth|imports_change", 3, "%", UK, basis="from EU countries"),
    m("import_growth|imports_growth|imports_change", 5, "%", UK, basis="from non-EU countries"),
    m("import_prices_change|import_price_change|import_prices", -0.7, "%", UK,
      basis="excluding oil and erratics, July"),
    m(TB, -3.304e9, "EUR", FR, prior=-3.145e9, basis="July"),
    m(TB, -3.145e9, "EUR", FR, opt=True, basis="June, revised"),
    m(TBC, -3.0e9, "EUR", FR, basis="July"),
], [])

# ---------------------------------------------------------------- en10 Europe close: Stoxx 600, DAX, CAC, Bund yield, Brent and WTI, sector sub-indices, consumer sentiment (Sharecast, no year in text)
# A European close. Market-wrap levels and moves carry no period; the text prints no year for November either ("since
# December 2015" bounds it but does not state it) -> no periods. Index moves +0.23 / +0.27 / +0.41 % key (no levels are
# printed). The 10-year Bund yield "fell five basis points to 0.22%" -> level key and change -5 bp key (word figure).
# Brent "0.679% lower at $48.57 per barrel" and WTI "fell 1.43% to $47.56" -> % moves and levels key (USD, basis per
# barrel). The Stoxx 600 oil and gas (+0.16 %), basic resources (+3.38 %) and lenders' (+1.01 %) sub-indices are key
# sector moves. The European Commission's consumer sentiment gauge "rose 1.9 points to stand at -6.1, better than the
# -7.8 markets had been expecting" -> level -6.1, change +1.9 and consensus -7.8, unit points (a negative index level is
# negative as printed). Not labelled: 1999, 30 November, 1727 GMT, December 2015 (dates and times), the US indices'
# record closes (no figure), and the numbers inside names (Stoxx Europe 600, CAC 40, S&P 500, Russell 2000, 10-year).
STOXX = "Stoxx Europe 600|STOXX 600|Stoxx 600"
EZ = "eurozone|euro zone|European Commission consumer sentiment"
G["en10"] = ([
    m("index_change|index_change_pct", 0.23, "%", STOXX),
    m("index_change|index_change_pct", 0.27, "%", "DAX|Germany's DAX"),
    m("index_change|index_change_pct", 0.41, "%", "CAC 40|France's CAC 40|CAC"),
    m("bond_yield|yield|10y_yield", 0.22, "%", "German Bund|10-year German Bund|Bund|Germany"),
    m("yield_change|bond_yield_change", -5, "bp", "German Bund|10-year German Bund|Bund|Germany"),
    m("price_change|oil_price_change", -0.679, "%", "Brent|Brent crude|Brent crude futures"),
    m("price|oil_price", 48.57, "USD", "Brent|Brent crude|Brent crude futures", basis="per barrel"),
    m("price_change|oil_price_change", -1.43, "%", "West Texas Intermediate|WTI|WTI crude"),
    m("price|oil_price", 47.56, "USD", "West Texas Intermediate|WTI|WTI crude", basis="per barrel"),
    m("sector_change|index_change", 0.16, "%", "Stoxx 600 oil and gas|oil and gas sub-index|oil and gas"),
    m("sector_change|index_change", 3.38, "%", "Stoxx 600 basic resources|basic resources sub-index|basic resources"),
    m("sector_change|index_change", 1.01, "%", "Stoxx 600 banks|banks|lenders"),
    m("consumer_sentiment|consumer_confidence", -6.1, "points", EZ),
    m("consumer_sentiment_change|consumer_confidence_change", 1.9, "points", EZ),
    m("consumer_sentiment_consensus|consumer_confidence_consensus|consumer_confidence_forecast", -7.8, "points", EZ),
], [])

# ---------------------------------------------------------------- en11 Reckitt Benckiser 2021: adjusted operating profit and margins, loss before tax, LFL revenue, 2022 targets, dividends (RTT/dpa-AFX via finanznachrichten, 2022)
# A consumer-goods group's year in pounds and pence. "The 12 months ended 31 December 2021" and "the decrease in 2021"
# -> calendar 2021 (the text never says fiscal). Each "X compared to Y[, prior year]" pair puts Y in the prior (news7):
# adjusted operating profit including IFCN China 2.88 bn (3.30 bn), margin 21.7 % (23.6 %), adjusted EPS 288.5p (327.0p),
# and excluding IFCN China 2.94 bn (3.22 bn) and 22.9 % (24.5 %); the basis carries "including/excluding IFCN China".
# "a loss before income tax of 260 million pounds, compared to a profit of 1.87 billion pounds" -> -260e6 with prior
# +1.87e9 (a loss is a negative profit); loss per share from continuing operations 8.8p -> -0.088 GBP, prior 1.593.
# Net revenue 13.23 bn, LFL +3.5 % with volume +0.6 % and price/mix +2.9 % key; reported "down 5.4%" at actual rates
# key; ex-IFCN China revenue 12.85 bn and -2.1 % key. 2022 targets: "LFL net revenue growth of between 1-4%" -> key
# range, period 2022; "growth in adjusted operating margins in 2022, from a base of 22.9%" repeats the 2021 ex-IFCN margin
# -> optional repeat (the target itself has no figure). "mid-single-digit" and the "mid-20s by the mid-20s" margin
# ambition print no precise figure -> not labelled. Final 2021 dividend 101.6p and full-year 174.6p key, 2021. The
# payment and record dates are not labelled.
RB = "Reckitt Benckiser|Reckitt Benckiser Group PLC|Reckitt|RB|RB.L"
Y = "2021"
AOP = "adjusted_operating_profit|operating_profit"
AOM = "adjusted_operating_margin|operating_margin"
G["en11"] = ([
    m(AOP, 2.88e9, "GBP", RB, Y, prior=3.30e9, basis="adjusted, including IFCN China"),
    m(AOM, 21.7, "%", RB, Y, prior=23.6, basis="adjusted, including IFCN China"),
    m("adjusted_eps|eps", 2.885, "GBP", RB, Y, prior=3.27, basis="adjusted"),
    m(AOP, 2.94e9, "GBP", RB, Y, prior=3.22e9, basis="adjusted, excluding IFCN China"),
    m(AOM, 22.9, "%", RB, Y, prior=24.5, basis="adjusted, excluding IFCN China"),
    m("pretax_profit|profit_before_tax|pre_tax_profit", -260e6, "GBP", RB, Y, prior=1.87e9),
    m("eps|earnings_per_share|loss_per_share", -0.088, "GBP", RB, Y, prior=1.593, basis="continuing operations"),
    m("net_revenue|revenue", 13.23e9, "GBP", RB, Y),
    m("lfl_revenue_growth|like_for_like_growth|revenue_growth", 3.5, "%", RB, Y, basis="LFL"),
    m("volume_growth", 0.6, "%", RB, Y),
    m("price_mix|price_mix_growth", 2.9, "%", RB, Y),
    m("revenue_growth|net_revenue_growth", -5.4, "%", RB, Y, basis="actual exchange rates"),
    m("net_revenue|revenue", 12.85e9, "GBP", RB, Y, basis="excluding IFCN China"),
    m("revenue_growth|net_revenue_growth", -2.1, "%", RB, Y, basis="excluding IFCN China, actual exchange rates"),
    m("guidance_lfl_revenue_growth|revenue_growth_target|guidance_revenue_growth", None, "%", RB, "2022",
      rng=(1, 4), basis="LFL"),
    m(AOM, 22.9, "%", RB, Y, opt=True, basis="base for 2022 margin target"),                      # repeat
    m("final_dividend|dividend_per_share|dividend", 1.016, "GBP", RB, Y),
    m("full_year_dividend|total_dividend|dividend_per_share", 1.746, "GBP", RB, Y),
], [])

# ---------------------------------------------------------------- en12 Philippines sells $1.5 billion of 2037 global bonds: yield, oversubscription, order book, allocation (ABS-CBN with Reuters, 2012)
# A sovereign bond sale. The size $1.5 billion, "about eight times oversubscribed" (hedge keeps 8, unit x), the 5% yield
# and the $12.5 billion order book are key; the transaction rows carry no period (deal terms, as M&A values in the
# earlier sets). The "total 2012 foreign debt requirement of $2.25 billion" is key, dated 2012 by its own text (the
# "01/05/12" dateline agrees); "two-thirds" of it raised is a derived share -> optional 66.7 % (news21 made "more than
# one-third" an optional 33.3 %). Demand by region "35% ... 25% ... 25% ... 15%" -> four key rows, region in the basis.
# "Earlier, Reuters had reported ... orders of $7.7 billion" is a superseded interim order count -> optional (decided:
# an earlier, overtaken report of the same book is incidental, not a row an analyst keeps). Not labelled: 2037 and the
# 25-year tenor (maturity and tenor, like 10-year in names), "third time in 5 years" (a count and a span), the dateline.
PH = "Philippines|Republic of the Philippines|Philippine government|Philippines 2037 global bonds"
G["en12"] = ([
    m("bond_size|amount_raised|issue_size|deal_size", 1.5e9, "USD", PH, basis="2037 global bonds"),
    m("oversubscription|bid_to_cover|cover_ratio|oversubscription_ratio", 8, "x", PH),
    m("yield|bond_yield", 5, "%", PH, basis="2037 global bonds"),
    m("funding_share|share_of_requirement|financing_progress", 66.7, "%", PH, "2012", opt=True),  # "two-thirds"
    m("foreign_debt_requirement|borrowing_requirement|financing_requirement", 2.25e9, "USD", PH, "2012"),
    m("orders|order_book|bids", 12.5e9, "USD", PH),
    m("allocation|demand_share|investor_allocation", 35, "%", PH, basis="U.S."),
    m("allocation|demand_share|investor_allocation", 25, "%", PH, basis="Philippines"),
    m("allocation|demand_share|investor_allocation", 25, "%", PH, basis="rest of Asia"),
    m("allocation|demand_share|investor_allocation", 15, "%", PH, basis="Europe"),
    m("orders|order_book|bids", 7.7e9, "USD", PH, opt=True, basis="earlier Reuters report"),
], [])
