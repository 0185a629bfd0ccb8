# Hand-written gold labels for news33/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow or
# project code run, and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news32/en/README.md (values fully
# scaled, declines and losses negative, pence scaled to GBP, a hedge or bound keeps the stated number ("over 4%" -> 4,
# "will not exceed £1.4 billion" -> 1.4e9, "more than threefold" -> 3 x), a same-sentence "X from Y" / "X compared with
# Y" / "X against Y" value of the same quantity is the prior, and a "from" value whose own period the text names ("a
# year ago", "prior year") is also an optional row of its own (news30 batch b), a revised reading takes its first
# estimate as prior and as an optional row (news25), a previous month's figure in a clause of its own ("reversing a 6.6%
# decline in October", "on the heels of a 3.4% decline") is a key row of its own (news32 batch b), a poll's expected
# decline is a negative consensus row, periods only where the text states or clearly implies the year (a passage with
# no printed year has no period, news24; a date line dates the quarters, news32 batch b), fiscal years as the text
# names them ("fiscal 2017" -> FY2017, news17; "14/15" -> FY2015 like Indian 2019/20 -> FY2020), market moves carry no
# period, consensus figures key (news23), repeats and inline quote strings optional, analyst counts optional, growth
# multiples key in "x" when they are the only comparison printed (news31 "over 13-fold"), brokers' targets and
# ratings only in rating actions, ratings normalised lower-case, quotes kept verbatim in the texts).

# ---------------------------------------------------------------- en01 Sony raises fiscal 2017 outlook: record ¥630 billion operating profit forecast above the ¥500 billion plan target, the fiscal 1997 record, net profit forecast ¥380 billion (+26 % on the August estimate), sales outlook ¥8.5 trillion (+2.4 %), record April-September net profit, operating profit and sales (Japan Times, 2017 page; JPY)
# A Japanese company's results in yen with a revised full-year forecast; the stored text has no headline (none added;
# the crawler's date tag is not page text). Periods: the net-profit projection is "for fiscal 2017" and the plan runs
# "through fiscal 2017", so "the current fiscal year through next March" is FY2017 (the text's own name, news17) and
# "the April-September period" / "the first half of the business year through September" FY2017H1. The ¥630 billion
# forecast is key (record); "The ¥630 billion profit would exceed ..." repeats it (optional). The plan target "over
# ¥500 billion" is a key row of its own (a target, not the earlier forecast: no "from" is printed), its repeat "more
# than ¥500 billion" optional. The all-time high "¥525.7 billion in fiscal 1997" is key with period FY1997 (a named
# operating profit the forecast is measured against). Net profit projection ¥380 billion key; "up 26 percent from its
# estimate in August" -> key +26 % revision row (the August figure itself is not printed -> no prior). Sales outlook
# ¥8.5 trillion key; its "up 2.4 percent" (printed without a full stop; read, like the net-profit sentence before it, as
# the change on the earlier outlook) key with growth names as alternatives. First half: net profit ¥211.7 billion key
# and "jumped eightfold" key 8 x; operating profit ¥361.8 billion key and "more than threefold" key 3 x (the only
# comparisons printed; no year-ago level); sales ¥3.92 trillion and +18.7 % key. Not labelled: "three-year" (plan
# length), "last year" (the earthquake).
SONY = "Sony|Sony Corp.|Sony Corporation|Sony Corp"
FY, H1 = "FY2017", "FY2017H1"
OPF = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance|operating_profit_outlook"
G["en01"] = ([
    m(OPF, 630e9, "JPY", SONY, FY, basis="record, current fiscal year through next March"),
    m(OPF + "|operating_profit", 630e9, "JPY", SONY, FY, opt=True, basis="repeat"),
    m("operating_profit_target|profit_target|" + OPF, 500e9, "JPY", SONY, FY,
      basis="over; three-year business plan target"),
    m("operating_profit_target|profit_target|" + OPF, 500e9, "JPY", SONY, FY, opt=True, basis="more than; repeat"),
    m("operating_profit|operating_income|record_operating_profit", 525.7e9, "JPY", SONY, "FY1997",
      basis="previous all-time high"),
    m("guidance_net_profit|net_profit_forecast|net_profit_guidance|net_income_forecast", 380e9, "JPY", SONY, FY),
    m("guidance_net_profit_revision|net_profit_forecast_change|net_profit_forecast_revision", 26, "%", SONY, FY,
      basis="from its estimate in August"),
    m("guidance_revenue|revenue_forecast|sales_forecast|sales_outlook|revenue_guidance", 8.5e12, "JPY", SONY, FY),
    m("guidance_revenue_revision|sales_forecast_change|revenue_forecast_revision|revenue_growth_forecast|"
      "sales_outlook_change", 2.4, "%", SONY, FY),
    m("net_profit|net_income", 211.7e9, "JPY", SONY, H1, basis="record, April-September"),
    m("net_profit_growth|net_income_growth|net_profit_multiple", 8, "x", SONY, H1, basis="eightfold from a year earlier"),
    m("operating_profit|operating_income", 361.8e9, "JPY", SONY, H1, basis="record, first half through September"),
    m("operating_profit_growth|operating_income_growth|operating_profit_multiple", 3, "x", SONY, H1,
      basis="more than threefold"),
    m("revenue|sales", 3.92e12, "JPY", SONY, H1),
    m("revenue_growth|sales_growth", 18.7, "%", SONY, H1),
], [])

# ---------------------------------------------------------------- en02 Bank of America first quarter 2019: EPS $0.70 (+13 % from $0.62) against the $0.65 Thomson Reuters estimate, net profit, revenue against consensus, net interest income, non-interest income, provision for credit losses and its rise, non-interest expense and its fall, average loans and deposits with their $ and % rises (RTTNews via Business Insider, 2019; USD)
# A US bank's quarterly results; the headline and the "(RTTNews) -" tag are kept. Period: "the first quarter of 2019"
# (average balances) dates the quarter -> 2019Q1; "a year ago" / "prior year" -> 2018Q1. EPS "$0.70, up 13 percent
# from $0.62, a year ago" -> key EPS with prior, key +13 % growth, and the year-ago EPS an optional 2018Q1 row (its
# period named). "23 analysts" optional (analyst count); the $0.65 estimate key. Net profit applicable to common
# shareholders "increased year-over-year to $6.87 billion from $6.49 billion" -> key with prior, optional 2018Q1 row.
# Revenue net of interest expense "$23.00 billion compared to $23.07 billion, prior year" -> key with prior (a slight
# fall; no growth row printed), optional 2018Q1 row; the $23.3 billion expectation key. Net interest income "to $12.38
# billion from $11.77 billion" and non-interest income "$10.63 billion compared to $11.30 billion" -> key with priors
# (no year named beside them -> no optional year-ago rows). Provision "increased $179 million to $1.0 billion" -> key
# level and key +179 million change (no prior computed). Non-interest expense "declined $618 million, or 4%, to $13.2
# billion" -> key level, key -618 million and key -4 %. Average loan and lease balances "rose $33 billion, or 4%, to
# $897 billion" and average deposits "rose $63 billion, or 5%, to $1.4 trillion" -> level, $ change and % change key
# each. In the CEO's quote, "reduced expenses by four percent from the first quarter of 2018" restates the -4 % in words
# (optional) and "350 financial centers ... by 2021" is a branch plan (optional, period 2021 as printed); "seventeenth
# consecutive quarter" is an ordinal in words (not labelled).
BAC = "Bank of America|Bank of America Corp.|Bank Of America|BofA|BAC"
Q, QP = "2019Q1", "2018Q1"
NP = "net_profit|net_income|net_income_applicable_to_common|net_profit_applicable_to_common_shareholders"
REV = "revenue|total_revenue|revenue_net_of_interest_expense|net_revenue"
G["en02"] = ([
    m("eps", 0.70, "USD", BAC, Q, prior=0.62),
    m("eps", 0.62, "USD", BAC, QP, opt=True, basis="a year ago"),
    m("eps_growth", 13, "%", BAC, Q),
    m("analyst_count", 23, "analysts", BAC, Q, opt=True, basis="Thomson Reuters poll"),
    m("eps_consensus|eps_estimate", 0.65, "USD", BAC, Q, basis="Thomson Reuters, 23 analysts"),
    m(NP, 6.87e9, "USD", BAC, Q, prior=6.49e9, basis="applicable to common shareholders"),
    m(NP, 6.49e9, "USD", BAC, QP, opt=True, basis="year-ago"),
    m(REV, 23.00e9, "USD", BAC, Q, prior=23.07e9, basis="net of interest expense"),
    m(REV, 23.07e9, "USD", BAC, QP, opt=True, basis="prior year"),
    m("revenue_consensus|revenue_estimate", 23.3e9, "USD", BAC, Q),
    m("net_interest_income|nii", 12.38e9, "USD", BAC, Q, prior=11.77e9),
    m("non_interest_income|noninterest_income|fee_income", 10.63e9, "USD", BAC, Q, prior=11.30e9),
    m("provision_for_credit_losses|provisions|loan_loss_provisions|credit_loss_provision", 1.0e9, "USD", BAC, Q),
    m("provision_for_credit_losses_change|provisions_change|provision_increase", 179e6, "USD", BAC, Q),
    m("non_interest_expense|noninterest_expense|expenses|operating_expenses", 13.2e9, "USD", BAC, Q),
    m("non_interest_expense_change|noninterest_expense_change|expenses_change", -618e6, "USD", BAC, Q),
    m("non_interest_expense_growth|noninterest_expense_change|expenses_change|expense_growth", -4, "%", BAC, Q),
    m("average_loans|average_loan_balances|average_loans_and_leases|loans", 897e9, "USD", BAC, Q,
      basis="business segments"),
    m("average_loans_change|loan_growth|loans_change", 33e9, "USD", BAC, Q),
    m("average_loans_growth|loan_growth|loans_change", 4, "%", BAC, Q),
    m("average_deposits|average_deposit_balances|deposits", 1.4e12, "USD", BAC, Q),
    m("average_deposits_change|deposit_growth|deposits_change", 63e9, "USD", BAC, Q),
    m("average_deposits_growth|deposit_growth|deposits_change", 5, "%", BAC, Q),
    m("expense_growth|expenses_change|non_interest_expense_growth", -4, "%", BAC, Q, opt=True,
      basis="four percent, CEO quote, repeat"),
    m("new_financial_centers|financial_centers|branch_openings", 350, "financial centers", BAC, "2021", opt=True,
      basis="to add by 2021"),
], [])

# ---------------------------------------------------------------- en03 Euro zone second-quarter GDP revised up (0.4 % q/q, 1.5 % y/y from 0.3 % and 1.2 %), first quarter revised (0.5 %, 1.2 %), Italy revised, Germany and France confirmed, Greece revised for both quarters (Reuters, September 8, 2015)
# A eurozone economic release (Eurostat's second GDP estimate); the date line (without the page's "4 years ago"),
# headline and "BRUSSELS (Reuters) -" dateline kept. Periods: the date line "September 8, 2015" dates "the second
# quarter" / "April-June period" as 2015Q2 and "the first quarter" as 2015Q1. Revision rule (news25): "rose 0.4 percent
# quarter-on-quarter ... for a 1.5 percent year-on-year rise" with "previously reported figures of a 0.3 percent
# quarterly rise and a 1.2 percent year-on-year gain" in the next sentence -> key revised readings with the first
# estimates as priors and as optional rows. "Economists polled by Reuters had expected the initial figures ... would
# remain unchanged" -> implied consensus 0.3 % / 1.2 %, optional (no figure printed in that sentence). First quarter
# "0.5 percent ... instead of the 0.4 percent" and "revised up to 1.2 percent from 1.0 percent" -> key with priors,
# first estimates optional. Italy 0.3 % q/q and 0.7 % y/y with the earlier 0.2 % / 0.5 % (own sentence, the revision
# rule) as priors and optional rows. Germany 0.4 % / 1.6 % and France "no growth" (0 %) / 1 % confirmed -> key, no
# prior. Greece 0.9 % q/q "rather than 0.8 percent" -> key with prior, 0.8 optional; Greece's first quarter "by 0.1
# percent, an upward revision from the no-growth scenario" -> key 0.1 % (q/q by context) with prior 0 and an optional
# 0 % row. Not labelled: "19 countries" (count of countries), "third biggest" (rank).
EZ = "euro zone|eurozone|euro area|Eurozone|EA19|Eurostat"
QOQ = "gdp_growth_qoq|gdp_growth|economic_growth|gdp_change_qoq"
YOY = "gdp_growth_yoy|gdp_growth|economic_growth|gdp_change_yoy"
Q2, Q1 = "2015Q2", "2015Q1"
IT, DE, FR, GR = "Italy|Italian economy", "Germany", "France", "Greece|Greek economy"
G["en03"] = ([
    m(QOQ, 0.4, "%", EZ, Q2, prior=0.3, basis="revised, quarter-on-quarter"),
    m(QOQ, 0.3, "%", EZ, Q2, opt=True, basis="previously reported"),
    m(YOY, 1.5, "%", EZ, Q2, prior=1.2, basis="revised, year-on-year"),
    m(YOY, 1.2, "%", EZ, Q2, opt=True, basis="previously reported"),
    m("gdp_growth_consensus|gdp_growth_estimate|gdp_growth_qoq_consensus", 0.3, "%", EZ, Q2, opt=True,
      basis="implied: expected unchanged"),
    m("gdp_growth_consensus|gdp_growth_estimate|gdp_growth_yoy_consensus", 1.2, "%", EZ, Q2, opt=True,
      basis="implied: expected unchanged"),
    m(QOQ, 0.5, "%", EZ, Q1, prior=0.4, basis="revised"),
    m(QOQ, 0.4, "%", EZ, Q1, opt=True, basis="reported previously"),
    m(YOY, 1.2, "%", EZ, Q1, prior=1.0, basis="revised up"),
    m(YOY, 1.0, "%", EZ, Q1, opt=True, basis="reported previously"),
    m(QOQ, 0.3, "%", IT, Q2, prior=0.2, basis="revised"),
    m(QOQ, 0.2, "%", IT, Q2, opt=True, basis="previous estimate"),
    m(YOY, 0.7, "%", IT, Q2, prior=0.5, basis="revised"),
    m(YOY, 0.5, "%", IT, Q2, opt=True, basis="previous estimate"),
    m(QOQ, 0.4, "%", DE, Q2, basis="confirmed"),
    m(YOY, 1.6, "%", DE, Q2, basis="confirmed"),
    m(QOQ, 0, "%", FR, Q2, basis="no growth, confirmed"),
    m(YOY, 1, "%", FR, Q2, basis="confirmed"),
    m(QOQ, 0.9, "%", GR, Q2, prior=0.8, basis="revised up"),
    m(QOQ, 0.8, "%", GR, Q2, opt=True, basis="previous estimate"),
    m(QOQ, 0.1, "%", GR, Q1, prior=0, basis="revised up from no growth"),
    m(QOQ, 0, "%", GR, Q1, opt=True, basis="no-growth scenario previously estimated"),
], [])

# ---------------------------------------------------------------- en04 Tesco's fourth profit warning within a year: shares -10 % to 168.65p, trading profit for the year to February not above £1.4 billion, the £263 million overstatement, Jefferies (hold, 195p) on the ~30 % cut to expectations, the £118m second-half UK loss, the 544 bp margin swing, the 0.9 % EBIT margin and 34 %/22 %/17 % estimate cuts (Shares magazine, 09 Dec 2014; GBP)
# A profit warning with the share price move; the stored text has no headline (none added), its "Issue Date: 09 Dec
# 2014" line is kept at the end, the dealing-account advert dropped; the two analysts' quotes kept verbatim. Periods:
# the issue date and Jefferies' "14/15" / "FY 14/15" make "the year to February" the year to February 2015 -> FY2015
# (named like Indian 2019/20 -> FY2020), its "second half" FY2015H2, and "the current year and the following two" FY2015,
# FY2016, FY2017. Share move -10 % and price 168.65p (-> 1.6865 GBP) key; "its fourth within a year" is an ordinal in
# words (not labelled). Trading profit guidance "will not exceed £1.4 billion" -> key 1.4e9 (bound kept in basis); the
# Jefferies quote's "not more than £1.4bn" is a repeat (optional). "£263 million profits overstatement" key (the
# figure behind the warning). Jefferies: "a 'hold' rating and 195p price target" with no change printed -> maintain
# with rating and target (news32 batch a); "a circa 30% cut to 14/15 profit expectations is implied" -> key -30 %
# (hedge kept); "second half trading loss of £118m" -> key -118 million on Tesco UK retail (a loss, negative); "a 544
# basis point year on year margin swing" (from profit to loss) -> key -544 bp; "FY 14/15 EBIT margin of 0.9%" key;
# "cut our earnings estimates by 34%/22%/17%" -> three key negative estimate-change rows. Brewin Dolphin's "more than
# 6,000 new employees in store" is optional (incidental, in a quote). Not labelled: "year on year" wording, "final
# dividend to be cancelled" (no figure).
TSCO = "Tesco|Tesco plc|TSCO"
TUK = "Tesco UK retail|Tesco UK|UK retail|Tesco"
EST = "eps_estimate_change|earnings_estimate_change|earnings_estimate_cut|estimate_revision|eps_revision"
G["en04"] = ([
    m("price_change|share_price_change", -10, "%", TSCO),
    m("price|share_price", 1.6865, "GBP", TSCO),
    m("guidance_trading_profit|trading_profit_guidance|trading_profit_forecast|trading_profit", 1.4e9, "GBP", TSCO,
      "FY2015", basis="will not exceed; year to February"),
    m("guidance_trading_profit|trading_profit_guidance|trading_profit_forecast|trading_profit", 1.4e9, "GBP", TSCO,
      "FY2015", opt=True, basis="not more than; repeat in Jefferies quote"),
    m("profit_overstatement|accounting_overstatement|overstatement", 263e6, "GBP", TSCO,
      basis="profits overstatement examined by the Serious Fraud Office"),
    m("profit_expectations_change|profit_estimate_change|consensus_change|profit_forecast_cut", -30, "%", TSCO,
      "FY2015", basis="circa, implied by guidance (Jefferies)"),
    m("trading_profit_estimate|trading_loss_estimate|trading_profit|trading_loss", -118e6, "GBP", TUK, "FY2015H2",
      basis="Jefferies model, second half trading loss"),
    m("margin_change|trading_margin_change|margin_swing", -544, "bp", TUK, "FY2015H2",
      basis="year on year margin swing (Jefferies)"),
    m("ebit_margin_estimate|ebit_margin|operating_margin_estimate", 0.9, "%", TUK, "FY2015", basis="Jefferies"),
    m(EST, -34, "%", TSCO, "FY2015", basis="Jefferies, current year"),
    m(EST, -22, "%", TSCO, "FY2016", basis="Jefferies, following year"),
    m(EST, -17, "%", TSCO, "FY2017", basis="Jefferies, year after"),
    m("new_employees|employees_added|hires", 6000, "employees", TSCO, opt=True, basis="more than, in store"),
], [
    ra("Jefferies", TSCO, "maintain", "hold", target=1.95, cur="GBP"),
])

# ---------------------------------------------------------------- en05 US durable goods orders for November: -1 % against a -3 % MarketWatch forecast, transportation -7.4 %, ex-transportation +1.2 %, October revised to -8.4 % from -6.9 %, core capital equipment +4.7 % after -6.6 %, shipments -2.6 % and -3.4 %, ex-transportation shipments -2.4 % and -2.7 % (MarketWatch via India Bullion, 2008 page; no year printed)
# A US durable-goods release (Commerce Department, month-on-month, revisions); the stored text has no headline, its
# standfirst "Drop is less than expected; weakness in transportation goods cited" is kept. No year is printed -> no
# periods; the month goes into the basis. Orders -1 % key; transportation orders -7.4 % key (on a
# "transportation|US" entity); the MarketWatch survey's "overall decline of 3%" -> key -3 % consensus; ex-transportation
# +1.2 % key. October "revised to a decline of 8.4%, compared with a prior estimate of a 6.9% drop" -> key -8.4 % with
# prior -6.9 and the first estimate an optional row (news25). Core capital equipment "rose 4.7% in November, reversing
# a 6.6% decline in October" -> key +4.7 % and a key -6.6 % October row (an earlier month in a clause of its own, not a
# "from" value). Shipments "fell 2.6%, on the heels of a 3.4% decline in October" -> two key rows; ex-transportation
# shipments "declined by 2.4% and 2.7% for the respective months" -> two key rows (November, October). No figure in
# the closing paragraph.
US = "US|U.S.|United States"
DG = "durable_goods_orders_change|durable_goods_orders|durable_goods_orders_growth|durable_goods"
SH = "durable_goods_shipments_change|shipments_change|durable_goods_shipments"
SHX = "durable_goods_shipments_ex_transportation_change|shipments_ex_transportation|" + SH
CAP = "core_capital_goods_orders_change|core_capital_equipment_orders|capital_goods_orders_change|core_capital_goods_orders"
G["en05"] = ([
    m(DG, -1, "%", US, basis="November, month-on-month"),
    m("transportation_orders_change|transportation_orders|durable_goods_orders_transportation|" + DG, -7.4, "%",
      "US transportation goods orders|transportation goods|transportation|US|U.S.", basis="November"),
    m("durable_goods_orders_consensus|durable_goods_orders_estimate|durable_goods_orders_forecast", -3, "%", US,
      basis="November, MarketWatch survey"),
    m("durable_goods_orders_ex_transportation_change|durable_goods_orders_ex_transportation|core_durable_goods_orders|"
      + DG, 1.2, "%", US, basis="November, excluding transportation"),
    m(DG, -8.4, "%", US, prior=-6.9, basis="October, revised"),
    m(DG, -6.9, "%", US, opt=True, basis="October, prior estimate"),
    m(CAP, 4.7, "%", US, basis="November"),
    m(CAP, -6.6, "%", US, basis="October"),
    m(SH, -2.6, "%", US, basis="November"),
    m(SH, -3.4, "%", US, basis="October"),
    m(SHX, -2.4, "%", US, basis="November, excluding transportation"),
    m(SHX, -2.7, "%", US, basis="October, excluding transportation"),
], [])

# ---------------------------------------------------------------- en06 BioXcel Therapeutics after its quarter: shares -4 % against the S&P 500's -1.2 %, Mizuho downgrade to neutral with the target cut to $4 from $40, Goldman Sachs ($4 from $12, neutral), Truist ($31 from $71, buy) and Canaccord Genuity ($20 from $75, buy) target cuts (Motley Fool, 2023 page; USD)
# Several brokers' targets and ratings on one US company after its results; the stored text has no headline (none
# added), its "What happened" / "So what" / "Now what" section heads are kept, and the page's inline quote "(BTAI
# 2.23%)" is kept as printed. Metrics: "lost over 4% of its value" key -4 % (bound kept); the S&P 500's "1.2% decline"
# key -1.2 %; the inline quote's 2.23 % optional (dev corpus: inline quote strings). Monday's "tanked" has no figure.
# Rating actions: Mizuho Securities "downgrade ... a neutral, instead of his previous buy" with "$4 per share, down
# sharply from his preceding $40" -> downgrade with both ratings and both targets. "Goldman Sachs, Truist Securities,
# and Canaccord Genuity all trimmed their price targets" with "maintaining their recommendations ... neutral, buy, and
# buy, respectively" -> three cut_target actions carrying the kept ratings in that order: Goldman $4 from $12
# (neutral), Truist $31 "(from $71)" (buy), Canaccord $20, "previously it stood at $75" (buy). The page spells the last
# broker both "Canaccord Genuity" and "Cannacord Genuity" (both kept as alternatives). Analysts' names are not brokers.
BTAI = "BioXcel Therapeutics|BioXcel|BTAI"
G["en06"] = ([
    m("price_change|share_price_change", -4, "%", BTAI, basis="over, Tuesday"),
    m("index_change|price_change", -1.2, "%", "S&P 500|S&P 500 index|S&P"),
    m("price_change|share_price_change", 2.23, "%", BTAI, opt=True, basis="inline quote string"),
], [
    ra("Mizuho Securities|Mizuho", BTAI, "downgrade", "neutral", "buy", target=4, prior_target=40, cur="USD"),
    ra("Goldman Sachs|Goldman", BTAI, "cut_target", "neutral", target=4, prior_target=12, cur="USD"),
    ra("Truist Securities|Truist", BTAI, "cut_target", "buy", target=31, prior_target=71, cur="USD"),
    ra("Canaccord Genuity|Cannacord Genuity|Canaccord", BTAI, "cut_target", "buy", target=20, prior_target=75, cur="USD"),
])
