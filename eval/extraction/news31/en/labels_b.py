# Hand-written gold labels for news31/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow or
# project code was run, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news30/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("at least £30 million" -> 30e6,
# "exceed £2bn" -> 2e9, "nearly RMB 1 trillion" -> 1e12, "approximately 52.2%" -> 52.2), a same-sentence "X from Y" /
# "X, against Y" / "X compared with Y" / "X, reversing Y a year earlier" value of the same quantity is the prior, and the
# earlier reading is also an optional row with its own period where the text names it (news29 en09, news30 batch b),
# while an unnamed year-ago "from" value is only a prior (news30 en10), periods only where the text states or clearly
# implies the year (a passage with no printed year has no period, news24), fiscal periods as the text names them
# (news17; "2015/16" -> FY2016, news30 batch b), a nine-month period as 2021Q1-Q3 (news23), quarter-end ratios dated by
# the quarter (news25), deal terms and market levels and moves carry no period, a bracketed currency conversion an
# optional row, repeats optional, pence scaled to GBP (news18), deal rows on "target|acquirer" entities (news17), the
# acquirer's close used to value a share offer a key price row and an exchange ratio a key row in "shares" (news29,
# news30 batch a), bid-to-cover in "x" with an optional literal row where printed in another unit (news23, news30
# batch b), "more than double" an optional 2 x (news29 batch a), an implied upside to a target a key metric (news6,
# news25), brokers' targets only in rating actions, a downgrade with both targets a downgrade carrying both (dev corpus),
# ratings lower-case and normalised).

# ---------------------------------------------------------------- en07 British Airways first half: record pre-tax profit and its growth, operating profit and margin with year-ago priors, 10 % full-year margin target, cut revenue and cost forecasts, fuel bill, passenger revenue, fares, premium volumes, cargo revenue fall, employee and fuel cost falls (domain-b, 2007; GBP)
# An airline's interim results; headline kept. Period: "the first six months of the financial year to the end of
# September", with the full-year 10 % margin sought "by March 2008" and full-year forecasts for revenue, costs and fuel
# -> BA's financial year ends in March 2008, so the half is FY2008H1 and the full year FY2008 (decided: clearly implied by
# the March 2008 year-end the full-year target is set against; the text names no calendar year for the half). Target:
# "on track" to reach a 10 per cent operating profit margin "for the first time" -> key target row (FY2008); the CEO's
# quote "our 10 per cent operating margin by March 2008" repeats it -> optional. Forecasts "revised downwards": revenues
# "slated to rise by 3-3.5 per cent" -> key range (no prior: the old forecast is not printed); costs "slated to fall by
# £100m" -> key signed change -100e6. Pre-tax profit "rose by 26 per cent to £593m" -> key level and growth ("in line
# with market expectations" gives no consensus number). "Operating profits rose from £442m to £556m" and margin "from 9.8
# per cent to 12.5 per cent" -> key rows with the year-ago priors (no named period -> no own rows, news30 en10). Fuel bill
# "expected to exceed £2bn for the first time" -> key full-year fuel cost (bound kept). Passenger revenues "fell slightly
# to £3.9bn" -> key level (no % printed). Fares +0.5 %, premium passenger volume +2.5 %, cargo revenues "falling by
# £290m" (-290e6), employee costs -7.1 %, half-year fuel costs -3.5 % -> key. Not labelled: Airbus A380, Boeing 787
# (model names), Terminal 5, "Friday", "March 2008" (dates).
BA = "British Airways|BA|British Airways plc"
H, FY = "FY2008H1", "FY2008"
G["en07"] = ([
    m("operating_margin_target|target_operating_margin|guidance_operating_margin|operating_margin", 10, "%", BA, FY,
      basis="on track to reach for the first time, full year"),
    m("operating_margin_target|target_operating_margin|guidance_operating_margin|operating_margin", 10, "%", BA, FY,
      opt=True, basis="CEO quote, by March 2008"),                                                      # quote repeat
    m("guidance_revenue_growth|revenue_growth_forecast|revenue_growth", None, "%", BA, FY, rng=(3, 3.5),
      basis="full-year revenue forecast, revised downwards"),
    m("guidance_cost_change|cost_change|costs_change|cost_reduction", -100e6, "GBP", BA, FY,
      basis="full-year costs forecast to fall by, revised downwards"),
    m("pretax_profit|profit_before_tax|pre_tax_profit", 593e6, "GBP", BA, H, basis="record, six months to September"),
    m("pretax_profit_growth|profit_before_tax_growth|pre_tax_profit_growth", 26, "%", BA, H),
    m("operating_profit|operating_income", 556e6, "GBP", BA, H, prior=442e6),
    m("operating_margin", 12.5, "%", BA, H, prior=9.8),
    m("fuel_costs|fuel_bill|fuel_cost", 2e9, "GBP", BA, FY, basis="expected to exceed, first time"),
    m("passenger_revenue|passenger_revenues|revenue", 3.9e9, "GBP", BA, H, basis="fell slightly"),
    m("average_fare_change|fare_change|yield_change|average_fare_growth", 0.5, "%", BA, H,
      basis="more premium passengers"),
    m("premium_passenger_growth|premium_traffic_growth|passenger_growth|premium_volume_growth", 2.5, "%", BA, H,
      basis="volume of premium passengers"),
    m("cargo_revenue_change|cargo_revenue|revenue_change", -290e6, "GBP", BA, H, basis="cargo revenues falling by"),
    m("employee_costs_change|staff_costs_change|employee_cost_growth|cost_change", -7.1, "%", BA, H),
    m("fuel_costs_change|fuel_cost_change|fuel_cost_growth|cost_change", -3.5, "%", BA, H, basis="weaker dollar"),
], [])

# ---------------------------------------------------------------- en08 Philippine Business Bank third quarter: net profit and nine-month profit with falls, trading loss against year-ago gains, ROE, ROA, NII, NIM, fee income, provisions, loans, NPL ratio, deposits, CAR (paradiseprofitsnow, byline Luz Wendy T. Noble; 2021 implied; PHP)
# A Philippine bank's quarterly results; the stored text has no headline (none added); byline kept. Source oddities
# kept: "P" for pesos (-> PHP), the missing full stop after "a year earlier", "third quarte". Period: the NIM and NPL
# ratio are set against "the end of 2020", so the September quarter reported is 2021Q3 (clearly implied: the first
# end-September after end-2020) and "the nine months" 2021Q1-Q3; end-September ratios (ROE, ROA, NIM, NPL, CAR) and
# balances (loans) dated 2021Q3 (news25); "Deposits amounted to P103.1 billion" follows the end-September balances ->
# 2021Q3 (basis says so). Rows: Q3 net profit -44 % and P280.294 million; nine-month P804.329 million and -38 %;
# "trading losses ... worth P40.713 million, reversing the P398.358 million in trading gains a year earlier" -> key
# -40.713e6 (a loss, negative) with the year-ago gain as prior (the "reversing ... a year earlier" pair read like
# "against", news30) and an optional 2020Q3 row of +398.358e6; ROE 7.61 %, ROA 0.88 %; NII +1.4 % and P1.444 billion;
# NIM 4.78 % with prior 5 and an optional end-2020 row (period 2020); fees +26.6 % and P32.176 million; "Loan loss
# provisions dropped 37.5% year-on-year to P250 million" -> key rows with period None (decided: the sentence names
# neither the quarter nor the nine months); loans P85.4 billion; NPL ratio 4.65 % with prior 4.07 and an optional
# end-2020 row; deposits P103.1 billion; CAR 14.61 % ("above the minimum regulatory requirement" prints no number).
PBB = "Philippine Business Bank|PBB|Philippine Business Bank Inc"
Q, N, PQ, YE = "2021Q3", "2021Q1-Q3", "2020Q3", "2020"
NP = "net_profit|net_income|profit"
G["en08"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", -44, "%", PBB, Q, basis="year-on-year"),
    m(NP, 280.294e6, "PHP", PBB, Q, basis="three months to September"),
    m(NP, 804.329e6, "PHP", PBB, N, basis="nine months"),
    m("net_profit_growth|net_income_growth|profit_growth", -38, "%", PBB, N),
    m("trading_income|trading_gains|trading_losses|trading_result", -40.713e6, "PHP", PBB, Q, prior=398.358e6,
      basis="trading losses"),
    m("trading_income|trading_gains|trading_result", 398.358e6, "PHP", PBB, PQ, opt=True,
      basis="trading gains a year earlier"),
    m("roe|return_on_equity", 7.61, "%", PBB, Q, basis="end of September"),
    m("roa|return_on_assets", 0.88, "%", PBB, Q, basis="end of September"),
    m("net_interest_income_growth|nii_growth", 1.4, "%", PBB, Q, basis="year-on-year"),
    m("net_interest_income|nii", 1.444e9, "PHP", PBB, Q),
    m("net_interest_margin|nim", 4.78, "%", PBB, Q, prior=5, basis="end of September"),
    m("net_interest_margin|nim", 5, "%", PBB, YE, opt=True, basis="end of 2020"),
    m("fee_income_growth|fees_and_commissions_growth|service_charges_growth", 26.6, "%", PBB, Q,
      basis="service charges, fees, and commissions, year-on-year"),
    m("fee_income|fees_and_commissions|service_charges_fees_commissions", 32.176e6, "PHP", PBB, Q,
      basis="printed 'third quarte'"),
    m("loan_loss_provisions_growth|provisions_growth|provisions_change", -37.5, "%", PBB,
      basis="year-on-year; quarter or nine months not stated"),
    m("loan_loss_provisions|provisions|loan_loss_provision", 250e6, "PHP", PBB,
      basis="quarter or nine months not stated"),
    m("total_loans|loans|gross_loans", 85.4e9, "PHP", PBB, Q, basis="end of September"),
    m("npl_ratio|non_performing_loan_ratio", 4.65, "%", PBB, Q, prior=4.07),
    m("npl_ratio|non_performing_loan_ratio", 4.07, "%", PBB, YE, opt=True, basis="end of 2020"),
    m("deposits|total_deposits", 103.1e9, "PHP", PBB, Q, basis="amounted to; read at end of September"),
    m("capital_adequacy_ratio|car", 14.61, "%", PBB, Q, basis="end of September"),
], [])

# ---------------------------------------------------------------- en09 SAIC Motor first half: revenue, attributable net profit, EPS, total and net assets, operating cash flow and segment cash, share-price fall, BYD and SAIC market caps, July sales with year-ago month (CnEVPost; no year printed; CNY)
# A Chinese carmaker's results in English, in RMB with one bracketed US$ conversion; the stored text has no headline
# (none added); the passage stops before the half-stored "SAIC's cumulative vehicle sales from January to July" sentence.
# Source oddity kept: "rumors that might acquire" (the buyer's name is missing on the page). No year is printed
# ("August 26", "this year", "July", "last year") -> no periods (news24). Rows: revenue RMB 356.6 billion and +29.90 %
# key, the "($55 billion)" conversion optional; attributable net profit RMB 13.31 billion and +58.61 % key; basic EPS
# RMB 1.15 key; total assets RMB 883.48 billion and attributable net assets RMB 275.98 billion key. Cash flow: operating
# cash -94.60 % key; "the financial segment down RMB 31.46 billion" -> key signed change on the segment; "the
# manufacturing segment posting net cash of RMB 14.54 billion, up 33.91 percent" -> key level and growth. Share price
# "falling 14 percent in the past two months" -> key move. The investor's comparison "BYD's market cap of nearly RMB 1
# trillion ... SAIC's market cap of only RMB 200 billion" -> two key market-cap rows (decided: stated facts on two
# companies, not trivia; BYD's row on BYD). July sales "352,546 units, down 22.95 percent from 457,558 units in the same
# month last year" -> key level with the prior, key -22.95 %, the year-ago month an optional row (named, but no year).
# Not labelled: "August 26", "two months" (window).
SAIC = "SAIC Motor|SAIC|SAIC Motor Corp|SAIC Motor Corporation|上汽集团|上汽|600104"
SFIN = "SAIC financial segment|financial segment|SAIC Motor financial segment"
SMAN = "SAIC manufacturing segment|manufacturing segment|SAIC Motor manufacturing segment"
BYD = "BYD|BYD Co|BYD Company|比亚迪"
G["en09"] = ([
    m("revenue|total_revenue|operating_revenue", 356.6e9, "CNY", SAIC, basis="first half"),
    m("revenue|total_revenue|operating_revenue", 55e9, "USD", SAIC, opt=True, basis="conversion"),       # ($55 billion)
    m("revenue_growth", 29.90, "%", SAIC, basis="first half, year-over-year"),
    m("net_profit|net_profit_attributable|net_income|profit_attributable", 13.31e9, "CNY", SAIC,
      basis="first half, attributable to shareholders of the listed company"),
    m("net_profit_growth|net_income_growth|profit_growth", 58.61, "%", SAIC, basis="year-over-year"),
    m("eps|basic_eps|earnings_per_share", 1.15, "CNY", SAIC, basis="basic"),
    m("total_assets", 883.48e9, "CNY", SAIC),
    m("net_assets|net_assets_attributable|shareholders_equity|equity", 275.98e9, "CNY", SAIC,
      basis="attributable to shareholders of the listed company"),
    m("operating_cash_flow_growth|operating_cash_flow_change|net_cash_from_operating_activities_change", -94.60, "%",
      SAIC, basis="first half, year-over-year"),
    m("operating_cash_flow_change|net_cash_change|cash_flow_change", -31.46e9, "CNY", SFIN + "|" + SAIC,
      basis="financial segment, year-over-year"),
    m("operating_cash_flow|net_cash|net_cash_from_operating_activities", 14.54e9, "CNY", SMAN + "|" + SAIC,
      basis="manufacturing segment"),
    m("operating_cash_flow_growth|net_cash_growth", 33.91, "%", SMAN + "|" + SAIC, basis="manufacturing segment"),
    m("price_change|share_price_change|stock_price_change", -14, "%", SAIC, basis="past two months"),
    m("market_cap|market_capitalisation|market_value", 1e12, "CNY", BYD, basis="nearly"),
    m("market_cap|market_capitalisation|market_value", 200e9, "CNY", SAIC, basis="only"),
    m("vehicle_sales|sales|sales_volume|deliveries", 352546, "units", SAIC, prior=457558, basis="July"),
    m("vehicle_sales|sales|sales_volume|deliveries", 457558, "units", SAIC, opt=True,
      basis="same month last year"),
    m("vehicle_sales_growth|sales_growth|sales_change", -22.95, "%", SAIC, basis="July, year-over-year"),
], [])

# ---------------------------------------------------------------- en10 Greene King / Spirit agreed bid terms: 0.1322 shares plus 8p cash, 115p per share on Greene King's 808.5p close, £773.6m value, 52.2 % and 53 % premiums with the 75.5p close and 75p VWAP, 10.2x EV/EBITDA, 28.9 % / 71.1 % ownership, £30m synergies, £25m one-off costs, 40/80/98 % phasing (Propel Info, 2014; GBP)
# A UK pub-sector M&A news item; the newsletter's dated headline line ("Tue 4th Nov 2014 - ...") kept and its run-in
# title kept; the passage stops before the Spirit chairman's quote (a sentence boundary). Deal rows carry
# "target|acquirer"; no period on deal terms. Terms: "0.1322 in new Greene King shares for each share" -> key exchange
# ratio in "shares"; "8p in cash (payable by Spirit as dividends)" -> key 0.08 GBP cash per share. Value: "115p"
# per Spirit share -> key offer value per share; Greene King's "closing price ... on 3 November 2014 of 808.5p" -> key
# price row on Greene King (news30 batch a's acquirer close). "approximately £773.6 million" -> key deal value (hedge
# kept). Premiums: 52.2 % to the 75.5p close of 22 September 2014 and 53 % to the three-month VWAP of approximately 75p
# -> two key premium rows (news29 batch b: a second printed premium is key) and the two reference prices key price rows
# on Spirit (undisturbed close, VWAP in basis). "enterprise value multiple of approximately 10.2 times Spirit's Ebitda
# for the 52 weeks ended 16 August 2014" -> key 10.2 x (EV/EBITDA, on the deal). Ownership after completion 28.9 %
# (Spirit shareholders) and 71.1 % (Greene King shareholders) -> key, entity the holder. Synergies "at least £30
# million per annum" key; one-off costs "approximately £25 million" key; phasing 40 % in 2015/16, 80 % in 2016/17 and 98 %
# in 2017/18 -> three key rows with periods FY2016, FY2017, FY2018 (news30 batch b's "2015/16" -> FY2016). Not labelled:
# "3 November 2014", "22 September 2014", "16 August 2014" (dates), "three-month" and "52 weeks" (windows).
SP = "Spirit Pub Company|Spirit|Spirit Pub Co|Spirit Pub"
GK = "Greene King|Greene King plc|GNK"
D = SP + "|" + GK
PREM = "premium|offer_premium|takeover_premium"
G["en10"] = ([
    m("exchange_ratio|share_consideration|stock_consideration|shares_per_share", 0.1322, "shares", D,
      basis="new Greene King shares per Spirit share"),
    m("cash_per_share|cash_consideration|offer_price|dividend_per_share", 0.08, "GBP", D,
      basis="8p in cash, payable by Spirit as dividends"),
    m("offer_value_per_share|offer_price|offer_price_per_share|price_per_share", 1.15, "GBP", D,
      basis="115p including the cash payment"),
    m("price|share_price|closing_price", 8.085, "GBP", GK, basis="close on 3 November 2014, 808.5p"),
    m("deal_value|offer_value|transaction_value|equity_value", 773.6e6, "GBP", D,
      basis="approximately, entire issued and to be issued share capital"),
    m(PREM, 52.2, "%", D, basis="approximately, to 75.5p close on 22 September 2014"),
    m("price|share_price|closing_price|undisturbed_price", 0.755, "GBP", SP,
      basis="close on 22 September 2014, last Business Day before the Offer Period"),
    m(PREM + "|premium_to_vwap", 53, "%", D, basis="to three-month volume weighted average closing price"),
    m("vwap|volume_weighted_average_price|price|share_price", 0.75, "GBP", SP,
      basis="approximately, three-month VWAP to 22 September 2014"),
    m("ev_ebitda|ev_to_ebitda|enterprise_value_multiple|valuation_multiple", 10.2, "x", D,
      basis="approximately, Spirit EBITDA for 52 weeks ended 16 August 2014"),
    m("ownership|stake|shareholding|ownership_of_combined_group", 28.9, "%", SP,
      basis="Spirit shareholders in combined group, approximately"),
    m("ownership|stake|shareholding|ownership_of_combined_group", 71.1, "%", GK,
      basis="Greene King shareholders in combined group, approximately"),
    m("cost_synergies|synergies|cost_savings|annual_cost_savings", 30e6, "GBP", D, basis="at least, per annum"),
    m("one_off_costs|integration_costs|implementation_costs|restructuring_costs", 25e6, "GBP", D,
      basis="approximately, to deliver the savings"),
    m("synergies_realised|synergy_phasing|synergies_share", 40, "%", D, "FY2016", basis="2015/16"),
    m("synergies_realised|synergy_phasing|synergies_share", 80, "%", D, "FY2017", basis="2016/17"),
    m("synergies_realised|synergy_phasing|synergies_share", 98, "%", D, "FY2018", basis="2017/18"),
], [])

# ---------------------------------------------------------------- en11 European debt auctions: Bundesbank takes €1.13bn of a €5bn Bund sale at 1.77 %; UK five-year gilt bid-to-cover 1.4 and 1.147 %; Italy's €8bn one-year bills at 2.84 % and 1.5 bid-to-cover, €3bn three-month bills at 1.246 % (financialriskstoday, 11.04.2012)
# A bond-auction round-up with its date line and byline; the stored text has no headline (none added). Auction terms
# carry no period (news29 batch a); the "previous March auction" is dated by the 2012 date line (news29: a dateline year
# dates the sovereign's funding calendar) -> its optional row 2012-03. Germany: the Bundesbank "bought €1.13bn (£0.93bn)
# of the €5bn of 10-year debt on offer" -> key amount bought, its bracketed conversion optional, key €5bn offered;
# average yield 1.77 % with prior 1.88 ("compared with ... at the last auction") key, 1.88 an optional row (news30 en11's
# earlier levels). UK: five-year gilt bid-to-cover "1.4 compared with 1.95" -> key in x with prior, 1.95 optional;
# average yield 1.147 % key. Italy: €8bn of one-year bills key; average rate 2.84 % with prior 1.405 key, 1.405 an
# optional 2012-03 row; "more than double" -> optional 2 x; demand "slightly up at 1.5 bidders compared with 1.38" -> key
# bid-to-cover 1.5 x with prior 1.38 (decided: "bidders" here is the cover ratio, news23), the literal count reading
# "1.5 bidders" an optional row in "bidders", 1.38 optional; €3bn of three-month bills key; average yield 1.246 % with
# prior 0.492 key, 0.492 optional. Not labelled: "11.04.2012", "10-year", "five-year", "one-year", "three-month" (tenors).
DE = "Germany|German|Bundesbank|German 10-year debt|Bund|German Finance Agency"
UK = "UK|United Kingdom|Britain|five-year gilts|UK five-year gilt|gilts|UK Debt Management Office"
IT1 = "Italy|Italian one-year bills|one-year bills|Italian Treasury|Italian"
IT3 = "Italy|Italian three-month bills|three-month bills|Italian Treasury|Italian"
AMT = "auction_size|amount_sold|bond_sale|debt_sold|amount_offered"
AY = "auction_yield|average_yield|yield|bond_yield|average_rate"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
G["en11"] = ([
    m("bundesbank_purchase|amount_bought|central_bank_purchase|amount_sold", 1.13e9, "EUR", DE,
      basis="Bundesbank bought, lack of bidders"),
    m("bundesbank_purchase|amount_bought|central_bank_purchase|amount_sold", 0.93e9, "GBP", DE, opt=True,
      basis="conversion"),                                                                               # (£0.93bn)
    m(AMT, 5e9, "EUR", DE, basis="10-year debt on offer"),
    m(AY, 1.77, "%", DE, prior=1.88, basis="10-year auction average yield"),
    m(AY, 1.88, "%", DE, opt=True, basis="last auction"),
    m(BTC, 1.4, "x", UK, prior=1.95, basis="five-year gilts"),
    m(BTC, 1.95, "x", UK, opt=True, basis="last auction"),
    m(AY, 1.147, "%", UK, basis="five-year gilts average yield"),
    m(AMT, 8e9, "EUR", IT1, basis="one-year bills sold"),
    m(AY, 2.84, "%", IT1, prior=1.405, basis="one-year bills average rate"),
    m(AY, 1.405, "%", IT1, "2012-03", opt=True, basis="previous March auction"),
    m("yield_ratio|change_multiple|multiple", 2, "x", IT1, opt=True, basis="more than double"),
    m(BTC, 1.5, "x", IT1, prior=1.38, basis="printed '1.5 bidders compared with 1.38 previously'"),
    m(BTC, 1.5, "bidders", IT1, opt=True, basis="literal count reading"),
    m(BTC, 1.38, "x", IT1, opt=True, basis="previously"),
    m(AMT, 3e9, "EUR", IT3, basis="three-month bills sold"),
    m(AY, 1.246, "%", IT3, prior=0.492, basis="three-month bills average yield"),
    m(AY, 0.492, "%", IT3, opt=True, basis="last auction"),
], [])

# ---------------------------------------------------------------- en12 Stifel Nicolaus downgrades Lululemon to hold from buy, target $66 from $61: share move, implied upside, four-month closing high, run-up since results, S&P 500 gain, Stifel's buy-rating definition (MarketWatch via Fox Business, 2017 page; no year printed; USD)
# A single analyst downgrade; the stored text has no headline (none added); "Continue Reading Below" and the copyright
# line dropped. No year is printed ("Tuesday", "June 1", "Monday") -> no periods. Rating action (dev corpus): "cut his
# rating to hold from buy, but raised his stock price target to $66 from $61" -> downgrade with both ratings and both
# targets (a rating change with a target change is upgrade/downgrade carrying both). Metrics: the 0.8 % slump in morning
# trade key; "The new price target was 7.3% above current levels" -> key upside (news25); "Monday's four-month closing
# high of $62.02" -> key price (close, basis names the high); "shot up 27.4% since the company reported results on June 1"
# key; the S&P 500's "just 1.6%" over the same span key (entity the index). Stifel's rating definition "a total return
# of greater than 10% over the next 12 months" -> optional (a rating-scale definition, not a figure on the stock). Not
# labelled: "June 1", "12 months" (window), "four-month" (window).
LULU = "Lululemon Athletica|Lululemon|LULU|Lululemon Athletica Inc"
G["en12"] = ([
    m("price_change|share_price_change|stock_price_change", -0.8, "%", LULU, basis="morning trade Tuesday"),
    m("upside|implied_upside|upside_potential|target_upside", 7.3, "%", LULU,
      basis="Stifel Nicolaus target above current levels"),
    m("price|share_price|closing_price|closing_high", 62.02, "USD", LULU, basis="Monday's four-month closing high"),
    m("price_change|share_price_change|stock_price_change", 27.4, "%", LULU,
      basis="since results on June 1 through Monday"),
    m("index_change|price_change|index_return", 1.6, "%", "S&P 500|S&P|SPX", basis="same period"),
    m("total_return_threshold|expected_total_return|total_return", 10, "%", "Stifel Nicolaus|Stifel", opt=True,
      basis="buy-rating definition, greater than, next 12 months"),
], [
    ra("Stifel Nicolaus|Stifel|Stifel Nicolaus & Co", LULU, "downgrade", "hold", prior_rating="buy", target=66,
       prior_target=61, cur="USD"),
])
