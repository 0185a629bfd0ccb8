# Hand-written gold labels for news32/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run, nothing under plugins/ was opened, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news31/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number ("roughly $416.11bn" -> 416.11e9,
# "about $10.86bn" -> 10.86e9, "around 1 percent" -> 1, "more than tripled" -> 3 x), a same-sentence "X from Y" /
# "X, up from Y" / "X compared with Y" value of the same quantity is the prior and the earlier reading is also an
# optional row with its own period where the text names it (news29 en09, news30 batch b, news31), while an unnamed
# year-ago "from" value is only a prior (news30 en10), an earlier-period figure in a clause of its own is its own key
# row, periods only where the text states or clearly implies the year (a passage with no printed year has no period,
# news24; a date line dates the quarter it reports, news31 batch b), market levels and moves, deal and IPO terms carry
# no period, a bracketed currency conversion an optional row, repeats (a headline's rounded "6pc") optional, intraday
# extremes ("as much as", "intraday high", "touched ..., the lowest since") optional, pence scaled to GBP (news18),
# segment rows on "segment|parent" entities (news31 batch b), multiples and oversubscription in "x" (dev corpus,
# news23), a zero change printed as "flat" / "unchanged" an optional 0 row (news30 batch b), counts of committee votes
# and historic dates not labelled (dev corpus), no rating actions in this batch).

# ---------------------------------------------------------------- en07 Intel second quarter: revenue and its fall, four segments' revenue and growth, gross margin and its pp fall, operating and net profit with falls, EPS, Q3 revenue and gross-margin guidance, full-year sales outlook cut and gross-margin outlook raised (Telecompaper via je.st, 2015 page; no year printed; USD)
# A semiconductor company's quarterly results with segment revenue and margins; the stored text has no headline (none
# added) and opens with its "(Telecompaper)" tag, kept. Whole as stored. Notation kept: "USD 13.2 billion", "percent
# points". Period: no year is printed anywhere -> no periods (news24), though "second-quarter" / "third quarter" are
# named (in basis). Segments: Client Computing Group, "data centre division", "IoT", "software and services segment" ->
# segment rows on "segment|Intel" entities with revenue and y/y growth each key. "All three divisions also grew revenues
# compared to the first quarter" prints no number -> nothing; the software and services segment's "flat on a sequential
# basis" -> optional 0 % q/q row. Gross margin 62.5 % key and "down 2.0 percent points" -> key -2.0 pp ("slightly better
# than its forecast" prints no forecast number). Operating profit -25 % to 2.9bn and net profit -3 % to 2.7bn key; EPS
# USD 0.55 key, "unchanged year-on-year" an optional 0 % row. Guidance: Q3 revenues USD 14.3 billion and gross margin
# "around 63 percent" key (basis third quarter); full-year sales "an around 1 percent drop ... versus its previous
# forecast for flat revenues" -> key -1 % guidance with prior 0 (decided: "flat" is the old forecast of the same
# quantity, a 0 % prior); "The gross margin outlook was improved slightly to 61.5 percent from 61.0 percent" -> key
# with prior 61.0 (the full-year outlook, following the full-year sales sentence; basis says so).
I = "Intel|Intel Corp|Intel Corporation"
CCG = "Intel Client Computing Group|Client Computing Group|CCG|Intel"
DCG = "Intel data centre division|data centre division|data center group|Data Center Group|DCG|Intel"
IOT = "Intel IoT|IoT|Internet of Things Group|IoT Group|Intel"
SSG = "Intel software and services segment|software and services segment|software and services|Intel"
G["en07"] = ([
    m("revenue|revenues|sales", 13.2e9, "USD", I, basis="second quarter"),
    m("revenue_growth|sales_growth", -5, "%", I, basis="year on year"),
    m("segment_revenue|revenue|client_computing_revenue", 7.5e9, "USD", CCG),
    m("segment_revenue_growth|revenue_growth", -14, "%", CCG, basis="year-on-year"),
    m("segment_revenue|revenue|data_center_revenue", 3.9e9, "USD", DCG),
    m("segment_revenue_growth|revenue_growth", 10, "%", DCG),
    m("segment_revenue|revenue|iot_revenue", 559e6, "USD", IOT),
    m("segment_revenue_growth|revenue_growth", 4, "%", IOT),
    m("segment_revenue|revenue|software_services_revenue", 534e6, "USD", SSG),
    m("segment_revenue_growth|revenue_growth", -3, "%", SSG, basis="year-over-year"),
    m("segment_revenue_growth_qoq|revenue_growth_qoq|revenue_growth", 0, "%", SSG, opt=True,
      basis="flat on a sequential basis"),
    m("gross_margin", 62.5, "%", I),
    m("gross_margin_change", -2.0, "pp", I, basis="percent points, from the year-earlier period"),
    m("operating_profit|operating_income", 2.9e9, "USD", I),
    m("operating_profit_growth|operating_income_growth", -25, "%", I),
    m("net_profit|net_income", 2.7e9, "USD", I),
    m("net_profit_growth|net_income_growth", -3, "%", I),
    m("eps", 0.55, "USD", I, basis="unchanged year-on-year"),
    m("eps_growth|eps_change", 0, "%", I, opt=True, basis="unchanged year-on-year"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 14.3e9, "USD", I, basis="third quarter"),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast", 63, "%", I, basis="third quarter, around"),
    m("guidance_revenue_growth|revenue_growth_guidance|sales_growth_forecast|revenue_growth_forecast", -1, "%", I,
      prior=0, basis="full year, around; cut from a flat-revenue forecast"),
    m("guidance_gross_margin|gross_margin_guidance|gross_margin_forecast|gross_margin_outlook", 61.5, "%", I,
      prior=61.0, basis="full-year outlook, improved slightly"),
], [])

# ---------------------------------------------------------------- en08 Affiliated Managers Group third quarter: earnings growth, profit and EPS with year-ago priors, economic EPS, revenue and growth, Thomson Reuters consensus, operating margin, AUM and net client cash inflows with second-quarter priors, three channels' revenue growth, YTD share move (Financial News / Dow Jones, 31 October 2012; USD)
# An asset manager's quarterly results (AUM, flows); headline and date line kept; the closing "Write to ... at
# ...@dowjones.com" contact line and the "Keep up with FN" prompt dropped as page furniture (no figure). Notation kept:
# "$54.9m", "76 cents", "$416.11bn", "29.9%". Period: the date line "31 October 2012" with "third quarter" -> 2012Q3
# (clearly implied; news31 batch b dated by a date line); "the end of the second quarter" / "the prior quarter" ->
# 2012Q2. Rows: "third quarter earnings rose 37%" key growth; profit $54.9m and $1.04 a share with the year-ago $40.1m
# and 76 cents as priors only ("a year earlier" unnamed, news30 en10); "economic per share earnings rose to $1.91 from
# $1.55" key with prior (basis economic, i.e. adjusted); revenue $467.3m and +13 % key; Thomson Reuters forecast $1.88
# and $486m key consensus rows (the $1.88 is on the economic basis the analysts track; basis left to the text);
# operating margin 29.9 % with prior 30.4 key; AUM $416.11bn with prior $384.57bn key and the end-Q2 level an optional
# 2012Q2 row; net client cash inflows $10.86bn "compared with $7.13bn at the end of the prior quarter" key with prior and
# an optional 2012Q2 row; mutual fund +16 %, institutional +5.6 %, high net worth +37 % revenue growth key on
# "channel|AMG" entities; "The stock has risen 29% so far this year" key move (no period, basis year to date). Not
# labelled: "latter half of 2011" (a date).
A = "Affiliated Managers Group|Affiliated Managers|AMG"
P, PQ = "2012Q3", "2012Q2"
G["en08"] = ([
    m("net_profit_growth|earnings_growth|net_income_growth|profit_growth", 37, "%", A, P),
    m("net_profit|net_income|profit", 54.9e6, "USD", A, P, prior=40.1e6),
    m("eps", 1.04, "USD", A, P, prior=0.76, basis="GAAP"),
    m("eps|economic_eps|adjusted_eps", 1.91, "USD", A, P, prior=1.55,
      basis="economic, excluding non-cash interest costs and other adjustments"),
    m("revenue", 467.3e6, "USD", A, P),
    m("revenue_growth", 13, "%", A, P),
    m("eps_consensus|eps_estimate", 1.88, "USD", A, P, basis="analysts polled by Thomson Reuters"),
    m("revenue_consensus|revenue_estimate", 486e6, "USD", A, P, basis="analysts polled by Thomson Reuters"),
    m("operating_margin", 29.9, "%", A, P, prior=30.4),
    m("aum|assets_under_management", 416.11e9, "USD", A, P, prior=384.57e9, basis="roughly, end of quarter"),
    m("aum|assets_under_management", 384.57e9, "USD", A, PQ, opt=True, basis="end of the second quarter"),
    m("net_inflows|net_client_cash_flows|net_flows|net_client_inflows", 10.86e9, "USD", A, P, prior=7.13e9,
      basis="about"),
    m("net_inflows|net_client_cash_flows|net_flows|net_client_inflows", 7.13e9, "USD", A, PQ, opt=True,
      basis="prior quarter"),
    m("mutual_fund_revenue_growth|segment_revenue_growth|revenue_growth", 16, "%",
      "AMG mutual funds|mutual fund|Affiliated Managers Group", P),
    m("institutional_revenue_growth|segment_revenue_growth|revenue_growth", 5.6, "%",
      "AMG institutional|institutional|Affiliated Managers Group", P),
    m("high_net_worth_revenue_growth|segment_revenue_growth|revenue_growth", 37, "%",
      "AMG high net worth segment|high net worth|Affiliated Managers Group", P),
    m("price_change|share_price_change|ytd_price_change", 29, "%", A, basis="so far this year"),
], [])

# ---------------------------------------------------------------- en09 China September trade: exports, imports and growth, August export growth, trade surplus with August prior, total trade, January-September exports, imports, total trade and surplus, trade with the EU, the US and Japan, Japan's eight-month decline (China Daily, Xinhua/GAC, 2012 page; no year printed; USD)
# A Chinese economy story in English (exports, trade surplus); dateline "BEIJING -" kept; the stored text has no
# headline (none added). Whole as stored. Period: the text prints no year ("official data showed Saturday") -> no
# periods (news24); "September", "August", "first nine months", "January-September" and "first eight months" go in the
# basis. Rows: September exports $186.35 billion and +9.9 % key; "higher than the 2.7 percent year on year increase
# posted in August" -> own key row (an earlier period in a clause of its own, basis August); imports $158.68 billion
# and +2.4 % key ("three months of consecutive drops" prints no figure); surplus "$27.67 billion from $26.66 billion in
# August" -> key with prior and an optional August row; September total trade $345.03 billion and +6.3 % key; nine-month
# total trade $2.84 trillion and +6.2 %, exports $1.5 trillion and +7.4 %, imports $1.35 trillion and +4.8 %, surplus
# $148.31 billion key (basis January-September); trade with the EU -2.7 % to $410.99 billion, the US +9.1 % to $355.42
# billion, Japan -1.8 % to $248.76 billion key on "China-partner trade|partner" entities; Japan's "1.4 percent decline
# recorded in the first eight months" -> own key row (-1.4). Not labelled: "largest" / "second largest" ranks.
CN = "China"
EU = "China-EU trade|European Union|EU"
USA = "China-US trade|United States|US"
JP = "China-Japan trade|Japan"
G["en09"] = ([
    m("exports", 186.35e9, "USD", CN, basis="September"),
    m("export_growth|exports_yoy|exports_growth", 9.9, "%", CN, basis="September, year on year"),
    m("export_growth|exports_yoy|exports_growth", 2.7, "%", CN, basis="August, year on year"),
    m("imports", 158.68e9, "USD", CN, basis="September"),
    m("import_growth|imports_yoy|imports_growth", 2.4, "%", CN, basis="September, year on year"),
    m("trade_surplus|trade_balance", 27.67e9, "USD", CN, prior=26.66e9, basis="September"),
    m("trade_surplus|trade_balance", 26.66e9, "USD", CN, opt=True, basis="August"),
    m("total_trade|foreign_trade|trade_value", 345.03e9, "USD", CN, basis="September"),
    m("total_trade_growth|foreign_trade_growth|trade_growth", 6.3, "%", CN, basis="September, year on year"),
    m("total_trade|foreign_trade|trade_value", 2.84e12, "USD", CN, basis="first nine months"),
    m("total_trade_growth|foreign_trade_growth|trade_growth", 6.2, "%", CN, basis="first nine months, year on year"),
    m("exports", 1.5e12, "USD", CN, basis="January-September"),
    m("export_growth|exports_yoy|exports_growth", 7.4, "%", CN, basis="January-September"),
    m("imports", 1.35e12, "USD", CN, basis="January-September"),
    m("import_growth|imports_yoy|imports_growth", 4.8, "%", CN, basis="January-September"),
    m("trade_surplus|trade_balance", 148.31e9, "USD", CN, basis="January-September"),
    m("bilateral_trade|trade|trade_value", 410.99e9, "USD", EU, basis="January-September"),
    m("bilateral_trade_growth|trade_growth", -2.7, "%", EU, basis="January-September, year on year"),
    m("bilateral_trade|trade|trade_value", 355.42e9, "USD", USA, basis="January-September"),
    m("bilateral_trade_growth|trade_growth", 9.1, "%", USA, basis="January-September"),
    m("bilateral_trade|trade|trade_value", 248.76e9, "USD", JP, basis="January-September"),
    m("bilateral_trade_growth|trade_growth", -1.8, "%", JP, basis="January-September"),
    m("bilateral_trade_growth|trade_growth", -1.4, "%", JP, basis="first eight months"),
], [])

# ---------------------------------------------------------------- en10 SPG Land's Hong Kong debut: first-day gain, intraday high, close, turnover, 250 million shares at HK$4.78 against the HK$4.28-4.90 range, P/E and NAV discount at the close, retail and institutional oversubscription, three earlier debuts' gains (South China Morning Post, 2006 page; no year printed; HKD)
# An IPO story (price range, shares offered, valuation, first-day move); headline "SPG Land ends just 6pc higher on
# debut" kept (the stored print page has it), its "Source: ..." line dropped (furniture). The passage stops before the
# half-stored sentence on ICBC's H-share sale (a sentence boundary). Quotes kept verbatim. Notation kept: "6pc", "6.07
# per cent", "HK$5.20", "HK$451 million", "HK$4.28 to HK$4.90", "13.5 times". Rows: first-day gain 6.07 % key, the
# headline's "6pc" an optional rounded repeat; "as much as 8.79 per cent to an intraday high of HK$5.20" optional
# (intraday extreme); close HK$5.07 key; "Shares worth HK$451 million changed hands" optional (trading statistics,
# news31 en05); 250 million shares on offer and the HK$4.78 offer price key; "indicative range of HK$4.28 to HK$4.90"
# key range; valuation at the close "13.5 times the developer's forecast earnings this year" -> key P/E in x (no period:
# a multiple at a price; "this year" unnamed) and "a 32 per cent discount to its net asset value per share" key (a
# discount, positive, dev corpus en12); "88 times oversubscribed for its retail portion and 20 times for its
# institutional tranche" -> two key oversubscription rows in x; Shui On Land +10.28 %, Lee Kee Holdings +7.87 %, HannStar
# Board +2.82 % first-day gains key on their own entities. Not labelled: the sponsor and bookrunners (names only), the
# market's "double-digit expectation" (no number), "Wednesday last week", "Friday".
S = "SPG Land|SPG Land (Holdings)|SPG Land Holdings"
G["en10"] = ([
    m("debut_change|price_change|first_day_gain", 6.07, "%", S, basis="trading debut"),
    m("debut_change|price_change|first_day_gain", 6, "%", S, opt=True, basis="headline, 6pc"),
    m("price_change|intraday_high_change", 8.79, "%", S, opt=True, basis="as much as, intraday"),
    m("price|intraday_high", 5.20, "HKD", S, opt=True, basis="intraday high"),
    m("debut_price|close_price|price", 5.07, "HKD", S, basis="first-day close"),
    m("turnover|trading_value|value_traded", 451e6, "HKD", S, opt=True, basis="shares worth ... changed hands"),
    m("shares_sold|ipo_shares|shares_offered", 250e6, "shares", S),
    m("ipo_price|offer_price", 4.78, "HKD", S, basis="near the top end of the range"),
    m("ipo_price_range|ipo_price|price_range", None, "HKD", S, rng=(4.28, 4.90), basis="indicative range"),
    m("pe_ratio|forward_pe|valuation_multiple", 13.5, "x", S, basis="closing price over forecast earnings this year"),
    m("discount_to_nav|nav_discount|discount", 32, "%", S, basis="closing price to net asset value per share"),
    m("oversubscription|retail_oversubscription|subscription_multiple", 88, "x", S, basis="retail portion"),
    m("oversubscription|institutional_oversubscription|subscription_multiple", 20, "x", S,
      basis="institutional tranche"),
    m("debut_change|price_change|first_day_gain", 10.28, "%", "Shui On Land", basis="debut"),
    m("debut_change|price_change|first_day_gain", 7.87, "%", "Lee Kee Holdings|Lee Kee", basis="debut"),
    m("debut_change|price_change|first_day_gain", 2.82, "%",
      "HannStar Board International Holdings|HannStar Board|HannStar", basis="first day of trading"),
], [])

# ---------------------------------------------------------------- en11 currencies after the Fed's cut to zero: EUR/USD level (intraday extreme and yesterday's level optional), USD/JPY and EUR/JPY moves and levels with yesterday's priors, UK jobless claimants, BoE's 2 % rate, sterling per euro in pence (as much as, optional) and GBP/USD, the Fed's 0-0.25 % range from 1 %, the BoJ's 0.3 % (Bloomberg via Trading Economics, December 2008 page; no year printed)
# A currencies story (euro, yen, sterling levels and moves); headline kept. The passage stops before the paragraph on
# the ICE Dollar Index, half-stored (a sentence boundary). Notation kept: "$1.4437 per euro", "87.41 yen", "92.07 pence
# per euro", "$1.5402", "9-0", "Dec. 4", "zero to 0.25 percent". Period: no year printed for the session ("yesterday",
# "Dec. 4") -> none; market levels and moves carry no period anyway. EUR/USD: "fell as much as 3 percent to $1.4437 per
# euro from $1.4002 yesterday" is an intraday extreme -> the -3 % (the dollar's fall) and $1.4437 (prior $1.4002)
# optional, yesterday's $1.4002 an optional row; "before trading at $1.4336" key (decided: the prior belongs to the
# extreme in the same construction, so the key level carries none). USD/JPY: -1.8 % key, 87.41 yen key with prior
# 89.05 and an optional "yesterday" row; "reached 87.14, the lowest since July 1995" optional (extreme). EUR/JPY: +0.5 %
# and 125.33 yen key with prior 124.71 and an optional row. UK: jobless-benefit claimants "rose by 75,700 to 1.07
# million" -> key change and level in people; "voted 9-0" not labelled (committee vote count, dev corpus); the Bank of
# England's cut "to 2 percent" key rate (no prior printed). Sterling per euro: "weakened as much as 2.3 percent to
# 92.07 pence per euro" -> optional -2.3 % and optional 0.9207 GBP (pence scaled, news18; an extreme); GBP/USD -1.1 % and
# $1.5402 key. Fed: "to a range of zero to 0.25 percent, from 1 percent" -> key range (0, 0.25) with prior 1; the lead's
# "as low as zero" an optional 0 % repeat; "the Bank of Japan's 0.3 percent rate" key. Not labelled: "15-nation",
# "13-year low", "since 1991", "eighth day", "since 1993", the 1990s (counts and historic dates).
EURUSD = "EUR/USD|euro|dollar|USD/EUR"
USDJPY = "USD/JPY|dollar|yen"
EURJPY = "EUR/JPY|euro|yen"
EURGBP = "EUR/GBP|GBP/EUR|pound|sterling"
GBPUSD = "GBP/USD|pound|sterling"
G["en11"] = ([
    m("fx_change|price_change", -3, "%", EURUSD, opt=True, basis="dollar fell as much as, intraday"),
    m("fx_rate|price", 1.4437, "USD", EURUSD, prior=1.4002, opt=True, basis="as much as, per euro"),
    m("fx_rate|price", 1.4002, "USD", EURUSD, opt=True, basis="yesterday"),
    m("fx_rate|price", 1.4336, "USD", EURUSD, basis="10:30 a.m. in New York, per euro"),
    m("fx_change|price_change", -1.8, "%", USDJPY, basis="dollar against the yen"),
    m("fx_rate|price", 87.41, "JPY", USDJPY, prior=89.05),
    m("fx_rate|price", 89.05, "JPY", USDJPY, opt=True, basis="yesterday"),
    m("fx_rate|price|intraday_low", 87.14, "JPY", USDJPY, opt=True, basis="reached, lowest since July 1995"),
    m("fx_change|price_change", 0.5, "%", EURJPY),
    m("fx_rate|price", 125.33, "JPY", EURJPY, prior=124.71),
    m("fx_rate|price", 124.71, "JPY", EURJPY, opt=True, basis="previous level"),
    m("jobless_claimants_change|claimant_count_change|jobless_benefit_claimants_change", 75700, "people",
      "UK|U.K.|United Kingdom|Britain"),
    m("jobless_claimants|claimant_count|jobless_benefit_claimants", 1.07e6, "people", "UK|U.K.|United Kingdom|Britain"),
    m("bank_rate|rate|benchmark_rate|interest_rate", 2, "%", "Bank of England|BoE|UK"),
    m("fx_change|price_change", -2.3, "%", EURGBP, opt=True, basis="sterling weakened as much as, per euro"),
    m("fx_rate|price", 0.9207, "GBP", EURGBP, opt=True, basis="92.07 pence per euro, as much as"),
    m("fx_change|price_change", -1.1, "%", GBPUSD),
    m("fx_rate|price", 1.5402, "USD", GBPUSD),
    m("rate|fed_funds_rate|target_rate", None, "%", "Federal Reserve|Fed|US", rng=(0, 0.25), prior=1),
    m("rate|fed_funds_rate|target_rate", 0, "%", "Federal Reserve|Fed|US", opt=True, basis="lead: as low as zero"),
    m("rate|policy_rate|interest_rate", 0.3, "%", "Bank of Japan|BOJ|BoJ|Japan"),
], [])

# ---------------------------------------------------------------- en12 Samsung Electronics third quarter: operating profit and its fall with the year-ago prior, the previous quarter's level, sales and net income with falls, the beat over the Yonhap Infomax estimate, the chip division's loss, its cumulative 2023 losses and sales; US$ conversions optional (Yonhap-based, pledgetimes, 2023; KRW)
# A Korean technology company reported in English (won); the stored text has no headline (none added) and does not
# name Samsung before its fifth paragraph ("The Korean giant ..."); the crawler's "date 2023-11-01" tag is not page text
# and was not carried over. The passage stops before the half-stored sentence on the mobile division (cut mid-word on
# the stored page; a sentence boundary). Source oddities kept: "The Korean giant for manufacturing memory chips and
# smartphones in the world", "according to For a regulatory statement", "hardware solutions division". Period: the
# "July to September" quarter is the chip business's "third quarter in a row" of losses, with cumulative losses "for
# 2023" and a first-quarter loss "the first in 14 years" after "the first quarter of 2009" -> 2023Q3 (clearly implied),
# "the same period of the previous year" 2022Q3 and "the previous quarter" 2023Q2. Rows: operating profit 2.43 trillion
# won key with the year-ago 10.9 trillion as prior and an optional 2022Q3 row; -78 % key; the previous quarter's 668.5
# billion won key (decided: the only row carrying the q/q comparison, stated as a named period's level, not as the
# prior of a key row), "more than tripled" an optional 3 x; sales -12.2 % to 67.4 trillion and net income -37.8 % to
# 5.84 trillion key; "32.6 percent higher than the average estimate" key beat row ("A net profit estimate was not
# available" prints none); the hardware solutions (chip) division's losses of 3.75 trillion key negative; "Cumulative
# losses ... 12.7 trillion won ... for 2023" key negative with period 2023 (as printed; year to date through Q3) and
# "Its total sales reached 16.4 trillion won" key on the division (the sentence follows the chip-business sentences).
# Every "($...)" conversion optional (USD), losses signed. Not labelled: "14 years", "first quarter of 2009" (trivia and
# dates), product names (DDR5).
SE = "Samsung Electronics|Samsung"
DS = ("Samsung hardware solutions division|hardware solutions division|Device Solutions|DS division|"
      "Samsung chip division|chip business|Samsung Electronics|Samsung")
Q, QY, QP = "2023Q3", "2022Q3", "2023Q2"
OP = "operating_profit|operating_income"
G["en12"] = ([
    m(OP, 2.43e12, "KRW", SE, Q, prior=10.9e12, basis="consolidated, July to September"),
    m(OP, 1.8e9, "USD", SE, Q, opt=True),
    m("operating_profit_growth|operating_income_growth", -78, "%", SE, Q, basis="year on year"),
    m(OP, 10.9e12, "KRW", SE, QY, opt=True, basis="same period of the previous year"),
    m(OP, 8e9, "USD", SE, QY, opt=True),
    m(OP, 668.5e9, "KRW", SE, QP, basis="previous quarter"),
    m(OP, 490e6, "USD", SE, QP, opt=True),
    m("operating_profit_growth_qoq|operating_profit_multiple|operating_profit_change_multiple", 3, "x", SE, Q, opt=True,
      basis="more than tripled from the previous quarter"),
    m("revenue|sales", 67.4e12, "KRW", SE, Q),
    m("revenue|sales", 50e9, "USD", SE, Q, opt=True),
    m("revenue_growth|sales_growth", -12.2, "%", SE, Q),
    m("net_income|net_profit", 5.84e12, "KRW", SE, Q),
    m("net_income|net_profit", 4.3e9, "USD", SE, Q, opt=True),
    m("net_income_growth|net_profit_growth", -37.8, "%", SE, Q),
    m("operating_profit_surprise|operating_profit_vs_consensus|consensus_beat|earnings_surprise", 32.6, "%", SE, Q,
      basis="above the Yonhap Infomax average estimate"),
    m("segment_operating_profit|operating_profit|operating_loss", -3.75e12, "KRW", DS, Q,
      basis="losses, third quarter in a row"),
    m("segment_operating_profit|operating_profit|operating_loss", -2.8e9, "USD", DS, Q, opt=True),
    m("cumulative_operating_loss|segment_operating_profit|operating_loss|operating_profit", -12.7e12, "KRW", DS, "2023",
      basis="cumulative losses for 2023 (year to date)"),
    m("cumulative_operating_loss|segment_operating_profit|operating_loss|operating_profit", -9.4e9, "USD", DS, "2023",
      opt=True),
    m("segment_revenue|revenue|sales", 16.4e12, "KRW", DS, Q),
    m("segment_revenue|revenue|sales", 12e9, "USD", DS, Q, opt=True),
], [])
