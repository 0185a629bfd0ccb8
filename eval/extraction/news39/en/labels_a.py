# Hand-written gold labels for news39/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news38/en/README.md (values fully
# scaled ("$17.44 billion" -> 17.44e9, "10.1 trillion won" -> 10.1e12 KRW, "86-88 mln units" -> 86e6-88e6, "71 cents"
# -> 0.71 USD, "~4 cents" -> 0.04 USD), declines and falls negative ("descended 430.97 points" -> -430.97 points, "lost
# nearly 5%" -> -5, "fell four percent" -> -4, "a 1.0 percent contraction" -> -1.0, a sales headwind range signed
# negative as in news37 batch a), % vs pp vs bp as printed (a rate move's "600 points" read as bp, news37 batch b's
# "points" on a ratio read as pp), currency codes ("$" on US pages -> USD, "won" -> KRW), ranges as rng ("2%-4%",
# "-1% to +1%" with "-2% to flat" as prng (-2, 0), "$4.35-$4.55", "86-88 mln units"), hedges keep the number with the
# hedge in the basis ("more than 4%", "about 40%", "nearly 5%", "~4 cents"), a same-sentence "X from Y" value of the
# same quantity is the prior and the earlier reading also an optional row (news30 batch b, news36-news38), consensus
# and poll figures key (news23), periods only where the text states or clearly implies the year (news24; market moves
# and levels none), repeats, bracketed conversions and historic trivia optional, brokers' targets and ratings only in
# rating actions, broker estimates *_estimate metrics (dev corpus en11), figures inside quotes labelled like any other
# (news38 batch a), ratings lower-case.

# ---------------------------------------------------------------- en01 Procter & Gamble fiscal second quarter of 2019 (Business Insider Singapore, January 2019 page): shares +4.31% to $94.34, EPS $1.25 ($0.04 above the Bloomberg survey), revenue $17.44 billion vs $17.16 billion, organic sales +4% vs 2.6% expected, 2019 organic growth guidance 2%-4% (high end +1%), all-in sales growth -1% to +1% from -2% to flat, FX headwind 3%-4%, EPS growth guidance 3-8% from $4.22 (implied $4.35-$4.55, Street $4.40), Jefferies quote (~4 cents below the line, FX/commodities $0.03 worse), Jefferies hold with $94 target (USD)
# A US consumer-goods company's quarterly results with guidance. Cut after the Jefferies paragraph, before "Procter &
# Gamble was u...", where the stored page breaks off mid-sentence; the cut is at a sentence boundary. No headline in the
# stored text (the address slug is not page text). The CEO's and the Jefferies analyst's quotes are kept verbatim
# ("Organic sales is focus", "FX/commod.", "~4 cents", "trade-up"). Periods: the text speaks of "its 2019 guidance" for the
# full year and the analyst of "FY19": P&G's fiscal year -> the quarter's rows FY2019Q2, the full-year guidance and the
# Street's $4.40 FY2019, "last year's $4.22" FY2018. The share move "early Wednesday" has none. Decided: "up 4.31% to
# $94.34" -> key move and key price. "$1.25 a share, $0.04 more than analysts surveyed by Bloomberg had
# forecast" -> key EPS and a key +0.04 USD surprise (the consensus level is not printed and not computed, news38 dev
# practice). Revenue and its consensus key; organic sales growth 4 % and the expected 2.6 % key. "Lifted the high end of
# the organic sales growth range in its 2019 guidance by 1%" -> a key +1 % change of the guidance's high end (unit as printed);
# the old range is not printed and not computed. "2%-4%" -> key range. "All-in sales growth forecast was boosted ..., to -1% to +1% year-over-year, against
# an earlier estimate of -2% to flat" -> key range with prior range (-2, 0) and an optional row of the old range. "A
# 3%-4% headwind" from foreign exchange -> key range signed negative (it lowers sales; news37 batch a). "EPS growth ...
# 3-8% YoY from last year's $4.22, a path that implies EPS of $4.35-$4.55" -> key growth range, key FY2018 EPS base, key implied EPS
# range; "analysts are expecting $4.40" key consensus. In the Jefferies quote: "~4 cents of help from below
# line items" a key +0.04 USD EPS contribution, "EPS guide +3-8% maintained" an optional repeat, "FX/commod. now $0.03
# worse" a key -0.03 USD EPS impact. Rating action: "Grundy rates the stock 'hold' with a $94 price target" -> Jefferies
# maintain, hold, 94 USD (no change printed). Not labelled: "GM % miss" (no figure).
PG = "Procter & Gamble|P&G|PG|The Procter & Gamble Company|Procter & Gamble Co."
Q, FY = "FY2019Q2", "FY2019"
G["en01"] = ([
    m("price_change|share_price_change", 4.31, "%", PG, basis="early Wednesday"),
    m("price|share_price", 94.34, "USD", PG),
    m("eps|earnings_per_share", 1.25, "USD", PG, Q),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.04, "USD", PG, Q, basis="above analysts surveyed by Bloomberg"),
    m("revenue|sales|net_sales", 17.44e9, "USD", PG, Q),
    m("revenue_consensus|revenue_estimate", 17.16e9, "USD", PG, Q, basis="Wall Street consensus"),
    m("organic_sales_growth|organic_revenue_growth", 4, "%", PG, Q),
    m("organic_sales_growth_consensus|organic_sales_growth_estimate|organic_revenue_growth_consensus", 2.6, "%", PG, Q,
      basis="expected"),
    m("guidance_organic_sales_growth_change|guidance_change|guidance_raise", 1, "%", PG, FY,
      basis="high end of organic sales growth guidance raised"),
    m("guidance_organic_sales_growth|organic_sales_growth_guidance|guidance_organic_revenue_growth", None, "%", PG, FY,
      rng=(2, 4)),
    m("guidance_sales_growth|guidance_all_in_sales_growth|sales_growth_guidance|guidance_revenue_growth", None, "%", PG,
      FY, rng=(-1, 1), prng=(-2, 0), basis="all-in, year-over-year"),
    m("guidance_sales_growth|guidance_all_in_sales_growth|sales_growth_guidance|guidance_revenue_growth", None, "%", PG,
      FY, rng=(-2, 0), opt=True, basis="previous estimate, -2% to flat"),
    m("fx_impact|fx_headwind|currency_impact|fx_impact_sales", None, "%", PG, FY, rng=(-4, -3),
      basis="foreign-exchange headwind included in all-in sales guidance"),
    m("guidance_eps_growth|eps_growth_guidance", None, "%", PG, FY, rng=(3, 8), basis="maintained; YoY"),
    m("eps|earnings_per_share", 4.22, "USD", PG, "FY2018", basis="last year's, base of the growth guidance"),
    m("guidance_eps|eps_guidance|implied_eps", None, "USD", PG, FY, rng=(4.35, 4.55), basis="implied by growth guidance"),
    m("eps_consensus|eps_estimate", 4.40, "USD", PG, FY, basis="Wall Street analysts"),
    m("eps_impact|below_the_line_benefit|eps_contribution", 0.04, "USD", PG, Q,
      basis="about (~); help from below-line items; Jefferies note"),
    m("guidance_eps_growth|eps_growth_guidance", None, "%", PG, FY, rng=(3, 8), opt=True,
      basis="repeat in the Jefferies quote"),
    m("fx_commodity_impact|eps_impact|fx_impact", -0.03, "USD", PG, FY,
      basis="FX/commodities now $0.03 worse; Jefferies note"),
], [
    ra("Jefferies", PG, "maintain", "hold", target=94, cur="USD"),
])

# ---------------------------------------------------------------- en02 Jefferies upgrades Mellanox Technologies (Motley Fool, July 16, 2014): premarket +4%, hold to buy, target $50 from $37 (about 40% upside), 2014 EPS estimate $0.76 from $0.95, 2015 $2.00 from $1.85, top 10% of CAPS (USD)
# An analyst upgrade of a US-listed chip company, whole as stored; the "What:", "So what:", "Now what:" labels and the
# ticker "(MLNX)" are kept, and Kisner's quote verbatim. No headline in the stored text (the address slug is not page
# text). Periods: "2014 EPS" and "2015 outlook" -> 2014 and 2015 for Jefferies' estimates; the premarket move has none.
# Decided: "in premarket trading ... rallied more than 4%" -> key +4 % (hedge and session in the basis). The rating action:
# Jefferies upgrade hold -> buy with the target raised to $50 from $37 (both targets in the action, not as metrics).
# "About 40% worth of upside measured against yesterday's close" -> key upside row (news28 batch a, news38). "Lowered its 2014 EPS
# from $0.95 to $0.76, while it raised its 2015 outlook from $1.85 to $2.00" -> key broker estimates with the old
# values as priors and optional rows for the old values. "Currently sits in the top 10% of our CAPS community" ->
# optional (the outlet's own ranking of the broker, incidental). Not labelled: "Q3 guidance" (no figure).
MLNX = "Mellanox Technologies|Mellanox Technologies, Ltd.|Mellanox Technologies Ltd|Mellanox|MLNX"
G["en02"] = ([
    m("price_change|share_price_change|premarket_price_change", 4, "%", MLNX, basis="more than; premarket"),
    m("upside|implied_upside|upside_potential|target_upside", 40, "%", MLNX,
      basis="about; Jefferies target vs yesterday's close"),
    m("eps_estimate|eps_forecast", 0.76, "USD", MLNX, "2014", prior=0.95, basis="Jefferies, lowered"),
    m("eps_estimate|eps_forecast", 0.95, "USD", MLNX, "2014", opt=True, basis="Jefferies, previous"),
    m("eps_estimate|eps_forecast", 2.00, "USD", MLNX, "2015", prior=1.85, basis="Jefferies, raised"),
    m("eps_estimate|eps_forecast", 1.85, "USD", MLNX, "2015", opt=True, basis="Jefferies, previous"),
    m("caps_ranking|ranking_percentile", 10, "%", "Jefferies", opt=True, basis="top 10% of CAPS community"),
], [
    ra("Jefferies", MLNX, "upgrade", "buy", "hold", target=50, prior_target=37, cur="USD"),
])

# ---------------------------------------------------------------- en03 Brazil's central bank raises the Selic by 50 bp to 13.25% (CentralBankNews.info, April 2015 page): +150 bp this year, +600 since April 2013, target 4.5% +/- 2 pp, March inflation 8.13% from 7.7%, March hike 50 bp, 2015 inflation forecast 7.9% from 6.1%, 2016 4.9% from 5.0%, 2014 inflation 6.3%, IMF 7.8% and GDP -1.0% from +0.3%, GDP 0.1% in 2014 and 2.7% in 2013
# A central-bank decision with the inflation and growth backdrop. Whole as stored, with the closing
# "www.CentralBankNews.info" credit kept (as news38 kept "– Reuters"); the blog's "0 comments: Post a Comment" dropped as
# furniture. No headline in the stored text (the address slug is not page text). The Copom minutes' quote is kept
# verbatim. Periods: "the 2015 inflation forecast" beside "averaged 6.3 percent over 2014, and for this year the IMF forecasts 7.8 percent" makes
# "this year" 2015: the year-to-date tightening, the IMF's inflation and growth forecasts and the March/February
# inflation readings (2015-03, 2015-02) are dated; the decision itself (rate and move) carries none (central-bank
# decisions, dev corpus en20-en25); "its 4.5 percent target in 2016" is 2016. Decided: "by a further 50 basis points to
# 13.25 percent" -> key 50 bp move and key 13.25 % rate (the old rate is not printed and not computed). "150 basis
# points this year" -> key cumulative move (2015, year to date); "600 points since ... April 2013" -> key 600 bp (a rate
# move's "points" are basis points). "Target range of 4.5 percent, plus/minus 2 percentage points" -> key 4.5 % target
# and key 2 pp tolerance; the 2016 restatement of the 4.5 % target optional. "8.13 percent in March from February's 7.7
# percent" -> key with prior and an optional February row. "Had also raised the rate by 50 basis points in March" (the March
# meeting) -> key 50 bp with the meeting in the basis. Forecast revisions "to 7.9 percent from 6.1 percent" and "to 4.9
# percent from 5.0 percent" -> key with priors and optional old rows. 2014 average inflation 6.3 % and the IMF's 7.8 %
# key. The IMF's "1.0 percent contraction from a previous forecast of 0.3 percent growth" -> key -1.0 with prior 0.3 and
# an optional 0.3 row. "Expanded by only 0.1 percent in 2014, following 2.7 percent growth in 2013" -> two key GDP rows. Not labelled:
# "April 2013" (a date).
BR = "Brazil|Central Bank of Brazil|Brazil's central bank|Banco Central do Brasil|BCB|Copom"
BRE = "Brazil|Brazilian economy"
SELIC = "selic_rate|policy_rate|benchmark_rate|interest_rate"
RC = "rate_change|rate_hike|policy_rate_change"
INF = "inflation_rate|cpi_inflation|inflation|headline_inflation"
INFF = "inflation_forecast|inflation_projection|cpi_forecast"
GDPG = "gdp_growth|economic_growth|gdp_growth_forecast"
G["en03"] = ([
    m(RC, 50, "bp", BR, basis="further; as widely expected"),
    m(SELIC, 13.25, "%", BR, basis="Selic"),
    m("cumulative_rate_change|rate_change|rate_hike|ytd_rate_change", 150, "bp", BR, "2015", basis="this year"),
    m("cumulative_rate_change|rate_change|rate_hike", 600, "bp", BR,
      basis="printed '600 points'; since tightening began in April 2013"),
    m("inflation_target|cpi_target", 4.5, "%", BR),
    m("inflation_target_tolerance|inflation_target_band|tolerance_band", 2, "pp", BR, basis="plus/minus"),
    m(INF, 8.13, "%", BRE, "2015-03", prior=7.7),
    m(INF, 7.7, "%", BRE, "2015-02", opt=True),
    m(RC, 50, "bp", BR, basis="March meeting"),
    m("inflation_target|cpi_target", 4.5, "%", BR, "2016", opt=True, basis="restated target for 2016"),
    m(INFF, 7.9, "%", BR, "2015", prior=6.1, basis="central bank quarterly report, raised"),
    m(INFF, 6.1, "%", BR, "2015", opt=True, basis="previous forecast"),
    m(INFF, 4.9, "%", BR, "2016", prior=5.0, basis="central bank quarterly report, cut"),
    m(INFF, 5.0, "%", BR, "2016", opt=True, basis="previous forecast"),
    m(INF + "|average_inflation", 6.3, "%", BRE, "2014", basis="annual average"),
    m(INFF, 7.8, "%", "International Monetary Fund|IMF|" + BRE, "2015", basis="IMF forecast for Brazil"),
    m(GDPG, -1.0, "%", "International Monetary Fund|IMF|" + BRE, "2015", prior=0.3,
      basis="IMF forecast, contraction"),
    m(GDPG, 0.3, "%", "International Monetary Fund|IMF|" + BRE, "2015", opt=True, basis="IMF previous forecast"),
    m("gdp_growth|economic_growth", 0.1, "%", BRE, "2014"),
    m("gdp_growth|economic_growth", 2.7, "%", BRE, "2013"),
], [])

# ---------------------------------------------------------------- en04 New York close, Tuesday October 3, 2023 (Baystreet.ca): Dow -430.97 points (-1.3%) to 33,002.38, S&P 500 -58.94 (-1.4%) to 4,229.45 (still +10% for 2023), Nasdaq -248.31 (-1.9%) to 13,059.47, August job openings 9.6 million vs 8.8 million expected, S&P -5% in September, 10-year yield 4.80% from 4.69%, oil +71 cents to $89.53, gold -$7.40 to $1,839.80
# A US market close wrap, whole as stored, headline kept ("Dow Goes Negative for Year, Drops 430+"). Notation kept:
# "430.97 points, or 1.3%", "$89.53 U.S. a barrel", "$1,839.80". Periods: market moves and levels none (news7); "up 10%
# for 2023" names the year -> 2023; the S&P's September loss and the August job-openings survey take 2023-09 and 2023-08
# (the year from "for 2023"). Decided: each index's point move, % move and close key. The headline's "Drops 430+" is a
# rounded lower bound of the body's 430.97 -> optional (hedge "430+" in the basis). "Remains up 10% for 2023" -> key
# year-to-date move. "Open roles in the month came to 9.6 million, against the 8.8 million jobs that economists polled by Dow Jones had anticipated" -> key
# actual (count noun roles, as printed "open roles") and key consensus (jobs, as printed). "Lost nearly 5% in September"
# -> key -5 % (hedge in the basis). "Hiking its yield to 4.80% from Monday's 4.69%" -> key with prior and an optional
# Monday row. "Regained 71 cents to $89.53" -> key +0.71 USD and key level; gold "faded $7.40 to $1,839.80" -> key -7.40
# USD and key level. Not labelled: "since 2007", "since March", "since June" (dates), "three major indexes" (a count).
DOW = "Dow Jones Industrials|Dow Jones Industrial Average|Dow|DJIA"
SPX = "S&P 500|S&P 500 index|S&P|SPX"
NDQ = "NASDAQ|Nasdaq|NASDAQ index|Nasdaq Composite"
IC = "index_change|price_change"
IL = "index_level|close|index_close|price"
OIL = "oil|crude oil|crude|WTI"
GOLD = "gold|gold prices"
TSY = "10-year Treasury|10-year Treasury yield|US 10-year Treasury|Treasury yields"
G["en04"] = ([
    m(IC, -430.97, "points", DOW),
    m(IC, -1.3, "%", DOW),
    m(IL, 33002.38, "points", DOW, basis="close"),
    m(IC, -430, "points", DOW, opt=True, basis="headline, 430+"),
    m(IC, -58.94, "points", SPX),
    m(IC, -1.4, "%", SPX),
    m(IL, 4229.45, "points", SPX, basis="close; lowest since June"),
    m(IC + "|ytd_change|index_return", 10, "%", SPX, "2023", basis="year to date, still up"),
    m(IC, -248.31, "points", NDQ),
    m(IC, -1.9, "%", NDQ),
    m(IL, 13059.47, "points", NDQ, basis="close"),
    m("job_openings|jolts_job_openings|job_vacancies", 9.6e6, "roles", "United States|US|U.S. economy", "2023-08",
      basis="open roles, job openings survey"),
    m("job_openings_consensus|job_openings_estimate|job_openings_forecast", 8.8e6, "jobs", "United States|US|U.S. economy",
      "2023-08", basis="economists polled by Dow Jones"),
    m(IC + "|monthly_change|index_return", -5, "%", SPX, "2023-09", basis="nearly; September"),
    m("bond_yield|yield|treasury_yield|10_year_yield", 4.80, "%", TSY, prior=4.69),
    m("bond_yield|yield|treasury_yield|10_year_yield", 4.69, "%", TSY, opt=True, basis="Monday"),
    m("price_change|commodity_price_change|oil_price_change", 0.71, "USD", OIL),
    m("price|commodity_price|oil_price", 89.53, "USD", OIL, basis="per barrel"),
    m("price_change|commodity_price_change|gold_price_change", -7.40, "USD", GOLD),
    m("price|commodity_price|gold_price", 1839.80, "USD", GOLD),
], [])

# ---------------------------------------------------------------- en05 Microsoft agrees to buy LinkedIn for US$26.2 billion (Reuters via Egypt Independent, June 13, 2016): $196 per share, 49.5% premium, LinkedIn +48% to $194.00, Microsoft -4%, 433 million professionals, 2015 peak above $270, 2011 IPO at $45 (USD)
# An M&A story with deal value, per-share offer and premium, whole as stored. No headline in the stored text (the
# address slug is not page text). Quotes (Nadella, Feinseth) verbatim, with the source's "apremium" and the ellipsis
# kept. Periods: none for the deal terms and moves (no year printed for the deal; the closing "this year" is not
# dated by the text). Decided: "pay US$26.2 billion for LinkedIn Corp" -> key deal value on LinkedIn (Microsoft as alternative). "The online
# network's 433 million professionals" -> key member count (count noun professionals). "At $196 per share, the offer is a
# premium of 49.5 percent over where LinkedIn closed on Friday" -> key offer price and key premium (the Friday close is
# not printed and not computed). "Soared 48 percent to $194.00" -> key move and key price; Microsoft's "down four
# percent" -> key -4 % (a number in words). "LinkedIn's 2015 peak of more than $270 per share" and "first listed in 2011 at
# $45" -> optional historic trivia (dev corpus). Not labelled: the regulators' list, "February" (a month).
LNKD = "LinkedIn|LinkedIn Corp|LinkedIn Corporation|LNKD"
MSFT = "Microsoft|Microsoft Corp|Microsoft Corporation|MSFT"
G["en05"] = ([
    m("deal_value|acquisition_value|transaction_value|takeover_value", 26.2e9, "USD", LNKD + "|" + MSFT),
    m("members|users|network_members|professionals", 433e6, "professionals", LNKD, basis="online network"),
    m("offer_price|offer_per_share|price_per_share", 196, "USD", LNKD, basis="per share"),
    m("premium|offer_premium", 49.5, "%", LNKD, basis="to Friday's closing price"),
    m("price_change|share_price_change", 48, "%", LNKD, basis="early NYSE trading"),
    m("price|share_price", 194.00, "USD", LNKD, basis="early NYSE trading"),
    m("price_change|share_price_change", -4, "%", MSFT, basis="four percent"),
    m("peak_share_price|price|share_price", 270, "USD", LNKD, "2015", opt=True, basis="more than; peak"),
    m("ipo_price|offer_price", 45, "USD", LNKD, "2011", opt=True),
], [])

# ---------------------------------------------------------------- en06 Samsung Electronics third-quarter guidance (Reuters, in.reuters.com, October 4, 2013): operating profit +25% to a record 10.1 trillion won ($9.4 billion) vs 9.96 trillion won forecast (34 analysts), sales 59 trillion won vs 60 trillion won, smartphone sales seen at 86-88 mln units, Kyobo's 10.7 trillion won for the current quarter (KRW)
# A Korean company's preliminary quarterly results in English. Cut after the Kyobo analyst's second quote, before
# "Samsung's mobile devices business, which accounts for around two-thirds of the company's tota...", where the stored
# page breaks off mid-word; the cut is at a sentence boundary. The three headline bullets and the "SEOUL, Oct 4" dateline
# are kept as printed ("10.1 trln won", "86-88 mln units-analysts"); the store's date line before them is not page text.
# Periods: "apart from the first three months of 2013, Samsung has booked record earnings every
# quarter since 2012" places the quarter in 2013 -> the third
# quarter 2013Q3, "the current quarter" 2013Q4. Decided: the bullet's "10.1 trln won" and the body's "10.1 trillion won"
# are one key row and one optional repeat; "earnings rose 25 percent to a record $9.4 billion" gives the key +25 % and,
# with the body's "($9.4 billion)", the USD restatement twice as optional conversions. The I/B/E/S "9.96 trillion won"
# key consensus (the 34 analysts optional). Sales 59 trillion won and "the market had forecast 60 trillion won" key. The
# bullet "Q3 smartphone sales seen at 86-88 mln units-analysts" -> key analysts' range (count noun units). The Kyobo
# analyst's "improve to 10.7 trillion won in the current quarter" -> key broker forecast for 2013Q4. Not labelled:
# "highest level in three years", "No.2", "Oct. 25" (no financial value / a rank / a date).
SEC = "Samsung Electronics|Samsung Electronics Co Ltd|Samsung|005930.KS"
Q3 = "2013Q3"
G["en06"] = ([
    m("operating_profit|operating_income", 10.1e12, "KRW", SEC, Q3, basis="estimated, likely; record"),
    m("operating_profit|operating_income", 10.1e12, "KRW", SEC, Q3, opt=True, basis="bullet repeat"),
    m("operating_profit_growth|operating_income_growth|earnings_growth", 25, "%", SEC, Q3, basis="estimated"),
    m("operating_profit|operating_income", 9.4e9, "USD", SEC, Q3, opt=True, basis="conversion, first sentence"),
    m("operating_profit|operating_income", 9.4e9, "USD", SEC, Q3, opt=True, basis="conversion in brackets"),
    m("operating_profit_consensus|operating_profit_estimate|operating_income_consensus", 9.96e12, "KRW", SEC, Q3,
      basis="average of Thomson Reuters I/B/E/S poll"),
    m("analyst_count|analysts", 34, "analysts", SEC, opt=True),
    m("revenue|sales", 59e12, "KRW", SEC, Q3, basis="estimated"),
    m("revenue_consensus|sales_consensus|revenue_estimate", 60e12, "KRW", SEC, Q3, basis="market forecast"),
    m("smartphone_sales_estimate|smartphone_shipments_estimate|smartphone_sales", None, "units", SEC, Q3,
      rng=(86e6, 88e6), basis="analysts"),
    m("operating_profit_forecast|operating_profit_estimate|earnings_estimate", 10.7e12, "KRW", SEC, "2013Q4",
      basis="Kyobo Securities analyst, current quarter"),
], [])
